// Do not edit: generated from proto/compat/spec/v2/domctl.yaml by hvlink-proto-gen; regenerate with `cargo run -p hvlink-proto-gen`.
//! Domain control for toolstacks: create a domain (paused), size it, pause and unpause it, ask how it is, and destroy it. Sub-op numbers are Xen's XEN_DOMCTL_* values (xen/include/public/domctl.h). Unlike Xen's one struct with a union and an interface_version that must match exactly, each op has its own attributes, and the family version plus the compatibility rules let a toolstack of one version drive a hypervisor of another. Control ops come from the control domain; a device-model domain may make the ops marked device-model on its target (set_target; Xen's IS_PRIV_FOR); no control op acts on the control domain. getdomaininfo, getvcpuinfo and getvcpuaffinity on the caller itself are open to any domain.

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
pub const ID: u16 = 0x24;
/// Message type of the family's ring messages.
pub const MSG_TYPE: u16 = 0x124;
/// Current family version.
pub const VERSION: u8 = 2;

/// Op ids of the family (the family header's `cmd`, rdi in a register call).
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct OpId(pub u8);

impl OpId {
    /// Create a domain, paused, with no memory and no vCPUs running.
    pub const CREATEDOMAIN: OpId = OpId(1);
    /// Destroy a domain - it is dying until its resources are released, then gone.
    pub const DESTROYDOMAIN: OpId = OpId(2);
    /// Pause a domain (its vCPUs stop being scheduled).
    pub const PAUSEDOMAIN: OpId = OpId(3);
    /// Undo pausedomain (and the pause a new domain is created with).
    pub const UNPAUSEDOMAIN: OpId = OpId(4);
    /// Report a domain's state, memory and vCPUs (any domain about itself; the control domain about any).
    pub const GETDOMAININFO: OpId = OpId(5);
    /// Set a vCPU's hard and soft affinity; the reply holds what is in effect.
    pub const SETVCPUAFFINITY: OpId = OpId(9);
    /// Set the most memory a domain may have (its pages are counted against it).
    pub const MAX_MEM: OpId = OpId(11);
    /// Report one vCPU's state.
    pub const GETVCPUINFO: OpId = OpId(14);
    /// Bring the domain's vCPU count to max (vCPU 0 up, the others down until the guest starts them).
    pub const MAX_VCPUS: OpId = OpId(15);
    /// Set the offset of the domain's wallclock.
    pub const SETTIMEOFFSET: OpId = OpId(24);
    /// Report a vCPU's hard and soft affinity.
    pub const GETVCPUAFFINITY: OpId = OpId(25);
    /// Make domain a device-model domain for target (it may then make device-model ops on it).
    pub const SET_TARGET: OpId = OpId(46);
    /// Every op: (name, id).
    pub const ENTRIES: &'static [(&'static str, i64)] = &[
        ("createdomain", 1),
        ("destroydomain", 2),
        ("pausedomain", 3),
        ("unpausedomain", 4),
        ("getdomaininfo", 5),
        ("setvcpuaffinity", 9),
        ("max_mem", 11),
        ("getvcpuinfo", 14),
        ("max_vcpus", 15),
        ("settimeoffset", 24),
        ("getvcpuaffinity", 25),
        ("set_target", 46),
    ];
}

impl ::core::fmt::Debug for OpId {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        rt::fmt_enum(f, "OpId", Self::ENTRIES, self.0 as i128)
    }
}

/// Creation flags (XEN_DOMCTL_CDF_*).
///
/// Closed flag set: any value is representable; the constants are the spec's entries.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Cdf(pub u32);

impl Cdf {
    /// An HVM guest (as opposed to PV).
    pub const HVM: Cdf = Cdf(1);
    /// Use hardware-assisted paging if available.
    pub const HAP: Cdf = Cdf(2);
    /// Memory integrity verified by tboot during Sx.
    pub const S3_INTEGRITY: Cdf = Cdf(4);
    /// Disable out-of-sync shadow page tables.
    pub const OOS_OFF: Cdf = Cdf(8);
    /// A xenstore domain.
    pub const XS_DOMAIN: Cdf = Cdf(16);
    /// The domain may use the IOMMU.
    pub const IOMMU: Cdf = Cdf(32);
    /// Nested virtualisation.
    pub const NESTED_VIRT: Cdf = Cdf(64);
    /// Expose the vPMU to the guest (Xen 4.16, domctl version 2: an older host refuses it).
    pub const VPMU: Cdf = Cdf(128);
    /// Every entry: (name, value).
    pub const ENTRIES: &'static [(&'static str, i64)] = &[
        ("hvm", 1),
        ("hap", 2),
        ("s3-integrity", 4),
        ("oos-off", 8),
        ("xs-domain", 16),
        ("iommu", 32),
        ("nested-virt", 64),
        ("vpmu", 128),
    ];
}

impl ::core::fmt::Debug for Cdf {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        rt::fmt_flags(f, Self::ENTRIES, self.0 as u64)
    }
}

impl ::core::ops::BitOr for Cdf {
    type Output = Cdf;
    fn bitor(self, rhs: Cdf) -> Cdf {
        Cdf(self.0 | rhs.0)
    }
}

hvlink_proto::__scalar_newtype!(Cdf, u32);

/// Domain state flags as getdomaininfo reports them (XEN_DOMINF_*); bits 16..23 hold the shutdown code.
///
/// Closed flag set: any value is representable; the constants are the spec's entries.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Dominf(pub u32);

impl Dominf {
    /// Destroyed; its resources are being released.
    pub const DYING: Dominf = Dominf(1);
    /// An HVM guest.
    pub const HVM_GUEST: Dominf = Dominf(2);
    /// The guest has shut down (code in shutdown-code).
    pub const SHUTDOWN: Dominf = Dominf(4);
    /// Paused by the toolstack.
    pub const PAUSED: Dominf = Dominf(8);
    /// Every online vCPU is blocked waiting for an event.
    pub const BLOCKED: Dominf = Dominf(16);
    /// Some vCPU is runnable or running.
    pub const RUNNING: Dominf = Dominf(32);
    /// Being debugged.
    pub const DEBUGGED: Dominf = Dominf(64);
    /// A xenstore domain.
    pub const XS_DOMAIN: Dominf = Dominf(128);
    /// Uses hardware-assisted paging.
    pub const HAP: Dominf = Dominf(256);
    /// XEN_DOMINF_shutdownmask << XEN_DOMINF_shutdownshift: the SHUTDOWN_* reason when shutdown is set.
    pub const SHUTDOWN_CODE: Dominf = Dominf(16711680);
    /// Every entry: (name, value).
    pub const ENTRIES: &'static [(&'static str, i64)] = &[
        ("dying", 1),
        ("hvm-guest", 2),
        ("shutdown", 4),
        ("paused", 8),
        ("blocked", 16),
        ("running", 32),
        ("debugged", 64),
        ("xs-domain", 128),
        ("hap", 256),
        ("shutdown-code", 16711680),
    ];
}

impl ::core::fmt::Debug for Dominf {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        rt::fmt_flags(f, Self::ENTRIES, self.0 as u64)
    }
}

impl ::core::ops::BitOr for Dominf {
    type Output = Dominf;
    fn bitor(self, rhs: Dominf) -> Dominf {
        Dominf(self.0 | rhs.0)
    }
}

hvlink_proto::__scalar_newtype!(Dominf, u32);

/// Attribute type numbers, one module per attribute set.
pub mod ids {
    /// Attributes of `create-req`.
    pub mod create_req {
        /// `domain`: Domain id wanted; 0 lets the hypervisor choose (Xen: 0 or a reserved id auto-allocates).
        pub const DOMAIN: u16 = 1;
        /// `flags`: Creation flags.
        pub const FLAGS: u16 = 2;
        /// `max-vcpus`: Most vCPUs the domain will have.
        pub const MAX_VCPUS: u16 = 3;
        /// `max-evtchn-port`: Highest event channel port.
        pub const MAX_EVTCHN_PORT: u16 = 4;
        /// `max-grant-frames`: Most grant table frames; -1 for the hypervisor's default.
        pub const MAX_GRANT_FRAMES: u16 = 5;
        /// `max-maptrack-frames`: Most maptrack frames; -1 for the hypervisor's default.
        pub const MAX_MAPTRACK_FRAMES: u16 = 6;
        /// `handle`: The toolstack's 16-byte handle (a UUID; xen_domain_handle_t).
        pub const HANDLE: u16 = 7;
        /// `name`: Name (hvlink: Xen keeps names in xenstore, which hvlink does not have).
        pub const NAME: u16 = 8;
        /// `max-grant-version`: Highest grant table version the guest may use (grant_opts, Xen 4.16); absent: the host's highest.
        pub const MAX_GRANT_VERSION: u16 = 9;
    }
    /// Attributes of `create-reply`.
    pub mod create_reply {
        /// `domain`: The new domain's id.
        pub const DOMAIN: u16 = 1;
    }
    /// Attributes of `dom-req`.
    pub mod dom_req {
        /// `domain`: The domain.
        pub const DOMAIN: u16 = 1;
    }
    /// Attributes of `query-req`.
    pub mod query_req {
        /// `domain`: The domain; DOMID_SELF (0x7FF0) for the caller.
        pub const DOMAIN: u16 = 1;
    }
    /// Attributes of `info`.
    pub mod info {
        /// `flags`: State flags and shutdown code.
        pub const FLAGS: u16 = 1;
        /// `tot-pages`: Pages the domain has.
        pub const TOT_PAGES: u16 = 2;
        /// `max-pages`: Most pages it may have (max_mem).
        pub const MAX_PAGES: u16 = 3;
        /// `nr-online-vcpus`: vCPUs online.
        pub const NR_ONLINE_VCPUS: u16 = 4;
        /// `cpu-time`: CPU time used, in ns.
        pub const CPU_TIME: u16 = 5;
        /// `max-vcpu-id`: Highest vCPU id.
        pub const MAX_VCPU_ID: u16 = 6;
        /// `domain`: The domain's id.
        pub const DOMAIN: u16 = 7;
        /// `cpupool`: CPU pool.
        pub const CPUPOOL: u16 = 8;
        /// `handle`: The toolstack's handle.
        pub const HANDLE: u16 = 9;
        /// `name`: Name given at creation (hvlink).
        pub const NAME: u16 = 10;
        /// `outstanding-pages`: Pages claimed but not yet allocated.
        pub const OUTSTANDING_PAGES: u16 = 11;
        /// `gpaddr-bits`: Width of the guest-physical address space (Xen 4.16).
        pub const GPADDR_BITS: u16 = 12;
    }
    /// Attributes of `max-vcpus-req`.
    pub mod max_vcpus_req {
        /// `domain`: The domain.
        pub const DOMAIN: u16 = 1;
        /// `max`: Number of vCPUs (at most createdomain's max-vcpus).
        pub const MAX: u16 = 2;
    }
    /// Attributes of `max-mem-req`.
    pub mod max_mem_req {
        /// `domain`: The domain.
        pub const DOMAIN: u16 = 1;
        /// `max-memkb`: Most memory in KiB (at most 1 TiB in the model).
        pub const MAX_MEMKB: u16 = 2;
    }
    /// Attributes of `affinity-req`.
    pub mod affinity_req {
        /// `domain`: The domain.
        pub const DOMAIN: u16 = 1;
        /// `vcpu`: The vCPU.
        pub const VCPU: u16 = 2;
        /// `hard`: Hard affinity: bit n = physical CPU n (xenctl_bitmap of up to 64 CPUs).
        pub const HARD: u16 = 3;
        /// `soft`: Soft affinity, as hard.
        pub const SOFT: u16 = 4;
    }
    /// Attributes of `vcpu-query-req`.
    pub mod vcpu_query_req {
        /// `domain`: The domain; DOMID_SELF (0x7FF0) for the caller.
        pub const DOMAIN: u16 = 1;
        /// `vcpu`: The vCPU.
        pub const VCPU: u16 = 2;
    }
    /// Attributes of `affinity-reply`.
    pub mod affinity_reply {
        /// `hard`: Hard affinity mask in effect.
        pub const HARD: u16 = 1;
        /// `soft`: Soft affinity mask in effect.
        pub const SOFT: u16 = 2;
    }
    /// Attributes of `vcpuinfo-reply`.
    pub mod vcpuinfo_reply {
        /// `online`: Currently online.
        pub const ONLINE: u16 = 1;
        /// `blocked`: Blocked waiting for an event.
        pub const BLOCKED: u16 = 2;
        /// `running`: Runnable or running.
        pub const RUNNING: u16 = 3;
        /// `cpu-time`: CPU time used, in ns.
        pub const CPU_TIME: u16 = 4;
        /// `cpu`: Physical CPU it runs on.
        pub const CPU: u16 = 5;
    }
    /// Attributes of `time-offset-req`.
    pub mod time_offset_req {
        /// `domain`: The domain.
        pub const DOMAIN: u16 = 1;
        /// `seconds`: Offset applied to the domain's wallclock.
        pub const SECONDS: u16 = 2;
    }
    /// Attributes of `set-target-req`.
    pub mod set_target_req {
        /// `domain`: The device-model domain.
        pub const DOMAIN: u16 = 1;
        /// `target`: The domain it serves.
        pub const TARGET: u16 = 2;
    }
}

/// Request of createdomain (struct xen_domctl_createdomain).
#[derive(
    ::core::clone::Clone, ::core::marker::Copy, ::core::fmt::Debug, ::core::cmp::PartialEq,
)]
pub struct CreateReq<'a> {
    /// Domain id wanted; 0 lets the hypervisor choose (Xen: 0 or a reserved id auto-allocates).
    ///
    /// `domain` (id 1, u16), default `0u16` when absent.
    pub domain: u16,
    /// Creation flags.
    ///
    /// `flags` (id 2, u32), default `Cdf(0)` when absent.
    pub flags: Cdf,
    /// Most vCPUs the domain will have.
    ///
    /// `max-vcpus` (id 3, u32), required.
    pub max_vcpus: u32,
    /// Highest event channel port.
    ///
    /// `max-evtchn-port` (id 4, u32), default `0x3ffu32` when absent.
    pub max_evtchn_port: u32,
    /// Most grant table frames; -1 for the hypervisor's default.
    ///
    /// `max-grant-frames` (id 5, s32), default `-1i32` when absent.
    pub max_grant_frames: i32,
    /// Most maptrack frames; -1 for the hypervisor's default.
    ///
    /// `max-maptrack-frames` (id 6, s32), default `-1i32` when absent.
    pub max_maptrack_frames: i32,
    /// The toolstack's 16-byte handle (a UUID; xen_domain_handle_t).
    ///
    /// `handle` (id 7, binary).
    pub handle: Option<&'a [u8]>,
    /// Name (hvlink: Xen keeps names in xenstore, which hvlink does not have).
    ///
    /// `name` (id 8, string).
    pub name: Option<&'a str>,
    /// Highest grant table version the guest may use (grant_opts, Xen 4.16); absent: the host's highest.
    ///
    /// `max-grant-version` (id 9, u8), must-understand, since version 2.
    pub max_grant_version: Option<u8>,
}

/// Validation policy of `create-req`.
pub static CREATE_REQ_POLICY: c::Policy = c::Policy::new(
    "create-req",
    &[
        c::AttrPolicy::new(1, "domain", c::AttrType::U16)
            .values(c::Values::Range { min: 0, max: 32751 }),
        c::AttrPolicy::new(2, "flags", c::AttrType::U32).values(c::Values::Mask(0xff)),
        c::AttrPolicy::new(3, "max-vcpus", c::AttrType::U32)
            .required()
            .values(c::Values::Range { min: 1, max: 128 }),
        c::AttrPolicy::new(4, "max-evtchn-port", c::AttrType::U32)
            .values(c::Values::Range { min: 0, max: 4095 }),
        c::AttrPolicy::new(5, "max-grant-frames", c::AttrType::S32)
            .values(c::Values::Range { min: -1, max: 64 }),
        c::AttrPolicy::new(6, "max-maptrack-frames", c::AttrType::S32)
            .values(c::Values::Range { min: -1, max: 1024 }),
        c::AttrPolicy::new(7, "handle", c::AttrType::Binary).len(0, 16),
        c::AttrPolicy::new(8, "name", c::AttrType::String).len(0, 63),
        c::AttrPolicy::new(9, "max-grant-version", c::AttrType::U8)
            .must_understand()
            .values(c::Values::Range { min: 1, max: 2 }),
    ],
)
.max_attrs(1024);

/// Descriptor of `create-req`.
pub static CREATE_REQ_SET: rt::SetDesc = rt::SetDesc {
    name: "create-req",
    doc: "Request of createdomain (struct xen_domctl_createdomain).",
    policy: &CREATE_REQ_POLICY,
    attrs: &[
        rt::AttrDesc {
            kind: 1,
            name: "domain",
            ty: "u16",
            doc: "Domain id wanted; 0 lets the hypervisor choose (Xen: 0 or a reserved id auto-allocates).",
            required: false,
            max_count: 0,
            must_understand: false,
            since: 1,
            default: Some(0),
            enumeration: None,
            nested: None,
            form: None,
            when: None,
        },
        rt::AttrDesc {
            kind: 2,
            name: "flags",
            ty: "u32",
            doc: "Creation flags.",
            required: false,
            max_count: 0,
            must_understand: false,
            since: 1,
            default: Some(0),
            enumeration: Some("cdf"),
            nested: None,
            form: None,
            when: None,
        },
        rt::AttrDesc {
            kind: 3,
            name: "max-vcpus",
            ty: "u32",
            doc: "Most vCPUs the domain will have.",
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
            kind: 4,
            name: "max-evtchn-port",
            ty: "u32",
            doc: "Highest event channel port.",
            required: false,
            max_count: 0,
            must_understand: false,
            since: 1,
            default: Some(1023),
            enumeration: None,
            nested: None,
            form: None,
            when: None,
        },
        rt::AttrDesc {
            kind: 5,
            name: "max-grant-frames",
            ty: "s32",
            doc: "Most grant table frames; -1 for the hypervisor's default.",
            required: false,
            max_count: 0,
            must_understand: false,
            since: 1,
            default: Some(-1),
            enumeration: None,
            nested: None,
            form: None,
            when: None,
        },
        rt::AttrDesc {
            kind: 6,
            name: "max-maptrack-frames",
            ty: "s32",
            doc: "Most maptrack frames; -1 for the hypervisor's default.",
            required: false,
            max_count: 0,
            must_understand: false,
            since: 1,
            default: Some(-1),
            enumeration: None,
            nested: None,
            form: None,
            when: None,
        },
        rt::AttrDesc {
            kind: 7,
            name: "handle",
            ty: "binary",
            doc: "The toolstack's 16-byte handle (a UUID; xen_domain_handle_t).",
            required: false,
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
            kind: 8,
            name: "name",
            ty: "string",
            doc: "Name (hvlink: Xen keeps names in xenstore, which hvlink does not have).",
            required: false,
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
            kind: 9,
            name: "max-grant-version",
            ty: "u8",
            doc: "Highest grant table version the guest may use (grant_opts, Xen 4.16); absent: the host's highest.",
            required: false,
            max_count: 0,
            must_understand: true,
            since: 2,
            default: None,
            enumeration: None,
            nested: None,
            form: None,
            when: None,
        },
    ],
    forms: &[
    ],
};

impl<'a> rt::AttrSet<'a> for CreateReq<'a> {
    const DESC: &'static rt::SetDesc = &CREATE_REQ_SET;

    fn decode_at(attrs: c::Attrs<'a>, container: usize) -> c::Result<Self> {
        let mut v_domain: Option<u16> = None;
        let mut v_flags: Option<Cdf> = None;
        let mut v_max_vcpus: Option<u32> = None;
        let mut v_max_evtchn_port: Option<u32> = None;
        let mut v_max_grant_frames: Option<i32> = None;
        let mut v_max_maptrack_frames: Option<i32> = None;
        let mut v_handle: Option<&'a [u8]> = None;
        let mut v_name: Option<&'a str> = None;
        let mut v_max_grant_version: Option<u8> = None;
        let mut seen: u32 = 0;
        let mut count = 0u32;
        let mut walk = rt::Walk::new(&attrs);
        if let Some(a) = walk.expect(0x00010006) {
            count += 1;
            seen |= 0x1;
            let r = rt::int::<u16>(&a)?;
            rt::check_range(&a, r as i128, 0, 32751)?;
            let v = r;
            v_domain = Some(v);
        }
        if let Some(a) = walk.expect(0x00020008) {
            count += 1;
            seen |= 0x2;
            let r = rt::int::<u32>(&a)?;
            rt::check_mask(&a, r as i128, 0xff)?;
            let v = Cdf(r);
            v_flags = Some(v);
        }
        if let Some(a) = walk.expect(0x00030008) {
            count += 1;
            seen |= 0x4;
            let r = rt::int::<u32>(&a)?;
            rt::check_range(&a, r as i128, 1, 128)?;
            let v = r;
            v_max_vcpus = Some(v);
        }
        if let Some(a) = walk.expect(0x00040008) {
            count += 1;
            seen |= 0x8;
            let r = rt::int::<u32>(&a)?;
            rt::check_range(&a, r as i128, 0, 4095)?;
            let v = r;
            v_max_evtchn_port = Some(v);
        }
        if let Some(a) = walk.expect(0x00050008) {
            count += 1;
            seen |= 0x10;
            let r = rt::int::<i32>(&a)?;
            rt::check_range(&a, r as i128, -1, 64)?;
            let v = r;
            v_max_grant_frames = Some(v);
        }
        if let Some(a) = walk.expect(0x00060008) {
            count += 1;
            seen |= 0x20;
            let r = rt::int::<i32>(&a)?;
            rt::check_range(&a, r as i128, -1, 1024)?;
            let v = r;
            v_max_maptrack_frames = Some(v);
        }
        if let Some(a) = walk.expect(0x40090005) {
            count += 1;
            seen |= 0x100;
            let r = rt::int::<u8>(&a)?;
            rt::check_range(&a, r as i128, 1, 2)?;
            let v = r;
            v_max_grant_version = Some(v);
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
                    rt::check_range(&a, r as i128, 0, 32751)?;
                    let v = r;
                    v_domain = Some(v);
                }
                2 => {
                    if seen & 0x2 != 0 {
                        return Err(rt::duplicate(a));
                    }
                    seen |= 0x2;
                    let r = rt::int::<u32>(&a)?;
                    rt::check_mask(&a, r as i128, 0xff)?;
                    let v = Cdf(r);
                    v_flags = Some(v);
                }
                3 => {
                    if seen & 0x4 != 0 {
                        return Err(rt::duplicate(a));
                    }
                    seen |= 0x4;
                    let r = rt::int::<u32>(&a)?;
                    rt::check_range(&a, r as i128, 1, 128)?;
                    let v = r;
                    v_max_vcpus = Some(v);
                }
                4 => {
                    if seen & 0x8 != 0 {
                        return Err(rt::duplicate(a));
                    }
                    seen |= 0x8;
                    let r = rt::int::<u32>(&a)?;
                    rt::check_range(&a, r as i128, 0, 4095)?;
                    let v = r;
                    v_max_evtchn_port = Some(v);
                }
                5 => {
                    if seen & 0x10 != 0 {
                        return Err(rt::duplicate(a));
                    }
                    seen |= 0x10;
                    let r = rt::int::<i32>(&a)?;
                    rt::check_range(&a, r as i128, -1, 64)?;
                    let v = r;
                    v_max_grant_frames = Some(v);
                }
                6 => {
                    if seen & 0x20 != 0 {
                        return Err(rt::duplicate(a));
                    }
                    seen |= 0x20;
                    let r = rt::int::<i32>(&a)?;
                    rt::check_range(&a, r as i128, -1, 1024)?;
                    let v = r;
                    v_max_maptrack_frames = Some(v);
                }
                7 => {
                    if seen & 0x40 != 0 {
                        return Err(rt::duplicate(a));
                    }
                    seen |= 0x40;
                    let v = rt::binary(&a, 0, 16)?;
                    v_handle = Some(v);
                }
                8 => {
                    if seen & 0x80 != 0 {
                        return Err(rt::duplicate(a));
                    }
                    seen |= 0x80;
                    let v = rt::string(&a, 0, 63)?;
                    v_name = Some(v);
                }
                9 => {
                    if seen & 0x100 != 0 {
                        return Err(rt::duplicate(a));
                    }
                    seen |= 0x100;
                    let r = rt::int::<u8>(&a)?;
                    rt::check_range(&a, r as i128, 1, 2)?;
                    let v = r;
                    v_max_grant_version = Some(v);
                }
                _ => rt::unknown(&a)?,
            }
        }
        if seen & 0x4 != 0x4 {
            return Err(rt::missing(
                container,
                (0x4 & !seen) as u128,
                &[1, 2, 3, 4, 5, 6, 7, 8, 9],
            ));
        }
        Ok(CreateReq {
            domain: v_domain.unwrap_or(0u16),
            flags: v_flags.unwrap_or(Cdf(0)),
            max_vcpus: rt::req(v_max_vcpus, container, 3)?,
            max_evtchn_port: v_max_evtchn_port.unwrap_or(0x3ffu32),
            max_grant_frames: v_max_grant_frames.unwrap_or(-1i32),
            max_maptrack_frames: v_max_maptrack_frames.unwrap_or(-1i32),
            handle: v_handle,
            name: v_name,
            max_grant_version: v_max_grant_version,
        })
    }

    fn encode<S: c::Sink>(&self, b: &mut c::Builder<S>) -> c::Result<()> {
        rt::put_def(b, 1, &self.domain, 0u16)?;
        rt::put_def(b, 2, &self.flags, Cdf(0))?;
        rt::put(b, 3, &self.max_vcpus)?;
        rt::put_def(b, 4, &self.max_evtchn_port, 0x3ffu32)?;
        rt::put_def(b, 5, &self.max_grant_frames, -1i32)?;
        rt::put_def(b, 6, &self.max_maptrack_frames, -1i32)?;
        rt::put_opt(b, 7, &self.handle)?;
        rt::put_opt(b, 8, &self.name)?;
        rt::put_opt(b, 0x4009, &self.max_grant_version)?;
        Ok(())
    }
}

impl<'a> rt::Elem<'a> for CreateReq<'a> {
    #[inline]
    fn from_attr(a: &c::Attr<'a>) -> c::Result<Self> {
        rt::nest_from_attr(a)
    }
    fn put_attr<S: c::Sink>(&self, b: &mut c::Builder<S>, raw_kind: u16) -> c::Result<()> {
        rt::nest_put(self, b, raw_kind)
    }
}

/// Reply of createdomain.
#[derive(
    ::core::clone::Clone, ::core::marker::Copy, ::core::fmt::Debug, ::core::cmp::PartialEq,
)]
pub struct CreateReply {
    /// The new domain's id.
    ///
    /// `domain` (id 1, u16), required.
    pub domain: u16,
}

/// Validation policy of `create-reply`.
pub static CREATE_REPLY_POLICY: c::Policy = c::Policy::new(
    "create-reply",
    &[c::AttrPolicy::new(1, "domain", c::AttrType::U16).required()],
)
.max_attrs(1024);

/// Descriptor of `create-reply`.
pub static CREATE_REPLY_SET: rt::SetDesc = rt::SetDesc {
    name: "create-reply",
    doc: "Reply of createdomain.",
    policy: &CREATE_REPLY_POLICY,
    attrs: &[rt::AttrDesc {
        kind: 1,
        name: "domain",
        ty: "u16",
        doc: "The new domain's id.",
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

impl<'a> rt::AttrSet<'a> for CreateReply {
    const DESC: &'static rt::SetDesc = &CREATE_REPLY_SET;

    fn decode_at(attrs: c::Attrs<'a>, container: usize) -> c::Result<Self> {
        let mut v_domain: Option<u16> = None;
        let mut seen: u32 = 0;
        let mut count = 0u32;
        'walk: {
            if let Ok(b) = <&[u8; 8]>::try_from(attrs.remaining()) {
                if rt::word(b, 0) == 0x00010006 {
                    let at = attrs.offset();
                    {
                        let a = c::Attr::new(0x0001, at as u32, rt::bytes(b, 4, 2));
                        seen |= 0x1;
                        let r = rt::int::<u16>(&a)?;
                        let v = r;
                        v_domain = Some(v);
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
                v_domain = Some(v);
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
                        v_domain = Some(v);
                    }
                    _ => rt::unknown(&a)?,
                }
            }
        }
        if seen & 0x1 != 0x1 {
            return Err(rt::missing(container, (0x1 & !seen) as u128, &[1]));
        }
        Ok(CreateReply {
            domain: rt::req(v_domain, container, 1)?,
        })
    }

    fn encode<S: c::Sink>(&self, b: &mut c::Builder<S>) -> c::Result<()> {
        rt::put(b, 1, &self.domain)?;
        Ok(())
    }
}

impl<'a> rt::Elem<'a> for CreateReply {
    #[inline]
    fn from_attr(a: &c::Attr<'a>) -> c::Result<Self> {
        rt::nest_from_attr(a)
    }
    fn put_attr<S: c::Sink>(&self, b: &mut c::Builder<S>, raw_kind: u16) -> c::Result<()> {
        rt::nest_put(self, b, raw_kind)
    }
}

/// Request naming the domain acted on.
#[derive(
    ::core::clone::Clone, ::core::marker::Copy, ::core::fmt::Debug, ::core::cmp::PartialEq,
)]
pub struct DomReq {
    /// The domain.
    ///
    /// `domain` (id 1, u16), required.
    pub domain: u16,
}

/// Validation policy of `dom-req`.
pub static DOM_REQ_POLICY: c::Policy = c::Policy::new(
    "dom-req",
    &[c::AttrPolicy::new(1, "domain", c::AttrType::U16).required()],
)
.max_attrs(1024);

/// Descriptor of `dom-req`.
pub static DOM_REQ_SET: rt::SetDesc = rt::SetDesc {
    name: "dom-req",
    doc: "Request naming the domain acted on.",
    policy: &DOM_REQ_POLICY,
    attrs: &[rt::AttrDesc {
        kind: 1,
        name: "domain",
        ty: "u16",
        doc: "The domain.",
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

impl<'a> rt::AttrSet<'a> for DomReq {
    const DESC: &'static rt::SetDesc = &DOM_REQ_SET;

    fn decode_at(attrs: c::Attrs<'a>, container: usize) -> c::Result<Self> {
        let mut v_domain: Option<u16> = None;
        let mut seen: u32 = 0;
        let mut count = 0u32;
        'walk: {
            if let Ok(b) = <&[u8; 8]>::try_from(attrs.remaining()) {
                if rt::word(b, 0) == 0x00010006 {
                    let at = attrs.offset();
                    {
                        let a = c::Attr::new(0x0001, at as u32, rt::bytes(b, 4, 2));
                        seen |= 0x1;
                        let r = rt::int::<u16>(&a)?;
                        let v = r;
                        v_domain = Some(v);
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
                v_domain = Some(v);
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
                        v_domain = Some(v);
                    }
                    _ => rt::unknown(&a)?,
                }
            }
        }
        if seen & 0x1 != 0x1 {
            return Err(rt::missing(container, (0x1 & !seen) as u128, &[1]));
        }
        Ok(DomReq {
            domain: rt::req(v_domain, container, 1)?,
        })
    }

    fn encode<S: c::Sink>(&self, b: &mut c::Builder<S>) -> c::Result<()> {
        rt::put(b, 1, &self.domain)?;
        Ok(())
    }
}

impl<'a> rt::Elem<'a> for DomReq {
    #[inline]
    fn from_attr(a: &c::Attr<'a>) -> c::Result<Self> {
        rt::nest_from_attr(a)
    }
    fn put_attr<S: c::Sink>(&self, b: &mut c::Builder<S>, raw_kind: u16) -> c::Result<()> {
        rt::nest_put(self, b, raw_kind)
    }
}

/// Request naming the domain asked about.
#[derive(
    ::core::clone::Clone, ::core::marker::Copy, ::core::fmt::Debug, ::core::cmp::PartialEq,
)]
pub struct QueryReq {
    /// The domain; DOMID_SELF (0x7FF0) for the caller.
    ///
    /// `domain` (id 1, u16), default `0x7ff0u16` when absent.
    pub domain: u16,
}

/// Validation policy of `query-req`.
pub static QUERY_REQ_POLICY: c::Policy = c::Policy::new(
    "query-req",
    &[c::AttrPolicy::new(1, "domain", c::AttrType::U16)],
)
.max_attrs(1024);

/// Descriptor of `query-req`.
pub static QUERY_REQ_SET: rt::SetDesc = rt::SetDesc {
    name: "query-req",
    doc: "Request naming the domain asked about.",
    policy: &QUERY_REQ_POLICY,
    attrs: &[rt::AttrDesc {
        kind: 1,
        name: "domain",
        ty: "u16",
        doc: "The domain; DOMID_SELF (0x7FF0) for the caller.",
        required: false,
        max_count: 0,
        must_understand: false,
        since: 1,
        default: Some(32752),
        enumeration: None,
        nested: None,
        form: None,
        when: None,
    }],
    forms: &[],
};

impl<'a> rt::AttrSet<'a> for QueryReq {
    const DESC: &'static rt::SetDesc = &QUERY_REQ_SET;

    fn decode_at(attrs: c::Attrs<'a>, _container: usize) -> c::Result<Self> {
        let mut v_domain: Option<u16> = None;
        let mut seen: u32 = 0;
        let mut count = 0u32;
        'walk: {
            if let Ok(b) = <&[u8; 8]>::try_from(attrs.remaining()) {
                if rt::word(b, 0) == 0x00010006 {
                    let at = attrs.offset();
                    {
                        let a = c::Attr::new(0x0001, at as u32, rt::bytes(b, 4, 2));
                        let r = rt::int::<u16>(&a)?;
                        let v = r;
                        v_domain = Some(v);
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
                v_domain = Some(v);
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
                        v_domain = Some(v);
                    }
                    _ => rt::unknown(&a)?,
                }
            }
        }
        Ok(QueryReq {
            domain: v_domain.unwrap_or(0x7ff0u16),
        })
    }

    fn encode<S: c::Sink>(&self, b: &mut c::Builder<S>) -> c::Result<()> {
        rt::put_def(b, 1, &self.domain, 0x7ff0u16)?;
        Ok(())
    }
}

impl<'a> rt::Elem<'a> for QueryReq {
    #[inline]
    fn from_attr(a: &c::Attr<'a>) -> c::Result<Self> {
        rt::nest_from_attr(a)
    }
    fn put_attr<S: c::Sink>(&self, b: &mut c::Builder<S>, raw_kind: u16) -> c::Result<()> {
        rt::nest_put(self, b, raw_kind)
    }
}

/// What getdomaininfo reports (struct xen_domctl_getdomaininfo); also one entry of sysctl getdomaininfolist.
#[derive(
    ::core::clone::Clone, ::core::marker::Copy, ::core::fmt::Debug, ::core::cmp::PartialEq,
)]
pub struct Info<'a> {
    /// State flags and shutdown code.
    ///
    /// `flags` (id 1, u32), required.
    pub flags: Dominf,
    /// Pages the domain has.
    ///
    /// `tot-pages` (id 2, u64), required.
    pub tot_pages: u64,
    /// Most pages it may have (max_mem).
    ///
    /// `max-pages` (id 3, u64), required.
    pub max_pages: u64,
    /// vCPUs online.
    ///
    /// `nr-online-vcpus` (id 4, u32), required.
    pub nr_online_vcpus: u32,
    /// CPU time used, in ns.
    ///
    /// `cpu-time` (id 5, u64), required.
    pub cpu_time: u64,
    /// Highest vCPU id.
    ///
    /// `max-vcpu-id` (id 6, u32), required.
    pub max_vcpu_id: u32,
    /// The domain's id.
    ///
    /// `domain` (id 7, u16).
    pub domain: Option<u16>,
    /// CPU pool.
    ///
    /// `cpupool` (id 8, u32).
    pub cpupool: Option<u32>,
    /// The toolstack's handle.
    ///
    /// `handle` (id 9, binary).
    pub handle: Option<&'a [u8]>,
    /// Name given at creation (hvlink).
    ///
    /// `name` (id 10, string).
    pub name: Option<&'a str>,
    /// Pages claimed but not yet allocated.
    ///
    /// `outstanding-pages` (id 11, u64).
    pub outstanding_pages: Option<u64>,
    /// Width of the guest-physical address space (Xen 4.16).
    ///
    /// `gpaddr-bits` (id 12, u8), since version 2.
    pub gpaddr_bits: Option<u8>,
}

/// Validation policy of `info`.
pub static INFO_POLICY: c::Policy = c::Policy::new(
    "info",
    &[
        c::AttrPolicy::new(1, "flags", c::AttrType::U32).required(),
        c::AttrPolicy::new(2, "tot-pages", c::AttrType::U64).required(),
        c::AttrPolicy::new(3, "max-pages", c::AttrType::U64).required(),
        c::AttrPolicy::new(4, "nr-online-vcpus", c::AttrType::U32).required(),
        c::AttrPolicy::new(5, "cpu-time", c::AttrType::U64).required(),
        c::AttrPolicy::new(6, "max-vcpu-id", c::AttrType::U32).required(),
        c::AttrPolicy::new(7, "domain", c::AttrType::U16),
        c::AttrPolicy::new(8, "cpupool", c::AttrType::U32),
        c::AttrPolicy::new(9, "handle", c::AttrType::Binary).len(0, 16),
        c::AttrPolicy::new(10, "name", c::AttrType::String).len(0, 63),
        c::AttrPolicy::new(11, "outstanding-pages", c::AttrType::U64),
        c::AttrPolicy::new(12, "gpaddr-bits", c::AttrType::U8),
    ],
)
.max_attrs(1024);

/// Descriptor of `info`.
pub static INFO_SET: rt::SetDesc = rt::SetDesc {
    name: "info",
    doc: "What getdomaininfo reports (struct xen_domctl_getdomaininfo); also one entry of sysctl getdomaininfolist.",
    policy: &INFO_POLICY,
    attrs: &[
        rt::AttrDesc {
            kind: 1,
            name: "flags",
            ty: "u32",
            doc: "State flags and shutdown code.",
            required: true,
            max_count: 0,
            must_understand: false,
            since: 1,
            default: None,
            enumeration: Some("dominf"),
            nested: None,
            form: None,
            when: None,
        },
        rt::AttrDesc {
            kind: 2,
            name: "tot-pages",
            ty: "u64",
            doc: "Pages the domain has.",
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
            kind: 3,
            name: "max-pages",
            ty: "u64",
            doc: "Most pages it may have (max_mem).",
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
            kind: 4,
            name: "nr-online-vcpus",
            ty: "u32",
            doc: "vCPUs online.",
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
            kind: 5,
            name: "cpu-time",
            ty: "u64",
            doc: "CPU time used, in ns.",
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
            kind: 6,
            name: "max-vcpu-id",
            ty: "u32",
            doc: "Highest vCPU id.",
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
            kind: 7,
            name: "domain",
            ty: "u16",
            doc: "The domain's id.",
            required: false,
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
            kind: 8,
            name: "cpupool",
            ty: "u32",
            doc: "CPU pool.",
            required: false,
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
            kind: 9,
            name: "handle",
            ty: "binary",
            doc: "The toolstack's handle.",
            required: false,
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
            kind: 10,
            name: "name",
            ty: "string",
            doc: "Name given at creation (hvlink).",
            required: false,
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
            kind: 11,
            name: "outstanding-pages",
            ty: "u64",
            doc: "Pages claimed but not yet allocated.",
            required: false,
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
            kind: 12,
            name: "gpaddr-bits",
            ty: "u8",
            doc: "Width of the guest-physical address space (Xen 4.16).",
            required: false,
            max_count: 0,
            must_understand: false,
            since: 2,
            default: None,
            enumeration: None,
            nested: None,
            form: None,
            when: None,
        },
    ],
    forms: &[
    ],
};

impl<'a> rt::AttrSet<'a> for Info<'a> {
    const DESC: &'static rt::SetDesc = &INFO_SET;

    fn decode_at(attrs: c::Attrs<'a>, container: usize) -> c::Result<Self> {
        let mut v_flags: Option<Dominf> = None;
        let mut v_tot_pages: Option<u64> = None;
        let mut v_max_pages: Option<u64> = None;
        let mut v_nr_online_vcpus: Option<u32> = None;
        let mut v_cpu_time: Option<u64> = None;
        let mut v_max_vcpu_id: Option<u32> = None;
        let mut v_domain: Option<u16> = None;
        let mut v_cpupool: Option<u32> = None;
        let mut v_handle: Option<&'a [u8]> = None;
        let mut v_name: Option<&'a str> = None;
        let mut v_outstanding_pages: Option<u64> = None;
        let mut v_gpaddr_bits: Option<u8> = None;
        let mut seen: u32 = 0;
        let mut count = 0u32;
        let mut walk = rt::Walk::new(&attrs);
        if let Some(a) = walk.expect(0x00010008) {
            count += 1;
            seen |= 0x1;
            let r = rt::int::<u32>(&a)?;
            let v = Dominf(r);
            v_flags = Some(v);
        }
        if let Some(a) = walk.expect(0x0002000c) {
            count += 1;
            seen |= 0x2;
            let r = rt::int::<u64>(&a)?;
            let v = r;
            v_tot_pages = Some(v);
        }
        if let Some(a) = walk.expect(0x0003000c) {
            count += 1;
            seen |= 0x4;
            let r = rt::int::<u64>(&a)?;
            let v = r;
            v_max_pages = Some(v);
        }
        if let Some(a) = walk.expect(0x00040008) {
            count += 1;
            seen |= 0x8;
            let r = rt::int::<u32>(&a)?;
            let v = r;
            v_nr_online_vcpus = Some(v);
        }
        if let Some(a) = walk.expect(0x0005000c) {
            count += 1;
            seen |= 0x10;
            let r = rt::int::<u64>(&a)?;
            let v = r;
            v_cpu_time = Some(v);
        }
        if let Some(a) = walk.expect(0x00060008) {
            count += 1;
            seen |= 0x20;
            let r = rt::int::<u32>(&a)?;
            let v = r;
            v_max_vcpu_id = Some(v);
        }
        if let Some(a) = walk.expect(0x00070006) {
            count += 1;
            seen |= 0x40;
            let r = rt::int::<u16>(&a)?;
            let v = r;
            v_domain = Some(v);
        }
        if let Some(a) = walk.expect(0x00080008) {
            count += 1;
            seen |= 0x80;
            let r = rt::int::<u32>(&a)?;
            let v = r;
            v_cpupool = Some(v);
        }
        if let Some(a) = walk.expect(0x000b000c) {
            count += 1;
            seen |= 0x400;
            let r = rt::int::<u64>(&a)?;
            let v = r;
            v_outstanding_pages = Some(v);
        }
        if let Some(a) = walk.expect(0x000c0005) {
            count += 1;
            seen |= 0x800;
            let r = rt::int::<u8>(&a)?;
            let v = r;
            v_gpaddr_bits = Some(v);
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
                    let v = Dominf(r);
                    v_flags = Some(v);
                }
                2 => {
                    if seen & 0x2 != 0 {
                        return Err(rt::duplicate(a));
                    }
                    seen |= 0x2;
                    let r = rt::int::<u64>(&a)?;
                    let v = r;
                    v_tot_pages = Some(v);
                }
                3 => {
                    if seen & 0x4 != 0 {
                        return Err(rt::duplicate(a));
                    }
                    seen |= 0x4;
                    let r = rt::int::<u64>(&a)?;
                    let v = r;
                    v_max_pages = Some(v);
                }
                4 => {
                    if seen & 0x8 != 0 {
                        return Err(rt::duplicate(a));
                    }
                    seen |= 0x8;
                    let r = rt::int::<u32>(&a)?;
                    let v = r;
                    v_nr_online_vcpus = Some(v);
                }
                5 => {
                    if seen & 0x10 != 0 {
                        return Err(rt::duplicate(a));
                    }
                    seen |= 0x10;
                    let r = rt::int::<u64>(&a)?;
                    let v = r;
                    v_cpu_time = Some(v);
                }
                6 => {
                    if seen & 0x20 != 0 {
                        return Err(rt::duplicate(a));
                    }
                    seen |= 0x20;
                    let r = rt::int::<u32>(&a)?;
                    let v = r;
                    v_max_vcpu_id = Some(v);
                }
                7 => {
                    if seen & 0x40 != 0 {
                        return Err(rt::duplicate(a));
                    }
                    seen |= 0x40;
                    let r = rt::int::<u16>(&a)?;
                    let v = r;
                    v_domain = Some(v);
                }
                8 => {
                    if seen & 0x80 != 0 {
                        return Err(rt::duplicate(a));
                    }
                    seen |= 0x80;
                    let r = rt::int::<u32>(&a)?;
                    let v = r;
                    v_cpupool = Some(v);
                }
                9 => {
                    if seen & 0x100 != 0 {
                        return Err(rt::duplicate(a));
                    }
                    seen |= 0x100;
                    let v = rt::binary(&a, 0, 16)?;
                    v_handle = Some(v);
                }
                10 => {
                    if seen & 0x200 != 0 {
                        return Err(rt::duplicate(a));
                    }
                    seen |= 0x200;
                    let v = rt::string(&a, 0, 63)?;
                    v_name = Some(v);
                }
                11 => {
                    if seen & 0x400 != 0 {
                        return Err(rt::duplicate(a));
                    }
                    seen |= 0x400;
                    let r = rt::int::<u64>(&a)?;
                    let v = r;
                    v_outstanding_pages = Some(v);
                }
                12 => {
                    if seen & 0x800 != 0 {
                        return Err(rt::duplicate(a));
                    }
                    seen |= 0x800;
                    let r = rt::int::<u8>(&a)?;
                    let v = r;
                    v_gpaddr_bits = Some(v);
                }
                _ => rt::unknown(&a)?,
            }
        }
        if seen & 0x3f != 0x3f {
            return Err(rt::missing(
                container,
                (0x3f & !seen) as u128,
                &[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
            ));
        }
        Ok(Info {
            flags: rt::req(v_flags, container, 1)?,
            tot_pages: rt::req(v_tot_pages, container, 2)?,
            max_pages: rt::req(v_max_pages, container, 3)?,
            nr_online_vcpus: rt::req(v_nr_online_vcpus, container, 4)?,
            cpu_time: rt::req(v_cpu_time, container, 5)?,
            max_vcpu_id: rt::req(v_max_vcpu_id, container, 6)?,
            domain: v_domain,
            cpupool: v_cpupool,
            handle: v_handle,
            name: v_name,
            outstanding_pages: v_outstanding_pages,
            gpaddr_bits: v_gpaddr_bits,
        })
    }

    fn encode<S: c::Sink>(&self, b: &mut c::Builder<S>) -> c::Result<()> {
        rt::put(b, 1, &self.flags)?;
        rt::put(b, 2, &self.tot_pages)?;
        rt::put(b, 3, &self.max_pages)?;
        rt::put(b, 4, &self.nr_online_vcpus)?;
        rt::put(b, 5, &self.cpu_time)?;
        rt::put(b, 6, &self.max_vcpu_id)?;
        rt::put_opt(b, 7, &self.domain)?;
        rt::put_opt(b, 8, &self.cpupool)?;
        rt::put_opt(b, 9, &self.handle)?;
        rt::put_opt(b, 10, &self.name)?;
        rt::put_opt(b, 11, &self.outstanding_pages)?;
        rt::put_opt(b, 12, &self.gpaddr_bits)?;
        Ok(())
    }
}

impl<'a> rt::Elem<'a> for Info<'a> {
    #[inline]
    fn from_attr(a: &c::Attr<'a>) -> c::Result<Self> {
        rt::nest_from_attr(a)
    }
    fn put_attr<S: c::Sink>(&self, b: &mut c::Builder<S>, raw_kind: u16) -> c::Result<()> {
        rt::nest_put(self, b, raw_kind)
    }
}

/// Request of max_vcpus.
#[derive(
    ::core::clone::Clone, ::core::marker::Copy, ::core::fmt::Debug, ::core::cmp::PartialEq,
)]
pub struct MaxVcpusReq {
    /// The domain.
    ///
    /// `domain` (id 1, u16), required.
    pub domain: u16,
    /// Number of vCPUs (at most createdomain's max-vcpus).
    ///
    /// `max` (id 2, u32), required.
    pub max: u32,
}

/// Validation policy of `max-vcpus-req`.
pub static MAX_VCPUS_REQ_POLICY: c::Policy = c::Policy::new(
    "max-vcpus-req",
    &[
        c::AttrPolicy::new(1, "domain", c::AttrType::U16).required(),
        c::AttrPolicy::new(2, "max", c::AttrType::U32)
            .required()
            .values(c::Values::Range { min: 1, max: 128 }),
    ],
)
.max_attrs(1024);

/// Descriptor of `max-vcpus-req`.
pub static MAX_VCPUS_REQ_SET: rt::SetDesc = rt::SetDesc {
    name: "max-vcpus-req",
    doc: "Request of max_vcpus.",
    policy: &MAX_VCPUS_REQ_POLICY,
    attrs: &[
        rt::AttrDesc {
            kind: 1,
            name: "domain",
            ty: "u16",
            doc: "The domain.",
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
            name: "max",
            ty: "u32",
            doc: "Number of vCPUs (at most createdomain's max-vcpus).",
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

impl<'a> rt::AttrSet<'a> for MaxVcpusReq {
    const DESC: &'static rt::SetDesc = &MAX_VCPUS_REQ_SET;

    fn decode_at(attrs: c::Attrs<'a>, container: usize) -> c::Result<Self> {
        let mut v_domain: Option<u16> = None;
        let mut v_max: Option<u32> = None;
        let mut seen: u32 = 0;
        let mut count = 0u32;
        'walk: {
            if let Ok(b) = <&[u8; 16]>::try_from(attrs.remaining()) {
                if rt::word(b, 0) == 0x00010006 && rt::word(b, 8) == 0x00020008 {
                    let at = attrs.offset();
                    {
                        let a = c::Attr::new(0x0001, at as u32, rt::bytes(b, 4, 2));
                        seen |= 0x1;
                        let r = rt::int::<u16>(&a)?;
                        let v = r;
                        v_domain = Some(v);
                    }
                    {
                        let a = c::Attr::new(0x0002, (at + 8) as u32, rt::bytes(b, 12, 4));
                        seen |= 0x2;
                        let r = rt::int::<u32>(&a)?;
                        rt::check_range(&a, r as i128, 1, 128)?;
                        let v = r;
                        v_max = Some(v);
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
                v_domain = Some(v);
            }
            if let Some(a) = walk.expect(0x00020008) {
                count += 1;
                seen |= 0x2;
                let r = rt::int::<u32>(&a)?;
                rt::check_range(&a, r as i128, 1, 128)?;
                let v = r;
                v_max = Some(v);
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
                        v_domain = Some(v);
                    }
                    2 => {
                        if seen & 0x2 != 0 {
                            return Err(rt::duplicate(a));
                        }
                        seen |= 0x2;
                        let r = rt::int::<u32>(&a)?;
                        rt::check_range(&a, r as i128, 1, 128)?;
                        let v = r;
                        v_max = Some(v);
                    }
                    _ => rt::unknown(&a)?,
                }
            }
        }
        if seen & 0x3 != 0x3 {
            return Err(rt::missing(container, (0x3 & !seen) as u128, &[1, 2]));
        }
        Ok(MaxVcpusReq {
            domain: rt::req(v_domain, container, 1)?,
            max: rt::req(v_max, container, 2)?,
        })
    }

    fn encode<S: c::Sink>(&self, b: &mut c::Builder<S>) -> c::Result<()> {
        rt::put(b, 1, &self.domain)?;
        rt::put(b, 2, &self.max)?;
        Ok(())
    }
}

impl<'a> rt::Elem<'a> for MaxVcpusReq {
    #[inline]
    fn from_attr(a: &c::Attr<'a>) -> c::Result<Self> {
        rt::nest_from_attr(a)
    }
    fn put_attr<S: c::Sink>(&self, b: &mut c::Builder<S>, raw_kind: u16) -> c::Result<()> {
        rt::nest_put(self, b, raw_kind)
    }
}

/// Request of max_mem.
#[derive(
    ::core::clone::Clone, ::core::marker::Copy, ::core::fmt::Debug, ::core::cmp::PartialEq,
)]
pub struct MaxMemReq {
    /// The domain.
    ///
    /// `domain` (id 1, u16), required.
    pub domain: u16,
    /// Most memory in KiB (at most 1 TiB in the model).
    ///
    /// `max-memkb` (id 2, u64), required.
    pub max_memkb: u64,
}

/// Validation policy of `max-mem-req`.
pub static MAX_MEM_REQ_POLICY: c::Policy = c::Policy::new(
    "max-mem-req",
    &[
        c::AttrPolicy::new(1, "domain", c::AttrType::U16).required(),
        c::AttrPolicy::new(2, "max-memkb", c::AttrType::U64)
            .required()
            .values(c::Values::Range {
                min: 0,
                max: 1073741824,
            }),
    ],
)
.max_attrs(1024);

/// Descriptor of `max-mem-req`.
pub static MAX_MEM_REQ_SET: rt::SetDesc = rt::SetDesc {
    name: "max-mem-req",
    doc: "Request of max_mem.",
    policy: &MAX_MEM_REQ_POLICY,
    attrs: &[
        rt::AttrDesc {
            kind: 1,
            name: "domain",
            ty: "u16",
            doc: "The domain.",
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
            name: "max-memkb",
            ty: "u64",
            doc: "Most memory in KiB (at most 1 TiB in the model).",
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

impl<'a> rt::AttrSet<'a> for MaxMemReq {
    const DESC: &'static rt::SetDesc = &MAX_MEM_REQ_SET;

    fn decode_at(attrs: c::Attrs<'a>, container: usize) -> c::Result<Self> {
        let mut v_domain: Option<u16> = None;
        let mut v_max_memkb: Option<u64> = None;
        let mut seen: u32 = 0;
        let mut count = 0u32;
        'walk: {
            if let Ok(b) = <&[u8; 20]>::try_from(attrs.remaining()) {
                if rt::word(b, 0) == 0x00010006 && rt::word(b, 8) == 0x0002000c {
                    let at = attrs.offset();
                    {
                        let a = c::Attr::new(0x0001, at as u32, rt::bytes(b, 4, 2));
                        seen |= 0x1;
                        let r = rt::int::<u16>(&a)?;
                        let v = r;
                        v_domain = Some(v);
                    }
                    {
                        let a = c::Attr::new(0x0002, (at + 8) as u32, rt::bytes(b, 12, 8));
                        seen |= 0x2;
                        let r = rt::int::<u64>(&a)?;
                        rt::check_range(&a, r as i128, 0, 1073741824)?;
                        let v = r;
                        v_max_memkb = Some(v);
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
                v_domain = Some(v);
            }
            if let Some(a) = walk.expect(0x0002000c) {
                count += 1;
                seen |= 0x2;
                let r = rt::int::<u64>(&a)?;
                rt::check_range(&a, r as i128, 0, 1073741824)?;
                let v = r;
                v_max_memkb = Some(v);
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
                        v_domain = Some(v);
                    }
                    2 => {
                        if seen & 0x2 != 0 {
                            return Err(rt::duplicate(a));
                        }
                        seen |= 0x2;
                        let r = rt::int::<u64>(&a)?;
                        rt::check_range(&a, r as i128, 0, 1073741824)?;
                        let v = r;
                        v_max_memkb = Some(v);
                    }
                    _ => rt::unknown(&a)?,
                }
            }
        }
        if seen & 0x3 != 0x3 {
            return Err(rt::missing(container, (0x3 & !seen) as u128, &[1, 2]));
        }
        Ok(MaxMemReq {
            domain: rt::req(v_domain, container, 1)?,
            max_memkb: rt::req(v_max_memkb, container, 2)?,
        })
    }

    fn encode<S: c::Sink>(&self, b: &mut c::Builder<S>) -> c::Result<()> {
        rt::put(b, 1, &self.domain)?;
        rt::put(b, 2, &self.max_memkb)?;
        Ok(())
    }
}

impl<'a> rt::Elem<'a> for MaxMemReq {
    #[inline]
    fn from_attr(a: &c::Attr<'a>) -> c::Result<Self> {
        rt::nest_from_attr(a)
    }
    fn put_attr<S: c::Sink>(&self, b: &mut c::Builder<S>, raw_kind: u16) -> c::Result<()> {
        rt::nest_put(self, b, raw_kind)
    }
}

/// Request of setvcpuaffinity.
#[derive(
    ::core::clone::Clone, ::core::marker::Copy, ::core::fmt::Debug, ::core::cmp::PartialEq,
)]
pub struct AffinityReq {
    /// The domain.
    ///
    /// `domain` (id 1, u16), required.
    pub domain: u16,
    /// The vCPU.
    ///
    /// `vcpu` (id 2, u32), required.
    pub vcpu: u32,
    /// Hard affinity: bit n = physical CPU n (xenctl_bitmap of up to 64 CPUs).
    ///
    /// `hard` (id 3, u64), default `0xffffffffffffffffu64` when absent.
    pub hard: u64,
    /// Soft affinity, as hard.
    ///
    /// `soft` (id 4, u64), default `0xffffffffffffffffu64` when absent.
    pub soft: u64,
}

/// Validation policy of `affinity-req`.
pub static AFFINITY_REQ_POLICY: c::Policy = c::Policy::new(
    "affinity-req",
    &[
        c::AttrPolicy::new(1, "domain", c::AttrType::U16).required(),
        c::AttrPolicy::new(2, "vcpu", c::AttrType::U32)
            .required()
            .values(c::Values::Range { min: 0, max: 127 }),
        c::AttrPolicy::new(3, "hard", c::AttrType::U64),
        c::AttrPolicy::new(4, "soft", c::AttrType::U64),
    ],
)
.max_attrs(1024);

/// Descriptor of `affinity-req`.
pub static AFFINITY_REQ_SET: rt::SetDesc = rt::SetDesc {
    name: "affinity-req",
    doc: "Request of setvcpuaffinity.",
    policy: &AFFINITY_REQ_POLICY,
    attrs: &[
        rt::AttrDesc {
            kind: 1,
            name: "domain",
            ty: "u16",
            doc: "The domain.",
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
            name: "vcpu",
            ty: "u32",
            doc: "The vCPU.",
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
            kind: 3,
            name: "hard",
            ty: "u64",
            doc: "Hard affinity: bit n = physical CPU n (xenctl_bitmap of up to 64 CPUs).",
            required: false,
            max_count: 0,
            must_understand: false,
            since: 1,
            default: Some(-1),
            enumeration: None,
            nested: None,
            form: None,
            when: None,
        },
        rt::AttrDesc {
            kind: 4,
            name: "soft",
            ty: "u64",
            doc: "Soft affinity, as hard.",
            required: false,
            max_count: 0,
            must_understand: false,
            since: 1,
            default: Some(-1),
            enumeration: None,
            nested: None,
            form: None,
            when: None,
        },
    ],
    forms: &[],
};

impl<'a> rt::AttrSet<'a> for AffinityReq {
    const DESC: &'static rt::SetDesc = &AFFINITY_REQ_SET;

    fn decode_at(attrs: c::Attrs<'a>, container: usize) -> c::Result<Self> {
        let mut v_domain: Option<u16> = None;
        let mut v_vcpu: Option<u32> = None;
        let mut v_hard: Option<u64> = None;
        let mut v_soft: Option<u64> = None;
        let mut seen: u32 = 0;
        let mut count = 0u32;
        'walk: {
            if let Ok(b) = <&[u8; 40]>::try_from(attrs.remaining()) {
                if rt::word(b, 0) == 0x00010006
                    && rt::word(b, 8) == 0x00020008
                    && rt::word(b, 16) == 0x0003000c
                    && rt::word(b, 28) == 0x0004000c
                {
                    let at = attrs.offset();
                    {
                        let a = c::Attr::new(0x0001, at as u32, rt::bytes(b, 4, 2));
                        seen |= 0x1;
                        let r = rt::int::<u16>(&a)?;
                        let v = r;
                        v_domain = Some(v);
                    }
                    {
                        let a = c::Attr::new(0x0002, (at + 8) as u32, rt::bytes(b, 12, 4));
                        seen |= 0x2;
                        let r = rt::int::<u32>(&a)?;
                        rt::check_range(&a, r as i128, 0, 127)?;
                        let v = r;
                        v_vcpu = Some(v);
                    }
                    {
                        let a = c::Attr::new(0x0003, (at + 16) as u32, rt::bytes(b, 20, 8));
                        seen |= 0x4;
                        let r = rt::int::<u64>(&a)?;
                        let v = r;
                        v_hard = Some(v);
                    }
                    {
                        let a = c::Attr::new(0x0004, (at + 28) as u32, rt::bytes(b, 32, 8));
                        seen |= 0x8;
                        let r = rt::int::<u64>(&a)?;
                        let v = r;
                        v_soft = Some(v);
                    }
                    break 'walk;
                }
            }
            if let Ok(b) = <&[u8; 28]>::try_from(attrs.remaining()) {
                if rt::word(b, 0) == 0x00010006
                    && rt::word(b, 8) == 0x00020008
                    && rt::word(b, 16) == 0x0004000c
                {
                    let at = attrs.offset();
                    {
                        let a = c::Attr::new(0x0001, at as u32, rt::bytes(b, 4, 2));
                        seen |= 0x1;
                        let r = rt::int::<u16>(&a)?;
                        let v = r;
                        v_domain = Some(v);
                    }
                    {
                        let a = c::Attr::new(0x0002, (at + 8) as u32, rt::bytes(b, 12, 4));
                        seen |= 0x2;
                        let r = rt::int::<u32>(&a)?;
                        rt::check_range(&a, r as i128, 0, 127)?;
                        let v = r;
                        v_vcpu = Some(v);
                    }
                    {
                        let a = c::Attr::new(0x0004, (at + 16) as u32, rt::bytes(b, 20, 8));
                        seen |= 0x8;
                        let r = rt::int::<u64>(&a)?;
                        let v = r;
                        v_soft = Some(v);
                    }
                    break 'walk;
                }
            }
            if let Ok(b) = <&[u8; 28]>::try_from(attrs.remaining()) {
                if rt::word(b, 0) == 0x00010006
                    && rt::word(b, 8) == 0x00020008
                    && rt::word(b, 16) == 0x0003000c
                {
                    let at = attrs.offset();
                    {
                        let a = c::Attr::new(0x0001, at as u32, rt::bytes(b, 4, 2));
                        seen |= 0x1;
                        let r = rt::int::<u16>(&a)?;
                        let v = r;
                        v_domain = Some(v);
                    }
                    {
                        let a = c::Attr::new(0x0002, (at + 8) as u32, rt::bytes(b, 12, 4));
                        seen |= 0x2;
                        let r = rt::int::<u32>(&a)?;
                        rt::check_range(&a, r as i128, 0, 127)?;
                        let v = r;
                        v_vcpu = Some(v);
                    }
                    {
                        let a = c::Attr::new(0x0003, (at + 16) as u32, rt::bytes(b, 20, 8));
                        seen |= 0x4;
                        let r = rt::int::<u64>(&a)?;
                        let v = r;
                        v_hard = Some(v);
                    }
                    break 'walk;
                }
            }
            if let Ok(b) = <&[u8; 16]>::try_from(attrs.remaining()) {
                if rt::word(b, 0) == 0x00010006 && rt::word(b, 8) == 0x00020008 {
                    let at = attrs.offset();
                    {
                        let a = c::Attr::new(0x0001, at as u32, rt::bytes(b, 4, 2));
                        seen |= 0x1;
                        let r = rt::int::<u16>(&a)?;
                        let v = r;
                        v_domain = Some(v);
                    }
                    {
                        let a = c::Attr::new(0x0002, (at + 8) as u32, rt::bytes(b, 12, 4));
                        seen |= 0x2;
                        let r = rt::int::<u32>(&a)?;
                        rt::check_range(&a, r as i128, 0, 127)?;
                        let v = r;
                        v_vcpu = Some(v);
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
                v_domain = Some(v);
            }
            if let Some(a) = walk.expect(0x00020008) {
                count += 1;
                seen |= 0x2;
                let r = rt::int::<u32>(&a)?;
                rt::check_range(&a, r as i128, 0, 127)?;
                let v = r;
                v_vcpu = Some(v);
            }
            if let Some(a) = walk.expect(0x0003000c) {
                count += 1;
                seen |= 0x4;
                let r = rt::int::<u64>(&a)?;
                let v = r;
                v_hard = Some(v);
            }
            if let Some(a) = walk.expect(0x0004000c) {
                count += 1;
                seen |= 0x8;
                let r = rt::int::<u64>(&a)?;
                let v = r;
                v_soft = Some(v);
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
                        v_domain = Some(v);
                    }
                    2 => {
                        if seen & 0x2 != 0 {
                            return Err(rt::duplicate(a));
                        }
                        seen |= 0x2;
                        let r = rt::int::<u32>(&a)?;
                        rt::check_range(&a, r as i128, 0, 127)?;
                        let v = r;
                        v_vcpu = Some(v);
                    }
                    3 => {
                        if seen & 0x4 != 0 {
                            return Err(rt::duplicate(a));
                        }
                        seen |= 0x4;
                        let r = rt::int::<u64>(&a)?;
                        let v = r;
                        v_hard = Some(v);
                    }
                    4 => {
                        if seen & 0x8 != 0 {
                            return Err(rt::duplicate(a));
                        }
                        seen |= 0x8;
                        let r = rt::int::<u64>(&a)?;
                        let v = r;
                        v_soft = Some(v);
                    }
                    _ => rt::unknown(&a)?,
                }
            }
        }
        if seen & 0x3 != 0x3 {
            return Err(rt::missing(container, (0x3 & !seen) as u128, &[1, 2, 3, 4]));
        }
        Ok(AffinityReq {
            domain: rt::req(v_domain, container, 1)?,
            vcpu: rt::req(v_vcpu, container, 2)?,
            hard: v_hard.unwrap_or(0xffffffffffffffffu64),
            soft: v_soft.unwrap_or(0xffffffffffffffffu64),
        })
    }

    fn encode<S: c::Sink>(&self, b: &mut c::Builder<S>) -> c::Result<()> {
        rt::put(b, 1, &self.domain)?;
        rt::put(b, 2, &self.vcpu)?;
        rt::put_def(b, 3, &self.hard, 0xffffffffffffffffu64)?;
        rt::put_def(b, 4, &self.soft, 0xffffffffffffffffu64)?;
        Ok(())
    }
}

impl<'a> rt::Elem<'a> for AffinityReq {
    #[inline]
    fn from_attr(a: &c::Attr<'a>) -> c::Result<Self> {
        rt::nest_from_attr(a)
    }
    fn put_attr<S: c::Sink>(&self, b: &mut c::Builder<S>, raw_kind: u16) -> c::Result<()> {
        rt::nest_put(self, b, raw_kind)
    }
}

/// Request of getvcpuaffinity and getvcpuinfo.
#[derive(
    ::core::clone::Clone, ::core::marker::Copy, ::core::fmt::Debug, ::core::cmp::PartialEq,
)]
pub struct VcpuQueryReq {
    /// The domain; DOMID_SELF (0x7FF0) for the caller.
    ///
    /// `domain` (id 1, u16), default `0x7ff0u16` when absent.
    pub domain: u16,
    /// The vCPU.
    ///
    /// `vcpu` (id 2, u32), required.
    pub vcpu: u32,
}

/// Validation policy of `vcpu-query-req`.
pub static VCPU_QUERY_REQ_POLICY: c::Policy = c::Policy::new(
    "vcpu-query-req",
    &[
        c::AttrPolicy::new(1, "domain", c::AttrType::U16),
        c::AttrPolicy::new(2, "vcpu", c::AttrType::U32)
            .required()
            .values(c::Values::Range { min: 0, max: 127 }),
    ],
)
.max_attrs(1024);

/// Descriptor of `vcpu-query-req`.
pub static VCPU_QUERY_REQ_SET: rt::SetDesc = rt::SetDesc {
    name: "vcpu-query-req",
    doc: "Request of getvcpuaffinity and getvcpuinfo.",
    policy: &VCPU_QUERY_REQ_POLICY,
    attrs: &[
        rt::AttrDesc {
            kind: 1,
            name: "domain",
            ty: "u16",
            doc: "The domain; DOMID_SELF (0x7FF0) for the caller.",
            required: false,
            max_count: 0,
            must_understand: false,
            since: 1,
            default: Some(32752),
            enumeration: None,
            nested: None,
            form: None,
            when: None,
        },
        rt::AttrDesc {
            kind: 2,
            name: "vcpu",
            ty: "u32",
            doc: "The vCPU.",
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

impl<'a> rt::AttrSet<'a> for VcpuQueryReq {
    const DESC: &'static rt::SetDesc = &VCPU_QUERY_REQ_SET;

    fn decode_at(attrs: c::Attrs<'a>, container: usize) -> c::Result<Self> {
        let mut v_domain: Option<u16> = None;
        let mut v_vcpu: Option<u32> = None;
        let mut seen: u32 = 0;
        let mut count = 0u32;
        'walk: {
            if let Ok(b) = <&[u8; 16]>::try_from(attrs.remaining()) {
                if rt::word(b, 0) == 0x00010006 && rt::word(b, 8) == 0x00020008 {
                    let at = attrs.offset();
                    {
                        let a = c::Attr::new(0x0001, at as u32, rt::bytes(b, 4, 2));
                        seen |= 0x1;
                        let r = rt::int::<u16>(&a)?;
                        let v = r;
                        v_domain = Some(v);
                    }
                    {
                        let a = c::Attr::new(0x0002, (at + 8) as u32, rt::bytes(b, 12, 4));
                        seen |= 0x2;
                        let r = rt::int::<u32>(&a)?;
                        rt::check_range(&a, r as i128, 0, 127)?;
                        let v = r;
                        v_vcpu = Some(v);
                    }
                    break 'walk;
                }
            }
            if let Ok(b) = <&[u8; 8]>::try_from(attrs.remaining()) {
                if rt::word(b, 0) == 0x00020008 {
                    let at = attrs.offset();
                    {
                        let a = c::Attr::new(0x0002, at as u32, rt::bytes(b, 4, 4));
                        seen |= 0x2;
                        let r = rt::int::<u32>(&a)?;
                        rt::check_range(&a, r as i128, 0, 127)?;
                        let v = r;
                        v_vcpu = Some(v);
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
                v_domain = Some(v);
            }
            if let Some(a) = walk.expect(0x00020008) {
                count += 1;
                seen |= 0x2;
                let r = rt::int::<u32>(&a)?;
                rt::check_range(&a, r as i128, 0, 127)?;
                let v = r;
                v_vcpu = Some(v);
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
                        v_domain = Some(v);
                    }
                    2 => {
                        if seen & 0x2 != 0 {
                            return Err(rt::duplicate(a));
                        }
                        seen |= 0x2;
                        let r = rt::int::<u32>(&a)?;
                        rt::check_range(&a, r as i128, 0, 127)?;
                        let v = r;
                        v_vcpu = Some(v);
                    }
                    _ => rt::unknown(&a)?,
                }
            }
        }
        if seen & 0x2 != 0x2 {
            return Err(rt::missing(container, (0x2 & !seen) as u128, &[1, 2]));
        }
        Ok(VcpuQueryReq {
            domain: v_domain.unwrap_or(0x7ff0u16),
            vcpu: rt::req(v_vcpu, container, 2)?,
        })
    }

    fn encode<S: c::Sink>(&self, b: &mut c::Builder<S>) -> c::Result<()> {
        rt::put_def(b, 1, &self.domain, 0x7ff0u16)?;
        rt::put(b, 2, &self.vcpu)?;
        Ok(())
    }
}

impl<'a> rt::Elem<'a> for VcpuQueryReq {
    #[inline]
    fn from_attr(a: &c::Attr<'a>) -> c::Result<Self> {
        rt::nest_from_attr(a)
    }
    fn put_attr<S: c::Sink>(&self, b: &mut c::Builder<S>, raw_kind: u16) -> c::Result<()> {
        rt::nest_put(self, b, raw_kind)
    }
}

/// Affinity in effect.
#[derive(
    ::core::clone::Clone, ::core::marker::Copy, ::core::fmt::Debug, ::core::cmp::PartialEq,
)]
pub struct AffinityReply {
    /// Hard affinity mask in effect.
    ///
    /// `hard` (id 1, u64), required.
    pub hard: u64,
    /// Soft affinity mask in effect.
    ///
    /// `soft` (id 2, u64), required.
    pub soft: u64,
}

/// Validation policy of `affinity-reply`.
pub static AFFINITY_REPLY_POLICY: c::Policy = c::Policy::new(
    "affinity-reply",
    &[
        c::AttrPolicy::new(1, "hard", c::AttrType::U64).required(),
        c::AttrPolicy::new(2, "soft", c::AttrType::U64).required(),
    ],
)
.max_attrs(1024);

/// Descriptor of `affinity-reply`.
pub static AFFINITY_REPLY_SET: rt::SetDesc = rt::SetDesc {
    name: "affinity-reply",
    doc: "Affinity in effect.",
    policy: &AFFINITY_REPLY_POLICY,
    attrs: &[
        rt::AttrDesc {
            kind: 1,
            name: "hard",
            ty: "u64",
            doc: "Hard affinity mask in effect.",
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
            name: "soft",
            ty: "u64",
            doc: "Soft affinity mask in effect.",
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

impl<'a> rt::AttrSet<'a> for AffinityReply {
    const DESC: &'static rt::SetDesc = &AFFINITY_REPLY_SET;

    fn decode_at(attrs: c::Attrs<'a>, container: usize) -> c::Result<Self> {
        let mut v_hard: Option<u64> = None;
        let mut v_soft: Option<u64> = None;
        let mut seen: u32 = 0;
        let mut count = 0u32;
        'walk: {
            if let Ok(b) = <&[u8; 24]>::try_from(attrs.remaining()) {
                if rt::word(b, 0) == 0x0001000c && rt::word(b, 12) == 0x0002000c {
                    let at = attrs.offset();
                    {
                        let a = c::Attr::new(0x0001, at as u32, rt::bytes(b, 4, 8));
                        seen |= 0x1;
                        let r = rt::int::<u64>(&a)?;
                        let v = r;
                        v_hard = Some(v);
                    }
                    {
                        let a = c::Attr::new(0x0002, (at + 12) as u32, rt::bytes(b, 16, 8));
                        seen |= 0x2;
                        let r = rt::int::<u64>(&a)?;
                        let v = r;
                        v_soft = Some(v);
                    }
                    break 'walk;
                }
            }
            let mut walk = rt::Walk::new(&attrs);
            if let Some(a) = walk.expect(0x0001000c) {
                count += 1;
                seen |= 0x1;
                let r = rt::int::<u64>(&a)?;
                let v = r;
                v_hard = Some(v);
            }
            if let Some(a) = walk.expect(0x0002000c) {
                count += 1;
                seen |= 0x2;
                let r = rt::int::<u64>(&a)?;
                let v = r;
                v_soft = Some(v);
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
                        let r = rt::int::<u64>(&a)?;
                        let v = r;
                        v_hard = Some(v);
                    }
                    2 => {
                        if seen & 0x2 != 0 {
                            return Err(rt::duplicate(a));
                        }
                        seen |= 0x2;
                        let r = rt::int::<u64>(&a)?;
                        let v = r;
                        v_soft = Some(v);
                    }
                    _ => rt::unknown(&a)?,
                }
            }
        }
        if seen & 0x3 != 0x3 {
            return Err(rt::missing(container, (0x3 & !seen) as u128, &[1, 2]));
        }
        Ok(AffinityReply {
            hard: rt::req(v_hard, container, 1)?,
            soft: rt::req(v_soft, container, 2)?,
        })
    }

    fn encode<S: c::Sink>(&self, b: &mut c::Builder<S>) -> c::Result<()> {
        rt::put(b, 1, &self.hard)?;
        rt::put(b, 2, &self.soft)?;
        Ok(())
    }
}

impl<'a> rt::Elem<'a> for AffinityReply {
    #[inline]
    fn from_attr(a: &c::Attr<'a>) -> c::Result<Self> {
        rt::nest_from_attr(a)
    }
    fn put_attr<S: c::Sink>(&self, b: &mut c::Builder<S>, raw_kind: u16) -> c::Result<()> {
        rt::nest_put(self, b, raw_kind)
    }
}

/// Reply of getvcpuinfo (struct xen_domctl_getvcpuinfo).
#[derive(
    ::core::clone::Clone, ::core::marker::Copy, ::core::fmt::Debug, ::core::cmp::PartialEq,
)]
pub struct VcpuinfoReply {
    /// Currently online.
    ///
    /// `online` (id 1, u8), required.
    pub online: u8,
    /// Blocked waiting for an event.
    ///
    /// `blocked` (id 2, u8), required.
    pub blocked: u8,
    /// Runnable or running.
    ///
    /// `running` (id 3, u8), required.
    pub running: u8,
    /// CPU time used, in ns.
    ///
    /// `cpu-time` (id 4, u64), required.
    pub cpu_time: u64,
    /// Physical CPU it runs on.
    ///
    /// `cpu` (id 5, u32), required.
    pub cpu: u32,
}

/// Validation policy of `vcpuinfo-reply`.
pub static VCPUINFO_REPLY_POLICY: c::Policy = c::Policy::new(
    "vcpuinfo-reply",
    &[
        c::AttrPolicy::new(1, "online", c::AttrType::U8)
            .required()
            .values(c::Values::Range { min: 0, max: 1 }),
        c::AttrPolicy::new(2, "blocked", c::AttrType::U8)
            .required()
            .values(c::Values::Range { min: 0, max: 1 }),
        c::AttrPolicy::new(3, "running", c::AttrType::U8)
            .required()
            .values(c::Values::Range { min: 0, max: 1 }),
        c::AttrPolicy::new(4, "cpu-time", c::AttrType::U64).required(),
        c::AttrPolicy::new(5, "cpu", c::AttrType::U32).required(),
    ],
)
.max_attrs(1024);

/// Descriptor of `vcpuinfo-reply`.
pub static VCPUINFO_REPLY_SET: rt::SetDesc = rt::SetDesc {
    name: "vcpuinfo-reply",
    doc: "Reply of getvcpuinfo (struct xen_domctl_getvcpuinfo).",
    policy: &VCPUINFO_REPLY_POLICY,
    attrs: &[
        rt::AttrDesc {
            kind: 1,
            name: "online",
            ty: "u8",
            doc: "Currently online.",
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
            name: "blocked",
            ty: "u8",
            doc: "Blocked waiting for an event.",
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
            kind: 3,
            name: "running",
            ty: "u8",
            doc: "Runnable or running.",
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
            kind: 4,
            name: "cpu-time",
            ty: "u64",
            doc: "CPU time used, in ns.",
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
            kind: 5,
            name: "cpu",
            ty: "u32",
            doc: "Physical CPU it runs on.",
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

impl<'a> rt::AttrSet<'a> for VcpuinfoReply {
    const DESC: &'static rt::SetDesc = &VCPUINFO_REPLY_SET;

    fn decode_at(attrs: c::Attrs<'a>, container: usize) -> c::Result<Self> {
        let mut v_online: Option<u8> = None;
        let mut v_blocked: Option<u8> = None;
        let mut v_running: Option<u8> = None;
        let mut v_cpu_time: Option<u64> = None;
        let mut v_cpu: Option<u32> = None;
        let mut seen: u32 = 0;
        let mut count = 0u32;
        'walk: {
            if let Ok(b) = <&[u8; 44]>::try_from(attrs.remaining()) {
                if rt::word(b, 0) == 0x00010005
                    && rt::word(b, 8) == 0x00020005
                    && rt::word(b, 16) == 0x00030005
                    && rt::word(b, 24) == 0x0004000c
                    && rt::word(b, 36) == 0x00050008
                {
                    let at = attrs.offset();
                    {
                        let a = c::Attr::new(0x0001, at as u32, rt::bytes(b, 4, 1));
                        seen |= 0x1;
                        let r = rt::int::<u8>(&a)?;
                        rt::check_range(&a, r as i128, 0, 1)?;
                        let v = r;
                        v_online = Some(v);
                    }
                    {
                        let a = c::Attr::new(0x0002, (at + 8) as u32, rt::bytes(b, 12, 1));
                        seen |= 0x2;
                        let r = rt::int::<u8>(&a)?;
                        rt::check_range(&a, r as i128, 0, 1)?;
                        let v = r;
                        v_blocked = Some(v);
                    }
                    {
                        let a = c::Attr::new(0x0003, (at + 16) as u32, rt::bytes(b, 20, 1));
                        seen |= 0x4;
                        let r = rt::int::<u8>(&a)?;
                        rt::check_range(&a, r as i128, 0, 1)?;
                        let v = r;
                        v_running = Some(v);
                    }
                    {
                        let a = c::Attr::new(0x0004, (at + 24) as u32, rt::bytes(b, 28, 8));
                        seen |= 0x8;
                        let r = rt::int::<u64>(&a)?;
                        let v = r;
                        v_cpu_time = Some(v);
                    }
                    {
                        let a = c::Attr::new(0x0005, (at + 36) as u32, rt::bytes(b, 40, 4));
                        seen |= 0x10;
                        let r = rt::int::<u32>(&a)?;
                        let v = r;
                        v_cpu = Some(v);
                    }
                    break 'walk;
                }
            }
            let mut walk = rt::Walk::new(&attrs);
            if let Some(a) = walk.expect(0x00010005) {
                count += 1;
                seen |= 0x1;
                let r = rt::int::<u8>(&a)?;
                rt::check_range(&a, r as i128, 0, 1)?;
                let v = r;
                v_online = Some(v);
            }
            if let Some(a) = walk.expect(0x00020005) {
                count += 1;
                seen |= 0x2;
                let r = rt::int::<u8>(&a)?;
                rt::check_range(&a, r as i128, 0, 1)?;
                let v = r;
                v_blocked = Some(v);
            }
            if let Some(a) = walk.expect(0x00030005) {
                count += 1;
                seen |= 0x4;
                let r = rt::int::<u8>(&a)?;
                rt::check_range(&a, r as i128, 0, 1)?;
                let v = r;
                v_running = Some(v);
            }
            if let Some(a) = walk.expect(0x0004000c) {
                count += 1;
                seen |= 0x8;
                let r = rt::int::<u64>(&a)?;
                let v = r;
                v_cpu_time = Some(v);
            }
            if let Some(a) = walk.expect(0x00050008) {
                count += 1;
                seen |= 0x10;
                let r = rt::int::<u32>(&a)?;
                let v = r;
                v_cpu = Some(v);
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
                        let r = rt::int::<u8>(&a)?;
                        rt::check_range(&a, r as i128, 0, 1)?;
                        let v = r;
                        v_online = Some(v);
                    }
                    2 => {
                        if seen & 0x2 != 0 {
                            return Err(rt::duplicate(a));
                        }
                        seen |= 0x2;
                        let r = rt::int::<u8>(&a)?;
                        rt::check_range(&a, r as i128, 0, 1)?;
                        let v = r;
                        v_blocked = Some(v);
                    }
                    3 => {
                        if seen & 0x4 != 0 {
                            return Err(rt::duplicate(a));
                        }
                        seen |= 0x4;
                        let r = rt::int::<u8>(&a)?;
                        rt::check_range(&a, r as i128, 0, 1)?;
                        let v = r;
                        v_running = Some(v);
                    }
                    4 => {
                        if seen & 0x8 != 0 {
                            return Err(rt::duplicate(a));
                        }
                        seen |= 0x8;
                        let r = rt::int::<u64>(&a)?;
                        let v = r;
                        v_cpu_time = Some(v);
                    }
                    5 => {
                        if seen & 0x10 != 0 {
                            return Err(rt::duplicate(a));
                        }
                        seen |= 0x10;
                        let r = rt::int::<u32>(&a)?;
                        let v = r;
                        v_cpu = Some(v);
                    }
                    _ => rt::unknown(&a)?,
                }
            }
        }
        if seen & 0x1f != 0x1f {
            return Err(rt::missing(
                container,
                (0x1f & !seen) as u128,
                &[1, 2, 3, 4, 5],
            ));
        }
        Ok(VcpuinfoReply {
            online: rt::req(v_online, container, 1)?,
            blocked: rt::req(v_blocked, container, 2)?,
            running: rt::req(v_running, container, 3)?,
            cpu_time: rt::req(v_cpu_time, container, 4)?,
            cpu: rt::req(v_cpu, container, 5)?,
        })
    }

    fn encode<S: c::Sink>(&self, b: &mut c::Builder<S>) -> c::Result<()> {
        rt::put(b, 1, &self.online)?;
        rt::put(b, 2, &self.blocked)?;
        rt::put(b, 3, &self.running)?;
        rt::put(b, 4, &self.cpu_time)?;
        rt::put(b, 5, &self.cpu)?;
        Ok(())
    }
}

impl<'a> rt::Elem<'a> for VcpuinfoReply {
    #[inline]
    fn from_attr(a: &c::Attr<'a>) -> c::Result<Self> {
        rt::nest_from_attr(a)
    }
    fn put_attr<S: c::Sink>(&self, b: &mut c::Builder<S>, raw_kind: u16) -> c::Result<()> {
        rt::nest_put(self, b, raw_kind)
    }
}

/// Request of settimeoffset.
#[derive(
    ::core::clone::Clone, ::core::marker::Copy, ::core::fmt::Debug, ::core::cmp::PartialEq,
)]
pub struct TimeOffsetReq {
    /// The domain.
    ///
    /// `domain` (id 1, u16), required.
    pub domain: u16,
    /// Offset applied to the domain's wallclock.
    ///
    /// `seconds` (id 2, s64), required.
    pub seconds: i64,
}

/// Validation policy of `time-offset-req`.
pub static TIME_OFFSET_REQ_POLICY: c::Policy = c::Policy::new(
    "time-offset-req",
    &[
        c::AttrPolicy::new(1, "domain", c::AttrType::U16).required(),
        c::AttrPolicy::new(2, "seconds", c::AttrType::S64).required(),
    ],
)
.max_attrs(1024);

/// Descriptor of `time-offset-req`.
pub static TIME_OFFSET_REQ_SET: rt::SetDesc = rt::SetDesc {
    name: "time-offset-req",
    doc: "Request of settimeoffset.",
    policy: &TIME_OFFSET_REQ_POLICY,
    attrs: &[
        rt::AttrDesc {
            kind: 1,
            name: "domain",
            ty: "u16",
            doc: "The domain.",
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
            name: "seconds",
            ty: "s64",
            doc: "Offset applied to the domain's wallclock.",
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

impl<'a> rt::AttrSet<'a> for TimeOffsetReq {
    const DESC: &'static rt::SetDesc = &TIME_OFFSET_REQ_SET;

    fn decode_at(attrs: c::Attrs<'a>, container: usize) -> c::Result<Self> {
        let mut v_domain: Option<u16> = None;
        let mut v_seconds: Option<i64> = None;
        let mut seen: u32 = 0;
        let mut count = 0u32;
        'walk: {
            if let Ok(b) = <&[u8; 20]>::try_from(attrs.remaining()) {
                if rt::word(b, 0) == 0x00010006 && rt::word(b, 8) == 0x0002000c {
                    let at = attrs.offset();
                    {
                        let a = c::Attr::new(0x0001, at as u32, rt::bytes(b, 4, 2));
                        seen |= 0x1;
                        let r = rt::int::<u16>(&a)?;
                        let v = r;
                        v_domain = Some(v);
                    }
                    {
                        let a = c::Attr::new(0x0002, (at + 8) as u32, rt::bytes(b, 12, 8));
                        seen |= 0x2;
                        let r = rt::int::<i64>(&a)?;
                        let v = r;
                        v_seconds = Some(v);
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
                v_domain = Some(v);
            }
            if let Some(a) = walk.expect(0x0002000c) {
                count += 1;
                seen |= 0x2;
                let r = rt::int::<i64>(&a)?;
                let v = r;
                v_seconds = Some(v);
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
                        v_domain = Some(v);
                    }
                    2 => {
                        if seen & 0x2 != 0 {
                            return Err(rt::duplicate(a));
                        }
                        seen |= 0x2;
                        let r = rt::int::<i64>(&a)?;
                        let v = r;
                        v_seconds = Some(v);
                    }
                    _ => rt::unknown(&a)?,
                }
            }
        }
        if seen & 0x3 != 0x3 {
            return Err(rt::missing(container, (0x3 & !seen) as u128, &[1, 2]));
        }
        Ok(TimeOffsetReq {
            domain: rt::req(v_domain, container, 1)?,
            seconds: rt::req(v_seconds, container, 2)?,
        })
    }

    fn encode<S: c::Sink>(&self, b: &mut c::Builder<S>) -> c::Result<()> {
        rt::put(b, 1, &self.domain)?;
        rt::put(b, 2, &self.seconds)?;
        Ok(())
    }
}

impl<'a> rt::Elem<'a> for TimeOffsetReq {
    #[inline]
    fn from_attr(a: &c::Attr<'a>) -> c::Result<Self> {
        rt::nest_from_attr(a)
    }
    fn put_attr<S: c::Sink>(&self, b: &mut c::Builder<S>, raw_kind: u16) -> c::Result<()> {
        rt::nest_put(self, b, raw_kind)
    }
}

/// Request of set_target.
#[derive(
    ::core::clone::Clone, ::core::marker::Copy, ::core::fmt::Debug, ::core::cmp::PartialEq,
)]
pub struct SetTargetReq {
    /// The device-model domain.
    ///
    /// `domain` (id 1, u16), required.
    pub domain: u16,
    /// The domain it serves.
    ///
    /// `target` (id 2, u16), required.
    pub target: u16,
}

/// Validation policy of `set-target-req`.
pub static SET_TARGET_REQ_POLICY: c::Policy = c::Policy::new(
    "set-target-req",
    &[
        c::AttrPolicy::new(1, "domain", c::AttrType::U16).required(),
        c::AttrPolicy::new(2, "target", c::AttrType::U16).required(),
    ],
)
.max_attrs(1024);

/// Descriptor of `set-target-req`.
pub static SET_TARGET_REQ_SET: rt::SetDesc = rt::SetDesc {
    name: "set-target-req",
    doc: "Request of set_target.",
    policy: &SET_TARGET_REQ_POLICY,
    attrs: &[
        rt::AttrDesc {
            kind: 1,
            name: "domain",
            ty: "u16",
            doc: "The device-model domain.",
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
            name: "target",
            ty: "u16",
            doc: "The domain it serves.",
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

impl<'a> rt::AttrSet<'a> for SetTargetReq {
    const DESC: &'static rt::SetDesc = &SET_TARGET_REQ_SET;

    fn decode_at(attrs: c::Attrs<'a>, container: usize) -> c::Result<Self> {
        let mut v_domain: Option<u16> = None;
        let mut v_target: Option<u16> = None;
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
                        v_domain = Some(v);
                    }
                    {
                        let a = c::Attr::new(0x0002, (at + 8) as u32, rt::bytes(b, 12, 2));
                        seen |= 0x2;
                        let r = rt::int::<u16>(&a)?;
                        let v = r;
                        v_target = Some(v);
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
                v_domain = Some(v);
            }
            if let Some(a) = walk.expect(0x00020006) {
                count += 1;
                seen |= 0x2;
                let r = rt::int::<u16>(&a)?;
                let v = r;
                v_target = Some(v);
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
                        v_domain = Some(v);
                    }
                    2 => {
                        if seen & 0x2 != 0 {
                            return Err(rt::duplicate(a));
                        }
                        seen |= 0x2;
                        let r = rt::int::<u16>(&a)?;
                        let v = r;
                        v_target = Some(v);
                    }
                    _ => rt::unknown(&a)?,
                }
            }
        }
        if seen & 0x3 != 0x3 {
            return Err(rt::missing(container, (0x3 & !seen) as u128, &[1, 2]));
        }
        Ok(SetTargetReq {
            domain: rt::req(v_domain, container, 1)?,
            target: rt::req(v_target, container, 2)?,
        })
    }

    fn encode<S: c::Sink>(&self, b: &mut c::Builder<S>) -> c::Result<()> {
        rt::put(b, 1, &self.domain)?;
        rt::put(b, 2, &self.target)?;
        Ok(())
    }
}

impl<'a> rt::Elem<'a> for SetTargetReq {
    #[inline]
    fn from_attr(a: &c::Attr<'a>) -> c::Result<Self> {
        rt::nest_from_attr(a)
    }
    fn put_attr<S: c::Sink>(&self, b: &mut c::Builder<S>, raw_kind: u16) -> c::Result<()> {
        rt::nest_put(self, b, raw_kind)
    }
}

/// Create a domain, paused, with no memory and no vCPUs running.
///
/// Op 1 (`createdomain`), privilege `control`; Xen `XEN_DOMCTL_createdomain`; max reply 8 bytes; ring only: The request carries a name and a handle, which do not fit in registers..
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Createdomain;

/// The request of [`Createdomain`].
pub type CreatedomainRequest<'a> = CreateReq<'a>;

/// The reply of [`Createdomain`].
pub type CreatedomainReply = CreateReply;

/// Descriptor of [`Createdomain`].
pub static OP_CREATEDOMAIN: rt::OpDesc = rt::OpDesc {
    family: "domctl",
    family_id: ID,
    msg_type: MSG_TYPE,
    family_version: VERSION,
    name: "createdomain",
    id: 1,
    since: 1,
    privilege: rt::Privilege::Control,
    flags: 0,
    request: &CREATE_REQ_SET,
    reply: &CREATE_REPLY_SET,
    max_reply: 8,
    target_domain: None,
    fastabi: None,
    ring_only: Some("The request carries a name and a handle, which do not fit in registers."),
    register_only: None,
    doc: "Create a domain, paused, with no memory and no vCPUs running.",
};

impl rt::Op for Createdomain {
    const DESC: &'static rt::OpDesc = &OP_CREATEDOMAIN;
    type Request<'a> = CreateReq<'a>;
    type Reply<'a> = CreateReply;
}

/// Destroy a domain - it is dying until its resources are released, then gone.
///
/// Op 2 (`destroydomain`), privilege `control`; Xen `XEN_DOMCTL_destroydomain`; max reply 0 bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Destroydomain;

/// The request of [`Destroydomain`].
pub type DestroydomainRequest = DomReq;

/// Descriptor of [`Destroydomain`].
pub static OP_DESTROYDOMAIN: rt::OpDesc = rt::OpDesc {
    family: "domctl",
    family_id: ID,
    msg_type: MSG_TYPE,
    family_version: VERSION,
    name: "destroydomain",
    id: 2,
    since: 1,
    privilege: rt::Privilege::Control,
    flags: rt::op_flags::FASTABI | rt::op_flags::TARGET_DOMAIN,
    request: &DOM_REQ_SET,
    reply: &rt::EMPTY_SET,
    max_reply: 0,
    target_domain: Some(1),
    fastabi: Some(rt::RegMap {
        form: None,
        inputs: &[(1, rt::Reg::Rsi)],
        outputs: &[],
    }),
    ring_only: None,
    register_only: None,
    doc: "Destroy a domain - it is dying until its resources are released, then gone.",
};

impl rt::Op for Destroydomain {
    const DESC: &'static rt::OpDesc = &OP_DESTROYDOMAIN;
    type Request<'a> = DomReq;
    type Reply<'a> = rt::Empty;
}

impl rt::FastAbi for Destroydomain {
    fn request_to_regs(
        req: &Self::Request<'_>,
        r: &mut rt::Regs,
    ) -> ::core::result::Result<(), hvlink_proto::Errno> {
        r.rsi = rt::reg(req.domain);
        Ok(())
    }
    fn request_from_regs(
        r: &rt::Regs,
    ) -> ::core::result::Result<Self::Request<'static>, hvlink_proto::Errno> {
        let v_domain = rt::unreg::<u16>(r.rsi, &DOM_REQ_POLICY.attrs[0])?;
        Ok(DomReq { domain: v_domain })
    }
    fn reply_to_regs(
        rep: &Self::Reply<'_>,
        r: &mut rt::Regs,
    ) -> ::core::result::Result<(), hvlink_proto::Errno> {
        let _ = (rep, r);
        Ok(())
    }
    fn reply_from_regs(
        r: &rt::Regs,
    ) -> ::core::result::Result<Self::Reply<'static>, hvlink_proto::Errno> {
        let _ = r;
        Ok(rt::Empty)
    }
}

/// Pause a domain (its vCPUs stop being scheduled).
///
/// Op 3 (`pausedomain`), privilege `control`; Xen `XEN_DOMCTL_pausedomain`; max reply 0 bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Pausedomain;

/// The request of [`Pausedomain`].
pub type PausedomainRequest = DomReq;

/// Descriptor of [`Pausedomain`].
pub static OP_PAUSEDOMAIN: rt::OpDesc = rt::OpDesc {
    family: "domctl",
    family_id: ID,
    msg_type: MSG_TYPE,
    family_version: VERSION,
    name: "pausedomain",
    id: 3,
    since: 1,
    privilege: rt::Privilege::Control,
    flags: rt::op_flags::FASTABI | rt::op_flags::TARGET_DOMAIN,
    request: &DOM_REQ_SET,
    reply: &rt::EMPTY_SET,
    max_reply: 0,
    target_domain: Some(1),
    fastabi: Some(rt::RegMap {
        form: None,
        inputs: &[(1, rt::Reg::Rsi)],
        outputs: &[],
    }),
    ring_only: None,
    register_only: None,
    doc: "Pause a domain (its vCPUs stop being scheduled).",
};

impl rt::Op for Pausedomain {
    const DESC: &'static rt::OpDesc = &OP_PAUSEDOMAIN;
    type Request<'a> = DomReq;
    type Reply<'a> = rt::Empty;
}

impl rt::FastAbi for Pausedomain {
    fn request_to_regs(
        req: &Self::Request<'_>,
        r: &mut rt::Regs,
    ) -> ::core::result::Result<(), hvlink_proto::Errno> {
        r.rsi = rt::reg(req.domain);
        Ok(())
    }
    fn request_from_regs(
        r: &rt::Regs,
    ) -> ::core::result::Result<Self::Request<'static>, hvlink_proto::Errno> {
        let v_domain = rt::unreg::<u16>(r.rsi, &DOM_REQ_POLICY.attrs[0])?;
        Ok(DomReq { domain: v_domain })
    }
    fn reply_to_regs(
        rep: &Self::Reply<'_>,
        r: &mut rt::Regs,
    ) -> ::core::result::Result<(), hvlink_proto::Errno> {
        let _ = (rep, r);
        Ok(())
    }
    fn reply_from_regs(
        r: &rt::Regs,
    ) -> ::core::result::Result<Self::Reply<'static>, hvlink_proto::Errno> {
        let _ = r;
        Ok(rt::Empty)
    }
}

/// Undo pausedomain (and the pause a new domain is created with).
///
/// Op 4 (`unpausedomain`), privilege `control`; Xen `XEN_DOMCTL_unpausedomain`; max reply 0 bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Unpausedomain;

/// The request of [`Unpausedomain`].
pub type UnpausedomainRequest = DomReq;

/// Descriptor of [`Unpausedomain`].
pub static OP_UNPAUSEDOMAIN: rt::OpDesc = rt::OpDesc {
    family: "domctl",
    family_id: ID,
    msg_type: MSG_TYPE,
    family_version: VERSION,
    name: "unpausedomain",
    id: 4,
    since: 1,
    privilege: rt::Privilege::Control,
    flags: rt::op_flags::FASTABI | rt::op_flags::TARGET_DOMAIN,
    request: &DOM_REQ_SET,
    reply: &rt::EMPTY_SET,
    max_reply: 0,
    target_domain: Some(1),
    fastabi: Some(rt::RegMap {
        form: None,
        inputs: &[(1, rt::Reg::Rsi)],
        outputs: &[],
    }),
    ring_only: None,
    register_only: None,
    doc: "Undo pausedomain (and the pause a new domain is created with).",
};

impl rt::Op for Unpausedomain {
    const DESC: &'static rt::OpDesc = &OP_UNPAUSEDOMAIN;
    type Request<'a> = DomReq;
    type Reply<'a> = rt::Empty;
}

impl rt::FastAbi for Unpausedomain {
    fn request_to_regs(
        req: &Self::Request<'_>,
        r: &mut rt::Regs,
    ) -> ::core::result::Result<(), hvlink_proto::Errno> {
        r.rsi = rt::reg(req.domain);
        Ok(())
    }
    fn request_from_regs(
        r: &rt::Regs,
    ) -> ::core::result::Result<Self::Request<'static>, hvlink_proto::Errno> {
        let v_domain = rt::unreg::<u16>(r.rsi, &DOM_REQ_POLICY.attrs[0])?;
        Ok(DomReq { domain: v_domain })
    }
    fn reply_to_regs(
        rep: &Self::Reply<'_>,
        r: &mut rt::Regs,
    ) -> ::core::result::Result<(), hvlink_proto::Errno> {
        let _ = (rep, r);
        Ok(())
    }
    fn reply_from_regs(
        r: &rt::Regs,
    ) -> ::core::result::Result<Self::Reply<'static>, hvlink_proto::Errno> {
        let _ = r;
        Ok(rt::Empty)
    }
}

/// Report a domain's state, memory and vCPUs (any domain about itself; the control domain about any).
///
/// Op 5 (`getdomaininfo`), privilege `logical`; Xen `XEN_DOMCTL_getdomaininfo`; max reply 240 bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Getdomaininfo;

/// The request of [`Getdomaininfo`].
pub type GetdomaininfoRequest = QueryReq;

/// The reply of [`Getdomaininfo`].
pub type GetdomaininfoReply<'a> = Info<'a>;

/// Descriptor of [`Getdomaininfo`].
pub static OP_GETDOMAININFO: rt::OpDesc = rt::OpDesc {
    family: "domctl",
    family_id: ID,
    msg_type: MSG_TYPE,
    family_version: VERSION,
    name: "getdomaininfo",
    id: 5,
    since: 1,
    privilege: rt::Privilege::Logical,
    flags: rt::op_flags::FASTABI | rt::op_flags::TARGET_DOMAIN,
    request: &QUERY_REQ_SET,
    reply: &INFO_SET,
    max_reply: 240,
    target_domain: Some(1),
    fastabi: Some(rt::RegMap {
        form: None,
        inputs: &[(1, rt::Reg::Rsi)],
        outputs: &[(1, rt::Reg::Rsi), (2, rt::Reg::R8), (3, rt::Reg::R9), (4, rt::Reg::R10), (5, rt::Reg::R11), (6, rt::Reg::R12)],
    }),
    ring_only: None,
    register_only: None,
    doc: "Report a domain's state, memory and vCPUs (any domain about itself; the control domain about any).",
};

impl rt::Op for Getdomaininfo {
    const DESC: &'static rt::OpDesc = &OP_GETDOMAININFO;
    type Request<'a> = QueryReq;
    type Reply<'a> = Info<'a>;
}

impl rt::FastAbi for Getdomaininfo {
    fn request_to_regs(
        req: &Self::Request<'_>,
        r: &mut rt::Regs,
    ) -> ::core::result::Result<(), hvlink_proto::Errno> {
        r.rsi = rt::reg(req.domain);
        Ok(())
    }
    fn request_from_regs(
        r: &rt::Regs,
    ) -> ::core::result::Result<Self::Request<'static>, hvlink_proto::Errno> {
        let v_domain = rt::unreg::<u16>(r.rsi, &QUERY_REQ_POLICY.attrs[0])?;
        Ok(QueryReq { domain: v_domain })
    }
    fn reply_to_regs(
        rep: &Self::Reply<'_>,
        r: &mut rt::Regs,
    ) -> ::core::result::Result<(), hvlink_proto::Errno> {
        r.rsi = rt::reg(rep.flags);
        r.r8 = rt::reg(rep.tot_pages);
        r.r9 = rt::reg(rep.max_pages);
        r.r10 = rt::reg(rep.nr_online_vcpus);
        r.r11 = rt::reg(rep.cpu_time);
        r.r12 = rt::reg(rep.max_vcpu_id);
        Ok(())
    }
    fn reply_from_regs(
        r: &rt::Regs,
    ) -> ::core::result::Result<Self::Reply<'static>, hvlink_proto::Errno> {
        let v_flags = rt::unreg::<Dominf>(r.rsi, &INFO_POLICY.attrs[0])?;
        let v_tot_pages = rt::unreg::<u64>(r.r8, &INFO_POLICY.attrs[1])?;
        let v_max_pages = rt::unreg::<u64>(r.r9, &INFO_POLICY.attrs[2])?;
        let v_nr_online_vcpus = rt::unreg::<u32>(r.r10, &INFO_POLICY.attrs[3])?;
        let v_cpu_time = rt::unreg::<u64>(r.r11, &INFO_POLICY.attrs[4])?;
        let v_max_vcpu_id = rt::unreg::<u32>(r.r12, &INFO_POLICY.attrs[5])?;
        Ok(Info {
            flags: v_flags,
            tot_pages: v_tot_pages,
            max_pages: v_max_pages,
            nr_online_vcpus: v_nr_online_vcpus,
            cpu_time: v_cpu_time,
            max_vcpu_id: v_max_vcpu_id,
            domain: None,
            cpupool: None,
            handle: None,
            name: None,
            outstanding_pages: None,
            gpaddr_bits: None,
        })
    }
}

/// Set a vCPU's hard and soft affinity; the reply holds what is in effect.
///
/// Op 9 (`setvcpuaffinity`), privilege `control`; Xen `XEN_DOMCTL_setvcpuaffinity`; max reply 24 bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Setvcpuaffinity;

/// The request of [`Setvcpuaffinity`].
pub type SetvcpuaffinityRequest = AffinityReq;

/// The reply of [`Setvcpuaffinity`].
pub type SetvcpuaffinityReply = AffinityReply;

/// Descriptor of [`Setvcpuaffinity`].
pub static OP_SETVCPUAFFINITY: rt::OpDesc = rt::OpDesc {
    family: "domctl",
    family_id: ID,
    msg_type: MSG_TYPE,
    family_version: VERSION,
    name: "setvcpuaffinity",
    id: 9,
    since: 1,
    privilege: rt::Privilege::Control,
    flags: rt::op_flags::FASTABI | rt::op_flags::TARGET_DOMAIN,
    request: &AFFINITY_REQ_SET,
    reply: &AFFINITY_REPLY_SET,
    max_reply: 24,
    target_domain: Some(1),
    fastabi: Some(rt::RegMap {
        form: None,
        inputs: &[
            (1, rt::Reg::Rsi),
            (2, rt::Reg::R8),
            (3, rt::Reg::R9),
            (4, rt::Reg::R10),
        ],
        outputs: &[(1, rt::Reg::R9), (2, rt::Reg::R10)],
    }),
    ring_only: None,
    register_only: None,
    doc: "Set a vCPU's hard and soft affinity; the reply holds what is in effect.",
};

impl rt::Op for Setvcpuaffinity {
    const DESC: &'static rt::OpDesc = &OP_SETVCPUAFFINITY;
    type Request<'a> = AffinityReq;
    type Reply<'a> = AffinityReply;
}

impl rt::FastAbi for Setvcpuaffinity {
    fn request_to_regs(
        req: &Self::Request<'_>,
        r: &mut rt::Regs,
    ) -> ::core::result::Result<(), hvlink_proto::Errno> {
        r.rsi = rt::reg(req.domain);
        r.r8 = rt::reg(req.vcpu);
        r.r9 = rt::reg(req.hard);
        r.r10 = rt::reg(req.soft);
        Ok(())
    }
    fn request_from_regs(
        r: &rt::Regs,
    ) -> ::core::result::Result<Self::Request<'static>, hvlink_proto::Errno> {
        let v_domain = rt::unreg::<u16>(r.rsi, &AFFINITY_REQ_POLICY.attrs[0])?;
        let v_vcpu = rt::unreg::<u32>(r.r8, &AFFINITY_REQ_POLICY.attrs[1])?;
        let v_hard = rt::unreg::<u64>(r.r9, &AFFINITY_REQ_POLICY.attrs[2])?;
        let v_soft = rt::unreg::<u64>(r.r10, &AFFINITY_REQ_POLICY.attrs[3])?;
        Ok(AffinityReq {
            domain: v_domain,
            vcpu: v_vcpu,
            hard: v_hard,
            soft: v_soft,
        })
    }
    fn reply_to_regs(
        rep: &Self::Reply<'_>,
        r: &mut rt::Regs,
    ) -> ::core::result::Result<(), hvlink_proto::Errno> {
        r.r9 = rt::reg(rep.hard);
        r.r10 = rt::reg(rep.soft);
        Ok(())
    }
    fn reply_from_regs(
        r: &rt::Regs,
    ) -> ::core::result::Result<Self::Reply<'static>, hvlink_proto::Errno> {
        let v_hard = rt::unreg::<u64>(r.r9, &AFFINITY_REPLY_POLICY.attrs[0])?;
        let v_soft = rt::unreg::<u64>(r.r10, &AFFINITY_REPLY_POLICY.attrs[1])?;
        Ok(AffinityReply {
            hard: v_hard,
            soft: v_soft,
        })
    }
}

/// Set the most memory a domain may have (its pages are counted against it).
///
/// Op 11 (`max_mem`), privilege `control`; Xen `XEN_DOMCTL_max_mem`; max reply 0 bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct MaxMem;

/// The request of [`MaxMem`].
pub type MaxMemRequest = MaxMemReq;

/// Descriptor of [`MaxMem`].
pub static OP_MAX_MEM: rt::OpDesc = rt::OpDesc {
    family: "domctl",
    family_id: ID,
    msg_type: MSG_TYPE,
    family_version: VERSION,
    name: "max_mem",
    id: 11,
    since: 1,
    privilege: rt::Privilege::Control,
    flags: rt::op_flags::FASTABI | rt::op_flags::TARGET_DOMAIN,
    request: &MAX_MEM_REQ_SET,
    reply: &rt::EMPTY_SET,
    max_reply: 0,
    target_domain: Some(1),
    fastabi: Some(rt::RegMap {
        form: None,
        inputs: &[(1, rt::Reg::Rsi), (2, rt::Reg::R8)],
        outputs: &[],
    }),
    ring_only: None,
    register_only: None,
    doc: "Set the most memory a domain may have (its pages are counted against it).",
};

impl rt::Op for MaxMem {
    const DESC: &'static rt::OpDesc = &OP_MAX_MEM;
    type Request<'a> = MaxMemReq;
    type Reply<'a> = rt::Empty;
}

impl rt::FastAbi for MaxMem {
    fn request_to_regs(
        req: &Self::Request<'_>,
        r: &mut rt::Regs,
    ) -> ::core::result::Result<(), hvlink_proto::Errno> {
        r.rsi = rt::reg(req.domain);
        r.r8 = rt::reg(req.max_memkb);
        Ok(())
    }
    fn request_from_regs(
        r: &rt::Regs,
    ) -> ::core::result::Result<Self::Request<'static>, hvlink_proto::Errno> {
        let v_domain = rt::unreg::<u16>(r.rsi, &MAX_MEM_REQ_POLICY.attrs[0])?;
        let v_max_memkb = rt::unreg::<u64>(r.r8, &MAX_MEM_REQ_POLICY.attrs[1])?;
        Ok(MaxMemReq {
            domain: v_domain,
            max_memkb: v_max_memkb,
        })
    }
    fn reply_to_regs(
        rep: &Self::Reply<'_>,
        r: &mut rt::Regs,
    ) -> ::core::result::Result<(), hvlink_proto::Errno> {
        let _ = (rep, r);
        Ok(())
    }
    fn reply_from_regs(
        r: &rt::Regs,
    ) -> ::core::result::Result<Self::Reply<'static>, hvlink_proto::Errno> {
        let _ = r;
        Ok(rt::Empty)
    }
}

/// Report one vCPU's state.
///
/// Op 14 (`getvcpuinfo`), privilege `logical`; Xen `XEN_DOMCTL_getvcpuinfo`; max reply 48 bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Getvcpuinfo;

/// The request of [`Getvcpuinfo`].
pub type GetvcpuinfoRequest = VcpuQueryReq;

/// The reply of [`Getvcpuinfo`].
pub type GetvcpuinfoReply = VcpuinfoReply;

/// Descriptor of [`Getvcpuinfo`].
pub static OP_GETVCPUINFO: rt::OpDesc = rt::OpDesc {
    family: "domctl",
    family_id: ID,
    msg_type: MSG_TYPE,
    family_version: VERSION,
    name: "getvcpuinfo",
    id: 14,
    since: 1,
    privilege: rt::Privilege::Logical,
    flags: rt::op_flags::FASTABI | rt::op_flags::TARGET_DOMAIN,
    request: &VCPU_QUERY_REQ_SET,
    reply: &VCPUINFO_REPLY_SET,
    max_reply: 48,
    target_domain: Some(1),
    fastabi: Some(rt::RegMap {
        form: None,
        inputs: &[(1, rt::Reg::Rsi), (2, rt::Reg::R8)],
        outputs: &[
            (1, rt::Reg::Rsi),
            (2, rt::Reg::R8),
            (3, rt::Reg::R9),
            (4, rt::Reg::R10),
            (5, rt::Reg::R11),
        ],
    }),
    ring_only: None,
    register_only: None,
    doc: "Report one vCPU's state.",
};

impl rt::Op for Getvcpuinfo {
    const DESC: &'static rt::OpDesc = &OP_GETVCPUINFO;
    type Request<'a> = VcpuQueryReq;
    type Reply<'a> = VcpuinfoReply;
}

impl rt::FastAbi for Getvcpuinfo {
    fn request_to_regs(
        req: &Self::Request<'_>,
        r: &mut rt::Regs,
    ) -> ::core::result::Result<(), hvlink_proto::Errno> {
        r.rsi = rt::reg(req.domain);
        r.r8 = rt::reg(req.vcpu);
        Ok(())
    }
    fn request_from_regs(
        r: &rt::Regs,
    ) -> ::core::result::Result<Self::Request<'static>, hvlink_proto::Errno> {
        let v_domain = rt::unreg::<u16>(r.rsi, &VCPU_QUERY_REQ_POLICY.attrs[0])?;
        let v_vcpu = rt::unreg::<u32>(r.r8, &VCPU_QUERY_REQ_POLICY.attrs[1])?;
        Ok(VcpuQueryReq {
            domain: v_domain,
            vcpu: v_vcpu,
        })
    }
    fn reply_to_regs(
        rep: &Self::Reply<'_>,
        r: &mut rt::Regs,
    ) -> ::core::result::Result<(), hvlink_proto::Errno> {
        r.rsi = rt::reg(rep.online);
        r.r8 = rt::reg(rep.blocked);
        r.r9 = rt::reg(rep.running);
        r.r10 = rt::reg(rep.cpu_time);
        r.r11 = rt::reg(rep.cpu);
        Ok(())
    }
    fn reply_from_regs(
        r: &rt::Regs,
    ) -> ::core::result::Result<Self::Reply<'static>, hvlink_proto::Errno> {
        let v_online = rt::unreg::<u8>(r.rsi, &VCPUINFO_REPLY_POLICY.attrs[0])?;
        let v_blocked = rt::unreg::<u8>(r.r8, &VCPUINFO_REPLY_POLICY.attrs[1])?;
        let v_running = rt::unreg::<u8>(r.r9, &VCPUINFO_REPLY_POLICY.attrs[2])?;
        let v_cpu_time = rt::unreg::<u64>(r.r10, &VCPUINFO_REPLY_POLICY.attrs[3])?;
        let v_cpu = rt::unreg::<u32>(r.r11, &VCPUINFO_REPLY_POLICY.attrs[4])?;
        Ok(VcpuinfoReply {
            online: v_online,
            blocked: v_blocked,
            running: v_running,
            cpu_time: v_cpu_time,
            cpu: v_cpu,
        })
    }
}

/// Bring the domain's vCPU count to max (vCPU 0 up, the others down until the guest starts them).
///
/// Op 15 (`max_vcpus`), privilege `control`; Xen `XEN_DOMCTL_max_vcpus`; max reply 0 bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct MaxVcpus;

/// The request of [`MaxVcpus`].
pub type MaxVcpusRequest = MaxVcpusReq;

/// Descriptor of [`MaxVcpus`].
pub static OP_MAX_VCPUS: rt::OpDesc = rt::OpDesc {
    family: "domctl",
    family_id: ID,
    msg_type: MSG_TYPE,
    family_version: VERSION,
    name: "max_vcpus",
    id: 15,
    since: 1,
    privilege: rt::Privilege::Control,
    flags: rt::op_flags::FASTABI | rt::op_flags::TARGET_DOMAIN,
    request: &MAX_VCPUS_REQ_SET,
    reply: &rt::EMPTY_SET,
    max_reply: 0,
    target_domain: Some(1),
    fastabi: Some(rt::RegMap {
        form: None,
        inputs: &[(1, rt::Reg::Rsi), (2, rt::Reg::R8)],
        outputs: &[],
    }),
    ring_only: None,
    register_only: None,
    doc: "Bring the domain's vCPU count to max (vCPU 0 up, the others down until the guest starts them).",
};

impl rt::Op for MaxVcpus {
    const DESC: &'static rt::OpDesc = &OP_MAX_VCPUS;
    type Request<'a> = MaxVcpusReq;
    type Reply<'a> = rt::Empty;
}

impl rt::FastAbi for MaxVcpus {
    fn request_to_regs(
        req: &Self::Request<'_>,
        r: &mut rt::Regs,
    ) -> ::core::result::Result<(), hvlink_proto::Errno> {
        r.rsi = rt::reg(req.domain);
        r.r8 = rt::reg(req.max);
        Ok(())
    }
    fn request_from_regs(
        r: &rt::Regs,
    ) -> ::core::result::Result<Self::Request<'static>, hvlink_proto::Errno> {
        let v_domain = rt::unreg::<u16>(r.rsi, &MAX_VCPUS_REQ_POLICY.attrs[0])?;
        let v_max = rt::unreg::<u32>(r.r8, &MAX_VCPUS_REQ_POLICY.attrs[1])?;
        Ok(MaxVcpusReq {
            domain: v_domain,
            max: v_max,
        })
    }
    fn reply_to_regs(
        rep: &Self::Reply<'_>,
        r: &mut rt::Regs,
    ) -> ::core::result::Result<(), hvlink_proto::Errno> {
        let _ = (rep, r);
        Ok(())
    }
    fn reply_from_regs(
        r: &rt::Regs,
    ) -> ::core::result::Result<Self::Reply<'static>, hvlink_proto::Errno> {
        let _ = r;
        Ok(rt::Empty)
    }
}

/// Set the offset of the domain's wallclock.
///
/// Op 24 (`settimeoffset`), privilege `control`; Xen `XEN_DOMCTL_settimeoffset`; max reply 0 bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Settimeoffset;

/// The request of [`Settimeoffset`].
pub type SettimeoffsetRequest = TimeOffsetReq;

/// Descriptor of [`Settimeoffset`].
pub static OP_SETTIMEOFFSET: rt::OpDesc = rt::OpDesc {
    family: "domctl",
    family_id: ID,
    msg_type: MSG_TYPE,
    family_version: VERSION,
    name: "settimeoffset",
    id: 24,
    since: 1,
    privilege: rt::Privilege::Control,
    flags: rt::op_flags::FASTABI | rt::op_flags::TARGET_DOMAIN,
    request: &TIME_OFFSET_REQ_SET,
    reply: &rt::EMPTY_SET,
    max_reply: 0,
    target_domain: Some(1),
    fastabi: Some(rt::RegMap {
        form: None,
        inputs: &[(1, rt::Reg::Rsi), (2, rt::Reg::R8)],
        outputs: &[],
    }),
    ring_only: None,
    register_only: None,
    doc: "Set the offset of the domain's wallclock.",
};

impl rt::Op for Settimeoffset {
    const DESC: &'static rt::OpDesc = &OP_SETTIMEOFFSET;
    type Request<'a> = TimeOffsetReq;
    type Reply<'a> = rt::Empty;
}

impl rt::FastAbi for Settimeoffset {
    fn request_to_regs(
        req: &Self::Request<'_>,
        r: &mut rt::Regs,
    ) -> ::core::result::Result<(), hvlink_proto::Errno> {
        r.rsi = rt::reg(req.domain);
        r.r8 = rt::reg(req.seconds);
        Ok(())
    }
    fn request_from_regs(
        r: &rt::Regs,
    ) -> ::core::result::Result<Self::Request<'static>, hvlink_proto::Errno> {
        let v_domain = rt::unreg::<u16>(r.rsi, &TIME_OFFSET_REQ_POLICY.attrs[0])?;
        let v_seconds = rt::unreg::<i64>(r.r8, &TIME_OFFSET_REQ_POLICY.attrs[1])?;
        Ok(TimeOffsetReq {
            domain: v_domain,
            seconds: v_seconds,
        })
    }
    fn reply_to_regs(
        rep: &Self::Reply<'_>,
        r: &mut rt::Regs,
    ) -> ::core::result::Result<(), hvlink_proto::Errno> {
        let _ = (rep, r);
        Ok(())
    }
    fn reply_from_regs(
        r: &rt::Regs,
    ) -> ::core::result::Result<Self::Reply<'static>, hvlink_proto::Errno> {
        let _ = r;
        Ok(rt::Empty)
    }
}

/// Report a vCPU's hard and soft affinity.
///
/// Op 25 (`getvcpuaffinity`), privilege `logical`; Xen `XEN_DOMCTL_getvcpuaffinity`; max reply 24 bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Getvcpuaffinity;

/// The request of [`Getvcpuaffinity`].
pub type GetvcpuaffinityRequest = VcpuQueryReq;

/// The reply of [`Getvcpuaffinity`].
pub type GetvcpuaffinityReply = AffinityReply;

/// Descriptor of [`Getvcpuaffinity`].
pub static OP_GETVCPUAFFINITY: rt::OpDesc = rt::OpDesc {
    family: "domctl",
    family_id: ID,
    msg_type: MSG_TYPE,
    family_version: VERSION,
    name: "getvcpuaffinity",
    id: 25,
    since: 1,
    privilege: rt::Privilege::Logical,
    flags: rt::op_flags::FASTABI | rt::op_flags::TARGET_DOMAIN,
    request: &VCPU_QUERY_REQ_SET,
    reply: &AFFINITY_REPLY_SET,
    max_reply: 24,
    target_domain: Some(1),
    fastabi: Some(rt::RegMap {
        form: None,
        inputs: &[(1, rt::Reg::Rsi), (2, rt::Reg::R8)],
        outputs: &[(1, rt::Reg::R9), (2, rt::Reg::R10)],
    }),
    ring_only: None,
    register_only: None,
    doc: "Report a vCPU's hard and soft affinity.",
};

impl rt::Op for Getvcpuaffinity {
    const DESC: &'static rt::OpDesc = &OP_GETVCPUAFFINITY;
    type Request<'a> = VcpuQueryReq;
    type Reply<'a> = AffinityReply;
}

impl rt::FastAbi for Getvcpuaffinity {
    fn request_to_regs(
        req: &Self::Request<'_>,
        r: &mut rt::Regs,
    ) -> ::core::result::Result<(), hvlink_proto::Errno> {
        r.rsi = rt::reg(req.domain);
        r.r8 = rt::reg(req.vcpu);
        Ok(())
    }
    fn request_from_regs(
        r: &rt::Regs,
    ) -> ::core::result::Result<Self::Request<'static>, hvlink_proto::Errno> {
        let v_domain = rt::unreg::<u16>(r.rsi, &VCPU_QUERY_REQ_POLICY.attrs[0])?;
        let v_vcpu = rt::unreg::<u32>(r.r8, &VCPU_QUERY_REQ_POLICY.attrs[1])?;
        Ok(VcpuQueryReq {
            domain: v_domain,
            vcpu: v_vcpu,
        })
    }
    fn reply_to_regs(
        rep: &Self::Reply<'_>,
        r: &mut rt::Regs,
    ) -> ::core::result::Result<(), hvlink_proto::Errno> {
        r.r9 = rt::reg(rep.hard);
        r.r10 = rt::reg(rep.soft);
        Ok(())
    }
    fn reply_from_regs(
        r: &rt::Regs,
    ) -> ::core::result::Result<Self::Reply<'static>, hvlink_proto::Errno> {
        let v_hard = rt::unreg::<u64>(r.r9, &AFFINITY_REPLY_POLICY.attrs[0])?;
        let v_soft = rt::unreg::<u64>(r.r10, &AFFINITY_REPLY_POLICY.attrs[1])?;
        Ok(AffinityReply {
            hard: v_hard,
            soft: v_soft,
        })
    }
}

/// Make domain a device-model domain for target (it may then make device-model ops on it).
///
/// Op 46 (`set_target`), privilege `control`; Xen `XEN_DOMCTL_set_target`; max reply 0 bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct SetTarget;

/// The request of [`SetTarget`].
pub type SetTargetRequest = SetTargetReq;

/// Descriptor of [`SetTarget`].
pub static OP_SET_TARGET: rt::OpDesc = rt::OpDesc {
    family: "domctl",
    family_id: ID,
    msg_type: MSG_TYPE,
    family_version: VERSION,
    name: "set_target",
    id: 46,
    since: 1,
    privilege: rt::Privilege::Control,
    flags: rt::op_flags::FASTABI | rt::op_flags::TARGET_DOMAIN,
    request: &SET_TARGET_REQ_SET,
    reply: &rt::EMPTY_SET,
    max_reply: 0,
    target_domain: Some(1),
    fastabi: Some(rt::RegMap {
        form: None,
        inputs: &[(1, rt::Reg::Rsi), (2, rt::Reg::R8)],
        outputs: &[],
    }),
    ring_only: None,
    register_only: None,
    doc: "Make domain a device-model domain for target (it may then make device-model ops on it).",
};

impl rt::Op for SetTarget {
    const DESC: &'static rt::OpDesc = &OP_SET_TARGET;
    type Request<'a> = SetTargetReq;
    type Reply<'a> = rt::Empty;
}

impl rt::FastAbi for SetTarget {
    fn request_to_regs(
        req: &Self::Request<'_>,
        r: &mut rt::Regs,
    ) -> ::core::result::Result<(), hvlink_proto::Errno> {
        r.rsi = rt::reg(req.domain);
        r.r8 = rt::reg(req.target);
        Ok(())
    }
    fn request_from_regs(
        r: &rt::Regs,
    ) -> ::core::result::Result<Self::Request<'static>, hvlink_proto::Errno> {
        let v_domain = rt::unreg::<u16>(r.rsi, &SET_TARGET_REQ_POLICY.attrs[0])?;
        let v_target = rt::unreg::<u16>(r.r8, &SET_TARGET_REQ_POLICY.attrs[1])?;
        Ok(SetTargetReq {
            domain: v_domain,
            target: v_target,
        })
    }
    fn reply_to_regs(
        rep: &Self::Reply<'_>,
        r: &mut rt::Regs,
    ) -> ::core::result::Result<(), hvlink_proto::Errno> {
        let _ = (rep, r);
        Ok(())
    }
    fn reply_from_regs(
        r: &rt::Regs,
    ) -> ::core::result::Result<Self::Reply<'static>, hvlink_proto::Errno> {
        let _ = r;
        Ok(rt::Empty)
    }
}

/// The family's descriptor.
pub static FAMILY: rt::FamilyDesc = rt::FamilyDesc {
    name: "domctl",
    id: ID,
    msg_type: MSG_TYPE,
    version: VERSION,
    doc: "Domain control for toolstacks: create a domain (paused), size it, pause and unpause it, ask how it is, and destroy it. Sub-op numbers are Xen's XEN_DOMCTL_* values (xen/include/public/domctl.h). Unlike Xen's one struct with a union and an interface_version that must match exactly, each op has its own attributes, and the family version plus the compatibility rules let a toolstack of one version drive a hypervisor of another. Control ops come from the control domain; a device-model domain may make the ops marked device-model on its target (set_target; Xen's IS_PRIV_FOR); no control op acts on the control domain. getdomaininfo, getvcpuinfo and getvcpuaffinity on the caller itself are open to any domain.",
    ops: &[&OP_CREATEDOMAIN, &OP_DESTROYDOMAIN, &OP_PAUSEDOMAIN, &OP_UNPAUSEDOMAIN, &OP_GETDOMAININFO, &OP_SETVCPUAFFINITY, &OP_MAX_MEM, &OP_GETVCPUINFO, &OP_MAX_VCPUS, &OP_SETTIMEOFFSET, &OP_GETVCPUAFFINITY, &OP_SET_TARGET],
};

/// What a host implements for this family: one method per op, called with a request
/// that was already validated (the same way on a ring and by register). Batch ops
/// report each entry's result through `out` as soon as it is known, so a host encodes
/// entries straight into its reply (or progress) message without collecting them.
pub trait Backend {
    /// Create a domain, paused, with no memory and no vCPUs running.
    fn createdomain(
        &mut self,
        ctx: &rt::Ctx,
        req: &CreateReq<'_>,
    ) -> ::core::result::Result<CreateReply, hvlink_proto::Errno>;
    /// Destroy a domain - it is dying until its resources are released, then gone.
    fn destroydomain(
        &mut self,
        ctx: &rt::Ctx,
        req: &DomReq,
    ) -> ::core::result::Result<(), hvlink_proto::Errno>;
    /// Pause a domain (its vCPUs stop being scheduled).
    fn pausedomain(
        &mut self,
        ctx: &rt::Ctx,
        req: &DomReq,
    ) -> ::core::result::Result<(), hvlink_proto::Errno>;
    /// Undo pausedomain (and the pause a new domain is created with).
    fn unpausedomain(
        &mut self,
        ctx: &rt::Ctx,
        req: &DomReq,
    ) -> ::core::result::Result<(), hvlink_proto::Errno>;
    /// Report a domain's state, memory and vCPUs (any domain about itself; the control domain about any).
    fn getdomaininfo(
        &mut self,
        ctx: &rt::Ctx,
        req: &QueryReq,
    ) -> ::core::result::Result<Info<'_>, hvlink_proto::Errno>;
    /// Set a vCPU's hard and soft affinity; the reply holds what is in effect.
    fn setvcpuaffinity(
        &mut self,
        ctx: &rt::Ctx,
        req: &AffinityReq,
    ) -> ::core::result::Result<AffinityReply, hvlink_proto::Errno>;
    /// Set the most memory a domain may have (its pages are counted against it).
    fn max_mem(
        &mut self,
        ctx: &rt::Ctx,
        req: &MaxMemReq,
    ) -> ::core::result::Result<(), hvlink_proto::Errno>;
    /// Report one vCPU's state.
    fn getvcpuinfo(
        &mut self,
        ctx: &rt::Ctx,
        req: &VcpuQueryReq,
    ) -> ::core::result::Result<VcpuinfoReply, hvlink_proto::Errno>;
    /// Bring the domain's vCPU count to max (vCPU 0 up, the others down until the guest starts them).
    fn max_vcpus(
        &mut self,
        ctx: &rt::Ctx,
        req: &MaxVcpusReq,
    ) -> ::core::result::Result<(), hvlink_proto::Errno>;
    /// Set the offset of the domain's wallclock.
    fn settimeoffset(
        &mut self,
        ctx: &rt::Ctx,
        req: &TimeOffsetReq,
    ) -> ::core::result::Result<(), hvlink_proto::Errno>;
    /// Report a vCPU's hard and soft affinity.
    fn getvcpuaffinity(
        &mut self,
        ctx: &rt::Ctx,
        req: &VcpuQueryReq,
    ) -> ::core::result::Result<AffinityReply, hvlink_proto::Errno>;
    /// Make domain a device-model domain for target (it may then make device-model ops on it).
    fn set_target(
        &mut self,
        ctx: &rt::Ctx,
        req: &SetTargetReq,
    ) -> ::core::result::Result<(), hvlink_proto::Errno>;
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
        OpId::CREATEDOMAIN => rt::served(
            &backend.createdomain(ctx, &CreateReq::decode(attrs)?)?,
            reply,
        ),
        OpId::DESTROYDOMAIN => {
            backend.destroydomain(ctx, &DomReq::decode(attrs)?)?;
            Ok(rt::Served::WHOLE)
        }
        OpId::PAUSEDOMAIN => {
            backend.pausedomain(ctx, &DomReq::decode(attrs)?)?;
            Ok(rt::Served::WHOLE)
        }
        OpId::UNPAUSEDOMAIN => {
            backend.unpausedomain(ctx, &DomReq::decode(attrs)?)?;
            Ok(rt::Served::WHOLE)
        }
        OpId::GETDOMAININFO => rt::served(
            &backend.getdomaininfo(ctx, &QueryReq::decode(attrs)?)?,
            reply,
        ),
        OpId::SETVCPUAFFINITY => rt::served(
            &backend.setvcpuaffinity(ctx, &AffinityReq::decode(attrs)?)?,
            reply,
        ),
        OpId::MAX_MEM => {
            backend.max_mem(ctx, &MaxMemReq::decode(attrs)?)?;
            Ok(rt::Served::WHOLE)
        }
        OpId::GETVCPUINFO => rt::served(
            &backend.getvcpuinfo(ctx, &VcpuQueryReq::decode(attrs)?)?,
            reply,
        ),
        OpId::MAX_VCPUS => {
            backend.max_vcpus(ctx, &MaxVcpusReq::decode(attrs)?)?;
            Ok(rt::Served::WHOLE)
        }
        OpId::SETTIMEOFFSET => {
            backend.settimeoffset(ctx, &TimeOffsetReq::decode(attrs)?)?;
            Ok(rt::Served::WHOLE)
        }
        OpId::GETVCPUAFFINITY => rt::served(
            &backend.getvcpuaffinity(ctx, &VcpuQueryReq::decode(attrs)?)?,
            reply,
        ),
        OpId::SET_TARGET => {
            backend.set_target(ctx, &SetTargetReq::decode(attrs)?)?;
            Ok(rt::Served::WHOLE)
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
        OpId::CREATEDOMAIN => CreateReq::decode(attrs).map(|_| ()),
        OpId::DESTROYDOMAIN => DomReq::decode(attrs).map(|_| ()),
        OpId::PAUSEDOMAIN => DomReq::decode(attrs).map(|_| ()),
        OpId::UNPAUSEDOMAIN => DomReq::decode(attrs).map(|_| ()),
        OpId::GETDOMAININFO => QueryReq::decode(attrs).map(|_| ()),
        OpId::SETVCPUAFFINITY => AffinityReq::decode(attrs).map(|_| ()),
        OpId::MAX_MEM => MaxMemReq::decode(attrs).map(|_| ()),
        OpId::GETVCPUINFO => VcpuQueryReq::decode(attrs).map(|_| ()),
        OpId::MAX_VCPUS => MaxVcpusReq::decode(attrs).map(|_| ()),
        OpId::SETTIMEOFFSET => TimeOffsetReq::decode(attrs).map(|_| ()),
        OpId::GETVCPUAFFINITY => VcpuQueryReq::decode(attrs).map(|_| ()),
        OpId::SET_TARGET => SetTargetReq::decode(attrs).map(|_| ()),
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
        OpId::DESTROYDOMAIN => {
            let req = <Destroydomain as rt::FastAbi>::request_from_regs(regs)?;
            backend.destroydomain(ctx, &req)?;
            rt::commit_regs::<Destroydomain>(&rt::Empty, regs)
        }
        OpId::PAUSEDOMAIN => {
            let req = <Pausedomain as rt::FastAbi>::request_from_regs(regs)?;
            backend.pausedomain(ctx, &req)?;
            rt::commit_regs::<Pausedomain>(&rt::Empty, regs)
        }
        OpId::UNPAUSEDOMAIN => {
            let req = <Unpausedomain as rt::FastAbi>::request_from_regs(regs)?;
            backend.unpausedomain(ctx, &req)?;
            rt::commit_regs::<Unpausedomain>(&rt::Empty, regs)
        }
        OpId::GETDOMAININFO => {
            let req = <Getdomaininfo as rt::FastAbi>::request_from_regs(regs)?;
            rt::commit_regs::<Getdomaininfo>(&backend.getdomaininfo(ctx, &req)?, regs)
        }
        OpId::SETVCPUAFFINITY => {
            let req = <Setvcpuaffinity as rt::FastAbi>::request_from_regs(regs)?;
            rt::commit_regs::<Setvcpuaffinity>(&backend.setvcpuaffinity(ctx, &req)?, regs)
        }
        OpId::MAX_MEM => {
            let req = <MaxMem as rt::FastAbi>::request_from_regs(regs)?;
            backend.max_mem(ctx, &req)?;
            rt::commit_regs::<MaxMem>(&rt::Empty, regs)
        }
        OpId::GETVCPUINFO => {
            let req = <Getvcpuinfo as rt::FastAbi>::request_from_regs(regs)?;
            rt::commit_regs::<Getvcpuinfo>(&backend.getvcpuinfo(ctx, &req)?, regs)
        }
        OpId::MAX_VCPUS => {
            let req = <MaxVcpus as rt::FastAbi>::request_from_regs(regs)?;
            backend.max_vcpus(ctx, &req)?;
            rt::commit_regs::<MaxVcpus>(&rt::Empty, regs)
        }
        OpId::SETTIMEOFFSET => {
            let req = <Settimeoffset as rt::FastAbi>::request_from_regs(regs)?;
            backend.settimeoffset(ctx, &req)?;
            rt::commit_regs::<Settimeoffset>(&rt::Empty, regs)
        }
        OpId::GETVCPUAFFINITY => {
            let req = <Getvcpuaffinity as rt::FastAbi>::request_from_regs(regs)?;
            rt::commit_regs::<Getvcpuaffinity>(&backend.getvcpuaffinity(ctx, &req)?, regs)
        }
        OpId::SET_TARGET => {
            let req = <SetTarget as rt::FastAbi>::request_from_regs(regs)?;
            backend.set_target(ctx, &req)?;
            rt::commit_regs::<SetTarget>(&rt::Empty, regs)
        }
        _ => Err(hvlink_proto::Errno::ENOSYS),
    }
}
