//! The contract between the VMM and the bare-metal payload (`examples/kvm-guest`): guest
//! memory layout, I/O ports, the boot-information page and the report codes.
//!
//! This file is compiled into both: the host as `hvlink_host::kvm::abi`, and the `no_std`
//! payload through `#[path]`. It must stay plain constants (no `std`, no dependencies).
#![allow(dead_code)]

/// Guest memory size (from guest-physical 0).
pub const MEM_SIZE: u64 = 32 << 20;

/// Boot page tables: PML4, PDPT, PD (2 MiB pages, user, identity).
pub const PML4_GPA: u64 = 0x1000;
/// Page-directory-pointer table.
pub const PDPT_GPA: u64 = 0x2000;
/// Page directory.
pub const PD_GPA: u64 = 0x3000;
/// Global descriptor table.
pub const GDT_GPA: u64 = 0x4000;
/// Task state segment.
pub const TSS_GPA: u64 = 0x5000;
/// Boot information written by the VMM before the vCPU starts: an array of u64 indexed by
/// the `BOOT_*` constants.
pub const BOOT_GPA: u64 = 0x6000;
/// Where the payload is linked and loaded (its linker script says the same).
pub const LOAD_GPA: u64 = 0x10_0000;
/// Highest address the payload image may reach.
pub const LOAD_END: u64 = 0x70_0000;
/// Initial stack pointer (grows down towards the image).
pub const STACK_TOP: u64 = 0x80_0000;
/// The guest's queues (each `QUEUE_SPAN` bytes).
pub const QUEUE_GPA: u64 = 0x100_0000;
/// Bytes reserved per queue.
pub const QUEUE_SPAN: u64 = 0x40_0000;
/// Guest-physical addresses that grant mappings are placed at (`host-addr`).
pub const MAP_GPA: u64 = 0x80_0000;

/// Port the ring doorbell writes (bound to an ioeventfd: completed by the kernel).
pub const PORT_DOORBELL: u16 = 0x600;
/// FastABI trap: the VMM reads rax/rdi/rsi/r8–r12, serves the call, writes them back.
pub const PORT_FASTABI: u16 = 0x610;
/// Console: rsi = guest address of UTF-8 text, rdi = its length.
pub const PORT_CONSOLE: u16 = 0x620;
/// Report: rdi = code (`REP_*`), rsi, r8, r9, r10 = values. The VMM timestamps it.
pub const PORT_REPORT: u16 = 0x630;
/// Done: eax = exit code (0 = every check passed).
pub const PORT_DONE: u16 = 0x640;

/// Boot info word: the VM's domain id.
pub const BOOT_DOMAIN: usize = 0;
/// Boot info word: the domain that granted refs to the VM.
pub const BOOT_OWNER: usize = 1;
/// Boot info word: first granted ref.
pub const BOOT_FIRST_REF: usize = 2;
/// Boot info word: number of granted refs (≥ the largest batch).
pub const BOOT_REFS: usize = 3;
/// Boot info word: an unbound port of the owner that accepts the VM.
pub const BOOT_REMOTE_PORT: usize = 4;
/// Boot info word: what to run (`MODE_*`).
pub const BOOT_MODE: usize = 5;
/// Boot info word: map+unmap pairs per measured phase.
pub const BOOT_OPS: usize = 6;
/// Boot info word: queue ring size in bytes (each of request and reply).
pub const BOOT_RING: usize = 7;
/// Boot info word: batch sizes to measure, as a bit mask of powers of two (bit k = 2^k).
pub const BOOT_BATCHES: usize = 8;
/// Number of boot info words.
pub const BOOT_WORDS: usize = 9;

/// Mode: the functional run (queue, grants, single ops, event channels) then benchmarks.
pub const MODE_DEMO: u64 = 0;
/// Mode: the hostile run (garbage registers, garbage messages, a corrupted ring).
pub const MODE_HOSTILE: u64 = 1;

/// Report: a phase starts; rsi = phase id (`PHASE_*`), r8 = batch size, r9 = ops.
pub const REP_BEGIN: u64 = 1;
/// Report: the phase ends; rsi = phase id, r8 = batch size, r9 = ops, r10 = doorbells rung.
pub const REP_END: u64 = 2;
/// Report: a grant was mapped; rsi = ref, r8 = handle, r9 = host address.
pub const REP_MAPPED: u64 = 3;
/// Report: checkpoint; the VMM runs its checkpoint hook (the test compares host state).
/// rsi = checkpoint id (`CHECK_*`).
pub const REP_CHECK: u64 = 4;
/// Report: an event channel port; rsi = local port, r8 = remote domain, r9 = remote port.
pub const REP_PORT: u64 = 5;
/// Report: a status the guest expected and got; rsi = what (`WHAT_*`), r8 = status (as
/// i64), r9 = expected.
pub const REP_STATUS: u64 = 6;
/// Report: a queue; rsi = queue id, r8 = guest-physical base, r9 = pages.
pub const REP_QUEUE: u64 = 7;
/// Report: the host's verdict on a queue: rsi = queue id, r8 = status (i32 as i64).
pub const REP_QUEUE_STATUS: u64 = 8;

/// Phase: map+unmap one grant at a time by register call (two exits per pair).
pub const PHASE_REGISTER: u64 = 1;
/// Phase: map+unmap batches on the ring, one request at a time.
pub const PHASE_RING: u64 = 2;
/// Phase: map+unmap batches on the ring, two requests in flight.
pub const PHASE_PIPELINED: u64 = 3;

/// Checkpoint: all of `BOOT_REFS` refs are mapped (after a `REP_MAPPED` each).
pub const CHECK_MAPPED: u64 = 1;
/// Checkpoint: all unmapped again.
pub const CHECK_UNMAPPED: u64 = 2;
/// Checkpoint: event channel notifications were sent (after `REP_PORT`s).
pub const CHECK_EVENTS: u64 = 3;
/// Checkpoint: hostile calls done; the VM goes on with a healthy queue.
pub const CHECK_HOSTILE: u64 = 4;

/// Status check: register call with an unknown family.
pub const WHAT_BAD_FAMILY: u64 = 1;
/// Status check: register call with an unknown op.
pub const WHAT_BAD_OP: u64 = 2;
/// Status check: register call with an out-of-range argument.
pub const WHAT_BAD_ARG: u64 = 3;
/// Status check: garbage message on the ring (ERROR reply status).
pub const WHAT_BAD_MESSAGE: u64 = 4;
/// Status check: a well-formed call after the garbage still works.
pub const WHAT_STILL_WORKS: u64 = 5;
/// Status check: queue setup with a range outside guest memory.
pub const WHAT_BAD_QUEUE: u64 = 6;
/// Status check: map of a ref the VM was not granted.
pub const WHAT_NOT_GRANTED: u64 = 7;
