//! Use case b: toolstacks that stay compatible across versions. The test family `demo` (the
//! compatibility tests' own, the crate `hvlink-compat-demo`) exists as version 1 and version
//! 2: v2 adds an optional attribute with a default (`gloss`, 50), a must-understand attribute
//! (`mode`) and an op (`inspect`). An old (v1) and a new (v2) toolstack in the control domain
//! call a v2 host (the demo's main host) and a v1 host (a second one brought up for this).

use std::sync::{Arc, Mutex};

use hvlink_compat_demo::{v1, v2};
use hvlink_deploy::embedded::{Embedded, Options};
use hvlink_guest::client::{self, Client, Config, FastPath};
use hvlink_proto::rt::Ctx;
use hvlink_proto::Errno;

use super::Ui;
use crate::cmd::demo::Error;
use crate::embedded::{self, PcapCapture, DOM0};
use crate::CliError;

/// What a host's backend was asked to do (to show defaults being filled).
#[derive(Debug, Default)]
struct Seen {
    paints: u32,
    /// gloss and mode of the last paint (a v1 host has neither).
    last: Option<(u32, v2::demo::PaintMode)>,
}

/// The gloss and mode of the last paint a host's backend saw.
fn last_paint(seen: &Mutex<Seen>) -> Option<(u32, v2::demo::PaintMode)> {
    seen.lock().map(|s| s.last).unwrap_or(None)
}

struct NewHost(Arc<Mutex<Seen>>);
impl v2::demo::Backend for NewHost {
    fn paint(&mut self, _: &Ctx, r: &v2::demo::PaintReq) -> Result<v2::demo::PaintReply, Errno> {
        let mut s = self.0.lock().unwrap_or_else(|p| p.into_inner());
        s.paints += 1;
        s.last = Some((r.gloss, r.mode));
        Ok(v2::demo::PaintReply { coats: 2 })
    }
    fn inspect(
        &mut self,
        _: &Ctx,
        _: &v2::demo::InspectReq,
    ) -> Result<v2::demo::InspectReply, Errno> {
        Ok(v2::demo::InspectReply {
            color: v2::demo::Color::GREEN,
        })
    }
}

struct OldHost(Arc<Mutex<Seen>>);
impl v1::demo::Backend for OldHost {
    fn paint(&mut self, _: &Ctx, _: &v1::demo::PaintReq) -> Result<v1::demo::PaintReply, Errno> {
        let mut s = self.0.lock().unwrap_or_else(|p| p.into_inner());
        s.paints += 1;
        s.last = None;
        Ok(v1::demo::PaintReply { coats: 1 })
    }
}

fn failed(error: client::Error) -> CliError {
    Error::Client {
        case: "compat",
        error,
    }
    .into()
}

/// Serve family `demo` of the generated module `$v` (v1 or v2) with `$backend` on host `$h`:
/// ring and register calls both reach the one backend, behind a lock.
macro_rules! serve_demo {
    ($h:expr, $v:ident, $backend:expr) => {{
        let b = Arc::new(Mutex::new($backend));
        let b2 = b.clone();
        $h.add_family(
            &$v::demo::FAMILY,
            Box::new(move |c, cmd, a, w, o| {
                let mut b = b.lock().unwrap_or_else(|p| p.into_inner());
                $v::demo::serve(&mut *b, c, cmd, a, w, o)
            }),
            Box::new(move |c, r| {
                let mut b = b2.lock().unwrap_or_else(|p| p.into_inner());
                $v::demo::serve_regs(&mut *b, c, r)
            }),
        )
    }};
}

/// Serve `demo` v2 (`new`) or v1 on `e`.
fn add_family(e: &Embedded, new: bool, seen: Arc<Mutex<Seen>>) -> Result<(), CliError> {
    let mut h = e.shared().host();
    let r = if new {
        serve_demo!(h, v2, NewHost(seen))
    } else {
        serve_demo!(h, v1, OldHost(seen))
    };
    Ok(r.map_err(|errno| Error::Hv {
        case: "compat",
        what: "add the family demo",
        errno,
    })?)
}

async fn toolstack(e: &Embedded, queue: u16, negotiate: bool) -> Result<Client, CliError> {
    e.client(
        DOM0,
        Config {
            queue_id: queue,
            fast_path: FastPath::Ring,
            negotiate,
            ..Config::default()
        },
    )
    .await
    .map_err(failed)
}

/// What `get_family` told the toolstack about `demo` (said as `host`'s answer).
fn introspect(
    ui: &mut Ui<'_, '_>,
    host: &str,
    c: &Client,
) -> Result<(Option<u8>, Vec<&'static str>), CliError> {
    let (version, ops) = match c.host() {
        None => (None, Vec::new()),
        Some(h) => (
            h.families.get(&v2::demo::ID).map(|f| f.1),
            v2::demo::FAMILY
                .ops
                .iter()
                .filter(|o| h.ops.contains(&(v2::demo::ID, o.id)))
                .map(|o| o.name)
                .collect(),
        ),
    };
    ui.say(format!(
        "{host} host: get_family says demo version {}, ops {}",
        version.map_or("-".into(), |v| v.to_string()),
        ops.join(", ")
    ))?;
    Ok((version, ops))
}

const OLD: &str = "old toolstack (v1)";
const NEW: &str = "new toolstack (v2)";

fn line(who: &str, call: &str, result: impl AsRef<str>) -> String {
    format!("  {who:19} {call:34} {}", result.as_ref())
}

/// The line of a call that should work: `ok`'s account of the reply, or the error.
fn called<T>(
    who: &str,
    call: &str,
    r: &Result<T, client::Error>,
    ok: impl FnOnce(&T) -> String,
) -> String {
    match r {
        Ok(rep) => line(who, call, ok(rep)),
        Err(e) => line(who, call, format!("error: {e}")),
    }
}

/// A host's refusal, with the attribute its extended ack points at (resolved in `request`).
fn refusal(e: &client::Error, request: Option<&v2::demo::PaintReq>) -> String {
    match e {
        client::Error::Host {
            errno, msg, offset, ..
        } => {
            let mut s = format!("{errno:?}");
            match msg {
                Some(m) => s += &format!(": {m}"),
                None if *errno == Errno::ENOSYS => s += " (not supported)",
                None => {}
            }
            if let (Some(off), Some(req)) = (offset, request) {
                match attr_at(req, *off) {
                    Some(name) => s += &format!(": `{name}` (offset {off})"),
                    None => s += &format!(" (offset {off})"),
                }
            }
            s
        }
        e => e.to_string(),
    }
}

/// The attribute at `offset` of a v2 paint request.
fn attr_at(req: &v2::demo::PaintReq, offset: u32) -> Option<String> {
    use hvlink_proto::rt::Op;
    let mut b = hvlink_codec::Builder::new(Vec::new());
    v2::demo::Paint::write_request(&mut b, 1, 0, req).ok()?;
    let bytes = b.into_inner();
    let msg = hvlink_codec::Message::parse(&bytes).ok()?;
    let (_, attrs) = msg.genl().ok()?;
    let fields = crate::ynl::tree::walk(attrs, Some(v2::demo::Paint::DESC.request));
    crate::ynl::tree::path_at(&fields, offset)
}

/// Run use case b: `main` serves v2; a v1 host is brought up beside it.
pub(super) async fn run(
    main: &Embedded,
    ui: &mut Ui<'_, '_>,
    capture: Option<&PcapCapture>,
) -> Result<(), CliError> {
    use v2::demo::{Color, PaintMode};

    ui.say("the test family `demo`: v2 adds `gloss` (optional, default 50), `mode`")?;
    ui.say("(must-understand) and the op `inspect`; toolstacks run in control domain 0")?;
    let pb = ui.phase("toolstacks against the v2 host", None);
    let new_seen = Arc::new(Mutex::new(Seen::default()));
    add_family(main, true, new_seen.clone())?;
    let old_seen = Arc::new(Mutex::new(Seen::default()));
    let old_host = embedded::start(Options {
        guests: 0,
        ..Options::default()
    })?;
    if let Some(c) = capture {
        c.install(&mut *old_host.shared().host());
    }
    add_family(&old_host, false, old_seen.clone())?;

    let v1_paint = v1::demo::PaintReq {
        object: 7,
        color: v1::demo::Color::BLUE,
    };
    let v2_paint = v2::demo::PaintReq {
        object: 7,
        color: Color::BLUE,
        gloss: 80,
        mode: PaintMode::NORMAL,
    };
    let dry = v2::demo::PaintReq {
        mode: PaintMode::DRY_RUN,
        ..v2_paint
    };
    let inspect = v2::demo::InspectReq { object: 7 };
    let mut works = 0;
    let mut refused = 0;

    // --- the new host
    let old = toolstack(main, 11, true).await?;
    let new = toolstack(main, 12, true).await?;
    let (version, ops) = introspect(ui, "v2", &new)?;
    ui.check(
        "b",
        version == Some(2) && ops == ["paint", "inspect"],
        "the v2 host reports demo v2 with paint and inspect (introspection)",
    )?;
    let r = old.call::<v1::demo::Paint>(&v1_paint).await;
    let seen = last_paint(&new_seen);
    let ok = matches!(&r, Ok(rep) if rep.get().coats == 2) && seen == Some((50, PaintMode::NORMAL));
    ui.say(called(OLD, "paint 7 blue", &r, |rep| {
        format!(
            "ok, {} coats; host got gloss {} and mode {:?} (defaults)",
            rep.get().coats,
            seen.map_or(0, |s| s.0),
            seen.map_or(PaintMode::NORMAL, |s| s.1)
        )
    }))?;
    works += u32::from(ok);
    ui.check(
        "b",
        ok,
        "old toolstack on the v2 host works; the host fills gloss 50 and mode normal",
    )?;

    let r = new.call::<v2::demo::Paint>(&v2_paint).await;
    let seen = last_paint(&new_seen);
    let ok = r.is_ok() && seen == Some((80, PaintMode::NORMAL));
    ui.say(called(NEW, "paint 7 blue, gloss 80", &r, |rep| {
        format!("ok, {} coats; host got gloss 80", rep.get().coats)
    }))?;
    works += u32::from(ok);
    let r = new.call::<v2::demo::Paint>(&dry).await;
    let seen = last_paint(&new_seen);
    let ok2 = r.is_ok() && seen == Some((80, PaintMode::DRY_RUN));
    ui.say(called(NEW, "paint, mode dry-run", &r, |_| {
        "ok; host got mode dry-run (it understands it)".to_string()
    }))?;
    works += u32::from(ok2);
    let r = new.call_ring::<v2::demo::Inspect>(&inspect).await;
    let ok3 = matches!(&r, Ok(rep) if rep.get().color == Color::GREEN);
    ui.say(called(NEW, "inspect 7", &r, |rep| {
        format!("ok, {:?}", rep.get().color)
    }))?;
    works += u32::from(ok3);
    ui.check(
        "b",
        ok && ok2 && ok3,
        "new toolstack on the v2 host: gloss, dry-run and inspect all work",
    )?;
    old.close();
    new.close();

    // --- the old host
    pb.set_message("toolstacks against the v1 host");
    let old = toolstack(&old_host, 11, true).await?;
    let new = toolstack(&old_host, 12, true).await?;
    let (version, ops) = introspect(ui, "v1", &new)?;
    ui.check(
        "b",
        version == Some(1) && ops == ["paint"],
        "the v1 host reports demo v1 with paint only (introspection)",
    )?;
    let r = old.call::<v1::demo::Paint>(&v1_paint).await;
    let ok = matches!(&r, Ok(rep) if rep.get().coats == 1);
    ui.say(called(OLD, "paint 7 blue", &r, |rep| {
        format!("ok, {} coat", rep.get().coats)
    }))?;
    works += u32::from(ok);
    let r = new.call::<v2::demo::Paint>(&v2_paint).await;
    let ok2 = matches!(&r, Ok(rep) if rep.get().coats == 1);
    ui.say(called(NEW, "paint 7 blue, gloss 80", &r, |rep| {
        format!(
            "ok, {} coat; gloss ignored (optional, unknown to v1)",
            rep.get().coats
        )
    }))?;
    works += u32::from(ok2);
    ui.check(
        "b",
        ok && ok2,
        "both toolstacks paint on the v1 host; it ignores the optional gloss it does not know",
    )?;

    let paints = old_seen.lock().map(|s| s.paints).unwrap_or(0);
    let r = new.call::<v2::demo::Paint>(&dry).await;
    let painted = old_seen.lock().map(|s| s.paints).unwrap_or(0) != paints;
    let msg = match &r {
        Ok(_) => "ok?! (the host acted on what it does not understand)".to_string(),
        Err(e) => format!("refused: {}", refusal(e, Some(&dry))),
    };
    ui.say(line(NEW, "paint, mode dry-run", &msg))?;
    let must = matches!(&r, Err(client::Error::Host { msg: Some(m), offset: Some(off), .. })
        if m.contains("must-understand") && attr_at(&dry, *off).as_deref() == Some("mode"));
    refused += u32::from(must && !painted);
    ui.check(
        "b",
        must && !painted,
        "the v1 host refuses the must-understand mode it lacks, names it, and paints nothing",
    )?;

    let r = new.call_ring::<v2::demo::Inspect>(&inspect).await;
    ui.say(line(
        NEW,
        "inspect 7",
        match &r {
            Ok(_) => "ok?!".to_string(),
            Err(e) => format!("not sent: {e}"),
        },
    ))?;
    let unsupported = matches!(
        &r,
        Err(client::Error::Unsupported {
            host_family_version: Some(1),
            ..
        })
    );
    // A toolstack that did not ask first: the host itself says "not supported".
    let blind = toolstack(&old_host, 13, false).await?;
    let r = blind.call_ring::<v2::demo::Inspect>(&inspect).await;
    ui.say(line(
        "unnegotiated (v2)",
        "inspect 7",
        match &r {
            Ok(_) => "ok?!".to_string(),
            Err(e) => format!("host says {}", refusal(e, None)),
        },
    ))?;
    let enosys = r.as_ref().err().and_then(client::Error::errno_value) == Some(Errno::ENOSYS);
    refused += u32::from(unsupported) + u32::from(enosys);
    ui.check(
        "b",
        unsupported && enosys,
        "inspect on the v1 host: the client knows from get_family; the host answers ENOSYS",
    )?;
    old.close();
    new.close();
    blind.close();
    drop(old_host);
    pb.set_message("done");
    ui.row(
        "b",
        vec![
            format!("v1 and v2 toolstacks on a v2 and a v1 host: {works} calls worked;"),
            "v2 host filled v1's missing gloss/mode with defaults; v1 host ignored gloss".into(),
            format!("{refused} refused clearly: must-understand `mode`; `inspect` not supported"),
        ],
    );
    Ok(())
}
