//! A host process serving the embedded reference hypervisor to guest processes over a Unix
//! socket (the two-process deployment; `hvlink serve` is the same with a friendlier face).
//!
//! Usage: `hvlink-host DIR [--guests N] [--grant-refs N]`
//!
//! One socket per domain, `DIR/dom<N>.sock` (the directory is created 0711, the sockets
//! 0600; see `hvlink_deploy::remote` for who may connect where).
//!
//! `--grant-refs N` has domain 1 grant its refs 0..N to domain 2 at start (frames 0x100..),
//! as its kernel would by writing its grant table, so that domain 2 has grants to map.

use hvlink_deploy::embedded::{Embedded, Options};
use hvlink_deploy::remote::{Limits, Sockets};

fn usage() -> ! {
    eprintln!("usage: hvlink-host DIR [--guests N] [--grant-refs N]");
    std::process::exit(2)
}

fn main() {
    let filter = tracing_subscriber::EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("warn"));
    tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .with_ansi(false)
        .init();
    let mut args = std::env::args().skip(1);
    let Some(path) = args.next() else { usage() };
    let mut opts = Options::default();
    let mut grants = 0u32;
    while let Some(flag) = args.next() {
        let value = args.next().and_then(|v| v.parse::<u32>().ok());
        match (flag.as_str(), value) {
            ("--guests", Some(n)) if (1..=64).contains(&n) => opts.guests = n as u16,
            ("--grant-refs", Some(n)) if n <= 1 << 16 => grants = n,
            _ => usage(),
        }
    }
    let guests = opts.guests;
    let e = match Embedded::start(opts) {
        Ok(e) => e,
        Err(err) => {
            eprintln!("hvlink-host: cannot start the reference hypervisor: {err}");
            std::process::exit(1)
        }
    };
    let granted = e.with_hv(|hv| {
        (0..grants).try_for_each(|r| hv.grant_access(1, r, 2, 0x100 + u64::from(r), false))
    });
    if let Err(err) = granted {
        eprintln!("hvlink-host: cannot grant: {err:?}");
        std::process::exit(1)
    }
    let domains: Vec<u16> = (0..=guests).collect();
    let sockets = Sockets::bind(std::path::Path::new(&path), &domains).unwrap_or_else(|err| {
        eprintln!("hvlink-host: cannot listen: {err}");
        std::process::exit(1)
    });
    eprintln!("hvlink-host: serving on {path}/dom{{0..={}}}.sock", guests);
    if let Err(err) = hvlink_deploy::remote::serve(e.shared().clone(), sockets, Limits::default()) {
        eprintln!("hvlink-host: {err}");
        std::process::exit(1)
    }
}
