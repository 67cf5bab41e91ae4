//! Building the bare-metal payload (`examples/kvm-guest`): `cargo build` of that crate (its
//! own workspace) for the installed `x86_64-unknown-linux-gnu` target, static relocation
//! model, its own linker script, into `target/kvm-guest`. Done once per process; no manual
//! steps. `HVLINK_KVM_PAYLOAD` names a prebuilt ELF instead.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

/// The payload crate's directory.
pub fn source_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../examples/kvm-guest")
}

/// Build the payload (once per process) and return the ELF's path.
pub fn build() -> Result<PathBuf, String> {
    static BUILT: OnceLock<Result<PathBuf, String>> = OnceLock::new();
    BUILT.get_or_init(build_now).clone()
}

fn build_now() -> Result<PathBuf, String> {
    if let Some(p) = std::env::var_os("HVLINK_KVM_PAYLOAD") {
        return Ok(PathBuf::from(p));
    }
    let src = source_dir();
    let target_dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../target/kvm-guest");
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let triple = "x86_64-unknown-linux-gnu";
    let out = Command::new(&cargo)
        .current_dir(&src)
        .args(["build", "--release", "--quiet", "--target", triple])
        .arg("--target-dir")
        .arg(&target_dir)
        .arg("--manifest-path")
        .arg(src.join("Cargo.toml"))
        // Our flags only: whatever the outer build used (coverage, -D warnings, a wrapper's
        // target dir) does not apply to a bare-metal image.
        .env("CARGO_ENCODED_RUSTFLAGS", "-Crelocation-model=static")
        .env_remove("RUSTFLAGS")
        .env_remove("CARGO_BUILD_RUSTFLAGS")
        .env_remove("CARGO_TARGET_DIR")
        .env_remove("CARGO_BUILD_TARGET")
        .output()
        .map_err(|e| format!("cannot run {cargo:?}: {e}"))?;
    if !out.status.success() {
        return Err(format!(
            "building {} failed ({}):\n{}",
            src.display(),
            out.status,
            String::from_utf8_lossy(&out.stderr)
        ));
    }
    let elf = target_dir.join(triple).join("release/hvlink-kvm-guest");
    if !elf.exists() {
        return Err(format!("{} was not produced", elf.display()));
    }
    Ok(elf)
}
