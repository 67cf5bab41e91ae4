//! The lifecycle of a domid, and the toolstack families that drive it: `domctl` (36),
//! `sysctl` (35) and the reservation ops of `memory` (12).
//!
//! A domain made by `domctl.createdomain` goes through Xen's states:
//!
//! 1. **created, paused** — no vCPUs online, no memory (`max_pages` 0);
//! 2. **sized** — `max_vcpus` brings the vCPU count up (at most createdomain's `max-vcpus`),
//!    `max_mem` sets `max_pages`;
//! 3. **populated** — `memory.populate_physmap` backs guest frames, counted against
//!    `max_pages` (and the host's free pages);
//! 4. **running** — `unpausedomain` (vCPU 0 comes up the first time);
//! 5. **shut down** — `sched.shutdown` from the guest or `sched.remote_shutdown` from the
//!    toolstack; the reason is latched (`XEN_DOMINF_shutdown` plus the code in bits 16..23);
//! 6. **dying** — `destroydomain`: its event channels are closed (peers' interdomain ports
//!    become unbound), the grant mappings it holds are released (owners' pins drop), its
//!    memory is freed and its queues are torn down by the engine. It stays visible with
//!    `XEN_DOMINF_dying` while other domains still map its grants or its frames (as Xen keeps a
//!    zombie until the last reference drops);
//! 7. **gone** — when nothing refers to it any more; its id may be reused.
//!
//! Domains built with [`Hypervisor::create_domain`] (the fixtures, the demo's guests) start
//! running with their memory already populated.
//!
//! Privilege was checked by the engine from the spec (control domain, or a device-model
//! domain on its target for the ops marked `device-model`); the model checks again where it
//! looks the domain up ([`Hypervisor::may_act_on`]).
//!
//! Locking: where a domain is in its lifecycle and what the toolstack set ([`Life`]) is
//! behind a lock of its own ([`Lifecycle`], a leaf: nothing else is locked while it is
//! held), changed under the host lock only (the toolstack's ops, a shutdown). The queries
//! (`getdomaininfo`, `getvcpuinfo`, `getvcpuaffinity`) read it, with the domain's vCPUs and
//! reservation, each under its own lock, from the directory ([`crate::unlocked`]): a
//! toolstack polling its domains by register never waits for the thread serving another
//! domain's rings. Creating, pausing, sizing and destroying domains stay under the host lock.

use std::collections::BTreeMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};

use hvlink_proto::domctl::{
    self, AffinityReply, AffinityReq, CreateReply, CreateReq, Dominf, Info, MaxMemReq, MaxVcpusReq,
    MempoolReply, MempoolReq, QueryReq, SetTargetReq, TimeOffsetReq, VcpuQueryReq, VcpuinfoReply,
};
use hvlink_proto::memory::{ExtentResult, ExtentStatus};
use hvlink_proto::rt::{Ctx, List, Regs, DOMID_SELF};
use hvlink_proto::sysctl::{
    self, ConsoleReply, ConsoleReq, ListEntry, ListReply, ListReq, Physcap, PhysinfoReply,
};
use hvlink_proto::Errno;

use crate::unlocked::Directory;
use crate::{DomId, DomainConfig, DomainState, Hypervisor, Nanos};

/// First reserved domain id (`DOMID_FIRST_RESERVED`).
pub const DOMID_FIRST_RESERVED: DomId = 0x7FF0;
/// Most domains the model holds at once (a bound on what toolstacks can make it allocate).
pub const MAX_DOMAINS: usize = 1024;
/// Highest guest frame a reservation op may name (1 TiB of guest-physical space), so that
/// the page map stays bounded.
pub const MAX_GPFN: u64 = 1 << 28;
/// Pages of host memory the model hands out (64 GiB).
pub const HOST_PAGES: u64 = 1 << 24;
/// Bytes of hypervisor console kept (older bytes are dropped, as Xen's conring).
pub const CONSOLE_BYTES: usize = 16 * 1024;
/// Largest max_mem in pages (the spec's bound on `max-memkb`, 1 TiB).
const MAX_MEM_PAGES: u64 = 1 << 28;

/// Frames per chunk of the page map (one chunk covers 2 MiB of guest-physical space).
const CHUNK: u64 = 512;
/// Grant mappings (maptrack handles looked at) a destroyed domain releases per slice: in the
/// toolstack's `destroydomain`, then one slice per host turn ([`Hypervisor::dom_destroy_slice`]).
pub const DESTROY_SLICE: u32 = 1024;

/// The populated frames of a domain: a sparse bitmap in 2 MiB chunks, so its size follows
/// what is populated (64 bytes per 2 MiB, plus the map's node) rather than the address space.
#[derive(Debug, Default, Clone)]
pub struct PageMap {
    chunks: BTreeMap<u64, [u64; 8]>,
}

impl PageMap {
    fn get(&self, gfn: u64) -> bool {
        let (c, bit) = (gfn / CHUNK, gfn % CHUNK);
        self.chunks
            .get(&c)
            .is_some_and(|w| w[(bit / 64) as usize] & (1 << (bit % 64)) != 0)
    }

    fn set(&mut self, gfn: u64, on: bool) {
        let (c, bit) = (gfn / CHUNK, gfn % CHUNK);
        if on {
            let w = self.chunks.entry(c).or_default();
            w[(bit / 64) as usize] |= 1 << (bit % 64);
        } else if let Some(w) = self.chunks.get_mut(&c) {
            w[(bit / 64) as usize] &= !(1 << (bit % 64));
            if w.iter().all(|&x| x == 0) {
                self.chunks.remove(&c);
            }
        }
    }

    /// The bit masks covering `gfn .. gfn + n`: (chunk, word, mask) for each word touched.
    fn words(gfn: u64, n: u64) -> impl Iterator<Item = (u64, usize, u64)> {
        let end = gfn.saturating_add(n);
        let mut g = gfn;
        core::iter::from_fn(move || {
            if g >= end {
                return None;
            }
            let (c, bit) = (g / CHUNK, g % CHUNK);
            let (w, lo) = ((bit / 64) as usize, bit % 64);
            let take = (64 - lo).min(end - g);
            let mask = if take == 64 {
                u64::MAX
            } else {
                ((1u64 << take) - 1) << lo
            };
            g += take;
            Some((c, w, mask))
        })
    }

    /// How many frames of `gfn .. gfn + n` are populated (a word at a time).
    fn count(&self, gfn: u64, n: u64) -> u64 {
        Self::words(gfn, n)
            .map(|(c, w, m)| {
                self.chunks
                    .get(&c)
                    .map_or(0, |ws| u64::from((ws[w] & m).count_ones()))
            })
            .sum()
    }

    /// Populate `gfn .. gfn + n` if none of it is populated (`false`, nothing changed, if
    /// some is): one lookup of the chunk when the range lies in one word (extents of at most
    /// 64 frames, aligned), the common case of a domain built in 4 KiB extents.
    fn insert(&mut self, gfn: u64, n: u64) -> bool {
        let (c, bit) = (gfn / CHUNK, gfn % CHUNK);
        if n <= 64 && bit % 64 + n <= 64 {
            let mask = if n == 64 {
                u64::MAX
            } else {
                ((1u64 << n) - 1) << (bit % 64)
            };
            let ws = self.chunks.entry(c).or_default();
            let w = &mut ws[(bit / 64) as usize];
            if *w & mask != 0 {
                return false;
            }
            *w |= mask;
            return true;
        }
        if self.count(gfn, n) != 0 {
            return false;
        }
        self.set_range(gfn, n, true);
        true
    }

    /// Populate (`on`) or clear every frame of `gfn .. gfn + n` (a word at a time).
    fn set_range(&mut self, gfn: u64, n: u64, on: bool) {
        for (c, w, m) in Self::words(gfn, n) {
            if on {
                self.chunks.entry(c).or_default()[w] |= m;
            } else if let Some(ws) = self.chunks.get_mut(&c) {
                ws[w] &= !m;
                if ws.iter().all(|&x| x == 0) {
                    self.chunks.remove(&c);
                }
            }
        }
    }

    /// Host memory the map holds, in bytes (what "memory per domain" reports).
    pub fn footprint(&self) -> usize {
        // A BTreeMap node holds up to 11 entries of (key 8 + value 64) bytes.
        self.chunks.len() * (8 + 64) + self.chunks.len().div_ceil(11) * 64
    }
}

/// A domain's memory reservation.
#[derive(Debug, Default, Clone)]
pub struct Reservation {
    /// Most pages it may have (`max_mem`).
    pub max_pages: u64,
    /// Pages it has.
    pub tot_pages: u64,
    /// Which guest frames are populated.
    pub map: PageMap,
    /// Foreign frames mapped into it (gpfn → (owner, owner's frame)), by
    /// `memory.add_to_physmap_batch`.
    pub foreign: BTreeMap<u64, (DomId, u64)>,
    /// Its guest-physical RAM layout (fixed at creation; what `maximum_gpfn` and
    /// `memory_map` answer from).
    pub layout: crate::memory::Layout,
    /// It is being destroyed: its memory is gone, and no op adds to it.
    pub dying: bool,
    /// Of `tot_pages`, those it was built with (a domain created whole, with fixed RAM),
    /// never taken from the host's free pages: not given back to them either.
    pub fixed_pages: u64,
    /// One past the highest frame ever populated.
    pub high_water: u64,
}

/// One domain's state of one kind behind a lock of its own, so that the ops that need only
/// it are served without the host lock (see [`crate::unlocked`]). Cloning gives another
/// handle on the same state. A panic while the lock was held leaves the state whole: each
/// change is checked, then committed in a few assignments.
#[derive(Debug, Default)]
pub struct Shared<T>(Arc<Mutex<T>>);

impl<T> Clone for Shared<T> {
    fn clone(&self) -> Self {
        Shared(self.0.clone())
    }
}

impl<T> Shared<T> {
    /// `t`, behind its lock.
    pub fn new(t: T) -> Shared<T> {
        Shared(Arc::new(Mutex::new(t)))
    }

    /// The state, locked.
    pub fn lock(&self) -> MutexGuard<'_, T> {
        self.0.lock().unwrap_or_else(|p| p.into_inner())
    }
}

/// A domain's memory reservation behind a lock of its own, so that the memory ops are
/// served without the host lock; the host's free pages are an atomic counter
/// ([`FreePages`]). No code holds two domains' reservations at once.
pub type Memory = Shared<Reservation>;

/// A domain's [`Life`] behind a lock of its own, so that what a toolstack asks about a
/// domain (`getdomaininfo`, `getvcpuinfo`, `getvcpuaffinity`) is answered without the host
/// lock; it is changed under the host lock only (the toolstack's ops, a shutdown). A leaf
/// lock: no other lock is taken while it is held.
pub type Lifecycle = Shared<Life>;

/// `getdomaininfo`'s reply for domain `id`.
fn info<'a>(id: DomId, i: &DomInfo, name: &'a str, handle: &'a [u8; 16]) -> Info<'a> {
    Info {
        flags: Dominf(i.flags),
        tot_pages: i.tot_pages,
        max_pages: i.max_pages,
        nr_online_vcpus: i.nr_online_vcpus,
        cpu_time: i.cpu_time,
        max_vcpu_id: i.max_vcpu_id,
        domain: Some(id),
        cpupool: Some(i.cpupool),
        handle: Some(handle),
        name: (!name.is_empty()).then_some(name),
        outstanding_pages: Some(0),
        gpaddr_bits: Some(GPADDR_BITS),
    }
}

/// The toolstack's queries, answered from the directory without the host lock (a domain's
/// [`Lifecycle`], vCPUs and reservation, each under its own lock, one at a time). The
/// model's own `domctl` impl answers them through here too.
impl Directory {
    /// getdomaininfo of `id`, as Xen reports it.
    pub(crate) fn dom_info(&self, id: DomId) -> Option<DomInfo> {
        let (life, vcpus, mem) = self.lifecycle(id)?;
        let now = self.now();
        // What the lifecycle says, copied out (no other lock is taken while it is held).
        let (dying, cdf, state, paused, max_vcpus, started, cpu_time, running_since, cpupool) = {
            let l = life.lock();
            (
                l.dying,
                l.cdf,
                l.state,
                l.paused,
                l.max_vcpus,
                l.started,
                l.cpu_time,
                l.running_since,
                l.cpupool,
            )
        };
        let mut flags = 0u32;
        if dying {
            flags |= Dominf::DYING.0;
        }
        if cdf & domctl::Cdf::HVM.0 != 0 {
            flags |= Dominf::HVM_GUEST.0;
        }
        if cdf & domctl::Cdf::HAP.0 != 0 {
            flags |= Dominf::HAP.0;
        }
        if cdf & domctl::Cdf::XS_DOMAIN.0 != 0 {
            flags |= Dominf::XS_DOMAIN.0;
        }
        if let DomainState::Shutdown(code) = state {
            flags |= Dominf::SHUTDOWN.0 | ((code & 0xFF) << 16);
        }
        if paused {
            flags |= Dominf::PAUSED.0;
        }
        let (online, all_blocked, max_vcpu_id) = {
            let v = vcpus.lock();
            (v.online(), v.all_blocked(), v.len().saturating_sub(1))
        };
        let alive = !dying && !paused && matches!(state, DomainState::Running);
        // Xen: blocked when every online vCPU waits for an event, running otherwise.
        if alive && (online == 0 || all_blocked) {
            flags |= Dominf::BLOCKED.0;
        } else if alive {
            flags |= Dominf::RUNNING.0;
        }
        // A toolstack-built domain has no vCPU online before its first unpause.
        let online = if max_vcpus > 0 && !started { 0 } else { online };
        let cpu_time = cpu_time.saturating_add(running_since.map_or(0, |t| {
            now.saturating_sub(t)
                .saturating_mul(u64::from(online.max(1)))
        }));
        let (tot_pages, max_pages) = {
            let m = mem.lock();
            (m.tot_pages, m.max_pages)
        };
        Some(DomInfo {
            domain: id,
            flags,
            tot_pages,
            max_pages,
            nr_online_vcpus: online,
            cpu_time,
            max_vcpu_id,
            cpupool,
        })
    }

    /// `getdomaininfo`: the domain and its info.
    pub(crate) fn getdomaininfo(
        &self,
        ctx: &Ctx,
        req: &QueryReq,
    ) -> Result<(DomId, DomInfo), Errno> {
        let id = self.target(ctx, req.domain)?;
        Ok((id, self.dom_info(id).ok_or(Errno::ESRCH)?))
    }

    /// The name and handle domain `id` was created with (written into `name`).
    pub(crate) fn dom_name(&self, id: DomId, name: &mut String) -> Option<[u8; 16]> {
        let (life, _, _) = self.lifecycle(id)?;
        let l = life.lock();
        name.clone_from(&l.name);
        Some(l.handle)
    }

    /// `getvcpuinfo`.
    pub(crate) fn getvcpuinfo(
        &self,
        ctx: &Ctx,
        req: &VcpuQueryReq,
    ) -> Result<VcpuinfoReply, Errno> {
        let id = self.target(ctx, req.domain)?;
        let i = self.dom_info(id).ok_or(Errno::ESRCH)?;
        let (life, vcpus, _) = self.lifecycle(id).ok_or(Errno::ESRCH)?;
        let (max_vcpus, set) = {
            let l = life.lock();
            (l.max_vcpus, l.vcpus)
        };
        let is_up = {
            let v = vcpus.lock();
            // Xen: past the domain's vCPUs is EINVAL (ESRCH is for one not allocated).
            if req.vcpu >= v.len() {
                return Err(Errno::EINVAL);
            }
            v.is_up(req.vcpu)
        };
        let up = is_up && (max_vcpus == 0 || set > req.vcpu);
        let running = up && i.flags & Dominf::RUNNING.0 != 0;
        Ok(VcpuinfoReply {
            online: u8::from(up),
            blocked: u8::from(up && !running),
            running: u8::from(running),
            cpu_time: if up {
                i.cpu_time / u64::from(i.nr_online_vcpus.max(1))
            } else {
                0
            },
            cpu: req.vcpu % 64,
        })
    }

    /// `getvcpuaffinity`.
    pub(crate) fn getvcpuaffinity(
        &self,
        ctx: &Ctx,
        req: &VcpuQueryReq,
    ) -> Result<AffinityReply, Errno> {
        let id = self.target(ctx, req.domain)?;
        let (life, vcpus, _) = self.lifecycle(id).ok_or(Errno::ESRCH)?;
        if req.vcpu >= vcpus.lock().len() {
            return Err(Errno::EINVAL);
        }
        let (hard, soft) = life
            .lock()
            .affinity
            .get(req.vcpu as usize)
            .copied()
            .unwrap_or((u64::MAX, u64::MAX));
        Ok(AffinityReply { hard, soft })
    }

    /// The `domctl` queries by register (`getdomaininfo`, `getvcpuinfo`,
    /// `getvcpuaffinity`), as the family's generated `serve_regs` serves them; `ENOSYS` for
    /// every other op (`Directory::serves` never sends one).
    pub(crate) fn serve_domctl_regs(&self, ctx: &Ctx, regs: &mut Regs) -> Result<(), Errno> {
        use hvlink_proto::domctl::{Getdomaininfo, Getvcpuaffinity, Getvcpuinfo, OpId};
        use hvlink_proto::rt::{self, FastAbi};
        match OpId(rt::reg_op(regs)?) {
            OpId::GETDOMAININFO => {
                let req = Getdomaininfo::request_from_regs(regs)?;
                let (id, i) = self.getdomaininfo(ctx, &req)?;
                // The register form carries neither the name nor the handle.
                rt::commit_regs::<Getdomaininfo>(&info(id, &i, "", &[0; 16]), regs)
            }
            OpId::GETVCPUINFO => {
                let req = Getvcpuinfo::request_from_regs(regs)?;
                rt::commit_regs::<Getvcpuinfo>(&self.getvcpuinfo(ctx, &req)?, regs)
            }
            OpId::GETVCPUAFFINITY => {
                let req = Getvcpuaffinity::request_from_regs(regs)?;
                rt::commit_regs::<Getvcpuaffinity>(&self.getvcpuaffinity(ctx, &req)?, regs)
            }
            _ => Err(Errno::ENOSYS),
        }
    }
}

/// The host's free pages, claimed and given back by every domain's reservation ops without
/// a lock.
#[derive(Debug)]
pub struct FreePages(AtomicU64);

impl FreePages {
    /// `n` free pages.
    pub(crate) fn new(n: u64) -> FreePages {
        FreePages(AtomicU64::new(n))
    }

    /// Take `n` pages if there are that many free.
    fn claim(&self, n: u64) -> bool {
        self.0
            .fetch_update(Ordering::SeqCst, Ordering::SeqCst, |f| f.checked_sub(n))
            .is_ok()
    }

    /// Give `n` pages back.
    fn give(&self, n: u64) {
        let _ = self
            .0
            .fetch_update(Ordering::SeqCst, Ordering::SeqCst, |f| {
                Some(f.saturating_add(n))
            });
    }

    /// Pages free now.
    pub(crate) fn get(&self) -> u64 {
        self.0.load(Ordering::SeqCst)
    }
}

/// The largest extent order the model takes (2 MiB extents; the spec's `extent-order`
/// bound, checked again here for callers that do not come through the decoders).
pub const MAX_EXTENT_ORDER: u8 = 9;

/// The frames of an extent of `order`; `EINVAL` past [`MAX_EXTENT_ORDER`].
fn extent_frames(order: u8) -> Result<u64, Errno> {
    if order > MAX_EXTENT_ORDER {
        return Err(Errno::EINVAL);
    }
    Ok(1u64 << order)
}

impl Reservation {
    /// Back `1 << order` frames from `gpfn` with memory, counted against `max_pages` and the
    /// host's `free` pages.
    pub(crate) fn populate(&mut self, free: &FreePages, gpfn: u64, order: u8) -> Result<(), Errno> {
        let n = extent_frames(order)?;
        if gpfn % n != 0 || gpfn.checked_add(n).is_none_or(|e| e > MAX_GPFN) {
            return Err(Errno::EINVAL);
        }
        if self.dying {
            return Err(Errno::ESRCH);
        }
        if self.tot_pages.saturating_add(n) > self.max_pages || !free.claim(n) {
            // Xen checks what is already there first; here a full reservation answers
            // ENOMEM for a frame that is also populated (both are refusals).
            return Err(Errno::ENOMEM);
        }
        if !self.map.insert(gpfn, n) {
            free.give(n);
            return Err(Errno::EEXIST);
        }
        self.tot_pages += n;
        self.high_water = self.high_water.max(gpfn + n);
        Ok(())
    }

    /// A domain the toolstack builds frame by frame (none fixed at creation): its RAM
    /// layout grows to reach the highest frame populated (what `maximum_gpfn`,
    /// `memory_map`, `get_mem_type`, its vCPUs' areas and its grants go by). `Some` (the
    /// layout, and one past its last frame) for such a domain; it never shrinks.
    pub(crate) fn grow_layout(&mut self) -> Option<(crate::memory::Layout, u64)> {
        if self.fixed_pages != 0 || self.high_water == 0 {
            return None;
        }
        self.layout = self
            .layout
            .union(&crate::memory::Layout::up_to(self.high_water));
        // (Handed on even when it did not grow here: another call may have grown it and
        // not yet handed it on; each receiver keeps the larger.)
        Some((self.layout, self.high_water))
    }

    /// [`populate`](Self::populate) for a list of extents, each reported to `out` with its
    /// status (`ordered`: after a failure the rest are `cancelled`). The same checks, done
    /// the way a batch makes cheap: a 2 MiB chunk of the page map is taken out once for the
    /// consecutive extents that fall in it.
    pub(crate) fn populate_extents(
        &mut self,
        free: &FreePages,
        order: u8,
        ordered: bool,
        gpfns: impl Iterator<Item = u64>,
        out: &mut dyn FnMut(ExtentResult) -> Result<(), Errno>,
    ) -> Result<(), Errno> {
        let n = extent_frames(order)?;
        let dying = self.dying;
        // The chunk taken out of the map: (index, words).
        let mut cur: Option<(u64, [u64; 8])> = None;
        let mut stopped = false;
        let mut result = Ok(());
        let put_back = |map: &mut PageMap, cur: &mut Option<(u64, [u64; 8])>| {
            if let Some((k, ws)) = cur.take() {
                if ws.iter().any(|&w| w != 0) {
                    map.chunks.insert(k, ws);
                }
            }
        };
        for (index, gpfn) in (0u32..).zip(gpfns) {
            let status = if stopped {
                ExtentStatus::CANCELLED
            } else if dying {
                ExtentStatus::ESRCH
            } else if gpfn % n != 0 || gpfn.checked_add(n).is_none_or(|e| e > MAX_GPFN) {
                ExtentStatus::EINVAL
            } else if self.tot_pages + n > self.max_pages || !free.claim(n) {
                ExtentStatus::ENOMEM
            } else if n <= 64 {
                // Within one word (aligned, at most 64 frames).
                let (c, bit) = (gpfn / CHUNK, gpfn % CHUNK);
                if cur.is_none_or(|(k, _)| k != c) {
                    put_back(&mut self.map, &mut cur);
                    cur = Some((c, self.map.chunks.remove(&c).unwrap_or_default()));
                }
                let mask = if n == 64 {
                    u64::MAX
                } else {
                    ((1u64 << n) - 1) << (bit % 64)
                };
                match &mut cur {
                    Some((_, ws)) if ws[(bit / 64) as usize] & mask == 0 => {
                        ws[(bit / 64) as usize] |= mask;
                        self.tot_pages += n;
                        self.high_water = self.high_water.max(gpfn + n);
                        ExtentStatus::OKAY
                    }
                    _ => {
                        free.give(n);
                        ExtentStatus::EEXIST
                    }
                }
            } else {
                put_back(&mut self.map, &mut cur);
                if self.map.insert(gpfn, n) {
                    self.tot_pages += n;
                    self.high_water = self.high_water.max(gpfn + n);
                    ExtentStatus::OKAY
                } else {
                    free.give(n);
                    ExtentStatus::EEXIST
                }
            };
            stopped |= ordered && status != ExtentStatus::OKAY;
            if let Err(e) = out(ExtentResult { index, status }) {
                result = Err(e);
                break;
            }
        }
        put_back(&mut self.map, &mut cur);
        result
    }

    /// Give back the `1 << order` frames from `gpfn` to the host's `free` pages.
    pub(crate) fn depopulate(
        &mut self,
        free: &FreePages,
        gpfn: u64,
        order: u8,
    ) -> Result<(), Errno> {
        let n = extent_frames(order)?;
        if gpfn % n != 0 || gpfn.checked_add(n).is_none_or(|e| e > MAX_GPFN) {
            return Err(Errno::EINVAL);
        }
        if self.dying {
            return Err(Errno::ESRCH);
        }
        if self.map.count(gpfn, n) != n {
            return Err(Errno::ENOENT);
        }
        self.map.set_range(gpfn, n, false);
        self.tot_pages -= n;
        free.give(n);
        Ok(())
    }

    /// Remove what is mapped at `gpfn`: a foreign frame (`Some(owner)`: its owner, if dying,
    /// may now be reaped) or one of its own (freed to `free`).
    pub(crate) fn physmap_remove(
        &mut self,
        free: &FreePages,
        gpfn: u64,
    ) -> Result<Option<DomId>, Errno> {
        if let Some((owner, _)) = self.foreign.remove(&gpfn) {
            return Ok(Some(owner));
        }
        self.depopulate(free, gpfn, 0).map(|()| None)
    }
}

/// Map frame `idx` of domain `src` (its id and memory) at `gpfn` of domain `dest`; when they
/// are one domain, the frame moves.
pub(crate) fn physmap_add(
    dest: (DomId, &Memory),
    src: (DomId, &Memory),
    idx: u64,
    gpfn: u64,
) -> Result<(), Errno> {
    if gpfn >= MAX_GPFN || idx >= MAX_GPFN {
        return Err(Errno::EINVAL);
    }
    if dest.0 == src.0 {
        // A frame of its own moves.
        let mut d = dest.1.lock();
        if d.dying {
            return Err(Errno::ESRCH);
        }
        if !d.map.get(idx) {
            return Err(Errno::ENOENT);
        }
        if d.map.get(gpfn) {
            return Err(Errno::EEXIST);
        }
        d.map.set(idx, false);
        d.map.set(gpfn, true);
        d.high_water = d.high_water.max(gpfn + 1);
        return Ok(());
    }
    // Both reservations held at once (in domain id order, the only way two are ever held
    // together): the source cannot be destroyed, found unreferenced and reaped between its
    // check and the insert, which would leave a mapping of whatever domain is given its id
    // next.
    let (mut d, s) = if dest.0 < src.0 {
        let d = dest.1.lock();
        (d, src.1.lock())
    } else {
        let s = src.1.lock();
        (dest.1.lock(), s)
    };
    if s.dying {
        return Err(Errno::ESRCH);
    }
    if !s.map.get(idx) {
        return Err(Errno::ENOENT);
    }
    drop(s);
    if d.dying {
        return Err(Errno::ESRCH);
    }
    if d.map.get(gpfn) || d.foreign.contains_key(&gpfn) {
        return Err(Errno::EEXIST);
    }
    if d.foreign.len() >= MAX_FOREIGN {
        return Err(Errno::ENOMEM);
    }
    d.foreign.insert(gpfn, (src.0, idx));
    Ok(())
}

/// What a toolstack gave and set for a domain it created, and where the domain is in its
/// lifecycle.
#[derive(Debug, Clone, Default)]
pub struct Life {
    /// Running or shut down.
    pub state: DomainState,
    /// Paused by the toolstack (`pausedomain`, or since creation).
    pub paused: bool,
    /// Destroyed, not yet gone.
    pub dying: bool,
    /// Creation flags (`XEN_DOMCTL_CDF_*`).
    pub cdf: u32,
    /// createdomain's max-vcpus.
    pub max_vcpus: u32,
    /// vCPUs set by max_vcpus (0 until then).
    pub vcpus: u32,
    /// vCPU 0 was brought up by the first unpause.
    pub started: bool,
    /// The domain a device-model domain serves (`set_target`).
    pub dm_target: Option<DomId>,
    /// Name (hvlink; Xen keeps it in xenstore).
    pub name: String,
    /// The toolstack's handle.
    pub handle: [u8; 16],
    /// CPU pool.
    pub cpupool: u32,
    /// Wallclock offset in seconds.
    pub time_offset: i64,
    /// Paging pool size in bytes.
    pub paging_pool: u64,
    /// Highest grant version the guest may use.
    pub max_grant_version: u8,
    /// Hard and soft affinity per vCPU.
    pub affinity: Vec<(u64, u64)>,
    /// CPU time of its vCPUs before `running_since`.
    pub cpu_time: Nanos,
    /// When it last started running (unpaused, not shut down).
    pub running_since: Option<Nanos>,
}

impl Life {
    /// Its vCPUs are held: paused by the toolstack, or shut down (and not dying, whose
    /// queues the engine closes). See [`hvlink_proto::Hypercalls::held`].
    pub fn held(&self) -> bool {
        !self.dying && (self.paused || self.state != DomainState::Running)
    }
}

/// A domain's getdomaininfo, version-neutral (each version's reply is made from it).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DomInfo {
    /// Its id.
    pub domain: DomId,
    /// `XEN_DOMINF_*` with the shutdown code in bits 16..23.
    pub flags: u32,
    /// Pages it has.
    pub tot_pages: u64,
    /// Most pages it may have.
    pub max_pages: u64,
    /// vCPUs online.
    pub nr_online_vcpus: u32,
    /// CPU time used, ns.
    pub cpu_time: u64,
    /// Highest vCPU id.
    pub max_vcpu_id: u32,
    /// CPU pool.
    pub cpupool: u32,
}

/// What a createdomain asks for, version-neutral.
#[derive(Debug, Clone, Default)]
pub struct NewDomain<'a> {
    /// Wanted id (0: choose).
    pub domain: DomId,
    /// `XEN_DOMCTL_CDF_*`.
    pub flags: u32,
    /// Most vCPUs.
    pub max_vcpus: u32,
    /// Highest event channel port.
    pub max_evtchn_port: u32,
    /// Most grant frames (-1: default).
    pub max_grant_frames: i32,
    /// Most maptrack frames (-1: default).
    pub max_maptrack_frames: i32,
    /// Handle.
    pub handle: Option<&'a [u8]>,
    /// Name.
    pub name: Option<&'a str>,
    /// Highest grant version (None: the host's highest).
    pub max_grant_version: Option<u8>,
    /// CPU pool.
    pub cpupool: u32,
}

/// Where a dump stands: the next domain id and the domain-list generation it was made in,
/// tagged for the caller (a cursor of another domain, forged, or from an older list is
/// refused).
fn cursor_tag(secret: u64, caller: DomId, next: DomId, gen: u16) -> u32 {
    // SplitMix64 over the fields: not a MAC against a determined forger with the secret,
    // but a guest cannot guess another domain's tag, and a wrong one is refused.
    let mut z = secret
        ^ (u64::from(caller) << 48)
        ^ (u64::from(next) << 32)
        ^ (u64::from(gen) << 16)
        ^ 0x9E37_79B9_7F4A_7C15;
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    (z ^ (z >> 31)) as u32
}

impl Hypervisor {
    /// `caller` may act on `target` as a toolstack (`None`: an op naming no domain)? The
    /// control domain on any domain but a control domain; a device-model domain on its target
    /// for `device_model` ops; never on a control domain (Xen refuses pausing or destroying
    /// itself, and dom0 is nobody's target).
    pub fn may_act_on(&self, caller: DomId, target: Option<DomId>, device_model: bool) -> bool {
        self.directory().may_act_on(caller, target, device_model)
    }

    /// The domain a toolstack op acts on: it exists (`ESRCH`), is not dying (`ESRCH` for the
    /// ops that need it alive) and the caller may act on it (`EPERM`).
    fn toolstack_target(&self, ctx: &Ctx, dom: DomId, dm: bool) -> Result<DomId, Errno> {
        let id = if dom == DOMID_SELF { ctx.domain } else { dom };
        let d = self.domains.get(&id).ok_or(Errno::ESRCH)?;
        if !self.may_act_on(ctx.domain, Some(id), dm) {
            return Err(Errno::EPERM);
        }
        if d.life.lock().dying {
            return Err(Errno::ESRCH);
        }
        Ok(id)
    }

    /// Append a line to the hypervisor console.
    pub fn console_log(&mut self, line: &str) {
        let now = self.now();
        let text = format!(
            "(XEN) [{:>6}.{:06}] {line}\n",
            now / 1_000_000_000,
            now / 1000 % 1_000_000
        );
        self.console.extend(text.bytes());
        let over = self.console.len().saturating_sub(CONSOLE_BYTES);
        if over > 0 {
            self.console.drain(..over);
            self.console_start = self.console_start.wrapping_add(over as u32);
        }
    }

    /// Create a domain as `domctl.createdomain` does: paused, no memory, no vCPU online.
    pub fn dom_create(&mut self, new: &NewDomain<'_>) -> Result<DomId, Errno> {
        if self.domains.len() >= MAX_DOMAINS {
            return Err(Errno::ENOSPC);
        }
        let id = if new.domain == 0 || new.domain >= DOMID_FIRST_RESERVED {
            self.allocate_domid()?
        } else if self.domains.contains_key(&new.domain) {
            return Err(Errno::EEXIST);
        } else {
            new.domain
        };
        if new.max_vcpus == 0 || new.max_vcpus > crate::vcpu::MAX_VCPUS {
            return Err(Errno::EINVAL);
        }
        let config = DomainConfig {
            privileged: false,
            vcpus: new.max_vcpus,
            pages: 0,
            max_grant_frames: if new.max_grant_frames < 0 {
                64
            } else {
                new.max_grant_frames as u32
            },
            max_maptrack: if new.max_maptrack_frames < 0 {
                1 << 20
            } else {
                (new.max_maptrack_frames as u32).saturating_mul(512)
            },
        };
        self.create_domain(id, config)?;
        let now = self.now();
        let mut handle = [0u8; 16];
        if let Some(h) = new.handle {
            let n = h.len().min(16);
            handle[..n].copy_from_slice(&h[..n]);
        }
        let name = new.name.unwrap_or("").to_string();
        if let Some(d) = self.domains.get_mut(&id) {
            *d.life.lock() = Life {
                paused: true,
                cdf: new.flags,
                max_vcpus: new.max_vcpus,
                name,
                handle,
                cpupool: new.cpupool,
                max_grant_version: new.max_grant_version.unwrap_or(2),
                affinity: vec![(u64::MAX, u64::MAX); new.max_vcpus as usize],
                ..Life::default()
            };
            d.mem.lock().max_pages = 0;
            d.vcpu.lock().pause_all(now);
        }
        if let Some(g) = self.directory().grants(id) {
            g.limit_version(u32::from(new.max_grant_version.unwrap_or(2)));
        }
        if new.handle.is_some() {
            // What `version.guest_handle` reports too (Xen's `d->handle` for both).
            let _ = self.set_domain_handle(id, handle);
        }
        let _ = self.evtchn_set_max(id, new.max_evtchn_port);
        self.recount_held();
        // Created paused: a call of the id's last life still being served (its life
        // question answered before this life was listed) is let finish first.
        self.still(id);
        self.console_log(&format!(
            "d{id}: created (paused), max_vcpus {}",
            new.max_vcpus
        ));
        Ok(id)
    }

    fn evtchn_set_max(&mut self, id: DomId, port: u32) -> Result<(), Errno> {
        self.set_max_evtchn_port(id, port)
    }

    fn allocate_domid(&mut self) -> Result<DomId, Errno> {
        for _ in 0..DOMID_FIRST_RESERVED {
            let id = self.domid_rover;
            self.domid_rover = if id + 1 >= DOMID_FIRST_RESERVED {
                1
            } else {
                id + 1
            };
            if id != 0 && !self.domains.contains_key(&id) {
                return Ok(id);
            }
        }
        Err(Errno::ENOSPC)
    }

    /// getdomaininfo of `id`, as Xen reports it (the directory's, read without the host
    /// lock too).
    pub fn dom_info(&self, id: DomId) -> Option<DomInfo> {
        self.directory().dom_info(id)
    }

    fn stop_clock(&mut self, id: DomId) {
        let now = self.now();
        if let Some(d) = self.domains.get_mut(&id) {
            let online = u64::from(d.vcpu.lock().online());
            let mut l = d.life.lock();
            if let Some(t) = l.running_since.take() {
                l.cpu_time = l
                    .cpu_time
                    .saturating_add(now.saturating_sub(t).saturating_mul(online.max(1)));
            }
        }
    }

    /// pausedomain.
    pub fn dom_pause(&mut self, id: DomId) -> Result<(), Errno> {
        self.stop_clock(id);
        let d = self.domains.get_mut(&id).ok_or(Errno::ESRCH)?;
        d.life.lock().paused = true;
        self.recount_held();
        self.still(id);
        self.bump();
        Ok(())
    }

    /// unpausedomain: vCPU 0 comes up the first time (once max_vcpus was set).
    pub fn dom_unpause(&mut self, id: DomId) -> Result<(), Errno> {
        let now = self.now();
        let d = self.domains.get_mut(&id).ok_or(Errno::ESRCH)?;
        let first = {
            let mut l = d.life.lock();
            if l.max_vcpus > 0 && l.vcpus == 0 {
                // Xen: a domain without vCPUs cannot run.
                return Err(Errno::EINVAL);
            }
            l.paused = false;
            if matches!(l.state, DomainState::Running) && l.running_since.is_none() {
                l.running_since = Some(now);
            }
            let first = !l.started && l.max_vcpus > 0;
            l.started = true;
            first
        };
        if first {
            self.vcpu_boot(id);
            self.console_log(&format!("d{id}: unpaused, vCPU 0 up"));
        }
        self.recount_held();
        self.bump();
        Ok(())
    }

    /// Stop counting time for a domain that shut down (sched calls it).
    pub(crate) fn dom_shutdown_hook(&mut self, id: DomId, reason: u32) {
        self.stop_clock(id);
        self.console_log(&format!("d{id}: shut down, reason {reason}"));
    }

    /// destroydomain, whole: the domain becomes dying, its resources are released, and it is
    /// gone once nothing refers to it ([`reap`](Self::reap)). The toolstack's op releases
    /// the grant mappings in slices instead ([`dom_destroy_slice`](Self::dom_destroy_slice)).
    pub fn dom_destroy(&mut self, id: DomId) -> Result<(), Errno> {
        while !self.dom_destroy_slice(id, u32::MAX)? {}
        Ok(())
    }

    /// destroydomain with its grant mappings released a slice at a time: the first call
    /// makes the domain dying and releases what is quick to release (event channels,
    /// memory, links) and up to `budget` of the grant mappings it holds (a maptrack of up
    /// to `max_maptrack`, a million by default, which a guest fills); the rest go a slice
    /// per [`tick`](Self::tick), so that the host lock is held for one slice at a time and
    /// one domain's teardown does not stop the others, as Xen's `domain_kill` is preempted
    /// and continued. The domain stays dying (visible, its id not given again) until the
    /// last slice is released, then is reaped when nothing refers to it. `Ok(true)` once
    /// it holds no mapping; a later call releases the next slice at once.
    pub fn dom_destroy_slice(&mut self, id: DomId, budget: u32) -> Result<bool, Errno> {
        let d = self.domains.get(&id).ok_or(Errno::ESRCH)?;
        if d.life.lock().dying {
            return Ok(self.release_slice(id, budget));
        }
        self.stop_clock(id);
        let now = self.now();
        if let Some(d) = self.domains.get_mut(&id) {
            d.life.lock().dying = true;
            self.dying += 1;
            // Its vCPUs stop and their timers with them; its watchdogs go: nothing of it
            // fires (and wakes the host's waiters) while it waits to be reaped.
            d.vcpu.lock().shut_down(now);
            d.sched.disarm_all();
        }
        self.relist(id);
        // Event channels: no port allocated from now on, every port closed; interdomain
        // peers become unbound.
        if let Some(d) = self.domains.get(&id) {
            d.evtchn.lock().set_dying();
        }
        let _ = self.evtchn_close_all(id);
        // Grants: it maps nothing from now on; the mappings it holds are released below, in
        // slices (the owners' pins drop).
        if let Some(g) = self.directory().grants(id) {
            g.set_dying();
        }
        // Foreign frames it mapped are released; its own memory is freed.
        self.release_memory(id);
        // Device-model links pointing at it are cut.
        let served: Vec<DomId> = self
            .domains
            .values()
            .filter(|d| d.life.lock().dm_target == Some(id))
            .map(|d| d.id)
            .collect();
        for dm in served {
            if let Some(d) = self.domains.get_mut(&dm) {
                d.life.lock().dm_target = None;
            }
            self.relist(dm);
        }
        let life = self.domains.get(&id).map_or(0, |d| d.incarnation);
        self.dead.push((id, life));
        self.recount_held();
        self.list_gen = self.list_gen.wrapping_add(1);
        self.console_log(&format!("d{id}: destroyed (dying)"));
        self.bump();
        Ok(self.release_slice(id, budget))
    }

    /// Release up to `budget` of dying domain `id`'s grant mappings: `true` once none is
    /// left (then reap). Until then the domain is on the list [`tick`](Self::tick) goes on
    /// releasing from.
    fn release_slice(&mut self, id: DomId, budget: u32) -> bool {
        if !self.grant_release_some(id, budget) {
            if !self.releasing.contains(&id) {
                self.releasing.push(id);
            }
            return false;
        }
        self.releasing.retain(|&d| d != id);
        self.reap();
        true
    }

    /// One slice of the grant mappings of the first dying domain still releasing them (a
    /// [`tick`](Self::tick)'s share of a destroy).
    pub(crate) fn release_pending(&mut self) {
        if let Some(&id) = self.releasing.first() {
            if self.domains.contains_key(&id) {
                self.release_slice(id, DESTROY_SLICE);
            } else {
                self.releasing.remove(0);
            }
        }
    }

    /// Dying domains whose grant mappings are still being released, a slice per tick.
    pub fn releasing(&self) -> usize {
        self.releasing.len()
    }

    /// Dying domains nothing refers to any more are gone: no other domain maps their grants
    /// or their frames.
    pub fn reap(&mut self) {
        if self.dying == 0 {
            return;
        }
        self.reap_looks += 1;
        let dying: Vec<DomId> = self
            .domains
            .values()
            .filter(|d| d.life.lock().dying)
            .map(|d| d.id)
            .collect();
        for id in dying {
            // Mappings it still holds (its destroy not done releasing them) pin other
            // domains' grants: it stays until they are released.
            // (Nor while its id is on `releasing`, though its own unmaps left none: a new
            // domain given the id then would have its mappings released.)
            let referenced = self.releasing.contains(&id)
                || self.grant_mappings_held(id) != 0
                || self.grants_mapped_by_others(id)
                || self
                    .domains
                    .values()
                    .any(|d| d.id != id && d.mem.lock().foreign.values().any(|&(f, _)| f == id));
            if !referenced {
                self.dying -= 1;
                let d = self.domains.remove(&id);
                self.relist(id);
                if let Some(d) = d {
                    self.bury(d);
                }
                self.deadlines.remove(&id);
                self.list_gen = self.list_gen.wrapping_add(1);
                self.console_log(&format!("d{id}: gone"));
                // (What waits for the id to be free sees it now.)
                self.bump();
            }
        }
    }

    /// How many times the dying domains were looked at for reaping (each look scans their
    /// grants and every domain's foreign frames): once per destroy or per reference let go,
    /// not once per tick.
    pub fn reap_looks(&self) -> u64 {
        self.reap_looks
    }

    /// Domains destroyed since the last call, each with the life that ended
    /// ([`Domain::incarnation`](crate::Domain::incarnation)): the engine tears down the
    /// queues that life set up.
    pub fn take_destroyed(&mut self) -> Vec<(DomId, u64)> {
        std::mem::take(&mut self.dead)
    }

    fn release_memory(&mut self, id: DomId) {
        if let Some(d) = self.domains.get(&id) {
            let mut m = d.mem.lock();
            m.dying = true;
            // Only what came from the free pages goes back to them (a domain built whole
            // has RAM that never did).
            let claimed = m.tot_pages.saturating_sub(m.fixed_pages);
            self.directory().free_pages().give(claimed);
            m.tot_pages = 0;
            m.fixed_pages = 0;
            m.map = PageMap::default();
            m.foreign.clear();
        }
    }

    /// max_vcpus: bring the vCPU count to `n` (at most createdomain's max-vcpus).
    pub fn dom_max_vcpus(&mut self, id: DomId, n: u32) -> Result<(), Errno> {
        let d = self.domains.get_mut(&id).ok_or(Errno::ESRCH)?;
        let mut l = d.life.lock();
        if l.max_vcpus > 0 && n > l.max_vcpus {
            return Err(Errno::EINVAL);
        }
        l.vcpus = n;
        Ok(())
    }

    /// max_mem in KiB (at most 1 TiB).
    pub fn dom_max_mem(&mut self, id: DomId, kib: u64) -> Result<(), Errno> {
        let pages = kib / 4;
        if pages > MAX_MEM_PAGES {
            return Err(Errno::EINVAL);
        }
        let d = self.domains.get(&id).ok_or(Errno::ESRCH)?;
        // Xen allows max below the current count; new pages are refused until it drops.
        d.mem.lock().max_pages = pages;
        Ok(())
    }

    /// Domain `id`'s memory (`ESRCH`: no such domain).
    fn memory_of(&self, id: DomId) -> Result<Memory, Errno> {
        self.domains
            .get(&id)
            .map(|d| d.mem.clone())
            .ok_or(Errno::ESRCH)
    }

    /// Back `1 << order` frames from `gpfn` with memory for `id`, counted against its
    /// max_mem and the host's free pages (`Reservation::populate`).
    pub fn populate(&mut self, id: DomId, gpfn: u64, order: u8) -> Result<(), Errno> {
        let m = self.memory_of(id)?;
        let mut m = m.lock();
        let r = m.populate(self.directory().free_pages(), gpfn, order);
        let grown = m.grow_layout();
        drop(m);
        if let Some((layout, end)) = grown {
            self.directory().grow_ram(id, layout, end);
        }
        r
    }

    /// [`populate`](Self::populate) for a list of extents (`Reservation::populate_extents`).
    pub fn populate_extents(
        &mut self,
        id: DomId,
        order: u8,
        ordered: bool,
        gpfns: impl Iterator<Item = u64>,
        out: &mut dyn FnMut(ExtentResult) -> Result<(), Errno>,
    ) -> Result<(), Errno> {
        let m = self.memory_of(id)?;
        let mut m = m.lock();
        let r = m.populate_extents(self.directory().free_pages(), order, ordered, gpfns, out);
        let grown = m.grow_layout();
        drop(m);
        if let Some((layout, end)) = grown {
            self.directory().grow_ram(id, layout, end);
        }
        r
    }

    /// Give back the `1 << order` frames from `gpfn` of `id`.
    pub fn depopulate(&mut self, id: DomId, gpfn: u64, order: u8) -> Result<(), Errno> {
        let m = self.memory_of(id)?;
        let mut m = m.lock();
        m.depopulate(self.directory().free_pages(), gpfn, order)
    }

    /// One part of the domain list for `caller` from `cursor` (0: the start): at most `max`
    /// domains and the cursor of the next part (`None`: the last part).
    pub fn dump(
        &mut self,
        caller: DomId,
        cursor: u64,
        max: u32,
    ) -> Result<(Vec<DomInfo>, Option<u64>), Errno> {
        let from = if cursor == 0 {
            0
        } else {
            let next = (cursor & 0xFFFF) as DomId;
            let gen = ((cursor >> 16) & 0xFFFF) as u16;
            let tag = (cursor >> 32) as u32;
            if tag != cursor_tag(self.cursor_secret, caller, next, gen) {
                // Another domain's cursor, or a forged one.
                return Err(Errno::EINVAL);
            }
            if gen != self.list_gen {
                // The list changed since: start again.
                return Err(Errno::ESTALE);
            }
            next
        };
        let max = max.clamp(1, 64) as usize;
        let mut out = Vec::with_capacity(max);
        let mut next = None;
        for &id in self.domains.range(from..).map(|(k, _)| k) {
            if out.len() == max {
                next = Some(id);
                break;
            }
            if let Some(i) = self.dom_info(id) {
                out.push(i);
            }
        }
        let cursor = next.map(|n| {
            let gen = self.list_gen;
            (u64::from(cursor_tag(self.cursor_secret, caller, n, gen)) << 32)
                | (u64::from(gen) << 16)
                | u64::from(n)
        });
        Ok((out, cursor))
    }

    /// physinfo, version-neutral: (total pages, free pages).
    pub fn host_pages(&self) -> (u64, u64) {
        (HOST_PAGES, self.directory().free_pages().get())
    }

    /// Host memory the model holds for domain `id`'s memory bookkeeping, in bytes.
    pub fn memory_footprint(&self, id: DomId) -> Option<usize> {
        let d = self.domains.get(&id)?;
        let m = d.mem.lock();
        Some(
            std::mem::size_of::<crate::Domain>()
                + std::mem::size_of::<Reservation>()
                + m.map.footprint()
                + m.foreign.len() * 48
                + {
                    let l = d.life.lock();
                    l.affinity.capacity() * 16 + l.name.capacity()
                },
        )
    }
}

/// Most foreign frames one domain may map at once (a toolstack or device model mapping a
/// guest's memory: 256 MiB of 4 KiB frames; about 3 MiB of bookkeeping at most).
pub const MAX_FOREIGN: usize = 1 << 16;

impl domctl::Backend for Hypervisor {
    fn createdomain(&mut self, ctx: &Ctx, req: &CreateReq<'_>) -> Result<CreateReply, Errno> {
        if !self.may_act_on(ctx.domain, None, false) {
            return Err(Errno::EPERM);
        }
        let domain = self.dom_create(&NewDomain {
            domain: req.domain,
            flags: req.flags.0,
            max_vcpus: req.max_vcpus,
            max_evtchn_port: req.max_evtchn_port,
            max_grant_frames: req.max_grant_frames,
            max_maptrack_frames: req.max_maptrack_frames,
            handle: req.handle,
            name: req.name,
            max_grant_version: req.max_grant_version,
            cpupool: req.cpupool_id,
        })?;
        Ok(CreateReply { domain })
    }

    fn destroydomain(&mut self, ctx: &Ctx, req: &domctl::DomReq) -> Result<(), Errno> {
        let id = if req.domain == DOMID_SELF {
            ctx.domain
        } else {
            req.domain
        };
        self.domains.get(&id).ok_or(Errno::ESRCH)?;
        if !self.may_act_on(ctx.domain, Some(id), false) {
            return Err(Errno::EPERM);
        }
        // The rest of its mappings, if any, go a slice per tick.
        self.dom_destroy_slice(id, DESTROY_SLICE)?;
        Ok(())
    }

    fn pausedomain(&mut self, ctx: &Ctx, req: &domctl::DomReq) -> Result<(), Errno> {
        let id = self.toolstack_target(ctx, req.domain, false)?;
        self.dom_pause(id)
    }

    fn unpausedomain(&mut self, ctx: &Ctx, req: &domctl::DomReq) -> Result<(), Errno> {
        let id = self.toolstack_target(ctx, req.domain, false)?;
        self.dom_unpause(id)
    }

    fn getdomaininfo(&mut self, ctx: &Ctx, req: &QueryReq) -> Result<Info<'_>, Errno> {
        let (id, i) = self.directory().getdomaininfo(ctx, req)?;
        let (name, handle) = &mut self.info_reply;
        *handle = self.directory.dom_name(id, name).ok_or(Errno::ESRCH)?;
        Ok(info(id, &i, &self.info_reply.0, &self.info_reply.1))
    }

    fn setvcpuaffinity(&mut self, ctx: &Ctx, req: &AffinityReq) -> Result<AffinityReply, Errno> {
        let id = self.toolstack_target(ctx, req.domain, false)?;
        let d = self.domains.get_mut(&id).ok_or(Errno::ESRCH)?;
        let n = d.vcpu.lock().len() as usize;
        let mut l = d.life.lock();
        if l.affinity.len() < n {
            l.affinity.resize(n, (u64::MAX, u64::MAX));
        }
        let slot = l.affinity.get_mut(req.vcpu as usize).ok_or(Errno::EINVAL)?;
        // The model's host has 64 CPUs; an empty hard affinity is refused as in Xen.
        if req.hard == 0 {
            return Err(Errno::EINVAL);
        }
        *slot = (req.hard, req.soft);
        Ok(AffinityReply {
            hard: req.hard,
            soft: req.soft,
        })
    }

    fn max_mem(&mut self, ctx: &Ctx, req: &MaxMemReq) -> Result<(), Errno> {
        let id = self.toolstack_target(ctx, req.domain, false)?;
        self.dom_max_mem(id, req.max_memkb)
    }

    fn getvcpuinfo(&mut self, ctx: &Ctx, req: &VcpuQueryReq) -> Result<VcpuinfoReply, Errno> {
        self.directory().getvcpuinfo(ctx, req)
    }

    fn max_vcpus(&mut self, ctx: &Ctx, req: &MaxVcpusReq) -> Result<(), Errno> {
        let id = self.toolstack_target(ctx, req.domain, false)?;
        self.dom_max_vcpus(id, req.max)
    }

    fn settimeoffset(&mut self, ctx: &Ctx, req: &TimeOffsetReq) -> Result<(), Errno> {
        let id = self.toolstack_target(ctx, req.domain, false)?;
        let d = self.domains.get_mut(&id).ok_or(Errno::ESRCH)?;
        d.life.lock().time_offset = req.seconds;
        Ok(())
    }

    fn getvcpuaffinity(&mut self, ctx: &Ctx, req: &VcpuQueryReq) -> Result<AffinityReply, Errno> {
        self.directory().getvcpuaffinity(ctx, req)
    }

    fn set_target(&mut self, ctx: &Ctx, req: &SetTargetReq) -> Result<(), Errno> {
        let id = self.toolstack_target(ctx, req.domain, false)?;
        let target = self.toolstack_target(ctx, req.target, false)?;
        if target == id {
            return Err(Errno::EINVAL);
        }
        let d = self.domains.get_mut(&id).ok_or(Errno::ESRCH)?;
        d.life.lock().dm_target = Some(target);
        self.relist(id);
        Ok(())
    }

    fn get_paging_mempool_size(
        &mut self,
        ctx: &Ctx,
        req: &domctl::DomReq,
    ) -> Result<MempoolReply, Errno> {
        let id = self.toolstack_target(ctx, req.domain, false)?;
        let d = self.domains.get(&id).ok_or(Errno::ESRCH)?;
        Ok(MempoolReply {
            size: d.life.lock().paging_pool,
        })
    }

    fn set_paging_mempool_size(&mut self, ctx: &Ctx, req: &MempoolReq) -> Result<(), Errno> {
        let id = self.toolstack_target(ctx, req.domain, false)?;
        if req.size % 4096 != 0 {
            return Err(Errno::EINVAL);
        }
        let d = self.domains.get_mut(&id).ok_or(Errno::ESRCH)?;
        d.life.lock().paging_pool = req.size;
        Ok(())
    }
}

/// The guest-physical address width the model reports (gpaddr_bits).
pub const GPADDR_BITS: u8 = 40;

/// What physinfo reports as the model's capabilities (HVM with HAP, grant v1 and v2).
pub const CAPABILITIES: u32 =
    Physcap::HVM.0 | Physcap::HAP.0 | Physcap::GNTTAB_V1.0 | Physcap::GNTTAB_V2.0;

impl sysctl::Backend for Hypervisor {
    fn readconsole(&mut self, ctx: &Ctx, req: &ConsoleReq) -> Result<ConsoleReply<'_>, Errno> {
        if !self.may_act_on(ctx.domain, None, false) {
            return Err(Errno::EPERM);
        }
        // Indices count bytes since boot; `console_start` is that of the first byte kept.
        let start = self.console_start;
        let kept = self.console.len();
        let off = (req.index.wrapping_sub(start) as usize).min(kept);
        let n = (kept - off).min(req.max_bytes as usize);
        self.console_scratch.clear();
        self.console_scratch
            .extend(self.console.iter().skip(off).take(n).copied());
        if req.clear {
            self.console.drain(..off + n);
            self.console_start = start.wrapping_add((off + n) as u32);
        }
        Ok(ConsoleReply {
            index: start.wrapping_add((off + n) as u32),
            data: (!self.console_scratch.is_empty()).then_some(&self.console_scratch[..]),
        })
    }

    fn physinfo(&mut self, ctx: &Ctx) -> Result<PhysinfoReply, Errno> {
        if !self.may_act_on(ctx.domain, None, false) {
            return Err(Errno::EPERM);
        }
        Ok(PhysinfoReply {
            threads_per_core: 1,
            cores_per_socket: 64,
            nr_cpus: 64,
            max_cpu_id: Some(63),
            nr_nodes: Some(1),
            cpu_khz: Some(2_000_000),
            capabilities: Physcap(CAPABILITIES),
            total_pages: HOST_PAGES,
            free_pages: self.directory().free_pages().get(),
            max_mfn: Some(HOST_PAGES - 1),
        })
    }

    fn getdomaininfolist(&mut self, ctx: &Ctx, req: &ListReq) -> Result<ListReply<'_>, Errno> {
        if !self.may_act_on(ctx.domain, None, false) {
            return Err(Errno::EPERM);
        }
        let (infos, cursor) = self.dump(ctx.domain, req.cursor, req.max_domains)?;
        self.dump_entries.clear();
        self.dump_entries.extend(infos.iter().map(|i| ListEntry {
            domain: i.domain,
            flags: sysctl::DominfFlags(i.flags),
            tot_pages: i.tot_pages,
            max_pages: i.max_pages,
            nr_online_vcpus: i.nr_online_vcpus,
            cpu_time: i.cpu_time,
            max_vcpu_id: Some(i.max_vcpu_id),
            cpupool: Some(i.cpupool),
            gpaddr_bits: Some(GPADDR_BITS),
        }));
        Ok(ListReply {
            domain: List::new(&self.dump_entries),
            cursor,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixtures::{self, kernel, DOM1};
    use hvlink_proto::domctl::Backend as _;
    use hvlink_proto::sysctl::Backend as _;

    fn new(name: &str) -> NewDomain<'_> {
        NewDomain {
            max_vcpus: 2,
            max_evtchn_port: 1023,
            max_grant_frames: -1,
            max_maptrack_frames: -1,
            name: Some(name),
            flags: domctl::Cdf::HVM.0,
            ..NewDomain::default()
        }
    }

    #[test]
    fn the_lifecycle_of_a_domid_as_getdomaininfo_reports_it() {
        let mut hv = fixtures::standard();
        let d = hv.dom_create(&new("g")).unwrap();
        assert_eq!(d, 3, "the rover skips the fixtures' 1 and 2");
        let i = hv.dom_info(d).unwrap();
        assert_eq!(i.flags, Dominf::PAUSED.0 | Dominf::HVM_GUEST.0);
        assert_eq!((i.tot_pages, i.max_pages, i.nr_online_vcpus), (0, 0, 0));
        // No vCPUs set yet: it cannot run.
        assert_eq!(hv.dom_unpause(d), Err(Errno::EINVAL));
        assert_eq!(hv.dom_max_vcpus(d, 3), Err(Errno::EINVAL));
        hv.dom_max_vcpus(d, 2).unwrap();
        // Memory counts against max_mem.
        assert_eq!(hv.populate(d, 0, 0), Err(Errno::ENOMEM));
        hv.dom_max_mem(d, 4 * 1024).unwrap(); // 1024 pages
        hv.populate(d, 0, 9).unwrap();
        assert_eq!(hv.populate(d, 0, 0), Err(Errno::EEXIST));
        assert_eq!(hv.populate(d, 256, 8), Err(Errno::EEXIST));
        hv.populate(d, 512, 9).unwrap();
        assert_eq!(hv.populate(d, 1024, 0), Err(Errno::ENOMEM));
        assert_eq!(hv.populate(d, 3, 1), Err(Errno::EINVAL), "misaligned");
        assert_eq!(hv.populate(d, MAX_GPFN, 0), Err(Errno::EINVAL));
        hv.depopulate(d, 7, 0).unwrap();
        assert_eq!(hv.depopulate(d, 7, 0), Err(Errno::ENOENT));
        assert_eq!(hv.dom_info(d).unwrap().tot_pages, 1023);
        hv.dom_unpause(d).unwrap();
        let i = hv.dom_info(d).unwrap();
        assert_eq!(i.flags, Dominf::RUNNING.0 | Dominf::HVM_GUEST.0);
        assert_eq!(i.nr_online_vcpus, 1, "vCPU 0 came up");
        // Its only vCPU blocks (waits for an event): blocked instead of running.
        hv.vcpu_set_runstate(d, 0, hvlink_proto::vcpu::Runstate::BLOCKED)
            .unwrap();
        assert_eq!(
            hv.dom_info(d).unwrap().flags,
            Dominf::BLOCKED.0 | Dominf::HVM_GUEST.0
        );
        hv.vcpu_set_runstate(d, 0, hvlink_proto::vcpu::Runstate::RUNNING)
            .unwrap();
        hv.dom_pause(d).unwrap();
        assert_ne!(hv.dom_info(d).unwrap().flags & Dominf::PAUSED.0, 0);
        hv.dom_unpause(d).unwrap();
        // Shutdown latches the reason (crash = 3) in bits 16..23.
        hv.domain_shutdown(d, 3).unwrap();
        let f = hv.dom_info(d).unwrap().flags;
        assert_eq!(f & Dominf::SHUTDOWN.0, Dominf::SHUTDOWN.0);
        assert_eq!((f >> 16) & 0xFF, 3);
        assert_eq!(f & Dominf::RUNNING.0, 0);
        // Destroyed: nothing refers to it, so it is gone at once; its pages went back.
        let (_, free) = hv.host_pages();
        let life = hv.incarnation(d).unwrap();
        hv.dom_destroy(d).unwrap();
        assert!(hv.dom_info(d).is_none());
        assert_eq!(hv.host_pages().1, free + 1023);
        assert_eq!(hv.take_destroyed(), [(d, life)], "the life that ended");
        // Ids are not reused at once.
        assert_eq!(hv.dom_create(&new("h")).unwrap(), 4);
    }

    /// A `createdomain` request for one vCPU, every limit its default.
    fn one_vcpu() -> domctl::CreateReq<'static> {
        domctl::CreateReq {
            domain: 0,
            flags: domctl::Cdf(0),
            max_vcpus: 1,
            max_evtchn_port: 1023,
            max_grant_frames: -1,
            max_maptrack_frames: -1,
            handle: None,
            name: None,
            max_grant_version: None,
            cpupool_id: 0,
        }
    }

    #[test]
    fn privilege_and_bounds() {
        let mut hv = fixtures::standard();
        let req = one_vcpu();
        assert_eq!(hv.createdomain(&kernel(DOM1), &req), Err(Errno::EPERM));
        let d = hv.createdomain(&kernel(0), &req).unwrap().domain;
        // Guests see only themselves; the control domain never acts on itself.
        let q = domctl::QueryReq { domain: d };
        assert_eq!(
            hv.getdomaininfo(&kernel(DOM1), &q).err(),
            Some(Errno::EPERM)
        );
        assert!(hv
            .getdomaininfo(&kernel(DOM1), &domctl::QueryReq { domain: DOMID_SELF })
            .is_ok());
        assert_eq!(
            hv.pausedomain(&kernel(0), &domctl::DomReq { domain: 0 }),
            Err(Errno::EPERM)
        );
        assert_eq!(
            hv.destroydomain(&kernel(0), &domctl::DomReq { domain: 0 }),
            Err(Errno::EPERM)
        );
        // A wanted id that exists; a bound on domains.
        let taken = domctl::CreateReq { domain: d, ..req };
        assert_eq!(
            hv.createdomain(&kernel(0), &taken).err(),
            Some(Errno::EEXIST)
        );
        let mut made = hv.domain_ids().count();
        while made < MAX_DOMAINS {
            hv.createdomain(&kernel(0), &req).unwrap();
            made += 1;
        }
        assert_eq!(hv.createdomain(&kernel(0), &req).err(), Some(Errno::ENOSPC));
    }

    /// A domain created with `max-grant-version` 1 may not switch its table to version 2
    /// (Xen's ENOSYS); one created without a limit may.
    #[test]
    fn createdomain_limits_and_handle_are_kept() {
        use hvlink_proto::grant_table::{Backend as _, SetVersionReq};
        let mut hv = fixtures::standard();
        let req = |v: Option<u8>| domctl::CreateReq {
            max_grant_version: v,
            ..one_vcpu()
        };
        let v1 = hv.createdomain(&kernel(0), &req(Some(1))).unwrap().domain;
        let any = hv.createdomain(&kernel(0), &req(None)).unwrap().domain;
        let set = |hv: &mut Hypervisor, d: DomId, version: u32| {
            hv.set_version(&kernel(d), &SetVersionReq { version })
                .map(|r| r.version)
        };
        assert_eq!(set(&mut hv, v1, 2), Err(Errno::ENOSYS));
        // A vCPU past the domain's is EINVAL, as Xen's getvcpuinfo answers.
        assert_eq!(
            hv.getvcpuinfo(
                &kernel(0),
                &domctl::VcpuQueryReq {
                    domain: any,
                    vcpu: 5
                }
            )
            .err(),
            Some(Errno::EINVAL)
        );
        // Extent orders past the model's are refused, not shifted out of range.
        assert_eq!(hv.populate(any, 0, 64), Err(Errno::EINVAL));
        assert_eq!(hv.depopulate(any, 0, 200), Err(Errno::EINVAL));
        // The handle given at creation is the one `version.guest_handle` reports.
        let uuid = [7u8; 16];
        let h = hv
            .createdomain(
                &kernel(0),
                &domctl::CreateReq {
                    handle: Some(&uuid[..]),
                    ..req(None)
                },
            )
            .unwrap()
            .domain;
        let got = hvlink_proto::version::Backend::guest_handle(&mut hv, &kernel(h))
            .map(|r| r.handle.to_vec());
        assert_eq!(got, Ok(uuid.to_vec()));
        assert_eq!(set(&mut hv, v1, 1), Ok(1));
        assert_eq!(set(&mut hv, any, 2), Ok(2));
        assert_eq!(set(&mut hv, any, 3), Err(Errno::EINVAL));
    }

    /// A domain the toolstack builds (created with no RAM, then populated frame by frame)
    /// has the RAM it was given: its vCPU areas may lie there, its frames may be granted
    /// and mapped, `maximum_gpfn` and `get_mem_type` say so, and its grant table's frames
    /// lie above any frame it may have. Before, its layout stayed empty: `vcpu_info` was
    /// refused, every grant of it was `bad_page`, `maximum_gpfn` was 0.
    #[test]
    fn a_domain_the_toolstack_populates_has_that_ram() {
        use hvlink_proto::grant_table::{
            Backend as _, GntmapFlags, Gntst, MapEntry, MapMode, MapReqForm,
        };
        use hvlink_proto::hvm::{Backend as _, HvmmemType, MemTypeReq};
        use hvlink_proto::memory::{Backend as _, DomReq};
        use hvlink_proto::vcpu::{Backend as _, VcpuInfoReq};
        let mut hv = fixtures::standard();
        let d = hv.createdomain(&kernel(0), &one_vcpu()).unwrap().domain;
        hv.dom_max_mem(d, 4096).unwrap();
        let mut statuses = Vec::new();
        hv.populate_extents(d, 0, true, 0..512u64, &mut |r| {
            statuses.push(r.status);
            Ok(())
        })
        .unwrap();
        assert!(statuses.iter().all(|s| *s == ExtentStatus::OKAY));
        let gpfn = |hv: &mut Hypervisor| {
            hv.maximum_gpfn(&kernel(0), &DomReq { dom: d })
                .unwrap()
                .gpfn
        };
        assert_eq!(gpfn(&mut hv), 511);
        let ty = hv
            .get_mem_type(&kernel(0), &MemTypeReq { dom: d, pfn: 10 })
            .unwrap()
            .mem_type;
        assert_eq!(ty, HvmmemType::RAM_RW);
        hv.register_vcpu_info(
            &kernel(d),
            &VcpuInfoReq {
                vcpu: 0,
                gfn: 10,
                offset: 0,
            },
        )
        .unwrap();
        // Its frame 20, granted to dom 1, maps.
        hv.grant_access(d, 8, DOM1, 20, false).unwrap();
        let entry = MapEntry {
            flags: GntmapFlags::HOST_MAP,
            dom: d,
            r#ref: 8,
            host_addr: 0x10_0000,
        };
        let mut got = None;
        hv.map_grant_ref(
            &kernel(DOM1),
            &hvlink_proto::grant_table::MapReq {
                form: MapReqForm::Batch {
                    mode: MapMode::INDEPENDENT,
                    entry: hvlink_proto::rt::List::new(&[entry]),
                },
            },
            &mut |r| {
                got = Some(r.status);
                Ok(())
            },
        )
        .unwrap();
        assert_eq!(got, Some(Gntst::OKAY));
        // The table's frames lie above anything it may populate.
        let frames = hv.domain(d).unwrap().grant.frame_gfns();
        assert!(
            !frames.is_empty() && frames.iter().all(|&f| f >= MAX_GPFN),
            "{frames:?}"
        );
        // More memory, higher up: the layout grows with it.
        hv.populate_extents(d, 0, true, 900..901u64, &mut |_| Ok(()))
            .unwrap();
        assert_eq!(gpfn(&mut hv), 900);
    }

    /// A domain built whole (its RAM fixed at creation, never taken from the free pages)
    /// gives none back when destroyed: the free pages never exceed the host's.
    #[test]
    fn a_domain_built_whole_gives_back_no_free_pages() {
        let mut hv = fixtures::standard();
        let (total, free) = hv.host_pages();
        hv.dom_destroy(DOM1).unwrap();
        let (total_after, free_after) = hv.host_pages();
        assert_eq!((total_after, free_after), (total, free));
        assert!(free_after <= total_after);
    }

    #[test]
    fn dump_parts_and_cursors() {
        let mut hv = fixtures::standard();
        for i in 0..5 {
            let name = format!("g{i}");
            hv.dom_create(&new(&name)).unwrap();
        }
        let mut seen = Vec::new();
        let mut cursor = 0;
        loop {
            let (part, next) = hv.dump(0, cursor, 3).unwrap();
            assert!(part.len() <= 3);
            seen.extend(part.iter().map(|i| i.domain));
            match next {
                Some(n) => cursor = n,
                None => break,
            }
        }
        assert_eq!(seen, [0, 1, 2, 3, 4, 5, 6, 7]);
        let (_, c) = hv.dump(0, 0, 3).unwrap();
        let c = c.unwrap();
        assert_eq!(
            hv.dump(1, c, 3).err(),
            Some(Errno::EINVAL),
            "another caller's"
        );
        assert_eq!(hv.dump(0, c ^ 1, 3).err(), Some(Errno::EINVAL), "forged");
        hv.dom_destroy(7).unwrap();
        assert_eq!(
            hv.dump(0, c, 3).err(),
            Some(Errno::ESTALE),
            "the list changed"
        );
        // Through the sysctl op, the control domain only.
        let req = sysctl::ListReq {
            cursor: 0,
            max_domains: 64,
        };
        assert_eq!(
            hv.getdomaininfolist(&kernel(DOM1), &req).err(),
            Some(Errno::EPERM)
        );
        let r = hv.getdomaininfolist(&kernel(0), &req).unwrap();
        assert_eq!(r.domain.len(), 7);
        assert_eq!(r.cursor, None);
    }

    #[test]
    fn console_reads_from_an_index() {
        let mut hv = fixtures::standard();
        hv.dom_create(&new("c")).unwrap();
        let req = sysctl::ConsoleReq {
            clear: false,
            index: 0,
            max_bytes: 2048,
        };
        let r = hv.readconsole(&kernel(0), &req).unwrap();
        let text = String::from_utf8_lossy(r.data.unwrap()).into_owned();
        assert!(text.contains("d3: created (paused)"), "{text}");
        let end = r.index;
        let again = hv
            .readconsole(&kernel(0), &sysctl::ConsoleReq { index: end, ..req })
            .unwrap();
        assert!(again.data.is_none(), "nothing new");
        assert_eq!(
            hv.readconsole(&kernel(DOM1), &req).err(),
            Some(Errno::EPERM)
        );
    }
}

#[cfg(test)]
mod page_map_tests {
    use super::PageMap;

    #[test]
    fn ranges_match_bits() {
        let mut m = PageMap::default();
        m.set_range(5, 700, true);
        assert_eq!(m.count(0, 1 << 12), 700);
        assert_eq!(m.count(5, 700), 700);
        assert_eq!(m.count(0, 5), 0);
        assert!(m.get(5) && m.get(704) && !m.get(705) && !m.get(4));
        m.set_range(64, 64, false);
        assert_eq!(m.count(0, 1 << 12), 636);
        m.set(64, true);
        assert_eq!(m.count(60, 8), 5);
        m.set_range(0, 1 << 12, false);
        assert_eq!(m.footprint(), 0, "empty chunks are dropped");
    }
}

#[cfg(test)]
mod populate_tests {
    use super::*;
    use crate::fixtures;

    /// The batch path answers as the one-extent path does, extent by extent.
    #[test]
    fn populate_extents_matches_populate() {
        let mut a = fixtures::standard();
        let mut b = fixtures::standard();
        let new = NewDomain {
            max_vcpus: 1,
            ..NewDomain::default()
        };
        let (da, db) = (a.dom_create(&new).unwrap(), b.dom_create(&new).unwrap());
        a.dom_max_mem(da, 4 * 700).unwrap();
        b.dom_max_mem(db, 4 * 700).unwrap();
        // In order, a repeat, misaligned for order 0? (never), out of range, over max_mem,
        // across chunks.
        let gpfns: Vec<u64> = (0..600)
            .chain([5, MAX_GPFN, 1000])
            .chain(1020..1200)
            .collect();
        let mut got = Vec::new();
        a.populate_extents(da, 0, false, gpfns.iter().copied(), &mut |r| {
            got.push(r.status);
            Ok(())
        })
        .unwrap();
        let want: Vec<ExtentStatus> = gpfns
            .iter()
            .map(|&g| match b.populate(db, g, 0) {
                Ok(()) => ExtentStatus::OKAY,
                Err(Errno::EEXIST) => ExtentStatus::EEXIST,
                Err(Errno::ENOMEM) => ExtentStatus::ENOMEM,
                Err(_) => ExtentStatus::EINVAL,
            })
            .collect();
        assert_eq!(got, want);
        assert_eq!(a.dom_info(da).unwrap().tot_pages, 700);
        assert_eq!(a.host_pages(), b.host_pages());
        for g in 0..1300 {
            assert_eq!(
                a.domains[&da].mem.lock().map.get(g),
                b.domains[&db].mem.lock().map.get(g),
                "{g}"
            );
        }
        // Ordered: the rest cancelled after the first failure; order 9 through the general
        // path.
        let mut st = Vec::new();
        a.populate_extents(da, 9, true, [4096, 4096, 8192].into_iter(), &mut |r| {
            st.push(r.status);
            Ok(())
        })
        .unwrap();
        assert_eq!(
            st,
            [
                ExtentStatus::ENOMEM,
                ExtentStatus::CANCELLED,
                ExtentStatus::CANCELLED
            ]
        );
    }
}
