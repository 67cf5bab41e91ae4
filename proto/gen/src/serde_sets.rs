//! `proto/src/serde_sets.rs`: serde for every generated attribute set (feature `serde` of
//! `hvlink-proto`): `Serialize` for all of them, `Deserialize` for those without a lifetime
//! (the others are read through `rt::json::Owned`). The impls are one macro line per type;
//! the work is `rt::json`'s, driven by the sets' descriptors.

use std::fmt::Write;

use crate::model::Fam;
use crate::spec::Family;

macro_rules! w {
    ($dst:expr, $($arg:tt)*) => { { let _ = writeln!($dst, $($arg)*); } };
}

/// Where the impls are written.
pub const PATH: &str = "proto/src/serde_sets.rs";

/// The impls for `families`, generated from `src`.
pub fn impls(families: &[&Family], src: &str) -> String {
    let mut o = String::new();
    w!(
        o,
        "// Do not edit: generated from {src} by hvlink-proto-gen; regenerate with `{}`.",
        crate::REGENERATE
    );
    w!(
        o,
        "//! serde for every generated attribute set (feature `serde`; see [`crate::rt::json`]):"
    );
    w!(
        o,
        "//! `Serialize` for all, `Deserialize` for those without a lifetime."
    );
    w!(o, "");
    let mut ser = Vec::new();
    let mut de = Vec::new();
    for f in families {
        let m = Fam::new(f);
        for s in &f.attribute_sets {
            let ty = format!("crate::generated::{}::{}", f.name, m.set_ty(s, "'_"));
            if !m.set_lt(s) {
                de.push(ty.clone());
            }
            ser.push(ty);
        }
    }
    for (what, list) in [("serialize", &ser), ("deserialize", &de)] {
        w!(o, "crate::__hvlink_serde_set!({what}");
        for t in list {
            w!(o, "    {t},");
        }
        w!(o, ");");
    }
    o
}

/// Generate the impls from `proto/spec` under `root`.
pub fn generate(root: &std::path::Path) -> Result<crate::Output, Vec<crate::Diag>> {
    let dir = "proto/spec";
    let files = crate::read_dir(&root.join(dir)).map_err(|e| {
        vec![crate::Diag {
            file: dir.to_string(),
            path: String::new(),
            msg: format!("cannot read the spec directory: {e}"),
            warning: false,
        }]
    })?;
    let (fams, _) = crate::check(&files)?;
    let refs: Vec<&Family> = fams.iter().map(|(_, f)| f).collect();
    Ok(crate::Output {
        path: PATH.to_string(),
        contents: crate::rustfmt(impls(&refs, &format!("{dir}/*.yaml"))),
    })
}
