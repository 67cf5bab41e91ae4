//! Ops.

#[allow(unused_imports)]
use super::*;

/// Who is calling, as the host knows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Ctx {
    /// The calling domain.
    pub domain: u16,
    /// How the call arrived.
    pub via: Via,
    /// The request's seq on a ring (0 for a register call).
    pub seq: u32,
}

/// How a call arrived; decides which privilege classes it may use.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Via {
    /// A kernel queue.
    Kernel,
    /// A userspace queue.
    Userspace,
    /// A FastABI register call (counts as the kernel).
    Register,
}

/// An op: its descriptor and its request and reply types (generated per op as a unit struct).
pub trait Op {
    /// The op's descriptor.
    const DESC: &'static OpDesc;
    /// The request.
    type Request<'a>: AttrSet<'a>;
    /// The reply.
    type Reply<'a>: AttrSet<'a>;

    /// Write a whole request message (header, family header, attributes) with `seq`/`port`;
    /// returns its length.
    fn write_request<S: Sink>(
        b: &mut Builder<S>,
        seq: u32,
        port: u32,
        req: &Self::Request<'_>,
    ) -> Result<usize> {
        write_message(b, Self::DESC, Flags::REQUEST, seq, port, req)
    }

    /// Write a whole reply message.
    fn write_reply<S: Sink>(
        b: &mut Builder<S>,
        seq: u32,
        port: u32,
        rep: &Self::Reply<'_>,
    ) -> Result<usize> {
        write_message(b, Self::DESC, Flags(0), seq, port, rep)
    }
}

/// Write a whole message of `op`'s family: header, family header (cmd = op id, version = the
/// family version), the attributes of `set`. On error nothing of the message stays.
pub fn write_message<'a, T: AttrSet<'a>, S: Sink>(
    b: &mut Builder<S>,
    op: &OpDesc,
    flags: Flags,
    seq: u32,
    port: u32,
    set: &T,
) -> Result<usize> {
    let m = b.begin_message(header::Repr {
        message_type: MessageType(op.msg_type),
        flags,
        seq,
        port,
    })?;
    let body = b
        .genl(genl::Repr {
            cmd: op.id,
            version: op.family_version,
        })
        .and_then(|()| set.encode(b));
    match body {
        Ok(()) => b.end_message(m),
        Err(e) => {
            b.cancel_message(m);
            Err(e)
        }
    }
}

/// The register path of an op with a FastABI mapping (generated per op).
pub trait FastAbi: Op {
    /// Write the mapped request attributes to their registers (rax/rdi untouched). Fails
    /// with `EINVAL` when the request is not in the form the mapping carries.
    fn request_to_regs(req: &Self::Request<'_>, r: &mut Regs) -> core::result::Result<(), Errno>;
    /// Build the request from registers: mapped attributes present with the register's value
    /// (width, range, flags and closed enums checked), the others absent (defaults filled);
    /// forms and `when` as on a ring.
    fn request_from_regs(r: &Regs) -> core::result::Result<Self::Request<'static>, Errno>;
    /// Write the mapped reply attributes (0 for an absent one); other registers untouched.
    fn reply_to_regs(rep: &Self::Reply<'_>, r: &mut Regs) -> core::result::Result<(), Errno>;
    /// Read the reply from the registers a host wrote (rax is not looked at).
    fn reply_from_regs(r: &Regs) -> core::result::Result<Self::Reply<'static>, Errno>;

    /// The registers of a call: rax = family | FastABI bit, rdi = op, then the request.
    fn to_regs(req: &Self::Request<'_>) -> core::result::Result<Regs, Errno> {
        let mut r = Regs {
            rax: Self::DESC.family_id as u64 | FASTABI_BIT,
            rdi: Self::DESC.id as u64,
            ..Regs::default()
        };
        Self::request_to_regs(req, &mut r)?;
        Ok(r)
    }

    /// The host's side of a successful call: rax = 0 and the mapped reply registers.
    fn write_regs(rep: &Self::Reply<'_>, r: &mut Regs) -> core::result::Result<(), Errno> {
        Self::reply_to_regs(rep, r)?;
        r.rax = 0;
        Ok(())
    }
}
