//! # hvlink-deploy — the engine put to work
//!
//! The ways the host engine (`hvlink-host`) meets guests, each with the reference hypervisor
//! (`hvlink-refhv`) as its backend:
//!
//! - [`embedded`] — one process: the engine on a host thread of its own, guests' memory an
//!   anonymous mapping here, the trap a function call. What the demo, the examples and most
//!   end-to-end tests run on.
//! - [`remote`] — guest processes, vhost-user style: each sends its memory (a memfd) and an
//!   interrupt eventfd over a Unix socket; register calls travel as 64-byte frames on it.
//!   The `hvlink-host` binary serves it.
//! - [`vhost`] — the smallest such deployment: one ring queue over a socket, no backend
//!   (the `hvlink-ring-host` binary, an echo host for ring tests across processes).
//! - [`affinity`] — pinning the host's polling thread (or a benchmark's threads) to a CPU.
//! - [`mem`] — the one place a guest's own view of its memory is made from a vm-memory
//!   mapping (the guest end of a queue in the same process).
//!
//! Contract: what crosses a process boundary (the attach message, descriptors, register
//! frames) is untrusted input, validated before use; the domain of a connection is decided
//! here, never by the guest.
#![deny(unsafe_code)]
#![warn(missing_docs)]

pub use hvlink_host::affinity;
pub mod embedded;
#[doc(hidden)]
pub mod fuzzing;
pub mod mem;
pub mod remote;
pub mod vhost;
