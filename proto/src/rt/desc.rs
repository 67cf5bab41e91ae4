//! Descriptors (introspection).

#[allow(unused_imports)]
use super::*;

/// Privilege class of an op (values as the control family's `privilege` definition).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Privilege {
    /// Guest kernel only: kernel queues and register calls.
    Privileged = 0,
    /// Guest userspace too, through a userspace queue.
    Logical = 1,
    /// Acts on another domain: the control domain, or as the host's policy allows.
    Control = 2,
}

/// Op property bits (values as the control family's `op-flags` definition).
pub mod op_flags {
    /// The op has a FastABI register mapping.
    pub const FASTABI: u32 = 0x1;
    /// The reply may come later.
    pub const ASYNC: u32 = 0x2;
    /// The request carries many entries.
    pub const BATCH: u32 = 0x4;
    /// The op names a target domain.
    pub const TARGET_DOMAIN: u32 = 0x8;
    /// The op is refused on a ring.
    pub const REGISTER_ONLY: u32 = 0x10;
    /// A device-model domain may make the call on its target (Xen's `IS_PRIV_FOR`).
    pub const DEVICE_MODEL: u32 = 0x20;
    /// A dump: asked with the request flag DUMP, the reply comes in parts (MULTI), each
    /// resuming from the previous part's `cursor`, then DONE.
    pub const DUMP: u32 = 0x40;
}

/// One attribute of a set, as the spec describes it. `SetDesc::attrs[i]` describes
/// `SetDesc::policy.attrs[i]`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AttrDesc {
    /// Attribute type number.
    pub kind: u16,
    /// Spec name.
    pub name: &'static str,
    /// Spec type name (`u32`, `nest`, …).
    pub ty: &'static str,
    /// One-line doc.
    pub doc: &'static str,
    /// Required (in its form, if it belongs to one).
    pub required: bool,
    /// Most occurrences (0 = not repeated).
    pub max_count: u32,
    /// Senders set the must-understand bit.
    pub must_understand: bool,
    /// Family version that introduced it.
    pub since: u8,
    /// Value assumed when absent (two's complement for signed types; 1 for a true flag).
    pub default: Option<i64>,
    /// The definition its values come from.
    pub enumeration: Option<&'static str>,
    /// The payload's set, for a nest.
    pub nested: Option<&'static SetDesc>,
    /// The form it belongs to (None: common to all forms).
    pub form: Option<&'static str>,
    /// `when`: the selector's type number and the entry values that allow it.
    pub when: Option<(u16, &'static [i64])>,
}

/// A named form of a set.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FormDesc {
    /// Form name.
    pub name: &'static str,
    /// One-line doc.
    pub doc: &'static str,
}

/// An attribute set.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SetDesc {
    /// Spec name.
    pub name: &'static str,
    /// One-line doc.
    pub doc: &'static str,
    /// The validation policy.
    pub policy: &'static Policy,
    /// The attributes, in the order of `policy.attrs`.
    pub attrs: &'static [AttrDesc],
    /// The forms (empty, or at least two).
    pub forms: &'static [FormDesc],
}

impl SetDesc {
    /// The attribute of type `kind`, with its policy.
    pub fn attr(&self, kind: u16) -> Option<(&'static AttrDesc, &'static AttrPolicy)> {
        let (i, p) = self.policy.lookup(kind)?;
        Some((self.attrs.get(i)?, p))
    }
}

/// One op of a family.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OpDesc {
    /// Family name.
    pub family: &'static str,
    /// Family id (hypercall number).
    pub family_id: u16,
    /// Message type of the family's ring messages.
    pub msg_type: u16,
    /// Current family version.
    pub family_version: u8,
    /// Op name.
    pub name: &'static str,
    /// Op id (`cmd` on a ring, rdi in a register call).
    pub id: u8,
    /// Family version that introduced the op.
    pub since: u8,
    /// Privilege class when the op acts on the caller.
    pub privilege: Privilege,
    /// [`op_flags`] bits.
    pub flags: u32,
    /// Request set ([`EMPTY_SET`] when the request has no attributes).
    pub request: &'static SetDesc,
    /// Reply set ([`EMPTY_SET`] when the reply is a bare ACK).
    pub reply: &'static SetDesc,
    /// Upper bound of the reply's attributes in bytes.
    pub max_reply: u32,
    /// The request attribute naming the target domain.
    pub target_domain: Option<u16>,
    /// The register mapping.
    pub fastabi: Option<RegMap>,
    /// Why the op has no register form.
    pub ring_only: Option<&'static str>,
    /// Why the op is refused on a ring.
    pub register_only: Option<&'static str>,
    /// One-line doc.
    pub doc: &'static str,
}

impl OpDesc {
    /// The class of one call: `Control` if the op is, or if it names a target domain that is
    /// neither DOMID_SELF nor the caller; the op's own class otherwise.
    pub fn effective_privilege(&self, target: Option<u16>, caller: u16) -> Privilege {
        match (self.privilege, self.target_domain, target) {
            (Privilege::Control, _, _) => Privilege::Control,
            (_, Some(_), Some(t)) if t != DOMID_SELF && t != caller => Privilege::Control,
            (p, _, _) => p,
        }
    }
}

/// One family.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FamilyDesc {
    /// Family name.
    pub name: &'static str,
    /// Family id (hypercall number).
    pub id: u16,
    /// Message type of its ring messages.
    pub msg_type: u16,
    /// Current version.
    pub version: u8,
    /// Doc paragraph.
    pub doc: &'static str,
    /// The ops, by id.
    pub ops: &'static [&'static OpDesc],
}

/// Whether a definition's values are alternatives or bits.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DefKind {
    /// An enum: a value is one of the entries.
    Enum,
    /// A flag set: a value is any combination of the entries' bits.
    Flags,
}

/// One definition (enum or flag set) of the spec, found by the name an attribute gives in
/// [`AttrDesc::enumeration`]: what a generic encoder or decoder needs to turn `"host-map"`
/// into `0x2` and back. The generated `DEFINITIONS` table lists every one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DefDesc {
    /// Spec name (`gntmap-flags`).
    pub name: &'static str,
    /// Enum or flag set.
    pub kind: DefKind,
    /// Open: values beyond the entries are valid (a newer peer may send them).
    pub open: bool,
    /// `(entry name, value)` in spec order; for a flag set the value is the entry's mask.
    /// The same table as the definition newtype's `ENTRIES`.
    pub entries: &'static [(&'static str, i64)],
}

impl DefDesc {
    /// The value of the entry called `name`: spec spelling, any case, `_` for `-`,
    /// surrounding white space ignored.
    pub fn value_of(&self, name: &str) -> Option<i64> {
        let name = name.trim().as_bytes();
        let same = |spec: &str| {
            spec.len() == name.len()
                && spec.bytes().zip(name).all(|(s, &g)| {
                    let g = if g == b'_' { b'-' } else { g };
                    s == g.to_ascii_lowercase()
                })
        };
        self.entries.iter().find(|(n, _)| same(n)).map(|(_, v)| *v)
    }

    /// The name of the entry whose value is `v` (for an enum; a flag set's single bits too).
    pub fn name_of(&self, v: i128) -> Option<&'static str> {
        self.entries
            .iter()
            .find(|(_, e)| i128::from(*e) == v)
            .map(|(n, _)| *n)
    }
}

/// The op a ring message names: `ENOSYS` for an unknown family or op ("not supported"),
/// `EOPNOTSUPP` for a register-only op.
pub fn lookup_msg(
    families: &'static [&'static FamilyDesc],
    msg_type: u16,
    cmd: u8,
) -> core::result::Result<&'static OpDesc, Errno> {
    let fam = families
        .iter()
        .find(|f| f.msg_type == msg_type)
        .ok_or(Errno::ENOSYS)?;
    let op = fam.ops.iter().find(|o| o.id == cmd).ok_or(Errno::ENOSYS)?;
    if op.register_only.is_some() {
        return Err(Errno::EOPNOTSUPP);
    }
    Ok(op)
}

/// The op a register call names (rax without the FastABI bit, rdi): `ENOSYS` for an unknown
/// family or op, a rax without the FastABI bit, or a ring-only op.
pub fn lookup_regs(
    families: &'static [&'static FamilyDesc],
    rax: u64,
    rdi: u64,
) -> core::result::Result<&'static OpDesc, Errno> {
    if rax & FASTABI_BIT == 0 {
        return Err(Errno::ENOSYS);
    }
    let id = u16::try_from(rax & !FASTABI_BIT).map_err(|_| Errno::ENOSYS)?;
    let cmd = u8::try_from(rdi).map_err(|_| Errno::ENOSYS)?;
    let fam = families.iter().find(|f| f.id == id).ok_or(Errno::ENOSYS)?;
    let op = fam.ops.iter().find(|o| o.id == cmd).ok_or(Errno::ENOSYS)?;
    if op.fastabi.is_none() {
        return Err(Errno::ENOSYS);
    }
    Ok(op)
}
