//! Time stamps along one small op's round trip, to find where its time goes: the guest
//! client and the host's serving loop each mark the stages they pass, and a reader that runs
//! one op at a time (the e2e benchmark's latency report) takes the differences.
//!
//! ```text
//! cargo bench -p hvlink-tests --bench e2e --features probe -- latency
//! ```
//!
//! **Off unless the `probe` feature is on.** Off, [`mark`] and [`mark_at`] are empty inline
//! functions and [`now`] is 0: nothing is read or stored, and no build pays for it. On, a
//! mark stores the CPU's time-stamp counter (x86-64 `rdtsc`; 0 on other targets) in its
//! stage's slot. Each slot has a cache line of its own (two, against the adjacent-line
//! prefetcher), so a mark by the guest's thread and one by the host's never share a line:
//! the probe adds a few nanoseconds per stage, not a cache-line transfer.
//!
//! A slot holds the latest mark of its stage from any thread, so the stamps of one op are
//! only meaningful while one op at a time runs; a reader checks that they are in
//! [`Stage`] order (see [`in_order`]) before it uses them.

use core::sync::atomic::{AtomicU64, Ordering};

/// Whether this build marks anything (the `probe` feature).
pub const ENABLED: bool = cfg!(feature = "probe");

/// The stages of one small op on the ring, in the order a round trip passes them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(usize)]
pub enum Stage {
    /// The guest client began queueing a request.
    ClientEnqueue,
    /// Its reply slot is registered; the request is encoded next.
    ClientSlot,
    /// The request is in the request ring, not yet published.
    ClientQueued,
    /// The request is published (the producer index stored, the doorbell rung if asked).
    ClientPublished,
    /// The host's serving loop began the turn that reads it.
    HostTurn,
    /// The turn is planned (timers run, the queues listed).
    HostPlanned,
    /// The request is copied out of the ring; the host parses it next.
    HostRead,
    /// The host published the reply.
    HostReplied,
    /// The client copied the reply out and routed it to its call.
    ClientRouted,
    /// The caller's wait in place ended with its reply.
    ClientDone,
}

/// How many stages there are.
pub const STAGES: usize = Stage::ClientDone as usize + 1;

/// One stage's latest mark, alone in its pair of cache lines.
#[repr(align(128))]
struct Slot(AtomicU64);

static SLOTS: [Slot; STAGES] = [const { Slot(AtomicU64::new(0)) }; STAGES];

/// The time-stamp counter now (0 when the probe is off).
#[inline(always)]
pub fn now() -> u64 {
    if ENABLED {
        tsc()
    } else {
        0
    }
}

/// Mark `stage` now.
#[inline(always)]
pub fn mark(stage: Stage) {
    if ENABLED {
        record(stage, tsc());
    }
}

/// Mark `stage` with a time taken earlier with [`now`] (for a stage known to matter only
/// later: the start of a turn that turned out to read a request).
#[inline(always)]
pub fn mark_at(stage: Stage, t: u64) {
    if ENABLED {
        record(stage, t);
    }
}

fn record(stage: Stage, t: u64) {
    SLOTS[stage as usize].0.store(t, Ordering::Relaxed);
}

/// The latest mark of every stage, in [`Stage`] order (zeros when the probe is off).
pub fn stamps() -> [u64; STAGES] {
    core::array::from_fn(|i| SLOTS[i].0.load(Ordering::Relaxed))
}

/// `stamps` are strictly increasing from `start` to `end`: they belong to the one op that
/// ran between the two (a stage marked by an earlier op, or not at all, breaks the order).
pub fn in_order(start: u64, stamps: &[u64; STAGES], end: u64) -> bool {
    let mut last = start;
    for &t in stamps.iter().chain(core::iter::once(&end)) {
        if t <= last {
            return false;
        }
        last = t;
    }
    true
}

/// The time-stamp counter. It counts at a constant rate on every x86-64 this runs on (the
/// reader calibrates it against the wall clock); other targets read 0, so no stamps are
/// ever in order there.
#[inline(always)]
fn tsc() -> u64 {
    #[cfg(target_arch = "x86_64")]
    {
        // SAFETY: `rdtsc` only reads the time-stamp counter into registers; it touches no
        // memory and has no preconditions (a kernel that forbids it at user level faults the
        // process, which no x86-64 Linux does by default).
        #[allow(unsafe_code, unused_unsafe)]
        unsafe {
            core::arch::x86_64::_rdtsc()
        }
    }
    #[cfg(not(target_arch = "x86_64"))]
    {
        0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stamps_count_only_in_stage_order_between_start_and_end() {
        let s: [u64; STAGES] = core::array::from_fn(|i| 10 + i as u64);
        assert!(in_order(9, &s, 10 + STAGES as u64));
        // A stage left from an earlier op (older than the start) or a later one.
        assert!(!in_order(10, &s, 100));
        assert!(!in_order(9, &s, 10));
        let mut t = s;
        t.swap(3, 4);
        assert!(!in_order(0, &t, 100), "two stages out of order");
        // Never marked.
        assert!(!in_order(0, &[0; STAGES], 100));
    }

    #[test]
    fn marks_land_in_their_stage_slot_when_on_and_nowhere_when_off() {
        // `record` is what a mark does when the probe is on; the slots are read back in
        // stage order.
        record(Stage::HostRead, 77);
        assert_eq!(stamps()[Stage::HostRead as usize], 77);
        let before = stamps();
        mark(Stage::ClientDone);
        let after = stamps();
        if ENABLED {
            assert!(after[Stage::ClientDone as usize] > 0);
        } else {
            assert_eq!(before, after, "off: a mark stores nothing");
            assert_eq!(now(), 0);
        }
        assert_eq!(core::mem::align_of::<Slot>(), 128);
    }
}
