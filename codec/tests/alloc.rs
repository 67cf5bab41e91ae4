//! Decode + validate of the benchmark messages allocates nothing, and neither does building
//! them into a caller's buffer. A counting global allocator counts the allocations made by the
//! thread under test (the test harness's own threads allocate at will).

#[path = "support/samples.rs"]
mod samples;

#[path = "support/counting.rs"]
mod counting;

use std::sync::atomic::Ordering;

use counting::{Counting, ALLOCS, WATCHED};
use hvlink_codec::fuzzing::{MAP_ENTRY, MAP_REQUEST};
use hvlink_codec::policy::{validate, AttrPolicy, AttrType, Options, Policy};
use hvlink_codec::{Builder, Message, SliceSink};
use std::hint::black_box;

#[global_allocator]
static GLOBAL: Counting = Counting;

static SEND: Policy = Policy::new(
    "send",
    &[AttrPolicy::new(1, "port", AttrType::U32).required()],
);

fn decode_validate_send(buf: &[u8]) -> u32 {
    let m = Message::parse(buf).unwrap();
    let (_, attrs) = m.genl().unwrap();
    validate(attrs.clone(), &SEND, Options::STRICT).unwrap();
    attrs.find(1).unwrap().unwrap().u32().unwrap()
}

fn decode_validate_map(buf: &[u8]) -> u64 {
    let m = Message::parse(buf).unwrap();
    let (_, attrs) = m.genl().unwrap();
    validate(attrs.clone(), &MAP_REQUEST, Options::STRICT).unwrap();
    let mut sum = 0u64;
    for e in attrs {
        for a in e.unwrap().nested() {
            let a = a.unwrap();
            if a.kind() == 4 {
                sum = sum.wrapping_add(a.u64().unwrap());
            }
        }
    }
    sum
}

#[test]
fn hot_paths_do_not_allocate() {
    let _ = &MAP_ENTRY;
    let mut send = [0u8; 64];
    let mut map = vec![0u8; 8192];
    // Warm up anything lazily initialised before counting.
    let _ = samples::evtchn_send(&mut Builder::new(SliceSink::new(&mut send)), 3);

    WATCHED.with(|w| w.set(true));
    let before = ALLOCS.load(Ordering::SeqCst);
    let n_send = samples::evtchn_send(&mut Builder::new(SliceSink::new(&mut send)), 3).unwrap();
    let n_map =
        samples::grant_map(&mut Builder::new(SliceSink::new(&mut map)), samples::BATCH).unwrap();
    let mut acc = 0u64;
    for _ in 0..100 {
        acc += u64::from(decode_validate_send(&send[..n_send]));
        acc = acc.wrapping_add(decode_validate_map(&map[..n_map]));
    }
    let after = ALLOCS.load(Ordering::SeqCst);
    WATCHED.with(|w| w.set(false));
    assert_eq!(
        after - before,
        0,
        "allocations on the decode/validate/build path"
    );
    assert_ne!(acc, 0);
    // The counter works: an allocation on this thread is seen.
    WATCHED.with(|w| w.set(true));
    let v = black_box(vec![1u8; 16]);
    WATCHED.with(|w| w.set(false));
    assert!(
        ALLOCS.load(Ordering::SeqCst) > after,
        "counter saw {v:?} allocate"
    );
}
