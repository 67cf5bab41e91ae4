//! Notification: the adaptive poller. Spin briefly (a cache-line hand-off costs ~100 ns), then
//! announce and park (a thread wake costs tens of µs) — with the lost-wake-up race closed by
//! the announce / fence / re-check handshake of [`super::Consumer::prepare_park`].

use super::{Consumer, Fault, SharedMem};

/// Blocks a consumer until its producer's doorbell rings.
pub trait Park {
    /// Block until notified, a timeout, or a spurious wake. Returns false when waiting must
    /// stop (the peer is gone or the queue is shutting down).
    fn park(&self) -> bool;
}

/// Why [`wait_for_work`] returned without work.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Wait {
    /// Work is waiting.
    Ready,
    /// The parker said to stop.
    Stopped,
}

/// Wait until `consumer` has work: poll it `spins` times, then announce, re-check and park,
/// as often as needed. Never misses a message published at any point of the wait.
pub fn wait_for_work<M: SharedMem, P: Park + ?Sized>(
    consumer: &mut Consumer<M>,
    spins: u32,
    parker: &P,
) -> Result<Wait, Fault> {
    for _ in 0..spins {
        if consumer.has_work()? {
            return Ok(Wait::Ready);
        }
        core::hint::spin_loop();
    }
    loop {
        if consumer.prepare_park()? {
            return Ok(Wait::Ready);
        }
        let go_on = parker.park();
        consumer.cancel_park();
        if consumer.has_work()? {
            return Ok(Wait::Ready);
        }
        if !go_on {
            return Ok(Wait::Stopped);
        }
    }
}
