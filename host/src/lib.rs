//! # hvlink-host — the host side
//!
//! Serves guests over queues in their memory and over FastABI register calls:
//!
//! - [`ring::HostQueue`] — one queue's host end: requests copied once into private memory,
//!   every index and length checked, replies published in batches with event suppression;
//! - [`dispatch`] — a ring message or a register call becomes a validated typed request,
//!   privilege-checked for the caller's domain and queue kind, handled by the one backend
//!   method of its op (the generated `Backend` traits), answered the same way;
//! - [`server::Host`] — many queues of many domains served fairly in turns; batch and async
//!   ops as continuations (budgeted windows, progress parts, cancel, parked waits); the
//!   control family (introspection, queue set-up, cancel, negotiation); extra families;
//! - [`serve`] — the tokio server loop; [`embedded`] — the in-process deployment;
//!   [`remote`] — guest processes over a Unix socket; `kvm` (feature) — a VMM for a real VM;
//! - [`refhv::Hypervisor`] — the reference hypervisor, a model of Xen's public interface.
//!
//! Guest memory is reached only through `vm-memory`, so the same code serves an in-process
//! guest, a guest process sharing a memfd, and a KVM guest.
//!
//! Contract: the guest is hostile. Nothing it sends — ring bytes, indices, messages,
//! register values — can make this crate panic, read outside the guest's memory, or grow
//! memory without bound (queues, continuations, replies and maptrack are all bounded); bad
//! input gets an error naming the op, attribute and offset; a ring violation faults that
//! queue only (status written to its header page), and other queues keep running.
#![warn(missing_docs)]

pub mod control;
pub mod dispatch;
pub mod embedded;
#[doc(hidden)]
pub mod fuzzing;
#[cfg(feature = "kvm")]
pub mod kvm;
pub mod refhv;
pub mod remote;
pub mod ring;
pub mod serve;
pub mod server;
pub mod vhost;

/// Eventfd doorbells, memfds and descriptor passing (re-exported from the codec's ring).
pub use hvlink_codec::ring::unix as notify;
