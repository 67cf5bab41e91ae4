//! Facts derived from a linted family that every emitter needs: names in each language, the
//! Rust type of every attribute, which sets are part of requests, where attributes go in
//! registers.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use crate::spec::{int_width, is_scalar, AttrSet, Attribute, DefaultValue, Definition, Family, Op};

const KEYWORDS: &[&str] = &[
    "as", "break", "const", "continue", "else", "enum", "extern", "false", "fn", "for", "if",
    "impl", "in", "let", "loop", "match", "mod", "move", "mut", "pub", "ref", "return", "static",
    "struct", "trait", "true", "type", "unsafe", "use", "where", "while", "async", "await", "dyn",
    "abstract", "become", "box", "do", "final", "macro", "override", "priv", "typeof", "unsized",
    "virtual", "yield", "try", "gen",
];

/// Names that generated types must not take (std prelude items the generated code or its
/// users rely on).
const RESERVED_TYPES: &[&str] = &[
    "Backend",
    "Option",
    "Result",
    "Some",
    "None",
    "Ok",
    "Err",
    "Copy",
    "Clone",
    "Debug",
    "PartialEq",
    "Eq",
    "Send",
    "Sync",
    "Sized",
    "Default",
    "Drop",
    "Fn",
    "Iterator",
    "Self",
    "List",
    "Empty",
];

/// `map-req` / `grant_table` → `MapReq` / `GrantTable`.
pub fn camel(s: &str) -> String {
    s.split(['-', '_'])
        .filter(|p| !p.is_empty())
        .map(|p| {
            let mut c = p.chars();
            match c.next() {
                Some(f) => f.to_ascii_uppercase().to_string() + c.as_str(),
                None => String::new(),
            }
        })
        .collect()
}

/// `host-addr` → `host_addr` (raw identifiers for keywords).
pub fn snake(s: &str) -> String {
    let v = s.replace('-', "_");
    match v.as_str() {
        "self" | "super" | "crate" | "Self" => format!("{v}_"),
        _ if KEYWORDS.contains(&v.as_str()) => format!("r#{v}"),
        _ => v,
    }
}

/// `bad-gntref` → `BAD_GNTREF`.
pub fn shout(s: &str) -> String {
    let v = s.replace('-', "_").to_ascii_uppercase();
    if v.starts_with(|c: char| c.is_ascii_digit()) {
        format!("_{v}")
    } else {
        v
    }
}

/// How an attribute is held in its struct.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    /// `T`: required.
    Plain,
    /// `T`, filled with the default when absent.
    Default,
    /// `Option<T>`.
    Opt,
    /// `bool`: a flag.
    Flag,
    /// `List<'a, T>`: repeated.
    List,
}

/// The derived facts of one family.
pub struct Fam<'a> {
    pub f: &'a Family,
    /// Sets reachable from some op's request.
    pub request_sets: BTreeSet<String>,
    /// Definition → Rust inner type of its newtype.
    pub def_ty: BTreeMap<String, String>,
    /// Op → Rust type name of its marker struct.
    pub op_ty: BTreeMap<String, String>,
}

/// Rust integer type of a spec integer type.
pub fn rust_int(ty: &str) -> &'static str {
    match ty {
        "u8" => "u8",
        "u16" => "u16",
        "u32" => "u32",
        "u64" => "u64",
        "s8" => "i8",
        "s16" => "i16",
        "s32" => "i32",
        "s64" => "i64",
        "flag" => "bool",
        _ => "u64",
    }
}

impl<'a> Fam<'a> {
    pub fn new(f: &'a Family) -> Fam<'a> {
        let mut request_sets = BTreeSet::new();
        let mut stack: Vec<&str> = f.ops.iter().filter_map(|o| o.request.as_deref()).collect();
        while let Some(n) = stack.pop() {
            if request_sets.insert(n.to_string()) {
                if let Some(s) = f.set(n) {
                    for a in &s.attributes {
                        if let Some(inner) = &a.nested {
                            stack.push(inner);
                        }
                    }
                }
            }
        }
        let mut def_ty = BTreeMap::new();
        for s in &f.attribute_sets {
            for a in &s.attributes {
                if let Some(e) = &a.enumeration {
                    def_ty
                        .entry(e.clone())
                        .or_insert_with(|| rust_int(&a.ty).to_string());
                }
            }
        }
        for d in &f.definitions {
            def_ty.entry(d.name.clone()).or_insert_with(|| {
                let fits32 = d
                    .entries
                    .iter()
                    .all(|e| (i32::MIN as i128..=i32::MAX as i128).contains(&e.value.get()));
                match (d.ty.as_str(), fits32) {
                    ("flags", _) => "u64",
                    (_, true) => "i32",
                    _ => "i64",
                }
                .to_string()
            });
        }
        let mut taken: BTreeSet<String> = RESERVED_TYPES.iter().map(|s| s.to_string()).collect();
        for s in &f.attribute_sets {
            taken.insert(camel(&s.name));
            taken.insert(format!("{}Form", camel(&s.name)));
        }
        for d in &f.definitions {
            taken.insert(camel(&d.name));
        }
        let mut op_ty = BTreeMap::new();
        for o in &f.ops {
            let mut n = camel(&o.name);
            if taken.contains(&n) {
                n.push_str("Op");
            }
            taken.insert(n.clone());
            op_ty.insert(o.name.clone(), n);
        }
        Fam {
            f,
            request_sets,
            def_ty,
            op_ty,
        }
    }

    pub fn set(&self, name: &str) -> &'a AttrSet {
        self.f
            .set(name)
            .unwrap_or_else(|| panic!("linted: set {name} exists"))
    }

    /// The attribute is held with a lifetime.
    pub fn attr_lt(&self, a: &Attribute) -> bool {
        a.repeated
            || a.ty == "string"
            || a.ty == "binary"
            || (a.ty == "nest"
                && a.nested
                    .as_deref()
                    .is_some_and(|n| self.set_lt(self.set(n))))
    }

    /// The set is the payload of some nest attribute.
    pub fn is_nested(&self, s: &AttrSet) -> bool {
        self.f
            .attribute_sets
            .iter()
            .flat_map(|x| &x.attributes)
            .any(|a| a.nested.as_deref() == Some(s.name.as_str()))
    }

    /// The set's struct has a lifetime.
    pub fn set_lt(&self, s: &AttrSet) -> bool {
        s.attributes.iter().any(|a| self.attr_lt(a))
    }

    /// The set's form enum has a lifetime.
    pub fn form_lt(&self, s: &AttrSet) -> bool {
        s.attributes
            .iter()
            .any(|a| s.form_of(&a.name).is_some() && self.attr_lt(a))
    }

    /// `MapReq` or `MapReq<'a>`.
    pub fn set_ty(&self, s: &AttrSet, lt: &str) -> String {
        if self.set_lt(s) {
            format!("{}<{lt}>", camel(&s.name))
        } else {
            camel(&s.name)
        }
    }

    /// The definition newtype an attribute's values use, when its type matches.
    pub fn newtype(&self, a: &Attribute) -> Option<String> {
        let e = a.enumeration.as_ref()?;
        (self.def_ty.get(e).map(String::as_str) == Some(rust_int(&a.ty))).then(|| camel(e))
    }

    /// The Rust type of one occurrence.
    pub fn elem_ty(&self, a: &Attribute, lt: &str) -> String {
        match a.ty.as_str() {
            "string" => format!("&{lt} str"),
            "binary" => format!("&{lt} [u8]"),
            "nest" => self.set_ty(self.set(a.nested.as_deref().unwrap_or_default()), lt),
            t => self.newtype(a).unwrap_or_else(|| rust_int(t).to_string()),
        }
    }

    /// How the attribute is held.
    pub fn shape(&self, s: &AttrSet, a: &Attribute) -> Shape {
        let _ = s;
        if a.repeated {
            Shape::List
        } else if a.ty == "flag" {
            Shape::Flag
        } else if a.when.is_some() {
            Shape::Opt
        } else if a.required {
            Shape::Plain
        } else if a.default.is_some() {
            Shape::Default
        } else {
            Shape::Opt
        }
    }

    /// The field's Rust type.
    pub fn field_ty(&self, s: &AttrSet, a: &Attribute, lt: &str) -> String {
        let e = self.elem_ty(a, lt);
        match self.shape(s, a) {
            Shape::Plain | Shape::Default => e,
            Shape::Opt => format!("Option<{e}>"),
            Shape::Flag => "bool".to_string(),
            Shape::List => format!("hvlink_proto::rt::List<{lt}, {e}>"),
        }
    }

    /// The default as a Rust expression of the element type.
    pub fn default_expr(&self, a: &Attribute) -> String {
        let v = match a.default {
            Some(DefaultValue::Int(n)) => n.get(),
            Some(DefaultValue::Bool(b)) => b as i128,
            None => 0,
        };
        let lit = if v < 0 {
            format!("{v}")
        } else if v > 9 {
            format!("{v:#x}")
        } else {
            format!("{v}")
        };
        match self.newtype(a) {
            Some(t) => format!("{t}({lit})"),
            None => format!("{lit}{}", rust_int(&a.ty)),
        }
    }

    /// Values of closed enum `a` are checked (requests only).
    pub fn member_check(&self, s: &AttrSet, a: &Attribute) -> Option<String> {
        let e = a.enumeration.as_ref()?;
        let d = self.f.def(e)?;
        if d.open || d.ty != "enum" || !self.request_sets.contains(&s.name) {
            return None;
        }
        Some(format!("{}::ENTRIES", camel(e)))
    }

    /// The flag mask policy of `a` (closed flags in a request set).
    pub fn flag_mask(&self, s: &AttrSet, a: &Attribute) -> Option<u64> {
        let d = self.f.def(a.enumeration.as_ref()?)?;
        if d.open || d.ty != "flags" || !self.request_sets.contains(&s.name) {
            return None;
        }
        Some(d.entries.iter().fold(0u64, |m, e| m | e.value.get() as u64))
    }

    /// Policy entries in id order.
    pub fn sorted<'s>(&self, s: &'s AttrSet) -> Vec<&'s Attribute> {
        let mut v: Vec<&Attribute> = s.attributes.iter().collect();
        v.sort_by_key(|a| a.id);
        v
    }

    /// Index of `a` in the policy table.
    pub fn policy_index(&self, s: &AttrSet, a: &Attribute) -> usize {
        self.sorted(s)
            .iter()
            .position(|x| x.name == a.name)
            .unwrap_or(0)
    }

    /// Wire type field of `a` (must-understand bit included).
    pub fn raw_kind(a: &Attribute) -> String {
        if a.must_understand {
            format!("{:#x}", a.id | 0x4000)
        } else {
            format!("{}", a.id)
        }
    }

    /// `when`: (selector attribute, entry values).
    pub fn when(&self, s: &'a AttrSet, a: &Attribute) -> Option<(&'a Attribute, Vec<i128>)> {
        let (sel, names) = a.when.as_ref()?.iter().next()?;
        let sa = s.attr(sel)?;
        let d = self.f.def(sa.enumeration.as_deref()?)?;
        let vals = names
            .iter()
            .filter_map(|n| d.entries.iter().find(|e| &e.name == n))
            .map(|e| e.value.get())
            .collect();
        Some((sa, vals))
    }

    /// Statics' prefix for a set: `MAP_REQ`.
    pub fn set_static(s: &AttrSet) -> String {
        shout(&s.name)
    }

    /// The op's request / reply set.
    pub fn req(&self, o: &Op) -> Option<&'a AttrSet> {
        o.request.as_deref().map(|n| self.set(n))
    }
    pub fn rep(&self, o: &Op) -> Option<&'a AttrSet> {
        o.reply.as_deref().map(|n| self.set(n))
    }

    /// For a batch op: the reply's repeated nest attribute and its set.
    pub fn batch_entry(&self, o: &Op) -> Option<(&'a Attribute, &'a AttrSet)> {
        if !o.batch {
            return None;
        }
        let rep = self.rep(o)?;
        let a = rep
            .attributes
            .iter()
            .find(|a| a.repeated && a.ty == "nest")?;
        Some((a, self.set(a.nested.as_deref()?)))
    }
}

/// Register number (2 = rsi … 7 = r12).
pub fn reg_no(r: &str) -> usize {
    crate::spec::REGISTERS
        .iter()
        .position(|x| *x == r)
        .map_or(0, |i| i + 2)
}

/// Integer width helper re-exported for emitters.
pub fn width(ty: &str) -> Option<(u32, bool)> {
    int_width(ty)
}

/// How the serving glue runs a batch op (`batch: true`), derived from the spec: the request's
/// repeated nest holds the entries, the reply's repeated nest their results, each result
/// carries `index` and `status`, a `mode` attribute may choose `atomic`, and the forms
/// `single` / `batch` let one entry travel as top-level attributes (what a register call
/// carries). [`batch_plan`] checks that an op fits; the lint reports it when it does not.
#[derive(Debug, Clone, Copy)]
pub struct BatchPlan<'a> {
    /// The request set.
    pub req: &'a AttrSet,
    /// The request's repeated nest attribute (the entries).
    pub entry: &'a Attribute,
    /// The set of one entry.
    pub entry_set: &'a AttrSet,
    /// The reply set.
    pub rep: &'a AttrSet,
    /// The reply's repeated nest attribute (the results).
    pub result: &'a Attribute,
    /// The set of one result.
    pub result_set: &'a AttrSet,
    /// The result's `index` attribute.
    pub index: &'a Attribute,
    /// The result's `status` attribute.
    pub status: &'a Attribute,
    /// The status definition (has `okay` and `cancelled`).
    pub status_def: &'a Definition,
    /// The request's `mode` attribute and its definition, if it has one.
    pub mode: Option<(&'a Attribute, &'a Definition)>,
    /// The request and reply have the forms `single` and `batch`.
    pub forms: bool,
}

impl BatchPlan<'_> {
    /// The mode's definition has an `atomic` entry (the window is ignored for it).
    pub fn atomic(&self) -> bool {
        self.mode
            .is_some_and(|(_, d)| d.entries.iter().any(|e| e.name == "atomic"))
    }
}

/// Why a batch op does not fit the pattern the serving glue implements ([`batch_plan`]). The
/// names it holds are borrowed from the spec being checked; the lint turns it into a
/// diagnostic at the op's `batch` key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Error<'a> {
    /// The op names no request set.
    NoRequest,
    /// The op names no reply set.
    NoReply,
    /// A set (`what`: "request" or "reply") has not exactly one repeated nest attribute.
    Lists {
        /// "request" or "reply".
        what: &'static str,
        /// The set.
        set: &'a str,
        /// How many it has.
        found: usize,
    },
    /// The repeated nest attribute names no set.
    NoNestedSet {
        /// The set holding the attribute.
        set: &'a str,
        /// The attribute.
        attr: &'a str,
    },
    /// The result set has forms.
    ResultForms {
        /// The result set.
        set: &'a str,
    },
    /// A result attribute is not a scalar.
    ResultNotScalar {
        /// The result set.
        set: &'a str,
        /// The attribute.
        attr: &'a str,
        /// Its type.
        ty: &'a str,
    },
    /// The result set has no required non-repeated u32 `index`.
    NoIndex {
        /// The result set.
        set: &'a str,
    },
    /// The result set has no required non-repeated integer `status`.
    NoStatus {
        /// The result set.
        set: &'a str,
    },
    /// `status` has no enum with `okay` and `cancelled`.
    StatusEnum {
        /// The result set.
        set: &'a str,
    },
    /// A result attribute other than `index` and `status` is required.
    ResultRequired {
        /// The result set.
        set: &'a str,
        /// The attribute.
        attr: &'a str,
    },
    /// The request's `mode` is not a non-repeated integer with an enum.
    ModeType {
        /// The request set.
        set: &'a str,
    },
    /// The request's `mode` has no entry `independent` (needed with forms).
    ModeIndependent {
        /// The request set.
        set: &'a str,
    },
    /// A set (`what`: "request" or "reply") does not have exactly the forms `single` and
    /// `batch`, in this order.
    Forms {
        /// "request" or "reply".
        what: &'static str,
        /// The set.
        set: &'a str,
    },
    /// The entries or the mode are outside the request's `batch` form.
    RequestBatchForm {
        /// The request set.
        set: &'a str,
    },
    /// The reply's `batch` form holds more than the results.
    ReplyBatchForm {
        /// The reply set.
        set: &'a str,
    },
    /// The reply has an attribute outside its forms.
    ReplyCommon {
        /// The reply set.
        set: &'a str,
        /// The attribute.
        attr: &'a str,
    },
    /// An attribute of an entry or result set has no counterpart in the `single` form.
    NoSingle {
        /// The entry or result set.
        set: &'a str,
        /// The attribute.
        attr: &'a str,
        /// The request or reply set whose `single` form lacks it.
        of: &'a str,
    },
    /// An attribute of the request's `single` form differs from the entry set's.
    SingleDiffers {
        /// The request set.
        set: &'a str,
        /// The attribute.
        attr: &'a str,
        /// The entry set.
        entry_set: &'a str,
    },
    /// An attribute of the request's `single` form is not in the entry set.
    SingleNotInEntry {
        /// The request set.
        set: &'a str,
        /// The attribute.
        attr: &'a str,
        /// The entry set.
        entry_set: &'a str,
    },
    /// An attribute of the reply's `single` form is not the same in the result set.
    SingleNotInResult {
        /// The reply set.
        set: &'a str,
        /// The attribute.
        attr: &'a str,
        /// The result set.
        result_set: &'a str,
    },
    /// An attribute of the request's `batch` form is required, but a single-form request has
    /// no value for it.
    BatchRequired {
        /// The request set.
        set: &'a str,
        /// The attribute.
        attr: &'a str,
    },
    /// Without forms, the reply carries more than its results.
    ReplyResultsOnly {
        /// The reply set.
        set: &'a str,
    },
    /// The op has a register mapping but no forms.
    RegistersNeedForms,
    /// The op's register mapping carries another form than `single`.
    RegistersSingleForm,
}

impl fmt::Display for Error<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            Error::NoRequest => f.write_str("a batch op needs a request set"),
            Error::NoReply => f.write_str("a batch op needs a reply set (its per-entry results)"),
            Error::Lists { what, set, found } => write!(
                f,
                "a batch op's {what} set `{set}` needs exactly one repeated nest attribute, not {found}"
            ),
            Error::NoNestedSet { set, attr } => write!(f, "`{set}.{attr}` names no set"),
            Error::ResultForms { set } => {
                write!(f, "the result set `{set}` of a batch op has no forms")
            }
            Error::ResultNotScalar { set, attr, ty } => write!(
                f,
                "a batch op's results hold scalars only; `{set}.{attr}` is `{ty}`"
            ),
            Error::NoIndex { set } => write!(
                f,
                "the result set `{set}` needs a required u32 attribute `index` (the entry's position)"
            ),
            Error::NoStatus { set } => write!(
                f,
                "the result set `{set}` needs a required integer attribute `status`"
            ),
            Error::StatusEnum { set } => write!(
                f,
                "`{set}.status` needs an enum with entries `okay` and `cancelled`"
            ),
            Error::ResultRequired { set, attr } => write!(
                f,
                "`{set}.{attr}` cannot be required: a cancelled entry reports only `index` and `status`"
            ),
            Error::ModeType { set } => write!(
                f,
                "`{set}.mode` of a batch op is a non-repeated integer with an enum"
            ),
            Error::ModeIndependent { set } => write!(
                f,
                "`{set}.mode` needs an entry `independent` (a single-form request runs as a one-entry independent batch)"
            ),
            Error::Forms { what, set } => write!(
                f,
                "the {what} set `{set}` of a batch op has exactly the forms `single` and `batch` (in this order)"
            ),
            Error::RequestBatchForm { set } => write!(
                f,
                "`{set}`: the entries and the mode belong to the `batch` form"
            ),
            Error::ReplyBatchForm { set } => {
                write!(f, "`{set}`: the `batch` form holds the results only")
            }
            Error::ReplyCommon { set, attr } => write!(
                f,
                "`{set}.{attr}`: a batch op's reply has no common attributes (a batch reply carries results only)"
            ),
            Error::NoSingle { set, attr, of } => write!(
                f,
                "`{set}.{attr}` has no counterpart in the `single` form of `{of}`"
            ),
            Error::SingleDiffers {
                set,
                attr,
                entry_set,
            } => write!(
                f,
                "`{set}.{attr}` differs from `{entry_set}.{attr}` (type, enum, required, default, range or when)"
            ),
            Error::SingleNotInEntry {
                set,
                attr,
                entry_set,
            } => write!(
                f,
                "`{set}.{attr}` (single form) is not an attribute of the entry set `{entry_set}`"
            ),
            Error::SingleNotInResult {
                set,
                attr,
                result_set,
            } => write!(
                f,
                "`{set}.{attr}` (single form) needs the same attribute in the result set `{result_set}`"
            ),
            Error::BatchRequired { set, attr } => write!(
                f,
                "`{set}.{attr}` is required in the batch form; a single-form request has no value for it"
            ),
            Error::ReplyResultsOnly { set } => write!(
                f,
                "the reply `{set}` of a batch op without forms carries its results only"
            ),
            Error::RegistersNeedForms => f.write_str(
                "a batch op with a register mapping needs the forms `single` and `batch`",
            ),
            Error::RegistersSingleForm => {
                f.write_str("a batch op's register call carries the `single` form")
            }
        }
    }
}

impl std::error::Error for Error<'_> {}

/// What must agree between an attribute of a single form and the same-named attribute of an
/// entry set, so that one converts into the other without changing meaning or validation.
fn same_attr(a: &Attribute, b: &Attribute) -> bool {
    a.ty == b.ty
        && a.enumeration == b.enumeration
        && a.nested == b.nested
        && a.repeated == b.repeated
        && a.required == b.required
        && a.default == b.default
        && a.min_value == b.min_value
        && a.max_value == b.max_value
        && a.min_len == b.min_len
        && a.max_len == b.max_len
        && a.when == b.when
}

/// The attributes of form `name` of `s`.
fn form_attrs<'s>(s: &'s AttrSet, name: &str) -> Option<Vec<&'s Attribute>> {
    let f = s.forms.as_deref()?.iter().find(|f| f.name == name)?;
    Some(f.attributes.iter().filter_map(|n| s.attr(n)).collect())
}

/// The form names of a set, in order.
fn form_names(s: &AttrSet) -> Vec<&str> {
    s.forms
        .as_deref()
        .unwrap_or(&[])
        .iter()
        .map(|f| f.name.as_str())
        .collect()
}

/// The one repeated nest attribute of a set and its nested set.
fn one_list<'a>(
    f: &'a Family,
    s: &'a AttrSet,
    what: &'static str,
) -> Result<(&'a Attribute, &'a AttrSet), Error<'a>> {
    let lists: Vec<&Attribute> = s
        .attributes
        .iter()
        .filter(|a| a.repeated && a.ty == "nest")
        .collect();
    let [a] = lists[..] else {
        return Err(Error::Lists {
            what,
            set: &s.name,
            found: lists.len(),
        });
    };
    let inner = a
        .nested
        .as_deref()
        .and_then(|n| f.set(n))
        .ok_or(Error::NoNestedSet {
            set: &s.name,
            attr: &a.name,
        })?;
    Ok((a, inner))
}

/// Check that batch op `op` fits the pattern the serving glue implements, and describe it.
/// The error says what does not fit (the first thing found).
pub fn batch_plan<'a>(f: &'a Family, op: &Op) -> Result<BatchPlan<'a>, Error<'a>> {
    let req = op
        .request
        .as_deref()
        .and_then(|n| f.set(n))
        .ok_or(Error::NoRequest)?;
    let rep = op
        .reply
        .as_deref()
        .and_then(|n| f.set(n))
        .ok_or(Error::NoReply)?;
    let (entry, entry_set) = one_list(f, req, "request")?;
    let (result, result_set) = one_list(f, rep, "reply")?;
    if result_set.has_forms() {
        return Err(Error::ResultForms {
            set: &result_set.name,
        });
    }
    if let Some(a) = result_set.attributes.iter().find(|a| !is_scalar(&a.ty)) {
        return Err(Error::ResultNotScalar {
            set: &result_set.name,
            attr: &a.name,
            ty: &a.ty,
        });
    }
    let index = result_set
        .attr("index")
        .filter(|a| a.ty == "u32" && a.required && !a.repeated)
        .ok_or(Error::NoIndex {
            set: &result_set.name,
        })?;
    let status = result_set
        .attr("status")
        .filter(|a| a.required && !a.repeated && int_width(&a.ty).is_some())
        .ok_or(Error::NoStatus {
            set: &result_set.name,
        })?;
    let status_def = status
        .enumeration
        .as_deref()
        .and_then(|e| f.def(e))
        .filter(|d| {
            d.ty == "enum"
                && ["okay", "cancelled"]
                    .iter()
                    .all(|n| d.entries.iter().any(|e| e.name == *n))
        })
        .ok_or(Error::StatusEnum {
            set: &result_set.name,
        })?;
    if let Some(a) = result_set
        .attributes
        .iter()
        .find(|a| a.name != "index" && a.name != "status" && a.required)
    {
        return Err(Error::ResultRequired {
            set: &result_set.name,
            attr: &a.name,
        });
    }
    let forms = req.has_forms() || rep.has_forms();
    let mode = match req.attr("mode") {
        None => None,
        Some(a) => {
            let d = a
                .enumeration
                .as_deref()
                .and_then(|e| f.def(e))
                .filter(|d| d.ty == "enum" && !a.repeated && int_width(&a.ty).is_some())
                .ok_or(Error::ModeType { set: &req.name })?;
            if forms && !d.entries.iter().any(|e| e.name == "independent") {
                return Err(Error::ModeIndependent { set: &req.name });
            }
            Some((a, d))
        }
    };
    // Attributes of the batch form (or of the set) other than the entries and the mode are
    // filled in when a single-form request becomes a batch: they need a value for "absent".
    if forms {
        for (s, what) in [(req, "request"), (rep, "reply")] {
            if form_names(s) != ["single", "batch"] {
                return Err(Error::Forms { what, set: &s.name });
            }
        }
        if req.form_of(&entry.name).is_none_or(|x| x.name != "batch")
            || mode.is_some_and(|(a, _)| req.form_of(&a.name).is_none_or(|x| x.name != "batch"))
        {
            return Err(Error::RequestBatchForm { set: &req.name });
        }
        if rep.form_of(&result.name).is_none_or(|x| x.name != "batch")
            || form_attrs(rep, "batch").is_some_and(|v| v.len() != 1)
        {
            return Err(Error::ReplyBatchForm { set: &rep.name });
        }
        if let Some(a) = rep
            .attributes
            .iter()
            .find(|a| rep.form_of(&a.name).is_none())
        {
            return Err(Error::ReplyCommon {
                set: &rep.name,
                attr: &a.name,
            });
        }
        let single = form_attrs(req, "single").unwrap_or_default();
        for b in &entry_set.attributes {
            if !single.iter().any(|a| a.name == b.name) {
                return Err(Error::NoSingle {
                    set: &entry_set.name,
                    attr: &b.name,
                    of: &req.name,
                });
            }
        }
        for a in &single {
            match entry_set.attr(&a.name) {
                Some(b) if same_attr(a, b) => {}
                Some(_) => {
                    return Err(Error::SingleDiffers {
                        set: &req.name,
                        attr: &a.name,
                        entry_set: &entry_set.name,
                    })
                }
                None => {
                    return Err(Error::SingleNotInEntry {
                        set: &req.name,
                        attr: &a.name,
                        entry_set: &entry_set.name,
                    })
                }
            }
        }
        let single = form_attrs(rep, "single").unwrap_or_default();
        for b in &result_set.attributes {
            if b.name != "index" && !single.iter().any(|a| a.name == b.name) {
                return Err(Error::NoSingle {
                    set: &result_set.name,
                    attr: &b.name,
                    of: &rep.name,
                });
            }
        }
        for a in &single {
            match result_set.attr(&a.name) {
                Some(b) if a.name != "index" && same_attr(a, b) => {}
                _ => {
                    return Err(Error::SingleNotInResult {
                        set: &rep.name,
                        attr: &a.name,
                        result_set: &result_set.name,
                    })
                }
            }
        }
        for a in form_attrs(req, "batch").unwrap_or_default() {
            let filled =
                a.name == entry.name || mode.is_some_and(|(m, _)| m.name == a.name) || !a.required;
            if !filled {
                return Err(Error::BatchRequired {
                    set: &req.name,
                    attr: &a.name,
                });
            }
        }
    } else {
        if rep.attributes.len() != 1 {
            return Err(Error::ReplyResultsOnly { set: &rep.name });
        }
        if op.fastabi.is_some() {
            return Err(Error::RegistersNeedForms);
        }
    }
    if let Some(fa) = &op.fastabi {
        if fa.form.as_deref() != Some("single") {
            return Err(Error::RegistersSingleForm);
        }
    }
    Ok(BatchPlan {
        req,
        entry,
        entry_set,
        rep,
        result,
        result_set,
        index,
        status,
        status_def,
        mode,
        forms,
    })
}
