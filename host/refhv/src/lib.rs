//! # hvlink-refhv — the reference hypervisor
//!
//! An in-memory model of Xen's public interface that the demo, the examples and the tests
//! run on: one backend among possible others. It depends on the ABI (`hvlink-proto`) only,
//! never on the host engine, so a real hypervisor's backend replaces it one for one.
//!
//! [`Hypervisor`] implements every family's generated `Backend` trait (one file per family
//! here) and [`hvlink_proto::Hypercalls`], so the engine (`hvlink-host`) serves it exactly as
//! it would serve a real hypervisor that implemented the same traits. The model follows Xen's public headers: domains with a
//! privileged control domain, grant tables with maptrack handles and `GNTST_*` statuses,
//! event channels with the full port state machine, vCPUs with timers on a virtual clock,
//! the scheduler ops, HVM parameters, version and memory information, and the toolstack
//! families — `domctl`, `sysctl` and the memory reservation ops — with the lifecycle of a
//! domid ([`lifecycle`]: created paused, sized, populated against max_mem, running, shut
//! down, dying, gone), served as Xen 4.15, 4.16 or 4.17 had them ([`older`]).
//!
//! Contract:
//! - every method is called with a [`Ctx`] naming the calling domain; the dispatcher has
//!   already enforced the op's privilege class, and the model enforces the per-resource rules
//!   (whose grant, whose port, which parameters a guest may write), answering with Xen's
//!   statuses;
//! - nothing panics on any request, and no request grows memory beyond the per-domain limits
//!   (grant frames, ports, maptrack entries, vCPUs);
//! - [`Hypervisor::unlocked`] is the part served without the engine's host lock
//!   ([`hvlink_proto::Unlocked`], see [`unlocked`]): the `version` family, the event
//!   channel family, the HVM and vCPU ops on the caller's own domain (a `down` of its last
//!   vCPU, which powers it off, excepted), the scheduler's `yield`, `shutdown_code`,
//!   `watchdog` and `pin_override` and a `block` or `poll` that can complete at once, the
//!   grant table ops and the memory ops, and the toolstack's queries (`getdomaininfo`,
//!   `getvcpuinfo`, `getvcpuaffinity`), for the caller's own domain or, when the policy
//!   allows, another (the directory answers it), on state kept apart (a directory of
//!   the domains and the clock, each domain's ports, parameters, vCPUs, grant table,
//!   maptrack and reservation behind their own locks); it answers exactly as the locked
//!   path does;
//! - an `async` op that cannot complete yet (`sched.poll`, `sched.block`) answers
//!   [`Errno::EAGAIN`]; the dispatcher parks it and calls again after
//!   [`Hypervisor::generation`] changes (an event, a timer, a state change) or the clock
//!   passes [`Hypervisor::next_deadline`].

#![deny(unsafe_code)]
#![warn(missing_docs)]

use std::collections::BTreeMap;

use hvlink_proto::rt::{Ctx, DOMID_SELF};
use hvlink_proto::{Errno, Hypercalls};

pub mod evtchn;
#[cfg(any(test, feature = "test-utils"))]
pub mod fixtures;
pub mod grant;
pub mod hvm;
pub mod lifecycle;
pub mod memory;
pub mod older;
pub mod sched;
pub mod unlocked;
pub mod vcpu;
pub mod version;

pub use hvlink_proto::{DomId, Nanos};

/// The control domain's id.
pub const DOM0: DomId = 0;

/// The hypervisor's system time: virtual (moved only by [`Hypervisor::advance`], for
/// deterministic tests) or following the host's monotonic clock from when it was created.
#[derive(Debug, Clone)]
pub enum Clock {
    /// Moved by hand.
    Virtual(Nanos),
    /// Real time since `start`, plus `offset`.
    Real {
        /// When the clock read `offset`.
        start: std::time::Instant,
        /// System time at `start`.
        offset: Nanos,
    },
}

impl Clock {
    /// The current system time.
    pub fn now(&self) -> Nanos {
        match self {
            Clock::Virtual(t) => *t,
            Clock::Real { start, offset } => {
                offset.saturating_add(u64::try_from(start.elapsed().as_nanos()).unwrap_or(u64::MAX))
            }
        }
    }
}

/// Lifecycle of a domain (what `sched.shutdown` and friends change).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum DomainState {
    /// Running.
    #[default]
    Running,
    /// Shut down with this `shutdown-reason` value.
    Shutdown(u32),
}

/// How a domain is configured when created.
#[derive(Debug, Clone)]
pub struct DomainConfig {
    /// The privileged control domain (dom0): may act on other domains.
    pub privileged: bool,
    /// Number of vCPUs (vCPU 0 starts up, the others down).
    pub vcpus: u32,
    /// Guest memory in pages (4 KiB), from guest-physical address 0.
    pub pages: u64,
    /// Most grant table frames.
    pub max_grant_frames: u32,
    /// Most maptrack entries (mappings the domain may hold at once).
    pub max_maptrack: u32,
}

impl Default for DomainConfig {
    fn default() -> Self {
        DomainConfig {
            privileged: false,
            vcpus: 2,
            pages: 1 << 18, // 1 GiB
            max_grant_frames: 64,
            max_maptrack: 1 << 20,
        }
    }
}

/// One domain and its per-family state.
#[derive(Debug)]
pub struct Domain {
    /// Its id.
    pub id: DomId,
    /// What it was created with.
    pub config: DomainConfig,
    /// Grant table and maptrack, behind locks of their own (served without the host lock
    /// too, see [`unlocked`]).
    pub grant: grant::DomainGrants,
    /// Event channel ports, behind a lock of their own (served without the host lock too,
    /// see [`unlocked`]).
    pub evtchn: evtchn::Channels,
    /// vCPUs, behind a lock of their own (served without the host lock too, see
    /// [`unlocked`]).
    pub vcpu: vcpu::Vcpus,
    /// HVM parameters and related settings.
    pub hvm: hvm::DomainHvm,
    /// Scheduler state (watchdogs, …).
    pub sched: sched::DomainSched,
    /// Where it is in its lifecycle (running or shut down, paused, dying) and what the
    /// toolstack set, behind a lock of its own (read without the host lock too, see
    /// [`unlocked`]; see [`lifecycle`]).
    pub life: lifecycle::Lifecycle,
    /// Its memory reservation: pages, max_mem, populated frames, foreign frames mapped into
    /// it; behind a lock of its own (served without the host lock too, see [`unlocked`]).
    pub mem: lifecycle::Memory,
    /// Which life of its id this is: unique among every domain the hypervisor ever created
    /// ([`Hypervisor::incarnation`]).
    pub incarnation: u64,
}

impl Domain {
    /// Running or shut down.
    pub fn state(&self) -> DomainState {
        self.life.lock().state
    }
}

/// The reference hypervisor.
#[derive(Debug)]
pub struct Hypervisor {
    domains: BTreeMap<DomId, Domain>,
    /// Wake-up times asked for by parked waiters, per domain (at most
    /// [`MAX_WAKEUPS_PER_DOMAIN`] each): one domain's waits never crowd out another's.
    deadlines: BTreeMap<DomId, Vec<Nanos>>,
    /// Next domain id createdomain tries (Xen's rover).
    domid_rover: DomId,
    /// Changes whenever a domain appears or goes (dump cursors from before are stale).
    list_gen: u16,
    /// Key of dump cursor tags.
    cursor_secret: u64,
    /// The hypervisor console (at most [`lifecycle::CONSOLE_BYTES`]).
    console: std::collections::VecDeque<u8>,
    /// Index of the console's first byte kept.
    console_start: u32,
    /// The bytes of the last readconsole reply.
    console_scratch: Vec<u8>,
    /// The entries of the last dump part.
    dump_entries: Vec<hvlink_proto::sysctl::ListEntry>,
    /// Domains destroyed since the engine last asked.
    dead: Vec<(DomId, u64)>,
    /// Where reaped domains with big state are dropped, off the host lock
    /// ([`Hypervisor::bury`]); started at the first.
    graveyard: Option<std::sync::mpsc::Sender<Domain>>,
    /// Dying domains whose grant mappings are still being released, a slice per tick
    /// ([`Hypervisor::dom_destroy_slice`]).
    releasing: Vec<DomId>,
    /// Domains that are dying but not yet reaped (kept with `Life::dying`, so that a tick
    /// need not look at every domain's lifecycle lock to know there are none).
    dying: usize,
    /// The reap epoch ([`unlocked::Directory::reap_epoch`]) of the last look at the dying
    /// domains.
    reaped_at: u64,
    /// Looks at the dying domains ([`Hypervisor::reap_looks`]).
    reap_looks: u64,
    /// Domains ever created ([`Domain::incarnation`]).
    incarnations: u64,
    /// The Xen release whose toolstack families the model serves.
    xen_version: older::XenVersion,
    /// The entries of the last dump part in version 1's shape.
    dump_v1: Vec<hvlink_compat_demo::v1::sysctl::ListEntry>,
    /// The domains as calls served without the host lock see them ([`unlocked`]).
    directory: std::sync::Arc<unlocked::Directory>,
    /// The frames of the last grant frame list reply (`setup_table`, `get_status_frames`).
    grant_frames: Vec<u64>,
    /// The entries of the last `memory.memory_map` reply.
    memory_map_reply: Vec<hvlink_proto::memory::E820Entry>,
    /// The name and handle of the last `getdomaininfo` reply (which borrows them).
    info_reply: (String, [u8; 16]),
}

/// Wake-up times one domain may have registered at once. When full, a new time earlier than
/// the latest replaces it (the earliest always fire; every firing wakes the domain's parked
/// ops, which register their times again, so a later time is never lost, only postponed).
pub const MAX_WAKEUPS_PER_DOMAIN: usize = 64;

impl Default for Hypervisor {
    fn default() -> Self {
        Hypervisor::new(Clock::Virtual(0))
    }
}

impl Hypervisor {
    /// An empty hypervisor (no domains) on `clock`.
    pub fn new(clock: Clock) -> Self {
        Hypervisor {
            domains: BTreeMap::new(),
            deadlines: BTreeMap::new(),
            domid_rover: 1,
            list_gen: 0,
            cursor_secret: cursor_secret(),
            console: std::collections::VecDeque::new(),
            console_start: 0,
            console_scratch: Vec::new(),
            dump_entries: Vec::new(),
            dead: Vec::new(),
            graveyard: None,
            releasing: Vec::new(),
            dying: 0,
            reaped_at: 0,
            reap_looks: 0,
            incarnations: 0,
            xen_version: older::XenVersion::default(),
            dump_v1: Vec::new(),
            directory: std::sync::Arc::new(unlocked::Directory::new(clock)),
            grant_frames: Vec::new(),
            memory_map_reply: Vec::new(),
            info_reply: (String::new(), [0; 16]),
        }
    }

    /// What this hypervisor serves without the engine's host lock (every op a guest kernel
    /// makes in steady state on its own domain; see [`unlocked`]), to hand to the engine.
    /// It stays current as domains come and go.
    pub fn unlocked(&self) -> std::sync::Arc<unlocked::Directory> {
        self.directory.clone()
    }

    /// The directory of [`unlocked`](Self::unlocked).
    pub(crate) fn directory(&self) -> &unlocked::Directory {
        &self.directory
    }

    /// Write domain `id`'s entry of the [`unlocked`] directory from the model (or remove it
    /// when the domain is gone).
    pub(crate) fn relist(&mut self, id: DomId) {
        match self.domains.get(&id) {
            Some(d) => {
                let (dying, dm_target) = {
                    let l = d.life.lock();
                    (l.dying, l.dm_target)
                };
                self.directory.list(
                    id,
                    unlocked::Listing {
                        privileged: d.config.privileged,
                        handle: d.hvm.handle,
                        ports: d.evtchn.clone(),
                        hvm: d.hvm.params().clone(),
                        vcpus: d.vcpu.clone(),
                        sched: d.sched.clone(),
                        grants: d.grant.clone(),
                        mem: d.mem.clone(),
                        dying,
                        incarnation: d.incarnation,
                        dm_target,
                        life: d.life.clone(),
                    },
                )
            }
            None => self.directory.unlist(id),
        }
    }

    /// Create domain `id`. `EEXIST` if it exists, `EINVAL` for a reserved id (≥ 0x7FF0).
    pub fn create_domain(&mut self, id: DomId, config: DomainConfig) -> Result<(), Errno> {
        if id >= DOMID_SELF {
            return Err(Errno::EINVAL);
        }
        if self.domains.contains_key(&id) {
            return Err(Errno::EEXIST);
        }
        self.incarnations += 1;
        let d = Domain {
            id,
            incarnation: self.incarnations,
            grant: grant::DomainGrants::new(&config),
            evtchn: evtchn::Channels::new(&config),
            vcpu: unlocked::Timed::new(vcpu::DomainVcpus::new(&config)),
            hvm: hvm::DomainHvm::new(&config),
            sched: sched::DomainSched::default(),
            life: lifecycle::Lifecycle::new(lifecycle::Life {
                max_grant_version: 2,
                ..lifecycle::Life::default()
            }),
            // Built whole: its RAM (the layout of `config.pages`) is its reservation, fixed.
            mem: lifecycle::Memory::new(lifecycle::Reservation {
                max_pages: config.pages,
                tot_pages: config.pages,
                fixed_pages: config.pages,
                layout: memory::Layout::of(&config),
                ..lifecycle::Reservation::default()
            }),
            config,
        };
        self.list_gen = self.list_gen.wrapping_add(1);
        self.directory.prepare_calls(id);
        self.domains.insert(id, d);
        self.relist(id);
        vcpu::start(self, id);
        self.bump();
        Ok(())
    }

    /// The domain `id`.
    pub fn domain(&self, id: DomId) -> Option<&Domain> {
        self.domains.get(&id)
    }

    /// The domain `id`, mutably.
    pub fn domain_mut(&mut self, id: DomId) -> Option<&mut Domain> {
        self.domains.get_mut(&id)
    }

    /// All domain ids.
    pub fn domain_ids(&self) -> impl Iterator<Item = DomId> + '_ {
        self.domains.keys().copied()
    }

    /// The domain a request names (`DOMID_SELF` is the caller), if the caller may act on it
    /// (Xen's `XSM_TARGET` check, one helper for every family): itself always, another only
    /// when it is the control domain. `ESRCH` for no such domain, `EPERM` for another domain
    /// when the caller is not privileged. (The directory's check, which the calls served
    /// without the host lock make too.)
    pub fn target(&self, ctx: &Ctx, dom: DomId) -> Result<DomId, Errno> {
        self.directory.target(ctx, dom)
    }

    /// The current system time.
    pub fn now(&self) -> Nanos {
        self.directory.now()
    }

    /// Move a virtual clock forward by `ns` (a real clock ignores it) and run what fell due.
    pub fn advance(&mut self, ns: Nanos) {
        self.directory.advance(ns);
        self.tick();
    }

    /// Run what fell due at the current time: vCPU timers fire (VIRQ_TIMER), watchdogs
    /// expire, parked waiters whose deadline passed are woken.
    pub fn tick(&mut self) {
        // Called on every host turn: nothing here takes a lock unless something is due.
        // Dying domains are looked at again only when something that kept one was let go
        // (or one was destroyed since): each look scans their grants and every domain's
        // foreign frames, which a guest could otherwise make the host pay on every turn and
        // locked register call by keeping a zombie mapped.
        if !self.releasing.is_empty() {
            // A destroyed domain's grant mappings, a slice a turn.
            self.release_pending();
        }
        if !self.dead.is_empty() {
            self.reaped_at = self.directory.reap_epoch();
            self.reap();
        } else {
            self.reap_if_released();
        }
        // Every domain's earliest timer and watchdog are kept without their locks (`Timed`):
        // one look at them, and the per-domain passes only when one fell due.
        // (A plain loop: the iterator chain it replaces, flat_map over pairs of options, was
        // a twentieth of a host turn.)
        let mut earliest = u64::MAX;
        for d in self.domains.values() {
            if let Some(t) = d.vcpu.due() {
                earliest = earliest.min(t);
            }
            if let Some(t) = d.sched.due() {
                earliest = earliest.min(t);
            }
        }
        // (`due()` never reports u64::MAX: it means "none armed".)
        if earliest == u64::MAX && self.deadlines.is_empty() {
            // Nothing armed: no clock to read.
            return;
        }
        let now = self.now();
        let mut fired = false;
        self.deadlines.retain(|_, ds| {
            let before = ds.len();
            ds.retain(|&d| d > now);
            fired |= ds.len() != before;
            !ds.is_empty()
        });
        if fired {
            self.bump();
        }
        if earliest <= now {
            vcpu::tick(self, now);
            sched::tick(self, now);
        }
    }

    /// A counter that changes whenever something a parked async op may be waiting for
    /// happened (an event became pending, a timer fired, a domain changed state).
    pub fn generation(&self) -> u64 {
        self.directory.generation()
    }

    /// The earliest time at which something is due (a timer, a waiter's timeout), if any.
    pub fn next_deadline(&self) -> Option<Nanos> {
        if !self.releasing.is_empty() {
            // A destroy's release goes on at the next tick: due now.
            return Some(self.now());
        }
        let own = self.deadlines.values().flatten().copied().min();
        let timers = vcpu::next_deadline(self);
        let dogs = sched::next_deadline(self);
        [own, timers, dogs].into_iter().flatten().min()
    }

    /// Note that something changed that waiters may care about.
    pub fn bump(&self) {
        self.directory.bump();
    }

    /// Ask to be woken (a [`generation`](Self::generation) change) when the clock reaches
    /// `at`: what a parked op of `dom` with a timeout calls before answering `EAGAIN`.
    pub fn wake_at(&mut self, dom: DomId, at: Nanos) {
        let ds = self.deadlines.entry(dom).or_default();
        if ds.contains(&at) {
            return;
        }
        if ds.len() < MAX_WAKEUPS_PER_DOMAIN {
            ds.push(at);
        } else if let Some(latest) = ds.iter_mut().max() {
            if at < *latest {
                *latest = at;
            }
        }
    }

    /// Drop `dom`'s wake-up times (a parked op of it was cancelled or torn down) and wake
    /// its parked ops, which register the times they still need again.
    pub fn forget_wakeups(&mut self, dom: DomId) {
        if self.deadlines.remove(&dom).is_some() {
            self.bump();
        }
    }
}

/// A key for dump cursor tags, different per hypervisor instance.
fn cursor_secret() -> u64 {
    use std::hash::{BuildHasher, Hasher};
    let mut h = std::collections::hash_map::RandomState::new().build_hasher();
    h.write_u64(0x6876_6c69_6e6b);
    h.finish()
}

impl Hypervisor {
    /// Reap the dying domains if a reference that kept one was let go since the last look
    /// ([`unlocked::Directory::released_dying`]).
    pub(crate) fn reap_if_released(&mut self) {
        let epoch = self.directory.reap_epoch();
        if self.dying > 0 && epoch != self.reaped_at {
            self.reaped_at = epoch;
            self.reap();
        }
    }

    /// Which life of domain id `dom` is alive now (`None`: none is, or it is dying): a
    /// number no other domain ever had, so that what was bound to one life (a guest
    /// process's connection) is not taken for the next domain given the same id.
    pub fn incarnation(&self, dom: DomId) -> Option<u64> {
        self.directory.incarnation(dom)
    }

    /// Count the domains whose vCPUs are held ([`lifecycle::Life::held`]) again, for
    /// [`Hypercalls::any_held`]: after every change of a domain's pause, shutdown or
    /// existence.
    pub(crate) fn recount_held(&self) {
        let n = self
            .domains
            .values()
            .filter(|d| d.life.lock().held())
            .count();
        // Sequentially consistent, paired with `Directory::enter`: either a call's entry
        // sees the domain held, or `still` sees the call.
        self.directory.set_held(n);
    }

    /// Domain `id`, held just now (paused, shut down), is still once this returns: the
    /// register calls of it that were being served without the host lock have left, and
    /// no other enters (as Xen's `domain_pause` waits in `vcpu_sleep_sync`). Such a call
    /// takes no lock the caller holds and does a bounded amount of work, so the wait is
    /// short; only this domain's calls are waited for.
    pub(crate) fn still(&self, id: DomId) {
        // Only a held domain's new calls back out (a dying one's are served, and its count
        // need never reach zero).
        if !self.domains.get(&id).is_some_and(|d| d.life.lock().held()) {
            return;
        }
        let mut spins = 0u32;
        while self.directory.calls_in_flight(id) != 0 {
            spins += 1;
            if spins < 64 {
                std::hint::spin_loop();
            } else {
                std::thread::yield_now();
            }
        }
    }

    /// Drop a reaped domain. One whose maptrack grew big (a guest fills up to
    /// `max_maptrack`, a million mappings by default: 24 MiB, some milliseconds to free) is
    /// dropped by a thread of its own, not under the host lock, as Xen frees a dead domain
    /// in an RCU callback after its destroy returned. Without that thread (it could not be
    /// started), here.
    pub(crate) fn bury(&mut self, d: Domain) {
        /// Maptrack slots above which the state is dropped elsewhere.
        const BIG: usize = 4096;
        if d.grant.maptrack_slots() <= BIG {
            return;
        }
        if self.graveyard.is_none() {
            let (tx, rx) = std::sync::mpsc::channel::<Domain>();
            let spawned = std::thread::Builder::new()
                .name("hvlink-graveyard".into())
                .spawn(move || rx.into_iter().for_each(drop));
            if spawned.is_ok() {
                self.graveyard = Some(tx);
            }
        }
        if let Some(tx) = &self.graveyard {
            // (A send fails only once the thread is gone: the domain is dropped here.)
            let _ = tx.send(d);
        }
    }

    /// Start the vCPU clocks of a domain the toolstack built (its first unpause).
    pub(crate) fn vcpu_boot(&mut self, id: DomId) {
        vcpu::start(self, id);
    }
}

/// The engine's questions of the platform, answered by the model.
impl Hypercalls for Hypervisor {
    fn domain_exists(&self, dom: DomId) -> bool {
        self.domain(dom).is_some()
    }
    fn is_control_domain(&self, dom: DomId) -> bool {
        self.domain(dom).is_some_and(|d| d.config.privileged)
    }
    fn generation(&self) -> u64 {
        Hypervisor::generation(self)
    }
    fn tick(&mut self) {
        Hypervisor::tick(self)
    }
    fn next_deadline(&self) -> Option<Nanos> {
        Hypervisor::next_deadline(self)
    }
    fn now(&self) -> Nanos {
        Hypervisor::now(self)
    }
    fn forget_waits(&mut self, dom: DomId) {
        self.forget_wakeups(dom)
    }
    fn may_act_on(&self, caller: DomId, target: Option<DomId>, device_model: bool) -> bool {
        Hypervisor::may_act_on(self, caller, target, device_model)
    }
    fn drain_destroyed(&mut self, f: &mut dyn FnMut(DomId, u64)) {
        // (Asked at every turn and queue phase: nothing to hand over is the common case.)
        if self.dead.is_empty() {
            return;
        }
        for (d, life) in self.take_destroyed() {
            f(d, life);
        }
    }
    fn held(&self, dom: DomId) -> bool {
        self.domains.get(&dom).is_some_and(|d| d.life.lock().held())
    }
    fn any_held(&self) -> bool {
        hvlink_proto::Unlocked::any_held(&*self.directory)
    }
    fn domain_life(&self, dom: DomId) -> u64 {
        // Dying ones included: the engine drains their destruction with this life.
        self.domains.get(&dom).map_or(0, |d| d.incarnation)
    }
    fn family_versions(&self) -> &'static [&'static hvlink_proto::rt::FamilyDesc] {
        self.xen_version.families()
    }
    fn serve_version<S: hvlink_proto::codec::Sink>(
        &mut self,
        ctx: &Ctx,
        op: &hvlink_proto::rt::OpDesc,
        attrs: hvlink_proto::codec::Attrs<'_>,
        window: hvlink_proto::rt::Window,
        reply: &mut hvlink_proto::codec::Builder<S>,
    ) -> Result<hvlink_proto::rt::Served, hvlink_proto::rt::ServeError> {
        self.serve_older(ctx, op, attrs, window, reply)
    }
    fn serve_version_regs(
        &mut self,
        ctx: &Ctx,
        op: &hvlink_proto::rt::OpDesc,
        regs: &mut hvlink_proto::rt::Regs,
    ) -> Result<(), Errno> {
        self.serve_older_regs(ctx, op, regs)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wakeups_are_per_domain_bounded_and_keep_the_earliest() {
        let mut hv = fixtures::standard();
        // Domain 2 asks for far more wake-ups than its share, latest first.
        for i in 0..1000u64 {
            hv.wake_at(2, 1_000_000_000 - i);
        }
        assert_eq!(hv.deadlines[&2].len(), MAX_WAKEUPS_PER_DOMAIN);
        let earliest = 1_000_000_000 - 999;
        assert_eq!(hv.deadlines[&2].iter().min(), Some(&earliest));
        // Domain 1's wake-up is kept and is what comes due first.
        hv.wake_at(1, 50);
        assert_eq!(hv.next_deadline(), Some(50));
        let g = hv.generation();
        hv.advance(50);
        assert_ne!(hv.generation(), g, "domain 1's wait woke");
        assert!(!hv.deadlines.contains_key(&1));
        // Forgetting domain 2's waits frees them and wakes its parked ops to re-register.
        let g = hv.generation();
        hv.forget_wakeups(2);
        assert!(hv.deadlines.is_empty());
        assert_ne!(hv.generation(), g);
        // Forgetting nothing changes nothing.
        let g = hv.generation();
        hv.forget_wakeups(2);
        assert_eq!(hv.generation(), g);
    }
}
