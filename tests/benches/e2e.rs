//! End-to-end benchmarks of the guest client on the embedded reference hypervisor (host on
//! its own thread, guest and host sharing memory; real rings, real doorbells):
//!
//! - grant map+unmap pairs per second: batched through the ring (batch sizes 1, 8, 64, 512),
//!   unbatched through the ring (one call per entry), the FastABI register path, and as the
//!   baseline a plain in-process tokio mpsc request/response doing the same backend work;
//! - p50/p99 latency of a small op (event channel send) alone and while a large batch
//!   streams on another queue, and doorbells per op (printed after the criterion groups;
//!   criterion has no percentiles).

use std::sync::atomic::Ordering;
use std::time::{Duration, Instant};

use criterion::{criterion_group, BenchmarkId, Criterion, Throughput};
use hvlink_deploy::embedded::{Embedded, Options};
use hvlink_guest::client::{Client, FastPath};
use hvlink_proto::event_channel::{PortReq, SendOp};
use hvlink_proto::grant_table::{
    self as gt, BatchMode, MapEntry, MapGrantRef, MapMode, MapReplyForm, UnmapEntry, UnmapGrantRef,
};
use hvlink_refhv::fixtures;
use hvlink_tests::embedded::{interdomain, kernel, with_grants, DOM1, DOM2};
use hvlink_tests::grants::{
    grant_refs, host_map, map_batch, single_map, single_unmap, unmap_batch, unmap_of,
};
use hvlink_tests::vm::hypervisor;
use tokio::runtime::Runtime;

fn rt() -> Runtime {
    tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()
        .unwrap()
}

fn embedded() -> Embedded {
    with_grants(Options::default(), 1024)
}

fn entries(n: usize) -> Vec<MapEntry> {
    (0..n as u32)
        .map(|i| host_map(DOM1, i % 1024, 0x40_0000 + u64::from(i % 1024) * 4096))
        .collect()
}

/// Map `es` as batches of `batch`, then unmap them the same way.
async fn map_unmap(c: &Client, es: &[MapEntry], batch: usize) {
    let mut un = Vec::with_capacity(es.len());
    for chunk in es.chunks(batch) {
        let r = c.grant_map(chunk, MapMode::INDEPENDENT).await.unwrap();
        for (e, m) in r.iter().zip(chunk) {
            un.push(unmap_of(m, e.handle.unwrap()));
        }
    }
    for chunk in un.chunks(batch) {
        c.grant_unmap(chunk, BatchMode::INDEPENDENT).await.unwrap();
    }
}

/// As [`map_unmap`], but every batch message is started before any is awaited: the host
/// works on one while the client encodes the next, and they share doorbells.
async fn map_unmap_pipelined(c: &Client, es: &[MapEntry], batch: usize) {
    let mut pending = Vec::with_capacity(es.len() / batch + 1);
    for chunk in es.chunks(batch) {
        let req = map_batch(MapMode::INDEPENDENT, chunk);
        pending.push(
            c.start::<MapGrantRef>(&req, Default::default(), None)
                .await
                .unwrap(),
        );
    }
    let mut un = Vec::with_capacity(es.len());
    for (p, chunk) in pending.into_iter().zip(es.chunks(batch)) {
        let r = p.wait().await.unwrap();
        for part in r.parts() {
            if let MapReplyForm::Batch { entry } = part.form {
                for (e, m) in entry.iter().zip(chunk) {
                    un.push(unmap_of(m, e.handle.unwrap()));
                }
            }
        }
    }
    let mut pending = Vec::with_capacity(un.len() / batch + 1);
    for chunk in un.chunks(batch) {
        let req = unmap_batch(chunk);
        pending.push(
            c.start::<UnmapGrantRef>(&req, Default::default(), None)
                .await
                .unwrap(),
        );
    }
    for p in pending {
        p.wait().await.unwrap();
    }
}

/// One map+unmap pair per call (single form), through `c`'s policy.
async fn one_by_one(c: &Client, es: &[MapEntry], ring: bool) {
    for e in es {
        let req = single_map(e);
        let r = if ring {
            c.call_ring::<MapGrantRef>(&req).await.unwrap()
        } else {
            c.call::<MapGrantRef>(&req).await.unwrap()
        };
        let MapReplyForm::Single { handle, .. } = r.get().form else {
            panic!("batch reply to a single call")
        };
        let un = single_unmap(handle.unwrap(), e.host_addr);
        if ring {
            c.call_ring::<UnmapGrantRef>(&un).await.unwrap();
        } else {
            c.call::<UnmapGrantRef>(&un).await.unwrap();
        }
    }
}

enum Req {
    Map(Vec<MapEntry>, tokio::sync::oneshot::Sender<Vec<(u32, u64)>>),
    Unmap(Vec<(u32, u64)>, tokio::sync::oneshot::Sender<()>),
}

/// The baseline: the same backend work behind a tokio mpsc request/response, no codec.
fn mpsc_server(rt: &Runtime) -> tokio::sync::mpsc::Sender<Req> {
    let (tx, mut rx) = tokio::sync::mpsc::channel::<Req>(1024);
    let mut hv = hypervisor(0, 16384);
    grant_refs(&mut hv, DOM1, DOM2, 0..1024);
    std::thread::spawn(move || {
        let hrt = tokio::runtime::Builder::new_current_thread()
            .build()
            .unwrap();
        hrt.block_on(async move {
            use gt::Backend;
            let ctx = fixtures::kernel(DOM2);
            while let Some(req) = rx.recv().await {
                match req {
                    Req::Map(es, done) => {
                        let mut out = Vec::with_capacity(es.len());
                        let req = map_batch(MapMode::INDEPENDENT, &es);
                        let _ = hv.map_grant_ref(&ctx, &req, &mut |r| {
                            out.push((r.handle.unwrap_or(0), 0));
                            Ok(())
                        });
                        for (o, e) in out.iter_mut().zip(&es) {
                            o.1 = e.host_addr;
                        }
                        let _ = done.send(out);
                    }
                    Req::Unmap(hs, done) => {
                        let un: Vec<UnmapEntry> = hs
                            .iter()
                            .map(|(h, a)| UnmapEntry {
                                host_addr: *a,
                                dev_bus_addr: 0,
                                handle: *h,
                            })
                            .collect();
                        let req = unmap_batch(&un);
                        let _ = hv.unmap_grant_ref(&ctx, &req, &mut |_| Ok(()));
                        let _ = done.send(());
                    }
                }
            }
        });
    });
    let _ = rt;
    tx
}

fn throughput(c: &mut Criterion) {
    let rt = rt();
    let e = embedded();
    let ring = rt.block_on(kernel(&e, DOM2, 1, FastPath::Ring));
    let regs = rt.block_on(kernel(&e, DOM2, 2, FastPath::Registers));
    let mpsc = mpsc_server(&rt);
    const N: usize = 512;
    let es = entries(N);
    let mut g = c.benchmark_group("grant map+unmap end to end");
    g.throughput(Throughput::Elements(N as u64));
    g.sample_size(20);
    g.measurement_time(Duration::from_secs(3));
    for batch in [1usize, 8, 64, 512] {
        g.bench_with_input(
            BenchmarkId::new("ring-batched", batch),
            &batch,
            |b, &batch| b.iter(|| rt.block_on(map_unmap(&ring, &es, batch))),
        );
    }
    for batch in [8usize, 64] {
        g.bench_with_input(
            BenchmarkId::new("ring-pipelined", batch),
            &batch,
            |b, &batch| b.iter(|| rt.block_on(map_unmap_pipelined(&ring, &es, batch))),
        );
    }
    g.bench_function("ring-unbatched", |b| {
        b.iter(|| rt.block_on(one_by_one(&ring, &es[..64], true)))
    });
    g.bench_function("registers", |b| {
        b.iter(|| rt.block_on(one_by_one(&regs, &es[..64], false)))
    });
    for batch in [1usize, 64, 512] {
        g.bench_with_input(
            BenchmarkId::new("tokio-mpsc", batch),
            &batch,
            |b, &batch| {
                b.iter(|| {
                    rt.block_on(async {
                        let mut hs = Vec::with_capacity(N);
                        for chunk in es.chunks(batch) {
                            let (tx, rx) = tokio::sync::oneshot::channel();
                            mpsc.send(Req::Map(chunk.to_vec(), tx)).await.unwrap();
                            hs.extend(rx.await.unwrap());
                        }
                        for chunk in hs.chunks(batch) {
                            let (tx, rx) = tokio::sync::oneshot::channel();
                            mpsc.send(Req::Unmap(chunk.to_vec(), tx)).await.unwrap();
                            rx.await.unwrap();
                        }
                    })
                })
            },
        );
    }
    g.finish();
    drop(e);
}

fn percentile(v: &mut [Duration], p: f64) -> Duration {
    v.sort();
    v[((v.len() as f64 - 1.0) * p).round() as usize]
}

/// Latency of an event channel send alone and under a streaming batch; doorbells per op.
fn latency_report() {
    let rt = rt();
    let e = embedded();
    let (small, big) = rt.block_on(async {
        (
            kernel(&e, DOM1, 3, FastPath::Ring).await,
            kernel(&e, DOM2, 4, FastPath::Ring).await,
        )
    });
    // Both clients go through the ring only, so the event channel is set up on it too.
    let (port, _) = rt.block_on(interdomain(&small, DOM1, &big, DOM2));
    let measure = |n: usize| {
        rt.block_on(async {
            let mut v = Vec::with_capacity(n);
            for _ in 0..n {
                let t = Instant::now();
                small.call_ring::<SendOp>(&PortReq { port }).await.unwrap();
                v.push(t.elapsed());
            }
            v
        })
    };
    let mut alone = measure(2000);
    let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let s2 = stop.clone();
    let big2 = big.clone();
    let streamer = rt.spawn(async move {
        let es = entries(1024);
        let mut rounds = 0;
        while !s2.load(Ordering::Relaxed) {
            map_unmap(&big2, &es, 1024).await;
            rounds += 1;
        }
        rounds
    });
    let mut loaded = measure(2000);
    stop.store(true, Ordering::Relaxed);
    let rounds = rt.block_on(streamer).unwrap();
    println!("\nlatency of event_channel.send (ring, 2000 calls each):");
    println!(
        "  alone:                     p50 {:>8.1?}  p99 {:>8.1?}",
        percentile(&mut alone, 0.5),
        percentile(&mut alone, 0.99)
    );
    println!(
        "  while a batch streams:     p50 {:>8.1?}  p99 {:>8.1?}  ({rounds} x 1024-entry map+unmap rounds meanwhile)",
        percentile(&mut loaded, 0.5),
        percentile(&mut loaded, 0.99)
    );
    // Doorbells per op for each pattern.
    let per_op = |c: &Client, ops: u64, f: &dyn Fn()| {
        let d0 = c.stats().doorbells.load(Ordering::Relaxed);
        f();
        (c.stats().doorbells.load(Ordering::Relaxed) - d0) as f64 / ops as f64
    };
    let es = entries(512);
    let b512 = per_op(&big, 1024, &|| rt.block_on(map_unmap(&big, &es, 512)));
    let b8 = per_op(&big, 1024, &|| rt.block_on(map_unmap(&big, &es, 8)));
    let one = per_op(&big, 128, &|| {
        rt.block_on(one_by_one(&big, &es[..64], true))
    });
    println!("doorbells per op: batch 512 {b512:.4}, batch 8 {b8:.4}, unbatched {one:.3}");
}

fn report(_c: &mut Criterion) {
    latency_report();
}

criterion_group!(benches, throughput, report);

fn main() {
    benches();
    Criterion::default().configure_from_args().final_summary();
}
