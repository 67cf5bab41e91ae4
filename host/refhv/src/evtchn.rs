//! Event channels (`__HYPERVISOR_event_channel_op`): the port state machine of Xen's
//! `common/event_channel.c` with the pending and mask bits of the 2-level ABI
//! (`common/event_2l.c`).
//!
//! Each domain owns up to [`MAX_PORTS`] ports (4096, the 2-level ABI on 64-bit). A port is
//! free, reserved (port 0, never handed out), unbound (waiting for one named remote domain to
//! bind), interdomain (connected to a port of another domain, or of the same domain for a
//! loopback), bound to a virtual IRQ on a vCPU, an IPI on a vCPU, or a physical IRQ. Every
//! port has a pending and a masked bit (what the guest sees in its shared info page) and the
//! vCPU it notifies.
//!
//! Storage is allocated lazily in buckets of [`PORTS_PER_BUCKET`] ports, as Xen does: a port
//! is *valid* (ops on it answer rather than `EINVAL`) once its bucket exists, and a new bucket
//! is added only when every valid port is in use. A new port is the lowest free one.
//! Sending on a bound port is O(1) in the number of ports.
//!
//! Delivery: a port becoming pending wakes parked waiters ([`Hypervisor::bump`]) whether or
//! not it is masked, because `sched.poll` waits on (usually masked) ports as Xen's
//! `evtchn_check_pollers` does; if the port is also unmasked it is an upcall and the
//! domain's [`upcalls`](super::Domain::upcalls) counter goes up. A port that is already
//! pending is not notified again (`evtchn_2l_set_pending`).
//!
//! Where the model differs from Xen (on purpose):
//! - the privilege check of `alloc_unbound`, `status` and `reset` comes before the port
//!   checks (Xen allocates or looks the port up first, so an unprivileged caller can learn
//!   `ENOSPC`/`EINVAL` about another domain; here it only ever gets `EPERM`);
//! - `reset` of another domain does not require that domain to be paused (the model has no
//!   pause; Xen ≥ 4.7 answers `EINVAL` for an unpaused target) and finishes in one call
//!   (at most 4096 ports), so it never returns `-ERESTART`/`EAGAIN`;
//! - the FIFO ABI is not implemented, answered as a Xen built without `CONFIG_EVTCHN_FIFO`:
//!   `init_control` and `expand_array` give `EOPNOTSUPP`; `set_priority` gives `EINVAL` for
//!   an invalid port and otherwise `ENOSYS`, as Xen does for any domain on the 2-level ABI;
//! - physical IRQs are modelled minimally: a domain has [`NR_PIRQS`] of them, none
//!   accessible until [`Hypervisor::grant_pirq`] (Xen's `irq_permit_access`); binding checks
//!   range (`EINVAL`), access (`EPERM`) and `EEXIST`; [`Hypervisor::raise_pirq`] delivers.
//!   Sharing (`BIND_PIRQ__WILL_SHARE`) has no effect;
//! - upcalls are counted per domain, not per vCPU (the notify vCPU is kept and reported);
//! - Xen-internal consumers (`xen_consumer` ports) do not exist.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::{Arc, Mutex, MutexGuard};

use hvlink_proto::event_channel::{
    AllocUnboundReq, Backend, BindInterdomainReply, BindInterdomainReq, BindIpiReq, BindPirqReq,
    BindVcpuReq, BindVirqReq, EvtchnStatus, ExpandArrayReq, InitControlReply, InitControlReq,
    PortReply, PortReq, ResetReq, SetPriorityReq, StatusReply, StatusReq, Virq,
};
use hvlink_proto::rt::{Ctx, DOMID_SELF};
use hvlink_proto::Errno;

use super::{DomId, DomainConfig, Hypervisor};

/// Ports per domain: the 2-level ABI on 64-bit has 64 × 64 (Xen `EVTCHN_2L_NR_CHANNELS`).
pub const MAX_PORTS: u32 = 4096;

/// Ports added at once when a domain needs more (Xen `EVTCHNS_PER_BUCKET` on x86-64).
pub const PORTS_PER_BUCKET: u32 = 64;

/// Number of virtual IRQs (Xen `NR_VIRQS`).
pub const NR_VIRQS: u32 = 24;

/// Physical IRQs a domain has in this model (Xen's per-domain `nr_pirqs`).
pub const NR_PIRQS: u32 = 256;

/// The vCPU timer's virtual IRQ (Xen `VIRQ_TIMER`), what vCPU timers raise.
pub const VIRQ_TIMER: u32 = 0;

/// Is `virq` global (bound on vCPU 0 only, re-targetable with `bind_vcpu`) rather than
/// per-vCPU? Per-vCPU: `VIRQ_TIMER`, `VIRQ_DEBUG`, `VIRQ_XENOPROF`, `VIRQ_XENPMU`; the
/// architecture VIRQs are global on x86, as everything else.
pub fn virq_is_global(virq: u32) -> bool {
    !matches!(virq, 0 | 1 | 7 | 13)
}

/// State of one port (Xen `ECS_*`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PortState {
    /// Not in use (`ECS_FREE`).
    Free,
    /// Port 0: never allocated (`ECS_RESERVED`).
    Reserved,
    /// Waiting for `remote_dom` to bind to it (`ECS_UNBOUND`).
    Unbound {
        /// The only domain that may bind.
        remote_dom: DomId,
    },
    /// Connected to `remote_port` of `remote_dom` (`ECS_INTERDOMAIN`).
    Interdomain {
        /// Peer domain (may be the port's own domain: loopback).
        remote_dom: DomId,
        /// Peer port.
        remote_port: u32,
    },
    /// Bound to a physical IRQ (`ECS_PIRQ`).
    Pirq {
        /// The physical IRQ.
        pirq: u32,
    },
    /// Bound to a virtual IRQ (`ECS_VIRQ`).
    Virq {
        /// The virtual IRQ (`VIRQ_*`).
        virq: u32,
    },
    /// Bound to IPIs for its vCPU (`ECS_IPI`).
    Ipi,
}

impl PortState {
    /// The `EVTCHNSTAT_*` value `status` reports for this state.
    pub fn status(&self) -> EvtchnStatus {
        match self {
            PortState::Free | PortState::Reserved => EvtchnStatus::CLOSED,
            PortState::Unbound { .. } => EvtchnStatus::UNBOUND,
            PortState::Interdomain { .. } => EvtchnStatus::INTERDOMAIN,
            PortState::Pirq { .. } => EvtchnStatus::PIRQ,
            PortState::Virq { .. } => EvtchnStatus::VIRQ,
            PortState::Ipi => EvtchnStatus::IPI,
        }
    }

    /// Is the port bound to something (neither free nor reserved)? Xen `evtchn_usable`.
    pub fn in_use(&self) -> bool {
        !matches!(self, PortState::Free | PortState::Reserved)
    }
}

/// Everything about one port: its state, the vCPU it notifies and its two bits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PortInfo {
    /// Binding.
    pub state: PortState,
    /// vCPU notified when the port becomes pending.
    pub vcpu: u32,
    /// Pending bit (`shared_info.evtchn_pending`).
    pub pending: bool,
    /// Mask bit (`shared_info.evtchn_mask`).
    pub masked: bool,
}

impl PortInfo {
    const FREE: PortInfo = PortInfo {
        state: PortState::Free,
        vcpu: 0,
        pending: false,
        masked: false,
    };
}

/// Per-domain event channel state.
#[derive(Debug, Clone)]
pub struct DomainPorts {
    /// Valid ports (whole buckets); index = port.
    ports: Vec<PortInfo>,
    /// Free valid ports, lowest first.
    free: BTreeSet<u32>,
    /// (vCPU, VIRQ) → port (Xen `v->virq_to_evtchn`); global VIRQs live under vCPU 0.
    virqs: BTreeMap<(u32, u32), u32>,
    /// PIRQ → port.
    pirqs: BTreeMap<u32, u32>,
    /// PIRQs the domain may bind (Xen `irq_access_permitted`).
    pirq_access: BTreeSet<u32>,
    /// Highest port that may be allocated (Xen `max_evtchn_port`, at most `MAX_PORTS - 1`).
    max_port: u32,
    /// Ports that are pending and unmasked.
    ready: u32,
    /// Upcalls delivered (notifications of unmasked ports), for tests and the demo.
    upcalls: u64,
    /// The domain is being destroyed: no port is allocated any more (Xen's `get_free_port`
    /// refuses a dying domain).
    dying: bool,
}

impl Default for DomainPorts {
    fn default() -> Self {
        DomainPorts::new(&DomainConfig::default())
    }
}

impl DomainPorts {
    /// Fresh state for a new domain: the first bucket, port 0 reserved, all unmasked.
    pub fn new(_config: &DomainConfig) -> Self {
        let mut p = DomainPorts {
            ports: Vec::new(),
            free: BTreeSet::new(),
            virqs: BTreeMap::new(),
            pirqs: BTreeMap::new(),
            pirq_access: BTreeSet::new(),
            max_port: MAX_PORTS - 1,
            ready: 0,
            upcalls: 0,
            dying: false,
        };
        p.grow();
        p.free.remove(&0);
        if let Some(slot) = p.ports.first_mut() {
            slot.state = PortState::Reserved;
        }
        p
    }

    /// The port `port`, if it is valid.
    pub fn get(&self, port: u32) -> Option<PortInfo> {
        self.ports.get(port as usize).copied()
    }

    /// Number of valid ports (allocated buckets × [`PORTS_PER_BUCKET`]).
    pub fn valid_ports(&self) -> u32 {
        self.ports.len() as u32
    }

    /// Number of ports in use (neither free nor reserved).
    pub fn ports_in_use(&self) -> u32 {
        self.valid_ports()
            .saturating_sub(self.free.len() as u32)
            .saturating_sub(1)
    }

    /// Is any port pending and unmasked? O(1).
    pub fn any_ready(&self) -> bool {
        self.ready > 0
    }

    /// Upcalls delivered to the domain so far (event channel notifications).
    pub fn upcalls(&self) -> u64 {
        self.upcalls
    }

    /// The domain is being destroyed: no port is allocated from now on.
    pub(crate) fn set_dying(&mut self) {
        self.dying = true;
    }

    /// Mark `port` pending (Xen `evtchn_port_set_pending` on the 2-level ABI): an upcall
    /// when it is unmasked. The caller wakes waiters ([`Hypervisor::bump`]) unless nothing
    /// happened.
    fn deliver(&mut self, port: u32) -> Delivery {
        let Some(slot) = self.get(port) else {
            return Delivery::None;
        };
        if !slot.state.in_use() || self.set_pending_bit(port, true) {
            return Delivery::None;
        }
        if slot.masked {
            Delivery::Masked
        } else {
            self.upcalls = self.upcalls.saturating_add(1);
            Delivery::Upcall
        }
    }

    fn slot_mut(&mut self, port: u32) -> Option<&mut PortInfo> {
        self.ports.get_mut(port as usize)
    }

    /// Add one bucket of free ports; `false` when the ABI limit is reached.
    fn grow(&mut self) -> bool {
        let start = self.valid_ports();
        if start >= MAX_PORTS {
            return false;
        }
        let end = start.saturating_add(PORTS_PER_BUCKET).min(MAX_PORTS);
        self.ports.resize(end as usize, PortInfo::FREE);
        self.free.extend(start..end);
        true
    }

    /// The lowest free port, adding a bucket if needed (Xen `get_free_port`). The port stays
    /// free until [`occupy`](Self::occupy). `ENOSPC` when the domain has no port left.
    fn get_free_port(&mut self) -> Result<u32, Errno> {
        if self.dying {
            return Err(Errno::EINVAL);
        }
        if self.free.is_empty() && (self.valid_ports() > self.max_port || !self.grow()) {
            return Err(Errno::ENOSPC);
        }
        match self.free.first() {
            Some(&p) if p <= self.max_port => Ok(p),
            _ => Err(Errno::ENOSPC),
        }
    }

    /// Put free port `port` into `state`, notifying `vcpu`.
    fn occupy(&mut self, port: u32, state: PortState, vcpu: u32) {
        if let Some(slot) = self.ports.get_mut(port as usize) {
            self.free.remove(&port);
            slot.state = state;
            slot.vcpu = vcpu;
        }
    }

    /// Return `port` to the free pool: pending cleared, vCPU 0, mask kept (Xen
    /// `evtchn_free`; the mask bit is the guest's).
    fn release(&mut self, port: u32) {
        self.set_pending_bit(port, false);
        if let Some(slot) = self.ports.get_mut(port as usize) {
            slot.state = PortState::Free;
            slot.vcpu = 0;
            self.free.insert(port);
        }
    }

    /// Set or clear the pending bit; returns the old value. Keeps `ready` exact.
    fn set_pending_bit(&mut self, port: u32, pending: bool) -> bool {
        let Some(slot) = self.ports.get_mut(port as usize) else {
            return false;
        };
        let old = slot.pending;
        slot.pending = pending;
        if !slot.masked && old != pending {
            if pending {
                self.ready = self.ready.saturating_add(1);
            } else {
                self.ready = self.ready.saturating_sub(1);
            }
        }
        old
    }

    /// Set or clear the mask bit; returns the old value. Keeps `ready` exact.
    fn set_mask_bit(&mut self, port: u32, masked: bool) -> bool {
        let Some(slot) = self.ports.get_mut(port as usize) else {
            return false;
        };
        let old = slot.masked;
        slot.masked = masked;
        if slot.pending && old != masked {
            if masked {
                self.ready = self.ready.saturating_sub(1);
            } else {
                self.ready = self.ready.saturating_add(1);
            }
        }
        old
    }

    /// Key of a VIRQ binding in `virqs`.
    fn virq_key(virq: u32, vcpu: u32) -> (u32, u32) {
        if virq_is_global(virq) {
            (0, virq)
        } else {
            (vcpu, virq)
        }
    }
}

/// What [`Hypervisor::evtchn_set_pending`] did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Delivery {
    /// Nothing: no such port, not in use, or already pending.
    None,
    /// Became pending but masked: pollers woken, no upcall.
    Masked,
    /// Became pending and unmasked: upcall.
    Upcall,
}

/// One domain's event channels, behind a lock of their own: every op is served on them
/// without the host lock ([`crate::unlocked`], the model's own `Backend` impl too), as Xen
/// keeps a domain's event channels under its own `event_lock` and per-channel locks.
///
/// Lock order: when two domains' ports are held together (an interdomain channel), the
/// lower domain id's first (`lock_two`). Both ends of an interdomain channel change
/// together, under both locks (bind, close), so an op that holds both sees the channel
/// whole or gone; an op that read a binding under one lock and then takes both checks that
/// the binding is still the one it read, and looks again if not.
#[derive(Debug, Clone)]
pub struct Channels(Arc<Mutex<DomainPorts>>);

impl Channels {
    /// Fresh ports for a new domain ([`DomainPorts::new`]).
    pub fn new(config: &DomainConfig) -> Self {
        Channels(Arc::new(Mutex::new(DomainPorts::new(config))))
    }

    /// The ports, locked. (A panic while they were held leaves them as they were between
    /// two whole updates: every update is a few assignments that cannot fail.)
    pub fn lock(&self) -> MutexGuard<'_, DomainPorts> {
        self.0.lock().unwrap_or_else(|p| p.into_inner())
    }
}

/// The ports of domain `a` and, when `b` is another domain, of `b`, locked in the order of
/// their ids (the one lock order of this module). `None` for `b` when it is `a`.
pub(crate) fn lock_two<'a>(
    a: (DomId, &'a Channels),
    b: (DomId, &'a Channels),
) -> (
    MutexGuard<'a, DomainPorts>,
    Option<MutexGuard<'a, DomainPorts>>,
) {
    if a.0 == b.0 {
        (a.1.lock(), None)
    } else if a.0 < b.0 {
        let ga = a.1.lock();
        (ga, Some(b.1.lock()))
    } else {
        let gb = b.1.lock();
        (a.1.lock(), Some(gb))
    }
}

/// How many times a `send` looks again when a binding changed between its look and its
/// locks (a peer rebinding or closing the channel meanwhile; after that the notification is
/// dropped, as one sent while the channel was unbound).
const RETRIES: usize = 4;

/// How many times a `close` looks again when the peer changed the channel between its
/// look and its locks; after that it answers `EAGAIN` (the guest asks again), so that a
/// peer that rebinds as fast as it can never makes it spin.
const CLOSE_RETRIES: usize = 64;

/// The event channel ops served without the host lock, on the domains' ports as the
/// directory lists them (the model's own `Backend` impl serves them through here too).
impl crate::unlocked::Directory {
    /// `send` (Xen `evtchn_send`): an interdomain port notifies its peer, an IPI port
    /// itself; an unbound one drops the notification.
    pub(crate) fn evtchn_send(&self, ctx: &Ctx, req: &PortReq) -> Result<(), Errno> {
        let ld = ctx.domain;
        let local = self.channels(ld).ok_or(Errno::ESRCH)?;
        for _ in 0..RETRIES {
            let state = local.lock().get(req.port).map(|p| p.state);
            let delivery = match state {
                Some(PortState::Interdomain {
                    remote_dom,
                    remote_port,
                }) => {
                    let Some(remote) = self.channels(remote_dom) else {
                        // The peer is gone: its closing unbinds this port; look again.
                        continue;
                    };
                    let (mut l, r) = lock_two((ld, &local), (remote_dom, &remote));
                    if l.get(req.port).map(|p| p.state) != state {
                        continue;
                    }
                    match r {
                        Some(mut r) => r.deliver(remote_port),
                        None => l.deliver(remote_port),
                    }
                }
                Some(PortState::Ipi) => {
                    let mut l = local.lock();
                    if l.get(req.port).map(|p| p.state) != state {
                        continue;
                    }
                    l.deliver(req.port)
                }
                // Xen: "silently drop the notification".
                Some(PortState::Unbound { .. }) => Delivery::None,
                _ => return Err(Errno::EINVAL),
            };
            if delivery != Delivery::None {
                self.bump();
            }
            return Ok(());
        }
        // Bound and unbound again, RETRIES times over, during one call: as if sent while
        // unbound (dropped).
        Ok(())
    }

    /// Raise virtual IRQ `virq` on vCPU `vcpu` of `dom`: the port bound to it (if any)
    /// becomes pending ([`Hypervisor::raise_virq`]).
    pub(crate) fn raise_virq(&self, dom: DomId, vcpu: u32, virq: u32) {
        if virq >= NR_VIRQS {
            return;
        }
        let Some(ports) = self.channels(dom) else {
            return;
        };
        let mut ports = ports.lock();
        let key = DomainPorts::virq_key(virq, vcpu);
        let Some(port) = ports.virqs.get(&key).copied() else {
            return;
        };
        if ports.deliver(port) != Delivery::None {
            drop(ports);
            self.bump();
        }
    }

    /// `status` (Xen `evtchn_status`): a port of the caller, or of any domain for the
    /// control domain.
    pub(crate) fn evtchn_status(&self, ctx: &Ctx, req: &StatusReq) -> Result<StatusReply, Errno> {
        let dom = if req.dom == DOMID_SELF {
            ctx.domain
        } else {
            req.dom
        };
        let ports = self.channels(dom).ok_or(Errno::ESRCH)?;
        if dom != ctx.domain && !self.privileged(ctx.domain) {
            return Err(Errno::EPERM);
        }
        let p = ports.lock().get(req.port).ok_or(Errno::EINVAL)?;
        let mut reply = StatusReply {
            status: p.state.status(),
            vcpu: p.vcpu,
            remote_dom: None,
            remote_port: None,
            pirq: None,
            virq: None,
        };
        match p.state {
            PortState::Free | PortState::Reserved | PortState::Ipi => {}
            PortState::Unbound { remote_dom } => reply.remote_dom = Some(remote_dom),
            PortState::Interdomain {
                remote_dom,
                remote_port,
            } => {
                reply.remote_dom = Some(remote_dom);
                reply.remote_port = Some(remote_port);
            }
            PortState::Pirq { pirq } => reply.pirq = Some(pirq),
            PortState::Virq { virq } => reply.virq = Some(Virq(virq)),
        }
        Ok(reply)
    }

    /// `unmask` (Xen `evtchn_port_unmask`): only ports in use; an upcall if the port was
    /// masked and is pending.
    pub(crate) fn evtchn_unmask(&self, ctx: &Ctx, req: &PortReq) -> Result<(), Errno> {
        let ports = self.channels(ctx.domain).ok_or(Errno::ESRCH)?;
        let mut d = ports.lock();
        let p = d.get(req.port).ok_or(Errno::EINVAL)?;
        if p.state.in_use() && d.set_mask_bit(req.port, false) && p.pending {
            d.upcalls = d.upcalls.saturating_add(1);
            drop(d);
            self.bump();
        }
        Ok(())
    }
}

impl super::Domain {
    /// Upcalls delivered to this domain (event channel notifications), for tests and the
    /// demo.
    pub fn upcalls(&self) -> u64 {
        self.evtchn.lock().upcalls()
    }
}

/// Internal machinery and the helpers tests and the demo use (what a guest does by writing
/// its shared info page, and what the toolstack or devices do).
impl Hypervisor {
    fn channels(&self, dom: DomId) -> Result<&Channels, Errno> {
        self.domain(dom).map(|d| &d.evtchn).ok_or(Errno::ESRCH)
    }

    /// Mark `port` of `dom` pending and notify: wake waiters when it becomes pending, count
    /// an upcall when it is unmasked ([`DomainPorts::deliver`]).
    fn evtchn_set_pending(&self, dom: DomId, port: u32) -> Delivery {
        let Ok(ports) = self.channels(dom) else {
            return Delivery::None;
        };
        let delivery = ports.lock().deliver(port);
        if delivery != Delivery::None {
            self.bump();
        }
        delivery
    }

    /// Close every port of `dom` (what `reset` does, without the privilege check): its
    /// interdomain peers become unbound for it. For a toolstack tearing a domain down.
    /// `ESRCH` if there is no such domain.
    pub fn evtchn_close_all(&mut self, dom: DomId) -> Result<(), Errno> {
        self.directory().evtchn_close_all(dom)
    }

    /// The state of `port` in `dom`; `None` if there is no such domain or the port is not
    /// valid (its bucket was never allocated).
    pub fn port_state(&self, dom: DomId, port: u32) -> Option<PortState> {
        self.port_info(dom, port).map(|p| p.state)
    }

    /// State, notify vCPU, pending and mask bits of `port` in `dom`; `None` as
    /// [`port_state`](Self::port_state).
    pub fn port_info(&self, dom: DomId, port: u32) -> Option<PortInfo> {
        self.domain(dom).and_then(|d| d.evtchn.lock().get(port))
    }

    /// Set or clear the mask bit of `port`, as the guest does by writing its shared info
    /// page (no hypercall, hence no upcall on unmask — use the `unmask` op for that; waiters
    /// are woken if a pending port becomes unmasked). `ESRCH`, or `EINVAL` for an invalid
    /// port.
    pub fn set_masked(&mut self, dom: DomId, port: u32, masked: bool) -> Result<(), Errno> {
        let mut ports = self.channels(dom)?.lock();
        let slot = ports.get(port).ok_or(Errno::EINVAL)?;
        let was = ports.set_mask_bit(port, masked);
        drop(ports);
        if was && !masked && slot.pending {
            self.bump();
        }
        Ok(())
    }

    /// Clear the pending bit of `port`, as the guest does when it handles the event.
    /// `ESRCH`, or `EINVAL` for an invalid port.
    pub fn clear_pending(&mut self, dom: DomId, port: u32) -> Result<(), Errno> {
        let mut ports = self.channels(dom)?.lock();
        ports.get(port).ok_or(Errno::EINVAL)?;
        ports.set_pending_bit(port, false);
        Ok(())
    }

    /// The pending ports of `dom` (masked or not), lowest first; empty for no such domain.
    pub fn pending_ports(&self, dom: DomId) -> Vec<u32> {
        self.domain(dom)
            .map(|d| {
                let ports = d.evtchn.lock();
                (0u32..)
                    .zip(ports.ports.iter())
                    .filter(|(_, p)| p.pending)
                    .map(|(port, _)| port)
                    .collect()
            })
            .unwrap_or_default()
    }

    /// Let `dom` bind physical IRQ `pirq` (Xen `irq_permit_access`, a toolstack action).
    /// `ESRCH`, or `EINVAL` when `pirq` ≥ [`NR_PIRQS`].
    pub fn grant_pirq(&mut self, dom: DomId, pirq: u32) -> Result<(), Errno> {
        if pirq >= NR_PIRQS {
            return Err(Errno::EINVAL);
        }
        self.channels(dom)?.lock().pirq_access.insert(pirq);
        Ok(())
    }

    /// Physical IRQ `pirq` of `dom` fired: if a port is bound to it, mark it pending and
    /// notify; otherwise nothing happens.
    pub fn raise_pirq(&mut self, dom: DomId, pirq: u32) {
        let port = self
            .domain(dom)
            .and_then(|d| d.evtchn.lock().pirqs.get(&pirq).copied());
        if let Some(port) = port {
            self.evtchn_set_pending(dom, port);
        }
    }

    /// Limit the ports `dom` may allocate to `0..=max_port` (Xen
    /// `XEN_DOMCTL_set_max_evtchn`; never above the ABI's [`MAX_PORTS`]). Ports already in
    /// use stay. `ESRCH` if there is no such domain.
    pub fn set_max_evtchn_port(&mut self, dom: DomId, max_port: u32) -> Result<(), Errno> {
        self.channels(dom)?.lock().max_port = max_port.min(MAX_PORTS - 1);
        Ok(())
    }
}

impl crate::unlocked::Directory {
    /// Close one port (Xen `evtchn_close`): an interdomain peer becomes unbound for `dom`.
    fn evtchn_close_port(&self, dom: DomId, port: u32) -> Result<(), Errno> {
        let local = self.channels(dom).ok_or(Errno::ESRCH)?;
        for _ in 0..CLOSE_RETRIES {
            let state = local.lock().get(port).ok_or(Errno::EINVAL)?.state;
            // The peer's ports are held with ours, so that a send sees the channel either
            // whole or gone; the binding read above is checked again under both locks.
            let peer = match state {
                PortState::Interdomain { remote_dom, .. } => {
                    self.channels(remote_dom).map(|c| (remote_dom, c))
                }
                _ => None,
            };
            let (mut ports, mut peer_ports) = match &peer {
                Some((rd, rc)) => lock_two((dom, &local), (*rd, rc)),
                None => (local.lock(), None),
            };
            let slot = ports.get(port).ok_or(Errno::EINVAL)?;
            if slot.state != state {
                continue;
            }
            match slot.state {
                PortState::Free | PortState::Reserved => return Err(Errno::EINVAL),
                PortState::Unbound { .. } | PortState::Ipi => {}
                PortState::Pirq { pirq } => {
                    if ports.pirqs.get(&pirq) == Some(&port) {
                        ports.pirqs.remove(&pirq);
                    }
                }
                PortState::Virq { virq } => {
                    let key = DomainPorts::virq_key(virq, slot.vcpu);
                    if ports.virqs.get(&key) == Some(&port) {
                        ports.virqs.remove(&key);
                    }
                }
                PortState::Interdomain {
                    remote_dom,
                    remote_port,
                } => {
                    let back = PortState::Interdomain {
                        remote_dom: dom,
                        remote_port: port,
                    };
                    let peer_side = if remote_dom == dom {
                        Some(&mut *ports)
                    } else {
                        peer_ports.as_deref_mut()
                    };
                    if let Some(peer) = peer_side.and_then(|p| p.slot_mut(remote_port)) {
                        if peer.state == back {
                            peer.state = PortState::Unbound { remote_dom: dom };
                        }
                    }
                }
            }
            ports.release(port);
            return Ok(());
        }
        Err(Errno::EAGAIN)
    }

    /// Close every port of `dom` ([`Hypervisor::evtchn_close_all`]).
    pub(crate) fn evtchn_close_all(&self, dom: DomId) -> Result<(), Errno> {
        let ports = self.channels(dom).ok_or(Errno::ESRCH)?;
        let n = ports.lock().valid_ports();
        for port in 1..n {
            let in_use = ports.lock().get(port).is_some_and(|p| p.state.in_use());
            if in_use {
                // A port closed meanwhile by another call of the domain is no error here.
                match self.evtchn_close_port(dom, port) {
                    Ok(()) | Err(Errno::EINVAL) => {}
                    Err(e) => return Err(e),
                }
            }
        }
        Ok(())
    }

    /// vCPU `vcpu` of `dom` exists (`ESRCH`: no such domain, `ENOENT`: no such vCPU).
    fn vcpu_exists(&self, dom: DomId, vcpu: u32) -> Result<(), Errno> {
        let v = self.vcpus(dom).ok_or(Errno::ESRCH)?;
        if vcpu < v.lock().len() {
            Ok(())
        } else {
            Err(Errno::ENOENT)
        }
    }
}

/// The event channel ops as they are served: on the domains' ports found in the
/// [`Directory`](crate::unlocked::Directory), each domain's behind its own lock, with or
/// without the host lock.
pub(crate) struct Serving<'a>(pub &'a crate::unlocked::Directory);

impl Serving<'_> {
    fn channels(&self, dom: DomId) -> Result<Channels, Errno> {
        self.0.channels(dom).ok_or(Errno::ESRCH)
    }
}

impl Backend for Serving<'_> {
    fn bind_interdomain(
        &mut self,
        ctx: &Ctx,
        req: &BindInterdomainReq,
    ) -> Result<BindInterdomainReply, Errno> {
        let ld = ctx.domain;
        let rd = if req.remote_dom == DOMID_SELF {
            ld
        } else {
            req.remote_dom
        };
        let rport = req.remote_port;
        let (local, remote) = (self.channels(ld)?, self.channels(rd)?);
        let (mut l, mut r) = lock_two((ld, &local), (rd, &remote));
        let lport = l.get_free_port()?;
        let rside = match r.as_deref_mut() {
            Some(r) => r,
            None => &mut *l,
        };
        let peer = rside.get(rport).ok_or(Errno::EINVAL)?;
        if peer.state != (PortState::Unbound { remote_dom: ld }) {
            return Err(Errno::EINVAL);
        }
        if let Some(p) = rside.slot_mut(rport) {
            p.state = PortState::Interdomain {
                remote_dom: ld,
                remote_port: lport,
            };
        }
        l.occupy(
            lport,
            PortState::Interdomain {
                remote_dom: rd,
                remote_port: rport,
            },
            0,
        );
        // As Xen: notifications sent to the unbound remote port were dropped, so the new
        // local port starts pending.
        let delivery = l.deliver(lport);
        drop((l, r));
        if delivery != Delivery::None {
            self.0.bump();
        }
        Ok(BindInterdomainReply { local_port: lport })
    }

    fn bind_virq(&mut self, ctx: &Ctx, req: &BindVirqReq) -> Result<PortReply, Errno> {
        let Virq(virq) = req.virq;
        let vcpu = req.vcpu;
        if virq >= NR_VIRQS || (virq_is_global(virq) && vcpu != 0) {
            return Err(Errno::EINVAL);
        }
        self.0.vcpu_exists(ctx.domain, vcpu)?;
        let ports = self.channels(ctx.domain)?;
        let mut ports = ports.lock();
        let key = DomainPorts::virq_key(virq, vcpu);
        if ports.virqs.contains_key(&key) {
            return Err(Errno::EEXIST);
        }
        let port = ports.get_free_port()?;
        ports.occupy(port, PortState::Virq { virq }, vcpu);
        ports.virqs.insert(key, port);
        Ok(PortReply { port })
    }

    fn bind_pirq(&mut self, ctx: &Ctx, req: &BindPirqReq) -> Result<PortReply, Errno> {
        let pirq = req.pirq;
        if pirq >= NR_PIRQS {
            return Err(Errno::EINVAL);
        }
        let ports = self.channels(ctx.domain)?;
        let mut ports = ports.lock();
        if !ports.pirq_access.contains(&pirq) {
            return Err(Errno::EPERM);
        }
        if ports.pirqs.contains_key(&pirq) {
            return Err(Errno::EEXIST);
        }
        let port = ports.get_free_port()?;
        ports.occupy(port, PortState::Pirq { pirq }, 0);
        ports.pirqs.insert(pirq, port);
        Ok(PortReply { port })
    }

    fn close(&mut self, ctx: &Ctx, req: &PortReq) -> Result<(), Errno> {
        self.0.evtchn_close_port(ctx.domain, req.port)
    }

    fn send(&mut self, ctx: &Ctx, req: &PortReq) -> Result<(), Errno> {
        self.0.evtchn_send(ctx, req)
    }

    fn status(&mut self, ctx: &Ctx, req: &StatusReq) -> Result<StatusReply, Errno> {
        self.0.evtchn_status(ctx, req)
    }

    fn alloc_unbound(&mut self, ctx: &Ctx, req: &AllocUnboundReq) -> Result<PortReply, Errno> {
        let dom = self.0.target(ctx, req.dom)?;
        // As Xen: DOMID_SELF names the caller (not `dom`); the remote domain need not exist.
        let remote_dom = if req.remote_dom == DOMID_SELF {
            ctx.domain
        } else {
            req.remote_dom
        };
        let ports = self.channels(dom)?;
        let mut ports = ports.lock();
        let port = ports.get_free_port()?;
        ports.occupy(port, PortState::Unbound { remote_dom }, 0);
        Ok(PortReply { port })
    }

    fn bind_ipi(&mut self, ctx: &Ctx, req: &BindIpiReq) -> Result<PortReply, Errno> {
        self.0.vcpu_exists(ctx.domain, req.vcpu)?;
        let ports = self.channels(ctx.domain)?;
        let mut ports = ports.lock();
        let port = ports.get_free_port()?;
        ports.occupy(port, PortState::Ipi, req.vcpu);
        Ok(PortReply { port })
    }

    fn bind_vcpu(&mut self, ctx: &Ctx, req: &BindVcpuReq) -> Result<(), Errno> {
        self.0.vcpu_exists(ctx.domain, req.vcpu)?;
        let ports = self.channels(ctx.domain)?;
        let mut ports = ports.lock();
        let slot = ports.slot_mut(req.port).ok_or(Errno::EINVAL)?;
        match slot.state {
            PortState::Virq { virq } if virq_is_global(virq) => slot.vcpu = req.vcpu,
            PortState::Unbound { .. } | PortState::Interdomain { .. } | PortState::Pirq { .. } => {
                slot.vcpu = req.vcpu
            }
            _ => return Err(Errno::EINVAL),
        }
        Ok(())
    }

    fn unmask(&mut self, ctx: &Ctx, req: &PortReq) -> Result<(), Errno> {
        self.0.evtchn_unmask(ctx, req)
    }

    fn reset(&mut self, ctx: &Ctx, req: &ResetReq) -> Result<(), Errno> {
        let dom = self.0.target(ctx, req.dom)?;
        self.0.evtchn_close_all(dom)
    }

    fn init_control(
        &mut self,
        _ctx: &Ctx,
        _req: &InitControlReq,
    ) -> Result<InitControlReply, Errno> {
        Err(Errno::EOPNOTSUPP)
    }

    fn expand_array(&mut self, _ctx: &Ctx, _req: &ExpandArrayReq) -> Result<(), Errno> {
        Err(Errno::EOPNOTSUPP)
    }

    fn set_priority(&mut self, ctx: &Ctx, req: &SetPriorityReq) -> Result<(), Errno> {
        self.channels(ctx.domain)?
            .lock()
            .get(req.port)
            .ok_or(Errno::EINVAL)?;
        Err(Errno::ENOSYS)
    }
}

/// The model serves every event channel op through `Serving`, as the engine does without
/// the host lock.
impl Backend for Hypervisor {
    fn bind_interdomain(
        &mut self,
        ctx: &Ctx,
        req: &BindInterdomainReq,
    ) -> Result<BindInterdomainReply, Errno> {
        Serving(self.directory()).bind_interdomain(ctx, req)
    }
    fn bind_virq(&mut self, ctx: &Ctx, req: &BindVirqReq) -> Result<PortReply, Errno> {
        Serving(self.directory()).bind_virq(ctx, req)
    }
    fn bind_pirq(&mut self, ctx: &Ctx, req: &BindPirqReq) -> Result<PortReply, Errno> {
        Serving(self.directory()).bind_pirq(ctx, req)
    }
    fn close(&mut self, ctx: &Ctx, req: &PortReq) -> Result<(), Errno> {
        Serving(self.directory()).close(ctx, req)
    }
    fn send(&mut self, ctx: &Ctx, req: &PortReq) -> Result<(), Errno> {
        Serving(self.directory()).send(ctx, req)
    }
    fn status(&mut self, ctx: &Ctx, req: &StatusReq) -> Result<StatusReply, Errno> {
        Serving(self.directory()).status(ctx, req)
    }
    fn alloc_unbound(&mut self, ctx: &Ctx, req: &AllocUnboundReq) -> Result<PortReply, Errno> {
        Serving(self.directory()).alloc_unbound(ctx, req)
    }
    fn bind_ipi(&mut self, ctx: &Ctx, req: &BindIpiReq) -> Result<PortReply, Errno> {
        Serving(self.directory()).bind_ipi(ctx, req)
    }
    fn bind_vcpu(&mut self, ctx: &Ctx, req: &BindVcpuReq) -> Result<(), Errno> {
        Serving(self.directory()).bind_vcpu(ctx, req)
    }
    fn unmask(&mut self, ctx: &Ctx, req: &PortReq) -> Result<(), Errno> {
        Serving(self.directory()).unmask(ctx, req)
    }
    fn reset(&mut self, ctx: &Ctx, req: &ResetReq) -> Result<(), Errno> {
        Serving(self.directory()).reset(ctx, req)
    }
    fn init_control(&mut self, ctx: &Ctx, req: &InitControlReq) -> Result<InitControlReply, Errno> {
        Serving(self.directory()).init_control(ctx, req)
    }
    fn expand_array(&mut self, ctx: &Ctx, req: &ExpandArrayReq) -> Result<(), Errno> {
        Serving(self.directory()).expand_array(ctx, req)
    }
    fn set_priority(&mut self, ctx: &Ctx, req: &SetPriorityReq) -> Result<(), Errno> {
        Serving(self.directory()).set_priority(ctx, req)
    }
}

/// The event channel API the other families use.
impl Hypervisor {
    /// Is `port` of domain `dom` pending? `ESRCH` for no such domain, `EINVAL` for a port
    /// out of range or free.
    pub fn evtchn_is_pending(&self, dom: DomId, port: u32) -> Result<bool, Errno> {
        self.directory().evtchn_is_pending(dom, port)
    }

    /// Is any port of domain `dom` pending and unmasked (what `sched.block` waits for)?
    pub fn evtchn_any_pending(&self, dom: DomId) -> bool {
        self.directory().evtchn_any_pending(dom)
    }

    /// Raise virtual IRQ `virq` (Xen `VIRQ_*`) on vCPU `vcpu` of domain `dom`: if a port is
    /// bound to it, mark it pending and notify the domain; otherwise nothing happens.
    pub fn raise_virq(&mut self, dom: DomId, vcpu: u32, virq: u32) {
        self.directory().raise_virq(dom, vcpu, virq);
    }
}

/// What the scheduler's waits ask of a domain's ports, on the directory (without the host
/// lock; the model's API above is this).
impl crate::unlocked::Directory {
    /// Is `port` of domain `dom` pending? `ESRCH` for no such domain, `EINVAL` for a port
    /// out of range or free.
    pub(crate) fn evtchn_is_pending(&self, dom: DomId, port: u32) -> Result<bool, Errno> {
        let ports = self.channels(dom).ok_or(Errno::ESRCH)?;
        let p = ports.lock().get(port).ok_or(Errno::EINVAL)?;
        if p.state.in_use() {
            Ok(p.pending)
        } else {
            Err(Errno::EINVAL)
        }
    }

    /// Is any port of domain `dom` pending and unmasked?
    pub(crate) fn evtchn_any_pending(&self, dom: DomId) -> bool {
        self.channels(dom).is_some_and(|p| p.lock().any_ready())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::DOM0;
    use hvlink_proto::event_channel::BindPirqFlags;

    const G1: DomId = 1;
    const G2: DomId = 2;
    const NONE: DomId = 99;

    use crate::fixtures::{kernel as k, standard as hv};

    fn unbound(hv: &mut Hypervisor, caller: DomId, dom: DomId, remote: DomId) -> u32 {
        hv.alloc_unbound(
            &k(caller),
            &AllocUnboundReq {
                dom,
                remote_dom: remote,
            },
        )
        .unwrap()
        .port
    }

    fn bind(hv: &mut Hypervisor, caller: DomId, rdom: DomId, rport: u32) -> Result<u32, Errno> {
        hv.bind_interdomain(
            &k(caller),
            &BindInterdomainReq {
                remote_dom: rdom,
                remote_port: rport,
            },
        )
        .map(|r| r.local_port)
    }

    /// G1 offers a port to G2, G2 binds; both pending bits and upcall counters cleared.
    fn connect(hv: &mut Hypervisor) -> (u32, u32) {
        let p1 = unbound(hv, G1, DOMID_SELF, G2);
        let p2 = bind(hv, G2, G1, p1).unwrap();
        hv.clear_pending(G2, p2).unwrap();
        hv.domain(G2).unwrap().evtchn.lock().upcalls = 0;
        (p1, p2)
    }

    fn send(hv: &mut Hypervisor, dom: DomId, port: u32) -> Result<(), Errno> {
        hv.send(&k(dom), &PortReq { port })
    }

    fn close(hv: &mut Hypervisor, dom: DomId, port: u32) -> Result<(), Errno> {
        hv.close(&k(dom), &PortReq { port })
    }

    fn status(
        hv: &mut Hypervisor,
        caller: DomId,
        dom: DomId,
        port: u32,
    ) -> Result<StatusReply, Errno> {
        hv.status(&k(caller), &StatusReq { dom, port })
    }

    /// One end of an interdomain channel to `remote_port` of `remote_dom`.
    fn linked(remote_dom: DomId, remote_port: u32) -> Option<PortState> {
        Some(PortState::Interdomain {
            remote_dom,
            remote_port,
        })
    }

    /// `status`, asked by `caller`, shows `port` of `dom` connected to `remote` (dom, port).
    fn assert_status_linked(
        hv: &mut Hypervisor,
        caller: DomId,
        dom: DomId,
        port: u32,
        remote: (DomId, u32),
    ) {
        let s = status(hv, caller, dom, port).unwrap();
        assert_eq!(s.status, EvtchnStatus::INTERDOMAIN);
        assert_eq!(
            (s.remote_dom, s.remote_port),
            (Some(remote.0), Some(remote.1))
        );
    }

    fn virq(hv: &mut Hypervisor, dom: DomId, virq: u32, vcpu: u32) -> Result<u32, Errno> {
        hv.bind_virq(
            &k(dom),
            &BindVirqReq {
                virq: Virq(virq),
                vcpu,
            },
        )
        .map(|r| r.port)
    }

    fn ipi(hv: &mut Hypervisor, dom: DomId, vcpu: u32) -> Result<u32, Errno> {
        hv.bind_ipi(&k(dom), &BindIpiReq { vcpu }).map(|r| r.port)
    }

    fn pirq(hv: &mut Hypervisor, dom: DomId, pirq: u32) -> Result<u32, Errno> {
        hv.bind_pirq(
            &k(dom),
            &BindPirqReq {
                pirq,
                flags: BindPirqFlags(0),
            },
        )
        .map(|r| r.port)
    }

    fn bind_vcpu(hv: &mut Hypervisor, dom: DomId, port: u32, vcpu: u32) -> Result<(), Errno> {
        hv.bind_vcpu(&k(dom), &BindVcpuReq { vcpu, port })
    }

    fn unmask(hv: &mut Hypervisor, dom: DomId, port: u32) -> Result<(), Errno> {
        hv.unmask(&k(dom), &PortReq { port })
    }

    fn upcalls(hv: &Hypervisor, dom: DomId) -> u64 {
        hv.domain(dom).unwrap().upcalls()
    }

    /// Structural invariants of every domain's ports.
    fn check(hv: &Hypervisor) {
        for id in hv.domain_ids().collect::<Vec<_>>() {
            // A copy: the peers' ports are looked at below (a loopback's are these).
            let p = hv.domain(id).unwrap().evtchn.lock().clone();
            assert_eq!(p.ports.len() % PORTS_PER_BUCKET as usize, 0);
            assert!(p.ports.len() <= MAX_PORTS as usize);
            assert_eq!(p.ports[0].state, PortState::Reserved);
            let ready = p.ports.iter().filter(|s| s.pending && !s.masked).count();
            assert_eq!(ready as u32, p.ready, "dom {id}: ready count");
            for (i, s) in p.ports.iter().enumerate() {
                let port = i as u32;
                assert_eq!(s.state == PortState::Free, p.free.contains(&port));
                if !s.state.in_use() {
                    assert!(!s.pending, "dom {id} port {port}: free but pending");
                }
                match s.state {
                    PortState::Interdomain {
                        remote_dom,
                        remote_port,
                    } => {
                        let peer = hv.port_state(remote_dom, remote_port);
                        assert_eq!(peer, linked(id, port), "dom {id} port {port}: asymmetric");
                    }
                    PortState::Virq { virq } => {
                        let key = DomainPorts::virq_key(virq, s.vcpu);
                        assert_eq!(p.virqs.get(&key), Some(&port));
                    }
                    PortState::Pirq { pirq } => assert_eq!(p.pirqs.get(&pirq), Some(&port)),
                    _ => {}
                }
            }
            for (&(_, virq), &port) in &p.virqs {
                assert_eq!(p.ports[port as usize].state, PortState::Virq { virq });
            }
            for (&pirq, &port) in &p.pirqs {
                assert_eq!(p.ports[port as usize].state, PortState::Pirq { pirq });
            }
        }
    }

    #[test]
    fn fresh_domain_has_port_0_reserved_and_one_bucket() {
        let mut hv = hv();
        assert_eq!(hv.port_state(G1, 0), Some(PortState::Reserved));
        assert_eq!(hv.port_state(G1, 1), Some(PortState::Free));
        assert_eq!(hv.port_state(G1, PORTS_PER_BUCKET), None);
        let s = status(&mut hv, G1, DOMID_SELF, 0).unwrap();
        assert_eq!((s.status, s.vcpu), (EvtchnStatus::CLOSED, 0));
        assert_eq!(
            status(&mut hv, G1, DOMID_SELF, 63).unwrap().status,
            EvtchnStatus::CLOSED
        );
        assert_eq!(status(&mut hv, G1, DOMID_SELF, 64), Err(Errno::EINVAL));
        assert_eq!(close(&mut hv, G1, 0), Err(Errno::EINVAL));
        assert_eq!(send(&mut hv, G1, 0), Err(Errno::EINVAL));
        assert_eq!(hv.evtchn_is_pending(G1, 0), Err(Errno::EINVAL));
        assert_eq!(hv.domain(G1).unwrap().evtchn.lock().ports_in_use(), 0);
        check(&hv);
    }

    #[test]
    fn alloc_unbound_and_lowest_free_port() {
        let mut hv = hv();
        let p = unbound(&mut hv, G1, DOMID_SELF, G2);
        assert_eq!(p, 1);
        assert_eq!(
            hv.port_state(G1, p),
            Some(PortState::Unbound { remote_dom: G2 })
        );
        let s = status(&mut hv, G1, DOMID_SELF, p).unwrap();
        assert_eq!(s.status, EvtchnStatus::UNBOUND);
        assert_eq!(
            (s.remote_dom, s.remote_port, s.virq, s.pirq),
            (Some(G2), None, None, None)
        );
        // remote DOMID_SELF: loopback offer to the caller itself.
        let q = unbound(&mut hv, G1, DOMID_SELF, DOMID_SELF);
        assert_eq!(q, 2);
        assert_eq!(
            hv.port_state(G1, q),
            Some(PortState::Unbound { remote_dom: G1 })
        );
        // The remote domain need not exist (Xen does not check).
        let r = unbound(&mut hv, G1, DOMID_SELF, NONE);
        assert_eq!(r, 3);
        close(&mut hv, G1, p).unwrap();
        assert_eq!(unbound(&mut hv, G1, G1, G2), 1, "lowest free port reused");
        check(&hv);
    }

    #[test]
    fn alloc_unbound_errors_and_privilege() {
        let mut hv = hv();
        let req = |dom, remote_dom| AllocUnboundReq { dom, remote_dom };
        assert_eq!(hv.alloc_unbound(&k(G1), &req(NONE, G2)), Err(Errno::ESRCH));
        assert_eq!(hv.alloc_unbound(&k(G1), &req(G2, G1)), Err(Errno::EPERM));
        assert_eq!(hv.alloc_unbound(&k(G1), &req(DOM0, G1)), Err(Errno::EPERM));
        // dom0 may allocate in a guest; DOMID_SELF as remote names the caller (dom0).
        let p = unbound(&mut hv, DOM0, G1, DOMID_SELF);
        assert_eq!(
            hv.port_state(G1, p),
            Some(PortState::Unbound { remote_dom: DOM0 })
        );
        // ... and set up a channel between two guests (what a toolstack does).
        let q = unbound(&mut hv, DOM0, G1, G2);
        assert!(bind(&mut hv, G2, G1, q).is_ok());
        check(&hv);
    }

    #[test]
    fn bind_interdomain_connects_both_ends_and_starts_pending() {
        let mut hv = hv();
        let p1 = unbound(&mut hv, G1, DOMID_SELF, G2);
        let gen = hv.generation();
        let p2 = bind(&mut hv, G2, G1, p1).unwrap();
        assert_eq!(hv.port_state(G1, p1), linked(G2, p2));
        assert_eq!(hv.port_state(G2, p2), linked(G1, p1));
        // Xen sets the new local port pending (notifications to the unbound port were lost).
        assert_eq!(hv.evtchn_is_pending(G2, p2), Ok(true));
        assert_eq!(hv.evtchn_is_pending(G1, p1), Ok(false));
        assert_eq!(upcalls(&hv, G2), 1);
        assert_ne!(hv.generation(), gen);
        assert_status_linked(&mut hv, G2, DOMID_SELF, p2, (G1, p1));
        check(&hv);
    }

    #[test]
    fn bind_interdomain_errors() {
        let mut hv = hv();
        // ESRCH: no remote domain.
        assert_eq!(bind(&mut hv, G2, NONE, 1), Err(Errno::ESRCH));
        // EINVAL: port out of range / beyond the valid buckets.
        assert_eq!(bind(&mut hv, G2, G1, 4096), Err(Errno::EINVAL));
        assert_eq!(bind(&mut hv, G2, G1, u32::MAX), Err(Errno::EINVAL));
        // EINVAL: free port, reserved port.
        assert_eq!(bind(&mut hv, G2, G1, 5), Err(Errno::EINVAL));
        assert_eq!(bind(&mut hv, G2, G1, 0), Err(Errno::EINVAL));
        // EINVAL: unbound, but offered to another domain.
        let for_dom0 = unbound(&mut hv, G1, DOMID_SELF, DOM0);
        assert_eq!(bind(&mut hv, G2, G1, for_dom0), Err(Errno::EINVAL));
        // EINVAL: already connected.
        let p1 = unbound(&mut hv, G1, DOMID_SELF, G2);
        bind(&mut hv, G2, G1, p1).unwrap();
        assert_eq!(bind(&mut hv, G2, G1, p1), Err(Errno::EINVAL));
        // EINVAL: not an unbound port at all (a VIRQ).
        let v = virq(&mut hv, G1, VIRQ_TIMER, 0).unwrap();
        assert_eq!(bind(&mut hv, G2, G1, v), Err(Errno::EINVAL));
        // ENOSPC: the caller has no port left.
        let p = unbound(&mut hv, G1, DOMID_SELF, G2);
        hv.set_max_evtchn_port(G2, 1).unwrap();
        assert_eq!(bind(&mut hv, G2, G1, p), Err(Errno::ENOSPC));
        // Failed binds leave nothing behind.
        assert_eq!(
            hv.port_state(G1, p),
            Some(PortState::Unbound { remote_dom: G2 })
        );
        assert_eq!(hv.domain(G2).unwrap().evtchn.lock().ports_in_use(), 1);
        check(&hv);
    }

    #[test]
    fn send_marks_remote_pending_and_counts_upcalls() {
        let mut hv = hv();
        let (p1, p2) = connect(&mut hv);
        let gen = hv.generation();
        send(&mut hv, G1, p1).unwrap();
        assert_eq!(hv.evtchn_is_pending(G2, p2), Ok(true));
        assert_eq!(
            hv.evtchn_is_pending(G1, p1),
            Ok(false),
            "sender not pending"
        );
        assert_eq!(upcalls(&hv, G2), 1);
        assert_eq!(upcalls(&hv, G1), 0);
        assert!(hv.evtchn_any_pending(G2));
        assert!(!hv.evtchn_any_pending(G1));
        assert_ne!(hv.generation(), gen);
        // Already pending: no second upcall, no wake.
        let gen = hv.generation();
        send(&mut hv, G1, p1).unwrap();
        assert_eq!(upcalls(&hv, G2), 1);
        assert_eq!(hv.generation(), gen);
        // The guest handles it; the next send notifies again.
        hv.clear_pending(G2, p2).unwrap();
        assert!(!hv.evtchn_any_pending(G2));
        send(&mut hv, G1, p1).unwrap();
        assert_eq!(upcalls(&hv, G2), 2);
        // And the other direction.
        send(&mut hv, G2, p2).unwrap();
        assert_eq!(hv.evtchn_is_pending(G1, p1), Ok(true));
        assert_eq!(upcalls(&hv, G1), 1);
        assert_eq!(hv.pending_ports(G1), vec![p1]);
        check(&hv);
    }

    #[test]
    fn masked_port_does_not_notify_until_unmask() {
        let mut hv = hv();
        let (p1, p2) = connect(&mut hv);
        hv.set_masked(G2, p2, true).unwrap();
        let gen = hv.generation();
        send(&mut hv, G1, p1).unwrap();
        assert_eq!(hv.evtchn_is_pending(G2, p2), Ok(true));
        assert_eq!(upcalls(&hv, G2), 0, "masked: no upcall");
        assert!(!hv.evtchn_any_pending(G2), "masked: not deliverable");
        assert_ne!(hv.generation(), gen, "pollers are woken even when masked");
        assert_eq!(
            hv.port_info(G2, p2).map(|i| (i.pending, i.masked)),
            Some((true, true))
        );
        // unmask delivers the pending event once.
        let gen = hv.generation();
        unmask(&mut hv, G2, p2).unwrap();
        assert_eq!(upcalls(&hv, G2), 1);
        assert!(hv.evtchn_any_pending(G2));
        assert_ne!(hv.generation(), gen);
        unmask(&mut hv, G2, p2).unwrap();
        assert_eq!(
            upcalls(&hv, G2),
            1,
            "unmasking an unmasked port does nothing"
        );
        // Masked but not pending: unmask gives no upcall.
        hv.clear_pending(G2, p2).unwrap();
        hv.set_masked(G2, p2, true).unwrap();
        unmask(&mut hv, G2, p2).unwrap();
        assert_eq!(upcalls(&hv, G2), 1);
        // The guest clearing its mask bit itself: no upcall, but block waiters re-check.
        hv.set_masked(G2, p2, true).unwrap();
        send(&mut hv, G1, p1).unwrap();
        let gen = hv.generation();
        hv.set_masked(G2, p2, false).unwrap();
        assert_eq!(upcalls(&hv, G2), 1);
        assert!(hv.evtchn_any_pending(G2));
        assert_ne!(hv.generation(), gen);
        check(&hv);
    }

    #[test]
    fn unmask_errors_and_free_ports() {
        let mut hv = hv();
        assert_eq!(unmask(&mut hv, G1, 64), Err(Errno::EINVAL));
        assert_eq!(unmask(&mut hv, G1, u32::MAX), Err(Errno::EINVAL));
        assert_eq!(unmask(&mut hv, NONE, 1), Err(Errno::ESRCH));
        // A valid free port: accepted, no effect (Xen only unmasks usable ports).
        hv.set_masked(G1, 7, true).unwrap();
        assert_eq!(unmask(&mut hv, G1, 7), Ok(()));
        assert_eq!(hv.port_info(G1, 7).map(|i| i.masked), Some(true));
        assert_eq!(hv.set_masked(G1, 64, true), Err(Errno::EINVAL));
        assert_eq!(hv.set_masked(NONE, 1, true), Err(Errno::ESRCH));
        assert_eq!(hv.clear_pending(G1, 64), Err(Errno::EINVAL));
        assert_eq!(hv.clear_pending(NONE, 1), Err(Errno::ESRCH));
        check(&hv);
    }

    #[test]
    fn send_errors_and_unbound_drop() {
        let mut hv = hv();
        assert_eq!(send(&mut hv, G1, 1), Err(Errno::EINVAL), "free port");
        assert_eq!(send(&mut hv, G1, 64), Err(Errno::EINVAL), "invalid port");
        assert_eq!(send(&mut hv, G1, u32::MAX), Err(Errno::EINVAL));
        assert_eq!(send(&mut hv, NONE, 1), Err(Errno::ESRCH));
        let v = virq(&mut hv, G1, VIRQ_TIMER, 0).unwrap();
        assert_eq!(send(&mut hv, G1, v), Err(Errno::EINVAL), "virq port");
        hv.grant_pirq(G1, 5).unwrap();
        let pq = pirq(&mut hv, G1, 5).unwrap();
        assert_eq!(send(&mut hv, G1, pq), Err(Errno::EINVAL), "pirq port");
        // Unbound: silently dropped.
        let u = unbound(&mut hv, G1, DOMID_SELF, G2);
        let gen = hv.generation();
        assert_eq!(send(&mut hv, G1, u), Ok(()));
        assert_eq!(hv.pending_ports(G1).len(), 0);
        assert_eq!(hv.pending_ports(G2).len(), 0);
        assert_eq!(hv.generation(), gen);
        check(&hv);
    }

    #[test]
    fn close_leaves_peer_unbound_for_the_closer() {
        let mut hv = hv();
        let (p1, p2) = connect(&mut hv);
        send(&mut hv, G2, p2).unwrap();
        assert_eq!(hv.evtchn_is_pending(G1, p1), Ok(true));
        close(&mut hv, G1, p1).unwrap();
        assert_eq!(hv.port_state(G1, p1), Some(PortState::Free));
        assert_eq!(hv.evtchn_is_pending(G1, p1), Err(Errno::EINVAL), "free");
        assert_eq!(
            hv.port_info(G1, p1).map(|i| i.pending),
            Some(false),
            "cleared"
        );
        assert_eq!(
            hv.port_state(G2, p2),
            Some(PortState::Unbound { remote_dom: G1 })
        );
        let s = status(&mut hv, G2, DOMID_SELF, p2).unwrap();
        assert_eq!((s.status, s.remote_dom), (EvtchnStatus::UNBOUND, Some(G1)));
        // The peer's sends are now dropped.
        assert_eq!(send(&mut hv, G2, p2), Ok(()));
        assert_eq!(hv.pending_ports(G1).len(), 0);
        // Closing again fails; the closer may reconnect to the peer's port.
        assert_eq!(close(&mut hv, G1, p1), Err(Errno::EINVAL));
        assert_eq!(close(&mut hv, G1, 64), Err(Errno::EINVAL));
        assert_eq!(close(&mut hv, NONE, 1), Err(Errno::ESRCH));
        let again = bind(&mut hv, G1, G2, p2).unwrap();
        assert_eq!(again, p1, "lowest free port");
        assert_eq!(hv.port_state(G2, p2), linked(G1, again));
        // close acts on the caller's own ports only: G2 naming a port number that is in
        // use only in G1 gets EINVAL and G1's port is untouched.
        let only_g1 = ipi(&mut hv, G1, 0).unwrap();
        assert_eq!(hv.port_state(G2, only_g1), Some(PortState::Free));
        assert_eq!(close(&mut hv, G2, only_g1), Err(Errno::EINVAL));
        assert_eq!(hv.port_state(G1, only_g1), Some(PortState::Ipi));
        check(&hv);
    }

    #[test]
    fn loopback_channel() {
        let mut hv = hv();
        let a = unbound(&mut hv, G1, DOMID_SELF, DOMID_SELF);
        let b = bind(&mut hv, G1, DOMID_SELF, a).unwrap();
        hv.clear_pending(G1, b).unwrap();
        send(&mut hv, G1, a).unwrap();
        assert_eq!(hv.pending_ports(G1), vec![b]);
        send(&mut hv, G1, b).unwrap();
        assert_eq!(hv.pending_ports(G1), vec![a, b]);
        close(&mut hv, G1, b).unwrap();
        assert_eq!(
            hv.port_state(G1, a),
            Some(PortState::Unbound { remote_dom: G1 })
        );
        check(&hv);
    }

    #[test]
    fn virq_binding_rules() {
        let mut hv = hv();
        let t0 = virq(&mut hv, G1, VIRQ_TIMER, 0).unwrap();
        let t1 = virq(&mut hv, G1, VIRQ_TIMER, 1).unwrap();
        assert_ne!(t0, t1);
        // EEXIST: same VIRQ on the same vCPU.
        assert_eq!(virq(&mut hv, G1, VIRQ_TIMER, 1), Err(Errno::EEXIST));
        // EINVAL: global VIRQ on a vCPU other than 0; VIRQ out of range.
        assert_eq!(virq(&mut hv, G1, Virq::CONSOLE.0, 1), Err(Errno::EINVAL));
        assert_eq!(virq(&mut hv, G1, NR_VIRQS, 0), Err(Errno::EINVAL));
        assert_eq!(virq(&mut hv, G1, u32::MAX, 0), Err(Errno::EINVAL));
        // ENOENT: no such vCPU (the guests have 2).
        assert_eq!(virq(&mut hv, G1, VIRQ_TIMER, 2), Err(Errno::ENOENT));
        assert_eq!(
            virq(&mut hv, G1, Virq::DEBUG.0, u32::MAX),
            Err(Errno::ENOENT)
        );
        // Global VIRQ on vCPU 0; per-vCPU xenpmu on vCPU 1.
        let con = virq(&mut hv, G1, Virq::CONSOLE.0, 0).unwrap();
        assert_eq!(virq(&mut hv, G1, Virq::CONSOLE.0, 0), Err(Errno::EEXIST));
        assert!(virq(&mut hv, G1, Virq::XENPMU.0, 1).is_ok());
        let s = status(&mut hv, G1, DOMID_SELF, t1).unwrap();
        assert_eq!(
            (s.status, s.vcpu, s.virq),
            (EvtchnStatus::VIRQ, 1, Some(Virq::TIMER))
        );
        assert_eq!((s.remote_dom, s.remote_port), (None, None));
        // raise_virq targets the vCPU's own binding.
        hv.raise_virq(G1, 1, VIRQ_TIMER);
        assert_eq!(hv.evtchn_is_pending(G1, t1), Ok(true));
        assert_eq!(hv.evtchn_is_pending(G1, t0), Ok(false));
        assert_eq!(upcalls(&hv, G1), 1);
        // A global VIRQ is found whatever vCPU is named.
        hv.raise_virq(G1, 1, Virq::CONSOLE.0);
        assert_eq!(hv.evtchn_is_pending(G1, con), Ok(true));
        // Unbound or out-of-range VIRQs, unknown domains: nothing.
        hv.raise_virq(G2, 0, VIRQ_TIMER);
        hv.raise_virq(G1, 0, u32::MAX);
        hv.raise_virq(NONE, 0, VIRQ_TIMER);
        assert_eq!(hv.pending_ports(G2).len(), 0);
        // Closing frees the binding; it can be bound again.
        close(&mut hv, G1, t1).unwrap();
        hv.raise_virq(G1, 1, VIRQ_TIMER);
        assert_eq!(upcalls(&hv, G1), 2, "no binding, no upcall");
        assert_eq!(virq(&mut hv, G1, VIRQ_TIMER, 1), Ok(t1));
        check(&hv);
    }

    #[test]
    fn ipi_delivers_locally() {
        let mut hv = hv();
        assert_eq!(ipi(&mut hv, G1, 2), Err(Errno::ENOENT));
        assert_eq!(ipi(&mut hv, NONE, 0), Err(Errno::ESRCH));
        let p = ipi(&mut hv, G1, 1).unwrap();
        let s = status(&mut hv, G1, DOMID_SELF, p).unwrap();
        assert_eq!((s.status, s.vcpu), (EvtchnStatus::IPI, 1));
        assert_eq!(
            (s.remote_dom, s.remote_port, s.virq, s.pirq),
            (None, None, None, None)
        );
        send(&mut hv, G1, p).unwrap();
        assert_eq!(hv.evtchn_is_pending(G1, p), Ok(true));
        assert_eq!(upcalls(&hv, G1), 1);
        assert_eq!(upcalls(&hv, G2), 0);
        // Two IPI ports on one vCPU are fine (Linux binds several).
        assert!(ipi(&mut hv, G1, 1).is_ok());
        check(&hv);
    }

    #[test]
    fn pirq_minimal_model() {
        let mut hv = hv();
        assert_eq!(pirq(&mut hv, G1, NR_PIRQS), Err(Errno::EINVAL));
        assert_eq!(pirq(&mut hv, G1, 3), Err(Errno::EPERM), "not granted");
        assert_eq!(hv.grant_pirq(G1, NR_PIRQS), Err(Errno::EINVAL));
        assert_eq!(hv.grant_pirq(NONE, 3), Err(Errno::ESRCH));
        hv.grant_pirq(G1, 3).unwrap();
        let p = pirq(&mut hv, G1, 3).unwrap();
        assert_eq!(pirq(&mut hv, G1, 3), Err(Errno::EEXIST));
        assert_eq!(pirq(&mut hv, G2, 3), Err(Errno::EPERM), "per domain");
        let s = status(&mut hv, G1, DOMID_SELF, p).unwrap();
        assert_eq!((s.status, s.pirq, s.vcpu), (EvtchnStatus::PIRQ, Some(3), 0));
        hv.raise_pirq(G1, 3);
        hv.raise_pirq(G1, 4);
        assert_eq!(hv.pending_ports(G1), vec![p]);
        bind_vcpu(&mut hv, G1, p, 1).unwrap();
        assert_eq!(hv.port_info(G1, p).map(|i| i.vcpu), Some(1));
        close(&mut hv, G1, p).unwrap();
        assert_eq!(pirq(&mut hv, G1, 3), Ok(p));
        check(&hv);
    }

    #[test]
    fn bind_vcpu_rules() {
        let mut hv = hv();
        let (p1, _) = connect(&mut hv);
        let u = unbound(&mut hv, G1, DOMID_SELF, G2);
        let con = virq(&mut hv, G1, Virq::CONSOLE.0, 0).unwrap();
        let timer = virq(&mut hv, G1, VIRQ_TIMER, 0).unwrap();
        let i = ipi(&mut hv, G1, 0).unwrap();
        for port in [p1, u, con] {
            bind_vcpu(&mut hv, G1, port, 1).unwrap();
            assert_eq!(status(&mut hv, G1, DOMID_SELF, port).unwrap().vcpu, 1);
        }
        assert_eq!(
            bind_vcpu(&mut hv, G1, timer, 1),
            Err(Errno::EINVAL),
            "per-vCPU VIRQ"
        );
        assert_eq!(bind_vcpu(&mut hv, G1, i, 1), Err(Errno::EINVAL), "IPI");
        assert_eq!(bind_vcpu(&mut hv, G1, 40, 1), Err(Errno::EINVAL), "free");
        assert_eq!(bind_vcpu(&mut hv, G1, 0, 1), Err(Errno::EINVAL), "reserved");
        assert_eq!(bind_vcpu(&mut hv, G1, 64, 1), Err(Errno::EINVAL), "invalid");
        assert_eq!(
            bind_vcpu(&mut hv, G1, p1, 2),
            Err(Errno::ENOENT),
            "no such vCPU"
        );
        // The global VIRQ still raises after being moved; closing resets the vCPU to 0.
        hv.raise_virq(G1, 0, Virq::CONSOLE.0);
        assert_eq!(hv.evtchn_is_pending(G1, con), Ok(true));
        close(&mut hv, G1, con).unwrap();
        let s = status(&mut hv, G1, DOMID_SELF, con).unwrap();
        assert_eq!((s.status, s.vcpu), (EvtchnStatus::CLOSED, 0));
        check(&hv);
    }

    #[test]
    fn status_privilege_and_errors() {
        let mut hv = hv();
        let (p1, p2) = connect(&mut hv);
        assert_eq!(status(&mut hv, G1, G2, p2), Err(Errno::EPERM));
        assert_eq!(status(&mut hv, G1, DOM0, 0), Err(Errno::EPERM));
        assert_eq!(status(&mut hv, G1, NONE, 1), Err(Errno::ESRCH));
        assert_eq!(status(&mut hv, G1, DOMID_SELF, 4096), Err(Errno::EINVAL));
        assert_eq!(
            status(&mut hv, G1, DOMID_SELF, u32::MAX),
            Err(Errno::EINVAL)
        );
        // A guest may name itself explicitly; dom0 may look at anyone.
        assert!(status(&mut hv, G1, G1, p1).is_ok());
        assert_status_linked(&mut hv, DOM0, G2, p2, (G1, p1));
        check(&hv);
    }

    #[test]
    fn reset_closes_everything_and_needs_privilege() {
        let mut hv = hv();
        let (p1, p2) = connect(&mut hv);
        virq(&mut hv, G1, VIRQ_TIMER, 0).unwrap();
        ipi(&mut hv, G1, 1).unwrap();
        hv.grant_pirq(G1, 9).unwrap();
        pirq(&mut hv, G1, 9).unwrap();
        let a = unbound(&mut hv, G1, DOMID_SELF, DOMID_SELF);
        bind(&mut hv, G1, DOMID_SELF, a).unwrap();
        send(&mut hv, G2, p2).unwrap();
        assert!(hv.evtchn_any_pending(G1));
        // Privilege.
        assert_eq!(hv.reset(&k(G2), &ResetReq { dom: G1 }), Err(Errno::EPERM));
        assert_eq!(hv.reset(&k(G1), &ResetReq { dom: NONE }), Err(Errno::ESRCH));
        assert_eq!(hv.domain(G1).unwrap().evtchn.lock().ports_in_use(), 6);
        // Self reset.
        hv.reset(&k(G1), &ResetReq { dom: DOMID_SELF }).unwrap();
        assert_eq!(hv.domain(G1).unwrap().evtchn.lock().ports_in_use(), 0);
        assert!(!hv.evtchn_any_pending(G1));
        assert_eq!(hv.port_state(G1, 0), Some(PortState::Reserved));
        assert_eq!(
            hv.port_state(G2, p2),
            Some(PortState::Unbound { remote_dom: G1 })
        );
        assert_eq!(
            p1,
            unbound(&mut hv, G1, DOMID_SELF, G2),
            "allocation restarts at 1"
        );
        // dom0 resets a guest.
        ipi(&mut hv, G2, 0).unwrap();
        hv.reset(&k(DOM0), &ResetReq { dom: G2 }).unwrap();
        assert_eq!(hv.domain(G2).unwrap().evtchn.lock().ports_in_use(), 0);
        check(&hv);
    }

    #[test]
    fn ports_run_out_at_4096() {
        let mut hv = hv();
        for expect in 1..MAX_PORTS {
            assert_eq!(ipi(&mut hv, G1, 0), Ok(expect));
        }
        assert_eq!(ipi(&mut hv, G1, 0), Err(Errno::ENOSPC));
        assert_eq!(virq(&mut hv, G1, VIRQ_TIMER, 0), Err(Errno::ENOSPC));
        assert_eq!(
            hv.alloc_unbound(
                &k(G1),
                &AllocUnboundReq {
                    dom: DOMID_SELF,
                    remote_dom: G2
                }
            ),
            Err(Errno::ENOSPC)
        );
        hv.grant_pirq(G1, 1).unwrap();
        assert_eq!(pirq(&mut hv, G1, 1), Err(Errno::ENOSPC));
        let d = hv.domain(G1).unwrap().evtchn.lock().clone();
        assert_eq!(d.valid_ports(), MAX_PORTS, "memory bounded");
        assert_eq!(d.ports_in_use(), MAX_PORTS - 1);
        assert_eq!(
            status(&mut hv, G1, DOMID_SELF, MAX_PORTS),
            Err(Errno::EINVAL)
        );
        // One freed port is reused.
        close(&mut hv, G1, 1234).unwrap();
        assert_eq!(ipi(&mut hv, G1, 1), Ok(1234));
        check(&hv);
    }

    #[test]
    fn max_evtchn_port_limits_allocation() {
        let mut hv = hv();
        hv.set_max_evtchn_port(G1, 2).unwrap();
        assert_eq!(ipi(&mut hv, G1, 0), Ok(1));
        assert_eq!(ipi(&mut hv, G1, 0), Ok(2));
        assert_eq!(ipi(&mut hv, G1, 0), Err(Errno::ENOSPC));
        assert_eq!(hv.set_max_evtchn_port(NONE, 2), Err(Errno::ESRCH));
        // Above the ABI limit is clamped; buckets grow only as needed.
        hv.set_max_evtchn_port(G1, u32::MAX).unwrap();
        for _ in 3..70 {
            ipi(&mut hv, G1, 0).unwrap();
        }
        assert_eq!(
            hv.domain(G1).unwrap().evtchn.lock().valid_ports(),
            2 * PORTS_PER_BUCKET
        );
        check(&hv);
    }

    #[test]
    fn fifo_abi_is_not_supported() {
        let mut hv = hv();
        let ic = InitControlReq {
            control_gfn: 0x1000,
            offset: 0,
            vcpu: 0,
        };
        assert_eq!(hv.init_control(&k(G1), &ic), Err(Errno::EOPNOTSUPP));
        assert_eq!(
            hv.expand_array(&k(G1), &ExpandArrayReq { array_gfn: 0x2000 }),
            Err(Errno::EOPNOTSUPP)
        );
        let p = ipi(&mut hv, G1, 0).unwrap();
        let sp = |port| SetPriorityReq { port, priority: 7 };
        assert_eq!(hv.set_priority(&k(G1), &sp(p)), Err(Errno::ENOSYS));
        assert_eq!(hv.set_priority(&k(G1), &sp(64)), Err(Errno::EINVAL));
    }

    #[test]
    fn api_functions() {
        let mut hv = hv();
        assert_eq!(hv.evtchn_is_pending(NONE, 1), Err(Errno::ESRCH));
        assert_eq!(hv.evtchn_is_pending(G1, 1), Err(Errno::EINVAL), "free");
        assert_eq!(hv.evtchn_is_pending(G1, 4096), Err(Errno::EINVAL));
        assert!(!hv.evtchn_any_pending(NONE));
        let t = virq(&mut hv, G1, VIRQ_TIMER, 0).unwrap();
        assert_eq!(hv.evtchn_is_pending(G1, t), Ok(false));
        let gen = hv.generation();
        hv.raise_virq(G1, 0, VIRQ_TIMER);
        assert_eq!(hv.evtchn_is_pending(G1, t), Ok(true));
        assert!(hv.evtchn_any_pending(G1));
        assert_ne!(hv.generation(), gen);
        hv.set_masked(G1, t, true).unwrap();
        assert!(!hv.evtchn_any_pending(G1), "pending but masked");
        assert_eq!(hv.evtchn_is_pending(G1, t), Ok(true));
        check(&hv);
    }

    /// Arbitrary op sequences with hostile values never panic and keep the invariants.
    #[test]
    fn hostile_sequences_keep_invariants() {
        let mut hv = hv();
        let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
        let mut next = || {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x
        };
        let doms = [DOM0, G1, G2, NONE, DOMID_SELF, u16::MAX];
        for _ in 0..20_000 {
            let r = next();
            let caller = [DOM0, G1, G2][(r % 3) as usize];
            let dom = doms[((r >> 8) % doms.len() as u64) as usize];
            let port = match (r >> 16) % 4 {
                0 => (r >> 24) as u32,
                _ => ((r >> 24) % 10) as u32,
            };
            let small = ((r >> 40) % 30) as u32;
            let c = k(caller);
            let _ = match (r >> 56) % 14 {
                0 => hv
                    .bind_interdomain(
                        &c,
                        &BindInterdomainReq {
                            remote_dom: dom,
                            remote_port: port,
                        },
                    )
                    .map(|_| ()),
                1 => hv
                    .bind_virq(
                        &c,
                        &BindVirqReq {
                            virq: Virq(small),
                            vcpu: small % 4,
                        },
                    )
                    .map(|_| ()),
                2 => {
                    let _ = hv.grant_pirq(caller, small);
                    hv.bind_pirq(
                        &c,
                        &BindPirqReq {
                            pirq: small,
                            flags: BindPirqFlags(small),
                        },
                    )
                    .map(|_| ())
                }
                3 => hv.close(&c, &PortReq { port }),
                4 => hv.send(&c, &PortReq { port }),
                5 => hv.status(&c, &StatusReq { dom, port }).map(|_| ()),
                6 => hv
                    .alloc_unbound(
                        &c,
                        &AllocUnboundReq {
                            dom,
                            remote_dom: doms[(small % 6) as usize],
                        },
                    )
                    .map(|_| ()),
                7 => hv.bind_ipi(&c, &BindIpiReq { vcpu: small % 4 }).map(|_| ()),
                8 => hv.bind_vcpu(
                    &c,
                    &BindVcpuReq {
                        vcpu: small % 4,
                        port,
                    },
                ),
                9 => hv.unmask(&c, &PortReq { port }),
                10 if small == 0 => hv.reset(&c, &ResetReq { dom }),
                11 => hv.set_masked(caller, port, small % 2 == 0),
                12 => hv.clear_pending(caller, port),
                _ => {
                    hv.raise_virq(caller, small % 4, small);
                    hv.raise_pirq(caller, small);
                    Ok(())
                }
            };
        }
        check(&hv);
    }

    /// Sends, unmasks and status queries served without the host lock (threads of G1 and
    /// G2 on the directory, as the engine serves them) race the model binding, closing and
    /// clearing channels under it (loopback ones included): no deadlock, the invariants hold
    /// after every change (no port free but pending, every channel symmetric), and a channel
    /// bound while the senders run gets their notifications.
    #[test]
    fn ops_served_without_the_host_lock_race_binds_and_closes_safely() {
        use std::sync::atomic::{AtomicBool, AtomicU64, Ordering::Relaxed};
        let mut hv = hv();
        let dir = hv.unlocked();
        let stop = std::sync::Arc::new(AtomicBool::new(false));
        let sent = std::sync::Arc::new(AtomicU64::new(0));
        let threads: Vec<_> = [G1, G2]
            .into_iter()
            .map(|dom| {
                let (dir, stop, sent) = (dir.clone(), stop.clone(), sent.clone());
                std::thread::spawn(move || {
                    let mut i = 0u32;
                    while !stop.load(Relaxed) {
                        let port = 1 + i % 12;
                        i = i.wrapping_add(1);
                        if dir.evtchn_send(&k(dom), &PortReq { port }).is_ok() {
                            sent.fetch_add(1, Relaxed);
                        }
                        let _ = dir.evtchn_unmask(&k(dom), &PortReq { port });
                        let req = StatusReq {
                            dom: DOMID_SELF,
                            port,
                        };
                        let _ = dir.evtchn_status(&k(dom), &req);
                    }
                })
            })
            .collect();
        let upcalls0 = upcalls(&hv, G2);
        for round in 0..3000u32 {
            // A channel G1 → G2, or a loopback on G1 every third round.
            let peer = if round % 3 == 0 { G1 } else { G2 };
            let p1 = unbound(&mut hv, G1, DOMID_SELF, peer);
            if let Ok(p2) = bind(&mut hv, peer, G1, p1) {
                check(&hv);
                if round % 2 == 0 {
                    let _ = hv.clear_pending(peer, p2);
                    let _ = hv.set_masked(peer, p2, round % 4 == 0);
                }
                // Close either end.
                if round % 5 < 2 {
                    close(&mut hv, peer, p2).unwrap();
                    close(&mut hv, G1, p1).unwrap();
                } else {
                    close(&mut hv, G1, p1).unwrap();
                    close(&mut hv, peer, p2).unwrap();
                }
            } else {
                close(&mut hv, G1, p1).unwrap();
            }
            check(&hv);
        }
        // A channel that stays: G1's sends on it reach G2.
        let (p1, p2) = connect(&mut hv);
        let before = upcalls(&hv, G2);
        let t = std::time::Instant::now();
        while upcalls(&hv, G2) == before {
            assert!(
                t.elapsed() < std::time::Duration::from_secs(10),
                "no upcall"
            );
            // Sends are dropped while the port is already pending: clear it.
            hv.clear_pending(G2, p2).unwrap();
            std::thread::yield_now();
        }
        stop.store(true, Relaxed);
        for t in threads {
            t.join().unwrap();
        }
        check(&hv);
        assert!(sent.load(Relaxed) > 0);
        assert!(upcalls(&hv, G2) > upcalls0);
        assert!((1..=12).contains(&p1), "the senders cover port {p1}");
    }

    /// Binds and closes served without the host lock race each other: G1 and G2 each offer
    /// channels to the other, bind the other's offers and close both their own ends, from
    /// threads of their own, while a third thread sends on every port. Nothing deadlocks;
    /// a close of a port of one's own always succeeds, whatever the peer does meanwhile
    /// (it looks again when the peer changed the channel); and at the end every channel is
    /// symmetric, no port is free but pending, and every port made is free again.
    #[test]
    fn binds_and_closes_of_two_domains_race_each_other_safely() {
        use std::sync::atomic::{AtomicBool, Ordering::Relaxed};
        use std::sync::mpsc;
        let hv = hv();
        let dir = hv.unlocked();
        let in_use = |hv: &Hypervisor, d| hv.domain(d).unwrap().evtchn.lock().ports_in_use();
        let before = (in_use(&hv, G1), in_use(&hv, G2));
        let stop = std::sync::Arc::new(AtomicBool::new(false));
        let (to_g2, from_g1) = mpsc::channel::<u32>();
        let (to_g1, from_g2) = mpsc::channel::<u32>();
        let side =
            |me_dom: DomId, peer: DomId, offer: mpsc::Sender<u32>, offers: mpsc::Receiver<u32>| {
                let dir = dir.clone();
                std::thread::spawn(move || {
                    let mut s = Serving(&dir);
                    let mut bound = 0u32;
                    for i in 0..2000u32 {
                        let p = s
                            .alloc_unbound(
                                &k(me_dom),
                                &AllocUnboundReq {
                                    dom: DOMID_SELF,
                                    remote_dom: peer,
                                },
                            )
                            .unwrap()
                            .port;
                        let _ = offer.send(p);
                        while let Ok(q) = offers.try_recv() {
                            let req = BindInterdomainReq {
                                remote_dom: peer,
                                remote_port: q,
                            };
                            match s.bind_interdomain(&k(me_dom), &req) {
                                Ok(r) => {
                                    bound += 1;
                                    let _ = s.send(&k(me_dom), &PortReq { port: r.local_port });
                                    s.close(&k(me_dom), &PortReq { port: r.local_port })
                                        .unwrap();
                                }
                                // The peer closed its offer first.
                                Err(e) => assert_eq!(e, Errno::EINVAL),
                            }
                        }
                        if i % 3 != 0 {
                            std::thread::yield_now();
                        }
                        s.close(&k(me_dom), &PortReq { port: p }).unwrap();
                    }
                    bound
                })
            };
        let sender = {
            let (dir, stop) = (dir.clone(), stop.clone());
            std::thread::spawn(move || {
                let mut i = 0u32;
                while !stop.load(Relaxed) {
                    for dom in [G1, G2] {
                        let _ = dir.evtchn_send(&k(dom), &PortReq { port: 1 + i % 16 });
                    }
                    i = i.wrapping_add(1);
                }
            })
        };
        let a = side(G1, G2, to_g2, from_g2);
        let b = side(G2, G1, to_g1, from_g1);
        let bound = a.join().unwrap() + b.join().unwrap();
        stop.store(true, Relaxed);
        sender.join().unwrap();
        check(&hv);
        assert!(bound > 0, "no offer was ever bound");
        assert_eq!(
            (in_use(&hv, G1), in_use(&hv, G2)),
            before,
            "every port made is free"
        );
    }
}
