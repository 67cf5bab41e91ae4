//! `hvlink xl`: a toolstack with xl's verbs and output — `create`, `list`, `pause`,
//! `unpause`, `shutdown`, `destroy`, `info`, `mem-set` — over `domctl`, `sysctl` and the
//! memory reservation ops ([`crate::toolstack`], built against the current spec), against
//! the embedded reference hypervisor or, with `--connect`, a host serving in another process
//! (`hvlink serve`) as the control domain.
//!
//! The embedded hypervisor lives for one invocation, so verbs can be chained with `+`:
//! `hvlink xl create guest.cfg + list + destroy guest + list`.

use std::fmt::Write as _;
use std::path::PathBuf;
use std::time::Duration;

use clap::ValueEnum;
use hvlink_codec::ring::QueueKind;
use hvlink_deploy::embedded::Options;
use hvlink_guest::client::{Client, Config, FastPath};
use hvlink_refhv::older::XenVersion;

use crate::toolstack::{self, list_line, v3, Error as TsError, LIST_HEADER};
use crate::{CliError, Io};

const AFTER_HELP: &str = "\
Verbs (xl's):
  create CONFIG     build a domain from a config file (name = \"…\", memory = MiB, vcpus = N)
  list              Name ID Mem VCPUs State Time(s), as xl prints it
  pause DOMAIN | unpause DOMAIN | shutdown DOMAIN | destroy DOMAIN
  info              the host (sysctl physinfo) and the interface versions it speaks
  mem-set DOMAIN MiB
DOMAIN is a name or an id. The embedded hypervisor lives for one invocation: chain verbs
with `+`, e.g.  hvlink xl create guest.cfg + list + destroy guest + list
With --connect DIR the verbs go to `hvlink serve --dir DIR` as domain 0.";

/// `hvlink xl` arguments.
#[derive(Debug, clap::Args)]
#[command(after_help = AFTER_HELP)]
pub struct Args {
    /// Talk to a host serving in another process (its socket directory) instead of the
    /// embedded one.
    #[arg(long, value_name = "DIR")]
    pub connect: Option<PathBuf>,
    /// Write every message of the embedded host to this pcap file (`hvlink decode --pcap`).
    #[arg(long, value_name = "FILE", conflicts_with = "connect")]
    pub pcap: Option<PathBuf>,
    /// Which Xen release the embedded hypervisor's domctl/sysctl follow.
    #[arg(long, value_enum, default_value_t = Xen::V4_17)]
    pub xen: Xen,
    /// The verb and its arguments (several, separated by `+`).
    #[arg(required = true, trailing_var_arg = true, allow_hyphen_values = true)]
    pub words: Vec<String>,
}

/// Xen releases the embedded hypervisor can be.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Xen {
    /// Xen 4.15: domctl v1, sysctl v1.
    #[value(name = "4.15")]
    V4_15,
    /// Xen 4.16: domctl v2, sysctl v2.
    #[value(name = "4.16")]
    V4_16,
    /// Xen 4.17: domctl v3, sysctl v2.
    #[value(name = "4.17")]
    V4_17,
}

impl From<Xen> for XenVersion {
    fn from(x: Xen) -> XenVersion {
        match x {
            Xen::V4_15 => XenVersion::Xen415,
            Xen::V4_16 => XenVersion::Xen416,
            Xen::V4_17 => XenVersion::Xen417,
        }
    }
}

/// Why `hvlink xl` failed.
#[non_exhaustive]
#[derive(Debug)]
pub enum Error {
    /// A verb xl does not have, or its arguments are wrong (exit 2).
    Usage(String),
    /// A toolstack step failed.
    Toolstack(TsError),
    /// The host could not be reached or started.
    Start(String),
}

impl Error {
    /// The command line is at fault (exit 2).
    pub fn is_usage(&self) -> bool {
        match self {
            Error::Usage(_) => true,
            Error::Toolstack(e) => e.is_usage(),
            Error::Start(_) => false,
        }
    }
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Error::Usage(s) => write!(f, "xl: {s}"),
            Error::Toolstack(e) => write!(f, "xl: {e}"),
            Error::Start(s) => write!(f, "xl: {s}"),
        }
    }
}

impl From<TsError> for Error {
    fn from(e: TsError) -> Self {
        Error::Toolstack(e)
    }
}

/// One verb with its arguments.
fn verbs(words: &[String]) -> Vec<&[String]> {
    words
        .split(|w| w == "+")
        .filter(|v| !v.is_empty())
        .collect()
}

/// Run `hvlink xl`.
pub fn run(args: &Args, io: &mut Io<'_>) -> Result<(), CliError> {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .map_err(|e| CliError::io("cannot start the tokio runtime", e))?;
    let config = Config {
        queue_id: 7,
        kind: QueueKind::Userspace,
        // With --pcap every call goes on the ring, so that the capture holds all of them.
        fast_path: if args.pcap.is_some() {
            FastPath::Ring
        } else {
            FastPath::Auto
        },
        timeout: Some(Duration::from_secs(30)),
        ..Config::default()
    };
    let mut out = String::new();
    let capture = match &args.pcap {
        Some(p) => Some(
            crate::PcapCapture::create(p).map_err(|e| CliError::input("cannot create", p, e))?,
        ),
        None => None,
    };
    let r: Result<(), Error> = runtime.block_on(async {
        // Keep the host (embedded or remote attachment) alive while the client runs.
        let (_embedded, _remote, c) = match &args.connect {
            Some(dir) => {
                let remote = hvlink_guest::client::unix::connect(dir, 0, 8 << 20).map_err(|e| {
                    Error::Start(format!("cannot attach to {}: {e}", dir.display()))
                })?;
                let c = remote
                    .client(config)
                    .await
                    .map_err(|e| Error::Start(format!("cannot set up a queue: {e}")))?;
                (None, Some(remote), c)
            }
            None => {
                let e = crate::embedded::start(Options {
                    xen: args.xen.into(),
                    ..Options::default()
                })
                .map_err(|e| Error::Start(e.to_string()))?;
                if let Some(cap) = &capture {
                    cap.install(&mut *e.shared().host());
                }
                let c = e
                    .client(0, config)
                    .await
                    .map_err(|e| Error::Start(format!("cannot set up a queue: {e}")))?;
                (Some(e), None, c)
            }
        };
        for v in verbs(&args.words) {
            verb(&c, v, &mut out).await?;
        }
        c.close();
        Ok(())
    });
    io.print(&out)?;
    if let Some(cap) = &capture {
        cap.finish()
            .map_err(|e| CliError::io("cannot write the pcap file", e))?;
    }
    r.map_err(CliError::Xl)
}

async fn domain_arg(c: &Client, v: &[String]) -> Result<u16, Error> {
    let which = v
        .get(1)
        .ok_or_else(|| Error::Usage(format!("{} needs a domain", v[0])))?;
    Ok(v3::find(c, which).await?)
}

async fn verb(c: &Client, v: &[String], out: &mut String) -> Result<(), Error> {
    match v[0].as_str() {
        "create" => {
            let path = v
                .get(1)
                .ok_or_else(|| Error::Usage("create needs a config file".into()))?;
            let text = std::fs::read_to_string(path)
                .map_err(|e| Error::Usage(format!("cannot read {path}: {e}")))?;
            let spec = toolstack::parse_config(&text)?;
            let _ = writeln!(out, "Parsing config from {path}");
            v3::create(c, &spec).await?;
        }
        "list" => {
            let rows = v3::list(c).await?;
            let _ = writeln!(out, "{LIST_HEADER}");
            for r in rows {
                let _ = writeln!(out, "{}", list_line(&r));
            }
        }
        "pause" => v3::pause(c, domain_arg(c, v).await?).await?,
        "unpause" => v3::unpause(c, domain_arg(c, v).await?).await?,
        "shutdown" => {
            let d = domain_arg(c, v).await?;
            let _ = writeln!(out, "Shutting down domain {d}");
            toolstack::shutdown(c, d).await?;
        }
        "destroy" => v3::destroy(c, domain_arg(c, v).await?).await?,
        "mem-set" => {
            let d = domain_arg(c, v).await?;
            let mib: u64 = v
                .get(2)
                .and_then(|m| m.trim_end_matches(['m', 'M']).parse().ok())
                .ok_or_else(|| Error::Usage("mem-set needs DOMAIN MiB".into()))?;
            v3::mem_set(c, d, mib).await?;
        }
        "info" => {
            let (cpus, total, free, caps) = v3::physinfo(c).await?;
            let host = c.host();
            let ver = |id: u16| {
                host.as_ref()
                    .and_then(|h| h.families.get(&id).map(|f| f.1))
                    .unwrap_or(0)
            };
            let xen = match (ver(36), ver(35)) {
                (1, _) => "4.15",
                (2, _) => "4.16",
                _ => "4.17",
            };
            let _ = writeln!(out, "host                   : hvlink-refhv");
            let _ = writeln!(out, "nr_cpus                : {cpus}");
            let _ = writeln!(out, "total_memory           : {total}");
            let _ = writeln!(out, "free_memory            : {free}");
            let _ = writeln!(out, "xen_caps               : {caps}");
            let _ = writeln!(out, "xen_version            : {xen}");
            let _ = writeln!(
                out,
                "hvlink_interfaces      : domctl v{}, sysctl v{}, memory v{}",
                ver(36),
                ver(35),
                ver(12)
            );
        }
        other => return Err(Error::Usage(format!("unknown verb {other:?} (see --help)"))),
    }
    Ok(())
}
