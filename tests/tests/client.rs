//! The guest client end to end on the embedded reference hypervisor, through real rings:
//! every family, a 4,096-entry grant batch with per-entry statuses, an interdomain event
//! channel between two guests, sched poll completing on an event and on a timeout, cancel
//! midway through a long batch, coalescing, the fast path, replies validated.

use std::time::Duration;

use std::sync::atomic::Ordering::Relaxed;

use hvlink_codec::ring::QueueKind;
use hvlink_deploy::embedded::{Embedded, Options};
use hvlink_guest::client::{Error, FastPath};
use hvlink_proto::event_channel::{PortReq, SendOp, Status, StatusReq};
use hvlink_proto::grant_table::{BatchMode, DomReq, Gntst, MapEntry, MapMode, QuerySize};
use hvlink_proto::rt::{Empty, List};
use hvlink_proto::{hvm, memory, sched, vcpu, version};
use hvlink_tests::embedded::{
    all_ok, config, interdomain, kernel, versions, with_grants, DOM1, DOM2,
};
use hvlink_tests::grants::{host_map, map_batch, unmap_of};

fn embedded() -> Embedded {
    Embedded::start(Options::default()).unwrap()
}

/// Mappings of dom1's refs `0..n`, one page apart; with `bad_every` > 0, every
/// `bad_every`-th names a ref that was never granted.
fn entries(n: u32, bad_every: u32) -> Vec<MapEntry> {
    (0..n)
        .map(|i| {
            let bad = bad_every > 0 && i % bad_every == bad_every - 1;
            let r = if bad { 1 << 30 } else { i };
            host_map(DOM1, r, 0x40_0000 + u64::from(i) * 4096)
        })
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn grant_batch_of_4096_with_bad_refs() {
    let e = with_grants(Options::default(), 4096);
    let c = kernel(&e, DOM2, 1, FastPath::Ring).await;
    let es = entries(4096, 100);
    let doorbells_before = c.stats().doorbells.load(Relaxed);
    let res = c.grant_map(&es, MapMode::INDEPENDENT).await.unwrap();
    assert_eq!(res.len(), 4096);
    let mut ok = Vec::new();
    for (i, r) in res.iter().enumerate() {
        assert_eq!(r.index as usize, i);
        if i % 100 == 99 {
            assert_eq!(r.status, Gntst::BAD_GNTREF, "entry {i}");
            assert!(r.handle.is_none());
        } else {
            assert_eq!(r.status, Gntst::OKAY, "entry {i}");
            ok.push(unmap_of(&es[i], r.handle.unwrap()));
        }
    }
    // Four messages, one doorbell at most (the host may not even have asked for one).
    let doorbells = c.stats().doorbells.load(Relaxed) - doorbells_before;
    assert!(doorbells <= 1, "{doorbells} doorbells for one batch");
    e.with_hv(|hv| assert!(hv.end_access(DOM1, 0).is_err(), "mapped grant can be ended"));
    let un = c.grant_unmap(&ok, BatchMode::INDEPENDENT).await.unwrap();
    assert_eq!(un.len(), ok.len());
    assert!(un.iter().all(|r| r.status == Gntst::OKAY));
    e.with_hv(|hv| hv.end_access(DOM1, 0).unwrap());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_family_answers() {
    let e = embedded();
    let c = kernel(&e, DOM1, 1, FastPath::Auto).await;
    let v = c.call::<version::Version>(&Empty).await.unwrap();
    assert!(v.get().major >= 4);
    c.call_ring::<version::Capabilities>(&Empty).await.unwrap();
    let ps = c.call::<version::Pagesize>(&Empty).await.unwrap();
    assert_eq!(ps.get().page_size, 4096);
    let t = c.call::<hvm::GetTime>(&Empty).await.unwrap();
    assert!(t.get().now > 0);
    let mm = c
        .call_ring::<memory::MemoryMap>(&memory::MemoryMapReq { max_entries: 16 })
        .await
        .unwrap();
    assert!(mm.get().entry.len() >= 2);
    let up = c
        .call::<vcpu::IsUp>(&vcpu::VcpuReq { vcpu: 0 })
        .await
        .unwrap();
    assert_eq!(up.get().up, 1);
    c.call::<sched::Yield>(&Empty).await.unwrap();
    let q = c
        .call_ring::<QuerySize>(&DomReq { dom: 0x7FF0 })
        .await
        .unwrap();
    assert!(q.get().max_nr_frames.unwrap_or(0) > 0);
    // Unsupported op check and host errors carry detail.
    let err = c
        .call_ring::<Status>(&StatusReq { dom: DOM2, port: 1 })
        .await
        .unwrap_err();
    assert_eq!(err.errno_value(), Some(hvlink_proto::Errno::EPERM), "{err}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn interdomain_event_channel_and_poll() {
    let e = embedded();
    let a = kernel(&e, DOM1, 1, FastPath::Auto).await;
    let b = kernel(&e, DOM2, 1, FastPath::Ring).await;
    let (pa, pb) = interdomain(&a, DOM1, &b, DOM2).await;
    e.with_hv(|hv| hv.clear_pending(DOM2, pb).unwrap());
    // dom2 polls its port: parked on the host, no vCPU blocked; dom1 sends.
    let ports = [pb];
    let poll = b
        .start::<sched::Poll>(
            &sched::PollReq {
                timeout: 0,
                port: List::new(&ports),
            },
            Default::default(),
            None,
        )
        .await
        .unwrap();
    tokio::time::sleep(Duration::from_millis(20)).await;
    assert_eq!(b.in_flight(), 1, "poll completed with nothing pending");
    let upcalls = e.with_hv(|hv| hv.domain(DOM2).unwrap().upcalls());
    a.call::<SendOp>(&PortReq { port: pa }).await.unwrap();
    poll.wait().await.unwrap();
    assert!(e.with_hv(|hv| hv.evtchn_is_pending(DOM2, pb).unwrap()));
    assert!(e.with_hv(|hv| hv.domain(DOM2).unwrap().upcalls()) > upcalls);
    // A poll with a timeout on a quiet port completes when the time passes.
    e.with_hv(|hv| hv.clear_pending(DOM2, pb).unwrap());
    let now = b.call::<hvm::GetTime>(&Empty).await.unwrap().get().now;
    let t0 = std::time::Instant::now();
    b.call_ring::<sched::Poll>(&sched::PollReq {
        timeout: now + 30_000_000,
        port: List::new(&ports),
    })
    .await
    .unwrap();
    assert!(
        t0.elapsed() >= Duration::from_millis(25),
        "{:?}",
        t0.elapsed()
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn cancel_midway_through_a_long_batch() {
    let mut opts = Options::default();
    opts.config.budget = 128;
    let e = with_grants(opts, 1024);
    let c = kernel(&e, DOM2, 1, FastPath::Ring).await;
    // 32 messages of 1024: start them all, cancel them shortly after.
    let es: Vec<MapEntry> = (0..32 * 1024u32)
        .map(|i| host_map(DOM1, i % 1024, 0x40_0000 + u64::from(i % 1024) * 4096))
        .collect();
    let mut pending = Vec::new();
    for chunk in es.chunks(1024) {
        let req = map_batch(MapMode::INDEPENDENT, chunk);
        pending.push(
            c.start::<hvlink_proto::grant_table::MapGrantRef>(&req, Default::default(), None)
                .await
                .unwrap(),
        );
    }
    tokio::time::sleep(Duration::from_millis(2)).await;
    for p in &pending {
        let _ = c.cancel(p.seq());
    }
    let mut done = 0usize;
    let mut cancelled = 0usize;
    for p in pending {
        let r = p.wait().await.unwrap();
        for part in r.parts() {
            if let hvlink_proto::grant_table::MapReplyForm::Batch { entry } = part.form {
                for en in entry.iter() {
                    match en.status {
                        Gntst::OKAY => done += 1,
                        Gntst::CANCELLED => cancelled += 1,
                        s => panic!("unexpected status {s:?}"),
                    }
                }
            }
        }
    }
    assert_eq!(done + cancelled, 32 * 1024);
    assert!(cancelled > 0, "nothing was cancelled ({done} done)");
    // Exactly `done` mappings exist.
    let live = e.with_hv(|hv| hv.domain(DOM2).unwrap().grant.mappings());
    assert_eq!(live as usize, done);
}

/// A batch's caller polls in place longer the more of its client's big requests the host has
/// yet to answer (`Config::poll_window`): the client counts their bytes as they are sent,
/// cancelled and answered. With the host held, nothing is answered meanwhile.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn big_requests_in_flight_are_counted() {
    use hvlink_proto::grant_table::MapGrantRef;
    use hvlink_proto::rt::Op;
    let e = with_grants(Options::default(), 1024);
    let c = kernel(&e, DOM2, 1, FastPath::Ring).await;
    let es = entries(128, 0);
    let big = map_batch(MapMode::INDEPENDENT, &es);
    let small = map_batch(MapMode::INDEPENDENT, &es[..4]);
    let mut buf = Vec::new();
    let size =
        MapGrantRef::write_request(&mut hvlink_codec::Builder::new(&mut buf), 1, 0, &big).unwrap();
    assert!(size > 2048, "a batch of 128 is not small: {size} bytes");
    // Hold the host: no request is served until it is let go.
    let (held_tx, held) = std::sync::mpsc::channel();
    let (release, release_rx) = std::sync::mpsc::channel::<()>();
    let shared = e.shared().clone();
    let holder = std::thread::spawn(move || {
        let _host = shared.host();
        held_tx.send(()).unwrap();
        let _ = release_rx.recv();
    });
    held.recv().unwrap();
    let mut pending = Vec::new();
    for _ in 0..3 {
        pending.push(
            c.start::<MapGrantRef>(&big, Default::default(), None)
                .await
                .unwrap(),
        );
    }
    let s = c
        .start::<MapGrantRef>(&small, Default::default(), None)
        .await
        .unwrap();
    assert_eq!(
        c.open_request_bytes(),
        3 * size,
        "the small one is not counted"
    );
    assert_eq!(c.in_flight(), 4);
    let cfg = config(1, QueueKind::Kernel, FastPath::Ring);
    assert!(cfg.poll_window(3 * size) > cfg.poll_window(size));
    // (Let go before a cancel: a cancel is a call, which waits for the host.)
    release.send(()).unwrap();
    holder.join().unwrap();
    // Dropped: cancelled if not yet answered; either way no longer counted.
    drop(pending.pop());
    assert!(c.open_request_bytes() <= 2 * size);
    for p in pending {
        p.wait().await.unwrap();
    }
    s.wait().await.unwrap();
    assert_eq!(c.open_request_bytes(), 0);
    assert_eq!(c.in_flight(), 0);
}

/// A batch's caller whose reply comes after `poll` stops looking and sleeps on the reply
/// interrupt for the rest of its longer window: it is woken when the host publishes and finds
/// the reply in place (not through the reply task). Yielding for the whole window instead
/// kept a runnable thread on a core that another domain's small op needed (BENCHMARKS §11,
/// stop 26). The host is held for 30 ms, so the reply comes long after `poll` (1 ms).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_batch_past_its_poll_sleeps_on_the_reply_interrupt() {
    use hvlink_proto::grant_table::MapGrantRef;
    let e = with_grants(Options::default(), 1024);
    let mut cfg = config(1, QueueKind::Kernel, FastPath::Ring);
    cfg.poll = Duration::from_millis(1);
    cfg.poll_per_kib = Duration::from_millis(10);
    cfg.poll_max = Duration::from_secs(5);
    let c = e.client(DOM2, cfg).await.unwrap();
    let es = entries(128, 0);
    let big = map_batch(MapMode::INDEPENDENT, &es);
    let (polled, misses, sleeps) = (
        c.stats().polled.load(Relaxed),
        c.stats().poll_misses.load(Relaxed),
        c.stats().sleeps.load(Relaxed),
    );
    let (held_tx, held) = std::sync::mpsc::channel();
    let shared = e.shared().clone();
    let holder = std::thread::spawn(move || {
        let _host = shared.host();
        held_tx.send(()).unwrap();
        std::thread::sleep(Duration::from_millis(30));
    });
    held.recv().unwrap();
    let t0 = std::time::Instant::now();
    let reply = c.call_ring::<MapGrantRef>(&big).await.unwrap();
    let took = t0.elapsed();
    holder.join().unwrap();
    assert!(!reply.messages().is_empty());
    assert!(took >= Duration::from_millis(25), "{took:?}");
    // Woken by the interrupt, not by the end of its 5 s window.
    assert!(took < Duration::from_secs(2), "{took:?}");
    assert_eq!(c.stats().polled.load(Relaxed) - polled, 1, "found in place");
    assert_eq!(c.stats().poll_misses.load(Relaxed), misses);
    assert!(
        c.stats().sleeps.load(Relaxed) > sleeps,
        "slept on the interrupt"
    );
}

/// `start` publishes a batch over 2 KiB at once, so that the host can serve it while the
/// caller encodes the next; a small request waits for the burst it is part of to settle (the
/// flush task, which runs when the caller's task yields), so that calls made together share a
/// doorbell, until the burst passes 2 KiB. One thread: the flush task cannot run while the test blocks it. Before, a big
/// batch waited for that task too (a runtime worker woken, the host idle meanwhile), and
/// pipelined 512-entry grant rounds took twice as long as the same requests made one at a
/// time (BENCHMARKS §11, stop 28).
#[tokio::test(flavor = "current_thread")]
async fn start_publishes_a_big_batch_at_once_and_a_small_one_with_its_burst() {
    use hvlink_proto::grant_table::MapGrantRef;
    let e = with_grants(Options::default(), 1024);
    let c = kernel(&e, DOM2, 1, FastPath::Ring).await;
    let es = entries(128, 0);
    let read = || e.shared().metrics().snapshot().messages;
    // Wait (without yielding) until the host has read `n` messages in all.
    let read_by_host = |n: u64, what: &str| {
        let t0 = std::time::Instant::now();
        while read() < n {
            assert!(t0.elapsed() < Duration::from_secs(20), "{what}");
            std::thread::sleep(Duration::from_millis(1));
        }
    };
    let m0 = read();
    let small = map_batch(MapMode::INDEPENDENT, &es[..4]);
    let small = c
        .start::<MapGrantRef>(&small, Default::default(), None)
        .await
        .unwrap();
    // (Blocking the runtime: its flush task cannot run.)
    std::thread::sleep(Duration::from_millis(50));
    assert_eq!(read(), m0, "a small request waits for its burst to settle");
    let big = map_batch(MapMode::INDEPENDENT, &es[4..]);
    let big = c
        .start::<MapGrantRef>(&big, Default::default(), None)
        .await
        .unwrap();
    // Still without yielding: the host reads both (the small one went out with the big).
    read_by_host(m0 + 2, "the big batch was not published");
    assert_eq!(read(), m0 + 2);
    for (p, n) in [(small, 4), (big, 124)] {
        let r = p.wait().await.unwrap();
        let got: usize = r
            .parts()
            .map(|part| match part.form {
                hvlink_proto::grant_table::MapReplyForm::Batch { entry } => {
                    assert!(entry.iter().all(|x| x.status == Gntst::OKAY));
                    entry.len()
                }
                _ => panic!("a batch answered in the single form"),
            })
            .sum();
        assert_eq!(got, n);
    }
    // Batches under 2 KiB each: the first waits for its burst, the second brings the bytes
    // queued past 2 KiB and goes out at once, with the first.
    let m0 = read();
    let (a, b) = (
        map_batch(MapMode::INDEPENDENT, &es[..40]),
        map_batch(MapMode::INDEPENDENT, &es[40..80]),
    );
    let a = c
        .start::<MapGrantRef>(&a, Default::default(), None)
        .await
        .unwrap();
    std::thread::sleep(Duration::from_millis(50));
    assert_eq!(read(), m0, "one batch of 40 (1.6 KiB) is small");
    let b = c
        .start::<MapGrantRef>(&b, Default::default(), None)
        .await
        .unwrap();
    read_by_host(m0 + 2, "a burst past 2 KiB was not published");
    for p in [a, b] {
        assert!(p.wait().await.unwrap().parts().count() > 0);
    }
}

/// An explicit batch goes out when it is submitted, big requests and small alike, under one
/// doorbell at most.
#[tokio::test(flavor = "current_thread")]
async fn an_explicit_batch_goes_out_at_submit() {
    use hvlink_proto::grant_table::MapGrantRef;
    let e = with_grants(Options::default(), 1024);
    let c = kernel(&e, DOM2, 1, FastPath::Ring).await;
    let es = entries(256, 0);
    let read = || e.shared().metrics().snapshot().messages;
    let (m0, d0) = (read(), c.stats().doorbells.load(Relaxed));
    let mut batch = c.batch();
    let mut pending = Vec::new();
    for chunk in [&es[..4], &es[4..130], &es[130..]] {
        let req = map_batch(MapMode::INDEPENDENT, chunk);
        pending.push(batch.add::<MapGrantRef>(&req).await.unwrap());
    }
    std::thread::sleep(Duration::from_millis(50));
    assert_eq!(read(), m0, "nothing goes out before the submit");
    batch.submit();
    let t0 = std::time::Instant::now();
    while read() < m0 + 3 {
        assert!(t0.elapsed() < Duration::from_secs(20), "not published");
        std::thread::sleep(Duration::from_millis(1));
    }
    assert!(c.stats().doorbells.load(Relaxed) - d0 <= 1);
    for p in pending {
        p.wait().await.unwrap();
    }
}

// One thread: "calls made together" means within one task turn, and the flush task cannot
// run on another worker between them (on a multi-threaded runtime it sometimes did, and the
// count of doorbells depended on scheduling).
#[tokio::test(flavor = "current_thread")]
async fn coalescing_and_the_fast_path() {
    let e = embedded();
    let ring = kernel(&e, DOM1, 1, FastPath::Ring).await;
    let before = ring.stats().doorbells.load(Relaxed);
    // 64 calls made together: one doorbell at most.
    all_ok(versions(&ring, 64).await).await;
    let kicks = ring.stats().doorbells.load(Relaxed) - before;
    assert!(kicks <= 2, "{kicks} doorbells for 64 calls made together");
    // Registers: the same answer, no ring message.
    let regs = kernel(&e, DOM1, 2, FastPath::Registers).await;
    let m0 = regs.stats().messages.load(Relaxed);
    let a = regs.call::<version::Version>(&Empty).await.unwrap();
    let b = ring.call::<version::Version>(&Empty).await.unwrap();
    assert_eq!(a.get(), b.get());
    assert_eq!(regs.stats().messages.load(Relaxed), m0);
    assert_eq!(regs.stats().register_calls.load(Relaxed), 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn userspace_queue_awaits_long_work() {
    let e = with_grants(Options::default(), 1024);
    let kernel_c = kernel(&e, DOM2, 1, FastPath::Ring).await;
    let user = e
        .client(DOM2, config(7, QueueKind::Userspace, FastPath::Ring))
        .await
        .unwrap();
    // Logical ops work; privileged ones are refused for a userspace queue.
    let es = entries(1024, 0);
    let big = user.grant_map(&es, MapMode::INDEPENDENT);
    let small = async {
        let mut n = 0;
        for _ in 0..20 {
            kernel_c
                .call_ring::<version::Version>(&Empty)
                .await
                .unwrap();
            n += 1;
        }
        n
    };
    let (res, n) = tokio::join!(big, small);
    assert_eq!(n, 20);
    assert!(res.unwrap().iter().all(|r| r.status == Gntst::OKAY));
    let err = user
        .call_ring::<vcpu::Up>(&vcpu::VcpuReq { vcpu: 1 })
        .await
        .unwrap_err();
    assert_eq!(err.errno_value(), Some(hvlink_proto::Errno::EPERM), "{err}");
}

#[allow(dead_code)]
fn _unused(_: Error) {}

/// A port of dom 1's own, unbound (for dom 2): nothing signals it, so a `sched.poll` of it
/// ends at its timeout.
async fn own_unbound_port(c: &hvlink_guest::client::Client) -> u32 {
    c.call::<hvlink_proto::event_channel::AllocUnbound>(
        &hvlink_proto::event_channel::AllocUnboundReq {
            dom: 0x7FF0,
            remote_dom: DOM2,
        },
    )
    .await
    .unwrap()
    .get()
    .port
}

/// Waiting in place past the spin: the caller of a small request whose reply comes later
/// sleeps on the queue's reply interrupt in its own thread and is woken by the host's
/// interrupt when the reply is published (found in place, not through the reply task), long
/// before its window ends; a spin as long as the window never sleeps; nor does the caller of
/// a big batch (over 2 KiB), whose reply takes long by its size.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_caller_past_its_spin_sleeps_on_the_reply_interrupt() {
    let e = with_grants(Options::default(), 1024);
    let client = |q, spin| {
        let mut cfg = config(q, QueueKind::Kernel, FastPath::Ring);
        cfg.poll = Duration::from_secs(5);
        cfg.spin = spin;
        e.client(DOM1, cfg)
    };
    let c = client(1, Duration::from_micros(8)).await.unwrap();
    // A poll of dom 1's own unbound port: nothing will signal it, so the host answers it
    // when its timeout (5 ms from now) passes.
    let port = own_unbound_port(&c).await;
    let poll_for = |c: hvlink_guest::client::Client, ms: u64| async move {
        let (polled, misses, sleeps) = (
            c.stats().polled.load(Relaxed),
            c.stats().poll_misses.load(Relaxed),
            c.stats().sleeps.load(Relaxed),
        );
        // (Before the host's clock is read: the poll cannot end sooner than `ms` after this.)
        let t0 = std::time::Instant::now();
        let now = c.call::<hvm::GetTime>(&Empty).await.unwrap().get().now;
        c.call_ring::<sched::Poll>(&sched::PollReq {
            timeout: now + ms * 1_000_000,
            port: List::new(&[port]),
        })
        .await
        .unwrap();
        (
            t0.elapsed(),
            c.stats().polled.load(Relaxed) - polled,
            c.stats().poll_misses.load(Relaxed) - misses,
            c.stats().sleeps.load(Relaxed) - sleeps,
        )
    };
    let (took, polled, misses, sleeps) = poll_for(c.clone(), 5).await;
    assert!(took >= Duration::from_millis(4), "{took:?}");
    // Woken by the interrupt, not by the end of the 5 s window.
    assert!(took < Duration::from_secs(2), "{took:?}");
    // (Two calls: the clock, then the poll.)
    assert_eq!((polled, misses), (2, 0), "found in place");
    assert!(sleeps >= 1, "slept on the interrupt");
    // Another caller polling meanwhile (on another runtime thread) does not take the
    // sleeper's interrupt away: it is still woken when its reply comes, not at the end of
    // its 5 s window.
    let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let busy = {
        let (c, stop) = (c.clone(), stop.clone());
        tokio::spawn(async move {
            let mut n = 0u32;
            while !stop.load(Relaxed) {
                c.call_ring::<version::Version>(&Empty).await.unwrap();
                n += 1;
            }
            n
        })
    };
    let (took, _, misses, _) = poll_for(c.clone(), 20).await;
    stop.store(true, Relaxed);
    assert!(busy.await.unwrap() > 0);
    assert!(took >= Duration::from_millis(19), "{took:?}");
    assert!(took < Duration::from_secs(2), "{took:?}");
    assert_eq!(misses, 0);
    // Spinning for the whole window: the same wait never sleeps.
    let spinner = client(2, Duration::from_secs(5)).await.unwrap();
    let (took, polled, misses, sleeps) = poll_for(spinner, 2).await;
    assert!(took >= Duration::from_millis(1), "{took:?}");
    assert_eq!((polled, misses, sleeps), (2, 0, 0));
    // A 1024-entry map batch (about 40 KiB) by dom 2, which takes the host well past a
    // spin of nothing: polled for, never slept on.
    let mut cfg = config(3, QueueKind::Kernel, FastPath::Ring);
    cfg.poll = Duration::from_secs(5);
    cfg.spin = Duration::ZERO;
    let big = e.client(DOM2, cfg).await.unwrap();
    let es = entries(1024, 0);
    let req = map_batch(MapMode::INDEPENDENT, &es);
    let (polled, sleeps) = (
        big.stats().polled.load(Relaxed),
        big.stats().sleeps.load(Relaxed),
    );
    let t0 = std::time::Instant::now();
    let reply = big
        .call_ring::<hvlink_proto::grant_table::MapGrantRef>(&req)
        .await
        .unwrap();
    assert!(!reply.messages().is_empty());
    assert!(
        t0.elapsed() >= Duration::from_micros(20),
        "{:?}",
        t0.elapsed()
    );
    assert_eq!(big.stats().polled.load(Relaxed) - polled, 1);
    assert_eq!(big.stats().sleeps.load(Relaxed) - sleeps, 0);
}

/// During its spin, the caller of a small request keeps its CPU: it looks at the reply ring
/// without yielding (a yield would hand the CPU to whatever else runs there for as long as
/// that runs), then sleeps on the interrupt. With `spin_yields` it yields between looks, as
/// it did before, which a host sharing its only CPU needs; that is the default only where the
/// process may run on a single CPU.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_small_request_keeps_its_cpu_through_its_spin() {
    assert_eq!(
        hvlink_guest::client::Config::default().spin_yields,
        std::thread::available_parallelism().map_or(true, |n| n.get() < 2)
    );
    // The default spin covers the default host's slice, the longest a small op waits behind
    // another domain's work: such a wait is spent spinning, not asleep.
    assert!(
        hvlink_guest::client::Config::default().spin > hvlink_host::server::Config::default().slice
    );
    let e = embedded();
    for (q, yields_in_spin) in [(1, false), (2, true)] {
        let mut cfg = config(q, QueueKind::Kernel, FastPath::Ring);
        cfg.poll = Duration::from_secs(5);
        cfg.spin = Duration::from_millis(1);
        cfg.spin_yields = yields_in_spin;
        let c = e.client(DOM1, cfg).await.unwrap();
        let port = own_unbound_port(&c).await;
        let now = c.call::<hvm::GetTime>(&Empty).await.unwrap().get().now;
        let (yields, sleeps) = (
            c.stats().yields.load(Relaxed),
            c.stats().sleeps.load(Relaxed),
        );
        // Answered when its timeout passes, 5 ms on: a wait past the 1 ms spin.
        c.call_ring::<sched::Poll>(&sched::PollReq {
            timeout: now + 5_000_000,
            port: List::new(&[port]),
        })
        .await
        .unwrap();
        let (yields, sleeps) = (
            c.stats().yields.load(Relaxed) - yields,
            c.stats().sleeps.load(Relaxed) - sleeps,
        );
        assert!(sleeps >= 1, "slept past the spin ({yields_in_spin})");
        if yields_in_spin {
            assert!(yields > 0, "yielded between looks in the spin");
        } else {
            assert_eq!(yields, 0, "kept the CPU through the spin");
        }
    }
}

/// Completion polling: with a window long enough, every caller finds its reply on the reply
/// ring itself — also when eight tasks call at once and each poller routes the others'
/// replies too; a reply later than the window (a parked poll) comes through the reply task;
/// with polling off, every reply comes through the reply task.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn completion_polling_and_its_fallback() {
    let e = embedded();
    let polling = |q, poll| {
        let mut cfg = config(q, QueueKind::Kernel, FastPath::Ring);
        cfg.poll = poll;
        e.client(DOM1, cfg)
    };
    let c = polling(1, Duration::from_secs(5)).await.unwrap();
    let (p0, m0) = (
        c.stats().polled.load(Relaxed),
        c.stats().poll_misses.load(Relaxed),
    );
    let mut tasks = Vec::new();
    for _ in 0..8 {
        let c = c.clone();
        tasks.push(tokio::spawn(async move {
            for _ in 0..50 {
                let v = c.call_ring::<version::Version>(&Empty).await.unwrap();
                assert!(v.get().major >= 4);
            }
        }));
    }
    for t in tasks {
        t.await.unwrap();
    }
    assert_eq!(
        c.stats().polled.load(Relaxed) - p0,
        400,
        "every reply found by polling"
    );
    assert_eq!(c.stats().poll_misses.load(Relaxed), m0);
    assert_eq!(c.in_flight(), 0);
    // A reply later than the window: a poll of dom 1's own port that times out after 20 ms
    // (the caller polls 50 µs, then the reply task delivers it).
    let short = polling(2, Duration::from_micros(50)).await.unwrap();
    let port = own_unbound_port(&short).await;
    let now = short.call::<hvm::GetTime>(&Empty).await.unwrap().get().now;
    let misses = short.stats().poll_misses.load(Relaxed);
    let t0 = std::time::Instant::now();
    short
        .call_ring::<sched::Poll>(&sched::PollReq {
            timeout: now + 20_000_000,
            port: List::new(&[port]),
        })
        .await
        .unwrap();
    assert!(
        t0.elapsed() >= Duration::from_millis(15),
        "{:?}",
        t0.elapsed()
    );
    assert_eq!(short.stats().poll_misses.load(Relaxed), misses + 1);
    // Polling off: no poll, every reply by the reply task.
    let off = polling(3, Duration::ZERO).await.unwrap();
    for _ in 0..50 {
        off.call_ring::<version::Version>(&Empty).await.unwrap();
    }
    assert_eq!(off.stats().polled.load(Relaxed), 0);
    assert_eq!(off.stats().poll_misses.load(Relaxed), 0);
}
