// Do not edit: generated from proto/spec/memory.yaml by hvlink-proto-gen; regenerate with `cargo run -p hvlink-proto-gen`.
//! The guest-physical memory map and reservation sizes of a domain. The map comes back as a list of E820-style ranges in the reply itself - unlike Xen, which writes it to a caller-supplied buffer, hvlink never writes guest memory outside the rings. Version 2 adds the reservation ops a toolstack builds a domain with and a balloon driver uses (increase_reservation, decrease_reservation, populate_physmap, add_to_physmap_batch, remove_from_physmap): their extent lists travel in the message (no guest pointers), each extent gets its own status, and big lists run as continuations. Sub-op numbers are Xen's XENMEM_* values (xen/include/public/memory.h).

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
pub const VERSION: u8 = 2;

/// Op ids of the family (the family header's `cmd`, rdi in a register call).
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct OpId(pub u8);

impl OpId {
    /// Give a domain more memory, one extent at each gpfn (a balloon driver deflating; every hvlink guest is translated, so the extent is also mapped).
    pub const INCREASE_RESERVATION: OpId = OpId(0);
    /// Take extents away from a domain (a balloon driver inflating); the pages stop counting against max_mem.
    pub const DECREASE_RESERVATION: OpId = OpId(1);
    /// Report how many pages a domain currently has.
    pub const CURRENT_RESERVATION: OpId = OpId(3);
    /// Report how many pages a domain may have at most.
    pub const MAXIMUM_RESERVATION: OpId = OpId(4);
    /// Back guest frames of a domain with memory (how a toolstack builds a domain), counted against its max_mem.
    pub const POPULATE_PHYSMAP: OpId = OpId(6);
    /// Map frames into a domain's physmap - its own, or a foreign domain's (a toolstack or device model mapping guest memory).
    pub const ADD_TO_PHYSMAP_BATCH: OpId = OpId(23);
    /// Remove the mapping at a guest frame: a foreign frame add_to_physmap_batch mapped (the owner's reference drops), or one of the domain's own (freed, as decrease_reservation).
    pub const REMOVE_FROM_PHYSMAP: OpId = OpId(15);
    /// Report the domain's guest-physical memory map as set by the toolstack.
    pub const MEMORY_MAP: OpId = OpId(9);
    /// Report the highest guest frame number a domain uses.
    pub const MAXIMUM_GPFN: OpId = OpId(14);
    /// Every op: (name, id).
    pub const ENTRIES: &'static [(&'static str, i64)] = &[
        ("increase_reservation", 0),
        ("decrease_reservation", 1),
        ("current_reservation", 3),
        ("maximum_reservation", 4),
        ("populate_physmap", 6),
        ("add_to_physmap_batch", 23),
        ("remove_from_physmap", 15),
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

/// Per-extent status of the reservation ops (hvlink: Xen reports only how many extents were done; these are Xen's errno values, negated).
///
/// Closed enum: any value is representable; the constants are the spec's entries.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct ExtentStatus(pub i16);

impl ExtentStatus {
    /// Done.
    pub const OKAY: ExtentStatus = ExtentStatus(0);
    /// Nothing there (decrease of a frame that is not populated; a foreign frame that is not).
    pub const ENOENT: ExtentStatus = ExtentStatus(-2);
    /// The domain (or the foreign domain) is gone or dying.
    pub const ESRCH: ExtentStatus = ExtentStatus(-3);
    /// Over the domain's max_mem, or the host is out of memory.
    pub const ENOMEM: ExtentStatus = ExtentStatus(-12);
    /// Already populated.
    pub const EEXIST: ExtentStatus = ExtentStatus(-17);
    /// Frame out of range, or not aligned to the extent order.
    pub const EINVAL: ExtentStatus = ExtentStatus(-22);
    /// Not attempted: an earlier entry failed (ordered mode), the request was cancelled, or its domain was destroyed mid-batch.
    pub const CANCELLED: ExtentStatus = ExtentStatus(-128);
    /// Every entry: (name, value).
    pub const ENTRIES: &'static [(&'static str, i64)] = &[
        ("okay", 0),
        ("enoent", -2),
        ("esrch", -3),
        ("enomem", -12),
        ("eexist", -17),
        ("einval", -22),
        ("cancelled", -128),
    ];
}

impl ::core::fmt::Debug for ExtentStatus {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        rt::fmt_enum(f, "ExtentStatus", Self::ENTRIES, self.0 as i128)
    }
}

hvlink_proto::__scalar_newtype!(ExtentStatus, i16);

/// How the extents of a batch relate to each other.
///
/// Closed enum: any value is representable; the constants are the spec's entries.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct ExtentMode(pub u8);

impl ExtentMode {
    /// Every extent is attempted and reports its own status.
    pub const INDEPENDENT: ExtentMode = ExtentMode(0);
    /// Extents run in order and stop at the first failure; the rest report cancelled (Xen's semantics: it stops at the first failure).
    pub const ORDERED: ExtentMode = ExtentMode(1);
    /// Every entry: (name, value).
    pub const ENTRIES: &'static [(&'static str, i64)] = &[("independent", 0), ("ordered", 1)];
}

impl ::core::fmt::Debug for ExtentMode {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        rt::fmt_enum(f, "ExtentMode", Self::ENTRIES, self.0 as i128)
    }
}

hvlink_proto::__scalar_newtype!(ExtentMode, u8);

/// Where add_to_physmap_batch takes its frames from (XENMAPSPACE_*; the model serves gmfn and gmfn_foreign).
///
/// Closed enum: any value is representable; the constants are the spec's entries.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Mapspace(pub u32);

impl Mapspace {
    /// A frame of the domain itself, moved to the new place.
    pub const GMFN: Mapspace = Mapspace(2);
    /// A frame of the foreign domain (a toolstack or device model mapping its target).
    pub const GMFN_FOREIGN: Mapspace = Mapspace(4);
    /// Every entry: (name, value).
    pub const ENTRIES: &'static [(&'static str, i64)] = &[("gmfn", 2), ("gmfn-foreign", 4)];
}

impl ::core::fmt::Debug for Mapspace {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        rt::fmt_enum(f, "Mapspace", Self::ENTRIES, self.0 as i128)
    }
}

hvlink_proto::__scalar_newtype!(Mapspace, u32);

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
    /// Attributes of `reservation-req`.
    pub mod reservation_req {
        /// `domid`: Domain whose reservation changes; DOMID_SELF (0x7FF0) for the caller.
        pub const DOMID: u16 = 1;
        /// `extent-order`: log2 of the pages in each extent (0: 4 KiB, 9: 2 MiB).
        pub const EXTENT_ORDER: u16 = 2;
        /// `gpfn`: Guest frame of the one extent.
        pub const GPFN: u16 = 3;
        /// `mode`: Batch semantics.
        pub const MODE: u16 = 4;
        /// `extent`: One extent of the batch.
        pub const EXTENT: u16 = 5;
    }
    /// Attributes of `extent`.
    pub mod extent {
        /// `gpfn`: Guest frame where the extent starts (aligned to the extent order).
        pub const GPFN: u16 = 1;
    }
    /// Attributes of `reservation-reply`.
    pub mod reservation_reply {
        /// `status`: Result of the extent.
        pub const STATUS: u16 = 1;
        /// `entry`: Result of one extent.
        pub const ENTRY: u16 = 2;
    }
    /// Attributes of `extent-result`.
    pub mod extent_result {
        /// `index`: Position of the extent in the request (0-based).
        pub const INDEX: u16 = 1;
        /// `status`: Result of this extent.
        pub const STATUS: u16 = 2;
    }
    /// Attributes of `physmap-req`.
    pub mod physmap_req {
        /// `domid`: Domain whose physmap changes; DOMID_SELF (0x7FF0) for the caller.
        pub const DOMID: u16 = 1;
        /// `space`: Where the frames come from.
        pub const SPACE: u16 = 2;
        /// `foreign-domid`: The foreign domain (gmfn-foreign only; DOMID_INVALID otherwise).
        pub const FOREIGN_DOMID: u16 = 3;
        /// `idx`: Frame in the source space.
        pub const IDX: u16 = 4;
        /// `gpfn`: Guest frame where it appears.
        pub const GPFN: u16 = 5;
        /// `mode`: Batch semantics.
        pub const MODE: u16 = 6;
        /// `entry`: One frame of the batch.
        pub const ENTRY: u16 = 7;
    }
    /// Attributes of `physmap-entry`.
    pub mod physmap_entry {
        /// `idx`: Frame in the source space.
        pub const IDX: u16 = 1;
        /// `gpfn`: Guest frame where it appears.
        pub const GPFN: u16 = 2;
    }
    /// Attributes of `remove-req`.
    pub mod remove_req {
        /// `domid`: Domain whose physmap changes; DOMID_SELF (0x7FF0) for the caller.
        pub const DOMID: u16 = 1;
        /// `gpfn`: Guest frame whose mapping goes.
        pub const GPFN: u16 = 2;
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
        'walk: {
            if let Ok(b) = <&[u8; 8]>::try_from(attrs.remaining()) {
                if rt::word(b, 0) == 0x00010008 {
                    let at = attrs.offset();
                    {
                        let a = c::Attr::new(0x0001, at as u32, rt::bytes(b, 4, 4));
                        let r = rt::int::<u32>(&a)?;
                        rt::check_range(&a, r as i128, 1, 128)?;
                        let v = r;
                        v_max_entries = Some(v);
                    }
                    break 'walk;
                }
            }
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
                    if n_entry >= 128 {
                        return Err(rt::too_many(a));
                    }
                    let v = rt::nest_from_attr::<E820Entry>(&a)?;
                    let _ = v;
                    n_entry += 1;
                    while count < 1024 && n_entry < 128 {
                        let Some(v) = rt::run_next::<E820Entry>(&mut walk, &[0x80020024]) else {
                            break;
                        };
                        count += 1;
                        let _ = v;
                        n_entry += 1;
                    }
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
        'walk: {
            if let Ok(b) = <&[u8; 32]>::try_from(attrs.remaining()) {
                if rt::word(b, 0) == 0x0001000c
                    && rt::word(b, 12) == 0x0002000c
                    && rt::word(b, 24) == 0x00030008
                {
                    let at = attrs.offset();
                    {
                        let a = c::Attr::new(0x0001, at as u32, rt::bytes(b, 4, 8));
                        seen |= 0x1;
                        let r = rt::int::<u64>(&a)?;
                        let v = r;
                        v_addr = Some(v);
                    }
                    {
                        let a = c::Attr::new(0x0002, (at + 12) as u32, rt::bytes(b, 16, 8));
                        seen |= 0x2;
                        let r = rt::int::<u64>(&a)?;
                        let v = r;
                        v_size = Some(v);
                    }
                    {
                        let a = c::Attr::new(0x0003, (at + 24) as u32, rt::bytes(b, 28, 4));
                        seen |= 0x4;
                        let r = rt::int::<u32>(&a)?;
                        let v = E820Type(r);
                        v_type = Some(v);
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
        rt::FixedNest::<40>::put(b, raw_kind, |w| {
            w.int(0x0001000c, 8, rt::Scalar::to_reg(self.addr));
            w.int(0x0002000c, 8, rt::Scalar::to_reg(self.size));
            w.int(0x00030008, 4, rt::Scalar::to_reg(self.r#type));
        })
    }
}

/// Request of increase_reservation, decrease_reservation and populate_physmap (struct xen_memory_reservation): one extent as a top-level attribute or a batch.
#[derive(
    ::core::clone::Clone, ::core::marker::Copy, ::core::fmt::Debug, ::core::cmp::PartialEq,
)]
pub struct ReservationReq<'a> {
    /// Domain whose reservation changes; DOMID_SELF (0x7FF0) for the caller.
    ///
    /// `domid` (id 1, u16), default `0x7ff0u16` when absent.
    pub domid: u16,
    /// log2 of the pages in each extent (0: 4 KiB, 9: 2 MiB).
    ///
    /// `extent-order` (id 2, u8), default `0u8` when absent.
    pub extent_order: u8,
    /// The form of the message and its attributes (exactly one form is present).
    pub form: ReservationReqForm<'a>,
}

/// The forms of [`ReservationReq`].
#[derive(
    ::core::clone::Clone, ::core::marker::Copy, ::core::fmt::Debug, ::core::cmp::PartialEq,
)]
pub enum ReservationReqForm<'a> {
    /// One extent; the form a FastABI register call carries.
    Single {
        /// Guest frame of the one extent.
        ///
        /// `gpfn` (id 3, u64), required.
        gpfn: u64,
    },
    /// Up to 2048 extents in one message.
    Batch {
        /// Batch semantics.
        ///
        /// `mode` (id 4, u8), must-understand, default `ExtentMode(0)` when absent.
        mode: ExtentMode,
        /// One extent of the batch.
        ///
        /// `extent` (id 5, nest), required, up to 2048.
        extent: hvlink_proto::rt::List<'a, Extent>,
    },
}

/// Validation policy of `reservation-req`.
pub static RESERVATION_REQ_POLICY: c::Policy = c::Policy::new(
    "reservation-req",
    &[
        c::AttrPolicy::new(1, "domid", c::AttrType::U16),
        c::AttrPolicy::new(2, "extent-order", c::AttrType::U8)
            .values(c::Values::Range { min: 0, max: 9 }),
        c::AttrPolicy::new(3, "gpfn", c::AttrType::U64),
        c::AttrPolicy::new(4, "mode", c::AttrType::U8).must_understand(),
        c::AttrPolicy::new(5, "extent", c::AttrType::Nested(&EXTENT_POLICY)).repeated(),
    ],
)
.max_attrs(2180);

/// Descriptor of `reservation-req`.
pub static RESERVATION_REQ_SET: rt::SetDesc = rt::SetDesc {
    name: "reservation-req",
    doc: "Request of increase_reservation, decrease_reservation and populate_physmap (struct xen_memory_reservation): one extent as a top-level attribute or a batch.",
    policy: &RESERVATION_REQ_POLICY,
    attrs: &[
        rt::AttrDesc {
            kind: 1,
            name: "domid",
            ty: "u16",
            doc: "Domain whose reservation changes; DOMID_SELF (0x7FF0) for the caller.",
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
            name: "extent-order",
            ty: "u8",
            doc: "log2 of the pages in each extent (0: 4 KiB, 9: 2 MiB).",
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
            name: "gpfn",
            ty: "u64",
            doc: "Guest frame of the one extent.",
            required: true,
            max_count: 0,
            must_understand: false,
            since: 1,
            default: None,
            enumeration: None,
            nested: None,
            form: Some("single"),
            when: None,
        },
        rt::AttrDesc {
            kind: 4,
            name: "mode",
            ty: "u8",
            doc: "Batch semantics.",
            required: false,
            max_count: 0,
            must_understand: true,
            since: 1,
            default: Some(0),
            enumeration: Some("extent-mode"),
            nested: None,
            form: Some("batch"),
            when: None,
        },
        rt::AttrDesc {
            kind: 5,
            name: "extent",
            ty: "nest",
            doc: "One extent of the batch.",
            required: true,
            max_count: 2048,
            must_understand: false,
            since: 1,
            default: None,
            enumeration: None,
            nested: Some(&EXTENT_SET),
            form: Some("batch"),
            when: None,
        },
    ],
    forms: &[
        rt::FormDesc { name: "single", doc: "One extent; the form a FastABI register call carries." },
        rt::FormDesc { name: "batch", doc: "Up to 2048 extents in one message." },
    ],
};

impl<'a> ReservationReq<'a> {
    /// Validate and decode as [`rt::AttrSet::decode`] does, handing each `extent` to
    /// `each` as it is validated (in message order): the entries are read once, not
    /// decoded again from the list. On an error, `each` has seen those before it.
    pub fn decode_each(attrs: c::Attrs<'a>, each: &mut impl FnMut(Extent)) -> c::Result<Self> {
        let container = attrs.offset();
        Self::decode_each_at(attrs, container, each)
    }

    fn decode_each_at(
        attrs: c::Attrs<'a>,
        container: usize,
        each: &mut impl FnMut(Extent),
    ) -> c::Result<Self> {
        let all = attrs.clone();
        let mut v_domid: Option<u16> = None;
        let mut v_extent_order: Option<u8> = None;
        let mut v_gpfn: Option<u64> = None;
        let mut v_mode: Option<ExtentMode> = None;
        let mut n_extent = 0u32;
        let mut forms: [Option<u32>; 2] = [None; 2];
        let mut seen: u32 = 0;
        let mut count = 0u32;
        let mut walk = rt::Walk::new(&attrs);
        if let Some(a) = walk.expect(0x00010006) {
            count += 1;
            seen |= 0x1;
            let r = rt::int::<u16>(&a)?;
            let v = r;
            v_domid = Some(v);
        }
        if let Some(a) = walk.expect(0x00020005) {
            count += 1;
            seen |= 0x2;
            let r = rt::int::<u8>(&a)?;
            rt::check_range(&a, r as i128, 0, 9)?;
            let v = r;
            v_extent_order = Some(v);
        }
        if let Some(a) = walk.expect(0x0003000c) {
            count += 1;
            seen |= 0x4;
            let r = rt::int::<u64>(&a)?;
            let v = r;
            v_gpfn = Some(v);
            rt::seen(&mut forms[0], &a);
        }
        if let Some(a) = walk.expect(0x40040005) {
            count += 1;
            seen |= 0x8;
            let r = rt::int::<u8>(&a)?;
            if !matches!(r as i128, 0..=1) {
                return Err(rt::not_member(a));
            }
            let v = ExtentMode(r);
            v_mode = Some(v);
            rt::seen(&mut forms[1], &a);
        }
        while let Some(a) = walk.next()? {
            count += 1;
            if count > 2180 {
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
                    v_domid = Some(v);
                }
                2 => {
                    if seen & 0x2 != 0 {
                        return Err(rt::duplicate(a));
                    }
                    seen |= 0x2;
                    let r = rt::int::<u8>(&a)?;
                    rt::check_range(&a, r as i128, 0, 9)?;
                    let v = r;
                    v_extent_order = Some(v);
                }
                3 => {
                    if seen & 0x4 != 0 {
                        return Err(rt::duplicate(a));
                    }
                    seen |= 0x4;
                    let r = rt::int::<u64>(&a)?;
                    let v = r;
                    v_gpfn = Some(v);
                    rt::seen(&mut forms[0], &a);
                }
                4 => {
                    if seen & 0x8 != 0 {
                        return Err(rt::duplicate(a));
                    }
                    seen |= 0x8;
                    let r = rt::int::<u8>(&a)?;
                    if !matches!(r as i128, 0..=1) {
                        return Err(rt::not_member(a));
                    }
                    let v = ExtentMode(r);
                    v_mode = Some(v);
                    rt::seen(&mut forms[1], &a);
                }
                5 => {
                    seen |= 0x10;
                    if n_extent >= 2048 {
                        return Err(rt::too_many(a));
                    }
                    let v = rt::nest_from_attr::<Extent>(&a)?;
                    each(v);
                    n_extent += 1;
                    rt::seen(&mut forms[1], &a);
                    while count < 2180 && n_extent < 2048 {
                        let Some(v) = rt::run_next::<Extent>(&mut walk, &[0x80050010]) else {
                            break;
                        };
                        count += 1;
                        each(v);
                        n_extent += 1;
                    }
                }
                _ => rt::unknown(&a)?,
            }
        }
        let form = rt::form(&forms, container, 3)?;
        Ok(ReservationReq {
            domid: v_domid.unwrap_or(0x7ff0u16),
            extent_order: v_extent_order.unwrap_or(0u8),
            form: match form {
                0 => ReservationReqForm::Single {
                    gpfn: rt::req(v_gpfn, container, 3)?,
                },
                _ => ReservationReqForm::Batch {
                    mode: v_mode.unwrap_or(ExtentMode(0)),
                    extent: rt::req_list(rt::list(&all, 5, n_extent), container, 5)?,
                },
            },
        })
    }
}

impl<'a> rt::AttrSet<'a> for ReservationReq<'a> {
    const DESC: &'static rt::SetDesc = &RESERVATION_REQ_SET;

    #[inline]
    fn decode_at(attrs: c::Attrs<'a>, container: usize) -> c::Result<Self> {
        Self::decode_each_at(attrs, container, &mut |_| {})
    }

    #[inline]
    fn decode_valid(attrs: c::Attrs<'a>) -> ::core::option::Option<Self> {
        let all = attrs.clone();
        let mut v_domid: Option<u16> = None;
        let mut v_extent_order: Option<u8> = None;
        let mut v_gpfn: Option<u64> = None;
        let mut v_mode: Option<ExtentMode> = None;
        let mut n_extent = 0u32;
        let mut forms: [Option<u32>; 2] = [None; 2];
        let mut walk = rt::Walk::new(&attrs);
        if let Some(a) = walk.expect(0x00010006) {
            v_domid = Some(<u16 as rt::WireInt>::from_payload(a.payload())?);
        }
        if let Some(a) = walk.expect(0x00020005) {
            v_extent_order = Some(<u8 as rt::WireInt>::from_payload(a.payload())?);
        }
        if let Some(a) = walk.expect(0x0003000c) {
            v_gpfn = Some(<u64 as rt::WireInt>::from_payload(a.payload())?);
            rt::seen(&mut forms[0], &a);
        }
        if let Some(a) = walk.expect(0x40040005) {
            v_mode = Some(ExtentMode(<u8 as rt::WireInt>::from_payload(a.payload())?));
            rt::seen(&mut forms[1], &a);
        }
        while let Some(a) = walk.next().ok()? {
            match a.kind() {
                1 => {
                    v_domid = Some(<u16 as rt::WireInt>::from_payload(a.payload())?);
                }
                2 => {
                    v_extent_order = Some(<u8 as rt::WireInt>::from_payload(a.payload())?);
                }
                3 => {
                    v_gpfn = Some(<u64 as rt::WireInt>::from_payload(a.payload())?);
                    rt::seen(&mut forms[0], &a);
                }
                4 => {
                    v_mode = Some(ExtentMode(<u8 as rt::WireInt>::from_payload(a.payload())?));
                    rt::seen(&mut forms[1], &a);
                }
                5 => {
                    n_extent += 1;
                    rt::seen(&mut forms[1], &a);
                }
                _ => {}
            }
        }
        let form = rt::form(&forms, 0, 0).ok()?;
        Some(ReservationReq {
            domid: v_domid.unwrap_or(0x7ff0u16),
            extent_order: v_extent_order.unwrap_or(0u8),
            form: match form {
                0 => ReservationReqForm::Single { gpfn: v_gpfn? },
                _ => ReservationReqForm::Batch {
                    mode: v_mode.unwrap_or(ExtentMode(0)),
                    extent: rt::list(&all, 5, n_extent),
                },
            },
        })
    }

    #[inline]
    fn decode_valid_from(
        attrs: c::Attrs<'a>,
        span: Option<rt::Span>,
    ) -> ::core::option::Option<Self> {
        let span = match span {
            Some(sp) if sp.kind == 5 => sp,
            _ => return <Self as rt::AttrSet<'a>>::decode_valid(attrs),
        };
        let all = attrs.clone();
        let mut v_domid: Option<u16> = None;
        let mut v_extent_order: Option<u8> = None;
        let mut v_gpfn: Option<u64> = None;
        let mut v_mode: Option<ExtentMode> = None;
        let mut n_extent = 0u32;
        let mut forms: [Option<u32>; 2] = [None; 2];
        let mut walk = rt::Walk::new(&attrs);
        loop {
            if walk.jump(&span) {
                n_extent = n_extent.saturating_add(span.count);
                rt::seen_at(&mut forms[1], span.start);
            }
            let Some(a) = walk.next().ok()? else { break };
            match a.kind() {
                1 => {
                    v_domid = Some(<u16 as rt::WireInt>::from_payload(a.payload())?);
                }
                2 => {
                    v_extent_order = Some(<u8 as rt::WireInt>::from_payload(a.payload())?);
                }
                3 => {
                    v_gpfn = Some(<u64 as rt::WireInt>::from_payload(a.payload())?);
                    rt::seen(&mut forms[0], &a);
                }
                4 => {
                    v_mode = Some(ExtentMode(<u8 as rt::WireInt>::from_payload(a.payload())?));
                    rt::seen(&mut forms[1], &a);
                }
                5 => {
                    n_extent += 1;
                    rt::seen(&mut forms[1], &a);
                }
                _ => {}
            }
        }
        let form = rt::form(&forms, 0, 0).ok()?;
        Some(ReservationReq {
            domid: v_domid.unwrap_or(0x7ff0u16),
            extent_order: v_extent_order.unwrap_or(0u8),
            form: match form {
                0 => ReservationReqForm::Single { gpfn: v_gpfn? },
                _ => ReservationReqForm::Batch {
                    mode: v_mode.unwrap_or(ExtentMode(0)),
                    extent: rt::list(&all, 5, n_extent),
                },
            },
        })
    }

    fn encode<S: c::Sink>(&self, b: &mut c::Builder<S>) -> c::Result<()> {
        rt::put_def(b, 1, &self.domid, 0x7ff0u16)?;
        rt::put_def(b, 2, &self.extent_order, 0u8)?;
        match &self.form {
            ReservationReqForm::Single { gpfn } => {
                rt::put(b, 3, gpfn)?;
            }
            ReservationReqForm::Batch { mode, extent } => {
                rt::put_def(b, 0x4004, mode, ExtentMode(0))?;
                extent.put(b, 5)?;
            }
        }
        Ok(())
    }
}

impl<'a> rt::Elem<'a> for ReservationReq<'a> {
    #[inline]
    fn from_attr(a: &c::Attr<'a>) -> c::Result<Self> {
        rt::nest_from_attr(a)
    }
    fn put_attr<S: c::Sink>(&self, b: &mut c::Builder<S>, raw_kind: u16) -> c::Result<()> {
        rt::nest_put(self, b, raw_kind)
    }
}

/// One extent of a reservation batch.
#[derive(
    ::core::clone::Clone, ::core::marker::Copy, ::core::fmt::Debug, ::core::cmp::PartialEq,
)]
pub struct Extent {
    /// Guest frame where the extent starts (aligned to the extent order).
    ///
    /// `gpfn` (id 1, u64), required.
    pub gpfn: u64,
}

/// Validation policy of `extent`.
pub static EXTENT_POLICY: c::Policy = c::Policy::new(
    "extent",
    &[c::AttrPolicy::new(1, "gpfn", c::AttrType::U64).required()],
)
.max_attrs(1024);

/// Descriptor of `extent`.
pub static EXTENT_SET: rt::SetDesc = rt::SetDesc {
    name: "extent",
    doc: "One extent of a reservation batch.",
    policy: &EXTENT_POLICY,
    attrs: &[rt::AttrDesc {
        kind: 1,
        name: "gpfn",
        ty: "u64",
        doc: "Guest frame where the extent starts (aligned to the extent order).",
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

impl<'a> rt::AttrSet<'a> for Extent {
    const DESC: &'static rt::SetDesc = &EXTENT_SET;

    #[inline(always)]
    fn decode_at(attrs: c::Attrs<'a>, container: usize) -> c::Result<Self> {
        let mut v_gpfn: Option<u64> = None;
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
                        v_gpfn = Some(v);
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
        }
        if seen & 0x1 != 0x1 {
            return Err(rt::missing(container, (0x1 & !seen) as u128, &[1]));
        }
        Ok(Extent {
            gpfn: rt::req(v_gpfn, container, 1)?,
        })
    }

    #[inline]
    fn decode_valid(attrs: c::Attrs<'a>) -> ::core::option::Option<Self> {
        let mut v_gpfn: Option<u64> = None;
        let mut walk = rt::Walk::new(&attrs);
        if let Some(a) = walk.expect(0x0001000c) {
            v_gpfn = Some(<u64 as rt::WireInt>::from_payload(a.payload())?);
        }
        while let Some(a) = walk.next().ok()? {
            match a.kind() {
                1 => {
                    v_gpfn = Some(<u64 as rt::WireInt>::from_payload(a.payload())?);
                }
                _ => {}
            }
        }
        Some(Extent { gpfn: v_gpfn? })
    }

    fn encode<S: c::Sink>(&self, b: &mut c::Builder<S>) -> c::Result<()> {
        rt::put(b, 1, &self.gpfn)?;
        Ok(())
    }
}

impl<'a> rt::Elem<'a> for Extent {
    #[inline]
    fn from_attr(a: &c::Attr<'a>) -> c::Result<Self> {
        rt::nest_from_attr(a)
    }
    #[inline]
    fn from_valid(a: &c::Attr<'a>) -> Option<Self> {
        <Self as rt::AttrSet<'a>>::decode_valid(a.nested())
    }
    fn put_attr<S: c::Sink>(&self, b: &mut c::Builder<S>, raw_kind: u16) -> c::Result<()> {
        rt::FixedNest::<20>::put(b, raw_kind, |w| {
            w.int(0x0001000c, 8, rt::Scalar::to_reg(self.gpfn));
        })
    }
}

/// Reply of the reservation ops, in the form of the request.
#[derive(
    ::core::clone::Clone, ::core::marker::Copy, ::core::fmt::Debug, ::core::cmp::PartialEq,
)]
pub struct ReservationReply<'a> {
    /// The form of the message and its attributes (exactly one form is present).
    pub form: ReservationReplyForm<'a>,
}

/// The forms of [`ReservationReply`].
#[derive(
    ::core::clone::Clone, ::core::marker::Copy, ::core::fmt::Debug, ::core::cmp::PartialEq,
)]
pub enum ReservationReplyForm<'a> {
    /// Result of the one extent.
    Single {
        /// Result of the extent.
        ///
        /// `status` (id 1, s16), required.
        status: ExtentStatus,
    },
    /// One result per extent.
    Batch {
        /// Result of one extent.
        ///
        /// `entry` (id 2, nest), required, up to 2048.
        entry: hvlink_proto::rt::List<'a, ExtentResult>,
    },
}

/// Validation policy of `reservation-reply`.
pub static RESERVATION_REPLY_POLICY: c::Policy = c::Policy::new(
    "reservation-reply",
    &[
        c::AttrPolicy::new(1, "status", c::AttrType::S16),
        c::AttrPolicy::new(2, "entry", c::AttrType::Nested(&EXTENT_RESULT_POLICY)).repeated(),
    ],
)
.max_attrs(2177);

/// Descriptor of `reservation-reply`.
pub static RESERVATION_REPLY_SET: rt::SetDesc = rt::SetDesc {
    name: "reservation-reply",
    doc: "Reply of the reservation ops, in the form of the request.",
    policy: &RESERVATION_REPLY_POLICY,
    attrs: &[
        rt::AttrDesc {
            kind: 1,
            name: "status",
            ty: "s16",
            doc: "Result of the extent.",
            required: true,
            max_count: 0,
            must_understand: false,
            since: 1,
            default: None,
            enumeration: Some("extent-status"),
            nested: None,
            form: Some("single"),
            when: None,
        },
        rt::AttrDesc {
            kind: 2,
            name: "entry",
            ty: "nest",
            doc: "Result of one extent.",
            required: true,
            max_count: 2048,
            must_understand: false,
            since: 1,
            default: None,
            enumeration: None,
            nested: Some(&EXTENT_RESULT_SET),
            form: Some("batch"),
            when: None,
        },
    ],
    forms: &[
        rt::FormDesc {
            name: "single",
            doc: "Result of the one extent.",
        },
        rt::FormDesc {
            name: "batch",
            doc: "One result per extent.",
        },
    ],
};

impl<'a> ReservationReply<'a> {
    /// Validate and decode as [`rt::AttrSet::decode`] does, handing each `entry` to
    /// `each` as it is validated (in message order): the results are read once, not
    /// decoded again from the list. On an error, `each` has seen those before it.
    pub fn decode_each(
        attrs: c::Attrs<'a>,
        each: &mut impl FnMut(ExtentResult),
    ) -> c::Result<Self> {
        let container = attrs.offset();
        Self::decode_each_at(attrs, container, each)
    }

    fn decode_each_at(
        attrs: c::Attrs<'a>,
        container: usize,
        each: &mut impl FnMut(ExtentResult),
    ) -> c::Result<Self> {
        let all = attrs.clone();
        let mut v_status: Option<ExtentStatus> = None;
        let mut n_entry = 0u32;
        let mut forms: [Option<u32>; 2] = [None; 2];
        let mut seen: u32 = 0;
        let mut count = 0u32;
        let mut walk = rt::Walk::new(&attrs);
        if let Some(a) = walk.expect(0x00010006) {
            count += 1;
            seen |= 0x1;
            let r = rt::int::<i16>(&a)?;
            let v = ExtentStatus(r);
            v_status = Some(v);
            rt::seen(&mut forms[0], &a);
        }
        while let Some(a) = walk.next()? {
            count += 1;
            if count > 2177 {
                return Err(rt::too_many(a));
            }
            match a.kind() {
                1 => {
                    if seen & 0x1 != 0 {
                        return Err(rt::duplicate(a));
                    }
                    seen |= 0x1;
                    let r = rt::int::<i16>(&a)?;
                    let v = ExtentStatus(r);
                    v_status = Some(v);
                    rt::seen(&mut forms[0], &a);
                }
                2 => {
                    seen |= 0x2;
                    if n_entry >= 2048 {
                        return Err(rt::too_many(a));
                    }
                    let v = rt::nest_from_attr::<ExtentResult>(&a)?;
                    each(v);
                    n_entry += 1;
                    rt::seen(&mut forms[1], &a);
                    while count < 2177 && n_entry < 2048 {
                        let Some(v) = rt::run_next::<ExtentResult>(&mut walk, &[0x80020014]) else {
                            break;
                        };
                        count += 1;
                        each(v);
                        n_entry += 1;
                    }
                }
                _ => rt::unknown(&a)?,
            }
        }
        let form = rt::form(&forms, container, 1)?;
        Ok(ReservationReply {
            form: match form {
                0 => ReservationReplyForm::Single {
                    status: rt::req(v_status, container, 1)?,
                },
                _ => ReservationReplyForm::Batch {
                    entry: rt::req_list(rt::list(&all, 2, n_entry), container, 2)?,
                },
            },
        })
    }
}

impl<'a> rt::AttrSet<'a> for ReservationReply<'a> {
    const DESC: &'static rt::SetDesc = &RESERVATION_REPLY_SET;

    #[inline]
    fn decode_at(attrs: c::Attrs<'a>, container: usize) -> c::Result<Self> {
        Self::decode_each_at(attrs, container, &mut |_| {})
    }

    #[inline]
    fn decode_valid(attrs: c::Attrs<'a>) -> ::core::option::Option<Self> {
        let all = attrs.clone();
        let mut v_status: Option<ExtentStatus> = None;
        let mut n_entry = 0u32;
        let mut forms: [Option<u32>; 2] = [None; 2];
        let mut walk = rt::Walk::new(&attrs);
        if let Some(a) = walk.expect(0x00010006) {
            v_status = Some(ExtentStatus(<i16 as rt::WireInt>::from_payload(
                a.payload(),
            )?));
            rt::seen(&mut forms[0], &a);
        }
        while let Some(a) = walk.next().ok()? {
            match a.kind() {
                1 => {
                    v_status = Some(ExtentStatus(<i16 as rt::WireInt>::from_payload(
                        a.payload(),
                    )?));
                    rt::seen(&mut forms[0], &a);
                }
                2 => {
                    n_entry += 1;
                    rt::seen(&mut forms[1], &a);
                }
                _ => {}
            }
        }
        let form = rt::form(&forms, 0, 0).ok()?;
        Some(ReservationReply {
            form: match form {
                0 => ReservationReplyForm::Single { status: v_status? },
                _ => ReservationReplyForm::Batch {
                    entry: rt::list(&all, 2, n_entry),
                },
            },
        })
    }

    fn encode<S: c::Sink>(&self, b: &mut c::Builder<S>) -> c::Result<()> {
        match &self.form {
            ReservationReplyForm::Single { status } => {
                rt::put(b, 1, status)?;
            }
            ReservationReplyForm::Batch { entry } => {
                entry.put(b, 2)?;
            }
        }
        Ok(())
    }
}

impl<'a> rt::Elem<'a> for ReservationReply<'a> {
    #[inline]
    fn from_attr(a: &c::Attr<'a>) -> c::Result<Self> {
        rt::nest_from_attr(a)
    }
    fn put_attr<S: c::Sink>(&self, b: &mut c::Builder<S>, raw_kind: u16) -> c::Result<()> {
        rt::nest_put(self, b, raw_kind)
    }
}

/// Result of one extent.
#[derive(
    ::core::clone::Clone, ::core::marker::Copy, ::core::fmt::Debug, ::core::cmp::PartialEq,
)]
pub struct ExtentResult {
    /// Position of the extent in the request (0-based).
    ///
    /// `index` (id 1, u32), required.
    pub index: u32,
    /// Result of this extent.
    ///
    /// `status` (id 2, s16), required.
    pub status: ExtentStatus,
}

/// Validation policy of `extent-result`.
pub static EXTENT_RESULT_POLICY: c::Policy = c::Policy::new(
    "extent-result",
    &[
        c::AttrPolicy::new(1, "index", c::AttrType::U32).required(),
        c::AttrPolicy::new(2, "status", c::AttrType::S16).required(),
    ],
)
.max_attrs(1024);

/// Descriptor of `extent-result`.
pub static EXTENT_RESULT_SET: rt::SetDesc = rt::SetDesc {
    name: "extent-result",
    doc: "Result of one extent.",
    policy: &EXTENT_RESULT_POLICY,
    attrs: &[
        rt::AttrDesc {
            kind: 1,
            name: "index",
            ty: "u32",
            doc: "Position of the extent in the request (0-based).",
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
            name: "status",
            ty: "s16",
            doc: "Result of this extent.",
            required: true,
            max_count: 0,
            must_understand: false,
            since: 1,
            default: None,
            enumeration: Some("extent-status"),
            nested: None,
            form: None,
            when: None,
        },
    ],
    forms: &[],
};

impl<'a> rt::AttrSet<'a> for ExtentResult {
    const DESC: &'static rt::SetDesc = &EXTENT_RESULT_SET;

    #[inline(always)]
    fn decode_at(attrs: c::Attrs<'a>, container: usize) -> c::Result<Self> {
        let mut v_index: Option<u32> = None;
        let mut v_status: Option<ExtentStatus> = None;
        let mut seen: u32 = 0;
        let mut count = 0u32;
        'walk: {
            if let Ok(b) = <&[u8; 16]>::try_from(attrs.remaining()) {
                if rt::word(b, 0) == 0x00010008 && rt::word(b, 8) == 0x00020006 {
                    let at = attrs.offset();
                    {
                        let a = c::Attr::new(0x0001, at as u32, rt::bytes(b, 4, 4));
                        seen |= 0x1;
                        let r = rt::int::<u32>(&a)?;
                        let v = r;
                        v_index = Some(v);
                    }
                    {
                        let a = c::Attr::new(0x0002, (at + 8) as u32, rt::bytes(b, 12, 2));
                        seen |= 0x2;
                        let r = rt::int::<i16>(&a)?;
                        let v = ExtentStatus(r);
                        v_status = Some(v);
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
                v_index = Some(v);
            }
            if let Some(a) = walk.expect(0x00020006) {
                count += 1;
                seen |= 0x2;
                let r = rt::int::<i16>(&a)?;
                let v = ExtentStatus(r);
                v_status = Some(v);
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
                        let r = rt::int::<i16>(&a)?;
                        let v = ExtentStatus(r);
                        v_status = Some(v);
                    }
                    _ => rt::unknown(&a)?,
                }
            }
        }
        if seen & 0x3 != 0x3 {
            return Err(rt::missing(container, (0x3 & !seen) as u128, &[1, 2]));
        }
        Ok(ExtentResult {
            index: rt::req(v_index, container, 1)?,
            status: rt::req(v_status, container, 2)?,
        })
    }

    #[inline]
    fn decode_valid(attrs: c::Attrs<'a>) -> ::core::option::Option<Self> {
        let mut v_index: Option<u32> = None;
        let mut v_status: Option<ExtentStatus> = None;
        let mut walk = rt::Walk::new(&attrs);
        if let Some(a) = walk.expect(0x00010008) {
            v_index = Some(<u32 as rt::WireInt>::from_payload(a.payload())?);
        }
        if let Some(a) = walk.expect(0x00020006) {
            v_status = Some(ExtentStatus(<i16 as rt::WireInt>::from_payload(
                a.payload(),
            )?));
        }
        while let Some(a) = walk.next().ok()? {
            match a.kind() {
                1 => {
                    v_index = Some(<u32 as rt::WireInt>::from_payload(a.payload())?);
                }
                2 => {
                    v_status = Some(ExtentStatus(<i16 as rt::WireInt>::from_payload(
                        a.payload(),
                    )?));
                }
                _ => {}
            }
        }
        Some(ExtentResult {
            index: v_index?,
            status: v_status?,
        })
    }

    fn encode<S: c::Sink>(&self, b: &mut c::Builder<S>) -> c::Result<()> {
        rt::put(b, 1, &self.index)?;
        rt::put(b, 2, &self.status)?;
        Ok(())
    }
}

impl<'a> rt::Elem<'a> for ExtentResult {
    #[inline]
    fn from_attr(a: &c::Attr<'a>) -> c::Result<Self> {
        rt::nest_from_attr(a)
    }
    #[inline]
    fn from_valid(a: &c::Attr<'a>) -> Option<Self> {
        <Self as rt::AttrSet<'a>>::decode_valid(a.nested())
    }
    fn put_attr<S: c::Sink>(&self, b: &mut c::Builder<S>, raw_kind: u16) -> c::Result<()> {
        rt::FixedNest::<24>::put(b, raw_kind, |w| {
            w.int(0x00010008, 4, rt::Scalar::to_reg(self.index));
            w.int(0x00020006, 2, rt::Scalar::to_reg(self.status));
        })
    }
}

/// Request of add_to_physmap_batch (struct xen_add_to_physmap_batch): one frame as top-level attributes or a batch.
#[derive(
    ::core::clone::Clone, ::core::marker::Copy, ::core::fmt::Debug, ::core::cmp::PartialEq,
)]
pub struct PhysmapReq<'a> {
    /// Domain whose physmap changes; DOMID_SELF (0x7FF0) for the caller.
    ///
    /// `domid` (id 1, u16), default `0x7ff0u16` when absent.
    pub domid: u16,
    /// Where the frames come from.
    ///
    /// `space` (id 2, u32), required.
    pub space: Mapspace,
    /// The foreign domain (gmfn-foreign only; DOMID_INVALID otherwise).
    ///
    /// `foreign-domid` (id 3, u16), default `0x7ff4u16` when absent.
    pub foreign_domid: u16,
    /// The form of the message and its attributes (exactly one form is present).
    pub form: PhysmapReqForm<'a>,
}

/// The forms of [`PhysmapReq`].
#[derive(
    ::core::clone::Clone, ::core::marker::Copy, ::core::fmt::Debug, ::core::cmp::PartialEq,
)]
pub enum PhysmapReqForm<'a> {
    /// One frame; the form a FastABI register call carries.
    Single {
        /// Frame in the source space.
        ///
        /// `idx` (id 4, u64), required.
        idx: u64,
        /// Guest frame where it appears.
        ///
        /// `gpfn` (id 5, u64), required.
        gpfn: u64,
    },
    /// Up to 1024 frames in one message.
    Batch {
        /// Batch semantics.
        ///
        /// `mode` (id 6, u8), must-understand, default `ExtentMode(0)` when absent.
        mode: ExtentMode,
        /// One frame of the batch.
        ///
        /// `entry` (id 7, nest), required, up to 1024.
        entry: hvlink_proto::rt::List<'a, PhysmapEntry>,
    },
}

/// Validation policy of `physmap-req`.
pub static PHYSMAP_REQ_POLICY: c::Policy = c::Policy::new(
    "physmap-req",
    &[
        c::AttrPolicy::new(1, "domid", c::AttrType::U16),
        c::AttrPolicy::new(2, "space", c::AttrType::U32).required(),
        c::AttrPolicy::new(3, "foreign-domid", c::AttrType::U16),
        c::AttrPolicy::new(4, "idx", c::AttrType::U64),
        c::AttrPolicy::new(5, "gpfn", c::AttrType::U64),
        c::AttrPolicy::new(6, "mode", c::AttrType::U8).must_understand(),
        c::AttrPolicy::new(7, "entry", c::AttrType::Nested(&PHYSMAP_ENTRY_POLICY)).repeated(),
    ],
)
.max_attrs(1158);

/// Descriptor of `physmap-req`.
pub static PHYSMAP_REQ_SET: rt::SetDesc = rt::SetDesc {
    name: "physmap-req",
    doc: "Request of add_to_physmap_batch (struct xen_add_to_physmap_batch): one frame as top-level attributes or a batch.",
    policy: &PHYSMAP_REQ_POLICY,
    attrs: &[
        rt::AttrDesc {
            kind: 1,
            name: "domid",
            ty: "u16",
            doc: "Domain whose physmap changes; DOMID_SELF (0x7FF0) for the caller.",
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
            name: "space",
            ty: "u32",
            doc: "Where the frames come from.",
            required: true,
            max_count: 0,
            must_understand: false,
            since: 1,
            default: None,
            enumeration: Some("mapspace"),
            nested: None,
            form: None,
            when: None,
        },
        rt::AttrDesc {
            kind: 3,
            name: "foreign-domid",
            ty: "u16",
            doc: "The foreign domain (gmfn-foreign only; DOMID_INVALID otherwise).",
            required: false,
            max_count: 0,
            must_understand: false,
            since: 1,
            default: Some(32756),
            enumeration: None,
            nested: None,
            form: None,
            when: None,
        },
        rt::AttrDesc {
            kind: 4,
            name: "idx",
            ty: "u64",
            doc: "Frame in the source space.",
            required: true,
            max_count: 0,
            must_understand: false,
            since: 1,
            default: None,
            enumeration: None,
            nested: None,
            form: Some("single"),
            when: None,
        },
        rt::AttrDesc {
            kind: 5,
            name: "gpfn",
            ty: "u64",
            doc: "Guest frame where it appears.",
            required: true,
            max_count: 0,
            must_understand: false,
            since: 1,
            default: None,
            enumeration: None,
            nested: None,
            form: Some("single"),
            when: None,
        },
        rt::AttrDesc {
            kind: 6,
            name: "mode",
            ty: "u8",
            doc: "Batch semantics.",
            required: false,
            max_count: 0,
            must_understand: true,
            since: 1,
            default: Some(0),
            enumeration: Some("extent-mode"),
            nested: None,
            form: Some("batch"),
            when: None,
        },
        rt::AttrDesc {
            kind: 7,
            name: "entry",
            ty: "nest",
            doc: "One frame of the batch.",
            required: true,
            max_count: 1024,
            must_understand: false,
            since: 1,
            default: None,
            enumeration: None,
            nested: Some(&PHYSMAP_ENTRY_SET),
            form: Some("batch"),
            when: None,
        },
    ],
    forms: &[
        rt::FormDesc { name: "single", doc: "One frame; the form a FastABI register call carries." },
        rt::FormDesc { name: "batch", doc: "Up to 1024 frames in one message." },
    ],
};

impl<'a> PhysmapReq<'a> {
    /// Validate and decode as [`rt::AttrSet::decode`] does, handing each `entry` to
    /// `each` as it is validated (in message order): the entries are read once, not
    /// decoded again from the list. On an error, `each` has seen those before it.
    pub fn decode_each(
        attrs: c::Attrs<'a>,
        each: &mut impl FnMut(PhysmapEntry),
    ) -> c::Result<Self> {
        let container = attrs.offset();
        Self::decode_each_at(attrs, container, each)
    }

    fn decode_each_at(
        attrs: c::Attrs<'a>,
        container: usize,
        each: &mut impl FnMut(PhysmapEntry),
    ) -> c::Result<Self> {
        let all = attrs.clone();
        let mut v_domid: Option<u16> = None;
        let mut v_space: Option<Mapspace> = None;
        let mut v_foreign_domid: Option<u16> = None;
        let mut v_idx: Option<u64> = None;
        let mut v_gpfn: Option<u64> = None;
        let mut v_mode: Option<ExtentMode> = None;
        let mut n_entry = 0u32;
        let mut forms: [Option<u32>; 2] = [None; 2];
        let mut seen: u32 = 0;
        let mut count = 0u32;
        let mut walk = rt::Walk::new(&attrs);
        if let Some(a) = walk.expect(0x00010006) {
            count += 1;
            seen |= 0x1;
            let r = rt::int::<u16>(&a)?;
            let v = r;
            v_domid = Some(v);
        }
        if let Some(a) = walk.expect(0x00020008) {
            count += 1;
            seen |= 0x2;
            let r = rt::int::<u32>(&a)?;
            if !matches!(r as i128, 2 | 4) {
                return Err(rt::not_member(a));
            }
            let v = Mapspace(r);
            v_space = Some(v);
        }
        if let Some(a) = walk.expect(0x00030006) {
            count += 1;
            seen |= 0x4;
            let r = rt::int::<u16>(&a)?;
            let v = r;
            v_foreign_domid = Some(v);
        }
        if let Some(a) = walk.expect(0x0004000c) {
            count += 1;
            seen |= 0x8;
            let r = rt::int::<u64>(&a)?;
            let v = r;
            v_idx = Some(v);
            rt::seen(&mut forms[0], &a);
        }
        if let Some(a) = walk.expect(0x0005000c) {
            count += 1;
            seen |= 0x10;
            let r = rt::int::<u64>(&a)?;
            let v = r;
            v_gpfn = Some(v);
            rt::seen(&mut forms[0], &a);
        }
        if let Some(a) = walk.expect(0x40060005) {
            count += 1;
            seen |= 0x20;
            let r = rt::int::<u8>(&a)?;
            if !matches!(r as i128, 0..=1) {
                return Err(rt::not_member(a));
            }
            let v = ExtentMode(r);
            v_mode = Some(v);
            rt::seen(&mut forms[1], &a);
        }
        while let Some(a) = walk.next()? {
            count += 1;
            if count > 1158 {
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
                    v_domid = Some(v);
                }
                2 => {
                    if seen & 0x2 != 0 {
                        return Err(rt::duplicate(a));
                    }
                    seen |= 0x2;
                    let r = rt::int::<u32>(&a)?;
                    if !matches!(r as i128, 2 | 4) {
                        return Err(rt::not_member(a));
                    }
                    let v = Mapspace(r);
                    v_space = Some(v);
                }
                3 => {
                    if seen & 0x4 != 0 {
                        return Err(rt::duplicate(a));
                    }
                    seen |= 0x4;
                    let r = rt::int::<u16>(&a)?;
                    let v = r;
                    v_foreign_domid = Some(v);
                }
                4 => {
                    if seen & 0x8 != 0 {
                        return Err(rt::duplicate(a));
                    }
                    seen |= 0x8;
                    let r = rt::int::<u64>(&a)?;
                    let v = r;
                    v_idx = Some(v);
                    rt::seen(&mut forms[0], &a);
                }
                5 => {
                    if seen & 0x10 != 0 {
                        return Err(rt::duplicate(a));
                    }
                    seen |= 0x10;
                    let r = rt::int::<u64>(&a)?;
                    let v = r;
                    v_gpfn = Some(v);
                    rt::seen(&mut forms[0], &a);
                }
                6 => {
                    if seen & 0x20 != 0 {
                        return Err(rt::duplicate(a));
                    }
                    seen |= 0x20;
                    let r = rt::int::<u8>(&a)?;
                    if !matches!(r as i128, 0..=1) {
                        return Err(rt::not_member(a));
                    }
                    let v = ExtentMode(r);
                    v_mode = Some(v);
                    rt::seen(&mut forms[1], &a);
                }
                7 => {
                    seen |= 0x40;
                    if n_entry >= 1024 {
                        return Err(rt::too_many(a));
                    }
                    let v = rt::nest_from_attr::<PhysmapEntry>(&a)?;
                    each(v);
                    n_entry += 1;
                    rt::seen(&mut forms[1], &a);
                    while count < 1158 && n_entry < 1024 {
                        let Some(v) = rt::run_next::<PhysmapEntry>(&mut walk, &[0x8007001c]) else {
                            break;
                        };
                        count += 1;
                        each(v);
                        n_entry += 1;
                    }
                }
                _ => rt::unknown(&a)?,
            }
        }
        if seen & 0x2 != 0x2 {
            return Err(rt::missing(
                container,
                (0x2 & !seen) as u128,
                &[1, 2, 3, 4, 5, 6, 7],
            ));
        }
        let form = rt::form(&forms, container, 2)?;
        Ok(PhysmapReq {
            domid: v_domid.unwrap_or(0x7ff0u16),
            space: rt::req(v_space, container, 2)?,
            foreign_domid: v_foreign_domid.unwrap_or(0x7ff4u16),
            form: match form {
                0 => PhysmapReqForm::Single {
                    idx: rt::req(v_idx, container, 4)?,
                    gpfn: rt::req(v_gpfn, container, 5)?,
                },
                _ => PhysmapReqForm::Batch {
                    mode: v_mode.unwrap_or(ExtentMode(0)),
                    entry: rt::req_list(rt::list(&all, 7, n_entry), container, 7)?,
                },
            },
        })
    }
}

impl<'a> rt::AttrSet<'a> for PhysmapReq<'a> {
    const DESC: &'static rt::SetDesc = &PHYSMAP_REQ_SET;

    #[inline]
    fn decode_at(attrs: c::Attrs<'a>, container: usize) -> c::Result<Self> {
        Self::decode_each_at(attrs, container, &mut |_| {})
    }

    #[inline]
    fn decode_valid(attrs: c::Attrs<'a>) -> ::core::option::Option<Self> {
        let all = attrs.clone();
        let mut v_domid: Option<u16> = None;
        let mut v_space: Option<Mapspace> = None;
        let mut v_foreign_domid: Option<u16> = None;
        let mut v_idx: Option<u64> = None;
        let mut v_gpfn: Option<u64> = None;
        let mut v_mode: Option<ExtentMode> = None;
        let mut n_entry = 0u32;
        let mut forms: [Option<u32>; 2] = [None; 2];
        let mut walk = rt::Walk::new(&attrs);
        if let Some(a) = walk.expect(0x00010006) {
            v_domid = Some(<u16 as rt::WireInt>::from_payload(a.payload())?);
        }
        if let Some(a) = walk.expect(0x00020008) {
            v_space = Some(Mapspace(<u32 as rt::WireInt>::from_payload(a.payload())?));
        }
        if let Some(a) = walk.expect(0x00030006) {
            v_foreign_domid = Some(<u16 as rt::WireInt>::from_payload(a.payload())?);
        }
        if let Some(a) = walk.expect(0x0004000c) {
            v_idx = Some(<u64 as rt::WireInt>::from_payload(a.payload())?);
            rt::seen(&mut forms[0], &a);
        }
        if let Some(a) = walk.expect(0x0005000c) {
            v_gpfn = Some(<u64 as rt::WireInt>::from_payload(a.payload())?);
            rt::seen(&mut forms[0], &a);
        }
        if let Some(a) = walk.expect(0x40060005) {
            v_mode = Some(ExtentMode(<u8 as rt::WireInt>::from_payload(a.payload())?));
            rt::seen(&mut forms[1], &a);
        }
        while let Some(a) = walk.next().ok()? {
            match a.kind() {
                1 => {
                    v_domid = Some(<u16 as rt::WireInt>::from_payload(a.payload())?);
                }
                2 => {
                    v_space = Some(Mapspace(<u32 as rt::WireInt>::from_payload(a.payload())?));
                }
                3 => {
                    v_foreign_domid = Some(<u16 as rt::WireInt>::from_payload(a.payload())?);
                }
                4 => {
                    v_idx = Some(<u64 as rt::WireInt>::from_payload(a.payload())?);
                    rt::seen(&mut forms[0], &a);
                }
                5 => {
                    v_gpfn = Some(<u64 as rt::WireInt>::from_payload(a.payload())?);
                    rt::seen(&mut forms[0], &a);
                }
                6 => {
                    v_mode = Some(ExtentMode(<u8 as rt::WireInt>::from_payload(a.payload())?));
                    rt::seen(&mut forms[1], &a);
                }
                7 => {
                    n_entry += 1;
                    rt::seen(&mut forms[1], &a);
                }
                _ => {}
            }
        }
        let form = rt::form(&forms, 0, 0).ok()?;
        Some(PhysmapReq {
            domid: v_domid.unwrap_or(0x7ff0u16),
            space: v_space?,
            foreign_domid: v_foreign_domid.unwrap_or(0x7ff4u16),
            form: match form {
                0 => PhysmapReqForm::Single {
                    idx: v_idx?,
                    gpfn: v_gpfn?,
                },
                _ => PhysmapReqForm::Batch {
                    mode: v_mode.unwrap_or(ExtentMode(0)),
                    entry: rt::list(&all, 7, n_entry),
                },
            },
        })
    }

    #[inline]
    fn decode_valid_from(
        attrs: c::Attrs<'a>,
        span: Option<rt::Span>,
    ) -> ::core::option::Option<Self> {
        let span = match span {
            Some(sp) if sp.kind == 7 => sp,
            _ => return <Self as rt::AttrSet<'a>>::decode_valid(attrs),
        };
        let all = attrs.clone();
        let mut v_domid: Option<u16> = None;
        let mut v_space: Option<Mapspace> = None;
        let mut v_foreign_domid: Option<u16> = None;
        let mut v_idx: Option<u64> = None;
        let mut v_gpfn: Option<u64> = None;
        let mut v_mode: Option<ExtentMode> = None;
        let mut n_entry = 0u32;
        let mut forms: [Option<u32>; 2] = [None; 2];
        let mut walk = rt::Walk::new(&attrs);
        loop {
            if walk.jump(&span) {
                n_entry = n_entry.saturating_add(span.count);
                rt::seen_at(&mut forms[1], span.start);
            }
            let Some(a) = walk.next().ok()? else { break };
            match a.kind() {
                1 => {
                    v_domid = Some(<u16 as rt::WireInt>::from_payload(a.payload())?);
                }
                2 => {
                    v_space = Some(Mapspace(<u32 as rt::WireInt>::from_payload(a.payload())?));
                }
                3 => {
                    v_foreign_domid = Some(<u16 as rt::WireInt>::from_payload(a.payload())?);
                }
                4 => {
                    v_idx = Some(<u64 as rt::WireInt>::from_payload(a.payload())?);
                    rt::seen(&mut forms[0], &a);
                }
                5 => {
                    v_gpfn = Some(<u64 as rt::WireInt>::from_payload(a.payload())?);
                    rt::seen(&mut forms[0], &a);
                }
                6 => {
                    v_mode = Some(ExtentMode(<u8 as rt::WireInt>::from_payload(a.payload())?));
                    rt::seen(&mut forms[1], &a);
                }
                7 => {
                    n_entry += 1;
                    rt::seen(&mut forms[1], &a);
                }
                _ => {}
            }
        }
        let form = rt::form(&forms, 0, 0).ok()?;
        Some(PhysmapReq {
            domid: v_domid.unwrap_or(0x7ff0u16),
            space: v_space?,
            foreign_domid: v_foreign_domid.unwrap_or(0x7ff4u16),
            form: match form {
                0 => PhysmapReqForm::Single {
                    idx: v_idx?,
                    gpfn: v_gpfn?,
                },
                _ => PhysmapReqForm::Batch {
                    mode: v_mode.unwrap_or(ExtentMode(0)),
                    entry: rt::list(&all, 7, n_entry),
                },
            },
        })
    }

    fn encode<S: c::Sink>(&self, b: &mut c::Builder<S>) -> c::Result<()> {
        rt::put_def(b, 1, &self.domid, 0x7ff0u16)?;
        rt::put(b, 2, &self.space)?;
        rt::put_def(b, 3, &self.foreign_domid, 0x7ff4u16)?;
        match &self.form {
            PhysmapReqForm::Single { idx, gpfn } => {
                rt::put(b, 4, idx)?;
                rt::put(b, 5, gpfn)?;
            }
            PhysmapReqForm::Batch { mode, entry } => {
                rt::put_def(b, 0x4006, mode, ExtentMode(0))?;
                entry.put(b, 7)?;
            }
        }
        Ok(())
    }
}

impl<'a> rt::Elem<'a> for PhysmapReq<'a> {
    #[inline]
    fn from_attr(a: &c::Attr<'a>) -> c::Result<Self> {
        rt::nest_from_attr(a)
    }
    fn put_attr<S: c::Sink>(&self, b: &mut c::Builder<S>, raw_kind: u16) -> c::Result<()> {
        rt::nest_put(self, b, raw_kind)
    }
}

/// One frame of an add_to_physmap_batch.
#[derive(
    ::core::clone::Clone, ::core::marker::Copy, ::core::fmt::Debug, ::core::cmp::PartialEq,
)]
pub struct PhysmapEntry {
    /// Frame in the source space.
    ///
    /// `idx` (id 1, u64), required.
    pub idx: u64,
    /// Guest frame where it appears.
    ///
    /// `gpfn` (id 2, u64), required.
    pub gpfn: u64,
}

/// Validation policy of `physmap-entry`.
pub static PHYSMAP_ENTRY_POLICY: c::Policy = c::Policy::new(
    "physmap-entry",
    &[
        c::AttrPolicy::new(1, "idx", c::AttrType::U64).required(),
        c::AttrPolicy::new(2, "gpfn", c::AttrType::U64).required(),
    ],
)
.max_attrs(1024);

/// Descriptor of `physmap-entry`.
pub static PHYSMAP_ENTRY_SET: rt::SetDesc = rt::SetDesc {
    name: "physmap-entry",
    doc: "One frame of an add_to_physmap_batch.",
    policy: &PHYSMAP_ENTRY_POLICY,
    attrs: &[
        rt::AttrDesc {
            kind: 1,
            name: "idx",
            ty: "u64",
            doc: "Frame in the source space.",
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
            name: "gpfn",
            ty: "u64",
            doc: "Guest frame where it appears.",
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

impl<'a> rt::AttrSet<'a> for PhysmapEntry {
    const DESC: &'static rt::SetDesc = &PHYSMAP_ENTRY_SET;

    #[inline(always)]
    fn decode_at(attrs: c::Attrs<'a>, container: usize) -> c::Result<Self> {
        let mut v_idx: Option<u64> = None;
        let mut v_gpfn: Option<u64> = None;
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
                        v_idx = Some(v);
                    }
                    {
                        let a = c::Attr::new(0x0002, (at + 12) as u32, rt::bytes(b, 16, 8));
                        seen |= 0x2;
                        let r = rt::int::<u64>(&a)?;
                        let v = r;
                        v_gpfn = Some(v);
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
                v_idx = Some(v);
            }
            if let Some(a) = walk.expect(0x0002000c) {
                count += 1;
                seen |= 0x2;
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
                        v_idx = Some(v);
                    }
                    2 => {
                        if seen & 0x2 != 0 {
                            return Err(rt::duplicate(a));
                        }
                        seen |= 0x2;
                        let r = rt::int::<u64>(&a)?;
                        let v = r;
                        v_gpfn = Some(v);
                    }
                    _ => rt::unknown(&a)?,
                }
            }
        }
        if seen & 0x3 != 0x3 {
            return Err(rt::missing(container, (0x3 & !seen) as u128, &[1, 2]));
        }
        Ok(PhysmapEntry {
            idx: rt::req(v_idx, container, 1)?,
            gpfn: rt::req(v_gpfn, container, 2)?,
        })
    }

    #[inline]
    fn decode_valid(attrs: c::Attrs<'a>) -> ::core::option::Option<Self> {
        let mut v_idx: Option<u64> = None;
        let mut v_gpfn: Option<u64> = None;
        let mut walk = rt::Walk::new(&attrs);
        if let Some(a) = walk.expect(0x0001000c) {
            v_idx = Some(<u64 as rt::WireInt>::from_payload(a.payload())?);
        }
        if let Some(a) = walk.expect(0x0002000c) {
            v_gpfn = Some(<u64 as rt::WireInt>::from_payload(a.payload())?);
        }
        while let Some(a) = walk.next().ok()? {
            match a.kind() {
                1 => {
                    v_idx = Some(<u64 as rt::WireInt>::from_payload(a.payload())?);
                }
                2 => {
                    v_gpfn = Some(<u64 as rt::WireInt>::from_payload(a.payload())?);
                }
                _ => {}
            }
        }
        Some(PhysmapEntry {
            idx: v_idx?,
            gpfn: v_gpfn?,
        })
    }

    fn encode<S: c::Sink>(&self, b: &mut c::Builder<S>) -> c::Result<()> {
        rt::put(b, 1, &self.idx)?;
        rt::put(b, 2, &self.gpfn)?;
        Ok(())
    }
}

impl<'a> rt::Elem<'a> for PhysmapEntry {
    #[inline]
    fn from_attr(a: &c::Attr<'a>) -> c::Result<Self> {
        rt::nest_from_attr(a)
    }
    #[inline]
    fn from_valid(a: &c::Attr<'a>) -> Option<Self> {
        <Self as rt::AttrSet<'a>>::decode_valid(a.nested())
    }
    fn put_attr<S: c::Sink>(&self, b: &mut c::Builder<S>, raw_kind: u16) -> c::Result<()> {
        rt::FixedNest::<32>::put(b, raw_kind, |w| {
            w.int(0x0001000c, 8, rt::Scalar::to_reg(self.idx));
            w.int(0x0002000c, 8, rt::Scalar::to_reg(self.gpfn));
        })
    }
}

/// Request of remove_from_physmap (struct xen_remove_from_physmap).
#[derive(
    ::core::clone::Clone, ::core::marker::Copy, ::core::fmt::Debug, ::core::cmp::PartialEq,
)]
pub struct RemoveReq {
    /// Domain whose physmap changes; DOMID_SELF (0x7FF0) for the caller.
    ///
    /// `domid` (id 1, u16), default `0x7ff0u16` when absent.
    pub domid: u16,
    /// Guest frame whose mapping goes.
    ///
    /// `gpfn` (id 2, u64), required.
    pub gpfn: u64,
}

/// Validation policy of `remove-req`.
pub static REMOVE_REQ_POLICY: c::Policy = c::Policy::new(
    "remove-req",
    &[
        c::AttrPolicy::new(1, "domid", c::AttrType::U16),
        c::AttrPolicy::new(2, "gpfn", c::AttrType::U64).required(),
    ],
)
.max_attrs(1024);

/// Descriptor of `remove-req`.
pub static REMOVE_REQ_SET: rt::SetDesc = rt::SetDesc {
    name: "remove-req",
    doc: "Request of remove_from_physmap (struct xen_remove_from_physmap).",
    policy: &REMOVE_REQ_POLICY,
    attrs: &[
        rt::AttrDesc {
            kind: 1,
            name: "domid",
            ty: "u16",
            doc: "Domain whose physmap changes; DOMID_SELF (0x7FF0) for the caller.",
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
            name: "gpfn",
            ty: "u64",
            doc: "Guest frame whose mapping goes.",
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

impl<'a> rt::AttrSet<'a> for RemoveReq {
    const DESC: &'static rt::SetDesc = &REMOVE_REQ_SET;

    fn decode_at(attrs: c::Attrs<'a>, container: usize) -> c::Result<Self> {
        let mut v_domid: Option<u16> = None;
        let mut v_gpfn: Option<u64> = None;
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
                        v_domid = Some(v);
                    }
                    {
                        let a = c::Attr::new(0x0002, (at + 8) as u32, rt::bytes(b, 12, 8));
                        seen |= 0x2;
                        let r = rt::int::<u64>(&a)?;
                        let v = r;
                        v_gpfn = Some(v);
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
                        v_gpfn = Some(v);
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
                v_domid = Some(v);
            }
            if let Some(a) = walk.expect(0x0002000c) {
                count += 1;
                seen |= 0x2;
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
                        let r = rt::int::<u16>(&a)?;
                        let v = r;
                        v_domid = Some(v);
                    }
                    2 => {
                        if seen & 0x2 != 0 {
                            return Err(rt::duplicate(a));
                        }
                        seen |= 0x2;
                        let r = rt::int::<u64>(&a)?;
                        let v = r;
                        v_gpfn = Some(v);
                    }
                    _ => rt::unknown(&a)?,
                }
            }
        }
        if seen & 0x2 != 0x2 {
            return Err(rt::missing(container, (0x2 & !seen) as u128, &[1, 2]));
        }
        Ok(RemoveReq {
            domid: v_domid.unwrap_or(0x7ff0u16),
            gpfn: rt::req(v_gpfn, container, 2)?,
        })
    }

    fn encode<S: c::Sink>(&self, b: &mut c::Builder<S>) -> c::Result<()> {
        rt::put_def(b, 1, &self.domid, 0x7ff0u16)?;
        rt::put(b, 2, &self.gpfn)?;
        Ok(())
    }
}

impl<'a> rt::Elem<'a> for RemoveReq {
    #[inline]
    fn from_attr(a: &c::Attr<'a>) -> c::Result<Self> {
        rt::nest_from_attr(a)
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
        'walk: {
            if let Ok(b) = <&[u8; 8]>::try_from(attrs.remaining()) {
                if rt::word(b, 0) == 0x00010006 {
                    let at = attrs.offset();
                    {
                        let a = c::Attr::new(0x0001, at as u32, rt::bytes(b, 4, 2));
                        let r = rt::int::<u16>(&a)?;
                        let v = r;
                        v_dom = Some(v);
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
        'walk: {
            if let Ok(b) = <&[u8; 12]>::try_from(attrs.remaining()) {
                if rt::word(b, 0) == 0x0001000c {
                    let at = attrs.offset();
                    {
                        let a = c::Attr::new(0x0001, at as u32, rt::bytes(b, 4, 8));
                        seen |= 0x1;
                        let r = rt::int::<u64>(&a)?;
                        let v = r;
                        v_pages = Some(v);
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
        'walk: {
            if let Ok(b) = <&[u8; 12]>::try_from(attrs.remaining()) {
                if rt::word(b, 0) == 0x0001000c {
                    let at = attrs.offset();
                    {
                        let a = c::Attr::new(0x0001, at as u32, rt::bytes(b, 4, 8));
                        seen |= 0x1;
                        let r = rt::int::<u64>(&a)?;
                        let v = r;
                        v_gpfn = Some(v);
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

/// Give a domain more memory, one extent at each gpfn (a balloon driver deflating; every hvlink guest is translated, so the extent is also mapped).
///
/// Op 0 (`increase_reservation`), privilege `privileged`; Xen `XENMEM_increase_reservation`; max reply 40960 bytes; async; batch.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct IncreaseReservation;

/// The request of [`IncreaseReservation`].
pub type IncreaseReservationRequest<'a> = ReservationReq<'a>;

/// The reply of [`IncreaseReservation`].
pub type IncreaseReservationReply<'a> = ReservationReply<'a>;

/// Descriptor of [`IncreaseReservation`].
pub static OP_INCREASE_RESERVATION: rt::OpDesc = rt::OpDesc {
    family: "memory",
    family_id: ID,
    msg_type: MSG_TYPE,
    family_version: VERSION,
    name: "increase_reservation",
    id: 0,
    since: 2,
    privilege: rt::Privilege::Privileged,
    flags: rt::op_flags::FASTABI | rt::op_flags::ASYNC | rt::op_flags::BATCH | rt::op_flags::TARGET_DOMAIN | rt::op_flags::DEVICE_MODEL,
    request: &RESERVATION_REQ_SET,
    reply: &RESERVATION_REPLY_SET,
    max_reply: 40960,
    target_domain: Some(1),
    fastabi: Some(rt::RegMap {
        form: Some("single"),
        inputs: &[(1, rt::Reg::Rsi), (2, rt::Reg::R8), (3, rt::Reg::R9)],
        outputs: &[(1, rt::Reg::R12)],
    }),
    ring_only: None,
    register_only: None,
    doc: "Give a domain more memory, one extent at each gpfn (a balloon driver deflating; every hvlink guest is translated, so the extent is also mapped).",
};

impl rt::Op for IncreaseReservation {
    const DESC: &'static rt::OpDesc = &OP_INCREASE_RESERVATION;
    type Request<'a> = ReservationReq<'a>;
    type Reply<'a> = ReservationReply<'a>;
}

impl rt::FastAbi for IncreaseReservation {
    fn request_to_regs(
        req: &Self::Request<'_>,
        r: &mut rt::Regs,
    ) -> ::core::result::Result<(), hvlink_proto::Errno> {
        let ReservationReqForm::Single { gpfn } = &req.form else {
            return Err(hvlink_proto::Errno::EINVAL);
        };
        r.rsi = rt::reg(req.domid);
        r.r8 = rt::reg(req.extent_order);
        r.r9 = rt::reg(*gpfn);
        Ok(())
    }
    fn request_from_regs(
        r: &rt::Regs,
    ) -> ::core::result::Result<Self::Request<'static>, hvlink_proto::Errno> {
        let v_domid = rt::unreg::<u16>(r.rsi, &RESERVATION_REQ_POLICY.attrs[0])?;
        let v_extent_order = rt::unreg::<u8>(r.r8, &RESERVATION_REQ_POLICY.attrs[1])?;
        let v_gpfn = rt::unreg::<u64>(r.r9, &RESERVATION_REQ_POLICY.attrs[2])?;
        Ok(ReservationReq {
            domid: v_domid,
            extent_order: v_extent_order,
            form: ReservationReqForm::Single { gpfn: v_gpfn },
        })
    }
    fn reply_to_regs(
        rep: &Self::Reply<'_>,
        r: &mut rt::Regs,
    ) -> ::core::result::Result<(), hvlink_proto::Errno> {
        let ReservationReplyForm::Single { status } = &rep.form else {
            return Err(hvlink_proto::Errno::EINVAL);
        };
        r.r12 = rt::reg(*status);
        Ok(())
    }
    fn reply_from_regs(
        r: &rt::Regs,
    ) -> ::core::result::Result<Self::Reply<'static>, hvlink_proto::Errno> {
        let v_status = rt::unreg::<ExtentStatus>(r.r12, &RESERVATION_REPLY_POLICY.attrs[0])?;
        Ok(ReservationReply {
            form: ReservationReplyForm::Single { status: v_status },
        })
    }
}

/// Take extents away from a domain (a balloon driver inflating); the pages stop counting against max_mem.
///
/// Op 1 (`decrease_reservation`), privilege `privileged`; Xen `XENMEM_decrease_reservation`; max reply 40960 bytes; async; batch.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct DecreaseReservation;

/// The request of [`DecreaseReservation`].
pub type DecreaseReservationRequest<'a> = ReservationReq<'a>;

/// The reply of [`DecreaseReservation`].
pub type DecreaseReservationReply<'a> = ReservationReply<'a>;

/// Descriptor of [`DecreaseReservation`].
pub static OP_DECREASE_RESERVATION: rt::OpDesc = rt::OpDesc {
    family: "memory",
    family_id: ID,
    msg_type: MSG_TYPE,
    family_version: VERSION,
    name: "decrease_reservation",
    id: 1,
    since: 2,
    privilege: rt::Privilege::Privileged,
    flags: rt::op_flags::FASTABI | rt::op_flags::ASYNC | rt::op_flags::BATCH | rt::op_flags::TARGET_DOMAIN | rt::op_flags::DEVICE_MODEL,
    request: &RESERVATION_REQ_SET,
    reply: &RESERVATION_REPLY_SET,
    max_reply: 40960,
    target_domain: Some(1),
    fastabi: Some(rt::RegMap {
        form: Some("single"),
        inputs: &[(1, rt::Reg::Rsi), (2, rt::Reg::R8), (3, rt::Reg::R9)],
        outputs: &[(1, rt::Reg::R12)],
    }),
    ring_only: None,
    register_only: None,
    doc: "Take extents away from a domain (a balloon driver inflating); the pages stop counting against max_mem.",
};

impl rt::Op for DecreaseReservation {
    const DESC: &'static rt::OpDesc = &OP_DECREASE_RESERVATION;
    type Request<'a> = ReservationReq<'a>;
    type Reply<'a> = ReservationReply<'a>;
}

impl rt::FastAbi for DecreaseReservation {
    fn request_to_regs(
        req: &Self::Request<'_>,
        r: &mut rt::Regs,
    ) -> ::core::result::Result<(), hvlink_proto::Errno> {
        let ReservationReqForm::Single { gpfn } = &req.form else {
            return Err(hvlink_proto::Errno::EINVAL);
        };
        r.rsi = rt::reg(req.domid);
        r.r8 = rt::reg(req.extent_order);
        r.r9 = rt::reg(*gpfn);
        Ok(())
    }
    fn request_from_regs(
        r: &rt::Regs,
    ) -> ::core::result::Result<Self::Request<'static>, hvlink_proto::Errno> {
        let v_domid = rt::unreg::<u16>(r.rsi, &RESERVATION_REQ_POLICY.attrs[0])?;
        let v_extent_order = rt::unreg::<u8>(r.r8, &RESERVATION_REQ_POLICY.attrs[1])?;
        let v_gpfn = rt::unreg::<u64>(r.r9, &RESERVATION_REQ_POLICY.attrs[2])?;
        Ok(ReservationReq {
            domid: v_domid,
            extent_order: v_extent_order,
            form: ReservationReqForm::Single { gpfn: v_gpfn },
        })
    }
    fn reply_to_regs(
        rep: &Self::Reply<'_>,
        r: &mut rt::Regs,
    ) -> ::core::result::Result<(), hvlink_proto::Errno> {
        let ReservationReplyForm::Single { status } = &rep.form else {
            return Err(hvlink_proto::Errno::EINVAL);
        };
        r.r12 = rt::reg(*status);
        Ok(())
    }
    fn reply_from_regs(
        r: &rt::Regs,
    ) -> ::core::result::Result<Self::Reply<'static>, hvlink_proto::Errno> {
        let v_status = rt::unreg::<ExtentStatus>(r.r12, &RESERVATION_REPLY_POLICY.attrs[0])?;
        Ok(ReservationReply {
            form: ReservationReplyForm::Single { status: v_status },
        })
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

/// Back guest frames of a domain with memory (how a toolstack builds a domain), counted against its max_mem.
///
/// Op 6 (`populate_physmap`), privilege `privileged`; Xen `XENMEM_populate_physmap`; max reply 40960 bytes; async; batch.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct PopulatePhysmap;

/// The request of [`PopulatePhysmap`].
pub type PopulatePhysmapRequest<'a> = ReservationReq<'a>;

/// The reply of [`PopulatePhysmap`].
pub type PopulatePhysmapReply<'a> = ReservationReply<'a>;

/// Descriptor of [`PopulatePhysmap`].
pub static OP_POPULATE_PHYSMAP: rt::OpDesc = rt::OpDesc {
    family: "memory",
    family_id: ID,
    msg_type: MSG_TYPE,
    family_version: VERSION,
    name: "populate_physmap",
    id: 6,
    since: 2,
    privilege: rt::Privilege::Privileged,
    flags: rt::op_flags::FASTABI | rt::op_flags::ASYNC | rt::op_flags::BATCH | rt::op_flags::TARGET_DOMAIN | rt::op_flags::DEVICE_MODEL,
    request: &RESERVATION_REQ_SET,
    reply: &RESERVATION_REPLY_SET,
    max_reply: 40960,
    target_domain: Some(1),
    fastabi: Some(rt::RegMap {
        form: Some("single"),
        inputs: &[(1, rt::Reg::Rsi), (2, rt::Reg::R8), (3, rt::Reg::R9)],
        outputs: &[(1, rt::Reg::R12)],
    }),
    ring_only: None,
    register_only: None,
    doc: "Back guest frames of a domain with memory (how a toolstack builds a domain), counted against its max_mem.",
};

impl rt::Op for PopulatePhysmap {
    const DESC: &'static rt::OpDesc = &OP_POPULATE_PHYSMAP;
    type Request<'a> = ReservationReq<'a>;
    type Reply<'a> = ReservationReply<'a>;
}

impl rt::FastAbi for PopulatePhysmap {
    fn request_to_regs(
        req: &Self::Request<'_>,
        r: &mut rt::Regs,
    ) -> ::core::result::Result<(), hvlink_proto::Errno> {
        let ReservationReqForm::Single { gpfn } = &req.form else {
            return Err(hvlink_proto::Errno::EINVAL);
        };
        r.rsi = rt::reg(req.domid);
        r.r8 = rt::reg(req.extent_order);
        r.r9 = rt::reg(*gpfn);
        Ok(())
    }
    fn request_from_regs(
        r: &rt::Regs,
    ) -> ::core::result::Result<Self::Request<'static>, hvlink_proto::Errno> {
        let v_domid = rt::unreg::<u16>(r.rsi, &RESERVATION_REQ_POLICY.attrs[0])?;
        let v_extent_order = rt::unreg::<u8>(r.r8, &RESERVATION_REQ_POLICY.attrs[1])?;
        let v_gpfn = rt::unreg::<u64>(r.r9, &RESERVATION_REQ_POLICY.attrs[2])?;
        Ok(ReservationReq {
            domid: v_domid,
            extent_order: v_extent_order,
            form: ReservationReqForm::Single { gpfn: v_gpfn },
        })
    }
    fn reply_to_regs(
        rep: &Self::Reply<'_>,
        r: &mut rt::Regs,
    ) -> ::core::result::Result<(), hvlink_proto::Errno> {
        let ReservationReplyForm::Single { status } = &rep.form else {
            return Err(hvlink_proto::Errno::EINVAL);
        };
        r.r12 = rt::reg(*status);
        Ok(())
    }
    fn reply_from_regs(
        r: &rt::Regs,
    ) -> ::core::result::Result<Self::Reply<'static>, hvlink_proto::Errno> {
        let v_status = rt::unreg::<ExtentStatus>(r.r12, &RESERVATION_REPLY_POLICY.attrs[0])?;
        Ok(ReservationReply {
            form: ReservationReplyForm::Single { status: v_status },
        })
    }
}

/// Map frames into a domain's physmap - its own, or a foreign domain's (a toolstack or device model mapping guest memory).
///
/// Op 23 (`add_to_physmap_batch`), privilege `privileged`; Xen `XENMEM_add_to_physmap_batch`; max reply 40960 bytes; async; batch.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct AddToPhysmapBatch;

/// The request of [`AddToPhysmapBatch`].
pub type AddToPhysmapBatchRequest<'a> = PhysmapReq<'a>;

/// The reply of [`AddToPhysmapBatch`].
pub type AddToPhysmapBatchReply<'a> = ReservationReply<'a>;

/// Descriptor of [`AddToPhysmapBatch`].
pub static OP_ADD_TO_PHYSMAP_BATCH: rt::OpDesc = rt::OpDesc {
    family: "memory",
    family_id: ID,
    msg_type: MSG_TYPE,
    family_version: VERSION,
    name: "add_to_physmap_batch",
    id: 23,
    since: 2,
    privilege: rt::Privilege::Privileged,
    flags: rt::op_flags::FASTABI | rt::op_flags::ASYNC | rt::op_flags::BATCH | rt::op_flags::TARGET_DOMAIN | rt::op_flags::DEVICE_MODEL,
    request: &PHYSMAP_REQ_SET,
    reply: &RESERVATION_REPLY_SET,
    max_reply: 40960,
    target_domain: Some(1),
    fastabi: Some(rt::RegMap {
        form: Some("single"),
        inputs: &[(1, rt::Reg::Rsi), (2, rt::Reg::R8), (3, rt::Reg::R9), (4, rt::Reg::R10), (5, rt::Reg::R11)],
        outputs: &[(1, rt::Reg::R12)],
    }),
    ring_only: None,
    register_only: None,
    doc: "Map frames into a domain's physmap - its own, or a foreign domain's (a toolstack or device model mapping guest memory).",
};

impl rt::Op for AddToPhysmapBatch {
    const DESC: &'static rt::OpDesc = &OP_ADD_TO_PHYSMAP_BATCH;
    type Request<'a> = PhysmapReq<'a>;
    type Reply<'a> = ReservationReply<'a>;
}

impl rt::FastAbi for AddToPhysmapBatch {
    fn request_to_regs(
        req: &Self::Request<'_>,
        r: &mut rt::Regs,
    ) -> ::core::result::Result<(), hvlink_proto::Errno> {
        let PhysmapReqForm::Single { gpfn, idx } = &req.form else {
            return Err(hvlink_proto::Errno::EINVAL);
        };
        r.rsi = rt::reg(req.domid);
        r.r8 = rt::reg(req.space);
        r.r9 = rt::reg(req.foreign_domid);
        r.r10 = rt::reg(*idx);
        r.r11 = rt::reg(*gpfn);
        Ok(())
    }
    fn request_from_regs(
        r: &rt::Regs,
    ) -> ::core::result::Result<Self::Request<'static>, hvlink_proto::Errno> {
        let v_domid = rt::unreg::<u16>(r.rsi, &PHYSMAP_REQ_POLICY.attrs[0])?;
        let v_space =
            rt::unreg_member::<Mapspace>(r.r8, &PHYSMAP_REQ_POLICY.attrs[1], Mapspace::ENTRIES)?;
        let v_foreign_domid = rt::unreg::<u16>(r.r9, &PHYSMAP_REQ_POLICY.attrs[2])?;
        let v_idx = rt::unreg::<u64>(r.r10, &PHYSMAP_REQ_POLICY.attrs[3])?;
        let v_gpfn = rt::unreg::<u64>(r.r11, &PHYSMAP_REQ_POLICY.attrs[4])?;
        Ok(PhysmapReq {
            domid: v_domid,
            space: v_space,
            foreign_domid: v_foreign_domid,
            form: PhysmapReqForm::Single {
                idx: v_idx,
                gpfn: v_gpfn,
            },
        })
    }
    fn reply_to_regs(
        rep: &Self::Reply<'_>,
        r: &mut rt::Regs,
    ) -> ::core::result::Result<(), hvlink_proto::Errno> {
        let ReservationReplyForm::Single { status } = &rep.form else {
            return Err(hvlink_proto::Errno::EINVAL);
        };
        r.r12 = rt::reg(*status);
        Ok(())
    }
    fn reply_from_regs(
        r: &rt::Regs,
    ) -> ::core::result::Result<Self::Reply<'static>, hvlink_proto::Errno> {
        let v_status = rt::unreg::<ExtentStatus>(r.r12, &RESERVATION_REPLY_POLICY.attrs[0])?;
        Ok(ReservationReply {
            form: ReservationReplyForm::Single { status: v_status },
        })
    }
}

/// Remove the mapping at a guest frame: a foreign frame add_to_physmap_batch mapped (the owner's reference drops), or one of the domain's own (freed, as decrease_reservation).
///
/// Op 15 (`remove_from_physmap`), privilege `privileged`; Xen `XENMEM_remove_from_physmap`; max reply 0 bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct RemoveFromPhysmap;

/// The request of [`RemoveFromPhysmap`].
pub type RemoveFromPhysmapRequest = RemoveReq;

/// Descriptor of [`RemoveFromPhysmap`].
pub static OP_REMOVE_FROM_PHYSMAP: rt::OpDesc = rt::OpDesc {
    family: "memory",
    family_id: ID,
    msg_type: MSG_TYPE,
    family_version: VERSION,
    name: "remove_from_physmap",
    id: 15,
    since: 2,
    privilege: rt::Privilege::Privileged,
    flags: rt::op_flags::FASTABI | rt::op_flags::TARGET_DOMAIN | rt::op_flags::DEVICE_MODEL,
    request: &REMOVE_REQ_SET,
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
    doc: "Remove the mapping at a guest frame: a foreign frame add_to_physmap_batch mapped (the owner's reference drops), or one of the domain's own (freed, as decrease_reservation).",
};

impl rt::Op for RemoveFromPhysmap {
    const DESC: &'static rt::OpDesc = &OP_REMOVE_FROM_PHYSMAP;
    type Request<'a> = RemoveReq;
    type Reply<'a> = rt::Empty;
}

impl rt::FastAbi for RemoveFromPhysmap {
    fn request_to_regs(
        req: &Self::Request<'_>,
        r: &mut rt::Regs,
    ) -> ::core::result::Result<(), hvlink_proto::Errno> {
        r.rsi = rt::reg(req.domid);
        r.r8 = rt::reg(req.gpfn);
        Ok(())
    }
    fn request_from_regs(
        r: &rt::Regs,
    ) -> ::core::result::Result<Self::Request<'static>, hvlink_proto::Errno> {
        let v_domid = rt::unreg::<u16>(r.rsi, &REMOVE_REQ_POLICY.attrs[0])?;
        let v_gpfn = rt::unreg::<u64>(r.r8, &REMOVE_REQ_POLICY.attrs[1])?;
        Ok(RemoveReq {
            domid: v_domid,
            gpfn: v_gpfn,
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
    doc: "The guest-physical memory map and reservation sizes of a domain. The map comes back as a list of E820-style ranges in the reply itself - unlike Xen, which writes it to a caller-supplied buffer, hvlink never writes guest memory outside the rings. Version 2 adds the reservation ops a toolstack builds a domain with and a balloon driver uses (increase_reservation, decrease_reservation, populate_physmap, add_to_physmap_batch, remove_from_physmap): their extent lists travel in the message (no guest pointers), each extent gets its own status, and big lists run as continuations. Sub-op numbers are Xen's XENMEM_* values (xen/include/public/memory.h).",
    ops: &[&OP_INCREASE_RESERVATION, &OP_DECREASE_RESERVATION, &OP_CURRENT_RESERVATION, &OP_MAXIMUM_RESERVATION, &OP_POPULATE_PHYSMAP, &OP_ADD_TO_PHYSMAP_BATCH, &OP_REMOVE_FROM_PHYSMAP, &OP_MEMORY_MAP, &OP_MAXIMUM_GPFN],
};

/// What a host implements for this family: one method per op, called with a request
/// that was already validated (the same way on a ring and by register). Batch ops
/// report each entry's result through `out` as soon as it is known, so a host encodes
/// entries straight into its reply (or progress) message without collecting them.
pub trait Backend {
    /// Give a domain more memory, one extent at each gpfn (a balloon driver deflating; every hvlink guest is translated, so the extent is also mapped).
    ///
    /// Call `out` exactly once per entry of `req`, in order (the dispatcher numbers the
    /// results by position: a missing or extra result fails the call with `EIO`).
    fn increase_reservation(
        &mut self,
        ctx: &rt::Ctx,
        req: &ReservationReq<'_>,
        out: &mut dyn FnMut(ExtentResult) -> ::core::result::Result<(), hvlink_proto::Errno>,
    ) -> ::core::result::Result<(), hvlink_proto::Errno>;
    /// Take extents away from a domain (a balloon driver inflating); the pages stop counting against max_mem.
    ///
    /// Call `out` exactly once per entry of `req`, in order (the dispatcher numbers the
    /// results by position: a missing or extra result fails the call with `EIO`).
    fn decrease_reservation(
        &mut self,
        ctx: &rt::Ctx,
        req: &ReservationReq<'_>,
        out: &mut dyn FnMut(ExtentResult) -> ::core::result::Result<(), hvlink_proto::Errno>,
    ) -> ::core::result::Result<(), hvlink_proto::Errno>;
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
    /// Back guest frames of a domain with memory (how a toolstack builds a domain), counted against its max_mem.
    ///
    /// Call `out` exactly once per entry of `req`, in order (the dispatcher numbers the
    /// results by position: a missing or extra result fails the call with `EIO`).
    fn populate_physmap(
        &mut self,
        ctx: &rt::Ctx,
        req: &ReservationReq<'_>,
        out: &mut dyn FnMut(ExtentResult) -> ::core::result::Result<(), hvlink_proto::Errno>,
    ) -> ::core::result::Result<(), hvlink_proto::Errno>;
    /// Map frames into a domain's physmap - its own, or a foreign domain's (a toolstack or device model mapping guest memory).
    ///
    /// Call `out` exactly once per entry of `req`, in order (the dispatcher numbers the
    /// results by position: a missing or extra result fails the call with `EIO`).
    fn add_to_physmap_batch(
        &mut self,
        ctx: &rt::Ctx,
        req: &PhysmapReq<'_>,
        out: &mut dyn FnMut(ExtentResult) -> ::core::result::Result<(), hvlink_proto::Errno>,
    ) -> ::core::result::Result<(), hvlink_proto::Errno>;
    /// Remove the mapping at a guest frame: a foreign frame add_to_physmap_batch mapped (the owner's reference drops), or one of the domain's own (freed, as decrease_reservation).
    fn remove_from_physmap(
        &mut self,
        ctx: &rt::Ctx,
        req: &RemoveReq,
    ) -> ::core::result::Result<(), hvlink_proto::Errno>;
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

impl rt::BatchEntry for ExtentResult {
    fn set_index(&mut self, index: u32) {
        self.index = index;
    }
    fn failed(&self) -> bool {
        self.status != ExtentStatus::OKAY
    }
    fn cancelled(index: u32) -> Self {
        ExtentResult {
            index,
            status: ExtentStatus::CANCELLED,
        }
    }
}

/// `increase_reservation` with a single-form request: run as a one-entry independent batch, so both paths
/// reach the same backend method.
fn increase_reservation_single<B: Backend + ?Sized>(
    backend: &mut B,
    ctx: &rt::Ctx,
    req: &ReservationReq<'_>,
    cancel: bool,
) -> ::core::result::Result<ExtentResult, hvlink_proto::Errno> {
    let ReservationReqForm::Single { gpfn } = req.form else {
        return Err(hvlink_proto::Errno::EINVAL);
    };
    let entry = Extent { gpfn };
    rt::run_one(cancel, |out| {
        backend.increase_reservation(
            ctx,
            &ReservationReq {
                form: ReservationReqForm::Batch {
                    mode: ExtentMode::INDEPENDENT,
                    extent: rt::List::one(entry),
                },
                ..*req
            },
            out,
        )
    })
}

/// The single-form reply of `increase_reservation` from the result of its one entry.
fn increase_reservation_single_reply(e: ExtentResult) -> ReservationReply<'static> {
    ReservationReply {
        form: ReservationReplyForm::Single { status: e.status },
    }
}

/// `decrease_reservation` with a single-form request: run as a one-entry independent batch, so both paths
/// reach the same backend method.
fn decrease_reservation_single<B: Backend + ?Sized>(
    backend: &mut B,
    ctx: &rt::Ctx,
    req: &ReservationReq<'_>,
    cancel: bool,
) -> ::core::result::Result<ExtentResult, hvlink_proto::Errno> {
    let ReservationReqForm::Single { gpfn } = req.form else {
        return Err(hvlink_proto::Errno::EINVAL);
    };
    let entry = Extent { gpfn };
    rt::run_one(cancel, |out| {
        backend.decrease_reservation(
            ctx,
            &ReservationReq {
                form: ReservationReqForm::Batch {
                    mode: ExtentMode::INDEPENDENT,
                    extent: rt::List::one(entry),
                },
                ..*req
            },
            out,
        )
    })
}

/// The single-form reply of `decrease_reservation` from the result of its one entry.
fn decrease_reservation_single_reply(e: ExtentResult) -> ReservationReply<'static> {
    ReservationReply {
        form: ReservationReplyForm::Single { status: e.status },
    }
}

/// `populate_physmap` with a single-form request: run as a one-entry independent batch, so both paths
/// reach the same backend method.
fn populate_physmap_single<B: Backend + ?Sized>(
    backend: &mut B,
    ctx: &rt::Ctx,
    req: &ReservationReq<'_>,
    cancel: bool,
) -> ::core::result::Result<ExtentResult, hvlink_proto::Errno> {
    let ReservationReqForm::Single { gpfn } = req.form else {
        return Err(hvlink_proto::Errno::EINVAL);
    };
    let entry = Extent { gpfn };
    rt::run_one(cancel, |out| {
        backend.populate_physmap(
            ctx,
            &ReservationReq {
                form: ReservationReqForm::Batch {
                    mode: ExtentMode::INDEPENDENT,
                    extent: rt::List::one(entry),
                },
                ..*req
            },
            out,
        )
    })
}

/// The single-form reply of `populate_physmap` from the result of its one entry.
fn populate_physmap_single_reply(e: ExtentResult) -> ReservationReply<'static> {
    ReservationReply {
        form: ReservationReplyForm::Single { status: e.status },
    }
}

/// `add_to_physmap_batch` with a single-form request: run as a one-entry independent batch, so both paths
/// reach the same backend method.
fn add_to_physmap_batch_single<B: Backend + ?Sized>(
    backend: &mut B,
    ctx: &rt::Ctx,
    req: &PhysmapReq<'_>,
    cancel: bool,
) -> ::core::result::Result<ExtentResult, hvlink_proto::Errno> {
    let PhysmapReqForm::Single { idx, gpfn } = req.form else {
        return Err(hvlink_proto::Errno::EINVAL);
    };
    let entry = PhysmapEntry { idx, gpfn };
    rt::run_one(cancel, |out| {
        backend.add_to_physmap_batch(
            ctx,
            &PhysmapReq {
                form: PhysmapReqForm::Batch {
                    mode: ExtentMode::INDEPENDENT,
                    entry: rt::List::one(entry),
                },
                ..*req
            },
            out,
        )
    })
}

/// The single-form reply of `add_to_physmap_batch` from the result of its one entry.
fn add_to_physmap_batch_single_reply(e: ExtentResult) -> ReservationReply<'static> {
    ReservationReply {
        form: ReservationReplyForm::Single { status: e.status },
    }
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
    match OpId(cmd) {
        OpId::INCREASE_RESERVATION => {
            let req = if window.start == 0 && !window.validated {
                ReservationReq::decode(attrs)?
            } else {
                <ReservationReq as rt::AttrSet>::decode_valid_from(
                    attrs,
                    window.resume.and_then(|r| r.span),
                )
                .ok_or(rt::ServeError::Errno(hvlink_proto::Errno::EIO))?
            };
            match req.form {
                ReservationReqForm::Single { .. } => {
                    let e = increase_reservation_single(backend, ctx, &req, window.cancel)?;
                    rt::served_one(&increase_reservation_single_reply(e), &e, reply)
                }
                ReservationReqForm::Batch { mode, extent } => rt::serve_batch_kept(
                    extent,
                    rt::kept::<Extent>(window.kept),
                    false,
                    window,
                    reply,
                    2,
                    |part, out| {
                        backend.increase_reservation(
                            ctx,
                            &ReservationReq {
                                form: ReservationReqForm::Batch { mode, extent: part },
                                ..req
                            },
                            out,
                        )
                    },
                ),
            }
        }
        OpId::DECREASE_RESERVATION => {
            let req = if window.start == 0 && !window.validated {
                ReservationReq::decode(attrs)?
            } else {
                <ReservationReq as rt::AttrSet>::decode_valid_from(
                    attrs,
                    window.resume.and_then(|r| r.span),
                )
                .ok_or(rt::ServeError::Errno(hvlink_proto::Errno::EIO))?
            };
            match req.form {
                ReservationReqForm::Single { .. } => {
                    let e = decrease_reservation_single(backend, ctx, &req, window.cancel)?;
                    rt::served_one(&decrease_reservation_single_reply(e), &e, reply)
                }
                ReservationReqForm::Batch { mode, extent } => rt::serve_batch_kept(
                    extent,
                    rt::kept::<Extent>(window.kept),
                    false,
                    window,
                    reply,
                    2,
                    |part, out| {
                        backend.decrease_reservation(
                            ctx,
                            &ReservationReq {
                                form: ReservationReqForm::Batch { mode, extent: part },
                                ..req
                            },
                            out,
                        )
                    },
                ),
            }
        }
        OpId::CURRENT_RESERVATION => rt::served(
            &backend.current_reservation(ctx, &DomReq::decode(attrs)?)?,
            reply,
        ),
        OpId::MAXIMUM_RESERVATION => rt::served(
            &backend.maximum_reservation(ctx, &DomReq::decode(attrs)?)?,
            reply,
        ),
        OpId::POPULATE_PHYSMAP => {
            let req = if window.start == 0 && !window.validated {
                ReservationReq::decode(attrs)?
            } else {
                <ReservationReq as rt::AttrSet>::decode_valid_from(
                    attrs,
                    window.resume.and_then(|r| r.span),
                )
                .ok_or(rt::ServeError::Errno(hvlink_proto::Errno::EIO))?
            };
            match req.form {
                ReservationReqForm::Single { .. } => {
                    let e = populate_physmap_single(backend, ctx, &req, window.cancel)?;
                    rt::served_one(&populate_physmap_single_reply(e), &e, reply)
                }
                ReservationReqForm::Batch { mode, extent } => rt::serve_batch_kept(
                    extent,
                    rt::kept::<Extent>(window.kept),
                    false,
                    window,
                    reply,
                    2,
                    |part, out| {
                        backend.populate_physmap(
                            ctx,
                            &ReservationReq {
                                form: ReservationReqForm::Batch { mode, extent: part },
                                ..req
                            },
                            out,
                        )
                    },
                ),
            }
        }
        OpId::ADD_TO_PHYSMAP_BATCH => {
            let req = if window.start == 0 && !window.validated {
                PhysmapReq::decode(attrs)?
            } else {
                <PhysmapReq as rt::AttrSet>::decode_valid_from(
                    attrs,
                    window.resume.and_then(|r| r.span),
                )
                .ok_or(rt::ServeError::Errno(hvlink_proto::Errno::EIO))?
            };
            match req.form {
                PhysmapReqForm::Single { .. } => {
                    let e = add_to_physmap_batch_single(backend, ctx, &req, window.cancel)?;
                    rt::served_one(&add_to_physmap_batch_single_reply(e), &e, reply)
                }
                PhysmapReqForm::Batch { mode, entry } => rt::serve_batch_kept(
                    entry,
                    rt::kept::<PhysmapEntry>(window.kept),
                    false,
                    window,
                    reply,
                    2,
                    |part, out| {
                        backend.add_to_physmap_batch(
                            ctx,
                            &PhysmapReq {
                                form: PhysmapReqForm::Batch { mode, entry: part },
                                ..req
                            },
                            out,
                        )
                    },
                ),
            }
        }
        OpId::REMOVE_FROM_PHYSMAP => {
            backend.remove_from_physmap(ctx, &RemoveReq::decode(attrs)?)?;
            Ok(rt::Served::WHOLE)
        }
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

/// Validate a ring request of op `cmd` as `serve` does before it runs anything (the
/// whole request, every batch entry included), without running it: a host may do this
/// apart (outside its locks) and then serve the request with [`rt::Window::validated`].
/// Unknown and register-only ops pass (`serve` refuses them).
pub fn validate(cmd: u8, attrs: c::Attrs<'_>) -> ::core::result::Result<(), c::Error> {
    match OpId(cmd) {
        OpId::INCREASE_RESERVATION => ReservationReq::decode(attrs).map(|_| ()),
        OpId::DECREASE_RESERVATION => ReservationReq::decode(attrs).map(|_| ()),
        OpId::CURRENT_RESERVATION => DomReq::decode(attrs).map(|_| ()),
        OpId::MAXIMUM_RESERVATION => DomReq::decode(attrs).map(|_| ()),
        OpId::POPULATE_PHYSMAP => ReservationReq::decode(attrs).map(|_| ()),
        OpId::ADD_TO_PHYSMAP_BATCH => PhysmapReq::decode(attrs).map(|_| ()),
        OpId::REMOVE_FROM_PHYSMAP => RemoveReq::decode(attrs).map(|_| ()),
        OpId::MEMORY_MAP => MemoryMapReq::decode(attrs).map(|_| ()),
        OpId::MAXIMUM_GPFN => DomReq::decode(attrs).map(|_| ()),
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
    match OpId(cmd) {
        OpId::INCREASE_RESERVATION => rt::keep(kept, |k| {
            ReservationReq::decode_each(attrs, &mut |e| k.push(e)).map(|_| ())
        }),
        OpId::DECREASE_RESERVATION => rt::keep(kept, |k| {
            ReservationReq::decode_each(attrs, &mut |e| k.push(e)).map(|_| ())
        }),
        OpId::POPULATE_PHYSMAP => rt::keep(kept, |k| {
            ReservationReq::decode_each(attrs, &mut |e| k.push(e)).map(|_| ())
        }),
        OpId::ADD_TO_PHYSMAP_BATCH => rt::keep(kept, |k| {
            PhysmapReq::decode_each(attrs, &mut |e| k.push(e)).map(|_| ())
        }),
        _ => {
            kept.clear();
            validate(cmd, attrs)
        }
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
        OpId::INCREASE_RESERVATION => {
            let req = <IncreaseReservation as rt::FastAbi>::request_from_regs(regs)?;
            let e = increase_reservation_single(backend, ctx, &req, false)?;
            rt::commit_regs::<IncreaseReservation>(&increase_reservation_single_reply(e), regs)
        }
        OpId::DECREASE_RESERVATION => {
            let req = <DecreaseReservation as rt::FastAbi>::request_from_regs(regs)?;
            let e = decrease_reservation_single(backend, ctx, &req, false)?;
            rt::commit_regs::<DecreaseReservation>(&decrease_reservation_single_reply(e), regs)
        }
        OpId::CURRENT_RESERVATION => {
            let req = <CurrentReservation as rt::FastAbi>::request_from_regs(regs)?;
            rt::commit_regs::<CurrentReservation>(&backend.current_reservation(ctx, &req)?, regs)
        }
        OpId::MAXIMUM_RESERVATION => {
            let req = <MaximumReservation as rt::FastAbi>::request_from_regs(regs)?;
            rt::commit_regs::<MaximumReservation>(&backend.maximum_reservation(ctx, &req)?, regs)
        }
        OpId::POPULATE_PHYSMAP => {
            let req = <PopulatePhysmap as rt::FastAbi>::request_from_regs(regs)?;
            let e = populate_physmap_single(backend, ctx, &req, false)?;
            rt::commit_regs::<PopulatePhysmap>(&populate_physmap_single_reply(e), regs)
        }
        OpId::ADD_TO_PHYSMAP_BATCH => {
            let req = <AddToPhysmapBatch as rt::FastAbi>::request_from_regs(regs)?;
            let e = add_to_physmap_batch_single(backend, ctx, &req, false)?;
            rt::commit_regs::<AddToPhysmapBatch>(&add_to_physmap_batch_single_reply(e), regs)
        }
        OpId::REMOVE_FROM_PHYSMAP => {
            let req = <RemoveFromPhysmap as rt::FastAbi>::request_from_regs(regs)?;
            backend.remove_from_physmap(ctx, &req)?;
            rt::commit_regs::<RemoveFromPhysmap>(&rt::Empty, regs)
        }
        OpId::MAXIMUM_GPFN => {
            let req = <MaximumGpfn as rt::FastAbi>::request_from_regs(regs)?;
            rt::commit_regs::<MaximumGpfn>(&backend.maximum_gpfn(ctx, &req)?, regs)
        }
        _ => Err(hvlink_proto::Errno::ENOSYS),
    }
}
