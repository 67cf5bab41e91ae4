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

/// A nest of fixed-size attributes written with one reservation: what the generated
/// `put_attr` of a nested set whose attributes are all integers or flags (a batch entry, a
/// batch result) uses instead of a `begin_nest`, a `put` per attribute and an `end_nest`,
/// each of which reserves room in the sink. [`FixedNest::put`] writes it straight into the
/// sink when there is room for `N` bytes ([`Builder::put_with`]): built on the stack and
/// copied, the copy's wide loads stalled on the narrow stores still in flight (half of a
/// 512-result reply's encoding time, by `perf`). The bytes are those the
/// attribute-by-attribute path writes (the tests compare them).
///
/// `N` (from the generator) holds the nest header, every attribute at its largest, and 4
/// bytes of slack for [`FixedNest::int`]'s 8-byte store.
pub struct FixedNest<'a, const N: usize> {
    buf: &'a mut [u8; N],
    len: usize,
}

impl<const N: usize> FixedNest<'_, N> {
    /// Write one nest of type field `raw_kind` (the nested flag is added) whose attributes
    /// `fill` adds: all of it, or nothing and an error when there is no room.
    #[inline(always)]
    pub fn put<S: Sink>(
        b: &mut Builder<S>,
        raw_kind: u16,
        fill: impl FnOnce(&mut FixedNest<'_, N>),
    ) -> Result<()> {
        const { assert!(N >= 16) };
        b.put_with::<N>(|buf| {
            let mut w = FixedNest {
                buf,
                len: hvlink_codec::attr::HEADER_LEN,
            };
            fill(&mut w);
            let len = w.len;
            let kind = raw_kind | hvlink_codec::attr::F_NESTED;
            let header = (len as u32) | (u32::from(kind) << 16);
            w.buf[0..4].copy_from_slice(&header.to_le_bytes());
            len
        })
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
        let fill = |w: &mut FixedNest<'_, 80>| {
            w.int(0x0001_0005, 1, 0xab);
            w.int(0x0002_0005, 1, (-2i8).to_reg());
            w.flag(0x0003_0004);
            w.int(0x0004_0006, 2, (-300i16).to_reg());
            w.int(0x4005_0008, 4, 0xdead_beef);
            w.int(0x0006_0008, 4, (-7i32).to_reg());
            w.int(0x0007_000c, 8, 0x0123_4567_89ab_cdef);
            w.int(0x0008_000c, 8, (-9i64).to_reg());
        };
        // In place (room for all 80 bytes), and built apart and copied (room for the nest's
        // bytes only): the same bytes, and nothing past them.
        // The sink's memory is dirty: every byte the nest has must be written (its padding
        // too), whatever was there.
        for room in [80, slow_len] {
            let mut fast = [0xaau8; 80];
            let mut b = Builder::new(hvlink_codec::SliceSink::new(&mut fast[..room]));
            FixedNest::put(&mut b, 0x4009, fill).unwrap();
            assert_eq!(b.len(), slow_len);
            assert_eq!(fast[..slow_len], slow[..slow_len], "room {room}");
        }
        // No room for the nest: nothing written.
        let mut short = [0xaau8; 80];
        let mut sink = hvlink_codec::SliceSink::new(&mut short[..slow_len - 1]);
        assert!(FixedNest::put(&mut Builder::new(&mut sink), 0x4009, fill).is_err());
        assert_eq!(sink.written().len(), 0);
    }
}
