//! The engine's limits and knobs, and the protocol constants it answers with.
//!
//! Every limit is per queue or per domain, so that what one guest does is bounded by its own
//! share: with the defaults a domain holds at most 64 queues × 64 KiB of private request copy
//! buffer (4 MiB) plus 128 continuations × (one request ≤ 64 KiB + its reply in progress
//! ≤ 2 × 64 KiB) (24 MiB) in host memory, and one turn of one queue consumes at most
//! [`Config::budget`] entries, [`Config::max_messages`] messages and [`Config::byte_budget`]
//! ring bytes. Besides, for all domains together, the host keeps finished requests' buffers
//! for the next ones, each kind a few at most: small ops' sets (8 × 16 KiB), big requests'
//! copies (4 × 64 KiB), big batches' kept entries (4 stores) and reply buffers (4 × 2 ×
//! 128 KiB).

use hvlink_proto::control;

use crate::queue::QueueKey;

/// Batch entries a window runs by default.
pub const DEFAULT_MAX_WINDOW: u32 = 1024;

/// Batch entries one window of a request that asked for progress ([`Flags::PROGRESS`]) runs
/// at most: its results go out as a part per window, so that the guest reads (and decodes)
/// one part while the host serves the next. Small enough that a 512-entry grant batch comes
/// in four parts, big enough that a part's message and step cost little beside its entries.
///
/// [`Flags::PROGRESS`]: hvlink_codec::header::Flags::PROGRESS
pub const PROGRESS_WINDOW: u32 = 128;

/// The default [`Config::progress_quiet`]: a grant batch of 1,024 entries is served in well
/// under a millisecond; a long operation's progress still wakes a sleeping guest after it.
pub const DEFAULT_PROGRESS_QUIET: std::time::Duration = std::time::Duration::from_millis(1);

/// The default time slice (Hyper-V bounds a rep hypercall's slice at 50 µs; a shorter one
/// keeps small ops of other domains quick behind a streaming batch at a small cost in batch
/// throughput: see docs/BENCHMARKS.md).
pub const DEFAULT_SLICE: std::time::Duration = std::time::Duration::from_micros(20);

/// Ring bytes a queue may consume per turn by default (4 × the largest message).
pub const DEFAULT_BYTE_BUDGET: usize = 4 * hvlink_codec::limits::MAX_MESSAGE_LEN;

/// Host limits and knobs.
#[derive(Debug, Clone)]
pub struct Config {
    /// Batch entries (or immediate requests) one queue may run per turn.
    pub budget: u32,
    /// Ring bytes one queue may consume per turn (requests and padding alike: a guest that
    /// republishes NOOP padding spends its own budget, not other domains' time).
    pub byte_budget: usize,
    /// Batch entries one window runs (the backend runs a window without a preemption point:
    /// this bounds how long a register call of another domain can wait for it).
    pub max_window: u32,
    /// The time slice: how long one domain's work may hold the host per turn (its queues
    /// together). A batch window stops at its next chunk boundary
    /// ([`PREEMPT_CHUNK`](hvlink_proto::rt::PREEMPT_CHUNK) entries) once the slice is over and
    /// continues next turn, after every queue's new requests were read and the small ones
    /// answered. Zero: no time limit (entries and bytes only).
    pub slice: std::time::Duration,
    /// Request messages read from one queue per turn.
    pub max_messages: usize,
    /// Continuations in flight per queue; the host stops reading a queue at this bound
    /// (back-pressure through the ring).
    pub max_inflight: usize,
    /// Continuations in flight per domain, over all its queues (each holds one copied
    /// request and its accumulated reply; see the crate docs for the memory this bounds).
    pub max_domain_inflight: usize,
    /// Queues per domain.
    pub max_queues: usize,
    /// Pages per queue (header page included).
    pub max_queue_pages: u32,
    /// For how long from its first progress part a request's parts (the first included) are
    /// published without the reply interrupt ([`HostQueue::flush_quiet`](crate::ring::HostQueue::flush_quiet)):
    /// a guest that polls reads them at once; one that sleeps on the interrupt is woken by the
    /// request's last part, not once per part (the client's grant batches ask for progress to
    /// be read while they wait in place, not to be woken for it). A phase that runs out of
    /// reply room rings whatever it pushed. Past this, every part rings, so a long
    /// operation's progress reaches a sleeping guest. Zero: every part rings.
    pub progress_quiet: std::time::Duration,
    /// Protocol features offered in `negotiate`.
    pub features: u64,
    /// The doorbell token `queue_setup` returns for a queue.
    pub doorbell: fn(QueueKey) -> u64,
}

/// The protocol version this host speaks.
pub const PROTOCOL_VERSION: u32 = 1;

/// Queue features the host implements.
pub const QUEUE_FEATURES: u64 = control::QueueFeatures::EVENT_SUPPRESSION.0
    | control::QueueFeatures::REPLY_INTERRUPT.0
    | control::QueueFeatures::HOST_POLLING.0;

impl Default for Config {
    fn default() -> Self {
        use control::ProtocolFeatures as F;
        Config {
            budget: 1024,
            max_window: DEFAULT_MAX_WINDOW,
            byte_budget: DEFAULT_BYTE_BUDGET,
            slice: DEFAULT_SLICE,
            max_messages: 64,
            max_inflight: 32,
            max_domain_inflight: 128,
            max_queues: 64,
            max_queue_pages: 1 + 2 * 1024,
            progress_quiet: DEFAULT_PROGRESS_QUIET,
            features: F::EXT_ACK.0
                | F::MUST_UNDERSTAND.0
                | F::PROGRESS.0
                | F::CANCEL.0
                | F::ORDERED_BATCH.0
                | F::ATOMIC_BATCH.0
                | F::FASTABI.0
                | F::USERSPACE_QUEUES.0,
            doorbell: |k| (u64::from(k.domain) << 16) | u64::from(k.queue),
        }
    }
}

/// The smallest reply message a queue must take (its reply ring is at least twice this).
pub const MIN_REPLY_MESSAGE: usize = 1024;
