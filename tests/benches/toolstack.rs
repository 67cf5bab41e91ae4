//! Building a domain, in process (the host engine and the reference hypervisor in this
//! thread, rings in real guest memory, no thread hand-offs): a 256 MiB domain populated in
//! 4 KiB extents — 65,536 of them —
//!
//! 1. batched: `memory.populate_physmap` messages of 2048 extents (32 messages) on a ring;
//! 2. one ring call per extent (65,536 messages, one request, one turn, one reply each);
//! 3. one FastABI register call per extent;
//!
//! each iteration creating the domain (domctl.createdomain, max_mem) first and destroying it
//! after. Then the whole lifecycle on the ring, batched: create → max_vcpus → max_mem →
//! populate (32 messages) → unpause → destroy. After the groups it prints the reference
//! hypervisor's memory for the domain's bookkeeping (its page map and the rest), which grows
//! with what is populated (64 bytes per 2 MiB plus the map's nodes), not with the address
//! space. Before the groups: how long the host is held at a time by the destroy of a domain
//! whose maptrack is full (a million grant mappings), in slices against all at once.

use std::time::Duration;

use criterion::{criterion_group, Criterion};
use hvlink_codec::ring::QueueKind;
use hvlink_host::server::Config;
use hvlink_proto::domctl::{
    Cdf, CreateReq, Createdomain, Destroydomain, DomReq, MaxMem, MaxMemReq, MaxVcpus, MaxVcpusReq,
    Unpausedomain,
};
use hvlink_proto::memory::{
    Extent, ExtentMode, PopulatePhysmap, ReservationReq, ReservationReqForm,
};
use hvlink_proto::rt::{FastAbi, List};
use hvlink_tests::msg::*;
use hvlink_tests::vm::*;

const EXTENTS: u64 = 65_536;
const PER_MESSAGE: usize = 2048;

/// Send one request and take turns until its final reply (not MULTI).
fn call(vm: &mut Vm, q: &mut Queue, msg: Vec<u8>) -> Vec<Vec<u8>> {
    send(q, &[msg]);
    let mut out = Vec::new();
    for _ in 0..64 {
        vm.turn();
        out.extend(replies(q));
        if out.last().is_some_and(|m| !is_multi(m)) {
            return out;
        }
    }
    panic!("no final reply");
}

fn create(vm: &mut Vm, q: &mut Queue) -> u16 {
    let req = CreateReq {
        domain: 0,
        flags: Cdf::HVM | Cdf::HAP,
        max_vcpus: 2,
        max_evtchn_port: 1023,
        max_grant_frames: -1,
        max_maptrack_frames: -1,
        handle: None,
        name: Some("bench"),
        max_grant_version: None,
        cpupool_id: 0,
    };
    let r = call(vm, q, request::<Createdomain>(1, &req));
    let dom = reply::<Createdomain>(&r[0]).domain;
    let r = call(
        vm,
        q,
        request::<MaxMem>(
            2,
            &MaxMemReq {
                domain: dom,
                max_memkb: EXTENTS * 4,
            },
        ),
    );
    assert!(error_of(&r[0]).is_none_or(|e| e.0 == 0));
    dom
}

fn destroy(vm: &mut Vm, q: &mut Queue, dom: u16) {
    call(vm, q, request::<Destroydomain>(9, &DomReq { domain: dom }));
}

fn populate_batched(vm: &mut Vm, q: &mut Queue, dom: u16, extents: &[Extent]) {
    for (i, chunk) in extents.chunks(PER_MESSAGE).enumerate() {
        let req = ReservationReq {
            domid: dom,
            extent_order: 0,
            form: ReservationReqForm::Batch {
                mode: ExtentMode::ORDERED,
                extent: List::new(chunk),
            },
        };
        let r = call(vm, q, request::<PopulatePhysmap>(100 + i as u32, &req));
        assert!(error_of(r.last().unwrap()).is_none());
    }
}

fn single(dom: u16, gpfn: u64) -> ReservationReq<'static> {
    ReservationReq {
        domid: dom,
        extent_order: 0,
        form: ReservationReqForm::Single { gpfn },
    }
}

fn bench(c: &mut Criterion) {
    let mut vm = Vm::new(Config::default());
    let mut q = vm.queue(DOM0, 3, QueueKind::Userspace, 1 << 17);
    let extents: Vec<Extent> = (0..EXTENTS).map(|gpfn| Extent { gpfn }).collect();
    let mut g = c.benchmark_group("populate_256MiB_4KiB");
    g.sample_size(10);
    g.measurement_time(Duration::from_secs(10));
    g.bench_function("batched_2048_per_message", |b| {
        b.iter(|| {
            let dom = create(&mut vm, &mut q);
            populate_batched(&mut vm, &mut q, dom, &extents);
            destroy(&mut vm, &mut q, dom);
        })
    });
    g.bench_function("ring_call_per_extent", |b| {
        b.iter(|| {
            let dom = create(&mut vm, &mut q);
            for gpfn in 0..EXTENTS {
                let r = call(
                    &mut vm,
                    &mut q,
                    request::<PopulatePhysmap>(gpfn as u32, &single(dom, gpfn)),
                );
                debug_assert!(error_of(&r[0]).is_none());
            }
            destroy(&mut vm, &mut q, dom);
        })
    });
    g.bench_function("register_call_per_extent", |b| {
        b.iter(|| {
            let dom = create(&mut vm, &mut q);
            for gpfn in 0..EXTENTS {
                let mut regs = PopulatePhysmap::to_regs(&single(dom, gpfn)).unwrap();
                vm.regs(DOM0, &mut regs);
                debug_assert_eq!(regs.rax, 0);
            }
            destroy(&mut vm, &mut q, dom);
        })
    });
    g.finish();

    let mut g = c.benchmark_group("lifecycle_256MiB");
    g.sample_size(20);
    g.bench_function("create_populate_unpause_destroy", |b| {
        b.iter(|| {
            let dom = create(&mut vm, &mut q);
            call(
                &mut vm,
                &mut q,
                request::<MaxVcpus>(
                    3,
                    &MaxVcpusReq {
                        domain: dom,
                        max: 2,
                    },
                ),
            );
            populate_batched(&mut vm, &mut q, dom, &extents);
            call(
                &mut vm,
                &mut q,
                request::<Unpausedomain>(4, &DomReq { domain: dom }),
            );
            destroy(&mut vm, &mut q, dom);
        })
    });
    g.finish();

    // The model's memory for one populated domain.
    let dom = create(&mut vm, &mut q);
    let empty = vm.host.hv.memory_footprint(dom).unwrap();
    populate_batched(&mut vm, &mut q, dom, &extents);
    let full = vm.host.hv.memory_footprint(dom).unwrap();
    let half = {
        destroy(&mut vm, &mut q, dom);
        let dom = create(&mut vm, &mut q);
        populate_batched(&mut vm, &mut q, dom, &extents[..extents.len() / 2]);
        let n = vm.host.hv.memory_footprint(dom).unwrap();
        destroy(&mut vm, &mut q, dom);
        n
    };
    eprintln!(
        "refhv memory per domain: {empty} bytes created, {half} bytes with 128 MiB populated, \
         {full} bytes with 256 MiB populated (page map: 64 bytes per 2 MiB + map nodes)"
    );
}

/// dom2 maps dom1's refs 0..4096 256 times each: 1,048,576 mappings, the default
/// `max_maptrack`, which a guest fills at will.
fn a_full_maptrack(vm: &mut Vm) {
    use hvlink_tests::grants::{host_map, map_many};
    // (Frames below the owner's 4,096 pages.)
    for r in 0..4096 {
        vm.host
            .hv
            .grant_access(DOM1, r, DOM2, u64::from(r), false)
            .unwrap();
    }
    let entries: Vec<_> = (0..4096)
        .map(|r| host_map(DOM1, r, 0x20_0000 + u64::from(r % 1024) * 4096))
        .collect();
    assert_eq!(map_many(&mut vm.host.hv, DOM2, &entries, 256), 1 << 20);
}

/// The toolstack's destroy of a domain whose maptrack is full: how long the host is held at
/// a time (the destroy's own turn, then each engine turn while the rest is released, a
/// slice per turn) against the whole release done at once (`dom_destroy`, what
/// destroydomain did before it released in slices).
fn destroy_report() {
    let mut vm = Vm::new(Config::default());
    a_full_maptrack(&mut vm);
    let mut q = vm.queue(DOM0, 3, QueueKind::Userspace, 1 << 17);
    send(
        &mut q,
        &[request::<Destroydomain>(9, &DomReq { domain: DOM2 })],
    );
    let (mut turns, mut longest, mut each) = (0u32, Duration::ZERO, Vec::new());
    let t0 = std::time::Instant::now();
    let mut answered = None;
    while vm.host.hv.domain(DOM2).is_some() {
        let t = std::time::Instant::now();
        vm.turn();
        longest = longest.max(t.elapsed());
        each.push(t.elapsed());
        turns += 1;
        if answered.is_none() && !replies(&mut q).is_empty() {
            answered = Some(t0.elapsed());
        }
        assert!(turns < 100_000);
    }
    let sliced = t0.elapsed();
    each.sort_unstable();
    let median = each[each.len() / 2];
    let mut vm = Vm::new(Config::default());
    a_full_maptrack(&mut vm);
    let t = std::time::Instant::now();
    vm.host.hv.dom_destroy(DOM2).unwrap();
    let whole = t.elapsed();
    eprintln!(
        "destroy of a domain holding 1,048,576 grant mappings (in process): answered after \
         {:.1?}, then released in slices of {} over {turns} turns, {sliced:.1?} in all, a turn \
         {median:.1?} (median), the longest {longest:.1?} (the first, and the machine's \
         preemptions); released at once: {whole:.1?} in one hold of the host lock",
        answered.unwrap_or_default(),
        hvlink_refhv::lifecycle::DESTROY_SLICE
    );
}

criterion_group!(benches, bench);

fn main() {
    destroy_report();
    benches();
    Criterion::default().configure_from_args().final_summary();
}
