//! The generic encoder: a JSON object becomes a request message, attribute by attribute,
//! from the spec's descriptors alone (ynl's way): names to type numbers, integers checked
//! against their width, enums and flags by name or number, strings, binaries in hex, nests
//! as objects, repeated attributes as arrays, the must-understand bit where the spec sets it.
//!
//! What it checks is only what it needs to write the bytes (a name it cannot resolve, a value
//! that does not fit the type's width). Everything else — ranges, forms, required attributes,
//! closed enums — is left to the host, which validates the request as any other and answers
//! with an extended ack naming the offending attribute.

use hvlink_codec::attr::F_MUST_UNDERSTAND;
use hvlink_codec::policy::AttrType;
use hvlink_codec::{genl, header, Builder, Flags, MessageType};
use std::fmt;

use hvlink_proto::rt::{AttrDesc, DefDesc, DefKind, OpDesc, SetDesc, EMPTY_SET};
use serde_json::Value as Json;

use super::{defs, hex};

/// Why a JSON value cannot become the request.
#[non_exhaustive]
#[derive(Debug, Clone, PartialEq)]
pub enum Error {
    /// The message cannot be built (the codec refused it: too large for its length fields).
    Build(hvlink_codec::Error),
    /// The JSON at `path` cannot be encoded.
    Json {
        /// Where in the JSON (`entry[1].flags`; empty for the request itself).
        path: String,
        /// What is wrong there.
        why: Why,
    },
}

/// What is wrong with one JSON value. Names and values the user wrote are kept to be shown
/// back; everything the spec says is borrowed from its descriptors.
#[non_exhaustive]
#[derive(Debug, Clone, PartialEq)]
pub enum Why {
    /// Not an object where a set of attributes goes.
    NotAnObject {
        /// The set.
        set: &'static SetDesc,
        /// What it is instead (`an array`).
        got: &'static str,
    },
    /// A key that is no attribute of the set.
    UnknownAttribute {
        /// The set.
        set: &'static SetDesc,
        /// The key.
        key: String,
    },
    /// The descriptor has no policy entry (a generator bug).
    NoPolicy,
    /// An array for an attribute that is not repeated.
    NotRepeated(&'static AttrDesc),
    /// Not `true` or `false` for a flag.
    NotAFlag {
        /// What it is instead.
        got: &'static str,
    },
    /// Another JSON type than the attribute's.
    Expected {
        /// What the attribute takes (`a string`).
        want: &'static str,
        /// What it is instead.
        got: &'static str,
    },
    /// A number with a fraction or out of every integer range.
    NotAnInteger(serde_json::Number),
    /// A string that is no number, for an attribute without named values.
    NotANumber {
        /// The string.
        text: String,
        /// The attribute.
        attr: &'static AttrDesc,
    },
    /// A name that is no entry of the enum.
    NotAnEntry {
        /// The name.
        text: String,
        /// The enum.
        def: &'static DefDesc,
    },
    /// A name that is no flag of the flag set.
    NotAFlagOf {
        /// The name.
        text: String,
        /// The flag set.
        def: &'static DefDesc,
    },
    /// An integer beyond the type's width.
    DoesNotFit {
        /// The value.
        value: i128,
        /// The attribute.
        attr: &'static AttrDesc,
        /// The type's range.
        min: i128,
        /// The type's range.
        max: i128,
    },
    /// Not an array for a nest array.
    NotAnArray,
    /// Neither a hex string nor an array of bytes for a binary.
    NotBinary {
        /// What it is instead.
        got: &'static str,
    },
    /// A binary's hex string is not hex.
    Hex(hex::Error),
    /// A binary's byte array holds something else than numbers 0..=255.
    NotAByte,
    /// More elements than a nest array can index.
    TooManyElements,
    /// The codec refused the value (too long for its length field, a string with a NUL).
    Codec(hvlink_codec::Error),
}

impl fmt::Display for Why {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Why::NotAnObject { set, got } => write!(
                f,
                "expected an object of `{}` attributes, got {got}",
                set.name
            ),
            Why::UnknownAttribute { set, key } => {
                let known: Vec<&str> = set.attrs.iter().map(|a| a.name).collect();
                let known = if known.is_empty() {
                    "none".to_string()
                } else {
                    known.join(", ")
                };
                write!(
                    f,
                    "`{}` has no attribute `{key}`; it has: {known}",
                    set.name
                )
            }
            Why::NoPolicy => f.write_str("descriptor without policy"),
            Why::NotRepeated(a) => write!(
                f,
                "`{}` is not repeated: give one value, not an array",
                a.name
            ),
            Why::NotAFlag { got } => write!(f, "a flag takes true or false, not {got}"),
            Why::Expected { want, got } => write!(f, "expected {want}, got {got}"),
            Why::NotAnInteger(n) => write!(f, "{n} is not an integer"),
            Why::NotANumber { text, attr } => write!(
                f,
                "`{text}` is not a number (`{}` has no named values)",
                attr.name
            ),
            Why::NotAnEntry { text, def } => write!(
                f,
                "`{text}` is not an entry of {}: {}",
                def.name,
                defs::entry_list(def)
            ),
            Why::NotAFlagOf { text, def } => write!(
                f,
                "`{text}` is not a flag of {}: {}",
                def.name,
                defs::entry_list(def)
            ),
            Why::DoesNotFit {
                value,
                attr,
                min,
                max,
            } => write!(
                f,
                "{value} does not fit `{}` ({}: {min}..={max})",
                attr.name, attr.ty
            ),
            Why::NotAnArray => f.write_str("expected an array of objects"),
            Why::NotBinary { got } => write!(
                f,
                "binary takes a hex string or an array of bytes, not {got}"
            ),
            Why::Hex(e) => e.fmt(f),
            Why::NotAByte => f.write_str("byte arrays hold numbers 0..=255"),
            Why::TooManyElements => f.write_str("too many elements"),
            Why::Codec(e) => f.write_str(e.message()),
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Build(e) => write!(f, "cannot build the request: {e}"),
            Error::Json { path, why } if path.is_empty() => write!(f, "request: {why}"),
            Error::Json { path, why } => write!(f, "{path}: {why}"),
        }
    }
}

impl std::error::Error for Error {}

/// A whole request message for `op` with the attributes of `json` (an object).
pub fn request(
    op: &OpDesc,
    json: &Json,
    flags: Flags,
    seq: u32,
    port: u32,
) -> Result<Vec<u8>, Error> {
    let mut b = Builder::new(Vec::new());
    let m = b
        .begin_message(header::Repr {
            message_type: MessageType(op.msg_type),
            flags,
            seq,
            port,
        })
        .map_err(Error::Build)?;
    b.genl(genl::Repr {
        cmd: op.id,
        version: op.family_version,
    })
    .map_err(Error::Build)?;
    encode_set(&mut b, op.request, json, "")?;
    b.end_message(m).map_err(Error::Build)?;
    Ok(b.into_inner())
}

fn bad(path: &str, why: Why) -> Error {
    Error::Json {
        path: path.to_string(),
        why,
    }
}

fn join(path: &str, name: &str) -> String {
    if path.is_empty() {
        name.to_string()
    } else {
        format!("{path}.{name}")
    }
}

/// The attribute of `set` called `key` (spec spelling; `_` accepted for `-`).
pub fn find_attr(set: &'static SetDesc, key: &str) -> Option<(usize, &'static AttrDesc)> {
    let want = key.replace('_', "-");
    set.attrs
        .iter()
        .enumerate()
        .find(|(_, a)| a.name == want || a.name == key)
}

/// Write the attributes of `set` named by the keys of `json` (in the object's order).
pub fn encode_set(
    b: &mut Builder<Vec<u8>>,
    set: &'static SetDesc,
    json: &Json,
    path: &str,
) -> Result<(), Error> {
    let obj = match json {
        Json::Object(o) => o,
        Json::Null if path.is_empty() => return Ok(()),
        other => {
            return Err(bad(
                path,
                Why::NotAnObject {
                    set,
                    got: kind_of(other),
                },
            ))
        }
    };
    for (key, val) in obj {
        let here = join(path, key);
        let Some((i, desc)) = find_attr(set, key) else {
            return Err(bad(
                &here,
                Why::UnknownAttribute {
                    set,
                    key: key.clone(),
                },
            ));
        };
        let Some(policy) = set.policy.attrs.get(i) else {
            return Err(bad(&here, Why::NoPolicy));
        };
        let raw = desc.kind
            | if desc.must_understand {
                F_MUST_UNDERSTAND
            } else {
                0
            };
        let takes_array = matches!(policy.ty, AttrType::NestedArray(_) | AttrType::Binary)
            || flag_set(desc).is_some();
        match val {
            Json::Array(items) if desc.max_count > 0 => {
                for (n, item) in items.iter().enumerate() {
                    put_one(b, desc, &policy.ty, raw, item, &format!("{here}[{n}]"))?;
                }
            }
            Json::Array(_) if !takes_array => return Err(bad(&here, Why::NotRepeated(desc))),
            v => put_one(b, desc, &policy.ty, raw, v, &here)?,
        }
    }
    Ok(())
}

/// The attribute's flag set, when its values are one.
fn flag_set(desc: &AttrDesc) -> Option<&'static DefDesc> {
    desc.enumeration
        .and_then(defs::lookup)
        .filter(|d| d.kind == DefKind::Flags)
}

fn kind_of(v: &Json) -> &'static str {
    match v {
        Json::Null => "null",
        Json::Bool(_) => "a boolean",
        Json::Number(_) => "a number",
        Json::String(_) => "a string",
        Json::Array(_) => "an array",
        Json::Object(_) => "an object",
    }
}

/// An integer in the type's range, as the type: `$t::MIN..=$t::MAX` checked by [`int`].
macro_rules! put_int {
    ($b:ident . $put:ident, $t:ty, $raw:ident, $desc:ident, $v:ident, $path:ident) => {{
        let v = int($desc, $v, $path, <$t>::MIN.into(), <$t>::MAX.into())? as $t;
        $b.$put($raw, v)
    }};
}

fn put_one(
    b: &mut Builder<Vec<u8>>,
    desc: &'static AttrDesc,
    ty: &AttrType,
    raw: u16,
    v: &Json,
    path: &str,
) -> Result<(), Error> {
    let codec = |e: hvlink_codec::Error| bad(path, Why::Codec(e));
    match ty {
        AttrType::Flag => match v {
            Json::Bool(true) => b.put_flag(raw),
            Json::Bool(false) => Ok(()),
            other => {
                return Err(bad(
                    path,
                    Why::NotAFlag {
                        got: kind_of(other),
                    },
                ))
            }
        },
        AttrType::U8 => put_int!(b.put_u8, u8, raw, desc, v, path),
        AttrType::U16 => put_int!(b.put_u16, u16, raw, desc, v, path),
        AttrType::U32 => put_int!(b.put_u32, u32, raw, desc, v, path),
        AttrType::U64 => put_int!(b.put_u64, u64, raw, desc, v, path),
        AttrType::S8 => put_int!(b.put_i8, i8, raw, desc, v, path),
        AttrType::S16 => put_int!(b.put_i16, i16, raw, desc, v, path),
        AttrType::S32 => put_int!(b.put_i32, i32, raw, desc, v, path),
        AttrType::S64 => put_int!(b.put_i64, i64, raw, desc, v, path),
        AttrType::String => match v {
            Json::String(s) => b.put_str(raw, s),
            other => {
                return Err(bad(
                    path,
                    Why::Expected {
                        want: "a string",
                        got: kind_of(other),
                    },
                ))
            }
        },
        AttrType::Binary => {
            let bytes = binary(v, path)?;
            b.put_bytes(raw, &bytes)
        }
        AttrType::Nested(_) => {
            let set = desc.nested.unwrap_or(&EMPTY_SET);
            let n = b.begin_nest(raw).map_err(codec)?;
            encode_set(b, set, v, path)?;
            b.end_nest(n)
        }
        AttrType::NestedArray(_) => {
            let Json::Array(items) = v else {
                return Err(bad(path, Why::NotAnArray));
            };
            let set = desc.nested.unwrap_or(&EMPTY_SET);
            let outer = b.begin_nest(raw).map_err(codec)?;
            for (i, item) in items.iter().enumerate() {
                let idx = u16::try_from(i + 1).map_err(|_| bad(path, Why::TooManyElements))?;
                let n = b.begin_nest(idx).map_err(codec)?;
                encode_set(b, set, item, &format!("{path}[{i}]"))?;
                b.end_nest(n).map_err(codec)?;
            }
            b.end_nest(outer)
        }
    }
    .map_err(codec)
}

/// Parse a number: decimal, `0x` hex, `0b` binary, `0o` octal, with an optional `-`.
pub fn parse_number(s: &str) -> Option<i128> {
    let s = s.trim().replace('_', "");
    let (neg, body) = match s.strip_prefix('-') {
        Some(r) => (true, r),
        None => (false, s.as_str()),
    };
    let lower = body.to_ascii_lowercase();
    let v = if let Some(h) = lower.strip_prefix("0x") {
        i128::from_str_radix(h, 16).ok()?
    } else if let Some(b) = lower.strip_prefix("0b") {
        i128::from_str_radix(b, 2).ok()?
    } else if let Some(o) = lower.strip_prefix("0o") {
        i128::from_str_radix(o, 8).ok()?
    } else {
        lower.parse::<i128>().ok()?
    };
    Some(if neg { -v } else { v })
}

/// One integer from JSON: a number, a numeric string, or an entry name of `def`.
fn one_int(
    desc: &'static AttrDesc,
    def: Option<&'static DefDesc>,
    v: &Json,
    path: &str,
) -> Result<i128, Error> {
    let s = match v {
        Json::Number(n) => {
            return n
                .as_i64()
                .map(i128::from)
                .or_else(|| n.as_u64().map(i128::from))
                .ok_or_else(|| bad(path, Why::NotAnInteger(n.clone())))
        }
        Json::String(s) => s,
        other => {
            return Err(bad(
                path,
                Why::Expected {
                    want: "an integer",
                    got: kind_of(other),
                },
            ))
        }
    };
    if let Some(n) = parse_number(s) {
        return Ok(n);
    }
    let Some(def) = def else {
        let text = s.clone();
        return Err(bad(path, Why::NotANumber { text, attr: desc }));
    };
    match def.kind {
        DefKind::Enum => def.value_of(s).map(i128::from).ok_or_else(|| {
            let text = s.clone();
            bad(path, Why::NotAnEntry { text, def })
        }),
        DefKind::Flags => {
            let mut acc = 0i128;
            for part in s.split(['|', ',']).filter(|p| !p.trim().is_empty()) {
                acc |= parse_number(part)
                    .or_else(|| def.value_of(part).map(i128::from))
                    .ok_or_else(|| {
                        let text = part.trim().to_string();
                        bad(path, Why::NotAFlagOf { text, def })
                    })?;
            }
            Ok(acc)
        }
    }
}

/// An integer attribute's value from JSON: a number, a numeric string, an enum entry name, or
/// for a flag set entry names joined by `|` (or an array of names/numbers). Checked against
/// `min..=max` (the type's width).
fn int(desc: &'static AttrDesc, v: &Json, path: &str, min: i128, max: i128) -> Result<i128, Error> {
    let def = desc.enumeration.and_then(defs::lookup);
    let value = match v {
        Json::Array(items) if flag_set(desc).is_some() => {
            let mut acc = 0i128;
            for i in items {
                acc |= one_int(desc, def, i, path)?;
            }
            acc
        }
        v => one_int(desc, def, v, path)?,
    };
    // A negative number for an unsigned attribute is a mistake worth reporting, not a two's
    // complement spelling.
    if value < min || value > max {
        return Err(bad(
            path,
            Why::DoesNotFit {
                value,
                attr: desc,
                min,
                max,
            },
        ));
    }
    Ok(value)
}

/// Bytes from a hex string (white space and `:` ignored) or an array of byte values.
fn binary(v: &Json, path: &str) -> Result<Vec<u8>, Error> {
    match v {
        Json::String(s) => hex::decode(s).map_err(|e| bad(path, Why::Hex(e))),
        Json::Array(items) => items
            .iter()
            .map(|i| {
                i.as_u64()
                    .and_then(|n| u8::try_from(n).ok())
                    .ok_or_else(|| bad(path, Why::NotAByte))
            })
            .collect(),
        other => Err(bad(
            path,
            Why::NotBinary {
                got: kind_of(other),
            },
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use hvlink_codec::Message;
    use hvlink_proto::grant_table::{MapGrantRef, MapReqForm};
    use hvlink_proto::rt::{AttrSet, Op};
    use serde_json::json;

    fn decode(buf: &[u8]) -> hvlink_proto::grant_table::MapReq<'_> {
        let msg = Message::parse(buf).unwrap();
        let (g, attrs) = msg.genl().unwrap();
        assert_eq!(g.cmd, 0);
        <MapGrantRef as Op>::Request::decode(attrs).unwrap()
    }

    #[test]
    fn single_form_by_names() {
        let j = json!({"dom": 1, "ref": "0x3", "flags": "host-map|readonly", "host_addr": 4096});
        let buf = request(MapGrantRef::DESC, &j, Flags::REQUEST, 7, 0).unwrap();
        let MapReqForm::Single {
            dom,
            r#ref,
            flags,
            host_addr,
        } = decode(&buf).form
        else {
            panic!()
        };
        assert_eq!((dom, r#ref, flags.0, host_addr), (1, 3, 6, 4096));
    }

    #[test]
    fn batch_with_list_and_must_understand_mode() {
        let j = json!({"mode": "atomic", "entry": [
            {"dom": 1, "ref": 0, "flags": ["host-map"]},
            {"dom": 1, "ref": 1, "flags": 2, "host-addr": 8192}
        ]});
        let buf = request(MapGrantRef::DESC, &j, Flags::REQUEST, 1, 0).unwrap();
        // mode carries the must-understand bit
        assert_eq!(&buf[20..24], &[5, 0, 5, 0x40]);
        let MapReqForm::Batch { mode, entry } = decode(&buf).form else {
            panic!()
        };
        assert_eq!(mode.0, 2);
        assert_eq!(entry.len(), 2);
        assert_eq!(entry.iter().nth(1).unwrap().host_addr, 8192);
    }

    #[test]
    fn mistakes_are_named() {
        let e = |j: Json| match request(MapGrantRef::DESC, &j, Flags::REQUEST, 1, 0) {
            Err(e @ Error::Json { .. }) => e.to_string(),
            other => panic!("{other:?}"),
        };
        assert!(e(json!({"domm": 1})).contains("has no attribute `domm`; it has: dom, ref"));
        assert!(e(json!({"dom": 70000})).contains("70000 does not fit `dom` (u16"));
        assert!(
            e(json!({"flags": "host-mapp"})).contains("`host-mapp` is not a flag of gntmap-flags")
        );
        assert!(e(json!({"mode": "sometimes"})).contains("not an entry of map-mode"));
        assert!(e(json!({"entry": [{"dom": "x"}]})).starts_with("entry[0].dom:"));
        assert!(e(json!({"dom": [1, 2]})).contains("not repeated"));
        assert!(e(json!([1])).contains("expected an object"));
    }

    #[test]
    fn numbers() {
        assert_eq!(parse_number("0x10"), Some(16));
        assert_eq!(parse_number("-5"), Some(-5));
        assert_eq!(parse_number("1_000"), Some(1000));
        assert_eq!(parse_number("x"), None);
    }
}
