//! `hvlink bench`: quick in-process numbers for grant map+unmap — ring-message batches through
//! [`Host::call`](hvlink_host::server::Host::call), FastABI register calls through
//! [`Host::register_call`](hvlink_host::server::Host::register_call), and the backend called
//! directly (the floor). A few seconds, one run, no statistics: the careful numbers are the
//! criterion benches (`cargo bench -p hvlink-host --bench dispatch`).

use std::fmt::{self, Write as _};
use std::time::{Duration, Instant};

use hvlink_codec::{Builder, Message};
use hvlink_host::dispatch::QueueKind;
use hvlink_proto::grant_table::{
    Backend, BatchMode, GntmapFlags, MapEntry, MapGrantRef, MapMode, MapReplyForm, MapReq,
    MapReqForm, UnmapEntry, UnmapGrantRef, UnmapReq, UnmapReqForm,
};
use hvlink_proto::rt::{AttrSet, Ctx, FastAbi, List, Op, Via};
use hvlink_proto::Errno;
use indicatif::{ProgressBar, ProgressStyle};

use crate::embedded::{self, EmbeddedHost, Setup, DOM1, DOM2, GRANT_FRAME_BASE};
use crate::{CliError, Io};

/// Help text after the options.
const AFTER_HELP: &str = "\
Rows: one map+unmap of N grant refs (dom 2 maps refs dom 1 granted) as
  ring message, N = 1, 64, 1024  one map batch message and one unmap batch message through
                                 Host::call (parse, privilege, validate, dispatch, encode)
  register call                  one map and one unmap FastABI register call
  backend direct                 the grant backend called with decoded requests (the floor)
These are quick numbers (one short run per row); the criterion benches are in
host/benches/dispatch.rs: cargo bench -p hvlink-host --bench dispatch";

/// `hvlink bench` arguments.
#[derive(Debug, clap::Args)]
#[command(after_help = AFTER_HELP)]
pub struct Args {
    /// Time per row, in milliseconds.
    #[arg(long, default_value_t = 500, value_parser = clap::value_parser!(u64).range(1..=60_000))]
    pub ms: u64,
}

/// Why a row could not be measured.
#[non_exhaustive]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Error {
    /// A request could not be built or a reply read.
    Codec {
        /// Where (`map reply`).
        what: &'static str,
        /// Why.
        error: hvlink_codec::Error,
    },
    /// A path answered with an error status.
    Errno {
        /// Which path (`register call`).
        what: &'static str,
        /// The status.
        errno: Errno,
    },
    /// A map the unmap relies on failed.
    MapFailed,
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Codec { what, error } => write!(f, "{what}: {error}"),
            Error::Errno { what, errno } => write!(f, "{what}: {errno:?}"),
            Error::MapFailed => f.write_str("map failed"),
        }
    }
}

impl std::error::Error for Error {}

/// Refs granted for the bench (the largest batch).
const REFS: u32 = 1024;

fn bench_host() -> Result<EmbeddedHost, CliError> {
    let mut h = embedded::host(Setup::None)?;
    embedded::grant(&mut h.hv, 0..REFS, GRANT_FRAME_BASE)?;
    Ok(h)
}

fn entries(n: u32) -> Vec<MapEntry> {
    (0..n)
        .map(|i| MapEntry {
            dom: DOM1,
            r#ref: i % REFS,
            flags: GntmapFlags::HOST_MAP,
            host_addr: 0x80_0000 + u64::from(i) * 4096,
        })
        .collect()
}

fn write<O: Op>(req: &O::Request<'_>) -> Result<Vec<u8>, Error> {
    let mut b = Builder::new(Vec::with_capacity(1 << 16));
    O::write_request(&mut b, 1, 0, req).map_err(|error| Error::Codec {
        what: "request",
        error,
    })?;
    Ok(b.into_inner())
}

/// One measured row.
#[derive(Debug, Clone)]
pub(crate) struct Row {
    /// Path name.
    pub path: &'static str,
    /// Entries per call.
    pub batch: u32,
    /// Map+unmap rounds run.
    pub rounds: u64,
    /// Time taken.
    pub elapsed: Duration,
}

impl Row {
    /// Nanoseconds per entry (one map and one unmap).
    pub fn ns_per_entry(&self) -> f64 {
        self.elapsed.as_nanos() as f64 / (self.rounds as f64 * f64::from(self.batch)).max(1.0)
    }
}

fn timed(
    budget: Duration,
    mut round: impl FnMut() -> Result<(), Error>,
) -> Result<(u64, Duration), Error> {
    let start = Instant::now();
    let mut n = 0;
    while n == 0 || start.elapsed() < budget {
        round()?;
        n += 1;
    }
    Ok((n, start.elapsed()))
}

fn ring_row(n: u32, budget: Duration) -> Result<Row, CliError> {
    let mut h = bench_host()?;
    let es = entries(n);
    let map = write::<MapGrantRef>(&MapReq {
        form: MapReqForm::Batch {
            mode: MapMode::INDEPENDENT,
            entry: List::new(&es),
        },
    })?;
    let mut out = Vec::with_capacity(1 << 17);
    let mut un: Vec<UnmapEntry> = Vec::with_capacity(n as usize);
    let (rounds, elapsed) = timed(budget, || {
        out.clear();
        h.call(DOM2, QueueKind::Kernel, &map, &mut out);
        let reply = |error| Error::Codec {
            what: "map reply",
            error,
        };
        let msg = Message::parse(&out).map_err(reply)?;
        let (_, attrs) = msg.genl().map_err(reply)?;
        let rep = <MapGrantRef as Op>::Reply::decode(attrs).map_err(reply)?;
        un.clear();
        if let MapReplyForm::Batch { entry } = rep.form {
            for (e, m) in entry.iter().zip(&es) {
                un.push(UnmapEntry {
                    host_addr: m.host_addr,
                    dev_bus_addr: 0,
                    handle: e.handle.ok_or(Error::MapFailed)?,
                });
            }
        }
        let unmap = write::<UnmapGrantRef>(&UnmapReq {
            form: UnmapReqForm::Batch {
                mode: BatchMode::INDEPENDENT,
                entry: List::new(&un),
            },
        })?;
        out.clear();
        h.call(DOM2, QueueKind::Kernel, &unmap, &mut out);
        Ok(())
    })?;
    Ok(Row {
        path: "ring message (Host::call)",
        batch: n,
        rounds,
        elapsed,
    })
}

fn regs_row(budget: Duration) -> Result<Row, CliError> {
    let mut h = bench_host()?;
    let fail = |errno| Error::Errno {
        what: "register call",
        errno,
    };
    let (rounds, elapsed) = timed(budget, || {
        let mut regs = MapGrantRef::to_regs(&MapReq {
            form: MapReqForm::Single {
                dom: DOM1,
                r#ref: 5,
                flags: GntmapFlags::HOST_MAP,
                host_addr: 0x80_0000,
            },
        })
        .map_err(fail)?;
        h.register_call(DOM2, &mut regs);
        regs.status().map_err(fail)?;
        let mut regs = UnmapGrantRef::to_regs(&UnmapReq {
            form: UnmapReqForm::Single {
                host_addr: 0x80_0000,
                dev_bus_addr: 0,
                handle: regs.r11 as u32,
            },
        })
        .map_err(fail)?;
        h.register_call(DOM2, &mut regs);
        regs.status().map_err(fail)
    })?;
    Ok(Row {
        path: "register call (Host::register_call)",
        batch: 1,
        rounds,
        elapsed,
    })
}

fn direct_row(budget: Duration) -> Result<Row, CliError> {
    let mut h = bench_host()?;
    let ctx = Ctx {
        domain: DOM2,
        via: Via::Kernel,
        seq: 0,
    };
    let es = entries(1);
    let fail = |errno| Error::Errno {
        what: "backend",
        errno,
    };
    let (rounds, elapsed) = timed(budget, || {
        let mut handle = 0;
        h.hv.map_grant_ref(
            &ctx,
            &MapReq {
                form: MapReqForm::Batch {
                    mode: MapMode::INDEPENDENT,
                    entry: List::new(&es),
                },
            },
            &mut |e| {
                handle = e.handle.unwrap_or(0);
                Ok(())
            },
        )
        .map_err(fail)?;
        let un = [UnmapEntry {
            host_addr: es[0].host_addr,
            dev_bus_addr: 0,
            handle,
        }];
        h.hv.unmap_grant_ref(
            &ctx,
            &UnmapReq {
                form: UnmapReqForm::Batch {
                    mode: BatchMode::INDEPENDENT,
                    entry: List::new(&un),
                },
            },
            &mut |_| Ok(()),
        )
        .map_err(fail)
    })?;
    Ok(Row {
        path: "backend direct (no message)",
        batch: 1,
        rounds,
        elapsed,
    })
}

/// Run every row, `budget` each.
pub(crate) fn measure(budget: Duration, progress: &ProgressBar) -> Result<Vec<Row>, CliError> {
    let mut rows = Vec::new();
    for n in [1u32, 64, 1024] {
        progress.set_message(format!("ring message, {n} entries"));
        rows.push(ring_row(n, budget)?);
        progress.inc(1);
    }
    progress.set_message("register call");
    rows.push(regs_row(budget)?);
    progress.inc(1);
    progress.set_message("backend direct");
    rows.push(direct_row(budget)?);
    progress.inc(1);
    Ok(rows)
}

/// The table.
pub(crate) fn table(rows: &[Row], budget: Duration) -> String {
    let mut s = String::new();
    let _ = writeln!(
        s,
        "grant map+unmap per entry, dom 2 mapping refs of dom 1 (quick numbers: one {} ms run per row,\nno warm-up statistics; for careful ones: cargo bench -p hvlink-host --bench dispatch)",
        budget.as_millis()
    );
    let _ = writeln!(
        s,
        "  {:<36} {:>8} {:>10} {:>10} {:>14}",
        "path", "entries", "calls", "ns/entry", "entries/s"
    );
    if cfg!(debug_assertions) {
        let _ = writeln!(
            s,
            "  (a debug build: these numbers mean little; use cargo run --release -p hvlink -- bench)"
        );
    }
    for r in rows {
        let ns = r.ns_per_entry();
        let _ = writeln!(
            s,
            "  {:<36} {:>8} {:>10} {:>10.0} {:>14.0}",
            r.path,
            r.batch,
            r.rounds * 2,
            ns,
            1e9 / ns.max(1e-9)
        );
    }
    s
}

/// Run `hvlink bench`.
pub(crate) fn run(args: &Args, io: &mut Io<'_>) -> Result<(), CliError> {
    let budget = Duration::from_millis(args.ms);
    let pb = ProgressBar::new(5);
    pb.set_style(
        ProgressStyle::with_template("{bar:20} {pos}/{len} {msg}")
            .unwrap_or_else(|_| ProgressStyle::default_bar()),
    );
    let rows = measure(budget, &pb);
    pb.finish_and_clear();
    let rows = rows?;
    io.print(&table(&rows, budget))
}
