//! Memory family (`XENMEM_*`): reservation sizes, the guest-physical memory map and the
//! highest guest frame of a domain.
//!
//! The model lays a domain's `config.pages` pages of RAM out as Xen's toolstack does for an
//! HVM/PVH guest ([`Layout`]): RAM from guest-physical 0 up to at most
//! [`LOW_RAM_END`] (where the PCI MMIO hole starts), a reserved range
//! [`RESERVED_START`]`..4 GiB` (LAPIC, IOAPIC, HPET and Xen's special pages), and whatever RAM
//! did not fit below the hole from 4 GiB up. The map is fixed at domain creation (Xen's
//! `XENMEM_set_memory_map` by the toolstack); there is no ballooning, so the current
//! reservation always equals the maximum.
//!
//! Xen behaviour kept: `current_reservation`, `maximum_reservation` and `maximum_gpfn` look
//! the domain up (`ESRCH`), then allow only the domain itself or the control domain
//! (`EPERM`, Xen's `XSM_TARGET`); `memory_map` acts on the caller and truncates to the
//! caller's count. Deviation: the map comes back in the reply (with the whole map's size in
//! `total`) instead of being written to a guest buffer.

use hvlink_proto::memory::{
    Backend, DomReq, E820Entry, E820Type, Extent, ExtentMode, ExtentResult, ExtentStatus,
    GpfnReply, Mapspace, MemoryMapReply, MemoryMapReq, PagesReply, PhysmapEntry, PhysmapReq,
    PhysmapReqForm, RemoveReq, ReservationReq, ReservationReqForm,
};
use hvlink_proto::rt::{Ctx, List};
use hvlink_proto::Errno;

use super::{DomainConfig, Hypervisor};

/// Page size of the guest-physical address space.
pub const PAGE_SIZE: u64 = 4096;
/// log2 of [`PAGE_SIZE`].
pub const PAGE_SHIFT: u32 = 12;
/// Where RAM below 4 GiB ends at the latest: the PCI MMIO hole starts here (Xen's
/// `HVM_BELOW_4G_RAM_END`).
pub const LOW_RAM_END: u64 = 0xF000_0000;
/// Start of the reserved range below 4 GiB (LAPIC, IOAPIC, HPET, Xen's special pages).
pub const RESERVED_START: u64 = 0xFC00_0000;
/// 4 GiB: where RAM that did not fit below the hole continues.
pub const FOUR_GIB: u64 = 1 << 32;
/// Most entries a map request may ask for (the spec's `max-entries` bound).
pub const MAX_MAP_ENTRIES: u32 = 128;

/// The guest-physical RAM layout of a domain.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Layout {
    /// Pages of RAM from guest frame 0.
    pub low_pages: u64,
    /// Pages of RAM from 4 GiB.
    pub high_pages: u64,
}

impl Layout {
    /// The layout of `pages` pages of RAM.
    pub fn new(pages: u64) -> Layout {
        let low = pages.min(LOW_RAM_END >> PAGE_SHIFT);
        Layout {
            low_pages: low,
            high_pages: pages - low,
        }
    }

    /// The layout of a domain configured with `config`.
    pub fn of(config: &DomainConfig) -> Layout {
        Layout::new(config.pages)
    }

    /// Is guest frame `gfn` RAM?
    pub fn is_ram(&self, gfn: u64) -> bool {
        let high_base = FOUR_GIB >> PAGE_SHIFT;
        gfn < self.low_pages || (gfn >= high_base && gfn - high_base < self.high_pages)
    }

    /// Is the guest-physical byte range `gpa .. gpa + len` inside one page of RAM?
    pub fn is_ram_range(&self, gpa: u64, len: u64) -> bool {
        let Some(last) = gpa.checked_add(len.saturating_sub(1)) else {
            return false;
        };
        gpa >> PAGE_SHIFT == last >> PAGE_SHIFT && self.is_ram(gpa >> PAGE_SHIFT)
    }

    /// The highest guest frame in use (0 for a domain without memory, as Xen's
    /// `max_mapped_pfn` starts out).
    pub fn max_gpfn(&self) -> u64 {
        if self.high_pages > 0 {
            (FOUR_GIB >> PAGE_SHIFT).saturating_add(self.high_pages - 1)
        } else {
            self.low_pages.saturating_sub(1)
        }
    }

    /// The E820 map of this layout, in ascending address order (at most three ranges).
    pub fn e820(&self) -> Vec<E820Entry> {
        let mut map = Vec::with_capacity(3);
        if self.low_pages > 0 {
            map.push(E820Entry {
                addr: 0,
                size: self.low_pages << PAGE_SHIFT,
                r#type: E820Type::RAM,
            });
        }
        map.push(E820Entry {
            addr: RESERVED_START,
            size: FOUR_GIB - RESERVED_START,
            r#type: E820Type::RESERVED,
        });
        if self.high_pages > 0 {
            // Clip at the top of the 64-bit address space rather than overflow.
            let size = self
                .high_pages
                .saturating_mul(PAGE_SIZE)
                .min(u64::MAX - FOUR_GIB);
            map.push(E820Entry {
                addr: FOUR_GIB,
                size,
                r#type: E820Type::RAM,
            });
        }
        map
    }
}

impl Hypervisor {
    /// The domain a memory op names, after Xen's `XSM_TARGET` check.
    fn memory_target(&self, ctx: &Ctx, dom: u16) -> Result<&DomainConfig, Errno> {
        let id = self.target(ctx, dom)?;
        self.domain(id).map(|d| &d.config).ok_or(Errno::ESRCH)
    }
}

/// An errno as an extent status.
fn extent_status(e: Errno) -> ExtentStatus {
    match e {
        Errno::ENOENT => ExtentStatus::ENOENT,
        Errno::ESRCH => ExtentStatus::ESRCH,
        Errno::ENOMEM => ExtentStatus::ENOMEM,
        Errno::EEXIST => ExtentStatus::EEXIST,
        _ => ExtentStatus::EINVAL,
    }
}

/// Run `one` on every extent (in order), reporting each; in ordered mode the extents after
/// a failure report `cancelled`.
fn each_extent<E>(
    entries: impl Iterator<Item = E>,
    ordered: bool,
    mut one: impl FnMut(E) -> Result<(), Errno>,
    out: &mut dyn FnMut(ExtentResult) -> Result<(), Errno>,
) -> Result<(), Errno> {
    let mut stopped = false;
    for (index, e) in (0u32..).zip(entries) {
        let status = if stopped {
            ExtentStatus::CANCELLED
        } else {
            one(e).map_or_else(extent_status, |()| ExtentStatus::OKAY)
        };
        stopped |= ordered && status != ExtentStatus::OKAY;
        out(ExtentResult { index, status })?;
    }
    Ok(())
}

/// The extents of a reservation request (one for the single form) and whether it is ordered.
fn extents<'a>(req: &ReservationReq<'a>) -> Result<(bool, List<'a, Extent>), Errno> {
    Ok(match req.form {
        ReservationReqForm::Single { gpfn } => (false, List::one(Extent { gpfn })),
        ReservationReqForm::Batch { mode, extent } => (ordered(mode)?, extent),
    })
}

fn ordered(mode: ExtentMode) -> Result<bool, Errno> {
    match mode {
        ExtentMode::INDEPENDENT => Ok(false),
        ExtentMode::ORDERED => Ok(true),
        _ => Err(Errno::EINVAL),
    }
}

impl Hypervisor {
    /// The domain a reservation op acts on: itself, or (the engine checked the class) a
    /// domain the caller may act on as control domain or as its device model. A dying
    /// domain's extents all report `esrch` (the request itself does not fail, so a batch in
    /// flight when its domain is destroyed reports every extent).
    fn reservation_target(&self, ctx: &Ctx, dom: u16) -> Result<u16, Errno> {
        let id = if dom == hvlink_proto::rt::DOMID_SELF {
            ctx.domain
        } else {
            dom
        };
        if !self.domain_exists_any(id) {
            return Err(Errno::ESRCH);
        }
        if id != ctx.domain && !self.may_act_on(ctx.domain, Some(id), true) {
            return Err(Errno::EPERM);
        }
        Ok(id)
    }

    fn domain_exists_any(&self, id: u16) -> bool {
        self.domain(id).is_some()
    }
}

impl Backend for Hypervisor {
    fn current_reservation(&mut self, ctx: &Ctx, req: &DomReq) -> Result<PagesReply, Errno> {
        let id = self.target(ctx, req.dom)?;
        let d = self.domain(id).ok_or(Errno::ESRCH)?;
        Ok(PagesReply {
            pages: d.mem.tot_pages,
        })
    }

    fn maximum_reservation(&mut self, ctx: &Ctx, req: &DomReq) -> Result<PagesReply, Errno> {
        let id = self.target(ctx, req.dom)?;
        let d = self.domain(id).ok_or(Errno::ESRCH)?;
        Ok(PagesReply {
            pages: d.mem.max_pages,
        })
    }

    fn increase_reservation(
        &mut self,
        ctx: &Ctx,
        req: &ReservationReq<'_>,
        out: &mut dyn FnMut(ExtentResult) -> Result<(), Errno>,
    ) -> Result<(), Errno> {
        // Every hvlink guest is translated: increasing is populating at the given frames.
        self.populate_physmap(ctx, req, out)
    }

    fn decrease_reservation(
        &mut self,
        ctx: &Ctx,
        req: &ReservationReq<'_>,
        out: &mut dyn FnMut(ExtentResult) -> Result<(), Errno>,
    ) -> Result<(), Errno> {
        let id = self.reservation_target(ctx, req.domid)?;
        let (ordered, list) = extents(req)?;
        let order = req.extent_order;
        each_extent(
            list.iter(),
            ordered,
            |e| self.depopulate(id, e.gpfn, order),
            out,
        )
    }

    fn populate_physmap(
        &mut self,
        ctx: &Ctx,
        req: &ReservationReq<'_>,
        out: &mut dyn FnMut(ExtentResult) -> Result<(), Errno>,
    ) -> Result<(), Errno> {
        let id = self.reservation_target(ctx, req.domid)?;
        let (ordered, list) = extents(req)?;
        self.populate_extents(
            id,
            req.extent_order,
            ordered,
            list.iter().map(|e| e.gpfn),
            out,
        )
    }

    fn remove_from_physmap(&mut self, ctx: &Ctx, req: &RemoveReq) -> Result<(), Errno> {
        let id = self.reservation_target(ctx, req.domid)?;
        self.physmap_remove(id, req.gpfn)
    }

    fn add_to_physmap_batch(
        &mut self,
        ctx: &Ctx,
        req: &PhysmapReq<'_>,
        out: &mut dyn FnMut(ExtentResult) -> Result<(), Errno>,
    ) -> Result<(), Errno> {
        let id = self.reservation_target(ctx, req.domid)?;
        let foreign = match req.space {
            Mapspace::GMFN => id,
            Mapspace::GMFN_FOREIGN => {
                let f = req.foreign_domid;
                // The caller must be allowed on the foreign domain too (Xen's
                // xsm_map_gmfn_foreign), and a domain maps its own frames as gmfn.
                if f == id || self.domain(f).is_none() {
                    return Err(Errno::ESRCH);
                }
                if f != ctx.domain && !self.may_act_on(ctx.domain, Some(f), true) {
                    return Err(Errno::EPERM);
                }
                f
            }
            _ => return Err(Errno::EINVAL),
        };
        let (ordered, list) = match req.form {
            PhysmapReqForm::Single { idx, gpfn } => (false, List::one(PhysmapEntry { idx, gpfn })),
            PhysmapReqForm::Batch { mode, entry } => (ordered(mode)?, entry),
        };
        each_extent(
            list.iter(),
            ordered,
            |e| self.physmap_add(id, foreign, e.idx, e.gpfn),
            out,
        )
    }

    fn memory_map(&mut self, ctx: &Ctx, req: &MemoryMapReq) -> Result<MemoryMapReply<'_>, Errno> {
        let d = self.domain(ctx.domain).ok_or(Errno::ESRCH)?;
        let map = d.hvm.memory_map();
        let want = req.max_entries.min(MAX_MAP_ENTRIES) as usize;
        let n = want.min(map.len());
        Ok(MemoryMapReply {
            total: u32::try_from(map.len()).unwrap_or(u32::MAX),
            entry: List::new(&map[..n]),
        })
    }

    fn maximum_gpfn(&mut self, ctx: &Ctx, req: &DomReq) -> Result<GpfnReply, Errno> {
        let config = self.memory_target(ctx, req.dom)?;
        Ok(GpfnReply {
            gpfn: Layout::of(config).max_gpfn(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixtures::{self, kernel as ctx};
    use crate::DomainConfig;
    use hvlink_proto::rt::DOMID_SELF;

    /// dom0 (privileged), guest 1 with `pages` pages, guest 2.
    fn hv_with(pages: u64) -> Hypervisor {
        let mut hv = fixtures::with(0, fixtures::control(), &[2], DomainConfig::default());
        let one = DomainConfig {
            pages,
            ..Default::default()
        };
        hv.create_domain(1, one).unwrap();
        hv
    }

    fn dom(dom: u16) -> DomReq {
        DomReq { dom }
    }

    #[test]
    fn reservations_for_self_and_control_domain() {
        let mut hv = hv_with(1000);
        assert_eq!(
            hv.current_reservation(&ctx(1), &dom(DOMID_SELF))
                .unwrap()
                .pages,
            1000
        );
        assert_eq!(
            hv.maximum_reservation(&ctx(1), &dom(1)).unwrap().pages,
            1000
        );
        // The control domain may ask about others; a guest may not.
        assert_eq!(
            hv.current_reservation(&ctx(0), &dom(1)).unwrap().pages,
            1000
        );
        assert_eq!(hv.current_reservation(&ctx(2), &dom(1)), Err(Errno::EPERM));
        assert_eq!(hv.maximum_reservation(&ctx(2), &dom(1)), Err(Errno::EPERM));
        assert_eq!(hv.maximum_gpfn(&ctx(2), &dom(1)), Err(Errno::EPERM));
        // No such domain.
        assert_eq!(hv.current_reservation(&ctx(0), &dom(9)), Err(Errno::ESRCH));
        assert_eq!(hv.maximum_reservation(&ctx(0), &dom(9)), Err(Errno::ESRCH));
        assert_eq!(hv.maximum_gpfn(&ctx(0), &dom(9)), Err(Errno::ESRCH));
        assert_eq!(
            hv.memory_map(&ctx(9), &MemoryMapReq { max_entries: 8 })
                .err(),
            Some(Errno::ESRCH)
        );
    }

    fn check_map(map: &[E820Entry], pages: u64) {
        // Ascending, non-overlapping, and the RAM adds up to the domain's pages.
        for w in map.windows(2) {
            assert!(w[0].addr + w[0].size <= w[1].addr, "{map:?}");
        }
        let ram: u64 = map
            .iter()
            .filter(|e| e.r#type == E820Type::RAM)
            .map(|e| e.size / PAGE_SIZE)
            .sum();
        assert_eq!(ram, pages);
        // The reserved hole is always there and ends at 4 GiB.
        assert!(map
            .iter()
            .any(|e| e.r#type == E820Type::RESERVED && e.addr + e.size == FOUR_GIB));
    }

    #[test]
    fn memory_map_small_domain() {
        let mut hv = hv_with(1 << 18); // 1 GiB
        let r = hv
            .memory_map(&ctx(1), &MemoryMapReq { max_entries: 128 })
            .unwrap();
        let map: Vec<E820Entry> = r.entry.iter().collect();
        assert_eq!(r.total, 2);
        assert_eq!(
            map[0],
            E820Entry {
                addr: 0,
                size: 1 << 30,
                r#type: E820Type::RAM
            }
        );
        check_map(&map, 1 << 18);
        assert_eq!(
            hv.maximum_gpfn(&ctx(1), &dom(DOMID_SELF)).unwrap().gpfn,
            (1 << 18) - 1
        );
    }

    #[test]
    fn memory_map_large_domain_splits_around_the_hole() {
        let pages = (6u64 << 30) / PAGE_SIZE; // 6 GiB
        let mut hv = hv_with(pages);
        let r = hv
            .memory_map(&ctx(1), &MemoryMapReq { max_entries: 128 })
            .unwrap();
        let map: Vec<E820Entry> = r.entry.iter().collect();
        assert_eq!(r.total, 3);
        assert_eq!(map[0].size, LOW_RAM_END);
        assert_eq!(map[2].addr, FOUR_GIB);
        check_map(&map, pages);
        let top = hv.maximum_gpfn(&ctx(1), &dom(1)).unwrap().gpfn;
        assert_eq!(top, (map[2].addr + map[2].size) / PAGE_SIZE - 1);
        let l = Layout::new(pages);
        assert!(l.is_ram(0) && l.is_ram(top) && !l.is_ram(top + 1));
        assert!(!l.is_ram(LOW_RAM_END / PAGE_SIZE) && !l.is_ram(RESERVED_START / PAGE_SIZE));
    }

    #[test]
    fn memory_map_truncates_to_the_callers_count() {
        let mut hv = hv_with((6u64 << 30) / PAGE_SIZE);
        let r = hv
            .memory_map(&ctx(1), &MemoryMapReq { max_entries: 1 })
            .unwrap();
        assert_eq!((r.total, r.entry.len()), (3, 1));
        // An out-of-spec count (the decoder allows 1..=128) still cannot overrun.
        let r = hv
            .memory_map(
                &ctx(1),
                &MemoryMapReq {
                    max_entries: u32::MAX,
                },
            )
            .unwrap();
        assert_eq!(r.entry.len(), 3);
        let r = hv
            .memory_map(&ctx(1), &MemoryMapReq { max_entries: 0 })
            .unwrap();
        assert_eq!((r.total, r.entry.len()), (3, 0));
    }

    #[test]
    fn degenerate_sizes_do_not_overflow() {
        let l = Layout::new(0);
        assert_eq!(l.max_gpfn(), 0);
        assert!(!l.is_ram(0));
        check_map(&l.e820(), 0);
        let l = Layout::new(u64::MAX);
        let map = l.e820();
        assert_eq!(map.len(), 3);
        assert_eq!(map[2].addr.checked_add(map[2].size), Some(u64::MAX));
        assert_eq!(l.max_gpfn(), u64::MAX);
        assert!(l.is_ram(u64::MAX));
        assert!(!l.is_ram_range(u64::MAX - 3, 8));
        assert!(Layout::new(1).is_ram_range(4088, 8));
        assert!(!Layout::new(1).is_ram_range(4089, 8));
    }
}
