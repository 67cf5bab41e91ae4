//! A long request in progress: its private copy of the request, where it stands (the next
//! entry, cancel, park), and the replies it has produced but not yet published.

use hvlink_codec::{header, Builder, Flags};
use hvlink_proto::rt::OpDesc;

use crate::dispatch::{self, begin_reply, request_attrs};

/// A long request in progress: its private copy and where it stands.
#[derive(Debug)]
pub struct Continuation {
    pub(crate) header: header::Repr,
    pub(crate) op: &'static OpDesc,
    pub(crate) request: Box<[u8]>,
    pub(crate) next: u32,
    pub(crate) total: Option<u32>,
    pub(crate) mode: u8,
    pub(crate) stopped: bool,
    pub(crate) cancelled: bool,
    pub(crate) progress: bool,
    pub(crate) results: Vec<u8>,
    pub(crate) outbox: Vec<u8>,
    pub(crate) finished: bool,
    pub(crate) parked: Option<u64>,
}

impl Continuation {
    /// A continuation of the parsed request `p` (its bytes copied: the continuation owns
    /// them), nothing run yet.
    pub(crate) fn new(p: &dispatch::Parsed, request: &[u8]) -> Continuation {
        Continuation {
            header: p.header,
            op: p.op,
            mode: dispatch::batch_mode(p.op, request_attrs(request)),
            request: request.into(),
            next: 0,
            total: None,
            stopped: false,
            cancelled: false,
            progress: p.header.flags.contains(Flags::PROGRESS),
            results: Vec::new(),
            outbox: Vec::new(),
            finished: false,
            parked: None,
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

    /// Host memory it holds (its request copy and replies in progress).
    pub fn footprint(&self) -> usize {
        self.request.len() + self.results.capacity() + self.outbox.capacity()
    }

    /// Frame `c.results` as reply messages into `c.outbox`: split at attribute boundaries so
    /// that no message exceeds `cap`; every part but the last is MULTI, the last carries
    /// `last` (MULTI too for a progress part); an ACK follows a final reply when asked.
    pub(crate) fn frame_results(&mut self, cap: usize, last: Flags, is_final: bool) {
        let c = self;
        let room = cap.saturating_sub(20).max(64);
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
            let mut bld = Builder::new(&mut c.outbox);
            if let Ok(m) = begin_reply(&mut bld, c.op, &c.header, flags) {
                if bld.put_raw(&c.results[a..b]).is_ok() {
                    let _ = bld.end_message(m);
                } else {
                    bld.cancel_message(m);
                }
            }
        }
        if is_final && c.header.flags.contains(Flags::ACK) {
            let mut bld = Builder::new(&mut c.outbox);
            let _ = dispatch::write_ack(&mut bld, &c.request);
        }
        c.results.clear();
    }
}
