//! Async continuations from guest userspace: a process in domain 2 gets its own userspace
//! queue and awaits long hypervisor work — a 4,096-entry grant batch and a `sched.poll` on
//! an event channel — as ordinary futures, while the kernel's queue keeps making small
//! calls. No vCPU blocks: the host parks the poll and continues the batch in slices.

use std::time::{Duration, Instant};

use hvlink_deploy::embedded::Options;
use hvlink_examples::{mappings, start, unbound_port, user_queue};
use hvlink_proto::event_channel::{BindInterdomain, BindInterdomainReq, PortReq, SendOp};
use hvlink_proto::grant_table::{Gntst, MapMode};
use hvlink_proto::rt::{Empty, List};
use hvlink_proto::{sched, version};

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() -> hvlink_examples::Result<()> {
    // Domain 1 grants 4,096 pages to domain 2.
    let mut opts = Options::default();
    opts.config.budget = 256; // small slices: the batch is visibly preempted
    let host = start(opts, 4096)?;

    let kernel1 = host.kernel_client(1, 1).await?;
    let kernel2 = host.kernel_client(2, 1).await?;
    // The userspace queue: the kernel sets it up for the process; only `logical` ops pass.
    let user = host.client(2, user_queue(9)).await?;

    // An event channel from domain 1 to the process.
    let p1 = unbound_port(&kernel1, 2).await?;
    let bind = BindInterdomainReq {
        remote_dom: 1,
        remote_port: p1,
    };
    let p2 = user
        .call_ring::<BindInterdomain>(&bind)
        .await?
        .get()
        .local_port;
    host.with_hv(|hv| hv.clear_pending(2, p2))
        .map_err(|e| format!("{e:?}"))?;

    let t0 = Instant::now();
    let entries = mappings(4096, 0x100_0000);
    let ports = [p2];
    let poll_req = sched::PollReq {
        timeout: 0,
        port: List::new(&ports),
    };
    // Both long operations in flight at once from the process...
    let batch = user.grant_map(&entries, MapMode::INDEPENDENT);
    let poll = async {
        user.call_ring::<sched::Poll>(&poll_req).await?;
        Ok::<_, hvlink_guest::client::Error>(t0.elapsed())
    };
    // ...while the kernel keeps working, and domain 1 signals the port after a while.
    let others = async {
        let mut calls = 0;
        while t0.elapsed() < Duration::from_millis(30) {
            kernel2.call::<version::Version>(&Empty).await?;
            calls += 1;
        }
        kernel1.call::<SendOp>(&PortReq { port: p1 }).await?;
        Ok::<_, hvlink_guest::client::Error>(calls)
    };
    let (mapped, polled, calls) = tokio::join!(batch, poll, others);
    let mapped = mapped?;
    let ok = mapped.iter().filter(|r| r.status == Gntst::OKAY).count();
    println!("batch: {ok} of {} grants mapped", mapped.len());
    println!(
        "poll: woke after {:?}, when domain 1 signalled port {p1}",
        polled?
    );
    println!("kernel made {} other calls meanwhile", calls?);
    let m = host.shared().metrics().snapshot();
    println!(
        "host: {} preemptions, {} batch entries",
        m.preemptions, m.entries
    );
    Ok(())
}
