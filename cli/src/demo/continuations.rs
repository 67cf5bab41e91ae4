//! Use case c: async continuations from guest userspace. A process in domain 2 has its own
//! userspace queue and awaits long hypervisor work — a grant batch the host runs in slices
//! (preempted, resumed, never repeating an entry) and a `sched.poll` on an event channel —
//! as ordinary futures, while domain 2's kernel queue keeps making small calls. Nothing
//! blocks a vCPU: the host parks the poll until domain 1 signals the port.

use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use hvlink_codec::ring::QueueKind;
use hvlink_deploy::embedded::Embedded;
use hvlink_guest::client::{self, Config, FastPath};
use hvlink_proto::event_channel::{
    AllocUnbound, AllocUnboundReq, BindInterdomain, BindInterdomainReq, PortReq, SendOp,
};
use hvlink_proto::grant_table::{GntmapFlags, Gntst, MapEntry, MapMode};
use hvlink_proto::rt::{Empty, List};
use hvlink_proto::{sched, version};

use super::{Args, Ui};
use crate::cmd::demo::Error;
use crate::embedded::{DOM1, DOM2};
use crate::CliError;

/// How long dom 2's kernel keeps calling before dom 1 signals the port.
const SIGNAL_AFTER: Duration = Duration::from_millis(30);

fn failed(error: client::Error) -> CliError {
    Error::Client {
        case: "continuation",
        error,
    }
    .into()
}

/// Run use case c on `host`.
pub(super) async fn run(host: &Embedded, ui: &mut Ui<'_, '_>, args: &Args) -> Result<(), CliError> {
    let n = args.entries;
    let budget = host.shared().host().config().budget;
    // Dom 1's grants of use case a (refs 0..n) are still in place, and all unmapped.
    let kernel1 = host.kernel_client(DOM1, 1).await.map_err(failed)?;
    let kernel2 = host.kernel_client(DOM2, 3).await.map_err(failed)?;
    // The process's own queue: set up by its kernel; only `logical` ops pass on it.
    let user = host
        .client(
            DOM2,
            Config {
                queue_id: 9,
                kind: QueueKind::Userspace,
                fast_path: FastPath::Ring,
                ..Config::default()
            },
        )
        .await
        .map_err(failed)?;
    // An event channel from dom 1 to the process.
    let p1 = kernel1
        .call::<AllocUnbound>(&AllocUnboundReq {
            dom: 0x7FF0,
            remote_dom: DOM2,
        })
        .await
        .map_err(failed)?
        .get()
        .port;
    let p2 = user
        .call_ring::<BindInterdomain>(&BindInterdomainReq {
            remote_dom: DOM1,
            remote_port: p1,
        })
        .await
        .map_err(failed)?
        .get()
        .local_port;
    host.with_hv(|hv| hv.clear_pending(DOM2, p2))
        .map_err(|errno| Error::Hv {
            case: "continuation",
            what: "clear the port's pending bit",
            errno,
        })?;
    ui.say(format!(
        "a process in dom 2 (userspace queue) starts a {n}-entry grant map and a sched.poll on"
    ))?;
    ui.say(format!(
        "event channel port {p2}; dom 2's kernel keeps calling; dom 1 signals after {} ms at the earliest",
        SIGNAL_AFTER.as_millis()
    ))?;
    ui.say(format!(
        "(the host runs at most {budget} batch entries per queue per turn, then continues later)"
    ))?;

    let entries: Vec<MapEntry> = (0..n)
        .map(|i| MapEntry {
            dom: DOM1,
            r#ref: i,
            flags: GntmapFlags::HOST_MAP,
            host_addr: 0x100_0000 + u64::from(i % 8192) * 4096,
        })
        .collect();
    let ports = [p2];
    let poll_req = sched::PollReq {
        timeout: 0,
        port: List::new(&ports),
    };
    let m0 = host.shared().metrics().snapshot();
    let pb = ui.phase("batch and poll in flight", None);
    let t0 = Instant::now();
    let batch_done_flag = AtomicBool::new(false);
    // The poll goes first (the host parks it), the batch right behind it, same doorbell.
    let poll = async {
        let r = user.call_ring::<sched::Poll>(&poll_req).await;
        (r.map(|_| ()), t0.elapsed())
    };
    let batch = async {
        let r = user.grant_map(&entries, MapMode::INDEPENDENT).await;
        batch_done_flag.store(true, Ordering::Release);
        (r, t0.elapsed())
    };
    let others = async {
        let mut calls = 0u32;
        // Until the batch is done and for at least SIGNAL_AFTER: the poll waits all along.
        while t0.elapsed() < SIGNAL_AFTER || !batch_done_flag.load(Ordering::Acquire) {
            kernel2
                .call::<version::Version>(&Empty)
                .await
                .map_err(failed)?;
            calls += 1;
            // A register call completes without waiting: let the other futures run.
            tokio::task::yield_now().await;
        }
        let sent = t0.elapsed();
        kernel1
            .call::<SendOp>(&PortReq { port: p1 })
            .await
            .map_err(failed)?;
        Ok::<_, CliError>((calls, sent))
    };
    let watch = async {
        // Live progress: the host's counters while the work is in flight.
        loop {
            let m = host.shared().metrics().snapshot();
            pb.set_message(format!(
                "in flight: {} preemptions, {} batch entries done, {} kernel calls",
                m.preemptions - m0.preemptions,
                m.entries - m0.entries,
                m.register_calls - m0.register_calls
            ));
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    };
    let ((polled, poll_done), (mapped, batch_done), others) = tokio::select! {
        r = async { tokio::join!(poll, batch, others) } => r,
        _ = watch => unreachable!("the watcher never ends"),
    };
    let (calls, sent) = others?;
    let m1 = host.shared().metrics().snapshot();
    let preemptions = m1.preemptions - m0.preemptions;
    let mapped = mapped.map_err(failed)?;
    let ok = mapped.iter().filter(|r| r.status == Gntst::OKAY).count();
    let ms = |d: Duration| d.as_secs_f64() * 1e3;
    ui.say(format!(
        "  batch: {ok} of {n} mapped after {:.1} ms, in {} slices: the host preempted it {preemptions} times",
        ms(batch_done),
        preemptions + 1
    ))?;
    match &polled {
        Ok(()) => ui.say(format!(
            "  poll:  resolved after {:.1} ms, when dom 1 signalled port {p1} (at {:.1} ms)",
            ms(poll_done),
            ms(sent)
        ))?,
        Err(e) => ui.say(format!("  poll:  failed: {e}"))?,
    }
    ui.say(format!(
        "  dom 2's kernel made {calls} calls meanwhile (register path), none waiting for the others"
    ))?;
    let indices_right = mapped
        .iter()
        .enumerate()
        .all(|(k, r)| r.index as usize == k);
    ui.check(
        "c",
        ok == n as usize && indices_right,
        format!("all {n} entries mapped once each, in order, across the continuation"),
    )?;
    ui.check(
        "c",
        preemptions > 0 || n <= budget,
        format!(
            "the host preempted the long batch ({preemptions} times) instead of hogging a turn"
        ),
    )?;
    ui.check(
        "c",
        polled.is_ok() && batch_done < sent && poll_done >= sent,
        "the poll stayed parked on the host through the batch until dom 1 signalled",
    )?;
    ui.check(
        "c",
        calls > 0,
        format!("other calls went on meanwhile ({calls} kernel calls)"),
    )?;
    for c in [&kernel1, &kernel2, &user] {
        client::Client::close(c);
    }
    pb.set_message("done");
    ui.row(
        "c",
        vec![
            format!(
                "userspace queue: {n}-entry map done in {:.1} ms after {preemptions} preemptions;",
                ms(batch_done)
            ),
            format!(
                "poll parked {:.1} ms until dom 1's send; {calls} kernel calls meanwhile",
                ms(poll_done)
            ),
        ],
    );
    Ok(())
}
