//! (being written) per-family model.

use super::DomainConfig;

/// Per-domain state of this family.
#[derive(Debug, Default)]
pub struct DomainHvm {}

impl DomainHvm {
    /// Fresh state for a new domain.
    pub fn new(_config: &DomainConfig) -> Self {
        DomainHvm {}
    }
}
