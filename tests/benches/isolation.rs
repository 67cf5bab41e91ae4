//! Isolation between domains on the embedded reference hypervisor (host on its own thread,
//! register calls a function call into it, as a vCPU's trap would be): domain 1's
//! register-call latency, straight through
//! [`Shared::register_call`](hvlink_host::serve::Shared::register_call), for calls served
//! without the host lock (`version.version`, `event_channel.send`,
//! `vcpu.set_singleshot_timer` an hour ahead, `vcpu.set_periodic_timer` 1 ms, whose near
//! deadline rings a parked serving loop, `grant_table.query_size` of domain 1's own table,
//! whose lock domain 2's flood of batches takes for runs of entries, and a grant
//! `map_grant_ref` + `unmap_grant_ref` pair of a grant of domain 2, which takes the locks
//! the flood does not, `memory.current_reservation`, under the domain's reservation lock,
//! and the control domain's `domctl.getdomaininfo` of domain 2, a toolstack's poll) and one
//! still served under it (`control.ping`, the engine's own family, served by the thread
//! that serves the rings: what a guest's `sched.shutdown`, a toolstack's lifecycle changes
//! and every ring call wait for too),
//! measured in the same run
//!
//! 1. alone (nothing else running);
//! 2. while domain 2 floods several queues with 1024-entry grant map+unmap batches, each
//!    queue streaming them as fast as the host takes them (guest clients);
//! 3. while domain 2 floods many queues with NOOP padding (raw guest queues whose request
//!    rings hold nothing but 16-byte NOOP messages, republished as fast as the host consumes
//!    them: the most ring messages per byte, so the most host work per byte of budget);
//! 4. with a neighbour that only computes (bursts of 100 µs, naps of 50 µs) and does no host
//!    work, on domain 1's CPU when the guests are pinned: the part of the flood rows that is
//!    the scheduler's, not the host's.
//!
//! Before the report it prints what the machine takes from a thread that spins alone on each
//! CPU (gaps between two clock reads: interrupts, the hypervisor's own work), the floor under
//! any latency that needs a second thread.
//!
//! Criterion times each case with calls back to back (the cost of one call, and what a
//! domain that does nothing but register calls gets). The percentiles (criterion has none) are
//! taken over up to [`CALLS`] *paced* calls per case, [`GAP`] of sleep before each, as a
//! well-behaved domain makes them: each arrives at a random point of the host's work instead
//! of queueing right behind the previous one (a back-to-back caller re-takes the host lock
//! right after letting it go, often before the woken server thread gets it, so it mostly
//! measures its own loop, and slows the flood). p50/p99/p99.9/max and each flood's p99 over
//! the p99 alone are printed after the criterion groups, with the flood's rate while criterion
//! hammered and while the paced calls ran; then the same with the host's per-queue turn made
//! 16 times smaller (budget 64 entries, byte budget 16 KiB), to show how the latency under a
//! flood follows the length of one queue's turn.

use std::sync::atomic::{AtomicBool, AtomicU32, AtomicU64, AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use criterion::{criterion_group, Criterion};
use hvlink_codec::ring::{Doorbell, QueueKind, RingLayout, SharedMem};
use hvlink_codec::MessageType;
use hvlink_deploy::embedded::{Embedded, EmbeddedShared, Options};
use hvlink_deploy::remote::{self, Limits, Sockets};
use hvlink_guest::client::transport::Transport;
use hvlink_guest::client::{self, unix, Client, FastPath};
use hvlink_guest::ring::raw::RawMem;
use hvlink_host::dispatch::RegOutcome;
use hvlink_host::server::Config;
use hvlink_proto::control::{Ping, PingMsg};
use hvlink_proto::domctl::{Getdomaininfo, QueryReq};
use hvlink_proto::event_channel::{PortReq, SendOp};
use hvlink_proto::grant_table::{BatchMode, GntmapFlags, MapEntry, MapMode, UnmapEntry};
use hvlink_proto::grant_table::{
    DomReq, MapGrantRef, MapReplyForm, MapReq, MapReqForm, QuerySize, UnmapGrantRef, UnmapReq,
    UnmapReqForm,
};
use hvlink_proto::memory::CurrentReservation;
use hvlink_proto::rt::{Empty, FastAbi, Regs, DOMID_SELF};
use hvlink_proto::vcpu::{
    PeriodicTimerReq, SetPeriodicTimer, SetSingleshotTimer, SingleshotFlags, SingleshotTimerReq,
};
use hvlink_proto::version::Version;

const DOM1: u16 = 1;
const DOM2: u16 = 2;
/// Calls per case for the percentiles (fewer if [`COLLECT_FOR`] runs out first).
const CALLS: usize = 20_000;
/// At most this long collecting percentiles per case.
const COLLECT_FOR: Duration = Duration::from_secs(8);
/// Sleep before each paced call (the thread wakes some tens of microseconds later).
const GAP: Duration = Duration::from_micros(20);
/// Domain 2's queues streaming grant batches.
const BATCH_QUEUES: u16 = 4;
/// Batch streams per queue (each its own 1024 grant refs, one batch in flight). More than one
/// lets the guest prepare a batch while the host works on another, but on 2 shared cores the
/// busier guest thread then mostly competes with the host and domain 1 for CPU (tried: 2
/// streams ran fewer entries per second, with a worse p99).
const STREAMS: u16 = 1;
/// Entries per batch message.
const BATCH: usize = 1024;
/// Domain 2's queues flooded with NOOP padding.
const NOOP_QUEUES: u16 = 8;
/// Request ring of a NOOP queue: 8 default byte budgets, so a queue always has more padding
/// waiting than one turn may consume even when the flooding thread is scheduled late.
const NOOP_RING: u32 = 1 << 21;
/// The NOOP message: a bare header (the most messages per byte).
const NOOP_LEN: usize = 16;
/// Where the raw NOOP queues live in domain 2's memory (the clients' queues are placed
/// from 16 MiB up by the embedded deployment, 2 MiB here; these start above them).
const NOOP_GPA: u64 = 24 << 20;

/// The CPU the guest threads (domain 1's caller, domain 2's flood) are pinned to while the
/// host thread has the other one to itself (`usize::MAX`: nobody is pinned).
static GUEST_CPU: AtomicUsize = AtomicUsize::new(usize::MAX);

/// Pin the calling guest thread as [`GUEST_CPU`] says.
fn pin_guest() {
    let cpu = GUEST_CPU.load(Ordering::Relaxed);
    if cpu != usize::MAX {
        hvlink_deploy::affinity::pin_current_thread(cpu).unwrap();
    }
}

fn embedded(config: Config, host_cpu: Option<usize>) -> Embedded {
    let e = Embedded::start(Options {
        config,
        host_cpu,
        ..Options::default()
    })
    .unwrap();
    e.with_hv(|hv| {
        for r in 0..u32::from(BATCH_QUEUES * STREAMS) * BATCH as u32 {
            hv.grant_access(DOM1, r, DOM2, 0x100 + u64::from(r), false)
                .unwrap();
        }
        // Domain 2's ref 0 granted to domain 1, for `grant_pair_call`.
        hv.grant_access(DOM2, 0, DOM1, 0x100, false).unwrap();
        // An event channel from domain 1 to domain 2, for `send_call`.
        let (p1, _) = hvlink_tests::embedded::channel(hv, DOM1, DOM2);
        SEND_PORT.store(p1, Ordering::Relaxed);
    });
    e
}

/// Domain 1's register call `regs`, which must succeed (`what` names it if it does not).
fn domain1_call(shared: &EmbeddedShared, mut regs: Regs, what: &str) {
    let out = shared.register_call(DOM1, &mut regs, Duration::from_secs(5));
    assert_eq!(out, RegOutcome::Done);
    assert_eq!(regs.rax, 0, "{what} failed");
}

/// One `version.version` by register from domain 1: served on the caller's thread, without
/// the host lock (the reference hypervisor's `unlocked` part).
fn version_call(shared: &EmbeddedShared) {
    let regs = Version::to_regs(&Empty).unwrap();
    domain1_call(shared, regs, "version.version");
}

/// Domain 1's end of an event channel to domain 2 (set up by [`embedded`]).
static SEND_PORT: AtomicU32 = AtomicU32::new(0);

/// One `event_channel.send` by register from domain 1 to domain 2 (whose port stays
/// pending, so no upcall after the first): served without the host lock, under the two
/// domains' port locks.
fn send_call(shared: &EmbeddedShared) {
    let port = SEND_PORT.load(Ordering::Relaxed);
    let regs = SendOp::to_regs(&PortReq { port }).unwrap();
    domain1_call(shared, regs, "event_channel.send");
}

/// One `vcpu.set_singleshot_timer` of domain 1's vCPU 0 by register, an hour ahead (what a
/// guest kernel does on every idle entry): served without the host lock, under the
/// domain's vCPU lock.
fn timer_call(shared: &EmbeddedShared) {
    let regs = SetSingleshotTimer::to_regs(&SingleshotTimerReq {
        vcpu: 0,
        timeout_abs_ns: 3_600_000_000_000,
        flags: SingleshotFlags(0),
    })
    .unwrap();
    domain1_call(shared, regs, "vcpu.set_singleshot_timer");
}

/// One `vcpu.set_periodic_timer` of domain 1's vCPU 0 by register, 1 ms (the shortest): the
/// host arms it one period from now, a deadline nearer than a parked serving loop's own
/// wake-up, so the call rings the loop when it is parked, as a guest arming its next tick
/// does. (Re-armed every call, it never fires.)
fn near_timer_call(shared: &EmbeddedShared) {
    let regs = SetPeriodicTimer::to_regs(&PeriodicTimerReq {
        vcpu: 0,
        period_ns: 1_000_000,
    })
    .unwrap();
    domain1_call(shared, regs, "vcpu.set_periodic_timer");
}

/// One `grant_table.query_size` of domain 1's own table by register: served without the
/// host lock, under the table's lock, which domain 2's grant batches take too (they map
/// domain 1's grants), for runs of at most `hvlink_refhv::grant::RUN_PER_LOCK` entries.
fn query_call(shared: &EmbeddedShared) {
    let regs = QuerySize::to_regs(&DomReq { dom: DOMID_SELF }).unwrap();
    domain1_call(shared, regs, "grant_table.query_size");
}

/// Guest-physical address at which [`grant_pair_call`] maps the grant.
const PAIR_AT: u64 = 0x10_0000;

/// One `grant_table.map_grant_ref` of domain 2's ref 0 by register, then its
/// `unmap_grant_ref` (two calls, timed together: what a backend does per request without a
/// ring): served without the host lock, under domain 1's maptrack lock and domain 2's table
/// lock, which the floods do not take.
fn grant_pair_call(shared: &EmbeddedShared) {
    let mut regs = MapGrantRef::to_regs(&MapReq {
        form: MapReqForm::Single {
            dom: DOM2,
            r#ref: 0,
            flags: GntmapFlags::HOST_MAP,
            host_addr: PAIR_AT,
        },
    })
    .unwrap();
    let out = shared.register_call(DOM1, &mut regs, Duration::from_secs(5));
    assert_eq!((out, regs.rax), (RegOutcome::Done, 0));
    let MapReplyForm::Single {
        handle: Some(handle),
        ..
    } = MapGrantRef::reply_from_regs(&regs).unwrap().form
    else {
        panic!("map_grant_ref failed: {regs:?}");
    };
    let regs = UnmapGrantRef::to_regs(&UnmapReq {
        form: UnmapReqForm::Single {
            host_addr: PAIR_AT,
            dev_bus_addr: 0,
            handle,
        },
    })
    .unwrap();
    domain1_call(shared, regs, "grant_table.unmap_grant_ref");
}

/// One `memory.current_reservation` of domain 1 by register: served without the host
/// lock, under the domain's reservation lock.
fn reservation_call(shared: &EmbeddedShared) {
    let regs =
        CurrentReservation::to_regs(&hvlink_proto::memory::DomReq { dom: DOMID_SELF }).unwrap();
    domain1_call(shared, regs, "memory.current_reservation");
}

/// One `domctl.getdomaininfo` of domain 2 (the flooder) by register from the control
/// domain, as a toolstack polling its domains makes it: served without the host lock, from
/// the domain's lifecycle, vCPUs and reservation, each under its own lock.
fn toolstack_call(shared: &EmbeddedShared) {
    let mut regs = Getdomaininfo::to_regs(&QueryReq { domain: DOM2 }).unwrap();
    let out = shared.register_call(0, &mut regs, Duration::from_secs(5));
    assert_eq!(
        (out, regs.rax),
        (RegOutcome::Done, 0),
        "getdomaininfo failed"
    );
}

/// One `control.ping` by register: a call as small, served under the host lock by the
/// thread that serves the rings (the cookie checked).
fn ping_call(shared: &EmbeddedShared) {
    let regs = Ping::to_regs(&PingMsg { cookie: 0x5eed }).unwrap();
    let mut r = regs;
    let out = shared.register_call(DOM1, &mut r, Duration::from_secs(5));
    assert_eq!(
        (out, r.rax, r.rsi),
        (RegOutcome::Done, 0, 0x5eed),
        "control.ping failed"
    );
}

/// A call measured: name, call, and whether the run's small turn measures it too.
type Measured = (&'static str, fn(&EmbeddedShared), bool);

/// The calls measured: name, call, and whether the run's small turn measures it too (the
/// turn's length matters only to a call that waits for the host lock).
const CALLS_MEASURED: [Measured; 9] = [
    (
        "version.version (served without the host lock)",
        version_call,
        false,
    ),
    (
        "event_channel.send (without the host lock, under the ports' locks)",
        send_call,
        false,
    ),
    (
        "vcpu.set_singleshot_timer (without the host lock, under the vCPUs' lock)",
        timer_call,
        false,
    ),
    (
        "vcpu.set_periodic_timer 1 ms (without the host lock; a near deadline rings a parked loop)",
        near_timer_call,
        false,
    ),
    (
        "grant_table.query_size (without the host lock, under the table lock the flood takes)",
        query_call,
        false,
    ),
    (
        "grant_table map+unmap pair (without the host lock, under locks the flood does not take)",
        grant_pair_call,
        false,
    ),
    (
        "memory.current_reservation (without the host lock, under the reservation's lock)",
        reservation_call,
        false,
    ),
    (
        "dom0's domctl.getdomaininfo of domain 2 (without the host lock)",
        toolstack_call,
        false,
    ),
    ("control.ping (served under the host lock)", ping_call, true),
];

/// Latencies of up to [`CALLS`] paced calls, at most [`COLLECT_FOR`] long.
fn collect(call: &dyn Fn()) -> Vec<Duration> {
    let mut v = Vec::with_capacity(CALLS);
    let start = Instant::now();
    while v.len() < CALLS && start.elapsed() < COLLECT_FOR {
        std::thread::sleep(GAP);
        let t = Instant::now();
        call();
        v.push(t.elapsed());
    }
    v.sort();
    v
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    sorted[((sorted.len() as f64 - 1.0) * p).round() as usize]
}

/// A flood running on threads of its own until stopped.
struct Flood {
    stop: Arc<AtomicBool>,
    /// Work done so far (batch entries or NOOP bytes published).
    work: Arc<AtomicU64>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl Flood {
    /// Wait until the flood has done some work (its queues are set up and busy).
    fn wait_started(&self) {
        let t = Instant::now();
        while self.work.load(Ordering::Relaxed) == 0 {
            assert!(
                t.elapsed() < Duration::from_secs(10),
                "the flood never started"
            );
            std::thread::sleep(Duration::from_millis(1));
        }
    }

    fn stop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
        if let Some(t) = self.thread.take() {
            t.join().unwrap();
        }
    }
}

/// Map stream `k`'s 1024 grant refs as one batch, then unmap what was mapped as one batch;
/// entries that fail are skipped (the flood only needs the host busy).
async fn map_unmap(c: &Client, k: u16) -> u64 {
    let base = u32::from(k) * BATCH as u32;
    let es: Vec<MapEntry> = (base..base + BATCH as u32)
        .map(|r| MapEntry {
            dom: DOM1,
            r#ref: r,
            flags: GntmapFlags::HOST_MAP,
            host_addr: 0x40_0000 + u64::from(r) * 4096,
        })
        .collect();
    let Ok(r) = c.grant_map(&es, MapMode::INDEPENDENT).await else {
        return 0;
    };
    let un: Vec<UnmapEntry> = r
        .iter()
        .zip(&es)
        .filter_map(|(e, m)| {
            e.handle.map(|handle| UnmapEntry {
                host_addr: m.host_addr,
                dev_bus_addr: 0,
                handle,
            })
        })
        .collect();
    let n = un.len() as u64;
    let _ = c.grant_unmap(&un, BatchMode::INDEPENDENT).await;
    (BATCH as u64) + n
}

/// Domain 2 streams 1024-entry grant map+unmap batches on [`BATCH_QUEUES`] queues, [`STREAMS`]
/// per queue (one client per queue, one tokio task per stream, all on one thread: a guest's
/// vCPU).
fn batch_flood(e: &Arc<Embedded>) -> Flood {
    let stop = Arc::new(AtomicBool::new(false));
    let work = Arc::new(AtomicU64::new(0));
    let (e, s2, w2) = (e.clone(), stop.clone(), work.clone());
    let thread = std::thread::spawn(move || {
        pin_guest();
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap();
        rt.block_on(async move {
            let mut tasks = Vec::new();
            for k in 0..BATCH_QUEUES {
                let c = e
                    .client(
                        DOM2,
                        client::Config {
                            queue_id: 10 + k,
                            kind: QueueKind::Kernel,
                            fast_path: FastPath::Ring,
                            ..client::Config::default()
                        },
                    )
                    .await
                    .unwrap();
                for j in 0..STREAMS {
                    let (c, s, w) = (c.clone(), s2.clone(), w2.clone());
                    tasks.push(tokio::spawn(async move {
                        while !s.load(Ordering::Relaxed) {
                            let n = map_unmap(&c, k * STREAMS + j).await;
                            w.fetch_add(n, Ordering::Relaxed);
                        }
                    }));
                }
            }
            for t in tasks {
                t.await.unwrap();
            }
        });
    });
    Flood {
        stop,
        work,
        thread: Some(thread),
    }
}

/// Domain 2 keeps [`NOOP_QUEUES`] request rings full of 16-byte NOOP messages (one thread: a
/// guest's vCPU). Each ring is filled with NOOPs once; from then on the guest republishes
/// them: whatever the host consumed, it hands back at once by moving its producer index to
/// the consumer index plus the ring size (the old NOOPs are still in place), which costs it
/// nothing per message, so the host, not the guest, is the bottleneck. Between rounds it
/// naps 500 µs (a ring holds 8 default byte budgets, and the host takes at most one per
/// queue turn and serves the other queues in between: milliseconds of backlog), leaving the 2
/// cores to the host and domain 1.
fn noop_flood(e: &Arc<Embedded>) -> Flood {
    let stop = Arc::new(AtomicBool::new(false));
    let work = Arc::new(AtomicU64::new(0));
    let (e, s2, w2) = (e.clone(), stop.clone(), work.clone());
    let thread = std::thread::spawn(move || {
        pin_guest();
        let stride = (4096 + NOOP_RING as u64 + 4096).div_ceil(4096) * 4096;
        let mut noop = [0u8; NOOP_LEN];
        hvlink_codec::builder::fill_noop(&mut noop);
        assert_eq!(u16::from_le_bytes([noop[4], noop[5]]), MessageType::NOOP.0);
        let bell = e.shared().kick();
        // (view, its request ring, our producer index)
        let mut qs: Vec<(RawMem, RingLayout, u32)> = (0..NOOP_QUEUES)
            .map(|i| {
                let (mut q, mem) = hvlink_tests::embedded::raw_queue(
                    &e,
                    DOM2,
                    20 + i,
                    NOOP_GPA + u64::from(i) * stride,
                    NOOP_RING,
                    4096,
                );
                let mut n = 0;
                while q.send(&noop).unwrap() {
                    n += 1;
                }
                assert_eq!(
                    n * NOOP_LEN,
                    NOOP_RING as usize,
                    "the ring is not all NOOPs"
                );
                q.submit(bell);
                let ring = q.layout().req;
                (mem, ring, q.position())
            })
            .collect();
        w2.fetch_add(
            u64::from(NOOP_RING) * u64::from(NOOP_QUEUES),
            Ordering::Relaxed,
        );
        while !s2.load(Ordering::Relaxed) {
            let mut kick = false;
            for (mem, ring, tail) in &mut qs {
                let cons = mem.load_u32(ring.cons, Ordering::Acquire);
                let new = cons.wrapping_add(ring.size);
                if new != *tail {
                    w2.fetch_add(u64::from(new.wrapping_sub(*tail)), Ordering::Relaxed);
                    mem.store_u32(ring.prod, new, Ordering::Release);
                    *tail = new;
                }
                kick |= mem.load_u32(ring.need_notify, Ordering::Acquire) % 2 == 1;
            }
            if kick {
                bell.ring();
            }
            std::thread::sleep(Duration::from_micros(500));
        }
        for (i, (mem, ..)) in qs.iter().enumerate() {
            let status = mem.load_u32(0x20, Ordering::Acquire);
            assert_eq!(status, 0, "NOOP queue {i} faulted");
        }
    });
    Flood {
        stop,
        work,
        thread: Some(thread),
    }
}

/// Starts a flood.
/// A neighbour that does no host work: a thread that computes in bursts of [`BURST`] and
/// sleeps [`NAP`] between them (the CPU pattern of a guest client that encodes a big batch
/// and then waits for its reply), on the guests' CPU when they are pinned. It tells the
/// scheduler's share of the flood rows apart from the host's: domain 1 sharing a core with
/// a busy thread, with the host idle.
fn cpu_neighbour(_: &Arc<Embedded>) -> Flood {
    let stop = Arc::new(AtomicBool::new(false));
    let work = Arc::new(AtomicU64::new(0));
    let (s2, w2) = (stop.clone(), work.clone());
    let thread = std::thread::spawn(move || {
        pin_guest();
        while !s2.load(Ordering::Relaxed) {
            let t = Instant::now();
            let mut x = 0u64;
            while t.elapsed() < BURST {
                for _ in 0..64 {
                    x = std::hint::black_box(x.wrapping_mul(6364136223846793005).wrapping_add(1));
                }
            }
            w2.fetch_add(1, Ordering::Relaxed);
            std::thread::sleep(NAP);
        }
    });
    Flood {
        stop,
        work,
        thread: Some(thread),
    }
}

/// The CPU neighbour's burst and nap.
const BURST: Duration = Duration::from_micros(100);
const NAP: Duration = Duration::from_micros(50);

type StartFlood = fn(&Arc<Embedded>) -> Flood;

struct Case {
    name: &'static str,
    lat: Vec<Duration>,
    secs: f64,
    /// What the flood did per second while criterion hammered, and while the paced calls
    /// ran.
    work: Option<(Option<f64>, f64, &'static str)>,
}

/// Criterion time (unless `group` is `None`) and percentiles of domain 1's register call
/// under `flood` (none: alone).
fn case(
    c: &mut Criterion,
    e: &Arc<Embedded>,
    group: Option<&str>,
    name: &'static str,
    flood: Option<(StartFlood, &'static str)>,
    call: &dyn Fn(),
) -> Case {
    let mut f = flood.map(|(start, unit)| (start(e), unit));
    if let Some((f, _)) = &f {
        f.wait_started();
    }
    let work = |f: &Option<(Flood, &str)>| {
        f.as_ref()
            .map_or(0, |(f, _)| f.work.load(Ordering::Relaxed))
    };
    let (w0, t0) = (work(&f), Instant::now());
    if let Some(group) = group {
        let mut g = c.benchmark_group(group);
        g.bench_function(name, |b| b.iter(call));
        g.finish();
    }
    // (Nothing to say when a filter skipped the criterion run.)
    let hammered = (t0.elapsed() > Duration::from_millis(500))
        .then(|| (work(&f) - w0) as f64 / t0.elapsed().as_secs_f64());
    let (w0, t0) = (work(&f), Instant::now());
    let lat = collect(call);
    let secs = t0.elapsed().as_secs_f64();
    let paced = (work(&f) - w0) as f64 / secs;
    let work = f.as_mut().map(|(f, unit)| {
        f.stop();
        (hammered, paced, *unit)
    });
    Case {
        name,
        lat,
        secs,
        work,
    }
}

/// The host's per-queue-turn limits a run uses: the defaults, and a turn 16 times smaller
/// (roughly what a finer preemption point inside a queue's turn would give; see
/// docs/BENCHMARKS.md).
fn turns() -> [(&'static str, Config); 2] {
    [
        ("default turn: 1024 entries, 256 KiB", Config::default()),
        (
            "small turn: 64 entries, 16 KiB",
            Config {
                budget: 64,
                byte_budget: 16 << 10,
                ..Config::default()
            },
        ),
    ]
}

/// The cases of one run: alone, under each flood, alone again.
fn cases(c: &mut Criterion, e: &Arc<Embedded>, group: Option<&str>, call: &dyn Fn()) -> Vec<Case> {
    vec![
        case(c, e, group, "alone", None, call),
        case(
            c,
            e,
            group,
            "while domain 2 streams grant batches",
            Some((batch_flood, "entries")),
            call,
        ),
        case(
            c,
            e,
            group,
            "while domain 2 floods NOOP padding",
            Some((noop_flood, "NOOP bytes")),
            call,
        ),
        // The scheduler's share: a busy neighbour on the caller's CPU, the host idle
        // (percentiles only).
        case(
            c,
            e,
            None,
            "with a CPU-bound neighbour, no host work",
            Some((cpu_neighbour, "bursts")),
            call,
        ),
        // Did the machine change meanwhile? (Percentiles only.)
        case(c, e, None, "alone again, after the floods", None, call),
    ]
}

fn host_line(e: &Embedded) -> String {
    let m = e.shared().metrics();
    format!(
        "host: {} register calls, {} batch entries, {} preemptions, {} faults",
        m.register_calls.load(Ordering::Relaxed),
        m.entries.load(Ordering::Relaxed),
        m.preemptions.load(Ordering::Relaxed),
        m.faults.load(Ordering::Relaxed),
    )
}

/// Domain 1's calls over its socket to the remote server in this process (its connection
/// thread is spawned from the calling thread, so it shares that thread's CPUs); the host
/// thread on `host_cpu`.
fn over_socket(c: &mut Criterion, host_cpu: Option<usize>) -> (String, Vec<Case>, String) {
    let (turn, group) = match host_cpu {
        None => (
            "two processes' trap: domain 1 by register over its socket, default turn",
            "isolation (two processes): domain 1's version.version by register",
        ),
        Some(_) => (
            "two processes' trap, host thread alone on CPU 1, guests on CPU 0, default turn",
            "isolation (two processes, host on its own core): domain 1's version.version by register",
        ),
    };
    let e = Arc::new(embedded(Config::default(), host_cpu));
    let dir = std::env::temp_dir().join(format!(
        "hvlink-isolation-{}-{}",
        std::process::id(),
        host_cpu.is_some()
    ));
    let _ = std::fs::remove_dir_all(&dir);
    let sockets = Sockets::bind(&dir, &[DOM1]).unwrap();
    let shared = e.shared().clone();
    std::thread::spawn(move || remote::serve(shared, sockets, Limits::default()));
    let remote = unix::connect(&dir, DOM1, 8 << 20).unwrap();
    let transport = remote.transport();
    let call = || {
        let mut regs = Version::to_regs(&Empty).unwrap();
        transport.register_call(&mut regs).unwrap();
        assert_eq!(regs.rax, 0, "version.version failed");
    };
    let cases = cases(c, &e, Some(group), &call);
    let host = host_line(&e);
    // The remote server notices the stop and removes the socket.
    e.shared().stop();
    drop(remote);
    (format!("{turn}; version.version"), cases, host)
}

/// The same round trip without hvlink: 64-byte frames (a register file's size) echoed by a
/// thread over a Unix socket pair, as the remote server's connection thread reads and
/// answers a trap (that thread spawned from the calling one, so it shares its CPUs), under
/// the same floods of an embedded host. What the OS's scheduling of two wake-ups per call
/// costs under another domain's load, whatever serves the call: the floor under the socket
/// rows.
fn plain_socket(c: &mut Criterion, host_cpu: Option<usize>) -> (String, Vec<Case>, String) {
    use std::io::{Read, Write};
    use std::os::unix::net::UnixStream;
    let turn = match host_cpu {
        None => "no hvlink: a 64-byte echo over a Unix socket pair, same floods",
        Some(_) => {
            "no hvlink: a 64-byte echo over a Unix socket pair, host thread alone on CPU 1, \
             guests and the echo on CPU 0"
        }
    };
    let e = Arc::new(embedded(Config::default(), host_cpu));
    let (mut mine, mut theirs) = UnixStream::pair().unwrap();
    std::thread::spawn(move || {
        let mut frame = [0u8; 64];
        while theirs.read_exact(&mut frame).is_ok() {
            if theirs.write_all(&frame).is_err() {
                break;
            }
        }
    });
    let mine = std::sync::Mutex::new(&mut mine);
    let call = || {
        let mut s = mine.lock().unwrap();
        let mut frame = [7u8; 64];
        s.write_all(&frame).unwrap();
        s.read_exact(&mut frame).unwrap();
        assert_eq!(frame, [7u8; 64]);
    };
    let cases = cases(c, &e, None, &call);
    let host = host_line(&e);
    e.shared().stop();
    (turn.into(), cases, host)
}

/// What the machine takes from a thread that never blocks: spin on `cpu` for `for_` reading
/// the clock, and count the gaps between two reads (interrupts, the hypervisor running
/// something else on this vCPU). A call that needs another thread (a posted call, a
/// socket's server) waits out any gap that thread is in, so this bounds what the p99 under a
/// flood can be, whatever the engine does.
fn hiccups(cpu: usize, for_: Duration) -> String {
    hvlink_deploy::affinity::pin_current_thread(cpu).unwrap();
    let start = Instant::now();
    let mut prev = start;
    let (mut over2, mut over10, mut lost, mut max) = (0u32, 0u32, Duration::ZERO, Duration::ZERO);
    loop {
        let now = Instant::now();
        let gap = now - prev;
        if gap > Duration::from_micros(1) {
            lost += gap;
            over2 += u32::from(gap > Duration::from_micros(2));
            over10 += u32::from(gap > Duration::from_micros(10));
            max = max.max(gap);
        }
        prev = now;
        if now - start >= for_ {
            break;
        }
    }
    let secs = for_.as_secs_f64();
    format!(
        "CPU {cpu}: {:.0} gaps/s over 2 µs, {:.0}/s over 10 µs, longest {max:.1?}; {:.2} % of the time lost",
        f64::from(over2) / secs,
        f64::from(over10) / secs,
        100.0 * lost.as_secs_f64() / secs
    )
}

fn isolation(c: &mut Criterion) {
    let mut report = Vec::new();
    // `HVLINK_ISOLATION=own-core` runs only the in-process case with the host thread on a
    // core of its own (for A/B runs of the engine).
    let only_own_core = std::env::var("HVLINK_ISOLATION").is_ok_and(|v| v == "own-core");
    for (i, (turn, config)) in turns().into_iter().enumerate() {
        if only_own_core {
            break;
        }
        for (what, call, small_turn) in CALLS_MEASURED {
            if i > 0 && !small_turn {
                continue;
            }
            // A host of its own for each call (the floods' queues stay set up).
            let e = Arc::new(embedded(config.clone(), None));
            let group = format!("isolation ({turn}): domain 1's {what} by register");
            let shared = e.shared().clone();
            let cases = cases(c, &e, Some(group.as_str()), &|| call(&shared));
            report.push((format!("{turn}; {what}"), cases, host_line(&e)));
        }
    }
    // The host thread on a core of its own (io_uring's SQPOLL with `sq_thread_cpu`, `hvlink
    // serve --cpu`): the guests' threads, domain 1's caller and domain 2's flood, share the
    // other core.
    let cpus = hvlink_deploy::affinity::available();
    if cpus >= 2 {
        let turn = "host thread alone on CPU 1, both guests on CPU 0, default turn";
        GUEST_CPU.store(0, Ordering::Relaxed);
        pin_guest();
        for (what, call, _) in CALLS_MEASURED {
            let e = Arc::new(embedded(Config::default(), Some(1)));
            let group = format!("isolation (host on its own core): domain 1's {what} by register");
            let shared = e.shared().clone();
            let cases = cases(c, &e, Some(group.as_str()), &|| call(&shared));
            report.push((format!("{turn}; {what}"), cases, host_line(&e)));
        }
        GUEST_CPU.store(usize::MAX, Ordering::Relaxed);
        let all: Vec<usize> = (0..cpus).collect();
        hvlink_deploy::affinity::pin_current_thread_to(&all).unwrap();
    }
    // Domain 1 as a guest process would make the call: over its socket to the remote
    // server (the trap is a socket round trip, as a VM exit is a round trip through the
    // VMM), while domain 2 floods the same host; then the same with the host thread on a
    // core of its own (the guests' threads, the connection's included, on the other).
    if !only_own_core {
        report.push(over_socket(c, None));
        report.push(plain_socket(c, None));
    }
    if cpus >= 2 && !only_own_core {
        GUEST_CPU.store(0, Ordering::Relaxed);
        pin_guest();
        report.push(over_socket(c, Some(1)));
        report.push(plain_socket(c, Some(1)));
        GUEST_CPU.store(usize::MAX, Ordering::Relaxed);
        let all: Vec<usize> = (0..cpus).collect();
        hvlink_deploy::affinity::pin_current_thread_to(&all).unwrap();
    }
    // The machine's own interruptions of a spinning thread on each CPU (nothing else of
    // this bench runs now).
    let gaps: Vec<String> = (0..cpus.min(4))
        .map(|cpu| hiccups(cpu, Duration::from_secs(1)))
        .collect();
    let all: Vec<usize> = (0..cpus).collect();
    hvlink_deploy::affinity::pin_current_thread_to(&all).unwrap();
    println!("\na spinning thread, alone on the machine:");
    for g in gaps {
        println!("  {g}");
    }
    println!(
        "\ndomain 1's register calls, paced ({GAP:?} sleep before each call); \
         domain 2 floods {BATCH_QUEUES} queues with {BATCH}-entry grant map+unmap batches \
         ({STREAMS} in flight a queue), or \
         {NOOP_QUEUES} queues ({} KiB request rings) with {NOOP_LEN}-byte NOOPs:",
        NOOP_RING >> 10
    );
    for (turn, cases, host) in &report {
        println!("{turn}:");
        let alone = percentile(&cases[0].lat, 0.99);
        for k in cases {
            let p99 = percentile(&k.lat, 0.99);
            println!(
                "  {:<37} p50 {:>8.1?}  p99 {:>8.1?}  p99.9 {:>8.1?}  max {:>8.1?}  ({} calls, {:.1} s)",
                k.name,
                percentile(&k.lat, 0.5),
                p99,
                percentile(&k.lat, 0.999),
                k.lat[k.lat.len() - 1],
                k.lat.len(),
                k.secs
            );
            if let Some((hammered, paced, unit)) = k.work {
                let hammered = hammered.map_or("-".into(), |h| format!("{h:.3e}"));
                println!(
                    "  {:<37} p99 / p99 alone = {:.1}x; flood {paced:.3e} {unit}/s \
                     ({hammered} while criterion called back to back)",
                    "",
                    p99.as_secs_f64() / alone.as_secs_f64(),
                );
            }
        }
        println!("  {host}");
    }
}

criterion_group!(benches, isolation);

fn main() {
    benches();
    Criterion::default().configure_from_args().final_summary();
}
