//! The lint rules of `proto/spec/SCHEMA.md` ("Lint rules", numbered as there). Every
//! violation is collected (nothing stops at the first) as `file:key.path: message`.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use crate::spec::{
    int_range, int_width, is_scalar, AttrSet, Attribute, DefaultValue, Family, Op, REGISTERS,
};

/// One finding, as `file:key.path: message`.
///
/// It keeps owned text on purpose: a diagnostic is the generator's output about someone's
/// spec (which file, which key, what is wrong there, with the spec's own names in it),
/// collected by the hundred and printed after the spec is gone — data, not an error that code
/// matches on. What code does match on is typed where it arises (e.g.
/// [`model::Error`](crate::model::Error) for batch shapes) and becomes a `Diag` only here.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diag {
    /// File name (`grant_table.yaml`).
    pub file: String,
    /// Key path (`ops.copy`, `attribute-sets.map-req.attributes.entry`).
    pub path: String,
    /// What is wrong.
    pub msg: String,
    /// Reported but not fatal.
    pub warning: bool,
}

impl fmt::Display for Diag {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let w = if self.warning { "warning: " } else { "" };
        if self.path.is_empty() {
            write!(f, "{}: {w}{}", self.file, self.msg)
        } else {
            write!(f, "{}:{}: {w}{}", self.file, self.path, self.msg)
        }
    }
}

/// Largest message payload after the two headers (64 KiB − 16 − 4).
pub const MAX_PAYLOAD: i128 = 65516;
/// Deepest nesting.
pub const MAX_DEPTH: usize = 10;

const TYPES: [&str; 12] = [
    "u8", "u16", "u32", "u64", "s8", "s16", "s32", "s64", "flag", "binary", "string", "nest",
];

struct Ctx<'a> {
    file: &'a str,
    out: Vec<Diag>,
}

impl Ctx<'_> {
    fn push(&mut self, path: String, msg: String, warning: bool) {
        self.out.push(Diag {
            file: self.file.to_string(),
            path,
            msg,
            warning,
        });
    }
    fn err(&mut self, path: impl Into<String>, msg: impl Into<String>) {
        self.push(path.into(), msg.into(), false);
    }
    fn warn(&mut self, path: impl Into<String>, msg: impl Into<String>) {
        self.push(path.into(), msg.into(), true);
    }
    /// Report at `path` that `what` (a name or an id) is not unique in `scope` when `seen`
    /// already holds `key`; remember it otherwise.
    fn unique<T: Ord>(
        &mut self,
        seen: &mut BTreeSet<T>,
        key: T,
        path: &str,
        what: impl fmt::Display,
        scope: &str,
    ) {
        if !seen.insert(key) {
            self.err(path, format!("{what} is not unique in the {scope}"));
        }
    }
}

fn is_snake(s: &str) -> bool {
    !s.is_empty()
        && s.starts_with(|c: char| c.is_ascii_lowercase())
        && s.chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
        && !s.contains("__")
        && !s.ends_with('_')
}

fn is_kebab(s: &str) -> bool {
    !s.is_empty()
        && s.starts_with(|c: char| c.is_ascii_lowercase() || c.is_ascii_digit())
        && s.chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        && !s.contains("--")
        && !s.ends_with('-')
}

fn pad4(n: i128) -> i128 {
    (n + 3) & !3
}

/// Upper bound of one occurrence of `a` on the wire (header + padded payload).
pub fn attr_size(fam: &Family, a: &Attribute, depth: usize) -> i128 {
    let payload = match a.ty.as_str() {
        "flag" => 0,
        "string" => a.max_len.unwrap_or(0) as i128 + 1,
        "binary" => a.max_len.unwrap_or(0) as i128,
        "nest" => match a.nested.as_deref().and_then(|n| fam.set(n)) {
            Some(s) if depth < MAX_DEPTH => set_size(fam, s, depth + 1),
            _ => 0,
        },
        t => int_width(t).map_or(0, |(w, _)| w as i128),
    };
    4 + pad4(payload)
}

/// Upper bound of a set: its common attributes plus its largest form.
pub fn set_size(fam: &Family, s: &AttrSet, depth: usize) -> i128 {
    let one = |a: &Attribute| {
        let n = if a.repeated {
            a.max_count.unwrap_or(1).max(0) as i128
        } else {
            1
        };
        attr_size(fam, a, depth) * n
    };
    let common: i128 = s
        .attributes
        .iter()
        .filter(|a| s.form_of(&a.name).is_none())
        .map(one)
        .sum();
    let forms = s
        .forms
        .as_deref()
        .unwrap_or(&[])
        .iter()
        .map(|f| {
            f.attributes
                .iter()
                .filter_map(|n| s.attr(n))
                .map(one)
                .sum::<i128>()
        })
        .max()
        .unwrap_or(0);
    common + forms
}

/// Lint every family; `files` are (file name, parsed family). Returns errors and warnings.
pub fn lint(files: &[(String, Family)]) -> Vec<Diag> {
    let mut all = Vec::new();
    for (file, fam) in files {
        let mut cx = Ctx {
            file,
            out: Vec::new(),
        };
        lint_family(&mut cx, fam);
        all.append(&mut cx.out);
    }
    // Rule 3: uniqueness across files.
    let mut names: BTreeMap<&str, &str> = BTreeMap::new();
    let mut ids: BTreeMap<i64, &str> = BTreeMap::new();
    let mut types: BTreeMap<i64, &str> = BTreeMap::new();
    for (file, fam) in files {
        let dup = |what: &str, other: &str| Diag {
            file: file.clone(),
            path: what.to_string(),
            msg: format!("{what} is also used by {other}"),
            warning: false,
        };
        if let Some(o) = names.insert(&fam.name, file) {
            all.push(dup("name", o));
        }
        if let Some(o) = ids.insert(fam.id, file) {
            all.push(dup("id", o));
        }
        if let Some(o) = types.insert(fam.msg_type, file) {
            all.push(dup("msg-type", o));
        }
    }
    all
}

fn doc(cx: &mut Ctx<'_>, path: &str, d: &str) {
    if d.trim().is_empty() {
        cx.err(path, "doc is empty");
    }
}

fn lint_family(cx: &mut Ctx<'_>, fam: &Family) {
    // Rules 1-3.
    doc(cx, "doc", &fam.doc);
    let stem = cx.file.strip_suffix(".yaml").unwrap_or(cx.file).to_string();
    if !is_snake(&fam.name) {
        cx.err(
            "name",
            format!("family name `{}` is not snake_case", fam.name),
        );
    }
    if fam.name != stem {
        cx.err(
            "name",
            format!("family `{}` must live in `{}.yaml`", fam.name, fam.name),
        );
    }
    if !(0..=0xfeff).contains(&fam.id) {
        cx.err(
            "id",
            format!("family id {:#x} is outside 0..=0xfeff", fam.id),
        );
    }
    if !(0x10..=0xffff).contains(&fam.msg_type) {
        cx.err(
            "msg-type",
            format!("msg-type {:#x} is outside 0x10..=0xffff", fam.msg_type),
        );
    } else if fam.msg_type != 0x100 + fam.id {
        cx.warn(
            "msg-type",
            format!(
                "msg-type {:#x} is not 0x100 + id ({:#x})",
                fam.msg_type,
                0x100 + fam.id
            ),
        );
    }
    if !(1..=255).contains(&fam.version) {
        cx.err(
            "version",
            format!("version {} is outside 1..=255", fam.version),
        );
    }

    // Rule 4: definitions.
    let mut def_names = BTreeSet::new();
    for d in &fam.definitions {
        let p = format!("definitions.{}", d.name);
        cx.unique(&mut def_names, &d.name, &p, "definition name", "family");
        if !is_kebab(&d.name) {
            cx.err(&p, "definition name is not kebab-case");
        }
        doc(cx, &format!("{p}.doc"), &d.doc);
        if d.ty != "enum" && d.ty != "flags" {
            cx.err(
                format!("{p}.type"),
                format!("type `{}` is neither `enum` nor `flags`", d.ty),
            );
        }
        if d.entries.is_empty() {
            cx.err(&p, "a definition needs at least one entry");
        }
        let mut en = BTreeSet::new();
        let mut ev = BTreeSet::new();
        let mut bits: i128 = 0;
        for e in &d.entries {
            let ep = format!("{p}.entries.{}", e.name);
            doc(cx, &format!("{ep}.doc"), &e.doc);
            if !is_kebab(&e.name) {
                cx.err(&ep, "entry name is not kebab-case");
            }
            cx.unique(&mut en, &e.name, &ep, "entry name", "definition");
            let v = e.value.get();
            cx.unique(
                &mut ev,
                v,
                &ep,
                format_args!("entry value {v}"),
                "definition",
            );
            if d.ty == "flags" {
                if v <= 0 {
                    cx.err(&ep, format!("flag mask {v} is not positive"));
                } else if bits & v != 0 {
                    cx.err(&ep, format!("flag mask {v:#x} overlaps another entry"));
                }
                bits |= v.max(0);
            }
        }
    }

    // Rules 5-15: attribute sets.
    let mut set_names = BTreeSet::new();
    for s in &fam.attribute_sets {
        let p = format!("attribute-sets.{}", s.name);
        cx.unique(&mut set_names, &s.name, &p, "set name", "family");
        lint_set(cx, fam, s, &p);
    }

    // Rules 16-26: ops.
    let mut op_names = BTreeSet::new();
    let mut op_ids = BTreeSet::new();
    for op in &fam.ops {
        let p = format!("ops.{}", op.name);
        cx.unique(&mut op_names, &op.name, &p, "op name", "family");
        let id = op.id;
        cx.unique(&mut op_ids, id, &p, format_args!("op id {id}"), "family");
        lint_op(cx, fam, op, &p);
    }

    // Warnings: unused definitions and sets.
    let mut used_defs = BTreeSet::new();
    let mut used_sets = BTreeSet::new();
    for s in &fam.attribute_sets {
        for a in &s.attributes {
            if let Some(e) = &a.enumeration {
                used_defs.insert(e.as_str());
            }
            if let Some(n) = &a.nested {
                used_sets.insert(n.as_str());
            }
        }
    }
    for op in &fam.ops {
        for n in [&op.request, &op.reply].into_iter().flatten() {
            used_sets.insert(n.as_str());
        }
    }
    for d in &fam.definitions {
        if !used_defs.contains(d.name.as_str()) {
            cx.warn(
                format!("definitions.{}", d.name),
                "no attribute uses this definition (emitted as constants only)",
            );
        }
    }
    for s in &fam.attribute_sets {
        if !used_sets.contains(s.name.as_str()) {
            cx.warn(
                format!("attribute-sets.{}", s.name),
                "no op or nest uses this set",
            );
        }
    }
}

fn lint_set(cx: &mut Ctx<'_>, fam: &Family, s: &AttrSet, p: &str) {
    doc(cx, &format!("{p}.doc"), &s.doc);
    if !is_kebab(&s.name) {
        cx.err(p, "set name is not kebab-case");
    }
    if s.attributes.is_empty() || s.attributes.len() > 128 {
        cx.err(
            p,
            format!("a set has 1..=128 attributes, not {}", s.attributes.len()),
        );
    }
    let mut names = BTreeSet::new();
    let mut ids = BTreeSet::new();
    for a in &s.attributes {
        let ap = format!("{p}.attributes.{}", a.name);
        cx.unique(&mut names, &a.name, &ap, "attribute name", "set");
        let id = a.id;
        cx.unique(&mut ids, id, &ap, format_args!("attribute id {id}"), "set");
        lint_attr(cx, fam, s, a, &ap);
    }
    // Rule 8: depth / cycles.
    if nest_depth(fam, s, 0) > MAX_DEPTH {
        cx.err(
            p,
            format!("nesting is deeper than {MAX_DEPTH} levels (or cyclic)"),
        );
    }
    // Rule 15: forms.
    if let Some(forms) = &s.forms {
        let fp = format!("{p}.forms");
        if forms.len() < 2 {
            cx.err(&fp, "a set has no forms or at least two");
        }
        let mut fnames = BTreeSet::new();
        let mut owner: BTreeMap<&str, &str> = BTreeMap::new();
        for f in forms {
            let fpp = format!("{fp}.{}", f.name);
            doc(cx, &format!("{fpp}.doc"), &f.doc);
            if !is_kebab(&f.name) {
                cx.err(&fpp, "form name is not kebab-case");
            }
            cx.unique(&mut fnames, &f.name, &fpp, "form name", "set");
            if f.attributes.is_empty() {
                cx.err(&fpp, "form has no attributes");
            }
            for m in &f.attributes {
                if s.attr(m).is_none() {
                    cx.err(
                        &fpp,
                        format!("form member `{m}` is not an attribute of the set"),
                    );
                }
                if let Some(o) = owner.insert(m, &f.name) {
                    cx.err(&fpp, format!("attribute `{m}` is also in form `{o}`"));
                }
            }
        }
    }
}

fn nest_depth(fam: &Family, s: &AttrSet, depth: usize) -> usize {
    if depth > MAX_DEPTH {
        return depth;
    }
    s.attributes
        .iter()
        .filter_map(|a| a.nested.as_deref().and_then(|n| fam.set(n)))
        .map(|inner| nest_depth(fam, inner, depth + 1))
        .max()
        .unwrap_or(depth + 1)
}

fn fits(ty: &str, v: i128) -> bool {
    int_range(ty).is_some_and(|(lo, hi)| v >= lo && v <= hi)
}

fn lint_attr(cx: &mut Ctx<'_>, fam: &Family, s: &AttrSet, a: &Attribute, p: &str) {
    doc(cx, &format!("{p}.doc"), &a.doc);
    if !is_kebab(&a.name) {
        cx.err(p, "attribute name is not kebab-case");
    }
    // 6
    if !(1..=0x3fff).contains(&a.id) {
        cx.err(p, format!("attribute id {} is outside 1..=0x3fff", a.id));
    }
    // 7
    if !TYPES.contains(&a.ty.as_str()) {
        cx.err(
            format!("{p}.type"),
            format!("unknown type `{}` (one of {})", a.ty, TYPES.join(", ")),
        );
        return;
    }
    let int = int_width(&a.ty).is_some();
    // 8
    match (&a.nested, a.ty == "nest") {
        (None, true) => cx.err(p, "a nest needs `nested` (the set of its payload)"),
        (Some(_), false) => cx.err(format!("{p}.nested"), "`nested` is only for type nest"),
        (Some(n), true) if fam.set(n).is_none() => cx.err(
            format!("{p}.nested"),
            format!("nested set `{n}` does not exist in the family"),
        ),
        _ => {}
    }
    // 9
    match (a.repeated, a.max_count) {
        (true, None) => cx.err(p, "a repeated attribute needs max-count"),
        (true, Some(n)) if n < 1 => {
            cx.err(format!("{p}.max-count"), "max-count must be at least 1")
        }
        (false, Some(_)) => cx.err(format!("{p}.max-count"), "max-count without repeated"),
        _ => {}
    }
    if a.repeated && a.default.is_some() {
        cx.err(
            format!("{p}.default"),
            "a repeated attribute has no default",
        );
    }
    // 10
    let lenty = a.ty == "string" || a.ty == "binary";
    if lenty {
        match a.max_len {
            None => cx.err(p, format!("a {} needs max-len", a.ty)),
            Some(m) if m < 1 => cx.err(format!("{p}.max-len"), "max-len must be at least 1"),
            Some(m) if m > 65531 => cx.err(format!("{p}.max-len"), "max-len over 65531"),
            Some(m) if a.min_len.unwrap_or(0) > m => {
                cx.err(format!("{p}.min-len"), "min-len is greater than max-len")
            }
            _ => {}
        }
        if a.min_len.is_some_and(|m| m < 0) {
            cx.err(format!("{p}.min-len"), "min-len is negative");
        }
    } else {
        if a.min_len.is_some() {
            cx.err(format!("{p}.min-len"), format!("min-len on a {}", a.ty));
        }
        if a.max_len.is_some() {
            cx.err(format!("{p}.max-len"), format!("max-len on a {}", a.ty));
        }
    }
    // 11
    let lo = a.min_value.map(|v| v.get());
    let hi = a.max_value.map(|v| v.get());
    if !int {
        if lo.is_some() {
            cx.err(format!("{p}.min-value"), format!("min-value on a {}", a.ty));
        }
        if hi.is_some() {
            cx.err(format!("{p}.max-value"), format!("max-value on a {}", a.ty));
        }
    } else {
        for (k, v) in [("min-value", lo), ("max-value", hi)] {
            if let Some(v) = v {
                if !fits(&a.ty, v) {
                    cx.err(format!("{p}.{k}"), format!("{k} {v} does not fit {}", a.ty));
                }
            }
        }
        if let (Some(l), Some(h)) = (lo, hi) {
            if l > h {
                cx.err(p, "min-value is greater than max-value");
            }
        }
    }
    match (a.default, int, a.ty.as_str()) {
        (None, _, _) => {}
        (Some(DefaultValue::Bool(_)), _, "flag") => {}
        (Some(DefaultValue::Bool(_)), _, t) => {
            cx.err(format!("{p}.default"), format!("a bool default on a {t}"))
        }
        (Some(DefaultValue::Int(v)), true, t) => {
            let v = v.get();
            if !fits(t, v) {
                cx.err(
                    format!("{p}.default"),
                    format!("default {v} does not fit {t}"),
                );
            }
            if lo.is_some_and(|l| v < l) || hi.is_some_and(|h| v > h) {
                cx.err(
                    format!("{p}.default"),
                    format!("default {v} is outside min-value..=max-value"),
                );
            }
        }
        (Some(DefaultValue::Int(_)), false, "flag") => {
            cx.err(format!("{p}.default"), "a flag default is a bool")
        }
        (Some(_), false, t) => cx.err(format!("{p}.default"), format!("a default on a {t}")),
    }
    // 12
    if let Some(e) = &a.enumeration {
        match fam.def(e) {
            None => cx.err(
                format!("{p}.enum"),
                format!("definition `{e}` does not exist in the family"),
            ),
            Some(_) if !int => cx.err(format!("{p}.enum"), format!("enum on a {}", a.ty)),
            Some(d) => {
                if d.ty == "flags" && int_width(&a.ty).is_some_and(|(_, s)| s) {
                    cx.err(
                        format!("{p}.enum"),
                        format!("flags `{e}` need an unsigned type, not {}", a.ty),
                    );
                }
                for en in &d.entries {
                    if !fits(&a.ty, en.value.get()) {
                        cx.err(
                            format!("{p}.enum"),
                            format!(
                                "entry `{}` ({}) does not fit {}",
                                en.name,
                                en.value.get(),
                                a.ty
                            ),
                        );
                    }
                }
                if let (Some(DefaultValue::Int(v)), "enum", false) =
                    (a.default, d.ty.as_str(), d.open)
                {
                    if !d.entries.iter().any(|en| en.value.get() == v.get()) {
                        cx.err(
                            format!("{p}.default"),
                            format!("default {} is not an entry of closed enum `{e}`", v.get()),
                        );
                    }
                }
            }
        }
    }
    // 13
    let since = a.since.unwrap_or(1);
    if since < 1 || since > fam.version {
        cx.err(
            format!("{p}.since"),
            format!("since {since} is outside 1..={}", fam.version),
        );
    }
    if since > 1 && a.required {
        cx.err(
            p,
            format!("an attribute added in version {since} cannot be required (older peers do not send it)"),
        );
    }
    // 14
    if let Some(w) = &a.when {
        let wp = format!("{p}.when");
        if w.len() != 1 {
            cx.err(&wp, "when names exactly one selector");
        }
        for (sel, entries) in w {
            match s.attr(sel) {
                None => cx.err(
                    &wp,
                    format!("selector `{sel}` is not an attribute of the set"),
                ),
                Some(x) if x.name == a.name => cx.err(&wp, "an attribute cannot select itself"),
                Some(x) if x.repeated => cx.err(&wp, format!("selector `{sel}` is repeated")),
                Some(x) => match x.enumeration.as_deref().and_then(|e| fam.def(e)) {
                    None => cx.err(&wp, format!("selector `{sel}` has no enum definition")),
                    Some(d) => {
                        if entries.is_empty() {
                            cx.err(&wp, "when lists no entries");
                        }
                        for en in entries {
                            if !d.entries.iter().any(|x| &x.name == en) {
                                cx.err(&wp, format!("`{en}` is not an entry of `{}`", d.name));
                            }
                        }
                    }
                },
            }
        }
    }
}

fn lint_op(cx: &mut Ctx<'_>, fam: &Family, op: &Op, p: &str) {
    doc(cx, &format!("{p}.doc"), &op.doc);
    if !is_snake(&op.name) {
        cx.err(p, "op name is not snake_case");
    }
    // 16
    if !(0..=255).contains(&op.id) {
        cx.err(
            format!("{p}.id"),
            format!("op id {} is outside 0..=255", op.id),
        );
    }
    let since = op.since.unwrap_or(1);
    if since < 1 || since > fam.version {
        cx.err(
            format!("{p}.since"),
            format!("since {since} is outside 1..={}", fam.version),
        );
    }
    if !["privileged", "logical", "control"].contains(&op.privilege.as_str()) {
        cx.err(
            format!("{p}.privilege"),
            format!(
                "privilege `{}` is not privileged, logical or control",
                op.privilege
            ),
        );
    }
    // 17
    let req = op.request.as_deref().map(|n| (n, fam.set(n)));
    let rep = op.reply.as_deref().map(|n| (n, fam.set(n)));
    for (k, v) in [("request", req), ("reply", rep)] {
        if let Some((n, None)) = v {
            cx.err(
                format!("{p}.{k}"),
                format!("set `{n}` does not exist in the family"),
            );
        }
    }
    let req = req.and_then(|r| r.1);
    let rep = rep.and_then(|r| r.1);
    // 18
    if let Some(t) = &op.target_domain {
        let tp = format!("{p}.target-domain");
        match req.and_then(|s| s.attr(t)) {
            None => cx.err(&tp, format!("`{t}` is not a request attribute")),
            // A control op names whom it acts on (required); any other op acts on the
            // caller unless told otherwise (DOMID_SELF by default).
            Some(a) if op.privilege == "control" => {
                if !(a.ty == "u16" && !a.repeated && a.required) {
                    cx.err(
                        &tp,
                        format!("`{t}` of a control op must be a required, non-repeated u16"),
                    );
                }
            }
            Some(a) => {
                let ok = a.ty == "u16"
                    && !a.repeated
                    && !a.required
                    && a.default == Some(DefaultValue::Int(crate::spec::Num::I(0x7FF0)));
                if !ok {
                    cx.err(
                        &tp,
                        format!("`{t}` must be an optional, non-repeated u16 with default 0x7FF0"),
                    );
                }
            }
        }
    }
    if op.dump {
        let dp = format!("{p}.dump");
        let req_ok = req.and_then(|s| s.attr("cursor")).is_some_and(|a| {
            a.ty == "u64"
                && !a.repeated
                && !a.required
                && a.default == Some(DefaultValue::Int(crate::spec::Num::I(0)))
        });
        if !req_ok {
            cx.err(
                &dp,
                "a dump's request needs an optional, non-repeated u64 `cursor` with default 0",
            );
        }
        let rep_ok = rep
            .and_then(|s| s.attr("cursor"))
            .is_some_and(|a| a.ty == "u64" && !a.repeated && !a.required);
        if !rep_ok {
            cx.err(
                &dp,
                "a dump's reply needs an optional, non-repeated u64 `cursor` (absent in the last part)",
            );
        }
        if op.batch || op.fastabi.is_some() {
            cx.err(&dp, "a dump is ring-only and not a batch");
        }
    }
    if op.device_model && op.target_domain.is_none() {
        cx.err(
            format!("{p}.device-model"),
            "device-model needs a target-domain (the target the device model acts on)",
        );
    }
    // 19
    let mr = op.max_reply as i128;
    if !(0..=MAX_PAYLOAD).contains(&mr) {
        cx.err(
            format!("{p}.max-reply"),
            format!("max-reply {mr} is outside 0..={MAX_PAYLOAD}"),
        );
    }
    match rep {
        None if op.reply.is_none() && mr != 0 => cx.err(
            format!("{p}.max-reply"),
            "max-reply must be 0 when there is no reply",
        ),
        Some(s) => {
            let n = set_size(fam, s, 0);
            if n > mr {
                cx.err(
                    p,
                    format!("reply can encode to {n} bytes, more than max-reply {mr}"),
                );
            }
            check_nests(cx, fam, s, p, "reply");
        }
        None => {}
    }
    if let Some(s) = req {
        let n = set_size(fam, s, 0);
        if n > MAX_PAYLOAD {
            cx.err(
                p,
                format!("request can encode to {n} bytes, more than {MAX_PAYLOAD}"),
            );
        }
        check_nests(cx, fam, s, p, "request");
    }
    // 20
    if op.batch && !req.is_some_and(|s| s.attributes.iter().any(|a| a.repeated && a.ty == "nest")) {
        cx.err(
            format!("{p}.batch"),
            "a batch op needs a repeated nest attribute in its request",
        );
    } else if op.batch {
        // 20 (continued): the shape the generated serving glue runs (SCHEMA.md "Batches,
        // forms and the grant map decision").
        if let Err(e) = crate::model::batch_plan(fam, op) {
            cx.err(format!("{p}.batch"), e.to_string());
        }
    }
    // 21
    match (&op.fastabi, &op.ring_only) {
        (Some(_), Some(_)) => cx.err(p, "an op has either fastabi or ring-only, not both"),
        (None, None) => cx.err(p, "an op needs fastabi or ring-only (saying why)"),
        _ => {}
    }
    for (k, v) in [
        ("ring-only", &op.ring_only),
        ("register-only", &op.register_only),
    ] {
        if v.as_deref().is_some_and(|r| r.trim().is_empty()) {
            cx.err(format!("{p}.{k}"), format!("{k} must give a reason"));
        }
    }
    if op.register_only.is_some() && op.fastabi.is_none() {
        cx.err(format!("{p}.register-only"), "register-only needs fastabi");
    }
    if let Some(fa) = &op.fastabi {
        lint_fastabi(cx, fam, op, fa, req, rep, p);
    }
}

fn check_nests(cx: &mut Ctx<'_>, fam: &Family, s: &AttrSet, p: &str, what: &str) {
    for a in &s.attributes {
        if a.ty == "nest" {
            let n = attr_size(fam, a, 0);
            if n > 65535 {
                cx.err(
                    p,
                    format!(
                        "{what} nest `{}` can encode to {n} bytes, more than 65535",
                        a.name
                    ),
                );
            }
            if let Some(inner) = a.nested.as_deref().and_then(|n| fam.set(n)) {
                if inner.name != s.name {
                    check_nests(cx, fam, inner, p, what);
                }
            }
        }
    }
}

fn lint_fastabi(
    cx: &mut Ctx<'_>,
    fam: &Family,
    op: &Op,
    fa: &crate::spec::FastAbi,
    req: Option<&AttrSet>,
    rep: Option<&AttrSet>,
    p: &str,
) {
    let fp = format!("{p}.fastabi");
    // 25
    let with_forms: Vec<&AttrSet> = [req, rep]
        .into_iter()
        .flatten()
        .filter(|s| s.has_forms())
        .collect();
    match (&fa.form, with_forms.is_empty()) {
        (Some(_), true) => cx.err(
            format!("{fp}.form"),
            "form is given but neither the request nor the reply has forms",
        ),
        (None, false) => cx.err(&fp, "the request or reply has forms: fastabi needs `form`"),
        (Some(f), false) => {
            for s in &with_forms {
                if !s
                    .forms
                    .as_deref()
                    .unwrap_or(&[])
                    .iter()
                    .any(|x| &x.name == f)
                {
                    cx.err(
                        format!("{fp}.form"),
                        format!("`{f}` is not a form of set `{}`", s.name),
                    );
                }
            }
        }
        (None, true) => {}
    }
    for (dir, map, set) in [("in", &fa.inputs, req), ("out", &fa.outputs, rep)] {
        let dp = format!("{fp}.{dir}");
        if set.is_none() && !map.is_empty() {
            cx.err(
                &dp,
                format!(
                    "the op has no {} set to map",
                    if dir == "in" { "request" } else { "reply" }
                ),
            );
            continue;
        }
        let Some(set) = set else { continue };
        let mut by_reg: BTreeMap<&str, Vec<&Attribute>> = BTreeMap::new();
        for (name, reg) in map {
            let ap = format!("{dp}.{name}");
            // 22
            if reg == "rax" || reg == "rdi" {
                cx.err(
                    &ap,
                    format!(
                        "{reg} is reserved (rax: family and status, rdi: op) and cannot be mapped"
                    ),
                );
                continue;
            }
            if !REGISTERS.contains(&reg.as_str()) {
                cx.err(
                    &ap,
                    format!("`{reg}` is not a register (rsi r8 r9 r10 r11 r12)"),
                );
                continue;
            }
            // 23
            let Some(a) = set.attr(name) else {
                cx.err(
                    &ap,
                    format!("`{name}` is not a top-level attribute of `{}`", set.name),
                );
                continue;
            };
            if !is_scalar(&a.ty) {
                cx.err(&ap, format!("a {} does not fit a register", a.ty));
            }
            if dir == "out" && a.repeated {
                cx.err(&ap, "a repeated attribute cannot be mapped in out");
            }
            // 25
            if let (Some(f), Some(af)) = (&fa.form, set.form_of(name)) {
                if &af.name != f {
                    cx.err(
                        &ap,
                        format!(
                            "`{name}` belongs to form `{}`, not to the mapped form `{f}`",
                            af.name
                        ),
                    );
                }
            }
            by_reg.entry(reg).or_default().push(a);
        }
        // 24
        for (reg, attrs) in &by_reg {
            if attrs.len() < 2 {
                continue;
            }
            let names: Vec<&str> = attrs.iter().map(|a| a.name.as_str()).collect();
            let whens: Vec<Option<(&String, &Vec<String>)>> = attrs
                .iter()
                .map(|a| a.when.as_ref().and_then(|w| w.iter().next()))
                .collect();
            let ok = whens.iter().all(|w| w.is_some()) && {
                let sel = whens[0].map(|w| w.0);
                let same = whens.iter().all(|w| w.map(|w| w.0) == sel);
                let mut seen = BTreeSet::new();
                let disjoint = whens
                    .iter()
                    .flat_map(|w| w.map(|w| w.1.iter()).into_iter().flatten())
                    .all(|e| seen.insert(e));
                let sel_mapped = sel.is_some_and(|s| map.contains_key(s));
                same && disjoint && sel_mapped
            };
            if !ok {
                cx.err(
                    &dp,
                    format!(
                        "register {reg} is used by {} (only attributes with disjoint `when` entries of one selector, mapped in the same direction, may share a register)",
                        names.join(", ")
                    ),
                );
            }
        }
        // 26
        for a in &set.attributes {
            let in_form = set.form_of(&a.name);
            let counts = match (in_form, &fa.form) {
                (None, _) => true,
                (Some(f), Some(m)) => &f.name == m,
                (Some(_), None) => false,
            };
            if a.required && counts && !map.contains_key(&a.name) {
                cx.err(
                    &dp,
                    format!(
                        "required attribute `{}` is not mapped to a register",
                        a.name
                    ),
                );
            }
        }
    }
    let _ = (fam, op);
}
