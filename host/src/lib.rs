//! # hvlink-host — the engine
//!
//! Serves guests over queues in their memory and over FastABI register calls, for any
//! hypervisor backend that implements the generated traits ([`hvlink_proto::Hypercalls`])
//! and any guest memory `vm-memory` can reach. It depends on the wire format
//! (`hvlink-codec`) and the ABI (`hvlink-proto`) only: the reference hypervisor
//! (`hvlink-refhv`), the deployments (`hvlink-deploy`: one process, guest processes over a
//! Unix socket) and the KVM VMM (`hvlink-kvm`) are crates beside it that use it.
//!
//! A request flows one way, and the modules follow it:
//!
//! - [`ring::HostQueue`] — one queue's host end: requests copied once into private memory,
//!   every index and length checked, replies published in batches with event suppression
//!   (a big reply in 4 KiB pieces, straight from where its results were encoded, with other
//!   domains' posted register calls run between the pieces);
//! - [`server::Host`] — the engine: many queues of many domains served fairly in turns,
//!   batch and async ops as continuations (budgeted windows, progress parts, cancel, parked
//!   waits), register calls;
//! - [`dispatch`] — a parsed request is privilege-checked for the caller's domain and queue
//!   kind and handed to the one backend method of its op (the generated `serve`), its reply
//!   or ERROR written back the same way;
//! - [`capture`] — register calls as records for a capture tap (the pseudo-family
//!   `hvlink_regs`, PROTOCOL.md §10.1), so that a capture shows them among the ring messages;
//! - [`control`] — the control family the engine serves itself (introspection, queue set-up
//!   and teardown, cancel, negotiation);
//! - `bypass` — register calls of ops the backend serves without the host lock
//!   ([`Host::set_unlocked`], [`hvlink_proto::Unlocked`]), on the caller's thread: they
//!   never wait for the thread serving another domain's rings, and ring that thread's
//!   doorbell only when it is parked and the call changed what it waits for (a generation,
//!   a deadline earlier than its own wake-up);
//! - [`affinity`] — pinning the serving thread (or a vCPU, or a benchmark's threads) to a CPU.
//! - [`serve`] — the serving runtime: a tokio loop that runs the turns — every queue's new
//!   requests first, then continuations, each domain at most one time slice
//!   ([`server::Config::slice`]) — polls its queues while idle for an adaptive window
//!   ([`serve::PollMode`], io_uring's SQPOLL for a host), then parks on the kick eventfd,
//!   wakes for deadlines and rings interrupts.
//!
//! Contract: the guest is hostile. Nothing it sends — ring bytes, indices, messages,
//! register values — can make this crate panic, read outside the guest's memory, or grow
//! memory without bound (queues, continuations, replies are all bounded); bad input gets an
//! error naming the op, attribute and offset; a ring violation faults that queue only
//! (status written to its header page), and other queues keep running. The domain of every
//! call is the one the caller of this crate says (the deployment, from its own side), never
//! what the guest writes.
//!
//! Domains come and go: when the hypervisor reports a domain destroyed
//! ([`Hypercalls::drain_destroyed`]), its queues
//! stop reading, every request in flight on them is cancelled (a batch reports each entry
//! not run as `cancelled`), the replies are delivered, then the queues go and the domain's
//! memory is forgotten. What a later domain of the same id set up meanwhile is kept: queues
//! and memory record the life they were set up for ([`Hypercalls::domain_life`]), and a
//! destruction closes that life's only. Control-class calls are checked against their target through the
//! hypervisor's policy ([`Hypercalls::may_act_on`]);
//! a hypervisor may serve a family in an older version of its own
//! ([`Hypercalls::family_versions`]), which then
//! replaces the built-in one for lookups, introspection and dispatch. Dump ops (spec key
//! `dump`) asked with the DUMP flag are answered part by part, then DONE.
#![deny(unsafe_code)]
#![warn(missing_docs)]

pub mod affinity;
mod bypass;
pub mod capture;
mod config;
mod continuation;
pub mod control;
pub mod dispatch;
mod queue;
#[doc(hidden)]
pub mod ratelimit;
pub mod ring;
pub mod serve;
pub mod server;

pub use bypass::UnlockedPart;
pub use dispatch::{Hypercalls, Metrics, MetricsSnapshot, QueueKind, RegOutcome};
#[doc(hidden)]
pub use hvlink_codec::limited;
pub use serve::Shared;
pub use server::{Config, Host, QueueKey};

/// Eventfd doorbells, memfds and descriptor passing (re-exported from the codec's ring).
pub use hvlink_codec::ring::unix as notify;

/// A xorshift generator from `seed` (not zero): the unit tests' random inputs, the same on
/// every run.
#[cfg(test)]
pub(crate) fn xorshift(mut seed: u64) -> impl FnMut() -> u64 {
    move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    }
}
