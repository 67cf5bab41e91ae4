//! The demo behind `hvlink demo` ([`crate::cmd::demo`] holds its arguments): the embedded reference hypervisor with a control domain 0 and guests 1 and
//! 2, and the three uses hvlink is for, end to end, through the guest client over rings in
//! guest memory and register traps:
//!
//! - **a.** [`grants`]: batched grant map/unmap, per-entry failures, ops per doorbell, time per
//!   op against one call per op (ring and register);
//! - **b.** [`compat`]: an older and a newer toolstack against a newer and an older host;
//! - **c.** [`continuations`]: long work awaited from a guest userspace queue while other
//!   calls go on, with the host's preemptions.
//!
//! Every step is checked; the summary says what passed, and the exit code is 0 only when all
//! did. `--kvm` runs the real-VM variant instead ([`kvm`]).

mod compat;
mod continuations;
mod grants;
mod kvm;

use std::time::Duration;

use hvlink_deploy::embedded::{Embedded, Options};
use indicatif::{ProgressBar, ProgressStyle};

use crate::cmd::demo::{Args, Error};
use crate::embedded::{self, PcapCapture};
use crate::{CliError, Io};

/// One check the demo made.
#[derive(Debug, Clone)]
pub(crate) struct Check {
    /// The use case ("a", "b", "c").
    pub case: &'static str,
    /// What was checked.
    pub what: String,
    /// Whether it held.
    pub ok: bool,
}

/// One row of the summary.
#[derive(Debug, Clone)]
pub(crate) struct Row {
    /// The use case.
    pub case: &'static str,
    /// What happened (lines).
    pub happened: Vec<String>,
}

/// Output, progress and checks.
pub(crate) struct Ui<'a, 'b> {
    io: &'a mut Io<'b>,
    pb: ProgressBar,
    checks: Vec<Check>,
    rows: Vec<Row>,
}

impl<'a, 'b> Ui<'a, 'b> {
    fn new(io: &'a mut Io<'b>) -> Self {
        // On stderr, drawn only on a terminal (hidden in pipes and tests).
        let pb = ProgressBar::hidden();
        if console_is_tty() {
            pb.set_draw_target(indicatif::ProgressDrawTarget::stderr());
        }
        Ui {
            io,
            pb,
            checks: Vec::new(),
            rows: Vec::new(),
        }
    }

    /// Print a line (above the progress bar).
    pub(crate) fn say(&mut self, s: impl AsRef<str>) -> Result<(), CliError> {
        let pb = self.pb.clone();
        let io = &mut *self.io;
        pb.suspend(|| {
            io.print(s.as_ref())?;
            io.print("\n")?;
            let _ = io.out.flush();
            Ok(())
        })
    }

    /// Show a phase: a counted bar when `len` is given, a spinner otherwise.
    pub(crate) fn phase(&mut self, msg: impl Into<String>, len: Option<u64>) -> ProgressBar {
        let style = match len {
            Some(_) => ProgressStyle::with_template("  {spinner} {msg:40} {bar:30} {pos}/{len}"),
            None => ProgressStyle::with_template("  {spinner} {msg}"),
        }
        .unwrap_or_else(|_| ProgressStyle::default_spinner());
        self.pb.reset();
        self.pb.set_style(style);
        self.pb.set_length(len.unwrap_or(0));
        self.pb.set_position(0);
        self.pb.set_message(msg.into());
        self.pb.enable_steady_tick(Duration::from_millis(80));
        self.pb.clone()
    }

    /// Record a check and print it.
    pub(crate) fn check(
        &mut self,
        case: &'static str,
        ok: bool,
        what: impl Into<String>,
    ) -> Result<bool, CliError> {
        let what = what.into();
        self.say(format!("  [{}] {what}", if ok { "ok" } else { "FAILED" }))?;
        self.checks.push(Check { case, what, ok });
        Ok(ok)
    }

    /// Record a check something else printed already.
    pub(crate) fn record(&mut self, case: &'static str, ok: bool, what: impl Into<String>) {
        self.checks.push(Check {
            case,
            what: what.into(),
            ok,
        });
    }

    /// Add the summary row of a use case.
    pub(crate) fn row(&mut self, case: &'static str, happened: Vec<String>) {
        self.rows.push(Row { case, happened });
    }

    fn done(&mut self) {
        self.pb.disable_steady_tick();
        self.pb.finish_and_clear();
    }
}

fn console_is_tty() -> bool {
    use std::io::IsTerminal;
    std::io::stderr().is_terminal()
}

/// The use cases' titles.
fn title(case: &str) -> &'static str {
    match case {
        "a" => "a. batched grant map/unmap",
        "b" => "b. toolstacks across versions",
        "c" => "c. async continuations",
        "kvm" => "real VM under KVM",
        _ => "",
    }
}

/// The summary table and the verdict.
fn summary(ui: &mut Ui<'_, '_>) -> Result<(), CliError> {
    ui.say("")?;
    ui.say("== summary ==")?;
    let w = 31;
    ui.say(format!(
        "{:w$} {:7} what happened / key numbers",
        "use case", "checks"
    ))?;
    ui.say(format!(
        "{} {} {}",
        "-".repeat(w),
        "-".repeat(7),
        "-".repeat(60)
    ))?;
    let rows = ui.rows.clone();
    for r in &rows {
        let (n, ok) = ui
            .checks
            .iter()
            .filter(|c| c.case == r.case)
            .fold((0, 0), |(n, ok), c| (n + 1, ok + usize::from(c.ok)));
        let verdict = if ok == n {
            format!("{ok}/{n} ok")
        } else {
            format!("{ok}/{n} !!")
        };
        for (i, line) in r.happened.iter().enumerate() {
            if i == 0 {
                ui.say(format!("{:w$} {verdict:7} {line}", title(r.case)))?;
            } else {
                ui.say(format!("{:w$} {:7} {line}", "", ""))?;
            }
        }
    }
    let failed: Vec<Check> = ui.checks.iter().filter(|c| !c.ok).cloned().collect();
    ui.say("")?;
    if failed.is_empty() {
        ui.say(format!("all {} checks passed", ui.checks.len()))?;
        Ok(())
    } else {
        ui.say(format!(
            "{} of {} checks FAILED:",
            failed.len(),
            ui.checks.len()
        ))?;
        for c in &failed {
            ui.say(format!("  {}: {}", title(c.case), c.what))?;
        }
        Err(Error::Checks {
            failed: failed.len(),
        }
        .into())
    }
}

/// Run the demo: the use cases on the embedded host, or the real VM; then the summary.
pub(crate) fn run(args: &Args, io: &mut Io<'_>) -> Result<(), CliError> {
    let mut ui = Ui::new(io);
    let r = if args.kvm {
        kvm::run(args, &mut ui)
    } else {
        embedded(args, &mut ui)
    };
    ui.done();
    r?;
    let r = summary(&mut ui);
    ui.done();
    r
}

/// The reference hypervisor the demo runs on: domains 0, 1, 2, small host slices (so that
/// long batches are visibly continued).
fn main_host() -> Result<Embedded, CliError> {
    let mut opts = Options::default();
    opts.config.budget = 256;
    Ok(embedded::start(opts)?)
}

fn embedded(args: &Args, ui: &mut Ui<'_, '_>) -> Result<(), CliError> {
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .map_err(|e| CliError::io("cannot start the tokio runtime", e))?;
    let capture = match &args.pcap {
        Some(p) => {
            let c = PcapCapture::create(p).map_err(|e| CliError::input("cannot create", p, e))?;
            // Use case b serves the compatibility tests' family `demo` too (v2 is v1 and more).
            c.announce(&hvlink_compat_demo::v2::demo::FAMILY);
            Some(c)
        }
        None => None,
    };
    ui.say("hvlink demo: the embedded reference hypervisor (a model of Xen's grant tables,")?;
    ui.say("event channels, scheduler, ...) with control domain 0 and guests 1 and 2; the host")?;
    ui.say("serves the guests' rings on its own thread, register calls trap into it directly.")?;
    let host = main_host()?;
    if let Some(c) = &capture {
        c.install(&mut *host.shared().host());
    }
    rt.block_on(async {
        // Each use case is checked to finish in time: a hang is a failed check, not a hang.
        let step = Duration::from_secs(60);
        for case in ["a", "b", "c"] {
            ui.say("")?;
            ui.say(format!("== {} ==", title(case)))?;
            let done = match case {
                "a" => tokio::time::timeout(step, grants::run(&host, ui, args)).await,
                "b" => tokio::time::timeout(step, compat::run(&host, ui, capture.as_ref())).await,
                _ => tokio::time::timeout(step, continuations::run(&host, ui, args)).await,
            };
            match done {
                Ok(r) => r?,
                Err(_) => {
                    ui.check(case, false, "finished in time")?;
                }
            }
        }
        Ok::<_, CliError>(())
    })?;
    drop(host);
    if let (Some(c), Some(p)) = (&capture, &args.pcap) {
        let n = c.finish().map_err(|error| CliError::Io {
            what: "pcap",
            path: Some(p.clone()),
            error,
        })?;
        ui.say("")?;
        ui.say(format!(
            "capture: {n} messages in {} (hvlink decode --pcap {0})",
            p.display()
        ))?;
    }
    Ok(())
}

/// Microseconds per op, for display.
pub(crate) fn us(d: Duration, ops: u64) -> f64 {
    d.as_secs_f64() * 1e6 / ops.max(1) as f64
}
