//! Rate-limited logging for what guests can trigger: a hostile guest must not be able to
//! fill the host's logs. Each call site may log [`PER_SECOND`] lines a second; the lines it
//! suppressed are counted in its next line (`suppressed = N`). The budget itself is
//! [`hvlink_codec::ratelimit`]'s, which the guest's client uses for what its host can trigger.

pub use hvlink_codec::ratelimit::{Limiter, PER_SECOND};

/// `tracing::$level!(...)`, at most [`PER_SECOND`] times a second from this call site.
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
