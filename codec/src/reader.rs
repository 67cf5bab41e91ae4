//! The nom parsers behind the views. Private: nothing of nom leaks through the public API.
//!
//! Each parser takes the bytes at some position and returns the decoded fields plus the rest,
//! or `None` when the input is too short. Callers turn `None` into an [`crate::Error`] because
//! only they know the offset and what was being read.

use nom::number::complete::{le_u16, le_u32, u8 as le_u8};
use nom::{IResult, Parser};

type R<'a, T> = IResult<&'a [u8], T, ()>;

/// The five fields of a netlink message header, in wire order.
#[derive(Debug, Clone, Copy)]
pub(crate) struct RawHeader {
    pub len: u32,
    pub kind: u16,
    pub flags: u16,
    pub seq: u32,
    pub port: u32,
}

fn nlmsghdr_fields(i: &[u8]) -> R<'_, RawHeader> {
    let (rest, (len, kind, flags, seq, port)) =
        (le_u32, le_u16, le_u16, le_u32, le_u32).parse(i)?;
    Ok((
        rest,
        RawHeader {
            len,
            kind,
            flags,
            seq,
            port,
        },
    ))
}

/// Message header (16 bytes), hand-written: it runs once per message on the host's hot
/// path, and nom's generic number parsers compile to byte loops here (measured: the
/// single-attribute decode benchmark spent a third of its time in them).
#[inline]
pub(crate) fn nlmsghdr(i: &[u8]) -> Option<(RawHeader, &[u8])> {
    let (h, rest) = i.split_first_chunk::<16>()?;
    let u32_at = |o: usize| u32::from_le_bytes([h[o], h[o + 1], h[o + 2], h[o + 3]]);
    let u16_at = |o: usize| u16::from_le_bytes([h[o], h[o + 1]]);
    Some((
        RawHeader {
            len: u32_at(0),
            kind: u16_at(4),
            flags: u16_at(6),
            seq: u32_at(8),
            port: u32_at(12),
        },
        rest,
    ))
}

/// Message header through nom, for the cold paths (ERROR messages).
#[inline]
pub(crate) fn nlmsghdr_nom(i: &[u8]) -> Option<(RawHeader, &[u8])> {
    nlmsghdr_fields(i).ok().map(|(rest, h)| (h, rest))
}

/// The three fields of a family header: cmd, version, reserved.
pub(crate) type RawGenl = (u8, u8, u16);

/// Generic netlink family header (4 bytes), with nom.
#[inline]
pub(crate) fn genlmsghdr(i: &[u8]) -> Option<(RawGenl, &[u8])> {
    (le_u8::<_, ()>, le_u8, le_u16)
        .parse(i)
        .ok()
        .map(|(rest, v)| (v, rest))
}

/// Attribute header (4 bytes): length, type.
///
/// This one is hand-written rather than a nom combinator: it runs once per attribute, and in
/// the decode benchmark nom's generic `Input::take_from` did not inline here (17% of decode
/// time under `perf`). `split_first_chunk` is just as bounds-checked.
#[inline(always)]
pub(crate) fn nlattr(i: &[u8]) -> Option<((u16, u16), &[u8])> {
    let (h, rest) = i.split_first_chunk::<4>()?;
    Some((
        (
            u16::from_le_bytes([h[0], h[1]]),
            u16::from_le_bytes([h[2], h[3]]),
        ),
        rest,
    ))
}

/// Exactly `n` bytes, split off the front (hand-written for the same reason as [`nlattr`]).
#[inline(always)]
pub(crate) fn bytes(i: &[u8], n: usize) -> Option<(&[u8], &[u8])> {
    i.split_at_checked(n)
}

/// A little-endian u32 (the ERROR message's status and the like).
#[inline]
pub(crate) fn u32_le(i: &[u8]) -> Option<(u32, &[u8])> {
    le_u32::<_, ()>(i).ok().map(|(rest, v)| (v, rest))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_inputs_are_none() {
        assert!(nlmsghdr(&[0; 15]).is_none());
        assert!(genlmsghdr(&[0; 3]).is_none());
        assert!(nlattr(&[0; 3]).is_none());
        assert!(bytes(&[0; 3], 4).is_none());
        assert!(u32_le(&[1, 2, 3]).is_none());
    }

    #[test]
    fn fields_are_little_endian() {
        let b = [
            0x14, 0, 0, 0, 0x10, 0, 0x05, 0, 1, 0, 0, 0, 0x39, 0x30, 0, 0, 0xaa,
        ];
        let (h, rest) = nlmsghdr(&b).unwrap();
        assert_eq!(
            (h.len, h.kind, h.flags, h.seq, h.port),
            (20, 16, 5, 1, 12345)
        );
        assert_eq!(rest, &[0xaa]);
        let ((len, kind), _) = nlattr(&[8, 0, 2, 0x80]).unwrap();
        assert_eq!((len, kind), (8, 0x8002));
    }
}
