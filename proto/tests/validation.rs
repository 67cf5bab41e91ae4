//! Rejections the generated decoders add to the codec policy: forms, `when`, closed enums,
//! and the register path's shared registers and width checks.
#![deny(unsafe_code)]

use hvlink_proto::codec::{Attrs, ErrorKind};
use hvlink_proto::event_channel::{self as evtchn, EvtchnStatus, StatusReply, Virq};
use hvlink_proto::grant_table::{self as gnt, MapReq, MapReqForm};
use hvlink_proto::rt::{AttrSet, FastAbi, Regs};
use hvlink_proto::Errno;

#[path = "support/attrs.rs"]
mod support;
use support::attrs;

#[test]
fn two_forms_at_once_are_rejected() {
    let a = attrs(|b| {
        b.put_u16(1, 1).unwrap(); // single: dom
        b.put_u32(2, 5).unwrap(); // single: ref
        b.put_u32(3, 2).unwrap(); // single: flags
        let e = b.begin_nest(6).unwrap(); // batch: entry
        b.put_u16(1, 1).unwrap();
        b.put_u32(2, 5).unwrap();
        b.put_u32(3, 2).unwrap();
        b.end_nest(e).unwrap();
    });
    let e = MapReq::decode(Attrs::new(&a, 20)).unwrap_err();
    assert_eq!((e.kind(), e.offset()), (ErrorKind::BadValue, 20 + 24));
}

#[test]
fn no_form_names_the_first_required_attribute() {
    let e = MapReq::decode(Attrs::new(&[], 20)).unwrap_err();
    assert_eq!((e.kind(), e.missing()), (ErrorKind::Missing, Some(1)));
    // A form chosen but incomplete: the missing member is named.
    let a = attrs(|b| b.put_u16(1, 1).unwrap());
    let e = MapReq::decode(Attrs::new(&a, 20)).unwrap_err();
    assert_eq!((e.kind(), e.missing()), (ErrorKind::Missing, Some(2)));
}

#[test]
fn when_conditions_are_enforced() {
    // status = closed, yet remote-dom (only for unbound/interdomain) is present.
    let a = attrs(|b| {
        b.put_u32(1, 0).unwrap();
        b.put_u32(2, 0).unwrap();
        b.put_u16(3, 4).unwrap();
    });
    let e = StatusReply::decode(Attrs::new(&a, 20)).unwrap_err();
    assert_eq!(
        (e.kind(), e.attr(), e.offset()),
        (ErrorKind::BadValue, Some(3), 36)
    );
}

#[test]
fn closed_enums_only_bind_requests() {
    // bind_virq's virq is a closed enum with a hole at 5: rejected in a request.
    let a = attrs(|b| {
        b.put_u32(1, 5).unwrap();
        b.put_u32(2, 0).unwrap();
    });
    let e = evtchn::BindVirqReq::decode(Attrs::new(&a, 20)).unwrap_err();
    assert_eq!((e.kind(), e.attr()), (ErrorKind::BadValue, Some(1)));
    let r = Regs {
        rsi: 5,
        ..Regs::default()
    };
    assert_eq!(evtchn::BindVirq::request_from_regs(&r), Err(Errno::EINVAL));
    // A reply may carry a value a newer host added.
    let a = attrs(|b| {
        b.put_u32(1, 4).unwrap(); // status virq
        b.put_u32(2, 0).unwrap();
        b.put_u32(6, 99).unwrap(); // virq 99: unknown to this spec
    });
    let rep = StatusReply::decode(Attrs::new(&a, 20)).unwrap();
    assert_eq!(rep.virq, Some(Virq(99)));
    assert_eq!(format!("{:?}", rep.virq.unwrap()), "Virq(99)");
    assert_eq!(format!("{:?}", rep.status), "virq");
    // Closed flags: bits outside the entries are rejected in a request.
    let a = attrs(|b| {
        b.put_u16(1, 1).unwrap();
        b.put_u32(2, 5).unwrap();
        b.put_u32(3, 0x40).unwrap();
    });
    let e = MapReq::decode(Attrs::new(&a, 20)).unwrap_err();
    assert_eq!((e.kind(), e.attr()), (ErrorKind::BadValue, Some(3)));
}

#[test]
fn shared_register_follows_the_selector() {
    for (status, want) in [
        (EvtchnStatus::INTERDOMAIN, (Some(3), None, None)),
        (EvtchnStatus::PIRQ, (None, Some(3), None)),
        (EvtchnStatus::VIRQ, (None, None, Some(Virq(3)))),
        (EvtchnStatus::CLOSED, (None, None, None)),
    ] {
        let mut rep = StatusReply {
            status,
            vcpu: 1,
            remote_dom: want.0.map(|v: u32| v as u16),
            remote_port: None,
            pirq: want.1,
            virq: want.2,
        };
        if status == EvtchnStatus::INTERDOMAIN {
            rep.remote_port = Some(9);
        }
        let mut r = Regs::default();
        evtchn::Status::write_regs(&rep, &mut r).unwrap();
        assert_eq!(r.r11, if status == EvtchnStatus::CLOSED { 0 } else { 3 });
        assert_eq!(evtchn::Status::reply_from_regs(&r), Ok(rep));
    }
}

#[test]
fn register_calls_carry_only_their_form() {
    let entries = [gnt::MapEntry {
        dom: 1,
        r#ref: 2,
        flags: gnt::GntmapFlags::HOST_MAP,
        host_addr: 0x1000,
    }];
    let batch = MapReq {
        form: MapReqForm::Batch {
            mode: gnt::MapMode::INDEPENDENT,
            entry: hvlink_proto::rt::List::new(&entries),
        },
    };
    assert_eq!(gnt::MapGrantRef::to_regs(&batch), Err(Errno::EINVAL));
    // A flag register is 0 or 1; a signed register must be a sign extension.
    let r = Regs {
        rsi: (-3i64) as u64,
        ..Regs::default()
    };
    assert_eq!(
        hvlink_proto::sched::PinOverride::request_from_regs(&r).map(|x| x.pcpu),
        Ok(-3)
    );
    let r = Regs {
        rsi: 0xffff_fffd,
        ..Regs::default()
    };
    assert_eq!(
        hvlink_proto::sched::PinOverride::request_from_regs(&r),
        Err(Errno::EINVAL)
    );
    // Out-of-range values are refused like on a ring (priority 0..=15).
    let r = Regs {
        rsi: 1,
        r8: 16,
        ..Regs::default()
    };
    assert_eq!(
        evtchn::SetPriority::request_from_regs(&r),
        Err(Errno::EINVAL)
    );
}

#[test]
fn dispatch_lookups() {
    assert_eq!(
        hvlink_proto::lookup_msg(0x114, 0).unwrap().name,
        "map_grant_ref"
    );
    assert_eq!(hvlink_proto::lookup_msg(0x114, 3), Err(Errno::ENOSYS));
    assert_eq!(hvlink_proto::lookup_msg(0x999, 0), Err(Errno::ENOSYS));
    assert_eq!(hvlink_proto::lookup_msg(0x11d, 7), Err(Errno::EOPNOTSUPP));
    assert_eq!(
        hvlink_proto::lookup_regs(0x4000_0014, 0).unwrap().name,
        "map_grant_ref"
    );
    assert_eq!(
        hvlink_proto::lookup_regs(0x4000_0014, 5),
        Err(Errno::ENOSYS),
        "copy is ring only"
    );
    assert_eq!(
        hvlink_proto::lookup_regs(0x14, 0),
        Err(Errno::ENOSYS),
        "no FastABI bit"
    );
    assert_eq!(
        hvlink_proto::lookup_regs(0x4000_0014, 0x100),
        Err(Errno::ENOSYS)
    );
    let op = hvlink_proto::lookup_msg(0x120, 5).unwrap();
    use hvlink_proto::rt::Privilege;
    // event_channel.status is logical (userspace may ask, as /dev/xen/evtchn allows).
    assert_eq!(op.effective_privilege(Some(0x7FF0), 3), Privilege::Logical);
    assert_eq!(op.effective_privilege(Some(3), 3), Privilege::Logical);
    assert_eq!(op.effective_privilege(Some(4), 3), Privilege::Control);
    // The runtime's privilege numbering is the control family's.
    use hvlink_proto::control::Privilege as P;
    assert_eq!(Privilege::Logical as i32, P::LOGICAL.0 as i32);
    assert_eq!(Privilege::Control as i32, P::CONTROL.0 as i32);
    assert_eq!(
        format!("{:?}", gnt::GntmapFlags(0x6 | 0x100)),
        "host-map | readonly | 0x100"
    );
}
