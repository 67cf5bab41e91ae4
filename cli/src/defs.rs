//! The spec's definitions (enums and flag sets) by name, so that the generic encoder and
//! decoder can turn `"host-map"` into `0x2` and back.
//!
//! The descriptors ([`AttrDesc::enumeration`](hvlink_proto::rt::AttrDesc)) name a definition
//! but the generated crate has no table from that name to the entries (each definition is a
//! newtype with an `ENTRIES` constant). This module is that table. A test checks that every
//! definition any attribute names is here, and that the enum/flags kind agrees with the spec,
//! so a new definition cannot be forgotten silently.

use hvlink_proto::{control, event_channel, grant_table, hvm, memory, sched, vcpu, version};

/// Whether a definition's values are alternatives or bits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// One of the entries.
    Enum,
    /// Any combination of the entries' bits.
    Flags,
}

/// One definition.
#[derive(Debug, Clone, Copy)]
pub struct Def {
    /// Spec name (`gntmap-flags`).
    pub name: &'static str,
    /// Enum or flag set.
    pub kind: Kind,
    /// `(entry name, value)`; for flags the value is the mask.
    pub entries: &'static [(&'static str, i64)],
}

macro_rules! defs {
    ($($name:literal => $kind:ident $ty:path;)*) => {
        /// Every definition of the spec.
        pub static DEFS: &[Def] = &[
            $(Def { name: $name, kind: Kind::$kind, entries: <$ty>::ENTRIES },)*
        ];
    };
}

defs! {
    "privilege" => Enum control::Privilege;
    "op-flags" => Flags control::OpFlags;
    "attr-type" => Enum control::AttrType;
    "direction" => Enum control::Direction;
    "protocol-features" => Flags control::ProtocolFeatures;
    "queue-kind" => Enum control::QueueKind;
    "queue-features" => Flags control::QueueFeatures;
    "cancel-result" => Enum control::CancelResult;
    "errno" => Enum control::Errno;
    "special-domid" => Enum control::SpecialDomid;
    "evtchn-status" => Enum event_channel::EvtchnStatus;
    "virq" => Enum event_channel::Virq;
    "bind-pirq-flags" => Flags event_channel::BindPirqFlags;
    "gntmap-flags" => Flags grant_table::GntmapFlags;
    "gntst" => Enum grant_table::Gntst;
    "gntcopy-flags" => Flags grant_table::GntcopyFlags;
    "map-mode" => Enum grant_table::MapMode;
    "batch-mode" => Enum grant_table::BatchMode;
    "hvm-param" => Enum hvm::HvmParam;
    "hvmmem-type" => Enum hvm::HvmmemType;
    "e820-type" => Enum memory::E820Type;
    "shutdown-reason" => Enum sched::ShutdownReason;
    "runstate" => Enum vcpu::Runstate;
    "singleshot-flags" => Flags vcpu::SingleshotFlags;
    "xen-features" => Flags version::XenFeatures;
}

/// The definition called `name`.
pub fn lookup(name: &str) -> Option<&'static Def> {
    DEFS.iter().find(|d| d.name == name)
}

impl Def {
    /// The value of entry `name` (spec spelling; `_` accepted for `-`, any case).
    pub fn value_of(&self, name: &str) -> Option<i64> {
        let want = name.trim().replace('_', "-").to_ascii_lowercase();
        self.entries
            .iter()
            .find(|(n, _)| *n == want)
            .map(|(_, v)| *v)
    }

    /// The entry name of an enum value.
    pub fn name_of(&self, v: i128) -> Option<&'static str> {
        self.entries
            .iter()
            .find(|(_, e)| i128::from(*e) == v)
            .map(|(n, _)| *n)
    }

    /// A flags value as entry names, plus the bits no entry covers (0 when none).
    pub fn flag_names(&self, v: u64) -> (Vec<&'static str>, u64) {
        let mut rest = v;
        let mut names = Vec::new();
        for (n, m) in self.entries {
            let m = *m as u64;
            if m != 0 && v & m == m {
                names.push(*n);
                rest &= !m;
            }
        }
        (names, rest)
    }

    /// The entry names, for error messages.
    pub fn entry_list(&self) -> String {
        let names: Vec<&str> = self.entries.iter().map(|(n, _)| *n).collect();
        names.join(", ")
    }
}

/// The status name of a negative errno (`EINVAL`), or `E?` for an unknown one.
pub fn errno_name(status: i32) -> String {
    let code = i64::from(status).unsigned_abs();
    control::Errno::ENTRIES
        .iter()
        .find(|(_, v)| v.unsigned_abs() == code)
        .map(|(n, _)| n.to_ascii_uppercase())
        .unwrap_or_else(|| format!("E?{code}"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use hvlink_proto::rt::SetDesc;
    use hvlink_proto::FAMILIES;

    fn walk(set: &'static SetDesc, seen: &mut Vec<&'static str>, out: &mut Vec<&'static str>) {
        if seen.contains(&set.name) {
            return;
        }
        seen.push(set.name);
        for a in set.attrs {
            if let Some(e) = a.enumeration {
                out.push(e);
            }
            if let Some(n) = a.nested {
                walk(n, seen, out);
            }
        }
    }

    #[test]
    fn every_named_definition_is_known() {
        let (mut seen, mut used) = (Vec::new(), Vec::new());
        for f in FAMILIES {
            for o in f.ops {
                walk(o.request, &mut seen, &mut used);
                walk(o.reply, &mut seen, &mut used);
            }
        }
        assert!(!used.is_empty());
        for name in used {
            assert!(
                lookup(name).is_some(),
                "definition `{name}` missing in DEFS"
            );
        }
    }

    #[test]
    fn kinds_agree_with_the_spec() {
        // The spec files say `type: enum` or `type: flags` on the line after the name.
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../proto/spec");
        let mut checked = 0;
        for e in std::fs::read_dir(dir).unwrap() {
            let path = e.unwrap().path();
            if path.extension().is_none_or(|x| x != "yaml") {
                continue;
            }
            let text = std::fs::read_to_string(&path).unwrap();
            let lines: Vec<&str> = text.lines().collect();
            for w in lines.windows(2) {
                let (Some(name), Some(ty)) = (
                    w[0].trim().strip_prefix("- name: "),
                    w[1].trim().strip_prefix("type: "),
                ) else {
                    continue;
                };
                let kind = match ty {
                    "enum" => Kind::Enum,
                    "flags" => Kind::Flags,
                    _ => continue,
                };
                let d = lookup(name).unwrap_or_else(|| panic!("{name} missing in DEFS"));
                assert_eq!(d.kind, kind, "{name}");
                checked += 1;
            }
        }
        assert_eq!(checked, DEFS.len());
    }

    #[test]
    fn names_and_values() {
        let d = lookup("gntmap-flags").unwrap();
        assert_eq!(d.value_of("host_map"), Some(2));
        let (names, rest) = d.flag_names(2 | 4 | 0x1_0000_0000);
        assert_eq!(names, ["host-map", "readonly"]);
        assert_eq!(rest, 0x1_0000_0000);
        assert_eq!(lookup("gntst").unwrap().name_of(-3), Some("bad-gntref"));
        assert_eq!(errno_name(-22), "EINVAL");
    }
}
