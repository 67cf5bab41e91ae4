//! The generated serving glue (`serve` on a ring, `serve_regs` by register): one backend
//! method per op reached from both paths, batches run in windows with absolute indices,
//! cancel windows, atomic batches, the backend's `out` contract, and the error cases.
#![deny(unsafe_code)]

use hvlink_proto::codec::{Attrs, Builder, ErrorKind, Message, SliceSink};
use hvlink_proto::event_channel::{
    self as evtchn, BindInterdomain, BindInterdomainReply, BindInterdomainReq, EvtchnStatus,
    PortReq, SendOp,
};
use hvlink_proto::grant_table::{
    self as gnt, CopyEntry, CopyOp, CopyReply, CopyReq, EntryResult, GntmapFlags, Gntst, MapEntry,
    MapGrantRef, MapMode, MapReply, MapReplyEntry, MapReplyForm, MapReq, MapReqForm, QuerySize,
    UnmapEntry, UnmapGrantRef, UnmapReply, UnmapReplyForm, UnmapReq, UnmapReqForm,
};
use hvlink_proto::rt::{
    self, AttrSet, Ctx, Empty, FastAbi, List, Op, Regs, ServeError, Served, Via, Window,
};
use hvlink_proto::sched;
use hvlink_proto::Errno;

#[path = "support/attrs.rs"]
mod support;
use support::attrs;

const CTX: Ctx = Ctx {
    domain: 1,
    via: Via::Kernel,
    seq: 7,
};

type Out<'o, T> = &'o mut dyn FnMut(T) -> Result<(), Errno>;

/// How the fake backend keeps (or breaks) the `out` contract of batch ops.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
enum Misbehave {
    #[default]
    No,
    /// One result more than entries, propagating the callback's error.
    Extra,
    /// One result more than entries, ignoring the callback's error.
    ExtraIgnored,
    /// One result fewer than entries.
    Short,
}

/// A recording backend for grant tables, event channels and sched.
#[derive(Default)]
struct Fake {
    map_calls: Vec<(MapMode, Vec<MapEntry>)>,
    unmap_calls: Vec<(gnt::BatchMode, Vec<UnmapEntry>)>,
    copy_calls: Vec<Vec<CopyEntry>>,
    /// Map entries with these refs fail with BAD_GNTREF.
    fail_refs: Vec<u32>,
    /// Every op fails with this.
    refuse: Option<Errno>,
    misbehave: Misbehave,
    /// What `out` answered the extra call.
    extra_answer: Option<Result<(), Errno>>,
    next_handle: u32,
    sent: Vec<u32>,
    next_port: u32,
    calls: Vec<&'static str>,
}

impl Fake {
    /// Report `results` through `out`, keeping or breaking the contract as told.
    fn report<T: Copy>(&mut self, results: &[T], out: Out<'_, T>) -> Result<(), Errno> {
        let n = match self.misbehave {
            Misbehave::Short => results.len().saturating_sub(1),
            _ => results.len(),
        };
        for r in &results[..n] {
            out(*r)?;
        }
        if let Some(last) = results.last() {
            match self.misbehave {
                Misbehave::Extra => {
                    let a = out(*last);
                    self.extra_answer = Some(a);
                    a?;
                }
                Misbehave::ExtraIgnored => self.extra_answer = Some(out(*last)),
                _ => {}
            }
        }
        Ok(())
    }

    fn refused(&mut self, name: &'static str) -> Result<(), Errno> {
        self.calls.push(name);
        match self.refuse {
            Some(e) => Err(e),
            None => Ok(()),
        }
    }
}

const BOGUS_INDEX: u32 = 999;

impl gnt::Backend for Fake {
    fn map_grant_ref(
        &mut self,
        _ctx: &Ctx,
        req: &MapReq<'_>,
        out: Out<'_, MapReplyEntry>,
    ) -> Result<(), Errno> {
        self.refused("map_grant_ref")?;
        let MapReqForm::Batch { mode, entry } = req.form else {
            panic!("a batch op's backend always gets the batch form");
        };
        let entries: Vec<MapEntry> = entry.iter().collect();
        self.map_calls.push((mode, entries.clone()));
        let mut results = Vec::new();
        for e in &entries {
            results.push(if self.fail_refs.contains(&e.r#ref) {
                MapReplyEntry {
                    index: BOGUS_INDEX,
                    status: Gntst::BAD_GNTREF,
                    handle: None,
                    dev_bus_addr: None,
                }
            } else {
                self.next_handle += 1;
                MapReplyEntry {
                    index: BOGUS_INDEX,
                    status: Gntst::OKAY,
                    handle: Some(self.next_handle),
                    dev_bus_addr: (e.flags.0 & GntmapFlags::DEVICE_MAP.0 != 0)
                        .then_some(0x1000 * e.r#ref as u64),
                }
            });
        }
        self.report(&results, out)
    }

    fn unmap_grant_ref(
        &mut self,
        _ctx: &Ctx,
        req: &UnmapReq<'_>,
        out: Out<'_, EntryResult>,
    ) -> Result<(), Errno> {
        self.refused("unmap_grant_ref")?;
        let UnmapReqForm::Batch { mode, entry } = req.form else {
            panic!("a batch op's backend always gets the batch form");
        };
        let entries: Vec<UnmapEntry> = entry.iter().collect();
        self.unmap_calls.push((mode, entries.clone()));
        let results: Vec<EntryResult> = entries
            .iter()
            .map(|e| EntryResult {
                index: BOGUS_INDEX,
                status: if e.handle == 0 {
                    Gntst::BAD_HANDLE
                } else {
                    Gntst::OKAY
                },
            })
            .collect();
        self.report(&results, out)
    }

    fn setup_table(
        &mut self,
        _ctx: &Ctx,
        _req: &gnt::FramesReq,
    ) -> Result<gnt::FramesReply<'_>, Errno> {
        Err(Errno::ENOSYS)
    }

    fn copy(
        &mut self,
        _ctx: &Ctx,
        req: &CopyReq<'_>,
        out: Out<'_, EntryResult>,
    ) -> Result<(), Errno> {
        self.refused("copy")?;
        let entries: Vec<CopyEntry> = req.entry.iter().collect();
        self.copy_calls.push(entries.clone());
        let results: Vec<EntryResult> = entries
            .iter()
            .map(|e| EntryResult {
                index: BOGUS_INDEX,
                status: if e.len == 0 {
                    Gntst::BAD_COPY_ARG
                } else {
                    Gntst::OKAY
                },
            })
            .collect();
        self.report(&results, out)
    }

    fn query_size(&mut self, _ctx: &Ctx, req: &gnt::DomReq) -> Result<gnt::QuerySizeReply, Errno> {
        self.refused("query_size")?;
        Ok(gnt::QuerySizeReply {
            nr_frames: Some(4),
            max_nr_frames: Some(64 + req.dom as u32 % 7),
            status: Gntst::OKAY,
        })
    }

    fn unmap_and_replace(
        &mut self,
        _ctx: &Ctx,
        _req: &gnt::UnmapAndReplaceReq,
    ) -> Result<gnt::StatusReply, Errno> {
        Err(Errno::ENOSYS)
    }

    fn set_version(
        &mut self,
        _ctx: &Ctx,
        req: &gnt::SetVersionReq,
    ) -> Result<gnt::VersionReply, Errno> {
        self.refused("set_version")?;
        Ok(gnt::VersionReply {
            version: req.version,
        })
    }

    fn get_status_frames(
        &mut self,
        _ctx: &Ctx,
        _req: &gnt::FramesReq,
    ) -> Result<gnt::FramesReply<'_>, Errno> {
        Err(Errno::ENOSYS)
    }

    fn get_version(&mut self, _ctx: &Ctx, _req: &gnt::DomReq) -> Result<gnt::VersionReply, Errno> {
        Err(Errno::ENOSYS)
    }

    fn swap_grant_ref(
        &mut self,
        _ctx: &Ctx,
        _req: &gnt::SwapReq,
    ) -> Result<gnt::StatusReply, Errno> {
        Err(Errno::ENOSYS)
    }
}

impl evtchn::Backend for Fake {
    fn bind_interdomain(
        &mut self,
        _ctx: &Ctx,
        req: &BindInterdomainReq,
    ) -> Result<BindInterdomainReply, Errno> {
        self.refused("bind_interdomain")?;
        if req.remote_dom == 0x7FF0 {
            return Err(Errno::EINVAL);
        }
        self.next_port += 1;
        Ok(BindInterdomainReply {
            local_port: self.next_port,
        })
    }
    fn bind_virq(&mut self, _: &Ctx, _: &evtchn::BindVirqReq) -> Result<evtchn::PortReply, Errno> {
        Err(Errno::ENOSYS)
    }
    fn bind_pirq(&mut self, _: &Ctx, _: &evtchn::BindPirqReq) -> Result<evtchn::PortReply, Errno> {
        Err(Errno::ENOSYS)
    }
    fn close(&mut self, _: &Ctx, _: &PortReq) -> Result<(), Errno> {
        Err(Errno::ENOSYS)
    }
    fn send(&mut self, _ctx: &Ctx, req: &PortReq) -> Result<(), Errno> {
        self.refused("send")?;
        self.sent.push(req.port);
        Ok(())
    }
    fn status(
        &mut self,
        _ctx: &Ctx,
        req: &evtchn::StatusReq,
    ) -> Result<evtchn::StatusReply, Errno> {
        self.refused("status")?;
        Ok(evtchn::StatusReply {
            status: EvtchnStatus::INTERDOMAIN,
            vcpu: 0,
            remote_dom: Some(5),
            remote_port: Some(req.port + 100),
            pirq: None,
            virq: None,
        })
    }
    fn alloc_unbound(
        &mut self,
        _: &Ctx,
        _: &evtchn::AllocUnboundReq,
    ) -> Result<evtchn::PortReply, Errno> {
        Err(Errno::ENOSYS)
    }
    fn bind_ipi(&mut self, _: &Ctx, _: &evtchn::BindIpiReq) -> Result<evtchn::PortReply, Errno> {
        Err(Errno::ENOSYS)
    }
    fn bind_vcpu(&mut self, _: &Ctx, _: &evtchn::BindVcpuReq) -> Result<(), Errno> {
        Err(Errno::ENOSYS)
    }
    fn unmask(&mut self, _: &Ctx, _: &PortReq) -> Result<(), Errno> {
        Err(Errno::ENOSYS)
    }
    fn reset(&mut self, _: &Ctx, _: &evtchn::ResetReq) -> Result<(), Errno> {
        Err(Errno::ENOSYS)
    }
    fn init_control(
        &mut self,
        _: &Ctx,
        _: &evtchn::InitControlReq,
    ) -> Result<evtchn::InitControlReply, Errno> {
        Err(Errno::ENOSYS)
    }
    fn expand_array(&mut self, _: &Ctx, _: &evtchn::ExpandArrayReq) -> Result<(), Errno> {
        Err(Errno::ENOSYS)
    }
    fn set_priority(&mut self, _: &Ctx, _: &evtchn::SetPriorityReq) -> Result<(), Errno> {
        Err(Errno::ENOSYS)
    }
}

impl sched::Backend for Fake {
    fn r#yield(&mut self, _ctx: &Ctx) -> Result<(), Errno> {
        self.refused("yield")
    }
    fn block(&mut self, _: &Ctx) -> Result<(), Errno> {
        Err(Errno::ENOSYS)
    }
    fn shutdown(&mut self, _: &Ctx, _: &sched::ShutdownReq) -> Result<(), Errno> {
        Err(Errno::ENOSYS)
    }
    fn poll(&mut self, _: &Ctx, _: &sched::PollReq<'_>) -> Result<(), Errno> {
        Err(Errno::ENOSYS)
    }
    fn remote_shutdown(&mut self, _: &Ctx, _: &sched::RemoteShutdownReq) -> Result<(), Errno> {
        Err(Errno::ENOSYS)
    }
    fn shutdown_code(&mut self, _: &Ctx, _: &sched::ShutdownReq) -> Result<(), Errno> {
        Err(Errno::ENOSYS)
    }
    fn watchdog(&mut self, _: &Ctx, _: &sched::WatchdogReq) -> Result<sched::WatchdogReply, Errno> {
        Err(Errno::ENOSYS)
    }
    fn pin_override(&mut self, _ctx: &Ctx, _req: &sched::PinOverrideReq) -> Result<(), Errno> {
        self.refused("pin_override")
    }
}

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------

type Serve<'f> =
    &'f mut dyn FnMut(u8, Attrs<'_>, &mut Builder<SliceSink<'_>>) -> Result<Served, ServeError>;

/// Put `req` on a "ring" (a whole request message), parse it as the host does, serve it, and
/// return the outcome with the reply attributes written.
fn ring<O: Op>(req: &O::Request<'_>, serve: Serve<'_>) -> (Result<Served, ServeError>, Vec<u8>) {
    ring_into::<O>(req, 65536, serve)
}

/// [`ring`] with a reply buffer of `room` bytes.
fn ring_into<O: Op>(
    req: &O::Request<'_>,
    room: usize,
    serve: Serve<'_>,
) -> (Result<Served, ServeError>, Vec<u8>) {
    let mut buf = vec![0u8; 65536];
    let len = {
        let mut b = Builder::new(SliceSink::new(&mut buf));
        O::write_request(&mut b, 7, 0, req).unwrap()
    };
    let msg = Message::parse(&buf[..len]).unwrap();
    let (fam, attrs) = msg.genl().unwrap();
    assert_eq!(fam.cmd, O::DESC.id);
    serve_into(room, fam.cmd, attrs, serve)
}

/// Serve raw attribute bytes (placed at offset 20 of a message, after the two headers).
fn raw(cmd: u8, attrs: &[u8], serve: Serve<'_>) -> (Result<Served, ServeError>, Vec<u8>) {
    serve_into(65536, cmd, Attrs::new(attrs, 20), serve)
}

/// Serve `attrs` as op `cmd` with a reply buffer of `room` bytes: the outcome and the reply
/// attributes written.
fn serve_into(
    room: usize,
    cmd: u8,
    attrs: Attrs<'_>,
    serve: Serve<'_>,
) -> (Result<Served, ServeError>, Vec<u8>) {
    let mut out = vec![0u8; room];
    let (r, n) = {
        let mut b = Builder::new(SliceSink::new(&mut out));
        let r = serve(cmd, attrs, &mut b);
        (r, b.len())
    };
    out.truncate(n);
    (r, out)
}

/// The error of a request that failed validation (anything else fails the test).
#[track_caller]
fn invalid(r: Result<Served, ServeError>) -> hvlink_proto::codec::Error {
    match r {
        Err(ServeError::Invalid(e)) => e,
        r => panic!("expected an invalid request, got {r:?}"),
    }
}

/// Serve `regs` with `serve_regs`: it must fail with `errno` and leave every register as it
/// was ("no implicit clobbering").
#[track_caller]
fn refused_regs(
    mut regs: Regs,
    errno: Errno,
    serve_regs: impl FnOnce(&mut Regs) -> Result<(), Errno>,
) {
    let before = regs;
    assert_eq!(serve_regs(&mut regs), Err(errno), "{before:x?}");
    assert_eq!(regs, before);
}

fn gnt_serve<'f>(
    fake: &'f mut Fake,
    window: Window<'f>,
) -> impl FnMut(u8, Attrs<'_>, &mut Builder<SliceSink<'_>>) -> Result<Served, ServeError> + 'f {
    move |cmd, attrs, b| gnt::serve(fake, &CTX, cmd, attrs, window, b)
}

fn evtchn_serve(
    fake: &mut Fake,
) -> impl FnMut(u8, Attrs<'_>, &mut Builder<SliceSink<'_>>) -> Result<Served, ServeError> + '_ {
    move |cmd, attrs, b| evtchn::serve(fake, &CTX, cmd, attrs, Window::ALL, b)
}

fn sched_serve(
    fake: &mut Fake,
) -> impl FnMut(u8, Attrs<'_>, &mut Builder<SliceSink<'_>>) -> Result<Served, ServeError> + '_ {
    move |cmd, attrs, b| sched::serve(fake, &CTX, cmd, attrs, Window::ALL, b)
}

fn map_entry(dom: u16, r#ref: u32) -> MapEntry {
    MapEntry {
        dom,
        r#ref,
        flags: GntmapFlags::HOST_MAP | GntmapFlags::DEVICE_MAP,
        host_addr: 0x10_0000 + r#ref as u64 * 0x1000,
    }
}

fn map_batch<'a>(mode: MapMode, entries: &'a [MapEntry]) -> MapReq<'a> {
    MapReq {
        form: MapReqForm::Batch {
            mode,
            entry: List::new(entries),
        },
    }
}

fn map_results(bytes: &[u8]) -> Vec<MapReplyEntry> {
    match MapReply::decode(Attrs::new(bytes, 0)).unwrap().form {
        MapReplyForm::Batch { entry } => entry.iter().collect(),
        f => panic!("expected the batch form, got {f:?}"),
    }
}

/// A two-entry map batch whose second entry lacks `ref`, and that entry's offset (as the
/// decoder counts: the attributes at offset 20 of a message).
fn second_entry_without_ref() -> (Vec<u8>, u32) {
    let mut second = 0;
    let bytes = attrs(|b| {
        for with_ref in [true, false] {
            if !with_ref {
                second = 20 + b.len() as u32;
            }
            let e = b.begin_nest(gnt::ids::map_req::ENTRY).unwrap();
            b.put_u16(1, 2).unwrap();
            if with_ref {
                b.put_u32(2, 10).unwrap();
            }
            b.put_u32(3, 2).unwrap();
            b.end_nest(e).unwrap();
        }
    });
    (bytes, second)
}

fn window(start: u32, max: u32) -> Window<'static> {
    Window {
        start,
        max,
        cancel: false,
        preempt: None,
        resume: None,
        validated: false,
        kept: None,
    }
}

/// `w` as a cancel window.
fn cancelling(w: Window<'_>) -> Window<'_> {
    Window { cancel: true, ..w }
}

// ---------------------------------------------------------------------------------------------
// Non-batch ops
// ---------------------------------------------------------------------------------------------

#[test]
fn ring_round_trip() {
    let mut fake = Fake::default();
    let req = BindInterdomainReq {
        remote_dom: 3,
        remote_port: 9,
    };
    let (r, out) = ring::<BindInterdomain>(&req, &mut evtchn_serve(&mut fake));
    assert_eq!(r, Ok(Served::WHOLE));
    let rep = BindInterdomainReply::decode(Attrs::new(&out, 0)).unwrap();
    assert_eq!(rep, BindInterdomainReply { local_port: 1 });

    // An op without a reply writes nothing (the host answers with an ACK).
    let (r, out) = ring::<SendOp>(&PortReq { port: 4 }, &mut evtchn_serve(&mut fake));
    assert_eq!(r, Ok(Served::WHOLE));
    assert!(out.is_empty());
    assert_eq!(fake.sent, [4]);

    // Grant table, non-batch.
    let (r, out) = ring::<QuerySize>(
        &gnt::DomReq { dom: 0x7FF0 },
        &mut gnt_serve(&mut fake, Window::ALL),
    );
    assert_eq!(r, Ok(Served::WHOLE));
    let rep = gnt::QuerySizeReply::decode(Attrs::new(&out, 0)).unwrap();
    assert_eq!(rep.max_nr_frames, Some(64 + 0x7FF0 % 7));

    // An op without a request still rejects a must-understand attribute it does not know.
    let bytes = attrs(|b| b.put_u32(0x4000 | 9, 1).unwrap());
    let (r, _) = raw(sched::OpId::YIELD.0, &bytes, &mut sched_serve(&mut fake));
    let e = invalid(r);
    assert_eq!(
        (e.kind(), e.offset()),
        (ErrorKind::UnknownMustUnderstand, 20)
    );
    assert!(!fake.calls.contains(&"yield"));
    let (r, _) = raw(sched::OpId::YIELD.0, &[], &mut sched_serve(&mut fake));
    assert_eq!(r, Ok(Served::WHOLE));
    assert!(fake.calls.contains(&"yield"));
}

#[test]
fn register_round_trip() {
    let mut fake = Fake::default();
    let req = BindInterdomainReq {
        remote_dom: 3,
        remote_port: 9,
    };
    let mut regs = BindInterdomain::to_regs(&req).unwrap();
    regs.r12 = 0xdead_beef; // not mapped: preserved
    let before = regs;
    assert_eq!(evtchn::serve_regs(&mut fake, &CTX, &mut regs), Ok(()));
    assert_eq!(regs.status(), Ok(()));
    assert_eq!(
        BindInterdomain::reply_from_regs(&regs),
        Ok(BindInterdomainReply { local_port: 1 })
    );
    assert_eq!(
        (regs.rdi, regs.rsi, regs.r8, regs.r12),
        (before.rdi, before.rsi, before.r8, before.r12)
    );

    // No reply: rax = 0, nothing else written.
    let mut regs = SendOp::to_regs(&PortReq { port: 6 }).unwrap();
    let before = regs;
    assert_eq!(evtchn::serve_regs(&mut fake, &CTX, &mut regs), Ok(()));
    assert_eq!(regs, Regs { rax: 0, ..before });
    assert_eq!(fake.sent, [6]);

    // Both paths reach the same method and give the same answer.
    let mut ring_fake = Fake::default();
    let (_, out) = ring::<evtchn::Status>(
        &evtchn::StatusReq {
            dom: 0x7FF0,
            port: 2,
        },
        &mut evtchn_serve(&mut ring_fake),
    );
    let by_ring = evtchn::StatusReply::decode(Attrs::new(&out, 0)).unwrap();
    let mut regs = evtchn::Status::to_regs(&evtchn::StatusReq {
        dom: 0x7FF0,
        port: 2,
    })
    .unwrap();
    evtchn::serve_regs(&mut fake, &CTX, &mut regs).unwrap();
    assert_eq!(evtchn::Status::reply_from_regs(&regs), Ok(by_ring));
}

#[test]
fn backend_errors_pass_through_and_leave_registers_alone() {
    let mut fake = Fake {
        refuse: Some(Errno::EPERM),
        ..Fake::default()
    };
    let req = BindInterdomainReq {
        remote_dom: 3,
        remote_port: 9,
    };
    let (r, out) = ring::<BindInterdomain>(&req, &mut evtchn_serve(&mut fake));
    assert_eq!(r, Err(ServeError::Errno(Errno::EPERM)));
    assert!(out.is_empty());
    refused_regs(BindInterdomain::to_regs(&req).unwrap(), Errno::EPERM, |r| {
        evtchn::serve_regs(&mut fake, &CTX, r)
    });

    // A batch op's backend error too, on both paths.
    let entries = [map_entry(2, 10)];
    let (r, _) = ring::<MapGrantRef>(
        &map_batch(MapMode::INDEPENDENT, &entries),
        &mut gnt_serve(&mut fake, Window::ALL),
    );
    assert_eq!(r, Err(ServeError::Errno(Errno::EPERM)));
    refused_regs(
        MapGrantRef::to_regs(&single_map(2, 10)).unwrap(),
        Errno::EPERM,
        |r| gnt::serve_regs(&mut fake, &CTX, r),
    );
}

#[test]
fn unknown_and_misplaced_ops() {
    let mut fake = Fake::default();
    // Unknown cmd on a ring: ENOSYS.
    let (r, _) = raw(200, &[], &mut gnt_serve(&mut fake, Window::ALL));
    assert_eq!(r, Err(ServeError::Errno(Errno::ENOSYS)));
    // A register-only op on a ring: EOPNOTSUPP, and the backend is not called.
    let (r, _) = raw(
        sched::OpId::PIN_OVERRIDE.0,
        &[],
        &mut sched_serve(&mut fake),
    );
    assert_eq!(r, Err(ServeError::Errno(Errno::EOPNOTSUPP)));
    assert!(fake.calls.is_empty());

    // Registers: unknown op, an rdi that is no op id at all, a ring-only op: ENOSYS, untouched.
    for rdi in [
        200,
        0x1_0000_0000,
        CopyOp::DESC.id as u64,
        gnt::OpId::SETUP_TABLE.0 as u64,
    ] {
        let regs = Regs {
            rax: gnt::ID as u64 | rt::FASTABI_BIT,
            rdi,
            rsi: 1,
            ..Regs::default()
        };
        refused_regs(regs, Errno::ENOSYS, |r| gnt::serve_regs(&mut fake, &CTX, r));
    }
    assert!(fake.calls.is_empty() && fake.copy_calls.is_empty());
}

#[test]
fn decode_errors_name_the_attribute() {
    let mut fake = Fake::default();
    // send's `port` (u32) sent as a u16: BadSize at the attribute, offset 20 + 8 (after a
    // harmless unknown attribute).
    let bytes = attrs(|b| {
        b.put_u32(77, 0).unwrap();
        b.put_u16(1, 3).unwrap();
    });
    let (r, out) = raw(SendOp::DESC.id, &bytes, &mut evtchn_serve(&mut fake));
    let e = invalid(r);
    assert_eq!((e.kind(), e.offset()), (ErrorKind::BadSize, 28));
    assert_eq!(e.attr(), Some(1));
    assert!(out.is_empty());
    assert!(fake.sent.is_empty());

    // A batch whose second entry lacks `ref`: Missing, at that entry's nest header, naming
    // the attribute; the backend is not called.
    let (bytes, second) = second_entry_without_ref();
    assert_eq!(second, 20 + 28);
    let (r, _) = raw(
        MapGrantRef::DESC.id,
        &bytes,
        &mut gnt_serve(&mut fake, Window::ALL),
    );
    let e = invalid(r);
    assert_eq!(e.kind(), ErrorKind::Missing);
    assert_eq!(e.offset(), second);
    assert_eq!(e.missing(), Some(gnt::ids::map_entry::REF));
    assert!(fake.map_calls.is_empty());
}

#[test]
fn bad_register_values_are_einval_and_leave_registers_alone() {
    let mut fake = Fake::default();
    let req = BindInterdomainReq {
        remote_dom: 3,
        remote_port: 9,
    };
    let mut regs = BindInterdomain::to_regs(&req).unwrap();
    regs.rsi = 0x1_0003; // remote-dom is a u16
    refused_regs(regs, Errno::EINVAL, |r| {
        evtchn::serve_regs(&mut fake, &CTX, r)
    });
    assert!(fake.calls.is_empty());

    // A map register call with flag bits outside gntmap-flags.
    let mut regs = MapGrantRef::to_regs(&single_map(2, 10)).unwrap();
    regs.r9 = 0x40; // no such GNTMAP flag
    refused_regs(regs, Errno::EINVAL, |r| gnt::serve_regs(&mut fake, &CTX, r));
    assert!(fake.map_calls.is_empty());
}

// ---------------------------------------------------------------------------------------------
// Batch ops
// ---------------------------------------------------------------------------------------------

fn single_map(dom: u16, r#ref: u32) -> MapReq<'static> {
    let e = map_entry(dom, r#ref);
    MapReq {
        form: MapReqForm::Single {
            dom: e.dom,
            r#ref: e.r#ref,
            flags: e.flags,
            host_addr: e.host_addr,
        },
    }
}

#[test]
fn single_and_batch_forms_reach_the_same_method() {
    // Ring, single form: a one-entry independent batch for the backend, a single-form reply.
    let mut fake = Fake::default();
    let (r, out) = ring::<MapGrantRef>(&single_map(2, 10), &mut gnt_serve(&mut fake, Window::ALL));
    assert_eq!(
        r,
        Ok(Served {
            total: 1,
            ran: 1,
            failed: false,
            whole: true,
            resume: None,
        })
    );
    assert_eq!(
        fake.map_calls,
        [(MapMode::INDEPENDENT, vec![map_entry(2, 10)])]
    );
    let rep = MapReply::decode(Attrs::new(&out, 0)).unwrap();
    assert_eq!(
        rep.form,
        MapReplyForm::Single {
            status: Gntst::OKAY,
            handle: Some(1),
            dev_bus_addr: Some(0xa000),
        }
    );

    // Ring, batch form with the same entry: the same call, the result as a batch entry.
    let entries = [map_entry(2, 10)];
    let (r, out) = ring::<MapGrantRef>(
        &map_batch(MapMode::INDEPENDENT, &entries),
        &mut gnt_serve(&mut fake, Window::ALL),
    );
    assert_eq!(
        r,
        Ok(Served {
            total: 1,
            ran: 1,
            failed: false,
            whole: false,
            resume: None,
        })
    );
    assert_eq!(fake.map_calls[1], fake.map_calls[0]);
    assert_eq!(
        map_results(&out),
        [MapReplyEntry {
            index: 0,
            status: Gntst::OKAY,
            handle: Some(2),
            dev_bus_addr: Some(0xa000),
        }]
    );

    // Registers: the same call again; the reply comes back in the single form's registers.
    let mut regs = MapGrantRef::to_regs(&single_map(2, 10)).unwrap();
    let before = regs;
    assert_eq!(gnt::serve_regs(&mut fake, &CTX, &mut regs), Ok(()));
    assert_eq!(fake.map_calls[2], fake.map_calls[0]);
    assert_eq!(regs.rax, 0);
    assert_eq!(
        MapGrantRef::reply_from_regs(&regs),
        Ok(MapReply {
            form: MapReplyForm::Single {
                status: Gntst::OKAY,
                handle: Some(3),
                dev_bus_addr: None, // not mapped to a register
            }
        })
    );
    assert_eq!(
        (regs.rdi, regs.rsi, regs.r8, regs.r9, regs.r10),
        (before.rdi, before.rsi, before.r8, before.r9, before.r10)
    );

    // A failing single entry: its status, no handle, and `failed`.
    fake.fail_refs.push(11);
    let (r, out) = ring::<MapGrantRef>(&single_map(2, 11), &mut gnt_serve(&mut fake, Window::ALL));
    assert!(r.unwrap().failed);
    assert_eq!(
        MapReply::decode(Attrs::new(&out, 0)).unwrap().form,
        MapReplyForm::Single {
            status: Gntst::BAD_GNTREF,
            handle: None,
            dev_bus_addr: None,
        }
    );
    let mut regs = MapGrantRef::to_regs(&single_map(2, 11)).unwrap();
    gnt::serve_regs(&mut fake, &CTX, &mut regs).unwrap();
    assert_eq!(
        (regs.rax, regs.r11, regs.r12),
        (0, 0, Gntst::BAD_GNTREF.0 as i64 as u64)
    );

    // Unmap: single by register and by ring, batch by ring, one method.
    let single = UnmapReq {
        form: UnmapReqForm::Single {
            host_addr: 0x5000,
            dev_bus_addr: 0,
            handle: 3,
        },
    };
    let mut regs = UnmapGrantRef::to_regs(&single).unwrap();
    gnt::serve_regs(&mut fake, &CTX, &mut regs).unwrap();
    assert_eq!(
        UnmapGrantRef::reply_from_regs(&regs),
        Ok(UnmapReply {
            form: UnmapReplyForm::Single {
                status: Gntst::OKAY
            }
        })
    );
    let (r, _) = ring::<UnmapGrantRef>(&single, &mut gnt_serve(&mut fake, Window::ALL));
    assert_eq!(r.unwrap().total, 1);
    let entries = [UnmapEntry {
        host_addr: 0x5000,
        dev_bus_addr: 0,
        handle: 3,
    }];
    let (r, out) = ring::<UnmapGrantRef>(
        &UnmapReq {
            form: UnmapReqForm::Batch {
                mode: gnt::BatchMode::ORDERED,
                entry: List::new(&entries),
            },
        },
        &mut gnt_serve(&mut fake, Window::ALL),
    );
    assert_eq!(r.unwrap().ran, 1);
    assert_eq!(
        fake.unmap_calls,
        [
            (gnt::BatchMode::INDEPENDENT, entries.to_vec()),
            (gnt::BatchMode::INDEPENDENT, entries.to_vec()),
            (gnt::BatchMode::ORDERED, entries.to_vec()),
        ]
    );
    let UnmapReplyForm::Batch { entry } = UnmapReply::decode(Attrs::new(&out, 0)).unwrap().form
    else {
        panic!("batch reply expected");
    };
    assert_eq!(
        entry.iter().collect::<Vec<_>>(),
        [EntryResult {
            index: 0,
            status: Gntst::OKAY
        }]
    );
}

#[test]
fn windows_give_absolute_indices_and_never_repeat_an_entry() {
    let mut fake = Fake {
        fail_refs: vec![13],
        ..Fake::default()
    };
    let entries: Vec<MapEntry> = (10..15).map(|r| map_entry(2, r)).collect();
    let req = map_batch(MapMode::ORDERED, &entries);
    let mut seen = Vec::new();
    let mut start = 0;
    let mut steps = Vec::new();
    loop {
        let (r, out) = ring::<MapGrantRef>(&req, &mut gnt_serve(&mut fake, window(start, 2)));
        let served = r.unwrap();
        assert_eq!((served.total, served.whole), (5, false));
        steps.push((served.ran, served.failed));
        if served.ran == 0 {
            assert!(out.is_empty(), "an empty window writes nothing");
            break;
        }
        seen.extend(map_results(&out));
        start += served.ran;
    }
    assert_eq!(steps, [(2, false), (2, true), (1, false), (0, false)]);
    // Every entry once, with its absolute position; results in order.
    assert_eq!(
        seen.iter().map(|e| e.index).collect::<Vec<_>>(),
        [0, 1, 2, 3, 4]
    );
    assert_eq!(seen[3].status, Gntst::BAD_GNTREF);
    assert_eq!(seen[4].handle, Some(4));
    // The backend saw each window's entries exactly, with the request's mode; the empty
    // window did not call it.
    let calls: Vec<Vec<u32>> = fake
        .map_calls
        .iter()
        .map(|(mode, es)| {
            assert_eq!(*mode, MapMode::ORDERED);
            es.iter().map(|e| e.r#ref).collect()
        })
        .collect();
    assert_eq!(calls, [vec![10, 11], vec![12, 13], vec![14]]);

    // A window starting past the end, or of size 0, runs nothing.
    for w in [window(9, 4), window(1, 0)] {
        let (r, out) = ring::<MapGrantRef>(&req, &mut gnt_serve(&mut fake, w));
        assert_eq!(r.unwrap().ran, 0);
        assert!(out.is_empty());
    }
    assert_eq!(fake.map_calls.len(), 3);
}

#[test]
fn copy_is_batch_only_and_windowed() {
    let mut fake = Fake::default();
    let entry = |len| CopyEntry {
        source_ref: Some(1),
        source_gfn: None,
        source_dom: 2,
        source_offset: 0,
        dest_ref: None,
        dest_gfn: Some(0x77),
        dest_dom: 0x7FF0,
        dest_offset: 0,
        len,
        flags: gnt::GntcopyFlags::SOURCE_GREF,
    };
    let entries = [entry(8), entry(0), entry(16)];
    let req = CopyReq {
        mode: gnt::BatchMode::INDEPENDENT,
        entry: List::new(&entries),
    };
    let (r, out) = ring::<CopyOp>(&req, &mut gnt_serve(&mut fake, window(1, 5)));
    assert_eq!(
        r,
        Ok(Served {
            total: 3,
            ran: 2,
            failed: true,
            whole: false,
            resume: None,
        })
    );
    assert_eq!(fake.copy_calls, [vec![entry(0), entry(16)]]);
    let rep = CopyReply::decode(Attrs::new(&out, 0)).unwrap();
    assert_eq!(
        rep.entry.iter().collect::<Vec<_>>(),
        [
            EntryResult {
                index: 1,
                status: Gntst::BAD_COPY_ARG
            },
            EntryResult {
                index: 2,
                status: Gntst::OKAY
            },
        ]
    );
}

#[test]
fn a_cancel_window_reports_cancelled_without_calling_the_backend() {
    let mut fake = Fake::default();
    let entries: Vec<MapEntry> = (10..15).map(|r| map_entry(2, r)).collect();
    let req = map_batch(MapMode::ORDERED, &entries);
    let w = cancelling(window(1, 3));
    let (r, out) = ring::<MapGrantRef>(&req, &mut gnt_serve(&mut fake, w));
    assert_eq!(
        r,
        Ok(Served {
            total: 5,
            ran: 3,
            failed: true,
            whole: false,
            resume: None,
        })
    );
    assert!(fake.map_calls.is_empty());
    let cancelled = |index| MapReplyEntry {
        index,
        status: Gntst::CANCELLED,
        handle: None,
        dev_bus_addr: None,
    };
    assert_eq!(
        map_results(&out),
        [cancelled(1), cancelled(2), cancelled(3)]
    );
    assert_eq!(Gntst::CANCELLED.0, -128);

    // Past the end: nothing.
    let w = cancelling(window(5, 3));
    let (r, out) = ring::<MapGrantRef>(&req, &mut gnt_serve(&mut fake, w));
    assert_eq!(r.unwrap().ran, 0);
    assert!(out.is_empty());

    // A cancelled single-form request: answered in the single form, backend not called.
    let w = cancelling(Window::ALL);
    let (r, out) = ring::<MapGrantRef>(&single_map(2, 10), &mut gnt_serve(&mut fake, w));
    assert_eq!(
        r,
        Ok(Served {
            total: 1,
            ran: 1,
            failed: true,
            whole: true,
            resume: None,
        })
    );
    assert!(fake.map_calls.is_empty());
    assert_eq!(
        MapReply::decode(Attrs::new(&out, 0)).unwrap().form,
        MapReplyForm::Single {
            status: Gntst::CANCELLED,
            handle: None,
            dev_bus_addr: None
        }
    );
}

#[test]
fn atomic_batches_ignore_the_window() {
    let mut fake = Fake::default();
    let entries: Vec<MapEntry> = (10..13).map(|r| map_entry(2, r)).collect();
    let req = map_batch(MapMode::ATOMIC, &entries);
    let (r, out) = ring::<MapGrantRef>(&req, &mut gnt_serve(&mut fake, window(1, 1)));
    assert_eq!(
        r,
        Ok(Served {
            total: 3,
            ran: 3,
            failed: false,
            whole: true,
            resume: None,
        })
    );
    assert_eq!(fake.map_calls, [(MapMode::ATOMIC, entries.clone())]);
    assert_eq!(
        map_results(&out)
            .iter()
            .map(|e| e.index)
            .collect::<Vec<_>>(),
        [0, 1, 2]
    );
    // Cancelling an atomic batch cancels all of it.
    let w = cancelling(window(2, 1));
    let (r, out) = ring::<MapGrantRef>(&req, &mut gnt_serve(&mut fake, w));
    assert_eq!(r.unwrap().ran, 3);
    assert!(map_results(&out)
        .iter()
        .all(|e| e.status == Gntst::CANCELLED));
}

#[test]
fn the_backend_must_report_each_entry_exactly_once() {
    let entries: Vec<MapEntry> = (10..13).map(|r| map_entry(2, r)).collect();
    let req = map_batch(MapMode::INDEPENDENT, &entries);
    for (how, windowed) in [
        (Misbehave::Extra, false),
        (Misbehave::ExtraIgnored, false),
        (Misbehave::Short, false),
        (Misbehave::Extra, true),
        (Misbehave::Short, true),
    ] {
        let mut fake = Fake {
            misbehave: how,
            ..Fake::default()
        };
        let w = if windowed { window(1, 1) } else { Window::ALL };
        let (r, _) = ring::<MapGrantRef>(&req, &mut gnt_serve(&mut fake, w));
        assert_eq!(r, Err(ServeError::Errno(Errno::EIO)), "{how:?} {windowed}");
        if how != Misbehave::Short {
            assert_eq!(
                fake.extra_answer,
                Some(Err(Errno::EIO)),
                "the extra call is refused"
            );
        }
    }
    // The single form (ring and register) holds the backend to one result too.
    for how in [Misbehave::Extra, Misbehave::ExtraIgnored, Misbehave::Short] {
        let mut fake = Fake {
            misbehave: how,
            ..Fake::default()
        };
        let (r, _) =
            ring::<MapGrantRef>(&single_map(2, 10), &mut gnt_serve(&mut fake, Window::ALL));
        assert_eq!(r, Err(ServeError::Errno(Errno::EIO)), "{how:?}");
        refused_regs(
            MapGrantRef::to_regs(&single_map(2, 10)).unwrap(),
            Errno::EIO,
            |r| gnt::serve_regs(&mut fake, &CTX, r),
        );
    }
}

#[test]
fn a_reply_that_does_not_fit_is_invalid() {
    let mut fake = Fake::default();
    let entries: Vec<MapEntry> = (10..13).map(|r| map_entry(2, r)).collect();
    let req = map_batch(MapMode::INDEPENDENT, &entries);
    // Room for one result (40 bytes) but not two.
    let (r, _) = ring_into::<MapGrantRef>(&req, 60, &mut gnt_serve(&mut fake, Window::ALL));
    assert_eq!(invalid(r).kind(), ErrorKind::BufferTooSmall);
    // A non-batch reply: its errno alone (an offset would point into the reply).
    let (r, _) = ring_into::<gnt::SetVersion>(
        &gnt::SetVersionReq { version: 2 },
        4,
        &mut gnt_serve(&mut fake, Window::ALL),
    );
    assert_eq!(r, Err(ServeError::Errno(Errno::ENOBUFS)));
}

#[test]
fn ops_without_a_request_take_empty_registers() {
    let mut fake = Fake::default();
    let mut regs = sched::Yield::to_regs(&Empty).unwrap();
    regs.rsi = 5; // preserved
    let before = regs;
    assert_eq!(sched::serve_regs(&mut fake, &CTX, &mut regs), Ok(()));
    assert_eq!(regs, Regs { rax: 0, ..before });
    assert_eq!(fake.calls, ["yield"]);
    // The register-only op is served by register.
    let mut regs = sched::PinOverride::to_regs(&sched::PinOverrideReq { pcpu: 1 }).unwrap();
    assert_eq!(sched::serve_regs(&mut fake, &CTX, &mut regs), Ok(()));
    assert_eq!(fake.calls, ["yield", "pin_override"]);
}

/// A preemptible window runs in chunks and stops after the chunk during which the host
/// asked for preemption (or after a failed entry); its results keep their absolute indices
/// and the next window resumes where it stopped.
#[test]
fn a_preemptible_window_stops_at_a_chunk_boundary() {
    use hvlink_proto::grant_table::{MapEntry, MapReplyEntry};
    use hvlink_proto::rt::{serve_batch, Preempt, PREEMPT_CHUNK};
    use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
    static FLAG: AtomicUsize = AtomicUsize::new(0);
    let entries: Vec<MapEntry> = (0..100)
        .map(|r| MapEntry {
            dom: 1,
            r#ref: r,
            flags: hvlink_proto::grant_table::GntmapFlags::HOST_MAP,
            host_addr: 0,
        })
        .collect();
    let list = hvlink_proto::rt::List::new(&entries);
    let run = |w: Window, fail_at: Option<u32>, calls: &mut Vec<u32>| {
        let mut buf = vec![0u8; 1 << 16];
        let mut b = Builder::new(SliceSink::new(&mut buf));
        let served = serve_batch(list, false, w, &mut b, 4, |part, out| {
            calls.push(part.len() as u32);
            for e in part.iter() {
                let status = if Some(e.r#ref) == fail_at {
                    Gntst::BAD_GNTREF
                } else {
                    Gntst::OKAY
                };
                out(MapReplyEntry {
                    index: 0,
                    status,
                    handle: (status == Gntst::OKAY).then_some(e.r#ref),
                    dev_bus_addr: None,
                })?;
            }
            Ok(())
        })
        .unwrap();
        served
    };
    let flag = Window {
        preempt: Some(Preempt::new(&FLAG)),
        ..window(10, 80)
    };
    // Not requested: the whole window, in chunks.
    let mut calls = Vec::new();
    let s = run(flag, None, &mut calls);
    assert_eq!((s.ran, s.total), (80, 100));
    assert_eq!(
        calls,
        [PREEMPT_CHUNK, PREEMPT_CHUNK, 80 - 2 * PREEMPT_CHUNK]
    );
    // Requested: one chunk, then stop.
    FLAG.store(1, Ordering::Relaxed);
    let mut calls = Vec::new();
    let s = run(flag, None, &mut calls);
    assert_eq!(s.ran, PREEMPT_CHUNK);
    assert_eq!(calls, [PREEMPT_CHUNK]);
    FLAG.store(0, Ordering::Relaxed);
    // A time slice: the clock (10 ns a look) passes the slice's end at the second look, so the window
    // stops after it (at least one chunk always runs).
    static NOW: AtomicU64 = AtomicU64::new(0);
    fn clock() -> u64 {
        NOW.fetch_add(10, Ordering::Relaxed)
    }
    NOW.store(0, Ordering::Relaxed);
    let sliced = Window {
        preempt: Some(Preempt::new(&FLAG).until(clock, 5)),
        ..window(10, 80)
    };
    let mut calls = Vec::new();
    let s = run(sliced, None, &mut calls);
    assert_eq!(s.ran, 2 * PREEMPT_CHUNK);
    assert_eq!(calls, [PREEMPT_CHUNK, PREEMPT_CHUNK]);
    // A slice already over still runs one chunk (every call makes progress).
    NOW.store(100, Ordering::Relaxed);
    let mut calls = Vec::new();
    let s = run(sliced, None, &mut calls);
    assert_eq!(calls, [PREEMPT_CHUNK]);
    assert_eq!(s.ran, PREEMPT_CHUNK);
    // A failed entry ends the call after its chunk (an ordered batch stops there).
    let mut calls = Vec::new();
    let s = run(flag, Some(15), &mut calls);
    assert!(s.failed);
    assert_eq!(s.ran, PREEMPT_CHUNK);
    // Without a flag: one backend call for the window, as before.
    let mut calls = Vec::new();
    let s = run(window(10, 80), None, &mut calls);
    assert_eq!((s.ran, calls.as_slice()), (80, &[80][..]));
}

/// A preemptible window over a received (wire) list reports where it stopped, and the next
/// window started from there runs exactly the entries a window walked from the list's start
/// would: every entry once, in order, and the resume points move forward through the
/// message.
#[test]
fn a_window_resumes_where_the_last_one_stopped() {
    use hvlink_proto::rt::{serve_batch, Preempt, Resume, PREEMPT_CHUNK};
    use std::sync::atomic::AtomicUsize;
    // Preemption always requested: every call runs one chunk.
    static ALWAYS: AtomicUsize = AtomicUsize::new(1);
    let entries: Vec<MapEntry> = (0..200).map(|r| map_entry(1, r)).collect();
    let mut bytes = Vec::new();
    map_batch(MapMode::INDEPENDENT, &entries)
        .encode(&mut Builder::new(&mut bytes))
        .unwrap();
    let req = MapReq::decode(Attrs::new(&bytes, 0)).unwrap();
    let MapReqForm::Batch { entry: list, .. } = req.form else {
        panic!("batch form")
    };
    let run = |start: u32, resume: Option<Resume>| {
        let mut seen = Vec::new();
        let mut buf = vec![0u8; 1 << 16];
        let mut b = Builder::new(SliceSink::new(&mut buf));
        let w = Window {
            preempt: Some(Preempt::new(&ALWAYS)),
            resume,
            ..window(start, u32::MAX)
        };
        let served = serve_batch(list, false, w, &mut b, 4, |part, out| {
            for e in part.iter() {
                seen.push(e.r#ref);
                out(MapReplyEntry {
                    index: 0,
                    status: Gntst::OKAY,
                    handle: Some(e.r#ref),
                    dev_bus_addr: None,
                })?;
            }
            Ok(())
        })
        .unwrap();
        (served, seen)
    };
    let (mut start, mut resume, mut all) = (0u32, None, Vec::new());
    let mut last_at = 0;
    while start < 200 {
        let (s, seen) = run(start, resume);
        // The same window walked from the list's start runs the same entries.
        assert_eq!(run(start, None).1, seen, "window at {start}");
        assert_eq!(s.ran, PREEMPT_CHUNK.min(200 - start));
        all.extend(seen);
        start += s.ran;
        resume = s.resume;
        match resume {
            Some(r) => {
                assert_eq!(r.index, start);
                assert!(r.at > last_at, "resume points move forward");
                last_at = r.at;
            }
            None => assert_eq!(start, 200, "a resume point until the end"),
        }
    }
    assert_eq!(all, (0..200).collect::<Vec<u32>>());
    // A resume point behind the window's start still skips to it.
    let behind = Resume {
        index: PREEMPT_CHUNK,
        at: run(0, None).0.resume.unwrap().at,
        span: None,
    };
    assert_eq!(
        run(PREEMPT_CHUNK + 5, Some(behind)).1,
        run(PREEMPT_CHUNK + 5, None).1
    );
}

/// `validate` finds what the first window's checks find, without running anything; a
/// window marked `validated` skips the checks and runs the same entries; bytes marked
/// validated that were not (a caller's bug) end in `EIO` at the first bad entry, never a
/// panic.
#[test]
fn validation_apart_matches_the_first_window() {
    // A valid 40-entry batch: validate passes, and served as validated it runs exactly as
    // served whole.
    let es: Vec<MapEntry> = (0..40).map(|r| map_entry(1, r)).collect();
    let req = map_batch(MapMode::INDEPENDENT, &es);
    let mut bytes = vec![0u8; 4096];
    let n = {
        let mut b = Builder::new(SliceSink::new(&mut bytes));
        req.encode(&mut b).unwrap();
        b.len()
    };
    bytes.truncate(n);
    let at = Attrs::new(&bytes, 20);
    assert_eq!(gnt::validate(MapGrantRef::DESC.id, at.clone()), Ok(()));
    assert_eq!(
        hvlink_proto::generated::validate(MapGrantRef::DESC, at.clone()),
        Ok(())
    );
    let validated = Window {
        validated: true,
        ..Window::ALL
    };
    let (mut plain, mut apart) = (Fake::default(), Fake::default());
    let (r1, out1) = raw(
        MapGrantRef::DESC.id,
        &bytes,
        &mut gnt_serve(&mut plain, Window::ALL),
    );
    let (r2, out2) = raw(
        MapGrantRef::DESC.id,
        &bytes,
        &mut gnt_serve(&mut apart, validated),
    );
    assert_eq!(r1, r2);
    assert_eq!(out1, out2);
    assert_eq!(plain.map_calls, apart.map_calls);
    assert_eq!(apart.map_calls.iter().map(|c| c.1.len()).sum::<usize>(), 40);

    // The second entry lacks `ref`: validate names it exactly as the first window does.
    let (broken, _) = second_entry_without_ref();
    let mut fake = Fake::default();
    let (r, _) = raw(
        MapGrantRef::DESC.id,
        &broken,
        &mut gnt_serve(&mut fake, Window::ALL),
    );
    let served_err = invalid(r);
    let apart_err = gnt::validate(MapGrantRef::DESC.id, Attrs::new(&broken, 20)).unwrap_err();
    assert_eq!(apart_err, served_err);
    assert_eq!(apart_err.missing(), Some(gnt::ids::map_entry::REF));

    // Marked validated without having been: EIO at the entry that lacks `ref` (the first
    // one ran: the mark is a promise the caller must keep).
    let (r, _) = raw(
        MapGrantRef::DESC.id,
        &broken,
        &mut gnt_serve(&mut fake, validated),
    );
    assert_eq!(r, Err(ServeError::Errno(Errno::EIO)));
    assert_eq!(fake.map_calls.iter().map(|c| c.1.len()).sum::<usize>(), 1);
}

/// The top-level attributes of `bytes` (attributes only), each with its padding.
fn top_level(bytes: &[u8]) -> Vec<&[u8]> {
    let mut out = Vec::new();
    let mut at = 0;
    while at < bytes.len() {
        let len = u16::from_le_bytes([bytes[at], bytes[at + 1]]) as usize;
        let end = (at + len.div_ceil(4) * 4).min(bytes.len());
        out.push(&bytes[at..end]);
        at = end;
    }
    out
}

/// A later window of a batch request jumps over the list's entries (the span the first
/// window that stopped found) instead of walking them all again; it reads the same request
/// wherever the other attributes are: the mode before the entries (as encoders write it),
/// after them, or an unknown attribute among them (no span then; the whole walk as before).
#[test]
fn later_windows_jump_over_the_entries() {
    use hvlink_proto::rt::{Preempt, Resume, Span, PREEMPT_CHUNK};
    use std::sync::atomic::AtomicUsize;
    static ALWAYS: AtomicUsize = AtomicUsize::new(1);
    let entries: Vec<MapEntry> = (0..200).map(|r| map_entry(1, r)).collect();
    let mut canonical = Vec::new();
    map_batch(MapMode::ORDERED, &entries)
        .encode(&mut Builder::new(&mut canonical))
        .unwrap();
    let parts = top_level(&canonical);
    assert_eq!(parts.len(), 201, "the mode, then 200 entries");
    // The mode after the entries.
    let mode_last: Vec<u8> = parts[1..]
        .iter()
        .chain(&parts[..1])
        .flat_map(|p| p.iter().copied())
        .collect();
    // An unknown attribute (type 99, 4 bytes) between entries 99 and 100.
    let unknown = [8u8, 0, 99, 0, 0, 0, 0, 0];
    let mixed: Vec<u8> = parts[..101]
        .iter()
        .copied()
        .chain([&unknown[..]])
        .chain(parts[101..].iter().copied())
        .flat_map(|p| p.iter().copied())
        .collect();
    // No mode attribute at all (independent, the default): only the entries say the form.
    let mut entries_only = Vec::new();
    map_batch(MapMode::INDEPENDENT, &entries)
        .encode(&mut Builder::new(&mut entries_only))
        .unwrap();
    assert_eq!(top_level(&entries_only).len(), 200);
    for case in [
        ("canonical", &canonical, MapMode::ORDERED, true),
        ("mode last", &mode_last, MapMode::ORDERED, true),
        ("unknown among the entries", &mixed, MapMode::ORDERED, false),
        ("entries only", &entries_only, MapMode::INDEPENDENT, true),
    ]
    .into_iter()
    .flat_map(|case| [(case, true), (case, false)])
    {
        let ((name, bytes, mode, spanned), preempted) = (case.0, case.1);
        // Each window one chunk (preempted) or 50 entries (its `max`, as a host's budget or
        // reply room stops it); the resume point from the last passed to the next.
        let per = if preempted { PREEMPT_CHUNK } else { 50 };
        let mut fake = Fake::default();
        let (mut start, mut resume): (u32, Option<Resume>) = (0, None);
        let mut results = Vec::new();
        while start < 200 {
            let w = Window {
                preempt: preempted.then(|| Preempt::new(&ALWAYS)),
                resume,
                ..window(start, if preempted { u32::MAX } else { per })
            };
            let (r, out) = raw(MapGrantRef::DESC.id, bytes, &mut gnt_serve(&mut fake, w));
            let s = r.unwrap_or_else(|e| panic!("{name}: window at {start}: {e:?}"));
            assert_eq!(s.total, 200, "{name}");
            assert_eq!(s.ran, per.min(200 - start), "{name}");
            results.extend(out);
            start += s.ran;
            resume = s.resume;
            if start < 200 {
                let r = resume.expect("a resume point until the end");
                assert_eq!(r.span.is_some(), spanned, "{name}: span {:?}", r.span);
            }
        }
        // Every entry once, in order, each call with the request's mode.
        let got: Vec<u32> = fake
            .map_calls
            .iter()
            .flat_map(|(m, es)| {
                assert_eq!(*m, mode, "{name}: the mode read in every window");
                es.iter().map(|e| e.r#ref)
            })
            .collect();
        assert_eq!(got, (0..200).collect::<Vec<u32>>(), "{name}");
        // The same results as one window over the whole request.
        let mut whole = Fake::default();
        let (r, out) = raw(
            MapGrantRef::DESC.id,
            bytes,
            &mut gnt_serve(&mut whole, Window::ALL),
        );
        assert_eq!(r.unwrap().ran, 200);
        assert_eq!(results, out, "{name}");
    }

    // The span found is where the entries lie; decoding with it reads what decoding
    // without it reads, and a span that is not where the walk goes changes nothing.
    let at = |b| Attrs::new(b, 20);
    let whole = MapReq::decode_valid(at(&mode_last[..])).unwrap();
    let MapReqForm::Batch { entry, .. } = whole.form else {
        panic!("batch form")
    };
    let span = entry.span().expect("contiguous entries");
    assert_eq!((span.start, span.kind, span.count), (20, 6, 200));
    assert_eq!(span.end, 20 + mode_last.len() - parts[0].len());
    assert_eq!(
        MapReq::decode_valid_from(at(&mode_last[..]), Some(span)),
        Some(whole)
    );
    for bogus in [
        Span { start: 24, ..span },
        Span {
            end: 1 << 20,
            ..span
        },
        Span { end: 0, ..span },
        Span { kind: 5, ..span },
    ] {
        assert_eq!(
            MapReq::decode_valid_from(at(&mode_last[..]), Some(bogus)),
            Some(whole),
            "{bogus:?}"
        );
    }
}

/// A window that cancels its entries (the rest of an ordered batch after a failure, or a
/// cancelled request) walks none of them and keeps the resume point, span included, so that
/// the windows after it jump over the entries too.
#[test]
fn a_cancel_window_keeps_the_resume_point() {
    let entries: Vec<MapEntry> = (0..200).map(|r| map_entry(1, r)).collect();
    let mut bytes = Vec::new();
    map_batch(MapMode::ORDERED, &entries)
        .encode(&mut Builder::new(&mut bytes))
        .unwrap();
    let mut fake = Fake {
        fail_refs: vec![40],
        ..Fake::default()
    };
    // Windows of 50 as a host runs them: the first runs and fails at entry 40 (an ordered
    // batch: the rest is cancelled), the later ones cancel.
    let (mut start, mut resume, mut cancel) = (0u32, None, false);
    let mut spans = Vec::new();
    while start < 200 {
        let w = Window {
            cancel,
            resume,
            ..window(start, 50)
        };
        let (r, _) = raw(MapGrantRef::DESC.id, &bytes, &mut gnt_serve(&mut fake, w));
        let s = r.unwrap();
        assert_eq!(s.ran, 50.min(200 - start));
        start += s.ran;
        cancel |= s.failed;
        resume = s.resume;
        if start < 200 {
            let r = resume.expect("a resume point until the end");
            assert!(r.index <= start, "{r:?} at {start}");
            spans.push(r.span);
        }
    }
    assert!(cancel, "entry 40 failed");
    assert_eq!(spans.len(), 3);
    assert!(spans[0].is_some());
    assert!(spans.iter().all(|s| *s == spans[0]), "{spans:?}");
    // Only the first window reached the backend.
    assert_eq!(fake.map_calls.iter().map(|c| c.1.len()).sum::<usize>(), 50);
}

// ---------------------------------------------------------------------------------------------
// Entries kept by validation (`validate_keep`, `Window::kept`): decoded once.

/// What one `serve` call returned: total, ran, failed, whole, and its resume's entry index
/// and span.
type CallSeen = (u32, u32, bool, bool, Option<(u32, Option<rt::Span>)>);

/// Serve `msg` (a whole map or unmap request) window by window, as the host's continuation
/// does (each window from where the last stopped, its resume point passed back), with
/// windows of at most `max` entries, preempted after every chunk when `preempt`. With `kept`
/// every window reads the store and none validates; without, the first window validates.
/// Returns the reply bytes of every window, what each call returned (its resume's byte
/// position aside, which only a window read off the wire knows), and what the backend saw.
fn windows_of(
    msg: &[u8],
    max: u32,
    preempt: bool,
    fail_refs: &[u32],
    kept: Option<&rt::Kept>,
) -> (Vec<u8>, Vec<CallSeen>, Fake) {
    use core::sync::atomic::AtomicUsize;
    static ALWAYS: AtomicUsize = AtomicUsize::new(1);
    let (fam, attrs) = Message::parse(msg).unwrap().genl().unwrap();
    let mut fake = Fake {
        fail_refs: fail_refs.to_vec(),
        ..Fake::default()
    };
    let (mut bytes, mut calls) = (Vec::new(), Vec::new());
    let (mut next, mut resume) = (0u32, None);
    loop {
        let w = Window {
            preempt: preempt.then(|| rt::Preempt::new(&ALWAYS)),
            resume,
            validated: kept.is_some(),
            kept,
            ..window(next, max)
        };
        let mut out = vec![0u8; 1 << 16];
        let mut b = Builder::new(SliceSink::new(&mut out));
        let s = gnt::serve(&mut fake, &CTX, fam.cmd, attrs.clone(), w, &mut b).unwrap();
        let n = b.len();
        bytes.extend_from_slice(&out[..n]);
        calls.push((
            s.total,
            s.ran,
            s.failed,
            s.whole,
            s.resume.map(|r| (r.index, r.span)),
        ));
        next += s.ran;
        resume = s.resume;
        if next >= s.total || s.ran == 0 {
            return (bytes, calls, fake);
        }
    }
}

/// A whole request message of op `O`.
fn message_of<O: Op>(req: &O::Request<'_>) -> Vec<u8> {
    let mut buf = vec![0u8; 1 << 16];
    let len = {
        let mut b = Builder::new(SliceSink::new(&mut buf));
        O::write_request(&mut b, 7, 0, req).unwrap()
    };
    buf.truncate(len);
    buf
}

/// The attributes of a whole request message.
fn attrs_of(msg: &[u8]) -> Attrs<'_> {
    Message::parse(msg).unwrap().genl().unwrap().1
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(256))]

    /// Entries kept as validation decoded them serve exactly as the request's own bytes
    /// do: for map and unmap batches of 1–300 entries of varying sizes (a host address or
    /// none), some of them failing, windows of any size, with and without preemption, the
    /// reply bytes, what every call returned and the entries the backend was given are the
    /// same. With the `alloc` feature (the host's) the store holds every entry.
    #[test]
    fn kept_entries_serve_as_the_request_does(
        spec in proptest::collection::vec((0u32..64, proptest::prelude::any::<bool>()), 1..300),
        max in 1u32..80,
        fail in 2u32..20,
        preempt in proptest::prelude::any::<bool>(),
        unmap in proptest::prelude::any::<bool>(),
    ) {
        let maps: Vec<MapEntry> = spec
            .iter()
            .map(|&(r, addr)| MapEntry {
                host_addr: if addr { 0x10_0000 + u64::from(r) * 0x1000 } else { 0 },
                ..map_entry(3, r)
            })
            .collect();
        let unmaps: Vec<UnmapEntry> = spec
            .iter()
            .map(|&(r, addr)| UnmapEntry {
                host_addr: if addr { 0x10_0000 } else { 0 },
                dev_bus_addr: 0,
                handle: r,
            })
            .collect();
        let msg = if unmap {
            message_of::<UnmapGrantRef>(&UnmapReq {
                form: UnmapReqForm::Batch {
                    mode: gnt::BatchMode::INDEPENDENT,
                    entry: List::new(&unmaps),
                },
            })
        } else {
            message_of::<MapGrantRef>(&map_batch(MapMode::INDEPENDENT, &maps))
        };
        let op = if unmap { UnmapGrantRef::DESC.id } else { MapGrantRef::DESC.id };
        let mut kept = rt::Kept::new();
        gnt::validate_keep(op, attrs_of(&msg), &mut kept).unwrap();
        #[cfg(feature = "alloc")]
        proptest::prop_assert_eq!(kept.count(), Some(spec.len()));
        let fails: Vec<u32> = (0..64).filter(|r| r % fail == 0).collect();
        let (wire, wire_calls, wire_fake) = windows_of(&msg, max, preempt, &fails, None);
        let (from_kept, kept_calls, kept_fake) =
            windows_of(&msg, max, preempt, &fails, Some(&kept));
        proptest::prop_assert_eq!(wire, from_kept);
        proptest::prop_assert_eq!(wire_calls, kept_calls);
        proptest::prop_assert_eq!(wire_fake.map_calls, kept_fake.map_calls);
        proptest::prop_assert_eq!(wire_fake.unmap_calls, kept_fake.unmap_calls);
    }
}

/// A store of another request is not used when it cannot be this request's: one holding
/// another op's entries, or another count of the same op's (the windows read the request);
/// one whose validation failed holds nothing. (That a store is lent only to the request it
/// was filled for is the host's bookkeeping: `serve_batch_kept` checks the type and count.)
#[test]
fn a_kept_store_of_another_request_is_not_used() {
    let entries: Vec<MapEntry> = (0..40).map(|r| map_entry(3, r)).collect();
    let msg = message_of::<MapGrantRef>(&map_batch(MapMode::INDEPENDENT, &entries));
    let (want, want_calls, want_fake) = windows_of(&msg, 16, false, &[5], None);
    // Another op's entries.
    let unmaps: Vec<UnmapEntry> = (0..40)
        .map(|h| UnmapEntry {
            host_addr: 0x10_0000,
            dev_bus_addr: 0,
            handle: h,
        })
        .collect();
    let other = message_of::<UnmapGrantRef>(&UnmapReq {
        form: UnmapReqForm::Batch {
            mode: gnt::BatchMode::INDEPENDENT,
            entry: List::new(&unmaps),
        },
    });
    let mut kept = rt::Kept::new();
    gnt::validate_keep(UnmapGrantRef::DESC.id, attrs_of(&other), &mut kept).unwrap();
    assert!(kept.entries::<MapEntry>().is_none());
    let (got, calls, fake) = windows_of(&msg, 16, false, &[5], Some(&kept));
    assert_eq!((&got, &calls), (&want, &want_calls));
    assert_eq!(fake.map_calls, want_fake.map_calls);
    // The same op's entries, one fewer (and different).
    let fewer: Vec<MapEntry> = (100..139).map(|r| map_entry(3, r)).collect();
    let short = message_of::<MapGrantRef>(&map_batch(MapMode::INDEPENDENT, &fewer));
    gnt::validate_keep(MapGrantRef::DESC.id, attrs_of(&short), &mut kept).unwrap();
    #[cfg(feature = "alloc")]
    assert_eq!(kept.entries::<MapEntry>().map(<[_]>::len), Some(39));
    let (got, calls, fake) = windows_of(&msg, 16, false, &[5], Some(&kept));
    assert_eq!((&got, &calls), (&want, &want_calls));
    assert_eq!(fake.map_calls, want_fake.map_calls);
    // A request that fails validation: the error of `validate`, nothing kept.
    let (bad, _) = second_entry_without_ref();
    let attrs = Attrs::new(&bad, 20);
    let e = gnt::validate_keep(MapGrantRef::DESC.id, attrs.clone(), &mut kept).unwrap_err();
    assert_eq!(Err(e), gnt::validate(MapGrantRef::DESC.id, attrs));
    assert_eq!(kept.count(), None);
    assert!(kept.entries::<MapEntry>().is_none());
    // Another op (not a batch): validated as by `validate`, nothing kept.
    let send = message_of::<SendOp>(&PortReq { port: 3 });
    gnt::validate_keep(MapGrantRef::DESC.id, attrs_of(&msg), &mut kept).unwrap();
    evtchn::validate_keep(SendOp::DESC.id, attrs_of(&send), &mut kept).unwrap();
    assert_eq!(kept.count(), None);
}
