//! Older hypervisors: the model serving `domctl` and `sysctl` as Xen 4.15 or 4.16 did.
//!
//! The versions are generated from `proto/compat/spec/v{1,2}` (the crate
//! `hvlink-compat-demo`): a host set to [`XenVersion::Xen415`] decodes domctl and sysctl
//! requests with version 1's policy (so it ignores optional attributes it does not know,
//! refuses a must-understand one by name, and answers `ENOSYS` for the ops Xen 4.17 added)
//! and replies in version 1's shape. Behind the generated types, each version's backend is a
//! field-for-field translation onto the current one, so the lifecycle itself is one model.

use hvlink_compat_demo::{v1, v2};
use hvlink_proto::rt::{self, Ctx, FamilyDesc, List};
use hvlink_proto::{domctl, sysctl, Errno};

use crate::Hypervisor;

/// Which Xen release the model's toolstack families follow.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum XenVersion {
    /// Xen 4.15: domctl version 1 (interface 0x13), sysctl version 1 (0x13).
    Xen415,
    /// Xen 4.16: domctl version 2 (0x14), sysctl version 2 (0x14).
    Xen416,
    /// Xen 4.17: domctl version 3 (0x15), sysctl version 2 — the built-in families.
    #[default]
    Xen417,
}

impl XenVersion {
    /// The domctl family version it serves.
    pub fn domctl(self) -> u8 {
        match self {
            XenVersion::Xen415 => 1,
            XenVersion::Xen416 => 2,
            XenVersion::Xen417 => 3,
        }
    }

    /// The families served in a version other than the built-in one.
    pub fn families(self) -> &'static [&'static FamilyDesc] {
        static V1: [&FamilyDesc; 2] = [&v1::domctl::FAMILY, &v1::sysctl::FAMILY];
        static V2: [&FamilyDesc; 1] = [&v2::domctl::FAMILY];
        match self {
            XenVersion::Xen415 => &V1,
            XenVersion::Xen416 => &V2,
            XenVersion::Xen417 => &[],
        }
    }
}

impl Hypervisor {
    /// Serve the toolstack families as Xen `version` did.
    pub fn set_xen_version(&mut self, version: XenVersion) {
        self.xen_version = version;
    }

    /// The Xen release the toolstack families follow.
    pub fn xen_version(&self) -> XenVersion {
        self.xen_version
    }

    pub(crate) fn serve_older<S: hvlink_proto::codec::Sink>(
        &mut self,
        ctx: &Ctx,
        op: &rt::OpDesc,
        attrs: hvlink_proto::codec::Attrs<'_>,
        window: rt::Window,
        reply: &mut hvlink_proto::codec::Builder<S>,
    ) -> Result<rt::Served, rt::ServeError> {
        match (self.xen_version, op.family_id) {
            (XenVersion::Xen415, domctl::ID) => {
                v1::domctl::serve(self, ctx, op.id, attrs, window, reply)
            }
            (XenVersion::Xen415, sysctl::ID) => {
                v1::sysctl::serve(self, ctx, op.id, attrs, window, reply)
            }
            (XenVersion::Xen416, domctl::ID) => {
                v2::domctl::serve(self, ctx, op.id, attrs, window, reply)
            }
            _ => Err(rt::ServeError::Errno(Errno::ENOSYS)),
        }
    }

    pub(crate) fn serve_older_regs(
        &mut self,
        ctx: &Ctx,
        op: &rt::OpDesc,
        regs: &mut rt::Regs,
    ) -> Result<(), Errno> {
        match (self.xen_version, op.family_id) {
            (XenVersion::Xen415, domctl::ID) => v1::domctl::serve_regs(self, ctx, regs),
            (XenVersion::Xen415, sysctl::ID) => v1::sysctl::serve_regs(self, ctx, regs),
            (XenVersion::Xen416, domctl::ID) => v2::domctl::serve_regs(self, ctx, regs),
            _ => Err(Errno::ENOSYS),
        }
    }
}

/// `domctl` of an older version, translated onto the current backend. `$grant`: what the
/// version's createdomain carries as max-grant-version; `$i` and `$($info)*`: the fields of
/// getdomaininfo the version adds to version 1's.
macro_rules! older_domctl {
    ($v:ident, |$r:ident| $grant:expr, |$i:ident| { $($info:tt)* }) => {
        impl $v::domctl::Backend for Hypervisor {
            fn createdomain(
                &mut self,
                ctx: &Ctx,
                $r: &$v::domctl::CreateReq<'_>,
            ) -> Result<$v::domctl::CreateReply, Errno> {
                let r = domctl::Backend::createdomain(
                    self,
                    ctx,
                    &domctl::CreateReq {
                        domain: $r.domain,
                        flags: domctl::Cdf($r.flags.0),
                        max_vcpus: $r.max_vcpus,
                        max_evtchn_port: $r.max_evtchn_port,
                        max_grant_frames: $r.max_grant_frames,
                        max_maptrack_frames: $r.max_maptrack_frames,
                        handle: $r.handle,
                        name: $r.name,
                        max_grant_version: $grant,
                        cpupool_id: 0,
                    },
                )?;
                Ok($v::domctl::CreateReply { domain: r.domain })
            }
            fn destroydomain(&mut self, ctx: &Ctx, req: &$v::domctl::DomReq) -> Result<(), Errno> {
                domctl::Backend::destroydomain(self, ctx, &domctl::DomReq { domain: req.domain })
            }
            fn pausedomain(&mut self, ctx: &Ctx, req: &$v::domctl::DomReq) -> Result<(), Errno> {
                domctl::Backend::pausedomain(self, ctx, &domctl::DomReq { domain: req.domain })
            }
            fn unpausedomain(&mut self, ctx: &Ctx, req: &$v::domctl::DomReq) -> Result<(), Errno> {
                domctl::Backend::unpausedomain(self, ctx, &domctl::DomReq { domain: req.domain })
            }
            fn getdomaininfo(
                &mut self,
                ctx: &Ctx,
                req: &$v::domctl::QueryReq,
            ) -> Result<$v::domctl::Info<'_>, Errno> {
                let $i = domctl::Backend::getdomaininfo(self, ctx, &domctl::QueryReq { domain: req.domain })?;
                Ok($v::domctl::Info {
                    flags: $v::domctl::Dominf($i.flags.0),
                    tot_pages: $i.tot_pages,
                    max_pages: $i.max_pages,
                    nr_online_vcpus: $i.nr_online_vcpus,
                    cpu_time: $i.cpu_time,
                    max_vcpu_id: $i.max_vcpu_id,
                    domain: $i.domain,
                    cpupool: $i.cpupool,
                    handle: $i.handle,
                    name: $i.name,
                    outstanding_pages: $i.outstanding_pages,
                    $($info)*
                })
            }
            fn setvcpuaffinity(
                &mut self,
                ctx: &Ctx,
                req: &$v::domctl::AffinityReq,
            ) -> Result<$v::domctl::AffinityReply, Errno> {
                let r = domctl::Backend::setvcpuaffinity(
                    self,
                    ctx,
                    &domctl::AffinityReq { domain: req.domain, vcpu: req.vcpu, hard: req.hard, soft: req.soft },
                )?;
                Ok($v::domctl::AffinityReply { hard: r.hard, soft: r.soft })
            }
            fn max_mem(&mut self, ctx: &Ctx, req: &$v::domctl::MaxMemReq) -> Result<(), Errno> {
                domctl::Backend::max_mem(self, ctx, &domctl::MaxMemReq { domain: req.domain, max_memkb: req.max_memkb })
            }
            fn getvcpuinfo(
                &mut self,
                ctx: &Ctx,
                req: &$v::domctl::VcpuQueryReq,
            ) -> Result<$v::domctl::VcpuinfoReply, Errno> {
                let r = domctl::Backend::getvcpuinfo(self, ctx, &domctl::VcpuQueryReq { domain: req.domain, vcpu: req.vcpu })?;
                Ok($v::domctl::VcpuinfoReply {
                    online: r.online,
                    blocked: r.blocked,
                    running: r.running,
                    cpu_time: r.cpu_time,
                    cpu: r.cpu,
                })
            }
            fn max_vcpus(&mut self, ctx: &Ctx, req: &$v::domctl::MaxVcpusReq) -> Result<(), Errno> {
                domctl::Backend::max_vcpus(self, ctx, &domctl::MaxVcpusReq { domain: req.domain, max: req.max })
            }
            fn settimeoffset(&mut self, ctx: &Ctx, req: &$v::domctl::TimeOffsetReq) -> Result<(), Errno> {
                domctl::Backend::settimeoffset(self, ctx, &domctl::TimeOffsetReq { domain: req.domain, seconds: req.seconds })
            }
            fn getvcpuaffinity(
                &mut self,
                ctx: &Ctx,
                req: &$v::domctl::VcpuQueryReq,
            ) -> Result<$v::domctl::AffinityReply, Errno> {
                let r = domctl::Backend::getvcpuaffinity(self, ctx, &domctl::VcpuQueryReq { domain: req.domain, vcpu: req.vcpu })?;
                Ok($v::domctl::AffinityReply { hard: r.hard, soft: r.soft })
            }
            fn set_target(&mut self, ctx: &Ctx, req: &$v::domctl::SetTargetReq) -> Result<(), Errno> {
                domctl::Backend::set_target(self, ctx, &domctl::SetTargetReq { domain: req.domain, target: req.target })
            }
        }
    };
}

// Xen 4.15 knows no grant_opts: the guest gets the host's highest grant version.
older_domctl!(v1, |req| None, |i| {});
older_domctl!(v2, |req| req.max_grant_version, |i| { gpaddr_bits: i.gpaddr_bits, });

impl v1::sysctl::Backend for Hypervisor {
    fn readconsole(
        &mut self,
        ctx: &Ctx,
        req: &v1::sysctl::ConsoleReq,
    ) -> Result<v1::sysctl::ConsoleReply<'_>, Errno> {
        let r = sysctl::Backend::readconsole(
            self,
            ctx,
            &sysctl::ConsoleReq {
                clear: req.clear,
                index: req.index,
                max_bytes: req.max_bytes,
            },
        )?;
        Ok(v1::sysctl::ConsoleReply {
            index: r.index,
            data: r.data,
        })
    }

    fn physinfo(&mut self, ctx: &Ctx) -> Result<v1::sysctl::PhysinfoReply, Errno> {
        let r = sysctl::Backend::physinfo(self, ctx)?;
        Ok(v1::sysctl::PhysinfoReply {
            threads_per_core: r.threads_per_core,
            cores_per_socket: r.cores_per_socket,
            nr_cpus: r.nr_cpus,
            max_cpu_id: r.max_cpu_id,
            nr_nodes: r.nr_nodes,
            cpu_khz: r.cpu_khz,
            // Xen 4.15 had no vPMU or grant-version capability bits.
            capabilities: v1::sysctl::Physcap(r.capabilities.0 & 0x7F),
            total_pages: r.total_pages,
            free_pages: r.free_pages,
            max_mfn: r.max_mfn,
        })
    }

    fn getdomaininfolist(
        &mut self,
        ctx: &Ctx,
        req: &v1::sysctl::ListReq,
    ) -> Result<v1::sysctl::ListReply<'_>, Errno> {
        let cursor = {
            let r = sysctl::Backend::getdomaininfolist(
                self,
                ctx,
                &sysctl::ListReq {
                    cursor: req.cursor,
                    max_domains: req.max_domains,
                },
            )?;
            r.cursor
        };
        self.dump_v1.clear();
        self.dump_v1
            .extend(self.dump_entries.iter().map(|e| v1::sysctl::ListEntry {
                domain: e.domain,
                flags: v1::sysctl::DominfFlags(e.flags.0),
                tot_pages: e.tot_pages,
                max_pages: e.max_pages,
                nr_online_vcpus: e.nr_online_vcpus,
                cpu_time: e.cpu_time,
                max_vcpu_id: e.max_vcpu_id,
                cpupool: e.cpupool,
            }));
        Ok(v1::sysctl::ListReply {
            domain: List::new(&self.dump_v1),
            cursor,
        })
    }
}
