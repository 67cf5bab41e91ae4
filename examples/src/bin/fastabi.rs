//! The FastABI register path next to the ring: the same event channel send as a register
//! call (rax = 32 | 0x40000000, rdi = 4, rsi = port — one trap, one handler) and as a ring
//! message, timed; then grant maps one register call each against one ring batch, to show
//! where batching wins. Both paths reach the same host handler.

use std::time::Instant;

use hvlink_deploy::embedded::Options;
use hvlink_examples::{kernel_queue, mappings, start, unbound_port};
use hvlink_guest::client::FastPath;
use hvlink_proto::event_channel::{PortReq, SendOp};
use hvlink_proto::grant_table::{MapGrantRef, MapMode, MapReplyForm, MapReq, MapReqForm};
use hvlink_proto::rt::FastAbi;

#[tokio::main(flavor = "multi_thread", worker_threads = 1)]
async fn main() -> hvlink_examples::Result<()> {
    // Domain 1 grants 512 pages to domain 2, whose kernel has two queues: one whose calls
    // go through registers whenever they can, one whose calls always take the ring.
    let host = start(Options::default(), 512)?;
    let regs = host.client(2, kernel_queue(1, FastPath::Registers)).await?;
    let ring = host.client(2, kernel_queue(2, FastPath::Ring)).await?;

    let port = unbound_port(&regs, 2).await?;
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
    let entries = mappings(512, 0x100_0000);
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
