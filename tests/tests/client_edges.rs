//! The client's edges: timeouts, dropped futures (cancel reaches the host), progress parts,
//! back-pressure on a small ring, and a hostile host whose replies are wrong in every way
//! (unknown seq, wrong type, wrong op, undecodable, error) — errors, never panics.

use std::sync::Arc;
use std::time::Duration;

use hvlink_codec::ring::unix::EventFd;
use hvlink_codec::ring::{Doorbell, QueueKind};
use hvlink_codec::{genl, Builder, Flags, Message, MessageType, SliceSink};
use hvlink_deploy::embedded::{Embedded, Options};
use hvlink_deploy::mem::view;
use hvlink_guest::client::{self, BadReply, Client, Error, FastPath, Transport};
use hvlink_host::dispatch::RegOutcome;
use hvlink_host::ring::HostQueue;
use hvlink_proto::grant_table::{MapEntry, MapGrantRef, MapMode};
use hvlink_proto::rt::{List, Op, Regs};
use hvlink_proto::{sched, version};
use hvlink_tests::embedded::{self as fixtures, all_ok, versions, DOM1, DOM2};
use hvlink_tests::grants::{host_map, map_batch};
use hvlink_tests::msg::message;
use vm_memory::{GuestAddress, GuestMemoryMmap};

fn cfg(q: u16, ring: u32) -> client::Config {
    client::Config {
        ring_size: ring,
        ..fixtures::config(q, QueueKind::Kernel, FastPath::Ring)
    }
}

/// The calls (polls) the host holds parked, once none are or after half a second.
async fn parked_after_cancel(e: &Embedded) -> usize {
    for _ in 0..100 {
        if e.shared().host().parked() == 0 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
    e.shared().host().parked()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn timeout_and_drop_cancel_on_the_host() {
    let e = Embedded::start(Options::default()).unwrap();
    let mut c = cfg(1, 1 << 14);
    // Short, but long enough for the client's own set-up calls on a loaded machine.
    c.timeout = Some(Duration::from_millis(300));
    let c = e.client(DOM1, c).await.unwrap();
    let p = e.with_hv(|hv| {
        use hvlink_proto::event_channel::{AllocUnboundReq, Backend};
        let req = AllocUnboundReq {
            dom: 0x7FF0,
            remote_dom: DOM2,
        };
        let ctx = hvlink_refhv::fixtures::kernel(DOM1);
        hv.alloc_unbound(&ctx, &req).unwrap().port
    });
    let ports = [p];
    // A poll on a quiet port, never signalled.
    let quiet = sched::PollReq {
        timeout: 0,
        port: List::new(&ports),
    };
    // It times out on the client, which cancels it on the host.
    let err = c.call_ring::<sched::Poll>(&quiet).await.unwrap_err();
    assert_eq!(err, Error::Timeout);
    assert_eq!(
        parked_after_cancel(&e).await,
        0,
        "the host still holds the timed-out poll"
    );
    // Dropping a pending call cancels it too.
    let start_poll = || c.start::<sched::Poll>(&quiet, Flags(0), None);
    let pending = start_poll().await.unwrap();
    parked_soon(&e).await;
    drop(pending);
    assert_eq!(
        parked_after_cancel(&e).await,
        0,
        "the host still holds the dropped poll"
    );
    // So does dropping a wait in progress (a task awaiting the reply, aborted).
    let pending = start_poll().await.unwrap();
    let task = tokio::spawn(pending.wait());
    parked_soon(&e).await;
    task.abort();
    let _ = task.await;
    assert_eq!(
        parked_after_cancel(&e).await,
        0,
        "the host still holds the poll whose wait was dropped"
    );
    assert_eq!(c.in_flight(), 0);
    // A raw call (attributes encoded elsewhere): checked like any reply.
    let op = version::Version::DESC;
    let parts = c.call_raw(op, &[]).await.unwrap();
    let msg = Message::parse(&parts[0]).unwrap();
    assert_eq!(msg.message_type().0, op.msg_type);
}

/// Wait (a bounded time) until the host holds one parked request.
async fn parked_soon(e: &Embedded) {
    let t = std::time::Instant::now();
    while e.shared().host().parked() != 1 {
        assert!(
            t.elapsed() < Duration::from_secs(5),
            "the poll never parked"
        );
        tokio::time::sleep(Duration::from_millis(2)).await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn progress_parts_and_back_pressure() {
    let mut opts = Options::default();
    opts.config.budget = 64;
    let e = fixtures::with_grants(opts, 1024);
    let c = e.client(DOM2, cfg(1, 1 << 17)).await.unwrap();
    let es: Vec<MapEntry> = (0..1024u32)
        .map(|i| host_map(DOM1, i, 0x40_0000 + u64::from(i) * 4096))
        .collect();
    let req = map_batch(MapMode::INDEPENDENT, &es);
    let (p, mut parts) = c.call_with_progress::<MapGrantRef>(&req).await.unwrap();
    let reply = p.wait().await.unwrap();
    let seq = Message::parse(&reply.messages()[0]).unwrap().header().seq;
    // A part per 128 results (the budget of 64 entries a turn cuts every window short: two
    // windows make a part).
    let mut sizes = Vec::new();
    while let Ok(part) = parts.try_recv() {
        assert_eq!(Message::parse(&part).unwrap().header().seq, seq);
        let r = hvlink_tests::msg::reply::<MapGrantRef>(&part);
        let hvlink_proto::grant_table::MapReplyForm::Batch { entry } = r.form else {
            panic!("a batch part in the single form")
        };
        sizes.push(entry.len());
    }
    assert_eq!(sizes, [128; 8]);
    assert_eq!(reply.messages().len(), sizes.len());
    // Back-pressure: a tiny ring and 2,000 calls made at once; every one is answered.
    let small = e.client(DOM2, cfg(2, 4096)).await.unwrap();
    all_ok(versions(&small, 2000).await).await;
    assert!(
        small
            .stats()
            .ring_full
            .load(std::sync::atomic::Ordering::Relaxed)
            > 0
    );
}

/// A transport for a host played by the test: register calls answer 0 (queue set-up).
struct Fake {
    irq: EventFd,
    /// The register calls made, as the client made them.
    calls: std::sync::Mutex<Vec<Regs>>,
    /// A host that wins every race: each time the client looks whether the host hung up,
    /// this reply is published first (when set: the host's side and the reply).
    busy: std::sync::Mutex<Option<(HostQueue<GuestMemoryMmap>, Vec<u8>)>>,
}
impl Transport for Fake {
    fn register_call(&self, regs: &mut Regs) -> std::io::Result<()> {
        self.calls.lock().unwrap().push(*regs);
        regs.rax = 0;
        Ok(())
    }
    fn kick(&self) {}
    fn irq(&self) -> &EventFd {
        &self.irq
    }
    fn hung_up(&self) -> bool {
        if let Some((host, reply)) = self.busy.lock().unwrap().as_mut() {
            if host.push_replies(reply).unwrap_or(false) {
                host.flush();
            }
        }
        false
    }
}

fn reply_msg(ty: u16, seq: u32, cmd: u8, attrs: &[u8], flags: Flags) -> Vec<u8> {
    message(ty, flags, seq, genl::Repr { cmd, version: 1 }, |b| {
        b.put_raw(attrs)
    })
}

/// The seq of the next request the played host finds (consumed).
async fn next_request_seq(host: &mut HostQueue<GuestMemoryMmap>) -> u32 {
    loop {
        if let Some(r) = host.peek_request().unwrap() {
            let seq = Message::parse(r).unwrap().header().seq;
            host.consume();
            return seq;
        }
        tokio::time::sleep(Duration::from_millis(1)).await;
    }
}

/// A client of a host the test plays: 1 MiB of guest memory, the queue at its start with
/// rings of `ring` bytes, no negotiation, the configuration adjusted by `adjust`; the host's
/// side of the queue (`pages` pages), the transport (whose interrupt the test rings) and the
/// memory.
async fn played_host(
    ring: u32,
    pages: usize,
    adjust: impl FnOnce(&mut client::Config),
) -> (
    Client,
    HostQueue<GuestMemoryMmap>,
    Arc<Fake>,
    GuestMemoryMmap,
) {
    const LEN: usize = 1 << 20;
    let mem: GuestMemoryMmap = GuestMemoryMmap::from_ranges(&[(GuestAddress(0), LEN)]).unwrap();
    let raw = view(&mem, 0, LEN).unwrap();
    let t = Arc::new(Fake {
        irq: EventFd::new(Duration::from_millis(5)).unwrap(),
        calls: Default::default(),
        busy: Default::default(),
    });
    let mut config = cfg(1, ring);
    config.negotiate = false;
    adjust(&mut config);
    let c = Client::connect(t.clone(), raw, config).await.unwrap();
    let host = HostQueue::attach(mem.clone(), GuestAddress(0), pages).unwrap();
    (c, host, t, mem)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn hostile_host_replies_are_errors_not_panics() {
    let (c, mut host, t, mem) = played_host(1 << 14, 9, |config| {
        config.timeout = Some(Duration::from_secs(5));
    })
    .await;
    let v = version::Version::DESC;
    // Five calls; the "host" answers each wrongly, then one rightly.
    let pending = versions(&c, 6).await;
    c.flush();
    let mut seqs = Vec::new();
    while seqs.len() < 6 {
        if let Some(r) = host.peek_request().unwrap() {
            seqs.push(Message::parse(r).unwrap().header().seq);
            host.consume();
        } else {
            tokio::time::sleep(Duration::from_millis(1)).await;
        }
    }
    let good = {
        let mut buf = vec![0u8; 256];
        let mut b = Builder::new(SliceSink::new(&mut buf));
        let n = version::Version::write_reply(
            &mut b,
            seqs[5],
            0,
            &version::VersionReply {
                major: 4,
                minor: 19,
            },
        )
        .unwrap();
        buf.truncate(n);
        buf
    };
    let replies = [
        reply_msg(v.msg_type, 999_999, v.id, &[], Flags(0)), // unknown seq: dropped, counted
        reply_msg(0x333, seqs[0], v.id, &[], Flags(0)),      // wrong message type
        reply_msg(v.msg_type, seqs[1], v.id + 1, &[], Flags(0)), // wrong op
        reply_msg(v.msg_type, seqs[2], v.id, &[8, 0, 1, 0, 1, 2], Flags(0)), // bad attribute
        reply_msg(v.msg_type, seqs[3], v.id, &[], Flags(0)), // required attributes missing
        {
            let mut b = vec![0u8; 64];
            let mut bl = Builder::new(SliceSink::new(&mut b));
            let hdr = hvlink_codec::header::Repr {
                message_type: MessageType(v.msg_type),
                flags: Flags::REQUEST,
                seq: seqs[4],
                port: 0,
            };
            let n = hvlink_codec::errmsg::Repr {
                status: -13,
                request: hdr,
                request_len: 20,
                request_payload: None,
                ext: Default::default(),
            }
            .emit(&mut bl)
            .unwrap();
            b.truncate(n);
            b
        },
        good,
    ];
    for r in &replies {
        assert!(host.push_replies(r).unwrap());
    }
    host.flush();
    t.irq.ring();
    let mut results = Vec::new();
    for p in pending {
        results.push(p.wait().await);
    }
    assert!(
        matches!(&results[0], Err(Error::Protocol(BadReply::Type { .. }))),
        "{:?}",
        results[0]
    );
    assert!(
        matches!(&results[1], Err(Error::Protocol(BadReply::Op { .. }))),
        "{:?}",
        results[1]
    );
    assert!(
        matches!(&results[2], Err(Error::Codec(_)) | Err(Error::Protocol(_))),
        "{:?}",
        results[2]
    );
    assert!(
        matches!(&results[3], Err(Error::Codec(_))),
        "{:?}",
        results[3]
    );
    assert_eq!(
        results[4].as_ref().unwrap_err().errno_value(),
        Some(hvlink_proto::Errno(13))
    );
    let ok = results[5].as_ref().unwrap();
    assert_eq!((ok.get().major, ok.get().minor), (4, 19));
    assert_eq!(
        c.stats()
            .bad_replies
            .load(std::sync::atomic::Ordering::Relaxed),
        1
    );
    // A host that corrupts the reply ring's producer index faults the queue on our side.
    let mut pending = versions(&c, 1).await;
    c.flush();
    let layout = *host.layout();
    use hvlink_codec::ring::SharedMem;
    let region =
        hvlink_host::ring::GuestRegion::new(mem.clone(), GuestAddress(0), 9 * 4096).unwrap();
    region.store_u32(
        layout.rep.prod,
        0xdead_beef,
        std::sync::atomic::Ordering::Release,
    );
    t.irq.ring();
    let r = pending.pop().unwrap().wait().await;
    assert!(matches!(r, Err(Error::Ring(_))), "{r:?}");
}

/// A grant batch of more than 128 entries asks for progress, and its caller reads each part
/// of the reply as it comes, while the host would serve the next: the test plays the host,
/// sends the first part, and sends the last only once the caller took the first. A part that
/// does not decode fails the call once the reply is whole (nothing hangs, the bad part is
/// not taken as results).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_batchs_caller_reads_its_parts_as_they_come() {
    use std::sync::atomic::Ordering::Relaxed;
    let (c, mut host, _t, _mem) = played_host(1 << 16, 33, |config| {
        config.timeout = Some(Duration::from_secs(10));
        // The caller waits in place for the whole test.
        config.poll = Duration::from_secs(5);
        config.poll_max = Duration::from_secs(5);
    })
    .await;
    let es: Vec<MapEntry> = (0..200u32)
        .map(|i| host_map(DOM1, i, 0x40_0000 + u64::from(i) * 4096))
        .collect();
    for bad_first in [false, true] {
        let call = {
            let (c, es) = (c.clone(), es.clone());
            tokio::spawn(async move { c.grant_map(&es, MapMode::INDEPENDENT).await })
        };
        let (seq, flags) = loop {
            if let Some(r) = host.peek_request().unwrap() {
                let h = *Message::parse(r).unwrap().header();
                host.consume();
                break (h.seq, h.flags);
            }
            tokio::time::sleep(Duration::from_millis(1)).await;
        };
        assert!(flags.contains(Flags::PROGRESS), "{flags:?}");
        let early = c.stats().parts_early.load(Relaxed);
        // Results carry their entry's index in the request: 0..128, then 128..200.
        let mut first = part(seq, 0, 128, Flags::MULTI);
        if bad_first {
            // An attribute cut short inside the part: it cannot be decoded.
            let n = first.len();
            first[n - 8..n - 6].copy_from_slice(&200u16.to_le_bytes());
        }
        assert!(host.push_replies(&first).unwrap());
        host.flush();
        let t0 = std::time::Instant::now();
        while c.stats().parts_early.load(Relaxed) == early {
            assert!(
                t0.elapsed() < Duration::from_secs(4),
                "the first part was not taken"
            );
            tokio::time::sleep(Duration::from_millis(1)).await;
        }
        assert!(!call.is_finished());
        let last = part(seq, 128, 200, Flags(0));
        assert!(host.push_replies(&last).unwrap());
        host.flush();
        let r = call.await.unwrap();
        if bad_first {
            assert!(
                matches!(r, Err(Error::Codec(_)) | Err(Error::Protocol(_))),
                "{r:?}"
            );
        } else {
            let r = r.unwrap();
            assert_eq!(r.len(), 200);
            for (i, e) in r.iter().enumerate() {
                assert_eq!((e.index, e.handle), (i as u32, Some(1000 + i as u32)));
            }
        }
    }
}

/// A map reply message to request `seq` carrying the results of entries `from..to` (handle
/// 1000 + index), with `flags` added to its header's (MULTI for a part before the last).
fn part(seq: u32, from: u32, to: u32, flags: Flags) -> Vec<u8> {
    use hvlink_proto::grant_table::{Gntst, MapReply, MapReplyEntry, MapReplyForm};
    let entry: Vec<MapReplyEntry> = (from..to)
        .map(|i| MapReplyEntry {
            index: i,
            status: Gntst::OKAY,
            handle: Some(1000 + i),
            dev_bus_addr: None,
        })
        .collect();
    let rep = MapReply {
        form: MapReplyForm::Batch {
            entry: List::new(&entry),
        },
    };
    let mut buf = vec![0u8; 16384];
    let mut b = Builder::new(SliceSink::new(&mut buf));
    let n = MapGrantRef::write_reply(&mut b, seq, 0, &rep).unwrap();
    buf.truncate(n);
    let f = u16::from_le_bytes([buf[6], buf[7]]) | flags.0;
    buf[6..8].copy_from_slice(&f.to_le_bytes());
    buf
}

/// A batch's caller that polls takes the parts another drainer routed to its call, not only
/// those its own drains found. Two batch callers poll at once, and the host publishes one's
/// first part and the other's whole reply together: whichever caller drains routes both.
/// Before, a first part the other caller routed waited for the call's next part, which this
/// host sends only once the first was taken: the call stalled (it failed here within 20
/// rounds, and once in a whole test run). 20 rounds.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_polling_batch_caller_takes_the_parts_another_drainer_routed() {
    use std::sync::atomic::Ordering::Relaxed;
    let (c, mut host, _t, _mem) = played_host(1 << 16, 33, |config| {
        config.timeout = Some(Duration::from_secs(10));
        config.poll = Duration::from_secs(5);
        config.poll_max = Duration::from_secs(5);
    })
    .await;
    let map = |n: u32| -> Vec<MapEntry> {
        (0..n)
            .map(|i| host_map(DOM1, i, 0x40_0000 + u64::from(i) * 4096))
            .collect()
    };
    for round in 0..20 {
        let spawn = |n: u32| {
            let (c, es) = (c.clone(), map(n));
            tokio::spawn(async move { c.grant_map(&es, MapMode::INDEPENDENT).await })
        };
        let (big, small) = (spawn(200), spawn(40));
        // Both requests read; the bigger one is the call answered in parts.
        let mut seqs = Vec::new();
        while seqs.len() < 2 {
            if let Some(r) = host.peek_request().unwrap() {
                seqs.push((r.len(), Message::parse(r).unwrap().header().seq));
                host.consume();
            } else {
                tokio::time::sleep(Duration::from_millis(1)).await;
            }
        }
        seqs.sort();
        let (small_seq, big_seq) = (seqs[0].1, seqs[1].1);
        let early = c.stats().parts_early.load(Relaxed);
        assert!(host
            .push_replies(&part(big_seq, 0, 128, Flags::MULTI))
            .unwrap());
        assert!(host
            .push_replies(&part(small_seq, 0, 40, Flags(0)))
            .unwrap());
        host.flush();
        let t0 = std::time::Instant::now();
        while c.stats().parts_early.load(Relaxed) == early {
            assert!(
                t0.elapsed() < Duration::from_secs(2),
                "round {round}: the first part was not taken: {:?}",
                c.stats()
            );
            tokio::time::sleep(Duration::from_millis(1)).await;
        }
        assert_eq!(small.await.unwrap().unwrap().len(), 40);
        assert!(host
            .push_replies(&part(big_seq, 128, 200, Flags(0)))
            .unwrap());
        host.flush();
        let r = big.await.unwrap().unwrap();
        assert_eq!(r.len(), 200);
        assert!(r.iter().enumerate().all(|(i, e)| e.index == i as u32));
    }
}

/// A host that answers a call with parts and never the last cannot make the client hold more
/// than `Config::max_reply_bytes` for it (each part counted as the 8 KiB buffer it takes,
/// however short): past that the call fails (`BadReply::TooLong`) and the client asks the
/// host, by register, to cancel it.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_reply_in_parts_without_end_fails_its_call_at_the_limit() {
    let (c, mut host, t, _mem) = played_host(1 << 14, 9, |config| {
        config.timeout = Some(Duration::from_secs(10));
        config.max_reply_bytes = 10 * 8192;
    })
    .await;
    let v = version::Version::DESC;
    let mut pending = versions(&c, 1).await;
    c.flush();
    let seq = next_request_seq(&mut host).await;
    // 20-byte parts, each flagged MULTI, each held in an 8 KiB buffer: the eleventh is past
    // the limit.
    let part = reply_msg(v.msg_type, seq, v.id, &[], Flags::MULTI);
    assert_eq!(part.len(), 20);
    for _ in 0..12 {
        assert!(host.push_replies(&part).unwrap());
    }
    host.flush();
    t.irq.ring();
    let r = pending.pop().unwrap().wait().await;
    assert!(
        matches!(r, Err(Error::Protocol(BadReply::TooLong { max: 81920 }))),
        "{r:?}"
    );
    use hvlink_proto::rt::FastAbi;
    let cancel = hvlink_proto::control::Cancel::to_regs(&hvlink_proto::control::CancelReq {
        seq,
        queue_id: Some(1),
    })
    .unwrap();
    let t0 = std::time::Instant::now();
    while !t.calls.lock().unwrap().contains(&cancel) {
        assert!(t0.elapsed() < Duration::from_secs(5), "no cancel sent");
        tokio::time::sleep(Duration::from_millis(1)).await;
    }
}

/// Domain 1 allocates an unbound port (for domain 2) and closes it, each by a register
/// call served under the host lock (on a host without the unlocked part): a close that
/// fails shows a call run twice or not at all.
fn alloc_and_close_a_port(shared: &hvlink_deploy::embedded::EmbeddedShared) {
    use hvlink_proto::event_channel::{AllocUnbound, AllocUnboundReq, Close, PortReq};
    use hvlink_proto::rt::FastAbi;
    let mut regs = AllocUnbound::to_regs(&AllocUnboundReq {
        dom: 0x7FF0,
        remote_dom: DOM2,
    })
    .unwrap();
    let out = shared.register_call(DOM1, &mut regs, Duration::from_secs(5));
    assert_eq!(out, RegOutcome::Done);
    let port = AllocUnbound::reply_from_regs(&regs).unwrap().port;
    let mut regs = Close::to_regs(&PortReq { port }).unwrap();
    let out = shared.register_call(DOM1, &mut regs, Duration::from_secs(5));
    assert_eq!(out, RegOutcome::Done);
    assert_eq!(regs.rax, 0, "closing port {port} (allocated once) failed");
}

/// A register call made while the serving loop is busy (another domain's batches streaming)
/// is posted for it (unless its domain has its turn at the free lock, `TAKE_EVERY`), and
/// the loop runs it at its next preemption point: every call runs
/// exactly once, as its caller's domain, and its answer reaches the caller. Two threads of
/// domain 1 allocate a port and close it by register, over and over, while domain 2 streams
/// 256-entry grant map+unmap batches, until the serving thread has run some of the calls.
#[test]
fn register_calls_that_find_the_host_busy_are_run_once_for_their_caller() {
    use hvlink_proto::grant_table::{BatchMode, UnmapEntry};
    use std::sync::atomic::{AtomicBool, AtomicU64, Ordering::Relaxed};
    const N: u32 = 256;
    // Without the unlocked part, so that the event channel calls (whose ports show that each
    // ran exactly once) go under the host lock, as the posting path needs.
    let opts = Options {
        unlocked: false,
        ..Options::default()
    };
    let e = Arc::new(fixtures::with_grants(opts, N));
    let shared = e.shared().clone();
    let in_use =
        |e: &Embedded| e.with_hv(|hv| hv.domain(DOM1).unwrap().evtchn.lock().ports_in_use());
    let ports0 = in_use(&e);
    let stop = Arc::new(AtomicBool::new(false));
    let rounds = Arc::new(AtomicU64::new(0));
    let flood = {
        let (e, stop, rounds) = (e.clone(), stop.clone(), rounds.clone());
        std::thread::spawn(move || {
            let rt = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .unwrap();
            rt.block_on(async {
                let c = e.client(DOM2, cfg(5, 1 << 20)).await.unwrap();
                let es: Vec<MapEntry> = (0..N)
                    .map(|r| host_map(DOM1, r, 0x40_0000 + u64::from(r) * 4096))
                    .collect();
                while !stop.load(Relaxed) {
                    let r = c.grant_map(&es, MapMode::INDEPENDENT).await.unwrap();
                    let un: Vec<UnmapEntry> = r
                        .iter()
                        .zip(&es)
                        .map(|(r, m)| UnmapEntry {
                            host_addr: m.host_addr,
                            dev_bus_addr: 0,
                            handle: r.handle.expect("mapped"),
                        })
                        .collect();
                    c.grant_unmap(&un, BatchMode::INDEPENDENT).await.unwrap();
                    rounds.fetch_add(1, Relaxed);
                }
            });
        })
    };
    while rounds.load(Relaxed) == 0 {
        std::thread::sleep(Duration::from_millis(1));
    }
    let callers: Vec<_> = (0..2)
        .map(|_| {
            let shared = shared.clone();
            std::thread::spawn(move || {
                let mut calls = 0u64;
                let t = std::time::Instant::now();
                while t.elapsed() < Duration::from_secs(20) {
                    alloc_and_close_a_port(&shared);
                    calls += 2;
                    let delegated = shared.metrics().snapshot().delegated_calls;
                    if calls >= 2000 && delegated >= 20 {
                        break;
                    }
                    // A paced caller lands anywhere in the host's work.
                    std::thread::sleep(Duration::from_micros(20));
                }
                calls
            })
        })
        .collect();
    let calls: u64 = callers.into_iter().map(|c| c.join().unwrap()).sum();
    stop.store(true, Relaxed);
    flood.join().unwrap();
    let m = shared.metrics().snapshot();
    assert!(
        m.delegated_calls >= 20,
        "{} of {calls} calls run by the serving thread",
        m.delegated_calls
    );
    // Exactly once: every port allocated was closed, none twice (that close would fail)
    // and none allocated twice (it would still be open).
    assert_eq!(in_use(&e), ports0, "ports leaked or lost");
}

/// While the serving loop runs and is not parked, a domain that makes register calls that
/// need the host lock back to back has them run by the loop: its callers take the lock
/// themselves at most once each `TAKE_EVERY` (a guest thread descheduled while holding it
/// would hold every domain's ring ops off for its time slice). With the loop parked, the
/// caller takes the lock and runs the call itself. Either way each call runs once and is
/// answered.
#[test]
fn a_call_needing_the_lock_is_run_by_the_serving_loop_unless_it_is_parked() {
    use hvlink_host::serve::{PollMode, TAKE_EVERY};
    use hvlink_proto::control::{Ping, PingMsg};
    use hvlink_proto::rt::FastAbi;
    let opts = Options {
        unlocked: false,
        ..Options::default()
    };
    let e = fixtures::with_grants(opts, 0);
    let shared = e.shared().clone();
    let ping = |cookie: u64| {
        let mut regs = Ping::to_regs(&PingMsg { cookie }).unwrap();
        let out = shared.register_call(DOM1, &mut regs, Duration::from_secs(5));
        assert_eq!(out, RegOutcome::Done);
        assert_eq!(Ping::reply_from_regs(&regs).unwrap().cookie, cookie);
    };
    let wait_for_a_park = || {
        let parks = shared.metrics().snapshot().parks;
        let t = std::time::Instant::now();
        while shared.metrics().snapshot().parks == parks {
            assert!(
                t.elapsed() < Duration::from_secs(10),
                "the loop never parked"
            );
            std::thread::sleep(Duration::from_millis(1));
        }
    };
    // Polling for three seconds from its next wake-up (the mode is read then): it does not
    // park during the calls.
    shared.set_poll_mode(PollMode::Fixed(Duration::from_secs(3)));
    wait_for_a_park();
    shared.wake_server();
    // Polling in the new mode (its window is published at its first look at the clock).
    let t = std::time::Instant::now();
    while shared.metrics().snapshot().poll_window_ns != 3_000_000_000 {
        assert!(
            t.elapsed() < Duration::from_secs(10),
            "the loop never polled"
        );
        std::thread::sleep(Duration::from_millis(1));
    }
    let m0 = shared.metrics().snapshot();
    let t = std::time::Instant::now();
    for i in 0..200 {
        ping(i);
    }
    let took = t.elapsed();
    let m1 = shared.metrics().snapshot();
    let (mine, loops) = (
        m1.caller_calls - m0.caller_calls,
        m1.delegated_calls - m0.delegated_calls,
    );
    assert_eq!(mine + loops, 200, "each call runs once");
    let most = 1 + (took.as_nanos() / TAKE_EVERY.as_nanos()) as u64;
    assert!(
        mine <= most,
        "{mine} of 200 run by their caller in {took:?} while the loop polls (at most {most})"
    );
    // Parked as soon as idle: the callers run their calls (the loop wakes by itself every
    // 100 ms at most, and a call posted in that moment is the loop's).
    shared.set_poll_mode(PollMode::Interrupt);
    wait_for_a_park();
    shared.wake_server();
    wait_for_a_park();
    let m2 = shared.metrics().snapshot();
    for i in 0..200 {
        ping(i);
    }
    let m3 = shared.metrics().snapshot();
    let (mine, loops) = (
        m3.caller_calls - m2.caller_calls,
        m3.delegated_calls - m2.delegated_calls,
    );
    assert_eq!(mine + loops, 200, "each call runs once");
    assert!(
        mine >= 150,
        "only {mine} of 200 run by their caller with the loop parked"
    );
}

/// Calls racing the serving loop as it parks and wakes (interrupt mode: it parks as soon as
/// it is idle, and every port allocated or closed wakes it) are run exactly once each,
/// whether the loop runs them or their caller takes the lock (at once, or taking a posted
/// call back): every port allocated is closed once, none twice, none lost. Calls are run
/// both by their callers and for them.
#[test]
fn calls_posted_as_the_loop_parks_are_run_once_by_it_or_their_caller() {
    use hvlink_host::serve::PollMode;
    let opts = Options {
        unlocked: false,
        ..Options::default()
    };
    let e = Arc::new(fixtures::with_grants(opts, 0));
    let shared = e.shared().clone();
    shared.set_poll_mode(PollMode::Interrupt);
    shared.wake_server();
    let in_use =
        |e: &Embedded| e.with_hv(|hv| hv.domain(DOM1).unwrap().evtchn.lock().ports_in_use());
    let ports0 = in_use(&e);
    let m0 = shared.metrics().snapshot();
    let callers: Vec<_> = (0..3)
        .map(|_| {
            let shared = shared.clone();
            std::thread::spawn(move || {
                let t = std::time::Instant::now();
                while t.elapsed() < Duration::from_secs(20) {
                    alloc_and_close_a_port(&shared);
                    let m = shared.metrics().snapshot();
                    if m.caller_calls - m0.caller_calls >= 200
                        && m.delegated_calls - m0.delegated_calls >= 200
                    {
                        break;
                    }
                }
            })
        })
        .collect();
    for c in callers {
        c.join().unwrap();
    }
    let m = shared.metrics().snapshot();
    let (mine, loops) = (
        m.caller_calls - m0.caller_calls,
        m.delegated_calls - m0.delegated_calls,
    );
    assert!(
        mine >= 200 && loops >= 200,
        "run by their callers {mine}, by the loop {loops}: not both ways"
    );
    assert_eq!(in_use(&e), ports0, "ports leaked or lost");
}

/// With two serving loops on one host, one that ends leaves the other's state as it is: the
/// other, parked, gets no calls posted for it (they would wait for its wake-up, up to 100
/// ms each); their callers run them.
#[test]
fn a_second_serving_loop_that_ends_leaves_no_call_waiting_for_the_parked_one() {
    use hvlink_host::serve::PollMode;
    use std::sync::atomic::{AtomicBool, Ordering::Relaxed};
    let e = fixtures::with_grants(Options::default(), 0);
    let shared = e.shared().clone();
    shared.set_poll_mode(PollMode::Interrupt);
    shared.wake_server();
    let until = Arc::new(AtomicBool::new(false));
    let second = {
        let (shared, until) = (shared.clone(), until.clone());
        std::thread::spawn(move || {
            tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .unwrap()
                .block_on(hvlink_host::serve::run_until(shared, until))
                .unwrap();
        })
    };
    // Both loops park (interrupt mode); the second wakes and ends.
    let t = std::time::Instant::now();
    while shared.loops_parked() < 2 {
        assert!(
            t.elapsed() < Duration::from_secs(10),
            "the loops never parked"
        );
        std::thread::sleep(Duration::from_millis(1));
    }
    until.store(true, Relaxed);
    shared.wake_server();
    second.join().unwrap();
    // The first is parked, or parks at once (the kick may have woken it): no loop is
    // counted awake then.
    let t = std::time::Instant::now();
    while shared.loops_awake() != 0 || shared.loops_parked() != 1 {
        assert!(
            t.elapsed() < Duration::from_secs(10),
            "awake {}, parked {}",
            shared.loops_awake(),
            shared.loops_parked()
        );
        std::thread::sleep(Duration::from_millis(1));
    }
    let m0 = shared.metrics().snapshot();
    let t = std::time::Instant::now();
    for _ in 0..50 {
        let mut regs = fixtures::locked_call();
        let out = shared.register_call(DOM1, &mut regs, Duration::from_secs(5));
        assert_eq!((out, regs.rsi), (RegOutcome::Done, fixtures::LOCKED_COOKIE));
    }
    let took = t.elapsed();
    let m = shared.metrics().snapshot();
    assert!(
        m.caller_calls - m0.caller_calls >= 40,
        "{} of 50 run by their callers with the loop parked ({took:?})",
        m.caller_calls - m0.caller_calls
    );
    // (50 calls waiting for the parked loop's naps would take seconds.)
    assert!(took < Duration::from_secs(2), "50 calls took {took:?}");
}

/// A register call that finds the host lock held by someone other than the serving thread
/// (here the test, for 20 ms) spins, sleeps, and completes once the lock is free — run by
/// the serving loop, or by its caller if the loop is parked, exactly once — and never
/// while the lock is held (only a lock holder runs a posted call).
#[test]
fn a_posted_register_call_completes_once_the_lock_holder_lets_go() {
    use hvlink_proto::event_channel::{AllocUnbound, AllocUnboundReq};
    use hvlink_proto::rt::FastAbi;
    // Without the unlocked part: the port the call allocates shows it ran exactly once.
    let opts = Options {
        unlocked: false,
        ..Options::default()
    };
    let e = fixtures::with_grants(opts, 0);
    let shared = e.shared().clone();
    let held = shared.host();
    let before = held.metrics().snapshot().register_calls;
    let caller = {
        let shared = shared.clone();
        std::thread::spawn(move || {
            let mut regs = AllocUnbound::to_regs(&AllocUnboundReq {
                dom: 0x7FF0,
                remote_dom: DOM2,
            })
            .unwrap();
            let out = shared.register_call(DOM1, &mut regs, Duration::from_secs(5));
            (out, regs)
        })
    };
    std::thread::sleep(Duration::from_millis(20));
    assert!(!caller.is_finished(), "answered while the lock was held");
    assert_eq!(held.metrics().snapshot().register_calls, before);
    drop(held);
    let (out, regs) = caller.join().unwrap();
    assert_eq!(out, RegOutcome::Done);
    let port = AllocUnbound::reply_from_regs(&regs).unwrap().port;
    assert_eq!(shared.metrics().snapshot().register_calls, before + 1);
    let state = e.with_hv(|hv| hv.port_state(DOM1, port));
    assert!(state.is_some(), "port {port} was not allocated");
}

/// A posted register call runs in the middle of the lock holder's own long stretch: while
/// the engine publishes a big batch reply (8 KiB, written into the ring in pieces), a
/// hypervisor call posted meanwhile (`version.version`, on a host without the unlocked part so
/// that it goes under the lock) completes although the lock is never let go. A call of the
/// engine's own family (`control.ping`, which may set up or tear down queues) is not run in
/// the middle of a queue's phase: it completes once the lock goes.
#[test]
fn a_posted_call_runs_while_a_big_reply_is_published() {
    use hvlink_proto::control::{Ping, PingMsg};
    use hvlink_proto::rt::FastAbi;
    const N: u32 = 200;
    let opts = Options {
        unlocked: false,
        ..Options::default()
    };
    let e = fixtures::with_grants(opts, N);
    let (mut q, _mem) = fixtures::raw_queue(&e, DOM2, 42, 50 << 20, 1 << 16, 1 << 16);
    let shared = e.shared().clone();
    let mut held = shared.host();
    let entries: Vec<MapEntry> = (0..N)
        .map(|r| host_map(DOM1, r, 0x40_0000 + u64::from(r) * 4096))
        .collect();
    let m =
        hvlink_tests::msg::request::<MapGrantRef>(1, &map_batch(MapMode::INDEPENDENT, &entries));
    assert!(q.send(&m).unwrap());
    let bell = {
        let shared = shared.clone();
        move || shared.ring()
    };
    q.submit(&bell);
    let call = |mut regs: Regs| {
        let shared = shared.clone();
        std::thread::spawn(move || {
            let out = shared.register_call(DOM1, &mut regs, Duration::from_secs(10));
            (out, regs)
        })
    };
    let status = call(version::Version::to_regs(&hvlink_proto::rt::Empty).unwrap());
    let ping = call(Ping::to_regs(&PingMsg { cookie: 7 }).unwrap());
    let t = std::time::Instant::now();
    while shared.posted_by(DOM1) < 2 {
        assert!(
            t.elapsed() < Duration::from_secs(10),
            "the calls were not posted"
        );
        std::thread::yield_now();
    }
    // Serve the batch with the lock held throughout, until its reply is out.
    let mut buf = vec![0u8; 1 << 16];
    let reply = loop {
        held.turn();
        if let Some(n) = q.recv(&mut buf).unwrap() {
            q.release();
            break buf[..n].to_vec();
        }
        assert!(
            t.elapsed() < Duration::from_secs(10),
            "no reply: {:?}",
            held.metrics().snapshot()
        );
    };
    assert!(reply.len() > 4096, "not a big reply: {} bytes", reply.len());
    assert!(
        !hvlink_tests::msg::is_multi(&reply),
        "the reply is one message"
    );
    let t = std::time::Instant::now();
    while !status.is_finished() {
        assert!(
            t.elapsed() < Duration::from_secs(5),
            "the posted call did not run while the reply was published"
        );
        std::thread::yield_now();
    }
    let (out, regs) = status.join().unwrap();
    assert_eq!(out, RegOutcome::Done);
    assert_eq!(regs.rax, 0, "version.version failed");
    assert_eq!(version::Version::reply_from_regs(&regs).unwrap().major, 4);
    std::thread::sleep(Duration::from_millis(20));
    assert!(!ping.is_finished(), "the engine's own family ran mid-phase");
    drop(held);
    let (out, regs) = ping.join().unwrap();
    assert_eq!(out, RegOutcome::Done);
    assert_eq!(Ping::reply_from_regs(&regs).unwrap().cookie, 7);
}

/// Through the serving runtime, a big batch (more than 8 KiB) is validated apart from the
/// host lock before its first window: a valid one runs whole; one whose 151st entry lacks
/// `ref` is refused with the ERROR its first window would write (EINVAL, the extended ack's
/// offset at that entry), and none of its entries runs.
#[test]
fn a_big_batch_validated_apart_is_refused_whole_at_its_bad_entry() {
    use hvlink_proto::grant_table::ids;
    use hvlink_tests::msg::error_of;
    const N: u32 = 300;
    let e = fixtures::with_grants(Options::default(), N);
    let (mut q, _mem) = fixtures::raw_queue(&e, DOM2, 40, 44 << 20, 1 << 16, 1 << 16);
    let shared = e.shared().clone();
    let bell = move || shared.ring();
    let mut bad_at = 0;
    let batch = |seq: u32, broken: Option<u32>, bad_at: &mut u32| {
        raw_map_batch(seq, N, 0x40_0000, broken, None, bad_at)
    };
    let mut buf = vec![0u8; 1 << 16];
    let mut exchange =
        |q: &mut hvlink_guest::ring::GuestQueue<_>, m: &[u8]| big_exchange(q, &bell, &mut buf, m);
    let mapped = |e: &Embedded| {
        e.with_hv(|hv| {
            (0..N)
                .filter(|&r| hv.grant_status(DOM1, r).is_some_and(|s| s.mappings > 0))
                .count()
        })
    };
    // The broken one first: refused whole, with the very ERROR the first window writes
    // when it validates in place (`Host::call`, the path without a serving runtime).
    let m = batch(1, Some(150), &mut bad_at);
    let rep = exchange(&mut q, &m);
    let (status, text, _) = error_of(&rep).expect("an ERROR");
    assert_eq!(status, -hvlink_proto::Errno::EINVAL.0);
    let mut inline = Vec::new();
    e.shared()
        .host()
        .call(DOM2, QueueKind::Kernel, &m, &mut inline);
    assert_eq!(rep, inline, "ERROR validated apart: {text:?}");
    let ext = Message::parse(&rep).unwrap().error().unwrap().ext;
    let missing = (ext.missing_type, ext.missing_nest);
    assert_eq!(
        missing,
        (Some(u32::from(ids::map_entry::REF)), Some(bad_at)),
        "the entry without `ref` ({text:?})"
    );
    assert_eq!(mapped(&e), 0, "entries of a refused batch ran");
    // A valid one: every entry mapped.
    let m = batch(2, None, &mut bad_at);
    let rep = exchange(&mut q, &m);
    assert!(error_of(&rep).is_none(), "{:?}", error_of(&rep));
    let r = hvlink_tests::msg::reply::<MapGrantRef>(&rep);
    let hvlink_proto::grant_table::MapReplyForm::Batch { entry } = r.form else {
        panic!("single reply to a batch")
    };
    assert_eq!(
        entry.iter().filter(|x| x.handle.is_some()).count(),
        N as usize
    );
    assert_eq!(mapped(&e), N as usize);
    assert_eq!(e.shared().metrics().snapshot().checked_apart, 2);
}

/// A big ordered batch whose `mode` comes after its 300 entries (the host looks the mode up
/// only when an entry fails, or while the batch is validated apart, since finding it walks
/// every entry): through the serving runtime and through `Host::call` alike, the entries
/// after the first failure's chunk report `cancelled` and nothing after it is mapped, where
/// the same batch in independent mode attempts every entry.
#[test]
fn a_big_ordered_batch_stops_at_its_first_failure_with_its_mode_last() {
    use hvlink_proto::grant_table::{Gntst, MapReplyForm};
    use hvlink_tests::msg::error_of;
    const N: u32 = 300;
    const GRANTED: u32 = 100;
    let e = fixtures::with_grants(Options::default(), GRANTED);
    let (mut q, _mem) = fixtures::raw_queue(&e, DOM2, 41, 46 << 20, 1 << 16, 1 << 16);
    let shared = e.shared().clone();
    let bell = move || shared.ring();
    let batch =
        |seq: u32, mode: MapMode, base: u64| raw_map_batch(seq, N, base, None, Some(mode), &mut 0);
    let mut buf = vec![0u8; 1 << 16];
    let mut exchange = |m: &[u8]| big_exchange(&mut q, &bell, &mut buf, m);
    let statuses = |rep: &[u8]| -> Vec<Gntst> {
        assert!(error_of(rep).is_none(), "{:?}", error_of(rep));
        let r = hvlink_tests::msg::reply::<MapGrantRef>(rep);
        let MapReplyForm::Batch { entry } = r.form else {
            panic!("single reply to a batch")
        };
        let entries: Vec<_> = entry.iter().collect();
        assert!(entries.iter().enumerate().all(|(k, x)| x.index == k as u32));
        entries.iter().map(|x| x.status).collect()
    };
    let mapped = |e: &Embedded| {
        e.with_hv(|hv| {
            (0..GRANTED)
                .filter(|&r| hv.grant_status(DOM1, r).is_some_and(|s| s.mappings > 0))
                .count()
        })
    };
    let check_ordered = |st: &[Gntst], how: &str| {
        assert_eq!(st.len(), N as usize, "{how}: every entry is reported");
        assert!(
            st[..GRANTED as usize].iter().all(|s| *s == Gntst::OKAY),
            "{how}"
        );
        let first = st[GRANTED as usize];
        assert!(
            first != Gntst::OKAY && first != Gntst::CANCELLED,
            "{how}: {first:?}"
        );
        // The batch stops within the chunk of its first failure.
        let stop = (GRANTED + hvlink_proto::rt::PREEMPT_CHUNK) as usize;
        assert!(
            st[stop..].iter().all(|s| *s == Gntst::CANCELLED),
            "{how}: entries after the first failure's chunk ran: {:?}",
            &st[stop..]
        );
    };
    // Through the serving runtime (validated apart: the mode is found meanwhile).
    let st = statuses(&exchange(&batch(1, MapMode::ORDERED, 0x40_0000)));
    check_ordered(&st, "ring");
    assert_eq!(mapped(&e), GRANTED as usize);
    assert!(e.shared().metrics().snapshot().checked_apart >= 1);
    // Through `Host::call` (no serving runtime: the mode is looked up at the failure).
    let mut inline = Vec::new();
    let m = batch(2, MapMode::ORDERED, 0x80_0000);
    e.shared()
        .host()
        .call(DOM2, QueueKind::Kernel, &m, &mut inline);
    check_ordered(&statuses(&inline), "Host::call");
    // Independent: every entry attempted, none cancelled.
    let st = statuses(&exchange(&batch(3, MapMode::INDEPENDENT, 0xC0_0000)));
    assert!(st[GRANTED as usize..]
        .iter()
        .all(|s| *s != Gntst::OKAY && *s != Gntst::CANCELLED));
}

/// A domain holds at most its share of the slots where register calls are posted for the
/// serving thread: six callers of domain 1 that find the lock taken post four calls (the
/// other two wait for one of domain 1's slots, or on the lock if the loop is parked), and
/// domain 2's call still gets a slot. All seven complete
/// once the lock is free. (The calls are served under the lock: `control.ping`.)
#[test]
fn one_domain_holds_at_most_its_share_of_the_post_slots() {
    use hvlink_host::serve::POSTS_PER_DOMAIN;
    let e = fixtures::with_grants(Options::default(), 0);
    let shared = e.shared().clone();
    let held = shared.host();
    let call = |dom: u16| {
        let shared = shared.clone();
        std::thread::spawn(move || {
            let mut regs = fixtures::locked_call();
            let out = shared.register_call(dom, &mut regs, Duration::from_secs(5));
            assert_eq!(regs.rsi, fixtures::LOCKED_COOKIE, "the ping's cookie");
            (out, regs.rax)
        })
    };
    let mut callers: Vec<_> = (0..6).map(|_| call(DOM1)).collect();
    let t = std::time::Instant::now();
    while shared.posted_by(DOM1) < POSTS_PER_DOMAIN {
        assert!(
            t.elapsed() < Duration::from_secs(5),
            "domain 1 never posted"
        );
        std::thread::sleep(Duration::from_millis(1));
    }
    callers.push(call(DOM2));
    while shared.posted_by(DOM2) < 1 {
        assert!(
            t.elapsed() < Duration::from_secs(5),
            "domain 2 found no slot"
        );
        std::thread::sleep(Duration::from_millis(1));
    }
    for _ in 0..50 {
        assert_eq!(shared.posted_by(DOM1), POSTS_PER_DOMAIN);
        std::thread::sleep(Duration::from_millis(1));
    }
    drop(held);
    for c in callers {
        assert_eq!(c.join().unwrap(), (RegOutcome::Done, 0));
    }
    assert_eq!(shared.posted_by(DOM1) + shared.posted_by(DOM2), 0);
}

/// Send the big batch `m` (over 2 KiB) on `q`, ring `bell`, and wait for its one reply.
fn big_exchange<M: hvlink_codec::ring::SharedMem + Clone>(
    q: &mut hvlink_guest::ring::GuestQueue<M>,
    bell: &(impl hvlink_codec::ring::Doorbell + ?Sized),
    buf: &mut [u8],
    m: &[u8],
) -> Vec<u8> {
    assert!(m.len() > 2048, "not a big batch: {} bytes", m.len());
    assert!(q.send(m).unwrap());
    q.submit(bell);
    let t = std::time::Instant::now();
    loop {
        if let Some(n) = q.recv(buf).unwrap() {
            q.release();
            return buf[..n].to_vec();
        }
        assert!(t.elapsed() < Duration::from_secs(10), "no reply");
        std::thread::yield_now();
    }
}

/// A map batch of dom 1's refs `0..n` at `base` + 4 KiB each, built by hand (the typed
/// builders would refuse what these tests send): entry `broken` lacks its `ref` (its offset
/// goes to `bad_at`), and `mode_last` puts the mode attribute after the entries.
fn raw_map_batch(
    seq: u32,
    n: u32,
    base: u64,
    broken: Option<u32>,
    mode_last: Option<MapMode>,
    bad_at: &mut u32,
) -> Vec<u8> {
    use hvlink_proto::grant_table::ids;
    message(
        MapGrantRef::DESC.msg_type,
        Flags::REQUEST,
        seq,
        genl::Repr {
            cmd: MapGrantRef::DESC.id,
            version: 1,
        },
        |b| {
            for r in 0..n {
                if Some(r) == broken {
                    *bad_at = b.len() as u32;
                }
                let nest = b.begin_nest(ids::map_req::ENTRY)?;
                b.put_u16(ids::map_entry::DOM, DOM1)?;
                if Some(r) != broken {
                    b.put_u32(ids::map_entry::REF, r)?;
                }
                b.put_u32(ids::map_entry::FLAGS, 1)?;
                b.put_u64(ids::map_entry::HOST_ADDR, base + u64::from(r) * 4096)?;
                b.end_nest(nest)?;
            }
            if let Some(mode) = mode_last {
                b.put_u8(ids::map_req::MODE, mode.0)?;
            }
            Ok(())
        },
    )
}

/// Counts the WARN events it sees (a subscriber for the thread that runs the client).
#[derive(Default)]
struct WarnCount(std::sync::atomic::AtomicUsize);

impl tracing::Subscriber for WarnCount {
    fn enabled(&self, _: &tracing::Metadata<'_>) -> bool {
        true
    }
    fn new_span(&self, _: &tracing::span::Attributes<'_>) -> tracing::span::Id {
        tracing::span::Id::from_u64(1)
    }
    fn record(&self, _: &tracing::span::Id, _: &tracing::span::Record<'_>) {}
    fn record_follows_from(&self, _: &tracing::span::Id, _: &tracing::span::Id) {}
    fn event(&self, e: &tracing::Event<'_>) {
        if *e.metadata().level() == tracing::Level::WARN {
            self.0.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        }
    }
    fn enter(&self, _: &tracing::span::Id) {}
    fn exit(&self, _: &tracing::span::Id) {}
}

/// A hostile host that floods the reply ring with replies nobody asked for (unknown seqs):
/// every one is dropped and counted in `bad_replies`, the log gets a few lines a second (a
/// host cannot fill the guest's log), and a call made after the flood is still answered. (A
/// current-thread runtime: the client's reply task runs on the test's thread, under the
/// counting subscriber.)
#[tokio::test]
async fn a_flood_of_stray_replies_is_counted_and_logged_a_few_lines_a_second() {
    let warns = Arc::new(WarnCount::default());
    let _log = tracing::subscriber::set_default(warns.clone());
    let (c, mut host, t, _mem) = played_host(1 << 14, 9, |config| {
        config.timeout = Some(Duration::from_secs(10));
    })
    .await;
    let v = version::Version::DESC;
    let stray = reply_msg(v.msg_type, 999_999, v.id, &[], Flags(0));
    const N: u64 = 5000;
    let t0 = std::time::Instant::now();
    let bad = || {
        c.stats()
            .bad_replies
            .load(std::sync::atomic::Ordering::Relaxed)
    };
    let mut sent = 0;
    while sent < N {
        assert!(t0.elapsed() < Duration::from_secs(20), "{} dropped", bad());
        if host.push_replies(&stray).unwrap() {
            sent += 1;
            continue;
        }
        // The reply ring is full: let the client drain it.
        host.flush();
        t.irq.ring();
        tokio::time::sleep(Duration::from_millis(1)).await;
    }
    host.flush();
    t.irq.ring();
    while bad() < N {
        assert!(t0.elapsed() < Duration::from_secs(20), "{} dropped", bad());
        tokio::time::sleep(Duration::from_millis(1)).await;
    }
    assert_eq!(bad(), N);
    // 10 lines a second at most (and a second boundary may fall inside).
    let secs = t0.elapsed().as_secs() + 2;
    let logged = warns.0.load(std::sync::atomic::Ordering::Relaxed) as u64;
    assert!(
        (1..=hvlink_codec::ratelimit::PER_SECOND * secs).contains(&logged),
        "{logged} lines logged for {N} stray replies in {secs} s"
    );
    // The queue still works: a call after the flood gets its answer.
    let mut pending = versions(&c, 1).await;
    c.flush();
    let seq = next_request_seq(&mut host).await;
    let mut buf = vec![0u8; 256];
    let mut b = Builder::new(SliceSink::new(&mut buf));
    let n = version::Version::write_reply(
        &mut b,
        seq,
        0,
        &version::VersionReply {
            major: 4,
            minor: 19,
        },
    )
    .unwrap();
    buf.truncate(n);
    assert!(host.push_replies(&buf).unwrap());
    host.flush();
    t.irq.ring();
    let r = pending.pop().unwrap().wait().await.unwrap();
    let r = r.get();
    assert_eq!((r.major, r.minor), (4, 19));
}

/// Run `body` on a current-thread runtime of its own thread; its result, or `None` if it did
/// not end within `limit` (its thread is then left behind).
fn within<T: Send + 'static>(
    limit: Duration,
    body: impl std::future::Future<Output = T> + Send + 'static,
) -> Option<T> {
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap();
        let _ = tx.send(rt.block_on(body));
    });
    rx.recv_timeout(limit).ok()
}

/// A host that keeps the reply ring from ever being empty (a reply no call waits for,
/// published each time the client looks, before it can park) must not keep the client's reply
/// task from giving the runtime back: on a current-thread runtime no call's timeout would
/// fire again.
#[test]
fn a_host_that_keeps_the_reply_ring_busy_does_not_stop_timeouts() {
    let got = within(Duration::from_secs(20), async move {
        let (c, host, t, _mem) = played_host(1 << 14, 9, |config| {
            config.timeout = Some(Duration::from_millis(200));
        })
        .await;
        let v = version::Version::DESC;
        let junk = reply_msg(v.msg_type, 999_999, v.id, &[], Flags(0));
        *t.busy.lock().unwrap() = Some((host, junk));
        let t0 = std::time::Instant::now();
        let r = c
            .call_ring::<version::Version>(&hvlink_proto::rt::Empty)
            .await;
        let took = t0.elapsed();
        c.close();
        t.busy.lock().unwrap().take();
        (r.err(), took)
    });
    let (err, took) = got.expect("the call returned within 20 s of its 200 ms timeout");
    assert!(matches!(err, Some(Error::Timeout)), "{err:?}");
    assert!(took < Duration::from_secs(5), "{took:?}");
}

/// A host that stops consuming requests: calls that find the request ring full wait for
/// room no longer than their timeout.
#[test]
fn a_full_request_ring_does_not_hold_a_call_past_its_timeout() {
    let got = within(Duration::from_secs(20), async move {
        let (c, host, _t, _mem) = played_host(1 << 14, 9, |config| {
            config.timeout = Some(Duration::from_millis(200));
        })
        .await;
        // Far more version requests than a 16 KiB ring holds, none consumed.
        let mut pending = Vec::new();
        let t0 = std::time::Instant::now();
        let err = loop {
            match c
                .start::<version::Version>(&hvlink_proto::rt::Empty, Default::default(), None)
                .await
            {
                Ok(p) => pending.push(p),
                Err(e) => break e,
            }
            assert!(pending.len() < 100_000, "the ring never filled");
        };
        let took = t0.elapsed();
        drop(host);
        (err, took, pending.len())
    });
    let (err, took, queued) = got.expect("the call returned within 20 s of its 200 ms timeout");
    assert!(matches!(err, Error::Timeout), "{err:?}");
    assert!(queued > 100, "{queued} calls queued before the ring filled");
    assert!(took < Duration::from_secs(5), "{took:?}");
}
