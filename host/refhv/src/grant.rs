//! Grant tables (`grant_table`, Xen `__HYPERVISOR_grant_table_op`) of the reference
//! hypervisor, after Xen's `public/grant_table.h` and `common/grant_table.c`.
//!
//! # The model
//!
//! - **Table.** Every domain owns a table of grant entries (`flags` of `GTF_*`, `domid`,
//!   `frame`), sized in 4 KiB frames: 512 entries per frame in version 1, 256 in version 2.
//!   A new domain starts with one frame (Xen's `INITIAL_NR_GRANT_FRAMES`); `setup_table` and
//!   the owner API grow it up to the domain's `max_grant_frames`, never beyond. The table's
//!   frames get stable invented guest frame numbers just above the domain's RAM: shared frame
//!   `i` is gfn `pages + i`, status frame `j` (version 2) is gfn `pages + max_grant_frames + j`.
//! - **Owner side.** In Xen the granting domain writes its table directly; here the host does
//!   it for the owner with [`Hypervisor::grant_access`] and [`Hypervisor::end_access`] (what
//!   Linux's `gnttab_grant_foreign_access_ref` and `gnttab_end_foreign_access_ref` do), and
//!   reads an entry back with [`Hypervisor::grant_status`], which shows the in-use bits
//!   `GTF_reading`/`GTF_writing` the hypervisor maintains (in version 2 they live in the status
//!   array; the owner's view merges them into `flags`).
//! - **Active entries and maptrack.** As in Xen, each entry carries a pin word of four
//!   counters (host write, host read, device write, device read); `GTF_reading` is set while any
//!   counter is non-zero and `GTF_writing` while a writable counter is. A counter that reached
//!   [`MAX_PINS_PER_KIND`] refuses further pins of that kind (`GNTST_general_error`, Xen's
//!   overflow guard). Each grantee domain has a maptrack table of at most `max_maptrack`
//!   handles; freed handles go to the tail of a free list and are reused oldest first, a live
//!   handle is never handed out twice. Memory grows only with the table (bounded by
//!   `max_grant_frames`) and the maptrack (bounded by `max_maptrack`).
//! - **Statuses.** Every op checks in Xen's order and answers Xen's status for each failure;
//!   the tests produce each one. `map_grant_ref`: no host/device map in the flags
//!   `bad_gntref`; `contains_pte` `general_error`; no such granting domain `bad_domain` (it is
//!   named by id: `DOMID_SELF` is none, as in Xen); maptrack full `no_space` (before the ref is
//!   looked at, as in Xen); ref beyond the table `bad_gntref`; an entry that is not
//!   `GTF_permit_access`, is granted to another domain, is pinned by another domain, is
//!   read-only and mapped writable, or whose pin counter would overflow `general_error` (Xen's
//!   `_set_status`: Xen answers `permission_denied` only when XSM refuses); granted frame
//!   outside the owner's RAM `bad_page`; bad `host-addr` `bad_virt_addr`. `unmap_grant_ref`:
//!   unknown, free or other domain's handle `bad_handle`; `dev-bus-addr` mismatch
//!   `bad_dev_addr`; `host-addr` mismatch `general_error`. `copy`: a frame (not a grant) of a
//!   domain named other than `DOMID_SELF` `permission_denied`; then as map for each side, a
//!   read-only grant as destination `general_error`, own frame outside RAM `bad_page`, and
//!   last `offset + len > 4096` `bad_copy_arg`. Table ops: `bad_domain`, `permission_denied`
//!   (another domain's table, caller not privileged), `general_error` (beyond
//!   `max_grant_frames`, or more status frames than exist).
//! - **Batches.** `map_grant_ref` honours `mode`: independent (Xen's behaviour), ordered (stop
//!   at the first failure, the rest `cancelled`) and atomic (on failure the entries already
//!   mapped by this request are unmapped again and report `cancelled`, the failing one its own
//!   status, the rest `cancelled`). `unmap_grant_ref` and `copy` take independent and ordered.
//!   Per entry the work is O(log domains): tables and maptracks are vectors indexed by ref and
//!   handle, the free list is intrusive, and a batch allocates nothing in steady state (the
//!   atomic mode's undo list is a per-domain buffer that is reused).
//! - **Locks.** Grant ops are served without the engine's host lock ([`crate::unlocked`]):
//!   each domain's table is behind a read-write lock and its maptrack behind a mutex
//!   ([`DomainGrants`]), as in Xen (the grant table's rwlock, the maptrack lock). Maps,
//!   unmaps, copies and queries share the table (its read lock); an entry's active state
//!   (pins, mapping count) is atomic, a pin committed only if the pin word is still the one
//!   the checks read, as Xen commits under the active entry's lock. What changes the
//!   owner-written fields or the table's size (the owner API, `setup_table`, `set_version`,
//!   `swap_grant_ref`, a domain's destruction) takes it alone. An op holds its caller's
//!   maptrack for the whole request and the owner's table for a run of consecutive entries
//!   of that owner (at most [`RUN_PER_LOCK`]), one table at a time; the owner API and the
//!   destruction of a domain take the same locks in the same order under the host lock. A
//!   mapper preempted while it holds a table delays no other mapper and no query of that
//!   table, only a change of it. A domain being
//!   destroyed is marked dying in both first: from then on it maps nothing and nothing maps
//!   its grants, and the unmap of its last mapped grant wakes the serving loop, which reaps
//!   it. Two domains' batches on each other's grants never deadlock: no code holds a table
//!   while it takes a maptrack, or two tables at once.
//! - **Copy.** The model has no guest memory, so `copy` validates every entry exactly as Xen
//!   does (domains, grants, frames, bounds, read-only destinations) and counts the copies and
//!   bytes it would have moved ([`DomainGrants::copies`]); a deployment with real memory (the
//!   KVM VMM) moves the bytes itself once the model said `okay`.
//!
//! # Decisions and deviations from Xen
//!
//! - Xen's pin counters are 8 bits wide, so one grant takes at most 128 mappings of a kind;
//!   the model's are 16 bits wide (32768 of a kind), so that batches and benchmarks can map
//!   one grant many times. The overflow check is Xen's otherwise.
//! - Grant frames are guest frame numbers of the owner; `map` and `copy` accept a frame only
//!   if it lies in the owner's RAM (`GNTST_bad_page` otherwise, as Xen's `get_paged_frame`),
//!   and look it up when Xen does: `map` at an entry's first pin only, `copy` at every pin
//!   that sets the in-use bits (one admission check, `admit`, serves both).
//! - `host-addr` is guest-physical (the ABI has no virtual addresses). A host mapping needs a
//!   page-aligned, non-zero address inside the caller's RAM, else `GNTST_bad_virt_addr` (Xen
//!   HVM would fail the p2m insert with `GNTST_general_error`; 0 is refused because unmap
//!   reads 0 as "no host mapping", so a mapping at 0 could never be removed). Mappings at the
//!   same address are not detected.
//! - `device_map` is accepted (as for a PV domain; Xen refuses it for HVM) and the reply
//!   carries `dev-bus-addr = frame << 12`, only for device mappings. `contains_pte` is refused
//!   with `GNTST_general_error`, as Xen does for HVM callers. `application_map` is accepted.
//! - Unmap follows Xen: a zero `host-addr` or `dev-bus-addr` is ignored, so an unmap with both
//!   zero succeeds and leaves the mapping; a non-zero `host-addr` must equal the address the
//!   handle was mapped at (`GNTST_general_error` otherwise, the model's version of Xen's p2m
//!   check), a non-zero `dev-bus-addr` of a device mapping must equal its bus address
//!   (`GNTST_bad_dev_addr`). The handle is freed when neither part is left.
//! - `unmap_and_replace` removes the host part like unmap; a non-zero `new-addr` must be a
//!   page-aligned address in the caller's RAM (`GNTST_general_error`), and the caller's grant
//!   mappings at `new-addr` move to `host-addr` (a scan of the caller's maptrack: the op is
//!   rare and privileged).
//! - There is no XSM: `map` never answers `GNTST_permission_denied`; the privilege rules are
//!   [`Hypervisor::target`] for the ops that name a table (`setup_table`, `query_size`,
//!   `get_status_frames`, `get_version`) and "only `DOMID_SELF` may name a frame" for `copy`.
//! - `swap_grant_ref` answers `GNTST_eagain` for an entry in use (Xen's status), `set_version`
//!   answers `EBUSY` while an entry other than the 8 reserved ones is pinned, `ERANGE` when a
//!   reserved entry does not fit version 1, and clears all other entries (Xen clears the
//!   table on a version change).
//! - Transitive and sub-page grants (version 2) and transfers are not modelled: the owner API
//!   writes full-page `GTF_permit_access` entries only. `GNTST_no_device_space`,
//!   `GNTST_address_too_big` and `GNTST_eagain` from paging never occur.
//! - A missing `source-ref`/`dest-ref` of a copy entry whose flags name a grant is
//!   `GNTST_bad_gntref`; a missing `source-gfn`/`dest-gfn` is `GNTST_bad_page`.

use std::sync::atomic::{AtomicU32, AtomicU64, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, RwLock, RwLockReadGuard, RwLockWriteGuard};

use hvlink_proto::grant_table::{
    Backend, BatchMode, CopyEntry, CopyReq, DomReq, EntryResult, FramesReply, FramesReq,
    GntcopyFlags, GntmapFlags, Gntst, MapEntry, MapMode, MapReplyEntry, MapReq, MapReqForm,
    QuerySizeReply, SetVersionReq, StatusReply, SwapReq, UnmapAndReplaceReq, UnmapEntry, UnmapReq,
    UnmapReqForm, VersionReply,
};
use hvlink_proto::rt::{Ctx, List, DOMID_SELF};
use hvlink_proto::Errno;

use super::{DomId, DomainConfig, Hypervisor};
use crate::unlocked::Directory;

/// Bytes per page (and per grant table frame).
pub const PAGE_SIZE: u64 = 4096;
const PAGE_SHIFT: u32 = 12;
/// Grant entries per frame of a version-1 table (8-byte `grant_entry_v1_t`).
pub const ENTRIES_PER_FRAME_V1: u32 = 512;
/// Grant entries per frame of a version-2 table (16-byte `grant_entry_v2_t`).
pub const ENTRIES_PER_FRAME_V2: u32 = 256;
/// Status words per status frame of a version-2 table (2-byte `grant_status_t`).
pub const STATUS_PER_FRAME: u32 = 2048;
/// Entries kept across a version change (Xen's `GNTTAB_NR_RESERVED_ENTRIES`).
pub const NR_RESERVED_ENTRIES: usize = 8;
/// Frames a new table starts with (Xen's `INITIAL_NR_GRANT_FRAMES`).
pub const INITIAL_FRAMES: u32 = 1;

/// Entry type mask of `flags`.
pub const GTF_TYPE_MASK: u16 = 3;
/// Entry type: not in use.
pub const GTF_INVALID: u16 = 0;
/// Entry type: `domid` may map or copy `frame`.
pub const GTF_PERMIT_ACCESS: u16 = 1;
/// Entry type: `domid` may transfer a frame here (not modelled).
pub const GTF_ACCEPT_TRANSFER: u16 = 2;
/// Entry type (version 2): transitive grant (not modelled).
pub const GTF_TRANSITIVE: u16 = 3;
/// Restrict the grantee to read-only access.
pub const GTF_READONLY: u16 = 1 << 2;
/// In use: the grantee has the frame mapped or pinned (set by the hypervisor).
pub const GTF_READING: u16 = 1 << 3;
/// In use for writing: a writable mapping exists (set by the hypervisor).
pub const GTF_WRITING: u16 = 1 << 4;
/// Version 2: the grant covers part of the page only (not modelled; never mappable).
pub const GTF_SUB_PAGE: u16 = 1 << 8;

// The pin word of an active entry: four counters (host write, host read, device write,
// device read), as Xen's GNTPIN_*, but 16 bits wide instead of 8 (see the module docs).
const PIN_CNTR_WIDTH: u32 = 16;
const PIN_CNTR_MASK: u64 = (1 << PIN_CNTR_WIDTH) - 1;
const PIN_HSTW: u64 = 1;
const PIN_HSTR: u64 = 1 << PIN_CNTR_WIDTH;
const PIN_DEVW: u64 = 1 << (2 * PIN_CNTR_WIDTH);
const PIN_DEVR: u64 = 1 << (3 * PIN_CNTR_WIDTH);
const PIN_WRITE_MASK: u64 = PIN_CNTR_MASK | (PIN_CNTR_MASK << (2 * PIN_CNTR_WIDTH));
/// Pins of one kind (say, writable host mappings) one entry takes at most.
pub const MAX_PINS_PER_KIND: u32 = 1 << (PIN_CNTR_WIDTH - 1);

const MAP_DEVICE: u32 = GntmapFlags::DEVICE_MAP.0;
const MAP_HOST: u32 = GntmapFlags::HOST_MAP.0;
const MAP_READONLY: u32 = GntmapFlags::READONLY.0;
const MAP_CONTAINS_PTE: u32 = GntmapFlags::CONTAINS_PTE.0;

/// End of the maptrack free list.
const NIL: u32 = u32::MAX;

type Out<'o, R> = &'o mut dyn FnMut(R) -> Result<(), Errno>;

/// What the owner of a grant entry sees of it ([`Hypervisor::grant_status`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct GrantStatus {
    /// `GTF_*` flags, including the in-use bits `GTF_reading`/`GTF_writing`.
    pub flags: u16,
    /// The domain the entry grants access to.
    pub domid: DomId,
    /// The owner's guest frame the entry grants.
    pub frame: u64,
    /// Live maptrack handles (mappings) that use the entry.
    pub mappings: u32,
}

/// One live mapping of a grantee ([`Hypervisor::grant_mapping`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct GrantMapping {
    /// The granting domain.
    pub owner: DomId,
    /// The grant reference in the owner's table.
    pub gref: u32,
    /// The owner's frame that is mapped.
    pub frame: u64,
    /// The `GNTMAP_*` flags of the parts still mapped.
    pub flags: GntmapFlags,
    /// Guest-physical address of the host mapping (0 if there is none).
    pub host_addr: u64,
}

/// A grant table entry with its active state (Xen keeps the latter in a shadow table, each
/// active entry behind a spinlock of its own). The owner-written fields change only under
/// the table's write lock; the active state (pins, mapping count) is atomic, so that maps
/// and unmaps of different grantees share the table's read lock, as Xen's do.
#[derive(Debug, Default)]
struct Entry {
    /// The owner's frame.
    frame: u64,
    /// Owner-written `GTF_*` flags (never the in-use bits: those follow `pin`).
    flags: u16,
    /// Grantee.
    domid: DomId,
    /// Four pin counters.
    pin: AtomicU64,
    /// Live maptrack handles using this entry.
    maps: AtomicU32,
}

impl Clone for Entry {
    fn clone(&self) -> Self {
        Entry {
            frame: self.frame,
            flags: self.flags,
            domid: self.domid,
            pin: AtomicU64::new(self.pin()),
            maps: AtomicU32::new(self.maps()),
        }
    }
}

impl Entry {
    fn pin(&self) -> u64 {
        self.pin.load(Ordering::SeqCst)
    }

    fn maps(&self) -> u32 {
        self.maps.load(Ordering::SeqCst)
    }

    fn in_use(&self) -> u16 {
        let pin = self.pin();
        let mut f = 0;
        if pin != 0 {
            f |= GTF_READING;
        }
        if pin & PIN_WRITE_MASK != 0 {
            f |= GTF_WRITING;
        }
        f
    }

    /// Drop the pins `incr` names and, if `unmapped`, one mapping.
    fn release(&self, incr: u64, unmapped: bool) {
        let _ = self
            .pin
            .fetch_update(Ordering::SeqCst, Ordering::SeqCst, |p| Some(unpin(p, incr)));
        if unmapped {
            let _ = self
                .maps
                .fetch_update(Ordering::SeqCst, Ordering::SeqCst, |m| {
                    Some(m.saturating_sub(1))
                });
        }
    }
}

/// The pin increments a mapping (or copy) with `GNTMAP_*` `flags` takes.
fn pin_incr(flags: u32) -> u64 {
    let ro = flags & MAP_READONLY != 0;
    let mut incr = 0;
    if flags & MAP_DEVICE != 0 {
        incr |= if ro { PIN_DEVR } else { PIN_DEVW };
    }
    if flags & MAP_HOST != 0 {
        incr |= if ro { PIN_HSTR } else { PIN_HSTW };
    }
    incr
}

/// Would adding `incr` to `pin` take a counter past [`MAX_PINS_PER_KIND`]? (Xen's
/// `GNTPIN_incr2oflow_mask`: only the counters that are incremented count.)
fn pin_overflows(pin: u64, incr: u64) -> bool {
    pin & (incr << (PIN_CNTR_WIDTH - 1)) != 0
}

/// Drop the pins `incr` names (a counter already at zero stays there).
fn unpin(pin: u64, incr: u64) -> u64 {
    let mut p = pin;
    for k in 0..4 {
        let shift = k * PIN_CNTR_WIDTH;
        let inc = 1u64 << shift;
        if incr & inc != 0 && (p >> shift) & PIN_CNTR_MASK != 0 {
            p -= inc;
        }
    }
    p
}

/// One maptrack slot: a live mapping (`flags != 0`) or a free slot (`gref` = next free).
#[derive(Debug, Clone, Copy)]
struct Slot {
    flags: u32,
    owner: DomId,
    gref: u32,
    host_addr: u64,
}

const FREE_SLOT: Slot = Slot {
    flags: 0,
    owner: 0,
    gref: NIL,
    host_addr: 0,
};

/// A grantee's mapping handles: a vector indexed by handle with an intrusive FIFO free list.
#[derive(Debug)]
struct MapTrack {
    slots: Vec<Slot>,
    head: u32,
    tail: u32,
    live: u32,
    limit: u32,
}

impl MapTrack {
    fn new(limit: u32) -> Self {
        MapTrack {
            slots: Vec::new(),
            head: NIL,
            tail: NIL,
            live: 0,
            limit,
        }
    }

    fn can_alloc(&self) -> bool {
        self.head != NIL
            || (self.slots.len() < self.limit as usize && self.slots.len() < NIL as usize)
    }

    fn alloc(&mut self, slot: Slot) -> Option<u32> {
        if self.head != NIL {
            let h = self.head;
            let s = self.slots.get_mut(h as usize)?;
            self.head = s.gref;
            if self.head == NIL {
                self.tail = NIL;
            }
            *s = slot;
            self.live = self.live.saturating_add(1);
            return Some(h);
        }
        if !self.can_alloc() {
            return None;
        }
        let h = u32::try_from(self.slots.len()).ok()?;
        self.slots.push(slot);
        self.live = self.live.saturating_add(1);
        Some(h)
    }

    fn get(&self, h: u32) -> Option<&Slot> {
        self.slots.get(h as usize).filter(|s| s.flags != 0)
    }

    fn get_mut(&mut self, h: u32) -> Option<&mut Slot> {
        self.slots.get_mut(h as usize).filter(|s| s.flags != 0)
    }

    /// Free live handle `h` and put it at the tail of the free list.
    fn free(&mut self, h: u32) {
        match self.slots.get_mut(h as usize) {
            Some(s) if s.flags != 0 => *s = FREE_SLOT,
            _ => return,
        }
        if self.tail == NIL {
            self.head = h;
        } else if let Some(t) = self.slots.get_mut(self.tail as usize) {
            t.gref = h;
        }
        self.tail = h;
        self.live = self.live.saturating_sub(1);
    }

    /// The handles that may be live.
    fn handles(&self) -> std::ops::Range<u32> {
        0..u32::try_from(self.slots.len()).unwrap_or(u32::MAX)
    }
}

/// A domain's own grant table, with the two things the ops need of its domain.
#[derive(Debug)]
struct Table {
    version: u32,
    /// The highest format its domain may switch to (`max-grant-version` at creation; 2
    /// when not limited).
    max_version: u32,
    max_frames: u32,
    frame_base: u64,
    status_base: u64,
    entries: Vec<Entry>,
    frames: Vec<u64>,
    status_frames: Vec<u64>,
    /// Its domain's RAM in pages (a granted frame must lie in it). Fixed at creation.
    pages: u64,
    /// Its domain is being destroyed: its grants are mapped no more.
    dying: bool,
}

impl Table {
    fn nr_frames(&self) -> u32 {
        u32::try_from(self.frames.len()).unwrap_or(u32::MAX)
    }

    fn per_frame(&self) -> u32 {
        if self.version == 2 {
            ENTRIES_PER_FRAME_V2
        } else {
            ENTRIES_PER_FRAME_V1
        }
    }

    /// Grow the table to at least `nr` frames; `false` beyond `max_grant_frames`.
    fn grow(&mut self, nr: u32) -> bool {
        if nr > self.max_frames {
            return false;
        }
        let have = self.nr_frames();
        if nr <= have {
            return true;
        }
        for i in have..nr {
            self.frames
                .push(self.frame_base.saturating_add(u64::from(i)));
        }
        self.fit();
        true
    }

    /// Size the entries and status frames to the frame count and version.
    fn fit(&mut self) {
        let n = self.frames.len().saturating_mul(self.per_frame() as usize);
        self.entries.resize(n, Entry::default());
        let want = if self.version == 2 {
            let words = (self.frames.len() as u64).saturating_mul(u64::from(ENTRIES_PER_FRAME_V2));
            words.div_ceil(u64::from(STATUS_PER_FRAME))
        } else {
            0
        };
        self.status_frames.truncate(want as usize);
        for j in self.status_frames.len() as u64..want {
            self.status_frames.push(self.status_base.saturating_add(j));
        }
    }

    /// Frames needed for entry `gref` to exist.
    fn frames_for(&self, gref: u32) -> u32 {
        (gref / self.per_frame()).saturating_add(1)
    }
}

/// The mappings a domain holds of other domains' grants, with the two things the ops need
/// of the domain.
#[derive(Debug)]
struct Maps {
    maptrack: MapTrack,
    /// Results of an atomic map batch until it is known to succeed (reused).
    scratch: Vec<MapReplyEntry>,
    copies: u64,
    copied_bytes: u64,
    /// The domain's RAM in pages (a host mapping must lie in it). Fixed at creation.
    pages: u64,
    /// The domain is being destroyed: it maps nothing more.
    dying: bool,
    /// By page of the domain's RAM, the handle (plus one; 0: none) of the host mapping
    /// made there last: the page table entry Xen writes, which a later mapping at the same
    /// address overwrites. What `unmap_and_replace` moves, found without a walk of the
    /// maptrack (whose size the guest sets). An entry may be stale (its mapping gone or
    /// moved): it is checked against its slot before use. Grown as mappings are made: at
    /// most 4 bytes per page of the domain's own RAM.
    at_page: Vec<u32>,
    /// While an atomic map batch runs (`journal`): each `at_page` entry it overwrote, with
    /// the value it had, so that the batch undone leaves the index as it found it (at most
    /// one per entry of the batch; the allocation reused).
    at_page_undo: Vec<(usize, u32)>,
    journal: bool,
    /// Dying: the handles below this one are released ([`Hypervisor::grant_release_some`]).
    release_at: u32,
}

impl Maps {
    /// The host mapping made at `addr` last, if it is still there.
    fn mapped_at(&self, addr: u64) -> Option<u32> {
        let h = self.at_page.get(page_of(addr)?)?.checked_sub(1)?;
        let s = self.maptrack.get(h)?;
        (s.flags & MAP_HOST != 0 && s.host_addr == addr).then_some(h)
    }

    /// Note `handle` as the host mapping at `addr` (a valid address of the domain's RAM).
    fn note_at(&mut self, addr: u64, handle: u32) {
        let Some(p) = page_of(addr) else { return };
        if p >= self.at_page.len() {
            self.at_page.resize(p + 1, 0);
        }
        let was = std::mem::replace(&mut self.at_page[p], handle.saturating_add(1));
        if self.journal {
            self.at_page_undo.push((p, was));
        }
    }
}

/// The index of the page at `addr` in [`Maps::at_page`].
fn page_of(addr: u64) -> Option<usize> {
    usize::try_from(addr / PAGE_SIZE).ok()
}

/// Per-domain grant state: the domain's own grant table and its maptrack (the mappings it
/// holds of other domains' grants), each behind a lock of its own, so that grant ops are
/// served without the host lock ([`crate::unlocked`]). Cloning gives another handle on the
/// same state.
///
/// Lock order: a domain's maptrack before any table; at most one table at a time; neither
/// while taking the host lock. The table's lock is a read-write lock: maps, unmaps, copies
/// and queries share it (the pins are atomic), changes of the table take it alone. A batch holds its caller's maptrack throughout and each
/// owner's table for a run of consecutive entries of that owner (at most
/// [`RUN_PER_LOCK`] entries), as Xen takes the remote table's lock per entry.
#[derive(Debug, Clone)]
pub struct DomainGrants {
    table: Arc<RwLock<Table>>,
    maps: Arc<Mutex<Maps>>,
}

/// Most entries of a batch served under one hold of an owner's table (read) lock: what
/// bounds the wait of a change of that table (a grant, a version change, growth).
pub const RUN_PER_LOCK: u32 = 64;

/// A lock of the grant state. (A panic while it was held leaves the state between two whole
/// entries: every change of an entry is a few assignments after its checks.)
fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|p| p.into_inner())
}

impl DomainGrants {
    /// Fresh state for a new domain: a version-1 table of one frame (none if
    /// `max_grant_frames` is 0) and an empty maptrack of at most `max_maptrack` handles.
    pub fn new(config: &DomainConfig) -> Self {
        // The table's frames follow the domain's RAM; a domain built frame by frame by the
        // toolstack (no RAM at creation) has them above any frame it may populate.
        let base = if config.pages == 0 {
            crate::lifecycle::MAX_GPFN
        } else {
            config.pages
        };
        let mut t = Table {
            version: 1,
            max_version: 2,
            max_frames: config.max_grant_frames,
            frame_base: base,
            status_base: base.saturating_add(u64::from(config.max_grant_frames)),
            entries: Vec::new(),
            frames: Vec::new(),
            status_frames: Vec::new(),
            pages: config.pages,
            dying: false,
        };
        t.grow(INITIAL_FRAMES.min(t.max_frames));
        DomainGrants {
            table: Arc::new(RwLock::new(t)),
            maps: Arc::new(Mutex::new(Maps {
                maptrack: MapTrack::new(config.max_maptrack),
                scratch: Vec::new(),
                copies: 0,
                copied_bytes: 0,
                pages: config.pages,
                dying: false,
                at_page: Vec::new(),
                at_page_undo: Vec::new(),
                journal: false,
                release_at: 0,
            })),
        }
    }

    /// The table, shared: what maps, unmaps, copies and queries take.
    fn table(&self) -> RwLockReadGuard<'_, Table> {
        self.table.read().unwrap_or_else(|p| p.into_inner())
    }

    /// The table, alone: what changes its owner-written fields or its size takes.
    fn table_mut(&self) -> RwLockWriteGuard<'_, Table> {
        self.table.write().unwrap_or_else(|p| p.into_inner())
    }

    fn maps(&self) -> MutexGuard<'_, Maps> {
        lock(&self.maps)
    }

    /// The table format in effect (1 or 2).
    pub fn version(&self) -> u32 {
        self.table().version
    }

    /// Limit the formats the domain may switch to (`createdomain`'s `max-grant-version`):
    /// asking for a later one is refused as Xen refuses it, `ENOSYS`, as if the version
    /// switch did not exist.
    pub fn limit_version(&self, max: u32) {
        self.table_mut().max_version = max.clamp(1, 2);
    }

    /// The highest format the domain may switch to.
    pub fn max_version(&self) -> u32 {
        self.table().max_version
    }

    /// Current number of table frames.
    pub fn nr_frames(&self) -> u32 {
        self.table().nr_frames()
    }

    /// Most table frames (`max_grant_frames`).
    pub fn max_frames(&self) -> u32 {
        self.table().max_frames
    }

    /// Current number of grant entries.
    pub fn nr_entries(&self) -> u32 {
        u32::try_from(self.table().entries.len()).unwrap_or(u32::MAX)
    }

    /// Guest frame numbers of the table frames, in table order.
    pub fn frame_gfns(&self) -> Vec<u64> {
        self.table().frames.clone()
    }

    /// Guest frame numbers of the status frames (version 2 only; empty in version 1).
    pub fn status_gfns(&self) -> Vec<u64> {
        self.table().status_frames.clone()
    }

    /// Slots its maptrack has grown to (live or free).
    pub(crate) fn maptrack_slots(&self) -> usize {
        self.maps().maptrack.slots.len()
    }

    /// Mappings (live maptrack handles) this domain holds of granted frames.
    pub fn mappings(&self) -> u32 {
        self.maps().maptrack.live
    }

    /// Copies this domain made with `copy`, and the bytes they would have moved.
    pub fn copies(&self) -> (u64, u64) {
        let m = self.maps();
        (m.copies, m.copied_bytes)
    }

    /// The domain is being destroyed: it maps nothing more, and its grants are mapped no
    /// more (a batch already past an entry's check finishes that entry first).
    pub(crate) fn set_dying(&self) {
        self.maps().dying = true;
        self.table_mut().dying = true;
    }

    /// The domain's RAM grew to reach frame `end` (exclusive; a domain the toolstack
    /// populates): frames below it may be granted, and host mappings placed there. Never
    /// shrinks.
    pub(crate) fn grow_pages(&self, end: u64) {
        {
            let mut m = self.maps();
            m.pages = m.pages.max(end);
        }
        let mut t = self.table_mut();
        t.pages = t.pages.max(end);
    }

    /// Pretend the domain's RAM is `pages` pages (tests of frames outside RAM).
    #[cfg(test)]
    fn set_pages(&self, pages: u64) {
        self.maps().pages = pages;
        self.table_mut().pages = pages;
    }
}

/// Where the grant ops find a domain's grant state: the [`Directory`] (or, for the model's
/// own bookkeeping under the host lock, its domains).
type Find<'f> = &'f dyn Fn(DomId) -> Option<DomainGrants>;

/// A per-entry result of a batch op.
trait Outcome {
    /// The result of entry `index` that did not succeed (or was `cancelled`).
    fn of(index: u32, status: Gntst) -> Self;
    fn status(&self) -> Gntst;
}

impl Outcome for MapReplyEntry {
    fn of(index: u32, status: Gntst) -> Self {
        MapReplyEntry {
            index,
            status,
            handle: None,
            dev_bus_addr: None,
        }
    }
    fn status(&self) -> Gntst {
        self.status
    }
}

impl Outcome for EntryResult {
    fn of(index: u32, status: Gntst) -> Self {
        EntryResult { index, status }
    }
    fn status(&self) -> Gntst {
        self.status
    }
}

/// Independent (`false`) or ordered (`true`): the modes `unmap_grant_ref` and `copy` take;
/// `EINVAL` for any other.
fn ordered(mode: BatchMode) -> Result<bool, Errno> {
    match mode {
        BatchMode::INDEPENDENT => Ok(false),
        BatchMode::ORDERED => Ok(true),
        _ => Err(Errno::EINVAL),
    }
}

/// Run a batch of the caller whose mappings are `maps` in independent or ordered mode (what
/// map and unmap share). `owner` names the domain whose table an entry needs; `one` runs the
/// entry with its index and that table, locked (`None`: no such domain). Consecutive entries
/// of one owner share one hold of its lock, at most [`RUN_PER_LOCK`] of them. In ordered mode
/// the first result other than `okay` stops the run, and the entries after it report
/// `cancelled` without running. `out` gets every result in order; its error ends the batch.
fn each_entry<E, R: Outcome>(
    entries: impl Iterator<Item = E>,
    ordered: bool,
    find: Find<'_>,
    maps: &mut Maps,
    owner: impl Fn(&Maps, &E) -> Option<DomId>,
    mut one: impl FnMut(&mut Maps, Option<&Table>, u32, &E) -> R,
    out: Out<'_, R>,
) -> Result<(), Errno> {
    let mut entries = entries.peekable();
    let mut stopped = false;
    let mut index = 0u32;
    while let Some(mut e) = entries.next() {
        if stopped {
            out(R::of(index, Gntst::CANCELLED))?;
            index = index.saturating_add(1);
            continue;
        }
        let dom = owner(maps, &e);
        let grants = dom.and_then(find);
        let table = grants.as_ref().map(DomainGrants::table);
        let mut run = 0;
        loop {
            let r = one(maps, table.as_deref(), index, &e);
            stopped |= ordered && r.status() != Gntst::OKAY;
            out(r)?;
            index = index.saturating_add(1);
            run += 1;
            if stopped || run == RUN_PER_LOCK {
                break;
            }
            match entries.next_if(|n| owner(maps, n) == dom) {
                Some(n) => e = n,
                None => break,
            }
        }
    }
    Ok(())
}

/// Is `addr` a page-aligned, non-zero guest-physical address inside `pages` pages of RAM?
fn valid_gpa(addr: u64, pages: u64) -> bool {
    addr != 0 && addr % PAGE_SIZE == 0 && addr / PAGE_SIZE < pages
}

/// Which of Xen's two pinning paths an admission stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum PinFor {
    /// `map_grant_ref`.
    Map,
    /// `acquire_grant_for_copy`.
    Copy,
}
/// May `caller` take the pins `incr` of `ent`, an entry of a domain with `owner_pages` pages
/// of RAM? The admission check that Xen's `map_grant_ref` and `acquire_grant_for_copy`
/// (`xen/common/grant_table.c`, read at xen-project/xen 0002467f) share, in their order:
///
/// 1. an entry already pinned must be pinned by `caller` and have room in the counters that
///    `incr` raises (`act->pin & 0x80808080`), else `GNTST_general_error`;
/// 2. only for a first pin, or the first writable pin of an entry pinned read-only so far,
///    `_set_status` runs: a first pin needs a full-page `GTF_permit_access` entry granted to
///    `caller`, a writable pin an entry without `GTF_readonly`, else `GNTST_general_error`;
/// 3. the granted frame is looked up (`get_paged_frame`: `GNTST_bad_page` outside the
///    owner's RAM) — and here the two paths differ. `map_grant_ref` looks it up only when
///    the entry was not pinned (`if ( !act->pin )` inside step 2's block: a writable pin of
///    a read-pinned entry reuses `act->mfn`), while `acquire_grant_for_copy` looks it up
///    whenever step 2 ran (its `get_paged_frame` calls sit directly in that block), so a
///    copy into a read-pinned grant finds the frame anew. Neither looks when step 2 does
///    not run.
///
/// Xen's map refuses `GTF_sub_page` entries and its copy accepts them (`_set_status`'s
/// `mapflag`); the model has no sub-page grants (the owner API cannot write one), so both
/// refuse them. `pin` is the entry's pin word as read; nothing changes here: the caller
/// commits the pins if the word is still `pin`.
fn admit(
    ent: &Entry,
    pin: u64,
    caller: DomId,
    incr: u64,
    owner_pages: u64,
    path: PinFor,
) -> Result<(), Gntst> {
    let first = pin == 0;
    if !first && (ent.domid != caller || pin_overflows(pin, incr)) {
        return Err(Gntst::GENERAL_ERROR);
    }
    let writable = incr & PIN_WRITE_MASK != 0;
    if first || (writable && pin & PIN_WRITE_MASK == 0) {
        if first
            && (ent.flags & (GTF_TYPE_MASK | GTF_SUB_PAGE) != GTF_PERMIT_ACCESS
                || ent.domid != caller)
        {
            return Err(Gntst::GENERAL_ERROR);
        }
        if writable && ent.flags & GTF_READONLY != 0 {
            return Err(Gntst::GENERAL_ERROR);
        }
        let looks_up_frame = match path {
            PinFor::Map => first,
            PinFor::Copy => true,
        };
        if looks_up_frame && ent.frame >= owner_pages {
            return Err(Gntst::BAD_PAGE);
        }
    }
    Ok(())
}

/// Map one entry for the caller whose mappings are `maps`, of the table `owner` (`None`: no
/// such domain), Xen's `map_grant_ref` with the same checks in the same order. Either
/// everything is checked and then committed, or nothing changes.
fn map_one(
    owner: Option<&Table>,
    maps: &mut Maps,
    caller: DomId,
    e: &MapEntry,
) -> Result<MapReplyEntry, Gntst> {
    let flags = e.flags.0;
    let incr = pin_incr(flags);
    if incr == 0 {
        return Err(Gntst::BAD_GNTREF);
    }
    if flags & MAP_CONTAINS_PTE != 0 {
        return Err(Gntst::GENERAL_ERROR);
    }
    if maps.dying {
        // The caller was destroyed while its batch was in flight.
        return Err(Gntst::BAD_DOMAIN);
    }
    // By id: DOMID_SELF is no domain here, as in Xen's rcu_lock_domain_by_id.
    let owner = owner.ok_or(Gntst::BAD_DOMAIN)?;
    if owner.dying {
        return Err(Gntst::BAD_DOMAIN);
    }
    if !maps.maptrack.can_alloc() {
        return Err(Gntst::NO_SPACE);
    }
    let ent = owner
        .entries
        .get(e.r#ref as usize)
        .ok_or(Gntst::BAD_GNTREF)?;
    // Checked on the pin word as read and committed only if it is still that word (another
    // pin or unmap of the entry meanwhile: checked again), as Xen does under the active
    // entry's lock.
    let mut pin = ent.pin();
    loop {
        admit(ent, pin, caller, incr, owner.pages, PinFor::Map)?;
        if flags & MAP_HOST != 0 && !valid_gpa(e.host_addr, maps.pages) {
            return Err(Gntst::BAD_VIRT_ADDR);
        }
        match ent.pin.compare_exchange(
            pin,
            pin.wrapping_add(incr),
            Ordering::SeqCst,
            Ordering::SeqCst,
        ) {
            Ok(_) => break,
            Err(now) => pin = now,
        }
    }
    let Some(handle) = maps.maptrack.alloc(Slot {
        flags,
        owner: e.dom,
        gref: e.r#ref,
        host_addr: if flags & MAP_HOST != 0 {
            e.host_addr
        } else {
            0
        },
    }) else {
        // Not reached: the caller's maptrack, locked, had room above.
        ent.release(incr, false);
        return Err(Gntst::NO_SPACE);
    };
    ent.maps.fetch_add(1, Ordering::SeqCst);
    if flags & MAP_HOST != 0 {
        maps.note_at(e.host_addr, handle);
    }
    Ok(MapReplyEntry {
        index: 0,
        status: Gntst::OKAY,
        handle: Some(handle),
        dev_bus_addr: (flags & MAP_DEVICE != 0).then_some(ent.frame << PAGE_SHIFT),
    })
}

/// The domain whose table the mapping `handle` of `mt` uses.
fn owner_of(mt: &MapTrack, handle: u32) -> Option<DomId> {
    mt.get(handle).map(|s| s.owner)
}

/// Unmap (parts of) the mapping `e.handle` of the caller whose mappings are `maps`, of the
/// table `owner` (the table the handle's slot names, `None` if that domain is gone): Xen's
/// `unmap_common`. A zero `host_addr`/`dev_bus_addr` leaves that part alone. `new_addr` is
/// unmap_and_replace's. The second value: an entry of a dying domain lost a mapping (it may
/// now be reaped).
fn unmap_one(
    owner: Option<&Table>,
    maps: &mut Maps,
    e: &UnmapEntry,
    new_addr: u64,
) -> (Gntst, bool) {
    let Some(slot) = maps.maptrack.get(e.handle).copied() else {
        return (Gntst::BAD_HANDLE, false);
    };
    let Some(owner) = owner else {
        return (Gntst::BAD_HANDLE, false);
    };
    let dying = owner.dying;
    let Some(ent) = owner.entries.get(slot.gref as usize) else {
        return (Gntst::BAD_HANDLE, false);
    };
    if e.dev_bus_addr != 0
        && slot.flags & MAP_DEVICE != 0
        && e.dev_bus_addr != ent.frame << PAGE_SHIFT
    {
        return (Gntst::BAD_DEV_ADDR, false);
    }
    let mut done = 0;
    if e.host_addr != 0 && slot.flags & MAP_HOST != 0 {
        if e.host_addr != slot.host_addr {
            return (Gntst::GENERAL_ERROR, false);
        }
        if new_addr != 0 && !valid_gpa(new_addr, maps.pages) {
            return (Gntst::GENERAL_ERROR, false);
        }
        done |= MAP_HOST;
    }
    if e.dev_bus_addr != 0 && slot.flags & MAP_DEVICE != 0 {
        done |= MAP_DEVICE;
    }
    if done == 0 {
        return (Gntst::OKAY, false);
    }
    let left = slot.flags & !done;
    let unmapped = left & (MAP_HOST | MAP_DEVICE) == 0;
    ent.release(pin_incr(done | (slot.flags & MAP_READONLY)), unmapped);
    if unmapped {
        maps.maptrack.free(e.handle);
        return (Gntst::OKAY, dying);
    }
    if let Some(s) = maps.maptrack.get_mut(e.handle) {
        s.flags = left;
        if left & MAP_HOST == 0 {
            s.host_addr = 0;
        }
    }
    (Gntst::OKAY, false)
}

/// Remove the whole mapping `handle` of `mt` (the undo of an atomic batch, and the release
/// of a destroyed domain's mappings): the owner's table is locked for it alone.
fn release(find: Find<'_>, mt: &mut MapTrack, handle: u32) {
    let Some(slot) = mt.get(handle).copied() else {
        return;
    };
    if let Some(g) = find(slot.owner) {
        if let Some(ent) = g.table().entries.get(slot.gref as usize) {
            ent.release(pin_incr(slot.flags), true);
        }
    }
    mt.free(handle);
}

fn map_batch(
    find: Find<'_>,
    maps: &mut Maps,
    caller: DomId,
    mode: MapMode,
    list: List<'_, MapEntry>,
    out: Out<'_, MapReplyEntry>,
) -> Result<(), Errno> {
    let map = |maps: &mut Maps, owner: Option<&Table>, index, e: &MapEntry| match map_one(
        owner, maps, caller, e,
    ) {
        Ok(r) => MapReplyEntry { index, ..r },
        Err(st) => MapReplyEntry::of(index, st),
    };
    let owner = |_: &Maps, e: &MapEntry| Some(e.dom);
    match mode {
        MapMode::INDEPENDENT | MapMode::ORDERED => each_entry(
            list.iter(),
            mode == MapMode::ORDERED,
            find,
            maps,
            owner,
            map,
            out,
        ),
        MapMode::ATOMIC => {
            // Mapped in ordered mode into the scratch list, which is handed out only if
            // every entry succeeded; otherwise what was mapped is released again.
            let mut scratch = std::mem::take(&mut maps.scratch);
            scratch.clear();
            maps.at_page_undo.clear();
            maps.journal = true;
            let mut failed = None;
            let res = each_entry(list.iter(), true, find, maps, owner, map, &mut |r| {
                if r.status == Gntst::OKAY {
                    scratch.push(r);
                } else if failed.is_none() {
                    failed = Some(r);
                }
                Ok(())
            });
            let res = res.and_then(|()| match failed {
                None => scratch.iter().try_for_each(|r| out(*r)),
                Some(fail) => {
                    for r in scratch.iter().rev() {
                        if let Some(h) = r.handle {
                            release(find, &mut maps.maptrack, h);
                        }
                    }
                    // The page index as the batch found it.
                    for &(p, was) in maps.at_page_undo.iter().rev() {
                        if let Some(e) = maps.at_page.get_mut(p) {
                            *e = was;
                        }
                    }
                    let mut k = 0u32;
                    for _ in 0..scratch.len() {
                        out(MapReplyEntry::of(k, Gntst::CANCELLED))?;
                        k = k.saturating_add(1);
                    }
                    out(fail)?;
                    let mut index = fail.index;
                    for _ in list.iter().skip(fail.index as usize + 1) {
                        index = index.saturating_add(1);
                        out(MapReplyEntry::of(index, Gntst::CANCELLED))?;
                    }
                    Ok(())
                }
            });
            scratch.clear();
            maps.scratch = scratch;
            maps.journal = false;
            maps.at_page_undo.clear();
            res
        }
        _ => Err(Errno::EINVAL),
    }
}

/// A frame list reply that failed with `status`.
fn no_frames(status: Gntst) -> FramesReply<'static> {
    FramesReply {
        status,
        frame: List::new(&[]),
    }
}

/// The first `nr` of `frames` into `into`: `okay`, or `general_error` when there are fewer
/// (and `into` empty).
fn first_frames(frames: &[u64], nr: u32, into: &mut Vec<u64>) -> Gntst {
    into.clear();
    match frames.get(..nr as usize) {
        Some(frames) => {
            into.extend_from_slice(frames);
            Gntst::OKAY
        }
        None => Gntst::GENERAL_ERROR,
    }
}

/// The reply of a frame list op: `status`, and the frames of `frames` if it is `okay`.
fn frames_reply(status: Gntst, frames: &[u64]) -> FramesReply<'_> {
    if status == Gntst::OKAY {
        FramesReply {
            status,
            frame: List::new(frames),
        }
    } else {
        no_frames(status)
    }
}

/// The last domain's grant state a copy side looked up (most batches name one or two).
struct Memo<'f> {
    find: Find<'f>,
    last: Option<(DomId, Option<DomainGrants>)>,
}

impl Memo<'_> {
    fn get(&mut self, id: DomId) -> Option<&DomainGrants> {
        if self.last.as_ref().is_none_or(|(d, _)| *d != id) {
            self.last = Some((id, (self.find)(id)));
        }
        self.last.as_ref().and_then(|(_, g)| g.as_ref())
    }
}

/// The domain a copy side names (Xen's `gnttab_copy_lock_domain`): frames only of
/// `DOMID_SELF`, grants of any existing domain.
fn copy_domain<'m>(
    memo: &'m mut Memo<'_>,
    caller: DomId,
    dom: DomId,
    is_gref: bool,
) -> Result<&'m DomainGrants, Gntst> {
    if dom != DOMID_SELF && !is_gref {
        return Err(Gntst::PERMISSION_DENIED);
    }
    let id = if dom == DOMID_SELF { caller } else { dom };
    memo.get(id).ok_or(Gntst::BAD_DOMAIN)
}

/// Check one side of a copy (Xen's `gnttab_copy_claim_buf` / `acquire_grant_for_copy`) on
/// the side's domain's grant state. The pin a copy takes is released when the copy ends, so
/// nothing changes.
fn copy_claim(
    d: &DomainGrants,
    caller: DomId,
    is_gref: bool,
    gref: Option<u32>,
    gfn: Option<u64>,
    readonly: bool,
) -> Result<(), Gntst> {
    let t = d.table();
    let pages = t.pages;
    if !is_gref {
        return match gfn {
            Some(f) if f < pages => Ok(()),
            _ => Err(Gntst::BAD_PAGE),
        };
    }
    let r = gref.ok_or(Gntst::BAD_GNTREF)?;
    let ent = t.entries.get(r as usize).ok_or(Gntst::BAD_GNTREF)?;
    let incr = if readonly { PIN_HSTR } else { PIN_HSTW };
    admit(ent, ent.pin(), caller, incr, pages, PinFor::Copy)
}

/// Validate one copy entry (Xen's `gnttab_copy_one`, same order).
fn copy_one(src: &mut Memo<'_>, dst: &mut Memo<'_>, caller: DomId, e: &CopyEntry) -> Gntst {
    let src_gref = e.flags.0 & GntcopyFlags::SOURCE_GREF.0 != 0;
    let dst_gref = e.flags.0 & GntcopyFlags::DEST_GREF.0 != 0;
    let mut run = || -> Result<(), Gntst> {
        let sd = copy_domain(src, caller, e.source_dom, src_gref)?;
        let dd = copy_domain(dst, caller, e.dest_dom, dst_gref)?;
        copy_claim(sd, caller, src_gref, e.source_ref, e.source_gfn, true)?;
        copy_claim(dd, caller, dst_gref, e.dest_ref, e.dest_gfn, false)?;
        let len = u64::from(e.len);
        if u64::from(e.source_offset) + len > PAGE_SIZE
            || u64::from(e.dest_offset) + len > PAGE_SIZE
        {
            return Err(Gntst::BAD_COPY_ARG);
        }
        Ok(())
    };
    match run() {
        Ok(()) => Gntst::OKAY,
        Err(st) => st,
    }
}

impl Hypervisor {
    /// Domain `id`'s grant state, under the host lock.
    fn grants_of(&self, id: DomId) -> Option<DomainGrants> {
        self.domains.get(&id).map(|d| d.grant.clone())
    }

    /// Grant `grantee` access to `frame` of domain `owner` in entry `gref` (what the owner
    /// writes into its table: `GTF_permit_access`, plus `GTF_readonly` if `readonly`). The
    /// table grows as needed. `ESRCH`: no such owner; `ENOSPC`: `gref` lies beyond
    /// `max_grant_frames`; `ERANGE`: a version-1 entry holds 32-bit frames only; `EBUSY`: the
    /// entry is in use (mapped).
    pub fn grant_access(
        &mut self,
        owner: DomId,
        gref: u32,
        grantee: DomId,
        frame: u64,
        readonly: bool,
    ) -> Result<(), Errno> {
        let g = self.grants_of(owner).ok_or(Errno::ESRCH)?;
        let mut t = g.table_mut();
        if t.version == 1 && frame > u64::from(u32::MAX) {
            return Err(Errno::ERANGE);
        }
        let need = t.frames_for(gref);
        if !t.grow(need) {
            return Err(Errno::ENOSPC);
        }
        let ent = t.entries.get_mut(gref as usize).ok_or(Errno::ENOSPC)?;
        if ent.pin() != 0 {
            return Err(Errno::EBUSY);
        }
        ent.flags = GTF_PERMIT_ACCESS | if readonly { GTF_READONLY } else { 0 };
        ent.domid = grantee;
        ent.frame = frame;
        Ok(())
    }

    /// End foreign access through entry `gref` of `owner` (its flags become `GTF_invalid`;
    /// ending an entry that grants nothing succeeds too). `ESRCH`: no such owner; `EINVAL`:
    /// `gref` beyond the table; `EBUSY`: the grantee still has it mapped (`GTF_reading` or
    /// `GTF_writing` set), as `gnttab_end_foreign_access_ref` fails then.
    pub fn end_access(&mut self, owner: DomId, gref: u32) -> Result<(), Errno> {
        let g = self.grants_of(owner).ok_or(Errno::ESRCH)?;
        let mut t = g.table_mut();
        let ent = t.entries.get_mut(gref as usize).ok_or(Errno::EINVAL)?;
        if ent.pin() != 0 {
            return Err(Errno::EBUSY);
        }
        ent.flags = GTF_INVALID;
        Ok(())
    }

    /// Entry `gref` of `owner` as the owner sees it, with the in-use bits and the number of
    /// live mappings; `None` for no such domain or a `gref` beyond the table.
    pub fn grant_status(&self, owner: DomId, gref: u32) -> Option<GrantStatus> {
        let g = self.grants_of(owner)?;
        let t = g.table();
        let ent = t.entries.get(gref as usize)?;
        Some(GrantStatus {
            flags: ent.flags | ent.in_use(),
            domid: ent.domid,
            frame: ent.frame,
            mappings: ent.maps(),
        })
    }

    /// The live mapping `handle` of `grantee` (what a VMM needs to really map the frame), or
    /// `None` if the handle is not live.
    pub fn grant_mapping(&self, grantee: DomId, handle: u32) -> Option<GrantMapping> {
        let slot = *self.grants_of(grantee)?.maps().maptrack.get(handle)?;
        let g = self.grants_of(slot.owner)?;
        let t = g.table();
        let ent = t.entries.get(slot.gref as usize)?;
        Some(GrantMapping {
            owner: slot.owner,
            gref: slot.gref,
            frame: ent.frame,
            flags: GntmapFlags(slot.flags),
            host_addr: slot.host_addr,
        })
    }

    /// Release up to `budget` of the grant mappings `dom` holds (it is being destroyed: the
    /// owners' pins and mapping counts drop as if it had unmapped them, Xen's
    /// `gnttab_release_mappings`),
    /// from where the last slice stopped: `true` once none is left. The first call marks
    /// it dying, so that it maps nothing more and the slices see every mapping it made.
    /// A maptrack holds up to `max_maptrack` mappings (a million by default), so that a
    /// destroy releases them in slices, each a bounded time under the host lock, as Xen's
    /// `gnttab_release_mappings` is preemptible (`domain_kill`'s `-ERESTART`).
    pub(crate) fn grant_release_some(&mut self, dom: DomId, budget: u32) -> bool {
        let Some(g) = self.grants_of(dom) else {
            return true;
        };
        g.set_dying();
        let find = |id| self.grants_of(id);
        let mut maps = g.maps();
        let end = maps.maptrack.handles().end;
        // Every handle looked at counts, free or not (a free one costs less); once no
        // mapping is live, the free slots left need no look.
        let mut looked = 0u32;
        while maps.release_at < end && maps.maptrack.live != 0 {
            if looked == budget {
                return false;
            }
            looked += 1;
            let h = maps.release_at;
            maps.release_at += 1;
            release(&find, &mut maps.maptrack, h);
        }
        true
    }

    /// The grant mappings `dom` still holds (a destroyed domain's until its last slice is
    /// released).
    pub(crate) fn grant_mappings_held(&self, dom: DomId) -> u32 {
        self.grants_of(dom).map_or(0, |g| g.mappings())
    }

    /// Does any domain but `dom` still map one of `dom`'s grants?
    pub(crate) fn grants_mapped_by_others(&self, dom: DomId) -> bool {
        self.grants_of(dom)
            .is_some_and(|g| g.table().entries.iter().any(|e| e.maps() > 0))
    }
}

/// The grant ops as they are served: on the domains' grant state found in the
/// [`Directory`], behind the per-domain locks ([`DomainGrants`]), with or without the host
/// lock. `frames` holds the last frame list reply.
pub(crate) struct Serving<'a> {
    dir: &'a Directory,
    frames: Vec<u64>,
}

impl<'a> Serving<'a> {
    /// The grant ops on `dir`'s domains.
    pub(crate) fn new(dir: &'a Directory) -> Self {
        Serving {
            dir,
            frames: Vec::new(),
        }
    }

    /// The caller's grant state (`ESRCH`: the caller is no domain).
    fn caller(&self, ctx: &Ctx) -> Result<DomainGrants, Errno> {
        self.dir.grants(ctx.domain).ok_or(Errno::ESRCH)
    }

    /// The table a request names, with Xen's statuses: `bad_domain` for none,
    /// `permission_denied` for another domain's table unless the caller is privileged. The
    /// outer `ESRCH`: the caller is no domain.
    fn target(&self, ctx: &Ctx, dom: DomId) -> Result<Result<DomainGrants, Gntst>, Errno> {
        self.caller(ctx)?;
        Ok(match self.dir.target(ctx, dom) {
            Ok(id) => self.dir.grants(id).ok_or(Gntst::BAD_DOMAIN),
            Err(Errno::ESRCH) => Err(Gntst::BAD_DOMAIN),
            Err(_) => Err(Gntst::PERMISSION_DENIED),
        })
    }

    /// A frame list op's status, its frames in `self.frames`: `setup_table` (`grow`) or
    /// `get_status_frames`.
    fn frames(&mut self, ctx: &Ctx, req: &FramesReq, grow: bool) -> Result<Gntst, Errno> {
        let g = match self.target(ctx, req.dom)? {
            Ok(g) => g,
            Err(st) => return Ok(st),
        };
        if grow {
            let mut t = g.table_mut();
            if !t.grow(req.nr_frames) {
                return Ok(Gntst::GENERAL_ERROR);
            }
            Ok(first_frames(&t.frames, req.nr_frames, &mut self.frames))
        } else {
            let t = g.table();
            Ok(first_frames(
                &t.status_frames,
                req.nr_frames,
                &mut self.frames,
            ))
        }
    }
}

impl Backend for Serving<'_> {
    /// Map grants of other domains for the caller (see the module docs for statuses and
    /// modes). `ESRCH` if the caller is no domain, `EINVAL` for an unknown mode.
    fn map_grant_ref(
        &mut self,
        ctx: &Ctx,
        req: &MapReq<'_>,
        out: &mut dyn FnMut(MapReplyEntry) -> Result<(), Errno>,
    ) -> Result<(), Errno> {
        let caller = self.caller(ctx)?;
        let (mode, list) = match req.form {
            MapReqForm::Single {
                dom,
                r#ref,
                flags,
                host_addr,
            } => (
                MapMode::INDEPENDENT,
                List::one(MapEntry {
                    dom,
                    r#ref,
                    flags,
                    host_addr,
                }),
            ),
            MapReqForm::Batch { mode, entry } => (mode, entry),
        };
        let find = |id| self.dir.grants(id);
        let mut maps = caller.maps();
        map_batch(&find, &mut maps, ctx.domain, mode, list, out)
    }

    /// Remove mappings by handle (modes independent and ordered).
    fn unmap_grant_ref(
        &mut self,
        ctx: &Ctx,
        req: &UnmapReq<'_>,
        out: &mut dyn FnMut(EntryResult) -> Result<(), Errno>,
    ) -> Result<(), Errno> {
        let caller = self.caller(ctx)?;
        let (mode, list) = match req.form {
            UnmapReqForm::Single {
                host_addr,
                dev_bus_addr,
                handle,
            } => (
                BatchMode::INDEPENDENT,
                List::one(UnmapEntry {
                    host_addr,
                    dev_bus_addr,
                    handle,
                }),
            ),
            UnmapReqForm::Batch { mode, entry } => (mode, entry),
        };
        let ordered = ordered(mode)?;
        let find = |id| self.dir.grants(id);
        let mut freed_dying = false;
        let res = each_entry(
            list.iter(),
            ordered,
            &find,
            &mut caller.maps(),
            |maps, e| owner_of(&maps.maptrack, e.handle),
            |maps, owner, index, e| {
                let (st, dying) = unmap_one(owner, maps, e, 0);
                freed_dying |= dying;
                EntryResult::of(index, st)
            },
            out,
        );
        if freed_dying {
            // A dying domain may be gone now: the serving loop reaps it.
            self.dir.released_dying();
        }
        res
    }

    /// Grow the table of `dom` to at least `nr_frames` frames and list the first `nr_frames`.
    fn setup_table(&mut self, ctx: &Ctx, req: &FramesReq) -> Result<FramesReply<'_>, Errno> {
        let status = self.frames(ctx, req, true)?;
        Ok(frames_reply(status, &self.frames))
    }

    /// Validate and count copies (the model holds no page contents; see the module docs).
    fn copy(
        &mut self,
        ctx: &Ctx,
        req: &CopyReq<'_>,
        out: &mut dyn FnMut(EntryResult) -> Result<(), Errno>,
    ) -> Result<(), Errno> {
        let caller = self.caller(ctx)?;
        let ordered = ordered(req.mode)?;
        let find = |id| self.dir.grants(id);
        let memo = || Memo {
            find: &find,
            last: None,
        };
        let (mut src, mut dst) = (memo(), memo());
        // Each copy looks its two tables up itself, one at a time: no owner runs.
        let mut maps = caller.maps();
        each_entry(
            req.entry.iter(),
            ordered,
            &find,
            &mut maps,
            |_, _| None,
            |maps, _, index, e| {
                let st = copy_one(&mut src, &mut dst, ctx.domain, e);
                if st == Gntst::OKAY {
                    maps.copies = maps.copies.saturating_add(1);
                    maps.copied_bytes = maps.copied_bytes.saturating_add(u64::from(e.len));
                }
                EntryResult::of(index, st)
            },
            out,
        )
    }

    /// Current and largest size of the table of `dom`.
    fn query_size(&mut self, ctx: &Ctx, req: &DomReq) -> Result<QuerySizeReply, Errno> {
        Ok(match self.target(ctx, req.dom)? {
            Ok(g) => {
                let t = g.table();
                QuerySizeReply {
                    nr_frames: Some(t.nr_frames()),
                    max_nr_frames: Some(t.max_frames),
                    status: Gntst::OKAY,
                }
            }
            Err(status) => QuerySizeReply {
                nr_frames: None,
                max_nr_frames: None,
                status,
            },
        })
    }

    /// Unmap the host part of `handle` and move the caller's mapping at `new_addr` there:
    /// the one made at `new_addr` last, as Xen moves the page table entry there (found by
    /// its page, in constant time whatever the size of the caller's maptrack).
    fn unmap_and_replace(
        &mut self,
        ctx: &Ctx,
        req: &UnmapAndReplaceReq,
    ) -> Result<StatusReply, Errno> {
        let caller = self.caller(ctx)?;
        let e = UnmapEntry {
            host_addr: req.host_addr,
            dev_bus_addr: 0,
            handle: req.handle,
        };
        let (host_addr, new_addr) = (req.host_addr, req.new_addr);
        let mut maps = caller.maps();
        let had_host = maps
            .maptrack
            .get(e.handle)
            .is_some_and(|s| s.flags & MAP_HOST != 0);
        let owner = owner_of(&maps.maptrack, e.handle).and_then(|id| self.dir.grants(id));
        let (status, freed_dying) = unmap_one(
            owner.as_ref().map(DomainGrants::table).as_deref(),
            &mut maps,
            &e,
            new_addr,
        );
        if status == Gntst::OKAY && had_host && host_addr != 0 && new_addr != 0 {
            // The mapping at `new_addr` moves to `host_addr`, as Xen moves the page table
            // entry: the one made there last (an earlier one at the same address had its
            // entry overwritten and stays). Found by page, not by a walk of the maptrack:
            // the guest sets its size, and the walk held the host for milliseconds.
            if let Some(m) = maps.mapped_at(new_addr) {
                if let Some(s) = maps.maptrack.get_mut(m) {
                    s.host_addr = host_addr;
                }
                maps.note_at(host_addr, m);
            }
        }
        drop(maps);
        if freed_dying {
            self.dir.released_dying();
        }
        Ok(StatusReply { status })
    }

    /// Switch the caller's table format (Xen's `gnttab_set_version`).
    fn set_version(&mut self, ctx: &Ctx, req: &SetVersionReq) -> Result<VersionReply, Errno> {
        let g = self.caller(ctx)?;
        let mut g = g.table_mut();
        let v = req.version;
        if v != 1 && v != 2 {
            return Err(Errno::EINVAL);
        }
        if v > g.max_version {
            // Xen: "behave as before set_version was introduced".
            return Err(Errno::ENOSYS);
        }
        if g.version == v {
            return Ok(VersionReply { version: v });
        }
        if g.entries
            .iter()
            .skip(NR_RESERVED_ENTRIES)
            .any(|e| e.pin() != 0)
        {
            return Err(Errno::EBUSY);
        }
        if g.version == 2 {
            let unfit = g.entries.iter().take(NR_RESERVED_ENTRIES).any(|e| {
                let ty = e.flags & GTF_TYPE_MASK;
                ty == GTF_TRANSITIVE || (ty == GTF_PERMIT_ACCESS && e.frame >> 32 != 0)
            });
            if unfit {
                return Err(Errno::ERANGE);
            }
        }
        let mut reserved: [Entry; NR_RESERVED_ENTRIES] = Default::default();
        for (r, e) in reserved.iter_mut().zip(g.entries.iter()) {
            // Version 2 keeps only full-page grants of the reserved entries (Xen clears others).
            if g.version == 1 || e.flags & GTF_TYPE_MASK == GTF_PERMIT_ACCESS {
                *r = e.clone();
            }
        }
        g.entries.clear();
        g.version = v;
        g.fit();
        for (e, r) in g.entries.iter_mut().zip(reserved) {
            *e = r;
        }
        Ok(VersionReply { version: v })
    }

    /// List the first `nr_frames` status frames of `dom`'s (version-2) table.
    fn get_status_frames(&mut self, ctx: &Ctx, req: &FramesReq) -> Result<FramesReply<'_>, Errno> {
        let status = self.frames(ctx, req, false)?;
        Ok(frames_reply(status, &self.frames))
    }

    /// The table format of `dom` (`ESRCH`: no such domain, `EPERM`: another domain's table
    /// and the caller is not privileged).
    fn get_version(&mut self, ctx: &Ctx, req: &DomReq) -> Result<VersionReply, Errno> {
        let target = self.dir.target(ctx, req.dom)?;
        let g = self.dir.grants(target).ok_or(Errno::ESRCH)?;
        let version = g.table().version;
        Ok(VersionReply { version })
    }

    /// Swap two entries of the caller's table (`eagain` while either is in use).
    fn swap_grant_ref(&mut self, ctx: &Ctx, req: &SwapReq) -> Result<StatusReply, Errno> {
        let g = self.caller(ctx)?;
        let mut g = g.table_mut();
        let (a, b) = (req.ref_a as usize, req.ref_b as usize);
        let status = match (g.entries.get(a), g.entries.get(b)) {
            (None, _) | (_, None) => Gntst::BAD_GNTREF,
            _ if a == b => Gntst::OKAY,
            (Some(x), Some(y)) if x.pin() != 0 || y.pin() != 0 => Gntst::EAGAIN,
            _ => {
                g.entries.swap(a, b);
                Gntst::OKAY
            }
        };
        Ok(StatusReply { status })
    }
}

/// The model serves every grant op through `Serving`, as the engine does without the
/// host lock (the frame lists of the last reply are kept in the model).
impl Backend for Hypervisor {
    fn map_grant_ref(
        &mut self,
        ctx: &Ctx,
        req: &MapReq<'_>,
        out: &mut dyn FnMut(MapReplyEntry) -> Result<(), Errno>,
    ) -> Result<(), Errno> {
        Serving::new(self.directory()).map_grant_ref(ctx, req, out)
    }

    fn unmap_grant_ref(
        &mut self,
        ctx: &Ctx,
        req: &UnmapReq<'_>,
        out: &mut dyn FnMut(EntryResult) -> Result<(), Errno>,
    ) -> Result<(), Errno> {
        Serving::new(self.directory()).unmap_grant_ref(ctx, req, out)
    }

    fn setup_table(&mut self, ctx: &Ctx, req: &FramesReq) -> Result<FramesReply<'_>, Errno> {
        let mut s = Serving::new(self.directory());
        let status = s.frames(ctx, req, true)?;
        self.grant_frames = s.frames;
        Ok(frames_reply(status, &self.grant_frames))
    }

    fn copy(
        &mut self,
        ctx: &Ctx,
        req: &CopyReq<'_>,
        out: &mut dyn FnMut(EntryResult) -> Result<(), Errno>,
    ) -> Result<(), Errno> {
        Serving::new(self.directory()).copy(ctx, req, out)
    }

    fn query_size(&mut self, ctx: &Ctx, req: &DomReq) -> Result<QuerySizeReply, Errno> {
        Serving::new(self.directory()).query_size(ctx, req)
    }

    fn unmap_and_replace(
        &mut self,
        ctx: &Ctx,
        req: &UnmapAndReplaceReq,
    ) -> Result<StatusReply, Errno> {
        Serving::new(self.directory()).unmap_and_replace(ctx, req)
    }

    fn set_version(&mut self, ctx: &Ctx, req: &SetVersionReq) -> Result<VersionReply, Errno> {
        Serving::new(self.directory()).set_version(ctx, req)
    }

    fn get_status_frames(&mut self, ctx: &Ctx, req: &FramesReq) -> Result<FramesReply<'_>, Errno> {
        let mut s = Serving::new(self.directory());
        let status = s.frames(ctx, req, false)?;
        self.grant_frames = s.frames;
        Ok(frames_reply(status, &self.grant_frames))
    }

    fn get_version(&mut self, ctx: &Ctx, req: &DomReq) -> Result<VersionReply, Errno> {
        Serving::new(self.directory()).get_version(ctx, req)
    }

    fn swap_grant_ref(&mut self, ctx: &Ctx, req: &SwapReq) -> Result<StatusReply, Errno> {
        Serving::new(self.directory()).swap_grant_ref(ctx, req)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const DOM0: DomId = 0;
    /// The granting domain (a frontend).
    const FE: DomId = 1;
    /// The mapping domain (a backend).
    const BE: DomId = 2;
    /// A third guest.
    const OTHER: DomId = 3;
    const PAGES: u64 = 256;

    const RW: GntmapFlags = GntmapFlags::HOST_MAP;
    const RO: GntmapFlags = GntmapFlags(MAP_HOST | MAP_READONLY);

    fn guest() -> DomainConfig {
        DomainConfig {
            pages: PAGES,
            ..DomainConfig::default()
        }
    }

    fn hv() -> Hypervisor {
        crate::fixtures::with(0, crate::fixtures::control(), &[FE, BE, OTHER], guest())
    }

    use crate::fixtures::kernel as ctx;

    /// [`hv`] with entries of FE's table granted: (ref, grantee, frame, read-only).
    fn granted(grants: &[(u32, DomId, u64, bool)]) -> Hypervisor {
        let mut hv = hv();
        for &(gref, grantee, frame, readonly) in grants {
            hv.grant_access(FE, gref, grantee, frame, readonly).unwrap();
        }
        hv
    }

    /// [`hv`] with FE's refs `0..n` granted writable to BE, ref `r` at frame `r`.
    fn granted_to_be(n: u32) -> Hypervisor {
        let refs: Vec<_> = (0..n).map(|r| (r, BE, u64::from(r), false)).collect();
        granted(&refs)
    }

    fn addr(i: u64) -> u64 {
        (16 + i) * PAGE_SIZE
    }

    fn me(dom: DomId, r: u32, flags: GntmapFlags, host_addr: u64) -> MapEntry {
        MapEntry {
            dom,
            r#ref: r,
            flags,
            host_addr,
        }
    }

    /// The results `op` hands out for a batch of `n` entries: one per entry, in order.
    fn results<R>(
        n: usize,
        index: impl Fn(&R) -> u32,
        op: impl FnOnce(Out<'_, R>) -> Result<(), Errno>,
    ) -> Vec<R> {
        let mut v = Vec::new();
        op(&mut |r| {
            v.push(r);
            Ok(())
        })
        .unwrap();
        assert_eq!(v.len(), n, "one result per entry");
        for (i, r) in v.iter().enumerate() {
            assert_eq!(index(r) as usize, i, "results in order");
        }
        v
    }

    /// The statuses of entry results.
    fn statuses(rs: Vec<EntryResult>) -> Vec<Gntst> {
        rs.iter().map(|r| r.status).collect()
    }

    fn map(
        hv: &mut Hypervisor,
        caller: DomId,
        mode: MapMode,
        e: &[MapEntry],
    ) -> Vec<MapReplyEntry> {
        let form = MapReqForm::Batch {
            mode,
            entry: List::new(e),
        };
        let req = MapReq { form };
        results(
            e.len(),
            |r: &MapReplyEntry| r.index,
            |out| hv.map_grant_ref(&ctx(caller), &req, out),
        )
    }

    fn map1(hv: &mut Hypervisor, caller: DomId, e: MapEntry) -> MapReplyEntry {
        map(hv, caller, MapMode::INDEPENDENT, &[e])[0]
    }

    fn ue(handle: u32, host_addr: u64) -> UnmapEntry {
        UnmapEntry {
            host_addr,
            dev_bus_addr: 0,
            handle,
        }
    }

    /// Unmap the device part of `handle` mapped at frame `frame`.
    fn ue_dev(handle: u32, frame: u64) -> UnmapEntry {
        UnmapEntry {
            host_addr: 0,
            dev_bus_addr: frame << 12,
            handle,
        }
    }

    fn unmap(hv: &mut Hypervisor, caller: DomId, mode: BatchMode, e: &[UnmapEntry]) -> Vec<Gntst> {
        let form = UnmapReqForm::Batch {
            mode,
            entry: List::new(e),
        };
        let req = UnmapReq { form };
        statuses(results(
            e.len(),
            |r: &EntryResult| r.index,
            |out| hv.unmap_grant_ref(&ctx(caller), &req, out),
        ))
    }

    fn unmap1(hv: &mut Hypervisor, caller: DomId, e: UnmapEntry) -> Gntst {
        unmap(hv, caller, BatchMode::INDEPENDENT, &[e])[0]
    }

    fn copy(hv: &mut Hypervisor, caller: DomId, mode: BatchMode, e: &[CopyEntry]) -> Vec<Gntst> {
        let entry = List::new(e);
        let req = CopyReq { mode, entry };
        statuses(results(
            e.len(),
            |r: &EntryResult| r.index,
            |out| hv.copy(&ctx(caller), &req, out),
        ))
    }

    fn flags(hv: &Hypervisor, owner: DomId, gref: u32) -> u16 {
        hv.grant_status(owner, gref).unwrap().flags
    }

    fn status(r: &MapReplyEntry) -> Gntst {
        r.status
    }

    #[test]
    fn map_and_unmap_round_trip() {
        let mut hv = hv();
        hv.grant_access(FE, 5, BE, 40, false).unwrap();
        assert_eq!(flags(&hv, FE, 5), GTF_PERMIT_ACCESS);
        let r = map1(&mut hv, BE, me(FE, 5, RW, addr(0)));
        assert_eq!(r.status, Gntst::OKAY);
        let h = r.handle.unwrap();
        assert_eq!(r.dev_bus_addr, None, "no device mapping asked for");
        let m = hv.grant_mapping(BE, h).unwrap();
        assert_eq!(
            (m.owner, m.gref, m.frame, m.host_addr),
            (FE, 5, 40, addr(0))
        );
        let st = hv.grant_status(FE, 5).unwrap();
        assert_eq!(st.flags, GTF_PERMIT_ACCESS | GTF_READING | GTF_WRITING);
        assert_eq!(st.mappings, 1);
        assert_eq!(hv.domain(BE).unwrap().grant.mappings(), 1);

        assert_eq!(unmap1(&mut hv, BE, ue(h, addr(0))), Gntst::OKAY);
        assert_eq!(flags(&hv, FE, 5), GTF_PERMIT_ACCESS);
        assert_eq!(hv.grant_status(FE, 5).unwrap().mappings, 0);
        assert_eq!(hv.grant_mapping(BE, h), None);
        assert_eq!(hv.domain(BE).unwrap().grant.mappings(), 0);
    }

    #[test]
    fn single_form_is_one_entry() {
        let mut hv = hv();
        hv.grant_access(FE, 1, BE, 7, false).unwrap();
        let mut got = Vec::new();
        let req = MapReq {
            form: MapReqForm::Single {
                dom: FE,
                r#ref: 1,
                flags: RW,
                host_addr: addr(0),
            },
        };
        hv.map_grant_ref(&ctx(BE), &req, &mut |r| {
            got.push(r);
            Ok(())
        })
        .unwrap();
        assert_eq!(got.len(), 1);
        assert_eq!(got[0].status, Gntst::OKAY);
        let mut st = Vec::new();
        let req = UnmapReq {
            form: UnmapReqForm::Single {
                host_addr: addr(0),
                dev_bus_addr: 0,
                handle: got[0].handle.unwrap(),
            },
        };
        hv.unmap_grant_ref(&ctx(BE), &req, &mut |r| {
            st.push(r.status);
            Ok(())
        })
        .unwrap();
        assert_eq!(st, [Gntst::OKAY]);
    }

    #[test]
    fn map_statuses() {
        let mut hv = granted(&[
            (1, BE, 10, false),
            (2, OTHER, 11, false),
            (3, BE, 12, true),
            (4, BE, PAGES, false), // frame outside FE's RAM
        ]);
        let nr = hv.domain(FE).unwrap().grant.nr_entries();
        let cases: &[(MapEntry, Gntst, &str)] = &[
            (
                me(FE, 1, GntmapFlags(0), addr(0)),
                Gntst::BAD_GNTREF,
                "neither host nor device map",
            ),
            (
                me(FE, 1, GntmapFlags::READONLY, addr(0)),
                Gntst::BAD_GNTREF,
                "readonly alone",
            ),
            (
                me(FE, 1, GntmapFlags(MAP_HOST | MAP_CONTAINS_PTE), addr(0)),
                Gntst::GENERAL_ERROR,
                "contains_pte",
            ),
            (me(9, 1, RW, addr(0)), Gntst::BAD_DOMAIN, "no domain 9"),
            (
                me(DOMID_SELF, 1, RW, addr(0)),
                Gntst::BAD_DOMAIN,
                "DOMID_SELF is no granting domain",
            ),
            (
                me(FE, nr, RW, addr(0)),
                Gntst::BAD_GNTREF,
                "ref beyond the table",
            ),
            (me(FE, u32::MAX, RW, addr(0)), Gntst::BAD_GNTREF, "huge ref"),
            (
                me(FE, 2, RW, addr(0)),
                Gntst::GENERAL_ERROR,
                "granted to another domain",
            ),
            (
                me(FE, 9, RW, addr(0)),
                Gntst::GENERAL_ERROR,
                "entry not granted at all",
            ),
            (
                me(FE, 3, RW, addr(0)),
                Gntst::GENERAL_ERROR,
                "read-only grant mapped writable",
            ),
            (
                me(FE, 4, RW, addr(0)),
                Gntst::BAD_PAGE,
                "granted frame outside the owner's RAM",
            ),
            (
                me(FE, 1, RW, addr(0) + 8),
                Gntst::BAD_VIRT_ADDR,
                "host_addr not page aligned",
            ),
            (
                me(FE, 1, RW, PAGES * PAGE_SIZE),
                Gntst::BAD_VIRT_ADDR,
                "host_addr outside the caller's RAM",
            ),
            (me(FE, 1, RW, 0), Gntst::BAD_VIRT_ADDR, "host_addr 0"),
            (
                me(FE, 1, RW, u64::MAX - 4095),
                Gntst::BAD_VIRT_ADDR,
                "huge host_addr",
            ),
            (
                me(FE, 3, RO, addr(0)),
                Gntst::OKAY,
                "read-only grant mapped read-only",
            ),
            (
                me(FE, 1, GntmapFlags::DEVICE_MAP, 0),
                Gntst::OKAY,
                "device map needs no host_addr",
            ),
        ];
        for (e, want, why) in cases {
            assert_eq!(map1(&mut hv, BE, *e).status, *want, "{why}");
        }
        // Nothing that failed left a mapping behind.
        assert_eq!(hv.domain(BE).unwrap().grant.mappings(), 2);
        assert_eq!(flags(&hv, FE, 2), GTF_PERMIT_ACCESS);
        assert_eq!(flags(&hv, FE, 4), GTF_PERMIT_ACCESS);
    }

    #[test]
    fn maptrack_full_is_no_space_and_comes_before_the_ref_check() {
        let mut hv = hv();
        hv.create_domain(
            5,
            DomainConfig {
                max_maptrack: 2,
                ..guest()
            },
        )
        .unwrap();
        for r in 0..3 {
            hv.grant_access(FE, r, 5, u64::from(r), false).unwrap();
        }
        let rs = map(
            &mut hv,
            5,
            MapMode::INDEPENDENT,
            &[
                me(FE, 0, RW, addr(0)),
                me(FE, 1, RW, addr(1)),
                me(FE, 2, RW, addr(2)),
            ],
        );
        assert_eq!(
            rs.iter().map(status).collect::<Vec<_>>(),
            [Gntst::OKAY, Gntst::OKAY, Gntst::NO_SPACE]
        );
        assert_eq!(Gntst::NO_SPACE.0, -13);
        // Xen takes the handle before it looks at the ref.
        assert_eq!(
            map1(&mut hv, 5, me(FE, 99_999, RW, addr(3))).status,
            Gntst::NO_SPACE
        );
        // The domain is checked first, though.
        assert_eq!(
            map1(&mut hv, 5, me(42, 0, RW, addr(3))).status,
            Gntst::BAD_DOMAIN
        );
        // A freed handle makes room again.
        assert_eq!(
            unmap1(&mut hv, 5, ue(rs[0].handle.unwrap(), addr(0))),
            Gntst::OKAY
        );
        assert_eq!(map1(&mut hv, 5, me(FE, 2, RW, addr(2))).status, Gntst::OKAY);
        // A domain without maptrack cannot map at all.
        hv.create_domain(
            6,
            DomainConfig {
                max_maptrack: 0,
                ..guest()
            },
        )
        .unwrap();
        hv.grant_access(FE, 7, 6, 1, false).unwrap();
        assert_eq!(
            map1(&mut hv, 6, me(FE, 7, RW, addr(0))).status,
            Gntst::NO_SPACE
        );
    }

    #[test]
    fn unmap_statuses() {
        let mut hv = granted(&[
            (1, BE, 10, false),
            (2, OTHER, 11, false),
            (3, BE, 12, false),
        ]);
        let h = map1(&mut hv, BE, me(FE, 1, RW, addr(0))).handle.unwrap();
        let hd = map1(&mut hv, BE, me(FE, 3, GntmapFlags::DEVICE_MAP, 0))
            .handle
            .unwrap();
        // OTHER holds handles 0..=2; BE holds 0 and 1: OTHER's handle 2 means nothing to BE.
        let foreign = map(
            &mut hv,
            OTHER,
            MapMode::INDEPENDENT,
            &[
                me(FE, 2, RW, addr(0)),
                me(FE, 2, RW, addr(1)),
                me(FE, 2, RW, addr(2)),
            ],
        )[2]
        .handle
        .unwrap();
        assert!(hv.grant_mapping(BE, foreign).is_none());

        assert_eq!(
            unmap1(&mut hv, BE, ue(12345, addr(0))),
            Gntst::BAD_HANDLE,
            "never allocated"
        );
        assert_eq!(
            unmap1(&mut hv, BE, ue(u32::MAX, addr(0))),
            Gntst::BAD_HANDLE,
            "huge handle"
        );
        assert_eq!(
            unmap1(&mut hv, BE, ue(foreign, addr(0))),
            Gntst::BAD_HANDLE,
            "another domain's handle"
        );
        assert_eq!(
            unmap1(&mut hv, BE, ue(h, addr(1))),
            Gntst::GENERAL_ERROR,
            "host_addr does not match"
        );
        let bad_dev = ue_dev(hd, 13);
        assert_eq!(
            unmap1(&mut hv, BE, bad_dev),
            Gntst::BAD_DEV_ADDR,
            "dev_bus_addr does not match"
        );
        // Both addresses zero: Xen ignores both parts, the mapping stays.
        assert_eq!(unmap1(&mut hv, BE, ue(h, 0)), Gntst::OKAY);
        assert!(hv.grant_mapping(BE, h).is_some());
        assert_eq!(unmap1(&mut hv, BE, ue(h, addr(0))), Gntst::OKAY);
        assert_eq!(
            unmap1(&mut hv, BE, ue(h, addr(0))),
            Gntst::BAD_HANDLE,
            "already unmapped"
        );
        let dev = ue_dev(hd, 12);
        assert_eq!(unmap1(&mut hv, BE, dev), Gntst::OKAY);
        assert_eq!(flags(&hv, FE, 3), GTF_PERMIT_ACCESS);
        // The foreign mapping is untouched.
        assert!(hv.grant_mapping(OTHER, foreign).is_some());
        assert_eq!(
            flags(&hv, FE, 2),
            GTF_PERMIT_ACCESS | GTF_READING | GTF_WRITING
        );
    }

    #[test]
    fn device_and_host_parts_unmap_separately() {
        let mut hv = hv();
        hv.grant_access(FE, 1, BE, 33, false).unwrap();
        let both = GntmapFlags(MAP_HOST | MAP_DEVICE);
        let r = map1(&mut hv, BE, me(FE, 1, both, addr(3)));
        assert_eq!(r.status, Gntst::OKAY);
        assert_eq!(r.dev_bus_addr, Some(33 << 12));
        let h = r.handle.unwrap();
        // Remove the host part: the device part keeps the grant in use.
        assert_eq!(unmap1(&mut hv, BE, ue(h, addr(3))), Gntst::OKAY);
        let m = hv.grant_mapping(BE, h).unwrap();
        assert_eq!(m.flags.0 & (MAP_HOST | MAP_DEVICE), MAP_DEVICE);
        assert_eq!(
            flags(&hv, FE, 1),
            GTF_PERMIT_ACCESS | GTF_READING | GTF_WRITING
        );
        assert_eq!(hv.end_access(FE, 1), Err(Errno::EBUSY));
        let dev = ue_dev(h, 33);
        assert_eq!(unmap1(&mut hv, BE, dev), Gntst::OKAY);
        assert_eq!(hv.grant_mapping(BE, h), None);
        assert_eq!(flags(&hv, FE, 1), GTF_PERMIT_ACCESS);
        assert_eq!(hv.end_access(FE, 1), Ok(()));
    }

    #[test]
    fn owner_sees_in_use_bits_and_end_access_waits_for_unmap() {
        let mut hv = hv();
        hv.grant_access(FE, 8, BE, 50, false).unwrap();
        let h = map1(&mut hv, BE, me(FE, 8, RW, addr(0))).handle.unwrap();
        assert_eq!(
            flags(&hv, FE, 8) & (GTF_READING | GTF_WRITING),
            GTF_READING | GTF_WRITING
        );
        assert_eq!(hv.end_access(FE, 8), Err(Errno::EBUSY));
        assert_eq!(
            hv.grant_access(FE, 8, OTHER, 51, false),
            Err(Errno::EBUSY),
            "in use"
        );
        assert_eq!(hv.grant_status(FE, 8).unwrap().frame, 50, "unchanged");
        assert_eq!(unmap1(&mut hv, BE, ue(h, addr(0))), Gntst::OKAY);
        assert_eq!(hv.end_access(FE, 8), Ok(()));
        assert_eq!(flags(&hv, FE, 8), GTF_INVALID);
        assert_eq!(hv.end_access(FE, 8), Ok(()), "ending twice is harmless");
        // Once ended, the grantee can no longer map it.
        assert_eq!(
            map1(&mut hv, BE, me(FE, 8, RW, addr(0))).status,
            Gntst::GENERAL_ERROR
        );
        // Owner API errors.
        assert_eq!(hv.end_access(9, 0), Err(Errno::ESRCH));
        assert_eq!(hv.end_access(FE, u32::MAX), Err(Errno::EINVAL));
        assert_eq!(hv.grant_status(FE, u32::MAX), None);
        assert_eq!(hv.grant_status(9, 0), None);
        assert_eq!(hv.grant_access(9, 0, BE, 1, false), Err(Errno::ESRCH));
    }

    #[test]
    fn readonly_grants() {
        let mut hv = hv();
        hv.grant_access(FE, 1, BE, 20, true).unwrap();
        hv.grant_access(FE, 2, BE, 21, false).unwrap();
        assert_eq!(flags(&hv, FE, 1), GTF_PERMIT_ACCESS | GTF_READONLY);
        // Read-only grant: read-only maps only; GTF_writing never set.
        let h = map1(&mut hv, BE, me(FE, 1, RO, addr(0))).handle.unwrap();
        assert_eq!(
            flags(&hv, FE, 1),
            GTF_PERMIT_ACCESS | GTF_READONLY | GTF_READING
        );
        assert_eq!(
            map1(&mut hv, BE, me(FE, 1, RW, addr(1))).status,
            Gntst::GENERAL_ERROR
        );
        assert_eq!(unmap1(&mut hv, BE, ue(h, addr(0))), Gntst::OKAY);
        // Writable grant mapped read-only, then writable too: both bits; the writing bit goes
        // with the last writable mapping, the reading bit with the last mapping.
        let ro = map1(&mut hv, BE, me(FE, 2, RO, addr(0))).handle.unwrap();
        assert_eq!(flags(&hv, FE, 2), GTF_PERMIT_ACCESS | GTF_READING);
        let rw = map1(&mut hv, BE, me(FE, 2, RW, addr(1))).handle.unwrap();
        assert_eq!(
            flags(&hv, FE, 2),
            GTF_PERMIT_ACCESS | GTF_READING | GTF_WRITING
        );
        assert_eq!(hv.grant_status(FE, 2).unwrap().mappings, 2);
        assert_eq!(unmap1(&mut hv, BE, ue(rw, addr(1))), Gntst::OKAY);
        assert_eq!(flags(&hv, FE, 2), GTF_PERMIT_ACCESS | GTF_READING);
        assert_eq!(unmap1(&mut hv, BE, ue(ro, addr(0))), Gntst::OKAY);
        assert_eq!(flags(&hv, FE, 2), GTF_PERMIT_ACCESS);
    }

    #[test]
    fn pin_counters_refuse_one_pin_too_many_of_a_kind() {
        let mut hv = hv();
        hv.grant_access(FE, 1, BE, 20, false).unwrap();
        let max = MAX_PINS_PER_KIND;
        assert_eq!(max, 32768);
        let rw: Vec<MapEntry> = (0..1024).map(|i| me(FE, 1, RW, addr(i % 200))).collect();
        for _ in 0..max / 1024 {
            assert!(map(&mut hv, BE, MapMode::INDEPENDENT, &rw)
                .iter()
                .all(|r| r.status == Gntst::OKAY));
        }
        assert_eq!(
            map1(&mut hv, BE, me(FE, 1, RW, addr(0))).status,
            Gntst::GENERAL_ERROR
        );
        // Other counters are independent (Xen checks only the ones it increments).
        assert_eq!(
            map1(&mut hv, BE, me(FE, 1, RO, addr(0))).status,
            Gntst::OKAY
        );
        let st = hv.grant_status(FE, 1).unwrap();
        assert_eq!(st.mappings, max + 1);
        assert_eq!(st.flags, GTF_PERMIT_ACCESS | GTF_READING | GTF_WRITING);
    }

    #[test]
    fn handles_are_unique_while_live_and_reused_after_unmap() {
        let mut hv = hv();
        let entries: Vec<MapEntry> = (0..64u32)
            .map(|r| {
                hv.grant_access(FE, r, BE, u64::from(r), false).unwrap();
                me(FE, r, RW, addr(u64::from(r)))
            })
            .collect();
        let rs = map(&mut hv, BE, MapMode::INDEPENDENT, &entries);
        let mut hs: Vec<u32> = rs.iter().map(|r| r.handle.unwrap()).collect();
        hs.sort_unstable();
        hs.dedup();
        assert_eq!(hs.len(), 64, "no handle twice");
        // Free the first 10, map 10 more: the freed handles come back, still no duplicates.
        let freed: Vec<u32> = rs[..10].iter().map(|r| r.handle.unwrap()).collect();
        let un: Vec<UnmapEntry> = rs[..10]
            .iter()
            .enumerate()
            .map(|(i, r)| ue(r.handle.unwrap(), addr(i as u64)))
            .collect();
        assert!(unmap(&mut hv, BE, BatchMode::INDEPENDENT, &un)
            .iter()
            .all(|s| *s == Gntst::OKAY));
        let again = map(&mut hv, BE, MapMode::INDEPENDENT, &entries[..10]);
        let mut reused: Vec<u32> = again.iter().map(|r| r.handle.unwrap()).collect();
        reused.sort_unstable();
        let mut f = freed.clone();
        f.sort_unstable();
        assert_eq!(
            reused, f,
            "freed handles are reused before new ones are made"
        );
        let mut live: Vec<u32> = rs[10..]
            .iter()
            .chain(again.iter())
            .map(|r| r.handle.unwrap())
            .collect();
        live.sort_unstable();
        live.dedup();
        assert_eq!(live.len(), 64);
    }

    #[test]
    fn ordered_mode_stops_at_the_first_failure() {
        let mut hv = granted_to_be(4);
        let rs = map(
            &mut hv,
            BE,
            MapMode::ORDERED,
            &[
                me(FE, 0, RW, addr(0)),
                me(FE, 9, RW, addr(1)), // not granted
                me(FE, 2, RW, addr(2)),
                me(FE, 3, RW, addr(3)),
            ],
        );
        assert_eq!(
            rs.iter().map(status).collect::<Vec<_>>(),
            [
                Gntst::OKAY,
                Gntst::GENERAL_ERROR,
                Gntst::CANCELLED,
                Gntst::CANCELLED
            ]
        );
        assert!(rs[2].handle.is_none());
        assert_eq!(Gntst::CANCELLED.0, -128);
        assert_eq!(
            hv.domain(BE).unwrap().grant.mappings(),
            1,
            "the first stays mapped"
        );
        assert_eq!(flags(&hv, FE, 2), GTF_PERMIT_ACCESS, "not attempted");
        // Unmap, ordered.
        let h0 = rs[0].handle.unwrap();
        let both = [ue(777, addr(0)), ue(h0, addr(0))];
        let st = unmap(&mut hv, BE, BatchMode::ORDERED, &both);
        assert_eq!(st, [Gntst::BAD_HANDLE, Gntst::CANCELLED]);
        assert!(
            hv.grant_mapping(BE, h0).is_some(),
            "cancelled: still mapped"
        );
        let st = unmap(&mut hv, BE, BatchMode::INDEPENDENT, &both);
        assert_eq!(st, [Gntst::BAD_HANDLE, Gntst::OKAY]);
    }

    #[test]
    fn atomic_mode_is_all_or_nothing() {
        let mut hv = granted_to_be(4);
        let bad = [
            me(FE, 0, RW, addr(0)),
            me(FE, 1, RW, addr(1)),
            me(FE, 2, RW, addr(2) + 1), // misaligned
            me(FE, 3, RW, addr(3)),
        ];
        let rs = map(&mut hv, BE, MapMode::ATOMIC, &bad);
        assert_eq!(
            rs.iter().map(status).collect::<Vec<_>>(),
            [
                Gntst::CANCELLED,
                Gntst::CANCELLED,
                Gntst::BAD_VIRT_ADDR,
                Gntst::CANCELLED
            ]
        );
        assert!(rs
            .iter()
            .all(|r| r.handle.is_none() && r.dev_bus_addr.is_none()));
        assert_eq!(hv.domain(BE).unwrap().grant.mappings(), 0, "rolled back");
        for r in 0..4 {
            let st = hv.grant_status(FE, r).unwrap();
            assert_eq!(
                (st.flags, st.mappings),
                (GTF_PERMIT_ACCESS, 0),
                "no in-use bit left on {r}"
            );
        }
        // All good: all mapped, in order.
        let good = [
            me(FE, 0, RW, addr(0)),
            me(FE, 1, RO, addr(1)),
            me(FE, 0, RO, addr(2)),
        ];
        let rs = map(&mut hv, BE, MapMode::ATOMIC, &good);
        assert!(rs
            .iter()
            .all(|r| r.status == Gntst::OKAY && r.handle.is_some()));
        assert_eq!(hv.domain(BE).unwrap().grant.mappings(), 3);
        // A failing batch that maps the same ref twice undoes both pins.
        let twice = [
            me(FE, 2, RW, addr(5)),
            me(FE, 2, RO, addr(6)),
            me(FE, 9, RW, addr(7)),
        ];
        let rs = map(&mut hv, BE, MapMode::ATOMIC, &twice);
        assert_eq!(rs[2].status, Gntst::GENERAL_ERROR);
        assert_eq!(flags(&hv, FE, 2), GTF_PERMIT_ACCESS);
        assert_eq!(hv.domain(BE).unwrap().grant.mappings(), 3);
        // Failure on the very first entry: nothing to undo.
        let rs = map(
            &mut hv,
            BE,
            MapMode::ATOMIC,
            &[me(77, 0, RW, addr(0)), me(FE, 3, RW, addr(3))],
        );
        assert_eq!(
            rs.iter().map(status).collect::<Vec<_>>(),
            [Gntst::BAD_DOMAIN, Gntst::CANCELLED]
        );
    }

    #[test]
    fn unknown_modes_are_refused() {
        let mut hv = hv();
        let e = [me(FE, 0, RW, addr(0))];
        let req = MapReq {
            form: MapReqForm::Batch {
                mode: MapMode(9),
                entry: List::new(&e),
            },
        };
        let mut n = 0;
        assert_eq!(
            hv.map_grant_ref(&ctx(BE), &req, &mut |_| {
                n += 1;
                Ok(())
            }),
            Err(Errno::EINVAL)
        );
        let u = [ue(0, 0)];
        let req = UnmapReq {
            form: UnmapReqForm::Batch {
                mode: BatchMode(2),
                entry: List::new(&u),
            },
        };
        assert_eq!(
            hv.unmap_grant_ref(&ctx(BE), &req, &mut |_| {
                n += 1;
                Ok(())
            }),
            Err(Errno::EINVAL)
        );
        assert_eq!(n, 0);
        // A caller that is no domain.
        let req = MapReq {
            form: MapReqForm::Batch {
                mode: MapMode::INDEPENDENT,
                entry: List::new(&e),
            },
        };
        assert_eq!(
            hv.map_grant_ref(&ctx(40), &req, &mut |_| Ok(())),
            Err(Errno::ESRCH)
        );
    }

    #[test]
    fn out_errors_stop_the_batch() {
        let mut hv = granted_to_be(3);
        let e = [
            me(FE, 0, RW, addr(0)),
            me(FE, 1, RW, addr(1)),
            me(FE, 2, RW, addr(2)),
        ];
        let req = MapReq {
            form: MapReqForm::Batch {
                mode: MapMode::INDEPENDENT,
                entry: List::new(&e),
            },
        };
        let mut n = 0;
        let res = hv.map_grant_ref(&ctx(BE), &req, &mut |_| {
            n += 1;
            if n == 2 {
                Err(Errno::ENOSPC)
            } else {
                Ok(())
            }
        });
        assert_eq!(res, Err(Errno::ENOSPC));
        assert_eq!(
            hv.domain(BE).unwrap().grant.mappings(),
            2,
            "the third was never run"
        );
        // The maptrack went back to its domain.
        assert_eq!(
            map1(&mut hv, BE, me(FE, 2, RW, addr(2))).status,
            Gntst::OKAY
        );
    }

    #[test]
    fn batch_of_1024_maps_and_unmaps() {
        let mut hv = hv();
        let entries: Vec<MapEntry> = (0..1024u32)
            .map(|r| {
                hv.grant_access(FE, r, BE, u64::from(r % 200), r % 3 == 0)
                    .unwrap();
                let f = if r % 3 == 0 { RO } else { RW };
                me(FE, r, f, addr(u64::from(r % 200)))
            })
            .collect();
        assert_eq!(
            hv.domain(FE).unwrap().grant.nr_frames(),
            2,
            "grown for ref 1023"
        );
        for _ in 0..3 {
            let rs = map(&mut hv, BE, MapMode::ATOMIC, &entries);
            assert!(rs.iter().all(|r| r.status == Gntst::OKAY));
            let un: Vec<UnmapEntry> = rs
                .iter()
                .zip(&entries)
                .map(|(r, e)| ue(r.handle.unwrap(), e.host_addr))
                .collect();
            assert!(unmap(&mut hv, BE, BatchMode::INDEPENDENT, &un)
                .iter()
                .all(|s| *s == Gntst::OKAY));
            assert_eq!(hv.domain(BE).unwrap().grant.mappings(), 0);
        }
        assert!((0..1024).all(|r| flags(&hv, FE, r) & (GTF_READING | GTF_WRITING) == 0));
    }

    #[test]
    fn grant_access_grows_the_table_within_limits() {
        let mut hv = hv();
        let g = &hv.domain(FE).unwrap().grant;
        assert_eq!(
            (g.nr_frames(), g.max_frames(), g.nr_entries()),
            (1, 64, 512)
        );
        hv.grant_access(FE, 512 * 10, BE, 1, false).unwrap();
        assert_eq!(hv.domain(FE).unwrap().grant.nr_frames(), 11);
        assert_eq!(
            hv.grant_access(FE, 512 * 64, BE, 1, false),
            Err(Errno::ENOSPC)
        );
        assert_eq!(
            hv.grant_access(FE, u32::MAX, BE, 1, false),
            Err(Errno::ENOSPC)
        );
        assert_eq!(
            hv.grant_access(FE, 1, BE, 1 << 32, false),
            Err(Errno::ERANGE),
            "v1 frames are 32-bit"
        );
        assert_eq!(
            hv.domain(FE).unwrap().grant.nr_frames(),
            11,
            "failed calls grow nothing"
        );
        // A domain with no grant frames at all.
        hv.create_domain(
            7,
            DomainConfig {
                max_grant_frames: 0,
                ..guest()
            },
        )
        .unwrap();
        assert_eq!(hv.domain(7).unwrap().grant.nr_entries(), 0);
        assert_eq!(hv.grant_access(7, 0, BE, 1, false), Err(Errno::ENOSPC));
        assert_eq!(
            map1(&mut hv, BE, me(7, 0, RW, addr(0))).status,
            Gntst::BAD_GNTREF
        );
    }

    fn setup(hv: &mut Hypervisor, caller: DomId, dom: DomId, nr: u32) -> (Gntst, Vec<u64>) {
        let r = hv
            .setup_table(&ctx(caller), &FramesReq { dom, nr_frames: nr })
            .unwrap();
        (r.status, r.frame.iter().collect())
    }

    fn status_frames(hv: &mut Hypervisor, caller: DomId, dom: DomId, nr: u32) -> (Gntst, Vec<u64>) {
        let r = hv
            .get_status_frames(&ctx(caller), &FramesReq { dom, nr_frames: nr })
            .unwrap();
        (r.status, r.frame.iter().collect())
    }

    fn query(hv: &mut Hypervisor, caller: DomId, dom: DomId) -> QuerySizeReply {
        hv.query_size(&ctx(caller), &DomReq { dom }).unwrap()
    }

    #[test]
    fn setup_table_statuses_and_stable_frames() {
        let mut hv = hv();
        let (st, frames) = setup(&mut hv, FE, DOMID_SELF, 4);
        assert_eq!(st, Gntst::OKAY);
        assert_eq!(
            frames,
            [PAGES, PAGES + 1, PAGES + 2, PAGES + 3],
            "just above RAM"
        );
        assert_eq!(hv.domain(FE).unwrap().grant.nr_entries(), 4 * 512);
        // Asking for fewer lists the first ones and shrinks nothing; the frames are stable.
        assert_eq!(
            setup(&mut hv, FE, FE, 2),
            (Gntst::OKAY, vec![PAGES, PAGES + 1])
        );
        assert_eq!(hv.domain(FE).unwrap().grant.nr_frames(), 4);
        assert_eq!(
            setup(&mut hv, FE, DOMID_SELF, 64).0,
            Gntst::OKAY,
            "up to the limit"
        );
        assert_eq!(
            setup(&mut hv, FE, DOMID_SELF, 65),
            (Gntst::GENERAL_ERROR, vec![]),
            "beyond max_grant_frames"
        );
        assert_eq!(
            setup(&mut hv, FE, DOMID_SELF, u32::MAX).0,
            Gntst::GENERAL_ERROR
        );
        assert_eq!(setup(&mut hv, FE, 9, 1), (Gntst::BAD_DOMAIN, vec![]));
        assert_eq!(
            setup(&mut hv, FE, BE, 2),
            (Gntst::PERMISSION_DENIED, vec![]),
            "a guest cannot set up another's table"
        );
        assert_eq!(hv.domain(BE).unwrap().grant.nr_frames(), 1);
        assert_eq!(setup(&mut hv, DOM0, BE, 2).0, Gntst::OKAY, "dom0 can");
        assert_eq!(hv.domain(BE).unwrap().grant.nr_frames(), 2);
        assert_eq!(
            hv.setup_table(
                &ctx(40),
                &FramesReq {
                    dom: DOMID_SELF,
                    nr_frames: 1
                }
            )
            .err(),
            Some(Errno::ESRCH)
        );
    }

    #[test]
    fn query_size_statuses() {
        let mut hv = hv();
        let r = query(&mut hv, FE, DOMID_SELF);
        assert_eq!(
            (r.status, r.nr_frames, r.max_nr_frames),
            (Gntst::OKAY, Some(1), Some(64))
        );
        assert_eq!(query(&mut hv, FE, 9).status, Gntst::BAD_DOMAIN);
        let r = query(&mut hv, FE, BE);
        assert_eq!(
            (r.status, r.nr_frames),
            (Gntst::PERMISSION_DENIED, None),
            "a guest cannot query another's table"
        );
        setup(&mut hv, DOM0, BE, 3);
        let r = query(&mut hv, DOM0, BE);
        assert_eq!(
            (r.status, r.nr_frames, r.max_nr_frames),
            (Gntst::OKAY, Some(3), Some(64)),
            "dom0 can"
        );
    }

    #[test]
    fn copy_statuses() {
        let mut hv = granted(&[
            (1, BE, 10, false),
            (2, BE, 11, true),
            (3, OTHER, 12, false),
            (4, BE, PAGES + 5, false),
        ]);
        let src_gref = GntcopyFlags::SOURCE_GREF;
        let dst_gref = GntcopyFlags::DEST_GREF;
        // From FE's grant `sr` to BE's own frame, and back.
        let from = |sr: u32, gfn: u64, len: u16| CopyEntry {
            source_ref: Some(sr),
            source_gfn: None,
            source_dom: FE,
            source_offset: 0,
            dest_ref: None,
            dest_gfn: Some(gfn),
            dest_dom: DOMID_SELF,
            dest_offset: 0,
            len,
            flags: src_gref,
        };
        let to = |dr: u32, gfn: u64| CopyEntry {
            source_ref: None,
            source_gfn: Some(gfn),
            source_dom: DOMID_SELF,
            source_offset: 0,
            dest_ref: Some(dr),
            dest_gfn: None,
            dest_dom: FE,
            dest_offset: 0,
            len: 100,
            flags: dst_gref,
        };
        let cases: &[(CopyEntry, Gntst, &str)] = &[
            (from(1, 5, 4096), Gntst::OKAY, "grant to own frame"),
            (to(1, 5), Gntst::OKAY, "own frame to grant"),
            (from(2, 5, 10), Gntst::OKAY, "read-only grant as source"),
            (
                to(2, 5),
                Gntst::GENERAL_ERROR,
                "read-only grant as destination",
            ),
            (
                CopyEntry {
                    dest_dom: BE,
                    ..from(1, 5, 8)
                },
                Gntst::PERMISSION_DENIED,
                "frame of a domain named by id",
            ),
            (
                CopyEntry {
                    source_dom: 9,
                    ..from(1, 5, 8)
                },
                Gntst::BAD_DOMAIN,
                "no such source domain",
            ),
            (
                CopyEntry {
                    dest_dom: 9,
                    ..to(1, 5)
                },
                Gntst::BAD_DOMAIN,
                "no such destination domain",
            ),
            (
                from(5000, 5, 8),
                Gntst::BAD_GNTREF,
                "source ref beyond the table",
            ),
            (
                CopyEntry {
                    source_ref: None,
                    ..from(1, 5, 8)
                },
                Gntst::BAD_GNTREF,
                "source ref missing",
            ),
            (
                from(3, 5, 8),
                Gntst::GENERAL_ERROR,
                "granted to another domain",
            ),
            (from(7, 5, 8), Gntst::GENERAL_ERROR, "not granted"),
            (
                from(4, 5, 8),
                Gntst::BAD_PAGE,
                "granted frame outside the owner's RAM",
            ),
            (from(1, PAGES, 8), Gntst::BAD_PAGE, "own frame outside RAM"),
            (
                CopyEntry {
                    dest_gfn: None,
                    ..from(1, 5, 8)
                },
                Gntst::BAD_PAGE,
                "destination frame missing",
            ),
            (
                CopyEntry {
                    source_offset: 4000,
                    ..from(1, 5, 97)
                },
                Gntst::BAD_COPY_ARG,
                "source crosses the page",
            ),
            (
                CopyEntry {
                    dest_offset: 1,
                    ..from(1, 5, 4096)
                },
                Gntst::BAD_COPY_ARG,
                "destination crosses the page",
            ),
            (
                CopyEntry {
                    source_offset: u16::MAX,
                    ..from(1, 5, u16::MAX)
                },
                Gntst::BAD_COPY_ARG,
                "huge offsets",
            ),
            // Xen checks the grants before the bounds.
            (
                CopyEntry {
                    source_offset: 4000,
                    ..from(7, 5, 97)
                },
                Gntst::GENERAL_ERROR,
                "bad grant and bad bounds",
            ),
        ];
        let entries: Vec<CopyEntry> = cases.iter().map(|c| c.0).collect();
        let got = copy(&mut hv, BE, BatchMode::INDEPENDENT, &entries);
        for ((_, want, why), got) in cases.iter().zip(&got) {
            assert_eq!(got, want, "{why}");
        }
        assert_eq!(hv.domain(BE).unwrap().grant.copies(), (3, 4096 + 100 + 10));
        // Copies leave no pin behind.
        assert_eq!(flags(&hv, FE, 1), GTF_PERMIT_ACCESS);
        // Ordered: stop at the first failure.
        let got = copy(
            &mut hv,
            BE,
            BatchMode::ORDERED,
            &[from(1, 5, 1), to(2, 5), from(1, 5, 1)],
        );
        assert_eq!(got, [Gntst::OKAY, Gntst::GENERAL_ERROR, Gntst::CANCELLED]);
        // A grant mapped by its grantee can still be copied from; a grant pinned by one domain
        // cannot be copied by another (not its grantee anyway).
        let h = map1(&mut hv, BE, me(FE, 1, RO, addr(0))).handle.unwrap();
        assert_eq!(
            copy(
                &mut hv,
                BE,
                BatchMode::INDEPENDENT,
                &[from(1, 5, 8), to(1, 5)]
            ),
            [Gntst::OKAY, Gntst::OKAY]
        );
        assert_eq!(
            copy(&mut hv, OTHER, BatchMode::INDEPENDENT, &[from(1, 5, 8)]),
            [Gntst::GENERAL_ERROR]
        );
        assert_eq!(unmap1(&mut hv, BE, ue(h, addr(0))), Gntst::OKAY);
    }

    /// Take frames `from..` out of `dom`'s RAM, as a balloon-out of a granted page would (the
    /// model has no op for it): a pinned grant can then name a frame that is no longer RAM.
    fn shrink_ram(hv: &mut Hypervisor, dom: DomId, from: u64) {
        let d = hv.domain_mut(dom).unwrap();
        d.config.pages = from;
        d.grant.set_pages(from);
    }

    #[test]
    fn map_of_a_pinned_grant_does_not_look_its_frame_up_again() {
        let mut hv = hv();
        hv.grant_access(FE, 1, BE, 40, false).unwrap();
        hv.grant_access(FE, 2, BE, 41, false).unwrap();
        let ro = map1(&mut hv, BE, me(FE, 1, RO, addr(0))).handle.unwrap();
        shrink_ram(&mut hv, FE, 40);
        // Xen's map_grant_ref calls get_paged_frame only under `if ( !act->pin )`: the first
        // writable pin of a read-pinned entry reuses the frame found at the first pin.
        let rw = map1(&mut hv, BE, me(FE, 1, RW, addr(1)));
        assert_eq!(
            rw.status,
            Gntst::OKAY,
            "writable pin of a read-pinned grant"
        );
        assert_eq!(
            map1(&mut hv, BE, me(FE, 1, RO, addr(2))).status,
            Gntst::OKAY,
            "read-only pin of a pinned grant"
        );
        assert_eq!(
            map1(&mut hv, BE, me(FE, 2, RO, addr(3))).status,
            Gntst::BAD_PAGE,
            "a first pin looks the frame up"
        );
        assert_eq!(hv.grant_status(FE, 1).unwrap().mappings, 3);
        assert_eq!(unmap1(&mut hv, BE, ue(ro, addr(0))), Gntst::OKAY);
    }

    #[test]
    fn copy_into_a_read_pinned_grant_looks_its_frame_up_again() {
        let mut hv = hv();
        hv.grant_access(FE, 1, BE, 40, false).unwrap();
        hv.grant_access(FE, 2, BE, 41, false).unwrap();
        map1(&mut hv, BE, me(FE, 1, RO, addr(0))).handle.unwrap();
        map1(&mut hv, BE, me(FE, 2, RW, addr(1))).handle.unwrap();
        shrink_ram(&mut hv, FE, 40);
        let entry = |gref: u32, into_grant: bool| {
            let grant = (Some(gref), None, FE);
            let own = (None, Some(5), DOMID_SELF);
            let ((sr, sg, sd), (dr, dg, dd), flags) = if into_grant {
                (own, grant, GntcopyFlags::DEST_GREF)
            } else {
                (grant, own, GntcopyFlags::SOURCE_GREF)
            };
            CopyEntry {
                source_ref: sr,
                source_gfn: sg,
                source_dom: sd,
                source_offset: 0,
                dest_ref: dr,
                dest_gfn: dg,
                dest_dom: dd,
                dest_offset: 0,
                len: 8,
                flags,
            }
        };
        // Xen's acquire_grant_for_copy calls get_paged_frame whenever it updates the status
        // (a first pin, or the first writable pin of a read-pinned entry), not only for an
        // unpinned entry as map_grant_ref does.
        let got = copy(
            &mut hv,
            BE,
            BatchMode::INDEPENDENT,
            &[entry(1, true), entry(1, false), entry(2, true)],
        );
        assert_eq!(
            got,
            [Gntst::BAD_PAGE, Gntst::OKAY, Gntst::OKAY],
            "into the read-pinned grant: looked up; out of it, or into a write-pinned one: not"
        );
    }

    #[test]
    fn swap_grant_ref_statuses() {
        let mut hv = hv();
        hv.grant_access(FE, 1, BE, 10, false).unwrap();
        hv.grant_access(FE, 2, OTHER, 11, true).unwrap();
        let swap = |hv: &mut Hypervisor, a, b| {
            hv.swap_grant_ref(&ctx(FE), &SwapReq { ref_a: a, ref_b: b })
                .unwrap()
                .status
        };
        assert_eq!(swap(&mut hv, 1, 2), Gntst::OKAY);
        assert_eq!(hv.grant_status(FE, 1).unwrap().domid, OTHER);
        assert_eq!(hv.grant_status(FE, 2).unwrap().frame, 10);
        assert_eq!(swap(&mut hv, 512, 1), Gntst::BAD_GNTREF);
        assert_eq!(swap(&mut hv, 1, u32::MAX), Gntst::BAD_GNTREF);
        assert_eq!(swap(&mut hv, 2, 2), Gntst::OKAY, "same ref: no-op");
        let h = map1(&mut hv, BE, me(FE, 2, RW, addr(0))).handle.unwrap();
        assert_eq!(swap(&mut hv, 2, 3), Gntst::EAGAIN, "in use");
        assert_eq!(swap(&mut hv, 3, 2), Gntst::EAGAIN, "in use");
        assert_eq!(unmap1(&mut hv, BE, ue(h, addr(0))), Gntst::OKAY);
        assert_eq!(swap(&mut hv, 3, 2), Gntst::OKAY);
        assert_eq!(
            hv.swap_grant_ref(&ctx(40), &SwapReq { ref_a: 0, ref_b: 1 }),
            Err(Errno::ESRCH)
        );
    }

    #[test]
    fn unmap_and_replace_statuses() {
        let mut hv = hv();
        hv.grant_access(FE, 1, BE, 10, false).unwrap();
        hv.grant_access(FE, 2, BE, 11, false).unwrap();
        let ur = |hv: &mut Hypervisor, host_addr, new_addr, handle| {
            hv.unmap_and_replace(
                &ctx(BE),
                &UnmapAndReplaceReq {
                    host_addr,
                    new_addr,
                    handle,
                },
            )
            .unwrap()
            .status
        };
        let a = map1(&mut hv, BE, me(FE, 1, RW, addr(0))).handle.unwrap();
        let b = map1(&mut hv, BE, me(FE, 2, RW, addr(1))).handle.unwrap();
        assert_eq!(ur(&mut hv, addr(0), 0, 999), Gntst::BAD_HANDLE);
        assert_eq!(
            ur(&mut hv, addr(5), 0, a),
            Gntst::GENERAL_ERROR,
            "host_addr does not match"
        );
        assert_eq!(
            ur(&mut hv, addr(0), addr(1) + 1, a),
            Gntst::GENERAL_ERROR,
            "new_addr misaligned"
        );
        assert_eq!(
            ur(&mut hv, addr(0), PAGES * PAGE_SIZE, a),
            Gntst::GENERAL_ERROR,
            "new_addr outside RAM"
        );
        assert!(hv.grant_mapping(BE, a).is_some(), "failures change nothing");
        // Unmap a at addr(0) and move b from addr(1) into its place.
        assert_eq!(ur(&mut hv, addr(0), addr(1), a), Gntst::OKAY);
        assert_eq!(hv.grant_mapping(BE, a), None);
        assert_eq!(hv.grant_mapping(BE, b).unwrap().host_addr, addr(0));
        assert_eq!(flags(&hv, FE, 1), GTF_PERMIT_ACCESS);
        // Plain replace without a new address is an unmap.
        assert_eq!(ur(&mut hv, addr(0), 0, b), Gntst::OKAY);
        assert_eq!(hv.domain(BE).unwrap().grant.mappings(), 0);
    }

    /// What moves is the mapping made at `new_addr` last (the page table entry there), found
    /// by its page: an earlier mapping at the same address, whose entry the later one
    /// overwrote, stays; a mapping gone or moved away is not found there again.
    #[test]
    fn unmap_and_replace_moves_the_last_mapping_at_the_new_address() {
        let mut hv = hv();
        for r in 1..=4 {
            hv.grant_access(FE, r, BE, 10 + u64::from(r), false)
                .unwrap();
        }
        let ur = |hv: &mut Hypervisor, host_addr, new_addr, handle| {
            let req = UnmapAndReplaceReq {
                host_addr,
                new_addr,
                handle,
            };
            hv.unmap_and_replace(&ctx(BE), &req).unwrap().status
        };
        let at = |hv: &Hypervisor, h| hv.grant_mapping(BE, h).map(|m| m.host_addr);
        let a = map1(&mut hv, BE, me(FE, 1, RW, addr(0))).handle.unwrap();
        let b = map1(&mut hv, BE, me(FE, 2, RW, addr(1))).handle.unwrap();
        let c = map1(&mut hv, BE, me(FE, 3, RW, addr(1))).handle.unwrap();
        assert_eq!(ur(&mut hv, addr(0), addr(1), a), Gntst::OKAY);
        assert_eq!(
            at(&hv, c),
            Some(addr(0)),
            "the last one made at addr(1) moved"
        );
        assert_eq!(at(&hv, b), Some(addr(1)), "the one it overwrote stays");
        // c, now at addr(0), is what a replace from there moves; nothing is at addr(2).
        let d = map1(&mut hv, BE, me(FE, 4, RW, addr(3))).handle.unwrap();
        assert_eq!(ur(&mut hv, addr(3), addr(0), d), Gntst::OKAY);
        assert_eq!(at(&hv, c), Some(addr(3)));
        assert_eq!(ur(&mut hv, addr(3), addr(2), c), Gntst::OKAY);
        assert_eq!((at(&hv, c), at(&hv, b)), (None, Some(addr(1))));
        // The handle c had, reused for a mapping elsewhere, is not taken for one at addr(0),
        // where c once was.
        let e = map1(&mut hv, BE, me(FE, 1, RW, addr(4))).handle.unwrap();
        let mut k = 5;
        while map1(&mut hv, BE, me(FE, 3, RW, addr(k))).handle.unwrap() != c {
            k += 1;
            assert!(k < 12, "handle {c} comes back");
        }
        assert_eq!(ur(&mut hv, addr(4), addr(0), e), Gntst::OKAY);
        assert_eq!(at(&hv, c), Some(addr(k)));
        // An atomic batch undone leaves the index as it found it: x, the mapping at addr(9),
        // is what a replace from there moves (one the batch made at addr(9), then released,
        // does not hide it).
        let x = map1(&mut hv, BE, me(FE, 2, RW, addr(9))).handle.unwrap();
        let undone = map(
            &mut hv,
            BE,
            MapMode::ATOMIC,
            &[me(FE, 2, RW, addr(9)), me(FE, 4, RW, addr(7) + 1)],
        );
        assert!(undone.iter().all(|r| r.handle.is_none()));
        let h = map1(&mut hv, BE, me(FE, 4, RW, addr(8))).handle.unwrap();
        assert_eq!(ur(&mut hv, addr(8), addr(9), h), Gntst::OKAY);
        assert_eq!(at(&hv, x), Some(addr(8)));
    }

    #[test]
    fn versions_and_status_frames() {
        let mut hv = hv();
        let ver = |hv: &mut Hypervisor, caller, dom| hv.get_version(&ctx(caller), &DomReq { dom });
        let set = |hv: &mut Hypervisor, caller, version| {
            hv.set_version(&ctx(caller), &SetVersionReq { version })
        };
        assert_eq!(ver(&mut hv, FE, DOMID_SELF).unwrap().version, 1);
        assert_eq!(ver(&mut hv, FE, BE).err(), Some(Errno::EPERM));
        assert_eq!(ver(&mut hv, FE, 9).err(), Some(Errno::ESRCH));
        assert_eq!(ver(&mut hv, DOM0, FE).unwrap().version, 1);
        // Version 1 has no status frames.
        assert_eq!(
            status_frames(&mut hv, FE, DOMID_SELF, 1),
            (Gntst::GENERAL_ERROR, vec![])
        );
        assert_eq!(set(&mut hv, FE, 3).err(), Some(Errno::EINVAL));
        assert_eq!(
            set(&mut hv, FE, 1).unwrap().version,
            1,
            "same version: nothing to do"
        );

        // A mapped entry beyond the reserved ones blocks the switch.
        hv.grant_access(FE, 3, BE, 30, false).unwrap(); // reserved entry
        hv.grant_access(FE, 100, BE, 31, false).unwrap();
        let h = map1(&mut hv, BE, me(FE, 100, RW, addr(0))).handle.unwrap();
        let r3 = map1(&mut hv, BE, me(FE, 3, RW, addr(1))).handle.unwrap();
        assert_eq!(set(&mut hv, FE, 2).err(), Some(Errno::EBUSY));
        assert_eq!(unmap1(&mut hv, BE, ue(h, addr(0))), Gntst::OKAY);
        setup(&mut hv, FE, DOMID_SELF, 9);
        assert_eq!(set(&mut hv, FE, 2).unwrap().version, 2);
        let g = &hv.domain(FE).unwrap().grant;
        assert_eq!(
            (g.version(), g.nr_frames(), g.nr_entries()),
            (2, 9, 9 * 256)
        );
        assert_eq!(
            g.status_gfns(),
            [PAGES + 64, PAGES + 65],
            "9 frames of 256 need 2 status frames"
        );
        // The reserved entry survived, still mapped; the others were cleared.
        let st = hv.grant_status(FE, 3).unwrap();
        assert_eq!(
            (st.flags, st.frame, st.mappings),
            (GTF_PERMIT_ACCESS | GTF_READING | GTF_WRITING, 30, 1)
        );
        assert_eq!(flags(&hv, FE, 100), GTF_INVALID);
        assert_eq!(ver(&mut hv, BE, FE).err(), Some(Errno::EPERM));
        assert_eq!(ver(&mut hv, DOM0, FE).unwrap().version, 2);
        // Status frames: own, by dom0, not by another guest, not more than there are.
        assert_eq!(
            status_frames(&mut hv, FE, DOMID_SELF, 2),
            (Gntst::OKAY, vec![PAGES + 64, PAGES + 65])
        );
        assert_eq!(
            status_frames(&mut hv, DOM0, FE, 1),
            (Gntst::OKAY, vec![PAGES + 64])
        );
        assert_eq!(
            status_frames(&mut hv, BE, FE, 1),
            (Gntst::PERMISSION_DENIED, vec![])
        );
        assert_eq!(
            status_frames(&mut hv, FE, 9, 1),
            (Gntst::BAD_DOMAIN, vec![])
        );
        assert_eq!(
            status_frames(&mut hv, FE, DOMID_SELF, 3).0,
            Gntst::GENERAL_ERROR
        );
        // Growing a version-2 table grows its status frames.
        assert_eq!(setup(&mut hv, FE, DOMID_SELF, 17).0, Gntst::OKAY);
        assert_eq!(hv.domain(FE).unwrap().grant.status_gfns().len(), 3);
        // Version 2 grants 64-bit frames and maps like version 1.
        hv.grant_access(FE, 200, BE, 1 << 33, false).unwrap();
        assert_eq!(
            map1(&mut hv, BE, me(FE, 200, RW, addr(2))).status,
            Gntst::BAD_PAGE
        );
        hv.grant_access(FE, 201, BE, 44, false).unwrap();
        let h = map1(&mut hv, BE, me(FE, 201, RW, addr(2))).handle.unwrap();
        assert_eq!(
            flags(&hv, FE, 201),
            GTF_PERMIT_ACCESS | GTF_READING | GTF_WRITING
        );
        assert_eq!(unmap1(&mut hv, BE, ue(h, addr(2))), Gntst::OKAY);
        // Back to version 1: a reserved entry with a 64-bit frame does not fit.
        assert_eq!(unmap1(&mut hv, BE, ue(r3, addr(1))), Gntst::OKAY);
        hv.grant_access(FE, 5, BE, 1 << 33, false).unwrap();
        assert_eq!(set(&mut hv, FE, 1).err(), Some(Errno::ERANGE));
        hv.end_access(FE, 5).unwrap();
        assert_eq!(set(&mut hv, FE, 1).unwrap().version, 1);
        let g = &hv.domain(FE).unwrap().grant;
        assert_eq!(
            (g.version(), g.nr_entries(), g.status_gfns().len()),
            (1, 17 * 512, 0)
        );
        assert_eq!(
            hv.grant_status(FE, 3).unwrap().frame,
            30,
            "reserved entry kept"
        );
        assert_eq!(
            hv.set_version(&ctx(40), &SetVersionReq { version: 2 })
                .err(),
            Some(Errno::ESRCH)
        );
    }

    #[test]
    fn self_grants_map_like_foreign_ones() {
        let mut hv = hv();
        hv.grant_access(BE, 1, BE, 3, false).unwrap();
        let r = map1(&mut hv, BE, me(BE, 1, RW, addr(0)));
        assert_eq!(r.status, Gntst::OKAY);
        assert_eq!(
            flags(&hv, BE, 1),
            GTF_PERMIT_ACCESS | GTF_READING | GTF_WRITING
        );
        assert_eq!(
            unmap1(&mut hv, BE, ue(r.handle.unwrap(), addr(0))),
            Gntst::OKAY
        );
        assert_eq!(flags(&hv, BE, 1), GTF_PERMIT_ACCESS);
    }

    /// Map `refs` of FE for BE without the host lock, one batch, then unmap what was mapped
    /// (one batch): the statuses of the maps.
    fn map_unmap_unlocked(dir: &Directory, refs: std::ops::Range<u32>) -> Vec<Gntst> {
        let mut s = Serving::new(dir);
        let entries: Vec<MapEntry> = refs
            .clone()
            .map(|r| me(FE, r, RW, addr(u64::from(r % 128))))
            .collect();
        let req = MapReq {
            form: MapReqForm::Batch {
                mode: MapMode::INDEPENDENT,
                entry: List::new(&entries),
            },
        };
        let mut mapped = Vec::new();
        s.map_grant_ref(&ctx(BE), &req, &mut |r| {
            mapped.push(r);
            Ok(())
        })
        .unwrap();
        let unmaps: Vec<UnmapEntry> = mapped
            .iter()
            .filter_map(|r| Some(ue(r.handle?, addr(u64::from((refs.start + r.index) % 128)))))
            .collect();
        unmap_all_unlocked(&mut s, BE, &unmaps);
        mapped.iter().map(|r| r.status).collect()
    }

    /// Unmap `entries` of `dom` without the host lock, one batch: every one succeeds.
    fn unmap_all_unlocked(s: &mut Serving<'_>, dom: DomId, entries: &[UnmapEntry]) {
        let req = UnmapReq {
            form: UnmapReqForm::Batch {
                mode: BatchMode::INDEPENDENT,
                entry: List::new(entries),
            },
        };
        s.unmap_grant_ref(&ctx(dom), &req, &mut |r| {
            assert_eq!(r.status, Gntst::OKAY, "unmap of a live handle: {r:?}");
            Ok(())
        })
        .unwrap();
    }

    /// Two threads map and unmap FE's grants for BE without the host lock while the model
    /// changes FE's table under it (grants other entries, ends them, copies, changes the
    /// version when nothing is pinned, refuses it otherwise) and at last destroys FE:
    /// nothing deadlocks, no pin or mapping is lost or left over, the threads' maps fail
    /// with `bad_domain` from the destruction on, and FE goes once the last mapping is
    /// unmapped.
    #[test]
    fn grant_ops_served_without_the_host_lock_race_the_model_safely() {
        use std::sync::atomic::{AtomicBool, AtomicU32, Ordering};
        let mut hv = granted_to_be(256);
        let dir = hv.unlocked();
        let stop = Arc::new(AtomicBool::new(false));
        let refused = Arc::new(AtomicU32::new(0));
        let threads: Vec<_> = [0..128, 128..256]
            .into_iter()
            .map(|refs| {
                let (dir, stop, refused) = (dir.clone(), stop.clone(), refused.clone());
                std::thread::spawn(move || {
                    let mut rounds = 0u32;
                    while !stop.load(Ordering::SeqCst) {
                        let st = map_unmap_unlocked(&dir, refs.clone());
                        if st.iter().all(|&s| s == Gntst::BAD_DOMAIN) {
                            refused.fetch_add(1, Ordering::SeqCst);
                        } else {
                            // `general_error`: the model changed FE's version meanwhile,
                            // which cleared the entries until it granted them again.
                            assert!(
                                st.iter()
                                    .all(|&s| s == Gntst::OKAY || s == Gntst::GENERAL_ERROR),
                                "{st:?}"
                            );
                        }
                        rounds += 1;
                    }
                    rounds
                })
            })
            .collect();
        // The model's own work on FE's table meanwhile.
        for i in 0..300u32 {
            let r = 256 + i % 64;
            hv.grant_access(FE, r, OTHER, u64::from(r), false).unwrap();
            assert_eq!(hv.grant_status(FE, r).unwrap().mappings, 0);
            hv.end_access(FE, r).unwrap();
            let c = CopyEntry {
                source_dom: FE,
                source_ref: Some(i % 256),
                source_gfn: None,
                source_offset: 0,
                dest_dom: DOMID_SELF,
                dest_ref: None,
                dest_gfn: Some(1),
                dest_offset: 0,
                len: 8,
                flags: GntcopyFlags::SOURCE_GREF,
            };
            assert_eq!(
                copy(&mut hv, BE, BatchMode::INDEPENDENT, &[c]),
                [Gntst::OKAY]
            );
            let v = hv.set_version(&ctx(FE), &SetVersionReq { version: 2 });
            // EBUSY while a thread holds a mapping, else the change (and back).
            if v.is_ok() {
                hv.set_version(&ctx(FE), &SetVersionReq { version: 1 })
                    .unwrap();
                for r in 0..256 {
                    // A version change clears the entries: grant them again.
                    let _ = hv.grant_access(FE, r, BE, u64::from(r), false);
                }
            }
        }
        // Destroyed while the threads go on: their maps fail from now on.
        hv.dom_destroy(FE).unwrap();
        let t = std::time::Instant::now();
        while refused.load(Ordering::SeqCst) < 2 {
            assert!(t.elapsed() < std::time::Duration::from_secs(10));
            std::thread::yield_now();
        }
        stop.store(true, Ordering::SeqCst);
        for t in threads {
            assert!(t.join().unwrap() > 0);
        }
        assert_eq!(hv.domain(BE).unwrap().grant.mappings(), 0, "nothing left");
        hv.tick();
        assert!(hv.domain(FE).is_none(), "FE reaped");
    }

    /// A toolstack's destroy of a domain that holds many mappings releases them in slices:
    /// the op releases one and answers, and each tick (a host turn) releases the next, so
    /// that the host lock is held a slice at a time, as Xen's `domain_kill` is preempted
    /// and continued. BE maps FE's 64 refs enough times for two slices and a bit: the
    /// destroy makes BE dying (it maps nothing more, its id stays taken) and releases one
    /// slice, the owner's pins dropping with it; the host has work due at once; the second
    /// tick finishes, and BE is gone with no pin of FE's left. Before, the whole maptrack
    /// (up to a million mappings by default) was released in one call.
    #[test]
    fn a_destroy_releases_a_big_maptrack_in_slices() {
        use crate::lifecycle::DESTROY_SLICE;
        use hvlink_proto::domctl::{Backend as _, DomReq};
        let mut hv = granted_to_be(64);
        // Two slices and two more per ref.
        let times = 2 * DESTROY_SLICE / 64 + 2;
        let es: Vec<MapEntry> = (0..times)
            .flat_map(|_| (0..64u32).map(|r| me(FE, r, RW, addr(u64::from(r)))))
            .collect();
        for chunk in es.chunks(1024) {
            assert!(map(&mut hv, BE, MapMode::INDEPENDENT, chunk)
                .iter()
                .all(|r| r.status == Gntst::OKAY));
        }
        let total = times * 64;
        assert_eq!(hv.grant_mappings_held(BE), total);
        let pins = |hv: &Hypervisor| hv.grants_mapped_by_others(FE);
        let destroy = |hv: &mut Hypervisor| hv.destroydomain(&ctx(DOM0), &DomReq { domain: BE });
        assert_eq!(destroy(&mut hv), Ok(()));
        assert_eq!(hv.grant_mappings_held(BE), total - DESTROY_SLICE);
        assert!(hv.domain(BE).unwrap().life.lock().dying);
        assert_eq!(hv.releasing(), 1);
        assert!(
            hv.next_deadline().is_some_and(|t| t <= hv.now()),
            "the rest is due at once"
        );
        assert_ne!(
            map1(&mut hv, BE, me(FE, 0, RW, addr(0))).status,
            Gntst::OKAY,
            "a dying domain maps nothing more"
        );
        assert_eq!(
            hv.create_domain(BE, guest()),
            Err(Errno::EEXIST),
            "its id is not given again while it releases"
        );
        assert!(pins(&hv), "FE's grants are still mapped by BE's rest");
        hv.tick();
        assert_eq!(hv.grant_mappings_held(BE), total - 2 * DESTROY_SLICE);
        assert!(
            hv.domain(BE).is_some(),
            "not reaped while it holds mappings"
        );
        hv.tick();
        assert!(
            hv.domain(BE).is_none(),
            "gone once the last slice is released"
        );
        assert_eq!(hv.releasing(), 0);
        assert!(!pins(&hv), "no pin of FE's left");
        assert_eq!(destroy(&mut hv), Err(Errno::ESRCH));
    }

    /// A maptrack that grew big and was mostly unmapped again is done as soon as its last
    /// live mapping is released, not after a look at every free slot: BE maps FE's 64 refs
    /// for three slices' worth, unmaps all but the first 8 handles, and its destroy is done
    /// in the op itself (gone, nothing left to release). Before, each slice looked at free
    /// slots, and the domain could be reaped between two slices while its destroy went on.
    #[test]
    fn a_destroy_is_done_when_the_last_live_mapping_goes() {
        use crate::lifecycle::DESTROY_SLICE;
        use hvlink_proto::domctl::{Backend as _, DomReq};
        let mut hv = granted_to_be(64);
        let times = 3 * DESTROY_SLICE / 64;
        let mut handles = Vec::new();
        for _ in 0..times {
            let es: Vec<MapEntry> = (0..64u32)
                .map(|r| me(FE, r, RW, addr(u64::from(r))))
                .collect();
            handles.extend(
                map(&mut hv, BE, MapMode::INDEPENDENT, &es)
                    .iter()
                    .map(|r| (r.handle.unwrap(), addr(u64::from(r.index)))),
            );
        }
        let gone: Vec<UnmapEntry> = handles[8..].iter().map(|&(h, a)| ue(h, a)).collect();
        for chunk in gone.chunks(1024) {
            assert!(unmap(&mut hv, BE, BatchMode::INDEPENDENT, chunk)
                .iter()
                .all(|s| *s == Gntst::OKAY));
        }
        assert_eq!(hv.grant_mappings_held(BE), 8);
        assert!(hv.domain(BE).unwrap().grant.maptrack_slots() >= 3 * DESTROY_SLICE as usize);
        hv.destroydomain(&ctx(DOM0), &DomReq { domain: BE })
            .unwrap();
        assert_eq!(hv.releasing(), 0, "nothing left to release");
        assert!(hv.domain(BE).is_none(), "gone at once");
        assert!(!hv.grants_mapped_by_others(FE));
    }

    /// FE and BE grant each other 128 refs; two threads map the other's grants in batches
    /// whose entries alternate between the two owners (each batch holds its caller's
    /// maptrack and, a run at a time, both tables), and unmap them, while the model grants
    /// and ends other entries of both tables and changes BE's version (the tables' write
    /// locks). Nothing deadlocks, every map and unmap succeeds, and no pin is left.
    #[test]
    fn cross_mapping_batches_of_two_domains_never_deadlock() {
        use std::sync::atomic::{AtomicBool, Ordering};
        let mut hv = hv();
        for r in 0..128u32 {
            hv.grant_access(FE, r, BE, u64::from(r), false).unwrap();
            hv.grant_access(BE, r, FE, u64::from(r), false).unwrap();
            // Each also grants itself, so that a batch's owners alternate.
            hv.grant_access(FE, 128 + r, FE, u64::from(r), false)
                .unwrap();
            hv.grant_access(BE, 128 + r, BE, u64::from(r), false)
                .unwrap();
        }
        let dir = hv.unlocked();
        let stop = Arc::new(AtomicBool::new(false));
        let total = Arc::new(std::sync::atomic::AtomicU32::new(0));
        let threads: Vec<_> = [(FE, BE), (BE, FE)]
            .into_iter()
            .map(|(me_dom, other)| {
                let (dir, stop, total) = (dir.clone(), stop.clone(), total.clone());
                std::thread::spawn(move || {
                    let mut rounds = 0u32;
                    while !stop.load(Ordering::SeqCst) || rounds < 20 {
                        let mut s = Serving::new(&dir);
                        // Owners alternate every 3 entries: other, other, other, me, ….
                        let entries: Vec<MapEntry> = (0..96u32)
                            .map(|i| {
                                let (dom, r) = if (i / 3) % 2 == 0 {
                                    (other, i)
                                } else {
                                    (me_dom, 128 + i)
                                };
                                me(dom, r, RO, addr(u64::from(i)))
                            })
                            .collect();
                        let req = MapReq {
                            form: MapReqForm::Batch {
                                mode: MapMode::INDEPENDENT,
                                entry: List::new(&entries),
                            },
                        };
                        let mut handles = Vec::new();
                        s.map_grant_ref(&ctx(me_dom), &req, &mut |r| {
                            assert_eq!(r.status, Gntst::OKAY, "{r:?}");
                            handles.push(ue(r.handle.unwrap(), addr(u64::from(r.index))));
                            Ok(())
                        })
                        .unwrap();
                        unmap_all_unlocked(&mut s, me_dom, &handles);
                        rounds += 1;
                        total.fetch_add(1, Ordering::SeqCst);
                    }
                    rounds
                })
            })
            .collect();
        let mut i = 0u32;
        while i < 500 || total.load(Ordering::SeqCst) < 400 {
            i += 1;
            // Entries nobody maps: the owner API takes each table's write lock.
            let r = 300 + i % 50;
            hv.grant_access(FE, r, OTHER, 1, true).unwrap();
            hv.end_access(BE, r).unwrap();
            assert!(hv.grant_status(FE, i % 128).is_some());
            // BE's version change is refused while its grants are mapped (EBUSY), or done
            // when none is, which a thread's next map would see: not here, as version 1
            // stays (the change is asked for version 1, the one in force).
            let v = hv.set_version(&ctx(BE), &SetVersionReq { version: 1 });
            assert_eq!(v.map(|r| r.version), Ok(1));
        }
        stop.store(true, Ordering::SeqCst);
        for t in threads {
            assert!(t.join().unwrap() >= 20);
        }
        for r in 0..256u32 {
            for dom in [FE, BE] {
                let st = hv.grant_status(dom, r).unwrap();
                assert_eq!(
                    (st.mappings, st.flags & (GTF_READING | GTF_WRITING)),
                    (0, 0)
                );
            }
        }
    }
}
