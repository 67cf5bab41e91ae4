//! The consuming side of one ring: the side that must not trust the other.

use core::sync::atomic::Ordering;

use super::{Fault, RingLayout, SharedMem, MIN_MESSAGE};
use crate::header::{align, MessageType, HEADER_LEN};
use crate::limits::MAX_MESSAGE_LEN;

/// Bytes a peek copies with a message's header, whatever the message's length (within what
/// is published): each read of guest memory has a fixed cost (a region lookup and bounds
/// checks in a VMM's memory layer), so a small message is copied in one read, not two.
pub(super) const LOOKAHEAD: usize = 256;

/// Reads messages out of a ring, copying each once into the caller's private buffer.
///
/// Every index and length from shared memory is checked before use; the first violation
/// makes the consumer faulted for good (it returns the same [`Fault`] from then on) — the
/// ring's contents after a framing error cannot be trusted. Messages already returned stay
/// valid: they live in the caller's memory.
#[derive(Debug)]
pub struct Consumer<M: SharedMem> {
    mem: M,
    ring: RingLayout,
    /// Next byte to read (free-running).
    head: u32,
    /// Consumer index last stored to shared memory.
    released: u32,
    /// Producer index as last read (validated).
    tail: u32,
    /// Bytes the peeked message occupies (with any padding skipped before it), 0 if none.
    peeked: u32,
    /// Our notification word: odd while we are (about to be) parked, even while awake; every
    /// announcement takes a fresh odd value so the producer kicks at most once per park.
    notify_word: u32,
    fault: Option<Fault>,
}

impl<M: SharedMem> Consumer<M> {
    /// A consumer over `ring`, resuming from the consumer index in shared memory.
    pub fn new(mem: M, ring: RingLayout) -> Consumer<M> {
        let head = mem.load_u32(ring.cons, Ordering::Acquire);
        let fault = (head % 4 != 0).then_some(Fault {
            at: head,
            msg: "consumer index is not 4-byte aligned",
        });
        // Continue the notification word's sequence from whatever a previous consumer left,
        // so a producer that kicked for an old announcement still kicks for our next one.
        let word = mem.load_u32(ring.need_notify, Ordering::Relaxed);
        Consumer {
            mem,
            ring,
            head,
            released: head,
            tail: head,
            peeked: 0,
            notify_word: word & !1,
            fault,
        }
    }

    ring_side!("consumer");

    fn fail(&mut self, at: u32, msg: &'static str) -> Fault {
        let f = Fault { at, msg };
        self.fault = Some(f);
        f
    }

    /// Re-read the producer index: it may only move forward, by at most the ring size past
    /// what we consumed, and stays 4-byte aligned.
    fn refresh_tail(&mut self) -> Result<(), Fault> {
        let tail = self.mem.load_u32(self.ring.prod, Ordering::Acquire);
        if tail.wrapping_sub(self.released) > self.ring.size
            || tail.wrapping_sub(self.head) > self.ring.size
            || tail.wrapping_sub(self.tail) > self.ring.size
            || tail % 4 != 0
        {
            return Err(self.fail(tail, "producer index out of range"));
        }
        self.tail = tail;
        Ok(())
    }

    /// True when a message (or padding) is waiting. Reads the producer index only when the
    /// cached one is used up.
    pub fn has_work(&mut self) -> Result<bool, Fault> {
        self.live()?;
        if self.head == self.tail {
            self.refresh_tail()?;
        }
        Ok(self.head != self.tail)
    }

    /// Copy the next message into `buf` (which should hold [`MAX_MESSAGE_LEN`] bytes) without
    /// consuming it; returns its length, or `None` when the ring is empty. NOOP padding is
    /// skipped. Call [`Consumer::advance`] to consume it, or `peek` again to get it again.
    pub fn peek(&mut self, buf: &mut [u8]) -> Result<Option<usize>, Fault> {
        self.peek_limited(buf, usize::MAX).map(|p| p.len)
    }

    /// [`peek`](Self::peek) that skips at most `max_skip` of padding (NOOP messages and
    /// implicit tail padding) before it stops: a hostile producer that republishes padding
    /// costs the consumer bounded work per call. Padding is counted in bytes, each piece at
    /// least [`PADDING_COST`] (the work is per piece: many small NOOPs cost as much as few
    /// big ones of that size). Padding skipped is consumed (it stays skipped);
    /// [`Peeked::skipped`] says how much it counted, [`Peeked::limited`] whether it stopped
    /// at the limit with more possibly waiting.
    pub fn peek_limited(&mut self, buf: &mut [u8], max_skip: usize) -> Result<Peeked, Fault> {
        self.live()?;
        let mut cost = 0usize;
        let mut at = self.head;
        loop {
            if cost > max_skip {
                return Ok(self.nothing_at(at, cost, true));
            }
            if at == self.tail {
                self.refresh_tail()?;
                if at == self.tail {
                    return Ok(self.nothing_at(at, cost, false));
                }
            }
            let avail = self.tail.wrapping_sub(at);
            let pos = self.ring.pos(at);
            let contiguous = self.ring.contiguous(at);
            if contiguous < MIN_MESSAGE {
                // Implicit padding: too short for a NOOP header.
                if avail < contiguous {
                    return Err(self.fail(at, "producer published part of the tail padding"));
                }
                at = at.wrapping_add(contiguous);
                cost = cost.saturating_add((contiguous as usize).max(PADDING_COST));
                continue;
            }
            if avail < MIN_MESSAGE {
                return Err(self.fail(at, "producer published part of a message header"));
            }
            if buf.len() < HEADER_LEN {
                return Err(Fault {
                    at,
                    msg: "caller's buffer is smaller than a message header",
                });
            }
            // The one copy out of shared memory: the header (to learn the length) with what
            // follows it up to [`LOOKAHEAD`] bytes, all published (a small message is then
            // copied in one read), then the rest of a longer one. Everything below looks only
            // at `buf`.
            let base = self.ring.data + pos as usize;
            let first = LOOKAHEAD
                .min(avail as usize)
                .min(contiguous as usize)
                .min(buf.len());
            self.mem.read(base, &mut buf[..first]);
            let len = u32::from_le_bytes([buf[0], buf[1], buf[2], buf[3]]);
            if len < MIN_MESSAGE {
                return Err(self.fail(at, "message length smaller than its header"));
            }
            // Compare before rounding: `align` of a length near u32::MAX would wrap to 0 and
            // a zero-length NOOP would then loop forever (found by the `ring` fuzz target).
            if len > contiguous {
                return Err(self.fail(at, "message runs past the end of the ring area"));
            }
            let step = align(len as usize) as u32;
            if step > contiguous {
                return Err(self.fail(at, "message runs past the end of the ring area"));
            }
            if step > avail {
                return Err(self.fail(at, "message runs past the producer index"));
            }
            let ty = u16::from_le_bytes([buf[4], buf[5]]);
            if MessageType(ty) == MessageType::NOOP {
                at = at.wrapping_add(step);
                cost = cost.saturating_add((step as usize).max(PADDING_COST));
                continue;
            }
            if len as usize > MAX_MESSAGE_LEN {
                return Err(self.fail(at, "message longer than MAX_MESSAGE_LEN"));
            }
            if buf.len() < len as usize {
                return Err(Fault {
                    at,
                    msg: "caller's buffer is smaller than the message",
                });
            }
            if len as usize > first {
                self.mem.read(base + first, &mut buf[first..len as usize]);
            }
            self.peeked = at.wrapping_sub(self.head).wrapping_add(step);
            return Ok(Peeked {
                len: Some(len as usize),
                skipped: cost,
                limited: false,
            });
        }
    }

    /// End a peek that found no message at `at`: padding already skipped stays skipped.
    fn nothing_at(&mut self, at: u32, skipped: usize, limited: bool) -> Peeked {
        self.head = at;
        self.peeked = 0;
        Peeked {
            len: None,
            skipped,
            limited,
        }
    }

    /// Consume the message returned by the last [`Consumer::peek`].
    pub fn advance(&mut self) {
        self.head = self.head.wrapping_add(self.peeked);
        self.peeked = 0;
    }

    /// Copy out and consume the next message.
    pub fn pop(&mut self, buf: &mut [u8]) -> Result<Option<usize>, Fault> {
        let r = self.peek(buf)?;
        self.advance();
        Ok(r)
    }

    /// Hand consumed space back to the producer (one Release store for a whole batch).
    #[inline]
    pub fn release(&mut self) {
        if self.head != self.released {
            self.mem
                .store_u32(self.ring.cons, self.head, Ordering::Release);
            self.released = self.head;
        }
    }

    /// Ask the producer for a notification before parking. Returns true if work arrived in
    /// the meantime (then don't park). The fence pairs with the one in
    /// [`super::Producer::publish`].
    pub fn prepare_park(&mut self) -> Result<bool, Fault> {
        self.release();
        self.notify_word = (self.notify_word | 1).wrapping_add(2) | 1;
        self.mem
            .store_u32(self.ring.need_notify, self.notify_word, Ordering::Relaxed);
        self.mem.fence();
        let work = self.has_work()?;
        if work {
            self.cancel_park();
        }
        Ok(work)
    }

    /// Withdraw the request for a notification (we are awake and polling).
    pub fn cancel_park(&mut self) {
        if self.notify_word & 1 != 0 {
            self.notify_word = self.notify_word.wrapping_add(1);
            self.mem
                .store_u32(self.ring.need_notify, self.notify_word, Ordering::Relaxed);
        }
    }
}

/// What one piece of padding counts for [`Consumer::peek_limited`] at least, in bytes.
pub const PADDING_COST: usize = 256;

/// What [`Consumer::peek_limited`] found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Peeked {
    /// The next message's length (copied into the caller's buffer), or `None`.
    pub len: Option<usize>,
    /// Padding skipped (and consumed) before it, in bytes, each piece counted at least
    /// [`PADDING_COST`].
    pub skipped: usize,
    /// Stopped at the skip limit: more padding, or a message, may follow.
    pub limited: bool,
}
