//! Rate-limited logging for what guests can trigger: a hostile guest must not be able to
//! fill the host's logs. Each call site may log [`PER_SECOND`] lines a second; the lines it
//! suppressed are counted in its next line (`suppressed = N`). The budget itself is
//! [`hvlink_codec::ratelimit`]'s, which the guest's client uses for what its host can trigger,
//! and so is the `limited!` macro (re-exported at this crate's root).

pub use hvlink_codec::ratelimit::{Limiter, PER_SECOND};
