//! # hvlink — the command line
//!
//! A thin binary (`src/main.rs`) over this library, so that tests and other front ends can run
//! every command in-process: [`run`] takes the arguments and two writers and returns the exit
//! code.
//!
//! ## Rooms
//!
//! ```text
//! src/
//!   lib.rs        run, the command line (clap), exit codes, Io; re-exports
//!   main.rs       the binary: 10 lines over run
//!   error.rs      CliError: every room's error, and the exit code it means
//!   cmd/          one module per subcommand: its Args, its help text, its run
//!     demo.rs       hvlink demo (the demo itself is demo/)
//!     spec.rs       hvlink spec: what the host reports by introspection
//!     call/         hvlink do: the ring call (mod.rs), --regs (regs.rs), --connect (connect.rs)
//!     decode.rs     hvlink decode: hex or pcap, pretty-printed
//!     serve.rs      hvlink serve: the host in its own process
//!     bench.rs      hvlink bench: quick numbers
//!     wireshark.rs  hvlink wireshark: the generated dissector, printed or installed
//!     xl.rs         hvlink xl: xl's verbs over the toolstack
//!   toolstack/    domctl/sysctl/memory toolstack, one source built per interface version
//!   ynl/          JSON <-> TLV from the spec's descriptors alone, shared by the commands
//!     encode.rs     JSON -> request message
//!     tree.rs       attributes (or a register reply) -> fields -> JSON or text
//!     msg.rs        whole messages; ERRORs with the offending attribute by name
//!     pcap.rs       LINKTYPE_NETLINK captures
//!     hex.rs        bytes <-> hex
//!     defs.rs       enum and flag names (the generated DEFINITIONS table)
//!   demo/         the demo's use cases (grants, compat, continuations, kvm), checks, summary
//!   embedded.rs   the embedded reference hypervisor, its scenarios, the pcap capture tap
//! ```
//!
//! - [`cmd`]: the subcommands — [`cmd::demo`], [`cmd::spec`], [`cmd::call`] (`hvlink do`),
//!   [`cmd::decode`], [`cmd::serve`], [`cmd::bench`], [`cmd::wireshark`];
//! - [`ynl`]: the machinery — [`ynl::encode`], [`ynl::tree`], [`ynl::msg`], [`ynl::pcap`],
//!   [`ynl::hex`], [`ynl::defs`];
//! - [`embedded`]: the host the commands talk to, and [`capture_pcap`];
//! - [`CliError`]: why a command failed. Each room has its own error enum
//!   (`#[non_exhaustive]`, `Display`, `Copy` where it can be, context borrowed from the spec's
//!   descriptors); only what a user or a host wrote is kept as text, to be shown back.
//!
//! Only what other front ends need is public; the rest is `pub(crate)`.
#![deny(unsafe_code)]
#![warn(missing_docs)]

use std::ffi::OsString;
use std::io::{Read, Write};

use clap::{Parser, Subcommand};

pub mod cmd;
mod demo;
pub mod embedded;
mod error;
pub mod toolstack;
pub mod ynl;

pub use embedded::{capture_pcap, EmbeddedHost, PcapCapture};
pub use error::CliError;
pub use ynl::pcap::{Dir as PcapDir, Record as PcapRecord, Writer as PcapWriter};

use cmd::{bench, call, decode, demo as demo_cmd, serve, spec, wireshark, xl};

/// Exit code: success.
pub const EXIT_OK: i32 = 0;
/// Exit code: the call failed — the hypervisor answered with an error, a batch entry failed,
/// or the work could not be done.
pub const EXIT_FAILED: i32 = 1;
/// Exit code: bad usage — unknown flag, family, op or attribute, malformed JSON or hex.
pub const EXIT_USAGE: i32 = 2;

const AFTER_HELP: &str = "\
Exit codes:
  0  success
  1  the call failed: the hypervisor said no (ERROR status, non-zero rax), a batch entry
     reported a status other than okay, or the work could not be done (I/O)
  2  bad usage: unknown flag, family, op or attribute, malformed JSON, hex or pcap input

Logging: -v (info), -vv (debug), -vvv (trace) on stderr; RUST_LOG overrides
(e.g. RUST_LOG=hvlink_host=debug).";

/// The command line.
#[derive(Debug, Parser)]
#[command(
    name = "hvlink",
    version,
    about = "hvlink: netlink-style hypercalls — the end-to-end demo, introspect the ABI, call the embedded reference hypervisor or a serving host, decode and capture messages",
    after_help = AFTER_HELP,
    propagate_version = true
)]
pub struct Cli {
    /// More log output on stderr (-v info, -vv debug, -vvv trace); RUST_LOG overrides.
    #[arg(short, long, action = clap::ArgAction::Count, global = true)]
    pub verbose: u8,

    /// The command.
    #[command(subcommand)]
    pub command: Command,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// The end-to-end demo: batched grants, toolstack compatibility, async continuations.
    Demo(demo_cmd::Args),
    /// List families, ops and attributes as the host reports them by introspection.
    Spec(spec::Args),
    /// Make one call: a request built from JSON, sent to the embedded reference hypervisor.
    Do(call::Args),
    /// Pretty-print messages from hex (argument or stdin) or from a pcap file.
    Decode(decode::Args),
    /// Serve the reference hypervisor to guest processes, one Unix socket per domain (two processes).
    Serve(serve::Args),
    /// Quick in-process comparison: ring-message batches vs register calls vs the backend.
    Bench(bench::Args),
    /// Print or install the Wireshark dissector (Lua, generated from the spec).
    Wireshark(wireshark::Args),
    /// A toolstack with xl's verbs and output: create, list, pause, unpause, shutdown, destroy, info, mem-set.
    Xl(xl::Args),
}

/// Where a command writes: its output and its diagnostics.
pub struct Io<'a> {
    /// Results.
    pub out: &'a mut dyn Write,
    /// Diagnostics, progress, errors.
    pub err: &'a mut dyn Write,
}

impl Io<'_> {
    /// Write to the output. A reader that went away (`hvlink spec | head`) is not an error:
    /// it has all it wanted.
    pub fn print(&mut self, s: &str) -> Result<(), CliError> {
        match self.out.write_all(s.as_bytes()) {
            Ok(()) => Ok(()),
            Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
            Err(e) => Err(CliError::io("cannot write output", e)),
        }
    }
}

/// All of standard input (JSON or hex piped in).
pub(crate) fn read_stdin() -> Result<String, CliError> {
    let mut s = String::new();
    std::io::stdin()
        .read_to_string(&mut s)
        .map_err(|error| CliError::Input {
            what: "cannot read stdin",
            path: None,
            error,
        })?;
    Ok(s)
}

/// Install the `tracing` subscriber: `RUST_LOG` if set, else the level from `-v`. Does
/// nothing if one is installed already.
pub fn init_logging(verbose: u8) {
    use tracing_subscriber::EnvFilter;
    let level = match verbose {
        0 => "warn",
        1 => "info",
        2 => "debug",
        _ => "trace",
    };
    let filter = match std::env::var("RUST_LOG") {
        Ok(s) if !s.trim().is_empty() => EnvFilter::try_new(s).unwrap_or_else(|e| {
            eprintln!("hvlink: ignoring RUST_LOG: {e}");
            EnvFilter::new(level)
        }),
        _ => EnvFilter::new(level),
    };
    use std::io::IsTerminal;
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_ansi(std::io::stderr().is_terminal())
        .with_writer(std::io::stderr)
        .with_target(true)
        .try_init();
}

/// Run the command line `args` (the program name first) and return the exit code. Errors are
/// printed to `err` as `hvlink: …`; clap's usage errors and `--help` as clap prints them.
pub fn run<I, T>(args: I, out: &mut dyn Write, err: &mut dyn Write) -> i32
where
    I: IntoIterator<Item = T>,
    T: Into<OsString> + Clone,
{
    let cli = match Cli::try_parse_from(args) {
        Ok(c) => c,
        Err(e) => {
            let code = if e.use_stderr() { EXIT_USAGE } else { EXIT_OK };
            let text = e.render().to_string();
            let _ = if code == EXIT_OK {
                out.write_all(text.as_bytes())
            } else {
                err.write_all(text.as_bytes())
            };
            return code;
        }
    };
    // A server logs what it does (connections) by default.
    let verbose = match cli.command {
        Command::Serve(_) => cli.verbose.max(1),
        _ => cli.verbose,
    };
    init_logging(verbose);
    let mut io = Io { out, err };
    let r = match cli.command {
        Command::Demo(a) => demo_cmd::run(&a, &mut io),
        Command::Serve(a) => serve::run(&a, &mut io),
        Command::Spec(a) => spec::run(&a, &mut io),
        Command::Do(a) => call::run(&a, &mut io),
        Command::Decode(a) => decode::run(&a, &mut io),
        Command::Bench(a) => bench::run(&a, &mut io),
        Command::Wireshark(a) => wireshark::run(&a, &mut io),
        Command::Xl(a) => xl::run(&a, &mut io),
    };
    let _ = io.out.flush();
    match r {
        Ok(()) => EXIT_OK,
        Err(e) => {
            let msg = e.to_string();
            if !msg.is_empty() {
                let _ = writeln!(io.err, "hvlink: {msg}");
            }
            e.exit_code()
        }
    }
}
