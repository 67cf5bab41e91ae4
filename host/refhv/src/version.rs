//! Version family (`XENVER_*`): what hypervisor a guest runs on.
//!
//! The reference hypervisor presents itself as Xen 4.19.0 running HVM guests on x86-64. The
//! changeset string says what it really is ("hvlink reference hypervisor"); the build id is
//! a stable hash of that string, so it changes with the crate version and nothing else.
//!
//! Xen behaviour kept (`do_xen_version` in `xen/common/kernel.c`, the XSM default policy in
//! `xen/include/xsm/dummy.h`): version, get_features, extraversion, capabilities, changeset,
//! pagesize and guest_handle are open to every domain; build_id is for the control domain
//! only (`EPERM`). Only feature submap 0 exists (`EINVAL` for others); it holds the bits Xen
//! reports to a translated (HVM/PVH) guest, plus `dom0` for the control domain. The domain
//! handle is what the toolstack set with [`Hypervisor::set_domain_handle`], or a stable
//! UUID derived from the domain id when it set none.

use hvlink_proto::rt::Ctx;
use hvlink_proto::version::{
    Backend, BuildIdReply, CapabilitiesReply, ChangesetReply, ExtraversionReply, FeaturesReply,
    FeaturesReq, GuestHandleReply, PagesizeReply, VersionReply, XenFeatures,
};
use hvlink_proto::Errno;

use super::{DomId, Hypervisor};

/// Xen major version presented.
pub const XEN_MAJOR: u16 = 4;
/// Xen minor version presented.
pub const XEN_MINOR: u16 = 19;
/// Version suffix (`XENVER_extraversion`).
pub const EXTRAVERSION: &str = ".0";
/// Guest types the hypervisor runs (`XENVER_capabilities`).
pub const CAPABILITIES: &str = "xen-3.0-x86_64 hvm-3.0-x86_64";
/// Source revision (`XENVER_changeset`).
pub const CHANGESET: &str = concat!(
    "hvlink reference hypervisor (hvlink-host ",
    env!("CARGO_PKG_VERSION"),
    ")"
);
/// Page size (`XENVER_pagesize`).
pub const PAGE_SIZE: u32 = 4096;

/// Feature submap 0 for every (HVM) guest: translated physmap with writable page tables,
/// event upcalls on a vector, a safe PV clock, vNUMA-aware memory ops, frames not mapped
/// 1:1, and the physical-address runstate and time areas.
pub const FEATURES_HVM: XenFeatures = XenFeatures(
    XenFeatures::WRITABLE_PAGE_TABLES.0
        | XenFeatures::AUTO_TRANSLATED_PHYSMAP.0
        | XenFeatures::HVM_CALLBACK_VECTOR.0
        | XenFeatures::HVM_SAFE_PVCLOCK.0
        | XenFeatures::MEMORY_OP_VNODE_SUPPORTED.0
        | XenFeatures::NOT_DIRECT_MAPPED.0
        | XenFeatures::RUNSTATE_PHYS_AREA.0
        | XenFeatures::VCPU_TIME_PHYS_AREA.0,
);

/// The build id: 20 bytes (the size of a GNU build id) of FNV-1a over [`CHANGESET`].
pub static BUILD_ID: [u8; 20] = build_id();

const fn fnv1a(seed: u64, bytes: &[u8]) -> u64 {
    let mut h = 0xcbf2_9ce4_8422_2325 ^ seed;
    let mut i = 0;
    while i < bytes.len() {
        h ^= bytes[i] as u64;
        h = h.wrapping_mul(0x0100_0000_01b3);
        i += 1;
    }
    h
}

const fn build_id() -> [u8; 20] {
    let mut out = [0u8; 20];
    let mut i = 0;
    while i < out.len() {
        let h = fnv1a((i / 8) as u64, CHANGESET.as_bytes());
        out[i] = (h >> ((i % 8) * 8)) as u8;
        i += 1;
    }
    out
}

/// The handle a toolstack that set none would see: an RFC 9562 version-8 UUID spelling
/// "hvlink" and the domain id.
pub(crate) fn derived_handle(dom: DomId) -> [u8; 16] {
    let [hi, lo] = dom.to_be_bytes();
    [
        b'h', b'v', b'l', b'i', b'n', b'k', 0x80, 0x00, 0x80, 0, 0, 0, 0, 0, hi, lo,
    ]
}

// The family's answers, one function each, for both ways it is served: under the host lock
// (`impl Backend for Hypervisor`) and without it (`crate::unlocked`).

pub(crate) fn version() -> VersionReply {
    VersionReply {
        major: XEN_MAJOR,
        minor: XEN_MINOR,
    }
}

pub(crate) fn extraversion() -> ExtraversionReply<'static> {
    ExtraversionReply {
        extraversion: EXTRAVERSION,
    }
}

pub(crate) fn capabilities() -> CapabilitiesReply<'static> {
    CapabilitiesReply {
        capabilities: CAPABILITIES,
    }
}

pub(crate) fn changeset() -> ChangesetReply<'static> {
    ChangesetReply {
        changeset: CHANGESET,
    }
}

pub(crate) fn pagesize() -> PagesizeReply {
    PagesizeReply {
        page_size: PAGE_SIZE,
    }
}

/// Feature submap `req.submap_idx` for a domain, the control domain or not.
pub(crate) fn features(privileged: bool, req: &FeaturesReq) -> Result<FeaturesReply, Errno> {
    if req.submap_idx != 0 {
        return Err(Errno::EINVAL);
    }
    let dom0 = if privileged { XenFeatures::DOM0.0 } else { 0 };
    Ok(FeaturesReply {
        submap: XenFeatures(FEATURES_HVM.0 | dom0),
    })
}

/// The build id, for the control domain only.
pub(crate) fn build_id_for(privileged: bool) -> Result<BuildIdReply<'static>, Errno> {
    if !privileged {
        return Err(Errno::EPERM);
    }
    Ok(BuildIdReply {
        build_id: &BUILD_ID,
    })
}

impl Hypervisor {
    /// Give domain `dom` its handle (what a toolstack passes at domain creation, normally
    /// the VM's UUID), reported by `version.guest_handle`. `ESRCH` for no such domain.
    pub fn set_domain_handle(&mut self, dom: DomId, handle: [u8; 16]) -> Result<(), Errno> {
        let d = self.domain_mut(dom).ok_or(Errno::ESRCH)?;
        d.hvm.handle = Some(handle);
        self.relist(dom);
        Ok(())
    }

    fn privileged(&self, ctx: &Ctx) -> Result<bool, Errno> {
        let d = self.domain(ctx.domain).ok_or(Errno::ESRCH)?;
        Ok(d.config.privileged)
    }
}

impl Backend for Hypervisor {
    fn version(&mut self, _ctx: &Ctx) -> Result<VersionReply, Errno> {
        Ok(version())
    }

    fn extraversion(&mut self, _ctx: &Ctx) -> Result<ExtraversionReply<'_>, Errno> {
        Ok(extraversion())
    }

    fn capabilities(&mut self, _ctx: &Ctx) -> Result<CapabilitiesReply<'_>, Errno> {
        Ok(capabilities())
    }

    fn changeset(&mut self, _ctx: &Ctx) -> Result<ChangesetReply<'_>, Errno> {
        Ok(changeset())
    }

    fn get_features(&mut self, ctx: &Ctx, req: &FeaturesReq) -> Result<FeaturesReply, Errno> {
        features(self.privileged(ctx)?, req)
    }

    fn pagesize(&mut self, _ctx: &Ctx) -> Result<PagesizeReply, Errno> {
        Ok(pagesize())
    }

    fn guest_handle(&mut self, ctx: &Ctx) -> Result<GuestHandleReply<'_>, Errno> {
        let id = ctx.domain;
        let d = self.domain_mut(id).ok_or(Errno::ESRCH)?;
        let handle = d.hvm.handle.get_or_insert_with(|| derived_handle(id));
        Ok(GuestHandleReply {
            handle: &handle[..],
        })
    }

    fn build_id(&mut self, ctx: &Ctx) -> Result<BuildIdReply<'_>, Errno> {
        build_id_for(self.privileged(ctx)?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixtures;
    use crate::DomainConfig;
    use hvlink_proto::rt::Via;

    fn ctx(domain: u16) -> Ctx {
        fixtures::via(domain, Via::Userspace)
    }

    fn hv() -> Hypervisor {
        fixtures::with(0, fixtures::control(), &[7], DomainConfig::default())
    }

    #[test]
    fn version_and_strings() {
        let mut hv = hv();
        let v = hv.version(&ctx(7)).unwrap();
        assert_eq!((v.major, v.minor), (4, 19));
        assert_eq!(hv.extraversion(&ctx(7)).unwrap().extraversion, ".0");
        let caps = hv.capabilities(&ctx(7)).unwrap().capabilities;
        assert!(caps.split(' ').any(|c| c == "hvm-3.0-x86_64"), "{caps}");
        let cs = hv.changeset(&ctx(7)).unwrap().changeset;
        assert!(cs.starts_with("hvlink reference hypervisor"), "{cs}");
        assert!(cs.len() <= 256);
        assert_eq!(hv.pagesize(&ctx(7)).unwrap().page_size, 4096);
    }

    #[test]
    fn features() {
        let mut hv = hv();
        let f = |hv: &mut Hypervisor, dom, submap_idx| {
            hv.get_features(&ctx(dom), &FeaturesReq { submap_idx })
                .map(|r| r.submap.0)
        };
        let guest = f(&mut hv, 7, 0).unwrap();
        let dom0 = f(&mut hv, 0, 0).unwrap();
        assert_eq!(guest, FEATURES_HVM.0);
        assert_eq!(dom0, guest | XenFeatures::DOM0.0);
        for bit in [
            XenFeatures::AUTO_TRANSLATED_PHYSMAP,
            XenFeatures::HVM_CALLBACK_VECTOR,
            XenFeatures::RUNSTATE_PHYS_AREA,
            XenFeatures::VCPU_TIME_PHYS_AREA,
        ] {
            assert_ne!(guest & bit.0, 0, "{bit:?}");
        }
        // PV-only and Arm-only bits are absent; direct-mapped and not-direct-mapped exclude
        // each other.
        for bit in [
            XenFeatures::MMU_PT_UPDATE_PRESERVE_AD,
            XenFeatures::GNTTAB_MAP_AVAIL_BITS,
            XenFeatures::ARM_SMCCC_SUPPORTED,
            XenFeatures::DIRECT_MAPPED,
            XenFeatures::DOM0,
        ] {
            assert_eq!(guest & bit.0, 0, "{bit:?}");
        }
        assert_eq!(f(&mut hv, 7, 1), Err(Errno::EINVAL));
        assert_eq!(f(&mut hv, 7, u32::MAX), Err(Errno::EINVAL));
        assert_eq!(f(&mut hv, 9, 0), Err(Errno::ESRCH));
    }

    #[test]
    fn guest_handle_derived_or_set() {
        let mut hv = hv();
        let h = hv.guest_handle(&ctx(7)).unwrap().handle.to_vec();
        assert_eq!(h.len(), 16);
        assert_eq!(&h[..6], b"hvlink");
        assert_eq!(&h[14..], &[0, 7]);
        assert_eq!(h[6] >> 4, 8, "UUID version 8");
        assert_eq!(h[8] >> 6, 0b10, "RFC variant");
        assert_ne!(hv.guest_handle(&ctx(0)).unwrap().handle, &h[..]);
        let uuid = *b"0123456789abcdef";
        hv.set_domain_handle(7, uuid).unwrap();
        assert_eq!(hv.guest_handle(&ctx(7)).unwrap().handle, &uuid[..]);
        assert_eq!(hv.set_domain_handle(9, uuid), Err(Errno::ESRCH));
        assert_eq!(hv.guest_handle(&ctx(9)).err(), Some(Errno::ESRCH));
    }

    #[test]
    fn build_id_is_stable_and_privileged() {
        let mut hv = hv();
        let id = hv.build_id(&ctx(0)).unwrap().build_id.to_vec();
        assert_eq!(id.len(), 20);
        assert_eq!(id, build_id().to_vec());
        assert!(id.iter().any(|&b| b != 0));
        assert_eq!(hv.build_id(&ctx(7)).err(), Some(Errno::EPERM));
        assert_eq!(hv.build_id(&ctx(9)).err(), Some(Errno::ESRCH));
    }
}
