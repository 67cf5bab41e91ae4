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
pub use vm::{available, Event, ExitCounts, Outcome, RunResult, Vm, VmConfig, VmError, VmShared};
