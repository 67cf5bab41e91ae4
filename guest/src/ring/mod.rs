//! The guest end of a queue: produces requests, consumes (untrusted) replies.

pub mod raw;

use hvlink_codec::ring::{Consumer, Doorbell, Fault, Producer, QueueKind, QueueLayout, SharedMem};
use hvlink_codec::{Builder, SliceSink};

/// Shared memory in which the producer may build a message directly (no private copy).
pub trait InPlace: SharedMem {
    /// Run `f` on the bytes `[off, off + len)`, which the caller has reserved.
    fn with_bytes_mut<R>(&self, off: usize, len: usize, f: impl FnOnce(&mut [u8]) -> R) -> R;
}

impl<M: InPlace + ?Sized> InPlace for &M {
    fn with_bytes_mut<R>(&self, off: usize, len: usize, f: impl FnOnce(&mut [u8]) -> R) -> R {
        (**self).with_bytes_mut(off, len, f)
    }
}

/// The guest end of one queue over shared memory `M` (the guest's own pages through
/// [`raw::RawMem`], or any other [`SharedMem`]).
#[derive(Debug)]
pub struct GuestQueue<M: SharedMem + Clone> {
    layout: QueueLayout,
    req: Producer<M>,
    rep: Consumer<M>,
    kicks: u64,
}

impl<M: SharedMem + Clone> GuestQueue<M> {
    /// Lay out a fresh queue in `mem` (header page, then a request ring of `req_size` and a
    /// reply ring of `rep_size` bytes, both powers of two) and write its header page. The host
    /// is then told about it with the control family's `queue_setup` (base, pages, id, kind).
    pub fn create(
        mem: M,
        id: u16,
        kind: QueueKind,
        req_size: u32,
        rep_size: u32,
    ) -> Result<Self, Fault> {
        let layout = QueueLayout::new(id, kind, req_size, rep_size)?;
        if layout.total_len() > mem.len() {
            return Err(Fault {
                at: 0,
                msg: "queue does not fit the given memory",
            });
        }
        layout.init(&mem);
        Ok(Self::from_layout(mem, layout))
    }

    /// Re-open a queue whose header page is already set up (after a restart of this side).
    pub fn open(mem: M) -> Result<Self, Fault> {
        let layout = QueueLayout::read(&mem)?;
        Ok(Self::from_layout(mem, layout))
    }

    fn from_layout(mem: M, layout: QueueLayout) -> Self {
        GuestQueue {
            req: Producer::new(mem.clone(), layout.req),
            rep: Consumer::new(mem, layout.rep),
            layout,
            kicks: 0,
        }
    }

    /// The layout.
    pub fn layout(&self) -> &QueueLayout {
        &self.layout
    }

    /// Pages the queue spans (what `queue_setup` reports to the host).
    pub fn pages(&self) -> usize {
        self.layout.total_len().div_ceil(4096)
    }

    /// Queue a whole message (not yet visible to the host). `Ok(false)`: the request ring is
    /// full — [`GuestQueue::submit`] what is queued and wait for the host; nothing is dropped.
    pub fn send(&mut self, msg: &[u8]) -> Result<bool, Fault> {
        self.req.push(msg)
    }

    /// Build a message of at most `max_len` bytes with `f` in a private scratch buffer and
    /// queue it. Returns `Ok(None)` when the ring is full.
    pub fn build<F>(&mut self, scratch: &mut [u8], f: F) -> Result<Option<usize>, BuildError>
    where
        F: FnOnce(&mut Builder<SliceSink<'_>>) -> hvlink_codec::Result<()>,
    {
        let mut b = Builder::new(SliceSink::new(scratch));
        f(&mut b).map_err(BuildError::Codec)?;
        let (buf, len) = b.into_inner().into_parts();
        match self.req.push(&buf[..len]).map_err(BuildError::Ring)? {
            true => Ok(Some(len)),
            false => Ok(None),
        }
    }

    /// Build a message of at most `max_len` bytes with `f` **in place**, directly in the
    /// request ring (no copy): reserve `max_len`, build, commit only what was written.
    /// `Ok(None)` when the ring is full; a build error leaves nothing queued.
    pub fn build_in_place<F>(&mut self, max_len: usize, f: F) -> Result<Option<usize>, BuildError>
    where
        M: InPlace,
        F: FnOnce(&mut Builder<SliceSink<'_>>) -> hvlink_codec::Result<()>,
    {
        let Some(r) = self.req.reserve(max_len).map_err(BuildError::Ring)? else {
            return Ok(None);
        };
        let built = self.req.mem().with_bytes_mut(r.offset(), r.len(), |bytes| {
            let mut b = Builder::new(SliceSink::new(bytes));
            f(&mut b).map(|()| b.len())
        });
        match built {
            Ok(len) if len >= hvlink_codec::header::HEADER_LEN => {
                // Zero the alignment padding after the message.
                let pad = hvlink_codec::header::align(len) - len;
                self.req.mem().write(r.offset() + len, &[0u8; 3][..pad]);
                self.req.commit_len(r, len);
                Ok(Some(len))
            }
            Ok(_) => Err(BuildError::Codec(hvlink_codec::Error::new(
                hvlink_codec::ErrorKind::Truncated,
                0,
                "built message is shorter than a header",
            ))),
            Err(e) => Err(BuildError::Codec(e)),
        }
    }

    /// Publish everything queued with one index store, and ring `bell` if the host asked
    /// for a kick (event suppression). Returns whether it rang.
    pub fn submit<D: Doorbell + ?Sized>(&mut self, bell: &D) -> bool {
        let ring = self.publish();
        if ring {
            bell.ring();
        }
        ring
    }

    /// [`submit`](Self::submit) without the ring: `true` means the host asked for a kick and
    /// the caller must ring its doorbell (counted in [`kicks`](Self::kicks)). For a caller
    /// that rings after letting go of its own locks (an in-process host may serve a whole turn
    /// in the ring).
    pub fn publish(&mut self) -> bool {
        let ring = self.req.publish();
        if ring {
            self.kicks += 1;
        }
        ring
    }

    /// Bytes queued and not yet published.
    pub fn queued(&self) -> u32 {
        self.req.pending()
    }

    /// The request ring position after the last queued message (see
    /// [`GuestQueue::host_consumed`]).
    pub fn position(&self) -> u32 {
        self.req.position()
    }

    /// True when the host has consumed the request that ended at `position` (compared in
    /// free-running index arithmetic).
    pub fn host_consumed(&self, position: u32) -> bool {
        let cons = self.req.peer_index();
        cons.wrapping_sub(position) < (1 << 31)
    }

    /// Kicks sent so far.
    pub fn kicks(&self) -> u64 {
        self.kicks
    }

    /// Copy the next reply into `buf` (private memory; the host is untrusted, so nothing is
    /// read from shared memory twice). `Ok(None)` when there is none.
    pub fn recv(&mut self, buf: &mut [u8]) -> Result<Option<usize>, Fault> {
        self.rep.pop(buf)
    }

    /// Give consumed reply space back to the host.
    pub fn release(&mut self) {
        self.rep.release();
    }

    /// The reply consumer (for [`hvlink_codec::ring::wait_for_work`]).
    pub fn replies(&mut self) -> &mut Consumer<M> {
        &mut self.rep
    }

    /// The host's verdict on this queue: 0, or a negative errno and the ring index where it
    /// found a fault.
    pub fn host_status(&self) -> (i32, u32) {
        QueueLayout::status(self.req.mem())
    }
}

/// Why [`GuestQueue::build`] failed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BuildError {
    /// The message could not be built (too large for the scratch buffer, …).
    Codec(hvlink_codec::Error),
    /// The ring faulted.
    Ring(Fault),
}
