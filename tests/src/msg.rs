//! Messages as the tests write and read them: requests of generated ops, hand-built messages
//! (for what the generated encoders would never write), and the replies and errors read back.

use hvlink_codec::{genl, header, Builder, Flags, Message, MessageType, SliceSink};
use hvlink_proto::rt::{AttrSet, Op};

/// A whole request message of op `O`.
pub fn request<O: Op>(seq: u32, req: &O::Request<'_>) -> Vec<u8> {
    let mut buf = vec![0u8; 65536];
    let mut b = Builder::new(SliceSink::new(&mut buf));
    let n = O::write_request(&mut b, seq, 0, req).unwrap();
    buf.truncate(n);
    buf
}

/// A message of type `ty` with `flags` and `seq` (port 0), family header `genl`, and the
/// attributes `attrs` writes.
pub fn message(
    ty: u16,
    flags: Flags,
    seq: u32,
    genl: genl::Repr,
    attrs: impl FnOnce(&mut Builder<SliceSink<'_>>) -> hvlink_codec::Result<()>,
) -> Vec<u8> {
    let mut buf = vec![0u8; 65536];
    let mut b = Builder::new(SliceSink::new(&mut buf));
    let m = b
        .begin_message(header::Repr {
            message_type: MessageType(ty),
            flags,
            seq,
            port: 0,
        })
        .unwrap();
    b.genl(genl).unwrap();
    attrs(&mut b).unwrap();
    let n = b.end_message(m).unwrap();
    buf.truncate(n);
    buf
}

/// `m` with `flags` set in its header besides its own.
pub fn with_flags(mut m: Vec<u8>, flags: Flags) -> Vec<u8> {
    let mut p = header::Packet::new_checked(&mut m[..]).unwrap();
    let own = p.flags();
    p.set_flags(own | flags);
    m
}

/// A part of a multi-part reply (more follow), as opposed to its last message.
pub fn is_multi(m: &[u8]) -> bool {
    Message::parse(m)
        .unwrap()
        .header()
        .flags
        .contains(Flags::MULTI)
}

/// Decode a family reply as `O`'s reply; panics on ERROR.
pub fn reply<'a, O: Op>(m: &'a [u8]) -> O::Reply<'a> {
    let msg = Message::parse(m).unwrap();
    assert_ne!(
        msg.message_type(),
        MessageType::ERROR,
        "expected a reply, got error {:?}",
        msg.error().map(|e| (e.status, e.ext.msg))
    );
    let (_, attrs) = msg.genl().unwrap();
    O::Reply::decode(attrs).unwrap()
}

/// The status of an ERROR message (0 = ACK), with its extack message and offset.
pub fn error_of(m: &[u8]) -> Option<(i32, Option<String>, Option<u32>)> {
    let msg = Message::parse(m).unwrap();
    if msg.message_type() != MessageType::ERROR {
        return None;
    }
    let e = msg.error().unwrap();
    Some((e.status, e.ext.msg.map(|s| s.to_string()), e.ext.offset))
}

/// The sequence number of a message.
pub fn seq_of(m: &[u8]) -> u32 {
    Message::parse(m).unwrap().header().seq
}
