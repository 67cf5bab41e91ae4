// Do not edit: generated from proto/spec/control.yaml by hvlink-proto-gen; regenerate with `cargo run -p hvlink-proto-gen`.
//! hvlink's own family: it sets queues up and tears them down, cancels requests in flight, agrees on the protocol version and features, and describes every family, op and attribute policy the host implements, as generic netlink's controller does, so a peer can find out what the other side supports before it calls. Its id (0x100) lies outside Xen's hypercall numbers (0..63, and the 128 slots of a hypercall page), so its FastABI register calls (rax = 0x40000100) can never be mistaken for a Xen hypercall; its ring message type follows the 0x100 + id rule. queue_setup must be callable by register, since no ring exists before it.

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

/// Family id: the hypercall number (rax = ID | 0x40000000 in a register call).
pub const ID: u16 = 0x100;
/// Message type of the family's ring messages.
pub const MSG_TYPE: u16 = 0x200;
/// Current family version.
pub const VERSION: u8 = 1;

/// Op ids of the family (the family header's `cmd`, rdi in a register call).
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct OpId(pub u8);

impl OpId {
    /// Echo a cookie (liveness and round-trip measurement).
    pub const PING: OpId = OpId(0);
    /// Describe the families and ops the host implements (genetlink CTRL_CMD_GETFAMILY).
    pub const GET_FAMILY: OpId = OpId(1);
    /// Dump the attribute policies of one op's request and reply (genetlink CTRL_CMD_GETPOLICY).
    pub const GET_POLICY: OpId = OpId(2);
    /// Agree on the protocol version and optional features (stateless; both sides apply the answer).
    pub const NEGOTIATE: OpId = OpId(3);
    /// Set up a queue (header page, request ring, reply ring) in a run of guest pages.
    pub const QUEUE_SETUP: OpId = OpId(4);
    /// Stop a queue, cancel what is in flight on it, and release its pages.
    pub const QUEUE_TEARDOWN: OpId = OpId(5);
    /// Cancel a request in flight; entries already done are kept and reported.
    pub const CANCEL: OpId = OpId(6);
    /// Every op: (name, id).
    pub const ENTRIES: &'static [(&'static str, i64)] = &[
        ("ping", 0),
        ("get_family", 1),
        ("get_policy", 2),
        ("negotiate", 3),
        ("queue_setup", 4),
        ("queue_teardown", 5),
        ("cancel", 6),
    ];
}

impl ::core::fmt::Debug for OpId {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        rt::fmt_enum(f, "OpId", Self::ENTRIES, self.0 as i128)
    }
}

/// Privilege class of an op (see SCHEMA.md).
///
/// Closed enum: any value is representable; the constants are the spec's entries.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Privilege(pub u8);

impl Privilege {
    /// Guest kernel only (kernel queues and register calls).
    pub const PRIVILEGED: Privilege = Privilege(0);
    /// Guest userspace may call it through a userspace queue.
    pub const LOGICAL: Privilege = Privilege(1);
    /// Acts on another domain; the control domain only unless the host's rules allow.
    pub const CONTROL: Privilege = Privilege(2);
    /// Every entry: (name, value).
    pub const ENTRIES: &'static [(&'static str, i64)] =
        &[("privileged", 0), ("logical", 1), ("control", 2)];
}

impl ::core::fmt::Debug for Privilege {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        rt::fmt_enum(f, "Privilege", Self::ENTRIES, self.0 as i128)
    }
}

hvlink_proto::__scalar_newtype!(Privilege, u8);

/// Properties of an op reported by get_family.
///
/// Closed flag set: any value is representable; the constants are the spec's entries.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct OpFlags(pub u32);

impl OpFlags {
    /// The op has a FastABI register mapping.
    pub const FASTABI: OpFlags = OpFlags(1);
    /// The reply may come later (continuation or wait).
    pub const ASYNC: OpFlags = OpFlags(2);
    /// The request carries many entries with one status each.
    pub const BATCH: OpFlags = OpFlags(4);
    /// The op names a domain and becomes a control op when it is not the caller.
    pub const TARGET_DOMAIN: OpFlags = OpFlags(8);
    /// The op is refused on a ring.
    pub const REGISTER_ONLY: OpFlags = OpFlags(16);
    /// A dump: with the request flag DUMP the reply comes in parts resumed from a cursor, then DONE.
    pub const DUMP: OpFlags = OpFlags(64);
    /// A device-model domain may make the call on its target (Xen's IS_PRIV_FOR).
    pub const DEVICE_MODEL: OpFlags = OpFlags(32);
    /// Every entry: (name, value).
    pub const ENTRIES: &'static [(&'static str, i64)] = &[
        ("fastabi", 1),
        ("async", 2),
        ("batch", 4),
        ("target-domain", 8),
        ("register-only", 16),
        ("dump", 64),
        ("device-model", 32),
    ];
}

impl ::core::fmt::Debug for OpFlags {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        rt::fmt_flags(f, Self::ENTRIES, self.0 as u64)
    }
}

impl ::core::ops::BitOr for OpFlags {
    type Output = OpFlags;
    fn bitor(self, rhs: OpFlags) -> OpFlags {
        OpFlags(self.0 | rhs.0)
    }
}

hvlink_proto::__scalar_newtype!(OpFlags, u32);

/// Attribute types in a policy dump (numbered as Linux's netlink_attribute_type).
///
/// Closed enum: any value is representable; the constants are the spec's entries.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct AttrType(pub u32);

impl AttrType {
    /// No payload; presence is the value.
    pub const FLAG: AttrType = AttrType(1);
    /// Unsigned 8-bit integer.
    pub const U8: AttrType = AttrType(2);
    /// Unsigned 16-bit integer.
    pub const U16: AttrType = AttrType(3);
    /// Unsigned 32-bit integer.
    pub const U32: AttrType = AttrType(4);
    /// Unsigned 64-bit integer.
    pub const U64: AttrType = AttrType(5);
    /// Signed 8-bit integer.
    pub const S8: AttrType = AttrType(6);
    /// Signed 16-bit integer.
    pub const S16: AttrType = AttrType(7);
    /// Signed 32-bit integer.
    pub const S32: AttrType = AttrType(8);
    /// Signed 64-bit integer.
    pub const S64: AttrType = AttrType(9);
    /// Opaque bytes.
    pub const BINARY: AttrType = AttrType(10);
    /// NUL-terminated UTF-8 (netlink's NUL_STRING).
    pub const STRING: AttrType = AttrType(12);
    /// Nested attributes of another set.
    pub const NEST: AttrType = AttrType(13);
    /// Every entry: (name, value).
    pub const ENTRIES: &'static [(&'static str, i64)] = &[
        ("flag", 1),
        ("u8", 2),
        ("u16", 3),
        ("u32", 4),
        ("u64", 5),
        ("s8", 6),
        ("s16", 7),
        ("s32", 8),
        ("s64", 9),
        ("binary", 10),
        ("string", 12),
        ("nest", 13),
    ];
}

impl ::core::fmt::Debug for AttrType {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        rt::fmt_enum(f, "AttrType", Self::ENTRIES, self.0 as i128)
    }
}

hvlink_proto::__scalar_newtype!(AttrType, u32);

/// Which message of an op an attribute set belongs to.
///
/// Closed enum: any value is representable; the constants are the spec's entries.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Direction(pub u8);

impl Direction {
    /// Sent by the guest.
    pub const REQUEST: Direction = Direction(0);
    /// Sent by the host.
    pub const REPLY: Direction = Direction(1);
    /// Every entry: (name, value).
    pub const ENTRIES: &'static [(&'static str, i64)] = &[("request", 0), ("reply", 1)];
}

impl ::core::fmt::Debug for Direction {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        rt::fmt_enum(f, "Direction", Self::ENTRIES, self.0 as i128)
    }
}

hvlink_proto::__scalar_newtype!(Direction, u8);

/// Optional protocol behaviours agreed by negotiate.
///
/// Open flag set: any value is representable; the constants are the spec's entries.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct ProtocolFeatures(pub u64);

impl ProtocolFeatures {
    /// ERROR messages carry extended-ack attributes.
    pub const EXT_ACK: ProtocolFeatures = ProtocolFeatures(1);
    /// The must-understand attribute bit is honoured.
    pub const MUST_UNDERSTAND: ProtocolFeatures = ProtocolFeatures(2);
    /// Async ops may send progress messages before their reply.
    pub const PROGRESS: ProtocolFeatures = ProtocolFeatures(4);
    /// Requests in flight can be cancelled.
    pub const CANCEL: ProtocolFeatures = ProtocolFeatures(8);
    /// Batch ops accept ordered mode.
    pub const ORDERED_BATCH: ProtocolFeatures = ProtocolFeatures(16);
    /// Grant map accepts atomic mode.
    pub const ATOMIC_BATCH: ProtocolFeatures = ProtocolFeatures(32);
    /// FastABI register calls are served.
    pub const FASTABI: ProtocolFeatures = ProtocolFeatures(64);
    /// Queues of kind userspace can be set up.
    pub const USERSPACE_QUEUES: ProtocolFeatures = ProtocolFeatures(128);
    /// Every entry: (name, value).
    pub const ENTRIES: &'static [(&'static str, i64)] = &[
        ("ext-ack", 1),
        ("must-understand", 2),
        ("progress", 4),
        ("cancel", 8),
        ("ordered-batch", 16),
        ("atomic-batch", 32),
        ("fastabi", 64),
        ("userspace-queues", 128),
    ];
}

impl ::core::fmt::Debug for ProtocolFeatures {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        rt::fmt_flags(f, Self::ENTRIES, self.0 as u64)
    }
}

impl ::core::ops::BitOr for ProtocolFeatures {
    type Output = ProtocolFeatures;
    fn bitor(self, rhs: ProtocolFeatures) -> ProtocolFeatures {
        ProtocolFeatures(self.0 | rhs.0)
    }
}

hvlink_proto::__scalar_newtype!(ProtocolFeatures, u64);

/// Who owns a queue; decides which privilege classes it may call.
///
/// Closed enum: any value is representable; the constants are the spec's entries.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct QueueKind(pub u8);

impl QueueKind {
    /// The guest kernel; privileged and logical ops.
    pub const KERNEL: QueueKind = QueueKind(0);
    /// A guest process (set up for it by the kernel); logical ops only.
    pub const USERSPACE: QueueKind = QueueKind(1);
    /// Every entry: (name, value).
    pub const ENTRIES: &'static [(&'static str, i64)] = &[("kernel", 0), ("userspace", 1)];
}

impl ::core::fmt::Debug for QueueKind {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        rt::fmt_enum(f, "QueueKind", Self::ENTRIES, self.0 as i128)
    }
}

hvlink_proto::__scalar_newtype!(QueueKind, u8);

/// Optional behaviours of one queue.
///
/// Open flag set: any value is representable; the constants are the spec's entries.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct QueueFeatures(pub u64);

impl QueueFeatures {
    /// Both sides honour the kick and interrupt request flags of the header page.
    pub const EVENT_SUPPRESSION: QueueFeatures = QueueFeatures(1);
    /// The host signals notify-port when it publishes replies the guest asked to be woken for.
    pub const REPLY_INTERRUPT: QueueFeatures = QueueFeatures(2);
    /// The host may poll the request ring instead of waiting for kicks.
    pub const HOST_POLLING: QueueFeatures = QueueFeatures(4);
    /// Every entry: (name, value).
    pub const ENTRIES: &'static [(&'static str, i64)] = &[
        ("event-suppression", 1),
        ("reply-interrupt", 2),
        ("host-polling", 4),
    ];
}

impl ::core::fmt::Debug for QueueFeatures {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        rt::fmt_flags(f, Self::ENTRIES, self.0 as u64)
    }
}

impl ::core::ops::BitOr for QueueFeatures {
    type Output = QueueFeatures;
    fn bitor(self, rhs: QueueFeatures) -> QueueFeatures {
        QueueFeatures(self.0 | rhs.0)
    }
}

hvlink_proto::__scalar_newtype!(QueueFeatures, u64);

/// What cancel found.
///
/// Closed enum: any value is representable; the constants are the spec's entries.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct CancelResult(pub u8);

impl CancelResult {
    /// The request was stopped at its next preemption point: a batch's reply reports every entry (those done with their status, the rest cancelled); any other op answers ECANCELED.
    pub const CANCELLED: CancelResult = CancelResult(0);
    /// The request had already completed; its reply stands.
    pub const COMPLETED: CancelResult = CancelResult(1);
    /// No request with that seq is in flight on the queue.
    pub const UNKNOWN: CancelResult = CancelResult(2);
    /// Every entry: (name, value).
    pub const ENTRIES: &'static [(&'static str, i64)] =
        &[("cancelled", 0), ("completed", 1), ("unknown", 2)];
}

impl ::core::fmt::Debug for CancelResult {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        rt::fmt_enum(f, "CancelResult", Self::ENTRIES, self.0 as i128)
    }
}

hvlink_proto::__scalar_newtype!(CancelResult, u8);

/// Status codes; rax and ERROR messages carry 0 or the negated value (Xen's errno.h numbering).
///
/// Open enum: any value is representable; the constants are the spec's entries.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Errno(pub i32);

impl Errno {
    /// Operation not permitted (privilege class or domain check failed).
    pub const EPERM: Errno = Errno(1);
    /// No such entry.
    pub const ENOENT: Errno = Errno(2);
    /// No such domain.
    pub const ESRCH: Errno = Errno(3);
    /// I/O error.
    pub const EIO: Errno = Errno(5);
    /// No such device or address.
    pub const ENXIO: Errno = Errno(6);
    /// Argument or batch too big (a limit was exceeded).
    pub const E2BIG: Errno = Errno(7);
    /// Bad port or handle.
    pub const EBADF: Errno = Errno(9);
    /// Try again.
    pub const EAGAIN: Errno = Errno(11);
    /// Out of memory.
    pub const ENOMEM: Errno = Errno(12);
    /// Permission denied.
    pub const EACCES: Errno = Errno(13);
    /// Bad guest address.
    pub const EFAULT: Errno = Errno(14);
    /// Resource busy.
    pub const EBUSY: Errno = Errno(16);
    /// Already exists (e.g. the queue id is taken).
    pub const EEXIST: Errno = Errno(17);
    /// No such device.
    pub const ENODEV: Errno = Errno(19);
    /// Invalid argument (malformed message or value out of policy).
    pub const EINVAL: Errno = Errno(22);
    /// No space left.
    pub const ENOSPC: Errno = Errno(28);
    /// Value out of range.
    pub const ERANGE: Errno = Errno(34);
    /// Deadlock would occur.
    pub const EDEADLK: Errno = Errno(35);
    /// Name too long.
    pub const ENAMETOOLONG: Errno = Errno(36);
    /// Family or op not implemented ("not supported").
    pub const ENOSYS: Errno = Errno(38);
    /// No data available.
    pub const ENODATA: Errno = Errno(61);
    /// Timer deadline already passed.
    pub const ETIME: Errno = Errno(62);
    /// Not a valid message.
    pub const EBADMSG: Errno = Errno(74);
    /// Value too large for its type.
    pub const EOVERFLOW: Errno = Errno(75);
    /// Operation not supported (unknown must-understand attribute, wrong path).
    pub const EOPNOTSUPP: Errno = Errno(95);
    /// No room for the reply.
    pub const ENOBUFS: Errno = Errno(105);
    /// Already connected.
    pub const EISCONN: Errno = Errno(106);
    /// Not connected.
    pub const ENOTCONN: Errno = Errno(107);
    /// The queue is being torn down.
    pub const ESHUTDOWN: Errno = Errno(108);
    /// Timed out.
    pub const ETIMEDOUT: Errno = Errno(110);
    /// Stale (a dump cursor from an older domain list; hvlink, Linux's value - Xen's errno.h has none).
    pub const ESTALE: Errno = Errno(116);
    /// Cancelled (hvlink; Linux's value - Xen's errno.h has no such code).
    pub const ECANCELED: Errno = Errno(125);
    /// Every entry: (name, value).
    pub const ENTRIES: &'static [(&'static str, i64)] = &[
        ("eperm", 1),
        ("enoent", 2),
        ("esrch", 3),
        ("eio", 5),
        ("enxio", 6),
        ("e2big", 7),
        ("ebadf", 9),
        ("eagain", 11),
        ("enomem", 12),
        ("eacces", 13),
        ("efault", 14),
        ("ebusy", 16),
        ("eexist", 17),
        ("enodev", 19),
        ("einval", 22),
        ("enospc", 28),
        ("erange", 34),
        ("edeadlk", 35),
        ("enametoolong", 36),
        ("enosys", 38),
        ("enodata", 61),
        ("etime", 62),
        ("ebadmsg", 74),
        ("eoverflow", 75),
        ("eopnotsupp", 95),
        ("enobufs", 105),
        ("eisconn", 106),
        ("enotconn", 107),
        ("eshutdown", 108),
        ("etimedout", 110),
        ("estale", 116),
        ("ecanceled", 125),
    ];
}

impl ::core::fmt::Debug for Errno {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        rt::fmt_enum(f, "Errno", Self::ENTRIES, self.0 as i128)
    }
}

hvlink_proto::__scalar_newtype!(Errno, i32);

/// Reserved domain ids (Xen DOMID_*), valid wherever an attribute takes a domain.
///
/// Open enum: any value is representable; the constants are the spec's entries.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct SpecialDomid(pub i32);

impl SpecialDomid {
    /// The calling domain.
    pub const SELF: SpecialDomid = SpecialDomid(32752);
    /// I/O pseudo-domain.
    pub const IO: SpecialDomid = SpecialDomid(32753);
    /// The hypervisor itself.
    pub const XEN: SpecialDomid = SpecialDomid(32754);
    /// Copy-on-write pseudo-domain.
    pub const COW: SpecialDomid = SpecialDomid(32755);
    /// No domain.
    pub const INVALID: SpecialDomid = SpecialDomid(32756);
    /// The idle domain.
    pub const IDLE: SpecialDomid = SpecialDomid(32767);
    /// Every entry: (name, value).
    pub const ENTRIES: &'static [(&'static str, i64)] = &[
        ("self", 32752),
        ("io", 32753),
        ("xen", 32754),
        ("cow", 32755),
        ("invalid", 32756),
        ("idle", 32767),
    ];
}

impl ::core::fmt::Debug for SpecialDomid {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        rt::fmt_enum(f, "SpecialDomid", Self::ENTRIES, self.0 as i128)
    }
}

hvlink_proto::__scalar_newtype!(SpecialDomid, i32);

/// Attribute type numbers, one module per attribute set.
pub mod ids {
    /// Attributes of `ping-msg`.
    pub mod ping_msg {
        /// `cookie`: Value echoed back unchanged.
        pub const COOKIE: u16 = 1;
    }
    /// Attributes of `get-family-req`.
    pub mod get_family_req {
        /// `family-id`: Describe only the family with this id.
        pub const FAMILY_ID: u16 = 1;
        /// `family-name`: Describe only the family with this name.
        pub const FAMILY_NAME: u16 = 2;
    }
    /// Attributes of `get-family-reply`.
    pub mod get_family_reply {
        /// `family`: One family the host implements.
        pub const FAMILY: u16 = 1;
    }
    /// Attributes of `family-info`.
    pub mod family_info {
        /// `name`: Family name.
        pub const NAME: u16 = 1;
        /// `id`: Family id (the hypercall number of its register calls).
        pub const ID: u16 = 2;
        /// `msg-type`: Message type of its ring messages.
        pub const MSG_TYPE: u16 = 3;
        /// `version`: Highest family version the host speaks.
        pub const VERSION: u16 = 4;
        /// `op`: One op of the family the host implements.
        pub const OP: u16 = 5;
    }
    /// Attributes of `op-info`.
    pub mod op_info {
        /// `name`: Op name.
        pub const NAME: u16 = 1;
        /// `id`: Op id (the sub-op number).
        pub const ID: u16 = 2;
        /// `since`: Family version that introduced the op.
        pub const SINCE: u16 = 3;
        /// `privilege`: Privilege class.
        pub const PRIVILEGE: u16 = 4;
        /// `flags`: Properties of the op.
        pub const FLAGS: u16 = 5;
        /// `max-reply`: Upper bound in bytes of the reply payload.
        pub const MAX_REPLY: u16 = 6;
    }
    /// Attributes of `get-policy-req`.
    pub mod get_policy_req {
        /// `family-id`: Family of the op.
        pub const FAMILY_ID: u16 = 1;
        /// `op-id`: Op whose request and reply policies are dumped.
        pub const OP_ID: u16 = 2;
    }
    /// Attributes of `get-policy-reply`.
    pub mod get_policy_reply {
        /// `family-id`: Family of the op.
        pub const FAMILY_ID: u16 = 1;
        /// `op-id`: The op the policies belong to.
        pub const OP_ID: u16 = 2;
        /// `attr`: Policy of one attribute, nested sets included (each entry names its set).
        pub const ATTR: u16 = 3;
    }
    /// Attributes of `policy-entry`.
    pub mod policy_entry {
        /// `type`: Attribute type.
        pub const TYPE: u16 = 1;
        /// `min-value-s`: Smallest allowed value (signed types).
        pub const MIN_VALUE_S: u16 = 2;
        /// `max-value-s`: Largest allowed value (signed types).
        pub const MAX_VALUE_S: u16 = 3;
        /// `min-value-u`: Smallest allowed value (unsigned types).
        pub const MIN_VALUE_U: u16 = 4;
        /// `max-value-u`: Largest allowed value (unsigned types).
        pub const MAX_VALUE_U: u16 = 5;
        /// `min-length`: Shortest payload (string - excluding the NUL; binary).
        pub const MIN_LENGTH: u16 = 6;
        /// `max-length`: Longest payload (string - excluding the NUL; binary).
        pub const MAX_LENGTH: u16 = 7;
        /// `set`: Attribute set the attribute belongs to.
        pub const SET: u16 = 16;
        /// `direction`: Whether the set is part of the request or of the reply.
        pub const DIRECTION: u16 = 17;
        /// `attr-id`: Attribute id within its set.
        pub const ATTR_ID: u16 = 18;
        /// `name`: Attribute name.
        pub const NAME: u16 = 19;
        /// `nested`: Set of the payload (nest only).
        pub const NESTED: u16 = 20;
        /// `required`: The attribute must be present (in its form).
        pub const REQUIRED: u16 = 21;
        /// `repeated`: The attribute may appear up to max-count times.
        pub const REPEATED: u16 = 22;
        /// `must-understand`: Senders set the must-understand bit on it.
        pub const MUST_UNDERSTAND: u16 = 23;
        /// `since`: Family version that introduced the attribute.
        pub const SINCE: u16 = 24;
        /// `max-count`: Most occurrences (repeated only).
        pub const MAX_COUNT: u16 = 25;
        /// `enum`: Definition the values come from.
        pub const ENUM: u16 = 26;
        /// `default`: Value assumed when absent (two's complement for signed types).
        pub const DEFAULT: u16 = 27;
        /// `form`: Form of the set the attribute belongs to (absent - common to all forms).
        pub const FORM: u16 = 28;
        /// `register`: FastABI register number (2 = rsi, 3 = r8 ... 7 = r12) when the attribute is register-mapped.
        pub const REGISTER: u16 = 29;
    }
    /// Attributes of `negotiate-msg`.
    pub mod negotiate_msg {
        /// `protocol-version`: Request - highest protocol version the guest speaks; reply - the version both use.
        pub const PROTOCOL_VERSION: u16 = 1;
        /// `features`: Request - features the guest supports; reply - those both support.
        pub const FEATURES: u16 = 2;
        /// `max-message`: Reply only - largest message in bytes the host accepts.
        pub const MAX_MESSAGE: u16 = 3;
    }
    /// Attributes of `queue-setup-req`.
    pub mod queue_setup_req {
        /// `base-gpa`: Guest-physical address of the first page (the header page); page-aligned.
        pub const BASE_GPA: u16 = 1;
        /// `pages`: Pages in the run - the header page, then the request and the reply ring (layout in docs/PROTOCOL.md).
        pub const PAGES: u16 = 2;
        /// `queue-id`: Id the guest gives the queue; unique among the domain's queues.
        pub const QUEUE_ID: u16 = 3;
        /// `kind`: Who owns the queue.
        pub const KIND: u16 = 4;
        /// `features`: Queue features the guest wants.
        pub const FEATURES: u16 = 5;
        /// `notify-port`: Event channel port to signal for reply interrupts; 0 for the host's default doorbell.
        pub const NOTIFY_PORT: u16 = 6;
    }
    /// Attributes of `queue-setup-reply`.
    pub mod queue_setup_reply {
        /// `features`: Queue features the host accepted.
        pub const FEATURES: u16 = 1;
        /// `doorbell`: Host-defined kick token (an I/O port on the reference VMM, an event channel port on Xen).
        pub const DOORBELL: u16 = 2;
    }
    /// Attributes of `queue-req`.
    pub mod queue_req {
        /// `queue-id`: Queue id given at setup.
        pub const QUEUE_ID: u16 = 1;
    }
    /// Attributes of `cancel-req`.
    pub mod cancel_req {
        /// `seq`: seq of the request to cancel.
        pub const SEQ: u16 = 1;
        /// `queue-id`: Queue the request was sent on; on a ring defaults to the queue the cancel arrives on.
        pub const QUEUE_ID: u16 = 2;
    }
    /// Attributes of `cancel-reply`.
    pub mod cancel_reply {
        /// `result`: What cancel found.
        pub const RESULT: u16 = 1;
    }
}

/// Request and reply of ping.
#[derive(
    ::core::clone::Clone, ::core::marker::Copy, ::core::fmt::Debug, ::core::cmp::PartialEq,
)]
pub struct PingMsg {
    /// Value echoed back unchanged.
    ///
    /// `cookie` (id 1, u64), required.
    pub cookie: u64,
}

/// Validation policy of `ping-msg`.
pub static PING_MSG_POLICY: c::Policy = c::Policy::new(
    "ping-msg",
    &[c::AttrPolicy::new(1, "cookie", c::AttrType::U64).required()],
)
.max_attrs(1024);

/// Descriptor of `ping-msg`.
pub static PING_MSG_SET: rt::SetDesc = rt::SetDesc {
    name: "ping-msg",
    doc: "Request and reply of ping.",
    policy: &PING_MSG_POLICY,
    attrs: &[rt::AttrDesc {
        kind: 1,
        name: "cookie",
        ty: "u64",
        doc: "Value echoed back unchanged.",
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

impl<'a> rt::AttrSet<'a> for PingMsg {
    const DESC: &'static rt::SetDesc = &PING_MSG_SET;

    fn decode_at(attrs: c::Attrs<'a>, container: usize) -> c::Result<Self> {
        let mut v_cookie: Option<u64> = None;
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
                        v_cookie = Some(v);
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
                v_cookie = Some(v);
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
                        v_cookie = Some(v);
                    }
                    _ => rt::unknown(&a)?,
                }
            }
        }
        if seen & 0x1 != 0x1 {
            return Err(rt::missing(container, (0x1 & !seen) as u128, &[1]));
        }
        Ok(PingMsg {
            cookie: rt::req(v_cookie, container, 1)?,
        })
    }

    fn encode<S: c::Sink>(&self, b: &mut c::Builder<S>) -> c::Result<()> {
        rt::put(b, 1, &self.cookie)?;
        Ok(())
    }
}

impl<'a> rt::Elem<'a> for PingMsg {
    #[inline]
    fn from_attr(a: &c::Attr<'a>) -> c::Result<Self> {
        rt::nest_from_attr(a)
    }
    fn put_attr<S: c::Sink>(&self, b: &mut c::Builder<S>, raw_kind: u16) -> c::Result<()> {
        rt::nest_put(self, b, raw_kind)
    }
}

/// Request of get_family; with neither attribute every family is listed.
#[derive(
    ::core::clone::Clone, ::core::marker::Copy, ::core::fmt::Debug, ::core::cmp::PartialEq,
)]
pub struct GetFamilyReq<'a> {
    /// Describe only the family with this id.
    ///
    /// `family-id` (id 1, u16).
    pub family_id: Option<u16>,
    /// Describe only the family with this name.
    ///
    /// `family-name` (id 2, string).
    pub family_name: Option<&'a str>,
}

/// Validation policy of `get-family-req`.
pub static GET_FAMILY_REQ_POLICY: c::Policy = c::Policy::new(
    "get-family-req",
    &[
        c::AttrPolicy::new(1, "family-id", c::AttrType::U16),
        c::AttrPolicy::new(2, "family-name", c::AttrType::String).len(0, 32),
    ],
)
.max_attrs(1024);

/// Descriptor of `get-family-req`.
pub static GET_FAMILY_REQ_SET: rt::SetDesc = rt::SetDesc {
    name: "get-family-req",
    doc: "Request of get_family; with neither attribute every family is listed.",
    policy: &GET_FAMILY_REQ_POLICY,
    attrs: &[
        rt::AttrDesc {
            kind: 1,
            name: "family-id",
            ty: "u16",
            doc: "Describe only the family with this id.",
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
            name: "family-name",
            ty: "string",
            doc: "Describe only the family with this name.",
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

impl<'a> rt::AttrSet<'a> for GetFamilyReq<'a> {
    const DESC: &'static rt::SetDesc = &GET_FAMILY_REQ_SET;

    fn decode_at(attrs: c::Attrs<'a>, _container: usize) -> c::Result<Self> {
        let mut v_family_id: Option<u16> = None;
        let mut v_family_name: Option<&'a str> = None;
        let mut seen: u32 = 0;
        let mut count = 0u32;
        let mut walk = rt::Walk::new(&attrs);
        if let Some(a) = walk.expect(0x00010006) {
            count += 1;
            seen |= 0x1;
            let r = rt::int::<u16>(&a)?;
            let v = r;
            v_family_id = Some(v);
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
                    v_family_id = Some(v);
                }
                2 => {
                    if seen & 0x2 != 0 {
                        return Err(rt::duplicate(a));
                    }
                    seen |= 0x2;
                    let v = rt::string(&a, 0, 32)?;
                    v_family_name = Some(v);
                }
                _ => rt::unknown(&a)?,
            }
        }
        Ok(GetFamilyReq {
            family_id: v_family_id,
            family_name: v_family_name,
        })
    }

    fn encode<S: c::Sink>(&self, b: &mut c::Builder<S>) -> c::Result<()> {
        rt::put_opt(b, 1, &self.family_id)?;
        rt::put_opt(b, 2, &self.family_name)?;
        Ok(())
    }
}

impl<'a> rt::Elem<'a> for GetFamilyReq<'a> {
    #[inline]
    fn from_attr(a: &c::Attr<'a>) -> c::Result<Self> {
        rt::nest_from_attr(a)
    }
    fn put_attr<S: c::Sink>(&self, b: &mut c::Builder<S>, raw_kind: u16) -> c::Result<()> {
        rt::nest_put(self, b, raw_kind)
    }
}

/// Reply of get_family.
#[derive(
    ::core::clone::Clone, ::core::marker::Copy, ::core::fmt::Debug, ::core::cmp::PartialEq,
)]
pub struct GetFamilyReply<'a> {
    /// One family the host implements.
    ///
    /// `family` (id 1, nest), up to 16.
    pub family: hvlink_proto::rt::List<'a, FamilyInfo<'a>>,
}

/// Validation policy of `get-family-reply`.
pub static GET_FAMILY_REPLY_POLICY: c::Policy = c::Policy::new(
    "get-family-reply",
    &[c::AttrPolicy::new(1, "family", c::AttrType::Nested(&FAMILY_INFO_POLICY)).repeated()],
)
.max_attrs(1024);

/// Descriptor of `get-family-reply`.
pub static GET_FAMILY_REPLY_SET: rt::SetDesc = rt::SetDesc {
    name: "get-family-reply",
    doc: "Reply of get_family.",
    policy: &GET_FAMILY_REPLY_POLICY,
    attrs: &[rt::AttrDesc {
        kind: 1,
        name: "family",
        ty: "nest",
        doc: "One family the host implements.",
        required: false,
        max_count: 16,
        must_understand: false,
        since: 1,
        default: None,
        enumeration: None,
        nested: Some(&FAMILY_INFO_SET),
        form: None,
        when: None,
    }],
    forms: &[],
};

impl<'a> rt::AttrSet<'a> for GetFamilyReply<'a> {
    const DESC: &'static rt::SetDesc = &GET_FAMILY_REPLY_SET;

    fn decode_at(attrs: c::Attrs<'a>, _container: usize) -> c::Result<Self> {
        let all = attrs.clone();
        let mut n_family = 0u32;
        let mut count = 0u32;
        let mut walk = rt::Walk::new(&attrs);
        while let Some(a) = walk.next()? {
            count += 1;
            if count > 1024 {
                return Err(rt::too_many(a));
            }
            match a.kind() {
                1 => {
                    if n_family >= 16 {
                        return Err(rt::too_many(a));
                    }
                    let v = rt::nest_from_attr::<FamilyInfo<'a>>(&a)?;
                    let _ = v;
                    n_family += 1;
                }
                _ => rt::unknown(&a)?,
            }
        }
        Ok(GetFamilyReply {
            family: rt::list(&all, 1, n_family),
        })
    }

    #[inline]
    fn decode_valid(attrs: c::Attrs<'a>) -> ::core::option::Option<Self> {
        let all = attrs.clone();
        let mut n_family = 0u32;
        let mut walk = rt::Walk::new(&attrs);
        while let Some(a) = walk.next().ok()? {
            match a.kind() {
                1 => {
                    n_family += 1;
                }
                _ => {}
            }
        }
        Some(GetFamilyReply {
            family: rt::list(&all, 1, n_family),
        })
    }

    fn encode<S: c::Sink>(&self, b: &mut c::Builder<S>) -> c::Result<()> {
        self.family.put(b, 1)?;
        Ok(())
    }
}

impl<'a> rt::Elem<'a> for GetFamilyReply<'a> {
    #[inline]
    fn from_attr(a: &c::Attr<'a>) -> c::Result<Self> {
        rt::nest_from_attr(a)
    }
    fn put_attr<S: c::Sink>(&self, b: &mut c::Builder<S>, raw_kind: u16) -> c::Result<()> {
        rt::nest_put(self, b, raw_kind)
    }
}

/// Description of one family.
#[derive(
    ::core::clone::Clone, ::core::marker::Copy, ::core::fmt::Debug, ::core::cmp::PartialEq,
)]
pub struct FamilyInfo<'a> {
    /// Family name.
    ///
    /// `name` (id 1, string), required.
    pub name: &'a str,
    /// Family id (the hypercall number of its register calls).
    ///
    /// `id` (id 2, u16), required.
    pub id: u16,
    /// Message type of its ring messages.
    ///
    /// `msg-type` (id 3, u16), required.
    pub msg_type: u16,
    /// Highest family version the host speaks.
    ///
    /// `version` (id 4, u8), required.
    pub version: u8,
    /// One op of the family the host implements.
    ///
    /// `op` (id 5, nest), up to 32.
    pub op: hvlink_proto::rt::List<'a, OpInfo<'a>>,
}

/// Validation policy of `family-info`.
pub static FAMILY_INFO_POLICY: c::Policy = c::Policy::new(
    "family-info",
    &[
        c::AttrPolicy::new(1, "name", c::AttrType::String)
            .required()
            .len(0, 32),
        c::AttrPolicy::new(2, "id", c::AttrType::U16).required(),
        c::AttrPolicy::new(3, "msg-type", c::AttrType::U16).required(),
        c::AttrPolicy::new(4, "version", c::AttrType::U8).required(),
        c::AttrPolicy::new(5, "op", c::AttrType::Nested(&OP_INFO_POLICY)).repeated(),
    ],
)
.max_attrs(1024);

/// Descriptor of `family-info`.
pub static FAMILY_INFO_SET: rt::SetDesc = rt::SetDesc {
    name: "family-info",
    doc: "Description of one family.",
    policy: &FAMILY_INFO_POLICY,
    attrs: &[
        rt::AttrDesc {
            kind: 1,
            name: "name",
            ty: "string",
            doc: "Family name.",
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
            name: "id",
            ty: "u16",
            doc: "Family id (the hypercall number of its register calls).",
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
            name: "msg-type",
            ty: "u16",
            doc: "Message type of its ring messages.",
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
            name: "version",
            ty: "u8",
            doc: "Highest family version the host speaks.",
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
            name: "op",
            ty: "nest",
            doc: "One op of the family the host implements.",
            required: false,
            max_count: 32,
            must_understand: false,
            since: 1,
            default: None,
            enumeration: None,
            nested: Some(&OP_INFO_SET),
            form: None,
            when: None,
        },
    ],
    forms: &[],
};

impl<'a> rt::AttrSet<'a> for FamilyInfo<'a> {
    const DESC: &'static rt::SetDesc = &FAMILY_INFO_SET;

    #[inline]
    fn decode_at(attrs: c::Attrs<'a>, container: usize) -> c::Result<Self> {
        let all = attrs.clone();
        let mut v_name: Option<&'a str> = None;
        let mut v_id: Option<u16> = None;
        let mut v_msg_type: Option<u16> = None;
        let mut v_version: Option<u8> = None;
        let mut n_op = 0u32;
        let mut seen: u32 = 0;
        let mut count = 0u32;
        let mut walk = rt::Walk::new(&attrs);
        if let Some(a) = walk.expect(0x00020006) {
            count += 1;
            seen |= 0x2;
            let r = rt::int::<u16>(&a)?;
            let v = r;
            v_id = Some(v);
        }
        if let Some(a) = walk.expect(0x00030006) {
            count += 1;
            seen |= 0x4;
            let r = rt::int::<u16>(&a)?;
            let v = r;
            v_msg_type = Some(v);
        }
        if let Some(a) = walk.expect(0x00040005) {
            count += 1;
            seen |= 0x8;
            let r = rt::int::<u8>(&a)?;
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
                    let v = rt::string(&a, 0, 32)?;
                    v_name = Some(v);
                }
                2 => {
                    if seen & 0x2 != 0 {
                        return Err(rt::duplicate(a));
                    }
                    seen |= 0x2;
                    let r = rt::int::<u16>(&a)?;
                    let v = r;
                    v_id = Some(v);
                }
                3 => {
                    if seen & 0x4 != 0 {
                        return Err(rt::duplicate(a));
                    }
                    seen |= 0x4;
                    let r = rt::int::<u16>(&a)?;
                    let v = r;
                    v_msg_type = Some(v);
                }
                4 => {
                    if seen & 0x8 != 0 {
                        return Err(rt::duplicate(a));
                    }
                    seen |= 0x8;
                    let r = rt::int::<u8>(&a)?;
                    let v = r;
                    v_version = Some(v);
                }
                5 => {
                    seen |= 0x10;
                    if n_op >= 32 {
                        return Err(rt::too_many(a));
                    }
                    let v = rt::nest_from_attr::<OpInfo<'a>>(&a)?;
                    let _ = v;
                    n_op += 1;
                }
                _ => rt::unknown(&a)?,
            }
        }
        if seen & 0xf != 0xf {
            return Err(rt::missing(
                container,
                (0xf & !seen) as u128,
                &[1, 2, 3, 4, 5],
            ));
        }
        Ok(FamilyInfo {
            name: rt::req(v_name, container, 1)?,
            id: rt::req(v_id, container, 2)?,
            msg_type: rt::req(v_msg_type, container, 3)?,
            version: rt::req(v_version, container, 4)?,
            op: rt::list(&all, 5, n_op),
        })
    }

    #[inline]
    fn decode_valid(attrs: c::Attrs<'a>) -> ::core::option::Option<Self> {
        let all = attrs.clone();
        let mut v_name: Option<&'a str> = None;
        let mut v_id: Option<u16> = None;
        let mut v_msg_type: Option<u16> = None;
        let mut v_version: Option<u8> = None;
        let mut n_op = 0u32;
        let mut walk = rt::Walk::new(&attrs);
        if let Some(a) = walk.expect(0x00020006) {
            v_id = Some(<u16 as rt::WireInt>::from_payload(a.payload())?);
        }
        if let Some(a) = walk.expect(0x00030006) {
            v_msg_type = Some(<u16 as rt::WireInt>::from_payload(a.payload())?);
        }
        if let Some(a) = walk.expect(0x00040005) {
            v_version = Some(<u8 as rt::WireInt>::from_payload(a.payload())?);
        }
        while let Some(a) = walk.next().ok()? {
            match a.kind() {
                1 => {
                    v_name = Some(a.str().ok()?);
                }
                2 => {
                    v_id = Some(<u16 as rt::WireInt>::from_payload(a.payload())?);
                }
                3 => {
                    v_msg_type = Some(<u16 as rt::WireInt>::from_payload(a.payload())?);
                }
                4 => {
                    v_version = Some(<u8 as rt::WireInt>::from_payload(a.payload())?);
                }
                5 => {
                    n_op += 1;
                }
                _ => {}
            }
        }
        Some(FamilyInfo {
            name: v_name?,
            id: v_id?,
            msg_type: v_msg_type?,
            version: v_version?,
            op: rt::list(&all, 5, n_op),
        })
    }

    fn encode<S: c::Sink>(&self, b: &mut c::Builder<S>) -> c::Result<()> {
        rt::put(b, 1, &self.name)?;
        rt::put(b, 2, &self.id)?;
        rt::put(b, 3, &self.msg_type)?;
        rt::put(b, 4, &self.version)?;
        self.op.put(b, 5)?;
        Ok(())
    }
}

impl<'a> rt::Elem<'a> for FamilyInfo<'a> {
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

/// Description of one op.
#[derive(
    ::core::clone::Clone, ::core::marker::Copy, ::core::fmt::Debug, ::core::cmp::PartialEq,
)]
pub struct OpInfo<'a> {
    /// Op name.
    ///
    /// `name` (id 1, string), required.
    pub name: &'a str,
    /// Op id (the sub-op number).
    ///
    /// `id` (id 2, u8), required.
    pub id: u8,
    /// Family version that introduced the op.
    ///
    /// `since` (id 3, u8), required.
    pub since: u8,
    /// Privilege class.
    ///
    /// `privilege` (id 4, u8), required.
    pub privilege: Privilege,
    /// Properties of the op.
    ///
    /// `flags` (id 5, u32), required.
    pub flags: OpFlags,
    /// Upper bound in bytes of the reply payload.
    ///
    /// `max-reply` (id 6, u32), required.
    pub max_reply: u32,
}

/// Validation policy of `op-info`.
pub static OP_INFO_POLICY: c::Policy = c::Policy::new(
    "op-info",
    &[
        c::AttrPolicy::new(1, "name", c::AttrType::String)
            .required()
            .len(0, 32),
        c::AttrPolicy::new(2, "id", c::AttrType::U8).required(),
        c::AttrPolicy::new(3, "since", c::AttrType::U8).required(),
        c::AttrPolicy::new(4, "privilege", c::AttrType::U8).required(),
        c::AttrPolicy::new(5, "flags", c::AttrType::U32).required(),
        c::AttrPolicy::new(6, "max-reply", c::AttrType::U32).required(),
    ],
)
.max_attrs(1024);

/// Descriptor of `op-info`.
pub static OP_INFO_SET: rt::SetDesc = rt::SetDesc {
    name: "op-info",
    doc: "Description of one op.",
    policy: &OP_INFO_POLICY,
    attrs: &[
        rt::AttrDesc {
            kind: 1,
            name: "name",
            ty: "string",
            doc: "Op name.",
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
            name: "id",
            ty: "u8",
            doc: "Op id (the sub-op number).",
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
            name: "since",
            ty: "u8",
            doc: "Family version that introduced the op.",
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
            name: "privilege",
            ty: "u8",
            doc: "Privilege class.",
            required: true,
            max_count: 0,
            must_understand: false,
            since: 1,
            default: None,
            enumeration: Some("privilege"),
            nested: None,
            form: None,
            when: None,
        },
        rt::AttrDesc {
            kind: 5,
            name: "flags",
            ty: "u32",
            doc: "Properties of the op.",
            required: true,
            max_count: 0,
            must_understand: false,
            since: 1,
            default: None,
            enumeration: Some("op-flags"),
            nested: None,
            form: None,
            when: None,
        },
        rt::AttrDesc {
            kind: 6,
            name: "max-reply",
            ty: "u32",
            doc: "Upper bound in bytes of the reply payload.",
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

impl<'a> rt::AttrSet<'a> for OpInfo<'a> {
    const DESC: &'static rt::SetDesc = &OP_INFO_SET;

    #[inline]
    fn decode_at(attrs: c::Attrs<'a>, container: usize) -> c::Result<Self> {
        let mut v_name: Option<&'a str> = None;
        let mut v_id: Option<u8> = None;
        let mut v_since: Option<u8> = None;
        let mut v_privilege: Option<Privilege> = None;
        let mut v_flags: Option<OpFlags> = None;
        let mut v_max_reply: Option<u32> = None;
        let mut seen: u32 = 0;
        let mut count = 0u32;
        let mut walk = rt::Walk::new(&attrs);
        if let Some(a) = walk.expect(0x00020005) {
            count += 1;
            seen |= 0x2;
            let r = rt::int::<u8>(&a)?;
            let v = r;
            v_id = Some(v);
        }
        if let Some(a) = walk.expect(0x00030005) {
            count += 1;
            seen |= 0x4;
            let r = rt::int::<u8>(&a)?;
            let v = r;
            v_since = Some(v);
        }
        if let Some(a) = walk.expect(0x00040005) {
            count += 1;
            seen |= 0x8;
            let r = rt::int::<u8>(&a)?;
            let v = Privilege(r);
            v_privilege = Some(v);
        }
        if let Some(a) = walk.expect(0x00050008) {
            count += 1;
            seen |= 0x10;
            let r = rt::int::<u32>(&a)?;
            let v = OpFlags(r);
            v_flags = Some(v);
        }
        if let Some(a) = walk.expect(0x00060008) {
            count += 1;
            seen |= 0x20;
            let r = rt::int::<u32>(&a)?;
            let v = r;
            v_max_reply = Some(v);
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
                    let v = rt::string(&a, 0, 32)?;
                    v_name = Some(v);
                }
                2 => {
                    if seen & 0x2 != 0 {
                        return Err(rt::duplicate(a));
                    }
                    seen |= 0x2;
                    let r = rt::int::<u8>(&a)?;
                    let v = r;
                    v_id = Some(v);
                }
                3 => {
                    if seen & 0x4 != 0 {
                        return Err(rt::duplicate(a));
                    }
                    seen |= 0x4;
                    let r = rt::int::<u8>(&a)?;
                    let v = r;
                    v_since = Some(v);
                }
                4 => {
                    if seen & 0x8 != 0 {
                        return Err(rt::duplicate(a));
                    }
                    seen |= 0x8;
                    let r = rt::int::<u8>(&a)?;
                    let v = Privilege(r);
                    v_privilege = Some(v);
                }
                5 => {
                    if seen & 0x10 != 0 {
                        return Err(rt::duplicate(a));
                    }
                    seen |= 0x10;
                    let r = rt::int::<u32>(&a)?;
                    let v = OpFlags(r);
                    v_flags = Some(v);
                }
                6 => {
                    if seen & 0x20 != 0 {
                        return Err(rt::duplicate(a));
                    }
                    seen |= 0x20;
                    let r = rt::int::<u32>(&a)?;
                    let v = r;
                    v_max_reply = Some(v);
                }
                _ => rt::unknown(&a)?,
            }
        }
        if seen & 0x3f != 0x3f {
            return Err(rt::missing(
                container,
                (0x3f & !seen) as u128,
                &[1, 2, 3, 4, 5, 6],
            ));
        }
        Ok(OpInfo {
            name: rt::req(v_name, container, 1)?,
            id: rt::req(v_id, container, 2)?,
            since: rt::req(v_since, container, 3)?,
            privilege: rt::req(v_privilege, container, 4)?,
            flags: rt::req(v_flags, container, 5)?,
            max_reply: rt::req(v_max_reply, container, 6)?,
        })
    }

    #[inline]
    fn decode_valid(attrs: c::Attrs<'a>) -> ::core::option::Option<Self> {
        let mut v_name: Option<&'a str> = None;
        let mut v_id: Option<u8> = None;
        let mut v_since: Option<u8> = None;
        let mut v_privilege: Option<Privilege> = None;
        let mut v_flags: Option<OpFlags> = None;
        let mut v_max_reply: Option<u32> = None;
        let mut walk = rt::Walk::new(&attrs);
        if let Some(a) = walk.expect(0x00020005) {
            v_id = Some(<u8 as rt::WireInt>::from_payload(a.payload())?);
        }
        if let Some(a) = walk.expect(0x00030005) {
            v_since = Some(<u8 as rt::WireInt>::from_payload(a.payload())?);
        }
        if let Some(a) = walk.expect(0x00040005) {
            v_privilege = Some(Privilege(<u8 as rt::WireInt>::from_payload(a.payload())?));
        }
        if let Some(a) = walk.expect(0x00050008) {
            v_flags = Some(OpFlags(<u32 as rt::WireInt>::from_payload(a.payload())?));
        }
        if let Some(a) = walk.expect(0x00060008) {
            v_max_reply = Some(<u32 as rt::WireInt>::from_payload(a.payload())?);
        }
        while let Some(a) = walk.next().ok()? {
            match a.kind() {
                1 => {
                    v_name = Some(a.str().ok()?);
                }
                2 => {
                    v_id = Some(<u8 as rt::WireInt>::from_payload(a.payload())?);
                }
                3 => {
                    v_since = Some(<u8 as rt::WireInt>::from_payload(a.payload())?);
                }
                4 => {
                    v_privilege = Some(Privilege(<u8 as rt::WireInt>::from_payload(a.payload())?));
                }
                5 => {
                    v_flags = Some(OpFlags(<u32 as rt::WireInt>::from_payload(a.payload())?));
                }
                6 => {
                    v_max_reply = Some(<u32 as rt::WireInt>::from_payload(a.payload())?);
                }
                _ => {}
            }
        }
        Some(OpInfo {
            name: v_name?,
            id: v_id?,
            since: v_since?,
            privilege: v_privilege?,
            flags: v_flags?,
            max_reply: v_max_reply?,
        })
    }

    fn encode<S: c::Sink>(&self, b: &mut c::Builder<S>) -> c::Result<()> {
        rt::put(b, 1, &self.name)?;
        rt::put(b, 2, &self.id)?;
        rt::put(b, 3, &self.since)?;
        rt::put(b, 4, &self.privilege)?;
        rt::put(b, 5, &self.flags)?;
        rt::put(b, 6, &self.max_reply)?;
        Ok(())
    }
}

impl<'a> rt::Elem<'a> for OpInfo<'a> {
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

/// Request of get_policy.
#[derive(
    ::core::clone::Clone, ::core::marker::Copy, ::core::fmt::Debug, ::core::cmp::PartialEq,
)]
pub struct GetPolicyReq {
    /// Family of the op.
    ///
    /// `family-id` (id 1, u16), required.
    pub family_id: u16,
    /// Op whose request and reply policies are dumped.
    ///
    /// `op-id` (id 2, u8), required.
    pub op_id: u8,
}

/// Validation policy of `get-policy-req`.
pub static GET_POLICY_REQ_POLICY: c::Policy = c::Policy::new(
    "get-policy-req",
    &[
        c::AttrPolicy::new(1, "family-id", c::AttrType::U16).required(),
        c::AttrPolicy::new(2, "op-id", c::AttrType::U8).required(),
    ],
)
.max_attrs(1024);

/// Descriptor of `get-policy-req`.
pub static GET_POLICY_REQ_SET: rt::SetDesc = rt::SetDesc {
    name: "get-policy-req",
    doc: "Request of get_policy.",
    policy: &GET_POLICY_REQ_POLICY,
    attrs: &[
        rt::AttrDesc {
            kind: 1,
            name: "family-id",
            ty: "u16",
            doc: "Family of the op.",
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
            name: "op-id",
            ty: "u8",
            doc: "Op whose request and reply policies are dumped.",
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

impl<'a> rt::AttrSet<'a> for GetPolicyReq {
    const DESC: &'static rt::SetDesc = &GET_POLICY_REQ_SET;

    fn decode_at(attrs: c::Attrs<'a>, container: usize) -> c::Result<Self> {
        let mut v_family_id: Option<u16> = None;
        let mut v_op_id: Option<u8> = None;
        let mut seen: u32 = 0;
        let mut count = 0u32;
        'walk: {
            if let Ok(b) = <&[u8; 16]>::try_from(attrs.remaining()) {
                if rt::word(b, 0) == 0x00010006 && rt::word(b, 8) == 0x00020005 {
                    let at = attrs.offset();
                    {
                        let a = c::Attr::new(0x0001, at as u32, rt::bytes(b, 4, 2));
                        seen |= 0x1;
                        let r = rt::int::<u16>(&a)?;
                        let v = r;
                        v_family_id = Some(v);
                    }
                    {
                        let a = c::Attr::new(0x0002, (at + 8) as u32, rt::bytes(b, 12, 1));
                        seen |= 0x2;
                        let r = rt::int::<u8>(&a)?;
                        let v = r;
                        v_op_id = Some(v);
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
                v_family_id = Some(v);
            }
            if let Some(a) = walk.expect(0x00020005) {
                count += 1;
                seen |= 0x2;
                let r = rt::int::<u8>(&a)?;
                let v = r;
                v_op_id = Some(v);
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
                        v_family_id = Some(v);
                    }
                    2 => {
                        if seen & 0x2 != 0 {
                            return Err(rt::duplicate(a));
                        }
                        seen |= 0x2;
                        let r = rt::int::<u8>(&a)?;
                        let v = r;
                        v_op_id = Some(v);
                    }
                    _ => rt::unknown(&a)?,
                }
            }
        }
        if seen & 0x3 != 0x3 {
            return Err(rt::missing(container, (0x3 & !seen) as u128, &[1, 2]));
        }
        Ok(GetPolicyReq {
            family_id: rt::req(v_family_id, container, 1)?,
            op_id: rt::req(v_op_id, container, 2)?,
        })
    }

    fn encode<S: c::Sink>(&self, b: &mut c::Builder<S>) -> c::Result<()> {
        rt::put(b, 1, &self.family_id)?;
        rt::put(b, 2, &self.op_id)?;
        Ok(())
    }
}

impl<'a> rt::Elem<'a> for GetPolicyReq {
    #[inline]
    fn from_attr(a: &c::Attr<'a>) -> c::Result<Self> {
        rt::nest_from_attr(a)
    }
    fn put_attr<S: c::Sink>(&self, b: &mut c::Builder<S>, raw_kind: u16) -> c::Result<()> {
        rt::nest_put(self, b, raw_kind)
    }
}

/// Reply of get_policy.
#[derive(
    ::core::clone::Clone, ::core::marker::Copy, ::core::fmt::Debug, ::core::cmp::PartialEq,
)]
pub struct GetPolicyReply<'a> {
    /// Family of the op.
    ///
    /// `family-id` (id 1, u16), required.
    pub family_id: u16,
    /// The op the policies belong to.
    ///
    /// `op-id` (id 2, u8), required.
    pub op_id: u8,
    /// Policy of one attribute, nested sets included (each entry names its set).
    ///
    /// `attr` (id 3, nest), up to 64.
    pub attr: hvlink_proto::rt::List<'a, PolicyEntry<'a>>,
}

/// Validation policy of `get-policy-reply`.
pub static GET_POLICY_REPLY_POLICY: c::Policy = c::Policy::new(
    "get-policy-reply",
    &[
        c::AttrPolicy::new(1, "family-id", c::AttrType::U16).required(),
        c::AttrPolicy::new(2, "op-id", c::AttrType::U8).required(),
        c::AttrPolicy::new(3, "attr", c::AttrType::Nested(&POLICY_ENTRY_POLICY)).repeated(),
    ],
)
.max_attrs(1024);

/// Descriptor of `get-policy-reply`.
pub static GET_POLICY_REPLY_SET: rt::SetDesc = rt::SetDesc {
    name: "get-policy-reply",
    doc: "Reply of get_policy.",
    policy: &GET_POLICY_REPLY_POLICY,
    attrs: &[
        rt::AttrDesc {
            kind: 1,
            name: "family-id",
            ty: "u16",
            doc: "Family of the op.",
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
            name: "op-id",
            ty: "u8",
            doc: "The op the policies belong to.",
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
            name: "attr",
            ty: "nest",
            doc: "Policy of one attribute, nested sets included (each entry names its set).",
            required: false,
            max_count: 64,
            must_understand: false,
            since: 1,
            default: None,
            enumeration: None,
            nested: Some(&POLICY_ENTRY_SET),
            form: None,
            when: None,
        },
    ],
    forms: &[],
};

impl<'a> rt::AttrSet<'a> for GetPolicyReply<'a> {
    const DESC: &'static rt::SetDesc = &GET_POLICY_REPLY_SET;

    fn decode_at(attrs: c::Attrs<'a>, container: usize) -> c::Result<Self> {
        let all = attrs.clone();
        let mut v_family_id: Option<u16> = None;
        let mut v_op_id: Option<u8> = None;
        let mut n_attr = 0u32;
        let mut seen: u32 = 0;
        let mut count = 0u32;
        let mut walk = rt::Walk::new(&attrs);
        if let Some(a) = walk.expect(0x00010006) {
            count += 1;
            seen |= 0x1;
            let r = rt::int::<u16>(&a)?;
            let v = r;
            v_family_id = Some(v);
        }
        if let Some(a) = walk.expect(0x00020005) {
            count += 1;
            seen |= 0x2;
            let r = rt::int::<u8>(&a)?;
            let v = r;
            v_op_id = Some(v);
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
                    v_family_id = Some(v);
                }
                2 => {
                    if seen & 0x2 != 0 {
                        return Err(rt::duplicate(a));
                    }
                    seen |= 0x2;
                    let r = rt::int::<u8>(&a)?;
                    let v = r;
                    v_op_id = Some(v);
                }
                3 => {
                    seen |= 0x4;
                    if n_attr >= 64 {
                        return Err(rt::too_many(a));
                    }
                    let v = rt::nest_from_attr::<PolicyEntry<'a>>(&a)?;
                    let _ = v;
                    n_attr += 1;
                }
                _ => rt::unknown(&a)?,
            }
        }
        if seen & 0x3 != 0x3 {
            return Err(rt::missing(container, (0x3 & !seen) as u128, &[1, 2, 3]));
        }
        Ok(GetPolicyReply {
            family_id: rt::req(v_family_id, container, 1)?,
            op_id: rt::req(v_op_id, container, 2)?,
            attr: rt::list(&all, 3, n_attr),
        })
    }

    #[inline]
    fn decode_valid(attrs: c::Attrs<'a>) -> ::core::option::Option<Self> {
        let all = attrs.clone();
        let mut v_family_id: Option<u16> = None;
        let mut v_op_id: Option<u8> = None;
        let mut n_attr = 0u32;
        let mut walk = rt::Walk::new(&attrs);
        if let Some(a) = walk.expect(0x00010006) {
            v_family_id = Some(<u16 as rt::WireInt>::from_payload(a.payload())?);
        }
        if let Some(a) = walk.expect(0x00020005) {
            v_op_id = Some(<u8 as rt::WireInt>::from_payload(a.payload())?);
        }
        while let Some(a) = walk.next().ok()? {
            match a.kind() {
                1 => {
                    v_family_id = Some(<u16 as rt::WireInt>::from_payload(a.payload())?);
                }
                2 => {
                    v_op_id = Some(<u8 as rt::WireInt>::from_payload(a.payload())?);
                }
                3 => {
                    n_attr += 1;
                }
                _ => {}
            }
        }
        Some(GetPolicyReply {
            family_id: v_family_id?,
            op_id: v_op_id?,
            attr: rt::list(&all, 3, n_attr),
        })
    }

    fn encode<S: c::Sink>(&self, b: &mut c::Builder<S>) -> c::Result<()> {
        rt::put(b, 1, &self.family_id)?;
        rt::put(b, 2, &self.op_id)?;
        self.attr.put(b, 3)?;
        Ok(())
    }
}

impl<'a> rt::Elem<'a> for GetPolicyReply<'a> {
    #[inline]
    fn from_attr(a: &c::Attr<'a>) -> c::Result<Self> {
        rt::nest_from_attr(a)
    }
    fn put_attr<S: c::Sink>(&self, b: &mut c::Builder<S>, raw_kind: u16) -> c::Result<()> {
        rt::nest_put(self, b, raw_kind)
    }
}

/// Policy of one attribute; ids 1..7 have the meaning of Linux's NL_POLICY_TYPE_ATTR_*.
#[derive(
    ::core::clone::Clone, ::core::marker::Copy, ::core::fmt::Debug, ::core::cmp::PartialEq,
)]
pub struct PolicyEntry<'a> {
    /// Attribute type.
    ///
    /// `type` (id 1, u32), required.
    pub r#type: AttrType,
    /// Smallest allowed value (signed types).
    ///
    /// `min-value-s` (id 2, s64).
    pub min_value_s: Option<i64>,
    /// Largest allowed value (signed types).
    ///
    /// `max-value-s` (id 3, s64).
    pub max_value_s: Option<i64>,
    /// Smallest allowed value (unsigned types).
    ///
    /// `min-value-u` (id 4, u64).
    pub min_value_u: Option<u64>,
    /// Largest allowed value (unsigned types).
    ///
    /// `max-value-u` (id 5, u64).
    pub max_value_u: Option<u64>,
    /// Shortest payload (string - excluding the NUL; binary).
    ///
    /// `min-length` (id 6, u32).
    pub min_length: Option<u32>,
    /// Longest payload (string - excluding the NUL; binary).
    ///
    /// `max-length` (id 7, u32).
    pub max_length: Option<u32>,
    /// Attribute set the attribute belongs to.
    ///
    /// `set` (id 16, string), required.
    pub set: &'a str,
    /// Whether the set is part of the request or of the reply.
    ///
    /// `direction` (id 17, u8), required.
    pub direction: Direction,
    /// Attribute id within its set.
    ///
    /// `attr-id` (id 18, u16), required.
    pub attr_id: u16,
    /// Attribute name.
    ///
    /// `name` (id 19, string), required.
    pub name: &'a str,
    /// Set of the payload (nest only).
    ///
    /// `nested` (id 20, string).
    pub nested: Option<&'a str>,
    /// The attribute must be present (in its form).
    ///
    /// `required` (id 21, flag).
    pub required: bool,
    /// The attribute may appear up to max-count times.
    ///
    /// `repeated` (id 22, flag).
    pub repeated: bool,
    /// Senders set the must-understand bit on it.
    ///
    /// `must-understand` (id 23, flag).
    pub must_understand: bool,
    /// Family version that introduced the attribute.
    ///
    /// `since` (id 24, u8), required.
    pub since: u8,
    /// Most occurrences (repeated only).
    ///
    /// `max-count` (id 25, u32).
    pub max_count: Option<u32>,
    /// Definition the values come from.
    ///
    /// `enum` (id 26, string).
    pub r#enum: Option<&'a str>,
    /// Value assumed when absent (two's complement for signed types).
    ///
    /// `default` (id 27, u64).
    pub default: Option<u64>,
    /// Form of the set the attribute belongs to (absent - common to all forms).
    ///
    /// `form` (id 28, string).
    pub form: Option<&'a str>,
    /// FastABI register number (2 = rsi, 3 = r8 ... 7 = r12) when the attribute is register-mapped.
    ///
    /// `register` (id 29, u8).
    pub register: Option<u8>,
}

/// Validation policy of `policy-entry`.
pub static POLICY_ENTRY_POLICY: c::Policy = c::Policy::new(
    "policy-entry",
    &[
        c::AttrPolicy::new(1, "type", c::AttrType::U32).required(),
        c::AttrPolicy::new(2, "min-value-s", c::AttrType::S64),
        c::AttrPolicy::new(3, "max-value-s", c::AttrType::S64),
        c::AttrPolicy::new(4, "min-value-u", c::AttrType::U64),
        c::AttrPolicy::new(5, "max-value-u", c::AttrType::U64),
        c::AttrPolicy::new(6, "min-length", c::AttrType::U32),
        c::AttrPolicy::new(7, "max-length", c::AttrType::U32),
        c::AttrPolicy::new(16, "set", c::AttrType::String)
            .required()
            .len(0, 32),
        c::AttrPolicy::new(17, "direction", c::AttrType::U8).required(),
        c::AttrPolicy::new(18, "attr-id", c::AttrType::U16).required(),
        c::AttrPolicy::new(19, "name", c::AttrType::String)
            .required()
            .len(0, 32),
        c::AttrPolicy::new(20, "nested", c::AttrType::String).len(0, 32),
        c::AttrPolicy::new(21, "required", c::AttrType::Flag),
        c::AttrPolicy::new(22, "repeated", c::AttrType::Flag),
        c::AttrPolicy::new(23, "must-understand", c::AttrType::Flag),
        c::AttrPolicy::new(24, "since", c::AttrType::U8).required(),
        c::AttrPolicy::new(25, "max-count", c::AttrType::U32),
        c::AttrPolicy::new(26, "enum", c::AttrType::String).len(0, 32),
        c::AttrPolicy::new(27, "default", c::AttrType::U64),
        c::AttrPolicy::new(28, "form", c::AttrType::String).len(0, 32),
        c::AttrPolicy::new(29, "register", c::AttrType::U8)
            .values(c::Values::Range { min: 2, max: 7 }),
    ],
)
.max_attrs(1024);

/// Descriptor of `policy-entry`.
pub static POLICY_ENTRY_SET: rt::SetDesc = rt::SetDesc {
    name: "policy-entry",
    doc: "Policy of one attribute; ids 1..7 have the meaning of Linux's NL_POLICY_TYPE_ATTR_*.",
    policy: &POLICY_ENTRY_POLICY,
    attrs: &[
        rt::AttrDesc {
            kind: 1,
            name: "type",
            ty: "u32",
            doc: "Attribute type.",
            required: true,
            max_count: 0,
            must_understand: false,
            since: 1,
            default: None,
            enumeration: Some("attr-type"),
            nested: None,
            form: None,
            when: None,
        },
        rt::AttrDesc {
            kind: 2,
            name: "min-value-s",
            ty: "s64",
            doc: "Smallest allowed value (signed types).",
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
            name: "max-value-s",
            ty: "s64",
            doc: "Largest allowed value (signed types).",
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
            kind: 4,
            name: "min-value-u",
            ty: "u64",
            doc: "Smallest allowed value (unsigned types).",
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
            name: "max-value-u",
            ty: "u64",
            doc: "Largest allowed value (unsigned types).",
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
            name: "min-length",
            ty: "u32",
            doc: "Shortest payload (string - excluding the NUL; binary).",
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
            name: "max-length",
            ty: "u32",
            doc: "Longest payload (string - excluding the NUL; binary).",
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
            kind: 16,
            name: "set",
            ty: "string",
            doc: "Attribute set the attribute belongs to.",
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
            kind: 17,
            name: "direction",
            ty: "u8",
            doc: "Whether the set is part of the request or of the reply.",
            required: true,
            max_count: 0,
            must_understand: false,
            since: 1,
            default: None,
            enumeration: Some("direction"),
            nested: None,
            form: None,
            when: None,
        },
        rt::AttrDesc {
            kind: 18,
            name: "attr-id",
            ty: "u16",
            doc: "Attribute id within its set.",
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
            kind: 19,
            name: "name",
            ty: "string",
            doc: "Attribute name.",
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
            kind: 20,
            name: "nested",
            ty: "string",
            doc: "Set of the payload (nest only).",
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
            kind: 21,
            name: "required",
            ty: "flag",
            doc: "The attribute must be present (in its form).",
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
            kind: 22,
            name: "repeated",
            ty: "flag",
            doc: "The attribute may appear up to max-count times.",
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
            kind: 23,
            name: "must-understand",
            ty: "flag",
            doc: "Senders set the must-understand bit on it.",
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
            kind: 24,
            name: "since",
            ty: "u8",
            doc: "Family version that introduced the attribute.",
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
            kind: 25,
            name: "max-count",
            ty: "u32",
            doc: "Most occurrences (repeated only).",
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
            kind: 26,
            name: "enum",
            ty: "string",
            doc: "Definition the values come from.",
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
            kind: 27,
            name: "default",
            ty: "u64",
            doc: "Value assumed when absent (two's complement for signed types).",
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
            kind: 28,
            name: "form",
            ty: "string",
            doc: "Form of the set the attribute belongs to (absent - common to all forms).",
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
            kind: 29,
            name: "register",
            ty: "u8",
            doc: "FastABI register number (2 = rsi, 3 = r8 ... 7 = r12) when the attribute is register-mapped.",
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
    forms: &[
    ],
};

impl<'a> rt::AttrSet<'a> for PolicyEntry<'a> {
    const DESC: &'static rt::SetDesc = &POLICY_ENTRY_SET;

    #[inline]
    fn decode_at(attrs: c::Attrs<'a>, container: usize) -> c::Result<Self> {
        let mut v_type: Option<AttrType> = None;
        let mut v_min_value_s: Option<i64> = None;
        let mut v_max_value_s: Option<i64> = None;
        let mut v_min_value_u: Option<u64> = None;
        let mut v_max_value_u: Option<u64> = None;
        let mut v_min_length: Option<u32> = None;
        let mut v_max_length: Option<u32> = None;
        let mut v_set: Option<&'a str> = None;
        let mut v_direction: Option<Direction> = None;
        let mut v_attr_id: Option<u16> = None;
        let mut v_name: Option<&'a str> = None;
        let mut v_nested: Option<&'a str> = None;
        let mut v_required = false;
        let mut v_repeated = false;
        let mut v_must_understand = false;
        let mut v_since: Option<u8> = None;
        let mut v_max_count: Option<u32> = None;
        let mut v_enum: Option<&'a str> = None;
        let mut v_default: Option<u64> = None;
        let mut v_form: Option<&'a str> = None;
        let mut v_register: Option<u8> = None;
        let mut seen: u32 = 0;
        let mut count = 0u32;
        let mut walk = rt::Walk::new(&attrs);
        if let Some(a) = walk.expect(0x00010008) {
            count += 1;
            seen |= 0x1;
            let r = rt::int::<u32>(&a)?;
            let v = AttrType(r);
            v_type = Some(v);
        }
        if let Some(a) = walk.expect(0x0002000c) {
            count += 1;
            seen |= 0x2;
            let r = rt::int::<i64>(&a)?;
            let v = r;
            v_min_value_s = Some(v);
        }
        if let Some(a) = walk.expect(0x0003000c) {
            count += 1;
            seen |= 0x4;
            let r = rt::int::<i64>(&a)?;
            let v = r;
            v_max_value_s = Some(v);
        }
        if let Some(a) = walk.expect(0x0004000c) {
            count += 1;
            seen |= 0x8;
            let r = rt::int::<u64>(&a)?;
            let v = r;
            v_min_value_u = Some(v);
        }
        if let Some(a) = walk.expect(0x0005000c) {
            count += 1;
            seen |= 0x10;
            let r = rt::int::<u64>(&a)?;
            let v = r;
            v_max_value_u = Some(v);
        }
        if let Some(a) = walk.expect(0x00060008) {
            count += 1;
            seen |= 0x20;
            let r = rt::int::<u32>(&a)?;
            let v = r;
            v_min_length = Some(v);
        }
        if let Some(a) = walk.expect(0x00070008) {
            count += 1;
            seen |= 0x40;
            let r = rt::int::<u32>(&a)?;
            let v = r;
            v_max_length = Some(v);
        }
        if let Some(a) = walk.expect(0x00110005) {
            count += 1;
            seen |= 0x100;
            let r = rt::int::<u8>(&a)?;
            let v = Direction(r);
            v_direction = Some(v);
        }
        if let Some(a) = walk.expect(0x00120006) {
            count += 1;
            seen |= 0x200;
            let r = rt::int::<u16>(&a)?;
            let v = r;
            v_attr_id = Some(v);
        }
        if let Some(a) = walk.expect(0x00150004) {
            count += 1;
            seen |= 0x1000;
            let r = rt::flag(&a)?;
            let v = r;
            v_required = v;
        }
        if let Some(a) = walk.expect(0x00160004) {
            count += 1;
            seen |= 0x2000;
            let r = rt::flag(&a)?;
            let v = r;
            v_repeated = v;
        }
        if let Some(a) = walk.expect(0x00170004) {
            count += 1;
            seen |= 0x4000;
            let r = rt::flag(&a)?;
            let v = r;
            v_must_understand = v;
        }
        if let Some(a) = walk.expect(0x00180005) {
            count += 1;
            seen |= 0x8000;
            let r = rt::int::<u8>(&a)?;
            let v = r;
            v_since = Some(v);
        }
        if let Some(a) = walk.expect(0x00190008) {
            count += 1;
            seen |= 0x10000;
            let r = rt::int::<u32>(&a)?;
            let v = r;
            v_max_count = Some(v);
        }
        if let Some(a) = walk.expect(0x001b000c) {
            count += 1;
            seen |= 0x40000;
            let r = rt::int::<u64>(&a)?;
            let v = r;
            v_default = Some(v);
        }
        if let Some(a) = walk.expect(0x001d0005) {
            count += 1;
            seen |= 0x100000;
            let r = rt::int::<u8>(&a)?;
            rt::check_range(&a, r as i128, 2, 7)?;
            let v = r;
            v_register = Some(v);
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
                    let v = AttrType(r);
                    v_type = Some(v);
                }
                2 => {
                    if seen & 0x2 != 0 {
                        return Err(rt::duplicate(a));
                    }
                    seen |= 0x2;
                    let r = rt::int::<i64>(&a)?;
                    let v = r;
                    v_min_value_s = Some(v);
                }
                3 => {
                    if seen & 0x4 != 0 {
                        return Err(rt::duplicate(a));
                    }
                    seen |= 0x4;
                    let r = rt::int::<i64>(&a)?;
                    let v = r;
                    v_max_value_s = Some(v);
                }
                4 => {
                    if seen & 0x8 != 0 {
                        return Err(rt::duplicate(a));
                    }
                    seen |= 0x8;
                    let r = rt::int::<u64>(&a)?;
                    let v = r;
                    v_min_value_u = Some(v);
                }
                5 => {
                    if seen & 0x10 != 0 {
                        return Err(rt::duplicate(a));
                    }
                    seen |= 0x10;
                    let r = rt::int::<u64>(&a)?;
                    let v = r;
                    v_max_value_u = Some(v);
                }
                6 => {
                    if seen & 0x20 != 0 {
                        return Err(rt::duplicate(a));
                    }
                    seen |= 0x20;
                    let r = rt::int::<u32>(&a)?;
                    let v = r;
                    v_min_length = Some(v);
                }
                7 => {
                    if seen & 0x40 != 0 {
                        return Err(rt::duplicate(a));
                    }
                    seen |= 0x40;
                    let r = rt::int::<u32>(&a)?;
                    let v = r;
                    v_max_length = Some(v);
                }
                16 => {
                    if seen & 0x80 != 0 {
                        return Err(rt::duplicate(a));
                    }
                    seen |= 0x80;
                    let v = rt::string(&a, 0, 32)?;
                    v_set = Some(v);
                }
                17 => {
                    if seen & 0x100 != 0 {
                        return Err(rt::duplicate(a));
                    }
                    seen |= 0x100;
                    let r = rt::int::<u8>(&a)?;
                    let v = Direction(r);
                    v_direction = Some(v);
                }
                18 => {
                    if seen & 0x200 != 0 {
                        return Err(rt::duplicate(a));
                    }
                    seen |= 0x200;
                    let r = rt::int::<u16>(&a)?;
                    let v = r;
                    v_attr_id = Some(v);
                }
                19 => {
                    if seen & 0x400 != 0 {
                        return Err(rt::duplicate(a));
                    }
                    seen |= 0x400;
                    let v = rt::string(&a, 0, 32)?;
                    v_name = Some(v);
                }
                20 => {
                    if seen & 0x800 != 0 {
                        return Err(rt::duplicate(a));
                    }
                    seen |= 0x800;
                    let v = rt::string(&a, 0, 32)?;
                    v_nested = Some(v);
                }
                21 => {
                    if seen & 0x1000 != 0 {
                        return Err(rt::duplicate(a));
                    }
                    seen |= 0x1000;
                    let r = rt::flag(&a)?;
                    let v = r;
                    v_required = v;
                }
                22 => {
                    if seen & 0x2000 != 0 {
                        return Err(rt::duplicate(a));
                    }
                    seen |= 0x2000;
                    let r = rt::flag(&a)?;
                    let v = r;
                    v_repeated = v;
                }
                23 => {
                    if seen & 0x4000 != 0 {
                        return Err(rt::duplicate(a));
                    }
                    seen |= 0x4000;
                    let r = rt::flag(&a)?;
                    let v = r;
                    v_must_understand = v;
                }
                24 => {
                    if seen & 0x8000 != 0 {
                        return Err(rt::duplicate(a));
                    }
                    seen |= 0x8000;
                    let r = rt::int::<u8>(&a)?;
                    let v = r;
                    v_since = Some(v);
                }
                25 => {
                    if seen & 0x10000 != 0 {
                        return Err(rt::duplicate(a));
                    }
                    seen |= 0x10000;
                    let r = rt::int::<u32>(&a)?;
                    let v = r;
                    v_max_count = Some(v);
                }
                26 => {
                    if seen & 0x20000 != 0 {
                        return Err(rt::duplicate(a));
                    }
                    seen |= 0x20000;
                    let v = rt::string(&a, 0, 32)?;
                    v_enum = Some(v);
                }
                27 => {
                    if seen & 0x40000 != 0 {
                        return Err(rt::duplicate(a));
                    }
                    seen |= 0x40000;
                    let r = rt::int::<u64>(&a)?;
                    let v = r;
                    v_default = Some(v);
                }
                28 => {
                    if seen & 0x80000 != 0 {
                        return Err(rt::duplicate(a));
                    }
                    seen |= 0x80000;
                    let v = rt::string(&a, 0, 32)?;
                    v_form = Some(v);
                }
                29 => {
                    if seen & 0x100000 != 0 {
                        return Err(rt::duplicate(a));
                    }
                    seen |= 0x100000;
                    let r = rt::int::<u8>(&a)?;
                    rt::check_range(&a, r as i128, 2, 7)?;
                    let v = r;
                    v_register = Some(v);
                }
                _ => rt::unknown(&a)?,
            }
        }
        if seen & 0x8781 != 0x8781 {
            return Err(rt::missing(
                container,
                (0x8781 & !seen) as u128,
                &[
                    1, 2, 3, 4, 5, 6, 7, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29,
                ],
            ));
        }
        Ok(PolicyEntry {
            r#type: rt::req(v_type, container, 1)?,
            min_value_s: v_min_value_s,
            max_value_s: v_max_value_s,
            min_value_u: v_min_value_u,
            max_value_u: v_max_value_u,
            min_length: v_min_length,
            max_length: v_max_length,
            set: rt::req(v_set, container, 16)?,
            direction: rt::req(v_direction, container, 17)?,
            attr_id: rt::req(v_attr_id, container, 18)?,
            name: rt::req(v_name, container, 19)?,
            nested: v_nested,
            required: v_required,
            repeated: v_repeated,
            must_understand: v_must_understand,
            since: rt::req(v_since, container, 24)?,
            max_count: v_max_count,
            r#enum: v_enum,
            default: v_default,
            form: v_form,
            register: v_register,
        })
    }

    #[inline]
    fn decode_valid(attrs: c::Attrs<'a>) -> ::core::option::Option<Self> {
        let mut v_type: Option<AttrType> = None;
        let mut v_min_value_s: Option<i64> = None;
        let mut v_max_value_s: Option<i64> = None;
        let mut v_min_value_u: Option<u64> = None;
        let mut v_max_value_u: Option<u64> = None;
        let mut v_min_length: Option<u32> = None;
        let mut v_max_length: Option<u32> = None;
        let mut v_set: Option<&'a str> = None;
        let mut v_direction: Option<Direction> = None;
        let mut v_attr_id: Option<u16> = None;
        let mut v_name: Option<&'a str> = None;
        let mut v_nested: Option<&'a str> = None;
        let mut v_required = false;
        let mut v_repeated = false;
        let mut v_must_understand = false;
        let mut v_since: Option<u8> = None;
        let mut v_max_count: Option<u32> = None;
        let mut v_enum: Option<&'a str> = None;
        let mut v_default: Option<u64> = None;
        let mut v_form: Option<&'a str> = None;
        let mut v_register: Option<u8> = None;
        let mut walk = rt::Walk::new(&attrs);
        if let Some(a) = walk.expect(0x00010008) {
            v_type = Some(AttrType(<u32 as rt::WireInt>::from_payload(a.payload())?));
        }
        if let Some(a) = walk.expect(0x0002000c) {
            v_min_value_s = Some(<i64 as rt::WireInt>::from_payload(a.payload())?);
        }
        if let Some(a) = walk.expect(0x0003000c) {
            v_max_value_s = Some(<i64 as rt::WireInt>::from_payload(a.payload())?);
        }
        if let Some(a) = walk.expect(0x0004000c) {
            v_min_value_u = Some(<u64 as rt::WireInt>::from_payload(a.payload())?);
        }
        if let Some(a) = walk.expect(0x0005000c) {
            v_max_value_u = Some(<u64 as rt::WireInt>::from_payload(a.payload())?);
        }
        if let Some(a) = walk.expect(0x00060008) {
            v_min_length = Some(<u32 as rt::WireInt>::from_payload(a.payload())?);
        }
        if let Some(a) = walk.expect(0x00070008) {
            v_max_length = Some(<u32 as rt::WireInt>::from_payload(a.payload())?);
        }
        if let Some(a) = walk.expect(0x00110005) {
            v_direction = Some(Direction(<u8 as rt::WireInt>::from_payload(a.payload())?));
        }
        if let Some(a) = walk.expect(0x00120006) {
            v_attr_id = Some(<u16 as rt::WireInt>::from_payload(a.payload())?);
        }
        if let Some(_a) = walk.expect(0x00150004) {
            v_required = true;
        }
        if let Some(_a) = walk.expect(0x00160004) {
            v_repeated = true;
        }
        if let Some(_a) = walk.expect(0x00170004) {
            v_must_understand = true;
        }
        if let Some(a) = walk.expect(0x00180005) {
            v_since = Some(<u8 as rt::WireInt>::from_payload(a.payload())?);
        }
        if let Some(a) = walk.expect(0x00190008) {
            v_max_count = Some(<u32 as rt::WireInt>::from_payload(a.payload())?);
        }
        if let Some(a) = walk.expect(0x001b000c) {
            v_default = Some(<u64 as rt::WireInt>::from_payload(a.payload())?);
        }
        if let Some(a) = walk.expect(0x001d0005) {
            v_register = Some(<u8 as rt::WireInt>::from_payload(a.payload())?);
        }
        while let Some(a) = walk.next().ok()? {
            match a.kind() {
                1 => {
                    v_type = Some(AttrType(<u32 as rt::WireInt>::from_payload(a.payload())?));
                }
                2 => {
                    v_min_value_s = Some(<i64 as rt::WireInt>::from_payload(a.payload())?);
                }
                3 => {
                    v_max_value_s = Some(<i64 as rt::WireInt>::from_payload(a.payload())?);
                }
                4 => {
                    v_min_value_u = Some(<u64 as rt::WireInt>::from_payload(a.payload())?);
                }
                5 => {
                    v_max_value_u = Some(<u64 as rt::WireInt>::from_payload(a.payload())?);
                }
                6 => {
                    v_min_length = Some(<u32 as rt::WireInt>::from_payload(a.payload())?);
                }
                7 => {
                    v_max_length = Some(<u32 as rt::WireInt>::from_payload(a.payload())?);
                }
                16 => {
                    v_set = Some(a.str().ok()?);
                }
                17 => {
                    v_direction = Some(Direction(<u8 as rt::WireInt>::from_payload(a.payload())?));
                }
                18 => {
                    v_attr_id = Some(<u16 as rt::WireInt>::from_payload(a.payload())?);
                }
                19 => {
                    v_name = Some(a.str().ok()?);
                }
                20 => {
                    v_nested = Some(a.str().ok()?);
                }
                21 => {
                    v_required = true;
                }
                22 => {
                    v_repeated = true;
                }
                23 => {
                    v_must_understand = true;
                }
                24 => {
                    v_since = Some(<u8 as rt::WireInt>::from_payload(a.payload())?);
                }
                25 => {
                    v_max_count = Some(<u32 as rt::WireInt>::from_payload(a.payload())?);
                }
                26 => {
                    v_enum = Some(a.str().ok()?);
                }
                27 => {
                    v_default = Some(<u64 as rt::WireInt>::from_payload(a.payload())?);
                }
                28 => {
                    v_form = Some(a.str().ok()?);
                }
                29 => {
                    v_register = Some(<u8 as rt::WireInt>::from_payload(a.payload())?);
                }
                _ => {}
            }
        }
        Some(PolicyEntry {
            r#type: v_type?,
            min_value_s: v_min_value_s,
            max_value_s: v_max_value_s,
            min_value_u: v_min_value_u,
            max_value_u: v_max_value_u,
            min_length: v_min_length,
            max_length: v_max_length,
            set: v_set?,
            direction: v_direction?,
            attr_id: v_attr_id?,
            name: v_name?,
            nested: v_nested,
            required: v_required,
            repeated: v_repeated,
            must_understand: v_must_understand,
            since: v_since?,
            max_count: v_max_count,
            r#enum: v_enum,
            default: v_default,
            form: v_form,
            register: v_register,
        })
    }

    fn encode<S: c::Sink>(&self, b: &mut c::Builder<S>) -> c::Result<()> {
        rt::put(b, 1, &self.r#type)?;
        rt::put_opt(b, 2, &self.min_value_s)?;
        rt::put_opt(b, 3, &self.max_value_s)?;
        rt::put_opt(b, 4, &self.min_value_u)?;
        rt::put_opt(b, 5, &self.max_value_u)?;
        rt::put_opt(b, 6, &self.min_length)?;
        rt::put_opt(b, 7, &self.max_length)?;
        rt::put(b, 16, &self.set)?;
        rt::put(b, 17, &self.direction)?;
        rt::put(b, 18, &self.attr_id)?;
        rt::put(b, 19, &self.name)?;
        rt::put_opt(b, 20, &self.nested)?;
        rt::put_flag(b, 21, self.required)?;
        rt::put_flag(b, 22, self.repeated)?;
        rt::put_flag(b, 23, self.must_understand)?;
        rt::put(b, 24, &self.since)?;
        rt::put_opt(b, 25, &self.max_count)?;
        rt::put_opt(b, 26, &self.r#enum)?;
        rt::put_opt(b, 27, &self.default)?;
        rt::put_opt(b, 28, &self.form)?;
        rt::put_opt(b, 29, &self.register)?;
        Ok(())
    }
}

impl<'a> rt::Elem<'a> for PolicyEntry<'a> {
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

/// Request and reply of negotiate.
#[derive(
    ::core::clone::Clone, ::core::marker::Copy, ::core::fmt::Debug, ::core::cmp::PartialEq,
)]
pub struct NegotiateMsg {
    /// Request - highest protocol version the guest speaks; reply - the version both use.
    ///
    /// `protocol-version` (id 1, u32), required.
    pub protocol_version: u32,
    /// Request - features the guest supports; reply - those both support.
    ///
    /// `features` (id 2, u64), required.
    pub features: ProtocolFeatures,
    /// Reply only - largest message in bytes the host accepts.
    ///
    /// `max-message` (id 3, u32).
    pub max_message: Option<u32>,
}

/// Validation policy of `negotiate-msg`.
pub static NEGOTIATE_MSG_POLICY: c::Policy = c::Policy::new(
    "negotiate-msg",
    &[
        c::AttrPolicy::new(1, "protocol-version", c::AttrType::U32)
            .required()
            .values(c::Values::Range {
                min: 1,
                max: 4294967295,
            }),
        c::AttrPolicy::new(2, "features", c::AttrType::U64).required(),
        c::AttrPolicy::new(3, "max-message", c::AttrType::U32),
    ],
)
.max_attrs(1024);

/// Descriptor of `negotiate-msg`.
pub static NEGOTIATE_MSG_SET: rt::SetDesc = rt::SetDesc {
    name: "negotiate-msg",
    doc: "Request and reply of negotiate.",
    policy: &NEGOTIATE_MSG_POLICY,
    attrs: &[
        rt::AttrDesc {
            kind: 1,
            name: "protocol-version",
            ty: "u32",
            doc:
                "Request - highest protocol version the guest speaks; reply - the version both use.",
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
            name: "features",
            ty: "u64",
            doc: "Request - features the guest supports; reply - those both support.",
            required: true,
            max_count: 0,
            must_understand: false,
            since: 1,
            default: None,
            enumeration: Some("protocol-features"),
            nested: None,
            form: None,
            when: None,
        },
        rt::AttrDesc {
            kind: 3,
            name: "max-message",
            ty: "u32",
            doc: "Reply only - largest message in bytes the host accepts.",
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

impl<'a> rt::AttrSet<'a> for NegotiateMsg {
    const DESC: &'static rt::SetDesc = &NEGOTIATE_MSG_SET;

    fn decode_at(attrs: c::Attrs<'a>, container: usize) -> c::Result<Self> {
        let mut v_protocol_version: Option<u32> = None;
        let mut v_features: Option<ProtocolFeatures> = None;
        let mut v_max_message: Option<u32> = None;
        let mut seen: u32 = 0;
        let mut count = 0u32;
        'walk: {
            if let Ok(b) = <&[u8; 28]>::try_from(attrs.remaining()) {
                if rt::word(b, 0) == 0x00010008
                    && rt::word(b, 8) == 0x0002000c
                    && rt::word(b, 20) == 0x00030008
                {
                    let at = attrs.offset();
                    {
                        let a = c::Attr::new(0x0001, at as u32, rt::bytes(b, 4, 4));
                        seen |= 0x1;
                        let r = rt::int::<u32>(&a)?;
                        rt::check_range(&a, r as i128, 1, 4294967295)?;
                        let v = r;
                        v_protocol_version = Some(v);
                    }
                    {
                        let a = c::Attr::new(0x0002, (at + 8) as u32, rt::bytes(b, 12, 8));
                        seen |= 0x2;
                        let r = rt::int::<u64>(&a)?;
                        let v = ProtocolFeatures(r);
                        v_features = Some(v);
                    }
                    {
                        let a = c::Attr::new(0x0003, (at + 20) as u32, rt::bytes(b, 24, 4));
                        seen |= 0x4;
                        let r = rt::int::<u32>(&a)?;
                        let v = r;
                        v_max_message = Some(v);
                    }
                    break 'walk;
                }
            }
            if let Ok(b) = <&[u8; 20]>::try_from(attrs.remaining()) {
                if rt::word(b, 0) == 0x00010008 && rt::word(b, 8) == 0x0002000c {
                    let at = attrs.offset();
                    {
                        let a = c::Attr::new(0x0001, at as u32, rt::bytes(b, 4, 4));
                        seen |= 0x1;
                        let r = rt::int::<u32>(&a)?;
                        rt::check_range(&a, r as i128, 1, 4294967295)?;
                        let v = r;
                        v_protocol_version = Some(v);
                    }
                    {
                        let a = c::Attr::new(0x0002, (at + 8) as u32, rt::bytes(b, 12, 8));
                        seen |= 0x2;
                        let r = rt::int::<u64>(&a)?;
                        let v = ProtocolFeatures(r);
                        v_features = Some(v);
                    }
                    break 'walk;
                }
            }
            let mut walk = rt::Walk::new(&attrs);
            if let Some(a) = walk.expect(0x00010008) {
                count += 1;
                seen |= 0x1;
                let r = rt::int::<u32>(&a)?;
                rt::check_range(&a, r as i128, 1, 4294967295)?;
                let v = r;
                v_protocol_version = Some(v);
            }
            if let Some(a) = walk.expect(0x0002000c) {
                count += 1;
                seen |= 0x2;
                let r = rt::int::<u64>(&a)?;
                let v = ProtocolFeatures(r);
                v_features = Some(v);
            }
            if let Some(a) = walk.expect(0x00030008) {
                count += 1;
                seen |= 0x4;
                let r = rt::int::<u32>(&a)?;
                let v = r;
                v_max_message = Some(v);
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
                        rt::check_range(&a, r as i128, 1, 4294967295)?;
                        let v = r;
                        v_protocol_version = Some(v);
                    }
                    2 => {
                        if seen & 0x2 != 0 {
                            return Err(rt::duplicate(a));
                        }
                        seen |= 0x2;
                        let r = rt::int::<u64>(&a)?;
                        let v = ProtocolFeatures(r);
                        v_features = Some(v);
                    }
                    3 => {
                        if seen & 0x4 != 0 {
                            return Err(rt::duplicate(a));
                        }
                        seen |= 0x4;
                        let r = rt::int::<u32>(&a)?;
                        let v = r;
                        v_max_message = Some(v);
                    }
                    _ => rt::unknown(&a)?,
                }
            }
        }
        if seen & 0x3 != 0x3 {
            return Err(rt::missing(container, (0x3 & !seen) as u128, &[1, 2, 3]));
        }
        Ok(NegotiateMsg {
            protocol_version: rt::req(v_protocol_version, container, 1)?,
            features: rt::req(v_features, container, 2)?,
            max_message: v_max_message,
        })
    }

    fn encode<S: c::Sink>(&self, b: &mut c::Builder<S>) -> c::Result<()> {
        rt::put(b, 1, &self.protocol_version)?;
        rt::put(b, 2, &self.features)?;
        rt::put_opt(b, 3, &self.max_message)?;
        Ok(())
    }
}

impl<'a> rt::Elem<'a> for NegotiateMsg {
    #[inline]
    fn from_attr(a: &c::Attr<'a>) -> c::Result<Self> {
        rt::nest_from_attr(a)
    }
    fn put_attr<S: c::Sink>(&self, b: &mut c::Builder<S>, raw_kind: u16) -> c::Result<()> {
        rt::nest_put(self, b, raw_kind)
    }
}

/// Request of queue_setup.
#[derive(
    ::core::clone::Clone, ::core::marker::Copy, ::core::fmt::Debug, ::core::cmp::PartialEq,
)]
pub struct QueueSetupReq {
    /// Guest-physical address of the first page (the header page); page-aligned.
    ///
    /// `base-gpa` (id 1, u64), required.
    pub base_gpa: u64,
    /// Pages in the run - the header page, then the request and the reply ring (layout in docs/PROTOCOL.md).
    ///
    /// `pages` (id 2, u32), required.
    pub pages: u32,
    /// Id the guest gives the queue; unique among the domain's queues.
    ///
    /// `queue-id` (id 3, u16), required.
    pub queue_id: u16,
    /// Who owns the queue.
    ///
    /// `kind` (id 4, u8), required.
    pub kind: QueueKind,
    /// Queue features the guest wants.
    ///
    /// `features` (id 5, u64), default `QueueFeatures(0)` when absent.
    pub features: QueueFeatures,
    /// Event channel port to signal for reply interrupts; 0 for the host's default doorbell.
    ///
    /// `notify-port` (id 6, u32), default `0u32` when absent.
    pub notify_port: u32,
}

/// Validation policy of `queue-setup-req`.
pub static QUEUE_SETUP_REQ_POLICY: c::Policy = c::Policy::new(
    "queue-setup-req",
    &[
        c::AttrPolicy::new(1, "base-gpa", c::AttrType::U64).required(),
        c::AttrPolicy::new(2, "pages", c::AttrType::U32)
            .required()
            .values(c::Values::Range {
                min: 3,
                max: 4294967295,
            }),
        c::AttrPolicy::new(3, "queue-id", c::AttrType::U16).required(),
        c::AttrPolicy::new(4, "kind", c::AttrType::U8).required(),
        c::AttrPolicy::new(5, "features", c::AttrType::U64),
        c::AttrPolicy::new(6, "notify-port", c::AttrType::U32),
    ],
)
.max_attrs(1024);

/// Descriptor of `queue-setup-req`.
pub static QUEUE_SETUP_REQ_SET: rt::SetDesc = rt::SetDesc {
    name: "queue-setup-req",
    doc: "Request of queue_setup.",
    policy: &QUEUE_SETUP_REQ_POLICY,
    attrs: &[
        rt::AttrDesc {
            kind: 1,
            name: "base-gpa",
            ty: "u64",
            doc: "Guest-physical address of the first page (the header page); page-aligned.",
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
            name: "pages",
            ty: "u32",
            doc: "Pages in the run - the header page, then the request and the reply ring (layout in docs/PROTOCOL.md).",
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
            name: "queue-id",
            ty: "u16",
            doc: "Id the guest gives the queue; unique among the domain's queues.",
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
            name: "kind",
            ty: "u8",
            doc: "Who owns the queue.",
            required: true,
            max_count: 0,
            must_understand: false,
            since: 1,
            default: None,
            enumeration: Some("queue-kind"),
            nested: None,
            form: None,
            when: None,
        },
        rt::AttrDesc {
            kind: 5,
            name: "features",
            ty: "u64",
            doc: "Queue features the guest wants.",
            required: false,
            max_count: 0,
            must_understand: false,
            since: 1,
            default: Some(0),
            enumeration: Some("queue-features"),
            nested: None,
            form: None,
            when: None,
        },
        rt::AttrDesc {
            kind: 6,
            name: "notify-port",
            ty: "u32",
            doc: "Event channel port to signal for reply interrupts; 0 for the host's default doorbell.",
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
    forms: &[
    ],
};

impl<'a> rt::AttrSet<'a> for QueueSetupReq {
    const DESC: &'static rt::SetDesc = &QUEUE_SETUP_REQ_SET;

    fn decode_at(attrs: c::Attrs<'a>, container: usize) -> c::Result<Self> {
        let mut v_base_gpa: Option<u64> = None;
        let mut v_pages: Option<u32> = None;
        let mut v_queue_id: Option<u16> = None;
        let mut v_kind: Option<QueueKind> = None;
        let mut v_features: Option<QueueFeatures> = None;
        let mut v_notify_port: Option<u32> = None;
        let mut seen: u32 = 0;
        let mut count = 0u32;
        'walk: {
            if let Ok(b) = <&[u8; 56]>::try_from(attrs.remaining()) {
                if rt::word(b, 0) == 0x0001000c
                    && rt::word(b, 12) == 0x00020008
                    && rt::word(b, 20) == 0x00030006
                    && rt::word(b, 28) == 0x00040005
                    && rt::word(b, 36) == 0x0005000c
                    && rt::word(b, 48) == 0x00060008
                {
                    let at = attrs.offset();
                    {
                        let a = c::Attr::new(0x0001, at as u32, rt::bytes(b, 4, 8));
                        seen |= 0x1;
                        let r = rt::int::<u64>(&a)?;
                        let v = r;
                        v_base_gpa = Some(v);
                    }
                    {
                        let a = c::Attr::new(0x0002, (at + 12) as u32, rt::bytes(b, 16, 4));
                        seen |= 0x2;
                        let r = rt::int::<u32>(&a)?;
                        rt::check_range(&a, r as i128, 3, 4294967295)?;
                        let v = r;
                        v_pages = Some(v);
                    }
                    {
                        let a = c::Attr::new(0x0003, (at + 20) as u32, rt::bytes(b, 24, 2));
                        seen |= 0x4;
                        let r = rt::int::<u16>(&a)?;
                        let v = r;
                        v_queue_id = Some(v);
                    }
                    {
                        let a = c::Attr::new(0x0004, (at + 28) as u32, rt::bytes(b, 32, 1));
                        seen |= 0x8;
                        let r = rt::int::<u8>(&a)?;
                        if !matches!(r as i128, 0..=1) {
                            return Err(rt::not_member(a));
                        }
                        let v = QueueKind(r);
                        v_kind = Some(v);
                    }
                    {
                        let a = c::Attr::new(0x0005, (at + 36) as u32, rt::bytes(b, 40, 8));
                        seen |= 0x10;
                        let r = rt::int::<u64>(&a)?;
                        let v = QueueFeatures(r);
                        v_features = Some(v);
                    }
                    {
                        let a = c::Attr::new(0x0006, (at + 48) as u32, rt::bytes(b, 52, 4));
                        seen |= 0x20;
                        let r = rt::int::<u32>(&a)?;
                        let v = r;
                        v_notify_port = Some(v);
                    }
                    break 'walk;
                }
            }
            if let Ok(b) = <&[u8; 44]>::try_from(attrs.remaining()) {
                if rt::word(b, 0) == 0x0001000c
                    && rt::word(b, 12) == 0x00020008
                    && rt::word(b, 20) == 0x00030006
                    && rt::word(b, 28) == 0x00040005
                    && rt::word(b, 36) == 0x00060008
                {
                    let at = attrs.offset();
                    {
                        let a = c::Attr::new(0x0001, at as u32, rt::bytes(b, 4, 8));
                        seen |= 0x1;
                        let r = rt::int::<u64>(&a)?;
                        let v = r;
                        v_base_gpa = Some(v);
                    }
                    {
                        let a = c::Attr::new(0x0002, (at + 12) as u32, rt::bytes(b, 16, 4));
                        seen |= 0x2;
                        let r = rt::int::<u32>(&a)?;
                        rt::check_range(&a, r as i128, 3, 4294967295)?;
                        let v = r;
                        v_pages = Some(v);
                    }
                    {
                        let a = c::Attr::new(0x0003, (at + 20) as u32, rt::bytes(b, 24, 2));
                        seen |= 0x4;
                        let r = rt::int::<u16>(&a)?;
                        let v = r;
                        v_queue_id = Some(v);
                    }
                    {
                        let a = c::Attr::new(0x0004, (at + 28) as u32, rt::bytes(b, 32, 1));
                        seen |= 0x8;
                        let r = rt::int::<u8>(&a)?;
                        if !matches!(r as i128, 0..=1) {
                            return Err(rt::not_member(a));
                        }
                        let v = QueueKind(r);
                        v_kind = Some(v);
                    }
                    {
                        let a = c::Attr::new(0x0006, (at + 36) as u32, rt::bytes(b, 40, 4));
                        seen |= 0x20;
                        let r = rt::int::<u32>(&a)?;
                        let v = r;
                        v_notify_port = Some(v);
                    }
                    break 'walk;
                }
            }
            if let Ok(b) = <&[u8; 48]>::try_from(attrs.remaining()) {
                if rt::word(b, 0) == 0x0001000c
                    && rt::word(b, 12) == 0x00020008
                    && rt::word(b, 20) == 0x00030006
                    && rt::word(b, 28) == 0x00040005
                    && rt::word(b, 36) == 0x0005000c
                {
                    let at = attrs.offset();
                    {
                        let a = c::Attr::new(0x0001, at as u32, rt::bytes(b, 4, 8));
                        seen |= 0x1;
                        let r = rt::int::<u64>(&a)?;
                        let v = r;
                        v_base_gpa = Some(v);
                    }
                    {
                        let a = c::Attr::new(0x0002, (at + 12) as u32, rt::bytes(b, 16, 4));
                        seen |= 0x2;
                        let r = rt::int::<u32>(&a)?;
                        rt::check_range(&a, r as i128, 3, 4294967295)?;
                        let v = r;
                        v_pages = Some(v);
                    }
                    {
                        let a = c::Attr::new(0x0003, (at + 20) as u32, rt::bytes(b, 24, 2));
                        seen |= 0x4;
                        let r = rt::int::<u16>(&a)?;
                        let v = r;
                        v_queue_id = Some(v);
                    }
                    {
                        let a = c::Attr::new(0x0004, (at + 28) as u32, rt::bytes(b, 32, 1));
                        seen |= 0x8;
                        let r = rt::int::<u8>(&a)?;
                        if !matches!(r as i128, 0..=1) {
                            return Err(rt::not_member(a));
                        }
                        let v = QueueKind(r);
                        v_kind = Some(v);
                    }
                    {
                        let a = c::Attr::new(0x0005, (at + 36) as u32, rt::bytes(b, 40, 8));
                        seen |= 0x10;
                        let r = rt::int::<u64>(&a)?;
                        let v = QueueFeatures(r);
                        v_features = Some(v);
                    }
                    break 'walk;
                }
            }
            if let Ok(b) = <&[u8; 36]>::try_from(attrs.remaining()) {
                if rt::word(b, 0) == 0x0001000c
                    && rt::word(b, 12) == 0x00020008
                    && rt::word(b, 20) == 0x00030006
                    && rt::word(b, 28) == 0x00040005
                {
                    let at = attrs.offset();
                    {
                        let a = c::Attr::new(0x0001, at as u32, rt::bytes(b, 4, 8));
                        seen |= 0x1;
                        let r = rt::int::<u64>(&a)?;
                        let v = r;
                        v_base_gpa = Some(v);
                    }
                    {
                        let a = c::Attr::new(0x0002, (at + 12) as u32, rt::bytes(b, 16, 4));
                        seen |= 0x2;
                        let r = rt::int::<u32>(&a)?;
                        rt::check_range(&a, r as i128, 3, 4294967295)?;
                        let v = r;
                        v_pages = Some(v);
                    }
                    {
                        let a = c::Attr::new(0x0003, (at + 20) as u32, rt::bytes(b, 24, 2));
                        seen |= 0x4;
                        let r = rt::int::<u16>(&a)?;
                        let v = r;
                        v_queue_id = Some(v);
                    }
                    {
                        let a = c::Attr::new(0x0004, (at + 28) as u32, rt::bytes(b, 32, 1));
                        seen |= 0x8;
                        let r = rt::int::<u8>(&a)?;
                        if !matches!(r as i128, 0..=1) {
                            return Err(rt::not_member(a));
                        }
                        let v = QueueKind(r);
                        v_kind = Some(v);
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
                v_base_gpa = Some(v);
            }
            if let Some(a) = walk.expect(0x00020008) {
                count += 1;
                seen |= 0x2;
                let r = rt::int::<u32>(&a)?;
                rt::check_range(&a, r as i128, 3, 4294967295)?;
                let v = r;
                v_pages = Some(v);
            }
            if let Some(a) = walk.expect(0x00030006) {
                count += 1;
                seen |= 0x4;
                let r = rt::int::<u16>(&a)?;
                let v = r;
                v_queue_id = Some(v);
            }
            if let Some(a) = walk.expect(0x00040005) {
                count += 1;
                seen |= 0x8;
                let r = rt::int::<u8>(&a)?;
                if !matches!(r as i128, 0..=1) {
                    return Err(rt::not_member(a));
                }
                let v = QueueKind(r);
                v_kind = Some(v);
            }
            if let Some(a) = walk.expect(0x0005000c) {
                count += 1;
                seen |= 0x10;
                let r = rt::int::<u64>(&a)?;
                let v = QueueFeatures(r);
                v_features = Some(v);
            }
            if let Some(a) = walk.expect(0x00060008) {
                count += 1;
                seen |= 0x20;
                let r = rt::int::<u32>(&a)?;
                let v = r;
                v_notify_port = Some(v);
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
                        v_base_gpa = Some(v);
                    }
                    2 => {
                        if seen & 0x2 != 0 {
                            return Err(rt::duplicate(a));
                        }
                        seen |= 0x2;
                        let r = rt::int::<u32>(&a)?;
                        rt::check_range(&a, r as i128, 3, 4294967295)?;
                        let v = r;
                        v_pages = Some(v);
                    }
                    3 => {
                        if seen & 0x4 != 0 {
                            return Err(rt::duplicate(a));
                        }
                        seen |= 0x4;
                        let r = rt::int::<u16>(&a)?;
                        let v = r;
                        v_queue_id = Some(v);
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
                        let v = QueueKind(r);
                        v_kind = Some(v);
                    }
                    5 => {
                        if seen & 0x10 != 0 {
                            return Err(rt::duplicate(a));
                        }
                        seen |= 0x10;
                        let r = rt::int::<u64>(&a)?;
                        let v = QueueFeatures(r);
                        v_features = Some(v);
                    }
                    6 => {
                        if seen & 0x20 != 0 {
                            return Err(rt::duplicate(a));
                        }
                        seen |= 0x20;
                        let r = rt::int::<u32>(&a)?;
                        let v = r;
                        v_notify_port = Some(v);
                    }
                    _ => rt::unknown(&a)?,
                }
            }
        }
        if seen & 0xf != 0xf {
            return Err(rt::missing(
                container,
                (0xf & !seen) as u128,
                &[1, 2, 3, 4, 5, 6],
            ));
        }
        Ok(QueueSetupReq {
            base_gpa: rt::req(v_base_gpa, container, 1)?,
            pages: rt::req(v_pages, container, 2)?,
            queue_id: rt::req(v_queue_id, container, 3)?,
            kind: rt::req(v_kind, container, 4)?,
            features: v_features.unwrap_or(QueueFeatures(0)),
            notify_port: v_notify_port.unwrap_or(0u32),
        })
    }

    fn encode<S: c::Sink>(&self, b: &mut c::Builder<S>) -> c::Result<()> {
        rt::put(b, 1, &self.base_gpa)?;
        rt::put(b, 2, &self.pages)?;
        rt::put(b, 3, &self.queue_id)?;
        rt::put(b, 4, &self.kind)?;
        rt::put_def(b, 5, &self.features, QueueFeatures(0))?;
        rt::put_def(b, 6, &self.notify_port, 0u32)?;
        Ok(())
    }
}

impl<'a> rt::Elem<'a> for QueueSetupReq {
    #[inline]
    fn from_attr(a: &c::Attr<'a>) -> c::Result<Self> {
        rt::nest_from_attr(a)
    }
    fn put_attr<S: c::Sink>(&self, b: &mut c::Builder<S>, raw_kind: u16) -> c::Result<()> {
        rt::nest_put(self, b, raw_kind)
    }
}

/// Reply of queue_setup.
#[derive(
    ::core::clone::Clone, ::core::marker::Copy, ::core::fmt::Debug, ::core::cmp::PartialEq,
)]
pub struct QueueSetupReply {
    /// Queue features the host accepted.
    ///
    /// `features` (id 1, u64), required.
    pub features: QueueFeatures,
    /// Host-defined kick token (an I/O port on the reference VMM, an event channel port on Xen).
    ///
    /// `doorbell` (id 2, u64), required.
    pub doorbell: u64,
}

/// Validation policy of `queue-setup-reply`.
pub static QUEUE_SETUP_REPLY_POLICY: c::Policy = c::Policy::new(
    "queue-setup-reply",
    &[
        c::AttrPolicy::new(1, "features", c::AttrType::U64).required(),
        c::AttrPolicy::new(2, "doorbell", c::AttrType::U64).required(),
    ],
)
.max_attrs(1024);

/// Descriptor of `queue-setup-reply`.
pub static QUEUE_SETUP_REPLY_SET: rt::SetDesc = rt::SetDesc {
    name: "queue-setup-reply",
    doc: "Reply of queue_setup.",
    policy: &QUEUE_SETUP_REPLY_POLICY,
    attrs: &[
        rt::AttrDesc {
            kind: 1,
            name: "features",
            ty: "u64",
            doc: "Queue features the host accepted.",
            required: true,
            max_count: 0,
            must_understand: false,
            since: 1,
            default: None,
            enumeration: Some("queue-features"),
            nested: None,
            form: None,
            when: None,
        },
        rt::AttrDesc {
            kind: 2,
            name: "doorbell",
            ty: "u64",
            doc: "Host-defined kick token (an I/O port on the reference VMM, an event channel port on Xen).",
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
    forms: &[
    ],
};

impl<'a> rt::AttrSet<'a> for QueueSetupReply {
    const DESC: &'static rt::SetDesc = &QUEUE_SETUP_REPLY_SET;

    fn decode_at(attrs: c::Attrs<'a>, container: usize) -> c::Result<Self> {
        let mut v_features: Option<QueueFeatures> = None;
        let mut v_doorbell: Option<u64> = None;
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
                        let v = QueueFeatures(r);
                        v_features = Some(v);
                    }
                    {
                        let a = c::Attr::new(0x0002, (at + 12) as u32, rt::bytes(b, 16, 8));
                        seen |= 0x2;
                        let r = rt::int::<u64>(&a)?;
                        let v = r;
                        v_doorbell = Some(v);
                    }
                    break 'walk;
                }
            }
            let mut walk = rt::Walk::new(&attrs);
            if let Some(a) = walk.expect(0x0001000c) {
                count += 1;
                seen |= 0x1;
                let r = rt::int::<u64>(&a)?;
                let v = QueueFeatures(r);
                v_features = Some(v);
            }
            if let Some(a) = walk.expect(0x0002000c) {
                count += 1;
                seen |= 0x2;
                let r = rt::int::<u64>(&a)?;
                let v = r;
                v_doorbell = Some(v);
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
                        let v = QueueFeatures(r);
                        v_features = Some(v);
                    }
                    2 => {
                        if seen & 0x2 != 0 {
                            return Err(rt::duplicate(a));
                        }
                        seen |= 0x2;
                        let r = rt::int::<u64>(&a)?;
                        let v = r;
                        v_doorbell = Some(v);
                    }
                    _ => rt::unknown(&a)?,
                }
            }
        }
        if seen & 0x3 != 0x3 {
            return Err(rt::missing(container, (0x3 & !seen) as u128, &[1, 2]));
        }
        Ok(QueueSetupReply {
            features: rt::req(v_features, container, 1)?,
            doorbell: rt::req(v_doorbell, container, 2)?,
        })
    }

    fn encode<S: c::Sink>(&self, b: &mut c::Builder<S>) -> c::Result<()> {
        rt::put(b, 1, &self.features)?;
        rt::put(b, 2, &self.doorbell)?;
        Ok(())
    }
}

impl<'a> rt::Elem<'a> for QueueSetupReply {
    #[inline]
    fn from_attr(a: &c::Attr<'a>) -> c::Result<Self> {
        rt::nest_from_attr(a)
    }
    fn put_attr<S: c::Sink>(&self, b: &mut c::Builder<S>, raw_kind: u16) -> c::Result<()> {
        rt::nest_put(self, b, raw_kind)
    }
}

/// Request naming a queue.
#[derive(
    ::core::clone::Clone, ::core::marker::Copy, ::core::fmt::Debug, ::core::cmp::PartialEq,
)]
pub struct QueueReq {
    /// Queue id given at setup.
    ///
    /// `queue-id` (id 1, u16), required.
    pub queue_id: u16,
}

/// Validation policy of `queue-req`.
pub static QUEUE_REQ_POLICY: c::Policy = c::Policy::new(
    "queue-req",
    &[c::AttrPolicy::new(1, "queue-id", c::AttrType::U16).required()],
)
.max_attrs(1024);

/// Descriptor of `queue-req`.
pub static QUEUE_REQ_SET: rt::SetDesc = rt::SetDesc {
    name: "queue-req",
    doc: "Request naming a queue.",
    policy: &QUEUE_REQ_POLICY,
    attrs: &[rt::AttrDesc {
        kind: 1,
        name: "queue-id",
        ty: "u16",
        doc: "Queue id given at setup.",
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

impl<'a> rt::AttrSet<'a> for QueueReq {
    const DESC: &'static rt::SetDesc = &QUEUE_REQ_SET;

    fn decode_at(attrs: c::Attrs<'a>, container: usize) -> c::Result<Self> {
        let mut v_queue_id: Option<u16> = None;
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
                        v_queue_id = Some(v);
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
                v_queue_id = Some(v);
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
                        v_queue_id = Some(v);
                    }
                    _ => rt::unknown(&a)?,
                }
            }
        }
        if seen & 0x1 != 0x1 {
            return Err(rt::missing(container, (0x1 & !seen) as u128, &[1]));
        }
        Ok(QueueReq {
            queue_id: rt::req(v_queue_id, container, 1)?,
        })
    }

    fn encode<S: c::Sink>(&self, b: &mut c::Builder<S>) -> c::Result<()> {
        rt::put(b, 1, &self.queue_id)?;
        Ok(())
    }
}

impl<'a> rt::Elem<'a> for QueueReq {
    #[inline]
    fn from_attr(a: &c::Attr<'a>) -> c::Result<Self> {
        rt::nest_from_attr(a)
    }
    fn put_attr<S: c::Sink>(&self, b: &mut c::Builder<S>, raw_kind: u16) -> c::Result<()> {
        rt::nest_put(self, b, raw_kind)
    }
}

/// Request of cancel.
#[derive(
    ::core::clone::Clone, ::core::marker::Copy, ::core::fmt::Debug, ::core::cmp::PartialEq,
)]
pub struct CancelReq {
    /// seq of the request to cancel.
    ///
    /// `seq` (id 1, u32), required.
    pub seq: u32,
    /// Queue the request was sent on; on a ring defaults to the queue the cancel arrives on.
    ///
    /// `queue-id` (id 2, u16).
    pub queue_id: Option<u16>,
}

/// Validation policy of `cancel-req`.
pub static CANCEL_REQ_POLICY: c::Policy = c::Policy::new(
    "cancel-req",
    &[
        c::AttrPolicy::new(1, "seq", c::AttrType::U32).required(),
        c::AttrPolicy::new(2, "queue-id", c::AttrType::U16),
    ],
)
.max_attrs(1024);

/// Descriptor of `cancel-req`.
pub static CANCEL_REQ_SET: rt::SetDesc = rt::SetDesc {
    name: "cancel-req",
    doc: "Request of cancel.",
    policy: &CANCEL_REQ_POLICY,
    attrs: &[
        rt::AttrDesc {
            kind: 1,
            name: "seq",
            ty: "u32",
            doc: "seq of the request to cancel.",
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
            name: "queue-id",
            ty: "u16",
            doc: "Queue the request was sent on; on a ring defaults to the queue the cancel arrives on.",
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
    forms: &[
    ],
};

impl<'a> rt::AttrSet<'a> for CancelReq {
    const DESC: &'static rt::SetDesc = &CANCEL_REQ_SET;

    fn decode_at(attrs: c::Attrs<'a>, container: usize) -> c::Result<Self> {
        let mut v_seq: Option<u32> = None;
        let mut v_queue_id: Option<u16> = None;
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
                        v_seq = Some(v);
                    }
                    {
                        let a = c::Attr::new(0x0002, (at + 8) as u32, rt::bytes(b, 12, 2));
                        seen |= 0x2;
                        let r = rt::int::<u16>(&a)?;
                        let v = r;
                        v_queue_id = Some(v);
                    }
                    break 'walk;
                }
            }
            if let Ok(b) = <&[u8; 8]>::try_from(attrs.remaining()) {
                if rt::word(b, 0) == 0x00010008 {
                    let at = attrs.offset();
                    {
                        let a = c::Attr::new(0x0001, at as u32, rt::bytes(b, 4, 4));
                        seen |= 0x1;
                        let r = rt::int::<u32>(&a)?;
                        let v = r;
                        v_seq = Some(v);
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
                v_seq = Some(v);
            }
            if let Some(a) = walk.expect(0x00020006) {
                count += 1;
                seen |= 0x2;
                let r = rt::int::<u16>(&a)?;
                let v = r;
                v_queue_id = Some(v);
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
                        v_seq = Some(v);
                    }
                    2 => {
                        if seen & 0x2 != 0 {
                            return Err(rt::duplicate(a));
                        }
                        seen |= 0x2;
                        let r = rt::int::<u16>(&a)?;
                        let v = r;
                        v_queue_id = Some(v);
                    }
                    _ => rt::unknown(&a)?,
                }
            }
        }
        if seen & 0x1 != 0x1 {
            return Err(rt::missing(container, (0x1 & !seen) as u128, &[1, 2]));
        }
        Ok(CancelReq {
            seq: rt::req(v_seq, container, 1)?,
            queue_id: v_queue_id,
        })
    }

    fn encode<S: c::Sink>(&self, b: &mut c::Builder<S>) -> c::Result<()> {
        rt::put(b, 1, &self.seq)?;
        rt::put_opt(b, 2, &self.queue_id)?;
        Ok(())
    }
}

impl<'a> rt::Elem<'a> for CancelReq {
    #[inline]
    fn from_attr(a: &c::Attr<'a>) -> c::Result<Self> {
        rt::nest_from_attr(a)
    }
    fn put_attr<S: c::Sink>(&self, b: &mut c::Builder<S>, raw_kind: u16) -> c::Result<()> {
        rt::nest_put(self, b, raw_kind)
    }
}

/// Reply of cancel.
#[derive(
    ::core::clone::Clone, ::core::marker::Copy, ::core::fmt::Debug, ::core::cmp::PartialEq,
)]
pub struct CancelReply {
    /// What cancel found.
    ///
    /// `result` (id 1, u8), required.
    pub result: CancelResult,
}

/// Validation policy of `cancel-reply`.
pub static CANCEL_REPLY_POLICY: c::Policy = c::Policy::new(
    "cancel-reply",
    &[c::AttrPolicy::new(1, "result", c::AttrType::U8).required()],
)
.max_attrs(1024);

/// Descriptor of `cancel-reply`.
pub static CANCEL_REPLY_SET: rt::SetDesc = rt::SetDesc {
    name: "cancel-reply",
    doc: "Reply of cancel.",
    policy: &CANCEL_REPLY_POLICY,
    attrs: &[rt::AttrDesc {
        kind: 1,
        name: "result",
        ty: "u8",
        doc: "What cancel found.",
        required: true,
        max_count: 0,
        must_understand: false,
        since: 1,
        default: None,
        enumeration: Some("cancel-result"),
        nested: None,
        form: None,
        when: None,
    }],
    forms: &[],
};

impl<'a> rt::AttrSet<'a> for CancelReply {
    const DESC: &'static rt::SetDesc = &CANCEL_REPLY_SET;

    fn decode_at(attrs: c::Attrs<'a>, container: usize) -> c::Result<Self> {
        let mut v_result: Option<CancelResult> = None;
        let mut seen: u32 = 0;
        let mut count = 0u32;
        'walk: {
            if let Ok(b) = <&[u8; 8]>::try_from(attrs.remaining()) {
                if rt::word(b, 0) == 0x00010005 {
                    let at = attrs.offset();
                    {
                        let a = c::Attr::new(0x0001, at as u32, rt::bytes(b, 4, 1));
                        seen |= 0x1;
                        let r = rt::int::<u8>(&a)?;
                        let v = CancelResult(r);
                        v_result = Some(v);
                    }
                    break 'walk;
                }
            }
            let mut walk = rt::Walk::new(&attrs);
            if let Some(a) = walk.expect(0x00010005) {
                count += 1;
                seen |= 0x1;
                let r = rt::int::<u8>(&a)?;
                let v = CancelResult(r);
                v_result = Some(v);
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
                        let v = CancelResult(r);
                        v_result = Some(v);
                    }
                    _ => rt::unknown(&a)?,
                }
            }
        }
        if seen & 0x1 != 0x1 {
            return Err(rt::missing(container, (0x1 & !seen) as u128, &[1]));
        }
        Ok(CancelReply {
            result: rt::req(v_result, container, 1)?,
        })
    }

    fn encode<S: c::Sink>(&self, b: &mut c::Builder<S>) -> c::Result<()> {
        rt::put(b, 1, &self.result)?;
        Ok(())
    }
}

impl<'a> rt::Elem<'a> for CancelReply {
    #[inline]
    fn from_attr(a: &c::Attr<'a>) -> c::Result<Self> {
        rt::nest_from_attr(a)
    }
    fn put_attr<S: c::Sink>(&self, b: &mut c::Builder<S>, raw_kind: u16) -> c::Result<()> {
        rt::nest_put(self, b, raw_kind)
    }
}

/// Echo a cookie (liveness and round-trip measurement).
///
/// Op 0 (`ping`), privilege `logical`; max reply 12 bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Ping;

/// The request of [`Ping`].
pub type PingRequest = PingMsg;

/// The reply of [`Ping`].
pub type PingReply = PingMsg;

/// Descriptor of [`Ping`].
pub static OP_PING: rt::OpDesc = rt::OpDesc {
    family: "control",
    family_id: ID,
    msg_type: MSG_TYPE,
    family_version: VERSION,
    name: "ping",
    id: 0,
    since: 1,
    privilege: rt::Privilege::Logical,
    flags: rt::op_flags::FASTABI,
    request: &PING_MSG_SET,
    reply: &PING_MSG_SET,
    max_reply: 12,
    target_domain: None,
    fastabi: Some(rt::RegMap {
        form: None,
        inputs: &[(1, rt::Reg::Rsi)],
        outputs: &[(1, rt::Reg::Rsi)],
    }),
    ring_only: None,
    register_only: None,
    doc: "Echo a cookie (liveness and round-trip measurement).",
};

impl rt::Op for Ping {
    const DESC: &'static rt::OpDesc = &OP_PING;
    type Request<'a> = PingMsg;
    type Reply<'a> = PingMsg;
}

impl rt::FastAbi for Ping {
    fn request_to_regs(
        req: &Self::Request<'_>,
        r: &mut rt::Regs,
    ) -> ::core::result::Result<(), hvlink_proto::Errno> {
        r.rsi = rt::reg(req.cookie);
        Ok(())
    }
    fn request_from_regs(
        r: &rt::Regs,
    ) -> ::core::result::Result<Self::Request<'static>, hvlink_proto::Errno> {
        let v_cookie = rt::unreg::<u64>(r.rsi, &PING_MSG_POLICY.attrs[0])?;
        Ok(PingMsg { cookie: v_cookie })
    }
    fn reply_to_regs(
        rep: &Self::Reply<'_>,
        r: &mut rt::Regs,
    ) -> ::core::result::Result<(), hvlink_proto::Errno> {
        r.rsi = rt::reg(rep.cookie);
        Ok(())
    }
    fn reply_from_regs(
        r: &rt::Regs,
    ) -> ::core::result::Result<Self::Reply<'static>, hvlink_proto::Errno> {
        let v_cookie = rt::unreg::<u64>(r.rsi, &PING_MSG_POLICY.attrs[0])?;
        Ok(PingMsg { cookie: v_cookie })
    }
}

/// Describe the families and ops the host implements (genetlink CTRL_CMD_GETFAMILY).
///
/// Op 1 (`get_family`), privilege `logical`; max reply 44096 bytes; ring only: The reply is a list of nested descriptions..
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct GetFamily;

/// The request of [`GetFamily`].
pub type GetFamilyRequest<'a> = GetFamilyReq<'a>;

/// Descriptor of [`GetFamily`].
pub static OP_GET_FAMILY: rt::OpDesc = rt::OpDesc {
    family: "control",
    family_id: ID,
    msg_type: MSG_TYPE,
    family_version: VERSION,
    name: "get_family",
    id: 1,
    since: 1,
    privilege: rt::Privilege::Logical,
    flags: 0,
    request: &GET_FAMILY_REQ_SET,
    reply: &GET_FAMILY_REPLY_SET,
    max_reply: 44096,
    target_domain: None,
    fastabi: None,
    ring_only: Some("The reply is a list of nested descriptions."),
    register_only: None,
    doc: "Describe the families and ops the host implements (genetlink CTRL_CMD_GETFAMILY).",
};

impl rt::Op for GetFamily {
    const DESC: &'static rt::OpDesc = &OP_GET_FAMILY;
    type Request<'a> = GetFamilyReq<'a>;
    type Reply<'a> = GetFamilyReply<'a>;
}

/// Dump the attribute policies of one op's request and reply (genetlink CTRL_CMD_GETPOLICY).
///
/// Op 2 (`get_policy`), privilege `logical`; max reply 21776 bytes; ring only: The reply is a list of nested policy entries..
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct GetPolicy;

/// The request of [`GetPolicy`].
pub type GetPolicyRequest = GetPolicyReq;

/// Descriptor of [`GetPolicy`].
pub static OP_GET_POLICY: rt::OpDesc = rt::OpDesc {
    family: "control",
    family_id: ID,
    msg_type: MSG_TYPE,
    family_version: VERSION,
    name: "get_policy",
    id: 2,
    since: 1,
    privilege: rt::Privilege::Logical,
    flags: 0,
    request: &GET_POLICY_REQ_SET,
    reply: &GET_POLICY_REPLY_SET,
    max_reply: 21776,
    target_domain: None,
    fastabi: None,
    ring_only: Some("The reply is a list of nested policy entries."),
    register_only: None,
    doc:
        "Dump the attribute policies of one op's request and reply (genetlink CTRL_CMD_GETPOLICY).",
};

impl rt::Op for GetPolicy {
    const DESC: &'static rt::OpDesc = &OP_GET_POLICY;
    type Request<'a> = GetPolicyReq;
    type Reply<'a> = GetPolicyReply<'a>;
}

/// Agree on the protocol version and optional features (stateless; both sides apply the answer).
///
/// Op 3 (`negotiate`), privilege `logical`; max reply 28 bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Negotiate;

/// The request of [`Negotiate`].
pub type NegotiateRequest = NegotiateMsg;

/// The reply of [`Negotiate`].
pub type NegotiateReply = NegotiateMsg;

/// Descriptor of [`Negotiate`].
pub static OP_NEGOTIATE: rt::OpDesc = rt::OpDesc {
    family: "control",
    family_id: ID,
    msg_type: MSG_TYPE,
    family_version: VERSION,
    name: "negotiate",
    id: 3,
    since: 1,
    privilege: rt::Privilege::Logical,
    flags: rt::op_flags::FASTABI,
    request: &NEGOTIATE_MSG_SET,
    reply: &NEGOTIATE_MSG_SET,
    max_reply: 28,
    target_domain: None,
    fastabi: Some(rt::RegMap {
        form: None,
        inputs: &[(1, rt::Reg::Rsi), (2, rt::Reg::R8)],
        outputs: &[(1, rt::Reg::Rsi), (2, rt::Reg::R8), (3, rt::Reg::R9)],
    }),
    ring_only: None,
    register_only: None,
    doc: "Agree on the protocol version and optional features (stateless; both sides apply the answer).",
};

impl rt::Op for Negotiate {
    const DESC: &'static rt::OpDesc = &OP_NEGOTIATE;
    type Request<'a> = NegotiateMsg;
    type Reply<'a> = NegotiateMsg;
}

impl rt::FastAbi for Negotiate {
    fn request_to_regs(
        req: &Self::Request<'_>,
        r: &mut rt::Regs,
    ) -> ::core::result::Result<(), hvlink_proto::Errno> {
        r.rsi = rt::reg(req.protocol_version);
        r.r8 = rt::reg(req.features);
        Ok(())
    }
    fn request_from_regs(
        r: &rt::Regs,
    ) -> ::core::result::Result<Self::Request<'static>, hvlink_proto::Errno> {
        let v_protocol_version = rt::unreg::<u32>(r.rsi, &NEGOTIATE_MSG_POLICY.attrs[0])?;
        let v_features = rt::unreg::<ProtocolFeatures>(r.r8, &NEGOTIATE_MSG_POLICY.attrs[1])?;
        Ok(NegotiateMsg {
            protocol_version: v_protocol_version,
            features: v_features,
            max_message: None,
        })
    }
    fn reply_to_regs(
        rep: &Self::Reply<'_>,
        r: &mut rt::Regs,
    ) -> ::core::result::Result<(), hvlink_proto::Errno> {
        r.rsi = rt::reg(rep.protocol_version);
        r.r8 = rt::reg(rep.features);
        r.r9 = rt::reg_opt(rep.max_message);
        Ok(())
    }
    fn reply_from_regs(
        r: &rt::Regs,
    ) -> ::core::result::Result<Self::Reply<'static>, hvlink_proto::Errno> {
        let v_protocol_version = rt::unreg::<u32>(r.rsi, &NEGOTIATE_MSG_POLICY.attrs[0])?;
        let v_features = rt::unreg::<ProtocolFeatures>(r.r8, &NEGOTIATE_MSG_POLICY.attrs[1])?;
        let v_max_message = Some(rt::unreg::<u32>(r.r9, &NEGOTIATE_MSG_POLICY.attrs[2])?);
        Ok(NegotiateMsg {
            protocol_version: v_protocol_version,
            features: v_features,
            max_message: v_max_message,
        })
    }
}

/// Set up a queue (header page, request ring, reply ring) in a run of guest pages.
///
/// Op 4 (`queue_setup`), privilege `privileged`; max reply 24 bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct QueueSetup;

/// The request of [`QueueSetup`].
pub type QueueSetupRequest = QueueSetupReq;

/// Descriptor of [`QueueSetup`].
pub static OP_QUEUE_SETUP: rt::OpDesc = rt::OpDesc {
    family: "control",
    family_id: ID,
    msg_type: MSG_TYPE,
    family_version: VERSION,
    name: "queue_setup",
    id: 4,
    since: 1,
    privilege: rt::Privilege::Privileged,
    flags: rt::op_flags::FASTABI,
    request: &QUEUE_SETUP_REQ_SET,
    reply: &QUEUE_SETUP_REPLY_SET,
    max_reply: 24,
    target_domain: None,
    fastabi: Some(rt::RegMap {
        form: None,
        inputs: &[
            (1, rt::Reg::Rsi),
            (2, rt::Reg::R8),
            (3, rt::Reg::R9),
            (4, rt::Reg::R10),
            (5, rt::Reg::R11),
            (6, rt::Reg::R12),
        ],
        outputs: &[(1, rt::Reg::Rsi), (2, rt::Reg::R8)],
    }),
    ring_only: None,
    register_only: None,
    doc: "Set up a queue (header page, request ring, reply ring) in a run of guest pages.",
};

impl rt::Op for QueueSetup {
    const DESC: &'static rt::OpDesc = &OP_QUEUE_SETUP;
    type Request<'a> = QueueSetupReq;
    type Reply<'a> = QueueSetupReply;
}

impl rt::FastAbi for QueueSetup {
    fn request_to_regs(
        req: &Self::Request<'_>,
        r: &mut rt::Regs,
    ) -> ::core::result::Result<(), hvlink_proto::Errno> {
        r.rsi = rt::reg(req.base_gpa);
        r.r8 = rt::reg(req.pages);
        r.r9 = rt::reg(req.queue_id);
        r.r10 = rt::reg(req.kind);
        r.r11 = rt::reg(req.features);
        r.r12 = rt::reg(req.notify_port);
        Ok(())
    }
    fn request_from_regs(
        r: &rt::Regs,
    ) -> ::core::result::Result<Self::Request<'static>, hvlink_proto::Errno> {
        let v_base_gpa = rt::unreg::<u64>(r.rsi, &QUEUE_SETUP_REQ_POLICY.attrs[0])?;
        let v_pages = rt::unreg::<u32>(r.r8, &QUEUE_SETUP_REQ_POLICY.attrs[1])?;
        let v_queue_id = rt::unreg::<u16>(r.r9, &QUEUE_SETUP_REQ_POLICY.attrs[2])?;
        let v_kind = rt::unreg_member::<QueueKind>(
            r.r10,
            &QUEUE_SETUP_REQ_POLICY.attrs[3],
            QueueKind::ENTRIES,
        )?;
        let v_features = rt::unreg::<QueueFeatures>(r.r11, &QUEUE_SETUP_REQ_POLICY.attrs[4])?;
        let v_notify_port = rt::unreg::<u32>(r.r12, &QUEUE_SETUP_REQ_POLICY.attrs[5])?;
        Ok(QueueSetupReq {
            base_gpa: v_base_gpa,
            pages: v_pages,
            queue_id: v_queue_id,
            kind: v_kind,
            features: v_features,
            notify_port: v_notify_port,
        })
    }
    fn reply_to_regs(
        rep: &Self::Reply<'_>,
        r: &mut rt::Regs,
    ) -> ::core::result::Result<(), hvlink_proto::Errno> {
        r.rsi = rt::reg(rep.features);
        r.r8 = rt::reg(rep.doorbell);
        Ok(())
    }
    fn reply_from_regs(
        r: &rt::Regs,
    ) -> ::core::result::Result<Self::Reply<'static>, hvlink_proto::Errno> {
        let v_features = rt::unreg::<QueueFeatures>(r.rsi, &QUEUE_SETUP_REPLY_POLICY.attrs[0])?;
        let v_doorbell = rt::unreg::<u64>(r.r8, &QUEUE_SETUP_REPLY_POLICY.attrs[1])?;
        Ok(QueueSetupReply {
            features: v_features,
            doorbell: v_doorbell,
        })
    }
}

/// Stop a queue, cancel what is in flight on it, and release its pages.
///
/// Op 5 (`queue_teardown`), privilege `privileged`; max reply 0 bytes; async.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct QueueTeardown;

/// The request of [`QueueTeardown`].
pub type QueueTeardownRequest = QueueReq;

/// Descriptor of [`QueueTeardown`].
pub static OP_QUEUE_TEARDOWN: rt::OpDesc = rt::OpDesc {
    family: "control",
    family_id: ID,
    msg_type: MSG_TYPE,
    family_version: VERSION,
    name: "queue_teardown",
    id: 5,
    since: 1,
    privilege: rt::Privilege::Privileged,
    flags: rt::op_flags::FASTABI | rt::op_flags::ASYNC,
    request: &QUEUE_REQ_SET,
    reply: &rt::EMPTY_SET,
    max_reply: 0,
    target_domain: None,
    fastabi: Some(rt::RegMap {
        form: None,
        inputs: &[(1, rt::Reg::Rsi)],
        outputs: &[],
    }),
    ring_only: None,
    register_only: None,
    doc: "Stop a queue, cancel what is in flight on it, and release its pages.",
};

impl rt::Op for QueueTeardown {
    const DESC: &'static rt::OpDesc = &OP_QUEUE_TEARDOWN;
    type Request<'a> = QueueReq;
    type Reply<'a> = rt::Empty;
}

impl rt::FastAbi for QueueTeardown {
    fn request_to_regs(
        req: &Self::Request<'_>,
        r: &mut rt::Regs,
    ) -> ::core::result::Result<(), hvlink_proto::Errno> {
        r.rsi = rt::reg(req.queue_id);
        Ok(())
    }
    fn request_from_regs(
        r: &rt::Regs,
    ) -> ::core::result::Result<Self::Request<'static>, hvlink_proto::Errno> {
        let v_queue_id = rt::unreg::<u16>(r.rsi, &QUEUE_REQ_POLICY.attrs[0])?;
        Ok(QueueReq {
            queue_id: v_queue_id,
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

/// Cancel a request in flight; entries already done are kept and reported.
///
/// Op 6 (`cancel`), privilege `logical`; max reply 8 bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Cancel;

/// The request of [`Cancel`].
pub type CancelRequest = CancelReq;

/// Descriptor of [`Cancel`].
pub static OP_CANCEL: rt::OpDesc = rt::OpDesc {
    family: "control",
    family_id: ID,
    msg_type: MSG_TYPE,
    family_version: VERSION,
    name: "cancel",
    id: 6,
    since: 1,
    privilege: rt::Privilege::Logical,
    flags: rt::op_flags::FASTABI,
    request: &CANCEL_REQ_SET,
    reply: &CANCEL_REPLY_SET,
    max_reply: 8,
    target_domain: None,
    fastabi: Some(rt::RegMap {
        form: None,
        inputs: &[(1, rt::Reg::Rsi), (2, rt::Reg::R8)],
        outputs: &[(1, rt::Reg::Rsi)],
    }),
    ring_only: None,
    register_only: None,
    doc: "Cancel a request in flight; entries already done are kept and reported.",
};

impl rt::Op for Cancel {
    const DESC: &'static rt::OpDesc = &OP_CANCEL;
    type Request<'a> = CancelReq;
    type Reply<'a> = CancelReply;
}

impl rt::FastAbi for Cancel {
    fn request_to_regs(
        req: &Self::Request<'_>,
        r: &mut rt::Regs,
    ) -> ::core::result::Result<(), hvlink_proto::Errno> {
        r.rsi = rt::reg(req.seq);
        r.r8 = rt::reg_opt(req.queue_id);
        Ok(())
    }
    fn request_from_regs(
        r: &rt::Regs,
    ) -> ::core::result::Result<Self::Request<'static>, hvlink_proto::Errno> {
        let v_seq = rt::unreg::<u32>(r.rsi, &CANCEL_REQ_POLICY.attrs[0])?;
        let v_queue_id = Some(rt::unreg::<u16>(r.r8, &CANCEL_REQ_POLICY.attrs[1])?);
        Ok(CancelReq {
            seq: v_seq,
            queue_id: v_queue_id,
        })
    }
    fn reply_to_regs(
        rep: &Self::Reply<'_>,
        r: &mut rt::Regs,
    ) -> ::core::result::Result<(), hvlink_proto::Errno> {
        r.rsi = rt::reg(rep.result);
        Ok(())
    }
    fn reply_from_regs(
        r: &rt::Regs,
    ) -> ::core::result::Result<Self::Reply<'static>, hvlink_proto::Errno> {
        let v_result = rt::unreg::<CancelResult>(r.rsi, &CANCEL_REPLY_POLICY.attrs[0])?;
        Ok(CancelReply { result: v_result })
    }
}

/// The family's descriptor.
pub static FAMILY: rt::FamilyDesc = rt::FamilyDesc {
    name: "control",
    id: ID,
    msg_type: MSG_TYPE,
    version: VERSION,
    doc: "hvlink's own family: it sets queues up and tears them down, cancels requests in flight, agrees on the protocol version and features, and describes every family, op and attribute policy the host implements, as generic netlink's controller does, so a peer can find out what the other side supports before it calls. Its id (0x100) lies outside Xen's hypercall numbers (0..63, and the 128 slots of a hypercall page), so its FastABI register calls (rax = 0x40000100) can never be mistaken for a Xen hypercall; its ring message type follows the 0x100 + id rule. queue_setup must be callable by register, since no ring exists before it.",
    ops: &[&OP_PING, &OP_GET_FAMILY, &OP_GET_POLICY, &OP_NEGOTIATE, &OP_QUEUE_SETUP, &OP_QUEUE_TEARDOWN, &OP_CANCEL],
};

/// What a host implements for this family: one method per op, called with a request
/// that was already validated (the same way on a ring and by register). Batch ops
/// report each entry's result through `out` as soon as it is known, so a host encodes
/// entries straight into its reply (or progress) message without collecting them.
pub trait Backend {
    /// Echo a cookie (liveness and round-trip measurement).
    fn ping(
        &mut self,
        ctx: &rt::Ctx,
        req: &PingMsg,
    ) -> ::core::result::Result<PingMsg, hvlink_proto::Errno>;
    /// Describe the families and ops the host implements (genetlink CTRL_CMD_GETFAMILY).
    fn get_family(
        &mut self,
        ctx: &rt::Ctx,
        req: &GetFamilyReq<'_>,
    ) -> ::core::result::Result<GetFamilyReply<'_>, hvlink_proto::Errno>;
    /// Dump the attribute policies of one op's request and reply (genetlink CTRL_CMD_GETPOLICY).
    fn get_policy(
        &mut self,
        ctx: &rt::Ctx,
        req: &GetPolicyReq,
    ) -> ::core::result::Result<GetPolicyReply<'_>, hvlink_proto::Errno>;
    /// Agree on the protocol version and optional features (stateless; both sides apply the answer).
    fn negotiate(
        &mut self,
        ctx: &rt::Ctx,
        req: &NegotiateMsg,
    ) -> ::core::result::Result<NegotiateMsg, hvlink_proto::Errno>;
    /// Set up a queue (header page, request ring, reply ring) in a run of guest pages.
    fn queue_setup(
        &mut self,
        ctx: &rt::Ctx,
        req: &QueueSetupReq,
    ) -> ::core::result::Result<QueueSetupReply, hvlink_proto::Errno>;
    /// Stop a queue, cancel what is in flight on it, and release its pages.
    fn queue_teardown(
        &mut self,
        ctx: &rt::Ctx,
        req: &QueueReq,
    ) -> ::core::result::Result<(), hvlink_proto::Errno>;
    /// Cancel a request in flight; entries already done are kept and reported.
    fn cancel(
        &mut self,
        ctx: &rt::Ctx,
        req: &CancelReq,
    ) -> ::core::result::Result<CancelReply, hvlink_proto::Errno>;
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
        OpId::PING => rt::served(&backend.ping(ctx, &PingMsg::decode(attrs)?)?, reply),
        OpId::GET_FAMILY => rt::served(
            &backend.get_family(ctx, &GetFamilyReq::decode(attrs)?)?,
            reply,
        ),
        OpId::GET_POLICY => rt::served(
            &backend.get_policy(ctx, &GetPolicyReq::decode(attrs)?)?,
            reply,
        ),
        OpId::NEGOTIATE => rt::served(
            &backend.negotiate(ctx, &NegotiateMsg::decode(attrs)?)?,
            reply,
        ),
        OpId::QUEUE_SETUP => rt::served(
            &backend.queue_setup(ctx, &QueueSetupReq::decode(attrs)?)?,
            reply,
        ),
        OpId::QUEUE_TEARDOWN => {
            backend.queue_teardown(ctx, &QueueReq::decode(attrs)?)?;
            Ok(rt::Served::WHOLE)
        }
        OpId::CANCEL => rt::served(&backend.cancel(ctx, &CancelReq::decode(attrs)?)?, reply),
        _ => Err(rt::ServeError::Errno(hvlink_proto::Errno::ENOSYS)),
    }
}

/// Validate a ring request of op `cmd` as `serve` does before it runs anything (the
/// whole request, every batch entry included), without running it: a host may do this
/// apart (outside its locks) and then serve the request with [`rt::Window::validated`].
/// Unknown and register-only ops pass (`serve` refuses them).
pub fn validate(cmd: u8, attrs: c::Attrs<'_>) -> ::core::result::Result<(), c::Error> {
    match OpId(cmd) {
        OpId::PING => PingMsg::decode(attrs).map(|_| ()),
        OpId::GET_FAMILY => GetFamilyReq::decode(attrs).map(|_| ()),
        OpId::GET_POLICY => GetPolicyReq::decode(attrs).map(|_| ()),
        OpId::NEGOTIATE => NegotiateMsg::decode(attrs).map(|_| ()),
        OpId::QUEUE_SETUP => QueueSetupReq::decode(attrs).map(|_| ()),
        OpId::QUEUE_TEARDOWN => QueueReq::decode(attrs).map(|_| ()),
        OpId::CANCEL => CancelReq::decode(attrs).map(|_| ()),
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
        OpId::PING => {
            let req = <Ping as rt::FastAbi>::request_from_regs(regs)?;
            rt::commit_regs::<Ping>(&backend.ping(ctx, &req)?, regs)
        }
        OpId::NEGOTIATE => {
            let req = <Negotiate as rt::FastAbi>::request_from_regs(regs)?;
            rt::commit_regs::<Negotiate>(&backend.negotiate(ctx, &req)?, regs)
        }
        OpId::QUEUE_SETUP => {
            let req = <QueueSetup as rt::FastAbi>::request_from_regs(regs)?;
            rt::commit_regs::<QueueSetup>(&backend.queue_setup(ctx, &req)?, regs)
        }
        OpId::QUEUE_TEARDOWN => {
            let req = <QueueTeardown as rt::FastAbi>::request_from_regs(regs)?;
            backend.queue_teardown(ctx, &req)?;
            rt::commit_regs::<QueueTeardown>(&rt::Empty, regs)
        }
        OpId::CANCEL => {
            let req = <Cancel as rt::FastAbi>::request_from_regs(regs)?;
            rt::commit_regs::<Cancel>(&backend.cancel(ctx, &req)?, regs)
        }
        _ => Err(hvlink_proto::Errno::ENOSYS),
    }
}
