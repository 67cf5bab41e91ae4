// Do not edit: generated from proto/spec/*.yaml by hvlink-proto-gen; regenerate with `cargo run -p hvlink-proto-gen`.
//! The generated families, their introspection table and the dispatch lookups.

pub mod control;
pub mod event_channel;
pub mod grant_table;
pub mod hvm;
pub mod memory;
pub mod sched;
pub mod vcpu;
pub mod version;

use hvlink_proto::rt;

/// Every family, by id (what `control.get_family` lists).
pub static FAMILIES: &[&rt::FamilyDesc] = &[
    &memory::FAMILY,
    &version::FAMILY,
    &grant_table::FAMILY,
    &vcpu::FAMILY,
    &sched::FAMILY,
    &event_channel::FAMILY,
    &hvm::FAMILY,
    &control::FAMILY,
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
pub trait Backends:
    memory::Backend
    + version::Backend
    + grant_table::Backend
    + vcpu::Backend
    + sched::Backend
    + event_channel::Backend
    + hvm::Backend
{
}
impl<
        T: memory::Backend
            + version::Backend
            + grant_table::Backend
            + vcpu::Backend
            + sched::Backend
            + event_channel::Backend
            + hvm::Backend
            + ?Sized,
    > Backends for T
{
}

/// Serve a ring request of `op` with its family's generated `serve` (`ENOSYS` for a family
/// no backend serves).
pub fn serve<B: Backends + ?Sized, S: hvlink_proto::codec::Sink>(
    backend: &mut B,
    ctx: &rt::Ctx,
    op: &rt::OpDesc,
    attrs: hvlink_proto::codec::Attrs<'_>,
    window: rt::Window,
    reply: &mut hvlink_proto::codec::Builder<S>,
) -> ::core::result::Result<rt::Served, rt::ServeError> {
    match op.family_id {
        memory::ID => memory::serve(backend, ctx, op.id, attrs, window, reply),
        version::ID => version::serve(backend, ctx, op.id, attrs, window, reply),
        grant_table::ID => grant_table::serve(backend, ctx, op.id, attrs, window, reply),
        vcpu::ID => vcpu::serve(backend, ctx, op.id, attrs, window, reply),
        sched::ID => sched::serve(backend, ctx, op.id, attrs, window, reply),
        event_channel::ID => event_channel::serve(backend, ctx, op.id, attrs, window, reply),
        hvm::ID => hvm::serve(backend, ctx, op.id, attrs, window, reply),
        _ => Err(rt::ServeError::Errno(hvlink_proto::Errno::ENOSYS)),
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
        memory::ID => memory::serve_regs(backend, ctx, regs),
        version::ID => version::serve_regs(backend, ctx, regs),
        grant_table::ID => grant_table::serve_regs(backend, ctx, regs),
        vcpu::ID => vcpu::serve_regs(backend, ctx, regs),
        sched::ID => sched::serve_regs(backend, ctx, regs),
        event_channel::ID => event_channel::serve_regs(backend, ctx, regs),
        hvm::ID => hvm::serve_regs(backend, ctx, regs),
        _ => Err(hvlink_proto::Errno::ENOSYS),
    }
}
