//! The small generic runtime the generated code stands on.
//!
//! The generator emits data (policy tables, descriptors, register maps) and thin per-type
//! glue; everything generic lives here once, so that the generated code for the 71 ops stays
//! small and compiles quickly. The exception is decoding, the host's hottest path: each set's
//! `decode_at` is its own specialised loop (a `match` on the attribute type, the encoder's
//! order tried first), built from the per-attribute helpers below ([`Walk`], [`int`],
//! [`check_mask`], …), with the same checks, order and errors as the table-driven walk of
//! its policy (which the policy tables still describe, for introspection; a generated test
//! holds the two together).
//!
//! Contract: nothing here panics on any input; decoding borrows from the input and allocates
//! nothing; errors are the codec's [`Error`] (on a ring) or an [`Errno`] (on the register
//! path, where there is no extended ack).

use core::fmt;
use core::marker::PhantomData;

use hvlink_codec::attr::{Attr, Attrs};
use hvlink_codec::builder::{Builder, Sink};
use hvlink_codec::policy::{self, AttrPolicy, Options, Policy, Values};
use hvlink_codec::{genl, header, Error, ErrorKind, Flags, MessageType, Result};

use crate::Errno;

/// The FastABI bit: a register call puts `family id | FASTABI_BIT` in rax.
pub const FASTABI_BIT: u64 = 0x4000_0000;

/// DOMID_SELF: the calling domain.
pub const DOMID_SELF: u16 = 0x7FF0;

// ---------------------------------------------------------------------------------------------
// Scalars and elements
// ---------------------------------------------------------------------------------------------

/// A value that fits one scalar attribute and one register: the integer types, `bool` (a
/// `flag` attribute) and the generated definition newtypes.
pub trait Scalar: Copy + PartialEq {
    /// Read from an attribute whose size was checked by the policy.
    fn get(a: &Attr<'_>) -> Result<Self>;
    /// Write as an attribute of type field `raw_kind` (a `false` flag writes nothing).
    fn put<S: Sink>(self, b: &mut Builder<S>, raw_kind: u16) -> Result<()>;
    /// The register encoding: zero-extended (unsigned), sign-extended (signed), 0/1 (flag).
    fn to_reg(self) -> u64;
    /// Back from a register; `None` when the bits above the width are not the zero or sign
    /// extension (or a flag register is neither 0 nor 1).
    fn from_reg(raw: u64) -> Option<Self>;
    /// The value as a wide integer, for range checks.
    fn to_i128(self) -> i128;
}

macro_rules! int_scalar {
    ($($t:ty, $get:ident, $put:ident, $ext:ty;)*) => {$(
        impl Scalar for $t {
            #[inline]
            fn get(a: &Attr<'_>) -> Result<Self> {
                a.$get()
            }
            #[inline]
            fn put<S: Sink>(self, b: &mut Builder<S>, raw_kind: u16) -> Result<()> {
                b.$put(raw_kind, self)
            }
            #[inline]
            fn to_reg(self) -> u64 {
                self as $ext as u64
            }
            #[inline]
            fn from_reg(raw: u64) -> Option<Self> {
                <$t>::try_from(raw as $ext).ok()
            }
            #[inline]
            fn to_i128(self) -> i128 {
                self as i128
            }
        }
        impl<'a> Elem<'a> for $t {
            #[inline]
            fn from_attr(a: &Attr<'a>) -> Result<Self> {
                a.$get()
            }
            #[inline]
            fn put_attr<S: Sink>(&self, b: &mut Builder<S>, raw_kind: u16) -> Result<()> {
                b.$put(raw_kind, *self)
            }
        }
    )*};
}

int_scalar! {
    u8, u8, put_u8, u64;
    u16, u16, put_u16, u64;
    u32, u32, put_u32, u64;
    u64, u64, put_u64, u64;
    i8, i8, put_i8, i64;
    i16, i16, put_i16, i64;
    i32, i32, put_i32, i64;
    i64, i64, put_i64, i64;
}

impl Scalar for bool {
    #[inline]
    fn get(a: &Attr<'_>) -> Result<Self> {
        a.flag().map(|()| true)
    }
    #[inline]
    fn put<S: Sink>(self, b: &mut Builder<S>, raw_kind: u16) -> Result<()> {
        if self {
            b.put_flag(raw_kind)
        } else {
            Ok(())
        }
    }
    #[inline]
    fn to_reg(self) -> u64 {
        self as u64
    }
    #[inline]
    fn from_reg(raw: u64) -> Option<Self> {
        match raw {
            0 => Some(false),
            1 => Some(true),
            _ => None,
        }
    }
    #[inline]
    fn to_i128(self) -> i128 {
        self as i128
    }
}

impl<'a> Elem<'a> for bool {
    #[inline]
    fn from_attr(a: &Attr<'a>) -> Result<Self> {
        <bool as Scalar>::get(a)
    }
    #[inline]
    fn put_attr<S: Sink>(&self, b: &mut Builder<S>, raw_kind: u16) -> Result<()> {
        <bool as Scalar>::put(*self, b, raw_kind)
    }
}

/// Implements [`Scalar`] and [`Elem`] for a generated definition newtype over an integer.
#[doc(hidden)]
#[macro_export]
macro_rules! __scalar_newtype {
    ($name:ident, $inner:ty) => {
        impl $crate::rt::Scalar for $name {
            #[inline]
            fn get(a: &$crate::codec::Attr<'_>) -> $crate::codec::Result<Self> {
                <$inner as $crate::rt::Scalar>::get(a).map($name)
            }
            #[inline]
            fn put<S: $crate::codec::Sink>(
                self,
                b: &mut $crate::codec::Builder<S>,
                raw_kind: u16,
            ) -> $crate::codec::Result<()> {
                <$inner as $crate::rt::Scalar>::put(self.0, b, raw_kind)
            }
            #[inline]
            fn to_reg(self) -> u64 {
                <$inner as $crate::rt::Scalar>::to_reg(self.0)
            }
            #[inline]
            fn from_reg(raw: u64) -> Option<Self> {
                <$inner as $crate::rt::Scalar>::from_reg(raw).map($name)
            }
            #[inline]
            fn to_i128(self) -> i128 {
                self.0 as i128
            }
        }
        impl<'a> $crate::rt::Elem<'a> for $name {
            #[inline]
            fn from_attr(a: &$crate::codec::Attr<'a>) -> $crate::codec::Result<Self> {
                <$inner as $crate::rt::Scalar>::get(a).map($name)
            }
            #[inline]
            fn put_attr<S: $crate::codec::Sink>(
                &self,
                b: &mut $crate::codec::Builder<S>,
                raw_kind: u16,
            ) -> $crate::codec::Result<()> {
                <$inner as $crate::rt::Scalar>::put(self.0, b, raw_kind)
            }
        }
    };
}

impl<'a> Elem<'a> for &'a str {
    #[inline]
    fn from_attr(a: &Attr<'a>) -> Result<Self> {
        a.str()
    }
    #[inline]
    fn put_attr<S: Sink>(&self, b: &mut Builder<S>, raw_kind: u16) -> Result<()> {
        b.put_str(raw_kind, self)
    }
}

impl<'a> Elem<'a> for &'a [u8] {
    #[inline]
    fn from_attr(a: &Attr<'a>) -> Result<Self> {
        Ok(a.bytes())
    }
    #[inline]
    fn put_attr<S: Sink>(&self, b: &mut Builder<S>, raw_kind: u16) -> Result<()> {
        b.put_bytes(raw_kind, self)
    }
}

/// One occurrence of an attribute: a scalar, or a nested attribute set.
pub trait Elem<'a>: Copy {
    /// Decode (and for a nest, validate) one attribute.
    fn from_attr(a: &Attr<'a>) -> Result<Self>;
    /// Read an attribute that [`Elem::from_attr`] accepted before (iterating a decoded
    /// [`List`]): the same value; `None` if it is not such an attribute.
    #[doc(hidden)]
    #[inline]
    fn from_valid(a: &Attr<'a>) -> Option<Self> {
        Self::from_attr(a).ok()
    }
    /// Encode as one attribute of type field `raw_kind`.
    fn put_attr<S: Sink>(&self, b: &mut Builder<S>, raw_kind: u16) -> Result<()>;
}

/// An attribute set (the top level of a request or reply, or the payload of a nest): the
/// generated structs implement it.
pub trait AttrSet<'a>: Sized + Copy {
    /// What the spec says about the set.
    const DESC: &'static SetDesc;

    /// Validate and decode in one pass. `container` is the offset reported for a missing
    /// attribute (the enclosing nest header, or the start of the attributes).
    fn decode_at(attrs: Attrs<'a>, container: usize) -> Result<Self>;

    /// Read attributes that [`AttrSet::decode_at`] accepted before (what iterating a
    /// decoded [`List`] of nests does): the same value, without the checks that cannot fail
    /// on such bytes. `None` if the bytes are not such (then a list's iteration ends).
    #[doc(hidden)]
    #[inline]
    fn decode_valid(attrs: Attrs<'a>) -> Option<Self> {
        Self::decode(attrs).ok()
    }

    /// Write the attributes (not the headers; see [`Op::write_request`]).
    fn encode<S: Sink>(&self, b: &mut Builder<S>) -> Result<()>;

    /// Validate and decode the attributes of a message or nest: policy (types, sizes,
    /// ranges, required, duplicates, must-understand), forms, `when` conditions and closed
    /// enums, in one pass. Absent optional attributes get their spec default.
    fn decode(attrs: Attrs<'a>) -> Result<Self> {
        let container = attrs.offset();
        Self::decode_at(attrs, container)
    }
}

/// Decode a nested attribute set as one element (what the generated `Elem` impls call).
#[inline]
pub fn nest_from_attr<'a, T: AttrSet<'a>>(a: &Attr<'a>) -> Result<T> {
    T::decode_at(a.nested(), a.offset() as usize)
}

/// Encode a nested attribute set as one attribute.
#[inline]
pub fn nest_put<'a, T: AttrSet<'a>, S: Sink>(
    v: &T,
    b: &mut Builder<S>,
    raw_kind: u16,
) -> Result<()> {
    let n = b.begin_nest(raw_kind)?;
    match v.encode(b) {
        Ok(()) => b.end_nest(n),
        Err(e) => {
            b.cancel_nest(n);
            Err(e)
        }
    }
}

/// The request or reply of an op that has none: any attribute is unknown (ignored, or
/// rejected when must-understand).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Empty;

static EMPTY_POLICY: Policy = Policy::new("empty", &[]);

/// Descriptor of [`Empty`].
pub static EMPTY_SET: SetDesc = SetDesc {
    name: "empty",
    doc: "No attributes.",
    policy: &EMPTY_POLICY,
    attrs: &[],
    forms: &[],
};

impl<'a> AttrSet<'a> for Empty {
    const DESC: &'static SetDesc = &EMPTY_SET;
    fn decode_at(attrs: Attrs<'a>, _container: usize) -> Result<Self> {
        // Every attribute is unknown: counted, and ignored unless must-understand.
        let mut walk = Walk::new(&attrs);
        let mut count = 0u32;
        while let Some(a) = walk.next()? {
            count += 1;
            if count > EMPTY_POLICY.max_attrs {
                return Err(too_many(a));
            }
            unknown(&a)?;
        }
        Ok(Empty)
    }
    fn encode<S: Sink>(&self, _b: &mut Builder<S>) -> Result<()> {
        Ok(())
    }
}

// ---------------------------------------------------------------------------------------------
// Repeated attributes
// ---------------------------------------------------------------------------------------------

/// The occurrences of a repeated attribute: a caller's slice when encoding, or a lazy view
/// of the received message when decoding (validated by the decoder before it returned, so
/// iterating cannot fail). `Copy`, borrowing, allocation-free.
pub struct List<'a, T> {
    repr: ListRepr<'a>,
    slice: &'a [T],
    one: Option<T>,
    _t: PhantomData<T>,
}

#[derive(Clone, Copy)]
enum ListRepr<'a> {
    Slice,
    One,
    Wire {
        data: &'a [u8],
        offset: usize,
        kind: u16,
        count: u32,
        skip: u32,
    },
}

impl<T: Copy> Clone for List<'_, T> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<T: Copy> Copy for List<'_, T> {}

impl<T> Default for List<'_, T> {
    fn default() -> Self {
        List::new(&[])
    }
}

impl<'a, T> List<'a, T> {
    /// The elements of `slice`, to encode.
    pub const fn new(slice: &'a [T]) -> Self {
        List {
            repr: ListRepr::Slice,
            slice,
            one: None,
            _t: PhantomData,
        }
    }

    /// A list of exactly one element, held inline (a repeated attribute carried by one
    /// register).
    pub const fn one(v: T) -> Self {
        List {
            repr: ListRepr::One,
            slice: &[],
            one: Some(v),
            _t: PhantomData,
        }
    }

    /// The `count` attributes of type `kind` in `attrs` (which the decoder validated).
    #[doc(hidden)]
    pub fn wire(attrs: &Attrs<'a>, kind: u16, count: u32) -> Self {
        List {
            repr: ListRepr::Wire {
                data: attrs.remaining(),
                offset: attrs.offset(),
                kind,
                count,
                skip: 0,
            },
            slice: &[],
            one: None,
            _t: PhantomData,
        }
    }

    /// Number of elements.
    pub fn len(&self) -> usize {
        match self.repr {
            ListRepr::Slice => self.slice.len(),
            ListRepr::One => 1,
            ListRepr::Wire { count, .. } => count as usize,
        }
    }

    /// No elements.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The elements `start .. start + max` (clipped to the list), as a list of their own —
    /// how the host runs a big batch in slices.
    pub fn window(&self, start: u32, max: u32) -> Self
    where
        T: Copy,
    {
        let len = self.len() as u64;
        let from = (start as u64).min(len);
        let to = from.saturating_add(max as u64).min(len);
        let n = (to - from) as usize;
        let mut out = *self;
        match &mut out.repr {
            ListRepr::Slice => out.slice = &self.slice[from as usize..from as usize + n],
            ListRepr::One => {
                if n == 0 {
                    out = List::new(&[]);
                }
            }
            ListRepr::Wire { count, skip, .. } => {
                *skip += from as u32;
                *count = n as u32;
            }
        }
        out
    }
}

impl<'a, T: Elem<'a>> List<'a, T> {
    /// The elements, in order.
    #[inline]
    pub fn iter(&self) -> ListIter<'a, T> {
        match self.repr {
            ListRepr::Slice => ListIter {
                slice: self.slice.iter(),
                one: None,
                wire: None,
                left: self.slice.len(),
                skip: 0,
            },
            ListRepr::One => ListIter {
                slice: [].iter(),
                one: self.one,
                wire: None,
                left: 1,
                skip: 0,
            },
            ListRepr::Wire {
                data,
                offset,
                kind,
                count,
                skip,
            } => ListIter {
                slice: [].iter(),
                one: None,
                wire: Some((Walk::at(data, offset), kind)),
                left: count as usize,
                skip,
            },
        }
    }

    /// Encode every element as one attribute of type field `raw_kind`.
    pub fn put<S: Sink>(&self, b: &mut Builder<S>, raw_kind: u16) -> Result<()> {
        for v in self.iter() {
            v.put_attr(b, raw_kind)?;
        }
        Ok(())
    }
}

impl<'a, T: Elem<'a>> IntoIterator for List<'a, T> {
    type Item = T;
    type IntoIter = ListIter<'a, T>;
    #[inline]
    fn into_iter(self) -> ListIter<'a, T> {
        self.iter()
    }
}

impl<'a, T: Elem<'a> + PartialEq> PartialEq for List<'a, T> {
    fn eq(&self, other: &Self) -> bool {
        self.len() == other.len() && self.iter().eq(other.iter())
    }
}

impl<'a, T: Elem<'a> + fmt::Debug> fmt::Debug for List<'a, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.iter()).finish()
    }
}

/// Iterator over a [`List`].
pub struct ListIter<'a, T> {
    slice: core::slice::Iter<'a, T>,
    one: Option<T>,
    wire: Option<(Walk<'a>, u16)>,
    left: usize,
    skip: u32,
}

impl<'a, T: Elem<'a>> Iterator for ListIter<'a, T> {
    type Item = T;
    #[inline]
    fn next(&mut self) -> Option<T> {
        if self.left == 0 {
            return None;
        }
        if let Some(v) = self.one.take() {
            self.left = 0;
            return Some(v);
        }
        let Some((walk, kind)) = &mut self.wire else {
            self.left -= 1;
            return self.slice.next().copied();
        };
        // Invariant: the decoder validated these exact bytes with the same functions before
        // it handed out the list, so neither step can fail. Should one ever fail, the
        // iteration ends rather than inventing a value.
        while let Ok(Some(a)) = walk.next() {
            if a.kind() != *kind {
                continue;
            }
            if self.skip > 0 {
                self.skip -= 1;
                continue;
            }
            let v = T::from_valid(&a);
            self.left = if v.is_some() { self.left - 1 } else { 0 };
            return v;
        }
        self.left = 0;
        None
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        (0, Some(self.left))
    }
}

// ---------------------------------------------------------------------------------------------
// Decode helpers
// ---------------------------------------------------------------------------------------------

// The generated decoders are specialised per attribute set: a `match` on the attribute type
// over the raw headers of one level ([`Walk`]), each arm doing its own checks (duplicates by a
// bit in a local mask, the exact payload size, values, closed enums), the required attributes
// checked by one mask compare at the end. The checks, their order and their errors are those of
// `hvlink_codec::policy::visit_level` in lenient mode followed by the per-attribute work of the
// old table-driven glue ([`visit`]): which error a message gets does not depend on the path.
// The helpers below are that per-attribute vocabulary; everything on an error path is cold.

/// The attributes of one level, walked header by header (what the generated decoders loop
/// over). Framing errors are those of [`Attrs`]; an [`Attrs::failed`] container walks as
/// empty, as `policy::visit_level` treats it.
#[derive(Clone, Copy)]
pub struct Walk<'a> {
    rest: &'a [u8],
    /// Offset (from the message start) of the end of the level: the next attribute sits at
    /// `end - rest.len()` (computed where needed rather than kept up to date).
    end: usize,
}

impl<'a> Walk<'a> {
    /// Walk the attributes `attrs` has left.
    #[inline(always)]
    pub fn new(attrs: &Attrs<'a>) -> Self {
        Walk::at(attrs.remaining(), attrs.offset())
    }

    #[inline(always)]
    fn at(rest: &'a [u8], offset: usize) -> Self {
        Walk {
            rest,
            end: offset.wrapping_add(rest.len()),
        }
    }

    /// The next attribute, `None` at the end, or the framing error of a malformed one (after
    /// which the walk must not be continued).
    #[allow(clippy::should_implement_trait)]
    #[inline(always)]
    pub fn next(&mut self) -> Result<Option<Attr<'a>>> {
        let rest = self.rest;
        if rest.is_empty() {
            return Ok(None);
        }
        let offset = self.end.wrapping_sub(rest.len());
        let Some((hdr, after)) = rest.split_first_chunk::<{ hvlink_codec::attr::HEADER_LEN }>()
        else {
            return Err(frame_error(rest, offset));
        };
        let len = u16::from_le_bytes([hdr[0], hdr[1]]) as usize;
        let raw_kind = u16::from_le_bytes([hdr[2], hdr[3]]);
        // One compare for both "shorter than its header" (the subtraction wraps to a huge
        // length) and "runs past its container".
        let Some(payload) = after.get(..len.wrapping_sub(hvlink_codec::attr::HEADER_LEN)) else {
            return Err(frame_error(rest, offset));
        };
        let a = Attr::new(raw_kind, offset as u32, payload);
        // The last attribute may omit its padding.
        let step = header::align(len).min(rest.len());
        self.rest = rest.get(step..).unwrap_or(&[]);
        Ok(Some(a))
    }

    /// The next attribute if its header is exactly `header` (a little-endian `u32`: length
    /// in the low half, type field in the high half) and its payload is there; the walk does
    /// not move otherwise. What the generated decoders try first, in the order their encoder
    /// writes: one compare stands for the type, flag and size checks of a fixed-size
    /// attribute, and the attribute is then the one [`Walk::next`] would have returned.
    #[inline(always)]
    pub fn expect(&mut self, header: u32) -> Option<Attr<'a>> {
        let rest = self.rest;
        let (hdr, after) = rest.split_first_chunk::<{ hvlink_codec::attr::HEADER_LEN }>()?;
        if u32::from_le_bytes(*hdr) != header {
            return None;
        }
        let len = (header & 0xffff) as usize;
        let payload = after.get(..len.wrapping_sub(hvlink_codec::attr::HEADER_LEN))?;
        let offset = self.end.wrapping_sub(rest.len());
        let step = header::align(len).min(rest.len());
        self.rest = rest.get(step..).unwrap_or(&[]);
        Some(Attr::new((header >> 16) as u16, offset as u32, payload))
    }
}

/// The framing error `Attrs` reports for the attribute at the start of `rest`.
#[cold]
#[inline(never)]
fn frame_error(rest: &[u8], offset: usize) -> Error {
    match Attrs::new(rest, offset).next() {
        Some(Err(e)) => e,
        // Unreachable: only called for a malformed attribute.
        _ => Error::new(ErrorKind::BadLength, offset, "malformed attribute"),
    }
}

/// A fixed-size integer as the wire carries it (little-endian, exact size).
pub trait WireInt: Copy {
    /// The value of a payload of exactly the type's size.
    fn from_payload(p: &[u8]) -> Option<Self>;
}

macro_rules! wire_int {
    ($($t:ty),*) => {$(
        impl WireInt for $t {
            #[inline(always)]
            fn from_payload(p: &[u8]) -> Option<Self> {
                match <[u8; core::mem::size_of::<$t>()]>::try_from(p) {
                    Ok(b) => Some(<$t>::from_le_bytes(b)),
                    Err(_) => None,
                }
            }
        }
    )*};
}

wire_int!(u8, u16, u32, u64, i8, i16, i32, i64);

/// An integer attribute: exactly its type's size, without the nested flag.
#[inline(always)]
pub fn int<T: WireInt>(a: &Attr<'_>) -> Result<T> {
    match T::from_payload(a.payload()) {
        Some(v) if !a.is_nested() => Ok(v),
        Some(_) => Err(not_nested(*a)),
        None => Err(bad_size(*a)),
    }
}

/// A flag attribute: no payload. Present means `true`.
#[inline(always)]
pub fn flag(a: &Attr<'_>) -> Result<bool> {
    if a.payload().is_empty() {
        Ok(true)
    } else {
        Err(flag_payload(*a))
    }
}

/// A binary attribute of `min..=max` bytes.
#[inline(always)]
pub fn binary<'a>(a: &Attr<'a>, min: u16, max: u16) -> Result<&'a [u8]> {
    let p = a.payload();
    if p.len() < min as usize || p.len() > max as usize {
        return Err(binary_len(*a));
    }
    Ok(p)
}

/// A string attribute: NUL-terminated without an inner NUL, `min..=max` bytes before the NUL,
/// UTF-8.
#[inline]
pub fn string<'a>(a: &Attr<'a>, min: u16, max: u16) -> Result<&'a str> {
    let s = a.cstr()?;
    if s.len() < min as usize || s.len() > max as usize {
        return Err(string_len(*a));
    }
    // What `Attr::str` says, without finding the NUL again.
    core::str::from_utf8(s).map_err(|_| a.error(ErrorKind::BadValue, "string is not UTF-8"))
}

/// A flags value: no bits outside `mask` (and not negative).
#[inline(always)]
pub fn check_mask(a: &Attr<'_>, v: i128, mask: u64) -> Result<()> {
    if v >= 0 && (v as u64) & !mask == 0 {
        Ok(())
    } else {
        Err(bad_flags(*a))
    }
}

/// A value within `min..=max`.
#[inline(always)]
pub fn check_range(a: &Attr<'_>, v: i128, min: i128, max: i128) -> Result<()> {
    if v >= min && v <= max {
        Ok(())
    } else {
        Err(out_of_range(*a))
    }
}

/// An error about the attribute at `offset` of type field `raw_kind`: what
/// [`Attr::error`] builds, from the two fields it needs (so that the hot loops keep no
/// [`Attr`] in memory for their error paths).
#[cold]
#[inline(never)]
fn attr_error(kind: ErrorKind, msg: &'static str, offset: u32, raw_kind: u16) -> Error {
    Error::new(kind, offset as usize, msg).with_attr(raw_kind & hvlink_codec::attr::TYPE_MASK)
}

macro_rules! attr_errors {
    ($($(#[$m:meta])* $vis:vis $name:ident: $kind:ident, $msg:literal;)*) => {$(
        $(#[$m])*
        #[inline(always)]
        $vis fn $name(a: Attr<'_>) -> Error {
            attr_error(ErrorKind::$kind, $msg, a.offset(), a.raw_kind())
        }
    )*};
}

attr_errors! {
    /// Wrong payload size for an integer attribute.
    pub bad_size: BadSize, "attribute payload has the wrong size for its type";
    /// The nested flag on a scalar attribute.
    pub not_nested: NotNested, "scalar attribute has the nested flag";
    flag_payload: BadSize, "flag attribute has a payload";
    binary_len: BadSize, "binary length out of bounds";
    string_len: BadSize, "string length out of bounds";
    bad_flags: BadValue, "unknown flag bits set";
    out_of_range: BadValue, "value out of range";
    /// A value that is not an entry of its closed enum.
    pub not_member: BadValue, "value is not an entry of its closed enum";
    /// A second occurrence of an attribute that does not repeat.
    pub duplicate: Duplicate, "attribute appears more than once";
    /// One attribute more than the set allows.
    pub too_many: LimitExceeded, "more attributes than the policy allows";
    unknown_must_understand: UnknownMustUnderstand, "unknown attribute marked must-understand";
}

/// An unknown attribute: ignored, unless its sender marked it must-understand.
#[inline(always)]
pub fn unknown(a: &Attr<'_>) -> Result<()> {
    if a.must_understand() {
        Err(unknown_must_understand(*a))
    } else {
        Ok(())
    }
}

/// The first of the `missing` required attributes (bit i: the set's i-th attribute in type
/// order, whose type is `kinds[i]`), reported at `container`.
#[cold]
#[inline(never)]
pub fn missing(container: usize, missing: u128, kinds: &[u16]) -> Error {
    let kind = kinds
        .get(missing.trailing_zeros() as usize)
        .copied()
        .unwrap_or(0);
    Error::new(ErrorKind::Missing, container, "required attribute missing").with_missing(kind)
}

/// Validate one level of `attrs` against `policy` (lenient: unknown optional attributes are
/// ignored, unknown must-understand ones rejected) and hand each known attribute to `f` with
/// its type number: the table-driven way to decode a set, for hand-written sets (the
/// generated decoders are specialised, with the same results).
#[inline]
pub fn visit<'a, F>(attrs: Attrs<'a>, policy: &Policy, container: usize, mut f: F) -> Result<()>
where
    F: FnMut(u16, &Attr<'a>) -> Result<()>,
{
    policy::visit_level(attrs, policy, Options::default(), container, |_, p, a| {
        f(p.kind, a)
    })
}

/// A required attribute: its value, or `Missing` naming it.
#[inline]
pub fn req<T>(v: Option<T>, container: usize, kind: u16) -> Result<T> {
    v.ok_or(
        Error::new(ErrorKind::Missing, container, "required attribute missing").with_missing(kind),
    )
}

/// A required repeated attribute: at least one occurrence.
#[inline]
pub fn req_list<T>(v: List<'_, T>, container: usize, kind: u16) -> Result<List<'_, T>> {
    if v.is_empty() {
        Err(
            Error::new(ErrorKind::Missing, container, "required attribute missing")
                .with_missing(kind),
        )
    } else {
        Ok(v)
    }
}

/// Check that `v` is an entry of a closed enum (`entries` = the definition's entries).
#[inline]
pub fn member(a: &Attr<'_>, v: i128, entries: &[(&str, i64)]) -> Result<()> {
    if entries.iter().any(|e| e.1 as i128 == v) {
        Ok(())
    } else {
        Err(a.error(
            ErrorKind::BadValue,
            "value is not an entry of its closed enum",
        ))
    }
}

/// Remember where the first attribute of a form was seen.
#[inline]
pub fn seen(slot: &mut Option<u32>, a: &Attr<'_>) {
    if slot.is_none() {
        *slot = Some(a.offset());
    }
}

/// Which form a message is in: exactly one form's attributes may appear. Attributes of two
/// forms → `BadValue` at the first attribute of the later form; of none → `Missing` naming
/// `first_required` (or the first form when no form has a required attribute).
pub fn form(seen: &[Option<u32>], container: usize, first_required: u16) -> Result<usize> {
    let mut chosen: Option<(usize, u32)> = None;
    for (i, s) in seen.iter().enumerate() {
        if let Some(at) = *s {
            if let Some((_, other)) = chosen {
                return Err(Error::new(
                    ErrorKind::BadValue,
                    at.max(other) as usize,
                    "attributes of two exclusive forms",
                ));
            }
            chosen = Some((i, at));
        }
    }
    match chosen {
        Some((i, _)) => Ok(i),
        None if first_required != 0 => {
            Err(
                Error::new(ErrorKind::Missing, container, "required attribute missing")
                    .with_missing(first_required),
            )
        }
        None => Ok(0),
    }
}

/// The list of the `n` occurrences of `kind` in `all` (the attributes the decoder visited).
#[inline]
pub fn list<'a, T>(all: &Attrs<'a>, kind: u16, n: u32) -> List<'a, T> {
    if n == 0 {
        List::new(&[])
    } else {
        List::wire(all, kind, n)
    }
}

/// A `when` condition: the selector's value (None when absent) is one of `entries`.
#[inline]
pub fn holds(selector: Option<i128>, entries: &[i128]) -> bool {
    selector.is_some_and(|v| entries.contains(&v))
}

/// An attribute present although its `when` condition does not hold.
#[inline]
pub fn when_error(at: u32, kind: u16) -> Error {
    Error::new(
        ErrorKind::BadValue,
        at as usize,
        "attribute present although its `when` condition does not hold",
    )
    .with_attr(kind)
}

// ---------------------------------------------------------------------------------------------
// Encode helpers
// ---------------------------------------------------------------------------------------------

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

// ---------------------------------------------------------------------------------------------
// Registers
// ---------------------------------------------------------------------------------------------

/// The registers of a FastABI call (x86-64). In: rax = family id | [`FASTABI_BIT`], rdi = op
/// id, the others carry request attributes. Out: rax = status (0 or −errno), the mapped
/// registers carry reply attributes, the others are preserved.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Regs {
    /// Family (in) / status (out).
    pub rax: u64,
    /// Op id (in); preserved.
    pub rdi: u64,
    /// reg2.
    pub rsi: u64,
    /// reg3.
    pub r8: u64,
    /// reg4.
    pub r9: u64,
    /// reg5.
    pub r10: u64,
    /// reg6.
    pub r11: u64,
    /// reg7.
    pub r12: u64,
}

impl Regs {
    /// The status a host returns in rax.
    pub fn status(&self) -> core::result::Result<(), Errno> {
        match self.rax as i64 {
            0 => Ok(()),
            s if s < 0 && s >= -(i32::MAX as i64) => Err(Errno((-s) as i32)),
            _ => Err(Errno::EINVAL),
        }
    }

    /// Set rax to the status of `r`.
    pub fn set_status(&mut self, r: core::result::Result<(), Errno>) {
        self.rax = match r {
            Ok(()) => 0,
            Err(e) => e.to_rax(),
        };
    }

    /// The value of register `r`.
    pub fn get(&self, r: Reg) -> u64 {
        match r {
            Reg::Rsi => self.rsi,
            Reg::R8 => self.r8,
            Reg::R9 => self.r9,
            Reg::R10 => self.r10,
            Reg::R11 => self.r11,
            Reg::R12 => self.r12,
        }
    }
}

/// A register that can carry an attribute (the RFC's reg2..reg7).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Reg {
    /// reg2.
    Rsi = 2,
    /// reg3.
    R8 = 3,
    /// reg4.
    R9 = 4,
    /// reg5.
    R10 = 5,
    /// reg6.
    R11 = 6,
    /// reg7.
    R12 = 7,
}

impl Reg {
    /// The register's name.
    pub const fn name(self) -> &'static str {
        match self {
            Reg::Rsi => "rsi",
            Reg::R8 => "r8",
            Reg::R9 => "r9",
            Reg::R10 => "r10",
            Reg::R11 => "r11",
            Reg::R12 => "r12",
        }
    }
}

/// The register encoding of a scalar.
#[inline]
pub fn reg<T: Scalar>(v: T) -> u64 {
    v.to_reg()
}

/// The register encoding of an optional scalar (0 when absent, as the host writes it).
#[inline]
pub fn reg_opt<T: Scalar>(v: Option<T>) -> u64 {
    v.map_or(0, Scalar::to_reg)
}

/// The register of attributes sharing one register through `when`: the present one's value
/// (at most one is present in a valid reply), 0 when none is.
#[inline]
pub fn first(v: &[Option<u64>]) -> u64 {
    v.iter().find_map(|x| *x).unwrap_or(0)
}

/// The single occurrence of a repeated attribute that a register carries (`EINVAL` unless
/// there is exactly one).
#[inline]
pub fn one<'a, T: Elem<'a>>(l: &List<'a, T>) -> core::result::Result<T, Errno> {
    let mut it = l.iter();
    match (it.next(), it.next()) {
        (Some(v), None) => Ok(v),
        _ => Err(Errno::EINVAL),
    }
}

/// A scalar from a register: width (zero or sign extension, flag 0/1) and the policy's values
/// (range, flag mask) are checked; `EINVAL` otherwise.
#[inline]
pub fn unreg<T: Scalar>(raw: u64, p: &AttrPolicy) -> core::result::Result<T, Errno> {
    let v = T::from_reg(raw).ok_or(Errno::EINVAL)?;
    let ok = match p.values {
        Values::Any => true,
        Values::Range { min, max } => {
            let w = v.to_i128();
            w >= min as i128 && w <= max as i128
        }
        Values::Mask(m) => {
            let w = v.to_i128();
            w >= 0 && (w as u64) & !m == 0
        }
    };
    if ok {
        Ok(v)
    } else {
        Err(Errno::EINVAL)
    }
}

/// Like [`unreg`], and the value must be an entry of a closed enum.
#[inline]
pub fn unreg_member<T: Scalar>(
    raw: u64,
    p: &AttrPolicy,
    entries: &[(&str, i64)],
) -> core::result::Result<T, Errno> {
    let v = unreg::<T>(raw, p)?;
    if entries.iter().any(|e| e.1 as i128 == v.to_i128()) {
        Ok(v)
    } else {
        Err(Errno::EINVAL)
    }
}

/// Where an op's attributes travel in a register call.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RegMap {
    /// The form the call carries, when the request or reply has forms.
    pub form: Option<&'static str>,
    /// Request attribute type → register.
    pub inputs: &'static [(u16, Reg)],
    /// Reply attribute type → register (several attributes may share one through `when`).
    pub outputs: &'static [(u16, Reg)],
}

// ---------------------------------------------------------------------------------------------
// Descriptors (introspection)
// ---------------------------------------------------------------------------------------------

/// Privilege class of an op (values as the control family's `privilege` definition).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Privilege {
    /// Guest kernel only: kernel queues and register calls.
    Privileged = 0,
    /// Guest userspace too, through a userspace queue.
    Logical = 1,
    /// Acts on another domain: the control domain, or as the host's policy allows.
    Control = 2,
}

/// Op property bits (values as the control family's `op-flags` definition).
pub mod op_flags {
    /// The op has a FastABI register mapping.
    pub const FASTABI: u32 = 0x1;
    /// The reply may come later.
    pub const ASYNC: u32 = 0x2;
    /// The request carries many entries.
    pub const BATCH: u32 = 0x4;
    /// The op names a target domain.
    pub const TARGET_DOMAIN: u32 = 0x8;
    /// The op is refused on a ring.
    pub const REGISTER_ONLY: u32 = 0x10;
}

/// One attribute of a set, as the spec describes it. `SetDesc::attrs[i]` describes
/// `SetDesc::policy.attrs[i]`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AttrDesc {
    /// Attribute type number.
    pub kind: u16,
    /// Spec name.
    pub name: &'static str,
    /// Spec type name (`u32`, `nest`, …).
    pub ty: &'static str,
    /// One-line doc.
    pub doc: &'static str,
    /// Required (in its form, if it belongs to one).
    pub required: bool,
    /// Most occurrences (0 = not repeated).
    pub max_count: u32,
    /// Senders set the must-understand bit.
    pub must_understand: bool,
    /// Family version that introduced it.
    pub since: u8,
    /// Value assumed when absent (two's complement for signed types; 1 for a true flag).
    pub default: Option<i64>,
    /// The definition its values come from.
    pub enumeration: Option<&'static str>,
    /// The payload's set, for a nest.
    pub nested: Option<&'static SetDesc>,
    /// The form it belongs to (None: common to all forms).
    pub form: Option<&'static str>,
    /// `when`: the selector's type number and the entry values that allow it.
    pub when: Option<(u16, &'static [i64])>,
}

/// A named form of a set.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FormDesc {
    /// Form name.
    pub name: &'static str,
    /// One-line doc.
    pub doc: &'static str,
}

/// An attribute set.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SetDesc {
    /// Spec name.
    pub name: &'static str,
    /// One-line doc.
    pub doc: &'static str,
    /// The validation policy.
    pub policy: &'static Policy,
    /// The attributes, in the order of `policy.attrs`.
    pub attrs: &'static [AttrDesc],
    /// The forms (empty, or at least two).
    pub forms: &'static [FormDesc],
}

impl SetDesc {
    /// The attribute of type `kind`, with its policy.
    pub fn attr(&self, kind: u16) -> Option<(&'static AttrDesc, &'static AttrPolicy)> {
        let (i, p) = self.policy.lookup(kind)?;
        Some((self.attrs.get(i)?, p))
    }
}

/// One op of a family.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OpDesc {
    /// Family name.
    pub family: &'static str,
    /// Family id (hypercall number).
    pub family_id: u16,
    /// Message type of the family's ring messages.
    pub msg_type: u16,
    /// Current family version.
    pub family_version: u8,
    /// Op name.
    pub name: &'static str,
    /// Op id (`cmd` on a ring, rdi in a register call).
    pub id: u8,
    /// Family version that introduced the op.
    pub since: u8,
    /// Privilege class when the op acts on the caller.
    pub privilege: Privilege,
    /// [`op_flags`] bits.
    pub flags: u32,
    /// Request set ([`EMPTY_SET`] when the request has no attributes).
    pub request: &'static SetDesc,
    /// Reply set ([`EMPTY_SET`] when the reply is a bare ACK).
    pub reply: &'static SetDesc,
    /// Upper bound of the reply's attributes in bytes.
    pub max_reply: u32,
    /// The request attribute naming the target domain.
    pub target_domain: Option<u16>,
    /// The register mapping.
    pub fastabi: Option<RegMap>,
    /// Why the op has no register form.
    pub ring_only: Option<&'static str>,
    /// Why the op is refused on a ring.
    pub register_only: Option<&'static str>,
    /// One-line doc.
    pub doc: &'static str,
}

impl OpDesc {
    /// The class of one call: `Control` if the op is, or if it names a target domain that is
    /// neither DOMID_SELF nor the caller; the op's own class otherwise.
    pub fn effective_privilege(&self, target: Option<u16>, caller: u16) -> Privilege {
        match (self.privilege, self.target_domain, target) {
            (Privilege::Control, _, _) => Privilege::Control,
            (_, Some(_), Some(t)) if t != DOMID_SELF && t != caller => Privilege::Control,
            (p, _, _) => p,
        }
    }
}

/// One family.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FamilyDesc {
    /// Family name.
    pub name: &'static str,
    /// Family id (hypercall number).
    pub id: u16,
    /// Message type of its ring messages.
    pub msg_type: u16,
    /// Current version.
    pub version: u8,
    /// Doc paragraph.
    pub doc: &'static str,
    /// The ops, by id.
    pub ops: &'static [&'static OpDesc],
}

/// Whether a definition's values are alternatives or bits.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DefKind {
    /// An enum: a value is one of the entries.
    Enum,
    /// A flag set: a value is any combination of the entries' bits.
    Flags,
}

/// One definition (enum or flag set) of the spec, found by the name an attribute gives in
/// [`AttrDesc::enumeration`]: what a generic encoder or decoder needs to turn `"host-map"`
/// into `0x2` and back. The generated `DEFINITIONS` table lists every one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DefDesc {
    /// Spec name (`gntmap-flags`).
    pub name: &'static str,
    /// Enum or flag set.
    pub kind: DefKind,
    /// Open: values beyond the entries are valid (a newer peer may send them).
    pub open: bool,
    /// `(entry name, value)` in spec order; for a flag set the value is the entry's mask.
    /// The same table as the definition newtype's `ENTRIES`.
    pub entries: &'static [(&'static str, i64)],
}

impl DefDesc {
    /// The value of the entry called `name`: spec spelling, any case, `_` for `-`,
    /// surrounding white space ignored.
    pub fn value_of(&self, name: &str) -> Option<i64> {
        let name = name.trim().as_bytes();
        let same = |spec: &str| {
            spec.len() == name.len()
                && spec.bytes().zip(name).all(|(s, &g)| {
                    let g = if g == b'_' { b'-' } else { g };
                    s == g.to_ascii_lowercase()
                })
        };
        self.entries.iter().find(|(n, _)| same(n)).map(|(_, v)| *v)
    }

    /// The name of the entry whose value is `v` (for an enum; a flag set's single bits too).
    pub fn name_of(&self, v: i128) -> Option<&'static str> {
        self.entries
            .iter()
            .find(|(_, e)| i128::from(*e) == v)
            .map(|(n, _)| *n)
    }
}

/// The op a ring message names: `ENOSYS` for an unknown family or op ("not supported"),
/// `EOPNOTSUPP` for a register-only op.
pub fn lookup_msg(
    families: &'static [&'static FamilyDesc],
    msg_type: u16,
    cmd: u8,
) -> core::result::Result<&'static OpDesc, Errno> {
    let fam = families
        .iter()
        .find(|f| f.msg_type == msg_type)
        .ok_or(Errno::ENOSYS)?;
    let op = fam.ops.iter().find(|o| o.id == cmd).ok_or(Errno::ENOSYS)?;
    if op.register_only.is_some() {
        return Err(Errno::EOPNOTSUPP);
    }
    Ok(op)
}

/// The op a register call names (rax without the FastABI bit, rdi): `ENOSYS` for an unknown
/// family or op, a rax without the FastABI bit, or a ring-only op.
pub fn lookup_regs(
    families: &'static [&'static FamilyDesc],
    rax: u64,
    rdi: u64,
) -> core::result::Result<&'static OpDesc, Errno> {
    if rax & FASTABI_BIT == 0 {
        return Err(Errno::ENOSYS);
    }
    let id = u16::try_from(rax & !FASTABI_BIT).map_err(|_| Errno::ENOSYS)?;
    let cmd = u8::try_from(rdi).map_err(|_| Errno::ENOSYS)?;
    let fam = families.iter().find(|f| f.id == id).ok_or(Errno::ENOSYS)?;
    let op = fam.ops.iter().find(|o| o.id == cmd).ok_or(Errno::ENOSYS)?;
    if op.fastabi.is_none() {
        return Err(Errno::ENOSYS);
    }
    Ok(op)
}

// ---------------------------------------------------------------------------------------------
// Ops
// ---------------------------------------------------------------------------------------------

/// Who is calling, as the host knows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Ctx {
    /// The calling domain.
    pub domain: u16,
    /// How the call arrived.
    pub via: Via,
    /// The request's seq on a ring (0 for a register call).
    pub seq: u32,
}

/// How a call arrived; decides which privilege classes it may use.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Via {
    /// A kernel queue.
    Kernel,
    /// A userspace queue.
    Userspace,
    /// A FastABI register call (counts as the kernel).
    Register,
}

/// An op: its descriptor and its request and reply types (generated per op as a unit struct).
pub trait Op {
    /// The op's descriptor.
    const DESC: &'static OpDesc;
    /// The request.
    type Request<'a>: AttrSet<'a>;
    /// The reply.
    type Reply<'a>: AttrSet<'a>;

    /// Write a whole request message (header, family header, attributes) with `seq`/`port`;
    /// returns its length.
    fn write_request<S: Sink>(
        b: &mut Builder<S>,
        seq: u32,
        port: u32,
        req: &Self::Request<'_>,
    ) -> Result<usize> {
        write_message(b, Self::DESC, Flags::REQUEST, seq, port, req)
    }

    /// Write a whole reply message.
    fn write_reply<S: Sink>(
        b: &mut Builder<S>,
        seq: u32,
        port: u32,
        rep: &Self::Reply<'_>,
    ) -> Result<usize> {
        write_message(b, Self::DESC, Flags(0), seq, port, rep)
    }
}

/// Write a whole message of `op`'s family: header, family header (cmd = op id, version = the
/// family version), the attributes of `set`. On error nothing of the message stays.
pub fn write_message<'a, T: AttrSet<'a>, S: Sink>(
    b: &mut Builder<S>,
    op: &OpDesc,
    flags: Flags,
    seq: u32,
    port: u32,
    set: &T,
) -> Result<usize> {
    let m = b.begin_message(header::Repr {
        message_type: MessageType(op.msg_type),
        flags,
        seq,
        port,
    })?;
    let body = b
        .genl(genl::Repr {
            cmd: op.id,
            version: op.family_version,
        })
        .and_then(|()| set.encode(b));
    match body {
        Ok(()) => b.end_message(m),
        Err(e) => {
            b.cancel_message(m);
            Err(e)
        }
    }
}

/// The register path of an op with a FastABI mapping (generated per op).
pub trait FastAbi: Op {
    /// Write the mapped request attributes to their registers (rax/rdi untouched). Fails
    /// with `EINVAL` when the request is not in the form the mapping carries.
    fn request_to_regs(req: &Self::Request<'_>, r: &mut Regs) -> core::result::Result<(), Errno>;
    /// Build the request from registers: mapped attributes present with the register's value
    /// (width, range, flags and closed enums checked), the others absent (defaults filled);
    /// forms and `when` as on a ring.
    fn request_from_regs(r: &Regs) -> core::result::Result<Self::Request<'static>, Errno>;
    /// Write the mapped reply attributes (0 for an absent one); other registers untouched.
    fn reply_to_regs(rep: &Self::Reply<'_>, r: &mut Regs) -> core::result::Result<(), Errno>;
    /// Read the reply from the registers a host wrote (rax is not looked at).
    fn reply_from_regs(r: &Regs) -> core::result::Result<Self::Reply<'static>, Errno>;

    /// The registers of a call: rax = family | FastABI bit, rdi = op, then the request.
    fn to_regs(req: &Self::Request<'_>) -> core::result::Result<Regs, Errno> {
        let mut r = Regs {
            rax: Self::DESC.family_id as u64 | FASTABI_BIT,
            rdi: Self::DESC.id as u64,
            ..Regs::default()
        };
        Self::request_to_regs(req, &mut r)?;
        Ok(r)
    }

    /// The host's side of a successful call: rax = 0 and the mapped reply registers.
    fn write_regs(rep: &Self::Reply<'_>, r: &mut Regs) -> core::result::Result<(), Errno> {
        Self::reply_to_regs(rep, r)?;
        r.rax = 0;
        Ok(())
    }
}

// ---------------------------------------------------------------------------------------------
// Serving (what the generated per-family `serve` / `serve_regs` functions speak)
// ---------------------------------------------------------------------------------------------

/// Which entries of a batch op one `serve` call runs. Non-batch ops ignore it.
///
/// The host runs a big batch in slices (a continuation): each call runs the entries
/// `start .. start + max` (clipped to the request's count) and writes their results with
/// their absolute `index`, so a resumed batch never repeats an entry. Atomic-mode requests
/// ignore the window and run whole (they are bounded by the batch limit and cannot be split
/// without giving up their all-or-none promise).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Window {
    /// First entry (0-based position in the request) to run.
    pub start: u32,
    /// Most entries to run.
    pub max: u32,
    /// Do not run the entries: report each as cancelled (the rest of an ordered batch after
    /// a failure, or of a cancelled request).
    pub cancel: bool,
}

impl Window {
    /// Every entry.
    pub const ALL: Window = Window {
        start: 0,
        max: u32::MAX,
        cancel: false,
    };
}

/// What one `serve` call did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Served {
    /// Entries in the request (batch form), 1 for a single-form batch op, 0 otherwise.
    pub total: u32,
    /// Entries run (or reported cancelled) by this call.
    pub ran: u32,
    /// Some entry this call ran ended with a status other than okay.
    pub failed: bool,
    /// The request ran whole regardless of the window (atomic mode, or not a batch op).
    pub whole: bool,
}

/// Why `serve` produced no reply attributes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ServeError {
    /// The request failed validation (or its reply could not be encoded): the codec error
    /// names the attribute and offset, for an extended ack.
    Invalid(Error),
    /// The backend (or the dispatcher's own checks) refused the call.
    Errno(Errno),
}

impl From<Error> for ServeError {
    fn from(e: Error) -> Self {
        ServeError::Invalid(e)
    }
}

impl From<Errno> for ServeError {
    fn from(e: Errno) -> Self {
        ServeError::Errno(e)
    }
}

impl Served {
    /// What every non-batch op reports: nothing to window, ran whole.
    pub const WHOLE: Served = Served {
        total: 0,
        ran: 0,
        failed: false,
        whole: true,
    };
}

/// One result of a batch op as the serving glue handles it (generated for the reply-entry
/// sets of batch ops, which SCHEMA.md's lint rule 20 shapes: an `index`, a `status` enum with
/// `okay` and `cancelled`, every other attribute optional).
pub trait BatchEntry: Copy {
    /// Set the result's `index` (the absolute position of its request entry).
    fn set_index(&mut self, index: u32);
    /// The status is not `okay`.
    fn failed(&self) -> bool;
    /// The result of an entry that was not run: `index`, status `cancelled`, nothing else.
    fn cancelled(index: u32) -> Self;
}

/// The op `rdi` names in a register call (`ENOSYS` when it is no op id at all).
#[inline]
pub fn reg_op(r: &Regs) -> core::result::Result<u8, Errno> {
    u8::try_from(r.rdi).map_err(|_| Errno::ENOSYS)
}

/// Write a successful register call's reply: rax = 0 and the mapped registers. All or
/// nothing: on error `r` is untouched ("no implicit clobbering").
#[inline]
pub fn commit_regs<O: FastAbi>(
    rep: &O::Reply<'_>,
    r: &mut Regs,
) -> core::result::Result<(), Errno> {
    let mut out = *r;
    O::write_regs(rep, &mut out)?;
    *r = out;
    Ok(())
}

/// Encode a non-batch op's reply attributes: [`Served::WHOLE`].
#[inline]
pub fn served<'r, T: AttrSet<'r>, S: Sink>(
    rep: &T,
    b: &mut Builder<S>,
) -> core::result::Result<Served, ServeError> {
    rep.encode(b)?;
    Ok(Served::WHOLE)
}

/// Encode the single-form reply of a batch op that ran `entry` as a one-entry batch.
#[inline]
pub fn served_one<'r, T: AttrSet<'r>, R: BatchEntry, S: Sink>(
    rep: &T,
    entry: &R,
    b: &mut Builder<S>,
) -> core::result::Result<Served, ServeError> {
    rep.encode(b)?;
    Ok(Served {
        total: 1,
        ran: 1,
        failed: entry.failed(),
        whole: true,
    })
}

/// Run a one-entry batch (a single-form request): `run` calls the backend with an `out`
/// that takes exactly one result (a second call gets `EIO`); none at all is `EIO` too. With
/// `cancel` the backend is not called and the entry reports `cancelled`.
pub fn run_one<R, F>(cancel: bool, run: F) -> core::result::Result<R, Errno>
where
    R: BatchEntry,
    F: FnOnce(
        &mut dyn FnMut(R) -> core::result::Result<(), Errno>,
    ) -> core::result::Result<(), Errno>,
{
    if cancel {
        return Ok(R::cancelled(0));
    }
    let mut got: Option<R> = None;
    let mut extra = false;
    let res = run(&mut |mut r: R| {
        if got.is_some() {
            extra = true;
            return Err(Errno::EIO);
        }
        r.set_index(0);
        got = Some(r);
        Ok(())
    });
    res?;
    match got {
        Some(r) if !extra => Ok(r),
        _ => Err(Errno::EIO),
    }
}

/// Serve the batch form of a batch op: run the entries of `window` (all of them when
/// `atomic`), writing each result as one attribute of type field `raw_kind` with its absolute
/// `index` as soon as the backend reports it.
///
/// `run` calls the backend with the windowed entries and the `out` callback. The backend
/// must call `out` exactly once per entry it was given, in order: an extra call is refused
/// with `EIO` (and the whole call fails with `EIO`), too few calls fail the call with `EIO`.
/// An error from the backend is returned as it is; one from encoding a result (no room) is
/// [`ServeError::Invalid`]. With `window.cancel` the backend is not called and every
/// windowed entry reports `cancelled`. An empty window writes nothing and runs nothing.
///
/// On error `b` may hold the results written before it; the caller drops the message.
pub fn serve_batch<'a, E, R, S, F>(
    entries: List<'a, E>,
    atomic: bool,
    window: Window,
    b: &mut Builder<S>,
    raw_kind: u16,
    run: F,
) -> core::result::Result<Served, ServeError>
where
    E: Elem<'a>,
    R: BatchEntry + Elem<'static>,
    S: Sink,
    F: FnOnce(
        List<'a, E>,
        &mut dyn FnMut(R) -> core::result::Result<(), Errno>,
    ) -> core::result::Result<(), Errno>,
{
    let total = entries.len() as u32;
    let (start, part) = if atomic {
        (0, entries)
    } else {
        (window.start, entries.window(window.start, window.max))
    };
    let n = part.len() as u32;
    let mut served = Served {
        total,
        ran: 0,
        failed: false,
        whole: atomic,
    };
    if window.cancel {
        for k in 0..n {
            let r = R::cancelled(start + k);
            r.put_attr(b, raw_kind)?;
            served.ran += 1;
            served.failed |= r.failed();
        }
        return Ok(served);
    }
    if n == 0 {
        return Ok(served);
    }
    let mut encode_err: Option<Error> = None;
    let mut extra = false;
    let res = run(part, &mut |mut r: R| {
        if served.ran >= n {
            extra = true;
            return Err(Errno::EIO);
        }
        r.set_index(start + served.ran);
        if let Err(e) = r.put_attr(b, raw_kind) {
            encode_err = Some(e);
            return Err(Errno::from(e));
        }
        served.ran += 1;
        served.failed |= r.failed();
        Ok(())
    });
    if let Some(e) = encode_err {
        return Err(ServeError::Invalid(e));
    }
    res?;
    if extra || served.ran != n {
        return Err(ServeError::Errno(Errno::EIO));
    }
    Ok(served)
}

// ---------------------------------------------------------------------------------------------
// Debug formatting of definition newtypes
// ---------------------------------------------------------------------------------------------

/// `Debug` of an enum newtype: the entry name, or `Type(value)` for a value the spec does not
/// list (a newer peer's, or a hostile one's).
pub fn fmt_enum(
    f: &mut fmt::Formatter<'_>,
    ty: &str,
    entries: &[(&str, i64)],
    v: i128,
) -> fmt::Result {
    match entries.iter().find(|e| e.1 as i128 == v) {
        Some(e) => f.write_str(e.0),
        None => write!(f, "{ty}({v})"),
    }
}

/// `Debug` of a flags newtype: the entries whose bits are all set, joined by `|`, then any
/// bits left over in hex; `0` when empty.
pub fn fmt_flags(f: &mut fmt::Formatter<'_>, entries: &[(&str, i64)], v: u64) -> fmt::Result {
    let mut rest = v;
    let mut first = true;
    for (name, mask) in entries {
        let m = *mask as u64;
        if m != 0 && v & m == m {
            if !first {
                f.write_str(" | ")?;
            }
            f.write_str(name)?;
            first = false;
            rest &= !m;
        }
    }
    if rest != 0 || first {
        if !first {
            f.write_str(" | ")?;
        }
        write!(f, "{rest:#x}")?;
    }
    Ok(())
}

impl From<Error> for Errno {
    /// The status a codec error is reported with (`EINVAL`, `E2BIG`, `EOPNOTSUPP`, `ENOBUFS`).
    fn from(e: Error) -> Errno {
        Errno(-e.errno())
    }
}

impl Errno {
    /// rax value for this error: the negated code, sign-extended.
    pub const fn to_rax(self) -> u64 {
        (-(self.0 as i64)) as u64
    }
}

// The codec's policy type is part of the descriptors; re-exported for generated code.
#[doc(hidden)]
pub use hvlink_codec::policy::AttrType as PolicyType;
#[doc(hidden)]
pub use hvlink_codec::policy::Values as PolicyValues;
