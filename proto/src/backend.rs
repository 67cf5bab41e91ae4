//! What a hypervisor implements to be served by the host engine (`hvlink-host`).
//!
//! Every backend-served family's generated `Backend` trait (together: [`Backends`]), plus
//! the few questions the engine asks of the platform to enforce privilege and to park async
//! ops: [`Hypercalls`]. The reference hypervisor (`hvlink-refhv`) is one implementation; a
//! real hypervisor's backend would be another. Nothing here depends on how guests reach the
//! host (ring, register trap, socket, VM exit).

pub use crate::generated::Backends;

/// The register calls a hypervisor serves without the engine's host lock (Xen serves a
/// hypercall on the calling CPU, under the locks of what it touches only; the engine's single
/// host lock is the model's big kernel lock, and this is how families move out from under
/// it, one at a time).
///
/// A call served here runs on the caller's thread, concurrently with the engine's turns and
/// with other such calls, so it never waits for the thread serving another domain's rings.
/// What it reads must be kept apart from the state behind the host lock and be safe to
/// share (`Sync`); the hypervisor keeps it current as that state changes, under the host
/// lock, so that a call served here answers as the same call served under the lock would
/// at some point during the call.
///
/// The engine still owns the contract of every call: it looks the op up, checks its
/// privilege class with [`domain_exists`](Self::domain_exists) (answered from this view, as
/// [`Hypercalls::domain_exists`] answers it), counts it and, while a capture tap is on,
/// serves it under the lock instead so that the tap sees it. It never asks for ops of the
/// engine's own families, makes a call that answers `EAGAIN` here again under the lock
/// (where an async op parks, and any other op gets the lock's answer), and serves a call
/// of the `control` class (a toolstack op, or one that names another domain) here only if
/// the part answers the policy question itself ([`may_act_on`](Self::may_act_on)), else
/// under the lock, where [`Hypercalls::may_act_on`] answers.
pub trait Unlocked {
    /// Does the domain exist (as [`Hypercalls::domain_exists`])?
    fn domain_exists(&self, dom: DomId) -> bool;
    /// As [`Hypercalls::generation`] (the same counter): the engine compares it around a
    /// call served here and wakes parked waits when it changed.
    fn generation(&self) -> u64;
    /// Is `op` served here? The answer must not change during the hypervisor's life, and an
    /// op of a family the hypervisor serves in another version
    /// ([`Hypercalls::family_versions`]) is not.
    fn serves(&self, op: &crate::rt::OpDesc) -> bool;
    /// Serve a register call of an op it [`serves`](Self::serves), whose privilege class
    /// the engine has checked: as the family's generated `serve_regs` does (on failure the
    /// registers are left as they were; the engine writes the status). `EAGAIN` means
    /// "nothing done, serve it under the lock": an async op that cannot complete yet
    /// answers it, as under the lock, and parks there until it can; any op whose answer
    /// needs state the host lock keeps (a `down` of a domain's last vCPU powers the domain
    /// off) answers it too, and the lock's answer is the call's, `EAGAIN` included.
    fn serve_regs(
        &self,
        ctx: &crate::rt::Ctx,
        op: &crate::rt::OpDesc,
        regs: &mut crate::rt::Regs,
    ) -> Result<(), crate::Errno>;
    /// May `caller` make a `control`-class call on `target` (`None`: an op naming no
    /// domain; `device_model`: the op is one a device model may make on its target)? The
    /// same answer as [`Hypercalls::may_act_on`], from this view. `None`, the default, means
    /// this part serves no `control`-class call: the engine sends every such call under the
    /// lock, where `Hypercalls::may_act_on` answers.
    fn may_act_on(&self, caller: DomId, target: Option<DomId>, device_model: bool) -> Option<bool> {
        let _ = (caller, target, device_model);
        None
    }
    /// As [`Hypercalls::held`], from this view: a held domain's calls are not served here
    /// (they go under the lock, which holds them).
    fn held(&self, dom: DomId) -> bool {
        let _ = dom;
        false
    }
    /// As [`Hypercalls::any_held`], from this view.
    fn any_held(&self) -> bool {
        false
    }
    /// As [`Hypercalls::domain_life`], from this view.
    fn domain_life(&self, dom: DomId) -> u64 {
        let _ = dom;
        0
    }
    /// A register call of `dom` is about to be served here: `true` if it may be, and the
    /// engine calls [`leave`](Self::leave) once the call is done; `false` if it goes under
    /// the lock untouched (the domain is [`held`](Self::held), or `life`, the caller's life
    /// of it when known, has ended).
    ///
    /// A part whose domains can become held must make that change wait for the calls that
    /// entered before it (as Xen's pause waits for the vCPUs to stop, `vcpu_sleep_sync`): a
    /// toolstack that paused a domain then sees no call of it land afterwards. The default
    /// asks [`domain_life`](Self::domain_life) and [`held`](Self::held) and keeps no count,
    /// which is enough for a part whose domains are never held.
    fn enter(&self, dom: DomId, life: Option<u64>) -> bool {
        life.is_none_or(|l| l == self.domain_life(dom)) && !(self.any_held() && self.held(dom))
    }
    /// The call that [`enter`](Self::enter)ed is done.
    fn leave(&self, dom: DomId) {
        let _ = dom;
    }
    /// The earliest time at which something kept here falls due (a timer a call served here
    /// armed), `None` for nothing; it must be part of [`Hypercalls::next_deadline`]. Arming a
    /// timer need not move the [`generation`](Self::generation): after a call served here the
    /// engine wakes its parked serving loop when this is earlier than the loop's own wake-up.
    /// The default, `Some(0)`, wakes a parked loop after every call.
    fn next_deadline(&self) -> Option<Nanos> {
        Some(0)
    }
}

/// A domain id (Xen's `domid_t`). The calling domain of every call comes from the host's
/// side ([`crate::rt::Ctx::domain`]), never from what a guest says.
pub type DomId = u16;

/// Time in nanoseconds of the hypervisor's system clock.
pub type Nanos = u64;

/// Everything a hypervisor backend implements: every family's generated `Backend` trait,
/// plus what the dispatcher needs to enforce privilege and to park async ops.
pub trait Hypercalls: Backends {
    /// Does the domain exist?
    fn domain_exists(&self, dom: DomId) -> bool;
    /// Is it the control domain (may make `control`-class calls)?
    fn is_control_domain(&self, dom: DomId) -> bool;
    /// Changes whenever a parked async op may be able to complete, and whenever a domain
    /// becomes [`held`](Self::held) or stops being held.
    fn generation(&self) -> u64;
    /// Are the domain's vCPUs held, so that it makes no call: paused by the toolstack
    /// (`domctl.pausedomain`, or since `createdomain`), or shut down (Xen pauses a domain's
    /// vCPUs when it shuts down)? The engine reads none of a held domain's queues and
    /// advances none of its continuations (they wait where they are, as a preempted Xen
    /// hypercall waits for its vCPU), and answers its register calls
    /// blocked (the engine's `RegOutcome::Blocked`: made again once the generation changes; the
    /// calling thread waits as the vCPU would). A dying domain is not held: its queues close.
    /// A change either way must change the [`generation`](Self::generation). Default: never.
    fn held(&self, dom: DomId) -> bool {
        let _ = dom;
        false
    }
    /// Is any domain [`held`](Self::held)? Asked first, on every turn and register call, so
    /// that it must be cheap; `false` spares the per-domain question. Default: never.
    fn any_held(&self) -> bool {
        false
    }
    /// Run what fell due (timers, timeouts).
    fn tick(&mut self);
    /// When something is next due.
    fn next_deadline(&self) -> Option<Nanos>;
    /// System time.
    fn now(&self) -> Nanos;
    /// A parked op of `dom` was cancelled, or its queue or domain torn down: drop what the
    /// backend keeps for the domain's waits (wake-up times), so that abandoned waits do not
    /// hold its share. Waits still parked are called again and register anew.
    fn forget_waits(&mut self, dom: DomId) {
        let _ = dom;
    }
    /// May `caller` make a `control`-class call acting on `target` (`None`: the op names no
    /// domain, e.g. `domctl.createdomain` or a `sysctl`)? `device_model`: the op is one a
    /// device-model domain may make on its target (spec key `device-model`, Xen's
    /// `IS_PRIV_FOR`). The default is the control domain only; a model with device-model
    /// domains and targets (the reference hypervisor) answers more finely.
    fn may_act_on(&self, caller: DomId, target: Option<DomId>, device_model: bool) -> bool {
        let _ = (target, device_model);
        self.is_control_domain(caller)
    }
    /// Hand the engine every domain destroyed since the last call (`f` once per domain, with
    /// the [`domain_life`](Self::domain_life) that was destroyed): the engine cancels the
    /// requests in flight on the queues that life set up (each entry of a batch gets its
    /// status, `cancelled` for those not run), delivers their replies, then tears the queues
    /// down, and forgets the memory registered for that life. What a later life of the same
    /// id set up meanwhile is not touched. Default: none.
    fn drain_destroyed(&mut self, f: &mut dyn FnMut(DomId, u64)) {
        let _ = f;
    }
    /// Which life of domain id `dom` is current: a number that grows with every domain the
    /// backend creates (never given to two domains), so that the engine can tell what an
    /// earlier domain of the same id left (queues still closing, its memory) from what the
    /// id's next domain sets up, however soon the id is given again. The engine records it
    /// on each queue and memory registration; [`drain_destroyed`](Self::drain_destroyed)
    /// names the life that ended. A dying domain (destroyed, not yet gone) still answers
    /// its own. Default: 0 for every domain (a backend that never gives an id again before
    /// the engine has drained its destruction).
    fn domain_life(&self, dom: DomId) -> u64 {
        let _ = dom;
        0
    }
    /// Families this hypervisor serves in another version than the built-in one (an older
    /// hypervisor: `domctl` of Xen 4.15, say), by descriptor. The engine looks ops of these
    /// families up in these descriptors (so an op the version lacks is `ENOSYS` and
    /// introspection reports the version served) and serves them with
    /// [`serve_version`](Self::serve_version) and
    /// [`serve_version_regs`](Self::serve_version_regs). Default: none.
    fn family_versions(&self) -> &'static [&'static crate::rt::FamilyDesc] {
        &[]
    }
    /// Serve a ring request of a family of [`family_versions`](Self::family_versions)
    /// (the version's generated `serve`).
    fn serve_version<S: crate::codec::Sink>(
        &mut self,
        ctx: &crate::rt::Ctx,
        op: &crate::rt::OpDesc,
        attrs: crate::codec::Attrs<'_>,
        window: crate::rt::Window,
        reply: &mut crate::codec::Builder<S>,
    ) -> Result<crate::rt::Served, crate::rt::ServeError> {
        let _ = (ctx, op, attrs, window, reply);
        Err(crate::rt::ServeError::Errno(crate::Errno::ENOSYS))
    }
    /// Serve a register call of a family of [`family_versions`](Self::family_versions).
    fn serve_version_regs(
        &mut self,
        ctx: &crate::rt::Ctx,
        op: &crate::rt::OpDesc,
        regs: &mut crate::rt::Regs,
    ) -> Result<(), crate::Errno> {
        let _ = (ctx, op, regs);
        Err(crate::Errno::ENOSYS)
    }
}
