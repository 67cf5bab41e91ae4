//! The embedded reference hypervisor the CLI talks to, and the capture tap that writes its
//! traffic to a pcap file.
//!
//! The host has a control domain 0 (privileged) and two guests, 1 and 2, each with
//! [`GUEST_MEM`] of real guest memory, on a virtual clock (so runs are deterministic). Every
//! `hvlink` invocation starts a fresh one; [`Setup`] picks a small fixed scenario to run first
//! so that calls have something to act on ([`grant`]: the grants every scenario that maps
//! starts from). [`start`] brings up the reference hypervisor serving on its own thread
//! instead (`hvlink serve`, the demo).

use std::fmt;
use std::fs::File;
use std::io::{self, BufWriter};
use std::path::Path;
use std::sync::{Arc, Mutex};

use clap::ValueEnum;
use hvlink_deploy::embedded::{Embedded, Options};
use hvlink_host::dispatch::Hypercalls;
use hvlink_host::server::{Config, Direction, Host};
use hvlink_proto::Errno;
use hvlink_refhv::{Clock, DomainConfig, Hypervisor};
use vm_memory::mmap::FromRangesError;
use vm_memory::{GuestAddress, GuestMemory, GuestMemoryMmap};

use crate::ynl::pcap;

/// The embedded host.
pub type EmbeddedHost = Host<Hypervisor, GuestMemoryMmap>;

/// The control domain.
pub const DOM0: u16 = 0;
/// The granting guest of the `grants` scenario.
pub const DOM1: u16 = 1;
/// The mapping guest of the `grants` scenario.
pub const DOM2: u16 = 2;
/// Guest memory per domain (mapped lazily; untouched pages cost nothing).
pub const GUEST_MEM: usize = 16 << 20;
/// The grant references dom 1 grants to dom 2 in the `grants` scenario.
pub const GRANT_REFS: std::ops::RangeInclusive<u32> = 0..=15;
/// The frame dom 1 grants as ref `r` is `GRANT_FRAME_BASE + r`.
pub const GRANT_FRAME_BASE: u64 = 0x100;

/// A scenario run on the embedded host before the call.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum, Default)]
pub enum Setup {
    /// Domains 0 (control), 1 and 2 and nothing else.
    None,
    /// `none`, then dom 1 grants refs 0..=15 to dom 2 (writable, frames 0x100+ref), so that
    /// `grant_table.map_grant_ref` from dom 2 with `dom: 1` works.
    #[default]
    Grants,
}

/// Why the embedded host could not be brought up.
#[non_exhaustive]
#[derive(Debug)]
pub enum Error {
    /// The hypervisor refused to create a domain.
    CreateDomain {
        /// The domain.
        domain: u16,
        /// Why.
        errno: Errno,
    },
    /// A domain's guest memory could not be mapped.
    Memory(FromRangesError),
    /// The reference hypervisor serving on its own thread could not be started.
    Start(io::Error),
    /// The hypervisor refused a grant of dom 1 to dom 2 that a scenario makes.
    Grant {
        /// The grant reference.
        r#ref: u32,
        /// Why.
        errno: Errno,
    },
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::CreateDomain { domain, errno } => {
                write!(f, "cannot create domain {domain}: {errno:?}")
            }
            Error::Memory(e) => write!(f, "cannot map guest memory: {e}"),
            Error::Start(e) => write!(f, "cannot start the reference hypervisor: {e}"),
            Error::Grant { r#ref, errno } => {
                write!(
                    f,
                    "dom {DOM1} cannot grant ref {} to dom {DOM2}: {errno:?}",
                    r#ref
                )
            }
        }
    }
}

impl std::error::Error for Error {}

/// A fresh embedded host with its domains and memory, after `setup`.
pub fn host(setup: Setup) -> Result<EmbeddedHost, Error> {
    let mut hv = Hypervisor::new(Clock::Virtual(1_000_000_000));
    let pages = (GUEST_MEM / 4096) as u64;
    for d in [DOM0, DOM1, DOM2] {
        hv.create_domain(
            d,
            DomainConfig {
                privileged: d == DOM0,
                pages,
                ..Default::default()
            },
        )
        .map_err(|errno| Error::CreateDomain { domain: d, errno })?;
    }
    let mut host = Host::new(hv, Config::default());
    for d in [DOM0, DOM1, DOM2] {
        let m =
            GuestMemoryMmap::from_ranges(&[(GuestAddress(0), GUEST_MEM)]).map_err(Error::Memory)?;
        host.set_memory(d, m);
    }
    apply(&mut host, setup)?;
    Ok(host)
}

/// Run a scenario on a host.
pub fn apply(host: &mut EmbeddedHost, setup: Setup) -> Result<(), Error> {
    match setup {
        Setup::None => {}
        Setup::Grants => {
            grant(&mut host.hv, GRANT_REFS, GRANT_FRAME_BASE)?;
            tracing::debug!("setup: dom1 granted refs 0..=15 to dom2");
        }
    }
    Ok(())
}

/// The reference hypervisor serving on its own thread (`hvlink serve`, the demo).
pub fn start(opts: Options) -> Result<Embedded, Error> {
    Embedded::start(opts).map_err(Error::Start)
}

/// Dom 1 grants each of `refs` to dom 2, writable, ref `r` being frame `frame_base + r`: the
/// grants every scenario that maps starts from.
pub fn grant(
    hv: &mut Hypervisor,
    refs: impl IntoIterator<Item = u32>,
    frame_base: u64,
) -> Result<(), Error> {
    refs.into_iter().try_for_each(|r| {
        hv.grant_access(DOM1, r, DOM2, frame_base + u64::from(r), false)
            .map_err(|errno| Error::Grant { r#ref: r, errno })
    })
}

/// A pcap file being written by a host's capture tap.
#[derive(Clone)]
pub struct PcapCapture {
    inner: Arc<Mutex<CaptureState>>,
}

struct CaptureState {
    writer: pcap::Writer<BufWriter<File>>,
    error: Option<io::Error>,
    announced: u64,
}

impl PcapCapture {
    /// Append one message by hand (for messages that did not pass the tap).
    pub fn write(&self, dir: pcap::Dir, domain: u16, queue: u16, msg: &[u8]) {
        if let Ok(mut s) = self.inner.lock() {
            if s.error.is_none() {
                if let Err(e) = s.writer.write(dir, domain, queue, msg) {
                    s.error = Some(e);
                }
            }
        }
    }

    /// Records written so far.
    pub fn records(&self) -> u64 {
        self.inner.lock().map_or(0, |s| s.writer.records())
    }

    /// Flush the file; the first write error, if any, is reported here.
    pub fn finish(&self) -> io::Result<u64> {
        let mut s = self
            .inner
            .lock()
            .map_err(|_| io::Error::other("capture poisoned"))?;
        if let Some(e) = s.error.take() {
            return Err(e);
        }
        s.writer.flush()?;
        Ok(s.writer.records())
    }
}

/// Create `path` and install a capture tap on `host` that writes every request it consumes
/// and every reply it publishes to it (`LINKTYPE_NETLINK`, see [`crate::ynl::pcap`]). Works for any
/// host (the embedded one, or a serving one). Call [`PcapCapture::finish`] when done.
pub fn capture_pcap<H: Hypercalls, M: GuestMemory + Clone>(
    host: &mut Host<H, M>,
    path: &Path,
) -> io::Result<PcapCapture> {
    let cap = PcapCapture::create(path)?;
    cap.install(host);
    Ok(cap)
}

impl PcapCapture {
    /// Create `path` (a pcap file with its header) for taps to write to. It starts with an
    /// nlctrl NEWFAMILY record for every family of the spec and for the register-call
    /// records (`hvlink_regs`), so that Wireshark names the families.
    pub fn create(path: &Path) -> io::Result<PcapCapture> {
        let file = File::create(path)?;
        let writer = pcap::Writer::new(BufWriter::new(file))?;
        let cap = PcapCapture {
            inner: Arc::new(Mutex::new(CaptureState {
                writer,
                error: None,
                announced: 0,
            })),
        };
        for f in hvlink_proto::FAMILIES {
            cap.announce(f);
        }
        let regs = pcap::newfamily(
            hvlink_host::capture::REGS_FAMILY,
            hvlink_host::capture::REGS_MSG_TYPE,
            1,
            &[],
            u32::from(hvlink_host::capture::attr::BLOCKED),
        );
        cap.announce_message(&regs);
        Ok(cap)
    }

    /// Announce family `f` (an nlctrl NEWFAMILY record), for a family a host serves besides
    /// the spec's (`Host::add_family`); the spec's are announced at the start.
    pub fn announce(&self, f: &hvlink_proto::rt::FamilyDesc) {
        let ops: Vec<u8> = f.ops.iter().map(|o| o.id).collect();
        let maxattr = f
            .ops
            .iter()
            .flat_map(|o| o.request.attrs.iter().chain(o.reply.attrs))
            .map(|a| u32::from(a.kind))
            .max()
            .unwrap_or(0);
        let m = pcap::newfamily(f.name, f.msg_type, u32::from(f.version), &ops, maxattr);
        self.announce_message(&m);
    }

    fn announce_message(&self, m: &[u8]) {
        self.write(pcap::Dir::Reply, 0, u16::MAX, m);
        if let Ok(mut s) = self.inner.lock() {
            s.announced += 1;
        }
    }

    /// How many of the records are family announcements.
    pub fn announced(&self) -> u64 {
        self.inner.lock().map_or(0, |s| s.announced)
    }

    /// Install a tap on `host` that writes here (several hosts may share one file).
    pub fn install<H: Hypercalls, M: GuestMemory + Clone>(&self, host: &mut Host<H, M>) {
        let tap = self.clone();
        host.set_capture(Some(Box::new(move |dir, key, msg| {
            let dir = match dir {
                Direction::Request => pcap::Dir::Request,
                Direction::Reply => pcap::Dir::Reply,
            };
            tap.write(dir, key.domain, key.queue, msg);
        })));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn grants_scenario() {
        let h = host(Setup::Grants).unwrap();
        for r in GRANT_REFS {
            assert!(h.hv.grant_status(DOM1, r).is_some());
        }
        let h = host(Setup::None).unwrap();
        let _ = h;
    }
}
