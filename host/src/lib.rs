//! # hvlink-host — the host side (not built yet)
//!
//! Will hold the ring consumer, validation, dispatch, continuations, the reference hypervisor
//! and (feature `kvm`) a KVM-based VMM. Tracked by the ring, host and KVM issues; no API yet.
