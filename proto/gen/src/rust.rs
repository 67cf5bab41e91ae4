//! The Rust emitter: one module per family plus `mod.rs`, all code built on
//! `hvlink_proto::rt` (see that module for the generic parts).

use std::fmt::Write;

use crate::model::{batch_plan, camel, reg_no, rust_int, shout, snake, BatchPlan, Fam, Shape};
use crate::spec::{AttrSet, Attribute, Definition, Family, Op};

const DERIVE: &str =
    "#[derive(::core::clone::Clone, ::core::marker::Copy, ::core::fmt::Debug, ::core::cmp::PartialEq)]";

macro_rules! w {
    ($dst:expr, $($arg:tt)*) => { { let _ = writeln!($dst, $($arg)*); } };
}

fn doc(out: &mut String, indent: &str, d: &str) {
    for line in d.trim().lines() {
        let line = line.trim();
        if line.is_empty() {
            w!(out, "{indent}///");
        } else {
            w!(out, "{indent}/// {line}");
        }
    }
}

fn lit(s: &str) -> String {
    format!("{s:?}")
}

/// The module of one family.
pub fn family(f: &Family, header: &str) -> String {
    let m = Fam::new(f);
    let mut o = String::new();
    w!(o, "{header}");
    for line in f.doc.trim().lines() {
        w!(o, "//! {}", line.trim());
    }
    w!(o, "");
    w!(
        o,
        "#![allow(clippy::needless_lifetimes, clippy::match_single_binding, clippy::single_match, clippy::unnecessary_cast, clippy::let_unit_value, unused_imports)]"
    );
    w!(o, "");
    w!(o, "use hvlink_proto::codec as c;");
    w!(
        o,
        "use hvlink_proto::rt::{{self, AttrSet as _, Elem as _}};"
    );
    if !f.definitions.iter().any(|d| camel(&d.name) == "Errno") {
        w!(o, "use hvlink_proto::Errno;");
    }
    w!(o, "");
    w!(
        o,
        "/// Family id: the hypercall number (rax = ID | 0x40000000 in a register call)."
    );
    w!(o, "pub const ID: u16 = {:#x};", f.id);
    w!(o, "/// Message type of the family's ring messages.");
    w!(o, "pub const MSG_TYPE: u16 = {:#x};", f.msg_type);
    w!(o, "/// Current family version.");
    w!(o, "pub const VERSION: u8 = {};", f.version);
    w!(o, "");
    // Op ids.
    w!(
        o,
        "/// Op ids of the family (the family header's `cmd`, rdi in a register call)."
    );
    w!(o, "#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]");
    w!(o, "pub struct OpId(pub u8);");
    w!(o, "");
    w!(o, "impl OpId {{");
    for op in &f.ops {
        doc(&mut o, "    ", &op.doc);
        w!(
            o,
            "    pub const {}: OpId = OpId({});",
            shout(&op.name),
            op.id
        );
    }
    w!(o, "    /// Every op: (name, id).");
    let entries: Vec<String> = f
        .ops
        .iter()
        .map(|op| format!("({}, {})", lit(&op.name), op.id))
        .collect();
    w!(
        o,
        "    pub const ENTRIES: &'static [(&'static str, i64)] = &[{}];",
        entries.join(", ")
    );
    w!(o, "}}");
    w!(o, "");
    w!(o, "impl ::core::fmt::Debug for OpId {{");
    w!(
        o,
        "    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {{"
    );
    w!(
        o,
        "        rt::fmt_enum(f, \"OpId\", Self::ENTRIES, self.0 as i128)"
    );
    w!(o, "    }}");
    w!(o, "}}");
    w!(o, "");
    definitions(&mut o, &m);
    ids(&mut o, &m);
    for s in &f.attribute_sets {
        set(&mut o, &m, s);
    }
    for op in &f.ops {
        op_code(&mut o, &m, op);
    }
    // Family descriptor.
    w!(o, "/// The family's descriptor.");
    w!(o, "pub static FAMILY: rt::FamilyDesc = rt::FamilyDesc {{");
    w!(o, "    name: {},", lit(&f.name));
    w!(o, "    id: ID,");
    w!(o, "    msg_type: MSG_TYPE,");
    w!(o, "    version: VERSION,");
    w!(o, "    doc: {},", lit(f.doc.trim()));
    let ops: Vec<String> = f
        .ops
        .iter()
        .map(|op| format!("&OP_{}", shout(&op.name)))
        .collect();
    w!(o, "    ops: &[{}],", ops.join(", "));
    w!(o, "}};");
    w!(o, "");
    backend(&mut o, &m);
    serving(&mut o, &m);
    o
}

fn definitions(o: &mut String, m: &Fam<'_>) {
    for d in &m.f.definitions {
        let ty = camel(&d.name);
        let inner = m
            .def_ty
            .get(&d.name)
            .cloned()
            .unwrap_or_else(|| "u32".into());
        let open = if d.open { "Open" } else { "Closed" };
        let kind = if d.ty == "flags" { "flag set" } else { "enum" };
        doc(o, "", &d.doc);
        w!(o, "///");
        w!(
            o,
            "/// {open} {kind}: any value is representable; the constants are the spec's entries."
        );
        w!(o, "#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]");
        w!(o, "pub struct {ty}(pub {inner});");
        w!(o, "");
        w!(o, "impl {ty} {{");
        for e in &d.entries {
            doc(o, "    ", &e.doc);
            w!(
                o,
                "    pub const {}: {ty} = {ty}({});",
                shout(&e.name),
                e.value.get()
            );
        }
        w!(o, "    /// Every entry: (name, value).");
        let es: Vec<String> = d
            .entries
            .iter()
            .map(|e| format!("({}, {})", lit(&e.name), e.value.get()))
            .collect();
        w!(
            o,
            "    pub const ENTRIES: &'static [(&'static str, i64)] = &[{}];",
            es.join(", ")
        );
        w!(o, "}}");
        w!(o, "");
        w!(o, "impl ::core::fmt::Debug for {ty} {{");
        w!(
            o,
            "    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {{"
        );
        if d.ty == "flags" {
            w!(o, "        rt::fmt_flags(f, Self::ENTRIES, self.0 as u64)");
        } else {
            w!(
                o,
                "        rt::fmt_enum(f, {}, Self::ENTRIES, self.0 as i128)",
                lit(&ty)
            );
        }
        w!(o, "    }}");
        w!(o, "}}");
        w!(o, "");
        if d.ty == "flags" {
            w!(o, "impl ::core::ops::BitOr for {ty} {{");
            w!(o, "    type Output = {ty};");
            w!(o, "    fn bitor(self, rhs: {ty}) -> {ty} {{");
            w!(o, "        {ty}(self.0 | rhs.0)");
            w!(o, "    }}");
            w!(o, "}}");
            w!(o, "");
        }
        w!(o, "hvlink_proto::__scalar_newtype!({ty}, {inner});");
        w!(o, "");
    }
}

fn ids(o: &mut String, m: &Fam<'_>) {
    w!(
        o,
        "/// Attribute type numbers, one module per attribute set."
    );
    w!(o, "pub mod ids {{");
    for s in &m.f.attribute_sets {
        w!(o, "    /// Attributes of `{}`.", s.name);
        w!(o, "    pub mod {} {{", s.name.replace('-', "_"));
        for a in &s.attributes {
            w!(o, "        /// `{}`: {}", a.name, a.doc.trim());
            w!(o, "        pub const {}: u16 = {};", shout(&a.name), a.id);
        }
        w!(o, "    }}");
    }
    w!(o, "}}");
    w!(o, "");
}

fn policy_ty(m: &Fam<'_>, a: &Attribute) -> String {
    match a.ty.as_str() {
        "u8" => "U8".into(),
        "u16" => "U16".into(),
        "u32" => "U32".into(),
        "u64" => "U64".into(),
        "s8" => "S8".into(),
        "s16" => "S16".into(),
        "s32" => "S32".into(),
        "s64" => "S64".into(),
        "flag" => "Flag".into(),
        "binary" => "Binary".into(),
        "string" => "String".into(),
        _ => format!(
            "Nested(&{}_POLICY)",
            Fam::set_static(m.set(a.nested.as_deref().unwrap_or_default()))
        ),
    }
}

/// Most attributes one instance of the set may hold (the policy's `max_attrs`): room for
/// attributes a newer peer adds (ignored, but counted by the validator): at least the codec's
/// default, and always 128 more than this version knows.
pub(crate) fn max_attrs(s: &AttrSet) -> i64 {
    let known: i64 = s
        .attributes
        .iter()
        .map(|a| {
            if a.repeated {
                a.max_count.unwrap_or(1)
            } else {
                1
            }
        })
        .sum();
    (known + 128).max(1024)
}

/// The values an attribute's policy allows (applied to the integer types only).
pub(crate) enum Values {
    /// Closed flags: no other bits.
    Mask(u64),
    /// `min..=max`, as the policy's `Values::Range` holds them.
    Range(i128, i128),
}

pub(crate) fn values(m: &Fam<'_>, s: &AttrSet, a: &Attribute) -> Option<Values> {
    if let Some(mask) = m.flag_mask(s, a) {
        Some(Values::Mask(mask))
    } else if a.min_value.is_some() || a.max_value.is_some() {
        let (lo, hi) = crate::spec::int_range(&a.ty).unwrap_or((0, 0));
        let lo = a.min_value.map_or(lo, |v| v.get()).max(i64::MIN as i128);
        let hi = a.max_value.map_or(hi, |v| v.get()).max(0);
        Some(Values::Range(lo, hi))
    } else {
        None
    }
}

fn set(o: &mut String, m: &Fam<'_>, s: &AttrSet) {
    let name = camel(&s.name);
    let st = Fam::set_static(s);
    let lt = m.set_lt(s);
    let gen = if lt { "<'a>" } else { "" };
    let forms = s.forms.as_deref().unwrap_or(&[]);
    let common: Vec<&Attribute> = s
        .attributes
        .iter()
        .filter(|a| s.form_of(&a.name).is_none())
        .collect();

    // The struct.
    doc(o, "", &s.doc);
    w!(o, "{DERIVE}");
    w!(o, "pub struct {name}{gen} {{");
    for a in &common {
        field_doc(o, "    ", m, s, a);
        w!(o, "    pub {}: {},", snake(&a.name), m.field_ty(s, a, "'a"));
    }
    if !forms.is_empty() {
        w!(
            o,
            "    /// The form of the message and its attributes (exactly one form is present)."
        );
        let fgen = if m.form_lt(s) { "<'a>" } else { "" };
        w!(o, "    pub form: {name}Form{fgen},");
    }
    w!(o, "}}");
    w!(o, "");
    if !forms.is_empty() {
        let fgen = if m.form_lt(s) { "<'a>" } else { "" };
        w!(o, "/// The forms of [`{name}`].");
        w!(o, "{DERIVE}");
        w!(o, "pub enum {name}Form{fgen} {{");
        for f in forms {
            doc(o, "    ", &f.doc);
            w!(o, "    {} {{", camel(&f.name));
            for n in &f.attributes {
                if let Some(a) = s.attr(n) {
                    field_doc(o, "        ", m, s, a);
                    w!(o, "        {}: {},", snake(&a.name), m.field_ty(s, a, "'a"));
                }
            }
            w!(o, "    }},");
        }
        w!(o, "}}");
        w!(o, "");
    }

    // Policy.
    let sorted = m.sorted(s);
    let max_attrs = max_attrs(s);
    w!(o, "/// Validation policy of `{}`.", s.name);
    w!(o, "pub static {st}_POLICY: c::Policy = c::Policy::new(");
    w!(o, "    {},", lit(&s.name));
    w!(o, "    &[");
    for a in &sorted {
        let mut e = format!(
            "c::AttrPolicy::new({}, {}, c::AttrType::{})",
            a.id,
            lit(&a.name),
            policy_ty(m, a)
        );
        if a.required && s.form_of(&a.name).is_none() {
            e.push_str(".required()");
        }
        if a.repeated {
            e.push_str(".repeated()");
        }
        if a.must_understand {
            e.push_str(".must_understand()");
        }
        if a.ty == "string" || a.ty == "binary" {
            let _ = write!(
                e,
                ".len({}, {})",
                a.min_len.unwrap_or(0),
                a.max_len.unwrap_or(0)
            );
        }
        match values(m, s, a) {
            Some(Values::Mask(mask)) => {
                let _ = write!(e, ".values(c::Values::Mask({mask:#x}))");
            }
            Some(Values::Range(lo, hi)) => {
                let _ = write!(e, ".values(c::Values::Range {{ min: {lo}, max: {hi} }})");
            }
            None => {}
        }
        w!(o, "        {e},");
    }
    w!(o, "    ],");
    w!(o, ")");
    w!(o, ".max_attrs({max_attrs});");
    w!(o, "");

    // Descriptor.
    w!(o, "/// Descriptor of `{}`.", s.name);
    w!(o, "pub static {st}_SET: rt::SetDesc = rt::SetDesc {{");
    w!(o, "    name: {},", lit(&s.name));
    w!(o, "    doc: {},", lit(s.doc.trim()));
    w!(o, "    policy: &{st}_POLICY,");
    w!(o, "    attrs: &[");
    for a in &sorted {
        let default = match a.default {
            Some(crate::spec::DefaultValue::Int(n)) => format!("Some({})", n.get() as i64),
            Some(crate::spec::DefaultValue::Bool(b)) => format!("Some({})", b as i64),
            None => "None".into(),
        };
        let nested = a.nested.as_deref().map_or("None".into(), |n| {
            format!("Some(&{}_SET)", Fam::set_static(m.set(n)))
        });
        let when = match m.when(s, a) {
            Some((sel, vals)) => {
                let v: Vec<String> = vals.iter().map(|v| v.to_string()).collect();
                format!("Some(({}, &[{}]))", sel.id, v.join(", "))
            }
            None => "None".into(),
        };
        w!(o, "        rt::AttrDesc {{");
        w!(o, "            kind: {},", a.id);
        w!(o, "            name: {},", lit(&a.name));
        w!(o, "            ty: {},", lit(&a.ty));
        w!(o, "            doc: {},", lit(a.doc.trim()));
        w!(o, "            required: {},", a.required);
        w!(
            o,
            "            max_count: {},",
            if a.repeated {
                a.max_count.unwrap_or(0)
            } else {
                0
            }
        );
        w!(o, "            must_understand: {},", a.must_understand);
        w!(o, "            since: {},", a.since.unwrap_or(1));
        w!(o, "            default: {default},");
        w!(
            o,
            "            enumeration: {},",
            a.enumeration
                .as_deref()
                .map_or("None".into(), |e| format!("Some({})", lit(e)))
        );
        w!(o, "            nested: {nested},");
        w!(
            o,
            "            form: {},",
            s.form_of(&a.name)
                .map_or("None".into(), |f| format!("Some({})", lit(&f.name)))
        );
        w!(o, "            when: {when},");
        w!(o, "        }},");
    }
    w!(o, "    ],");
    w!(o, "    forms: &[");
    for f in forms {
        w!(
            o,
            "        rt::FormDesc {{ name: {}, doc: {} }},",
            lit(&f.name),
            lit(f.doc.trim())
        );
    }
    w!(o, "    ],");
    w!(o, "}};");
    w!(o, "");

    // A batch op's reply: its decoder hands each result to a callback as it validates it
    // (`decode_each`), so that a caller that wants the results reads them once.
    let ty_a = m.set_ty(s, "'a");
    let plans: Vec<BatchPlan<'_>> =
        m.f.ops
            .iter()
            .filter(|op| op.batch)
            .map(|op| plan(m, op))
            .collect();
    let results = plans
        .iter()
        .find(|p| p.rep.name == s.name)
        .map(|p| p.result);
    // A batch op's request, read again for each window: its entries jumped over.
    let entries = plans.iter().find(|p| p.req.name == s.name).map(|p| p.entry);
    // A batch op's request hands its entries out as it validates them too (`decode_each`),
    // so that a host that keeps them (`validate_keep`) decodes each once.
    let each = results.or(entries);
    if let Some(r) = each {
        let elem = m.elem_ty(r, "'a");
        let what = if results.is_some() {
            "results"
        } else {
            "entries"
        };
        w!(o, "impl<'a> {ty_a} {{");
        w!(
            o,
            "    /// Validate and decode as [`rt::AttrSet::decode`] does, handing each `{}` to",
            r.name
        );
        w!(
            o,
            "    /// `each` as it is validated (in message order): the {what} are read once, not"
        );
        w!(
            o,
            "    /// decoded again from the list. On an error, `each` has seen those before it."
        );
        w!(
            o,
            "    pub fn decode_each(attrs: c::Attrs<'a>, each: &mut impl FnMut({elem})) -> c::Result<Self> {{"
        );
        w!(o, "        let container = attrs.offset();");
        w!(o, "        Self::decode_each_at(attrs, container, each)");
        w!(o, "    }}");
        w!(o, "");
        decode(o, m, s, Some(r));
        w!(o, "}}");
        w!(o, "");
    }

    // AttrSet impl.
    w!(o, "impl<'a> rt::AttrSet<'a> for {ty_a} {{");
    w!(o, "    const DESC: &'static rt::SetDesc = &{st}_SET;");
    w!(o, "");
    match each {
        Some(_) => {
            w!(o, "    #[inline]");
            w!(
                o,
                "    fn decode_at(attrs: c::Attrs<'a>, container: usize) -> c::Result<Self> {{"
            );
            w!(
                o,
                "        Self::decode_each_at(attrs, container, &mut |_| {{}})"
            );
            w!(o, "    }}");
        }
        None => decode(o, m, s, None),
    }
    w!(o, "");
    // Nests read again as list elements, and sets with lists (a batch request read again
    // for each window) get a check-free decoder.
    let has_list = s.attributes.iter().any(|a| m.shape(s, a) == Shape::List);
    if m.is_nested(s) || has_list {
        decode_valid(o, m, s);
        w!(o, "");
    }
    if let Some(e) = entries {
        decode_valid_from(o, m, s, e);
        w!(o, "");
    }
    encode(o, m, s);
    w!(o, "}}");
    w!(o, "");
    w!(o, "impl<'a> rt::Elem<'a> for {ty_a} {{");
    w!(o, "    #[inline]");
    w!(o, "    fn from_attr(a: &c::Attr<'a>) -> c::Result<Self> {{");
    w!(o, "        rt::nest_from_attr(a)");
    w!(o, "    }}");
    if m.is_nested(s) {
        w!(o, "    #[inline]");
        w!(o, "    fn from_valid(a: &c::Attr<'a>) -> Option<Self> {{");
        w!(
            o,
            "        <Self as rt::AttrSet<'a>>::decode_valid(a.nested())"
        );
        w!(o, "    }}");
    }
    w!(o, "    fn put_attr<S: c::Sink>(&self, b: &mut c::Builder<S>, raw_kind: u16) -> c::Result<()> {{");
    if !fixed_nest_put(o, m, s) {
        w!(o, "        rt::nest_put(self, b, raw_kind)");
    }
    w!(o, "    }}");
    w!(o, "}}");
    w!(o, "");
}

/// The body of `put_attr` for a nest whose attributes are all integers or flags, none
/// repeated and no forms (a batch entry or result): written by `rt::FixedNest` with one
/// reservation (in place), the bytes `encode` would write. `false` (and
/// nothing written) for other sets.
fn fixed_nest_put(o: &mut String, m: &Fam<'_>, s: &AttrSet) -> bool {
    if !m.is_nested(s)
        || s.forms.as_deref().is_some_and(|f| !f.is_empty())
        || s.attributes.is_empty()
        || s.attributes
            .iter()
            .any(|a| a.repeated || fixed_size(a).is_none())
    {
        return false;
    }
    let size = |a: &Attribute| fixed_size(a).unwrap_or(0);
    // Header, each attribute at its largest, and the slack of `int`'s 8-byte store (at
    // least 16 bytes, what `FixedNest::put` asks for: a set of flags alone needs fewer).
    let n: u32 = 4
        + s.attributes
            .iter()
            .map(|a| 4 + size(a).div_ceil(4) * 4)
            .sum::<u32>()
        + 4;
    w!(
        o,
        "        rt::FixedNest::<{}>::put(b, raw_kind, |w| {{",
        n.max(16)
    );
    for a in &s.attributes {
        let f = format!("self.{}", snake(&a.name));
        let h = format!("{:#010x}", expect_header(a));
        let sz = size(a);
        match m.shape(s, a) {
            Shape::Flag => w!(o, "        if {f} {{ w.flag({h}); }}"),
            Shape::Plain => w!(o, "        w.int({h}, {sz}, rt::Scalar::to_reg({f}));"),
            Shape::Opt => w!(
                o,
                "        if let Some(v) = {f} {{ w.int({h}, {sz}, rt::Scalar::to_reg(v)); }}"
            ),
            Shape::Default => w!(
                o,
                "        if {f} != {} {{ w.int({h}, {sz}, rt::Scalar::to_reg({f})); }}",
                m.default_expr(a)
            ),
            Shape::List => unreachable!("no repeated attribute here"),
        }
    }
    w!(o, "        }})");
    true
}

fn field_doc(o: &mut String, indent: &str, m: &Fam<'_>, s: &AttrSet, a: &Attribute) {
    doc(o, indent, &a.doc);
    let mut notes = vec![format!("`{}` (id {}, {})", a.name, a.id, a.ty)];
    if a.required {
        notes.push("required".into());
    }
    if a.must_understand {
        notes.push("must-understand".into());
    }
    if let Some(n) = a.max_count.filter(|_| a.repeated) {
        notes.push(format!("up to {n}"));
    }
    if a.default.is_some() && m.shape(s, a) == Shape::Default {
        notes.push(format!("default `{}` when absent", m.default_expr(a)));
    }
    if let Some(w) = &a.when {
        for (k, v) in w {
            notes.push(format!("only when `{k}` is {}", v.join(" or ")));
        }
    }
    if let Some(since) = a.since.filter(|v| *v > 1) {
        notes.push(format!("since version {since}"));
    }
    w!(o, "{indent}///");
    w!(o, "{indent}/// {}.", notes.join(", "));
}

fn decode(o: &mut String, m: &Fam<'_>, s: &AttrSet, each: Option<&Attribute>) {
    let forms = s.forms.as_deref().unwrap_or(&[]);
    // `container` is reported for a missing attribute: required ones, forms.
    let uses_container = !forms.is_empty() || s.attributes.iter().any(|a| a.required);
    // A nest's decoder may be inlined into its parent's loop (and into list iteration); a
    // batch's entry or result always is: called out of line from its list's loop, its
    // result came back through memory and the loop's first read of it stalled on the
    // callee's narrow stores (`perf annotate`, stop 30).
    if batch_elem(m, s) {
        w!(o, "    #[inline(always)]");
    } else if m.is_nested(s) {
        w!(o, "    #[inline]");
    }
    // The seen mask finds duplicates and missing required attributes.
    let uses_seen = s.attributes.iter().any(|a| !a.repeated || a.required);
    match each {
        None => w!(
            o,
            "    fn decode_at(attrs: c::Attrs<'a>, {}container: usize) -> c::Result<Self> {{",
            if uses_container { "" } else { "_" }
        ),
        Some(r) => w!(
            o,
            "    fn decode_each_at(attrs: c::Attrs<'a>, {}container: usize, each: &mut impl FnMut({})) -> c::Result<Self> {{",
            if uses_container { "" } else { "_" },
            m.elem_ty(r, "'a")
        ),
    }
    locals(o, m, s, true);
    // One level, specialised: the checks of `policy::visit_level` (lenient) and then the
    // attribute's own decoding, in that order per attribute (see `rt`'s decode helpers).
    let sorted = m.sorted(s);
    let mask_ty = match sorted.len() {
        0..=32 => "u32",
        33..=64 => "u64",
        _ => "u128",
    };
    let bit = |a: &Attribute| -> u128 { 1u128 << m.policy_index(s, a) };
    if uses_seen {
        w!(o, "        let mut seen: {mask_ty} = 0;");
    }
    w!(o, "        let mut count = 0u32;");
    // A set of fixed-size attributes only: the layouts its encoder writes, each recognised
    // whole (its length, then its headers at their fixed offsets) and its attributes checked
    // as the walk below checks them, in the same order, with the same offsets: the same
    // result and the same errors, without the walk's per-attribute bounds checks (a grant
    // entry's validation, keeping it included, took 169 instructions, 107 with this, by
    // callgrind at stop 30).
    let layouts = fixed_layouts(m, s);
    if !layouts.is_empty() {
        w!(o, "        'walk: {{");
        for l in &layouts {
            fixed_layout(o, m, s, l, (uses_seen, each));
        }
    }
    w!(o, "        let mut walk = rt::Walk::new(&attrs);");
    // The attributes in the order the encoder writes them, each recognised by one compare of
    // its whole header (type, flags and length): the same per-attribute work as the loop
    // below (which takes over at the first other header), minus the dispatch.
    for a in fast_order(m, s) {
        w!(
            o,
            "        if let Some(a) = walk.expect({:#010x}) {{",
            expect_header(a)
        );
        w!(o, "            count += 1;");
        check_arm(o, m, s, a, (uses_seen, each), true, "            ");
        w!(o, "        }}");
    }
    w!(o, "        while let Some(a) = walk.next()? {{");
    w!(o, "            count += 1;");
    w!(o, "            if count > {} {{", max_attrs(s));
    w!(o, "                return Err(rt::too_many(a));");
    w!(o, "            }}");
    w!(o, "            match a.kind() {{");
    for a in &sorted {
        w!(o, "                {} => {{", a.id);
        check_arm(o, m, s, a, (uses_seen, each), false, "                    ");
        w!(o, "                }}");
    }
    w!(o, "                _ => rt::unknown(&a)?,");
    w!(o, "            }}");
    w!(o, "        }}");
    if !layouts.is_empty() {
        w!(o, "        }}");
    }
    // Required attributes (those outside forms; a form's are checked when it is chosen).
    let req: u128 = sorted
        .iter()
        .filter(|a| a.required && s.form_of(&a.name).is_none())
        .map(|a| bit(a))
        .fold(0, |x, y| x | y);
    if req != 0 {
        let kinds: Vec<String> = sorted.iter().map(|a| a.id.to_string()).collect();
        w!(o, "        if seen & {req:#x} != {req:#x} {{");
        w!(
            o,
            "            return Err(rt::missing(container, ({req:#x} & !seen) as u128, &[{}]));",
            kinds.join(", ")
        );
        w!(o, "        }}");
    }
    if !forms.is_empty() {
        let first_req = s.attributes.iter().find(|a| a.required).map_or(0, |a| a.id);
        w!(
            o,
            "        let form = rt::form(&forms, container, {first_req})?;"
        );
    }
    // when checks
    for a in &s.attributes {
        let Some((sel, vals)) = m.when(s, a) else {
            continue;
        };
        let v = snake_local(a);
        let present = match m.shape(s, a) {
            Shape::Flag => format!("v_{v}"),
            Shape::List => format!("n_{v} > 0"),
            _ => format!("v_{v}.is_some()"),
        };
        let sv = snake_local(sel);
        let selv = match m.shape(s, sel) {
            Shape::Default => format!("Some(v_{sv}.unwrap_or({}))", m.default_expr(sel)),
            _ => format!("v_{sv}"),
        };
        let vals: Vec<String> = vals.iter().map(|v| v.to_string()).collect();
        w!(
            o,
            "        if {present} && !rt::holds({selv}.map(rt::Scalar::to_i128), &[{}]) {{",
            vals.join(", ")
        );
        w!(
            o,
            "            return Err(rt::when_error(at_{v}, {}));",
            a.id
        );
        w!(o, "        }}");
    }
    let field = |a: &Attribute| -> String {
        let v = snake_local(a);
        match m.shape(s, a) {
            Shape::Plain => format!("rt::req(v_{v}, container, {})?", a.id),
            Shape::Default => format!("v_{v}.unwrap_or({})", m.default_expr(a)),
            Shape::Opt | Shape::Flag => format!("v_{v}"),
            Shape::List if a.required => format!(
                "rt::req_list(rt::list(&all, {id}, n_{v}), container, {id})?",
                id = a.id
            ),
            Shape::List => format!("rt::list(&all, {}, n_{v})", a.id),
        }
    };
    construct(o, s, "Ok", field);
}

/// The locals a decoder fills: the whole level again for lists (`all`), one `v_` per
/// attribute (`n_` counts a list), where a `when` attribute was (`at_`, with `whens`), and
/// which forms were seen.
fn locals(o: &mut String, m: &Fam<'_>, s: &AttrSet, whens: bool) {
    if s.attributes.iter().any(|a| a.repeated) {
        w!(o, "        let all = attrs.clone();");
    }
    for a in &s.attributes {
        let v = snake_local(a);
        match m.shape(s, a) {
            Shape::Flag => w!(o, "        let mut v_{v} = false;"),
            Shape::List => w!(o, "        let mut n_{v} = 0u32;"),
            _ => w!(
                o,
                "        let mut v_{v}: Option<{}> = None;",
                m.elem_ty(a, "'a")
            ),
        }
        if whens && a.when.is_some() {
            w!(o, "        let mut at_{v} = 0u32;");
        }
    }
    let forms = s.forms.as_deref().unwrap_or(&[]);
    if !forms.is_empty() {
        w!(
            o,
            "        let mut forms: [Option<u32>; {}] = [None; {}];",
            forms.len(),
            forms.len()
        );
    }
}

/// The end of a decoder: `{wrap}(Set { .. })` with each field's value from `field`, the
/// chosen form's fields under `form` — and the function's closing brace.
fn construct(o: &mut String, s: &AttrSet, wrap: &str, field: impl Fn(&Attribute) -> String) {
    w!(o, "        {wrap}({} {{", camel(&s.name));
    for a in s.attributes.iter().filter(|a| s.form_of(&a.name).is_none()) {
        w!(o, "            {}: {},", snake(&a.name), field(a));
    }
    let forms = s.forms.as_deref().unwrap_or(&[]);
    if !forms.is_empty() {
        w!(o, "            form: match form {{");
        for (i, f) in forms.iter().enumerate() {
            let pat = if i + 1 == forms.len() {
                "_".to_string()
            } else {
                i.to_string()
            };
            w!(
                o,
                "                {pat} => {}Form::{} {{",
                camel(&s.name),
                camel(&f.name)
            );
            for n in &f.attributes {
                if let Some(a) = s.attr(n) {
                    w!(o, "                    {}: {},", snake(&a.name), field(a));
                }
            }
            w!(o, "                }},");
        }
        w!(o, "            }},");
    }
    w!(o, "        }})");
    w!(o, "    }}");
}

/// Where a decoder's arm notes that attribute `a` belongs to a form (nothing if it does not).
fn seen_form(o: &mut String, s: &AttrSet, a: &Attribute, ind: &str) {
    let forms = s.forms.as_deref().unwrap_or(&[]);
    if let Some(i) = forms.iter().position(|f| f.attributes.contains(&a.name)) {
        w!(o, "{ind}rt::seen(&mut forms[{i}], &a);");
    }
}

/// The fixed-size attributes of `s` (integers, flags; not repeated) in the order the
/// generated encoder writes them: the common ones, then each form's.
fn fast_order<'s>(m: &Fam<'_>, s: &'s AttrSet) -> Vec<&'s Attribute> {
    let _ = m;
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
        if fixed_size(a).is_some() && !a.repeated && !out.iter().any(|b| b.id == a.id) {
            out.push(a);
        }
    }
    out
}

/// The layouts the encoder writes for set `s` when all its attributes have a fixed size
/// (no forms, lists, strings, binaries or nests) and at most three are optional: each a list
/// of the attributes present, in the encoder's order (required ones always, optional ones in
/// every combination). Empty otherwise: the walk decodes the set.
fn fixed_layouts<'s>(m: &Fam<'_>, s: &'s AttrSet) -> Vec<Vec<&'s Attribute>> {
    let all = &s.attributes;
    let fixed = s.forms.as_deref().unwrap_or(&[]).is_empty()
        && !all.is_empty()
        && all.iter().all(|a| !a.repeated && fixed_size(a).is_some());
    let optional: Vec<&Attribute> = all
        .iter()
        .filter(|a| m.shape(s, a) != Shape::Plain)
        .collect();
    if !fixed || optional.len() > 3 {
        return Vec::new();
    }
    // Most attributes first: the encoder's layout when every optional one is set.
    let mut out: Vec<Vec<&Attribute>> = (0..1u32 << optional.len())
        .rev()
        .map(|present| {
            all.iter()
                .filter(|a| match optional.iter().position(|o| o.name == a.name) {
                    Some(i) => present & (1 << i) != 0,
                    None => true,
                })
                .collect()
        })
        .collect();
    out.retain(|l: &Vec<&Attribute>| !l.is_empty());
    out
}

/// One fixed layout of [`fixed_layouts`] in a validating decoder: recognised whole, its
/// attributes checked as the walk's encoder-order prefix checks them, then out of the walk.
fn fixed_layout(
    o: &mut String,
    m: &Fam<'_>,
    s: &AttrSet,
    l: &[&Attribute],
    arm: (bool, Option<&Attribute>),
) {
    // After the layout only the required attributes' `seen` bits are read.
    let arm = (arm.0 && s.attributes.iter().any(|a| a.required), arm.1);
    let mut at = 0u32;
    let mut offs = Vec::new();
    for a in l {
        offs.push(at);
        at += attr_len(a);
    }
    let heads: Vec<String> = l
        .iter()
        .zip(&offs)
        .map(|(a, off)| format!("rt::word(b, {off}) == {:#010x}", expect_header(a)))
        .collect();
    w!(
        o,
        "        if let Ok(b) = <&[u8; {at}]>::try_from(attrs.remaining()) {{"
    );
    w!(o, "            if {} {{", heads.join(" && "));
    w!(o, "                let at = attrs.offset();");
    for (a, off) in l.iter().zip(&offs) {
        let size = fixed_size(a).unwrap_or(0);
        w!(o, "                {{");
        let pos = if *off == 0 {
            "at".to_string()
        } else {
            format!("(at + {off})")
        };
        w!(
            o,
            "                    let a = c::Attr::new({:#06x}, {pos} as u32, rt::bytes(b, {}, {size}));",
            expect_header(a) >> 16,
            off + 4
        );
        check_arm(o, m, s, a, arm, true, "                    ");
        w!(o, "                }}");
    }
    w!(o, "                break 'walk;");
    w!(o, "            }}");
    w!(o, "        }}");
}

/// The payload size of attribute `a` when its type has a fixed one: a flag's 0, an
/// integer's width; `None` for strings, binaries and nests.
fn fixed_size(a: &Attribute) -> Option<u32> {
    if a.ty == "flag" {
        Some(0)
    } else {
        crate::model::width(&a.ty).map(|(w, _)| w)
    }
}

/// The header the encoder writes for fixed-size attribute `a`, as a little-endian `u32`:
/// length (header + payload) in the low half, the type field (must-understand bit included)
/// in the high half.
fn expect_header(a: &Attribute) -> u32 {
    (4 + fixed_size(a).unwrap_or(0)) | type_field(a) << 16
}

/// The type field the encoder writes for `a`: its id, with the must-understand bit.
fn type_field(a: &Attribute) -> u32 {
    a.id as u32 | if a.must_understand { 0x4000 } else { 0 }
}

/// The bytes fixed-size attribute `a` takes, padding included.
fn attr_len(a: &Attribute) -> u32 {
    (4 + fixed_size(a).unwrap_or(0) + 3) & !3
}

/// One attribute of `decode_at`'s loop, once counted: duplicate check, the policy's checks
/// for its type, its decoding, closed enum, then where it goes. `a` is the attribute.
///
/// `first`: the attribute is one of the encoder-order prefix, which has each type at most
/// once, so it cannot be a duplicate.
fn check_arm(
    o: &mut String,
    m: &Fam<'_>,
    s: &AttrSet,
    a: &Attribute,
    (uses_seen, each): (bool, Option<&Attribute>),
    first: bool,
    ind: &str,
) {
    let v = snake_local(a);
    let b = 1u128 << m.policy_index(s, a);
    if !a.repeated && !first {
        w!(o, "{ind}if seen & {b:#x} != 0 {{");
        w!(o, "{ind}    return Err(rt::duplicate(a));");
        w!(o, "{ind}}}");
    }
    if uses_seen {
        w!(o, "{ind}seen |= {b:#x};");
    }
    // A list's `max-count`: one occurrence more is refused at that occurrence.
    if let Some(max) = a.max_count.filter(|_| m.shape(s, a) == Shape::List) {
        w!(o, "{ind}if n_{v} >= {max} {{");
        w!(o, "{ind}    return Err(rt::too_many(a));");
        w!(o, "{ind}}}");
    }
    // A scalar `r` (read and range-checked): closed-enum membership, then its type.
    let scalar = |o: &mut String| {
        if m.member_check(s, a).is_some() {
            let pat = member_pattern(m, a);
            w!(o, "{ind}if !matches!(r as i128, {pat}) {{");
            w!(o, "{ind}    return Err(rt::not_member(a));");
            w!(o, "{ind}}}");
        }
        match m.newtype(a) {
            Some(t) => w!(o, "{ind}let v = {t}(r);"),
            None => w!(o, "{ind}let v = r;"),
        }
    };
    match a.ty.as_str() {
        "u8" | "u16" | "u32" | "u64" | "s8" | "s16" | "s32" | "s64" => {
            w!(o, "{ind}let r = rt::int::<{}>(&a)?;", rust_int(&a.ty));
            match values(m, s, a) {
                Some(Values::Mask(mask)) => {
                    w!(o, "{ind}rt::check_mask(&a, r as i128, {mask:#x})?;")
                }
                Some(Values::Range(lo, hi)) => {
                    w!(o, "{ind}rt::check_range(&a, r as i128, {lo}, {hi})?;")
                }
                None => {}
            }
            scalar(o);
        }
        "flag" => {
            w!(o, "{ind}let r = rt::flag(&a)?;");
            scalar(o);
        }
        "binary" => w!(
            o,
            "{ind}let v = rt::binary(&a, {}, {})?;",
            a.min_len.unwrap_or(0),
            a.max_len.unwrap_or(0)
        ),
        "string" => w!(
            o,
            "{ind}let v = rt::string(&a, {}, {})?;",
            a.min_len.unwrap_or(0),
            a.max_len.unwrap_or(0)
        ),
        _ => w!(
            o,
            "{ind}let v = rt::nest_from_attr::<{}>(&a)?;",
            m.elem_ty(a, "'a")
        ),
    }
    match m.shape(s, a) {
        Shape::Flag => w!(o, "{ind}v_{v} = v;"),
        Shape::List => {
            if each.is_some_and(|r| r.name == a.name) {
                w!(o, "{ind}each(v);");
            } else {
                w!(o, "{ind}let _ = v;");
            }
            w!(o, "{ind}n_{v} += 1;");
        }
        _ => w!(o, "{ind}v_{v} = Some(v);"),
    }
    if a.when.is_some() {
        w!(o, "{ind}at_{v} = a.offset();");
    }
    seen_form(o, s, a, ind);
    // A list of fixed-layout nests (a batch's entries or results): the entries that follow
    // this one in a layout their encoder writes are taken in a run, each decoded as above,
    // without going around the level's loop for each (its dispatch and its checks that a
    // run cannot fail: the counts are kept within their bounds here, and anything else ends
    // the run and goes round the loop, errors included).
    if !first && a.when.is_none() && m.shape(s, a) == Shape::List && a.ty == "nest" {
        let inner = m.set(a.nested.as_deref().unwrap_or_default());
        let layouts = fixed_layouts(m, inner);
        if !layouts.is_empty() {
            // Each layout's nest header: the nested flag, and its attributes' length.
            let raw = (type_field(a) | 0x8000) << 16;
            let heads: Vec<String> = layouts
                .iter()
                .map(|l| {
                    format!(
                        "{:#010x}",
                        raw | (4 + l.iter().map(|x| attr_len(x)).sum::<u32>())
                    )
                })
                .collect();
            let mut bound = format!("count < {}", max_attrs(s));
            if let Some(max) = a.max_count {
                bound.push_str(&format!(" && n_{v} < {max}"));
            }
            w!(o, "{ind}while {bound} {{");
            w!(
                o,
                "{ind}    let Some(v) = rt::run_next::<{}>(&mut walk, &[{}]) else {{",
                m.elem_ty(a, "'a"),
                heads.join(", ")
            );
            w!(o, "{ind}        break;");
            w!(o, "{ind}    }};");
            w!(o, "{ind}    count += 1;");
            if each.is_some_and(|r| r.name == a.name) {
                w!(o, "{ind}    each(v);");
            } else {
                w!(o, "{ind}    let _ = v;");
            }
            w!(o, "{ind}    n_{v} += 1;");
            w!(o, "{ind}}}");
        }
    }
}

/// One attribute of `decode_valid`'s loop: only its value, and where it goes.
fn valid_arm(o: &mut String, m: &Fam<'_>, s: &AttrSet, a: &Attribute, ind: &str) {
    let v = snake_local(a);
    if m.shape(s, a) == Shape::List {
        w!(o, "{ind}n_{v} += 1;");
    } else {
        let val = match a.ty.as_str() {
            "u8" | "u16" | "u32" | "u64" | "s8" | "s16" | "s32" | "s64" => {
                let r = format!(
                    "<{} as rt::WireInt>::from_payload(a.payload())?",
                    rust_int(&a.ty)
                );
                match m.newtype(a) {
                    Some(t) => format!("{t}({r})"),
                    None => r,
                }
            }
            "flag" => match m.newtype(a) {
                Some(t) => format!("{t}(true)"),
                None => "true".into(),
            },
            "binary" => "a.payload()".into(),
            "string" => "a.str().ok()?".into(),
            _ => format!(
                "<{} as rt::AttrSet<'a>>::decode_valid(a.nested())?",
                m.elem_ty(a, "'a")
            ),
        };
        match m.shape(s, a) {
            Shape::Flag => w!(o, "{ind}v_{v} = {val};"),
            _ => w!(o, "{ind}v_{v} = Some({val});"),
        }
    }
    seen_form(o, s, a, ind);
}

/// `decode_valid`'s `match` on one attribute's type (inside its walk loop).
fn valid_match(o: &mut String, m: &Fam<'_>, s: &AttrSet) {
    w!(o, "            match a.kind() {{");
    for a in &m.sorted(s) {
        w!(o, "                {} => {{", a.id);
        valid_arm(o, m, s, a, "                    ");
        w!(o, "                }}");
    }
    w!(o, "                _ => {{}}");
    w!(o, "            }}");
}

/// A field of the value `decode_valid` builds, from its local.
fn valid_field(m: &Fam<'_>, s: &AttrSet, a: &Attribute) -> String {
    let v = snake_local(a);
    match m.shape(s, a) {
        Shape::Plain => format!("v_{v}?"),
        Shape::Default => format!("v_{v}.unwrap_or({})", m.default_expr(a)),
        Shape::Opt | Shape::Flag => format!("v_{v}"),
        Shape::List => format!("rt::list(&all, {}, n_{v})", a.id),
    }
}

/// `decode_valid`: reading bytes `decode_at` accepted (a list's elements, read again while
/// iterating). Only what builds the value is done: no duplicate, count, value, enum,
/// must-understand or `when` checks, which cannot fail on such bytes; repeated attributes are
/// only counted. Anything unexpected gives `None` (the list's iteration ends).
/// Is `s` the set of a batch op's entry or result (decoded once per element, in a loop)?
fn batch_elem(m: &Fam<'_>, s: &AttrSet) -> bool {
    m.f.ops
        .iter()
        .filter(|op| op.batch)
        .map(|op| plan(m, op))
        .any(|p| p.entry_set.name == s.name || p.result_set.name == s.name)
}

fn decode_valid(o: &mut String, m: &Fam<'_>, s: &AttrSet) {
    let forms = s.forms.as_deref().unwrap_or(&[]);
    w!(o, "    #[inline]");
    w!(
        o,
        "    fn decode_valid(attrs: c::Attrs<'a>) -> ::core::option::Option<Self> {{"
    );
    locals(o, m, s, false);
    w!(o, "        let mut walk = rt::Walk::new(&attrs);");
    for a in fast_order(m, s) {
        // A flag outside forms needs no more than being there.
        let bind = if a.ty == "flag" && s.form_of(&a.name).is_none() {
            "_a"
        } else {
            "a"
        };
        w!(
            o,
            "        if let Some({bind}) = walk.expect({:#010x}) {{",
            expect_header(a)
        );
        valid_arm(o, m, s, a, "            ");
        w!(o, "        }}");
    }
    w!(o, "        while let Some(a) = walk.next().ok()? {{");
    valid_match(o, m, s);
    w!(o, "        }}");
    if !forms.is_empty() {
        w!(o, "        let form = rt::form(&forms, 0, 0).ok()?;");
    }
    construct(o, s, "Some", |a| valid_field(m, s, a));
}

/// `decode_valid_from`: `decode_valid` for a later window of a batch request, jumping over
/// the span of its `entry` list (counted as the span says, their form marked seen) when the
/// walk reaches it. A span of another attribute type, or none, reads the whole set.
fn decode_valid_from(o: &mut String, m: &Fam<'_>, s: &AttrSet, entry: &Attribute) {
    let forms = s.forms.as_deref().unwrap_or(&[]);
    let v = snake_local(entry);
    w!(o, "    #[inline]");
    w!(
        o,
        "    fn decode_valid_from(attrs: c::Attrs<'a>, span: Option<rt::Span>) -> ::core::option::Option<Self> {{"
    );
    w!(o, "        let span = match span {{");
    w!(o, "            Some(sp) if sp.kind == {} => sp,", entry.id);
    w!(
        o,
        "            _ => return <Self as rt::AttrSet<'a>>::decode_valid(attrs),"
    );
    w!(o, "        }};");
    locals(o, m, s, false);
    w!(o, "        let mut walk = rt::Walk::new(&attrs);");
    w!(o, "        loop {{");
    w!(o, "            if walk.jump(&span) {{");
    w!(
        o,
        "                n_{v} = n_{v}.saturating_add(span.count);"
    );
    if let Some(i) = forms
        .iter()
        .position(|f| f.attributes.contains(&entry.name))
    {
        w!(
            o,
            "                rt::seen_at(&mut forms[{i}], span.start);"
        );
    }
    w!(o, "            }}");
    w!(
        o,
        "            let Some(a) = walk.next().ok()? else {{ break }};"
    );
    valid_match(o, m, s);
    w!(o, "        }}");
    if !forms.is_empty() {
        w!(o, "        let form = rt::form(&forms, 0, 0).ok()?;");
    }
    construct(o, s, "Some", |a| valid_field(m, s, a));
}

/// The pattern of a closed enum's entries (as `i128`, the way `rt::member` compares them).
fn member_pattern(m: &Fam<'_>, a: &Attribute) -> String {
    let d = a
        .enumeration
        .as_deref()
        .and_then(|e| m.f.def(e))
        .expect("member_check found the definition");
    let mut vals: Vec<i128> = d
        .entries
        .iter()
        .map(|e| e.value.get() as i64 as i128)
        .collect();
    vals.sort_unstable();
    vals.dedup();
    if vals.is_empty() {
        // No entry at all: nothing is a member.
        return "_ if false".into();
    }
    // Runs of consecutive values as ranges.
    let mut pats: Vec<String> = Vec::new();
    let mut i = 0;
    while i < vals.len() {
        let mut j = i;
        while j + 1 < vals.len() && vals[j + 1] == vals[j] + 1 {
            j += 1;
        }
        pats.push(if j > i {
            format!("{}..={}", vals[i], vals[j])
        } else {
            vals[i].to_string()
        });
        i = j + 1;
    }
    pats.join(" | ")
}

fn snake_local(a: &Attribute) -> String {
    a.name.replace('-', "_")
}

fn put_stmt(m: &Fam<'_>, s: &AttrSet, a: &Attribute, val: &str, by_ref: bool) -> String {
    let k = Fam::raw_kind(a);
    let r = if by_ref {
        val.to_string()
    } else {
        format!("&{val}")
    };
    match m.shape(s, a) {
        Shape::Plain => format!("rt::put(b, {k}, {r})?;"),
        Shape::Opt => format!("rt::put_opt(b, {k}, {r})?;"),
        Shape::Default => format!("rt::put_def(b, {k}, {r}, {})?;", m.default_expr(a)),
        Shape::Flag => {
            let v = if by_ref {
                format!("*{val}")
            } else {
                val.to_string()
            };
            format!("rt::put_flag(b, {k}, {v})?;")
        }
        Shape::List => format!("{val}.put(b, {k})?;"),
    }
}

fn encode(o: &mut String, m: &Fam<'_>, s: &AttrSet) {
    let forms = s.forms.as_deref().unwrap_or(&[]);
    w!(
        o,
        "    fn encode<S: c::Sink>(&self, b: &mut c::Builder<S>) -> c::Result<()> {{"
    );
    for a in s.attributes.iter().filter(|a| s.form_of(&a.name).is_none()) {
        w!(
            o,
            "        {}",
            put_stmt(m, s, a, &format!("self.{}", snake(&a.name)), false)
        );
    }
    if !forms.is_empty() {
        w!(o, "        match &self.form {{");
        for f in forms {
            let binds: Vec<String> = f.attributes.iter().map(|n| snake(n)).collect();
            w!(
                o,
                "            {}Form::{} {{ {} }} => {{",
                camel(&s.name),
                camel(&f.name),
                binds.join(", ")
            );
            for n in &f.attributes {
                if let Some(a) = s.attr(n) {
                    w!(o, "                {}", put_stmt(m, s, a, &snake(n), true));
                }
            }
            w!(o, "            }}");
        }
        w!(o, "        }}");
    }
    w!(o, "        Ok(())");
    w!(o, "    }}");
}

fn op_code(o: &mut String, m: &Fam<'_>, op: &Op) {
    let ty = &m.op_ty[&op.name];
    let sh = shout(&op.name);
    let req = m.req(op);
    let rep = m.rep(op);
    let req_ty = req.map_or("rt::Empty".into(), |s| m.set_ty(s, "'a"));
    let rep_ty = rep.map_or("rt::Empty".into(), |s| m.set_ty(s, "'a"));
    doc(o, "", &op.doc);
    w!(o, "///");
    let mut facts = vec![format!(
        "Op {} (`{}`), privilege `{}`",
        op.id, op.name, op.privilege
    )];
    if let Some(x) = &op.xen {
        facts.push(format!("Xen `{x}`"));
    }
    facts.push(format!("max reply {} bytes", op.max_reply));
    if op.is_async {
        facts.push("async".into());
    }
    if op.batch {
        facts.push("batch".into());
    }
    if let Some(r) = &op.ring_only {
        facts.push(format!("ring only: {}", r.trim()));
    }
    if let Some(r) = &op.register_only {
        facts.push(format!("register only: {}", r.trim()));
    }
    w!(o, "/// {}.", facts.join("; "));
    w!(o, "#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]");
    w!(o, "pub struct {ty};");
    w!(o, "");
    // Aliases.
    let taken: Vec<String> =
        m.f.attribute_sets
            .iter()
            .map(|s| camel(&s.name))
            .chain(m.f.definitions.iter().map(|d| camel(&d.name)))
            .chain(m.op_ty.values().cloned())
            .collect();
    for (suffix, set) in [("Request", req), ("Reply", rep)] {
        let alias = format!("{}{suffix}", camel(&op.name));
        if let Some(s) = set {
            if !taken.contains(&alias) {
                let lt = if m.set_lt(s) { "<'a>" } else { "" };
                w!(o, "/// The {} of [`{ty}`].", suffix.to_lowercase());
                w!(o, "pub type {alias}{lt} = {};", m.set_ty(s, "'a"));
                w!(o, "");
            }
        }
    }
    let flags = {
        let mut v = Vec::new();
        if op.fastabi.is_some() {
            v.push("rt::op_flags::FASTABI");
        }
        if op.is_async {
            v.push("rt::op_flags::ASYNC");
        }
        if op.batch {
            v.push("rt::op_flags::BATCH");
        }
        if op.target_domain.is_some() {
            v.push("rt::op_flags::TARGET_DOMAIN");
        }
        if op.register_only.is_some() {
            v.push("rt::op_flags::REGISTER_ONLY");
        }
        if op.device_model {
            v.push("rt::op_flags::DEVICE_MODEL");
        }
        if op.dump {
            v.push("rt::op_flags::DUMP");
        }
        if v.is_empty() {
            "0".to_string()
        } else {
            v.join(" | ")
        }
    };
    let set_ref = |s: Option<&AttrSet>| {
        s.map_or("&rt::EMPTY_SET".into(), |s| {
            format!("&{}_SET", Fam::set_static(s))
        })
    };
    w!(o, "/// Descriptor of [`{ty}`].");
    w!(o, "pub static OP_{sh}: rt::OpDesc = rt::OpDesc {{");
    w!(o, "    family: {},", lit(&m.f.name));
    w!(o, "    family_id: ID,");
    w!(o, "    msg_type: MSG_TYPE,");
    w!(o, "    family_version: VERSION,");
    w!(o, "    name: {},", lit(&op.name));
    w!(o, "    id: {},", op.id);
    w!(o, "    since: {},", op.since.unwrap_or(1));
    w!(o, "    privilege: rt::Privilege::{},", camel(&op.privilege));
    w!(o, "    flags: {flags},");
    w!(o, "    request: {},", set_ref(req));
    w!(o, "    reply: {},", set_ref(rep));
    w!(o, "    max_reply: {},", op.max_reply);
    let td = op
        .target_domain
        .as_deref()
        .and_then(|t| req.and_then(|s| s.attr(t)))
        .map_or("None".into(), |a| format!("Some({})", a.id));
    w!(o, "    target_domain: {td},");
    match &op.fastabi {
        None => w!(o, "    fastabi: None,"),
        Some(fa) => {
            let map = |mm: &std::collections::BTreeMap<String, String>,
                       set: Option<&AttrSet>|
             -> String {
                let mut v: Vec<(usize, String)> = mm
                    .iter()
                    .filter_map(|(n, r)| {
                        let a = set?.attr(n)?;
                        Some((reg_no(r), format!("({}, rt::Reg::{})", a.id, camel(r))))
                    })
                    .collect();
                v.sort();
                v.into_iter().map(|x| x.1).collect::<Vec<_>>().join(", ")
            };
            w!(o, "    fastabi: Some(rt::RegMap {{");
            w!(
                o,
                "        form: {},",
                fa.form
                    .as_deref()
                    .map_or("None".into(), |f| format!("Some({})", lit(f)))
            );
            w!(o, "        inputs: &[{}],", map(&fa.inputs, req));
            w!(o, "        outputs: &[{}],", map(&fa.outputs, rep));
            w!(o, "    }}),");
        }
    }
    let opt_str = |v: &Option<String>| {
        v.as_deref()
            .map_or("None".into(), |r| format!("Some({})", lit(r.trim())))
    };
    w!(o, "    ring_only: {},", opt_str(&op.ring_only));
    w!(o, "    register_only: {},", opt_str(&op.register_only));
    w!(o, "    doc: {},", lit(op.doc.trim()));
    w!(o, "}};");
    w!(o, "");
    w!(o, "impl rt::Op for {ty} {{");
    w!(o, "    const DESC: &'static rt::OpDesc = &OP_{sh};");
    w!(o, "    type Request<'a> = {req_ty};");
    w!(o, "    type Reply<'a> = {rep_ty};");
    w!(o, "}}");
    w!(o, "");
    if let Some(fa) = &op.fastabi {
        fastabi(o, m, op, fa, ty);
    }
}

/// Register code of one direction.
struct Dir<'a> {
    set: &'a AttrSet,
    map: &'a std::collections::BTreeMap<String, String>,
    form: Option<&'a str>,
    request: bool,
}

fn fastabi(o: &mut String, m: &Fam<'_>, _op: &Op, fa: &crate::spec::FastAbi, ty: &str) {
    let req = m.req(_op);
    let rep = m.rep(_op);
    let ein = "hvlink_proto::Errno::EINVAL";
    w!(o, "impl rt::FastAbi for {ty} {{");
    for (dir_name, set, map) in [("request", req, &fa.inputs), ("reply", rep, &fa.outputs)] {
        let ty_name = if dir_name == "request" {
            "Request"
        } else {
            "Reply"
        };
        // to_regs
        let arg = if dir_name == "request" { "req" } else { "rep" };
        w!(
            o,
            "    fn {dir_name}_to_regs({arg}: &Self::{ty_name}<'_>, r: &mut rt::Regs) -> ::core::result::Result<(), hvlink_proto::Errno> {{"
        );
        match set {
            None => w!(o, "        let _ = ({arg}, r);"),
            Some(s) => {
                let d = Dir {
                    set: s,
                    map,
                    form: fa.form.as_deref(),
                    request: dir_name == "request",
                };
                to_regs(o, m, &d, arg, ein);
            }
        }
        w!(o, "        Ok(())");
        w!(o, "    }}");
        w!(
            o,
            "    fn {dir_name}_from_regs(r: &rt::Regs) -> ::core::result::Result<Self::{ty_name}<'static>, hvlink_proto::Errno> {{"
        );
        match set {
            None => {
                w!(o, "        let _ = r;");
                w!(o, "        Ok(rt::Empty)");
            }
            Some(s) => {
                let d = Dir {
                    set: s,
                    map,
                    form: fa.form.as_deref(),
                    request: dir_name == "request",
                };
                from_regs(o, m, &d);
            }
        }
        w!(o, "    }}");
    }
    w!(o, "}}");
    w!(o, "");
}

fn to_regs(o: &mut String, m: &Fam<'_>, d: &Dir<'_>, arg: &str, ein: &str) {
    let s = d.set;
    if d.map.is_empty() {
        w!(o, "        let _ = ({arg}, r);");
        if !s.has_forms() {
            return;
        }
    }
    // Bind the form's mapped members.
    let in_form: Vec<&str> = d
        .map
        .keys()
        .filter(|n| s.form_of(n).is_some())
        .map(String::as_str)
        .collect();
    if s.has_forms() {
        let f = d.form.unwrap_or_default();
        let binds: Vec<String> = in_form.iter().map(|n| snake(n)).collect();
        let rest = if binds.len()
            < s.forms
                .as_deref()
                .unwrap_or(&[])
                .iter()
                .find(|x| x.name == f)
                .map_or(0, |x| x.attributes.len())
        {
            if binds.is_empty() {
                ".."
            } else {
                ", .."
            }
        } else {
            ""
        };
        w!(
            o,
            "        let {}Form::{} {{ {}{rest} }} = &{arg}.form else {{",
            camel(&s.name),
            camel(f),
            binds.join(", ")
        );
        w!(o, "            return Err({ein});");
        w!(o, "        }};");
    }
    // Group by register.
    let mut by_reg: std::collections::BTreeMap<usize, Vec<&Attribute>> = Default::default();
    for (n, r) in d.map {
        if let Some(a) = s.attr(n) {
            by_reg.entry(reg_no(r)).or_default().push(a);
        }
    }
    for (rn, attrs) in by_reg {
        let reg = crate::spec::REGISTERS[rn - 2];
        let val = |a: &Attribute| -> String {
            let v = if s.form_of(&a.name).is_some() {
                format!("*{}", snake(&a.name))
            } else {
                format!("{arg}.{}", snake(&a.name))
            };
            match m.shape(s, a) {
                Shape::Opt => format!("rt::reg_opt({v})"),
                Shape::List => format!("rt::reg(rt::one(&{v})?)"),
                _ => format!("rt::reg({v})"),
            }
        };
        if attrs.len() == 1 {
            w!(o, "        r.{reg} = {};", val(attrs[0]));
        } else {
            let parts: Vec<String> = attrs
                .iter()
                .map(|a| {
                    let v = if s.form_of(&a.name).is_some() {
                        snake(&a.name)
                    } else {
                        format!("{arg}.{}", snake(&a.name))
                    };
                    format!("{v}.map(rt::reg)")
                })
                .collect();
            w!(o, "        r.{reg} = rt::first(&[{}]);", parts.join(", "));
        }
    }
    let _ = d.request;
}

fn from_regs(o: &mut String, m: &Fam<'_>, d: &Dir<'_>) {
    let s = d.set;
    let st = Fam::set_static(s);
    let reg_of = |a: &Attribute| d.map.get(&a.name).map(|r| r.as_str());
    if d.map.is_empty() {
        w!(o, "        let _ = r;");
    }
    // Non-when mapped attributes first, then when ones.
    let mut order: Vec<&Attribute> = s
        .attributes
        .iter()
        .filter(|a| reg_of(a).is_some())
        .collect();
    order.sort_by_key(|a| a.when.is_some());
    for a in order {
        let reg = reg_of(a).unwrap_or("rsi");
        let et = m.elem_ty(a, "'static");
        let i = m.policy_index(s, a);
        let get = match (d.request, m.member_check(s, a)) {
            (true, Some(entries)) => {
                format!("rt::unreg_member::<{et}>(r.{reg}, &{st}_POLICY.attrs[{i}], {entries})?")
            }
            _ => format!("rt::unreg::<{et}>(r.{reg}, &{st}_POLICY.attrs[{i}])?"),
        };
        let v = snake_local(a);
        match m.when(s, a) {
            Some((sel, vals)) => {
                let sv = snake_local(sel);
                let selv = if reg_of(sel).is_some() {
                    match m.shape(s, sel) {
                        Shape::Opt => format!("v_{sv}.map(rt::Scalar::to_i128)"),
                        _ => format!("Some(rt::Scalar::to_i128(v_{sv}))"),
                    }
                } else {
                    match m.shape(s, sel) {
                        Shape::Default => {
                            format!("Some(rt::Scalar::to_i128({}))", m.default_expr(sel))
                        }
                        _ => "None".into(),
                    }
                };
                let vals: Vec<String> = vals.iter().map(|v| v.to_string()).collect();
                w!(
                    o,
                    "        let v_{v} = if rt::holds({selv}, &[{}]) {{",
                    vals.join(", ")
                );
                w!(o, "            Some({get})");
                w!(o, "        }} else {{");
                w!(o, "            None");
                w!(o, "        }};");
            }
            None => match m.shape(s, a) {
                Shape::Opt => w!(o, "        let v_{v} = Some({get});"),
                Shape::List => w!(o, "        let v_{v} = rt::List::one({get});"),
                _ => w!(o, "        let v_{v} = {get};"),
            },
        }
    }
    let field = |a: &Attribute| -> String {
        let v = snake_local(a);
        if reg_of(a).is_some() {
            return format!("v_{v}");
        }
        match m.shape(s, a) {
            Shape::Default => m.default_expr(a),
            Shape::Opt => "None".into(),
            Shape::Flag => "false".into(),
            Shape::List => "rt::List::new(&[])".into(),
            Shape::Plain => panic!(
                "lint rule 26: required attribute {} of {} is not mapped",
                a.name, s.name
            ),
        }
    };
    w!(o, "        Ok({} {{", camel(&s.name));
    for a in s.attributes.iter().filter(|a| s.form_of(&a.name).is_none()) {
        w!(o, "            {}: {},", snake(&a.name), field(a));
    }
    if s.has_forms() {
        let f = d.form.unwrap_or_default();
        if let Some(form) = s
            .forms
            .as_deref()
            .unwrap_or(&[])
            .iter()
            .find(|x| x.name == f)
        {
            w!(
                o,
                "            form: {}Form::{} {{",
                camel(&s.name),
                camel(f)
            );
            for n in &form.attributes {
                if let Some(a) = s.attr(n) {
                    w!(o, "                {}: {},", snake(n), field(a));
                }
            }
            w!(o, "            }},");
        }
    }
    w!(o, "        }})");
}

fn backend(o: &mut String, m: &Fam<'_>) {
    w!(
        o,
        "/// What a host implements for this family: one method per op, called with a request"
    );
    w!(
        o,
        "/// that was already validated (the same way on a ring and by register). Batch ops"
    );
    w!(
        o,
        "/// report each entry's result through `out` as soon as it is known, so a host encodes"
    );
    w!(
        o,
        "/// entries straight into its reply (or progress) message without collecting them."
    );
    w!(o, "pub trait Backend {{");
    for op in &m.f.ops {
        let name = snake(&op.name);
        doc(o, "    ", &op.doc);
        let mut args = vec!["&mut self".to_string(), "ctx: &rt::Ctx".to_string()];
        if let Some(s) = m.req(op) {
            args.push(format!("req: &{}", m.set_ty(s, "'_")));
        }
        let ret = match (m.batch_entry(op), m.rep(op)) {
            (Some((_, es)), _) => {
                args.push(format!(
                    "out: &mut dyn FnMut({}) -> ::core::result::Result<(), hvlink_proto::Errno>",
                    m.set_ty(es, "'_")
                ));
                "()".to_string()
            }
            (None, Some(s)) => m.set_ty(s, "'_"),
            (None, None) => "()".to_string(),
        };
        if op.batch {
            w!(o, "    ///");
            w!(
                o,
                "    /// Call `out` exactly once per entry of `req`, in order (the dispatcher numbers the"
            );
            w!(
                o,
                "    /// results by position: a missing or extra result fails the call with `EIO`)."
            );
        }
        w!(
            o,
            "    fn {name}({}) -> ::core::result::Result<{ret}, hvlink_proto::Errno>;",
            args.join(", ")
        );
    }
    w!(o, "}}");
}

/// `mod.rs` of a generated tree.
pub fn module(families: &[&Family], header: &str, doc_line: &str) -> String {
    let mut o = String::new();
    w!(o, "{header}");
    w!(o, "//! {doc_line}");
    w!(o, "");
    let mut sorted: Vec<&&Family> = families.iter().collect();
    sorted.sort_by_key(|f| f.id);
    for f in &sorted {
        w!(o, "pub mod {};", f.name);
    }
    w!(o, "");
    w!(o, "use hvlink_proto::rt;");
    w!(o, "");
    w!(
        o,
        "/// Every family, by id (what `control.get_family` lists)."
    );
    let list: Vec<String> = sorted
        .iter()
        .map(|f| format!("&{}::FAMILY", f.name))
        .collect();
    w!(
        o,
        "pub static FAMILIES: &[&rt::FamilyDesc] = &[{}];",
        list.join(", ")
    );
    w!(o, "");
    definition_table(&mut o, &sorted);
    w!(o, "");
    w!(
        o,
        "/// The op a ring message names (`ENOSYS`: not supported; `EOPNOTSUPP`: register only)."
    );
    w!(o, "pub fn lookup_msg(msg_type: u16, cmd: u8) -> ::core::result::Result<&'static rt::OpDesc, hvlink_proto::Errno> {{");
    w!(o, "    rt::lookup_msg(FAMILIES, msg_type, cmd)");
    w!(o, "}}");
    w!(o, "");
    w!(
        o,
        "/// The op a register call names (`ENOSYS`: not supported, or ring only)."
    );
    w!(o, "pub fn lookup_regs(rax: u64, rdi: u64) -> ::core::result::Result<&'static rt::OpDesc, hvlink_proto::Errno> {{");
    w!(o, "    rt::lookup_regs(FAMILIES, rax, rdi)");
    w!(o, "}}");
    backends(&mut o, &sorted);
    o
}

/// Every definition of every family by name (family id order, then spec order), so that
/// generic encoders and decoders (the CLI's) need no hand-kept list. The entries are the
/// newtypes' own `ENTRIES`, so the two cannot disagree.
fn definition_table(o: &mut String, families: &[&&Family]) {
    w!(
        o,
        "/// Every definition (enum and flag set) of the spec, by family id then spec order: what a"
    );
    w!(
        o,
        "/// generic encoder or decoder needs to turn entry names into values and back."
    );
    w!(o, "pub static DEFINITIONS: &[rt::DefDesc] = &[");
    for f in families {
        for d in &f.definitions {
            let kind = if d.ty == "flags" { "Flags" } else { "Enum" };
            w!(
                o,
                "    rt::DefDesc {{ name: {}, kind: rt::DefKind::{kind}, open: {}, entries: {}::{}::ENTRIES }},",
                lit(&d.name),
                d.open,
                f.name,
                camel(&d.name)
            );
        }
    }
    w!(o, "];");
}

/// The aggregate of every backend-served family's `Backend` trait and the two dispatch
/// functions over it (the family list the host would otherwise write by hand).
fn backends(o: &mut String, families: &[&&Family]) {
    let served: Vec<&str> = families
        .iter()
        .filter(|f| !f.host_served)
        .map(|f| f.name.as_str())
        .collect();
    w!(o, "");
    w!(
        o,
        "/// Every family a hypervisor backend serves: implement each family's `Backend` and this"
    );
    w!(
        o,
        "/// holds (families the host engine serves itself are not in it)."
    );
    if served.is_empty() {
        w!(o, "pub trait Backends {{}}");
        w!(o, "impl<T: ?Sized> Backends for T {{}}");
    } else {
        let bounds: Vec<String> = served.iter().map(|n| format!("{n}::Backend")).collect();
        w!(o, "pub trait Backends: {} {{}}", bounds.join(" + "));
        w!(
            o,
            "impl<T: {} + ?Sized> Backends for T {{}}",
            bounds.join(" + ")
        );
    }
    w!(o, "");
    w!(
        o,
        "/// Serve a ring request of `op` with its family's generated `serve` (`ENOSYS` for a family"
    );
    w!(o, "/// no backend serves).");
    w!(
        o,
        "pub fn serve<B: Backends + ?Sized, S: hvlink_proto::codec::Sink>("
    );
    w!(o, "    backend: &mut B,");
    w!(o, "    ctx: &rt::Ctx,");
    w!(o, "    op: &rt::OpDesc,");
    w!(o, "    attrs: hvlink_proto::codec::Attrs<'_>,");
    w!(o, "    window: rt::Window<'_>,");
    w!(o, "    reply: &mut hvlink_proto::codec::Builder<S>,");
    w!(
        o,
        ") -> ::core::result::Result<rt::Served, rt::ServeError> {{"
    );
    if served.is_empty() {
        w!(o, "    let _ = (&backend, ctx, &attrs, window, &reply);");
    }
    w!(o, "    match op.family_id {{");
    for n in &served {
        w!(
            o,
            "        {n}::ID => {n}::serve(backend, ctx, op.id, attrs, window, reply),"
        );
    }
    w!(
        o,
        "        _ => Err(rt::ServeError::Errno(hvlink_proto::Errno::ENOSYS)),"
    );
    w!(o, "    }}");
    w!(o, "}}");
    w!(o, "");
    w!(
        o,
        "/// Validate a ring request of `op` with its family's generated `validate` (see there)."
    );
    w!(o, "pub fn validate(");
    w!(o, "    op: &rt::OpDesc,");
    w!(o, "    attrs: hvlink_proto::codec::Attrs<'_>,");
    w!(
        o,
        ") -> ::core::result::Result<(), hvlink_proto::codec::Error> {{"
    );
    if served.is_empty() {
        w!(o, "    let _ = (op, attrs);");
        w!(o, "    Ok(())");
    } else {
        w!(o, "    match op.family_id {{");
        for n in &served {
            w!(o, "        {n}::ID => {n}::validate(op.id, attrs),");
        }
        w!(o, "        _ => Ok(()),");
        w!(o, "    }}");
    }
    w!(o, "}}");
    w!(o, "");
    w!(
        o,
        "/// [`validate`], keeping a batch request's entries as they are decoded (its family's"
    );
    w!(o, "/// generated `validate_keep`, see there).");
    w!(o, "pub fn validate_keep(");
    w!(o, "    op: &rt::OpDesc,");
    w!(o, "    attrs: hvlink_proto::codec::Attrs<'_>,");
    w!(o, "    kept: &mut rt::Kept,");
    w!(
        o,
        ") -> ::core::result::Result<(), hvlink_proto::codec::Error> {{"
    );
    if served.is_empty() {
        w!(o, "    kept.clear();");
        w!(o, "    let _ = (op, attrs);");
        w!(o, "    Ok(())");
    } else {
        w!(o, "    match op.family_id {{");
        for n in &served {
            w!(
                o,
                "        {n}::ID => {n}::validate_keep(op.id, attrs, kept),"
            );
        }
        w!(o, "        _ => {{");
        w!(o, "            kept.clear();");
        w!(o, "            Ok(())");
        w!(o, "        }}");
        w!(o, "    }}");
    }
    w!(o, "}}");
    w!(o, "");
    w!(
        o,
        "/// Serve a register call of `op` with its family's generated `serve_regs`."
    );
    w!(o, "pub fn serve_regs<B: Backends + ?Sized>(");
    w!(o, "    backend: &mut B,");
    w!(o, "    ctx: &rt::Ctx,");
    w!(o, "    op: &rt::OpDesc,");
    w!(o, "    regs: &mut rt::Regs,");
    w!(o, ") -> ::core::result::Result<(), hvlink_proto::Errno> {{");
    if served.is_empty() {
        w!(o, "    let _ = (&backend, ctx, &regs);");
    }
    w!(o, "    match op.family_id {{");
    for n in &served {
        w!(o, "        {n}::ID => {n}::serve_regs(backend, ctx, regs),");
    }
    w!(o, "        _ => Err(hvlink_proto::Errno::ENOSYS),");
    w!(o, "    }}");
    w!(o, "}}");
}

const ERRNO: &str = "hvlink_proto::Errno";

/// The batch plan of a linted batch op.
fn plan<'a>(m: &Fam<'a>, op: &Op) -> BatchPlan<'a> {
    batch_plan(m.f, op).unwrap_or_else(|e| panic!("linted: {}: {e}", op.name))
}

/// The value of entry `entry` of definition `d` as attribute `a` holds it (`Gntst::OKAY`, or a
/// literal when the attribute does not use the newtype); `Some(..)` for an optional attribute.
fn entry_value(m: &Fam<'_>, s: &AttrSet, a: &Attribute, d: &Definition, entry: &str) -> String {
    let v = d
        .entries
        .iter()
        .find(|e| e.name == entry)
        .map_or(0, |e| e.value.get());
    let x = match m.newtype(a) {
        Some(t) => format!("{t}::{}", shout(entry)),
        None => format!("{v}{}", rust_int(&a.ty)),
    };
    match m.shape(s, a) {
        Shape::Opt => format!("Some({x})"),
        _ => x,
    }
}

/// The value of attribute `a` when absent (a filled-in field).
fn absent(m: &Fam<'_>, s: &AttrSet, a: &Attribute) -> String {
    match m.shape(s, a) {
        Shape::Default => m.default_expr(a),
        Shape::Flag => "false".into(),
        Shape::List => "rt::List::new(&[])".into(),
        Shape::Opt | Shape::Plain => "None".into(),
    }
}

/// `..req` when the set has common attributes to carry over.
fn rest(s: &AttrSet, val: &str) -> String {
    if s.attributes.iter().any(|a| s.form_of(&a.name).is_none()) {
        format!(", ..{val}")
    } else {
        String::new()
    }
}

/// Per-family serving glue: `rt::BatchEntry` for the results of batch ops, the single-form
/// helpers of batch ops, `serve` (ring) and `serve_regs` (registers).
fn serving(o: &mut String, m: &Fam<'_>) {
    let ops = &m.f.ops;
    let plans: Vec<(&Op, BatchPlan<'_>)> = ops
        .iter()
        .filter(|op| op.batch)
        .map(|op| (op, plan(m, op)))
        .collect();
    // BatchEntry, once per result set.
    let mut done: Vec<&str> = Vec::new();
    for (_, p) in &plans {
        let rs = p.result_set;
        if done.contains(&rs.name.as_str()) {
            continue;
        }
        done.push(&rs.name);
        let ty = camel(&rs.name);
        w!(o, "");
        w!(o, "impl rt::BatchEntry for {ty} {{");
        w!(o, "    fn set_index(&mut self, index: u32) {{");
        w!(o, "        self.{} = index;", snake(&p.index.name));
        w!(o, "    }}");
        w!(o, "    fn failed(&self) -> bool {{");
        w!(
            o,
            "        self.{} != {}",
            snake(&p.status.name),
            entry_value(m, rs, p.status, p.status_def, "okay")
        );
        w!(o, "    }}");
        w!(o, "    fn cancelled(index: u32) -> Self {{");
        w!(o, "        {ty} {{");
        for a in &rs.attributes {
            if a.name == p.index.name {
                w!(o, "            index,");
                continue;
            }
            let v = if a.name == p.status.name {
                entry_value(m, rs, a, p.status_def, "cancelled")
            } else {
                absent(m, rs, a)
            };
            w!(o, "            {}: {v},", snake(&a.name));
        }
        w!(o, "        }}");
        w!(o, "    }}");
        w!(o, "}}");
    }
    // Single-form helpers.
    for (op, p) in plans.iter().filter(|(_, p)| p.forms) {
        single_helpers(o, m, op, p);
    }

    // serve
    w!(o, "");
    w!(
        o,
        "/// Serve one ring request of this family: decode and validate `attrs` as op `cmd`'s"
    );
    w!(
        o,
        "/// request, call the backend, write the reply's attributes (not the headers) into `reply`."
    );
    w!(o, "///");
    w!(
        o,
        "/// `ENOSYS` for an unknown op, `EOPNOTSUPP` for a register-only op; a request that fails"
    );
    w!(
        o,
        "/// validation (or a reply that cannot be encoded) is [`rt::ServeError::Invalid`]. Batch ops"
    );
    w!(
        o,
        "/// run the entries of `window` (see [`rt::serve_batch`]); a single-form request runs as a"
    );
    w!(
        o,
        "/// one-entry batch and is answered in the single form. On error `reply` may hold a partial"
    );
    w!(o, "/// write: the caller drops the message.");
    w!(o, "pub fn serve<B: Backend + ?Sized, S: c::Sink>(");
    w!(o, "    backend: &mut B,");
    w!(o, "    ctx: &rt::Ctx,");
    w!(o, "    cmd: u8,");
    w!(o, "    attrs: c::Attrs<'_>,");
    w!(o, "    window: rt::Window<'_>,");
    w!(o, "    reply: &mut c::Builder<S>,");
    w!(
        o,
        ") -> ::core::result::Result<rt::Served, rt::ServeError> {{"
    );
    if plans.is_empty() {
        w!(o, "    let _ = window;");
    }
    if !ops
        .iter()
        .any(|op| op.register_only.is_none() && (op.reply.is_some() || op.batch))
    {
        w!(o, "    let _ = &reply;");
    }
    w!(o, "    match OpId(cmd) {{");
    for op in ops {
        let sh = shout(&op.name);
        let name = snake(&op.name);
        if op.register_only.is_some() {
            w!(
                o,
                "        OpId::{sh} => Err(rt::ServeError::Errno({ERRNO}::EOPNOTSUPP)),"
            );
            continue;
        }
        w!(o, "        OpId::{sh} => {{");
        if op.batch {
            let p = plans
                .iter()
                .find(|(x, _)| x.name == op.name)
                .map(|x| x.1)
                .unwrap_or_else(|| plan(m, op));
            serve_batch_arm(o, m, op, &p);
        } else {
            let call = match m.req(op) {
                Some(s) => format!("backend.{name}(ctx, &{}::decode(attrs)?)", camel(&s.name)),
                None => {
                    w!(o, "            rt::Empty::decode(attrs)?;");
                    format!("backend.{name}(ctx)")
                }
            };
            if op.reply.is_some() {
                w!(o, "            rt::served(&{call}?, reply)");
            } else {
                w!(o, "            {call}?;");
                w!(o, "            Ok(rt::Served::WHOLE)");
            }
        }
        w!(o, "        }}");
    }
    w!(
        o,
        "        _ => Err(rt::ServeError::Errno({ERRNO}::ENOSYS)),"
    );
    w!(o, "    }}");
    w!(o, "}}");

    // validate
    w!(o, "");
    w!(
        o,
        "/// Validate a ring request of op `cmd` as `serve` does before it runs anything (the"
    );
    w!(
        o,
        "/// whole request, every batch entry included), without running it: a host may do this"
    );
    w!(
        o,
        "/// apart (outside its locks) and then serve the request with [`rt::Window::validated`]."
    );
    w!(
        o,
        "/// Unknown and register-only ops pass (`serve` refuses them)."
    );
    w!(
        o,
        "pub fn validate(cmd: u8, attrs: c::Attrs<'_>) -> ::core::result::Result<(), c::Error> {{"
    );
    let ring_ops: Vec<&Op> = ops.iter().filter(|op| op.register_only.is_none()).collect();
    if ring_ops.is_empty() {
        w!(o, "    let _ = (cmd, attrs);");
        w!(o, "    Ok(())");
        w!(o, "}}");
    } else {
        w!(o, "    match OpId(cmd) {{");
    }
    for op in &ring_ops {
        let sh = shout(&op.name);
        match m.req(op) {
            Some(s) => w!(
                o,
                "        OpId::{sh} => {}::decode(attrs).map(|_| ()),",
                camel(&s.name)
            ),
            None => w!(
                o,
                "        OpId::{sh} => rt::Empty::decode(attrs).map(|_| ()),"
            ),
        }
    }
    if !ring_ops.is_empty() {
        w!(o, "        _ => Ok(()),");
        w!(o, "    }}");
        w!(o, "}}");
    }

    // validate_keep
    w!(o, "");
    w!(
        o,
        "/// [`validate`], keeping the entries of a batch request in `kept` as they are decoded"
    );
    w!(
        o,
        "/// (see [`rt::keep`]): serve its windows with [`rt::Window::kept`] pointing there and each"
    );
    w!(
        o,
        "/// entry is decoded once. For another op (or entries that borrow from the request) `kept`"
    );
    w!(
        o,
        "/// is emptied and the request validated as by `validate`."
    );
    w!(
        o,
        "pub fn validate_keep(cmd: u8, attrs: c::Attrs<'_>, kept: &mut rt::Kept) -> ::core::result::Result<(), c::Error> {{"
    );
    let keeps: Vec<(&Op, BatchPlan<'_>)> = ring_ops
        .iter()
        .filter(|op| op.batch)
        .map(|op| (*op, plan(m, op)))
        .filter(|(_, p)| !m.set_lt(p.entry_set))
        .collect();
    if !keeps.is_empty() {
        w!(o, "    match OpId(cmd) {{");
        for (op, p) in &keeps {
            w!(
                o,
                "        OpId::{} => rt::keep(kept, |k| {}::decode_each(attrs, &mut |e| k.push(e)).map(|_| ())),",
                shout(&op.name),
                camel(&p.req.name)
            );
        }
        w!(o, "        _ => {{");
        w!(o, "            kept.clear();");
        w!(o, "            validate(cmd, attrs)");
        w!(o, "        }}");
        w!(o, "    }}");
    } else {
        w!(o, "    kept.clear();");
        w!(o, "    validate(cmd, attrs)");
    }
    w!(o, "}}");

    // serve_regs
    w!(o, "");
    w!(
        o,
        "/// Serve one FastABI register call of this family (rdi = op id): request_from_regs,"
    );
    w!(
        o,
        "/// backend, write_regs (rax = 0 + mapped outputs). On error return `Err(errno)` and leave"
    );
    w!(
        o,
        "/// `regs` untouched (the caller writes -errno to rax only: \"no implicit clobbering\")."
    );
    w!(
        o,
        "/// `ENOSYS` for an unknown op or one without a register mapping."
    );
    w!(
        o,
        "pub fn serve_regs<B: Backend + ?Sized>(backend: &mut B, ctx: &rt::Ctx, regs: &mut rt::Regs) -> ::core::result::Result<(), {ERRNO}> {{"
    );
    let reg_ops: Vec<&Op> = ops.iter().filter(|op| op.fastabi.is_some()).collect();
    if reg_ops.is_empty() {
        w!(o, "    let _ = (backend, ctx);");
    }
    w!(o, "    match OpId(rt::reg_op(regs)?) {{");
    for op in reg_ops {
        let sh = shout(&op.name);
        let name = snake(&op.name);
        let ty = &m.op_ty[&op.name];
        w!(o, "        OpId::{sh} => {{");
        if op.request.is_some() {
            w!(
                o,
                "            let req = <{ty} as rt::FastAbi>::request_from_regs(regs)?;"
            );
        }
        if op.batch {
            w!(
                o,
                "            let e = {}_single(backend, ctx, &req, false)?;",
                op.name
            );
            w!(
                o,
                "            rt::commit_regs::<{ty}>(&{}_single_reply(e), regs)",
                op.name
            );
        } else {
            let call = if op.request.is_some() {
                format!("backend.{name}(ctx, &req)")
            } else {
                format!("backend.{name}(ctx)")
            };
            if op.reply.is_some() {
                w!(o, "            rt::commit_regs::<{ty}>(&{call}?, regs)");
            } else {
                w!(o, "            {call}?;");
                w!(o, "            rt::commit_regs::<{ty}>(&rt::Empty, regs)");
            }
        }
        w!(o, "        }}");
    }
    w!(o, "        _ => Err({ERRNO}::ENOSYS),");
    w!(o, "    }}");
    w!(o, "}}");
}

/// The ring arm of a batch op.
fn serve_batch_arm(o: &mut String, m: &Fam<'_>, op: &Op, p: &BatchPlan<'_>) {
    let name = snake(&op.name);
    let req_ty = camel(&p.req.name);
    let kind = Fam::raw_kind(p.result);
    let entry = snake(&p.entry.name);
    // Entries kept by `validate_keep` (those that borrow nothing from the request).
    let kept = if m.set_lt(p.entry_set) {
        "None".to_string()
    } else {
        format!("rt::kept::<{}>(window.kept)", m.set_ty(p.entry_set, "'_"))
    };
    // The first window validates the request (unless the caller did, with `validate`);
    // later windows read the same private copy again (the engine's continuation), which
    // cannot fail what the first accepted, so they skip the checks: a window costs its
    // entries, not the whole request.
    w!(
        o,
        "            let req = if window.start == 0 && !window.validated {{"
    );
    w!(o, "                {req_ty}::decode(attrs)?");
    w!(o, "            }} else {{");
    w!(
        o,
        "                <{req_ty} as rt::AttrSet>::decode_valid_from(attrs, window.resume.and_then(|r| r.span)).ok_or(rt::ServeError::Errno(hvlink_proto::Errno::EIO))?"
    );
    w!(o, "            }};");
    if p.forms {
        let fty = format!("{req_ty}Form");
        let batch: Vec<&Attribute> = p
            .req
            .forms
            .as_deref()
            .unwrap_or(&[])
            .iter()
            .find(|f| f.name == "batch")
            .map(|f| f.attributes.iter().filter_map(|n| p.req.attr(n)).collect())
            .unwrap_or_default();
        let binds: Vec<String> = batch.iter().map(|a| snake(&a.name)).collect();
        let rebuild: Vec<String> = batch
            .iter()
            .map(|a| {
                if a.name == p.entry.name {
                    format!("{entry}: part")
                } else {
                    snake(&a.name)
                }
            })
            .collect();
        let atomic = match p.mode {
            Some((a, d)) if p.atomic() => {
                format!(
                    "{} == {}",
                    snake(&a.name),
                    entry_value(m, p.req, a, d, "atomic")
                )
            }
            _ => "false".into(),
        };
        w!(o, "            match req.form {{");
        w!(o, "                {fty}::Single {{ .. }} => {{");
        w!(
            o,
            "                    let e = {}_single(backend, ctx, &req, window.cancel)?;",
            op.name
        );
        w!(
            o,
            "                    rt::served_one(&{}_single_reply(e), &e, reply)",
            op.name
        );
        w!(o, "                }}");
        w!(
            o,
            "                {fty}::Batch {{ {} }} => rt::serve_batch_kept({entry}, {kept}, {atomic}, window, reply, {kind}, |part, out| {{",
            binds.join(", ")
        );
        w!(
            o,
            "                    backend.{name}(ctx, &{req_ty} {{ form: {fty}::Batch {{ {} }}{} }}, out)",
            rebuild.join(", "),
            rest(p.req, "req")
        );
        w!(o, "                }}),");
        w!(o, "            }}");
    } else {
        let atomic = match p.mode {
            Some((a, d)) if p.atomic() => format!(
                "req.{} == {}",
                snake(&a.name),
                entry_value(m, p.req, a, d, "atomic")
            ),
            _ => "false".into(),
        };
        let others = p.req.attributes.len() > 1;
        w!(
            o,
            "            rt::serve_batch_kept(req.{entry}, {kept}, {atomic}, window, reply, {kind}, |part, out| {{"
        );
        w!(
            o,
            "                backend.{name}(ctx, &{req_ty} {{ {entry}: part{} }}, out)",
            if others { ", ..req" } else { "" }
        );
        w!(o, "            }})");
    }
}

/// A batch op's single form: run as a one-entry batch, answered in the single form.
fn single_helpers(o: &mut String, m: &Fam<'_>, op: &Op, p: &BatchPlan<'_>) {
    let name = snake(&op.name);
    let req_ty = camel(&p.req.name);
    let fty = format!("{req_ty}Form");
    let rs_ty = camel(&p.result_set.name);
    let single: Vec<&Attribute> = p
        .req
        .forms
        .as_deref()
        .unwrap_or(&[])
        .iter()
        .find(|f| f.name == "single")
        .map(|f| f.attributes.iter().filter_map(|n| p.req.attr(n)).collect())
        .unwrap_or_default();
    let binds: Vec<String> = single.iter().map(|a| snake(&a.name)).collect();
    let entry_fields: Vec<String> = p
        .entry_set
        .attributes
        .iter()
        .map(|a| snake(&a.name))
        .collect();
    let batch: Vec<String> = p
        .req
        .forms
        .as_deref()
        .unwrap_or(&[])
        .iter()
        .find(|f| f.name == "batch")
        .map(|f| {
            f.attributes
                .iter()
                .filter_map(|n| p.req.attr(n))
                .map(|a| {
                    let v = if a.name == p.entry.name {
                        "rt::List::one(entry)".to_string()
                    } else if let Some((ma, d)) = p.mode.filter(|(ma, _)| ma.name == a.name) {
                        entry_value(m, p.req, ma, d, "independent")
                    } else {
                        absent(m, p.req, a)
                    };
                    format!("{}: {v}", snake(&a.name))
                })
                .collect()
        })
        .unwrap_or_default();
    w!(o, "");
    w!(
        o,
        "/// `{}` with a single-form request: run as a one-entry independent batch, so both paths",
        op.name
    );
    w!(o, "/// reach the same backend method.");
    w!(
        o,
        "fn {}_single<B: Backend + ?Sized>(backend: &mut B, ctx: &rt::Ctx, req: &{}, cancel: bool) -> ::core::result::Result<{rs_ty}, {ERRNO}> {{",
        op.name,
        m.set_ty(p.req, "'_")
    );
    w!(
        o,
        "    let {fty}::Single {{ {} }} = req.form else {{",
        binds.join(", ")
    );
    w!(o, "        return Err({ERRNO}::EINVAL);");
    w!(o, "    }};");
    w!(
        o,
        "    let entry = {} {{ {} }};",
        camel(&p.entry_set.name),
        entry_fields.join(", ")
    );
    w!(o, "    rt::run_one(cancel, |out| {{");
    w!(
        o,
        "        backend.{name}(ctx, &{req_ty} {{ form: {fty}::Batch {{ {} }}{} }}, out)",
        batch.join(", "),
        rest(p.req, "*req")
    );
    w!(o, "    }})");
    w!(o, "}}");
    w!(o, "");
    let rep_ty = camel(&p.rep.name);
    let fields: Vec<String> = p
        .rep
        .forms
        .as_deref()
        .unwrap_or(&[])
        .iter()
        .find(|f| f.name == "single")
        .map(|f| {
            f.attributes
                .iter()
                .map(|n| format!("{}: e.{}", snake(n), snake(n)))
                .collect()
        })
        .unwrap_or_default();
    w!(
        o,
        "/// The single-form reply of `{}` from the result of its one entry.",
        op.name
    );
    w!(
        o,
        "fn {}_single_reply(e: {rs_ty}) -> {} {{",
        op.name,
        m.set_ty(p.rep, "'static")
    );
    w!(
        o,
        "    {rep_ty} {{ form: {rep_ty}Form::Single {{ {} }} }}",
        fields.join(", ")
    );
    w!(o, "}}");
}
