//! `hvlink serve --dir DIR`: the two-process deployment. The embedded reference hypervisor
//! (control domain 0, guests 1 and 2) serves guest processes that attach over one Unix socket
//! per domain, `DIR/dom<N>.sock` ([`hvlink_deploy::remote`]: the socket decides the domain;
//! each process sends its memory as a sealed memfd, gets its own doorbell and interrupt line
//! back, and makes register calls over the socket) — what `hvlink-host` does, with logging, a
//! capture, and a clean stop on Ctrl-C or SIGTERM.

use std::fmt;
use std::os::unix::net::UnixStream;
use std::path::PathBuf;
use std::time::Duration;

use hvlink_deploy::embedded::Options;
use hvlink_deploy::remote::{socket_path, BindError, Limits, Sockets};
use hvlink_host::serve::PollMode;

use crate::embedded::{self, DOM1, DOM2, GRANT_FRAME_BASE};
use crate::{CliError, Io};

/// Help text after the options.
const AFTER_HELP: &str = "\
Each domain has its own socket, DIR/dom<N>.sock (1 and 2 are guests, 0 the control domain):
the socket a process connects to is the domain it runs as, one process per domain at a time.
DIR is created 0711 (or must be this user's and writable by nobody else) and each socket is
0600: give a guest's socket to the guest's user with chown. The control domain's socket also
checks that the peer is this user or root. Try it from another terminal:
  hvlink serve --dir $XDG_RUNTIME_DIR/hvlink --grant-refs 16
  hvlink do --connect $XDG_RUNTIME_DIR/hvlink --domain 2 grant_table.map_grant_ref \\
      --json '{\"dom\":1,\"ref\":3,\"flags\":\"host-map\",\"host-addr\":4096}'
  hvlink do --connect $XDG_RUNTIME_DIR/hvlink --domain 1 --regs grant_table.query_size
Logs go to stderr at info level (-v for debug; RUST_LOG overrides). Ctrl-C or SIGTERM stops
the host, removes the socket files and finishes the capture.";

/// `hvlink serve` arguments.
#[derive(Debug, clap::Args)]
#[command(after_help = AFTER_HELP)]
pub struct Args {
    /// The directory of the per-domain sockets (`DIR/dom<N>.sock`), created if missing.
    #[arg(long, value_name = "DIR")]
    pub dir: PathBuf,
    /// Domain 1 grants its refs 0..N to domain 2 at start (writable, frames 0x100+ref).
    #[arg(long, value_name = "N", default_value_t = 16,
          value_parser = clap::value_parser!(u32).range(0..=65_536))]
    pub grant_refs: u32,
    /// Write every message the host consumes and publishes to this pcap file.
    #[arg(long, value_name = "FILE")]
    pub pcap: Option<PathBuf>,
    /// How the host waits when idle: `adaptive` (poll for a window adapted to the arrivals,
    /// at most 200 µs; `adaptive:US` sets the most), `interrupt` (park at once, every
    /// request after a pause needs a doorbell), or a fixed window in µs.
    #[arg(long, value_name = "MODE", default_value = "adaptive", value_parser = parse_poll)]
    pub poll: PollMode,
    /// The time slice in µs: how long one domain's work may hold the host per turn before
    /// other domains' requests are served (0: entries and bytes only).
    #[arg(long, value_name = "US", default_value_t = 20)]
    pub slice: u64,
    /// Pin the host thread (it polls the queues while busy) to this CPU, as io_uring's
    /// SQPOLL thread is pinned with `sq_thread_cpu`; guests then keep the other cores.
    #[arg(long, value_name = "N")]
    pub cpu: Option<usize>,
}

/// A `--poll` value that is not one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PollArgError {
    /// `adaptive:US` with a `US` that is not a number of microseconds.
    NotMicros(String),
    /// None of the forms.
    Unknown(String),
}

impl std::fmt::Display for PollArgError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            PollArgError::NotMicros(v) => write!(f, "`{v}` is not a number of microseconds"),
            PollArgError::Unknown(s) => write!(
                f,
                "`{s}`: expected `adaptive`, `adaptive:US`, `interrupt` or microseconds"
            ),
        }
    }
}

impl std::error::Error for PollArgError {}

/// `--poll`'s value.
fn parse_poll(s: &str) -> Result<PollMode, PollArgError> {
    let us = |v: &str| v.parse::<u64>().map(Duration::from_micros);
    match s {
        "adaptive" => Ok(PollMode::default()),
        "interrupt" => Ok(PollMode::Interrupt),
        _ => match s.strip_prefix("adaptive:") {
            Some(max) => Ok(PollMode::Adaptive {
                max: us(max).map_err(|_| PollArgError::NotMicros(max.to_string()))?,
            }),
            None => us(s)
                .map(PollMode::Fixed)
                .map_err(|_| PollArgError::Unknown(s.to_string())),
        },
    }
}

/// Why the host cannot serve.
#[non_exhaustive]
#[derive(Debug)]
pub enum Error {
    /// The per-domain sockets could not be set up.
    Listen(BindError),
    /// The thread that accepted guest processes panicked.
    Panicked,
}

impl Error {
    /// Whether the command line is at fault (exit 2): a directory or a path the host cannot
    /// use.
    pub fn is_usage(&self) -> bool {
        matches!(
            self,
            Error::Listen(BindError::UnsafeDir { .. } | BindError::Occupied { .. })
        )
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Listen(e) => e.fmt(f),
            Error::Panicked => f.write_str("the server thread panicked"),
        }
    }
}

impl std::error::Error for Error {}

/// Run `hvlink serve` until Ctrl-C or SIGTERM.
pub(crate) fn run(args: &Args, io: &mut Io<'_>) -> Result<(), CliError> {
    let mut opts = Options::default();
    opts.config.slice = Duration::from_micros(args.slice);
    opts.host_cpu = args.cpu;
    let mut e = embedded::start(opts)?;
    e.shared().set_poll_mode(args.poll);
    e.with_hv(|hv| embedded::grant(hv, 0..args.grant_refs, GRANT_FRAME_BASE))?;
    let capture = match &args.pcap {
        Some(p) => Some(
            embedded::capture_pcap(&mut *e.shared().host(), p)
                .map_err(|err| CliError::input("cannot create", p, err))?,
        ),
        None => None,
    };
    let dir = &args.dir;
    let sockets = Sockets::bind(dir, &[0, DOM1, DOM2]).map_err(Error::Listen)?;
    tracing::info!(
        dir = %dir.display(),
        grant_refs = args.grant_refs,
        "serving: domains 0 (control), 1 and 2"
    );
    io.print(&format!(
        "hvlink: serving on {}/dom{{0,1,2}}.sock (dom 1 granted refs 0..{} to dom 2); Ctrl-C stops\n",
        dir.display(),
        args.grant_refs
    ))?;
    let _ = io.out.flush();
    let shared = e.shared().clone();
    let server = std::thread::Builder::new()
        .name("hvlink-accept".into())
        .spawn(move || hvlink_deploy::remote::serve(shared, sockets, Limits::default()))
        .map_err(|err| CliError::io("cannot start the server", err))?;

    let signal = wait_for_signal(&server);
    tracing::info!(reason = %signal, "stopping");
    // Stop the host, then wake the accept loop so that it sees it and returns.
    e.stop();
    let _ = UnixStream::connect(socket_path(dir, 0));
    let served = server.join();
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
    let m = e.shared().metrics().snapshot();
    tracing::info!(
        messages = m.messages,
        register_calls = m.register_calls,
        doorbells = m.doorbells,
        parks = m.parks,
        poll_hits = m.poll_hits,
        poll_ms = m.poll_ns / 1_000_000,
        slice_max_us = m.slice_max_ns / 1_000,
        "served"
    );
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn poll_modes_parse() {
        assert_eq!(parse_poll("adaptive"), Ok(PollMode::default()));
        assert_eq!(
            parse_poll("adaptive:80"),
            Ok(PollMode::Adaptive {
                max: Duration::from_micros(80)
            })
        );
        assert_eq!(parse_poll("interrupt"), Ok(PollMode::Interrupt));
        assert_eq!(
            parse_poll("30"),
            Ok(PollMode::Fixed(Duration::from_micros(30)))
        );
        assert_eq!(
            parse_poll("fast"),
            Err(PollArgError::Unknown("fast".into()))
        );
        assert!(parse_poll("fast")
            .unwrap_err()
            .to_string()
            .contains("`fast`"));
        assert_eq!(
            parse_poll("adaptive:x"),
            Err(PollArgError::NotMicros("x".into()))
        );
        assert!(parse_poll("adaptive:x")
            .unwrap_err()
            .to_string()
            .contains("`x` is not a number of microseconds"));
    }
}
