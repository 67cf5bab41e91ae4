//! (being written) per-family model.

use super::DomainConfig;

/// Per-domain state of this family.
#[derive(Debug, Default)]
pub struct DomainVcpus {}

impl DomainVcpus {
    /// Fresh state for a new domain.
    pub fn new(_config: &DomainConfig) -> Self {
        DomainVcpus {}
    }
}

/// Fire vCPU timers that fell due.
pub(crate) fn tick(_hv: &mut super::Hypervisor, _now: super::Nanos) {}

/// The earliest armed vCPU timer.
pub(crate) fn next_deadline(_hv: &super::Hypervisor) -> Option<super::Nanos> {
    None
}
