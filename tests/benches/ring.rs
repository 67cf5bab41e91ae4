//! Messages per second through a queue between two threads — the guest producing through its
//! raw pages, the host consuming through `vm-memory` with a private copy per message — next to
//! rtrb (a fast SPSC ring) moving the same payload bytes, for 32 B, 128 B and 1 KiB messages.
//! Both sides spin (no parking) so the rings themselves are measured. Then doorbells per 1,000
//! messages under a steady stream and under bursts, with the adaptive poller and eventfds.
//!
//! Run: `cargo bench -p hvlink-host --bench ring`.

use std::hint::black_box;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use hvlink_codec::ring::{
    wait_for_work, Consumer, Doorbell, Producer, QueueKind, QueueLayout, Wait,
};
use hvlink_codec::testing;
use hvlink_deploy::mem::view;
use hvlink_guest::ring::raw::RawMem;
use hvlink_host::notify::EventFd;
use hvlink_host::ring::GuestRegion;
use vm_memory::{GuestAddress, GuestMemoryMmap};

const RING: u32 = 64 * 1024;
const BATCH: u64 = 32;

fn message(len: usize) -> Vec<u8> {
    testing::message(0, len)
}

struct Queue {
    mem: GuestMemoryMmap,
    raw: RawMem,
    layout: QueueLayout,
}

fn queue() -> Queue {
    let mem = GuestMemoryMmap::from_ranges(&[(GuestAddress(0), 1 << 20)]).unwrap();
    let raw = view(&mem, 0, 1 << 20).unwrap();
    let layout = QueueLayout::new(1, QueueKind::Kernel, RING, RING).unwrap();
    layout.init(&raw);
    Queue { mem, raw, layout }
}

/// The host's view of `q` (through `vm-memory`).
fn region(q: &Queue) -> GuestRegion<GuestMemoryMmap> {
    GuestRegion::new(q.mem.clone(), GuestAddress(0), 1 << 20).unwrap()
}

/// The host's side of `q`: consume `n` messages of the request ring from `region` (a private
/// copy each), calling `idle` before every drain (to spin, or to park).
fn drain(
    q: &Queue,
    region: GuestRegion<GuestMemoryMmap>,
    n: u64,
    mut idle: impl FnMut(&mut Consumer<GuestRegion<GuestMemoryMmap>>),
) {
    let mut c = Consumer::new(region, q.layout.req);
    let mut buf = vec![0u8; 65536];
    let mut got = 0;
    while got < n {
        idle(&mut c);
        while let Some(l) = c.pop(&mut buf).unwrap() {
            black_box(&buf[..l]);
            got += 1;
        }
        c.release();
    }
}

/// Move `n` messages of `len` bytes guest → host; returns the elapsed time.
fn hvlink_stream(q: &Queue, n: u64, len: usize) -> Duration {
    let msg = message(len);
    let region = region(q);
    let start = Instant::now();
    std::thread::scope(|s| {
        s.spawn(|| drain(q, region, n, |_| std::hint::spin_loop()));
        let mut p = Producer::new(&q.raw, q.layout.req);
        let mut sent = 0;
        while sent < n {
            if p.push(&msg).unwrap() {
                sent += 1;
                // Publish every BATCH messages or 4 KiB, whichever comes first, so the
                // consumer is never starved by a half-ring batch.
                if sent % BATCH == 0 || p.pending() >= 4096 {
                    p.publish();
                }
            } else {
                p.publish();
                std::hint::spin_loop();
            }
        }
        p.publish();
    });
    start.elapsed()
}

fn rtrb_stream(n: u64, len: usize) -> Duration {
    let msg = message(len);
    let (mut tx, mut rx) = rtrb::RingBuffer::<u8>::new(RING as usize);
    let start = Instant::now();
    std::thread::scope(|s| {
        s.spawn(|| {
            let mut buf = vec![0u8; len];
            let mut got = 0;
            while got < n {
                if let Ok(chunk) = rx.read_chunk(len) {
                    let (a, b) = chunk.as_slices();
                    buf[..a.len()].copy_from_slice(a);
                    buf[a.len()..].copy_from_slice(b);
                    chunk.commit_all();
                    black_box(&buf);
                    got += 1;
                } else {
                    std::hint::spin_loop();
                }
            }
        });
        let mut sent = 0;
        while sent < n {
            if let Ok(mut chunk) = tx.write_chunk(len) {
                let (a, b) = chunk.as_mut_slices();
                let k = a.len();
                a.copy_from_slice(&msg[..k]);
                b.copy_from_slice(&msg[k..]);
                chunk.commit_all();
                sent += 1;
            } else {
                std::hint::spin_loop();
            }
        }
    });
    start.elapsed()
}

fn throughput(c: &mut Criterion) {
    let q = queue();
    for len in [32usize, 128, 1024] {
        let mut g = c.benchmark_group(format!("ring_throughput/{len}B"));
        g.throughput(Throughput::Elements(1));
        g.sample_size(20);
        g.bench_function("hvlink", |b| {
            b.iter_custom(|iters| {
                // Each run starts on a fresh queue position; the indices carry on.
                hvlink_stream(&q, iters, len)
            })
        });
        g.bench_function("rtrb", |b| b.iter_custom(|iters| rtrb_stream(iters, len)));
        g.finish();
    }
}

/// Doorbells per 1,000 messages with event suppression and the adaptive poller: the guest
/// publishes every `batch` messages (pausing `gap` between bursts), the host drains with
/// `wait_for_work` (spin, then announce and park on the kick eventfd).
/// Returns (kicks, host parks) per 1,000 messages.
fn doorbells(n: u64, batch: u64, gap: Duration) -> (f64, f64) {
    let q = queue();
    let region = region(&q);
    let kick = EventFd::new(Duration::from_millis(10)).unwrap();
    let parks = AtomicU64::new(0);
    let msg = message(64);
    let mut kicks = 0u64;
    std::thread::scope(|s| {
        s.spawn(|| {
            drain(&q, region, n, |c| {
                if !c.has_work().unwrap() {
                    parks.fetch_add(1, Ordering::Relaxed);
                }
                assert_eq!(wait_for_work(c, 2000, &kick).unwrap(), Wait::Ready);
            })
        });
        let mut p = Producer::new(&q.raw, q.layout.req);
        let mut sent = 0;
        while sent < n {
            for _ in 0..batch {
                while !p.push(&msg).unwrap() {
                    std::hint::spin_loop();
                }
                sent += 1;
            }
            if p.publish() {
                kicks += 1;
                kick.ring();
            }
            if !gap.is_zero() {
                std::thread::sleep(gap);
            }
        }
    });
    let per_k = |x: u64| x as f64 * 1000.0 / n as f64;
    (per_k(kicks), per_k(parks.load(Ordering::Relaxed)))
}

fn doorbell_report(_c: &mut Criterion) {
    for (what, n, batch, gap) in [
        ("steady stream, publish per message", 200_000, 1, 0),
        ("steady stream, publish per 16", 200_000, 16, 0),
        ("bursts of 64 every 200 us", 20_000, 64, 200),
        ("single messages every 200 us", 5_000, 1, 200),
    ] {
        let (k, w) = doorbells(n, batch, Duration::from_micros(gap));
        println!("doorbells/{what}: {k:.2} kicks, {w:.2} host idle waits per 1000 messages");
    }
}

criterion_group!(benches, throughput, doorbell_report);
criterion_main!(benches);
