//! Attributes: 4-byte header, payload, padding to 4 bytes (Linux `struct nlattr`).
//!
//! ```text
//! +-------------------------------+-+-+---------------------------+
//! |  len (u16, header + payload)  |N|M|      type (14 bits)       |
//! +-------------------------------+-+-+---------------------------+
//! |            payload (len - 4 bytes), then zero padding          |
//! |                   up to a multiple of 4 bytes                  |
//! +---------------------------------------------------------------+
//!   N = bit 15: the payload is itself a list of attributes (nested)
//!   M = bit 14: must understand (netlink's NLA_F_NET_BYTEORDER, unused
//!       in a little-endian-fixed protocol): a receiver that does not
//!       know this attribute type must reject the message
//! ```
//!
//! Contract: [`Attrs`] never panics and never reads outside the slice it was given; it yields
//! `Err` for the first malformed attribute and then stops. Typed getters check the payload size
//! exactly. Offsets in errors and in [`Attr::offset`] are relative to the message start when
//! the iterator was created with the attributes' message offset (as [`crate::Message`] does).

use crate::error::{Error, ErrorKind, Result};
use crate::header::align;
use crate::reader;

/// Length of an attribute header.
pub const HEADER_LEN: usize = 4;
/// Type bit 15: the payload is a nested attribute list.
pub const F_NESTED: u16 = 0x8000;
/// Type bit 14: a receiver that does not know the type must reject the message.
pub const F_MUST_UNDERSTAND: u16 = 0x4000;
/// The bits of the type field that hold the type number.
pub const TYPE_MASK: u16 = 0x3fff;
/// Largest payload one attribute can carry (its length field is 16 bits).
pub const MAX_PAYLOAD_LEN: usize = u16::MAX as usize - HEADER_LEN;

mod field {
    pub const LENGTH: core::ops::Range<usize> = 0..2;
    pub const KIND: core::ops::Range<usize> = 2..4;
}

view! {
    /// A view of one attribute at the start of a buffer.
}

impl<T: AsRef<[u8]>> Packet<T> {
    /// `HEADER_LEN <= len <= buffer length`.
    pub fn check_len(&self) -> Result<()> {
        let buf = self.buffer.as_ref();
        let ((len, _), _) = reader::nlattr(buf).ok_or(Error::new(
            ErrorKind::Truncated,
            0,
            "buffer shorter than an attribute header",
        ))?;
        if (len as usize) < HEADER_LEN {
            return Err(Error::new(
                ErrorKind::BadLength,
                0,
                "attribute length smaller than its header",
            ));
        }
        if len as usize > buf.len() {
            return Err(Error::new(
                ErrorKind::BadLength,
                0,
                "attribute length runs past its container",
            ));
        }
        Ok(())
    }

    /// Header + payload length (without padding).
    #[inline]
    pub fn len(&self) -> u16 {
        crate::view::u16_at(self.buffer.as_ref(), field::LENGTH.start)
    }

    /// True when the attribute has no payload.
    #[inline]
    pub fn is_empty(&self) -> bool {
        self.len() as usize <= HEADER_LEN
    }

    /// The whole type field, flag bits included.
    #[inline]
    pub fn raw_kind(&self) -> u16 {
        crate::view::u16_at(self.buffer.as_ref(), field::KIND.start)
    }

    /// The payload.
    #[inline]
    pub fn payload(&self) -> &[u8] {
        &self.buffer.as_ref()[HEADER_LEN..self.len() as usize]
    }
}

impl<T: AsRef<[u8]> + AsMut<[u8]>> Packet<T> {
    /// Set header + payload length.
    #[inline]
    pub fn set_len(&mut self, v: u16) {
        self.buffer.as_mut()[field::LENGTH].copy_from_slice(&v.to_le_bytes());
    }

    /// Set the whole type field.
    #[inline]
    pub fn set_raw_kind(&mut self, v: u16) {
        self.buffer.as_mut()[field::KIND].copy_from_slice(&v.to_le_bytes());
    }
}

/// One parsed attribute: a borrowed payload and where it sits in the message.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Attr<'a> {
    raw_kind: u16,
    offset: u32,
    payload: &'a [u8],
}

macro_rules! fixed_getter {
    ($(#[$m:meta])* $name:ident, $t:ty, $what:literal) => {
        $(#[$m])*
        #[inline]
        pub fn $name(&self) -> Result<$t> {
            match <[u8; core::mem::size_of::<$t>()]>::try_from(self.payload) {
                Ok(b) => Ok(<$t>::from_le_bytes(b)),
                Err(_) => Err(self.error(ErrorKind::BadSize, $what)),
            }
        }
    };
}

impl<'a> Attr<'a> {
    /// An attribute from its parts (used by tests and the owned types).
    #[inline]
    pub const fn new(raw_kind: u16, offset: u32, payload: &'a [u8]) -> Attr<'a> {
        Attr {
            raw_kind,
            offset,
            payload,
        }
    }

    /// The type number, without the flag bits.
    #[inline]
    pub const fn kind(&self) -> u16 {
        self.raw_kind & TYPE_MASK
    }

    /// The whole type field.
    #[inline]
    pub const fn raw_kind(&self) -> u16 {
        self.raw_kind
    }

    /// The sender marked the payload as nested attributes.
    #[inline]
    pub const fn is_nested(&self) -> bool {
        self.raw_kind & F_NESTED != 0
    }

    /// The sender marked the attribute must-understand.
    #[inline]
    pub const fn must_understand(&self) -> bool {
        self.raw_kind & F_MUST_UNDERSTAND != 0
    }

    /// Offset of the attribute header from the start of the message.
    #[inline]
    pub const fn offset(&self) -> u32 {
        self.offset
    }

    /// The payload (without padding).
    #[inline]
    pub const fn payload(&self) -> &'a [u8] {
        self.payload
    }

    /// An error about this attribute.
    #[inline]
    pub fn error(&self, kind: ErrorKind, msg: &'static str) -> Error {
        Error::new(kind, self.offset as usize, msg).with_attr(self.kind())
    }

    fixed_getter!(
        /// The payload as a `u8` (exactly 1 byte).
        u8, u8, "attribute payload is not 1 byte (u8)");
    fixed_getter!(
        /// The payload as a `u16` (exactly 2 bytes).
        u16, u16, "attribute payload is not 2 bytes (u16)");
    fixed_getter!(
        /// The payload as a `u32` (exactly 4 bytes).
        u32, u32, "attribute payload is not 4 bytes (u32)");
    fixed_getter!(
        /// The payload as a `u64` (exactly 8 bytes).
        u64, u64, "attribute payload is not 8 bytes (u64)");
    fixed_getter!(
        /// The payload as an `i8` (exactly 1 byte).
        i8, i8, "attribute payload is not 1 byte (s8)");
    fixed_getter!(
        /// The payload as an `i16` (exactly 2 bytes).
        i16, i16, "attribute payload is not 2 bytes (s16)");
    fixed_getter!(
        /// The payload as an `i32` (exactly 4 bytes).
        i32, i32, "attribute payload is not 4 bytes (s32)");
    fixed_getter!(
        /// The payload as an `i64` (exactly 8 bytes).
        i64, i64, "attribute payload is not 8 bytes (s64)");

    /// A flag attribute: present, with an empty payload.
    #[inline]
    pub fn flag(&self) -> Result<()> {
        if self.payload.is_empty() {
            Ok(())
        } else {
            Err(self.error(ErrorKind::BadSize, "flag attribute has a payload"))
        }
    }

    /// The payload as opaque bytes.
    #[inline]
    pub const fn bytes(&self) -> &'a [u8] {
        self.payload
    }

    /// A NUL-terminated string: the bytes before the terminator, which must be the last byte
    /// and the only NUL.
    pub fn cstr(&self) -> Result<&'a [u8]> {
        match self.payload.split_last() {
            Some((0, s)) if !s.contains(&0) => Ok(s),
            Some((0, _)) => Err(self.error(ErrorKind::BadValue, "string has an embedded NUL")),
            _ => Err(self.error(ErrorKind::BadValue, "string is not NUL-terminated")),
        }
    }

    /// A NUL-terminated UTF-8 string.
    pub fn str(&self) -> Result<&'a str> {
        core::str::from_utf8(self.cstr()?)
            .map_err(|_| self.error(ErrorKind::BadValue, "string is not UTF-8"))
    }

    /// The payload as a nested attribute list. Does not require the nested flag (Linux itself
    /// emits some nests without it); policies that care check [`Attr::is_nested`].
    #[inline]
    pub fn nested(&self) -> Attrs<'a> {
        Attrs::new(self.payload, self.offset as usize + HEADER_LEN)
    }
}

/// An iterator over an attribute list. Yields `Err` once for the first malformed attribute,
/// then `None`.
#[derive(Debug, Clone)]
pub struct Attrs<'a> {
    rest: &'a [u8],
    offset: usize,
    pending: Option<Error>,
}

impl<'a> Attrs<'a> {
    /// The framing error this iterator reports for the attribute at the start of `rest`
    /// (at message offset `offset`): what fast decoders that walk headers themselves return
    /// once they find one malformed.
    #[cold]
    #[inline(never)]
    pub fn frame_error(rest: &[u8], offset: usize) -> Error {
        match Attrs::new(rest, offset).next() {
            Some(Err(e)) => e,
            // Unreachable: callers only come here for a malformed attribute.
            _ => Error::new(ErrorKind::BadLength, offset, "malformed attribute"),
        }
    }

    /// Iterate over `data`, whose first byte sits `offset` bytes into the message.
    #[inline]
    pub const fn new(data: &'a [u8], offset: usize) -> Attrs<'a> {
        Attrs {
            rest: data,
            offset,
            pending: None,
        }
    }

    /// An iterator that yields `err` and ends: for a container too short to hold its
    /// attributes, so callers see one error path.
    #[inline]
    pub const fn failed(err: Error) -> Attrs<'a> {
        Attrs {
            rest: &[],
            offset: 0,
            pending: Some(err),
        }
    }

    /// Offset (from the message start) of the next attribute.
    #[inline]
    pub const fn offset(&self) -> usize {
        self.offset
    }

    /// The bytes not yet iterated over.
    #[inline]
    pub const fn remaining(&self) -> &'a [u8] {
        self.rest
    }

    /// The first attribute of type `kind`, or `None`. Errors if the list is malformed up to it.
    pub fn find(self, kind: u16) -> Result<Option<Attr<'a>>> {
        for a in self {
            let a = a?;
            if a.kind() == kind {
                return Ok(Some(a));
            }
        }
        Ok(None)
    }

    /// Check the whole list is well formed (every attribute framed correctly, no trailing
    /// bytes) without looking at payloads.
    pub fn check(self) -> Result<usize> {
        let mut n = 0;
        for a in self {
            a?;
            n += 1;
        }
        Ok(n)
    }

    #[cold]
    fn fail(&mut self, e: Error) -> Option<Result<Attr<'a>>> {
        self.rest = &[];
        Some(Err(e))
    }
}

impl<'a> Iterator for Attrs<'a> {
    type Item = Result<Attr<'a>>;

    #[inline]
    fn next(&mut self) -> Option<Self::Item> {
        if self.rest.is_empty() {
            return self.pending.take().map(Err);
        }
        let at = self.offset;
        let Some(((len, raw_kind), after_hdr)) = reader::nlattr(self.rest) else {
            return self.fail(Error::new(
                ErrorKind::TrailingBytes,
                at,
                "bytes after the last attribute do not form an attribute header",
            ));
        };
        let len = len as usize;
        let kind = raw_kind & TYPE_MASK;
        if len < HEADER_LEN {
            return self.fail(
                Error::new(
                    ErrorKind::BadLength,
                    at,
                    "attribute length smaller than its header",
                )
                .with_attr(kind),
            );
        }
        let Some((payload, _)) = reader::bytes(after_hdr, len - HEADER_LEN) else {
            return self.fail(
                Error::new(
                    ErrorKind::BadLength,
                    at,
                    "attribute length runs past its container",
                )
                .with_attr(kind),
            );
        };
        // The last attribute of a list may omit its padding (Linux tolerates it too).
        let step = align(len).min(self.rest.len());
        self.rest = &self.rest[step..];
        self.offset += step;
        Some(Ok(Attr {
            raw_kind,
            offset: at as u32,
            payload,
        }))
    }
}

impl core::iter::FusedIterator for Attrs<'_> {}

#[cfg(test)]
mod tests {
    use super::*;

    // port=7 (u32, type 1), name="ab\0" (type 2, padded), nest (type 3|N) { flag type 1 }.
    static LIST: [u8; 24] = [
        0x08, 0x00, 0x01, 0x00, 0x07, 0x00, 0x00, 0x00, // u32
        0x07, 0x00, 0x02, 0x00, b'a', b'b', 0x00, 0x00, // "ab\0" + 1 pad
        0x08, 0x00, 0x03, 0x80, 0x04, 0x00, 0x01, 0x00, // nest { flag }
    ];

    #[test]
    fn test_iterate() {
        let v: Vec<_> = Attrs::new(&LIST, 20).collect::<Result<_>>().unwrap();
        assert_eq!(v.len(), 3);
        assert_eq!((v[0].kind(), v[0].offset(), v[0].u32()), (1, 20, Ok(7)));
        assert_eq!(v[1].str(), Ok("ab"));
        assert!(v[2].is_nested());
        let inner: Vec<_> = v[2].nested().collect::<Result<_>>().unwrap();
        assert_eq!(inner.len(), 1);
        assert_eq!(inner[0].offset(), 40);
        assert_eq!(inner[0].flag(), Ok(()));
    }

    #[test]
    fn test_view() {
        let p = Packet::new_checked(&LIST[8..]).unwrap();
        assert_eq!((p.len(), p.raw_kind(), p.payload()), (7, 2, &b"ab\0"[..]));
        let mut b = [0xa5u8; 8];
        let mut w = Packet::new_unchecked(&mut b[..]);
        w.set_len(8);
        w.set_raw_kind(1);
        assert_eq!(b[..4], LIST[..4]);
        assert_eq!(
            Packet::new_checked(&LIST[..3]).unwrap_err().kind(),
            ErrorKind::Truncated
        );
        assert_eq!(
            Packet::new_checked(&LIST[..7]).unwrap_err().kind(),
            ErrorKind::BadLength
        );
    }

    #[test]
    fn test_getters_check_size() {
        let a = Attr::new(1, 0, &[1, 2, 3]);
        assert_eq!(a.u32().unwrap_err().kind(), ErrorKind::BadSize);
        assert_eq!(a.u16().unwrap_err().attr(), Some(1));
        assert_eq!(a.flag().unwrap_err().kind(), ErrorKind::BadSize);
        assert_eq!(a.cstr().unwrap_err().kind(), ErrorKind::BadValue);
        assert_eq!(
            Attr::new(1, 0, b"a\0b\0").cstr().unwrap_err().kind(),
            ErrorKind::BadValue
        );
        assert_eq!(
            Attr::new(1, 0, &[0xff, 0]).str().unwrap_err().kind(),
            ErrorKind::BadValue
        );
        assert_eq!(Attr::new(1, 0, &[0xfe]).i8(), Ok(-2));
        assert_eq!(Attr::new(1, 0, &(-5i64).to_le_bytes()).i64(), Ok(-5));
        assert_eq!(Attr::new(1, 0, &u64::MAX.to_le_bytes()).u64(), Ok(u64::MAX));
        assert!(Attr::new(0x4001, 0, &[]).must_understand());
    }

    #[test]
    fn test_impossible_len() {
        // Length 2: smaller than the header.
        let b = [0x02, 0x00, 0x01, 0x00];
        let e = Attrs::new(&b, 20).next().unwrap().unwrap_err();
        assert_eq!(
            (e.kind(), e.offset(), e.attr()),
            (ErrorKind::BadLength, 20, Some(1))
        );
        // Length 12 in an 8-byte list: past the container.
        let b = [0x0c, 0x00, 0x01, 0x00, 0, 0, 0, 0];
        let mut it = Attrs::new(&b, 0);
        assert_eq!(it.next().unwrap().unwrap_err().kind(), ErrorKind::BadLength);
        assert!(it.next().is_none(), "iteration stops after the first error");
    }

    #[test]
    fn test_trailing_and_padding() {
        // Two stray bytes after a complete attribute.
        let b = [0x04, 0x00, 0x01, 0x00, 0xff, 0xff];
        let mut it = Attrs::new(&b, 0);
        assert!(it.next().unwrap().is_ok());
        let e = it.next().unwrap().unwrap_err();
        assert_eq!((e.kind(), e.offset()), (ErrorKind::TrailingBytes, 4));
        // The last attribute may omit its padding.
        let b = [0x05, 0x00, 0x01, 0x00, 0x2a];
        assert_eq!(Attrs::new(&b, 0).check(), Ok(1));
        // A misaligned length is followed from the aligned position, not the raw one.
        let b = [
            0x05, 0x00, 0x01, 0x00, 0x2a, 0x00, 0x00, 0x00, 0x08, 0x00, 0x02, 0x00, 1, 0, 0, 0,
        ];
        let v: Vec<_> = Attrs::new(&b, 0).collect::<Result<_>>().unwrap();
        assert_eq!((v[1].kind(), v[1].offset(), v[1].u32()), (2, 8, Ok(1)));
    }

    #[test]
    fn test_find() {
        assert_eq!(
            Attrs::new(&LIST, 0).find(2).unwrap().unwrap().str(),
            Ok("ab")
        );
        assert_eq!(Attrs::new(&LIST, 0).find(9), Ok(None));
        assert!(Attrs::new(&LIST[..10], 0).find(9).is_err());
    }
}
