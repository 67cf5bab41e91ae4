//! Building messages in place, without an allocator.
//!
//! A [`Builder`] appends to a [`Sink`]: a caller's `&mut [u8]` ([`SliceSink`], the only one in
//! `no_std` without `alloc`), or with the `alloc` feature a growable `Vec<u8>` or
//! `bytes::BytesMut` (through `bytes::BufMut`). Lengths that are not known up front — a message,
//! a nest — are written as placeholders and patched when they close, so nothing is built twice.
//!
//! Every `put` checks for room *before* writing: on [`ErrorKind::BufferTooSmall`] nothing of the
//! failed attribute was written and what was built before stays valid.
//!
//! ```
//! use hvlink_codec::{Builder, SliceSink, header, genl, MessageType, Flags};
//! let mut buf = [0u8; 64];
//! let mut b = Builder::new(SliceSink::new(&mut buf));
//! let m = b.begin_message(header::Repr {
//!     message_type: MessageType(32), flags: Flags::REQUEST, seq: 1, port: 0,
//! })?;
//! b.genl(genl::Repr { cmd: 4, version: 1 })?;
//! b.put_u32(1, 7)?;
//! let len = b.end_message(m)?;
//! assert_eq!(len, 28);
//! # Ok::<(), hvlink_codec::Error>(())
//! ```

use crate::attr::{self, F_NESTED, MAX_PAYLOAD_LEN};
use crate::error::{Error, ErrorKind, Result};
use crate::header::{self, align, MessageType};
use crate::limits::MAX_MESSAGE_LEN;
use crate::{genl, Flags};

/// Somewhere a [`Builder`] can append bytes and later patch them.
pub trait Sink {
    /// Bytes written so far.
    fn len(&self) -> usize;

    /// True when nothing was written.
    fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Append `n` bytes and return them for writing (their content is unspecified; the builder
    /// overwrites all of them). Fails without writing anything when there is no room.
    fn reserve(&mut self, n: usize) -> Result<&mut [u8]>;

    /// Everything written so far, for patching lengths.
    fn written_mut(&mut self) -> &mut [u8];

    /// Forget everything written after `len`.
    fn truncate(&mut self, len: usize);

    /// Append the bytes `fill` writes at the start of `N` bytes and counts (its result, at
    /// most `N`), or nothing and an error when there is no room for them. A sink with room for
    /// all `N` lets `fill` write in place (the bytes past its count are then dropped): a value
    /// built with narrow stores is not read back and copied, which would stall on the stores
    /// (a load that spans several stores in flight cannot take its bytes from them). Without
    /// that room, or by default, `fill` writes on the stack and the bytes are copied.
    #[inline]
    fn append_with<const N: usize>(
        &mut self,
        fill: impl FnOnce(&mut [u8; N]) -> usize,
    ) -> Result<()> {
        let mut tmp = [0u8; N];
        let len = fill(&mut tmp).min(N);
        self.reserve(len)?.copy_from_slice(&tmp[..len]);
        Ok(())
    }
}

impl<S: Sink + ?Sized> Sink for &mut S {
    #[inline]
    fn len(&self) -> usize {
        (**self).len()
    }
    #[inline]
    fn reserve(&mut self, n: usize) -> Result<&mut [u8]> {
        (**self).reserve(n)
    }
    #[inline]
    fn written_mut(&mut self) -> &mut [u8] {
        (**self).written_mut()
    }
    #[inline]
    fn truncate(&mut self, len: usize) {
        (**self).truncate(len)
    }
    #[inline]
    fn append_with<const N: usize>(
        &mut self,
        fill: impl FnOnce(&mut [u8; N]) -> usize,
    ) -> Result<()> {
        (**self).append_with(fill)
    }
}

/// A [`Sink`] over a caller's fixed buffer.
#[derive(Debug)]
pub struct SliceSink<'a> {
    buf: &'a mut [u8],
    len: usize,
}

impl<'a> SliceSink<'a> {
    /// Build from the start of `buf`.
    #[inline]
    pub fn new(buf: &'a mut [u8]) -> SliceSink<'a> {
        SliceSink { buf, len: 0 }
    }

    /// The bytes written.
    #[inline]
    pub fn written(&self) -> &[u8] {
        &self.buf[..self.len]
    }

    /// Give back the buffer and the number of bytes written.
    #[inline]
    pub fn into_parts(self) -> (&'a mut [u8], usize) {
        (self.buf, self.len)
    }
}

impl Sink for SliceSink<'_> {
    #[inline]
    fn len(&self) -> usize {
        self.len
    }

    #[inline]
    fn reserve(&mut self, n: usize) -> Result<&mut [u8]> {
        let start = self.len;
        match start.checked_add(n) {
            Some(end) if end <= self.buf.len() => {
                self.len = end;
                Ok(&mut self.buf[start..end])
            }
            _ => Err(Error::new(
                ErrorKind::BufferTooSmall,
                start,
                "no room left in the caller's buffer",
            )),
        }
    }

    #[inline]
    fn written_mut(&mut self) -> &mut [u8] {
        &mut self.buf[..self.len]
    }

    #[inline]
    fn truncate(&mut self, len: usize) {
        self.len = self.len.min(len);
    }

    #[inline]
    fn append_with<const N: usize>(
        &mut self,
        fill: impl FnOnce(&mut [u8; N]) -> usize,
    ) -> Result<()> {
        let start = self.len;
        // Room for all N: in place (the bytes past the count are not part of what was
        // written).
        if let Some(dst) = self
            .buf
            .get_mut(start..)
            .and_then(|b| b.first_chunk_mut::<N>())
        {
            let len = fill(dst).min(N);
            self.len = start + len;
            return Ok(());
        }
        let mut tmp = [0u8; N];
        let len = fill(&mut tmp).min(N);
        self.reserve(len)?.copy_from_slice(&tmp[..len]);
        Ok(())
    }
}

#[cfg(feature = "alloc")]
mod growable {
    use super::*;
    use alloc::vec::Vec;
    use bytes::BufMut;

    /// A growable sink at `len` that cannot take more.
    fn full(len: usize) -> Error {
        Error::new(ErrorKind::BufferTooSmall, len, "buffer cannot grow further")
    }

    fn grow<B: BufMut + AsMut<[u8]>>(b: &mut B, len: usize, n: usize) -> Result<&mut [u8]> {
        if b.remaining_mut() < n {
            return Err(full(len));
        }
        b.put_bytes(0, n);
        Ok(&mut b.as_mut()[len..len + n])
    }

    impl Sink for Vec<u8> {
        #[inline]
        fn len(&self) -> usize {
            Vec::len(self)
        }
        #[inline]
        fn reserve(&mut self, n: usize) -> Result<&mut [u8]> {
            let len = Vec::len(self);
            if isize::MAX as usize - len < n {
                return Err(full(len));
            }
            self.resize(len + n, 0);
            Ok(&mut self[len..])
        }
        #[inline]
        fn written_mut(&mut self) -> &mut [u8] {
            self
        }
        #[inline]
        fn truncate(&mut self, len: usize) {
            Vec::truncate(self, len)
        }
        #[inline]
        fn append_with<const N: usize>(
            &mut self,
            fill: impl FnOnce(&mut [u8; N]) -> usize,
        ) -> Result<()> {
            let start = Vec::len(self);
            if isize::MAX as usize - start < N {
                return Err(full(start));
            }
            // All N (zeros, a copy of known size), written in place, then keep the count.
            self.extend_from_slice(&[0u8; N]);
            let Some(dst) = self[start..].first_chunk_mut::<N>() else {
                return Err(full(start));
            };
            let len = fill(dst).min(N);
            Vec::truncate(self, start + len);
            Ok(())
        }
    }

    impl Sink for bytes::BytesMut {
        #[inline]
        fn len(&self) -> usize {
            bytes::BytesMut::len(self)
        }
        #[inline]
        fn reserve(&mut self, n: usize) -> Result<&mut [u8]> {
            let len = bytes::BytesMut::len(self);
            grow(self, len, n)
        }
        #[inline]
        fn written_mut(&mut self) -> &mut [u8] {
            self
        }
        #[inline]
        fn truncate(&mut self, len: usize) {
            bytes::BytesMut::truncate(self, len)
        }
    }
}

/// An open message; close it with [`Builder::end_message`].
#[must_use = "a message must be closed with end_message"]
#[derive(Debug)]
pub struct MessageStart(usize);

impl MessageStart {
    /// Where the message header starts in the sink.
    #[inline]
    pub fn offset(&self) -> usize {
        self.0
    }
}

/// An open nest; close it with [`Builder::end_nest`].
#[must_use = "a nest must be closed with end_nest"]
#[derive(Debug)]
pub struct Nest(usize);

/// Appends messages and attributes to a [`Sink`].
#[derive(Debug)]
pub struct Builder<S: Sink> {
    sink: S,
}

/// The scalar `put_*` methods: one little-endian attribute each, through `put_fixed`.
macro_rules! fixed_putters {
    ($($name:ident: $t:ty),* $(,)?) => {
        $(
            #[doc = concat!("An attribute holding a `", stringify!($t), "`.")]
            #[inline]
            pub fn $name(&mut self, kind: u16, v: $t) -> Result<()> {
                self.put_fixed(kind, v.to_le_bytes())
            }
        )*
    };
}

impl<S: Sink> Builder<S> {
    /// A builder appending to `sink`.
    #[inline]
    pub fn new(sink: S) -> Builder<S> {
        Builder { sink }
    }

    /// Bytes written so far.
    #[inline]
    pub fn len(&self) -> usize {
        self.sink.len()
    }

    /// Nothing written yet.
    #[inline]
    pub fn is_empty(&self) -> bool {
        self.sink.is_empty()
    }

    /// The sink.
    #[inline]
    pub fn sink(&self) -> &S {
        &self.sink
    }

    /// Give back the sink.
    #[inline]
    pub fn into_inner(self) -> S {
        self.sink
    }

    fn pad_to_alignment(&mut self) -> Result<()> {
        let len = self.sink.len();
        let pad = align(len) - len;
        if pad > 0 {
            self.sink.reserve(pad)?.fill(0);
        }
        Ok(())
    }

    /// Open a message: pads the sink to 4-byte alignment, then writes the header with a
    /// placeholder length.
    pub fn begin_message(&mut self, repr: header::Repr) -> Result<MessageStart> {
        self.pad_to_alignment()?;
        let start = self.sink.len();
        let buf = self.sink.reserve(header::HEADER_LEN)?;
        repr.emit(&mut header::Packet::new_unchecked(buf), 0);
        Ok(MessageStart(start))
    }

    /// Close a message: patch its length. Fails with [`ErrorKind::TooLarge`] (and removes the
    /// message) when it exceeds [`MAX_MESSAGE_LEN`]. Returns the message length.
    pub fn end_message(&mut self, m: MessageStart) -> Result<usize> {
        let (len, buf) = self.close(m.0, MAX_MESSAGE_LEN, "message longer than MAX_MESSAGE_LEN")?;
        header::Packet::new_unchecked(buf).set_len(len as u32);
        Ok(len)
    }

    /// Close what was opened at `start`: its length and its bytes, to patch the length into.
    /// Longer than `max`, it is removed with everything in it and [`ErrorKind::TooLarge`]
    /// (saying `what`) returned.
    fn close(
        &mut self,
        start: usize,
        max: usize,
        what: &'static str,
    ) -> Result<(usize, &mut [u8])> {
        let len = self.sink.len() - start;
        if len > max {
            self.sink.truncate(start);
            return Err(Error::new(ErrorKind::TooLarge, start, what));
        }
        Ok((len, &mut self.sink.written_mut()[start..]))
    }

    /// Drop an open message and everything written after it.
    pub fn cancel_message(&mut self, m: MessageStart) {
        self.sink.truncate(m.0);
    }

    /// Write the family header.
    pub fn genl(&mut self, repr: genl::Repr) -> Result<()> {
        let buf = self.sink.reserve(genl::HEADER_LEN)?;
        repr.emit(&mut genl::Packet::new_unchecked(buf));
        Ok(())
    }

    /// Write raw bytes (a fixed family header of another protocol, such as `ifinfomsg`).
    pub fn put_raw(&mut self, bytes: &[u8]) -> Result<()> {
        self.sink.reserve(bytes.len())?.copy_from_slice(bytes);
        Ok(())
    }

    /// Write the bytes `fill` writes at the start of `N` bytes and counts, as they are: whole
    /// attributes (a nest of fixed-size attributes), 4-byte aligned. All of them, or nothing
    /// and an error when there is no room; in place when the sink has room for all `N` (see
    /// [`Sink::append_with`]).
    #[inline]
    pub fn put_with<const N: usize>(
        &mut self,
        fill: impl FnOnce(&mut [u8; N]) -> usize,
    ) -> Result<()> {
        self.sink.append_with(fill)
    }

    /// Write one attribute with type field `raw_kind` (flag bits included) and `payload`,
    /// padded to 4 bytes.
    pub fn put(&mut self, raw_kind: u16, payload: &[u8]) -> Result<()> {
        self.put_parts(raw_kind, &[payload])
    }

    /// Write one attribute whose payload is the concatenation of `parts` (a string and its
    /// terminator, say) without copying them together first.
    pub fn put_parts(&mut self, raw_kind: u16, parts: &[&[u8]]) -> Result<()> {
        let payload_len: usize = parts.iter().map(|p| p.len()).sum();
        if payload_len > MAX_PAYLOAD_LEN {
            return Err(Error::new(
                ErrorKind::TooLarge,
                self.sink.len(),
                "attribute payload longer than 65531 bytes",
            )
            .with_attr(raw_kind & attr::TYPE_MASK));
        }
        let len = attr::HEADER_LEN + payload_len;
        let buf = self.sink.reserve(align(len))?;
        let (hdr, rest) = buf.split_at_mut(attr::HEADER_LEN);
        let mut p = attr::Packet::new_unchecked(hdr);
        p.set_len(len as u16);
        p.set_raw_kind(raw_kind);
        let mut at = 0;
        for part in parts {
            rest[at..at + part.len()].copy_from_slice(part);
            at += part.len();
        }
        rest[at..].fill(0);
        Ok(())
    }

    /// A fixed-size attribute of at most 8 bytes: header and payload written as one small
    /// array whose size is known at compile time (the hot path of scalar encoding).
    #[inline]
    fn put_fixed<const N: usize>(&mut self, raw_kind: u16, v: [u8; N]) -> Result<()> {
        const { assert!(N <= 8) };
        let len = attr::HEADER_LEN + N;
        let total = align(len);
        let buf = self.sink.reserve(total)?;
        let mut tmp = [0u8; 12];
        tmp[0..2].copy_from_slice(&(len as u16).to_le_bytes());
        tmp[2..4].copy_from_slice(&raw_kind.to_le_bytes());
        tmp[4..4 + N].copy_from_slice(&v);
        buf.copy_from_slice(&tmp[..total]);
        Ok(())
    }

    fixed_putters! {
        put_u8: u8,
        put_u16: u16,
        put_u32: u32,
        put_u64: u64,
        put_i8: i8,
        put_i16: i16,
        put_i32: i32,
        put_i64: i64,
    }

    /// A flag attribute (no payload).
    #[inline]
    pub fn put_flag(&mut self, kind: u16) -> Result<()> {
        self.put(kind, &[])
    }
    /// A binary attribute.
    #[inline]
    pub fn put_bytes(&mut self, kind: u16, v: &[u8]) -> Result<()> {
        self.put(kind, v)
    }
    /// A NUL-terminated string attribute. Rejects strings with an embedded NUL, which the
    /// receiver could not read back.
    pub fn put_str(&mut self, kind: u16, v: &str) -> Result<()> {
        if v.as_bytes().contains(&0) {
            return Err(Error::new(
                ErrorKind::BadValue,
                self.sink.len(),
                "string has an embedded NUL",
            )
            .with_attr(kind & attr::TYPE_MASK));
        }
        self.put_parts(kind, &[v.as_bytes(), &[0]])
    }

    /// Open a nest: an attribute of type `kind | F_NESTED` whose payload is the attributes
    /// written until [`Builder::end_nest`].
    pub fn begin_nest(&mut self, kind: u16) -> Result<Nest> {
        let start = self.sink.len();
        let buf = self.sink.reserve(attr::HEADER_LEN)?;
        let mut p = attr::Packet::new_unchecked(buf);
        p.set_len(0);
        p.set_raw_kind(kind | F_NESTED);
        Ok(Nest(start))
    }

    /// Close a nest by patching its length. A nest over 64 KiB cannot be described: it is
    /// removed with everything in it and [`ErrorKind::TooLarge`] returned.
    pub fn end_nest(&mut self, n: Nest) -> Result<()> {
        let (len, buf) = self.close(
            n.0,
            u16::MAX as usize,
            "nest longer than an attribute length can describe",
        )?;
        attr::Packet::new_unchecked(buf).set_len(len as u16);
        Ok(())
    }

    /// Drop an open nest and everything written after it.
    pub fn cancel_nest(&mut self, n: Nest) {
        self.sink.truncate(n.0);
    }

    /// A whole NOOP message of exactly `len` bytes (at least a header, a multiple of 4), used
    /// to pad the tail of a ring so that no message wraps.
    pub fn noop(&mut self, len: usize) -> Result<()> {
        if len < header::HEADER_LEN || len % header::ALIGNTO != 0 || len > MAX_MESSAGE_LEN {
            return Err(Error::new(
                ErrorKind::BadLength,
                self.sink.len(),
                "NOOP padding must be a multiple of 4 bytes, from 16 to MAX_MESSAGE_LEN",
            ));
        }
        self.pad_to_alignment()?;
        let buf = self.sink.reserve(len)?;
        fill_noop(buf);
        Ok(())
    }
}

/// Fill `buf` with one NOOP message covering all of it (`buf.len()` must be at least
/// [`header::HEADER_LEN`]; the padding bytes are zeroed).
pub fn fill_noop(buf: &mut [u8]) {
    let len = buf.len();
    let (hdr, rest) = buf.split_at_mut(header::HEADER_LEN);
    header::Repr {
        message_type: MessageType::NOOP,
        flags: Flags(0),
        seq: 0,
        port: 0,
    }
    .emit(
        &mut header::Packet::new_unchecked(&mut *hdr),
        len - header::HEADER_LEN,
    );
    rest.fill(0);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Message;

    /// `put_with` keeps exactly the bytes `fill` counts in every sink: with room for all N
    /// (written in place), with room for the count only (the slice sink's fallback), and
    /// none (an error, nothing written).
    #[test]
    fn put_with_keeps_the_bytes_counted() {
        let src: [u8; 16] = core::array::from_fn(|i| i as u8 + 1);
        let fill = |n: usize| {
            move |buf: &mut [u8; 16]| {
                buf[..n].copy_from_slice(&src[..n]);
                n
            }
        };
        for room in [32usize, 16, 12, 11, 0] {
            let mut buf = [0xeeu8; 32];
            let mut b = Builder::new(SliceSink::new(&mut buf[..room]));
            b.put_u32(1, 5).ok();
            let before = b.len();
            let r = b.put_with(fill(4));
            match room {
                0 | 11 => {
                    assert!(r.is_err());
                    assert_eq!(b.len(), before);
                }
                _ => {
                    r.unwrap();
                    assert_eq!(b.len(), before + 4);
                    assert_eq!(&b.sink().written()[before..], &src[..4]);
                }
            }
        }
        #[cfg(feature = "alloc")]
        {
            let mut v = alloc::vec![9u8; 3];
            Builder::new(&mut v).put_with(fill(8)).unwrap();
            assert_eq!(v, [&[9u8, 9, 9][..], &src[..8]].concat());
            let mut v = bytes::BytesMut::from(&[9u8, 9][..]);
            Builder::new(&mut v).put_with(fill(12)).unwrap();
            assert_eq!(&v[..], &[&[9u8, 9][..], &src[..12]].concat()[..]);
        }
    }

    fn hdr(seq: u32) -> header::Repr {
        header::Repr {
            message_type: MessageType(0x20),
            flags: Flags::REQUEST,
            seq,
            port: 9,
        }
    }

    #[test]
    fn test_emit_bytes() {
        let mut buf = [0xa5u8; 64];
        let mut b = Builder::new(SliceSink::new(&mut buf));
        let m = b.begin_message(hdr(1)).unwrap();
        b.genl(genl::Repr { cmd: 4, version: 1 }).unwrap();
        b.put_u32(1, 7).unwrap();
        b.put_str(2, "ab").unwrap();
        let n = b.begin_nest(3).unwrap();
        b.put_flag(1).unwrap();
        b.end_nest(n).unwrap();
        assert_eq!(b.end_message(m).unwrap(), 44);
        let (buf, len) = b.into_inner().into_parts();
        assert_eq!(len, 44);
        #[rustfmt::skip]
        let expect: [u8; 44] = [
            44, 0, 0, 0, 0x20, 0, 1, 0, 1, 0, 0, 0, 9, 0, 0, 0,
            4, 1, 0, 0,
            8, 0, 1, 0, 7, 0, 0, 0,
            7, 0, 2, 0, b'a', b'b', 0, 0,
            8, 0, 3, 0x80, 4, 0, 1, 0,
        ];
        assert_eq!(&buf[..44], &expect);
        assert_eq!(buf[44], 0xa5, "nothing written past the message");
    }

    /// The worked example in docs/PROTOCOL.md §4, byte for byte.
    #[test]
    fn test_protocol_md_example() {
        let mut buf = [0u8; 28];
        let mut b = Builder::new(SliceSink::new(&mut buf));
        let m = b
            .begin_message(header::Repr {
                message_type: MessageType(0x120),
                flags: Flags::REQUEST,
                seq: 1,
                port: 1,
            })
            .unwrap();
        b.genl(genl::Repr { cmd: 4, version: 1 }).unwrap();
        b.put_u32(1, 3).unwrap();
        assert_eq!(b.end_message(m).unwrap(), 28);
        #[rustfmt::skip]
        assert_eq!(buf, [
            0x1c, 0, 0, 0, 0x20, 0x01, 0x01, 0, 0x01, 0, 0, 0, 0x01, 0, 0, 0,
            0x04, 0x01, 0, 0,
            0x08, 0, 0x01, 0, 0x03, 0, 0, 0,
        ]);
    }

    #[test]
    fn test_no_room_leaves_prefix_valid() {
        let mut buf = [0u8; 30];
        let mut b = Builder::new(SliceSink::new(&mut buf));
        let m = b.begin_message(hdr(1)).unwrap();
        b.put_u32(1, 1).unwrap();
        let e = b.put_u64(2, 2).unwrap_err();
        assert_eq!(e.kind(), ErrorKind::BufferTooSmall);
        assert_eq!(b.len(), 24);
        assert_eq!(b.end_message(m).unwrap(), 24);
        let (buf, len) = b.into_inner().into_parts();
        let msg = Message::parse(&buf[..len]).unwrap();
        assert_eq!(msg.attrs(0).check(), Ok(1));
    }

    #[test]
    fn test_too_large() {
        let mut v = std::vec::Vec::new();
        let mut b = Builder::new(&mut v);
        let m = b.begin_message(hdr(1)).unwrap();
        let n = b.begin_nest(1).unwrap();
        let big = [0u8; 40_000];
        b.put(2, &big).unwrap();
        b.put(2, &big).unwrap();
        assert_eq!(b.end_nest(n).unwrap_err().kind(), ErrorKind::TooLarge);
        assert_eq!(b.len(), 16, "the oversized nest was removed");
        assert_eq!(
            b.put(2, &[0u8; 70_000]).unwrap_err().kind(),
            ErrorKind::TooLarge
        );
        assert_eq!(
            b.put_str(2, "a\0b").unwrap_err().kind(),
            ErrorKind::BadValue
        );
        for _ in 0..2 {
            b.put(2, &[0u8; 40_000]).unwrap();
        }
        assert_eq!(b.end_message(m).unwrap_err().kind(), ErrorKind::TooLarge);
        assert!(b.is_empty());
    }

    #[test]
    fn test_noop_padding() {
        let mut buf = [0xa5u8; 40];
        let mut b = Builder::new(SliceSink::new(&mut buf));
        b.noop(24).unwrap();
        assert_eq!(b.noop(18).unwrap_err().kind(), ErrorKind::BadLength);
        assert_eq!(b.noop(8).unwrap_err().kind(), ErrorKind::BadLength);
        let (buf, len) = b.into_inner().into_parts();
        let m = Message::parse(&buf[..len]).unwrap();
        assert_eq!(m.header().message_type, MessageType::NOOP);
        assert_eq!(m.len(), 24);
    }

    #[test]
    fn test_bytes_mut_sink() {
        let mut b = Builder::new(bytes::BytesMut::new());
        let m = b.begin_message(hdr(3)).unwrap();
        b.put_i16(1, -1).unwrap();
        b.end_message(m).unwrap();
        // A second message starts aligned.
        let m = b.begin_message(hdr(4)).unwrap();
        assert_eq!(m.offset(), 24);
        b.cancel_message(m);
        assert_eq!(b.into_inner().len(), 24);
    }
}
