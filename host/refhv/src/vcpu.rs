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

use hvlink_proto::rt::Ctx;
use hvlink_proto::vcpu::{
    Backend, InitialiseReq, IsUpReply, PeriodicTimerReq, PhysAreaReq, PhysidReply, Runstate,
    RunstateReply, SingleshotFlags, SingleshotTimerReq, VcpuInfoReq, VcpuReq,
};
use hvlink_proto::Errno;

use super::memory::{Layout, PAGE_SHIFT};
use super::{DomId, DomainConfig, DomainState, Hypervisor, Nanos};

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

/// Per-domain vCPU state.
#[derive(Debug, Default)]
pub struct DomainVcpus {
    vcpus: Vec<Vcpu>,
    /// Whether the run state clocks were started (see [`start`]).
    started: bool,
}

impl DomainVcpus {
    /// Fresh state for a new domain: vCPU 0 up, the others down.
    pub fn new(config: &DomainConfig) -> Self {
        let n = config.vcpus.min(MAX_VCPUS);
        DomainVcpus {
            vcpus: (0..n).map(|i| Vcpu::new(i == 0)).collect(),
            started: false,
        }
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

    /// The domain shut down: its vCPUs are paused (offline) from `now`.
    pub(crate) fn pause_all(&mut self, now: Nanos) {
        self.start_at(now);
        for v in &mut self.vcpus {
            v.set_state(Runstate::OFFLINE, now);
        }
    }
}

/// Start domain `dom`'s run state clocks at the current time. Called lazily by every vCPU op
/// and by [`tick`]; the domain's creator should call it right after creating the domain so
/// that the accounting starts at creation (mod.rs: `vcpu::start(self, id)` in
/// `create_domain`).
#[allow(dead_code)] // Until `Hypervisor::create_domain` calls it.
pub(crate) fn start(hv: &mut Hypervisor, dom: DomId) {
    let now = hv.now();
    if let Some(d) = hv.domain_mut(dom) {
        d.vcpu.start_at(now);
    }
}

/// Fire vCPU timers that fell due: `VIRQ_TIMER` on the vCPU; a periodic timer re-arms one
/// period from now. Timers of domains that shut down do not fire.
pub(crate) fn tick(hv: &mut Hypervisor, now: Nanos) {
    // Called on every host turn: no allocation unless a timer fired.
    let mut fired: Vec<(DomId, u32)> = Vec::new();
    for (&id, d) in hv.domains_mut() {
        d.vcpu.start_at(now);
        if d.state != DomainState::Running {
            continue;
        }
        for (i, v) in (0u32..).zip(d.vcpu.vcpus.iter_mut()) {
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
        .filter(|d| d.state == DomainState::Running)
        .flat_map(|d| d.vcpu.vcpus.iter().filter_map(Vcpu::due))
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

impl Hypervisor {
    /// vCPU `vcpu` of the calling domain, its domain's layout and privilege, and the time.
    fn vcpu_of(&mut self, ctx: &Ctx, vcpu: u32) -> Result<(&mut Vcpu, Layout, bool, Nanos), Errno> {
        let now = self.now();
        let d = self.domain_mut(ctx.domain).ok_or(Errno::ESRCH)?;
        d.vcpu.start_at(now);
        let layout = Layout::of(&d.config);
        let privileged = d.config.privileged;
        let v = d.vcpu.vcpus.get_mut(vcpu as usize).ok_or(Errno::ENOENT)?;
        Ok((v, layout, privileged, now))
    }

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
        let now = self.now();
        let d = self.domain_mut(dom).ok_or(Errno::ESRCH)?;
        d.vcpu.start_at(now);
        let running = d.state == DomainState::Running;
        let v = d.vcpu.vcpus.get_mut(vcpu as usize).ok_or(Errno::ENOENT)?;
        let valid = matches!(
            state,
            Runstate::RUNNING | Runstate::RUNNABLE | Runstate::BLOCKED
        );
        if !valid || !v.up || !running {
            return Err(Errno::EINVAL);
        }
        v.set_state(state, now);
        Ok(())
    }

    /// Take vCPU `vcpu`'s pending NMI (what `send_nmi` left for the VMM to inject): true if
    /// there was one.
    pub fn vcpu_take_nmi(&mut self, dom: DomId, vcpu: u32) -> bool {
        self.domain_mut(dom)
            .and_then(|d| d.vcpu.vcpus.get_mut(vcpu as usize))
            .is_some_and(|v| std::mem::take(&mut v.nmi_pending))
    }
}

impl Backend for Hypervisor {
    fn initialise(&mut self, ctx: &Ctx, req: &InitialiseReq) -> Result<(), Errno> {
        let (v, layout, _, _) = self.vcpu_of(ctx, req.vcpu)?;
        if !layout.is_ram(req.context_gfn) {
            return Err(Errno::EFAULT);
        }
        if v.initialised {
            return Err(Errno::EEXIST);
        }
        v.initialised = true;
        Ok(())
    }

    fn up(&mut self, ctx: &Ctx, req: &VcpuReq) -> Result<(), Errno> {
        let (v, _, _, now) = self.vcpu_of(ctx, req.vcpu)?;
        if !v.initialised {
            return Err(Errno::EINVAL);
        }
        if !v.up {
            v.up = true;
            v.set_state(Runstate::RUNNING, now);
            if v.period != 0 {
                v.periodic_next = Some(now.saturating_add(v.period));
            }
            self.bump();
        }
        Ok(())
    }

    fn down(&mut self, ctx: &Ctx, req: &VcpuReq) -> Result<(), Errno> {
        self.vcpu_of(ctx, req.vcpu)?;
        let now = self.now();
        let d = self.domain_mut(ctx.domain).ok_or(Errno::ESRCH)?;
        let others_up = (0u32..)
            .zip(&d.vcpu.vcpus)
            .any(|(i, v)| i != req.vcpu && v.up);
        if !others_up {
            // The last vCPU going down powers the domain off.
            return self.domain_shutdown(ctx.domain, 0);
        }
        let v = d
            .vcpu
            .vcpus
            .get_mut(req.vcpu as usize)
            .ok_or(Errno::ENOENT)?;
        if v.up {
            v.up = false;
            v.periodic_next = None;
            v.set_state(Runstate::OFFLINE, now);
            self.bump();
        }
        Ok(())
    }

    fn is_up(&mut self, ctx: &Ctx, req: &VcpuReq) -> Result<IsUpReply, Errno> {
        let (v, ..) = self.vcpu_of(ctx, req.vcpu)?;
        Ok(IsUpReply { up: u8::from(v.up) })
    }

    fn get_runstate_info(&mut self, ctx: &Ctx, req: &VcpuReq) -> Result<RunstateReply, Errno> {
        let (v, _, _, now) = self.vcpu_of(ctx, req.vcpu)?;
        Ok(v.runstate(now))
    }

    fn set_periodic_timer(&mut self, ctx: &Ctx, req: &PeriodicTimerReq) -> Result<(), Errno> {
        let (v, _, _, now) = self.vcpu_of(ctx, req.vcpu)?;
        if !(MIN_PERIOD_NS..=MAX_PERIOD_NS).contains(&req.period_ns) {
            return Err(Errno::EINVAL);
        }
        v.period = req.period_ns;
        v.periodic_next = v.up.then(|| now.saturating_add(req.period_ns));
        self.bump();
        Ok(())
    }

    fn stop_periodic_timer(&mut self, ctx: &Ctx, req: &VcpuReq) -> Result<(), Errno> {
        let (v, ..) = self.vcpu_of(ctx, req.vcpu)?;
        v.period = 0;
        v.periodic_next = None;
        Ok(())
    }

    fn set_singleshot_timer(&mut self, ctx: &Ctx, req: &SingleshotTimerReq) -> Result<(), Errno> {
        let (v, _, _, now) = self.vcpu_of(ctx, req.vcpu)?;
        let future = req.flags.0 & SingleshotFlags::FUTURE.0 != 0;
        if req.timeout_abs_ns < now {
            if future {
                return Err(Errno::ETIME);
            }
            // Already expired: inject the event at once.
            v.singleshot = None;
            let running = self
                .domain(ctx.domain)
                .is_some_and(|d| d.state == DomainState::Running);
            if running {
                self.raise_virq(ctx.domain, req.vcpu, VIRQ_TIMER);
                self.bump();
            }
            return Ok(());
        }
        v.singleshot = Some(req.timeout_abs_ns);
        self.bump();
        Ok(())
    }

    fn stop_singleshot_timer(&mut self, ctx: &Ctx, req: &VcpuReq) -> Result<(), Errno> {
        let (v, ..) = self.vcpu_of(ctx, req.vcpu)?;
        v.singleshot = None;
        Ok(())
    }

    fn register_vcpu_info(&mut self, ctx: &Ctx, req: &VcpuInfoReq) -> Result<(), Errno> {
        let (v, layout, _, _) = self.vcpu_of(ctx, req.vcpu)?;
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
        v.vcpu_info = check_area(&layout, gaddr, VCPU_INFO_SIZE)?;
        Ok(())
    }

    fn send_nmi(&mut self, ctx: &Ctx, req: &VcpuReq) -> Result<(), Errno> {
        let (v, ..) = self.vcpu_of(ctx, req.vcpu)?;
        if !v.nmi_pending {
            v.nmi_pending = true;
            self.bump();
        }
        Ok(())
    }

    fn get_physid(&mut self, ctx: &Ctx, req: &VcpuReq) -> Result<PhysidReply, Errno> {
        let (_, _, privileged, _) = self.vcpu_of(ctx, req.vcpu)?;
        if !privileged {
            return Err(Errno::EINVAL);
        }
        // The hardware domain's vCPUs are pinned 1:1: APIC id and ACPI id are the vCPU id.
        let id = u64::from(req.vcpu);
        Ok(PhysidReply {
            phys_id: id | id << 32,
        })
    }

    fn register_runstate_phys_area(&mut self, ctx: &Ctx, req: &PhysAreaReq) -> Result<(), Errno> {
        let (v, layout, _, _) = self.vcpu_of(ctx, req.vcpu)?;
        v.runstate_area = check_area(&layout, req.gpa, RUNSTATE_INFO_SIZE)?;
        Ok(())
    }

    fn register_vcpu_time_phys_area(&mut self, ctx: &Ctx, req: &PhysAreaReq) -> Result<(), Errno> {
        let (v, layout, _, _) = self.vcpu_of(ctx, req.vcpu)?;
        v.time_area = check_area(&layout, req.gpa, VCPU_TIME_INFO_SIZE)?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixtures::{self, kernel as ctx};
    use crate::Clock;

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
        let v = &hv.domain(dom).unwrap().vcpu.vcpus[vcpu];
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
        assert_eq!(big.domain(5).unwrap().vcpu.len(), MAX_VCPUS);
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
        assert_eq!(hv.domain(1).unwrap().state, DomainState::Running);
    }

    #[test]
    fn last_vcpu_down_powers_off() {
        let mut hv = hv(2);
        hv.down(&ctx(1), &r(0)).unwrap();
        assert_eq!(hv.domain(1).unwrap().state, DomainState::Shutdown(0));
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
            hv.domain(1).unwrap().vcpu.vcpus[0].vcpu_info,
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
        let v = &hv.domain(1).unwrap().vcpu.vcpus[0];
        assert_eq!(
            (v.runstate_area, v.time_area),
            (Some(0x3000), Some(0x4000 - 32))
        );
        // ~0 unregisters.
        hv.register_runstate_phys_area(&c, &a(0, u64::MAX)).unwrap();
        hv.register_vcpu_time_phys_area(&c, &a(0, u64::MAX))
            .unwrap();
        let v = &hv.domain(1).unwrap().vcpu.vcpus[0];
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
}
