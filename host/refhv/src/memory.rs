//! Memory family (`XENMEM_*`): reservation sizes, the guest-physical memory map and the
//! highest guest frame of a domain.
//!
//! The model lays a domain's `config.pages` pages of RAM out as Xen's toolstack does for an
//! HVM/PVH guest ([`Layout`]): RAM from guest-physical 0 up to at most
//! [`LOW_RAM_END`] (where the PCI MMIO hole starts), a reserved range
//! [`RESERVED_START`]`..4 GiB` (LAPIC, IOAPIC, HPET and Xen's special pages), and whatever RAM
//! did not fit below the hole from 4 GiB up. For a domain built whole the map is fixed at
//! creation (Xen's `XENMEM_set_memory_map` by the toolstack). A domain the toolstack builds
//! (`createdomain` with no RAM, then `populate_physmap`) has the layout that reaches the
//! highest frame populated so far ([`Layout::up_to`]): it grows as it is populated, never
//! shrinks, and its vCPU areas and grants go by it; its grant table's frames lie above
//! [`crate::lifecycle::MAX_GPFN`], clear of anything it may populate.
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
use crate::lifecycle::Memory;
use crate::unlocked::Directory;

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
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
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

    /// The layout whose RAM reaches frame `end` (exclusive): low RAM up to it or to the
    /// MMIO hole, high RAM from 4 GiB up to it (a domain the toolstack populates).
    pub fn up_to(end: u64) -> Layout {
        Layout {
            low_pages: end.min(LOW_RAM_END >> PAGE_SHIFT),
            high_pages: end.saturating_sub(FOUR_GIB >> PAGE_SHIFT),
        }
    }

    /// The layout covering both `self` and `other`.
    pub fn union(&self, other: &Layout) -> Layout {
        Layout {
            low_pages: self.low_pages.max(other.low_pages),
            high_pages: self.high_pages.max(other.high_pages),
        }
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

/// The memory ops as they are served: on the domains' reservations found in the
/// [`Directory`], each behind its own lock ([`Memory`]), with or without the host lock.
/// `map` holds the last memory map reply.
pub(crate) struct Serving<'a> {
    dir: &'a Directory,
    map: Vec<E820Entry>,
}

impl<'a> Serving<'a> {
    /// The memory ops on `dir`'s domains.
    pub(crate) fn new(dir: &'a Directory) -> Self {
        Serving {
            dir,
            map: Vec::new(),
        }
    }

    /// The reservation a query names, after Xen's `XSM_TARGET` check: `ESRCH` for no such
    /// domain, `EPERM` for another domain unless the caller is the control domain.
    fn query(&self, ctx: &Ctx, dom: u16) -> Result<Memory, Errno> {
        let id = self.dir.target(ctx, dom)?;
        self.dir.memory(id).ok_or(Errno::ESRCH)
    }

    /// The domain a reservation op acts on: itself, or (the engine checked the class) a
    /// domain the caller may act on as control domain or as its device model. A dying
    /// domain's extents all report `esrch` (the request itself does not fail, so a batch in
    /// flight when its domain is destroyed reports every extent).
    fn reservation_target(&self, ctx: &Ctx, dom: u16) -> Result<(u16, Memory), Errno> {
        let id = if dom == hvlink_proto::rt::DOMID_SELF {
            ctx.domain
        } else {
            dom
        };
        let mem = self.dir.memory(id).ok_or(Errno::ESRCH)?;
        if id != ctx.domain && !self.dir.may_act_on(ctx.domain, Some(id), true) {
            return Err(Errno::EPERM);
        }
        Ok((id, mem))
    }

    /// The caller's memory map (`ESRCH`: no such domain) into `self.map`, at most
    /// `max_entries` of it; the whole map's size.
    fn fill_map(&mut self, ctx: &Ctx, max_entries: u32) -> Result<u32, Errno> {
        let layout = self
            .dir
            .memory(ctx.domain)
            .ok_or(Errno::ESRCH)?
            .lock()
            .layout;
        self.map = layout.e820();
        let total = u32::try_from(self.map.len()).unwrap_or(u32::MAX);
        self.map.truncate(max_entries.min(MAX_MAP_ENTRIES) as usize);
        Ok(total)
    }
}

impl Backend for Serving<'_> {
    fn current_reservation(&mut self, ctx: &Ctx, req: &DomReq) -> Result<PagesReply, Errno> {
        let pages = self.query(ctx, req.dom)?.lock().tot_pages;
        Ok(PagesReply { pages })
    }

    fn maximum_reservation(&mut self, ctx: &Ctx, req: &DomReq) -> Result<PagesReply, Errno> {
        let pages = self.query(ctx, req.dom)?.lock().max_pages;
        Ok(PagesReply { pages })
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
        let (_, mem) = self.reservation_target(ctx, req.domid)?;
        let (ordered, list) = extents(req)?;
        let order = req.extent_order;
        let free = self.dir.free_pages();
        let mut m = mem.lock();
        each_extent(
            list.iter(),
            ordered,
            |e| m.depopulate(free, e.gpfn, order),
            out,
        )
    }

    fn populate_physmap(
        &mut self,
        ctx: &Ctx,
        req: &ReservationReq<'_>,
        out: &mut dyn FnMut(ExtentResult) -> Result<(), Errno>,
    ) -> Result<(), Errno> {
        let (id, mem) = self.reservation_target(ctx, req.domid)?;
        let (ordered, list) = extents(req)?;
        let free = self.dir.free_pages();
        let mut m = mem.lock();
        let r = m.populate_extents(
            free,
            req.extent_order,
            ordered,
            list.iter().map(|e| e.gpfn),
            out,
        );
        let grown = m.grow_layout();
        drop(m);
        if let Some((layout, end)) = grown {
            self.dir.grow_ram(id, layout, end);
        }
        r
    }

    fn remove_from_physmap(&mut self, ctx: &Ctx, req: &RemoveReq) -> Result<(), Errno> {
        let (_, mem) = self.reservation_target(ctx, req.domid)?;
        let owner = mem.lock().physmap_remove(self.dir.free_pages(), req.gpfn)?;
        if owner.is_some_and(|o| self.dir.is_dying(o)) {
            // The frame's owner is dying and may be gone now: the serving loop reaps it.
            self.dir.released_dying();
        }
        Ok(())
    }

    fn add_to_physmap_batch(
        &mut self,
        ctx: &Ctx,
        req: &PhysmapReq<'_>,
        out: &mut dyn FnMut(ExtentResult) -> Result<(), Errno>,
    ) -> Result<(), Errno> {
        let (id, dest) = self.reservation_target(ctx, req.domid)?;
        let (foreign, src) = match req.space {
            Mapspace::GMFN => (id, dest.clone()),
            Mapspace::GMFN_FOREIGN => {
                let f = req.foreign_domid;
                // The domain whose physmap it goes into must be allowed on the foreign domain
                // (Xen's xsm_map_gmfn_foreign(d, fd): a device model maps its target's frames
                // into itself, not its own into its target), and a domain maps its own
                // frames as gmfn.
                let src = match self.dir.memory(f) {
                    Some(m) if f != id => m,
                    _ => return Err(Errno::ESRCH),
                };
                if !self.dir.may_act_on(id, Some(f), true) {
                    return Err(Errno::EPERM);
                }
                (f, src)
            }
            _ => return Err(Errno::EINVAL),
        };
        let (ordered, list) = match req.form {
            PhysmapReqForm::Single { idx, gpfn } => (false, List::one(PhysmapEntry { idx, gpfn })),
            PhysmapReqForm::Batch { mode, entry } => (ordered(mode)?, entry),
        };
        let r = each_extent(
            list.iter(),
            ordered,
            |e| crate::lifecycle::physmap_add((id, &dest), (foreign, &src), e.idx, e.gpfn),
            out,
        );
        // A frame of its own moved higher up: the layout reaches it.
        let grown = dest.lock().grow_layout();
        if let Some((layout, end)) = grown {
            self.dir.grow_ram(id, layout, end);
        }
        r
    }

    fn memory_map(&mut self, ctx: &Ctx, req: &MemoryMapReq) -> Result<MemoryMapReply<'_>, Errno> {
        let total = self.fill_map(ctx, req.max_entries)?;
        Ok(MemoryMapReply {
            total,
            entry: List::new(&self.map),
        })
    }

    fn maximum_gpfn(&mut self, ctx: &Ctx, req: &DomReq) -> Result<GpfnReply, Errno> {
        let layout = self.query(ctx, req.dom)?.lock().layout;
        Ok(GpfnReply {
            gpfn: layout.max_gpfn(),
        })
    }
}

/// The model serves every memory op through `Serving`, as the engine does without the
/// host lock, but `remove_from_physmap`, which reaps a dying owner at once (the memory map
/// of the last reply is kept in the model).
impl Backend for Hypervisor {
    fn current_reservation(&mut self, ctx: &Ctx, req: &DomReq) -> Result<PagesReply, Errno> {
        Serving::new(self.directory()).current_reservation(ctx, req)
    }

    fn maximum_reservation(&mut self, ctx: &Ctx, req: &DomReq) -> Result<PagesReply, Errno> {
        Serving::new(self.directory()).maximum_reservation(ctx, req)
    }

    fn increase_reservation(
        &mut self,
        ctx: &Ctx,
        req: &ReservationReq<'_>,
        out: &mut dyn FnMut(ExtentResult) -> Result<(), Errno>,
    ) -> Result<(), Errno> {
        Serving::new(self.directory()).increase_reservation(ctx, req, out)
    }

    fn decrease_reservation(
        &mut self,
        ctx: &Ctx,
        req: &ReservationReq<'_>,
        out: &mut dyn FnMut(ExtentResult) -> Result<(), Errno>,
    ) -> Result<(), Errno> {
        Serving::new(self.directory()).decrease_reservation(ctx, req, out)
    }

    fn populate_physmap(
        &mut self,
        ctx: &Ctx,
        req: &ReservationReq<'_>,
        out: &mut dyn FnMut(ExtentResult) -> Result<(), Errno>,
    ) -> Result<(), Errno> {
        Serving::new(self.directory()).populate_physmap(ctx, req, out)
    }

    fn remove_from_physmap(&mut self, ctx: &Ctx, req: &RemoveReq) -> Result<(), Errno> {
        Serving::new(self.directory()).remove_from_physmap(ctx, req)?;
        // (Only when the frame's owner was dying: a scan per call otherwise.)
        self.reap_if_released();
        Ok(())
    }

    fn add_to_physmap_batch(
        &mut self,
        ctx: &Ctx,
        req: &PhysmapReq<'_>,
        out: &mut dyn FnMut(ExtentResult) -> Result<(), Errno>,
    ) -> Result<(), Errno> {
        Serving::new(self.directory()).add_to_physmap_batch(ctx, req, out)
    }

    fn memory_map(&mut self, ctx: &Ctx, req: &MemoryMapReq) -> Result<MemoryMapReply<'_>, Errno> {
        let mut s = Serving::new(self.directory());
        let total = s.fill_map(ctx, req.max_entries)?;
        self.memory_map_reply = s.map;
        Ok(MemoryMapReply {
            total,
            entry: List::new(&self.memory_map_reply),
        })
    }

    fn maximum_gpfn(&mut self, ctx: &Ctx, req: &DomReq) -> Result<GpfnReply, Errno> {
        Serving::new(self.directory()).maximum_gpfn(ctx, req)
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

    /// Populate `gpfns` for `dom` without the host lock (a batch), then give them back (a
    /// batch): how many extents were populated, and whether every one was refused `esrch`.
    fn churn(dir: &Directory, dom: u16, gpfns: std::ops::Range<u64>) -> (usize, bool) {
        let mut s = Serving::new(dir);
        let extents: Vec<Extent> = gpfns.map(|gpfn| Extent { gpfn }).collect();
        let req = ReservationReq {
            domid: DOMID_SELF,
            extent_order: 0,
            form: ReservationReqForm::Batch {
                mode: ExtentMode::INDEPENDENT,
                extent: List::new(&extents),
            },
        };
        let mut done = Vec::new();
        match s.populate_physmap(&ctx(dom), &req, &mut |r| {
            done.push(r);
            Ok(())
        }) {
            // Destroyed and already gone (nothing referred to it).
            Err(Errno::ESRCH) => return (0, true),
            r => r.unwrap(),
        }
        let dying = done.iter().all(|r| r.status == ExtentStatus::ESRCH);
        let back: Vec<Extent> = done
            .iter()
            .filter(|r| r.status == ExtentStatus::OKAY)
            .map(|r| extents[r.index as usize])
            .collect();
        let req = ReservationReq {
            form: ReservationReqForm::Batch {
                mode: ExtentMode::INDEPENDENT,
                extent: List::new(&back),
            },
            ..req
        };
        let r = s.decrease_reservation(&ctx(dom), &req, &mut |r| {
            // A frame populated above is given back, unless the domain died meanwhile.
            assert!(
                matches!(r.status, ExtentStatus::OKAY | ExtentStatus::ESRCH),
                "{r:?}"
            );
            Ok(())
        });
        assert!(matches!(r, Ok(()) | Err(Errno::ESRCH)), "{r:?}");
        (back.len(), dying)
    }

    /// Two domains populate and give back frames without the host lock while the model
    /// lowers and raises their max_mem, reads their counts and at last destroys one: nothing
    /// deadlocks, the dying domain's extents are refused `esrch`, and every page comes back
    /// to the host's free pages.
    #[test]
    fn reservation_ops_without_the_host_lock_race_the_model_safely() {
        use std::sync::atomic::{AtomicBool, AtomicU32, Ordering};
        use std::sync::Arc;
        let mut hv = fixtures::with(0, fixtures::control(), &[], DomainConfig::default());
        let doms: Vec<u16> = (0..2)
            .map(|_| {
                let d = hv
                    .dom_create(&crate::lifecycle::NewDomain {
                        max_vcpus: 1,
                        ..Default::default()
                    })
                    .unwrap();
                hv.dom_max_mem(d, 4 * 256).unwrap();
                d
            })
            .collect();
        let free0 = hv.host_pages().1;
        let dir = hv.unlocked();
        let stop = Arc::new(AtomicBool::new(false));
        let refused = Arc::new(AtomicU32::new(0));
        let rounds: Vec<_> = doms.iter().map(|_| Arc::new(AtomicU32::new(0))).collect();
        let threads: Vec<_> = doms
            .iter()
            .zip(&rounds)
            .map(|(&d, rounds)| {
                let (dir, stop, refused) = (dir.clone(), stop.clone(), refused.clone());
                let rounds = rounds.clone();
                std::thread::spawn(move || {
                    let mut pages = 0usize;
                    while !stop.load(Ordering::SeqCst) {
                        let (n, dying) = churn(&dir, d, 0..200);
                        pages += n;
                        rounds.fetch_add(1, Ordering::SeqCst);
                        if dying {
                            refused.fetch_add(1, Ordering::SeqCst);
                        }
                    }
                    pages
                })
            })
            .collect();
        // The model works while both threads have made a few rounds (at least 200 steps).
        let mut i = 0u64;
        while i < 200 || rounds.iter().any(|r| r.load(Ordering::SeqCst) < 5) {
            i += 1;
            // max_mem below what a batch wants: some extents are refused `enomem` meanwhile.
            hv.dom_max_mem(doms[0], 4 * (100 + i % 200)).unwrap();
            let info = hv.dom_info(doms[1]).unwrap();
            assert!(info.tot_pages <= 200, "{info:?}");
            assert!(hv.host_pages().1 <= free0);
        }
        hv.dom_destroy(doms[1]).unwrap();
        let t = std::time::Instant::now();
        while refused.load(Ordering::SeqCst) == 0 {
            assert!(t.elapsed() < std::time::Duration::from_secs(10));
            std::thread::yield_now();
        }
        stop.store(true, Ordering::SeqCst);
        for t in threads {
            assert!(t.join().unwrap() > 0, "a thread populated nothing");
        }
        assert_eq!(hv.dom_info(doms[0]).unwrap().tot_pages, 0);
        assert_eq!(hv.host_pages().1, free0, "every page came back");
    }
}
