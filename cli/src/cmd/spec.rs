//! `hvlink spec`: families, ops and attributes as the host reports them.
//!
//! Everything shown comes from introspection — control `get_family` and `get_policy` sent to
//! the embedded host with [`Host::call`](hvlink_host::server::Host::call) and decoded with the
//! generated types — so it is what the host implements, not what this binary was built with.
//! Only the entry names of enums and flag sets (which introspection names but does not list)
//! come from the local spec tables.

use std::fmt::{self, Write as _};

use hvlink_codec::{Builder, MessageType, Messages};
use hvlink_host::dispatch::QueueKind;
use hvlink_proto::control::{self, GetFamily, GetFamilyReq, GetPolicy, GetPolicyReq};
use hvlink_proto::rt::{AttrSet, Op, OpDesc};
use hvlink_proto::Errno;
use serde_json::{json, Map, Value as Json};

use crate::embedded::{self, EmbeddedHost, Setup, DOM0};
use crate::ynl::defs::{self, DefKind as Kind};
use crate::ynl::msg::status_name;
use crate::{CliError, Io};

/// Help text after the options.
const AFTER_HELP: &str = "\
Examples:
  hvlink spec                               every family and its ops
  hvlink spec grant_table                   the ops of a family: id, privilege, flags, registers
  hvlink spec grant_table.map_grant_ref     request and reply attributes, types, limits, forms
  hvlink spec --json grant_table            the same as JSON

The data comes from the host by introspection (control.get_family, control.get_policy).";

/// `hvlink spec` arguments.
#[derive(Debug, clap::Args)]
#[command(after_help = AFTER_HELP)]
pub struct Args {
    /// FAMILY or FAMILY.OP to describe (all families when absent).
    pub what: Option<String>,
    /// Print JSON instead of text.
    #[arg(long)]
    pub json: bool,
}

/// One family as introspection reports it.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct FamilyInfo {
    /// Name.
    pub name: String,
    /// Family id (hypercall number).
    pub id: u16,
    /// Message type.
    pub msg_type: u16,
    /// Version.
    pub version: u8,
    /// Ops.
    pub ops: Vec<OpInfo>,
}

/// One op as introspection reports it.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct OpInfo {
    /// Name.
    pub name: String,
    /// Op id.
    pub id: u8,
    /// Version that introduced it.
    pub since: u8,
    /// Privilege class value.
    pub privilege: u8,
    /// Op flags.
    pub flags: u32,
    /// Reply bound in bytes.
    pub max_reply: u32,
    /// Its policy, when fetched.
    pub policy: Vec<PolicyEntry>,
}

/// Register number and attribute name, in register order.
type RegList = Vec<(u8, String)>;

/// One attribute of an op's policy dump.
#[derive(Debug, Clone, PartialEq, Default)]
pub(crate) struct PolicyEntry {
    /// Set name.
    pub set: String,
    /// Request (0) or reply (1).
    pub direction: u8,
    /// Attribute type number.
    pub attr_id: u16,
    /// Name.
    pub name: String,
    /// Type (`attr-type` value).
    pub ty: u32,
    /// Signed bounds.
    pub min_s: Option<i64>,
    /// Signed bounds.
    pub max_s: Option<i64>,
    /// Unsigned bounds.
    pub min_u: Option<u64>,
    /// Unsigned bounds.
    pub max_u: Option<u64>,
    /// Length bounds.
    pub min_len: Option<u32>,
    /// Length bounds.
    pub max_len: Option<u32>,
    /// Nested set.
    pub nested: Option<String>,
    /// Required.
    pub required: bool,
    /// Repeated.
    pub repeated: bool,
    /// Must-understand.
    pub must_understand: bool,
    /// Version.
    pub since: u8,
    /// Most occurrences.
    pub max_count: Option<u32>,
    /// Enum definition.
    pub enumeration: Option<String>,
    /// Default.
    pub default: Option<u64>,
    /// Form.
    pub form: Option<String>,
    /// FastABI register number (2 = rsi … 7 = r12).
    pub register: Option<u8>,
}

/// Why introspection failed.
#[non_exhaustive]
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Error {
    /// A control request could not be built.
    Build {
        /// The control op.
        op: &'static OpDesc,
        /// Why.
        error: hvlink_codec::Error,
    },
    /// The host parked a control call.
    Parked(&'static OpDesc),
    /// A reply that does not parse or decode.
    Reply {
        /// The control op.
        op: &'static OpDesc,
        /// Why.
        error: hvlink_codec::Error,
    },
    /// The host answered a control call with an error.
    Host {
        /// The control op.
        op: &'static OpDesc,
        /// The status (−errno).
        status: i32,
        /// The host's reason.
        message: Option<String>,
    },
    /// The host has no family of that name (exit 2).
    NoFamily {
        /// The name as given.
        name: String,
    },
    /// The family has no op of that name (exit 2).
    NoOp {
        /// The family.
        family: String,
        /// The op as given.
        op: String,
        /// The ops it has.
        ops: Vec<String>,
    },
}

impl Error {
    /// Whether the command line is at fault (exit 2), not the host.
    pub fn is_usage(&self) -> bool {
        matches!(self, Error::NoFamily { .. } | Error::NoOp { .. })
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Build { op, error } => write!(
                f,
                "{}.{}: cannot build the request: {error}",
                op.family, op.name
            ),
            Error::Parked(op) => write!(f, "{}.{}: the host parked the call", op.family, op.name),
            Error::Reply { op, error } => {
                write!(f, "{}.{}: bad reply: {error}", op.family, op.name)
            }
            Error::Host {
                op,
                status,
                message,
            } => write!(
                f,
                "{}.{}: {} ({})",
                op.family,
                op.name,
                status_name(*status),
                message.as_deref().unwrap_or("no message")
            ),
            Error::NoFamily { name } => write!(f, "the host has no family `{name}`"),
            Error::NoOp { family, op, ops } => write!(
                f,
                "family `{family}` has no op `{op}`; its ops: {}",
                ops.join(", ")
            ),
        }
    }
}

impl std::error::Error for Error {}

/// One control call of op `O` on the embedded host, from the control domain; `each` gets every
/// reply decoded. An ERROR becomes [`Error::Host`].
fn control_call<O: Op>(
    host: &mut EmbeddedHost,
    req: &O::Request<'_>,
    mut each: impl FnMut(O::Reply<'_>),
) -> Result<(), Error> {
    let op = O::DESC;
    let reply = |error| Error::Reply { op, error };
    let mut b = Builder::new(Vec::new());
    O::write_request(&mut b, 1, 0, req).map_err(|error| Error::Build { op, error })?;
    let request = b.into_inner();
    let mut out = Vec::new();
    if !host.call(DOM0, QueueKind::Kernel, &request, &mut out) {
        return Err(Error::Parked(op));
    }
    for m in Messages::new(&out) {
        let (_, m) = m.map_err(reply)?;
        match m.message_type() {
            MessageType::ERROR => {
                let e = m.error().map_err(reply)?;
                if e.status != 0 {
                    return Err(Error::Host {
                        op,
                        status: e.status,
                        message: e.ext.msg.map(str::to_string),
                    });
                }
            }
            t if t.0 == control::MSG_TYPE => {
                let (_, attrs) = m.genl().map_err(reply)?;
                each(<O::Reply<'_> as AttrSet>::decode(attrs).map_err(reply)?);
            }
            _ => {}
        }
    }
    Ok(())
}

/// Ask the host for its families (all, or the one called `name`).
pub(crate) fn get_families(
    host: &mut EmbeddedHost,
    name: Option<&str>,
) -> Result<Vec<FamilyInfo>, Error> {
    let req = GetFamilyReq {
        family_id: None,
        family_name: name,
    };
    let mut fams = Vec::new();
    control_call::<GetFamily>(host, &req, |rep| {
        for f in rep.family.iter() {
            fams.push(FamilyInfo {
                name: f.name.to_string(),
                id: f.id,
                msg_type: f.msg_type,
                version: f.version,
                ops: f
                    .op
                    .iter()
                    .map(|o| OpInfo {
                        name: o.name.to_string(),
                        id: o.id,
                        since: o.since,
                        privilege: o.privilege.0,
                        flags: o.flags.0,
                        max_reply: o.max_reply,
                        policy: Vec::new(),
                    })
                    .collect(),
            });
        }
    })
    .map_err(|e| match (e, name) {
        (Error::Host { status, .. }, Some(n)) if status == -Errno::ENOENT.0 => Error::NoFamily {
            name: n.to_string(),
        },
        (e, _) => e,
    })?;
    Ok(fams)
}

/// Ask the host for an op's policy.
pub(crate) fn get_policy(
    host: &mut EmbeddedHost,
    family: u16,
    op: u8,
) -> Result<Vec<PolicyEntry>, Error> {
    let req = GetPolicyReq {
        family_id: family,
        op_id: op,
    };
    let mut entries = Vec::new();
    control_call::<GetPolicy>(host, &req, |rep| {
        for p in rep.attr.iter() {
            entries.push(PolicyEntry {
                set: p.set.to_string(),
                direction: p.direction.0,
                attr_id: p.attr_id,
                name: p.name.to_string(),
                ty: p.r#type.0,
                min_s: p.min_value_s,
                max_s: p.max_value_s,
                min_u: p.min_value_u,
                max_u: p.max_value_u,
                min_len: p.min_length,
                max_len: p.max_length,
                nested: p.nested.map(str::to_string),
                required: p.required,
                repeated: p.repeated,
                must_understand: p.must_understand,
                since: p.since,
                max_count: p.max_count,
                enumeration: p.r#enum.map(str::to_string),
                default: p.default,
                form: p.form.map(str::to_string),
                register: p.register,
            });
        }
    })?;
    Ok(entries)
}

/// The register's name (2 = rsi … 7 = r12).
pub(crate) fn reg_name(r: u8) -> &'static str {
    match r {
        2 => "rsi",
        3 => "r8",
        4 => "r9",
        5 => "r10",
        6 => "r11",
        7 => "r12",
        _ => "r?",
    }
}

fn def_name(def: &str, v: i128) -> String {
    defs::lookup(def)
        .and_then(|d| d.name_of(v))
        .map_or(v.to_string(), str::to_string)
}

fn flags_names(def: &str, v: u64) -> Vec<String> {
    match defs::lookup(def) {
        Some(d) => {
            let (mut n, rest): (Vec<String>, u64) = {
                let (n, r) = defs::flag_names(d, v);
                (n.into_iter().map(str::to_string).collect(), r)
            };
            if rest != 0 {
                n.push(format!("{rest:#x}"));
            }
            n
        }
        None => vec![format!("{v:#x}")],
    }
}

impl PolicyEntry {
    fn type_name(&self) -> String {
        def_name("attr-type", i128::from(self.ty))
    }

    fn limits(&self) -> String {
        let mut parts = Vec::new();
        match (self.min_s, self.max_s, self.min_u, self.max_u) {
            (Some(a), Some(b), _, _) => parts.push(format!("{a}..={b}")),
            (_, _, Some(a), Some(b)) => parts.push(format!("{a}..={b}")),
            _ => {}
        }
        match (self.min_len, self.max_len) {
            (Some(a), Some(b)) => parts.push(format!("len {a}..={b}")),
            (None, Some(b)) => parts.push(format!("len ..={b}")),
            (Some(a), None) => parts.push(format!("len {a}..")),
            _ => {}
        }
        if let Some(n) = self.max_count {
            parts.push(format!("up to {n}"));
        }
        parts.join(", ")
    }

    fn notes(&self) -> String {
        let mut n = Vec::new();
        if self.required {
            n.push("required".to_string());
        }
        if self.repeated {
            n.push("repeated".into());
        }
        if self.must_understand {
            n.push("must-understand".into());
        }
        if let Some(e) = &self.enumeration {
            n.push(format!("enum {e}"));
        }
        if let Some(s) = &self.nested {
            n.push(format!("set {s}"));
        }
        if let Some(d) = self.default {
            let shown = match self.enumeration.as_deref() {
                Some(e) if defs::lookup(e).is_some_and(|d| d.kind == Kind::Enum) => {
                    def_name(e, i128::from(d as i64))
                }
                _ => (d as i64).to_string(),
            };
            n.push(format!("default {shown}"));
        }
        if let Some(f) = &self.form {
            n.push(format!("form {f}"));
        }
        if self.since > 1 {
            n.push(format!("since v{}", self.since));
        }
        if let Some(r) = self.register {
            n.push(format!("reg {}", reg_name(r)));
        }
        n.join(", ")
    }

    fn to_json(&self) -> Json {
        let mut m = Map::new();
        m.insert("id".into(), json!(self.attr_id));
        m.insert("name".into(), json!(self.name));
        m.insert("type".into(), json!(self.type_name()));
        let mut put = |k: &str, v: Json| {
            if !v.is_null() {
                m.insert(k.into(), v);
            }
        };
        put(
            "min",
            self.min_s
                .map(Json::from)
                .or(self.min_u.map(Json::from))
                .unwrap_or(Json::Null),
        );
        put(
            "max",
            self.max_s
                .map(Json::from)
                .or(self.max_u.map(Json::from))
                .unwrap_or(Json::Null),
        );
        put("min-len", json!(self.min_len));
        put("max-len", json!(self.max_len));
        put("nested", json!(self.nested));
        put(
            "required",
            if self.required {
                json!(true)
            } else {
                Json::Null
            },
        );
        put(
            "repeated",
            if self.repeated {
                json!(true)
            } else {
                Json::Null
            },
        );
        put(
            "must-understand",
            if self.must_understand {
                json!(true)
            } else {
                Json::Null
            },
        );
        put("since", json!(self.since));
        put("max-count", json!(self.max_count));
        put("enum", json!(self.enumeration));
        put("default", json!(self.default));
        put("form", json!(self.form));
        put("register", json!(self.register.map(reg_name)));
        Json::Object(m)
    }
}

impl OpInfo {
    fn privilege_name(&self) -> String {
        def_name("privilege", i128::from(self.privilege))
    }

    /// `in: rsi=dom … out: r11=handle …` from the top-level sets' register entries.
    fn registers(&self) -> Option<(RegList, RegList)> {
        if self.flags & control::OpFlags::FASTABI.0 == 0 {
            return None;
        }
        let top = |dir: u8| -> RegList {
            let first = self
                .policy
                .iter()
                .find(|p| p.direction == dir)
                .map(|p| p.set.clone());
            let mut v: Vec<(u8, String)> = self
                .policy
                .iter()
                .filter(|p| p.direction == dir && Some(&p.set) == first.as_ref())
                .filter_map(|p| p.register.map(|r| (r, p.name.clone())))
                .collect();
            v.sort();
            v
        };
        Some((top(0), top(1)))
    }

    fn registers_text(&self, family_id: u16) -> String {
        match self.registers() {
            None => "-".into(),
            Some((i, o)) => {
                let j = |v: &[(u8, String)]| {
                    v.iter()
                        .map(|(r, n)| format!("{}={n}", reg_name(*r)))
                        .collect::<Vec<_>>()
                        .join(" ")
                };
                let _ = family_id;
                format!("in [{}] out [{}]", j(&i), j(&o))
            }
        }
    }

    fn to_json(&self, family_id: u16) -> Json {
        let mut m = Map::new();
        m.insert("name".into(), json!(self.name));
        m.insert("id".into(), json!(self.id));
        m.insert("since".into(), json!(self.since));
        m.insert("privilege".into(), json!(self.privilege_name()));
        m.insert(
            "flags".into(),
            json!(flags_names("op-flags", u64::from(self.flags))),
        );
        m.insert("max-reply".into(), json!(self.max_reply));
        if let Some((i, o)) = self.registers() {
            let obj = |v: &[(u8, String)]| {
                Json::Object(
                    v.iter()
                        .map(|(r, n)| (reg_name(*r).to_string(), json!(n)))
                        .collect(),
                )
            };
            m.insert(
                "fastabi".into(),
                json!({
                    "rax": format!("{:#x}", u64::from(family_id) | hvlink_proto::rt::FASTABI_BIT),
                    "rdi": self.id,
                    "in": obj(&i),
                    "out": obj(&o),
                }),
            );
        }
        for (dir, key) in [(0u8, "request"), (1, "reply")] {
            let mut sets: Vec<(String, Vec<Json>)> = Vec::new();
            for p in self.policy.iter().filter(|p| p.direction == dir) {
                match sets.iter_mut().find(|(s, _)| *s == p.set) {
                    Some((_, v)) => v.push(p.to_json()),
                    None => sets.push((p.set.clone(), vec![p.to_json()])),
                }
            }
            let arr: Vec<Json> = sets
                .into_iter()
                .map(|(s, a)| json!({"set": s, "attributes": a}))
                .collect();
            m.insert(key.into(), Json::Array(arr));
        }
        Json::Object(m)
    }
}

fn enums_used(ops: &[&OpInfo]) -> Vec<String> {
    let mut v: Vec<String> = Vec::new();
    for o in ops {
        for p in &o.policy {
            if let Some(e) = &p.enumeration {
                if !v.contains(e) {
                    v.push(e.clone());
                }
            }
        }
    }
    v
}

fn enums_json(names: &[String]) -> Json {
    let mut m = Map::new();
    for n in names {
        if let Some(d) = defs::lookup(n) {
            let entries: Map<String, Json> = d
                .entries
                .iter()
                .map(|(k, v)| (k.to_string(), json!(v)))
                .collect();
            m.insert(
                n.clone(),
                json!({"kind": if d.kind == Kind::Flags { "flags" } else { "enum" }, "entries": entries}),
            );
        }
    }
    Json::Object(m)
}

/// Run `hvlink spec`.
pub(crate) fn run(args: &Args, io: &mut Io<'_>) -> Result<(), CliError> {
    let mut host = embedded::host(Setup::None)?;
    let (fam_name, op_name) = match args.what.as_deref() {
        None => (None, None),
        Some(w) => match w.split_once('.') {
            Some((f, o)) => (Some(f), Some(o)),
            None => (Some(w), None),
        },
    };
    // Accept either spelling of names: the host's are snake_case.
    let fam_name = fam_name.map(|f| f.replace('-', "_"));
    let mut fams = get_families(&mut host, fam_name.as_deref())?;
    if let Some(o) = op_name {
        let o = o.replace('-', "_");
        let f = &mut fams[0];
        let Some(op) = f.ops.iter().find(|x| x.name == o).cloned() else {
            return Err(Error::NoOp {
                family: f.name.clone(),
                op: o,
                ops: f.ops.iter().map(|x| x.name.clone()).collect(),
            }
            .into());
        };
        f.ops = vec![op];
    }
    // Policies: for a family or an op always; for the whole list only in JSON.
    if args.json || fam_name.is_some() {
        for f in &mut fams {
            for o in &mut f.ops {
                o.policy = get_policy(&mut host, f.id, o.id)?;
            }
        }
    }
    let text = if args.json {
        let all_ops: Vec<&OpInfo> = fams.iter().flat_map(|f| f.ops.iter()).collect();
        let enums = enums_json(&enums_used(&all_ops));
        let families: Vec<Json> = fams
            .iter()
            .map(|f| {
                json!({
                    "name": f.name, "id": f.id, "msg-type": f.msg_type, "version": f.version,
                    "ops": f.ops.iter().map(|o| o.to_json(f.id)).collect::<Vec<_>>(),
                })
            })
            .collect();
        let j = json!({"source": "introspection (control.get_family, control.get_policy)", "families": families, "enums": enums});
        serde_json::to_string_pretty(&j).unwrap_or_default() + "\n"
    } else if op_name.is_some() {
        op_text(&fams[0], &fams[0].ops[0])
    } else if fam_name.is_some() {
        family_text(&fams[0])
    } else {
        list_text(&fams)
    };
    io.print(&text)
}

fn list_text(fams: &[FamilyInfo]) -> String {
    let row = |c: [&str; 5]| {
        format!(
            "  {:<14} {:>6} {:>8} {:>4} {:>4}\n",
            c[0], c[1], c[2], c[3], c[4]
        )
    };
    let mut s = format!(
        "{} families (from the host: control.get_family)\n",
        fams.len()
    );
    s += &row(["family", "id", "msg-type", "ver", "ops"]);
    for f in fams {
        s += &row([
            &f.name,
            &format!("{:#x}", f.id),
            &format!("{:#x}", f.msg_type),
            &f.version.to_string(),
            &f.ops.len().to_string(),
        ]);
        let names: Vec<&str> = f.ops.iter().map(|o| o.name.as_str()).collect();
        let mut line = String::from("      ");
        for n in names {
            if line.len() + n.len() > 92 {
                let _ = writeln!(s, "{}", line.trim_end());
                line = String::from("      ");
            }
            line.push_str(n);
            line.push(' ');
        }
        let _ = writeln!(s, "{}", line.trim_end());
    }
    s.push_str("\nMore: hvlink spec FAMILY, hvlink spec FAMILY.OP, --json\n");
    s
}

fn family_text(f: &FamilyInfo) -> String {
    let mut s = String::new();
    let _ = writeln!(
        s,
        "{}  id {:#x} ({})  msg-type {:#x}  version {}  {} ops",
        f.name,
        f.id,
        f.id,
        f.msg_type,
        f.version,
        f.ops.len()
    );
    let _ = writeln!(
        s,
        "  {:>3}  {:<26} {:<10} {:<28} fastabi registers",
        "id", "op", "privilege", "flags"
    );
    for o in &f.ops {
        let _ = writeln!(
            s,
            "  {:>3}  {:<26} {:<10} {:<28} {}",
            o.id,
            o.name,
            o.privilege_name(),
            flags_names("op-flags", u64::from(o.flags)).join("|"),
            o.registers_text(f.id)
        );
    }
    s
}

fn op_text(f: &FamilyInfo, o: &OpInfo) -> String {
    let mut s = String::new();
    let _ = writeln!(
        s,
        "{}.{}  op {}  since v{}  privilege {}  flags {}  max reply {} bytes",
        f.name,
        o.name,
        o.id,
        o.since,
        o.privilege_name(),
        flags_names("op-flags", u64::from(o.flags)).join("|"),
        o.max_reply
    );
    match o.registers() {
        Some((i, out)) => {
            let j = |v: &[(u8, String)]| {
                v.iter()
                    .map(|(r, n)| format!("{}={n}", reg_name(*r)))
                    .collect::<Vec<_>>()
                    .join(" ")
            };
            let _ = writeln!(
                s,
                "fastabi: rax={:#x} rdi={}  in: {}  out: rax=status {}",
                u64::from(f.id) | hvlink_proto::rt::FASTABI_BIT,
                o.id,
                j(&i),
                j(&out)
            );
        }
        None => {
            let _ = writeln!(s, "fastabi: none (ring only)");
        }
    }
    for (dir, title) in [(0u8, "request"), (1, "reply")] {
        let entries: Vec<&PolicyEntry> = o.policy.iter().filter(|p| p.direction == dir).collect();
        if entries.is_empty() {
            let _ = writeln!(s, "{title}: no attributes");
            continue;
        }
        let mut current = String::new();
        for p in entries {
            if p.set != current {
                current = p.set.clone();
                let _ = writeln!(s, "{title} set {current}:");
                let _ = writeln!(
                    s,
                    "  {:>3}  {:<18} {:<7} {:<22} notes",
                    "id", "name", "type", "limits"
                );
            }
            let _ = writeln!(
                s,
                "  {:>3}  {:<18} {:<7} {:<22} {}",
                p.attr_id,
                p.name,
                p.type_name(),
                p.limits(),
                p.notes()
            );
        }
    }
    let enums = enums_used(&[o]);
    if !enums.is_empty() {
        let _ = writeln!(s, "values:");
        for e in enums {
            if let Some(d) = defs::lookup(&e) {
                let entries: Vec<String> = d
                    .entries
                    .iter()
                    .map(|(n, v)| match d.kind {
                        Kind::Flags => format!("{n}={v:#x}"),
                        Kind::Enum => format!("{n}={v}"),
                    })
                    .collect();
                let kind = if d.kind == Kind::Flags {
                    "flags"
                } else {
                    "enum"
                };
                let _ = writeln!(s, "  {e} ({kind}): {}", entries.join(" "));
            }
        }
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn introspection_matches_the_tables() {
        let mut h = embedded::host(Setup::None).unwrap();
        let fams = get_families(&mut h, None).unwrap();
        assert_eq!(fams.len(), hvlink_proto::FAMILIES.len());
        let g = fams.iter().find(|f| f.name == "grant_table").unwrap();
        let map = g.ops.iter().find(|o| o.name == "map_grant_ref").unwrap();
        let p = get_policy(&mut h, g.id, map.id).unwrap();
        let flags = p
            .iter()
            .find(|e| e.name == "flags" && e.direction == 0)
            .unwrap();
        assert_eq!(flags.enumeration.as_deref(), Some("gntmap-flags"));
        assert_eq!(flags.register, Some(4));
        assert!(get_families(&mut h, Some("nope")).is_err());
    }
}
