//! Model checking of the ring's index protocol and the notification handshake with loom: the
//! real `Producer`, `Consumer` and `wait_for_work` code runs over a `SharedMem` whose words
//! are loom atomics, and loom explores the thread interleavings and the memory model's
//! allowed stale reads.
//!
//! Checked: no lost wake-up (a consumer parked while a message is pending would deadlock,
//! which loom reports), no torn or stale read of a message (payloads are compared), indices
//! that wrap around both the ring and `u32`, and back-pressure on a ring with room for only
//! one message at a time.

use std::sync::atomic::Ordering;

use hvlink_codec::ring::{wait_for_work, Consumer, Park, Producer, QueueKind, QueueLayout, Wait};
use hvlink_codec::ring::{RingLayout, SharedMem};
use loom::sync::atomic::{fence, AtomicU32};
use loom::sync::{Arc, Condvar, Mutex};

struct LoomMem {
    words: Vec<AtomicU32>,
}

impl LoomMem {
    fn new(len: usize) -> Self {
        LoomMem {
            words: (0..len / 4).map(|_| AtomicU32::new(0)).collect(),
        }
    }
}

impl SharedMem for LoomMem {
    fn len(&self) -> usize {
        self.words.len() * 4
    }
    fn load_u32(&self, off: usize, order: Ordering) -> u32 {
        self.words[off / 4].load(order)
    }
    fn store_u32(&self, off: usize, val: u32, order: Ordering) {
        self.words[off / 4].store(val, order)
    }
    // Messages here are whole words; data moves with relaxed word accesses, so only the
    // protocol's Acquire/Release orders them.
    fn read(&self, off: usize, dst: &mut [u8]) {
        for (i, chunk) in dst.chunks_mut(4).enumerate() {
            let w = self.words[off / 4 + i]
                .load(Ordering::Relaxed)
                .to_le_bytes();
            chunk.copy_from_slice(&w[..chunk.len()]);
        }
    }
    fn write(&self, off: usize, src: &[u8]) {
        for (i, chunk) in src.chunks(4).enumerate() {
            let mut w = [0u8; 4];
            w[..chunk.len()].copy_from_slice(chunk);
            self.words[off / 4 + i].store(u32::from_le_bytes(w), Ordering::Relaxed);
        }
    }
    fn fence(&self) {
        fence(Ordering::SeqCst);
    }
}

/// An eventfd-like doorbell: a flag under a mutex.
#[derive(Default)]
struct Bell {
    rung: Mutex<bool>,
    cv: Condvar,
}

impl Bell {
    fn ring(&self) {
        *self.rung.lock().unwrap() = true;
        self.cv.notify_one();
    }
}

impl Park for Bell {
    fn park(&self) -> bool {
        let mut r = self.rung.lock().unwrap();
        while !*r {
            r = self.cv.wait(r).unwrap();
        }
        *r = false;
        true
    }
}

/// A 16-byte message (a bare header) whose seq field carries `n`.
fn message(n: u32) -> [u8; 16] {
    let mut m = [0u8; 16];
    m[0] = 16;
    m[4..6].copy_from_slice(&0x120u16.to_le_bytes());
    m[8..12].copy_from_slice(&n.to_le_bytes());
    m[12..16].copy_from_slice(&(!n).to_le_bytes());
    m
}

fn setup(start: u32) -> (Arc<LoomMem>, RingLayout) {
    let l = QueueLayout::new(0, QueueKind::Kernel, 256, 256).unwrap();
    let mem = LoomMem::new(l.total_len());
    l.init(&mem);
    mem.store_u32(l.req.prod, start, Ordering::Relaxed);
    mem.store_u32(l.req.cons, start, Ordering::Relaxed);
    (Arc::new(mem), l.req)
}

/// Explore `f` under loom, with the preemption bound every test here uses.
fn model(f: impl Fn() + Sync + Send + 'static) {
    let mut b = loom::model::Builder::new();
    b.preemption_bound = Some(3);
    b.check(f);
}

/// A producer thread pushing messages `0..count` (waiting while the ring is full) and ringing
/// `bell` whenever publishing asks it to.
fn spawn_producer(
    mem: &Arc<LoomMem>,
    bell: &Arc<Bell>,
    ring: RingLayout,
    count: u32,
) -> loom::thread::JoinHandle<()> {
    let (pm, pb) = (mem.clone(), bell.clone());
    loom::thread::spawn(move || {
        let mut p = Producer::new(&*pm, ring);
        for n in 0..count {
            while !p.push(&message(n)).unwrap() {
                loom::thread::yield_now();
            }
            if p.publish() {
                pb.ring();
            }
        }
    })
}

fn run(start: u32, count: u32, spins: u32) {
    model(move || {
        let (mem, ring) = setup(start);
        let bell = Arc::new(Bell::default());
        let producer = spawn_producer(&mem, &bell, ring, count);
        consume(&mem, ring, &bell, count, spins);
        producer.join().unwrap();
    });
}

/// The consumer's side: messages `0..count` in order, waiting for each (spinning `spins`
/// times, then parking on `bell`).
fn consume(mem: &LoomMem, ring: RingLayout, bell: &Bell, count: u32, spins: u32) {
    let mut c = Consumer::new(mem, ring);
    let mut buf = [0u8; 64];
    for n in 0..count {
        assert_eq!(wait_for_work(&mut c, spins, bell).unwrap(), Wait::Ready);
        let Some(len) = c.pop(&mut buf).unwrap() else {
            panic!("work was announced but no message came");
        };
        assert_eq!(&buf[..len], &message(n), "torn or stale message");
        c.release();
    }
}

#[test]
fn no_lost_wakeup_when_parking_at_once() {
    run(0, 2, 0);
}

#[test]
fn no_lost_wakeup_after_spinning() {
    run(0, 2, 1);
}

#[test]
fn indices_wrap_around_ring_and_u32() {
    // Position 240 of a 256-byte ring, 16 bytes before u32 wraps: the first message takes the
    // last 16 bytes of the area, the second wraps to its start and the index wraps to 0.
    run(0xFFFF_FFF0, 2, 0);
}

#[test]
fn full_ring_back_pressure() {
    // Start so that only 16 bytes of the 256 are free: the producer must wait for the
    // consumer to release before every further message.
    model(|| {
        let (mem, ring) = setup(0);
        // 240 bytes are outstanding (published, not consumed): one NOOP padding message.
        let mut noop = message(0);
        noop[0] = 240;
        noop[4..6].copy_from_slice(&1u16.to_le_bytes());
        mem.write(ring.data, &noop);
        mem.store_u32(ring.prod, 240, Ordering::Relaxed);
        let bell = Arc::new(Bell::default());
        let producer = spawn_producer(&mem, &bell, ring, 2);
        let mut c = Consumer::new(&*mem, ring);
        let mut buf = [0u8; 64];
        let mut seen = Vec::new();
        while seen.len() < 2 {
            assert_eq!(wait_for_work(&mut c, 0, &*bell).unwrap(), Wait::Ready);
            // Work may be only the padding, which pop skips.
            let Some(len) = c.pop(&mut buf).unwrap() else {
                continue;
            };
            seen.push(u32::from_le_bytes(buf[8..12].try_into().unwrap()));
            assert_eq!(len, 16);
            c.release();
        }
        producer.join().unwrap();
        assert_eq!(seen, [0, 1]);
    });
}

/// A producer that publishes message 0 quietly ([`Producer::publish_quiet`]: no look at the
/// consumer's announcement, so no doorbell) and then does `then` (which says whether to ring
/// the doorbell), and a consumer that parks when it finds nothing and reads `count`
/// messages: it must be woken for every one.
fn quiet_then(count: u32, then: fn(&mut Producer<&LoomMem>) -> bool) {
    model(move || {
        let (mem, ring) = setup(0);
        let bell = Arc::new(Bell::default());
        let producer = {
            let (pm, pb) = (mem.clone(), bell.clone());
            loom::thread::spawn(move || {
                let mut p = Producer::new(&*pm, ring);
                assert!(p.push(&message(0)).unwrap());
                p.publish_quiet();
                if then(&mut p) {
                    pb.ring();
                }
            })
        };
        consume(&mem, ring, &bell, count, 0);
        producer.join().unwrap();
    });
}

/// A quiet publish, then one as usual: a consumer that parked while only the first was out
/// (or before it) is woken by the second's doorbell, and reads both. What the host does with
/// a request's progress parts before its last. (It deadlocks when the second is quiet too.)
#[test]
fn a_quiet_publish_then_a_rung_one_wakes_a_parked_consumer() {
    quiet_then(2, |p| {
        assert!(p.push(&message(1)).unwrap());
        p.publish()
    });
}

/// A quiet publish, then a [`Producer::look`] (what the host does when it has nothing more to
/// publish but must not leave the consumer asleep: its reply ring is full): a consumer that
/// parked meanwhile is woken and reads the message.
#[test]
fn a_quiet_publish_then_a_look_wakes_a_parked_consumer() {
    quiet_then(1, |p| p.look());
}
