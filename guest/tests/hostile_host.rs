//! A hostile host: while the guest consumes its reply ring, another thread keeps producing
//! valid replies and a third rewrites the ring (indices past the end, lengths past the ring,
//! headers changed after they were published, random bytes). The guest never panics, never
//! reads outside its queue, returns only well-framed messages, and reports the fault.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use hvlink_codec::ring::{HeapMem, Producer, QueueKind, SharedMem};
use hvlink_guest::ring::GuestQueue;

fn reply(seq: u32, len: usize) -> Vec<u8> {
    let mut m = vec![0u8; len];
    m[0..4].copy_from_slice(&(len as u32).to_le_bytes());
    m[4..6].copy_from_slice(&0x120u16.to_le_bytes());
    m[8..12].copy_from_slice(&seq.to_le_bytes());
    m
}

#[test]
fn guest_survives_a_scribbling_host() {
    for round in 0..20u64 {
        let mem = Arc::new(HeapMem::new(4096 + 2 * 4096));
        let mut gq = GuestQueue::create(mem.clone(), 1, QueueKind::Kernel, 4096, 4096).unwrap();
        let rep = gq.layout().rep;
        let stop = Arc::new(AtomicBool::new(false));
        let honest = {
            let (mem, stop) = (mem.clone(), stop.clone());
            std::thread::spawn(move || {
                let mut p = Producer::new(mem, rep);
                let mut seq = 0;
                while !stop.load(Ordering::Relaxed) {
                    match p.push(&reply(seq, 16 + (seq as usize % 9) * 8)) {
                        Ok(true) => seq += 1,
                        Ok(false) => std::thread::yield_now(),
                        Err(_) => break, // the attacker confused the honest producer too
                    }
                    p.publish();
                }
            })
        };
        let attacker = {
            let (mem, stop) = (mem.clone(), stop.clone());
            std::thread::spawn(move || {
                let mut x = 0x2545_f491_4f6c_dd1d_u64 ^ round.wrapping_mul(0x9e37_79b9);
                std::thread::sleep(Duration::from_millis(2));
                while !stop.load(Ordering::Relaxed) {
                    x ^= x << 13;
                    x ^= x >> 7;
                    x ^= x << 17;
                    let at = (rep.data + (x >> 20) as usize % rep.size as usize) & !3;
                    match x % 4 {
                        0 => mem.store_u32(rep.prod, (x >> 32) as u32, Ordering::Release),
                        1 => mem.write(at, &((x >> 8) as u32).to_le_bytes()),
                        2 => mem.write(at, &(rep.size * 2).to_le_bytes()),
                        _ => mem.write(at, &[0xff; 4]),
                    }
                    std::thread::sleep(Duration::from_micros(50));
                }
            })
        };
        let mut buf = vec![0u8; 65536];
        let start = Instant::now();
        let mut received = 0;
        let fault = loop {
            match gq.recv(&mut buf) {
                Ok(Some(n)) => {
                    // Whatever arrives is framed: its length is what its header says.
                    assert!(n >= 16 && n <= rep.size as usize);
                    assert_eq!(u32::from_le_bytes(buf[..4].try_into().unwrap()) as usize, n);
                    received += 1;
                }
                Ok(None) => std::thread::yield_now(),
                Err(f) => break Some(f),
            }
            gq.release();
            if start.elapsed() > Duration::from_secs(2) {
                break None;
            }
        };
        stop.store(true, Ordering::Relaxed);
        honest.join().unwrap();
        attacker.join().unwrap();
        let fault = fault.expect("a scribbling host is detected");
        // Sticky: the queue stays faulted.
        assert_eq!(gq.recv(&mut buf).unwrap_err(), fault);
        let _ = received;
    }
}
