//! The spec as read from YAML: one struct per level of `proto/spec/SCHEMA.md`, with
//! `deny_unknown_fields` everywhere so that a misspelt key is an error, not a silently
//! dropped rule.

use std::collections::BTreeMap;

use serde::Deserialize;

/// An integer key that may be written signed or as a large unsigned (hex) value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(untagged)]
pub enum Num {
    /// Fits i64.
    I(i64),
    /// Above i64::MAX.
    U(u64),
}

impl Num {
    /// The value.
    pub fn get(self) -> i128 {
        match self {
            Num::I(v) => v as i128,
            Num::U(v) => v as i128,
        }
    }
}

/// A `default`: an integer, or a bool for a flag.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(untagged)]
pub enum DefaultValue {
    /// For `flag`.
    Bool(bool),
    /// For integer types.
    Int(Num),
}

/// One file: a family.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Family {
    pub name: String,
    pub id: i64,
    pub msg_type: i64,
    pub version: i64,
    #[serde(default)]
    pub xen: Option<String>,
    pub doc: String,
    /// Served by the host engine itself (the control family), not by a hypervisor backend:
    /// left out of the generated `Backends` aggregate and its `serve`/`serve_regs`.
    #[serde(default)]
    pub host_served: bool,
    #[serde(default)]
    pub definitions: Vec<Definition>,
    #[serde(default)]
    pub attribute_sets: Vec<AttrSet>,
    pub ops: Vec<Op>,
}

/// An enum or flag set.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Definition {
    pub name: String,
    #[serde(rename = "type")]
    pub ty: String,
    #[serde(default)]
    pub open: bool,
    pub doc: String,
    pub entries: Vec<Entry>,
}

/// One entry of a definition.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Entry {
    pub name: String,
    pub value: Num,
    pub doc: String,
}

/// An attribute set.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct AttrSet {
    pub name: String,
    pub doc: String,
    pub attributes: Vec<Attribute>,
    #[serde(default)]
    pub forms: Option<Vec<Form>>,
}

/// A form of a set.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Form {
    pub name: String,
    pub doc: String,
    pub attributes: Vec<String>,
}

/// An attribute.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Attribute {
    pub name: String,
    pub id: i64,
    #[serde(rename = "type")]
    pub ty: String,
    pub doc: String,
    #[serde(default)]
    pub required: bool,
    #[serde(default)]
    pub repeated: bool,
    #[serde(default)]
    pub max_count: Option<i64>,
    #[serde(default)]
    pub must_understand: bool,
    #[serde(default)]
    pub since: Option<i64>,
    #[serde(default, rename = "enum")]
    pub enumeration: Option<String>,
    #[serde(default)]
    pub nested: Option<String>,
    #[serde(default)]
    pub min_len: Option<i64>,
    #[serde(default)]
    pub max_len: Option<i64>,
    #[serde(default)]
    pub min_value: Option<Num>,
    #[serde(default)]
    pub max_value: Option<Num>,
    #[serde(default)]
    pub default: Option<DefaultValue>,
    #[serde(default)]
    pub when: Option<BTreeMap<String, Vec<String>>>,
}

/// An op.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Op {
    pub name: String,
    pub id: i64,
    #[serde(default)]
    pub xen: Option<String>,
    pub doc: String,
    #[serde(default)]
    pub since: Option<i64>,
    pub privilege: String,
    #[serde(default)]
    pub target_domain: Option<String>,
    /// A device-model domain may make the call on its target (Xen's `IS_PRIV_FOR`).
    #[serde(default)]
    pub device_model: bool,
    /// A dump: the reply comes in parts, resumable from a `cursor` (netlink dump semantics).
    #[serde(default)]
    pub dump: bool,
    #[serde(default)]
    pub request: Option<String>,
    #[serde(default)]
    pub reply: Option<String>,
    pub max_reply: i64,
    #[serde(default, rename = "async")]
    pub is_async: bool,
    #[serde(default)]
    pub batch: bool,
    #[serde(default)]
    pub fastabi: Option<FastAbi>,
    #[serde(default)]
    pub ring_only: Option<String>,
    #[serde(default)]
    pub register_only: Option<String>,
}

/// A FastABI register mapping.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct FastAbi {
    #[serde(default)]
    pub form: Option<String>,
    #[serde(rename = "in")]
    pub inputs: BTreeMap<String, String>,
    #[serde(rename = "out")]
    pub outputs: BTreeMap<String, String>,
}

/// The registers, in the RFC's order (reg2..reg7).
pub const REGISTERS: [&str; 6] = ["rsi", "r8", "r9", "r10", "r11", "r12"];

/// Scalar types (may go in registers).
pub fn is_scalar(ty: &str) -> bool {
    int_width(ty).is_some() || ty == "flag"
}

/// Integer types: (bytes, signed).
pub fn int_width(ty: &str) -> Option<(u32, bool)> {
    Some(match ty {
        "u8" => (1, false),
        "u16" => (2, false),
        "u32" => (4, false),
        "u64" => (8, false),
        "s8" => (1, true),
        "s16" => (2, true),
        "s32" => (4, true),
        "s64" => (8, true),
        _ => return None,
    })
}

/// The range of an integer type.
pub fn int_range(ty: &str) -> Option<(i128, i128)> {
    let (w, signed) = int_width(ty)?;
    let bits = w * 8;
    Some(if signed {
        (-(1i128 << (bits - 1)), (1i128 << (bits - 1)) - 1)
    } else {
        (0, (1i128 << bits) - 1)
    })
}

impl Family {
    /// The set named `name`.
    pub fn set(&self, name: &str) -> Option<&AttrSet> {
        self.attribute_sets.iter().find(|s| s.name == name)
    }

    /// The definition named `name`.
    pub fn def(&self, name: &str) -> Option<&Definition> {
        self.definitions.iter().find(|d| d.name == name)
    }
}

impl AttrSet {
    /// The attribute named `name`.
    pub fn attr(&self, name: &str) -> Option<&Attribute> {
        self.attributes.iter().find(|a| a.name == name)
    }

    /// The form `name` belongs to, if any.
    pub fn form_of(&self, attr: &str) -> Option<&Form> {
        self.forms
            .as_deref()
            .unwrap_or(&[])
            .iter()
            .find(|f| f.attributes.iter().any(|a| a == attr))
    }

    /// The set has forms.
    pub fn has_forms(&self) -> bool {
        self.forms.as_ref().is_some_and(|f| !f.is_empty())
    }
}
