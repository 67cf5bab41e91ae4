// Do not edit: generated from proto/compat/spec/v1/*.yaml by hvlink-proto-gen; regenerate with `cargo run -p hvlink-proto-gen`.
//! The generated families, their introspection table and the dispatch lookups.

pub mod demo;
pub mod domctl;
pub mod sysctl;

use hvlink_proto::rt;

/// Every family, by id (what `control.get_family` lists).
pub static FAMILIES: &[&rt::FamilyDesc] = &[&sysctl::FAMILY, &domctl::FAMILY, &demo::FAMILY];

/// Every definition (enum and flag set) of the spec, by family id then spec order: what a
/// generic encoder or decoder needs to turn entry names into values and back.
pub static DEFINITIONS: &[rt::DefDesc] = &[
    rt::DefDesc {
        name: "physcap",
        kind: rt::DefKind::Flags,
        open: false,
        entries: sysctl::Physcap::ENTRIES,
    },
    rt::DefDesc {
        name: "dominf-flags",
        kind: rt::DefKind::Flags,
        open: false,
        entries: sysctl::DominfFlags::ENTRIES,
    },
    rt::DefDesc {
        name: "cdf",
        kind: rt::DefKind::Flags,
        open: false,
        entries: domctl::Cdf::ENTRIES,
    },
    rt::DefDesc {
        name: "dominf",
        kind: rt::DefKind::Flags,
        open: false,
        entries: domctl::Dominf::ENTRIES,
    },
    rt::DefDesc {
        name: "color",
        kind: rt::DefKind::Enum,
        open: false,
        entries: demo::Color::ENTRIES,
    },
];

/// The op a ring message names (`ENOSYS`: not supported; `EOPNOTSUPP`: register only).
pub fn lookup_msg(
    msg_type: u16,
    cmd: u8,
) -> ::core::result::Result<&'static rt::OpDesc, hvlink_proto::Errno> {
    rt::lookup_msg(FAMILIES, msg_type, cmd)
}

/// The op a register call names (`ENOSYS`: not supported, or ring only).
pub fn lookup_regs(
    rax: u64,
    rdi: u64,
) -> ::core::result::Result<&'static rt::OpDesc, hvlink_proto::Errno> {
    rt::lookup_regs(FAMILIES, rax, rdi)
}

/// Every family a hypervisor backend serves: implement each family's `Backend` and this
/// holds (families the host engine serves itself are not in it).
pub trait Backends: sysctl::Backend + domctl::Backend + demo::Backend {}
impl<T: sysctl::Backend + domctl::Backend + demo::Backend + ?Sized> Backends for T {}

/// Serve a ring request of `op` with its family's generated `serve` (`ENOSYS` for a family
/// no backend serves).
pub fn serve<B: Backends + ?Sized, S: hvlink_proto::codec::Sink>(
    backend: &mut B,
    ctx: &rt::Ctx,
    op: &rt::OpDesc,
    attrs: hvlink_proto::codec::Attrs<'_>,
    window: rt::Window<'_>,
    reply: &mut hvlink_proto::codec::Builder<S>,
) -> ::core::result::Result<rt::Served, rt::ServeError> {
    match op.family_id {
        sysctl::ID => sysctl::serve(backend, ctx, op.id, attrs, window, reply),
        domctl::ID => domctl::serve(backend, ctx, op.id, attrs, window, reply),
        demo::ID => demo::serve(backend, ctx, op.id, attrs, window, reply),
        _ => Err(rt::ServeError::Errno(hvlink_proto::Errno::ENOSYS)),
    }
}

/// Validate a ring request of `op` with its family's generated `validate` (see there).
pub fn validate(
    op: &rt::OpDesc,
    attrs: hvlink_proto::codec::Attrs<'_>,
) -> ::core::result::Result<(), hvlink_proto::codec::Error> {
    match op.family_id {
        sysctl::ID => sysctl::validate(op.id, attrs),
        domctl::ID => domctl::validate(op.id, attrs),
        demo::ID => demo::validate(op.id, attrs),
        _ => Ok(()),
    }
}

/// [`validate`], keeping a batch request's entries as they are decoded (its family's
/// generated `validate_keep`, see there).
pub fn validate_keep(
    op: &rt::OpDesc,
    attrs: hvlink_proto::codec::Attrs<'_>,
    kept: &mut rt::Kept,
) -> ::core::result::Result<(), hvlink_proto::codec::Error> {
    match op.family_id {
        sysctl::ID => sysctl::validate_keep(op.id, attrs, kept),
        domctl::ID => domctl::validate_keep(op.id, attrs, kept),
        demo::ID => demo::validate_keep(op.id, attrs, kept),
        _ => {
            kept.clear();
            Ok(())
        }
    }
}

/// Serve a register call of `op` with its family's generated `serve_regs`.
pub fn serve_regs<B: Backends + ?Sized>(
    backend: &mut B,
    ctx: &rt::Ctx,
    op: &rt::OpDesc,
    regs: &mut rt::Regs,
) -> ::core::result::Result<(), hvlink_proto::Errno> {
    match op.family_id {
        sysctl::ID => sysctl::serve_regs(backend, ctx, regs),
        domctl::ID => domctl::serve_regs(backend, ctx, regs),
        demo::ID => demo::serve_regs(backend, ctx, regs),
        _ => Err(hvlink_proto::Errno::ENOSYS),
    }
}
