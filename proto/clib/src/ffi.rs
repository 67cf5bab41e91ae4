//! The C structs and functions this crate calls (mirrors of `proto/include` and
//! `csrc/shims.c`).

use std::ffi::{c_char, CStr};

use crate::Failure;

/// `struct hvlink_error`.
#[repr(C)]
#[derive(Debug, Clone, Copy)]
pub struct CError {
    /// Static reason (NUL-terminated), or null.
    pub msg: *const c_char,
    /// Offset from the message start.
    pub offset: u32,
    /// Offending attribute type.
    pub attr: u16,
    /// Missing attribute type.
    pub missing: u16,
    /// `HVLINK_ERR_*`.
    pub kind: u32,
}

impl Default for CError {
    fn default() -> Self {
        CError {
            msg: std::ptr::null(),
            offset: 0,
            attr: 0,
            missing: 0,
            kind: 0,
        }
    }
}

impl CError {
    /// As the Rust side reports errors.
    pub fn failure(&self) -> Failure {
        let msg = if self.msg.is_null() {
            String::new()
        } else {
            // SAFETY: the C library only stores pointers to its static string literals.
            unsafe { CStr::from_ptr(self.msg) }
                .to_string_lossy()
                .into_owned()
        };
        Failure {
            kind: self.kind,
            offset: self.offset,
            attr: self.attr,
            missing: self.missing,
            msg,
        }
    }
}

/// `struct hvlink_detected` of `hvlink_fastabi.h`.
#[repr(C)]
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
#[allow(missing_docs)]
pub struct CDetected {
    pub vendor: [u8; 12],
    pub signature: [u8; 12],
    pub base: u32,
    pub hypervisor: bool,
    pub has_signature: bool,
    pub fastabi: bool,
    pub native: u32,
}

/// `struct cdiff_errmsg` of `csrc/shims.c`.
#[repr(C)]
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
#[allow(missing_docs)]
pub struct CErrMsg {
    pub status: i32,
    pub req_len: u32,
    pub req_seq: u32,
    pub req_port: u32,
    pub req_type: u16,
    pub req_flags: u16,
    pub has_payload: u32,
    pub payload_off: u32,
    pub payload_len: u32,
    pub has_msg: u32,
    pub msg_off: u32,
    pub msg_len: u32,
    pub has_offset: u32,
    pub offset: u32,
    pub has_cookie: u32,
    pub cookie_off: u32,
    pub cookie_len: u32,
    pub has_policy: u32,
    pub policy_off: u32,
    pub policy_len: u32,
    pub has_missing_type: u32,
    pub missing_type: u32,
    pub has_missing_nest: u32,
    pub missing_nest: u32,
}

extern "C" {
    /// Parse an ERROR message (shims.c).
    pub fn hvlink_cdiff_errmsg(buf: *const u8, n: usize, o: *mut CErrMsg, e: *mut CError) -> i32;

    /// Consume a reply ring whose host side is given (shims.c).
    #[allow(clippy::too_many_arguments)]
    pub fn hvlink_cring_consume(
        mem: *mut u8,
        len: usize,
        req_size: u32,
        rep_size: u32,
        host: *const u8,
        host_len: usize,
        prod: u32,
        max_skip: usize,
        rounds: u32,
        out: *mut i32,
        fault_at: *mut u32,
        fault_msg: *mut *const c_char,
        scratch: *mut u8,
        cap: usize,
    ) -> i32;

    /// Produce messages into a fresh queue's request ring (shims.c).
    pub fn hvlink_cring_produce(
        mem: *mut u8,
        len: usize,
        req_size: u32,
        lens: *const u32,
        count: u32,
        kicks: *mut u32,
    ) -> i64;

    /// `sizeof(struct hvlink_queue)` (shims.c).
    pub fn hvlink_cring_state_size() -> usize;

    /// Lay out a queue in `mem` (shims.c).
    pub fn hvlink_cring_create(
        q: *mut u8,
        mem: *mut u8,
        len: usize,
        req_size: u32,
        rep_size: u32,
    ) -> i32;

    /// Queue one patterned message (shims.c): 1 queued, 0 full, negative on a fault.
    pub fn hvlink_cring_push(q: *mut u8, len: u32, seq: u32) -> i32;

    /// Reserve, then commit more than reserved; the ring position after (shims.c).
    pub fn hvlink_cring_overcommit(q: *mut u8, reserve: u32, commit: u32) -> i64;

    /// Publish; 1 when the consumer asked for a kick (shims.c).
    pub fn hvlink_cring_publish(q: *mut u8) -> i32;

    /// CPUID detection on a table of leaves (shims.c).
    pub fn hvlink_cdetect(rows: *const u32, n: usize, d: *mut CDetected);

    /// Re-open a queue (shims.c).
    pub fn hvlink_cring_open(q: *mut u8, mem: *mut u8, len: usize) -> i32;
}
