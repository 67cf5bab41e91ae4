//! Validating attribute lists against a policy table.
//!
//! A [`Policy`] describes one attribute set: for each known attribute its type, size bounds,
//! allowed values, whether it is required, whether it may repeat, and for nests the policy of
//! the payload. The tables are `'static` data (the proto crate generates them from the spec),
//! and validation allocates nothing: "seen" attributes live in a 128-bit mask on the stack.
//!
//! Compatibility rules (see `docs/PROTOCOL.md`):
//! - unknown attributes are ignored in lenient mode (the default), so an older receiver accepts
//!   what a newer sender adds; [`Options::strict`] rejects them;
//! - an unknown attribute whose sender set the must-understand bit is rejected in both modes;
//! - a non-repeated attribute that appears twice is rejected (a hostile peer must not be able
//!   to make two readers of one message see different values);
//! - an attribute's size is exact for fixed-size types.
//!
//! Every error names the offset of the offending attribute (from the message start), its type,
//! and for a missing attribute the missing type and the offset of the nest that lacks it.

use crate::attr::{Attr, Attrs};
use crate::error::{Error, ErrorKind, Result};
use crate::limits::{DEFAULT_MAX_ATTRS, MAX_NEST_DEPTH, MAX_POLICY_ATTRS};

/// The type an attribute's payload must have.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AttrType {
    /// Exactly 1 byte.
    U8,
    /// Exactly 2 bytes.
    U16,
    /// Exactly 4 bytes.
    U32,
    /// Exactly 8 bytes.
    U64,
    /// Exactly 1 byte, signed.
    S8,
    /// Exactly 2 bytes, signed.
    S16,
    /// Exactly 4 bytes, signed.
    S32,
    /// Exactly 8 bytes, signed.
    S64,
    /// No payload; presence is the value.
    Flag,
    /// Opaque bytes, length within `min_len..=max_len`.
    Binary,
    /// NUL-terminated UTF-8 string; `min_len..=max_len` bounds the length without the NUL.
    String,
    /// A nested attribute list validated against the given policy.
    Nested(&'static Policy),
    /// A nested list of nests of any type (Linux's `NLA_NESTED_ARRAY`: the inner types are
    /// indices), each validated against the given policy.
    NestedArray(&'static Policy),
}

impl AttrType {
    /// The spec's name for the type.
    pub const fn name(&self) -> &'static str {
        match self {
            AttrType::U8 => "u8",
            AttrType::U16 => "u16",
            AttrType::U32 => "u32",
            AttrType::U64 => "u64",
            AttrType::S8 => "s8",
            AttrType::S16 => "s16",
            AttrType::S32 => "s32",
            AttrType::S64 => "s64",
            AttrType::Flag => "flag",
            AttrType::Binary => "binary",
            AttrType::String => "string",
            AttrType::Nested(_) => "nest",
            AttrType::NestedArray(_) => "nest-array",
        }
    }
}

/// Which values an integer attribute may take.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Values {
    /// Anything the type holds.
    Any,
    /// An inclusive range (compared as `i128`, so it covers both signed and unsigned types).
    Range {
        /// Smallest allowed value.
        min: i64,
        /// Largest allowed value.
        max: u64,
    },
    /// Only these bits may be set (a flags set).
    Mask(u64),
}

/// The policy for one attribute type.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AttrPolicy {
    /// The attribute type number (without flag bits).
    pub kind: u16,
    /// Its name in the spec, for messages and introspection.
    pub name: &'static str,
    /// Payload type.
    pub ty: AttrType,
    /// Smallest length for `Binary` / `String`.
    pub min_len: u16,
    /// Largest length for `Binary` / `String`.
    pub max_len: u16,
    /// Allowed values for integer types.
    pub values: Values,
    /// Must be present.
    pub required: bool,
    /// May appear more than once.
    pub repeated: bool,
    /// Senders set the must-understand bit on it.
    pub must_understand: bool,
}

impl AttrPolicy {
    /// A policy entry with no bounds, optional, not repeated.
    pub const fn new(kind: u16, name: &'static str, ty: AttrType) -> AttrPolicy {
        AttrPolicy {
            kind,
            name,
            ty,
            min_len: 0,
            max_len: u16::MAX,
            values: Values::Any,
            required: false,
            repeated: false,
            must_understand: false,
        }
    }

    /// The same, required.
    pub const fn required(mut self) -> Self {
        self.required = true;
        self
    }

    /// The same, allowed to repeat.
    pub const fn repeated(mut self) -> Self {
        self.repeated = true;
        self
    }

    /// The same, marked must-understand.
    pub const fn must_understand(mut self) -> Self {
        self.must_understand = true;
        self
    }

    /// The same, with length bounds.
    pub const fn len(mut self, min: u16, max: u16) -> Self {
        self.min_len = min;
        self.max_len = max;
        self
    }

    /// The same, with allowed values.
    pub const fn values(mut self, v: Values) -> Self {
        self.values = v;
        self
    }
}

/// The policy of one attribute set.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Policy {
    /// The set's name in the spec.
    pub name: &'static str,
    /// The known attributes. Lookup is direct when `attrs[i].kind == i + 1` (the generator
    /// emits dense tables), a scan otherwise. At most [`MAX_POLICY_ATTRS`] entries.
    pub attrs: &'static [AttrPolicy],
    /// Most attributes one instance of the set may hold.
    pub max_attrs: u32,
    /// Bit i set: `attrs[i]` is required (computed once, at compile time for statics).
    required: u128,
    /// `attrs[i].kind == i + 1` for every entry: lookups never need to scan.
    dense: bool,
}

impl Policy {
    /// A policy with the default attribute count limit.
    pub const fn new(name: &'static str, attrs: &'static [AttrPolicy]) -> Policy {
        let mut required = 0u128;
        let mut dense = true;
        let mut i = 0;
        while i < attrs.len() {
            if attrs[i].required && i < MAX_POLICY_ATTRS {
                required |= 1u128 << i;
            }
            if attrs[i].kind as usize != i + 1 {
                dense = false;
            }
            i += 1;
        }
        Policy {
            name,
            attrs,
            max_attrs: DEFAULT_MAX_ATTRS,
            required,
            dense,
        }
    }

    /// The same, with an attribute count limit.
    pub const fn max_attrs(mut self, n: u32) -> Self {
        self.max_attrs = n;
        self
    }

    /// The entry for attribute type `kind` and its index in `attrs`.
    #[inline]
    pub fn lookup(&self, kind: u16) -> Option<(usize, &'static AttrPolicy)> {
        let attrs: &'static [AttrPolicy] = self.attrs;
        if let Some(i) = (kind as usize).checked_sub(1) {
            if let Some(p) = attrs.get(i) {
                if p.kind == kind {
                    return Some((i, p));
                }
            }
        }
        if self.dense {
            return None;
        }
        attrs.iter().enumerate().find(|(_, p)| p.kind == kind)
    }
}

/// Validation options.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Options {
    /// Reject unknown attributes (lenient mode ignores them unless must-understand).
    pub strict: bool,
    /// Deepest nesting accepted, at most [`MAX_NEST_DEPTH`].
    pub max_depth: u8,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            strict: false,
            max_depth: MAX_NEST_DEPTH,
        }
    }
}

impl Options {
    /// Strict mode: unknown attributes are errors.
    pub const STRICT: Options = Options {
        strict: true,
        max_depth: MAX_NEST_DEPTH,
    };
}

/// Validate `attrs` against `policy`. `container` is the offset of the enclosing nest header
/// (or of the message payload for the top level); it is reported for missing attributes.
pub fn validate(attrs: Attrs<'_>, policy: &Policy, opts: Options) -> Result<()> {
    visit(attrs, policy, opts, |_, _, _| Ok(()))
}

/// Validate and decode in one pass: like [`validate`], and `f` is called for every known
/// attribute once its own checks passed (for a nest, before its contents are visited), with the
/// policy of its set, its own policy entry and the attribute. Unknown attributes that are
/// ignored are not visited. An error from `f` stops the walk and is returned.
///
/// On error, whatever `f` collected is partial and must be discarded.
pub fn visit<'a, F>(attrs: Attrs<'a>, policy: &Policy, opts: Options, mut f: F) -> Result<()>
where
    F: FnMut(&Policy, &AttrPolicy, &Attr<'a>) -> Result<()>,
{
    let container = attrs.offset();
    validate_at::<true, F>(attrs, policy, opts, 1, container, &mut f)
}

/// Validate and decode **one level**: like [`visit`], but the contents of nested attributes
/// are not walked. `f` sees every known attribute of this level once its own checks passed
/// (for a nest: its type, size and nested flag), and is responsible for the payload of nests,
/// typically by calling the nested set's own decoder, which validates it against the nested
/// policy in turn. This is how the generated decoders validate and decode in one pass, each
/// attribute set by its own type. `container` is the offset reported for a missing attribute
/// (the enclosing nest header, or the start of the attributes at the top level).
///
/// Depth is not limited here: the caller's types bound it (the spec's nesting is acyclic and
/// linted to at most [`MAX_NEST_DEPTH`] levels).
pub fn visit_level<'a, F>(
    attrs: Attrs<'a>,
    policy: &Policy,
    opts: Options,
    container: usize,
    mut f: F,
) -> Result<()>
where
    F: FnMut(&Policy, &AttrPolicy, &Attr<'a>) -> Result<()>,
{
    validate_at::<false, F>(attrs, policy, opts, 1, container, &mut f)
}

/// The visitor the walkers below pass along: [`visit`]'s `f` (a no-op for [`validate`]).
trait Visitor<'a>: FnMut(&Policy, &AttrPolicy, &Attr<'a>) -> Result<()> {}

impl<'a, F: FnMut(&Policy, &AttrPolicy, &Attr<'a>) -> Result<()>> Visitor<'a> for F {}

fn validate_at<'a, const DEEP: bool, F: Visitor<'a>>(
    attrs: Attrs<'a>,
    policy: &Policy,
    opts: Options,
    depth: u8,
    container: usize,
    f: &mut F,
) -> Result<()> {
    if depth > opts.max_depth.min(MAX_NEST_DEPTH) {
        return Err(Error::new(
            ErrorKind::LimitExceeded,
            container,
            "nesting deeper than the limit",
        ));
    }
    debug_assert!(policy.attrs.len() <= MAX_POLICY_ATTRS);
    let mut seen: u128 = 0;
    let mut count: u32 = 0;
    // The attribute walk is open-coded (rather than `for a in attrs`) because it is the
    // hottest loop of the host: no `Result<Attr>` is built per attribute, and any framing
    // anomaly defers to `Attrs` itself (cold path) so errors stay identical.
    let base = attrs.offset();
    let data = attrs.remaining();
    let mut pos = 0usize;
    while pos < data.len() {
        let rest = &data[pos..];
        let Some((hdr, after)) = rest.split_first_chunk::<{ crate::attr::HEADER_LEN }>() else {
            return Err(Attrs::frame_error(rest, base + pos));
        };
        let len = u16::from_le_bytes([hdr[0], hdr[1]]) as usize;
        let raw_kind = u16::from_le_bytes([hdr[2], hdr[3]]);
        let Some(payload) = len
            .checked_sub(crate::attr::HEADER_LEN)
            .and_then(|n| after.get(..n))
        else {
            return Err(Attrs::frame_error(rest, base + pos));
        };
        let a = Attr::new(raw_kind, (base + pos) as u32, payload);
        pos += crate::header::align(len).min(rest.len());
        count += 1;
        if count > policy.max_attrs {
            return Err(a.error(
                ErrorKind::LimitExceeded,
                "more attributes than the policy allows",
            ));
        }
        let Some((i, p)) = policy.lookup(a.kind()) else {
            if a.must_understand() {
                return Err(a.error(
                    ErrorKind::UnknownMustUnderstand,
                    "unknown attribute marked must-understand",
                ));
            }
            if opts.strict {
                return Err(a.error(ErrorKind::Unknown, "unknown attribute (strict mode)"));
            }
            continue;
        };
        // Tables longer than the mask are a programming error; those entries are simply not
        // tracked for duplicates or presence (the generator lints against it).
        let bit = 1u128.checked_shl(i as u32).unwrap_or(0);
        if seen & bit != 0 && !p.repeated {
            return Err(a.error(ErrorKind::Duplicate, "attribute appears more than once"));
        }
        seen |= bit;
        check_one::<DEEP, F>(&a, policy, p, opts, depth, f)?;
    }
    let missing = policy.required & !seen;
    if missing != 0 {
        let kind = policy
            .attrs
            .get(missing.trailing_zeros() as usize)
            .map_or(0, |p| p.kind);
        return Err(
            Error::new(ErrorKind::Missing, container, "required attribute missing")
                .with_missing(kind),
        );
    }
    Ok(())
}

fn check_int(a: &Attr<'_>, v: i128, values: Values) -> Result<()> {
    match values {
        Values::Any => Ok(()),
        Values::Range { min, max } if v >= min as i128 && v <= max as i128 => Ok(()),
        Values::Range { .. } => Err(a.error(ErrorKind::BadValue, "value out of range")),
        Values::Mask(m) if (v as u64) & !m == 0 && v >= 0 => Ok(()),
        Values::Mask(_) => Err(a.error(ErrorKind::BadValue, "unknown flag bits set")),
    }
}

impl AttrType {
    /// Payload size of the fixed-size integer types.
    #[inline]
    const fn int_size(&self) -> Option<usize> {
        match self {
            AttrType::U8 | AttrType::S8 => Some(1),
            AttrType::U16 | AttrType::S16 => Some(2),
            AttrType::U32 | AttrType::S32 => Some(4),
            AttrType::U64 | AttrType::S64 => Some(8),
            _ => None,
        }
    }
}

/// The value of an integer payload whose size (1, 2, 4 or 8) was already checked against
/// `ty`: little-endian, sign-extended for the signed types. No error path, no panic.
#[inline(always)]
fn sized_int(payload: &[u8], ty: AttrType) -> i128 {
    let n = payload.len().min(8);
    let mut b = [0u8; 8];
    b[..n].copy_from_slice(&payload[..n]);
    let u = u64::from_le_bytes(b);
    let signed = matches!(
        ty,
        AttrType::S8 | AttrType::S16 | AttrType::S32 | AttrType::S64
    );
    if signed && n > 0 {
        let shift = 64 - 8 * n as u32;
        i128::from(((u << shift) as i64) >> shift)
    } else {
        i128::from(u)
    }
}

#[inline(always)]
fn check_one<'a, const DEEP: bool, F: Visitor<'a>>(
    a: &Attr<'a>,
    set: &Policy,
    p: &AttrPolicy,
    opts: Options,
    depth: u8,
    f: &mut F,
) -> Result<()> {
    let n = a.payload().len();
    // The common case first: a fixed-size integer, usually without a value constraint.
    if let Some(size) = p.ty.int_size() {
        if n != size {
            return Err(a.error(
                ErrorKind::BadSize,
                "attribute payload has the wrong size for its type",
            ));
        }
        if a.is_nested() {
            return Err(a.error(ErrorKind::NotNested, "scalar attribute has the nested flag"));
        }
        if !matches!(p.values, Values::Any) {
            check_int(a, sized_int(a.payload(), p.ty), p.values)?;
        }
        return f(set, p, a);
    }
    match p.ty {
        AttrType::Flag => {
            a.flag()?;
            f(set, p, a)
        }
        AttrType::Binary => {
            if n < p.min_len as usize || n > p.max_len as usize {
                return Err(a.error(ErrorKind::BadSize, "binary length out of bounds"));
            }
            f(set, p, a)
        }
        AttrType::String => {
            let n = a.cstr()?.len();
            if n < p.min_len as usize || n > p.max_len as usize {
                return Err(a.error(ErrorKind::BadSize, "string length out of bounds"));
            }
            // UTF-8, as the decoders (Rust `rt::string`, C `hvlink_rt.h`) and the C walk
            // require: a message the walk accepts is one they accept.
            a.str()?;
            f(set, p, a)
        }
        AttrType::Nested(inner) => {
            if opts.strict && !a.is_nested() {
                return Err(a.error(
                    ErrorKind::NotNested,
                    "nested attribute lacks the nested flag (strict mode)",
                ));
            }
            f(set, p, a)?;
            if !DEEP {
                return Ok(());
            }
            validate_at::<DEEP, F>(a.nested(), inner, opts, depth + 1, a.offset() as usize, f)
                .map_err(Error::in_nest)
        }
        AttrType::NestedArray(inner) => {
            if opts.strict && !a.is_nested() {
                return Err(a.error(
                    ErrorKind::NotNested,
                    "nested attribute lacks the nested flag (strict mode)",
                ));
            }
            if depth + 1 > opts.max_depth.min(MAX_NEST_DEPTH) {
                return Err(a.error(ErrorKind::LimitExceeded, "nesting deeper than the limit"));
            }
            f(set, p, a)?;
            if !DEEP {
                return Ok(());
            }
            let mut count = 0u32;
            for item in a.nested() {
                let item = item?;
                count += 1;
                if count > inner.max_attrs {
                    return Err(item.error(
                        ErrorKind::LimitExceeded,
                        "more array entries than the policy allows",
                    ));
                }
                let off = item.offset() as usize;
                validate_at::<DEEP, F>(item.nested(), inner, opts, depth + 2, off, f)
                    .map_err(Error::in_nest)?;
            }
            Ok(())
        }
        // Integers were handled above.
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::builder::{Builder, SliceSink};

    static ENTRY: Policy = Policy::new(
        "entry",
        &[
            AttrPolicy::new(1, "ref", AttrType::U32).required(),
            AttrPolicy::new(2, "flags", AttrType::U32).values(Values::Mask(0x1f)),
            AttrPolicy::new(3, "dom", AttrType::U16).values(Values::Range {
                min: 0,
                max: 0x7ff0,
            }),
        ],
    );
    static TOP: Policy = Policy::new(
        "top",
        &[
            AttrPolicy::new(1, "entry", AttrType::Nested(&ENTRY)).repeated(),
            AttrPolicy::new(2, "name", AttrType::String).len(1, 8),
            AttrPolicy::new(3, "blob", AttrType::Binary).len(0, 4),
            AttrPolicy::new(4, "ping", AttrType::Flag),
            AttrPolicy::new(5, "delta", AttrType::S32).values(Values::Range { min: -5, max: 5 }),
        ],
    )
    .max_attrs(8);

    fn build(f: impl FnOnce(&mut Builder<SliceSink<'_>>)) -> ([u8; 256], usize) {
        let mut buf = [0u8; 256];
        let mut b = Builder::new(SliceSink::new(&mut buf));
        f(&mut b);
        let n = b.len();
        (buf, n)
    }

    fn check(buf: &[u8], opts: Options) -> Result<()> {
        validate(Attrs::new(buf, 20), &TOP, opts)
    }

    /// Writes a test's attributes.
    type Writer = fn(&mut Builder<SliceSink<'_>>);

    /// Why `attrs` fail validation with the default options.
    fn error(attrs: impl FnOnce(&mut Builder<SliceSink<'_>>)) -> Error {
        let (buf, n) = build(attrs);
        check(&buf[..n], Options::default()).unwrap_err()
    }

    /// An `entry` nest holding the `u32` attributes `fields` (type, value).
    fn nest(b: &mut Builder<SliceSink<'_>>, fields: &[(u16, u32)]) {
        let n = b.begin_nest(1).unwrap();
        for &(kind, v) in fields {
            b.put_u32(kind, v).unwrap();
        }
        b.end_nest(n).unwrap();
    }

    /// A valid `entry` for ref `r`.
    fn entry(b: &mut Builder<SliceSink<'_>>, r: u32) {
        nest(b, &[(1, r), (2, 0x3)]);
    }

    #[test]
    fn valid_message() {
        let (buf, n) = build(|b| {
            entry(b, 1);
            entry(b, 2);
            b.put_str(2, "gnt").unwrap();
            b.put_flag(4).unwrap();
            b.put_i32(5, -5).unwrap();
        });
        assert_eq!(check(&buf[..n], Options::STRICT), Ok(()));
    }

    /// A string that is not UTF-8 is refused by the walk, as the decoders refuse it (C's
    /// walk too): before, the walk took it and the decode failed later, in the middle of
    /// serving the message.
    #[test]
    fn a_string_that_is_not_utf8_is_refused() {
        let e = error(|b| b.put_bytes(2, b"g\xffn\0").unwrap());
        assert_eq!(e.kind(), ErrorKind::BadValue, "{e:?}");
        assert_eq!(e.attr(), Some(2));
        assert!(format!("{e}").contains("string is not UTF-8"), "{e}");
        let (buf, n) = build(|b| b.put_bytes(2, "gé\0".as_bytes()).unwrap());
        assert_eq!(check(&buf[..n], Options::STRICT), Ok(()));
    }

    #[test]
    fn visit_decodes_in_one_pass() {
        let (buf, n) = build(|b| {
            entry(b, 7);
            entry(b, 9);
            b.put_str(2, "gnt").unwrap();
        });
        let mut refs = std::vec::Vec::new();
        let mut names = std::vec::Vec::new();
        visit(
            Attrs::new(&buf[..n], 20),
            &TOP,
            Options::STRICT,
            |set, p, a| {
                match (set.name, p.name) {
                    ("entry", "ref") => refs.push(a.u32()?),
                    (_, n) => names.push(n),
                }
                Ok(())
            },
        )
        .unwrap();
        assert_eq!(refs, [7, 9]);
        assert_eq!(names, ["entry", "flags", "entry", "flags", "name"]);
        // An error from the visitor stops the walk.
        let stop = Error::new(ErrorKind::BadValue, 0, "stop");
        let r = visit(
            Attrs::new(&buf[..n], 20),
            &TOP,
            Options::STRICT,
            |_, _, _| Err(stop),
        );
        assert_eq!(r, Err(stop));
    }

    #[test]
    fn visit_level_does_not_descend() {
        let (buf, n) = build(|b| {
            nest(b, &[(2, 0x20)]); // bad flags and no `ref`: only a deep walk sees it
            b.put_str(2, "gnt").unwrap();
        });
        let mut seen = std::vec::Vec::new();
        visit_level(
            Attrs::new(&buf[..n], 20),
            &TOP,
            Options::STRICT,
            20,
            |set, p, a| {
                seen.push((set.name, p.name, a.offset()));
                Ok(())
            },
        )
        .unwrap();
        assert_eq!(seen, [("top", "entry", 20), ("top", "name", 32)]);
        // The same bytes fail a deep walk, inside the nest.
        let e = check(&buf[..n], Options::default()).unwrap_err();
        assert_eq!((e.kind(), e.attr()), (ErrorKind::BadValue, Some(2)));
        // This level's own checks still apply.
        let (buf, n) = build(|b| b.put_i32(5, 6).unwrap());
        let e = visit_level(
            Attrs::new(&buf[..n], 20),
            &TOP,
            Options::default(),
            20,
            |_, _, _| Ok(()),
        )
        .unwrap_err();
        assert_eq!((e.kind(), e.offset()), (ErrorKind::BadValue, 20));
    }

    #[test]
    fn missing_required_in_nest() {
        let e = error(|b| nest(b, &[(2, 1)]));
        assert_eq!(
            (e.kind(), e.missing(), e.offset(), e.is_in_nest()),
            (ErrorKind::Missing, Some(1), 20, true)
        );
        // The same list's own required attribute, missing at the top level: not in a nest,
        // though reported at the same offset (the start of the attributes).
        static NEEDS_NAME: Policy = Policy::new(
            "needs-name",
            &[
                AttrPolicy::new(1, "entry", AttrType::Nested(&ENTRY)),
                AttrPolicy::new(2, "name", AttrType::String).required(),
            ],
        );
        let (buf, n) = build(|b| entry(b, 1));
        let e = validate(Attrs::new(&buf[..n], 20), &NEEDS_NAME, Options::default()).unwrap_err();
        assert_eq!(
            (e.kind(), e.missing(), e.offset(), e.is_in_nest()),
            (ErrorKind::Missing, Some(2), 20, false)
        );
    }

    #[test]
    fn bad_values_name_the_attribute() {
        let e = error(|b| nest(b, &[(1, 1), (2, 0x20)]));
        assert_eq!(
            (e.kind(), e.attr(), e.offset()),
            (ErrorKind::BadValue, Some(2), 32)
        );
        let cases: [(Writer, ErrorKind); 7] = [
            (|b| b.put_i32(5, 6).unwrap(), ErrorKind::BadValue),
            (|b| b.put_str(2, "").unwrap(), ErrorKind::BadSize),
            (|b| b.put_str(2, "123456789").unwrap(), ErrorKind::BadSize),
            (|b| b.put_bytes(3, &[0; 5]).unwrap(), ErrorKind::BadSize),
            (|b| b.put_u16(5, 1).unwrap(), ErrorKind::BadSize),
            (|b| b.put_u8(4, 1).unwrap(), ErrorKind::BadSize),
            (
                |b| b.put_i32(5 | crate::attr::F_NESTED, 1).unwrap(),
                ErrorKind::NotNested,
            ),
        ];
        for (i, (attrs, kind)) in cases.into_iter().enumerate() {
            assert_eq!(error(attrs).kind(), kind, "case {i}");
        }
    }

    #[test]
    fn unknown_attributes() {
        let (buf, n) = build(|b| b.put_u32(9, 1).unwrap());
        assert_eq!(check(&buf[..n], Options::default()), Ok(()));
        let e = check(&buf[..n], Options::STRICT).unwrap_err();
        assert_eq!((e.kind(), e.attr()), (ErrorKind::Unknown, Some(9)));
        let e = error(|b| b.put_u32(9 | crate::attr::F_MUST_UNDERSTAND, 1).unwrap());
        assert_eq!(
            (e.kind(), e.attr()),
            (ErrorKind::UnknownMustUnderstand, Some(9))
        );
        // A known attribute with the bit is fine.
        let (buf, n) = build(|b| b.put_flag(4 | crate::attr::F_MUST_UNDERSTAND).unwrap());
        assert_eq!(check(&buf[..n], Options::STRICT), Ok(()));
    }

    #[test]
    fn duplicates_and_counts() {
        let e = error(|b| {
            b.put_flag(4).unwrap();
            b.put_flag(4).unwrap();
        });
        assert_eq!((e.kind(), e.offset()), (ErrorKind::Duplicate, 24));
        let e = error(|b| {
            for r in 0..9 {
                entry(b, r);
            }
        });
        assert_eq!(e.kind(), ErrorKind::LimitExceeded);
    }

    #[test]
    fn strict_wants_nested_flag() {
        let (buf, n) = build(|b| {
            let mut inner = [0u8; 8];
            inner[..4].copy_from_slice(&[8, 0, 1, 0]);
            inner[4..].copy_from_slice(&1u32.to_le_bytes());
            b.put(1, &inner).unwrap();
        });
        assert_eq!(check(&buf[..n], Options::default()), Ok(()));
        assert_eq!(
            check(&buf[..n], Options::STRICT).unwrap_err().kind(),
            ErrorKind::NotNested
        );
    }

    static DEEP: Policy = Policy::new(
        "deep",
        &[AttrPolicy::new(1, "again", AttrType::Nested(&DEEP))],
    );

    #[test]
    fn nesting_bomb() {
        // 12 levels of self-nesting: deeper than MAX_NEST_DEPTH.
        let mut buf = [0u8; 256];
        let mut b = Builder::new(SliceSink::new(&mut buf));
        let mut nests = std::vec::Vec::new();
        for _ in 0..12 {
            nests.push(b.begin_nest(1).unwrap());
        }
        while let Some(n) = nests.pop() {
            b.end_nest(n).unwrap();
        }
        let n = b.len();
        let e = validate(Attrs::new(&buf[..n], 0), &DEEP, Options::default()).unwrap_err();
        assert_eq!(e.kind(), ErrorKind::LimitExceeded);
        assert_eq!(e.offset(), 36, "reported at the first nest past the limit");
        let shallow = Options {
            max_depth: 3,
            ..Options::default()
        };
        assert_eq!(
            validate(Attrs::new(&buf[..n], 0), &DEEP, shallow)
                .unwrap_err()
                .offset(),
            8
        );
    }

    #[test]
    fn lookup_dense_and_sparse() {
        static SPARSE: Policy = Policy::new(
            "sparse",
            &[
                AttrPolicy::new(7, "a", AttrType::U8),
                AttrPolicy::new(3, "b", AttrType::U8),
            ],
        );
        assert_eq!(SPARSE.lookup(3).unwrap().0, 1);
        assert!(SPARSE.lookup(1).is_none());
        assert!(SPARSE.lookup(0).is_none());
        assert_eq!(TOP.lookup(5).unwrap().1.name, "delta");
    }
}
