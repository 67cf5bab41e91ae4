//! Encode, and decode + validate, of two messages — (a) an event-channel send with one
//! attribute, (b) a grant-map batch of 64 nested entries with 4 attributes each — side by side
//! with prost (derive-only messages of the same content), netlink-packet-core (rust-netlink's
//! typed-NLA style, building and parsing the same attributes), and a memcpy of the same bytes
//! as the floor. Every contender produces or consumes the same logical content, and every
//! decoder checks at least the rules the spec gives (required fields, flag mask) and reads
//! every value.
//!
//! The `hvlink` rows are the generated code of `hvlink-proto` (`SendOp` / `MapGrantRef`: their
//! `write_request` and `AttrSet::decode`, then reading the request, iterating the batch's
//! entries); netlink-packet-core builds the very same bytes. The `hvlink-policy-walker`,
//! `hvlink-two-pass` and `hvlink-specialised` rows are codec-level references on the codec's
//! own sample messages (same sizes; the batch entries have attribute type 1 instead of 6),
//! validated against `fuzzing::MAP_REQUEST`.
//!
//! The `c-generated` rows are the generated C library (`proto/include/hvlink_parse.h`, built
//! by `hvlink-clib` with the cc crate at -O2 and called through FFI): its encoder writes the
//! same bytes as the Rust one, and its parser validates exactly as the Rust decoder does
//! (the differential tests of `proto/clib` hold them together) and reads every value.
//!
//! Run: `cargo bench -p hvlink-codec --bench codec`.

#[path = "../tests/support/samples.rs"]
mod samples;

use std::hint::black_box;

use criterion::measurement::WallTime;
use criterion::{criterion_group, criterion_main, BenchmarkGroup, Criterion, Throughput};
use hvlink_codec::fuzzing::MAP_REQUEST;
use hvlink_codec::policy::{validate, visit, AttrPolicy, AttrType, Options, Policy};
use hvlink_codec::{Builder, Message, SliceSink};
use hvlink_proto::event_channel::{self as evtchn, PortReq, SendOp};
use hvlink_proto::grant_table::{
    self as gnt, GntmapFlags, MapEntry, MapGrantRef, MapReq, MapReqForm,
};
use hvlink_proto::rt::{AttrSet, List, Op};

static SEND: Policy = Policy::new(
    "send",
    &[AttrPolicy::new(1, "port", AttrType::U32).required()],
);

// ---------------------------------------------------------------- hvlink, generated

/// `event_channel.send` through the generated code: `SendOp::write_request`.
fn gen_encode_send(buf: &mut [u8]) -> usize {
    let mut b = Builder::new(SliceSink::new(buf));
    SendOp::write_request(&mut b, 1, 1, &PortReq { port: 3 }).unwrap()
}

/// Parse the message, check it is `event_channel.send`, decode its request with the generated
/// decoder (validation in the same pass) and read it.
fn gen_decode_send(buf: &[u8]) -> u64 {
    let m = Message::parse(buf).unwrap();
    let (g, attrs) = m.genl().unwrap();
    assert!(m.header().message_type.0 == evtchn::MSG_TYPE && g.cmd == SendOp::DESC.id);
    let req = PortReq::decode(attrs).unwrap();
    u64::from(req.port) + u64::from(g.cmd) + u64::from(m.header().seq)
}

fn gen_entries() -> Vec<MapEntry> {
    (0..samples::BATCH)
        .map(|i| {
            let (dom, gref, flags, gpa) = samples::entry(i);
            MapEntry {
                dom,
                r#ref: gref,
                flags: GntmapFlags(flags),
                host_addr: gpa,
            }
        })
        .collect()
}

/// `grant_table.map_grant_ref`, batch form, through the generated code.
fn gen_encode_map(buf: &mut [u8]) -> usize {
    thread_local! {
        static ENTRIES: Vec<MapEntry> = gen_entries();
    }
    ENTRIES.with(|es| {
        let mut b = Builder::new(SliceSink::new(buf));
        let req = MapReq {
            form: MapReqForm::Batch {
                mode: gnt::MapMode::INDEPENDENT,
                entry: List::new(es),
            },
        };
        MapGrantRef::write_request(&mut b, 2, 1, &req).unwrap()
    })
}

/// Decode (validating every entry in the same pass) and read every entry, as the host's
/// backend does: `for e in entry`.
fn gen_decode_map(buf: &[u8]) -> u64 {
    let m = Message::parse(buf).unwrap();
    let (g, attrs) = m.genl().unwrap();
    assert!(m.header().message_type.0 == gnt::MSG_TYPE && g.cmd == MapGrantRef::DESC.id);
    let req = MapReq::decode(attrs).unwrap();
    let MapReqForm::Batch { entry, .. } = req.form else {
        panic!("not a batch")
    };
    let mut acc = u64::from(m.header().seq);
    for e in entry {
        acc = acc.wrapping_add(
            u64::from(e.dom) ^ u64::from(e.r#ref) ^ u64::from(e.flags.0) ^ e.host_addr,
        );
    }
    acc
}

/// The same without reading the entries: what decoding alone costs (the list is a lazy view
/// of the validated bytes).
fn gen_decode_map_only(buf: &[u8]) -> u64 {
    let m = Message::parse(buf).unwrap();
    let (_, attrs) = m.genl().unwrap();
    let req = MapReq::decode(attrs).unwrap();
    let MapReqForm::Batch { entry, .. } = req.form else {
        panic!("not a batch")
    };
    entry.len() as u64
}

// ---------------------------------------------------------------- hvlink, codec level

/// One pass: `policy::visit` validates and hands over each attribute as it goes (the way the
/// generated decoders worked before they were specialised: a walk over the policy table).
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

/// A decoder specialised by hand for this one message, kept as a reference for the generated
/// ones: a match per attribute type with the same checks (sizes, duplicates, required, flags
/// mask, domain range, unknown attributes in strict mode).
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
        #[prost(uint32, optional, tag = "3")]
        pub flags: Option<u32>,
        #[prost(uint64, tag = "4")]
        pub gpa: u64,
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
                    flags: Some(flags),
                    gpa,
                }
            })
            .collect(),
    };
    m.encode(out).unwrap();
}

/// The spec's `gntmap-flags` (closed flags): the bits a map entry's `flags` may have.
const FLAGS_MASK: u32 = 0xffff_003f;

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
        let (dom, flags) = (e.dom.unwrap(), e.flags.unwrap());
        assert!(dom <= u32::from(u16::MAX) && flags & !FLAGS_MASK == 0);
        acc = acc
            .wrapping_add(u64::from(dom) ^ u64::from(e.gref.unwrap()) ^ u64::from(flags) ^ e.gpa);
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
                MsgNla::Entry(_) => 6 | NLA_F_NESTED,
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
                let (mut dom, mut gref, mut flags, mut gpa) = (None, None, None, 0);
                for a in e {
                    match *a {
                        nl::EntryNla::Dom(v) => dom = Some(v),
                        nl::EntryNla::Ref(v) => gref = Some(v),
                        nl::EntryNla::Flags(v) => flags = Some(v),
                        nl::EntryNla::Gpa(v) => gpa = v,
                    }
                }
                let flags = flags.unwrap();
                assert!(flags & !FLAGS_MASK == 0);
                acc = acc.wrapping_add(
                    u64::from(dom.unwrap()) ^ u64::from(gref.unwrap()) ^ u64::from(flags) ^ gpa,
                );
            }
        }
    }
    acc
}

// ---------------------------------------------------------------- the runs

/// A decoder: message bytes in, a checksum of the values read out.
type Decoder = fn(&[u8]) -> u64;

/// The functions one message is benchmarked with.
struct Contenders {
    /// The generated encoder and decoder (the headline `hvlink` rows).
    gen_encode: fn(&mut [u8]) -> usize,
    gen_decode: fn(&[u8]) -> u64,
    /// Decode without reading the values (informational), when it differs.
    gen_decode_only: Option<fn(&[u8]) -> u64>,
    /// Codec-level references: the `Builder` and the policy-table walker on the codec's
    /// own sample message, the two-pass and specialised decoders when given.
    hv_encode: fn(&mut [u8]) -> usize,
    hv_decode: fn(&[u8]) -> u64,
    hv_decode_more: &'static [(&'static str, Decoder)],
    pb_encode: fn(&mut Vec<u8>),
    pb_decode: fn(&[u8]) -> u64,
    nl_encode: fn(&mut Vec<u8>),
    /// The generated C library (through FFI).
    c_encode: fn(&mut [u8]) -> usize,
    c_decode: fn(&[u8]) -> u64,
}

fn bench_message(c: &mut Criterion, name: &str, k: Contenders) {
    let Contenders {
        gen_encode,
        gen_decode,
        gen_decode_only,
        hv_encode,
        hv_decode,
        hv_decode_more,
        pb_encode,
        pb_decode,
        nl_encode,
        c_encode,
        c_decode,
    } = k;
    let mut gen_buf = vec![0u8; 8192];
    let gen_len = gen_encode(&mut gen_buf);
    let gen_bytes = gen_buf[..gen_len].to_vec();
    let mut hv_buf = vec![0u8; 8192];
    let hv_len = hv_encode(&mut hv_buf);
    let hv_bytes = hv_buf[..hv_len].to_vec();
    assert_eq!(hv_len, gen_len, "the codec-level sample has the same size");
    let mut pb_bytes = Vec::new();
    pb_encode(&mut pb_bytes);
    let mut nl_bytes = Vec::new();
    nl_encode(&mut nl_bytes);
    assert_eq!(
        nl_bytes, gen_bytes,
        "netlink-packet-core builds the same bytes as the generated encoder"
    );
    let want = gen_decode(&gen_bytes);
    assert_eq!(want, nl_decode(&nl_bytes));
    assert_eq!(want, pb_decode(&pb_bytes));
    assert_eq!(want, hv_decode(&hv_bytes));
    let mut c_buf = vec![0u8; 8192];
    let c_len = c_encode(&mut c_buf);
    assert_eq!(
        c_buf[..c_len],
        gen_bytes[..],
        "the C encoder builds the same bytes"
    );
    assert_eq!(
        want,
        c_decode(&gen_bytes),
        "the C parser reads the same values"
    );

    let mut g = c.benchmark_group(format!("encode/{name}"));
    g.throughput(Throughput::Bytes(gen_len as u64));
    g.bench_function("hvlink", |b| b.iter(|| black_box(gen_encode(&mut gen_buf))));
    g.bench_function("c-generated", |b| {
        b.iter(|| black_box(c_encode(&mut c_buf)))
    });
    g.bench_function("hvlink-builder", |b| {
        b.iter(|| black_box(hv_encode(&mut hv_buf)))
    });
    bench_vec_encode(&mut g, "prost", pb_encode);
    bench_vec_encode(&mut g, "netlink-packet-core", nl_encode);
    bench_memcpy(&mut g, &gen_bytes);
    g.finish();

    let mut g = c.benchmark_group(format!("decode_validate/{name}"));
    g.throughput(Throughput::Bytes(gen_len as u64));
    g.bench_function("hvlink", |b| b.iter(|| gen_decode(black_box(&gen_bytes))));
    g.bench_function("c-generated", |b| {
        b.iter(|| c_decode(black_box(&gen_bytes)))
    });
    if let Some(only) = gen_decode_only {
        g.bench_function("hvlink-decode-only", |b| {
            b.iter(|| only(black_box(&gen_bytes)))
        });
    }
    g.bench_function("hvlink-policy-walker", |b| {
        b.iter(|| hv_decode(black_box(&hv_bytes)))
    });
    for (label, f) in hv_decode_more {
        assert_eq!(f(&hv_bytes), want, "{label}");
        g.bench_function(*label, |b| b.iter(|| f(black_box(&hv_bytes))));
    }
    g.bench_function("prost", |b| b.iter(|| pb_decode(black_box(&pb_bytes))));
    g.bench_function("netlink-packet-core", |b| {
        b.iter(|| nl_decode(black_box(&nl_bytes)))
    });
    bench_memcpy(&mut g, &gen_bytes);
    g.finish();
}

/// An encoder into a growable buffer, reused (cleared) between iterations.
fn bench_vec_encode(g: &mut BenchmarkGroup<'_, WallTime>, label: &str, encode: fn(&mut Vec<u8>)) {
    g.bench_function(label, |b| {
        let mut out = Vec::with_capacity(8192);
        b.iter(|| {
            out.clear();
            encode(&mut out);
            black_box(out.len())
        })
    });
}

/// The floor of both groups: copying the message's bytes.
fn bench_memcpy(g: &mut BenchmarkGroup<'_, WallTime>, bytes: &[u8]) {
    g.bench_function("memcpy", |b| {
        let mut out = vec![0u8; bytes.len()];
        b.iter(|| {
            out.copy_from_slice(black_box(bytes));
            black_box(out.as_ptr());
        })
    });
}

fn codec(c: &mut Criterion) {
    bench_message(
        c,
        "evtchn_send",
        Contenders {
            gen_encode: gen_encode_send,
            gen_decode: gen_decode_send,
            gen_decode_only: None,
            hv_encode: |buf| {
                samples::evtchn_send(&mut Builder::new(SliceSink::new(buf)), 3).unwrap()
            },
            hv_decode: hv_decode_send,
            hv_decode_more: &[],
            pb_encode: pb_encode_send,
            pb_decode: pb_decode_send,
            nl_encode: nl_encode_send,
            c_encode: hvlink_clib::bench::encode_send,
            c_decode: hvlink_clib::bench::decode_send,
        },
    );
    bench_message(
        c,
        "grant_map_64",
        Contenders {
            gen_encode: gen_encode_map,
            gen_decode: gen_decode_map,
            gen_decode_only: Some(gen_decode_map_only),
            hv_encode: |buf| {
                samples::grant_map(&mut Builder::new(SliceSink::new(buf)), samples::BATCH).unwrap()
            },
            hv_decode: hv_decode_map,
            hv_decode_more: &[
                ("hvlink-two-pass", hv_decode_map_two_pass),
                ("hvlink-specialised", hv_decode_map_specialised),
            ],
            pb_encode: pb_encode_map,
            pb_decode: pb_decode_map,
            nl_encode: nl_encode_map,
            c_encode: |buf| hvlink_clib::bench::encode_map(buf, samples::BATCH),
            c_decode: hvlink_clib::bench::decode_map,
        },
    );
}

criterion_group!(benches, codec);
criterion_main!(benches);
