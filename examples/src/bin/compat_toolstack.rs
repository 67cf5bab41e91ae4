//! Toolstacks that stay compatible across versions. The test family `demo` exists as
//! version 1 and version 2 (v2 adds an optional attribute with a default, a must-understand
//! attribute and an op). An old and a new toolstack talk to an old and a new host:
//! everything both sides know works, defaults fill what an old sender leaves out, and what
//! one side lacks is reported clearly instead of misbehaving.

#![deny(unsafe_code)]

use std::sync::{Arc, Mutex};

use hvlink_compat_demo::{v1, v2};
use hvlink_deploy::embedded::{Embedded, Options};
use hvlink_examples::kernel_queue;
use hvlink_guest::client::FastPath;
use hvlink_proto::rt::Ctx;
use hvlink_proto::Errno;

struct OldHost;
impl v1::demo::Backend for OldHost {
    fn paint(&mut self, _: &Ctx, r: &v1::demo::PaintReq) -> Result<v1::demo::PaintReply, Errno> {
        println!("    old host paints object {} {:?}", r.object, r.color);
        Ok(v1::demo::PaintReply { coats: 1 })
    }
}

struct NewHost;
impl v2::demo::Backend for NewHost {
    fn paint(&mut self, _: &Ctx, r: &v2::demo::PaintReq) -> Result<v2::demo::PaintReply, Errno> {
        println!(
            "    new host paints object {} {:?}, gloss {} ({:?})",
            r.object, r.color, r.gloss, r.mode
        );
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

/// Bring up a host that serves `demo` v1 or v2 besides the built-in families.
fn host(new: bool) -> hvlink_examples::Result<Embedded> {
    let e = Embedded::start(Options::default())?;
    let mut h = e.shared().host();
    let r = if new {
        let b = Arc::new(Mutex::new(NewHost));
        let b2 = b.clone();
        h.add_family(
            &v2::demo::FAMILY,
            Box::new(move |c, cmd, a, w, o| {
                v2::demo::serve(&mut *b.lock().unwrap(), c, cmd, a, w, o)
            }),
            Box::new(move |c, r| v2::demo::serve_regs(&mut *b2.lock().unwrap(), c, r)),
        )
    } else {
        let b = Arc::new(Mutex::new(OldHost));
        let b2 = b.clone();
        h.add_family(
            &v1::demo::FAMILY,
            Box::new(move |c, cmd, a, w, o| {
                v1::demo::serve(&mut *b.lock().unwrap(), c, cmd, a, w, o)
            }),
            Box::new(move |c, r| v1::demo::serve_regs(&mut *b2.lock().unwrap(), c, r)),
        )
    };
    r.map_err(|e| format!("add family: {e:?}"))?;
    drop(h);
    Ok(e)
}

#[tokio::main(flavor = "multi_thread", worker_threads = 1)]
async fn main() -> hvlink_examples::Result<()> {
    for new_host in [false, true] {
        let e = host(new_host)?;
        let label = if new_host {
            "new host (demo v2)"
        } else {
            "old host (demo v1)"
        };
        // The toolstack runs in the control domain's userspace; it asks what the host
        // supports at connect (control negotiate + get_family).
        let c = e.client(0, kernel_queue(1, FastPath::Ring)).await?;
        let version = c.host().and_then(|h| h.families.get(&0x180).map(|f| f.1));
        println!("{label}: the host reports demo version {version:?}");

        println!("  old toolstack paints:");
        let r = c
            .call::<v1::demo::Paint>(&v1::demo::PaintReq {
                object: 7,
                color: v1::demo::Color::BLUE,
            })
            .await?;
        println!("    -> {} coats", r.get().coats);

        println!("  new toolstack paints with gloss 80:");
        let req = v2::demo::PaintReq {
            object: 7,
            color: v2::demo::Color::BLUE,
            gloss: 80,
            mode: v2::demo::PaintMode::NORMAL,
        };
        let r = c.call::<v2::demo::Paint>(&req).await?;
        println!("    -> {} coats", r.get().coats);

        println!("  new toolstack asks for a dry run (a must-understand attribute):");
        let req = v2::demo::PaintReq {
            mode: v2::demo::PaintMode::DRY_RUN,
            ..req
        };
        match c.call::<v2::demo::Paint>(&req).await {
            Ok(r) => println!("    -> {} coats", r.get().coats),
            Err(e) => println!("    -> refused: {e}"),
        }

        println!("  new toolstack inspects (an op added in v2):");
        match c
            .call::<v2::demo::Inspect>(&v2::demo::InspectReq { object: 7 })
            .await
        {
            Ok(r) => println!("    -> {:?}", r.get().color),
            Err(e) => println!("    -> {e}"),
        }
    }
    Ok(())
}
