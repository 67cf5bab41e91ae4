//! The C request producer (`hvlink_ring.h`) and the Rust consumer (`hvlink_codec::ring`, what
//! the host runs) in two threads on the same pages, with the park announcement: every
//! message arrives once, in order, intact, across many wraps of the ring and NOOP paddings,
//! and no wake-up is lost (a lost one shows as a consumer that waits out its timeout).
#![allow(unsafe_code)] // the shared pages and the C producer's private state, through FFI

use std::ptr::NonNull;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::Arc;
use std::time::Duration;

use hvlink_clib::ffi;
use hvlink_codec::ring::{Consumer, QueueLayout};
use hvlink_guest::ring::raw::RawMem;

const MESSAGES: u32 = 200_000;

/// Raw pointers handed to the producer thread.
struct Shared {
    state: *mut u8,
}
// SAFETY: the state is used by the producer thread alone after the hand-over.
unsafe impl Send for Shared {}

#[test]
fn c_producer_rust_consumer_two_threads() {
    let req_size = 4096u32;
    let len = 4096 + req_size as usize + 256;
    // u64 backing: 8-aligned, zeroed; lives until both threads are joined.
    let mut mem = vec![0u64; len / 8];
    // SAFETY: plain size query.
    let state_size = unsafe { ffi::hvlink_cring_state_size() };
    let mut state = vec![0u64; state_size.div_ceil(8)];
    let base = mem.as_mut_ptr().cast::<u8>();
    // SAFETY: `mem` is `len` bytes, aligned; `state` is the size the C asked for.
    let r =
        unsafe { ffi::hvlink_cring_create(state.as_mut_ptr().cast(), base, len, req_size, 256) };
    assert_eq!(r, 0);
    // SAFETY: `mem` outlives every use of this view (the threads are joined below); the C
    // producer and this view access the index words atomically and the data with plain
    // copies of disjoint regions, as the ring protocol divides them.
    let view = unsafe { RawMem::new(NonNull::new(base).unwrap(), len) };
    let layout = QueueLayout::read(&view).expect("the C wrote a valid header");
    let kicks = Arc::new(AtomicU64::new(0));
    let done = Arc::new(AtomicBool::new(false));
    let consumer = {
        let view = view.clone();
        let done = done.clone();
        std::thread::spawn(move || {
            let mut c = Consumer::new(view, layout.req);
            let mut buf = vec![0u8; 65536];
            let (mut next, mut parks, mut timeouts) = (0u32, 0u64, 0u64);
            while next < MESSAGES {
                match c.pop(&mut buf).expect("no fault") {
                    Some(n) => {
                        let seq = u32::from_le_bytes(buf[8..12].try_into().unwrap());
                        assert_eq!(seq, next, "in order, once");
                        assert_eq!(n, 16 + (seq % 61) as usize * 4 + (seq % 3) as usize);
                        for (i, b) in buf[12..n].iter().enumerate() {
                            assert_eq!(*b, (seq as usize + 12 + i) as u8, "intact");
                        }
                        next += 1;
                        if next % 16 == 0 {
                            c.release();
                        }
                    }
                    None => {
                        c.release();
                        if !c.prepare_park().unwrap() {
                            parks += 1;
                            let t = std::time::Instant::now();
                            std::thread::park_timeout(Duration::from_secs(2));
                            if t.elapsed() >= Duration::from_secs(2) && !c.has_work().unwrap() {
                                timeouts += 1;
                            }
                            c.cancel_park();
                        }
                    }
                }
            }
            c.release();
            done.store(true, Ordering::Release);
            (parks, timeouts)
        })
    };
    let producer = {
        let s = Shared {
            state: state.as_mut_ptr().cast(),
        };
        let kicks = kicks.clone();
        let waker = consumer.thread().clone();
        std::thread::spawn(move || {
            let s = s;
            let mut seq = 0u32;
            while seq < MESSAGES {
                let len = 16 + (seq % 61) * 4 + seq % 3;
                // SAFETY: the state is ours alone now; the C writes only the ring.
                match unsafe { ffi::hvlink_cring_push(s.state, len, seq) } {
                    1 => seq += 1,
                    0 => {
                        // Full: publish what is queued and let the consumer catch up.
                        // SAFETY: as above.
                        if unsafe { ffi::hvlink_cring_publish(s.state) } == 1 {
                            kicks.fetch_add(1, Ordering::Relaxed);
                            waker.unpark();
                        }
                        std::thread::yield_now();
                        continue;
                    }
                    e => panic!("producer fault {e}"),
                }
                if seq % 7 == 0 {
                    // SAFETY: as above.
                    if unsafe { ffi::hvlink_cring_publish(s.state) } == 1 {
                        kicks.fetch_add(1, Ordering::Relaxed);
                        waker.unpark();
                    }
                }
            }
            // SAFETY: as above.
            if unsafe { ffi::hvlink_cring_publish(s.state) } == 1 {
                kicks.fetch_add(1, Ordering::Relaxed);
                waker.unpark();
            }
        })
    };
    producer.join().unwrap();
    let (parks, timeouts) = consumer.join().unwrap();
    assert!(done.load(Ordering::Acquire));
    eprintln!(
        "{MESSAGES} messages through a {req_size}-byte ring: {parks} parks, {} kicks, {timeouts} lost wake-ups",
        kicks.load(Ordering::Relaxed)
    );
    assert_eq!(timeouts, 0, "a wake-up was lost");
    // `mem` and `state` live until here, after both threads were joined.
    let _ = (view, &mut mem, &mut state);
}

/// A restarted guest re-opens its queue (PROTOCOL 9.5): the C producer resumes from the
/// indices in shared memory, and what it sends after the restart follows what it sent
/// before, in order, for the Rust consumer; a header that is not a queue is refused.
#[test]
fn c_reopen_resumes_from_the_shared_indices() {
    let len = 4096 + 4096 + 256;
    let (mut mem, mut state) = memory_and_state(len);
    let base = mem.as_mut_ptr().cast::<u8>();
    let st = state.as_mut_ptr().cast::<u8>();
    // SAFETY: (for each call below) `mem` is `len` bytes, 8-aligned, and `state` the size
    // the C asked for; this thread alone uses them.
    assert_eq!(
        // SAFETY: as above (the same live `mem` and `state`, this thread alone).
        unsafe { ffi::hvlink_cring_open(st, base, len) },
        -22,
        "no magic yet"
    );
    assert_eq!(
        // SAFETY: as above (the same live `mem` and `state`, this thread alone).
        unsafe { ffi::hvlink_cring_create(st, base, len, 4096, 256) },
        0
    );
    for seq in 0..10 {
        // SAFETY: as above (the same live `mem` and `state`, this thread alone).
        assert_eq!(unsafe { ffi::hvlink_cring_push(st, 40, seq) }, 1);
    }
    // SAFETY: as above (the same live `mem` and `state`, this thread alone).
    unsafe { ffi::hvlink_cring_publish(st) };
    // The guest restarts: its private state is gone.
    state.iter_mut().for_each(|w| *w = 0xa5a5_a5a5_a5a5_a5a5);
    // SAFETY: as above (the same live `mem` and `state`, this thread alone).
    assert_eq!(unsafe { ffi::hvlink_cring_open(st, base, len) }, 0);
    for seq in 10..20 {
        // SAFETY: as above (the same live `mem` and `state`, this thread alone).
        assert_eq!(unsafe { ffi::hvlink_cring_push(st, 40, seq) }, 1);
    }
    // SAFETY: as above (the same live `mem` and `state`, this thread alone).
    unsafe { ffi::hvlink_cring_publish(st) };
    // SAFETY: `mem` outlives the view; nothing else runs.
    let view = unsafe { RawMem::new(NonNull::new(base).unwrap(), len) };
    let layout = QueueLayout::read(&view).unwrap();
    let mut c = Consumer::new(view, layout.req);
    let mut buf = vec![0u8; 65536];
    for want in 0..20u32 {
        let n = c.pop(&mut buf).unwrap().expect("a message");
        assert_eq!(n, 40);
        assert_eq!(u32::from_le_bytes(buf[8..12].try_into().unwrap()), want);
    }
    assert_eq!(c.pop(&mut buf).unwrap(), None);
    let _ = (&mut mem, &mut state);
}

/// A commit never accounts more than its reservation (as Rust's commit clamps): a caller that
/// passes a length larger than it reserved (a builder's capacity, say) does not move the
/// ring past bytes the host may not have consumed yet.
#[test]
fn a_commit_never_goes_past_its_reservation() {
    let req_size = 4096u32;
    let len = 4096 + req_size as usize + 256;
    let (mut mem, mut state) = memory_and_state(len);
    let base = mem.as_mut_ptr().cast::<u8>();
    let q = state.as_mut_ptr().cast::<u8>();
    // SAFETY: `mem` is `len` bytes, aligned; `state` is the size the C asked for; both live
    // across the calls.
    unsafe {
        assert_eq!(ffi::hvlink_cring_create(q, base, len, req_size, 256), 0);
        assert_eq!(ffi::hvlink_cring_overcommit(q, 16, 1000), 16);
        assert_eq!(ffi::hvlink_cring_overcommit(q, 32, 4000), 48);
        // Within the reservation, as written (aligned up).
        assert_eq!(ffi::hvlink_cring_overcommit(q, 64, 21), 72);
    }
}

/// Zeroed queue memory of `len` bytes (8-aligned) and a C queue state of the size the C
/// asks for.
fn memory_and_state(len: usize) -> (Vec<u64>, Vec<u64>) {
    // SAFETY: plain size query.
    let state_size = unsafe { ffi::hvlink_cring_state_size() };
    (vec![0u64; len / 8], vec![0u64; state_size.div_ceil(8)])
}
