// Do not edit: generated from proto/spec/version.yaml by hvlink-proto-gen; regenerate with `cargo run -p hvlink-proto-gen`.
//! What hypervisor the guest runs on - its version, feature bitmaps, page size, build strings and the handle the toolstack gave the domain. Everything here is read-only information about the caller's own environment, so guest userspace may ask (logical); a host may still refuse build details to unprivileged domains. Strings come back whole, as Xen's *2 variants return them, bounded by max-len instead of truncated to a C array. Sub-op numbers are Xen's XENVER_* values and the register layout is the FastABI RFC's.

#![allow(
    clippy::needless_lifetimes,
    clippy::match_single_binding,
    clippy::single_match,
    clippy::unnecessary_cast,
    clippy::let_unit_value,
    unused_imports
)]

use hvlink_proto::codec as c;
use hvlink_proto::rt::{self, AttrSet as _, Elem as _};
use hvlink_proto::Errno;

/// Family id: the hypercall number (rax = ID | 0x40000000 in a register call).
pub const ID: u16 = 0x11;
/// Message type of the family's ring messages.
pub const MSG_TYPE: u16 = 0x111;
/// Current family version.
pub const VERSION: u8 = 1;

/// Op ids of the family (the family header's `cmd`, rdi in a register call).
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct OpId(pub u8);

impl OpId {
    /// Report the hypervisor's major and minor version.
    pub const VERSION: OpId = OpId(0);
    /// Report the version suffix (untruncated, as XENVER_extraversion2).
    pub const EXTRAVERSION: OpId = OpId(1);
    /// Report the guest types the hypervisor can run (untruncated, as XENVER_capabilities2).
    pub const CAPABILITIES: OpId = OpId(3);
    /// Report the source revision (untruncated, as XENVER_changeset2).
    pub const CHANGESET: OpId = OpId(4);
    /// Report one 32-bit submap of feature flags.
    pub const GET_FEATURES: OpId = OpId(6);
    /// Report the host page size.
    pub const PAGESIZE: OpId = OpId(7);
    /// Report the handle the toolstack gave this domain.
    pub const GUEST_HANDLE: OpId = OpId(8);
    /// Report the build id of the hypervisor.
    pub const BUILD_ID: OpId = OpId(10);
    /// Every op: (name, id).
    pub const ENTRIES: &'static [(&'static str, i64)] = &[
        ("version", 0),
        ("extraversion", 1),
        ("capabilities", 3),
        ("changeset", 4),
        ("get_features", 6),
        ("pagesize", 7),
        ("guest_handle", 8),
        ("build_id", 10),
    ];
}

impl ::core::fmt::Debug for OpId {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        rt::fmt_enum(f, "OpId", Self::ENTRIES, self.0 as i128)
    }
}

/// Feature bits of submap 0 reported by get_features (Xen XENFEAT_*).
///
/// Open flag set: any value is representable; the constants are the spec's entries.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct XenFeatures(pub u32);

impl XenFeatures {
    /// PV page tables may be written directly.
    pub const WRITABLE_PAGE_TABLES: XenFeatures = XenFeatures(1);
    /// PV descriptor tables may be written directly.
    pub const WRITABLE_DESCRIPTOR_TABLES: XenFeatures = XenFeatures(2);
    /// The guest sees a translated (guest-physical) address space.
    pub const AUTO_TRANSLATED_PHYSMAP: XenFeatures = XenFeatures(4);
    /// The guest kernel runs in ring 0.
    pub const SUPERVISOR_MODE_KERNEL: XenFeatures = XenFeatures(8);
    /// PAE page directories may live above 4 GiB.
    pub const PAE_PGDIR_ABOVE_4GB: XenFeatures = XenFeatures(16);
    /// MMU_PT_UPDATE_PRESERVE_AD is supported.
    pub const MMU_PT_UPDATE_PRESERVE_AD: XenFeatures = XenFeatures(32);
    /// MMUEXT clear/copy page are supported.
    pub const HIGHMEM_ASSIST: XenFeatures = XenFeatures(64);
    /// Grant maps honour guest-available PTE bits.
    pub const GNTTAB_MAP_AVAIL_BITS: XenFeatures = XenFeatures(128);
    /// Event upcalls can be delivered on a vector.
    pub const HVM_CALLBACK_VECTOR: XenFeatures = XenFeatures(256);
    /// The PV clock is safe to use in HVM guests.
    pub const HVM_SAFE_PVCLOCK: XenFeatures = XenFeatures(512);
    /// HVM guests may use PIRQs.
    pub const HVM_PIRQS: XenFeatures = XenFeatures(1024);
    /// The domain may operate as the control domain.
    pub const DOM0: XenFeatures = XenFeatures(2048);
    /// Memory ops accept a virtual NUMA node.
    pub const MEMORY_OP_VNODE_SUPPORTED: XenFeatures = XenFeatures(8192);
    /// Arm: the hypervisor supports the SMC calling convention.
    pub const ARM_SMCCC_SUPPORTED: XenFeatures = XenFeatures(16384);
    /// PVH: the ACPI RSDP may be placed anywhere.
    pub const LINUX_RSDP_UNRESTRICTED: XenFeatures = XenFeatures(32768);
    /// Guest frames are not mapped 1:1 to machine frames.
    pub const NOT_DIRECT_MAPPED: XenFeatures = XenFeatures(65536);
    /// Guest frames are mapped 1:1 to machine frames.
    pub const DIRECT_MAPPED: XenFeatures = XenFeatures(131072);
    /// register_runstate_phys_area is available.
    pub const RUNSTATE_PHYS_AREA: XenFeatures = XenFeatures(262144);
    /// register_vcpu_time_phys_area is available.
    pub const VCPU_TIME_PHYS_AREA: XenFeatures = XenFeatures(524288);
    /// Every entry: (name, value).
    pub const ENTRIES: &'static [(&'static str, i64)] = &[
        ("writable-page-tables", 1),
        ("writable-descriptor-tables", 2),
        ("auto-translated-physmap", 4),
        ("supervisor-mode-kernel", 8),
        ("pae-pgdir-above-4gb", 16),
        ("mmu-pt-update-preserve-ad", 32),
        ("highmem-assist", 64),
        ("gnttab-map-avail-bits", 128),
        ("hvm-callback-vector", 256),
        ("hvm-safe-pvclock", 512),
        ("hvm-pirqs", 1024),
        ("dom0", 2048),
        ("memory-op-vnode-supported", 8192),
        ("arm-smccc-supported", 16384),
        ("linux-rsdp-unrestricted", 32768),
        ("not-direct-mapped", 65536),
        ("direct-mapped", 131072),
        ("runstate-phys-area", 262144),
        ("vcpu-time-phys-area", 524288),
    ];
}

impl ::core::fmt::Debug for XenFeatures {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        rt::fmt_flags(f, Self::ENTRIES, self.0 as u64)
    }
}

impl ::core::ops::BitOr for XenFeatures {
    type Output = XenFeatures;
    fn bitor(self, rhs: XenFeatures) -> XenFeatures {
        XenFeatures(self.0 | rhs.0)
    }
}

hvlink_proto::__scalar_newtype!(XenFeatures, u32);

/// Attribute type numbers, one module per attribute set.
pub mod ids {
    /// Attributes of `version-reply`.
    pub mod version_reply {
        /// `major`: Major version.
        pub const MAJOR: u16 = 1;
        /// `minor`: Minor version.
        pub const MINOR: u16 = 2;
    }
    /// Attributes of `extraversion-reply`.
    pub mod extraversion_reply {
        /// `extraversion`: Version suffix, e.g. ".2-pre".
        pub const EXTRAVERSION: u16 = 1;
    }
    /// Attributes of `capabilities-reply`.
    pub mod capabilities_reply {
        /// `capabilities`: Space-separated guest types the hypervisor can run (e.g. "hvm-3.0-x86_64").
        pub const CAPABILITIES: u16 = 1;
    }
    /// Attributes of `changeset-reply`.
    pub mod changeset_reply {
        /// `changeset`: Source revision the hypervisor was built from.
        pub const CHANGESET: u16 = 1;
    }
    /// Attributes of `features-req`.
    pub mod features_req {
        /// `submap-idx`: Which 32-bit feature submap to return (only 0 is defined).
        pub const SUBMAP_IDX: u16 = 1;
    }
    /// Attributes of `features-reply`.
    pub mod features_reply {
        /// `submap`: The feature bits of that submap.
        pub const SUBMAP: u16 = 1;
    }
    /// Attributes of `pagesize-reply`.
    pub mod pagesize_reply {
        /// `page-size`: Host page size in bytes.
        pub const PAGE_SIZE: u16 = 1;
    }
    /// Attributes of `guest-handle-reply`.
    pub mod guest_handle_reply {
        /// `handle`: Handle the toolstack gave the domain (normally its UUID).
        pub const HANDLE: u16 = 1;
    }
    /// Attributes of `build-id-reply`.
    pub mod build_id_reply {
        /// `build-id`: Build id of the hypervisor binary.
        pub const BUILD_ID: u16 = 1;
    }
}

/// Reply of version.
#[derive(
    ::core::clone::Clone, ::core::marker::Copy, ::core::fmt::Debug, ::core::cmp::PartialEq,
)]
pub struct VersionReply {
    /// Major version.
    ///
    /// `major` (id 1, u16), required.
    pub major: u16,
    /// Minor version.
    ///
    /// `minor` (id 2, u16), required.
    pub minor: u16,
}

/// Validation policy of `version-reply`.
pub static VERSION_REPLY_POLICY: c::Policy = c::Policy::new(
    "version-reply",
    &[
        c::AttrPolicy::new(1, "major", c::AttrType::U16).required(),
        c::AttrPolicy::new(2, "minor", c::AttrType::U16).required(),
    ],
)
.max_attrs(1024);

/// Descriptor of `version-reply`.
pub static VERSION_REPLY_SET: rt::SetDesc = rt::SetDesc {
    name: "version-reply",
    doc: "Reply of version.",
    policy: &VERSION_REPLY_POLICY,
    attrs: &[
        rt::AttrDesc {
            kind: 1,
            name: "major",
            ty: "u16",
            doc: "Major version.",
            required: true,
            max_count: 0,
            must_understand: false,
            since: 1,
            default: None,
            enumeration: None,
            nested: None,
            form: None,
            when: None,
        },
        rt::AttrDesc {
            kind: 2,
            name: "minor",
            ty: "u16",
            doc: "Minor version.",
            required: true,
            max_count: 0,
            must_understand: false,
            since: 1,
            default: None,
            enumeration: None,
            nested: None,
            form: None,
            when: None,
        },
    ],
    forms: &[],
};

impl<'a> rt::AttrSet<'a> for VersionReply {
    const DESC: &'static rt::SetDesc = &VERSION_REPLY_SET;

    fn decode_at(attrs: c::Attrs<'a>, container: usize) -> c::Result<Self> {
        let mut v_major: Option<u16> = None;
        let mut v_minor: Option<u16> = None;
        let mut seen: u32 = 0;
        let mut count = 0u32;
        'walk: {
            if let Ok(b) = <&[u8; 16]>::try_from(attrs.remaining()) {
                if rt::word(b, 0) == 0x00010006 && rt::word(b, 8) == 0x00020006 {
                    let at = attrs.offset();
                    {
                        let a = c::Attr::new(0x0001, at as u32, rt::bytes(b, 4, 2));
                        seen |= 0x1;
                        let r = rt::int::<u16>(&a)?;
                        let v = r;
                        v_major = Some(v);
                    }
                    {
                        let a = c::Attr::new(0x0002, (at + 8) as u32, rt::bytes(b, 12, 2));
                        seen |= 0x2;
                        let r = rt::int::<u16>(&a)?;
                        let v = r;
                        v_minor = Some(v);
                    }
                    break 'walk;
                }
            }
            let mut walk = rt::Walk::new(&attrs);
            if let Some(a) = walk.expect(0x00010006) {
                count += 1;
                seen |= 0x1;
                let r = rt::int::<u16>(&a)?;
                let v = r;
                v_major = Some(v);
            }
            if let Some(a) = walk.expect(0x00020006) {
                count += 1;
                seen |= 0x2;
                let r = rt::int::<u16>(&a)?;
                let v = r;
                v_minor = Some(v);
            }
            while let Some(a) = walk.next()? {
                count += 1;
                if count > 1024 {
                    return Err(rt::too_many(a));
                }
                match a.kind() {
                    1 => {
                        if seen & 0x1 != 0 {
                            return Err(rt::duplicate(a));
                        }
                        seen |= 0x1;
                        let r = rt::int::<u16>(&a)?;
                        let v = r;
                        v_major = Some(v);
                    }
                    2 => {
                        if seen & 0x2 != 0 {
                            return Err(rt::duplicate(a));
                        }
                        seen |= 0x2;
                        let r = rt::int::<u16>(&a)?;
                        let v = r;
                        v_minor = Some(v);
                    }
                    _ => rt::unknown(&a)?,
                }
            }
        }
        if seen & 0x3 != 0x3 {
            return Err(rt::missing(container, (0x3 & !seen) as u128, &[1, 2]));
        }
        Ok(VersionReply {
            major: rt::req(v_major, container, 1)?,
            minor: rt::req(v_minor, container, 2)?,
        })
    }

    fn encode<S: c::Sink>(&self, b: &mut c::Builder<S>) -> c::Result<()> {
        rt::put(b, 1, &self.major)?;
        rt::put(b, 2, &self.minor)?;
        Ok(())
    }
}

impl<'a> rt::Elem<'a> for VersionReply {
    #[inline]
    fn from_attr(a: &c::Attr<'a>) -> c::Result<Self> {
        rt::nest_from_attr(a)
    }
    fn put_attr<S: c::Sink>(&self, b: &mut c::Builder<S>, raw_kind: u16) -> c::Result<()> {
        rt::nest_put(self, b, raw_kind)
    }
}

/// Reply of extraversion.
#[derive(
    ::core::clone::Clone, ::core::marker::Copy, ::core::fmt::Debug, ::core::cmp::PartialEq,
)]
pub struct ExtraversionReply<'a> {
    /// Version suffix, e.g. ".2-pre".
    ///
    /// `extraversion` (id 1, string), required.
    pub extraversion: &'a str,
}

/// Validation policy of `extraversion-reply`.
pub static EXTRAVERSION_REPLY_POLICY: c::Policy = c::Policy::new(
    "extraversion-reply",
    &[c::AttrPolicy::new(1, "extraversion", c::AttrType::String)
        .required()
        .len(0, 256)],
)
.max_attrs(1024);

/// Descriptor of `extraversion-reply`.
pub static EXTRAVERSION_REPLY_SET: rt::SetDesc = rt::SetDesc {
    name: "extraversion-reply",
    doc: "Reply of extraversion.",
    policy: &EXTRAVERSION_REPLY_POLICY,
    attrs: &[rt::AttrDesc {
        kind: 1,
        name: "extraversion",
        ty: "string",
        doc: "Version suffix, e.g. \".2-pre\".",
        required: true,
        max_count: 0,
        must_understand: false,
        since: 1,
        default: None,
        enumeration: None,
        nested: None,
        form: None,
        when: None,
    }],
    forms: &[],
};

impl<'a> rt::AttrSet<'a> for ExtraversionReply<'a> {
    const DESC: &'static rt::SetDesc = &EXTRAVERSION_REPLY_SET;

    fn decode_at(attrs: c::Attrs<'a>, container: usize) -> c::Result<Self> {
        let mut v_extraversion: Option<&'a str> = None;
        let mut seen: u32 = 0;
        let mut count = 0u32;
        let mut walk = rt::Walk::new(&attrs);
        while let Some(a) = walk.next()? {
            count += 1;
            if count > 1024 {
                return Err(rt::too_many(a));
            }
            match a.kind() {
                1 => {
                    if seen & 0x1 != 0 {
                        return Err(rt::duplicate(a));
                    }
                    seen |= 0x1;
                    let v = rt::string(&a, 0, 256)?;
                    v_extraversion = Some(v);
                }
                _ => rt::unknown(&a)?,
            }
        }
        if seen & 0x1 != 0x1 {
            return Err(rt::missing(container, (0x1 & !seen) as u128, &[1]));
        }
        Ok(ExtraversionReply {
            extraversion: rt::req(v_extraversion, container, 1)?,
        })
    }

    fn encode<S: c::Sink>(&self, b: &mut c::Builder<S>) -> c::Result<()> {
        rt::put(b, 1, &self.extraversion)?;
        Ok(())
    }
}

impl<'a> rt::Elem<'a> for ExtraversionReply<'a> {
    #[inline]
    fn from_attr(a: &c::Attr<'a>) -> c::Result<Self> {
        rt::nest_from_attr(a)
    }
    fn put_attr<S: c::Sink>(&self, b: &mut c::Builder<S>, raw_kind: u16) -> c::Result<()> {
        rt::nest_put(self, b, raw_kind)
    }
}

/// Reply of capabilities.
#[derive(
    ::core::clone::Clone, ::core::marker::Copy, ::core::fmt::Debug, ::core::cmp::PartialEq,
)]
pub struct CapabilitiesReply<'a> {
    /// Space-separated guest types the hypervisor can run (e.g. "hvm-3.0-x86_64").
    ///
    /// `capabilities` (id 1, string), required.
    pub capabilities: &'a str,
}

/// Validation policy of `capabilities-reply`.
pub static CAPABILITIES_REPLY_POLICY: c::Policy = c::Policy::new(
    "capabilities-reply",
    &[c::AttrPolicy::new(1, "capabilities", c::AttrType::String)
        .required()
        .len(0, 1024)],
)
.max_attrs(1024);

/// Descriptor of `capabilities-reply`.
pub static CAPABILITIES_REPLY_SET: rt::SetDesc = rt::SetDesc {
    name: "capabilities-reply",
    doc: "Reply of capabilities.",
    policy: &CAPABILITIES_REPLY_POLICY,
    attrs: &[rt::AttrDesc {
        kind: 1,
        name: "capabilities",
        ty: "string",
        doc: "Space-separated guest types the hypervisor can run (e.g. \"hvm-3.0-x86_64\").",
        required: true,
        max_count: 0,
        must_understand: false,
        since: 1,
        default: None,
        enumeration: None,
        nested: None,
        form: None,
        when: None,
    }],
    forms: &[],
};

impl<'a> rt::AttrSet<'a> for CapabilitiesReply<'a> {
    const DESC: &'static rt::SetDesc = &CAPABILITIES_REPLY_SET;

    fn decode_at(attrs: c::Attrs<'a>, container: usize) -> c::Result<Self> {
        let mut v_capabilities: Option<&'a str> = None;
        let mut seen: u32 = 0;
        let mut count = 0u32;
        let mut walk = rt::Walk::new(&attrs);
        while let Some(a) = walk.next()? {
            count += 1;
            if count > 1024 {
                return Err(rt::too_many(a));
            }
            match a.kind() {
                1 => {
                    if seen & 0x1 != 0 {
                        return Err(rt::duplicate(a));
                    }
                    seen |= 0x1;
                    let v = rt::string(&a, 0, 1024)?;
                    v_capabilities = Some(v);
                }
                _ => rt::unknown(&a)?,
            }
        }
        if seen & 0x1 != 0x1 {
            return Err(rt::missing(container, (0x1 & !seen) as u128, &[1]));
        }
        Ok(CapabilitiesReply {
            capabilities: rt::req(v_capabilities, container, 1)?,
        })
    }

    fn encode<S: c::Sink>(&self, b: &mut c::Builder<S>) -> c::Result<()> {
        rt::put(b, 1, &self.capabilities)?;
        Ok(())
    }
}

impl<'a> rt::Elem<'a> for CapabilitiesReply<'a> {
    #[inline]
    fn from_attr(a: &c::Attr<'a>) -> c::Result<Self> {
        rt::nest_from_attr(a)
    }
    fn put_attr<S: c::Sink>(&self, b: &mut c::Builder<S>, raw_kind: u16) -> c::Result<()> {
        rt::nest_put(self, b, raw_kind)
    }
}

/// Reply of changeset.
#[derive(
    ::core::clone::Clone, ::core::marker::Copy, ::core::fmt::Debug, ::core::cmp::PartialEq,
)]
pub struct ChangesetReply<'a> {
    /// Source revision the hypervisor was built from.
    ///
    /// `changeset` (id 1, string), required.
    pub changeset: &'a str,
}

/// Validation policy of `changeset-reply`.
pub static CHANGESET_REPLY_POLICY: c::Policy = c::Policy::new(
    "changeset-reply",
    &[c::AttrPolicy::new(1, "changeset", c::AttrType::String)
        .required()
        .len(0, 256)],
)
.max_attrs(1024);

/// Descriptor of `changeset-reply`.
pub static CHANGESET_REPLY_SET: rt::SetDesc = rt::SetDesc {
    name: "changeset-reply",
    doc: "Reply of changeset.",
    policy: &CHANGESET_REPLY_POLICY,
    attrs: &[rt::AttrDesc {
        kind: 1,
        name: "changeset",
        ty: "string",
        doc: "Source revision the hypervisor was built from.",
        required: true,
        max_count: 0,
        must_understand: false,
        since: 1,
        default: None,
        enumeration: None,
        nested: None,
        form: None,
        when: None,
    }],
    forms: &[],
};

impl<'a> rt::AttrSet<'a> for ChangesetReply<'a> {
    const DESC: &'static rt::SetDesc = &CHANGESET_REPLY_SET;

    fn decode_at(attrs: c::Attrs<'a>, container: usize) -> c::Result<Self> {
        let mut v_changeset: Option<&'a str> = None;
        let mut seen: u32 = 0;
        let mut count = 0u32;
        let mut walk = rt::Walk::new(&attrs);
        while let Some(a) = walk.next()? {
            count += 1;
            if count > 1024 {
                return Err(rt::too_many(a));
            }
            match a.kind() {
                1 => {
                    if seen & 0x1 != 0 {
                        return Err(rt::duplicate(a));
                    }
                    seen |= 0x1;
                    let v = rt::string(&a, 0, 256)?;
                    v_changeset = Some(v);
                }
                _ => rt::unknown(&a)?,
            }
        }
        if seen & 0x1 != 0x1 {
            return Err(rt::missing(container, (0x1 & !seen) as u128, &[1]));
        }
        Ok(ChangesetReply {
            changeset: rt::req(v_changeset, container, 1)?,
        })
    }

    fn encode<S: c::Sink>(&self, b: &mut c::Builder<S>) -> c::Result<()> {
        rt::put(b, 1, &self.changeset)?;
        Ok(())
    }
}

impl<'a> rt::Elem<'a> for ChangesetReply<'a> {
    #[inline]
    fn from_attr(a: &c::Attr<'a>) -> c::Result<Self> {
        rt::nest_from_attr(a)
    }
    fn put_attr<S: c::Sink>(&self, b: &mut c::Builder<S>, raw_kind: u16) -> c::Result<()> {
        rt::nest_put(self, b, raw_kind)
    }
}

/// Request of get_features.
#[derive(
    ::core::clone::Clone, ::core::marker::Copy, ::core::fmt::Debug, ::core::cmp::PartialEq,
)]
pub struct FeaturesReq {
    /// Which 32-bit feature submap to return (only 0 is defined).
    ///
    /// `submap-idx` (id 1, u32), required.
    pub submap_idx: u32,
}

/// Validation policy of `features-req`.
pub static FEATURES_REQ_POLICY: c::Policy = c::Policy::new(
    "features-req",
    &[c::AttrPolicy::new(1, "submap-idx", c::AttrType::U32).required()],
)
.max_attrs(1024);

/// Descriptor of `features-req`.
pub static FEATURES_REQ_SET: rt::SetDesc = rt::SetDesc {
    name: "features-req",
    doc: "Request of get_features.",
    policy: &FEATURES_REQ_POLICY,
    attrs: &[rt::AttrDesc {
        kind: 1,
        name: "submap-idx",
        ty: "u32",
        doc: "Which 32-bit feature submap to return (only 0 is defined).",
        required: true,
        max_count: 0,
        must_understand: false,
        since: 1,
        default: None,
        enumeration: None,
        nested: None,
        form: None,
        when: None,
    }],
    forms: &[],
};

impl<'a> rt::AttrSet<'a> for FeaturesReq {
    const DESC: &'static rt::SetDesc = &FEATURES_REQ_SET;

    fn decode_at(attrs: c::Attrs<'a>, container: usize) -> c::Result<Self> {
        let mut v_submap_idx: Option<u32> = None;
        let mut seen: u32 = 0;
        let mut count = 0u32;
        'walk: {
            if let Ok(b) = <&[u8; 8]>::try_from(attrs.remaining()) {
                if rt::word(b, 0) == 0x00010008 {
                    let at = attrs.offset();
                    {
                        let a = c::Attr::new(0x0001, at as u32, rt::bytes(b, 4, 4));
                        seen |= 0x1;
                        let r = rt::int::<u32>(&a)?;
                        let v = r;
                        v_submap_idx = Some(v);
                    }
                    break 'walk;
                }
            }
            let mut walk = rt::Walk::new(&attrs);
            if let Some(a) = walk.expect(0x00010008) {
                count += 1;
                seen |= 0x1;
                let r = rt::int::<u32>(&a)?;
                let v = r;
                v_submap_idx = Some(v);
            }
            while let Some(a) = walk.next()? {
                count += 1;
                if count > 1024 {
                    return Err(rt::too_many(a));
                }
                match a.kind() {
                    1 => {
                        if seen & 0x1 != 0 {
                            return Err(rt::duplicate(a));
                        }
                        seen |= 0x1;
                        let r = rt::int::<u32>(&a)?;
                        let v = r;
                        v_submap_idx = Some(v);
                    }
                    _ => rt::unknown(&a)?,
                }
            }
        }
        if seen & 0x1 != 0x1 {
            return Err(rt::missing(container, (0x1 & !seen) as u128, &[1]));
        }
        Ok(FeaturesReq {
            submap_idx: rt::req(v_submap_idx, container, 1)?,
        })
    }

    fn encode<S: c::Sink>(&self, b: &mut c::Builder<S>) -> c::Result<()> {
        rt::put(b, 1, &self.submap_idx)?;
        Ok(())
    }
}

impl<'a> rt::Elem<'a> for FeaturesReq {
    #[inline]
    fn from_attr(a: &c::Attr<'a>) -> c::Result<Self> {
        rt::nest_from_attr(a)
    }
    fn put_attr<S: c::Sink>(&self, b: &mut c::Builder<S>, raw_kind: u16) -> c::Result<()> {
        rt::nest_put(self, b, raw_kind)
    }
}

/// Reply of get_features.
#[derive(
    ::core::clone::Clone, ::core::marker::Copy, ::core::fmt::Debug, ::core::cmp::PartialEq,
)]
pub struct FeaturesReply {
    /// The feature bits of that submap.
    ///
    /// `submap` (id 1, u32), required.
    pub submap: XenFeatures,
}

/// Validation policy of `features-reply`.
pub static FEATURES_REPLY_POLICY: c::Policy = c::Policy::new(
    "features-reply",
    &[c::AttrPolicy::new(1, "submap", c::AttrType::U32).required()],
)
.max_attrs(1024);

/// Descriptor of `features-reply`.
pub static FEATURES_REPLY_SET: rt::SetDesc = rt::SetDesc {
    name: "features-reply",
    doc: "Reply of get_features.",
    policy: &FEATURES_REPLY_POLICY,
    attrs: &[rt::AttrDesc {
        kind: 1,
        name: "submap",
        ty: "u32",
        doc: "The feature bits of that submap.",
        required: true,
        max_count: 0,
        must_understand: false,
        since: 1,
        default: None,
        enumeration: Some("xen-features"),
        nested: None,
        form: None,
        when: None,
    }],
    forms: &[],
};

impl<'a> rt::AttrSet<'a> for FeaturesReply {
    const DESC: &'static rt::SetDesc = &FEATURES_REPLY_SET;

    fn decode_at(attrs: c::Attrs<'a>, container: usize) -> c::Result<Self> {
        let mut v_submap: Option<XenFeatures> = None;
        let mut seen: u32 = 0;
        let mut count = 0u32;
        'walk: {
            if let Ok(b) = <&[u8; 8]>::try_from(attrs.remaining()) {
                if rt::word(b, 0) == 0x00010008 {
                    let at = attrs.offset();
                    {
                        let a = c::Attr::new(0x0001, at as u32, rt::bytes(b, 4, 4));
                        seen |= 0x1;
                        let r = rt::int::<u32>(&a)?;
                        let v = XenFeatures(r);
                        v_submap = Some(v);
                    }
                    break 'walk;
                }
            }
            let mut walk = rt::Walk::new(&attrs);
            if let Some(a) = walk.expect(0x00010008) {
                count += 1;
                seen |= 0x1;
                let r = rt::int::<u32>(&a)?;
                let v = XenFeatures(r);
                v_submap = Some(v);
            }
            while let Some(a) = walk.next()? {
                count += 1;
                if count > 1024 {
                    return Err(rt::too_many(a));
                }
                match a.kind() {
                    1 => {
                        if seen & 0x1 != 0 {
                            return Err(rt::duplicate(a));
                        }
                        seen |= 0x1;
                        let r = rt::int::<u32>(&a)?;
                        let v = XenFeatures(r);
                        v_submap = Some(v);
                    }
                    _ => rt::unknown(&a)?,
                }
            }
        }
        if seen & 0x1 != 0x1 {
            return Err(rt::missing(container, (0x1 & !seen) as u128, &[1]));
        }
        Ok(FeaturesReply {
            submap: rt::req(v_submap, container, 1)?,
        })
    }

    fn encode<S: c::Sink>(&self, b: &mut c::Builder<S>) -> c::Result<()> {
        rt::put(b, 1, &self.submap)?;
        Ok(())
    }
}

impl<'a> rt::Elem<'a> for FeaturesReply {
    #[inline]
    fn from_attr(a: &c::Attr<'a>) -> c::Result<Self> {
        rt::nest_from_attr(a)
    }
    fn put_attr<S: c::Sink>(&self, b: &mut c::Builder<S>, raw_kind: u16) -> c::Result<()> {
        rt::nest_put(self, b, raw_kind)
    }
}

/// Reply of pagesize.
#[derive(
    ::core::clone::Clone, ::core::marker::Copy, ::core::fmt::Debug, ::core::cmp::PartialEq,
)]
pub struct PagesizeReply {
    /// Host page size in bytes.
    ///
    /// `page-size` (id 1, u32), required.
    pub page_size: u32,
}

/// Validation policy of `pagesize-reply`.
pub static PAGESIZE_REPLY_POLICY: c::Policy = c::Policy::new(
    "pagesize-reply",
    &[c::AttrPolicy::new(1, "page-size", c::AttrType::U32).required()],
)
.max_attrs(1024);

/// Descriptor of `pagesize-reply`.
pub static PAGESIZE_REPLY_SET: rt::SetDesc = rt::SetDesc {
    name: "pagesize-reply",
    doc: "Reply of pagesize.",
    policy: &PAGESIZE_REPLY_POLICY,
    attrs: &[rt::AttrDesc {
        kind: 1,
        name: "page-size",
        ty: "u32",
        doc: "Host page size in bytes.",
        required: true,
        max_count: 0,
        must_understand: false,
        since: 1,
        default: None,
        enumeration: None,
        nested: None,
        form: None,
        when: None,
    }],
    forms: &[],
};

impl<'a> rt::AttrSet<'a> for PagesizeReply {
    const DESC: &'static rt::SetDesc = &PAGESIZE_REPLY_SET;

    fn decode_at(attrs: c::Attrs<'a>, container: usize) -> c::Result<Self> {
        let mut v_page_size: Option<u32> = None;
        let mut seen: u32 = 0;
        let mut count = 0u32;
        'walk: {
            if let Ok(b) = <&[u8; 8]>::try_from(attrs.remaining()) {
                if rt::word(b, 0) == 0x00010008 {
                    let at = attrs.offset();
                    {
                        let a = c::Attr::new(0x0001, at as u32, rt::bytes(b, 4, 4));
                        seen |= 0x1;
                        let r = rt::int::<u32>(&a)?;
                        let v = r;
                        v_page_size = Some(v);
                    }
                    break 'walk;
                }
            }
            let mut walk = rt::Walk::new(&attrs);
            if let Some(a) = walk.expect(0x00010008) {
                count += 1;
                seen |= 0x1;
                let r = rt::int::<u32>(&a)?;
                let v = r;
                v_page_size = Some(v);
            }
            while let Some(a) = walk.next()? {
                count += 1;
                if count > 1024 {
                    return Err(rt::too_many(a));
                }
                match a.kind() {
                    1 => {
                        if seen & 0x1 != 0 {
                            return Err(rt::duplicate(a));
                        }
                        seen |= 0x1;
                        let r = rt::int::<u32>(&a)?;
                        let v = r;
                        v_page_size = Some(v);
                    }
                    _ => rt::unknown(&a)?,
                }
            }
        }
        if seen & 0x1 != 0x1 {
            return Err(rt::missing(container, (0x1 & !seen) as u128, &[1]));
        }
        Ok(PagesizeReply {
            page_size: rt::req(v_page_size, container, 1)?,
        })
    }

    fn encode<S: c::Sink>(&self, b: &mut c::Builder<S>) -> c::Result<()> {
        rt::put(b, 1, &self.page_size)?;
        Ok(())
    }
}

impl<'a> rt::Elem<'a> for PagesizeReply {
    #[inline]
    fn from_attr(a: &c::Attr<'a>) -> c::Result<Self> {
        rt::nest_from_attr(a)
    }
    fn put_attr<S: c::Sink>(&self, b: &mut c::Builder<S>, raw_kind: u16) -> c::Result<()> {
        rt::nest_put(self, b, raw_kind)
    }
}

/// Reply of guest_handle.
#[derive(
    ::core::clone::Clone, ::core::marker::Copy, ::core::fmt::Debug, ::core::cmp::PartialEq,
)]
pub struct GuestHandleReply<'a> {
    /// Handle the toolstack gave the domain (normally its UUID).
    ///
    /// `handle` (id 1, binary), required.
    pub handle: &'a [u8],
}

/// Validation policy of `guest-handle-reply`.
pub static GUEST_HANDLE_REPLY_POLICY: c::Policy = c::Policy::new(
    "guest-handle-reply",
    &[c::AttrPolicy::new(1, "handle", c::AttrType::Binary)
        .required()
        .len(16, 16)],
)
.max_attrs(1024);

/// Descriptor of `guest-handle-reply`.
pub static GUEST_HANDLE_REPLY_SET: rt::SetDesc = rt::SetDesc {
    name: "guest-handle-reply",
    doc: "Reply of guest_handle.",
    policy: &GUEST_HANDLE_REPLY_POLICY,
    attrs: &[rt::AttrDesc {
        kind: 1,
        name: "handle",
        ty: "binary",
        doc: "Handle the toolstack gave the domain (normally its UUID).",
        required: true,
        max_count: 0,
        must_understand: false,
        since: 1,
        default: None,
        enumeration: None,
        nested: None,
        form: None,
        when: None,
    }],
    forms: &[],
};

impl<'a> rt::AttrSet<'a> for GuestHandleReply<'a> {
    const DESC: &'static rt::SetDesc = &GUEST_HANDLE_REPLY_SET;

    fn decode_at(attrs: c::Attrs<'a>, container: usize) -> c::Result<Self> {
        let mut v_handle: Option<&'a [u8]> = None;
        let mut seen: u32 = 0;
        let mut count = 0u32;
        let mut walk = rt::Walk::new(&attrs);
        while let Some(a) = walk.next()? {
            count += 1;
            if count > 1024 {
                return Err(rt::too_many(a));
            }
            match a.kind() {
                1 => {
                    if seen & 0x1 != 0 {
                        return Err(rt::duplicate(a));
                    }
                    seen |= 0x1;
                    let v = rt::binary(&a, 16, 16)?;
                    v_handle = Some(v);
                }
                _ => rt::unknown(&a)?,
            }
        }
        if seen & 0x1 != 0x1 {
            return Err(rt::missing(container, (0x1 & !seen) as u128, &[1]));
        }
        Ok(GuestHandleReply {
            handle: rt::req(v_handle, container, 1)?,
        })
    }

    fn encode<S: c::Sink>(&self, b: &mut c::Builder<S>) -> c::Result<()> {
        rt::put(b, 1, &self.handle)?;
        Ok(())
    }
}

impl<'a> rt::Elem<'a> for GuestHandleReply<'a> {
    #[inline]
    fn from_attr(a: &c::Attr<'a>) -> c::Result<Self> {
        rt::nest_from_attr(a)
    }
    fn put_attr<S: c::Sink>(&self, b: &mut c::Builder<S>, raw_kind: u16) -> c::Result<()> {
        rt::nest_put(self, b, raw_kind)
    }
}

/// Reply of build_id.
#[derive(
    ::core::clone::Clone, ::core::marker::Copy, ::core::fmt::Debug, ::core::cmp::PartialEq,
)]
pub struct BuildIdReply<'a> {
    /// Build id of the hypervisor binary.
    ///
    /// `build-id` (id 1, binary), required.
    pub build_id: &'a [u8],
}

/// Validation policy of `build-id-reply`.
pub static BUILD_ID_REPLY_POLICY: c::Policy = c::Policy::new(
    "build-id-reply",
    &[c::AttrPolicy::new(1, "build-id", c::AttrType::Binary)
        .required()
        .len(1, 64)],
)
.max_attrs(1024);

/// Descriptor of `build-id-reply`.
pub static BUILD_ID_REPLY_SET: rt::SetDesc = rt::SetDesc {
    name: "build-id-reply",
    doc: "Reply of build_id.",
    policy: &BUILD_ID_REPLY_POLICY,
    attrs: &[rt::AttrDesc {
        kind: 1,
        name: "build-id",
        ty: "binary",
        doc: "Build id of the hypervisor binary.",
        required: true,
        max_count: 0,
        must_understand: false,
        since: 1,
        default: None,
        enumeration: None,
        nested: None,
        form: None,
        when: None,
    }],
    forms: &[],
};

impl<'a> rt::AttrSet<'a> for BuildIdReply<'a> {
    const DESC: &'static rt::SetDesc = &BUILD_ID_REPLY_SET;

    fn decode_at(attrs: c::Attrs<'a>, container: usize) -> c::Result<Self> {
        let mut v_build_id: Option<&'a [u8]> = None;
        let mut seen: u32 = 0;
        let mut count = 0u32;
        let mut walk = rt::Walk::new(&attrs);
        while let Some(a) = walk.next()? {
            count += 1;
            if count > 1024 {
                return Err(rt::too_many(a));
            }
            match a.kind() {
                1 => {
                    if seen & 0x1 != 0 {
                        return Err(rt::duplicate(a));
                    }
                    seen |= 0x1;
                    let v = rt::binary(&a, 1, 64)?;
                    v_build_id = Some(v);
                }
                _ => rt::unknown(&a)?,
            }
        }
        if seen & 0x1 != 0x1 {
            return Err(rt::missing(container, (0x1 & !seen) as u128, &[1]));
        }
        Ok(BuildIdReply {
            build_id: rt::req(v_build_id, container, 1)?,
        })
    }

    fn encode<S: c::Sink>(&self, b: &mut c::Builder<S>) -> c::Result<()> {
        rt::put(b, 1, &self.build_id)?;
        Ok(())
    }
}

impl<'a> rt::Elem<'a> for BuildIdReply<'a> {
    #[inline]
    fn from_attr(a: &c::Attr<'a>) -> c::Result<Self> {
        rt::nest_from_attr(a)
    }
    fn put_attr<S: c::Sink>(&self, b: &mut c::Builder<S>, raw_kind: u16) -> c::Result<()> {
        rt::nest_put(self, b, raw_kind)
    }
}

/// Report the hypervisor's major and minor version.
///
/// Op 0 (`version`), privilege `logical`; Xen `XENVER_version`; max reply 16 bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Version;

/// Descriptor of [`Version`].
pub static OP_VERSION: rt::OpDesc = rt::OpDesc {
    family: "version",
    family_id: ID,
    msg_type: MSG_TYPE,
    family_version: VERSION,
    name: "version",
    id: 0,
    since: 1,
    privilege: rt::Privilege::Logical,
    flags: rt::op_flags::FASTABI,
    request: &rt::EMPTY_SET,
    reply: &VERSION_REPLY_SET,
    max_reply: 16,
    target_domain: None,
    fastabi: Some(rt::RegMap {
        form: None,
        inputs: &[],
        outputs: &[(1, rt::Reg::Rsi), (2, rt::Reg::R8)],
    }),
    ring_only: None,
    register_only: None,
    doc: "Report the hypervisor's major and minor version.",
};

impl rt::Op for Version {
    const DESC: &'static rt::OpDesc = &OP_VERSION;
    type Request<'a> = rt::Empty;
    type Reply<'a> = VersionReply;
}

impl rt::FastAbi for Version {
    fn request_to_regs(
        req: &Self::Request<'_>,
        r: &mut rt::Regs,
    ) -> ::core::result::Result<(), hvlink_proto::Errno> {
        let _ = (req, r);
        Ok(())
    }
    fn request_from_regs(
        r: &rt::Regs,
    ) -> ::core::result::Result<Self::Request<'static>, hvlink_proto::Errno> {
        let _ = r;
        Ok(rt::Empty)
    }
    fn reply_to_regs(
        rep: &Self::Reply<'_>,
        r: &mut rt::Regs,
    ) -> ::core::result::Result<(), hvlink_proto::Errno> {
        r.rsi = rt::reg(rep.major);
        r.r8 = rt::reg(rep.minor);
        Ok(())
    }
    fn reply_from_regs(
        r: &rt::Regs,
    ) -> ::core::result::Result<Self::Reply<'static>, hvlink_proto::Errno> {
        let v_major = rt::unreg::<u16>(r.rsi, &VERSION_REPLY_POLICY.attrs[0])?;
        let v_minor = rt::unreg::<u16>(r.r8, &VERSION_REPLY_POLICY.attrs[1])?;
        Ok(VersionReply {
            major: v_major,
            minor: v_minor,
        })
    }
}

/// Report the version suffix (untruncated, as XENVER_extraversion2).
///
/// Op 1 (`extraversion`), privilege `logical`; Xen `XENVER_extraversion`; max reply 264 bytes; ring only: A string does not fit in registers..
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Extraversion;

/// Descriptor of [`Extraversion`].
pub static OP_EXTRAVERSION: rt::OpDesc = rt::OpDesc {
    family: "version",
    family_id: ID,
    msg_type: MSG_TYPE,
    family_version: VERSION,
    name: "extraversion",
    id: 1,
    since: 1,
    privilege: rt::Privilege::Logical,
    flags: 0,
    request: &rt::EMPTY_SET,
    reply: &EXTRAVERSION_REPLY_SET,
    max_reply: 264,
    target_domain: None,
    fastabi: None,
    ring_only: Some("A string does not fit in registers."),
    register_only: None,
    doc: "Report the version suffix (untruncated, as XENVER_extraversion2).",
};

impl rt::Op for Extraversion {
    const DESC: &'static rt::OpDesc = &OP_EXTRAVERSION;
    type Request<'a> = rt::Empty;
    type Reply<'a> = ExtraversionReply<'a>;
}

/// Report the guest types the hypervisor can run (untruncated, as XENVER_capabilities2).
///
/// Op 3 (`capabilities`), privilege `logical`; Xen `XENVER_capabilities`; max reply 1032 bytes; ring only: A string does not fit in registers..
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Capabilities;

/// Descriptor of [`Capabilities`].
pub static OP_CAPABILITIES: rt::OpDesc = rt::OpDesc {
    family: "version",
    family_id: ID,
    msg_type: MSG_TYPE,
    family_version: VERSION,
    name: "capabilities",
    id: 3,
    since: 1,
    privilege: rt::Privilege::Logical,
    flags: 0,
    request: &rt::EMPTY_SET,
    reply: &CAPABILITIES_REPLY_SET,
    max_reply: 1032,
    target_domain: None,
    fastabi: None,
    ring_only: Some("A string does not fit in registers."),
    register_only: None,
    doc: "Report the guest types the hypervisor can run (untruncated, as XENVER_capabilities2).",
};

impl rt::Op for Capabilities {
    const DESC: &'static rt::OpDesc = &OP_CAPABILITIES;
    type Request<'a> = rt::Empty;
    type Reply<'a> = CapabilitiesReply<'a>;
}

/// Report the source revision (untruncated, as XENVER_changeset2).
///
/// Op 4 (`changeset`), privilege `logical`; Xen `XENVER_changeset`; max reply 264 bytes; ring only: A string does not fit in registers..
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Changeset;

/// Descriptor of [`Changeset`].
pub static OP_CHANGESET: rt::OpDesc = rt::OpDesc {
    family: "version",
    family_id: ID,
    msg_type: MSG_TYPE,
    family_version: VERSION,
    name: "changeset",
    id: 4,
    since: 1,
    privilege: rt::Privilege::Logical,
    flags: 0,
    request: &rt::EMPTY_SET,
    reply: &CHANGESET_REPLY_SET,
    max_reply: 264,
    target_domain: None,
    fastabi: None,
    ring_only: Some("A string does not fit in registers."),
    register_only: None,
    doc: "Report the source revision (untruncated, as XENVER_changeset2).",
};

impl rt::Op for Changeset {
    const DESC: &'static rt::OpDesc = &OP_CHANGESET;
    type Request<'a> = rt::Empty;
    type Reply<'a> = ChangesetReply<'a>;
}

/// Report one 32-bit submap of feature flags.
///
/// Op 6 (`get_features`), privilege `logical`; Xen `XENVER_get_features`; max reply 8 bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct GetFeatures;

/// The request of [`GetFeatures`].
pub type GetFeaturesRequest = FeaturesReq;

/// The reply of [`GetFeatures`].
pub type GetFeaturesReply = FeaturesReply;

/// Descriptor of [`GetFeatures`].
pub static OP_GET_FEATURES: rt::OpDesc = rt::OpDesc {
    family: "version",
    family_id: ID,
    msg_type: MSG_TYPE,
    family_version: VERSION,
    name: "get_features",
    id: 6,
    since: 1,
    privilege: rt::Privilege::Logical,
    flags: rt::op_flags::FASTABI,
    request: &FEATURES_REQ_SET,
    reply: &FEATURES_REPLY_SET,
    max_reply: 8,
    target_domain: None,
    fastabi: Some(rt::RegMap {
        form: None,
        inputs: &[(1, rt::Reg::Rsi)],
        outputs: &[(1, rt::Reg::R8)],
    }),
    ring_only: None,
    register_only: None,
    doc: "Report one 32-bit submap of feature flags.",
};

impl rt::Op for GetFeatures {
    const DESC: &'static rt::OpDesc = &OP_GET_FEATURES;
    type Request<'a> = FeaturesReq;
    type Reply<'a> = FeaturesReply;
}

impl rt::FastAbi for GetFeatures {
    fn request_to_regs(
        req: &Self::Request<'_>,
        r: &mut rt::Regs,
    ) -> ::core::result::Result<(), hvlink_proto::Errno> {
        r.rsi = rt::reg(req.submap_idx);
        Ok(())
    }
    fn request_from_regs(
        r: &rt::Regs,
    ) -> ::core::result::Result<Self::Request<'static>, hvlink_proto::Errno> {
        let v_submap_idx = rt::unreg::<u32>(r.rsi, &FEATURES_REQ_POLICY.attrs[0])?;
        Ok(FeaturesReq {
            submap_idx: v_submap_idx,
        })
    }
    fn reply_to_regs(
        rep: &Self::Reply<'_>,
        r: &mut rt::Regs,
    ) -> ::core::result::Result<(), hvlink_proto::Errno> {
        r.r8 = rt::reg(rep.submap);
        Ok(())
    }
    fn reply_from_regs(
        r: &rt::Regs,
    ) -> ::core::result::Result<Self::Reply<'static>, hvlink_proto::Errno> {
        let v_submap = rt::unreg::<XenFeatures>(r.r8, &FEATURES_REPLY_POLICY.attrs[0])?;
        Ok(FeaturesReply { submap: v_submap })
    }
}

/// Report the host page size.
///
/// Op 7 (`pagesize`), privilege `logical`; Xen `XENVER_pagesize`; max reply 8 bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Pagesize;

/// Descriptor of [`Pagesize`].
pub static OP_PAGESIZE: rt::OpDesc = rt::OpDesc {
    family: "version",
    family_id: ID,
    msg_type: MSG_TYPE,
    family_version: VERSION,
    name: "pagesize",
    id: 7,
    since: 1,
    privilege: rt::Privilege::Logical,
    flags: rt::op_flags::FASTABI,
    request: &rt::EMPTY_SET,
    reply: &PAGESIZE_REPLY_SET,
    max_reply: 8,
    target_domain: None,
    fastabi: Some(rt::RegMap {
        form: None,
        inputs: &[],
        outputs: &[(1, rt::Reg::Rsi)],
    }),
    ring_only: None,
    register_only: None,
    doc: "Report the host page size.",
};

impl rt::Op for Pagesize {
    const DESC: &'static rt::OpDesc = &OP_PAGESIZE;
    type Request<'a> = rt::Empty;
    type Reply<'a> = PagesizeReply;
}

impl rt::FastAbi for Pagesize {
    fn request_to_regs(
        req: &Self::Request<'_>,
        r: &mut rt::Regs,
    ) -> ::core::result::Result<(), hvlink_proto::Errno> {
        let _ = (req, r);
        Ok(())
    }
    fn request_from_regs(
        r: &rt::Regs,
    ) -> ::core::result::Result<Self::Request<'static>, hvlink_proto::Errno> {
        let _ = r;
        Ok(rt::Empty)
    }
    fn reply_to_regs(
        rep: &Self::Reply<'_>,
        r: &mut rt::Regs,
    ) -> ::core::result::Result<(), hvlink_proto::Errno> {
        r.rsi = rt::reg(rep.page_size);
        Ok(())
    }
    fn reply_from_regs(
        r: &rt::Regs,
    ) -> ::core::result::Result<Self::Reply<'static>, hvlink_proto::Errno> {
        let v_page_size = rt::unreg::<u32>(r.rsi, &PAGESIZE_REPLY_POLICY.attrs[0])?;
        Ok(PagesizeReply {
            page_size: v_page_size,
        })
    }
}

/// Report the handle the toolstack gave this domain.
///
/// Op 8 (`guest_handle`), privilege `logical`; Xen `XENVER_guest_handle`; max reply 20 bytes; ring only: A 16-byte binary value does not fit the scalar register mapping..
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct GuestHandle;

/// Descriptor of [`GuestHandle`].
pub static OP_GUEST_HANDLE: rt::OpDesc = rt::OpDesc {
    family: "version",
    family_id: ID,
    msg_type: MSG_TYPE,
    family_version: VERSION,
    name: "guest_handle",
    id: 8,
    since: 1,
    privilege: rt::Privilege::Logical,
    flags: 0,
    request: &rt::EMPTY_SET,
    reply: &GUEST_HANDLE_REPLY_SET,
    max_reply: 20,
    target_domain: None,
    fastabi: None,
    ring_only: Some("A 16-byte binary value does not fit the scalar register mapping."),
    register_only: None,
    doc: "Report the handle the toolstack gave this domain.",
};

impl rt::Op for GuestHandle {
    const DESC: &'static rt::OpDesc = &OP_GUEST_HANDLE;
    type Request<'a> = rt::Empty;
    type Reply<'a> = GuestHandleReply<'a>;
}

/// Report the build id of the hypervisor.
///
/// Op 10 (`build_id`), privilege `logical`; Xen `XENVER_build_id`; max reply 68 bytes; ring only: Binary data does not fit in registers..
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct BuildId;

/// Descriptor of [`BuildId`].
pub static OP_BUILD_ID: rt::OpDesc = rt::OpDesc {
    family: "version",
    family_id: ID,
    msg_type: MSG_TYPE,
    family_version: VERSION,
    name: "build_id",
    id: 10,
    since: 1,
    privilege: rt::Privilege::Logical,
    flags: 0,
    request: &rt::EMPTY_SET,
    reply: &BUILD_ID_REPLY_SET,
    max_reply: 68,
    target_domain: None,
    fastabi: None,
    ring_only: Some("Binary data does not fit in registers."),
    register_only: None,
    doc: "Report the build id of the hypervisor.",
};

impl rt::Op for BuildId {
    const DESC: &'static rt::OpDesc = &OP_BUILD_ID;
    type Request<'a> = rt::Empty;
    type Reply<'a> = BuildIdReply<'a>;
}

/// The family's descriptor.
pub static FAMILY: rt::FamilyDesc = rt::FamilyDesc {
    name: "version",
    id: ID,
    msg_type: MSG_TYPE,
    version: VERSION,
    doc: "What hypervisor the guest runs on - its version, feature bitmaps, page size, build strings and the handle the toolstack gave the domain. Everything here is read-only information about the caller's own environment, so guest userspace may ask (logical); a host may still refuse build details to unprivileged domains. Strings come back whole, as Xen's *2 variants return them, bounded by max-len instead of truncated to a C array. Sub-op numbers are Xen's XENVER_* values and the register layout is the FastABI RFC's.",
    ops: &[&OP_VERSION, &OP_EXTRAVERSION, &OP_CAPABILITIES, &OP_CHANGESET, &OP_GET_FEATURES, &OP_PAGESIZE, &OP_GUEST_HANDLE, &OP_BUILD_ID],
};

/// What a host implements for this family: one method per op, called with a request
/// that was already validated (the same way on a ring and by register). Batch ops
/// report each entry's result through `out` as soon as it is known, so a host encodes
/// entries straight into its reply (or progress) message without collecting them.
pub trait Backend {
    /// Report the hypervisor's major and minor version.
    fn version(
        &mut self,
        ctx: &rt::Ctx,
    ) -> ::core::result::Result<VersionReply, hvlink_proto::Errno>;
    /// Report the version suffix (untruncated, as XENVER_extraversion2).
    fn extraversion(
        &mut self,
        ctx: &rt::Ctx,
    ) -> ::core::result::Result<ExtraversionReply<'_>, hvlink_proto::Errno>;
    /// Report the guest types the hypervisor can run (untruncated, as XENVER_capabilities2).
    fn capabilities(
        &mut self,
        ctx: &rt::Ctx,
    ) -> ::core::result::Result<CapabilitiesReply<'_>, hvlink_proto::Errno>;
    /// Report the source revision (untruncated, as XENVER_changeset2).
    fn changeset(
        &mut self,
        ctx: &rt::Ctx,
    ) -> ::core::result::Result<ChangesetReply<'_>, hvlink_proto::Errno>;
    /// Report one 32-bit submap of feature flags.
    fn get_features(
        &mut self,
        ctx: &rt::Ctx,
        req: &FeaturesReq,
    ) -> ::core::result::Result<FeaturesReply, hvlink_proto::Errno>;
    /// Report the host page size.
    fn pagesize(
        &mut self,
        ctx: &rt::Ctx,
    ) -> ::core::result::Result<PagesizeReply, hvlink_proto::Errno>;
    /// Report the handle the toolstack gave this domain.
    fn guest_handle(
        &mut self,
        ctx: &rt::Ctx,
    ) -> ::core::result::Result<GuestHandleReply<'_>, hvlink_proto::Errno>;
    /// Report the build id of the hypervisor.
    fn build_id(
        &mut self,
        ctx: &rt::Ctx,
    ) -> ::core::result::Result<BuildIdReply<'_>, hvlink_proto::Errno>;
}

/// Serve one ring request of this family: decode and validate `attrs` as op `cmd`'s
/// request, call the backend, write the reply's attributes (not the headers) into `reply`.
///
/// `ENOSYS` for an unknown op, `EOPNOTSUPP` for a register-only op; a request that fails
/// validation (or a reply that cannot be encoded) is [`rt::ServeError::Invalid`]. Batch ops
/// run the entries of `window` (see [`rt::serve_batch`]); a single-form request runs as a
/// one-entry batch and is answered in the single form. On error `reply` may hold a partial
/// write: the caller drops the message.
pub fn serve<B: Backend + ?Sized, S: c::Sink>(
    backend: &mut B,
    ctx: &rt::Ctx,
    cmd: u8,
    attrs: c::Attrs<'_>,
    window: rt::Window<'_>,
    reply: &mut c::Builder<S>,
) -> ::core::result::Result<rt::Served, rt::ServeError> {
    let _ = window;
    match OpId(cmd) {
        OpId::VERSION => {
            rt::Empty::decode(attrs)?;
            rt::served(&backend.version(ctx)?, reply)
        }
        OpId::EXTRAVERSION => {
            rt::Empty::decode(attrs)?;
            rt::served(&backend.extraversion(ctx)?, reply)
        }
        OpId::CAPABILITIES => {
            rt::Empty::decode(attrs)?;
            rt::served(&backend.capabilities(ctx)?, reply)
        }
        OpId::CHANGESET => {
            rt::Empty::decode(attrs)?;
            rt::served(&backend.changeset(ctx)?, reply)
        }
        OpId::GET_FEATURES => rt::served(
            &backend.get_features(ctx, &FeaturesReq::decode(attrs)?)?,
            reply,
        ),
        OpId::PAGESIZE => {
            rt::Empty::decode(attrs)?;
            rt::served(&backend.pagesize(ctx)?, reply)
        }
        OpId::GUEST_HANDLE => {
            rt::Empty::decode(attrs)?;
            rt::served(&backend.guest_handle(ctx)?, reply)
        }
        OpId::BUILD_ID => {
            rt::Empty::decode(attrs)?;
            rt::served(&backend.build_id(ctx)?, reply)
        }
        _ => Err(rt::ServeError::Errno(hvlink_proto::Errno::ENOSYS)),
    }
}

/// Validate a ring request of op `cmd` as `serve` does before it runs anything (the
/// whole request, every batch entry included), without running it: a host may do this
/// apart (outside its locks) and then serve the request with [`rt::Window::validated`].
/// Unknown and register-only ops pass (`serve` refuses them).
pub fn validate(cmd: u8, attrs: c::Attrs<'_>) -> ::core::result::Result<(), c::Error> {
    match OpId(cmd) {
        OpId::VERSION => rt::Empty::decode(attrs).map(|_| ()),
        OpId::EXTRAVERSION => rt::Empty::decode(attrs).map(|_| ()),
        OpId::CAPABILITIES => rt::Empty::decode(attrs).map(|_| ()),
        OpId::CHANGESET => rt::Empty::decode(attrs).map(|_| ()),
        OpId::GET_FEATURES => FeaturesReq::decode(attrs).map(|_| ()),
        OpId::PAGESIZE => rt::Empty::decode(attrs).map(|_| ()),
        OpId::GUEST_HANDLE => rt::Empty::decode(attrs).map(|_| ()),
        OpId::BUILD_ID => rt::Empty::decode(attrs).map(|_| ()),
        _ => Ok(()),
    }
}

/// [`validate`], keeping the entries of a batch request in `kept` as they are decoded
/// (see [`rt::keep`]): serve its windows with [`rt::Window::kept`] pointing there and each
/// entry is decoded once. For another op (or entries that borrow from the request) `kept`
/// is emptied and the request validated as by `validate`.
pub fn validate_keep(
    cmd: u8,
    attrs: c::Attrs<'_>,
    kept: &mut rt::Kept,
) -> ::core::result::Result<(), c::Error> {
    kept.clear();
    validate(cmd, attrs)
}

/// Serve one FastABI register call of this family (rdi = op id): request_from_regs,
/// backend, write_regs (rax = 0 + mapped outputs). On error return `Err(errno)` and leave
/// `regs` untouched (the caller writes -errno to rax only: "no implicit clobbering").
/// `ENOSYS` for an unknown op or one without a register mapping.
pub fn serve_regs<B: Backend + ?Sized>(
    backend: &mut B,
    ctx: &rt::Ctx,
    regs: &mut rt::Regs,
) -> ::core::result::Result<(), hvlink_proto::Errno> {
    match OpId(rt::reg_op(regs)?) {
        OpId::VERSION => rt::commit_regs::<Version>(&backend.version(ctx)?, regs),
        OpId::GET_FEATURES => {
            let req = <GetFeatures as rt::FastAbi>::request_from_regs(regs)?;
            rt::commit_regs::<GetFeatures>(&backend.get_features(ctx, &req)?, regs)
        }
        OpId::PAGESIZE => rt::commit_regs::<Pagesize>(&backend.pagesize(ctx)?, regs),
        _ => Err(hvlink_proto::Errno::ENOSYS),
    }
}
