//! The compatibility matrix end to end: an old (v1) and a new (v2) client of the test family
//! `demo` against an old and a new host, through real rings and registers on the embedded
//! host (the family served next to the built-in ones with `Host::add_family`). v2 adds an
//! optional attribute with a default (`gloss`), a must-understand attribute (`mode`) and an
//! op (`inspect`) — the crate `hvlink-compat-demo` (`proto/compat/spec/v{1,2}/demo.yaml`).
#![deny(unsafe_code)]

use std::sync::{Arc, Mutex};

use hvlink_codec::ring::QueueKind;
use hvlink_compat_demo::fixtures::{v1_paint, v2_paint};
use hvlink_compat_demo::{v1, v2};
use hvlink_deploy::embedded::{Embedded, Options};
use hvlink_guest::client::{Client, Error, FastPath, Reply};
use hvlink_proto::rt::Ctx;
use hvlink_proto::Errno;
use hvlink_tests::embedded::config;

/// What a host's demo backend saw (requests as the host decoded them).
type Log = Arc<Mutex<Vec<String>>>;

struct OldHost(Log);
impl v1::demo::Backend for OldHost {
    fn paint(&mut self, _: &Ctx, req: &v1::demo::PaintReq) -> Result<v1::demo::PaintReply, Errno> {
        self.0
            .lock()
            .unwrap()
            .push(format!("v1 paint {} {:?}", req.object, req.color));
        Ok(v1::demo::PaintReply { coats: 1 })
    }
}

struct NewHost(Log);
impl v2::demo::Backend for NewHost {
    fn paint(&mut self, _: &Ctx, req: &v2::demo::PaintReq) -> Result<v2::demo::PaintReply, Errno> {
        self.0.lock().unwrap().push(format!(
            "v2 paint {} {:?} gloss {} mode {:?}",
            req.object, req.color, req.gloss, req.mode
        ));
        let coats = if req.mode == v2::demo::PaintMode::DRY_RUN {
            0
        } else {
            2
        };
        Ok(v2::demo::PaintReply { coats })
    }
    fn inspect(
        &mut self,
        _: &Ctx,
        _req: &v2::demo::InspectReq,
    ) -> Result<v2::demo::InspectReply, Errno> {
        Ok(v2::demo::InspectReply {
            color: v2::demo::Color::GREEN,
        })
    }
}

/// Serve family `demo` of version module `$v` (`v1` or `v2`) from `$backend` on host `$h`:
/// the generated `serve` and `serve_regs`, bound to one backend. A macro because the two
/// versions are distinct modules with distinct `Backend` traits.
macro_rules! add_demo {
    ($h:expr, $v:ident, $backend:expr) => {{
        let b = Arc::new(Mutex::new($backend));
        let b2 = b.clone();
        $h.add_family(
            &$v::demo::FAMILY,
            Box::new(move |ctx, cmd, attrs, w, out| {
                $v::demo::serve(&mut *b.lock().unwrap(), ctx, cmd, attrs, w, out)
            }),
            Box::new(move |ctx, regs| $v::demo::serve_regs(&mut *b2.lock().unwrap(), ctx, regs)),
        )
    }};
}

fn host(new: bool) -> (Embedded, Log) {
    let e = Embedded::start(Options::default()).unwrap();
    let log: Log = Arc::default();
    {
        let mut h = e.shared().host();
        if new {
            add_demo!(h, v2, NewHost(log.clone())).unwrap();
        } else {
            add_demo!(h, v1, OldHost(log.clone())).unwrap();
        }
    }
    (e, log)
}

async fn client(e: &Embedded, fast: FastPath) -> Client {
    let queue = match fast {
        FastPath::Ring => 1,
        FastPath::Registers => 2,
        FastPath::Auto => 3,
    };
    e.client(1, config(queue, QueueKind::Userspace, fast))
        .await
        .unwrap()
}

/// What an old toolstack's paint got, through the ring and through registers.
async fn v1_coats(e: &Embedded) -> Vec<u32> {
    let mut coats = Vec::new();
    for fast in [FastPath::Ring, FastPath::Registers] {
        let c = client(e, fast).await;
        let r = c.call::<v1::demo::Paint>(&v1_paint()).await.unwrap();
        coats.push(r.get().coats);
    }
    coats
}

/// A new toolstack on the ring, and the demo version its host reported at connect.
async fn new_toolstack(e: &Embedded) -> (Client, u8) {
    let c = client(e, FastPath::Ring).await;
    let version = c.host().unwrap().families[&0x180].1;
    (c, version)
}

/// A new toolstack's paint (gloss 80) in `mode`.
async fn paint(c: &Client, mode: v2::demo::PaintMode) -> Result<Reply<v2::demo::Paint>, Error> {
    c.call::<v2::demo::Paint>(&v2_paint(80, mode)).await
}

/// The op v2 added.
async fn inspect(c: &Client) -> Result<Reply<v2::demo::Inspect>, Error> {
    c.call::<v2::demo::Inspect>(&v2::demo::InspectReq { object: 5 })
        .await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn old_client_old_host() {
    let (e, log) = host(false);
    assert_eq!(v1_coats(&e).await, [1, 1]);
    assert_eq!(log.lock().unwrap().len(), 2);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn new_client_new_host() {
    let (e, log) = host(true);
    let (c, version) = new_toolstack(&e).await;
    assert_eq!(version, 2);
    let r = paint(&c, v2::demo::PaintMode::DRY_RUN).await.unwrap();
    assert_eq!(r.get().coats, 0);
    let i = inspect(&c).await.unwrap();
    assert_eq!(i.get().color, v2::demo::Color::GREEN);
    assert_eq!(
        log.lock().unwrap()[0],
        "v2 paint 5 blue gloss 80 mode dry-run"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn old_client_new_host_gets_defaults() {
    let (e, log) = host(true);
    assert_eq!(v1_coats(&e).await, [2, 2]);
    // Both paths: the new host filled gloss and mode with their defaults.
    let log = log.lock().unwrap();
    assert_eq!(log.len(), 2);
    for l in log.iter() {
        assert!(l.ends_with("gloss 50 mode normal"), "{l}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn new_client_old_host_works_for_what_both_know() {
    let (e, log) = host(false);
    let (c, version) = new_toolstack(&e).await;
    assert_eq!(version, 1);
    // A new optional attribute the old host ignores: the call works.
    let r = paint(&c, v2::demo::PaintMode::NORMAL).await.unwrap();
    assert_eq!(r.get().coats, 1);
    // A must-understand attribute the old host does not know: refused, naming it.
    let err = paint(&c, v2::demo::PaintMode::DRY_RUN).await.unwrap_err();
    match &err {
        Error::Host {
            errno, offset, msg, ..
        } => {
            assert_eq!(*errno, Errno::EOPNOTSUPP);
            assert!(offset.is_some(), "{err}");
            assert!(msg.as_deref().unwrap_or("").contains("must"), "{err}");
        }
        e => panic!("{e}"),
    }
    // An op the old host lacks: the client says so without sending anything.
    let err = inspect(&c).await.unwrap_err();
    assert_eq!(
        err,
        Error::Unsupported {
            family: "demo",
            op: "inspect",
            host_family_version: Some(1)
        }
    );
    assert_eq!(
        err.to_string(),
        "demo.inspect is not supported by the host (demo version 1)"
    );
    assert_eq!(log.lock().unwrap().len(), 1);
    // Asked again, after ops found supported were remembered: still refused, and what the
    // host has still goes (the client's cache of supported ops holds only finds).
    let again = paint(&c, v2::demo::PaintMode::NORMAL).await.unwrap();
    assert_eq!(again.get().coats, 1);
    assert!(matches!(
        inspect(&c).await.unwrap_err(),
        Error::Unsupported { op: "inspect", .. }
    ));
}
