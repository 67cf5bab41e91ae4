//! # hvlink-kvm — a small KVM VMM
//!
//! Runs a real guest against the host engine (`hvlink-host`) with the reference hypervisor
//! (`hvlink-refhv`) as its backend. The VMM owns the guest's memory and its vCPU: identity
//! (the VM's domain) is the VMM's choice; the guest reaches the host only through its vCPU's
//! exits and the ring in its own memory, which the engine reads through vm-memory (copy once,
//! every index checked), as for any other deployment.
//!
//! [`Vm`] creates a VM with one vCPU in 64-bit **ring 3** (DPL-3 segments, user page tables,
//! IOPL 3 — on PVM, these machines' KVM, ring-0 guest code is emulated and slow, ring-3 code
//! runs natively), loads the bare-metal payload of `examples/kvm-guest` (built by this crate's build
//! script, [`payload::elf`]), and runs it:
//!
//! - the guest's memory is registered with the host as the VM's domain memory
//!   ([`hvlink_host::Host::set_memory`]), so `control.queue_setup` attaches a queue in it
//!   exactly as for an in-process guest;
//! - the ring doorbell port is bound to an ioeventfd on the host's kick eventfd: the kernel
//!   completes the port write and wakes [`hvlink_host::serve::run`], which runs on its own thread
//!   while the vCPU keeps running;
//! - the FastABI trap port is served here: the vCPU's registers (KVM sync regs where the
//!   kernel has them) go through [`hvlink_host::Shared::register_call`] and back;
//! - console, report and done ports carry the payload's output ([`abi`]).
//!
//! [`run_demo`] is the whole demo (domains, grants, boot, measurements) as a library call;
//! `cargo run -p hvlink-kvm --release --example kvm_demo` prints its [`Report`].
//!
//! # Trust
//!
//! The guest is hostile (DESIGN.md, "Trust model"). The VMM owns the guest's memory (one
//! anonymous mapping, given to KVM and to the host as the VM's domain memory), its vCPU and its
//! identity ([`VmConfig::domain`]); the guest reaches the VMM only through its vCPU's exits and
//! the ring in its own memory. What a guest can at worst do:
//!
//! - **Name addresses.** Every guest address the VMM follows (console text; the ring, which
//!   the engine copies once before it looks at it) goes through checked vm-memory accesses: a
//!   bad one reads as nothing, never outside the mapping. The guest can overwrite its own page
//!   tables, GDT, TSS and boot page (they live in its memory) and so fault itself: a triple
//!   fault ends its run ([`Stop::TripleFault`]).
//! - **Trap with any registers.** The engine validates FastABI calls; a blocking op holds the
//!   vCPU for at most a second per trap and then answers `EAGAIN`.
//! - **Use ports oddly.** Any size, any port: reads return all ones, unknown ports (and the
//!   doorbell's neighbours) are only counted, the done port takes 1, 2 or 4 bytes. A doorbell
//!   needs no exit (the ioeventfd completes it in the kernel); ringing it for nothing costs
//!   the host's server a turn each: CPU time, no memory.
//! - **Exit for ever.** The run's timeout stops a guest that spins or exits without end
//!   ([`Stop::TimedOut`]): the watchdog's signal interrupts `KVM_RUN`, and the loop also looks
//!   at the watchdog on every exit, so where the signal lands does not matter.
//! - **Write without end.** A run keeps at most [`MAX_CONSOLE`] bytes of console text and
//!   [`MAX_EVENTS`] reports (the rest is counted, in the guest's bytes, not stored; the demo's checks see only the
//!   kept reports); nothing else grows with the number of exits.
//! - **Be a bad image.** The payload ELF is checked before anything is copied ([`ElfError`]):
//!   every offset inside the file, every segment and the entry point inside the load area; no
//!   input panics.
//!
//! So a guest at worst burns its own vCPU time up to its timeout, gets errors, and fails its
//! own run ([`Outcome::Failed`]); the VMM process keeps running.

#![deny(unsafe_code)]
#![warn(missing_docs)]

pub mod abi;
mod demo;
mod elf;
pub mod payload;
mod vm;

pub use demo::{
    boot_words, demo_host, run_demo, Check, DemoOpts, Phase, Report, DOM0, OWNER, REFS, VM_DOMAIN,
};
pub use elf::ElfError;
pub use payload::PayloadError;
pub use vm::{
    available, Event, ExitCounts, Failure, GuestState, Outcome, RunResult, Stop, Vm, VmConfig,
    VmError, VmShared, MAX_CONSOLE, MAX_EVENTS,
};
