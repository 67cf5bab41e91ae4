//! Hard limits, each with the reason it has the value it has.
//!
//! Parsing is bounded by the buffer it is given (every step consumes at least a 4-byte header),
//! so these limits exist to bound *work per message* on a host that serves hostile guests, and to
//! keep every count representable in the wire's length fields.

/// Largest message (header included) a peer may send or a parser will accept.
///
/// 64 KiB: an attribute's length field is 16 bits, so one nest can never describe more than
/// that, and it bounds the private copy the host makes of each request to a size it can keep
/// on a per-queue scratch buffer. Larger batches are split across messages.
pub const MAX_MESSAGE_LEN: usize = 64 * 1024;

/// Deepest nesting the validator follows.
///
/// Same value as Linux's `MAX_POLICY_RECURSION_DEPTH`; the spec never needs more than three
/// levels, and each level costs stack in the recursive validator (bounded stack on bare metal).
pub const MAX_NEST_DEPTH: u8 = 10;

/// Default limit on the attributes of one attribute set (one nest level) checked by the
/// validator when a policy does not state its own.
///
/// The largest batch in the spec (grant map) carries 1024 entries per message: each entry is a
/// 40-byte nest, and 1024 of them are the most that fit [`MAX_MESSAGE_LEN`]. Sets that are not
/// batches have a few dozen attributes at most.
pub const DEFAULT_MAX_ATTRS: u32 = 1024;

/// Most attributes one policy table may describe.
///
/// The validator tracks "seen" attributes in a 128-bit mask on the stack (no allocator), so a
/// set can describe at most 128 attribute types. Sets in the spec have a dozen at most.
pub const MAX_POLICY_ATTRS: usize = 128;

/// Largest attribute type number (the low 14 bits of the attribute header's type field; bit 15
/// is "nested", bit 14 "must understand").
pub const MAX_ATTR_TYPE: u16 = 0x3fff;
