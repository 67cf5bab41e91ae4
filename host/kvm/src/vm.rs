//! The VMM proper: one VM with one vCPU in 64-bit ring 3, its memory registered with the host
//! as the VM's domain memory, the ring doorbell bound to an ioeventfd that wakes the host's
//! server thread, and the port exits (FastABI trap, console, report, done) handled here.
//!
//! Errors: [`VmError`] says why a VM could not be set up; a run always produces a
//! [`RunResult`], whose [`Outcome`] is the guest's exit code or a [`Failure`] ([`Stop`]: why,
//! and where the guest was).

#![allow(unsafe_code)] // KVM ioctls on guest memory, descriptor duplication and signals; each block says why

use std::fmt;
use std::io;
use std::os::fd::FromRawFd;
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{mpsc, Arc};
use std::time::{Duration, Instant};

use hvlink_proto::rt::Regs;
use kvm_bindings::{
    kvm_fpu, kvm_regs, kvm_segment, kvm_userspace_memory_region, KVM_MAX_CPUID_ENTRIES,
};
use kvm_ioctls::{Cap, IoEventAddress, Kvm, NoDatamatch, SyncReg, VcpuExit, VcpuFd, VmFd};
use vm_memory::mmap::FromRangesError;
use vm_memory::{Bytes, GuestAddress, GuestMemoryBackend, GuestMemoryError, GuestMemoryMmap};

use crate::abi;
use crate::elf::{self, ElfError};
use crate::payload::PayloadError;
use hvlink_host::dispatch::{MetricsSnapshot, RegOutcome};
use hvlink_host::serve::{self, Shared};
use hvlink_proto::{DomId, Errno, Hypercalls as _};
use hvlink_refhv::Hypervisor;

/// Console bytes a run keeps; the guest's output beyond is counted, not stored.
pub const MAX_CONSOLE: usize = 1 << 20;
/// Reports a run keeps (and shows its hook); later ones are counted, not stored. The demo
/// makes about a thousand.
pub const MAX_EVENTS: usize = 1 << 16;
/// Bytes one console exit reads at most.
const CONSOLE_CHUNK: usize = 4096;

/// The host type the VMM serves.
pub type VmShared = Shared<Hypervisor, GuestMemoryMmap>;

/// Exits to the VMM (userspace), by kind.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ExitCounts {
    /// FastABI register calls.
    pub fastabi: u64,
    /// Console writes.
    pub console: u64,
    /// Reports.
    pub report: u64,
    /// Writes to the doorbell port that reached userspace (0 when the ioeventfd took them).
    pub doorbell: u64,
    /// Anything else (unknown ports, port reads, MMIO, interrupted runs).
    pub other: u64,
}

impl ExitCounts {
    /// All exits.
    pub fn total(&self) -> u64 {
        self.fastabi + self.console + self.report + self.doorbell + self.other
    }
}

/// A report the guest made through [`abi::PORT_REPORT`], timestamped by the VMM.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Event {
    /// `abi::REP_*`.
    pub code: u64,
    /// rsi, r8, r9, r10.
    pub args: [u64; 4],
    /// When the exit reached the VMM, since boot.
    pub at: Duration,
    /// Exits so far (this one included).
    pub exits: ExitCounts,
    /// The host's counters at that moment.
    pub metrics: MetricsSnapshot,
}

/// How a run ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// The guest wrote its exit code to the done port.
    Done(u32),
    /// The guest stopped some other way (triple fault, `hlt`, entry failure, timeout).
    Failed(Failure),
}

impl fmt::Display for Outcome {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Outcome::Done(code) => write!(f, "done (exit code {code})"),
            Outcome::Failed(why) => write!(f, "failed: {why}"),
        }
    }
}

/// Why a run stopped before the guest wrote the done port.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Stop {
    /// The guest executed `hlt`.
    Halted,
    /// The guest triple-faulted (KVM's shutdown exit).
    TripleFault,
    /// KVM could not enter the vCPU (the hardware's reason).
    EntryFailed(u64),
    /// KVM could not handle an exit itself (an emulation failure).
    InternalError,
    /// An exit this VMM does not handle (its kind).
    UnexpectedExit(&'static str),
    /// The watchdog stopped the vCPU after this long.
    TimedOut(Duration),
    /// A KVM call on the vCPU failed.
    Kvm(&'static str, kvm_ioctls::Error),
    /// A thread the run needs (the host's server, the watchdog) could not be started.
    Thread(&'static str, io::ErrorKind),
    /// The domain the VM was made for was destroyed (its id perhaps given again): its vCPU
    /// speaks for nothing any more.
    DomainGone,
    /// The host's server thread for the run died (a panic): the guest's rings went
    /// unserved.
    ServerDied,
}

impl fmt::Display for Stop {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Stop::Halted => write!(f, "guest halted"),
            Stop::TripleFault => write!(f, "guest triple-faulted (shutdown exit)"),
            Stop::EntryFailed(reason) => write!(f, "vCPU entry failed (reason {reason:#x})"),
            Stop::InternalError => write!(f, "KVM internal error"),
            Stop::UnexpectedExit(kind) => write!(f, "unexpected exit {kind}"),
            Stop::TimedOut(after) => write!(f, "timed out after {after:?}"),
            Stop::Kvm(what, e) => write!(f, "{what} failed: {e}"),
            Stop::Thread(what, kind) => write!(f, "cannot start the {what} thread: {kind}"),
            Stop::DomainGone => write!(f, "the VM's domain was destroyed"),
            Stop::ServerDied => write!(f, "the host's server thread died"),
        }
    }
}

impl std::error::Error for Stop {}

/// The vCPU's registers when a run stopped.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct GuestState {
    /// Instruction pointer.
    pub rip: u64,
    /// Stack pointer.
    pub rsp: u64,
    /// Flags.
    pub rflags: u64,
    /// rax.
    pub rax: u64,
    /// Privilege level (`cs.dpl`), if KVM gave the segment registers.
    pub cpl: Option<u8>,
}

/// A run that ended without the done port: why, and where the guest was (when KVM could
/// still tell).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Failure {
    /// Why.
    pub stop: Stop,
    /// Where.
    pub at: Option<GuestState>,
}

impl fmt::Display for Failure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.stop)?;
        if let Some(g) = self.at {
            write!(
                f,
                " (rip {:#x}, rsp {:#x}, rflags {:#x}, rax {:#x}",
                g.rip, g.rsp, g.rflags, g.rax
            )?;
            if let Some(cpl) = g.cpl {
                write!(f, ", cpl {cpl}")?;
            }
            write!(f, ")")?;
        }
        Ok(())
    }
}

/// What a run produced.
#[derive(Debug, Clone)]
pub struct RunResult {
    /// How it ended.
    pub outcome: Outcome,
    /// What the guest wrote to the console (the first [`MAX_CONSOLE`] bytes; output, not
    /// an error).
    pub console: String,
    /// The guest's console bytes not kept (beyond [`MAX_CONSOLE`] of text), counted as the
    /// guest wrote them (each sequence of bytes that is not UTF-8 is kept as a U+FFFD of
    /// three bytes).
    pub console_dropped: u64,
    /// Its reports, in order (the first [`MAX_EVENTS`]).
    pub events: Vec<Event>,
    /// Reports beyond [`MAX_EVENTS`], dropped (and not shown to the hook).
    pub events_dropped: u64,
    /// Exits by kind.
    pub exits: ExitCounts,
    /// Boot to the end of the run.
    pub wall: Duration,
    /// Whether registers were exchanged through KVM sync regs (else get/set_regs).
    pub sync_regs: bool,
}

/// The VM's configuration.
#[derive(Debug, Clone)]
pub struct VmConfig {
    /// The VM's domain id in the host.
    pub domain: DomId,
    /// The boot information words (`abi::BOOT_*`).
    pub boot: [u64; abi::BOOT_WORDS],
    /// The run is stopped (and reported failed) after this long.
    pub timeout: Duration,
    /// Pin the host's serving thread to this CPU (as `hvlink serve --cpu` does; io_uring's
    /// `sq_thread_cpu`). `None`: the OS places it.
    pub server_cpu: Option<usize>,
    /// Pin the vCPU (the thread that calls [`Vm::run`], for the run) to this CPU.
    pub vcpu_cpu: Option<usize>,
}

/// One VM: KVM objects, guest memory, the host serving it.
pub struct Vm {
    // Drop order: the vCPU, then the VM, then the memory it maps.
    vcpu: VcpuFd,
    _vm: VmFd,
    _kvm: Kvm,
    mem: GuestMemoryMmap,
    shared: Arc<VmShared>,
    config: VmConfig,
    /// The life of `config.domain` this VM was made for
    /// ([`Hypercalls::domain_life`](hvlink_proto::Hypercalls::domain_life)).
    life: u64,
    sync_regs: bool,
    // Keeps the ioeventfd's descriptor (a duplicate of the host's kick eventfd) open.
    _doorbell: vmm_sys_util::eventfd::EventFd,
}

/// Puts the calling thread's CPU mask back when dropped.
struct RestoreAffinity(Option<Vec<usize>>);

impl Drop for RestoreAffinity {
    fn drop(&mut self) {
        if let Some(mask) = &self.0 {
            let _ = hvlink_host::affinity::pin_current_thread_to(mask);
        }
    }
}

/// May a VM run as `dom` on `host`?
fn check_domain(
    host: &hvlink_host::server::Host<Hypervisor, GuestMemoryMmap>,
    dom: DomId,
) -> Result<(), VmError> {
    if !host.hv.domain_exists(dom) {
        return Err(VmError::Host(
            "the VM's domain does not exist",
            Errno::ESRCH,
        ));
    }
    if host.hv.incarnation(dom).is_none() {
        return Err(VmError::Host("the VM's domain is dying", Errno::ESRCH));
    }
    if host.hv.is_control_domain(dom) {
        return Err(VmError::Host(
            "the VM's domain is a control domain",
            Errno::EPERM,
        ));
    }
    if host.has_memory(dom) {
        return Err(VmError::Host(
            "the VM's domain already has memory",
            Errno::EBUSY,
        ));
    }
    Ok(())
}

/// The VM's domain lets go of what the VM set up in the host (its memory, its queues), if
/// the domain is still the life the VM was made for: another VM may then run as it.
impl Drop for Vm {
    fn drop(&mut self) {
        let released = {
            let mut host = self.shared.host();
            (host.hv.domain_life(self.config.domain) == self.life)
                .then(|| host.remove_domain(self.config.domain))
        };
        // (What it held is released after the host lock.)
        drop(released);
    }
}

/// Why a VM (or the demo's host) could not be set up.
#[derive(Debug)]
#[non_exhaustive]
pub enum VmError {
    /// `/dev/kvm` is missing or cannot be opened.
    NoKvm(kvm_ioctls::Error),
    /// KVM lacks a capability the VMM needs.
    NoCap(&'static str),
    /// A KVM call failed.
    Kvm(&'static str, kvm_ioctls::Error),
    /// There is no payload to run.
    Payload(PayloadError),
    /// The payload file could not be read.
    ReadPayload(PathBuf, io::Error),
    /// The payload is not an image this VMM loads.
    Elf(ElfError),
    /// Guest memory could not be mapped.
    Mmap(FromRangesError),
    /// Guest memory could not be set up (what was being written).
    Memory(&'static str, GuestMemoryError),
    /// The reference hypervisor refused a step of the host's set-up.
    Host(&'static str, Errno),
    /// A system call failed (what for).
    Io(&'static str, io::Error),
}

impl fmt::Display for VmError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            VmError::NoKvm(e) => write!(f, "cannot open /dev/kvm: {e}"),
            VmError::NoCap(cap) => write!(f, "KVM has no {cap}"),
            VmError::Kvm(what, e) => write!(f, "KVM {what} failed: {e}"),
            VmError::Payload(e) => write!(f, "payload: {e}"),
            VmError::ReadPayload(path, e) => write!(f, "payload: {}: {e}", path.display()),
            VmError::Elf(e) => write!(f, "payload: {e}"),
            VmError::Mmap(e) => write!(f, "guest memory: {e}"),
            VmError::Memory(what, e) => write!(f, "guest memory: {what}: {e}"),
            VmError::Host(what, e) => write!(f, "host set-up: {what}: {e:?}"),
            VmError::Io(what, e) => write!(f, "{what}: {e}"),
        }
    }
}

impl std::error::Error for VmError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            VmError::NoKvm(e) | VmError::Kvm(_, e) => Some(e),
            VmError::Payload(e) => Some(e),
            VmError::ReadPayload(_, e) | VmError::Io(_, e) => Some(e),
            VmError::Elf(e) => Some(e),
            VmError::Mmap(e) => Some(e),
            VmError::Memory(_, e) => Some(e),
            VmError::NoCap(_) | VmError::Host(..) => None,
        }
    }
}

/// Is `/dev/kvm` usable here? `Err` says why not.
pub fn available() -> Result<(), VmError> {
    let kvm = Kvm::new().map_err(VmError::NoKvm)?;
    let vm = kvm.create_vm().map_err(kvm_err("create_vm"))?;
    vm.create_vcpu(0).map_err(kvm_err("create_vcpu"))?;
    if !kvm.check_extension(Cap::Ioeventfd) {
        return Err(VmError::NoCap("ioeventfd"));
    }
    Ok(())
}

const PTE_P: u64 = 1;
const PTE_RW: u64 = 1 << 1;
const PTE_US: u64 = 1 << 2;
const PTE_PS: u64 = 1 << 7;

const CR0_PE: u64 = 1;
const CR0_MP: u64 = 1 << 1;
const CR0_ET: u64 = 1 << 4;
const CR0_NE: u64 = 1 << 5;
const CR0_WP: u64 = 1 << 16;
const CR0_PG: u64 = 1 << 31;
const CR4_PAE: u64 = 1 << 5;
const CR4_OSFXSR: u64 = 1 << 9;
const CR4_OSXMMEXCPT: u64 = 1 << 10;
const EFER_LME: u64 = 1 << 8;
const EFER_LMA: u64 = 1 << 10;
const RFLAGS_IOPL3: u64 = 3 << 12;

const SEL_CODE3: u16 = (3 << 3) | 3;
const SEL_DATA3: u16 = (4 << 3) | 3;
const SEL_TSS: u16 = 5 << 3;

fn kvm_err(what: &'static str) -> impl FnOnce(kvm_ioctls::Error) -> VmError {
    move |e| VmError::Kvm(what, e)
}

impl Vm {
    /// Create the VM around `shared` (the host; the VM's domain must exist in its
    /// hypervisor), load the ELF `payload`, set up long mode in ring 3.
    ///
    /// The domain must exist, not be a control domain (the guest is untrusted), and have no
    /// memory yet (another VM or guest process runs as it): `VmError::Host` says which,
    /// before KVM is touched and again when the memory is registered.
    pub fn new(shared: Arc<VmShared>, payload: &[u8], config: VmConfig) -> Result<Vm, VmError> {
        check_domain(&shared.host(), config.domain)?;
        let kvm = Kvm::new().map_err(VmError::NoKvm)?;
        let vm = kvm.create_vm().map_err(kvm_err("create_vm"))?;
        let mem = GuestMemoryMmap::from_ranges(&[(GuestAddress(0), abi::MEM_SIZE as usize)])
            .map_err(VmError::Mmap)?;
        let host_addr = mem
            .get_host_address(GuestAddress(0))
            .map_err(|e| VmError::Memory("host address", e))?;
        let region = kvm_userspace_memory_region {
            slot: 0,
            flags: 0,
            guest_phys_addr: 0,
            memory_size: abi::MEM_SIZE,
            userspace_addr: host_addr as u64,
        };
        // SAFETY: the region is the whole of `mem`'s single mmap, which lives in `self.mem`
        // for as long as the VM (the VM fd is dropped first: field order).
        unsafe { vm.set_user_memory_region(region) }.map_err(kvm_err("set_user_memory_region"))?;

        // The doorbell: the kernel completes port writes by signalling the host's kick
        // eventfd (a duplicate descriptor of the same eventfd), with no exit to the VMM.
        // SAFETY: dup of a descriptor `shared` owns; the result is checked and owned below.
        let dup = unsafe { libc::dup(shared.kick().fd()) };
        if dup < 0 {
            return Err(VmError::Io(
                "dup the kick eventfd",
                io::Error::last_os_error(),
            ));
        }
        // SAFETY: `dup` is a fresh descriptor nobody else owns.
        let doorbell = unsafe { vmm_sys_util::eventfd::EventFd::from_raw_fd(dup) };
        vm.register_ioevent(
            &doorbell,
            &IoEventAddress::Pio(u64::from(abi::PORT_DOORBELL)),
            NoDatamatch,
        )
        .map_err(kvm_err("register_ioevent"))?;

        let entry = load(&mem, payload)?;
        write_boot_structures(&mem, &config.boot)
            .map_err(|e| VmError::Memory("boot structures", e))?;

        let vcpu = vm.create_vcpu(0).map_err(kvm_err("create_vcpu"))?;
        let cpuid = kvm
            .get_supported_cpuid(KVM_MAX_CPUID_ENTRIES)
            .map_err(kvm_err("get_supported_cpuid"))?;
        vcpu.set_cpuid2(&cpuid).map_err(kvm_err("set_cpuid2"))?;
        setup_long_mode(&vcpu, entry)?;
        let sync_regs = kvm.check_extension(Cap::SyncRegs);

        let life = {
            let mut host = shared.host();
            check_domain(&host, config.domain)?;
            host.set_memory(config.domain, mem.clone());
            host.hv.domain_life(config.domain)
        };
        Ok(Vm {
            life,
            vcpu,
            _vm: vm,
            _kvm: kvm,
            mem,
            shared,
            config,
            sync_regs,
            _doorbell: doorbell,
        })
    }

    /// The host.
    pub fn shared(&self) -> &Arc<VmShared> {
        &self.shared
    }

    /// The guest's memory.
    pub fn memory(&self) -> &GuestMemoryMmap {
        &self.mem
    }

    /// Run the guest until it writes the done port (or fails, or times out). The host's
    /// server runs on its own thread meanwhile (a tokio runtime); `hook` sees every report
    /// as it arrives (up to [`MAX_EVENTS`]), with the host at hand (the vCPU waits while it
    /// runs).
    pub fn run(&mut self, hook: impl FnMut(&Event, &VmShared)) -> RunResult {
        let mut r = RunResult {
            outcome: Outcome::Done(0), // set below, once the run has ended
            console: String::new(),
            console_dropped: 0,
            events: Vec::new(),
            events_dropped: 0,
            exits: ExitCounts::default(),
            wall: Duration::ZERO,
            sync_regs: self.sync_regs,
        };
        let stop = |what, e: io::Error| Failure {
            stop: Stop::Thread(what, e.kind()),
            at: None,
        };
        // The caller's own mask, put back after the run (not "every CPU": a caller may
        // have been pinned on purpose).
        let saved = match self.config.vcpu_cpu {
            Some(_) => match hvlink_host::affinity::current() {
                Ok(m) => Some(m),
                Err(e) => {
                    r.outcome = Outcome::Failed(stop("vcpu affinity", e));
                    return r;
                }
            },
            None => None,
        };
        // (Put back however the run ends, a panic of the hook included.)
        let restore = RestoreAffinity(saved);
        if let Some(cpu) = self.config.vcpu_cpu {
            if let Err(e) = hvlink_host::affinity::pin_current_thread(cpu) {
                r.outcome = Outcome::Failed(stop("vcpu pinning", e));
                return r;
            }
        }
        // This run's own server: it ends with the run, not the host (which other VMs may
        // share, and which may be run again).
        let until = Arc::new(std::sync::atomic::AtomicBool::new(false));
        r.outcome = match spawn_server(self.shared.clone(), self.config.server_cpu, until.clone()) {
            Err(e) => Outcome::Failed(stop("server", e)),
            Ok(server) => {
                let outcome = match Watchdog::start(self.config.timeout) {
                    Err(e) => Outcome::Failed(stop("watchdog", e)),
                    Ok(watchdog) => {
                        let start = Instant::now();
                        let outcome = self.run_vcpu(&mut r, start, &watchdog, hook);
                        r.wall = start.elapsed();
                        watchdog.stop();
                        outcome
                    }
                };
                until.store(true, std::sync::atomic::Ordering::Release);
                self.shared.wake_server();
                match server.join() {
                    // A server that died (a panic) left the guest's rings unserved: that, not
                    // the guest, is why the run ended as it did.
                    Err(_) => Outcome::Failed(Failure {
                        stop: Stop::ServerDied,
                        at: None,
                    }),
                    Ok(()) => outcome,
                }
            }
        };
        drop(restore);
        r
    }

    /// The vCPU loop: exits until the done port, a failure, or the watchdog.
    fn run_vcpu(
        &mut self,
        r: &mut RunResult,
        start: Instant,
        watchdog: &Watchdog,
        mut hook: impl FnMut(&Event, &VmShared),
    ) -> Outcome {
        loop {
            // Checked on every exit, not only when KVM_RUN is interrupted: a kick that lands
            // while this thread handles an exit is consumed here, and a guest that exits
            // often enough would otherwise never see one inside KVM_RUN.
            if watchdog.fired() {
                return self.failed(Stop::TimedOut(self.config.timeout));
            }
            if self.sync_regs {
                self.vcpu.set_sync_valid_reg(SyncReg::Register);
            }
            let (port, value) = match self.vcpu.run() {
                Ok(VcpuExit::IoOut(port, data)) => {
                    let mut v = [0u8; 4];
                    let n = data.len().min(4);
                    v[..n].copy_from_slice(&data[..n]);
                    (port, u32::from_le_bytes(v))
                }
                Ok(VcpuExit::IoIn(_, data)) => {
                    data.fill(0xff);
                    r.exits.other += 1;
                    continue;
                }
                Ok(VcpuExit::MmioRead(_, data)) => {
                    data.fill(0xff);
                    r.exits.other += 1;
                    continue;
                }
                Ok(VcpuExit::MmioWrite(..)) => {
                    r.exits.other += 1;
                    continue;
                }
                Ok(VcpuExit::Hlt) => return self.failed(Stop::Halted),
                Ok(VcpuExit::Shutdown) => return self.failed(Stop::TripleFault),
                Ok(VcpuExit::FailEntry(reason, _)) => {
                    return self.failed(Stop::EntryFailed(reason))
                }
                Ok(VcpuExit::InternalError) => return self.failed(Stop::InternalError),
                Ok(other) => {
                    let kind = exit_kind(&other);
                    return self.failed(Stop::UnexpectedExit(kind));
                }
                Err(e) if e.errno() == libc::EINTR || e.errno() == libc::EAGAIN => {
                    r.exits.other += 1;
                    continue;
                }
                Err(e) => return self.failed(Stop::Kvm("KVM_RUN", e)),
            };
            let served = match port {
                abi::PORT_FASTABI => {
                    r.exits.fastabi += 1;
                    self.fastabi(watchdog)
                }
                abi::PORT_CONSOLE => {
                    r.exits.console += 1;
                    self.console(r)
                }
                abi::PORT_REPORT => {
                    r.exits.report += 1;
                    self.report(r, start, &mut hook)
                }
                abi::PORT_DONE => return Outcome::Done(value),
                abi::PORT_DOORBELL => {
                    // Only if the ioeventfd did not take it (it always should).
                    r.exits.doorbell += 1;
                    self.shared.ring();
                    Ok(())
                }
                _ => {
                    r.exits.other += 1;
                    Ok(())
                }
            };
            if let Err(stop) = served {
                return self.failed(stop);
            }
        }
    }

    /// A console write: up to [`CONSOLE_CHUNK`] bytes at rsi (length rdi), kept up to
    /// [`MAX_CONSOLE`] in all. A bad address reads as nothing.
    fn console(&self, r: &mut RunResult) -> Result<(), Stop> {
        let g = self.regs()?;
        let len = usize::try_from(g.rdi).map_or(CONSOLE_CHUNK, |n| n.min(CONSOLE_CHUNK));
        let room = MAX_CONSOLE.saturating_sub(r.console.len());
        let keep = len.min(room);
        r.console_dropped = r.console_dropped.saturating_add((len - keep) as u64);
        if keep == 0 {
            return Ok(());
        }
        let mut buf = vec![0u8; keep];
        if self.mem.read_slice(&mut buf, GuestAddress(g.rsi)).is_ok() {
            // Bytes that are not UTF-8 become U+FFFD, three bytes, one for each invalid
            // sequence (as `String::from_utf8_lossy`): the text is kept while it fits the
            // room, cut at a character, and the guest's bytes not kept are counted dropped.
            let used = push_lossy_within(&mut r.console, &buf, room);
            r.console_dropped = r.console_dropped.saturating_add((keep - used) as u64);
        }
        Ok(())
    }

    /// A report: timestamped, shown to `hook`, kept (up to [`MAX_EVENTS`]).
    fn report(
        &self,
        r: &mut RunResult,
        start: Instant,
        hook: &mut impl FnMut(&Event, &VmShared),
    ) -> Result<(), Stop> {
        if r.events.len() >= MAX_EVENTS {
            r.events_dropped = r.events_dropped.saturating_add(1);
            return Ok(());
        }
        let g = self.regs()?;
        let ev = Event {
            code: g.rdi,
            args: [g.rsi, g.r8, g.r9, g.r10],
            at: start.elapsed(),
            exits: r.exits,
            metrics: self.shared.metrics().snapshot(),
        };
        hook(&ev, &self.shared);
        r.events.push(ev);
        Ok(())
    }

    fn regs(&self) -> Result<kvm_regs, Stop> {
        if self.sync_regs {
            Ok(self.vcpu.sync_regs().regs)
        } else {
            self.vcpu
                .get_regs()
                .map_err(|e| Stop::Kvm("KVM_GET_REGS", e))
        }
    }

    fn set_regs(&mut self, g: &kvm_regs) -> Result<(), Stop> {
        if self.sync_regs {
            self.vcpu.sync_regs_mut().regs = *g;
            self.vcpu.set_sync_dirty_reg(SyncReg::Register);
            Ok(())
        } else {
            self.vcpu
                .set_regs(g)
                .map_err(|e| Stop::Kvm("KVM_SET_REGS", e))
        }
    }

    /// A FastABI trap: the registers in, the host's register entry, the registers out (rax
    /// = status; the others as the reply maps them, untouched otherwise).
    fn fastabi(&mut self, watchdog: &Watchdog) -> Result<(), Stop> {
        let mut g = self.regs()?;
        let mut regs = Regs {
            rax: g.rax,
            rdi: g.rdi,
            rsi: g.rsi,
            r8: g.r8,
            r9: g.r9,
            r10: g.r10,
            r11: g.r11,
            r12: g.r12,
        };
        // A blocking op (sched.poll by register) waits here, as the vCPU would in Xen; the
        // host answers Blocked after the timeout and the guest is told to retry (EAGAIN).
        // The vCPU speaks for the life of its domain it was made for: once that is over
        // (destroyed, the id perhaps given again) the host answers ESRCH and the run ends.
        let out = loop {
            let out = self.shared.register_call_of(
                self.config.domain,
                Some(self.life),
                &mut regs,
                Duration::from_secs(1),
            );
            // A held domain (paused by its toolstack, shut down) does not run: its vCPU waits
            // here, the call untouched, until it runs again (or the run's time is up).
            if out == RegOutcome::Blocked
                && !watchdog.fired()
                && self.shared.host().hv.held(self.config.domain)
            {
                continue;
            }
            break out;
        };
        match out {
            RegOutcome::Done => {}
            RegOutcome::Blocked => regs.set_status(Err(Errno::EAGAIN)),
        }
        if regs.status() == Err(Errno::ESRCH)
            && self.shared.host().hv.domain_life(self.config.domain) != self.life
        {
            return Err(Stop::DomainGone);
        }
        g.rax = regs.rax;
        g.rdi = regs.rdi;
        g.rsi = regs.rsi;
        g.r8 = regs.r8;
        g.r9 = regs.r9;
        g.r10 = regs.r10;
        g.r11 = regs.r11;
        g.r12 = regs.r12;
        self.set_regs(&g)
    }

    /// The run failed with `stop`; where the guest was, if KVM can still say.
    fn failed(&self, stop: Stop) -> Outcome {
        let at = self.vcpu.get_regs().ok().map(|g| GuestState {
            rip: g.rip,
            rsp: g.rsp,
            rflags: g.rflags,
            rax: g.rax,
            cpl: self.vcpu.get_sregs().ok().map(|s| s.cs.dpl),
        });
        Outcome::Failed(Failure { stop, at })
    }
}

/// The kind of an exit the loop does not handle, for [`Stop::UnexpectedExit`].
fn exit_kind(exit: &VcpuExit<'_>) -> &'static str {
    match exit {
        VcpuExit::Unknown => "unknown",
        VcpuExit::Exception => "exception",
        VcpuExit::Hypercall(_) => "hypercall",
        VcpuExit::Debug(_) => "debug",
        VcpuExit::IrqWindowOpen => "irq window open",
        VcpuExit::Intr => "intr",
        VcpuExit::SetTpr | VcpuExit::TprAccess => "tpr",
        VcpuExit::Nmi => "nmi",
        VcpuExit::Watchdog => "watchdog",
        VcpuExit::SystemEvent(..) => "system event",
        VcpuExit::IoapicEoi(_) => "ioapic eoi",
        VcpuExit::Hyperv => "hyperv",
        VcpuExit::X86Rdmsr(_) => "rdmsr",
        VcpuExit::X86Wrmsr(_) => "wrmsr",
        VcpuExit::MemoryFault { .. } => "memory fault",
        VcpuExit::Unsupported(_) => "unsupported",
        _ => "other",
    }
}

/// The host's server on its own thread (a current-thread tokio runtime), as a VMM runs it
/// beside its vCPU threads; pinned to `cpu` if given (a CPU that cannot be had fails the
/// start).
fn spawn_server(
    shared: Arc<VmShared>,
    cpu: Option<usize>,
    until: Arc<std::sync::atomic::AtomicBool>,
) -> io::Result<std::thread::JoinHandle<()>> {
    let (pinned_tx, pinned_rx) = mpsc::channel();
    let t = std::thread::Builder::new()
        .name("hvlink-server".into())
        .spawn(move || {
            if let Some(cpu) = cpu {
                let r = hvlink_host::affinity::pin_current_thread(cpu);
                let failed = r.is_err();
                let _ = pinned_tx.send(r);
                if failed {
                    return;
                }
            } else {
                let _ = pinned_tx.send(Ok(()));
            }
            let rt = tokio::runtime::Builder::new_current_thread()
                .enable_io()
                .enable_time()
                .build();
            match rt {
                Ok(rt) => {
                    if let Err(e) = rt.block_on(serve::run_until(shared, until)) {
                        tracing::error!("server stopped: {e}");
                    }
                }
                Err(e) => tracing::error!("no tokio runtime: {e}"),
            }
        })?;
    match pinned_rx.recv() {
        Ok(Ok(())) => Ok(t),
        Ok(Err(e)) => {
            let _ = t.join();
            Err(e)
        }
        Err(_) => Err(io::Error::other(
            "the server thread ended before it started",
        )),
    }
}

/// Stops a vCPU that runs too long: a signal to the vCPU thread makes `KVM_RUN` return
/// `EINTR` (a guest spinning in ring 3 exits only then).
struct Watchdog {
    stop: mpsc::Sender<()>,
    fired: Arc<AtomicBool>,
    thread: Option<std::thread::JoinHandle<()>>,
}

extern "C" fn on_kick(_: libc::c_int) {}

impl Watchdog {
    fn start(timeout: Duration) -> io::Result<Watchdog> {
        let sig = libc::SIGRTMIN() + 3;
        // SAFETY: installs a handler that does nothing (async-signal-safe) for a real-time
        // signal nothing else here uses; no SA_RESTART, so KVM_RUN returns EINTR.
        unsafe {
            let mut sa: libc::sigaction = std::mem::zeroed();
            sa.sa_sigaction = on_kick as extern "C" fn(libc::c_int) as usize;
            libc::sigemptyset(&mut sa.sa_mask);
            libc::sigaction(sig, &sa, std::ptr::null_mut());
        }
        // SAFETY: pthread_self has no preconditions.
        let me = unsafe { libc::pthread_self() };
        let (tx, rx) = mpsc::channel::<()>();
        let fired = Arc::new(AtomicBool::new(false));
        let f = fired.clone();
        let thread = std::thread::Builder::new()
            .name("hvlink-watchdog".into())
            .spawn(move || {
                if let Err(mpsc::RecvTimeoutError::Timeout) = rx.recv_timeout(timeout) {
                    f.store(true, Ordering::Release);
                    // Keep kicking until the vCPU thread notices (it may be between runs).
                    loop {
                        // SAFETY: `me` is the vCPU thread, alive until the watchdog is stopped
                        // or dropped there (its `Drop` runs on that thread, unwinding
                        // included, and waits for this loop to end); the signal's handler
                        // does nothing.
                        unsafe { libc::pthread_kill(me, sig) };
                        match rx.recv_timeout(Duration::from_millis(50)) {
                            Err(mpsc::RecvTimeoutError::Timeout) => {}
                            // Stopped, or its owner gone.
                            _ => break,
                        }
                    }
                }
            })?;
        Ok(Watchdog {
            stop: tx,
            fired,
            thread: Some(thread),
        })
    }

    fn fired(&self) -> bool {
        self.fired.load(Ordering::Acquire)
    }

    fn stop(self) {
        drop(self);
    }
}

impl Drop for Watchdog {
    /// Stops the kicking thread and waits for it: on the vCPU thread, before that thread can
    /// end (a panic unwinding through the run loop included), so that no signal is sent to
    /// a thread that is gone.
    fn drop(&mut self) {
        let _ = self.stop.send(());
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

/// Page tables (identity, 2 MiB pages, user-accessible), GDT with ring-3 segments and a TSS,
/// and the boot information page.
fn write_boot_structures(mem: &GuestMemoryMmap, boot: &[u64]) -> Result<(), GuestMemoryError> {
    let flags = PTE_P | PTE_RW | PTE_US;
    mem.write_obj(PDPT_ENTRY | flags, GuestAddress(abi::PML4_GPA))?;
    mem.write_obj(abi::PD_GPA | flags, GuestAddress(abi::PDPT_GPA))?;
    for i in 0..abi::MEM_SIZE / (2 << 20) {
        mem.write_obj(
            (i << 21) | flags | PTE_PS,
            GuestAddress(abi::PD_GPA + i * 8),
        )?;
    }
    let tss_lo: u64 = TSS_LIMIT
        | ((abi::TSS_GPA & 0xff_ffff) << 16)
        | (0x89 << 40) // present, type 9 (available 64-bit TSS)
        | (((abi::TSS_GPA >> 24) & 0xff) << 56);
    let tss_hi: u64 = abi::TSS_GPA >> 32;
    let gdt: [u64; 7] = [
        0,
        0x00af_9b00_0000_ffff, // kernel code 64
        0x00cf_9300_0000_ffff, // kernel data
        0x00af_fb00_0000_ffff, // user code 64 (DPL 3)
        0x00cf_f300_0000_ffff, // user data (DPL 3)
        tss_lo,
        tss_hi,
    ];
    for (i, d) in gdt.iter().enumerate() {
        mem.write_obj(*d, GuestAddress(abi::GDT_GPA + 8 * i as u64))?;
    }
    // TSS: rsp0 (unused: nothing enters ring 0), and an I/O permission bitmap right after
    // the 0x68-byte TSS allowing ports 0..0x800 (IOPL alone is not honoured by PVM); the
    // byte after the bitmap is all ones, as the architecture requires.
    mem.write_obj(abi::STACK_TOP, GuestAddress(abi::TSS_GPA + 4))?;
    mem.write_obj(0x68u16, GuestAddress(abi::TSS_GPA + 0x66))?;
    mem.write_slice(&[0u8; IO_BITMAP_BYTES], GuestAddress(abi::TSS_GPA + 0x68))?;
    mem.write_obj(
        0xffu8,
        GuestAddress(abi::TSS_GPA + 0x68 + IO_BITMAP_BYTES as u64),
    )?;
    for (i, w) in boot.iter().enumerate() {
        mem.write_obj(*w, GuestAddress(abi::BOOT_GPA + 8 * i as u64))?;
    }
    Ok(())
}

/// Copy the payload's segments into `mem` (zero-filling each past its file bytes); its entry
/// point.
fn load(mem: &GuestMemoryMmap, payload: &[u8]) -> Result<u64, VmError> {
    const ZEROS: [u8; 4096] = [0; 4096];
    let image = elf::parse(payload, abi::LOAD_GPA, abi::LOAD_END).map_err(VmError::Elf)?;
    let write = |addr: u64, data: &[u8]| {
        mem.write_slice(data, GuestAddress(addr))
            .map_err(|e| VmError::Memory("load the payload", e))
    };
    for s in &image.segments {
        write(s.paddr, s.data)?;
        // Within the load area (parse checked paddr + memsz), so no sum here overflows.
        let mut at = s.paddr + s.data.len() as u64;
        let end = s.paddr + s.memsz;
        while at < end {
            let n = (end - at).min(ZEROS.len() as u64);
            write(at, &ZEROS[..n as usize])?;
            at += n;
        }
    }
    Ok(image.entry)
}

const PDPT_ENTRY: u64 = abi::PDPT_GPA;
/// Ports 0..0x800 in the TSS's I/O bitmap.
const IO_BITMAP_BYTES: usize = 0x800 / 8;
/// The TSS limit: the 0x68-byte TSS, the bitmap, and its terminating byte.
const TSS_LIMIT: u64 = 0x68 + IO_BITMAP_BYTES as u64;

fn seg(selector: u16, code: bool) -> kvm_segment {
    kvm_segment {
        base: 0,
        limit: 0xffff_ffff,
        selector,
        type_: if code { 11 } else { 3 },
        present: 1,
        dpl: (selector & 3) as u8,
        db: u8::from(!code),
        s: 1,
        l: u8::from(code),
        g: 1,
        avl: 0,
        unusable: 0,
        padding: 0,
    }
}

/// 64-bit mode, paging on, ring 3 with IOPL 3; SSE enabled (the precompiled `core` uses it).
fn setup_long_mode(vcpu: &VcpuFd, entry: u64) -> Result<(), VmError> {
    // Registers first: PVM may drop IOPL from rflags set while the vCPU is already in
    // user mode.
    let regs = kvm_regs {
        rip: entry,
        // As after a call: rsp + 8 is 16-byte aligned at the entry function's first insn.
        rsp: abi::STACK_TOP - 8,
        rflags: 2 | RFLAGS_IOPL3,
        ..Default::default()
    };
    vcpu.set_regs(&regs).map_err(kvm_err("set_regs"))?;
    let mut s = vcpu.get_sregs().map_err(kvm_err("get_sregs"))?;
    s.cs = seg(SEL_CODE3, true);
    let data = seg(SEL_DATA3, false);
    s.ds = data;
    s.es = data;
    s.fs = data;
    s.gs = data;
    s.ss = data;
    s.tr = kvm_segment {
        base: abi::TSS_GPA,
        limit: TSS_LIMIT as u32,
        selector: SEL_TSS,
        type_: 11, // busy 64-bit TSS
        present: 1,
        dpl: 0,
        db: 0,
        s: 0,
        l: 0,
        g: 0,
        avl: 0,
        unusable: 0,
        padding: 0,
    };
    s.gdt.base = abi::GDT_GPA;
    s.gdt.limit = 7 * 8 - 1;
    s.idt.base = 0;
    s.idt.limit = 0;
    s.cr3 = abi::PML4_GPA;
    s.cr4 = CR4_PAE | CR4_OSFXSR | CR4_OSXMMEXCPT;
    s.cr0 = CR0_PE | CR0_MP | CR0_ET | CR0_NE | CR0_WP | CR0_PG;
    s.efer = EFER_LME | EFER_LMA;
    vcpu.set_sregs(&s).map_err(kvm_err("set_sregs"))?;
    let fpu = kvm_fpu {
        fcw: 0x37f,
        mxcsr: 0x1f80,
        ..Default::default()
    };
    vcpu.set_fpu(&fpu).map_err(kvm_err("set_fpu"))?;
    Ok(())
}

/// Append `bytes` to `out` as text (each invalid sequence a U+FFFD), adding at most `room`
/// bytes of text and stopping at the first character that does not fit: how many of
/// `bytes` went in.
fn push_lossy_within(out: &mut String, bytes: &[u8], room: usize) -> usize {
    let (mut room, mut used) = (room, 0);
    for chunk in bytes.utf8_chunks() {
        let valid = chunk.valid();
        if valid.len() <= room {
            out.push_str(valid);
            room -= valid.len();
            used += valid.len();
        } else {
            for c in valid.chars() {
                if c.len_utf8() > room {
                    return used;
                }
                out.push(c);
                room -= c.len_utf8();
                used += c.len_utf8();
            }
        }
        let bad = chunk.invalid();
        if !bad.is_empty() {
            let c = char::REPLACEMENT_CHARACTER;
            if c.len_utf8() > room {
                return used;
            }
            out.push(c);
            room -= c.len_utf8();
            used += bad.len();
        }
    }
    used
}

#[cfg(test)]
mod tests {
    use super::push_lossy_within;
    use proptest::prelude::*;

    #[test]
    fn console_text_is_cut_at_a_character_and_counted_in_guest_bytes() {
        let mut out = String::new();
        // "a", an invalid byte, "b", "é" (two bytes): 1 + 3 + 1 + 2 bytes of text.
        let bytes = b"a\xffb\xc3\xa9";
        assert_eq!(push_lossy_within(&mut out, bytes, 5), 3);
        assert_eq!(out, "a\u{fffd}b");
        out.clear();
        // Room for "a" and half of the U+FFFD: the replacement is not cut.
        assert_eq!(push_lossy_within(&mut out, bytes, 2), 1);
        assert_eq!(out, "a");
        out.clear();
        // Four invalid bytes are four replacements, four guest bytes.
        assert_eq!(push_lossy_within(&mut out, &[0xff; 4], 100), 4);
        assert_eq!(out.chars().count(), 4);
    }

    proptest! {
        /// What is kept is the lossy text of the guest bytes counted as used, within the
        /// room, and the next piece would not have fitted.
        #[test]
        fn kept_text_is_the_lossy_text_of_the_bytes_used(
            bytes in proptest::collection::vec(any::<u8>(), 0..64),
            room in 0usize..200,
        ) {
            let mut out = String::new();
            let used = push_lossy_within(&mut out, &bytes, room);
            prop_assert!(used <= bytes.len());
            prop_assert!(out.len() <= room);
            prop_assert_eq!(&out, &String::from_utf8_lossy(&bytes[..used]));
            if used < bytes.len() {
                let whole = String::from_utf8_lossy(&bytes);
                let next = whole[out.len()..].chars().next().unwrap();
                prop_assert!(out.len() + next.len_utf8() > room);
            }
        }
    }
}
