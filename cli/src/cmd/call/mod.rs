//! `hvlink do FAMILY.OP --json '{…}'`: one call against the embedded reference hypervisor
//! (or, with `--connect`, a serving host through a guest client: `connect.rs`), in the manner
//! of the Linux kernel's ynl CLI.
//!
//! The request is built from JSON by the generic encoder ([`crate::ynl::encode`]) from the
//! spec's descriptors, sent on the ring path ([`Host::call`](hvlink_host::server::Host::call):
//! the same parsing, privilege checks, validation and dispatch as a queue gets) or, with
//! `--regs`, as a FastABI register call (`regs.rs`,
//! [`Host::register_call`](hvlink_host::server::Host::register_call)), and the reply printed
//! as JSON by the generic decoder ([`crate::ynl::tree`]).

use std::fmt;
use std::path::PathBuf;

use hvlink_codec::{Flags, MessageType, Messages};
use hvlink_guest::client;
use hvlink_host::dispatch::QueueKind;
use hvlink_proto::rt::{AttrDesc, OpDesc};
use serde_json::Value as Json;

use crate::embedded::{self, Setup};
use crate::ynl::msg::{self, status_name};
use crate::ynl::tree::{self, Field, Value};
use crate::ynl::{encode, hex, pcap};
use crate::{read_stdin, CliError, Io};

mod connect;
mod regs;

/// Help text after the options.
const AFTER_HELP: &str = "\
The embedded host: a control domain 0 and guests 1 and 2 on a virtual clock, started fresh
for each invocation. --setup grants (the default) first has dom 1 grant refs 0..=15 to dom 2
(writable, frames 0x100+ref), so a map from dom 2 with \"dom\": 1 succeeds; --setup none skips it.

JSON: attribute names as in `hvlink spec FAMILY.OP` (`_` works for `-`); nests are objects,
repeated attributes arrays; integers as numbers or strings (\"0x10\"); enums by entry name or
number; flag sets as \"a|b\", an array of names, or a number; binaries as hex strings.
The host validates the request as any other: ranges, forms, required attributes.

Examples:
  hvlink do version.version
  hvlink do grant_table.map_grant_ref --domain 2 --json '{\"dom\":1,\"ref\":3,\"flags\":\"host-map\",\"host-addr\":4096}'
  hvlink do grant_table.map_grant_ref --domain 2 --json '{\"mode\":\"atomic\",\"entry\":[{\"dom\":1,\"ref\":0,\"flags\":\"host-map\"},{\"dom\":1,\"ref\":1,\"flags\":\"host-map\"}]}'
  hvlink do grant_table.map_grant_ref --domain 2 --regs --json '{\"dom\":1,\"ref\":3,\"flags\":\"host-map\"}'
  hvlink do grant_table.query_size --domain 1 --pcap /tmp/q.pcap && hvlink decode --pcap /tmp/q.pcap
  hvlink do --connect /tmp/hvlink.sock --domain 2 grant_table.map_grant_ref --json '{\"dom\":1,\"ref\":3,\"flags\":\"host-map\"}'
    (to a host started with `hvlink serve --socket /tmp/hvlink.sock`, through a guest client)

Exit codes: 0 ok; 1 the host answered with an error (details on stderr: status, message,
offending attribute by name and offset) or a batch entry failed; 2 bad usage or bad JSON.";

/// `hvlink do` arguments.
#[derive(Debug, clap::Args)]
#[command(after_help = AFTER_HELP)]
pub struct Args {
    /// The op, as FAMILY.OP (e.g. grant_table.map_grant_ref).
    pub op: String,
    /// The request's attributes as a JSON object; `-` reads stdin, `@FILE` reads a file.
    #[arg(long, short = 'j', value_name = "JSON")]
    pub json: Option<String>,
    /// The calling domain (0 is the control domain; 1 and 2 are guests).
    #[arg(long, short = 'd', default_value_t = 0)]
    pub domain: u16,
    /// Call from a userspace queue (only ops of class `logical`, or control ops from dom 0).
    #[arg(long, conflicts_with = "regs")]
    pub userspace: bool,
    /// Use the FastABI register path (ops with a register mapping only; single form).
    #[arg(long)]
    pub regs: bool,
    /// Scenario to run on the embedded host first.
    #[arg(long, value_enum, default_value_t = Setup::Grants)]
    pub setup: Setup,
    /// Write every message the host consumed and published (with `--regs`: the register
    /// call and its result) to this pcap file.
    #[arg(long, value_name = "FILE")]
    pub pcap: Option<PathBuf>,
    /// Also print the request and reply messages in hex on stderr (input for `hvlink decode`).
    #[arg(long)]
    pub hex: bool,
    /// Print compact JSON (one line).
    #[arg(long)]
    pub compact: bool,
    /// Send the request to the host serving in this socket directory (`hvlink serve --dir`;
    /// or to this socket) through a guest client attached as `--domain` on the domain's own
    /// socket, instead of the embedded host (`--setup` does not apply: the serving host has
    /// its own state).
    #[arg(long, value_name = "DIR", conflicts_with = "pcap")]
    pub connect: Option<PathBuf>,
}

/// Why `hvlink do` failed once its request was built.
#[non_exhaustive]
#[derive(Debug)]
pub enum Error {
    /// The host parked the ring call: it waits for an event nothing in a one-shot host sends.
    Parked(&'static OpDesc),
    /// The register call would block the vCPU, for the same reason.
    Blocked(&'static OpDesc),
    /// A reply that does not parse.
    Reply {
        /// What could not be read (`malformed reply`, `malformed ERROR`).
        what: &'static str,
        /// Why.
        error: hvlink_codec::Error,
    },
    /// Batch entries answered with a status other than okay.
    Entries {
        /// The op.
        op: &'static OpDesc,
        /// How many failed.
        failed: usize,
        /// Of how many.
        total: usize,
    },
    /// The request the encoder built does not parse back (exit 2).
    Request(hvlink_codec::Error),
    /// `--regs` for an op without a register form (exit 2).
    NoRegisterForm(&'static OpDesc),
    /// `--regs` with an attribute of another form than the register form's (exit 2).
    WrongForm {
        /// The attribute.
        attr: &'static AttrDesc,
        /// The form a register call carries.
        want: &'static str,
    },
    /// `--regs` with an attribute that has no register (exit 2).
    NoRegister(&'static AttrDesc),
    /// `--regs` with an attribute given twice (exit 2).
    SameRegister(&'static AttrDesc),
    /// `--regs` with an attribute that is not an integer or a flag (exit 2).
    NotScalar(&'static AttrDesc),
    /// `--connect`: this process could not attach to the serving host.
    Attach {
        /// The host's socket.
        path: PathBuf,
        /// The domain asked for.
        domain: u16,
        /// Why.
        error: std::io::Error,
    },
    /// `--connect`: no queue could be set up in this process's memory.
    Queue(client::Error),
    /// `--connect`: the call failed in the guest client.
    Client {
        /// The op.
        op: &'static OpDesc,
        /// Why.
        error: client::Error,
    },
    /// The reply could not be printed as JSON.
    Json(serde_json::Error),
}

impl Error {
    /// Whether the command line is at fault (exit 2), not the call.
    pub fn is_usage(&self) -> bool {
        matches!(
            self,
            Error::Request(_)
                | Error::NoRegisterForm(_)
                | Error::WrongForm { .. }
                | Error::NoRegister(_)
                | Error::SameRegister(_)
                | Error::NotScalar(_)
        )
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        const ONE_SHOT: &str = "nothing in this one-shot host will send";
        match self {
            Error::Parked(op) => write!(
                f,
                "{}.{} parked: it waits for an event {ONE_SHOT}",
                op.family, op.name
            ),
            Error::Blocked(op) => write!(
                f,
                "{}.{} blocked: the vCPU would wait for an event {ONE_SHOT}",
                op.family, op.name
            ),
            Error::Reply { what, error } => write!(f, "{what}: {error}"),
            Error::Entries { op, failed, total } => write!(
                f,
                "{}.{}: {failed} of {total} entries failed (see their status)",
                op.family, op.name
            ),
            Error::Request(e) => e.fmt(f),
            Error::NoRegisterForm(op) => write!(
                f,
                "{}.{} has no FastABI register form: {}",
                op.family,
                op.name,
                op.ring_only
                    .unwrap_or("the spec gives it no register mapping")
            ),
            Error::WrongForm { attr, want } => write!(
                f,
                "--regs: `{}` belongs to form `{}`; a register call carries form `{want}`",
                attr.name,
                attr.form.unwrap_or("-")
            ),
            Error::NoRegister(a) => write!(
                f,
                "--regs: `{}` has no register in the FastABI mapping",
                a.name
            ),
            Error::SameRegister(a) => write!(f, "--regs: one register carries one `{}`", a.name),
            Error::NotScalar(a) => write!(f, "--regs: `{}` is not a scalar", a.name),
            Error::Attach {
                path,
                domain,
                error,
            } => write!(
                f,
                "cannot attach to the host at {} as domain {domain}: {error}",
                path.display()
            ),
            Error::Queue(e) => write!(f, "cannot set up a queue: {e}"),
            Error::Client { op, error } => write!(f, "{}.{}: {error}", op.family, op.name),
            Error::Json(e) => e.fmt(f),
        }
    }
}

impl std::error::Error for Error {}

fn read_json(arg: Option<&str>) -> Result<Json, CliError> {
    let text = match arg {
        None => return Ok(Json::Object(Default::default())),
        Some("-") => read_stdin()?,
        Some(a) if a.starts_with('@') => std::fs::read_to_string(&a[1..])
            .map_err(|e| CliError::input("cannot read", &a[1..], e))?,
        Some(a) => a.to_string(),
    };
    serde_json::from_str(&text).map_err(CliError::JsonSyntax)
}

/// Entries (anywhere in the reply) whose `status` enum has an `okay` entry and is not it.
fn failed_entries(fields: &[Field]) -> (usize, usize) {
    let (mut total, mut failed) = (0, 0);
    for f in fields {
        match &f.value {
            Value::Int { v, .. } if f.desc.is_some_and(|d| d.name == "status") => {
                let okay = f
                    .desc
                    .and_then(|d| d.enumeration)
                    .and_then(crate::ynl::defs::lookup)
                    .and_then(|d| d.value_of("okay"));
                if let Some(ok) = okay {
                    total += 1;
                    if i128::from(ok) != *v {
                        failed += 1;
                    }
                }
            }
            Value::Nest { fields, .. } => {
                let (t, n) = failed_entries(fields);
                total += t;
                failed += n;
            }
            _ => {}
        }
    }
    (total, failed)
}

fn print_json(io: &mut Io<'_>, j: &Json, compact: bool) -> Result<(), CliError> {
    let s = if compact {
        serde_json::to_string(j)
    } else {
        serde_json::to_string_pretty(j)
    }
    .map_err(Error::Json)?;
    io.print(&s)?;
    io.print("\n")
}

/// Run `hvlink do`.
pub(crate) fn run(args: &Args, io: &mut Io<'_>) -> Result<(), CliError> {
    let op = msg::find_op(&args.op)?;
    let json = read_json(args.json.as_deref())?;
    let request = encode::request(op, &json, Flags::REQUEST, 1, 0)?;
    tracing::debug!(op = %args.op, len = request.len(), "request built");
    if args.hex {
        let _ = writeln!(io.err, "request: {}", hex::encode(&request));
    }
    if let Some(path) = &args.connect {
        return connect::run(args, op, &request, path, io);
    }
    let mut host = embedded::host(args.setup)?;
    let capture = match &args.pcap {
        Some(p) => Some(
            embedded::capture_pcap(&mut host, p)
                .map_err(|e| CliError::input("cannot create", p, e))?,
        ),
        None => None,
    };
    if args.regs {
        // The host taps the call and its result as register-call records.
        let r = regs::run(args, op, &request, &mut host, io);
        if let Some(cap) = &capture {
            cap.finish().map_err(|e| CliError::io("pcap", e))?;
        }
        return r;
    }
    let kind = if args.userspace {
        QueueKind::Userspace
    } else {
        QueueKind::Kernel
    };
    let mut out = Vec::new();
    let done = host.call(args.domain, kind, &request, &mut out);
    if let Some(cap) = &capture {
        // The host's tap does not see replies that `Host::call` writes before dispatch
        // (parse and privilege errors); write what it missed so the capture is whole.
        let tapped_replies = cap.records().saturating_sub(1 + cap.announced());
        let all: Vec<&[u8]> = Messages::new(&out)
            .flatten()
            .map(|(at, m)| &out[at..at + m.len()])
            .collect();
        for m in all.iter().skip(tapped_replies as usize) {
            cap.write(pcap::Dir::Reply, args.domain, u16::MAX, m);
        }
        let n = cap.finish().map_err(|e| CliError::io("pcap", e))?;
        tracing::info!(records = n, "pcap written");
    }
    if args.hex {
        for (at, m) in Messages::new(&out).flatten() {
            let _ = writeln!(io.err, "reply:   {}", hex::encode(&out[at..at + m.len()]));
        }
    }
    if !done {
        return Err(Error::Parked(op).into());
    }
    print_reply(args, op, &request, &out, io)
}

fn print_error(op: &OpDesc, e: &msg::ErrorInfo, io: &mut Io<'_>) -> Result<(), CliError> {
    let _ = writeln!(
        io.err,
        "hvlink: {}.{} failed: {} ({})",
        op.family,
        op.name,
        status_name(e.status),
        e.status
    );
    // The headline gave the status; the rest is the extended ack.
    let detail = e.to_text("  ");
    let _ = write!(io.err, "{}", detail.split_once('\n').map_or("", |x| x.1));
    Err(CliError::Reported)
}

fn malformed(error: hvlink_codec::Error) -> Error {
    Error::Reply {
        what: "malformed reply",
        error,
    }
}

/// Print the reply messages `out` to `request`: the reply as JSON, or the error.
fn print_reply(
    args: &Args,
    op: &'static OpDesc,
    request: &[u8],
    out: &[u8],
    io: &mut Io<'_>,
) -> Result<(), CliError> {
    let mut fields = Vec::new();
    let mut error = None;
    for m in Messages::new(out) {
        let (_, m) = m.map_err(malformed)?;
        match m.message_type() {
            MessageType::ERROR => {
                let e = m.error().map_err(|error| Error::Reply {
                    what: "malformed ERROR",
                    error,
                })?;
                if e.status != 0 {
                    error = Some(msg::error_info(&e, Some(request)));
                }
            }
            MessageType::DONE | MessageType::NOOP => {}
            t if t.0 == op.msg_type => {
                let (_, attrs) = m.genl().map_err(malformed)?;
                fields.extend(tree::walk(attrs, Some(op.reply)));
            }
            t => tracing::warn!(msg_type = t.0, "unexpected reply message"),
        }
    }
    if let Some(e) = error {
        return print_error(op, &e, io);
    }
    print_json(io, &Json::Object(tree::to_json(&fields)), args.compact)?;
    Ok(entry_status(op, &fields)?)
}

/// Every batch entry okay, or how many are not.
fn entry_status(op: &'static OpDesc, fields: &[Field]) -> Result<(), Error> {
    match failed_entries(fields) {
        (_, 0) => Ok(()),
        (total, failed) => Err(Error::Entries { op, failed, total }),
    }
}
