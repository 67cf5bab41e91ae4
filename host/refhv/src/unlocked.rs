//! What the model serves without the engine's host lock ([`hvlink_proto::Unlocked`]): the
//! `version` family, from a [`Directory`] of the domains kept apart from the rest of the
//! model.
//!
//! Xen's `do_xen_version` takes no lock: it reads constants and the calling domain's own
//! fields. The model does the same here, so a domain asking what it runs on never waits for
//! the thread that serves another domain's rings. The directory is written under the host
//! lock whenever a domain appears, goes or gets its handle ([`Hypervisor::create_domain`],
//! the reaping of a dead domain, [`Hypervisor::set_domain_handle`]), and read under its own
//! reader lock, which no turn of the engine holds.
//!
//! The rest of the model is still behind the host lock. Moving a family out means keeping
//! its state here, behind per-domain locks, as Xen keeps a domain's grant table and event
//! channels: the next steps.

use std::collections::BTreeMap;
use std::sync::RwLock;

use hvlink_proto::rt::{Ctx, OpDesc, Regs};
use hvlink_proto::version::{
    Backend, BuildIdReply, CapabilitiesReply, ChangesetReply, ExtraversionReply, FeaturesReply,
    FeaturesReq, GuestHandleReply, PagesizeReply, VersionReply,
};
use hvlink_proto::{Errno, Unlocked};

use super::DomId;
use crate::version;

/// What a call served without the host lock may know of one domain.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Listing {
    /// The control domain.
    pub privileged: bool,
    /// The handle its toolstack gave it, if any.
    pub handle: Option<[u8; 16]>,
}

/// The domains as the calls served without the host lock see them (one entry per domain of
/// the model, dying ones included, as [`hvlink_proto::Hypercalls::domain_exists`] counts
/// them).
#[derive(Debug, Default)]
pub struct Directory {
    domains: RwLock<BTreeMap<DomId, Listing>>,
}

impl Directory {
    fn read(&self) -> std::sync::RwLockReadGuard<'_, BTreeMap<DomId, Listing>> {
        self.domains.read().unwrap_or_else(|p| p.into_inner())
    }

    fn write(&self) -> std::sync::RwLockWriteGuard<'_, BTreeMap<DomId, Listing>> {
        self.domains.write().unwrap_or_else(|p| p.into_inner())
    }

    /// Domain `id` appeared (or changed).
    pub(crate) fn list(&self, id: DomId, listing: Listing) {
        self.write().insert(id, listing);
    }

    /// Domain `id` is gone.
    pub(crate) fn unlist(&self, id: DomId) {
        self.write().remove(&id);
    }

    /// Domain `id`'s entry.
    pub(crate) fn get(&self, id: DomId) -> Option<Listing> {
        self.read().get(&id).copied()
    }
}

/// The calling domain, as the `version` family sees it: the family's logic, whether served
/// under the host lock or without it.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Caller {
    pub id: DomId,
    pub listing: Listing,
}

impl Caller {
    /// Its handle: the one its toolstack set, or the derived one.
    pub fn handle(&self) -> [u8; 16] {
        self.listing
            .handle
            .unwrap_or_else(|| version::derived_handle(self.id))
    }
}

/// A `Caller` with its handle in place, to serve one call.
struct Serving {
    caller: Caller,
    handle: [u8; 16],
}

impl Backend for Serving {
    fn version(&mut self, _ctx: &Ctx) -> Result<VersionReply, Errno> {
        Ok(version::version())
    }
    fn extraversion(&mut self, _ctx: &Ctx) -> Result<ExtraversionReply<'_>, Errno> {
        Ok(version::extraversion())
    }
    fn capabilities(&mut self, _ctx: &Ctx) -> Result<CapabilitiesReply<'_>, Errno> {
        Ok(version::capabilities())
    }
    fn changeset(&mut self, _ctx: &Ctx) -> Result<ChangesetReply<'_>, Errno> {
        Ok(version::changeset())
    }
    fn get_features(&mut self, _ctx: &Ctx, req: &FeaturesReq) -> Result<FeaturesReply, Errno> {
        version::features(self.caller.listing.privileged, req)
    }
    fn pagesize(&mut self, _ctx: &Ctx) -> Result<PagesizeReply, Errno> {
        Ok(version::pagesize())
    }
    fn guest_handle(&mut self, _ctx: &Ctx) -> Result<GuestHandleReply<'_>, Errno> {
        Ok(GuestHandleReply {
            handle: &self.handle[..],
        })
    }
    fn build_id(&mut self, _ctx: &Ctx) -> Result<BuildIdReply<'_>, Errno> {
        version::build_id_for(self.caller.listing.privileged)
    }
}

impl Unlocked for Directory {
    fn domain_exists(&self, dom: DomId) -> bool {
        self.read().contains_key(&dom)
    }

    fn serves(&self, op: &OpDesc) -> bool {
        op.family_id == hvlink_proto::version::ID
    }

    fn serve_regs(&self, ctx: &Ctx, op: &OpDesc, regs: &mut Regs) -> Result<(), Errno> {
        if !self.serves(op) {
            return Err(Errno::ENOSYS);
        }
        let listing = self.get(ctx.domain).ok_or(Errno::ESRCH)?;
        let caller = Caller {
            id: ctx.domain,
            listing,
        };
        let mut s = Serving {
            caller,
            handle: caller.handle(),
        };
        hvlink_proto::version::serve_regs(&mut s, ctx, regs)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixtures;
    use crate::{DomainConfig, Hypervisor};
    use hvlink_proto::rt::{FastAbi, Via};
    use hvlink_proto::version::{GetFeatures, Pagesize, Version};

    /// Every version op a register call can make, with arguments that succeed and fail.
    fn calls() -> Vec<Regs> {
        let mut v = vec![
            Version::to_regs(&rt_empty()).unwrap(),
            Pagesize::to_regs(&rt_empty()).unwrap(),
        ];
        for submap_idx in [0, 1, u32::MAX] {
            v.push(GetFeatures::to_regs(&FeaturesReq { submap_idx }).unwrap());
        }
        // An op of the family with no register form, and one the family lacks.
        let mut no_regs = Version::to_regs(&rt_empty()).unwrap();
        no_regs.rdi = 1; // extraversion: ring only
        v.push(no_regs);
        let mut unknown = Version::to_regs(&rt_empty()).unwrap();
        unknown.rdi = 200;
        v.push(unknown);
        v
    }

    fn rt_empty() -> hvlink_proto::rt::Empty {
        hvlink_proto::rt::Empty
    }

    /// The call served without the lock (with the engine's lookup) and under it (the
    /// family's generated `serve_regs` on the whole model), registers after each.
    fn both(
        hv: &mut Hypervisor,
        dom: DomId,
        regs: Regs,
    ) -> (Result<Regs, Errno>, Result<Regs, Errno>) {
        let ctx = fixtures::via(dom, Via::Register);
        let dir = hv.unlocked();
        let serve = |f: &mut dyn FnMut(&mut Regs) -> Result<(), Errno>| {
            let mut r = regs;
            f(&mut r).map(|()| r)
        };
        let unlocked = serve(&mut |r| {
            let op = hvlink_proto::lookup_regs(r.rax, r.rdi)?;
            assert!(dir.serves(op));
            if !dir.domain_exists(dom) {
                return Err(Errno::ESRCH);
            }
            dir.serve_regs(&ctx, op, r)
        });
        let locked = serve(&mut |r| {
            hvlink_proto::lookup_regs(r.rax, r.rdi)?;
            if hv.domain(dom).is_none() {
                return Err(Errno::ESRCH);
            }
            hvlink_proto::version::serve_regs(hv, &ctx, r)
        });
        (unlocked, locked)
    }

    fn assert_same(hv: &mut Hypervisor, doms: &[DomId]) {
        for &dom in doms {
            for regs in calls() {
                let (u, l) = both(hv, dom, regs);
                assert_eq!(u, l, "domain {dom}, op {}", regs.rdi);
            }
        }
    }

    #[test]
    fn the_directory_answers_as_the_model_does() {
        let mut hv = fixtures::with(0, fixtures::control(), &[7], DomainConfig::default());
        // dom 0 gets the dom0 feature bit, 7 does not, 9 does not exist.
        assert_same(&mut hv, &[0, 7, 9]);
        let feats = |hv: &mut Hypervisor, dom| {
            let r = GetFeatures::to_regs(&FeaturesReq { submap_idx: 0 }).unwrap();
            both(hv, dom, r).0.unwrap()
        };
        assert_ne!(feats(&mut hv, 0), feats(&mut hv, 7));
        // A domain that appears later is listed; one destroyed and reaped is gone.
        hv.create_domain(9, DomainConfig::default()).unwrap();
        assert!(hv.unlocked().domain_exists(9));
        assert_same(&mut hv, &[9]);
        hv.dom_destroy(9).unwrap();
        hv.reap();
        assert!(hv.domain(9).is_none());
        assert!(!hv.unlocked().domain_exists(9));
        assert_same(&mut hv, &[9]);
    }

    #[test]
    fn the_directory_follows_the_handle_and_the_guest_sees_it() {
        let mut hv = fixtures::with(0, fixtures::control(), &[7], DomainConfig::default());
        let dir = hv.unlocked();
        let handle = |hv: &mut Hypervisor| {
            let ctx = fixtures::via(7, Via::Register);
            hvlink_proto::version::Backend::guest_handle(hv, &ctx)
                .unwrap()
                .handle
                .to_vec()
        };
        let listed = |dir: &Directory| {
            let c = Caller {
                id: 7,
                listing: dir.get(7).unwrap(),
            };
            c.handle().to_vec()
        };
        assert_eq!(listed(&dir), handle(&mut hv), "the derived handle");
        let uuid = *b"0123456789abcdef";
        hv.set_domain_handle(7, uuid).unwrap();
        assert_eq!(listed(&dir), uuid.to_vec());
        assert_eq!(handle(&mut hv), uuid.to_vec());
    }
}
