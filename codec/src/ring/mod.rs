//! The queue: a request ring and a reply ring in one contiguous run of shared pages.
//!
//! This module is the ring *protocol*, written once and used by both sides: the guest produces
//! requests and consumes replies, the host consumes requests and produces replies. It reaches
//! the shared pages only through [`SharedMem`], which the guest implements over raw pages it
//! owns (`hvlink-guest`), the host over `vm-memory` (`hvlink-host`), and the tests over heap
//! memory ([`HeapMem`]) or loom's model checker.
//!
//! ```text
//! queue base
//! +0x000  header page (4096 bytes)
//!         0x00 magic "HVLQ"   0x04 version u16   0x06 reserved u16   0x08 features u32
//!         0x0c queue id u16   0x0e kind u8       0x0f reserved u8
//!         0x10 request data offset u32   0x14 request data size u32 (power of two)
//!         0x18 reply data offset u32     0x1c reply data size u32 (power of two)
//!         0x20 status i32 (0, or -errno after the host failed the queue)
//!         0x24 fault position u32 (ring index where the host found the fault)
//!         0x40 request  producer index   (written by the guest)
//!         0x80 request  consumer index   (written by the host)
//!         0xc0 request  notification word (odd: the host is parking; written by the host)
//!         0x100 reply   producer index   (written by the host)
//!         0x140 reply   consumer index   (written by the guest)
//!         0x180 reply   notification word (odd: the guest is parking; written by the guest)
//! +0x1000 request data area (power of two bytes), then the reply data area
//! ```
//!
//! Indices are free-running `u32` byte counts; the position in a data area is
//! `index & (size - 1)`. Messages are 4-byte aligned and never wrap: a producer that cannot fit
//! a message before the end of the area pads the tail with a NOOP message, or — when fewer than
//! 16 bytes remain, too few for a NOOP header — leaves them as implicit padding that both sides
//! skip.
//!
//! Contract: a [`Consumer`] never trusts its producer (the host consumes a hostile guest's
//! requests; a confidential guest consumes an untrusted host's replies). Every index and length
//! is checked; each message is copied exactly once out of shared memory, and all checks run on
//! that private copy; a violation puts the consumer in a sticky [`Fault`] state and is never a
//! panic or an access outside the ring. A [`Producer`] likewise checks the consumer index it
//! reads. See `docs/PROTOCOL.md` §9 for the normative description.

/// What a [`Producer`] and a [`Consumer`] share besides the ring: the memory, the layout and
/// the sticky fault, with their accessors. `live` is the check every operation starts with.
macro_rules! ring_side {
    ($side:literal) => {
        /// The shared memory.
        pub fn mem(&self) -> &M {
            &self.mem
        }

        /// The ring.
        pub fn ring(&self) -> &RingLayout {
            &self.ring
        }

        #[doc = concat!("Why this ", $side, " stopped, if it did.")]
        pub fn fault(&self) -> Option<Fault> {
            self.fault
        }

        /// `Err` with the fault once there is one: a faulted side stays faulted.
        fn live(&self) -> Result<(), Fault> {
            self.fault.map_or(Ok(()), Err)
        }
    };
}

mod consumer;
#[cfg(feature = "alloc")]
mod heap;
mod notify;
mod producer;
#[cfg(all(feature = "std", target_os = "linux"))]
pub mod unix;

pub use consumer::{Consumer, Peeked, PADDING_COST};
#[cfg(feature = "alloc")]
pub use heap::HeapMem;
pub use notify::{wait_for_work, Park, Wait};
pub use producer::{Producer, Reservation};

use core::fmt;
use core::sync::atomic::Ordering;

use crate::header::HEADER_LEN as MSG_HEADER_LEN;

/// Shared memory holding one queue, addressed by byte offset from the queue base.
///
/// Implementations never panic for offsets below [`SharedMem::len`]; the ring code only uses
/// offsets it has checked against a validated [`QueueLayout`], so no peer input can produce
/// any other. `read` and `write` may race with a hostile peer writing the same bytes; they
/// must then return *some* bytes (volatile copies), never fault.
pub trait SharedMem {
    /// Bytes of shared memory, from the queue base.
    fn len(&self) -> usize;
    /// True when the memory is empty.
    fn is_empty(&self) -> bool {
        self.len() == 0
    }
    /// Atomic load of the 4-byte-aligned `u32` at `off`.
    fn load_u32(&self, off: usize, order: Ordering) -> u32;
    /// Atomic store of the 4-byte-aligned `u32` at `off`.
    fn store_u32(&self, off: usize, val: u32, order: Ordering);
    /// Copy `dst.len()` bytes at `off` out of shared memory.
    fn read(&self, off: usize, dst: &mut [u8]);
    /// Copy `src` into shared memory at `off`.
    fn write(&self, off: usize, src: &[u8]);
    /// A sequentially consistent fence (the model checker substitutes its own).
    fn fence(&self) {
        core::sync::atomic::fence(Ordering::SeqCst);
    }
}

/// `SharedMem` through a pointer to it: every method forwarded (`fence` too, so that the
/// model checker's substitute is not lost behind a reference).
macro_rules! forward_shared_mem {
    ($($ptr:ty),*) => {
        $(
            impl<M: SharedMem + ?Sized> SharedMem for $ptr {
                fn len(&self) -> usize {
                    (**self).len()
                }
                fn load_u32(&self, off: usize, order: Ordering) -> u32 {
                    (**self).load_u32(off, order)
                }
                fn store_u32(&self, off: usize, val: u32, order: Ordering) {
                    (**self).store_u32(off, val, order)
                }
                fn read(&self, off: usize, dst: &mut [u8]) {
                    (**self).read(off, dst)
                }
                fn write(&self, off: usize, src: &[u8]) {
                    (**self).write(off, src)
                }
                fn fence(&self) {
                    (**self).fence()
                }
            }
        )*
    };
}

forward_shared_mem!(&M);
#[cfg(feature = "alloc")]
forward_shared_mem!(alloc::sync::Arc<M>);

/// Rings the other side's doorbell (a kick to the host, an interrupt to the guest): an
/// eventfd write, a port write bound to an ioeventfd, a thread unpark.
pub trait Doorbell {
    /// Notify the peer.
    fn ring(&self);
}

impl<F: Fn()> Doorbell for F {
    fn ring(&self) {
        self()
    }
}

/// `"HVLQ"` little-endian.
pub const MAGIC: u32 = u32::from_le_bytes(*b"HVLQ");
/// Layout version this crate implements.
pub const VERSION: u16 = 1;
/// The header page.
pub const HEADER_PAGE: usize = 4096;
/// Smallest data area: room for a few messages.
pub const MIN_RING_SIZE: u32 = 256;
/// Largest data area (16 MiB): keeps free-running index arithmetic far from ambiguity.
pub const MAX_RING_SIZE: u32 = 1 << 24;

/// Byte offsets in the header page.
pub mod field {
    /// Magic.
    pub const MAGIC: usize = 0x00;
    /// Layout version (u16).
    pub const VERSION: usize = 0x04;
    /// Negotiated features (u32).
    pub const FEATURES: usize = 0x08;
    /// Queue id (u16) and kind (u8) share this word: id | kind << 16.
    pub const ID_KIND: usize = 0x0c;
    /// Request data area offset.
    pub const REQ_OFFSET: usize = 0x10;
    /// Request data area size.
    pub const REQ_SIZE: usize = 0x14;
    /// Reply data area offset.
    pub const REP_OFFSET: usize = 0x18;
    /// Reply data area size.
    pub const REP_SIZE: usize = 0x1c;
    /// Queue status: 0, or a negative errno once the host failed the queue.
    pub const STATUS: usize = 0x20;
    /// Ring index at which the host found a fault.
    pub const FAULT_AT: usize = 0x24;
    /// Request producer index (guest).
    pub const REQ_PROD: usize = 0x40;
    /// Request consumer index (host).
    pub const REQ_CONS: usize = 0x80;
    /// Host asks for a kick.
    pub const REQ_NEED_KICK: usize = 0xc0;
    /// Reply producer index (host).
    pub const REP_PROD: usize = 0x100;
    /// Reply consumer index (guest).
    pub const REP_CONS: usize = 0x140;
    /// Guest asks for an interrupt.
    pub const REP_NEED_INTR: usize = 0x180;
}

/// Who is behind a queue.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QueueKind {
    /// The guest kernel.
    Kernel,
    /// A guest userspace process (only `logical` ops are allowed).
    Userspace,
}

/// What went wrong with a ring. Sticky: a faulted consumer or producer stays faulted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Fault {
    /// Ring index (free-running) at which the problem was found.
    pub at: u32,
    /// What was wrong.
    pub msg: &'static str,
}

impl fmt::Display for Fault {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "ring fault at index {}: {}", self.at, self.msg)
    }
}

impl core::error::Error for Fault {}

/// The errno a host reports in the header's status word for a fault (`EPROTO`).
pub const FAULT_ERRNO: i32 = -71;

/// One ring inside the queue: where its data and indices are.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RingLayout {
    /// Offset of the data area from the queue base.
    pub data: usize,
    /// Size of the data area (power of two).
    pub size: u32,
    /// Offset of the producer index.
    pub prod: usize,
    /// Offset of the consumer index.
    pub cons: usize,
    /// Offset of the consumer's "notify me" flag.
    pub need_notify: usize,
}

impl RingLayout {
    /// Where the free-running `index` falls in the data area (offset from its start).
    #[inline]
    pub(crate) fn pos(&self, index: u32) -> u32 {
        index & (self.size - 1)
    }

    /// Bytes from `index` to the end of the data area: the most one message there can take
    /// (messages never wrap).
    #[inline]
    pub(crate) fn contiguous(&self, index: u32) -> u32 {
        self.size - self.pos(index)
    }
}

/// Both rings of a queue, validated.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct QueueLayout {
    /// The request ring (guest → host).
    pub req: RingLayout,
    /// The reply ring (host → guest).
    pub rep: RingLayout,
    /// Queue id.
    pub id: u16,
    /// Queue kind.
    pub kind: QueueKind,
    /// Negotiated features.
    pub features: u32,
}

fn valid_size(s: u32) -> bool {
    s.is_power_of_two() && (MIN_RING_SIZE..=MAX_RING_SIZE).contains(&s)
}

impl QueueLayout {
    /// The standard layout: header page, request area, reply area, back to back.
    pub fn new(id: u16, kind: QueueKind, req_size: u32, rep_size: u32) -> Result<Self, Fault> {
        Self::with_offsets(
            id,
            kind,
            0,
            HEADER_PAGE,
            req_size,
            HEADER_PAGE + req_size as usize,
            rep_size,
        )
    }

    fn with_offsets(
        id: u16,
        kind: QueueKind,
        features: u32,
        req_off: usize,
        req_size: u32,
        rep_off: usize,
        rep_size: u32,
    ) -> Result<Self, Fault> {
        let bad = |msg| Err(Fault { at: 0, msg });
        if !valid_size(req_size) || !valid_size(rep_size) {
            return bad("ring size is not a power of two between 256 bytes and 16 MiB");
        }
        // (Offsets come from a header page the peer wrote: on a 32-bit target an end could
        // wrap.)
        let (Some(req_end), Some(rep_end)) = (
            req_off.checked_add(req_size as usize),
            rep_off.checked_add(rep_size as usize),
        ) else {
            return bad("ring data ends past the address space");
        };
        if req_off < HEADER_PAGE || rep_off < HEADER_PAGE {
            return bad("ring data overlaps the header page");
        }
        if req_off % 4 != 0 || rep_off % 4 != 0 {
            return bad("ring data is not 4-byte aligned");
        }
        if req_off < rep_end && rep_off < req_end {
            return bad("request and reply areas overlap");
        }
        Ok(QueueLayout {
            req: RingLayout {
                data: req_off,
                size: req_size,
                prod: field::REQ_PROD,
                cons: field::REQ_CONS,
                need_notify: field::REQ_NEED_KICK,
            },
            rep: RingLayout {
                data: rep_off,
                size: rep_size,
                prod: field::REP_PROD,
                cons: field::REP_CONS,
                need_notify: field::REP_NEED_INTR,
            },
            id,
            kind,
            features,
        })
    }

    /// Bytes of shared memory the queue spans.
    pub fn total_len(&self) -> usize {
        (self.req.data + self.req.size as usize).max(self.rep.data + self.rep.size as usize)
    }

    /// Write the header page (the guest does this before asking the host to attach). Indices
    /// and flags start at zero.
    pub fn init<M: SharedMem>(&self, mem: &M) {
        let kind = match self.kind {
            QueueKind::Kernel => 0,
            QueueKind::Userspace => 1,
        };
        let words = [
            (field::VERSION, u32::from(VERSION)),
            (field::FEATURES, self.features),
            (field::ID_KIND, u32::from(self.id) | kind << 16),
            (field::REQ_OFFSET, self.req.data as u32),
            (field::REQ_SIZE, self.req.size),
            (field::REP_OFFSET, self.rep.data as u32),
            (field::REP_SIZE, self.rep.size),
            (field::STATUS, 0),
            (field::FAULT_AT, 0),
            (field::REQ_PROD, 0),
            (field::REQ_CONS, 0),
            (field::REQ_NEED_KICK, 0),
            (field::REP_PROD, 0),
            (field::REP_CONS, 0),
            (field::REP_NEED_INTR, 0),
        ];
        for (off, v) in words {
            mem.store_u32(off, v, Ordering::Relaxed);
        }
        // Magic last, released: a reader that sees it sees the rest.
        mem.store_u32(field::MAGIC, MAGIC, Ordering::Release);
    }

    /// Read and validate a header page written by the other side. The host calls this once
    /// at attach and keeps the result: it never re-reads the configuration, which the guest
    /// could change under it.
    pub fn read<M: SharedMem>(mem: &M) -> Result<Self, Fault> {
        let bad = |msg| Err(Fault { at: 0, msg });
        if mem.len() < HEADER_PAGE {
            return bad("shared memory smaller than the header page");
        }
        if mem.load_u32(field::MAGIC, Ordering::Acquire) != MAGIC {
            return bad("bad queue magic");
        }
        if mem.load_u32(field::VERSION, Ordering::Relaxed) & 0xffff != u32::from(VERSION) {
            return bad("unsupported queue layout version");
        }
        let w = |off| mem.load_u32(off, Ordering::Relaxed);
        let id_kind = w(field::ID_KIND);
        let kind = match id_kind >> 16 {
            0 => QueueKind::Kernel,
            1 => QueueKind::Userspace,
            _ => return bad("unknown queue kind"),
        };
        let l = Self::with_offsets(
            id_kind as u16,
            kind,
            w(field::FEATURES),
            w(field::REQ_OFFSET) as usize,
            w(field::REQ_SIZE),
            w(field::REP_OFFSET) as usize,
            w(field::REP_SIZE),
        )?;
        if l.total_len() > mem.len() {
            return bad("ring data runs past the shared memory");
        }
        Ok(l)
    }

    /// The host's status word: 0, or a negative errno after it failed the queue.
    pub fn status<M: SharedMem>(mem: &M) -> (i32, u32) {
        (
            mem.load_u32(field::STATUS, Ordering::Acquire) as i32,
            mem.load_u32(field::FAULT_AT, Ordering::Relaxed),
        )
    }

    /// Record a fault in the header (host side) so the guest can see why its queue stopped.
    pub fn set_fault<M: SharedMem>(mem: &M, fault: &Fault) {
        mem.store_u32(field::FAULT_AT, fault.at, Ordering::Relaxed);
        mem.store_u32(field::STATUS, FAULT_ERRNO as u32, Ordering::Release);
    }
}

/// Smallest message: a bare header. A tail shorter than this is implicit padding.
pub const MIN_MESSAGE: u32 = MSG_HEADER_LEN as u32;

#[cfg(all(test, feature = "alloc"))]
mod tests;
