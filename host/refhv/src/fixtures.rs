//! Shared test fixtures (feature `test-utils`, and this crate's own tests): call contexts and
//! hypervisors with a standard set of domains, so that no test file writes its own copy.

use hvlink_proto::rt::{Ctx, Via};

use crate::{Clock, DomId, DomainConfig, Hypervisor, DOM0};

/// The first guest of [`standard`].
pub const DOM1: DomId = 1;
/// The second guest of [`standard`].
pub const DOM2: DomId = 2;

/// A call from `domain`'s kernel (ring kernel queue), seq 0.
pub fn kernel(domain: DomId) -> Ctx {
    via(domain, Via::Kernel)
}

/// A call from `domain` arriving `via`, seq 0.
pub fn via(domain: DomId, via: Via) -> Ctx {
    Ctx {
        domain,
        via,
        seq: 0,
    }
}

/// The control domain's configuration: [`DomainConfig::default`], privileged.
pub fn control() -> DomainConfig {
    DomainConfig {
        privileged: true,
        ..DomainConfig::default()
    }
}

/// A hypervisor on a virtual clock at `now` with the privileged dom 0 (`dom0`) and the
/// guests `guests` (each with `guest`).
pub fn with(now: u64, dom0: DomainConfig, guests: &[DomId], guest: DomainConfig) -> Hypervisor {
    let mut hv = Hypervisor::new(Clock::Virtual(now));
    hv.create_domain(DOM0, dom0).expect("fresh hypervisor");
    for &d in guests {
        hv.create_domain(d, guest.clone())
            .expect("distinct guest ids");
    }
    hv
}

/// dom 0 (privileged) and guests 1 and 2, default configurations, virtual clock at 0.
pub fn standard() -> Hypervisor {
    with(0, control(), &[DOM1, DOM2], DomainConfig::default())
}
