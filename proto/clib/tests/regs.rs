//! The C register stubs read a reply's registers as the Rust `reply_from_regs` does: the
//! host is untrusted, and a value the spec does not allow (out of its range, outside a flag
//! mask, not a member of a closed enum) is `EINVAL` in both, with nothing written. The
//! generated `hvlink_<family>_<op>_reply_regs` (what each stub calls after its trap) are
//! compiled with gcc and run on the same register values as the Rust decoders, for the ops
//! whose reply registers carry such values, each output register swept over its edges.

use std::fmt::Write as _;
use std::path::Path;
use std::process::Command;

use hvlink_proto::control::Negotiate;
use hvlink_proto::domctl::Getvcpuinfo;
use hvlink_proto::event_channel::Status as EvtchnStatusOp;
use hvlink_proto::grant_table::{MapGrantRef, MapReplyForm};
use hvlink_proto::rt::{FastAbi, Regs};
use hvlink_proto::vcpu::IsUp;

/// Values a hostile host might leave in a register.
const EDGES: [u64; 12] = [
    0,
    1,
    2,
    0x7f,
    0xff,
    0x100,
    0xffff,
    0x1_0000,
    0x7fff_ffff,
    0xffff_ffff,
    0x1_0000_0000,
    u64::MAX,
];

fn regs_of(r: [u64; 8]) -> Regs {
    Regs {
        rax: r[0],
        rdi: r[1],
        rsi: r[2],
        r8: r[3],
        r9: r[4],
        r10: r[5],
        r11: r[6],
        r12: r[7],
    }
}

/// Register vectors: `base` with each of `outs` (indexes into rax, rdi, rsi, r8..r12) set to
/// each edge in turn, and the base with a failing status.
fn sweep(base: [u64; 8], outs: &[usize]) -> Vec<[u64; 8]> {
    let mut v = vec![base];
    for &i in outs {
        for e in EDGES {
            let mut r = base;
            r[i] = e;
            v.push(r);
        }
    }
    let mut failed = base;
    failed[0] = (-22i64) as u64;
    v.push(failed);
    v
}

/// What the Rust decoder answers, as the C program prints it: the status, then the outputs.
fn rust_line(name: &str, r: [u64; 8]) -> String {
    let regs = regs_of(r);
    // (The status first, as a Rust caller reads it: `reply_from_regs` decodes the outputs.)
    if let Err(e) = regs.status() {
        return format!("{name} {}", e.0);
    }
    match name {
        "is_up" => match IsUp::reply_from_regs(&regs) {
            Ok(x) => format!("{name} 0 {}", x.up),
            Err(e) => format!("{name} {}", e.0),
        },
        "getvcpuinfo" => match Getvcpuinfo::reply_from_regs(&regs) {
            Ok(x) => format!(
                "{name} 0 {} {} {} {} {}",
                x.online, x.blocked, x.running, x.cpu_time, x.cpu
            ),
            Err(e) => format!("{name} {}", e.0),
        },
        "negotiate" => match Negotiate::reply_from_regs(&regs) {
            Ok(x) => format!(
                "{name} 0 {} {} {}",
                x.protocol_version,
                x.features.0,
                // (Absent: the C output keeps its initial value.)
                x.max_message.unwrap_or(0xdead_beef)
            ),
            Err(e) => format!("{name} {}", e.0),
        },
        // Outputs present only under a condition (`when`): absent ones keep the C side's
        // initial values, which stand for `None` here.
        "evtchn_status" => match EvtchnStatusOp::reply_from_regs(&regs) {
            Ok(x) => format!(
                "{name} 0 {} {} {} {} {} {}",
                x.status.0,
                x.vcpu,
                x.pirq.unwrap_or(0xdead_beef),
                x.remote_dom.unwrap_or(0xbeef),
                x.virq.map_or(0xdead_beef, |v| v.0),
                x.remote_port.unwrap_or(0xdead_beef)
            ),
            Err(e) => format!("{name} {}", e.0),
        },
        "map_grant_ref" => match MapGrantRef::reply_from_regs(&regs) {
            Ok(x) => match x.form {
                MapReplyForm::Single { status, handle, .. } => {
                    format!("{name} 0 {} {}", handle.unwrap_or(0xdead_beef), status.0)
                }
                other => panic!("{other:?}"),
            },
            Err(e) => format!("{name} {}", e.0),
        },
        _ => unreachable!(),
    }
}

#[test]
fn reply_registers_are_checked_as_rust_checks_them() {
    // (op, base registers: a valid reply, the outputs' registers)
    let cases: [(&str, [u64; 8], &[usize]); 9] = [
        ("is_up", [0, 0, 1, 0, 0, 0, 0, 0], &[2]),
        // event_channel.status in each state (r9): r11 carries the pirq, the remote domain
        // or the virq, and r12 the remote port, each only in its states.
        ("evtchn_status", [0, 0, 0, 0, 0, 0, 7, 9], &[4, 6, 7]),
        ("evtchn_status", [0, 0, 0, 0, 1, 0, 7, 9], &[5, 6, 7]),
        ("evtchn_status", [0, 0, 0, 0, 2, 0, 7, 9], &[6, 7]),
        ("evtchn_status", [0, 0, 0, 0, 3, 0, 7, 9], &[6, 7]),
        ("evtchn_status", [0, 0, 0, 0, 4, 0, 7, 9], &[6, 7]),
        // map_grant_ref: the handle (r11) only when the status (r12) is okay.
        ("map_grant_ref", [0, 0, 0, 0, 0, 0, 7, 0], &[6, 7]),
        (
            "getvcpuinfo",
            [0, 0, 1, 0, 1, 123_456, 1, 0],
            &[2, 3, 4, 5, 6],
        ),
        ("negotiate", [0, 0, 1, 1, 4096, 0, 0, 0], &[2, 3, 4]),
    ];
    let mut c = String::from(
        "#include <stdio.h>\n#include <inttypes.h>\n#include \"hvlink_fastabi.h\"\n\
         int main(void) {\n",
    );
    let mut want = Vec::new();
    for (name, base, outs) in cases {
        for r in sweep(base, outs) {
            let arr = r.map(|x| format!("{x:#x}ULL")).join(", ");
            let call = match name {
                "is_up" => "{ uint8_t up = 0xEE; int st = hvlink_vcpu_is_up_reply_regs(r, &up); \
                     if (st) printf(\"is_up %d\\n\", -st); \
                     else printf(\"is_up 0 %u\\n\", (unsigned)up); }"
                    .to_string(),
                "getvcpuinfo" => {
                    "{ uint8_t on = 0, bl = 0, ru = 0; uint64_t t = 0; uint32_t cpu = 0; \
                     int st = hvlink_domctl_getvcpuinfo_reply_regs(r, &on, &bl, &ru, &t, &cpu); \
                     if (st) printf(\"getvcpuinfo %d\\n\", -st); \
                     else printf(\"getvcpuinfo 0 %u %u %u %\" PRIu64 \" %u\\n\", \
                     (unsigned)on, (unsigned)bl, (unsigned)ru, t, (unsigned)cpu); }"
                        .to_string()
                }
                "evtchn_status" => {
                    "{ uint32_t s = 0, vc = 0, pirq = 0xdeadbeef, virq = 0xdeadbeef, \
                     rp = 0xdeadbeef; uint16_t rd = 0xbeef; \
                     int st = hvlink_event_channel_status_reply_regs(r, &s, &vc, &pirq, &rd, \
                     &virq, &rp); \
                     if (st) printf(\"evtchn_status %d\\n\", -st); \
                     else printf(\"evtchn_status 0 %u %u %u %u %u %u\\n\", (unsigned)s, \
                     (unsigned)vc, (unsigned)pirq, (unsigned)rd, (unsigned)virq, \
                     (unsigned)rp); }"
                        .to_string()
                }
                "map_grant_ref" => "{ uint32_t h = 0xdeadbeef; int16_t s = 0; \
                     int st = hvlink_grant_table_map_grant_ref_reply_regs(r, &h, &s); \
                     if (st) printf(\"map_grant_ref %d\\n\", -st); \
                     else printf(\"map_grant_ref 0 %u %d\\n\", (unsigned)h, (int)s); }"
                    .to_string(),
                _ => "{ uint32_t v = 0; uint64_t f = 0; uint32_t mm = 0xdeadbeef; \
                     int st = hvlink_control_negotiate_reply_regs(r, &v, &f, &mm); \
                     if (st) printf(\"negotiate %d\\n\", -st); \
                     else printf(\"negotiate 0 %u %\" PRIu64 \" %u\\n\", \
                     (unsigned)v, f, (unsigned)mm); }"
                    .to_string(),
            };
            writeln!(c, "  {{ const uint64_t r[8] = {{{arr}}}; {call} }}").unwrap();
            want.push(rust_line(name, r));
        }
    }
    c.push_str("  return 0;\n}\n");
    let dir = std::env::temp_dir().join(format!("hvlink-regs-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let src = dir.join("regs.c");
    let exe = dir.join("regs");
    std::fs::write(&src, &c).unwrap();
    let include = Path::new(env!("CARGO_MANIFEST_DIR")).join("../include");
    let out = Command::new("gcc")
        .args(["-std=c99", "-Wall", "-Wextra", "-Werror", "-I"])
        .arg(&include)
        .arg(&src)
        .arg("-o")
        .arg(&exe)
        .output()
        .expect("gcc (CI installs it)");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let run = Command::new(&exe).output().unwrap();
    assert!(run.status.success());
    let got: Vec<String> = String::from_utf8(run.stdout)
        .unwrap()
        .lines()
        .map(str::to_string)
        .collect();
    assert_eq!(got.len(), want.len());
    let mut rejected = 0;
    for (i, (g, w)) in got.iter().zip(&want).enumerate() {
        assert_eq!(g, w, "case {i}");
        rejected += usize::from(g.ends_with(" 22"));
    }
    // The sweep reaches values each side refuses (not only the failing status).
    assert!(rejected > 30, "{rejected} refusals");
    let _ = std::fs::remove_dir_all(&dir);
}
