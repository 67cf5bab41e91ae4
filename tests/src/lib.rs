//! Cross-crate integration tests live in `tests/tests/` (compatibility matrix, two-process,
//! hostile peers, KVM) as the crates they exercise land. Codec-only tests sit next to the
//! codec in `codec/tests/`.
