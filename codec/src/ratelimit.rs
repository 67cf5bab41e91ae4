//! Rate-limited reporting of what a peer can trigger (a hostile guest on the host, a hostile
//! host in the guest): each call site may report [`PER_SECOND`] times a second, and counts
//! what it suppressed for its next report. The host's and the guest's log lines about their
//! peer's input go through a [`Limiter`], so that the peer cannot fill their logs.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::OnceLock;
use std::time::Instant;

/// Lines one call site may log per second.
pub const PER_SECOND: u64 = 10;

/// One call site's budget: the second it is in (since the process's first use) and the lines
/// logged and suppressed in it, packed in one word so that updates are one CAS.
#[derive(Debug)]
pub struct Limiter {
    state: AtomicU64,
    suppressed: AtomicU64,
}

fn seconds() -> u64 {
    static START: OnceLock<Instant> = OnceLock::new();
    START.get_or_init(Instant::now).elapsed().as_secs()
}

impl Limiter {
    /// A fresh budget.
    pub const fn new() -> Limiter {
        Limiter {
            state: AtomicU64::new(0),
            suppressed: AtomicU64::new(0),
        }
    }

    /// May this call site log now? `Some(n)`: yes, with `n` lines suppressed since its last
    /// line; `None`: no (counted).
    pub fn allow(&self) -> Option<u64> {
        let now = seconds() & 0xffff_ffff;
        let mut cur = self.state.load(Ordering::Relaxed);
        loop {
            let (sec, n) = (cur >> 32, cur & 0xffff_ffff);
            let next = if sec == now {
                if n >= PER_SECOND {
                    self.suppressed.fetch_add(1, Ordering::Relaxed);
                    return None;
                }
                (now << 32) | (n + 1)
            } else {
                (now << 32) | 1
            };
            match self
                .state
                .compare_exchange_weak(cur, next, Ordering::Relaxed, Ordering::Relaxed)
            {
                Ok(_) => return Some(self.suppressed.swap(0, Ordering::Relaxed)),
                Err(c) => cur = c,
            }
        }
    }
}

impl Default for Limiter {
    fn default() -> Self {
        Limiter::new()
    }
}

/// `tracing::$level!(...)` with `suppressed = N` added, at most [`PER_SECOND`] times a second
/// from this call site (the calling crate names `tracing`).
#[macro_export]
#[doc(hidden)]
macro_rules! limited {
    ($level:ident, $($arg:tt)+) => {{
        static LIMIT: $crate::ratelimit::Limiter = $crate::ratelimit::Limiter::new();
        if let Some(suppressed) = LIMIT.allow() {
            tracing::$level!(suppressed, $($arg)+);
        }
    }};
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn at_most_the_budget_per_second_then_counts() {
        let l = Limiter::new();
        let allowed = (0..1000).filter(|_| l.allow().is_some()).count() as u64;
        // The loop may straddle a second boundary: at most two seconds' worth.
        assert!(
            (PER_SECOND..=2 * PER_SECOND).contains(&allowed),
            "{allowed}"
        );
        assert!(l.suppressed.load(Ordering::Relaxed) > 0);
    }
}
