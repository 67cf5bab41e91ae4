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
use hvlink_proto::rt::{AttrDesc, OpDesc, SetDesc, EMPTY_SET};
use serde_json::Value as Json;

use super::defs::{self, DefKind as Kind};
use crate::CliError;

/// A whole request message for `op` with the attributes of `json` (an object).
pub fn request(
    op: &OpDesc,
    json: &Json,
    flags: Flags,
    seq: u32,
    port: u32,
) -> Result<Vec<u8>, CliError> {
    let mut b = Builder::new(Vec::new());
    let m = b
        .begin_message(header::Repr {
            message_type: MessageType(op.msg_type),
            flags,
            seq,
            port,
        })
        .map_err(wire)?;
    b.genl(genl::Repr {
        cmd: op.id,
        version: op.family_version,
    })
    .map_err(wire)?;
    encode_set(&mut b, op.request, json, "")?;
    b.end_message(m).map_err(wire)?;
    Ok(b.into_inner())
}

fn wire(e: hvlink_codec::Error) -> CliError {
    CliError::Usage(format!("cannot build the request: {e}"))
}

fn bad(path: &str, msg: impl std::fmt::Display) -> CliError {
    let at = if path.is_empty() { "request" } else { path };
    CliError::Json(format!("{at}: {msg}"))
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
) -> Result<(), CliError> {
    let obj = match json {
        Json::Object(o) => o,
        Json::Null if path.is_empty() => return Ok(()),
        other => {
            return Err(bad(
                path,
                format!(
                    "expected an object of `{}` attributes, got {}",
                    set.name,
                    kind_of(other)
                ),
            ))
        }
    };
    for (key, val) in obj {
        let here = join(path, key);
        let Some((i, desc)) = find_attr(set, key) else {
            let known: Vec<&str> = set.attrs.iter().map(|a| a.name).collect();
            return Err(bad(
                &here,
                format!(
                    "`{}` has no attribute `{key}`; it has: {}",
                    set.name,
                    if known.is_empty() {
                        "none".to_string()
                    } else {
                        known.join(", ")
                    }
                ),
            ));
        };
        let Some(policy) = set.policy.attrs.get(i) else {
            return Err(bad(&here, "descriptor without policy"));
        };
        let raw = desc.kind
            | if desc.must_understand {
                F_MUST_UNDERSTAND
            } else {
                0
            };
        let takes_array = matches!(policy.ty, AttrType::NestedArray(_) | AttrType::Binary)
            || desc
                .enumeration
                .and_then(defs::lookup)
                .is_some_and(|d| d.kind == Kind::Flags);
        match val {
            Json::Array(items) if desc.max_count > 0 => {
                for (n, item) in items.iter().enumerate() {
                    put_one(b, desc, &policy.ty, raw, item, &format!("{here}[{n}]"))?;
                }
            }
            Json::Array(_) if !takes_array => {
                return Err(bad(
                    &here,
                    format!(
                        "`{}` is not repeated: give one value, not an array",
                        desc.name
                    ),
                ))
            }
            v => put_one(b, desc, &policy.ty, raw, v, &here)?,
        }
    }
    Ok(())
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

fn put_one(
    b: &mut Builder<Vec<u8>>,
    desc: &'static AttrDesc,
    ty: &AttrType,
    raw: u16,
    v: &Json,
    path: &str,
) -> Result<(), CliError> {
    let w = |r: hvlink_codec::Result<()>| r.map_err(|e| bad(path, e.message()));
    match ty {
        AttrType::Flag => match v {
            Json::Bool(true) => w(b.put_flag(raw)),
            Json::Bool(false) => Ok(()),
            other => Err(bad(
                path,
                format!("a flag takes true or false, not {}", kind_of(other)),
            )),
        },
        AttrType::U8 => w(b.put_u8(raw, int(desc, v, path, 0, u8::MAX as i128)? as u8)),
        AttrType::U16 => w(b.put_u16(raw, int(desc, v, path, 0, u16::MAX as i128)? as u16)),
        AttrType::U32 => w(b.put_u32(raw, int(desc, v, path, 0, u32::MAX as i128)? as u32)),
        AttrType::U64 => w(b.put_u64(raw, int(desc, v, path, 0, u64::MAX as i128)? as u64)),
        AttrType::S8 => w(b.put_i8(
            raw,
            int(desc, v, path, i8::MIN.into(), i8::MAX.into())? as i8,
        )),
        AttrType::S16 => w(b.put_i16(
            raw,
            int(desc, v, path, i16::MIN.into(), i16::MAX.into())? as i16,
        )),
        AttrType::S32 => w(b.put_i32(
            raw,
            int(desc, v, path, i32::MIN.into(), i32::MAX.into())? as i32,
        )),
        AttrType::S64 => w(b.put_i64(
            raw,
            int(desc, v, path, i64::MIN.into(), i64::MAX.into())? as i64,
        )),
        AttrType::String => match v {
            Json::String(s) => w(b.put_str(raw, s)),
            other => Err(bad(
                path,
                format!("expected a string, got {}", kind_of(other)),
            )),
        },
        AttrType::Binary => {
            let bytes = binary(v, path)?;
            w(b.put_bytes(raw, &bytes))
        }
        AttrType::Nested(_) => {
            let set = desc.nested.unwrap_or(&EMPTY_SET);
            let n = b.begin_nest(raw).map_err(|e| bad(path, e.message()))?;
            encode_set(b, set, v, path)?;
            w(b.end_nest(n))
        }
        AttrType::NestedArray(_) => {
            let Json::Array(items) = v else {
                return Err(bad(path, "expected an array of objects"));
            };
            let set = desc.nested.unwrap_or(&EMPTY_SET);
            let outer = b.begin_nest(raw).map_err(|e| bad(path, e.message()))?;
            for (i, item) in items.iter().enumerate() {
                let idx = u16::try_from(i + 1).map_err(|_| bad(path, "too many elements"))?;
                let n = b.begin_nest(idx).map_err(|e| bad(path, e.message()))?;
                encode_set(b, set, item, &format!("{path}[{i}]"))?;
                w(b.end_nest(n))?;
            }
            w(b.end_nest(outer))
        }
    }
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

/// An integer attribute's value from JSON: a number, a numeric string, an enum entry name, or
/// for a flag set entry names joined by `|` (or an array of names/numbers). Checked against
/// `min..=max` (the type's width).
fn int(desc: &AttrDesc, v: &Json, path: &str, min: i128, max: i128) -> Result<i128, CliError> {
    let def = desc.enumeration.and_then(defs::lookup);
    let one = |v: &Json| -> Result<i128, CliError> {
        match v {
            Json::Number(n) => n
                .as_i64()
                .map(i128::from)
                .or_else(|| n.as_u64().map(i128::from))
                .ok_or_else(|| bad(path, format!("{n} is not an integer"))),
            Json::String(s) => {
                if let Some(n) = parse_number(s) {
                    return Ok(n);
                }
                let Some(def) = def else {
                    return Err(bad(
                        path,
                        format!(
                            "`{s}` is not a number (`{}` has no named values)",
                            desc.name
                        ),
                    ));
                };
                match def.kind {
                    Kind::Enum => def.value_of(s).map(i128::from).ok_or_else(|| {
                        bad(
                            path,
                            format!(
                                "`{s}` is not an entry of {}: {}",
                                def.name,
                                defs::entry_list(def)
                            ),
                        )
                    }),
                    Kind::Flags => {
                        let mut acc = 0i128;
                        for part in s.split(['|', ',']).filter(|p| !p.trim().is_empty()) {
                            let bit = parse_number(part)
                                .or_else(|| def.value_of(part).map(i128::from))
                                .ok_or_else(|| {
                                    bad(
                                        path,
                                        format!(
                                            "`{}` is not a flag of {}: {}",
                                            part.trim(),
                                            def.name,
                                            defs::entry_list(def)
                                        ),
                                    )
                                })?;
                            acc |= bit;
                        }
                        Ok(acc)
                    }
                }
            }
            other => Err(bad(
                path,
                format!("expected an integer, got {}", kind_of(other)),
            )),
        }
    };
    let value = match v {
        Json::Array(items) if def.is_some_and(|d| d.kind == Kind::Flags) => {
            let mut acc = 0i128;
            for i in items {
                acc |= one(i)?;
            }
            acc
        }
        v => one(v)?,
    };
    // Unsigned types also take their two's complement negative spelling? No: a negative
    // number for an unsigned attribute is a mistake worth reporting.
    if value < min || value > max {
        return Err(bad(
            path,
            format!(
                "{value} does not fit `{}` ({}: {min}..={max})",
                desc.name, desc.ty
            ),
        ));
    }
    Ok(value)
}

/// Bytes from a hex string (whitespace and `:` ignored) or an array of byte values.
fn binary(v: &Json, path: &str) -> Result<Vec<u8>, CliError> {
    match v {
        Json::String(s) => parse_hex(s).map_err(|e| bad(path, e)),
        Json::Array(items) => items
            .iter()
            .map(|i| {
                i.as_u64()
                    .and_then(|n| u8::try_from(n).ok())
                    .ok_or_else(|| bad(path, "byte arrays hold numbers 0..=255"))
            })
            .collect(),
        other => Err(bad(
            path,
            format!(
                "binary takes a hex string or an array of bytes, not {}",
                kind_of(other)
            ),
        )),
    }
}

/// Hex digits to bytes; whitespace, `:` and a leading `0x` are tolerated.
pub fn parse_hex(s: &str) -> Result<Vec<u8>, String> {
    let s = s.trim();
    let s = s.strip_prefix("0x").unwrap_or(s);
    let digits: Vec<u8> = s
        .bytes()
        .filter(|c| !c.is_ascii_whitespace() && *c != b':')
        .collect();
    if let Some(c) = digits.iter().find(|c| !c.is_ascii_hexdigit()) {
        return Err(format!("`{}` is not a hex digit", *c as char));
    }
    if digits.len() % 2 != 0 {
        return Err(format!("odd number of hex digits ({})", digits.len()));
    }
    Ok(digits
        .chunks(2)
        .map(|p| {
            let d = |c: u8| (c as char).to_digit(16).unwrap_or(0) as u8;
            d(p[0]) << 4 | d(p[1])
        })
        .collect())
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
            Err(CliError::Json(m)) => m,
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
    fn numbers_and_hex() {
        assert_eq!(parse_number("0x10"), Some(16));
        assert_eq!(parse_number("-5"), Some(-5));
        assert_eq!(parse_number("1_000"), Some(1000));
        assert_eq!(parse_number("x"), None);
        assert_eq!(parse_hex("0x01 02:ff\n").unwrap(), vec![1, 2, 255]);
        assert!(parse_hex("123").is_err());
        assert!(parse_hex("zz").is_err());
    }
}
