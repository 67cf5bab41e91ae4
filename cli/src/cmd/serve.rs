//! `hvlink serve --socket PATH`: the two-process deployment. The embedded reference
//! hypervisor (control domain 0, guests 1 and 2) serves guest processes that attach over a
//! Unix socket ([`hvlink_deploy::remote`]: each sends its memory as a memfd and its interrupt
//! eventfd, gets the host's doorbell back, and makes register calls over the socket) — what
//! `hvlink-host` does, with logging, a capture, and a clean stop on Ctrl-C or SIGTERM.

use std::fmt;
use std::os::unix::net::{UnixListener, UnixStream};
use std::path::PathBuf;

use hvlink_deploy::embedded::Options;

use crate::embedded::{self, GRANT_FRAME_BASE};
use crate::{CliError, Io};

/// Help text after the options.
const AFTER_HELP: &str = "\
Guests attach as a domain (1 and 2 are guests, 0 the control domain), one process per
domain at a time. Try it from another terminal:
  hvlink serve --socket /tmp/hvlink.sock --grant-refs 16
  hvlink do --connect /tmp/hvlink.sock --domain 2 grant_table.map_grant_ref \\
      --json '{\"dom\":1,\"ref\":3,\"flags\":\"host-map\",\"host-addr\":4096}'
  hvlink do --connect /tmp/hvlink.sock --domain 1 --regs grant_table.query_size

Logs go to stderr at info level (-v for debug; RUST_LOG overrides). Ctrl-C or SIGTERM stops
the host, removes the socket file and finishes the capture.";

/// `hvlink serve` arguments.
#[derive(Debug, clap::Args)]
#[command(after_help = AFTER_HELP)]
pub struct Args {
    /// The Unix socket to listen on (replaced if it exists).
    #[arg(long, value_name = "PATH")]
    pub socket: PathBuf,
    /// Domain 1 grants its refs 0..N to domain 2 at start (writable, frames 0x100+ref).
    #[arg(long, value_name = "N", default_value_t = 16,
          value_parser = clap::value_parser!(u32).range(0..=65_536))]
    pub grant_refs: u32,
    /// Write every message the host consumes and publishes to this pcap file.
    #[arg(long, value_name = "FILE")]
    pub pcap: Option<PathBuf>,
}

/// Why the host cannot serve on the socket.
#[non_exhaustive]
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Error {
    /// The path exists and is something else than a socket (exit 2).
    NotASocket(PathBuf),
    /// Another host is serving on the socket.
    Busy(PathBuf),
    /// The thread that accepted guest processes panicked.
    Panicked,
}

impl Error {
    /// Whether the command line is at fault (exit 2).
    pub fn is_usage(&self) -> bool {
        matches!(self, Error::NotASocket(_))
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::NotASocket(p) => write!(f, "{} exists and is not a socket", p.display()),
            Error::Busy(p) => write!(f, "{}: another host is serving there", p.display()),
            Error::Panicked => f.write_str("the server thread panicked"),
        }
    }
}

impl std::error::Error for Error {}

/// Run `hvlink serve` until Ctrl-C or SIGTERM.
pub(crate) fn run(args: &Args, io: &mut Io<'_>) -> Result<(), CliError> {
    let mut e = embedded::start(Options::default())?;
    e.with_hv(|hv| embedded::grant(hv, 0..args.grant_refs, GRANT_FRAME_BASE))?;
    let capture = match &args.pcap {
        Some(p) => Some(
            embedded::capture_pcap(&mut *e.shared().host(), p)
                .map_err(|err| CliError::input("cannot create", p, err))?,
        ),
        None => None,
    };
    let path = &args.socket;
    if path.exists() {
        // A stale socket of an earlier run; refuse anything that is not a socket.
        use std::os::unix::fs::FileTypeExt;
        let meta = std::fs::symlink_metadata(path).map_err(|error| CliError::Io {
            what: "cannot inspect",
            path: Some(path.clone()),
            error,
        })?;
        if !meta.file_type().is_socket() {
            return Err(Error::NotASocket(path.clone()).into());
        }
        if UnixStream::connect(path).is_ok() {
            return Err(Error::Busy(path.clone()).into());
        }
        let _ = std::fs::remove_file(path);
    }
    let listener = UnixListener::bind(path).map_err(|error| CliError::Io {
        what: "cannot listen on",
        path: Some(path.clone()),
        error,
    })?;
    tracing::info!(
        socket = %path.display(),
        grant_refs = args.grant_refs,
        "serving: domains 0 (control), 1 and 2"
    );
    io.print(&format!(
        "hvlink: serving on {} (domains 0, 1, 2; dom 1 granted refs 0..{} to dom 2); Ctrl-C stops\n",
        path.display(),
        args.grant_refs
    ))?;
    let _ = io.out.flush();
    let shared = e.shared().clone();
    let server = std::thread::Builder::new()
        .name("hvlink-accept".into())
        .spawn(move || hvlink_deploy::remote::serve(shared, listener))
        .map_err(|err| CliError::io("cannot start the server", err))?;

    let signal = wait_for_signal(&server);
    tracing::info!(reason = %signal, "stopping");
    // Stop the host, then wake the accept loop so that it sees it and returns.
    e.stop();
    let _ = UnixStream::connect(path);
    let served = server.join();
    let _ = std::fs::remove_file(path);
    let mut result = Ok(());
    if let Some(cap) = capture {
        match cap.finish() {
            Ok(n) => tracing::info!(records = n, "pcap written"),
            Err(err) => result = Err(CliError::io("pcap", err)),
        }
    }
    match served {
        Ok(Ok(())) => {}
        Ok(Err(err)) => result = Err(CliError::io("serving failed", err)),
        Err(_) => result = Err(Error::Panicked.into()),
    }
    io.print(&format!("hvlink: stopped ({signal})\n"))?;
    result
}

/// Wait for Ctrl-C or SIGTERM (or the server ending by itself); what happened.
fn wait_for_signal(server: &std::thread::JoinHandle<std::io::Result<()>>) -> String {
    let rt = match tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(err) => return format!("no signal handling: {err}"),
    };
    rt.block_on(async {
        use tokio::signal::unix::{signal, SignalKind};
        let mut term = match signal(SignalKind::terminate()) {
            Ok(s) => s,
            Err(err) => return format!("no signal handling: {err}"),
        };
        let ctrl_c = tokio::signal::ctrl_c();
        tokio::pin!(ctrl_c);
        let mut tick = tokio::time::interval(std::time::Duration::from_millis(200));
        loop {
            tokio::select! {
                _ = &mut ctrl_c => return "interrupted".to_string(),
                _ = term.recv() => return "terminated".to_string(),
                _ = tick.tick() => {
                    if server.is_finished() {
                        return "the server ended".to_string();
                    }
                }
            }
        }
    })
}
