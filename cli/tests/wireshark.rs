//! The Wireshark dissector (`hvlink wireshark`, generated from the spec) on real captures of
//! the project's `--pcap` writer, opened with the real tshark: every field by name, no
//! Malformed or expert item. `.ci/run` installs tshark, so in CI (`CI` set) a missing tshark
//! fails these tests instead of skipping them.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use common::{code, contains_all, hvlink, hvlink_do, out, tmp};

/// Whether tshark runs here; in CI it must.
fn tshark_here() -> bool {
    match Command::new("tshark").arg("--version").output() {
        Ok(o) if o.status.success() => true,
        other => {
            assert!(
                std::env::var_os("CI").is_none(),
                "tshark is missing in CI (.ci/run installs it): {other:?}"
            );
            println!("skipped: tshark is not installed here");
            false
        }
    }
}

/// The dissector as `hvlink wireshark` prints it, in a file of its own (tests run in
/// parallel: no test reads a file another is writing).
fn dissector() -> PathBuf {
    static N: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let o = hvlink(&["wireshark"]);
    code(&o, 0);
    let n = N.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let p = tmp(&format!("hvlink-{n}.lua"));
    std::fs::write(&p, &o.stdout).unwrap();
    p
}

/// tshark on `pcap` (with the dissector `lua`, if given) and `args`; its stdout. It must
/// succeed and say nothing on stderr but its root warning.
fn tshark(lua: Option<&Path>, pcap: &Path, args: &[&str]) -> String {
    let mut c = Command::new("tshark");
    // A home of its own: no personal plugins (an installed hvlink.lua) or preferences.
    let home = tmp("home");
    std::fs::create_dir_all(&home).unwrap();
    c.env("HOME", &home).env_remove("XDG_CONFIG_HOME");
    if let Some(l) = lua {
        c.arg("-X").arg(format!("lua_script:{}", l.display()));
    }
    c.arg("-r").arg(pcap).args(args);
    let o = c.output().expect("run tshark");
    let e = String::from_utf8_lossy(&o.stderr);
    assert!(o.status.success(), "tshark {args:?}: {e}");
    let noise: Vec<&str> = e
        .lines()
        .filter(|l| !l.contains("Running as user") && !l.trim().is_empty())
        .collect();
    assert!(noise.is_empty(), "tshark {args:?} complained: {e}");
    String::from_utf8_lossy(&o.stdout).into_owned()
}

/// How many frames match display filter `filter`.
fn frames(lua: &Path, pcap: &Path, filter: &str) -> usize {
    tshark(Some(lua), pcap, &["-Y", filter]).lines().count()
}

/// The values of `field` in the frames that have it, one line per frame.
fn values(lua: &Path, pcap: &Path, field: &str) -> Vec<String> {
    tshark(Some(lua), pcap, &["-Y", field, "-T", "fields", "-e", field])
        .lines()
        .map(str::to_string)
        .collect()
}

#[test]
fn demo_capture_shows_every_field_by_name() {
    if !tshark_here() {
        return;
    }
    let pcap = tmp("ws-demo.pcap");
    let o = hvlink(&[
        "demo",
        "--entries",
        "256",
        "--batch",
        "64",
        "--singles",
        "32",
        "--pcap",
        pcap.to_str().unwrap(),
    ]);
    code(&o, 0);
    let lua = dissector();
    let all = tshark(Some(&lua), &pcap, &["-V"]);
    for bad in [
        "Malformed",
        "Expert Info",
        "Unknown attribute",
        "(Unknown)",
        "op?",
        "\nData (",
    ] {
        assert!(!all.contains(bad), "{bad:?} in the dissection");
    }
    // Every frame is an hvlink record or a family announcement; every family message (and
    // register-call record) is dissected by hvlink; nothing is malformed.
    for none in [
        "!hvlink_record && !genl.ctrl.cmd",
        "genl && !hvlink && !genl.ctrl.cmd",
        "_ws.malformed || _ws.expert",
        "hvlink.unknown",
    ] {
        assert_eq!(frames(&lua, &pcap, none), 0, "{none}");
    }
    // Fields by name: batch entries, their statuses, flags entries, register calls and their
    // decoded fields, ERRORs and their extended ack, the toolstack families of use case b.
    for some in [
        "hvlink.grant_table.map_entry.ref",
        "hvlink.grant_table.map_reply_entry.status",
        "hvlink.grant_table.gntmap_flags.host_map == 1",
        "hvlink.grant_table.unmap_entry.handle",
        "hvlink.regs.rax == 0x40000014",
        "hvlink.grant_table.map_req.dom",
        "hvlink.control.queue_setup_req.base_gpa",
        "hvlink.sched.poll_req.port",
        "hvlink.error.status == -95",
        "hvlink.error.attribute == \"max-grant-version\"",
        "hvlink.domctl.create_req.max_grant_version",
        "hvlink.sysctl.list_reply.domain",
        "hvlink.domain == 2",
    ] {
        assert!(frames(&lua, &pcap, some) > 0, "no frame has {some}");
    }
    let refs = values(&lua, &pcap, "hvlink.grant_table.map_entry.ref");
    assert!(
        refs.iter().any(|v| v.split(',').any(|r| r == "7")),
        "{refs:?}"
    );
    contains_all(
        &all,
        &[
            "hvlink grant_table.map_grant_ref request",
            "hvlink grant_table.map_grant_ref register call",
            "status: bad-gntref (-3)",
            "host-map: True",
            "Offending attribute: max-grant-version",
            "Message: unknown attribute marked must-understand",
            "hvlink record: dom 2 queue 1 guest->host",
            "rax: 0x0000000040000014",
        ],
    );
}

#[test]
fn stock_tshark_names_the_families_from_the_capture() {
    if !tshark_here() {
        return;
    }
    let pcap = tmp("ws-stock.pcap");
    let p = pcap.to_str().unwrap();
    code(
        &hvlink_do(
            "grant_table.map_grant_ref",
            &[
                "-d",
                "2",
                "-j",
                r#"{"dom":1,"ref":3,"flags":"host-map","host-addr":4096}"#,
                "--pcap",
                p,
            ],
        ),
        0,
    );
    let s = tshark(None, &pcap, &["-V"]);
    contains_all(
        &s,
        &[
            "Command: CTRL_CMD_NEWFAMILY (1)",
            "Family Name: grant_table",
            "Family ID: 0x114 (grant_table)",
        ],
    );
    assert!(!s.contains("(Unknown)"), "{s}");
    // tcpdump reads it too, where it is installed.
    if let Ok(o) = Command::new("tcpdump").arg("-r").arg(&pcap).output() {
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    }
}

#[test]
fn errors_name_the_missing_attribute_and_its_nest() {
    if !tshark_here() {
        return;
    }
    let lua = dissector();
    for (name, json, missing, nest) in [
        (
            "ws-miss-top.pcap",
            r#"{"dom":1,"ref":3,"host-addr":4096}"#,
            "flags",
            None,
        ),
        (
            "ws-miss-nest.pcap",
            r#"{"entry":[{"dom":1,"ref":3,"host-addr":4096}]}"#,
            "entry[0].flags",
            Some("20"),
        ),
    ] {
        let pcap = tmp(name);
        let o = hvlink_do(
            "grant_table.map_grant_ref",
            &["-d", "2", "-j", json, "--pcap", pcap.to_str().unwrap()],
        );
        code(&o, 1);
        assert_eq!(values(&lua, &pcap, "hvlink.error.missing"), [missing]);
        assert_eq!(values(&lua, &pcap, "hvlink.error.missing_type"), ["3"]);
        let n = values(&lua, &pcap, "hvlink.error.missing_nest");
        assert_eq!(n.first().map(String::as_str), nest, "{name}");
        assert_eq!(values(&lua, &pcap, "hvlink.error.status"), ["-22"]);
    }
}

#[test]
fn register_calls_progress_and_reply_parts() {
    if !tshark_here() {
        return;
    }
    use hvlink_guest::client::{Config, FastPath};
    use hvlink_proto::grant_table::{GntmapFlags, MapEntry, MapGrantRef, MapMode, MapReq};
    use hvlink_proto::rt::List;

    let pcap = tmp("ws-progress.pcap");
    let mut opts = hvlink_deploy::embedded::Options::default();
    // Windows of 64 entries: a 512-entry batch asked with PROGRESS comes back in parts of
    // 128 results (two windows each), 4 parts, all but the last MULTI.
    opts.config.max_window = 64;
    let e = hvlink_deploy::embedded::Embedded::start(opts).unwrap();
    e.with_hv(|hv| {
        for r in 0..512u32 {
            hv.grant_access(1, r, 2, 0x1000 + u64::from(r), false)
                .unwrap();
        }
    });
    let cap = hvlink_cli::PcapCapture::create(&pcap).unwrap();
    cap.install(&mut *e.shared().host());
    let entries: Vec<MapEntry> = (0..512u32)
        .map(|r| MapEntry {
            dom: 1,
            r#ref: r,
            flags: GntmapFlags::HOST_MAP,
            host_addr: 0x100_0000 + u64::from(r) * 4096,
        })
        .collect();
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let parts = rt.block_on(async {
        let c = e
            .client(
                2,
                Config {
                    fast_path: FastPath::Ring,
                    ..Config::default()
                },
            )
            .await
            .unwrap();
        let req = MapReq {
            form: hvlink_proto::grant_table::MapReqForm::Batch {
                mode: MapMode::INDEPENDENT,
                entry: List::new(&entries),
            },
        };
        let (pending, mut rx) = c.call_with_progress::<MapGrantRef>(&req).await.unwrap();
        pending.wait().await.unwrap();
        let mut n = 0;
        while rx.try_recv().is_ok() {
            n += 1;
        }
        n
    });
    drop(e);
    cap.finish().unwrap();
    assert_eq!(parts, 4, "{parts} parts");
    let lua = dissector();
    assert_eq!(frames(&lua, &pcap, "hvlink.flags.progress == 1"), 1);
    let multi = frames(
        &lua,
        &pcap,
        "hvlink.flags.multi == 1 && hvlink.kind == \"reply part\"",
    );
    assert_eq!(multi, 3, "{multi} reply parts");
    assert_eq!(frames(&lua, &pcap, "_ws.malformed || _ws.expert"), 0);
    // The queue set-up went by register: its registers and decoded fields by name.
    assert!(
        frames(
            &lua,
            &pcap,
            "hvlink.regs.family == 256 && hvlink.regs.status == 0"
        ) > 0
    );
    assert!(frames(&lua, &pcap, "hvlink.control.queue_setup_req.pages") > 0);
    let s = out(&hvlink(&["decode", "--pcap", pcap.to_str().unwrap()]));
    assert!(!s.contains("nlctrl"), "decode skips the announcements");
}

#[test]
fn install_writes_the_dissector_into_a_plugin_folder() {
    let dir = tmp("plugins");
    let o = hvlink(&["wireshark", "--install", "--dir", dir.to_str().unwrap()]);
    code(&o, 0);
    assert!(out(&o).contains("installed"));
    let installed = std::fs::read(dir.join("hvlink.lua")).unwrap();
    assert_eq!(installed, hvlink(&["wireshark"]).stdout);
    assert!(String::from_utf8_lossy(&installed).starts_with("-- Do not edit: generated from"));
}
