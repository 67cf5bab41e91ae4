//! The control family as the host serves it: introspection from the generated tables (what
//! the host implements), negotiation, queue set-up and tear-down with their errors, cancel.

use hvlink_codec::ring::QueueKind;
use hvlink_host::server::{Config, QueueKey};
use hvlink_proto::control::{
    self, CancelResult, Direction, GetFamily, GetFamilyReq, GetPolicy, GetPolicyReq, Negotiate,
    NegotiateMsg, ProtocolFeatures, QueueReq, QueueSetup, QueueSetupReq, QueueTeardown,
};
use hvlink_proto::rt::{Empty, Reg};
use hvlink_proto::FAMILIES;
use hvlink_tests::msg::*;
use hvlink_tests::vm::*;

#[test]
fn get_family_lists_what_the_host_implements() {
    let (mut vm, mut q) = Vm::with_queue(DOM1, QueueKind::Userspace, 1 << 17);
    let mut get_family = |seq, name| {
        let req = GetFamilyReq {
            family_id: None,
            family_name: name,
        };
        vm.call::<GetFamily>(&mut q, seq, &req)
    };
    let r = get_family(1, None);
    let mut fams = Vec::new();
    for m in &r {
        for f in reply::<GetFamily>(m).family.iter() {
            fams.push((f.name.to_string(), f.id, f.version, f.op.len()));
        }
    }
    assert_eq!(fams.len(), FAMILIES.len());
    for (f, d) in fams.iter().zip(FAMILIES) {
        assert_eq!(
            (f.0.as_str(), f.1, f.2, f.3),
            (d.name, d.id, d.version, d.ops.len())
        );
    }
    // One family by name; an unknown one is ENOENT.
    let r = get_family(2, Some("sched"));
    let one = reply::<GetFamily>(&r[0]);
    assert_eq!(one.family.iter().next().unwrap().id, 29);
    let r = get_family(3, Some("nope"));
    assert_eq!(error_of(&r[0]).unwrap().0, -2);
}

#[test]
fn get_policy_reports_types_limits_and_registers_by_direction() {
    let (mut vm, mut q) = Vm::with_queue(DOM1, QueueKind::Kernel, 1 << 17);
    // grant_table.map_grant_ref: request dom -> rsi, reply status -> r12 (spec).
    let mut get_policy = |seq, op_id| {
        let req = GetPolicyReq {
            family_id: 20,
            op_id,
        };
        vm.call::<GetPolicy>(&mut q, seq, &req)
    };
    let r = get_policy(1, 0);
    let p = reply::<GetPolicy>(&r[0]);
    let entries: Vec<_> = p.attr.iter().collect();
    let find = |set: &str, name: &str, dir: Direction| {
        *entries
            .iter()
            .find(|e| e.set == set && e.name == name && e.direction == dir)
            .unwrap_or_else(|| panic!("{set}.{name}"))
    };
    let dom = find("map-req", "dom", Direction::REQUEST);
    assert_eq!(dom.register, Some(Reg::Rsi as u8));
    let status = find("map-reply", "status", Direction::REPLY);
    assert_eq!(status.register, Some(Reg::R12 as u8));
    let entry = find("map-req", "entry", Direction::REQUEST);
    assert!(entry.repeated && entry.max_count == Some(1024));
    assert_eq!(entry.nested, Some("map-entry"));
    let mode = find("map-req", "mode", Direction::REQUEST);
    assert!(mode.must_understand);
    // The nested set is dumped too.
    find("map-entry", "ref", Direction::REQUEST);
    // Unknown op: ENOENT.
    let r = get_policy(2, 99);
    assert_eq!(error_of(&r[0]).unwrap().0, -2);
}

#[test]
fn negotiate_and_ping() {
    let mut vm = Vm::new(Config::default());
    let n = regcall::<Negotiate>(
        &mut vm,
        DOM1,
        &NegotiateMsg {
            protocol_version: 7,
            features: ProtocolFeatures(u64::MAX >> 1),
            max_message: None,
        },
    )
    .unwrap();
    assert_eq!(n.protocol_version, 1);
    assert_eq!(n.max_message, Some(65536));
    assert_ne!(n.features.0 & ProtocolFeatures::CANCEL.0, 0);
    assert_eq!(n.features.0 & !Config::default().features, 0);
    let p = regcall::<control::Ping>(&mut vm, DOM2, &control::PingMsg { cookie: 0xfeed }).unwrap();
    assert_eq!(p.cookie, 0xfeed);
    let _ = Empty;
}

#[test]
fn queue_setup_errors_and_teardown() {
    let mut vm = Vm::new(Config::default());
    let _q = vm.queue(DOM1, 1, QueueKind::Kernel, 1 << 14);
    let setup = |gpa: u64, pages: u32, id: u16, kind: u8| QueueSetupReq {
        base_gpa: gpa,
        pages,
        queue_id: id,
        kind: control::QueueKind(kind),
        features: control::QueueFeatures(0),
        notify_port: 0,
    };
    let err = |vm: &mut Vm, r: QueueSetupReq| regcall::<QueueSetup>(vm, DOM1, &r).unwrap_err();
    // The same id again: EEXIST.
    assert_eq!(err(&mut vm, setup(0x10_0000, 3, 1, 0)), -17);
    // Not page aligned: EINVAL; too many pages: E2BIG; outside memory: EFAULT.
    assert_eq!(err(&mut vm, setup(0x10_0010, 3, 2, 0)), -22);
    assert_eq!(err(&mut vm, setup(0x10_0000, 1 << 20, 2, 0)), -7);
    assert_eq!(err(&mut vm, setup(1 << 40, 3, 2, 0)), -14);
    // No valid header page there (zeroed memory): EINVAL.
    assert_eq!(err(&mut vm, setup(0x20_0000, 3, 2, 0)), -22);
    // Header says kernel, set-up says userspace: EINVAL.
    let _q2 = vm.queue(DOM1, 3, QueueKind::Kernel, 1 << 14);
    // (queue 3 was set up by the harness as kernel; a second set-up of it as userspace
    //  is EEXIST before anything else)
    assert_eq!(err(&mut vm, setup(0x80_0000, 9, 3, 1)), -17);
    // Teardown: gone afterwards; again ENOENT.
    regcall::<QueueTeardown>(&mut vm, DOM1, &QueueReq { queue_id: 3 }).unwrap();
    assert!(!vm.host.queue_keys().contains(&QueueKey {
        domain: DOM1,
        queue: 3
    }));
    assert_eq!(
        regcall::<QueueTeardown>(&mut vm, DOM1, &QueueReq { queue_id: 3 }).unwrap_err(),
        -2
    );
    // A userspace queue cannot set up queues (privileged op).
    let mut uq = vm.queue(DOM1, 4, QueueKind::Userspace, 1 << 14);
    let r = vm.call::<QueueSetup>(&mut uq, 1, &setup(0x90_0000, 3, 5, 0));
    assert_eq!(error_of(&r[0]).unwrap().0, -1);
}

/// While the engine serves a queue it has the queue out of its table: the queue still
/// counts against its domain's queues, so that a domain at its limit cannot set up one more
/// with a request on one of its own queues.
#[test]
fn the_queue_being_served_counts_against_its_domains_limit() {
    let mut vm = Vm::new(Config {
        max_queues: 2,
        ..Config::default()
    });
    let mut q = vm.queue(DOM1, 1, QueueKind::Kernel, 1 << 14);
    // Header pages for queues 2 and 3, set up by the guest but not yet registered.
    let mut prepared = Vec::new();
    for (id, gpa) in [(2u16, 0x90_0000u64), (3, 0xa0_0000)] {
        let r = hvlink_deploy::mem::view(&vm.mem[&DOM1], gpa, 4096 + 2 * (1 << 14)).unwrap();
        let g = hvlink_guest::ring::GuestQueue::create(r, id, QueueKind::Kernel, 1 << 14, 1 << 14)
            .unwrap();
        prepared.push((id, gpa, g.pages() as u32, g));
    }
    let setup = |id, gpa, pages| QueueSetupReq {
        base_gpa: gpa,
        pages,
        queue_id: id,
        kind: control::QueueKind(0),
        features: control::QueueFeatures(0),
        notify_port: 0,
    };
    let (id, gpa, pages, _) = &prepared[0];
    let r = vm.call::<QueueSetup>(&mut q, 1, &setup(*id, *gpa, *pages));
    assert!(
        error_of(&r[0]).is_none(),
        "the second queue is within the limit"
    );
    let (id, gpa, pages, _) = &prepared[1];
    let r = vm.call::<QueueSetup>(&mut q, 2, &setup(*id, *gpa, *pages));
    assert_eq!(error_of(&r[0]).map(|e| e.0), Some(-28), "a third is ENOSPC");
    assert_eq!(vm.host.queue_keys().len(), 2);
}

#[test]
fn cancel_of_unknown_and_completed_requests() {
    let (mut vm, mut q) = Vm::with_queue(DOM1, QueueKind::Kernel, 1 << 14);
    let r = vm.call::<hvlink_proto::version::Version>(&mut q, 77, &Empty);
    assert!(error_of(&r[0]).is_none());
    let cancel = |vm: &mut Vm, seq, queue_id| {
        regcall::<control::Cancel>(vm, DOM1, &control::CancelReq { seq, queue_id })
    };
    assert_eq!(
        cancel(&mut vm, 12345, Some(1)).unwrap().result,
        CancelResult::UNKNOWN
    );
    // A cancel naming a queue that does not exist: ENOENT.
    assert_eq!(cancel(&mut vm, 1, Some(9)).unwrap_err(), -2);
    // By register the queue id is always present (r8; an absent one reads as queue 0): no
    // queue 0 here, so ENOENT.
    let e = cancel(&mut vm, 1, None);
    assert_eq!(e.unwrap_err(), -2);
}
