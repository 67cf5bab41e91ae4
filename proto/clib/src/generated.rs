// Do not edit: generated from proto/spec/*.yaml by hvlink-proto-gen; regenerate with `cargo run -p hvlink-proto-gen`.
//! Every op's reply: the Rust decoder and the C parser (through the shim), side by side.

use crate::{ffi, rust_reply, CFn, RustFn};
use hvlink_proto::rt::SetDesc;

/// One op's reply parsers.
pub struct ReplyCase {
    /// `family.op`.
    pub name: &'static str,
    /// The reply set (`None`: the op has no reply attributes).
    pub set: Option<&'static SetDesc>,
    /// The family's message type and the op's id.
    pub msg_type: u16,
    /// The op id.
    pub cmd: u8,
    /// Rust decode then encode.
    pub rust: RustFn,
    /// C parse then encode.
    pub c: CFn,
}

extern "C" {
    fn hvlink_cdiff_memory_current_reservation(
        buf: *const u8,
        n: usize,
        out: *mut u8,
        cap: usize,
        out_len: *mut usize,
        e: *mut ffi::CError,
    ) -> i32;
    fn hvlink_cdiff_memory_maximum_reservation(
        buf: *const u8,
        n: usize,
        out: *mut u8,
        cap: usize,
        out_len: *mut usize,
        e: *mut ffi::CError,
    ) -> i32;
    fn hvlink_cdiff_memory_memory_map(
        buf: *const u8,
        n: usize,
        out: *mut u8,
        cap: usize,
        out_len: *mut usize,
        e: *mut ffi::CError,
    ) -> i32;
    fn hvlink_cdiff_memory_maximum_gpfn(
        buf: *const u8,
        n: usize,
        out: *mut u8,
        cap: usize,
        out_len: *mut usize,
        e: *mut ffi::CError,
    ) -> i32;
    fn hvlink_cdiff_version_version(
        buf: *const u8,
        n: usize,
        out: *mut u8,
        cap: usize,
        out_len: *mut usize,
        e: *mut ffi::CError,
    ) -> i32;
    fn hvlink_cdiff_version_extraversion(
        buf: *const u8,
        n: usize,
        out: *mut u8,
        cap: usize,
        out_len: *mut usize,
        e: *mut ffi::CError,
    ) -> i32;
    fn hvlink_cdiff_version_capabilities(
        buf: *const u8,
        n: usize,
        out: *mut u8,
        cap: usize,
        out_len: *mut usize,
        e: *mut ffi::CError,
    ) -> i32;
    fn hvlink_cdiff_version_changeset(
        buf: *const u8,
        n: usize,
        out: *mut u8,
        cap: usize,
        out_len: *mut usize,
        e: *mut ffi::CError,
    ) -> i32;
    fn hvlink_cdiff_version_get_features(
        buf: *const u8,
        n: usize,
        out: *mut u8,
        cap: usize,
        out_len: *mut usize,
        e: *mut ffi::CError,
    ) -> i32;
    fn hvlink_cdiff_version_pagesize(
        buf: *const u8,
        n: usize,
        out: *mut u8,
        cap: usize,
        out_len: *mut usize,
        e: *mut ffi::CError,
    ) -> i32;
    fn hvlink_cdiff_version_guest_handle(
        buf: *const u8,
        n: usize,
        out: *mut u8,
        cap: usize,
        out_len: *mut usize,
        e: *mut ffi::CError,
    ) -> i32;
    fn hvlink_cdiff_version_build_id(
        buf: *const u8,
        n: usize,
        out: *mut u8,
        cap: usize,
        out_len: *mut usize,
        e: *mut ffi::CError,
    ) -> i32;
    fn hvlink_cdiff_grant_table_map_grant_ref(
        buf: *const u8,
        n: usize,
        out: *mut u8,
        cap: usize,
        out_len: *mut usize,
        e: *mut ffi::CError,
    ) -> i32;
    fn hvlink_cdiff_grant_table_unmap_grant_ref(
        buf: *const u8,
        n: usize,
        out: *mut u8,
        cap: usize,
        out_len: *mut usize,
        e: *mut ffi::CError,
    ) -> i32;
    fn hvlink_cdiff_grant_table_setup_table(
        buf: *const u8,
        n: usize,
        out: *mut u8,
        cap: usize,
        out_len: *mut usize,
        e: *mut ffi::CError,
    ) -> i32;
    fn hvlink_cdiff_grant_table_copy(
        buf: *const u8,
        n: usize,
        out: *mut u8,
        cap: usize,
        out_len: *mut usize,
        e: *mut ffi::CError,
    ) -> i32;
    fn hvlink_cdiff_grant_table_query_size(
        buf: *const u8,
        n: usize,
        out: *mut u8,
        cap: usize,
        out_len: *mut usize,
        e: *mut ffi::CError,
    ) -> i32;
    fn hvlink_cdiff_grant_table_unmap_and_replace(
        buf: *const u8,
        n: usize,
        out: *mut u8,
        cap: usize,
        out_len: *mut usize,
        e: *mut ffi::CError,
    ) -> i32;
    fn hvlink_cdiff_grant_table_set_version(
        buf: *const u8,
        n: usize,
        out: *mut u8,
        cap: usize,
        out_len: *mut usize,
        e: *mut ffi::CError,
    ) -> i32;
    fn hvlink_cdiff_grant_table_get_status_frames(
        buf: *const u8,
        n: usize,
        out: *mut u8,
        cap: usize,
        out_len: *mut usize,
        e: *mut ffi::CError,
    ) -> i32;
    fn hvlink_cdiff_grant_table_get_version(
        buf: *const u8,
        n: usize,
        out: *mut u8,
        cap: usize,
        out_len: *mut usize,
        e: *mut ffi::CError,
    ) -> i32;
    fn hvlink_cdiff_grant_table_swap_grant_ref(
        buf: *const u8,
        n: usize,
        out: *mut u8,
        cap: usize,
        out_len: *mut usize,
        e: *mut ffi::CError,
    ) -> i32;
    fn hvlink_cdiff_vcpu_initialise(
        buf: *const u8,
        n: usize,
        out: *mut u8,
        cap: usize,
        out_len: *mut usize,
        e: *mut ffi::CError,
    ) -> i32;
    fn hvlink_cdiff_vcpu_up(
        buf: *const u8,
        n: usize,
        out: *mut u8,
        cap: usize,
        out_len: *mut usize,
        e: *mut ffi::CError,
    ) -> i32;
    fn hvlink_cdiff_vcpu_down(
        buf: *const u8,
        n: usize,
        out: *mut u8,
        cap: usize,
        out_len: *mut usize,
        e: *mut ffi::CError,
    ) -> i32;
    fn hvlink_cdiff_vcpu_is_up(
        buf: *const u8,
        n: usize,
        out: *mut u8,
        cap: usize,
        out_len: *mut usize,
        e: *mut ffi::CError,
    ) -> i32;
    fn hvlink_cdiff_vcpu_get_runstate_info(
        buf: *const u8,
        n: usize,
        out: *mut u8,
        cap: usize,
        out_len: *mut usize,
        e: *mut ffi::CError,
    ) -> i32;
    fn hvlink_cdiff_vcpu_set_periodic_timer(
        buf: *const u8,
        n: usize,
        out: *mut u8,
        cap: usize,
        out_len: *mut usize,
        e: *mut ffi::CError,
    ) -> i32;
    fn hvlink_cdiff_vcpu_stop_periodic_timer(
        buf: *const u8,
        n: usize,
        out: *mut u8,
        cap: usize,
        out_len: *mut usize,
        e: *mut ffi::CError,
    ) -> i32;
    fn hvlink_cdiff_vcpu_set_singleshot_timer(
        buf: *const u8,
        n: usize,
        out: *mut u8,
        cap: usize,
        out_len: *mut usize,
        e: *mut ffi::CError,
    ) -> i32;
    fn hvlink_cdiff_vcpu_stop_singleshot_timer(
        buf: *const u8,
        n: usize,
        out: *mut u8,
        cap: usize,
        out_len: *mut usize,
        e: *mut ffi::CError,
    ) -> i32;
    fn hvlink_cdiff_vcpu_register_vcpu_info(
        buf: *const u8,
        n: usize,
        out: *mut u8,
        cap: usize,
        out_len: *mut usize,
        e: *mut ffi::CError,
    ) -> i32;
    fn hvlink_cdiff_vcpu_send_nmi(
        buf: *const u8,
        n: usize,
        out: *mut u8,
        cap: usize,
        out_len: *mut usize,
        e: *mut ffi::CError,
    ) -> i32;
    fn hvlink_cdiff_vcpu_get_physid(
        buf: *const u8,
        n: usize,
        out: *mut u8,
        cap: usize,
        out_len: *mut usize,
        e: *mut ffi::CError,
    ) -> i32;
    fn hvlink_cdiff_vcpu_register_runstate_phys_area(
        buf: *const u8,
        n: usize,
        out: *mut u8,
        cap: usize,
        out_len: *mut usize,
        e: *mut ffi::CError,
    ) -> i32;
    fn hvlink_cdiff_vcpu_register_vcpu_time_phys_area(
        buf: *const u8,
        n: usize,
        out: *mut u8,
        cap: usize,
        out_len: *mut usize,
        e: *mut ffi::CError,
    ) -> i32;
    fn hvlink_cdiff_sched_yield(
        buf: *const u8,
        n: usize,
        out: *mut u8,
        cap: usize,
        out_len: *mut usize,
        e: *mut ffi::CError,
    ) -> i32;
    fn hvlink_cdiff_sched_block(
        buf: *const u8,
        n: usize,
        out: *mut u8,
        cap: usize,
        out_len: *mut usize,
        e: *mut ffi::CError,
    ) -> i32;
    fn hvlink_cdiff_sched_shutdown(
        buf: *const u8,
        n: usize,
        out: *mut u8,
        cap: usize,
        out_len: *mut usize,
        e: *mut ffi::CError,
    ) -> i32;
    fn hvlink_cdiff_sched_poll(
        buf: *const u8,
        n: usize,
        out: *mut u8,
        cap: usize,
        out_len: *mut usize,
        e: *mut ffi::CError,
    ) -> i32;
    fn hvlink_cdiff_sched_remote_shutdown(
        buf: *const u8,
        n: usize,
        out: *mut u8,
        cap: usize,
        out_len: *mut usize,
        e: *mut ffi::CError,
    ) -> i32;
    fn hvlink_cdiff_sched_shutdown_code(
        buf: *const u8,
        n: usize,
        out: *mut u8,
        cap: usize,
        out_len: *mut usize,
        e: *mut ffi::CError,
    ) -> i32;
    fn hvlink_cdiff_sched_watchdog(
        buf: *const u8,
        n: usize,
        out: *mut u8,
        cap: usize,
        out_len: *mut usize,
        e: *mut ffi::CError,
    ) -> i32;
    fn hvlink_cdiff_sched_pin_override(
        buf: *const u8,
        n: usize,
        out: *mut u8,
        cap: usize,
        out_len: *mut usize,
        e: *mut ffi::CError,
    ) -> i32;
    fn hvlink_cdiff_event_channel_bind_interdomain(
        buf: *const u8,
        n: usize,
        out: *mut u8,
        cap: usize,
        out_len: *mut usize,
        e: *mut ffi::CError,
    ) -> i32;
    fn hvlink_cdiff_event_channel_bind_virq(
        buf: *const u8,
        n: usize,
        out: *mut u8,
        cap: usize,
        out_len: *mut usize,
        e: *mut ffi::CError,
    ) -> i32;
    fn hvlink_cdiff_event_channel_bind_pirq(
        buf: *const u8,
        n: usize,
        out: *mut u8,
        cap: usize,
        out_len: *mut usize,
        e: *mut ffi::CError,
    ) -> i32;
    fn hvlink_cdiff_event_channel_close(
        buf: *const u8,
        n: usize,
        out: *mut u8,
        cap: usize,
        out_len: *mut usize,
        e: *mut ffi::CError,
    ) -> i32;
    fn hvlink_cdiff_event_channel_send(
        buf: *const u8,
        n: usize,
        out: *mut u8,
        cap: usize,
        out_len: *mut usize,
        e: *mut ffi::CError,
    ) -> i32;
    fn hvlink_cdiff_event_channel_status(
        buf: *const u8,
        n: usize,
        out: *mut u8,
        cap: usize,
        out_len: *mut usize,
        e: *mut ffi::CError,
    ) -> i32;
    fn hvlink_cdiff_event_channel_alloc_unbound(
        buf: *const u8,
        n: usize,
        out: *mut u8,
        cap: usize,
        out_len: *mut usize,
        e: *mut ffi::CError,
    ) -> i32;
    fn hvlink_cdiff_event_channel_bind_ipi(
        buf: *const u8,
        n: usize,
        out: *mut u8,
        cap: usize,
        out_len: *mut usize,
        e: *mut ffi::CError,
    ) -> i32;
    fn hvlink_cdiff_event_channel_bind_vcpu(
        buf: *const u8,
        n: usize,
        out: *mut u8,
        cap: usize,
        out_len: *mut usize,
        e: *mut ffi::CError,
    ) -> i32;
    fn hvlink_cdiff_event_channel_unmask(
        buf: *const u8,
        n: usize,
        out: *mut u8,
        cap: usize,
        out_len: *mut usize,
        e: *mut ffi::CError,
    ) -> i32;
    fn hvlink_cdiff_event_channel_reset(
        buf: *const u8,
        n: usize,
        out: *mut u8,
        cap: usize,
        out_len: *mut usize,
        e: *mut ffi::CError,
    ) -> i32;
    fn hvlink_cdiff_event_channel_init_control(
        buf: *const u8,
        n: usize,
        out: *mut u8,
        cap: usize,
        out_len: *mut usize,
        e: *mut ffi::CError,
    ) -> i32;
    fn hvlink_cdiff_event_channel_expand_array(
        buf: *const u8,
        n: usize,
        out: *mut u8,
        cap: usize,
        out_len: *mut usize,
        e: *mut ffi::CError,
    ) -> i32;
    fn hvlink_cdiff_event_channel_set_priority(
        buf: *const u8,
        n: usize,
        out: *mut u8,
        cap: usize,
        out_len: *mut usize,
        e: *mut ffi::CError,
    ) -> i32;
    fn hvlink_cdiff_hvm_set_param(
        buf: *const u8,
        n: usize,
        out: *mut u8,
        cap: usize,
        out_len: *mut usize,
        e: *mut ffi::CError,
    ) -> i32;
    fn hvlink_cdiff_hvm_get_param(
        buf: *const u8,
        n: usize,
        out: *mut u8,
        cap: usize,
        out_len: *mut usize,
        e: *mut ffi::CError,
    ) -> i32;
    fn hvlink_cdiff_hvm_flush_tlbs(
        buf: *const u8,
        n: usize,
        out: *mut u8,
        cap: usize,
        out_len: *mut usize,
        e: *mut ffi::CError,
    ) -> i32;
    fn hvlink_cdiff_hvm_get_time(
        buf: *const u8,
        n: usize,
        out: *mut u8,
        cap: usize,
        out_len: *mut usize,
        e: *mut ffi::CError,
    ) -> i32;
    fn hvlink_cdiff_hvm_get_mem_type(
        buf: *const u8,
        n: usize,
        out: *mut u8,
        cap: usize,
        out_len: *mut usize,
        e: *mut ffi::CError,
    ) -> i32;
    fn hvlink_cdiff_hvm_set_evtchn_upcall_vector(
        buf: *const u8,
        n: usize,
        out: *mut u8,
        cap: usize,
        out_len: *mut usize,
        e: *mut ffi::CError,
    ) -> i32;
    fn hvlink_cdiff_control_ping(
        buf: *const u8,
        n: usize,
        out: *mut u8,
        cap: usize,
        out_len: *mut usize,
        e: *mut ffi::CError,
    ) -> i32;
    fn hvlink_cdiff_control_get_family(
        buf: *const u8,
        n: usize,
        out: *mut u8,
        cap: usize,
        out_len: *mut usize,
        e: *mut ffi::CError,
    ) -> i32;
    fn hvlink_cdiff_control_get_policy(
        buf: *const u8,
        n: usize,
        out: *mut u8,
        cap: usize,
        out_len: *mut usize,
        e: *mut ffi::CError,
    ) -> i32;
    fn hvlink_cdiff_control_negotiate(
        buf: *const u8,
        n: usize,
        out: *mut u8,
        cap: usize,
        out_len: *mut usize,
        e: *mut ffi::CError,
    ) -> i32;
    fn hvlink_cdiff_control_queue_setup(
        buf: *const u8,
        n: usize,
        out: *mut u8,
        cap: usize,
        out_len: *mut usize,
        e: *mut ffi::CError,
    ) -> i32;
    fn hvlink_cdiff_control_queue_teardown(
        buf: *const u8,
        n: usize,
        out: *mut u8,
        cap: usize,
        out_len: *mut usize,
        e: *mut ffi::CError,
    ) -> i32;
    fn hvlink_cdiff_control_cancel(
        buf: *const u8,
        n: usize,
        out: *mut u8,
        cap: usize,
        out_len: *mut usize,
        e: *mut ffi::CError,
    ) -> i32;
}

/// Every op of the spec.
pub static REPLIES: &[ReplyCase] = &[
    ReplyCase {
        name: "memory.current_reservation",
        set: Some(&hvlink_proto::memory::PAGES_REPLY_SET),
        msg_type: 0x10c,
        cmd: 3,
        rust: rust_reply::<hvlink_proto::memory::CurrentReservation>,
        c: hvlink_cdiff_memory_current_reservation,
    },
    ReplyCase {
        name: "memory.maximum_reservation",
        set: Some(&hvlink_proto::memory::PAGES_REPLY_SET),
        msg_type: 0x10c,
        cmd: 4,
        rust: rust_reply::<hvlink_proto::memory::MaximumReservation>,
        c: hvlink_cdiff_memory_maximum_reservation,
    },
    ReplyCase {
        name: "memory.memory_map",
        set: Some(&hvlink_proto::memory::MEMORY_MAP_REPLY_SET),
        msg_type: 0x10c,
        cmd: 9,
        rust: rust_reply::<hvlink_proto::memory::MemoryMap>,
        c: hvlink_cdiff_memory_memory_map,
    },
    ReplyCase {
        name: "memory.maximum_gpfn",
        set: Some(&hvlink_proto::memory::GPFN_REPLY_SET),
        msg_type: 0x10c,
        cmd: 14,
        rust: rust_reply::<hvlink_proto::memory::MaximumGpfn>,
        c: hvlink_cdiff_memory_maximum_gpfn,
    },
    ReplyCase {
        name: "version.version",
        set: Some(&hvlink_proto::version::VERSION_REPLY_SET),
        msg_type: 0x111,
        cmd: 0,
        rust: rust_reply::<hvlink_proto::version::Version>,
        c: hvlink_cdiff_version_version,
    },
    ReplyCase {
        name: "version.extraversion",
        set: Some(&hvlink_proto::version::EXTRAVERSION_REPLY_SET),
        msg_type: 0x111,
        cmd: 1,
        rust: rust_reply::<hvlink_proto::version::Extraversion>,
        c: hvlink_cdiff_version_extraversion,
    },
    ReplyCase {
        name: "version.capabilities",
        set: Some(&hvlink_proto::version::CAPABILITIES_REPLY_SET),
        msg_type: 0x111,
        cmd: 3,
        rust: rust_reply::<hvlink_proto::version::Capabilities>,
        c: hvlink_cdiff_version_capabilities,
    },
    ReplyCase {
        name: "version.changeset",
        set: Some(&hvlink_proto::version::CHANGESET_REPLY_SET),
        msg_type: 0x111,
        cmd: 4,
        rust: rust_reply::<hvlink_proto::version::Changeset>,
        c: hvlink_cdiff_version_changeset,
    },
    ReplyCase {
        name: "version.get_features",
        set: Some(&hvlink_proto::version::FEATURES_REPLY_SET),
        msg_type: 0x111,
        cmd: 6,
        rust: rust_reply::<hvlink_proto::version::GetFeatures>,
        c: hvlink_cdiff_version_get_features,
    },
    ReplyCase {
        name: "version.pagesize",
        set: Some(&hvlink_proto::version::PAGESIZE_REPLY_SET),
        msg_type: 0x111,
        cmd: 7,
        rust: rust_reply::<hvlink_proto::version::Pagesize>,
        c: hvlink_cdiff_version_pagesize,
    },
    ReplyCase {
        name: "version.guest_handle",
        set: Some(&hvlink_proto::version::GUEST_HANDLE_REPLY_SET),
        msg_type: 0x111,
        cmd: 8,
        rust: rust_reply::<hvlink_proto::version::GuestHandle>,
        c: hvlink_cdiff_version_guest_handle,
    },
    ReplyCase {
        name: "version.build_id",
        set: Some(&hvlink_proto::version::BUILD_ID_REPLY_SET),
        msg_type: 0x111,
        cmd: 10,
        rust: rust_reply::<hvlink_proto::version::BuildId>,
        c: hvlink_cdiff_version_build_id,
    },
    ReplyCase {
        name: "grant_table.map_grant_ref",
        set: Some(&hvlink_proto::grant_table::MAP_REPLY_SET),
        msg_type: 0x114,
        cmd: 0,
        rust: rust_reply::<hvlink_proto::grant_table::MapGrantRef>,
        c: hvlink_cdiff_grant_table_map_grant_ref,
    },
    ReplyCase {
        name: "grant_table.unmap_grant_ref",
        set: Some(&hvlink_proto::grant_table::UNMAP_REPLY_SET),
        msg_type: 0x114,
        cmd: 1,
        rust: rust_reply::<hvlink_proto::grant_table::UnmapGrantRef>,
        c: hvlink_cdiff_grant_table_unmap_grant_ref,
    },
    ReplyCase {
        name: "grant_table.setup_table",
        set: Some(&hvlink_proto::grant_table::FRAMES_REPLY_SET),
        msg_type: 0x114,
        cmd: 2,
        rust: rust_reply::<hvlink_proto::grant_table::SetupTable>,
        c: hvlink_cdiff_grant_table_setup_table,
    },
    ReplyCase {
        name: "grant_table.copy",
        set: Some(&hvlink_proto::grant_table::COPY_REPLY_SET),
        msg_type: 0x114,
        cmd: 5,
        rust: rust_reply::<hvlink_proto::grant_table::CopyOp>,
        c: hvlink_cdiff_grant_table_copy,
    },
    ReplyCase {
        name: "grant_table.query_size",
        set: Some(&hvlink_proto::grant_table::QUERY_SIZE_REPLY_SET),
        msg_type: 0x114,
        cmd: 6,
        rust: rust_reply::<hvlink_proto::grant_table::QuerySize>,
        c: hvlink_cdiff_grant_table_query_size,
    },
    ReplyCase {
        name: "grant_table.unmap_and_replace",
        set: Some(&hvlink_proto::grant_table::STATUS_REPLY_SET),
        msg_type: 0x114,
        cmd: 7,
        rust: rust_reply::<hvlink_proto::grant_table::UnmapAndReplace>,
        c: hvlink_cdiff_grant_table_unmap_and_replace,
    },
    ReplyCase {
        name: "grant_table.set_version",
        set: Some(&hvlink_proto::grant_table::VERSION_REPLY_SET),
        msg_type: 0x114,
        cmd: 8,
        rust: rust_reply::<hvlink_proto::grant_table::SetVersion>,
        c: hvlink_cdiff_grant_table_set_version,
    },
    ReplyCase {
        name: "grant_table.get_status_frames",
        set: Some(&hvlink_proto::grant_table::FRAMES_REPLY_SET),
        msg_type: 0x114,
        cmd: 9,
        rust: rust_reply::<hvlink_proto::grant_table::GetStatusFrames>,
        c: hvlink_cdiff_grant_table_get_status_frames,
    },
    ReplyCase {
        name: "grant_table.get_version",
        set: Some(&hvlink_proto::grant_table::VERSION_REPLY_SET),
        msg_type: 0x114,
        cmd: 10,
        rust: rust_reply::<hvlink_proto::grant_table::GetVersion>,
        c: hvlink_cdiff_grant_table_get_version,
    },
    ReplyCase {
        name: "grant_table.swap_grant_ref",
        set: Some(&hvlink_proto::grant_table::STATUS_REPLY_SET),
        msg_type: 0x114,
        cmd: 11,
        rust: rust_reply::<hvlink_proto::grant_table::SwapGrantRef>,
        c: hvlink_cdiff_grant_table_swap_grant_ref,
    },
    ReplyCase {
        name: "vcpu.initialise",
        set: None,
        msg_type: 0x118,
        cmd: 0,
        rust: rust_reply::<hvlink_proto::vcpu::Initialise>,
        c: hvlink_cdiff_vcpu_initialise,
    },
    ReplyCase {
        name: "vcpu.up",
        set: None,
        msg_type: 0x118,
        cmd: 1,
        rust: rust_reply::<hvlink_proto::vcpu::Up>,
        c: hvlink_cdiff_vcpu_up,
    },
    ReplyCase {
        name: "vcpu.down",
        set: None,
        msg_type: 0x118,
        cmd: 2,
        rust: rust_reply::<hvlink_proto::vcpu::Down>,
        c: hvlink_cdiff_vcpu_down,
    },
    ReplyCase {
        name: "vcpu.is_up",
        set: Some(&hvlink_proto::vcpu::IS_UP_REPLY_SET),
        msg_type: 0x118,
        cmd: 3,
        rust: rust_reply::<hvlink_proto::vcpu::IsUp>,
        c: hvlink_cdiff_vcpu_is_up,
    },
    ReplyCase {
        name: "vcpu.get_runstate_info",
        set: Some(&hvlink_proto::vcpu::RUNSTATE_REPLY_SET),
        msg_type: 0x118,
        cmd: 4,
        rust: rust_reply::<hvlink_proto::vcpu::GetRunstateInfo>,
        c: hvlink_cdiff_vcpu_get_runstate_info,
    },
    ReplyCase {
        name: "vcpu.set_periodic_timer",
        set: None,
        msg_type: 0x118,
        cmd: 6,
        rust: rust_reply::<hvlink_proto::vcpu::SetPeriodicTimer>,
        c: hvlink_cdiff_vcpu_set_periodic_timer,
    },
    ReplyCase {
        name: "vcpu.stop_periodic_timer",
        set: None,
        msg_type: 0x118,
        cmd: 7,
        rust: rust_reply::<hvlink_proto::vcpu::StopPeriodicTimer>,
        c: hvlink_cdiff_vcpu_stop_periodic_timer,
    },
    ReplyCase {
        name: "vcpu.set_singleshot_timer",
        set: None,
        msg_type: 0x118,
        cmd: 8,
        rust: rust_reply::<hvlink_proto::vcpu::SetSingleshotTimer>,
        c: hvlink_cdiff_vcpu_set_singleshot_timer,
    },
    ReplyCase {
        name: "vcpu.stop_singleshot_timer",
        set: None,
        msg_type: 0x118,
        cmd: 9,
        rust: rust_reply::<hvlink_proto::vcpu::StopSingleshotTimer>,
        c: hvlink_cdiff_vcpu_stop_singleshot_timer,
    },
    ReplyCase {
        name: "vcpu.register_vcpu_info",
        set: None,
        msg_type: 0x118,
        cmd: 10,
        rust: rust_reply::<hvlink_proto::vcpu::RegisterVcpuInfo>,
        c: hvlink_cdiff_vcpu_register_vcpu_info,
    },
    ReplyCase {
        name: "vcpu.send_nmi",
        set: None,
        msg_type: 0x118,
        cmd: 11,
        rust: rust_reply::<hvlink_proto::vcpu::SendNmi>,
        c: hvlink_cdiff_vcpu_send_nmi,
    },
    ReplyCase {
        name: "vcpu.get_physid",
        set: Some(&hvlink_proto::vcpu::PHYSID_REPLY_SET),
        msg_type: 0x118,
        cmd: 12,
        rust: rust_reply::<hvlink_proto::vcpu::GetPhysid>,
        c: hvlink_cdiff_vcpu_get_physid,
    },
    ReplyCase {
        name: "vcpu.register_runstate_phys_area",
        set: None,
        msg_type: 0x118,
        cmd: 14,
        rust: rust_reply::<hvlink_proto::vcpu::RegisterRunstatePhysArea>,
        c: hvlink_cdiff_vcpu_register_runstate_phys_area,
    },
    ReplyCase {
        name: "vcpu.register_vcpu_time_phys_area",
        set: None,
        msg_type: 0x118,
        cmd: 15,
        rust: rust_reply::<hvlink_proto::vcpu::RegisterVcpuTimePhysArea>,
        c: hvlink_cdiff_vcpu_register_vcpu_time_phys_area,
    },
    ReplyCase {
        name: "sched.yield",
        set: None,
        msg_type: 0x11d,
        cmd: 0,
        rust: rust_reply::<hvlink_proto::sched::Yield>,
        c: hvlink_cdiff_sched_yield,
    },
    ReplyCase {
        name: "sched.block",
        set: None,
        msg_type: 0x11d,
        cmd: 1,
        rust: rust_reply::<hvlink_proto::sched::Block>,
        c: hvlink_cdiff_sched_block,
    },
    ReplyCase {
        name: "sched.shutdown",
        set: None,
        msg_type: 0x11d,
        cmd: 2,
        rust: rust_reply::<hvlink_proto::sched::Shutdown>,
        c: hvlink_cdiff_sched_shutdown,
    },
    ReplyCase {
        name: "sched.poll",
        set: None,
        msg_type: 0x11d,
        cmd: 3,
        rust: rust_reply::<hvlink_proto::sched::Poll>,
        c: hvlink_cdiff_sched_poll,
    },
    ReplyCase {
        name: "sched.remote_shutdown",
        set: None,
        msg_type: 0x11d,
        cmd: 4,
        rust: rust_reply::<hvlink_proto::sched::RemoteShutdown>,
        c: hvlink_cdiff_sched_remote_shutdown,
    },
    ReplyCase {
        name: "sched.shutdown_code",
        set: None,
        msg_type: 0x11d,
        cmd: 5,
        rust: rust_reply::<hvlink_proto::sched::ShutdownCode>,
        c: hvlink_cdiff_sched_shutdown_code,
    },
    ReplyCase {
        name: "sched.watchdog",
        set: Some(&hvlink_proto::sched::WATCHDOG_REPLY_SET),
        msg_type: 0x11d,
        cmd: 6,
        rust: rust_reply::<hvlink_proto::sched::Watchdog>,
        c: hvlink_cdiff_sched_watchdog,
    },
    ReplyCase {
        name: "sched.pin_override",
        set: None,
        msg_type: 0x11d,
        cmd: 7,
        rust: rust_reply::<hvlink_proto::sched::PinOverride>,
        c: hvlink_cdiff_sched_pin_override,
    },
    ReplyCase {
        name: "event_channel.bind_interdomain",
        set: Some(&hvlink_proto::event_channel::BIND_INTERDOMAIN_REPLY_SET),
        msg_type: 0x120,
        cmd: 0,
        rust: rust_reply::<hvlink_proto::event_channel::BindInterdomain>,
        c: hvlink_cdiff_event_channel_bind_interdomain,
    },
    ReplyCase {
        name: "event_channel.bind_virq",
        set: Some(&hvlink_proto::event_channel::PORT_REPLY_SET),
        msg_type: 0x120,
        cmd: 1,
        rust: rust_reply::<hvlink_proto::event_channel::BindVirq>,
        c: hvlink_cdiff_event_channel_bind_virq,
    },
    ReplyCase {
        name: "event_channel.bind_pirq",
        set: Some(&hvlink_proto::event_channel::PORT_REPLY_SET),
        msg_type: 0x120,
        cmd: 2,
        rust: rust_reply::<hvlink_proto::event_channel::BindPirq>,
        c: hvlink_cdiff_event_channel_bind_pirq,
    },
    ReplyCase {
        name: "event_channel.close",
        set: None,
        msg_type: 0x120,
        cmd: 3,
        rust: rust_reply::<hvlink_proto::event_channel::Close>,
        c: hvlink_cdiff_event_channel_close,
    },
    ReplyCase {
        name: "event_channel.send",
        set: None,
        msg_type: 0x120,
        cmd: 4,
        rust: rust_reply::<hvlink_proto::event_channel::SendOp>,
        c: hvlink_cdiff_event_channel_send,
    },
    ReplyCase {
        name: "event_channel.status",
        set: Some(&hvlink_proto::event_channel::STATUS_REPLY_SET),
        msg_type: 0x120,
        cmd: 5,
        rust: rust_reply::<hvlink_proto::event_channel::Status>,
        c: hvlink_cdiff_event_channel_status,
    },
    ReplyCase {
        name: "event_channel.alloc_unbound",
        set: Some(&hvlink_proto::event_channel::PORT_REPLY_SET),
        msg_type: 0x120,
        cmd: 6,
        rust: rust_reply::<hvlink_proto::event_channel::AllocUnbound>,
        c: hvlink_cdiff_event_channel_alloc_unbound,
    },
    ReplyCase {
        name: "event_channel.bind_ipi",
        set: Some(&hvlink_proto::event_channel::PORT_REPLY_SET),
        msg_type: 0x120,
        cmd: 7,
        rust: rust_reply::<hvlink_proto::event_channel::BindIpi>,
        c: hvlink_cdiff_event_channel_bind_ipi,
    },
    ReplyCase {
        name: "event_channel.bind_vcpu",
        set: None,
        msg_type: 0x120,
        cmd: 8,
        rust: rust_reply::<hvlink_proto::event_channel::BindVcpu>,
        c: hvlink_cdiff_event_channel_bind_vcpu,
    },
    ReplyCase {
        name: "event_channel.unmask",
        set: None,
        msg_type: 0x120,
        cmd: 9,
        rust: rust_reply::<hvlink_proto::event_channel::Unmask>,
        c: hvlink_cdiff_event_channel_unmask,
    },
    ReplyCase {
        name: "event_channel.reset",
        set: None,
        msg_type: 0x120,
        cmd: 10,
        rust: rust_reply::<hvlink_proto::event_channel::Reset>,
        c: hvlink_cdiff_event_channel_reset,
    },
    ReplyCase {
        name: "event_channel.init_control",
        set: Some(&hvlink_proto::event_channel::INIT_CONTROL_REPLY_SET),
        msg_type: 0x120,
        cmd: 11,
        rust: rust_reply::<hvlink_proto::event_channel::InitControl>,
        c: hvlink_cdiff_event_channel_init_control,
    },
    ReplyCase {
        name: "event_channel.expand_array",
        set: None,
        msg_type: 0x120,
        cmd: 12,
        rust: rust_reply::<hvlink_proto::event_channel::ExpandArray>,
        c: hvlink_cdiff_event_channel_expand_array,
    },
    ReplyCase {
        name: "event_channel.set_priority",
        set: None,
        msg_type: 0x120,
        cmd: 13,
        rust: rust_reply::<hvlink_proto::event_channel::SetPriority>,
        c: hvlink_cdiff_event_channel_set_priority,
    },
    ReplyCase {
        name: "hvm.set_param",
        set: None,
        msg_type: 0x122,
        cmd: 0,
        rust: rust_reply::<hvlink_proto::hvm::SetParam>,
        c: hvlink_cdiff_hvm_set_param,
    },
    ReplyCase {
        name: "hvm.get_param",
        set: Some(&hvlink_proto::hvm::PARAM_REPLY_SET),
        msg_type: 0x122,
        cmd: 1,
        rust: rust_reply::<hvlink_proto::hvm::GetParam>,
        c: hvlink_cdiff_hvm_get_param,
    },
    ReplyCase {
        name: "hvm.flush_tlbs",
        set: None,
        msg_type: 0x122,
        cmd: 5,
        rust: rust_reply::<hvlink_proto::hvm::FlushTlbs>,
        c: hvlink_cdiff_hvm_flush_tlbs,
    },
    ReplyCase {
        name: "hvm.get_time",
        set: Some(&hvlink_proto::hvm::TIME_REPLY_SET),
        msg_type: 0x122,
        cmd: 10,
        rust: rust_reply::<hvlink_proto::hvm::GetTime>,
        c: hvlink_cdiff_hvm_get_time,
    },
    ReplyCase {
        name: "hvm.get_mem_type",
        set: Some(&hvlink_proto::hvm::MEM_TYPE_REPLY_SET),
        msg_type: 0x122,
        cmd: 15,
        rust: rust_reply::<hvlink_proto::hvm::GetMemType>,
        c: hvlink_cdiff_hvm_get_mem_type,
    },
    ReplyCase {
        name: "hvm.set_evtchn_upcall_vector",
        set: None,
        msg_type: 0x122,
        cmd: 23,
        rust: rust_reply::<hvlink_proto::hvm::SetEvtchnUpcallVector>,
        c: hvlink_cdiff_hvm_set_evtchn_upcall_vector,
    },
    ReplyCase {
        name: "control.ping",
        set: Some(&hvlink_proto::control::PING_MSG_SET),
        msg_type: 0x200,
        cmd: 0,
        rust: rust_reply::<hvlink_proto::control::Ping>,
        c: hvlink_cdiff_control_ping,
    },
    ReplyCase {
        name: "control.get_family",
        set: Some(&hvlink_proto::control::GET_FAMILY_REPLY_SET),
        msg_type: 0x200,
        cmd: 1,
        rust: rust_reply::<hvlink_proto::control::GetFamily>,
        c: hvlink_cdiff_control_get_family,
    },
    ReplyCase {
        name: "control.get_policy",
        set: Some(&hvlink_proto::control::GET_POLICY_REPLY_SET),
        msg_type: 0x200,
        cmd: 2,
        rust: rust_reply::<hvlink_proto::control::GetPolicy>,
        c: hvlink_cdiff_control_get_policy,
    },
    ReplyCase {
        name: "control.negotiate",
        set: Some(&hvlink_proto::control::NEGOTIATE_MSG_SET),
        msg_type: 0x200,
        cmd: 3,
        rust: rust_reply::<hvlink_proto::control::Negotiate>,
        c: hvlink_cdiff_control_negotiate,
    },
    ReplyCase {
        name: "control.queue_setup",
        set: Some(&hvlink_proto::control::QUEUE_SETUP_REPLY_SET),
        msg_type: 0x200,
        cmd: 4,
        rust: rust_reply::<hvlink_proto::control::QueueSetup>,
        c: hvlink_cdiff_control_queue_setup,
    },
    ReplyCase {
        name: "control.queue_teardown",
        set: None,
        msg_type: 0x200,
        cmd: 5,
        rust: rust_reply::<hvlink_proto::control::QueueTeardown>,
        c: hvlink_cdiff_control_queue_teardown,
    },
    ReplyCase {
        name: "control.cancel",
        set: Some(&hvlink_proto::control::CANCEL_REPLY_SET),
        msg_type: 0x200,
        cmd: 6,
        rust: rust_reply::<hvlink_proto::control::Cancel>,
        c: hvlink_cdiff_control_cancel,
    },
];
