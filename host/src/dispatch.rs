//! Dispatch: a ring message or a FastABI register call becomes a validated typed request, goes
//! to its family's backend method, and its reply goes back the same way.
//!
//! The functions here are the path-independent core: they look the op up in the generated tables,
//! enforces the op's privilege class for the caller's domain and queue kind, and calls the
//! generated `serve` (ring) or `serve_regs` (registers) of the family, which decode, call the
//! one backend method, and encode. Long ops become [`crate::server::Continuation`]s that the queue scheduler
//! ([`crate::server::Host`]) advances in budgeted steps.

use std::sync::atomic::{AtomicU64, Ordering};

use hvlink_codec::errmsg::{self, AckOptions, ExtAck};
use hvlink_codec::{genl, header, Builder, Error, Flags, Message, MessageType, Sink};
use hvlink_proto::rt::{self, OpDesc, Privilege, Regs, Via};
use hvlink_proto::Errno;

use hvlink_proto::DomId;

/// What a backend implements (every family's generated `Backend` + the platform queries);
/// defined with the ABI so that a backend needs nothing of the engine.
pub use hvlink_proto::Hypercalls;

/// Counters, shared with whoever reports them (`Arc`, relaxed atomics).
#[derive(Debug, Default)]
pub struct Metrics {
    /// Request messages handled (ring).
    pub messages: AtomicU64,
    /// Register calls handled.
    pub register_calls: AtomicU64,
    /// Big batch requests the serving runtime validated apart, outside the host lock
    /// (see [`crate::server::Unchecked`]).
    pub checked_apart: AtomicU64,
    /// Batch entries kept as their request's validation decoded them, for its windows to run
    /// from there (`rt::Kept`: each entry decoded once, not again for its window; a request
    /// cancelled before it ran counts too).
    pub kept_entries: AtomicU64,
    /// Register calls posted for the serving loop and run by it (or by another lock holder)
    /// for their caller (see [`crate::serve::Shared::register_call`]).
    pub delegated_calls: AtomicU64,
    /// Register calls that needed the host lock and ran on their caller's thread, the lock
    /// taken there: no serving loop was awake, or the caller's domain had its turn at the
    /// free lock (`TAKE_EVERY`; see [`crate::serve::Shared::register_call`]).
    pub caller_calls: AtomicU64,
    /// Reply messages produced (replies, ERRORs, ACKs, progress parts).
    pub replies: AtomicU64,
    /// Requests answered with an error.
    pub errors: AtomicU64,
    /// Batch requests (ops with entries).
    pub batches: AtomicU64,
    /// Batch entries run (or reported cancelled).
    pub entries: AtomicU64,
    /// Times a continuation stopped with work left (budget spent, or waiting).
    pub preemptions: AtomicU64,
    /// Doorbells (kicks) received, counted by the server.
    pub doorbells: AtomicU64,
    /// Interrupts (reply notifications) sent to guests.
    pub interrupts: AtomicU64,
    /// Requests cancelled.
    pub cancels: AtomicU64,
    /// Queues faulted by a misbehaving guest.
    pub faults: AtomicU64,
    /// Times the serving loop parked (waited for a doorbell) after polling idle.
    pub parks: AtomicU64,
    /// Times polling found new work before the poll window ran out (no doorbell needed).
    pub poll_hits: AtomicU64,
    /// Nanoseconds the serving loop spent polling while idle (the CPU cost of polling).
    pub poll_ns: AtomicU64,
    /// The serving loop's current poll window in nanoseconds (a gauge: 0 means it parks as
    /// soon as it is idle, i.e. interrupt mode; see [`crate::serve::PollMode`]).
    pub poll_window_ns: AtomicU64,
    /// The longest one queue's phase of a turn held the host, in nanoseconds (a high-water
    /// mark: what the time slice bounds, measured).
    pub slice_max_ns: AtomicU64,
    /// Turns served on a guest's ringing thread: doorbells that found the serving loop
    /// parked and did its turn instead of waking it ([`crate::serve::Shared::doorbell`]).
    pub inline_turns: AtomicU64,
    /// Requests copied out of their ring and left there for want of reply room (once per
    /// wait: the head is not copied again until the room it needs is there).
    pub held_for_room: AtomicU64,
    /// Register calls of a held domain ([`Hypercalls::held`]:
    /// paused, shut down) answered blocked, to be made again once it runs.
    pub held_calls: AtomicU64,
}

/// A plain copy of [`Metrics`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct MetricsSnapshot {
    /// See [`Metrics::messages`].
    pub messages: u64,
    /// See [`Metrics::register_calls`].
    pub register_calls: u64,
    /// See [`Metrics::delegated_calls`].
    pub delegated_calls: u64,
    /// See [`Metrics::caller_calls`].
    pub caller_calls: u64,
    /// See [`Metrics::checked_apart`].
    pub checked_apart: u64,
    /// See [`Metrics::kept_entries`].
    pub kept_entries: u64,
    /// See [`Metrics::replies`].
    pub replies: u64,
    /// See [`Metrics::errors`].
    pub errors: u64,
    /// See [`Metrics::batches`].
    pub batches: u64,
    /// See [`Metrics::entries`].
    pub entries: u64,
    /// See [`Metrics::preemptions`].
    pub preemptions: u64,
    /// See [`Metrics::doorbells`].
    pub doorbells: u64,
    /// See [`Metrics::interrupts`].
    pub interrupts: u64,
    /// See [`Metrics::cancels`].
    pub cancels: u64,
    /// See [`Metrics::faults`].
    pub faults: u64,
    /// See [`Metrics::parks`].
    pub parks: u64,
    /// See [`Metrics::poll_hits`].
    pub poll_hits: u64,
    /// See [`Metrics::poll_ns`].
    pub poll_ns: u64,
    /// See [`Metrics::poll_window_ns`].
    pub poll_window_ns: u64,
    /// See [`Metrics::slice_max_ns`].
    pub slice_max_ns: u64,
    /// See [`Metrics::inline_turns`].
    pub inline_turns: u64,
    /// See [`Metrics::held_for_room`].
    pub held_for_room: u64,
    /// See [`Metrics::held_calls`].
    pub held_calls: u64,
}

impl Metrics {
    /// Add `n` to a counter.
    #[inline]
    pub fn add(c: &AtomicU64, n: u64) {
        c.fetch_add(n, Ordering::Relaxed);
    }

    /// Read every counter.
    pub fn snapshot(&self) -> MetricsSnapshot {
        let r = |c: &AtomicU64| c.load(Ordering::Relaxed);
        MetricsSnapshot {
            messages: r(&self.messages),
            register_calls: r(&self.register_calls),
            delegated_calls: r(&self.delegated_calls),
            caller_calls: r(&self.caller_calls),
            checked_apart: r(&self.checked_apart),
            kept_entries: r(&self.kept_entries),
            replies: r(&self.replies),
            errors: r(&self.errors),
            batches: r(&self.batches),
            entries: r(&self.entries),
            preemptions: r(&self.preemptions),
            doorbells: r(&self.doorbells),
            interrupts: r(&self.interrupts),
            cancels: r(&self.cancels),
            faults: r(&self.faults),
            parks: r(&self.parks),
            poll_hits: r(&self.poll_hits),
            poll_ns: r(&self.poll_ns),
            poll_window_ns: r(&self.poll_window_ns),
            slice_max_ns: r(&self.slice_max_ns),
            inline_turns: r(&self.inline_turns),
            held_for_room: r(&self.held_for_room),
            held_calls: r(&self.held_calls),
        }
    }
}

/// Who owns a queue (recorded in its header page); decides which privilege classes its
/// requests may use.
pub use hvlink_codec::ring::QueueKind;

/// How calls arriving on a queue of `kind` count.
pub fn via_of(kind: QueueKind) -> Via {
    match kind {
        QueueKind::Kernel => Via::Kernel,
        QueueKind::Userspace => Via::Userspace,
    }
}

/// Enforce the op's privilege class (SCHEMA.md "Privilege") for one call: `EPERM` when the
/// caller may not make it. `target` is the request's target-domain value, if any.
pub fn check_privilege<H: Hypercalls + ?Sized>(
    hv: &H,
    op: &OpDesc,
    target: Option<u16>,
    domain: DomId,
    via: Via,
) -> Result<(), Errno> {
    check_privilege_of(
        hv.domain_exists(domain),
        |caller, target, dm| hv.may_act_on(caller, target, dm),
        op,
        target,
        domain,
        via,
    )
}

/// [`check_privilege`] with the platform's answers given: whether the calling domain
/// exists, and [`Hypercalls::may_act_on`].
pub(crate) fn check_privilege_of(
    exists: bool,
    may_act_on: impl FnOnce(DomId, Option<DomId>, bool) -> bool,
    op: &OpDesc,
    target: Option<u16>,
    domain: DomId,
    via: Via,
) -> Result<(), Errno> {
    if !exists {
        return Err(Errno::ESRCH);
    }
    match op.effective_privilege(target, domain) {
        Privilege::Logical => Ok(()),
        Privilege::Privileged if via != Via::Userspace => Ok(()),
        Privilege::Privileged => Err(Errno::EPERM),
        // Toolstacks run in the control domain's userspace: control ops are allowed from any
        // queue kind of the control domain, and from elsewhere only as the hypervisor's
        // policy allows (a device-model domain on its target, for the ops that say so); the
        // target is the caller's own domain when the request says DOMID_SELF.
        Privilege::Control => {
            let target = target.map(|t| if t == rt::DOMID_SELF { domain } else { t });
            let dm = op.flags & rt::op_flags::DEVICE_MODEL != 0;
            if may_act_on(domain, target, dm) {
                Ok(())
            } else {
                Err(Errno::EPERM)
            }
        }
    }
}

/// [`check_privilege`] for a ring request with attributes `attrs` (its target domain read
/// from them).
pub fn check_ring_privilege<H: Hypercalls + ?Sized>(
    hv: &H,
    op: &OpDesc,
    attrs: hvlink_codec::Attrs<'_>,
    domain: DomId,
    via: Via,
) -> Result<(), Errno> {
    check_privilege(hv, op, ring_target(op, attrs), domain, via)
}

/// The target-domain attribute of a ring request (top level, u16), if the op has one and the
/// request carries it. A malformed value is left to the decoder to reject.
pub fn ring_target(op: &OpDesc, attrs: hvlink_codec::Attrs<'_>) -> Option<u16> {
    let kind = op.target_domain?;
    for a in attrs {
        let Ok(a) = a else { return None };
        if a.kind() == kind {
            return a.u16().ok();
        }
    }
    None
}

/// The target-domain value of a register call, if the op has one and it is mapped.
pub fn reg_target(op: &OpDesc, regs: &Regs) -> Option<u16> {
    let kind = op.target_domain?;
    let map = op.fastabi.as_ref()?;
    let (_, reg) = map.inputs.iter().find(|(k, _)| *k == kind)?;
    u16::try_from(regs.get(*reg)).ok()
}

/// Run one family's generated ring `serve` (the family list is generated from the spec), or
/// the hypervisor's own version of it ([`Hypercalls::family_versions`]).
pub fn serve_family<H: Hypercalls + ?Sized, S: Sink>(
    hv: &mut H,
    ctx: &rt::Ctx,
    op: &OpDesc,
    attrs: hvlink_codec::Attrs<'_>,
    window: rt::Window,
    reply: &mut Builder<S>,
) -> Result<rt::Served, rt::ServeError> {
    if hv.family_versions().iter().any(|f| f.id == op.family_id) {
        hv.serve_version(ctx, op, attrs, window, reply)
    } else {
        hvlink_proto::generated::serve(hv, ctx, op, attrs, window, reply)
    }
}

/// Run one family's generated register `serve_regs` (or the hypervisor's own version).
pub fn serve_family_regs<H: Hypercalls + ?Sized>(
    hv: &mut H,
    ctx: &rt::Ctx,
    op: &OpDesc,
    regs: &mut Regs,
) -> Result<(), Errno> {
    if hv.family_versions().iter().any(|f| f.id == op.family_id) {
        hv.serve_version_regs(ctx, op, regs)
    } else {
        hvlink_proto::generated::serve_regs(hv, ctx, op, regs)
    }
}

/// What a register call came to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RegOutcome {
    /// Done: rax holds 0 or −errno, the mapped reply registers are written on success, and
    /// no other register was touched.
    Done,
    /// An async op (`sched.poll`, `sched.block`) must wait: the registers are untouched;
    /// make the same call again once [`Hypercalls::generation`] changes (the vCPU blocks, as
    /// in Xen).
    Blocked,
}

/// Longest ERROR message the dispatcher writes (capped request, extended ack).
pub const ERROR_BOUND: usize = 16 + 4 + 16 + 4 + 128 + 8 + 8 + 8 + 8;

/// Write an ERROR message answering the request message `req` (its bytes: at least its
/// header) with `-errno` and, for a validation failure, the extended ack naming the attribute
/// and offset — as the kernel answers on a socket with `NETLINK_CAP_ACK` and
/// `NETLINK_EXT_ACK` ([`AckOptions::HVLINK`]): the request's header echoed unchanged.
pub fn write_error<S: Sink>(
    b: &mut Builder<S>,
    req: &[u8],
    errno: Errno,
    invalid: Option<&Error>,
) -> hvlink_codec::Result<usize> {
    let ext = invalid.map(ExtAck::from_error).unwrap_or_default();
    errmsg::Repr::answer(-errno.0, req, AckOptions::HVLINK, ext)?.emit(b)
}

/// Write an acknowledgement (ERROR with status 0) for the request message `req`.
pub fn write_ack<S: Sink>(b: &mut Builder<S>, req: &[u8]) -> hvlink_codec::Result<usize> {
    write_error(b, req, Errno(0), None)
}

/// End a dump: a DONE message (flag MULTI, payload the status 0 as netlink's NLMSG_DONE).
pub fn write_done<S: Sink>(b: &mut Builder<S>, req: &header::Repr) -> hvlink_codec::Result<usize> {
    let m = b.begin_message(header::Repr {
        message_type: MessageType::DONE,
        flags: Flags::MULTI,
        seq: req.seq,
        port: req.port,
    })?;
    b.put_raw(&0i32.to_le_bytes())?;
    b.end_message(m)
}

/// The `cursor` a dump part's reply attributes (`results`, as the backend wrote them) carry:
/// where the next part starts; `None` in the last part.
pub fn reply_cursor(op: &OpDesc, results: &[u8]) -> Option<u64> {
    let kind = op.reply.attrs.iter().find(|a| a.name == "cursor")?.kind;
    hvlink_codec::Attrs::new(results, 0)
        .filter_map(|a| a.ok())
        .find(|a| a.kind() == kind)
        .and_then(|a| a.u64().ok())
}

/// The request `request` (a whole message) with its `cursor` attribute set to `cursor`: the
/// next part of a dump. The host builds it from its own copy, so a guest never supplies the
/// cursor of a part after the first; `None` if the request does not parse (it did before).
pub fn with_cursor(op: &OpDesc, request: &[u8], cursor: u64) -> Option<Vec<u8>> {
    let kind = op.request.attrs.iter().find(|a| a.name == "cursor")?.kind;
    let msg = Message::parse(request).ok()?;
    let hdr = *msg.header();
    let (fam, attrs) = msg.genl().ok()?;
    let mut out = Vec::with_capacity(request.len() + 12);
    let mut b = Builder::new(&mut out);
    let m = b.begin_message(hdr).ok()?;
    b.genl(fam).ok()?;
    for a in attrs {
        let a = a.ok()?;
        if a.kind() != kind {
            b.put(a.raw_kind(), a.payload()).ok()?;
        }
    }
    b.put(kind, &cursor.to_le_bytes()).ok()?;
    b.end_message(m).ok()?;
    Some(out)
}

/// The errno a codec error maps to: `EOPNOTSUPP` for an unknown must-understand attribute,
/// `E2BIG` for a limit, `EINVAL` otherwise.
pub fn errno_of(e: &Error) -> Errno {
    use hvlink_codec::ErrorKind as K;
    match e.kind() {
        K::UnknownMustUnderstand => Errno::EOPNOTSUPP,
        K::LimitExceeded | K::TooLarge => Errno::E2BIG,
        _ => Errno::EINVAL,
    }
}

/// A parsed request: its header, op, and the offset of its attributes.
#[derive(Debug, Clone, Copy)]
pub struct Parsed {
    /// The request's header.
    pub header: header::Repr,
    /// The op it names.
    pub op: &'static OpDesc,
}

/// Parse a request message and look its op up. On failure, the header (when it parsed) and
/// the error to answer with.
pub fn parse_request(bytes: &[u8]) -> Result<Parsed, (Option<header::Repr>, Errno, Option<Error>)> {
    parse_request_with(bytes, &[])
}

/// [`parse_request`] that also knows the host's extra families.
pub fn parse_request_with(
    bytes: &[u8],
    extra: &'static [&'static rt::FamilyDesc],
) -> Result<Parsed, (Option<header::Repr>, Errno, Option<Error>)> {
    let msg = Message::parse(bytes).map_err(|e| (None, Errno::EINVAL, Some(e)))?;
    let hdr = *msg.header();
    if !hdr.flags.contains(Flags::REQUEST) || hdr.message_type.is_control() {
        return Err((Some(hdr), Errno::EINVAL, None));
    }
    let (fam, _) = msg
        .genl()
        .map_err(|e| (Some(hdr), Errno::EINVAL, Some(e)))?;
    // The host's own families first: they may replace a built-in family by another version
    // of it (an older hypervisor), whose ops are then the only ones.
    let own = extra.iter().any(|f| f.msg_type == hdr.message_type.0);
    let op = if own {
        rt::lookup_msg(extra, hdr.message_type.0, fam.cmd)
    } else {
        hvlink_proto::lookup_msg(hdr.message_type.0, fam.cmd)
    }
    .map_err(|e| (Some(hdr), e, None))?;
    Ok(Parsed { header: hdr, op })
}

/// The attributes of a request that [`parse_request`] accepted.
pub fn request_attrs(bytes: &[u8]) -> hvlink_codec::Attrs<'_> {
    // What `Message::parse` and `genl` check, read directly (the host asks for a request's
    // attributes several times while it serves it): a length covering both headers, within
    // the limit and the bytes, and a family header whose reserved field is zero.
    const HEAD: usize = header::HEADER_LEN + genl::HEADER_LEN;
    let Some(len) = bytes
        .first_chunk::<4>()
        .map(|l| u32::from_le_bytes(*l) as usize)
    else {
        return hvlink_codec::Attrs::new(&[], 0);
    };
    if !(HEAD..=hvlink_codec::limits::MAX_MESSAGE_LEN).contains(&len)
        || len > bytes.len()
        || bytes[HEAD - 2..HEAD] != [0, 0]
    {
        return hvlink_codec::Attrs::new(&[], 0);
    }
    hvlink_codec::Attrs::new(&bytes[HEAD..len], HEAD)
}

/// The netlink and family headers of a reply to `req` by `op` with `flags`, whose attributes
/// (`body` bytes) follow: what [`begin_reply`] writes, as bytes, with the length set (a
/// reply built apart from its results, which are written after it).
pub fn reply_head(
    op: &OpDesc,
    req: &header::Repr,
    flags: Flags,
    body: usize,
) -> [u8; header::HEADER_LEN + genl::HEADER_LEN] {
    let mut head = [0u8; header::HEADER_LEN + genl::HEADER_LEN];
    let (nl, fam) = head.split_at_mut(header::HEADER_LEN);
    header::Repr {
        message_type: MessageType(op.msg_type),
        flags,
        seq: req.seq,
        port: req.port,
    }
    .emit(
        &mut header::Packet::new_unchecked(nl),
        genl::HEADER_LEN + body,
    );
    genl::Repr {
        cmd: op.id,
        version: op.family_version,
    }
    .emit(&mut genl::Packet::new_unchecked(fam));
    head
}

/// Begin a reply message to `req` for `op`; the family header is written.
pub fn begin_reply<S: Sink>(
    b: &mut Builder<S>,
    op: &OpDesc,
    req: &header::Repr,
    flags: Flags,
) -> hvlink_codec::Result<hvlink_codec::builder::MessageStart> {
    let m = b.begin_message(header::Repr {
        message_type: MessageType(op.msg_type),
        flags,
        seq: req.seq,
        port: req.port,
    })?;
    if let Err(e) = b.genl(genl::Repr {
        cmd: op.id,
        version: op.family_version,
    }) {
        b.cancel_message(m);
        return Err(e);
    }
    Ok(m)
}

/// The batch mode of a request (`mode` attribute; 0 = independent when absent).
pub fn batch_mode(op: &OpDesc, attrs: hvlink_codec::Attrs<'_>) -> u8 {
    let Some(d) = op.request.attrs.iter().find(|a| a.name == "mode") else {
        return 0;
    };
    for a in attrs {
        let Ok(a) = a else { return 0 };
        if a.kind() == d.kind {
            return a.u8().unwrap_or(0);
        }
    }
    0
}

/// Mode values shared by the batch ops' `map-mode` and `batch-mode`.
pub const MODE_ORDERED: u8 = 1;

/// The bound of one batch reply entry, from the reply's repeated nest.
pub fn entry_bound(op: &OpDesc) -> usize {
    let n = op
        .reply
        .attrs
        .iter()
        .filter(|a| a.max_count > 0)
        .map(|a| a.max_count)
        .max()
        .unwrap_or(1)
        .max(1);
    (op.max_reply as usize).div_ceil(n as usize)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `request_attrs` as `Message::parse` and `genl` give them, for any bytes: the same
    /// attribute bytes at the same offset, or none.
    #[test]
    fn request_attrs_are_the_parsers() {
        fn parsed(bytes: &[u8]) -> hvlink_codec::Attrs<'_> {
            match Message::parse(bytes).and_then(|m| m.genl()) {
                Ok((_, attrs)) => attrs,
                Err(_) => hvlink_codec::Attrs::new(&[], 0),
            }
        }
        let mut next = crate::xorshift(0x2545_f491_4f6c_dd1du64);
        let limit = hvlink_codec::limits::MAX_MESSAGE_LEN as u32;
        for i in 0..50_000u32 {
            let n = (next() % 64) as usize;
            let mut bytes: Vec<u8> = (0..n).map(|_| next() as u8).collect();
            // Lengths around every boundary: the headers, the bytes, the limit.
            let len = match i % 6 {
                0 => n as u32,
                1 => (next() % 32) as u32,
                2 => n as u32 + 1,
                3 => limit + (next() % 3) as u32,
                4 => n.saturating_sub((next() % 4) as usize) as u32,
                _ => next() as u32,
            };
            if n >= 4 {
                bytes[..4].copy_from_slice(&len.to_le_bytes());
            }
            if n >= 20 && i % 2 == 0 {
                bytes[18..20].fill(0);
            }
            let (a, b) = (request_attrs(&bytes), parsed(&bytes));
            assert_eq!(a.remaining(), b.remaining(), "{bytes:?}");
            assert_eq!(a.offset(), b.offset(), "{bytes:?}");
        }
        // Past the limit, with the bytes there: none either way.
        for len in [limit - 4, limit, limit + 4] {
            let mut bytes = vec![0u8; limit as usize + 8];
            bytes[..4].copy_from_slice(&len.to_le_bytes());
            let (a, b) = (request_attrs(&bytes), parsed(&bytes));
            assert_eq!(a.remaining(), b.remaining(), "len {len}");
            assert_eq!(a.offset(), b.offset(), "len {len}");
        }
    }

    /// `reply_head` is the header `begin_reply` writes, with the length of the whole reply.
    #[test]
    fn reply_head_is_begin_replys_header_with_the_length() {
        let body: Vec<u8> = (0..40u8).collect();
        for op in hvlink_proto::FAMILIES.iter().flat_map(|f| f.ops.iter()) {
            for (seq, port, flags) in [(1u32, 0u32, Flags(0)), (0xdead_beef, 77, Flags::MULTI)] {
                let req = header::Repr {
                    message_type: MessageType(op.msg_type),
                    flags: Flags::REQUEST,
                    seq,
                    port,
                };
                let mut built = Vec::new();
                let mut b = Builder::new(&mut built);
                let m = begin_reply(&mut b, op, &req, flags).unwrap();
                b.put_raw(&body).unwrap();
                b.end_message(m).unwrap();
                let head = reply_head(op, &req, flags, body.len());
                assert_eq!(&built[..head.len()], &head[..], "{}", op.name);
                assert_eq!(&built[head.len()..], &body[..]);
            }
        }
    }
}
