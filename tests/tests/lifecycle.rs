//! Destroying a domain, end to end through the engine: what it held is released and its
//! peers see Xen's statuses; a batch of its own in flight finishes or is cancelled entry by
//! entry; nothing leaks. (The lifecycle itself through all versions: `toolstack.rs`.)
#![deny(unsafe_code)]

use hvlink_proto::domctl::{Destroydomain, DomReq};
use hvlink_proto::grant_table::{Gntst, MapGrantRef, MapMode, MapReplyForm};
use hvlink_refhv::evtchn::PortState;
use hvlink_tests::grants::{grant_refs, host_map, map_batch, map_many};
use hvlink_tests::msg::*;
use hvlink_tests::vm::*;

use hvlink_codec::ring::QueueKind;

const N: u32 = 1024;

/// (index, status) of every entry of map replies.
fn statuses(msgs: &[Vec<u8>]) -> Vec<(u32, Gntst)> {
    let mut out = Vec::new();
    for m in msgs {
        if error_of(m).is_some() {
            continue;
        }
        if let MapReplyForm::Batch { entry } = reply::<MapGrantRef>(m).form {
            out.extend(entry.iter().map(|e| (e.index, e.status)));
        }
    }
    out
}

/// dom1 grants ref 5 (frame 0x105) to dom2, and dom2 maps it at 0x30_0000: dom1 is then kept
/// (dying, not gone) by dom2 when destroyed. The mapping's handle.
fn dom2_maps_a_dom1_grant(vm: &mut Vm) -> u32 {
    use hvlink_proto::grant_table::Backend as _;
    vm.host
        .hv
        .grant_access(DOM1, 5, DOM2, 0x105, false)
        .unwrap();
    let mut handle = None;
    vm.host
        .hv
        .map_grant_ref(
            &hvlink_refhv::fixtures::kernel(DOM2),
            &map_batch(MapMode::INDEPENDENT, &[host_map(DOM1, 5, 0x30_0000)]),
            &mut |r| {
                assert_eq!(r.status, Gntst::OKAY);
                handle = r.handle;
                Ok(())
            },
        )
        .unwrap();
    handle.expect("a handle")
}

/// dom1 grants dom2 its refs 0..N; dom2 asks (seq 7, on its queue 4) to map them all in one
/// batch, which the host has not read yet. dom2's queue.
fn dom2_maps_every_grant_of_dom1(vm: &mut Vm) -> Queue {
    for r in 0..N {
        vm.host
            .hv
            .grant_access(DOM1, r, DOM2, 0x100 + u64::from(r), false)
            .unwrap();
    }
    let mut q2 = vm.queue(DOM2, 4, QueueKind::Kernel, 1 << 17);
    let entries: Vec<_> = (0..N)
        .map(|r| host_map(DOM1, r, 0x20_0000 + u64::from(r) * 4096))
        .collect();
    send(
        &mut q2,
        &[request::<MapGrantRef>(
            7,
            &map_batch(MapMode::INDEPENDENT, &entries),
        )],
    );
    q2
}

/// dom2 maps 1024 of dom1's grants in one batch; the toolstack destroys dom2 after the first
/// budget of entries ran. Every entry reports a status (okay for those run, cancelled for the
/// rest), the mappings it made are released (dom1's entries end unpinned), dom2's queues go,
/// and dom2 is gone.
#[test]
fn destroy_mid_batch_reports_every_entry_and_leaks_nothing() {
    let mut vm = Vm::with_budget(64);
    let mut q2 = dom2_maps_every_grant_of_dom1(&mut vm);
    let mut q0 = vm.queue(DOM0, 1, QueueKind::Userspace, 1 << 17);
    vm.turn();
    let mapped_before = (0..N)
        .filter(|&r| vm.host.hv.grant_status(DOM1, r).unwrap().mappings > 0)
        .count();
    assert!(
        mapped_before > 0 && mapped_before < N as usize,
        "{mapped_before}"
    );
    // The toolstack destroys dom2 while its batch is in flight.
    send(
        &mut q0,
        &[request::<Destroydomain>(1, &DomReq { domain: DOM2 })],
    );
    let mut got = Vec::new();
    for _ in 0..64 {
        vm.turn();
        got.extend(replies(&mut q2));
        if statuses(&got).len() == N as usize {
            break;
        }
    }
    let st = statuses(&got);
    assert_eq!(st.len(), N as usize, "every entry has a status");
    for (i, (index, _)) in st.iter().enumerate() {
        assert_eq!(*index, i as u32, "each entry once, in order");
    }
    let okay = st.iter().filter(|(_, s)| *s == Gntst::OKAY).count();
    let cancelled = st.iter().filter(|(_, s)| *s == Gntst::CANCELLED).count();
    assert_eq!(okay + cancelled, N as usize, "okay or cancelled only");
    assert!(cancelled > 0, "the rest was cancelled");
    // Nothing leaks: dom1's entries are unpinned, dom2 is gone with its queues.
    for r in 0..N {
        let s = vm.host.hv.grant_status(DOM1, r).unwrap();
        assert_eq!(s.mappings, 0, "ref {r}");
        assert_eq!(s.flags & 0x18, 0, "ref {r} not in use");
    }
    assert!(vm.host.hv.domain(DOM2).is_none(), "dom2 gone");
    assert!(vm.host.queue_keys().iter().all(|k| k.domain != DOM2));
    // The toolstack's destroy was answered.
    let r0 = replies(&mut q0);
    assert!(r0.iter().all(|m| error_of(m).is_none_or(|e| e.0 == 0)));
}

/// dom1 grants dom2 its refs 0..64 and dom2 maps each 130 times (8,320 mappings, more than
/// two of the destroy's slices, [`hvlink_refhv::lifecycle::DESTROY_SLICE`]).
fn dom2_maps_dom1s_grants_many_times(vm: &mut Vm) -> u32 {
    grant_refs(&mut vm.host.hv, DOM1, DOM2, 0..64);
    let entries: Vec<_> = (0..64)
        .map(|r| host_map(DOM1, r, 0x20_0000 + u64::from(r) * 4096))
        .collect();
    let n = map_many(&mut vm.host.hv, DOM2, &entries, 130);
    assert!(n > 2 * hvlink_refhv::lifecycle::DESTROY_SLICE, "{n}");
    n
}

/// No grant of dom1's is mapped any more, and dom2 is gone.
fn dom2_gone_and_dom1_unpinned(vm: &Vm) {
    assert!(vm.host.hv.domain(DOM2).is_none(), "dom2 gone");
    for r in 0..64 {
        assert_eq!(
            vm.host.hv.grant_status(DOM1, r).unwrap().mappings,
            0,
            "ref {r}"
        );
    }
}

/// The toolstack's destroy of a domain holding more grant mappings than one slice releases
/// (a guest fills its maptrack at will: a million by default) is answered at once, with the
/// domain dying, and the rest of its mappings go a slice per host turn, so that one
/// domain's teardown holds the host lock a slice at a time, as Xen's `domain_kill` is
/// preempted and continued: dom1's call sent beside it is answered in the same turn, the
/// turns go on without a doorbell while mappings are left (work due), and dom2 is gone
/// with no pin of dom1's left after the last slice. Before, the whole maptrack went in one
/// call under the lock.
#[test]
fn a_destroy_of_many_mappings_goes_in_slices_and_others_are_served_meanwhile() {
    use hvlink_proto::rt::Empty;
    use hvlink_proto::version::Version;
    let mut vm = Vm::new(Default::default());
    let total = dom2_maps_dom1s_grants_many_times(&mut vm);
    let mut q0 = vm.queue(DOM0, 1, QueueKind::Userspace, 1 << 17);
    let mut q1 = vm.queue(DOM1, 2, QueueKind::Kernel, 1 << 16);
    send(
        &mut q0,
        &[request::<Destroydomain>(1, &DomReq { domain: DOM2 })],
    );
    send(&mut q1, &[request::<Version>(1, &Empty)]);
    vm.turn();
    let got = replies(&mut q0);
    assert_eq!(got.len(), 1, "the destroy is answered at once");
    assert!(
        error_of(&got[0]).is_none_or(|e| e.0 == 0),
        "{:?}",
        error_of(&got[0])
    );
    assert_eq!(
        replies(&mut q1).len(),
        1,
        "dom1 was served in the same turn"
    );
    let left = vm.host.hv.domain(DOM2).unwrap().grant.mappings();
    assert!(left > 0 && left < total, "{left} of {total} left");
    let mut turns = 0;
    while vm.host.hv.domain(DOM2).is_some() {
        assert!(
            vm.host.has_work(),
            "mappings are left: the host has work due"
        );
        assert!(turns < 64, "dom2 never went");
        vm.turn();
        turns += 1;
    }
    assert!(turns >= 2, "released over {turns} more turns");
    dom2_gone_and_dom1_unpinned(&vm);
}

/// The same destroy by register call: done at once (status 0), the domain dying; the
/// host's turns release the rest, and dom2 is gone with no pin of dom1's left.
#[test]
fn a_destroy_by_register_call_goes_in_slices_too() {
    use hvlink_host::dispatch::RegOutcome;
    use hvlink_proto::rt::FastAbi;
    let mut vm = Vm::new(Default::default());
    dom2_maps_dom1s_grants_many_times(&mut vm);
    let mut regs = Destroydomain::to_regs(&DomReq { domain: DOM2 }).unwrap();
    assert_eq!(vm.host.register_call(DOM0, &mut regs), RegOutcome::Done);
    assert_eq!(regs.rax, 0, "status {}", regs.rax as i64);
    assert!(vm.host.hv.domain(DOM2).is_some_and(|d| d.life.lock().dying));
    for _ in 0..64 {
        if vm.host.hv.domain(DOM2).is_none() {
            break;
        }
        vm.turn();
    }
    dom2_gone_and_dom1_unpinned(&vm);
}

/// A domain destroyed while a peer maps its grant stays dying until the peer unmaps; its
/// interdomain event channel leaves the peer's port unbound; its memory returns to the host.
#[test]
fn peers_see_xen_statuses_after_destroy() {
    use hvlink_proto::grant_table::Backend as _;
    use hvlink_refhv::fixtures::kernel;
    let mut vm = Vm::new(Default::default());
    let handle = dom2_maps_a_dom1_grant(&mut vm);
    let p1 = alloc_unbound(&mut vm, DOM1, DOM2);
    let p2 = bind_interdomain(&mut vm, DOM2, DOM1, p1);
    let (_, free0) = vm.host.hv.host_pages();
    vm.host.hv.dom_destroy(DOM1).unwrap();
    // Dying while dom2 maps its grant (XEN_DOMINF_dying = 1).
    let info = vm.host.hv.dom_info(DOM1).expect("still there, dying");
    assert_eq!(info.flags & 1, 1);
    // dom2's port: unbound for the dead domain.
    assert!(matches!(
        vm.host.hv.port_info(DOM2, p2).unwrap().state,
        PortState::Unbound { .. }
    ));
    // New maps of the dying domain's grants are refused with bad_domain.
    let mut st = None;
    vm.host
        .hv
        .map_grant_ref(
            &kernel(DOM2),
            &map_batch(MapMode::INDEPENDENT, &[host_map(DOM1, 5, 0x31_0000)]),
            &mut |r| {
                st = Some(r.status);
                Ok(())
            },
        )
        .unwrap();
    assert_eq!(st, Some(Gntst::BAD_DOMAIN));
    // dom2 unmaps: dom1 is gone at the next tick.
    let h = handle;
    let unmap = hvlink_tests::grants::single_unmap(h, 0x30_0000);
    vm.host
        .hv
        .unmap_grant_ref(&kernel(DOM2), &unmap, &mut |r| {
            assert_eq!(r.status, Gntst::OKAY);
            Ok(())
        })
        .unwrap();
    vm.host.hv.tick();
    assert!(vm.host.hv.dom_info(DOM1).is_none(), "gone");
    // Its memory went back (the fixture's domains have fixed RAM, not counted as free).
    let (_, free1) = vm.host.hv.host_pages();
    assert!(free1 >= free0);
}

/// What a guest sends at the toolstack families is refused, by name, before anything
/// happens: control ops (EPERM), another domain's memory (EPERM), more extents than a
/// message may carry (E2BIG, the attribute named); a device model may touch its target only.
#[test]
fn hostile_toolstack_calls_are_refused() {
    use hvlink_proto::domctl::{Backend as _, CreateReq, Createdomain, SetTargetReq};
    use hvlink_proto::memory::{
        AddToPhysmapBatch, Extent, ExtentMode, ExtentStatus, Mapspace, PhysmapReq, PhysmapReqForm,
        PopulatePhysmap, ReservationReplyForm, ReservationReq, ReservationReqForm,
    };
    use hvlink_proto::rt::List;
    use hvlink_proto::sysctl::{Getdomaininfolist, ListReq};
    use hvlink_refhv::fixtures::kernel;
    const EPERM: i32 = -1;
    const E2BIG: i32 = -7;

    let mut vm = Vm::new(Default::default());
    let mut g = vm.queue(DOM1, 5, QueueKind::Kernel, 1 << 17);
    let create = CreateReq {
        domain: 0,
        flags: hvlink_proto::domctl::Cdf(0),
        max_vcpus: 1,
        max_evtchn_port: 1023,
        max_grant_frames: -1,
        max_maptrack_frames: -1,
        handle: None,
        name: Some("evil"),
        max_grant_version: None,
        cpupool_id: 0,
    };
    let r = vm.call::<Createdomain>(&mut g, 1, &create);
    assert_eq!(error_of(&r[0]).map(|e| e.0), Some(EPERM));
    let r = vm.call::<Getdomaininfolist>(
        &mut g,
        2,
        &ListReq {
            cursor: 12345,
            max_domains: 64,
        },
    );
    assert_eq!(error_of(&r[0]).map(|e| e.0), Some(EPERM), "privilege first");
    let one = [Extent { gpfn: 1 << 20 }];
    let other = ReservationReq {
        domid: DOM2,
        extent_order: 0,
        form: ReservationReqForm::Batch {
            mode: ExtentMode::INDEPENDENT,
            extent: List::new(&one),
        },
    };
    let r = vm.call::<PopulatePhysmap>(&mut g, 3, &other);
    assert_eq!(error_of(&r[0]).map(|e| e.0), Some(EPERM));
    // 2200 extents: over what one message may carry (the spec's 2048, plus the 128
    // attributes of room every set keeps for a newer peer's additions).
    let many: Vec<Extent> = (0..2200).map(|gpfn| Extent { gpfn }).collect();
    let own = ReservationReq {
        domid: 0x7FF0,
        extent_order: 0,
        form: ReservationReqForm::Batch {
            mode: ExtentMode::INDEPENDENT,
            extent: List::new(&many),
        },
    };
    let r = vm.call::<PopulatePhysmap>(&mut g, 4, &own);
    let e = error_of(&r[0]).expect("refused");
    assert_eq!(e.0, E2BIG);
    assert!(e.2.is_some(), "the offset of the offending attribute");
    // Its own memory, within its reservation: every extent gets a status (the fixture's
    // RAM is fixed, so more is over max_mem).
    let r = vm.call::<PopulatePhysmap>(
        &mut g,
        5,
        &ReservationReq {
            domid: 0x7FF0,
            extent_order: 0,
            form: ReservationReqForm::Batch {
                mode: ExtentMode::INDEPENDENT,
                extent: List::new(&one),
            },
        },
    );
    match reply::<PopulatePhysmap>(&r[0]).form {
        ReservationReplyForm::Batch { entry } => {
            let st: Vec<_> = entry.iter().map(|e| e.status).collect();
            assert_eq!(st, [ExtentStatus::ENOMEM]);
        }
        ReservationReplyForm::Single { .. } => panic!("single reply to a batch"),
    }
    // A device model: dom1 serves dom2 after set_target; it may map dom2's frames into
    // itself, not dom0's, and a control op on its target is still refused.
    vm.host
        .hv
        .set_target(
            &kernel(0),
            &SetTargetReq {
                domain: DOM1,
                target: DOM2,
            },
        )
        .unwrap();
    let map = |foreign: u16| PhysmapReq {
        domid: 0x7FF0,
        space: Mapspace::GMFN_FOREIGN,
        foreign_domid: foreign,
        form: PhysmapReqForm::Single {
            idx: 0,
            gpfn: 1 << 21,
        },
    };
    let r = vm.call::<AddToPhysmapBatch>(&mut g, 6, &map(DOM2));
    assert!(
        error_of(&r[0]).is_none(),
        "the target's frame: a status, not an error"
    );
    let r = vm.call::<AddToPhysmapBatch>(&mut g, 7, &map(0));
    assert_eq!(error_of(&r[0]).map(|e| e.0), Some(EPERM));
    // Nor its own frames into its target (Xen's xsm_map_gmfn_foreign asks whether the
    // domain whose physmap changes may map the foreign one: the target may not map its
    // device model), which would let the target keep the device model from being reaped.
    let into_target = PhysmapReq {
        domid: DOM2,
        foreign_domid: DOM1,
        ..map(DOM1)
    };
    let r = vm.call::<AddToPhysmapBatch>(&mut g, 9, &into_target);
    assert_eq!(error_of(&r[0]).map(|e| e.0), Some(EPERM));
    let r = vm.call::<hvlink_proto::domctl::Pausedomain>(
        &mut g,
        8,
        &hvlink_proto::domctl::DomReq { domain: DOM2 },
    );
    assert_eq!(error_of(&r[0]).map(|e| e.0), Some(EPERM));
}

/// A device model maps a frame of its target; the target is destroyed and stays dying while
/// the mapping exists; remove_from_physmap drops it and the target is gone.
#[test]
fn foreign_mappings_keep_a_dying_domain_until_removed() {
    use hvlink_proto::domctl::{Backend as _, SetTargetReq};
    use hvlink_proto::memory::{
        AddToPhysmapBatch, Mapspace, PhysmapReq, PhysmapReqForm, RemoveFromPhysmap, RemoveReq,
    };
    use hvlink_refhv::fixtures::kernel;
    let mut vm = Vm::new(Default::default());
    let mut q = vm.queue(DOM1, 5, QueueKind::Kernel, 1 << 17);
    let hv = &mut vm.host.hv;
    hv.set_target(
        &kernel(0),
        &SetTargetReq {
            domain: DOM1,
            target: DOM2,
        },
    )
    .unwrap();
    // A toolstack-made target with memory, so that it has frames to map.
    let t = hv
        .dom_create(&hvlink_refhv::lifecycle::NewDomain {
            max_vcpus: 1,
            ..Default::default()
        })
        .unwrap();
    hv.dom_max_mem(t, 64).unwrap();
    hv.populate(t, 0, 0).unwrap();
    hv.set_target(
        &kernel(0),
        &SetTargetReq {
            domain: DOM1,
            target: t,
        },
    )
    .unwrap();
    let req = PhysmapReq {
        domid: 0x7FF0,
        space: Mapspace::GMFN_FOREIGN,
        foreign_domid: t,
        form: PhysmapReqForm::Single {
            idx: 0,
            gpfn: 1 << 21,
        },
    };
    let r = vm.call::<AddToPhysmapBatch>(&mut q, 1, &req);
    assert!(error_of(&r[0]).is_none());
    vm.host.hv.dom_destroy(t).unwrap();
    assert_eq!(vm.host.hv.dom_info(t).unwrap().flags & 1, 1, "dying");
    let r = vm.call::<RemoveFromPhysmap>(
        &mut q,
        2,
        &RemoveReq {
            domid: 0x7FF0,
            gpfn: 1 << 21,
        },
    );
    assert!(error_of(&r[0]).is_none_or(|e| e.0 == 0));
    assert!(vm.host.hv.dom_info(t).is_none(), "gone");
}

/// A domain whose queues faulted (a broken index each) and which is then destroyed: its
/// queues and memory go at once. Before, a faulted queue was never serviced again, so its
/// closing never ended: it stayed, with its buffers and its domain's memory, for good.
#[test]
fn a_destroyed_domains_faulted_queues_go() {
    use hvlink_codec::ring::SharedMem;
    let mut vm = Vm::new(hvlink_host::server::Config::default());
    let mut q0 = vm.queue(DOM0, 1, QueueKind::Userspace, 1 << 14);
    let q2 = vm.queue(DOM2, 1, QueueKind::Kernel, 1 << 14);
    let layout = *q2.layout();
    let region = hvlink_host::ring::GuestRegion::new(
        vm.mem[&DOM2].clone(),
        vm_memory::GuestAddress(8 << 20),
        4096 + 2 * (1 << 14),
    )
    .unwrap();
    region.store_u32(layout.req.prod, 6, std::sync::atomic::Ordering::Release);
    for _ in 0..4 {
        vm.turn();
    }
    let key = hvlink_host::server::QueueKey {
        domain: DOM2,
        queue: 1,
    };
    assert!(vm.host.queue_fault(key).is_some(), "faulted");
    send(
        &mut q0,
        &[request::<Destroydomain>(1, &DomReq { domain: DOM2 })],
    );
    for _ in 0..8 {
        vm.turn();
    }
    let r0 = replies(&mut q0);
    assert!(
        r0.iter()
            .any(|m| seq_of(m) == 1 && error_of(m).is_none_or(|e| e.0 == 0)),
        "destroyed"
    );
    assert!(vm.host.hv.domain(DOM2).is_none(), "dom2 gone");
    assert!(
        vm.host.queue_keys().iter().all(|k| k.domain != DOM2),
        "its faulted queue went: {:?}",
        vm.host.queue_keys()
    );
}

/// A domain destroyed while a peer keeps it (a mapping of its grant) keeps no timer or
/// watchdog armed: nothing of it fires while it waits to be reaped. Before, its periodic
/// vCPU timer kept firing (each time waking every waiter on the host) and its watchdog shut
/// the dying domain down.
#[test]
fn a_dying_domain_fires_no_timers() {
    use hvlink_proto::sched::{Backend as _, WatchdogReq};
    use hvlink_proto::vcpu::{Backend as _, PeriodicTimerReq};
    use hvlink_refhv::fixtures::kernel;
    let mut vm = Vm::new(Default::default());
    dom2_maps_a_dom1_grant(&mut vm);
    assert_eq!(vm.host.hv.next_deadline(), None, "nothing armed yet");
    vm.host
        .hv
        .watchdog(&kernel(DOM1), &WatchdogReq { id: 0, timeout: 10 })
        .unwrap();
    vm.host
        .hv
        .set_periodic_timer(
            &kernel(DOM1),
            &PeriodicTimerReq {
                vcpu: 0,
                period_ns: 1_000_000,
            },
        )
        .unwrap();
    assert!(vm.host.hv.next_deadline().is_some(), "armed");
    vm.host.hv.dom_destroy(DOM1).unwrap();
    assert!(
        vm.host.hv.dom_info(DOM1).is_some(),
        "dying, kept by dom2's mapping"
    );
    assert_eq!(
        vm.host.hv.next_deadline(),
        None,
        "no timer or watchdog of the dying domain is armed"
    );
    // Nor may it arm one again.
    assert_eq!(
        vm.host
            .hv
            .watchdog(&kernel(DOM1), &WatchdogReq { id: 0, timeout: 10 })
            .err(),
        Some(hvlink_proto::Errno::ESRCH)
    );
    assert_eq!(vm.host.hv.next_deadline(), None);
}

/// A zombie (destroyed, kept by a peer's mapping of its grant) is looked at again only when
/// a reference to it is let go, not on every tick: each look scans its grants and every
/// domain's foreign frames under the host lock, which a guest keeping the mapping could
/// otherwise make every turn and every locked register call pay. Let go, it is reaped.
#[test]
fn a_zombie_is_reaped_by_event_not_by_polling() {
    use hvlink_proto::grant_table::Backend as _;
    use hvlink_refhv::fixtures::kernel;
    let mut vm = Vm::new(Default::default());
    let handle = dom2_maps_a_dom1_grant(&mut vm);
    vm.host.hv.dom_destroy(DOM1).unwrap();
    // (The engine takes the destroyed list at its next turn.)
    vm.turn();
    let looks = vm.host.hv.reap_looks();
    for _ in 0..1000 {
        vm.host.hv.tick();
    }
    assert!(
        vm.host.hv.reap_looks() - looks <= 1,
        "{} looks in 1000 ticks",
        vm.host.hv.reap_looks() - looks
    );
    assert!(vm.host.hv.dom_info(DOM1).is_some(), "still dying");
    // Foreign frames of a live domain added and removed do not make anyone look either.
    {
        use hvlink_proto::memory::{Backend as _, Mapspace, PhysmapReq, PhysmapReqForm, RemoveReq};
        let d = vm
            .host
            .hv
            .dom_create(&hvlink_refhv::lifecycle::NewDomain {
                max_vcpus: 1,
                ..Default::default()
            })
            .unwrap();
        vm.host.hv.dom_max_mem(d, 64).unwrap();
        vm.host.hv.populate(d, 0, 0).unwrap();
        let looks = vm.host.hv.reap_looks();
        for _ in 0..50 {
            let add = PhysmapReq {
                domid: hvlink_proto::rt::DOMID_SELF,
                space: Mapspace::GMFN_FOREIGN,
                foreign_domid: d,
                form: PhysmapReqForm::Single {
                    idx: 0,
                    gpfn: 0x5000,
                },
            };
            let mut st = None;
            vm.host
                .hv
                .add_to_physmap_batch(&kernel(0), &add, &mut |r| {
                    st = Some(r.status);
                    Ok(())
                })
                .unwrap();
            assert_eq!(st, Some(hvlink_proto::memory::ExtentStatus::OKAY));
            vm.host
                .hv
                .remove_from_physmap(
                    &kernel(0),
                    &RemoveReq {
                        domid: hvlink_proto::rt::DOMID_SELF,
                        gpfn: 0x5000,
                    },
                )
                .unwrap();
            vm.host.hv.tick();
        }
        assert_eq!(
            vm.host.hv.reap_looks(),
            looks,
            "a live owner's frames reap nothing"
        );
    }
    let unmap = hvlink_tests::grants::single_unmap(handle, 0x30_0000);
    vm.host
        .hv
        .unmap_grant_ref(&kernel(DOM2), &unmap, &mut |_| Ok(()))
        .unwrap();
    vm.host.hv.tick();
    assert!(vm.host.hv.dom_info(DOM1).is_none(), "reaped once let go");
}

/// The engine learns of a destroyed domain at its next turn; an id may be given again before
/// that (the toolstack destroys dom2 and creates a new dom2 at once, and the new domain's
/// process registers its memory and sets its queues up, one under the same key as a queue of
/// the old domain). The old life's destruction closes what the old life set up only: the
/// new life's queues are answered, its memory stays registered (a queue set up after the
/// turn works), and the old queue under the same key gave way. Before, the new life's
/// queue under the old key was refused (EEXIST), and the turn closed every queue of the id
/// and dropped its memory: the new domain's calls were never answered.
#[test]
fn an_id_given_again_at_once_keeps_what_its_new_domain_set_up() {
    use hvlink_proto::control::{GetFamily, GetFamilyReq};
    use vm_memory::{GuestAddress, GuestMemoryMmap};
    let mut vm = Vm::new(hvlink_host::server::Config::default());
    let mut old = vm.queue(DOM2, 1, QueueKind::Kernel, 1 << 14);
    // The old life has a request published, not yet read: its queue is live, not idle.
    send(
        &mut old,
        &[request::<GetFamily>(
            9,
            &GetFamilyReq {
                family_id: None,
                family_name: Some("sched"),
            },
        )],
    );
    let pages = vm.host.hv.dom_info(DOM2).unwrap().tot_pages;
    vm.host.hv.dom_destroy(DOM2).unwrap();
    assert!(vm.host.hv.domain(DOM2).is_none(), "nothing kept it: gone");
    vm.host
        .hv
        .create_domain(
            DOM2,
            hvlink_refhv::DomainConfig {
                pages,
                ..Default::default()
            },
        )
        .unwrap();
    let m = GuestMemoryMmap::from_ranges(&[(GuestAddress(0), MEM)]).unwrap();
    vm.host.set_memory(DOM2, m.clone());
    // (The old life's memory stays mapped while its queue is looked at below.)
    let _old_mem = vm.mem.insert(DOM2, m);
    // Before the engine's turn: a new key, then the old life's key.
    let mut q2 = vm.queue(DOM2, 2, QueueKind::Kernel, 1 << 14);
    let mut q1 = vm.queue(DOM2, 1, QueueKind::Kernel, 1 << 14);
    let sched = |vm: &mut Vm, q: &mut Queue, seq| {
        let r = vm.call::<GetFamily>(
            q,
            seq,
            &GetFamilyReq {
                family_id: None,
                family_name: Some("sched"),
            },
        );
        assert!(
            r.iter().any(|m| seq_of(m) == seq && error_of(m).is_none()),
            "queue answered seq {seq}: {:?}",
            r.iter().map(|m| error_of(m)).collect::<Vec<_>>()
        );
    };
    sched(&mut vm, &mut q2, 1);
    sched(&mut vm, &mut q1, 2);
    // Its memory is still registered for it: a queue set up after the turns works.
    let mut q3 = vm.queue(DOM2, 3, QueueKind::Kernel, 1 << 14);
    sched(&mut vm, &mut q3, 3);
    assert_eq!(
        vm.host
            .queue_keys()
            .iter()
            .filter(|k| k.domain == DOM2)
            .count(),
        3,
        "the new life's three queues, the old one gone"
    );
    // The old life's request was never read: nothing of it reached the new queue 1.
    assert!(replies(&mut old).iter().all(|m| seq_of(m) != 9));
}

/// A paused domain makes no calls, as in Xen, where its vCPUs are not scheduled: its queues
/// are not read (a request it published waits in its ring, and the serving loop finds no
/// work in it), its register calls answer blocked with the registers untouched (the caller
/// waits as the vCPU would), and nothing of another domain changes. Unpaused, the request
/// is answered and the call goes through. A domain that shut down is held the same way.
/// Before, a paused domain's guest went on being served as if it ran.
#[test]
fn a_paused_or_shut_down_domain_is_held() {
    use hvlink_host::dispatch::RegOutcome;
    use hvlink_proto::control::{GetFamily, GetFamilyReq};
    use hvlink_proto::rt::{Empty, FastAbi};
    use hvlink_proto::version::Version;
    let mut vm = Vm::new(hvlink_host::server::Config::default());
    let mut q1 = vm.queue(DOM1, 1, QueueKind::Kernel, 1 << 14);
    let mut q2 = vm.queue(DOM2, 1, QueueKind::Kernel, 1 << 14);
    let ask = |seq| {
        request::<GetFamily>(
            seq,
            &GetFamilyReq {
                family_id: None,
                family_name: Some("sched"),
            },
        )
    };
    let answered = |msgs: &[Vec<u8>], seq| {
        msgs.iter()
            .any(|m| seq_of(m) == seq && error_of(m).is_none())
    };
    vm.host.hv.dom_pause(DOM1).unwrap();
    send(&mut q1, &[ask(1)]);
    send(&mut q2, &[ask(2)]);
    for _ in 0..4 {
        vm.turn();
    }
    assert!(
        replies(&mut q1).is_empty(),
        "a paused domain's request is not read"
    );
    assert!(answered(&replies(&mut q2), 2), "another domain is served");
    assert!(!vm.host.has_work(), "no work the serving loop could do");
    let mut regs = Version::to_regs(&Empty).unwrap();
    let before = regs;
    assert_eq!(vm.host.register_call(DOM1, &mut regs), RegOutcome::Blocked);
    assert_eq!(regs, before, "registers untouched");
    assert_eq!(vm.host.metrics().snapshot().held_calls, 1);
    // Another domain's register call is served.
    let mut other = Version::to_regs(&Empty).unwrap();
    vm.regs(DOM2, &mut other);
    assert_eq!(other.rax, 0);
    vm.host.hv.dom_unpause(DOM1).unwrap();
    assert!(vm.host.has_work(), "its request is work again");
    let r = turns_until(&mut vm, &mut q1, 8, |out| !out.is_empty());
    assert!(answered(&r, 1), "answered once unpaused");
    vm.regs(DOM1, &mut regs);
    assert_eq!(regs.rax, 0);
    // Shut down (a guest's `sched.shutdown`; here the model's): held too.
    vm.host.hv.domain_shutdown(DOM2, 0).unwrap();
    let mut regs = Version::to_regs(&Empty).unwrap();
    assert_eq!(vm.host.register_call(DOM2, &mut regs), RegOutcome::Blocked);
    send(&mut q2, &[ask(3)]);
    for _ in 0..4 {
        vm.turn();
    }
    assert!(
        replies(&mut q2).is_empty(),
        "a shut-down domain's request is not read"
    );
    // The control domain is never held (nobody may pause it).
    let mut regs = Version::to_regs(&Empty).unwrap();
    vm.regs(DOM0, &mut regs);
    assert_eq!(regs.rax, 0);
}

/// The queues a destroyed domain left close even when the id's next domain is paused (it
/// is created paused): a pause holds the life it pauses, not what an earlier life of the id
/// left. Before, they were held with the new domain and kept their mappings (and their
/// place among the id's queues) until it ran.
#[test]
fn a_new_paused_life_does_not_hold_what_the_last_one_left() {
    let mut vm = Vm::new(hvlink_host::server::Config::default());
    let _old = vm.queue(DOM2, 1, QueueKind::Kernel, 1 << 14);
    vm.host.hv.dom_destroy(DOM2).unwrap();
    vm.host
        .hv
        .dom_create(&hvlink_refhv::lifecycle::NewDomain {
            domain: DOM2,
            max_vcpus: 1,
            ..Default::default()
        })
        .unwrap();
    for _ in 0..4 {
        vm.turn();
    }
    assert!(
        vm.host.queue_keys().iter().all(|k| k.domain != DOM2),
        "the old life's queue went: {:?}",
        vm.host.queue_keys()
    );
}

/// A batch preempted when its domain is paused waits where it is, as a preempted Xen
/// hypercall waits for its vCPU: no entry runs while the domain is paused, and once it is
/// unpaused the batch goes on from where it stopped, every entry answered once and mapped.
#[test]
fn a_paused_domains_batch_resumes_where_it_stopped() {
    let mut vm = Vm::with_budget(64);
    let mut q2 = dom2_maps_every_grant_of_dom1(&mut vm);
    let mapped = |vm: &Vm| {
        (0..N)
            .filter(|&r| vm.host.hv.grant_status(DOM1, r).unwrap().mappings > 0)
            .count()
    };
    vm.turn();
    let before = mapped(&vm);
    assert!(before > 0 && before < N as usize, "{before}");
    vm.host.hv.dom_pause(DOM2).unwrap();
    let mut got = Vec::new();
    for _ in 0..16 {
        vm.turn();
        got.extend(replies(&mut q2));
    }
    assert_eq!(mapped(&vm), before, "no entry ran while paused");
    assert!(!vm.host.has_work(), "nothing the serving loop could do");
    vm.host.hv.dom_unpause(DOM2).unwrap();
    for _ in 0..64 {
        vm.turn();
        got.extend(replies(&mut q2));
        if statuses(&got).len() == N as usize {
            break;
        }
    }
    let st = statuses(&got);
    assert_eq!(st.len(), N as usize, "every entry has a status");
    for (i, (index, s)) in st.iter().enumerate() {
        assert_eq!(
            (*index, *s),
            (i as u32, Gntst::OKAY),
            "each entry once, in order"
        );
    }
    assert_eq!(mapped(&vm), N as usize);
}
