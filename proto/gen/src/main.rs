//! `cargo run -p hvlink-proto-gen [-- --check]`: lint the spec and regenerate (or, with
//! `--check`, verify) every generated file. Exits 1 on a spec error or stale output.
#![deny(unsafe_code)]

use std::process::ExitCode;

fn main() -> ExitCode {
    let check = std::env::args().any(|a| a == "--check");
    let root = hvlink_proto_gen::workspace_root();
    let (outputs, warnings) = match hvlink_proto_gen::generate_all(&root) {
        Ok(v) => v,
        Err(errors) => {
            eprintln!("{}", hvlink_proto_gen::lines(&errors));
            let n = errors.iter().filter(|e| !e.warning).count();
            eprintln!("{n} error(s); nothing generated");
            return ExitCode::FAILURE;
        }
    };
    if !warnings.is_empty() {
        eprintln!("{}", hvlink_proto_gen::lines(&warnings));
    }
    if check {
        let stale = hvlink_proto_gen::stale(&root, &outputs);
        for p in &stale {
            eprintln!(
                "stale: {p} (regenerate with `{}`)",
                hvlink_proto_gen::REGENERATE
            );
        }
        return if stale.is_empty() {
            ExitCode::SUCCESS
        } else {
            ExitCode::FAILURE
        };
    }
    for o in &outputs {
        let p = root.join(&o.path);
        if std::fs::read_to_string(&p).ok().as_deref() == Some(o.contents.as_str()) {
            continue;
        }
        if let Some(dir) = p.parent() {
            if let Err(e) = std::fs::create_dir_all(dir) {
                eprintln!("{}: {e}", dir.display());
                return ExitCode::FAILURE;
            }
        }
        if let Err(e) = std::fs::write(&p, &o.contents) {
            eprintln!("{}: {e}", p.display());
            return ExitCode::FAILURE;
        }
        eprintln!("wrote {}", o.path);
    }
    ExitCode::SUCCESS
}
