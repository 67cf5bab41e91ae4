//! The bare-metal hvlink guest: runs in 64-bit ring 3 under hvlink-host's KVM VMM
//! (`hvlink_kvm`), with no allocator and no C library.
//!
//! It uses the guest crate's `no_std` core for real: sets up its queue in its own memory with
//! a `control.queue_setup` register call, batches grant map/unmap on the ring (built in place
//! with the generated types, kicked through a port bound to an ioeventfd), makes single calls
//! through the FastABI port trap, sends event-channel notifications, and checks every status.
//! What it did goes to the VMM through the console and report ports ([`abi`]); the host checks
//! its own state against the reports at each checkpoint. Then it measures map+unmap through
//! both paths. Exit code 0 means every check passed.
#![no_std]
#![no_main]
// Raw memory and raw instructions only, each allowed where it is (with its SAFETY).
#![deny(unsafe_code)]

#[path = "../../../host/kvm/src/abi.rs"]
mod abi;
#[macro_use]
#[allow(unsafe_code)] // the runtime: entry, memcpy and friends, the ports
mod rt;

use core::ptr::NonNull;

use hvlink_codec::ring::{QueueKind, SharedMem};
use hvlink_codec::{Builder, Flags, Message, MessageType, SliceSink};
use hvlink_guest::ring::raw::{PortDoorbell, RawMem};
use hvlink_guest::ring::GuestQueue;
use hvlink_guest::trap;
use hvlink_proto::control::{self, QueueSetup, QueueSetupReq};
use hvlink_proto::event_channel::{
    AllocUnbound, AllocUnboundReq, BindInterdomain, BindInterdomainReq, PortReq, SendOp,
};
use hvlink_proto::grant_table::{
    BatchMode, GntmapFlags, Gntst, MapEntry, MapGrantRef, MapMode, MapReply, MapReplyForm, MapReq,
    MapReqForm, UnmapEntry, UnmapGrantRef, UnmapReply, UnmapReplyForm, UnmapReq, UnmapReqForm,
};
use hvlink_proto::rt::{AttrSet, Empty, FastAbi, List, Op, Regs, FASTABI_BIT};
use hvlink_proto::{version, Errno};

/// Grant entries mapped and unmapped, untimed, before each ring measurement.
const WARM_ENTRIES: usize = 16384;

/// Largest batch (the grant ops take up to 1024 entries; the reply must fit one message).
const MAX_BATCH: usize = 512;
/// Batches of at most this many entries are built in a small array.
const SMALL_BATCH: usize = 8;
/// Grants mapped and checked by the host in the functional part.
const FUNCTIONAL: usize = 64;
const DOMID_SELF: u16 = 0x7ff0;
const QUEUE_ID: u16 = 1;

#[allow(unsafe_code)] // the boot page: raw guest memory
fn boot(word: usize) -> u64 {
    // SAFETY: the VMM wrote the boot page before starting the vCPU; it is identity-mapped,
    // aligned, and nothing writes it while we run.
    unsafe { ((abi::BOOT_GPA as usize + 8 * word) as *const u64).read_volatile() }
}

#[allow(unsafe_code)] // a raw instruction
fn rdtsc() -> u64 {
    // SAFETY: rdtsc reads the time-stamp counter (allowed at CPL 3: CR4.TSD is clear).
    unsafe { core::arch::x86_64::_rdtsc() }
}

/// What failed, for the exit code and the console.
#[derive(Debug, Clone, Copy)]
struct Fail(&'static str, i64);

type R<T> = Result<T, Fail>;

fn check(ok: bool, what: &'static str, v: i64) -> R<()> {
    if ok {
        Ok(())
    } else {
        Err(Fail(what, v))
    }
}

/// A raw register call through the port trap.
#[allow(unsafe_code)] // the port trap: a raw instruction
fn raw_call(r: &mut Regs) {
    // SAFETY: the VMM's FastABI trap port, which the TSS I/O bitmap lets ring 3 use.
    unsafe { trap::port_call(abi::PORT_FASTABI, r) };
}

/// A typed register call: the reply, or the host's errno.
fn call<O: FastAbi>(req: &O::Request<'_>) -> Result<O::Reply<'static>, Errno> {
    let mut r = O::to_regs(req)?;
    raw_call(&mut r);
    r.status()?;
    O::reply_from_regs(&r)
}

fn errno(e: Errno) -> i64 {
    -i64::from(e.0)
}

/// The guest's queue and its doorbell.
struct Queue {
    q: GuestQueue<RawMem>,
    mem: RawMem,
    bell: PortDoorbell,
    seq: u32,
    id: u16,
}

impl Queue {
    /// Lay the queue out at `gpa` and tell the host with `control.queue_setup` by register.
    #[allow(unsafe_code)] // the queue's shared memory and its doorbell port
    fn setup(id: u16, gpa: u64, ring: u32) -> R<Queue> {
        let base = NonNull::new(gpa as *mut u8).ok_or(Fail("queue address", 0))?;
        // SAFETY: `[gpa, gpa + QUEUE_SPAN)` is our memory (identity-mapped, reserved for
        // queues by the layout), shared only with the host, and no Rust reference to it exists.
        let mem = unsafe { RawMem::new(base, abi::QUEUE_SPAN as usize) };
        let q = GuestQueue::create(mem.clone(), id, QueueKind::Kernel, ring, ring)
            .map_err(|_| Fail("queue layout", 0))?;
        let rep = call::<QueueSetup>(&QueueSetupReq {
            base_gpa: gpa,
            pages: q.pages() as u32,
            queue_id: id,
            kind: control::QueueKind(0),
            features: control::QueueFeatures::EVENT_SUPPRESSION,
            notify_port: 0,
        })
        .map_err(|e| Fail("queue_setup", errno(e)))?;
        println!(
            "queue {id}: {} pages at {gpa:#x}, rings {ring} B, features {:#x}, doorbell {:#x}",
            q.pages(),
            rep.features.0,
            rep.doorbell
        );
        rt::report(abi::REP_QUEUE, u64::from(id), gpa, q.pages() as u64, 0);
        Ok(Queue {
            q,
            mem,
            // SAFETY: the VMM's doorbell port (bound to an ioeventfd); IOPL 3.
            bell: unsafe { PortDoorbell::new(abi::PORT_DOORBELL, u32::from(id)) },
            seq: 0,
            id,
        })
    }

    /// Queue one request built by `build` (at most `max_len` bytes, in place in the ring)
    /// and publish it (ringing the doorbell only if the host asked); its seq.
    fn send(
        &mut self,
        max_len: usize,
        build: impl FnOnce(&mut Builder<SliceSink<'_>>, u32) -> hvlink_codec::Result<usize>,
    ) -> R<u32> {
        self.seq = self.seq.wrapping_add(1);
        let seq = self.seq;
        let sent = self
            .q
            .build_in_place(max_len, |b| build(b, seq).map(|_| ()))
            .map_err(|_| Fail("build request", 0))?;
        check(sent.is_some(), "request ring full", 0)?;
        self.q.submit(&self.bell);
        Ok(seq)
    }

    /// Wait for the replies to `seq` (parts included; replies come in request order) and
    /// hand each to `each`.
    fn wait(&mut self, buf: &mut [u8], seq: u32, mut each: impl FnMut(&[u8]) -> R<()>) -> R<()> {
        let deadline = rdtsc() + (30u64 << 30);
        let mut spins = 0u32;
        loop {
            match self.q.recv(buf) {
                Ok(Some(n)) => {
                    let m = Message::parse(&buf[..n]).map_err(|_| Fail("reply framing", 0))?;
                    let h = m.header();
                    check(h.seq == seq, "reply seq", i64::from(h.seq))?;
                    let last = !h.flags.contains(Flags::MULTI);
                    each(&buf[..n])?;
                    if last {
                        self.q.release();
                        return Ok(());
                    }
                }
                Ok(None) => {
                    // The host's status and the clock now and then, not on every look: under
                    // a VMM that traps RDTSC each look would cost an exit.
                    spins = spins.wrapping_add(1);
                    if spins % 1024 == 0 {
                        let (status, _) = self.q.host_status();
                        check(status == 0, "host failed the queue", i64::from(status))?;
                        check(rdtsc() < deadline, "no reply from the host", 0)?;
                    }
                    core::hint::spin_loop();
                }
                Err(_) => return Err(Fail("reply ring fault", 0)),
            }
        }
    }

    /// Send one request and wait for its replies.
    fn exchange(
        &mut self,
        buf: &mut [u8],
        max_len: usize,
        build: impl FnOnce(&mut Builder<SliceSink<'_>>, u32) -> hvlink_codec::Result<usize>,
        each: impl FnMut(&[u8]) -> R<()>,
    ) -> R<()> {
        let seq = self.send(max_len, build)?;
        self.wait(buf, seq, each)
    }
}

/// The ERROR status of a reply message, if it is one.
fn error_status(m: &[u8]) -> Option<i32> {
    let msg = Message::parse(m).ok()?;
    if msg.message_type() != MessageType::ERROR {
        return None;
    }
    Some(msg.error().map(|e| e.status).unwrap_or(i32::MIN))
}

fn attrs_of(m: &[u8]) -> R<hvlink_codec::Attrs<'_>> {
    if let Some(s) = error_status(m) {
        return Err(Fail("ERROR reply", i64::from(s)));
    }
    let msg = Message::parse(m).map_err(|_| Fail("reply framing", 0))?;
    Ok(msg.genl().map_err(|_| Fail("reply family header", 0))?.1)
}

fn map_entry(owner: u16, r: u32, slot: u64) -> MapEntry {
    MapEntry {
        dom: owner,
        r#ref: r,
        flags: GntmapFlags::HOST_MAP,
        host_addr: abi::MAP_GPA + slot * 4096,
    }
}

/// Send a batch mapping refs `first..first + n` at host slots `slot..slot + n`; its seq.
fn send_map(q: &mut Queue, owner: u16, first: u32, n: usize, slot: usize) -> R<u32> {
    // The entries are built on the stack: a small batch in a small array (filling a
    // MAX_BATCH-entry array for one entry cost more than the ring round trip).
    if n <= SMALL_BATCH {
        send_map_in::<SMALL_BATCH>(q, owner, first, n, slot)
    } else {
        send_map_in::<MAX_BATCH>(q, owner, first, n, slot)
    }
}

fn send_map_in<const N: usize>(
    q: &mut Queue,
    owner: u16,
    first: u32,
    n: usize,
    slot: usize,
) -> R<u32> {
    let mut entries = [map_entry(0, 0, 0); N];
    for (i, e) in entries[..n].iter_mut().enumerate() {
        *e = map_entry(owner, first + i as u32, (slot + i) as u64);
    }
    let req = MapReq {
        form: MapReqForm::Batch {
            mode: MapMode::INDEPENDENT,
            entry: List::new(&entries[..n]),
        },
    };
    q.send(128 + 48 * n, |b, seq| {
        MapGrantRef::write_request(b, seq, 0, &req)
    })
}

/// Wait for the map batch `seq`; every entry must succeed; the handles go to `handles`.
fn wait_map(q: &mut Queue, buf: &mut [u8], seq: u32, handles: &mut [u32]) -> R<()> {
    let n = handles.len();
    let mut seen = 0usize;
    // The indexes answered (a batch has at most 1024 entries): the host is untrusted, and an
    // index it repeats must not count twice, leaving another entry's handle unwritten.
    let mut got = [0u32; 32];
    q.wait(buf, seq, |m| {
        let rep = MapReply::decode(attrs_of(m)?).map_err(|_| Fail("map reply", 0))?;
        let MapReplyForm::Batch { entry } = rep.form else {
            return Err(Fail("single reply to a batch", 0));
        };
        for e in entry.iter() {
            let i = e.index as usize;
            check(i < n && i < 1024, "map reply index", i as i64)?;
            check(
                got[i / 32] & (1 << (i % 32)) == 0,
                "map reply index repeated",
                i as i64,
            )?;
            got[i / 32] |= 1 << (i % 32);
            check(
                e.status == Gntst::OKAY,
                "map entry status",
                i64::from(e.status.0),
            )?;
            handles[i] = e.handle.ok_or(Fail("map entry without handle", i as i64))?;
            seen += 1;
        }
        Ok(())
    })?;
    check(seen == n, "map reply entries", seen as i64)
}

/// Map refs `first..first + n` in one batch and wait for it.
fn map_batch(q: &mut Queue, buf: &mut [u8], owner: u16, first: u32, handles: &mut [u32]) -> R<()> {
    let seq = send_map(q, owner, first, handles.len(), 0)?;
    wait_map(q, buf, seq, handles)
}

/// Send a batch unmapping `handles` (mapped at host slots `slot..`); its seq.
fn send_unmap(q: &mut Queue, handles: &[u32], slot: usize) -> R<u32> {
    if handles.len() <= SMALL_BATCH {
        send_unmap_in::<SMALL_BATCH>(q, handles, slot)
    } else {
        send_unmap_in::<MAX_BATCH>(q, handles, slot)
    }
}

fn send_unmap_in<const N: usize>(q: &mut Queue, handles: &[u32], slot: usize) -> R<u32> {
    let n = handles.len();
    let mut entries = [UnmapEntry {
        host_addr: 0,
        dev_bus_addr: 0,
        handle: 0,
    }; N];
    for (i, e) in entries[..n].iter_mut().enumerate() {
        e.host_addr = abi::MAP_GPA + (slot + i) as u64 * 4096;
        e.handle = handles[i];
    }
    let req = UnmapReq {
        form: UnmapReqForm::Batch {
            mode: BatchMode::INDEPENDENT,
            entry: List::new(&entries[..n]),
        },
    };
    q.send(128 + 40 * n, |b, seq| {
        UnmapGrantRef::write_request(b, seq, 0, &req)
    })
}

/// Wait for the unmap batch `seq` of `n` entries; every entry must succeed.
fn wait_unmap(q: &mut Queue, buf: &mut [u8], seq: u32, n: usize) -> R<()> {
    let mut seen = 0usize;
    q.wait(buf, seq, |m| {
        let rep = UnmapReply::decode(attrs_of(m)?).map_err(|_| Fail("unmap reply", 0))?;
        let UnmapReplyForm::Batch { entry } = rep.form else {
            return Err(Fail("single reply to a batch", 0));
        };
        for e in entry.iter() {
            check(
                e.status == Gntst::OKAY,
                "unmap entry status",
                i64::from(e.status.0),
            )?;
            seen += 1;
        }
        Ok(())
    })?;
    check(seen == n, "unmap reply entries", seen as i64)
}

/// Unmap `handles` (made by [`map_batch`]) in one batch and wait for it.
fn unmap_batch(q: &mut Queue, buf: &mut [u8], handles: &[u32]) -> R<()> {
    let seq = send_unmap(q, handles, 0)?;
    wait_unmap(q, buf, seq, handles.len())
}

/// Map+unmap `rounds` × 2 sets of `batch` refs with two requests always in flight: while the
/// guest reads one reply the host already works on the next request (the ring is
/// asynchronous; the register path cannot do this).
fn pipelined(q: &mut Queue, buf: &mut [u8], b: &Boot, batch: usize, rounds: usize) -> R<()> {
    let mut handles = [[0u32; MAX_BATCH / 2]; 2];
    let first = |s: usize| b.first_ref + (s * batch) as u32;
    let mut maps = [0u32; 2];
    for (s, m) in maps.iter_mut().enumerate() {
        *m = send_map(q, b.owner, first(s), batch, s * batch)?;
    }
    for round in 0..rounds {
        let mut unmaps = [0u32; 2];
        for s in 0..2 {
            wait_map(q, buf, maps[s], &mut handles[s][..batch])?;
            unmaps[s] = send_unmap(q, &handles[s][..batch], s * batch)?;
        }
        for s in 0..2 {
            wait_unmap(q, buf, unmaps[s], batch)?;
            if round + 1 < rounds {
                maps[s] = send_map(q, b.owner, first(s), batch, s * batch)?;
            }
        }
    }
    Ok(())
}

/// Map one grant by register call; its handle.
fn map_one(owner: u16, r: u32) -> R<u32> {
    let rep = call::<MapGrantRef>(&MapReq {
        form: MapReqForm::Single {
            dom: owner,
            r#ref: r,
            flags: GntmapFlags::HOST_MAP,
            host_addr: abi::MAP_GPA,
        },
    })
    .map_err(|e| Fail("map by register", errno(e)))?;
    match rep.form {
        MapReplyForm::Single { status, handle, .. } => {
            check(
                status == Gntst::OKAY,
                "map by register",
                i64::from(status.0),
            )?;
            handle.ok_or(Fail("map by register: no handle", 0))
        }
        MapReplyForm::Batch { .. } => Err(Fail("batch reply to a register call", 0)),
    }
}

/// Unmap one mapping by register call.
fn unmap_one(handle: u32) -> R<()> {
    let rep = call::<UnmapGrantRef>(&UnmapReq {
        form: UnmapReqForm::Single {
            host_addr: abi::MAP_GPA,
            dev_bus_addr: 0,
            handle,
        },
    })
    .map_err(|e| Fail("unmap by register", errno(e)))?;
    match rep.form {
        UnmapReplyForm::Single { status } => check(
            status == Gntst::OKAY,
            "unmap by register",
            i64::from(status.0),
        ),
        UnmapReplyForm::Batch { .. } => Err(Fail("batch reply to a register call", 0)),
    }
}

struct Boot {
    domain: u16,
    owner: u16,
    first_ref: u32,
    refs: u32,
    remote_port: u32,
    ops: u32,
    ring: u32,
    batches: u64,
}

fn demo(b: &Boot, buf: &mut [u8]) -> R<()> {
    // A single call through the register path.
    let v = call::<version::Version>(&Empty).map_err(|e| Fail("version", errno(e)))?;
    println!(
        "domain {}: hypervisor version {}.{} (by register call)",
        b.domain, v.major, v.minor
    );
    let mut q = Queue::setup(QUEUE_ID, abi::QUEUE_GPA, b.ring)?;

    // Grants: one batch on the ring maps them all; the host checks its tables.
    let n = FUNCTIONAL.min(b.refs as usize);
    let mut handles = [0u32; MAX_BATCH];
    map_batch(&mut q, buf, b.owner, b.first_ref, &mut handles[..n])?;
    for (i, h) in handles[..n].iter().enumerate() {
        rt::report(
            abi::REP_MAPPED,
            u64::from(b.first_ref) + i as u64,
            u64::from(*h),
            abi::MAP_GPA + i as u64 * 4096,
            u64::from(b.owner),
        );
    }
    println!(
        "mapped {n} grants of domain {} in one batch (ring, {} doorbells so far)",
        b.owner,
        q.q.kicks()
    );
    rt::report(abi::REP_CHECK, abi::CHECK_MAPPED, n as u64, 0, 0);
    unmap_batch(&mut q, buf, &handles[..n])?;
    println!("unmapped them in one batch");
    rt::report(abi::REP_CHECK, abi::CHECK_UNMAPPED, n as u64, 0, 0);

    // Single ops through the register path, and a ref we were not granted.
    let h = map_one(b.owner, b.first_ref)?;
    unmap_one(h)?;
    let bad = call::<MapGrantRef>(&MapReq {
        form: MapReqForm::Single {
            dom: b.owner,
            r#ref: b.first_ref + b.refs,
            flags: GntmapFlags::HOST_MAP,
            host_addr: abi::MAP_GPA,
        },
    })
    .map_err(|e| Fail("map of an ungranted ref", errno(e)))?;
    let MapReplyForm::Single { status, handle, .. } = bad.form else {
        return Err(Fail("batch reply to a register call", 0));
    };
    check(
        status != Gntst::OKAY && handle.is_none(),
        "ungranted ref mapped",
        0,
    )?;
    rt::report(
        abi::REP_STATUS,
        abi::WHAT_NOT_GRANTED,
        i64::from(status.0) as u64,
        0,
        0,
    );
    println!(
        "map+unmap by register: ok; map of ungranted ref {}: status {:?}",
        b.first_ref + b.refs,
        status
    );

    // Event channels: bind to the owner's unbound port and notify it (on the ring); a
    // loopback pair notified by register.
    let local = call::<BindInterdomain>(&BindInterdomainReq {
        remote_dom: b.owner,
        remote_port: b.remote_port,
    })
    .map_err(|e| Fail("bind_interdomain", errno(e)))?
    .local_port;
    rt::report(
        abi::REP_PORT,
        u64::from(local),
        u64::from(b.owner),
        u64::from(b.remote_port),
        0,
    );
    q.exchange(
        buf,
        256,
        |bld, seq| SendOp::write_request(bld, seq, 0, &PortReq { port: local }),
        |m| {
            if let Some(s) = error_status(m) {
                check(s == 0, "send on the ring", i64::from(s))?;
            }
            Ok(())
        },
    )?;
    let a = call::<AllocUnbound>(&AllocUnboundReq {
        dom: DOMID_SELF,
        remote_dom: DOMID_SELF,
    })
    .map_err(|e| Fail("alloc_unbound", errno(e)))?
    .port;
    let c = call::<BindInterdomain>(&BindInterdomainReq {
        remote_dom: DOMID_SELF,
        remote_port: a,
    })
    .map_err(|e| Fail("bind_interdomain loopback", errno(e)))?
    .local_port;
    call::<SendOp>(&PortReq { port: c }).map_err(|e| Fail("send by register", errno(e)))?;
    rt::report(
        abi::REP_PORT,
        u64::from(a),
        u64::from(b.domain),
        u64::from(c),
        0,
    );
    println!(
        "event channels: port {local} -> domain {} port {} notified (ring); loopback {c} -> {a} notified (register)",
        b.owner, b.remote_port
    );
    rt::report(abi::REP_CHECK, abi::CHECK_EVENTS, 0, 0, 0);

    // Measurements: map+unmap pairs by register (one exit per op), then on the ring.
    let ops = b.ops.max(1);
    rt::report(abi::REP_BEGIN, abi::PHASE_REGISTER, 1, u64::from(ops), 0);
    for i in 0..ops {
        let h = map_one(b.owner, b.first_ref + i % b.refs)?;
        unmap_one(h)?;
    }
    rt::report(abi::REP_END, abi::PHASE_REGISTER, 1, u64::from(ops), 0);
    for k in 0..16 {
        if b.batches & (1 << k) == 0 {
            continue;
        }
        let batch = (1usize << k).min(MAX_BATCH).min(b.refs as usize);
        let rounds = (ops as usize).div_ceil(batch);
        let total = (rounds * batch) as u64;
        // Warm up first (untimed): the host's poller adapts to the new pace and the caches
        // fill, as a benchmark's warm-up does; a short run otherwise measures the settling.
        for _ in 0..(WARM_ENTRIES / batch).max(4) {
            map_batch(&mut q, buf, b.owner, b.first_ref, &mut handles[..batch])?;
            unmap_batch(&mut q, buf, &handles[..batch])?;
        }
        let kicks = q.q.kicks();
        rt::report(abi::REP_BEGIN, abi::PHASE_RING, batch as u64, total, 0);
        for _ in 0..rounds {
            map_batch(&mut q, buf, b.owner, b.first_ref, &mut handles[..batch])?;
            unmap_batch(&mut q, buf, &handles[..batch])?;
        }
        rt::report(
            abi::REP_END,
            abi::PHASE_RING,
            batch as u64,
            total,
            q.q.kicks() - kicks,
        );
    }
    for k in 0..16 {
        if b.batches & (1 << k) == 0 {
            continue;
        }
        let batch = (1usize << k).min(MAX_BATCH / 2).min(b.refs as usize / 2);
        if batch == 0 {
            continue;
        }
        let rounds = (ops as usize).div_ceil(2 * batch);
        let total = (rounds * 2 * batch) as u64;
        let kicks = q.q.kicks();
        rt::report(abi::REP_BEGIN, abi::PHASE_PIPELINED, batch as u64, total, 0);
        pipelined(&mut q, buf, b, batch, rounds)?;
        rt::report(
            abi::REP_END,
            abi::PHASE_PIPELINED,
            batch as u64,
            total,
            q.q.kicks() - kicks,
        );
    }
    println!("measurements done ({} doorbells rung in all)", q.q.kicks());
    Ok(())
}

fn hostile(b: &Boot, buf: &mut [u8]) -> R<()> {
    // Garbage registers: each must come back as an error status, nothing else.
    let mut r = Regs {
        rax: FASTABI_BIT | 0x7777,
        rdi: 3,
        ..Regs::default()
    };
    raw_call(&mut r);
    let s = r.rax as i64;
    check(s < 0, "unknown family accepted", s)?;
    rt::report(abi::REP_STATUS, abi::WHAT_BAD_FAMILY, s as u64, 0, 0);
    let mut r = Regs {
        rax: FASTABI_BIT | u64::from(hvlink_proto::grant_table::ID),
        rdi: 0xdead_beef,
        rsi: u64::MAX,
        r8: u64::MAX,
        ..Regs::default()
    };
    raw_call(&mut r);
    let s = r.rax as i64;
    check(s < 0, "unknown op accepted", s)?;
    check(
        r.rsi == u64::MAX && r.r8 == u64::MAX,
        "registers clobbered",
        0,
    )?;
    rt::report(abi::REP_STATUS, abi::WHAT_BAD_OP, s as u64, 0, 0);
    let mut r = MapGrantRef::to_regs(&MapReq {
        form: MapReqForm::Single {
            dom: b.owner,
            r#ref: b.first_ref,
            flags: GntmapFlags::HOST_MAP,
            host_addr: abi::MAP_GPA,
        },
    })
    .map_err(|e| Fail("map regs", errno(e)))?;
    // Every register garbage: domain id beyond u16, flags with unknown bits.
    r.rsi = u64::MAX;
    r.r8 = u64::MAX;
    r.r9 = u64::MAX;
    raw_call(&mut r);
    let s = r.rax as i64;
    check(s < 0, "garbage arguments accepted", s)?;
    rt::report(abi::REP_STATUS, abi::WHAT_BAD_ARG, s as u64, 0, 0);
    let e = call::<QueueSetup>(&QueueSetupReq {
        base_gpa: abi::MEM_SIZE + 0x10_0000,
        pages: 3,
        queue_id: 9,
        kind: control::QueueKind(0),
        features: control::QueueFeatures(0),
        notify_port: 0,
    });
    let s = match e {
        Ok(_) => return Err(Fail("queue outside memory accepted", 0)),
        Err(e) => errno(e),
    };
    rt::report(abi::REP_STATUS, abi::WHAT_BAD_QUEUE, s as u64, 0, 0);
    println!("garbage registers: every call answered with an error status");

    // Garbage on the ring: a framed message of an unknown family gets an ERROR reply.
    let mut q = Queue::setup(QUEUE_ID, abi::QUEUE_GPA, b.ring)?;
    let mut status = 0i32;
    q.exchange(
        buf,
        64,
        |bld, seq| {
            let garbage: [u8; 24] = [
                24, 0, 0, 0, // len
                0x77, 0x7f, // type: no such family
                1, 0, // flags: REQUEST
                0, 0, 0, 0, // seq (patched below)
                0, 0, 0, 0, // port
                9, 1, 0, 0, // genl header
                4, 0, 0x42, 0x42, // an empty attribute of an unknown type
            ];
            let mut g = garbage;
            g[8..12].copy_from_slice(&seq.to_le_bytes());
            bld.put_raw(&g)?;
            Ok(g.len())
        },
        |m| {
            status = error_status(m).ok_or(Fail("garbage got a non-error reply", 0))?;
            Ok(())
        },
    )?;
    check(status < 0, "garbage message accepted", i64::from(status))?;
    rt::report(
        abi::REP_STATUS,
        abi::WHAT_BAD_MESSAGE,
        i64::from(status) as u64,
        0,
        0,
    );
    q.exchange(
        buf,
        256,
        |bld, seq| version::Version::write_request(bld, seq, 0, &Empty),
        |m| attrs_of(m).map(|_| ()),
    )?;
    rt::report(abi::REP_STATUS, abi::WHAT_STILL_WORKS, 0, 0, 0);
    println!("garbage message: ERROR {status}; the queue still works");

    // A corrupted ring: the request producer index jumps past the ring. The host must fail
    // this queue (status in the header page) and nothing else.
    let prod = q.mem.load_u32(0x40, core::sync::atomic::Ordering::Relaxed);
    q.mem.store_u32(
        0x40,
        prod.wrapping_add(0x7fff_fff1),
        core::sync::atomic::Ordering::Release,
    );
    use hvlink_codec::ring::Doorbell;
    q.bell.ring();
    let deadline = rdtsc() + (30u64 << 30);
    let status = loop {
        let (s, _) = q.q.host_status();
        if s != 0 {
            break s;
        }
        check(rdtsc() < deadline, "corrupt ring not detected", 0)?;
        core::hint::spin_loop();
    };
    rt::report(
        abi::REP_QUEUE_STATUS,
        u64::from(q.id),
        i64::from(status) as u64,
        0,
        0,
    );
    println!(
        "corrupted ring: the host failed queue {} with {status}",
        q.id
    );

    // The VM and the host go on: a new queue, a batch on it, a register call.
    let mut q2 = Queue::setup(QUEUE_ID + 1, abi::QUEUE_GPA + abi::QUEUE_SPAN, b.ring)?;
    let mut handles = [0u32; 8];
    map_batch(&mut q2, buf, b.owner, b.first_ref, &mut handles)?;
    unmap_batch(&mut q2, buf, &handles)?;
    let h = map_one(b.owner, b.first_ref)?;
    unmap_one(h)?;
    rt::report(abi::REP_CHECK, abi::CHECK_HOSTILE, u64::from(q2.id), 0, 0);
    println!("a fresh queue and the register path still work");
    Ok(())
}

// SAFETY: `_start` is the one symbol of that name (the linker script's entry), called once.
#[allow(unsafe_code)] // `no_mangle`: the image's entry point
#[no_mangle]
#[link_section = ".text._start"]
pub extern "C" fn _start() -> ! {
    let b = Boot {
        domain: boot(abi::BOOT_DOMAIN) as u16,
        owner: boot(abi::BOOT_OWNER) as u16,
        first_ref: boot(abi::BOOT_FIRST_REF) as u32,
        refs: (boot(abi::BOOT_REFS) as u32).clamp(1, MAX_BATCH as u32),
        remote_port: boot(abi::BOOT_REMOTE_PORT) as u32,
        ops: boot(abi::BOOT_OPS) as u32,
        ring: boot(abi::BOOT_RING) as u32,
        batches: boot(abi::BOOT_BATCHES),
    };
    println!("hvlink kvm guest: ring 3, long mode, domain {}", b.domain);
    let mut buf = [0u8; 65536];
    let r = match boot(abi::BOOT_MODE) {
        abi::MODE_HOSTILE => hostile(&b, &mut buf),
        _ => demo(&b, &mut buf),
    };
    match r {
        Ok(()) => {
            println!("all checks passed");
            rt::done(0)
        }
        Err(Fail(what, v)) => {
            println!("FAILED: {what} ({v})");
            rt::done(1)
        }
    }
}
