//! Fixtures for the tests and benchmarks of this crate and of the crates above it (the ring
//! tests in `hvlink-tests`), kept here so that there is one of each. Not part of the API:
//! hidden from the docs, and free to change.

use alloc::vec::Vec;

use crate::header::HEADER_LEN;

/// A well-formed message of exactly `len` bytes (at least a header) for ring tests: family
/// type 0x120, sequence number `seq` (bytes 8..12), and payload bytes that depend on `seq` and
/// their position, so that a message delivered torn, twice or out of order does not compare
/// equal to the one sent.
pub fn message(seq: u32, len: usize) -> Vec<u8> {
    assert!(len >= HEADER_LEN && len <= u32::MAX as usize);
    let mut m: Vec<u8> = (0..len).map(|i| (seq as usize * 31 + i) as u8).collect();
    m[0..4].copy_from_slice(&(len as u32).to_le_bytes());
    m[4..8].copy_from_slice(&[0x20, 0x01, 0, 0]); // type 0x120, no flags
    m[8..12].copy_from_slice(&seq.to_le_bytes());
    m[12..16].fill(0);
    m
}
