//! Why a command did not succeed: [`CliError`] gathers the error of each room (the
//! machinery's, the embedded host's, each command's) and decides the exit code.

use std::fmt;
use std::io;
use std::path::PathBuf;

use crate::cmd::{bench, call, decode, demo, serve, spec, xl};
use crate::ynl::{encode, hex, msg, pcap};
use crate::{embedded, EXIT_FAILED, EXIT_USAGE};

/// Why a command did not succeed.
#[non_exhaustive]
#[derive(Debug)]
pub enum CliError {
    /// `FAMILY.OP` names nothing in the spec (exit 2).
    Name(msg::Error),
    /// JSON input that does not parse (exit 2).
    JsonSyntax(serde_json::Error),
    /// JSON that cannot become the request (exit 2).
    Encode(encode::Error),
    /// Hex input that is not hex (exit 2).
    Hex(hex::Error),
    /// A pcap file that is not one this reads (exit 2).
    Pcap {
        /// The file.
        path: PathBuf,
        /// Why.
        error: pcap::Error,
    },
    /// A file or stream the user named cannot be opened, read or created (exit 2).
    Input {
        /// What was being done (`cannot create`).
        what: &'static str,
        /// The file, when it is one.
        path: Option<PathBuf>,
        /// Why.
        error: io::Error,
    },
    /// The system refused what the command needs: a runtime, a thread, a socket, writing the
    /// output (exit 1).
    Io {
        /// What was being done (`cannot start the tokio runtime`).
        what: &'static str,
        /// The file, when it is one.
        path: Option<PathBuf>,
        /// Why.
        error: io::Error,
    },
    /// The embedded host could not be set up (exit 1).
    Host(embedded::Error),
    /// `hvlink do` failed.
    Call(call::Error),
    /// `hvlink spec` failed.
    Spec(spec::Error),
    /// `hvlink decode` found no messages (exit 2).
    Decode(decode::Error),
    /// `hvlink serve` failed.
    Serve(serve::Error),
    /// `hvlink bench` failed (exit 1).
    Bench(bench::Error),
    /// `hvlink demo` failed (exit 1).
    Demo(demo::Error),
    /// `hvlink xl` failed.
    Xl(xl::Error),
    /// The command failed and has printed why (exit 1; nothing more is printed).
    Reported,
}

impl CliError {
    /// The exit code: [`EXIT_USAGE`] for what the user can fix in the command line or its
    /// input, [`EXIT_FAILED`] for the rest.
    pub fn exit_code(&self) -> i32 {
        let usage = match self {
            CliError::Name(_)
            | CliError::JsonSyntax(_)
            | CliError::Encode(_)
            | CliError::Hex(_)
            | CliError::Pcap { .. }
            | CliError::Input { .. }
            | CliError::Decode(_) => true,
            CliError::Call(e) => e.is_usage(),
            CliError::Spec(e) => e.is_usage(),
            CliError::Serve(e) => e.is_usage(),
            CliError::Xl(e) => e.is_usage(),
            CliError::Io { .. }
            | CliError::Host(_)
            | CliError::Bench(_)
            | CliError::Demo(_)
            | CliError::Reported => false,
        };
        if usage {
            EXIT_USAGE
        } else {
            EXIT_FAILED
        }
    }

    /// An I/O failure on something the user named (exit 2).
    pub(crate) fn input(what: &'static str, path: impl Into<PathBuf>, error: io::Error) -> Self {
        CliError::Input {
            what,
            path: Some(path.into()),
            error,
        }
    }

    /// An I/O failure of the system (exit 1).
    pub(crate) fn io(what: &'static str, error: io::Error) -> Self {
        CliError::Io {
            what,
            path: None,
            error,
        }
    }
}

/// `what path: error`, or `what: error` without a path.
fn io_text(
    f: &mut fmt::Formatter<'_>,
    what: &str,
    path: &Option<PathBuf>,
    error: &io::Error,
) -> fmt::Result {
    match path {
        Some(p) => write!(f, "{what} {}: {error}", p.display()),
        None => write!(f, "{what}: {error}"),
    }
}

impl fmt::Display for CliError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CliError::Name(e) => e.fmt(f),
            CliError::JsonSyntax(e) => write!(f, "bad JSON: {e}"),
            CliError::Encode(e @ encode::Error::Json { .. }) => write!(f, "bad JSON: {e}"),
            CliError::Encode(e) => e.fmt(f),
            CliError::Hex(e) => write!(f, "bad hex: {e}"),
            CliError::Pcap { path, error } => write!(f, "{}: {error}", path.display()),
            CliError::Input { what, path, error } | CliError::Io { what, path, error } => {
                io_text(f, what, path, error)
            }
            CliError::Host(e) => e.fmt(f),
            CliError::Call(e) => e.fmt(f),
            CliError::Spec(e) => e.fmt(f),
            CliError::Decode(e) => e.fmt(f),
            CliError::Serve(e) => e.fmt(f),
            CliError::Bench(e) => e.fmt(f),
            CliError::Demo(e) => e.fmt(f),
            CliError::Xl(e) => e.fmt(f),
            CliError::Reported => Ok(()),
        }
    }
}

impl std::error::Error for CliError {}

macro_rules! from {
    ($($variant:ident($ty:ty);)*) => {$(
        impl From<$ty> for CliError {
            fn from(e: $ty) -> Self {
                CliError::$variant(e)
            }
        }
    )*};
}

from! {
    Name(msg::Error);
    Encode(encode::Error);
    Hex(hex::Error);
    Host(embedded::Error);
    Call(call::Error);
    Spec(spec::Error);
    Decode(decode::Error);
    Serve(serve::Error);
    Bench(bench::Error);
    Demo(demo::Error);
    Xl(xl::Error);
}
