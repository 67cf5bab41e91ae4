//! Scalars and elements.

#[allow(unused_imports)]
use super::*;

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

    /// [`AttrSet::decode_valid`] for a later window of a batch request: `span` (when known)
    /// says where its entries lie, and the walk jumps over them instead of counting them
    /// one by one, so that a window costs its entries and the request's other attributes,
    /// not every entry before it. The generated sets with a list override it; the rest read
    /// the whole set.
    #[doc(hidden)]
    #[inline]
    fn decode_valid_from(attrs: Attrs<'a>, span: Option<Span>) -> Option<Self> {
        let _ = span;
        Self::decode_valid(attrs)
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

/// Decode a nested attribute set as one element (what the generated decoders call for a
/// nest). Its errors are marked [`Error::in_nest`](hvlink_codec::Error::in_nest): a required
/// attribute missing there is reported with the nest (`MISS_NEST`), one missing at the top
/// level without.
#[inline]
pub fn nest_from_attr<'a, T: AttrSet<'a>>(a: &Attr<'a>) -> Result<T> {
    T::decode_at(a.nested(), a.offset() as usize).map_err(hvlink_codec::Error::in_nest)
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
