//! The control family served by the host itself: introspection answered from the generated
//! tables (what the host actually implements), queue set-up and tear-down, cancel, and
//! protocol negotiation.

use std::sync::OnceLock;

use hvlink_codec::limits::MAX_MESSAGE_LEN;
use hvlink_codec::AttrType as T;
use hvlink_proto::control::{
    self, AttrType, CancelReply, CancelReq, Direction, FamilyInfo, GetFamilyReply, GetFamilyReq,
    GetPolicyReply, GetPolicyReq, NegotiateMsg, OpFlags, OpInfo, PingMsg, PolicyEntry, Privilege,
    ProtocolFeatures, QueueFeatures, QueueReq, QueueSetupReply, QueueSetupReq,
};
use hvlink_proto::rt::{self, Ctx, List, SetDesc};
use hvlink_proto::{Errno, FAMILIES};
use vm_memory::GuestMemory;

use crate::config::{Config, PROTOCOL_VERSION};
use crate::dispatch::{Hypercalls, Metrics, QueueKind};
use crate::queue::{QueueKey, Queues, Requests};

/// Introspection tables built once from the generated descriptors, plus scratch space for
/// policy dumps.
#[derive(Debug, Default)]
pub struct Introspection {
    policy: Vec<PolicyEntry<'static>>,
    one_family: Vec<FamilyInfo<'static>>,
    extra: &'static [&'static rt::FamilyDesc],
    all: Vec<FamilyInfo<'static>>,
}

impl Introspection {
    /// The host's extra families (see `Host::add_family`).
    pub(crate) fn set_extra(&mut self, extra: &'static [&'static rt::FamilyDesc]) {
        self.extra = extra;
        // A family the host serves in a version of its own replaces the built-in one.
        self.all = families()
            .iter()
            .filter(|f| !extra.iter().any(|x| x.id == f.id))
            .cloned()
            .collect();
        self.all.extend(extra.iter().map(|f| family_info(f)));
        self.all.sort_by_key(|f| f.id);
    }
}

fn family_info(f: &'static rt::FamilyDesc) -> FamilyInfo<'static> {
    let ops: Vec<OpInfo<'static>> = f
        .ops
        .iter()
        .map(|o| OpInfo {
            name: o.name,
            id: o.id,
            since: o.since,
            privilege: Privilege(o.privilege as u8),
            flags: OpFlags(o.flags),
            max_reply: o.max_reply,
        })
        .collect();
    // Built once per family per process from static tables: a bounded, deliberate leak that
    // gives the list the 'static lifetime the reply borrows.
    let ops: &'static [OpInfo<'static>] = Box::leak(ops.into_boxed_slice());
    FamilyInfo {
        name: f.name,
        id: f.id,
        msg_type: f.msg_type,
        version: f.version,
        op: List::new(ops),
    }
}

fn families() -> &'static [FamilyInfo<'static>] {
    static TABLE: OnceLock<Vec<FamilyInfo<'static>>> = OnceLock::new();
    TABLE.get_or_init(|| FAMILIES.iter().map(|f| family_info(f)).collect())
}

fn attr_type(t: &T) -> AttrType {
    match t {
        T::Flag => AttrType::FLAG,
        T::U8 => AttrType::U8,
        T::U16 => AttrType::U16,
        T::U32 => AttrType::U32,
        T::U64 => AttrType::U64,
        T::S8 => AttrType::S8,
        T::S16 => AttrType::S16,
        T::S32 => AttrType::S32,
        T::S64 => AttrType::S64,
        T::Binary => AttrType::BINARY,
        T::String => AttrType::STRING,
        T::Nested(_) | T::NestedArray(_) => AttrType::NEST,
    }
}

fn is_signed(t: &T) -> bool {
    matches!(t, T::S8 | T::S16 | T::S32 | T::S64)
}

/// Append the entries of `set` (and, once each, the sets nested in it) to `out`.
fn dump_set(
    set: &'static SetDesc,
    dir: Direction,
    regs: Option<&rt::RegMap>,
    out: &mut Vec<PolicyEntry<'static>>,
    seen: &mut Vec<&'static str>,
) {
    if seen.contains(&set.name) || seen.len() > 64 {
        return;
    }
    seen.push(set.name);
    for (d, p) in set.attrs.iter().zip(set.policy.attrs.iter()) {
        let (mut min_s, mut max_s, mut min_u, mut max_u) = (None, None, None, None);
        if let hvlink_codec::policy::Values::Range { min, max } = p.values {
            if is_signed(&p.ty) {
                min_s = Some(min);
                max_s = Some(i64::try_from(max).unwrap_or(i64::MAX));
            } else {
                min_u = Some(u64::try_from(min).unwrap_or(0));
                max_u = Some(max);
            }
        }
        let (min_length, max_length) = match p.ty {
            T::Binary | T::String => (
                (p.min_len > 0).then_some(u32::from(p.min_len)),
                (p.max_len < u16::MAX).then_some(u32::from(p.max_len)),
            ),
            _ => (None, None),
        };
        // The request's attributes map to the input registers, the reply's to the outputs.
        let register = regs.and_then(|m| {
            let map = if dir == Direction::REQUEST {
                m.inputs
            } else {
                m.outputs
            };
            map.iter()
                .find(|(k, _)| *k == d.kind)
                .map(|(_, r)| *r as u8)
        });
        out.push(PolicyEntry {
            r#type: attr_type(&p.ty),
            min_value_s: min_s,
            max_value_s: max_s,
            min_value_u: min_u,
            max_value_u: max_u,
            min_length,
            max_length,
            set: set.name,
            direction: dir,
            attr_id: d.kind,
            name: d.name,
            nested: d.nested.map(|n| n.name),
            required: d.required,
            repeated: d.max_count > 0,
            must_understand: d.must_understand,
            since: d.since,
            max_count: (d.max_count > 0).then_some(d.max_count),
            r#enum: d.enumeration,
            default: d.default.map(|v| v as u64),
            form: d.form,
            register,
        });
    }
    for d in set.attrs {
        if let Some(n) = d.nested {
            dump_set(n, dir, None, out, seen);
        }
    }
}

/// One control call's view of the host (built per call by [`crate::server::Host`]).
pub struct ControlCall<'a, H: Hypercalls, M: GuestMemory + Clone> {
    pub(crate) hv: &'a H,
    pub(crate) config: &'a Config,
    pub(crate) metrics: &'a Metrics,
    pub(crate) memory: &'a crate::queue::Memories<M>,
    pub(crate) queues: &'a mut Queues<M>,
    /// The queue the call arrived on (out of the table while it is served), if any: its key
    /// and its requests.
    pub(crate) current: Option<(QueueKey, &'a mut Requests)>,
    pub(crate) introspect: &'a mut Introspection,
}

impl<H: Hypercalls, M: GuestMemory + Clone> control::Backend for ControlCall<'_, H, M> {
    fn ping(&mut self, _ctx: &Ctx, req: &PingMsg) -> Result<PingMsg, Errno> {
        Ok(*req)
    }

    fn get_family(
        &mut self,
        _ctx: &Ctx,
        req: &GetFamilyReq<'_>,
    ) -> Result<GetFamilyReply<'_>, Errno> {
        let all: &[FamilyInfo<'static>] = if self.introspect.extra.is_empty() {
            families()
        } else {
            &self.introspect.all
        };
        if req.family_id.is_none() && req.family_name.is_none() {
            let all: &[FamilyInfo<'static>] = if self.introspect.extra.is_empty() {
                families()
            } else {
                &self.introspect.all
            };
            return Ok(GetFamilyReply {
                family: List::new(all),
            });
        }
        let found = all.iter().find(|f| {
            req.family_id.is_none_or(|id| f.id == id) && req.family_name.is_none_or(|n| f.name == n)
        });
        let f = found.ok_or(Errno::ENOENT)?;
        self.introspect.one_family.clear();
        self.introspect.one_family.push(*f);
        Ok(GetFamilyReply {
            family: List::new(&self.introspect.one_family),
        })
    }

    fn get_policy(&mut self, _ctx: &Ctx, req: &GetPolicyReq) -> Result<GetPolicyReply<'_>, Errno> {
        // The host's own families first: they may replace a built-in one.
        let fam = self
            .introspect
            .extra
            .iter()
            .chain(FAMILIES.iter())
            .find(|f| f.id == req.family_id)
            .ok_or(Errno::ENOENT)?;
        let op = fam
            .ops
            .iter()
            .find(|o| o.id == req.op_id)
            .ok_or(Errno::ENOENT)?;
        let out = &mut self.introspect.policy;
        out.clear();
        let mut seen = Vec::new();
        dump_set(
            op.request,
            Direction::REQUEST,
            op.fastabi.as_ref(),
            out,
            &mut seen,
        );
        seen.clear();
        dump_set(
            op.reply,
            Direction::REPLY,
            op.fastabi.as_ref(),
            out,
            &mut seen,
        );
        Ok(GetPolicyReply {
            family_id: fam.id,
            op_id: op.id,
            attr: List::new(out),
        })
    }

    fn negotiate(&mut self, _ctx: &Ctx, req: &NegotiateMsg) -> Result<NegotiateMsg, Errno> {
        Ok(NegotiateMsg {
            protocol_version: req.protocol_version.min(PROTOCOL_VERSION),
            features: ProtocolFeatures(req.features.0 & self.config.features),
            max_message: Some(MAX_MESSAGE_LEN as u32),
        })
    }

    fn queue_setup(&mut self, ctx: &Ctx, req: &QueueSetupReq) -> Result<QueueSetupReply, Errno> {
        let kind = match req.kind {
            control::QueueKind::KERNEL => QueueKind::Kernel,
            control::QueueKind::USERSPACE => QueueKind::Userspace,
            _ => return Err(Errno::EINVAL),
        };
        if !self.hv.domain_exists(ctx.domain) {
            return Err(Errno::ESRCH);
        }
        let key = QueueKey {
            domain: ctx.domain,
            queue: req.queue_id,
        };
        if self.current.as_ref().is_some_and(|c| c.0 == key) {
            return Err(Errno::EEXIST);
        }
        let life = self.hv.domain_life(ctx.domain);
        let (features, doorbell) = self.queues.setup(
            self.config,
            self.memory,
            (key, life),
            kind,
            req.base_gpa,
            req.pages,
            req.features.0,
        )?;
        tracing::debug!(
            domain = key.domain,
            queue = key.queue,
            ?kind,
            "queue set up"
        );
        Ok(QueueSetupReply {
            features: QueueFeatures(features),
            doorbell,
        })
    }

    fn queue_teardown(&mut self, ctx: &Ctx, req: &QueueReq) -> Result<(), Errno> {
        let key = QueueKey {
            domain: ctx.domain,
            queue: req.queue_id,
        };
        if let Some((k, reqs)) = self.current.as_mut() {
            if *k == key {
                reqs.teardown = true;
                return Ok(());
            }
        }
        if self.queues.teardown(key) {
            Ok(())
        } else {
            Err(Errno::ENOENT)
        }
    }

    fn cancel(&mut self, ctx: &Ctx, req: &CancelReq) -> Result<CancelReply, Errno> {
        let queue = match (req.queue_id, self.current.as_ref()) {
            (Some(q), _) => q,
            (None, Some(c)) => c.0.queue,
            (None, None) => return Err(Errno::EINVAL),
        };
        let key = QueueKey {
            domain: ctx.domain,
            queue,
        };
        let result = match self.current.as_mut() {
            Some((k, reqs)) if *k == key => reqs.cancel(req.seq),
            _ => self.queues.cancel(key, req.seq).ok_or(Errno::ENOENT)?,
        };
        let _ = self.metrics;
        tracing::debug!(seq = req.seq, ?result, "cancel");
        Ok(CancelReply { result })
    }
}
