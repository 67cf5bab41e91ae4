//! Whole messages described for people: header, family and op names, the attribute tree,
//! and for an ERROR its status and extended ack with the offending attribute resolved to its
//! name (from the request the CLI sent, or the request the ERROR echoes).

use std::fmt::{self, Write as _};

use hvlink_codec::{genl, header, Builder, ErrorRepr, Flags, Message, MessageType, Messages};
use hvlink_host::capture::REGS_MSG_TYPE;
use hvlink_proto::rt::{FamilyDesc, OpDesc};
use hvlink_proto::FAMILIES;
use serde_json::{json, Map, Value as Json};

use super::defs;
use super::tree::{self, Field};

/// The family whose messages have type `msg_type`.
pub fn family_by_type(msg_type: u16) -> Option<&'static FamilyDesc> {
    FAMILIES.iter().copied().find(|f| f.msg_type == msg_type)
}

/// The op of a message (register-only ops included: a capture may show anything).
pub fn op_of(msg_type: u16, cmd: u8) -> Option<&'static OpDesc> {
    family_by_type(msg_type)?
        .ops
        .iter()
        .copied()
        .find(|o| o.id == cmd)
}

/// A `FAMILY` or `FAMILY.OP` the spec does not have: the name as given, and what there is.
#[non_exhaustive]
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Error {
    /// Not of the form `FAMILY.OP`.
    NotFamilyOp {
        /// What was given.
        given: String,
    },
    /// No family of that name.
    NoFamily {
        /// The name as given.
        name: String,
    },
    /// The family has no op of that name.
    NoOp {
        /// The family.
        family: &'static FamilyDesc,
        /// The op as given.
        op: String,
    },
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::NotFamilyOp { given } => write!(
                f,
                "`{given}`: expected FAMILY.OP (e.g. grant_table.map_grant_ref)"
            ),
            Error::NoFamily { name } => {
                let names: Vec<&str> = FAMILIES.iter().map(|f| f.name).collect();
                write!(f, "no family `{name}`; families: {}", names.join(", "))
            }
            Error::NoOp { family, op } => {
                let names: Vec<&str> = family.ops.iter().map(|o| o.name).collect();
                write!(
                    f,
                    "family `{}` has no op `{op}`; its ops: {}",
                    family.name,
                    names.join(", ")
                )
            }
        }
    }
}

impl std::error::Error for Error {}

/// Names compared in either spelling (`map-grant-ref`, `MAP_GRANT_REF`).
fn same_name(a: &str, b: &str) -> bool {
    let norm = |s: &str| s.replace('-', "_").to_ascii_lowercase();
    norm(a) == norm(b)
}

/// `FAMILY.OP` → descriptors; `_`/`-` spellings both accepted.
pub fn find_op(spec: &str) -> Result<&'static OpDesc, Error> {
    let (fam, op) = spec.split_once('.').ok_or_else(|| Error::NotFamilyOp {
        given: spec.to_string(),
    })?;
    let family = find_family(fam)?;
    family
        .ops
        .iter()
        .copied()
        .find(|o| same_name(o.name, op))
        .ok_or_else(|| Error::NoOp {
            family,
            op: op.to_string(),
        })
}

/// A family by name.
pub fn find_family(name: &str) -> Result<&'static FamilyDesc, Error> {
    FAMILIES
        .iter()
        .copied()
        .find(|f| same_name(f.name, name))
        .ok_or_else(|| Error::NoFamily {
            name: name.to_string(),
        })
}

/// An ERROR message understood.
#[derive(Debug, Clone, PartialEq)]
pub struct ErrorInfo {
    /// 0 (ACK) or −errno.
    pub status: i32,
    /// The request it answers.
    pub request: header::Repr,
    /// The op of that request, when known.
    pub op: Option<&'static OpDesc>,
    /// Extended ack: why.
    pub message: Option<String>,
    /// Extended ack: offset of the offending attribute.
    pub offset: Option<u32>,
    /// That attribute's path (`entry[1].flags`), resolved in the request.
    pub attribute: Option<String>,
    /// Extended ack: type of a missing attribute.
    pub missing_type: Option<u32>,
    /// Its name, resolved in the set of the nest that lacks it.
    pub missing: Option<String>,
    /// Extended ack: offset of the nest that lacks it.
    pub missing_nest: Option<u32>,
}

/// Rebuild the request an ERROR echoes (its header and, unless capped, its payload).
fn echoed_request(e: &ErrorRepr<'_>) -> Option<Vec<u8>> {
    let payload = e.request_payload?;
    let mut b = Builder::new(Vec::new());
    let m = b.begin_message(e.request).ok()?;
    b.put_raw(payload).ok()?;
    b.end_message(m).ok()?;
    Some(b.into_inner())
}

/// Understand an ERROR; `request` is the request it answers when the caller has it (else the
/// echoed one is used, when the ERROR carries it).
pub fn error_info(e: &ErrorRepr<'_>, request: Option<&[u8]>) -> ErrorInfo {
    let mut info = ErrorInfo {
        status: e.status,
        request: e.request,
        op: None,
        message: e.ext.msg.map(str::to_string),
        offset: e.ext.offset,
        attribute: None,
        missing_type: e.ext.missing_type,
        missing: None,
        missing_nest: e.ext.missing_nest,
    };
    let echoed;
    let req = match request {
        Some(r) => Some(r),
        None => {
            echoed = echoed_request(e);
            echoed.as_deref()
        }
    };
    let Some(req) = req else {
        info.op = None;
        return info;
    };
    let Ok(msg) = Message::parse(req) else {
        return info;
    };
    let Ok((g, attrs)) = msg.genl() else {
        return info;
    };
    let Some(op) = op_of(msg.message_type().0, g.cmd) else {
        return info;
    };
    info.op = Some(op);
    let fields = tree::walk(attrs.clone(), Some(op.request));
    if let Some(off) = e.ext.offset {
        info.attribute = tree::path_at(&fields, off);
    }
    if let Some(t) = e.ext.missing_type {
        let kind = u16::try_from(t).unwrap_or(0);
        let top = attrs.offset() as u32;
        // MISS_NEST names the container: the nest's header, or for the top level the start
        // of the attributes — which is also where the first attribute (maybe a nest) starts.
        // A nest validates before its container's required check runs, so when the nest
        // there lacks the type, it is the one.
        let nest = e.ext.missing_nest.and_then(|n| {
            let (set, inner) = tree::nest_at(&fields, n)?;
            let set = set?;
            let lacks = !inner.iter().any(|f| f.kind() == kind);
            (set.attr(kind).is_some() && (n != top || lacks)).then_some((n, set))
        });
        let (set, path) = match nest {
            Some((n, set)) => (Some(set), tree::path_at(&fields, n)),
            None if e.ext.missing_nest.is_none_or(|n| n == top) => (Some(op.request), None),
            None => (None, None),
        };
        let name = set.and_then(|s| s.attr(kind)).map(|(d, _)| d.name);
        info.missing = name.map(|n| match path {
            Some(p) => format!("{p}.{n}"),
            None => n.to_string(),
        });
    }
    info
}

impl ErrorInfo {
    /// As JSON.
    pub fn to_json(&self) -> Json {
        let mut m = Map::new();
        m.insert("status".into(), json!(self.status));
        m.insert("error".into(), json!(status_name(self.status)));
        if let Some(op) = self.op {
            m.insert("op".into(), json!(format!("{}.{}", op.family, op.name)));
        }
        m.insert("seq".into(), json!(self.request.seq));
        if let Some(s) = &self.message {
            m.insert("message".into(), json!(s));
        }
        if let Some(a) = &self.attribute {
            m.insert("attribute".into(), json!(a));
        }
        if let Some(o) = self.offset {
            m.insert("offset".into(), json!(o));
        }
        if let Some(a) = &self.missing {
            m.insert("missing".into(), json!(a));
        }
        if let Some(t) = self.missing_type {
            m.insert("missing-type".into(), json!(t));
        }
        if let Some(o) = self.missing_nest {
            m.insert("missing-nest".into(), json!(o));
        }
        Json::Object(m)
    }

    /// As indented lines (`pad` before each).
    pub fn to_text(&self, pad: &str) -> String {
        let mut s = String::new();
        let _ = writeln!(
            s,
            "{pad}status:    {} ({})",
            status_name(self.status),
            self.status
        );
        match self.op {
            Some(op) => {
                let _ = writeln!(
                    s,
                    "{pad}request:   {}.{} seq {}",
                    op.family, op.name, self.request.seq
                );
            }
            None => {
                let t = self.request.message_type.0;
                let fam = family_by_type(t).map_or(String::new(), |f| format!(" ({})", f.name));
                let _ = writeln!(
                    s,
                    "{pad}request:   type {t:#06x}{fam} seq {}",
                    self.request.seq
                );
            }
        }
        if let Some(m) = &self.message {
            let _ = writeln!(s, "{pad}message:   {m}");
        }
        // The offending attribute and the missing one, by name when resolved.
        let _ = match (&self.attribute, self.offset) {
            (Some(a), Some(o)) => writeln!(s, "{pad}attribute: {a} (offset {o})"),
            (None, Some(o)) => writeln!(s, "{pad}offset:    {o}"),
            _ => Ok(()),
        };
        let _ = match (&self.missing, self.missing_type) {
            (Some(a), Some(t)) => writeln!(s, "{pad}missing:   {a} (type {t})"),
            (None, Some(t)) => writeln!(s, "{pad}missing:   type {t}"),
            _ => Ok(()),
        };
        s
    }
}

/// `OK` for 0, else the errno's name.
pub fn status_name(status: i32) -> String {
    if status == 0 {
        "OK".into()
    } else {
        defs::errno_name(status)
    }
}

/// What a message is.
#[derive(Debug, Clone, PartialEq)]
pub enum Body {
    /// NOOP padding.
    Noop,
    /// End of a multi-part reply.
    Done,
    /// Data was lost.
    Overrun,
    /// An ERROR or ACK.
    Error(ErrorInfo),
    /// A family message.
    Family {
        /// The family header.
        genl: genl::Repr,
        /// The family, when known.
        family: Option<&'static FamilyDesc>,
        /// The op, when known.
        op: Option<&'static OpDesc>,
        /// The attributes (walked with the op's request set for a request, reply set else).
        fields: Vec<Field>,
    },
    /// Could not be understood past the header.
    Bad {
        /// What could not be read (`ERROR`, `family header`).
        what: &'static str,
        /// Why.
        error: hvlink_codec::Error,
    },
}

/// One message of a buffer.
#[derive(Debug, Clone, PartialEq)]
pub struct View {
    /// Its offset in the buffer.
    pub at: usize,
    /// Its length.
    pub len: usize,
    /// The header.
    pub header: header::Repr,
    /// The body.
    pub body: Body,
}

/// Describe one message.
pub fn view(msg: &Message<'_>, at: usize) -> View {
    let h = *msg.header();
    let body = match h.message_type {
        MessageType::NOOP => Body::Noop,
        MessageType::DONE => Body::Done,
        MessageType::OVERRUN => Body::Overrun,
        MessageType::ERROR => match msg.error() {
            Ok(e) => Body::Error(error_info(&e, None)),
            Err(error) => Body::Bad {
                what: "malformed ERROR",
                error,
            },
        },
        MessageType(REGS_MSG_TYPE) => match msg.genl() {
            Ok((g, attrs)) => regs_body(g, attrs, h.flags.contains(Flags::REQUEST)),
            Err(error) => Body::Bad {
                what: "no family header",
                error,
            },
        },
        t => match msg.genl() {
            Ok((g, attrs)) => {
                let family = family_by_type(t.0);
                let op = op_of(t.0, g.cmd);
                let set = op.map(|o| {
                    if h.flags.contains(Flags::REQUEST) {
                        o.request
                    } else {
                        o.reply
                    }
                });
                Body::Family {
                    genl: g,
                    family,
                    op,
                    fields: tree::walk(attrs, set),
                }
            }
            Err(error) => Body::Bad {
                what: "no family header",
                error,
            },
        },
    };
    View {
        at,
        len: msg.len(),
        header: h,
        body,
    }
}

/// A register-call record (`hvlink_regs`, PROTOCOL.md §10.1): the registers, and the op's
/// fields walked with its request set (the call) or reply set (the result).
fn regs_body(g: genl::Repr, attrs: hvlink_codec::Attrs<'_>, call: bool) -> Body {
    use hvlink_host::capture::{attr, record_op, REGS_SET};
    let op = record_op(FAMILIES, attrs.clone(), g.cmd);
    let mut fields = tree::walk(attrs.clone(), Some(&REGS_SET));
    if let (Some(op), Ok(Some(nest))) = (op, attrs.find(attr::FIELDS)) {
        let set = if call { op.request } else { op.reply };
        for f in fields.iter_mut().filter(|f| f.kind() == attr::FIELDS) {
            f.value = tree::Value::Nest {
                set: Some(set),
                fields: tree::walk(nest.nested(), Some(set)),
            };
        }
    }
    Body::Family {
        genl: g,
        family: op.and_then(|o| FAMILIES.iter().copied().find(|f| f.id == o.family_id)),
        op,
        fields,
    }
}

/// Describe every message of a buffer; a framing error ends the list with its reason.
pub fn views(buf: &[u8]) -> (Vec<View>, Option<hvlink_codec::Error>) {
    let mut out = Vec::new();
    for m in Messages::new(buf) {
        match m {
            Ok((at, msg)) => out.push(view(&msg, at)),
            Err(e) => return (out, Some(e)),
        }
    }
    (out, None)
}

/// Names of the set header flags.
pub fn flag_names(f: Flags, error: bool) -> String {
    let mut names = Vec::new();
    let table: &[(u16, &str)] = if error {
        &[
            (0x1, "REQUEST"),
            (0x2, "MULTI"),
            (0x4, "ACK"),
            (0x8, "ECHO"),
            (0x100, "CAPPED"),
            (0x200, "ACK_TLVS"),
        ]
    } else {
        &[
            (0x1, "REQUEST"),
            (0x2, "MULTI"),
            (0x4, "ACK"),
            (0x8, "ECHO"),
            (0x10, "DUMP_INTR"),
            (0x20, "DUMP_FILTERED"),
            (0x100, "ROOT"),
            (0x200, "MATCH"),
            (0x400, "ATOMIC"),
            (0x1000, "PROGRESS"),
        ]
    };
    let mut rest = f.0;
    for (bit, n) in table {
        if f.0 & bit != 0 {
            names.push(n.to_string());
            rest &= !bit;
        }
    }
    if rest != 0 {
        names.push(format!("{rest:#x}"));
    }
    if names.is_empty() {
        "0".into()
    } else {
        names.join("|")
    }
}

impl View {
    /// A one-line title: type, names, seq.
    pub fn title(&self) -> String {
        let h = &self.header;
        let what = match &self.body {
            Body::Noop => "NOOP".to_string(),
            Body::Done => "DONE".to_string(),
            Body::Overrun => "OVERRUN".to_string(),
            Body::Error(e) if e.status == 0 => "ACK".to_string(),
            Body::Error(e) => format!("ERROR {}", status_name(e.status)),
            Body::Family {
                family, op, genl, ..
            } => {
                let fam = family.map_or(format!("family?{:#x}", h.message_type.0), |f| {
                    f.name.to_string()
                });
                let op = op.map_or(format!("op?{}", genl.cmd), |o| o.name.to_string());
                let regs = h.message_type.0 == REGS_MSG_TYPE;
                let dir = match (regs, h.flags.contains(Flags::REQUEST)) {
                    (false, true) => "request",
                    (false, false) => "reply",
                    (true, true) => "register call",
                    (true, false) => "register result",
                };
                format!("{fam}.{op} {dir}")
            }
            Body::Bad { .. } => format!("type {:#x}", h.message_type.0),
        };
        format!("{what}  seq {} port {}", h.seq, h.port)
    }

    /// Indented text.
    pub fn to_text(&self) -> String {
        let h = &self.header;
        let mut s = String::new();
        let is_err = matches!(self.body, Body::Error(_));
        let _ = writeln!(
            s,
            "  header: len {} type {:#06x} flags {} seq {} port {}",
            self.len,
            h.message_type.0,
            flag_names(h.flags, is_err),
            h.seq,
            h.port
        );
        match &self.body {
            Body::Family {
                genl, fields, op, ..
            } => {
                let regs = h.message_type.0 == REGS_MSG_TYPE;
                let _ = writeln!(
                    s,
                    "  family: cmd {} version {}{}{}",
                    genl.cmd,
                    genl.version,
                    if regs { "  (register-call record)" } else { "" },
                    op.map_or(String::new(), |o| format!(
                        "  ({}{} set `{}`)",
                        if regs { "fields: " } else { "" },
                        if h.flags.contains(Flags::REQUEST) {
                            "request"
                        } else {
                            "reply"
                        },
                        if h.flags.contains(Flags::REQUEST) {
                            o.request.name
                        } else {
                            o.reply.name
                        }
                    ))
                );
                tree::to_text(fields, 2, &mut s);
            }
            Body::Error(e) => s.push_str(&e.to_text("  ")),
            Body::Bad { what, error } => {
                let _ = writeln!(s, "  {what}: {error}");
            }
            _ => {}
        }
        s
    }

    /// As JSON.
    pub fn to_json(&self) -> Json {
        let h = &self.header;
        let mut m = Map::new();
        m.insert("offset".into(), json!(self.at));
        m.insert("len".into(), json!(self.len));
        m.insert("type".into(), json!(h.message_type.0));
        m.insert(
            "flags".into(),
            json!(flag_names(h.flags, matches!(self.body, Body::Error(_)))),
        );
        m.insert("seq".into(), json!(h.seq));
        m.insert("port".into(), json!(h.port));
        match &self.body {
            Body::Noop => {
                m.insert("kind".into(), json!("noop"));
            }
            Body::Done => {
                m.insert("kind".into(), json!("done"));
            }
            Body::Overrun => {
                m.insert("kind".into(), json!("overrun"));
            }
            Body::Error(e) => {
                m.insert(
                    "kind".into(),
                    json!(if e.status == 0 { "ack" } else { "error" }),
                );
                m.insert("error".into(), e.to_json());
            }
            Body::Family {
                genl,
                family,
                op,
                fields,
            } => {
                let regs = h.message_type.0 == REGS_MSG_TYPE;
                m.insert(
                    "kind".into(),
                    json!(match (regs, h.flags.contains(Flags::REQUEST)) {
                        (false, true) => "request",
                        (false, false) => "reply",
                        (true, true) => "register-call",
                        (true, false) => "register-result",
                    }),
                );
                m.insert("family".into(), json!(family.map(|f| f.name)));
                m.insert("op".into(), json!(op.map(|o| o.name)));
                m.insert("cmd".into(), json!(genl.cmd));
                m.insert("version".into(), json!(genl.version));
                m.insert("attrs".into(), Json::Object(tree::to_json(fields)));
            }
            Body::Bad { what, error } => {
                m.insert("kind".into(), json!("malformed"));
                m.insert("error".into(), json!(format!("{what}: {error}")));
            }
        }
        Json::Object(m)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_ops_by_either_spelling() {
        assert_eq!(find_op("grant_table.map_grant_ref").unwrap().id, 0);
        assert_eq!(find_op("grant-table.map-grant-ref").unwrap().id, 0);
        let e = |spec: &str| find_op(spec).unwrap_err().to_string();
        assert!(e("grant_table.nope").contains("its ops: map_grant_ref"));
        assert!(e("nope.x").contains("families:"));
        assert!(e("grant_table").contains("FAMILY.OP"));
        assert_eq!(
            find_op("nope.x"),
            Err(Error::NoFamily {
                name: "nope".into()
            })
        );
    }
}
