//! The tokio client (`std` feature): typed async calls over a queue, with automatic
//! coalescing, replies routed by seq, timeouts, cancel, progress, back-pressure, the FastABI
//! fast path, and compatibility checks against what the host says it supports.
//!
//! ```text
//!   call::<O>(req) ──► build in the request ring ──► (coalesced) publish + kick if asked
//!                                  │                          │
//!   future ◄── route by seq ◄── reply task ◄── irq / poll ◄── host replies
//!      ▲                        (or the waiting caller itself: polling the reply ring,
//!      │                         then, for a small request, asleep on the irq)
//!      └─ its slot in the seq table: the completion and the reply's pooled buffers
//! ```
//!
//! Routing allocates nothing in a steady state: a call's slot holds its completion and
//! waker (no channel per call), and reply bytes are copied into buffers from a bounded pool
//! that they return to when the [`Reply`] is dropped ([`Stats::reply_allocs`] counts the
//! allocations the pool could not spare).
//!
//! Every reply is validated before use — the host is untrusted (confidential guests): an
//! unknown seq, a wrong message type, a bad length or an undecodable reply is an error for
//! that call (or, without a call to blame, counted and logged), never a panic.

mod error;
pub mod transport;
pub mod unix;

pub use error::{BadReply, Error, IoError};
pub use transport::{Transport, UnixTransport};

use std::collections::{HashMap, HashSet};
use std::marker::PhantomData;
use std::sync::atomic::{AtomicBool, AtomicU32, AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Duration;

use hvlink_codec::probe::{self, Stage};
use hvlink_codec::ring::{Doorbell, QueueKind};
use hvlink_codec::{Builder, Flags, Message, MessageType, SliceSink};
use hvlink_proto::control::{
    self, GetFamily, GetFamilyReq, Negotiate, NegotiateMsg, ProtocolFeatures, QueueSetup,
    QueueSetupReq,
};
use hvlink_proto::grant_table::{
    BatchMode, EntryResult, Gntst, MapEntry, MapGrantRef, MapMode, MapReply, MapReplyEntry,
    MapReplyForm, MapReq, MapReqForm, UnmapEntry, UnmapGrantRef, UnmapReply, UnmapReplyForm,
    UnmapReq, UnmapReqForm,
};
use hvlink_proto::rt::{op_flags, AttrSet, BatchEntry as _, Elem, FastAbi, List, Op, OpDesc, Regs};
use tokio::sync::{mpsc, Notify};

use crate::ring::raw::RawMem;
use crate::ring::GuestQueue;

/// Result of client calls.
pub type Result<T> = std::result::Result<T, Error>;

/// When a call takes the FastABI register path instead of the ring.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FastPath {
    /// Always the ring.
    Ring,
    /// Registers whenever the op has a mapping (and is not async); the ring otherwise.
    Registers,
    /// Registers for a small single op with a mapping while nothing is in flight on the
    /// queue (a trap then costs less than waking the host); the ring otherwise, where calls
    /// made together share a doorbell.
    Auto,
}

/// How a client is set up.
#[derive(Debug, Clone)]
pub struct Config {
    /// Queue id (unique in the domain).
    pub queue_id: u16,
    /// Kernel or userspace queue.
    pub kind: QueueKind,
    /// Request and reply ring sizes (powers of two).
    pub ring_size: u32,
    /// Guest-physical address of the queue's pages (what `queue_setup` is told).
    pub gpa: u64,
    /// Register path policy.
    pub fast_path: FastPath,
    /// Default timeout of a call (`None`: wait for ever). It bounds the whole call: the wait
    /// for room in a full request ring, the wait for the reply, and a register call's wait
    /// for its answer where that can be late (a host process's socket); a register call
    /// that times out may have been done (it cannot be cancelled).
    pub timeout: Option<Duration>,
    /// Ask the host what it supports at connect (control `negotiate` + `get_family`).
    pub negotiate: bool,
    /// Completion in place (io_uring's IOPOLL): a caller that starts waiting for its reply
    /// waits for it in its own thread for up to this long, routing whatever replies it
    /// finds, before it falls back to being woken by the reply task (a hand-off through
    /// another thread). It polls the reply ring; the caller of a small request, past
    /// [`spin`](Self::spin), sleeps on the queue's reply interrupt instead (the host rings it
    /// when it publishes), so that the thread the reply waits for — the host's, or another
    /// domain's on a machine with few cores — gets the CPU. A reply found by polling costs no
    /// wake-up; one after the sleep costs one wake-up of this thread, not two. The window
    /// does not adapt on its own: the host's adaptive poller measures the gaps between calls,
    /// and a caller that stopped waiting in place would make those gaps long.
    /// The window of a request that is not small (over 2 KiB: a batch) grows with what the
    /// host has to serve before its reply ([`poll_per_kib`](Self::poll_per_kib)).
    /// `Duration::ZERO` never waits in place (every reply then comes through the reply task).
    /// The thread is blocked meanwhile: an async task that awaits a call holds its runtime
    /// worker for up to this long.
    pub poll: Duration,
    /// How long of [`poll`](Self::poll) the caller of a small request (at most 2 KiB: a
    /// single op, a batch of a few entries, an async op) polls the reply ring before it
    /// sleeps on the reply interrupt. It spins, keeping its CPU (see
    /// [`spin_yields`](Self::spin_yields)). Such a reply normally comes within a few
    /// microseconds, or, when the host is serving another domain's batch, within one of the
    /// host's time slices (20 µs by default: the engine's bound on how long a small op waits
    /// behind another domain); the default, 25 µs, covers a slice and a round trip, so that
    /// such a wait is spent spinning and the CPU is not handed over. A longer wait means the
    /// reply is parked or this core is busy with others, and a sleep gives the core away for
    /// as long as the other needs it. A bigger batch's reply takes tens of microseconds by
    /// its size, and its caller polls the whole window, yielding the CPU between looks after
    /// the first microseconds (a wake-up would cost more than it saves). When several callers
    /// wait in place at once, one sleeps on the interrupt and the others keep polling.
    pub spin: Duration,
    /// Whether the caller of a small request yields its CPU between looks during its
    /// [`spin`](Self::spin) (after the first microseconds), as a bigger batch's caller always
    /// does. A yield helps only a thread that shares this CPU and produces the reply: the
    /// host's, when the host runs in this operating system on the same CPU. Anything else
    /// that shares it, such as another domain's client encoding a big batch, takes the CPU
    /// for as long as its own work lasts, and the reply waits for that. A guest in a VM
    /// yields only to its own threads, never to the host. The default is `true` only when
    /// this process may run on a single CPU (`std::thread::available_parallelism`), where the
    /// host, if in process, must share it.
    pub spin_yields: bool,
    /// How much longer than [`poll`](Self::poll) the caller of a request that is not small
    /// waits in place, per KiB of this client's big requests still open (this one and those
    /// sent before it, which the host serves first): such a reply comes after the host has
    /// read, run and answered every entry of them, in time that grows with their size. A
    /// caller whose window runs out first falls back to the reply task and pays the hand-off
    /// it polled to avoid, and that fallback made whole rounds of 64-entry grant batches
    /// half again as slow (BENCHMARKS §11, stop 26). At most [`poll_max`](Self::poll_max) in
    /// all. Past `poll` the only caller waiting in place sleeps on the reply interrupt (woken
    /// when the host publishes) instead of looking again: its CPU is free for others
    /// meanwhile.
    pub poll_per_kib: Duration,
    /// The longest window of a batch's caller, whatever the size of what it waits for
    /// (1 ms by default; `poll` if that is longer).
    pub poll_max: Duration,
    /// The most memory one call's reply messages take (its parts together, those read as
    /// they came included, each counted as the pooled buffer it is copied into: 8 KiB for a
    /// message up to that size, 64 KiB or its size above): past it the call fails with
    /// [`BadReply::TooLong`], its parts go back to the pool and the host is asked to cancel
    /// it. Bounds what a host that sends parts without end makes the client hold (16 MiB by
    /// default: 4,096 small parts).
    pub max_reply_bytes: usize,
}

impl Config {
    /// How long the caller of a request that is not small waits in place when `open_bytes`
    /// of this client's big requests (its own included) are still open: [`poll`](Self::poll)
    /// and [`poll_per_kib`](Self::poll_per_kib) for each KiB of them (the host serves those
    /// sent before it first), at most [`poll_max`](Self::poll_max) (or `poll`, if longer).
    pub fn poll_window(&self, open_bytes: usize) -> Duration {
        let kib = u32::try_from(open_bytes.div_ceil(1024)).unwrap_or(u32::MAX);
        self.poll
            .saturating_add(self.poll_per_kib.saturating_mul(kib))
            .min(self.poll_max.max(self.poll))
    }
}

impl Default for Config {
    fn default() -> Self {
        Config {
            queue_id: 1,
            kind: QueueKind::Kernel,
            ring_size: 1 << 18,
            gpa: 0,
            fast_path: FastPath::Auto,
            timeout: Some(Duration::from_secs(30)),
            negotiate: true,
            poll: Duration::from_micros(50),
            spin: Duration::from_micros(25),
            spin_yields: std::thread::available_parallelism().map_or(true, |n| n.get() < 2),
            poll_per_kib: Duration::from_micros(8),
            poll_max: Duration::from_millis(1),
            max_reply_bytes: 16 << 20,
        }
    }
}

/// Counters of one client.
#[derive(Debug, Default)]
pub struct Stats {
    /// Calls made.
    pub calls: AtomicU64,
    /// Request messages put on the ring.
    pub messages: AtomicU64,
    /// Doorbells rung.
    pub doorbells: AtomicU64,
    /// Calls made through registers.
    pub register_calls: AtomicU64,
    /// Replies that could not be matched or validated.
    pub bad_replies: AtomicU64,
    /// Times a caller waited for ring space.
    pub ring_full: AtomicU64,
    /// Calls whose reply the caller found itself by polling (no wake-up).
    pub polled: AtomicU64,
    /// Reply messages handed to their caller before the reply was whole: the parts of a
    /// batch that asked for progress ([`Client::grant_map`] over 128 entries), read one by
    /// one while the host served the next.
    pub parts_early: AtomicU64,
    /// Reply messages routed right after a doorbell, found in the ring as the doorbell
    /// returned: a host in this process that found its serving loop parked served the
    /// turn in the doorbell (`hvlink_host::serve::Shared::doorbell`).
    pub routed_at_kick: AtomicU64,
    /// Polls that ended without the reply (the caller then waited to be woken).
    pub poll_misses: AtomicU64,
    /// Nanoseconds callers spent waiting in place, spinning or asleep (the CPU cost of
    /// completion polling is at most this; the sleeps cost none).
    pub poll_ns: AtomicU64,
    /// Times a caller waiting in place went to sleep on the reply interrupt (after its
    /// spin).
    pub sleeps: AtomicU64,
    /// Times a caller waiting in place yielded its CPU between looks at the reply ring.
    pub yields: AtomicU64,
    /// Allocations made for calls and replies: a reply buffer or part list that the client's
    /// pool could not supply (or that had to grow). Flat in a steady state: replies are
    /// routed by seq into reused buffers.
    pub reply_allocs: AtomicU64,
}

/// What the host said it supports.
#[derive(Debug, Clone, Default)]
pub struct HostInfo {
    /// Protocol version both use.
    pub protocol_version: u32,
    /// Protocol features both support.
    pub features: u64,
    /// Largest message the host accepts.
    pub max_message: u32,
    /// (family id, op id) pairs the host implements.
    pub ops: HashSet<(u16, u8)>,
    /// Family id → the host's version of it.
    pub families: HashMap<u16, (String, u8)>,
}

/// A call's reply slot, found by the call's seq.
struct Slot {
    op: &'static OpDesc,
    /// The parts received so far (buffers from the [`Pool`]).
    parts: Vec<Vec<u8>>,
    state: SlotState,
    progress: Option<mpsc::UnboundedSender<Vec<u8>>>,
    /// The request's size when it is not small (counted in [`Calls::open_bytes`]), else 0.
    bytes: usize,
    /// Bytes of reply messages routed to it so far (bounded by `Config::max_reply_bytes`).
    reply_bytes: usize,
}

enum SlotState {
    /// No final reply yet; the waker of the task waiting for it, if it waits.
    Open(Option<std::task::Waker>),
    /// Completed: the result, until the call's [`Ticket`] takes it (the slot goes then).
    Done(Result<Parts>),
}

/// The calls in flight, by seq, with no allocation per call or per reply in the steady
/// state: the table keeps its capacity, the hash is a multiply (seqs are this client's own
/// numbers, not chosen by the host), and reply bytes go into pooled buffers.
struct Calls {
    map: HashMap<u32, Slot, SeqHash>,
    /// Slots still open (the rest are completed, waiting for their ticket to take them).
    open: usize,
    /// The bytes of the open slots' requests that are not small: what the host has yet to
    /// serve of this client's big requests (see [`Config::poll_per_kib`]).
    open_bytes: usize,
}

impl Calls {
    /// Remove the slot `seq`, whatever its state.
    fn forget(&mut self, seq: u32) -> Option<Slot> {
        let slot = self.map.remove(&seq)?;
        if matches!(slot.state, SlotState::Open(_)) {
            self.open -= 1;
            self.open_bytes -= slot.bytes;
        }
        Some(slot)
    }

    /// Complete the open slot `seq` with `r`; returns its waiter's waker, to wake once the
    /// table's lock is let go.
    fn complete(&mut self, seq: u32, r: Result<Parts>) -> Option<std::task::Waker> {
        let slot = self.map.get_mut(&seq)?;
        match std::mem::replace(&mut slot.state, SlotState::Done(r)) {
            SlotState::Open(w) => {
                self.open -= 1;
                self.open_bytes -= slot.bytes;
                w
            }
            SlotState::Done(prev) => {
                slot.state = SlotState::Done(prev);
                None
            }
        }
    }
}

/// [`std::hash::BuildHasher`] of the seq table: a Fibonacci multiply.
#[derive(Clone, Copy, Default)]
struct SeqHash;

struct SeqHasher(u64);

impl std::hash::BuildHasher for SeqHash {
    type Hasher = SeqHasher;
    fn build_hasher(&self) -> SeqHasher {
        SeqHasher(0)
    }
}

impl std::hash::Hasher for SeqHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0.rotate_left(8) ^ u64::from(b)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        }
    }
    fn write_u32(&mut self, n: u32) {
        self.0 = (self.0 ^ u64::from(n)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    }
}

/// Reply buffers kept for reuse, in two sizes so that any pooled buffer of a size fits any
/// reply of it: small ones of [`SMALL_BUF`] bytes, big ones of a whole message. Bounded: at
/// most [`POOL_SMALL`] small and [`POOL_BIG`] big buffers (2.5 MiB at most), and
/// [`POOL_LISTS`] part lists.
#[derive(Default)]
struct Pool {
    inner: Mutex<Pooled>,
}

/// What a [`Pool`] holds.
#[derive(Default)]
struct Pooled {
    small: Vec<Vec<u8>>,
    big: Vec<Vec<u8>>,
    lists: Vec<Vec<Vec<u8>>>,
}

/// The size of a small reply buffer (a reply up to this size takes one). A grant batch's
/// progress part ([`PROGRESS_PART`] results) fits one even with every result's device
/// address (about 5 KiB): a big batch's parts then take small buffers, not one big buffer
/// each, of which the pool keeps few.
const SMALL_BUF: usize = 8192;
/// Small reply buffers a client keeps for reuse.
const POOL_SMALL: usize = 64;
/// Whole-message reply buffers a client keeps for reuse.
const POOL_BIG: usize = 32;
/// Part lists a client keeps for reuse.
const POOL_LISTS: usize = 64;
/// The memory a reply message takes in a call's parts: the pooled buffer it is copied into
/// (see [`Pool::copy`]), what [`Config::max_reply_bytes`] counts.
fn held_for(bytes: &[u8]) -> usize {
    if bytes.len() <= SMALL_BUF {
        SMALL_BUF
    } else {
        bytes.len().max(hvlink_codec::limits::MAX_MESSAGE_LEN)
    }
}

/// Parts a pooled list holds without growing (a reply in more parts grows it, once).
const LIST_PARTS: usize = 8;
/// The most parts a list the pool keeps may hold: one that grew for a reply in more parts
/// than [`LIST_PARTS`] (a dump's, say) is kept up to this size; a bigger one goes.
const LIST_PARTS_KEPT: usize = 32;

impl Pool {
    fn lock(&self) -> MutexGuard<'_, Pooled> {
        self.inner.lock().unwrap_or_else(|p| p.into_inner())
    }
    /// A buffer holding a copy of `bytes`; counts an allocation in `allocs` if it needed one.
    fn copy(&self, bytes: &[u8], allocs: &AtomicU64) -> Vec<u8> {
        let size = held_for(bytes);
        let pooled = if size == SMALL_BUF {
            self.lock().small.pop()
        } else {
            self.lock().big.pop()
        };
        let mut b = match pooled {
            Some(b) => b,
            None => {
                Metrics::inc(allocs);
                Vec::with_capacity(size)
            }
        };
        b.clear();
        b.extend_from_slice(bytes);
        b
    }
    /// An empty part list with room for [`LIST_PARTS`] parts; counts an allocation in
    /// `allocs` if it needed one.
    fn list(&self, allocs: &AtomicU64) -> Vec<Vec<u8>> {
        match self.lock().lists.pop() {
            Some(l) => l,
            None => {
                Metrics::inc(allocs);
                Vec::with_capacity(LIST_PARTS)
            }
        }
    }
    /// Take back `msgs` and their buffers (those of the pool's two sizes, while it has room).
    fn put(&self, mut msgs: Vec<Vec<u8>>) {
        let mut g = self.lock();
        for m in msgs.drain(..) {
            let c = m.capacity();
            if c == SMALL_BUF && g.small.len() < POOL_SMALL {
                g.small.push(m);
            } else if c == hvlink_codec::limits::MAX_MESSAGE_LEN && g.big.len() < POOL_BIG {
                g.big.push(m);
            }
        }
        // A list that grew (a reply in more parts: a batch answered a part per window of
        // the host's, with preemptions between) is kept as it is, up to a bound.
        if (LIST_PARTS..=LIST_PARTS_KEPT).contains(&msgs.capacity()) && g.lists.len() < POOL_LISTS {
            g.lists.push(msgs);
        }
    }
}

/// The messages of a reply, in order. Their buffers go back to the client's pool when this
/// is dropped.
pub(crate) struct Parts {
    msgs: Vec<Vec<u8>>,
    pool: Option<Arc<Pool>>,
}

impl Parts {
    /// Messages that belong to no pool.
    fn unpooled(msgs: Vec<Vec<u8>>) -> Parts {
        Parts { msgs, pool: None }
    }
    /// The messages, out of the pool's reach.
    fn into_vec(mut self) -> Vec<Vec<u8>> {
        self.pool = None;
        std::mem::take(&mut self.msgs)
    }
}

impl std::ops::Deref for Parts {
    type Target = [Vec<u8>];
    fn deref(&self) -> &[Vec<u8>] {
        &self.msgs
    }
}

impl Drop for Parts {
    fn drop(&mut self) {
        if let Some(pool) = self.pool.take() {
            pool.put(std::mem::take(&mut self.msgs));
        }
    }
}

struct Inner {
    queue: Mutex<GuestQueue<RawMem>>,
    calls: Mutex<Calls>,
    /// Reply buffers for reuse.
    pool: Arc<Pool>,
    space: Notify,
    flush_pending: AtomicBool,
    transport: Arc<dyn Transport>,
    next_seq: AtomicU32,
    config: Config,
    stats: Stats,
    closed: Mutex<Option<Error>>,
    /// `closed` holds an error (set once, never cleared): a call looks here, not at the lock.
    is_closed: AtomicBool,
    host: Mutex<Option<HostInfo>>,
    /// Ops found supported since the host last told what it supports, by the address of
    /// their (static) description, in [`SUPPORTED_CACHE`] places: a call of one of them
    /// looks here instead of taking `host`'s lock and hashing. Written under `host`'s lock
    /// (a check's find, and negotiation's clearing), so a find made against what the host said
    /// before never outlives a negotiation.
    supported: [AtomicUsize; SUPPORTED_CACHE],
    stop: AtomicBool,
    /// Held by whoever drains the reply ring (the reply task or a polling caller), for the
    /// whole copy-and-route, so that the parts of a reply are routed in order; it holds the
    /// copy-out buffer.
    drain: Mutex<Vec<u8>>,
    /// Callers polling the reply ring now (the reply task stands aside meanwhile).
    pollers: AtomicU32,
    /// Rung when a poll ends with calls still in flight: the reply task takes over.
    poll_ended: Notify,
}

impl Inner {
    fn q(&self) -> MutexGuard<'_, GuestQueue<RawMem>> {
        self.queue.lock().unwrap_or_else(|p| p.into_inner())
    }
    fn calls(&self) -> MutexGuard<'_, Calls> {
        self.calls.lock().unwrap_or_else(|p| p.into_inner())
    }
    fn closed(&self) -> Option<Error> {
        if !self.is_closed.load(Ordering::Acquire) {
            return None;
        }
        self.closed
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .clone()
    }

    /// Publish what is queued; ring the doorbell if the host asked for a kick.
    fn flush(&self) {
        // Published under the queue's lock, rung after it: an in-process host may serve its
        // whole turn for this guest in the ring (`Shared::doorbell`), and this client's other
        // callers and its reply task need the lock meanwhile.
        let ring = self.q().publish();
        if ring {
            self.transport.kick();
            Metrics::inc(&self.stats.doorbells);
            // A host that served the turn in the kick (in process, its loop parked) has
            // answered already: route the replies now, so that their callers find them
            // without waiting for the reply interrupt's wake-up. (A fault is the next
            // drain's to report.)
            if let Ok(n) = self.drain_replies(false) {
                Metrics::add(&self.stats.routed_at_kick, n as u64);
            }
        }
        probe::mark(Stage::ClientPublished);
    }

    /// Copy out and route every reply in the ring, if nobody else is draining it (`wait`:
    /// wait for the one who is). Returns how many messages were routed.
    fn drain_replies(&self, wait: bool) -> std::result::Result<usize, hvlink_codec::ring::Fault> {
        let mut buf = if wait {
            self.drain.lock().unwrap_or_else(|p| p.into_inner())
        } else {
            match self.drain.try_lock() {
                Ok(g) => g,
                Err(std::sync::TryLockError::Poisoned(p)) => p.into_inner(),
                Err(std::sync::TryLockError::WouldBlock) => return Ok(0),
            }
        };
        if buf.len() < hvlink_codec::limits::MAX_MESSAGE_LEN {
            buf.resize(hvlink_codec::limits::MAX_MESSAGE_LEN, 0);
        }
        let mut got = 0;
        loop {
            let r = self.q().recv(&mut buf);
            match r? {
                Some(n) => {
                    got += 1;
                    self.route(&buf[..n]);
                }
                None => break,
            }
        }
        if got > 0 {
            probe::mark(Stage::ClientRouted);
            self.q().release();
            self.space.notify_waiters();
        }
        Ok(got)
    }

    /// Sleep on the reply interrupt for at most `limit` (and at most [`SLEEP_SLICE`]): ask
    /// the host for it, re-check the ring (a reply published meanwhile needs no sleep), wait,
    /// and take the request back. The reply task, parked on the same interrupt since before
    /// this caller came, may consume a ring meant for it; the slice bounds what that costs.
    fn sleep_for_replies(&self, limit: Duration) {
        // (`Ok(true)`: replies are there; an error, a faulted ring, the next drain reports.)
        let idle = matches!(self.q().replies().prepare_park(), Ok(false));
        if idle {
            Metrics::add(&self.stats.sleeps, 1);
            self.transport.irq().wait_for(limit.min(SLEEP_SLICE));
        }
        self.q().replies().cancel_park();
    }

    /// Count a poll that found the reply (`hit`) or not, and the time it took.
    fn polled(&self, hit: bool, spent: Duration) {
        Metrics::add(&self.stats.poll_ns, spent.as_nanos() as u64);
        Metrics::inc(if hit {
            &self.stats.polled
        } else {
            &self.stats.poll_misses
        });
    }

    /// Fail every call in flight (the host went away or the queue faulted).
    fn fail_all(&self, e: Error) {
        *self.closed.lock().unwrap_or_else(|p| p.into_inner()) = Some(e.clone());
        self.is_closed.store(true, Ordering::Release);
        let mut wake = Vec::new();
        {
            let mut calls = self.calls();
            for slot in calls.map.values_mut() {
                if let SlotState::Open(w) = &mut slot.state {
                    wake.extend(w.take());
                    slot.state = SlotState::Done(Err(e.clone()));
                }
            }
            calls.open = 0;
            calls.open_bytes = 0;
        }
        for w in wake {
            w.wake();
        }
        self.space.notify_waiters();
    }

    /// Route one reply message (already copied out of shared memory).
    fn route(&self, bytes: &[u8]) {
        let msg = match Message::parse(bytes) {
            Ok(m) => m,
            Err(e) => {
                Metrics::inc(&self.stats.bad_replies);
                // A hostile host could send these without end: the log gets a few a second
                // (the count is in `bad_replies`).
                hvlink_codec::limited!(warn, error = %e, "unparsable reply dropped");
                return;
            }
        };
        if msg.is_noop() {
            return;
        }
        let hdr = *msg.header();
        let mut too_long = false;
        let mut calls = self.calls();
        let Some(slot) = calls
            .map
            .get_mut(&hdr.seq)
            .filter(|s| matches!(s.state, SlotState::Open(_)))
        else {
            drop(calls);
            Metrics::inc(&self.stats.bad_replies);
            hvlink_codec::limited!(warn, seq = hdr.seq, "reply with an unknown seq dropped");
            return;
        };
        let result = if msg.message_type() == MessageType::ERROR {
            match msg.error() {
                Ok(e) if e.status == 0 => None, // an ACK: the reply came before it
                Ok(e) => Some(Err(Error::from_errmsg(slot.op, &e))),
                Err(e) => Some(Err(BadReply::ErrorMessage(e).into())),
            }
        } else if msg.message_type() == MessageType::DONE {
            // The end of a dump: the parts so far are the reply.
            Some(Ok(std::mem::take(&mut slot.parts)))
        } else if msg.message_type().0 != slot.op.msg_type {
            Some(Err(BadReply::Type {
                got: msg.message_type().0,
                family: slot.op.family,
                op: slot.op.name,
            }
            .into()))
        } else {
            match msg.genl() {
                Err(e) => Some(Err(BadReply::Header(e).into())),
                Ok((g, _)) if g.cmd != slot.op.id => Some(Err(BadReply::Op {
                    got: g.cmd,
                    family: slot.op.family,
                    op: slot.op.name,
                }
                .into())),
                Ok(_) if slot.reply_bytes + held_for(bytes) > self.config.max_reply_bytes => {
                    too_long = true;
                    Some(Err(BadReply::TooLong {
                        max: self.config.max_reply_bytes,
                    }
                    .into()))
                }
                Ok(_) => {
                    slot.reply_bytes += held_for(bytes);
                    if let Some(p) = &slot.progress {
                        let _ = p.send(bytes.to_vec());
                    }
                    if slot.parts.len() == slot.parts.capacity() {
                        Metrics::inc(&self.stats.reply_allocs);
                    }
                    slot.parts
                        .push(self.pool.copy(bytes, &self.stats.reply_allocs));
                    if hdr.flags.contains(Flags::MULTI) {
                        None
                    } else {
                        Some(Ok(std::mem::take(&mut slot.parts)))
                    }
                }
            }
        };
        if let Some(r) = result {
            if r.is_err() {
                // The parts so far go back to the pool.
                self.pool.put(std::mem::take(&mut slot.parts));
            }
            let r = r.map(|msgs| Parts {
                msgs,
                pool: Some(self.pool.clone()),
            });
            let waker = calls.complete(hdr.seq, r);
            drop(calls);
            if let Some(w) = waker {
                w.wake();
            }
            if too_long {
                // The host would go on sending parts for a call that is over.
                send_cancel(self, hdr.seq);
            }
        }
    }
}

struct Metrics;
impl Metrics {
    fn inc(c: &AtomicU64) {
        c.fetch_add(1, Ordering::Relaxed);
    }
    fn add(c: &AtomicU64, n: u64) {
        c.fetch_add(n, Ordering::Relaxed);
    }
}

/// A client of one queue. Cheap to clone (shared).
#[derive(Clone)]
pub struct Client {
    inner: Arc<Inner>,
}

impl std::fmt::Debug for Client {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Client")
            .field("queue", &self.inner.config.queue_id)
            .field("kind", &self.inner.config.kind)
            .finish()
    }
}

/// A reply of op `O`, validated on receipt; [`Reply::get`] decodes it (borrowing).
pub struct Reply<O: Op> {
    parts: Parts,
    _op: PhantomData<O>,
}

impl<O: Op> std::fmt::Debug for Reply<O> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Reply")
            .field("op", &O::DESC.name)
            .field("parts", &self.parts.len())
            .finish()
    }
}

fn decode_part<'a, O: Op>(bytes: &'a [u8]) -> Result<O::Reply<'a>> {
    O::Reply::decode(reply_attrs(bytes)?).map_err(Error::Codec)
}

impl<O: Op> Reply<O> {
    fn new(parts: Parts) -> Result<Self> {
        if parts.is_empty() {
            return Err(BadReply::Empty.into());
        }
        for p in parts.iter() {
            decode_part::<O>(p)?;
        }
        Ok(Reply {
            parts,
            _op: PhantomData,
        })
    }

    /// The reply (its last part when it came in several).
    pub fn get(&self) -> O::Reply<'_> {
        let last = self.parts.last().map(Vec::as_slice).unwrap_or(&[]);
        read_valid::<O>(last).unwrap_or_else(unreachable_reply)
    }

    /// Every part, in order (a reply too big for one message, or progress parts).
    pub fn parts(&self) -> impl Iterator<Item = O::Reply<'_>> {
        self.parts.iter().filter_map(|p| read_valid::<O>(p))
    }

    /// The raw messages.
    pub fn messages(&self) -> &[Vec<u8>] {
        &self.parts
    }
}

/// A part `Reply::new` validated, read again without the checks (`decode_valid`: the value
/// `decode` gives, which the policy-agreement tests hold it to). The bytes are private and
/// immutable since, so it is always `Some`.
fn read_valid<O: Op>(bytes: &[u8]) -> Option<O::Reply<'_>> {
    O::Reply::decode_valid(reply_attrs(bytes).ok()?)
}

#[cold]
fn unreachable_reply<T>() -> T {
    // `Reply::new` decoded every part; the bytes are private and immutable since.
    panic!("a validated reply failed to decode again")
}

/// Return `Pending` once, waking at once: the other futures of the same task (a `join` of
/// calls) run meanwhile. Unlike `tokio::task::yield_now`, whose wake-up is deferred until
/// the runtime has looked for I/O, this wakes the task at once — in `block_on` too.
struct YieldOnce(bool);

impl std::future::Future for YieldOnce {
    type Output = ();
    fn poll(
        mut self: std::pin::Pin<&mut Self>,
        cx: &mut std::task::Context<'_>,
    ) -> std::task::Poll<()> {
        if self.0 {
            return std::task::Poll::Ready(());
        }
        self.0 = true;
        cx.waker().wake_by_ref();
        std::task::Poll::Pending
    }
}

/// A request in flight, untyped. Dropped before its reply came (including a wait that was
/// itself dropped, or timed out), it sends the host a cancel.
struct Ticket {
    inner: Arc<Inner>,
    seq: u32,
    /// Its slot is still in the table (not yet taken, nor forgotten).
    live: bool,
    timeout: Option<Duration>,
    /// The request is at most [`SMALL_REQUEST`] bytes: its reply normally comes within a
    /// few microseconds, so a wait past [`Config::spin`] means the host (or this core) is
    /// busy with others, and the caller sleeps instead of polling on.
    small: bool,
    /// Other calls were still open when this one's result was taken (see [`Ticket::poll`]).
    others_open: bool,
}

/// A request of at most this many bytes is small (a single op, a batch of a few entries, an
/// async op): the host takes its first step as it reads it (PROTOCOL §9.4). A bigger
/// batch's reply takes tens of microseconds by its own size, and its caller keeps polling
/// for the whole window rather than pay a wake-up.
const SMALL_REQUEST: usize = 2048;

/// Places in a client's cache of ops found supported ([`Inner::supported`]).
const SUPPORTED_CACHE: usize = 8;

/// The longest one sleep of a caller waiting in place (see [`Inner::sleep_for_replies`]);
/// it sleeps again while its window lasts.
const SLEEP_SLICE: Duration = Duration::from_millis(1);

/// What a caller waiting in place does with each reply message of its call as it comes,
/// before the reply is whole (see [`Ticket::wait_each`]).
type EachPart<'a> = &'a mut (dyn FnMut(&[u8]) + Send);

impl Ticket {
    async fn wait(self) -> Result<Parts> {
        self.wait_each(None).await
    }

    /// [`wait`](Self::wait), handing each reply message that comes while the caller waits in
    /// place to `each` (in order) as soon as it is routed, rather than when the last one
    /// came: a batch that asked for progress is answered in parts, and its caller reads one
    /// while the host serves the next. The parts returned are the rest.
    async fn wait_each(mut self, mut each: Option<EachPart<'_>>) -> Result<Parts> {
        if !self.live {
            return Err(Error::Cancelled);
        }
        // Let requests being started beside this one (the same task's other futures) go
        // out under the same doorbell, then publish.
        if self.inner.flush_pending.load(Ordering::Acquire) {
            YieldOnce(false).await;
            if self.inner.flush_pending.swap(false, Ordering::AcqRel) {
                self.inner.flush();
            }
        }
        if let Some(r) = self.poll(&mut each) {
            return r;
        }
        match self.timeout {
            // On a timeout the slot stays: dropping `self` cancels the call on the host.
            Some(t) => match tokio::time::timeout(t, SlotWait(&mut self)).await {
                Ok(r) => r,
                Err(_) => Err(Error::Timeout),
            },
            None => SlotWait(&mut self).await,
        }
    }

    /// Hand the parts of the reply routed so far to `each`, while the call is still open
    /// (their buffers go back to the pool; the slot keeps a pooled list for the next ones).
    fn take_early(&mut self, each: &mut (dyn FnMut(&[u8]) + Send + '_)) {
        let inner = &self.inner;
        let early = {
            let mut calls = inner.calls();
            match calls.map.get_mut(&self.seq) {
                Some(slot)
                    if matches!(slot.state, SlotState::Open(_)) && !slot.parts.is_empty() =>
                {
                    let list = inner.pool.list(&inner.stats.reply_allocs);
                    std::mem::replace(&mut slot.parts, list)
                }
                _ => return,
            }
        };
        for m in &early {
            each(m);
        }
        Metrics::add(&inner.stats.parts_early, early.len() as u64);
        inner.pool.put(early);
    }

    /// The result, if the call completed (its slot goes then); `Pending` registers `cx`'s
    /// waker with the slot.
    fn take(&mut self, cx: Option<&mut std::task::Context<'_>>) -> std::task::Poll<Result<Parts>> {
        use std::task::Poll;
        let mut calls = self.inner.calls();
        let Some(slot) = calls.map.get_mut(&self.seq) else {
            drop(calls);
            self.live = false;
            return Poll::Ready(Err(self.inner.closed().unwrap_or(Error::HostGone)));
        };
        match &mut slot.state {
            SlotState::Open(w) => {
                if let Some(cx) = cx {
                    if !w.as_ref().is_some_and(|w| w.will_wake(cx.waker())) {
                        *w = Some(cx.waker().clone());
                    }
                }
                Poll::Pending
            }
            SlotState::Done(_) => {
                let slot = calls.forget(self.seq);
                self.others_open = calls.open > 0;
                drop(calls);
                self.live = false;
                match slot.map(|s| s.state) {
                    Some(SlotState::Done(r)) => Poll::Ready(r),
                    // (The state was just seen done, under the same lock.)
                    _ => Poll::Ready(Err(Error::Cancelled)),
                }
            }
        }
    }

    /// Completion in place (see [`Config::poll`]): spin on the reply ring for
    /// [`Config::spin`], then sleep on the reply interrupt, for at most the poll window,
    /// routing what comes, until this call's reply is among it. `None`: not there yet.
    fn poll(&mut self, each: &mut Option<EachPart<'_>>) -> Option<Result<Parts>> {
        let config = &self.inner.config;
        let small = self.small;
        let spin = config.spin;
        if config.poll.is_zero() || !self.live {
            return None;
        }
        let window = if small {
            config.poll
        } else {
            config.poll_window(self.inner.calls().open_bytes)
        };
        let inner = self.inner.clone();
        // No interrupt is needed while a caller polls: the host need not ring one — unless
        // another caller already waits in place, which may be asleep on it.
        if inner.pollers.fetch_add(1, Ordering::AcqRel) == 0 {
            inner.q().replies().cancel_park();
        }
        let t0 = std::time::Instant::now();
        let mut spins = 0u32;
        let got = loop {
            if let std::task::Poll::Ready(r) = self.take(None) {
                break Some(r);
            }
            match inner.drain_replies(false) {
                Err(f) => {
                    inner.fail_all(Error::Ring(f));
                    continue;
                }
                Ok(n) if n > 0 => {
                    if let std::task::Poll::Ready(r) = self.take(None) {
                        break Some(r);
                    }
                    if let Some(f) = each {
                        self.take_early(&mut **f);
                    }
                }
                Ok(_) => {
                    // Parts another drainer routed to this call (another caller's poll, the
                    // reply task finishing its drain, a flush's drain at its kick) are this
                    // caller's to take too, every 64 looks: only its own drains found them,
                    // so a part routed by another waited for the next part to be taken.
                    if spins & 63 == 63 {
                        if let Some(f) = each {
                            self.take_early(&mut **f);
                        }
                    }
                }
            }
            spins += 1;
            if spins <= 64 {
                // The first microseconds: look as fast as the reply can come.
                if spins % 16 == 0 && t0.elapsed() >= window {
                    break None;
                }
                std::hint::spin_loop();
                continue;
            }
            let waited = t0.elapsed();
            if waited >= window {
                break None;
            }
            if small && waited < spin && !inner.config.spin_yields {
                // A small request in its spin keeps the CPU: its reply normally comes within
                // microseconds, and a yield would hand the CPU to whatever else runs here
                // (another domain's client in the middle of a big batch, say) for as long as
                // that runs.
                std::hint::spin_loop();
            } else if small && waited >= spin && inner.pollers.load(Ordering::Acquire) == 1 {
                // A small request past the spin: the only caller waiting in place sleeps on
                // the reply interrupt for the rest of the window: a thread that shares this
                // core (the host's, or another domain's, when cores are few) gets it for as
                // long as it needs, and this one is woken when the host publishes. (A yield
                // only lets another thread in while the scheduler deems it owed the core.)
                inner.sleep_for_replies(window - waited);
            } else if !small
                && waited >= inner.config.poll
                && inner.pollers.load(Ordering::Acquire) == 1
            {
                // A batch's caller past the plain window, its batch (or those before it)
                // still being served: the only caller waiting in place sleeps on the reply
                // interrupt for the rest of its longer window, as a small request past its
                // spin does. Yielding on for the whole of it kept a runnable thread on a core
                // that another domain's small op, or the host, needed: with two CPUs that
                // op's p99 went from 2-3 us to 80-107 us while this client's batches streamed,
                // and to 79 us in one run of five when the yields lasted twice `poll`
                // (BENCHMARKS §11, stop 26).
                inner.sleep_for_replies(window - waited);
            } else {
                // A bigger batch's caller (or a small one that yields in its spin, or one of
                // several callers waiting in place, of whom one sleeps): let a thread that
                // shares this core (the host's, when cores are few) run between looks: it
                // may be the one producing the reply. The window is looked at after each
                // yield, so the wait never runs past it by more than one.
                Metrics::inc(&inner.stats.yields);
                std::thread::yield_now();
            }
        };
        probe::mark(Stage::ClientDone);
        inner.pollers.fetch_sub(1, Ordering::AcqRel);
        inner.polled(got.is_some(), t0.elapsed());
        // Calls still open (counted as this one's result was taken; one opened since has
        // a caller that polls for it) are the reply task's to wait for.
        if got.is_none() || self.others_open {
            inner.poll_ended.notify_one();
        }
        got
    }
}

/// Waits for a ticket's slot to complete.
struct SlotWait<'a>(&'a mut Ticket);

impl std::future::Future for SlotWait<'_> {
    type Output = Result<Parts>;
    fn poll(
        mut self: std::pin::Pin<&mut Self>,
        cx: &mut std::task::Context<'_>,
    ) -> std::task::Poll<Result<Parts>> {
        self.0.take(Some(cx))
    }
}

impl Drop for Ticket {
    fn drop(&mut self) {
        if self.live {
            // Dropped before its wait published it: publish what is queued (others' calls
            // may be among it), then cancel.
            if self.inner.flush_pending.swap(false, Ordering::AcqRel) {
                self.inner.flush();
            }
            cancel_seq(&self.inner, self.seq);
        }
    }
}

/// A call on its way: await it for the reply. Dropping it (or a `wait` on it) before the
/// reply came sends the host a cancel for it.
pub struct Pending<O: Op> {
    ticket: Ticket,
    _op: PhantomData<O>,
}

impl<O: Op> Pending<O> {
    /// The request's seq.
    pub fn seq(&self) -> u32 {
        self.ticket.seq
    }

    /// Wait for the reply.
    pub async fn wait(self) -> Result<Reply<O>> {
        Reply::new(self.ticket.wait().await?)
    }

    /// Wait for the reply messages, not yet decoded (the batch helpers decode each once);
    /// those that come while the caller waits in place go to `each` as they come (see
    /// [`Ticket::wait_each`]), and the rest are returned.
    async fn wait_parts(self, each: EachPart<'_>) -> Result<Parts> {
        self.ticket.wait_each(Some(each)).await
    }
}

/// Forget a call and ask the host to stop it (fire and forget).
fn cancel_seq(inner: &Arc<Inner>, seq: u32) {
    let forgot = inner.calls().forget(seq);
    match forgot {
        Some(Slot {
            state: SlotState::Open(_),
            parts,
            ..
        }) => inner.pool.put(parts),
        // Completed (the reply came: nothing to cancel), or gone.
        _ => return,
    }
    send_cancel(inner, seq);
}

/// A register call through `t`, its answer awaited at most `limit` (the call's
/// [`Config::timeout`]): past it, [`Error::Timeout`] (the op possibly done: a register call
/// cannot be cancelled).
fn register_call(t: &dyn Transport, regs: &mut Regs, limit: Option<Duration>) -> Result<()> {
    match t.register_call_within(regs, limit) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::TimedOut => Err(Error::Timeout),
        Err(e) => Err(e.into()),
    }
}

/// Ask the host to stop the call with `seq` (fire and forget): by register when the
/// transport's register call is a trap that returns at once, else as a message on the ring.
fn send_cancel(inner: &Inner, seq: u32) {
    let req = control::CancelReq {
        seq,
        queue_id: Some(inner.config.queue_id),
    };
    // By register when possible: it reaches the host at once, ahead of the queued batch.
    // Not over a socket: a host that stopped answering would hang this (dropping) thread.
    if inner.transport.cancel_by_register() {
        if let Ok(mut regs) = control::Cancel::to_regs(&req) {
            if inner.transport.register_call(&mut regs).is_ok() {
                return;
            }
        }
    }
    let cseq = inner.next_seq.fetch_add(1, Ordering::Relaxed);
    let mut scratch = [0u8; 64];
    let built = inner.q().build(&mut scratch, |b| {
        control::Cancel::write_request(b, cseq, 0, &req).map(|_| ())
    });
    if matches!(built, Ok(Some(_))) {
        inner.flush();
    }
}

impl Client {
    /// Set up a queue in `mem` (the guest's own pages at `config.gpa`) with a register call
    /// of control `queue_setup`, start the reply task on the current tokio runtime, and — if
    /// `config.negotiate` — ask the host what it supports.
    pub async fn connect(
        transport: Arc<dyn Transport>,
        mem: RawMem,
        config: Config,
    ) -> Result<Client> {
        let q = GuestQueue::create(
            mem,
            config.queue_id,
            config.kind,
            config.ring_size,
            config.ring_size,
        )
        .map_err(Error::Ring)?;
        let setup = QueueSetupReq {
            base_gpa: config.gpa,
            pages: q.pages() as u32,
            queue_id: config.queue_id,
            kind: control::QueueKind(match config.kind {
                QueueKind::Kernel => 0,
                QueueKind::Userspace => 1,
            }),
            features: control::QueueFeatures::EVENT_SUPPRESSION
                | control::QueueFeatures::REPLY_INTERRUPT,
            notify_port: 0,
        };
        let mut regs = QueueSetup::to_regs(&setup).map_err(Error::errno)?;
        register_call(&*transport, &mut regs, config.timeout)?;
        regs.status().map_err(Error::errno)?;
        let inner = Arc::new(Inner {
            queue: Mutex::new(q),
            calls: Mutex::new(Calls {
                map: HashMap::with_hasher(SeqHash),
                open: 0,
                open_bytes: 0,
            }),
            pool: Arc::new(Pool::default()),
            space: Notify::new(),
            flush_pending: AtomicBool::new(false),
            transport,
            next_seq: AtomicU32::new(1),
            config,
            stats: Stats::default(),
            closed: Mutex::new(None),
            is_closed: AtomicBool::new(false),
            host: Mutex::new(None),
            supported: Default::default(),
            stop: AtomicBool::new(false),
            drain: Mutex::new(Vec::new()),
            pollers: AtomicU32::new(0),
            poll_ended: Notify::new(),
        });
        tokio::spawn(reply_task(inner.clone()));
        let c = Client { inner };
        if c.inner.config.negotiate {
            c.negotiate().await?;
        }
        Ok(c)
    }

    /// Ask the host what it supports (protocol version, features, every family and op) and
    /// remember it: later calls to ops the host does not implement fail with
    /// [`Error::Unsupported`] without being sent.
    pub async fn negotiate(&self) -> Result<HostInfo> {
        let all_features = control::ProtocolFeatures::ENTRIES
            .iter()
            .fold(0u64, |a, (_, v)| a | *v as u64);
        let n = self
            .call_ring::<Negotiate>(&NegotiateMsg {
                protocol_version: 1,
                features: ProtocolFeatures(all_features),
                max_message: None,
            })
            .await?;
        let n = n.get();
        let fams = self
            .call_ring::<GetFamily>(&GetFamilyReq {
                family_id: None,
                family_name: None,
            })
            .await?;
        let mut info = HostInfo {
            protocol_version: n.protocol_version,
            features: n.features.0,
            max_message: n.max_message.unwrap_or(65536),
            ..HostInfo::default()
        };
        for part in fams.parts() {
            for f in part.family.iter() {
                info.families.insert(f.id, (f.name.to_string(), f.version));
                for o in f.op.iter() {
                    info.ops.insert((f.id, o.id));
                }
            }
        }
        let mut host = self.inner.host.lock().unwrap_or_else(|p| p.into_inner());
        *host = Some(info.clone());
        for s in &self.inner.supported {
            s.store(0, Ordering::Relaxed);
        }
        drop(host);
        Ok(info)
    }

    /// What the host said it supports (after [`negotiate`](Self::negotiate)).
    pub fn host(&self) -> Option<HostInfo> {
        self.inner
            .host
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .clone()
    }

    /// Does the host implement `op`? (`true` before negotiation: nothing is known yet.)
    pub fn supports(&self, op: &OpDesc) -> bool {
        match &*self.inner.host.lock().unwrap_or_else(|p| p.into_inner()) {
            Some(h) => h.ops.contains(&(op.family_id, op.id)),
            None => true,
        }
    }

    fn check_supported(&self, op: &'static OpDesc) -> Result<()> {
        let addr = op as *const OpDesc as usize;
        let place =
            &self.inner.supported[(addr / std::mem::align_of::<OpDesc>()) % SUPPORTED_CACHE];
        if place.load(Ordering::Relaxed) == addr {
            return Ok(());
        }
        {
            let host = self.inner.host.lock().unwrap_or_else(|p| p.into_inner());
            let ok = match &*host {
                Some(h) => h.ops.contains(&(op.family_id, op.id)),
                None => true,
            };
            if ok {
                // (Not before negotiation: "supported" then only means "nothing known yet".)
                if host.is_some() {
                    place.store(addr, Ordering::Relaxed);
                }
                return Ok(());
            }
        }
        let host_version = self
            .host()
            .and_then(|h| h.families.get(&op.family_id).map(|f| f.1));
        Err(Error::Unsupported {
            family: op.family,
            op: op.name,
            host_family_version: host_version,
        })
    }

    /// The counters.
    pub fn stats(&self) -> &Stats {
        &self.inner.stats
    }

    /// The configuration.
    pub fn config(&self) -> &Config {
        &self.inner.config
    }

    /// The bytes of this client's requests in flight that are not small (batches), which
    /// the host has yet to answer: what a caller waiting for a batch's reply polls longer
    /// for ([`Config::poll_per_kib`]).
    pub fn open_request_bytes(&self) -> usize {
        self.inner.calls().open_bytes
    }

    /// Calls in flight.
    pub fn in_flight(&self) -> usize {
        self.inner.calls().open
    }

    /// Call op `O`: through registers or the ring as the fast-path policy decides. Replies
    /// are validated before they are returned.
    pub async fn call<O: FastAbi>(&self, req: &O::Request<'_>) -> Result<Reply<O>> {
        self.check_supported(O::DESC)?;
        let regs_ok = O::DESC.flags & op_flags::ASYNC == 0 || O::DESC.flags & op_flags::BATCH != 0;
        let use_regs = match self.inner.config.fast_path {
            FastPath::Ring => false,
            FastPath::Registers => regs_ok,
            FastPath::Auto => regs_ok && self.in_flight() == 0,
        };
        if use_regs {
            if let Ok(regs) = O::to_regs(req) {
                return self.call_regs::<O>(regs);
            }
        }
        self.call_ring::<O>(req).await
    }

    /// Call op `O` through a FastABI register call (the vCPU traps).
    pub fn call_regs<O: FastAbi>(&self, mut regs: Regs) -> Result<Reply<O>> {
        Metrics::inc(&self.inner.stats.calls);
        Metrics::inc(&self.inner.stats.register_calls);
        register_call(&*self.inner.transport, &mut regs, self.inner.config.timeout)?;
        regs.status().map_err(Error::errno)?;
        let rep = O::reply_from_regs(&regs).map_err(|errno| BadReply::Registers {
            op: O::DESC.name,
            errno,
        })?;
        let mut buf = vec![0u8; 4096];
        let mut b = Builder::new(SliceSink::new(&mut buf));
        let n = O::write_reply(&mut b, 0, 0, &rep).map_err(Error::Codec)?;
        buf.truncate(n);
        Reply::new(Parts::unpooled(vec![buf]))
    }

    /// Call op `O` on the ring (any op, including those without a register form).
    pub async fn call_ring<O: Op>(&self, req: &O::Request<'_>) -> Result<Reply<O>> {
        self.send::<O>(req, Flags(0), None, false)
            .await?
            .wait()
            .await
    }

    /// Call op `O` on the ring asking for progress: every part the host sends as the op
    /// advances arrives on the returned channel (the final reply too).
    pub async fn call_with_progress<O: Op>(
        &self,
        req: &O::Request<'_>,
    ) -> Result<(Pending<O>, mpsc::UnboundedReceiver<Vec<u8>>)> {
        let (tx, rx) = mpsc::unbounded_channel();
        let p = self.start::<O>(req, Flags::PROGRESS, Some(tx)).await?;
        Ok((p, rx))
    }

    /// Queue a request of op `O` on the ring and return its [`Pending`] reply. A small
    /// message (at most 2 KiB) goes out with the next doorbell: requests started together
    /// (in the same task turn, or by [`Batch`]) share one. A bigger one (a batch), or one
    /// that brings the queued bytes past 2 KiB, is published at once, with those queued
    /// before it, so that the host serves it while the caller prepares the next. Waits for ring space when the ring is full (nothing is
    /// dropped).
    pub async fn start<O: Op>(
        &self,
        req: &O::Request<'_>,
        flags: Flags,
        progress: Option<mpsc::UnboundedSender<Vec<u8>>>,
    ) -> Result<Pending<O>> {
        self.send::<O>(req, flags, progress, true).await
    }

    /// [`start`](Self::start); `publish`: see [`enqueue`](Self::enqueue).
    async fn send<O: Op>(
        &self,
        req: &O::Request<'_>,
        flags: Flags,
        progress: Option<mpsc::UnboundedSender<Vec<u8>>>,
        publish: bool,
    ) -> Result<Pending<O>> {
        let ticket = self
            .enqueue(O::DESC, progress, publish, |b, seq| {
                hvlink_proto::rt::write_message(b, O::DESC, Flags::REQUEST | flags, seq, 0, req)
                    .map(|_| ())
            })
            .await?;
        Ok(Pending {
            ticket,
            _op: PhantomData,
        })
    }

    /// Call `op` with request attributes already encoded (`attrs`, the bytes after the
    /// family header): for tools that build requests generically, such as `hvlink do`. The
    /// reply messages come back undecoded, but checked like every reply (seq, type, op).
    pub async fn call_raw(&self, op: &'static OpDesc, attrs: &[u8]) -> Result<Vec<Vec<u8>>> {
        let ticket = self
            .enqueue(op, None, false, |b, seq| {
                let m = b.begin_message(hvlink_codec::header::Repr {
                    message_type: MessageType(op.msg_type),
                    flags: Flags::REQUEST,
                    seq,
                    port: 0,
                })?;
                b.genl(hvlink_codec::genl::Repr {
                    cmd: op.id,
                    version: op.family_version,
                })?;
                b.put_raw(attrs)?;
                b.end_message(m).map(|_| ())
            })
            .await?;
        ticket.wait().await.map(Parts::into_vec)
    }

    /// Queue one request message (built by `write` with the seq it is given) and register
    /// its reply slot. Waits for ring space when the ring is full (nothing is dropped).
    /// `publish`: schedule the message's publication (a task that lets the burst settle);
    /// otherwise the caller waits for the reply at once, and its wait publishes.
    async fn enqueue<W>(
        &self,
        op: &'static OpDesc,
        progress: Option<mpsc::UnboundedSender<Vec<u8>>>,
        publish: bool,
        write: W,
    ) -> Result<Ticket>
    where
        W: Fn(&mut Builder<SliceSink<'_>>, u32) -> hvlink_codec::Result<()>,
    {
        probe::mark(Stage::ClientEnqueue);
        self.check_supported(op)?;
        if let Some(e) = self.inner.closed() {
            return Err(e);
        }
        let inner = &self.inner;
        let seq = inner.next_seq.fetch_add(1, Ordering::Relaxed);
        let parts = inner.pool.list(&inner.stats.reply_allocs);
        {
            let mut calls = inner.calls();
            let old = calls.map.insert(
                seq,
                Slot {
                    op,
                    parts,
                    state: SlotState::Open(None),
                    progress,
                    bytes: 0,
                    reply_bytes: 0,
                },
            );
            // (A seq is reused only after 2^32 calls; the slot it finds is long gone.)
            match old {
                Some(Slot {
                    state: SlotState::Open(_),
                    bytes,
                    ..
                }) => calls.open_bytes -= bytes,
                _ => calls.open += 1,
            }
        }
        let mut ticket = Ticket {
            inner: inner.clone(),
            seq,
            live: true,
            timeout: inner.config.timeout,
            small: true,
            others_open: false,
        };
        probe::mark(Stage::ClientSlot);
        let max = (inner.config.ring_size as usize / 2).min(hvlink_codec::limits::MAX_MESSAGE_LEN);
        let write = |b: &mut Builder<SliceSink<'_>>| write(b, seq);
        // A host that stops consuming must not hold a call past its timeout in here.
        let deadline = inner
            .config
            .timeout
            .and_then(|t| tokio::time::Instant::now().checked_add(t));
        // Bytes queued and not yet published, this request's included.
        let burst;
        loop {
            // Built in this thread's private buffer, then copied into the request ring in
            // one piece (a memcpy moves whole cache lines). Built in place in the ring, whose
            // lines the host's core had last read, the encoder of a 512-entry grant batch ran
            // at about 50 ns an entry (4 ns in private memory), and whole-batch round trips
            // often fell into a mode half again as slow (BENCHMARKS §11, stop 23). Encoded
            // before the queue's lock is taken: other callers publish meanwhile.
            let built = BUILD.with(|buf| {
                let mut buf = buf.borrow_mut();
                if buf.len() < max {
                    buf.resize(max, 0);
                }
                let mut b = Builder::new(SliceSink::new(&mut buf[..max]));
                write(&mut b).map_err(crate::ring::BuildError::Codec)?;
                let len = b.len();
                let mut q = inner.q();
                match q.send(&buf[..len]) {
                    Ok(true) => Ok(Some((len, q.queued() as usize))),
                    Ok(false) => Ok(None),
                    Err(f) => Err(crate::ring::BuildError::Ring(f)),
                }
            });
            let fail = match built {
                Ok(Some((len, queued))) => {
                    ticket.small = len <= SMALL_REQUEST;
                    burst = queued;
                    if !ticket.small {
                        let mut calls = inner.calls();
                        let calls = &mut *calls;
                        if let Some(slot) = calls.map.get_mut(&seq) {
                            if matches!(slot.state, SlotState::Open(_)) {
                                slot.bytes = len;
                                calls.open_bytes += len;
                            }
                        }
                    }
                    break;
                }
                Ok(None) => {
                    // Ring full: publish what is queued, wait for the host to consume.
                    Metrics::inc(&inner.stats.ring_full);
                    inner.flush();
                    let notified = inner.space.notified();
                    let _ = tokio::time::timeout(Duration::from_millis(2), notified).await;
                    match inner.closed() {
                        Some(e) => e,
                        None if deadline.is_some_and(|d| tokio::time::Instant::now() >= d) => {
                            Error::Timeout
                        }
                        None => continue,
                    }
                }
                Err(crate::ring::BuildError::Codec(e)) => Error::Codec(e),
                Err(crate::ring::BuildError::Ring(f)) => Error::Ring(f),
            };
            // Never sent: forget the slot without a cancel.
            let _ = inner.calls().forget(seq);
            ticket.live = false;
            return Err(fail);
        }
        probe::mark(Stage::ClientQueued);
        if let Some(d) = deadline {
            // What is left of the call's time (it waited for room above).
            ticket.timeout = Some(d.saturating_duration_since(tokio::time::Instant::now()));
        }
        Metrics::inc(&inner.stats.calls);
        Metrics::inc(&inner.stats.messages);
        if publish && (!ticket.small || burst > SMALL_REQUEST) {
            // A batch over `SMALL_REQUEST` goes out at once (with whatever was queued
            // before it): its entries amortize a doorbell by themselves, and the host can
            // serve it while this caller encodes the next. Waiting for the burst to settle
            // cost a hand-off to the task below (a runtime worker woken, often on the host's
            // core) and kept the host idle meanwhile: pipelined 512-entry grant rounds took
            // twice as long as the same requests through `grant_map` (BENCHMARKS §11). So
            // does a burst of smaller ones once it has grown past that size (pipelined
            // 64-entry unmap batches, 1.5 KiB each).
            self.flush();
        } else if publish {
            self.schedule_flush();
        } else {
            inner.flush_pending.store(true, Ordering::Release);
        }
        Ok(ticket)
    }

    /// Publish now what is queued (normally automatic: see [`start`](Self::start)).
    pub fn flush(&self) {
        self.inner.flush_pending.store(false, Ordering::Release);
        self.inner.flush();
    }

    fn schedule_flush(&self) {
        if self.inner.flush_pending.swap(true, Ordering::AcqRel) {
            return;
        }
        let inner = self.inner.clone();
        tokio::spawn(async move {
            // Let the other calls being made now queue their messages first (the burst
            // settles when a yield sees no new message): they all go out under one doorbell.
            let mut seen = inner.stats.messages.load(Ordering::Relaxed);
            for _ in 0..16 {
                tokio::task::yield_now().await;
                let now = inner.stats.messages.load(Ordering::Relaxed);
                if now == seen {
                    break;
                }
                seen = now;
            }
            if inner.flush_pending.swap(false, Ordering::AcqRel) {
                inner.flush();
            }
        });
    }

    /// An explicit batch: requests added to it go out together, with one doorbell, when it
    /// is submitted.
    pub fn batch(&self) -> Batch<'_> {
        Batch { client: self }
    }

    /// Cancel the call with `seq` (its future then resolves with what the host reports).
    pub fn cancel(&self, seq: u32) -> Result<control::CancelResult> {
        let mut regs = control::Cancel::to_regs(&control::CancelReq {
            seq,
            queue_id: Some(self.inner.config.queue_id),
        })
        .map_err(Error::errno)?;
        register_call(&*self.inner.transport, &mut regs, self.inner.config.timeout)?;
        regs.status().map_err(Error::errno)?;
        let r = control::Cancel::reply_from_regs(&regs).map_err(Error::errno)?;
        Ok(r.result)
    }

    /// Map grants: any number of entries, split into batch messages of at most 1024 that go
    /// out together (one doorbell); results in entry order. `Ordered` stops at the first
    /// failure (the rest report `cancelled`); `Atomic` is all-or-none and limited to 1024
    /// entries (one message).
    pub async fn grant_map(
        &self,
        entries: &[MapEntry],
        mode: MapMode,
    ) -> Result<Vec<MapReplyEntry>> {
        if mode == MapMode::ATOMIC && entries.len() > BATCH_MAX {
            return Err(Error::TooBig {
                what: "atomic grant map",
                max: BATCH_MAX,
            });
        }
        if mode != MapMode::ORDERED {
            return self.batched::<MapGrantRef>(entries, mode).await;
        }
        // Chunk by chunk, so that a failure stops what comes after it.
        let mut out = Vec::with_capacity(entries.len());
        for (k, chunk) in entries.chunks(BATCH_MAX).enumerate() {
            let base = k * BATCH_MAX;
            let failed = out.iter().any(|e: &MapReplyEntry| e.status != Gntst::OKAY);
            if failed {
                out.extend((0..chunk.len()).map(|i| MapReplyEntry::cancelled((base + i) as u32)));
                continue;
            }
            let p = self.send_batch::<MapGrantRef>(mode, chunk).await?;
            out.extend(batch_reply(p, base, chunk.len()).await?);
        }
        Ok(out)
    }

    /// Unmap grants by handle (and host address), any number, batched as
    /// [`grant_map`](Self::grant_map); results in entry order.
    pub async fn grant_unmap(
        &self,
        entries: &[UnmapEntry],
        mode: BatchMode,
    ) -> Result<Vec<EntryResult>> {
        self.batched::<UnmapGrantRef>(entries, mode).await
    }

    /// Start one request of `O` per chunk of at most [`BATCH_MAX`] `entries` (they go out
    /// together), then wait for each and take its results, in entry order.
    async fn batched<O: BatchOp>(
        &self,
        entries: &[O::Entry],
        mode: O::Mode,
    ) -> Result<Vec<O::Result>> {
        let mut pending = Vec::new();
        for chunk in entries.chunks(BATCH_MAX) {
            pending.push((self.send_batch::<O>(mode, chunk).await?, chunk.len()));
        }
        let mut out = Vec::with_capacity(entries.len());
        for (k, (p, len)) in pending.into_iter().enumerate() {
            out.extend(batch_reply(p, k * BATCH_MAX, len).await?);
        }
        Ok(out)
    }

    /// Queue one batch request of `O` (published when its reply is first awaited). One of
    /// more than a progress window of entries asks for progress: its results come in parts,
    /// one per window of the host's, and [`batch_reply`] reads each as it comes while the
    /// host serves the next, instead of all of them after the last.
    async fn send_batch<O: BatchOp>(
        &self,
        mode: O::Mode,
        entries: &[O::Entry],
    ) -> Result<Pending<O>> {
        let flags = if entries.len() > PROGRESS_PART {
            Flags::PROGRESS
        } else {
            Flags(0)
        };
        self.send::<O>(&O::request(mode, entries), flags, None, false)
            .await
    }

    /// Stop the reply task (calls in flight fail with [`Error::HostGone`]).
    pub fn close(&self) {
        self.inner.stop.store(true, Ordering::Release);
        self.inner.transport.irq().ring();
    }
}

thread_local! {
    /// Where this thread builds its request messages before they are copied into a request
    /// ring (grown to the largest message bound asked for, and kept).
    static BUILD: std::cell::RefCell<Vec<u8>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Entries in one grant batch message at most (the spec's `max-count` of the entry lists).
const BATCH_MAX: usize = 1024;

/// A grant batch of more entries asks for progress ([`Client::grant_map`]): the host's
/// windows of a progress request are at most 128 entries (`hvlink_host::config::
/// PROGRESS_WINDOW`), so smaller batches gain nothing from it.
const PROGRESS_PART: usize = 128;

/// A batch op as [`Client::batched`] drives it: a request of many entries in the batch form,
/// a reply of one result per entry.
trait BatchOp: Op {
    /// One entry of a request.
    type Entry: Copy;
    /// The request's batch mode.
    type Mode: Copy;
    /// One result of a reply.
    type Result: Indexed + for<'a> Elem<'a> + Send;
    /// The batch-form request of `entries`.
    fn request(mode: Self::Mode, entries: &[Self::Entry]) -> Self::Request<'_>;
    /// Append the results in a reply message to `out`, read once as they are validated; a
    /// single-form reply is a bad reply (and `out` is then left as it was).
    fn results(part: &[u8], out: &mut Vec<Self::Result>) -> Result<()>;
}

/// The attributes of a reply message, with its framing checked.
fn reply_attrs(bytes: &[u8]) -> Result<hvlink_codec::Attrs<'_>> {
    let msg = Message::parse(bytes).map_err(Error::Codec)?;
    let (_, attrs) = msg.genl().map_err(Error::Codec)?;
    Ok(attrs)
}

/// Append what `decode` hands over to `out`, unless the reply turns out not to be a batch
/// (`batch` says) or fails to decode: then `out` is as it was.
fn collect_results<T, R>(
    out: &mut Vec<T>,
    decode: impl FnOnce(&mut dyn FnMut(T)) -> core::result::Result<R, hvlink_codec::Error>,
    batch: impl FnOnce(&R) -> bool,
) -> Result<()> {
    let before = out.len();
    let r = decode(&mut |e| out.push(e));
    match r {
        Ok(rep) if batch(&rep) => Ok(()),
        Ok(_) => {
            out.truncate(before);
            Err(BadReply::SingleForm.into())
        }
        Err(e) => {
            out.truncate(before);
            Err(Error::Codec(e))
        }
    }
}

impl BatchOp for MapGrantRef {
    type Entry = MapEntry;
    type Mode = MapMode;
    type Result = MapReplyEntry;
    fn request(mode: MapMode, entries: &[MapEntry]) -> MapReq<'_> {
        MapReq {
            form: MapReqForm::Batch {
                mode,
                entry: List::new(entries),
            },
        }
    }
    fn results(part: &[u8], out: &mut Vec<MapReplyEntry>) -> Result<()> {
        let attrs = reply_attrs(part)?;
        collect_results(
            out,
            |each| MapReply::decode_each(attrs, &mut |e| each(e)),
            |r| matches!(r.form, MapReplyForm::Batch { .. }),
        )
    }
}

impl BatchOp for UnmapGrantRef {
    type Entry = UnmapEntry;
    type Mode = BatchMode;
    type Result = EntryResult;
    fn request(mode: BatchMode, entries: &[UnmapEntry]) -> UnmapReq<'_> {
        UnmapReq {
            form: UnmapReqForm::Batch {
                mode,
                entry: List::new(entries),
            },
        }
    }
    fn results(part: &[u8], out: &mut Vec<EntryResult>) -> Result<()> {
        let attrs = reply_attrs(part)?;
        collect_results(
            out,
            |each| UnmapReply::decode_each(attrs, &mut |e| each(e)),
            |r| matches!(r.form, UnmapReplyForm::Batch { .. }),
        )
    }
}

/// The results of one batch request of `O` of `expected` entries, read from its reply
/// messages once each (those that come while the caller waits in place as they come),
/// checked and made absolute by [`reindex`].
async fn batch_reply<O: BatchOp>(
    p: Pending<O>,
    base: usize,
    expected: usize,
) -> Result<Vec<O::Result>> {
    let mut got = Vec::with_capacity(expected);
    let mut bad: Option<Error> = None;
    let mut each = |m: &[u8]| {
        if bad.is_none() {
            bad = O::results(m, &mut got).err();
        }
        // (More results than entries: the call fails below, whatever else comes.)
        if bad.is_none() && got.len() > expected {
            bad = Some(
                BadReply::EntryCount {
                    got: got.len(),
                    expected,
                }
                .into(),
            );
        }
    };
    let rest = p.wait_parts(&mut each).await?;
    for m in rest.iter() {
        each(m);
    }
    if let Some(e) = bad {
        return Err(e);
    }
    reindex(got, base, expected)
}

/// A batch result's `index` (its entry's position); `BatchEntry::set_index` sets it.
trait Indexed: hvlink_proto::rt::BatchEntry {
    fn index(&self) -> u32;
}

impl Indexed for MapReplyEntry {
    fn index(&self) -> u32 {
        self.index
    }
}

impl Indexed for EntryResult {
    fn index(&self) -> u32 {
        self.index
    }
}

/// Put a message's entries in index order, check that they are exactly `0..expected`,
/// and make the indices absolute (`base + index`).
fn reindex<T: Indexed>(mut got: Vec<T>, base: usize, expected: usize) -> Result<Vec<T>> {
    // A host sends them in order; sort only if it did not (in place, by index).
    if !got.is_sorted_by_key(Indexed::index) {
        got.sort_by_key(Indexed::index);
    }
    if got.len() != expected {
        return Err(BadReply::EntryCount {
            got: got.len(),
            expected,
        }
        .into());
    }
    for (k, e) in got.iter_mut().enumerate() {
        if e.index() as usize != k {
            return Err(BadReply::EntryIndex {
                at: k,
                index: e.index(),
            }
            .into());
        }
        e.set_index((base + k) as u32);
    }
    Ok(got)
}

/// See [`Client::batch`].
pub struct Batch<'a> {
    client: &'a Client,
}

impl Batch<'_> {
    /// Add a request; the batch does not publish it before [`submit`](Self::submit) (or
    /// before one of its replies is awaited), whatever its size. What publishes the client's
    /// queued requests meanwhile publishes it too: another task's `start` on the same client
    /// of a big request or of one that brings the queued bytes past 2 KiB, or a wait for ring
    /// space. A small request another task starts meanwhile goes out with the batch's
    /// submit, when its own caller awaits it, or with the next such publication.
    pub async fn add<O: Op>(&mut self, req: &O::Request<'_>) -> Result<Pending<O>> {
        self.client.send::<O>(req, Flags(0), None, false).await
    }

    /// Publish everything added, with one doorbell (if the host asked for one).
    pub fn submit(self) {
        self.client.flush();
    }
}

/// Drain replies, route them, park on the interrupt when idle. While a caller polls the
/// reply ring itself (completion polling), the reply task stands aside until the poll ends.
async fn reply_task(inner: Arc<Inner>) {
    // Poll this long after the last reply (while calls are in flight) before asking for an
    // interrupt: a wake-up through the eventfd costs tens of microseconds here.
    const POLL: Duration = Duration::from_micros(50);
    // Rounds that found work and went round again without an await: a host that keeps the
    // reply ring non-empty (NOOPs, unroutable replies) must not keep this task from giving
    // its runtime back (on a current-thread runtime, callers' timeouts would never fire).
    const BUSY_ROUNDS: u32 = 32;
    let mut busy = 0u32;
    let mut last = std::time::Instant::now();
    let mut last_sent = 0u64;
    loop {
        if inner.stop.load(Ordering::Acquire) {
            inner.fail_all(Error::HostGone);
            return;
        }
        busy += 1;
        if busy >= BUSY_ROUNDS {
            busy = 0;
            tokio::task::yield_now().await;
        }
        if inner.pollers.load(Ordering::Acquire) > 0 {
            // A caller is polling: it routes what comes. Wait for its poll to end (bounded,
            // so that a stop or a dead host is still noticed).
            let _ =
                tokio::time::timeout(Duration::from_millis(20), inner.poll_ended.notified()).await;
            last = std::time::Instant::now();
            continue;
        }
        let got = match inner.drain_replies(true) {
            Ok(n) => n,
            Err(f) => {
                inner.fail_all(Error::Ring(f));
                return;
            }
        };
        if got > 0 {
            last = std::time::Instant::now();
            continue;
        }
        let (status, _) = inner.q().host_status();
        if status != 0 {
            inner.fail_all(Error::QueueFaulted { status });
            return;
        }
        let sent = inner.stats.messages.load(Ordering::Relaxed);
        if sent != last_sent {
            // A new request went out: its reply is worth polling for.
            last_sent = sent;
            last = std::time::Instant::now();
        }
        if inner.calls().open == 0 {
            // Nothing to wait for: still free ring space for waiting senders.
            inner.space.notify_waiters();
        }
        // Callers that poll for their own replies need no second poller beside them (on
        // a machine with few cores it would take the CPU from the host's thread).
        let waiting = inner.calls().open > 0 && inner.config.poll.is_zero();
        if waiting && last.elapsed() < POLL {
            tokio::task::yield_now().await;
            continue;
        }
        if inner.transport.hung_up() {
            inner.fail_all(Error::HostGone);
            return;
        }
        // Park: ask the host for an interrupt, re-check, then wait for it (bounded, to
        // notice a dead host and freed request space), or for a caller's poll to end.
        let work = inner.q().replies().prepare_park();
        match work {
            Ok(true) => continue,
            Ok(false) => busy = 0,
            Err(f) => {
                inner.fail_all(Error::Ring(f));
                return;
            }
        }
        inner.space.notify_waiters();
        tokio::select! {
            _ = inner.transport.wait_irq() => {}
            _ = inner.poll_ended.notified() => {}
            _ = tokio::time::sleep(Duration::from_millis(20)) => {}
        }
        // Take the request for an interrupt back — unless a caller waits in place meanwhile:
        // it may have asked for the interrupt itself and be asleep on it. (Under the queue's
        // lock, which a caller's request is made under: a caller counted after this look
        // asks after this cancel.)
        let mut q = inner.q();
        if inner.pollers.load(Ordering::Acquire) == 0 {
            q.replies().cancel_park();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn results(indices: &[u32]) -> Vec<EntryResult> {
        indices.iter().map(|&i| EntryResult::cancelled(i)).collect()
    }

    fn indices(v: &[EntryResult]) -> Vec<u32> {
        v.iter().map(|e| e.index).collect()
    }

    fn map_reply(rep: &MapReply<'_>) -> Vec<u8> {
        let mut buf = Vec::new();
        MapGrantRef::write_reply(&mut Builder::new(&mut buf), 7, 0, rep).unwrap();
        buf
    }

    fn okay(index: u32) -> MapReplyEntry {
        MapReplyEntry {
            index,
            status: Gntst::OKAY,
            handle: Some(100 + index),
            dev_bus_addr: None,
        }
    }

    /// A progress part of a grant map batch, every result with a handle and a device
    /// address (the largest results a grant batch has), fits a small pooled buffer.
    #[test]
    fn a_grant_batchs_progress_part_fits_a_small_buffer() {
        let es: Vec<MapReplyEntry> = (0..PROGRESS_PART as u32)
            .map(|i| MapReplyEntry {
                index: u32::MAX - i,
                dev_bus_addr: Some(u64::MAX - u64::from(i)),
                ..okay(i)
            })
            .collect();
        let part = map_reply(&MapReply {
            form: MapReplyForm::Batch {
                entry: List::new(&es),
            },
        });
        assert!(part.len() > 4096, "{}", part.len());
        assert_eq!(held_for(&part), SMALL_BUF, "{} bytes", part.len());
    }

    /// A reply's results are read as they are validated and appended; they are what the
    /// message's list holds. A single-form reply to a batch, or a malformed result, is a bad
    /// reply, and what was appended before the call stays while nothing of the reply does.
    #[test]
    fn results_are_read_once_and_appended_or_nothing() {
        let es = [okay(0), okay(1), okay(2)];
        let batch = map_reply(&MapReply {
            form: MapReplyForm::Batch {
                entry: List::new(&es),
            },
        });
        let mut out = vec![okay(9)];
        MapGrantRef::results(&batch, &mut out).unwrap();
        assert_eq!(out, [okay(9), okay(0), okay(1), okay(2)]);
        let single = map_reply(&MapReply {
            form: MapReplyForm::Single {
                status: Gntst::OKAY,
                handle: Some(5),
                dev_bus_addr: None,
            },
        });
        let mut out = vec![okay(9)];
        assert!(matches!(
            MapGrantRef::results(&single, &mut out),
            Err(Error::Protocol(BadReply::SingleForm))
        ));
        assert_eq!(out, [okay(9)]);
        // The last result's status made a failure while it keeps its handle (which only an
        // okay status may have): a codec error naming the handle, after the first two
        // results were handed over (and taken back).
        let mut bad = batch.clone();
        let at = bad.len() - 4 - 8; // the last entry: index (8), status (8)
        bad[at..at + 2].copy_from_slice(&7777u16.to_le_bytes());
        let mut out = vec![okay(9)];
        match MapGrantRef::results(&bad, &mut out) {
            Err(Error::Codec(e)) => {
                assert_eq!(e.kind(), hvlink_codec::ErrorKind::BadValue, "{e:?}");
                let handle = hvlink_proto::grant_table::ids::map_reply_entry::HANDLE;
                assert_eq!(e.attr(), Some(handle), "{e:?}");
                // The handle is the message's last attribute; offsets count from the
                // message's start.
                assert_eq!(e.offset() as usize, bad.len() - 8, "{e:?}");
            }
            other => panic!("not a codec error: {other:?}"),
        }
        assert_eq!(out, [okay(9)]);
    }

    /// A part's results are checked against `0..expected`, put in order when a host sent them
    /// out of order, and made absolute; a gap, a duplicate or a wrong count is a bad reply
    /// naming what was wrong.
    /// A batch's poll window: `poll`, and `poll_per_kib` for each KiB open (rounded up),
    /// at most `poll_max` (unless `poll` itself is longer).
    #[test]
    fn poll_window_grows_with_open_bytes_up_to_its_cap() {
        let cfg = Config {
            poll: Duration::from_micros(50),
            poll_per_kib: Duration::from_micros(8),
            ..Config::default()
        };
        assert_eq!(cfg.poll_window(0), Duration::from_micros(50));
        assert_eq!(cfg.poll_window(1), Duration::from_micros(58));
        assert_eq!(cfg.poll_window(20 * 1024), Duration::from_micros(50 + 160));
        assert_eq!(cfg.poll_window(usize::MAX), Duration::from_millis(1));
        let long = Config {
            poll: Duration::from_secs(5),
            ..cfg
        };
        assert_eq!(long.poll_window(1 << 20), Duration::from_secs(5));
        let off = Config {
            poll_per_kib: Duration::ZERO,
            ..cfg
        };
        assert_eq!(off.poll_window(1 << 20), cfg.poll);
    }

    #[test]
    fn reindex_orders_checks_and_makes_absolute() {
        let got = reindex(results(&[0, 1, 2, 3]), 100, 4).unwrap();
        assert_eq!(indices(&got), [100, 101, 102, 103]);
        let got = reindex(results(&[2, 0, 3, 1]), 8, 4).unwrap();
        assert_eq!(indices(&got), [8, 9, 10, 11]);
        let bad = |r: Result<Vec<EntryResult>>| match r {
            Err(Error::Protocol(b)) => b,
            other => panic!("not a bad reply: {other:?}"),
        };
        assert!(matches!(
            bad(reindex(results(&[0, 1, 2]), 0, 4)),
            BadReply::EntryCount {
                got: 3,
                expected: 4
            }
        ));
        assert!(matches!(
            bad(reindex(results(&[0, 1, 1, 3]), 0, 4)),
            BadReply::EntryIndex { at: 2, index: 1 }
        ));
        assert!(matches!(
            bad(reindex(results(&[0, 1, 2, 7]), 0, 4)),
            BadReply::EntryIndex { at: 3, index: 7 }
        ));
    }
}
