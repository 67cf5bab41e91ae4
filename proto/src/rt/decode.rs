//! Decode helpers.

#[allow(unused_imports)]
use super::*;

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
    pub(super) fn at(rest: &'a [u8], offset: usize) -> Self {
        Walk {
            rest,
            end: offset.wrapping_add(rest.len()),
        }
    }

    /// What is left to walk.
    #[inline(always)]
    pub fn rest(&self) -> &'a [u8] {
        self.rest
    }

    /// Offset (from the message start) of the next attribute.
    #[inline(always)]
    pub fn position(&self) -> usize {
        self.end.wrapping_sub(self.rest.len())
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
            return Err(Attrs::frame_error(rest, offset));
        };
        let len = u16::from_le_bytes([hdr[0], hdr[1]]) as usize;
        let raw_kind = u16::from_le_bytes([hdr[2], hdr[3]]);
        // One compare for both "shorter than its header" (the subtraction wraps to a huge
        // length) and "runs past its container".
        let Some(payload) = after.get(..len.wrapping_sub(hvlink_codec::attr::HEADER_LEN)) else {
            return Err(Attrs::frame_error(rest, offset));
        };
        let a = Attr::new(raw_kind, offset as u32, payload);
        // The last attribute may omit its padding.
        let step = header::align(len).min(rest.len());
        self.rest = rest.get(step..).unwrap_or(&[]);
        Ok(Some(a))
    }

    /// Jump over `span` if the walk stands at its start (and it lies within what is left):
    /// its attributes are not visited. `false` (nothing moved) otherwise.
    #[inline]
    pub fn jump(&mut self, span: &Span) -> bool {
        if self.position() != span.start || span.end < span.start {
            return false;
        }
        match self.rest.get(span.end - span.start..) {
            Some(rest) => {
                self.rest = rest;
                true
            }
            None => false,
        }
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

/// The little-endian `u32` at byte `at` of `b` (an attribute header at its offset in a
/// layout the generated decoders recognise whole); 0, which is no header, past the end.
#[inline(always)]
pub fn word(b: &[u8], at: usize) -> u32 {
    match b.get(at..at.wrapping_add(4)) {
        Some(&[b0, b1, b2, b3]) => u32::from_le_bytes([b0, b1, b2, b3]),
        _ => 0,
    }
}

/// The next attribute of `walk`, taken as the next element of a run of a list's entries,
/// if its whole header (type field with its flags, and length) is one of `heads` (the
/// headers the encoder writes for the element set's fixed layouts) and its attributes
/// decode: decoded as [`nest_from_attr`] decodes it, and the walk moved past it. `None`
/// otherwise, the walk unmoved: the level's own loop then takes the attribute, and
/// reports it if it is wrong. This only skips the loop's per-attribute dispatch for the
/// common case; the generated caller keeps the level's counts.
#[inline(always)]
pub fn run_next<'a, T: crate::rt::AttrSet<'a>>(walk: &mut Walk<'a>, heads: &[u32]) -> Option<T> {
    let rest = walk.rest;
    let h = word(rest, 0);
    if !heads.contains(&h) {
        return None;
    }
    // (A fixed layout's length is a multiple of 4: no padding follows it.)
    let len = (h & 0xffff) as usize;
    let payload = rest.get(hvlink_codec::attr::HEADER_LEN..len)?;
    let offset = walk.position();
    let v = T::decode_at(
        Attrs::new(payload, offset.wrapping_add(hvlink_codec::attr::HEADER_LEN)),
        offset,
    )
    .ok()?;
    walk.rest = rest.get(len..).unwrap_or(&[]);
    Some(v)
}

/// Bytes `at .. at + len` of `b` (an attribute's payload in such a layout); empty past the
/// end.
#[inline(always)]
pub fn bytes(b: &[u8], at: usize, len: usize) -> &[u8] {
    b.get(at..at.wrapping_add(len)).unwrap_or(&[])
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

/// [`seen`] for a span of a form's attributes jumped over (at offset `at`).
#[inline]
pub fn seen_at(slot: &mut Option<u32>, at: usize) {
    if slot.is_none() {
        *slot = Some(at as u32);
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
