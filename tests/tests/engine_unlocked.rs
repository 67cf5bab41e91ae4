//! Register calls served without the host lock (`hvlink_host::bypass`, the reference
//! hypervisor's `unlocked` part: the `version` family, event channel `send`, `status` and
//! `unmask`, the HVM ops on the caller's own parameters, the vCPU ops but `down`,
//! `sched.yield`): they complete while the lock is held, answer as the locked path does, and
//! count; a call served under the lock waits for it; a capture tap sends every call under
//! the lock, where the tap sees it.

use std::sync::mpsc;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use hvlink_deploy::embedded::{EmbeddedShared, Options};
use hvlink_host::dispatch::RegOutcome;
use hvlink_proto::rt::{Empty, FastAbi, Regs};
use hvlink_proto::version::{FeaturesReq, GetFeatures, Version, XenFeatures};
use hvlink_proto::Errno;
use hvlink_tests::embedded::{self as fixtures, locked_call, DOM1, DOM2};

/// Make the call on a thread of its own; its outcome and registers arrive on the receiver.
fn spawn_call(
    shared: &Arc<EmbeddedShared>,
    dom: u16,
    mut regs: Regs,
) -> mpsc::Receiver<(RegOutcome, Regs)> {
    let (tx, rx) = mpsc::channel();
    let shared = shared.clone();
    std::thread::spawn(move || {
        let out = shared.register_call(dom, &mut regs, Duration::from_secs(10));
        let _ = tx.send((out, regs));
    });
    rx
}

/// The call's registers, once it completed within 5 s.
fn done(rx: &mpsc::Receiver<(RegOutcome, Regs)>, what: &str) -> Regs {
    let (out, regs) = rx
        .recv_timeout(Duration::from_secs(5))
        .unwrap_or_else(|_| panic!("{what}: no answer while the host lock is held"));
    assert_eq!(out, RegOutcome::Done, "{what}");
    regs
}

/// Wait until `dom` has a call posted for the lock holder (it waits for the lock).
fn posted(shared: &EmbeddedShared, dom: u16) {
    let t = std::time::Instant::now();
    while shared.posted_by(dom) == 0 {
        assert!(t.elapsed() < Duration::from_secs(5), "nothing posted");
        std::thread::sleep(Duration::from_millis(1));
    }
}

/// The call behind `rx`, made by `dom`, waits for the host lock: it is posted for the
/// holder and has no answer meanwhile.
fn waits(shared: &EmbeddedShared, dom: u16, rx: &mpsc::Receiver<(RegOutcome, Regs)>, what: &str) {
    posted(shared, dom);
    std::thread::sleep(Duration::from_millis(20));
    assert!(rx.try_recv().is_err(), "{what} ran without the lock");
}

#[test]
fn a_version_call_never_waits_for_the_host_lock_and_a_locked_call_does() {
    let e = fixtures::with_grants(Options::default(), 0);
    let shared = e.shared().clone();
    let metrics = shared.metrics();
    let calls0 = metrics
        .register_calls
        .load(std::sync::atomic::Ordering::Relaxed);
    let held = shared.host();

    // Served on the callers' threads while the lock stays held.
    let v = done(
        &spawn_call(&shared, DOM1, Version::to_regs(&Empty).unwrap()),
        "version.version",
    );
    assert_eq!(v.rax, 0);
    let r = Version::reply_from_regs(&v).unwrap();
    assert_eq!((r.major, r.minor), (4, 19));
    let features = |dom| {
        let regs = GetFeatures::to_regs(&FeaturesReq { submap_idx: 0 }).unwrap();
        let r = done(&spawn_call(&shared, dom, regs), "version.get_features");
        assert_eq!(r.rax, 0, "domain {dom}");
        GetFeatures::reply_from_regs(&r).unwrap().submap.0
    };
    assert_ne!(features(0) & XenFeatures::DOM0.0, 0, "the control domain");
    assert_eq!(features(DOM1) & XenFeatures::DOM0.0, 0, "a guest");
    // Errors are the locked path's: an unknown submap, a domain that does not exist (the
    // registers are untouched but for the status).
    let bad = GetFeatures::to_regs(&FeaturesReq { submap_idx: 3 }).unwrap();
    let r = done(&spawn_call(&shared, DOM1, bad), "bad submap");
    assert_eq!(r.rax as i64, -i64::from(Errno::EINVAL.0));
    assert_eq!((r.rdi, r.rsi), (bad.rdi, bad.rsi));
    let r = done(
        &spawn_call(&shared, 9, Version::to_regs(&Empty).unwrap()),
        "no such domain",
    );
    assert_eq!(r.rax as i64, -i64::from(Errno::ESRCH.0));
    assert_eq!(
        metrics
            .register_calls
            .load(std::sync::atomic::Ordering::Relaxed)
            - calls0,
        5,
        "each call counted once"
    );

    // A call served under the lock waits for it: posted for the holder, it has no answer
    // until the lock goes.
    let query = spawn_call(&shared, DOM1, locked_call());
    waits(&shared, DOM1, &query, "control.ping");
    drop(held);
    let r = done(&query, "control.ping");
    assert_eq!((r.rax, r.rsi), (0, hvlink_tests::embedded::LOCKED_COOKIE));
}

/// Event channel ops by register complete while the host lock is held, on the ports the
/// model keeps: `send`, `status` and `unmask` (a send marks the peer's port pending and
/// counts an upcall), and the ops that change bindings: a new channel offered, bound from
/// the other side (its new port starts pending, as Xen's), used, and closed, the peer's end
/// becoming unbound. Another domain's port is the control domain's to ask about (a
/// `control`-class call, whose policy the directory answers): no lock either, and a guest's
/// gets `EPERM`.
#[test]
fn event_channel_ops_never_wait_for_the_host_lock() {
    use hvlink_proto::event_channel::{
        AllocUnbound, AllocUnboundReq, BindInterdomain, BindInterdomainReq, Close, EvtchnStatus,
        PortReq, SendOp, Status, StatusReq, Unmask,
    };
    use hvlink_proto::rt::DOMID_SELF;
    let e = fixtures::with_grants(Options::default(), 0);
    let shared = e.shared().clone();
    let (p1, p2) = e.with_hv(|hv| {
        let (p1, p2) = fixtures::channel(hv, DOM1, DOM2);
        hv.clear_pending(DOM2, p2).unwrap();
        hv.set_masked(DOM2, p2, true).unwrap();
        (p1, p2)
    });
    let upcalls = |shared: &EmbeddedShared| shared.host().hv.domain(DOM2).unwrap().upcalls();
    let upcalls0 = upcalls(&shared);
    let held = shared.host();
    let send = SendOp::to_regs(&PortReq { port: p1 }).unwrap();
    assert_eq!(done(&spawn_call(&shared, DOM1, send), "send").rax, 0);
    let status = Status::to_regs(&StatusReq {
        dom: DOMID_SELF,
        port: p2,
    })
    .unwrap();
    let r = done(&spawn_call(&shared, DOM2, status), "status");
    assert_eq!(r.rax, 0);
    let s = Status::reply_from_regs(&r).unwrap();
    assert_eq!(
        (s.status, s.remote_dom, s.remote_port),
        (EvtchnStatus::INTERDOMAIN, Some(DOM1), Some(p1))
    );
    // Another domain's port is the control domain's to ask about (a `control`-class call,
    // whose policy the directory answers): no lock either; a guest's gets EPERM.
    let foreign = Status::to_regs(&StatusReq {
        dom: DOM2,
        port: p2,
    })
    .unwrap();
    let r = done(&spawn_call(&shared, 0, foreign), "status of another domain");
    assert_eq!(r.rax, 0);
    let r = done(
        &spawn_call(&shared, DOM1, foreign),
        "a guest's status of another domain",
    );
    assert_eq!(r.rax as i64, -i64::from(Errno::EPERM.0));
    // The masked pending port becomes an upcall when DOM2 unmasks it.
    let unmask = Unmask::to_regs(&PortReq { port: p2 }).unwrap();
    assert_eq!(done(&spawn_call(&shared, DOM2, unmask), "unmask").rax, 0);
    // A second channel, DOM1 → DOM2, made, used and closed while the lock is held.
    let alloc = AllocUnbound::to_regs(&AllocUnboundReq {
        dom: DOMID_SELF,
        remote_dom: DOM2,
    })
    .unwrap();
    let r = done(&spawn_call(&shared, DOM1, alloc), "alloc_unbound");
    assert_eq!(r.rax, 0);
    let offered = AllocUnbound::reply_from_regs(&r).unwrap().port;
    let bind = BindInterdomain::to_regs(&BindInterdomainReq {
        remote_dom: DOM1,
        remote_port: offered,
    })
    .unwrap();
    let r = done(&spawn_call(&shared, DOM2, bind), "bind_interdomain");
    assert_eq!(r.rax, 0);
    let bound = BindInterdomain::reply_from_regs(&r).unwrap().local_port;
    let st = |dom, port| {
        let regs = Status::to_regs(&StatusReq {
            dom: DOMID_SELF,
            port,
        })
        .unwrap();
        Status::reply_from_regs(&done(&spawn_call(&shared, dom, regs), "status")).unwrap()
    };
    let s = st(DOM1, offered);
    assert_eq!(
        (s.status, s.remote_dom, s.remote_port),
        (EvtchnStatus::INTERDOMAIN, Some(DOM2), Some(bound))
    );
    let close = Close::to_regs(&PortReq { port: bound }).unwrap();
    assert_eq!(done(&spawn_call(&shared, DOM2, close), "close").rax, 0);
    let s = st(DOM1, offered);
    assert_eq!(
        (s.status, s.remote_dom),
        (EvtchnStatus::UNBOUND, Some(DOM2))
    );
    let r = done(&spawn_call(&shared, DOM2, close), "close again");
    assert_eq!(r.rax as i64, -i64::from(Errno::EINVAL.0));
    assert_eq!(
        shared.posted_by(0) + shared.posted_by(DOM1) + shared.posted_by(DOM2),
        0
    );
    drop(held);
    e.with_hv(|hv| {
        assert_eq!(hv.evtchn_is_pending(DOM2, p2), Ok(true));
    });
    assert_eq!(
        upcalls(&shared),
        upcalls0 + 2,
        "one upcall at the unmask, one for the port the bind made (it starts pending)"
    );
}

#[test]
fn with_a_capture_tap_on_every_call_goes_under_the_lock_and_is_recorded() {
    let e = fixtures::with_grants(Options::default(), 0);
    let shared = e.shared().clone();
    let seen = Arc::new(Mutex::new(Vec::<(u16, u16)>::new()));
    {
        let seen = seen.clone();
        shared.host().set_capture(Some(Box::new(move |_, key, _| {
            seen.lock().unwrap().push((key.domain, key.queue));
        })));
    }
    let held = shared.host();
    let v = spawn_call(&shared, DOM1, Version::to_regs(&Empty).unwrap());
    posted(&shared, DOM1);
    drop(held);
    assert_eq!(done(&v, "version.version, captured").rax, 0);
    // The call and its result, as register records (queue u16::MAX).
    assert_eq!(*seen.lock().unwrap(), vec![(DOM1, u16::MAX); 2]);
    // Tap off: served without the lock again, and not recorded.
    shared.host().set_capture(None);
    let held = shared.host();
    let v = spawn_call(&shared, DOM1, Version::to_regs(&Empty).unwrap());
    assert_eq!(done(&v, "version.version, tap off").rax, 0);
    drop(held);
    assert_eq!(seen.lock().unwrap().len(), 2);
}

#[test]
fn a_host_without_the_unlocked_part_serves_every_call_under_the_lock() {
    let e = fixtures::with_grants(
        Options {
            unlocked: false,
            ..Options::default()
        },
        0,
    );
    let shared = e.shared().clone();
    let held = shared.host();
    let v = spawn_call(&shared, DOM1, Version::to_regs(&Empty).unwrap());
    waits(&shared, DOM1, &v, "version.version");
    drop(held);
    assert_eq!(done(&v, "version.version").rax, 0);
}

/// HVM parameters of the caller's own domain by register (set, get, TLB flush, upcall
/// vector) complete while the host lock is held, with Xen's access rules (a guest may not
/// write the store pfn: `EPERM`), and so do `hvm.get_time` (the clock is kept apart) and
/// `get_mem_type` (the layout is kept with the reservation); the control domain's access to
/// another domain's parameters and frame types is a `control`-class call, whose policy the
/// directory answers, so it does not wait either (a guest's gets `EPERM`).
#[test]
fn hvm_parameters_by_register_never_wait_for_the_host_lock() {
    use hvlink_proto::hvm::{
        FlushTlbs, GetMemType, GetParam, GetTime, HvmParam, HvmmemType, MemTypeReq, ParamReq,
        SetEvtchnUpcallVector, SetParam, SetParamReq, UpcallVectorReq,
    };
    use hvlink_proto::rt::DOMID_SELF;
    let e = fixtures::with_grants(Options::default(), 0);
    let shared = e.shared().clone();
    let held = shared.host();
    let set = |index, value| {
        SetParam::to_regs(&SetParamReq {
            dom: DOMID_SELF,
            index,
            value,
        })
        .unwrap()
    };
    let r = done(
        &spawn_call(&shared, DOM1, set(HvmParam::CALLBACK_IRQ, 0x2_0000_00f3)),
        "set callback-irq",
    );
    assert_eq!(r.rax, 0);
    let r = done(
        &spawn_call(&shared, DOM1, set(HvmParam::STORE_PFN, 7)),
        "set store-pfn",
    );
    assert_eq!(r.rax as i64, -i64::from(Errno::EPERM.0));
    let get = GetParam::to_regs(&ParamReq {
        dom: DOMID_SELF,
        index: HvmParam::CALLBACK_IRQ,
    })
    .unwrap();
    let r = done(&spawn_call(&shared, DOM1, get), "get callback-irq");
    assert_eq!(r.rax, 0);
    assert_eq!(GetParam::reply_from_regs(&r).unwrap().value, 0x2_0000_00f3);
    let flush = FlushTlbs::to_regs(&Empty).unwrap();
    assert_eq!(done(&spawn_call(&shared, DOM1, flush), "flush").rax, 0);
    let vector = SetEvtchnUpcallVector::to_regs(&UpcallVectorReq {
        vcpu: 1,
        vector: 0xf3,
    })
    .unwrap();
    assert_eq!(done(&spawn_call(&shared, DOM1, vector), "vector").rax, 0);
    // The clock is read without the lock too.
    let r = done(
        &spawn_call(&shared, DOM1, GetTime::to_regs(&Empty).unwrap()),
        "get_time",
    );
    assert_eq!(r.rax, 0);
    assert!(GetTime::reply_from_regs(&r).unwrap().now > 0);
    // The caller's own frame types: RAM at frame 0, not RAM far beyond its end.
    let mem_type = |dom, pfn| GetMemType::to_regs(&MemTypeReq { dom, pfn }).unwrap();
    for (pfn, want) in [(0, HvmmemType::RAM_RW), (1 << 40, HvmmemType::MMIO_DM)] {
        let r = done(
            &spawn_call(&shared, DOM1, mem_type(DOMID_SELF, pfn)),
            "get_mem_type",
        );
        assert_eq!(r.rax, 0);
        assert_eq!(GetMemType::reply_from_regs(&r).unwrap().mem_type, want);
    }
    // Another domain's frames and parameters are `control`-class calls: the policy is the
    // directory's, so they do not wait for the lock either. The control domain's answer, a
    // guest's gets EPERM.
    let r = done(
        &spawn_call(&shared, DOM1, mem_type(DOM2, 0)),
        "a guest's get_mem_type of another domain",
    );
    assert_eq!(r.rax as i64, -i64::from(Errno::EPERM.0));
    let r = done(
        &spawn_call(&shared, 0, mem_type(DOM1, 0)),
        "dom0's get_mem_type of domain 1",
    );
    assert_eq!(
        GetMemType::reply_from_regs(&r).unwrap().mem_type,
        HvmmemType::RAM_RW
    );
    let foreign = GetParam::to_regs(&ParamReq {
        dom: DOM1,
        index: HvmParam::CALLBACK_IRQ,
    })
    .unwrap();
    let r = done(
        &spawn_call(&shared, 0, foreign),
        "dom0's get_param of domain 1",
    );
    assert_eq!(GetParam::reply_from_regs(&r).unwrap().value, 0x2_0000_00f3);
    let r = done(
        &spawn_call(&shared, DOM2, foreign),
        "a guest's get_param of domain 1",
    );
    assert_eq!(r.rax as i64, -i64::from(Errno::EPERM.0));
    assert_eq!(
        shared.posted_by(0) + shared.posted_by(DOM1) + shared.posted_by(DOM2),
        0
    );
    drop(held);
    // The model sees what the calls did.
    e.with_hv(|hv| {
        let d = hv.domain(DOM1).unwrap();
        assert_eq!(d.hvm.tlb_flushes(), 1);
        assert_eq!(d.hvm.upcall_vector(1), Some(0xf3));
        assert_eq!(d.hvm.param(HvmParam::CALLBACK_IRQ.0), Some(0x2_0000_00f3));
    });
}

/// An interdomain channel from domain 1 to domain 2 with neither end pending: both ports.
fn quiet_channel(e: &hvlink_deploy::embedded::Embedded) -> (u32, u32) {
    e.with_hv(|hv| {
        let (p1, p2) = fixtures::channel(hv, DOM1, DOM2);
        hv.clear_pending(DOM1, p1).unwrap();
        hv.clear_pending(DOM2, p2).unwrap();
        (p1, p2)
    })
}

/// `sched.poll` of `ports` (one, by register) until `timeout` (0: none).
fn poll_regs(ports: &[u32], timeout: u64) -> Regs {
    use hvlink_proto::rt::List;
    use hvlink_proto::sched::{Poll, PollReq};
    Poll::to_regs(&PollReq {
        timeout,
        port: List::new(ports),
    })
    .unwrap()
}

/// A register call blocked in `sched.poll` (domain 2 waits on its end of a channel) is woken
/// by domain 1's `send` served without the host lock: the send notifies the blocked callers
/// itself, and the poll completes with the port pending.
#[test]
fn a_blocked_poll_is_woken_by_a_send_served_without_the_lock() {
    use hvlink_proto::event_channel::{PortReq, SendOp};
    let e = fixtures::with_grants(Options::default(), 0);
    let shared = e.shared().clone();
    let (p1, p2) = quiet_channel(&e);
    let polling = spawn_call(&shared, DOM2, poll_regs(&[p2], 0));
    // It is blocked: no answer while nothing is pending.
    std::thread::sleep(Duration::from_millis(50));
    assert!(
        polling.try_recv().is_err(),
        "the poll completed with nothing pending"
    );
    let send = SendOp::to_regs(&PortReq { port: p1 }).unwrap();
    assert_eq!(done(&spawn_call(&shared, DOM1, send), "send").rax, 0);
    assert_eq!(done(&polling, "the blocked poll").rax, 0);
    e.with_hv(|hv| assert_eq!(hv.evtchn_is_pending(DOM2, p2), Ok(true)));
}

/// `sched.block` and `sched.poll` by register complete while the host lock is held when they
/// can complete at once (a port pending, a timeout passed; a port not in use is `EINVAL`),
/// and only a call that must wait goes under the lock, where it parks until a send (served
/// without the lock) makes its port pending.
#[test]
fn block_and_poll_that_can_complete_never_wait_for_the_host_lock() {
    use hvlink_proto::event_channel::{PortReq, SendOp};
    use hvlink_proto::sched::Block;
    let e = fixtures::with_grants(Options::default(), 0);
    let shared = e.shared().clone();
    let (p1, p2) = quiet_channel(&e);
    let poll = poll_regs;
    let held = shared.host();
    // Domain 1 makes domain 2's end pending, without the lock.
    let send = SendOp::to_regs(&PortReq { port: p1 }).unwrap();
    assert_eq!(done(&spawn_call(&shared, DOM1, send), "send").rax, 0);
    let r = done(
        &spawn_call(&shared, DOM2, poll(&[p2], 0)),
        "poll of a pending port",
    );
    assert_eq!(r.rax, 0);
    let block = Block::to_regs(&Empty).unwrap();
    let r = done(
        &spawn_call(&shared, DOM2, block),
        "block with an event pending",
    );
    assert_eq!(r.rax, 0);
    let r = done(
        &spawn_call(&shared, DOM1, poll(&[999], 0)),
        "poll of no port",
    );
    assert_eq!(r.rax as i64, -i64::from(Errno::EINVAL.0));
    let r = done(
        &spawn_call(&shared, DOM1, poll(&[p1], 1)),
        "poll, timeout passed",
    );
    assert_eq!(r.rax, 0);
    // Domain 1's end is not pending: its poll must wait, under the lock.
    let waiting = spawn_call(&shared, DOM1, poll(&[p1], 0));
    waits(&shared, DOM1, &waiting, "a poll that must wait");
    drop(held);
    // Parked now; domain 2's send (without the lock) wakes it.
    std::thread::sleep(Duration::from_millis(20));
    assert!(
        waiting.try_recv().is_err(),
        "the poll completed with nothing pending"
    );
    let send = SendOp::to_regs(&PortReq { port: p2 }).unwrap();
    assert_eq!(done(&spawn_call(&shared, DOM2, send), "send back").rax, 0);
    assert_eq!(done(&waiting, "the parked poll").rax, 0);
    e.with_hv(|hv| assert_eq!(hv.evtchn_is_pending(DOM1, p1), Ok(true)));
}

/// The vCPU ops by register (timers, run state, `up`, NMI, guest areas) and `sched.yield`
/// complete while the host lock is held, with the locked path's errors; a `down` of the last
/// vCPU up, which powers the domain off, waits for the lock. A one-shot timer armed so,
/// while the serving thread is parked, fires on the virtual IRQ the domain bound: the
/// serving loop learns of the new deadline.
#[test]
fn vcpu_timers_by_register_never_wait_for_the_host_lock_and_fire() {
    use hvlink_proto::event_channel::{Backend as _, BindVirqReq, Virq};
    use hvlink_proto::rt::{Ctx, Via};
    use hvlink_proto::vcpu::{
        Down, GetRunstateInfo, IsUp, PhysAreaReq, RegisterRunstatePhysArea, Runstate, SendNmi,
        SetSingleshotTimer, SingleshotFlags, SingleshotTimerReq, Up, VcpuReq,
    };
    let e = fixtures::with_grants(Options::default(), 0);
    let shared = e.shared().clone();
    let (port, now) = e.with_hv(|hv| {
        let ctx = Ctx {
            domain: DOM1,
            via: Via::Kernel,
            seq: 0,
        };
        let bound = hv.bind_virq(
            &ctx,
            &BindVirqReq {
                virq: Virq::TIMER,
                vcpu: 0,
            },
        );
        (bound.unwrap().port, hv.now())
    });
    let timer = |at, flags| {
        SetSingleshotTimer::to_regs(&SingleshotTimerReq {
            vcpu: 0,
            timeout_abs_ns: at,
            flags: SingleshotFlags(flags),
        })
        .unwrap()
    };
    let held = shared.host();
    let r = done(
        &spawn_call(&shared, DOM1, IsUp::to_regs(&VcpuReq { vcpu: 0 }).unwrap()),
        "is_up",
    );
    assert_eq!((r.rax, IsUp::reply_from_regs(&r).unwrap().up), (0, 1));
    let r = done(
        &spawn_call(
            &shared,
            DOM1,
            GetRunstateInfo::to_regs(&VcpuReq { vcpu: 0 }).unwrap(),
        ),
        "get_runstate_info",
    );
    assert_eq!(
        GetRunstateInfo::reply_from_regs(&r).unwrap().state,
        Runstate::RUNNING
    );
    let area = RegisterRunstatePhysArea::to_regs(&PhysAreaReq {
        vcpu: 0,
        gpa: 0x3000,
    })
    .unwrap();
    assert_eq!(
        done(&spawn_call(&shared, DOM1, area), "runstate area").rax,
        0
    );
    assert_eq!(
        done(
            &spawn_call(
                &shared,
                DOM1,
                SendNmi::to_regs(&VcpuReq { vcpu: 0 }).unwrap()
            ),
            "nmi"
        )
        .rax,
        0
    );
    // Errors as on the locked path: a deadline already past with `future`, no such vCPU.
    let r = done(
        &spawn_call(&shared, DOM1, timer(1, SingleshotFlags::FUTURE.0)),
        "past",
    );
    assert_eq!(r.rax as i64, -i64::from(Errno::ETIME.0));
    let bad = IsUp::to_regs(&VcpuReq { vcpu: 99 }).unwrap();
    let r = done(&spawn_call(&shared, DOM1, bad), "no such vCPU");
    assert_eq!(r.rax as i64, -i64::from(Errno::ENOENT.0));
    // `sched.yield` too (a counter of the caller's).
    let y = hvlink_proto::sched::Yield::to_regs(&Empty).unwrap();
    assert_eq!(done(&spawn_call(&shared, DOM1, y), "sched.yield").rax, 0);
    // The timer, 30 ms from the model's clock as read above.
    let r = done(
        &spawn_call(&shared, DOM1, timer(now + 30_000_000, 0)),
        "timer",
    );
    assert_eq!(r.rax, 0);
    // `up` of vCPU 1, never initialised: EINVAL, as the model answers.
    let up = Up::to_regs(&VcpuReq { vcpu: 1 }).unwrap();
    let r = done(&spawn_call(&shared, DOM1, up), "vcpu.up");
    assert_eq!(r.rax as i64, -i64::from(Errno::EINVAL.0));
    // `down` of vCPU 1 (down already, vCPU 0 up): nothing to do, without the lock.
    let down = Down::to_regs(&VcpuReq { vcpu: 1 }).unwrap();
    assert_eq!(done(&spawn_call(&shared, DOM1, down), "vcpu.down").rax, 0);
    // `down` of domain 2's only vCPU up waits for the lock: it powers the domain off.
    let last = spawn_call(&shared, DOM2, Down::to_regs(&VcpuReq { vcpu: 0 }).unwrap());
    waits(&shared, DOM2, &last, "vcpu.down of the last vCPU up");
    assert_eq!(
        held.hv.domain(DOM2).unwrap().state(),
        hvlink_refhv::DomainState::Running,
        "nothing done without the lock"
    );
    drop(held);
    assert_eq!(done(&last, "vcpu.down of the last vCPU up").rax, 0);
    e.with_hv(|hv| {
        assert_eq!(
            hv.domain(DOM2).unwrap().state(),
            hvlink_refhv::DomainState::Shutdown(0),
            "powered off"
        );
        assert_eq!(
            hv.domain(DOM1).unwrap().state(),
            hvlink_refhv::DomainState::Running
        );
    });
    // The timer fires: the port bound to VIRQ_TIMER on vCPU 0 becomes pending.
    let t = std::time::Instant::now();
    while !e.with_hv(|hv| hv.evtchn_is_pending(DOM1, port) == Ok(true)) {
        assert!(
            t.elapsed() < Duration::from_secs(5),
            "the timer never fired"
        );
        std::thread::sleep(Duration::from_millis(2));
    }
    e.with_hv(|hv| {
        assert!(hv.now() >= now + 30_000_000, "fired early");
        assert!(hv.vcpu_take_nmi(DOM1, 0), "the NMI is left for the VMM");
        assert_eq!(hv.domain(DOM1).unwrap().sched.yields(), 1);
    });
}

/// The scheduler ops on the caller's own state by register (`shutdown_code`, `watchdog`,
/// `pin_override`) complete while the host lock is held, with the locked path's errors; a
/// watchdog created so with timeout 0 expires at once, and once the lock goes the serving
/// loop (which learns of the deadline from the part served without the lock) shuts the
/// domain down with the latched code.
#[test]
fn scheduler_ops_by_register_never_wait_for_the_host_lock_and_the_watchdog_fires() {
    use hvlink_proto::sched::{
        PinOverride, PinOverrideReq, ShutdownCode, ShutdownReason, ShutdownReq, Watchdog,
        WatchdogReq,
    };
    let e = fixtures::with_grants(Options::default(), 0);
    let shared = e.shared().clone();
    let held = shared.host();
    let code = ShutdownCode::to_regs(&ShutdownReq {
        reason: ShutdownReason::CRASH,
    })
    .unwrap();
    assert_eq!(
        done(&spawn_call(&shared, DOM2, code), "shutdown_code").rax,
        0
    );
    // A guest may not pin itself: EPERM, as the locked path answers.
    let pin = PinOverride::to_regs(&PinOverrideReq { pcpu: 1 }).unwrap();
    let r = done(&spawn_call(&shared, DOM2, pin), "pin_override");
    assert_eq!(r.rax as i64, -i64::from(Errno::EPERM.0));
    // No such watchdog: EINVAL.
    let bad = Watchdog::to_regs(&WatchdogReq { id: 2, timeout: 5 }).unwrap();
    let r = done(&spawn_call(&shared, DOM2, bad), "watchdog 2");
    assert_eq!(r.rax as i64, -i64::from(Errno::EINVAL.0));
    let dog = Watchdog::to_regs(&WatchdogReq { id: 0, timeout: 0 }).unwrap();
    let r = done(&spawn_call(&shared, DOM2, dog), "watchdog");
    assert_eq!(r.rax, 0);
    assert_eq!(Watchdog::reply_from_regs(&r).unwrap().id, Some(1));
    // The domain still runs while the lock is held: nothing fired yet.
    assert_eq!(
        held.hv.domain(DOM2).unwrap().state(),
        hvlink_refhv::DomainState::Running
    );
    drop(held);
    let t = std::time::Instant::now();
    while e.with_hv(|hv| hv.domain(DOM2).map(|d| d.state()))
        == Some(hvlink_refhv::DomainState::Running)
    {
        assert!(
            t.elapsed() < Duration::from_secs(5),
            "the watchdog never fired"
        );
        std::thread::sleep(Duration::from_millis(2));
    }
    // Shut down with the latched code (crash), not the watchdog's reason.
    let state = e.with_hv(|hv| hv.domain(DOM2).map(|d| d.state()));
    assert_eq!(
        state,
        Some(hvlink_refhv::DomainState::Shutdown(ShutdownReason::CRASH.0))
    );
}

/// The grant table ops by register complete while the host lock is held, on the tables and
/// maptracks the model keeps (what a mapping made there pins is what the model, and the
/// ring, see afterwards), with the locked path's statuses; a domain being destroyed maps
/// nothing more once the lock is back, and is reaped when its last grant is unmapped.
#[test]
fn grant_ops_by_register_never_wait_for_the_host_lock() {
    use hvlink_proto::grant_table::{
        DomReq, GetVersion, GntmapFlags, Gntst, MapGrantRef, MapReq, MapReqForm, QuerySize,
        SetVersion, SetVersionReq, SwapGrantRef, SwapReq, UnmapGrantRef, UnmapReplyForm, UnmapReq,
        UnmapReqForm,
    };
    use hvlink_proto::rt::DOMID_SELF;
    let e = fixtures::with_grants(Options::default(), 8);
    let shared = e.shared().clone();
    let map = |r#ref: u32, host_addr: u64| {
        MapGrantRef::to_regs(&MapReq {
            form: MapReqForm::Single {
                dom: DOM1,
                r#ref,
                flags: GntmapFlags::HOST_MAP,
                host_addr,
            },
        })
        .unwrap()
    };
    let unmap = |handle: u32, host_addr: u64| {
        UnmapGrantRef::to_regs(&UnmapReq {
            form: UnmapReqForm::Single {
                host_addr,
                dev_bus_addr: 0,
                handle,
            },
        })
        .unwrap()
    };
    let mapped = |regs: &Regs| match MapGrantRef::reply_from_regs(regs).unwrap().form {
        hvlink_proto::grant_table::MapReplyForm::Single { status, handle, .. } => (status, handle),
        other => panic!("not a single reply: {other:?}"),
    };
    let unmapped = |regs: &Regs| match UnmapGrantRef::reply_from_regs(regs).unwrap().form {
        UnmapReplyForm::Single { status } => status,
        other => panic!("not a single reply: {other:?}"),
    };
    const AT: u64 = 0x10_0000;

    let held = shared.host();
    // DOM2 maps DOM1's refs 0 and 1.
    let r = done(&spawn_call(&shared, DOM2, map(0, AT)), "map ref 0");
    assert_eq!(r.rax, 0);
    let (st, h0) = mapped(&r);
    assert_eq!(st, Gntst::OKAY);
    let h0 = h0.expect("a handle");
    let r = done(&spawn_call(&shared, DOM2, map(1, AT + 4096)), "map ref 1");
    let (st, h1) = mapped(&r);
    assert_eq!(st, Gntst::OKAY);
    let h1 = h1.expect("a handle");
    assert_ne!(h0, h1);
    // The locked path's statuses: a ref beyond DOM1's table, an address outside DOM2's RAM,
    // a ref granted to another domain (DOM1 maps its own grant to DOM2).
    let (st, _) = mapped(&done(
        &spawn_call(&shared, DOM2, map(1 << 20, AT)),
        "bad ref",
    ));
    assert_eq!(st, Gntst::BAD_GNTREF);
    let (st, _) = mapped(&done(&spawn_call(&shared, DOM2, map(2, 0)), "bad addr"));
    assert_eq!(st, Gntst::BAD_VIRT_ADDR);
    let (st, _) = mapped(&done(&spawn_call(&shared, DOM1, map(2, AT)), "not granted"));
    assert_eq!(st, Gntst::GENERAL_ERROR);
    // Unmap of ref 1's mapping; a wrong address, then a handle that is not live.
    let st = unmapped(&done(
        &spawn_call(&shared, DOM2, unmap(h1, AT)),
        "wrong addr",
    ));
    assert_eq!(st, Gntst::GENERAL_ERROR);
    let st = unmapped(&done(
        &spawn_call(&shared, DOM2, unmap(h1, AT + 4096)),
        "unmap",
    ));
    assert_eq!(st, Gntst::OKAY);
    let st = unmapped(&done(
        &spawn_call(&shared, DOM2, unmap(h1, AT + 4096)),
        "again",
    ));
    assert_eq!(st, Gntst::BAD_HANDLE);
    // DOM1's own table: its size, its version, a swap of a pinned entry (eagain) and of two
    // free ones; a version change while an entry is pinned is EBUSY.
    let size = QuerySize::to_regs(&DomReq { dom: DOMID_SELF }).unwrap();
    let r = done(&spawn_call(&shared, DOM1, size), "query_size");
    let q = QuerySize::reply_from_regs(&r).unwrap();
    assert_eq!((q.status, q.nr_frames), (Gntst::OKAY, Some(1)));
    let r = done(
        &spawn_call(
            &shared,
            DOM1,
            GetVersion::to_regs(&DomReq { dom: DOMID_SELF }).unwrap(),
        ),
        "get_version",
    );
    assert_eq!(GetVersion::reply_from_regs(&r).unwrap().version, 1);
    let swap = |ref_a, ref_b| SwapGrantRef::to_regs(&SwapReq { ref_a, ref_b }).unwrap();
    let r = done(&spawn_call(&shared, DOM1, swap(0, 5)), "swap pinned");
    assert_eq!(
        SwapGrantRef::reply_from_regs(&r).unwrap().status,
        Gntst::EAGAIN
    );
    let r = done(&spawn_call(&shared, DOM1, swap(5, 6)), "swap");
    assert_eq!(
        SwapGrantRef::reply_from_regs(&r).unwrap().status,
        Gntst::OKAY
    );
    let v2 = SetVersion::to_regs(&SetVersionReq { version: 2 }).unwrap();
    let r = done(&spawn_call(&shared, DOM1, v2), "set_version");
    assert_eq!(r.rax, 0, "ref 0 is one of the reserved entries");
    // Nothing of this waited: the lock was held throughout.
    assert_eq!(shared.posted_by(DOM1) + shared.posted_by(DOM2), 0);
    drop(held);

    // The model sees what the calls did: ref 0 mapped once, ref 1 not; 5 and 6 swapped.
    e.with_hv(|hv| {
        assert_eq!(hv.grant_status(DOM1, 0).unwrap().mappings, 1);
        assert_eq!(hv.grant_status(DOM1, 1).unwrap().mappings, 0);
        assert_eq!(hv.grant_status(DOM1, 5).unwrap().frame, 0x100 + 6);
        assert_eq!(hv.grant_status(DOM1, 6).unwrap().frame, 0x100 + 5);
        assert_eq!(hv.domain(DOM2).unwrap().grant.mappings(), 1);
        assert_eq!(hv.domain(DOM1).unwrap().grant.version(), 2);
        let m = hv.grant_mapping(DOM2, h0).unwrap();
        assert_eq!((m.owner, m.gref, m.host_addr), (DOM1, 0, AT));
        // DOM1 is destroyed: it stays (dying) while DOM2 maps its grant.
        hv.dom_destroy(DOM1).unwrap();
        assert!(hv.domain(DOM1).is_some_and(|d| d.life.lock().dying));
    });
    // A dying domain's grants are mapped no more; unmapping the last one lets it go.
    let (st, _) = mapped(&done(
        &spawn_call(&shared, DOM2, map(3, AT)),
        "map of dying",
    ));
    assert_eq!(st, Gntst::BAD_DOMAIN);
    let st = unmapped(&done(
        &spawn_call(&shared, DOM2, unmap(h0, AT)),
        "last unmap",
    ));
    assert_eq!(st, Gntst::OKAY);
    let t = std::time::Instant::now();
    while e.with_hv(|hv| hv.domain(DOM1).is_some()) {
        assert!(t.elapsed() < Duration::from_secs(5), "DOM1 never reaped");
        std::thread::sleep(Duration::from_millis(2));
    }
}

/// The memory ops by register complete while the host lock is held, on the reservation the
/// model keeps (populated frames, counts, the host's free pages), with the locked path's
/// statuses: a toolstack-built domain populates, gives back, moves and removes frames of
/// its own while another thread holds the lock, and the model sees every page afterwards.
/// Another domain's reservation (a `control`-class call) is answered there too: the count for
/// the control domain, `EPERM` for a guest.
#[test]
fn memory_ops_by_register_never_wait_for_the_host_lock() {
    use hvlink_proto::memory::{
        AddToPhysmapBatch, CurrentReservation, DecreaseReservation, DomReq, ExtentStatus, Mapspace,
        MaximumGpfn, MaximumReservation, PhysmapReq, PhysmapReqForm, PopulatePhysmap,
        RemoveFromPhysmap, RemoveReq, ReservationReplyForm, ReservationReq, ReservationReqForm,
    };
    use hvlink_proto::rt::DOMID_SELF;
    const D: u16 = 5;
    let e = fixtures::with_grants(Options::default(), 0);
    let shared = e.shared().clone();
    let free0 = e.with_hv(|hv| {
        let d = hv
            .dom_create(&hvlink_refhv::lifecycle::NewDomain {
                domain: D,
                max_vcpus: 1,
                ..Default::default()
            })
            .unwrap();
        assert_eq!(d, D);
        hv.dom_max_mem(D, 4 * 64).unwrap();
        // (Running: a domain is created paused, and a paused domain makes no calls.)
        hv.dom_max_vcpus(D, 1).unwrap();
        hv.dom_unpause(D).unwrap();
        hv.host_pages().1
    });
    let extent = |regs: &Regs| match PopulatePhysmap::reply_from_regs(regs).unwrap().form {
        ReservationReplyForm::Single { status } => status,
        other => panic!("not a single reply: {other:?}"),
    };
    let one = |gpfn| ReservationReq {
        domid: DOMID_SELF,
        extent_order: 0,
        form: ReservationReqForm::Single { gpfn },
    };
    let call = |regs: Regs, what: &str| {
        let r = done(&spawn_call(&shared, D, regs), what);
        assert_eq!(r.rax, 0, "{what}");
        r
    };
    let pages = |regs: Regs, what: &str| {
        CurrentReservation::reply_from_regs(&call(regs, what))
            .unwrap()
            .pages
    };
    let current = || CurrentReservation::to_regs(&DomReq { dom: DOMID_SELF }).unwrap();

    let held = shared.host();
    for gpfn in 0..4 {
        let r = call(PopulatePhysmap::to_regs(&one(gpfn)).unwrap(), "populate");
        assert_eq!(extent(&r), ExtentStatus::OKAY, "gpfn {gpfn}");
    }
    let r = call(PopulatePhysmap::to_regs(&one(2)).unwrap(), "populate again");
    assert_eq!(extent(&r), ExtentStatus::EEXIST);
    let r = call(DecreaseReservation::to_regs(&one(1)).unwrap(), "decrease");
    assert_eq!(extent(&r), ExtentStatus::OKAY);
    let r = call(
        DecreaseReservation::to_regs(&one(1)).unwrap(),
        "decrease again",
    );
    assert_eq!(extent(&r), ExtentStatus::ENOENT);
    assert_eq!(pages(current(), "current_reservation"), 3);
    let max = MaximumReservation::to_regs(&DomReq { dom: DOMID_SELF }).unwrap();
    assert_eq!(pages(max, "maximum_reservation"), 64);
    let r = call(
        MaximumGpfn::to_regs(&DomReq { dom: DOMID_SELF }).unwrap(),
        "maximum_gpfn",
    );
    // (A domain the toolstack built: its RAM is what was populated, frames 0-3.)
    assert_eq!(MaximumGpfn::reply_from_regs(&r).unwrap().gpfn, 3);
    // Frame 3 moves to 100, then 100 is removed (freed); 3 is free again.
    let mv = AddToPhysmapBatch::to_regs(&PhysmapReq {
        domid: DOMID_SELF,
        space: Mapspace::GMFN,
        foreign_domid: 0,
        form: PhysmapReqForm::Single { idx: 3, gpfn: 100 },
    })
    .unwrap();
    assert_eq!(extent(&call(mv, "add_to_physmap")), ExtentStatus::OKAY);
    let r = call(
        MaximumGpfn::to_regs(&DomReq { dom: DOMID_SELF }).unwrap(),
        "maximum_gpfn after the move",
    );
    assert_eq!(MaximumGpfn::reply_from_regs(&r).unwrap().gpfn, 100);
    let rm = RemoveFromPhysmap::to_regs(&RemoveReq {
        domid: DOMID_SELF,
        gpfn: 100,
    })
    .unwrap();
    call(rm, "remove_from_physmap");
    let r = done(&spawn_call(&shared, D, rm), "remove again");
    assert_eq!(r.rax as i64, -i64::from(Errno::ENOENT.0));
    assert_eq!(pages(current(), "current_reservation"), 2);
    // Another domain's reservation is a toolstack's (`control` class), answered by the
    // directory's policy without the lock: EPERM for a guest, the count for the control
    // domain.
    let other = CurrentReservation::to_regs(&DomReq { dom: DOM1 }).unwrap();
    let r = done(
        &spawn_call(&shared, D, other),
        "current_reservation of another domain",
    );
    assert_eq!(r.rax as i64, -i64::from(Errno::EPERM.0));
    let r = done(
        &spawn_call(&shared, 0, other),
        "dom0's current_reservation of domain 1",
    );
    assert_eq!(r.rax, 0);
    assert_eq!(shared.posted_by(0) + shared.posted_by(D), 0);
    drop(held);

    e.with_hv(|hv| {
        assert_eq!(hv.dom_info(D).unwrap().tot_pages, 2);
        assert_eq!(hv.host_pages().1, free0 - 2, "the host's free pages follow");
    });
}

/// The toolstack's queries by register (`domctl.getdomaininfo`, `getvcpuinfo`,
/// `getvcpuaffinity`) complete while the host lock is held: the control domain's about any
/// domain, a guest's about itself (about another: EPERM), answering what the model says. A
/// change of a domain's lifecycle (`pausedomain`) waits for the lock, and the next query
/// sees it.
#[test]
fn toolstack_queries_by_register_never_wait_for_the_host_lock() {
    use hvlink_proto::domctl::{
        DomReq, Dominf, Getdomaininfo, Getvcpuaffinity, Getvcpuinfo, Pausedomain, QueryReq,
        VcpuQueryReq,
    };
    use hvlink_proto::rt::DOMID_SELF;
    let e = fixtures::with_grants(Options::default(), 0);
    let shared = e.shared().clone();
    let info = |domain| Getdomaininfo::to_regs(&QueryReq { domain }).unwrap();
    let held = shared.host();
    let want = held.hv.dom_info(DOM1).unwrap();
    for (caller, domain) in [(0, DOM1), (DOM1, DOMID_SELF), (DOM1, DOM1)] {
        let r = done(&spawn_call(&shared, caller, info(domain)), "getdomaininfo");
        assert_eq!(r.rax, 0, "dom {caller} about {domain:#x}");
        let got = Getdomaininfo::reply_from_regs(&r).unwrap();
        assert_eq!(
            (got.flags.0, got.tot_pages, got.max_pages, got.max_vcpu_id),
            (want.flags, want.tot_pages, want.max_pages, want.max_vcpu_id)
        );
        assert_ne!(got.flags.0 & Dominf::RUNNING.0, 0);
    }
    let r = done(
        &spawn_call(&shared, DOM1, info(DOM2)),
        "a guest about another",
    );
    assert_eq!(r.rax as i64, -i64::from(Errno::EPERM.0));
    let r = done(&spawn_call(&shared, 0, info(0x7000)), "no such domain");
    assert_eq!(r.rax as i64, -i64::from(Errno::ESRCH.0));
    let vcpu = |vcpu| VcpuQueryReq { domain: DOM1, vcpu };
    let r = done(
        &spawn_call(&shared, 0, Getvcpuinfo::to_regs(&vcpu(0)).unwrap()),
        "getvcpuinfo",
    );
    let v = Getvcpuinfo::reply_from_regs(&r).unwrap();
    assert_eq!((r.rax, v.online, v.running), (0, 1, 1));
    let r = done(
        &spawn_call(&shared, 0, Getvcpuinfo::to_regs(&vcpu(99)).unwrap()),
        "getvcpuinfo of no vCPU",
    );
    // (Past the domain's vCPUs: Xen's EINVAL.)
    assert_eq!(r.rax as i64, -i64::from(Errno::EINVAL.0));
    let r = done(
        &spawn_call(&shared, 0, Getvcpuaffinity::to_regs(&vcpu(0)).unwrap()),
        "getvcpuaffinity",
    );
    let a = Getvcpuaffinity::reply_from_regs(&r).unwrap();
    assert_eq!((r.rax, a.hard, a.soft), (0, u64::MAX, u64::MAX));
    assert_eq!(shared.posted_by(0) + shared.posted_by(DOM1), 0);
    // A lifecycle change waits for the lock.
    let pause = Pausedomain::to_regs(&DomReq { domain: DOM1 }).unwrap();
    let pause = spawn_call(&shared, 0, pause);
    waits(&shared, 0, &pause, "pausedomain");
    drop(held);
    assert_eq!(done(&pause, "pausedomain").rax, 0);
    let r = done(&spawn_call(&shared, 0, info(DOM1)), "getdomaininfo, paused");
    let got = Getdomaininfo::reply_from_regs(&r).unwrap();
    assert_ne!(
        got.flags.0 & Dominf::PAUSED.0,
        0,
        "the query sees the pause"
    );
    assert_eq!(got.flags.0 & Dominf::RUNNING.0, 0);
}

/// A paused domain's register calls are not served without the lock either: a call the
/// unlocked part would answer (`version.version`) waits while the domain is paused, as its
/// vCPU would, and completes once the toolstack unpauses it; another domain's call is
/// answered meanwhile.
#[test]
fn a_paused_domains_register_call_waits_for_its_unpause() {
    let e = fixtures::with_grants(Options::default(), 0);
    let shared = e.shared().clone();
    e.with_hv(|hv| hv.dom_pause(DOM1).unwrap());
    let held = spawn_call(&shared, DOM1, Version::to_regs(&Empty).unwrap());
    let other = done(
        &spawn_call(&shared, DOM2, Version::to_regs(&Empty).unwrap()),
        "another domain's version.version",
    );
    assert_eq!(other.rax, 0);
    std::thread::sleep(Duration::from_millis(50));
    assert!(
        held.try_recv().is_err(),
        "a paused domain's call was answered"
    );
    assert!(
        shared
            .metrics()
            .held_calls
            .load(std::sync::atomic::Ordering::Relaxed)
            >= 1
    );
    e.with_hv(|hv| hv.dom_unpause(DOM1).unwrap());
    assert_eq!(done(&held, "version.version once unpaused").rax, 0);
}

/// A register call speaks for one life of its domain (`register_call_of`, what a vCPU and a
/// guest process's connection make): a call of a paused domain waits; the toolstack
/// destroys the domain and creates a new one under the same id, which runs; the waiting call
/// is answered `ESRCH` and does nothing in the new domain, and a later call of the old life
/// (one the part served without the lock would answer) is `ESRCH` too. Before, the waiting
/// call was made again for whoever held the id.
#[test]
fn a_call_of_a_life_that_ended_is_never_made_in_the_next() {
    use hvlink_proto::event_channel::{AllocUnbound, AllocUnboundReq};
    let e = fixtures::with_grants(Options::default(), 0);
    let shared = e.shared().clone();
    let life = e.with_hv(|hv| {
        hv.dom_pause(DOM1).unwrap();
        hv.incarnation(DOM1).unwrap()
    });
    let alloc = AllocUnbound::to_regs(&AllocUnboundReq {
        dom: 0x7FF0,
        remote_dom: DOM2,
    })
    .unwrap();
    let (tx, rx) = mpsc::channel();
    {
        let shared = shared.clone();
        let mut regs = alloc;
        std::thread::spawn(move || {
            let out = shared.register_call_of(DOM1, Some(life), &mut regs, Duration::from_secs(10));
            let _ = tx.send((out, regs));
        });
    }
    std::thread::sleep(Duration::from_millis(50));
    assert!(
        rx.try_recv().is_err(),
        "a paused domain's call was answered"
    );
    e.with_hv(|hv| {
        hv.dom_destroy(DOM1).unwrap();
        hv.create_domain(DOM1, hvlink_refhv::DomainConfig::default())
            .unwrap();
    });
    let (out, regs) = rx
        .recv_timeout(Duration::from_secs(5))
        .expect("the old life's call was answered");
    assert_eq!(out, RegOutcome::Done);
    assert_eq!(regs.rax as i64, -i64::from(Errno::ESRCH.0));
    assert!(
        e.with_hv(
            |hv| (0..64).all(|p| !hv.port_info(DOM1, p).is_some_and(|i| matches!(
                i.state,
                hvlink_refhv::evtchn::PortState::Unbound { remote_dom: DOM2 }
            )))
        ),
        "no port was allocated in the new domain"
    );
    let mut v = Version::to_regs(&Empty).unwrap();
    assert_eq!(
        shared.register_call_of(DOM1, Some(life), &mut v, Duration::from_secs(1)),
        RegOutcome::Done
    );
    assert_eq!(
        v.rax as i64,
        -i64::from(Errno::ESRCH.0),
        "version, old life"
    );
    let new_life = e.with_hv(|hv| hv.incarnation(DOM1).unwrap());
    let mut v = Version::to_regs(&Empty).unwrap();
    shared.register_call_of(DOM1, Some(new_life), &mut v, Duration::from_secs(1));
    assert_eq!(v.rax, 0, "version, new life");
}
