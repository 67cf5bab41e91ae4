//! Register calls served without the host lock, by a backend's [`Unlocked`] part.
//!
//! The engine's host lock is the model's big kernel lock: a register call that needs it
//! waits for the serving loop (posted to it, [`crate::serve::Shared::register_call`]), and
//! that thread may be serving another domain's flood, or be descheduled in the middle of
//! it. A backend that keeps some of its state apart, safe to share, serves the ops that need
//! only that state here, on the caller's thread, so they never wait for another domain's
//! work ([`hvlink_proto::Unlocked`]).
//!
//! The engine keeps the call's contract: the op is looked up as the locked path looks it up
//! (a host family, or a family the hypervisor serves in another version, always goes under
//! the lock), its privilege class is checked the same way, it is counted, and it goes under
//! the lock whenever the locked path would see it differently — a call the part answers
//! `EAGAIN` (which means nothing was done: an async op that cannot complete yet parks there
//! until it can, any other op is answered there), the control family, a call of the
//! `control` class unless the part answers the hypervisor's policy itself
//! ([`Unlocked::may_act_on`]), a call of a held domain (paused or shut down,
//! [`Unlocked::held`]: the lock holds it), or any call while a capture tap is on (so that the
//! tap sees every call).

use std::sync::{Arc, RwLock};

use hvlink_proto::rt::{self, Ctx, Regs, Via};
use hvlink_proto::{control, DomId, Unlocked};

use crate::dispatch::{self, Metrics, RegOutcome};

/// A backend's part served without the host lock.
pub type UnlockedPart = Arc<dyn Unlocked + Send + Sync>;

/// A call entered into the unlocked part ([`Unlocked::enter`]); it leaves when dropped,
/// whichever way the call went.
struct Entered<'a> {
    part: &'a (dyn Unlocked + Send + Sync),
    domain: DomId,
}

impl Drop for Entered<'_> {
    fn drop(&mut self) {
        self.part.leave(self.domain);
    }
}

/// What the engine decides with, shared between the host (which changes it, under the host
/// lock) and the register-call path (which reads it without).
#[derive(Default)]
pub(crate) struct Bypass {
    state: RwLock<State>,
}

#[derive(Default)]
struct State {
    part: Option<UnlockedPart>,
    /// A capture tap is on: every call goes under the lock, where the tap is.
    capturing: bool,
    /// The host's own families and the hypervisor's versioned ones (looked up apart).
    own: &'static [&'static rt::FamilyDesc],
}

impl Bypass {
    fn write(&self) -> std::sync::RwLockWriteGuard<'_, State> {
        self.state.write().unwrap_or_else(|p| p.into_inner())
    }

    pub(crate) fn set_part(&self, part: Option<UnlockedPart>) {
        self.write().part = part;
    }

    pub(crate) fn set_capturing(&self, on: bool) {
        self.write().capturing = on;
    }

    pub(crate) fn set_own(&self, own: &'static [&'static rt::FamilyDesc]) {
        self.write().own = own;
    }

    /// Serve the call here if it may be (`None`: it goes under the lock, untouched). With
    /// the outcome: whether the hypervisor's generation changed meanwhile (the caller then
    /// wakes parked waits, as after a call under the lock).
    pub(crate) fn serve(
        &self,
        metrics: &Metrics,
        domain: DomId,
        life: Option<u64>,
        regs: &mut Regs,
    ) -> Option<(RegOutcome, bool)> {
        let state = self.state.read().ok()?;
        if state.capturing {
            return None;
        }
        let part = state.part.as_ref()?;
        // Held (paused, shut down: the lock holds the call) or the caller's life of the
        // domain is over (answered under the lock): not here. Once entered, a pause of the
        // domain waits for this call to leave.
        if !part.enter(domain, life) {
            return None;
        }
        let _entered = Entered {
            part: &**part,
            domain,
        };
        if state
            .own
            .iter()
            .any(|f| u64::from(f.id) | rt::FASTABI_BIT == regs.rax)
        {
            return None;
        }
        // An unknown op is answered under the lock, as every error of the lookup is.
        let op = hvlink_proto::lookup_regs(regs.rax, regs.rdi).ok()?;
        if op.family_id == control::ID || !part.serves(op) {
            return None;
        }
        let target = dispatch::reg_target(op, regs);
        // A `control`-class call is served here only if the part answers the hypervisor's
        // policy itself (the same answer as under the lock); otherwise it goes there.
        let mut unanswered = false;
        let checked = dispatch::check_privilege_of(
            part.domain_exists(domain),
            |caller, target, dm| {
                part.may_act_on(caller, target, dm).unwrap_or_else(|| {
                    unanswered = true;
                    false
                })
            },
            op,
            target,
            domain,
            Via::Register,
        );
        if unanswered {
            return None;
        }
        let _g = tracing::trace_span!("call", domain, family = op.family, op = op.name).entered();
        let ctx = Ctx {
            domain,
            via: Via::Register,
            seq: 0,
        };
        // Served on a copy: on failure only rax changes ("no implicit clobbering").
        let mut out = *regs;
        let before = part.generation();
        let served = checked.and_then(|()| part.serve_regs(&ctx, op, &mut out));
        if served == Err(hvlink_proto::Errno::EAGAIN) {
            // It did nothing and needs the lock: an async op that cannot complete yet parks
            // there until it can; another op is answered there (a change the host lock
            // keeps, such as a domain's shutdown, or a retry the part gave up on).
            return None;
        }
        Metrics::add(&metrics.register_calls, 1);
        match served {
            Ok(()) => {
                *regs = out;
                tracing::trace!(status = 0);
            }
            Err(e) => {
                Metrics::add(&metrics.errors, 1);
                tracing::trace!(status = -e.0, "register call failed");
                regs.set_status(Err(e));
            }
        }
        Some((RegOutcome::Done, part.generation() != before))
    }

    /// The earliest deadline the unlocked part keeps ([`Unlocked::next_deadline`]; `None`
    /// without a part).
    pub(crate) fn next_deadline(&self) -> Option<u64> {
        let state = self.state.read().unwrap_or_else(|p| p.into_inner());
        state.part.as_ref().and_then(|p| p.next_deadline())
    }
}
