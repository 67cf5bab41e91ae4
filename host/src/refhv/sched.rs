//! (being written) per-family model.

/// Per-domain scheduler state.
#[derive(Debug, Default)]
pub struct DomainSched {}

/// Expire watchdogs that fell due.
pub(crate) fn tick(_hv: &mut super::Hypervisor, _now: super::Nanos) {}

/// The earliest watchdog deadline.
pub(crate) fn next_deadline(_hv: &super::Hypervisor) -> Option<super::Nanos> {
    None
}
