//! The spec's definitions (enums and flag sets) by name, so that the generic encoder and
//! decoder can turn `"host-map"` into `0x2` and back.
//!
//! The descriptors ([`AttrDesc::enumeration`](hvlink_proto::rt::AttrDesc)) name a definition;
//! the generator emits the table from that name to its entries
//! ([`hvlink_proto::DEFINITIONS`]), so nothing here is kept in step with the spec by hand.

use hvlink_proto::control;
use hvlink_proto::rt::DefDesc;
use hvlink_proto::DEFINITIONS;

pub use hvlink_proto::rt::DefKind;

/// The definition called `name`.
pub fn lookup(name: &str) -> Option<&'static DefDesc> {
    DEFINITIONS.iter().find(|d| d.name == name)
}

/// A flags value as entry names, plus the bits no entry covers (0 when none).
pub fn flag_names(def: &DefDesc, v: u64) -> (Vec<&'static str>, u64) {
    let mut rest = v;
    let mut names = Vec::new();
    for (n, m) in def.entries {
        let m = *m as u64;
        if m != 0 && v & m == m {
            names.push(*n);
            rest &= !m;
        }
    }
    (names, rest)
}

/// The entry names, for error messages.
pub fn entry_list(def: &DefDesc) -> String {
    let names: Vec<&str> = def.entries.iter().map(|(n, _)| *n).collect();
    names.join(", ")
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
                "definition `{name}` missing in DEFINITIONS"
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
                    "enum" => DefKind::Enum,
                    "flags" => DefKind::Flags,
                    _ => continue,
                };
                let d = lookup(name).unwrap_or_else(|| panic!("{name} missing in DEFINITIONS"));
                assert_eq!(d.kind, kind, "{name}");
                checked += 1;
            }
        }
        assert_eq!(checked, DEFINITIONS.len());
    }

    #[test]
    fn names_and_values() {
        let d = lookup("gntmap-flags").unwrap();
        assert_eq!(d.value_of("host_map"), Some(2));
        let (names, rest) = flag_names(d, 2 | 4 | 0x1_0000_0000);
        assert_eq!(names, ["host-map", "readonly"]);
        assert_eq!(rest, 0x1_0000_0000);
        assert_eq!(lookup("gntst").unwrap().name_of(-3), Some("bad-gntref"));
        assert_eq!(d.value_of(" Host_Map "), Some(2));
        assert_eq!(d.value_of("host-mapp"), None);
        assert_eq!(errno_name(-22), "EINVAL");
    }

    #[test]
    fn names_are_unique_across_families() {
        for (i, d) in DEFINITIONS.iter().enumerate() {
            assert!(
                DEFINITIONS[..i].iter().all(|e| e.name != d.name),
                "definition `{}` is defined twice: lookups by name would be ambiguous",
                d.name
            );
        }
    }
}
