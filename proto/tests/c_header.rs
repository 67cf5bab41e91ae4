//! Cross-language vectors: a C program built against the generated `proto/include/hvlink.h`
//! with the system C compiler emits requests; the generated Rust decoders read them back
//! field by field, and the generated Rust encoders produce the very same bytes.

use std::path::PathBuf;
use std::process::Command;

use hvlink_proto::codec::{Builder, ErrorKind, Message, SliceSink};
use hvlink_proto::rt::{AttrSet, List, Op};
use hvlink_proto::{control, event_channel, grant_table, hvm, sched, vcpu};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Build and run `tests/c/emit.c`; its stdout is the messages.
fn c_bytes() -> Vec<u8> {
    static N: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let n = N.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let dir = std::env::temp_dir().join(format!("hvlink-proto-c-{}-{n}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let exe = dir.join("emit");
    let cc = std::env::var("CC").unwrap_or_else(|_| "cc".into());
    let out = Command::new(&cc)
        .args([
            "-std=c99",
            "-Wall",
            "-Wextra",
            "-Wpedantic",
            "-Werror",
            "-O1",
            "-I",
        ])
        .arg(root().join("include"))
        .arg(root().join("tests/c/emit.c"))
        .arg("-o")
        .arg(&exe)
        .output()
        .unwrap_or_else(|e| panic!("the C compiler `{cc}` could not be run: {e}"));
    assert!(
        out.status.success(),
        "hvlink.h does not compile cleanly:\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let run = Command::new(&exe).output().unwrap();
    assert!(run.status.success(), "emit exited with {:?}", run.status);
    let _ = std::fs::remove_dir_all(&dir);
    run.stdout
}

fn messages(mut buf: &[u8]) -> Vec<Message<'_>> {
    let mut v = Vec::new();
    while !buf.is_empty() {
        let m = Message::parse(buf).unwrap();
        let step = (m.len() + 3) & !3;
        v.push(m);
        buf = &buf[step.min(buf.len())..];
    }
    v
}

/// The same requests, encoded by the generated Rust.
fn rust_bytes() -> Vec<u8> {
    let mut buf = vec![0u8; 8192];
    let mut b = Builder::new(SliceSink::new(&mut buf));
    event_channel::SendOp::write_request(&mut b, 1, 0, &event_channel::PortReq { port: 7 })
        .unwrap();
    let entries: Vec<grant_table::MapEntry> = (0..3)
        .map(|i| grant_table::MapEntry {
            dom: 1,
            r#ref: 10 + i,
            flags: grant_table::GntmapFlags::HOST_MAP | grant_table::GntmapFlags::READONLY,
            host_addr: 0x1000 * (i as u64 + 1),
        })
        .collect();
    let map = grant_table::MapReq {
        form: grant_table::MapReqForm::Batch {
            mode: grant_table::MapMode::ORDERED,
            entry: List::new(&entries),
        },
    };
    grant_table::MapGrantRef::write_request(&mut b, 2, 0x77, &map).unwrap();
    let ports = [3u32, 4, 5];
    let poll = sched::PollReq {
        timeout: 1_000_000,
        port: List::new(&ports),
    };
    sched::Poll::write_request(&mut b, 3, 0, &poll).unwrap();
    let gf = control::GetFamilyReq {
        family_id: None,
        family_name: Some("grant_table"),
    };
    control::GetFamily::write_request(&mut b, 4, 0, &gf).unwrap();
    control::QueueSetup::write_request(&mut b, 5, 0, &queue_setup()).unwrap();
    let sp = hvm::SetParamReq {
        dom: 0x7FF0,
        index: hvm::HvmParam::STORE_EVTCHN,
        value: 0xdead_beef_cafe,
    };
    hvm::SetParam::write_request(&mut b, 6, 0, &sp).unwrap();
    vcpu::GetRunstateInfo::write_request(&mut b, 7, 0, &vcpu::VcpuReq { vcpu: 1 }).unwrap();
    sched::PinOverride::write_request(&mut b, 8, 0, &sched::PinOverrideReq { pcpu: -3 }).unwrap();
    let n = b.len();
    buf.truncate(n);
    buf
}

fn queue_setup() -> control::QueueSetupReq {
    control::QueueSetupReq {
        base_gpa: 0x10_0000,
        pages: 8,
        queue_id: 2,
        kind: control::QueueKind::USERSPACE,
        features: control::QueueFeatures::EVENT_SUPPRESSION | control::QueueFeatures::HOST_POLLING,
        notify_port: 0,
    }
}

#[test]
fn c_requests_decode_in_rust_and_match_rust_bytes() {
    let c = c_bytes();
    let msgs = messages(&c);
    assert_eq!(msgs.len(), 8);
    let ops: Vec<&str> = msgs
        .iter()
        .map(|m| {
            let (g, _) = m.genl().unwrap();
            assert_eq!(
                m.header().seq as usize,
                1 + msgs.iter().position(|x| x == m).unwrap()
            );
            hvlink_proto::lookup_msg(m.message_type().0, g.cmd)
                .map(|d| d.name)
                .unwrap_or("register-only")
        })
        .collect();
    assert_eq!(
        ops,
        [
            "send",
            "map_grant_ref",
            "poll",
            "get_family",
            "queue_setup",
            "set_param",
            "get_runstate_info",
            "register-only"
        ]
    );

    let (_, a) = msgs[0].genl().unwrap();
    assert_eq!(event_channel::PortReq::decode(a).unwrap().port, 7);

    let (g, a) = msgs[1].genl().unwrap();
    assert_eq!((g.cmd, g.version, msgs[1].header().port), (0, 1, 0x77));
    let map = grant_table::MapReq::decode(a).unwrap();
    let grant_table::MapReqForm::Batch { mode, entry } = map.form else {
        panic!("not the batch form: {map:?}");
    };
    assert_eq!(mode, grant_table::MapMode::ORDERED);
    assert_eq!(entry.len(), 3);
    for (i, e) in entry.iter().enumerate() {
        assert_eq!(e.dom, 1);
        assert_eq!(e.r#ref, 10 + i as u32);
        assert_eq!(e.flags, grant_table::GntmapFlags(0x6));
        assert_eq!(e.host_addr, 0x1000 * (i as u64 + 1));
    }

    let (_, a) = msgs[2].genl().unwrap();
    let poll = sched::PollReq::decode(a).unwrap();
    assert_eq!(poll.timeout, 1_000_000);
    assert_eq!(poll.port.iter().collect::<Vec<_>>(), [3, 4, 5]);

    let (_, a) = msgs[3].genl().unwrap();
    let gf = control::GetFamilyReq::decode(a).unwrap();
    assert_eq!((gf.family_id, gf.family_name), (None, Some("grant_table")));

    let (_, a) = msgs[4].genl().unwrap();
    assert_eq!(control::QueueSetupReq::decode(a).unwrap(), queue_setup());

    let (_, a) = msgs[5].genl().unwrap();
    let sp = hvm::SetParamReq::decode(a).unwrap();
    assert_eq!(sp.dom, 0x7FF0, "absent dom takes its default, DOMID_SELF");
    assert_eq!(sp.index, hvm::HvmParam::STORE_EVTCHN);
    assert_eq!(sp.value, 0xdead_beef_cafe);

    let (_, a) = msgs[6].genl().unwrap();
    assert_eq!(vcpu::VcpuReq::decode(a).unwrap().vcpu, 1);

    let (_, a) = msgs[7].genl().unwrap();
    assert_eq!(sched::PinOverrideReq::decode(a).unwrap().pcpu, -3);

    // And the reverse: the Rust encoders give the C bytes exactly.
    let r = rust_bytes();
    assert_eq!(r.len(), c.len());
    for (i, (x, y)) in r.iter().zip(&c).enumerate() {
        assert_eq!(x, y, "byte {i} differs (Rust {x:#04x}, C {y:#04x})");
    }
}

#[test]
fn must_understand_bit_is_set_by_c_and_rust() {
    let c = c_bytes();
    let msgs = messages(&c);
    let (_, a) = msgs[1].genl().unwrap();
    let first = a.clone().next().unwrap().unwrap();
    assert_eq!(first.kind(), grant_table::ids::map_req::MODE);
    assert!(first.must_understand());
    // A receiver that does not know `mode` rejects it, naming it.
    let unknown = hvlink_proto::codec::Policy::new("old-map-req", &[]);
    let e = hvlink_proto::rt::visit(a, &unknown, 20, |_, _| Ok(())).unwrap_err();
    assert_eq!(e.kind(), ErrorKind::UnknownMustUnderstand);
    assert_eq!(e.attr(), Some(grant_table::ids::map_req::MODE));
    assert_eq!(e.offset(), 20);
}
