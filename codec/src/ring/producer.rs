//! The producing side of one ring.

use core::sync::atomic::Ordering;

use super::{Fault, RingLayout, SharedMem, MIN_MESSAGE};
use crate::builder::fill_noop;
use crate::header::{align, HEADER_LEN};
use crate::limits::MAX_MESSAGE_LEN;

/// Writes messages into a ring and publishes them in batches.
///
/// Keeps a local copy of its own index (`tail`, including reserved-but-unpublished bytes) and
/// of the consumer's index (`head`, refreshed only when the ring looks full), so a batch costs
/// one Release store ([`Producer::publish`]) and, when the ring has room, no shared reads.
#[derive(Debug)]
pub struct Producer<M: SharedMem> {
    mem: M,
    ring: RingLayout,
    /// Next byte to write (free-running).
    tail: u32,
    /// What the consumer has seen: the last published producer index.
    published: u32,
    /// Consumer index as last read.
    head: u32,
    /// Bytes of tail padding the pending reservation needs before its message.
    pad: u32,
    /// The consumer's announcement we last kicked for (see [`Producer::publish`]).
    kicked: u32,
    fault: Option<Fault>,
}

/// A reserved span of the ring. Write the message at [`Reservation::offset`] (from the queue
/// base), then [`Producer::commit`] it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[must_use]
pub struct Reservation {
    offset: usize,
    len: u32,
}

impl Reservation {
    /// Offset from the queue base where the message goes.
    pub fn offset(&self) -> usize {
        self.offset
    }
    /// Reserved length (the message length rounded up to 4).
    pub fn len(&self) -> usize {
        self.len as usize
    }
    /// Never true: a reservation holds at least a message header.
    pub fn is_empty(&self) -> bool {
        false
    }
}

/// Messages up to this long (with their padding) are gathered in a buffer on the stack and
/// written to shared memory in one piece: each write to guest memory has a fixed cost (a
/// region lookup and bounds checks in a VMM's memory layer) that exceeds the copy of a small
/// message, and a small reply written as header, body and padding paid it three times.
pub(super) const GATHER: usize = 256;

/// Write the concatenation of `parts` and its padding (zeros up to `r`'s length) into `r`:
/// in one write when it is at most [`GATHER`] bytes, else part by part.
fn write_padded<M: SharedMem>(mem: &M, r: Reservation, parts: &[&[u8]]) {
    let len = r.len();
    if len <= GATHER {
        let mut buf = [0u8; GATHER];
        let mut at = 0;
        for p in parts {
            buf[at..at + p.len()].copy_from_slice(p);
            at += p.len();
        }
        mem.write(r.offset, &buf[..len]);
        return;
    }
    let mut at = r.offset;
    for p in parts {
        mem.write(at, p);
        at += p.len();
    }
    let padding = r.offset + len - at;
    if padding > 0 {
        mem.write(at, &[0u8; 3][..padding]);
    }
}

impl<M: SharedMem> Producer<M> {
    /// A producer over `ring`, resuming from the indices in shared memory (zero for a fresh
    /// queue; whatever a previous producer published when re-attaching).
    pub fn new(mem: M, ring: RingLayout) -> Producer<M> {
        let tail = mem.load_u32(ring.prod, Ordering::Acquire);
        let head = mem.load_u32(ring.cons, Ordering::Acquire);
        let fault = (tail.wrapping_sub(head) > ring.size || head % 4 != 0 || tail % 4 != 0)
            .then_some(Fault {
                at: tail,
                msg: "indices in shared memory are inconsistent",
            });
        Producer {
            mem,
            ring,
            tail,
            published: tail,
            head,
            pad: 0,
            kicked: 0,
            fault,
        }
    }

    ring_side!("producer");

    fn fail(&mut self, msg: &'static str) -> Fault {
        let f = Fault { at: self.tail, msg };
        self.fault = Some(f);
        f
    }

    /// Re-read the consumer index, checking that it lies between what we published minus the
    /// ring size and what we published (a consumer cannot consume what was not published).
    fn refresh_head(&mut self) -> Result<(), Fault> {
        let head = self.mem.load_u32(self.ring.cons, Ordering::Acquire);
        let consumed_since = head.wrapping_sub(self.head);
        let outstanding = self.published.wrapping_sub(self.head);
        if consumed_since > outstanding || head % 4 != 0 {
            return Err(self.fail("consumer index out of range"));
        }
        self.head = head;
        Ok(())
    }

    /// Bytes free for reservations, refreshing the consumer index.
    pub fn free(&mut self) -> Result<u32, Fault> {
        self.live()?;
        self.refresh_head()?;
        Ok(self.ring.size - self.tail.wrapping_sub(self.head))
    }

    /// Reserve room for a message of `len` bytes (at least a header, at most the ring size and
    /// `MAX_MESSAGE_LEN`). `Ok(None)` means the ring is full right now: publish, let the
    /// consumer catch up, and try again — nothing is dropped.
    pub fn reserve(&mut self, len: usize) -> Result<Option<Reservation>, Fault> {
        self.live()?;
        let size = self.ring.size;
        let want = align(len);
        if len < HEADER_LEN || want > MAX_MESSAGE_LEN || want as u32 > size / 2 {
            // At most half the ring, so that a message always fits after padding.
            return Err(Fault {
                at: self.tail,
                msg: "message length outside 16..=min(MAX_MESSAGE_LEN, ring size / 2)",
            });
        }
        let want = want as u32;
        let pos = self.ring.pos(self.tail);
        let contiguous = self.ring.contiguous(self.tail);
        let pad = if want > contiguous { contiguous } else { 0 };
        let need = pad + want;
        if size - self.tail.wrapping_sub(self.head) < need {
            self.refresh_head()?;
            if size - self.tail.wrapping_sub(self.head) < need {
                return Ok(None);
            }
        }
        if pad >= MIN_MESSAGE {
            let mut noop = [0u8; HEADER_LEN];
            fill_noop(&mut noop);
            noop[0..4].copy_from_slice(&pad.to_le_bytes());
            self.mem.write(self.ring.data + pos as usize, &noop);
        }
        self.pad = pad;
        let at = self.ring.pos(self.tail.wrapping_add(pad));
        Ok(Some(Reservation {
            offset: self.ring.data + at as usize,
            len: want,
        }))
    }

    /// True when messages totalling `total` bytes (each 4-aligned) can be pushed now, whatever
    /// tail padding they need. A host checks this with a request's reply bound before it
    /// consumes the request. A bound larger than half the ring can never be met and is an error.
    pub fn can_reserve(&mut self, total: usize) -> Result<bool, Fault> {
        self.live()?;
        let size = self.ring.size;
        if total > (size / 2) as usize {
            return Err(self.fail("reply bound larger than half the ring"));
        }
        let total = total as u32;
        let contiguous = self.ring.contiguous(self.tail);
        let need = total + if total > contiguous { contiguous } else { 0 };
        if size - self.tail.wrapping_sub(self.head) >= need {
            return Ok(true);
        }
        self.refresh_head()?;
        Ok(size - self.tail.wrapping_sub(self.head) >= need)
    }

    /// Account a reservation whose message was written shorter than reserved (built in place
    /// with an upper bound): only `align(len)` bytes are used.
    pub fn commit_len(&mut self, r: Reservation, len: usize) {
        let used = (align(len) as u32).clamp(MIN_MESSAGE, r.len);
        self.tail = self.tail.wrapping_add(self.pad).wrapping_add(used);
        self.pad = 0;
    }

    /// Account a reservation whose message has been written. Not visible to the consumer
    /// until [`Producer::publish`].
    pub fn commit(&mut self, r: Reservation) {
        self.tail = self.tail.wrapping_add(self.pad).wrapping_add(r.len);
        self.pad = 0;
    }

    /// Reserve, write `msg` (a whole message) and commit. `Ok(false)` when the ring is full.
    pub fn push(&mut self, msg: &[u8]) -> Result<bool, Fault> {
        match self.reserve(msg.len())? {
            Some(r) => {
                write_padded(&self.mem, r, &[msg]);
                self.commit(r);
                Ok(true)
            }
            None => Ok(false),
        }
    }

    /// [`push`](Self::push), writing `msg` in pieces of at most `piece` bytes and calling
    /// `between` after each piece but the last. Nothing of it is visible to the consumer
    /// before [`publish`](Self::publish), so a writer can do other work between the pieces
    /// (it must not use this producer meanwhile: the borrow sees to that).
    pub fn push_in_pieces(
        &mut self,
        msg: &[u8],
        piece: usize,
        between: &mut dyn FnMut(),
    ) -> Result<bool, Fault> {
        self.push_parts_in_pieces(&[msg], piece, between)
    }

    /// [`push_in_pieces`](Self::push_in_pieces) of the message that is the concatenation of
    /// `parts` (a header built apart and a body, say), without copying them together first.
    /// `between` runs after each piece but the last; a piece never spans two parts, except
    /// that a message of at most `piece` bytes is one piece, written at once.
    pub fn push_parts_in_pieces(
        &mut self,
        parts: &[&[u8]],
        piece: usize,
        between: &mut dyn FnMut(),
    ) -> Result<bool, Fault> {
        let total: usize = parts.iter().map(|p| p.len()).sum();
        let Some(r) = self.reserve(total)? else {
            return Ok(false);
        };
        if total <= piece {
            // One piece: nothing runs between, so written at once.
            write_padded(&self.mem, r, parts);
            self.commit(r);
            return Ok(true);
        }
        let piece = piece.max(1);
        let mut at = 0;
        for part in parts {
            let mut k = 0;
            while k < part.len() {
                let end = (k + piece).min(part.len());
                self.mem.write(r.offset + at, &part[k..end]);
                at += end - k;
                k = end;
                if at < total {
                    between();
                }
            }
        }
        let padding = r.len() - total;
        if padding > 0 {
            self.mem.write(r.offset + total, &[0u8; 3][..padding]);
        }
        self.commit(r);
        Ok(true)
    }

    /// The producer index after the last committed message: a message committed now is
    /// consumed once the consumer index reaches this value.
    pub fn position(&self) -> u32 {
        self.tail
    }

    /// The consumer index as the peer last wrote it (unchecked: for bookkeeping only, such as
    /// deciding which requests a host that died had already taken).
    pub fn peer_index(&self) -> u32 {
        self.mem.load_u32(self.ring.cons, Ordering::Acquire)
    }

    /// Bytes committed but not yet published.
    pub fn pending(&self) -> u32 {
        self.tail.wrapping_sub(self.published)
    }

    /// Publish everything committed with one Release store of the producer index. Returns true
    /// when the consumer asked to be notified and has not been kicked for that request yet
    /// (then ring its doorbell). The full fence between
    /// the store and the flag read pairs with the consumer's fence between setting its flag and
    /// re-checking the index: one of the two sides always sees the other (no lost wake-up).
    #[inline]
    pub fn publish(&mut self) -> bool {
        // (Nothing new, the common case of an idle queue: no call.)
        if self.tail == self.published {
            return false;
        }
        self.publish_new()
    }

    /// Publish what was committed without looking whether the consumer asked for a
    /// notification: it is not woken for these messages. It sees them when it next looks,
    /// and a parked consumer is woken by the next [`publish`](Self::publish) of something
    /// new, or a [`look`](Self::look) (its announcement was not answered, so either rings).
    /// For messages that can wait for a later one (the host's progress parts of a request,
    /// before its last part); the producer must publish or look later.
    #[inline]
    pub fn publish_quiet(&mut self) {
        if self.tail != self.published {
            self.mem
                .store_u32(self.ring.prod, self.tail, Ordering::Release);
            self.published = self.tail;
        }
    }

    /// Look whether the consumer asked for a notification that it has not had (after
    /// [`publish_quiet`](Self::publish_quiet), when there is nothing new to publish that
    /// would look): `true` means ring its doorbell, as from `publish`.
    pub fn look(&mut self) -> bool {
        self.mem.fence();
        let word = self.mem.load_u32(self.ring.need_notify, Ordering::Relaxed);
        if word & 1 == 1 && word != self.kicked {
            self.kicked = word;
            true
        } else {
            false
        }
    }

    /// [`publish`](Self::publish) of what was committed since the last.
    fn publish_new(&mut self) -> bool {
        self.publish_quiet();
        if crate::probe::ENABLED && self.ring.prod == super::field::REP_PROD {
            crate::probe::mark(crate::probe::Stage::HostReplied);
        }
        // Odd = the consumer announced it is parking; each announcement has its own value,
        // and one kick per announcement is enough (it stays pending in the doorbell).
        self.look()
    }
}
