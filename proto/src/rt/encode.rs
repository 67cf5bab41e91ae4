//! Encode helpers.

#[allow(unused_imports)]
use super::*;

/// Write an attribute.
#[inline]
pub fn put<'a, T: Elem<'a>, S: Sink>(b: &mut Builder<S>, raw_kind: u16, v: &T) -> Result<()> {
    v.put_attr(b, raw_kind)
}

/// Write an attribute if present.
#[inline]
pub fn put_opt<'a, T: Elem<'a>, S: Sink>(
    b: &mut Builder<S>,
    raw_kind: u16,
    v: &Option<T>,
) -> Result<()> {
    match v {
        Some(v) => v.put_attr(b, raw_kind),
        None => Ok(()),
    }
}

/// Write an attribute unless it equals its default: the receiver fills the default, and an
/// older receiver is not sent an attribute it may not know (and, if must-understand, would
/// reject) when the value changes nothing.
#[inline]
pub fn put_def<'a, T: Elem<'a> + PartialEq, S: Sink>(
    b: &mut Builder<S>,
    raw_kind: u16,
    v: &T,
    default: T,
) -> Result<()> {
    if *v == default {
        Ok(())
    } else {
        v.put_attr(b, raw_kind)
    }
}

/// Write a flag attribute when set.
#[inline]
pub fn put_flag<S: Sink>(b: &mut Builder<S>, raw_kind: u16, v: bool) -> Result<()> {
    v.put(b, raw_kind)
}

/// A nest of fixed-size attributes built on the stack and appended with one write: what the
/// generated `put_attr` of a nested set whose attributes are all integers or flags (a batch
/// entry, a batch result) uses instead of a `begin_nest`, a `put` per attribute and an
/// `end_nest`, each of which reserves room in the sink. The bytes are those the
/// attribute-by-attribute path writes (the tests compare them).
///
/// `N` (from the generator) holds the nest header, every attribute at its largest, and 4
/// bytes of slack for [`FixedNest::int`]'s 8-byte store.
pub struct FixedNest<const N: usize> {
    buf: [u8; N],
    len: usize,
}

impl<const N: usize> Default for FixedNest<N> {
    #[inline(always)]
    fn default() -> Self {
        Self::new()
    }
}

impl<const N: usize> FixedNest<N> {
    /// An empty nest (its header is written by [`FixedNest::finish`]).
    #[inline(always)]
    pub fn new() -> Self {
        const { assert!(N >= 16) };
        FixedNest {
            buf: [0; N],
            len: hvlink_codec::attr::HEADER_LEN,
        }
    }

    /// An integer attribute: `header` is its whole header as a little-endian `u32` (length
    /// in the low half, type field in the high half), `size` (1, 2, 4 or 8) its payload size
    /// and `v` its value, zero- or sign-extended ([`Scalar::to_reg`]); the bytes past
    /// `size` up to the 4-byte boundary are zero.
    #[inline(always)]
    pub fn int(&mut self, header: u32, size: usize, v: u64) {
        let mask = if size >= 8 {
            u64::MAX
        } else {
            (1u64 << (size * 8)) - 1
        };
        let at = self.len;
        // (Indexing checks stay: N is only a bound the generator computed.)
        self.buf[at..at + 4].copy_from_slice(&header.to_le_bytes());
        self.buf[at + 4..at + 12].copy_from_slice(&(v & mask).to_le_bytes());
        self.len = at + 4 + header::align(size);
    }

    /// A flag attribute (its header only).
    #[inline(always)]
    pub fn flag(&mut self, header: u32) {
        let at = self.len;
        self.buf[at..at + 4].copy_from_slice(&header.to_le_bytes());
        self.len = at + 4;
    }

    /// Append the nest, of type field `raw_kind` (the nested flag is added), to `b`: all of
    /// it, or nothing when there is no room.
    #[inline(always)]
    pub fn finish<S: Sink>(mut self, b: &mut Builder<S>, raw_kind: u16) -> Result<()> {
        let len = self.len;
        self.buf[0..2].copy_from_slice(&(len as u16).to_le_bytes());
        self.buf[2..4].copy_from_slice(&(raw_kind | hvlink_codec::attr::F_NESTED).to_le_bytes());
        b.put_raw_prefix(&self.buf, len)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every width, signed and unsigned, and a flag: the bytes of the `put_*` methods.
    #[test]
    fn fixed_nest_writes_what_the_builder_writes() {
        let mut slow = [0u8; 80];
        let mut b = Builder::new(hvlink_codec::SliceSink::new(&mut slow));
        let n = b.begin_nest(0x4009).unwrap();
        b.put_u8(1, 0xab).unwrap();
        b.put_i8(2, -2).unwrap();
        b.put_flag(3).unwrap();
        b.put_i16(4, -300).unwrap();
        b.put_u32(0x4005, 0xdead_beef).unwrap();
        b.put_i32(6, -7).unwrap();
        b.put_u64(7, 0x0123_4567_89ab_cdef).unwrap();
        b.put_i64(8, -9).unwrap();
        b.end_nest(n).unwrap();
        let slow_len = b.len();
        let mut w = FixedNest::<80>::new();
        w.int(0x0001_0005, 1, 0xab);
        w.int(0x0002_0005, 1, (-2i8).to_reg());
        w.flag(0x0003_0004);
        w.int(0x0004_0006, 2, (-300i16).to_reg());
        w.int(0x4005_0008, 4, 0xdead_beef);
        w.int(0x0006_0008, 4, (-7i32).to_reg());
        w.int(0x0007_000c, 8, 0x0123_4567_89ab_cdef);
        w.int(0x0008_000c, 8, (-9i64).to_reg());
        let mut fast = [0u8; 80];
        let mut b = Builder::new(hvlink_codec::SliceSink::new(&mut fast));
        w.finish(&mut b, 0x4009).unwrap();
        assert_eq!(b.len(), slow_len);
        assert_eq!(fast, slow);
    }
}
