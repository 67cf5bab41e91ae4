//! (being written) per-family model.

use super::DomainConfig;

/// Per-domain state of this family.
#[derive(Debug, Default)]
pub struct DomainPorts {}

impl DomainPorts {
    /// Fresh state for a new domain.
    pub fn new(_config: &DomainConfig) -> Self {
        DomainPorts {}
    }
}

use super::{DomId, Hypervisor};
use hvlink_proto::Errno;

/// The event channel API the other families use (bodies being written).
impl Hypervisor {
    /// Is `port` of domain `dom` pending? `ESRCH` for no such domain, `EINVAL` for a port
    /// out of range or free.
    pub fn evtchn_is_pending(&self, dom: DomId, port: u32) -> Result<bool, Errno> {
        let _ = (dom, port);
        Err(Errno::ENOSYS)
    }

    /// Is any port of domain `dom` pending and unmasked (what `sched.block` waits for)?
    pub fn evtchn_any_pending(&self, dom: DomId) -> bool {
        let _ = dom;
        false
    }

    /// Raise virtual IRQ `virq` (Xen `VIRQ_*`) on vCPU `vcpu` of domain `dom`: if a port is
    /// bound to it, mark it pending and notify the domain; otherwise nothing happens.
    pub fn raise_virq(&mut self, dom: DomId, vcpu: u32, virq: u32) {
        let _ = (dom, vcpu, virq);
    }
}
