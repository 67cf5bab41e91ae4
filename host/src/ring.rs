//! The host end of a queue: consumes a guest's requests and produces its replies, reaching
//! guest memory only through `vm-memory`.
//!
//! The guest is hostile. The queue's configuration is read and validated once at attach and
//! never re-read; every index and length is checked by the ring protocol
//! ([`hvlink_codec::ring::Consumer`]); every request is copied once into a private buffer and
//! handled only from there; reply space is reserved before a request is consumed. A violation
//! faults *this* queue (status written to the guest's header page, a `tracing` warning, an
//! error to the caller) and nothing else: other queues served by the same host keep running.

use std::sync::atomic::Ordering;

use hvlink_codec::header::align;
use hvlink_codec::limits::MAX_MESSAGE_LEN;
use hvlink_codec::ring::{Consumer, Fault, Producer, QueueLayout, SharedMem};
use hvlink_codec::{Builder, Messages, SliceSink};
use vm_memory::{
    Bytes, GuestAddress, GuestMemory, GuestMemoryBackend, GuestMemoryRegion, MemoryRegionAddress,
    Permissions,
};

/// One queue's shared pages inside guest memory: `[base, base + len)`, checked at creation to
/// be entirely backed by guest memory, so every access below is in range.
#[derive(Debug, Clone)]
pub struct GuestRegion<M: GuestMemory> {
    mem: M,
    base: GuestAddress,
    len: usize,
    /// The whole range lies in one region of plain guest memory (no IOMMU in between): every
    /// access goes to that region directly, found by the base address, instead of through
    /// `GuestMemory`'s general path (a lookup, then an iterator of slices that may span
    /// regions), which was a sixth of a host turn.
    one_region: bool,
}

/// Why a queue could not be attached.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AttachError {
    /// The guest-physical range is not (entirely) guest memory, or overflows.
    BadRange,
    /// The header page is invalid.
    BadLayout(Fault),
}

impl std::fmt::Display for AttachError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            AttachError::BadRange => f.write_str("queue pages are not guest memory"),
            AttachError::BadLayout(fault) => write!(f, "bad queue header: {}", fault.msg),
        }
    }
}

impl std::error::Error for AttachError {}

impl<M: GuestMemory> GuestRegion<M> {
    /// The range `[base, base + len)` of `mem`, which must be fully backed and not overflow.
    pub fn new(mem: M, base: GuestAddress, len: usize) -> Result<Self, AttachError> {
        let aligned = base.0 % 4 == 0;
        let fits = base.0.checked_add(len as u64).is_some();
        if !aligned || !fits || len == 0 || !mem.check_range(base, len, Permissions::ReadWrite) {
            return Err(AttachError::BadRange);
        }
        let one_region = mem
            .physical_memory()
            .and_then(|pm| pm.find_region(base))
            .is_some_and(|r| {
                r.to_region_addr(GuestAddress(base.0 + len as u64 - 1))
                    .is_some()
            });
        Ok(GuestRegion {
            mem,
            base,
            len,
            one_region,
        })
    }

    /// True when the whole range lies in one region of plain guest memory, reached
    /// directly.
    pub fn in_one_region(&self) -> bool {
        self.one_region
    }

    fn addr(&self, off: usize) -> GuestAddress {
        GuestAddress(self.base.0 + off as u64)
    }

    /// The region holding the whole range and `off`'s address in it, when the range is in one
    /// region ([`one_region`](Self::one_region)) and the memory map still has it there.
    #[inline]
    fn region(
        &self,
        off: usize,
    ) -> Option<(
        &<M::PhysicalMemory as GuestMemoryBackend>::R,
        MemoryRegionAddress,
    )> {
        if !self.one_region {
            return None;
        }
        let r = self.mem.physical_memory()?.find_region(self.base)?;
        Some((r, r.to_region_addr(self.addr(off))?))
    }
}

// Offsets below `len` were checked at creation, so vm-memory's errors cannot occur unless the
// VMM changes the guest's memory map under a live queue; then loads read as a misaligned
// index (which the ring protocol turns into a fault) and copies read zeros.
impl<M: GuestMemory> SharedMem for GuestRegion<M> {
    fn len(&self) -> usize {
        self.len
    }
    fn load_u32(&self, off: usize, order: Ordering) -> u32 {
        match self.region(off) {
            Some((r, a)) => r.load(a, order),
            None => self.mem.load(self.addr(off), order),
        }
        .unwrap_or(u32::MAX)
    }
    fn store_u32(&self, off: usize, val: u32, order: Ordering) {
        let _ = match self.region(off) {
            Some((r, a)) => r.store(val, a, order),
            None => self.mem.store(val, self.addr(off), order),
        };
    }
    fn read(&self, off: usize, dst: &mut [u8]) {
        let r = match self.region(off) {
            Some((r, a)) => r.read_slice(dst, a),
            None => self.mem.read_slice(dst, self.addr(off)),
        };
        if r.is_err() {
            dst.fill(0);
        }
    }
    fn write(&self, off: usize, src: &[u8]) {
        let _ = match self.region(off) {
            Some((r, a)) => r.write_slice(src, a),
            None => self.mem.write_slice(src, self.addr(off)),
        };
    }
}

/// What one [`HostQueue::process`] call did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Progress {
    /// Requests consumed.
    pub requests: usize,
    /// Reply messages published.
    pub replies: usize,
    /// The guest asked for an interrupt: ring its doorbell.
    pub notify_guest: bool,
    /// Stopped because the reply ring had no room for the next request's reply bound
    /// (back-pressure: nothing was consumed that could not be answered).
    pub blocked_on_replies: bool,
}

/// The host end of one queue.
#[derive(Debug)]
pub struct HostQueue<M: GuestMemory + Clone> {
    layout: QueueLayout,
    req: Consumer<GuestRegion<M>>,
    rep: Producer<GuestRegion<M>>,
    request: Box<[u8]>,
    reply: Box<[u8]>,
    fault: Option<Fault>,
}

impl<M: GuestMemory + Clone> HostQueue<M> {
    /// Attach to the queue whose pages the guest set up at `base` (`pages` × 4 KiB). Resumes
    /// from the indices in the header page (a restarted host continues where the previous one
    /// stopped: consumed requests are not delivered again).
    pub fn attach(mem: M, base: GuestAddress, pages: usize) -> Result<Self, AttachError> {
        let len = pages.checked_mul(4096).ok_or(AttachError::BadRange)?;
        let region = GuestRegion::new(mem, base, len)?;
        let layout = QueueLayout::read(&region).map_err(AttachError::BadLayout)?;
        let req = Consumer::new(region.clone(), layout.req);
        let rep = Producer::new(region, layout.rep);
        let fault = req.fault().or(rep.fault());
        let mut q = HostQueue {
            layout,
            req,
            rep,
            request: vec![0u8; MAX_MESSAGE_LEN].into_boxed_slice(),
            reply: vec![0u8; MAX_MESSAGE_LEN].into_boxed_slice(),
            fault: None,
        };
        if let Some(f) = fault {
            q.fail(f);
        }
        Ok(q)
    }

    /// The validated layout.
    pub fn layout(&self) -> &QueueLayout {
        &self.layout
    }

    /// Why the queue stopped, if it did.
    pub fn fault(&self) -> Option<Fault> {
        self.fault
    }

    fn fail(&mut self, f: Fault) -> Fault {
        if self.fault.is_none() {
            crate::limited!(
                warn,
                queue = self.layout.id,
                at = f.at,
                "queue faulted: {}",
                f.msg
            );
            QueueLayout::set_fault(self.req.mem(), &f);
            self.fault = Some(f);
        }
        f
    }

    /// The request consumer, for [`hvlink_codec::ring::wait_for_work`]. (A fault its own
    /// methods find is the consumer's only: [`has_requests`](Self::has_requests) and
    /// [`prepare_park_requests`](Self::prepare_park_requests) record it as the queue's.)
    pub fn requests(&mut self) -> &mut Consumer<GuestRegion<M>> {
        &mut self.req
    }

    /// Is a request (or padding) waiting? A ring fault found looking is recorded as the
    /// queue's, as every read's is.
    #[inline]
    pub fn has_requests(&mut self) -> Result<bool, Fault> {
        self.look(Consumer::has_work)
    }

    /// Before parking: ask the guest for a kick at its next request; `Ok(true)` when one is
    /// already waiting (do not park). A ring fault found looking is recorded as the queue's.
    pub fn prepare_park_requests(&mut self) -> Result<bool, Fault> {
        self.look(Consumer::prepare_park)
    }

    /// `how` asked of the request consumer, a fault it finds recorded as the queue's (out of
    /// the way of the looks the serving loop makes all the time).
    #[inline]
    fn look(
        &mut self,
        how: fn(&mut Consumer<GuestRegion<M>>) -> Result<bool, Fault>,
    ) -> Result<bool, Fault> {
        if let Some(f) = self.fault {
            return Err(f);
        }
        match how(&mut self.req) {
            Ok(w) => Ok(w),
            Err(f) => Err(self.fail_cold(f)),
        }
    }

    /// [`fail`](Self::fail), kept from being inlined into [`look`](Self::look).
    #[cold]
    #[inline(never)]
    fn fail_cold(&mut self, f: Fault) -> Fault {
        self.fail(f)
    }

    /// Copy the next request into the queue's private buffer without consuming it; returns
    /// it (`None` when the ring is empty). Call [`consume`](Self::consume) once it is
    /// handled or taken over; until then the same request is returned again.
    pub fn peek_request(&mut self) -> Result<Option<&[u8]>, Fault> {
        if let Some(f) = self.fault {
            return Err(f);
        }
        match self.req.peek(&mut self.request) {
            Ok(Some(len)) => Ok(Some(&self.request[..len])),
            Ok(None) => Ok(None),
            Err(f) => Err(self.fail(f)),
        }
    }

    /// Like [`peek_request`](Self::peek_request), copying into the caller's private `buf`
    /// (at least `MAX_MESSAGE_LEN` bytes) instead of the queue's own; returns its length.
    pub fn peek_into(&mut self, buf: &mut [u8]) -> Result<Option<usize>, Fault> {
        if let Some(f) = self.fault {
            return Err(f);
        }
        match self.req.peek(buf) {
            Ok(r) => Ok(r),
            Err(f) => Err(self.fail(f)),
        }
    }

    /// Like [`peek_into`](Self::peek_into), skipping at most `max_skip` bytes of padding
    /// (see [`Consumer::peek_limited`](hvlink_codec::ring::Consumer::peek_limited)): what
    /// the engine uses, so that republished NOOPs cost their queue's budget.
    pub fn peek_limited(
        &mut self,
        buf: &mut [u8],
        max_skip: usize,
    ) -> Result<hvlink_codec::ring::Peeked, Fault> {
        if let Some(f) = self.fault {
            return Err(f);
        }
        match self.req.peek_limited(buf, max_skip) {
            Ok(r) => Ok(r),
            Err(f) => Err(self.fail(f)),
        }
    }

    /// Consume the request [`peek_request`](Self::peek_request) returned (its space is
    /// given back to the guest at the next [`flush`](Self::flush)).
    pub fn consume(&mut self) {
        self.req.advance();
    }

    /// The longest reply message this queue takes (half its reply ring, at most
    /// `MAX_MESSAGE_LEN`); longer replies are sent in parts.
    pub fn max_reply_message(&self) -> usize {
        ((self.layout.rep.size / 2) as usize).min(MAX_MESSAGE_LEN)
    }

    /// Could `len` bytes of reply messages be pushed now? Never for more than
    /// [`max_reply_message`](Self::max_reply_message).
    pub fn can_reply(&mut self, len: usize) -> Result<bool, Fault> {
        if let Some(f) = self.fault {
            return Err(f);
        }
        if align(len) > self.max_reply_message() {
            crate::limited!(
                error,
                queue = self.layout.id,
                len,
                "reply larger than the queue takes"
            );
            return Ok(false);
        }
        match self.rep.can_reserve(align(len)) {
            Ok(ok) => Ok(ok),
            Err(f) => Err(self.fail(f)),
        }
    }

    /// Push whole reply messages (one or more, framed). `false` (nothing pushed) when the
    /// reply ring lacks room for all of them.
    pub fn push_replies(&mut self, bytes: &[u8]) -> Result<bool, Fault> {
        if !self.can_reply(bytes.len())? {
            return Ok(false);
        }
        for m in Messages::new(bytes) {
            let Ok((at, m)) = m else {
                crate::limited!(
                    error,
                    queue = self.layout.id,
                    "host wrote a malformed reply"
                );
                break;
            };
            match self.rep.push(&bytes[at..at + m.len()]) {
                Ok(true) => {}
                Ok(false) => {
                    crate::limited!(error, queue = self.layout.id, "reply space vanished");
                    return Ok(false);
                }
                Err(f) => return Err(self.fail(f)),
            }
        }
        Ok(true)
    }

    /// Push one reply message as [`push_replies`](Self::push_replies) would, the
    /// concatenation of `parts` (a header and a body built apart), written in pieces of
    /// `piece` bytes with `between` run after each but the last
    /// ([`Producer::push_parts_in_pieces`](hvlink_codec::ring::Producer::push_parts_in_pieces)).
    pub fn push_reply_in_pieces(
        &mut self,
        parts: &[&[u8]],
        piece: usize,
        between: &mut dyn FnMut(),
    ) -> Result<bool, Fault> {
        let len = parts.iter().map(|p| p.len()).sum();
        if !self.can_reply(len)? {
            return Ok(false);
        }
        match self.rep.push_parts_in_pieces(parts, piece, between) {
            Ok(true) => Ok(true),
            Ok(false) => {
                crate::limited!(error, queue = self.layout.id, "reply space vanished");
                Ok(false)
            }
            Err(f) => Err(self.fail(f)),
        }
    }

    /// [`flush`](Self::flush) without the interrupt: the replies pushed are published, but
    /// a guest parked on the reply ring is not woken for them (the next `flush` that
    /// publishes wakes it; see [`Producer::publish_quiet`](hvlink_codec::ring::Producer::publish_quiet)).
    pub fn flush_quiet(&mut self) {
        self.req.release();
        self.rep.publish_quiet();
    }

    /// [`flush`](Self::flush), and look at the guest's announcement even with nothing new
    /// to publish (replies published quietly before may have it parked on them): `true`
    /// when it asked for an interrupt it has not had.
    pub fn flush_and_look(&mut self) -> bool {
        self.flush() || self.rep.look()
    }

    /// Give consumed request space back and publish pushed replies; `true` when the guest
    /// asked for an interrupt (ring its doorbell).
    #[inline]
    pub fn flush(&mut self) -> bool {
        self.req.release();
        self.rep.publish()
    }

    /// Handle up to `max` requests. For each: the request is copied into private memory;
    /// `bound` says how many reply bytes it may need (whole messages, headers included); if
    /// the reply ring cannot take that much the request is left in place and processing stops;
    /// otherwise it is consumed and `handle` writes its replies (zero or more messages) into a
    /// private builder of exactly `bound` bytes, which are then published. Consumed space is
    /// released and replies are published once per call (one doorbell for the batch).
    pub fn process<B, H>(&mut self, max: usize, bound: B, mut handle: H) -> Result<Progress, Fault>
    where
        B: Fn(&[u8]) -> usize,
        H: FnMut(&[u8], &mut Builder<SliceSink<'_>>),
    {
        if let Some(f) = self.fault {
            return Err(f);
        }
        let mut progress = Progress::default();
        let result = self.process_inner(max, &bound, &mut handle, &mut progress);
        self.req.release();
        progress.notify_guest = self.rep.publish();
        match result {
            Ok(()) => Ok(progress),
            Err(f) => Err(self.fail(f)),
        }
    }

    fn process_inner<B, H>(
        &mut self,
        max: usize,
        bound: &B,
        handle: &mut H,
        progress: &mut Progress,
    ) -> Result<(), Fault>
    where
        B: Fn(&[u8]) -> usize,
        H: FnMut(&[u8], &mut Builder<SliceSink<'_>>),
    {
        while progress.requests < max {
            let Some(len) = self.req.peek(&mut self.request)? else {
                break;
            };
            let request = &self.request[..len];
            let need = align(bound(request)).min(self.reply.len());
            if !self.rep.can_reserve(need)? {
                progress.blocked_on_replies = true;
                break;
            }
            self.req.advance();
            progress.requests += 1;
            let written = {
                let mut b = Builder::new(SliceSink::new(&mut self.reply[..need]));
                handle(request, &mut b);
                b.len()
            };
            for m in Messages::new(&self.reply[..written]) {
                let Ok((at, m)) = m else {
                    // Our own handler wrote something unframed: a host bug, not the guest's.
                    crate::limited!(
                        error,
                        queue = self.layout.id,
                        "handler wrote a malformed reply"
                    );
                    break;
                };
                let bytes = &self.reply[at..at + m.len()];
                if !self.rep.push(bytes)? {
                    // Cannot happen: the space was reserved above.
                    crate::limited!(error, queue = self.layout.id, "reply space vanished");
                    break;
                }
                progress.replies += 1;
            }
        }
        Ok(())
    }
}
