//! Property tests of the ring: any interleaving of produce / publish / consume / release with
//! any message sizes delivers every message exactly once, in order, byte-identical; and the
//! same across two real threads with the adaptive poller.

use std::collections::VecDeque;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

use hvlink_codec::ring::{
    wait_for_work, Consumer, HeapMem, Park, Producer, QueueKind, QueueLayout, Wait,
};
use hvlink_codec::testing::message;
use proptest::prelude::*;

#[derive(Debug, Clone)]
enum Op {
    Push(usize),
    Publish,
    Pop,
    Release,
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        4 => (16usize..=128).prop_map(Op::Push),
        2 => Just(Op::Publish),
        4 => Just(Op::Pop),
        2 => Just(Op::Release),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn every_message_once_in_order(ops in prop::collection::vec(op(), 1..300),
                                   start in prop::sample::select(vec![0u32, 0xFFFF_FF00, 0x7FFF_FFF0])) {
        let l = QueueLayout::new(0, QueueKind::Kernel, 256, 256).unwrap();
        let mem = HeapMem::new(l.total_len());
        l.init(&mem);
        use hvlink_codec::ring::SharedMem;
        mem.store_u32(l.req.prod, start, Ordering::Relaxed);
        mem.store_u32(l.req.cons, start, Ordering::Relaxed);
        let mut p = Producer::new(&mem, l.req);
        let mut c = Consumer::new(&mem, l.req);
        let mut seq = 0u32;
        let mut committed: VecDeque<Vec<u8>> = VecDeque::new();
        let mut published = 0usize; // how many of `committed` are visible
        let mut buf = vec![0u8; 256];
        for op in ops {
            match op {
                Op::Push(len) => {
                    let m = message(seq, len);
                    if p.push(&m).unwrap() {
                        committed.push_back(m);
                        seq += 1;
                    }
                }
                Op::Publish => {
                    p.publish();
                    published = committed.len();
                }
                Op::Pop => match c.pop(&mut buf).unwrap() {
                    Some(n) => {
                        prop_assert!(published > 0, "got an unpublished message");
                        let want = committed.pop_front().unwrap();
                        published -= 1;
                        prop_assert_eq!(&buf[..n], &want[..]);
                    }
                    None => prop_assert_eq!(published, 0, "a published message was not delivered"),
                },
                Op::Release => c.release(),
            }
        }
        // Drain: everything committed arrives after a final publish.
        p.publish();
        loop {
            c.release();
            match c.pop(&mut buf).unwrap() {
                Some(n) => {
                    let want = committed.pop_front().unwrap();
                    prop_assert_eq!(&buf[..n], &want[..]);
                }
                None => break,
            }
        }
        prop_assert!(committed.is_empty());
    }
}

/// Parks the consumer thread; the producer unparks it when the consumer asked for a kick.
struct ThreadPark {
    stop: Arc<AtomicBool>,
    parks: std::sync::atomic::AtomicU32,
}

impl Park for ThreadPark {
    fn park(&self) -> bool {
        self.parks.fetch_add(1, Ordering::Relaxed);
        std::thread::park_timeout(std::time::Duration::from_millis(50));
        !self.stop.load(Ordering::Acquire)
    }
}

#[test]
fn two_threads_stream_with_suppressed_doorbells() {
    const N: u32 = 50_000;
    let l = QueueLayout::new(0, QueueKind::Kernel, 4096, 4096).unwrap();
    let mem = Arc::new(HeapMem::new(l.total_len()));
    l.init(&*mem);
    let consumer_thread = std::thread::current();
    let pm = mem.clone();
    let producer = std::thread::spawn(move || {
        let mut p = Producer::new(&*pm, l.req);
        let mut kicks = 0u32;
        for seq in 0..N {
            let m = message(seq, 16 + (seq as usize % 29) * 4);
            while !p.push(&m).unwrap() {
                if p.publish() {
                    kicks += 1;
                    consumer_thread.unpark();
                }
                std::thread::yield_now();
            }
            if seq % 8 == 7 && p.publish() {
                kicks += 1;
                consumer_thread.unpark();
            }
        }
        if p.publish() {
            kicks += 1;
            consumer_thread.unpark();
        }
        kicks
    });
    let parker = ThreadPark {
        stop: Arc::new(AtomicBool::new(false)),
        parks: std::sync::atomic::AtomicU32::new(0),
    };
    let mut waits = 0u32;
    let mut c = Consumer::new(&*mem, l.req);
    let mut buf = vec![0u8; 4096];
    let mut next = 0u32;
    while next < N {
        waits += 1;
        assert_eq!(wait_for_work(&mut c, 200, &parker).unwrap(), Wait::Ready);
        while let Some(n) = c.pop(&mut buf).unwrap() {
            let want = message(next, 16 + (next as usize % 29) * 4);
            assert_eq!(&buf[..n], &want[..], "message {next}");
            next += 1;
        }
        c.release();
    }
    let kicks = producer.join().unwrap();
    // Event suppression: at most one kick per announcement, and the consumer announces at
    // most once per wait plus once per park — never once per publish (N / 8 publishes).
    let parks = parker.parks.load(Ordering::Relaxed);
    assert!(
        kicks <= waits + parks,
        "{kicks} kicks but only {waits} waits and {parks} parks"
    );
    assert!(kicks < N, "{kicks} kicks for {N} messages");
}
