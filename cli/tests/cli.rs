//! The `hvlink` binary, run as a user runs it: every subcommand, its output, its errors and
//! its exit codes (0 ok, 1 the call failed, 2 bad usage or bad JSON).

mod common;

use std::process::{Command, Output};

use common::{
    code, code_err, code_out, contains_all, err, hvlink, hvlink_do, hvlink_stdin, json, out, tmp,
    MAP_SINGLE,
};
use serde_json::Value;

/// `hvlink do grant_table.map_grant_ref ARGS…`.
fn map(args: &[&str]) -> Output {
    hvlink_do("grant_table.map_grant_ref", args)
}

// --- help and usage ---------------------------------------------------------------------------

#[test]
fn help_everywhere_documents_exit_codes() {
    let o = hvlink(&["--help"]);
    code(&o, 0);
    contains_all(
        &out(&o),
        &["Exit codes:", "spec", "do", "decode", "bench", "RUST_LOG"],
    );
    for sub in ["spec", "do", "decode", "bench"] {
        let o = hvlink(&[sub, "--help"]);
        code(&o, 0);
        assert!(out(&o).contains("Usage: hvlink"), "{sub}");
    }
    assert!(out(&hvlink(&["do", "--help"])).contains("refs 0..=15 to dom 2"));
    code(&hvlink(&["--version"]), 0);
}

#[test]
fn bad_flags_are_usage_errors() {
    let o = hvlink(&["do", "--bogus"]);
    code_err(&o, 2, "unexpected argument '--bogus'");
    code(&hvlink(&[]), 2);
    code(&hvlink(&["frobnicate"]), 2);
    let o = hvlink_do("version.version", &["--setup", "lots"]);
    code_err(&o, 2, "possible values: none, grants");
    code(&hvlink(&["bench", "--ms", "0"]), 2);
}

#[test]
fn verbose_logs_to_stderr() {
    let o = hvlink(&["-vv", "do", "version.version"]);
    code_err(&o, 0, "DEBUG");
    assert!(json(&o).get("major").is_some());
}

// --- spec -------------------------------------------------------------------------------------

#[test]
fn spec_lists_families_from_introspection() {
    let o = hvlink(&["spec"]);
    code(&o, 0);
    let s = out(&o);
    contains_all(
        &s,
        &[
            "10 families (from the host: control.get_family)",
            "grant_table      0x14",
            "map_grant_ref unmap_grant_ref",
        ],
    );
}

#[test]
fn spec_family_and_op() {
    let o = hvlink(&["spec", "grant_table"]);
    code(&o, 0);
    let s = out(&o);
    contains_all(
        &s,
        &[
            "map_grant_ref",
            "fastabi|async|batch",
            "in [rsi=dom r8=host-addr r9=flags r10=ref]",
        ],
    );
    assert!(
        s.contains("copy") && s.contains(" -\n"),
        "ring-only ops show no registers: {s}"
    );

    let o = hvlink(&["spec", "grant-table.map-grant-ref"]);
    code(&o, 0);
    let s = out(&o);
    contains_all(
        &s,
        &[
            "grant_table.map_grant_ref  op 0",
            "fastabi: rax=0x40000014 rdi=0",
            "request set map-req:",
            "request set map-entry:",
            "reply set map-reply-entry:",
            "must-understand, enum map-mode, default independent, form batch",
            "up to 1024",
            "gntmap-flags (flags): device-map=0x1 host-map=0x2",
        ],
    );
}

#[test]
fn spec_json() {
    let o = hvlink(&["spec", "--json", "grant_table.map_grant_ref"]);
    code(&o, 0);
    let j = json(&o);
    let op = &j["families"][0]["ops"][0];
    assert_eq!(op["name"], "map_grant_ref");
    assert_eq!(op["privilege"], "logical");
    assert_eq!(op["fastabi"]["in"]["r9"], "flags");
    assert_eq!(op["request"][0]["set"], "map-req");
    assert_eq!(op["request"][0]["attributes"][4]["must-understand"], true);
    assert_eq!(j["enums"]["map-mode"]["entries"]["atomic"], 2);

    let o = hvlink(&["spec", "--json"]);
    code(&o, 0);
    assert_eq!(json(&o)["families"].as_array().unwrap().len(), 10);
}

#[test]
fn spec_unknown_names() {
    let o = hvlink(&["spec", "nope"]);
    code_err(&o, 2, "the host has no family `nope`");
    let o = hvlink(&["spec", "grant_table.nope"]);
    code_err(&o, 2, "its ops: map_grant_ref");
}

// --- do ---------------------------------------------------------------------------------------

#[test]
fn do_simple_ops() {
    let o = hvlink(&["do", "version.version"]);
    code(&o, 0);
    let j = json(&o);
    assert!(j["major"].as_u64().unwrap() >= 4, "{j}");
    let o = hvlink_do("grant_table.query_size", &["--domain", "1", "--compact"]);
    code(&o, 0);
    assert_eq!(out(&o).lines().count(), 1);
    assert!(json(&o).get("max-nr-frames").is_some(), "{}", out(&o));
}

#[test]
fn do_map_single_after_the_grants_setup() {
    let o = map(&["--domain", "2", "--json", MAP_SINGLE]);
    code(&o, 0);
    let j = json(&o);
    assert_eq!(j["status"], "okay");
    assert!(j["handle"].is_u64());
    // Without the scenario nothing is granted: the entry fails, and so does the command.
    let o = map(&["--domain", "2", "--setup", "none", "--json", MAP_SINGLE]);
    code(&o, 1);
    assert_ne!(json(&o)["status"], "okay");
    assert!(err(&o).contains("1 of 1 entries failed"), "{}", err(&o));
}

#[test]
fn do_batch_with_nests_lists_and_enums() {
    let req = r#"{"mode":"atomic","entry":[
        {"dom":1,"ref":0,"flags":"host-map","host-addr":4096},
        {"dom":1,"ref":15,"flags":["host-map","readonly"],"host_addr":"0x2000"}]}"#;
    let o = map(&["-d", "2", "-j", req]);
    code(&o, 0);
    let j = json(&o);
    let e = j["entry"].as_array().unwrap();
    assert_eq!(e.len(), 2);
    assert_eq!(e[1]["index"], 1);
    assert_eq!(e[1]["status"], "okay");
    // An atomic batch with one bad ref: all or none.
    let req = r#"{"mode":"atomic","entry":[
        {"dom":1,"ref":0,"flags":"host-map","host-addr":4096},
        {"dom":1,"ref":99,"flags":"host-map","host-addr":8192}]}"#;
    let o = map(&["-d", "2", "-j", req]);
    code(&o, 1);
    let j = json(&o);
    assert_ne!(j["entry"][1]["status"], "okay", "{j}");
    assert_ne!(j["entry"][0]["status"], "okay", "all or none: {j}");
}

#[test]
fn do_json_from_stdin_and_file() {
    let o = hvlink_stdin(
        &["do", "grant_table.map_grant_ref", "-d", "2", "--json", "-"],
        Some(MAP_SINGLE),
    );
    code(&o, 0);
    let f = tmp("req.json");
    std::fs::write(&f, MAP_SINGLE).unwrap();
    let at = format!("@{}", f.display());
    let o = map(&["-d", "2", "--json", &at]);
    code(&o, 0);
    let o = map(&["--json", "@/nonexistent/x.json"]);
    code(&o, 2);
}

#[test]
fn do_register_path() {
    let o = map(&["--domain", "2", "--regs", "--json", MAP_SINGLE]);
    code(&o, 0);
    let j = json(&o);
    assert_eq!(j["status"], "okay", "{j}");
    assert!(j["handle"].is_u64());
    // A failed register call: status in rax, no extended ack.
    let o = hvlink_do(
        "grant_table.set_version",
        &["--domain", "1", "--regs", "--json", r#"{"version":7}"#],
    );
    code_err(&o, 1, "in rax (a register call has no extended ack)");
    let o = hvlink_do("version.version", &["--regs"]);
    code(&o, 0);
    assert!(json(&o)["major"].as_u64().unwrap() >= 4);
}

#[test]
fn do_register_path_refuses_what_registers_cannot_carry() {
    let o = map(&[
        "--regs",
        "--json",
        r#"{"entry":[{"dom":1,"ref":0,"flags":2}]}"#,
    ]);
    code_err(
        &o,
        2,
        "`entry` belongs to form `batch`; a register call carries form `single`",
    );
    let o = hvlink_do("grant_table.copy", &["--regs"]);
    code_err(&o, 2, "has no FastABI register form");
    let o = hvlink_do("version.version", &["--regs", "--userspace"]);
    code(&o, 2);
}

#[test]
fn do_errors_name_the_offending_attribute() {
    // Unknown flag bits in the second entry: the host's extended ack points at it.
    let req = r#"{"entry":[{"dom":1,"ref":0,"flags":"host-map","host-addr":4096},
                           {"dom":1,"ref":1,"flags":"0x100","host-addr":8192}]}"#;
    let o = map(&["-d", "2", "-j", req]);
    code(&o, 1);
    let e = err(&o);
    contains_all(
        &e,
        &[
            "grant_table.map_grant_ref failed: EINVAL (-22)",
            "message:   unknown flag bits set",
            "attribute: entry[1].flags (offset 80)",
        ],
    );
    assert!(out(&o).is_empty());

    // A missing required attribute, inside a nest and at the top.
    let o = map(&[
        "-d",
        "2",
        "-j",
        r#"{"entry":[{"dom":1,"ref":1,"flags":"host-map"},{"dom":1,"flags":"host-map"}]}"#,
    ]);
    code_err(&o, 1, "missing:   entry[1].ref (type 2)");
    let o = map(&["-d", "2", "-j", r#"{"dom":1}"#]);
    code_err(&o, 1, "missing:   ref (type 2)");

    // Two exclusive forms.
    let o = map(&[
        "-d",
        "2",
        "-j",
        r#"{"dom":1,"ref":3,"flags":"host-map","mode":"atomic"}"#,
    ]);
    code_err(&o, 1, "attribute: mode (offset");
}

#[test]
fn do_privilege_is_enforced() {
    // A guest acting on another domain: a control op.
    let o = hvlink_do(
        "grant_table.get_version",
        &["-d", "2", "-j", r#"{"dom":1}"#],
    );
    code_err(&o, 1, "EPERM");
    // The control domain may.
    code(
        &hvlink_do(
            "grant_table.get_version",
            &["-d", "0", "-j", r#"{"dom":1}"#],
        ),
        0,
    );
    // A privileged op from a userspace queue.
    let o = hvlink_do(
        "grant_table.set_version",
        &["-d", "1", "--userspace", "-j", r#"{"version":2}"#],
    );
    code_err(&o, 1, "EPERM");
    // A logical op from a userspace queue is fine.
    code(&map(&["-d", "2", "--userspace", "-j", MAP_SINGLE]), 0);
    // No such domain.
    let o = hvlink_do("version.version", &["-d", "9"]);
    code_err(&o, 1, "ESRCH");
}

#[test]
fn do_bad_json_and_names_are_usage_errors() {
    let cases: &[(&[&str], &str)] = &[
        (
            &["do", "version.version", "--json", "{oops"],
            "bad JSON: key must be a string",
        ),
        (
            &["do", "version.version", "--json", "[1]"],
            "expected an object",
        ),
        (
            &["do", "grant_table.map_grant_ref", "--json", r#"{"domm":1}"#],
            "`map-req` has no attribute `domm`; it has: dom, ref, flags",
        ),
        (
            &[
                "do",
                "grant_table.map_grant_ref",
                "--json",
                r#"{"dom":70000}"#,
            ],
            "70000 does not fit `dom` (u16: 0..=65535)",
        ),
        (
            &[
                "do",
                "grant_table.map_grant_ref",
                "--json",
                r#"{"flags":"host-mapp"}"#,
            ],
            "`host-mapp` is not a flag of gntmap-flags",
        ),
        (
            &[
                "do",
                "grant_table.map_grant_ref",
                "--json",
                r#"{"mode":"sometimes"}"#,
            ],
            "`sometimes` is not an entry of map-mode: independent, ordered, atomic",
        ),
        (
            &["do", "grant_table.mapp"],
            "family `grant_table` has no op `mapp`",
        ),
        (&["do", "nope.op"], "no family `nope`"),
        (&["do", "version"], "expected FAMILY.OP"),
    ];
    for (args, want) in cases {
        let o = hvlink(args);
        code(&o, 2);
        assert!(err(&o).contains(want), "{args:?}: {}", err(&o));
    }
}

// --- pcap and decode --------------------------------------------------------------------------

#[test]
fn do_pcap_writes_a_capture_that_reads_back() {
    let f = tmp("map.pcap");
    let p = f.to_str().unwrap();
    let o = map(&["-d", "2", "-j", MAP_SINGLE, "--pcap", p]);
    code(&o, 0);
    let recs = hvlink_cli::ynl::pcap::parse(&std::fs::read(&f).unwrap()).unwrap();
    // The capture starts with a family announcement (nlctrl NEWFAMILY) per family.
    let announced = recs
        .iter()
        .take_while(|r| r.message.get(4..6) == Some(&[0x10, 0]))
        .count();
    assert_eq!(
        announced,
        hvlink_proto::FAMILIES.len() + 1,
        "the spec's + hvlink_regs"
    );
    let recs = &recs[announced..];
    assert_eq!(recs.len(), 2);
    assert_eq!(recs[0].dir, hvlink_cli::PcapDir::Request);
    assert_eq!(recs[0].domain, 2);
    assert_eq!(recs[1].dir, hvlink_cli::PcapDir::Reply);

    let o = hvlink(&["decode", "--pcap", p]);
    code(&o, 0);
    let s = out(&o);
    // Record numbers are the capture's (Wireshark's frame numbers), announcements included.
    let first = format!("[record {} guest->host dom 2", announced + 1);
    contains_all(
        &s,
        &[
            "message 1: grant_table.map_grant_ref request",
            &first,
            "flags (3) u32 = host-map (0x2)",
            "message 2: grant_table.map_grant_ref reply",
            "status (1) s16 = okay (0)",
        ],
    );
    // A request the host rejects before dispatch (privilege): its ERROR is captured too.
    let f2 = tmp("eperm.pcap");
    let p2 = f2.to_str().unwrap();
    let o = hvlink_do(
        "grant_table.get_version",
        &["-d", "2", "-j", r#"{"dom":1}"#, "--pcap", p2],
    );
    code(&o, 1);
    let recs = hvlink_cli::ynl::pcap::parse(&std::fs::read(&f2).unwrap()).unwrap();
    assert_eq!(recs.len(), hvlink_proto::FAMILIES.len() + 1 + 2);
    let o = hvlink(&["decode", "--pcap", p2, "--json"]);
    code(&o, 0);
    let j = json(&o);
    assert_eq!(j[1]["kind"], "error");
    assert_eq!(j[1]["error"]["error"], "EPERM");

    // A register call is captured as two records: the call and its result (hvlink_regs).
    let o = hvlink_do("version.version", &["--regs", "--pcap", p2]);
    code(&o, 0);
    let recs = hvlink_cli::ynl::pcap::parse(&std::fs::read(&f2).unwrap()).unwrap();
    let regs: Vec<_> = recs
        .iter()
        .filter(|r| r.message.get(4..6) == Some(&[0xff, 0x01]))
        .collect();
    assert_eq!(regs.len(), 2);
    assert_eq!(
        (regs[0].dir, regs[1].dir),
        (hvlink_cli::PcapDir::Request, hvlink_cli::PcapDir::Reply)
    );
    // `hvlink decode` names them: the registers, and the op's fields under the reply set.
    let o = hvlink(&["decode", "--pcap", p2]);
    code(&o, 0);
    contains_all(
        &out(&o),
        &[
            "version.version register call",
            "version.version register result",
            "rax (1) u64 = 1073741841 (0x40000011)",
            "(fields: reply set `version-reply`)",
            "major (1) u16 = 4",
        ],
    );
}

fn external(tool: &str, args: &[&str]) -> Option<Output> {
    match Command::new(tool).args(args).output() {
        Ok(o) => Some(o),
        Err(e) => {
            // .ci/run installs them: in CI a missing tool is a failure, not a skip.
            assert!(
                std::env::var_os("CI").is_none(),
                "`{tool}` is missing in CI: {e}"
            );
            println!("skipped: `{tool}` is not installed here ({e})");
            None
        }
    }
}

#[test]
fn wireshark_and_tcpdump_open_the_capture() {
    let f = tmp("tools.pcap");
    let p = f.to_str().unwrap();
    let req =
        r#"{"mode":"ordered","entry":[{"dom":1,"ref":2,"flags":"host-map","host-addr":4096}]}"#;
    code(&map(&["-d", "2", "-j", req, "--pcap", p]), 0);
    if let Some(o) = external("tshark", &["-r", p, "-V"]) {
        let s = String::from_utf8_lossy(&o.stdout);
        assert!(
            o.status.success(),
            "tshark: {}",
            String::from_utf8_lossy(&o.stderr)
        );
        contains_all(
            &s,
            &[
                "Linux netlink (cooked header)",
                "Link-layer address type: Netlink (824)",
                "Netlink message header (type: 0x0114)",
                "Sequence: 1",
                "Frame 2:",
            ],
        );
    }
    if let Some(o) = external("tcpdump", &["-r", p]) {
        let e = String::from_utf8_lossy(&o.stderr);
        assert!(o.status.success(), "tcpdump: {e}");
        contains_all(&e, &["link-type NETLINK"]);
        let records = String::from_utf8_lossy(&o.stdout)
            .lines()
            .filter(|l| !l.starts_with(char::is_whitespace))
            .count();
        assert_eq!(records, hvlink_proto::FAMILIES.len() + 1 + 2);
    }
}

#[test]
fn decode_hex_from_argument_and_stdin() {
    // PROTOCOL.md §4's example: event_channel.send { port = 3 }.
    let hex = "1c000000 2001 0100 01000000 01000000  04010000  08000100 03000000";
    let o = hvlink(&["decode", hex]);
    code(&o, 0);
    let s = out(&o);
    contains_all(
        &s,
        &[
            "message 1: event_channel.send request  seq 1 port 1",
            "[  20] port (1) u32 = 3",
        ],
    );
    let o = hvlink_stdin(&["decode", "--json"], Some(&format!("{hex}\n")));
    code(&o, 0);
    let j = json(&o);
    assert_eq!(j[0]["op"], "send");
    assert_eq!(j[0]["attrs"]["port"], 3);
}

#[test]
fn decode_round_trips_do_hex() {
    let o = map(&["-d", "2", "-j", r#"{"dom":1}"#, "--hex"]);
    code(&o, 1);
    let e = err(&o);
    let reply = e
        .lines()
        .find_map(|l| l.strip_prefix("reply:"))
        .expect("reply hex")
        .trim()
        .to_string();
    let o = hvlink(&["decode", &reply]);
    code(&o, 0);
    let s = out(&o);
    // A missing attribute is named by type only, as the kernel does (no text, no offset).
    contains_all(&s, &["ERROR EINVAL", "missing:   type 2"]);
    assert!(!s.contains("message:"), "{s}");
}

#[test]
fn decode_unknown_and_malformed_input() {
    // An unknown attribute (type 9, must-understand) is shown raw.
    let hex = "20000000 2001 0100 01000000 01000000 04010000 08000100 03000000 04000940";
    let o = hvlink(&["decode", hex]);
    code_out(&o, 0, "attr-9 (unknown) raw[0] =  [must-understand]");
    // An unknown family.
    let o = hvlink(&["decode", "14000000 7702 0100 01000000 00000000 05010000"]);
    code_out(&o, 0, "family?0x277.op?5 request");
    // Not hex, odd digits, nothing, and a length running past the input.
    for bad in ["zz", "123", "", "ff000000 2001 0100"] {
        let o = hvlink(&["decode", bad]);
        code(&o, 2);
        assert!(err(&o).starts_with("hvlink: "), "{bad}: {}", err(&o));
    }
    let junk = tmp("junk.pcap");
    std::fs::write(&junk, b"not a pcap file at all, sorry").unwrap();
    let o = hvlink(&["decode", "--pcap", junk.to_str().unwrap()]);
    code_err(&o, 2, "not a classic pcap file");
    code(&hvlink(&["decode", "--pcap", "/nonexistent.pcap"]), 2);
}

// --- bench ------------------------------------------------------------------------------------

#[test]
fn bench_prints_a_table() {
    let o = hvlink(&["bench", "--ms", "20"]);
    code(&o, 0);
    let s = out(&o);
    contains_all(
        &s,
        &[
            "quick numbers",
            "cargo bench -p hvlink-host --bench dispatch",
            "ring message (Host::call)                   1",
            "ring message (Host::call)                1024",
            "register call (Host::register_call)",
            "backend direct",
        ],
    );
}

// --- in-process -------------------------------------------------------------------------------

#[test]
fn run_in_process() {
    let (mut o, mut e) = (Vec::new(), Vec::new());
    let code = hvlink_cli::run(
        ["hvlink", "do", "version.version", "--compact"],
        &mut o,
        &mut e,
    );
    assert_eq!(code, 0, "{}", String::from_utf8_lossy(&e));
    let j: Value = serde_json::from_slice(&o).unwrap();
    assert!(j["major"].is_u64());
    let (mut o, mut e) = (Vec::new(), Vec::new());
    assert_eq!(
        hvlink_cli::run(["hvlink", "spec", "x.y.z"], &mut o, &mut e),
        2
    );
}

// --- xl ----------------------------------------------------------------------------------------

/// A small xl config in a temporary file.
fn xl_config(name: &str, text: &str) -> String {
    let p = tmp(name);
    std::fs::write(&p, text).unwrap();
    p.to_str().unwrap().to_string()
}

#[test]
fn xl_builds_lists_and_destroys_domains() {
    let cfg = xl_config("web.cfg", "name = \"web\"\nmemory = 64\nvcpus = 2\n");
    let o = hvlink(&[
        "xl", "create", &cfg, "+", "list", "+", "pause", "web", "+", "list", "+", "shutdown",
        "web", "+", "list", "+", "destroy", "3", "+", "list",
    ]);
    code(&o, 0);
    let s = out(&o);
    contains_all(
        &s,
        &[
            "Parsing config from",
            "Name                                        ID   Mem VCPUs\tState\tTime(s)",
            "Shutting down domain 3",
        ],
    );
    let web: Vec<&str> = s.lines().filter(|l| l.starts_with("web ")).collect();
    assert_eq!(web.len(), 3, "{s}");
    assert!(web[0].contains("    64     1     r-----"), "{}", web[0]);
    assert!(web[1].contains("--p---"), "{}", web[1]);
    assert!(
        web[2].contains("--ps--"),
        "paused and shut down: {}",
        web[2]
    );
    // The last list has no web.
    let last = s.rsplit("Name ").next().unwrap();
    assert!(!last.contains("web"), "{s}");
}

#[test]
fn xl_info_mem_set_and_older_hosts() {
    let cfg = xl_config("db.cfg", "name = db\nmemory = 32\n");
    let o = hvlink(&[
        "xl", "--xen", "4.15", "create", &cfg, "+", "mem-set", "db", "16", "+", "list", "+", "info",
    ]);
    code(&o, 0);
    let s = out(&o);
    contains_all(
        &s,
        &["xen_version            : 4.15", "domctl v1, sysctl v1"],
    );
    assert!(
        s.lines()
            .any(|l| l.starts_with("db ") && l.contains("    16 ")),
        "{s}"
    );
}

#[test]
fn xl_errors_are_usage_or_failure() {
    code_err(
        &hvlink(&["xl", "destroy", "nosuch"]),
        2,
        "xl: nosuch: no such domain",
    );
    code_err(&hvlink(&["xl", "frobnicate"]), 2, "unknown verb");
    let bad = xl_config("bad.cfg", "name = x\nmemory = lots\n");
    code_err(&hvlink(&["xl", "create", &bad]), 2, "config line 2");
    // The hypervisor refuses (exit 1): no control op acts on the control domain.
    code_err(&hvlink(&["xl", "pause", "0"]), 1, "domctl.pausedomain");
}
