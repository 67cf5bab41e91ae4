// Do not edit: generated from proto/spec/memory.yaml by hvlink-proto-gen; regenerate with `cargo run -p hvlink-proto-gen`.
//! The guest-physical memory map and reservation sizes of a domain. The map comes back as a list of E820-style ranges in the reply itself - unlike Xen, which writes it to a caller-supplied buffer, hvlink never writes guest memory outside the rings. Sub-op numbers are Xen's XENMEM_* values.

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
pub const ID: u16 = 0xc;
/// Message type of the family's ring messages.
pub const MSG_TYPE: u16 = 0x10c;
/// Current family version.
pub const VERSION: u8 = 1;

/// Op ids of the family (the family header's `cmd`, rdi in a register call).
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct OpId(pub u8);

impl OpId {
    /// Report how many pages a domain currently has.
    pub const CURRENT_RESERVATION: OpId = OpId(3);
    /// Report how many pages a domain may have at most.
    pub const MAXIMUM_RESERVATION: OpId = OpId(4);
    /// Report the domain's guest-physical memory map as set by the toolstack.
    pub const MEMORY_MAP: OpId = OpId(9);
    /// Report the highest guest frame number a domain uses.
    pub const MAXIMUM_GPFN: OpId = OpId(14);
    /// Every op: (name, id).
    pub const ENTRIES: &'static [(&'static str, i64)] = &[
        ("current_reservation", 3),
        ("maximum_reservation", 4),
        ("memory_map", 9),
        ("maximum_gpfn", 14),
    ];
}

impl ::core::fmt::Debug for OpId {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        rt::fmt_enum(f, "OpId", Self::ENTRIES, self.0 as i128)
    }
}

/// Type of a memory map range (E820 / XEN_HVM_MEMMAP_TYPE_* values); open - firmware may report others.
///
/// Open enum: any value is representable; the constants are the spec's entries.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct E820Type(pub u32);

impl E820Type {
    /// Usable RAM.
    pub const RAM: E820Type = E820Type(1);
    /// Reserved; do not use.
    pub const RESERVED: E820Type = E820Type(2);
    /// ACPI tables; reclaimable after they are read.
    pub const ACPI: E820Type = E820Type(3);
    /// ACPI non-volatile storage; preserve across sleep.
    pub const NVS: E820Type = E820Type(4);
    /// Memory with detected errors.
    pub const UNUSABLE: E820Type = E820Type(5);
    /// Disabled memory.
    pub const DISABLED: E820Type = E820Type(6);
    /// Persistent memory.
    pub const PMEM: E820Type = E820Type(7);
    /// Every entry: (name, value).
    pub const ENTRIES: &'static [(&'static str, i64)] = &[
        ("ram", 1),
        ("reserved", 2),
        ("acpi", 3),
        ("nvs", 4),
        ("unusable", 5),
        ("disabled", 6),
        ("pmem", 7),
    ];
}

impl ::core::fmt::Debug for E820Type {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        rt::fmt_enum(f, "E820Type", Self::ENTRIES, self.0 as i128)
    }
}

hvlink_proto::__scalar_newtype!(E820Type, u32);

/// Attribute type numbers, one module per attribute set.
pub mod ids {
    /// Attributes of `memory-map-req`.
    pub mod memory_map_req {
        /// `max-entries`: Most ranges the caller wants back (Xen's nr_entries on input).
        pub const MAX_ENTRIES: u16 = 1;
    }
    /// Attributes of `memory-map-reply`.
    pub mod memory_map_reply {
        /// `total`: Number of ranges in the whole map; more than the entries returned means it was cut short.
        pub const TOTAL: u16 = 1;
        /// `entry`: One range, in ascending address order.
        pub const ENTRY: u16 = 2;
    }
    /// Attributes of `e820-entry`.
    pub mod e820_entry {
        /// `addr`: Guest-physical start address.
        pub const ADDR: u16 = 1;
        /// `size`: Length in bytes.
        pub const SIZE: u16 = 2;
        /// `type`: What the range is.
        pub const TYPE: u16 = 3;
    }
    /// Attributes of `dom-req`.
    pub mod dom_req {
        /// `dom`: Domain; DOMID_SELF (0x7FF0) for the caller.
        pub const DOM: u16 = 1;
    }
    /// Attributes of `pages-reply`.
    pub mod pages_reply {
        /// `pages`: Number of pages.
        pub const PAGES: u16 = 1;
    }
    /// Attributes of `gpfn-reply`.
    pub mod gpfn_reply {
        /// `gpfn`: Highest guest frame number in use.
        pub const GPFN: u16 = 1;
    }
}

/// Request of memory_map.
#[derive(
    ::core::clone::Clone, ::core::marker::Copy, ::core::fmt::Debug, ::core::cmp::PartialEq,
)]
pub struct MemoryMapReq {
    /// Most ranges the caller wants back (Xen's nr_entries on input).
    ///
    /// `max-entries` (id 1, u32), default `0x80u32` when absent.
    pub max_entries: u32,
}

/// Validation policy of `memory-map-req`.
pub static MEMORY_MAP_REQ_POLICY: c::Policy = c::Policy::new(
    "memory-map-req",
    &[c::AttrPolicy::new(1, "max-entries", c::AttrType::U32)
        .values(c::Values::Range { min: 1, max: 128 })],
)
.max_attrs(1024);

/// Descriptor of `memory-map-req`.
pub static MEMORY_MAP_REQ_SET: rt::SetDesc = rt::SetDesc {
    name: "memory-map-req",
    doc: "Request of memory_map.",
    policy: &MEMORY_MAP_REQ_POLICY,
    attrs: &[rt::AttrDesc {
        kind: 1,
        name: "max-entries",
        ty: "u32",
        doc: "Most ranges the caller wants back (Xen's nr_entries on input).",
        required: false,
        max_count: 0,
        must_understand: false,
        since: 1,
        default: Some(128),
        enumeration: None,
        nested: None,
        form: None,
        when: None,
    }],
    forms: &[],
};

impl<'a> rt::AttrSet<'a> for MemoryMapReq {
    const DESC: &'static rt::SetDesc = &MEMORY_MAP_REQ_SET;

    fn decode_at(attrs: c::Attrs<'a>, _container: usize) -> c::Result<Self> {
        let mut v_max_entries: Option<u32> = None;
        let mut seen: u32 = 0;
        let mut count = 0u32;
        let mut walk = rt::Walk::new(&attrs);
        if let Some(a) = walk.expect(0x00010008) {
            count += 1;
            seen |= 0x1;
            let r = rt::int::<u32>(&a)?;
            rt::check_range(&a, r as i128, 1, 128)?;
            let v = r;
            v_max_entries = Some(v);
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
                    rt::check_range(&a, r as i128, 1, 128)?;
                    let v = r;
                    v_max_entries = Some(v);
                }
                _ => rt::unknown(&a)?,
            }
        }
        Ok(MemoryMapReq {
            max_entries: v_max_entries.unwrap_or(0x80u32),
        })
    }

    fn encode<S: c::Sink>(&self, b: &mut c::Builder<S>) -> c::Result<()> {
        rt::put_def(b, 1, &self.max_entries, 0x80u32)?;
        Ok(())
    }
}

impl<'a> rt::Elem<'a> for MemoryMapReq {
    #[inline]
    fn from_attr(a: &c::Attr<'a>) -> c::Result<Self> {
        rt::nest_from_attr(a)
    }
    fn put_attr<S: c::Sink>(&self, b: &mut c::Builder<S>, raw_kind: u16) -> c::Result<()> {
        rt::nest_put(self, b, raw_kind)
    }
}

/// Reply of memory_map.
#[derive(
    ::core::clone::Clone, ::core::marker::Copy, ::core::fmt::Debug, ::core::cmp::PartialEq,
)]
pub struct MemoryMapReply<'a> {
    /// Number of ranges in the whole map; more than the entries returned means it was cut short.
    ///
    /// `total` (id 1, u32), required.
    pub total: u32,
    /// One range, in ascending address order.
    ///
    /// `entry` (id 2, nest), up to 128.
    pub entry: hvlink_proto::rt::List<'a, E820Entry>,
}

/// Validation policy of `memory-map-reply`.
pub static MEMORY_MAP_REPLY_POLICY: c::Policy = c::Policy::new(
    "memory-map-reply",
    &[
        c::AttrPolicy::new(1, "total", c::AttrType::U32).required(),
        c::AttrPolicy::new(2, "entry", c::AttrType::Nested(&E820_ENTRY_POLICY)).repeated(),
    ],
)
.max_attrs(1024);

/// Descriptor of `memory-map-reply`.
pub static MEMORY_MAP_REPLY_SET: rt::SetDesc = rt::SetDesc {
    name: "memory-map-reply",
    doc: "Reply of memory_map.",
    policy: &MEMORY_MAP_REPLY_POLICY,
    attrs: &[
        rt::AttrDesc {
            kind: 1,
            name: "total",
            ty: "u32",
            doc: "Number of ranges in the whole map; more than the entries returned means it was cut short.",
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
            name: "entry",
            ty: "nest",
            doc: "One range, in ascending address order.",
            required: false,
            max_count: 128,
            must_understand: false,
            since: 1,
            default: None,
            enumeration: None,
            nested: Some(&E820_ENTRY_SET),
            form: None,
            when: None,
        },
    ],
    forms: &[
    ],
};

impl<'a> rt::AttrSet<'a> for MemoryMapReply<'a> {
    const DESC: &'static rt::SetDesc = &MEMORY_MAP_REPLY_SET;

    fn decode_at(attrs: c::Attrs<'a>, container: usize) -> c::Result<Self> {
        let all = attrs.clone();
        let mut v_total: Option<u32> = None;
        let mut n_entry = 0u32;
        let mut seen: u32 = 0;
        let mut count = 0u32;
        let mut walk = rt::Walk::new(&attrs);
        if let Some(a) = walk.expect(0x00010008) {
            count += 1;
            seen |= 0x1;
            let r = rt::int::<u32>(&a)?;
            let v = r;
            v_total = Some(v);
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
                    v_total = Some(v);
                }
                2 => {
                    seen |= 0x2;
                    let v = rt::nest_from_attr::<E820Entry>(&a)?;
                    let _ = v;
                    n_entry += 1;
                }
                _ => rt::unknown(&a)?,
            }
        }
        if seen & 0x1 != 0x1 {
            return Err(rt::missing(container, (0x1 & !seen) as u128, &[1, 2]));
        }
        Ok(MemoryMapReply {
            total: rt::req(v_total, container, 1)?,
            entry: rt::list(&all, 2, n_entry),
        })
    }

    #[inline]
    fn decode_valid(attrs: c::Attrs<'a>) -> ::core::option::Option<Self> {
        let all = attrs.clone();
        let mut v_total: Option<u32> = None;
        let mut n_entry = 0u32;
        let mut walk = rt::Walk::new(&attrs);
        if let Some(a) = walk.expect(0x00010008) {
            v_total = Some(<u32 as rt::WireInt>::from_payload(a.payload())?);
        }
        while let Some(a) = walk.next().ok()? {
            match a.kind() {
                1 => {
                    v_total = Some(<u32 as rt::WireInt>::from_payload(a.payload())?);
                }
                2 => {
                    n_entry += 1;
                }
                _ => {}
            }
        }
        Some(MemoryMapReply {
            total: v_total?,
            entry: rt::list(&all, 2, n_entry),
        })
    }

    fn encode<S: c::Sink>(&self, b: &mut c::Builder<S>) -> c::Result<()> {
        rt::put(b, 1, &self.total)?;
        self.entry.put(b, 2)?;
        Ok(())
    }
}

impl<'a> rt::Elem<'a> for MemoryMapReply<'a> {
    #[inline]
    fn from_attr(a: &c::Attr<'a>) -> c::Result<Self> {
        rt::nest_from_attr(a)
    }
    fn put_attr<S: c::Sink>(&self, b: &mut c::Builder<S>, raw_kind: u16) -> c::Result<()> {
        rt::nest_put(self, b, raw_kind)
    }
}

/// One range of the memory map.
#[derive(
    ::core::clone::Clone, ::core::marker::Copy, ::core::fmt::Debug, ::core::cmp::PartialEq,
)]
pub struct E820Entry {
    /// Guest-physical start address.
    ///
    /// `addr` (id 1, u64), required.
    pub addr: u64,
    /// Length in bytes.
    ///
    /// `size` (id 2, u64), required.
    pub size: u64,
    /// What the range is.
    ///
    /// `type` (id 3, u32), required.
    pub r#type: E820Type,
}

/// Validation policy of `e820-entry`.
pub static E820_ENTRY_POLICY: c::Policy = c::Policy::new(
    "e820-entry",
    &[
        c::AttrPolicy::new(1, "addr", c::AttrType::U64).required(),
        c::AttrPolicy::new(2, "size", c::AttrType::U64).required(),
        c::AttrPolicy::new(3, "type", c::AttrType::U32).required(),
    ],
)
.max_attrs(1024);

/// Descriptor of `e820-entry`.
pub static E820_ENTRY_SET: rt::SetDesc = rt::SetDesc {
    name: "e820-entry",
    doc: "One range of the memory map.",
    policy: &E820_ENTRY_POLICY,
    attrs: &[
        rt::AttrDesc {
            kind: 1,
            name: "addr",
            ty: "u64",
            doc: "Guest-physical start address.",
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
            name: "size",
            ty: "u64",
            doc: "Length in bytes.",
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
            name: "type",
            ty: "u32",
            doc: "What the range is.",
            required: true,
            max_count: 0,
            must_understand: false,
            since: 1,
            default: None,
            enumeration: Some("e820-type"),
            nested: None,
            form: None,
            when: None,
        },
    ],
    forms: &[],
};

impl<'a> rt::AttrSet<'a> for E820Entry {
    const DESC: &'static rt::SetDesc = &E820_ENTRY_SET;

    #[inline]
    fn decode_at(attrs: c::Attrs<'a>, container: usize) -> c::Result<Self> {
        let mut v_addr: Option<u64> = None;
        let mut v_size: Option<u64> = None;
        let mut v_type: Option<E820Type> = None;
        let mut seen: u32 = 0;
        let mut count = 0u32;
        let mut walk = rt::Walk::new(&attrs);
        if let Some(a) = walk.expect(0x0001000c) {
            count += 1;
            seen |= 0x1;
            let r = rt::int::<u64>(&a)?;
            let v = r;
            v_addr = Some(v);
        }
        if let Some(a) = walk.expect(0x0002000c) {
            count += 1;
            seen |= 0x2;
            let r = rt::int::<u64>(&a)?;
            let v = r;
            v_size = Some(v);
        }
        if let Some(a) = walk.expect(0x00030008) {
            count += 1;
            seen |= 0x4;
            let r = rt::int::<u32>(&a)?;
            let v = E820Type(r);
            v_type = Some(v);
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
                    v_addr = Some(v);
                }
                2 => {
                    if seen & 0x2 != 0 {
                        return Err(rt::duplicate(a));
                    }
                    seen |= 0x2;
                    let r = rt::int::<u64>(&a)?;
                    let v = r;
                    v_size = Some(v);
                }
                3 => {
                    if seen & 0x4 != 0 {
                        return Err(rt::duplicate(a));
                    }
                    seen |= 0x4;
                    let r = rt::int::<u32>(&a)?;
                    let v = E820Type(r);
                    v_type = Some(v);
                }
                _ => rt::unknown(&a)?,
            }
        }
        if seen & 0x7 != 0x7 {
            return Err(rt::missing(container, (0x7 & !seen) as u128, &[1, 2, 3]));
        }
        Ok(E820Entry {
            addr: rt::req(v_addr, container, 1)?,
            size: rt::req(v_size, container, 2)?,
            r#type: rt::req(v_type, container, 3)?,
        })
    }

    #[inline]
    fn decode_valid(attrs: c::Attrs<'a>) -> ::core::option::Option<Self> {
        let mut v_addr: Option<u64> = None;
        let mut v_size: Option<u64> = None;
        let mut v_type: Option<E820Type> = None;
        let mut walk = rt::Walk::new(&attrs);
        if let Some(a) = walk.expect(0x0001000c) {
            v_addr = Some(<u64 as rt::WireInt>::from_payload(a.payload())?);
        }
        if let Some(a) = walk.expect(0x0002000c) {
            v_size = Some(<u64 as rt::WireInt>::from_payload(a.payload())?);
        }
        if let Some(a) = walk.expect(0x00030008) {
            v_type = Some(E820Type(<u32 as rt::WireInt>::from_payload(a.payload())?));
        }
        while let Some(a) = walk.next().ok()? {
            match a.kind() {
                1 => {
                    v_addr = Some(<u64 as rt::WireInt>::from_payload(a.payload())?);
                }
                2 => {
                    v_size = Some(<u64 as rt::WireInt>::from_payload(a.payload())?);
                }
                3 => {
                    v_type = Some(E820Type(<u32 as rt::WireInt>::from_payload(a.payload())?));
                }
                _ => {}
            }
        }
        Some(E820Entry {
            addr: v_addr?,
            size: v_size?,
            r#type: v_type?,
        })
    }

    fn encode<S: c::Sink>(&self, b: &mut c::Builder<S>) -> c::Result<()> {
        rt::put(b, 1, &self.addr)?;
        rt::put(b, 2, &self.size)?;
        rt::put(b, 3, &self.r#type)?;
        Ok(())
    }
}

impl<'a> rt::Elem<'a> for E820Entry {
    #[inline]
    fn from_attr(a: &c::Attr<'a>) -> c::Result<Self> {
        rt::nest_from_attr(a)
    }
    #[inline]
    fn from_valid(a: &c::Attr<'a>) -> Option<Self> {
        <Self as rt::AttrSet<'a>>::decode_valid(a.nested())
    }
    fn put_attr<S: c::Sink>(&self, b: &mut c::Builder<S>, raw_kind: u16) -> c::Result<()> {
        rt::nest_put(self, b, raw_kind)
    }
}

/// Request naming a domain.
#[derive(
    ::core::clone::Clone, ::core::marker::Copy, ::core::fmt::Debug, ::core::cmp::PartialEq,
)]
pub struct DomReq {
    /// Domain; DOMID_SELF (0x7FF0) for the caller.
    ///
    /// `dom` (id 1, u16), default `0x7ff0u16` when absent.
    pub dom: u16,
}

/// Validation policy of `dom-req`.
pub static DOM_REQ_POLICY: c::Policy =
    c::Policy::new("dom-req", &[c::AttrPolicy::new(1, "dom", c::AttrType::U16)]).max_attrs(1024);

/// Descriptor of `dom-req`.
pub static DOM_REQ_SET: rt::SetDesc = rt::SetDesc {
    name: "dom-req",
    doc: "Request naming a domain.",
    policy: &DOM_REQ_POLICY,
    attrs: &[rt::AttrDesc {
        kind: 1,
        name: "dom",
        ty: "u16",
        doc: "Domain; DOMID_SELF (0x7FF0) for the caller.",
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

impl<'a> rt::AttrSet<'a> for DomReq {
    const DESC: &'static rt::SetDesc = &DOM_REQ_SET;

    fn decode_at(attrs: c::Attrs<'a>, _container: usize) -> c::Result<Self> {
        let mut v_dom: Option<u16> = None;
        let mut seen: u32 = 0;
        let mut count = 0u32;
        let mut walk = rt::Walk::new(&attrs);
        if let Some(a) = walk.expect(0x00010006) {
            count += 1;
            seen |= 0x1;
            let r = rt::int::<u16>(&a)?;
            let v = r;
            v_dom = Some(v);
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
                _ => rt::unknown(&a)?,
            }
        }
        Ok(DomReq {
            dom: v_dom.unwrap_or(0x7ff0u16),
        })
    }

    fn encode<S: c::Sink>(&self, b: &mut c::Builder<S>) -> c::Result<()> {
        rt::put_def(b, 1, &self.dom, 0x7ff0u16)?;
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

/// Reply carrying a page count.
#[derive(
    ::core::clone::Clone, ::core::marker::Copy, ::core::fmt::Debug, ::core::cmp::PartialEq,
)]
pub struct PagesReply {
    /// Number of pages.
    ///
    /// `pages` (id 1, u64), required.
    pub pages: u64,
}

/// Validation policy of `pages-reply`.
pub static PAGES_REPLY_POLICY: c::Policy = c::Policy::new(
    "pages-reply",
    &[c::AttrPolicy::new(1, "pages", c::AttrType::U64).required()],
)
.max_attrs(1024);

/// Descriptor of `pages-reply`.
pub static PAGES_REPLY_SET: rt::SetDesc = rt::SetDesc {
    name: "pages-reply",
    doc: "Reply carrying a page count.",
    policy: &PAGES_REPLY_POLICY,
    attrs: &[rt::AttrDesc {
        kind: 1,
        name: "pages",
        ty: "u64",
        doc: "Number of pages.",
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

impl<'a> rt::AttrSet<'a> for PagesReply {
    const DESC: &'static rt::SetDesc = &PAGES_REPLY_SET;

    fn decode_at(attrs: c::Attrs<'a>, container: usize) -> c::Result<Self> {
        let mut v_pages: Option<u64> = None;
        let mut seen: u32 = 0;
        let mut count = 0u32;
        let mut walk = rt::Walk::new(&attrs);
        if let Some(a) = walk.expect(0x0001000c) {
            count += 1;
            seen |= 0x1;
            let r = rt::int::<u64>(&a)?;
            let v = r;
            v_pages = Some(v);
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
                    v_pages = Some(v);
                }
                _ => rt::unknown(&a)?,
            }
        }
        if seen & 0x1 != 0x1 {
            return Err(rt::missing(container, (0x1 & !seen) as u128, &[1]));
        }
        Ok(PagesReply {
            pages: rt::req(v_pages, container, 1)?,
        })
    }

    fn encode<S: c::Sink>(&self, b: &mut c::Builder<S>) -> c::Result<()> {
        rt::put(b, 1, &self.pages)?;
        Ok(())
    }
}

impl<'a> rt::Elem<'a> for PagesReply {
    #[inline]
    fn from_attr(a: &c::Attr<'a>) -> c::Result<Self> {
        rt::nest_from_attr(a)
    }
    fn put_attr<S: c::Sink>(&self, b: &mut c::Builder<S>, raw_kind: u16) -> c::Result<()> {
        rt::nest_put(self, b, raw_kind)
    }
}

/// Reply of maximum_gpfn.
#[derive(
    ::core::clone::Clone, ::core::marker::Copy, ::core::fmt::Debug, ::core::cmp::PartialEq,
)]
pub struct GpfnReply {
    /// Highest guest frame number in use.
    ///
    /// `gpfn` (id 1, u64), required.
    pub gpfn: u64,
}

/// Validation policy of `gpfn-reply`.
pub static GPFN_REPLY_POLICY: c::Policy = c::Policy::new(
    "gpfn-reply",
    &[c::AttrPolicy::new(1, "gpfn", c::AttrType::U64).required()],
)
.max_attrs(1024);

/// Descriptor of `gpfn-reply`.
pub static GPFN_REPLY_SET: rt::SetDesc = rt::SetDesc {
    name: "gpfn-reply",
    doc: "Reply of maximum_gpfn.",
    policy: &GPFN_REPLY_POLICY,
    attrs: &[rt::AttrDesc {
        kind: 1,
        name: "gpfn",
        ty: "u64",
        doc: "Highest guest frame number in use.",
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

impl<'a> rt::AttrSet<'a> for GpfnReply {
    const DESC: &'static rt::SetDesc = &GPFN_REPLY_SET;

    fn decode_at(attrs: c::Attrs<'a>, container: usize) -> c::Result<Self> {
        let mut v_gpfn: Option<u64> = None;
        let mut seen: u32 = 0;
        let mut count = 0u32;
        let mut walk = rt::Walk::new(&attrs);
        if let Some(a) = walk.expect(0x0001000c) {
            count += 1;
            seen |= 0x1;
            let r = rt::int::<u64>(&a)?;
            let v = r;
            v_gpfn = Some(v);
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
                    v_gpfn = Some(v);
                }
                _ => rt::unknown(&a)?,
            }
        }
        if seen & 0x1 != 0x1 {
            return Err(rt::missing(container, (0x1 & !seen) as u128, &[1]));
        }
        Ok(GpfnReply {
            gpfn: rt::req(v_gpfn, container, 1)?,
        })
    }

    fn encode<S: c::Sink>(&self, b: &mut c::Builder<S>) -> c::Result<()> {
        rt::put(b, 1, &self.gpfn)?;
        Ok(())
    }
}

impl<'a> rt::Elem<'a> for GpfnReply {
    #[inline]
    fn from_attr(a: &c::Attr<'a>) -> c::Result<Self> {
        rt::nest_from_attr(a)
    }
    fn put_attr<S: c::Sink>(&self, b: &mut c::Builder<S>, raw_kind: u16) -> c::Result<()> {
        rt::nest_put(self, b, raw_kind)
    }
}

/// Report how many pages a domain currently has.
///
/// Op 3 (`current_reservation`), privilege `privileged`; Xen `XENMEM_current_reservation`; max reply 12 bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct CurrentReservation;

/// The request of [`CurrentReservation`].
pub type CurrentReservationRequest = DomReq;

/// The reply of [`CurrentReservation`].
pub type CurrentReservationReply = PagesReply;

/// Descriptor of [`CurrentReservation`].
pub static OP_CURRENT_RESERVATION: rt::OpDesc = rt::OpDesc {
    family: "memory",
    family_id: ID,
    msg_type: MSG_TYPE,
    family_version: VERSION,
    name: "current_reservation",
    id: 3,
    since: 1,
    privilege: rt::Privilege::Privileged,
    flags: rt::op_flags::FASTABI | rt::op_flags::TARGET_DOMAIN,
    request: &DOM_REQ_SET,
    reply: &PAGES_REPLY_SET,
    max_reply: 12,
    target_domain: Some(1),
    fastabi: Some(rt::RegMap {
        form: None,
        inputs: &[(1, rt::Reg::Rsi)],
        outputs: &[(1, rt::Reg::Rsi)],
    }),
    ring_only: None,
    register_only: None,
    doc: "Report how many pages a domain currently has.",
};

impl rt::Op for CurrentReservation {
    const DESC: &'static rt::OpDesc = &OP_CURRENT_RESERVATION;
    type Request<'a> = DomReq;
    type Reply<'a> = PagesReply;
}

impl rt::FastAbi for CurrentReservation {
    fn request_to_regs(
        req: &Self::Request<'_>,
        r: &mut rt::Regs,
    ) -> ::core::result::Result<(), hvlink_proto::Errno> {
        r.rsi = rt::reg(req.dom);
        Ok(())
    }
    fn request_from_regs(
        r: &rt::Regs,
    ) -> ::core::result::Result<Self::Request<'static>, hvlink_proto::Errno> {
        let v_dom = rt::unreg::<u16>(r.rsi, &DOM_REQ_POLICY.attrs[0])?;
        Ok(DomReq { dom: v_dom })
    }
    fn reply_to_regs(
        rep: &Self::Reply<'_>,
        r: &mut rt::Regs,
    ) -> ::core::result::Result<(), hvlink_proto::Errno> {
        r.rsi = rt::reg(rep.pages);
        Ok(())
    }
    fn reply_from_regs(
        r: &rt::Regs,
    ) -> ::core::result::Result<Self::Reply<'static>, hvlink_proto::Errno> {
        let v_pages = rt::unreg::<u64>(r.rsi, &PAGES_REPLY_POLICY.attrs[0])?;
        Ok(PagesReply { pages: v_pages })
    }
}

/// Report how many pages a domain may have at most.
///
/// Op 4 (`maximum_reservation`), privilege `privileged`; Xen `XENMEM_maximum_reservation`; max reply 12 bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct MaximumReservation;

/// The request of [`MaximumReservation`].
pub type MaximumReservationRequest = DomReq;

/// The reply of [`MaximumReservation`].
pub type MaximumReservationReply = PagesReply;

/// Descriptor of [`MaximumReservation`].
pub static OP_MAXIMUM_RESERVATION: rt::OpDesc = rt::OpDesc {
    family: "memory",
    family_id: ID,
    msg_type: MSG_TYPE,
    family_version: VERSION,
    name: "maximum_reservation",
    id: 4,
    since: 1,
    privilege: rt::Privilege::Privileged,
    flags: rt::op_flags::FASTABI | rt::op_flags::TARGET_DOMAIN,
    request: &DOM_REQ_SET,
    reply: &PAGES_REPLY_SET,
    max_reply: 12,
    target_domain: Some(1),
    fastabi: Some(rt::RegMap {
        form: None,
        inputs: &[(1, rt::Reg::Rsi)],
        outputs: &[(1, rt::Reg::Rsi)],
    }),
    ring_only: None,
    register_only: None,
    doc: "Report how many pages a domain may have at most.",
};

impl rt::Op for MaximumReservation {
    const DESC: &'static rt::OpDesc = &OP_MAXIMUM_RESERVATION;
    type Request<'a> = DomReq;
    type Reply<'a> = PagesReply;
}

impl rt::FastAbi for MaximumReservation {
    fn request_to_regs(
        req: &Self::Request<'_>,
        r: &mut rt::Regs,
    ) -> ::core::result::Result<(), hvlink_proto::Errno> {
        r.rsi = rt::reg(req.dom);
        Ok(())
    }
    fn request_from_regs(
        r: &rt::Regs,
    ) -> ::core::result::Result<Self::Request<'static>, hvlink_proto::Errno> {
        let v_dom = rt::unreg::<u16>(r.rsi, &DOM_REQ_POLICY.attrs[0])?;
        Ok(DomReq { dom: v_dom })
    }
    fn reply_to_regs(
        rep: &Self::Reply<'_>,
        r: &mut rt::Regs,
    ) -> ::core::result::Result<(), hvlink_proto::Errno> {
        r.rsi = rt::reg(rep.pages);
        Ok(())
    }
    fn reply_from_regs(
        r: &rt::Regs,
    ) -> ::core::result::Result<Self::Reply<'static>, hvlink_proto::Errno> {
        let v_pages = rt::unreg::<u64>(r.rsi, &PAGES_REPLY_POLICY.attrs[0])?;
        Ok(PagesReply { pages: v_pages })
    }
}

/// Report the domain's guest-physical memory map as set by the toolstack.
///
/// Op 9 (`memory_map`), privilege `privileged`; Xen `XENMEM_memory_map`; max reply 4616 bytes; ring only: The map is a list of ranges; the RFC passes a buffer address in r8 for Xen to write into, which hvlink refuses (the host writes guest memory only through the rings)..
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct MemoryMap;

/// The request of [`MemoryMap`].
pub type MemoryMapRequest = MemoryMapReq;

/// Descriptor of [`MemoryMap`].
pub static OP_MEMORY_MAP: rt::OpDesc = rt::OpDesc {
    family: "memory",
    family_id: ID,
    msg_type: MSG_TYPE,
    family_version: VERSION,
    name: "memory_map",
    id: 9,
    since: 1,
    privilege: rt::Privilege::Privileged,
    flags: 0,
    request: &MEMORY_MAP_REQ_SET,
    reply: &MEMORY_MAP_REPLY_SET,
    max_reply: 4616,
    target_domain: None,
    fastabi: None,
    ring_only: Some("The map is a list of ranges; the RFC passes a buffer address in r8 for Xen to write into, which hvlink refuses (the host writes guest memory only through the rings)."),
    register_only: None,
    doc: "Report the domain's guest-physical memory map as set by the toolstack.",
};

impl rt::Op for MemoryMap {
    const DESC: &'static rt::OpDesc = &OP_MEMORY_MAP;
    type Request<'a> = MemoryMapReq;
    type Reply<'a> = MemoryMapReply<'a>;
}

/// Report the highest guest frame number a domain uses.
///
/// Op 14 (`maximum_gpfn`), privilege `privileged`; Xen `XENMEM_maximum_gpfn`; max reply 12 bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct MaximumGpfn;

/// The request of [`MaximumGpfn`].
pub type MaximumGpfnRequest = DomReq;

/// The reply of [`MaximumGpfn`].
pub type MaximumGpfnReply = GpfnReply;

/// Descriptor of [`MaximumGpfn`].
pub static OP_MAXIMUM_GPFN: rt::OpDesc = rt::OpDesc {
    family: "memory",
    family_id: ID,
    msg_type: MSG_TYPE,
    family_version: VERSION,
    name: "maximum_gpfn",
    id: 14,
    since: 1,
    privilege: rt::Privilege::Privileged,
    flags: rt::op_flags::FASTABI | rt::op_flags::TARGET_DOMAIN,
    request: &DOM_REQ_SET,
    reply: &GPFN_REPLY_SET,
    max_reply: 12,
    target_domain: Some(1),
    fastabi: Some(rt::RegMap {
        form: None,
        inputs: &[(1, rt::Reg::Rsi)],
        outputs: &[(1, rt::Reg::Rsi)],
    }),
    ring_only: None,
    register_only: None,
    doc: "Report the highest guest frame number a domain uses.",
};

impl rt::Op for MaximumGpfn {
    const DESC: &'static rt::OpDesc = &OP_MAXIMUM_GPFN;
    type Request<'a> = DomReq;
    type Reply<'a> = GpfnReply;
}

impl rt::FastAbi for MaximumGpfn {
    fn request_to_regs(
        req: &Self::Request<'_>,
        r: &mut rt::Regs,
    ) -> ::core::result::Result<(), hvlink_proto::Errno> {
        r.rsi = rt::reg(req.dom);
        Ok(())
    }
    fn request_from_regs(
        r: &rt::Regs,
    ) -> ::core::result::Result<Self::Request<'static>, hvlink_proto::Errno> {
        let v_dom = rt::unreg::<u16>(r.rsi, &DOM_REQ_POLICY.attrs[0])?;
        Ok(DomReq { dom: v_dom })
    }
    fn reply_to_regs(
        rep: &Self::Reply<'_>,
        r: &mut rt::Regs,
    ) -> ::core::result::Result<(), hvlink_proto::Errno> {
        r.rsi = rt::reg(rep.gpfn);
        Ok(())
    }
    fn reply_from_regs(
        r: &rt::Regs,
    ) -> ::core::result::Result<Self::Reply<'static>, hvlink_proto::Errno> {
        let v_gpfn = rt::unreg::<u64>(r.rsi, &GPFN_REPLY_POLICY.attrs[0])?;
        Ok(GpfnReply { gpfn: v_gpfn })
    }
}

/// The family's descriptor.
pub static FAMILY: rt::FamilyDesc = rt::FamilyDesc {
    name: "memory",
    id: ID,
    msg_type: MSG_TYPE,
    version: VERSION,
    doc: "The guest-physical memory map and reservation sizes of a domain. The map comes back as a list of E820-style ranges in the reply itself - unlike Xen, which writes it to a caller-supplied buffer, hvlink never writes guest memory outside the rings. Sub-op numbers are Xen's XENMEM_* values.",
    ops: &[&OP_CURRENT_RESERVATION, &OP_MAXIMUM_RESERVATION, &OP_MEMORY_MAP, &OP_MAXIMUM_GPFN],
};

/// What a host implements for this family: one method per op, called with a request
/// that was already validated (the same way on a ring and by register). Batch ops
/// report each entry's result through `out` as soon as it is known, so a host encodes
/// entries straight into its reply (or progress) message without collecting them.
pub trait Backend {
    /// Report how many pages a domain currently has.
    fn current_reservation(
        &mut self,
        ctx: &rt::Ctx,
        req: &DomReq,
    ) -> ::core::result::Result<PagesReply, hvlink_proto::Errno>;
    /// Report how many pages a domain may have at most.
    fn maximum_reservation(
        &mut self,
        ctx: &rt::Ctx,
        req: &DomReq,
    ) -> ::core::result::Result<PagesReply, hvlink_proto::Errno>;
    /// Report the domain's guest-physical memory map as set by the toolstack.
    fn memory_map(
        &mut self,
        ctx: &rt::Ctx,
        req: &MemoryMapReq,
    ) -> ::core::result::Result<MemoryMapReply<'_>, hvlink_proto::Errno>;
    /// Report the highest guest frame number a domain uses.
    fn maximum_gpfn(
        &mut self,
        ctx: &rt::Ctx,
        req: &DomReq,
    ) -> ::core::result::Result<GpfnReply, hvlink_proto::Errno>;
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
    window: rt::Window,
    reply: &mut c::Builder<S>,
) -> ::core::result::Result<rt::Served, rt::ServeError> {
    let _ = window;
    match OpId(cmd) {
        OpId::CURRENT_RESERVATION => rt::served(
            &backend.current_reservation(ctx, &DomReq::decode(attrs)?)?,
            reply,
        ),
        OpId::MAXIMUM_RESERVATION => rt::served(
            &backend.maximum_reservation(ctx, &DomReq::decode(attrs)?)?,
            reply,
        ),
        OpId::MEMORY_MAP => rt::served(
            &backend.memory_map(ctx, &MemoryMapReq::decode(attrs)?)?,
            reply,
        ),
        OpId::MAXIMUM_GPFN => {
            rt::served(&backend.maximum_gpfn(ctx, &DomReq::decode(attrs)?)?, reply)
        }
        _ => Err(rt::ServeError::Errno(hvlink_proto::Errno::ENOSYS)),
    }
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
        OpId::CURRENT_RESERVATION => {
            let req = <CurrentReservation as rt::FastAbi>::request_from_regs(regs)?;
            rt::commit_regs::<CurrentReservation>(&backend.current_reservation(ctx, &req)?, regs)
        }
        OpId::MAXIMUM_RESERVATION => {
            let req = <MaximumReservation as rt::FastAbi>::request_from_regs(regs)?;
            rt::commit_regs::<MaximumReservation>(&backend.maximum_reservation(ctx, &req)?, regs)
        }
        OpId::MAXIMUM_GPFN => {
            let req = <MaximumGpfn as rt::FastAbi>::request_from_regs(regs)?;
            rt::commit_regs::<MaximumGpfn>(&backend.maximum_gpfn(ctx, &req)?, regs)
        }
        _ => Err(hvlink_proto::Errno::ENOSYS),
    }
}
