//! The two benchmark messages, shared by the benchmarks, the allocation test and the fuzz
//! seed writer: (a) an event-channel send with one attribute, (b) a grant-map batch of 64
//! nested entries with 4 attributes each (validated by `fuzzing::MAP_REQUEST`).
#![allow(dead_code)]

use hvlink_codec::builder::MessageStart;
use hvlink_codec::{genl, header, Builder, Flags, MessageType, Sink};

/// Event channel family message type: 0x100 + Xen's `__HYPERVISOR_event_channel_op` (32),
/// as the spec assigns (`proto/spec/SCHEMA.md`).
pub const EVTCHN: u16 = 0x100 + 32;
/// `EVTCHNOP_send`.
pub const EVTCHNOP_SEND: u8 = 4;
/// Grant table family message type: 0x100 + Xen's `__HYPERVISOR_grant_table_op` (20).
pub const GNTTAB: u16 = 0x100 + 20;
/// `GNTTABOP_map_grant_ref`.
pub const GNTTABOP_MAP: u8 = 0;
/// Entries in the batch benchmark.
pub const BATCH: u32 = 64;

/// One grant-map entry: (dom, ref, flags, gpa).
pub fn entry(i: u32) -> (u16, u32, u32, u64) {
    (
        1,
        8 + i,
        0x1 | (i & 0x4),
        0x1_0000_0000 + u64::from(i) * 4096,
    )
}

/// Open a request of family message type `ty`, op `cmd` (family version 1).
fn begin<S: Sink>(
    b: &mut Builder<S>,
    ty: u16,
    seq: u32,
    cmd: u8,
) -> hvlink_codec::Result<MessageStart> {
    let m = b.begin_message(header::Repr {
        message_type: MessageType(ty),
        flags: Flags::REQUEST,
        seq,
        port: 1,
    })?;
    b.genl(genl::Repr { cmd, version: 1 })?;
    Ok(m)
}

/// (a) `event_channel.send { port }`.
pub fn evtchn_send<S: Sink>(b: &mut Builder<S>, port: u32) -> hvlink_codec::Result<usize> {
    let m = begin(b, EVTCHN, 1, EVTCHNOP_SEND)?;
    b.put_u32(1, port)?;
    b.end_message(m)
}

/// (b) `grant_table.map_grant_ref { entry { dom, ref, flags, gpa } × n }`.
pub fn grant_map<S: Sink>(b: &mut Builder<S>, n: u32) -> hvlink_codec::Result<usize> {
    let m = begin(b, GNTTAB, 2, GNTTABOP_MAP)?;
    for i in 0..n {
        let (dom, gref, flags, gpa) = entry(i);
        let e = b.begin_nest(1)?;
        b.put_u16(1, dom)?;
        b.put_u32(2, gref)?;
        b.put_u32(3, flags)?;
        b.put_u64(4, gpa)?;
        b.end_nest(e)?;
    }
    b.end_message(m)
}
