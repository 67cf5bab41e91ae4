//! Encode, and decode + validate, of two messages — (a) an event-channel send with one
//! attribute, (b) a grant-map batch of 64 nested entries with 4 attributes each — side by side
//! with prost (derive-only messages of the same content), netlink-packet-core (rust-netlink's
//! typed-NLA style, building and parsing the same attributes), and a memcpy of the same bytes
//! as the floor. Every contender produces or consumes the same logical content, and every
//! decoder checks the same rules (required fields, flag mask, domain range) and reads every
//! value.
//!
//! Run: `cargo bench -p hvlink-codec --bench codec`.

#[path = "../tests/support/samples.rs"]
mod samples;

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use hvlink_codec::fuzzing::MAP_REQUEST;
use hvlink_codec::policy::{validate, visit, AttrPolicy, AttrType, Options, Policy};
use hvlink_codec::{Builder, Message, SliceSink};

static SEND: Policy = Policy::new(
    "send",
    &[AttrPolicy::new(1, "port", AttrType::U32).required()],
);

// ---------------------------------------------------------------- hvlink

/// One pass: `policy::visit` validates and hands over each attribute as it goes (the way the
/// generated decoders work).
fn hv_decode_send(buf: &[u8]) -> u64 {
    let m = Message::parse(buf).unwrap();
    let (g, attrs) = m.genl().unwrap();
    let mut port = 0;
    visit(attrs, &SEND, Options::STRICT, |_, _, a| {
        port = a.u32()?;
        Ok(())
    })
    .unwrap();
    u64::from(port) + u64::from(g.cmd) + u64::from(m.header().seq)
}

fn hv_decode_map(buf: &[u8]) -> u64 {
    let m = Message::parse(buf).unwrap();
    let (_, attrs) = m.genl().unwrap();
    let mut acc = u64::from(m.header().seq);
    let mut cur = 0u64;
    visit(attrs, &MAP_REQUEST, Options::STRICT, |set, p, a| {
        match p.kind {
            1 if std::ptr::eq(set, &MAP_REQUEST) => {
                acc = acc.wrapping_add(cur);
                cur = 0;
            }
            1 => cur ^= u64::from(a.u16()?),
            2 | 3 => cur ^= u64::from(a.u32()?),
            4 => cur ^= a.u64()?,
            _ => {}
        }
        Ok(())
    })
    .unwrap();
    acc.wrapping_add(cur)
}

/// What a decoder specialised for this one message does (the shape of code a generator can
/// emit instead of walking a policy table): a match per attribute type with the same checks
/// (sizes, duplicates, required, flags mask, domain range, unknown attributes in strict mode).
fn hv_decode_map_specialised(buf: &[u8]) -> u64 {
    use hvlink_codec::{Error, ErrorKind};
    fn entry(a: hvlink_codec::Attr<'_>) -> Result<u64, Error> {
        let (mut seen, mut v) = (0u8, 0u64);
        for x in a.nested() {
            let x = x?;
            let bit = 1u8 << (x.kind() & 7);
            if seen & bit != 0 {
                return Err(x.error(ErrorKind::Duplicate, "duplicate"));
            }
            seen |= bit;
            match x.kind() {
                1 => {
                    let d = x.u16()?;
                    if d > 0x7ff5 {
                        return Err(x.error(ErrorKind::BadValue, "range"));
                    }
                    v ^= u64::from(d);
                }
                2 => v ^= u64::from(x.u32()?),
                3 => {
                    let f = x.u32()?;
                    if f & !0x1f != 0 {
                        return Err(x.error(ErrorKind::BadValue, "flags"));
                    }
                    v ^= u64::from(f);
                }
                4 => v ^= x.u64()?,
                _ => return Err(x.error(ErrorKind::Unknown, "unknown")),
            }
        }
        if seen & 0b10110 != 0b10110 {
            return Err(a.error(ErrorKind::Missing, "missing"));
        }
        Ok(v)
    }
    let m = Message::parse(buf).unwrap();
    let (_, attrs) = m.genl().unwrap();
    let mut acc = u64::from(m.header().seq);
    for a in attrs {
        let a = a.unwrap();
        match a.kind() {
            1 => acc = acc.wrapping_add(entry(a).unwrap()),
            _ => panic!("unknown"),
        }
    }
    acc
}

/// Two passes: validate the whole message, then read it with the typed getters.
fn hv_decode_map_two_pass(buf: &[u8]) -> u64 {
    let m = Message::parse(buf).unwrap();
    let (_, attrs) = m.genl().unwrap();
    validate(attrs.clone(), &MAP_REQUEST, Options::STRICT).unwrap();
    let mut acc = u64::from(m.header().seq);
    for e in attrs {
        let (mut dom, mut gref, mut flags, mut gpa) = (0u16, 0u32, 0u32, 0u64);
        for a in e.unwrap().nested() {
            let a = a.unwrap();
            match a.kind() {
                1 => dom = a.u16().unwrap(),
                2 => gref = a.u32().unwrap(),
                3 => flags = a.u32().unwrap(),
                4 => gpa = a.u64().unwrap(),
                _ => {}
            }
        }
        acc = acc.wrapping_add(u64::from(dom) ^ u64::from(gref) ^ u64::from(flags) ^ gpa);
    }
    acc
}

// ---------------------------------------------------------------- prost

mod pb {
    #[derive(Clone, PartialEq, prost::Message)]
    pub struct Header {
        #[prost(uint32, tag = "1")]
        pub kind: u32,
        #[prost(uint32, tag = "2")]
        pub flags: u32,
        #[prost(uint32, tag = "3")]
        pub seq: u32,
        #[prost(uint32, tag = "4")]
        pub port: u32,
        #[prost(uint32, tag = "5")]
        pub cmd: u32,
        #[prost(uint32, tag = "6")]
        pub version: u32,
    }
    #[derive(Clone, PartialEq, prost::Message)]
    pub struct Send {
        #[prost(message, optional, tag = "1")]
        pub header: Option<Header>,
        #[prost(uint32, optional, tag = "2")]
        pub port: Option<u32>,
    }
    #[derive(Clone, PartialEq, prost::Message)]
    pub struct MapEntry {
        #[prost(uint32, optional, tag = "1")]
        pub dom: Option<u32>,
        #[prost(uint32, optional, tag = "2")]
        pub gref: Option<u32>,
        #[prost(uint32, tag = "3")]
        pub flags: u32,
        #[prost(uint64, optional, tag = "4")]
        pub gpa: Option<u64>,
    }
    #[derive(Clone, PartialEq, prost::Message)]
    pub struct Map {
        #[prost(message, optional, tag = "1")]
        pub header: Option<Header>,
        #[prost(message, repeated, tag = "2")]
        pub entry: Vec<MapEntry>,
    }
}

fn pb_header(kind: u16, cmd: u8, seq: u32) -> Option<pb::Header> {
    Some(pb::Header {
        kind: kind.into(),
        flags: 1,
        seq,
        port: 1,
        cmd: cmd.into(),
        version: 1,
    })
}

fn pb_encode_send(out: &mut Vec<u8>) {
    use prost::Message as _;
    let m = pb::Send {
        header: pb_header(samples::EVTCHN, samples::EVTCHNOP_SEND, 1),
        port: Some(3),
    };
    m.encode(out).unwrap();
}

fn pb_encode_map(out: &mut Vec<u8>) {
    use prost::Message as _;
    let m = pb::Map {
        header: pb_header(samples::GNTTAB, samples::GNTTABOP_MAP, 2),
        entry: (0..samples::BATCH)
            .map(|i| {
                let (dom, gref, flags, gpa) = samples::entry(i);
                pb::MapEntry {
                    dom: Some(dom.into()),
                    gref: Some(gref),
                    flags,
                    gpa: Some(gpa),
                }
            })
            .collect(),
    };
    m.encode(out).unwrap();
}

fn pb_decode_send(buf: &[u8]) -> u64 {
    use prost::Message as _;
    let m = pb::Send::decode(buf).unwrap();
    let h = m.header.unwrap();
    u64::from(m.port.unwrap()) + u64::from(h.cmd) + u64::from(h.seq)
}

fn pb_decode_map(buf: &[u8]) -> u64 {
    use prost::Message as _;
    let m = pb::Map::decode(buf).unwrap();
    let mut acc = u64::from(m.header.unwrap().seq);
    assert!(!m.entry.is_empty());
    for e in &m.entry {
        let dom = e.dom.unwrap();
        assert!(dom <= 0x7ff5 && e.flags & !0x1f == 0);
        acc = acc.wrapping_add(
            u64::from(dom) ^ u64::from(e.gref.unwrap()) ^ u64::from(e.flags) ^ e.gpa.unwrap(),
        );
    }
    acc
}

// ---------------------------------------------------------------- netlink-packet-core

mod nl {
    use netlink_packet_core::{
        emit_u16, emit_u32, emit_u64, parse_u16, parse_u32, parse_u64, DecodeError, Emitable,
        NetlinkDeserializable, NetlinkHeader, NetlinkSerializable, Nla, NlaBuffer, NlasIterator,
        NLA_F_NESTED,
    };

    #[derive(Debug, Clone, PartialEq)]
    pub enum EntryNla {
        Dom(u16),
        Ref(u32),
        Flags(u32),
        Gpa(u64),
    }

    impl Nla for EntryNla {
        fn value_len(&self) -> usize {
            match self {
                EntryNla::Dom(_) => 2,
                EntryNla::Ref(_) | EntryNla::Flags(_) => 4,
                EntryNla::Gpa(_) => 8,
            }
        }
        fn kind(&self) -> u16 {
            match self {
                EntryNla::Dom(_) => 1,
                EntryNla::Ref(_) => 2,
                EntryNla::Flags(_) => 3,
                EntryNla::Gpa(_) => 4,
            }
        }
        fn emit_value(&self, b: &mut [u8]) {
            match self {
                EntryNla::Dom(v) => emit_u16(b, *v).unwrap(),
                EntryNla::Ref(v) | EntryNla::Flags(v) => emit_u32(b, *v).unwrap(),
                EntryNla::Gpa(v) => emit_u64(b, *v).unwrap(),
            }
        }
    }

    impl EntryNla {
        fn parse(buf: &NlaBuffer<&[u8]>) -> Result<Self, DecodeError> {
            let v = buf.value();
            Ok(match buf.kind() {
                1 => EntryNla::Dom(parse_u16(v)?),
                2 => EntryNla::Ref(parse_u32(v)?),
                3 => EntryNla::Flags(parse_u32(v)?),
                4 => EntryNla::Gpa(parse_u64(v)?),
                k => return Err(format!("unknown entry attribute {k}").into()),
            })
        }
    }

    #[derive(Debug, Clone, PartialEq)]
    pub enum MsgNla {
        Port(u32),
        Entry(Vec<EntryNla>),
    }

    impl Nla for MsgNla {
        fn value_len(&self) -> usize {
            match self {
                MsgNla::Port(_) => 4,
                MsgNla::Entry(v) => v.as_slice().buffer_len(),
            }
        }
        fn kind(&self) -> u16 {
            match self {
                MsgNla::Port(_) => 1,
                MsgNla::Entry(_) => 1 | NLA_F_NESTED,
            }
        }
        fn emit_value(&self, b: &mut [u8]) {
            match self {
                MsgNla::Port(v) => emit_u32(b, *v).unwrap(),
                MsgNla::Entry(v) => v.as_slice().emit(b),
            }
        }
    }

    /// A generic-netlink style payload: family header + attributes.
    #[derive(Debug, Clone, PartialEq)]
    pub struct GenlMsg {
        pub family: u16,
        pub cmd: u8,
        pub version: u8,
        pub nlas: Vec<MsgNla>,
    }

    impl NetlinkSerializable for GenlMsg {
        fn message_type(&self) -> u16 {
            self.family
        }
        fn buffer_len(&self) -> usize {
            4 + self.nlas.as_slice().buffer_len()
        }
        fn serialize(&self, b: &mut [u8]) {
            b[0] = self.cmd;
            b[1] = self.version;
            b[2] = 0;
            b[3] = 0;
            self.nlas.as_slice().emit(&mut b[4..]);
        }
    }

    impl NetlinkDeserializable for GenlMsg {
        type Error = DecodeError;
        fn deserialize(h: &NetlinkHeader, payload: &[u8]) -> Result<Self, DecodeError> {
            if payload.len() < 4 {
                return Err("short family header".into());
            }
            let mut nlas = Vec::new();
            for nla in NlasIterator::new(&payload[4..]) {
                let nla = nla?;
                if nla.nested_flag() {
                    let mut entry = Vec::with_capacity(4);
                    for inner in NlasIterator::new(nla.value()) {
                        entry.push(EntryNla::parse(&inner?)?);
                    }
                    nlas.push(MsgNla::Entry(entry));
                } else {
                    nlas.push(MsgNla::Port(parse_u32(nla.value())?));
                }
            }
            Ok(GenlMsg {
                family: h.message_type,
                cmd: payload[0],
                version: payload[1],
                nlas,
            })
        }
    }
}

fn nl_message(inner: nl::GenlMsg, seq: u32) -> netlink_packet_core::NetlinkMessage<nl::GenlMsg> {
    let mut header = netlink_packet_core::NetlinkHeader::default();
    header.flags = 1;
    header.sequence_number = seq;
    header.port_number = 1;
    let mut m = netlink_packet_core::NetlinkMessage::new(
        header,
        netlink_packet_core::NetlinkPayload::InnerMessage(inner),
    );
    m.finalize();
    m
}

fn nl_encode_send(out: &mut Vec<u8>) {
    let m = nl_message(
        nl::GenlMsg {
            family: samples::EVTCHN,
            cmd: samples::EVTCHNOP_SEND,
            version: 1,
            nlas: vec![nl::MsgNla::Port(3)],
        },
        1,
    );
    out.resize(m.buffer_len(), 0);
    m.serialize(out);
}

fn nl_encode_map(out: &mut Vec<u8>) {
    let nlas = (0..samples::BATCH)
        .map(|i| {
            let (dom, gref, flags, gpa) = samples::entry(i);
            nl::MsgNla::Entry(vec![
                nl::EntryNla::Dom(dom),
                nl::EntryNla::Ref(gref),
                nl::EntryNla::Flags(flags),
                nl::EntryNla::Gpa(gpa),
            ])
        })
        .collect();
    let m = nl_message(
        nl::GenlMsg {
            family: samples::GNTTAB,
            cmd: samples::GNTTABOP_MAP,
            version: 1,
            nlas,
        },
        2,
    );
    out.resize(m.buffer_len(), 0);
    m.serialize(out);
}

fn nl_decode(buf: &[u8]) -> u64 {
    use netlink_packet_core::NetlinkPayload;
    let m = netlink_packet_core::NetlinkMessage::<nl::GenlMsg>::deserialize(buf).unwrap();
    let seq = m.header.sequence_number;
    let NetlinkPayload::InnerMessage(g) = m.payload else {
        panic!("not a family message")
    };
    let mut acc = u64::from(seq) + u64::from(g.cmd);
    assert!(!g.nlas.is_empty());
    for nla in &g.nlas {
        match nla {
            nl::MsgNla::Port(p) => acc += u64::from(*p),
            nl::MsgNla::Entry(e) => {
                let (mut dom, mut gref, mut flags, mut gpa) = (None, None, 0, None);
                for a in e {
                    match *a {
                        nl::EntryNla::Dom(v) => dom = Some(v),
                        nl::EntryNla::Ref(v) => gref = Some(v),
                        nl::EntryNla::Flags(v) => flags = v,
                        nl::EntryNla::Gpa(v) => gpa = Some(v),
                    }
                }
                let dom = dom.unwrap();
                assert!(dom <= 0x7ff5 && flags & !0x1f == 0);
                acc = acc.wrapping_add(
                    u64::from(dom) ^ u64::from(gref.unwrap()) ^ u64::from(flags) ^ gpa.unwrap(),
                );
            }
        }
    }
    acc
}

// ---------------------------------------------------------------- the runs

/// The functions one message is benchmarked with.
struct Contenders {
    hv_encode: fn(&mut [u8]) -> usize,
    hv_decode: fn(&[u8]) -> u64,
    hv_decode_two_pass: Option<fn(&[u8]) -> u64>,
    pb_encode: fn(&mut Vec<u8>),
    pb_decode: fn(&[u8]) -> u64,
    nl_encode: fn(&mut Vec<u8>),
}

fn bench_message(c: &mut Criterion, name: &str, k: Contenders) {
    let Contenders {
        hv_encode,
        hv_decode,
        hv_decode_two_pass,
        pb_encode,
        pb_decode,
        nl_encode,
    } = k;
    let mut hv_buf = vec![0u8; 8192];
    let hv_len = hv_encode(&mut hv_buf);
    let hv_bytes = hv_buf[..hv_len].to_vec();
    let mut pb_bytes = Vec::new();
    pb_encode(&mut pb_bytes);
    let mut nl_bytes = Vec::new();
    nl_encode(&mut nl_bytes);
    assert_eq!(
        nl_bytes, hv_bytes,
        "netlink-packet-core builds the same bytes"
    );
    assert_eq!(hv_decode(&hv_bytes), nl_decode(&nl_bytes));
    assert_eq!(hv_decode(&hv_bytes), pb_decode(&pb_bytes));

    let mut g = c.benchmark_group(format!("encode/{name}"));
    g.throughput(Throughput::Bytes(hv_len as u64));
    g.bench_function("hvlink", |b| b.iter(|| black_box(hv_encode(&mut hv_buf))));
    g.bench_function("prost", |b| {
        let mut out = Vec::with_capacity(8192);
        b.iter(|| {
            out.clear();
            pb_encode(&mut out);
            black_box(out.len())
        })
    });
    g.bench_function("netlink-packet-core", |b| {
        let mut out = Vec::with_capacity(8192);
        b.iter(|| {
            out.clear();
            nl_encode(&mut out);
            black_box(out.len())
        })
    });
    g.bench_function("memcpy", |b| {
        let mut out = vec![0u8; hv_len];
        b.iter(|| {
            out.copy_from_slice(black_box(&hv_bytes));
            black_box(out.as_ptr());
        })
    });
    g.finish();

    let mut g = c.benchmark_group(format!("decode_validate/{name}"));
    g.throughput(Throughput::Bytes(hv_len as u64));
    g.bench_function("hvlink", |b| b.iter(|| hv_decode(black_box(&hv_bytes))));
    if let Some(two_pass) = hv_decode_two_pass {
        assert_eq!(two_pass(&hv_bytes), hv_decode(&hv_bytes));
        g.bench_function("hvlink-two-pass", |b| {
            b.iter(|| two_pass(black_box(&hv_bytes)))
        });
        assert_eq!(hv_decode_map_specialised(&hv_bytes), hv_decode(&hv_bytes));
        g.bench_function("hvlink-specialised", |b| {
            b.iter(|| hv_decode_map_specialised(black_box(&hv_bytes)))
        });
    }
    g.bench_function("prost", |b| b.iter(|| pb_decode(black_box(&pb_bytes))));
    g.bench_function("netlink-packet-core", |b| {
        b.iter(|| nl_decode(black_box(&nl_bytes)))
    });
    g.bench_function("memcpy", |b| {
        let mut out = vec![0u8; hv_len];
        b.iter(|| {
            out.copy_from_slice(black_box(&hv_bytes));
            black_box(out.as_ptr());
        })
    });
    g.finish();
}

fn codec(c: &mut Criterion) {
    bench_message(
        c,
        "evtchn_send",
        Contenders {
            hv_encode: |buf| {
                samples::evtchn_send(&mut Builder::new(SliceSink::new(buf)), 3).unwrap()
            },
            hv_decode: hv_decode_send,
            hv_decode_two_pass: None,
            pb_encode: pb_encode_send,
            pb_decode: pb_decode_send,
            nl_encode: nl_encode_send,
        },
    );
    bench_message(
        c,
        "grant_map_64",
        Contenders {
            hv_encode: |buf| {
                samples::grant_map(&mut Builder::new(SliceSink::new(buf)), samples::BATCH).unwrap()
            },
            hv_decode: hv_decode_map,
            hv_decode_two_pass: Some(hv_decode_map_two_pass),
            pb_encode: pb_encode_map,
            pb_decode: pb_decode_map,
            nl_encode: nl_encode_map,
        },
    );
}

criterion_group!(benches, codec);
criterion_main!(benches);
