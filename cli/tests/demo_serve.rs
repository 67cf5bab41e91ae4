//! `hvlink demo` (short settings: its checks, summary and exit code; its pcap capture) and the
//! two-process deployment: `hvlink serve` in a child process, `hvlink do --connect` against it.

mod common;

use std::path::Path;
use std::process::{Child, Command, Output, Stdio};
use std::time::{Duration, Instant};

use common::{code, code_err, code_out, contains_all, err, hvlink, out, tmp, BIN, MAP_SINGLE};

const SHORT: &[&str] = &[
    "demo",
    "--entries",
    "256",
    "--batch",
    "64",
    "--singles",
    "32",
];

#[test]
fn demo_runs_every_use_case_and_passes() {
    let o = hvlink(SHORT);
    code(&o, 0);
    let s = out(&o);
    contains_all(
        &s,
        &[
            "== a. batched grant map/unmap ==",
            "== b. toolstacks across versions ==",
            "== c. async continuations ==",
            "== summary ==",
            // a: per-entry failures by status name, ops per doorbell, the comparison.
            "-> bad-gntref",
            "-> bad-domain",
            "-> bad-virt-addr",
            "ops per doorbell",
            "ring, one call per op",
            "register call per op",
            // b: what works, defaults, the refusals.
            "the host filled cpupool 0 and grant v2 (defaults)",
            "cpupool-id (unknown to 4.15) ignored",
            "refused: eopnotsupp: unknown attribute marked must-understand: `max-grant-version`",
            "domctl.get_paging_mempool_size is not supported by the host (domctl version 1)",
            "gpaddr-bits absent (4.15 has none)",
            "Name                                        ID   Mem VCPUs",
            // c: the continuation and the parked poll.
            "the host preempted it",
            "poll:  resolved after",
        ],
    );
    // The summary: one row per use case, every check passed.
    let summary = &s[s.find("== summary ==").unwrap()..];
    for row in [
        "a. batched grant map/unmap",
        "b. toolstacks across versions",
        "c. async continuations",
    ] {
        let line = summary
            .lines()
            .find(|l| l.starts_with(row))
            .unwrap_or_else(|| {
                panic!("no summary row {row:?} in:\n{summary}");
            });
        contains_all(line, &[" ok "]);
    }
    assert!(!s.contains("FAILED"), "{s}");
    let last = s.lines().last().unwrap();
    assert!(
        last.starts_with("all ") && last.ends_with(" checks passed"),
        "{last}"
    );
    // No progress-bar drawing in a pipe.
    assert!(!err(&o).contains('\r'), "{}", err(&o));
}

#[test]
fn demo_pcap_holds_all_ring_traffic() {
    let p = tmp("demo.pcap");
    let mut args = SHORT.to_vec();
    let ps = p.to_str().unwrap();
    args.extend(["--pcap", ps]);
    let o = hvlink(&args);
    code(&o, 0);
    let s = out(&o);
    let recs = hvlink_cli::ynl::pcap::read(std::fs::File::open(&p).unwrap()).unwrap();
    assert!(
        s.contains(&format!("capture: {} messages in {ps}", recs.len())),
        "{s}"
    );
    let requests = recs
        .iter()
        .filter(|r| matches!(r.dir, hvlink_cli::PcapDir::Request))
        .count();
    assert!(
        requests > 0 && requests < recs.len(),
        "{requests} of {}",
        recs.len()
    );
    // Every record is one whole netlink message, and the decoder names them.
    for r in &recs {
        let m = hvlink_codec::Message::parse(&r.message).unwrap();
        assert_eq!(m.len(), r.message.len());
    }
    let o = hvlink(&["decode", "--pcap", ps]);
    code(&o, 0);
    let d = out(&o);
    contains_all(
        &d,
        &[
            "grant_table.map_grant_ref request",
            "grant_table.unmap_grant_ref reply",
            "sched.poll request",
            "control.get_family reply",
            "bad-gntref",
        ],
    );
    // Use case b's toolstack traffic: domctl (0x124) and the dump's DONE (3) are there.
    assert!(recs
        .iter()
        .any(|r| r.message.get(4..6) == Some(&[0x24, 0x01])));
    assert!(recs
        .iter()
        .any(|r| r.message.get(4..6) == Some(&[0x03, 0x00])));
    contains_all(
        &d,
        &[
            "domctl.createdomain request",
            "sysctl.getdomaininfolist reply",
            "DONE",
        ],
    );
}

#[test]
fn demo_rejects_bad_settings() {
    let o = hvlink(&["demo", "--entries", "8"]);
    code(&o, 2);
    let o = hvlink(&["demo", "--kvm", "--pcap", "x.pcap"]);
    code(&o, 2);
}

/// `hvlink serve` in a child process; killed (SIGKILL) if the test fails before it stops it.
struct Server {
    child: Option<Child>,
}

impl Server {
    fn start(socket: &Path, extra: &[&str]) -> Server {
        let _ = std::fs::remove_dir_all(socket);
        let child = Command::new(BIN)
            .arg("serve")
            .arg("--dir")
            .arg(socket)
            .args(extra)
            .env_remove("RUST_LOG")
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("start hvlink serve");
        let t = Instant::now();
        while !socket.join("dom2.sock").exists() {
            assert!(
                t.elapsed() < Duration::from_secs(20),
                "the server never listened"
            );
            std::thread::sleep(Duration::from_millis(20));
        }
        Server { child: Some(child) }
    }

    /// SIGTERM, as a service manager stops it; its output.
    fn stop(mut self) -> Output {
        let child = self.child.take().unwrap();
        let pid = child.id().to_string();
        let k = Command::new("kill").args(["-TERM", &pid]).status().unwrap();
        assert!(k.success());
        child.wait_with_output().unwrap()
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        if let Some(mut c) = self.child.take() {
            let _ = c.kill();
            let _ = c.wait();
        }
    }
}

/// `hvlink do --connect SOCKET ARGS…`: a guest process calling the serving host.
fn connect(socket: &str, args: &[&str]) -> Output {
    hvlink(&[&["do", "--connect", socket], args].concat())
}

#[test]
fn serve_and_do_connect() {
    let sock = tmp("serve.d");
    let pcap = tmp("serve.pcap");
    let server = Server::start(
        &sock,
        &["--grant-refs", "8", "--pcap", pcap.to_str().unwrap()],
    );
    let s = sock.to_str().unwrap();

    // The ring: a queue in this process's memory, which the host maps.
    let o = connect(
        s,
        &[
            "--domain",
            "2",
            "grant_table.map_grant_ref",
            "--json",
            MAP_SINGLE,
            "--compact",
        ],
    );
    code(&o, 0);
    assert_eq!(out(&o), "{\"status\":\"okay\",\"handle\":0}\n");
    // The register path: the trap goes over the socket.
    let o = connect(
        s,
        &[
            "-d",
            "2",
            "--regs",
            "grant_table.map_grant_ref",
            "-j",
            r#"{"dom":1,"ref":4,"flags":"host-map","host-addr":8192}"#,
            "--compact",
        ],
    );
    code(&o, 0);
    assert_eq!(out(&o), "{\"status\":\"okay\",\"handle\":1}\n");
    // Another domain, another process.
    let o = connect(s, &["-d", "1", "version.version", "--compact"]);
    code_out(&o, 0, "\"major\"");
    // A refused request: the extended ack names the attribute, as with the embedded host.
    let o = connect(
        s,
        &[
            "-d",
            "2",
            "grant_table.map_grant_ref",
            "-j",
            r#"{"entry":[{"dom":1,"ref":0,"flags":"host-map","host-addr":4096},{"dom":1,"ref":1,"flags":"0x100","host-addr":8192}]}"#,
        ],
    );
    code_err(&o, 1, "EINVAL (-22)");
    assert!(err(&o).contains("attribute: entry[1].flags"), "{}", err(&o));
    // A ref never granted: a batch entry with its own status (exit 1).
    let o = connect(
        s,
        &[
            "-d",
            "2",
            "grant_table.map_grant_ref",
            "-j",
            r#"{"entry":[{"dom":1,"ref":12,"flags":"host-map","host-addr":4096}]}"#,
            "--compact",
        ],
    );
    code_out(&o, 1, "general-error");
    // A userspace queue of the process.
    let o = connect(
        s,
        &["-d", "2", "--userspace", "version.version", "--compact"],
    );
    code(&o, 0);

    // The toolstack against the serving host: domains outlive one invocation.
    let cfg = tmp("serve-web.cfg");
    std::fs::write(&cfg, "name = \"web\"\nmemory = 16\nvcpus = 1\n").unwrap();
    let o = hvlink(&["xl", "--connect", s, "create", cfg.to_str().unwrap()]);
    code(&o, 0);
    let o = hvlink(&["xl", "--connect", s, "list"]);
    code(&o, 0);
    assert!(
        out(&o).lines().any(|l| l.starts_with("web ")),
        "{}",
        out(&o)
    );
    let o = hvlink(&["xl", "--connect", s, "destroy", "web", "+", "list"]);
    code(&o, 0);
    assert!(!out(&o).contains("web"), "{}", out(&o));

    let o = server.stop();
    code_out(&o, 0, "serving on");
    assert!(out(&o).contains("stopped (terminated)"), "{}", out(&o));
    assert!(err(&o).contains("guest process attached"), "{}", err(&o));
    assert!(
        !err(&o).contains('\x1b'),
        "no colors in a pipe: {}",
        err(&o)
    );
    assert!(!sock.exists(), "the socket file is removed");
    let recs = hvlink_cli::ynl::pcap::read(std::fs::File::open(&pcap).unwrap()).unwrap();
    assert!(recs.len() >= 8, "{} records", recs.len());
}

#[test]
fn do_connect_without_a_server() {
    let o = hvlink(&[
        "do",
        "--connect",
        "/nonexistent/hvlink.sock",
        "version.version",
    ]);
    code_err(&o, 1, "cannot attach");
}

#[test]
fn demo_kvm_runs_the_real_vm_or_says_why_not() {
    let o = hvlink(&["demo", "--kvm", "--entries", "64"]);
    match hvlink_kvm::available() {
        Err(why) => {
            eprintln!("no usable /dev/kvm ({why}): checking the refusal only");
            code_err(&o, 1, "/dev/kvm is not usable here");
        }
        Ok(()) => {
            code(&o, 0);
            let s = out(&o);
            contains_all(&s, &["measured under PVM"]);
            let row = s
                .lines()
                .find(|l| l.starts_with("real VM under KVM"))
                .unwrap_or_else(|| panic!("no summary row in:\n{s}"));
            contains_all(row, &[" ok "]);
            assert!(s.trim_end().ends_with("checks passed"), "{s}");
        }
    }
}
