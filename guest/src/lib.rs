//! # hvlink-guest — the guest side
//!
//! The `no_std` core (no allocator) is what a guest kernel or a bare-metal payload needs:
//! [`ring::GuestQueue`] produces requests and consumes replies over a queue in its own pages
//! ([`ring::raw::RawMem`]: atomics and volatile copies), messages for every op are built with
//! the generated types of `hvlink-proto`, and [`trap`] makes FastABI register calls (`vmcall`,
//! `vmmcall`, port I/O) chosen by CPUID. CPUID, port I/O and MSRs (Xen's hypercall page) come
//! from the `x86` crate; only the trap instructions it lacks are our own `asm!`.
//!
//! With the `std` feature, [`client`] is the tokio client: typed async calls, automatic
//! coalescing (calls made together share a doorbell), replies routed by seq, timeouts,
//! cancel, progress, back-pressure, the fast-path policy, negotiation with the host, and the
//! two-process transport.
//!
//! Contract: the host is not trusted. Replies are copied once into private memory with every
//! index and length checked and validated (type, seq, framing, decoding) before use; a host
//! that corrupts the reply ring faults the queue here, never panics it.
#![cfg_attr(not(any(test, feature = "std")), no_std)]
// Allowed only in `ring::raw` (shared pages), `trap` (the trap instructions) and at one
// tokio call in `client::transport`, each saying why.
#![deny(unsafe_code)]
#![warn(missing_docs)]

#[cfg(feature = "std")]
pub mod client;
pub mod ring;
pub mod trap;
