//! FastABI register calls through a port-I/O trap.
//!
//! The trap instruction is a pluggable detail: Xen takes `vmcall`/`vmmcall`, a KVM VMM (whose
//! kernel forwards only port and MMIO exits to userspace) takes an `out` to a port it
//! watches. The registers are the FastABI's either way: rax = family | FastABI bit, rdi = op,
//! rsi and r8–r12 the arguments; the host writes the status to rax and the mapped reply
//! registers, and leaves the others as they were. rdx carries the port number (not part of
//! the ABI).

pub use hvlink_codec::ring::Doorbell;

/// The FastABI registers (the same layout as `hvlink_proto::rt::Regs`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Regs {
    /// Family | FastABI bit (in), status (out).
    pub rax: u64,
    /// Op id.
    pub rdi: u64,
    /// Argument register.
    pub rsi: u64,
    /// Argument register.
    pub r8: u64,
    /// Argument register.
    pub r9: u64,
    /// Argument register.
    pub r10: u64,
    /// Argument register.
    pub r11: u64,
    /// Argument register.
    pub r12: u64,
}

/// Make a register call by writing eax to I/O port `port`; the VMM handles the exit, reads
/// and writes the registers, and resumes the guest after the `out`.
///
/// # Safety
/// The caller must be allowed to use `port` (ring 0, or IOPL / the I/O bitmap permits it),
/// and `port` must be the hypervisor's FastABI trap port: a write to any other port is a
/// device access.
#[cfg(target_arch = "x86_64")]
#[inline]
pub unsafe fn port_call(port: u16, regs: &mut Regs) {
    // SAFETY: per this function's contract the port is the trap; `out` touches no memory.
    // Every register the VMM may change is an in/out operand, so nothing is clobbered behind
    // the compiler's back.
    unsafe {
        core::arch::asm!(
            "out dx, eax",
            in("dx") port,
            inout("rax") regs.rax,
            inout("rdi") regs.rdi,
            inout("rsi") regs.rsi,
            inout("r8") regs.r8,
            inout("r9") regs.r9,
            inout("r10") regs.r10,
            inout("r11") regs.r11,
            inout("r12") regs.r12,
            options(nostack, preserves_flags)
        );
    }
}
