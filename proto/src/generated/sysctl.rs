// Do not edit: generated from proto/spec/sysctl.yaml by hvlink-proto-gen; regenerate with `cargo run -p hvlink-proto-gen`.
//! System control for toolstacks: the list of domains (a netlink-style dump, resumable with a cursor), the physical host, and the hypervisor's console. Sub-op numbers are Xen's XEN_SYSCTL_* values (xen/include/public/sysctl.h). Every op is a control op (the control domain only).

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
pub const ID: u16 = 0x23;
/// Message type of the family's ring messages.
pub const MSG_TYPE: u16 = 0x123;
/// Current family version.
pub const VERSION: u8 = 2;

/// Op ids of the family (the family header's `cmd`, rdi in a register call).
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct OpId(pub u8);

impl OpId {
    /// Read the hypervisor's console from an index.
    pub const READCONSOLE: OpId = OpId(1);
    /// Describe the physical host.
    pub const PHYSINFO: OpId = OpId(3);
    /// List domains from a cursor: one part of a dump (request flag DUMP: the host sends every part, then DONE).
    pub const GETDOMAININFOLIST: OpId = OpId(6);
    /// Every op: (name, id).
    pub const ENTRIES: &'static [(&'static str, i64)] = &[
        ("readconsole", 1),
        ("physinfo", 3),
        ("getdomaininfolist", 6),
    ];
}

impl ::core::fmt::Debug for OpId {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        rt::fmt_enum(f, "OpId", Self::ENTRIES, self.0 as i128)
    }
}

/// Host capabilities (XEN_SYSCTL_PHYSCAP_*).
///
/// Closed flag set: any value is representable; the constants are the spec's entries.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Physcap(pub u32);

impl Physcap {
    /// HVM guests can be run.
    pub const HVM: Physcap = Physcap(1);
    /// PV guests can be run.
    pub const PV: Physcap = Physcap(2);
    /// Devices can be passed through.
    pub const DIRECTIO: Physcap = Physcap(4);
    /// Hardware-assisted paging.
    pub const HAP: Physcap = Physcap(8);
    /// Shadow paging.
    pub const SHADOW: Physcap = Physcap(16);
    /// The IOMMU shares the HAP page tables.
    pub const IOMMU_HAP_PT_SHARE: Physcap = Physcap(32);
    /// Processor tracing for guests.
    pub const VMTRACE: Physcap = Physcap(64);
    /// vPMU for guests (Xen 4.16, version 2).
    pub const VPMU: Physcap = Physcap(128);
    /// Grant table v1 (Xen 4.16, version 2).
    pub const GNTTAB_V1: Physcap = Physcap(256);
    /// Grant table v2 (Xen 4.16, version 2).
    pub const GNTTAB_V2: Physcap = Physcap(512);
    /// Every entry: (name, value).
    pub const ENTRIES: &'static [(&'static str, i64)] = &[
        ("hvm", 1),
        ("pv", 2),
        ("directio", 4),
        ("hap", 8),
        ("shadow", 16),
        ("iommu-hap-pt-share", 32),
        ("vmtrace", 64),
        ("vpmu", 128),
        ("gnttab-v1", 256),
        ("gnttab-v2", 512),
    ];
}

impl ::core::fmt::Debug for Physcap {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        rt::fmt_flags(f, Self::ENTRIES, self.0 as u64)
    }
}

impl ::core::ops::BitOr for Physcap {
    type Output = Physcap;
    fn bitor(self, rhs: Physcap) -> Physcap {
        Physcap(self.0 | rhs.0)
    }
}

hvlink_proto::__scalar_newtype!(Physcap, u32);

/// Domain state flags (XEN_DOMINF_*, as domctl's dominf); bits 16..23 hold the shutdown code.
///
/// Closed flag set: any value is representable; the constants are the spec's entries.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct DominfFlags(pub u32);

impl DominfFlags {
    /// Destroyed; its resources are being released.
    pub const DYING: DominfFlags = DominfFlags(1);
    /// An HVM guest.
    pub const HVM_GUEST: DominfFlags = DominfFlags(2);
    /// The guest has shut down.
    pub const SHUTDOWN: DominfFlags = DominfFlags(4);
    /// Paused by the toolstack.
    pub const PAUSED: DominfFlags = DominfFlags(8);
    /// Every online vCPU is blocked.
    pub const BLOCKED: DominfFlags = DominfFlags(16);
    /// Some vCPU is runnable or running.
    pub const RUNNING: DominfFlags = DominfFlags(32);
    /// Being debugged.
    pub const DEBUGGED: DominfFlags = DominfFlags(64);
    /// A xenstore domain.
    pub const XS_DOMAIN: DominfFlags = DominfFlags(128);
    /// Uses hardware-assisted paging.
    pub const HAP: DominfFlags = DominfFlags(256);
    /// The SHUTDOWN_* reason when shutdown is set.
    pub const SHUTDOWN_CODE: DominfFlags = DominfFlags(16711680);
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

impl ::core::fmt::Debug for DominfFlags {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        rt::fmt_flags(f, Self::ENTRIES, self.0 as u64)
    }
}

impl ::core::ops::BitOr for DominfFlags {
    type Output = DominfFlags;
    fn bitor(self, rhs: DominfFlags) -> DominfFlags {
        DominfFlags(self.0 | rhs.0)
    }
}

hvlink_proto::__scalar_newtype!(DominfFlags, u32);

/// Attribute type numbers, one module per attribute set.
pub mod ids {
    /// Attributes of `list-req`.
    pub mod list_req {
        /// `cursor`: 0 to start; else the cursor of the previous part (bound to the caller and to the domain list it was made from).
        pub const CURSOR: u16 = 1;
        /// `max-domains`: Most domains in one part.
        pub const MAX_DOMAINS: u16 = 2;
    }
    /// Attributes of `list-reply`.
    pub mod list_reply {
        /// `domain`: One domain, in ascending id order.
        pub const DOMAIN: u16 = 1;
        /// `cursor`: Where the next part starts; absent in the last part (DONE).
        pub const CURSOR: u16 = 2;
    }
    /// Attributes of `list-entry`.
    pub mod list_entry {
        /// `domain`: The domain's id.
        pub const DOMAIN: u16 = 1;
        /// `flags`: State flags and shutdown code.
        pub const FLAGS: u16 = 2;
        /// `tot-pages`: Pages the domain has.
        pub const TOT_PAGES: u16 = 3;
        /// `max-pages`: Most pages it may have.
        pub const MAX_PAGES: u16 = 4;
        /// `nr-online-vcpus`: vCPUs online.
        pub const NR_ONLINE_VCPUS: u16 = 5;
        /// `cpu-time`: CPU time used, in ns.
        pub const CPU_TIME: u16 = 6;
        /// `max-vcpu-id`: Highest vCPU id.
        pub const MAX_VCPU_ID: u16 = 7;
        /// `cpupool`: CPU pool.
        pub const CPUPOOL: u16 = 8;
        /// `gpaddr-bits`: Width of the guest-physical address space (Xen 4.16).
        pub const GPADDR_BITS: u16 = 10;
    }
    /// Attributes of `physinfo-reply`.
    pub mod physinfo_reply {
        /// `threads-per-core`: Hardware threads per core.
        pub const THREADS_PER_CORE: u16 = 1;
        /// `cores-per-socket`: Cores per socket.
        pub const CORES_PER_SOCKET: u16 = 2;
        /// `nr-cpus`: CPUs online.
        pub const NR_CPUS: u16 = 3;
        /// `max-cpu-id`: Highest possible CPU id.
        pub const MAX_CPU_ID: u16 = 4;
        /// `nr-nodes`: NUMA nodes online.
        pub const NR_NODES: u16 = 5;
        /// `cpu-khz`: CPU frequency in kHz.
        pub const CPU_KHZ: u16 = 6;
        /// `capabilities`: What the host can do.
        pub const CAPABILITIES: u16 = 7;
        /// `total-pages`: Pages of host memory.
        pub const TOTAL_PAGES: u16 = 8;
        /// `free-pages`: Pages not given to any domain.
        pub const FREE_PAGES: u16 = 9;
        /// `max-mfn`: Highest possible machine frame.
        pub const MAX_MFN: u16 = 10;
    }
    /// Attributes of `console-req`.
    pub mod console_req {
        /// `clear`: Clear what was read.
        pub const CLEAR: u16 = 1;
        /// `index`: Byte index to read from (the previous reply's index to read on).
        pub const INDEX: u16 = 2;
        /// `max-bytes`: Most bytes wanted.
        pub const MAX_BYTES: u16 = 3;
    }
    /// Attributes of `console-reply`.
    pub mod console_reply {
        /// `index`: Index after the bytes returned.
        pub const INDEX: u16 = 1;
        /// `data`: Console bytes.
        pub const DATA: u16 = 2;
    }
}

/// Request of getdomaininfolist: a dump, continued from a cursor.
#[derive(
    ::core::clone::Clone, ::core::marker::Copy, ::core::fmt::Debug, ::core::cmp::PartialEq,
)]
pub struct ListReq {
    /// 0 to start; else the cursor of the previous part (bound to the caller and to the domain list it was made from).
    ///
    /// `cursor` (id 1, u64), default `0u64` when absent.
    pub cursor: u64,
    /// Most domains in one part.
    ///
    /// `max-domains` (id 2, u32), default `0x40u32` when absent.
    pub max_domains: u32,
}

/// Validation policy of `list-req`.
pub static LIST_REQ_POLICY: c::Policy = c::Policy::new(
    "list-req",
    &[
        c::AttrPolicy::new(1, "cursor", c::AttrType::U64),
        c::AttrPolicy::new(2, "max-domains", c::AttrType::U32)
            .values(c::Values::Range { min: 1, max: 64 }),
    ],
)
.max_attrs(1024);

/// Descriptor of `list-req`.
pub static LIST_REQ_SET: rt::SetDesc = rt::SetDesc {
    name: "list-req",
    doc: "Request of getdomaininfolist: a dump, continued from a cursor.",
    policy: &LIST_REQ_POLICY,
    attrs: &[
        rt::AttrDesc {
            kind: 1,
            name: "cursor",
            ty: "u64",
            doc: "0 to start; else the cursor of the previous part (bound to the caller and to the domain list it was made from).",
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
            name: "max-domains",
            ty: "u32",
            doc: "Most domains in one part.",
            required: false,
            max_count: 0,
            must_understand: false,
            since: 1,
            default: Some(64),
            enumeration: None,
            nested: None,
            form: None,
            when: None,
        },
    ],
    forms: &[
    ],
};

impl<'a> rt::AttrSet<'a> for ListReq {
    const DESC: &'static rt::SetDesc = &LIST_REQ_SET;

    fn decode_at(attrs: c::Attrs<'a>, _container: usize) -> c::Result<Self> {
        let mut v_cursor: Option<u64> = None;
        let mut v_max_domains: Option<u32> = None;
        let mut seen: u32 = 0;
        let mut count = 0u32;
        'walk: {
            if let Ok(b) = <&[u8; 20]>::try_from(attrs.remaining()) {
                if rt::word(b, 0) == 0x0001000c && rt::word(b, 12) == 0x00020008 {
                    let at = attrs.offset();
                    {
                        let a = c::Attr::new(0x0001, at as u32, rt::bytes(b, 4, 8));
                        let r = rt::int::<u64>(&a)?;
                        let v = r;
                        v_cursor = Some(v);
                    }
                    {
                        let a = c::Attr::new(0x0002, (at + 12) as u32, rt::bytes(b, 16, 4));
                        let r = rt::int::<u32>(&a)?;
                        rt::check_range(&a, r as i128, 1, 64)?;
                        let v = r;
                        v_max_domains = Some(v);
                    }
                    break 'walk;
                }
            }
            if let Ok(b) = <&[u8; 8]>::try_from(attrs.remaining()) {
                if rt::word(b, 0) == 0x00020008 {
                    let at = attrs.offset();
                    {
                        let a = c::Attr::new(0x0002, at as u32, rt::bytes(b, 4, 4));
                        let r = rt::int::<u32>(&a)?;
                        rt::check_range(&a, r as i128, 1, 64)?;
                        let v = r;
                        v_max_domains = Some(v);
                    }
                    break 'walk;
                }
            }
            if let Ok(b) = <&[u8; 12]>::try_from(attrs.remaining()) {
                if rt::word(b, 0) == 0x0001000c {
                    let at = attrs.offset();
                    {
                        let a = c::Attr::new(0x0001, at as u32, rt::bytes(b, 4, 8));
                        let r = rt::int::<u64>(&a)?;
                        let v = r;
                        v_cursor = Some(v);
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
                v_cursor = Some(v);
            }
            if let Some(a) = walk.expect(0x00020008) {
                count += 1;
                seen |= 0x2;
                let r = rt::int::<u32>(&a)?;
                rt::check_range(&a, r as i128, 1, 64)?;
                let v = r;
                v_max_domains = Some(v);
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
                        v_cursor = Some(v);
                    }
                    2 => {
                        if seen & 0x2 != 0 {
                            return Err(rt::duplicate(a));
                        }
                        seen |= 0x2;
                        let r = rt::int::<u32>(&a)?;
                        rt::check_range(&a, r as i128, 1, 64)?;
                        let v = r;
                        v_max_domains = Some(v);
                    }
                    _ => rt::unknown(&a)?,
                }
            }
        }
        Ok(ListReq {
            cursor: v_cursor.unwrap_or(0u64),
            max_domains: v_max_domains.unwrap_or(0x40u32),
        })
    }

    fn encode<S: c::Sink>(&self, b: &mut c::Builder<S>) -> c::Result<()> {
        rt::put_def(b, 1, &self.cursor, 0u64)?;
        rt::put_def(b, 2, &self.max_domains, 0x40u32)?;
        Ok(())
    }
}

impl<'a> rt::Elem<'a> for ListReq {
    #[inline]
    fn from_attr(a: &c::Attr<'a>) -> c::Result<Self> {
        rt::nest_from_attr(a)
    }
    fn put_attr<S: c::Sink>(&self, b: &mut c::Builder<S>, raw_kind: u16) -> c::Result<()> {
        rt::nest_put(self, b, raw_kind)
    }
}

/// One part of the domain list.
#[derive(
    ::core::clone::Clone, ::core::marker::Copy, ::core::fmt::Debug, ::core::cmp::PartialEq,
)]
pub struct ListReply<'a> {
    /// One domain, in ascending id order.
    ///
    /// `domain` (id 1, nest), up to 64.
    pub domain: hvlink_proto::rt::List<'a, ListEntry>,
    /// Where the next part starts; absent in the last part (DONE).
    ///
    /// `cursor` (id 2, u64).
    pub cursor: Option<u64>,
}

/// Validation policy of `list-reply`.
pub static LIST_REPLY_POLICY: c::Policy = c::Policy::new(
    "list-reply",
    &[
        c::AttrPolicy::new(1, "domain", c::AttrType::Nested(&LIST_ENTRY_POLICY)).repeated(),
        c::AttrPolicy::new(2, "cursor", c::AttrType::U64),
    ],
)
.max_attrs(1024);

/// Descriptor of `list-reply`.
pub static LIST_REPLY_SET: rt::SetDesc = rt::SetDesc {
    name: "list-reply",
    doc: "One part of the domain list.",
    policy: &LIST_REPLY_POLICY,
    attrs: &[
        rt::AttrDesc {
            kind: 1,
            name: "domain",
            ty: "nest",
            doc: "One domain, in ascending id order.",
            required: false,
            max_count: 64,
            must_understand: false,
            since: 1,
            default: None,
            enumeration: None,
            nested: Some(&LIST_ENTRY_SET),
            form: None,
            when: None,
        },
        rt::AttrDesc {
            kind: 2,
            name: "cursor",
            ty: "u64",
            doc: "Where the next part starts; absent in the last part (DONE).",
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
    ],
    forms: &[],
};

impl<'a> rt::AttrSet<'a> for ListReply<'a> {
    const DESC: &'static rt::SetDesc = &LIST_REPLY_SET;

    fn decode_at(attrs: c::Attrs<'a>, _container: usize) -> c::Result<Self> {
        let all = attrs.clone();
        let mut n_domain = 0u32;
        let mut v_cursor: Option<u64> = None;
        let mut seen: u32 = 0;
        let mut count = 0u32;
        let mut walk = rt::Walk::new(&attrs);
        if let Some(a) = walk.expect(0x0002000c) {
            count += 1;
            seen |= 0x2;
            let r = rt::int::<u64>(&a)?;
            let v = r;
            v_cursor = Some(v);
        }
        while let Some(a) = walk.next()? {
            count += 1;
            if count > 1024 {
                return Err(rt::too_many(a));
            }
            match a.kind() {
                1 => {
                    seen |= 0x1;
                    if n_domain >= 64 {
                        return Err(rt::too_many(a));
                    }
                    let v = rt::nest_from_attr::<ListEntry>(&a)?;
                    let _ = v;
                    n_domain += 1;
                    while count < 1024 && n_domain < 64 {
                        let Some(v) = rt::run_next::<ListEntry>(
                            &mut walk,
                            &[
                                0x80010058, 0x80010050, 0x80010050, 0x80010048, 0x80010050,
                                0x80010048, 0x80010048, 0x80010040,
                            ],
                        ) else {
                            break;
                        };
                        count += 1;
                        let _ = v;
                        n_domain += 1;
                    }
                }
                2 => {
                    if seen & 0x2 != 0 {
                        return Err(rt::duplicate(a));
                    }
                    seen |= 0x2;
                    let r = rt::int::<u64>(&a)?;
                    let v = r;
                    v_cursor = Some(v);
                }
                _ => rt::unknown(&a)?,
            }
        }
        Ok(ListReply {
            domain: rt::list(&all, 1, n_domain),
            cursor: v_cursor,
        })
    }

    #[inline]
    fn decode_valid(attrs: c::Attrs<'a>) -> ::core::option::Option<Self> {
        let all = attrs.clone();
        let mut n_domain = 0u32;
        let mut v_cursor: Option<u64> = None;
        let mut walk = rt::Walk::new(&attrs);
        if let Some(a) = walk.expect(0x0002000c) {
            v_cursor = Some(<u64 as rt::WireInt>::from_payload(a.payload())?);
        }
        while let Some(a) = walk.next().ok()? {
            match a.kind() {
                1 => {
                    n_domain += 1;
                }
                2 => {
                    v_cursor = Some(<u64 as rt::WireInt>::from_payload(a.payload())?);
                }
                _ => {}
            }
        }
        Some(ListReply {
            domain: rt::list(&all, 1, n_domain),
            cursor: v_cursor,
        })
    }

    fn encode<S: c::Sink>(&self, b: &mut c::Builder<S>) -> c::Result<()> {
        self.domain.put(b, 1)?;
        rt::put_opt(b, 2, &self.cursor)?;
        Ok(())
    }
}

impl<'a> rt::Elem<'a> for ListReply<'a> {
    #[inline]
    fn from_attr(a: &c::Attr<'a>) -> c::Result<Self> {
        rt::nest_from_attr(a)
    }
    fn put_attr<S: c::Sink>(&self, b: &mut c::Builder<S>, raw_kind: u16) -> c::Result<()> {
        rt::nest_put(self, b, raw_kind)
    }
}

/// One domain of the list (struct xen_domctl_getdomaininfo; names are asked per domain with domctl.getdomaininfo, as xl reads them from xenstore per domain).
#[derive(
    ::core::clone::Clone, ::core::marker::Copy, ::core::fmt::Debug, ::core::cmp::PartialEq,
)]
pub struct ListEntry {
    /// The domain's id.
    ///
    /// `domain` (id 1, u16), required.
    pub domain: u16,
    /// State flags and shutdown code.
    ///
    /// `flags` (id 2, u32), required.
    pub flags: DominfFlags,
    /// Pages the domain has.
    ///
    /// `tot-pages` (id 3, u64), required.
    pub tot_pages: u64,
    /// Most pages it may have.
    ///
    /// `max-pages` (id 4, u64), required.
    pub max_pages: u64,
    /// vCPUs online.
    ///
    /// `nr-online-vcpus` (id 5, u32), required.
    pub nr_online_vcpus: u32,
    /// CPU time used, in ns.
    ///
    /// `cpu-time` (id 6, u64), required.
    pub cpu_time: u64,
    /// Highest vCPU id.
    ///
    /// `max-vcpu-id` (id 7, u32).
    pub max_vcpu_id: Option<u32>,
    /// CPU pool.
    ///
    /// `cpupool` (id 8, u32).
    pub cpupool: Option<u32>,
    /// Width of the guest-physical address space (Xen 4.16).
    ///
    /// `gpaddr-bits` (id 10, u8), since version 2.
    pub gpaddr_bits: Option<u8>,
}

/// Validation policy of `list-entry`.
pub static LIST_ENTRY_POLICY: c::Policy = c::Policy::new(
    "list-entry",
    &[
        c::AttrPolicy::new(1, "domain", c::AttrType::U16).required(),
        c::AttrPolicy::new(2, "flags", c::AttrType::U32).required(),
        c::AttrPolicy::new(3, "tot-pages", c::AttrType::U64).required(),
        c::AttrPolicy::new(4, "max-pages", c::AttrType::U64).required(),
        c::AttrPolicy::new(5, "nr-online-vcpus", c::AttrType::U32).required(),
        c::AttrPolicy::new(6, "cpu-time", c::AttrType::U64).required(),
        c::AttrPolicy::new(7, "max-vcpu-id", c::AttrType::U32),
        c::AttrPolicy::new(8, "cpupool", c::AttrType::U32),
        c::AttrPolicy::new(10, "gpaddr-bits", c::AttrType::U8),
    ],
)
.max_attrs(1024);

/// Descriptor of `list-entry`.
pub static LIST_ENTRY_SET: rt::SetDesc = rt::SetDesc {
    name: "list-entry",
    doc: "One domain of the list (struct xen_domctl_getdomaininfo; names are asked per domain with domctl.getdomaininfo, as xl reads them from xenstore per domain).",
    policy: &LIST_ENTRY_POLICY,
    attrs: &[
        rt::AttrDesc {
            kind: 1,
            name: "domain",
            ty: "u16",
            doc: "The domain's id.",
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
            name: "flags",
            ty: "u32",
            doc: "State flags and shutdown code.",
            required: true,
            max_count: 0,
            must_understand: false,
            since: 1,
            default: None,
            enumeration: Some("dominf-flags"),
            nested: None,
            form: None,
            when: None,
        },
        rt::AttrDesc {
            kind: 3,
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
            kind: 4,
            name: "max-pages",
            ty: "u64",
            doc: "Most pages it may have.",
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
            kind: 6,
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
            kind: 7,
            name: "max-vcpu-id",
            ty: "u32",
            doc: "Highest vCPU id.",
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
            kind: 10,
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

impl<'a> rt::AttrSet<'a> for ListEntry {
    const DESC: &'static rt::SetDesc = &LIST_ENTRY_SET;

    #[inline]
    fn decode_at(attrs: c::Attrs<'a>, container: usize) -> c::Result<Self> {
        let mut v_domain: Option<u16> = None;
        let mut v_flags: Option<DominfFlags> = None;
        let mut v_tot_pages: Option<u64> = None;
        let mut v_max_pages: Option<u64> = None;
        let mut v_nr_online_vcpus: Option<u32> = None;
        let mut v_cpu_time: Option<u64> = None;
        let mut v_max_vcpu_id: Option<u32> = None;
        let mut v_cpupool: Option<u32> = None;
        let mut v_gpaddr_bits: Option<u8> = None;
        let mut seen: u32 = 0;
        let mut count = 0u32;
        'walk: {
            if let Ok(b) = <&[u8; 84]>::try_from(attrs.remaining()) {
                if rt::word(b, 0) == 0x00010006
                    && rt::word(b, 8) == 0x00020008
                    && rt::word(b, 16) == 0x0003000c
                    && rt::word(b, 28) == 0x0004000c
                    && rt::word(b, 40) == 0x00050008
                    && rt::word(b, 48) == 0x0006000c
                    && rt::word(b, 60) == 0x00070008
                    && rt::word(b, 68) == 0x00080008
                    && rt::word(b, 76) == 0x000a0005
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
                        let v = DominfFlags(r);
                        v_flags = Some(v);
                    }
                    {
                        let a = c::Attr::new(0x0003, (at + 16) as u32, rt::bytes(b, 20, 8));
                        seen |= 0x4;
                        let r = rt::int::<u64>(&a)?;
                        let v = r;
                        v_tot_pages = Some(v);
                    }
                    {
                        let a = c::Attr::new(0x0004, (at + 28) as u32, rt::bytes(b, 32, 8));
                        seen |= 0x8;
                        let r = rt::int::<u64>(&a)?;
                        let v = r;
                        v_max_pages = Some(v);
                    }
                    {
                        let a = c::Attr::new(0x0005, (at + 40) as u32, rt::bytes(b, 44, 4));
                        seen |= 0x10;
                        let r = rt::int::<u32>(&a)?;
                        let v = r;
                        v_nr_online_vcpus = Some(v);
                    }
                    {
                        let a = c::Attr::new(0x0006, (at + 48) as u32, rt::bytes(b, 52, 8));
                        seen |= 0x20;
                        let r = rt::int::<u64>(&a)?;
                        let v = r;
                        v_cpu_time = Some(v);
                    }
                    {
                        let a = c::Attr::new(0x0007, (at + 60) as u32, rt::bytes(b, 64, 4));
                        seen |= 0x40;
                        let r = rt::int::<u32>(&a)?;
                        let v = r;
                        v_max_vcpu_id = Some(v);
                    }
                    {
                        let a = c::Attr::new(0x0008, (at + 68) as u32, rt::bytes(b, 72, 4));
                        seen |= 0x80;
                        let r = rt::int::<u32>(&a)?;
                        let v = r;
                        v_cpupool = Some(v);
                    }
                    {
                        let a = c::Attr::new(0x000a, (at + 76) as u32, rt::bytes(b, 80, 1));
                        seen |= 0x100;
                        let r = rt::int::<u8>(&a)?;
                        let v = r;
                        v_gpaddr_bits = Some(v);
                    }
                    break 'walk;
                }
            }
            if let Ok(b) = <&[u8; 76]>::try_from(attrs.remaining()) {
                if rt::word(b, 0) == 0x00010006
                    && rt::word(b, 8) == 0x00020008
                    && rt::word(b, 16) == 0x0003000c
                    && rt::word(b, 28) == 0x0004000c
                    && rt::word(b, 40) == 0x00050008
                    && rt::word(b, 48) == 0x0006000c
                    && rt::word(b, 60) == 0x00080008
                    && rt::word(b, 68) == 0x000a0005
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
                        let v = DominfFlags(r);
                        v_flags = Some(v);
                    }
                    {
                        let a = c::Attr::new(0x0003, (at + 16) as u32, rt::bytes(b, 20, 8));
                        seen |= 0x4;
                        let r = rt::int::<u64>(&a)?;
                        let v = r;
                        v_tot_pages = Some(v);
                    }
                    {
                        let a = c::Attr::new(0x0004, (at + 28) as u32, rt::bytes(b, 32, 8));
                        seen |= 0x8;
                        let r = rt::int::<u64>(&a)?;
                        let v = r;
                        v_max_pages = Some(v);
                    }
                    {
                        let a = c::Attr::new(0x0005, (at + 40) as u32, rt::bytes(b, 44, 4));
                        seen |= 0x10;
                        let r = rt::int::<u32>(&a)?;
                        let v = r;
                        v_nr_online_vcpus = Some(v);
                    }
                    {
                        let a = c::Attr::new(0x0006, (at + 48) as u32, rt::bytes(b, 52, 8));
                        seen |= 0x20;
                        let r = rt::int::<u64>(&a)?;
                        let v = r;
                        v_cpu_time = Some(v);
                    }
                    {
                        let a = c::Attr::new(0x0008, (at + 60) as u32, rt::bytes(b, 64, 4));
                        seen |= 0x80;
                        let r = rt::int::<u32>(&a)?;
                        let v = r;
                        v_cpupool = Some(v);
                    }
                    {
                        let a = c::Attr::new(0x000a, (at + 68) as u32, rt::bytes(b, 72, 1));
                        seen |= 0x100;
                        let r = rt::int::<u8>(&a)?;
                        let v = r;
                        v_gpaddr_bits = Some(v);
                    }
                    break 'walk;
                }
            }
            if let Ok(b) = <&[u8; 76]>::try_from(attrs.remaining()) {
                if rt::word(b, 0) == 0x00010006
                    && rt::word(b, 8) == 0x00020008
                    && rt::word(b, 16) == 0x0003000c
                    && rt::word(b, 28) == 0x0004000c
                    && rt::word(b, 40) == 0x00050008
                    && rt::word(b, 48) == 0x0006000c
                    && rt::word(b, 60) == 0x00070008
                    && rt::word(b, 68) == 0x000a0005
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
                        let v = DominfFlags(r);
                        v_flags = Some(v);
                    }
                    {
                        let a = c::Attr::new(0x0003, (at + 16) as u32, rt::bytes(b, 20, 8));
                        seen |= 0x4;
                        let r = rt::int::<u64>(&a)?;
                        let v = r;
                        v_tot_pages = Some(v);
                    }
                    {
                        let a = c::Attr::new(0x0004, (at + 28) as u32, rt::bytes(b, 32, 8));
                        seen |= 0x8;
                        let r = rt::int::<u64>(&a)?;
                        let v = r;
                        v_max_pages = Some(v);
                    }
                    {
                        let a = c::Attr::new(0x0005, (at + 40) as u32, rt::bytes(b, 44, 4));
                        seen |= 0x10;
                        let r = rt::int::<u32>(&a)?;
                        let v = r;
                        v_nr_online_vcpus = Some(v);
                    }
                    {
                        let a = c::Attr::new(0x0006, (at + 48) as u32, rt::bytes(b, 52, 8));
                        seen |= 0x20;
                        let r = rt::int::<u64>(&a)?;
                        let v = r;
                        v_cpu_time = Some(v);
                    }
                    {
                        let a = c::Attr::new(0x0007, (at + 60) as u32, rt::bytes(b, 64, 4));
                        seen |= 0x40;
                        let r = rt::int::<u32>(&a)?;
                        let v = r;
                        v_max_vcpu_id = Some(v);
                    }
                    {
                        let a = c::Attr::new(0x000a, (at + 68) as u32, rt::bytes(b, 72, 1));
                        seen |= 0x100;
                        let r = rt::int::<u8>(&a)?;
                        let v = r;
                        v_gpaddr_bits = Some(v);
                    }
                    break 'walk;
                }
            }
            if let Ok(b) = <&[u8; 68]>::try_from(attrs.remaining()) {
                if rt::word(b, 0) == 0x00010006
                    && rt::word(b, 8) == 0x00020008
                    && rt::word(b, 16) == 0x0003000c
                    && rt::word(b, 28) == 0x0004000c
                    && rt::word(b, 40) == 0x00050008
                    && rt::word(b, 48) == 0x0006000c
                    && rt::word(b, 60) == 0x000a0005
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
                        let v = DominfFlags(r);
                        v_flags = Some(v);
                    }
                    {
                        let a = c::Attr::new(0x0003, (at + 16) as u32, rt::bytes(b, 20, 8));
                        seen |= 0x4;
                        let r = rt::int::<u64>(&a)?;
                        let v = r;
                        v_tot_pages = Some(v);
                    }
                    {
                        let a = c::Attr::new(0x0004, (at + 28) as u32, rt::bytes(b, 32, 8));
                        seen |= 0x8;
                        let r = rt::int::<u64>(&a)?;
                        let v = r;
                        v_max_pages = Some(v);
                    }
                    {
                        let a = c::Attr::new(0x0005, (at + 40) as u32, rt::bytes(b, 44, 4));
                        seen |= 0x10;
                        let r = rt::int::<u32>(&a)?;
                        let v = r;
                        v_nr_online_vcpus = Some(v);
                    }
                    {
                        let a = c::Attr::new(0x0006, (at + 48) as u32, rt::bytes(b, 52, 8));
                        seen |= 0x20;
                        let r = rt::int::<u64>(&a)?;
                        let v = r;
                        v_cpu_time = Some(v);
                    }
                    {
                        let a = c::Attr::new(0x000a, (at + 60) as u32, rt::bytes(b, 64, 1));
                        seen |= 0x100;
                        let r = rt::int::<u8>(&a)?;
                        let v = r;
                        v_gpaddr_bits = Some(v);
                    }
                    break 'walk;
                }
            }
            if let Ok(b) = <&[u8; 76]>::try_from(attrs.remaining()) {
                if rt::word(b, 0) == 0x00010006
                    && rt::word(b, 8) == 0x00020008
                    && rt::word(b, 16) == 0x0003000c
                    && rt::word(b, 28) == 0x0004000c
                    && rt::word(b, 40) == 0x00050008
                    && rt::word(b, 48) == 0x0006000c
                    && rt::word(b, 60) == 0x00070008
                    && rt::word(b, 68) == 0x00080008
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
                        let v = DominfFlags(r);
                        v_flags = Some(v);
                    }
                    {
                        let a = c::Attr::new(0x0003, (at + 16) as u32, rt::bytes(b, 20, 8));
                        seen |= 0x4;
                        let r = rt::int::<u64>(&a)?;
                        let v = r;
                        v_tot_pages = Some(v);
                    }
                    {
                        let a = c::Attr::new(0x0004, (at + 28) as u32, rt::bytes(b, 32, 8));
                        seen |= 0x8;
                        let r = rt::int::<u64>(&a)?;
                        let v = r;
                        v_max_pages = Some(v);
                    }
                    {
                        let a = c::Attr::new(0x0005, (at + 40) as u32, rt::bytes(b, 44, 4));
                        seen |= 0x10;
                        let r = rt::int::<u32>(&a)?;
                        let v = r;
                        v_nr_online_vcpus = Some(v);
                    }
                    {
                        let a = c::Attr::new(0x0006, (at + 48) as u32, rt::bytes(b, 52, 8));
                        seen |= 0x20;
                        let r = rt::int::<u64>(&a)?;
                        let v = r;
                        v_cpu_time = Some(v);
                    }
                    {
                        let a = c::Attr::new(0x0007, (at + 60) as u32, rt::bytes(b, 64, 4));
                        seen |= 0x40;
                        let r = rt::int::<u32>(&a)?;
                        let v = r;
                        v_max_vcpu_id = Some(v);
                    }
                    {
                        let a = c::Attr::new(0x0008, (at + 68) as u32, rt::bytes(b, 72, 4));
                        seen |= 0x80;
                        let r = rt::int::<u32>(&a)?;
                        let v = r;
                        v_cpupool = Some(v);
                    }
                    break 'walk;
                }
            }
            if let Ok(b) = <&[u8; 68]>::try_from(attrs.remaining()) {
                if rt::word(b, 0) == 0x00010006
                    && rt::word(b, 8) == 0x00020008
                    && rt::word(b, 16) == 0x0003000c
                    && rt::word(b, 28) == 0x0004000c
                    && rt::word(b, 40) == 0x00050008
                    && rt::word(b, 48) == 0x0006000c
                    && rt::word(b, 60) == 0x00080008
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
                        let v = DominfFlags(r);
                        v_flags = Some(v);
                    }
                    {
                        let a = c::Attr::new(0x0003, (at + 16) as u32, rt::bytes(b, 20, 8));
                        seen |= 0x4;
                        let r = rt::int::<u64>(&a)?;
                        let v = r;
                        v_tot_pages = Some(v);
                    }
                    {
                        let a = c::Attr::new(0x0004, (at + 28) as u32, rt::bytes(b, 32, 8));
                        seen |= 0x8;
                        let r = rt::int::<u64>(&a)?;
                        let v = r;
                        v_max_pages = Some(v);
                    }
                    {
                        let a = c::Attr::new(0x0005, (at + 40) as u32, rt::bytes(b, 44, 4));
                        seen |= 0x10;
                        let r = rt::int::<u32>(&a)?;
                        let v = r;
                        v_nr_online_vcpus = Some(v);
                    }
                    {
                        let a = c::Attr::new(0x0006, (at + 48) as u32, rt::bytes(b, 52, 8));
                        seen |= 0x20;
                        let r = rt::int::<u64>(&a)?;
                        let v = r;
                        v_cpu_time = Some(v);
                    }
                    {
                        let a = c::Attr::new(0x0008, (at + 60) as u32, rt::bytes(b, 64, 4));
                        seen |= 0x80;
                        let r = rt::int::<u32>(&a)?;
                        let v = r;
                        v_cpupool = Some(v);
                    }
                    break 'walk;
                }
            }
            if let Ok(b) = <&[u8; 68]>::try_from(attrs.remaining()) {
                if rt::word(b, 0) == 0x00010006
                    && rt::word(b, 8) == 0x00020008
                    && rt::word(b, 16) == 0x0003000c
                    && rt::word(b, 28) == 0x0004000c
                    && rt::word(b, 40) == 0x00050008
                    && rt::word(b, 48) == 0x0006000c
                    && rt::word(b, 60) == 0x00070008
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
                        let v = DominfFlags(r);
                        v_flags = Some(v);
                    }
                    {
                        let a = c::Attr::new(0x0003, (at + 16) as u32, rt::bytes(b, 20, 8));
                        seen |= 0x4;
                        let r = rt::int::<u64>(&a)?;
                        let v = r;
                        v_tot_pages = Some(v);
                    }
                    {
                        let a = c::Attr::new(0x0004, (at + 28) as u32, rt::bytes(b, 32, 8));
                        seen |= 0x8;
                        let r = rt::int::<u64>(&a)?;
                        let v = r;
                        v_max_pages = Some(v);
                    }
                    {
                        let a = c::Attr::new(0x0005, (at + 40) as u32, rt::bytes(b, 44, 4));
                        seen |= 0x10;
                        let r = rt::int::<u32>(&a)?;
                        let v = r;
                        v_nr_online_vcpus = Some(v);
                    }
                    {
                        let a = c::Attr::new(0x0006, (at + 48) as u32, rt::bytes(b, 52, 8));
                        seen |= 0x20;
                        let r = rt::int::<u64>(&a)?;
                        let v = r;
                        v_cpu_time = Some(v);
                    }
                    {
                        let a = c::Attr::new(0x0007, (at + 60) as u32, rt::bytes(b, 64, 4));
                        seen |= 0x40;
                        let r = rt::int::<u32>(&a)?;
                        let v = r;
                        v_max_vcpu_id = Some(v);
                    }
                    break 'walk;
                }
            }
            if let Ok(b) = <&[u8; 60]>::try_from(attrs.remaining()) {
                if rt::word(b, 0) == 0x00010006
                    && rt::word(b, 8) == 0x00020008
                    && rt::word(b, 16) == 0x0003000c
                    && rt::word(b, 28) == 0x0004000c
                    && rt::word(b, 40) == 0x00050008
                    && rt::word(b, 48) == 0x0006000c
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
                        let v = DominfFlags(r);
                        v_flags = Some(v);
                    }
                    {
                        let a = c::Attr::new(0x0003, (at + 16) as u32, rt::bytes(b, 20, 8));
                        seen |= 0x4;
                        let r = rt::int::<u64>(&a)?;
                        let v = r;
                        v_tot_pages = Some(v);
                    }
                    {
                        let a = c::Attr::new(0x0004, (at + 28) as u32, rt::bytes(b, 32, 8));
                        seen |= 0x8;
                        let r = rt::int::<u64>(&a)?;
                        let v = r;
                        v_max_pages = Some(v);
                    }
                    {
                        let a = c::Attr::new(0x0005, (at + 40) as u32, rt::bytes(b, 44, 4));
                        seen |= 0x10;
                        let r = rt::int::<u32>(&a)?;
                        let v = r;
                        v_nr_online_vcpus = Some(v);
                    }
                    {
                        let a = c::Attr::new(0x0006, (at + 48) as u32, rt::bytes(b, 52, 8));
                        seen |= 0x20;
                        let r = rt::int::<u64>(&a)?;
                        let v = r;
                        v_cpu_time = Some(v);
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
                let v = DominfFlags(r);
                v_flags = Some(v);
            }
            if let Some(a) = walk.expect(0x0003000c) {
                count += 1;
                seen |= 0x4;
                let r = rt::int::<u64>(&a)?;
                let v = r;
                v_tot_pages = Some(v);
            }
            if let Some(a) = walk.expect(0x0004000c) {
                count += 1;
                seen |= 0x8;
                let r = rt::int::<u64>(&a)?;
                let v = r;
                v_max_pages = Some(v);
            }
            if let Some(a) = walk.expect(0x00050008) {
                count += 1;
                seen |= 0x10;
                let r = rt::int::<u32>(&a)?;
                let v = r;
                v_nr_online_vcpus = Some(v);
            }
            if let Some(a) = walk.expect(0x0006000c) {
                count += 1;
                seen |= 0x20;
                let r = rt::int::<u64>(&a)?;
                let v = r;
                v_cpu_time = Some(v);
            }
            if let Some(a) = walk.expect(0x00070008) {
                count += 1;
                seen |= 0x40;
                let r = rt::int::<u32>(&a)?;
                let v = r;
                v_max_vcpu_id = Some(v);
            }
            if let Some(a) = walk.expect(0x00080008) {
                count += 1;
                seen |= 0x80;
                let r = rt::int::<u32>(&a)?;
                let v = r;
                v_cpupool = Some(v);
            }
            if let Some(a) = walk.expect(0x000a0005) {
                count += 1;
                seen |= 0x100;
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
                        let v = DominfFlags(r);
                        v_flags = Some(v);
                    }
                    3 => {
                        if seen & 0x4 != 0 {
                            return Err(rt::duplicate(a));
                        }
                        seen |= 0x4;
                        let r = rt::int::<u64>(&a)?;
                        let v = r;
                        v_tot_pages = Some(v);
                    }
                    4 => {
                        if seen & 0x8 != 0 {
                            return Err(rt::duplicate(a));
                        }
                        seen |= 0x8;
                        let r = rt::int::<u64>(&a)?;
                        let v = r;
                        v_max_pages = Some(v);
                    }
                    5 => {
                        if seen & 0x10 != 0 {
                            return Err(rt::duplicate(a));
                        }
                        seen |= 0x10;
                        let r = rt::int::<u32>(&a)?;
                        let v = r;
                        v_nr_online_vcpus = Some(v);
                    }
                    6 => {
                        if seen & 0x20 != 0 {
                            return Err(rt::duplicate(a));
                        }
                        seen |= 0x20;
                        let r = rt::int::<u64>(&a)?;
                        let v = r;
                        v_cpu_time = Some(v);
                    }
                    7 => {
                        if seen & 0x40 != 0 {
                            return Err(rt::duplicate(a));
                        }
                        seen |= 0x40;
                        let r = rt::int::<u32>(&a)?;
                        let v = r;
                        v_max_vcpu_id = Some(v);
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
                    10 => {
                        if seen & 0x100 != 0 {
                            return Err(rt::duplicate(a));
                        }
                        seen |= 0x100;
                        let r = rt::int::<u8>(&a)?;
                        let v = r;
                        v_gpaddr_bits = Some(v);
                    }
                    _ => rt::unknown(&a)?,
                }
            }
        }
        if seen & 0x3f != 0x3f {
            return Err(rt::missing(
                container,
                (0x3f & !seen) as u128,
                &[1, 2, 3, 4, 5, 6, 7, 8, 10],
            ));
        }
        Ok(ListEntry {
            domain: rt::req(v_domain, container, 1)?,
            flags: rt::req(v_flags, container, 2)?,
            tot_pages: rt::req(v_tot_pages, container, 3)?,
            max_pages: rt::req(v_max_pages, container, 4)?,
            nr_online_vcpus: rt::req(v_nr_online_vcpus, container, 5)?,
            cpu_time: rt::req(v_cpu_time, container, 6)?,
            max_vcpu_id: v_max_vcpu_id,
            cpupool: v_cpupool,
            gpaddr_bits: v_gpaddr_bits,
        })
    }

    #[inline]
    fn decode_valid(attrs: c::Attrs<'a>) -> ::core::option::Option<Self> {
        let mut v_domain: Option<u16> = None;
        let mut v_flags: Option<DominfFlags> = None;
        let mut v_tot_pages: Option<u64> = None;
        let mut v_max_pages: Option<u64> = None;
        let mut v_nr_online_vcpus: Option<u32> = None;
        let mut v_cpu_time: Option<u64> = None;
        let mut v_max_vcpu_id: Option<u32> = None;
        let mut v_cpupool: Option<u32> = None;
        let mut v_gpaddr_bits: Option<u8> = None;
        let mut walk = rt::Walk::new(&attrs);
        if let Some(a) = walk.expect(0x00010006) {
            v_domain = Some(<u16 as rt::WireInt>::from_payload(a.payload())?);
        }
        if let Some(a) = walk.expect(0x00020008) {
            v_flags = Some(DominfFlags(<u32 as rt::WireInt>::from_payload(
                a.payload(),
            )?));
        }
        if let Some(a) = walk.expect(0x0003000c) {
            v_tot_pages = Some(<u64 as rt::WireInt>::from_payload(a.payload())?);
        }
        if let Some(a) = walk.expect(0x0004000c) {
            v_max_pages = Some(<u64 as rt::WireInt>::from_payload(a.payload())?);
        }
        if let Some(a) = walk.expect(0x00050008) {
            v_nr_online_vcpus = Some(<u32 as rt::WireInt>::from_payload(a.payload())?);
        }
        if let Some(a) = walk.expect(0x0006000c) {
            v_cpu_time = Some(<u64 as rt::WireInt>::from_payload(a.payload())?);
        }
        if let Some(a) = walk.expect(0x00070008) {
            v_max_vcpu_id = Some(<u32 as rt::WireInt>::from_payload(a.payload())?);
        }
        if let Some(a) = walk.expect(0x00080008) {
            v_cpupool = Some(<u32 as rt::WireInt>::from_payload(a.payload())?);
        }
        if let Some(a) = walk.expect(0x000a0005) {
            v_gpaddr_bits = Some(<u8 as rt::WireInt>::from_payload(a.payload())?);
        }
        while let Some(a) = walk.next().ok()? {
            match a.kind() {
                1 => {
                    v_domain = Some(<u16 as rt::WireInt>::from_payload(a.payload())?);
                }
                2 => {
                    v_flags = Some(DominfFlags(<u32 as rt::WireInt>::from_payload(
                        a.payload(),
                    )?));
                }
                3 => {
                    v_tot_pages = Some(<u64 as rt::WireInt>::from_payload(a.payload())?);
                }
                4 => {
                    v_max_pages = Some(<u64 as rt::WireInt>::from_payload(a.payload())?);
                }
                5 => {
                    v_nr_online_vcpus = Some(<u32 as rt::WireInt>::from_payload(a.payload())?);
                }
                6 => {
                    v_cpu_time = Some(<u64 as rt::WireInt>::from_payload(a.payload())?);
                }
                7 => {
                    v_max_vcpu_id = Some(<u32 as rt::WireInt>::from_payload(a.payload())?);
                }
                8 => {
                    v_cpupool = Some(<u32 as rt::WireInt>::from_payload(a.payload())?);
                }
                10 => {
                    v_gpaddr_bits = Some(<u8 as rt::WireInt>::from_payload(a.payload())?);
                }
                _ => {}
            }
        }
        Some(ListEntry {
            domain: v_domain?,
            flags: v_flags?,
            tot_pages: v_tot_pages?,
            max_pages: v_max_pages?,
            nr_online_vcpus: v_nr_online_vcpus?,
            cpu_time: v_cpu_time?,
            max_vcpu_id: v_max_vcpu_id,
            cpupool: v_cpupool,
            gpaddr_bits: v_gpaddr_bits,
        })
    }

    fn encode<S: c::Sink>(&self, b: &mut c::Builder<S>) -> c::Result<()> {
        rt::put(b, 1, &self.domain)?;
        rt::put(b, 2, &self.flags)?;
        rt::put(b, 3, &self.tot_pages)?;
        rt::put(b, 4, &self.max_pages)?;
        rt::put(b, 5, &self.nr_online_vcpus)?;
        rt::put(b, 6, &self.cpu_time)?;
        rt::put_opt(b, 7, &self.max_vcpu_id)?;
        rt::put_opt(b, 8, &self.cpupool)?;
        rt::put_opt(b, 10, &self.gpaddr_bits)?;
        Ok(())
    }
}

impl<'a> rt::Elem<'a> for ListEntry {
    #[inline]
    fn from_attr(a: &c::Attr<'a>) -> c::Result<Self> {
        rt::nest_from_attr(a)
    }
    #[inline]
    fn from_valid(a: &c::Attr<'a>) -> Option<Self> {
        <Self as rt::AttrSet<'a>>::decode_valid(a.nested())
    }
    fn put_attr<S: c::Sink>(&self, b: &mut c::Builder<S>, raw_kind: u16) -> c::Result<()> {
        rt::FixedNest::<92>::put(b, raw_kind, |w| {
            w.int(0x00010006, 2, rt::Scalar::to_reg(self.domain));
            w.int(0x00020008, 4, rt::Scalar::to_reg(self.flags));
            w.int(0x0003000c, 8, rt::Scalar::to_reg(self.tot_pages));
            w.int(0x0004000c, 8, rt::Scalar::to_reg(self.max_pages));
            w.int(0x00050008, 4, rt::Scalar::to_reg(self.nr_online_vcpus));
            w.int(0x0006000c, 8, rt::Scalar::to_reg(self.cpu_time));
            if let Some(v) = self.max_vcpu_id {
                w.int(0x00070008, 4, rt::Scalar::to_reg(v));
            }
            if let Some(v) = self.cpupool {
                w.int(0x00080008, 4, rt::Scalar::to_reg(v));
            }
            if let Some(v) = self.gpaddr_bits {
                w.int(0x000a0005, 1, rt::Scalar::to_reg(v));
            }
        })
    }
}

/// Reply of physinfo (struct xen_sysctl_physinfo).
#[derive(
    ::core::clone::Clone, ::core::marker::Copy, ::core::fmt::Debug, ::core::cmp::PartialEq,
)]
pub struct PhysinfoReply {
    /// Hardware threads per core.
    ///
    /// `threads-per-core` (id 1, u32), required.
    pub threads_per_core: u32,
    /// Cores per socket.
    ///
    /// `cores-per-socket` (id 2, u32), required.
    pub cores_per_socket: u32,
    /// CPUs online.
    ///
    /// `nr-cpus` (id 3, u32), required.
    pub nr_cpus: u32,
    /// Highest possible CPU id.
    ///
    /// `max-cpu-id` (id 4, u32).
    pub max_cpu_id: Option<u32>,
    /// NUMA nodes online.
    ///
    /// `nr-nodes` (id 5, u32).
    pub nr_nodes: Option<u32>,
    /// CPU frequency in kHz.
    ///
    /// `cpu-khz` (id 6, u32).
    pub cpu_khz: Option<u32>,
    /// What the host can do.
    ///
    /// `capabilities` (id 7, u32), required.
    pub capabilities: Physcap,
    /// Pages of host memory.
    ///
    /// `total-pages` (id 8, u64), required.
    pub total_pages: u64,
    /// Pages not given to any domain.
    ///
    /// `free-pages` (id 9, u64), required.
    pub free_pages: u64,
    /// Highest possible machine frame.
    ///
    /// `max-mfn` (id 10, u64).
    pub max_mfn: Option<u64>,
}

/// Validation policy of `physinfo-reply`.
pub static PHYSINFO_REPLY_POLICY: c::Policy = c::Policy::new(
    "physinfo-reply",
    &[
        c::AttrPolicy::new(1, "threads-per-core", c::AttrType::U32).required(),
        c::AttrPolicy::new(2, "cores-per-socket", c::AttrType::U32).required(),
        c::AttrPolicy::new(3, "nr-cpus", c::AttrType::U32).required(),
        c::AttrPolicy::new(4, "max-cpu-id", c::AttrType::U32),
        c::AttrPolicy::new(5, "nr-nodes", c::AttrType::U32),
        c::AttrPolicy::new(6, "cpu-khz", c::AttrType::U32),
        c::AttrPolicy::new(7, "capabilities", c::AttrType::U32).required(),
        c::AttrPolicy::new(8, "total-pages", c::AttrType::U64).required(),
        c::AttrPolicy::new(9, "free-pages", c::AttrType::U64).required(),
        c::AttrPolicy::new(10, "max-mfn", c::AttrType::U64),
    ],
)
.max_attrs(1024);

/// Descriptor of `physinfo-reply`.
pub static PHYSINFO_REPLY_SET: rt::SetDesc = rt::SetDesc {
    name: "physinfo-reply",
    doc: "Reply of physinfo (struct xen_sysctl_physinfo).",
    policy: &PHYSINFO_REPLY_POLICY,
    attrs: &[
        rt::AttrDesc {
            kind: 1,
            name: "threads-per-core",
            ty: "u32",
            doc: "Hardware threads per core.",
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
            name: "cores-per-socket",
            ty: "u32",
            doc: "Cores per socket.",
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
            name: "nr-cpus",
            ty: "u32",
            doc: "CPUs online.",
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
            name: "max-cpu-id",
            ty: "u32",
            doc: "Highest possible CPU id.",
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
            kind: 5,
            name: "nr-nodes",
            ty: "u32",
            doc: "NUMA nodes online.",
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
            kind: 6,
            name: "cpu-khz",
            ty: "u32",
            doc: "CPU frequency in kHz.",
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
            kind: 7,
            name: "capabilities",
            ty: "u32",
            doc: "What the host can do.",
            required: true,
            max_count: 0,
            must_understand: false,
            since: 1,
            default: None,
            enumeration: Some("physcap"),
            nested: None,
            form: None,
            when: None,
        },
        rt::AttrDesc {
            kind: 8,
            name: "total-pages",
            ty: "u64",
            doc: "Pages of host memory.",
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
            kind: 9,
            name: "free-pages",
            ty: "u64",
            doc: "Pages not given to any domain.",
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
            kind: 10,
            name: "max-mfn",
            ty: "u64",
            doc: "Highest possible machine frame.",
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
    ],
    forms: &[],
};

impl<'a> rt::AttrSet<'a> for PhysinfoReply {
    const DESC: &'static rt::SetDesc = &PHYSINFO_REPLY_SET;

    fn decode_at(attrs: c::Attrs<'a>, container: usize) -> c::Result<Self> {
        let mut v_threads_per_core: Option<u32> = None;
        let mut v_cores_per_socket: Option<u32> = None;
        let mut v_nr_cpus: Option<u32> = None;
        let mut v_max_cpu_id: Option<u32> = None;
        let mut v_nr_nodes: Option<u32> = None;
        let mut v_cpu_khz: Option<u32> = None;
        let mut v_capabilities: Option<Physcap> = None;
        let mut v_total_pages: Option<u64> = None;
        let mut v_free_pages: Option<u64> = None;
        let mut v_max_mfn: Option<u64> = None;
        let mut seen: u32 = 0;
        let mut count = 0u32;
        let mut walk = rt::Walk::new(&attrs);
        if let Some(a) = walk.expect(0x00010008) {
            count += 1;
            seen |= 0x1;
            let r = rt::int::<u32>(&a)?;
            let v = r;
            v_threads_per_core = Some(v);
        }
        if let Some(a) = walk.expect(0x00020008) {
            count += 1;
            seen |= 0x2;
            let r = rt::int::<u32>(&a)?;
            let v = r;
            v_cores_per_socket = Some(v);
        }
        if let Some(a) = walk.expect(0x00030008) {
            count += 1;
            seen |= 0x4;
            let r = rt::int::<u32>(&a)?;
            let v = r;
            v_nr_cpus = Some(v);
        }
        if let Some(a) = walk.expect(0x00040008) {
            count += 1;
            seen |= 0x8;
            let r = rt::int::<u32>(&a)?;
            let v = r;
            v_max_cpu_id = Some(v);
        }
        if let Some(a) = walk.expect(0x00050008) {
            count += 1;
            seen |= 0x10;
            let r = rt::int::<u32>(&a)?;
            let v = r;
            v_nr_nodes = Some(v);
        }
        if let Some(a) = walk.expect(0x00060008) {
            count += 1;
            seen |= 0x20;
            let r = rt::int::<u32>(&a)?;
            let v = r;
            v_cpu_khz = Some(v);
        }
        if let Some(a) = walk.expect(0x00070008) {
            count += 1;
            seen |= 0x40;
            let r = rt::int::<u32>(&a)?;
            let v = Physcap(r);
            v_capabilities = Some(v);
        }
        if let Some(a) = walk.expect(0x0008000c) {
            count += 1;
            seen |= 0x80;
            let r = rt::int::<u64>(&a)?;
            let v = r;
            v_total_pages = Some(v);
        }
        if let Some(a) = walk.expect(0x0009000c) {
            count += 1;
            seen |= 0x100;
            let r = rt::int::<u64>(&a)?;
            let v = r;
            v_free_pages = Some(v);
        }
        if let Some(a) = walk.expect(0x000a000c) {
            count += 1;
            seen |= 0x200;
            let r = rt::int::<u64>(&a)?;
            let v = r;
            v_max_mfn = Some(v);
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
                    v_threads_per_core = Some(v);
                }
                2 => {
                    if seen & 0x2 != 0 {
                        return Err(rt::duplicate(a));
                    }
                    seen |= 0x2;
                    let r = rt::int::<u32>(&a)?;
                    let v = r;
                    v_cores_per_socket = Some(v);
                }
                3 => {
                    if seen & 0x4 != 0 {
                        return Err(rt::duplicate(a));
                    }
                    seen |= 0x4;
                    let r = rt::int::<u32>(&a)?;
                    let v = r;
                    v_nr_cpus = Some(v);
                }
                4 => {
                    if seen & 0x8 != 0 {
                        return Err(rt::duplicate(a));
                    }
                    seen |= 0x8;
                    let r = rt::int::<u32>(&a)?;
                    let v = r;
                    v_max_cpu_id = Some(v);
                }
                5 => {
                    if seen & 0x10 != 0 {
                        return Err(rt::duplicate(a));
                    }
                    seen |= 0x10;
                    let r = rt::int::<u32>(&a)?;
                    let v = r;
                    v_nr_nodes = Some(v);
                }
                6 => {
                    if seen & 0x20 != 0 {
                        return Err(rt::duplicate(a));
                    }
                    seen |= 0x20;
                    let r = rt::int::<u32>(&a)?;
                    let v = r;
                    v_cpu_khz = Some(v);
                }
                7 => {
                    if seen & 0x40 != 0 {
                        return Err(rt::duplicate(a));
                    }
                    seen |= 0x40;
                    let r = rt::int::<u32>(&a)?;
                    let v = Physcap(r);
                    v_capabilities = Some(v);
                }
                8 => {
                    if seen & 0x80 != 0 {
                        return Err(rt::duplicate(a));
                    }
                    seen |= 0x80;
                    let r = rt::int::<u64>(&a)?;
                    let v = r;
                    v_total_pages = Some(v);
                }
                9 => {
                    if seen & 0x100 != 0 {
                        return Err(rt::duplicate(a));
                    }
                    seen |= 0x100;
                    let r = rt::int::<u64>(&a)?;
                    let v = r;
                    v_free_pages = Some(v);
                }
                10 => {
                    if seen & 0x200 != 0 {
                        return Err(rt::duplicate(a));
                    }
                    seen |= 0x200;
                    let r = rt::int::<u64>(&a)?;
                    let v = r;
                    v_max_mfn = Some(v);
                }
                _ => rt::unknown(&a)?,
            }
        }
        if seen & 0x1c7 != 0x1c7 {
            return Err(rt::missing(
                container,
                (0x1c7 & !seen) as u128,
                &[1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
            ));
        }
        Ok(PhysinfoReply {
            threads_per_core: rt::req(v_threads_per_core, container, 1)?,
            cores_per_socket: rt::req(v_cores_per_socket, container, 2)?,
            nr_cpus: rt::req(v_nr_cpus, container, 3)?,
            max_cpu_id: v_max_cpu_id,
            nr_nodes: v_nr_nodes,
            cpu_khz: v_cpu_khz,
            capabilities: rt::req(v_capabilities, container, 7)?,
            total_pages: rt::req(v_total_pages, container, 8)?,
            free_pages: rt::req(v_free_pages, container, 9)?,
            max_mfn: v_max_mfn,
        })
    }

    fn encode<S: c::Sink>(&self, b: &mut c::Builder<S>) -> c::Result<()> {
        rt::put(b, 1, &self.threads_per_core)?;
        rt::put(b, 2, &self.cores_per_socket)?;
        rt::put(b, 3, &self.nr_cpus)?;
        rt::put_opt(b, 4, &self.max_cpu_id)?;
        rt::put_opt(b, 5, &self.nr_nodes)?;
        rt::put_opt(b, 6, &self.cpu_khz)?;
        rt::put(b, 7, &self.capabilities)?;
        rt::put(b, 8, &self.total_pages)?;
        rt::put(b, 9, &self.free_pages)?;
        rt::put_opt(b, 10, &self.max_mfn)?;
        Ok(())
    }
}

impl<'a> rt::Elem<'a> for PhysinfoReply {
    #[inline]
    fn from_attr(a: &c::Attr<'a>) -> c::Result<Self> {
        rt::nest_from_attr(a)
    }
    fn put_attr<S: c::Sink>(&self, b: &mut c::Builder<S>, raw_kind: u16) -> c::Result<()> {
        rt::nest_put(self, b, raw_kind)
    }
}

/// Request of readconsole.
#[derive(
    ::core::clone::Clone, ::core::marker::Copy, ::core::fmt::Debug, ::core::cmp::PartialEq,
)]
pub struct ConsoleReq {
    /// Clear what was read.
    ///
    /// `clear` (id 1, flag).
    pub clear: bool,
    /// Byte index to read from (the previous reply's index to read on).
    ///
    /// `index` (id 2, u32), default `0u32` when absent.
    pub index: u32,
    /// Most bytes wanted.
    ///
    /// `max-bytes` (id 3, u32), default `0x800u32` when absent.
    pub max_bytes: u32,
}

/// Validation policy of `console-req`.
pub static CONSOLE_REQ_POLICY: c::Policy = c::Policy::new(
    "console-req",
    &[
        c::AttrPolicy::new(1, "clear", c::AttrType::Flag),
        c::AttrPolicy::new(2, "index", c::AttrType::U32),
        c::AttrPolicy::new(3, "max-bytes", c::AttrType::U32)
            .values(c::Values::Range { min: 1, max: 2048 }),
    ],
)
.max_attrs(1024);

/// Descriptor of `console-req`.
pub static CONSOLE_REQ_SET: rt::SetDesc = rt::SetDesc {
    name: "console-req",
    doc: "Request of readconsole.",
    policy: &CONSOLE_REQ_POLICY,
    attrs: &[
        rt::AttrDesc {
            kind: 1,
            name: "clear",
            ty: "flag",
            doc: "Clear what was read.",
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
            name: "index",
            ty: "u32",
            doc: "Byte index to read from (the previous reply's index to read on).",
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
            kind: 3,
            name: "max-bytes",
            ty: "u32",
            doc: "Most bytes wanted.",
            required: false,
            max_count: 0,
            must_understand: false,
            since: 1,
            default: Some(2048),
            enumeration: None,
            nested: None,
            form: None,
            when: None,
        },
    ],
    forms: &[],
};

impl<'a> rt::AttrSet<'a> for ConsoleReq {
    const DESC: &'static rt::SetDesc = &CONSOLE_REQ_SET;

    fn decode_at(attrs: c::Attrs<'a>, _container: usize) -> c::Result<Self> {
        let mut v_clear = false;
        let mut v_index: Option<u32> = None;
        let mut v_max_bytes: Option<u32> = None;
        let mut seen: u32 = 0;
        let mut count = 0u32;
        'walk: {
            if let Ok(b) = <&[u8; 20]>::try_from(attrs.remaining()) {
                if rt::word(b, 0) == 0x00010004
                    && rt::word(b, 4) == 0x00020008
                    && rt::word(b, 12) == 0x00030008
                {
                    let at = attrs.offset();
                    {
                        let a = c::Attr::new(0x0001, at as u32, rt::bytes(b, 4, 0));
                        let r = rt::flag(&a)?;
                        let v = r;
                        v_clear = v;
                    }
                    {
                        let a = c::Attr::new(0x0002, (at + 4) as u32, rt::bytes(b, 8, 4));
                        let r = rt::int::<u32>(&a)?;
                        let v = r;
                        v_index = Some(v);
                    }
                    {
                        let a = c::Attr::new(0x0003, (at + 12) as u32, rt::bytes(b, 16, 4));
                        let r = rt::int::<u32>(&a)?;
                        rt::check_range(&a, r as i128, 1, 2048)?;
                        let v = r;
                        v_max_bytes = Some(v);
                    }
                    break 'walk;
                }
            }
            if let Ok(b) = <&[u8; 16]>::try_from(attrs.remaining()) {
                if rt::word(b, 0) == 0x00020008 && rt::word(b, 8) == 0x00030008 {
                    let at = attrs.offset();
                    {
                        let a = c::Attr::new(0x0002, at as u32, rt::bytes(b, 4, 4));
                        let r = rt::int::<u32>(&a)?;
                        let v = r;
                        v_index = Some(v);
                    }
                    {
                        let a = c::Attr::new(0x0003, (at + 8) as u32, rt::bytes(b, 12, 4));
                        let r = rt::int::<u32>(&a)?;
                        rt::check_range(&a, r as i128, 1, 2048)?;
                        let v = r;
                        v_max_bytes = Some(v);
                    }
                    break 'walk;
                }
            }
            if let Ok(b) = <&[u8; 12]>::try_from(attrs.remaining()) {
                if rt::word(b, 0) == 0x00010004 && rt::word(b, 4) == 0x00030008 {
                    let at = attrs.offset();
                    {
                        let a = c::Attr::new(0x0001, at as u32, rt::bytes(b, 4, 0));
                        let r = rt::flag(&a)?;
                        let v = r;
                        v_clear = v;
                    }
                    {
                        let a = c::Attr::new(0x0003, (at + 4) as u32, rt::bytes(b, 8, 4));
                        let r = rt::int::<u32>(&a)?;
                        rt::check_range(&a, r as i128, 1, 2048)?;
                        let v = r;
                        v_max_bytes = Some(v);
                    }
                    break 'walk;
                }
            }
            if let Ok(b) = <&[u8; 8]>::try_from(attrs.remaining()) {
                if rt::word(b, 0) == 0x00030008 {
                    let at = attrs.offset();
                    {
                        let a = c::Attr::new(0x0003, at as u32, rt::bytes(b, 4, 4));
                        let r = rt::int::<u32>(&a)?;
                        rt::check_range(&a, r as i128, 1, 2048)?;
                        let v = r;
                        v_max_bytes = Some(v);
                    }
                    break 'walk;
                }
            }
            if let Ok(b) = <&[u8; 12]>::try_from(attrs.remaining()) {
                if rt::word(b, 0) == 0x00010004 && rt::word(b, 4) == 0x00020008 {
                    let at = attrs.offset();
                    {
                        let a = c::Attr::new(0x0001, at as u32, rt::bytes(b, 4, 0));
                        let r = rt::flag(&a)?;
                        let v = r;
                        v_clear = v;
                    }
                    {
                        let a = c::Attr::new(0x0002, (at + 4) as u32, rt::bytes(b, 8, 4));
                        let r = rt::int::<u32>(&a)?;
                        let v = r;
                        v_index = Some(v);
                    }
                    break 'walk;
                }
            }
            if let Ok(b) = <&[u8; 8]>::try_from(attrs.remaining()) {
                if rt::word(b, 0) == 0x00020008 {
                    let at = attrs.offset();
                    {
                        let a = c::Attr::new(0x0002, at as u32, rt::bytes(b, 4, 4));
                        let r = rt::int::<u32>(&a)?;
                        let v = r;
                        v_index = Some(v);
                    }
                    break 'walk;
                }
            }
            if let Ok(b) = <&[u8; 4]>::try_from(attrs.remaining()) {
                if rt::word(b, 0) == 0x00010004 {
                    let at = attrs.offset();
                    {
                        let a = c::Attr::new(0x0001, at as u32, rt::bytes(b, 4, 0));
                        let r = rt::flag(&a)?;
                        let v = r;
                        v_clear = v;
                    }
                    break 'walk;
                }
            }
            let mut walk = rt::Walk::new(&attrs);
            if let Some(a) = walk.expect(0x00010004) {
                count += 1;
                seen |= 0x1;
                let r = rt::flag(&a)?;
                let v = r;
                v_clear = v;
            }
            if let Some(a) = walk.expect(0x00020008) {
                count += 1;
                seen |= 0x2;
                let r = rt::int::<u32>(&a)?;
                let v = r;
                v_index = Some(v);
            }
            if let Some(a) = walk.expect(0x00030008) {
                count += 1;
                seen |= 0x4;
                let r = rt::int::<u32>(&a)?;
                rt::check_range(&a, r as i128, 1, 2048)?;
                let v = r;
                v_max_bytes = Some(v);
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
                        let r = rt::flag(&a)?;
                        let v = r;
                        v_clear = v;
                    }
                    2 => {
                        if seen & 0x2 != 0 {
                            return Err(rt::duplicate(a));
                        }
                        seen |= 0x2;
                        let r = rt::int::<u32>(&a)?;
                        let v = r;
                        v_index = Some(v);
                    }
                    3 => {
                        if seen & 0x4 != 0 {
                            return Err(rt::duplicate(a));
                        }
                        seen |= 0x4;
                        let r = rt::int::<u32>(&a)?;
                        rt::check_range(&a, r as i128, 1, 2048)?;
                        let v = r;
                        v_max_bytes = Some(v);
                    }
                    _ => rt::unknown(&a)?,
                }
            }
        }
        Ok(ConsoleReq {
            clear: v_clear,
            index: v_index.unwrap_or(0u32),
            max_bytes: v_max_bytes.unwrap_or(0x800u32),
        })
    }

    fn encode<S: c::Sink>(&self, b: &mut c::Builder<S>) -> c::Result<()> {
        rt::put_flag(b, 1, self.clear)?;
        rt::put_def(b, 2, &self.index, 0u32)?;
        rt::put_def(b, 3, &self.max_bytes, 0x800u32)?;
        Ok(())
    }
}

impl<'a> rt::Elem<'a> for ConsoleReq {
    #[inline]
    fn from_attr(a: &c::Attr<'a>) -> c::Result<Self> {
        rt::nest_from_attr(a)
    }
    fn put_attr<S: c::Sink>(&self, b: &mut c::Builder<S>, raw_kind: u16) -> c::Result<()> {
        rt::nest_put(self, b, raw_kind)
    }
}

/// Reply of readconsole.
#[derive(
    ::core::clone::Clone, ::core::marker::Copy, ::core::fmt::Debug, ::core::cmp::PartialEq,
)]
pub struct ConsoleReply<'a> {
    /// Index after the bytes returned.
    ///
    /// `index` (id 1, u32), required.
    pub index: u32,
    /// Console bytes.
    ///
    /// `data` (id 2, binary).
    pub data: Option<&'a [u8]>,
}

/// Validation policy of `console-reply`.
pub static CONSOLE_REPLY_POLICY: c::Policy = c::Policy::new(
    "console-reply",
    &[
        c::AttrPolicy::new(1, "index", c::AttrType::U32).required(),
        c::AttrPolicy::new(2, "data", c::AttrType::Binary).len(0, 2048),
    ],
)
.max_attrs(1024);

/// Descriptor of `console-reply`.
pub static CONSOLE_REPLY_SET: rt::SetDesc = rt::SetDesc {
    name: "console-reply",
    doc: "Reply of readconsole.",
    policy: &CONSOLE_REPLY_POLICY,
    attrs: &[
        rt::AttrDesc {
            kind: 1,
            name: "index",
            ty: "u32",
            doc: "Index after the bytes returned.",
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
            name: "data",
            ty: "binary",
            doc: "Console bytes.",
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
    ],
    forms: &[],
};

impl<'a> rt::AttrSet<'a> for ConsoleReply<'a> {
    const DESC: &'static rt::SetDesc = &CONSOLE_REPLY_SET;

    fn decode_at(attrs: c::Attrs<'a>, container: usize) -> c::Result<Self> {
        let mut v_index: Option<u32> = None;
        let mut v_data: Option<&'a [u8]> = None;
        let mut seen: u32 = 0;
        let mut count = 0u32;
        let mut walk = rt::Walk::new(&attrs);
        if let Some(a) = walk.expect(0x00010008) {
            count += 1;
            seen |= 0x1;
            let r = rt::int::<u32>(&a)?;
            let v = r;
            v_index = Some(v);
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
                    v_index = Some(v);
                }
                2 => {
                    if seen & 0x2 != 0 {
                        return Err(rt::duplicate(a));
                    }
                    seen |= 0x2;
                    let v = rt::binary(&a, 0, 2048)?;
                    v_data = Some(v);
                }
                _ => rt::unknown(&a)?,
            }
        }
        if seen & 0x1 != 0x1 {
            return Err(rt::missing(container, (0x1 & !seen) as u128, &[1, 2]));
        }
        Ok(ConsoleReply {
            index: rt::req(v_index, container, 1)?,
            data: v_data,
        })
    }

    fn encode<S: c::Sink>(&self, b: &mut c::Builder<S>) -> c::Result<()> {
        rt::put(b, 1, &self.index)?;
        rt::put_opt(b, 2, &self.data)?;
        Ok(())
    }
}

impl<'a> rt::Elem<'a> for ConsoleReply<'a> {
    #[inline]
    fn from_attr(a: &c::Attr<'a>) -> c::Result<Self> {
        rt::nest_from_attr(a)
    }
    fn put_attr<S: c::Sink>(&self, b: &mut c::Builder<S>, raw_kind: u16) -> c::Result<()> {
        rt::nest_put(self, b, raw_kind)
    }
}

/// Read the hypervisor's console from an index.
///
/// Op 1 (`readconsole`), privilege `control`; Xen `XEN_SYSCTL_readconsole`; max reply 2064 bytes; ring only: The bytes come back in the reply (Xen writes them to a caller buffer)..
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Readconsole;

/// The request of [`Readconsole`].
pub type ReadconsoleRequest = ConsoleReq;

/// The reply of [`Readconsole`].
pub type ReadconsoleReply<'a> = ConsoleReply<'a>;

/// Descriptor of [`Readconsole`].
pub static OP_READCONSOLE: rt::OpDesc = rt::OpDesc {
    family: "sysctl",
    family_id: ID,
    msg_type: MSG_TYPE,
    family_version: VERSION,
    name: "readconsole",
    id: 1,
    since: 1,
    privilege: rt::Privilege::Control,
    flags: 0,
    request: &CONSOLE_REQ_SET,
    reply: &CONSOLE_REPLY_SET,
    max_reply: 2064,
    target_domain: None,
    fastabi: None,
    ring_only: Some("The bytes come back in the reply (Xen writes them to a caller buffer)."),
    register_only: None,
    doc: "Read the hypervisor's console from an index.",
};

impl rt::Op for Readconsole {
    const DESC: &'static rt::OpDesc = &OP_READCONSOLE;
    type Request<'a> = ConsoleReq;
    type Reply<'a> = ConsoleReply<'a>;
}

/// Describe the physical host.
///
/// Op 3 (`physinfo`), privilege `control`; Xen `XEN_SYSCTL_physinfo`; max reply 120 bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Physinfo;

/// Descriptor of [`Physinfo`].
pub static OP_PHYSINFO: rt::OpDesc = rt::OpDesc {
    family: "sysctl",
    family_id: ID,
    msg_type: MSG_TYPE,
    family_version: VERSION,
    name: "physinfo",
    id: 3,
    since: 1,
    privilege: rt::Privilege::Control,
    flags: rt::op_flags::FASTABI,
    request: &rt::EMPTY_SET,
    reply: &PHYSINFO_REPLY_SET,
    max_reply: 120,
    target_domain: None,
    fastabi: Some(rt::RegMap {
        form: None,
        inputs: &[],
        outputs: &[
            (1, rt::Reg::Rsi),
            (2, rt::Reg::R8),
            (3, rt::Reg::R9),
            (7, rt::Reg::R10),
            (8, rt::Reg::R11),
            (9, rt::Reg::R12),
        ],
    }),
    ring_only: None,
    register_only: None,
    doc: "Describe the physical host.",
};

impl rt::Op for Physinfo {
    const DESC: &'static rt::OpDesc = &OP_PHYSINFO;
    type Request<'a> = rt::Empty;
    type Reply<'a> = PhysinfoReply;
}

impl rt::FastAbi for Physinfo {
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
        r.rsi = rt::reg(rep.threads_per_core);
        r.r8 = rt::reg(rep.cores_per_socket);
        r.r9 = rt::reg(rep.nr_cpus);
        r.r10 = rt::reg(rep.capabilities);
        r.r11 = rt::reg(rep.total_pages);
        r.r12 = rt::reg(rep.free_pages);
        Ok(())
    }
    fn reply_from_regs(
        r: &rt::Regs,
    ) -> ::core::result::Result<Self::Reply<'static>, hvlink_proto::Errno> {
        let v_threads_per_core = rt::unreg::<u32>(r.rsi, &PHYSINFO_REPLY_POLICY.attrs[0])?;
        let v_cores_per_socket = rt::unreg::<u32>(r.r8, &PHYSINFO_REPLY_POLICY.attrs[1])?;
        let v_nr_cpus = rt::unreg::<u32>(r.r9, &PHYSINFO_REPLY_POLICY.attrs[2])?;
        let v_capabilities = rt::unreg::<Physcap>(r.r10, &PHYSINFO_REPLY_POLICY.attrs[6])?;
        let v_total_pages = rt::unreg::<u64>(r.r11, &PHYSINFO_REPLY_POLICY.attrs[7])?;
        let v_free_pages = rt::unreg::<u64>(r.r12, &PHYSINFO_REPLY_POLICY.attrs[8])?;
        Ok(PhysinfoReply {
            threads_per_core: v_threads_per_core,
            cores_per_socket: v_cores_per_socket,
            nr_cpus: v_nr_cpus,
            max_cpu_id: None,
            nr_nodes: None,
            cpu_khz: None,
            capabilities: v_capabilities,
            total_pages: v_total_pages,
            free_pages: v_free_pages,
            max_mfn: None,
        })
    }
}

/// List domains from a cursor: one part of a dump (request flag DUMP: the host sends every part, then DONE).
///
/// Op 6 (`getdomaininfolist`), privilege `control`; Xen `XEN_SYSCTL_getdomaininfolist`; max reply 10240 bytes; ring only: The list comes back in the reply (Xen writes it to a caller buffer); a dump has many parts..
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Getdomaininfolist;

/// The request of [`Getdomaininfolist`].
pub type GetdomaininfolistRequest = ListReq;

/// The reply of [`Getdomaininfolist`].
pub type GetdomaininfolistReply<'a> = ListReply<'a>;

/// Descriptor of [`Getdomaininfolist`].
pub static OP_GETDOMAININFOLIST: rt::OpDesc = rt::OpDesc {
    family: "sysctl",
    family_id: ID,
    msg_type: MSG_TYPE,
    family_version: VERSION,
    name: "getdomaininfolist",
    id: 6,
    since: 1,
    privilege: rt::Privilege::Control,
    flags: rt::op_flags::DUMP,
    request: &LIST_REQ_SET,
    reply: &LIST_REPLY_SET,
    max_reply: 10240,
    target_domain: None,
    fastabi: None,
    ring_only: Some("The list comes back in the reply (Xen writes it to a caller buffer); a dump has many parts."),
    register_only: None,
    doc: "List domains from a cursor: one part of a dump (request flag DUMP: the host sends every part, then DONE).",
};

impl rt::Op for Getdomaininfolist {
    const DESC: &'static rt::OpDesc = &OP_GETDOMAININFOLIST;
    type Request<'a> = ListReq;
    type Reply<'a> = ListReply<'a>;
}

/// The family's descriptor.
pub static FAMILY: rt::FamilyDesc = rt::FamilyDesc {
    name: "sysctl",
    id: ID,
    msg_type: MSG_TYPE,
    version: VERSION,
    doc: "System control for toolstacks: the list of domains (a netlink-style dump, resumable with a cursor), the physical host, and the hypervisor's console. Sub-op numbers are Xen's XEN_SYSCTL_* values (xen/include/public/sysctl.h). Every op is a control op (the control domain only).",
    ops: &[&OP_READCONSOLE, &OP_PHYSINFO, &OP_GETDOMAININFOLIST],
};

/// What a host implements for this family: one method per op, called with a request
/// that was already validated (the same way on a ring and by register). Batch ops
/// report each entry's result through `out` as soon as it is known, so a host encodes
/// entries straight into its reply (or progress) message without collecting them.
pub trait Backend {
    /// Read the hypervisor's console from an index.
    fn readconsole(
        &mut self,
        ctx: &rt::Ctx,
        req: &ConsoleReq,
    ) -> ::core::result::Result<ConsoleReply<'_>, hvlink_proto::Errno>;
    /// Describe the physical host.
    fn physinfo(
        &mut self,
        ctx: &rt::Ctx,
    ) -> ::core::result::Result<PhysinfoReply, hvlink_proto::Errno>;
    /// List domains from a cursor: one part of a dump (request flag DUMP: the host sends every part, then DONE).
    fn getdomaininfolist(
        &mut self,
        ctx: &rt::Ctx,
        req: &ListReq,
    ) -> ::core::result::Result<ListReply<'_>, hvlink_proto::Errno>;
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
        OpId::READCONSOLE => rt::served(
            &backend.readconsole(ctx, &ConsoleReq::decode(attrs)?)?,
            reply,
        ),
        OpId::PHYSINFO => {
            rt::Empty::decode(attrs)?;
            rt::served(&backend.physinfo(ctx)?, reply)
        }
        OpId::GETDOMAININFOLIST => rt::served(
            &backend.getdomaininfolist(ctx, &ListReq::decode(attrs)?)?,
            reply,
        ),
        _ => Err(rt::ServeError::Errno(hvlink_proto::Errno::ENOSYS)),
    }
}

/// Validate a ring request of op `cmd` as `serve` does before it runs anything (the
/// whole request, every batch entry included), without running it: a host may do this
/// apart (outside its locks) and then serve the request with [`rt::Window::validated`].
/// Unknown and register-only ops pass (`serve` refuses them).
pub fn validate(cmd: u8, attrs: c::Attrs<'_>) -> ::core::result::Result<(), c::Error> {
    match OpId(cmd) {
        OpId::READCONSOLE => ConsoleReq::decode(attrs).map(|_| ()),
        OpId::PHYSINFO => rt::Empty::decode(attrs).map(|_| ()),
        OpId::GETDOMAININFOLIST => ListReq::decode(attrs).map(|_| ()),
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
        OpId::PHYSINFO => rt::commit_regs::<Physinfo>(&backend.physinfo(ctx)?, regs),
        _ => Err(hvlink_proto::Errno::ENOSYS),
    }
}
