//! The FastABI register path next to the ring: the same event channel send as a register
//! call (rax = 32 | 0x40000000, rdi = 4, rsi = port — one trap, one handler) and as a ring
//! message, timed; then grant maps one register call each against one ring batch, to show
//! where batching wins. Both paths reach the same host handler.

use std::time::Instant;

use hvlink_deploy::embedded::{Embedded, Options};
use hvlink_guest::client::{Config, FastPath};
use hvlink_proto::event_channel::{AllocUnbound, AllocUnboundReq, PortReq, SendOp};
use hvlink_proto::grant_table::{
    GntmapFlags, MapEntry, MapGrantRef, MapMode, MapReplyForm, MapReq, MapReqForm,
};
use hvlink_proto::rt::FastAbi;

#[tokio::main(flavor = "multi_thread", worker_threads = 1)]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let host = Embedded::start(Options::default())?;
    host.with_hv(|hv| {
        (0..512).try_for_each(|r| hv.grant_access(1, r, 2, 0x1000 + u64::from(r), false))
    })
    .map_err(|e| format!("{e:?}"))?;
    let regs = host
        .client(
            2,
            Config {
                queue_id: 1,
                fast_path: FastPath::Registers,
                ..Config::default()
            },
        )
        .await?;
    let ring = host
        .client(
            2,
            Config {
                queue_id: 2,
                fast_path: FastPath::Ring,
                ..Config::default()
            },
        )
        .await?;

    let port = regs
        .call::<AllocUnbound>(&AllocUnboundReq {
            dom: 0x7FF0,
            remote_dom: 2,
        })
        .await?
        .get()
        .port;
    let r = SendOp::to_regs(&PortReq { port }).map_err(|e| format!("{e:?}"))?;
    println!(
        "send by register: rax={:#x} rdi={} rsi={}",
        r.rax, r.rdi, r.rsi
    );

    const N: u32 = 2000;
    let t = Instant::now();
    for _ in 0..N {
        regs.call::<SendOp>(&PortReq { port }).await?;
    }
    let by_regs = t.elapsed() / N;
    let t = Instant::now();
    for _ in 0..N {
        ring.call_ring::<SendOp>(&PortReq { port }).await?;
    }
    let by_ring = t.elapsed() / N;
    println!(
        "event_channel.send, one at a time: registers {by_regs:?}/call, ring {by_ring:?}/call"
    );

    // 512 grant maps: 512 register calls against one batch on the ring.
    let entries: Vec<MapEntry> = (0..512u32)
        .map(|i| MapEntry {
            dom: 1,
            r#ref: i,
            flags: GntmapFlags::HOST_MAP,
            host_addr: 0x100_0000 + u64::from(i) * 4096,
        })
        .collect();
    let t = Instant::now();
    for e in &entries {
        let req = MapReq {
            form: MapReqForm::Single {
                dom: e.dom,
                r#ref: e.r#ref,
                flags: e.flags,
                host_addr: e.host_addr,
            },
        };
        let rep = regs.call::<MapGrantRef>(&req).await?;
        if let MapReplyForm::Single { status, .. } = rep.get().form {
            assert_eq!(status.0, 0);
        }
    }
    let one_by_one = t.elapsed();
    let t = Instant::now();
    let res = ring.grant_map(&entries, MapMode::INDEPENDENT).await?;
    let batched = t.elapsed();
    println!(
        "512 grant maps: {one_by_one:?} as register calls, {batched:?} as one ring batch ({} ok)",
        res.iter().filter(|r| r.status.0 == 0).count()
    );
    println!(
        "the host counted {} register calls and {} ring messages",
        host.shared().metrics().snapshot().register_calls,
        host.shared().metrics().snapshot().messages
    );
    Ok(())
}
