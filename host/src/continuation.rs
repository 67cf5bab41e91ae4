//! A long request in progress: its private copy of the request, where it stands (the next
//! entry, cancel, park), and the replies it has produced but not yet published.

use hvlink_codec::{header, Builder, Flags};
use hvlink_proto::rt::{Kept, OpDesc};

use crate::dispatch::{self, begin_reply, request_attrs};

/// The buffers of a continuation, kept for reuse once it finished.
#[derive(Debug, Default)]
pub(crate) struct Buffers {
    request: Vec<u8>,
    results: Vec<u8>,
    outbox: Vec<u8>,
    kept: Kept,
}

/// The largest set of buffers the host keeps for reuse.
const KEEP_BYTES: usize = 16 << 10;

/// The largest reply buffers of a big batch the host keeps for the next one
/// ([`Continuation::take_reply_buffers`]): each as big as the most a batch's reply in
/// progress holds (two messages), so that a big batch's results and their framing do not
/// grow new buffers from nothing, copying what they hold at each doubling.
const KEEP_REPLY_BYTES: usize = 2 * hvlink_codec::limits::MAX_MESSAGE_LEN;

impl Buffers {
    /// Buffers with `results` and `outbox` as their reply buffers (a big batch's, kept by
    /// [`Continuation::take_reply_buffers`]).
    pub(crate) fn replies((results, outbox): (Vec<u8>, Vec<u8>)) -> Buffers {
        Buffers {
            results,
            outbox,
            ..Buffers::default()
        }
    }
}

/// A long request in progress: its private copy and where it stands.
#[derive(Debug)]
pub struct Continuation {
    pub(crate) header: header::Repr,
    pub(crate) op: &'static OpDesc,
    pub(crate) request: Vec<u8>,
    pub(crate) next: u32,
    pub(crate) total: Option<u32>,
    /// Its batch mode (`0` for none), once known: looked up only when needed (a failed
    /// entry), or learnt while a big request is validated apart. Finding it may walk every
    /// entry of a big one, which is not worth a stretch of the host lock that no register
    /// call can interrupt; and a small one that succeeds never needs it (most do).
    mode: Option<u8>,
    pub(crate) stopped: bool,
    pub(crate) cancelled: bool,
    pub(crate) progress: bool,
    /// Entries whose results are in `results`, not yet framed: a progress part goes out
    /// once they are [`PROGRESS_WINDOW`](crate::config::PROGRESS_WINDOW) (or the batch is
    /// done), however the windows that ran them were cut.
    pub(crate) unframed: u32,
    /// When its first progress part was framed ([`crate::server::clock_ns`]), 0 before:
    /// parts within [`Config::progress_quiet`](crate::config::Config::progress_quiet) of it
    /// are published without the interrupt.
    pub(crate) first_part_ns: u64,
    pub(crate) results: Vec<u8>,
    pub(crate) outbox: Vec<u8>,
    pub(crate) finished: bool,
    pub(crate) parked: Option<u64>,
    /// Where the next window of a batch starts in `request` (its entries before it are not
    /// walked again).
    pub(crate) resume: Option<hvlink_proto::rt::Resume>,
    /// The request passed its family's generated `validate_keep`, apart
    /// ([`crate::server::Unchecked`]) or just before its first window: the windows skip the
    /// checks.
    pub(crate) validated: bool,
    /// Its request is out being validated (the token [`crate::server::Unchecked`] carries);
    /// it does not step until it is back.
    pub(crate) checking: Option<u64>,
    /// A batch's entries as its validation decoded them (the family's generated
    /// `validate_keep`): its windows run them from here, each entry decoded once.
    pub(crate) kept: Kept,
}

impl Continuation {
    /// A continuation of the parsed request `p` (its bytes copied: the continuation owns
    /// them), nothing run yet, in buffers kept from a finished continuation (see
    /// [`take_buffers`](Self::take_buffers)) or new ones.
    pub(crate) fn with_buffers(
        p: &dispatch::Parsed,
        request: &[u8],
        mut bufs: Buffers,
    ) -> Continuation {
        let mut req = std::mem::take(&mut bufs.request);
        req.clear();
        req.extend_from_slice(request);
        Continuation::owning(p, req, bufs)
    }

    /// [`with_buffers`](Self::with_buffers) taking `request` as its private copy as it is
    /// (the serving thread's own copy out of the ring, not copied again): what a big
    /// request gets, so that it is copied once. `bufs.request` is not used.
    pub(crate) fn owning(p: &dispatch::Parsed, request: Vec<u8>, bufs: Buffers) -> Continuation {
        let Buffers {
            mut results,
            mut outbox,
            mut kept,
            ..
        } = bufs;
        results.clear();
        outbox.clear();
        kept.clear();
        Continuation {
            header: p.header,
            op: p.op,
            mode: None,
            request,
            next: 0,
            total: None,
            stopped: false,
            cancelled: false,
            progress: p.header.flags.contains(Flags::PROGRESS),
            unframed: 0,
            first_part_ns: 0,
            results,
            outbox,
            finished: false,
            parked: None,
            resume: None,
            validated: false,
            checking: None,
            kept,
        }
    }

    /// Its batch mode ([`dispatch::batch_mode`]), looked up now if not yet known.
    pub(crate) fn mode(&mut self) -> u8 {
        let (op, request) = (self.op, &self.request);
        *self
            .mode
            .get_or_insert_with(|| dispatch::batch_mode(op, request_attrs(request)))
    }

    /// Its batch mode if known; otherwise `mode`, found apart (see [`Continuation::mode`]).
    pub(crate) fn learn_mode(&mut self, mode: u8) {
        self.mode.get_or_insert(mode);
    }

    /// Take its request buffer (for reuse; the continuation is done with it).
    pub(crate) fn take_request(&mut self) -> Vec<u8> {
        std::mem::take(&mut self.request)
    }

    /// Its buffers, for the next continuation (it keeps none).
    pub(crate) fn take_buffers(&mut self) -> Buffers {
        Buffers {
            request: std::mem::take(&mut self.request),
            results: std::mem::take(&mut self.results),
            outbox: std::mem::take(&mut self.outbox),
            kept: std::mem::take(&mut self.kept),
        }
    }

    /// The request's seq.
    pub fn seq(&self) -> u32 {
        self.header.seq
    }
    /// The op.
    pub fn op(&self) -> &'static OpDesc {
        self.op
    }
    /// Entries done so far.
    pub fn done(&self) -> u32 {
        self.next
    }

    /// Its reply buffers, emptied, if they are small enough to keep for the next big batch
    /// (a big batch's buffers are not [`reusable`](Self::reusable) as a small op's set) and
    /// big enough to be worth it (4 KiB together).
    pub(crate) fn take_reply_buffers(&mut self) -> Option<(Vec<u8>, Vec<u8>)> {
        let (r, o) = (self.results.capacity(), self.outbox.capacity());
        // Too big to keep, or too small to be worth a place (a big batch given them would
        // grow them again).
        if r > KEEP_REPLY_BYTES || o > KEEP_REPLY_BYTES || r + o < KEEP_BYTES / 4 {
            return None;
        }
        let mut r = (
            std::mem::take(&mut self.results),
            std::mem::take(&mut self.outbox),
        );
        r.0.clear();
        r.1.clear();
        Some(r)
    }

    /// Host memory it holds (its request copy, its kept entries and replies in progress).
    pub fn footprint(&self) -> usize {
        self.request.capacity()
            + self.results.capacity()
            + self.outbox.capacity()
            + self.kept.bytes()
    }

    /// Its buffers are small enough to keep for the next continuation (a small op's; a big
    /// batch's are let go).
    pub(crate) fn reusable(&self) -> bool {
        self.footprint() <= KEEP_BYTES
    }

    /// Frame `c.results` as reply messages into `c.outbox`: split at attribute boundaries so
    /// that no message exceeds `cap`; every part but the last is MULTI, the last carries
    /// `last` (MULTI too for a progress part); an ACK follows a final reply when asked.
    pub(crate) fn frame_results(&mut self, cap: usize, last: Flags, is_final: bool) {
        let c = self;
        let room = cap.saturating_sub(20).max(64);
        if c.results.len() <= room {
            // All in one message (a small op's reply): no need to find the split points.
            c.put_part(0, c.results.len(), last);
            c.finish_framing(is_final);
            return;
        }
        let mut chunks: Vec<(usize, usize)> = Vec::new();
        let (mut from, mut to) = (0usize, 0usize);
        let mut walk = hvlink_codec::Attrs::new(&c.results, 0);
        for a in walk.by_ref() {
            let Ok(a) = a else { break };
            let start = a.offset() as usize;
            let end = hvlink_codec::header::align(start + 4 + a.payload().len());
            let end = end.min(c.results.len());
            if end - from > room && to > from {
                chunks.push((from, to));
                from = start;
            }
            to = end;
        }
        chunks.push((from, to.max(from)));
        let n = chunks.len();
        for (i, (a, b)) in chunks.into_iter().enumerate() {
            let flags = if i + 1 == n { last } else { Flags::MULTI };
            c.put_part(a, b, flags);
        }
        c.finish_framing(is_final);
    }

    /// One reply message with `flags` carrying `results[a..b]`, into the outbox.
    fn put_part(&mut self, a: usize, b: usize, flags: Flags) {
        let mut bld = Builder::new(&mut self.outbox);
        if let Ok(m) = begin_reply(&mut bld, self.op, &self.header, flags) {
            if bld.put_raw(&self.results[a..b]).is_ok() {
                let _ = bld.end_message(m);
            } else {
                bld.cancel_message(m);
            }
        }
    }

    /// After the parts: the ACK a final reply owes when asked; the results are framed.
    pub(crate) fn finish_framing(&mut self, is_final: bool) {
        if is_final && self.header.flags.contains(Flags::ACK) {
            let mut bld = Builder::new(&mut self.outbox);
            let _ = dispatch::write_ack(&mut bld, &self.request);
        }
        self.results.clear();
        self.unframed = 0;
    }
}
