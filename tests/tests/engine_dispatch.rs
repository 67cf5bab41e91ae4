//! Dispatch end to end through real rings in guest memory: batches with per-entry statuses,
//! one handler for both paths, continuations (preemption, fairness, cancel, progress),
//! async poll, and hostile requests.

use std::collections::BTreeSet;

use hvlink_codec::ring::QueueKind;
use hvlink_codec::{genl, Flags, Message, MessageType};
use hvlink_host::server::Config;
use hvlink_proto::control::{Cancel, CancelReq, CancelResult};
use hvlink_proto::event_channel::{PortReq, SendOp};
use hvlink_proto::grant_table::{
    Gntst, MapEntry, MapGrantRef, MapMode, MapReplyForm, UnmapEntry, UnmapGrantRef, UnmapReplyForm,
};
use hvlink_proto::rt::{List, Op};
use hvlink_proto::sched::{Poll, PollReq};
use hvlink_proto::version::{self as ver};
use hvlink_tests::grants::{host_map, map_batch, single_map, single_unmap, unmap_batch};
use hvlink_tests::msg::*;
use hvlink_tests::vm::*;

const GRANTS: u32 = 1024;

/// dom1 grants refs 0..GRANTS to dom2 (ref 10 to dom0 instead, ref 20 read-only).
fn grant_all(vm: &mut Vm) {
    for r in 0..GRANTS {
        let grantee = if r == 10 { DOM0 } else { DOM2 };
        vm.host
            .hv
            .grant_access(DOM1, r, grantee, 0x100 + u64::from(r), r == 20)
            .unwrap();
    }
}

/// `vm` after [`grant_all`].
fn granted(mut vm: Vm) -> Vm {
    grant_all(&mut vm);
    vm
}

/// Entry `i` of a batch: a mapping of dom1's ref `r` at one of 1024 host addresses.
fn map_entry(r: u32, i: u32) -> MapEntry {
    host_map(DOM1, r, 0x20_0000 + u64::from(i % 1024) * 4096)
}

/// Entries `0..n` that all map: refs cycle through the grants, with 11 in place of 10 and 20
/// (dom0's and read-only).
fn mappable(n: u32) -> Vec<MapEntry> {
    (0..n)
        .map(|i| {
            let r = i % GRANTS;
            map_entry(if r == 10 || r == 20 { 11 } else { r }, i)
        })
        .collect()
}

fn map_msg(seq: u32, mode: MapMode, entries: &[MapEntry]) -> Vec<u8> {
    request::<MapGrantRef>(seq, &map_batch(mode, entries))
}

/// `entries` as independent map batches of 1024, seqs counting from `first_seq`.
fn map_msgs(first_seq: u32, entries: &[MapEntry]) -> Vec<Vec<u8>> {
    (first_seq..)
        .zip(entries.chunks(1024))
        .map(|(s, c)| map_msg(s, MapMode::INDEPENDENT, c))
        .collect()
}

/// (index, status, handle) of every entry of map replies.
fn map_results(msgs: &[Vec<u8>]) -> Vec<(u32, Gntst, Option<u32>)> {
    let mut out = Vec::new();
    for m in msgs {
        match reply::<MapGrantRef>(m).form {
            MapReplyForm::Batch { entry } => {
                out.extend(entry.iter().map(|e| (e.index, e.status, e.handle)))
            }
            MapReplyForm::Single { .. } => panic!("single reply to a batch"),
        }
    }
    out
}

/// An unmap batch of `mapped` (handle, host address) pairs.
fn unmap_msg(seq: u32, mapped: &[(u32, u64)]) -> Vec<u8> {
    let entries: Vec<UnmapEntry> = mapped
        .iter()
        .map(|&(handle, host_addr)| UnmapEntry {
            host_addr,
            dev_bus_addr: 0,
            handle,
        })
        .collect();
    request::<UnmapGrantRef>(seq, &unmap_batch(&entries))
}

/// A poll of `ports` until `timeout` (0: none).
fn poll(seq: u32, timeout: u64, ports: &[u32]) -> Vec<u8> {
    request::<Poll>(
        seq,
        &PollReq {
            timeout,
            port: List::new(ports),
        },
    )
}

/// Cancel request `seq` of dom2's queue 4, by register call.
fn cancel(vm: &mut Vm, seq: u32) -> CancelResult {
    let req = CancelReq {
        seq,
        queue_id: Some(4),
    };
    regcall::<Cancel>(vm, DOM2, &req).unwrap().result
}

/// Send as many of `msgs[*sent..]` as the ring takes, and submit.
fn feed(q: &mut Queue, msgs: &[Vec<u8>], sent: &mut usize) {
    while *sent < msgs.len() && q.send(&msgs[*sent]).unwrap() {
        *sent += 1;
    }
    q.submit(&|| {});
}

#[test]
fn grant_batch_with_per_entry_statuses() {
    let mut vm = granted(Vm::new(Config::default()));
    let mut q = vm.queue(DOM2, 1, QueueKind::Kernel, 1 << 17);
    let mut entries: Vec<MapEntry> = (0..64).map(|i| map_entry(i, i)).collect();
    entries.push(map_entry(1 << 30, 64)); // beyond the table: bad ref
    let replies = roundtrip(&mut vm, &mut q, map_msg(7, MapMode::INDEPENDENT, &entries));
    assert_eq!(replies.len(), 1);
    assert_eq!(seq_of(&replies[0]), 7);
    let res = map_results(&replies);
    assert_eq!(res.len(), 65);
    for (i, (index, status, handle)) in res.iter().enumerate() {
        assert_eq!(*index as usize, i);
        let want = match i {
            // Xen's _set_status: granted to another domain, or read-only mapped writable.
            10 | 20 => Gntst::GENERAL_ERROR,
            64 => Gntst::BAD_GNTREF,
            _ => Gntst::OKAY,
        };
        assert_eq!(*status, want, "entry {i}");
        assert_eq!(handle.is_some(), want == Gntst::OKAY, "entry {i}");
    }
    // The owner cannot take a mapped grant back.
    assert!(vm.host.hv.end_access(DOM1, 0).is_err());
    // Unmap everything that mapped, in one batch.
    let ok: Vec<(u32, u64)> = res
        .iter()
        .filter(|r| r.1 == Gntst::OKAY)
        .map(|r| (r.2.unwrap(), 0x20_0000 + u64::from(r.0) * 4096))
        .collect();
    let replies = roundtrip(&mut vm, &mut q, unmap_msg(8, &ok));
    match reply::<UnmapGrantRef>(&replies[0]).form {
        UnmapReplyForm::Batch { entry } => {
            assert_eq!(entry.len(), ok.len());
            assert!(entry.iter().all(|e| e.status == Gntst::OKAY));
        }
        _ => panic!("single reply to a batch"),
    }
    vm.host.hv.end_access(DOM1, 0).unwrap();
    // An unmapped handle is gone.
    let replies = roundtrip(&mut vm, &mut q, unmap_msg(9, &ok[..1]));
    match reply::<UnmapGrantRef>(&replies[0]).form {
        UnmapReplyForm::Batch { entry } => {
            assert_eq!(entry.iter().next().unwrap().status, Gntst::BAD_HANDLE)
        }
        _ => panic!(),
    }
}

/// Big requests one after another on one queue, of sizes that go up and down: the host
/// reads each into the buffer the one before left it (a request over 16 KiB keeps the
/// buffer it was read into, and the next is read into a buffer another one kept). Every
/// entry of each is served.
#[test]
fn big_requests_of_changing_sizes_are_each_read_whole() {
    let mut vm = granted(Vm::new(Config::default()));
    let mut q = vm.queue(DOM2, 1, QueueKind::Kernel, 1 << 18);
    // 420 map entries are a little over 16 KiB (the size from which a request keeps the
    // serving thread's buffer); 1000 are about 40 KiB.
    for (seq, n) in [
        (1u32, 420u32),
        (3, 420),
        (5, 1000),
        (7, 200),
        (9, 430),
        (11, 1024),
    ] {
        let entries = mappable(n);
        let msg = map_msg(seq, MapMode::INDEPENDENT, &entries);
        send(&mut q, &[msg]);
        let replies = turns_until(&mut vm, &mut q, 400, |out| out.iter().any(|m| !is_multi(m)));
        assert_eq!(seq_of(&replies[0]), seq);
        let res = map_results(&replies);
        assert_eq!(res.len(), n as usize, "request {seq}");
        for (i, (index, status, _)) in res.iter().enumerate() {
            assert_eq!(*index as usize, i, "request {seq}");
            assert_eq!(*status, Gntst::OKAY, "request {seq}, entry {i}");
        }
        // Unmapped again, so that the maptrack never fills.
        let mapped: Vec<(u32, u64)> = res
            .iter()
            .map(|r| (r.2.unwrap(), entries[r.0 as usize].host_addr))
            .collect();
        send(&mut q, &[unmap_msg(seq + 1, &mapped)]);
        let replies = turns_until(&mut vm, &mut q, 400, |out| out.iter().any(|m| !is_multi(m)));
        let mut unmapped = 0;
        for m in &replies {
            match reply::<UnmapGrantRef>(m).form {
                UnmapReplyForm::Batch { entry } => {
                    assert!(entry.iter().all(|e| e.status == Gntst::OKAY));
                    unmapped += entry.len();
                }
                _ => panic!("single reply to a batch"),
            }
        }
        assert_eq!(unmapped, n as usize, "request {}", seq + 1);
    }
}

/// A turn ends after its read phase when that phase answered everything it read (small
/// ops): `advance_needed` says whether an advance phase has work — continuations in flight,
/// here a batch preempted by the budget — and the batch is still finished by later turns.
#[test]
fn the_advance_phase_runs_only_for_work_in_flight() {
    let mut vm = granted(Vm::with_budget(256));
    let mut q = vm.queue(DOM2, 1, QueueKind::Kernel, 1 << 18);
    assert!(!vm.host.advance_needed(), "no queue has anything");
    // A small op: answered as it is read, nothing left in flight.
    let r = roundtrip(
        &mut vm,
        &mut q,
        request::<ver::Version>(1, &hvlink_proto::rt::Empty),
    );
    assert!(error_of(&r[0]).is_none());
    assert!(!vm.host.advance_needed());
    // A batch of 1,000 entries at 256 a turn: in flight after its first turn.
    let entries = mappable(1000);
    send(&mut q, &[map_msg(2, MapMode::INDEPENDENT, &entries)]);
    vm.turn();
    assert!(vm.host.advance_needed(), "a batch in flight");
    let replies = turns_until(&mut vm, &mut q, 100, |out| out.iter().any(|m| !is_multi(m)));
    assert_eq!(map_results(&replies).len(), 1000);
    assert!(!vm.host.advance_needed(), "the batch is done");
}

#[test]
fn register_call_and_ring_reach_the_same_handler() {
    let mut vm = granted(Vm::new(Config::default()));
    let mut q = vm.queue(DOM2, 1, QueueKind::Kernel, 1 << 16);
    // Map by register (single form), unmap on the ring (single form).
    let map = single_map(&host_map(DOM1, 3, 0x30_0000));
    let rep = regcall::<MapGrantRef>(&mut vm, DOM2, &map).unwrap();
    let MapReplyForm::Single { status, handle, .. } = rep.form else {
        panic!("batch reply to a single call")
    };
    assert_eq!(status, Gntst::OKAY);
    let handle = handle.unwrap();
    assert!(vm.host.hv.end_access(DOM1, 3).is_err());
    let replies = vm.call::<UnmapGrantRef>(&mut q, 1, &single_unmap(handle, 0x30_0000));
    let UnmapReplyForm::Single { status } = reply::<UnmapGrantRef>(&replies[0]).form else {
        panic!()
    };
    assert_eq!(status, Gntst::OKAY);
    vm.host.hv.end_access(DOM1, 3).unwrap();
    // The same bad ref fails the same way on both paths.
    let bad = single_map(&host_map(DOM1, 1 << 30, 0x30_0000));
    let by_reg = regcall::<MapGrantRef>(&mut vm, DOM2, &bad).unwrap();
    let replies = vm.call::<MapGrantRef>(&mut q, 2, &bad);
    let by_ring = reply::<MapGrantRef>(&replies[0]);
    assert_eq!(by_reg, by_ring);
    // A version query both ways.
    let v_reg = regcall::<ver::Version>(&mut vm, DOM2, &hvlink_proto::rt::Empty).unwrap();
    let replies = vm.call::<ver::Version>(&mut q, 3, &hvlink_proto::rt::Empty);
    assert_eq!(v_reg, reply::<ver::Version>(&replies[0]));
}

/// Send `msgs` as fast as the ring takes them, one host turn per round, until every
/// message has its final reply; returns the replies.
fn pump(vm: &mut Vm, q: &mut Queue, msgs: &[Vec<u8>]) -> Vec<Vec<u8>> {
    let mut out = Vec::new();
    let mut sent = 0;
    let mut finals = 0;
    for _ in 0..100_000 {
        feed(q, msgs, &mut sent);
        vm.turn();
        for r in replies(q) {
            if !is_multi(&r) {
                finals += 1;
            }
            out.push(r);
        }
        if finals == msgs.len() {
            return out;
        }
    }
    panic!("batch did not finish: {finals}/{} replies", msgs.len());
}

#[test]
fn long_batch_is_preempted_fair_and_never_repeats_an_entry() {
    let mut vm = granted(Vm::with_budget(256));
    // 100 000 mappings (refs reused: Xen allows mapping a grant many times) in 98 messages.
    const N: u32 = 100_000;
    let msgs = map_msgs(0, &mappable(N));
    let mut big = vm.queue(DOM2, 1, QueueKind::Kernel, 1 << 18);
    let mut small = vm.queue(DOM1, 1, QueueKind::Kernel, 1 << 12);
    let mut sent = 0;
    let mut results = Vec::new();
    let mut finals = 0;
    let mut turns = 0u32;
    let mut small_latency_max = 0;
    let mut seq = 0;
    while finals < msgs.len() {
        feed(&mut big, &msgs, &mut sent);
        // Meanwhile another domain makes a small call each turn.
        send(
            &mut small,
            &[request::<ver::Version>(seq, &hvlink_proto::rt::Empty)],
        );
        seq += 1;
        let mut waited = 0;
        loop {
            vm.turn();
            turns += 1;
            waited += 1;
            for r in replies(&mut big) {
                finals += 1;
                results.push(r);
            }
            if !replies(&mut small).is_empty() {
                break;
            }
            assert!(waited < 100, "small op starved");
        }
        small_latency_max = small_latency_max.max(waited);
    }
    // The small op was answered within the turn it was sent in, every time.
    assert_eq!(
        small_latency_max, 1,
        "small op waited {small_latency_max} turns"
    );
    // The batch was preempted: 100 000 entries at 256 per turn.
    assert!(turns >= N / 256, "{turns} turns");
    assert!(vm.host.metrics().snapshot().preemptions > 0);
    // Every entry exactly once, in order, each okay.
    let mut seen = 0u32;
    for (s, m) in results.iter().enumerate() {
        let _ = s;
        let res = map_results(std::slice::from_ref(m));
        let base = seq_of(m) * 1024;
        for (k, (index, status, _)) in res.iter().enumerate() {
            assert_eq!(*index, k as u32, "indices restart per message");
            assert_eq!(*status, Gntst::OKAY, "entry {}", base + index);
            seen += 1;
        }
    }
    assert_eq!(seen, N);
    let handles: BTreeSet<u32> = map_results(&results).iter().map(|r| r.2.unwrap()).collect();
    assert_eq!(
        handles.len(),
        N as usize,
        "every mapping has its own handle"
    );
}

#[test]
fn cancel_midway_reports_exactly_what_was_done() {
    let mut vm = granted(Vm::with_budget(256));
    let msgs = map_msgs(100, &mappable(8 * 1024));
    let mut q = vm.queue(DOM2, 4, QueueKind::Kernel, 1 << 19);
    send(&mut q, &msgs);
    for _ in 0..3 {
        vm.turn();
    }
    // Cancel all eight by register call (the ring is busy with the batch).
    let mut results = Vec::new();
    for s in 0..8 {
        results.push(cancel(&mut vm, 100 + s));
    }
    // The first message may have completed already; the rest were in flight.
    assert!(
        results[1..].iter().all(|r| *r == CancelResult::CANCELLED),
        "{results:?}"
    );
    let out = turns_until(&mut vm, &mut q, 100, |out| out.len() == 8);
    assert_eq!(out.len(), 8);
    let mut done = Vec::new();
    let mut cancelled = 0;
    for m in &out {
        let res = map_results(std::slice::from_ref(m));
        assert_eq!(res.len(), 1024, "every entry is reported");
        let mut in_cancel = false;
        for (k, (index, status, handle)) in res.iter().enumerate() {
            assert_eq!(*index, k as u32);
            if *status == Gntst::CANCELLED {
                in_cancel = true;
                cancelled += 1;
            } else {
                assert!(!in_cancel, "an entry ran after the cancel took effect");
                assert_eq!(*status, Gntst::OKAY);
                done.push((handle.unwrap(), 0x20_0000 + u64::from(*index % 1024) * 4096));
            }
        }
    }
    assert!(
        !done.is_empty() && cancelled > 0,
        "done {} cancelled {cancelled}",
        done.len()
    );
    assert_eq!(done.len() + cancelled, 8 * 1024);
    // Exactly the reported mappings exist: each unmaps once, and then every grant is free.
    for (c, mapped) in done.chunks(1024).enumerate() {
        let rep = roundtrip(&mut vm, &mut q, unmap_msg(500 + c as u32, mapped));
        let UnmapReplyForm::Batch { entry } = reply::<UnmapGrantRef>(&rep[0]).form else {
            panic!()
        };
        assert!(entry.iter().all(|e| e.status == Gntst::OKAY));
    }
    for r in 0..GRANTS {
        if r != 10 && r != 20 {
            vm.host.hv.end_access(DOM1, r).unwrap();
        }
    }
    // Cancelling again finds them completed.
    assert_eq!(cancel(&mut vm, 103), CancelResult::COMPLETED);
}

#[test]
fn progress_parts_cover_every_entry_once() {
    let mut vm = granted(Vm::with_budget(100));
    // Ask for progress: the PROGRESS flag in the header.
    let msg = with_flags(
        map_msg(1, MapMode::INDEPENDENT, &mappable(1000)),
        Flags::PROGRESS,
    );
    let mut q = vm.queue(DOM2, 1, QueueKind::Kernel, 1 << 17);
    let out = pump(&mut vm, &mut q, &[msg]);
    assert!(out.len() > 5, "{} parts", out.len());
    let multi = out.iter().filter(|m| is_multi(m)).count();
    assert_eq!(multi, out.len() - 1, "all but the last part are MULTI");
    let idx: Vec<u32> = map_results(&out).iter().map(|r| r.0).collect();
    assert_eq!(idx, (0..1000).collect::<Vec<_>>());
}

/// A request that asks for progress is answered in parts of `PROGRESS_WINDOW` results, each
/// as soon as it is done (so the guest reads one while the host serves the next): windows
/// cut short (here by a budget of 100 or 50 entries a turn) add up to a part rather than
/// making parts of their own. Without the flag, one reply.
#[test]
fn a_progress_request_is_answered_a_progress_window_at_a_time() {
    use hvlink_host::server::PROGRESS_WINDOW;
    let w = PROGRESS_WINDOW as usize;
    for (budget, flags, sizes) in [
        (1024, Flags::PROGRESS, vec![w, w, w, w]),
        (1024, Flags(0), vec![4 * w]),
        // Windows of 100 (the budget of a turn), then 28 (the rest of the part): parts of
        // 128 all the same; and of 50, 50, 28.
        (100, Flags::PROGRESS, vec![w, w, w, w]),
        (50, Flags::PROGRESS, vec![w, w, w, w]),
    ] {
        let mut vm = granted(Vm::with_budget(budget));
        let msg = with_flags(
            map_msg(1, MapMode::INDEPENDENT, &mappable(4 * w as u32)),
            flags,
        );
        let mut q = vm.queue(DOM2, 1, QueueKind::Kernel, 1 << 17);
        let out = pump(&mut vm, &mut q, &[msg]);
        let got: Vec<usize> = out
            .iter()
            .map(|m| map_results(std::slice::from_ref(m)).len())
            .collect();
        assert_eq!(got, sizes, "budget {budget}, {flags:?}");
        let idx: Vec<u32> = map_results(&out).iter().map(|r| r.0).collect();
        assert_eq!(idx, (0..4 * w as u32).collect::<Vec<_>>());
    }
}

/// A guest asleep on the reply interrupt while a progress request runs (it announces that it
/// parks again after every turn, as a caller that sleeps between parts does) is woken by
/// the request's last part, not once per part, while the request is younger than
/// `Config::progress_quiet`; the parts themselves are published as they are done (a guest
/// that polls reads them at once). With `progress_quiet` zero every part rings.
#[test]
fn progress_parts_do_not_wake_a_sleeping_guest_until_the_last() {
    use std::time::Duration;
    for (quiet, rings) in [(Duration::from_secs(60), 1), (Duration::ZERO, 4)] {
        let mut vm = granted(Vm::new(Config {
            slice: Duration::ZERO,
            progress_quiet: quiet,
            ..Config::default()
        }));
        let mut q = vm.queue(DOM2, 1, QueueKind::Kernel, 1 << 17);
        send(
            &mut q,
            &[with_flags(
                map_msg(1, MapMode::INDEPENDENT, &mappable(512)),
                Flags::PROGRESS,
            )],
        );
        let (mut rung, mut parts, mut done) = (0, Vec::new(), false);
        for _ in 0..1000 {
            assert!(!q.replies().prepare_park().unwrap(), "a reply not read");
            let t = vm.turn();
            rung += t.notify.len();
            // Each turn's part is there to read at once, rung for or not.
            for r in replies(&mut q) {
                done |= !is_multi(&r);
                parts.push(r);
            }
            if done {
                break;
            }
        }
        assert!(done);
        assert_eq!(parts.len(), 4, "quiet {quiet:?}");
        assert_eq!(rung, rings, "quiet {quiet:?}");
        assert_eq!(map_results(&parts).len(), 512);
    }
}

/// Quiet parts that fill the reply ring do not leave a sleeping guest unwoken: the phase that
/// runs out of reply room ends with the interrupt (the host cannot go on before the guest
/// consumes), and the request then finishes.
#[test]
fn quiet_parts_that_fill_the_reply_ring_wake_the_guest() {
    use std::time::Duration;
    let mut vm = granted(Vm::new(Config {
        slice: Duration::ZERO,
        progress_quiet: Duration::from_secs(60),
        ..Config::default()
    }));
    // Room for two parts of 128 results (about 3.6 KiB each) in the reply ring.
    let mut q = vm.queue_of(DOM2, 1, QueueKind::Kernel, 1 << 16, 1 << 13);
    send(
        &mut q,
        &[with_flags(
            map_msg(1, MapMode::INDEPENDENT, &mappable(512)),
            Flags::PROGRESS,
        )],
    );
    assert!(!q.replies().prepare_park().unwrap());
    // The guest sleeps and reads nothing: the host fills the ring, then must wake it.
    let mut rung = false;
    for _ in 0..20 {
        rung |= !vm.turn().notify.is_empty();
    }
    assert!(
        rung,
        "the ring filled with quiet parts and the guest was not woken"
    );
    let mut parts = replies(&mut q);
    assert!(
        parts.iter().all(|m| is_multi(m)),
        "not done while the ring was full"
    );
    for _ in 0..1000 {
        if parts.last().is_some_and(|m| !is_multi(m)) {
            break;
        }
        vm.turn();
        parts.extend(replies(&mut q));
    }
    assert_eq!(map_results(&parts).len(), 512);
}

#[test]
fn ordered_and_atomic_modes() {
    let mut vm = granted(Vm::new(Config::default()));
    let mut q = vm.queue(DOM2, 1, QueueKind::Kernel, 1 << 16);
    let entries: Vec<MapEntry> = (0..8)
        .map(|i| map_entry(if i == 3 { 10 } else { 30 + i }, i))
        .collect();
    let ordered = map_results(&roundtrip(
        &mut vm,
        &mut q,
        map_msg(1, MapMode::ORDERED, &entries),
    ));
    let st: Vec<Gntst> = ordered.iter().map(|r| r.1).collect();
    assert_eq!(&st[..3], &[Gntst::OKAY; 3]);
    assert_eq!(st[3], Gntst::GENERAL_ERROR);
    assert!(st[4..].iter().all(|s| *s == Gntst::CANCELLED));
    let atomic = map_results(&roundtrip(
        &mut vm,
        &mut q,
        map_msg(2, MapMode::ATOMIC, &entries),
    ));
    let st: Vec<Gntst> = atomic.iter().map(|r| r.1).collect();
    assert_eq!(st[3], Gntst::GENERAL_ERROR);
    assert!(
        st.iter()
            .enumerate()
            .all(|(i, s)| i == 3 || *s == Gntst::CANCELLED),
        "{st:?}"
    );
    // Atomic rolled back: refs 34..38 (never mapped by the ordered batch) are free again.
    for r in 34..38 {
        vm.host.hv.end_access(DOM1, r).unwrap();
    }
}

#[test]
fn poll_completes_on_an_event_and_on_a_timeout() {
    let (mut vm, mut q) = Vm::with_queue(DOM2, QueueKind::Userspace, 1 << 14);
    // dom1 offers a port to dom2; dom2 binds it.
    let p1 = alloc_unbound(&mut vm, DOM1, DOM2);
    let p2 = bind_interdomain(&mut vm, DOM2, DOM1, p1);
    // Binding marks the new port pending (as Xen does); the guest clears it.
    vm.host.hv.clear_pending(DOM2, p2).unwrap();
    send(&mut q, &[poll(1, 0, &[p2])]);
    for _ in 0..5 {
        vm.turn();
    }
    assert!(
        replies(&mut q).is_empty(),
        "poll completed with nothing pending"
    );
    assert_eq!(vm.host.parked(), 1);
    regcall::<SendOp>(&mut vm, DOM1, &PortReq { port: p1 }).unwrap();
    vm.turn();
    let r = replies(&mut q);
    assert_eq!(r.len(), 1);
    assert_eq!(seq_of(&r[0]), 1);
    let msg = Message::parse(&r[0]).unwrap();
    assert_ne!(msg.message_type(), MessageType::ERROR);
    // A poll on another (never signalled) port times out on the virtual clock.
    let p3 = alloc_unbound(&mut vm, DOM2, DOM1);
    let deadline = vm.host.hv.now() + 5_000_000;
    send(&mut q, &[poll(2, deadline, &[p3])]);
    vm.turn();
    vm.host.hv.advance(1_000_000);
    vm.turn();
    assert!(replies(&mut q).is_empty());
    vm.host.hv.advance(5_000_000);
    vm.turn();
    let r = replies(&mut q);
    assert_eq!(r.len(), 1);
    assert_eq!(seq_of(&r[0]), 2);
    assert_eq!(vm.host.parked(), 0);
}

#[test]
fn bad_requests_get_clear_errors_and_nothing_else_is_lost() {
    let (mut vm, mut q) = Vm::with_queue(DOM2, QueueKind::Kernel, 1 << 14);
    let mut uq = vm.queue(DOM2, 2, QueueKind::Userspace, 1 << 14);
    // Unknown op of a known family.
    let mut m = request::<SendOp>(1, &PortReq { port: 1 });
    m[16] = 200;
    let r = roundtrip(&mut vm, &mut q, m);
    assert_eq!(error_of(&r[0]).unwrap().0, -38, "ENOSYS");
    // A u32 attribute with 2 bytes: EINVAL, extack names the offset (first attribute at 20).
    let op = genl::Repr {
        cmd: SendOp::DESC.id,
        version: 1,
    };
    let m = message(SendOp::DESC.msg_type, Flags::REQUEST, 2, op, |b| {
        b.put_u16(1, 5)
    });
    let r = roundtrip(&mut vm, &mut q, m);
    let (status, text, offset) = error_of(&r[0]).unwrap();
    assert_eq!(status, -22);
    assert_eq!(offset, Some(20));
    let text = text.unwrap();
    assert!(text.contains("wrong size"), "{text}");
    // An unknown must-understand attribute: EOPNOTSUPP.
    let mut m = request::<SendOp>(3, &PortReq { port: 1 });
    let extra = [8u8, 0, 0x63, 0x40, 0, 0, 0, 0]; // type 99 | must-understand
    m.extend_from_slice(&extra);
    let len = m.len() as u32;
    m[..4].copy_from_slice(&len.to_le_bytes());
    let r = roundtrip(&mut vm, &mut q, m);
    assert_eq!(error_of(&r[0]).unwrap().0, -95);
    // A privileged op from a userspace queue: EPERM.
    let r = vm.call::<hvlink_proto::event_channel::BindIpi>(
        &mut uq,
        4,
        &hvlink_proto::event_channel::BindIpiReq { vcpu: 0 },
    );
    assert_eq!(error_of(&r[0]).unwrap().0, -1);
    // ACK requested: reply then ACK.
    let m = with_flags(
        request::<ver::Version>(5, &hvlink_proto::rt::Empty),
        Flags::ACK,
    );
    let r = roundtrip(&mut vm, &mut q, m);
    assert_eq!(r.len(), 2);
    assert_eq!(error_of(&r[1]).unwrap().0, 0);
    // The queue still works.
    let r = vm.call::<ver::Version>(&mut q, 6, &hvlink_proto::rt::Empty);
    assert!(error_of(&r[0]).is_none());
    assert_eq!(
        vm.host.queue_fault(hvlink_host::server::QueueKey {
            domain: DOM2,
            queue: 1
        }),
        None
    );
}

#[test]
fn poll_on_the_timer_virq_completes_when_the_timer_fires() {
    use hvlink_proto::event_channel::{BindVirq, BindVirqReq, Virq};
    use hvlink_proto::vcpu::{SetSingleshotTimer, SingleshotFlags, SingleshotTimerReq};
    let (mut vm, mut q) = Vm::with_queue(DOM1, QueueKind::Kernel, 1 << 14);
    let port = regcall::<BindVirq>(
        &mut vm,
        DOM1,
        &BindVirqReq {
            virq: Virq::TIMER,
            vcpu: 0,
        },
    )
    .unwrap()
    .port;
    let now = vm.host.hv.now();
    regcall::<SetSingleshotTimer>(
        &mut vm,
        DOM1,
        &SingleshotTimerReq {
            vcpu: 0,
            timeout_abs_ns: now + 2_000_000,
            flags: SingleshotFlags(0),
        },
    )
    .unwrap();
    let before = vm.host.metrics().snapshot();
    send(&mut q, &[poll(5, 0, &[port])]);
    vm.turn();
    vm.host.hv.advance(1_000_000);
    vm.turn();
    assert!(
        replies(&mut q).is_empty(),
        "completed before the timer fired"
    );
    assert_eq!(vm.host.parked(), 1);
    // The timer fires on the virtual clock: VIRQ_TIMER marks the port, the poll completes.
    vm.host.hv.advance(1_500_000);
    vm.turn();
    let r = replies(&mut q);
    assert_eq!(r.len(), 1);
    assert_eq!(seq_of(&r[0]), 5);
    assert!(error_of(&r[0]).is_none());
    let after = vm.host.metrics().snapshot();
    assert_eq!(after.messages - before.messages, 1);
    assert_eq!(after.replies - before.replies, 1);
    assert_eq!(after.errors, before.errors);
}

#[test]
fn metrics_count_messages_batches_entries_preemptions_errors() {
    let mut vm = granted(Vm::with_budget(100));
    let mut q = vm.queue(DOM2, 1, QueueKind::Kernel, 1 << 17);
    let msg = map_msg(1, MapMode::INDEPENDENT, &mappable(1000));
    let m0 = vm.host.metrics().snapshot();
    let out = pump(&mut vm, &mut q, &[msg]);
    assert_eq!(map_results(&out).len(), 1000);
    let mut bad = request::<SendOp>(2, &PortReq { port: 1 });
    bad[16] = 200; // unknown op
    roundtrip(&mut vm, &mut q, bad);
    let m = vm.host.metrics().snapshot();
    assert_eq!(m.messages - m0.messages, 2);
    assert_eq!(m.batches - m0.batches, 1);
    assert_eq!(m.entries - m0.entries, 1000);
    assert!(m.preemptions - m0.preemptions >= 9, "{m:?}");
    assert_eq!(m.errors - m0.errors, 1);
    assert!(m.replies - m0.replies >= 2);
}

/// A granted host with time slices of `slice`, and a 1024-entry batch for domain 1 (every
/// entry maps domain 2's ref 5, at its own page).
fn sliced(slice: std::time::Duration) -> (Vm, Vec<MapEntry>) {
    let vm = granted(Vm::new(Config {
        slice,
        ..Config::default()
    }));
    let entries = (0..1024u32)
        .map(|i| host_map(DOM2, 5, 0x20_0000 + u64::from(i) * 4096))
        .collect();
    (vm, entries)
}

/// The time slice: a turn runs at most one slice of a domain's batch (here 1 µs, so one
/// chunk of [`PREEMPT_CHUNK`] entries per turn on any machine), and a small op of another
/// domain sent in the same turn is answered in that turn even when the batch's queue is
/// served first: every queue's new requests are read before any continuation advances.
#[test]
fn a_time_slice_bounds_a_batch_and_small_ops_go_first() {
    use hvlink_proto::rt::PREEMPT_CHUNK;
    let (mut vm, entries) = sliced(std::time::Duration::from_micros(1));
    // dom 1's queue sorts before dom 2's, so the batch (dom 1) is first in the first turn.
    for r in 0..8 {
        vm.host
            .hv
            .grant_access(DOM2, r, DOM1, 0x900 + u64::from(r), false)
            .unwrap();
    }
    let mut big = vm.queue(DOM1, 1, QueueKind::Kernel, 1 << 18);
    let mut small = vm.queue(DOM2, 1, QueueKind::Kernel, 1 << 12);
    // Batch entries run when each of dom 2's replies was published.
    let metrics = vm.host.metrics().clone();
    let seen = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
    let tap = seen.clone();
    vm.host.set_capture(Some(Box::new(move |dir, key, _| {
        if dir == hvlink_host::server::Direction::Reply && key.domain == DOM2 {
            let ran = metrics.entries.load(std::sync::atomic::Ordering::Relaxed);
            tap.lock().unwrap().push(ran);
        }
    })));
    send(&mut big, &[map_msg(1, MapMode::INDEPENDENT, &entries)]);
    let mut turns = 0;
    let mut finished = false;
    while !finished {
        send(
            &mut small,
            &[request::<ver::Version>(
                100 + turns,
                &hvlink_proto::rt::Empty,
            )],
        );
        let before = vm.host.metrics().snapshot().entries;
        vm.turn();
        turns += 1;
        let ran = vm.host.metrics().snapshot().entries - before;
        assert!(
            ran <= u64::from(PREEMPT_CHUNK),
            "turn {turns} ran {ran} entries"
        );
        assert_eq!(
            replies(&mut small).len(),
            1,
            "the small op waited past turn {turns}"
        );
        finished = !replies(&mut big).is_empty();
        assert!(turns < 1024, "the batch never finished");
    }
    assert!(turns >= 1024 / PREEMPT_CHUNK, "{turns} turns");
    assert!(vm.host.metrics().snapshot().preemptions > 0);
    // In every turn the small op was answered before that turn's slice of the batch ran.
    let seen = seen.lock().unwrap();
    assert_eq!(seen.len(), turns as usize);
    for (turn, ran) in seen.iter().enumerate() {
        assert!(
            *ran <= turn as u64 * u64::from(PREEMPT_CHUNK),
            "turn {turn}: the small op was answered after {ran} batch entries"
        );
    }
}

/// A big batch's validation, run apart as the serving runtime runs it (outside the host
/// lock, between the read and the advance phases), is its domain's work: its time counts
/// against the domain's time slice for the turn, so the first window gets what is left.
/// Another domain's small op that waits for the rest of a turn then waits for at most one
/// slice, not a slice plus the validation (`cargo bench -p hvlink-tests --bench dispatch --
/// "behind another"` measures both). Without time slices nothing is charged.
#[test]
fn a_batch_validated_apart_spends_its_domains_slice() {
    use hvlink_host::server::{Phase, Turn};
    // A slice long enough that the read phase (slow in a debug build) leaves some of it.
    for slice in [std::time::Duration::from_secs(1), std::time::Duration::ZERO] {
        let (mut vm, entries) = sliced(slice);
        let mut big = vm.queue(DOM1, 1, QueueKind::Kernel, 1 << 18);
        send(&mut big, &[map_msg(1, MapMode::INDEPENDENT, &entries)]);
        let m0 = vm.host.metrics().snapshot();
        // The turn's read phase, then the validation apart, as `Host::turn_apart` runs them.
        let keys = vm.host.plan_turn();
        let mut t = Turn::default();
        for &k in &keys {
            vm.host.service_phase(k, Phase::Read, &mut t);
        }
        assert!(t.unchecked, "a big batch was read");
        let read = vm.host.spent_ns(DOM1);
        let mut validating = std::time::Duration::ZERO;
        for &k in &keys {
            if let Some(mut u) = vm.host.take_unchecked(k) {
                let t0 = std::time::Instant::now();
                let valid = u.validate();
                validating += t0.elapsed();
                assert!(valid.is_ok());
                vm.host.put_checked(u, valid);
            }
        }
        assert_eq!(
            vm.host.metrics().snapshot().checked_apart - m0.checked_apart,
            1
        );
        let charged = vm.host.spent_ns(DOM1) - read;
        if slice.is_zero() {
            assert_eq!(charged, 0, "no time slices: nothing is charged");
        } else {
            assert!(
                charged > 0 && charged <= validating.as_nanos() as u64,
                "the validation's time ({validating:?}) is charged: {charged} ns"
            );
        }
        // The batch then completes, its entries as valid as ever.
        for &k in &keys {
            vm.host.service_phase(k, Phase::Advance, &mut t);
        }
        let mut out = replies(&mut big);
        while out.is_empty() {
            vm.turn();
            out = replies(&mut big);
        }
        assert_eq!(map_results(&out).len(), 1024);
    }
}

/// A domain with many big batches waiting for validation gets them validated apart a
/// slice's worth per turn, not all in one turn while other domains' small ops wait: each
/// validation counts against its domain's slice, and once the slice is used
/// `take_unchecked` declines and tells the serving runtime to look again next turn. Here
/// four 1024-entry batches are read over four turns whose advance phases are skipped (so
/// none is validated or stepped yet); with a 1 µs slice the next turn validates exactly
/// one, and every later turn at most one. All four complete, each validated apart once.
#[test]
fn waiting_big_batches_are_validated_a_slice_per_turn() {
    use hvlink_host::server::{Phase, Turn};
    let (mut vm, entries) = sliced(std::time::Duration::from_micros(1));
    let mut big = vm.queue(DOM1, 1, QueueKind::Kernel, 1 << 20);
    let batches: Vec<Vec<u8>> = (1..=4)
        .map(|seq| map_msg(seq, MapMode::INDEPENDENT, &entries))
        .collect();
    send(&mut big, &batches);
    let m0 = vm.host.metrics().snapshot();
    // Read phases only, until all four are read (the slice lets a turn read one or more).
    for _ in 0..4 {
        let keys = vm.host.plan_turn();
        let mut t = Turn::default();
        for &k in &keys {
            vm.host.service_phase(k, Phase::Read, &mut t);
        }
    }
    assert_eq!(vm.host.metrics().snapshot().messages - m0.messages, 4);
    assert_eq!(vm.host.metrics().snapshot().checked_apart, m0.checked_apart);
    let mut checked = 0;
    let mut done = 0;
    for turn in 0..10_000 {
        if turn == 0 {
            // A turn as the serving runtime's that looks for them (read before it).
            let keys = vm.host.plan_turn();
            let mut t = Turn::default();
            for &k in &keys {
                vm.host.service_phase(k, Phase::Read, &mut t);
            }
            for &k in &keys {
                while let Some(mut u) = vm.host.take_unchecked(k) {
                    let valid = u.validate();
                    assert!(valid.is_ok());
                    vm.host.put_checked(u, valid);
                }
                vm.host.service_phase(k, Phase::Advance, &mut t);
            }
        } else {
            // The same as `Host::turn_apart` runs it, told by the last turn to look again.
            vm.host.turn_apart();
        }
        let now = vm.host.metrics().snapshot().checked_apart - m0.checked_apart;
        if turn == 0 {
            assert_eq!(now, 1, "one validation uses the 1 µs slice");
        }
        assert!(
            now - checked <= 1,
            "turn {turn} validated {} batches apart with a 1 µs slice",
            now - checked
        );
        checked = now;
        for r in replies(&mut big) {
            assert_eq!(map_results(std::slice::from_ref(&r)).len(), 1024);
            done += 1;
        }
        if done == 4 {
            break;
        }
    }
    assert_eq!(done, 4, "every batch completes");
    assert_eq!(checked, 4, "each batch validated apart once");
}

/// A required attribute missing at the top level and one missing inside a nest at the same
/// offset give different ERRORs, as the kernel's do: MISS_NEST only for the nest (and then
/// its header's offset), no text or offset for either (`NL_REQ_ATTR_CHECK`); the request's
/// header is echoed unchanged (its len, not 16), CAPPED and ACK_TLVS set.
#[test]
fn missing_attribute_errors_name_a_nest_only_inside_one() {
    let (mut vm, mut q) = Vm::with_queue(DOM2, QueueKind::Kernel, 1 << 14);
    let op = genl::Repr {
        cmd: MapGrantRef::DESC.id,
        version: 1,
    };
    // Single form without `flags` (type 3): dom, ref, host-addr at the top level.
    let top = message(MapGrantRef::DESC.msg_type, Flags::REQUEST, 1, op, |b| {
        b.put_u16(1, 1)?;
        b.put_u32(2, 3)?;
        b.put_u64(4, 0x1000)
    });
    // Batch form whose first (and only) entry, a nest at offset 20, lacks `flags`.
    let nested = message(MapGrantRef::DESC.msg_type, Flags::REQUEST, 2, op, |b| {
        let n = b.begin_nest(6)?;
        b.put_u16(1, 1)?;
        b.put_u32(2, 3)?;
        b.put_u64(4, 0x1000)?;
        b.end_nest(n)
    });
    let mut errors = Vec::new();
    for req in [top, nested] {
        let r = roundtrip(&mut vm, &mut q, req.clone());
        let m = Message::parse(&r[0]).unwrap();
        assert_eq!(m.header().flags, Flags::CAPPED | Flags::ACK_TLVS);
        let e = m.error().unwrap();
        assert_eq!(e.status, -22);
        assert_eq!(e.request_len as usize, req.len(), "the header as it came");
        assert_eq!(&r[0][20..36], &req[..16], "echoed byte for byte");
        assert_eq!((e.ext.msg, e.ext.offset), (None, None));
        errors.push((e.ext.missing_type, e.ext.missing_nest));
    }
    assert_eq!(errors, [(Some(3), None), (Some(3), Some(20))]);
}

#[test]
fn a_big_final_reply_published_from_its_results_is_byte_equal_to_the_framed_one() {
    // A 300-entry map batch (a 12 KiB reply: published in pieces straight from where its
    // results were encoded) and a 5-entry one (framed as always), each asking for an ACK;
    // against the same requests on a host with a capture tap, which frames every reply
    // through the outbox. The replies must be the same bytes, in the same order.
    let run = |tap: bool| {
        let mut vm = granted(Vm::new(Config::default()));
        let taps = std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(0));
        if tap {
            let taps = taps.clone();
            vm.host.set_capture(Some(Box::new(move |_, _, _| {
                taps.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
            })));
        }
        let mut q = vm.queue(DOM2, 1, QueueKind::Kernel, 1 << 16);
        let msgs = [
            with_flags(
                map_msg(1, MapMode::INDEPENDENT, &mappable(300)),
                Flags::REQUEST | Flags::ACK,
            ),
            with_flags(
                map_msg(2, MapMode::INDEPENDENT, &mappable(5)),
                Flags::REQUEST | Flags::ACK,
            ),
        ];
        let mut sent = 0;
        let mut out = Vec::new();
        for _ in 0..1000 {
            feed(&mut q, &msgs, &mut sent);
            vm.turn();
            out.extend(replies(&mut q));
            if out.len() == 4 {
                break;
            }
        }
        (out, taps.load(std::sync::atomic::Ordering::Relaxed))
    };
    let (direct, _) = run(false);
    let (framed, tapped) = run(true);
    assert!(
        tapped >= 6,
        "the tap saw the requests and replies ({tapped})"
    );
    assert_eq!(direct.len(), 4, "two replies and two ACKs");
    assert!(
        direct[0].len() > 8 << 10,
        "a big reply: {} bytes",
        direct[0].len()
    );
    assert_eq!(seq_of(&direct[0]), 1);
    assert!(!is_multi(&direct[0]));
    assert_eq!(
        error_of(&direct[1]).map(|e| e.0),
        Some(0),
        "the ACK follows its reply"
    );
    assert_eq!(map_results(&direct[..1]).len(), 300);
    assert!(map_results(&direct[..1])
        .iter()
        .all(|&(_, st, h)| st == Gntst::OKAY && h.is_some()));
    assert_eq!(direct, framed);
}

/// `m` with an unknown attribute of `pad` bytes appended (ignored by the host: not
/// must-understand), its length patched.
fn padded(mut m: Vec<u8>, pad: usize) -> Vec<u8> {
    m.extend_from_slice(&((pad + 4) as u16).to_le_bytes());
    m.extend_from_slice(&0x7fu16.to_le_bytes());
    m.resize(m.len() + pad, 0);
    let len = m.len() as u32;
    m[..4].copy_from_slice(&len.to_le_bytes());
    m
}

#[test]
fn parked_requests_pin_no_more_host_memory_than_they_need() {
    // A guest parks as many polls as a queue may have in flight, each padded past the
    // size at which the host keeps its own ring copy for a request (2.6 KiB: a request of
    // that size must not pin a 64 KiB buffer).
    // (No time slice: a debug build reads a few messages per slice.)
    let mut vm = Vm::new(Config {
        slice: std::time::Duration::ZERO,
        ..Config::default()
    });
    let mut q = vm.queue(DOM2, 1, QueueKind::Userspace, 1 << 18);
    let p1 = alloc_unbound(&mut vm, DOM1, DOM2);
    let p2 = bind_interdomain(&mut vm, DOM2, DOM1, p1);
    vm.host.hv.clear_pending(DOM2, p2).unwrap();
    let n = Config::default().max_inflight;
    let msgs: Vec<Vec<u8>> = (1..=n as u32)
        .map(|s| padded(poll(s, 0, &[p2]), 2560))
        .collect();
    assert!(msgs[0].len() > 2048, "{} bytes", msgs[0].len());
    send(&mut q, &msgs);
    for _ in 0..5 {
        vm.turn();
    }
    assert!(replies(&mut q).is_empty(), "the polls completed");
    assert_eq!(vm.host.parked(), n);
    let key = hvlink_host::QueueKey {
        domain: DOM2,
        queue: 1,
    };
    assert_eq!(vm.host.inflight(key), n);
    let held = vm.host.inflight_bytes(key);
    // Each holds its request copy (≤ 4× its size) and small result buffers: far below
    // one 64 KiB buffer each.
    assert!(held >= n * msgs[0].len(), "{held} bytes");
    assert!(
        held <= n * 4 * msgs[0].len(),
        "{held} bytes for {n} parked requests of {} bytes",
        msgs[0].len()
    );
    // The event completes all of them, and what they held goes.
    regcall::<SendOp>(&mut vm, DOM1, &PortReq { port: p1 }).unwrap();
    vm.turn();
    assert_eq!(replies(&mut q).len(), n);
    assert_eq!(vm.host.inflight_bytes(key), 0);
}

/// Each batch entry is decoded once: the request's validation keeps the entries it decodes
/// (`rt::Kept`, the family's generated `validate_keep`) and the windows run them from there,
/// whether the batch was validated just before its first window (64 entries) or apart,
/// outside the host lock (1024 entries, as the serving runtime validates a big one). A batch
/// of one (what a register-sized call sends on the ring) is not kept: its first window
/// validates it as it runs, which costs less than keeping one entry. The results are the
/// entries sent, each once and in order, over windows of at most 100 entries (the one entry
/// that cannot map fails where it was sent). A batch with one
/// bad entry is refused whole with the error the first window's own check gives (the same
/// offset and reason), keeps nothing and runs nothing.
#[test]
fn batch_entries_are_decoded_once_kept_from_their_validation() {
    use hvlink_host::server::{Phase, Turn};
    use hvlink_proto::grant_table::{GntmapFlags, MapReq};
    use hvlink_proto::rt::AttrSet;
    for (n, apart, kept) in [(1u32, false, 0u64), (64, false, 64), (1024, true, 1024)] {
        // Windows of at most 100 entries: the big batch runs in eleven or more.
        let (_, entries) = sliced(std::time::Duration::ZERO);
        let mut vm = granted(Vm::new(Config {
            slice: std::time::Duration::from_secs(1),
            max_window: 100,
            ..Config::default()
        }));
        // The entries map dom2's ref 5 (at 1024 addresses): dom2 grants it to dom1.
        vm.host
            .hv
            .grant_access(DOM2, 5, DOM1, 0x905, false)
            .unwrap();
        // One entry near the end maps a ref dom2 did not grant: its result must be the one
        // that fails (a window that ran other entries than its own would move it).
        let mut entries = entries[..n as usize].to_vec();
        let failing = (n as usize).saturating_sub(5);
        entries[failing].r#ref = 6;
        let entries = &entries[..];
        let mut q = vm.queue(DOM1, 1, QueueKind::Kernel, 1 << 18);
        let m0 = vm.host.metrics().snapshot();
        send(&mut q, &[map_msg(1, MapMode::INDEPENDENT, entries)]);
        if apart {
            let keys = vm.host.plan_turn();
            let mut t = Turn::default();
            for &k in &keys {
                vm.host.service_phase(k, Phase::Read, &mut t);
            }
            for &k in &keys {
                if let Some(mut u) = vm.host.take_unchecked(k) {
                    let valid = u.validate();
                    vm.host.put_checked(u, valid);
                }
            }
        }
        let mut out: Vec<Vec<u8>> = Vec::new();
        let mut turns = 0;
        while !out.iter().any(|m| !is_multi(m)) && turns < 10_000 {
            vm.turn();
            turns += 1;
            out.extend(replies(&mut q));
        }
        let m = vm.host.metrics().snapshot();
        assert_eq!(m.checked_apart - m0.checked_apart, u64::from(apart));
        assert_eq!(m.kept_entries - m0.kept_entries, kept, "{n} entries");
        let got = map_results(&out);
        assert_eq!(got.len(), n as usize);
        for (i, (index, status, handle)) in got.into_iter().enumerate() {
            assert_eq!(index, i as u32);
            assert_eq!(status == Gntst::OKAY, i != failing, "entry {i}: {status:?}");
            assert_eq!(handle.is_some(), i != failing);
        }
    }
    // One bad entry (a flag outside the mask) among 300: the whole batch is refused.
    let (mut vm, entries) = sliced(std::time::Duration::ZERO);
    let mut bad: Vec<MapEntry> = entries[..300].to_vec();
    bad[200].flags = GntmapFlags(0x40 | bad[200].flags.0);
    let msg = map_msg(1, MapMode::INDEPENDENT, &bad);
    let want = {
        let (_, attrs) = Message::parse(&msg).unwrap().genl().unwrap();
        MapReq::decode(attrs).unwrap_err()
    };
    let mut q = vm.queue(DOM1, 1, QueueKind::Kernel, 1 << 18);
    let m0 = vm.host.metrics().snapshot();
    let r = roundtrip(&mut vm, &mut q, msg);
    let (status, text, offset) = error_of(&r[0]).unwrap();
    assert_eq!(status, -22, "EINVAL");
    assert_eq!(offset, Some(want.offset()), "the bad entry's flags");
    assert!(text.is_some());
    let m = vm.host.metrics().snapshot();
    assert_eq!(m.kept_entries, m0.kept_entries, "nothing kept");
    assert_eq!(m.entries, m0.entries, "nothing ran");
}

/// A long request (batch, async, dump) the guest may not make is answered with its ERROR
/// even when the reply ring is full as it is read: it waits, as a malformed request does,
/// until the ERROR fits. Before, it was consumed and its ERROR dropped (a review found it):
/// the call never completed and `cancel` said it was unknown.
#[test]
fn a_refused_long_request_is_answered_when_the_reply_ring_is_full() {
    use hvlink_proto::rt::{op_flags, Privilege};
    let mut vm = granted(Vm::new(Config::default()));
    // The smallest reply ring a queue may have.
    let mut q = vm.queue_of(DOM2, 1, QueueKind::Kernel, 1 << 14, 2048);
    // Batches of one entry whose results fill the reply ring unread: 42 replies of 48 bytes
    // leave 32 of its 2,048, too few for an ERROR.
    let msgs: Vec<Vec<u8>> = (0..42u32)
        .map(|i| map_msg(1 + i, MapMode::INDEPENDENT, &mappable(1)))
        .collect();
    // Then a long control op, which a guest may not make (no attributes needed: refused
    // before they are looked at).
    let op = hvlink_proto::FAMILIES
        .iter()
        .flat_map(|f| f.ops.iter())
        .find(|op| {
            op.privilege == Privilege::Control
                && op.flags & (op_flags::ASYNC | op_flags::BATCH | op_flags::DUMP) != 0
        })
        .expect("a long control op");
    let family = genl::Repr {
        cmd: op.id,
        version: op.family_version,
    };
    let refused = message(op.msg_type, Flags::REQUEST, 100, family, |_| Ok(()));
    send(&mut q, &msgs);
    // (A few are served per turn: the ring is full well before these end.)
    for _ in 0..60 {
        vm.turn();
    }
    send(&mut q, &[refused]);
    for _ in 0..4 {
        vm.turn();
    }
    // The guest reads, the host goes on: every request answered, the refusal included.
    let mut got = Vec::new();
    for _ in 0..50 {
        got.extend(replies(&mut q));
        vm.turn();
    }
    got.extend(replies(&mut q));
    let refusal: Vec<_> = got.iter().filter(|m| seq_of(m) == 100).collect();
    assert_eq!(refusal.len(), 1, "the refusal of {}.{}", op.family, op.name);
    assert_eq!(error_of(refusal[0]).map(|e| e.0), Some(-1), "EPERM");
    let answered: BTreeSet<u32> = got.iter().map(|m| seq_of(m)).collect();
    assert_eq!(answered, (1..=42).chain([100]).collect::<BTreeSet<u32>>());
}

/// Every reply `Host::call` gives passes the capture tap, the ERRORs of a request it cannot
/// parse and of one the caller may not make included (they were written past it).
#[test]
fn host_call_errors_pass_the_capture_tap() {
    use hvlink_proto::rt::{op_flags, Privilege};
    let mut vm = Vm::new(Config::default());
    let tapped = std::sync::Arc::new(std::sync::Mutex::new(Vec::<Vec<u8>>::new()));
    let tap = tapped.clone();
    vm.host.set_capture(Some(Box::new(move |dir, _, msg| {
        if dir == hvlink_host::server::Direction::Reply {
            tap.lock().unwrap().push(msg.to_vec());
        }
    })));
    let unknown = message(
        0x7ff0,
        Flags::REQUEST,
        1,
        genl::Repr { cmd: 1, version: 1 },
        |_| Ok(()),
    );
    let op = hvlink_proto::FAMILIES
        .iter()
        .flat_map(|f| f.ops.iter())
        .find(|op| op.privilege == Privilege::Control && op.flags & op_flags::DUMP != 0)
        .expect("a control dump op");
    let refused = message(
        op.msg_type,
        Flags::REQUEST,
        2,
        genl::Repr {
            cmd: op.id,
            version: op.family_version,
        },
        |_| Ok(()),
    );
    for (req, seq) in [(unknown, 1), (refused, 2)] {
        let mut out = Vec::new();
        vm.host.call(DOM2, QueueKind::Kernel, &req, &mut out);
        assert!(
            error_of(&out).is_some_and(|e| e.0 < 0),
            "seq {seq}: an ERROR"
        );
        assert_eq!(tapped.lock().unwrap().pop(), Some(out), "seq {seq}: tapped");
    }
}

/// A request that must wait for reply room (its guest reads no replies) is copied out of its
/// ring once, not again every turn until the room is there; then it is read and answered.
#[test]
fn a_request_waiting_for_reply_room_is_copied_once() {
    // (Entry budgets only: turns are counted, which a time slice would make vary.)
    let mut vm = granted(Vm::new(Config {
        slice: std::time::Duration::ZERO,
        ..Config::default()
    }));
    let mut q = vm.queue_of(DOM2, 1, QueueKind::Kernel, 1 << 14, 2048);
    // 42 one-entry batches whose results fill the reply ring unread (32 bytes left), then
    // an immediate op whose reply needs more.
    let msgs: Vec<Vec<u8>> = (0..42u32)
        .map(|i| map_msg(1 + i, MapMode::INDEPENDENT, &mappable(1)))
        .collect();
    send(&mut q, &msgs);
    for _ in 0..60 {
        vm.turn();
    }
    let before = vm.host.metrics().snapshot().held_for_room;
    send(
        &mut q,
        &[request::<ver::Version>(100, &hvlink_proto::rt::Empty)],
    );
    for _ in 0..100 {
        vm.turn();
    }
    let held = vm.host.metrics().snapshot().held_for_room - before;
    assert_eq!(held, 1, "copied out and left {held} times in 100 turns");
    let mut got = Vec::new();
    for _ in 0..50 {
        got.extend(replies(&mut q));
        vm.turn();
    }
    got.extend(replies(&mut q));
    let answered: BTreeSet<u32> = got.iter().map(|m| seq_of(m)).collect();
    assert_eq!(answered, (1..=42).chain([100]).collect::<BTreeSet<u32>>());
}

/// A guest at its in-flight limit (polls that never end) that breaks its request ring's
/// producer index: the queue faults (its status says so) and is work no more. Before, the
/// fault was the ring consumer's only, found by every idle look and never recorded (the
/// turn stops reading at the limit before it looks): the serving loop never parked.
#[test]
fn a_ring_fault_at_the_in_flight_limit_stops_the_queue() {
    use hvlink_codec::ring::SharedMem;
    let mut vm = Vm::new(Config::default());
    let q = vm.queue(DOM2, 1, QueueKind::Kernel, 1 << 14);
    let mut q = q;
    let port = alloc_unbound(&mut vm, DOM2, DOM1);
    let limit = Config::default().max_inflight as u32;
    let polls: Vec<Vec<u8>> = (0..limit).map(|i| poll(1 + i, 0, &[port])).collect();
    send(&mut q, &polls);
    // (As many turns as the time slice asks on a loaded machine.)
    let mut settle = 0;
    while vm.host.has_work() {
        vm.turn();
        settle += 1;
        assert!(settle < 10_000, "{limit} polls parked: nothing to do");
    }
    let key = hvlink_host::server::QueueKey {
        domain: DOM2,
        queue: 1,
    };
    assert_eq!(
        vm.host.inflight(key),
        limit as usize,
        "{limit} polls parked"
    );
    // A misaligned producer index, then something more to read.
    let layout = *q.layout();
    let region = hvlink_host::ring::GuestRegion::new(
        vm.mem[&DOM2].clone(),
        vm_memory::GuestAddress(8 << 20),
        4096 + 2 * (1 << 14),
    )
    .unwrap();
    let prod = region.load_u32(layout.req.prod, std::sync::atomic::Ordering::Acquire);
    region.store_u32(
        layout.req.prod,
        prod.wrapping_add(6),
        std::sync::atomic::Ordering::Release,
    );
    let mut turns = 0;
    while vm.host.has_work() {
        vm.turn();
        turns += 1;
        assert!(
            turns < 5,
            "the faulted queue is still work after {turns} turns"
        );
    }
    assert!(
        vm.host.queue_fault(key).is_some(),
        "the fault is the queue's"
    );
    assert!(!vm.host.prepare_park(), "the loop may park");
    vm.host.cancel_park();
    assert_ne!(q.host_status().0, 0, "the guest sees the fault");
}

/// A reply with one attribute longer than the queue's largest reply message (1 KiB of
/// console on a queue whose reply ring is 2 KiB) cannot be split: the request is answered
/// with an ERROR (ENOBUFS) instead. Before, the reply never fitted and the request was never
/// answered, its queue retried for ever.
#[test]
fn a_reply_too_long_for_its_queue_is_an_error() {
    use hvlink_proto::sysctl::{ConsoleReq, Readconsole};
    let mut vm = Vm::new(Config::default());
    for i in 0..64 {
        vm.host.hv.console_log(&format!(
            "line {i:02} of a console that outgrows a small ring"
        ));
    }
    let mut q = vm.queue_of(DOM0, 1, QueueKind::Userspace, 1 << 14, 2048);
    let req = ConsoleReq {
        clear: false,
        index: 0,
        max_bytes: 2048,
    };
    send(&mut q, &[request::<Readconsole>(9, &req)]);
    let mut got = Vec::new();
    for _ in 0..20 {
        vm.turn();
        got.extend(replies(&mut q));
    }
    let answers: Vec<_> = got.iter().filter(|m| seq_of(m) == 9).collect();
    assert_eq!(answers.len(), 1, "answered once: {got:?}");
    assert_eq!(error_of(answers[0]).map(|e| e.0), Some(-105), "ENOBUFS");
    // The queue goes on: a read that fits is answered.
    let small = ConsoleReq {
        max_bytes: 256,
        ..req
    };
    let r = vm.call::<Readconsole>(&mut q, 10, &small);
    assert!(error_of(&r[0]).is_none(), "{:?}", error_of(&r[0]));
    assert!(reply::<Readconsole>(&r[0])
        .data
        .is_some_and(|d| d.len() == 256));
}

/// A big batch cancelled before it ran is still validated apart (outside the host lock), not
/// in its first window under the lock; every entry is then reported cancelled. Before, a
/// cancelled batch was left to its first window, which validated all of it under the host
/// lock with no point to stop at (about a slice, found by a review helper).
#[test]
fn a_big_batch_cancelled_before_it_ran_is_validated_apart() {
    use hvlink_host::server::{Phase, Turn};
    let (mut vm, entries) = sliced(std::time::Duration::ZERO);
    let mut big = vm.queue(DOM1, 1, QueueKind::Kernel, 1 << 18);
    send(&mut big, &[map_msg(7, MapMode::INDEPENDENT, &entries)]);
    let m0 = vm.host.metrics().snapshot();
    let keys = vm.host.plan_turn();
    let mut t = Turn::default();
    for &k in &keys {
        vm.host.service_phase(k, Phase::Read, &mut t);
    }
    let cancelled = regcall::<Cancel>(
        &mut vm,
        DOM1,
        &CancelReq {
            seq: 7,
            queue_id: Some(1),
        },
    )
    .unwrap()
    .result;
    assert_eq!(cancelled, CancelResult::CANCELLED);
    let mut apart = 0;
    for &k in &keys {
        if let Some(mut u) = vm.host.take_unchecked(k) {
            let valid = u.validate();
            assert!(valid.is_ok());
            vm.host.put_checked(u, valid);
            apart += 1;
        }
    }
    assert_eq!(apart, 1, "validated apart");
    assert_eq!(
        vm.host.metrics().snapshot().checked_apart - m0.checked_apart,
        1
    );
    for &k in &keys {
        vm.host.service_phase(k, Phase::Advance, &mut t);
    }
    let mut out = replies(&mut big);
    for _ in 0..100 {
        if map_results(&out).len() == entries.len() {
            break;
        }
        vm.turn();
        out.extend(replies(&mut big));
    }
    let results = map_results(&out);
    assert_eq!(results.len(), entries.len());
    assert!(results.iter().all(|(_, s, _)| *s == Gntst::CANCELLED));
}
