//! The bare-metal payload (`examples/kvm-guest`): built by this crate's build script (never
//! by library code at run time) for the installed `x86_64-unknown-linux-gnu` target, static
//! relocation model, its own linker script. `HVLINK_KVM_PAYLOAD` names a prebuilt ELF
//! instead. The C payload (`examples/kvm-guest-c`, on the generated C library) is built by
//! the same script with the system C compiler: [`c_elf`].

use std::fmt;
use std::path::{Path, PathBuf};

/// The payload crate's directory.
pub fn source_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/kvm-guest")
}

/// Why there is no payload to run.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum PayloadError {
    /// The build script could not build it (its reason, as the build printed it).
    NotBuilt(&'static str),
    /// The ELF it built (or `HVLINK_KVM_PAYLOAD` named) is gone.
    Missing(PathBuf),
}

impl fmt::Display for PayloadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PayloadError::NotBuilt(why) => write!(f, "the guest payload was not built: {why}"),
            PayloadError::Missing(p) => write!(f, "{} does not exist", p.display()),
        }
    }
}

impl std::error::Error for PayloadError {}

/// The payload ELF's path: `HVLINK_KVM_PAYLOAD` if set, else the one the build script built.
pub fn elf() -> Result<PathBuf, PayloadError> {
    let path = match std::env::var_os("HVLINK_KVM_PAYLOAD") {
        Some(p) => PathBuf::from(p),
        None => {
            let built = env!("HVLINK_KVM_PAYLOAD_ELF");
            if built.is_empty() {
                return Err(PayloadError::NotBuilt(env!("HVLINK_KVM_PAYLOAD_ERROR")));
            }
            PathBuf::from(built)
        }
    };
    if path.exists() {
        Ok(path)
    } else {
        Err(PayloadError::Missing(path))
    }
}

/// The C payload ELF's path (`examples/kvm-guest-c`): `HVLINK_KVM_C_PAYLOAD` if set, else
/// the one the build script compiled.
pub fn c_elf() -> Result<PathBuf, PayloadError> {
    let path = match std::env::var_os("HVLINK_KVM_C_PAYLOAD") {
        Some(p) => PathBuf::from(p),
        None => {
            let built = env!("HVLINK_KVM_C_PAYLOAD_ELF");
            if built.is_empty() {
                return Err(PayloadError::NotBuilt(env!("HVLINK_KVM_C_PAYLOAD_ERROR")));
            }
            PathBuf::from(built)
        }
    };
    if path.exists() {
        Ok(path)
    } else {
        Err(PayloadError::Missing(path))
    }
}
