//! What a hypervisor implements to be served by the host engine (`hvlink-host`).
//!
//! Every backend-served family's generated `Backend` trait (together: [`Backends`]), plus
//! the few questions the engine asks of the platform to enforce privilege and to park async
//! ops: [`Hypercalls`]. The reference hypervisor (`hvlink-refhv`) is one implementation; a
//! real hypervisor's backend would be another. Nothing here depends on how guests reach the
//! host (ring, register trap, socket, VM exit).

pub use crate::generated::Backends;

/// A domain id (Xen's `domid_t`). The calling domain of every call comes from the host's
/// side ([`crate::rt::Ctx::domain`]), never from what a guest says.
pub type DomId = u16;

/// Time in nanoseconds of the hypervisor's system clock.
pub type Nanos = u64;

/// Everything a hypervisor backend implements: every family's generated `Backend` trait,
/// plus what the dispatcher needs to enforce privilege and to park async ops.
pub trait Hypercalls: Backends {
    /// Does the domain exist?
    fn domain_exists(&self, dom: DomId) -> bool;
    /// Is it the control domain (may make `control`-class calls)?
    fn is_control_domain(&self, dom: DomId) -> bool;
    /// Changes whenever a parked async op may be able to complete.
    fn generation(&self) -> u64;
    /// Run what fell due (timers, timeouts).
    fn tick(&mut self);
    /// When something is next due.
    fn next_deadline(&self) -> Option<Nanos>;
    /// System time.
    fn now(&self) -> Nanos;
    /// A parked op of `dom` was cancelled, or its queue or domain torn down: drop what the
    /// backend keeps for the domain's waits (wake-up times), so that abandoned waits do not
    /// hold its share. Waits still parked are called again and register anew.
    fn forget_waits(&mut self, dom: DomId) {
        let _ = dom;
    }
}
