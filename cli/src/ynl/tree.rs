//! The generic decoder: an attribute list walked with the spec's descriptors into a tree of
//! [`Field`]s (names, typed values, enum and flag names, nests, unknown attributes kept raw),
//! then rendered as JSON ([`to_json`]) or as indented text ([`to_text`]).
//!
//! Input is untrusted (hex from a user, a pcap file, a reply): nothing here panics, a malformed
//! attribute becomes a [`Value::Bad`] with the codec's reason, and a framing error ends the
//! list with a [`Value::Error`] entry. Depth is bounded by [`MAX_DEPTH`].

use std::fmt::Write as _;

use hvlink_codec::attr::{F_MUST_UNDERSTAND, F_NESTED};
use hvlink_codec::policy::{AttrPolicy, AttrType};
use hvlink_codec::Attrs;
use hvlink_proto::rt::{AttrDesc, Regs, SetDesc};
use serde_json::{Map, Value as Json};

use super::defs::{self, DefKind as Kind};
use super::hex;

/// Deepest nest walked (the codec's `MAX_NEST_DEPTH`).
pub const MAX_DEPTH: usize = hvlink_codec::limits::MAX_NEST_DEPTH as usize;

/// One attribute as found on the wire.
#[derive(Debug, Clone, PartialEq)]
pub struct Field {
    /// Offset of the attribute header from the start of its message.
    pub offset: u32,
    /// The whole type field (flag bits included).
    pub raw_kind: u16,
    /// Its descriptor, when the set knows the type.
    pub desc: Option<&'static AttrDesc>,
    /// The value.
    pub value: Value,
}

/// The value of one attribute.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    /// An integer of the spec type `ty`.
    Int {
        /// The value.
        v: i128,
        /// Spec type name (`u32`, `s16`, …).
        ty: &'static str,
    },
    /// A flag (present).
    Flag,
    /// A string.
    Str(String),
    /// Opaque bytes.
    Bytes(Vec<u8>),
    /// A nest, walked with `set` when known.
    Nest {
        /// The payload's set.
        set: Option<&'static SetDesc>,
        /// Its attributes.
        fields: Vec<Field>,
    },
    /// An attribute the set does not know, kept raw.
    Unknown(Vec<u8>),
    /// A known attribute whose payload does not fit its type.
    Bad {
        /// The payload.
        bytes: Vec<u8>,
        /// Why (the codec's reason).
        error: &'static str,
    },
    /// The list could not be framed from here on.
    Error(hvlink_codec::Error),
}

impl Field {
    /// The attribute type number.
    pub fn kind(&self) -> u16 {
        self.raw_kind & hvlink_codec::attr::TYPE_MASK
    }

    /// Its spec name, or `attr-N` for an unknown type.
    pub fn key(&self) -> String {
        match self.desc {
            Some(d) => d.name.to_string(),
            None => format!("attr-{}", self.kind()),
        }
    }
}

fn policy_of(set: &'static SetDesc, kind: u16) -> Option<(&'static AttrDesc, &'static AttrPolicy)> {
    set.attr(kind)
}

/// Walk `attrs` as attribute set `set` (`None`: nothing known, every attribute raw; nested ones
/// walked when they carry the nested bit).
pub fn walk(attrs: Attrs<'_>, set: Option<&'static SetDesc>) -> Vec<Field> {
    walk_at(attrs, set, 0)
}

fn walk_at(attrs: Attrs<'_>, set: Option<&'static SetDesc>, depth: usize) -> Vec<Field> {
    let mut out = Vec::new();
    for a in attrs {
        let a = match a {
            Ok(a) => a,
            Err(e) => {
                out.push(Field {
                    offset: e.offset(),
                    raw_kind: 0,
                    desc: None,
                    value: Value::Error(e),
                });
                break;
            }
        };
        let known = set.and_then(|s| policy_of(s, a.kind()));
        let value = match known {
            None if a.is_nested() && depth < MAX_DEPTH => Value::Nest {
                set: None,
                fields: walk_at(a.nested(), None, depth + 1),
            },
            None => Value::Unknown(a.payload().to_vec()),
            Some((d, p)) => {
                let bad = |e: hvlink_codec::Error| Value::Bad {
                    bytes: a.payload().to_vec(),
                    error: e.message(),
                };
                let int = |r: hvlink_codec::Result<i128>| match r {
                    Ok(v) => Value::Int { v, ty: d.ty },
                    Err(e) => bad(e),
                };
                match p.ty {
                    AttrType::U8 => int(a.u8().map(i128::from)),
                    AttrType::U16 => int(a.u16().map(i128::from)),
                    AttrType::U32 => int(a.u32().map(i128::from)),
                    AttrType::U64 => int(a.u64().map(i128::from)),
                    AttrType::S8 => int(a.i8().map(i128::from)),
                    AttrType::S16 => int(a.i16().map(i128::from)),
                    AttrType::S32 => int(a.i32().map(i128::from)),
                    AttrType::S64 => int(a.i64().map(i128::from)),
                    AttrType::Flag => match a.flag() {
                        Ok(()) => Value::Flag,
                        Err(e) => bad(e),
                    },
                    AttrType::String => match a.str() {
                        Ok(s) => Value::Str(s.to_string()),
                        Err(e) => bad(e),
                    },
                    AttrType::Binary => Value::Bytes(a.payload().to_vec()),
                    AttrType::Nested(_) | AttrType::NestedArray(_) if depth >= MAX_DEPTH => {
                        Value::Bad {
                            bytes: a.payload().to_vec(),
                            error: "nested too deep",
                        }
                    }
                    AttrType::Nested(_) => Value::Nest {
                        set: d.nested,
                        fields: walk_at(a.nested(), d.nested, depth + 1),
                    },
                    AttrType::NestedArray(_) => {
                        // Inner types are indices; each element is a nest of the set.
                        let mut items = Vec::new();
                        for i in a.nested() {
                            match i {
                                Ok(i) => items.push(Field {
                                    offset: i.offset(),
                                    raw_kind: i.raw_kind(),
                                    desc: None,
                                    value: Value::Nest {
                                        set: d.nested,
                                        fields: walk_at(i.nested(), d.nested, depth + 2),
                                    },
                                }),
                                Err(e) => {
                                    items.push(Field {
                                        offset: e.offset(),
                                        raw_kind: 0,
                                        desc: None,
                                        value: Value::Error(e),
                                    });
                                    break;
                                }
                            }
                        }
                        Value::Nest {
                            set: None,
                            fields: items,
                        }
                    }
                }
            }
        };
        out.push(Field {
            offset: a.offset(),
            raw_kind: a.raw_kind(),
            desc: known.map(|(d, _)| d),
            value,
        });
    }
    out
}

/// An integer as JSON: the enum entry name when it has one, flag names as an array (plus
/// the number of bits no entry covers), else the number.
fn int_json(v: i128, desc: Option<&AttrDesc>) -> Json {
    if let Some(def) = desc.and_then(|d| d.enumeration).and_then(defs::lookup) {
        match def.kind {
            Kind::Enum => {
                if let Some(n) = def.name_of(v) {
                    return Json::String(n.to_string());
                }
            }
            Kind::Flags => {
                let (names, rest) = defs::flag_names(def, v as u64);
                let mut arr: Vec<Json> = names.into_iter().map(Json::from).collect();
                if rest != 0 {
                    arr.push(Json::from(rest));
                }
                return Json::Array(arr);
            }
        }
    }
    if let Ok(u) = u64::try_from(v) {
        Json::from(u)
    } else {
        Json::from(v as i64)
    }
}

fn value_json(f: &Field) -> Json {
    match &f.value {
        Value::Int { v, .. } => int_json(*v, f.desc),
        Value::Flag => Json::Bool(true),
        Value::Str(s) => Json::String(s.clone()),
        Value::Bytes(b) | Value::Unknown(b) => Json::String(hex::encode(b)),
        Value::Nest { set: None, fields } if f.desc.is_some() => {
            // A nest array: its elements in order.
            Json::Array(fields.iter().map(value_json).collect())
        }
        Value::Nest { fields, .. } => Json::Object(to_json(fields)),
        Value::Bad { bytes, error } => {
            let mut m = Map::new();
            m.insert("error".into(), Json::String(error.to_string()));
            m.insert("raw".into(), Json::String(hex::encode(bytes)));
            Json::Object(m)
        }
        Value::Error(e) => Json::String(e.to_string()),
    }
}

/// The fields as a JSON object: every attribute by name (unknown ones as `attr-N` with their
/// payload in hex), repeated attributes as arrays in wire order, nests recursively, enums
/// by name. A non-repeated attribute that appears more than once becomes an array too, so
/// nothing on the wire is hidden. A framing error appears as `"error"`.
pub fn to_json(fields: &[Field]) -> Map<String, Json> {
    let mut m = Map::new();
    for f in fields {
        if let Value::Error(e) = &f.value {
            m.insert("error".into(), Json::String(e.to_string()));
            continue;
        }
        let key = f.key();
        let v = value_json(f);
        let repeated = f.desc.is_some_and(|d| d.max_count > 0);
        match m.get_mut(&key) {
            Some(Json::Array(a)) if repeated => a.push(v),
            Some(old) => {
                let prev = old.take();
                *old = match prev {
                    Json::Array(mut a) if repeated => {
                        a.push(v);
                        Json::Array(a)
                    }
                    p => Json::Array(vec![p, v]),
                };
            }
            None if repeated => {
                m.insert(key, Json::Array(vec![v]));
            }
            None => {
                m.insert(key, v);
            }
        }
    }
    m
}

fn int_text(v: i128, desc: Option<&AttrDesc>) -> String {
    if let Some(def) = desc.and_then(|d| d.enumeration).and_then(defs::lookup) {
        match def.kind {
            Kind::Enum => {
                if let Some(n) = def.name_of(v) {
                    return format!("{n} ({v})");
                }
                return format!("{v} (not an entry of {})", def.name);
            }
            Kind::Flags => {
                let (mut names, rest) = defs::flag_names(def, v as u64);
                let extra = format!("{rest:#x}");
                if rest != 0 {
                    names.push(&extra);
                }
                let names = if names.is_empty() {
                    "0".to_string()
                } else {
                    names.join("|")
                };
                return format!("{names} ({v:#x})");
            }
        }
    }
    if v > 0xffff {
        format!("{v} ({v:#x})")
    } else {
        v.to_string()
    }
}

/// The fields as indented lines: `[offset] name (type) = value`, nests indented below their
/// header, unknown attributes as `attr-N` with their raw payload.
pub fn to_text(fields: &[Field], indent: usize, out: &mut String) {
    let pad = " ".repeat(indent);
    for f in fields {
        let mut marks = String::new();
        if f.raw_kind & F_MUST_UNDERSTAND != 0 {
            marks.push_str(" [must-understand]");
        }
        let name = match f.desc {
            Some(d) => format!("{} ({})", d.name, f.kind()),
            None if matches!(f.value, Value::Error(_)) => String::new(),
            None => format!("attr-{} (unknown)", f.kind()),
        };
        let _ = match &f.value {
            Value::Int { v, ty } => writeln!(
                out,
                "{pad}[{:4}] {name} {ty} = {}{marks}",
                f.offset,
                int_text(*v, f.desc)
            ),
            Value::Flag => writeln!(out, "{pad}[{:4}] {name} flag{marks}", f.offset),
            Value::Str(s) => writeln!(out, "{pad}[{:4}] {name} string = {s:?}{marks}", f.offset),
            Value::Bytes(b) => writeln!(
                out,
                "{pad}[{:4}] {name} binary[{}] = {}{marks}",
                f.offset,
                b.len(),
                hex::encode(b)
            ),
            Value::Unknown(b) => writeln!(
                out,
                "{pad}[{:4}] {name} raw[{}] = {}{marks}",
                f.offset,
                b.len(),
                hex::encode(b)
            ),
            Value::Bad { bytes, error } => writeln!(
                out,
                "{pad}[{:4}] {name} MALFORMED ({error}) raw = {}{marks}",
                f.offset,
                hex::encode(bytes)
            ),
            Value::Error(e) => writeln!(out, "{pad}[{:4}] FRAMING ERROR: {e}", f.offset),
            Value::Nest { set, fields } => {
                let set = match set {
                    Some(s) => format!(" {}", s.name),
                    None if f.raw_kind & F_NESTED != 0 || f.desc.is_some() => String::new(),
                    None => String::new(),
                };
                let _ = writeln!(out, "{pad}[{:4}] {name} nest{set}{marks}", f.offset);
                to_text(fields, indent + 2, out);
                Ok(())
            }
        };
    }
}

/// The path of the attribute at `offset` (`entry[2].flags`), searching nests; `None` when no
/// attribute starts there.
pub fn path_at(fields: &[Field], offset: u32) -> Option<String> {
    let mut counts: Vec<(u16, usize)> = Vec::new();
    for f in fields {
        let idx = match counts.iter_mut().find(|(k, _)| *k == f.kind()) {
            Some((_, n)) => {
                *n += 1;
                *n - 1
            }
            None => {
                counts.push((f.kind(), 1));
                0
            }
        };
        let repeated = f.desc.is_some_and(|d| d.max_count > 0);
        let me = if repeated {
            format!("{}[{idx}]", f.key())
        } else {
            f.key()
        };
        if f.offset == offset {
            return Some(me);
        }
        if let Value::Nest { fields, .. } = &f.value {
            if let Some(rest) = path_at(fields, offset) {
                return Some(format!("{me}.{rest}"));
            }
        }
    }
    None
}

/// The nest whose header is at `offset`, searching nests: its set (when known) and fields.
pub fn nest_at(fields: &[Field], offset: u32) -> Option<(Option<&'static SetDesc>, &[Field])> {
    for f in fields {
        if let Value::Nest { set, fields: inner } = &f.value {
            if f.offset == offset {
                return Some((*set, inner));
            }
            if let Some(found) = nest_at(inner, offset) {
                return Some(found);
            }
        }
    }
    None
}

/// The fields of a FastABI reply: each mapped reply attribute read from its register (width
/// and sign as its type says), those with a `when` condition only when the selector holds; a
/// flag register that is 0 means absent.
pub fn from_regs(
    set: &'static SetDesc,
    outputs: &[(u16, hvlink_proto::rt::Reg)],
    regs: &Regs,
) -> Vec<Field> {
    let mut out: Vec<Field> = Vec::new();
    // Selectors first (attributes without `when`), then the conditional ones.
    for pass in 0..2 {
        for (kind, reg) in outputs {
            let Some((d, p)) = set.attr(*kind) else {
                continue;
            };
            if (pass == 0) != d.when.is_none() {
                continue;
            }
            if let Some((sel, allowed)) = d.when {
                let v = out.iter().find_map(|f| match f.value {
                    Value::Int { v, .. } if f.kind() == sel => Some(v),
                    _ => None,
                });
                if !v.is_some_and(|v| allowed.iter().any(|a| i128::from(*a) == v)) {
                    continue;
                }
            }
            let raw = regs.get(*reg);
            // The register holds the value zero- or sign-extended from the type's width.
            let int = match p.ty {
                AttrType::U8 => Some(i128::from(raw as u8)),
                AttrType::U16 => Some(i128::from(raw as u16)),
                AttrType::U32 => Some(i128::from(raw as u32)),
                AttrType::U64 => Some(i128::from(raw)),
                AttrType::S8 => Some(i128::from(raw as i8)),
                AttrType::S16 => Some(i128::from(raw as i16)),
                AttrType::S32 => Some(i128::from(raw as i32)),
                AttrType::S64 => Some(i128::from(raw as i64)),
                _ => None,
            };
            let value = match (int, &p.ty) {
                (Some(v), _) => Value::Int { v, ty: d.ty },
                (None, AttrType::Flag) if raw == 0 => continue,
                (None, AttrType::Flag) => Value::Flag,
                (None, _) => Value::Unknown(raw.to_le_bytes().to_vec()),
            };
            out.push(Field {
                offset: 0,
                raw_kind: *kind,
                desc: Some(d),
                value,
            });
        }
    }
    out.sort_by_key(|f| f.kind());
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use hvlink_codec::{Builder, Message};
    use hvlink_proto::grant_table::{
        GntmapFlags, MapEntry, MapGrantRef, MapMode, MapReq, MapReqForm,
    };
    use hvlink_proto::rt::{List, Op};

    fn map_batch() -> Vec<u8> {
        let es = [
            MapEntry {
                dom: 1,
                r#ref: 3,
                flags: GntmapFlags::HOST_MAP,
                host_addr: 0x1000,
            },
            MapEntry {
                dom: 1,
                r#ref: 4,
                flags: GntmapFlags(GntmapFlags::HOST_MAP.0 | GntmapFlags::READONLY.0),
                host_addr: 0x2000,
            },
        ];
        let mut b = Builder::new(Vec::new());
        MapGrantRef::write_request(
            &mut b,
            1,
            0,
            &MapReq {
                form: MapReqForm::Batch {
                    mode: MapMode::ATOMIC,
                    entry: List::new(&es),
                },
            },
        )
        .unwrap();
        b.into_inner()
    }

    #[test]
    fn walks_nests_lists_enums_and_flags() {
        let buf = map_batch();
        let msg = Message::parse(&buf).unwrap();
        let (_, attrs) = msg.genl().unwrap();
        let fields = walk(attrs, Some(MapGrantRef::DESC.request));
        let j = Json::Object(to_json(&fields));
        assert_eq!(j["mode"], "atomic");
        assert_eq!(j["entry"][1]["ref"], 4);
        assert_eq!(
            j["entry"][1]["flags"],
            serde_json::json!(["host-map", "readonly"])
        );
        let mut text = String::new();
        to_text(&fields, 0, &mut text);
        assert!(
            text.contains("mode (5) u8 = atomic (2) [must-understand]"),
            "{text}"
        );
        // The second entry's flags: path from its offset.
        let Value::Nest { fields: inner, .. } = &fields[2].value else {
            panic!()
        };
        let flags = inner.iter().find(|f| f.key() == "flags").unwrap();
        assert_eq!(
            path_at(&fields, flags.offset).as_deref(),
            Some("entry[1].flags")
        );
        assert_eq!(
            nest_at(&fields, fields[2].offset)
                .and_then(|(s, _)| s)
                .map(|s| s.name),
            Some("map-entry")
        );
    }

    #[test]
    fn garbage_never_panics() {
        let buf = map_batch();
        for cut in 20..buf.len() {
            for flip in [0u8, 0xff, 0x80] {
                let mut b = buf.clone();
                b[cut] ^= flip;
                let attrs = Attrs::new(&b[20..], 20);
                let f = walk(attrs, Some(MapGrantRef::DESC.request));
                let _ = to_json(&f);
                let mut s = String::new();
                to_text(&f, 0, &mut s);
                let attrs = Attrs::new(&b[20..cut], 20);
                let _ = walk(attrs, None);
            }
        }
    }
}
