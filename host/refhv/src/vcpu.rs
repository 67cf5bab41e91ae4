//! vCPU family (`VCPUOP_*`): bringing vCPUs up and down, their run state with time
//! accounting, one-shot and periodic timers on the hypervisor clock, and the guest areas
//! where a hypervisor would publish per-vCPU information.
//!
//! Each domain has `config.vcpus` vCPUs (at most [`MAX_VCPUS`], Xen's HVM limit; more are
//! not created). vCPU 0 starts initialised and up (the domain builder started it), the
//! others down and uninitialised. Every op names its vCPU in the request — there is no
//! "calling vCPU" on a ring — and an id the domain does not have is `ENOENT`, as Xen's
//! `domain_vcpu()` check answers.
//!
//! Xen behaviour kept (`common_vcpu_op` in `xen/common/domain.c`, 4.19):
//! - `initialise` once per vCPU (`EEXIST` after); its context frame must be RAM (`EFAULT`,
//!   where Xen fails to copy the context); `up` of an uninitialised vCPU is `EINVAL`;
//! - `down` of the last vCPU that is up shuts the domain down (`SHUTDOWN_poweroff`);
//! - periodic timer periods below 1 ms or above `STIME_DELTA_MAX` are `EINVAL`; the timer
//!   first fires one period after it is set, then one period after each firing (missed
//!   periods collapse into one event, as `vcpu_periodic_timer_work` does); it runs only
//!   while the vCPU is up;
//! - a one-shot deadline already in the past fires at once; with `VCPU_SSHOTTMR_future` it
//!   is `ETIME` instead (Xen ≥ 4.18 ignores the flag — the header allows both — and the spec
//!   asks for `ETIME`);
//! - `register_vcpu_info`: an address that does not fit (`mfn << 12 + offset` overflows or
//!   leaves the frame) is `EINVAL`, a second registration `EBUSY`, a structure crossing a
//!   page or misaligned `ENXIO`, a frame that is not RAM `EINVAL` (`map_guest_area`);
//! - the physical-address areas (runstate, time) may be re-registered and `~0` unregisters;
//! - `get_physid` is for the hardware domain's pinned vCPUs only: `EINVAL` for others.
//!
//! Deviations: Xen refuses the one-shot timer ops for a vCPU other than the caller; here
//! they take the vCPU from the request (the spec's model). An up vCPU is `running` unless the
//! embedder reports otherwise ([`Hypervisor::vcpu_set_runstate`]); a vCPU of a domain that
//! has shut down is `offline` (paused) and its timers no longer fire.
//!
//! Locking: a domain's vCPUs are behind a lock of their own ([`Vcpus`]), as a Xen vCPU's
//! timers and run state are never behind a global lock. Every op is served on them without
//! the engine's host lock ([`crate::unlocked`]), on the calling thread, but a `down` of the
//! last vCPU up, which powers the domain off: that one answers `EAGAIN` there having done
//! nothing, and the engine makes it under the lock. The model's own `Backend` impl serves the
//! same ops through the same code (`Serving`). Arming a timer does not move the model's
//! generation (no parked op can complete because of it): each domain's earliest timer is
//! kept in an atomic ([`Vcpus::due`]), which the model's deadline reads without the vCPU
//! lock, and the engine wakes its parked serving loop when a call armed a timer earlier
//! than the loop's own wake-up. The timers fire under the host lock ([`Hypervisor::tick`]), which takes each
//! domain's vCPU lock in turn; no code holds a vCPU lock while taking another lock.

use hvlink_proto::rt::Ctx;
use hvlink_proto::vcpu::{
    Backend, InitialiseReq, IsUpReply, PeriodicTimerReq, PhysAreaReq, PhysidReply, Runstate,
    RunstateReply, SingleshotFlags, SingleshotTimerReq, VcpuInfoReq, VcpuReq,
};
use hvlink_proto::Errno;

use super::memory::{Layout, PAGE_SHIFT};
use super::unlocked::{Directory, Due, Timed};
use super::{DomId, DomainConfig, Hypervisor, Nanos};

/// Most vCPUs a domain gets (Xen's `HVM_MAX_VCPUS`).
pub const MAX_VCPUS: u32 = 128;
/// The timer virtual IRQ (Xen `VIRQ_TIMER`).
pub const VIRQ_TIMER: u32 = 0;
/// Shortest periodic timer period (1 ms).
pub const MIN_PERIOD_NS: u64 = 1_000_000;
/// Longest periodic timer period (Xen's `STIME_DELTA_MAX`).
pub const MAX_PERIOD_NS: u64 = i64::MAX as u64;
/// `sizeof(vcpu_info_t)` on x86-64.
pub const VCPU_INFO_SIZE: u64 = 64;
/// `sizeof(struct vcpu_runstate_info)` on x86-64.
pub const RUNSTATE_INFO_SIZE: u64 = 48;
/// `sizeof(vcpu_time_info_t)`.
pub const VCPU_TIME_INFO_SIZE: u64 = 32;
/// Alignment of the guest areas (`alignof(xen_ulong_t)`).
pub const GUEST_AREA_ALIGN: u64 = 8;

/// One vCPU.
#[derive(Debug, Clone)]
struct Vcpu {
    initialised: bool,
    up: bool,
    state: Runstate,
    entry: Nanos,
    /// Time in each state before `entry`, indexed by the `RUNSTATE_*` value.
    time: [u64; 4],
    period: u64,
    periodic_next: Option<Nanos>,
    singleshot: Option<Nanos>,
    vcpu_info: Option<u64>,
    runstate_area: Option<u64>,
    time_area: Option<u64>,
    nmi_pending: bool,
}

impl Vcpu {
    fn new(boot: bool) -> Vcpu {
        Vcpu {
            initialised: boot,
            up: boot,
            state: if boot {
                Runstate::RUNNING
            } else {
                Runstate::OFFLINE
            },
            entry: 0,
            time: [0; 4],
            period: 0,
            periodic_next: None,
            singleshot: None,
            vcpu_info: None,
            runstate_area: None,
            time_area: None,
            nmi_pending: false,
        }
    }

    fn slot(state: Runstate) -> usize {
        usize::try_from(state.0).map_or(3, |i| i.min(3))
    }

    /// Enter `state` at `now`, accounting the time spent in the old one.
    fn set_state(&mut self, state: Runstate, now: Nanos) {
        let spent = now.saturating_sub(self.entry);
        let t = &mut self.time[Vcpu::slot(self.state)];
        *t = t.saturating_add(spent);
        self.state = state;
        self.entry = self.entry.max(now);
    }

    fn runstate(&self, now: Nanos) -> RunstateReply {
        let mut time = self.time;
        let t = &mut time[Vcpu::slot(self.state)];
        *t = t.saturating_add(now.saturating_sub(self.entry));
        RunstateReply {
            state: self.state,
            state_entry_time: self.entry,
            time_running: time[0],
            time_runnable: time[1],
            time_blocked: time[2],
            time_offline: time[3],
        }
    }

    fn due(&self) -> Option<Nanos> {
        let periodic = if self.up { self.periodic_next } else { None };
        match (self.singleshot, periodic) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        }
    }
}

/// Per-domain vCPU state (behind its domain's lock, [`Vcpus`]).
#[derive(Debug)]
pub struct DomainVcpus {
    vcpus: Vec<Vcpu>,
    /// Whether the run state clocks were started (see [`start`]).
    started: bool,
    /// The domain's RAM (where contexts and guest areas may be).
    layout: Layout,
    /// The domain is the control domain (`get_physid`).
    privileged: bool,
    /// The domain has not shut down: its timers fire. (Set with the domain's state, under
    /// the host lock, and read here, so that an op served without the host lock sees it.)
    running: bool,
}

impl DomainVcpus {
    /// Fresh state for a new domain: vCPU 0 up, the others down.
    pub fn new(config: &DomainConfig) -> Self {
        let n = config.vcpus.min(MAX_VCPUS);
        DomainVcpus {
            vcpus: (0..n).map(|i| Vcpu::new(i == 0)).collect(),
            started: false,
            layout: Layout::of(config),
            privileged: config.privileged,
            running: true,
        }
    }

    /// The domain's RAM grew (a domain the toolstack populates): areas may lie in it.
    pub(crate) fn grow_layout(&mut self, layout: Layout) {
        self.layout = self.layout.union(&layout);
    }

    /// Number of vCPUs.
    pub fn len(&self) -> u32 {
        // At most MAX_VCPUS.
        u32::try_from(self.vcpus.len()).unwrap_or(MAX_VCPUS)
    }

    /// No vCPUs at all.
    pub fn is_empty(&self) -> bool {
        self.vcpus.is_empty()
    }

    /// Is vCPU `vcpu` up?
    pub fn is_up(&self, vcpu: u32) -> bool {
        self.vcpus.get(vcpu as usize).is_some_and(|v| v.up)
    }

    /// How many vCPUs are up.
    pub fn online(&self) -> u32 {
        self.vcpus.iter().filter(|v| v.up).count() as u32
    }

    /// Every vCPU that is up is blocked (waiting for an event): what Xen reports as
    /// `XEN_DOMINF_blocked`. False when none is up.
    pub fn all_blocked(&self) -> bool {
        let mut up = self.vcpus.iter().filter(|v| v.up).peekable();
        up.peek().is_some() && up.all(|v| v.state == Runstate::BLOCKED)
    }

    /// Start the run state clocks at `now` the first time anything looks at the domain.
    fn start_at(&mut self, now: Nanos) {
        if !self.started {
            self.started = true;
            for v in &mut self.vcpus {
                v.entry = now;
            }
        }
    }

    /// The vCPUs are paused (offline) from `now` (the domain shut down, or was created
    /// paused).
    pub(crate) fn pause_all(&mut self, now: Nanos) {
        self.start_at(now);
        for v in &mut self.vcpus {
            v.set_state(Runstate::OFFLINE, now);
        }
    }

    /// The domain shut down at `now`: its vCPUs are paused and its timers no longer fire.
    pub(crate) fn shut_down(&mut self, now: Nanos) {
        self.pause_all(now);
        self.running = false;
    }
}

/// A domain's vCPUs behind a lock of their own, as Xen keeps a vCPU's timers and run state
/// apart from other domains: the ops of `Serving` run on them without the host lock
/// ([`crate::unlocked`]), the rest of the model takes the same lock under the host lock.
/// The domain's earliest armed timer is also kept in an atomic, written whenever the lock is
/// let go ([`Timed`]), so that the model's deadline (which the serving loop asks while it
/// polls) never takes the lock the domain's own calls need.
pub type Vcpus = Timed<DomainVcpus>;

impl Due for DomainVcpus {
    /// The earliest armed timer, if the domain runs.
    fn due(&self) -> Option<Nanos> {
        if !self.running {
            return None;
        }
        self.vcpus.iter().filter_map(Vcpu::due).min()
    }
}

/// Start domain `dom`'s run state clocks at the current time. Called lazily by every vCPU op
/// and by [`tick`]; the domain's creator calls it right after creating the domain so that
/// the accounting starts at creation.
pub(crate) fn start(hv: &mut Hypervisor, dom: DomId) {
    let now = hv.now();
    if let Some(d) = hv.domain(dom) {
        d.vcpu.lock().start_at(now);
    }
}

/// Fire vCPU timers that fell due: `VIRQ_TIMER` on the vCPU; a periodic timer re-arms one
/// period from now. Timers of domains that shut down do not fire.
pub(crate) fn tick(hv: &mut Hypervisor, now: Nanos) {
    // Called on every host turn: no allocation unless a timer fired.
    let mut fired: Vec<(DomId, u32)> = Vec::new();
    for id in hv.domain_ids() {
        let Some(d) = hv.domain(id) else { continue };
        // The domain's earliest armed timer, kept without its lock (`Timed`): most turns
        // nothing is due and no lock is taken. (Every domain's clocks start at its creation.)
        if d.vcpu.due().is_none_or(|t| t > now) {
            continue;
        }
        let mut vs = d.vcpu.lock();
        vs.start_at(now);
        if !vs.running {
            continue;
        }
        for (i, v) in (0u32..).zip(vs.vcpus.iter_mut()) {
            if v.singleshot.is_some_and(|t| t <= now) {
                v.singleshot = None;
                fired.push((id, i));
            }
            if v.up && v.periodic_next.is_some_and(|t| t <= now) {
                v.periodic_next = Some(now.saturating_add(v.period));
                fired.push((id, i));
            }
        }
    }
    if !fired.is_empty() {
        for (dom, vcpu) in fired {
            hv.raise_virq(dom, vcpu, VIRQ_TIMER);
        }
        hv.bump();
    }
}

/// The earliest armed vCPU timer of a running domain.
pub(crate) fn next_deadline(hv: &Hypervisor) -> Option<Nanos> {
    hv.domain_ids()
        .filter_map(|id| hv.domain(id))
        .filter_map(|d| d.vcpu.due())
        .min()
}

/// Check a guest area of `size` bytes at `gaddr` as Xen's `map_guest_area` does; `None`
/// for `~0` (unregister).
fn check_area(layout: &Layout, gaddr: u64, size: u64) -> Result<Option<u64>, Errno> {
    if gaddr == u64::MAX {
        return Ok(None);
    }
    let last = gaddr.checked_add(size - 1).ok_or(Errno::ENXIO)?;
    if gaddr >> PAGE_SHIFT != last >> PAGE_SHIFT || gaddr % GUEST_AREA_ALIGN != 0 {
        return Err(Errno::ENXIO);
    }
    if !layout.is_ram(gaddr >> PAGE_SHIFT) {
        return Err(Errno::EINVAL);
    }
    Ok(Some(gaddr))
}

/// What an op on one vCPU knows of its domain.
struct Env {
    layout: Layout,
    privileged: bool,
    running: bool,
    now: Nanos,
}

/// The vCPU ops served without the host lock, on the calling domain's vCPUs as the
/// directory lists them: every op (a `down` of the last vCPU up answers `EAGAIN`, having
/// done nothing: it powers the domain off, under the host lock). The model's own `Backend`
/// impl serves them through here too, so each op has one implementation.
pub(crate) struct Serving<'a>(pub &'a Directory);

impl Serving<'_> {
    /// Run `f` on vCPU `vcpu` of the caller, under its domain's vCPU lock.
    fn on<R>(
        &self,
        dom: DomId,
        vcpu: u32,
        f: impl FnOnce(&mut Vcpu, &Env) -> Result<R, Errno>,
    ) -> Result<R, Errno> {
        let vcpus = self.0.vcpus(dom).ok_or(Errno::ESRCH)?;
        let now = self.0.now();
        let mut d = vcpus.lock();
        d.start_at(now);
        let env = Env {
            layout: d.layout,
            privileged: d.privileged,
            running: d.running,
            now,
        };
        let v = d.vcpus.get_mut(vcpu as usize).ok_or(Errno::ENOENT)?;
        f(v, &env)
    }
}

impl Backend for Serving<'_> {
    fn initialise(&mut self, ctx: &Ctx, req: &InitialiseReq) -> Result<(), Errno> {
        self.on(ctx.domain, req.vcpu, |v, env| {
            if !env.layout.is_ram(req.context_gfn) {
                return Err(Errno::EFAULT);
            }
            if v.initialised {
                return Err(Errno::EEXIST);
            }
            v.initialised = true;
            Ok(())
        })
    }

    fn up(&mut self, ctx: &Ctx, req: &VcpuReq) -> Result<(), Errno> {
        let changed = self.on(ctx.domain, req.vcpu, |v, env| {
            if !v.initialised {
                return Err(Errno::EINVAL);
            }
            if v.up {
                return Ok(false);
            }
            v.up = true;
            v.set_state(Runstate::RUNNING, env.now);
            if v.period != 0 {
                v.periodic_next = Some(env.now.saturating_add(v.period));
            }
            Ok(true)
        })?;
        if changed {
            // Its periodic timer runs again, and what the domain reports changed.
            self.0.bump();
        }
        Ok(())
    }

    fn down(&mut self, ctx: &Ctx, req: &VcpuReq) -> Result<(), Errno> {
        // The last vCPU up going down powers the domain off, a lifecycle change the host
        // lock keeps: `EAGAIN`, having done nothing, and the engine makes the call again
        // under the lock.
        let vcpus = self.0.vcpus(ctx.domain).ok_or(Errno::ESRCH)?;
        if down_unless_last(&vcpus, req.vcpu, self.0.now())? {
            self.0.bump();
        }
        Ok(())
    }

    fn is_up(&mut self, ctx: &Ctx, req: &VcpuReq) -> Result<IsUpReply, Errno> {
        self.on(ctx.domain, req.vcpu, |v, _| {
            Ok(IsUpReply { up: u8::from(v.up) })
        })
    }

    fn get_runstate_info(&mut self, ctx: &Ctx, req: &VcpuReq) -> Result<RunstateReply, Errno> {
        self.on(ctx.domain, req.vcpu, |v, env| Ok(v.runstate(env.now)))
    }

    fn set_periodic_timer(&mut self, ctx: &Ctx, req: &PeriodicTimerReq) -> Result<(), Errno> {
        self.on(ctx.domain, req.vcpu, |v, env| {
            if !(MIN_PERIOD_NS..=MAX_PERIOD_NS).contains(&req.period_ns) {
                return Err(Errno::EINVAL);
            }
            v.period = req.period_ns;
            v.periodic_next = v.up.then(|| env.now.saturating_add(req.period_ns));
            Ok(())
        })
    }

    fn stop_periodic_timer(&mut self, ctx: &Ctx, req: &VcpuReq) -> Result<(), Errno> {
        self.on(ctx.domain, req.vcpu, |v, _| {
            v.period = 0;
            v.periodic_next = None;
            Ok(())
        })
    }

    fn set_singleshot_timer(&mut self, ctx: &Ctx, req: &SingleshotTimerReq) -> Result<(), Errno> {
        let future = req.flags.0 & SingleshotFlags::FUTURE.0 != 0;
        let fire_now = self.on(ctx.domain, req.vcpu, |v, env| {
            if req.timeout_abs_ns >= env.now {
                v.singleshot = Some(req.timeout_abs_ns);
                return Ok(false);
            }
            if future {
                return Err(Errno::ETIME);
            }
            // Already expired: the event is injected at once.
            v.singleshot = None;
            Ok(env.running)
        })?;
        if fire_now {
            // Outside the vCPU lock: delivery takes the domain's port lock.
            self.0.raise_virq(ctx.domain, req.vcpu, VIRQ_TIMER);
            self.0.bump();
        }
        // A timer armed moves no generation (nothing parked can complete because of it): the
        // serving loop learns of it from the deadline (`Unlocked::next_deadline`).
        Ok(())
    }

    fn stop_singleshot_timer(&mut self, ctx: &Ctx, req: &VcpuReq) -> Result<(), Errno> {
        self.on(ctx.domain, req.vcpu, |v, _| {
            v.singleshot = None;
            Ok(())
        })
    }

    fn register_vcpu_info(&mut self, ctx: &Ctx, req: &VcpuInfoReq) -> Result<(), Errno> {
        self.on(ctx.domain, req.vcpu, |v, env| {
            let gaddr = req
                .gfn
                .checked_mul(1 << PAGE_SHIFT)
                .and_then(|a| a.checked_add(u64::from(req.offset)))
                .ok_or(Errno::EINVAL)?;
            if gaddr == u64::MAX || gaddr >> PAGE_SHIFT != req.gfn {
                return Err(Errno::EINVAL);
            }
            if v.vcpu_info.is_some() {
                return Err(Errno::EBUSY);
            }
            v.vcpu_info = check_area(&env.layout, gaddr, VCPU_INFO_SIZE)?;
            Ok(())
        })
    }

    fn send_nmi(&mut self, ctx: &Ctx, req: &VcpuReq) -> Result<(), Errno> {
        let raised = self.on(ctx.domain, req.vcpu, |v, _| {
            Ok(!std::mem::replace(&mut v.nmi_pending, true))
        })?;
        if raised {
            self.0.bump();
        }
        Ok(())
    }

    fn get_physid(&mut self, ctx: &Ctx, req: &VcpuReq) -> Result<PhysidReply, Errno> {
        self.on(ctx.domain, req.vcpu, |_, env| {
            if !env.privileged {
                return Err(Errno::EINVAL);
            }
            // The hardware domain's vCPUs are pinned 1:1: APIC id and ACPI id are the vCPU id.
            let id = u64::from(req.vcpu);
            Ok(PhysidReply {
                phys_id: id | id << 32,
            })
        })
    }

    fn register_runstate_phys_area(&mut self, ctx: &Ctx, req: &PhysAreaReq) -> Result<(), Errno> {
        self.on(ctx.domain, req.vcpu, |v, env| {
            v.runstate_area = check_area(&env.layout, req.gpa, RUNSTATE_INFO_SIZE)?;
            Ok(())
        })
    }

    fn register_vcpu_time_phys_area(&mut self, ctx: &Ctx, req: &PhysAreaReq) -> Result<(), Errno> {
        self.on(ctx.domain, req.vcpu, |v, env| {
            v.time_area = check_area(&env.layout, req.gpa, VCPU_TIME_INFO_SIZE)?;
            Ok(())
        })
    }
}

impl Hypervisor {
    /// Report the run state of an up vCPU from outside the model (the VMM's vCPU thread ran,
    /// waited for a physical CPU, or halted): `running`, `runnable` or `blocked`. `ESRCH` for
    /// no such domain, `ENOENT` for no such vCPU, `EINVAL` for a vCPU that is down or
    /// paused, or for the `offline` state (use `down`).
    pub fn vcpu_set_runstate(
        &mut self,
        dom: DomId,
        vcpu: u32,
        state: Runstate,
    ) -> Result<(), Errno> {
        let valid = matches!(
            state,
            Runstate::RUNNING | Runstate::RUNNABLE | Runstate::BLOCKED
        );
        Serving(self.directory()).on(dom, vcpu, |v, env| {
            if !valid || !v.up || !env.running {
                return Err(Errno::EINVAL);
            }
            v.set_state(state, env.now);
            Ok(())
        })
    }

    /// Take vCPU `vcpu`'s pending NMI (what `send_nmi` left for the VMM to inject): true if
    /// there was one.
    pub fn vcpu_take_nmi(&mut self, dom: DomId, vcpu: u32) -> bool {
        self.domain(dom).is_some_and(|d| {
            d.vcpu
                .lock()
                .vcpus
                .get_mut(vcpu as usize)
                .is_some_and(|v| std::mem::take(&mut v.nmi_pending))
        })
    }
}

/// Take vCPU `vcpu` of `vcpus` down at `now` unless it is the last one up (`EAGAIN`, nothing
/// done: that powers the domain off, under the host lock); whether anything changed.
fn down_unless_last(vcpus: &Vcpus, vcpu: u32, now: Nanos) -> Result<bool, Errno> {
    let mut d = vcpus.lock();
    d.start_at(now);
    if vcpu >= d.len() {
        return Err(Errno::ENOENT);
    }
    if !(0u32..).zip(&d.vcpus).any(|(i, v)| i != vcpu && v.up) {
        return Err(Errno::EAGAIN);
    }
    let v = &mut d.vcpus[vcpu as usize];
    if !v.up {
        return Ok(false);
    }
    v.up = false;
    v.periodic_next = None;
    v.set_state(Runstate::OFFLINE, now);
    Ok(true)
}

/// The model serves every op through `Serving`, as the engine does without the lock; a
/// `down` of the last vCPU up, which `Serving` leaves alone, powers the domain off here.
impl Backend for Hypervisor {
    fn initialise(&mut self, ctx: &Ctx, req: &InitialiseReq) -> Result<(), Errno> {
        Serving(self.directory()).initialise(ctx, req)
    }

    fn up(&mut self, ctx: &Ctx, req: &VcpuReq) -> Result<(), Errno> {
        Serving(self.directory()).up(ctx, req)
    }

    fn down(&mut self, ctx: &Ctx, req: &VcpuReq) -> Result<(), Errno> {
        match Serving(self.directory()).down(ctx, req) {
            // The last vCPU going down powers the domain off (nothing was done yet; a vCPU
            // brought up meanwhile does not stop it, as in Xen, where the domain's
            // shutdown pauses every vCPU).
            Err(Errno::EAGAIN) => self.domain_shutdown(ctx.domain, 0),
            r => r,
        }
    }

    fn is_up(&mut self, ctx: &Ctx, req: &VcpuReq) -> Result<IsUpReply, Errno> {
        Serving(self.directory()).is_up(ctx, req)
    }

    fn get_runstate_info(&mut self, ctx: &Ctx, req: &VcpuReq) -> Result<RunstateReply, Errno> {
        Serving(self.directory()).get_runstate_info(ctx, req)
    }

    fn set_periodic_timer(&mut self, ctx: &Ctx, req: &PeriodicTimerReq) -> Result<(), Errno> {
        Serving(self.directory()).set_periodic_timer(ctx, req)
    }

    fn stop_periodic_timer(&mut self, ctx: &Ctx, req: &VcpuReq) -> Result<(), Errno> {
        Serving(self.directory()).stop_periodic_timer(ctx, req)
    }

    fn set_singleshot_timer(&mut self, ctx: &Ctx, req: &SingleshotTimerReq) -> Result<(), Errno> {
        Serving(self.directory()).set_singleshot_timer(ctx, req)
    }

    fn stop_singleshot_timer(&mut self, ctx: &Ctx, req: &VcpuReq) -> Result<(), Errno> {
        Serving(self.directory()).stop_singleshot_timer(ctx, req)
    }

    fn register_vcpu_info(&mut self, ctx: &Ctx, req: &VcpuInfoReq) -> Result<(), Errno> {
        Serving(self.directory()).register_vcpu_info(ctx, req)
    }

    fn send_nmi(&mut self, ctx: &Ctx, req: &VcpuReq) -> Result<(), Errno> {
        Serving(self.directory()).send_nmi(ctx, req)
    }

    fn get_physid(&mut self, ctx: &Ctx, req: &VcpuReq) -> Result<PhysidReply, Errno> {
        Serving(self.directory()).get_physid(ctx, req)
    }

    fn register_runstate_phys_area(&mut self, ctx: &Ctx, req: &PhysAreaReq) -> Result<(), Errno> {
        Serving(self.directory()).register_runstate_phys_area(ctx, req)
    }

    fn register_vcpu_time_phys_area(&mut self, ctx: &Ctx, req: &PhysAreaReq) -> Result<(), Errno> {
        Serving(self.directory()).register_vcpu_time_phys_area(ctx, req)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixtures::{self, kernel as ctx};
    use crate::{Clock, DomainState};

    const MS: u64 = 1_000_000;

    /// dom0 (privileged, 2 vCPUs) and guest 1 with `vcpus` vCPUs.
    fn hv(vcpus: u32) -> Hypervisor {
        let guest = DomainConfig {
            vcpus,
            ..Default::default()
        };
        let mut hv = fixtures::with(0, fixtures::control(), &[1], guest);
        start(&mut hv, 0);
        start(&mut hv, 1);
        hv
    }

    fn r(vcpu: u32) -> VcpuReq {
        VcpuReq { vcpu }
    }

    fn init(vcpu: u32, context_gfn: u64) -> InitialiseReq {
        InitialiseReq { vcpu, context_gfn }
    }

    fn periodic(vcpu: u32, period_ns: u64) -> PeriodicTimerReq {
        PeriodicTimerReq { vcpu, period_ns }
    }

    /// Initialise `vcpu` of guest 1 (context at gfn 1) and bring it up.
    fn bring_up(hv: &mut Hypervisor, vcpu: u32) {
        hv.initialise(&ctx(1), &init(vcpu, 1)).unwrap();
        hv.up(&ctx(1), &r(vcpu)).unwrap();
    }

    fn sshot(vcpu: u32, at: u64, flags: u32) -> SingleshotTimerReq {
        SingleshotTimerReq {
            vcpu,
            timeout_abs_ns: at,
            flags: SingleshotFlags(flags),
        }
    }

    fn timers(hv: &Hypervisor, dom: DomId, vcpu: usize) -> (Option<Nanos>, Option<Nanos>) {
        let v = hv.domain(dom).unwrap().vcpu.lock().vcpus[vcpu].clone();
        (v.singleshot, v.periodic_next)
    }

    #[test]
    fn boot_state_and_bad_ids() {
        let mut hv = hv(3);
        let c = ctx(1);
        assert_eq!(hv.is_up(&c, &r(0)).unwrap().up, 1);
        assert_eq!(hv.is_up(&c, &r(1)).unwrap().up, 0);
        for bad in [3, 1000, u32::MAX] {
            assert_eq!(hv.is_up(&c, &r(bad)), Err(Errno::ENOENT));
            assert_eq!(hv.up(&c, &r(bad)), Err(Errno::ENOENT));
            assert_eq!(hv.down(&c, &r(bad)), Err(Errno::ENOENT));
            assert_eq!(hv.get_runstate_info(&c, &r(bad)).err(), Some(Errno::ENOENT));
            assert_eq!(hv.send_nmi(&c, &r(bad)), Err(Errno::ENOENT));
            assert_eq!(
                hv.set_singleshot_timer(&c, &sshot(bad, 5, 0)),
                Err(Errno::ENOENT)
            );
            assert_eq!(
                hv.set_periodic_timer(&c, &periodic(bad, MS)),
                Err(Errno::ENOENT)
            );
            let a = PhysAreaReq { vcpu: bad, gpa: 0 };
            assert_eq!(hv.register_runstate_phys_area(&c, &a), Err(Errno::ENOENT));
        }
        assert_eq!(hv.is_up(&ctx(9), &r(0)), Err(Errno::ESRCH));
        // vCPU counts are bounded.
        let mut big = Hypervisor::new(Clock::Virtual(0));
        big.create_domain(
            5,
            DomainConfig {
                vcpus: u32::MAX,
                ..Default::default()
            },
        )
        .unwrap();
        assert_eq!(big.domain(5).unwrap().vcpu.lock().len(), MAX_VCPUS);
        assert_eq!(big.is_up(&ctx(5), &r(MAX_VCPUS)), Err(Errno::ENOENT));
    }

    #[test]
    fn initialise_up_down() {
        let mut hv = hv(3);
        let c = ctx(1);
        // Not initialised yet.
        assert_eq!(hv.up(&c, &r(1)), Err(Errno::EINVAL));
        assert_eq!(hv.initialise(&c, &init(1, 1 << 40)), Err(Errno::EFAULT));
        hv.initialise(&c, &init(1, 0x100)).unwrap();
        assert_eq!(hv.initialise(&c, &init(1, 0x100)), Err(Errno::EEXIST));
        assert_eq!(hv.initialise(&c, &init(0, 0x100)), Err(Errno::EEXIST));
        let g = hv.generation();
        hv.up(&c, &r(1)).unwrap();
        assert!(hv.generation() != g);
        hv.up(&c, &r(1)).unwrap(); // already up: fine
        assert_eq!(hv.is_up(&c, &r(1)).unwrap().up, 1);
        hv.down(&c, &r(1)).unwrap();
        hv.down(&c, &r(1)).unwrap(); // already down: fine
        assert_eq!(hv.is_up(&c, &r(1)).unwrap().up, 0);
        hv.up(&c, &r(1)).unwrap(); // initialised once, may come up again
        assert_eq!(hv.domain(1).unwrap().state(), DomainState::Running);
    }

    #[test]
    fn last_vcpu_down_powers_off() {
        let mut hv = hv(2);
        hv.down(&ctx(1), &r(0)).unwrap();
        assert_eq!(hv.domain(1).unwrap().state(), DomainState::Shutdown(0));
        let rs = hv.get_runstate_info(&ctx(1), &r(0)).unwrap();
        assert_eq!(rs.state, Runstate::OFFLINE);
    }

    #[test]
    fn runstate_time_accounting() {
        let mut hv = hv(2);
        let c = ctx(1);
        hv.advance(10);
        let rs = hv.get_runstate_info(&c, &r(0)).unwrap();
        assert_eq!(rs.state, Runstate::RUNNING);
        assert_eq!((rs.state_entry_time, rs.time_running), (0, 10));
        let rs = hv.get_runstate_info(&c, &r(1)).unwrap();
        assert_eq!((rs.state, rs.time_offline), (Runstate::OFFLINE, 10));

        bring_up(&mut hv, 1);
        hv.advance(5);
        hv.vcpu_set_runstate(1, 1, Runstate::BLOCKED).unwrap();
        hv.advance(7);
        hv.vcpu_set_runstate(1, 1, Runstate::RUNNABLE).unwrap();
        hv.advance(3);
        let rs = hv.get_runstate_info(&c, &r(1)).unwrap();
        assert_eq!(rs.state, Runstate::RUNNABLE);
        assert_eq!(rs.state_entry_time, 22);
        assert_eq!(
            (
                rs.time_running,
                rs.time_runnable,
                rs.time_blocked,
                rs.time_offline
            ),
            (5, 3, 7, 10)
        );
        // The four times add up to the time since creation.
        let sum = rs.time_running + rs.time_runnable + rs.time_blocked + rs.time_offline;
        assert_eq!(sum, hv.now());
        // Reporting a state for a down vCPU, or offline, is refused.
        hv.down(&c, &r(1)).unwrap();
        let refused = [
            (1, 1, Runstate::RUNNING, Errno::EINVAL),
            (1, 0, Runstate::OFFLINE, Errno::EINVAL),
            (1, 0, Runstate(7), Errno::EINVAL),
            (1, 9, Runstate::RUNNING, Errno::ENOENT),
            (9, 0, Runstate::RUNNING, Errno::ESRCH),
        ];
        for (dom, vcpu, state, want) in refused {
            let got = hv.vcpu_set_runstate(dom, vcpu, state);
            assert_eq!(got, Err(want), "d{dom} v{vcpu} {state:?}");
        }
    }

    #[test]
    fn periodic_timer_fires_and_rearms() {
        let mut hv = hv(2);
        let c = ctx(1);
        assert_eq!(
            hv.set_periodic_timer(&c, &periodic(0, MS - 1)),
            Err(Errno::EINVAL)
        );
        assert_eq!(
            hv.set_periodic_timer(&c, &periodic(0, u64::MAX)),
            Err(Errno::EINVAL)
        );
        hv.set_periodic_timer(&c, &periodic(0, 10 * MS)).unwrap();
        assert_eq!(hv.next_deadline(), Some(10 * MS));
        hv.advance(9 * MS);
        assert_eq!(timers(&hv, 1, 0).1, Some(10 * MS));
        let g = hv.generation();
        hv.advance(MS);
        assert!(hv.generation() != g, "a firing timer wakes waiters");
        assert_eq!(timers(&hv, 1, 0).1, Some(20 * MS));
        assert_eq!(hv.next_deadline(), Some(20 * MS));
        // Missed periods collapse: one event, next one a period from now.
        hv.advance(35 * MS);
        assert_eq!(timers(&hv, 1, 0).1, Some(55 * MS));
        hv.stop_periodic_timer(&c, &r(0)).unwrap();
        assert_eq!(hv.next_deadline(), None);
        // A down vCPU's periodic timer waits until it comes up.
        hv.initialise(&c, &init(1, 1)).unwrap();
        hv.set_periodic_timer(&c, &periodic(1, 2 * MS)).unwrap();
        assert_eq!(hv.next_deadline(), None);
        hv.up(&c, &r(1)).unwrap();
        assert_eq!(hv.next_deadline(), Some(hv.now() + 2 * MS));
        hv.down(&c, &r(1)).unwrap();
        assert_eq!(hv.next_deadline(), None);
    }

    #[test]
    fn singleshot_timer() {
        let mut hv = hv(2);
        let c = ctx(1);
        hv.advance(100);
        hv.set_singleshot_timer(&c, &sshot(0, 1000, 0)).unwrap();
        assert_eq!(hv.next_deadline(), Some(1000));
        hv.advance(899);
        assert_eq!(timers(&hv, 1, 0).0, Some(1000));
        hv.advance(1);
        assert_eq!(timers(&hv, 1, 0).0, None, "fired once, not re-armed");
        assert_eq!(hv.next_deadline(), None);
        // Stop.
        hv.set_singleshot_timer(&c, &sshot(1, 5000, 0)).unwrap();
        hv.stop_singleshot_timer(&c, &r(1)).unwrap();
        assert_eq!(hv.next_deadline(), None);
        // A deadline already past: ETIME with the future flag, immediate event without.
        assert_eq!(
            hv.set_singleshot_timer(&c, &sshot(0, 999, 1)),
            Err(Errno::ETIME)
        );
        let g = hv.generation();
        hv.set_singleshot_timer(&c, &sshot(0, 999, 0)).unwrap();
        assert!(hv.generation() != g);
        assert_eq!(timers(&hv, 1, 0).0, None);
        // Exactly now is not in the past.
        hv.set_singleshot_timer(&c, &sshot(0, hv.now(), 1)).unwrap();
        assert_eq!(hv.next_deadline(), Some(hv.now()));
        hv.tick();
        assert_eq!(hv.next_deadline(), None);
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

    #[test]
    fn timers_raise_virq_timer_on_their_vcpu() {
        let mut hv = hv(2);
        let c = ctx(1);
        let p0 = bind_timer(&mut hv, 1, 0);
        let p1 = bind_timer(&mut hv, 1, 1);
        hv.set_singleshot_timer(&c, &sshot(0, 500, 0)).unwrap();
        hv.advance(499);
        assert_eq!(hv.evtchn_is_pending(1, p0), Ok(false));
        hv.advance(1);
        assert_eq!(hv.evtchn_is_pending(1, p0), Ok(true));
        assert_eq!(hv.evtchn_is_pending(1, p1), Ok(false));
        // A periodic timer delivers once per period.
        bring_up(&mut hv, 1);
        hv.set_periodic_timer(&c, &periodic(1, MS)).unwrap();
        for _ in 0..3 {
            hv.advance(MS - 1);
            assert_eq!(hv.evtchn_is_pending(1, p1), Ok(false));
            hv.advance(1);
            assert_eq!(hv.evtchn_is_pending(1, p1), Ok(true));
            hv.clear_pending(1, p1).unwrap();
        }
        // A one-shot deadline in the past delivers at once.
        hv.clear_pending(1, p0).unwrap();
        hv.set_singleshot_timer(&c, &sshot(0, 1, 0)).unwrap();
        assert_eq!(hv.evtchn_is_pending(1, p0), Ok(true));
        // Nothing leaks to another domain.
        assert!(hv.pending_ports(0).is_empty());
    }

    #[test]
    fn timers_stop_when_the_domain_shuts_down() {
        let mut hv = hv(2);
        let c = ctx(1);
        hv.set_singleshot_timer(&c, &sshot(0, 50, 0)).unwrap();
        hv.set_periodic_timer(&c, &periodic(0, MS)).unwrap();
        hv.domain_shutdown(1, 2).unwrap();
        assert_eq!(hv.next_deadline(), None);
        hv.advance(10 * MS);
        assert_eq!(timers(&hv, 1, 0), (Some(50), Some(MS)));
    }

    #[test]
    fn vcpu_info_registration() {
        let mut hv = hv(2);
        let c = ctx(1);
        let info = |vcpu, gfn, offset| VcpuInfoReq { vcpu, gfn, offset };
        // Address does not fit / leaves the frame.
        assert_eq!(
            hv.register_vcpu_info(&c, &info(0, u64::MAX, 0)),
            Err(Errno::EINVAL)
        );
        assert_eq!(
            hv.register_vcpu_info(&c, &info(0, 1 << 52, 0)),
            Err(Errno::EINVAL)
        );
        assert_eq!(
            hv.register_vcpu_info(&c, &info(0, 5, 4096)),
            Err(Errno::EINVAL)
        );
        // Crossing a page, misaligned.
        assert_eq!(
            hv.register_vcpu_info(&c, &info(0, 5, 4096 - 32)),
            Err(Errno::ENXIO)
        );
        assert_eq!(hv.register_vcpu_info(&c, &info(0, 5, 4)), Err(Errno::ENXIO));
        // Not RAM.
        assert_eq!(
            hv.register_vcpu_info(&c, &info(0, 0xFEE00, 0)),
            Err(Errno::EINVAL)
        );
        hv.register_vcpu_info(&c, &info(0, 5, 4096 - 64)).unwrap();
        assert_eq!(hv.register_vcpu_info(&c, &info(0, 6, 0)), Err(Errno::EBUSY));
        hv.register_vcpu_info(&c, &info(1, 6, 64)).unwrap();
        assert_eq!(
            hv.domain(1).unwrap().vcpu.lock().vcpus[0].vcpu_info,
            Some(5 * 4096 + 4032)
        );
    }

    #[test]
    fn phys_areas() {
        let mut hv = hv(2);
        let c = ctx(1);
        let a = |vcpu, gpa| PhysAreaReq { vcpu, gpa };
        hv.register_runstate_phys_area(&c, &a(0, 0x2000)).unwrap();
        hv.register_runstate_phys_area(&c, &a(0, 0x3000)).unwrap(); // re-registration
        assert_eq!(
            hv.register_runstate_phys_area(&c, &a(0, 0x3000 - 40)),
            Err(Errno::ENXIO)
        );
        assert_eq!(
            hv.register_runstate_phys_area(&c, &a(0, 0x3004)),
            Err(Errno::ENXIO)
        );
        assert_eq!(
            hv.register_runstate_phys_area(&c, &a(0, u64::MAX - 8)),
            Err(Errno::ENXIO)
        );
        assert_eq!(
            hv.register_runstate_phys_area(&c, &a(0, 1 << 45)),
            Err(Errno::EINVAL)
        );
        hv.register_vcpu_time_phys_area(&c, &a(0, 0x4000 - 32))
            .unwrap();
        assert_eq!(
            hv.register_vcpu_time_phys_area(&c, &a(0, 0x4000 - 24)),
            Err(Errno::ENXIO)
        );
        let v = hv.domain(1).unwrap().vcpu.lock().vcpus[0].clone();
        assert_eq!(
            (v.runstate_area, v.time_area),
            (Some(0x3000), Some(0x4000 - 32))
        );
        // ~0 unregisters.
        hv.register_runstate_phys_area(&c, &a(0, u64::MAX)).unwrap();
        hv.register_vcpu_time_phys_area(&c, &a(0, u64::MAX))
            .unwrap();
        let v = hv.domain(1).unwrap().vcpu.lock().vcpus[0].clone();
        assert_eq!((v.runstate_area, v.time_area), (None, None));
    }

    #[test]
    fn nmi_and_physid() {
        let mut hv = hv(2);
        hv.send_nmi(&ctx(1), &r(1)).unwrap();
        hv.send_nmi(&ctx(1), &r(1)).unwrap();
        assert!(hv.vcpu_take_nmi(1, 1));
        assert!(!hv.vcpu_take_nmi(1, 1));
        assert!(!hv.vcpu_take_nmi(1, 99));
        assert_eq!(hv.get_physid(&ctx(1), &r(0)).err(), Some(Errno::EINVAL));
        assert_eq!(hv.get_physid(&ctx(0), &r(1)).unwrap().phys_id, 1 | 1 << 32);
        assert_eq!(hv.get_physid(&ctx(0), &r(2)).err(), Some(Errno::ENOENT));
    }

    /// The ops served without the host lock (on the directory, from two threads) race the
    /// model's own changes under the host lock: the clock moving and timers firing, vCPU 1
    /// going up and down, the timer's port bound and closed, and at last the domain shutting
    /// down. Nothing deadlocks, the run state accounts for all the time, and once the domain
    /// is down no timer of it fires, however the threads arm them.
    #[test]
    fn ops_served_without_the_host_lock_race_the_model_safely() {
        use hvlink_proto::event_channel::{Backend as _, BindVirqReq, PortReq, Virq};
        use std::sync::atomic::{AtomicBool, AtomicU64, Ordering::Relaxed};
        let mut hv = hv(2);
        hv.initialise(&ctx(1), &init(1, 1)).unwrap();
        let dir = hv.unlocked();
        let stop = std::sync::Arc::new(AtomicBool::new(false));
        let armed = std::sync::Arc::new(AtomicU64::new(0));
        let threads: Vec<_> = (0..2u32)
            .map(|vcpu| {
                let (dir, stop, armed) = (dir.clone(), stop.clone(), armed.clone());
                std::thread::spawn(move || {
                    let mut s = Serving(&dir);
                    let c = ctx(1);
                    let mut i = 0u64;
                    while !stop.load(Relaxed) {
                        i += 1;
                        let now = dir.now();
                        // Past (fires at once), near future, and far future deadlines.
                        let at = match i % 3 {
                            0 => now.saturating_sub(1),
                            1 => now + MS,
                            _ => now + 1000 * MS,
                        };
                        if s.set_singleshot_timer(&c, &sshot(vcpu, at, 0)).is_ok() {
                            armed.fetch_add(1, Relaxed);
                        }
                        let _ = s.set_periodic_timer(&c, &periodic(vcpu, MS));
                        let _ = s.is_up(&c, &r(vcpu));
                        let _ = s.get_runstate_info(&c, &r(vcpu));
                        let _ = s.send_nmi(&c, &r(vcpu));
                        if i % 7 == 0 {
                            let _ = s.stop_periodic_timer(&c, &r(vcpu));
                            let _ = s.stop_singleshot_timer(&c, &r(vcpu));
                        }
                    }
                })
            })
            .collect();
        let bind = |hv: &mut Hypervisor| {
            let req = BindVirqReq {
                virq: Virq::TIMER,
                vcpu: 0,
            };
            hv.bind_virq(&ctx(1), &req).unwrap().port
        };
        let mut port = bind(&mut hv);
        for round in 0..2000u32 {
            hv.advance(MS / 2);
            if round % 3 == 0 {
                hv.up(&ctx(1), &r(1)).unwrap();
            } else if round % 3 == 1 {
                hv.down(&ctx(1), &r(1)).unwrap();
            }
            if round % 50 == 49 {
                hv.close(&ctx(1), &PortReq { port }).unwrap();
                port = bind(&mut hv);
            }
        }
        let t = std::time::Instant::now();
        while armed.load(Relaxed) < 100 {
            assert!(
                t.elapsed() < std::time::Duration::from_secs(10),
                "no timer armed"
            );
            std::thread::yield_now();
        }
        // vCPU 0 went down never: the domain runs. The run state of each vCPU accounts for
        // every nanosecond since the clocks started (at 0).
        assert_eq!(hv.domain(1).unwrap().state(), DomainState::Running);
        let now = hv.now();
        for v in 0..2 {
            let rs = hv.get_runstate_info(&ctx(1), &r(v)).unwrap();
            let sum = rs.time_running + rs.time_runnable + rs.time_blocked + rs.time_offline;
            assert_eq!(sum, now, "vCPU {v}");
        }
        // Shut down while the threads go on arming: nothing fires any more.
        hv.domain_shutdown(1, 0).unwrap();
        let _ = hv.clear_pending(1, port);
        for _ in 0..200 {
            hv.advance(10 * MS);
            assert_eq!(hv.evtchn_is_pending(1, port), Ok(false), "a timer fired");
        }
        assert_eq!(
            hv.next_deadline(),
            None,
            "a shut-down domain has no deadline"
        );
        stop.store(true, Relaxed);
        for t in threads {
            t.join().unwrap();
        }
    }
}
