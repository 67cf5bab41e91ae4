//! The C library's generated half, `proto/include/hvlink_parse.h`: per attribute set a struct,
//! an initialiser, a parser that validates exactly as the Rust decoder (`rust.rs`'s
//! `decode_at`) does — same checks, same order, same errors — and an encoder that writes
//! what the Rust `encode` writes; per op a reply parser for a whole message. It stands on the
//! hand-written `hvlink_rt.h` (walk, errors, messages) and `hvlink.h` (the buffer builder).
//!
//! Also generated here, for the differential tests of `proto/clib`: a C shim with one FFI
//! entry per op (parse a reply message, re-encode the parsed value) and the Rust table that
//! pairs each with the generated Rust decoder of the same op.

use std::fmt::Write;

use crate::model::{shout, Fam, Shape};
use crate::spec::{AttrSet, Attribute, Family, Op};

macro_rules! w {
    ($dst:expr, $($arg:tt)*) => { { let _ = writeln!($dst, $($arg)*); } };
}

/// C and C++ keywords (and the struct's own `form` field) that attribute names must avoid.
const RESERVED: &[&str] = &[
    "auto",
    "break",
    "case",
    "char",
    "const",
    "continue",
    "default",
    "do",
    "double",
    "else",
    "enum",
    "extern",
    "float",
    "for",
    "goto",
    "if",
    "inline",
    "int",
    "long",
    "register",
    "restrict",
    "return",
    "short",
    "signed",
    "sizeof",
    "static",
    "struct",
    "switch",
    "typedef",
    "union",
    "unsigned",
    "void",
    "volatile",
    "while",
    "bool",
    "true",
    "false",
    "class",
    "new",
    "delete",
    "this",
    "template",
    "typename",
    "private",
    "public",
    "protected",
    "virtual",
    "operator",
    "namespace",
    "using",
    "friend",
    "mutable",
    "explicit",
    "export",
    "throw",
    "try",
    "catch",
    "and",
    "or",
    "not",
    "xor",
    "form",
    "asm",
    "typeid",
];

/// A C identifier for an attribute.
pub fn field(a: &Attribute) -> String {
    let v = a.name.replace('-', "_");
    if RESERVED.contains(&v.as_str()) {
        format!("{v}_")
    } else {
        v
    }
}

/// `hvlink_grant_table_map_reply`.
pub fn set_fn(f: &Family, s: &AttrSet) -> String {
    format!("hvlink_{}_{}", f.name, s.name.replace('-', "_"))
}

fn set_struct(f: &Family, s: &AttrSet) -> String {
    format!("struct {}", set_fn(f, s))
}

fn ctype(ty: &str) -> &'static str {
    match ty {
        "u8" => "uint8_t",
        "u16" => "uint16_t",
        "u32" => "uint32_t",
        "u64" => "uint64_t",
        "s8" => "int8_t",
        "s16" => "int16_t",
        "s32" => "int32_t",
        "s64" => "int64_t",
        _ => "bool",
    }
}

/// A C literal of `v` for integer type `ty`.
/// A C condition true when `val` (attribute `a`'s value, as Rust compares it) is a member
/// of `a`'s enum (`false` for an enum without members the type can hold).
pub(crate) fn member_any(m: &Fam<'_>, a: &Attribute, val: &str) -> String {
    let t = a.ty.as_str();
    let signed = t.starts_with('s');
    let mut vals: Vec<i128> = a
        .enumeration
        .as_deref()
        .and_then(|e| m.f.def(e))
        .map(|d| {
            d.entries
                .iter()
                .map(|e| e.value.get() as i64 as i128)
                .collect()
        })
        .unwrap_or_default();
    vals.sort_unstable();
    vals.dedup();
    let conds: Vec<String> = vals
        .iter()
        .filter(|v| signed || **v >= 0)
        .map(|v| format!("{val} == {}", lit(t, *v)))
        .collect();
    if conds.is_empty() {
        "false".to_string()
    } else {
        conds.join(" || ")
    }
}

pub(crate) fn lit(ty: &str, v: i128) -> String {
    let signed = ty.starts_with('s');
    if signed {
        if v == i64::MIN as i128 {
            "(-9223372036854775807LL - 1)".into()
        } else {
            format!("({v}LL)")
        }
    } else {
        format!("{:#x}ULL", v as u64)
    }
}

fn comment(s: &str) -> String {
    s.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .replace("*/", "* /")
}

/// The sets of `f` with every nested set before the sets that embed it.
fn ordered<'a>(m: &Fam<'a>) -> Vec<&'a AttrSet> {
    fn visit<'a>(m: &Fam<'a>, s: &'a AttrSet, out: &mut Vec<&'a AttrSet>) {
        if out.iter().any(|x| x.name == s.name) {
            return;
        }
        for a in &s.attributes {
            if let Some(n) = &a.nested {
                visit(m, m.set(n), out);
            }
        }
        out.push(s);
    }
    let mut out = Vec::new();
    for s in &m.f.attribute_sets {
        visit(m, s, &mut out);
    }
    out
}

/// The header `hvlink_parse.h`.
pub fn header(families: &[&Family], src: &str) -> String {
    let mut o = String::new();
    w!(
        o,
        "// Do not edit: generated from {src} by hvlink-proto-gen; regenerate with `{}`.",
        crate::REGENERATE
    );
    o.push_str(
        r#"/*
 * hvlink_parse.h - typed reply parsers and encoders for every attribute set of the ABI.
 *
 * Per attribute set S of family F:
 *   struct hvlink_F_S                  the decoded set: per attribute a value and has_<name>
 *                                      (strings and binaries: pointer + <name>_len into the
 *                                      message; nests: the nested struct; repeated
 *                                      attributes: a struct hvlink_list; forms: `form`)
 *   hvlink_F_S_init(v)                 all absent, defaults filled (to build a request)
 *   hvlink_F_S_parse_at(p, n, off, container, v, err)
 *                                      validate and decode the attributes p[0..n) that sit
 *                                      at message offset `off`: exactly the checks, order and
 *                                      errors of the Rust decoder (hvlink-proto's decode_at)
 *   hvlink_F_S_<attr>_next(it, out)    the next element of a repeated attribute
 *   hvlink_F_S_put(b, v)               write the attributes as the Rust encoder does
 * Per op O with a reply: hvlink_F_O_reply_parse(buf, n, msg, v, err) parses a whole reply
 * message (header, family header, attributes), as the Rust client's decode of a reply does.
 *
 * Every function is total on any input: it reads only inside [p, p + n), loops at most once
 * per 4 input bytes, recurses only as deep as the spec nests (at most 10), and allocates
 * nothing. Returns 0, or a negative errno with *err saying what and where.
 */
#ifndef HVLINK_PARSE_H
#define HVLINK_PARSE_H

#include "hvlink.h"
#include "hvlink_rt.h"

#ifdef __cplusplus
extern "C" {
#endif
"#,
    );
    for f in families {
        family(&mut o, f);
    }
    w!(o, "");
    w!(o, "#ifdef __cplusplus");
    w!(o, "}}");
    w!(o, "#endif");
    w!(o, "");
    w!(o, "#endif /* HVLINK_PARSE_H */");
    o
}

fn family(o: &mut String, f: &Family) {
    let m = Fam::new(f);
    w!(o, "");
    w!(o, "/* ==========================================================================================");
    w!(o, " * Family {}", f.name);
    w!(o, " * ======================================================================================= */");
    let sets = ordered(&m);
    for s in &sets {
        structure(o, &m, s);
    }
    w!(o, "");
    for s in &sets {
        w!(
            o,
            "static inline int {}_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, {} *out, struct hvlink_error *e);",
            set_fn(f, s),
            set_struct(f, s)
        );
    }
    for s in sets.iter().filter(|s| m.is_nested(s)) {
        w!(
            o,
            "static inline int {}_read_valid(const uint8_t *p, size_t n, uint32_t off, {} *out);",
            set_fn(f, s),
            set_struct(f, s)
        );
    }
    for s in &sets {
        init(o, &m, s);
        parse(o, &m, s);
        if m.is_nested(s) {
            read_valid(o, &m, s);
        }
        lists(o, &m, s);
        put(o, &m, s);
    }
    for op in &f.ops {
        op_reply(o, &m, op);
    }
}

fn structure(o: &mut String, m: &Fam<'_>, s: &AttrSet) {
    let f = m.f;
    w!(o, "");
    w!(o, "/* {}: {} */", s.name, comment(&s.doc));
    if let Some(forms) = &s.forms {
        for (i, fm) in forms.iter().enumerate() {
            w!(
                o,
                "#define HVLINK_{}_{}_FORM_{} {i}u /* {} */",
                shout(&f.name),
                shout(&s.name),
                shout(&fm.name),
                comment(&fm.doc)
            );
        }
    }
    w!(o, "{} {{", set_struct(f, s));
    if s.has_forms() {
        w!(
            o,
            "    uint32_t form; /* HVLINK_{}_{}_FORM_* */",
            shout(&f.name),
            shout(&s.name)
        );
    }
    for a in &s.attributes {
        let n = field(a);
        let d = comment(&a.doc);
        match m.shape(s, a) {
            Shape::List => w!(
                o,
                "    struct hvlink_list {n}; /* {d} (up to {}) */",
                a.max_count.unwrap_or(0)
            ),
            Shape::Flag => w!(o, "    bool {n}; /* {d} */"),
            _ => {
                match a.ty.as_str() {
                    "string" => {
                        w!(o, "    const char *{n}; /* {d} (NUL-terminated) */");
                        w!(o, "    uint32_t {n}_len;");
                    }
                    "binary" => {
                        w!(o, "    const uint8_t *{n}; /* {d} */");
                        w!(o, "    uint32_t {n}_len;");
                    }
                    "nest" => w!(
                        o,
                        "    {} {n}; /* {d} */",
                        set_struct(f, m.set(a.nested.as_deref().unwrap_or_default()))
                    ),
                    t => w!(o, "    {} {n}; /* {d} */", ctype(t)),
                }
                w!(o, "    bool has_{n};");
            }
        }
    }
    if s.attributes.is_empty() {
        w!(o, "    uint8_t unused;");
    }
    w!(o, "}};");
}

fn default_value(a: &Attribute) -> i128 {
    match a.default {
        Some(crate::spec::DefaultValue::Int(n)) => n.get(),
        Some(crate::spec::DefaultValue::Bool(b)) => b as i128,
        None => 0,
    }
}

fn init(o: &mut String, m: &Fam<'_>, s: &AttrSet) {
    let f = m.f;
    w!(o, "");
    w!(
        o,
        "/* {}: every attribute absent, defaults filled. */",
        s.name
    );
    w!(
        o,
        "static inline void {}_init({} *v)",
        set_fn(f, s),
        set_struct(f, s)
    );
    w!(o, "{{");
    if s.has_forms() {
        w!(o, "    v->form = 0;");
    }
    for a in &s.attributes {
        let n = field(a);
        match m.shape(s, a) {
            Shape::List => {
                w!(o, "    v->{n}.wire = (const uint8_t *)0;");
                w!(o, "    v->{n}.items = (const void *)0;");
                w!(o, "    v->{n}.wire_len = 0;");
                w!(o, "    v->{n}.wire_offset = 0;");
                w!(o, "    v->{n}.count = 0;");
                w!(o, "    v->{n}.kind = {};", a.id);
            }
            Shape::Flag => w!(o, "    v->{n} = false;"),
            sh => {
                match a.ty.as_str() {
                    "string" => {
                        w!(o, "    v->{n} = (const char *)0;");
                        w!(o, "    v->{n}_len = 0;");
                    }
                    "binary" => {
                        w!(o, "    v->{n} = (const uint8_t *)0;");
                        w!(o, "    v->{n}_len = 0;");
                    }
                    "nest" => w!(
                        o,
                        "    {}_init(&v->{n});",
                        set_fn(f, m.set(a.nested.as_deref().unwrap_or_default()))
                    ),
                    t => {
                        let d = if sh == Shape::Default {
                            default_value(a)
                        } else {
                            0
                        };
                        w!(o, "    v->{n} = ({}){};", ctype(t), lit(t, d));
                    }
                }
                w!(o, "    v->has_{n} = false;");
            }
        }
    }
    if s.attributes.is_empty() {
        w!(o, "    v->unused = 0;");
    }
    w!(o, "}}");
}

/// Bit `i` of the seen mask (two words cover the 128 attributes a set may have).
fn bit(i: usize) -> (usize, String) {
    (i / 64, format!("{:#x}ULL", 1u64 << (i % 64)))
}

fn parse(o: &mut String, m: &Fam<'_>, s: &AttrSet) {
    let f = m.f;
    let forms = s.forms.as_deref().unwrap_or(&[]);
    let sorted = m.sorted(s);
    let uses_seen = s.attributes.iter().any(|a| !a.repeated || a.required);
    let uses_int = s
        .attributes
        .iter()
        .any(|a| crate::model::width(&a.ty).is_some());
    w!(o, "");
    w!(
        o,
        "/* Validate and decode {} (the Rust decoder's checks, order and errors). */",
        s.name
    );
    w!(
        o,
        "static inline int {}_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, {} *out, struct hvlink_error *e)",
        set_fn(f, s),
        set_struct(f, s)
    );
    w!(o, "{{");
    w!(o, "    struct hvlink_walk w;");
    w!(o, "    struct hvlink_attr a;");
    w!(o, "    uint32_t count = 0;");
    w!(o, "    int r;");
    if uses_seen {
        w!(o, "    uint64_t seen[2] = {{0, 0}};");
    }
    if uses_int {
        w!(o, "    uint64_t v = 0;");
    }
    for a in &s.attributes {
        if a.when.is_some() {
            w!(o, "    uint32_t at_{} = 0;", field(a));
        }
    }
    if !forms.is_empty() {
        let z = vec!["0"; forms.len()].join(", ");
        let fz = vec!["false"; forms.len()].join(", ");
        w!(o, "    bool form_seen[{}] = {{{fz}}};", forms.len());
        w!(o, "    uint32_t form_at[{}] = {{{z}}};", forms.len());
    }
    let needs_container = !forms.is_empty() || s.attributes.iter().any(|a| a.required);
    if !needs_container {
        w!(o, "    (void)container;");
    }
    emit_init(o, f, s);
    // The attributes in the order the encoder writes them, each recognised by one compare
    // of its whole header: the loop's work for them minus the dispatch and the duplicate
    // check (the prefix has each type once); the loop takes over at the first other header.
    for a in fast_order(s) {
        w!(
            o,
            "    if (hvlink_walk_expect(&w, {:#010x}u, &a)) {{",
            expect_header(a)
        );
        w!(o, "        count++;");
        arm(o, m, s, a, uses_seen, true, "        ");
        w!(o, "    }}");
    }
    w!(o, "    while ((r = hvlink_walk_next(&w, &a, e)) == 1) {{");
    w!(o, "        if (++count > {}u)", crate::rust::max_attrs(s));
    w!(o, "            return hvlink__too_many(&a, e);");
    w!(o, "        switch (hvlink_attr_kind(&a)) {{");
    for a in &sorted {
        w!(o, "        case {}: {{", a.id);
        arm(o, m, s, a, uses_seen, false, "            ");
        w!(o, "            break;");
        w!(o, "        }}");
    }
    w!(o, "        default:");
    w!(o, "            r = hvlink__unknown(&a, e);");
    w!(o, "            if (r)");
    w!(o, "                return r;");
    w!(o, "            break;");
    w!(o, "        }}");
    w!(o, "    }}");
    w!(o, "    if (r < 0)");
    w!(o, "        return r;");
    // Required attributes outside forms, the first missing in id order.
    for a in sorted
        .iter()
        .filter(|a| a.required && s.form_of(&a.name).is_none())
    {
        let (wd, b) = bit(m.policy_index(s, a));
        w!(o, "    if (!(seen[{wd}] & {b}))");
        w!(o, "        return hvlink__missing(container, {}, e);", a.id);
    }
    if !forms.is_empty() {
        let first_req = s.attributes.iter().find(|a| a.required).map_or(0, |a| a.id);
        w!(o, "    {{");
        w!(o, "        int chosen = -1, k;");
        w!(o, "        uint32_t chosen_at = 0;");
        w!(o, "        for (k = 0; k < {}; k++) {{", forms.len());
        w!(o, "            if (!form_seen[k])");
        w!(o, "                continue;");
        w!(o, "            if (chosen >= 0)");
        w!(o, "                return hvlink__two_forms(form_at[k] > chosen_at ? form_at[k] : chosen_at, e);");
        w!(o, "            chosen = k;");
        w!(o, "            chosen_at = form_at[k];");
        w!(o, "        }}");
        w!(o, "        if (chosen < 0) {{");
        if first_req != 0 {
            w!(
                o,
                "            return hvlink__missing(container, {first_req}, e);"
            );
        } else {
            w!(o, "            chosen = 0;");
        }
        w!(o, "        }}");
        w!(o, "        out->form = (uint32_t)chosen;");
        w!(o, "    }}");
    }
    // `when` conditions, in declaration order.
    for a in &s.attributes {
        let Some((sel, vals)) = m.when(s, a) else {
            continue;
        };
        let n = field(a);
        let present = match m.shape(s, a) {
            Shape::Flag => format!("out->{n}"),
            Shape::List => format!("out->{n}.count > 0"),
            _ => format!("out->has_{n}"),
        };
        let sn = field(sel);
        let mut conds: Vec<String> = vals
            .iter()
            .map(|v| format!("out->{sn} == ({}){}", ctype(&sel.ty), lit(&sel.ty, *v)))
            .collect();
        if conds.is_empty() {
            conds.push("false".into());
        }
        let has = if m.shape(s, sel) == Shape::Default {
            "true".to_string()
        } else {
            format!("out->has_{sn}")
        };
        w!(
            o,
            "    if ({present} && !({has} && ({})))",
            conds.join(" || ")
        );
        w!(o, "        return hvlink__when(at_{n}, {}, e);", a.id);
    }
    // The chosen form's required attributes, in the form's order.
    if !forms.is_empty() {
        w!(o, "    switch (out->form) {{");
        for (i, fm) in forms.iter().enumerate() {
            if i + 1 == forms.len() {
                w!(o, "    default:");
            } else {
                w!(o, "    case {i}:");
            }
            for name in &fm.attributes {
                let Some(a) = s.attr(name) else { continue };
                let n = field(a);
                match m.shape(s, a) {
                    Shape::Plain => {
                        w!(o, "        if (!out->has_{n})");
                        w!(
                            o,
                            "            return hvlink__missing(container, {}, e);",
                            a.id
                        );
                    }
                    Shape::List if a.required => {
                        w!(o, "        if (out->{n}.count == 0)");
                        w!(
                            o,
                            "            return hvlink__missing(container, {}, e);",
                            a.id
                        );
                    }
                    _ => {}
                }
            }
            w!(o, "        break;");
        }
        w!(o, "    }}");
    }
    w!(o, "    return 0;");
    w!(o, "}}");
}

/// One attribute's arm: duplicate, the type's checks, values, closed enum, store.
fn arm(
    o: &mut String,
    m: &Fam<'_>,
    s: &AttrSet,
    a: &Attribute,
    uses_seen: bool,
    first: bool,
    ind: &str,
) {
    let f = m.f;
    let n = field(a);
    let (wd, b) = bit(m.policy_index(s, a));
    if !a.repeated && !first {
        w!(o, "{ind}if (seen[{wd}] & {b})");
        w!(o, "{ind}    return hvlink__duplicate(&a, e);");
    }
    if uses_seen {
        w!(o, "{ind}seen[{wd}] |= {b};");
    }
    let list = m.shape(s, a) == Shape::List;
    // A list's `max-count`: one occurrence more is refused at that occurrence (as the Rust
    // decoder does).
    if let Some(max) = a.max_count.filter(|_| list) {
        w!(o, "{ind}if (out->{n}.count >= {max}u)");
        w!(o, "{ind}    return hvlink__too_many(&a, e);");
    }
    match a.ty.as_str() {
        t @ ("u8" | "u16" | "u32" | "u64" | "s8" | "s16" | "s32" | "s64") => {
            let (wdt, signed) = crate::model::width(t).unwrap_or((8, false));
            w!(o, "{ind}r = hvlink__int(&a, {wdt}, &v, e);");
            w!(o, "{ind}if (r)");
            w!(o, "{ind}    return r;");
            // The value as the Rust decoder compares it: sign-extended for signed types.
            let val = if signed {
                format!("(int64_t)({})(v)", ctype(t))
            } else {
                "v".into()
            };
            match crate::rust::values(m, s, a) {
                Some(crate::rust::Values::Mask(mask)) => {
                    w!(o, "{ind}if (v & ~(uint64_t){mask:#x}ULL)");
                    w!(o, "{ind}    return hvlink__bad_flags(&a, e);");
                }
                Some(crate::rust::Values::Range(lo, hi)) => {
                    let (tlo, thi) = crate::spec::int_range(t).unwrap_or((0, 0));
                    let mut c = Vec::new();
                    if lo > tlo {
                        c.push(format!("{val} < {}", lit(t, lo)));
                    }
                    if hi < thi {
                        c.push(format!("{val} > {}", lit(t, hi)));
                    }
                    if !c.is_empty() {
                        w!(o, "{ind}if ({})", c.join(" || "));
                        w!(o, "{ind}    return hvlink__out_of_range(&a, e);");
                    }
                }
                None => {}
            }
            if m.member_check(s, a).is_some() {
                let cond = member_any(m, a, &val);
                w!(o, "{ind}if (!({cond}))");
                w!(o, "{ind}    return hvlink__not_member(&a, e);");
            }
            if list {
                w!(o, "{ind}out->{n}.count++;");
            } else {
                w!(o, "{ind}out->{n} = ({})v;", ctype(t));
                w!(o, "{ind}out->has_{n} = true;");
            }
        }
        "flag" => {
            w!(o, "{ind}r = hvlink__flag(&a, e);");
            w!(o, "{ind}if (r)");
            w!(o, "{ind}    return r;");
            if list {
                w!(o, "{ind}out->{n}.count++;");
            } else {
                w!(o, "{ind}out->{n} = true;");
            }
        }
        "binary" | "string" => {
            let (min, max) = (a.min_len.unwrap_or(0), a.max_len.unwrap_or(0));
            w!(o, "{ind}r = hvlink__{}(&a, {min}u, {max}u, e);", a.ty);
            w!(o, "{ind}if (r)");
            w!(o, "{ind}    return r;");
            if list {
                w!(o, "{ind}out->{n}.count++;");
            } else if a.ty == "string" {
                w!(o, "{ind}out->{n} = (const char *)a.payload;");
                w!(o, "{ind}out->{n}_len = a.len - 1;");
                w!(o, "{ind}out->has_{n} = true;");
            } else {
                w!(o, "{ind}out->{n} = a.payload;");
                w!(o, "{ind}out->{n}_len = a.len;");
                w!(o, "{ind}out->has_{n} = true;");
            }
        }
        _ => {
            let inner = m.set(a.nested.as_deref().unwrap_or_default());
            if list {
                w!(o, "{ind}{{");
                w!(o, "{ind}    {} tmp;", set_struct(f, inner));
                w!(
                    o,
                    "{ind}    r = {}_parse_at(a.payload, a.len, a.offset + 4u, a.offset, &tmp, e);",
                    set_fn(f, inner)
                );
                w!(o, "{ind}    if (r)");
                w!(o, "{ind}        return r;");
                w!(o, "{ind}}}");
                w!(o, "{ind}out->{n}.count++;");
            } else {
                w!(
                    o,
                    "{ind}r = {}_parse_at(a.payload, a.len, a.offset + 4u, a.offset, &out->{n}, e);",
                    set_fn(f, inner)
                );
                w!(o, "{ind}if (r)");
                w!(o, "{ind}    return r;");
                w!(o, "{ind}out->has_{n} = true;");
            }
        }
    }
    if a.when.is_some() {
        w!(o, "{ind}at_{n} = a.offset;");
    }
    let forms = s.forms.as_deref().unwrap_or(&[]);
    if let Some(i) = forms.iter().position(|fm| fm.attributes.contains(&a.name)) {
        w!(o, "{ind}if (!form_seen[{i}]) {{");
        w!(o, "{ind}    form_seen[{i}] = true;");
        w!(o, "{ind}    form_at[{i}] = a.offset;");
        w!(o, "{ind}}}");
    }
}

/// The fixed-size attributes of `s` (integers, flags; not repeated) in the order the
/// generated encoders write them: the common ones, then each form's (as `rust.rs`).
fn fast_order(s: &AttrSet) -> Vec<&Attribute> {
    let mut order: Vec<&Attribute> = s
        .attributes
        .iter()
        .filter(|a| s.form_of(&a.name).is_none())
        .collect();
    for f in s.forms.as_deref().unwrap_or(&[]) {
        order.extend(f.attributes.iter().filter_map(|n| s.attr(n)));
    }
    let mut out: Vec<&Attribute> = Vec::new();
    for a in order {
        let fixed = a.ty == "flag" || crate::model::width(&a.ty).is_some();
        if fixed && !a.repeated && !out.iter().any(|b| b.id == a.id) {
            out.push(a);
        }
    }
    out
}

/// The header the encoder writes for fixed-size attribute `a`, as a little-endian `u32`.
fn expect_header(a: &Attribute) -> u32 {
    let size = if a.ty == "flag" {
        0
    } else {
        crate::model::width(&a.ty).map_or(0, |(w, _)| w)
    };
    let raw = a.id as u32 | if a.must_understand { 0x4000 } else { 0 };
    (4 + size) | raw << 16
}

/// `_read_valid`: read attributes that `_parse_at` accepted before (a list's elements, read
/// again while iterating), as the Rust `decode_valid` does: only what builds the value, no
/// duplicate, value, enum, must-understand, form or `when` checks (they cannot fail on such
/// bytes). Still total: an integer of the wrong size or a framing error ends it with -1.
/// The start of a decoder's body after its locals: the struct set to its defaults, every
/// list pointed at the attributes (its items are found by walking them), the walk begun.
fn emit_init(o: &mut String, f: &Family, s: &AttrSet) {
    w!(o, "    {}_init(out);", set_fn(f, s));
    for a in &s.attributes {
        if a.repeated {
            let n = field(a);
            w!(o, "    out->{n}.wire = p;");
            w!(o, "    out->{n}.wire_len = (uint32_t)n;");
            w!(o, "    out->{n}.wire_offset = off;");
        }
    }
    w!(o, "    hvlink_walk_init(&w, p, n, off);");
}

fn read_valid(o: &mut String, m: &Fam<'_>, s: &AttrSet) {
    let f = m.f;
    let forms = s.forms.as_deref().unwrap_or(&[]);
    w!(o, "");
    w!(
        o,
        "/* Read {} bytes that {}_parse_at accepted (list iteration): values only. */",
        s.name,
        set_fn(f, s)
    );
    w!(
        o,
        "static inline int {}_read_valid(const uint8_t *p, size_t n, uint32_t off, {} *out)",
        set_fn(f, s),
        set_struct(f, s)
    );
    w!(o, "{{");
    w!(o, "    struct hvlink_walk w;");
    w!(o, "    struct hvlink_attr a;");
    w!(o, "    struct hvlink_error e;");
    w!(o, "    int r;");
    if !forms.is_empty() {
        w!(o, "    int chosen = -1;");
    }
    emit_init(o, f, s);
    for a in fast_order(s) {
        let n = field(a);
        w!(
            o,
            "    if (hvlink_walk_expect(&w, {:#010x}u, &a)) {{",
            expect_header(a)
        );
        match crate::model::width(&a.ty) {
            Some((wdt, _)) => {
                let ld = match wdt {
                    1 => "a.payload[0]".to_string(),
                    2 => "hvlink__ld16(a.payload)".into(),
                    4 => "hvlink__ld32(a.payload)".into(),
                    _ => "hvlink__ld64(a.payload)".into(),
                };
                w!(o, "        out->{n} = ({}){ld};", ctype(&a.ty));
                w!(o, "        out->has_{n} = true;");
            }
            None => w!(o, "        out->{n} = true;"),
        }
        if let Some(i) = forms.iter().position(|fm| fm.attributes.contains(&a.name)) {
            w!(o, "        if (chosen < 0)");
            w!(o, "            chosen = {i};");
        }
        w!(o, "    }}");
    }
    w!(o, "    while ((r = hvlink_walk_next(&w, &a, &e)) == 1) {{");
    w!(o, "        switch (hvlink_attr_kind(&a)) {{");
    for a in m.sorted(s) {
        let n = field(a);
        let list = m.shape(s, a) == Shape::List;
        w!(o, "        case {}:", a.id);
        match a.ty.as_str() {
            t @ ("u8" | "u16" | "u32" | "u64" | "s8" | "s16" | "s32" | "s64") => {
                let (wdt, _) = crate::model::width(t).unwrap_or((8, false));
                w!(o, "            if (a.len != {wdt}u)");
                w!(o, "                return -1;");
                if list {
                    w!(o, "            out->{n}.count++;");
                } else {
                    let ld = match wdt {
                        1 => "a.payload[0]".to_string(),
                        2 => "hvlink__ld16(a.payload)".into(),
                        4 => "hvlink__ld32(a.payload)".into(),
                        _ => "hvlink__ld64(a.payload)".into(),
                    };
                    w!(o, "            out->{n} = ({}){ld};", ctype(t));
                    w!(o, "            out->has_{n} = true;");
                }
            }
            "flag" => {
                if list {
                    w!(o, "            out->{n}.count++;");
                } else {
                    w!(o, "            out->{n} = true;");
                }
            }
            "string" | "binary" => {
                if list {
                    w!(o, "            out->{n}.count++;");
                } else if a.ty == "string" {
                    w!(o, "            if (a.len == 0)");
                    w!(o, "                return -1;");
                    w!(o, "            out->{n} = (const char *)a.payload;");
                    w!(o, "            out->{n}_len = a.len - 1;");
                    w!(o, "            out->has_{n} = true;");
                } else {
                    w!(o, "            out->{n} = a.payload;");
                    w!(o, "            out->{n}_len = a.len;");
                    w!(o, "            out->has_{n} = true;");
                }
            }
            _ => {
                if list {
                    w!(o, "            out->{n}.count++;");
                } else {
                    let inner = m.set(a.nested.as_deref().unwrap_or_default());
                    w!(
                        o,
                        "            if ({}_read_valid(a.payload, a.len, a.offset + 4u, &out->{n}) != 0)",
                        set_fn(f, inner)
                    );
                    w!(o, "                return -1;");
                    w!(o, "            out->has_{n} = true;");
                }
            }
        }
        if let Some(i) = forms.iter().position(|fm| fm.attributes.contains(&a.name)) {
            w!(o, "            if (chosen < 0)");
            w!(o, "                chosen = {i};");
        }
        w!(o, "            break;");
    }
    w!(o, "        default:");
    w!(o, "            break;");
    w!(o, "        }}");
    w!(o, "    }}");
    if !forms.is_empty() {
        w!(o, "    out->form = chosen < 0 ? 0u : (uint32_t)chosen;");
    }
    w!(o, "    return r;");
    w!(o, "}}");
}

/// The C type of one element of a repeated attribute.
fn elem_type(m: &Fam<'_>, a: &Attribute) -> String {
    match a.ty.as_str() {
        "nest" => set_struct(m.f, m.set(a.nested.as_deref().unwrap_or_default())),
        "string" | "binary" => "struct hvlink_bytes".into(),
        t => ctype(t).into(),
    }
}

/// Typed iteration over each repeated attribute.
fn lists(o: &mut String, m: &Fam<'_>, s: &AttrSet) {
    let f = m.f;
    for a in s.attributes.iter().filter(|a| a.repeated) {
        let n = field(a);
        let et = elem_type(m, a);
        w!(o, "");
        w!(
            o,
            "/* The next element of {}.{} from a parsed list (1, or 0 at the end). */",
            s.name,
            a.name
        );
        w!(
            o,
            "static inline int {}_{n}_next(struct hvlink_list_iter *it, {et} *out)",
            set_fn(f, s)
        );
        w!(o, "{{");
        w!(o, "    struct hvlink_attr a;");
        w!(o, "    if (!hvlink_list_next_attr(it, &a))");
        w!(o, "        return 0;");
        match a.ty.as_str() {
            "nest" => {
                let inner = m.set(a.nested.as_deref().unwrap_or_default());
                w!(
                    o,
                    "    if ({}_read_valid(a.payload, a.len, a.offset + 4u, out) != 0) {{",
                    set_fn(f, inner)
                );
                w!(o, "        it->left = 0;");
                w!(o, "        return 0;");
                w!(o, "    }}");
            }
            "string" => {
                w!(o, "    out->data = a.payload;");
                w!(o, "    out->len = a.len ? a.len - 1 : 0;");
            }
            "binary" => {
                w!(o, "    out->data = a.payload;");
                w!(o, "    out->len = a.len;");
            }
            "flag" => w!(o, "    *out = true;"),
            t => {
                let (wdt, _) = crate::model::width(t).unwrap_or((8, false));
                let ld = match wdt {
                    1 => "a.payload[0]".to_string(),
                    2 => "hvlink__ld16(a.payload)".into(),
                    4 => "hvlink__ld32(a.payload)".into(),
                    _ => "hvlink__ld64(a.payload)".into(),
                };
                w!(o, "    if (a.len != {wdt}u) {{");
                w!(o, "        it->left = 0;");
                w!(o, "        return 0;");
                w!(o, "    }}");
                w!(o, "    *out = ({}){ld};", ctype(t));
            }
        }
        w!(o, "    return 1;");
        w!(o, "}}");
    }
}

/// The statement that writes one value `val` (an lvalue of the attribute's element type).
fn put_value(m: &Fam<'_>, a: &Attribute, val: &str, len: &str, ind: &str) -> String {
    let raw = Fam::raw_kind(a);
    match a.ty.as_str() {
        "nest" => {
            let inner = m.set(a.nested.as_deref().unwrap_or_default());
            format!(
                "{ind}{{\n{ind}    size_t nest = hvlink_nest_begin(b, {raw});\n{ind}    {}_put(b, &{val});\n{ind}    hvlink_nest_end(b, nest);\n{ind}}}",
                set_fn(m.f, inner)
            )
        }
        "string" => format!("{ind}hvlink_put_strn(b, {raw}, {val}, {len});"),
        "binary" => format!("{ind}hvlink_put_binary(b, {raw}, {val}, {len});"),
        "flag" => format!("{ind}hvlink_put_flag(b, {raw});"),
        t => format!("{ind}hvlink_put_{t}(b, {raw}, {val});"),
    }
}

fn put_attr(o: &mut String, m: &Fam<'_>, s: &AttrSet, a: &Attribute, ind: &str) {
    let f = m.f;
    let n = field(a);
    match m.shape(s, a) {
        Shape::Plain => w!(
            o,
            "{}",
            put_value(m, a, &format!("v->{n}"), &format!("v->{n}_len"), ind)
        ),
        Shape::Opt => {
            w!(o, "{ind}if (v->has_{n}) {{");
            w!(
                o,
                "{}",
                put_value(
                    m,
                    a,
                    &format!("v->{n}"),
                    &format!("v->{n}_len"),
                    &format!("{ind}    ")
                )
            );
            w!(o, "{ind}}}");
        }
        Shape::Default => {
            w!(
                o,
                "{ind}if (v->{n} != ({}){}) {{",
                ctype(&a.ty),
                lit(&a.ty, default_value(a))
            );
            w!(
                o,
                "{}",
                put_value(
                    m,
                    a,
                    &format!("v->{n}"),
                    &format!("v->{n}_len"),
                    &format!("{ind}    ")
                )
            );
            w!(o, "{ind}}}");
        }
        Shape::Flag => {
            w!(o, "{ind}if (v->{n})");
            w!(o, "{}", put_value(m, a, "", "", &format!("{ind}    ")));
        }
        Shape::List => {
            let et = elem_type(m, a);
            let (val, len) = match a.ty.as_str() {
                "string" => ("(const char *)x.data".to_string(), "x.len".to_string()),
                "binary" => ("x.data".to_string(), "x.len".to_string()),
                _ => ("x".to_string(), String::new()),
            };
            w!(o, "{ind}if (v->{n}.items) {{");
            w!(o, "{ind}    uint32_t i;");
            w!(o, "{ind}    for (i = 0; i < v->{n}.count; i++) {{");
            w!(o, "{ind}        {et} x = (({et} const *)v->{n}.items)[i];");
            w!(
                o,
                "{}",
                put_value(m, a, &val, &len, &format!("{ind}        "))
            );
            w!(o, "{ind}    }}");
            w!(o, "{ind}}} else {{");
            w!(o, "{ind}    struct hvlink_list_iter it;");
            w!(o, "{ind}    {et} x;");
            w!(o, "{ind}    hvlink_list_iter_init(&it, &v->{n});");
            w!(o, "{ind}    while ({}_{n}_next(&it, &x))", set_fn(f, s));
            w!(
                o,
                "{}",
                put_value(m, a, &val, &len, &format!("{ind}        "))
            );
            w!(o, "{ind}}}");
        }
    }
}

fn put(o: &mut String, m: &Fam<'_>, s: &AttrSet) {
    let f = m.f;
    w!(o, "");
    w!(
        o,
        "/* Write the attributes of {} as the Rust encoder does (the order of the spec, the chosen",
        s.name
    );
    w!(
        o,
        " * form's after the common ones; defaults and absent values left out). */"
    );
    w!(
        o,
        "static inline void {}_put(struct hvlink_buf *b, const {} *v)",
        set_fn(f, s),
        set_struct(f, s)
    );
    w!(o, "{{");
    if s.attributes.is_empty() {
        w!(o, "    (void)b;");
        w!(o, "    (void)v;");
    }
    for a in s.attributes.iter().filter(|a| s.form_of(&a.name).is_none()) {
        put_attr(o, m, s, a, "    ");
    }
    if let Some(forms) = &s.forms {
        w!(o, "    switch (v->form) {{");
        for (i, fm) in forms.iter().enumerate() {
            if i + 1 == forms.len() {
                w!(o, "    default:");
            } else {
                w!(o, "    case {i}:");
            }
            for name in &fm.attributes {
                if let Some(a) = s.attr(name) {
                    put_attr(o, m, s, a, "        ");
                }
            }
            w!(o, "        break;");
        }
        w!(o, "    }}");
    }
    w!(o, "}}");
}

/// The C name of an op's reply parser.
pub fn reply_fn(f: &Family, op: &Op) -> String {
    format!("hvlink_{}_{}_reply_parse", f.name, op.name)
}

fn op_reply(o: &mut String, m: &Fam<'_>, op: &Op) {
    let f = m.f;
    w!(o, "");
    w!(
        o,
        "/* A whole reply message of {}.{}: header, family header, then the {} (msg may be NULL). */",
        f.name,
        op.name,
        op.reply.as_deref().unwrap_or("empty reply")
    );
    let out = match m.rep(op) {
        Some(s) => format!("{} *out, ", set_struct(f, s)),
        None => String::new(),
    };
    w!(
        o,
        "static inline int {}(const void *buf, size_t n, struct hvlink_msg *msg, {out}struct hvlink_error *e)",
        reply_fn(f, op)
    );
    w!(o, "{{");
    w!(o, "    struct hvlink_msg local;");
    w!(o, "    struct hvlink_walk w;");
    w!(o, "    uint8_t cmd;");
    w!(o, "    int r;");
    w!(o, "    if (!msg)");
    w!(o, "        msg = &local;");
    w!(o, "    r = hvlink_msg_parse(buf, n, msg, e);");
    w!(o, "    if (r)");
    w!(o, "        return r;");
    // A reply of this op only, as the Rust client takes it: the family's message type (an
    // ERROR, a DONE or another family's message is not one), then this op's number.
    w!(o, "    if (msg->type != {:#x}u)", f.msg_type);
    w!(
        o,
        "        return hvlink__fail(e, HVLINK_ERR_UNEXPECTED_TYPE, 4, 0, 0, \"not a message of this family\");"
    );
    w!(
        o,
        "    r = hvlink_msg_genl(msg, &cmd, (uint8_t *)0, &w, e);"
    );
    w!(o, "    if (r)");
    w!(o, "        return r;");
    w!(o, "    if (cmd != {}u)", op.id);
    w!(
        o,
        "        return hvlink__fail(e, HVLINK_ERR_UNEXPECTED_TYPE, 16, 0, 0, \"a reply of another op\");"
    );
    match m.rep(op) {
        Some(s) => w!(
            o,
            "    return {}_parse_at(w.p, w.left, w.offset, w.offset, out, e);",
            set_fn(f, s)
        ),
        None => w!(o, "    return hvlink_empty_parse(&w, e);"),
    }
    w!(o, "}}");
}

/// The C shim of the differential tests: per op, parse a reply message and re-encode it.
pub fn shim(families: &[&Family], src: &str) -> String {
    let mut o = String::new();
    w!(
        o,
        "// Do not edit: generated from {src} by hvlink-proto-gen; regenerate with `{}`.",
        crate::REGENERATE
    );
    w!(
        o,
        "/* Per op: parse a reply message with the generated C parser and re-encode the parsed"
    );
    w!(o, " * value into out[0..cap) (its attributes only), so that the Rust side can compare it with");
    w!(
        o,
        " * its own decode and encode. Returns 0 (and *out_len), or the parser's error. */"
    );
    w!(o, "#include \"hvlink_parse.h\"");
    for f in families {
        let m = Fam::new(f);
        for op in &f.ops {
            w!(o, "");
            w!(
                o,
                "int hvlink_cdiff_{}_{}(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e);",
                f.name, op.name
            );
            w!(
                o,
                "int hvlink_cdiff_{}_{}(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e)",
                f.name, op.name
            );
            w!(o, "{{");
            w!(o, "    struct hvlink_buf b;");
            w!(o, "    int r;");
            match m.rep(op) {
                Some(s) => {
                    w!(o, "    {} v;", set_struct(f, s));
                    w!(
                        o,
                        "    r = {}(buf, n, (struct hvlink_msg *)0, &v, e);",
                        reply_fn(f, op)
                    );
                    w!(o, "    if (r)");
                    w!(o, "        return r;");
                    w!(o, "    hvlink_buf_init(&b, out, cap);");
                    w!(o, "    {}_put(&b, &v);", set_fn(f, s));
                }
                None => {
                    w!(
                        o,
                        "    r = {}(buf, n, (struct hvlink_msg *)0, e);",
                        reply_fn(f, op)
                    );
                    w!(o, "    if (r)");
                    w!(o, "        return r;");
                    w!(o, "    hvlink_buf_init(&b, out, cap);");
                }
            }
            w!(o, "    *out_len = b.overflow ? (size_t)-1 : b.len;");
            w!(o, "    return 0;");
            w!(o, "}}");
            // The request side too: the sets with closed enums and flag masks.
            w!(o, "");
            w!(
                o,
                "int hvlink_cdiff_req_{}_{}(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e);",
                f.name, op.name
            );
            w!(
                o,
                "int hvlink_cdiff_req_{}_{}(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e)",
                f.name, op.name
            );
            w!(o, "{{");
            w!(o, "    struct hvlink_msg m;");
            w!(o, "    struct hvlink_walk w;");
            w!(o, "    struct hvlink_buf b;");
            w!(o, "    int r = hvlink_msg_parse(buf, n, &m, e);");
            w!(o, "    if (r)");
            w!(o, "        return r;");
            w!(
                o,
                "    r = hvlink_msg_genl(&m, (uint8_t *)0, (uint8_t *)0, &w, e);"
            );
            w!(o, "    if (r)");
            w!(o, "        return r;");
            match m.req(op) {
                Some(s) => {
                    w!(o, "    {{");
                    w!(o, "        {} v;", set_struct(f, s));
                    w!(
                        o,
                        "        r = {}_parse_at(w.p, w.left, w.offset, w.offset, &v, e);",
                        set_fn(f, s)
                    );
                    w!(o, "        if (r)");
                    w!(o, "            return r;");
                    w!(o, "        hvlink_buf_init(&b, out, cap);");
                    w!(o, "        {}_put(&b, &v);", set_fn(f, s));
                    w!(o, "    }}");
                }
                None => {
                    w!(o, "    r = hvlink_empty_parse(&w, e);");
                    w!(o, "    if (r)");
                    w!(o, "        return r;");
                    w!(o, "    hvlink_buf_init(&b, out, cap);");
                }
            }
            w!(o, "    *out_len = b.overflow ? (size_t)-1 : b.len;");
            w!(o, "    return 0;");
            w!(o, "}}");
        }
    }
    o
}

/// The Rust table of the differential tests: every op, its reply set's descriptor, the Rust
/// decode + encode of a reply message and the C shim's entry.
pub fn table(families: &[&Family], header: &str) -> String {
    let mut o = String::new();
    w!(o, "{header}");
    w!(
        o,
        "//! Every op's reply: the Rust decoder and the C parser (through the shim), side by side."
    );
    w!(o, "");
    w!(
        o,
        "use crate::{{ffi, rust_reply, rust_request, CFn, RustFn}};"
    );
    w!(o, "use hvlink_proto::rt::SetDesc;");
    w!(o, "");
    w!(o, "/// One op's reply parsers.");
    w!(o, "pub struct ReplyCase {{");
    w!(o, "    /// `family.op`.");
    w!(o, "    pub name: &'static str,");
    w!(
        o,
        "    /// The reply set (`None`: the op has no reply attributes)."
    );
    w!(o, "    pub set: Option<&'static SetDesc>,");
    w!(o, "    /// The family's message type and the op's id.");
    w!(o, "    pub msg_type: u16,");
    w!(o, "    /// The op id.");
    w!(o, "    pub cmd: u8,");
    w!(o, "    /// Rust decode then encode.");
    w!(o, "    pub rust: RustFn,");
    w!(o, "    /// C parse then encode.");
    w!(o, "    pub c: CFn,");
    w!(o, "}}");
    w!(o, "");
    w!(o, "extern \"C\" {{");
    for f in families {
        for op in &f.ops {
            w!(
                o,
                "    fn hvlink_cdiff_{}_{}(buf: *const u8, n: usize, out: *mut u8, cap: usize, out_len: *mut usize, e: *mut ffi::CError) -> i32;",
                f.name, op.name
            );
            w!(
                o,
                "    fn hvlink_cdiff_req_{}_{}(buf: *const u8, n: usize, out: *mut u8, cap: usize, out_len: *mut usize, e: *mut ffi::CError) -> i32;",
                f.name, op.name
            );
        }
    }
    w!(o, "}}");
    w!(o, "");
    w!(o, "/// Every op of the spec.");
    cases(&mut o, families, "REPLIES", "", "reply", "", |m, op| {
        m.rep(op)
    });
    w!(o, "");
    w!(
        o,
        "/// Every op's request (`set`: the request set), the host's side of the same sets."
    );
    cases(
        &mut o,
        families,
        "REQUESTS",
        " (request)",
        "request",
        "req_",
        |m, op| m.req(op),
    );
    o
}

/// One table of differential cases: every op with its `set`, its Rust decoder
/// (`rust_{kind}`) and its C shim (`hvlink_cdiff_{shim}…`).
fn cases<'f>(
    o: &mut String,
    families: &'f [&'f Family],
    table: &str,
    suffix: &str,
    kind: &str,
    shim: &str,
    set_of: impl Fn(&Fam<'f>, &'f Op) -> Option<&'f AttrSet>,
) {
    w!(o, "pub static {table}: &[ReplyCase] = &[");
    for f in families {
        let m = Fam::new(f);
        for op in &f.ops {
            let set = match set_of(&m, op) {
                Some(s) => format!(
                    "Some(&hvlink_proto::{}::{}_SET)",
                    f.name,
                    Fam::set_static(s)
                ),
                None => "None".into(),
            };
            w!(o, "    ReplyCase {{");
            w!(o, "        name: \"{}.{}{suffix}\",", f.name, op.name);
            w!(o, "        set: {set},");
            w!(o, "        msg_type: {:#x},", f.msg_type);
            w!(o, "        cmd: {},", op.id);
            w!(
                o,
                "        rust: rust_{kind}::<hvlink_proto::{}::{}>,",
                f.name,
                m.op_ty[&op.name]
            );
            w!(o, "        c: hvlink_cdiff_{shim}{}_{},", f.name, op.name);
            w!(o, "    }},");
        }
    }
    w!(o, "];");
}

/// The header of the ABI's C library: next to it go `hvlink_parse.h` and `hvlink_fastabi.h`
/// (other jobs, such as tests of the generator, get `hvlink.h` alone).
pub const LIBRARY_HEADER: &str = "proto/include/hvlink.h";

/// Where the differential tests' generated files go.
pub const CLIB_SHIM: &str = "proto/clib/csrc/cdiff.c";
/// The Rust half of the differential tests' table.
pub const CLIB_TABLE: &str = "proto/clib/src/generated.rs";

/// The generated C library files that sit next to the header `header` (its directory gets
/// `hvlink_parse.h` and `hvlink_fastabi.h`), and the differential tests' shim and table.
pub fn outputs(header_path: &str, families: &[&Family], src: &str) -> Vec<crate::Output> {
    let dir = header_path.rsplit_once('/').map_or("", |(d, _)| d);
    let join = |n: &str| {
        if dir.is_empty() {
            n.to_string()
        } else {
            format!("{dir}/{n}")
        }
    };
    vec![
        crate::Output {
            path: join("hvlink_parse.h"),
            contents: header(families, src),
        },
        crate::Output {
            path: join("hvlink_fastabi.h"),
            contents: crate::c_fastabi::header(families, src),
        },
        crate::Output {
            path: CLIB_SHIM.into(),
            contents: shim(families, src),
        },
        crate::Output {
            path: CLIB_TABLE.into(),
            contents: crate::rustfmt(table(
                families,
                &format!(
                    "// Do not edit: generated from {src} by hvlink-proto-gen; regenerate with `{}`.",
                    crate::REGENERATE
                ),
            )),
        },
    ]
}
