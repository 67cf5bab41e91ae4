//! Compatibility across versions (DESIGN.md, SCHEMA.md "Versioning"), message by message:
//! the test family `demo` exists as v1 and v2 (`spec/v{1,2}/demo.yaml`, generated into this
//! crate's `v1` and `v2`); v2 adds an optional attribute with a default (`gloss`), a
//! must-understand attribute (`mode`) and an op (`inspect`). All four pairings of client and
//! host behave as the rules say.
#![deny(unsafe_code)]

use hvlink_compat_demo::fixtures::{v1_paint, v2_paint};
use hvlink_compat_demo::{v1, v2};
use hvlink_proto::codec::{Builder, ErrorKind, Message, SliceSink};
use hvlink_proto::rt::{AttrSet, FastAbi, Op};
use hvlink_proto::Errno;

/// Encode a request of op `O` as a whole message.
fn send<O: Op>(req: &O::Request<'_>) -> Vec<u8> {
    let mut buf = vec![0u8; 512];
    let mut b = Builder::new(SliceSink::new(&mut buf));
    let n = O::write_request(&mut b, 9, 0, req).unwrap();
    buf.truncate(n);
    buf
}

#[test]
fn old_client_old_host() {
    let bytes = send::<v1::demo::Paint>(&v1_paint());
    let msg = Message::parse(&bytes).unwrap();
    let (g, attrs) = msg.genl().unwrap();
    assert_eq!(g.version, 1);
    assert_eq!(
        v1::lookup_msg(msg.message_type().0, g.cmd).unwrap().name,
        "paint"
    );
    assert_eq!(v1::demo::PaintReq::decode(attrs).unwrap(), v1_paint());
    let r = v1::demo::Paint::to_regs(&v1_paint()).unwrap();
    assert_eq!(v1::demo::Paint::request_from_regs(&r), Ok(v1_paint()));
}

#[test]
fn new_client_new_host() {
    let req = v2_paint(80, v2::demo::PaintMode::DRY_RUN);
    let bytes = send::<v2::demo::Paint>(&req);
    let msg = Message::parse(&bytes).unwrap();
    let (g, attrs) = msg.genl().unwrap();
    assert_eq!(g.version, 2);
    assert_eq!(v2::demo::PaintReq::decode(attrs).unwrap(), req);
    let bytes = send::<v2::demo::Inspect>(&v2::demo::InspectReq { object: 5 });
    let msg = Message::parse(&bytes).unwrap();
    let (g, attrs) = msg.genl().unwrap();
    let op = v2::lookup_msg(msg.message_type().0, g.cmd).unwrap();
    assert_eq!((op.name, op.since), ("inspect", 2));
    assert_eq!(v2::demo::InspectReq::decode(attrs).unwrap().object, 5);
}

#[test]
fn old_client_new_host_fills_defaults() {
    // On a ring: v1 never sends gloss or mode; the v2 host assumes their defaults.
    let bytes = send::<v1::demo::Paint>(&v1_paint());
    let (_, attrs) = Message::parse(&bytes).unwrap().genl().unwrap();
    let got = v2::demo::PaintReq::decode(attrs).unwrap();
    assert_eq!(got, v2_paint(50, v2::demo::PaintMode::NORMAL));
    // By register: the same (v2 maps only what v1 mapped, so the old call means the same).
    let r = v1::demo::Paint::to_regs(&v1_paint()).unwrap();
    assert_eq!(v2::lookup_regs(r.rax, r.rdi).unwrap().name, "paint");
    assert_eq!(
        v2::demo::Paint::request_from_regs(&r),
        Ok(v2_paint(50, v2::demo::PaintMode::NORMAL))
    );
}

#[test]
fn new_client_old_host() {
    // An unknown optional attribute (gloss) is ignored; mode at its default is not sent at
    // all, so the old host serves the call.
    let bytes = send::<v2::demo::Paint>(&v2_paint(80, v2::demo::PaintMode::NORMAL));
    let (_, attrs) = Message::parse(&bytes).unwrap().genl().unwrap();
    assert_eq!(v1::demo::PaintReq::decode(attrs).unwrap(), v1_paint());

    // An unknown must-understand attribute is rejected, naming its type and offset.
    let bytes = send::<v2::demo::Paint>(&v2_paint(80, v2::demo::PaintMode::DRY_RUN));
    let (_, attrs) = Message::parse(&bytes).unwrap().genl().unwrap();
    let mode = attrs
        .clone()
        .map(Result::unwrap)
        .find(|a| a.kind() == v2::demo::ids::paint_req::MODE)
        .unwrap();
    assert!(mode.must_understand());
    let e = v1::demo::PaintReq::decode(attrs).unwrap_err();
    assert_eq!(e.kind(), ErrorKind::UnknownMustUnderstand);
    assert_eq!(e.attr(), Some(4));
    assert_eq!(e.offset(), mode.offset());
    assert_eq!(Errno::from(e), Errno::EOPNOTSUPP);

    // An unknown op is "not supported", on a ring and by register.
    let bytes = send::<v2::demo::Inspect>(&v2::demo::InspectReq { object: 5 });
    let msg = Message::parse(&bytes).unwrap();
    let (g, _) = msg.genl().unwrap();
    assert_eq!(
        v1::lookup_msg(msg.message_type().0, g.cmd),
        Err(Errno::ENOSYS)
    );
    let r = v2::demo::Inspect::to_regs(&v2::demo::InspectReq { object: 5 }).unwrap();
    assert_eq!(v1::lookup_regs(r.rax, r.rdi), Err(Errno::ENOSYS));
    assert_eq!(v2::lookup_regs(r.rax, r.rdi).unwrap().name, "inspect");
}

#[test]
fn introspection_reports_versions() {
    assert_eq!((v1::demo::FAMILY.version, v2::demo::FAMILY.version), (1, 2));
    assert_eq!(v1::demo::FAMILY.ops.len(), 1);
    assert_eq!(v2::demo::FAMILY.ops.len(), 2);
    let (gloss, p) = v2::demo::OP_PAINT.request.attr(3).unwrap();
    assert_eq!(
        (gloss.name, gloss.since, gloss.default),
        ("gloss", 2, Some(50))
    );
    assert!(!p.must_understand);
    let (mode, p) = v2::demo::OP_PAINT.request.attr(4).unwrap();
    assert_eq!((mode.name, mode.since), ("mode", 2));
    assert!(p.must_understand && mode.must_understand);
    assert!(v1::demo::OP_PAINT.request.attr(3).is_none());
}
