//! Grant map/unmap requests, the entries in them, and grants for them to map: the workload of
//! most end-to-end tests and benchmarks.

use hvlink_proto::grant_table::{
    BatchMode, GntmapFlags, MapEntry, MapMode, MapReq, MapReqForm, UnmapEntry, UnmapReq,
    UnmapReqForm,
};
use hvlink_proto::rt::List;
use hvlink_proto::DomId;
use hvlink_refhv::Hypervisor;

/// `owner` grants refs `refs` to `grantee`, writable, ref `r` for frame `0x100 + r`.
pub fn grant_refs(
    hv: &mut Hypervisor,
    owner: DomId,
    grantee: DomId,
    refs: impl IntoIterator<Item = u32>,
) {
    for r in refs {
        hv.grant_access(owner, r, grantee, 0x100 + u64::from(r), false)
            .unwrap();
    }
}

/// A host mapping of `owner`'s grant `r` at `host_addr`.
pub fn host_map(owner: DomId, r: u32, host_addr: u64) -> MapEntry {
    MapEntry {
        dom: owner,
        r#ref: r,
        flags: GntmapFlags::HOST_MAP,
        host_addr,
    }
}

/// The unmap of what `e` mapped, by the handle it got.
pub fn unmap_of(e: &MapEntry, handle: u32) -> UnmapEntry {
    UnmapEntry {
        host_addr: e.host_addr,
        dev_bus_addr: 0,
        handle,
    }
}

/// A batch map of `entries` in `mode`.
pub fn map_batch(mode: MapMode, entries: &[MapEntry]) -> MapReq<'_> {
    MapReq {
        form: MapReqForm::Batch {
            mode,
            entry: List::new(entries),
        },
    }
}

/// A batch unmap of `entries`, each on its own.
pub fn unmap_batch(entries: &[UnmapEntry]) -> UnmapReq<'_> {
    UnmapReq {
        form: UnmapReqForm::Batch {
            mode: BatchMode::INDEPENDENT,
            entry: List::new(entries),
        },
    }
}

/// The single-form map of `e` (what fits in registers).
pub fn single_map(e: &MapEntry) -> MapReq<'static> {
    MapReq {
        form: MapReqForm::Single {
            dom: e.dom,
            r#ref: e.r#ref,
            flags: e.flags,
            host_addr: e.host_addr,
        },
    }
}

/// The single-form unmap of `handle` at `host_addr`.
pub fn single_unmap(handle: u32, host_addr: u64) -> UnmapReq<'static> {
    UnmapReq {
        form: UnmapReqForm::Single {
            host_addr,
            dev_bus_addr: 0,
            handle,
        },
    }
}

/// The baseline's map: `es` mapped by the backend called directly with the typed batch (no
/// codec, no engine), as the benchmarks' tokio mpsc peer does it; each entry's handle
/// (0 if it failed) and host address.
pub fn direct_map(
    hv: &mut Hypervisor,
    ctx: &hvlink_proto::rt::Ctx,
    es: &[MapEntry],
) -> Vec<(u32, u64)> {
    use hvlink_proto::grant_table::Backend;
    let mut out = Vec::with_capacity(es.len());
    let req = map_batch(MapMode::INDEPENDENT, es);
    let _ = hv.map_grant_ref(ctx, &req, &mut |r| {
        out.push((r.handle.unwrap_or(0), 0));
        Ok(())
    });
    for (o, e) in out.iter_mut().zip(es) {
        o.1 = e.host_addr;
    }
    out
}

/// The baseline's unmap of what [`direct_map`] gave.
pub fn direct_unmap(hv: &mut Hypervisor, ctx: &hvlink_proto::rt::Ctx, hs: &[(u32, u64)]) {
    use hvlink_proto::grant_table::Backend;
    let un: Vec<UnmapEntry> = hs
        .iter()
        .map(|(h, a)| UnmapEntry {
            host_addr: *a,
            dev_bus_addr: 0,
            handle: *h,
        })
        .collect();
    let _ = hv.unmap_grant_ref(ctx, &unmap_batch(&un), &mut |_| Ok(()));
}

/// `grantee` maps every entry of `entries` (each a grant of another domain to it) `times`
/// times over, by the backend called directly in batches of 1,024, each map succeeding:
/// a big maptrack, quickly. How many mappings it holds then.
pub fn map_many(hv: &mut Hypervisor, grantee: DomId, entries: &[MapEntry], times: usize) -> u32 {
    use hvlink_proto::grant_table::{Backend, Gntst};
    let ctx = hvlink_refhv::fixtures::kernel(grantee);
    for _ in 0..times {
        for chunk in entries.chunks(1024) {
            hv.map_grant_ref(&ctx, &map_batch(MapMode::INDEPENDENT, chunk), &mut |r| {
                assert_eq!(r.status, Gntst::OKAY);
                Ok(())
            })
            .unwrap();
        }
    }
    hv.domain(grantee).unwrap().grant.mappings()
}
