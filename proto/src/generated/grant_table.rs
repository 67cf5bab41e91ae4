// Do not edit: generated from proto/spec/grant_table.yaml by hvlink-proto-gen; regenerate with `cargo run -p hvlink-proto-gen`.
//! Grant tables let a domain share its pages with another: the granting domain writes an entry (peer domain, frame, flags) in its table, and the peer maps the entry with its grant reference, copies through it, and unmaps it again. Map, unmap and copy are batches, as in Xen: one request carries up to a bounded number of entries, each answered with its own GNTST_* status, and a mode chooses whether the entries are independent, stop at the first failure, or (for map) succeed or fail together. Map and unmap also have a single-entry form that a FastABI register call carries, so both paths reach one handler. No op takes a guest virtual address: host-addr is always guest-physical. Sub-op numbers are Xen's GNTTABOP_* values.

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
pub const ID: u16 = 0x14;
/// Message type of the family's ring messages.
pub const MSG_TYPE: u16 = 0x114;
/// Current family version.
pub const VERSION: u8 = 1;

/// Op ids of the family (the family header's `cmd`, rdi in a register call).
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct OpId(pub u8);

impl OpId {
    /// Map granted frames of other domains (one entry or a batch, each with its own status).
    pub const MAP_GRANT_REF: OpId = OpId(0);
    /// Remove mappings made by map_grant_ref (one entry or a batch).
    pub const UNMAP_GRANT_REF: OpId = OpId(1);
    /// Set up a grant table of at least nr-frames frames and list its frames.
    pub const SETUP_TABLE: OpId = OpId(2);
    /// Copy bytes between granted and local frames (a batch, each entry with its own status).
    pub const COPY: OpId = OpId(5);
    /// Report the current and maximum size of a grant table.
    pub const QUERY_SIZE: OpId = OpId(6);
    /// Remove a grant mapping and move another mapping into its place.
    pub const UNMAP_AND_REPLACE: OpId = OpId(7);
    /// Choose the grant table format (before any grant is active).
    pub const SET_VERSION: OpId = OpId(8);
    /// List the frames holding the status words of a version-2 grant table.
    pub const GET_STATUS_FRAMES: OpId = OpId(9);
    /// Report the grant table format in effect for a domain.
    pub const GET_VERSION: OpId = OpId(10);
    /// Swap the contents of two entries of the caller's grant table.
    pub const SWAP_GRANT_REF: OpId = OpId(11);
    /// Every op: (name, id).
    pub const ENTRIES: &'static [(&'static str, i64)] = &[
        ("map_grant_ref", 0),
        ("unmap_grant_ref", 1),
        ("setup_table", 2),
        ("copy", 5),
        ("query_size", 6),
        ("unmap_and_replace", 7),
        ("set_version", 8),
        ("get_status_frames", 9),
        ("get_version", 10),
        ("swap_grant_ref", 11),
    ];
}

impl ::core::fmt::Debug for OpId {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        rt::fmt_enum(f, "OpId", Self::ENTRIES, self.0 as i128)
    }
}

/// How to map a grant (Xen GNTMAP_*).
///
/// Closed flag set: any value is representable; the constants are the spec's entries.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct GntmapFlags(pub u32);

impl GntmapFlags {
    /// Map for device access; the reply carries dev-bus-addr.
    pub const DEVICE_MAP: GntmapFlags = GntmapFlags(1);
    /// Map for CPU access at host-addr.
    pub const HOST_MAP: GntmapFlags = GntmapFlags(2);
    /// Restrict the mapping to read-only access.
    pub const READONLY: GntmapFlags = GntmapFlags(4);
    /// The host mapping is usable by guest userspace too.
    pub const APPLICATION_MAP: GntmapFlags = GntmapFlags(8);
    /// host-addr names a PTE (PV only; hvlink hosts reject it).
    pub const CONTAINS_PTE: GntmapFlags = GntmapFlags(16);
    /// The mapping may fail without the entry being marked bad.
    pub const CAN_FAIL: GntmapFlags = GntmapFlags(32);
    /// Bits copied into guest-available PTE bits (XENFEAT_gnttab_map_avail_bits).
    pub const GUEST_AVAIL_MASK: GntmapFlags = GntmapFlags(4294901760);
    /// Every entry: (name, value).
    pub const ENTRIES: &'static [(&'static str, i64)] = &[
        ("device-map", 1),
        ("host-map", 2),
        ("readonly", 4),
        ("application-map", 8),
        ("contains-pte", 16),
        ("can-fail", 32),
        ("guest-avail-mask", 4294901760),
    ];
}

impl ::core::fmt::Debug for GntmapFlags {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        rt::fmt_flags(f, Self::ENTRIES, self.0 as u64)
    }
}

impl ::core::ops::BitOr for GntmapFlags {
    type Output = GntmapFlags;
    fn bitor(self, rhs: GntmapFlags) -> GntmapFlags {
        GntmapFlags(self.0 | rhs.0)
    }
}

hvlink_proto::__scalar_newtype!(GntmapFlags, u32);

/// Per-entry status of grant operations (Xen GNTST_*; all errors are negative).
///
/// Closed enum: any value is representable; the constants are the spec's entries.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Gntst(pub i16);

impl Gntst {
    /// The entry succeeded.
    pub const OKAY: Gntst = Gntst(0);
    /// Undefined error.
    pub const GENERAL_ERROR: Gntst = Gntst(-1);
    /// Unrecognised domain id.
    pub const BAD_DOMAIN: Gntst = Gntst(-2);
    /// Unrecognised or inappropriate grant reference.
    pub const BAD_GNTREF: Gntst = Gntst(-3);
    /// Unrecognised or inappropriate mapping handle.
    pub const BAD_HANDLE: Gntst = Gntst(-4);
    /// Inappropriate address to map.
    pub const BAD_VIRT_ADDR: Gntst = Gntst(-5);
    /// Inappropriate device address to unmap.
    pub const BAD_DEV_ADDR: Gntst = Gntst(-6);
    /// Out of space in the I/O MMU.
    pub const NO_DEVICE_SPACE: Gntst = Gntst(-7);
    /// Not enough privilege for the operation.
    pub const PERMISSION_DENIED: Gntst = Gntst(-8);
    /// The page was invalid for the operation.
    pub const BAD_PAGE: Gntst = Gntst(-9);
    /// Copy arguments cross a page boundary.
    pub const BAD_COPY_ARG: Gntst = Gntst(-10);
    /// Page address too large for the operation.
    pub const ADDRESS_TOO_BIG: Gntst = Gntst(-11);
    /// Operation not done; try again.
    pub const EAGAIN: Gntst = Gntst(-12);
    /// Out of space (maptrack handles and the like).
    pub const NO_SPACE: Gntst = Gntst(-13);
    /// hvlink extension: not attempted or rolled back because of an earlier failure (ordered/atomic mode) or a cancel.
    pub const CANCELLED: Gntst = Gntst(-128);
    /// Every entry: (name, value).
    pub const ENTRIES: &'static [(&'static str, i64)] = &[
        ("okay", 0),
        ("general-error", -1),
        ("bad-domain", -2),
        ("bad-gntref", -3),
        ("bad-handle", -4),
        ("bad-virt-addr", -5),
        ("bad-dev-addr", -6),
        ("no-device-space", -7),
        ("permission-denied", -8),
        ("bad-page", -9),
        ("bad-copy-arg", -10),
        ("address-too-big", -11),
        ("eagain", -12),
        ("no-space", -13),
        ("cancelled", -128),
    ];
}

impl ::core::fmt::Debug for Gntst {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        rt::fmt_enum(f, "Gntst", Self::ENTRIES, self.0 as i128)
    }
}

hvlink_proto::__scalar_newtype!(Gntst, i16);

/// What the source and destination of a copy entry name (Xen GNTCOPY_*).
///
/// Closed flag set: any value is representable; the constants are the spec's entries.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct GntcopyFlags(pub u16);

impl GntcopyFlags {
    /// The source is a grant reference (source-ref) rather than a frame (source-gfn).
    pub const SOURCE_GREF: GntcopyFlags = GntcopyFlags(1);
    /// The destination is a grant reference (dest-ref) rather than a frame (dest-gfn).
    pub const DEST_GREF: GntcopyFlags = GntcopyFlags(2);
    /// The copy may fail without the grant being marked bad.
    pub const CAN_FAIL: GntcopyFlags = GntcopyFlags(4);
    /// Every entry: (name, value).
    pub const ENTRIES: &'static [(&'static str, i64)] =
        &[("source-gref", 1), ("dest-gref", 2), ("can-fail", 4)];
}

impl ::core::fmt::Debug for GntcopyFlags {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        rt::fmt_flags(f, Self::ENTRIES, self.0 as u64)
    }
}

impl ::core::ops::BitOr for GntcopyFlags {
    type Output = GntcopyFlags;
    fn bitor(self, rhs: GntcopyFlags) -> GntcopyFlags {
        GntcopyFlags(self.0 | rhs.0)
    }
}

hvlink_proto::__scalar_newtype!(GntcopyFlags, u16);

/// How the entries of a map batch relate to each other.
///
/// Closed enum: any value is representable; the constants are the spec's entries.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct MapMode(pub u8);

impl MapMode {
    /// Every entry is attempted; each reports its own status.
    pub const INDEPENDENT: MapMode = MapMode(0);
    /// Entries run in order and stop at the first failure; the rest report cancelled.
    pub const ORDERED: MapMode = MapMode(1);
    /// All entries are mapped or none; on failure the mapped ones are undone and report cancelled.
    pub const ATOMIC: MapMode = MapMode(2);
    /// Every entry: (name, value).
    pub const ENTRIES: &'static [(&'static str, i64)] =
        &[("independent", 0), ("ordered", 1), ("atomic", 2)];
}

impl ::core::fmt::Debug for MapMode {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        rt::fmt_enum(f, "MapMode", Self::ENTRIES, self.0 as i128)
    }
}

hvlink_proto::__scalar_newtype!(MapMode, u8);

/// How the entries of an unmap or copy batch relate to each other (no atomic mode - these cannot be undone).
///
/// Closed enum: any value is representable; the constants are the spec's entries.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct BatchMode(pub u8);

impl BatchMode {
    /// Every entry is attempted; each reports its own status.
    pub const INDEPENDENT: BatchMode = BatchMode(0);
    /// Entries run in order and stop at the first failure; the rest report cancelled.
    pub const ORDERED: BatchMode = BatchMode(1);
    /// Every entry: (name, value).
    pub const ENTRIES: &'static [(&'static str, i64)] = &[("independent", 0), ("ordered", 1)];
}

impl ::core::fmt::Debug for BatchMode {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        rt::fmt_enum(f, "BatchMode", Self::ENTRIES, self.0 as i128)
    }
}

hvlink_proto::__scalar_newtype!(BatchMode, u8);

/// Attribute type numbers, one module per attribute set.
pub mod ids {
    /// Attributes of `map-req`.
    pub mod map_req {
        /// `dom`: Domain that granted the reference.
        pub const DOM: u16 = 1;
        /// `ref`: Grant reference in dom's table.
        pub const REF: u16 = 2;
        /// `flags`: How to map.
        pub const FLAGS: u16 = 3;
        /// `host-addr`: Guest-physical address to map the frame at (host-map); never a virtual address.
        pub const HOST_ADDR: u16 = 4;
        /// `mode`: Batch semantics; a host that ignored it could break atomic callers.
        pub const MODE: u16 = 5;
        /// `entry`: One mapping of the batch; reply entries refer to it by position.
        pub const ENTRY: u16 = 6;
    }
    /// Attributes of `map-entry`.
    pub mod map_entry {
        /// `dom`: Domain that granted the reference.
        pub const DOM: u16 = 1;
        /// `ref`: Grant reference in dom's table.
        pub const REF: u16 = 2;
        /// `flags`: How to map.
        pub const FLAGS: u16 = 3;
        /// `host-addr`: Guest-physical address to map the frame at (host-map).
        pub const HOST_ADDR: u16 = 4;
    }
    /// Attributes of `map-reply`.
    pub mod map_reply {
        /// `status`: Result of the mapping.
        pub const STATUS: u16 = 1;
        /// `handle`: Tracking handle to present to unmap.
        pub const HANDLE: u16 = 2;
        /// `dev-bus-addr`: Address devices use to reach the frame (device-map only).
        pub const DEV_BUS_ADDR: u16 = 3;
        /// `entry`: Result of one request entry.
        pub const ENTRY: u16 = 4;
    }
    /// Attributes of `map-reply-entry`.
    pub mod map_reply_entry {
        /// `index`: Position of the request entry (0-based), so partial and resumed replies stay unambiguous.
        pub const INDEX: u16 = 1;
        /// `status`: Result of this entry.
        pub const STATUS: u16 = 2;
        /// `handle`: Tracking handle to present to unmap.
        pub const HANDLE: u16 = 3;
        /// `dev-bus-addr`: Address devices use to reach the frame (device-map only).
        pub const DEV_BUS_ADDR: u16 = 4;
    }
    /// Attributes of `unmap-req`.
    pub mod unmap_req {
        /// `host-addr`: Guest-physical address of the host mapping to remove; 0 to leave it.
        pub const HOST_ADDR: u16 = 1;
        /// `dev-bus-addr`: Device address of the mapping to remove; 0 to leave it.
        pub const DEV_BUS_ADDR: u16 = 2;
        /// `handle`: Handle returned by map_grant_ref.
        pub const HANDLE: u16 = 3;
        /// `mode`: Batch semantics.
        pub const MODE: u16 = 4;
        /// `entry`: One unmapping of the batch.
        pub const ENTRY: u16 = 5;
    }
    /// Attributes of `unmap-entry`.
    pub mod unmap_entry {
        /// `host-addr`: Guest-physical address of the host mapping to remove; 0 to leave it.
        pub const HOST_ADDR: u16 = 1;
        /// `dev-bus-addr`: Device address of the mapping to remove; 0 to leave it.
        pub const DEV_BUS_ADDR: u16 = 2;
        /// `handle`: Handle returned by map_grant_ref.
        pub const HANDLE: u16 = 3;
    }
    /// Attributes of `unmap-reply`.
    pub mod unmap_reply {
        /// `status`: Result of the unmapping.
        pub const STATUS: u16 = 1;
        /// `entry`: Result of one request entry.
        pub const ENTRY: u16 = 2;
    }
    /// Attributes of `entry-result`.
    pub mod entry_result {
        /// `index`: Position of the request entry (0-based).
        pub const INDEX: u16 = 1;
        /// `status`: Result of this entry.
        pub const STATUS: u16 = 2;
    }
    /// Attributes of `frames-req`.
    pub mod frames_req {
        /// `dom`: Domain whose table is meant; DOMID_SELF (0x7FF0) for the caller.
        pub const DOM: u16 = 1;
        /// `nr-frames`: Number of frames wanted.
        pub const NR_FRAMES: u16 = 2;
    }
    /// Attributes of `frames-reply`.
    pub mod frames_reply {
        /// `status`: Result of the operation.
        pub const STATUS: u16 = 1;
        /// `frame`: One frame number of the table, in table order.
        pub const FRAME: u16 = 2;
    }
    /// Attributes of `copy-req`.
    pub mod copy_req {
        /// `mode`: Batch semantics.
        pub const MODE: u16 = 1;
        /// `entry`: One copy of the batch.
        pub const ENTRY: u16 = 2;
    }
    /// Attributes of `copy-entry`.
    pub mod copy_entry {
        /// `source-ref`: Source grant reference (with source-gref; exclusive with source-gfn).
        pub const SOURCE_REF: u16 = 1;
        /// `source-gfn`: Source guest frame of the caller (without source-gref).
        pub const SOURCE_GFN: u16 = 2;
        /// `source-dom`: Domain owning the source.
        pub const SOURCE_DOM: u16 = 3;
        /// `source-offset`: Byte offset in the source frame.
        pub const SOURCE_OFFSET: u16 = 4;
        /// `dest-ref`: Destination grant reference (with dest-gref; exclusive with dest-gfn).
        pub const DEST_REF: u16 = 5;
        /// `dest-gfn`: Destination guest frame of the caller (without dest-gref).
        pub const DEST_GFN: u16 = 6;
        /// `dest-dom`: Domain owning the destination.
        pub const DEST_DOM: u16 = 7;
        /// `dest-offset`: Byte offset in the destination frame.
        pub const DEST_OFFSET: u16 = 8;
        /// `len`: Bytes to copy; neither side may cross its page boundary.
        pub const LEN: u16 = 9;
        /// `flags`: What source and destination name.
        pub const FLAGS: u16 = 10;
    }
    /// Attributes of `copy-reply`.
    pub mod copy_reply {
        /// `entry`: Result of one request entry.
        pub const ENTRY: u16 = 1;
    }
    /// Attributes of `dom-req`.
    pub mod dom_req {
        /// `dom`: Domain; DOMID_SELF (0x7FF0) for the caller.
        pub const DOM: u16 = 1;
    }
    /// Attributes of `query-size-reply`.
    pub mod query_size_reply {
        /// `nr-frames`: Current number of frames of the table.
        pub const NR_FRAMES: u16 = 1;
        /// `max-nr-frames`: Largest number of frames the table may grow to.
        pub const MAX_NR_FRAMES: u16 = 2;
        /// `status`: Result of the query.
        pub const STATUS: u16 = 3;
    }
    /// Attributes of `unmap-and-replace-req`.
    pub mod unmap_and_replace_req {
        /// `host-addr`: Guest-physical address of the grant mapping to remove.
        pub const HOST_ADDR: u16 = 1;
        /// `new-addr`: Guest-physical address whose mapping moves to host-addr; 0 for none.
        pub const NEW_ADDR: u16 = 2;
        /// `handle`: Handle of the mapping.
        pub const HANDLE: u16 = 3;
    }
    /// Attributes of `status-reply`.
    pub mod status_reply {
        /// `status`: Result of the operation.
        pub const STATUS: u16 = 1;
    }
    /// Attributes of `set-version-req`.
    pub mod set_version_req {
        /// `version`: Grant table format wanted (1 or 2); only before any grant is active.
        pub const VERSION: u16 = 1;
    }
    /// Attributes of `version-reply`.
    pub mod version_reply {
        /// `version`: Grant table format in effect.
        pub const VERSION: u16 = 1;
    }
    /// Attributes of `swap-req`.
    pub mod swap_req {
        /// `ref-a`: First grant reference of the caller's table.
        pub const REF_A: u16 = 1;
        /// `ref-b`: Second grant reference of the caller's table.
        pub const REF_B: u16 = 2;
    }
}

/// Request of map_grant_ref - one entry as top-level attributes or a batch of entries.
#[derive(
    ::core::clone::Clone, ::core::marker::Copy, ::core::fmt::Debug, ::core::cmp::PartialEq,
)]
pub struct MapReq<'a> {
    /// The form of the message and its attributes (exactly one form is present).
    pub form: MapReqForm<'a>,
}

/// The forms of [`MapReq`].
#[derive(
    ::core::clone::Clone, ::core::marker::Copy, ::core::fmt::Debug, ::core::cmp::PartialEq,
)]
pub enum MapReqForm<'a> {
    /// One mapping; the form a FastABI register call carries.
    Single {
        /// Domain that granted the reference.
        ///
        /// `dom` (id 1, u16), required.
        dom: u16,
        /// Grant reference in dom's table.
        ///
        /// `ref` (id 2, u32), required.
        r#ref: u32,
        /// How to map.
        ///
        /// `flags` (id 3, u32), required.
        flags: GntmapFlags,
        /// Guest-physical address to map the frame at (host-map); never a virtual address.
        ///
        /// `host-addr` (id 4, u64), default `0u64` when absent.
        host_addr: u64,
    },
    /// Up to 1024 mappings in one message.
    Batch {
        /// Batch semantics; a host that ignored it could break atomic callers.
        ///
        /// `mode` (id 5, u8), must-understand, default `MapMode(0)` when absent.
        mode: MapMode,
        /// One mapping of the batch; reply entries refer to it by position.
        ///
        /// `entry` (id 6, nest), required, up to 1024.
        entry: hvlink_proto::rt::List<'a, MapEntry>,
    },
}

/// Validation policy of `map-req`.
pub static MAP_REQ_POLICY: c::Policy = c::Policy::new(
    "map-req",
    &[
        c::AttrPolicy::new(1, "dom", c::AttrType::U16),
        c::AttrPolicy::new(2, "ref", c::AttrType::U32),
        c::AttrPolicy::new(3, "flags", c::AttrType::U32).values(c::Values::Mask(0xffff003f)),
        c::AttrPolicy::new(4, "host-addr", c::AttrType::U64),
        c::AttrPolicy::new(5, "mode", c::AttrType::U8).must_understand(),
        c::AttrPolicy::new(6, "entry", c::AttrType::Nested(&MAP_ENTRY_POLICY)).repeated(),
    ],
)
.max_attrs(1157);

/// Descriptor of `map-req`.
pub static MAP_REQ_SET: rt::SetDesc = rt::SetDesc {
    name: "map-req",
    doc: "Request of map_grant_ref - one entry as top-level attributes or a batch of entries.",
    policy: &MAP_REQ_POLICY,
    attrs: &[
        rt::AttrDesc {
            kind: 1,
            name: "dom",
            ty: "u16",
            doc: "Domain that granted the reference.",
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
            kind: 2,
            name: "ref",
            ty: "u32",
            doc: "Grant reference in dom's table.",
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
            kind: 3,
            name: "flags",
            ty: "u32",
            doc: "How to map.",
            required: true,
            max_count: 0,
            must_understand: false,
            since: 1,
            default: None,
            enumeration: Some("gntmap-flags"),
            nested: None,
            form: Some("single"),
            when: None,
        },
        rt::AttrDesc {
            kind: 4,
            name: "host-addr",
            ty: "u64",
            doc: "Guest-physical address to map the frame at (host-map); never a virtual address.",
            required: false,
            max_count: 0,
            must_understand: false,
            since: 1,
            default: Some(0),
            enumeration: None,
            nested: None,
            form: Some("single"),
            when: None,
        },
        rt::AttrDesc {
            kind: 5,
            name: "mode",
            ty: "u8",
            doc: "Batch semantics; a host that ignored it could break atomic callers.",
            required: false,
            max_count: 0,
            must_understand: true,
            since: 1,
            default: Some(0),
            enumeration: Some("map-mode"),
            nested: None,
            form: Some("batch"),
            when: None,
        },
        rt::AttrDesc {
            kind: 6,
            name: "entry",
            ty: "nest",
            doc: "One mapping of the batch; reply entries refer to it by position.",
            required: true,
            max_count: 1024,
            must_understand: false,
            since: 1,
            default: None,
            enumeration: None,
            nested: Some(&MAP_ENTRY_SET),
            form: Some("batch"),
            when: None,
        },
    ],
    forms: &[
        rt::FormDesc {
            name: "single",
            doc: "One mapping; the form a FastABI register call carries.",
        },
        rt::FormDesc {
            name: "batch",
            doc: "Up to 1024 mappings in one message.",
        },
    ],
};

impl<'a> MapReq<'a> {
    /// Validate and decode as [`rt::AttrSet::decode`] does, handing each `entry` to
    /// `each` as it is validated (in message order): the entries are read once, not
    /// decoded again from the list. On an error, `each` has seen those before it.
    pub fn decode_each(attrs: c::Attrs<'a>, each: &mut impl FnMut(MapEntry)) -> c::Result<Self> {
        let container = attrs.offset();
        Self::decode_each_at(attrs, container, each)
    }

    fn decode_each_at(
        attrs: c::Attrs<'a>,
        container: usize,
        each: &mut impl FnMut(MapEntry),
    ) -> c::Result<Self> {
        let all = attrs.clone();
        let mut v_dom: Option<u16> = None;
        let mut v_ref: Option<u32> = None;
        let mut v_flags: Option<GntmapFlags> = None;
        let mut v_host_addr: Option<u64> = None;
        let mut v_mode: Option<MapMode> = None;
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
            v_dom = Some(v);
            rt::seen(&mut forms[0], &a);
        }
        if let Some(a) = walk.expect(0x00020008) {
            count += 1;
            seen |= 0x2;
            let r = rt::int::<u32>(&a)?;
            let v = r;
            v_ref = Some(v);
            rt::seen(&mut forms[0], &a);
        }
        if let Some(a) = walk.expect(0x00030008) {
            count += 1;
            seen |= 0x4;
            let r = rt::int::<u32>(&a)?;
            rt::check_mask(&a, r as i128, 0xffff003f)?;
            let v = GntmapFlags(r);
            v_flags = Some(v);
            rt::seen(&mut forms[0], &a);
        }
        if let Some(a) = walk.expect(0x0004000c) {
            count += 1;
            seen |= 0x8;
            let r = rt::int::<u64>(&a)?;
            let v = r;
            v_host_addr = Some(v);
            rt::seen(&mut forms[0], &a);
        }
        if let Some(a) = walk.expect(0x40050005) {
            count += 1;
            seen |= 0x10;
            let r = rt::int::<u8>(&a)?;
            if !matches!(r as i128, 0..=2) {
                return Err(rt::not_member(a));
            }
            let v = MapMode(r);
            v_mode = Some(v);
            rt::seen(&mut forms[1], &a);
        }
        while let Some(a) = walk.next()? {
            count += 1;
            if count > 1157 {
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
                    rt::seen(&mut forms[0], &a);
                }
                2 => {
                    if seen & 0x2 != 0 {
                        return Err(rt::duplicate(a));
                    }
                    seen |= 0x2;
                    let r = rt::int::<u32>(&a)?;
                    let v = r;
                    v_ref = Some(v);
                    rt::seen(&mut forms[0], &a);
                }
                3 => {
                    if seen & 0x4 != 0 {
                        return Err(rt::duplicate(a));
                    }
                    seen |= 0x4;
                    let r = rt::int::<u32>(&a)?;
                    rt::check_mask(&a, r as i128, 0xffff003f)?;
                    let v = GntmapFlags(r);
                    v_flags = Some(v);
                    rt::seen(&mut forms[0], &a);
                }
                4 => {
                    if seen & 0x8 != 0 {
                        return Err(rt::duplicate(a));
                    }
                    seen |= 0x8;
                    let r = rt::int::<u64>(&a)?;
                    let v = r;
                    v_host_addr = Some(v);
                    rt::seen(&mut forms[0], &a);
                }
                5 => {
                    if seen & 0x10 != 0 {
                        return Err(rt::duplicate(a));
                    }
                    seen |= 0x10;
                    let r = rt::int::<u8>(&a)?;
                    if !matches!(r as i128, 0..=2) {
                        return Err(rt::not_member(a));
                    }
                    let v = MapMode(r);
                    v_mode = Some(v);
                    rt::seen(&mut forms[1], &a);
                }
                6 => {
                    seen |= 0x20;
                    if n_entry >= 1024 {
                        return Err(rt::too_many(a));
                    }
                    let v = rt::nest_from_attr::<MapEntry>(&a)?;
                    each(v);
                    n_entry += 1;
                    rt::seen(&mut forms[1], &a);
                    while count < 1157 && n_entry < 1024 {
                        let Some(v) =
                            rt::run_next::<MapEntry>(&mut walk, &[0x80060028, 0x8006001c])
                        else {
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
        Ok(MapReq {
            form: match form {
                0 => MapReqForm::Single {
                    dom: rt::req(v_dom, container, 1)?,
                    r#ref: rt::req(v_ref, container, 2)?,
                    flags: rt::req(v_flags, container, 3)?,
                    host_addr: v_host_addr.unwrap_or(0u64),
                },
                _ => MapReqForm::Batch {
                    mode: v_mode.unwrap_or(MapMode(0)),
                    entry: rt::req_list(rt::list(&all, 6, n_entry), container, 6)?,
                },
            },
        })
    }
}

impl<'a> rt::AttrSet<'a> for MapReq<'a> {
    const DESC: &'static rt::SetDesc = &MAP_REQ_SET;

    #[inline]
    fn decode_at(attrs: c::Attrs<'a>, container: usize) -> c::Result<Self> {
        Self::decode_each_at(attrs, container, &mut |_| {})
    }

    #[inline]
    fn decode_valid(attrs: c::Attrs<'a>) -> ::core::option::Option<Self> {
        let all = attrs.clone();
        let mut v_dom: Option<u16> = None;
        let mut v_ref: Option<u32> = None;
        let mut v_flags: Option<GntmapFlags> = None;
        let mut v_host_addr: Option<u64> = None;
        let mut v_mode: Option<MapMode> = None;
        let mut n_entry = 0u32;
        let mut forms: [Option<u32>; 2] = [None; 2];
        let mut walk = rt::Walk::new(&attrs);
        if let Some(a) = walk.expect(0x00010006) {
            v_dom = Some(<u16 as rt::WireInt>::from_payload(a.payload())?);
            rt::seen(&mut forms[0], &a);
        }
        if let Some(a) = walk.expect(0x00020008) {
            v_ref = Some(<u32 as rt::WireInt>::from_payload(a.payload())?);
            rt::seen(&mut forms[0], &a);
        }
        if let Some(a) = walk.expect(0x00030008) {
            v_flags = Some(GntmapFlags(<u32 as rt::WireInt>::from_payload(
                a.payload(),
            )?));
            rt::seen(&mut forms[0], &a);
        }
        if let Some(a) = walk.expect(0x0004000c) {
            v_host_addr = Some(<u64 as rt::WireInt>::from_payload(a.payload())?);
            rt::seen(&mut forms[0], &a);
        }
        if let Some(a) = walk.expect(0x40050005) {
            v_mode = Some(MapMode(<u8 as rt::WireInt>::from_payload(a.payload())?));
            rt::seen(&mut forms[1], &a);
        }
        while let Some(a) = walk.next().ok()? {
            match a.kind() {
                1 => {
                    v_dom = Some(<u16 as rt::WireInt>::from_payload(a.payload())?);
                    rt::seen(&mut forms[0], &a);
                }
                2 => {
                    v_ref = Some(<u32 as rt::WireInt>::from_payload(a.payload())?);
                    rt::seen(&mut forms[0], &a);
                }
                3 => {
                    v_flags = Some(GntmapFlags(<u32 as rt::WireInt>::from_payload(
                        a.payload(),
                    )?));
                    rt::seen(&mut forms[0], &a);
                }
                4 => {
                    v_host_addr = Some(<u64 as rt::WireInt>::from_payload(a.payload())?);
                    rt::seen(&mut forms[0], &a);
                }
                5 => {
                    v_mode = Some(MapMode(<u8 as rt::WireInt>::from_payload(a.payload())?));
                    rt::seen(&mut forms[1], &a);
                }
                6 => {
                    n_entry += 1;
                    rt::seen(&mut forms[1], &a);
                }
                _ => {}
            }
        }
        let form = rt::form(&forms, 0, 0).ok()?;
        Some(MapReq {
            form: match form {
                0 => MapReqForm::Single {
                    dom: v_dom?,
                    r#ref: v_ref?,
                    flags: v_flags?,
                    host_addr: v_host_addr.unwrap_or(0u64),
                },
                _ => MapReqForm::Batch {
                    mode: v_mode.unwrap_or(MapMode(0)),
                    entry: rt::list(&all, 6, n_entry),
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
            Some(sp) if sp.kind == 6 => sp,
            _ => return <Self as rt::AttrSet<'a>>::decode_valid(attrs),
        };
        let all = attrs.clone();
        let mut v_dom: Option<u16> = None;
        let mut v_ref: Option<u32> = None;
        let mut v_flags: Option<GntmapFlags> = None;
        let mut v_host_addr: Option<u64> = None;
        let mut v_mode: Option<MapMode> = None;
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
                    v_dom = Some(<u16 as rt::WireInt>::from_payload(a.payload())?);
                    rt::seen(&mut forms[0], &a);
                }
                2 => {
                    v_ref = Some(<u32 as rt::WireInt>::from_payload(a.payload())?);
                    rt::seen(&mut forms[0], &a);
                }
                3 => {
                    v_flags = Some(GntmapFlags(<u32 as rt::WireInt>::from_payload(
                        a.payload(),
                    )?));
                    rt::seen(&mut forms[0], &a);
                }
                4 => {
                    v_host_addr = Some(<u64 as rt::WireInt>::from_payload(a.payload())?);
                    rt::seen(&mut forms[0], &a);
                }
                5 => {
                    v_mode = Some(MapMode(<u8 as rt::WireInt>::from_payload(a.payload())?));
                    rt::seen(&mut forms[1], &a);
                }
                6 => {
                    n_entry += 1;
                    rt::seen(&mut forms[1], &a);
                }
                _ => {}
            }
        }
        let form = rt::form(&forms, 0, 0).ok()?;
        Some(MapReq {
            form: match form {
                0 => MapReqForm::Single {
                    dom: v_dom?,
                    r#ref: v_ref?,
                    flags: v_flags?,
                    host_addr: v_host_addr.unwrap_or(0u64),
                },
                _ => MapReqForm::Batch {
                    mode: v_mode.unwrap_or(MapMode(0)),
                    entry: rt::list(&all, 6, n_entry),
                },
            },
        })
    }

    fn encode<S: c::Sink>(&self, b: &mut c::Builder<S>) -> c::Result<()> {
        match &self.form {
            MapReqForm::Single {
                dom,
                r#ref,
                flags,
                host_addr,
            } => {
                rt::put(b, 1, dom)?;
                rt::put(b, 2, r#ref)?;
                rt::put(b, 3, flags)?;
                rt::put_def(b, 4, host_addr, 0u64)?;
            }
            MapReqForm::Batch { mode, entry } => {
                rt::put_def(b, 0x4005, mode, MapMode(0))?;
                entry.put(b, 6)?;
            }
        }
        Ok(())
    }
}

impl<'a> rt::Elem<'a> for MapReq<'a> {
    #[inline]
    fn from_attr(a: &c::Attr<'a>) -> c::Result<Self> {
        rt::nest_from_attr(a)
    }
    fn put_attr<S: c::Sink>(&self, b: &mut c::Builder<S>, raw_kind: u16) -> c::Result<()> {
        rt::nest_put(self, b, raw_kind)
    }
}

/// One mapping of a map_grant_ref batch.
#[derive(
    ::core::clone::Clone, ::core::marker::Copy, ::core::fmt::Debug, ::core::cmp::PartialEq,
)]
pub struct MapEntry {
    /// Domain that granted the reference.
    ///
    /// `dom` (id 1, u16), required.
    pub dom: u16,
    /// Grant reference in dom's table.
    ///
    /// `ref` (id 2, u32), required.
    pub r#ref: u32,
    /// How to map.
    ///
    /// `flags` (id 3, u32), required.
    pub flags: GntmapFlags,
    /// Guest-physical address to map the frame at (host-map).
    ///
    /// `host-addr` (id 4, u64), default `0u64` when absent.
    pub host_addr: u64,
}

/// Validation policy of `map-entry`.
pub static MAP_ENTRY_POLICY: c::Policy = c::Policy::new(
    "map-entry",
    &[
        c::AttrPolicy::new(1, "dom", c::AttrType::U16).required(),
        c::AttrPolicy::new(2, "ref", c::AttrType::U32).required(),
        c::AttrPolicy::new(3, "flags", c::AttrType::U32)
            .required()
            .values(c::Values::Mask(0xffff003f)),
        c::AttrPolicy::new(4, "host-addr", c::AttrType::U64),
    ],
)
.max_attrs(1024);

/// Descriptor of `map-entry`.
pub static MAP_ENTRY_SET: rt::SetDesc = rt::SetDesc {
    name: "map-entry",
    doc: "One mapping of a map_grant_ref batch.",
    policy: &MAP_ENTRY_POLICY,
    attrs: &[
        rt::AttrDesc {
            kind: 1,
            name: "dom",
            ty: "u16",
            doc: "Domain that granted the reference.",
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
            name: "ref",
            ty: "u32",
            doc: "Grant reference in dom's table.",
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
            name: "flags",
            ty: "u32",
            doc: "How to map.",
            required: true,
            max_count: 0,
            must_understand: false,
            since: 1,
            default: None,
            enumeration: Some("gntmap-flags"),
            nested: None,
            form: None,
            when: None,
        },
        rt::AttrDesc {
            kind: 4,
            name: "host-addr",
            ty: "u64",
            doc: "Guest-physical address to map the frame at (host-map).",
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
    ],
    forms: &[],
};

impl<'a> rt::AttrSet<'a> for MapEntry {
    const DESC: &'static rt::SetDesc = &MAP_ENTRY_SET;

    #[inline(always)]
    fn decode_at(attrs: c::Attrs<'a>, container: usize) -> c::Result<Self> {
        let mut v_dom: Option<u16> = None;
        let mut v_ref: Option<u32> = None;
        let mut v_flags: Option<GntmapFlags> = None;
        let mut v_host_addr: Option<u64> = None;
        let mut seen: u32 = 0;
        let mut count = 0u32;
        'walk: {
            if let Ok(b) = <&[u8; 36]>::try_from(attrs.remaining()) {
                if rt::word(b, 0) == 0x00010006
                    && rt::word(b, 8) == 0x00020008
                    && rt::word(b, 16) == 0x00030008
                    && rt::word(b, 24) == 0x0004000c
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
                        let v = r;
                        v_ref = Some(v);
                    }
                    {
                        let a = c::Attr::new(0x0003, (at + 16) as u32, rt::bytes(b, 20, 4));
                        seen |= 0x4;
                        let r = rt::int::<u32>(&a)?;
                        rt::check_mask(&a, r as i128, 0xffff003f)?;
                        let v = GntmapFlags(r);
                        v_flags = Some(v);
                    }
                    {
                        let a = c::Attr::new(0x0004, (at + 24) as u32, rt::bytes(b, 28, 8));
                        seen |= 0x8;
                        let r = rt::int::<u64>(&a)?;
                        let v = r;
                        v_host_addr = Some(v);
                    }
                    break 'walk;
                }
            }
            if let Ok(b) = <&[u8; 24]>::try_from(attrs.remaining()) {
                if rt::word(b, 0) == 0x00010006
                    && rt::word(b, 8) == 0x00020008
                    && rt::word(b, 16) == 0x00030008
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
                        let v = r;
                        v_ref = Some(v);
                    }
                    {
                        let a = c::Attr::new(0x0003, (at + 16) as u32, rt::bytes(b, 20, 4));
                        seen |= 0x4;
                        let r = rt::int::<u32>(&a)?;
                        rt::check_mask(&a, r as i128, 0xffff003f)?;
                        let v = GntmapFlags(r);
                        v_flags = Some(v);
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
                let v = r;
                v_ref = Some(v);
            }
            if let Some(a) = walk.expect(0x00030008) {
                count += 1;
                seen |= 0x4;
                let r = rt::int::<u32>(&a)?;
                rt::check_mask(&a, r as i128, 0xffff003f)?;
                let v = GntmapFlags(r);
                v_flags = Some(v);
            }
            if let Some(a) = walk.expect(0x0004000c) {
                count += 1;
                seen |= 0x8;
                let r = rt::int::<u64>(&a)?;
                let v = r;
                v_host_addr = Some(v);
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
                        let v = r;
                        v_ref = Some(v);
                    }
                    3 => {
                        if seen & 0x4 != 0 {
                            return Err(rt::duplicate(a));
                        }
                        seen |= 0x4;
                        let r = rt::int::<u32>(&a)?;
                        rt::check_mask(&a, r as i128, 0xffff003f)?;
                        let v = GntmapFlags(r);
                        v_flags = Some(v);
                    }
                    4 => {
                        if seen & 0x8 != 0 {
                            return Err(rt::duplicate(a));
                        }
                        seen |= 0x8;
                        let r = rt::int::<u64>(&a)?;
                        let v = r;
                        v_host_addr = Some(v);
                    }
                    _ => rt::unknown(&a)?,
                }
            }
        }
        if seen & 0x7 != 0x7 {
            return Err(rt::missing(container, (0x7 & !seen) as u128, &[1, 2, 3, 4]));
        }
        Ok(MapEntry {
            dom: rt::req(v_dom, container, 1)?,
            r#ref: rt::req(v_ref, container, 2)?,
            flags: rt::req(v_flags, container, 3)?,
            host_addr: v_host_addr.unwrap_or(0u64),
        })
    }

    #[inline]
    fn decode_valid(attrs: c::Attrs<'a>) -> ::core::option::Option<Self> {
        let mut v_dom: Option<u16> = None;
        let mut v_ref: Option<u32> = None;
        let mut v_flags: Option<GntmapFlags> = None;
        let mut v_host_addr: Option<u64> = None;
        let mut walk = rt::Walk::new(&attrs);
        if let Some(a) = walk.expect(0x00010006) {
            v_dom = Some(<u16 as rt::WireInt>::from_payload(a.payload())?);
        }
        if let Some(a) = walk.expect(0x00020008) {
            v_ref = Some(<u32 as rt::WireInt>::from_payload(a.payload())?);
        }
        if let Some(a) = walk.expect(0x00030008) {
            v_flags = Some(GntmapFlags(<u32 as rt::WireInt>::from_payload(
                a.payload(),
            )?));
        }
        if let Some(a) = walk.expect(0x0004000c) {
            v_host_addr = Some(<u64 as rt::WireInt>::from_payload(a.payload())?);
        }
        while let Some(a) = walk.next().ok()? {
            match a.kind() {
                1 => {
                    v_dom = Some(<u16 as rt::WireInt>::from_payload(a.payload())?);
                }
                2 => {
                    v_ref = Some(<u32 as rt::WireInt>::from_payload(a.payload())?);
                }
                3 => {
                    v_flags = Some(GntmapFlags(<u32 as rt::WireInt>::from_payload(
                        a.payload(),
                    )?));
                }
                4 => {
                    v_host_addr = Some(<u64 as rt::WireInt>::from_payload(a.payload())?);
                }
                _ => {}
            }
        }
        Some(MapEntry {
            dom: v_dom?,
            r#ref: v_ref?,
            flags: v_flags?,
            host_addr: v_host_addr.unwrap_or(0u64),
        })
    }

    fn encode<S: c::Sink>(&self, b: &mut c::Builder<S>) -> c::Result<()> {
        rt::put(b, 1, &self.dom)?;
        rt::put(b, 2, &self.r#ref)?;
        rt::put(b, 3, &self.flags)?;
        rt::put_def(b, 4, &self.host_addr, 0u64)?;
        Ok(())
    }
}

impl<'a> rt::Elem<'a> for MapEntry {
    #[inline]
    fn from_attr(a: &c::Attr<'a>) -> c::Result<Self> {
        rt::nest_from_attr(a)
    }
    #[inline]
    fn from_valid(a: &c::Attr<'a>) -> Option<Self> {
        <Self as rt::AttrSet<'a>>::decode_valid(a.nested())
    }
    fn put_attr<S: c::Sink>(&self, b: &mut c::Builder<S>, raw_kind: u16) -> c::Result<()> {
        rt::FixedNest::<44>::put(b, raw_kind, |w| {
            w.int(0x00010006, 2, rt::Scalar::to_reg(self.dom));
            w.int(0x00020008, 4, rt::Scalar::to_reg(self.r#ref));
            w.int(0x00030008, 4, rt::Scalar::to_reg(self.flags));
            if self.host_addr != 0u64 {
                w.int(0x0004000c, 8, rt::Scalar::to_reg(self.host_addr));
            }
        })
    }
}

/// Reply of map_grant_ref, in the form of the request.
#[derive(
    ::core::clone::Clone, ::core::marker::Copy, ::core::fmt::Debug, ::core::cmp::PartialEq,
)]
pub struct MapReply<'a> {
    /// The form of the message and its attributes (exactly one form is present).
    pub form: MapReplyForm<'a>,
}

/// The forms of [`MapReply`].
#[derive(
    ::core::clone::Clone, ::core::marker::Copy, ::core::fmt::Debug, ::core::cmp::PartialEq,
)]
pub enum MapReplyForm<'a> {
    /// Result of a single mapping.
    Single {
        /// Result of the mapping.
        ///
        /// `status` (id 1, s16), required.
        status: Gntst,
        /// Tracking handle to present to unmap.
        ///
        /// `handle` (id 2, u32), only when `status` is okay.
        handle: Option<u32>,
        /// Address devices use to reach the frame (device-map only).
        ///
        /// `dev-bus-addr` (id 3, u64), only when `status` is okay.
        dev_bus_addr: Option<u64>,
    },
    /// One result per request entry.
    Batch {
        /// Result of one request entry.
        ///
        /// `entry` (id 4, nest), required, up to 1024.
        entry: hvlink_proto::rt::List<'a, MapReplyEntry>,
    },
}

/// Validation policy of `map-reply`.
pub static MAP_REPLY_POLICY: c::Policy = c::Policy::new(
    "map-reply",
    &[
        c::AttrPolicy::new(1, "status", c::AttrType::S16),
        c::AttrPolicy::new(2, "handle", c::AttrType::U32),
        c::AttrPolicy::new(3, "dev-bus-addr", c::AttrType::U64),
        c::AttrPolicy::new(4, "entry", c::AttrType::Nested(&MAP_REPLY_ENTRY_POLICY)).repeated(),
    ],
)
.max_attrs(1155);

/// Descriptor of `map-reply`.
pub static MAP_REPLY_SET: rt::SetDesc = rt::SetDesc {
    name: "map-reply",
    doc: "Reply of map_grant_ref, in the form of the request.",
    policy: &MAP_REPLY_POLICY,
    attrs: &[
        rt::AttrDesc {
            kind: 1,
            name: "status",
            ty: "s16",
            doc: "Result of the mapping.",
            required: true,
            max_count: 0,
            must_understand: false,
            since: 1,
            default: None,
            enumeration: Some("gntst"),
            nested: None,
            form: Some("single"),
            when: None,
        },
        rt::AttrDesc {
            kind: 2,
            name: "handle",
            ty: "u32",
            doc: "Tracking handle to present to unmap.",
            required: false,
            max_count: 0,
            must_understand: false,
            since: 1,
            default: None,
            enumeration: None,
            nested: None,
            form: Some("single"),
            when: Some((1, &[0])),
        },
        rt::AttrDesc {
            kind: 3,
            name: "dev-bus-addr",
            ty: "u64",
            doc: "Address devices use to reach the frame (device-map only).",
            required: false,
            max_count: 0,
            must_understand: false,
            since: 1,
            default: None,
            enumeration: None,
            nested: None,
            form: Some("single"),
            when: Some((1, &[0])),
        },
        rt::AttrDesc {
            kind: 4,
            name: "entry",
            ty: "nest",
            doc: "Result of one request entry.",
            required: true,
            max_count: 1024,
            must_understand: false,
            since: 1,
            default: None,
            enumeration: None,
            nested: Some(&MAP_REPLY_ENTRY_SET),
            form: Some("batch"),
            when: None,
        },
    ],
    forms: &[
        rt::FormDesc {
            name: "single",
            doc: "Result of a single mapping.",
        },
        rt::FormDesc {
            name: "batch",
            doc: "One result per request entry.",
        },
    ],
};

impl<'a> MapReply<'a> {
    /// Validate and decode as [`rt::AttrSet::decode`] does, handing each `entry` to
    /// `each` as it is validated (in message order): the results are read once, not
    /// decoded again from the list. On an error, `each` has seen those before it.
    pub fn decode_each(
        attrs: c::Attrs<'a>,
        each: &mut impl FnMut(MapReplyEntry),
    ) -> c::Result<Self> {
        let container = attrs.offset();
        Self::decode_each_at(attrs, container, each)
    }

    fn decode_each_at(
        attrs: c::Attrs<'a>,
        container: usize,
        each: &mut impl FnMut(MapReplyEntry),
    ) -> c::Result<Self> {
        let all = attrs.clone();
        let mut v_status: Option<Gntst> = None;
        let mut v_handle: Option<u32> = None;
        let mut at_handle = 0u32;
        let mut v_dev_bus_addr: Option<u64> = None;
        let mut at_dev_bus_addr = 0u32;
        let mut n_entry = 0u32;
        let mut forms: [Option<u32>; 2] = [None; 2];
        let mut seen: u32 = 0;
        let mut count = 0u32;
        let mut walk = rt::Walk::new(&attrs);
        if let Some(a) = walk.expect(0x00010006) {
            count += 1;
            seen |= 0x1;
            let r = rt::int::<i16>(&a)?;
            let v = Gntst(r);
            v_status = Some(v);
            rt::seen(&mut forms[0], &a);
        }
        if let Some(a) = walk.expect(0x00020008) {
            count += 1;
            seen |= 0x2;
            let r = rt::int::<u32>(&a)?;
            let v = r;
            v_handle = Some(v);
            at_handle = a.offset();
            rt::seen(&mut forms[0], &a);
        }
        if let Some(a) = walk.expect(0x0003000c) {
            count += 1;
            seen |= 0x4;
            let r = rt::int::<u64>(&a)?;
            let v = r;
            v_dev_bus_addr = Some(v);
            at_dev_bus_addr = a.offset();
            rt::seen(&mut forms[0], &a);
        }
        while let Some(a) = walk.next()? {
            count += 1;
            if count > 1155 {
                return Err(rt::too_many(a));
            }
            match a.kind() {
                1 => {
                    if seen & 0x1 != 0 {
                        return Err(rt::duplicate(a));
                    }
                    seen |= 0x1;
                    let r = rt::int::<i16>(&a)?;
                    let v = Gntst(r);
                    v_status = Some(v);
                    rt::seen(&mut forms[0], &a);
                }
                2 => {
                    if seen & 0x2 != 0 {
                        return Err(rt::duplicate(a));
                    }
                    seen |= 0x2;
                    let r = rt::int::<u32>(&a)?;
                    let v = r;
                    v_handle = Some(v);
                    at_handle = a.offset();
                    rt::seen(&mut forms[0], &a);
                }
                3 => {
                    if seen & 0x4 != 0 {
                        return Err(rt::duplicate(a));
                    }
                    seen |= 0x4;
                    let r = rt::int::<u64>(&a)?;
                    let v = r;
                    v_dev_bus_addr = Some(v);
                    at_dev_bus_addr = a.offset();
                    rt::seen(&mut forms[0], &a);
                }
                4 => {
                    seen |= 0x8;
                    if n_entry >= 1024 {
                        return Err(rt::too_many(a));
                    }
                    let v = rt::nest_from_attr::<MapReplyEntry>(&a)?;
                    each(v);
                    n_entry += 1;
                    rt::seen(&mut forms[1], &a);
                    while count < 1155 && n_entry < 1024 {
                        let Some(v) = rt::run_next::<MapReplyEntry>(
                            &mut walk,
                            &[0x80040028, 0x80040020, 0x8004001c, 0x80040014],
                        ) else {
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
        if v_handle.is_some() && !rt::holds(v_status.map(rt::Scalar::to_i128), &[0]) {
            return Err(rt::when_error(at_handle, 2));
        }
        if v_dev_bus_addr.is_some() && !rt::holds(v_status.map(rt::Scalar::to_i128), &[0]) {
            return Err(rt::when_error(at_dev_bus_addr, 3));
        }
        Ok(MapReply {
            form: match form {
                0 => MapReplyForm::Single {
                    status: rt::req(v_status, container, 1)?,
                    handle: v_handle,
                    dev_bus_addr: v_dev_bus_addr,
                },
                _ => MapReplyForm::Batch {
                    entry: rt::req_list(rt::list(&all, 4, n_entry), container, 4)?,
                },
            },
        })
    }
}

impl<'a> rt::AttrSet<'a> for MapReply<'a> {
    const DESC: &'static rt::SetDesc = &MAP_REPLY_SET;

    #[inline]
    fn decode_at(attrs: c::Attrs<'a>, container: usize) -> c::Result<Self> {
        Self::decode_each_at(attrs, container, &mut |_| {})
    }

    #[inline]
    fn decode_valid(attrs: c::Attrs<'a>) -> ::core::option::Option<Self> {
        let all = attrs.clone();
        let mut v_status: Option<Gntst> = None;
        let mut v_handle: Option<u32> = None;
        let mut v_dev_bus_addr: Option<u64> = None;
        let mut n_entry = 0u32;
        let mut forms: [Option<u32>; 2] = [None; 2];
        let mut walk = rt::Walk::new(&attrs);
        if let Some(a) = walk.expect(0x00010006) {
            v_status = Some(Gntst(<i16 as rt::WireInt>::from_payload(a.payload())?));
            rt::seen(&mut forms[0], &a);
        }
        if let Some(a) = walk.expect(0x00020008) {
            v_handle = Some(<u32 as rt::WireInt>::from_payload(a.payload())?);
            rt::seen(&mut forms[0], &a);
        }
        if let Some(a) = walk.expect(0x0003000c) {
            v_dev_bus_addr = Some(<u64 as rt::WireInt>::from_payload(a.payload())?);
            rt::seen(&mut forms[0], &a);
        }
        while let Some(a) = walk.next().ok()? {
            match a.kind() {
                1 => {
                    v_status = Some(Gntst(<i16 as rt::WireInt>::from_payload(a.payload())?));
                    rt::seen(&mut forms[0], &a);
                }
                2 => {
                    v_handle = Some(<u32 as rt::WireInt>::from_payload(a.payload())?);
                    rt::seen(&mut forms[0], &a);
                }
                3 => {
                    v_dev_bus_addr = Some(<u64 as rt::WireInt>::from_payload(a.payload())?);
                    rt::seen(&mut forms[0], &a);
                }
                4 => {
                    n_entry += 1;
                    rt::seen(&mut forms[1], &a);
                }
                _ => {}
            }
        }
        let form = rt::form(&forms, 0, 0).ok()?;
        Some(MapReply {
            form: match form {
                0 => MapReplyForm::Single {
                    status: v_status?,
                    handle: v_handle,
                    dev_bus_addr: v_dev_bus_addr,
                },
                _ => MapReplyForm::Batch {
                    entry: rt::list(&all, 4, n_entry),
                },
            },
        })
    }

    fn encode<S: c::Sink>(&self, b: &mut c::Builder<S>) -> c::Result<()> {
        match &self.form {
            MapReplyForm::Single {
                status,
                handle,
                dev_bus_addr,
            } => {
                rt::put(b, 1, status)?;
                rt::put_opt(b, 2, handle)?;
                rt::put_opt(b, 3, dev_bus_addr)?;
            }
            MapReplyForm::Batch { entry } => {
                entry.put(b, 4)?;
            }
        }
        Ok(())
    }
}

impl<'a> rt::Elem<'a> for MapReply<'a> {
    #[inline]
    fn from_attr(a: &c::Attr<'a>) -> c::Result<Self> {
        rt::nest_from_attr(a)
    }
    fn put_attr<S: c::Sink>(&self, b: &mut c::Builder<S>, raw_kind: u16) -> c::Result<()> {
        rt::nest_put(self, b, raw_kind)
    }
}

/// Result of one entry of a map_grant_ref batch.
#[derive(
    ::core::clone::Clone, ::core::marker::Copy, ::core::fmt::Debug, ::core::cmp::PartialEq,
)]
pub struct MapReplyEntry {
    /// Position of the request entry (0-based), so partial and resumed replies stay unambiguous.
    ///
    /// `index` (id 1, u32), required.
    pub index: u32,
    /// Result of this entry.
    ///
    /// `status` (id 2, s16), required.
    pub status: Gntst,
    /// Tracking handle to present to unmap.
    ///
    /// `handle` (id 3, u32), only when `status` is okay.
    pub handle: Option<u32>,
    /// Address devices use to reach the frame (device-map only).
    ///
    /// `dev-bus-addr` (id 4, u64), only when `status` is okay.
    pub dev_bus_addr: Option<u64>,
}

/// Validation policy of `map-reply-entry`.
pub static MAP_REPLY_ENTRY_POLICY: c::Policy = c::Policy::new(
    "map-reply-entry",
    &[
        c::AttrPolicy::new(1, "index", c::AttrType::U32).required(),
        c::AttrPolicy::new(2, "status", c::AttrType::S16).required(),
        c::AttrPolicy::new(3, "handle", c::AttrType::U32),
        c::AttrPolicy::new(4, "dev-bus-addr", c::AttrType::U64),
    ],
)
.max_attrs(1024);

/// Descriptor of `map-reply-entry`.
pub static MAP_REPLY_ENTRY_SET: rt::SetDesc = rt::SetDesc {
    name: "map-reply-entry",
    doc: "Result of one entry of a map_grant_ref batch.",
    policy: &MAP_REPLY_ENTRY_POLICY,
    attrs: &[
        rt::AttrDesc {
            kind: 1,
            name: "index",
            ty: "u32",
            doc: "Position of the request entry (0-based), so partial and resumed replies stay unambiguous.",
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
            doc: "Result of this entry.",
            required: true,
            max_count: 0,
            must_understand: false,
            since: 1,
            default: None,
            enumeration: Some("gntst"),
            nested: None,
            form: None,
            when: None,
        },
        rt::AttrDesc {
            kind: 3,
            name: "handle",
            ty: "u32",
            doc: "Tracking handle to present to unmap.",
            required: false,
            max_count: 0,
            must_understand: false,
            since: 1,
            default: None,
            enumeration: None,
            nested: None,
            form: None,
            when: Some((2, &[0])),
        },
        rt::AttrDesc {
            kind: 4,
            name: "dev-bus-addr",
            ty: "u64",
            doc: "Address devices use to reach the frame (device-map only).",
            required: false,
            max_count: 0,
            must_understand: false,
            since: 1,
            default: None,
            enumeration: None,
            nested: None,
            form: None,
            when: Some((2, &[0])),
        },
    ],
    forms: &[
    ],
};

impl<'a> rt::AttrSet<'a> for MapReplyEntry {
    const DESC: &'static rt::SetDesc = &MAP_REPLY_ENTRY_SET;

    #[inline(always)]
    fn decode_at(attrs: c::Attrs<'a>, container: usize) -> c::Result<Self> {
        let mut v_index: Option<u32> = None;
        let mut v_status: Option<Gntst> = None;
        let mut v_handle: Option<u32> = None;
        let mut at_handle = 0u32;
        let mut v_dev_bus_addr: Option<u64> = None;
        let mut at_dev_bus_addr = 0u32;
        let mut seen: u32 = 0;
        let mut count = 0u32;
        'walk: {
            if let Ok(b) = <&[u8; 36]>::try_from(attrs.remaining()) {
                if rt::word(b, 0) == 0x00010008
                    && rt::word(b, 8) == 0x00020006
                    && rt::word(b, 16) == 0x00030008
                    && rt::word(b, 24) == 0x0004000c
                {
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
                        let v = Gntst(r);
                        v_status = Some(v);
                    }
                    {
                        let a = c::Attr::new(0x0003, (at + 16) as u32, rt::bytes(b, 20, 4));
                        seen |= 0x4;
                        let r = rt::int::<u32>(&a)?;
                        let v = r;
                        v_handle = Some(v);
                        at_handle = a.offset();
                    }
                    {
                        let a = c::Attr::new(0x0004, (at + 24) as u32, rt::bytes(b, 28, 8));
                        seen |= 0x8;
                        let r = rt::int::<u64>(&a)?;
                        let v = r;
                        v_dev_bus_addr = Some(v);
                        at_dev_bus_addr = a.offset();
                    }
                    break 'walk;
                }
            }
            if let Ok(b) = <&[u8; 28]>::try_from(attrs.remaining()) {
                if rt::word(b, 0) == 0x00010008
                    && rt::word(b, 8) == 0x00020006
                    && rt::word(b, 16) == 0x0004000c
                {
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
                        let v = Gntst(r);
                        v_status = Some(v);
                    }
                    {
                        let a = c::Attr::new(0x0004, (at + 16) as u32, rt::bytes(b, 20, 8));
                        seen |= 0x8;
                        let r = rt::int::<u64>(&a)?;
                        let v = r;
                        v_dev_bus_addr = Some(v);
                        at_dev_bus_addr = a.offset();
                    }
                    break 'walk;
                }
            }
            if let Ok(b) = <&[u8; 24]>::try_from(attrs.remaining()) {
                if rt::word(b, 0) == 0x00010008
                    && rt::word(b, 8) == 0x00020006
                    && rt::word(b, 16) == 0x00030008
                {
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
                        let v = Gntst(r);
                        v_status = Some(v);
                    }
                    {
                        let a = c::Attr::new(0x0003, (at + 16) as u32, rt::bytes(b, 20, 4));
                        seen |= 0x4;
                        let r = rt::int::<u32>(&a)?;
                        let v = r;
                        v_handle = Some(v);
                        at_handle = a.offset();
                    }
                    break 'walk;
                }
            }
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
                        let v = Gntst(r);
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
                let v = Gntst(r);
                v_status = Some(v);
            }
            if let Some(a) = walk.expect(0x00030008) {
                count += 1;
                seen |= 0x4;
                let r = rt::int::<u32>(&a)?;
                let v = r;
                v_handle = Some(v);
                at_handle = a.offset();
            }
            if let Some(a) = walk.expect(0x0004000c) {
                count += 1;
                seen |= 0x8;
                let r = rt::int::<u64>(&a)?;
                let v = r;
                v_dev_bus_addr = Some(v);
                at_dev_bus_addr = a.offset();
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
                        let v = Gntst(r);
                        v_status = Some(v);
                    }
                    3 => {
                        if seen & 0x4 != 0 {
                            return Err(rt::duplicate(a));
                        }
                        seen |= 0x4;
                        let r = rt::int::<u32>(&a)?;
                        let v = r;
                        v_handle = Some(v);
                        at_handle = a.offset();
                    }
                    4 => {
                        if seen & 0x8 != 0 {
                            return Err(rt::duplicate(a));
                        }
                        seen |= 0x8;
                        let r = rt::int::<u64>(&a)?;
                        let v = r;
                        v_dev_bus_addr = Some(v);
                        at_dev_bus_addr = a.offset();
                    }
                    _ => rt::unknown(&a)?,
                }
            }
        }
        if seen & 0x3 != 0x3 {
            return Err(rt::missing(container, (0x3 & !seen) as u128, &[1, 2, 3, 4]));
        }
        if v_handle.is_some() && !rt::holds(v_status.map(rt::Scalar::to_i128), &[0]) {
            return Err(rt::when_error(at_handle, 3));
        }
        if v_dev_bus_addr.is_some() && !rt::holds(v_status.map(rt::Scalar::to_i128), &[0]) {
            return Err(rt::when_error(at_dev_bus_addr, 4));
        }
        Ok(MapReplyEntry {
            index: rt::req(v_index, container, 1)?,
            status: rt::req(v_status, container, 2)?,
            handle: v_handle,
            dev_bus_addr: v_dev_bus_addr,
        })
    }

    #[inline]
    fn decode_valid(attrs: c::Attrs<'a>) -> ::core::option::Option<Self> {
        let mut v_index: Option<u32> = None;
        let mut v_status: Option<Gntst> = None;
        let mut v_handle: Option<u32> = None;
        let mut v_dev_bus_addr: Option<u64> = None;
        let mut walk = rt::Walk::new(&attrs);
        if let Some(a) = walk.expect(0x00010008) {
            v_index = Some(<u32 as rt::WireInt>::from_payload(a.payload())?);
        }
        if let Some(a) = walk.expect(0x00020006) {
            v_status = Some(Gntst(<i16 as rt::WireInt>::from_payload(a.payload())?));
        }
        if let Some(a) = walk.expect(0x00030008) {
            v_handle = Some(<u32 as rt::WireInt>::from_payload(a.payload())?);
        }
        if let Some(a) = walk.expect(0x0004000c) {
            v_dev_bus_addr = Some(<u64 as rt::WireInt>::from_payload(a.payload())?);
        }
        while let Some(a) = walk.next().ok()? {
            match a.kind() {
                1 => {
                    v_index = Some(<u32 as rt::WireInt>::from_payload(a.payload())?);
                }
                2 => {
                    v_status = Some(Gntst(<i16 as rt::WireInt>::from_payload(a.payload())?));
                }
                3 => {
                    v_handle = Some(<u32 as rt::WireInt>::from_payload(a.payload())?);
                }
                4 => {
                    v_dev_bus_addr = Some(<u64 as rt::WireInt>::from_payload(a.payload())?);
                }
                _ => {}
            }
        }
        Some(MapReplyEntry {
            index: v_index?,
            status: v_status?,
            handle: v_handle,
            dev_bus_addr: v_dev_bus_addr,
        })
    }

    fn encode<S: c::Sink>(&self, b: &mut c::Builder<S>) -> c::Result<()> {
        rt::put(b, 1, &self.index)?;
        rt::put(b, 2, &self.status)?;
        rt::put_opt(b, 3, &self.handle)?;
        rt::put_opt(b, 4, &self.dev_bus_addr)?;
        Ok(())
    }
}

impl<'a> rt::Elem<'a> for MapReplyEntry {
    #[inline]
    fn from_attr(a: &c::Attr<'a>) -> c::Result<Self> {
        rt::nest_from_attr(a)
    }
    #[inline]
    fn from_valid(a: &c::Attr<'a>) -> Option<Self> {
        <Self as rt::AttrSet<'a>>::decode_valid(a.nested())
    }
    fn put_attr<S: c::Sink>(&self, b: &mut c::Builder<S>, raw_kind: u16) -> c::Result<()> {
        rt::FixedNest::<44>::put(b, raw_kind, |w| {
            w.int(0x00010008, 4, rt::Scalar::to_reg(self.index));
            w.int(0x00020006, 2, rt::Scalar::to_reg(self.status));
            if let Some(v) = self.handle {
                w.int(0x00030008, 4, rt::Scalar::to_reg(v));
            }
            if let Some(v) = self.dev_bus_addr {
                w.int(0x0004000c, 8, rt::Scalar::to_reg(v));
            }
        })
    }
}

/// Request of unmap_grant_ref - one entry as top-level attributes or a batch of entries.
#[derive(
    ::core::clone::Clone, ::core::marker::Copy, ::core::fmt::Debug, ::core::cmp::PartialEq,
)]
pub struct UnmapReq<'a> {
    /// The form of the message and its attributes (exactly one form is present).
    pub form: UnmapReqForm<'a>,
}

/// The forms of [`UnmapReq`].
#[derive(
    ::core::clone::Clone, ::core::marker::Copy, ::core::fmt::Debug, ::core::cmp::PartialEq,
)]
pub enum UnmapReqForm<'a> {
    /// One unmapping; the form a FastABI register call carries.
    Single {
        /// Guest-physical address of the host mapping to remove; 0 to leave it.
        ///
        /// `host-addr` (id 1, u64), default `0u64` when absent.
        host_addr: u64,
        /// Device address of the mapping to remove; 0 to leave it.
        ///
        /// `dev-bus-addr` (id 2, u64), default `0u64` when absent.
        dev_bus_addr: u64,
        /// Handle returned by map_grant_ref.
        ///
        /// `handle` (id 3, u32), required.
        handle: u32,
    },
    /// Up to 1024 unmappings in one message.
    Batch {
        /// Batch semantics.
        ///
        /// `mode` (id 4, u8), must-understand, default `BatchMode(0)` when absent.
        mode: BatchMode,
        /// One unmapping of the batch.
        ///
        /// `entry` (id 5, nest), required, up to 1024.
        entry: hvlink_proto::rt::List<'a, UnmapEntry>,
    },
}

/// Validation policy of `unmap-req`.
pub static UNMAP_REQ_POLICY: c::Policy = c::Policy::new(
    "unmap-req",
    &[
        c::AttrPolicy::new(1, "host-addr", c::AttrType::U64),
        c::AttrPolicy::new(2, "dev-bus-addr", c::AttrType::U64),
        c::AttrPolicy::new(3, "handle", c::AttrType::U32),
        c::AttrPolicy::new(4, "mode", c::AttrType::U8).must_understand(),
        c::AttrPolicy::new(5, "entry", c::AttrType::Nested(&UNMAP_ENTRY_POLICY)).repeated(),
    ],
)
.max_attrs(1156);

/// Descriptor of `unmap-req`.
pub static UNMAP_REQ_SET: rt::SetDesc = rt::SetDesc {
    name: "unmap-req",
    doc: "Request of unmap_grant_ref - one entry as top-level attributes or a batch of entries.",
    policy: &UNMAP_REQ_POLICY,
    attrs: &[
        rt::AttrDesc {
            kind: 1,
            name: "host-addr",
            ty: "u64",
            doc: "Guest-physical address of the host mapping to remove; 0 to leave it.",
            required: false,
            max_count: 0,
            must_understand: false,
            since: 1,
            default: Some(0),
            enumeration: None,
            nested: None,
            form: Some("single"),
            when: None,
        },
        rt::AttrDesc {
            kind: 2,
            name: "dev-bus-addr",
            ty: "u64",
            doc: "Device address of the mapping to remove; 0 to leave it.",
            required: false,
            max_count: 0,
            must_understand: false,
            since: 1,
            default: Some(0),
            enumeration: None,
            nested: None,
            form: Some("single"),
            when: None,
        },
        rt::AttrDesc {
            kind: 3,
            name: "handle",
            ty: "u32",
            doc: "Handle returned by map_grant_ref.",
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
            enumeration: Some("batch-mode"),
            nested: None,
            form: Some("batch"),
            when: None,
        },
        rt::AttrDesc {
            kind: 5,
            name: "entry",
            ty: "nest",
            doc: "One unmapping of the batch.",
            required: true,
            max_count: 1024,
            must_understand: false,
            since: 1,
            default: None,
            enumeration: None,
            nested: Some(&UNMAP_ENTRY_SET),
            form: Some("batch"),
            when: None,
        },
    ],
    forms: &[
        rt::FormDesc {
            name: "single",
            doc: "One unmapping; the form a FastABI register call carries.",
        },
        rt::FormDesc {
            name: "batch",
            doc: "Up to 1024 unmappings in one message.",
        },
    ],
};

impl<'a> UnmapReq<'a> {
    /// Validate and decode as [`rt::AttrSet::decode`] does, handing each `entry` to
    /// `each` as it is validated (in message order): the entries are read once, not
    /// decoded again from the list. On an error, `each` has seen those before it.
    pub fn decode_each(attrs: c::Attrs<'a>, each: &mut impl FnMut(UnmapEntry)) -> c::Result<Self> {
        let container = attrs.offset();
        Self::decode_each_at(attrs, container, each)
    }

    fn decode_each_at(
        attrs: c::Attrs<'a>,
        container: usize,
        each: &mut impl FnMut(UnmapEntry),
    ) -> c::Result<Self> {
        let all = attrs.clone();
        let mut v_host_addr: Option<u64> = None;
        let mut v_dev_bus_addr: Option<u64> = None;
        let mut v_handle: Option<u32> = None;
        let mut v_mode: Option<BatchMode> = None;
        let mut n_entry = 0u32;
        let mut forms: [Option<u32>; 2] = [None; 2];
        let mut seen: u32 = 0;
        let mut count = 0u32;
        let mut walk = rt::Walk::new(&attrs);
        if let Some(a) = walk.expect(0x0001000c) {
            count += 1;
            seen |= 0x1;
            let r = rt::int::<u64>(&a)?;
            let v = r;
            v_host_addr = Some(v);
            rt::seen(&mut forms[0], &a);
        }
        if let Some(a) = walk.expect(0x0002000c) {
            count += 1;
            seen |= 0x2;
            let r = rt::int::<u64>(&a)?;
            let v = r;
            v_dev_bus_addr = Some(v);
            rt::seen(&mut forms[0], &a);
        }
        if let Some(a) = walk.expect(0x00030008) {
            count += 1;
            seen |= 0x4;
            let r = rt::int::<u32>(&a)?;
            let v = r;
            v_handle = Some(v);
            rt::seen(&mut forms[0], &a);
        }
        if let Some(a) = walk.expect(0x40040005) {
            count += 1;
            seen |= 0x8;
            let r = rt::int::<u8>(&a)?;
            if !matches!(r as i128, 0..=1) {
                return Err(rt::not_member(a));
            }
            let v = BatchMode(r);
            v_mode = Some(v);
            rt::seen(&mut forms[1], &a);
        }
        while let Some(a) = walk.next()? {
            count += 1;
            if count > 1156 {
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
                    v_host_addr = Some(v);
                    rt::seen(&mut forms[0], &a);
                }
                2 => {
                    if seen & 0x2 != 0 {
                        return Err(rt::duplicate(a));
                    }
                    seen |= 0x2;
                    let r = rt::int::<u64>(&a)?;
                    let v = r;
                    v_dev_bus_addr = Some(v);
                    rt::seen(&mut forms[0], &a);
                }
                3 => {
                    if seen & 0x4 != 0 {
                        return Err(rt::duplicate(a));
                    }
                    seen |= 0x4;
                    let r = rt::int::<u32>(&a)?;
                    let v = r;
                    v_handle = Some(v);
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
                    let v = BatchMode(r);
                    v_mode = Some(v);
                    rt::seen(&mut forms[1], &a);
                }
                5 => {
                    seen |= 0x10;
                    if n_entry >= 1024 {
                        return Err(rt::too_many(a));
                    }
                    let v = rt::nest_from_attr::<UnmapEntry>(&a)?;
                    each(v);
                    n_entry += 1;
                    rt::seen(&mut forms[1], &a);
                    while count < 1156 && n_entry < 1024 {
                        let Some(v) = rt::run_next::<UnmapEntry>(
                            &mut walk,
                            &[0x80050024, 0x80050018, 0x80050018, 0x8005000c],
                        ) else {
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
        let form = rt::form(&forms, container, 3)?;
        Ok(UnmapReq {
            form: match form {
                0 => UnmapReqForm::Single {
                    host_addr: v_host_addr.unwrap_or(0u64),
                    dev_bus_addr: v_dev_bus_addr.unwrap_or(0u64),
                    handle: rt::req(v_handle, container, 3)?,
                },
                _ => UnmapReqForm::Batch {
                    mode: v_mode.unwrap_or(BatchMode(0)),
                    entry: rt::req_list(rt::list(&all, 5, n_entry), container, 5)?,
                },
            },
        })
    }
}

impl<'a> rt::AttrSet<'a> for UnmapReq<'a> {
    const DESC: &'static rt::SetDesc = &UNMAP_REQ_SET;

    #[inline]
    fn decode_at(attrs: c::Attrs<'a>, container: usize) -> c::Result<Self> {
        Self::decode_each_at(attrs, container, &mut |_| {})
    }

    #[inline]
    fn decode_valid(attrs: c::Attrs<'a>) -> ::core::option::Option<Self> {
        let all = attrs.clone();
        let mut v_host_addr: Option<u64> = None;
        let mut v_dev_bus_addr: Option<u64> = None;
        let mut v_handle: Option<u32> = None;
        let mut v_mode: Option<BatchMode> = None;
        let mut n_entry = 0u32;
        let mut forms: [Option<u32>; 2] = [None; 2];
        let mut walk = rt::Walk::new(&attrs);
        if let Some(a) = walk.expect(0x0001000c) {
            v_host_addr = Some(<u64 as rt::WireInt>::from_payload(a.payload())?);
            rt::seen(&mut forms[0], &a);
        }
        if let Some(a) = walk.expect(0x0002000c) {
            v_dev_bus_addr = Some(<u64 as rt::WireInt>::from_payload(a.payload())?);
            rt::seen(&mut forms[0], &a);
        }
        if let Some(a) = walk.expect(0x00030008) {
            v_handle = Some(<u32 as rt::WireInt>::from_payload(a.payload())?);
            rt::seen(&mut forms[0], &a);
        }
        if let Some(a) = walk.expect(0x40040005) {
            v_mode = Some(BatchMode(<u8 as rt::WireInt>::from_payload(a.payload())?));
            rt::seen(&mut forms[1], &a);
        }
        while let Some(a) = walk.next().ok()? {
            match a.kind() {
                1 => {
                    v_host_addr = Some(<u64 as rt::WireInt>::from_payload(a.payload())?);
                    rt::seen(&mut forms[0], &a);
                }
                2 => {
                    v_dev_bus_addr = Some(<u64 as rt::WireInt>::from_payload(a.payload())?);
                    rt::seen(&mut forms[0], &a);
                }
                3 => {
                    v_handle = Some(<u32 as rt::WireInt>::from_payload(a.payload())?);
                    rt::seen(&mut forms[0], &a);
                }
                4 => {
                    v_mode = Some(BatchMode(<u8 as rt::WireInt>::from_payload(a.payload())?));
                    rt::seen(&mut forms[1], &a);
                }
                5 => {
                    n_entry += 1;
                    rt::seen(&mut forms[1], &a);
                }
                _ => {}
            }
        }
        let form = rt::form(&forms, 0, 0).ok()?;
        Some(UnmapReq {
            form: match form {
                0 => UnmapReqForm::Single {
                    host_addr: v_host_addr.unwrap_or(0u64),
                    dev_bus_addr: v_dev_bus_addr.unwrap_or(0u64),
                    handle: v_handle?,
                },
                _ => UnmapReqForm::Batch {
                    mode: v_mode.unwrap_or(BatchMode(0)),
                    entry: rt::list(&all, 5, n_entry),
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
        let mut v_host_addr: Option<u64> = None;
        let mut v_dev_bus_addr: Option<u64> = None;
        let mut v_handle: Option<u32> = None;
        let mut v_mode: Option<BatchMode> = None;
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
                    v_host_addr = Some(<u64 as rt::WireInt>::from_payload(a.payload())?);
                    rt::seen(&mut forms[0], &a);
                }
                2 => {
                    v_dev_bus_addr = Some(<u64 as rt::WireInt>::from_payload(a.payload())?);
                    rt::seen(&mut forms[0], &a);
                }
                3 => {
                    v_handle = Some(<u32 as rt::WireInt>::from_payload(a.payload())?);
                    rt::seen(&mut forms[0], &a);
                }
                4 => {
                    v_mode = Some(BatchMode(<u8 as rt::WireInt>::from_payload(a.payload())?));
                    rt::seen(&mut forms[1], &a);
                }
                5 => {
                    n_entry += 1;
                    rt::seen(&mut forms[1], &a);
                }
                _ => {}
            }
        }
        let form = rt::form(&forms, 0, 0).ok()?;
        Some(UnmapReq {
            form: match form {
                0 => UnmapReqForm::Single {
                    host_addr: v_host_addr.unwrap_or(0u64),
                    dev_bus_addr: v_dev_bus_addr.unwrap_or(0u64),
                    handle: v_handle?,
                },
                _ => UnmapReqForm::Batch {
                    mode: v_mode.unwrap_or(BatchMode(0)),
                    entry: rt::list(&all, 5, n_entry),
                },
            },
        })
    }

    fn encode<S: c::Sink>(&self, b: &mut c::Builder<S>) -> c::Result<()> {
        match &self.form {
            UnmapReqForm::Single {
                host_addr,
                dev_bus_addr,
                handle,
            } => {
                rt::put_def(b, 1, host_addr, 0u64)?;
                rt::put_def(b, 2, dev_bus_addr, 0u64)?;
                rt::put(b, 3, handle)?;
            }
            UnmapReqForm::Batch { mode, entry } => {
                rt::put_def(b, 0x4004, mode, BatchMode(0))?;
                entry.put(b, 5)?;
            }
        }
        Ok(())
    }
}

impl<'a> rt::Elem<'a> for UnmapReq<'a> {
    #[inline]
    fn from_attr(a: &c::Attr<'a>) -> c::Result<Self> {
        rt::nest_from_attr(a)
    }
    fn put_attr<S: c::Sink>(&self, b: &mut c::Builder<S>, raw_kind: u16) -> c::Result<()> {
        rt::nest_put(self, b, raw_kind)
    }
}

/// One unmapping of an unmap_grant_ref batch.
#[derive(
    ::core::clone::Clone, ::core::marker::Copy, ::core::fmt::Debug, ::core::cmp::PartialEq,
)]
pub struct UnmapEntry {
    /// Guest-physical address of the host mapping to remove; 0 to leave it.
    ///
    /// `host-addr` (id 1, u64), default `0u64` when absent.
    pub host_addr: u64,
    /// Device address of the mapping to remove; 0 to leave it.
    ///
    /// `dev-bus-addr` (id 2, u64), default `0u64` when absent.
    pub dev_bus_addr: u64,
    /// Handle returned by map_grant_ref.
    ///
    /// `handle` (id 3, u32), required.
    pub handle: u32,
}

/// Validation policy of `unmap-entry`.
pub static UNMAP_ENTRY_POLICY: c::Policy = c::Policy::new(
    "unmap-entry",
    &[
        c::AttrPolicy::new(1, "host-addr", c::AttrType::U64),
        c::AttrPolicy::new(2, "dev-bus-addr", c::AttrType::U64),
        c::AttrPolicy::new(3, "handle", c::AttrType::U32).required(),
    ],
)
.max_attrs(1024);

/// Descriptor of `unmap-entry`.
pub static UNMAP_ENTRY_SET: rt::SetDesc = rt::SetDesc {
    name: "unmap-entry",
    doc: "One unmapping of an unmap_grant_ref batch.",
    policy: &UNMAP_ENTRY_POLICY,
    attrs: &[
        rt::AttrDesc {
            kind: 1,
            name: "host-addr",
            ty: "u64",
            doc: "Guest-physical address of the host mapping to remove; 0 to leave it.",
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
            name: "dev-bus-addr",
            ty: "u64",
            doc: "Device address of the mapping to remove; 0 to leave it.",
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
            name: "handle",
            ty: "u32",
            doc: "Handle returned by map_grant_ref.",
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

impl<'a> rt::AttrSet<'a> for UnmapEntry {
    const DESC: &'static rt::SetDesc = &UNMAP_ENTRY_SET;

    #[inline(always)]
    fn decode_at(attrs: c::Attrs<'a>, container: usize) -> c::Result<Self> {
        let mut v_host_addr: Option<u64> = None;
        let mut v_dev_bus_addr: Option<u64> = None;
        let mut v_handle: Option<u32> = None;
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
                        v_host_addr = Some(v);
                    }
                    {
                        let a = c::Attr::new(0x0002, (at + 12) as u32, rt::bytes(b, 16, 8));
                        seen |= 0x2;
                        let r = rt::int::<u64>(&a)?;
                        let v = r;
                        v_dev_bus_addr = Some(v);
                    }
                    {
                        let a = c::Attr::new(0x0003, (at + 24) as u32, rt::bytes(b, 28, 4));
                        seen |= 0x4;
                        let r = rt::int::<u32>(&a)?;
                        let v = r;
                        v_handle = Some(v);
                    }
                    break 'walk;
                }
            }
            if let Ok(b) = <&[u8; 20]>::try_from(attrs.remaining()) {
                if rt::word(b, 0) == 0x0002000c && rt::word(b, 12) == 0x00030008 {
                    let at = attrs.offset();
                    {
                        let a = c::Attr::new(0x0002, at as u32, rt::bytes(b, 4, 8));
                        seen |= 0x2;
                        let r = rt::int::<u64>(&a)?;
                        let v = r;
                        v_dev_bus_addr = Some(v);
                    }
                    {
                        let a = c::Attr::new(0x0003, (at + 12) as u32, rt::bytes(b, 16, 4));
                        seen |= 0x4;
                        let r = rt::int::<u32>(&a)?;
                        let v = r;
                        v_handle = Some(v);
                    }
                    break 'walk;
                }
            }
            if let Ok(b) = <&[u8; 20]>::try_from(attrs.remaining()) {
                if rt::word(b, 0) == 0x0001000c && rt::word(b, 12) == 0x00030008 {
                    let at = attrs.offset();
                    {
                        let a = c::Attr::new(0x0001, at as u32, rt::bytes(b, 4, 8));
                        seen |= 0x1;
                        let r = rt::int::<u64>(&a)?;
                        let v = r;
                        v_host_addr = Some(v);
                    }
                    {
                        let a = c::Attr::new(0x0003, (at + 12) as u32, rt::bytes(b, 16, 4));
                        seen |= 0x4;
                        let r = rt::int::<u32>(&a)?;
                        let v = r;
                        v_handle = Some(v);
                    }
                    break 'walk;
                }
            }
            if let Ok(b) = <&[u8; 8]>::try_from(attrs.remaining()) {
                if rt::word(b, 0) == 0x00030008 {
                    let at = attrs.offset();
                    {
                        let a = c::Attr::new(0x0003, at as u32, rt::bytes(b, 4, 4));
                        seen |= 0x4;
                        let r = rt::int::<u32>(&a)?;
                        let v = r;
                        v_handle = Some(v);
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
                v_host_addr = Some(v);
            }
            if let Some(a) = walk.expect(0x0002000c) {
                count += 1;
                seen |= 0x2;
                let r = rt::int::<u64>(&a)?;
                let v = r;
                v_dev_bus_addr = Some(v);
            }
            if let Some(a) = walk.expect(0x00030008) {
                count += 1;
                seen |= 0x4;
                let r = rt::int::<u32>(&a)?;
                let v = r;
                v_handle = Some(v);
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
                        v_host_addr = Some(v);
                    }
                    2 => {
                        if seen & 0x2 != 0 {
                            return Err(rt::duplicate(a));
                        }
                        seen |= 0x2;
                        let r = rt::int::<u64>(&a)?;
                        let v = r;
                        v_dev_bus_addr = Some(v);
                    }
                    3 => {
                        if seen & 0x4 != 0 {
                            return Err(rt::duplicate(a));
                        }
                        seen |= 0x4;
                        let r = rt::int::<u32>(&a)?;
                        let v = r;
                        v_handle = Some(v);
                    }
                    _ => rt::unknown(&a)?,
                }
            }
        }
        if seen & 0x4 != 0x4 {
            return Err(rt::missing(container, (0x4 & !seen) as u128, &[1, 2, 3]));
        }
        Ok(UnmapEntry {
            host_addr: v_host_addr.unwrap_or(0u64),
            dev_bus_addr: v_dev_bus_addr.unwrap_or(0u64),
            handle: rt::req(v_handle, container, 3)?,
        })
    }

    #[inline]
    fn decode_valid(attrs: c::Attrs<'a>) -> ::core::option::Option<Self> {
        let mut v_host_addr: Option<u64> = None;
        let mut v_dev_bus_addr: Option<u64> = None;
        let mut v_handle: Option<u32> = None;
        let mut walk = rt::Walk::new(&attrs);
        if let Some(a) = walk.expect(0x0001000c) {
            v_host_addr = Some(<u64 as rt::WireInt>::from_payload(a.payload())?);
        }
        if let Some(a) = walk.expect(0x0002000c) {
            v_dev_bus_addr = Some(<u64 as rt::WireInt>::from_payload(a.payload())?);
        }
        if let Some(a) = walk.expect(0x00030008) {
            v_handle = Some(<u32 as rt::WireInt>::from_payload(a.payload())?);
        }
        while let Some(a) = walk.next().ok()? {
            match a.kind() {
                1 => {
                    v_host_addr = Some(<u64 as rt::WireInt>::from_payload(a.payload())?);
                }
                2 => {
                    v_dev_bus_addr = Some(<u64 as rt::WireInt>::from_payload(a.payload())?);
                }
                3 => {
                    v_handle = Some(<u32 as rt::WireInt>::from_payload(a.payload())?);
                }
                _ => {}
            }
        }
        Some(UnmapEntry {
            host_addr: v_host_addr.unwrap_or(0u64),
            dev_bus_addr: v_dev_bus_addr.unwrap_or(0u64),
            handle: v_handle?,
        })
    }

    fn encode<S: c::Sink>(&self, b: &mut c::Builder<S>) -> c::Result<()> {
        rt::put_def(b, 1, &self.host_addr, 0u64)?;
        rt::put_def(b, 2, &self.dev_bus_addr, 0u64)?;
        rt::put(b, 3, &self.handle)?;
        Ok(())
    }
}

impl<'a> rt::Elem<'a> for UnmapEntry {
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
            if self.host_addr != 0u64 {
                w.int(0x0001000c, 8, rt::Scalar::to_reg(self.host_addr));
            }
            if self.dev_bus_addr != 0u64 {
                w.int(0x0002000c, 8, rt::Scalar::to_reg(self.dev_bus_addr));
            }
            w.int(0x00030008, 4, rt::Scalar::to_reg(self.handle));
        })
    }
}

/// Reply of unmap_grant_ref, in the form of the request.
#[derive(
    ::core::clone::Clone, ::core::marker::Copy, ::core::fmt::Debug, ::core::cmp::PartialEq,
)]
pub struct UnmapReply<'a> {
    /// The form of the message and its attributes (exactly one form is present).
    pub form: UnmapReplyForm<'a>,
}

/// The forms of [`UnmapReply`].
#[derive(
    ::core::clone::Clone, ::core::marker::Copy, ::core::fmt::Debug, ::core::cmp::PartialEq,
)]
pub enum UnmapReplyForm<'a> {
    /// Result of a single unmapping.
    Single {
        /// Result of the unmapping.
        ///
        /// `status` (id 1, s16), required.
        status: Gntst,
    },
    /// One result per request entry.
    Batch {
        /// Result of one request entry.
        ///
        /// `entry` (id 2, nest), required, up to 1024.
        entry: hvlink_proto::rt::List<'a, EntryResult>,
    },
}

/// Validation policy of `unmap-reply`.
pub static UNMAP_REPLY_POLICY: c::Policy = c::Policy::new(
    "unmap-reply",
    &[
        c::AttrPolicy::new(1, "status", c::AttrType::S16),
        c::AttrPolicy::new(2, "entry", c::AttrType::Nested(&ENTRY_RESULT_POLICY)).repeated(),
    ],
)
.max_attrs(1153);

/// Descriptor of `unmap-reply`.
pub static UNMAP_REPLY_SET: rt::SetDesc = rt::SetDesc {
    name: "unmap-reply",
    doc: "Reply of unmap_grant_ref, in the form of the request.",
    policy: &UNMAP_REPLY_POLICY,
    attrs: &[
        rt::AttrDesc {
            kind: 1,
            name: "status",
            ty: "s16",
            doc: "Result of the unmapping.",
            required: true,
            max_count: 0,
            must_understand: false,
            since: 1,
            default: None,
            enumeration: Some("gntst"),
            nested: None,
            form: Some("single"),
            when: None,
        },
        rt::AttrDesc {
            kind: 2,
            name: "entry",
            ty: "nest",
            doc: "Result of one request entry.",
            required: true,
            max_count: 1024,
            must_understand: false,
            since: 1,
            default: None,
            enumeration: None,
            nested: Some(&ENTRY_RESULT_SET),
            form: Some("batch"),
            when: None,
        },
    ],
    forms: &[
        rt::FormDesc {
            name: "single",
            doc: "Result of a single unmapping.",
        },
        rt::FormDesc {
            name: "batch",
            doc: "One result per request entry.",
        },
    ],
};

impl<'a> UnmapReply<'a> {
    /// Validate and decode as [`rt::AttrSet::decode`] does, handing each `entry` to
    /// `each` as it is validated (in message order): the results are read once, not
    /// decoded again from the list. On an error, `each` has seen those before it.
    pub fn decode_each(attrs: c::Attrs<'a>, each: &mut impl FnMut(EntryResult)) -> c::Result<Self> {
        let container = attrs.offset();
        Self::decode_each_at(attrs, container, each)
    }

    fn decode_each_at(
        attrs: c::Attrs<'a>,
        container: usize,
        each: &mut impl FnMut(EntryResult),
    ) -> c::Result<Self> {
        let all = attrs.clone();
        let mut v_status: Option<Gntst> = None;
        let mut n_entry = 0u32;
        let mut forms: [Option<u32>; 2] = [None; 2];
        let mut seen: u32 = 0;
        let mut count = 0u32;
        let mut walk = rt::Walk::new(&attrs);
        if let Some(a) = walk.expect(0x00010006) {
            count += 1;
            seen |= 0x1;
            let r = rt::int::<i16>(&a)?;
            let v = Gntst(r);
            v_status = Some(v);
            rt::seen(&mut forms[0], &a);
        }
        while let Some(a) = walk.next()? {
            count += 1;
            if count > 1153 {
                return Err(rt::too_many(a));
            }
            match a.kind() {
                1 => {
                    if seen & 0x1 != 0 {
                        return Err(rt::duplicate(a));
                    }
                    seen |= 0x1;
                    let r = rt::int::<i16>(&a)?;
                    let v = Gntst(r);
                    v_status = Some(v);
                    rt::seen(&mut forms[0], &a);
                }
                2 => {
                    seen |= 0x2;
                    if n_entry >= 1024 {
                        return Err(rt::too_many(a));
                    }
                    let v = rt::nest_from_attr::<EntryResult>(&a)?;
                    each(v);
                    n_entry += 1;
                    rt::seen(&mut forms[1], &a);
                    while count < 1153 && n_entry < 1024 {
                        let Some(v) = rt::run_next::<EntryResult>(&mut walk, &[0x80020014]) else {
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
        Ok(UnmapReply {
            form: match form {
                0 => UnmapReplyForm::Single {
                    status: rt::req(v_status, container, 1)?,
                },
                _ => UnmapReplyForm::Batch {
                    entry: rt::req_list(rt::list(&all, 2, n_entry), container, 2)?,
                },
            },
        })
    }
}

impl<'a> rt::AttrSet<'a> for UnmapReply<'a> {
    const DESC: &'static rt::SetDesc = &UNMAP_REPLY_SET;

    #[inline]
    fn decode_at(attrs: c::Attrs<'a>, container: usize) -> c::Result<Self> {
        Self::decode_each_at(attrs, container, &mut |_| {})
    }

    #[inline]
    fn decode_valid(attrs: c::Attrs<'a>) -> ::core::option::Option<Self> {
        let all = attrs.clone();
        let mut v_status: Option<Gntst> = None;
        let mut n_entry = 0u32;
        let mut forms: [Option<u32>; 2] = [None; 2];
        let mut walk = rt::Walk::new(&attrs);
        if let Some(a) = walk.expect(0x00010006) {
            v_status = Some(Gntst(<i16 as rt::WireInt>::from_payload(a.payload())?));
            rt::seen(&mut forms[0], &a);
        }
        while let Some(a) = walk.next().ok()? {
            match a.kind() {
                1 => {
                    v_status = Some(Gntst(<i16 as rt::WireInt>::from_payload(a.payload())?));
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
        Some(UnmapReply {
            form: match form {
                0 => UnmapReplyForm::Single { status: v_status? },
                _ => UnmapReplyForm::Batch {
                    entry: rt::list(&all, 2, n_entry),
                },
            },
        })
    }

    fn encode<S: c::Sink>(&self, b: &mut c::Builder<S>) -> c::Result<()> {
        match &self.form {
            UnmapReplyForm::Single { status } => {
                rt::put(b, 1, status)?;
            }
            UnmapReplyForm::Batch { entry } => {
                entry.put(b, 2)?;
            }
        }
        Ok(())
    }
}

impl<'a> rt::Elem<'a> for UnmapReply<'a> {
    #[inline]
    fn from_attr(a: &c::Attr<'a>) -> c::Result<Self> {
        rt::nest_from_attr(a)
    }
    fn put_attr<S: c::Sink>(&self, b: &mut c::Builder<S>, raw_kind: u16) -> c::Result<()> {
        rt::nest_put(self, b, raw_kind)
    }
}

/// Result of one entry of an unmap or copy batch.
#[derive(
    ::core::clone::Clone, ::core::marker::Copy, ::core::fmt::Debug, ::core::cmp::PartialEq,
)]
pub struct EntryResult {
    /// Position of the request entry (0-based).
    ///
    /// `index` (id 1, u32), required.
    pub index: u32,
    /// Result of this entry.
    ///
    /// `status` (id 2, s16), required.
    pub status: Gntst,
}

/// Validation policy of `entry-result`.
pub static ENTRY_RESULT_POLICY: c::Policy = c::Policy::new(
    "entry-result",
    &[
        c::AttrPolicy::new(1, "index", c::AttrType::U32).required(),
        c::AttrPolicy::new(2, "status", c::AttrType::S16).required(),
    ],
)
.max_attrs(1024);

/// Descriptor of `entry-result`.
pub static ENTRY_RESULT_SET: rt::SetDesc = rt::SetDesc {
    name: "entry-result",
    doc: "Result of one entry of an unmap or copy batch.",
    policy: &ENTRY_RESULT_POLICY,
    attrs: &[
        rt::AttrDesc {
            kind: 1,
            name: "index",
            ty: "u32",
            doc: "Position of the request entry (0-based).",
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
            doc: "Result of this entry.",
            required: true,
            max_count: 0,
            must_understand: false,
            since: 1,
            default: None,
            enumeration: Some("gntst"),
            nested: None,
            form: None,
            when: None,
        },
    ],
    forms: &[],
};

impl<'a> rt::AttrSet<'a> for EntryResult {
    const DESC: &'static rt::SetDesc = &ENTRY_RESULT_SET;

    #[inline(always)]
    fn decode_at(attrs: c::Attrs<'a>, container: usize) -> c::Result<Self> {
        let mut v_index: Option<u32> = None;
        let mut v_status: Option<Gntst> = None;
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
                        let v = Gntst(r);
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
                let v = Gntst(r);
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
                        let v = Gntst(r);
                        v_status = Some(v);
                    }
                    _ => rt::unknown(&a)?,
                }
            }
        }
        if seen & 0x3 != 0x3 {
            return Err(rt::missing(container, (0x3 & !seen) as u128, &[1, 2]));
        }
        Ok(EntryResult {
            index: rt::req(v_index, container, 1)?,
            status: rt::req(v_status, container, 2)?,
        })
    }

    #[inline]
    fn decode_valid(attrs: c::Attrs<'a>) -> ::core::option::Option<Self> {
        let mut v_index: Option<u32> = None;
        let mut v_status: Option<Gntst> = None;
        let mut walk = rt::Walk::new(&attrs);
        if let Some(a) = walk.expect(0x00010008) {
            v_index = Some(<u32 as rt::WireInt>::from_payload(a.payload())?);
        }
        if let Some(a) = walk.expect(0x00020006) {
            v_status = Some(Gntst(<i16 as rt::WireInt>::from_payload(a.payload())?));
        }
        while let Some(a) = walk.next().ok()? {
            match a.kind() {
                1 => {
                    v_index = Some(<u32 as rt::WireInt>::from_payload(a.payload())?);
                }
                2 => {
                    v_status = Some(Gntst(<i16 as rt::WireInt>::from_payload(a.payload())?));
                }
                _ => {}
            }
        }
        Some(EntryResult {
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

impl<'a> rt::Elem<'a> for EntryResult {
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

/// Request of setup_table and get_status_frames.
#[derive(
    ::core::clone::Clone, ::core::marker::Copy, ::core::fmt::Debug, ::core::cmp::PartialEq,
)]
pub struct FramesReq {
    /// Domain whose table is meant; DOMID_SELF (0x7FF0) for the caller.
    ///
    /// `dom` (id 1, u16), default `0x7ff0u16` when absent.
    pub dom: u16,
    /// Number of frames wanted.
    ///
    /// `nr-frames` (id 2, u32), required.
    pub nr_frames: u32,
}

/// Validation policy of `frames-req`.
pub static FRAMES_REQ_POLICY: c::Policy = c::Policy::new(
    "frames-req",
    &[
        c::AttrPolicy::new(1, "dom", c::AttrType::U16),
        c::AttrPolicy::new(2, "nr-frames", c::AttrType::U32)
            .required()
            .values(c::Values::Range { min: 1, max: 1024 }),
    ],
)
.max_attrs(1024);

/// Descriptor of `frames-req`.
pub static FRAMES_REQ_SET: rt::SetDesc = rt::SetDesc {
    name: "frames-req",
    doc: "Request of setup_table and get_status_frames.",
    policy: &FRAMES_REQ_POLICY,
    attrs: &[
        rt::AttrDesc {
            kind: 1,
            name: "dom",
            ty: "u16",
            doc: "Domain whose table is meant; DOMID_SELF (0x7FF0) for the caller.",
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
            name: "nr-frames",
            ty: "u32",
            doc: "Number of frames wanted.",
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

impl<'a> rt::AttrSet<'a> for FramesReq {
    const DESC: &'static rt::SetDesc = &FRAMES_REQ_SET;

    fn decode_at(attrs: c::Attrs<'a>, container: usize) -> c::Result<Self> {
        let mut v_dom: Option<u16> = None;
        let mut v_nr_frames: Option<u32> = None;
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
                        rt::check_range(&a, r as i128, 1, 1024)?;
                        let v = r;
                        v_nr_frames = Some(v);
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
                        rt::check_range(&a, r as i128, 1, 1024)?;
                        let v = r;
                        v_nr_frames = Some(v);
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
                rt::check_range(&a, r as i128, 1, 1024)?;
                let v = r;
                v_nr_frames = Some(v);
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
                        rt::check_range(&a, r as i128, 1, 1024)?;
                        let v = r;
                        v_nr_frames = Some(v);
                    }
                    _ => rt::unknown(&a)?,
                }
            }
        }
        if seen & 0x2 != 0x2 {
            return Err(rt::missing(container, (0x2 & !seen) as u128, &[1, 2]));
        }
        Ok(FramesReq {
            dom: v_dom.unwrap_or(0x7ff0u16),
            nr_frames: rt::req(v_nr_frames, container, 2)?,
        })
    }

    fn encode<S: c::Sink>(&self, b: &mut c::Builder<S>) -> c::Result<()> {
        rt::put_def(b, 1, &self.dom, 0x7ff0u16)?;
        rt::put(b, 2, &self.nr_frames)?;
        Ok(())
    }
}

impl<'a> rt::Elem<'a> for FramesReq {
    #[inline]
    fn from_attr(a: &c::Attr<'a>) -> c::Result<Self> {
        rt::nest_from_attr(a)
    }
    fn put_attr<S: c::Sink>(&self, b: &mut c::Builder<S>, raw_kind: u16) -> c::Result<()> {
        rt::nest_put(self, b, raw_kind)
    }
}

/// Reply of setup_table and get_status_frames.
#[derive(
    ::core::clone::Clone, ::core::marker::Copy, ::core::fmt::Debug, ::core::cmp::PartialEq,
)]
pub struct FramesReply<'a> {
    /// Result of the operation.
    ///
    /// `status` (id 1, s16), required.
    pub status: Gntst,
    /// One frame number of the table, in table order.
    ///
    /// `frame` (id 2, u64), up to 1024, only when `status` is okay.
    pub frame: hvlink_proto::rt::List<'a, u64>,
}

/// Validation policy of `frames-reply`.
pub static FRAMES_REPLY_POLICY: c::Policy = c::Policy::new(
    "frames-reply",
    &[
        c::AttrPolicy::new(1, "status", c::AttrType::S16).required(),
        c::AttrPolicy::new(2, "frame", c::AttrType::U64).repeated(),
    ],
)
.max_attrs(1153);

/// Descriptor of `frames-reply`.
pub static FRAMES_REPLY_SET: rt::SetDesc = rt::SetDesc {
    name: "frames-reply",
    doc: "Reply of setup_table and get_status_frames.",
    policy: &FRAMES_REPLY_POLICY,
    attrs: &[
        rt::AttrDesc {
            kind: 1,
            name: "status",
            ty: "s16",
            doc: "Result of the operation.",
            required: true,
            max_count: 0,
            must_understand: false,
            since: 1,
            default: None,
            enumeration: Some("gntst"),
            nested: None,
            form: None,
            when: None,
        },
        rt::AttrDesc {
            kind: 2,
            name: "frame",
            ty: "u64",
            doc: "One frame number of the table, in table order.",
            required: false,
            max_count: 1024,
            must_understand: false,
            since: 1,
            default: None,
            enumeration: None,
            nested: None,
            form: None,
            when: Some((1, &[0])),
        },
    ],
    forms: &[],
};

impl<'a> rt::AttrSet<'a> for FramesReply<'a> {
    const DESC: &'static rt::SetDesc = &FRAMES_REPLY_SET;

    fn decode_at(attrs: c::Attrs<'a>, container: usize) -> c::Result<Self> {
        let all = attrs.clone();
        let mut v_status: Option<Gntst> = None;
        let mut n_frame = 0u32;
        let mut at_frame = 0u32;
        let mut seen: u32 = 0;
        let mut count = 0u32;
        let mut walk = rt::Walk::new(&attrs);
        if let Some(a) = walk.expect(0x00010006) {
            count += 1;
            seen |= 0x1;
            let r = rt::int::<i16>(&a)?;
            let v = Gntst(r);
            v_status = Some(v);
        }
        while let Some(a) = walk.next()? {
            count += 1;
            if count > 1153 {
                return Err(rt::too_many(a));
            }
            match a.kind() {
                1 => {
                    if seen & 0x1 != 0 {
                        return Err(rt::duplicate(a));
                    }
                    seen |= 0x1;
                    let r = rt::int::<i16>(&a)?;
                    let v = Gntst(r);
                    v_status = Some(v);
                }
                2 => {
                    seen |= 0x2;
                    if n_frame >= 1024 {
                        return Err(rt::too_many(a));
                    }
                    let r = rt::int::<u64>(&a)?;
                    let v = r;
                    let _ = v;
                    n_frame += 1;
                    at_frame = a.offset();
                }
                _ => rt::unknown(&a)?,
            }
        }
        if seen & 0x1 != 0x1 {
            return Err(rt::missing(container, (0x1 & !seen) as u128, &[1, 2]));
        }
        if n_frame > 0 && !rt::holds(v_status.map(rt::Scalar::to_i128), &[0]) {
            return Err(rt::when_error(at_frame, 2));
        }
        Ok(FramesReply {
            status: rt::req(v_status, container, 1)?,
            frame: rt::list(&all, 2, n_frame),
        })
    }

    #[inline]
    fn decode_valid(attrs: c::Attrs<'a>) -> ::core::option::Option<Self> {
        let all = attrs.clone();
        let mut v_status: Option<Gntst> = None;
        let mut n_frame = 0u32;
        let mut walk = rt::Walk::new(&attrs);
        if let Some(a) = walk.expect(0x00010006) {
            v_status = Some(Gntst(<i16 as rt::WireInt>::from_payload(a.payload())?));
        }
        while let Some(a) = walk.next().ok()? {
            match a.kind() {
                1 => {
                    v_status = Some(Gntst(<i16 as rt::WireInt>::from_payload(a.payload())?));
                }
                2 => {
                    n_frame += 1;
                }
                _ => {}
            }
        }
        Some(FramesReply {
            status: v_status?,
            frame: rt::list(&all, 2, n_frame),
        })
    }

    fn encode<S: c::Sink>(&self, b: &mut c::Builder<S>) -> c::Result<()> {
        rt::put(b, 1, &self.status)?;
        self.frame.put(b, 2)?;
        Ok(())
    }
}

impl<'a> rt::Elem<'a> for FramesReply<'a> {
    #[inline]
    fn from_attr(a: &c::Attr<'a>) -> c::Result<Self> {
        rt::nest_from_attr(a)
    }
    fn put_attr<S: c::Sink>(&self, b: &mut c::Builder<S>, raw_kind: u16) -> c::Result<()> {
        rt::nest_put(self, b, raw_kind)
    }
}

/// Request of copy.
#[derive(
    ::core::clone::Clone, ::core::marker::Copy, ::core::fmt::Debug, ::core::cmp::PartialEq,
)]
pub struct CopyReq<'a> {
    /// Batch semantics.
    ///
    /// `mode` (id 1, u8), must-understand, default `BatchMode(0)` when absent.
    pub mode: BatchMode,
    /// One copy of the batch.
    ///
    /// `entry` (id 2, nest), required, up to 512.
    pub entry: hvlink_proto::rt::List<'a, CopyEntry>,
}

/// Validation policy of `copy-req`.
pub static COPY_REQ_POLICY: c::Policy = c::Policy::new(
    "copy-req",
    &[
        c::AttrPolicy::new(1, "mode", c::AttrType::U8).must_understand(),
        c::AttrPolicy::new(2, "entry", c::AttrType::Nested(&COPY_ENTRY_POLICY))
            .required()
            .repeated(),
    ],
)
.max_attrs(1024);

/// Descriptor of `copy-req`.
pub static COPY_REQ_SET: rt::SetDesc = rt::SetDesc {
    name: "copy-req",
    doc: "Request of copy.",
    policy: &COPY_REQ_POLICY,
    attrs: &[
        rt::AttrDesc {
            kind: 1,
            name: "mode",
            ty: "u8",
            doc: "Batch semantics.",
            required: false,
            max_count: 0,
            must_understand: true,
            since: 1,
            default: Some(0),
            enumeration: Some("batch-mode"),
            nested: None,
            form: None,
            when: None,
        },
        rt::AttrDesc {
            kind: 2,
            name: "entry",
            ty: "nest",
            doc: "One copy of the batch.",
            required: true,
            max_count: 512,
            must_understand: false,
            since: 1,
            default: None,
            enumeration: None,
            nested: Some(&COPY_ENTRY_SET),
            form: None,
            when: None,
        },
    ],
    forms: &[],
};

impl<'a> CopyReq<'a> {
    /// Validate and decode as [`rt::AttrSet::decode`] does, handing each `entry` to
    /// `each` as it is validated (in message order): the entries are read once, not
    /// decoded again from the list. On an error, `each` has seen those before it.
    pub fn decode_each(attrs: c::Attrs<'a>, each: &mut impl FnMut(CopyEntry)) -> c::Result<Self> {
        let container = attrs.offset();
        Self::decode_each_at(attrs, container, each)
    }

    fn decode_each_at(
        attrs: c::Attrs<'a>,
        container: usize,
        each: &mut impl FnMut(CopyEntry),
    ) -> c::Result<Self> {
        let all = attrs.clone();
        let mut v_mode: Option<BatchMode> = None;
        let mut n_entry = 0u32;
        let mut seen: u32 = 0;
        let mut count = 0u32;
        let mut walk = rt::Walk::new(&attrs);
        if let Some(a) = walk.expect(0x40010005) {
            count += 1;
            seen |= 0x1;
            let r = rt::int::<u8>(&a)?;
            if !matches!(r as i128, 0..=1) {
                return Err(rt::not_member(a));
            }
            let v = BatchMode(r);
            v_mode = Some(v);
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
                    if !matches!(r as i128, 0..=1) {
                        return Err(rt::not_member(a));
                    }
                    let v = BatchMode(r);
                    v_mode = Some(v);
                }
                2 => {
                    seen |= 0x2;
                    if n_entry >= 512 {
                        return Err(rt::too_many(a));
                    }
                    let v = rt::nest_from_attr::<CopyEntry>(&a)?;
                    each(v);
                    n_entry += 1;
                }
                _ => rt::unknown(&a)?,
            }
        }
        if seen & 0x2 != 0x2 {
            return Err(rt::missing(container, (0x2 & !seen) as u128, &[1, 2]));
        }
        Ok(CopyReq {
            mode: v_mode.unwrap_or(BatchMode(0)),
            entry: rt::req_list(rt::list(&all, 2, n_entry), container, 2)?,
        })
    }
}

impl<'a> rt::AttrSet<'a> for CopyReq<'a> {
    const DESC: &'static rt::SetDesc = &COPY_REQ_SET;

    #[inline]
    fn decode_at(attrs: c::Attrs<'a>, container: usize) -> c::Result<Self> {
        Self::decode_each_at(attrs, container, &mut |_| {})
    }

    #[inline]
    fn decode_valid(attrs: c::Attrs<'a>) -> ::core::option::Option<Self> {
        let all = attrs.clone();
        let mut v_mode: Option<BatchMode> = None;
        let mut n_entry = 0u32;
        let mut walk = rt::Walk::new(&attrs);
        if let Some(a) = walk.expect(0x40010005) {
            v_mode = Some(BatchMode(<u8 as rt::WireInt>::from_payload(a.payload())?));
        }
        while let Some(a) = walk.next().ok()? {
            match a.kind() {
                1 => {
                    v_mode = Some(BatchMode(<u8 as rt::WireInt>::from_payload(a.payload())?));
                }
                2 => {
                    n_entry += 1;
                }
                _ => {}
            }
        }
        Some(CopyReq {
            mode: v_mode.unwrap_or(BatchMode(0)),
            entry: rt::list(&all, 2, n_entry),
        })
    }

    #[inline]
    fn decode_valid_from(
        attrs: c::Attrs<'a>,
        span: Option<rt::Span>,
    ) -> ::core::option::Option<Self> {
        let span = match span {
            Some(sp) if sp.kind == 2 => sp,
            _ => return <Self as rt::AttrSet<'a>>::decode_valid(attrs),
        };
        let all = attrs.clone();
        let mut v_mode: Option<BatchMode> = None;
        let mut n_entry = 0u32;
        let mut walk = rt::Walk::new(&attrs);
        loop {
            if walk.jump(&span) {
                n_entry = n_entry.saturating_add(span.count);
            }
            let Some(a) = walk.next().ok()? else { break };
            match a.kind() {
                1 => {
                    v_mode = Some(BatchMode(<u8 as rt::WireInt>::from_payload(a.payload())?));
                }
                2 => {
                    n_entry += 1;
                }
                _ => {}
            }
        }
        Some(CopyReq {
            mode: v_mode.unwrap_or(BatchMode(0)),
            entry: rt::list(&all, 2, n_entry),
        })
    }

    fn encode<S: c::Sink>(&self, b: &mut c::Builder<S>) -> c::Result<()> {
        rt::put_def(b, 0x4001, &self.mode, BatchMode(0))?;
        self.entry.put(b, 2)?;
        Ok(())
    }
}

impl<'a> rt::Elem<'a> for CopyReq<'a> {
    #[inline]
    fn from_attr(a: &c::Attr<'a>) -> c::Result<Self> {
        rt::nest_from_attr(a)
    }
    fn put_attr<S: c::Sink>(&self, b: &mut c::Builder<S>, raw_kind: u16) -> c::Result<()> {
        rt::nest_put(self, b, raw_kind)
    }
}

/// One copy; source and destination are each a grant reference or a frame, as flags say.
#[derive(
    ::core::clone::Clone, ::core::marker::Copy, ::core::fmt::Debug, ::core::cmp::PartialEq,
)]
pub struct CopyEntry {
    /// Source grant reference (with source-gref; exclusive with source-gfn).
    ///
    /// `source-ref` (id 1, u32).
    pub source_ref: Option<u32>,
    /// Source guest frame of the caller (without source-gref).
    ///
    /// `source-gfn` (id 2, u64).
    pub source_gfn: Option<u64>,
    /// Domain owning the source.
    ///
    /// `source-dom` (id 3, u16), required.
    pub source_dom: u16,
    /// Byte offset in the source frame.
    ///
    /// `source-offset` (id 4, u16), required.
    pub source_offset: u16,
    /// Destination grant reference (with dest-gref; exclusive with dest-gfn).
    ///
    /// `dest-ref` (id 5, u32).
    pub dest_ref: Option<u32>,
    /// Destination guest frame of the caller (without dest-gref).
    ///
    /// `dest-gfn` (id 6, u64).
    pub dest_gfn: Option<u64>,
    /// Domain owning the destination.
    ///
    /// `dest-dom` (id 7, u16), required.
    pub dest_dom: u16,
    /// Byte offset in the destination frame.
    ///
    /// `dest-offset` (id 8, u16), required.
    pub dest_offset: u16,
    /// Bytes to copy; neither side may cross its page boundary.
    ///
    /// `len` (id 9, u16), required.
    pub len: u16,
    /// What source and destination name.
    ///
    /// `flags` (id 10, u16), default `GntcopyFlags(0)` when absent.
    pub flags: GntcopyFlags,
}

/// Validation policy of `copy-entry`.
pub static COPY_ENTRY_POLICY: c::Policy = c::Policy::new(
    "copy-entry",
    &[
        c::AttrPolicy::new(1, "source-ref", c::AttrType::U32),
        c::AttrPolicy::new(2, "source-gfn", c::AttrType::U64),
        c::AttrPolicy::new(3, "source-dom", c::AttrType::U16).required(),
        c::AttrPolicy::new(4, "source-offset", c::AttrType::U16)
            .required()
            .values(c::Values::Range { min: 0, max: 4095 }),
        c::AttrPolicy::new(5, "dest-ref", c::AttrType::U32),
        c::AttrPolicy::new(6, "dest-gfn", c::AttrType::U64),
        c::AttrPolicy::new(7, "dest-dom", c::AttrType::U16).required(),
        c::AttrPolicy::new(8, "dest-offset", c::AttrType::U16)
            .required()
            .values(c::Values::Range { min: 0, max: 4095 }),
        c::AttrPolicy::new(9, "len", c::AttrType::U16)
            .required()
            .values(c::Values::Range { min: 0, max: 4096 }),
        c::AttrPolicy::new(10, "flags", c::AttrType::U16).values(c::Values::Mask(0x7)),
    ],
)
.max_attrs(1024);

/// Descriptor of `copy-entry`.
pub static COPY_ENTRY_SET: rt::SetDesc = rt::SetDesc {
    name: "copy-entry",
    doc: "One copy; source and destination are each a grant reference or a frame, as flags say.",
    policy: &COPY_ENTRY_POLICY,
    attrs: &[
        rt::AttrDesc {
            kind: 1,
            name: "source-ref",
            ty: "u32",
            doc: "Source grant reference (with source-gref; exclusive with source-gfn).",
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
            kind: 2,
            name: "source-gfn",
            ty: "u64",
            doc: "Source guest frame of the caller (without source-gref).",
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
            kind: 3,
            name: "source-dom",
            ty: "u16",
            doc: "Domain owning the source.",
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
            name: "source-offset",
            ty: "u16",
            doc: "Byte offset in the source frame.",
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
            name: "dest-ref",
            ty: "u32",
            doc: "Destination grant reference (with dest-gref; exclusive with dest-gfn).",
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
            name: "dest-gfn",
            ty: "u64",
            doc: "Destination guest frame of the caller (without dest-gref).",
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
            name: "dest-dom",
            ty: "u16",
            doc: "Domain owning the destination.",
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
            kind: 8,
            name: "dest-offset",
            ty: "u16",
            doc: "Byte offset in the destination frame.",
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
            name: "len",
            ty: "u16",
            doc: "Bytes to copy; neither side may cross its page boundary.",
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
            name: "flags",
            ty: "u16",
            doc: "What source and destination name.",
            required: false,
            max_count: 0,
            must_understand: false,
            since: 1,
            default: Some(0),
            enumeration: Some("gntcopy-flags"),
            nested: None,
            form: None,
            when: None,
        },
    ],
    forms: &[],
};

impl<'a> rt::AttrSet<'a> for CopyEntry {
    const DESC: &'static rt::SetDesc = &COPY_ENTRY_SET;

    #[inline(always)]
    fn decode_at(attrs: c::Attrs<'a>, container: usize) -> c::Result<Self> {
        let mut v_source_ref: Option<u32> = None;
        let mut v_source_gfn: Option<u64> = None;
        let mut v_source_dom: Option<u16> = None;
        let mut v_source_offset: Option<u16> = None;
        let mut v_dest_ref: Option<u32> = None;
        let mut v_dest_gfn: Option<u64> = None;
        let mut v_dest_dom: Option<u16> = None;
        let mut v_dest_offset: Option<u16> = None;
        let mut v_len: Option<u16> = None;
        let mut v_flags: Option<GntcopyFlags> = None;
        let mut seen: u32 = 0;
        let mut count = 0u32;
        let mut walk = rt::Walk::new(&attrs);
        if let Some(a) = walk.expect(0x00010008) {
            count += 1;
            seen |= 0x1;
            let r = rt::int::<u32>(&a)?;
            let v = r;
            v_source_ref = Some(v);
        }
        if let Some(a) = walk.expect(0x0002000c) {
            count += 1;
            seen |= 0x2;
            let r = rt::int::<u64>(&a)?;
            let v = r;
            v_source_gfn = Some(v);
        }
        if let Some(a) = walk.expect(0x00030006) {
            count += 1;
            seen |= 0x4;
            let r = rt::int::<u16>(&a)?;
            let v = r;
            v_source_dom = Some(v);
        }
        if let Some(a) = walk.expect(0x00040006) {
            count += 1;
            seen |= 0x8;
            let r = rt::int::<u16>(&a)?;
            rt::check_range(&a, r as i128, 0, 4095)?;
            let v = r;
            v_source_offset = Some(v);
        }
        if let Some(a) = walk.expect(0x00050008) {
            count += 1;
            seen |= 0x10;
            let r = rt::int::<u32>(&a)?;
            let v = r;
            v_dest_ref = Some(v);
        }
        if let Some(a) = walk.expect(0x0006000c) {
            count += 1;
            seen |= 0x20;
            let r = rt::int::<u64>(&a)?;
            let v = r;
            v_dest_gfn = Some(v);
        }
        if let Some(a) = walk.expect(0x00070006) {
            count += 1;
            seen |= 0x40;
            let r = rt::int::<u16>(&a)?;
            let v = r;
            v_dest_dom = Some(v);
        }
        if let Some(a) = walk.expect(0x00080006) {
            count += 1;
            seen |= 0x80;
            let r = rt::int::<u16>(&a)?;
            rt::check_range(&a, r as i128, 0, 4095)?;
            let v = r;
            v_dest_offset = Some(v);
        }
        if let Some(a) = walk.expect(0x00090006) {
            count += 1;
            seen |= 0x100;
            let r = rt::int::<u16>(&a)?;
            rt::check_range(&a, r as i128, 0, 4096)?;
            let v = r;
            v_len = Some(v);
        }
        if let Some(a) = walk.expect(0x000a0006) {
            count += 1;
            seen |= 0x200;
            let r = rt::int::<u16>(&a)?;
            rt::check_mask(&a, r as i128, 0x7)?;
            let v = GntcopyFlags(r);
            v_flags = Some(v);
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
                    v_source_ref = Some(v);
                }
                2 => {
                    if seen & 0x2 != 0 {
                        return Err(rt::duplicate(a));
                    }
                    seen |= 0x2;
                    let r = rt::int::<u64>(&a)?;
                    let v = r;
                    v_source_gfn = Some(v);
                }
                3 => {
                    if seen & 0x4 != 0 {
                        return Err(rt::duplicate(a));
                    }
                    seen |= 0x4;
                    let r = rt::int::<u16>(&a)?;
                    let v = r;
                    v_source_dom = Some(v);
                }
                4 => {
                    if seen & 0x8 != 0 {
                        return Err(rt::duplicate(a));
                    }
                    seen |= 0x8;
                    let r = rt::int::<u16>(&a)?;
                    rt::check_range(&a, r as i128, 0, 4095)?;
                    let v = r;
                    v_source_offset = Some(v);
                }
                5 => {
                    if seen & 0x10 != 0 {
                        return Err(rt::duplicate(a));
                    }
                    seen |= 0x10;
                    let r = rt::int::<u32>(&a)?;
                    let v = r;
                    v_dest_ref = Some(v);
                }
                6 => {
                    if seen & 0x20 != 0 {
                        return Err(rt::duplicate(a));
                    }
                    seen |= 0x20;
                    let r = rt::int::<u64>(&a)?;
                    let v = r;
                    v_dest_gfn = Some(v);
                }
                7 => {
                    if seen & 0x40 != 0 {
                        return Err(rt::duplicate(a));
                    }
                    seen |= 0x40;
                    let r = rt::int::<u16>(&a)?;
                    let v = r;
                    v_dest_dom = Some(v);
                }
                8 => {
                    if seen & 0x80 != 0 {
                        return Err(rt::duplicate(a));
                    }
                    seen |= 0x80;
                    let r = rt::int::<u16>(&a)?;
                    rt::check_range(&a, r as i128, 0, 4095)?;
                    let v = r;
                    v_dest_offset = Some(v);
                }
                9 => {
                    if seen & 0x100 != 0 {
                        return Err(rt::duplicate(a));
                    }
                    seen |= 0x100;
                    let r = rt::int::<u16>(&a)?;
                    rt::check_range(&a, r as i128, 0, 4096)?;
                    let v = r;
                    v_len = Some(v);
                }
                10 => {
                    if seen & 0x200 != 0 {
                        return Err(rt::duplicate(a));
                    }
                    seen |= 0x200;
                    let r = rt::int::<u16>(&a)?;
                    rt::check_mask(&a, r as i128, 0x7)?;
                    let v = GntcopyFlags(r);
                    v_flags = Some(v);
                }
                _ => rt::unknown(&a)?,
            }
        }
        if seen & 0x1cc != 0x1cc {
            return Err(rt::missing(
                container,
                (0x1cc & !seen) as u128,
                &[1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
            ));
        }
        Ok(CopyEntry {
            source_ref: v_source_ref,
            source_gfn: v_source_gfn,
            source_dom: rt::req(v_source_dom, container, 3)?,
            source_offset: rt::req(v_source_offset, container, 4)?,
            dest_ref: v_dest_ref,
            dest_gfn: v_dest_gfn,
            dest_dom: rt::req(v_dest_dom, container, 7)?,
            dest_offset: rt::req(v_dest_offset, container, 8)?,
            len: rt::req(v_len, container, 9)?,
            flags: v_flags.unwrap_or(GntcopyFlags(0)),
        })
    }

    #[inline]
    fn decode_valid(attrs: c::Attrs<'a>) -> ::core::option::Option<Self> {
        let mut v_source_ref: Option<u32> = None;
        let mut v_source_gfn: Option<u64> = None;
        let mut v_source_dom: Option<u16> = None;
        let mut v_source_offset: Option<u16> = None;
        let mut v_dest_ref: Option<u32> = None;
        let mut v_dest_gfn: Option<u64> = None;
        let mut v_dest_dom: Option<u16> = None;
        let mut v_dest_offset: Option<u16> = None;
        let mut v_len: Option<u16> = None;
        let mut v_flags: Option<GntcopyFlags> = None;
        let mut walk = rt::Walk::new(&attrs);
        if let Some(a) = walk.expect(0x00010008) {
            v_source_ref = Some(<u32 as rt::WireInt>::from_payload(a.payload())?);
        }
        if let Some(a) = walk.expect(0x0002000c) {
            v_source_gfn = Some(<u64 as rt::WireInt>::from_payload(a.payload())?);
        }
        if let Some(a) = walk.expect(0x00030006) {
            v_source_dom = Some(<u16 as rt::WireInt>::from_payload(a.payload())?);
        }
        if let Some(a) = walk.expect(0x00040006) {
            v_source_offset = Some(<u16 as rt::WireInt>::from_payload(a.payload())?);
        }
        if let Some(a) = walk.expect(0x00050008) {
            v_dest_ref = Some(<u32 as rt::WireInt>::from_payload(a.payload())?);
        }
        if let Some(a) = walk.expect(0x0006000c) {
            v_dest_gfn = Some(<u64 as rt::WireInt>::from_payload(a.payload())?);
        }
        if let Some(a) = walk.expect(0x00070006) {
            v_dest_dom = Some(<u16 as rt::WireInt>::from_payload(a.payload())?);
        }
        if let Some(a) = walk.expect(0x00080006) {
            v_dest_offset = Some(<u16 as rt::WireInt>::from_payload(a.payload())?);
        }
        if let Some(a) = walk.expect(0x00090006) {
            v_len = Some(<u16 as rt::WireInt>::from_payload(a.payload())?);
        }
        if let Some(a) = walk.expect(0x000a0006) {
            v_flags = Some(GntcopyFlags(<u16 as rt::WireInt>::from_payload(
                a.payload(),
            )?));
        }
        while let Some(a) = walk.next().ok()? {
            match a.kind() {
                1 => {
                    v_source_ref = Some(<u32 as rt::WireInt>::from_payload(a.payload())?);
                }
                2 => {
                    v_source_gfn = Some(<u64 as rt::WireInt>::from_payload(a.payload())?);
                }
                3 => {
                    v_source_dom = Some(<u16 as rt::WireInt>::from_payload(a.payload())?);
                }
                4 => {
                    v_source_offset = Some(<u16 as rt::WireInt>::from_payload(a.payload())?);
                }
                5 => {
                    v_dest_ref = Some(<u32 as rt::WireInt>::from_payload(a.payload())?);
                }
                6 => {
                    v_dest_gfn = Some(<u64 as rt::WireInt>::from_payload(a.payload())?);
                }
                7 => {
                    v_dest_dom = Some(<u16 as rt::WireInt>::from_payload(a.payload())?);
                }
                8 => {
                    v_dest_offset = Some(<u16 as rt::WireInt>::from_payload(a.payload())?);
                }
                9 => {
                    v_len = Some(<u16 as rt::WireInt>::from_payload(a.payload())?);
                }
                10 => {
                    v_flags = Some(GntcopyFlags(<u16 as rt::WireInt>::from_payload(
                        a.payload(),
                    )?));
                }
                _ => {}
            }
        }
        Some(CopyEntry {
            source_ref: v_source_ref,
            source_gfn: v_source_gfn,
            source_dom: v_source_dom?,
            source_offset: v_source_offset?,
            dest_ref: v_dest_ref,
            dest_gfn: v_dest_gfn,
            dest_dom: v_dest_dom?,
            dest_offset: v_dest_offset?,
            len: v_len?,
            flags: v_flags.unwrap_or(GntcopyFlags(0)),
        })
    }

    fn encode<S: c::Sink>(&self, b: &mut c::Builder<S>) -> c::Result<()> {
        rt::put_opt(b, 1, &self.source_ref)?;
        rt::put_opt(b, 2, &self.source_gfn)?;
        rt::put(b, 3, &self.source_dom)?;
        rt::put(b, 4, &self.source_offset)?;
        rt::put_opt(b, 5, &self.dest_ref)?;
        rt::put_opt(b, 6, &self.dest_gfn)?;
        rt::put(b, 7, &self.dest_dom)?;
        rt::put(b, 8, &self.dest_offset)?;
        rt::put(b, 9, &self.len)?;
        rt::put_def(b, 10, &self.flags, GntcopyFlags(0))?;
        Ok(())
    }
}

impl<'a> rt::Elem<'a> for CopyEntry {
    #[inline]
    fn from_attr(a: &c::Attr<'a>) -> c::Result<Self> {
        rt::nest_from_attr(a)
    }
    #[inline]
    fn from_valid(a: &c::Attr<'a>) -> Option<Self> {
        <Self as rt::AttrSet<'a>>::decode_valid(a.nested())
    }
    fn put_attr<S: c::Sink>(&self, b: &mut c::Builder<S>, raw_kind: u16) -> c::Result<()> {
        rt::FixedNest::<96>::put(b, raw_kind, |w| {
            if let Some(v) = self.source_ref {
                w.int(0x00010008, 4, rt::Scalar::to_reg(v));
            }
            if let Some(v) = self.source_gfn {
                w.int(0x0002000c, 8, rt::Scalar::to_reg(v));
            }
            w.int(0x00030006, 2, rt::Scalar::to_reg(self.source_dom));
            w.int(0x00040006, 2, rt::Scalar::to_reg(self.source_offset));
            if let Some(v) = self.dest_ref {
                w.int(0x00050008, 4, rt::Scalar::to_reg(v));
            }
            if let Some(v) = self.dest_gfn {
                w.int(0x0006000c, 8, rt::Scalar::to_reg(v));
            }
            w.int(0x00070006, 2, rt::Scalar::to_reg(self.dest_dom));
            w.int(0x00080006, 2, rt::Scalar::to_reg(self.dest_offset));
            w.int(0x00090006, 2, rt::Scalar::to_reg(self.len));
            if self.flags != GntcopyFlags(0) {
                w.int(0x000a0006, 2, rt::Scalar::to_reg(self.flags));
            }
        })
    }
}

/// Reply of copy.
#[derive(
    ::core::clone::Clone, ::core::marker::Copy, ::core::fmt::Debug, ::core::cmp::PartialEq,
)]
pub struct CopyReply<'a> {
    /// Result of one request entry.
    ///
    /// `entry` (id 1, nest), required, up to 512.
    pub entry: hvlink_proto::rt::List<'a, EntryResult>,
}

/// Validation policy of `copy-reply`.
pub static COPY_REPLY_POLICY: c::Policy = c::Policy::new(
    "copy-reply",
    &[
        c::AttrPolicy::new(1, "entry", c::AttrType::Nested(&ENTRY_RESULT_POLICY))
            .required()
            .repeated(),
    ],
)
.max_attrs(1024);

/// Descriptor of `copy-reply`.
pub static COPY_REPLY_SET: rt::SetDesc = rt::SetDesc {
    name: "copy-reply",
    doc: "Reply of copy.",
    policy: &COPY_REPLY_POLICY,
    attrs: &[rt::AttrDesc {
        kind: 1,
        name: "entry",
        ty: "nest",
        doc: "Result of one request entry.",
        required: true,
        max_count: 512,
        must_understand: false,
        since: 1,
        default: None,
        enumeration: None,
        nested: Some(&ENTRY_RESULT_SET),
        form: None,
        when: None,
    }],
    forms: &[],
};

impl<'a> CopyReply<'a> {
    /// Validate and decode as [`rt::AttrSet::decode`] does, handing each `entry` to
    /// `each` as it is validated (in message order): the results are read once, not
    /// decoded again from the list. On an error, `each` has seen those before it.
    pub fn decode_each(attrs: c::Attrs<'a>, each: &mut impl FnMut(EntryResult)) -> c::Result<Self> {
        let container = attrs.offset();
        Self::decode_each_at(attrs, container, each)
    }

    fn decode_each_at(
        attrs: c::Attrs<'a>,
        container: usize,
        each: &mut impl FnMut(EntryResult),
    ) -> c::Result<Self> {
        let all = attrs.clone();
        let mut n_entry = 0u32;
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
                    seen |= 0x1;
                    if n_entry >= 512 {
                        return Err(rt::too_many(a));
                    }
                    let v = rt::nest_from_attr::<EntryResult>(&a)?;
                    each(v);
                    n_entry += 1;
                    while count < 1024 && n_entry < 512 {
                        let Some(v) = rt::run_next::<EntryResult>(&mut walk, &[0x80010014]) else {
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
        if seen & 0x1 != 0x1 {
            return Err(rt::missing(container, (0x1 & !seen) as u128, &[1]));
        }
        Ok(CopyReply {
            entry: rt::req_list(rt::list(&all, 1, n_entry), container, 1)?,
        })
    }
}

impl<'a> rt::AttrSet<'a> for CopyReply<'a> {
    const DESC: &'static rt::SetDesc = &COPY_REPLY_SET;

    #[inline]
    fn decode_at(attrs: c::Attrs<'a>, container: usize) -> c::Result<Self> {
        Self::decode_each_at(attrs, container, &mut |_| {})
    }

    #[inline]
    fn decode_valid(attrs: c::Attrs<'a>) -> ::core::option::Option<Self> {
        let all = attrs.clone();
        let mut n_entry = 0u32;
        let mut walk = rt::Walk::new(&attrs);
        while let Some(a) = walk.next().ok()? {
            match a.kind() {
                1 => {
                    n_entry += 1;
                }
                _ => {}
            }
        }
        Some(CopyReply {
            entry: rt::list(&all, 1, n_entry),
        })
    }

    fn encode<S: c::Sink>(&self, b: &mut c::Builder<S>) -> c::Result<()> {
        self.entry.put(b, 1)?;
        Ok(())
    }
}

impl<'a> rt::Elem<'a> for CopyReply<'a> {
    #[inline]
    fn from_attr(a: &c::Attr<'a>) -> c::Result<Self> {
        rt::nest_from_attr(a)
    }
    fn put_attr<S: c::Sink>(&self, b: &mut c::Builder<S>, raw_kind: u16) -> c::Result<()> {
        rt::nest_put(self, b, raw_kind)
    }
}

/// Request naming the domain whose table is meant.
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
    doc: "Request naming the domain whose table is meant.",
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

/// Reply of query_size.
#[derive(
    ::core::clone::Clone, ::core::marker::Copy, ::core::fmt::Debug, ::core::cmp::PartialEq,
)]
pub struct QuerySizeReply {
    /// Current number of frames of the table.
    ///
    /// `nr-frames` (id 1, u32).
    pub nr_frames: Option<u32>,
    /// Largest number of frames the table may grow to.
    ///
    /// `max-nr-frames` (id 2, u32).
    pub max_nr_frames: Option<u32>,
    /// Result of the query.
    ///
    /// `status` (id 3, s16), required.
    pub status: Gntst,
}

/// Validation policy of `query-size-reply`.
pub static QUERY_SIZE_REPLY_POLICY: c::Policy = c::Policy::new(
    "query-size-reply",
    &[
        c::AttrPolicy::new(1, "nr-frames", c::AttrType::U32),
        c::AttrPolicy::new(2, "max-nr-frames", c::AttrType::U32),
        c::AttrPolicy::new(3, "status", c::AttrType::S16).required(),
    ],
)
.max_attrs(1024);

/// Descriptor of `query-size-reply`.
pub static QUERY_SIZE_REPLY_SET: rt::SetDesc = rt::SetDesc {
    name: "query-size-reply",
    doc: "Reply of query_size.",
    policy: &QUERY_SIZE_REPLY_POLICY,
    attrs: &[
        rt::AttrDesc {
            kind: 1,
            name: "nr-frames",
            ty: "u32",
            doc: "Current number of frames of the table.",
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
            kind: 2,
            name: "max-nr-frames",
            ty: "u32",
            doc: "Largest number of frames the table may grow to.",
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
            kind: 3,
            name: "status",
            ty: "s16",
            doc: "Result of the query.",
            required: true,
            max_count: 0,
            must_understand: false,
            since: 1,
            default: None,
            enumeration: Some("gntst"),
            nested: None,
            form: None,
            when: None,
        },
    ],
    forms: &[],
};

impl<'a> rt::AttrSet<'a> for QuerySizeReply {
    const DESC: &'static rt::SetDesc = &QUERY_SIZE_REPLY_SET;

    fn decode_at(attrs: c::Attrs<'a>, container: usize) -> c::Result<Self> {
        let mut v_nr_frames: Option<u32> = None;
        let mut v_max_nr_frames: Option<u32> = None;
        let mut v_status: Option<Gntst> = None;
        let mut seen: u32 = 0;
        let mut count = 0u32;
        'walk: {
            if let Ok(b) = <&[u8; 24]>::try_from(attrs.remaining()) {
                if rt::word(b, 0) == 0x00010008
                    && rt::word(b, 8) == 0x00020008
                    && rt::word(b, 16) == 0x00030006
                {
                    let at = attrs.offset();
                    {
                        let a = c::Attr::new(0x0001, at as u32, rt::bytes(b, 4, 4));
                        seen |= 0x1;
                        let r = rt::int::<u32>(&a)?;
                        let v = r;
                        v_nr_frames = Some(v);
                    }
                    {
                        let a = c::Attr::new(0x0002, (at + 8) as u32, rt::bytes(b, 12, 4));
                        seen |= 0x2;
                        let r = rt::int::<u32>(&a)?;
                        let v = r;
                        v_max_nr_frames = Some(v);
                    }
                    {
                        let a = c::Attr::new(0x0003, (at + 16) as u32, rt::bytes(b, 20, 2));
                        seen |= 0x4;
                        let r = rt::int::<i16>(&a)?;
                        let v = Gntst(r);
                        v_status = Some(v);
                    }
                    break 'walk;
                }
            }
            if let Ok(b) = <&[u8; 16]>::try_from(attrs.remaining()) {
                if rt::word(b, 0) == 0x00020008 && rt::word(b, 8) == 0x00030006 {
                    let at = attrs.offset();
                    {
                        let a = c::Attr::new(0x0002, at as u32, rt::bytes(b, 4, 4));
                        seen |= 0x2;
                        let r = rt::int::<u32>(&a)?;
                        let v = r;
                        v_max_nr_frames = Some(v);
                    }
                    {
                        let a = c::Attr::new(0x0003, (at + 8) as u32, rt::bytes(b, 12, 2));
                        seen |= 0x4;
                        let r = rt::int::<i16>(&a)?;
                        let v = Gntst(r);
                        v_status = Some(v);
                    }
                    break 'walk;
                }
            }
            if let Ok(b) = <&[u8; 16]>::try_from(attrs.remaining()) {
                if rt::word(b, 0) == 0x00010008 && rt::word(b, 8) == 0x00030006 {
                    let at = attrs.offset();
                    {
                        let a = c::Attr::new(0x0001, at as u32, rt::bytes(b, 4, 4));
                        seen |= 0x1;
                        let r = rt::int::<u32>(&a)?;
                        let v = r;
                        v_nr_frames = Some(v);
                    }
                    {
                        let a = c::Attr::new(0x0003, (at + 8) as u32, rt::bytes(b, 12, 2));
                        seen |= 0x4;
                        let r = rt::int::<i16>(&a)?;
                        let v = Gntst(r);
                        v_status = Some(v);
                    }
                    break 'walk;
                }
            }
            if let Ok(b) = <&[u8; 8]>::try_from(attrs.remaining()) {
                if rt::word(b, 0) == 0x00030006 {
                    let at = attrs.offset();
                    {
                        let a = c::Attr::new(0x0003, at as u32, rt::bytes(b, 4, 2));
                        seen |= 0x4;
                        let r = rt::int::<i16>(&a)?;
                        let v = Gntst(r);
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
                v_nr_frames = Some(v);
            }
            if let Some(a) = walk.expect(0x00020008) {
                count += 1;
                seen |= 0x2;
                let r = rt::int::<u32>(&a)?;
                let v = r;
                v_max_nr_frames = Some(v);
            }
            if let Some(a) = walk.expect(0x00030006) {
                count += 1;
                seen |= 0x4;
                let r = rt::int::<i16>(&a)?;
                let v = Gntst(r);
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
                        v_nr_frames = Some(v);
                    }
                    2 => {
                        if seen & 0x2 != 0 {
                            return Err(rt::duplicate(a));
                        }
                        seen |= 0x2;
                        let r = rt::int::<u32>(&a)?;
                        let v = r;
                        v_max_nr_frames = Some(v);
                    }
                    3 => {
                        if seen & 0x4 != 0 {
                            return Err(rt::duplicate(a));
                        }
                        seen |= 0x4;
                        let r = rt::int::<i16>(&a)?;
                        let v = Gntst(r);
                        v_status = Some(v);
                    }
                    _ => rt::unknown(&a)?,
                }
            }
        }
        if seen & 0x4 != 0x4 {
            return Err(rt::missing(container, (0x4 & !seen) as u128, &[1, 2, 3]));
        }
        Ok(QuerySizeReply {
            nr_frames: v_nr_frames,
            max_nr_frames: v_max_nr_frames,
            status: rt::req(v_status, container, 3)?,
        })
    }

    fn encode<S: c::Sink>(&self, b: &mut c::Builder<S>) -> c::Result<()> {
        rt::put_opt(b, 1, &self.nr_frames)?;
        rt::put_opt(b, 2, &self.max_nr_frames)?;
        rt::put(b, 3, &self.status)?;
        Ok(())
    }
}

impl<'a> rt::Elem<'a> for QuerySizeReply {
    #[inline]
    fn from_attr(a: &c::Attr<'a>) -> c::Result<Self> {
        rt::nest_from_attr(a)
    }
    fn put_attr<S: c::Sink>(&self, b: &mut c::Builder<S>, raw_kind: u16) -> c::Result<()> {
        rt::nest_put(self, b, raw_kind)
    }
}

/// Request of unmap_and_replace.
#[derive(
    ::core::clone::Clone, ::core::marker::Copy, ::core::fmt::Debug, ::core::cmp::PartialEq,
)]
pub struct UnmapAndReplaceReq {
    /// Guest-physical address of the grant mapping to remove.
    ///
    /// `host-addr` (id 1, u64), required.
    pub host_addr: u64,
    /// Guest-physical address whose mapping moves to host-addr; 0 for none.
    ///
    /// `new-addr` (id 2, u64), default `0u64` when absent.
    pub new_addr: u64,
    /// Handle of the mapping.
    ///
    /// `handle` (id 3, u32), required.
    pub handle: u32,
}

/// Validation policy of `unmap-and-replace-req`.
pub static UNMAP_AND_REPLACE_REQ_POLICY: c::Policy = c::Policy::new(
    "unmap-and-replace-req",
    &[
        c::AttrPolicy::new(1, "host-addr", c::AttrType::U64).required(),
        c::AttrPolicy::new(2, "new-addr", c::AttrType::U64),
        c::AttrPolicy::new(3, "handle", c::AttrType::U32).required(),
    ],
)
.max_attrs(1024);

/// Descriptor of `unmap-and-replace-req`.
pub static UNMAP_AND_REPLACE_REQ_SET: rt::SetDesc = rt::SetDesc {
    name: "unmap-and-replace-req",
    doc: "Request of unmap_and_replace.",
    policy: &UNMAP_AND_REPLACE_REQ_POLICY,
    attrs: &[
        rt::AttrDesc {
            kind: 1,
            name: "host-addr",
            ty: "u64",
            doc: "Guest-physical address of the grant mapping to remove.",
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
            name: "new-addr",
            ty: "u64",
            doc: "Guest-physical address whose mapping moves to host-addr; 0 for none.",
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
            name: "handle",
            ty: "u32",
            doc: "Handle of the mapping.",
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

impl<'a> rt::AttrSet<'a> for UnmapAndReplaceReq {
    const DESC: &'static rt::SetDesc = &UNMAP_AND_REPLACE_REQ_SET;

    fn decode_at(attrs: c::Attrs<'a>, container: usize) -> c::Result<Self> {
        let mut v_host_addr: Option<u64> = None;
        let mut v_new_addr: Option<u64> = None;
        let mut v_handle: Option<u32> = None;
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
                        v_host_addr = Some(v);
                    }
                    {
                        let a = c::Attr::new(0x0002, (at + 12) as u32, rt::bytes(b, 16, 8));
                        seen |= 0x2;
                        let r = rt::int::<u64>(&a)?;
                        let v = r;
                        v_new_addr = Some(v);
                    }
                    {
                        let a = c::Attr::new(0x0003, (at + 24) as u32, rt::bytes(b, 28, 4));
                        seen |= 0x4;
                        let r = rt::int::<u32>(&a)?;
                        let v = r;
                        v_handle = Some(v);
                    }
                    break 'walk;
                }
            }
            if let Ok(b) = <&[u8; 20]>::try_from(attrs.remaining()) {
                if rt::word(b, 0) == 0x0001000c && rt::word(b, 12) == 0x00030008 {
                    let at = attrs.offset();
                    {
                        let a = c::Attr::new(0x0001, at as u32, rt::bytes(b, 4, 8));
                        seen |= 0x1;
                        let r = rt::int::<u64>(&a)?;
                        let v = r;
                        v_host_addr = Some(v);
                    }
                    {
                        let a = c::Attr::new(0x0003, (at + 12) as u32, rt::bytes(b, 16, 4));
                        seen |= 0x4;
                        let r = rt::int::<u32>(&a)?;
                        let v = r;
                        v_handle = Some(v);
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
                v_host_addr = Some(v);
            }
            if let Some(a) = walk.expect(0x0002000c) {
                count += 1;
                seen |= 0x2;
                let r = rt::int::<u64>(&a)?;
                let v = r;
                v_new_addr = Some(v);
            }
            if let Some(a) = walk.expect(0x00030008) {
                count += 1;
                seen |= 0x4;
                let r = rt::int::<u32>(&a)?;
                let v = r;
                v_handle = Some(v);
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
                        v_host_addr = Some(v);
                    }
                    2 => {
                        if seen & 0x2 != 0 {
                            return Err(rt::duplicate(a));
                        }
                        seen |= 0x2;
                        let r = rt::int::<u64>(&a)?;
                        let v = r;
                        v_new_addr = Some(v);
                    }
                    3 => {
                        if seen & 0x4 != 0 {
                            return Err(rt::duplicate(a));
                        }
                        seen |= 0x4;
                        let r = rt::int::<u32>(&a)?;
                        let v = r;
                        v_handle = Some(v);
                    }
                    _ => rt::unknown(&a)?,
                }
            }
        }
        if seen & 0x5 != 0x5 {
            return Err(rt::missing(container, (0x5 & !seen) as u128, &[1, 2, 3]));
        }
        Ok(UnmapAndReplaceReq {
            host_addr: rt::req(v_host_addr, container, 1)?,
            new_addr: v_new_addr.unwrap_or(0u64),
            handle: rt::req(v_handle, container, 3)?,
        })
    }

    fn encode<S: c::Sink>(&self, b: &mut c::Builder<S>) -> c::Result<()> {
        rt::put(b, 1, &self.host_addr)?;
        rt::put_def(b, 2, &self.new_addr, 0u64)?;
        rt::put(b, 3, &self.handle)?;
        Ok(())
    }
}

impl<'a> rt::Elem<'a> for UnmapAndReplaceReq {
    #[inline]
    fn from_attr(a: &c::Attr<'a>) -> c::Result<Self> {
        rt::nest_from_attr(a)
    }
    fn put_attr<S: c::Sink>(&self, b: &mut c::Builder<S>, raw_kind: u16) -> c::Result<()> {
        rt::nest_put(self, b, raw_kind)
    }
}

/// Reply carrying one grant status.
#[derive(
    ::core::clone::Clone, ::core::marker::Copy, ::core::fmt::Debug, ::core::cmp::PartialEq,
)]
pub struct StatusReply {
    /// Result of the operation.
    ///
    /// `status` (id 1, s16), required.
    pub status: Gntst,
}

/// Validation policy of `status-reply`.
pub static STATUS_REPLY_POLICY: c::Policy = c::Policy::new(
    "status-reply",
    &[c::AttrPolicy::new(1, "status", c::AttrType::S16).required()],
)
.max_attrs(1024);

/// Descriptor of `status-reply`.
pub static STATUS_REPLY_SET: rt::SetDesc = rt::SetDesc {
    name: "status-reply",
    doc: "Reply carrying one grant status.",
    policy: &STATUS_REPLY_POLICY,
    attrs: &[rt::AttrDesc {
        kind: 1,
        name: "status",
        ty: "s16",
        doc: "Result of the operation.",
        required: true,
        max_count: 0,
        must_understand: false,
        since: 1,
        default: None,
        enumeration: Some("gntst"),
        nested: None,
        form: None,
        when: None,
    }],
    forms: &[],
};

impl<'a> rt::AttrSet<'a> for StatusReply {
    const DESC: &'static rt::SetDesc = &STATUS_REPLY_SET;

    fn decode_at(attrs: c::Attrs<'a>, container: usize) -> c::Result<Self> {
        let mut v_status: Option<Gntst> = None;
        let mut seen: u32 = 0;
        let mut count = 0u32;
        'walk: {
            if let Ok(b) = <&[u8; 8]>::try_from(attrs.remaining()) {
                if rt::word(b, 0) == 0x00010006 {
                    let at = attrs.offset();
                    {
                        let a = c::Attr::new(0x0001, at as u32, rt::bytes(b, 4, 2));
                        seen |= 0x1;
                        let r = rt::int::<i16>(&a)?;
                        let v = Gntst(r);
                        v_status = Some(v);
                    }
                    break 'walk;
                }
            }
            let mut walk = rt::Walk::new(&attrs);
            if let Some(a) = walk.expect(0x00010006) {
                count += 1;
                seen |= 0x1;
                let r = rt::int::<i16>(&a)?;
                let v = Gntst(r);
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
                        let r = rt::int::<i16>(&a)?;
                        let v = Gntst(r);
                        v_status = Some(v);
                    }
                    _ => rt::unknown(&a)?,
                }
            }
        }
        if seen & 0x1 != 0x1 {
            return Err(rt::missing(container, (0x1 & !seen) as u128, &[1]));
        }
        Ok(StatusReply {
            status: rt::req(v_status, container, 1)?,
        })
    }

    fn encode<S: c::Sink>(&self, b: &mut c::Builder<S>) -> c::Result<()> {
        rt::put(b, 1, &self.status)?;
        Ok(())
    }
}

impl<'a> rt::Elem<'a> for StatusReply {
    #[inline]
    fn from_attr(a: &c::Attr<'a>) -> c::Result<Self> {
        rt::nest_from_attr(a)
    }
    fn put_attr<S: c::Sink>(&self, b: &mut c::Builder<S>, raw_kind: u16) -> c::Result<()> {
        rt::nest_put(self, b, raw_kind)
    }
}

/// Request of set_version.
#[derive(
    ::core::clone::Clone, ::core::marker::Copy, ::core::fmt::Debug, ::core::cmp::PartialEq,
)]
pub struct SetVersionReq {
    /// Grant table format wanted (1 or 2); only before any grant is active.
    ///
    /// `version` (id 1, u32), required.
    pub version: u32,
}

/// Validation policy of `set-version-req`.
pub static SET_VERSION_REQ_POLICY: c::Policy = c::Policy::new(
    "set-version-req",
    &[c::AttrPolicy::new(1, "version", c::AttrType::U32)
        .required()
        .values(c::Values::Range { min: 1, max: 2 })],
)
.max_attrs(1024);

/// Descriptor of `set-version-req`.
pub static SET_VERSION_REQ_SET: rt::SetDesc = rt::SetDesc {
    name: "set-version-req",
    doc: "Request of set_version.",
    policy: &SET_VERSION_REQ_POLICY,
    attrs: &[rt::AttrDesc {
        kind: 1,
        name: "version",
        ty: "u32",
        doc: "Grant table format wanted (1 or 2); only before any grant is active.",
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

impl<'a> rt::AttrSet<'a> for SetVersionReq {
    const DESC: &'static rt::SetDesc = &SET_VERSION_REQ_SET;

    fn decode_at(attrs: c::Attrs<'a>, container: usize) -> c::Result<Self> {
        let mut v_version: Option<u32> = None;
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
                        rt::check_range(&a, r as i128, 1, 2)?;
                        let v = r;
                        v_version = Some(v);
                    }
                    break 'walk;
                }
            }
            let mut walk = rt::Walk::new(&attrs);
            if let Some(a) = walk.expect(0x00010008) {
                count += 1;
                seen |= 0x1;
                let r = rt::int::<u32>(&a)?;
                rt::check_range(&a, r as i128, 1, 2)?;
                let v = r;
                v_version = Some(v);
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
                        rt::check_range(&a, r as i128, 1, 2)?;
                        let v = r;
                        v_version = Some(v);
                    }
                    _ => rt::unknown(&a)?,
                }
            }
        }
        if seen & 0x1 != 0x1 {
            return Err(rt::missing(container, (0x1 & !seen) as u128, &[1]));
        }
        Ok(SetVersionReq {
            version: rt::req(v_version, container, 1)?,
        })
    }

    fn encode<S: c::Sink>(&self, b: &mut c::Builder<S>) -> c::Result<()> {
        rt::put(b, 1, &self.version)?;
        Ok(())
    }
}

impl<'a> rt::Elem<'a> for SetVersionReq {
    #[inline]
    fn from_attr(a: &c::Attr<'a>) -> c::Result<Self> {
        rt::nest_from_attr(a)
    }
    fn put_attr<S: c::Sink>(&self, b: &mut c::Builder<S>, raw_kind: u16) -> c::Result<()> {
        rt::nest_put(self, b, raw_kind)
    }
}

/// Reply carrying a grant table format version.
#[derive(
    ::core::clone::Clone, ::core::marker::Copy, ::core::fmt::Debug, ::core::cmp::PartialEq,
)]
pub struct VersionReply {
    /// Grant table format in effect.
    ///
    /// `version` (id 1, u32), required.
    pub version: u32,
}

/// Validation policy of `version-reply`.
pub static VERSION_REPLY_POLICY: c::Policy = c::Policy::new(
    "version-reply",
    &[c::AttrPolicy::new(1, "version", c::AttrType::U32).required()],
)
.max_attrs(1024);

/// Descriptor of `version-reply`.
pub static VERSION_REPLY_SET: rt::SetDesc = rt::SetDesc {
    name: "version-reply",
    doc: "Reply carrying a grant table format version.",
    policy: &VERSION_REPLY_POLICY,
    attrs: &[rt::AttrDesc {
        kind: 1,
        name: "version",
        ty: "u32",
        doc: "Grant table format in effect.",
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

impl<'a> rt::AttrSet<'a> for VersionReply {
    const DESC: &'static rt::SetDesc = &VERSION_REPLY_SET;

    fn decode_at(attrs: c::Attrs<'a>, container: usize) -> c::Result<Self> {
        let mut v_version: Option<u32> = None;
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
                        v_version = Some(v);
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
                v_version = Some(v);
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
                        v_version = Some(v);
                    }
                    _ => rt::unknown(&a)?,
                }
            }
        }
        if seen & 0x1 != 0x1 {
            return Err(rt::missing(container, (0x1 & !seen) as u128, &[1]));
        }
        Ok(VersionReply {
            version: rt::req(v_version, container, 1)?,
        })
    }

    fn encode<S: c::Sink>(&self, b: &mut c::Builder<S>) -> c::Result<()> {
        rt::put(b, 1, &self.version)?;
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

/// Request of swap_grant_ref.
#[derive(
    ::core::clone::Clone, ::core::marker::Copy, ::core::fmt::Debug, ::core::cmp::PartialEq,
)]
pub struct SwapReq {
    /// First grant reference of the caller's table.
    ///
    /// `ref-a` (id 1, u32), required.
    pub ref_a: u32,
    /// Second grant reference of the caller's table.
    ///
    /// `ref-b` (id 2, u32), required.
    pub ref_b: u32,
}

/// Validation policy of `swap-req`.
pub static SWAP_REQ_POLICY: c::Policy = c::Policy::new(
    "swap-req",
    &[
        c::AttrPolicy::new(1, "ref-a", c::AttrType::U32).required(),
        c::AttrPolicy::new(2, "ref-b", c::AttrType::U32).required(),
    ],
)
.max_attrs(1024);

/// Descriptor of `swap-req`.
pub static SWAP_REQ_SET: rt::SetDesc = rt::SetDesc {
    name: "swap-req",
    doc: "Request of swap_grant_ref.",
    policy: &SWAP_REQ_POLICY,
    attrs: &[
        rt::AttrDesc {
            kind: 1,
            name: "ref-a",
            ty: "u32",
            doc: "First grant reference of the caller's table.",
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
            name: "ref-b",
            ty: "u32",
            doc: "Second grant reference of the caller's table.",
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

impl<'a> rt::AttrSet<'a> for SwapReq {
    const DESC: &'static rt::SetDesc = &SWAP_REQ_SET;

    fn decode_at(attrs: c::Attrs<'a>, container: usize) -> c::Result<Self> {
        let mut v_ref_a: Option<u32> = None;
        let mut v_ref_b: Option<u32> = None;
        let mut seen: u32 = 0;
        let mut count = 0u32;
        'walk: {
            if let Ok(b) = <&[u8; 16]>::try_from(attrs.remaining()) {
                if rt::word(b, 0) == 0x00010008 && rt::word(b, 8) == 0x00020008 {
                    let at = attrs.offset();
                    {
                        let a = c::Attr::new(0x0001, at as u32, rt::bytes(b, 4, 4));
                        seen |= 0x1;
                        let r = rt::int::<u32>(&a)?;
                        let v = r;
                        v_ref_a = Some(v);
                    }
                    {
                        let a = c::Attr::new(0x0002, (at + 8) as u32, rt::bytes(b, 12, 4));
                        seen |= 0x2;
                        let r = rt::int::<u32>(&a)?;
                        let v = r;
                        v_ref_b = Some(v);
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
                v_ref_a = Some(v);
            }
            if let Some(a) = walk.expect(0x00020008) {
                count += 1;
                seen |= 0x2;
                let r = rt::int::<u32>(&a)?;
                let v = r;
                v_ref_b = Some(v);
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
                        v_ref_a = Some(v);
                    }
                    2 => {
                        if seen & 0x2 != 0 {
                            return Err(rt::duplicate(a));
                        }
                        seen |= 0x2;
                        let r = rt::int::<u32>(&a)?;
                        let v = r;
                        v_ref_b = Some(v);
                    }
                    _ => rt::unknown(&a)?,
                }
            }
        }
        if seen & 0x3 != 0x3 {
            return Err(rt::missing(container, (0x3 & !seen) as u128, &[1, 2]));
        }
        Ok(SwapReq {
            ref_a: rt::req(v_ref_a, container, 1)?,
            ref_b: rt::req(v_ref_b, container, 2)?,
        })
    }

    fn encode<S: c::Sink>(&self, b: &mut c::Builder<S>) -> c::Result<()> {
        rt::put(b, 1, &self.ref_a)?;
        rt::put(b, 2, &self.ref_b)?;
        Ok(())
    }
}

impl<'a> rt::Elem<'a> for SwapReq {
    #[inline]
    fn from_attr(a: &c::Attr<'a>) -> c::Result<Self> {
        rt::nest_from_attr(a)
    }
    fn put_attr<S: c::Sink>(&self, b: &mut c::Builder<S>, raw_kind: u16) -> c::Result<()> {
        rt::nest_put(self, b, raw_kind)
    }
}

/// Map granted frames of other domains (one entry or a batch, each with its own status).
///
/// Op 0 (`map_grant_ref`), privilege `logical`; Xen `GNTTABOP_map_grant_ref`; max reply 40960 bytes; async; batch.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct MapGrantRef;

/// The request of [`MapGrantRef`].
pub type MapGrantRefRequest<'a> = MapReq<'a>;

/// The reply of [`MapGrantRef`].
pub type MapGrantRefReply<'a> = MapReply<'a>;

/// Descriptor of [`MapGrantRef`].
pub static OP_MAP_GRANT_REF: rt::OpDesc = rt::OpDesc {
    family: "grant_table",
    family_id: ID,
    msg_type: MSG_TYPE,
    family_version: VERSION,
    name: "map_grant_ref",
    id: 0,
    since: 1,
    privilege: rt::Privilege::Logical,
    flags: rt::op_flags::FASTABI | rt::op_flags::ASYNC | rt::op_flags::BATCH,
    request: &MAP_REQ_SET,
    reply: &MAP_REPLY_SET,
    max_reply: 40960,
    target_domain: None,
    fastabi: Some(rt::RegMap {
        form: Some("single"),
        inputs: &[
            (1, rt::Reg::Rsi),
            (4, rt::Reg::R8),
            (3, rt::Reg::R9),
            (2, rt::Reg::R10),
        ],
        outputs: &[(2, rt::Reg::R11), (1, rt::Reg::R12)],
    }),
    ring_only: None,
    register_only: None,
    doc: "Map granted frames of other domains (one entry or a batch, each with its own status).",
};

impl rt::Op for MapGrantRef {
    const DESC: &'static rt::OpDesc = &OP_MAP_GRANT_REF;
    type Request<'a> = MapReq<'a>;
    type Reply<'a> = MapReply<'a>;
}

impl rt::FastAbi for MapGrantRef {
    fn request_to_regs(
        req: &Self::Request<'_>,
        r: &mut rt::Regs,
    ) -> ::core::result::Result<(), hvlink_proto::Errno> {
        let MapReqForm::Single {
            dom,
            flags,
            host_addr,
            r#ref,
        } = &req.form
        else {
            return Err(hvlink_proto::Errno::EINVAL);
        };
        r.rsi = rt::reg(*dom);
        r.r8 = rt::reg(*host_addr);
        r.r9 = rt::reg(*flags);
        r.r10 = rt::reg(*r#ref);
        Ok(())
    }
    fn request_from_regs(
        r: &rt::Regs,
    ) -> ::core::result::Result<Self::Request<'static>, hvlink_proto::Errno> {
        let v_dom = rt::unreg::<u16>(r.rsi, &MAP_REQ_POLICY.attrs[0])?;
        let v_ref = rt::unreg::<u32>(r.r10, &MAP_REQ_POLICY.attrs[1])?;
        let v_flags = rt::unreg::<GntmapFlags>(r.r9, &MAP_REQ_POLICY.attrs[2])?;
        let v_host_addr = rt::unreg::<u64>(r.r8, &MAP_REQ_POLICY.attrs[3])?;
        Ok(MapReq {
            form: MapReqForm::Single {
                dom: v_dom,
                r#ref: v_ref,
                flags: v_flags,
                host_addr: v_host_addr,
            },
        })
    }
    fn reply_to_regs(
        rep: &Self::Reply<'_>,
        r: &mut rt::Regs,
    ) -> ::core::result::Result<(), hvlink_proto::Errno> {
        let MapReplyForm::Single { handle, status, .. } = &rep.form else {
            return Err(hvlink_proto::Errno::EINVAL);
        };
        r.r11 = rt::reg_opt(*handle);
        r.r12 = rt::reg(*status);
        Ok(())
    }
    fn reply_from_regs(
        r: &rt::Regs,
    ) -> ::core::result::Result<Self::Reply<'static>, hvlink_proto::Errno> {
        let v_status = rt::unreg::<Gntst>(r.r12, &MAP_REPLY_POLICY.attrs[0])?;
        let v_handle = if rt::holds(Some(rt::Scalar::to_i128(v_status)), &[0]) {
            Some(rt::unreg::<u32>(r.r11, &MAP_REPLY_POLICY.attrs[1])?)
        } else {
            None
        };
        Ok(MapReply {
            form: MapReplyForm::Single {
                status: v_status,
                handle: v_handle,
                dev_bus_addr: None,
            },
        })
    }
}

/// Remove mappings made by map_grant_ref (one entry or a batch).
///
/// Op 1 (`unmap_grant_ref`), privilege `logical`; Xen `GNTTABOP_unmap_grant_ref`; max reply 20480 bytes; async; batch.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct UnmapGrantRef;

/// The request of [`UnmapGrantRef`].
pub type UnmapGrantRefRequest<'a> = UnmapReq<'a>;

/// The reply of [`UnmapGrantRef`].
pub type UnmapGrantRefReply<'a> = UnmapReply<'a>;

/// Descriptor of [`UnmapGrantRef`].
pub static OP_UNMAP_GRANT_REF: rt::OpDesc = rt::OpDesc {
    family: "grant_table",
    family_id: ID,
    msg_type: MSG_TYPE,
    family_version: VERSION,
    name: "unmap_grant_ref",
    id: 1,
    since: 1,
    privilege: rt::Privilege::Logical,
    flags: rt::op_flags::FASTABI | rt::op_flags::ASYNC | rt::op_flags::BATCH,
    request: &UNMAP_REQ_SET,
    reply: &UNMAP_REPLY_SET,
    max_reply: 20480,
    target_domain: None,
    fastabi: Some(rt::RegMap {
        form: Some("single"),
        inputs: &[(1, rt::Reg::R8), (3, rt::Reg::R11)],
        outputs: &[(1, rt::Reg::R12)],
    }),
    ring_only: None,
    register_only: None,
    doc: "Remove mappings made by map_grant_ref (one entry or a batch).",
};

impl rt::Op for UnmapGrantRef {
    const DESC: &'static rt::OpDesc = &OP_UNMAP_GRANT_REF;
    type Request<'a> = UnmapReq<'a>;
    type Reply<'a> = UnmapReply<'a>;
}

impl rt::FastAbi for UnmapGrantRef {
    fn request_to_regs(
        req: &Self::Request<'_>,
        r: &mut rt::Regs,
    ) -> ::core::result::Result<(), hvlink_proto::Errno> {
        let UnmapReqForm::Single {
            handle, host_addr, ..
        } = &req.form
        else {
            return Err(hvlink_proto::Errno::EINVAL);
        };
        r.r8 = rt::reg(*host_addr);
        r.r11 = rt::reg(*handle);
        Ok(())
    }
    fn request_from_regs(
        r: &rt::Regs,
    ) -> ::core::result::Result<Self::Request<'static>, hvlink_proto::Errno> {
        let v_host_addr = rt::unreg::<u64>(r.r8, &UNMAP_REQ_POLICY.attrs[0])?;
        let v_handle = rt::unreg::<u32>(r.r11, &UNMAP_REQ_POLICY.attrs[2])?;
        Ok(UnmapReq {
            form: UnmapReqForm::Single {
                host_addr: v_host_addr,
                dev_bus_addr: 0u64,
                handle: v_handle,
            },
        })
    }
    fn reply_to_regs(
        rep: &Self::Reply<'_>,
        r: &mut rt::Regs,
    ) -> ::core::result::Result<(), hvlink_proto::Errno> {
        let UnmapReplyForm::Single { status } = &rep.form else {
            return Err(hvlink_proto::Errno::EINVAL);
        };
        r.r12 = rt::reg(*status);
        Ok(())
    }
    fn reply_from_regs(
        r: &rt::Regs,
    ) -> ::core::result::Result<Self::Reply<'static>, hvlink_proto::Errno> {
        let v_status = rt::unreg::<Gntst>(r.r12, &UNMAP_REPLY_POLICY.attrs[0])?;
        Ok(UnmapReply {
            form: UnmapReplyForm::Single { status: v_status },
        })
    }
}

/// Set up a grant table of at least nr-frames frames and list its frames.
///
/// Op 2 (`setup_table`), privilege `privileged`; Xen `GNTTABOP_setup_table`; max reply 12296 bytes; ring only: The frame list (up to 1024 frames) does not fit in registers..
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct SetupTable;

/// The request of [`SetupTable`].
pub type SetupTableRequest = FramesReq;

/// The reply of [`SetupTable`].
pub type SetupTableReply<'a> = FramesReply<'a>;

/// Descriptor of [`SetupTable`].
pub static OP_SETUP_TABLE: rt::OpDesc = rt::OpDesc {
    family: "grant_table",
    family_id: ID,
    msg_type: MSG_TYPE,
    family_version: VERSION,
    name: "setup_table",
    id: 2,
    since: 1,
    privilege: rt::Privilege::Privileged,
    flags: rt::op_flags::TARGET_DOMAIN,
    request: &FRAMES_REQ_SET,
    reply: &FRAMES_REPLY_SET,
    max_reply: 12296,
    target_domain: Some(1),
    fastabi: None,
    ring_only: Some("The frame list (up to 1024 frames) does not fit in registers."),
    register_only: None,
    doc: "Set up a grant table of at least nr-frames frames and list its frames.",
};

impl rt::Op for SetupTable {
    const DESC: &'static rt::OpDesc = &OP_SETUP_TABLE;
    type Request<'a> = FramesReq;
    type Reply<'a> = FramesReply<'a>;
}

/// Copy bytes between granted and local frames (a batch, each entry with its own status).
///
/// Op 5 (`copy`), privilege `logical`; Xen `GNTTABOP_copy`; max reply 10240 bytes; async; batch; ring only: A copy entry has ten fields and the op is only worth it in batches..
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct CopyOp;

/// The request of [`CopyOp`].
pub type CopyRequest<'a> = CopyReq<'a>;

/// Descriptor of [`CopyOp`].
pub static OP_COPY: rt::OpDesc = rt::OpDesc {
    family: "grant_table",
    family_id: ID,
    msg_type: MSG_TYPE,
    family_version: VERSION,
    name: "copy",
    id: 5,
    since: 1,
    privilege: rt::Privilege::Logical,
    flags: rt::op_flags::ASYNC | rt::op_flags::BATCH,
    request: &COPY_REQ_SET,
    reply: &COPY_REPLY_SET,
    max_reply: 10240,
    target_domain: None,
    fastabi: None,
    ring_only: Some("A copy entry has ten fields and the op is only worth it in batches."),
    register_only: None,
    doc: "Copy bytes between granted and local frames (a batch, each entry with its own status).",
};

impl rt::Op for CopyOp {
    const DESC: &'static rt::OpDesc = &OP_COPY;
    type Request<'a> = CopyReq<'a>;
    type Reply<'a> = CopyReply<'a>;
}

/// Report the current and maximum size of a grant table.
///
/// Op 6 (`query_size`), privilege `logical`; Xen `GNTTABOP_query_size`; max reply 24 bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct QuerySize;

/// The request of [`QuerySize`].
pub type QuerySizeRequest = DomReq;

/// Descriptor of [`QuerySize`].
pub static OP_QUERY_SIZE: rt::OpDesc = rt::OpDesc {
    family: "grant_table",
    family_id: ID,
    msg_type: MSG_TYPE,
    family_version: VERSION,
    name: "query_size",
    id: 6,
    since: 1,
    privilege: rt::Privilege::Logical,
    flags: rt::op_flags::FASTABI | rt::op_flags::TARGET_DOMAIN,
    request: &DOM_REQ_SET,
    reply: &QUERY_SIZE_REPLY_SET,
    max_reply: 24,
    target_domain: Some(1),
    fastabi: Some(rt::RegMap {
        form: None,
        inputs: &[],
        outputs: &[(1, rt::Reg::Rsi), (2, rt::Reg::R8), (3, rt::Reg::R12)],
    }),
    ring_only: None,
    register_only: None,
    doc: "Report the current and maximum size of a grant table.",
};

impl rt::Op for QuerySize {
    const DESC: &'static rt::OpDesc = &OP_QUERY_SIZE;
    type Request<'a> = DomReq;
    type Reply<'a> = QuerySizeReply;
}

impl rt::FastAbi for QuerySize {
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
        Ok(DomReq { dom: 0x7ff0u16 })
    }
    fn reply_to_regs(
        rep: &Self::Reply<'_>,
        r: &mut rt::Regs,
    ) -> ::core::result::Result<(), hvlink_proto::Errno> {
        r.rsi = rt::reg_opt(rep.nr_frames);
        r.r8 = rt::reg_opt(rep.max_nr_frames);
        r.r12 = rt::reg(rep.status);
        Ok(())
    }
    fn reply_from_regs(
        r: &rt::Regs,
    ) -> ::core::result::Result<Self::Reply<'static>, hvlink_proto::Errno> {
        let v_nr_frames = Some(rt::unreg::<u32>(r.rsi, &QUERY_SIZE_REPLY_POLICY.attrs[0])?);
        let v_max_nr_frames = Some(rt::unreg::<u32>(r.r8, &QUERY_SIZE_REPLY_POLICY.attrs[1])?);
        let v_status = rt::unreg::<Gntst>(r.r12, &QUERY_SIZE_REPLY_POLICY.attrs[2])?;
        Ok(QuerySizeReply {
            nr_frames: v_nr_frames,
            max_nr_frames: v_max_nr_frames,
            status: v_status,
        })
    }
}

/// Remove a grant mapping and move another mapping into its place.
///
/// Op 7 (`unmap_and_replace`), privilege `privileged`; Xen `GNTTABOP_unmap_and_replace`; max reply 8 bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct UnmapAndReplace;

/// The request of [`UnmapAndReplace`].
pub type UnmapAndReplaceRequest = UnmapAndReplaceReq;

/// The reply of [`UnmapAndReplace`].
pub type UnmapAndReplaceReply = StatusReply;

/// Descriptor of [`UnmapAndReplace`].
pub static OP_UNMAP_AND_REPLACE: rt::OpDesc = rt::OpDesc {
    family: "grant_table",
    family_id: ID,
    msg_type: MSG_TYPE,
    family_version: VERSION,
    name: "unmap_and_replace",
    id: 7,
    since: 1,
    privilege: rt::Privilege::Privileged,
    flags: rt::op_flags::FASTABI,
    request: &UNMAP_AND_REPLACE_REQ_SET,
    reply: &STATUS_REPLY_SET,
    max_reply: 8,
    target_domain: None,
    fastabi: Some(rt::RegMap {
        form: None,
        inputs: &[(1, rt::Reg::R8), (2, rt::Reg::R9), (3, rt::Reg::R11)],
        outputs: &[(1, rt::Reg::R12)],
    }),
    ring_only: None,
    register_only: None,
    doc: "Remove a grant mapping and move another mapping into its place.",
};

impl rt::Op for UnmapAndReplace {
    const DESC: &'static rt::OpDesc = &OP_UNMAP_AND_REPLACE;
    type Request<'a> = UnmapAndReplaceReq;
    type Reply<'a> = StatusReply;
}

impl rt::FastAbi for UnmapAndReplace {
    fn request_to_regs(
        req: &Self::Request<'_>,
        r: &mut rt::Regs,
    ) -> ::core::result::Result<(), hvlink_proto::Errno> {
        r.r8 = rt::reg(req.host_addr);
        r.r9 = rt::reg(req.new_addr);
        r.r11 = rt::reg(req.handle);
        Ok(())
    }
    fn request_from_regs(
        r: &rt::Regs,
    ) -> ::core::result::Result<Self::Request<'static>, hvlink_proto::Errno> {
        let v_host_addr = rt::unreg::<u64>(r.r8, &UNMAP_AND_REPLACE_REQ_POLICY.attrs[0])?;
        let v_new_addr = rt::unreg::<u64>(r.r9, &UNMAP_AND_REPLACE_REQ_POLICY.attrs[1])?;
        let v_handle = rt::unreg::<u32>(r.r11, &UNMAP_AND_REPLACE_REQ_POLICY.attrs[2])?;
        Ok(UnmapAndReplaceReq {
            host_addr: v_host_addr,
            new_addr: v_new_addr,
            handle: v_handle,
        })
    }
    fn reply_to_regs(
        rep: &Self::Reply<'_>,
        r: &mut rt::Regs,
    ) -> ::core::result::Result<(), hvlink_proto::Errno> {
        r.r12 = rt::reg(rep.status);
        Ok(())
    }
    fn reply_from_regs(
        r: &rt::Regs,
    ) -> ::core::result::Result<Self::Reply<'static>, hvlink_proto::Errno> {
        let v_status = rt::unreg::<Gntst>(r.r12, &STATUS_REPLY_POLICY.attrs[0])?;
        Ok(StatusReply { status: v_status })
    }
}

/// Choose the grant table format (before any grant is active).
///
/// Op 8 (`set_version`), privilege `privileged`; Xen `GNTTABOP_set_version`; max reply 8 bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct SetVersion;

/// The request of [`SetVersion`].
pub type SetVersionRequest = SetVersionReq;

/// The reply of [`SetVersion`].
pub type SetVersionReply = VersionReply;

/// Descriptor of [`SetVersion`].
pub static OP_SET_VERSION: rt::OpDesc = rt::OpDesc {
    family: "grant_table",
    family_id: ID,
    msg_type: MSG_TYPE,
    family_version: VERSION,
    name: "set_version",
    id: 8,
    since: 1,
    privilege: rt::Privilege::Privileged,
    flags: rt::op_flags::FASTABI,
    request: &SET_VERSION_REQ_SET,
    reply: &VERSION_REPLY_SET,
    max_reply: 8,
    target_domain: None,
    fastabi: Some(rt::RegMap {
        form: None,
        inputs: &[(1, rt::Reg::Rsi)],
        outputs: &[(1, rt::Reg::Rsi)],
    }),
    ring_only: None,
    register_only: None,
    doc: "Choose the grant table format (before any grant is active).",
};

impl rt::Op for SetVersion {
    const DESC: &'static rt::OpDesc = &OP_SET_VERSION;
    type Request<'a> = SetVersionReq;
    type Reply<'a> = VersionReply;
}

impl rt::FastAbi for SetVersion {
    fn request_to_regs(
        req: &Self::Request<'_>,
        r: &mut rt::Regs,
    ) -> ::core::result::Result<(), hvlink_proto::Errno> {
        r.rsi = rt::reg(req.version);
        Ok(())
    }
    fn request_from_regs(
        r: &rt::Regs,
    ) -> ::core::result::Result<Self::Request<'static>, hvlink_proto::Errno> {
        let v_version = rt::unreg::<u32>(r.rsi, &SET_VERSION_REQ_POLICY.attrs[0])?;
        Ok(SetVersionReq { version: v_version })
    }
    fn reply_to_regs(
        rep: &Self::Reply<'_>,
        r: &mut rt::Regs,
    ) -> ::core::result::Result<(), hvlink_proto::Errno> {
        r.rsi = rt::reg(rep.version);
        Ok(())
    }
    fn reply_from_regs(
        r: &rt::Regs,
    ) -> ::core::result::Result<Self::Reply<'static>, hvlink_proto::Errno> {
        let v_version = rt::unreg::<u32>(r.rsi, &VERSION_REPLY_POLICY.attrs[0])?;
        Ok(VersionReply { version: v_version })
    }
}

/// List the frames holding the status words of a version-2 grant table.
///
/// Op 9 (`get_status_frames`), privilege `privileged`; Xen `GNTTABOP_get_status_frames`; max reply 12296 bytes; ring only: The frame list (up to 1024 frames) does not fit in registers..
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct GetStatusFrames;

/// The request of [`GetStatusFrames`].
pub type GetStatusFramesRequest = FramesReq;

/// The reply of [`GetStatusFrames`].
pub type GetStatusFramesReply<'a> = FramesReply<'a>;

/// Descriptor of [`GetStatusFrames`].
pub static OP_GET_STATUS_FRAMES: rt::OpDesc = rt::OpDesc {
    family: "grant_table",
    family_id: ID,
    msg_type: MSG_TYPE,
    family_version: VERSION,
    name: "get_status_frames",
    id: 9,
    since: 1,
    privilege: rt::Privilege::Privileged,
    flags: rt::op_flags::TARGET_DOMAIN,
    request: &FRAMES_REQ_SET,
    reply: &FRAMES_REPLY_SET,
    max_reply: 12296,
    target_domain: Some(1),
    fastabi: None,
    ring_only: Some("The frame list (up to 1024 frames) does not fit in registers."),
    register_only: None,
    doc: "List the frames holding the status words of a version-2 grant table.",
};

impl rt::Op for GetStatusFrames {
    const DESC: &'static rt::OpDesc = &OP_GET_STATUS_FRAMES;
    type Request<'a> = FramesReq;
    type Reply<'a> = FramesReply<'a>;
}

/// Report the grant table format in effect for a domain.
///
/// Op 10 (`get_version`), privilege `privileged`; Xen `GNTTABOP_get_version`; max reply 8 bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct GetVersion;

/// The request of [`GetVersion`].
pub type GetVersionRequest = DomReq;

/// The reply of [`GetVersion`].
pub type GetVersionReply = VersionReply;

/// Descriptor of [`GetVersion`].
pub static OP_GET_VERSION: rt::OpDesc = rt::OpDesc {
    family: "grant_table",
    family_id: ID,
    msg_type: MSG_TYPE,
    family_version: VERSION,
    name: "get_version",
    id: 10,
    since: 1,
    privilege: rt::Privilege::Privileged,
    flags: rt::op_flags::FASTABI | rt::op_flags::TARGET_DOMAIN,
    request: &DOM_REQ_SET,
    reply: &VERSION_REPLY_SET,
    max_reply: 8,
    target_domain: Some(1),
    fastabi: Some(rt::RegMap {
        form: None,
        inputs: &[],
        outputs: &[(1, rt::Reg::Rsi)],
    }),
    ring_only: None,
    register_only: None,
    doc: "Report the grant table format in effect for a domain.",
};

impl rt::Op for GetVersion {
    const DESC: &'static rt::OpDesc = &OP_GET_VERSION;
    type Request<'a> = DomReq;
    type Reply<'a> = VersionReply;
}

impl rt::FastAbi for GetVersion {
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
        Ok(DomReq { dom: 0x7ff0u16 })
    }
    fn reply_to_regs(
        rep: &Self::Reply<'_>,
        r: &mut rt::Regs,
    ) -> ::core::result::Result<(), hvlink_proto::Errno> {
        r.rsi = rt::reg(rep.version);
        Ok(())
    }
    fn reply_from_regs(
        r: &rt::Regs,
    ) -> ::core::result::Result<Self::Reply<'static>, hvlink_proto::Errno> {
        let v_version = rt::unreg::<u32>(r.rsi, &VERSION_REPLY_POLICY.attrs[0])?;
        Ok(VersionReply { version: v_version })
    }
}

/// Swap the contents of two entries of the caller's grant table.
///
/// Op 11 (`swap_grant_ref`), privilege `privileged`; Xen `GNTTABOP_swap_grant_ref`; max reply 8 bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct SwapGrantRef;

/// The request of [`SwapGrantRef`].
pub type SwapGrantRefRequest = SwapReq;

/// The reply of [`SwapGrantRef`].
pub type SwapGrantRefReply = StatusReply;

/// Descriptor of [`SwapGrantRef`].
pub static OP_SWAP_GRANT_REF: rt::OpDesc = rt::OpDesc {
    family: "grant_table",
    family_id: ID,
    msg_type: MSG_TYPE,
    family_version: VERSION,
    name: "swap_grant_ref",
    id: 11,
    since: 1,
    privilege: rt::Privilege::Privileged,
    flags: rt::op_flags::FASTABI,
    request: &SWAP_REQ_SET,
    reply: &STATUS_REPLY_SET,
    max_reply: 8,
    target_domain: None,
    fastabi: Some(rt::RegMap {
        form: None,
        inputs: &[(1, rt::Reg::Rsi), (2, rt::Reg::R8)],
        outputs: &[(1, rt::Reg::R12)],
    }),
    ring_only: None,
    register_only: None,
    doc: "Swap the contents of two entries of the caller's grant table.",
};

impl rt::Op for SwapGrantRef {
    const DESC: &'static rt::OpDesc = &OP_SWAP_GRANT_REF;
    type Request<'a> = SwapReq;
    type Reply<'a> = StatusReply;
}

impl rt::FastAbi for SwapGrantRef {
    fn request_to_regs(
        req: &Self::Request<'_>,
        r: &mut rt::Regs,
    ) -> ::core::result::Result<(), hvlink_proto::Errno> {
        r.rsi = rt::reg(req.ref_a);
        r.r8 = rt::reg(req.ref_b);
        Ok(())
    }
    fn request_from_regs(
        r: &rt::Regs,
    ) -> ::core::result::Result<Self::Request<'static>, hvlink_proto::Errno> {
        let v_ref_a = rt::unreg::<u32>(r.rsi, &SWAP_REQ_POLICY.attrs[0])?;
        let v_ref_b = rt::unreg::<u32>(r.r8, &SWAP_REQ_POLICY.attrs[1])?;
        Ok(SwapReq {
            ref_a: v_ref_a,
            ref_b: v_ref_b,
        })
    }
    fn reply_to_regs(
        rep: &Self::Reply<'_>,
        r: &mut rt::Regs,
    ) -> ::core::result::Result<(), hvlink_proto::Errno> {
        r.r12 = rt::reg(rep.status);
        Ok(())
    }
    fn reply_from_regs(
        r: &rt::Regs,
    ) -> ::core::result::Result<Self::Reply<'static>, hvlink_proto::Errno> {
        let v_status = rt::unreg::<Gntst>(r.r12, &STATUS_REPLY_POLICY.attrs[0])?;
        Ok(StatusReply { status: v_status })
    }
}

/// The family's descriptor.
pub static FAMILY: rt::FamilyDesc = rt::FamilyDesc {
    name: "grant_table",
    id: ID,
    msg_type: MSG_TYPE,
    version: VERSION,
    doc: "Grant tables let a domain share its pages with another: the granting domain writes an entry (peer domain, frame, flags) in its table, and the peer maps the entry with its grant reference, copies through it, and unmaps it again. Map, unmap and copy are batches, as in Xen: one request carries up to a bounded number of entries, each answered with its own GNTST_* status, and a mode chooses whether the entries are independent, stop at the first failure, or (for map) succeed or fail together. Map and unmap also have a single-entry form that a FastABI register call carries, so both paths reach one handler. No op takes a guest virtual address: host-addr is always guest-physical. Sub-op numbers are Xen's GNTTABOP_* values.",
    ops: &[&OP_MAP_GRANT_REF, &OP_UNMAP_GRANT_REF, &OP_SETUP_TABLE, &OP_COPY, &OP_QUERY_SIZE, &OP_UNMAP_AND_REPLACE, &OP_SET_VERSION, &OP_GET_STATUS_FRAMES, &OP_GET_VERSION, &OP_SWAP_GRANT_REF],
};

/// What a host implements for this family: one method per op, called with a request
/// that was already validated (the same way on a ring and by register). Batch ops
/// report each entry's result through `out` as soon as it is known, so a host encodes
/// entries straight into its reply (or progress) message without collecting them.
pub trait Backend {
    /// Map granted frames of other domains (one entry or a batch, each with its own status).
    ///
    /// Call `out` exactly once per entry of `req`, in order (the dispatcher numbers the
    /// results by position: a missing or extra result fails the call with `EIO`).
    fn map_grant_ref(
        &mut self,
        ctx: &rt::Ctx,
        req: &MapReq<'_>,
        out: &mut dyn FnMut(MapReplyEntry) -> ::core::result::Result<(), hvlink_proto::Errno>,
    ) -> ::core::result::Result<(), hvlink_proto::Errno>;
    /// Remove mappings made by map_grant_ref (one entry or a batch).
    ///
    /// Call `out` exactly once per entry of `req`, in order (the dispatcher numbers the
    /// results by position: a missing or extra result fails the call with `EIO`).
    fn unmap_grant_ref(
        &mut self,
        ctx: &rt::Ctx,
        req: &UnmapReq<'_>,
        out: &mut dyn FnMut(EntryResult) -> ::core::result::Result<(), hvlink_proto::Errno>,
    ) -> ::core::result::Result<(), hvlink_proto::Errno>;
    /// Set up a grant table of at least nr-frames frames and list its frames.
    fn setup_table(
        &mut self,
        ctx: &rt::Ctx,
        req: &FramesReq,
    ) -> ::core::result::Result<FramesReply<'_>, hvlink_proto::Errno>;
    /// Copy bytes between granted and local frames (a batch, each entry with its own status).
    ///
    /// Call `out` exactly once per entry of `req`, in order (the dispatcher numbers the
    /// results by position: a missing or extra result fails the call with `EIO`).
    fn copy(
        &mut self,
        ctx: &rt::Ctx,
        req: &CopyReq<'_>,
        out: &mut dyn FnMut(EntryResult) -> ::core::result::Result<(), hvlink_proto::Errno>,
    ) -> ::core::result::Result<(), hvlink_proto::Errno>;
    /// Report the current and maximum size of a grant table.
    fn query_size(
        &mut self,
        ctx: &rt::Ctx,
        req: &DomReq,
    ) -> ::core::result::Result<QuerySizeReply, hvlink_proto::Errno>;
    /// Remove a grant mapping and move another mapping into its place.
    fn unmap_and_replace(
        &mut self,
        ctx: &rt::Ctx,
        req: &UnmapAndReplaceReq,
    ) -> ::core::result::Result<StatusReply, hvlink_proto::Errno>;
    /// Choose the grant table format (before any grant is active).
    fn set_version(
        &mut self,
        ctx: &rt::Ctx,
        req: &SetVersionReq,
    ) -> ::core::result::Result<VersionReply, hvlink_proto::Errno>;
    /// List the frames holding the status words of a version-2 grant table.
    fn get_status_frames(
        &mut self,
        ctx: &rt::Ctx,
        req: &FramesReq,
    ) -> ::core::result::Result<FramesReply<'_>, hvlink_proto::Errno>;
    /// Report the grant table format in effect for a domain.
    fn get_version(
        &mut self,
        ctx: &rt::Ctx,
        req: &DomReq,
    ) -> ::core::result::Result<VersionReply, hvlink_proto::Errno>;
    /// Swap the contents of two entries of the caller's grant table.
    fn swap_grant_ref(
        &mut self,
        ctx: &rt::Ctx,
        req: &SwapReq,
    ) -> ::core::result::Result<StatusReply, hvlink_proto::Errno>;
}

impl rt::BatchEntry for MapReplyEntry {
    fn set_index(&mut self, index: u32) {
        self.index = index;
    }
    fn failed(&self) -> bool {
        self.status != Gntst::OKAY
    }
    fn cancelled(index: u32) -> Self {
        MapReplyEntry {
            index,
            status: Gntst::CANCELLED,
            handle: None,
            dev_bus_addr: None,
        }
    }
}

impl rt::BatchEntry for EntryResult {
    fn set_index(&mut self, index: u32) {
        self.index = index;
    }
    fn failed(&self) -> bool {
        self.status != Gntst::OKAY
    }
    fn cancelled(index: u32) -> Self {
        EntryResult {
            index,
            status: Gntst::CANCELLED,
        }
    }
}

/// `map_grant_ref` with a single-form request: run as a one-entry independent batch, so both paths
/// reach the same backend method.
fn map_grant_ref_single<B: Backend + ?Sized>(
    backend: &mut B,
    ctx: &rt::Ctx,
    req: &MapReq<'_>,
    cancel: bool,
) -> ::core::result::Result<MapReplyEntry, hvlink_proto::Errno> {
    let MapReqForm::Single {
        dom,
        r#ref,
        flags,
        host_addr,
    } = req.form
    else {
        return Err(hvlink_proto::Errno::EINVAL);
    };
    let entry = MapEntry {
        dom,
        r#ref,
        flags,
        host_addr,
    };
    rt::run_one(cancel, |out| {
        backend.map_grant_ref(
            ctx,
            &MapReq {
                form: MapReqForm::Batch {
                    mode: MapMode::INDEPENDENT,
                    entry: rt::List::one(entry),
                },
            },
            out,
        )
    })
}

/// The single-form reply of `map_grant_ref` from the result of its one entry.
fn map_grant_ref_single_reply(e: MapReplyEntry) -> MapReply<'static> {
    MapReply {
        form: MapReplyForm::Single {
            status: e.status,
            handle: e.handle,
            dev_bus_addr: e.dev_bus_addr,
        },
    }
}

/// `unmap_grant_ref` with a single-form request: run as a one-entry independent batch, so both paths
/// reach the same backend method.
fn unmap_grant_ref_single<B: Backend + ?Sized>(
    backend: &mut B,
    ctx: &rt::Ctx,
    req: &UnmapReq<'_>,
    cancel: bool,
) -> ::core::result::Result<EntryResult, hvlink_proto::Errno> {
    let UnmapReqForm::Single {
        host_addr,
        dev_bus_addr,
        handle,
    } = req.form
    else {
        return Err(hvlink_proto::Errno::EINVAL);
    };
    let entry = UnmapEntry {
        host_addr,
        dev_bus_addr,
        handle,
    };
    rt::run_one(cancel, |out| {
        backend.unmap_grant_ref(
            ctx,
            &UnmapReq {
                form: UnmapReqForm::Batch {
                    mode: BatchMode::INDEPENDENT,
                    entry: rt::List::one(entry),
                },
            },
            out,
        )
    })
}

/// The single-form reply of `unmap_grant_ref` from the result of its one entry.
fn unmap_grant_ref_single_reply(e: EntryResult) -> UnmapReply<'static> {
    UnmapReply {
        form: UnmapReplyForm::Single { status: e.status },
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
        OpId::MAP_GRANT_REF => {
            let req = if window.start == 0 && !window.validated {
                MapReq::decode(attrs)?
            } else {
                <MapReq as rt::AttrSet>::decode_valid_from(
                    attrs,
                    window.resume.and_then(|r| r.span),
                )
                .ok_or(rt::ServeError::Errno(hvlink_proto::Errno::EIO))?
            };
            match req.form {
                MapReqForm::Single { .. } => {
                    let e = map_grant_ref_single(backend, ctx, &req, window.cancel)?;
                    rt::served_one(&map_grant_ref_single_reply(e), &e, reply)
                }
                MapReqForm::Batch { mode, entry } => rt::serve_batch_kept(
                    entry,
                    rt::kept::<MapEntry>(window.kept),
                    mode == MapMode::ATOMIC,
                    window,
                    reply,
                    4,
                    |part, out| {
                        backend.map_grant_ref(
                            ctx,
                            &MapReq {
                                form: MapReqForm::Batch { mode, entry: part },
                            },
                            out,
                        )
                    },
                ),
            }
        }
        OpId::UNMAP_GRANT_REF => {
            let req = if window.start == 0 && !window.validated {
                UnmapReq::decode(attrs)?
            } else {
                <UnmapReq as rt::AttrSet>::decode_valid_from(
                    attrs,
                    window.resume.and_then(|r| r.span),
                )
                .ok_or(rt::ServeError::Errno(hvlink_proto::Errno::EIO))?
            };
            match req.form {
                UnmapReqForm::Single { .. } => {
                    let e = unmap_grant_ref_single(backend, ctx, &req, window.cancel)?;
                    rt::served_one(&unmap_grant_ref_single_reply(e), &e, reply)
                }
                UnmapReqForm::Batch { mode, entry } => rt::serve_batch_kept(
                    entry,
                    rt::kept::<UnmapEntry>(window.kept),
                    false,
                    window,
                    reply,
                    2,
                    |part, out| {
                        backend.unmap_grant_ref(
                            ctx,
                            &UnmapReq {
                                form: UnmapReqForm::Batch { mode, entry: part },
                            },
                            out,
                        )
                    },
                ),
            }
        }
        OpId::SETUP_TABLE => rt::served(
            &backend.setup_table(ctx, &FramesReq::decode(attrs)?)?,
            reply,
        ),
        OpId::COPY => {
            let req = if window.start == 0 && !window.validated {
                CopyReq::decode(attrs)?
            } else {
                <CopyReq as rt::AttrSet>::decode_valid_from(
                    attrs,
                    window.resume.and_then(|r| r.span),
                )
                .ok_or(rt::ServeError::Errno(hvlink_proto::Errno::EIO))?
            };
            rt::serve_batch_kept(
                req.entry,
                rt::kept::<CopyEntry>(window.kept),
                false,
                window,
                reply,
                1,
                |part, out| backend.copy(ctx, &CopyReq { entry: part, ..req }, out),
            )
        }
        OpId::QUERY_SIZE => rt::served(&backend.query_size(ctx, &DomReq::decode(attrs)?)?, reply),
        OpId::UNMAP_AND_REPLACE => rt::served(
            &backend.unmap_and_replace(ctx, &UnmapAndReplaceReq::decode(attrs)?)?,
            reply,
        ),
        OpId::SET_VERSION => rt::served(
            &backend.set_version(ctx, &SetVersionReq::decode(attrs)?)?,
            reply,
        ),
        OpId::GET_STATUS_FRAMES => rt::served(
            &backend.get_status_frames(ctx, &FramesReq::decode(attrs)?)?,
            reply,
        ),
        OpId::GET_VERSION => rt::served(&backend.get_version(ctx, &DomReq::decode(attrs)?)?, reply),
        OpId::SWAP_GRANT_REF => rt::served(
            &backend.swap_grant_ref(ctx, &SwapReq::decode(attrs)?)?,
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
        OpId::MAP_GRANT_REF => MapReq::decode(attrs).map(|_| ()),
        OpId::UNMAP_GRANT_REF => UnmapReq::decode(attrs).map(|_| ()),
        OpId::SETUP_TABLE => FramesReq::decode(attrs).map(|_| ()),
        OpId::COPY => CopyReq::decode(attrs).map(|_| ()),
        OpId::QUERY_SIZE => DomReq::decode(attrs).map(|_| ()),
        OpId::UNMAP_AND_REPLACE => UnmapAndReplaceReq::decode(attrs).map(|_| ()),
        OpId::SET_VERSION => SetVersionReq::decode(attrs).map(|_| ()),
        OpId::GET_STATUS_FRAMES => FramesReq::decode(attrs).map(|_| ()),
        OpId::GET_VERSION => DomReq::decode(attrs).map(|_| ()),
        OpId::SWAP_GRANT_REF => SwapReq::decode(attrs).map(|_| ()),
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
        OpId::MAP_GRANT_REF => rt::keep(kept, |k| {
            MapReq::decode_each(attrs, &mut |e| k.push(e)).map(|_| ())
        }),
        OpId::UNMAP_GRANT_REF => rt::keep(kept, |k| {
            UnmapReq::decode_each(attrs, &mut |e| k.push(e)).map(|_| ())
        }),
        OpId::COPY => rt::keep(kept, |k| {
            CopyReq::decode_each(attrs, &mut |e| k.push(e)).map(|_| ())
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
        OpId::MAP_GRANT_REF => {
            let req = <MapGrantRef as rt::FastAbi>::request_from_regs(regs)?;
            let e = map_grant_ref_single(backend, ctx, &req, false)?;
            rt::commit_regs::<MapGrantRef>(&map_grant_ref_single_reply(e), regs)
        }
        OpId::UNMAP_GRANT_REF => {
            let req = <UnmapGrantRef as rt::FastAbi>::request_from_regs(regs)?;
            let e = unmap_grant_ref_single(backend, ctx, &req, false)?;
            rt::commit_regs::<UnmapGrantRef>(&unmap_grant_ref_single_reply(e), regs)
        }
        OpId::QUERY_SIZE => {
            let req = <QuerySize as rt::FastAbi>::request_from_regs(regs)?;
            rt::commit_regs::<QuerySize>(&backend.query_size(ctx, &req)?, regs)
        }
        OpId::UNMAP_AND_REPLACE => {
            let req = <UnmapAndReplace as rt::FastAbi>::request_from_regs(regs)?;
            rt::commit_regs::<UnmapAndReplace>(&backend.unmap_and_replace(ctx, &req)?, regs)
        }
        OpId::SET_VERSION => {
            let req = <SetVersion as rt::FastAbi>::request_from_regs(regs)?;
            rt::commit_regs::<SetVersion>(&backend.set_version(ctx, &req)?, regs)
        }
        OpId::GET_VERSION => {
            let req = <GetVersion as rt::FastAbi>::request_from_regs(regs)?;
            rt::commit_regs::<GetVersion>(&backend.get_version(ctx, &req)?, regs)
        }
        OpId::SWAP_GRANT_REF => {
            let req = <SwapGrantRef as rt::FastAbi>::request_from_regs(regs)?;
            rt::commit_regs::<SwapGrantRef>(&backend.swap_grant_ref(ctx, &req)?, regs)
        }
        _ => Err(hvlink_proto::Errno::ENOSYS),
    }
}
