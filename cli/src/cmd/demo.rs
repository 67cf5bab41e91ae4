//! `hvlink demo`: its arguments and help. The demo itself — the use cases, the progress
//! display, the checks and the summary — is in `src/demo/`.

use std::fmt;
use std::path::PathBuf;

use hvlink_guest::client;
use hvlink_proto::Errno;

use crate::{CliError, Io};

/// A foreign error kept as it came (the KVM crate's reasons).
type Source = Box<dyn std::error::Error + Send + Sync>;

/// Why the demo could not run, or did not pass.
#[non_exhaustive]
#[derive(Debug)]
pub enum Error {
    /// Checks failed (the summary lists them).
    Checks {
        /// How many.
        failed: usize,
    },
    /// A guest client call of a use case failed.
    Client {
        /// The use case (`grant`, `compat`, `continuation`).
        case: &'static str,
        /// Why.
        error: client::Error,
    },
    /// The hypervisor refused a step of a use case.
    Hv {
        /// The use case.
        case: &'static str,
        /// The step.
        what: &'static str,
        /// Why.
        errno: Errno,
    },
    /// A toolstack step of a use case failed.
    Toolstack {
        /// The use case.
        case: &'static str,
        /// Why.
        error: crate::toolstack::Error,
    },
    /// `--kvm`: `/dev/kvm` is not usable here.
    NoKvm(Source),
    /// `--kvm`: the VM could not run.
    Vm(Source),
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Checks { failed } => write!(f, "demo: {failed} check(s) failed"),
            Error::Client { case, error } => write!(f, "{case} demo: {error}"),
            Error::Hv { case, what, errno } => write!(f, "{case} demo: {what}: {errno:?}"),
            Error::Toolstack { case, error } => write!(f, "{case} demo: {error}"),
            Error::NoKvm(why) => write!(f, "demo --kvm: /dev/kvm is not usable here: {why}"),
            Error::Vm(e) => write!(f, "demo --kvm: the VM could not run: {e}"),
        }
    }
}

impl std::error::Error for Error {}

/// Help text after the options.
const AFTER_HELP: &str = "\
What it runs (a few seconds with the defaults), on the embedded reference hypervisor
(control domain 0, guests 1 and 2; the host serves rings on its own thread):
  a. batched grant map/unmap: dom 1 grants --entries pages to dom 2, which maps and unmaps
     them in batches of --batch entries, some deliberately bad (each gets its own status);
     then the same maps one call each, on the ring and by register call
  b. toolstacks across versions: a toolstack built for Xen 4.15's domctl/sysctl (v1) and
     one for Xen 4.17's (v3) build, list (netlink dump) and destroy real domains on a Xen
     4.17 host and a Xen 4.15 host: defaults filled, unknown optional attributes ignored,
     a must-understand attribute refused by name, a missing op known before it is sent
  c. async continuations: a guest userspace queue awaits a long grant batch (preempted by
     the host) and a sched.poll, while the guest kernel keeps making calls
Every step is checked; exit code 0 only if every check passed (1 otherwise, with the
failed checks listed).

--kvm runs the real-VM variant instead: the bare-metal guest in examples/kvm-guest under
/dev/kvm (built on first use), batching grants on its ring and trapping register calls.";

/// `hvlink demo` arguments.
#[derive(Debug, clap::Args)]
#[command(after_help = AFTER_HELP)]
pub struct Args {
    /// Grant refs dom 1 grants and dom 2 maps and unmaps (use cases a and c); with --kvm,
    /// map+unmap pairs per measured phase.
    #[arg(long, value_name = "N", default_value_t = 4096,
          value_parser = clap::value_parser!(u32).range(16..=32_768))]
    pub entries: u32,
    /// Entries per batch message in use case a.
    #[arg(long, value_name = "N", default_value_t = 512,
          value_parser = clap::value_parser!(u32).range(1..=1024))]
    pub batch: u32,
    /// Maps (and unmaps) made one call each, per path, for the comparison in use case a.
    #[arg(long, value_name = "N", default_value_t = 512,
          value_parser = clap::value_parser!(u32).range(1..=65_536))]
    pub singles: u32,
    /// Write all ring traffic (every host) to this pcap file (`hvlink decode --pcap FILE`).
    #[arg(long, value_name = "FILE", conflicts_with = "kvm")]
    pub pcap: Option<PathBuf>,
    /// Run the real-VM variant under /dev/kvm instead.
    #[arg(long)]
    pub kvm: bool,
}

/// Run `hvlink demo`.
pub(crate) fn run(args: &Args, io: &mut Io<'_>) -> Result<(), CliError> {
    crate::demo::run(args, io)
}
