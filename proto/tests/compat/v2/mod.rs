// Do not edit: generated from proto/gen/tests/compat/v2/*.yaml by hvlink-proto-gen; regenerate with `cargo run -p hvlink-proto-gen`.
//! The generated families, their introspection table and the dispatch lookups.

pub mod demo;

use hvlink_proto::rt;

/// Every family, by id (what `control.get_family` lists).
pub static FAMILIES: &[&rt::FamilyDesc] = &[&demo::FAMILY];

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
