//! Property tests: random Reprs and attribute trees survive emit → parse unchanged; random
//! bytes never panic any parser; batches of messages iterate back in order.

use bytes::Bytes;
use hvlink_codec::errmsg::{ExtAck, Repr as ErrRepr};
use hvlink_codec::owned::{AttrValue, OwnedAttr, OwnedMessage};
use hvlink_codec::{
    fuzzing, genl, header, Attrs, Builder, Flags, Message, MessageType, Messages, SliceSink,
};
use proptest::prelude::*;

fn header_repr() -> impl Strategy<Value = header::Repr> {
    (any::<u16>(), any::<u16>(), any::<u32>(), any::<u32>()).prop_map(|(t, f, seq, port)| {
        header::Repr {
            message_type: MessageType(t),
            flags: Flags(f),
            seq,
            port,
        }
    })
}

/// Attribute trees up to 4 levels deep. Leaves never carry the nested flag (a flagged leaf
/// would be parsed as a list); nests always do.
fn attr_tree() -> impl Strategy<Value = OwnedAttr> {
    let leaf = (
        1u16..=0x3fff,
        any::<bool>(),
        prop::collection::vec(any::<u8>(), 0..40),
    )
        .prop_map(|(k, mu, v)| OwnedAttr {
            raw_kind: k | if mu { 0x4000 } else { 0 },
            value: AttrValue::Bytes(Bytes::from(v)),
        });
    leaf.prop_recursive(4, 64, 8, |inner| {
        (1u16..=0x3fff, prop::collection::vec(inner, 0..8)).prop_map(|(k, list)| OwnedAttr {
            raw_kind: k | 0x8000,
            value: AttrValue::Nested(list),
        })
    })
}

proptest! {
    #[test]
    fn header_round_trip(repr in header_repr(), payload_len in 0usize..64) {
        let mut buf = vec![0xa5u8; 16 + payload_len];
        repr.emit(&mut header::Packet::new_unchecked(&mut buf[..]), payload_len);
        let p = header::Packet::new_checked(&buf[..]).unwrap();
        prop_assert_eq!(header::Repr::parse(&p).unwrap(), repr);
        prop_assert_eq!(p.payload().len(), payload_len);
    }

    #[test]
    fn genl_round_trip(cmd in any::<u8>(), version in any::<u8>()) {
        let repr = genl::Repr { cmd, version };
        let mut buf = [0xa5u8; 4];
        repr.emit(&mut genl::Packet::new_unchecked(&mut buf[..]));
        prop_assert_eq!(genl::Repr::parse(&genl::Packet::new_checked(&buf[..]).unwrap()).unwrap(), repr);
    }

    #[test]
    fn scalars_round_trip(a in any::<u8>(), b in any::<u16>(), c in any::<u32>(), d in any::<u64>(),
                          e in any::<i8>(), f in any::<i16>(), g in any::<i32>(), h in any::<i64>(),
                          s in "[^\0]{0,40}", bin in prop::collection::vec(any::<u8>(), 0..50)) {
        let mut buf = [0u8; 256];
        let mut w = Builder::new(SliceSink::new(&mut buf));
        w.put_u8(1, a).unwrap(); w.put_u16(2, b).unwrap(); w.put_u32(3, c).unwrap();
        w.put_u64(4, d).unwrap(); w.put_i8(5, e).unwrap(); w.put_i16(6, f).unwrap();
        w.put_i32(7, g).unwrap(); w.put_i64(8, h).unwrap(); w.put_str(9, &s).unwrap();
        w.put_bytes(10, &bin).unwrap(); w.put_flag(11).unwrap();
        let n = w.len();
        prop_assert_eq!(n % 4, 0);
        let v: Vec<_> = Attrs::new(&buf[..n], 0).collect::<Result<_, _>>().unwrap();
        prop_assert_eq!(v.len(), 11);
        prop_assert_eq!(v[0].u8().unwrap(), a);
        prop_assert_eq!(v[1].u16().unwrap(), b);
        prop_assert_eq!(v[2].u32().unwrap(), c);
        prop_assert_eq!(v[3].u64().unwrap(), d);
        prop_assert_eq!(v[4].i8().unwrap(), e);
        prop_assert_eq!(v[5].i16().unwrap(), f);
        prop_assert_eq!(v[6].i32().unwrap(), g);
        prop_assert_eq!(v[7].i64().unwrap(), h);
        prop_assert_eq!(v[8].str().unwrap(), s.as_str());
        prop_assert_eq!(v[9].bytes(), &bin[..]);
        prop_assert!(v[10].flag().is_ok());
    }

    #[test]
    fn tree_round_trip(tree in prop::collection::vec(attr_tree(), 0..6), hdr in header_repr(),
                       cmd in any::<u8>()) {
        let mut out = Vec::new();
        let mut b = Builder::new(&mut out);
        let m = b.begin_message(hdr).unwrap();
        b.genl(genl::Repr { cmd, version: 1 }).unwrap();
        for a in &tree {
            a.emit(&mut b).unwrap();
        }
        b.end_message(m).unwrap();
        let msg = Message::parse(&out).unwrap();
        prop_assert_eq!(*msg.header(), hdr);
        let (g, attrs) = msg.genl().unwrap();
        prop_assert_eq!(g.cmd, cmd);
        prop_assert_eq!(OwnedAttr::parse_list(attrs).unwrap(), tree);
        // The fuzz oracle agrees: canonical input round-trips byte for byte.
        fuzzing::round_trip(&out);
    }

    #[test]
    fn error_message_round_trip(req in header_repr(), status in any::<i32>(),
                                payload in prop::option::of(prop::collection::vec(any::<u8>(), 0..40)),
                                msg in prop::option::of("[a-z ]{0,30}"),
                                offset in prop::option::of(any::<u32>()),
                                missing in prop::option::of(any::<u32>()),
                                len in any::<u32>()) {
        let payload_ref = payload.as_deref();
        let repr = ErrRepr {
            status,
            request: req,
            request_len: match payload_ref {
                Some(p) => 16 + p.len() as u32,
                None => len,
            },
            request_payload: payload_ref,
            ext: ExtAck { msg: msg.as_deref(), offset, missing_type: missing, ..ExtAck::default() },
        };
        let mut out = Vec::new();
        repr.emit(&mut Builder::new(&mut out)).unwrap();
        let m = Message::parse(&out).unwrap();
        let back = m.error().unwrap();
        prop_assert_eq!(back.status, status);
        prop_assert_eq!(back.request.seq, req.seq);
        prop_assert_eq!(back.request.message_type, req.message_type);
        prop_assert_eq!(back.request_payload, payload_ref);
        prop_assert_eq!(back.request_len, repr.request_len);
        prop_assert_eq!(back.ext, repr.ext);
    }

    #[test]
    fn batches_iterate_in_order(payloads in prop::collection::vec(prop::collection::vec(any::<u8>(), 0..30), 0..10)) {
        let mut out = Vec::new();
        let mut b = Builder::new(&mut out);
        for (i, p) in payloads.iter().enumerate() {
            let m = OwnedMessage {
                header: header::Repr { message_type: MessageType(0x20), flags: Flags(0), seq: i as u32, port: 0 },
                payload: Bytes::copy_from_slice(p),
            };
            m.emit(&mut b).unwrap();
        }
        let got: Vec<_> = Messages::new(&out).collect::<Result<_, _>>().unwrap();
        prop_assert_eq!(got.len(), payloads.len());
        for (i, (_, m)) in got.iter().enumerate() {
            prop_assert_eq!(m.header().seq, i as u32);
            prop_assert_eq!(m.payload(), &payloads[i][..]);
        }
    }

    #[test]
    fn random_bytes_never_panic(data in prop::collection::vec(any::<u8>(), 0..512)) {
        fuzzing::parse(&data);
        fuzzing::round_trip(&data);
        fuzzing::validate(&data);
    }

    #[test]
    fn mutated_messages_never_panic(tree in prop::collection::vec(attr_tree(), 1..4),
                                    flips in prop::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 1..8)) {
        let mut out = Vec::new();
        let mut b = Builder::new(&mut out);
        let m = b.begin_message(header::Repr { message_type: MessageType(20), flags: Flags(1), seq: 1, port: 0 }).unwrap();
        b.genl(genl::Repr { cmd: 0, version: 1 }).unwrap();
        for a in &tree { a.emit(&mut b).unwrap(); }
        b.end_message(m).unwrap();
        for (i, v) in flips {
            let i = i.index(out.len());
            out[i] = v;
        }
        fuzzing::parse(&out);
        fuzzing::round_trip(&out);
        fuzzing::validate(&out);
    }
}
