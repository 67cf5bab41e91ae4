//! # hvlink-guest — the guest side
//!
//! `no_std`, no allocator: what a guest kernel (or a bare-metal payload) needs to talk to the
//! host over a queue in its own pages — [`ring::GuestQueue`] produces requests and consumes
//! replies using the ring protocol of `hvlink_codec::ring`, over [`ring::raw::RawMem`], the one
//! module with `unsafe` (atomics and volatile copies on shared pages).
//!
//! Contract: the host is not trusted. Replies are copied once into caller memory with every
//! index and length checked; a host that corrupts the reply ring faults the queue here, never
//! panics it. The register-call traps and the tokio client come with the guest-client issue.
#![cfg_attr(not(any(test, feature = "std")), no_std)]
#![warn(missing_docs)]


#[cfg(feature = "std")]
pub mod client;
pub mod ring;
pub mod trap;
