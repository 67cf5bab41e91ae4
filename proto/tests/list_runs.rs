//! A batch's entries (and a reply's results) are decoded in runs: after one list entry the
//! generated decoder takes those that follow in a layout their encoder writes without going
//! round its loop for each (`rt::run_next`). These check, on messages the encoder wrote and
//! on every one-byte change and every truncation of them, that the runs change nothing: the
//! decoders still agree with the policy tables (the same value or the very same error,
//! `support/policy_agreement.rs`), the entry counts are refused at the same entry, and a
//! run ends wherever an entry is not in its layout.

use hvlink_proto::codec::{Attrs, Builder, ErrorKind};
use hvlink_proto::grant_table::{
    BatchMode, EntryResult, GntmapFlags, Gntst, MapEntry, MapMode, MapReply, MapReplyEntry,
    MapReplyForm, MapReq, MapReqForm, UnmapEntry, UnmapReply, UnmapReplyForm, UnmapReq,
    UnmapReqForm,
};
use hvlink_proto::rt::{AttrSet, List};

// (Shared with `generated_roundtrip.rs`, whose random inputs use the rest of it.)
#[allow(dead_code)]
#[path = "support/policy_agreement.rs"]
mod policy_agreement;

use policy_agreement::{agree, Decoders, Seen};

fn encode<'a, T: AttrSet<'a>>(v: &T) -> Vec<u8> {
    let mut out = Vec::new();
    v.encode(&mut Builder::new(&mut out)).unwrap();
    out
}

/// `bytes`, each byte changed every way below, and each of its truncations, through
/// [`agree`]; the original must decode.
fn every_change(d: &Decoders, bytes: &[u8]) -> Seen {
    let mut seen = Seen::default();
    assert!(
        (d.decode)(bytes, 0).is_ok(),
        "{}: the encoder's own bytes",
        d.desc.name
    );
    agree(d, bytes, 0, &mut seen);
    let mut b = bytes.to_vec();
    for i in 0..b.len() {
        let was = b[i];
        for v in [
            0,
            0xff,
            was ^ 1,
            was ^ 0x80,
            was ^ 0x40,
            was.wrapping_add(4),
            was.wrapping_sub(4),
        ] {
            b[i] = v;
            agree(d, &b, 0, &mut seen);
        }
        b[i] = was;
    }
    for n in 0..bytes.len() {
        agree(d, &bytes[..n], 0, &mut seen);
    }
    seen
}

fn map_entries(n: u32) -> Vec<MapEntry> {
    (0..n)
        .map(|i| MapEntry {
            dom: 1,
            r#ref: i,
            flags: GntmapFlags::HOST_MAP,
            // Every third entry in the shorter layout (the address left out as its default).
            host_addr: if i % 3 == 2 {
                0
            } else {
                0x10_0000 + u64::from(i) * 4096
            },
        })
        .collect()
}

fn map_req(es: &[MapEntry]) -> MapReq<'_> {
    MapReq {
        form: MapReqForm::Batch {
            mode: MapMode::INDEPENDENT,
            entry: List::new(es),
        },
    }
}

#[test]
fn a_run_of_entries_decodes_as_the_loop_does_on_every_change() {
    let es = map_entries(6);
    let seen = every_change(&decoders!(MapReq), &encode(&map_req(&es)));
    // Values checked, errors of the walk and of the entries' own checks both met.
    assert!(
        seen.accepted > 50 && seen.same_error > 100,
        "{} {}",
        seen.accepted,
        seen.same_error
    );

    let us: Vec<UnmapEntry> = (0..6u32)
        .map(|i| UnmapEntry {
            host_addr: 0x10_0000 + u64::from(i) * 4096,
            dev_bus_addr: if i % 2 == 0 { 0 } else { 0x9000 },
            handle: i,
        })
        .collect();
    let req = UnmapReq {
        form: UnmapReqForm::Batch {
            mode: BatchMode::INDEPENDENT,
            entry: List::new(&us),
        },
    };
    every_change(&decoders!(UnmapReq), &encode(&req));

    // Results in all four layouts (handle and bus address each there or not).
    let rs: Vec<MapReplyEntry> = (0..8u32)
        .map(|i| MapReplyEntry {
            index: i,
            status: if i % 4 == 3 {
                Gntst::BAD_HANDLE
            } else {
                Gntst::OKAY
            },
            handle: (i % 4 != 3).then_some(i + 7),
            dev_bus_addr: (i % 2 == 1 && i % 4 != 3).then_some(0x8000),
        })
        .collect();
    let rep = MapReply {
        form: MapReplyForm::Batch {
            entry: List::new(&rs),
        },
    };
    every_change(&decoders!(MapReply), &encode(&rep));

    let rs: Vec<EntryResult> = (0..6u32)
        .map(|i| EntryResult {
            index: i,
            status: Gntst::OKAY,
        })
        .collect();
    let rep = UnmapReply {
        form: UnmapReplyForm::Batch {
            entry: List::new(&rs),
        },
    };
    every_change(&decoders!(UnmapReply), &encode(&rep));
}

#[test]
fn runs_give_every_entry_in_order() {
    let es = map_entries(700);
    let bytes = encode(&map_req(&es));
    let mut got = Vec::new();
    let req = MapReq::decode_each(Attrs::new(&bytes, 0), &mut |e| got.push(e)).unwrap();
    assert_eq!(got, es);
    let MapReqForm::Batch { entry, .. } = req.form else {
        panic!("batch form")
    };
    assert_eq!(entry.len(), 700);
    assert!(entry.iter().eq(es.iter().copied()));
}

#[test]
fn the_entry_past_max_count_is_refused_where_it_lies() {
    let es = map_entries(1025);
    let bytes = encode(&map_req(&es[..1024]));
    assert!(MapReq::decode(Attrs::new(&bytes, 0)).is_ok());
    let bytes = encode(&map_req(&es));
    let e = MapReq::decode(Attrs::new(&bytes, 0)).unwrap_err();
    assert_eq!(e.kind(), ErrorKind::LimitExceeded, "{e:?}");
    // 1,024 entries before it (the mode, independent, is the default and left out): 2 of
    // every 3 are 40 bytes, the rest 28.
    let before: usize = es[..1024]
        .iter()
        .map(|e| if e.host_addr == 0 { 28 } else { 40 })
        .sum::<usize>();
    assert_eq!(e.offset(), before as u32, "{e:?}");
}

#[test]
fn a_run_stops_at_an_entry_out_of_layout_and_the_loop_reports_it() {
    let es = map_entries(5);
    let mut bytes = encode(&map_req(&es));
    // The fourth entry's flags (the mode left out as the default; entries of 40, 40 and
    // 28 bytes before it): a value outside the flags' mask, in a run that has begun.
    let entry = 40 + 40 + 28;
    let flags = entry + 4 + 16 + 4;
    bytes[flags + 3] = 0x00;
    bytes[flags + 1] = 0x10;
    let e = MapReq::decode(Attrs::new(&bytes, 0)).unwrap_err();
    assert_eq!(e.kind(), ErrorKind::BadValue, "{e:?}");
    assert_eq!(e.offset() as usize, flags - 4, "{e:?}");
    // An entry without the nested flag is still an entry (the walk does not require the
    // flag), and the run goes on after it.
    let mut bytes = encode(&map_req(&es));
    bytes[entry + 3] &= !0x80;
    let mut got = Vec::new();
    MapReq::decode_each(Attrs::new(&bytes, 0), &mut |e| got.push(e)).unwrap();
    assert_eq!(got, es);
}
