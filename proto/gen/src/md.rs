//! `docs/ABI.md`: the reference of every family, op, attribute set and definition.

use std::fmt::Write;

use crate::lint::set_size;
use crate::model::Fam;
use crate::spec::{AttrSet, Attribute, DefaultValue, Family, Op, REGISTERS};

macro_rules! w {
    ($dst:expr, $($arg:tt)*) => { { let _ = writeln!($dst, $($arg)*); } };
}

fn one_line(s: &str) -> String {
    s.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .replace('|', "\\|")
}

fn anchor(fam: &str, kind: &str, name: &str) -> String {
    format!("{fam}-{kind}-{}", name.replace('_', "-"))
}

/// The whole document.
pub fn abi(families: &[&Family], src: &str) -> String {
    let mut o = String::new();
    w!(
        o,
        "<!-- Do not edit: generated from {src} by hvlink-proto-gen; regenerate with `{}`. -->",
        crate::REGENERATE
    );
    w!(o, "");
    w!(o, "# hvlink ABI reference");
    w!(o, "");
    w!(o, "Every family (hypercall), op (sub-op), attribute set and definition hvlink speaks, generated");
    w!(
        o,
        "from the canonical spec `proto/spec/*.yaml` (schema: `proto/spec/SCHEMA.md`; wire format:"
    );
    w!(
        o,
        "`docs/PROTOCOL.md`). The same spec generates the Rust types of `hvlink-proto` and the C"
    );
    w!(o, "header `proto/include/hvlink.h`.");
    w!(o, "");
    w!(o, "How to read it:");
    w!(o, "");
    w!(o, "- **On a ring** a request is a message of the family's `msg-type` whose family header carries");
    w!(o, "  `cmd` = op id and the family version; its attributes are the op's request set. The reply");
    w!(
        o,
        "  echoes `seq`; its attributes (at most `max-reply` bytes) are the reply set, or an ERROR"
    );
    w!(o, "  message carries the status.");
    w!(o, "- **By register (FastABI)** rax = family id | 0x40000000, rdi = op id, and the attributes the");
    w!(o, "  op maps go in rsi r8 r9 r10 r11 r12 (the RFC's reg2..reg7). On return rax is the status (0 or");
    w!(
        o,
        "  −errno) and the mapped reply registers are written; the others are preserved. Unmapped"
    );
    w!(
        o,
        "  request attributes are absent (their default applies); an absent mapped reply attribute"
    );
    w!(
        o,
        "  reads 0. Ops without a mapping are *ring only* and say why."
    );
    w!(o, "- **Privilege**: `privileged` = guest kernel (kernel queues, register calls); `logical` = also");
    w!(
        o,
        "  guest userspace; `control` = acts on another domain. An op with a target domain becomes"
    );
    w!(
        o,
        "  `control` when the target is neither DOMID_SELF (0x7FF0) nor the caller."
    );
    w!(o, "- **Compatibility**: receivers ignore unknown attributes unless they carry the must-understand");
    w!(
        o,
        "  bit (bit 14), fill defaults for absent ones, and answer unknown ops with ENOSYS."
    );
    w!(o, "");
    w!(o, "## Families");
    w!(o, "");
    w!(o, "| family | id | msg-type | rax | version | ops | Xen |");
    w!(o, "| --- | --- | --- | --- | --- | --- | --- |");
    for f in families {
        w!(
            o,
            "| [{n}](#{n}) | {} | {:#x} | {:#x} | {} | {} | {} |",
            f.id,
            f.msg_type,
            f.id | 0x4000_0000,
            f.version,
            f.ops.len(),
            f.xen.as_deref().map_or("—".into(), |x| format!("`{x}`")),
            n = f.name
        );
    }
    w!(o, "");
    for f in families {
        family(&mut o, f);
    }
    o
}

fn family(o: &mut String, f: &Family) {
    let m = Fam::new(f);
    w!(o, "## {}", f.name);
    w!(o, "");
    w!(o, "{}", one_line(&f.doc));
    w!(o, "");
    w!(
        o,
        "Id {} ({}), message type {:#x}, register calls with rax = {:#x}, version {}.",
        f.id,
        f.xen
            .as_deref()
            .map_or("hvlink's own".into(), |x| format!("`{x}`")),
        f.msg_type,
        f.id | 0x4000_0000,
        f.version
    );
    w!(o, "");
    w!(
        o,
        "| id | op | privilege | since | path | max-reply | what it does |"
    );
    w!(o, "| --- | --- | --- | --- | --- | --- | --- |");
    for op in &f.ops {
        let path = match (&op.fastabi, &op.register_only) {
            (Some(_), Some(_)) => "register only",
            (Some(_), None) => "ring + register",
            (None, _) => "ring only",
        };
        w!(
            o,
            "| {} | [{}](#{}) | {} | {} | {path} | {} | {} |",
            op.id,
            op.name,
            anchor(&f.name, "op", &op.name),
            op.privilege,
            op.since.unwrap_or(1),
            op.max_reply,
            one_line(&op.doc)
        );
    }
    w!(o, "");
    w!(o, "### {} ops", f.name);
    w!(o, "");
    for op in &f.ops {
        op_section(o, &m, op);
    }
    if !f.attribute_sets.is_empty() {
        w!(o, "### {} attribute sets", f.name);
        w!(o, "");
        for s in &f.attribute_sets {
            set_section(o, &m, s);
        }
    }
    if !f.definitions.is_empty() {
        w!(o, "### {} definitions", f.name);
        w!(o, "");
        for d in &f.definitions {
            w!(o, "<a id=\"{}\"></a>", anchor(&f.name, "def", &d.name));
            w!(o, "");
            w!(
                o,
                "#### {} ({}{})",
                d.name,
                d.ty,
                if d.open {
                    ", open: other values pass validation"
                } else {
                    ", closed"
                }
            );
            w!(o, "");
            w!(o, "{}", one_line(&d.doc));
            w!(o, "");
            w!(o, "| name | value | meaning |");
            w!(o, "| --- | --- | --- |");
            for e in &d.entries {
                let v = e.value.get();
                let v = if d.ty == "flags" {
                    format!("{v:#x}")
                } else {
                    v.to_string()
                };
                w!(o, "| `{}` | {v} | {} |", e.name, one_line(&e.doc));
            }
            w!(o, "");
        }
    }
}

fn set_link(m: &Fam<'_>, name: &str) -> String {
    format!("[`{name}`](#{})", anchor(&m.f.name, "set", name))
}

fn op_section(o: &mut String, m: &Fam<'_>, op: &Op) {
    w!(o, "<a id=\"{}\"></a>", anchor(&m.f.name, "op", &op.name));
    w!(o, "");
    w!(o, "#### {}.{} ({})", m.f.name, op.name, op.id);
    w!(o, "");
    w!(o, "{}", one_line(&op.doc));
    w!(o, "");
    if let Some(x) = &op.xen {
        w!(o, "- Xen: `{x}`");
    }
    w!(
        o,
        "- Privilege: `{}`; since version {}",
        op.privilege,
        op.since.unwrap_or(1)
    );
    if let Some(t) = &op.target_domain {
        if op.privilege == "control" {
            w!(
                o,
                "- Target domain: `{t}` (the domain the control call acts on)"
            );
        } else {
            w!(
                o,
                "- Target domain: `{t}` (a control call when it names another domain)"
            );
        }
    }
    if op.dump {
        w!(
            o,
            "- Dump: with the request flag DUMP the host sends every part (MULTI), each resumed from the last part's `cursor`, then DONE"
        );
    }
    if op.device_model {
        w!(
            o,
            "- Device model: a device-model domain may make this call on its target (Xen's `IS_PRIV_FOR`)"
        );
    }
    match &op.request {
        Some(r) => {
            let n = set_size(m.f, m.set(r), 0);
            w!(o, "- Request: {} (at most {n} bytes)", set_link(m, r));
        }
        None => w!(o, "- Request: no attributes"),
    }
    match &op.reply {
        Some(r) => w!(
            o,
            "- Reply: {}, at most {} bytes",
            set_link(m, r),
            op.max_reply
        ),
        None => w!(o, "- Reply: none (an ACK)"),
    }
    if op.is_async {
        w!(
            o,
            "- Async: the reply may come later (continuation or wait)"
        );
    }
    if op.batch {
        match crate::model::batch_plan(m.f, op) {
            Ok(p) => {
                let mut line = format!(
                    "- Batch: many entries per request (`{}`), each answered by one result in the reply's `{}` with its `index` (the entry's position) and its own `status`",
                    p.entry.name, p.result.name
                );
                if p.forms {
                    line.push_str(
                        "; a `single`-form request (and the register call) runs as a one-entry batch and is answered in the `single` form",
                    );
                }
                if p.atomic() {
                    line.push_str("; mode `atomic` runs the whole batch at once, all or none");
                }
                w!(o, "{line}");
            }
            Err(_) => w!(
                o,
                "- Batch: many entries per request, each with its own status"
            ),
        }
    }
    if let Some(r) = &op.ring_only {
        w!(o, "- Ring only: {}", one_line(r));
    }
    if let Some(r) = &op.register_only {
        w!(o, "- Register only: {}", one_line(r));
    }
    w!(o, "");
    if let Some(fa) = &op.fastabi {
        if let Some(f) = &fa.form {
            w!(o, "Register call (form `{f}`):");
        } else {
            w!(o, "Register call:");
        }
        w!(o, "");
        w!(o, "| register | in | out |");
        w!(o, "| --- | --- | --- |");
        w!(o, "| rax | {:#x} | status |", m.f.id | 0x4000_0000);
        w!(o, "| rdi | {} | preserved |", op.id);
        for r in REGISTERS {
            let names = |map: &std::collections::BTreeMap<String, String>| -> String {
                let v: Vec<String> = map
                    .iter()
                    .filter(|(_, x)| x.as_str() == r)
                    .map(|(n, _)| format!("`{n}`"))
                    .collect();
                if v.is_empty() {
                    "—".into()
                } else {
                    v.join(" / ")
                }
            };
            let (i, out) = (names(&fa.inputs), names(&fa.outputs));
            if i != "—" || out != "—" {
                w!(o, "| {r} | {i} | {out} |");
            }
        }
        w!(o, "");
    }
}

fn details(m: &Fam<'_>, s: &AttrSet, a: &Attribute) -> String {
    let mut v = Vec::new();
    if a.required {
        v.push("required".to_string());
    }
    if a.repeated {
        v.push(format!("repeated, up to {}", a.max_count.unwrap_or(0)));
    }
    if a.must_understand {
        v.push("must-understand".into());
    }
    if let Some(e) = &a.enumeration {
        v.push(format!("values: [`{e}`](#{})", anchor(&m.f.name, "def", e)));
    }
    if let Some(n) = &a.nested {
        v.push(format!("set {}", set_link(m, n)));
    }
    match a.default {
        Some(DefaultValue::Int(n)) => {
            let n = n.get();
            v.push(if n > 9 {
                format!("default {n:#x}")
            } else {
                format!("default {n}")
            })
        }
        Some(DefaultValue::Bool(b)) => v.push(format!("default {b}")),
        None => {}
    }
    let (lo, hi) = (a.min_value.map(|x| x.get()), a.max_value.map(|x| x.get()));
    if lo.is_some() || hi.is_some() {
        let lo = lo.map_or(String::new(), |x| x.to_string());
        let hi = hi.map_or(String::new(), |x| x.to_string());
        v.push(format!("range {lo}..={hi}"));
    }
    if a.ty == "string" || a.ty == "binary" {
        v.push(format!(
            "length {}..={}",
            a.min_len.unwrap_or(0),
            a.max_len.unwrap_or(0)
        ));
    }
    if let Some(f) = s.form_of(&a.name) {
        v.push(format!("form `{}`", f.name));
    }
    if let Some(w) = &a.when {
        for (k, e) in w {
            v.push(format!(
                "only when `{k}` is {}",
                e.iter()
                    .map(|x| format!("`{x}`"))
                    .collect::<Vec<_>>()
                    .join(" or ")
            ));
        }
    }
    if let Some(since) = a.since.filter(|x| *x > 1) {
        v.push(format!("since {since}"));
    }
    v.join("; ")
}

fn set_section(o: &mut String, m: &Fam<'_>, s: &AttrSet) {
    w!(o, "<a id=\"{}\"></a>", anchor(&m.f.name, "set", &s.name));
    w!(o, "");
    w!(o, "#### {}", s.name);
    w!(o, "");
    w!(
        o,
        "{} At most {} bytes.",
        one_line(&s.doc),
        set_size(m.f, s, 0)
    );
    w!(o, "");
    if let Some(forms) = &s.forms {
        w!(o, "Forms (a message carries exactly one):");
        w!(o, "");
        for f in forms {
            w!(
                o,
                "- `{}`: {} ({})",
                f.name,
                one_line(&f.doc),
                f.attributes
                    .iter()
                    .map(|x| format!("`{x}`"))
                    .collect::<Vec<_>>()
                    .join(", ")
            );
        }
        w!(o, "");
    }
    w!(o, "| id | attribute | type | details | meaning |");
    w!(o, "| --- | --- | --- | --- | --- |");
    for a in &s.attributes {
        w!(
            o,
            "| {} | `{}` | {} | {} | {} |",
            a.id,
            a.name,
            a.ty,
            details(m, s, a),
            one_line(&a.doc)
        );
    }
    w!(o, "");
}
