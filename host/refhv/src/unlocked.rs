//! What the model serves without the engine's host lock ([`hvlink_proto::Unlocked`]), from a
//! [`Directory`] of the domains kept apart from the rest of the model:
//!
//! - the `version` family: Xen's `do_xen_version` takes no lock; it reads constants and the
//!   calling domain's own fields;
//! - the event channel family: a domain's ports are behind a lock of their own
//!   ([`crate::evtchn::Channels`]), as Xen's are behind the domain's event lock and the
//!   channels' locks, never a global one; an op on an interdomain channel holds both
//!   domains' ports, the lower id's first, so both ends change together (bind, close) and
//!   a `send` sees the channel whole or gone;
//! - the vCPU ops: timers, run state, `up`, `down`, NMI, guest areas (a domain's vCPUs are
//!   behind a lock of their own, [`crate::vcpu::Vcpus`]; the clock is kept here, read
//!   without a lock, moved only by [`Hypervisor::advance`](crate::Hypervisor::advance) under
//!   the host lock); a `down` of the last vCPU up powers the domain off, so it answers
//!   `EAGAIN` here having done nothing and the engine makes it under the lock;
//! - the scheduler ops on the caller's own state: `yield` (a counter), `shutdown_code`,
//!   `watchdog`, `pin_override` (a domain's watchdogs, pin and latched code are behind a
//!   lock of their own, [`crate::sched::DomainSched`]), and `block` and `poll` when they can
//!   complete at once (an event pending, a timeout passed; otherwise `EAGAIN`, and they park
//!   under the host lock);
//! - the grant table ops: a domain's own table (a read-write lock: maps and queries share
//!   it, their pins atomic) and its maptrack are behind a lock each
//!   ([`crate::grant::DomainGrants`]), as Xen's grant table rwlock and maptrack lock are; an
//!   op holds its caller's maptrack, then one owner's table at a time;
//! - the memory family: a domain's reservation (its counts, populated frames and the foreign
//!   frames mapped into it) is behind a lock of its own ([`crate::lifecycle::Memory`]), the
//!   host's free pages are an atomic counter, and no op holds two domains' reservations at
//!   once; a call on another domain is a toolstack's or device model's (`control` class,
//!   see below);
//! - the HVM ops on the caller's own domain: its parameters (`set_param`, `get_param`; a
//!   domain's parameter table is behind a lock of its own, [`crate::hvm::Params`]),
//!   `flush_tlbs`, `set_evtchn_upcall_vector`, `get_time` (the clock is kept here) and
//!   `get_mem_type` (its layout, kept with its reservation); another domain's are the
//!   control domain's (a `control`-class call, see below);
//! - the toolstack's queries: `domctl.getdomaininfo`, `getvcpuinfo`, `getvcpuaffinity` (a
//!   domain's lifecycle is behind a lock of its own, [`crate::lifecycle::Lifecycle`]).
//!
//! So a domain asking what it runs on, or notifying a peer, never waits for the thread that
//! serves another domain's rings. The directory is written under the host lock whenever a
//! domain appears, goes, becomes dying, gets its handle or a device-model target ([`Hypervisor::create_domain`](crate::Hypervisor::create_domain), the reaping of a
//! dead domain, [`Hypervisor::set_domain_handle`](crate::Hypervisor::set_domain_handle)), and read under its own reader lock,
//! which no turn of the engine holds; it also keeps the model's generation counter (what
//! parked waits watch), which a `send` served here moves.
//!
//! A `control`-class call of these ops (the control domain, or a device model on its
//! target, naming another domain) is served here too: the directory answers the policy
//! ([`Unlocked::may_act_on`], the same answer as [`Hypervisor::may_act_on`](crate::Hypervisor::may_act_on)).
//!
//! What stays behind the host lock is what changes a domain's lifecycle (the scheduler's
//! `shutdown` and `remote_shutdown`, a `down` of the last vCPU, creating, pausing, sizing
//! and destroying domains), the rest of `sysctl`, and a `block` or `poll` that must wait (it
//! parks there). A guest kernel's steady-state calls, and a toolstack's queries, never take
//! it.

use std::collections::BTreeMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, RwLock};

use hvlink_proto::rt::{Ctx, OpDesc, Regs};
use hvlink_proto::version::{
    Backend, BuildIdReply, CapabilitiesReply, ChangesetReply, ExtraversionReply, FeaturesReply,
    FeaturesReq, GuestHandleReply, PagesizeReply, VersionReply,
};
use hvlink_proto::{Errno, Unlocked};

use super::{Clock, DomId, Nanos};
use crate::evtchn::Channels;
use crate::hvm::Params;
use crate::vcpu::Vcpus;
use crate::version;

/// What a call served without the host lock may know of one domain.
#[derive(Debug, Clone)]
pub(crate) struct Listing {
    /// The control domain.
    pub privileged: bool,
    /// The handle its toolstack gave it, if any.
    pub handle: Option<[u8; 16]>,
    /// Its event channels (the same as the model's, behind their own lock).
    pub ports: Channels,
    /// Its HVM parameters, upcall vectors and flush count (the model's, behind their own
    /// lock).
    pub hvm: Params,
    /// Its vCPUs: run state, timers, guest areas (the model's, behind their own lock).
    pub vcpus: Vcpus,
    /// Its scheduler state: watchdogs, pin, latched shutdown code, yields (the model's,
    /// behind their own lock).
    pub sched: crate::sched::DomainSched,
    /// Its grant table and maptrack (the model's, behind their own locks).
    pub grants: crate::grant::DomainGrants,
    /// Its memory reservation (the model's, behind its own lock).
    pub mem: crate::lifecycle::Memory,
    /// Destroyed, not yet gone.
    pub dying: bool,
    /// Which life of its id it is ([`crate::Domain::incarnation`]).
    pub incarnation: u64,
    /// The domain it serves as device model (`domctl.set_target`).
    pub dm_target: Option<DomId>,
    /// Its lifecycle and what the toolstack set (the model's, behind its own lock).
    pub life: crate::lifecycle::Lifecycle,
}

/// The domains as the calls served without the host lock see them (one entry per domain of
/// the model, dying ones included, as [`hvlink_proto::Hypercalls::domain_exists`] counts
/// them).
#[derive(Debug)]
pub struct Directory {
    domains: RwLock<BTreeMap<DomId, Listing>>,
    /// The model's generation ([`Hypervisor::generation`]).
    generation: AtomicU64,
    /// Bumped when something that kept a dying domain is let go ([`Self::released_dying`]).
    reap_epoch: AtomicU64,
    /// The hypervisor's clock: a real one is fixed at creation and read without a lock; a
    /// virtual one is this counter, moved by [`Hypervisor::advance`] under the host lock and
    /// read by the vCPU ops here.
    real: Option<(std::time::Instant, Nanos)>,
    virtual_ns: AtomicU64,
    /// The host's pages not given to any domain.
    free: crate::lifecycle::FreePages,
    /// How many domains are held ([`crate::lifecycle::Life::held`]), counted again under the
    /// host lock at every change ([`Hypervisor::recount_held`](crate::Hypervisor)).
    held: std::sync::atomic::AtomicUsize,
    /// By domain id, the register calls being served here now ([`Unlocked::enter`]): a
    /// change that holds a domain waits for its count to drop
    /// ([`Hypervisor::recount_held`](crate::Hypervisor)). By id, not by life, so that a call
    /// needs no lookup to be counted (a call of an ended life counts with its id until it
    /// leaves, and its leave is its own); one cache line each, so that two domains' calls
    /// do not share one. In blocks of [`CALL_BLOCK`] ids, each made when a call of one of
    /// its ids first comes: a host with a few domains keeps a few KiB of them, not 2 MiB.
    calls: Box<[std::sync::OnceLock<Box<CallBlock>>]>,
}

/// Ids per block of [`Directory`]'s call counts.
const CALL_BLOCK: usize = 64;

/// The call counts of [`CALL_BLOCK`] consecutive ids.
type CallBlock = [CallCount; CALL_BLOCK];

/// One id's count of calls in flight, on a cache line of its own.
#[derive(Debug, Default)]
#[repr(align(64))]
struct CallCount(std::sync::atomic::AtomicU32);

impl Directory {
    /// An empty directory on `clock`.
    pub(crate) fn new(clock: Clock) -> Directory {
        Directory {
            domains: RwLock::default(),
            generation: AtomicU64::new(0),
            reap_epoch: AtomicU64::new(0),
            real: match clock {
                Clock::Real { start, offset } => Some((start, offset)),
                Clock::Virtual(_) => None,
            },
            virtual_ns: AtomicU64::new(match clock {
                Clock::Virtual(t) => t,
                Clock::Real { .. } => 0,
            }),
            free: crate::lifecycle::FreePages::new(crate::lifecycle::HOST_PAGES),
            held: std::sync::atomic::AtomicUsize::new(0),
            calls: std::iter::repeat_with(std::sync::OnceLock::new)
                .take(usize::from(crate::lifecycle::DOMID_FIRST_RESERVED).div_ceil(CALL_BLOCK))
                .collect(),
        }
    }

    /// Domain id `id`'s count of calls in flight (`None`: a reserved id), its block made if
    /// it was not yet.
    fn call_count(&self, id: DomId) -> Option<&std::sync::atomic::AtomicU32> {
        let id = usize::from(id);
        if id >= usize::from(crate::lifecycle::DOMID_FIRST_RESERVED) {
            return None;
        }
        let block = self
            .calls
            .get(id / CALL_BLOCK)?
            .get_or_init(|| Box::new(std::array::from_fn(|_| CallCount::default())));
        Some(&block[id % CALL_BLOCK].0)
    }

    /// Make domain id `id`'s count of calls now (under the host lock, at its creation), so
    /// that a pause never races the first call's making of it.
    pub(crate) fn prepare_calls(&self, id: DomId) {
        let _ = self.call_count(id);
    }

    /// Register calls of domain id `id` being served here now.
    pub(crate) fn calls_in_flight(&self, id: DomId) -> u32 {
        let id = usize::from(id);
        self.calls
            .get(id / CALL_BLOCK)
            .and_then(|b| b.get())
            .map_or(0, |b| b[id % CALL_BLOCK].0.load(Ordering::SeqCst))
    }

    /// How many domains are held now (see [`any_held`](Unlocked::any_held)).
    pub(crate) fn set_held(&self, n: usize) {
        self.held.store(n, Ordering::SeqCst);
    }

    /// The current system time ([`Hypervisor::now`]).
    pub(crate) fn now(&self) -> Nanos {
        match self.real {
            Some((start, offset)) => Clock::Real { start, offset }.now(),
            None => self.virtual_ns.load(Ordering::SeqCst),
        }
    }

    /// Move a virtual clock forward by `ns` (a real clock ignores it).
    pub(crate) fn advance(&self, ns: Nanos) {
        if self.real.is_none() {
            // Only the holder of the host lock moves it: no other writer to race.
            let t = self.virtual_ns.load(Ordering::SeqCst);
            self.virtual_ns
                .store(t.saturating_add(ns), Ordering::SeqCst);
        }
    }

    fn read(&self) -> std::sync::RwLockReadGuard<'_, BTreeMap<DomId, Listing>> {
        self.domains.read().unwrap_or_else(|p| p.into_inner())
    }

    fn write(&self) -> std::sync::RwLockWriteGuard<'_, BTreeMap<DomId, Listing>> {
        self.domains.write().unwrap_or_else(|p| p.into_inner())
    }

    /// Domain `id` appeared (or changed).
    pub(crate) fn list(&self, id: DomId, listing: Listing) {
        self.write().insert(id, listing);
    }

    /// Domain `id` is gone.
    pub(crate) fn unlist(&self, id: DomId) {
        self.write().remove(&id);
    }

    /// Domain `id`'s event channels.
    pub(crate) fn channels(&self, id: DomId) -> Option<Channels> {
        self.read().get(&id).map(|l| l.ports.clone())
    }

    /// Domain `id`'s scheduler state, and whether it is the control domain.
    pub(crate) fn sched(&self, id: DomId) -> Option<(crate::sched::DomainSched, bool)> {
        self.read()
            .get(&id)
            .map(|l| (l.sched.clone(), l.privileged))
    }

    /// Which life of domain id `id` is alive now (`None`: none is, or it is dying), without
    /// the host lock ([`crate::Hypervisor::incarnation`]).
    pub fn incarnation(&self, id: DomId) -> Option<u64> {
        self.read()
            .get(&id)
            .filter(|l| !l.dying)
            .map(|l| l.incarnation)
    }

    /// Is domain `id` destroyed and not yet gone?
    pub(crate) fn is_dying(&self, id: DomId) -> bool {
        self.read().get(&id).is_some_and(|l| l.dying)
    }

    /// Domain `id`'s vCPUs.
    pub(crate) fn vcpus(&self, id: DomId) -> Option<Vcpus> {
        self.read().get(&id).map(|l| l.vcpus.clone())
    }

    /// Domain `id`'s HVM parameters.
    pub(crate) fn hvm_params(&self, id: DomId) -> Option<Params> {
        self.read().get(&id).map(|l| l.hvm.clone())
    }

    /// The host's free pages.
    pub(crate) fn free_pages(&self) -> &crate::lifecycle::FreePages {
        &self.free
    }

    /// Domain `id`'s memory reservation.
    pub(crate) fn memory(&self, id: DomId) -> Option<crate::lifecycle::Memory> {
        self.read().get(&id).map(|l| l.mem.clone())
    }

    /// `caller` may act on `target` as a toolstack (`None`: an op naming no domain)? The
    /// control domain on any domain but a control domain; a device-model domain on its target
    /// for `device_model` ops; never on a control domain (Xen refuses pausing or destroying
    /// itself, and dom0 is nobody's target); never a dying caller. (The model's
    /// [`Hypervisor::may_act_on`](crate::Hypervisor::may_act_on) is this.)
    pub(crate) fn may_act_on(
        &self,
        caller: DomId,
        target: Option<DomId>,
        device_model: bool,
    ) -> bool {
        let domains = self.read();
        let Some(c) = domains.get(&caller) else {
            return false;
        };
        if c.dying {
            return false;
        }
        match target {
            None => c.privileged,
            Some(t) => {
                if domains.get(&t).is_some_and(|d| d.privileged) {
                    return false;
                }
                c.privileged || (device_model && c.dm_target == Some(t))
            }
        }
    }

    /// Domain `id`'s lifecycle, vCPUs and reservation (what the toolstack's queries read).
    pub(crate) fn lifecycle(
        &self,
        id: DomId,
    ) -> Option<(crate::lifecycle::Lifecycle, Vcpus, crate::lifecycle::Memory)> {
        self.read()
            .get(&id)
            .map(|l| (l.life.clone(), l.vcpus.clone(), l.mem.clone()))
    }

    /// Domain `id`'s grant table and maptrack.
    pub(crate) fn grants(&self, id: DomId) -> Option<crate::grant::DomainGrants> {
        self.read().get(&id).map(|l| l.grants.clone())
    }

    /// The domain a request names, if the caller may act on it: `DOMID_SELF` is the
    /// caller; `ESRCH` for no such domain, `EPERM` for another domain when the caller is not
    /// the control domain. (The model's
    /// [`Hypervisor::target`](crate::Hypervisor::target) is this.)
    pub(crate) fn target(&self, ctx: &Ctx, dom: DomId) -> Result<DomId, Errno> {
        let id = if dom == hvlink_proto::rt::DOMID_SELF {
            ctx.domain
        } else {
            dom
        };
        let domains = self.read();
        if !domains.contains_key(&id) {
            return Err(Errno::ESRCH);
        }
        if id == ctx.domain {
            return Ok(id);
        }
        match domains.get(&ctx.domain) {
            Some(l) if l.privileged => Ok(id),
            Some(_) => Err(Errno::EPERM),
            None => Err(Errno::ESRCH),
        }
    }

    /// Is domain `id` the control domain?
    pub(crate) fn privileged(&self, id: DomId) -> bool {
        self.read().get(&id).is_some_and(|l| l.privileged)
    }

    /// The model's generation: changes whenever a parked wait may be able to complete.
    pub(crate) fn generation(&self) -> u64 {
        self.generation.load(Ordering::SeqCst)
    }

    /// Domain `id`'s RAM grew to `layout` (frames below `end`) as the toolstack populated
    /// it: its vCPUs' areas and its grants go by the new layout. (Taken after the
    /// reservation's lock is let go; each only grows, so two of these in either order
    /// leave the larger.)
    pub(crate) fn grow_ram(&self, id: DomId, layout: crate::memory::Layout, end: u64) {
        if let Some(v) = self.vcpus(id) {
            v.lock().grow_layout(layout);
        }
        if let Some(g) = self.grants(id) {
            g.grow_pages(end);
        }
    }

    /// Something changed that parked waits may care about.
    pub(crate) fn bump(&self) {
        self.generation.fetch_add(1, Ordering::SeqCst);
    }

    /// A reference that kept a dying domain may be gone (a mapping of its grant, a foreign
    /// frame of it): the next tick looks at the dying domains again (and the change is
    /// [`bump`](Self::bump)ed for parked waits).
    pub(crate) fn released_dying(&self) {
        self.reap_epoch.fetch_add(1, Ordering::SeqCst);
        self.bump();
    }

    /// Changes since which dying domains may be reaped ([`released_dying`](Self::released_dying)).
    pub(crate) fn reap_epoch(&self) -> u64 {
        self.reap_epoch.load(Ordering::SeqCst)
    }
}

/// State with deadlines in it (timers, watchdogs): its earliest, if any.
pub trait Due {
    /// The earliest deadline armed, `None` for none.
    fn due(&self) -> Option<Nanos>;
}

/// A domain's state behind a lock of its own, with its earliest deadline kept in an atomic
/// that is written whenever the lock is let go, so that the model's deadline (which the
/// engine's serving loop asks while it polls, and the engine after a call served without the
/// host lock) never takes the lock the domain's own calls need. Cloning gives another handle
/// on the same state.
#[derive(Debug)]
pub struct Timed<T> {
    state: Arc<Mutex<T>>,
    /// [`Due::due`] as of the last release of the lock; `u64::MAX` for none.
    due: Arc<AtomicU64>,
}

impl<T> Clone for Timed<T> {
    fn clone(&self) -> Self {
        Timed {
            state: self.state.clone(),
            due: self.due.clone(),
        }
    }
}

/// The state, locked ([`Timed::lock`]); letting go publishes its earliest deadline.
pub struct TimedGuard<'a, T: Due> {
    state: MutexGuard<'a, T>,
    due: &'a AtomicU64,
}

impl<T: Due> std::ops::Deref for TimedGuard<'_, T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.state
    }
}

impl<T: Due> std::ops::DerefMut for TimedGuard<'_, T> {
    fn deref_mut(&mut self) -> &mut T {
        &mut self.state
    }
}

impl<T: Due> Drop for TimedGuard<'_, T> {
    fn drop(&mut self) {
        // Sequentially consistent: the engine's serving loop reads it after announcing that
        // it parks, and a call that armed a deadline looks at that announcement after this.
        self.due
            .store(self.state.due().unwrap_or(u64::MAX), Ordering::SeqCst);
    }
}

impl<T: Due> Timed<T> {
    /// `state`, behind its lock.
    pub fn new(state: T) -> Self {
        let due = state.due().unwrap_or(u64::MAX);
        Timed {
            state: Arc::new(Mutex::new(state)),
            due: Arc::new(AtomicU64::new(due)),
        }
    }

    /// The state, locked. (A panic while it was held leaves it as it was between two whole
    /// updates: every update is a few assignments.)
    pub fn lock(&self) -> TimedGuard<'_, T> {
        TimedGuard {
            state: self.state.lock().unwrap_or_else(|p| p.into_inner()),
            due: &self.due,
        }
    }

    /// The earliest deadline, without the lock.
    pub fn due(&self) -> Option<Nanos> {
        Some(self.due.load(Ordering::SeqCst)).filter(|&t| t != u64::MAX)
    }
}

/// What the `version` family knows of the calling domain, to serve one call without the
/// host lock.
struct Serving {
    privileged: bool,
    /// The handle its toolstack set, or the derived one.
    handle: [u8; 16],
}

impl Serving {
    /// Domain `id` as its entry lists it.
    fn of(id: DomId, listing: &Listing) -> Serving {
        Serving {
            privileged: listing.privileged,
            handle: listing
                .handle
                .unwrap_or_else(|| version::derived_handle(id)),
        }
    }
}

impl Backend for Serving {
    fn version(&mut self, _ctx: &Ctx) -> Result<VersionReply, Errno> {
        Ok(version::version())
    }
    fn extraversion(&mut self, _ctx: &Ctx) -> Result<ExtraversionReply<'_>, Errno> {
        Ok(version::extraversion())
    }
    fn capabilities(&mut self, _ctx: &Ctx) -> Result<CapabilitiesReply<'_>, Errno> {
        Ok(version::capabilities())
    }
    fn changeset(&mut self, _ctx: &Ctx) -> Result<ChangesetReply<'_>, Errno> {
        Ok(version::changeset())
    }
    fn get_features(&mut self, _ctx: &Ctx, req: &FeaturesReq) -> Result<FeaturesReply, Errno> {
        version::features(self.privileged, req)
    }
    fn pagesize(&mut self, _ctx: &Ctx) -> Result<PagesizeReply, Errno> {
        Ok(version::pagesize())
    }
    fn guest_handle(&mut self, _ctx: &Ctx) -> Result<GuestHandleReply<'_>, Errno> {
        Ok(GuestHandleReply {
            handle: &self.handle[..],
        })
    }
    fn build_id(&mut self, _ctx: &Ctx) -> Result<BuildIdReply<'_>, Errno> {
        version::build_id_for(self.privileged)
    }
}

impl Unlocked for Directory {
    fn domain_exists(&self, dom: DomId) -> bool {
        self.read().contains_key(&dom)
    }

    fn held(&self, dom: DomId) -> bool {
        self.read().get(&dom).is_some_and(|l| l.life.lock().held())
    }

    fn any_held(&self) -> bool {
        self.held.load(Ordering::SeqCst) != 0
    }

    fn domain_life(&self, dom: DomId) -> u64 {
        self.read().get(&dom).map_or(0, |l| l.incarnation)
    }

    fn enter(&self, dom: DomId, life: Option<u64>) -> bool {
        let Some(count) = self.call_count(dom) else {
            // A reserved id: never a domain, never held.
            return life.is_none_or(|l| self.domain_life(dom) == l);
        };
        // Counted before the life and held questions, all sequentially consistent: a
        // change that holds the domain (a pause, a shutdown, a new life created paused)
        // stores the held count, then waits for this count to drop (`recount_held`,
        // `still`), so either this sees it held (or the new life) or it sees this call.
        count.fetch_add(1, Ordering::SeqCst);
        if life.is_some_and(|l| self.domain_life(dom) != l) || (self.any_held() && self.held(dom)) {
            count.fetch_sub(1, Ordering::SeqCst);
            return false;
        }
        true
    }

    fn leave(&self, dom: DomId) {
        if let Some(count) = self.call_count(dom) {
            count.fetch_sub(1, Ordering::SeqCst);
        }
    }

    fn generation(&self) -> u64 {
        Directory::generation(self)
    }

    fn next_deadline(&self) -> Option<Nanos> {
        // The vCPU timers and the watchdogs: what the calls served here arm (they do not
        // move the generation).
        self.read()
            .values()
            .flat_map(|l| [l.vcpus.due(), l.sched.due()])
            .flatten()
            .min()
    }

    fn may_act_on(&self, caller: DomId, target: Option<DomId>, device_model: bool) -> Option<bool> {
        // The model's own policy is this one (`Hypervisor::may_act_on`).
        Some(Directory::may_act_on(self, caller, target, device_model))
    }

    fn serves(&self, op: &OpDesc) -> bool {
        use hvlink_proto::{domctl, event_channel as ec, hvm, sched, vcpu};
        let id = op.id;
        match op.family_id {
            hvlink_proto::version::ID
            | hvlink_proto::grant_table::ID
            | hvlink_proto::memory::ID
            | vcpu::ID
            | ec::ID
            | hvm::ID => true,
            // The toolstack's queries (a domain about itself, the control domain about any).
            domctl::ID => [
                domctl::OpId::GETDOMAININFO,
                domctl::OpId::GETVCPUINFO,
                domctl::OpId::GETVCPUAFFINITY,
            ]
            .contains(&domctl::OpId(id)),
            // A domain's shutdown changes its lifecycle, which the host lock keeps.
            sched::ID => {
                ![sched::OpId::SHUTDOWN, sched::OpId::REMOTE_SHUTDOWN].contains(&sched::OpId(id))
            }
            _ => false,
        }
    }

    fn serve_regs(&self, ctx: &Ctx, op: &OpDesc, regs: &mut Regs) -> Result<(), Errno> {
        use hvlink_proto::{event_channel as ec, hvm};
        if !self.serves(op) {
            return Err(Errno::ENOSYS);
        }
        // As the families' generated `serve_regs` do for these ops: the request out of the
        // registers, the reply into them.
        match (op.family_id, op.id) {
            (ec::ID, _) => ec::serve_regs(&mut crate::evtchn::Serving(self), ctx, regs),
            // The families whose every op but a few is served here: their generated
            // `serve_regs` on a view that serves those ops (the rest answer `ENOSYS` there,
            // and `serves` never sends them).
            (hvm::ID, _) => hvm::serve_regs(&mut crate::hvm::Serving(self), ctx, regs),
            (hvlink_proto::sched::ID, _) => {
                hvlink_proto::sched::serve_regs(&mut crate::sched::Serving(self), ctx, regs)
            }
            (hvlink_proto::grant_table::ID, _) => hvlink_proto::grant_table::serve_regs(
                &mut crate::grant::Serving::new(self),
                ctx,
                regs,
            ),
            (hvlink_proto::memory::ID, _) => {
                hvlink_proto::memory::serve_regs(&mut crate::memory::Serving::new(self), ctx, regs)
            }
            (hvlink_proto::domctl::ID, _) => self.serve_domctl_regs(ctx, regs),
            (hvlink_proto::vcpu::ID, _) => {
                hvlink_proto::vcpu::serve_regs(&mut crate::vcpu::Serving(self), ctx, regs)
            }
            (hvlink_proto::version::ID, _) => {
                let mut s = {
                    let domains = self.read();
                    let listing = domains.get(&ctx.domain).ok_or(Errno::ESRCH)?;
                    Serving::of(ctx.domain, listing)
                };
                hvlink_proto::version::serve_regs(&mut s, ctx, regs)
            }
            _ => Err(Errno::ENOSYS),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixtures;
    use crate::{DomainConfig, Hypervisor};
    use hvlink_proto::rt::{FastAbi, Via};
    use hvlink_proto::version::{GetFeatures, Pagesize, Version};

    /// Every version op a register call can make, with arguments that succeed and fail.
    fn calls() -> Vec<Regs> {
        let mut v = vec![
            Version::to_regs(&rt_empty()).unwrap(),
            Pagesize::to_regs(&rt_empty()).unwrap(),
        ];
        for submap_idx in [0, 1, u32::MAX] {
            v.push(GetFeatures::to_regs(&FeaturesReq { submap_idx }).unwrap());
        }
        // An op of the family with no register form, and one the family lacks.
        let mut no_regs = Version::to_regs(&rt_empty()).unwrap();
        no_regs.rdi = 1; // extraversion: ring only
        v.push(no_regs);
        let mut unknown = Version::to_regs(&rt_empty()).unwrap();
        unknown.rdi = 200;
        v.push(unknown);
        v
    }

    fn rt_empty() -> hvlink_proto::rt::Empty {
        hvlink_proto::rt::Empty
    }

    /// The call served without the lock (with the engine's lookup) and under it (the
    /// family's generated `serve_regs` on the whole model), registers after each.
    fn both(
        hv: &mut Hypervisor,
        dom: DomId,
        regs: Regs,
    ) -> (Result<Regs, Errno>, Result<Regs, Errno>) {
        let ctx = fixtures::via(dom, Via::Register);
        let dir = hv.unlocked();
        let serve = |f: &mut dyn FnMut(&mut Regs) -> Result<(), Errno>| {
            let mut r = regs;
            f(&mut r).map(|()| r)
        };
        let unlocked = serve(&mut |r| {
            let op = hvlink_proto::lookup_regs(r.rax, r.rdi)?;
            assert!(dir.serves(op));
            if !dir.domain_exists(dom) {
                return Err(Errno::ESRCH);
            }
            dir.serve_regs(&ctx, op, r)
        });
        let locked = serve(&mut |r| {
            hvlink_proto::lookup_regs(r.rax, r.rdi)?;
            if hv.domain(dom).is_none() {
                return Err(Errno::ESRCH);
            }
            hvlink_proto::version::serve_regs(hv, &ctx, r)
        });
        (unlocked, locked)
    }

    fn assert_same(hv: &mut Hypervisor, doms: &[DomId]) {
        for &dom in doms {
            for regs in calls() {
                let (u, l) = both(hv, dom, regs);
                assert_eq!(u, l, "domain {dom}, op {}", regs.rdi);
            }
        }
    }

    /// A pause is synchronous, as Xen's (`domain_pause` waits in `vcpu_sleep_sync`): it
    /// returns only once the register calls of the domain that entered the part without
    /// the host lock have left, and after it no call enters. A call that entered before the
    /// pause holds it until it leaves; a call of another domain does not; a call entering
    /// after it goes under the lock (`None`); a call of a life that ends while it is served
    /// holds the next life's pause until it leaves. Before, a call past its held check landed
    /// after the pause returned.
    #[test]
    fn a_pause_waits_for_the_calls_in_flight_without_the_lock() {
        use std::sync::mpsc;
        use std::time::Duration;
        let hv = fixtures::with(0, fixtures::control(), &[1, 2], DomainConfig::default());
        let dir = hv.unlocked();
        let life = hv.incarnation(1).unwrap();
        assert!(dir.enter(1, Some(life)), "a running domain's call enters");
        assert!(
            !dir.enter(1, Some(life + 1000)),
            "another life's call enters"
        );
        assert!(dir.enter(2, None));
        let hv = std::sync::Arc::new(Mutex::new(hv));
        let (tx, rx) = mpsc::channel();
        let pauser = {
            let hv = hv.clone();
            std::thread::spawn(move || {
                hv.lock().unwrap().dom_pause(1).unwrap();
                tx.send(()).unwrap();
            })
        };
        assert!(
            rx.recv_timeout(Duration::from_millis(100)).is_err(),
            "the pause returned while a call of the domain was being served"
        );
        dir.leave(1);
        rx.recv_timeout(Duration::from_secs(5))
            .expect("the pause returned once the call left");
        pauser.join().unwrap();
        assert!(!dir.enter(1, None), "a paused domain's call entered");
        // dom 2's call, still in flight, held nothing up; it leaves as it came.
        dir.leave(2);
        // A call of a life that ends while it is served counts with its id until it leaves:
        // the next life's pause waits for it too (it is short), and a call naming the ended
        // life does not enter.
        hv.lock().unwrap().dom_unpause(1).unwrap();
        assert!(dir.enter(1, None));
        {
            let mut hv = hv.lock().unwrap();
            hv.dom_destroy(1).unwrap();
            hv.reap();
            hv.create_domain(1, DomainConfig::default()).unwrap();
        }
        assert!(
            !dir.enter(1, Some(life)),
            "a call of the ended life entered"
        );
        let (tx, rx) = mpsc::channel();
        std::thread::spawn(move || {
            hv.lock().unwrap().dom_pause(1).unwrap();
            tx.send(()).unwrap();
        });
        assert!(rx.recv_timeout(Duration::from_millis(100)).is_err());
        dir.leave(1);
        rx.recv_timeout(Duration::from_secs(5))
            .expect("the new life's pause returned once the old call left");
        assert!(!dir.enter(1, None));
    }

    /// A new life of an id is created paused and waits, like a pause, for a call of the
    /// last life still being served (it passed its life question before the new life was
    /// listed); a shutdown of a dying domain, whose calls are still served and never back
    /// out, does not wait for its count to reach zero. Before, the first returned at once and
    /// the second could wait for as long as the dying domain kept calling.
    #[test]
    fn a_new_life_waits_for_the_last_lifes_call_and_a_dying_domain_is_not_waited_for() {
        use std::sync::mpsc;
        use std::time::Duration;
        let hv = fixtures::with(0, fixtures::control(), &[1, 2], DomainConfig::default());
        let dir = hv.unlocked();
        let hv = std::sync::Arc::new(Mutex::new(hv));
        let within = |f: Box<dyn FnOnce(&mut Hypervisor) + Send>, wait: Duration| {
            let (tx, rx) = mpsc::channel();
            let hv = hv.clone();
            std::thread::spawn(move || {
                f(&mut hv.lock().unwrap());
                tx.send(()).unwrap();
            });
            rx.recv_timeout(wait).is_ok()
        };
        // dom 1's call is in flight; dom 1 is destroyed (and gone), the id created again.
        assert!(dir.enter(1, None));
        {
            let mut hv = hv.lock().unwrap();
            hv.dom_destroy(1).unwrap();
            assert!(hv.domain(1).is_none());
        }
        let (tx, rx) = mpsc::channel();
        {
            let hv = hv.clone();
            std::thread::spawn(move || {
                let new = crate::lifecycle::NewDomain {
                    domain: 1,
                    max_vcpus: 1,
                    ..Default::default()
                };
                hv.lock().unwrap().dom_create(&new).unwrap();
                tx.send(()).unwrap();
            });
        }
        assert!(
            rx.recv_timeout(Duration::from_millis(100)).is_err(),
            "the new life was made while the last life's call ran"
        );
        dir.leave(1);
        rx.recv_timeout(Duration::from_secs(5))
            .expect("made once it left");
        // dom 2 is kept dying (dom 0 maps its grant); its call in flight holds nothing up.
        {
            let mut hv = hv.lock().unwrap();
            hv.grant_access(2, 0, 0, 5, false).unwrap();
            let e = hvlink_proto::grant_table::MapEntry {
                dom: 2,
                r#ref: 0,
                flags: hvlink_proto::grant_table::GntmapFlags::HOST_MAP,
                host_addr: 0x1000,
            };
            let req = hvlink_proto::grant_table::MapReq {
                form: hvlink_proto::grant_table::MapReqForm::Batch {
                    mode: hvlink_proto::grant_table::MapMode::INDEPENDENT,
                    entry: hvlink_proto::rt::List::new(std::slice::from_ref(&e)),
                },
            };
            use hvlink_proto::grant_table::Backend as _;
            hv.map_grant_ref(&fixtures::kernel(0), &req, &mut |r| {
                assert_eq!(r.status, hvlink_proto::grant_table::Gntst::OKAY);
                Ok(())
            })
            .unwrap();
            hv.dom_destroy(2).unwrap();
            assert!(hv.domain(2).is_some_and(|d| d.life.lock().dying));
        }
        assert!(dir.enter(2, None), "a dying domain's call is served");
        assert!(
            within(
                Box::new(|hv| hv.domain_shutdown(2, 0).unwrap()),
                Duration::from_secs(5)
            ),
            "the shutdown of a dying domain waited for its calls"
        );
        dir.leave(2);
    }

    #[test]
    fn the_directory_answers_as_the_model_does() {
        let mut hv = fixtures::with(0, fixtures::control(), &[7], DomainConfig::default());
        // dom 0 gets the dom0 feature bit, 7 does not, 9 does not exist.
        assert_same(&mut hv, &[0, 7, 9]);
        let feats = |hv: &mut Hypervisor, dom| {
            let r = GetFeatures::to_regs(&FeaturesReq { submap_idx: 0 }).unwrap();
            both(hv, dom, r).0.unwrap()
        };
        assert_ne!(feats(&mut hv, 0), feats(&mut hv, 7));
        // A domain that appears later is listed; one destroyed and reaped is gone.
        hv.create_domain(9, DomainConfig::default()).unwrap();
        assert!(hv.unlocked().domain_exists(9));
        assert_same(&mut hv, &[9]);
        hv.dom_destroy(9).unwrap();
        hv.reap();
        assert!(hv.domain(9).is_none());
        assert!(!hv.unlocked().domain_exists(9));
        assert_same(&mut hv, &[9]);
    }

    #[test]
    fn the_directory_follows_the_handle_and_the_guest_sees_it() {
        let mut hv = fixtures::with(0, fixtures::control(), &[7], DomainConfig::default());
        let dir = hv.unlocked();
        let handle = |hv: &mut Hypervisor| {
            let ctx = fixtures::via(7, Via::Register);
            hvlink_proto::version::Backend::guest_handle(hv, &ctx)
                .unwrap()
                .handle
                .to_vec()
        };
        let listed = |dir: &Directory| Serving::of(7, &dir.read()[&7]).handle.to_vec();
        assert_eq!(listed(&dir), handle(&mut hv), "the derived handle");
        let uuid = *b"0123456789abcdef";
        hv.set_domain_handle(7, uuid).unwrap();
        assert_eq!(listed(&dir), uuid.to_vec());
        assert_eq!(handle(&mut hv), uuid.to_vec());
    }
}
