// Do not edit: generated from proto/spec/*.yaml by hvlink-proto-gen; regenerate with `cargo run -p hvlink-proto-gen`.
//! The generated families, their introspection table and the dispatch lookups.

pub mod control;
pub mod domctl;
pub mod event_channel;
pub mod grant_table;
pub mod hvm;
pub mod memory;
pub mod sched;
pub mod sysctl;
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
    &sysctl::FAMILY,
    &domctl::FAMILY,
    &control::FAMILY,
];

/// Every definition (enum and flag set) of the spec, by family id then spec order: what a
/// generic encoder or decoder needs to turn entry names into values and back.
pub static DEFINITIONS: &[rt::DefDesc] = &[
    rt::DefDesc {
        name: "e820-type",
        kind: rt::DefKind::Enum,
        open: true,
        entries: memory::E820Type::ENTRIES,
    },
    rt::DefDesc {
        name: "extent-status",
        kind: rt::DefKind::Enum,
        open: false,
        entries: memory::ExtentStatus::ENTRIES,
    },
    rt::DefDesc {
        name: "extent-mode",
        kind: rt::DefKind::Enum,
        open: false,
        entries: memory::ExtentMode::ENTRIES,
    },
    rt::DefDesc {
        name: "mapspace",
        kind: rt::DefKind::Enum,
        open: false,
        entries: memory::Mapspace::ENTRIES,
    },
    rt::DefDesc {
        name: "xen-features",
        kind: rt::DefKind::Flags,
        open: true,
        entries: version::XenFeatures::ENTRIES,
    },
    rt::DefDesc {
        name: "gntmap-flags",
        kind: rt::DefKind::Flags,
        open: false,
        entries: grant_table::GntmapFlags::ENTRIES,
    },
    rt::DefDesc {
        name: "gntst",
        kind: rt::DefKind::Enum,
        open: false,
        entries: grant_table::Gntst::ENTRIES,
    },
    rt::DefDesc {
        name: "gntcopy-flags",
        kind: rt::DefKind::Flags,
        open: false,
        entries: grant_table::GntcopyFlags::ENTRIES,
    },
    rt::DefDesc {
        name: "map-mode",
        kind: rt::DefKind::Enum,
        open: false,
        entries: grant_table::MapMode::ENTRIES,
    },
    rt::DefDesc {
        name: "batch-mode",
        kind: rt::DefKind::Enum,
        open: false,
        entries: grant_table::BatchMode::ENTRIES,
    },
    rt::DefDesc {
        name: "runstate",
        kind: rt::DefKind::Enum,
        open: false,
        entries: vcpu::Runstate::ENTRIES,
    },
    rt::DefDesc {
        name: "singleshot-flags",
        kind: rt::DefKind::Flags,
        open: false,
        entries: vcpu::SingleshotFlags::ENTRIES,
    },
    rt::DefDesc {
        name: "shutdown-reason",
        kind: rt::DefKind::Enum,
        open: false,
        entries: sched::ShutdownReason::ENTRIES,
    },
    rt::DefDesc {
        name: "evtchn-status",
        kind: rt::DefKind::Enum,
        open: false,
        entries: event_channel::EvtchnStatus::ENTRIES,
    },
    rt::DefDesc {
        name: "virq",
        kind: rt::DefKind::Enum,
        open: false,
        entries: event_channel::Virq::ENTRIES,
    },
    rt::DefDesc {
        name: "bind-pirq-flags",
        kind: rt::DefKind::Flags,
        open: false,
        entries: event_channel::BindPirqFlags::ENTRIES,
    },
    rt::DefDesc {
        name: "hvm-param",
        kind: rt::DefKind::Enum,
        open: true,
        entries: hvm::HvmParam::ENTRIES,
    },
    rt::DefDesc {
        name: "hvmmem-type",
        kind: rt::DefKind::Enum,
        open: false,
        entries: hvm::HvmmemType::ENTRIES,
    },
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
        name: "privilege",
        kind: rt::DefKind::Enum,
        open: false,
        entries: control::Privilege::ENTRIES,
    },
    rt::DefDesc {
        name: "op-flags",
        kind: rt::DefKind::Flags,
        open: false,
        entries: control::OpFlags::ENTRIES,
    },
    rt::DefDesc {
        name: "attr-type",
        kind: rt::DefKind::Enum,
        open: false,
        entries: control::AttrType::ENTRIES,
    },
    rt::DefDesc {
        name: "direction",
        kind: rt::DefKind::Enum,
        open: false,
        entries: control::Direction::ENTRIES,
    },
    rt::DefDesc {
        name: "protocol-features",
        kind: rt::DefKind::Flags,
        open: true,
        entries: control::ProtocolFeatures::ENTRIES,
    },
    rt::DefDesc {
        name: "queue-kind",
        kind: rt::DefKind::Enum,
        open: false,
        entries: control::QueueKind::ENTRIES,
    },
    rt::DefDesc {
        name: "queue-features",
        kind: rt::DefKind::Flags,
        open: true,
        entries: control::QueueFeatures::ENTRIES,
    },
    rt::DefDesc {
        name: "cancel-result",
        kind: rt::DefKind::Enum,
        open: false,
        entries: control::CancelResult::ENTRIES,
    },
    rt::DefDesc {
        name: "errno",
        kind: rt::DefKind::Enum,
        open: true,
        entries: control::Errno::ENTRIES,
    },
    rt::DefDesc {
        name: "special-domid",
        kind: rt::DefKind::Enum,
        open: true,
        entries: control::SpecialDomid::ENTRIES,
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
pub trait Backends:
    memory::Backend
    + version::Backend
    + grant_table::Backend
    + vcpu::Backend
    + sched::Backend
    + event_channel::Backend
    + hvm::Backend
    + sysctl::Backend
    + domctl::Backend
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
            + sysctl::Backend
            + domctl::Backend
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
    window: rt::Window<'_>,
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
        sysctl::ID => sysctl::serve(backend, ctx, op.id, attrs, window, reply),
        domctl::ID => domctl::serve(backend, ctx, op.id, attrs, window, reply),
        _ => Err(rt::ServeError::Errno(hvlink_proto::Errno::ENOSYS)),
    }
}

/// Validate a ring request of `op` with its family's generated `validate` (see there).
pub fn validate(
    op: &rt::OpDesc,
    attrs: hvlink_proto::codec::Attrs<'_>,
) -> ::core::result::Result<(), hvlink_proto::codec::Error> {
    match op.family_id {
        memory::ID => memory::validate(op.id, attrs),
        version::ID => version::validate(op.id, attrs),
        grant_table::ID => grant_table::validate(op.id, attrs),
        vcpu::ID => vcpu::validate(op.id, attrs),
        sched::ID => sched::validate(op.id, attrs),
        event_channel::ID => event_channel::validate(op.id, attrs),
        hvm::ID => hvm::validate(op.id, attrs),
        sysctl::ID => sysctl::validate(op.id, attrs),
        domctl::ID => domctl::validate(op.id, attrs),
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
        memory::ID => memory::validate_keep(op.id, attrs, kept),
        version::ID => version::validate_keep(op.id, attrs, kept),
        grant_table::ID => grant_table::validate_keep(op.id, attrs, kept),
        vcpu::ID => vcpu::validate_keep(op.id, attrs, kept),
        sched::ID => sched::validate_keep(op.id, attrs, kept),
        event_channel::ID => event_channel::validate_keep(op.id, attrs, kept),
        hvm::ID => hvm::validate_keep(op.id, attrs, kept),
        sysctl::ID => sysctl::validate_keep(op.id, attrs, kept),
        domctl::ID => domctl::validate_keep(op.id, attrs, kept),
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
        memory::ID => memory::serve_regs(backend, ctx, regs),
        version::ID => version::serve_regs(backend, ctx, regs),
        grant_table::ID => grant_table::serve_regs(backend, ctx, regs),
        vcpu::ID => vcpu::serve_regs(backend, ctx, regs),
        sched::ID => sched::serve_regs(backend, ctx, regs),
        event_channel::ID => event_channel::serve_regs(backend, ctx, regs),
        hvm::ID => hvm::serve_regs(backend, ctx, regs),
        sysctl::ID => sysctl::serve_regs(backend, ctx, regs),
        domctl::ID => domctl::serve_regs(backend, ctx, regs),
        _ => Err(hvlink_proto::Errno::ENOSYS),
    }
}
