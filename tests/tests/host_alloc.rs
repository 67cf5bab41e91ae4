//! A host turn that serves small ops allocates nothing in the steady state: `version.get`,
//! and a grant map and the unmap of its handle, in the single form and as a batch of one
//! entry (what the KVM guest's "ring batch 1" sends), and a batch of 64, each through whole
//! turns. A counting global allocator (the codec's test support) counts the allocations made
//! inside `Host::turn` on this thread (the test's own encoding and decoding around it
//! allocate at will). Stop 26 found a window's
//! result reservation sized for a whole message making every single grant op allocate (and
//! its buffers too big to keep) before it landed; this holds the engine to none.

use std::sync::atomic::Ordering;

use hvlink_codec::ring::QueueKind;
use hvlink_codec::Message;
use hvlink_host::server::Config;
use hvlink_proto::grant_table::{MapGrantRef, MapMode, MapReplyForm, UnmapGrantRef};
use hvlink_proto::rt::{AttrSet, Empty, Op};
use hvlink_refhv::fixtures::{DOM1, DOM2};
use hvlink_tests::grants::{
    grant_refs, host_map, map_batch, single_map, single_unmap, unmap_batch, unmap_of,
};
use hvlink_tests::msg::request;
use hvlink_tests::vm::{send, Queue, Vm};

#[path = "../../codec/tests/support/counting.rs"]
mod counting;

use counting::{Counting, ALLOCS, WATCHED};

#[global_allocator]
static GLOBAL: Counting = Counting;

/// The count is global: one test at a time.
static ONE_AT_A_TIME: std::sync::Mutex<()> = std::sync::Mutex::new(());

/// One turn, its allocations counted.
fn turn(vm: &mut Vm) {
    WATCHED.with(|w| w.set(true));
    vm.turn();
    WATCHED.with(|w| w.set(false));
}

/// The one reply on `q`, released.
fn reply(q: &mut Queue, buf: &mut [u8]) -> usize {
    let n = q.recv(buf).unwrap().expect("a reply");
    q.release();
    n
}

/// `version.get`, then a map of dom 1's ref 0 and the unmap of its handle, `batch` or the
/// single form, each through a turn.
fn round(vm: &mut Vm, q: &mut Queue, buf: &mut [u8], batch: bool) {
    send(q, &[request::<hvlink_proto::version::Version>(1, &Empty)]);
    turn(vm);
    reply(q, buf);
    let e = host_map(DOM1, 0, 0x30_0000);
    let map = if batch {
        request::<MapGrantRef>(
            2,
            &map_batch(MapMode::INDEPENDENT, std::slice::from_ref(&e)),
        )
    } else {
        request::<MapGrantRef>(2, &single_map(&e))
    };
    send(q, &[map]);
    turn(vm);
    let n = reply(q, buf);
    let m = Message::parse(&buf[..n]).unwrap();
    let rep = <MapGrantRef as Op>::Reply::decode(m.genl().unwrap().1).unwrap();
    let handle = match rep.form {
        MapReplyForm::Single { handle, .. } => handle.unwrap(),
        MapReplyForm::Batch { entry } => entry.iter().next().unwrap().handle.unwrap(),
    };
    let unmap = if batch {
        request::<UnmapGrantRef>(3, &unmap_batch(&[unmap_of(&e, handle)]))
    } else {
        request::<UnmapGrantRef>(3, &single_unmap(handle, e.host_addr))
    };
    send(q, &[unmap]);
    turn(vm);
    reply(q, buf);
}

/// Turns (counted) until `q` has a reply; the reply's length, released. A batch over 2 KiB
/// may take more than one turn (checked apart, then run).
fn turns_for_reply(vm: &mut Vm, q: &mut Queue, buf: &mut [u8]) -> usize {
    for _ in 0..16 {
        turn(vm);
        if let Some(n) = q.recv(buf).unwrap() {
            q.release();
            return n;
        }
    }
    panic!("no reply after 16 turns")
}

/// A 64-entry map batch of dom 1's refs 0..64 and the unmap batch of its handles, each
/// through a turn.
fn batch_of_64(vm: &mut Vm, q: &mut Queue, buf: &mut [u8]) {
    let es: Vec<_> = (0..64u32)
        .map(|i| host_map(DOM1, i, 0x40_0000 + u64::from(i) * 4096))
        .collect();
    send(
        q,
        &[request::<MapGrantRef>(
            4,
            &map_batch(MapMode::INDEPENDENT, &es),
        )],
    );
    let n = turns_for_reply(vm, q, buf);
    let m = Message::parse(&buf[..n]).unwrap();
    let rep = <MapGrantRef as Op>::Reply::decode(m.genl().unwrap().1).unwrap();
    let MapReplyForm::Batch { entry } = rep.form else {
        panic!("a single reply to a batch")
    };
    let un: Vec<_> = entry
        .iter()
        .zip(&es)
        .map(|(r, e)| unmap_of(e, r.handle.unwrap()))
        .collect();
    assert_eq!(un.len(), 64);
    send(q, &[request::<UnmapGrantRef>(5, &unmap_batch(&un))]);
    turns_for_reply(vm, q, buf);
}

/// Every reply message to one request, through turns until its final one.
fn all_replies(vm: &mut Vm, q: &mut Queue, buf: &mut [u8]) -> Vec<Vec<u8>> {
    let mut out = Vec::new();
    for _ in 0..1000 {
        turn(vm);
        while let Some(n) = q.recv(buf).unwrap() {
            out.push(buf[..n].to_vec());
            if !hvlink_tests::msg::is_multi(&buf[..n]) {
                q.release();
                return out;
            }
        }
        q.release();
    }
    panic!("no final reply after 1,000 turns")
}

/// A 1024-entry map batch (24 KiB of entries once decoded and kept) and the unmap batch of
/// its handles.
fn big_batch(vm: &mut Vm, q: &mut Queue, buf: &mut [u8]) {
    let es: Vec<_> = (0..1024u32)
        .map(|i| host_map(DOM1, i % 64, 0x80_0000 + u64::from(i) * 4096))
        .collect();
    send(
        q,
        &[request::<MapGrantRef>(
            6,
            &map_batch(MapMode::INDEPENDENT, &es),
        )],
    );
    let mut un = Vec::new();
    for m in all_replies(vm, q, buf) {
        let msg = Message::parse(&m).unwrap();
        let rep = <MapGrantRef as Op>::Reply::decode(msg.genl().unwrap().1).unwrap();
        let MapReplyForm::Batch { entry } = rep.form else {
            panic!("a single reply to a batch")
        };
        un.extend(
            entry
                .iter()
                .map(|r| unmap_of(&es[r.index as usize], r.handle.unwrap())),
        );
    }
    assert_eq!(un.len(), 1024);
    send(q, &[request::<UnmapGrantRef>(7, &unmap_batch(&un))]);
    all_replies(vm, q, buf);
}

#[test]
fn small_ops_through_a_turn_allocate_nothing() {
    let _one = ONE_AT_A_TIME.lock().unwrap_or_else(|p| p.into_inner());
    let mut vm = Vm::new(Config::default());
    grant_refs(&mut vm.host.hv, DOM1, DOM2, 0..64);
    let mut q = vm.queue(DOM2, 1, QueueKind::Kernel, 1 << 16);
    let mut buf = vec![0u8; 1 << 16];
    // A big batch first (on a queue of its own): the stores of its kept entries, too big for
    // a small request's buffers to keep, must not end up with the small ones.
    let mut big = vm.queue(DOM2, 2, QueueKind::Kernel, 1 << 18);
    big_batch(&mut vm, &mut big, &mut buf);
    // Warm-up: the engine's tables and kept buffers reach their steady size.
    for _ in 0..50 {
        round(&mut vm, &mut q, &mut buf, false);
        round(&mut vm, &mut q, &mut buf, true);
        batch_of_64(&mut vm, &mut q, &mut buf);
    }
    ALLOCS.store(0, Ordering::Relaxed);
    for _ in 0..500 {
        round(&mut vm, &mut q, &mut buf, false);
        round(&mut vm, &mut q, &mut buf, true);
        batch_of_64(&mut vm, &mut q, &mut buf);
    }
    assert_eq!(
        ALLOCS.load(Ordering::Relaxed),
        0,
        "allocations in 3,000 small ops and 1,000 batches of 64 through host turns"
    );
}

/// Big batches reuse what the last one left: the serving thread's ring copy, the kept
/// entries and the reply buffers (results, framed messages). Stop 31 found each 1,024-entry
/// batch growing its reply buffers from nothing, a dozen doublings each copying what was
/// written so far, and the queue's list of completed seqs growing by doubling to its bound.
#[test]
fn big_batches_through_turns_allocate_nothing_once_warm() {
    let _one = ONE_AT_A_TIME.lock().unwrap_or_else(|p| p.into_inner());
    let mut vm = Vm::new(Config::default());
    grant_refs(&mut vm.host.hv, DOM1, DOM2, 0..64);
    let mut big = vm.queue(DOM2, 2, QueueKind::Kernel, 1 << 18);
    let mut buf = vec![0u8; 1 << 16];
    for _ in 0..3 {
        big_batch(&mut vm, &mut big, &mut buf);
    }
    ALLOCS.store(0, Ordering::Relaxed);
    // (The queue's list of completed seqs, reserved at its bound of 256 at once, fills and
    // then drops its oldest seq for each new one: 306 requests in all.)
    for _ in 0..150 {
        big_batch(&mut vm, &mut big, &mut buf);
    }
    assert_eq!(
        ALLOCS.load(Ordering::Relaxed),
        0,
        "allocations in 150 rounds of a 1,024-entry map batch and its unmap through host turns"
    );
}
