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
