//! Debug formatting of definition newtypes.

#[allow(unused_imports)]
use super::*;

/// `Debug` of an enum newtype: the entry name, or `Type(value)` for a value the spec does not
/// list (a newer peer's, or a hostile one's).
pub fn fmt_enum(
    f: &mut fmt::Formatter<'_>,
    ty: &str,
    entries: &[(&str, i64)],
    v: i128,
) -> fmt::Result {
    match entries.iter().find(|e| e.1 as i128 == v) {
        Some(e) => f.write_str(e.0),
        None => write!(f, "{ty}({v})"),
    }
}

/// `Debug` of a flags newtype: the entries whose bits are all set, joined by `|`, then any
/// bits left over in hex; `0` when empty.
pub fn fmt_flags(f: &mut fmt::Formatter<'_>, entries: &[(&str, i64)], v: u64) -> fmt::Result {
    let mut rest = v;
    let mut first = true;
    for (name, mask) in entries {
        let m = *mask as u64;
        if m != 0 && v & m == m {
            if !first {
                f.write_str(" | ")?;
            }
            f.write_str(name)?;
            first = false;
            rest &= !m;
        }
    }
    if rest != 0 || first {
        if !first {
            f.write_str(" | ")?;
        }
        write!(f, "{rest:#x}")?;
    }
    Ok(())
}

impl From<Error> for Errno {
    /// The status a codec error is reported with (`EINVAL`, `E2BIG`, `EOPNOTSUPP`, `ENOBUFS`).
    fn from(e: Error) -> Errno {
        Errno(-e.errno())
    }
}

impl Errno {
    /// rax value for this error: the negated code, sign-extended.
    pub const fn to_rax(self) -> u64 {
        (-(self.0 as i64)) as u64
    }
}

// The codec's policy type is part of the descriptors; re-exported for generated code.
#[doc(hidden)]
pub use hvlink_codec::policy::AttrType as PolicyType;
#[doc(hidden)]
pub use hvlink_codec::policy::Values as PolicyValues;
