//! Builds the bare-metal payload (`examples/kvm-guest`, its own workspace) for the installed
//! `x86_64-unknown-linux-gnu` target with the static relocation model and its linker script,
//! into this build's OUT_DIR, and tells the crate where the ELF is
//! (`HVLINK_KVM_PAYLOAD_ELF`). Library code never runs cargo. A failed payload build does not
//! fail this crate: the reason is passed on (`HVLINK_KVM_PAYLOAD_ERROR`) and reported by
//! `payload::elf()` when a VM is started, so the rest of the workspace builds without it.
//!
//! It also builds the C payload (`examples/kvm-guest-c`, against the generated C library in
//! `proto/include`) with the system C compiler (`$CC`, else `cc`): freestanding, no libc,
//! static, not position independent, the Rust payload's linker script. Likewise a failure
//! is passed on (`HVLINK_KVM_C_PAYLOAD_ERROR`) and reported by `payload::c_elf()`.

use std::path::{Path, PathBuf};
use std::process::Command;

const TRIPLE: &str = "x86_64-unknown-linux-gnu";

fn main() {
    let manifest = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").expect("set by cargo"));
    let root = manifest.join("../..");
    let src = root.join("examples/kvm-guest");
    // The payload is built from these (its own sources and the no_std crates it uses).
    for dir in [
        "examples/kvm-guest",
        "guest/src",
        "codec/src",
        "proto/src",
        "host/kvm/src/abi.rs",
    ] {
        println!("cargo:rerun-if-changed={}", root.join(dir).display());
    }
    for dir in ["examples/kvm-guest-c", "proto/include"] {
        println!("cargo:rerun-if-changed={}", root.join(dir).display());
    }
    println!("cargo:rerun-if-env-changed=CC");
    for f in ["guest/Cargo.toml", "codec/Cargo.toml", "proto/Cargo.toml"] {
        println!("cargo:rerun-if-changed={}", root.join(f).display());
    }
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("set by cargo"));
    match build_c(&root, &out) {
        Ok(elf) => {
            println!("cargo:rustc-env=HVLINK_KVM_C_PAYLOAD_ELF={}", elf.display());
            println!("cargo:rustc-env=HVLINK_KVM_C_PAYLOAD_ERROR=");
        }
        Err(e) => {
            println!(
                "cargo:warning=the C KVM guest payload was not built: {}",
                first_line(&e.to_string())
            );
            println!("cargo:rustc-env=HVLINK_KVM_C_PAYLOAD_ELF=");
            println!(
                "cargo:rustc-env=HVLINK_KVM_C_PAYLOAD_ERROR={}",
                e.to_string().replace(['\n', '\r'], " | ")
            );
        }
    }
    match build(&src, &out.join("kvm-guest")) {
        Ok(elf) => {
            println!("cargo:rustc-env=HVLINK_KVM_PAYLOAD_ELF={}", elf.display());
            println!("cargo:rustc-env=HVLINK_KVM_PAYLOAD_ERROR=");
        }
        Err(e) => {
            println!(
                "cargo:warning=the KVM guest payload was not built: {}",
                first_line(&e.to_string())
            );
            println!("cargo:rustc-env=HVLINK_KVM_PAYLOAD_ELF=");
            println!(
                "cargo:rustc-env=HVLINK_KVM_PAYLOAD_ERROR={}",
                e.to_string().replace(['\n', '\r'], " | ")
            );
        }
    }
}

/// Compile `examples/kvm-guest-c/main.c` into a bare-metal ELF in `out`.
fn build_c(root: &Path, out: &Path) -> Result<PathBuf, BuildError> {
    let cc = std::env::var_os("CC").unwrap_or_else(|| "cc".into());
    let elf = out.join("hvlink-kvm-guest-c");
    let src = root.join("examples/kvm-guest-c");
    let o = Command::new(&cc)
        .args([
            "-std=c11",
            "-ffreestanding",
            "-nostdlib",
            "-static",
            "-no-pie",
            "-fno-pic",
            "-fno-stack-protector",
            "-fno-asynchronous-unwind-tables",
            "-mno-red-zone",
            "-O2",
            "-Wall",
            "-Wextra",
            "-Werror",
            "-Wl,--build-id=none",
        ])
        .arg("-I")
        .arg(root.join("proto/include"))
        .arg("-I")
        .arg(&src)
        .arg(format!(
            "-T{}",
            root.join("examples/kvm-guest/link.ld").display()
        ))
        .arg(src.join("main.c"))
        .arg("-o")
        .arg(&elf)
        .output()
        .map_err(|err| BuildError::Spawn {
            tool: cc.clone(),
            err,
        })?;
    if !o.status.success() {
        return Err(BuildError::Failed {
            what: src.join("main.c"),
            status: o.status,
            stderr: String::from_utf8_lossy(&o.stderr).into_owned(),
        });
    }
    Ok(elf)
}

/// Why a guest payload was not built.
#[derive(Debug)]
enum BuildError {
    /// The compiler (or cargo) could not be run.
    Spawn {
        tool: std::ffi::OsString,
        err: std::io::Error,
    },
    /// It ran and failed.
    Failed {
        what: PathBuf,
        status: std::process::ExitStatus,
        stderr: String,
    },
    /// It succeeded without producing the image.
    NotProduced(PathBuf),
}

impl std::fmt::Display for BuildError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            BuildError::Spawn { tool, err } => write!(f, "cannot run {tool:?}: {err}"),
            BuildError::Failed {
                what,
                status,
                stderr,
            } => write!(f, "building {} failed ({status}): {stderr}", what.display()),
            BuildError::NotProduced(elf) => write!(f, "{} was not produced", elf.display()),
        }
    }
}

fn first_line(s: &str) -> &str {
    s.lines().next().unwrap_or("")
}

fn build(src: &Path, target_dir: &Path) -> Result<PathBuf, BuildError> {
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let out = Command::new(&cargo)
        .current_dir(src)
        .args(["build", "--release", "--quiet", "--target", TRIPLE])
        .arg("--target-dir")
        .arg(target_dir)
        .arg("--manifest-path")
        .arg(src.join("Cargo.toml"))
        // Our flags only: whatever the outer build used (coverage, -D warnings, a wrapper's
        // target dir, a build script's own environment) does not apply to a bare-metal image.
        .env("CARGO_ENCODED_RUSTFLAGS", "-Crelocation-model=static")
        .env_remove("RUSTFLAGS")
        .env_remove("CARGO_BUILD_RUSTFLAGS")
        .env_remove("CARGO_TARGET_DIR")
        .env_remove("CARGO_BUILD_TARGET")
        .env_remove("RUSTC_WRAPPER")
        .env_remove("RUSTC_WORKSPACE_WRAPPER")
        .env_remove("CARGO_MAKEFLAGS")
        .env_remove("TARGET")
        .env_remove("OUT_DIR")
        .env_remove("CARGO_PRIMARY_PACKAGE")
        .output()
        .map_err(|err| BuildError::Spawn {
            tool: cargo.clone(),
            err,
        })?;
    if !out.status.success() {
        return Err(BuildError::Failed {
            what: src.to_path_buf(),
            status: out.status,
            stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        });
    }
    let elf = target_dir.join(TRIPLE).join("release/hvlink-kvm-guest");
    if !elf.exists() {
        return Err(BuildError::NotProduced(elf));
    }
    Ok(elf)
}
