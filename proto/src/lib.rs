//! # hvlink-proto — the canonical ABI (not built yet)
//!
//! Will hold `proto/spec/*.yaml`, the single source of truth for every family and op, and what
//! is generated from it (Rust types, policy tables, register mappings, backend traits, a C
//! header, `docs/ABI.md`). Tracked by the "canonical ABI" issue; this crate has no API yet and
//! claims none.
#![no_std]
