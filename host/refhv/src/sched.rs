//! Scheduler family (`SCHEDOP_*`): yield, block and poll (as continuations on a ring),
//! domain shutdown and its latched code, remote shutdown, domain watchdogs, and the
//! hardware domain's temporary pinning.
//!
//! Xen behaviour kept (`do_sched_op`, `do_poll`, `domain_watchdog` in
//! `xen/common/sched/core.c`; `domain_shutdown` in `xen/common/domain.c`):
//! - a shutdown uses the code latched by `shutdown_code` if there is one (the first latch
//!   wins; a shutdown latches its own reason when there is none), and a domain that is
//!   already shut down stays as it is (the call still succeeds); its vCPUs are paused;
//! - `remote_shutdown` looks the target up by id (`ESRCH`, `DOMID_SELF` is not resolved)
//!   and is for the control domain only (`EPERM`, Xen's `XSM_DM_PRIV`);
//! - `poll`: more than 128 ports is `EINVAL`; the ports are checked in order — a pending
//!   one completes the poll, a bad one is the event channel layer's error (`EINVAL`); then
//!   a timeout that has passed completes it with success, as Xen's poll timer does;
//! - at most [`NR_DOMAIN_WATCHDOG_TIMERS`] (2) watchdogs: creating a third is `ENOSPC`, an
//!   id above 2 or not in use `EINVAL`, timeout 0 destroys, another value re-arms; creating
//!   one with timeout 0 expires it at once (Xen arms it at `NOW()`); on expiry the domain
//!   shuts down with reason `watchdog` (or the latched code), and the watchdog stays
//!   allocated but disarmed;
//! - `pin_override` is `EPERM` for any domain but the hardware (control) domain; a CPU at or
//!   above [`NR_PCPUS`] is `EINVAL`; pinning again while pinned is `EBUSY`; undoing
//!   (negative CPU) without a pin is `EINVAL`.
//!
//! Locking: a domain's watchdogs, pin and latched shutdown code are behind a lock of their
//! own ([`DomainSched`]), and its yields are an atomic counter, so that `yield`,
//! `shutdown_code`, `watchdog` and `pin_override` are served without the engine's host lock
//! ([`crate::unlocked`]), and so are `block` and `poll` when they can complete at once (they
//! read the caller's ports and the clock; one that must wait answers `EAGAIN` and parks
//! under the lock); the model's own `Backend` impl serves them through the same code.
//! Arming a watchdog moves no generation: the earliest deadline is kept in an atomic
//! ([`Timed`]) that the engine reads. Watchdogs expire and domains shut down under the host
//! lock ([`Hypervisor::tick`]).
//!
//! Ring semantics (the spec's): `block` and `poll` answer `EAGAIN` while they cannot
//! complete, and the dispatcher calls again after [`Hypervisor::generation`] changes;
//! `poll` registers its timeout with [`Hypervisor::wake_at`]. Deviations: reasons outside
//! `SHUTDOWN_*` are `EINVAL` (the decoder refuses them anyway; Xen truncates to `u8` and
//! accepts); `pin_override` has no calling vCPU, so the pin is kept per domain; `block`
//! waits for any pending unmasked event of the domain, not of one vCPU.

use hvlink_proto::rt::Ctx;
use hvlink_proto::sched::{
    Backend, PinOverrideReq, PollReq, RemoteShutdownReq, ShutdownReason, ShutdownReq,
    WatchdogReply, WatchdogReq,
};
use hvlink_proto::{Errno, Unlocked as _};

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

use super::unlocked::{Directory, Due, Timed};
use super::{DomId, DomainState, Hypervisor, Nanos};

/// Watchdogs per domain (Xen's `NR_DOMAIN_WATCHDOG_TIMERS`).
pub const NR_DOMAIN_WATCHDOG_TIMERS: usize = 2;
/// Most ports one poll may name (Xen's limit).
pub const MAX_POLL_PORTS: usize = 128;
/// Physical CPUs of the modelled host (what `pin_override` accepts).
pub const NR_PCPUS: i32 = 64;
/// Highest `SHUTDOWN_*` reason.
pub const SHUTDOWN_MAX: u32 = 5;

const NS_PER_SEC: u64 = 1_000_000_000;

/// One domain watchdog slot.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
struct Watchdog {
    in_use: bool,
    deadline: Option<Nanos>,
}

/// A domain's watchdogs, its pin and its latched shutdown code, behind the lock of
/// [`DomainSched`].
#[derive(Debug, Default)]
pub struct SchedState {
    watchdogs: [Watchdog; NR_DOMAIN_WATCHDOG_TIMERS],
    pin: Option<u32>,
    /// Latched by `shutdown_code`, used by the next shutdown (the first latch wins).
    code: Option<u32>,
}

impl Due for SchedState {
    fn due(&self) -> Option<Nanos> {
        self.watchdogs.iter().filter_map(|w| w.deadline).min()
    }
}

/// Per-domain scheduler state, behind a lock of its own (with its earliest watchdog kept
/// apart, [`Timed`]), so that `yield`, `shutdown_code`, `watchdog` and `pin_override` are
/// served without the host lock ([`crate::unlocked`]). Cloning gives another handle on the
/// same state.
#[derive(Debug, Clone)]
pub struct DomainSched {
    state: Timed<SchedState>,
    /// Counted without a lock.
    yields: Arc<AtomicU64>,
}

impl Default for DomainSched {
    fn default() -> Self {
        DomainSched {
            state: Timed::new(SchedState::default()),
            yields: Arc::default(),
        }
    }
}

impl DomainSched {
    /// When watchdog `id` (1-based) expires, if it is allocated and armed.
    pub fn watchdog_deadline(&self, id: u32) -> Option<Nanos> {
        let i = usize::try_from(id).ok()?.checked_sub(1)?;
        self.state.lock().watchdogs.get(i).and_then(|w| w.deadline)
    }

    /// The physical CPU the domain pinned itself to with `pin_override`.
    pub fn pinned(&self) -> Option<u32> {
        self.state.lock().pin
    }

    /// The code latched by `shutdown_code` (or by the shutdown itself), if any.
    pub fn shutdown_code(&self) -> Option<u32> {
        self.state.lock().code
    }

    /// How many times the domain yielded.
    pub fn yields(&self) -> u64 {
        self.yields.load(Ordering::Relaxed)
    }

    /// The earliest watchdog deadline, without the lock.
    pub fn due(&self) -> Option<Nanos> {
        self.state.due()
    }

    /// Disarm and free every watchdog (the domain is being destroyed: none fires on it).
    pub(crate) fn disarm_all(&self) {
        let mut st = self.state.lock();
        for w in &mut st.watchdogs {
            *w = Watchdog::default();
        }
    }
}

/// The scheduler ops served without the host lock, on the caller's own state as the
/// directory lists it (the model's own `Backend` impl serves them through here too).
impl Directory {
    fn sched_of(&self, dom: DomId) -> Result<(DomainSched, bool), Errno> {
        self.sched(dom).ok_or(Errno::ESRCH)
    }

    /// `yield`: the caller gives up its CPU (counted; Xen's `vcpu_yield` takes only the
    /// caller's scheduler lock).
    pub(crate) fn sched_yield(&self, ctx: &Ctx) -> Result<(), Errno> {
        let (sched, _) = self.sched_of(ctx.domain)?;
        sched.yields.fetch_add(1, Ordering::Relaxed);
        Ok(())
    }

    /// `block`: done if an event is pending and unmasked for the caller; otherwise `EAGAIN`,
    /// having done nothing (the call then parks under the host lock until one is).
    pub(crate) fn sched_block(&self, ctx: &Ctx) -> Result<(), Errno> {
        if !self.domain_exists(ctx.domain) {
            return Err(Errno::ESRCH);
        }
        if self.evtchn_any_pending(ctx.domain) {
            Ok(())
        } else {
            Err(Errno::EAGAIN)
        }
    }

    /// `poll`: done if one of the ports is pending (`EINVAL` for a port not in use) or the
    /// timeout has passed; otherwise `EAGAIN`, having done nothing (the call then parks
    /// under the host lock, which also arms the timeout).
    pub(crate) fn sched_poll(&self, ctx: &Ctx, req: &PollReq<'_>) -> Result<(), Errno> {
        if !self.domain_exists(ctx.domain) {
            return Err(Errno::ESRCH);
        }
        if req.port.len() > MAX_POLL_PORTS {
            return Err(Errno::EINVAL);
        }
        for port in req.port.iter() {
            if self.evtchn_is_pending(ctx.domain, port)? {
                return Ok(());
            }
        }
        if req.timeout != 0 && self.now() >= req.timeout {
            return Ok(());
        }
        Err(Errno::EAGAIN)
    }

    /// `shutdown_code`: latch the reason the next shutdown reports (the first latch wins).
    pub(crate) fn sched_shutdown_code(&self, ctx: &Ctx, req: &ShutdownReq) -> Result<(), Errno> {
        if req.reason.0 > SHUTDOWN_MAX {
            return Err(Errno::EINVAL);
        }
        let (sched, _) = self.sched_of(ctx.domain)?;
        sched.state.lock().code.get_or_insert(req.reason.0);
        Ok(())
    }

    /// `watchdog`: create (id 0), re-arm or destroy (timeout 0) one of the caller's
    /// watchdogs. Arming moves no generation: the engine learns of the deadline from
    /// [`hvlink_proto::Unlocked::next_deadline`].
    pub(crate) fn sched_watchdog(
        &self,
        ctx: &Ctx,
        req: &WatchdogReq,
    ) -> Result<WatchdogReply, Errno> {
        let now = self.now();
        // A dying domain arms nothing (its watchdogs went at its destruction).
        if self.incarnation(ctx.domain).is_none() {
            return Err(Errno::ESRCH);
        }
        let (sched, _) = self.sched_of(ctx.domain)?;
        let deadline = now.saturating_add(u64::from(req.timeout) * NS_PER_SEC);
        let mut state = sched.state.lock();
        let dogs = &mut state.watchdogs;
        let id = if req.id == 0 {
            let (i, w) = (1u32..)
                .zip(dogs.iter_mut())
                .find(|(_, w)| !w.in_use)
                .ok_or(Errno::ENOSPC)?;
            *w = Watchdog {
                in_use: true,
                deadline: Some(deadline),
            };
            Some(i)
        } else {
            let w = usize::try_from(req.id - 1)
                .ok()
                .and_then(|i| dogs.get_mut(i))
                .filter(|w| w.in_use)
                .ok_or(Errno::EINVAL)?;
            *w = if req.timeout == 0 {
                Watchdog::default()
            } else {
                Watchdog {
                    in_use: true,
                    deadline: Some(deadline),
                }
            };
            None
        };
        Ok(WatchdogReply { id })
    }

    /// `pin_override`: the hardware (control) domain pins itself to a physical CPU, or
    /// undoes it.
    pub(crate) fn sched_pin_override(&self, ctx: &Ctx, req: &PinOverrideReq) -> Result<(), Errno> {
        let (sched, privileged) = self.sched_of(ctx.domain)?;
        if !privileged {
            return Err(Errno::EPERM);
        }
        if req.pcpu >= NR_PCPUS {
            return Err(Errno::EINVAL);
        }
        let mut state = sched.state.lock();
        match (u32::try_from(req.pcpu), state.pin) {
            // Undo: only if pinned.
            (Err(_), Some(_)) => state.pin = None,
            (Err(_), None) => return Err(Errno::EINVAL),
            (Ok(_), Some(_)) => return Err(Errno::EBUSY),
            (Ok(cpu), None) => state.pin = Some(cpu),
        }
        Ok(())
    }
}

impl Hypervisor {
    /// Shut domain `dom` down with `reason` (a `SHUTDOWN_*` value), as Xen's
    /// `domain_shutdown`: the latched `shutdown_code` wins over `reason`; a domain already
    /// shut down is left as it is. Its vCPUs are paused and waiters are woken. `ESRCH` for no
    /// such domain, `EINVAL` for a reason outside `SHUTDOWN_*`.
    pub fn domain_shutdown(&mut self, dom: DomId, reason: u32) -> Result<(), Errno> {
        if reason > SHUTDOWN_MAX {
            return Err(Errno::EINVAL);
        }
        let now = self.now();
        let d = self.domain_mut(dom).ok_or(Errno::ESRCH)?;
        let code = *d.sched.state.lock().code.get_or_insert(reason);
        {
            let mut l = d.life.lock();
            if l.state != DomainState::Running {
                return Ok(());
            }
            l.state = DomainState::Shutdown(code);
        }
        d.vcpu.lock().shut_down(now);
        self.dom_shutdown_hook(dom, code);
        self.recount_held();
        self.still(dom);
        self.bump();
        Ok(())
    }
}

/// Expire watchdogs that fell due: the domain shuts down with reason `watchdog`.
pub(crate) fn tick(hv: &mut Hypervisor, now: Nanos) {
    // Called on every host turn: no allocation unless a watchdog expired.
    let mut expired: Vec<DomId> = Vec::new();
    for id in hv.domain_ids() {
        let Some(d) = hv.domain(id) else { continue };
        // The earliest watchdog, kept without the lock (`Timed`): most turns none is due.
        if d.sched.due().is_none_or(|t| t > now) {
            continue;
        }
        let mut hit = false;
        for w in &mut d.sched.state.lock().watchdogs {
            if w.deadline.is_some_and(|t| t <= now) {
                w.deadline = None;
                hit = true;
            }
        }
        // A domain shut down already: its watchdog fires all the same (Xen's timer does;
        // the shutdown it asks for changes nothing). Left armed, its deadline stayed in the
        // past, and every turn and every parked loop's look found something due (a review
        // found it).
        if hit && d.state() == DomainState::Running {
            expired.push(id);
        }
    }
    for id in expired {
        // Cannot fail: the domain exists and the reason is valid.
        let _ = hv.domain_shutdown(id, ShutdownReason::WATCHDOG.0);
    }
}

/// The earliest watchdog deadline of a running domain.
pub(crate) fn next_deadline(hv: &Hypervisor) -> Option<Nanos> {
    hv.domain_ids()
        .filter_map(|id| hv.domain(id))
        .filter(|d| d.state() == DomainState::Running)
        .filter_map(|d| d.sched.due())
        .min()
}

/// The scheduler ops served without the host lock, on the caller's own state as the
/// directory lists it: `yield`, `shutdown_code`, `watchdog`, `pin_override`, and `block` and
/// `poll` when they can complete at once (otherwise they answer `EAGAIN` having done
/// nothing, and park under the host lock). `shutdown` and `remote_shutdown` change a
/// domain's lifecycle, which the host lock keeps; `Directory::serves` leaves them to it,
/// and they answer `ENOSYS` here. The model's own `Backend` impl serves the others through
/// here too, and the directory's register calls go through the family's generated
/// `serve_regs` on it.
pub(crate) struct Serving<'a>(pub &'a Directory);

impl Backend for Serving<'_> {
    fn r#yield(&mut self, ctx: &Ctx) -> Result<(), Errno> {
        self.0.sched_yield(ctx)
    }

    fn block(&mut self, ctx: &Ctx) -> Result<(), Errno> {
        self.0.sched_block(ctx)
    }

    fn shutdown(&mut self, _ctx: &Ctx, _req: &ShutdownReq) -> Result<(), Errno> {
        Err(Errno::ENOSYS)
    }

    fn poll(&mut self, ctx: &Ctx, req: &PollReq<'_>) -> Result<(), Errno> {
        self.0.sched_poll(ctx, req)
    }

    fn remote_shutdown(&mut self, _ctx: &Ctx, _req: &RemoteShutdownReq) -> Result<(), Errno> {
        Err(Errno::ENOSYS)
    }

    fn shutdown_code(&mut self, ctx: &Ctx, req: &ShutdownReq) -> Result<(), Errno> {
        self.0.sched_shutdown_code(ctx, req)
    }

    fn watchdog(&mut self, ctx: &Ctx, req: &WatchdogReq) -> Result<WatchdogReply, Errno> {
        self.0.sched_watchdog(ctx, req)
    }

    fn pin_override(&mut self, ctx: &Ctx, req: &PinOverrideReq) -> Result<(), Errno> {
        self.0.sched_pin_override(ctx, req)
    }
}

impl Backend for Hypervisor {
    fn r#yield(&mut self, ctx: &Ctx) -> Result<(), Errno> {
        Serving(self.directory()).r#yield(ctx)
    }

    fn block(&mut self, ctx: &Ctx) -> Result<(), Errno> {
        Serving(self.directory()).block(ctx)
    }

    fn shutdown(&mut self, ctx: &Ctx, req: &ShutdownReq) -> Result<(), Errno> {
        self.domain_shutdown(ctx.domain, req.reason.0)
    }

    fn poll(&mut self, ctx: &Ctx, req: &PollReq<'_>) -> Result<(), Errno> {
        let r = Serving(self.directory()).poll(ctx, req);
        if r == Err(Errno::EAGAIN) && req.timeout != 0 {
            // It parks: its timeout must wake it.
            self.wake_at(ctx.domain, req.timeout);
        }
        r
    }

    fn remote_shutdown(&mut self, ctx: &Ctx, req: &RemoteShutdownReq) -> Result<(), Errno> {
        self.domain(req.dom).ok_or(Errno::ESRCH)?;
        let privileged = self.domain(ctx.domain).is_some_and(|d| d.config.privileged);
        if !privileged {
            return Err(Errno::EPERM);
        }
        self.domain_shutdown(req.dom, req.reason.0)
    }

    fn shutdown_code(&mut self, ctx: &Ctx, req: &ShutdownReq) -> Result<(), Errno> {
        Serving(self.directory()).shutdown_code(ctx, req)
    }

    fn watchdog(&mut self, ctx: &Ctx, req: &WatchdogReq) -> Result<WatchdogReply, Errno> {
        Serving(self.directory()).watchdog(ctx, req)
    }

    fn pin_override(&mut self, ctx: &Ctx, req: &PinOverrideReq) -> Result<(), Errno> {
        Serving(self.directory()).pin_override(ctx, req)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixtures::{kernel as ctx, standard as hv};
    use hvlink_proto::rt::{List, DOMID_SELF};

    const SEC: u64 = 1_000_000_000;

    fn state(hv: &Hypervisor, dom: DomId) -> DomainState {
        hv.domain(dom).unwrap().state()
    }

    fn reason(r: u32) -> ShutdownReq {
        ShutdownReq {
            reason: ShutdownReason(r),
        }
    }

    fn wd(id: u32, timeout: u32) -> WatchdogReq {
        WatchdogReq { id, timeout }
    }

    #[test]
    fn yield_completes_at_once() {
        let mut hv = hv();
        hv.r#yield(&ctx(1)).unwrap();
        assert_eq!(hv.domain(1).unwrap().sched.yields(), 1);
        assert_eq!(hv.r#yield(&ctx(9)), Err(Errno::ESRCH));
    }

    #[test]
    fn block_waits_for_an_event() {
        let mut hv = hv();
        // No event channel is pending: the op parks.
        assert_eq!(hv.block(&ctx(1)), Err(Errno::EAGAIN));
        assert_eq!(hv.block(&ctx(9)), Err(Errno::ESRCH));
    }

    #[test]
    fn shutdown_changes_state_once() {
        let mut hv = hv();
        let g = hv.generation();
        hv.shutdown(&ctx(1), &reason(1)).unwrap();
        assert!(hv.generation() != g);
        assert_eq!(state(&hv, 1), DomainState::Shutdown(1));
        // A second shutdown leaves the first reason.
        hv.shutdown(&ctx(1), &reason(3)).unwrap();
        assert_eq!(state(&hv, 1), DomainState::Shutdown(1));
        assert_eq!(hv.shutdown(&ctx(2), &reason(6)), Err(Errno::EINVAL));
        assert_eq!(hv.shutdown(&ctx(9), &reason(0)), Err(Errno::ESRCH));
        assert_eq!(state(&hv, 2), DomainState::Running);
        // The vCPUs are paused.
        let rs = hvlink_proto::vcpu::Backend::get_runstate_info(
            &mut hv,
            &ctx(1),
            &hvlink_proto::vcpu::VcpuReq { vcpu: 0 },
        )
        .unwrap();
        assert_eq!(rs.state, hvlink_proto::vcpu::Runstate::OFFLINE);
    }

    #[test]
    fn shutdown_code_is_latched_first_wins() {
        let mut hv = hv();
        hv.shutdown_code(&ctx(1), &reason(ShutdownReason::SUSPEND.0))
            .unwrap();
        hv.shutdown_code(&ctx(1), &reason(ShutdownReason::CRASH.0))
            .unwrap();
        assert_eq!(hv.domain(1).unwrap().sched.shutdown_code(), Some(2));
        assert_eq!(state(&hv, 1), DomainState::Running);
        hv.shutdown(&ctx(1), &reason(ShutdownReason::POWEROFF.0))
            .unwrap();
        assert_eq!(state(&hv, 1), DomainState::Shutdown(2));
        assert_eq!(hv.shutdown_code(&ctx(1), &reason(9)), Err(Errno::EINVAL));
        assert_eq!(hv.shutdown_code(&ctx(9), &reason(0)), Err(Errno::ESRCH));
    }

    #[test]
    fn remote_shutdown_is_for_the_control_domain() {
        let mut hv = hv();
        let rs = |dom, r| RemoteShutdownReq {
            dom,
            reason: ShutdownReason(r),
        };
        assert_eq!(hv.remote_shutdown(&ctx(1), &rs(2, 0)), Err(Errno::EPERM));
        assert_eq!(hv.remote_shutdown(&ctx(1), &rs(1, 0)), Err(Errno::EPERM));
        assert_eq!(hv.remote_shutdown(&ctx(0), &rs(9, 0)), Err(Errno::ESRCH));
        assert_eq!(
            hv.remote_shutdown(&ctx(0), &rs(DOMID_SELF, 0)),
            Err(Errno::ESRCH)
        );
        assert_eq!(hv.remote_shutdown(&ctx(0), &rs(2, 99)), Err(Errno::EINVAL));
        hv.remote_shutdown(&ctx(0), &rs(2, ShutdownReason::REBOOT.0))
            .unwrap();
        assert_eq!(state(&hv, 2), DomainState::Shutdown(1));
        assert_eq!(state(&hv, 1), DomainState::Running);
    }

    #[test]
    fn poll_timeout_and_limits() {
        let mut hv = hv();
        let none: [u32; 0] = [];
        let poll = |timeout| PollReq {
            timeout,
            port: List::new(&none),
        };
        hv.advance(100);
        // A timeout already passed completes the poll (Xen returns 0 on timeout too).
        hv.poll(&ctx(1), &poll(100)).unwrap();
        hv.poll(&ctx(1), &poll(1)).unwrap();
        // Otherwise it parks and asks to be woken at the timeout.
        assert_eq!(hv.poll(&ctx(1), &poll(5000)), Err(Errno::EAGAIN));
        assert_eq!(hv.next_deadline(), Some(5000));
        let g = hv.generation();
        hv.advance(4000);
        assert_eq!(hv.poll(&ctx(1), &poll(5000)), Err(Errno::EAGAIN));
        hv.advance(900);
        assert!(
            hv.generation() != g,
            "reaching the timeout wakes the waiter"
        );
        hv.poll(&ctx(1), &poll(5000)).unwrap();
        assert_eq!(hv.next_deadline(), None);
        // No timeout: waits for ever (no deadline registered).
        assert_eq!(hv.poll(&ctx(1), &poll(0)), Err(Errno::EAGAIN));
        assert_eq!(hv.next_deadline(), None);
        // Too many ports.
        let many = [0u32; MAX_POLL_PORTS + 1];
        let req = PollReq {
            timeout: 1,
            port: List::new(&many),
        };
        assert_eq!(hv.poll(&ctx(1), &req), Err(Errno::EINVAL));
        assert_eq!(hv.poll(&ctx(9), &poll(1)), Err(Errno::ESRCH));
    }

    /// Bind `VIRQ_TIMER` of `vcpu` to a port of `dom`.
    fn bind_timer(hv: &mut Hypervisor, dom: DomId, vcpu: u32) -> u32 {
        use hvlink_proto::event_channel::{Backend as _, BindVirqReq, Virq};
        let req = BindVirqReq {
            virq: Virq::TIMER,
            vcpu,
        };
        hv.bind_virq(&ctx(dom), &req).unwrap().port
    }

    /// Arm `dom`'s vCPU `vcpu` one-shot timer at `at`.
    fn arm(hv: &mut Hypervisor, dom: DomId, vcpu: u32, at: Nanos) {
        use hvlink_proto::vcpu::{Backend as _, SingleshotFlags, SingleshotTimerReq};
        let req = SingleshotTimerReq {
            vcpu,
            timeout_abs_ns: at,
            flags: SingleshotFlags(0),
        };
        hv.set_singleshot_timer(&ctx(dom), &req).unwrap();
    }

    #[test]
    fn block_returns_eagain_then_ok_after_an_event() {
        let mut hv = hv();
        let port = bind_timer(&mut hv, 1, 0);
        assert_eq!(hv.block(&ctx(1)), Err(Errno::EAGAIN));
        arm(&mut hv, 1, 0, 1000);
        let g = hv.generation();
        hv.advance(999);
        assert_eq!(hv.block(&ctx(1)), Err(Errno::EAGAIN));
        hv.advance(1);
        assert!(hv.generation() != g, "the event wakes the parked block");
        hv.block(&ctx(1)).unwrap();
        // A masked event does not end a block; unmasking it does.
        hv.set_masked(1, port, true).unwrap();
        assert_eq!(hv.block(&ctx(1)), Err(Errno::EAGAIN));
        hv.set_masked(1, port, false).unwrap();
        hv.block(&ctx(1)).unwrap();
        // Another domain's event does not end this domain's block.
        assert_eq!(hv.block(&ctx(2)), Err(Errno::EAGAIN));
    }

    #[test]
    fn poll_completes_when_a_listed_port_is_pending() {
        let mut hv = hv();
        let timer = bind_timer(&mut hv, 1, 0);
        let other = bind_timer(&mut hv, 1, 1);
        let ports = [other, timer];
        let req = PollReq {
            timeout: 0,
            port: List::new(&ports),
        };
        assert_eq!(hv.poll(&ctx(1), &req), Err(Errno::EAGAIN));
        arm(&mut hv, 1, 0, 1000);
        hv.advance(1000);
        hv.poll(&ctx(1), &req).unwrap();
        // Poll looks at the pending bit only, as Xen's: a masked port still completes it.
        hv.set_masked(1, timer, true).unwrap();
        hv.poll(&ctx(1), &req).unwrap();
        // Ports are checked in order: a pending one before a bad one completes the poll, a
        // bad one (free or out of range) before is EINVAL.
        let pending_first = [timer, 4095];
        let req = PollReq {
            timeout: 0,
            port: List::new(&pending_first),
        };
        hv.poll(&ctx(1), &req).unwrap();
        for bad in [4095, u32::MAX] {
            let bad_first = [other, bad, timer];
            let req = PollReq {
                timeout: 1,
                port: List::new(&bad_first),
            };
            assert_eq!(hv.poll(&ctx(1), &req), Err(Errno::EINVAL));
        }
        // Another domain's port numbers are its own: port `timer` is free in domain 2.
        let req = PollReq {
            timeout: 0,
            port: List::new(&ports[1..]),
        };
        assert_eq!(hv.poll(&ctx(2), &req), Err(Errno::EINVAL));
    }

    #[test]
    fn poll_timeout_with_ports() {
        let mut hv = hv();
        let timer = bind_timer(&mut hv, 1, 0);
        let ports = [timer];
        let req = PollReq {
            timeout: 3000,
            port: List::new(&ports),
        };
        assert_eq!(hv.poll(&ctx(1), &req), Err(Errno::EAGAIN));
        assert_eq!(hv.next_deadline(), Some(3000));
        hv.advance(3000);
        hv.poll(&ctx(1), &req).unwrap();
        assert_eq!(hv.evtchn_is_pending(1, timer), Ok(false));
    }

    #[test]
    fn watchdog_create_poke_destroy_and_limit() {
        let mut hv = hv();
        let c = ctx(1);
        assert_eq!(hv.watchdog(&c, &wd(0, 10)).unwrap().id, Some(1));
        assert_eq!(hv.watchdog(&c, &wd(0, 20)).unwrap().id, Some(2));
        assert_eq!(hv.watchdog(&c, &wd(0, 30)), Err(Errno::ENOSPC));
        assert_eq!(hv.next_deadline(), Some(10 * SEC));
        // Poke re-arms from now.
        hv.advance(5 * SEC);
        assert_eq!(hv.watchdog(&c, &wd(1, 10)).unwrap().id, None);
        assert_eq!(
            hv.domain(1).unwrap().sched.watchdog_deadline(1),
            Some(15 * SEC)
        );
        // Destroy frees the slot.
        hv.watchdog(&c, &wd(2, 0)).unwrap();
        assert_eq!(hv.domain(1).unwrap().sched.watchdog_deadline(2), None);
        assert_eq!(hv.watchdog(&c, &wd(2, 5)), Err(Errno::EINVAL));
        assert_eq!(hv.watchdog(&c, &wd(0, 30)).unwrap().id, Some(2));
        // Bad ids.
        assert_eq!(hv.watchdog(&c, &wd(3, 1)), Err(Errno::EINVAL));
        assert_eq!(hv.watchdog(&c, &wd(u32::MAX, 1)), Err(Errno::EINVAL));
        assert_eq!(hv.watchdog(&ctx(9), &wd(0, 1)), Err(Errno::ESRCH));
        // A huge timeout does not overflow.
        hv.watchdog(&c, &wd(2, u32::MAX)).unwrap();
        assert_eq!(state(&hv, 1), DomainState::Running);
    }

    #[test]
    fn watchdog_expiry_shuts_the_domain_down() {
        let mut hv = hv();
        hv.watchdog(&ctx(1), &wd(0, 2)).unwrap();
        hv.advance(2 * SEC - 1);
        assert_eq!(state(&hv, 1), DomainState::Running);
        let g = hv.generation();
        hv.advance(1);
        assert_eq!(
            state(&hv, 1),
            DomainState::Shutdown(ShutdownReason::WATCHDOG.0)
        );
        assert!(hv.generation() != g);
        assert_eq!(hv.next_deadline(), None);
        // Still allocated, no longer armed.
        assert_eq!(hv.watchdog(&ctx(1), &wd(0, 1)).unwrap().id, Some(2));
        assert_eq!(state(&hv, 2), DomainState::Running);
    }

    #[test]
    fn a_shut_down_domains_watchdog_fires_and_is_due_no_more() {
        let mut hv = hv();
        hv.watchdog(&ctx(1), &wd(0, 2)).unwrap();
        hv.domain_shutdown(1, ShutdownReason::SUSPEND.0).unwrap();
        hv.advance(2 * SEC);
        assert_eq!(
            state(&hv, 1),
            DomainState::Shutdown(ShutdownReason::SUSPEND.0),
            "the shutdown it asks for changes nothing"
        );
        assert_eq!(hv.domain(1).unwrap().sched.due(), None);
        assert_eq!(hv.next_deadline(), None);
        assert_eq!(hvlink_proto::Unlocked::next_deadline(hv.directory()), None);
    }

    #[test]
    fn watchdog_uses_the_latched_code_and_zero_expires_at_once() {
        let mut hv = hv();
        hv.shutdown_code(&ctx(2), &reason(ShutdownReason::CRASH.0))
            .unwrap();
        hv.watchdog(&ctx(2), &wd(0, 0)).unwrap();
        assert_eq!(hv.next_deadline(), Some(0));
        hv.tick();
        assert_eq!(
            state(&hv, 2),
            DomainState::Shutdown(ShutdownReason::CRASH.0)
        );
    }

    #[test]
    fn pin_override_hardware_domain_only() {
        let mut hv = hv();
        let pin = |pcpu| PinOverrideReq { pcpu };
        assert_eq!(hv.pin_override(&ctx(1), &pin(0)), Err(Errno::EPERM));
        assert_eq!(hv.pin_override(&ctx(0), &pin(NR_PCPUS)), Err(Errno::EINVAL));
        assert_eq!(hv.pin_override(&ctx(0), &pin(-1)), Err(Errno::EINVAL));
        hv.pin_override(&ctx(0), &pin(3)).unwrap();
        assert_eq!(hv.domain(0).unwrap().sched.pinned(), Some(3));
        assert_eq!(hv.pin_override(&ctx(0), &pin(3)), Err(Errno::EBUSY));
        hv.pin_override(&ctx(0), &pin(i32::MIN)).unwrap();
        assert_eq!(hv.domain(0).unwrap().sched.pinned(), None);
        assert_eq!(hv.pin_override(&ctx(9), &pin(0)), Err(Errno::ESRCH));
    }
}
