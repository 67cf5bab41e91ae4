//! CPUID detection in C (`hvlink_detect_with` of `hvlink_fastabi.h`) says what the Rust
//! `hvlink_guest::trap::detect_with` says, on the same machines: bare metal, KVM, Xen at
//! the base leaf or behind Viridian, with and without the FastABI bit, Intel and AMD.
#![allow(unsafe_code)] // the FFI call

use hvlink_clib::ffi::{self, CDetected};
use hvlink_clib::fuzzing::Rng;
use hvlink_guest::trap::{detect_with, Trap, XEN_HVM_CPUID_FASTABI, XEN_SIGNATURE};

fn words(s: &[u8; 12]) -> [u32; 3] {
    let w = |i: usize| u32::from_le_bytes([s[i], s[i + 1], s[i + 2], s[i + 3]]);
    [w(0), w(4), w(8)]
}

fn c_detect(rows: &[[u32; 5]]) -> CDetected {
    let mut d = CDetected::default();
    // SAFETY: `rows` is `rows.len()` rows of 5 words; the C writes `d` only.
    unsafe { ffi::hvlink_cdetect(rows.as_ptr().cast(), rows.len(), &mut d) };
    d
}

#[test]
fn c_and_rust_detect_the_same() {
    let vendors: [&[u8; 12]; 3] = [b"GenuineIntel", b"AuthenticAMD", b"HygonGenuine"];
    let sigs: [&[u8; 12]; 3] = [XEN_SIGNATURE, b"KVMKVMKVM\0\0\0", b"Microsoft Hv"];
    let mut rng = Rng::new(3);
    for _ in 0..20_000 {
        let mut rows: Vec<[u32; 5]> = Vec::new();
        let v = words(vendors[rng.below(3) as usize]);
        rows.push([0, 0xd, v[0], v[2], v[1]]);
        let hv = rng.pct(80);
        rows.push([1, 0, 0, if hv { 1 << 31 } else { 0 }, 0]);
        for _ in 0..rng.below(3) {
            let base = 0x4000_0000 + 0x100 * rng.below(4) as u32;
            let s = words(sigs[rng.below(3) as usize]);
            let max = base + rng.below(6) as u32;
            rows.push([base, max, s[0], s[1], s[2]]);
            let feat = if rng.pct(50) {
                XEN_HVM_CPUID_FASTABI
            } else {
                rng.next_u64() as u32 & !XEN_HVM_CPUID_FASTABI
            };
            rows.push([base + 4, feat, 0, 0, 0]);
        }
        let lookup = |leaf: u32| {
            rows.iter()
                .find(|r| r[0] == leaf)
                .map_or((0, 0, 0, 0), |r| (r[1], r[2], r[3], r[4]))
        };
        let r = detect_with(lookup);
        let c = c_detect(&rows);
        assert_eq!(c.vendor, r.vendor, "{rows:x?}");
        assert_eq!(c.hypervisor, r.hypervisor, "{rows:x?}");
        assert_eq!(c.has_signature, r.signature.is_some(), "{rows:x?}");
        assert_eq!(c.signature, r.signature.unwrap_or([0; 12]), "{rows:x?}");
        assert_eq!(c.base, r.base, "{rows:x?}");
        assert_eq!(c.fastabi, r.fastabi, "{rows:x?}");
        let native = match r.native {
            Trap::Vmcall => 1,
            Trap::Vmmcall => 2,
            Trap::Port(_) => 3,
        };
        assert_eq!(c.native, native, "{rows:x?}");
    }
}
