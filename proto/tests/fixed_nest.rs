//! The one-write encoding of nests of fixed-size attributes (`rt::FixedNest`, what the
//! generated `put_attr` of batch entries and results uses) writes byte for byte what the
//! attribute-by-attribute path (`rt::nest_put`: `begin_nest`, a `put` each, `end_nest`)
//! writes, for any values: optional attributes absent or present, defaults left out, negative
//! statuses, every width. And it decodes back to the value.

use hvlink_proto::codec::{Attrs, Builder, SliceSink};
use hvlink_proto::grant_table::{
    CopyEntry, EntryResult, GntcopyFlags, GntmapFlags, Gntst, MapEntry, MapReplyEntry, UnmapEntry,
};
use hvlink_proto::memory::{Extent, ExtentResult, ExtentStatus};
use hvlink_proto::rt::{self, AttrSet, Elem};
use proptest::prelude::*;

/// `v` as one nest of type 7, by the generated `put_attr` and by `rt::nest_put`; the two
/// must be equal and decode back to `v`. Also: with no room for the whole nest, the fast
/// path writes nothing and fails; with room for the nest alone, it writes the same bytes.
fn same<'a, T: AttrSet<'a> + Elem<'a> + PartialEq + std::fmt::Debug>(v: T, out: &'a mut Vec<u8>) {
    let mut slow = Vec::new();
    rt::nest_put(&v, &mut Builder::new(&mut slow), 7).unwrap();
    out.clear();
    v.put_attr(&mut Builder::new(&mut *out), 7).unwrap();
    assert_eq!(*out, slow, "{v:?}");
    // No room: nothing written, an error.
    let mut small = vec![0xaau8; out.len() - 1];
    let mut sink = SliceSink::new(&mut small);
    assert!(v.put_attr(&mut Builder::new(&mut sink), 7).is_err());
    assert_eq!(sink.written().len(), 0);
    // Room for the whole scratch in dirty memory (`put_attr` writes in place): the same
    // bytes, every one of them written.
    let mut dirty = vec![0xaau8; out.len() + 64];
    let mut sink = SliceSink::new(&mut dirty);
    v.put_attr(&mut Builder::new(&mut sink), 7).unwrap();
    assert_eq!(sink.written(), &out[..]);
    // Room for the nest but not for the whole scratch (`put_attr` then builds it apart and
    // copies it): the same bytes.
    let mut exact = vec![0xaau8; out.len()];
    let mut sink = SliceSink::new(&mut exact);
    v.put_attr(&mut Builder::new(&mut sink), 7).unwrap();
    assert_eq!(sink.written(), &out[..]);
    let a = Attrs::new(out, 0).next().unwrap().unwrap();
    assert_eq!(a.kind(), 7);
    assert_eq!(T::from_attr(&a).unwrap(), v);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn map_entries(dom: u16, r: u32, flags in 0u32..0x40, addr in prop_oneof![Just(0u64), any::<u64>()]) {
        same(MapEntry { dom, r#ref: r, flags: GntmapFlags(flags), host_addr: addr }, &mut Vec::new());
    }

    #[test]
    fn map_results(index: u32, status in -16i16..=0, handle: Option<u32>, dba: Option<u64>) {
        // (`handle` and `dev-bus-addr` come only with an okay status.)
        let (handle, dba) = if status == 0 { (handle, dba) } else { (None, None) };
        same(MapReplyEntry { index, status: Gntst(status), handle, dev_bus_addr: dba }, &mut Vec::new());
    }

    #[test]
    fn unmap_entries(host_addr in prop_oneof![Just(0u64), any::<u64>()], dba in prop_oneof![Just(0u64), any::<u64>()], handle: u32) {
        same(UnmapEntry { host_addr, dev_bus_addr: dba, handle }, &mut Vec::new());
    }

    #[test]
    fn entry_results(index: u32, status in -16i16..=0) {
        same(EntryResult { index, status: Gntst(status) }, &mut Vec::new());
    }

    #[test]
    fn copy_entries(
        sref: Option<u32>, sgfn: Option<u64>, sdom: u16, soff in 0u16..4096,
        dref: Option<u32>, dgfn: Option<u64>, ddom: u16, doff in 0u16..4096, len in 0u16..=4096, flags in prop_oneof![Just(0u16), 0u16..4],
    ) {
        same(CopyEntry {
            source_ref: sref, source_gfn: sgfn, source_dom: sdom, source_offset: soff,
            dest_ref: dref, dest_gfn: dgfn, dest_dom: ddom, dest_offset: doff,
            len, flags: GntcopyFlags(flags),
        }, &mut Vec::new());
    }

    #[test]
    fn extents(gpfn: u64, index: u32, status in -16i16..=0) {
        same(Extent { gpfn }, &mut Vec::new());
        same(ExtentResult { index, status: ExtentStatus(status) }, &mut Vec::new());
    }
}
