//! `hvlink do --regs`: the request's attributes in the registers of its FastABI form, one
//! register call, and the registers that come back read as the reply.

use hvlink_codec::Message;
use hvlink_host::dispatch::RegOutcome;
use hvlink_proto::rt::{OpDesc, Regs, FASTABI_BIT};
use serde_json::Value as Json;

use super::{entry_status, print_json, Args, Error};
use crate::embedded;
use crate::ynl::msg::status_name;
use crate::ynl::tree::{self, Value};
use crate::{CliError, Io};

/// The registers of a request (the attributes of the op's register form), from the request
/// message the encoder built.
pub(super) fn request_regs(op: &'static OpDesc, request: &[u8]) -> Result<Regs, Error> {
    let Some(map) = op.fastabi.as_ref() else {
        return Err(Error::NoRegisterForm(op));
    };
    let msg = Message::parse(request).map_err(Error::Request)?;
    let (_, attrs) = msg.genl().map_err(Error::Request)?;
    let fields = tree::walk(attrs, Some(op.request));
    let mut r = Regs {
        rax: u64::from(op.family_id) | FASTABI_BIT,
        rdi: u64::from(op.id),
        ..Regs::default()
    };
    let mut set = |reg, v: u64| match reg {
        hvlink_proto::rt::Reg::Rsi => r.rsi = v,
        hvlink_proto::rt::Reg::R8 => r.r8 = v,
        hvlink_proto::rt::Reg::R9 => r.r9 = v,
        hvlink_proto::rt::Reg::R10 => r.r10 = v,
        hvlink_proto::rt::Reg::R11 => r.r11 = v,
        hvlink_proto::rt::Reg::R12 => r.r12 = v,
    };
    // Defaults first, then the attributes given.
    for (kind, reg) in map.inputs {
        if let Some((d, _)) = op.request.attr(*kind) {
            set(*reg, d.default.map_or(0, |v| v as u64));
        }
    }
    let mut seen: Vec<u16> = Vec::new();
    for f in &fields {
        let Some(d) = f.desc else { continue };
        let Some((_, reg)) = map.inputs.iter().find(|(k, _)| *k == d.kind) else {
            return Err(match (map.form, d.form) {
                (Some(want), Some(got)) if want != got => Error::WrongForm { attr: d, want },
                _ => Error::NoRegister(d),
            });
        };
        if seen.contains(&d.kind) {
            return Err(Error::SameRegister(d));
        }
        seen.push(d.kind);
        let v = match f.value {
            // Zero-extended for unsigned, sign-extended for signed: `as` from i128 does both.
            Value::Int { v, .. } => v as i64 as u64,
            Value::Flag => 1,
            _ => return Err(Error::NotScalar(d)),
        };
        set(*reg, v);
    }
    Ok(r)
}

/// `hvlink do --regs` on the embedded host: one FastABI register call.
pub(super) fn run(
    args: &Args,
    op: &'static OpDesc,
    request: &[u8],
    host: &mut embedded::EmbeddedHost,
    io: &mut Io<'_>,
) -> Result<(), CliError> {
    let mut regs = request_regs(op, request)?;
    tracing::debug!(?regs, "register call");
    if args.hex {
        let _ = writeln!(io.err, "regs in:  {regs:x?}");
    }
    match host.register_call(args.domain, &mut regs) {
        RegOutcome::Done => {}
        RegOutcome::Blocked => return Err(Error::Blocked(op).into()),
    }
    print(args, op, regs, io)
}

/// Print the registers a register call came back with: the reply as JSON, or the error.
pub(super) fn print(
    args: &Args,
    op: &'static OpDesc,
    regs: Regs,
    io: &mut Io<'_>,
) -> Result<(), CliError> {
    if args.hex {
        let _ = writeln!(io.err, "regs out: {regs:x?}");
    }
    if let Err(e) = regs.status() {
        let status = -e.0;
        let _ = writeln!(
            io.err,
            "hvlink: {}.{} failed: {} ({status}) in rax (a register call has no extended ack)",
            op.family,
            op.name,
            status_name(status)
        );
        return Err(CliError::Reported);
    }
    let outputs = op.fastabi.as_ref().map_or(&[][..], |m| m.outputs);
    let fields = tree::from_regs(op.reply, outputs, &regs);
    print_json(io, &Json::Object(tree::to_json(&fields)), args.compact)?;
    Ok(entry_status(op, &fields)?)
}
