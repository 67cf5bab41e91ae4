//! `hvlink demo --kvm`: the real-VM variant ([`hvlink_kvm::run_demo`]). A bare-metal
//! guest (examples/kvm-guest, built on first use) runs under /dev/kvm against the same host:
//! it sets up a queue in its own memory, batches grant map/unmap on the ring and kicks through
//! a port bound to an ioeventfd, and makes FastABI register calls through a port-I/O trap.
//! Every figure is measured under PVM on these machines (see docs/BENCHMARKS.md).

use hvlink_kvm::{self as kvm, DemoOpts};

use super::{Args, Ui};
use crate::cmd::demo::Error;
use crate::CliError;

/// Run the KVM demo.
pub(super) fn run(args: &Args, ui: &mut Ui<'_, '_>) -> Result<(), CliError> {
    kvm::available().map_err(|why| Error::NoKvm(why.into()))?;
    let opts = DemoOpts {
        ops: args.entries,
        ..DemoOpts::default()
    };
    ui.say(
        "hvlink demo --kvm: a real VM (one vCPU, ring-3 long mode) against the reference host;",
    )?;
    ui.say(format!(
        "{} map+unmap pairs per phase, by register trap and in ring batches of {}",
        opts.ops,
        opts.batches
            .iter()
            .map(u32::to_string)
            .collect::<Vec<_>>()
            .join("/")
    ))?;
    ui.phase("building the guest payload and running the VM", None);
    let report = kvm::run_demo(&opts).map_err(|e| Error::Vm(e.into()))?;
    ui.say("")?;
    for line in report.to_string().lines() {
        ui.say(line)?;
    }
    for c in &report.checks {
        ui.record("kvm", c.ok, c.what.clone());
    }
    ui.check(
        "kvm",
        report.outcome == kvm::Outcome::Done(0),
        format!("the guest finished: {}", report.outcome),
    )?;
    let reg = report.phase("register", 1);
    let best = report
        .phases
        .iter()
        .filter(|p| p.path != "register")
        .min_by(|a, b| a.ns_per_op().total_cmp(&b.ns_per_op()));
    let mut happened = vec![format!(
        "guest {} in {:.0} ms; {} register-call exits, {} doorbells",
        report.outcome,
        report.wall.as_secs_f64() * 1e3,
        report.exits.fastabi,
        report.metrics.doorbells
    )];
    if let (Some(r), Some(b)) = (reg, best) {
        happened.push(format!(
            "{:.0} ns/op by register trap ({:.2} exits/op) vs {:.0} ns/op in {} batches of {} ({:.4} exits/op)",
            r.ns_per_op(),
            r.exits_per_op(),
            b.ns_per_op(),
            b.path,
            b.batch,
            b.exits_per_op()
        ));
    }
    happened.push("measured under PVM (KVM on these machines)".into());
    ui.row("kvm", happened);
    Ok(())
}
