//! A host process for the two-process deployment: listens on a Unix socket, attaches each
//! guest process that connects (memfd + eventfds), and answers every request with an echo of
//! it, until the guest hangs up; then waits for the next connection. Used by the two-process
//! tests; `hvlink serve` will put the reference hypervisor behind the same plumbing.
//!
//! Usage: `hvlink-ring-host SOCKET_PATH [--swallow-after N]`
//!
//! `--swallow-after N` makes the host misbehave for fault tests: after answering N requests it
//! keeps consuming requests but answers none (a host that hangs in the middle of work).

use std::os::unix::net::UnixListener;
use std::time::Duration;

use hvlink_codec::ring::unix::{hung_up, ParkUnlessHangup};
use hvlink_codec::ring::{wait_for_work, Doorbell, Wait};
use hvlink_deploy::vhost;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (path, swallow_after) = match args.as_slice() {
        [p] => (p.clone(), u64::MAX),
        [p, flag, n] if flag == "--swallow-after" => match n.parse() {
            Ok(n) => (p.clone(), n),
            Err(_) => usage(),
        },
        _ => usage(),
    };
    let mut answered = 0u64;
    let _ = std::fs::remove_file(&path);
    let listener = UnixListener::bind(&path).unwrap_or_else(|e| {
        eprintln!("hvlink-ring-host: cannot listen on {path}: {e}");
        std::process::exit(1);
    });
    for stream in listener.incoming() {
        let Ok(stream) = stream else { continue };
        let mut guest = match vhost::accept(&stream, Duration::from_millis(50)) {
            Ok(g) => g,
            Err(e) => {
                eprintln!("hvlink-ring-host: rejected a guest: {e}");
                continue;
            }
        };
        eprintln!("hvlink-ring-host: attached {:?}", guest.setup);
        loop {
            let progress = guest.queue.process(
                256,
                |req| req.len(),
                |req, out| {
                    if answered < swallow_after {
                        answered += 1;
                        // Cannot fail: the builder holds exactly the bound, the request's length.
                        let _ = out.put_raw(req);
                    }
                },
            );
            match progress {
                Ok(p) => {
                    if p.notify_guest {
                        guest.call.ring();
                    }
                    if p.requests > 0 {
                        continue;
                    }
                }
                Err(f) => {
                    eprintln!("hvlink-ring-host: queue faulted: {f}");
                    break;
                }
            }
            let park = ParkUnlessHangup {
                bell: &guest.kick,
                peer: &stream,
            };
            match wait_for_work(guest.queue.requests(), 1000, &park) {
                Ok(Wait::Ready) => {}
                Ok(Wait::Stopped) | Err(_) => {
                    if hung_up(&stream) {
                        eprintln!("hvlink-ring-host: guest hung up");
                        break;
                    }
                }
            }
        }
    }
}

fn usage() -> ! {
    eprintln!("usage: hvlink-ring-host SOCKET_PATH [--swallow-after N]");
    std::process::exit(2);
}
