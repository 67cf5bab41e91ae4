//! # hvlink-host — the host side
//!
//! Serves guests over queues in their memory. This release holds the ring end
//! ([`ring::HostQueue`]): attach to a queue a guest set up, consume its requests (each copied
//! once into private memory, every index and length checked), reserve reply space before
//! consuming, publish replies in batches with event suppression. Guest memory is reached only
//! through `vm-memory`, so the same code serves an in-process guest, a guest process sharing a
//! memfd, and a KVM guest.
//!
//! Contract: the guest is hostile. Nothing it writes can make this crate panic, read outside
//! the queue's pages, or allocate beyond the two fixed 64 KiB buffers per queue; a violation
//! faults that queue only (status written to its header page, a `tracing` warning).
//! Dispatch, the reference hypervisor and the KVM VMM come with the host issue.
#![warn(missing_docs)]

pub mod control;
pub mod dispatch;
#[cfg(feature = "kvm")]
pub mod kvm;
pub mod embedded;
#[doc(hidden)]
pub mod fuzzing;
pub mod refhv;
pub mod remote;
pub mod ring;
pub mod serve;
pub mod server;
pub mod vhost;

/// Eventfd doorbells, memfds and descriptor passing (re-exported from the codec's ring).
pub use hvlink_codec::ring::unix as notify;
