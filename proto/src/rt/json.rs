//! serde for the generated attribute sets (feature `serde`): the JSON of `hvlink do`.
//!
//! A set serializes as a map of its attributes by spec name, in wire order: integers as
//! numbers, enum values by entry name (a value no entry has as its number), flags as the
//! array of their entries' names (bits no entry covers as a number at the end), `flag`
//! attributes as `true`, strings as strings, binary as lowercase hex, nests as maps, and
//! repeated attributes as arrays; an attribute the spec does not know as `attr-N` with its
//! payload in hex. It is what `hvlink do` prints for a reply and reads for a request, so a
//! toolstack can log its typed calls as JSON, read them back, and replay them (the tests
//! compare with the `hvlink` binary's own JSON).
//!
//! Both ways go through the wire encoding and the set's descriptor: serializing encodes the
//! value and walks the attributes; deserializing writes the attributes the JSON names and
//! then decodes them, with all of the decoder's checks (types, ranges, closed enums,
//! required attributes, forms). Sets without a lifetime implement `Deserialize` directly;
//! those that borrow (lists, strings, binary) are read into [`Owned`], which keeps the
//! encoding and hands the decoded value out ([`Owned::get`]), and [`Request`]/[`Reply`]
//! do the same for an op's request and reply. Needs an allocator (the feature enables
//! `alloc`).

extern crate alloc;

use alloc::vec::Vec;
use core::fmt;
use core::marker::PhantomData;

use hvlink_codec::attr::F_MUST_UNDERSTAND;
use hvlink_codec::{Attr, Attrs, Builder};
use serde::de::{self, DeserializeSeed, MapAccess, SeqAccess, Visitor};
use serde::ser::{SerializeMap, SerializeSeq};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::{AttrDesc, AttrSet, DefDesc, DefKind, Op, SetDesc};

fn def(a: &AttrDesc) -> Option<&'static DefDesc> {
    let name = a.enumeration?;
    crate::DEFINITIONS.iter().find(|d| d.name == name)
}

/// An integer attribute's value (little-endian, sign-extended for the signed types).
fn int_of(ty: &str, p: &[u8]) -> Option<i128> {
    let (n, signed) = match ty {
        "u8" => (1, false),
        "u16" => (2, false),
        "u32" => (4, false),
        "u64" => (8, false),
        "s8" => (1, true),
        "s16" => (2, true),
        "s32" => (4, true),
        "s64" => (8, true),
        _ => return None,
    };
    if p.len() != n {
        return None;
    }
    let mut w = [0u8; 8];
    w[..n].copy_from_slice(p);
    let u = u64::from_le_bytes(w);
    Some(if signed {
        let shift = 64 - 8 * n as u32;
        i128::from(((u << shift) as i64) >> shift)
    } else {
        i128::from(u)
    })
}

struct Hex<'a>(&'a [u8]);

impl fmt::Display for Hex<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.iter().try_for_each(|b| write!(f, "{b:02x}"))
    }
}

fn number<S: Serializer>(v: i128, s: S) -> Result<S::Ok, S::Error> {
    match u64::try_from(v) {
        Ok(u) => s.serialize_u64(u),
        Err(_) => s.serialize_i64(v as i64),
    }
}

/// The attributes of `set` in `bytes`, as a map.
struct SetSer<'a> {
    set: Option<&'static SetDesc>,
    attrs: Attrs<'a>,
}

/// One attribute's value (or all occurrences of a repeated one, as an array).
struct ValueSer<'a> {
    desc: Option<&'static AttrDesc>,
    attrs: Vec<Attr<'a>>,
    array: bool,
}

struct One<'a>(Option<&'static AttrDesc>, Attr<'a>);

struct Flags(&'static DefDesc, u64);

impl Serialize for Flags {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let (d, v) = (self.0, self.1);
        let mut rest = v;
        let mut seq = s.serialize_seq(None)?;
        for (n, m) in d.entries {
            let m = *m as u64;
            if m != 0 && v & m == m {
                seq.serialize_element(n)?;
                rest &= !m;
            }
        }
        if rest != 0 {
            seq.serialize_element(&rest)?;
        }
        seq.end()
    }
}

impl Serialize for One<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let a = &self.1;
        let Some(d) = self.0 else {
            return s.collect_str(&Hex(a.bytes()));
        };
        if let Some(v) = int_of(d.ty, a.bytes()) {
            return match def(d) {
                Some(def) if def.kind == DefKind::Enum => match def.name_of(v) {
                    Some(n) => s.serialize_str(n),
                    None => number(v, s),
                },
                Some(def) => Flags(def, v as u64).serialize(s),
                None => number(v, s),
            };
        }
        match d.ty {
            "flag" => s.serialize_bool(true),
            "string" => match a.str() {
                Ok(t) => s.serialize_str(t),
                Err(_) => s.collect_str(&Hex(a.bytes())),
            },
            "nest" => SetSer {
                set: d.nested,
                attrs: a.nested(),
            }
            .serialize(s),
            _ => s.collect_str(&Hex(a.bytes())),
        }
    }
}

impl Serialize for ValueSer<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        if !self.array {
            return One(self.desc, self.attrs[0]).serialize(s);
        }
        let mut seq = s.serialize_seq(Some(self.attrs.len()))?;
        for a in &self.attrs {
            seq.serialize_element(&One(self.desc, *a))?;
        }
        seq.end()
    }
}

struct Key(Option<&'static AttrDesc>, u16);

impl Serialize for Key {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self.0 {
            Some(d) => s.serialize_str(d.name),
            None => s.collect_str(&format_args!("attr-{}", self.1)),
        }
    }
}

impl Serialize for SetSer<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        // Group by type, in the order of first appearance (what the CLI's JSON shows).
        let mut groups: Vec<(u16, Option<&'static AttrDesc>, Vec<Attr<'_>>)> = Vec::new();
        for a in self.attrs.clone() {
            let a = a.map_err(serde::ser::Error::custom)?;
            match groups.iter_mut().find(|g| g.0 == a.kind()) {
                Some(g) => g.2.push(a),
                None => {
                    let desc = self.set.and_then(|s| s.attr(a.kind())).map(|(d, _)| d);
                    groups.push((a.kind(), desc, alloc::vec![a]));
                }
            }
        }
        let mut m = s.serialize_map(Some(groups.len()))?;
        for (kind, desc, attrs) in groups {
            let array = desc.is_some_and(|d| d.max_count > 0) || attrs.len() > 1;
            m.serialize_entry(&Key(desc, kind), &ValueSer { desc, attrs, array })?;
        }
        m.end()
    }
}

/// Serialize the set `v` (what the generated `Serialize` impls call).
pub fn serialize<'a, T: AttrSet<'a>, S: Serializer>(v: &T, s: S) -> Result<S::Ok, S::Error> {
    let mut b = Builder::new(Vec::new());
    v.encode(&mut b).map_err(serde::ser::Error::custom)?;
    let bytes = b.into_inner();
    SetSer {
        set: Some(T::DESC),
        attrs: Attrs::new(&bytes, 0),
    }
    .serialize(s)
}

/// Writes the attributes of a JSON map of `set` into a builder.
struct SetSeed<'b> {
    set: &'static SetDesc,
    b: &'b mut Builder<Vec<u8>>,
}

impl<'de> DeserializeSeed<'de> for SetSeed<'_> {
    type Value = ();
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_map(self)
    }
}

impl<'de> Visitor<'de> for SetSeed<'_> {
    type Value = ();
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "a map of the attributes of `{}`", self.set.name)
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        while let Some(key) = map.next_key::<alloc::string::String>()? {
            let Some(desc) = self.set.attrs.iter().find(|a| a.name == key) else {
                return Err(de::Error::custom(format_args!(
                    "`{key}` is not an attribute of `{}`",
                    self.set.name
                )));
            };
            if desc.max_count > 0 {
                map.next_value_seed(ListSeed { desc, b: self.b })?;
            } else {
                map.next_value_seed(AttrSeed { desc, b: self.b })?;
            }
        }
        Ok(())
    }
}

/// The occurrences of a repeated attribute (an array, or one value).
struct ListSeed<'b> {
    desc: &'static AttrDesc,
    b: &'b mut Builder<Vec<u8>>,
}

impl<'de> DeserializeSeed<'de> for ListSeed<'_> {
    type Value = ();
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_seq(self)
    }
}

impl<'de> Visitor<'de> for ListSeed<'_> {
    type Value = ();
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "an array of `{}`", self.desc.name)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        while seq
            .next_element_seed(AttrSeed {
                desc: self.desc,
                b: self.b,
            })?
            .is_some()
        {}
        Ok(())
    }
}

/// One attribute from its JSON value.
struct AttrSeed<'b> {
    desc: &'static AttrDesc,
    b: &'b mut Builder<Vec<u8>>,
}

impl AttrSeed<'_> {
    fn raw(&self) -> u16 {
        if self.desc.must_understand {
            self.desc.kind | F_MUST_UNDERSTAND
        } else {
            self.desc.kind
        }
    }

    fn put_int<E: de::Error>(self, v: i128) -> Result<(), E> {
        let (n, lo, hi): (usize, i128, i128) = match self.desc.ty {
            "u8" => (1, 0, u8::MAX.into()),
            "u16" => (2, 0, u16::MAX.into()),
            "u32" => (4, 0, u32::MAX.into()),
            "u64" => (8, 0, u64::MAX.into()),
            "s8" => (1, i8::MIN.into(), i8::MAX.into()),
            "s16" => (2, i16::MIN.into(), i16::MAX.into()),
            "s32" => (4, i32::MIN.into(), i32::MAX.into()),
            "s64" => (8, i64::MIN.into(), i64::MAX.into()),
            t => {
                return Err(E::custom(format_args!(
                    "`{}` is {t}, not a number",
                    self.desc.name
                )))
            }
        };
        if v < lo || v > hi {
            return Err(E::custom(format_args!(
                "{v} does not fit `{}` ({})",
                self.desc.name, self.desc.ty
            )));
        }
        let raw = self.raw();
        self.b
            .put(raw, &(v as u64).to_le_bytes()[..n])
            .map_err(E::custom)
    }

    fn entry<E: de::Error>(&self, name: &str) -> Result<i128, E> {
        let value = def(self.desc).and_then(|d| d.value_of(name));
        value.map(i128::from).ok_or_else(|| {
            E::custom(format_args!(
                "`{name}` is not an entry of `{}`'s values",
                self.desc.name
            ))
        })
    }
}

impl<'de> DeserializeSeed<'de> for AttrSeed<'_> {
    type Value = ();
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        match self.desc.ty {
            "nest" => {
                let Some(set) = self.desc.nested else {
                    return Err(de::Error::custom("a nest without a set"));
                };
                let n = self.b.begin_nest(self.raw()).map_err(de::Error::custom)?;
                SetSeed { set, b: self.b }.deserialize(d)?;
                self.b.end_nest(n).map_err(de::Error::custom)
            }
            _ => d.deserialize_any(self),
        }
    }
}

impl<'de> Visitor<'de> for AttrSeed<'_> {
    type Value = ();
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "a value of `{}` ({})", self.desc.name, self.desc.ty)
    }
    fn visit_bool<E: de::Error>(self, v: bool) -> Result<(), E> {
        match (self.desc.ty, v) {
            ("flag", true) => self.b.put_flag(self.raw()).map_err(E::custom),
            ("flag", false) => Ok(()),
            _ => Err(E::invalid_type(de::Unexpected::Bool(v), &self)),
        }
    }
    fn visit_u64<E: de::Error>(self, v: u64) -> Result<(), E> {
        self.put_int(v.into())
    }
    fn visit_i64<E: de::Error>(self, v: i64) -> Result<(), E> {
        self.put_int(v.into())
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<(), E> {
        match self.desc.ty {
            "string" => {
                let raw = self.raw();
                self.b.put_str(raw, v).map_err(E::custom)
            }
            "binary" => {
                let bytes = unhex(v).ok_or_else(|| E::custom("binary values are hex digits"))?;
                let raw = self.raw();
                self.b.put(raw, &bytes).map_err(E::custom)
            }
            _ => {
                // An enum entry by name, or flags as "a|b".
                let mut value = 0i128;
                for part in v.split('|') {
                    let e = self.entry::<E>(part)?;
                    value |= e;
                }
                self.put_int(value)
            }
        }
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        // Flags as an array of entry names (and numbers for bits no entry covers).
        let mut value = 0i128;
        while let Some(item) = seq.next_element::<FlagItem>()? {
            value |= match item {
                FlagItem::Bits(n) => i128::from(n),
                FlagItem::Name(s) => self.entry::<A::Error>(&s)?,
            };
        }
        self.put_int(value)
    }
}

#[derive(Deserialize)]
#[serde(untagged)]
enum FlagItem {
    Bits(u64),
    Name(alloc::string::String),
}

fn unhex(s: &str) -> Option<Vec<u8>> {
    let s = s.as_bytes();
    if s.len() % 2 != 0 {
        return None;
    }
    let d = |c: u8| (c as char).to_digit(16).map(|v| v as u8);
    s.chunks(2)
        .map(|p| Some(d(p[0])? << 4 | d(p[1])?))
        .collect()
}

/// The wire encoding of the attributes of `set` that a JSON map (deserialized from `d`)
/// names; not yet validated (decode it for that).
pub fn encode_from<'de, D: Deserializer<'de>>(
    set: &'static SetDesc,
    d: D,
) -> Result<Vec<u8>, D::Error> {
    let mut b = Builder::new(Vec::new());
    SetSeed { set, b: &mut b }.deserialize(d)?;
    Ok(b.into_inner())
}

/// A set read from JSON, kept as its wire encoding: the decoded value borrows from it
/// ([`Owned::get`]). For sets with lists, strings or binary, which borrow.
pub struct Owned<T> {
    bytes: Vec<u8>,
    _t: PhantomData<T>,
}

impl<T> Owned<T> {
    /// The attributes' wire encoding (validated when it was read).
    pub fn bytes(&self) -> &[u8] {
        &self.bytes
    }
}

impl<T> fmt::Debug for Owned<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Owned({})", Hex(&self.bytes))
    }
}

/// The set types [`Owned`] can hold: any generated set, at any lifetime.
pub trait Set {
    /// The set at lifetime `'a`.
    type At<'a>: AttrSet<'a>;
}

impl<T: Set> Owned<T> {
    /// The decoded value.
    pub fn get(&self) -> T::At<'_> {
        // Validated when it was read; `decode` of the same bytes gives the same result.
        match <T::At<'_> as AttrSet<'_>>::decode(Attrs::new(&self.bytes, 0)) {
            Ok(v) => v,
            Err(_) => unreachable!("validated when read"),
        }
    }
}

impl<'de, T: Set> Deserialize<'de> for Owned<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let bytes = encode_from(<T::At<'static> as AttrSet<'static>>::DESC, d)?;
        <T::At<'_> as AttrSet<'_>>::decode(Attrs::new(&bytes, 0)).map_err(de::Error::custom)?;
        Ok(Owned {
            bytes,
            _t: PhantomData,
        })
    }
}

impl<T: Set> Serialize for Owned<T> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        SetSer {
            set: Some(<T::At<'static> as AttrSet<'static>>::DESC),
            attrs: Attrs::new(&self.bytes, 0),
        }
        .serialize(s)
    }
}

/// The request of op `O` at any lifetime.
pub struct RequestOf<O>(PhantomData<O>);
impl<O: Op> Set for RequestOf<O> {
    type At<'a> = O::Request<'a>;
}

/// The reply of op `O` at any lifetime.
pub struct ReplyOf<O>(PhantomData<O>);
impl<O: Op> Set for ReplyOf<O> {
    type At<'a> = O::Reply<'a>;
}

/// A request of op `O` read from JSON (a logged call to replay): `.get()` is the typed
/// request, `.bytes()` its attributes.
pub type Request<O> = Owned<RequestOf<O>>;

/// A reply of op `O` read from JSON.
pub type Reply<O> = Owned<ReplyOf<O>>;

/// `Serialize` for generated sets (and `Deserialize` for those without a lifetime), through
/// [`serialize`] and [`encode_from`].
#[doc(hidden)]
#[macro_export]
macro_rules! __hvlink_serde_set {
    (serialize $($ty:ty),* $(,)?) => {$(
        impl ::serde::Serialize for $ty {
            fn serialize<S: ::serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                $crate::rt::json::serialize(self, s)
            }
        }
    )*};
    (deserialize $($ty:ty),* $(,)?) => {$(
        impl<'de> ::serde::Deserialize<'de> for $ty {
            fn deserialize<D: ::serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let bytes = $crate::rt::json::encode_from(
                    <$ty as $crate::rt::AttrSet<'static>>::DESC,
                    d,
                )?;
                <$ty as $crate::rt::AttrSet<'_>>::decode($crate::codec::Attrs::new(&bytes, 0))
                    .map_err(<D::Error as ::serde::de::Error>::custom)
            }
        }
    )*};
}

crate::__hvlink_serde_set!(serialize crate::rt::Empty);
crate::__hvlink_serde_set!(deserialize crate::rt::Empty);
