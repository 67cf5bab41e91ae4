//! # hvlink-proto-gen — from the ABI spec to code
//!
//! Reads `proto/spec/*.yaml` (schema: `proto/spec/SCHEMA.md`), checks every lint rule of the
//! schema, and generates — only when no error remains — the Rust of `hvlink-proto`
//! (`proto/src/generated/`), the C library for guest kernels (`proto/include/hvlink.h`, and
//! from `c_parse`/`c_fastabi` the parsers `hvlink_parse.h` and register stubs
//! `hvlink_fastabi.h`, with the differential tests' shim and table in `proto/clib`), the
//! reference `docs/ABI.md`, a round-trip test of every op
//! (`proto/tests/generated_roundtrip.rs`), the Wireshark dissector
//! (`proto/wireshark/hvlink.lua`, [`lua`]) and the serde impls of the generated types
//! (`proto/src/serde_sets.rs`, [`serde_sets`]). It also generates the two versions of the
//! compatibility test family, the crate `hvlink-compat-demo` (`proto/compat/spec/v{1,2}` →
//! `proto/compat/src/v{1,2}`).
//!
//! Run `cargo run -p hvlink-proto-gen` to regenerate, `cargo run -p hvlink-proto-gen -- --check`
//! to fail on stale output; the crate's tests do the latter too.
//!
//! ## Why `serde_norway`
//!
//! `serde_yaml` is archived and unmaintained. `serde_norway` is its maintained fork with the
//! same API and behaviour (YAML 1.1-style scalars, hex integers), and its errors carry the
//! key path (`attribute-sets[0].attributes[5]: unknown field ...`) that our
//! `file:key.path: message` diagnostics need for typos caught by `deny_unknown_fields`.
//! `serde-saphyr` (pure Rust) was the other candidate; its errors give a line and a snippet
//! but no key path. The parser only ever reads our own spec files at generation time, and
//! nothing of it reaches `hvlink-proto`, which stays `no_std` without serde.
#![deny(unsafe_code)]

pub mod c;
pub mod c_fastabi;
pub mod c_parse;
pub mod lint;
pub mod lua;
pub mod md;
pub mod model;
pub mod rust;
pub mod samples;
pub mod serde_sets;
pub mod spec;

use std::path::{Path, PathBuf};

pub use lint::Diag;
pub use spec::Family;

/// The command that regenerates everything.
pub const REGENERATE: &str = "cargo run -p hvlink-proto-gen";

/// Parse one spec file. Errors name the file, the key path and the line.
pub fn parse(file: &str, text: &str) -> Result<Family, Diag> {
    serde_norway::from_str(text).map_err(|e| {
        let msg = e.to_string();
        // serde_norway prefixes the key path: "ops[3].fastabi: unknown field ...".
        let (path, msg) = match msg.split_once(": ") {
            Some((p, m)) if !p.contains(' ') => (p.to_string(), m.to_string()),
            _ => (String::new(), msg),
        };
        Diag {
            file: file.to_string(),
            path,
            msg,
            warning: false,
        }
    })
}

/// Diagnostics one a line, as printed.
pub fn lines(diags: &[Diag]) -> String {
    diags
        .iter()
        .map(Diag::to_string)
        .collect::<Vec<_>>()
        .join("\n")
}

/// The families of a spec that lints clean (file name, family; sorted by id), and its
/// warnings.
pub type Checked = (Vec<(String, Family)>, Vec<Diag>);

/// Parse and lint a set of files given as (file name, text). `Ok` holds the families (sorted
/// by id) and the warnings; `Err` every error (and warning) found.
pub fn check(files: &[(String, String)]) -> Result<Checked, Vec<Diag>> {
    let mut errs = Vec::new();
    let mut fams = Vec::new();
    for (name, text) in files {
        match parse(name, text) {
            Ok(f) => fams.push((name.clone(), f)),
            Err(e) => errs.push(e),
        }
    }
    let diags = lint::lint(&fams);
    let (warnings, mut errors): (Vec<Diag>, Vec<Diag>) = diags.into_iter().partition(|d| d.warning);
    errs.append(&mut errors);
    if errs.is_empty() {
        fams.sort_by_key(|(_, f)| f.id);
        Ok((fams, warnings))
    } else {
        errs.extend(warnings);
        Err(errs)
    }
}

/// One generation job: a spec directory and where its outputs go (paths relative to the
/// workspace root).
#[derive(Debug, Clone, Copy)]
pub struct Job {
    /// Directory of the `*.yaml` files.
    pub spec_dir: &'static str,
    /// Directory of the generated Rust modules.
    pub rust_dir: &'static str,
    /// Path of the C header, if any.
    pub header: Option<&'static str>,
    /// Path of the ABI reference, if any.
    pub abi_md: Option<&'static str>,
    /// Path of the generated round-trip test, if any.
    pub roundtrip: Option<&'static str>,
}

/// What `cargo run -p hvlink-proto-gen` generates.
pub const JOBS: &[Job] = &[
    Job {
        spec_dir: "proto/spec",
        rust_dir: "proto/src/generated",
        header: Some("proto/include/hvlink.h"),
        abi_md: Some("docs/ABI.md"),
        roundtrip: Some("proto/tests/generated_roundtrip.rs"),
    },
    Job {
        spec_dir: "proto/compat/spec/v1",
        rust_dir: "proto/compat/src/v1",
        header: None,
        abi_md: None,
        roundtrip: None,
    },
    Job {
        spec_dir: "proto/compat/spec/v2",
        rust_dir: "proto/compat/src/v2",
        header: None,
        abi_md: None,
        roundtrip: None,
    },
];

/// The workspace root (two levels above this crate).
pub fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .canonicalize()
        .unwrap_or_else(|_| Path::new(env!("CARGO_MANIFEST_DIR")).join("../.."))
}

/// One generated file: path relative to the workspace root, and contents.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Output {
    /// Relative path.
    pub path: String,
    /// Contents.
    pub contents: String,
}

/// Read the spec files of a directory, sorted by name.
pub fn read_dir(dir: &Path) -> std::io::Result<Vec<(String, String)>> {
    let mut files = Vec::new();
    for e in std::fs::read_dir(dir)? {
        let p = e?.path();
        if p.extension().is_some_and(|x| x == "yaml") {
            let name = p
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            files.push((name, std::fs::read_to_string(&p)?));
        }
    }
    files.sort();
    Ok(files)
}

/// Format generated Rust with the toolchain's `rustfmt`, so that `cargo fmt` leaves the
/// checked-in files alone (the staleness test compares them byte for byte). Without a
/// working `rustfmt` the text is returned as it is, with a note on stderr.
pub fn rustfmt(src: String) -> String {
    use std::io::Write;
    use std::process::{Command, Stdio};
    let child = Command::new(std::env::var("RUSTFMT").unwrap_or_else(|_| "rustfmt".into()))
        .args(["--edition", "2021", "--emit", "stdout"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn();
    let Ok(mut child) = child else {
        eprintln!("note: rustfmt not found; generated Rust left unformatted");
        return src;
    };
    if let Some(mut stdin) = child.stdin.take() {
        if stdin.write_all(src.as_bytes()).is_err() {
            return src;
        }
    }
    match child.wait_with_output() {
        Ok(out) if out.status.success() => String::from_utf8(out.stdout).unwrap_or(src),
        Ok(out) => {
            eprintln!(
                "note: rustfmt failed: {}",
                String::from_utf8_lossy(&out.stderr)
            );
            src
        }
        Err(_) => src,
    }
}

fn rust_header(src: &str) -> String {
    format!(
        "// Do not edit: generated from {src} by hvlink-proto-gen; regenerate with `{REGENERATE}`."
    )
}

/// Generate the outputs of one job from already-read files.
pub fn generate_job(
    job: &Job,
    files: &[(String, String)],
) -> Result<(Vec<Output>, Vec<Diag>), Vec<Diag>> {
    let (fams, warnings) = check(files)?;
    let mut out = Vec::new();
    for (file, f) in &fams {
        out.push(Output {
            path: format!("{}/{}.rs", job.rust_dir, f.name),
            contents: rustfmt(rust::family(
                f,
                &rust_header(&format!("{}/{file}", job.spec_dir)),
            )),
        });
    }
    let refs: Vec<&Family> = fams.iter().map(|(_, f)| f).collect();
    out.push(Output {
        path: format!("{}/mod.rs", job.rust_dir),
        contents: rustfmt(rust::module(
            &refs,
            &rust_header(&format!("{}/*.yaml", job.spec_dir)),
            "The generated families, their introspection table and the dispatch lookups.",
        )),
    });
    if let Some(h) = job.header {
        out.push(Output {
            path: h.to_string(),
            contents: c::header(&refs, &format!("{}/*.yaml", job.spec_dir)),
        });
        // The rest of the C library and its differential tests: for the ABI's own header.
        if h == c_parse::LIBRARY_HEADER {
            out.extend(c_parse::outputs(
                h,
                &refs,
                &format!("{}/*.yaml", job.spec_dir),
            ));
        }
    }
    if let Some(m) = job.abi_md {
        out.push(Output {
            path: m.to_string(),
            contents: md::abi(&refs, &format!("{}/*.yaml", job.spec_dir)),
        });
    }
    if let Some(t) = job.roundtrip {
        out.push(Output {
            path: t.to_string(),
            contents: rustfmt(samples::roundtrip(
                &refs,
                &rust_header(&format!("{}/*.yaml", job.spec_dir)),
            )),
        });
    }
    Ok((out, warnings))
}

/// Generate everything under `root`.
pub fn generate_all(root: &Path) -> Result<(Vec<Output>, Vec<Diag>), Vec<Diag>> {
    let mut all = Vec::new();
    let mut warnings = Vec::new();
    let mut errors = Vec::new();
    for job in JOBS {
        let files = match read_dir(&root.join(job.spec_dir)) {
            Ok(f) => f,
            Err(e) => {
                errors.push(Diag {
                    file: job.spec_dir.to_string(),
                    path: String::new(),
                    msg: format!("cannot read the spec directory: {e}"),
                    warning: false,
                });
                continue;
            }
        };
        match generate_job(job, &files) {
            Ok((mut o, mut w)) => {
                all.append(&mut o);
                warnings.append(&mut w);
            }
            Err(mut e) => errors.append(&mut e),
        }
    }
    // The Wireshark dissector knows the families of more than one job (lua::SOURCES).
    for out in [lua::generate(root), serde_sets::generate(root)] {
        match out {
            Ok(o) => all.push(o),
            Err(mut e) => errors.append(&mut e),
        }
    }
    if errors.is_empty() {
        Ok((all, warnings))
    } else {
        Err(errors)
    }
}

/// Compare generated outputs with the files on disk: the paths that differ or are missing.
pub fn stale(root: &Path, outputs: &[Output]) -> Vec<String> {
    outputs
        .iter()
        .filter(|o| {
            std::fs::read_to_string(root.join(&o.path)).ok().as_deref() != Some(o.contents.as_str())
        })
        .map(|o| o.path.clone())
        .collect()
}
