//! Register calls as capture records: the pseudo-message a capture tap gets for each FastABI
//! call, so that a capture shows everything a guest did, in order (PROTOCOL.md §10.1).
//!
//! A register call has no message on the wire; the host writes two generic-netlink-shaped
//! records of the pseudo-family [`REGS_FAMILY`] (message type [`REGS_MSG_TYPE`]): the call as
//! the guest made it (flag REQUEST) and its result. Both carry the eight registers, and the
//! op's decoded fields as a nest of the op's own attributes, so a dissector names them as it
//! names a ring message's. Building one allocates (a capture is a debugging aid, off by
//! default); nothing here is on the path of an uncaptured call.

use hvlink_codec::{genl, header, AttrPolicy, AttrType, Builder, Flags, MessageType, Policy};
use hvlink_proto::rt::{AttrDesc, OpDesc, Regs, SetDesc};

/// Message type of the register-call records. Above every Xen hypercall's `0x100 + id`
/// (ids < 128) and below the control family's 0x200; never sent on a ring.
pub const REGS_MSG_TYPE: u16 = 0x1ff;

/// The pseudo-family's name, as captures announce it (nlctrl NEWFAMILY) and the Wireshark
/// dissector registers it.
pub const REGS_FAMILY: &str = "hvlink_regs";

/// Attribute types of a register-call record.
pub mod attr {
    /// rax (u64): family id | 0x40000000 in the call, the status in the result.
    pub const RAX: u16 = 1;
    /// rdi (u64): the op id.
    pub const RDI: u16 = 2;
    /// rsi (u64).
    pub const RSI: u16 = 3;
    /// r8 (u64).
    pub const R8: u16 = 4;
    /// r9 (u64).
    pub const R9: u16 = 5;
    /// r10 (u64).
    pub const R10: u16 = 6;
    /// r11 (u64).
    pub const R11: u16 = 7;
    /// r12 (u64).
    pub const R12: u16 = 8;
    /// The family id (u16), when rax names a known op.
    pub const FAMILY: u16 = 9;
    /// The status (s32, result only): 0 or −errno.
    pub const STATUS: u16 = 10;
    /// The op's decoded fields (nest of the op's request set in the call, of its reply set
    /// in a successful result): the attributes its register mapping carries.
    pub const FIELDS: u16 = 11;
    /// Flag (result only): the call blocks the vCPU and will be made again.
    pub const BLOCKED: u16 = 12;
}

const fn field(kind: u16, name: &'static str, ty: &'static str, doc: &'static str) -> AttrDesc {
    AttrDesc {
        kind,
        name,
        ty,
        doc,
        required: false,
        max_count: 0,
        must_understand: false,
        since: 1,
        default: None,
        enumeration: None,
        nested: None,
        form: None,
        when: None,
    }
}

static REGS_POLICY: Policy = Policy::new(
    "hvlink-regs",
    &[
        AttrPolicy::new(attr::RAX, "rax", AttrType::U64),
        AttrPolicy::new(attr::RDI, "rdi", AttrType::U64),
        AttrPolicy::new(attr::RSI, "rsi", AttrType::U64),
        AttrPolicy::new(attr::R8, "r8", AttrType::U64),
        AttrPolicy::new(attr::R9, "r9", AttrType::U64),
        AttrPolicy::new(attr::R10, "r10", AttrType::U64),
        AttrPolicy::new(attr::R11, "r11", AttrType::U64),
        AttrPolicy::new(attr::R12, "r12", AttrType::U64),
        AttrPolicy::new(attr::FAMILY, "family", AttrType::U16),
        AttrPolicy::new(attr::STATUS, "status", AttrType::S32),
        AttrPolicy::new(attr::FIELDS, "fields", AttrType::Binary),
        AttrPolicy::new(attr::BLOCKED, "blocked", AttrType::Flag),
    ],
);

/// The attributes of a register-call record, for generic decoders (`hvlink decode`): the
/// `fields` nest is the op's request or reply set, which the decoder looks up itself.
pub static REGS_SET: SetDesc = SetDesc {
    name: "hvlink-regs",
    doc: "A register call as a capture records it.",
    policy: &REGS_POLICY,
    attrs: &[
        field(
            attr::RAX,
            "rax",
            "u64",
            "rax: family id | 0x40000000 in, status out.",
        ),
        field(attr::RDI, "rdi", "u64", "rdi: the op id."),
        field(attr::RSI, "rsi", "u64", "rsi."),
        field(attr::R8, "r8", "u64", "r8."),
        field(attr::R9, "r9", "u64", "r9."),
        field(attr::R10, "r10", "u64", "r10."),
        field(attr::R11, "r11", "u64", "r11."),
        field(attr::R12, "r12", "u64", "r12."),
        field(attr::FAMILY, "family", "u16", "The family id."),
        field(attr::STATUS, "status", "s32", "0 or -errno."),
        field(
            attr::FIELDS,
            "fields",
            "nest",
            "The op's fields its registers carry.",
        ),
        field(
            attr::BLOCKED,
            "blocked",
            "flag",
            "The call blocks the vCPU.",
        ),
    ],
    forms: &[],
};

/// The op a register-call record names (`family` attribute and `cmd`), among `families`.
pub fn record_op(
    families: &[&'static hvlink_proto::rt::FamilyDesc],
    attrs: hvlink_codec::Attrs<'_>,
    cmd: u8,
) -> Option<&'static OpDesc> {
    let fam = attrs.clone().find(attr::FAMILY).ok()??.u16().ok()?;
    let f = families.iter().find(|f| f.id == fam)?;
    f.ops.iter().copied().find(|o| o.id == cmd)
}

/// What a record shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Record {
    /// The call as the guest made it.
    Call,
    /// Its result: done (rax holds the status) or blocked.
    Result {
        /// The call blocks the vCPU; it will be made again.
        blocked: bool,
    },
}

/// The record of register call number `seq` (the call and its result share it) of `op`
/// (`None`: rax/rdi name no op) with registers `regs`.
pub fn regs_message(record: Record, seq: u32, op: Option<&OpDesc>, regs: &Regs) -> Vec<u8> {
    let mut b = Builder::new(Vec::with_capacity(256));
    // A Vec sink only fails on a message over 64 KiB; this one is a few hundred bytes.
    let _ = write(&mut b, record, seq, op, regs);
    b.into_inner()
}

fn write(
    b: &mut Builder<Vec<u8>>,
    record: Record,
    seq: u32,
    op: Option<&OpDesc>,
    regs: &Regs,
) -> hvlink_codec::Result<()> {
    let flags = match record {
        Record::Call => Flags::REQUEST,
        Record::Result { .. } => Flags(0),
    };
    let m = b.begin_message(header::Repr {
        message_type: MessageType(REGS_MSG_TYPE),
        flags,
        seq,
        port: 0,
    })?;
    b.genl(genl::Repr {
        cmd: op.map_or(regs.rdi as u8, |o| o.id),
        version: op.map_or(0, |o| o.family_version),
    })?;
    let all = [
        regs.rax, regs.rdi, regs.rsi, regs.r8, regs.r9, regs.r10, regs.r11, regs.r12,
    ];
    for (i, v) in all.iter().enumerate() {
        b.put(attr::RAX + i as u16, &v.to_le_bytes())?;
    }
    if let Some(op) = op {
        b.put(attr::FAMILY, &op.family_id.to_le_bytes())?;
    }
    let status = regs.rax as i64;
    let mapped = match (record, op.and_then(|o| o.fastabi.as_ref().map(|f| (o, f)))) {
        (Record::Call, Some((o, f))) => Some((o.request, f.inputs)),
        (Record::Result { blocked: false }, Some((o, f))) if status == 0 => {
            Some((o.reply, f.outputs))
        }
        _ => None,
    };
    if let Record::Result { blocked } = record {
        if blocked {
            b.put_flag(attr::BLOCKED)?;
        } else {
            b.put(attr::STATUS, &(status as i32).to_le_bytes())?;
        }
    }
    if let Some((set, map)) = mapped {
        let n = b.begin_nest(attr::FIELDS)?;
        for &(kind, reg) in map {
            if holds(set, map, regs, kind) {
                put_field(b, set, kind, regs.get(reg))?;
            }
        }
        b.end_nest(n)?;
    }
    b.end_message(m)?;
    Ok(())
}

/// Whether attribute `kind` is carried: it has no `when` condition, or its selector's value
/// (in its own register) is one the condition lists.
fn holds(set: &SetDesc, map: &[(u16, hvlink_proto::rt::Reg)], regs: &Regs, kind: u16) -> bool {
    let Some((a, _)) = set.attr(kind) else {
        return false;
    };
    let Some((selector, values)) = a.when else {
        return true;
    };
    map.iter()
        .find(|(k, _)| *k == selector)
        .is_some_and(|(_, r)| values.contains(&(regs.get(*r) as i64)))
}

/// Attribute `kind` of `set` with register value `v`, if the value fits the type (a value
/// that does not is visible in the register itself, and the call was refused).
fn put_field(
    b: &mut Builder<Vec<u8>>,
    set: &SetDesc,
    kind: u16,
    v: u64,
) -> hvlink_codec::Result<()> {
    let Some((a, _)) = set.attr(kind) else {
        return Ok(());
    };
    let bytes = v.to_le_bytes();
    let signed = |bits: u32| {
        let s = v as i64;
        let shift = 64 - bits;
        (s << shift) >> shift == s
    };
    let width = match a.ty {
        "u8" if v <= u8::MAX as u64 => 1,
        "u16" if v <= u16::MAX as u64 => 2,
        "u32" if v <= u32::MAX as u64 => 4,
        "u64" => 8,
        "s8" if signed(8) => 1,
        "s16" if signed(16) => 2,
        "s32" if signed(32) => 4,
        "s64" => 8,
        "flag" if v == 1 => return b.put_flag(kind),
        _ => return Ok(()),
    };
    b.put(kind, &bytes[..width])
}

#[cfg(test)]
mod tests {
    use super::*;
    use hvlink_codec::Message;
    use hvlink_proto::grant_table::MapGrantRef;
    use hvlink_proto::rt::{FastAbi, Op};

    #[test]
    fn call_and_result_records() {
        let req = hvlink_proto::grant_table::MapReq {
            form: hvlink_proto::grant_table::MapReqForm::Single {
                dom: 1,
                r#ref: 3,
                flags: hvlink_proto::grant_table::GntmapFlags::HOST_MAP,
                host_addr: 0x1000,
            },
        };
        let regs = MapGrantRef::to_regs(&req).unwrap();
        let op = MapGrantRef::DESC;
        let call = regs_message(Record::Call, 7, Some(op), &regs);
        let m = Message::parse(&call).unwrap();
        assert_eq!(m.message_type(), MessageType(REGS_MSG_TYPE));
        assert!(m.header().flags.contains(Flags::REQUEST));
        let (g, attrs) = m.genl().unwrap();
        assert_eq!(g.cmd, op.id);
        let rax = attrs.clone().find(attr::RAX).unwrap().unwrap().u64();
        assert_eq!(rax, Ok(regs.rax));
        let fields = attrs.clone().find(attr::FIELDS).unwrap().unwrap();
        let kinds: Vec<u16> = fields.nested().map(|a| a.unwrap().kind()).collect();
        assert_eq!(kinds.len(), 4, "dom, ref, flags, host-addr: {kinds:?}");
        // A failed result: status, no fields.
        let mut out = regs;
        out.rax = (-22i64) as u64;
        let res = regs_message(Record::Result { blocked: false }, 7, Some(op), &out);
        let m = Message::parse(&res).unwrap();
        let (_, attrs) = m.genl().unwrap();
        assert_eq!(
            attrs.clone().find(attr::STATUS).unwrap().unwrap().u32(),
            Ok((-22i32) as u32)
        );
        assert!(attrs.clone().find(attr::FIELDS).unwrap().is_none());
        // An unknown call: registers only.
        let m = regs_message(Record::Call, 8, None, &Regs::default());
        let m = Message::parse(&m).unwrap();
        let (_, attrs) = m.genl().unwrap();
        assert!(attrs.clone().find(attr::FAMILY).unwrap().is_none());
    }
}
