//! Boot the bare-metal hvlink guest under KVM and print what it did and what it cost.
//!
//! ```text
//! cargo run -p hvlink-kvm --release --example kvm_demo [-- --ops N] [--hostile]
//!     [--server-cpu N] [--vcpu-cpu N]
//! ```
//!
//! The payload (`examples/kvm-guest`) is built on the first run. Needs a usable `/dev/kvm`.

use std::process::ExitCode;

use hvlink_kvm::{self as kvm, DemoOpts};

fn main() -> ExitCode {
    let mut opts = DemoOpts::default();
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--hostile" => opts.hostile = true,
            "--ops" => match args.next().and_then(|v| v.parse().ok()) {
                Some(n) => opts.ops = n,
                None => {
                    eprintln!("--ops needs a number");
                    return ExitCode::from(2);
                }
            },
            "--batches" => match args.next() {
                Some(v) => {
                    opts.batches = v.split(',').filter_map(|b| b.parse().ok()).collect();
                }
                None => {
                    eprintln!("--batches needs a list like 1,8,64,512");
                    return ExitCode::from(2);
                }
            },
            "--server-cpu" | "--vcpu-cpu" => match args.next().and_then(|v| v.parse().ok()) {
                Some(n) if a == "--server-cpu" => opts.server_cpu = Some(n),
                Some(n) => opts.vcpu_cpu = Some(n),
                None => {
                    eprintln!("{a} needs a CPU number");
                    return ExitCode::from(2);
                }
            },
            other => {
                eprintln!(
                    "unknown argument {other}; use --ops N, --batches 1,8,64, --hostile, \
                     --server-cpu N, --vcpu-cpu N"
                );
                return ExitCode::from(2);
            }
        }
    }
    if let Err(why) = kvm::available() {
        eprintln!("cannot run the KVM demo: {why}");
        return ExitCode::from(3);
    }
    match kvm::run_demo(&opts) {
        Ok(report) => {
            println!("{report}");
            if report.passed() {
                ExitCode::SUCCESS
            } else {
                ExitCode::FAILURE
            }
        }
        Err(e) => {
            eprintln!("the demo VM could not run: {e}");
            ExitCode::FAILURE
        }
    }
}
