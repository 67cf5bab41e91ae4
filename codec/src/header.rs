//! The 16-byte message header (Linux `struct nlmsghdr`, little-endian fixed).
//!
//! ```text
//!  0               1               2               3
//!  0 1 2 3 4 5 6 7 0 1 2 3 4 5 6 7 0 1 2 3 4 5 6 7 0 1 2 3 4 5 6 7
//! +---------------------------------------------------------------+
//! |                    len (u32, whole message)                   |
//! +-------------------------------+-------------------------------+
//! |          type (u16)           |          flags (u16)          |
//! +-------------------------------+-------------------------------+
//! |                      seq (u32, request id)                    |
//! +---------------------------------------------------------------+
//! |                 port (u32, caller id in guest)                |
//! +---------------------------------------------------------------+
//! ```
//!
//! Contract: after [`Packet::new_checked`] succeeds, no accessor panics: the buffer holds at
//! least a header and the header's `len` is between [`HEADER_LEN`] and the buffer's length.

use crate::error::{Error, ErrorKind, Result};
use crate::limits::MAX_MESSAGE_LEN;
use crate::reader;

mod field {
    pub type Field = core::ops::Range<usize>;
    pub const LENGTH: Field = 0..4;
    pub const KIND: Field = 4..6;
    pub const FLAGS: Field = 6..8;
    pub const SEQ: Field = 8..12;
    pub const PORT: Field = 12..16;
}

/// Length of the message header.
pub const HEADER_LEN: usize = field::PORT.end;

/// Messages are aligned to 4 bytes in a buffer holding several.
pub const ALIGNTO: usize = 4;

/// Round `len` up to the message/attribute alignment.
#[inline]
pub const fn align(len: usize) -> usize {
    (len + ALIGNTO - 1) & !(ALIGNTO - 1)
}

/// A message type. Types below [`MessageType::MIN_FAMILY`] are reserved for control messages
/// with netlink's meaning; hvlink families use fixed ids from the spec above that.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct MessageType(pub u16);

impl MessageType {
    /// Nothing; a receiver skips it. hvlink pads ring tails with it.
    pub const NOOP: MessageType = MessageType(1);
    /// An error or acknowledgement (status + the request's header + extended ack).
    pub const ERROR: MessageType = MessageType(2);
    /// End of a multi-part reply.
    pub const DONE: MessageType = MessageType(3);
    /// Data lost (netlink's overrun).
    pub const OVERRUN: MessageType = MessageType(4);
    /// First type available to families (Linux `NLMSG_MIN_TYPE`).
    pub const MIN_FAMILY: MessageType = MessageType(0x10);
    /// Linux generic netlink's controller family (`GENL_ID_CTRL`).
    pub const GENL_CTRL: MessageType = MessageType(0x10);

    /// True for NOOP, ERROR, DONE and OVERRUN and the reserved types below 0x10.
    #[inline]
    pub const fn is_control(self) -> bool {
        self.0 < Self::MIN_FAMILY.0
    }
}

impl core::fmt::Debug for MessageType {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        match *self {
            Self::NOOP => f.write_str("NOOP"),
            Self::ERROR => f.write_str("ERROR"),
            Self::DONE => f.write_str("DONE"),
            Self::OVERRUN => f.write_str("OVERRUN"),
            MessageType(t) => write!(f, "MessageType({t:#x})"),
        }
    }
}

/// Header flags (`NLM_F_*`). Bits 8..=11 mean different things for GET, NEW and ACK messages,
/// so several constants share values.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Flags(pub u16);

impl Flags {
    /// It is a request.
    pub const REQUEST: Flags = Flags(0x01);
    /// Part of a multi-part reply, ended by DONE.
    pub const MULTI: Flags = Flags(0x02);
    /// The sender wants an acknowledgement (an ERROR message with status 0).
    pub const ACK: Flags = Flags(0x04);
    /// Echo the request.
    pub const ECHO: Flags = Flags(0x08);
    /// A dump was inconsistent because the data changed under it.
    pub const DUMP_INTR: Flags = Flags(0x10);
    /// The dump was filtered as requested.
    pub const DUMP_FILTERED: Flags = Flags(0x20);
    /// GET: return the whole table.
    pub const ROOT: Flags = Flags(0x100);
    /// GET: return all matching entries.
    pub const MATCH: Flags = Flags(0x200);
    /// GET: atomic snapshot.
    pub const ATOMIC: Flags = Flags(0x400);
    /// GET: ROOT | MATCH.
    pub const DUMP: Flags = Flags(0x300);
    /// ACK: the request payload was not echoed back.
    pub const CAPPED: Flags = Flags(0x100);
    /// ACK: extended-ack attributes follow.
    pub const ACK_TLVS: Flags = Flags(0x200);
    /// Request (hvlink extension, outside the bits Linux uses): the requester wants progress
    /// messages — parts of the reply, flagged MULTI, as a long batch advances.
    pub const PROGRESS: Flags = Flags(0x1000);

    /// All bits of `other` are set.
    #[inline]
    pub const fn contains(self, other: Flags) -> bool {
        self.0 & other.0 == other.0
    }
}

impl core::ops::BitOr for Flags {
    type Output = Flags;
    #[inline]
    fn bitor(self, rhs: Flags) -> Flags {
        Flags(self.0 | rhs.0)
    }
}

impl core::ops::BitOrAssign for Flags {
    #[inline]
    fn bitor_assign(&mut self, rhs: Flags) {
        self.0 |= rhs.0;
    }
}

impl core::fmt::Debug for Flags {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        write!(f, "Flags({:#x})", self.0)
    }
}

view! {
    /// A read/write view of a message header and the payload that follows it.
}

/// The checks of [`Packet::check_len`], on bytes that may hold a message and more after it:
/// the header's fields and the payload (bytes `HEADER_LEN..len`). [`crate::Message::parse`]
/// frames messages with it too, so the two can never disagree.
#[inline]
pub(crate) fn split(buf: &[u8]) -> Result<(reader::RawHeader, &[u8])> {
    let (h, after) = reader::nlmsghdr(buf).ok_or(Error::new(
        ErrorKind::Truncated,
        0,
        "buffer shorter than a message header",
    ))?;
    let len = h.len as usize;
    if len < HEADER_LEN {
        return Err(Error::new(
            ErrorKind::BadLength,
            field::LENGTH.start,
            "message length smaller than its header",
        ));
    }
    if len > MAX_MESSAGE_LEN {
        return Err(Error::new(
            ErrorKind::LimitExceeded,
            field::LENGTH.start,
            "message longer than MAX_MESSAGE_LEN",
        ));
    }
    let (payload, _) = reader::bytes(after, len - HEADER_LEN).ok_or(Error::new(
        ErrorKind::Truncated,
        field::LENGTH.start,
        "message length runs past the buffer",
    ))?;
    Ok((h, payload))
}

impl<T: AsRef<[u8]>> Packet<T> {
    /// Checks that the buffer holds a header, that `len` covers at least the header, does not
    /// exceed [`MAX_MESSAGE_LEN`], and fits the buffer. Extra bytes after `len` are allowed
    /// (the next message of a batch).
    pub fn check_len(&self) -> Result<()> {
        split(self.buffer.as_ref()).map(|_| ())
    }

    #[inline]
    fn get<const N: usize>(&self, f: field::Field) -> [u8; N] {
        let mut out = [0; N];
        out.copy_from_slice(&self.buffer.as_ref()[f]);
        out
    }

    /// Whole message length, header included.
    #[inline]
    pub fn len(&self) -> u32 {
        u32::from_le_bytes(self.get(field::LENGTH))
    }

    /// True when `len` is zero (never the case for a checked packet).
    #[inline]
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Message type: a control type or a family id.
    #[inline]
    pub fn message_type(&self) -> MessageType {
        MessageType(u16::from_le_bytes(self.get(field::KIND)))
    }

    /// Header flags.
    #[inline]
    pub fn flags(&self) -> Flags {
        Flags(u16::from_le_bytes(self.get(field::FLAGS)))
    }

    /// Request id, echoed in the reply.
    #[inline]
    pub fn seq(&self) -> u32 {
        u32::from_le_bytes(self.get(field::SEQ))
    }

    /// Caller id inside the guest (netlink's port id).
    #[inline]
    pub fn port(&self) -> u32 {
        u32::from_le_bytes(self.get(field::PORT))
    }

    /// The payload: bytes `HEADER_LEN..len`.
    #[inline]
    pub fn payload(&self) -> &[u8] {
        let len = self.len() as usize;
        &self.buffer.as_ref()[HEADER_LEN..len]
    }
}

impl<T: AsRef<[u8]> + AsMut<[u8]>> Packet<T> {
    #[inline]
    fn set(&mut self, f: field::Field, v: &[u8]) {
        self.buffer.as_mut()[f].copy_from_slice(v);
    }

    /// Set the whole message length.
    #[inline]
    pub fn set_len(&mut self, v: u32) {
        self.set(field::LENGTH, &v.to_le_bytes());
    }

    /// Set the message type.
    #[inline]
    pub fn set_message_type(&mut self, v: MessageType) {
        self.set(field::KIND, &v.0.to_le_bytes());
    }

    /// Set the flags.
    #[inline]
    pub fn set_flags(&mut self, v: Flags) {
        self.set(field::FLAGS, &v.0.to_le_bytes());
    }

    /// Set the sequence number.
    #[inline]
    pub fn set_seq(&mut self, v: u32) {
        self.set(field::SEQ, &v.to_le_bytes());
    }

    /// Set the port.
    #[inline]
    pub fn set_port(&mut self, v: u32) {
        self.set(field::PORT, &v.to_le_bytes());
    }

    /// The payload, writable.
    #[inline]
    pub fn payload_mut(&mut self) -> &mut [u8] {
        let len = self.len() as usize;
        &mut self.buffer.as_mut()[HEADER_LEN..len]
    }
}

/// The meaning of a message header (its length is derived from the payload when emitting).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Repr {
    /// Message type.
    pub message_type: MessageType,
    /// Flags.
    pub flags: Flags,
    /// Request id.
    pub seq: u32,
    /// Caller id.
    pub port: u32,
}

impl Repr {
    /// Parse a checked packet's header.
    #[inline]
    pub fn parse<T: AsRef<[u8]>>(packet: &Packet<T>) -> Result<Repr> {
        packet.check_len()?;
        Ok(Repr {
            message_type: packet.message_type(),
            flags: packet.flags(),
            seq: packet.seq(),
            port: packet.port(),
        })
    }

    /// Bytes this header occupies.
    #[inline]
    pub const fn buffer_len(&self) -> usize {
        HEADER_LEN
    }

    /// Write the header with `len = HEADER_LEN + payload_len`. The packet's buffer must hold at
    /// least [`HEADER_LEN`] bytes.
    pub fn emit<T: AsRef<[u8]> + AsMut<[u8]>>(&self, packet: &mut Packet<T>, payload_len: usize) {
        packet.set_len((HEADER_LEN + payload_len) as u32);
        packet.set_message_type(self.message_type);
        packet.set_flags(self.flags);
        packet.set_seq(self.seq);
        packet.set_port(self.port);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    // A genetlink GETFAMILY request header: len 36, type 0x10, REQUEST|ACK, seq 1, port 0.
    static BYTES: [u8; 20] = [
        0x14, 0x00, 0x00, 0x00, 0x10, 0x00, 0x05, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
        0x00, 0x03, 0x01, 0x00, 0x00,
    ];

    #[test]
    fn test_deconstruct() {
        let p = Packet::new_checked(&BYTES[..]).unwrap();
        assert_eq!(p.len(), 20);
        assert_eq!(p.message_type(), MessageType::GENL_CTRL);
        assert_eq!(p.flags(), Flags::REQUEST | Flags::ACK);
        assert_eq!(p.seq(), 1);
        assert_eq!(p.port(), 0);
        assert_eq!(p.payload(), &[0x03, 0x01, 0x00, 0x00]);
    }

    #[test]
    fn test_parse_emit() {
        let p = Packet::new_checked(&BYTES[..]).unwrap();
        let repr = Repr::parse(&p).unwrap();
        let mut buf = [0xa5u8; 20];
        let mut out = Packet::new_unchecked(&mut buf[..]);
        repr.emit(&mut out, 4);
        out.payload_mut().copy_from_slice(&[3, 1, 0, 0]);
        assert_eq!(buf, BYTES);
    }

    #[test]
    fn test_impossible_len() {
        let mut b = BYTES;
        b[0] = 15; // shorter than a header
        assert_eq!(
            Packet::new_checked(&b[..]).unwrap_err().kind(),
            ErrorKind::BadLength
        );
        b[0] = 21; // past the buffer
        assert_eq!(
            Packet::new_checked(&b[..]).unwrap_err().kind(),
            ErrorKind::Truncated
        );
        b[0..4].copy_from_slice(&(MAX_MESSAGE_LEN as u32 + 1).to_le_bytes());
        assert_eq!(
            Packet::new_checked(&b[..]).unwrap_err().kind(),
            ErrorKind::LimitExceeded
        );
        assert_eq!(
            Packet::new_checked(&BYTES[..15]).unwrap_err().kind(),
            ErrorKind::Truncated
        );
    }

    #[test]
    fn debug_names() {
        assert_eq!(format!("{:?}", MessageType::DONE), "DONE");
        assert_eq!(format!("{:?}", MessageType(0x20)), "MessageType(0x20)");
        assert!(MessageType::ERROR.is_control());
        assert!(!MessageType(0x10).is_control());
    }
}
