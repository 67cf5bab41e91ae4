// Do not edit: generated from proto/spec/hvm.yaml by hvlink-proto-gen; regenerate with `cargo run -p hvlink-proto-gen`.
//! Operations of hardware-virtualised guests - read and write HVM parameters (where the xenstore and console rings live, how event upcalls are delivered, ...), flush guest TLBs, read the hypervisor's clock, ask the type of a guest frame, and choose a per-vCPU upcall vector. The ops that take a domain act on the caller by default (DOMID_SELF); the host treats a call naming another domain as a control call and, for set_param, also checks per parameter whether the caller may write it. Sub-op numbers are Xen's HVMOP_* values and the register layout is the FastABI RFC's.

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
pub const ID: u16 = 0x22;
/// Message type of the family's ring messages.
pub const MSG_TYPE: u16 = 0x122;
/// Current family version.
pub const VERSION: u8 = 1;

/// Op ids of the family (the family header's `cmd`, rdi in a register call).
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct OpId(pub u8);

impl OpId {
    /// Write an HVM parameter (the host checks per parameter who may write it).
    pub const SET_PARAM: OpId = OpId(0);
    /// Read an HVM parameter.
    pub const GET_PARAM: OpId = OpId(1);
    /// Flush the guest TLBs of all vCPUs of the caller.
    pub const FLUSH_TLBS: OpId = OpId(5);
    /// Read the hypervisor's system time.
    pub const GET_TIME: OpId = OpId(10);
    /// Report the type of a guest frame.
    pub const GET_MEM_TYPE: OpId = OpId(15);
    /// Deliver a vCPU's event upcalls on an interrupt vector of its own.
    pub const SET_EVTCHN_UPCALL_VECTOR: OpId = OpId(23);
    /// Every op: (name, id).
    pub const ENTRIES: &'static [(&'static str, i64)] = &[
        ("set_param", 0),
        ("get_param", 1),
        ("flush_tlbs", 5),
        ("get_time", 10),
        ("get_mem_type", 15),
        ("set_evtchn_upcall_vector", 23),
    ];
}

impl ::core::fmt::Debug for OpId {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        rt::fmt_enum(f, "OpId", Self::ENTRIES, self.0 as i128)
    }
}

/// HVM parameter indices (Xen HVM_PARAM_*; x86 set); open - the host decides on others.
///
/// Open enum: any value is representable; the constants are the spec's entries.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct HvmParam(pub u32);

impl HvmParam {
    /// How vCPU 0 event upcalls are delivered (GSI / PCI INTx / vector encoding in bits 56..63).
    pub const CALLBACK_IRQ: HvmParam = HvmParam(0);
    /// Guest frame of the xenstore ring.
    pub const STORE_PFN: HvmParam = HvmParam(1);
    /// Event channel port of the xenstore ring.
    pub const STORE_EVTCHN: HvmParam = HvmParam(2);
    /// PAE is available to the guest.
    pub const PAE_ENABLED: HvmParam = HvmParam(4);
    /// Guest frame of the synchronous ioreq page (device model).
    pub const IOREQ_PFN: HvmParam = HvmParam(5);
    /// Guest frame of the buffered ioreq page (device model).
    pub const BUFIOREQ_PFN: HvmParam = HvmParam(6);
    /// Mask of Hyper-V enlightenments exposed to the guest.
    pub const VIRIDIAN: HvmParam = HvmParam(9);
    /// Virtual timer mode (HVMPTM_*).
    pub const TIMER_MODE: HvmParam = HvmParam(10);
    /// The virtual HPET is enabled.
    pub const HPET_ENABLED: HvmParam = HvmParam(11);
    /// Identity-map page directory used while paging is off (EPT).
    pub const IDENTITY_PT: HvmParam = HvmParam(12);
    /// Domain running the device model.
    pub const DM_DOMAIN: HvmParam = HvmParam(13);
    /// Current ACPI S state.
    pub const ACPI_S_STATE: HvmParam = HvmParam(14);
    /// TSS used for real mode on Intel (superseded by vm86-tss-sized).
    pub const VM86_TSS: HvmParam = HvmParam(15);
    /// Align periodic virtual timers to reduce interrupts.
    pub const VPT_ALIGN: HvmParam = HvmParam(16);
    /// Guest frame of the PV console ring.
    pub const CONSOLE_PFN: HvmParam = HvmParam(17);
    /// Event channel port of the PV console ring.
    pub const CONSOLE_EVTCHN: HvmParam = HvmParam(18);
    /// Which location of the ACPI PM1a/TMR blocks to use.
    pub const ACPI_IOPORTS_LOCATION: HvmParam = HvmParam(19);
    /// Nested virtualisation is enabled.
    pub const NESTEDHVM: HvmParam = HvmParam(24);
    /// Event channel port of the buffered ioreq page.
    pub const BUFIOREQ_EVTCHN: HvmParam = HvmParam(26);
    /// Guest frame of the paging event ring.
    pub const PAGING_RING_PFN: HvmParam = HvmParam(27);
    /// Guest frame of the monitor event ring.
    pub const MONITOR_RING_PFN: HvmParam = HvmParam(28);
    /// Guest frame of the sharing event ring.
    pub const SHARING_RING_PFN: HvmParam = HvmParam(29);
    /// SHUTDOWN_* action taken on a triple fault.
    pub const TRIPLE_FAULT_REASON: HvmParam = HvmParam(31);
    /// First guest frame reserved for ioreq servers.
    pub const IOREQ_SERVER_PFN: HvmParam = HvmParam(32);
    /// Number of frames reserved for ioreq servers.
    pub const NR_IOREQ_SERVER_PAGES: HvmParam = HvmParam(33);
    /// Guest-physical address of the VM generation id.
    pub const VM_GENERATION_ID_ADDR: HvmParam = HvmParam(34);
    /// Alternate p2m mode (XEN_ALTP2M_*).
    pub const ALTP2M: HvmParam = HvmParam(35);
    /// Width of the x87 FIP/FDP registers to save and restore.
    pub const X87_FIP_WIDTH: HvmParam = HvmParam(36);
    /// Real-mode TSS address (low 32 bits) and size (high 32 bits).
    pub const VM86_TSS_SIZED: HvmParam = HvmParam(37);
    /// Machine-check capabilities (XEN_HVM_MCA_CAP_*).
    pub const MCA_CAP: HvmParam = HvmParam(38);
    /// Every entry: (name, value).
    pub const ENTRIES: &'static [(&'static str, i64)] = &[
        ("callback-irq", 0),
        ("store-pfn", 1),
        ("store-evtchn", 2),
        ("pae-enabled", 4),
        ("ioreq-pfn", 5),
        ("bufioreq-pfn", 6),
        ("viridian", 9),
        ("timer-mode", 10),
        ("hpet-enabled", 11),
        ("identity-pt", 12),
        ("dm-domain", 13),
        ("acpi-s-state", 14),
        ("vm86-tss", 15),
        ("vpt-align", 16),
        ("console-pfn", 17),
        ("console-evtchn", 18),
        ("acpi-ioports-location", 19),
        ("nestedhvm", 24),
        ("bufioreq-evtchn", 26),
        ("paging-ring-pfn", 27),
        ("monitor-ring-pfn", 28),
        ("sharing-ring-pfn", 29),
        ("triple-fault-reason", 31),
        ("ioreq-server-pfn", 32),
        ("nr-ioreq-server-pages", 33),
        ("vm-generation-id-addr", 34),
        ("altp2m", 35),
        ("x87-fip-width", 36),
        ("vm86-tss-sized", 37),
        ("mca-cap", 38),
    ];
}

impl ::core::fmt::Debug for HvmParam {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        rt::fmt_enum(f, "HvmParam", Self::ENTRIES, self.0 as i128)
    }
}

hvlink_proto::__scalar_newtype!(HvmParam, u32);

/// Type of a guest frame (Xen HVMMEM_*).
///
/// Closed enum: any value is representable; the constants are the spec's entries.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct HvmmemType(pub u16);

impl HvmmemType {
    /// Ordinary read/write RAM.
    pub const RAM_RW: HvmmemType = HvmmemType(0);
    /// Read-only RAM; writes are discarded.
    pub const RAM_RO: HvmmemType = HvmmemType(1);
    /// Reads and writes go to the device model.
    pub const MMIO_DM: HvmmemType = HvmmemType(2);
    /// Placeholder (formerly mmio_write_dm); never reported.
    pub const UNUSED: HvmmemType = HvmmemType(3);
    /// Claimed by an ioreq server; writes go to it.
    pub const IOREQ_SERVER: HvmmemType = HvmmemType(4);
    /// Every entry: (name, value).
    pub const ENTRIES: &'static [(&'static str, i64)] = &[
        ("ram-rw", 0),
        ("ram-ro", 1),
        ("mmio-dm", 2),
        ("unused", 3),
        ("ioreq-server", 4),
    ];
}

impl ::core::fmt::Debug for HvmmemType {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        rt::fmt_enum(f, "HvmmemType", Self::ENTRIES, self.0 as i128)
    }
}

hvlink_proto::__scalar_newtype!(HvmmemType, u16);

/// Attribute type numbers, one module per attribute set.
pub mod ids {
    /// Attributes of `param-req`.
    pub mod param_req {
        /// `dom`: Domain whose parameter is read; DOMID_SELF (0x7FF0) for the caller.
        pub const DOM: u16 = 1;
        /// `index`: Parameter index.
        pub const INDEX: u16 = 2;
    }
    /// Attributes of `set-param-req`.
    pub mod set_param_req {
        /// `dom`: Domain whose parameter is written; DOMID_SELF (0x7FF0) for the caller.
        pub const DOM: u16 = 1;
        /// `index`: Parameter index.
        pub const INDEX: u16 = 2;
        /// `value`: New value.
        pub const VALUE: u16 = 3;
    }
    /// Attributes of `param-reply`.
    pub mod param_reply {
        /// `value`: Current value.
        pub const VALUE: u16 = 1;
    }
    /// Attributes of `time-reply`.
    pub mod time_reply {
        /// `now`: Hypervisor system time in nanoseconds since boot.
        pub const NOW: u16 = 1;
    }
    /// Attributes of `mem-type-req`.
    pub mod mem_type_req {
        /// `dom`: Domain owning the frame; DOMID_SELF (0x7FF0) for the caller.
        pub const DOM: u16 = 1;
        /// `pfn`: Guest frame number.
        pub const PFN: u16 = 2;
    }
    /// Attributes of `mem-type-reply`.
    pub mod mem_type_reply {
        /// `mem-type`: Type of the frame.
        pub const MEM_TYPE: u16 = 1;
    }
    /// Attributes of `upcall-vector-req`.
    pub mod upcall_vector_req {
        /// `vcpu`: vCPU whose upcall vector is set.
        pub const VCPU: u16 = 1;
        /// `vector`: Interrupt vector for event upcalls, used instead of callback-irq.
        pub const VECTOR: u16 = 2;
    }
}

/// Request of get_param.
#[derive(
    ::core::clone::Clone, ::core::marker::Copy, ::core::fmt::Debug, ::core::cmp::PartialEq,
)]
pub struct ParamReq {
    /// Domain whose parameter is read; DOMID_SELF (0x7FF0) for the caller.
    ///
    /// `dom` (id 1, u16), default `0x7ff0u16` when absent.
    pub dom: u16,
    /// Parameter index.
    ///
    /// `index` (id 2, u32), required.
    pub index: HvmParam,
}

/// Validation policy of `param-req`.
pub static PARAM_REQ_POLICY: c::Policy = c::Policy::new(
    "param-req",
    &[
        c::AttrPolicy::new(1, "dom", c::AttrType::U16),
        c::AttrPolicy::new(2, "index", c::AttrType::U32).required(),
    ],
)
.max_attrs(1024);

/// Descriptor of `param-req`.
pub static PARAM_REQ_SET: rt::SetDesc = rt::SetDesc {
    name: "param-req",
    doc: "Request of get_param.",
    policy: &PARAM_REQ_POLICY,
    attrs: &[
        rt::AttrDesc {
            kind: 1,
            name: "dom",
            ty: "u16",
            doc: "Domain whose parameter is read; DOMID_SELF (0x7FF0) for the caller.",
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
            name: "index",
            ty: "u32",
            doc: "Parameter index.",
            required: true,
            max_count: 0,
            must_understand: false,
            since: 1,
            default: None,
            enumeration: Some("hvm-param"),
            nested: None,
            form: None,
            when: None,
        },
    ],
    forms: &[],
};

impl<'a> rt::AttrSet<'a> for ParamReq {
    const DESC: &'static rt::SetDesc = &PARAM_REQ_SET;

    fn decode_at(attrs: c::Attrs<'a>, container: usize) -> c::Result<Self> {
        let mut v_dom: Option<u16> = None;
        let mut v_index: Option<HvmParam> = None;
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
                        v_dom = Some(v);
                    }
                    {
                        let a = c::Attr::new(0x0002, (at + 8) as u32, rt::bytes(b, 12, 4));
                        seen |= 0x2;
                        let r = rt::int::<u32>(&a)?;
                        let v = HvmParam(r);
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
                        seen |= 0x2;
                        let r = rt::int::<u32>(&a)?;
                        let v = HvmParam(r);
                        v_index = Some(v);
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
                v_dom = Some(v);
            }
            if let Some(a) = walk.expect(0x00020008) {
                count += 1;
                seen |= 0x2;
                let r = rt::int::<u32>(&a)?;
                let v = HvmParam(r);
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
                        let r = rt::int::<u16>(&a)?;
                        let v = r;
                        v_dom = Some(v);
                    }
                    2 => {
                        if seen & 0x2 != 0 {
                            return Err(rt::duplicate(a));
                        }
                        seen |= 0x2;
                        let r = rt::int::<u32>(&a)?;
                        let v = HvmParam(r);
                        v_index = Some(v);
                    }
                    _ => rt::unknown(&a)?,
                }
            }
        }
        if seen & 0x2 != 0x2 {
            return Err(rt::missing(container, (0x2 & !seen) as u128, &[1, 2]));
        }
        Ok(ParamReq {
            dom: v_dom.unwrap_or(0x7ff0u16),
            index: rt::req(v_index, container, 2)?,
        })
    }

    fn encode<S: c::Sink>(&self, b: &mut c::Builder<S>) -> c::Result<()> {
        rt::put_def(b, 1, &self.dom, 0x7ff0u16)?;
        rt::put(b, 2, &self.index)?;
        Ok(())
    }
}

impl<'a> rt::Elem<'a> for ParamReq {
    #[inline]
    fn from_attr(a: &c::Attr<'a>) -> c::Result<Self> {
        rt::nest_from_attr(a)
    }
    fn put_attr<S: c::Sink>(&self, b: &mut c::Builder<S>, raw_kind: u16) -> c::Result<()> {
        rt::nest_put(self, b, raw_kind)
    }
}

/// Request of set_param.
#[derive(
    ::core::clone::Clone, ::core::marker::Copy, ::core::fmt::Debug, ::core::cmp::PartialEq,
)]
pub struct SetParamReq {
    /// Domain whose parameter is written; DOMID_SELF (0x7FF0) for the caller.
    ///
    /// `dom` (id 1, u16), default `0x7ff0u16` when absent.
    pub dom: u16,
    /// Parameter index.
    ///
    /// `index` (id 2, u32), required.
    pub index: HvmParam,
    /// New value.
    ///
    /// `value` (id 3, u64), required.
    pub value: u64,
}

/// Validation policy of `set-param-req`.
pub static SET_PARAM_REQ_POLICY: c::Policy = c::Policy::new(
    "set-param-req",
    &[
        c::AttrPolicy::new(1, "dom", c::AttrType::U16),
        c::AttrPolicy::new(2, "index", c::AttrType::U32).required(),
        c::AttrPolicy::new(3, "value", c::AttrType::U64).required(),
    ],
)
.max_attrs(1024);

/// Descriptor of `set-param-req`.
pub static SET_PARAM_REQ_SET: rt::SetDesc = rt::SetDesc {
    name: "set-param-req",
    doc: "Request of set_param.",
    policy: &SET_PARAM_REQ_POLICY,
    attrs: &[
        rt::AttrDesc {
            kind: 1,
            name: "dom",
            ty: "u16",
            doc: "Domain whose parameter is written; DOMID_SELF (0x7FF0) for the caller.",
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
            name: "index",
            ty: "u32",
            doc: "Parameter index.",
            required: true,
            max_count: 0,
            must_understand: false,
            since: 1,
            default: None,
            enumeration: Some("hvm-param"),
            nested: None,
            form: None,
            when: None,
        },
        rt::AttrDesc {
            kind: 3,
            name: "value",
            ty: "u64",
            doc: "New value.",
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

impl<'a> rt::AttrSet<'a> for SetParamReq {
    const DESC: &'static rt::SetDesc = &SET_PARAM_REQ_SET;

    fn decode_at(attrs: c::Attrs<'a>, container: usize) -> c::Result<Self> {
        let mut v_dom: Option<u16> = None;
        let mut v_index: Option<HvmParam> = None;
        let mut v_value: Option<u64> = None;
        let mut seen: u32 = 0;
        let mut count = 0u32;
        'walk: {
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
                        v_dom = Some(v);
                    }
                    {
                        let a = c::Attr::new(0x0002, (at + 8) as u32, rt::bytes(b, 12, 4));
                        seen |= 0x2;
                        let r = rt::int::<u32>(&a)?;
                        let v = HvmParam(r);
                        v_index = Some(v);
                    }
                    {
                        let a = c::Attr::new(0x0003, (at + 16) as u32, rt::bytes(b, 20, 8));
                        seen |= 0x4;
                        let r = rt::int::<u64>(&a)?;
                        let v = r;
                        v_value = Some(v);
                    }
                    break 'walk;
                }
            }
            if let Ok(b) = <&[u8; 20]>::try_from(attrs.remaining()) {
                if rt::word(b, 0) == 0x00020008 && rt::word(b, 8) == 0x0003000c {
                    let at = attrs.offset();
                    {
                        let a = c::Attr::new(0x0002, at as u32, rt::bytes(b, 4, 4));
                        seen |= 0x2;
                        let r = rt::int::<u32>(&a)?;
                        let v = HvmParam(r);
                        v_index = Some(v);
                    }
                    {
                        let a = c::Attr::new(0x0003, (at + 8) as u32, rt::bytes(b, 12, 8));
                        seen |= 0x4;
                        let r = rt::int::<u64>(&a)?;
                        let v = r;
                        v_value = Some(v);
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
                v_dom = Some(v);
            }
            if let Some(a) = walk.expect(0x00020008) {
                count += 1;
                seen |= 0x2;
                let r = rt::int::<u32>(&a)?;
                let v = HvmParam(r);
                v_index = Some(v);
            }
            if let Some(a) = walk.expect(0x0003000c) {
                count += 1;
                seen |= 0x4;
                let r = rt::int::<u64>(&a)?;
                let v = r;
                v_value = Some(v);
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
                        v_dom = Some(v);
                    }
                    2 => {
                        if seen & 0x2 != 0 {
                            return Err(rt::duplicate(a));
                        }
                        seen |= 0x2;
                        let r = rt::int::<u32>(&a)?;
                        let v = HvmParam(r);
                        v_index = Some(v);
                    }
                    3 => {
                        if seen & 0x4 != 0 {
                            return Err(rt::duplicate(a));
                        }
                        seen |= 0x4;
                        let r = rt::int::<u64>(&a)?;
                        let v = r;
                        v_value = Some(v);
                    }
                    _ => rt::unknown(&a)?,
                }
            }
        }
        if seen & 0x6 != 0x6 {
            return Err(rt::missing(container, (0x6 & !seen) as u128, &[1, 2, 3]));
        }
        Ok(SetParamReq {
            dom: v_dom.unwrap_or(0x7ff0u16),
            index: rt::req(v_index, container, 2)?,
            value: rt::req(v_value, container, 3)?,
        })
    }

    fn encode<S: c::Sink>(&self, b: &mut c::Builder<S>) -> c::Result<()> {
        rt::put_def(b, 1, &self.dom, 0x7ff0u16)?;
        rt::put(b, 2, &self.index)?;
        rt::put(b, 3, &self.value)?;
        Ok(())
    }
}

impl<'a> rt::Elem<'a> for SetParamReq {
    #[inline]
    fn from_attr(a: &c::Attr<'a>) -> c::Result<Self> {
        rt::nest_from_attr(a)
    }
    fn put_attr<S: c::Sink>(&self, b: &mut c::Builder<S>, raw_kind: u16) -> c::Result<()> {
        rt::nest_put(self, b, raw_kind)
    }
}

/// Reply of get_param.
#[derive(
    ::core::clone::Clone, ::core::marker::Copy, ::core::fmt::Debug, ::core::cmp::PartialEq,
)]
pub struct ParamReply {
    /// Current value.
    ///
    /// `value` (id 1, u64), required.
    pub value: u64,
}

/// Validation policy of `param-reply`.
pub static PARAM_REPLY_POLICY: c::Policy = c::Policy::new(
    "param-reply",
    &[c::AttrPolicy::new(1, "value", c::AttrType::U64).required()],
)
.max_attrs(1024);

/// Descriptor of `param-reply`.
pub static PARAM_REPLY_SET: rt::SetDesc = rt::SetDesc {
    name: "param-reply",
    doc: "Reply of get_param.",
    policy: &PARAM_REPLY_POLICY,
    attrs: &[rt::AttrDesc {
        kind: 1,
        name: "value",
        ty: "u64",
        doc: "Current value.",
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

impl<'a> rt::AttrSet<'a> for ParamReply {
    const DESC: &'static rt::SetDesc = &PARAM_REPLY_SET;

    fn decode_at(attrs: c::Attrs<'a>, container: usize) -> c::Result<Self> {
        let mut v_value: Option<u64> = None;
        let mut seen: u32 = 0;
        let mut count = 0u32;
        'walk: {
            if let Ok(b) = <&[u8; 12]>::try_from(attrs.remaining()) {
                if rt::word(b, 0) == 0x0001000c {
                    let at = attrs.offset();
                    {
                        let a = c::Attr::new(0x0001, at as u32, rt::bytes(b, 4, 8));
                        seen |= 0x1;
                        let r = rt::int::<u64>(&a)?;
                        let v = r;
                        v_value = Some(v);
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
                v_value = Some(v);
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
                        v_value = Some(v);
                    }
                    _ => rt::unknown(&a)?,
                }
            }
        }
        if seen & 0x1 != 0x1 {
            return Err(rt::missing(container, (0x1 & !seen) as u128, &[1]));
        }
        Ok(ParamReply {
            value: rt::req(v_value, container, 1)?,
        })
    }

    fn encode<S: c::Sink>(&self, b: &mut c::Builder<S>) -> c::Result<()> {
        rt::put(b, 1, &self.value)?;
        Ok(())
    }
}

impl<'a> rt::Elem<'a> for ParamReply {
    #[inline]
    fn from_attr(a: &c::Attr<'a>) -> c::Result<Self> {
        rt::nest_from_attr(a)
    }
    fn put_attr<S: c::Sink>(&self, b: &mut c::Builder<S>, raw_kind: u16) -> c::Result<()> {
        rt::nest_put(self, b, raw_kind)
    }
}

/// Reply of get_time.
#[derive(
    ::core::clone::Clone, ::core::marker::Copy, ::core::fmt::Debug, ::core::cmp::PartialEq,
)]
pub struct TimeReply {
    /// Hypervisor system time in nanoseconds since boot.
    ///
    /// `now` (id 1, u64), required.
    pub now: u64,
}

/// Validation policy of `time-reply`.
pub static TIME_REPLY_POLICY: c::Policy = c::Policy::new(
    "time-reply",
    &[c::AttrPolicy::new(1, "now", c::AttrType::U64).required()],
)
.max_attrs(1024);

/// Descriptor of `time-reply`.
pub static TIME_REPLY_SET: rt::SetDesc = rt::SetDesc {
    name: "time-reply",
    doc: "Reply of get_time.",
    policy: &TIME_REPLY_POLICY,
    attrs: &[rt::AttrDesc {
        kind: 1,
        name: "now",
        ty: "u64",
        doc: "Hypervisor system time in nanoseconds since boot.",
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

impl<'a> rt::AttrSet<'a> for TimeReply {
    const DESC: &'static rt::SetDesc = &TIME_REPLY_SET;

    fn decode_at(attrs: c::Attrs<'a>, container: usize) -> c::Result<Self> {
        let mut v_now: Option<u64> = None;
        let mut seen: u32 = 0;
        let mut count = 0u32;
        'walk: {
            if let Ok(b) = <&[u8; 12]>::try_from(attrs.remaining()) {
                if rt::word(b, 0) == 0x0001000c {
                    let at = attrs.offset();
                    {
                        let a = c::Attr::new(0x0001, at as u32, rt::bytes(b, 4, 8));
                        seen |= 0x1;
                        let r = rt::int::<u64>(&a)?;
                        let v = r;
                        v_now = Some(v);
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
                v_now = Some(v);
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
                        v_now = Some(v);
                    }
                    _ => rt::unknown(&a)?,
                }
            }
        }
        if seen & 0x1 != 0x1 {
            return Err(rt::missing(container, (0x1 & !seen) as u128, &[1]));
        }
        Ok(TimeReply {
            now: rt::req(v_now, container, 1)?,
        })
    }

    fn encode<S: c::Sink>(&self, b: &mut c::Builder<S>) -> c::Result<()> {
        rt::put(b, 1, &self.now)?;
        Ok(())
    }
}

impl<'a> rt::Elem<'a> for TimeReply {
    #[inline]
    fn from_attr(a: &c::Attr<'a>) -> c::Result<Self> {
        rt::nest_from_attr(a)
    }
    fn put_attr<S: c::Sink>(&self, b: &mut c::Builder<S>, raw_kind: u16) -> c::Result<()> {
        rt::nest_put(self, b, raw_kind)
    }
}

/// Request of get_mem_type.
#[derive(
    ::core::clone::Clone, ::core::marker::Copy, ::core::fmt::Debug, ::core::cmp::PartialEq,
)]
pub struct MemTypeReq {
    /// Domain owning the frame; DOMID_SELF (0x7FF0) for the caller.
    ///
    /// `dom` (id 1, u16), default `0x7ff0u16` when absent.
    pub dom: u16,
    /// Guest frame number.
    ///
    /// `pfn` (id 2, u64), required.
    pub pfn: u64,
}

/// Validation policy of `mem-type-req`.
pub static MEM_TYPE_REQ_POLICY: c::Policy = c::Policy::new(
    "mem-type-req",
    &[
        c::AttrPolicy::new(1, "dom", c::AttrType::U16),
        c::AttrPolicy::new(2, "pfn", c::AttrType::U64).required(),
    ],
)
.max_attrs(1024);

/// Descriptor of `mem-type-req`.
pub static MEM_TYPE_REQ_SET: rt::SetDesc = rt::SetDesc {
    name: "mem-type-req",
    doc: "Request of get_mem_type.",
    policy: &MEM_TYPE_REQ_POLICY,
    attrs: &[
        rt::AttrDesc {
            kind: 1,
            name: "dom",
            ty: "u16",
            doc: "Domain owning the frame; DOMID_SELF (0x7FF0) for the caller.",
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
            name: "pfn",
            ty: "u64",
            doc: "Guest frame number.",
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

impl<'a> rt::AttrSet<'a> for MemTypeReq {
    const DESC: &'static rt::SetDesc = &MEM_TYPE_REQ_SET;

    fn decode_at(attrs: c::Attrs<'a>, container: usize) -> c::Result<Self> {
        let mut v_dom: Option<u16> = None;
        let mut v_pfn: Option<u64> = None;
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
                        v_dom = Some(v);
                    }
                    {
                        let a = c::Attr::new(0x0002, (at + 8) as u32, rt::bytes(b, 12, 8));
                        seen |= 0x2;
                        let r = rt::int::<u64>(&a)?;
                        let v = r;
                        v_pfn = Some(v);
                    }
                    break 'walk;
                }
            }
            if let Ok(b) = <&[u8; 12]>::try_from(attrs.remaining()) {
                if rt::word(b, 0) == 0x0002000c {
                    let at = attrs.offset();
                    {
                        let a = c::Attr::new(0x0002, at as u32, rt::bytes(b, 4, 8));
                        seen |= 0x2;
                        let r = rt::int::<u64>(&a)?;
                        let v = r;
                        v_pfn = Some(v);
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
                v_dom = Some(v);
            }
            if let Some(a) = walk.expect(0x0002000c) {
                count += 1;
                seen |= 0x2;
                let r = rt::int::<u64>(&a)?;
                let v = r;
                v_pfn = Some(v);
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
                        v_dom = Some(v);
                    }
                    2 => {
                        if seen & 0x2 != 0 {
                            return Err(rt::duplicate(a));
                        }
                        seen |= 0x2;
                        let r = rt::int::<u64>(&a)?;
                        let v = r;
                        v_pfn = Some(v);
                    }
                    _ => rt::unknown(&a)?,
                }
            }
        }
        if seen & 0x2 != 0x2 {
            return Err(rt::missing(container, (0x2 & !seen) as u128, &[1, 2]));
        }
        Ok(MemTypeReq {
            dom: v_dom.unwrap_or(0x7ff0u16),
            pfn: rt::req(v_pfn, container, 2)?,
        })
    }

    fn encode<S: c::Sink>(&self, b: &mut c::Builder<S>) -> c::Result<()> {
        rt::put_def(b, 1, &self.dom, 0x7ff0u16)?;
        rt::put(b, 2, &self.pfn)?;
        Ok(())
    }
}

impl<'a> rt::Elem<'a> for MemTypeReq {
    #[inline]
    fn from_attr(a: &c::Attr<'a>) -> c::Result<Self> {
        rt::nest_from_attr(a)
    }
    fn put_attr<S: c::Sink>(&self, b: &mut c::Builder<S>, raw_kind: u16) -> c::Result<()> {
        rt::nest_put(self, b, raw_kind)
    }
}

/// Reply of get_mem_type.
#[derive(
    ::core::clone::Clone, ::core::marker::Copy, ::core::fmt::Debug, ::core::cmp::PartialEq,
)]
pub struct MemTypeReply {
    /// Type of the frame.
    ///
    /// `mem-type` (id 1, u16), required.
    pub mem_type: HvmmemType,
}

/// Validation policy of `mem-type-reply`.
pub static MEM_TYPE_REPLY_POLICY: c::Policy = c::Policy::new(
    "mem-type-reply",
    &[c::AttrPolicy::new(1, "mem-type", c::AttrType::U16).required()],
)
.max_attrs(1024);

/// Descriptor of `mem-type-reply`.
pub static MEM_TYPE_REPLY_SET: rt::SetDesc = rt::SetDesc {
    name: "mem-type-reply",
    doc: "Reply of get_mem_type.",
    policy: &MEM_TYPE_REPLY_POLICY,
    attrs: &[rt::AttrDesc {
        kind: 1,
        name: "mem-type",
        ty: "u16",
        doc: "Type of the frame.",
        required: true,
        max_count: 0,
        must_understand: false,
        since: 1,
        default: None,
        enumeration: Some("hvmmem-type"),
        nested: None,
        form: None,
        when: None,
    }],
    forms: &[],
};

impl<'a> rt::AttrSet<'a> for MemTypeReply {
    const DESC: &'static rt::SetDesc = &MEM_TYPE_REPLY_SET;

    fn decode_at(attrs: c::Attrs<'a>, container: usize) -> c::Result<Self> {
        let mut v_mem_type: Option<HvmmemType> = None;
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
                        let v = HvmmemType(r);
                        v_mem_type = Some(v);
                    }
                    break 'walk;
                }
            }
            let mut walk = rt::Walk::new(&attrs);
            if let Some(a) = walk.expect(0x00010006) {
                count += 1;
                seen |= 0x1;
                let r = rt::int::<u16>(&a)?;
                let v = HvmmemType(r);
                v_mem_type = Some(v);
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
                        let v = HvmmemType(r);
                        v_mem_type = Some(v);
                    }
                    _ => rt::unknown(&a)?,
                }
            }
        }
        if seen & 0x1 != 0x1 {
            return Err(rt::missing(container, (0x1 & !seen) as u128, &[1]));
        }
        Ok(MemTypeReply {
            mem_type: rt::req(v_mem_type, container, 1)?,
        })
    }

    fn encode<S: c::Sink>(&self, b: &mut c::Builder<S>) -> c::Result<()> {
        rt::put(b, 1, &self.mem_type)?;
        Ok(())
    }
}

impl<'a> rt::Elem<'a> for MemTypeReply {
    #[inline]
    fn from_attr(a: &c::Attr<'a>) -> c::Result<Self> {
        rt::nest_from_attr(a)
    }
    fn put_attr<S: c::Sink>(&self, b: &mut c::Builder<S>, raw_kind: u16) -> c::Result<()> {
        rt::nest_put(self, b, raw_kind)
    }
}

/// Request of set_evtchn_upcall_vector.
#[derive(
    ::core::clone::Clone, ::core::marker::Copy, ::core::fmt::Debug, ::core::cmp::PartialEq,
)]
pub struct UpcallVectorReq {
    /// vCPU whose upcall vector is set.
    ///
    /// `vcpu` (id 1, u32), required.
    pub vcpu: u32,
    /// Interrupt vector for event upcalls, used instead of callback-irq.
    ///
    /// `vector` (id 2, u8), required.
    pub vector: u8,
}

/// Validation policy of `upcall-vector-req`.
pub static UPCALL_VECTOR_REQ_POLICY: c::Policy = c::Policy::new(
    "upcall-vector-req",
    &[
        c::AttrPolicy::new(1, "vcpu", c::AttrType::U32).required(),
        c::AttrPolicy::new(2, "vector", c::AttrType::U8)
            .required()
            .values(c::Values::Range { min: 16, max: 255 }),
    ],
)
.max_attrs(1024);

/// Descriptor of `upcall-vector-req`.
pub static UPCALL_VECTOR_REQ_SET: rt::SetDesc = rt::SetDesc {
    name: "upcall-vector-req",
    doc: "Request of set_evtchn_upcall_vector.",
    policy: &UPCALL_VECTOR_REQ_POLICY,
    attrs: &[
        rt::AttrDesc {
            kind: 1,
            name: "vcpu",
            ty: "u32",
            doc: "vCPU whose upcall vector is set.",
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
            name: "vector",
            ty: "u8",
            doc: "Interrupt vector for event upcalls, used instead of callback-irq.",
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

impl<'a> rt::AttrSet<'a> for UpcallVectorReq {
    const DESC: &'static rt::SetDesc = &UPCALL_VECTOR_REQ_SET;

    fn decode_at(attrs: c::Attrs<'a>, container: usize) -> c::Result<Self> {
        let mut v_vcpu: Option<u32> = None;
        let mut v_vector: Option<u8> = None;
        let mut seen: u32 = 0;
        let mut count = 0u32;
        'walk: {
            if let Ok(b) = <&[u8; 16]>::try_from(attrs.remaining()) {
                if rt::word(b, 0) == 0x00010008 && rt::word(b, 8) == 0x00020005 {
                    let at = attrs.offset();
                    {
                        let a = c::Attr::new(0x0001, at as u32, rt::bytes(b, 4, 4));
                        seen |= 0x1;
                        let r = rt::int::<u32>(&a)?;
                        let v = r;
                        v_vcpu = Some(v);
                    }
                    {
                        let a = c::Attr::new(0x0002, (at + 8) as u32, rt::bytes(b, 12, 1));
                        seen |= 0x2;
                        let r = rt::int::<u8>(&a)?;
                        rt::check_range(&a, r as i128, 16, 255)?;
                        let v = r;
                        v_vector = Some(v);
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
                v_vcpu = Some(v);
            }
            if let Some(a) = walk.expect(0x00020005) {
                count += 1;
                seen |= 0x2;
                let r = rt::int::<u8>(&a)?;
                rt::check_range(&a, r as i128, 16, 255)?;
                let v = r;
                v_vector = Some(v);
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
                        v_vcpu = Some(v);
                    }
                    2 => {
                        if seen & 0x2 != 0 {
                            return Err(rt::duplicate(a));
                        }
                        seen |= 0x2;
                        let r = rt::int::<u8>(&a)?;
                        rt::check_range(&a, r as i128, 16, 255)?;
                        let v = r;
                        v_vector = Some(v);
                    }
                    _ => rt::unknown(&a)?,
                }
            }
        }
        if seen & 0x3 != 0x3 {
            return Err(rt::missing(container, (0x3 & !seen) as u128, &[1, 2]));
        }
        Ok(UpcallVectorReq {
            vcpu: rt::req(v_vcpu, container, 1)?,
            vector: rt::req(v_vector, container, 2)?,
        })
    }

    fn encode<S: c::Sink>(&self, b: &mut c::Builder<S>) -> c::Result<()> {
        rt::put(b, 1, &self.vcpu)?;
        rt::put(b, 2, &self.vector)?;
        Ok(())
    }
}

impl<'a> rt::Elem<'a> for UpcallVectorReq {
    #[inline]
    fn from_attr(a: &c::Attr<'a>) -> c::Result<Self> {
        rt::nest_from_attr(a)
    }
    fn put_attr<S: c::Sink>(&self, b: &mut c::Builder<S>, raw_kind: u16) -> c::Result<()> {
        rt::nest_put(self, b, raw_kind)
    }
}

/// Write an HVM parameter (the host checks per parameter who may write it).
///
/// Op 0 (`set_param`), privilege `privileged`; Xen `HVMOP_set_param`; max reply 0 bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct SetParam;

/// The request of [`SetParam`].
pub type SetParamRequest = SetParamReq;

/// Descriptor of [`SetParam`].
pub static OP_SET_PARAM: rt::OpDesc = rt::OpDesc {
    family: "hvm",
    family_id: ID,
    msg_type: MSG_TYPE,
    family_version: VERSION,
    name: "set_param",
    id: 0,
    since: 1,
    privilege: rt::Privilege::Privileged,
    flags: rt::op_flags::FASTABI | rt::op_flags::TARGET_DOMAIN,
    request: &SET_PARAM_REQ_SET,
    reply: &rt::EMPTY_SET,
    max_reply: 0,
    target_domain: Some(1),
    fastabi: Some(rt::RegMap {
        form: None,
        inputs: &[(1, rt::Reg::Rsi), (2, rt::Reg::R8), (3, rt::Reg::R9)],
        outputs: &[],
    }),
    ring_only: None,
    register_only: None,
    doc: "Write an HVM parameter (the host checks per parameter who may write it).",
};

impl rt::Op for SetParam {
    const DESC: &'static rt::OpDesc = &OP_SET_PARAM;
    type Request<'a> = SetParamReq;
    type Reply<'a> = rt::Empty;
}

impl rt::FastAbi for SetParam {
    fn request_to_regs(
        req: &Self::Request<'_>,
        r: &mut rt::Regs,
    ) -> ::core::result::Result<(), hvlink_proto::Errno> {
        r.rsi = rt::reg(req.dom);
        r.r8 = rt::reg(req.index);
        r.r9 = rt::reg(req.value);
        Ok(())
    }
    fn request_from_regs(
        r: &rt::Regs,
    ) -> ::core::result::Result<Self::Request<'static>, hvlink_proto::Errno> {
        let v_dom = rt::unreg::<u16>(r.rsi, &SET_PARAM_REQ_POLICY.attrs[0])?;
        let v_index = rt::unreg::<HvmParam>(r.r8, &SET_PARAM_REQ_POLICY.attrs[1])?;
        let v_value = rt::unreg::<u64>(r.r9, &SET_PARAM_REQ_POLICY.attrs[2])?;
        Ok(SetParamReq {
            dom: v_dom,
            index: v_index,
            value: v_value,
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

/// Read an HVM parameter.
///
/// Op 1 (`get_param`), privilege `privileged`; Xen `HVMOP_get_param`; max reply 12 bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct GetParam;

/// The request of [`GetParam`].
pub type GetParamRequest = ParamReq;

/// The reply of [`GetParam`].
pub type GetParamReply = ParamReply;

/// Descriptor of [`GetParam`].
pub static OP_GET_PARAM: rt::OpDesc = rt::OpDesc {
    family: "hvm",
    family_id: ID,
    msg_type: MSG_TYPE,
    family_version: VERSION,
    name: "get_param",
    id: 1,
    since: 1,
    privilege: rt::Privilege::Privileged,
    flags: rt::op_flags::FASTABI | rt::op_flags::TARGET_DOMAIN,
    request: &PARAM_REQ_SET,
    reply: &PARAM_REPLY_SET,
    max_reply: 12,
    target_domain: Some(1),
    fastabi: Some(rt::RegMap {
        form: None,
        inputs: &[(1, rt::Reg::Rsi), (2, rt::Reg::R8)],
        outputs: &[(1, rt::Reg::R9)],
    }),
    ring_only: None,
    register_only: None,
    doc: "Read an HVM parameter.",
};

impl rt::Op for GetParam {
    const DESC: &'static rt::OpDesc = &OP_GET_PARAM;
    type Request<'a> = ParamReq;
    type Reply<'a> = ParamReply;
}

impl rt::FastAbi for GetParam {
    fn request_to_regs(
        req: &Self::Request<'_>,
        r: &mut rt::Regs,
    ) -> ::core::result::Result<(), hvlink_proto::Errno> {
        r.rsi = rt::reg(req.dom);
        r.r8 = rt::reg(req.index);
        Ok(())
    }
    fn request_from_regs(
        r: &rt::Regs,
    ) -> ::core::result::Result<Self::Request<'static>, hvlink_proto::Errno> {
        let v_dom = rt::unreg::<u16>(r.rsi, &PARAM_REQ_POLICY.attrs[0])?;
        let v_index = rt::unreg::<HvmParam>(r.r8, &PARAM_REQ_POLICY.attrs[1])?;
        Ok(ParamReq {
            dom: v_dom,
            index: v_index,
        })
    }
    fn reply_to_regs(
        rep: &Self::Reply<'_>,
        r: &mut rt::Regs,
    ) -> ::core::result::Result<(), hvlink_proto::Errno> {
        r.r9 = rt::reg(rep.value);
        Ok(())
    }
    fn reply_from_regs(
        r: &rt::Regs,
    ) -> ::core::result::Result<Self::Reply<'static>, hvlink_proto::Errno> {
        let v_value = rt::unreg::<u64>(r.r9, &PARAM_REPLY_POLICY.attrs[0])?;
        Ok(ParamReply { value: v_value })
    }
}

/// Flush the guest TLBs of all vCPUs of the caller.
///
/// Op 5 (`flush_tlbs`), privilege `privileged`; Xen `HVMOP_flush_tlbs`; max reply 0 bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct FlushTlbs;

/// Descriptor of [`FlushTlbs`].
pub static OP_FLUSH_TLBS: rt::OpDesc = rt::OpDesc {
    family: "hvm",
    family_id: ID,
    msg_type: MSG_TYPE,
    family_version: VERSION,
    name: "flush_tlbs",
    id: 5,
    since: 1,
    privilege: rt::Privilege::Privileged,
    flags: rt::op_flags::FASTABI,
    request: &rt::EMPTY_SET,
    reply: &rt::EMPTY_SET,
    max_reply: 0,
    target_domain: None,
    fastabi: Some(rt::RegMap {
        form: None,
        inputs: &[],
        outputs: &[],
    }),
    ring_only: None,
    register_only: None,
    doc: "Flush the guest TLBs of all vCPUs of the caller.",
};

impl rt::Op for FlushTlbs {
    const DESC: &'static rt::OpDesc = &OP_FLUSH_TLBS;
    type Request<'a> = rt::Empty;
    type Reply<'a> = rt::Empty;
}

impl rt::FastAbi for FlushTlbs {
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

/// Read the hypervisor's system time.
///
/// Op 10 (`get_time`), privilege `logical`; Xen `HVMOP_get_time`; max reply 12 bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct GetTime;

/// The reply of [`GetTime`].
pub type GetTimeReply = TimeReply;

/// Descriptor of [`GetTime`].
pub static OP_GET_TIME: rt::OpDesc = rt::OpDesc {
    family: "hvm",
    family_id: ID,
    msg_type: MSG_TYPE,
    family_version: VERSION,
    name: "get_time",
    id: 10,
    since: 1,
    privilege: rt::Privilege::Logical,
    flags: rt::op_flags::FASTABI,
    request: &rt::EMPTY_SET,
    reply: &TIME_REPLY_SET,
    max_reply: 12,
    target_domain: None,
    fastabi: Some(rt::RegMap {
        form: None,
        inputs: &[],
        outputs: &[(1, rt::Reg::Rsi)],
    }),
    ring_only: None,
    register_only: None,
    doc: "Read the hypervisor's system time.",
};

impl rt::Op for GetTime {
    const DESC: &'static rt::OpDesc = &OP_GET_TIME;
    type Request<'a> = rt::Empty;
    type Reply<'a> = TimeReply;
}

impl rt::FastAbi for GetTime {
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
        r.rsi = rt::reg(rep.now);
        Ok(())
    }
    fn reply_from_regs(
        r: &rt::Regs,
    ) -> ::core::result::Result<Self::Reply<'static>, hvlink_proto::Errno> {
        let v_now = rt::unreg::<u64>(r.rsi, &TIME_REPLY_POLICY.attrs[0])?;
        Ok(TimeReply { now: v_now })
    }
}

/// Report the type of a guest frame.
///
/// Op 15 (`get_mem_type`), privilege `privileged`; Xen `HVMOP_get_mem_type`; max reply 8 bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct GetMemType;

/// The request of [`GetMemType`].
pub type GetMemTypeRequest = MemTypeReq;

/// The reply of [`GetMemType`].
pub type GetMemTypeReply = MemTypeReply;

/// Descriptor of [`GetMemType`].
pub static OP_GET_MEM_TYPE: rt::OpDesc = rt::OpDesc {
    family: "hvm",
    family_id: ID,
    msg_type: MSG_TYPE,
    family_version: VERSION,
    name: "get_mem_type",
    id: 15,
    since: 1,
    privilege: rt::Privilege::Privileged,
    flags: rt::op_flags::FASTABI | rt::op_flags::TARGET_DOMAIN,
    request: &MEM_TYPE_REQ_SET,
    reply: &MEM_TYPE_REPLY_SET,
    max_reply: 8,
    target_domain: Some(1),
    fastabi: Some(rt::RegMap {
        form: None,
        inputs: &[(1, rt::Reg::Rsi), (2, rt::Reg::R8)],
        outputs: &[(1, rt::Reg::R9)],
    }),
    ring_only: None,
    register_only: None,
    doc: "Report the type of a guest frame.",
};

impl rt::Op for GetMemType {
    const DESC: &'static rt::OpDesc = &OP_GET_MEM_TYPE;
    type Request<'a> = MemTypeReq;
    type Reply<'a> = MemTypeReply;
}

impl rt::FastAbi for GetMemType {
    fn request_to_regs(
        req: &Self::Request<'_>,
        r: &mut rt::Regs,
    ) -> ::core::result::Result<(), hvlink_proto::Errno> {
        r.rsi = rt::reg(req.dom);
        r.r8 = rt::reg(req.pfn);
        Ok(())
    }
    fn request_from_regs(
        r: &rt::Regs,
    ) -> ::core::result::Result<Self::Request<'static>, hvlink_proto::Errno> {
        let v_dom = rt::unreg::<u16>(r.rsi, &MEM_TYPE_REQ_POLICY.attrs[0])?;
        let v_pfn = rt::unreg::<u64>(r.r8, &MEM_TYPE_REQ_POLICY.attrs[1])?;
        Ok(MemTypeReq {
            dom: v_dom,
            pfn: v_pfn,
        })
    }
    fn reply_to_regs(
        rep: &Self::Reply<'_>,
        r: &mut rt::Regs,
    ) -> ::core::result::Result<(), hvlink_proto::Errno> {
        r.r9 = rt::reg(rep.mem_type);
        Ok(())
    }
    fn reply_from_regs(
        r: &rt::Regs,
    ) -> ::core::result::Result<Self::Reply<'static>, hvlink_proto::Errno> {
        let v_mem_type = rt::unreg::<HvmmemType>(r.r9, &MEM_TYPE_REPLY_POLICY.attrs[0])?;
        Ok(MemTypeReply {
            mem_type: v_mem_type,
        })
    }
}

/// Deliver a vCPU's event upcalls on an interrupt vector of its own.
///
/// Op 23 (`set_evtchn_upcall_vector`), privilege `privileged`; Xen `HVMOP_set_evtchn_upcall_vector`; max reply 0 bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct SetEvtchnUpcallVector;

/// The request of [`SetEvtchnUpcallVector`].
pub type SetEvtchnUpcallVectorRequest = UpcallVectorReq;

/// Descriptor of [`SetEvtchnUpcallVector`].
pub static OP_SET_EVTCHN_UPCALL_VECTOR: rt::OpDesc = rt::OpDesc {
    family: "hvm",
    family_id: ID,
    msg_type: MSG_TYPE,
    family_version: VERSION,
    name: "set_evtchn_upcall_vector",
    id: 23,
    since: 1,
    privilege: rt::Privilege::Privileged,
    flags: rt::op_flags::FASTABI,
    request: &UPCALL_VECTOR_REQ_SET,
    reply: &rt::EMPTY_SET,
    max_reply: 0,
    target_domain: None,
    fastabi: Some(rt::RegMap {
        form: None,
        inputs: &[(1, rt::Reg::Rsi), (2, rt::Reg::R8)],
        outputs: &[],
    }),
    ring_only: None,
    register_only: None,
    doc: "Deliver a vCPU's event upcalls on an interrupt vector of its own.",
};

impl rt::Op for SetEvtchnUpcallVector {
    const DESC: &'static rt::OpDesc = &OP_SET_EVTCHN_UPCALL_VECTOR;
    type Request<'a> = UpcallVectorReq;
    type Reply<'a> = rt::Empty;
}

impl rt::FastAbi for SetEvtchnUpcallVector {
    fn request_to_regs(
        req: &Self::Request<'_>,
        r: &mut rt::Regs,
    ) -> ::core::result::Result<(), hvlink_proto::Errno> {
        r.rsi = rt::reg(req.vcpu);
        r.r8 = rt::reg(req.vector);
        Ok(())
    }
    fn request_from_regs(
        r: &rt::Regs,
    ) -> ::core::result::Result<Self::Request<'static>, hvlink_proto::Errno> {
        let v_vcpu = rt::unreg::<u32>(r.rsi, &UPCALL_VECTOR_REQ_POLICY.attrs[0])?;
        let v_vector = rt::unreg::<u8>(r.r8, &UPCALL_VECTOR_REQ_POLICY.attrs[1])?;
        Ok(UpcallVectorReq {
            vcpu: v_vcpu,
            vector: v_vector,
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
    name: "hvm",
    id: ID,
    msg_type: MSG_TYPE,
    version: VERSION,
    doc: "Operations of hardware-virtualised guests - read and write HVM parameters (where the xenstore and console rings live, how event upcalls are delivered, ...), flush guest TLBs, read the hypervisor's clock, ask the type of a guest frame, and choose a per-vCPU upcall vector. The ops that take a domain act on the caller by default (DOMID_SELF); the host treats a call naming another domain as a control call and, for set_param, also checks per parameter whether the caller may write it. Sub-op numbers are Xen's HVMOP_* values and the register layout is the FastABI RFC's.",
    ops: &[&OP_SET_PARAM, &OP_GET_PARAM, &OP_FLUSH_TLBS, &OP_GET_TIME, &OP_GET_MEM_TYPE, &OP_SET_EVTCHN_UPCALL_VECTOR],
};

/// What a host implements for this family: one method per op, called with a request
/// that was already validated (the same way on a ring and by register). Batch ops
/// report each entry's result through `out` as soon as it is known, so a host encodes
/// entries straight into its reply (or progress) message without collecting them.
pub trait Backend {
    /// Write an HVM parameter (the host checks per parameter who may write it).
    fn set_param(
        &mut self,
        ctx: &rt::Ctx,
        req: &SetParamReq,
    ) -> ::core::result::Result<(), hvlink_proto::Errno>;
    /// Read an HVM parameter.
    fn get_param(
        &mut self,
        ctx: &rt::Ctx,
        req: &ParamReq,
    ) -> ::core::result::Result<ParamReply, hvlink_proto::Errno>;
    /// Flush the guest TLBs of all vCPUs of the caller.
    fn flush_tlbs(&mut self, ctx: &rt::Ctx) -> ::core::result::Result<(), hvlink_proto::Errno>;
    /// Read the hypervisor's system time.
    fn get_time(&mut self, ctx: &rt::Ctx)
        -> ::core::result::Result<TimeReply, hvlink_proto::Errno>;
    /// Report the type of a guest frame.
    fn get_mem_type(
        &mut self,
        ctx: &rt::Ctx,
        req: &MemTypeReq,
    ) -> ::core::result::Result<MemTypeReply, hvlink_proto::Errno>;
    /// Deliver a vCPU's event upcalls on an interrupt vector of its own.
    fn set_evtchn_upcall_vector(
        &mut self,
        ctx: &rt::Ctx,
        req: &UpcallVectorReq,
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
        OpId::SET_PARAM => {
            backend.set_param(ctx, &SetParamReq::decode(attrs)?)?;
            Ok(rt::Served::WHOLE)
        }
        OpId::GET_PARAM => rt::served(&backend.get_param(ctx, &ParamReq::decode(attrs)?)?, reply),
        OpId::FLUSH_TLBS => {
            rt::Empty::decode(attrs)?;
            backend.flush_tlbs(ctx)?;
            Ok(rt::Served::WHOLE)
        }
        OpId::GET_TIME => {
            rt::Empty::decode(attrs)?;
            rt::served(&backend.get_time(ctx)?, reply)
        }
        OpId::GET_MEM_TYPE => rt::served(
            &backend.get_mem_type(ctx, &MemTypeReq::decode(attrs)?)?,
            reply,
        ),
        OpId::SET_EVTCHN_UPCALL_VECTOR => {
            backend.set_evtchn_upcall_vector(ctx, &UpcallVectorReq::decode(attrs)?)?;
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
        OpId::SET_PARAM => SetParamReq::decode(attrs).map(|_| ()),
        OpId::GET_PARAM => ParamReq::decode(attrs).map(|_| ()),
        OpId::FLUSH_TLBS => rt::Empty::decode(attrs).map(|_| ()),
        OpId::GET_TIME => rt::Empty::decode(attrs).map(|_| ()),
        OpId::GET_MEM_TYPE => MemTypeReq::decode(attrs).map(|_| ()),
        OpId::SET_EVTCHN_UPCALL_VECTOR => UpcallVectorReq::decode(attrs).map(|_| ()),
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
        OpId::SET_PARAM => {
            let req = <SetParam as rt::FastAbi>::request_from_regs(regs)?;
            backend.set_param(ctx, &req)?;
            rt::commit_regs::<SetParam>(&rt::Empty, regs)
        }
        OpId::GET_PARAM => {
            let req = <GetParam as rt::FastAbi>::request_from_regs(regs)?;
            rt::commit_regs::<GetParam>(&backend.get_param(ctx, &req)?, regs)
        }
        OpId::FLUSH_TLBS => {
            backend.flush_tlbs(ctx)?;
            rt::commit_regs::<FlushTlbs>(&rt::Empty, regs)
        }
        OpId::GET_TIME => rt::commit_regs::<GetTime>(&backend.get_time(ctx)?, regs),
        OpId::GET_MEM_TYPE => {
            let req = <GetMemType as rt::FastAbi>::request_from_regs(regs)?;
            rt::commit_regs::<GetMemType>(&backend.get_mem_type(ctx, &req)?, regs)
        }
        OpId::SET_EVTCHN_UPCALL_VECTOR => {
            let req = <SetEvtchnUpcallVector as rt::FastAbi>::request_from_regs(regs)?;
            backend.set_evtchn_upcall_vector(ctx, &req)?;
            rt::commit_regs::<SetEvtchnUpcallVector>(&rt::Empty, regs)
        }
        _ => Err(hvlink_proto::Errno::ENOSYS),
    }
}
