//! End-to-end benchmarks of the guest client on the embedded reference hypervisor (host on
//! its own thread, guest and host sharing memory; real rings, real doorbells):
//!
//! - grant map+unmap pairs per second: batched through the ring (batch sizes 1, 8, 64, 512),
//!   unbatched through the ring (one call per entry), the FastABI register path, and as the
//!   baseline a plain in-process tokio mpsc request/response doing the same backend work;
//! - p50/p99 latency of a small op (event channel send) alone and while a large batch
//!   streams on another queue, and doorbells per op (printed after the criterion groups;
//!   criterion has no percentiles);
//! - the peers of that loaded row, in the same run: a busy-polling SPSC and a tokio mpsc
//!   request/response beside the same stream, and the same job (one server doing the batches'
//!   grant work and answering the small op) over a tokio mpsc;
//! - `parity`: batched and pipelined rounds against a tokio mpsc on either core, interleaved;
//! - `batch-stages`: one batch at a time, and with `--features probe` where its time goes.

use std::sync::atomic::Ordering;
use std::time::{Duration, Instant};

use criterion::{criterion_group, BenchmarkId, Criterion, Throughput};
use hvlink_codec::probe;
use hvlink_deploy::embedded::{Embedded, Options};
use hvlink_guest::client::{Client, FastPath};
use hvlink_host::serve::PollMode;
use hvlink_proto::event_channel::{PortReq, SendOp};
use hvlink_proto::grant_table::{
    BatchMode, MapEntry, MapGrantRef, MapMode, MapReplyForm, UnmapGrantRef,
};
use hvlink_refhv::fixtures;
use hvlink_tests::embedded::{interdomain, kernel, with_grants, DOM1, DOM2};
use hvlink_tests::grants::{
    direct_map, direct_unmap, grant_refs, host_map, map_batch, single_map, single_unmap,
    unmap_batch, unmap_of,
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

/// The embedded host, dom 1 granting 1024 refs to dom 2. `SLICE_US=N` in the environment sets
/// the host's time slice (`Config::slice`) to N µs, to compare slices in the same build.
fn embedded() -> Embedded {
    embedded_on(None)
}

/// [`embedded`] with the host thread pinned to `cpu`.
fn embedded_on(cpu: Option<usize>) -> Embedded {
    let mut o = Options {
        host_cpu: cpu,
        ..Options::default()
    };
    if let Some(us) = env_num("SLICE_US") {
        o.config.slice = Duration::from_micros(us);
    }
    with_grants(o, 1024)
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
    /// A small op with no backend work (the latency probe beside a stream of batches).
    Ping(u32, tokio::sync::oneshot::Sender<u32>),
}

/// [`map_unmap`] over the baseline's tokio mpsc: every entry mapped, then unmapped, in
/// batches of `batch`.
async fn mpsc_map_unmap(mpsc: &tokio::sync::mpsc::Sender<Req>, es: &[MapEntry], batch: usize) {
    let mut hs = Vec::with_capacity(es.len());
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
}

/// The baseline: the same backend work behind a tokio mpsc request/response, no codec.
fn mpsc_server(rt: &Runtime) -> tokio::sync::mpsc::Sender<Req> {
    mpsc_server_on(rt, None)
}

/// [`mpsc_server`] with its thread pinned to `cpu`.
fn mpsc_server_on(rt: &Runtime, cpu: Option<usize>) -> tokio::sync::mpsc::Sender<Req> {
    let (tx, mut rx) = tokio::sync::mpsc::channel::<Req>(1024);
    let mut hv = hypervisor(0, 16384);
    grant_refs(&mut hv, DOM1, DOM2, 0..1024);
    std::thread::spawn(move || {
        if let Some(cpu) = cpu {
            hvlink_deploy::affinity::pin_current_thread(cpu).unwrap();
        }
        let hrt = tokio::runtime::Builder::new_current_thread()
            .build()
            .unwrap();
        hrt.block_on(async move {
            let ctx = fixtures::kernel(DOM2);
            while let Some(req) = rx.recv().await {
                match req {
                    Req::Map(es, done) => {
                        let _ = done.send(direct_map(&mut hv, &ctx, &es));
                    }
                    Req::Unmap(hs, done) => {
                        direct_unmap(&mut hv, &ctx, &hs);
                        let _ = done.send(());
                    }
                    Req::Ping(x, done) => {
                        let _ = done.send(x + 1);
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
    for batch in [8usize, 64, 512] {
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
    for batch in [1usize, 8, 64, 512] {
        g.bench_with_input(
            BenchmarkId::new("tokio-mpsc", batch),
            &batch,
            |b, &batch| b.iter(|| rt.block_on(mpsc_map_unmap(&mpsc, &es, batch))),
        );
    }
    g.finish();
    drop(e);
}

fn percentile(v: &mut [Duration], p: f64) -> Duration {
    v.sort();
    v[((v.len() as f64 - 1.0) * p).round() as usize]
}

/// CPU time this process has used (every thread's), in nanoseconds.
fn cpu_ns() -> u64 {
    cpu_time::ProcessTime::now().as_duration().as_nanos() as u64
}

/// The least warm-up of a latency measure.
const WARM_UP: Duration = Duration::from_millis(300);

/// The least time a latency measure runs (`LAT_MS` in the environment, default 500 ms), past
/// its `n` calls. 4,000 fast calls take about 5 ms, less than one of the OS scheduler's time
/// slices: where the OS happened to put the threads in those milliseconds decided a loaded
/// p99 (runs were bimodal); half a second averages over its placements.
fn measure_for() -> Duration {
    Duration::from_millis(env_num("LAT_MS").unwrap_or(500))
}

/// A number from the environment (the benches' knobs), if set and valid.
fn env_num(name: &str) -> Option<u64> {
    std::env::var(name).ok().and_then(|v| v.parse().ok())
}

struct Lat {
    v: Vec<Duration>,
    cpu_per_op: Duration,
    /// Where the time went (`--features probe` only).
    stages: Option<String>,
}

impl Lat {
    /// One latency measurement: at least `n` calls of `f` and [`measure_for`], with the CPU
    /// the whole process used per call.
    fn run(n: usize, mut f: impl FnMut()) -> Lat {
        // Warm-up, at least WARM_UP long: lets an adaptive poller settle, a batch stream
        // reach its pace, and the scheduler place the threads (the first milliseconds of
        // calls show none of these).
        let w0 = Instant::now();
        let mut k = 0;
        while k < n / 10 || w0.elapsed() < WARM_UP {
            f();
            k += 1;
        }
        let c0 = cpu_ns();
        let t0 = Instant::now();
        let mut v = Vec::with_capacity(n);
        let at_least = measure_for();
        let mut stages = Stages::default();
        let tsc0 = probe::now();
        while v.len() < n || t0.elapsed() < at_least {
            let t = Instant::now();
            let start = probe::now();
            f();
            let end = probe::now();
            v.push(t.elapsed());
            stages.add(start, end);
        }
        let cpu = cpu_ns().saturating_sub(c0);
        let ticks_per_ns = (probe::now() - tsc0) as f64 / t0.elapsed().as_nanos() as f64;
        Lat {
            cpu_per_op: Duration::from_nanos(cpu / v.len() as u64),
            stages: stages.report(v.len(), ticks_per_ns),
            v,
        }
    }

    fn line(&mut self, label: &str) -> (Duration, Duration) {
        let (p50, p99) = (percentile(&mut self.v, 0.5), percentile(&mut self.v, 0.99));
        println!(
            "  {label:<44} p50 {:>8.1?}  p99 {:>8.1?}  CPU/op {:>8.1?}",
            p50, p99, self.cpu_per_op
        );
        if let Some(s) = &self.stages {
            println!("    {s}");
        }
        (p50, p99)
    }
}

/// Where a small op's round trip goes, stage by stage (`--features probe`; see
/// `hvlink_codec::probe`): the mean time between consecutive marks over the calls whose
/// marks came in order (a call with two round trips counts its last).
#[derive(Default)]
struct Stages {
    sum: [u64; probe::STAGES + 1],
    whole: usize,
}

impl Stages {
    /// What the segment ending at each stage is called (the last: from the caller's wait
    /// to the call's return), in stage order.
    const NAMES: [&'static str; probe::STAGES + 1] = [
        "call to enqueue",
        "reply slot",
        "encode+queue",
        "publish",
        "host sees it",
        "plan turn",
        "read+copy",
        "serve+publish",
        "guest sees+routes",
        "wait ends",
        "return",
    ];

    fn add(&mut self, start: u64, end: u64) {
        if !probe::ENABLED {
            return;
        }
        let s = probe::stamps();
        if !probe::in_order(start, &s, end) {
            return;
        }
        self.whole += 1;
        let mut last = start;
        for (i, &t) in s.iter().chain(std::iter::once(&end)).enumerate() {
            self.sum[i] += t - last;
            last = t;
        }
    }

    fn report(&self, calls: usize, ticks_per_ns: f64) -> Option<String> {
        if !probe::ENABLED || self.whole == 0 {
            return None;
        }
        let ns = |ticks: u64| ticks as f64 / ticks_per_ns / self.whole as f64;
        let parts: Vec<String> = Self::NAMES
            .iter()
            .zip(self.sum)
            .map(|(name, t)| format!("{name} {:.0}", ns(t)))
            .collect();
        Some(format!(
            "stages, ns ({} of {calls} calls in order): {}",
            self.whole,
            parts.join(" | ")
        ))
    }
}

/// The KVM payload's "ring batch 1" in process: a guest thread with a raw queue (no tokio
/// client: build in place, publish, spin on the reply ring) mapping one grant in a batch of
/// one and unmapping it, on the embedded host; the latency per op (half a pair).
fn bare_ring(n: usize) -> Lat {
    use hvlink_codec::Message;
    use hvlink_guest::ring::GuestQueue;
    use hvlink_proto::rt::{AttrSet, Op};
    const GPA: u64 = 48 << 20;
    const RING: u32 = 64 << 10;
    let e = embedded();
    let (mut q, _mem) = hvlink_tests::embedded::raw_queue(&e, DOM2, 9, GPA, RING, RING);
    let shared = e.shared().clone();
    let bell = move || shared.ring();
    let mut buf = vec![0u8; 65536];
    let mut seq = 0u32;
    let mut exchange = |q: &mut GuestQueue<_>,
                        build: &dyn Fn(
        &mut hvlink_codec::Builder<hvlink_codec::SliceSink<'_>>,
        u32,
    ) -> hvlink_codec::Result<usize>|
     -> Vec<u8> {
        seq = seq.wrapping_add(1);
        let s = seq;
        assert!(q
            .build_in_place(512, |b| build(b, s).map(|_| ()))
            .unwrap()
            .is_some());
        q.submit(&bell);
        loop {
            if let Some(n) = q.recv(&mut buf).unwrap() {
                q.release();
                return buf[..n].to_vec();
            }
            std::hint::spin_loop();
        }
    };
    let entry = host_map(DOM1, 7, 0x40_0000 + 7 * 4096);
    let mut pair = || {
        let rep = exchange(&mut q, &|b, s| {
            MapGrantRef::write_request(b, s, 0, &map_batch(MapMode::INDEPENDENT, &[entry]))
        });
        let m = Message::parse(&rep).unwrap();
        let r = <MapGrantRef as Op>::Reply::decode(m.genl().unwrap().1).unwrap();
        let MapReplyForm::Batch { entry: got } = r.form else {
            panic!("single reply to a batch")
        };
        let handle = got.iter().next().unwrap().handle.unwrap();
        exchange(&mut q, &|b, s| {
            UnmapGrantRef::write_request(b, s, 0, &unmap_batch(&[unmap_of(&entry, handle)]))
        });
    };
    let lat = Lat::run(n, &mut pair);
    // Per op: half a pair.
    Lat {
        v: lat.v.iter().map(|d| *d / 2).collect(),
        cpu_per_op: lat.cpu_per_op / 2,
        // (No client: the client's stages are not marked.)
        stages: None,
    }
}

/// A busy-polling SPSC request/response pair: two rtrb queues, a server thread that spins
/// answering `x` with `x + 1`, and the caller that spins for the answer. Stopped and joined
/// when dropped.
struct SpscEcho {
    req: rtrb::Producer<u32>,
    rep: rtrb::Consumer<u32>,
    stop: std::sync::Arc<std::sync::atomic::AtomicBool>,
    server: Option<std::thread::JoinHandle<()>>,
}

impl SpscEcho {
    /// The server thread runs on `server_cpus` (whatever the spawning thread is pinned to:
    /// a server on the caller's own CPU would measure the scheduler, not the round trip).
    fn new(capacity: usize, server_cpus: &[usize]) -> SpscEcho {
        let server_cpus = server_cpus.to_vec();
        let (req, mut req_rx) = rtrb::RingBuffer::<u32>::new(capacity);
        let (mut rep_tx, rep) = rtrb::RingBuffer::<u32>::new(capacity);
        let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
        let s2 = stop.clone();
        let server = std::thread::spawn(move || {
            hvlink_deploy::affinity::pin_current_thread_to(&server_cpus).unwrap();
            while !s2.load(Ordering::Relaxed) {
                if let Ok(x) = req_rx.pop() {
                    while rep_tx.push(x.wrapping_add(1)).is_err() {
                        std::hint::spin_loop();
                    }
                } else {
                    std::hint::spin_loop();
                }
            }
        });
        SpscEcho {
            req,
            rep,
            stop,
            server: Some(server),
        }
    }

    /// One round trip: `k` out, `k + 1` back.
    fn round_trip(&mut self, k: u32) {
        self.req.push(k).unwrap();
        loop {
            if let Ok(r) = self.rep.pop() {
                assert_eq!(r, k.wrapping_add(1));
                return;
            }
            std::hint::spin_loop();
        }
    }
}

impl Drop for SpscEcho {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
        if let Some(s) = self.server.take() {
            let _ = s.join();
        }
    }
}

/// A busy-polling SPSC request/response ([`SpscEcho`]): the floor of a cross-core round trip
/// on this machine.
fn spsc_floor(n: usize) -> Lat {
    let all: Vec<usize> = (0..hvlink_deploy::affinity::available()).collect();
    let mut echo = SpscEcho::new(64, &all);
    let mut k = 0u32;
    Lat::run(n, || {
        echo.round_trip(k);
        k = k.wrapping_add(1);
    })
}

/// The machine's cross-core round trip now: the median of 20,000 busy-polling SPSC round
/// trips (a few milliseconds). This VM's speed changes by about 2x within minutes, in the
/// transfers between its cores (BENCHMARKS §11, stop 24); printed beside the latency rows, it
/// tells which state each row was measured in (about 0.12 us fast, 0.5-0.6 us slow).
/// Its server runs on `server_cpus`: in the pinned mode, the host's CPU (the caller's is its
/// own).
fn floor_now(server_cpus: &[usize]) -> Duration {
    let mut echo = SpscEcho::new(4, server_cpus);
    let mut v = Vec::with_capacity(20_000);
    for k in 0..22_000u32 {
        let t = Instant::now();
        echo.round_trip(k);
        if k >= 2_000 {
            v.push(t.elapsed());
        }
    }
    percentile(&mut v, 0.5)
}

/// A tokio mpsc request/response to a server task on its own thread (a oneshot back).
fn mpsc_small(rt: &Runtime, n: usize) -> Lat {
    let (tx, mut rx) = tokio::sync::mpsc::channel::<(u32, tokio::sync::oneshot::Sender<u32>)>(64);
    let server = std::thread::spawn(move || {
        tokio::runtime::Builder::new_current_thread()
            .build()
            .unwrap()
            .block_on(async move {
                while let Some((x, done)) = rx.recv().await {
                    let _ = done.send(x + 1);
                }
            })
    });
    let lat = Lat::run(n, || {
        rt.block_on(async {
            let (otx, orx) = tokio::sync::oneshot::channel();
            tx.send((7, otx)).await.unwrap();
            assert_eq!(orx.await.unwrap(), 8);
        })
    });
    drop(tx);
    server.join().unwrap();
    lat
}

/// The same job done with a tokio mpsc: one server thread doing the same grant work for a
/// stream of 1024-entry map and unmap batches and answering a small request beside it (the
/// latency probe), as the ring's host does. Returns the probe alone and while the batches
/// stream, and the rounds streamed.
fn mpsc_shared_server(rt: &Runtime, n: usize) -> (Lat, Lat, u64) {
    let mpsc = mpsc_server(rt);
    let ping = |tx: &tokio::sync::mpsc::Sender<Req>| {
        rt.block_on(async {
            let (otx, orx) = tokio::sync::oneshot::channel();
            tx.send(Req::Ping(7, otx)).await.unwrap();
            assert_eq!(orx.await.unwrap(), 8);
        })
    };
    let alone = Lat::run(n, || ping(&mpsc));
    let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let s2 = stop.clone();
    let tx = mpsc.clone();
    let streamer = rt.spawn(async move {
        let es = entries(1024);
        let mut rounds = 0u64;
        while !s2.load(Ordering::Relaxed) {
            mpsc_map_unmap(&tx, &es, 1024).await;
            rounds += 1;
        }
        rounds
    });
    let loaded = Lat::run(n, || ping(&mpsc));
    stop.store(true, Ordering::Relaxed);
    let rounds = rt.block_on(streamer).unwrap();
    (alone, loaded, rounds)
}

/// How the ring's two ends wait for each other in one measurement.
#[derive(Clone, Copy)]
struct Mode {
    label: &'static str,
    host: PollMode,
    client_poll: Duration,
    /// Threads pinned: the caller on CPU 0; the host thread and the streaming domain's on
    /// CPU 1 (the latency-sensitive domain has a core of its own).
    pinned: bool,
    /// Also measure the peers (busy-polling SPSC, tokio mpsc) while the same batch streams.
    peers_loaded: bool,
}

const MODES: [Mode; 4] = [
    Mode {
        label: "polling (default: adaptive host, caller polls)",
        host: PollMode::Adaptive {
            max: Duration::from_micros(200),
        },
        client_poll: Duration::from_micros(50),
        pinned: false,
        peers_loaded: true,
    },
    Mode {
        label: "polling, pinned: caller on CPU 0, host and streamer on CPU 1",
        host: PollMode::Adaptive {
            max: Duration::from_micros(200),
        },
        client_poll: Duration::from_micros(50),
        pinned: true,
        peers_loaded: false,
    },
    Mode {
        label: "before: host polls 50 us, reply task wakes caller",
        host: PollMode::Fixed(Duration::from_micros(50)),
        client_poll: Duration::ZERO,
        pinned: false,
        peers_loaded: false,
    },
    Mode {
        label: "interrupts only (no polling either side)",
        host: PollMode::Interrupt,
        client_poll: Duration::ZERO,
        pinned: false,
        peers_loaded: false,
    },
];

/// Latency of a small op (event channel send) on the ring with each way of waiting, alone
/// and while another domain streams 1024-entry batches; one grant map+unmap per call; the
/// peers (register call, tokio mpsc, busy-polling SPSC) in the same run; the CPU per op.
fn latency_report() {
    const N: usize = 4000;
    let rt = rt();
    println!(
        "\nlatency of one small op (event_channel.send), at least {N} calls and {:?} each, CPU/op = whole process:",
        measure_for()
    );
    // Counted before any pinning (which narrows what this thread sees).
    let cpus = hvlink_deploy::affinity::available();
    // `LAT_MODES=0,1`: only those rows of MODES (and no peers) — to look at one closely.
    let only: Option<Vec<usize>> = std::env::var("LAT_MODES")
        .ok()
        .map(|v| v.split(',').filter_map(|m| m.parse().ok()).collect());
    for (i, mode) in MODES.into_iter().enumerate() {
        if only.as_ref().is_some_and(|o| !o.contains(&i)) {
            continue;
        }
        if mode.pinned && cpus < 2 {
            println!(" ring, {}: skipped (one CPU)", mode.label);
            continue;
        }
        let e = embedded_on(mode.pinned.then_some(1));
        e.shared().set_poll_mode(mode.host);
        // The caller's thread (this one) and the runtime's worker (the streaming domain's
        // tasks): pinned, or free to go anywhere.
        let all: Vec<usize> = (0..cpus).collect();
        let (caller_cpus, worker_cpus) = if mode.pinned {
            (vec![0], vec![1])
        } else {
            (all.clone(), all)
        };
        hvlink_deploy::affinity::pin_current_thread_to(&caller_cpus).unwrap();
        let floor_cpus = worker_cpus.clone();
        rt.block_on(async {
            tokio::spawn(async move {
                hvlink_deploy::affinity::pin_current_thread_to(&worker_cpus).unwrap()
            })
            .await
            .unwrap()
        });
        let client = |dom, q| {
            let mut cfg = hvlink_tests::embedded::config(
                q,
                hvlink_codec::ring::QueueKind::Kernel,
                FastPath::Ring,
            );
            cfg.poll = mode.client_poll;
            // `HV_POLL_US=N`: the callers' poll window in the polling modes (default 50);
            // `HV_SPIN_US=N`: a small request's spin before it sleeps (the client's default
            // otherwise, `client::Config::spin`).
            if !cfg.poll.is_zero() {
                if let Some(us) = env_num("HV_POLL_US") {
                    cfg.poll = Duration::from_micros(us);
                }
                if let Some(us) = env_num("HV_SPIN_US") {
                    cfg.spin = Duration::from_micros(us);
                }
            }
            e.client(dom, cfg)
        };
        let (small, big) = rt.block_on(async {
            (
                client(DOM1, 3).await.unwrap(),
                client(DOM2, 4).await.unwrap(),
            )
        });
        let (port, _) = rt.block_on(interdomain(&small, DOM1, &big, DOM2));
        println!(
            " ring, {} (machine: cross-core round trip {:?}):",
            mode.label,
            floor_now(&floor_cpus)
        );
        let m0 = e.shared().metrics().snapshot();
        let s0 = small.stats().poll_ns.load(Ordering::Relaxed);
        let c0 = small.stats().calls.load(Ordering::Relaxed);
        let mut alone = Lat::run(N, || {
            rt.block_on(small.call_ring::<SendOp>(&PortReq { port }))
                .unwrap();
        });
        let m1 = e.shared().metrics().snapshot();
        let s1 = small.stats().poll_ns.load(Ordering::Relaxed);
        alone.line("alone");
        // Per call made (the warm-up's included: the counters ran through it too).
        let calls = (small.stats().calls.load(Ordering::Relaxed) - c0).max(1);
        let per = |a: u64, b: u64| Duration::from_nanos((b - a) / calls);
        println!(
            "    polling per op: host {:>8.1?} (window now {:?}, {} parks, {} hits, {} doorbells, {} interrupts), caller {:>8.1?} ({} found by polling, {} not)",
            per(m0.poll_ns, m1.poll_ns),
            Duration::from_nanos(m1.poll_window_ns),
            m1.parks - m0.parks,
            m1.poll_hits - m0.poll_hits,
            m1.doorbells - m0.doorbells,
            m1.interrupts - m0.interrupts,
            per(s0, s1),
            small.stats().polled.load(Ordering::Relaxed),
            small.stats().poll_misses.load(Ordering::Relaxed),
        );
        // Idle: what the process burns with nothing to do for 100 ms.
        let c0 = cpu_ns();
        std::thread::sleep(Duration::from_millis(100));
        println!(
            "    idle: {:.1}% of a core",
            (cpu_ns() - c0) as f64 / 100e6 * 100.0
        );
        let big0 = client_counts(&big);
        let early0 = big.stats().parts_early.load(Ordering::Relaxed);
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
        let mut loaded = Lat::run(N, || {
            rt.block_on(small.call_ring::<SendOp>(&PortReq { port }))
                .unwrap();
        });
        // The peers under the same load (default mode only): what any request/response
        // between two threads gets beside the streaming domain on these cores.
        let peers =
            (mode.peers_loaded && only.is_none()).then(|| (spsc_floor(N), mpsc_small(&rt, N)));
        stop.store(true, Ordering::Relaxed);
        let rounds = rt.block_on(streamer).unwrap();
        loaded.line(&format!(
            "while a batch streams ({rounds} x 1024 map+unmap)"
        ));
        // What the streaming domain's caller did per round (two requests): replies found by
        // polling, sleeps on the interrupt, parts read as they came.
        let big1 = client_counts(&big);
        let per_round = |a: u64, b: u64| (b - a) as f64 / rounds.max(1) as f64;
        println!(
            "    streaming caller per round: polled {:.2}, poll misses {:.2}, sleeps {:.2}, parts read early {:.2}",
            per_round(big0[0], big1[0]),
            per_round(big0[1], big1[1]),
            per_round(big0[2], big1[2]),
            per_round(early0, big.stats().parts_early.load(Ordering::Relaxed)),
        );
        if mode.peers_loaded && only.is_none() {
            // Another domain's vCPUs making register calls back to back: ones that need the
            // host lock (`control.ping`, the engine's own family, never served without it:
            // the lock the serving loop takes for each queue's turn is theirs between
            // turns), then ones served without it (`version.version`), which take the same
            // CPU and no lock: the difference is the lock's.
            use hvlink_proto::control::{Ping, PingMsg};
            use hvlink_proto::rt::{Empty, FastAbi};
            use hvlink_proto::version::Version;
            for (regs, what) in [
                (
                    Ping::to_regs(&PingMsg { cookie: 7 }).unwrap(),
                    "locked control.ping",
                ),
                (
                    Version::to_regs(&Empty).unwrap(),
                    "unlocked version.version",
                ),
            ] {
                let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
                let vcpus: Vec<_> = (0..2)
                    .map(|_| {
                        let (shared, stop) = (e.shared().clone(), stop.clone());
                        std::thread::spawn(move || {
                            let mut n = 0u64;
                            while !stop.load(Ordering::Relaxed) {
                                let mut r = regs;
                                shared.register_call(DOM2, &mut r, Duration::from_secs(5));
                                n += 1;
                            }
                            n
                        })
                    })
                    .collect();
                let mut flooded = Lat::run(N, || {
                    rt.block_on(small.call_ring::<SendOp>(&PortReq { port }))
                        .unwrap();
                });
                stop.store(true, Ordering::Relaxed);
                let calls: u64 = vcpus.into_iter().map(|t| t.join().unwrap()).sum();
                flooded.line(&format!(
                    "while another domain's 2 vCPUs make register calls ({calls} {what})"
                ));
            }
        }
        if let Some((mut spsc, mut mpsc)) = peers {
            spsc.line("  peer, same load: busy-polling SPSC, rtrb");
            mpsc.line("  peer, same load: tokio mpsc request/response");
            // The same job over a tokio mpsc: one server for the small op and the batches.
            let (mut alone, mut loaded, rounds) = mpsc_shared_server(&rt, N);
            alone.line("  peer, same job: tokio mpsc, small op alone");
            loaded.line(&format!(
                "  peer, same job: tokio mpsc, while its batches stream ({rounds} x 1024)"
            ));
        }
        println!(
            "    longest hold of the host by one queue's phase: {:?} (slice {:?})",
            Duration::from_nanos(e.shared().metrics().snapshot().slice_max_ns),
            e.shared().host().config().slice
        );
        // One grant map+unmap per call (the pair's time), the machine's state just before.
        let floor = floor_now(&floor_cpus);
        let es = entries(64);
        let mut i = 0;
        let mut pair = Lat::run(1000, || {
            let e = &es[i % es.len()..][..1];
            i += 1;
            rt.block_on(one_by_one(&big, e, true));
        });
        pair.line(&format!(
            "one grant map+unmap per call, per pair (machine: {floor:?})"
        ));
        drop((small, big));
    }
    if only.is_some() {
        return;
    }
    // The peers, in the same run.
    println!(" peers:");
    {
        let e = embedded();
        let (small, big) = rt.block_on(async {
            (
                kernel(&e, DOM1, 3, FastPath::Registers).await,
                kernel(&e, DOM2, 4, FastPath::Registers).await,
            )
        });
        let (port, _) = rt.block_on(interdomain(&small, DOM1, &big, DOM2));
        Lat::run(N, || {
            rt.block_on(small.call::<SendOp>(&PortReq { port }))
                .unwrap();
        })
        .line("register call (in process: a function call)");
    }
    bare_ring(N).line("bare ring, grant map+unmap batch of 1, per op (no client)");
    mpsc_small(&rt, N).line("tokio mpsc request/response (no backend work)");
    spsc_floor(N).line("busy-polling SPSC, rtrb (the floor)");
    // Doorbells per op for each pattern (default modes).
    let e = embedded();
    let big = rt.block_on(kernel(&e, DOM2, 4, FastPath::Ring));
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

/// Batched (and pipelined) against the tokio mpsc, interleaved: a round of the ring, then
/// one of each mpsc, in turn, so that all see the same machine (this 2-vCPU VM's speed drifts
/// by up to 2x within minutes, and criterion measures one row after another). Placement is
/// fixed: the caller on CPU 0, the ring's host on CPU 1; one mpsc server on CPU 1 as well
/// (across cores, like the ring), one on CPU 0, the caller's own core, where each request is
/// a hand-over between two threads of one core with the batch still in its cache. Which of
/// the two an unpinned mpsc gets is the OS's choice, and it changes the mpsc's time by 2-3x.
/// Prints each side's median, the ratio of the medians, and how many rounds the ring won.
fn parity_report() {
    let cpus = hvlink_deploy::affinity::available();
    if cpus < 2 {
        println!("\nbatched vs tokio mpsc: needs two CPUs, this machine has {cpus}");
        return;
    }
    let rt = rt();
    let e = embedded_on(Some(env_num("PARITY_HOST_CPU").unwrap_or(1) as usize));
    let mut cfg =
        hvlink_tests::embedded::config(5, hvlink_codec::ring::QueueKind::Kernel, FastPath::Ring);
    if let Some(us) = env_num("POLL_US") {
        cfg.poll = Duration::from_micros(us);
    }
    let ring = rt.block_on(e.client(DOM2, cfg)).unwrap();
    let across = mpsc_server_on(&rt, Some(1));
    let same = mpsc_server_on(&rt, Some(0));
    hvlink_deploy::affinity::pin_current_thread(0).unwrap();
    let es = entries(512);
    // `PARITY_SKIP=1` leaves out the mpsc across cores, `2` the one on the caller's core, `3`
    // both (the ring alone): what the other sides' rounds between the ring's cost it (the
    // host's poller parks through a pause it cannot poll, and the next round begins with a
    // doorbell).
    let skip = env_num("PARITY_SKIP").unwrap_or(0);
    println!(
        "\nbatched vs tokio mpsc, the same batches (map+unmap of 512 entries), rounds interleaved;\n\
         caller on CPU 0, ring host on CPU 1; mpsc server on CPU 1 (across) or CPU 0 (same core):"
    );
    println!(
        "  {:<14} {:>6} {:>10} {:>13} {:>8} {:>8} {:>12} {:>8} {:>8}",
        "ring path",
        "rounds",
        "ring p50",
        "mpsc across",
        "ratio",
        "ring won",
        "mpsc same",
        "ratio",
        "ring won"
    );
    for (pipelined, batch, rounds) in [
        (false, 8usize, 60usize),
        (false, 64, 200),
        (false, 512, 800),
        (true, 8, 60),
        (true, 64, 200),
        (true, 512, 800),
    ] {
        let ring_round = || {
            if pipelined {
                rt.block_on(map_unmap_pipelined(&ring, &es, batch))
            } else {
                rt.block_on(map_unmap(&ring, &es, batch))
            }
        };
        let timed = |f: &dyn Fn()| {
            let t0 = Instant::now();
            f();
            t0.elapsed()
        };
        let hm = e.shared().metrics();
        let (h0, c0) = (hm.snapshot(), client_counts(&ring));
        let mut t: [Vec<Duration>; 3] = Default::default();
        // Warm-up: a tenth of the rounds, every side.
        for k in 0..rounds + rounds / 10 {
            // A side skipped (`PARITY_SKIP`) counts as a second: its columns say nothing.
            let side = |bit: u64, server: &tokio::sync::mpsc::Sender<Req>| {
                if skip & bit == 0 {
                    timed(&|| rt.block_on(mpsc_map_unmap(server, &es, batch)))
                } else {
                    Duration::from_secs(1)
                }
            };
            let r = [timed(&ring_round), side(1, &across), side(2, &same)];
            if k >= rounds / 10 {
                for (v, d) in t.iter_mut().zip(r) {
                    v.push(d);
                }
            }
        }
        let won = |m: usize| {
            let n = t[0].iter().zip(&t[m]).filter(|(r, o)| r < o).count();
            100.0 * n as f64 / rounds as f64
        };
        let (wa, ws) = (won(1), won(2));
        if std::env::var_os("PARITY_STATS").is_some() {
            let (h1, c1) = (hm.snapshot(), client_counts(&ring));
            let n = (rounds + rounds / 10) as f64;
            println!(
                "    per ring round: host messages {:.1}, parks {:.2}, poll hits {:.2}, doorbells {:.2}, preemptions {:.2}; \
                 caller polled {:.2}, poll misses {:.2}, sleeps {:.2}, yields {:.1}",
                (h1.messages - h0.messages) as f64 / n,
                (h1.parks - h0.parks) as f64 / n,
                (h1.poll_hits - h0.poll_hits) as f64 / n,
                (h1.doorbells - h0.doorbells) as f64 / n,
                (h1.preemptions - h0.preemptions) as f64 / n,
                (c1[0] - c0[0]) as f64 / n,
                (c1[1] - c0[1]) as f64 / n,
                (c1[2] - c0[2]) as f64 / n,
                (c1[3] - c0[3]) as f64 / n,
            );
        }
        let [r, a, s] = t.each_mut().map(|v| percentile(v, 0.5));
        let ratio = |o: Duration| o.as_secs_f64() / r.as_secs_f64();
        println!(
            "  {:<14} {:>6} {:>10.1?} {:>13.1?} {:>7.2}x {:>7.0}% {:>12.1?} {:>7.2}x {:>7.0}%",
            format!(
                "{} {batch}",
                if pipelined { "pipelined" } else { "batched" }
            ),
            rounds,
            r,
            a,
            ratio(a),
            wa,
            s,
            ratio(s),
            ws
        );
    }
    let all: Vec<usize> = (0..cpus).collect();
    hvlink_deploy::affinity::pin_current_thread_to(&all).unwrap();
    drop(e);
}

/// The client's polled, poll-miss, sleep and yield counters.
fn client_counts(c: &Client) -> [u64; 4] {
    let s = c.stats();
    [&s.polled, &s.poll_misses, &s.sleeps, &s.yields].map(|a| a.load(Ordering::Relaxed))
}

/// Whether the report named `name` runs: unless a name filter that does not match it was
/// given (so that `cargo bench --bench e2e -- ring-batched` measures only that).
fn wanted(name: &str) -> bool {
    !std::env::args()
        .skip(1)
        .any(|a| !a.starts_with('-') && a.parse::<f64>().is_err() && !name.contains(a.as_str()))
}

fn report(_c: &mut Criterion) {
    if wanted("latency") {
        latency_report();
    }
    if wanted("parity") {
        parity_report();
    }
    if wanted("batch-stages") {
        batch_stages_report();
    }
}

/// One grant map batch and its unmap batch at a time (`BATCH=N` entries, default 512),
/// caller on CPU 0 and host on CPU 1, the median of each; with `--features probe`, where
/// each one's time goes, stage by stage (as the latency report shows for a small op):
///
/// ```text
/// cargo bench -p hvlink-tests --bench e2e --features probe -- batch-stages
/// ```
fn batch_stages_report() {
    const ROUNDS: usize = 2000;
    if hvlink_deploy::affinity::available() < 2 {
        println!("\none batch at a time: needs two CPUs");
        return;
    }
    let rt = rt();
    let e = embedded_on(Some(1));
    let mut cfg =
        hvlink_tests::embedded::config(5, hvlink_codec::ring::QueueKind::Kernel, FastPath::Ring);
    if let Some(us) = env_num("POLL_US") {
        cfg.poll = Duration::from_micros(us);
    }
    let ring = rt.block_on(e.client(DOM2, cfg)).unwrap();
    hvlink_deploy::affinity::pin_current_thread(0).unwrap();
    let n = env_num("BATCH").unwrap_or(512).clamp(1, 1024) as usize;
    let es = entries(n);
    let (mut sm, mut su) = (Stages::default(), Stages::default());
    let (mut tm, mut tu) = (Vec::new(), Vec::new());
    let hm = e.shared().metrics();
    let (h0, c0) = (hm.snapshot(), client_counts(&ring));
    let t0 = Instant::now();
    let tsc0 = probe::now();
    for _ in 0..ROUNDS {
        let a = probe::now();
        let t = Instant::now();
        let r = rt
            .block_on(ring.grant_map(&es, MapMode::INDEPENDENT))
            .unwrap();
        tm.push(t.elapsed());
        sm.add(a, probe::now());
        let un: Vec<_> = r
            .iter()
            .zip(&es)
            .map(|(e, m)| unmap_of(m, e.handle.unwrap()))
            .collect();
        let a = probe::now();
        let t = Instant::now();
        rt.block_on(ring.grant_unmap(&un, BatchMode::INDEPENDENT))
            .unwrap();
        tu.push(t.elapsed());
        su.add(a, probe::now());
    }
    let tpn = (probe::now() - tsc0) as f64 / t0.elapsed().as_nanos() as f64;
    let (h1, c1) = (hm.snapshot(), client_counts(&ring));
    let per = |a: u64, b: u64| (a - b) as f64 / (2 * ROUNDS) as f64;
    println!("\none batch of {n} entries at a time, caller on CPU 0, host on CPU 1:");
    println!(
        "  per batch: host reply messages {:.2}, preemptions {:.2}, validated apart {:.2}, parks {:.2}; \
         caller polled {:.2}, sleeps {:.2}, yields {:.1}",
        per(h1.replies, h0.replies),
        per(h1.preemptions, h0.preemptions),
        per(h1.checked_apart, h0.checked_apart),
        per(h1.parks, h0.parks),
        per(c1[0], c0[0]),
        per(c1[2], c0[2]),
        per(c1[3], c0[3]),
    );
    for (label, t, s) in [("map", &mut tm, &sm), ("unmap", &mut tu, &su)] {
        println!("  {label:<5} p50 {:>8.1?}", percentile(t, 0.5));
        if let Some(s) = s.report(ROUNDS, tpn) {
            println!("    {s}");
        }
    }
    let all: Vec<usize> = (0..hvlink_deploy::affinity::available()).collect();
    hvlink_deploy::affinity::pin_current_thread_to(&all).unwrap();
    drop(e);
}

criterion_group!(benches, throughput, report);

fn main() {
    benches();
    Criterion::default().configure_from_args().final_summary();
}
