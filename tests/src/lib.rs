//! Cross-crate integration tests live in `tests/tests/` (compatibility matrix, engine end to
//! end through guest memory, the guest client on the embedded host, hostile peers) and the
//! cross-crate benchmarks in `tests/benches/`. Codec-only tests sit next to the codec in
//! `codec/tests/`.
//!
//! This library is their one home for fixtures, so that no test file keeps its own copy:
//!
//! - [`vm`] — the host engine in this process over real guest memory, driven turn by turn;
//! - [`msg`] — requests and raw messages built, replies and errors read back;
//! - [`grants`] — grant map/unmap entries and requests, and grants to map;
//! - [`embedded`] — guest clients on the embedded deployment.
//!
//! Guest memory is only ever viewed through [`hvlink_deploy::mem::view`]: nothing here (and
//! no test or benchmark of this crate) needs `unsafe`.
#![deny(unsafe_code)]

pub mod embedded;
pub mod grants;
pub mod msg;
pub mod vm;
