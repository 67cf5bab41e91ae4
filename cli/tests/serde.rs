//! serde for the generated types (feature `serde` of `hvlink-proto`): their JSON is
//! `hvlink do`'s — a typed request serialized is what `hvlink do -j` reads (it builds the
//! same message), a typed reply serialized is what `hvlink do` prints — and a log of typed
//! calls as JSON replays to the same replies.

mod common;

use common::{err, hvlink_do, out};
use hvlink_codec::{Builder, Message};
use hvlink_host::dispatch::QueueKind;
use hvlink_proto::control::{GetFamily, GetFamilyReq};
use hvlink_proto::event_channel::{AllocUnbound, AllocUnboundReq};
use hvlink_proto::grant_table::{
    DomReq, GntmapFlags, MapEntry, MapGrantRef, MapMode, MapReq, MapReqForm, QuerySize,
};
use hvlink_proto::rt::{json, AttrSet, List, Op};
use hvlink_proto::version::{self, VersionReply};
use serde_json::Value;

/// The message `hvlink do` builds for a request (seq 1, port 0).
fn message<O: Op>(req: &O::Request<'_>) -> Vec<u8> {
    let mut b = Builder::new(Vec::new());
    O::write_request(&mut b, 1, 0, req).unwrap();
    b.into_inner()
}

fn hex(b: &[u8]) -> String {
    b.iter().map(|x| format!("{x:02x}")).collect()
}

fn unhex(s: &str) -> Vec<u8> {
    (0..s.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&s[i..i + 2], 16).unwrap())
        .collect()
}

/// `hvlink do OP -d DOM -j JSON --hex`: the request and reply it printed (hex) and its JSON.
fn do_call(op: &str, dom: &str, json: &str) -> (String, Vec<u8>, Value) {
    let o = hvlink_do(op, &["-d", dom, "-j", json, "--hex", "--compact"]);
    let e = err(&o);
    let line = |p: &str| {
        e.lines()
            .find_map(|l| l.strip_prefix(p))
            .unwrap_or_else(|| panic!("no {p} in {e}"))
            .trim()
            .to_string()
    };
    let reply = unhex(&line("reply:"));
    let printed: Value = serde_json::from_str(&out(&o)).unwrap_or_else(|e| panic!("{e}: {o:?}"));
    (line("request:"), reply, printed)
}

/// The typed request `req` of `O` through `hvlink do`: its JSON builds the same message, and
/// the reply decoded and serialized is the JSON `hvlink do` printed.
fn same_as_hvlink_do<O: Op>(op: &str, dom: &str, req: &O::Request<'_>)
where
    for<'a> O::Request<'a>: serde::Serialize,
    for<'a> O::Reply<'a>: serde::Serialize,
{
    let json = serde_json::to_string(req).unwrap();
    let (request, reply, printed) = do_call(op, dom, &json);
    assert_eq!(request, hex(&message::<O>(req)), "{op}: {json}");
    let m = Message::parse(&reply).unwrap();
    let (_, attrs) = m.genl().unwrap();
    let typed = <O::Reply<'_> as AttrSet<'_>>::decode(attrs).unwrap();
    assert_eq!(
        serde_json::to_value(typed).unwrap(),
        printed,
        "{op}: {json}"
    );
}

fn entries() -> Vec<MapEntry> {
    vec![
        MapEntry {
            dom: 1,
            r#ref: 2,
            flags: GntmapFlags::HOST_MAP | GntmapFlags::READONLY,
            host_addr: 0x1000,
        },
        MapEntry {
            dom: 9,
            r#ref: 3,
            flags: GntmapFlags::HOST_MAP,
            host_addr: 0x2000,
        },
    ]
}

#[test]
fn typed_json_is_hvlink_do_json() {
    same_as_hvlink_do::<version::Version>("version.version", "2", &hvlink_proto::rt::Empty);
    let e = entries();
    let batch = MapReq {
        form: MapReqForm::Batch {
            mode: MapMode::ORDERED,
            entry: List::new(&e),
        },
    };
    // Lists, nests, flags and enums by name, per-entry statuses (one fails: bad-domain).
    same_as_hvlink_do::<MapGrantRef>("grant_table.map_grant_ref", "2", &batch);
    let single = MapReq {
        form: MapReqForm::Single {
            dom: 1,
            r#ref: 4,
            flags: GntmapFlags::HOST_MAP,
            host_addr: 0x3000,
        },
    };
    same_as_hvlink_do::<MapGrantRef>("grant_table.map_grant_ref", "2", &single);
    same_as_hvlink_do::<QuerySize>("grant_table.query_size", "2", &DomReq { dom: 0x7ff0 });
    same_as_hvlink_do::<AllocUnbound>(
        "event_channel.alloc_unbound",
        "1",
        &AllocUnboundReq {
            dom: 0x7ff0,
            remote_dom: 2,
        },
    );
    // Strings and nested lists of nests.
    same_as_hvlink_do::<GetFamily>(
        "control.get_family",
        "0",
        &GetFamilyReq {
            family_id: None,
            family_name: Some("grant_table"),
        },
    );
}

#[test]
fn a_log_of_typed_calls_replays() {
    // The toolstack logs each call as one JSON line: the op and its typed request.
    let e = entries();
    let calls = [
        MapReq {
            form: MapReqForm::Batch {
                mode: MapMode::INDEPENDENT,
                entry: List::new(&e),
            },
        },
        MapReq {
            form: MapReqForm::Single {
                dom: 1,
                r#ref: 5,
                flags: GntmapFlags::HOST_MAP,
                host_addr: 0x5000,
            },
        },
    ];
    let log: Vec<String> = calls
        .iter()
        .map(|r| serde_json::json!({ "op": MapGrantRef::DESC.name, "request": r }).to_string())
        .collect();
    // Replayed: read back as typed requests, sent to a fresh host in the same state, they
    // are the same messages and get the same replies.
    let mut first = hvlink_cli::embedded::host(hvlink_cli::embedded::Setup::Grants).unwrap();
    let mut again = hvlink_cli::embedded::host(hvlink_cli::embedded::Setup::Grants).unwrap();
    for (line, original) in log.iter().zip(&calls) {
        let v: Value = serde_json::from_str(line).unwrap();
        assert_eq!(v["op"], "map_grant_ref");
        let replayed: json::Request<MapGrantRef> =
            serde_json::from_value(v["request"].clone()).unwrap();
        let (a, b) = (
            message::<MapGrantRef>(original),
            message::<MapGrantRef>(&replayed.get()),
        );
        assert_eq!(a, b);
        let (mut ra, mut rb) = (Vec::new(), Vec::new());
        assert!(first.call(2, QueueKind::Kernel, &a, &mut ra));
        assert!(again.call(2, QueueKind::Kernel, &b, &mut rb));
        assert_eq!(ra, rb);
        // The reply logs and reads back the same way.
        let m = Message::parse(&ra).unwrap();
        let (_, attrs) = m.genl().unwrap();
        let reply = <<MapGrantRef as Op>::Reply<'_> as AttrSet<'_>>::decode(attrs).unwrap();
        let logged = serde_json::to_string(&reply).unwrap();
        let back: json::Reply<MapGrantRef> = serde_json::from_str(&logged).unwrap();
        assert_eq!(back.get(), reply);
        assert_eq!(serde_json::to_string(&back).unwrap(), logged);
    }
    // Sets without a lifetime deserialize directly.
    let v = VersionReply {
        major: 4,
        minor: 19,
    };
    let s = serde_json::to_string(&v).unwrap();
    assert_eq!(s, r#"{"major":4,"minor":19}"#);
    assert_eq!(serde_json::from_str::<VersionReply>(&s).unwrap(), v);
}

#[test]
fn bad_json_is_refused_with_a_reason() {
    let bad = |s: &str| {
        serde_json::from_str::<json::Request<MapGrantRef>>(s)
            .unwrap_err()
            .to_string()
    };
    assert!(bad(r#"{"dom":1,"reff":2}"#).contains("`reff` is not an attribute"));
    assert!(bad(r#"{"dom":70000,"ref":2,"flags":"host-map"}"#).contains("does not fit `dom`"));
    assert!(bad(r#"{"dom":1,"ref":2,"flags":"host-mop"}"#).contains("`host-mop` is not an entry"));
    // The decoder's checks: `flags` is required in the single form.
    assert!(bad(r#"{"dom":1,"ref":2}"#).contains("required attribute missing"));
    assert!(serde_json::from_str::<VersionReply>(r#"{"major":4}"#).is_err());
}
