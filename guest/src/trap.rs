//! FastABI register calls: the trap instructions and how to pick one.
//!
//! The registers are the FastABI's whatever the trap: rax = family | FastABI bit, rdi = op,
//! rsi and r8–r12 the arguments; the hypervisor writes the status to rax and the mapped reply
//! registers, and leaves every other register as it was ("no implicit clobbering"). The trap
//! instruction is a pluggable detail:
//!
//! - `vmcall` (Intel) / `vmmcall` (AMD) — Xen's native hypercall instructions, which the
//!   FastABI RFC uses when `XEN_HVM_CPUID_FASTABI` is advertised;
//! - an `out` to an I/O port — what a KVM VMM in userspace can see (its kernel forwards only
//!   port and MMIO exits); the port number rides in rdx, outside the ABI.
//!
//! [`detect`] reads CPUID (through the `x86` crate): the vendor (which instruction), whether a
//! hypervisor is present, its signature leaves, the FastABI bit of Xen's HVM feature leaf, and
//! Xen's hypercall-page MSR; [`install_hypercall_page`] writes that MSR (`x86::msr`). What
//! `x86` lacks stays our own `asm!`: `vmcall`, `vmmcall`, and the port trap (an `out` whose
//! exit hands all eight FastABI registers to the VMM, which `x86::io::outl` cannot declare).
// A trap is inline assembly that hands the registers to the hypervisor: unsafe by nature,
// each block says why it is sound.
#![allow(unsafe_code)]

pub use hvlink_codec::ring::Doorbell;
pub use hvlink_proto::rt::Regs;

/// How a register call traps into the hypervisor.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Trap {
    /// Intel's `vmcall`.
    Vmcall,
    /// AMD's `vmmcall`.
    Vmmcall,
    /// An `out` of eax to this I/O port.
    Port(u16),
}

/// Make a register call with `trap`.
///
/// # Safety
/// The instruction must be valid here: `vmcall`/`vmmcall` only under a hypervisor that
/// handles them (elsewhere they fault), and at the privilege level it accepts them from; a
/// port only if the caller may use it (ring 0, IOPL or the I/O bitmap) and it is the
/// hypervisor's trap port — a write to any other port is a device access.
#[cfg(target_arch = "x86_64")]
#[inline]
pub unsafe fn call(trap: Trap, regs: &mut Regs) {
    // SAFETY: forwarded contract.
    unsafe {
        match trap {
            Trap::Vmcall => vmcall(regs),
            Trap::Vmmcall => vmmcall(regs),
            Trap::Port(p) => port_call(p, regs),
        }
    }
}

/// A trap instruction with every FastABI register as an in/out operand, so nothing the
/// hypervisor writes changes behind the compiler's back; it touches no memory of ours.
macro_rules! trap_asm {
    ($regs:expr, $insn:literal $(, $operand:tt($reg:tt) $val:expr)* ; $($opt:ident),*) => {
        core::arch::asm!(
            $insn,
            $($operand($reg) $val,)*
            inout("rax") $regs.rax,
            inout("rdi") $regs.rdi,
            inout("rsi") $regs.rsi,
            inout("r8") $regs.r8,
            inout("r9") $regs.r9,
            inout("r10") $regs.r10,
            inout("r11") $regs.r11,
            inout("r12") $regs.r12,
            options($($opt),*)
        )
    };
}

/// `vmcall` with the FastABI registers.
///
/// # Safety
/// As [`call`] with [`Trap::Vmcall`].
#[cfg(target_arch = "x86_64")]
#[inline]
pub unsafe fn vmcall(regs: &mut Regs) {
    // SAFETY: per the contract the hypervisor handles the instruction; the registers are
    // declared in full (see `trap_asm`).
    unsafe { trap_asm!(regs, "vmcall"; nostack) }
}

/// `vmmcall` with the FastABI registers.
///
/// # Safety
/// As [`call`] with [`Trap::Vmmcall`].
#[cfg(target_arch = "x86_64")]
#[inline]
pub unsafe fn vmmcall(regs: &mut Regs) {
    // SAFETY: as in `vmcall`.
    unsafe { trap_asm!(regs, "vmmcall"; nostack) }
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
    // The port's register and the flags too: the VMM resumes the guest with whatever it
    // wrote, and is not trusted to leave them.
    let mut dx = port;
    // SAFETY: per this function's contract the port is the trap; `out` touches no memory, and
    // the registers the VMM may change are declared in full (see `trap_asm`).
    unsafe { trap_asm!(regs, "out dx, eax", inout("dx") dx; nostack) }
    let _ = dx;
}

/// What CPUID says about the machine we run on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Detected {
    /// The CPU vendor string (leaf 0).
    pub vendor: [u8; 12],
    /// CPUID.1:ECX bit 31 — a hypervisor is present.
    pub hypervisor: bool,
    /// The hypervisor's signature (leaf 0x4000_0000 + base: ebx, ecx, edx), if present.
    pub signature: Option<[u8; 12]>,
    /// The base of the hypervisor leaves (Xen may sit at 0x4000_0100 behind Viridian).
    pub base: u32,
    /// Xen's HVM feature leaf advertises the FastABI (`XEN_HVM_CPUID_FASTABI`).
    pub fastabi: bool,
    /// The native hypercall instruction for this vendor.
    pub native: Trap,
    /// Xen's hypercall page (leaf base + 2), if Xen is there.
    pub hypercall_page: Option<HypercallPage>,
}

/// Xen's hypercall transfer pages, as its CPUID leaf base + 2 describes them: how many, and
/// the MSR that installs them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct HypercallPage {
    /// Number of hypercall transfer pages (eax).
    pub pages: u32,
    /// The MSR to write each page's guest-physical address to (ebx).
    pub msr: u32,
}

/// The most hypercall transfer pages [`detect_with`] reports, whatever CPUID says: Xen
/// advertises one (every hypercall's stub fits in it; Linux installs only that one).
pub const MAX_HYPERCALL_PAGES: u32 = 1;

/// Xen's HVM feature bit for the FastABI (leaf base + 4, eax).
pub const XEN_HVM_CPUID_FASTABI: u32 = 1 << 7;

/// Xen's CPUID signature.
pub const XEN_SIGNATURE: &[u8; 12] = b"XenVMMXenVMM";

/// A raw CPUID leaf: (eax, ebx, ecx, edx).
pub type Leaf = (u32, u32, u32, u32);

/// Interpret CPUID leaves given by `cpuid(leaf)` (the real instruction in [`detect`]; a
/// table in tests).
pub fn detect_with(cpuid: impl Fn(u32) -> Leaf) -> Detected {
    let le = |a: u32, b: u32, c: u32| {
        let mut s = [0u8; 12];
        s[..4].copy_from_slice(&a.to_le_bytes());
        s[4..8].copy_from_slice(&b.to_le_bytes());
        s[8..].copy_from_slice(&c.to_le_bytes());
        s
    };
    let (_, b, c, d) = cpuid(0);
    let vendor = le(b, d, c);
    let native = if &vendor == b"AuthenticAMD" || &vendor == b"HygonGenuine" {
        Trap::Vmmcall
    } else {
        Trap::Vmcall
    };
    let hypervisor = cpuid(1).2 & (1 << 31) != 0;
    let mut out = Detected {
        vendor,
        hypervisor,
        signature: None,
        base: 0x4000_0000,
        fastabi: false,
        native,
        hypercall_page: None,
    };
    if !hypervisor {
        return out;
    }
    // Xen's leaves may be found at 0x4000_0000 or, behind Viridian, 0x4000_0100 (and so on,
    // in steps of 0x100).
    for base in (0x4000_0000u32..0x4001_0000).step_by(0x100) {
        let (max, b, c, d) = cpuid(base);
        let sig = le(b, c, d);
        if &sig == XEN_SIGNATURE {
            out.signature = Some(sig);
            out.base = base;
            if max >= base + 2 {
                let (pages, msr, _, _) = cpuid(base + 2);
                // The count is the host's word: a guest that sized its allocation by it
                // would let the host choose how much of its memory gets overwritten.
                let pages = pages.min(MAX_HYPERCALL_PAGES);
                out.hypercall_page = (pages > 0).then_some(HypercallPage { pages, msr });
            }
            if max >= base + 4 {
                out.fastabi = cpuid(base + 4).0 & XEN_HVM_CPUID_FASTABI != 0;
            }
            return out;
        }
        if base == 0x4000_0000 && sig != [0; 12] {
            out.signature = Some(sig);
        }
    }
    out
}

/// Read the machine's CPUID (see [`detect_with`]), with the `x86` crate's `cpuid`.
#[cfg(target_arch = "x86_64")]
pub fn detect() -> Detected {
    detect_with(|leaf| {
        let r = x86::cpuid::native_cpuid::cpuid_count(leaf, 0);
        (r.eax, r.ebx, r.ecx, r.edx)
    })
}

/// Install Xen's hypercall pages at guest-physical `gpa` (`page.pages` consecutive pages),
/// as Xen's CPUID leaf base + 2 says: page `i`'s address, or-ed with `i`, written to
/// `page.msr` (with `x86::msr::wrmsr`). Xen then fills them with its hypercall stubs.
///
/// # Safety
/// Runs at CPL 0 under Xen only (`wrmsr` faults elsewhere); `page` comes from [`detect`] on
/// this machine; `gpa` is page-aligned, and the pages are the guest's own, unused by
/// anything else (the hypervisor overwrites them).
#[cfg(target_arch = "x86_64")]
pub unsafe fn install_hypercall_page(page: HypercallPage, gpa: u64) {
    // (At most MAX_HYPERCALL_PAGES, and the page index fits the address's low 12 bits.)
    for i in 0..u64::from(page.pages.min(MAX_HYPERCALL_PAGES)) {
        let Some(at) = gpa.checked_add(i << 12) else {
            return;
        };
        // SAFETY: forwarded contract: Xen owns this MSR and writes only the pages given.
        unsafe { x86::msr::wrmsr(page.msr, at | i) };
    }
}

impl Detected {
    /// The trap to use for register calls: the native instruction when Xen advertises the
    /// FastABI; `None` otherwise (use the ring, or a VMM's port trap if it says so).
    pub fn fastabi_trap(&self) -> Option<Trap> {
        self.fastabi.then_some(self.native)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(s: &[u8; 12]) -> (u32, u32, u32) {
        let w = |i: usize| u32::from_le_bytes([s[i], s[i + 1], s[i + 2], s[i + 3]]);
        (w(0), w(4), w(8))
    }

    fn machine(vendor: &[u8; 12], hv: Option<(u32, &[u8; 12], u32)>) -> impl Fn(u32) -> Leaf {
        let v = words(vendor);
        let hv = hv.map(|(base, sig, feat)| (base, words(sig), feat));
        move |leaf| match (leaf, hv) {
            (0, _) => (0xd, v.0, v.2, v.1),
            (1, h) => (0, 0, if h.is_some() { 1 << 31 } else { 0 }, 0),
            (l, Some((base, s, _))) if l == base => (base + 5, s.0, s.1, s.2),
            (l, Some((base, _, _))) if l == base + 2 => (1, 0x4000_0000, 0, 0),
            (l, Some((base, _, feat))) if l == base + 4 => (feat, 0, 0, 0),
            _ => (0, 0, 0, 0),
        }
    }

    #[test]
    fn bare_metal_intel() {
        let d = detect_with(machine(b"GenuineIntel", None));
        assert!(!d.hypervisor);
        assert_eq!(d.native, Trap::Vmcall);
        assert_eq!(d.fastabi_trap(), None);
    }

    #[test]
    fn xen_with_fastabi_on_amd() {
        let d = detect_with(machine(
            b"AuthenticAMD",
            Some((0x4000_0000, XEN_SIGNATURE, XEN_HVM_CPUID_FASTABI)),
        ));
        assert!(d.hypervisor && d.fastabi);
        assert_eq!(d.signature.as_ref(), Some(XEN_SIGNATURE));
        assert_eq!(
            d.hypercall_page,
            Some(HypercallPage {
                pages: 1,
                msr: 0x4000_0000
            })
        );
        assert_eq!(d.fastabi_trap(), Some(Trap::Vmmcall));
    }

    #[test]
    fn xen_behind_viridian_without_fastabi() {
        let d = detect_with(machine(
            b"GenuineIntel",
            Some((0x4000_0100, XEN_SIGNATURE, 1 << 6)),
        ));
        assert_eq!(d.base, 0x4000_0100);
        assert!(!d.fastabi);
        assert_eq!(d.fastabi_trap(), None);
    }

    #[test]
    fn a_hosts_page_count_is_capped() {
        let xen = machine(b"AuthenticAMD", Some((0x4000_0000, XEN_SIGNATURE, 0)));
        let d = detect_with(|leaf| match leaf {
            0x4000_0002 => (u32::MAX, 0x4000_0000, 0, 0),
            l => xen(l),
        });
        assert_eq!(
            d.hypercall_page,
            Some(HypercallPage {
                pages: MAX_HYPERCALL_PAGES,
                msr: 0x4000_0000
            })
        );
    }

    #[test]
    fn kvm_is_not_xen() {
        let d = detect_with(machine(
            b"GenuineIntel",
            Some((0x4000_0000, b"KVMKVMKVM\0\0\0", 0)),
        ));
        assert_eq!(d.signature.as_ref(), Some(b"KVMKVMKVM\0\0\0"));
        assert!(!d.fastabi);
        assert_eq!(
            d.hypercall_page, None,
            "only Xen's leaves describe the page"
        );
    }

    #[cfg(target_arch = "x86_64")]
    #[test]
    fn this_machine() {
        // Whatever it is, detection must not fault and must be self-consistent.
        let d = detect();
        assert!(d.fastabi_trap().is_none() || d.hypervisor);
    }
}
