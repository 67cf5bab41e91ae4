//! # hvlink-guest — the guest side (not built yet)
//!
//! Will hold the `no_std` ring producer and register-call traps for guest kernels and, behind
//! `std`, the tokio client. Tracked by the ring and guest-client issues; no API yet.
#![no_std]
