//! Grant map+unmap pairs per second through dispatch, without a ring: the baseline the
//! end-to-end numbers (guest client, KVM) are compared with.
//!
//! - `ring-message/N`: a map batch message of N entries and the unmap batch of their handles,
//!   each parsed, privilege-checked, validated, dispatched and answered by
//!   [`Host::call`] (what a queue's turn does after copying the message out of the ring);
//! - `register`: one map and one unmap as FastABI register calls;
//! - `backend-direct`: the same backend trait calls with the requests already decoded —
//!   the floor, i.e. the reference hypervisor's own cost.

use criterion::{criterion_group, BenchmarkId, Criterion, Throughput};
use hvlink_codec::ring::QueueKind;
use hvlink_codec::{Builder, Message};
use hvlink_host::server::{Config, Host};
use hvlink_proto::grant_table::{
    Backend, MapEntry, MapGrantRef, MapMode, MapReplyForm, UnmapGrantRef,
};
use hvlink_proto::rt::{AttrSet, FastAbi, Op};
use hvlink_refhv::fixtures::{self, DOM1, DOM2};
use hvlink_refhv::Hypervisor;
use hvlink_tests::grants::{
    direct_map, direct_unmap, grant_refs, host_map, map_batch, single_map, single_unmap,
    unmap_batch, unmap_of,
};
use vm_memory::GuestMemoryMmap;

/// dom0, dom1 and dom2 (default configurations), dom1 granting refs 0..1024 to dom2.
fn host() -> Host<Hypervisor, GuestMemoryMmap> {
    let mut hv = fixtures::standard();
    grant_refs(&mut hv, DOM1, DOM2, 0..1024);
    Host::new(hv, Config::default())
}

fn entries(n: u32) -> Vec<MapEntry> {
    (0..n)
        .map(|i| host_map(DOM1, i % 1024, 0x100_0000 + u64::from(i) * 4096))
        .collect()
}

fn write<O: Op>(req: &O::Request<'_>) -> Vec<u8> {
    let mut buf = Vec::with_capacity(4096);
    write_into::<O>(req, &mut buf);
    buf
}

/// Encode a request into `buf` (reused: no allocation per iteration).
fn write_into<O: Op>(req: &O::Request<'_>, buf: &mut Vec<u8>) {
    buf.clear();
    let mut b = Builder::new(buf);
    O::write_request(&mut b, 1, 0, req).unwrap();
}

/// The buffers one [`map_unmap_round`] reuses.
struct RoundBufs {
    out: Vec<u8>,
    unmap_entries: Vec<hvlink_proto::grant_table::UnmapEntry>,
    unmap: Vec<u8>,
}

impl RoundBufs {
    fn new(n: usize) -> RoundBufs {
        RoundBufs {
            out: Vec::with_capacity(1 << 17),
            unmap_entries: Vec::with_capacity(n),
            unmap: Vec::with_capacity(1 << 16),
        }
    }
}

/// The map batch message `map` of `es` through [`Host::call`], and the unmap batch of the
/// handles its reply gives: every entry mapped and unmapped.
fn map_unmap_round(
    h: &mut Host<Hypervisor, GuestMemoryMmap>,
    es: &[MapEntry],
    map: &[u8],
    b: &mut RoundBufs,
) {
    b.out.clear();
    h.call(DOM2, QueueKind::Kernel, map, &mut b.out);
    let msg = Message::parse(&b.out).unwrap();
    let rep = <MapGrantRef as Op>::Reply::decode(msg.genl().unwrap().1).unwrap();
    b.unmap_entries.clear();
    if let MapReplyForm::Batch { entry } = rep.form {
        for (e, m) in entry.iter().zip(es) {
            b.unmap_entries.push(unmap_of(m, e.handle.unwrap()));
        }
    }
    assert_eq!(b.unmap_entries.len(), es.len());
    write_into::<UnmapGrantRef>(&unmap_batch(&b.unmap_entries), &mut b.unmap);
    b.out.clear();
    h.call(DOM2, QueueKind::Kernel, &b.unmap, &mut b.out);
    assert!(!b.out.is_empty());
}

fn bench(c: &mut Criterion) {
    let mut g = c.benchmark_group("grant map+unmap via dispatch");
    for n in [1u32, 64, 1024] {
        g.throughput(Throughput::Elements(u64::from(n)));
        g.bench_with_input(BenchmarkId::new("ring-message", n), &n, |bch, &n| {
            let mut h = host();
            let es = entries(n);
            let map = write::<MapGrantRef>(&map_batch(MapMode::INDEPENDENT, &es));
            let mut bufs = RoundBufs::new(n as usize);
            bch.iter(|| map_unmap_round(&mut h, &es, &map, &mut bufs));
        });
    }
    g.throughput(Throughput::Elements(1));
    g.bench_function("register", |bch| {
        let mut h = host();
        bch.iter(|| {
            let mut regs =
                MapGrantRef::to_regs(&single_map(&host_map(DOM1, 5, 0x100_0000))).unwrap();
            h.register_call(DOM2, &mut regs);
            let handle = regs.r11;
            let mut regs =
                UnmapGrantRef::to_regs(&single_unmap(handle as u32, 0x100_0000)).unwrap();
            h.register_call(DOM2, &mut regs);
            assert_eq!(regs.rax, 0);
        });
    });
    g.bench_function("backend-direct", |bch| {
        let mut h = host();
        let ctx = fixtures::kernel(DOM2);
        let es = entries(1);
        bch.iter(|| {
            let mut handle = 0;
            h.hv.map_grant_ref(&ctx, &map_batch(MapMode::INDEPENDENT, &es), &mut |e| {
                handle = e.handle.unwrap_or(0);
                Ok(())
            })
            .unwrap();
            let un = [unmap_of(&es[0], handle)];
            h.hv.unmap_grant_ref(&ctx, &unmap_batch(&un), &mut |_| Ok(()))
                .unwrap();
        });
    });
    g.finish();
}

/// A host with three kernel queues (dom 1's carries `version.get`) and, once
/// [`with_grant_queue`](Self::with_grant_queue) added it, a fourth of dom 2's for grant map
/// and unmap of one of dom 1's refs; each op goes through a whole turn.
struct TurnRig {
    vm: hvlink_tests::vm::Vm,
    q: hvlink_tests::vm::Queue,
    q2: Option<hvlink_tests::vm::Queue>,
    version: Vec<u8>,
    grant: MapEntry,
    buf: Vec<u8>,
    un: Vec<u8>,
}

impl TurnRig {
    fn new() -> TurnRig {
        let mut vm = hvlink_tests::vm::Vm::new(Config::default());
        let q = vm.queue(DOM1, 1, QueueKind::Kernel, 1 << 16);
        let _ = vm.queue(DOM2, 1, QueueKind::Kernel, 1 << 16);
        let _ = vm.queue(DOM2, 2, QueueKind::Kernel, 1 << 16);
        TurnRig {
            vm,
            q,
            q2: None,
            version: hvlink_tests::msg::request::<hvlink_proto::version::Version>(
                1,
                &hvlink_proto::rt::Empty,
            ),
            grant: host_map(DOM1, 0, 0x30_0000),
            buf: vec![0u8; 65536],
            un: Vec::with_capacity(4096),
        }
    }

    /// Add dom 2's grant queue (dom 1 grants it ref 0).
    fn with_grant_queue(mut self) -> TurnRig {
        grant_refs(&mut self.vm.host.hv, DOM1, DOM2, 0..1);
        self.q2 = Some(self.vm.queue(DOM2, 3, QueueKind::Kernel, 1 << 16));
        self
    }

    /// The map request: the single form, or a batch of one entry.
    fn map_request(&self, batch: bool) -> Vec<u8> {
        let e = std::slice::from_ref(&self.grant);
        if batch {
            hvlink_tests::msg::request::<MapGrantRef>(1, &map_batch(MapMode::INDEPENDENT, e))
        } else {
            hvlink_tests::msg::request::<MapGrantRef>(1, &single_map(&self.grant))
        }
    }

    /// `version.get` through a turn.
    fn version(&mut self) {
        hvlink_tests::vm::send(&mut self.q, std::slice::from_ref(&self.version));
        self.vm.turn();
        assert!(self.q.recv(&mut self.buf).unwrap().is_some());
        self.q.release();
    }

    /// `map` (from [`map_request`](Self::map_request)) and the unmap of its handle in the
    /// same form, each through a turn.
    fn pair(&mut self, map: &Vec<u8>, batch: bool) {
        use hvlink_tests::vm::send;
        let q2 = self.q2.as_mut().expect("with_grant_queue");
        send(q2, std::slice::from_ref(map));
        self.vm.turn();
        let n = q2.recv(&mut self.buf).unwrap().unwrap();
        let handle = map_handle(&self.buf[..n]);
        q2.release();
        if batch {
            let entries = [unmap_of(&self.grant, handle)];
            write_into::<UnmapGrantRef>(&unmap_batch(&entries), &mut self.un);
        } else {
            let un = single_unmap(handle, self.grant.host_addr);
            write_into::<UnmapGrantRef>(&un, &mut self.un);
        }
        send(q2, std::slice::from_ref(&self.un));
        self.vm.turn();
        assert!(q2.recv(&mut self.buf).unwrap().is_some());
        q2.release();
    }
}

/// One small request through a whole host turn (three queues set up, one with the
/// request): what the engine adds to a single op on the ring, without any thread hand-off.
fn turn(c: &mut Criterion) {
    let mut g = c.benchmark_group("one small op through a host turn");
    let mut rig = TurnRig::new();
    g.bench_function("version.get, turn over 3 queues", |bch| {
        bch.iter(|| rig.version())
    });
    // A grant map and the unmap of its handle, each through a whole turn: the single form,
    // and a batch of one entry (what the KVM guest's "ring batch 1" sends).
    let mut rig = rig.with_grant_queue();
    for (name, batch) in [
        (
            "grant map+unmap, single form, two turns over 4 queues",
            false,
        ),
        ("grant map+unmap, batch of 1, two turns over 4 queues", true),
    ] {
        let map = rig.map_request(batch);
        g.bench_function(name, |bch| bch.iter(|| rig.pair(&map, batch)));
    }
    g.bench_function("has_work, 3 idle queues", |bch| {
        bch.iter(|| assert!(!rig.vm.host.has_work()))
    });
    g.finish();
}

/// What a small op can wait for behind another domain's batches, in host time alone (no
/// threads, no OS): a request that arrives just after the host read its queue waits for the
/// rest of that turn. The rest of the turn that read a fresh 1024-entry grant map batch is its
/// validation (apart, as the serving runtime does it) and its first window; a later turn's
/// is a window; the turn that read four 1024-entry batches at once validates them (as many as
/// the domain's slice allows) and advances. Each is bounded by the slice ([`Config::slice`],
/// 20 µs) and the piece of work in progress, which is the engine's promise to the small op.
fn behind_a_batch(c: &mut Criterion) {
    use hvlink_host::server::{Phase, Turn};
    use hvlink_tests::msg::request;
    use hvlink_tests::vm::{send, Queue, Vm};
    let mut g = c.benchmark_group("host time behind another domain's batches");
    let mut vm = Vm::new(Config::default());
    grant_refs(&mut vm.host.hv, DOM1, DOM2, 0..1024);
    let mut big = vm.queue(DOM2, 1, QueueKind::Kernel, 1 << 20);
    let _small = vm.queue(DOM1, 1, QueueKind::Kernel, 1 << 16);
    // At any page of the Vm's 16 MiB but the first (the model takes a page mapped twice).
    let map_of = |seq: u32, range: std::ops::Range<u32>| {
        let es: Vec<MapEntry> = range
            .map(|i| host_map(DOM1, i % 1024, (1 + u64::from(i % 4095)) * 4096))
            .collect();
        (
            request::<MapGrantRef>(seq, &map_batch(MapMode::INDEPENDENT, &es)),
            es,
        )
    };
    let one = vec![map_of(1, 0..1024)];
    let four: Vec<_> = (0..4u32)
        .map(|b| map_of(b + 1, b * 1024..b * 1024 + 1024))
        .collect();
    let mut buf = vec![0u8; 1 << 20];
    let mut un = Vec::with_capacity(1 << 16);
    // One turn as the serving runtime runs it; the time after every queue's read phase
    // (what a request arriving then waits for).
    fn timed_turn(vm: &mut Vm) -> std::time::Duration {
        let deferred = vm.host.take_deferred_checks();
        let keys = vm.host.plan_turn();
        let mut t = Turn {
            unchecked: deferred,
            ..Turn::default()
        };
        for &k in &keys {
            vm.host.service_phase(k, Phase::Read, &mut t);
        }
        let t0 = std::time::Instant::now();
        for &k in &keys {
            if t.unchecked {
                while let Some(mut u) = vm.host.take_unchecked(k) {
                    let valid = u.validate();
                    vm.host.put_checked(u, valid);
                }
            }
            vm.host.service_phase(k, Phase::Advance, &mut t);
        }
        t0.elapsed()
    }
    // The batches, then their unmaps, untimed but for the turn asked for; the turns taken.
    let mut run = |vm: &mut Vm, big: &mut Queue, batches: &[(Vec<u8>, Vec<MapEntry>)], timed| {
        for (m, _) in batches {
            send(big, std::slice::from_ref(m));
        }
        let mut took = std::time::Duration::ZERO;
        let mut turns = 0;
        let mut unmaps = Vec::new();
        while unmaps.len() < batches.len() {
            let d = timed_turn(vm);
            if turns == timed {
                took = d;
            }
            turns += 1;
            while let Some(n) = big.recv(&mut buf).unwrap() {
                let m = Message::parse(&buf[..n]).unwrap();
                let seq = m.header().seq;
                let rep = <MapGrantRef as Op>::Reply::decode(m.genl().unwrap().1).unwrap();
                let MapReplyForm::Batch { entry } = rep.form else {
                    panic!("a batch's reply")
                };
                let es = &batches[seq as usize - 1].1;
                let u: Vec<_> = entry
                    .iter()
                    .zip(es)
                    .map(|(r, e)| unmap_of(e, r.handle.unwrap()))
                    .collect();
                unmaps.push(u);
            }
            big.release();
        }
        for u in &unmaps {
            write_into::<UnmapGrantRef>(&unmap_batch(u), &mut un);
            send(big, std::slice::from_ref(&un));
            while big.recv(&mut buf).unwrap().is_none() {
                vm.host.turn();
            }
            big.release();
        }
        (took, turns)
    };
    let (_, turns) = run(&mut vm, &mut big, &one, 0);
    assert!(turns > 1, "a 1024-entry batch takes more than one slice");
    for (name, batches, timed) in [
        (
            "the rest of the turn that read a 1024-entry batch (validation + first window)",
            &one,
            0,
        ),
        ("the rest of a later turn (a window)", &one, 1),
        (
            "the rest of the turn that read four 1024-entry batches",
            &four,
            0,
        ),
    ] {
        g.bench_function(name, |bch| {
            bch.iter_custom(|iters| {
                (0..iters)
                    .map(|_| run(&mut vm, &mut big, batches, timed).0)
                    .sum::<std::time::Duration>()
            })
        });
    }
    g.finish();
}

/// One 1024-entry map request served by the family's generated `serve` (no ring, no engine),
/// whole or in windows of [`PREEMPT_CHUNK`] entries (preemption asked for throughout, as
/// while other domains' small ops keep arriving), each window resumed where the last
/// stopped: with the list's span, later windows jump over the entries (what the host does);
/// without it, each walks the whole request again (before the span). The unmap that puts
/// the hypervisor back is outside the time.
fn windows(c: &mut Criterion) {
    use hvlink_proto::grant_table as gnt;
    use hvlink_proto::rt::{Preempt, Window, PREEMPT_CHUNK};
    use std::sync::atomic::AtomicUsize;
    static ALWAYS: AtomicUsize = AtomicUsize::new(1);
    let mut g = c.benchmark_group("a 1024-entry map in windows");
    g.throughput(Throughput::Elements(1024));
    let mut h = host();
    let ctx = fixtures::kernel(DOM2);
    let es = entries(1024);
    let mut map = Vec::new();
    map_batch(MapMode::INDEPENDENT, &es)
        .encode(&mut Builder::new(&mut map))
        .unwrap();
    let mut out = Vec::with_capacity(1 << 16);
    let mut un = Vec::with_capacity(1024);
    for (name, chunked, span) in [
        ("one window", false, true),
        ("windows of 32, resumed with the span", true, true),
        ("windows of 32, resumed without the span", true, false),
    ] {
        g.bench_function(name, |bch| {
            bch.iter_custom(|iters| {
                let mut took = std::time::Duration::ZERO;
                for _ in 0..iters {
                    out.clear();
                    let t0 = std::time::Instant::now();
                    let mut w = Window {
                        preempt: chunked.then(|| Preempt::new(&ALWAYS)),
                        ..Window::ALL
                    };
                    loop {
                        let mut b = Builder::new(&mut out);
                        let attrs = hvlink_codec::Attrs::new(&map, 0);
                        let s = gnt::serve(&mut h.hv, &ctx, MapGrantRef::DESC.id, attrs, w, &mut b)
                            .unwrap();
                        w.start += s.ran;
                        w.validated = true;
                        w.resume = s.resume.map(|r| hvlink_proto::rt::Resume {
                            span: r.span.filter(|_| span),
                            ..r
                        });
                        if w.start >= s.total {
                            break;
                        }
                        assert!(s.ran <= PREEMPT_CHUNK);
                    }
                    took += t0.elapsed();
                    let rep = gnt::MapReply::decode(hvlink_codec::Attrs::new(&out, 0));
                    un.clear();
                    if let Ok(gnt::MapReply {
                        form: MapReplyForm::Batch { entry },
                    }) = rep
                    {
                        un.extend(
                            entry
                                .iter()
                                .zip(&es)
                                .map(|(r, e)| unmap_of(e, r.handle.unwrap())),
                        );
                    }
                    assert_eq!(un.len(), 1024, "every entry mapped");
                    h.hv.unmap_grant_ref(&ctx, &unmap_batch(&un), &mut |_| Ok(()))
                        .unwrap();
                }
                took
            })
        });
    }
    g.finish();
}

criterion_group!(benches, bench, turn, behind_a_batch, windows);

/// The handle of the one mapping a grant map reply (single form or a batch of one) made.
fn map_handle(reply: &[u8]) -> u32 {
    let m = Message::parse(reply).unwrap();
    let rep = <MapGrantRef as Op>::Reply::decode(m.genl().unwrap().1).unwrap();
    match rep.form {
        MapReplyForm::Single { handle, .. } => handle.unwrap(),
        MapReplyForm::Batch { entry } => entry.iter().next().unwrap().handle.unwrap(),
    }
}

/// `HV_TURNS=N`: instead of the criterion groups, N small ops (`version.get`) and N grant
/// map+unmap pairs (batch of one), each through whole host turns, and nothing else: a fixed
/// amount of work to count instructions over (`perf stat -e instructions:u`), which stays
/// comparable across builds when the machine's speed does not.
fn fixed_turns(n: usize) {
    let mut rig = TurnRig::new().with_grant_queue();
    let map = rig.map_request(true);
    let t0 = std::time::Instant::now();
    for _ in 0..n {
        rig.version();
        rig.pair(&map, true);
    }
    println!(
        "{n} x (version.get + map + unmap), three turns each: {:?}",
        t0.elapsed()
    );
}

/// `HV_BATCH=N`: instead of the criterion groups, N rounds of a 512-entry map batch and the
/// unmap batch of its handles through [`Host::call`] (the `ring-message/512` work), to count
/// instructions over per entry (`valgrind --tool=callgrind`).
fn fixed_batches(n: usize) {
    let mut h = host();
    let es = entries(512);
    let map = write::<MapGrantRef>(&map_batch(MapMode::INDEPENDENT, &es));
    let mut bufs = RoundBufs::new(es.len());
    let t0 = std::time::Instant::now();
    for _ in 0..n {
        map_unmap_round(&mut h, &es, &map, &mut bufs);
    }
    println!(
        "{n} x (map 512 + unmap 512) via Host::call: {:?}",
        t0.elapsed()
    );
}

/// `HV_DIRECT=N`: the work of [`fixed_batches`] as the e2e bench's tokio mpsc peer does it:
/// the backend called with the typed batches, no codec, no host step. What is left of a
/// `HV_BATCH` count once this one is taken out is what the ring path adds per entry.
fn fixed_direct(n: usize) {
    let mut hv = fixtures::standard();
    grant_refs(&mut hv, DOM1, DOM2, 0..1024);
    let ctx = fixtures::kernel(DOM2);
    let es = entries(512);
    let t0 = std::time::Instant::now();
    for _ in 0..n {
        let out = direct_map(&mut hv, &ctx, &es);
        direct_unmap(&mut hv, &ctx, &out);
    }
    println!(
        "{n} x (map 512 + unmap 512) called on the backend directly: {:?}",
        t0.elapsed()
    );
}

fn main() {
    if let Some(n) = std::env::var("HV_DIRECT").ok().and_then(|v| v.parse().ok()) {
        fixed_direct(n);
        return;
    }
    if let Some(n) = std::env::var("HV_TURNS").ok().and_then(|v| v.parse().ok()) {
        fixed_turns(n);
        return;
    }
    if let Some(n) = std::env::var("HV_BATCH").ok().and_then(|v| v.parse().ok()) {
        fixed_batches(n);
        return;
    }
    benches();
    Criterion::default().configure_from_args().final_summary();
}
