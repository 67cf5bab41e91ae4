//! The demo as a library call: a control domain, a domain that grants pages, the VM's domain;
//! boot the payload; check the host's state against what the guest reports at each
//! checkpoint; turn the measured phases into per-op costs.

use std::fmt;
use std::path::PathBuf;
use std::time::Duration;

use hvlink_proto::event_channel::{AllocUnbound, AllocUnboundReq};
use hvlink_proto::rt::FastAbi;
use vm_memory::GuestMemoryMmap;

use crate::abi;
use crate::vm::{Event, ExitCounts, Outcome, Vm, VmConfig, VmError, VmShared};
use hvlink_host::dispatch::MetricsSnapshot;
use hvlink_host::serve::Shared;
use hvlink_host::server::{Config, Host, QueueKey};
use hvlink_proto::DomId;
use hvlink_refhv::{Clock, DomainConfig, Hypervisor};

/// What to run.
#[derive(Debug, Clone)]
pub struct DemoOpts {
    /// Map+unmap pairs per measured phase.
    pub ops: u32,
    /// Ring batch sizes to measure (powers of two up to 512).
    pub batches: Vec<u32>,
    /// The hostile guest instead (garbage registers, garbage messages, a corrupted ring).
    pub hostile: bool,
    /// A prebuilt payload ELF (default: build `examples/kvm-guest`).
    pub payload: Option<PathBuf>,
    /// Stop the VM after this long.
    pub timeout: Duration,
    /// Ring size in bytes (request and reply each).
    pub ring: u32,
    /// Pin the host's serving thread to this CPU ([`VmConfig::server_cpu`]).
    pub server_cpu: Option<usize>,
    /// Pin the vCPU thread to this CPU ([`VmConfig::vcpu_cpu`]).
    pub vcpu_cpu: Option<usize>,
}

impl Default for DemoOpts {
    fn default() -> Self {
        DemoOpts {
            ops: 1024,
            batches: vec![1, 8, 64, 512],
            hostile: false,
            payload: None,
            timeout: Duration::from_secs(120),
            ring: 128 * 1024,
            server_cpu: None,
            vcpu_cpu: None,
        }
    }
}

/// The control domain.
pub const DOM0: DomId = 0;
/// The domain that grants its pages to the VM.
pub const OWNER: DomId = 1;
/// The VM's domain.
pub const VM_DOMAIN: DomId = 2;
/// Refs granted to the VM (the largest batch).
pub const REFS: u32 = 512;

/// One measured phase.
#[derive(Debug, Clone, PartialEq)]
pub struct Phase {
    /// "register", "ring" (one request at a time) or "ring x2" (two in flight).
    pub path: &'static str,
    /// Entries per request (1 for the register path).
    pub batch: u32,
    /// Map+unmap pairs (2 ops each).
    pub pairs: u64,
    /// Wall time, measured by the VMM between the guest's begin and end reports.
    pub elapsed: Duration,
    /// Exits to the VMM in the phase (the end report excluded).
    pub exits: u64,
    /// Doorbells the guest rang (ioeventfd exits, completed in the kernel).
    pub doorbells: u64,
    /// Requests the host handled on the ring in the phase.
    pub messages: u64,
    /// Register calls the host handled in the phase.
    pub register_calls: u64,
}

impl Phase {
    /// Operations (a map and an unmap each count one).
    pub fn ops(&self) -> u64 {
        // (The guest reports the counts: any value, never an overflow here.)
        self.pairs.saturating_mul(2)
    }
    /// Nanoseconds per operation.
    pub fn ns_per_op(&self) -> f64 {
        self.elapsed.as_nanos() as f64 / self.ops().max(1) as f64
    }
    /// Exits (to the VMM, plus doorbell exits) per operation.
    pub fn exits_per_op(&self) -> f64 {
        self.exits.saturating_add(self.doorbells) as f64 / self.ops().max(1) as f64
    }
}

/// A host-side check of what the guest reported.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Check {
    /// What was checked.
    pub what: String,
    /// Whether the host's state agreed.
    pub ok: bool,
}

/// What the demo did and cost.
#[derive(Debug, Clone)]
pub struct Report {
    /// How the guest ended (`Done(0)`: every check in the guest passed).
    pub outcome: Outcome,
    /// The guest's console output (its first [`MAX_CONSOLE`](crate::MAX_CONSOLE) bytes).
    pub console: String,
    /// Console bytes dropped beyond that.
    pub console_dropped: u64,
    /// The host's checks at the guest's checkpoints.
    pub checks: Vec<Check>,
    /// The measured phases.
    pub phases: Vec<Phase>,
    /// The guest's reports (the first [`MAX_EVENTS`](crate::MAX_EVENTS)).
    pub events: Vec<Event>,
    /// Reports dropped beyond that.
    pub events_dropped: u64,
    /// Exits to the VMM by kind.
    pub exits: ExitCounts,
    /// The host's counters at the end.
    pub metrics: MetricsSnapshot,
    /// Boot to done.
    pub wall: Duration,
    /// Registers exchanged through KVM sync regs.
    pub sync_regs: bool,
}

impl Report {
    /// The guest finished with code 0 and every host check agreed.
    pub fn passed(&self) -> bool {
        self.outcome == Outcome::Done(0) && self.checks.iter().all(|c| c.ok)
    }

    /// The phase of `path` with `batch`.
    pub fn phase(&self, path: &str, batch: u32) -> Option<&Phase> {
        self.phases
            .iter()
            .find(|p| p.path == path && p.batch == batch)
    }
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "--- guest console ---")?;
        for line in self.console.lines() {
            writeln!(f, "  {line}")?;
        }
        if self.console_dropped > 0 || self.events_dropped > 0 {
            writeln!(
                f,
                "  ({} console bytes and {} reports beyond the VMM's limits dropped)",
                self.console_dropped, self.events_dropped
            )?;
        }
        writeln!(f, "--- host checks ---")?;
        for c in &self.checks {
            writeln!(f, "  [{}] {}", if c.ok { "ok" } else { "FAIL" }, c.what)?;
        }
        if !self.phases.is_empty() {
            writeln!(
                f,
                "--- cost per grant op (map or unmap), measured under PVM (KVM, ring-3 guest) ---"
            )?;
            writeln!(
                f,
                "  {:<9} {:>6} {:>7} {:>11} {:>11} {:>10}",
                "path", "batch", "ops", "ns/op", "exits/op", "vs reg"
            )?;
            let reg = self.phase("register", 1).map(Phase::ns_per_op);
            for p in &self.phases {
                let ratio = reg.map_or(String::new(), |r| format!("{:.3}", p.ns_per_op() / r));
                writeln!(
                    f,
                    "  {:<9} {:>6} {:>7} {:>11.0} {:>11.4} {:>10}",
                    p.path,
                    p.batch,
                    p.ops(),
                    p.ns_per_op(),
                    p.exits_per_op(),
                    ratio
                )?;
            }
        }
        writeln!(
            f,
            "--- exits: {} fastabi, {} console, {} report, {} other; doorbells to the host: {}; \
             registers via {} ---",
            self.exits.fastabi,
            self.exits.console,
            self.exits.report,
            self.exits.other + self.exits.doorbell,
            self.metrics.doorbells,
            if self.sync_regs {
                "KVM sync regs"
            } else {
                "KVM_GET/SET_REGS"
            }
        )?;
        write!(
            f,
            "outcome: {} after {:.1} ms",
            self.outcome,
            self.wall.as_secs_f64() * 1e3
        )
    }
}

/// The host side of the demo: domains, grants, the owner's unbound port.
pub fn demo_host() -> Result<(std::sync::Arc<VmShared>, u32), VmError> {
    let mut hv = Hypervisor::new(Clock::Real {
        start: std::time::Instant::now(),
        offset: 0,
    });
    let pages = abi::MEM_SIZE / 4096;
    let err = |what| move |e| VmError::Host(what, e);
    hv.create_domain(
        DOM0,
        DomainConfig {
            privileged: true,
            pages,
            ..Default::default()
        },
    )
    .map_err(err("create the control domain"))?;
    for d in [OWNER, VM_DOMAIN] {
        hv.create_domain(
            d,
            DomainConfig {
                pages,
                ..Default::default()
            },
        )
        .map_err(err("create a domain"))?;
    }
    // The owner grants REFS of its frames to the VM (as a backend's toolstack would).
    for r in 0..REFS {
        hv.grant_access(OWNER, r, VM_DOMAIN, 0x1000 + u64::from(r), false)
            .map_err(err("grant the owner's frames"))?;
    }
    let unlocked = hv.unlocked();
    let mut host: Host<Hypervisor, GuestMemoryMmap> = Host::new(hv, Config::default());
    // The version family on the vCPU thread, as Xen serves it (`hvlink_refhv::unlocked`).
    host.set_unlocked(Some(unlocked));
    // The owner's memory (its own guest memory; the VM never sees it).
    let owner_mem = GuestMemoryMmap::from_ranges(&[(vm_memory::GuestAddress(0), 1 << 20)])
        .map_err(VmError::Mmap)?;
    host.set_memory(OWNER, owner_mem);
    let shared = Shared::new(host).map_err(|e| VmError::Io("start the host", e))?;
    // An unbound port of the owner that accepts the VM, allocated by the owner's own call.
    let mut regs = AllocUnbound::to_regs(&AllocUnboundReq {
        dom: hvlink_proto::rt::DOMID_SELF,
        remote_dom: VM_DOMAIN,
    })
    .map_err(err("encode alloc_unbound"))?;
    shared.register_call(OWNER, &mut regs, Duration::from_secs(1));
    regs.status().map_err(err("alloc_unbound"))?;
    let port = AllocUnbound::reply_from_regs(&regs)
        .map_err(err("decode alloc_unbound"))?
        .port;
    Ok((shared, port))
}

/// Boot words for `opts`.
pub fn boot_words(opts: &DemoOpts, remote_port: u32) -> [u64; abi::BOOT_WORDS] {
    let mut w = [0u64; abi::BOOT_WORDS];
    w[abi::BOOT_DOMAIN] = u64::from(VM_DOMAIN);
    w[abi::BOOT_OWNER] = u64::from(OWNER);
    w[abi::BOOT_FIRST_REF] = 0;
    w[abi::BOOT_REFS] = u64::from(REFS);
    w[abi::BOOT_REMOTE_PORT] = u64::from(remote_port);
    w[abi::BOOT_MODE] = if opts.hostile {
        abi::MODE_HOSTILE
    } else {
        abi::MODE_DEMO
    };
    w[abi::BOOT_OPS] = u64::from(opts.ops);
    w[abi::BOOT_RING] = u64::from(opts.ring);
    w[abi::BOOT_BATCHES] = opts
        .batches
        .iter()
        .filter(|b| b.is_power_of_two())
        .fold(0, |m, b| m | u64::from(*b));
    w
}

/// Mappings the checker keeps from the guest's reports (the demo's guest maps 64); more make
/// the mapping checks fail.
const MAX_CHECKED_MAPPINGS: usize = 1024;
/// Checks the checker runs (the demo's guest asks for about ten); later ones are dropped.
/// Each runs with the host locked, so their work is bounded: a guest reporting 32,768
/// mappings and asking 32,768 times held the host for about 2^30 lookups.
const MAX_CHECKS: usize = 64;

/// Checks the host's state against the guest's reports, as they arrive.
#[derive(Default)]
struct Checker {
    mapped: Vec<(u32, u32, u64, DomId)>,
    /// More mappings were reported than [`MAX_CHECKED_MAPPINGS`].
    too_many: bool,
    ports: Vec<(u32, DomId, u32)>,
    checks: Vec<Check>,
}

impl Checker {
    fn check(&mut self, ok: bool, what: String) {
        self.checks.push(Check { what, ok });
    }

    fn on(&mut self, ev: &Event, shared: &VmShared, remote_port: u32) {
        let [a, b, c, d] = ev.args;
        match ev.code {
            abi::REP_MAPPED if self.mapped.len() < MAX_CHECKED_MAPPINGS => {
                self.mapped.push((a as u32, b as u32, c, d as DomId))
            }
            abi::REP_MAPPED => self.too_many = true,
            abi::REP_PORT if self.ports.len() < MAX_CHECKED_MAPPINGS => {
                self.ports.push((a as u32, b as DomId, c as u32))
            }
            abi::REP_CHECK if self.checks.len() >= MAX_CHECKS => {}
            abi::REP_CHECK => {
                let host = shared.host();
                let hv = &host.hv;
                match a {
                    abi::CHECK_MAPPED => {
                        let n = self.mapped.len();
                        let ok = !self.too_many
                            && n == b as usize
                            && self.mapped.iter().all(|&(r, h, addr, owner)| {
                                let m = hv.grant_mapping(VM_DOMAIN, h);
                                let s = hv.grant_status(owner, r);
                                m.is_some_and(|m| {
                                    m.owner == owner && m.gref == r && m.host_addr == addr
                                }) && s.is_some_and(|s| s.mappings == 1 && s.domid == VM_DOMAIN)
                            });
                        self.check(
                            ok,
                            format!("{n} grants the guest mapped are mapped in the host (grant_mapping, grant_status)"),
                        );
                    }
                    abi::CHECK_UNMAPPED => {
                        let ok = !self.too_many
                            && self.mapped.iter().all(|&(r, h, _, owner)| {
                                hv.grant_mapping(VM_DOMAIN, h).is_none()
                                    && hv.grant_status(owner, r).is_some_and(|s| s.mappings == 0)
                            });
                        self.check(
                            ok,
                            format!("the {} grants are unmapped again", self.mapped.len()),
                        );
                    }
                    abi::CHECK_EVENTS => {
                        let mut ok = self.ports.len() == 2;
                        for &(local, dom, remote) in &self.ports {
                            // The guest notified `local`'s peer: (dom, remote) for the bound
                            // port; for the loopback pair it reported (peer, vm, sender).
                            let (pd, pp) = if dom == VM_DOMAIN {
                                (VM_DOMAIN, local)
                            } else {
                                (dom, remote)
                            };
                            ok &= hv.port_info(pd, pp).is_some_and(|p| p.pending);
                        }
                        ok &= self
                            .ports
                            .first()
                            .is_some_and(|p| p.1 == OWNER && p.2 == remote_port);
                        self.check(
                            ok,
                            "event channel ports the guest notified are pending (port_info)".into(),
                        );
                    }
                    abi::CHECK_HOSTILE => {
                        let q1 = QueueKey {
                            domain: VM_DOMAIN,
                            queue: 1,
                        };
                        let q2 = QueueKey {
                            domain: VM_DOMAIN,
                            queue: b as u16,
                        };
                        let ok = host.queue_fault(q1).is_some() && host.queue_fault(q2).is_none();
                        self.check(
                            ok,
                            "the corrupted queue faulted alone; the new queue is healthy".into(),
                        );
                    }
                    other => self.check(false, format!("unknown checkpoint {other}")),
                }
            }
            _ => {}
        }
    }
}

fn phases(events: &[Event]) -> Vec<Phase> {
    let mut out = Vec::new();
    let mut begin: Option<&Event> = None;
    for ev in events {
        match ev.code {
            abi::REP_BEGIN => begin = Some(ev),
            abi::REP_END => {
                let Some(b) = begin.take() else { continue };
                if b.args[0] != ev.args[0] || b.args[1] != ev.args[1] {
                    continue;
                }
                let path = match ev.args[0] {
                    abi::PHASE_REGISTER => "register",
                    abi::PHASE_PIPELINED => "ring x2",
                    _ => "ring",
                };
                out.push(Phase {
                    path,
                    batch: ev.args[1] as u32,
                    pairs: ev.args[2],
                    elapsed: ev.at.saturating_sub(b.at),
                    // The end report's own exit is not the phase's.
                    exits: ev.exits.total().saturating_sub(b.exits.total() + 1),
                    doorbells: ev.args[3],
                    messages: ev.metrics.messages.saturating_sub(b.metrics.messages),
                    register_calls: ev
                        .metrics
                        .register_calls
                        .saturating_sub(b.metrics.register_calls),
                });
            }
            _ => {}
        }
    }
    out
}

/// Boot the demo VM and run it to the end: what the guest did, what the host saw, what it
/// cost. `Err` only when the VM could not be set up (no KVM, payload build failure); a guest
/// that fails shows in [`Report::outcome`] and [`Report::checks`].
pub fn run_demo(opts: &DemoOpts) -> Result<Report, VmError> {
    let elf_path = match &opts.payload {
        Some(p) => p.clone(),
        None => crate::payload::elf().map_err(VmError::Payload)?,
    };
    let elf = std::fs::read(&elf_path).map_err(|e| VmError::ReadPayload(elf_path, e))?;
    let (shared, remote_port) = demo_host()?;
    let mut vm = Vm::new(
        shared.clone(),
        &elf,
        VmConfig {
            domain: VM_DOMAIN,
            boot: boot_words(opts, remote_port),
            timeout: opts.timeout,
            server_cpu: opts.server_cpu,
            vcpu_cpu: opts.vcpu_cpu,
        },
    )?;
    let mut checker = Checker::default();
    let r = vm.run(|ev, shared| checker.on(ev, shared, remote_port));
    let expected = if opts.hostile {
        vec![abi::CHECK_HOSTILE]
    } else {
        vec![abi::CHECK_MAPPED, abi::CHECK_UNMAPPED, abi::CHECK_EVENTS]
    };
    for want in expected {
        let seen = r
            .events
            .iter()
            .any(|e| e.code == abi::REP_CHECK && e.args[0] == want);
        if !seen {
            checker.check(false, format!("the guest never reached checkpoint {want}"));
        }
    }
    Ok(Report {
        phases: phases(&r.events),
        outcome: r.outcome,
        console: r.console,
        console_dropped: r.console_dropped,
        checks: checker.checks,
        events: r.events,
        events_dropped: r.events_dropped,
        exits: r.exits,
        metrics: shared.metrics().snapshot(),
        wall: r.wall,
        sync_regs: r.sync_regs,
    })
}
