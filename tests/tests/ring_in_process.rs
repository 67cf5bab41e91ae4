//! Deployment 1: guest and host threads in one process sharing guest memory. The guest side
//! reaches its pages through its own view of them (`hvlink_deploy::mem::view`, a
//! `hvlink_guest::ring::raw::RawMem`), the host side through `vm-memory` — the same code as
//! across processes and under KVM.

use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use hvlink_codec::ring::{wait_for_work, QueueKind, SharedMem, Wait};
use hvlink_codec::testing::message;
use hvlink_codec::{Builder, SliceSink};
use hvlink_deploy::mem::view;
use hvlink_guest::ring::raw::RawMem;
use hvlink_guest::ring::GuestQueue;
use hvlink_host::notify::EventFd;
use hvlink_host::ring::HostQueue;
use vm_memory::{GuestAddress, GuestMemoryMmap};

const MIB: usize = 1 << 20;

fn memory() -> GuestMemoryMmap {
    GuestMemoryMmap::from_ranges(&[(GuestAddress(0), 4 * MIB)]).unwrap()
}

/// The guest's own view of the 64 KiB of its memory at `gpa`.
fn raw(mem: &GuestMemoryMmap, gpa: u64) -> RawMem {
    view(mem, gpa, 64 * 1024).unwrap()
}

/// Queue `id` with rings of `req` and `rep` bytes, made by the guest at `gpa` and attached
/// by the host.
fn queue(
    mem: &GuestMemoryMmap,
    gpa: u64,
    id: u16,
    req: u32,
    rep: u32,
) -> (GuestQueue<RawMem>, HostQueue<GuestMemoryMmap>) {
    let gq = GuestQueue::create(raw(mem, gpa), id, QueueKind::Kernel, req, rep).unwrap();
    let hq = HostQueue::attach(mem.clone(), GuestAddress(gpa), gq.pages()).unwrap();
    (gq, hq)
}

/// The host's test handler: echo the request as its reply.
fn echo(req: &[u8], out: &mut Builder<SliceSink<'_>>) {
    out.put_raw(req).expect("reply fits its bound");
}

/// Serve `queues` until `stop`, parking on `kick` when all are idle.
fn serve(
    queues: &mut [HostQueue<GuestMemoryMmap>],
    kick: &EventFd,
    irq: &EventFd,
    stop: &AtomicBool,
) {
    while !stop.load(Ordering::Acquire) {
        let mut busy = false;
        for q in queues.iter_mut() {
            if q.fault().is_some() {
                continue;
            }
            if let Ok(p) = q.process(64, |r| r.len(), echo) {
                busy |= p.requests > 0;
                if p.notify_guest {
                    use hvlink_codec::ring::Doorbell;
                    irq.ring();
                }
            }
        }
        if !busy {
            // All idle: announce on the first live queue and park (bounded).
            if let Some(q) = queues.iter_mut().find(|q| q.fault().is_none()) {
                let _ = wait_for_work(q.requests(), 100, kick);
            } else {
                std::thread::sleep(Duration::from_millis(1));
            }
        }
    }
}

#[test]
fn stream_through_guest_memory() {
    const N: u32 = 20_000;
    let mem = memory();
    let (mut gq, hq) = queue(&mem, 0x10_0000, 1, 16384, 16384);
    let mut hq = vec![hq];
    let kick = EventFd::new(Duration::from_millis(20)).unwrap();
    let irq = EventFd::new(Duration::from_millis(20)).unwrap();
    let stop = AtomicBool::new(false);
    std::thread::scope(|s| {
        s.spawn(|| serve(&mut hq, &kick, &irq, &stop));
        let mut sent = 0u32;
        let mut got = 0u32;
        let mut buf = vec![0u8; 65536];
        while got < N {
            while sent < N
                && gq
                    .send(&message(sent, 16 + (sent as usize % 61) * 4))
                    .unwrap()
            {
                sent += 1;
                if sent % 16 == 0 {
                    gq.submit(&kick);
                }
            }
            gq.submit(&kick);
            while let Some(n) = gq.recv(&mut buf).unwrap() {
                assert_eq!(&buf[..n], &message(got, 16 + (got as usize % 61) * 4)[..]);
                got += 1;
            }
            gq.release();
            // Wait only with replies outstanding (the host may have answered everything
            // before we drained: waiting then would wait for ever).
            if got < sent {
                assert_eq!(wait_for_work(gq.replies(), 100, &irq).unwrap(), Wait::Ready);
            }
        }
        stop.store(true, Ordering::Release);
        kick.stop();
    });
    assert!(
        gq.kicks() < u64::from(N) / 16,
        "event suppression: {} kicks for {N} messages",
        gq.kicks()
    );
}

#[test]
fn hostile_guest_faults_only_its_own_queue() {
    const N: u32 = 5_000;
    let mem = memory();
    let (bad_gpa, good_gpa) = (0x10_0000u64, 0x20_0000u64);
    let (bad, bad_hq) = queue(&mem, bad_gpa, 1, 4096, 4096);
    let (mut good, good_hq) = queue(&mem, good_gpa, 2, 4096, 4096);
    // The attacker's own view of the bad queue's pages.
    let bad_raw = raw(&mem, bad_gpa);
    let bad_layout = *bad.layout();
    let mut hq = vec![bad_hq, good_hq];
    let kick = EventFd::new(Duration::from_millis(5)).unwrap();
    let irq = EventFd::new(Duration::from_millis(5)).unwrap();
    let stop = AtomicBool::new(false);
    let attack_done = AtomicBool::new(false);
    std::thread::scope(|s| {
        let host = s.spawn(|| {
            serve(&mut hq, &kick, &irq, &stop);
            hq
        });
        // The attacker rewrites the bad queue's request ring while the host consumes it:
        // indices past the end, lengths past the ring, a header changed after the host could
        // have read its length, random bytes.
        s.spawn(|| {
            use hvlink_codec::ring::Doorbell;
            let r = bad_layout.req;
            let mut x = 0x9e37_79b9_7f4a_7c15u64;
            let mut rnd = || {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                x
            };
            let start = Instant::now();
            while start.elapsed() < Duration::from_millis(300) {
                let v = rnd();
                match v % 5 {
                    0 => bad_raw.store_u32(r.prod, (v >> 8) as u32, Ordering::Release),
                    1 => bad_raw.store_u32(r.prod, ((v >> 8) as u32) & !3, Ordering::Release),
                    2 => {
                        let at = (r.data + (v >> 16) as usize % r.size as usize) & !3;
                        bad_raw.write(at, &((v >> 40) as u32).to_le_bytes());
                    }
                    3 => {
                        // A well-formed message, then its length rewritten to something huge.
                        bad_raw.write(r.data, &message(1, 64));
                        bad_raw.store_u32(r.prod, 64, Ordering::Release);
                        bad_raw.write(r.data, &u32::MAX.to_le_bytes());
                    }
                    _ => {
                        let bytes = v.to_le_bytes();
                        let at = (r.data + (v >> 24) as usize % (r.size as usize - 8)) & !3;
                        bad_raw.write(at, &bytes);
                    }
                }
                kick.ring();
            }
            attack_done.store(true, Ordering::Release);
        });
        // Meanwhile a well-behaved guest on the second queue keeps every message.
        let mut sent = 0u32;
        let mut got = 0u32;
        let mut buf = vec![0u8; 65536];
        let deadline = Instant::now() + Duration::from_secs(30);
        while got < N || !attack_done.load(Ordering::Acquire) {
            assert!(Instant::now() < deadline, "good queue stalled at {got}/{N}");
            while sent < N && good.send(&message(sent, 48)).unwrap() {
                sent += 1;
            }
            good.submit(&kick);
            while let Some(n) = good.recv(&mut buf).unwrap() {
                assert_eq!(&buf[..n], &message(got, 48)[..]);
                got += 1;
            }
            good.release();
            if got < sent {
                let _ = wait_for_work(good.replies(), 100, &irq);
            }
        }
        stop.store(true, Ordering::Release);
        kick.stop();
        let hq = host.join().expect("the host never panics");
        let fault = hq[0].fault().expect("the attacked queue faulted");
        assert!(hq[1].fault().is_none(), "the good queue is untouched");
        // The guest can read why its queue stopped.
        let (status, at) = bad.host_status();
        assert_eq!(status, hvlink_codec::ring::FAULT_ERRNO);
        assert_eq!(at, fault.at);
        assert_eq!(good.host_status(), (0, 0));
    });
}

#[test]
fn attach_rejects_bad_ranges_and_headers() {
    use hvlink_host::ring::AttachError;
    let mem = memory();
    // Past the end of guest memory.
    assert_eq!(
        HostQueue::attach(mem.clone(), GuestAddress(4 * MIB as u64 - 4096), 4).unwrap_err(),
        AttachError::BadRange
    );
    // Overflowing address arithmetic.
    assert_eq!(
        HostQueue::attach(mem.clone(), GuestAddress(u64::MAX - 4095), 2).unwrap_err(),
        AttachError::BadRange
    );
    assert_eq!(
        HostQueue::attach(mem.clone(), GuestAddress(0), usize::MAX / 2).unwrap_err(),
        AttachError::BadRange
    );
    // No header written there.
    assert!(matches!(
        HostQueue::attach(mem.clone(), GuestAddress(0x30_0000), 4).unwrap_err(),
        AttachError::BadLayout(_)
    ));
}

#[test]
fn reply_space_is_reserved_before_consuming() {
    let mem = memory();
    let (mut gq, mut hq) = queue(&mem, 0x10_0000, 1, 4096, 256);
    for s in 0..4 {
        assert!(gq.send(&message(s, 64)).unwrap());
    }
    gq.submit(&|| {});
    // Each reply may take 100 bytes (the echo uses 64): after three replies the 256-byte reply
    // ring has 64 bytes left, less than the bound, so the fourth request stays unconsumed.
    let p = hq.process(16, |_| 100, echo).unwrap();
    assert_eq!((p.requests, p.blocked_on_replies), (3, true));
    // Nothing more is consumed until the guest reads replies.
    let p = hq.process(16, |_| 100, echo).unwrap();
    assert_eq!(p.requests, 0);
    let mut buf = vec![0u8; 1024];
    for _ in 0..3 {
        assert!(gq.recv(&mut buf).unwrap().is_some());
    }
    assert!(gq.recv(&mut buf).unwrap().is_none());
    gq.release();
    let p = hq.process(16, |_| 100, echo).unwrap();
    assert_eq!((p.requests, p.blocked_on_replies), (1, false));
    // A bound that can never fit faults the queue instead of spinning.
    assert!(gq.send(&message(9, 64)).unwrap());
    gq.submit(&|| {});
    assert!(hq.process(16, |_| 1000, echo).is_err());
}

#[test]
fn requests_built_in_place_in_guest_memory() {
    use hvlink_codec::{genl, header, Flags, Message, MessageType};
    let mem = memory();
    let (mut gq, mut hq) = queue(&mem, 0x10_0000, 1, 4096, 4096);
    for seq in 0..100u32 {
        let n = gq
            .build_in_place(256, |b| {
                let m = b.begin_message(header::Repr {
                    message_type: MessageType(0x120),
                    flags: Flags::REQUEST,
                    seq,
                    port: 0,
                })?;
                b.genl(genl::Repr { cmd: 4, version: 1 })?;
                b.put_u32(1, seq * 3)?;
                b.put_str(2, "in place")?;
                b.end_message(m).map(|_| ())
            })
            .unwrap()
            .expect("room");
        assert_eq!(n, 44);
        gq.submit(&|| {});
        let p = hq.process(16, |r| r.len(), echo).unwrap();
        assert_eq!(p.requests, 1);
        let mut buf = vec![0u8; 1024];
        let n = gq.recv(&mut buf).unwrap().unwrap();
        gq.release();
        let m = Message::parse(&buf[..n]).unwrap();
        let (_, attrs) = m.genl().unwrap();
        assert_eq!(m.header().seq, seq);
        assert_eq!(attrs.clone().find(1).unwrap().unwrap().u32(), Ok(seq * 3));
        assert_eq!(attrs.find(2).unwrap().unwrap().str(), Ok("in place"));
    }
    // A message that does not fit the reservation fails cleanly and queues nothing.
    let r = gq.build_in_place(32, |b| b.put_raw(&[0u8; 40]));
    assert!(matches!(r, Err(hvlink_guest::ring::BuildError::Codec(_))));
    gq.submit(&|| {});
    assert_eq!(hq.process(16, |r| r.len(), echo).unwrap().requests, 0);
}

/// A queue whose pages straddle two memory regions (two mappings, not contiguous in the
/// host's address space) works as one in a single region does: the host reaches a queue in
/// one region directly and any other through `vm-memory`'s general path, and both carry the
/// same stream.
#[test]
fn queues_within_and_across_memory_regions() {
    use hvlink_host::ring::GuestRegion;
    let mem: GuestMemoryMmap =
        GuestMemoryMmap::from_ranges(&[(GuestAddress(0), MIB), (GuestAddress(MIB as u64), MIB)])
            .unwrap();
    for (gpa, what) in [
        (MIB as u64 - 8 * 4096, "across the two regions"),
        (MIB as u64 + 0x1_0000, "in the second region"),
        (0x1_0000, "in the first region"),
    ] {
        let region = GuestRegion::new(mem.clone(), GuestAddress(gpa), 17 * 4096).unwrap();
        let across = what == "across the two regions";
        assert_eq!(region.in_one_region(), !across, "{what}");
        // The guest's side never takes the host's direct path: its own view of the pages
        // when they are in one mapping, vm-memory's general path across two.
        let pages: std::sync::Arc<dyn SharedMem> = if across {
            std::sync::Arc::new(region)
        } else {
            std::sync::Arc::new(view(&mem, gpa, 17 * 4096).unwrap())
        };
        let mut gq = GuestQueue::create(pages, 1, QueueKind::Kernel, 32768, 32768).unwrap();
        assert_eq!(gq.pages(), 17);
        let mut hq = HostQueue::attach(mem.clone(), GuestAddress(gpa), gq.pages()).unwrap();
        let mut buf = vec![0u8; 65536];
        // More than both rings hold, so that indices wrap and every page is written.
        for round in 0..40u32 {
            let mut sent = 0;
            while sent < 64 && gq.send(&message(round * 64 + sent, 500)).unwrap() {
                sent += 1;
            }
            gq.submit(&|| {});
            let p = hq.process(64, |r| r.len(), echo).unwrap();
            assert_eq!(p.requests as u32, sent, "{what}, round {round}");
            for i in 0..sent {
                let n = gq.recv(&mut buf).unwrap().expect("the echo");
                assert_eq!(&buf[..n], &message(round * 64 + i, 500)[..], "{what}");
            }
            gq.release();
        }
        assert!(hq.fault().is_none(), "{what}");
    }
}
