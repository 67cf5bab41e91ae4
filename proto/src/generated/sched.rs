// Do not edit: generated from proto/spec/sched.yaml by hvlink-proto-gen; regenerate with `cargo run -p hvlink-proto-gen`.
//! Yield, block and poll, shut the domain down, latch a shutdown code, and drive domain watchdogs. Through a FastABI register call yield, block and poll act on the calling vCPU exactly as in Xen. On a ring there is no calling vCPU, so they become continuations that wait without stopping any vCPU - block completes once an event is pending for the domain, poll once one of its ports is pending or its timeout passed, and yield completes at once. Sub-op numbers are Xen's SCHEDOP_* values and the register layout is the FastABI RFC's.

#![allow(
    clippy::needless_lifetimes,
    clippy::match_single_binding,
    clippy::single_match,
    clippy::unnecessary_cast,
    clippy::let_unit_value,
    unused_imports
)]

use hvlink_proto::codec as c;
use hvlink_proto::rt::{self, AttrSet as _, Elem as _};
use hvlink_proto::Errno;

/// Family id: the hypercall number (rax = ID | 0x40000000 in a register call).
pub const ID: u16 = 0x1d;
/// Message type of the family's ring messages.
pub const MSG_TYPE: u16 = 0x11d;
/// Current family version.
pub const VERSION: u8 = 1;

/// Op ids of the family (the family header's `cmd`, rdi in a register call).
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct OpId(pub u8);

impl OpId {
    /// Give up the physical CPU voluntarily (on a ring - completes at once).
    pub const YIELD: OpId = OpId(0);
    /// Wait until an event is pending (register call - the calling vCPU blocks; ring - a continuation).
    pub const BLOCK: OpId = OpId(1);
    /// Stop the whole domain and tell the toolstack why.
    pub const SHUTDOWN: OpId = OpId(2);
    /// Wait until one of the ports is pending or the timeout passes.
    pub const POLL: OpId = OpId(3);
    /// Shut another domain down (toolstack).
    pub const REMOTE_SHUTDOWN: OpId = OpId(4);
    /// Latch the reason reported when the domain later shuts down.
    pub const SHUTDOWN_CODE: OpId = OpId(5);
    /// Create, poke or destroy a domain watchdog.
    pub const WATCHDOG: OpId = OpId(6);
    /// Temporarily pin the calling vCPU to a physical CPU (hardware domain only).
    pub const PIN_OVERRIDE: OpId = OpId(7);
    /// Every op: (name, id).
    pub const ENTRIES: &'static [(&'static str, i64)] = &[
        ("yield", 0),
        ("block", 1),
        ("shutdown", 2),
        ("poll", 3),
        ("remote_shutdown", 4),
        ("shutdown_code", 5),
        ("watchdog", 6),
        ("pin_override", 7),
    ];
}

impl ::core::fmt::Debug for OpId {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        rt::fmt_enum(f, "OpId", Self::ENTRIES, self.0 as i128)
    }
}

/// Why a domain shuts down (Xen SHUTDOWN_*), as told to the toolstack.
///
/// Closed enum: any value is representable; the constants are the spec's entries.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct ShutdownReason(pub u32);

impl ShutdownReason {
    /// Exited normally; clean up and destroy.
    pub const POWEROFF: ShutdownReason = ShutdownReason(0);
    /// Clean up and destroy; then restart.
    pub const REBOOT: ShutdownReason = ShutdownReason(1);
    /// Clean up and save suspend information; then destroy.
    pub const SUSPEND: ShutdownReason = ShutdownReason(2);
    /// The domain crashed.
    pub const CRASH: ShutdownReason = ShutdownReason(3);
    /// A domain watchdog expired; restart.
    pub const WATCHDOG: ShutdownReason = ShutdownReason(4);
    /// Reset hypervisor state of the domain but keep memory and vCPU contexts.
    pub const SOFT_RESET: ShutdownReason = ShutdownReason(5);
    /// Every entry: (name, value).
    pub const ENTRIES: &'static [(&'static str, i64)] = &[
        ("poweroff", 0),
        ("reboot", 1),
        ("suspend", 2),
        ("crash", 3),
        ("watchdog", 4),
        ("soft-reset", 5),
    ];
}

impl ::core::fmt::Debug for ShutdownReason {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        rt::fmt_enum(f, "ShutdownReason", Self::ENTRIES, self.0 as i128)
    }
}

hvlink_proto::__scalar_newtype!(ShutdownReason, u32);

/// Attribute type numbers, one module per attribute set.
pub mod ids {
    /// Attributes of `shutdown-req`.
    pub mod shutdown_req {
        /// `reason`: Shutdown reason.
        pub const REASON: u16 = 1;
    }
    /// Attributes of `poll-req`.
    pub mod poll_req {
        /// `timeout`: Absolute system time (ns) after which the poll completes anyway; 0 waits forever.
        pub const TIMEOUT: u16 = 1;
        /// `port`: Event channel port to wait on (a register call carries exactly one).
        pub const PORT: u16 = 2;
    }
    /// Attributes of `remote-shutdown-req`.
    pub mod remote_shutdown_req {
        /// `dom`: Domain to shut down.
        pub const DOM: u16 = 1;
        /// `reason`: Shutdown reason.
        pub const REASON: u16 = 2;
    }
    /// Attributes of `watchdog-req`.
    pub mod watchdog_req {
        /// `id`: Watchdog id; 0 creates a new watchdog.
        pub const ID: u16 = 1;
        /// `timeout`: Seconds until the domain is shut down; 0 with a non-zero id destroys the watchdog.
        pub const TIMEOUT: u16 = 2;
    }
    /// Attributes of `watchdog-reply`.
    pub mod watchdog_reply {
        /// `id`: Id of the watchdog created (only when the request's id was 0).
        pub const ID: u16 = 1;
    }
    /// Attributes of `pin-override-req`.
    pub mod pin_override_req {
        /// `pcpu`: Physical CPU to pin the calling vCPU to; negative undoes the override.
        pub const PCPU: u16 = 1;
    }
}

/// Request of shutdown and shutdown_code.
#[derive(
    ::core::clone::Clone, ::core::marker::Copy, ::core::fmt::Debug, ::core::cmp::PartialEq,
)]
pub struct ShutdownReq {
    /// Shutdown reason.
    ///
    /// `reason` (id 1, u32), required.
    pub reason: ShutdownReason,
}

/// Validation policy of `shutdown-req`.
pub static SHUTDOWN_REQ_POLICY: c::Policy = c::Policy::new(
    "shutdown-req",
    &[c::AttrPolicy::new(1, "reason", c::AttrType::U32).required()],
)
.max_attrs(1024);

/// Descriptor of `shutdown-req`.
pub static SHUTDOWN_REQ_SET: rt::SetDesc = rt::SetDesc {
    name: "shutdown-req",
    doc: "Request of shutdown and shutdown_code.",
    policy: &SHUTDOWN_REQ_POLICY,
    attrs: &[rt::AttrDesc {
        kind: 1,
        name: "reason",
        ty: "u32",
        doc: "Shutdown reason.",
        required: true,
        max_count: 0,
        must_understand: false,
        since: 1,
        default: None,
        enumeration: Some("shutdown-reason"),
        nested: None,
        form: None,
        when: None,
    }],
    forms: &[],
};

impl<'a> rt::AttrSet<'a> for ShutdownReq {
    const DESC: &'static rt::SetDesc = &SHUTDOWN_REQ_SET;

    fn decode_at(attrs: c::Attrs<'a>, container: usize) -> c::Result<Self> {
        let mut v_reason: Option<ShutdownReason> = None;
        let mut seen: u32 = 0;
        let mut count = 0u32;
        'walk: {
            if let Ok(b) = <&[u8; 8]>::try_from(attrs.remaining()) {
                if rt::word(b, 0) == 0x00010008 {
                    let at = attrs.offset();
                    {
                        let a = c::Attr::new(0x0001, at as u32, rt::bytes(b, 4, 4));
                        seen |= 0x1;
                        let r = rt::int::<u32>(&a)?;
                        if !matches!(r as i128, 0..=5) {
                            return Err(rt::not_member(a));
                        }
                        let v = ShutdownReason(r);
                        v_reason = Some(v);
                    }
                    break 'walk;
                }
            }
            let mut walk = rt::Walk::new(&attrs);
            if let Some(a) = walk.expect(0x00010008) {
                count += 1;
                seen |= 0x1;
                let r = rt::int::<u32>(&a)?;
                if !matches!(r as i128, 0..=5) {
                    return Err(rt::not_member(a));
                }
                let v = ShutdownReason(r);
                v_reason = Some(v);
            }
            while let Some(a) = walk.next()? {
                count += 1;
                if count > 1024 {
                    return Err(rt::too_many(a));
                }
                match a.kind() {
                    1 => {
                        if seen & 0x1 != 0 {
                            return Err(rt::duplicate(a));
                        }
                        seen |= 0x1;
                        let r = rt::int::<u32>(&a)?;
                        if !matches!(r as i128, 0..=5) {
                            return Err(rt::not_member(a));
                        }
                        let v = ShutdownReason(r);
                        v_reason = Some(v);
                    }
                    _ => rt::unknown(&a)?,
                }
            }
        }
        if seen & 0x1 != 0x1 {
            return Err(rt::missing(container, (0x1 & !seen) as u128, &[1]));
        }
        Ok(ShutdownReq {
            reason: rt::req(v_reason, container, 1)?,
        })
    }

    fn encode<S: c::Sink>(&self, b: &mut c::Builder<S>) -> c::Result<()> {
        rt::put(b, 1, &self.reason)?;
        Ok(())
    }
}

impl<'a> rt::Elem<'a> for ShutdownReq {
    #[inline]
    fn from_attr(a: &c::Attr<'a>) -> c::Result<Self> {
        rt::nest_from_attr(a)
    }
    fn put_attr<S: c::Sink>(&self, b: &mut c::Builder<S>, raw_kind: u16) -> c::Result<()> {
        rt::nest_put(self, b, raw_kind)
    }
}

/// Request of poll.
#[derive(
    ::core::clone::Clone, ::core::marker::Copy, ::core::fmt::Debug, ::core::cmp::PartialEq,
)]
pub struct PollReq<'a> {
    /// Absolute system time (ns) after which the poll completes anyway; 0 waits forever.
    ///
    /// `timeout` (id 1, u64), default `0u64` when absent.
    pub timeout: u64,
    /// Event channel port to wait on (a register call carries exactly one).
    ///
    /// `port` (id 2, u32), required, up to 128.
    pub port: hvlink_proto::rt::List<'a, u32>,
}

/// Validation policy of `poll-req`.
pub static POLL_REQ_POLICY: c::Policy = c::Policy::new(
    "poll-req",
    &[
        c::AttrPolicy::new(1, "timeout", c::AttrType::U64),
        c::AttrPolicy::new(2, "port", c::AttrType::U32)
            .required()
            .repeated(),
    ],
)
.max_attrs(1024);

/// Descriptor of `poll-req`.
pub static POLL_REQ_SET: rt::SetDesc = rt::SetDesc {
    name: "poll-req",
    doc: "Request of poll.",
    policy: &POLL_REQ_POLICY,
    attrs: &[
        rt::AttrDesc {
            kind: 1,
            name: "timeout",
            ty: "u64",
            doc:
                "Absolute system time (ns) after which the poll completes anyway; 0 waits forever.",
            required: false,
            max_count: 0,
            must_understand: false,
            since: 1,
            default: Some(0),
            enumeration: None,
            nested: None,
            form: None,
            when: None,
        },
        rt::AttrDesc {
            kind: 2,
            name: "port",
            ty: "u32",
            doc: "Event channel port to wait on (a register call carries exactly one).",
            required: true,
            max_count: 128,
            must_understand: false,
            since: 1,
            default: None,
            enumeration: None,
            nested: None,
            form: None,
            when: None,
        },
    ],
    forms: &[],
};

impl<'a> rt::AttrSet<'a> for PollReq<'a> {
    const DESC: &'static rt::SetDesc = &POLL_REQ_SET;

    fn decode_at(attrs: c::Attrs<'a>, container: usize) -> c::Result<Self> {
        let all = attrs.clone();
        let mut v_timeout: Option<u64> = None;
        let mut n_port = 0u32;
        let mut seen: u32 = 0;
        let mut count = 0u32;
        let mut walk = rt::Walk::new(&attrs);
        if let Some(a) = walk.expect(0x0001000c) {
            count += 1;
            seen |= 0x1;
            let r = rt::int::<u64>(&a)?;
            let v = r;
            v_timeout = Some(v);
        }
        while let Some(a) = walk.next()? {
            count += 1;
            if count > 1024 {
                return Err(rt::too_many(a));
            }
            match a.kind() {
                1 => {
                    if seen & 0x1 != 0 {
                        return Err(rt::duplicate(a));
                    }
                    seen |= 0x1;
                    let r = rt::int::<u64>(&a)?;
                    let v = r;
                    v_timeout = Some(v);
                }
                2 => {
                    seen |= 0x2;
                    if n_port >= 128 {
                        return Err(rt::too_many(a));
                    }
                    let r = rt::int::<u32>(&a)?;
                    let v = r;
                    let _ = v;
                    n_port += 1;
                }
                _ => rt::unknown(&a)?,
            }
        }
        if seen & 0x2 != 0x2 {
            return Err(rt::missing(container, (0x2 & !seen) as u128, &[1, 2]));
        }
        Ok(PollReq {
            timeout: v_timeout.unwrap_or(0u64),
            port: rt::req_list(rt::list(&all, 2, n_port), container, 2)?,
        })
    }

    #[inline]
    fn decode_valid(attrs: c::Attrs<'a>) -> ::core::option::Option<Self> {
        let all = attrs.clone();
        let mut v_timeout: Option<u64> = None;
        let mut n_port = 0u32;
        let mut walk = rt::Walk::new(&attrs);
        if let Some(a) = walk.expect(0x0001000c) {
            v_timeout = Some(<u64 as rt::WireInt>::from_payload(a.payload())?);
        }
        while let Some(a) = walk.next().ok()? {
            match a.kind() {
                1 => {
                    v_timeout = Some(<u64 as rt::WireInt>::from_payload(a.payload())?);
                }
                2 => {
                    n_port += 1;
                }
                _ => {}
            }
        }
        Some(PollReq {
            timeout: v_timeout.unwrap_or(0u64),
            port: rt::list(&all, 2, n_port),
        })
    }

    fn encode<S: c::Sink>(&self, b: &mut c::Builder<S>) -> c::Result<()> {
        rt::put_def(b, 1, &self.timeout, 0u64)?;
        self.port.put(b, 2)?;
        Ok(())
    }
}

impl<'a> rt::Elem<'a> for PollReq<'a> {
    #[inline]
    fn from_attr(a: &c::Attr<'a>) -> c::Result<Self> {
        rt::nest_from_attr(a)
    }
    fn put_attr<S: c::Sink>(&self, b: &mut c::Builder<S>, raw_kind: u16) -> c::Result<()> {
        rt::nest_put(self, b, raw_kind)
    }
}

/// Request of remote_shutdown.
#[derive(
    ::core::clone::Clone, ::core::marker::Copy, ::core::fmt::Debug, ::core::cmp::PartialEq,
)]
pub struct RemoteShutdownReq {
    /// Domain to shut down.
    ///
    /// `dom` (id 1, u16), required.
    pub dom: u16,
    /// Shutdown reason.
    ///
    /// `reason` (id 2, u32), required.
    pub reason: ShutdownReason,
}

/// Validation policy of `remote-shutdown-req`.
pub static REMOTE_SHUTDOWN_REQ_POLICY: c::Policy = c::Policy::new(
    "remote-shutdown-req",
    &[
        c::AttrPolicy::new(1, "dom", c::AttrType::U16).required(),
        c::AttrPolicy::new(2, "reason", c::AttrType::U32).required(),
    ],
)
.max_attrs(1024);

/// Descriptor of `remote-shutdown-req`.
pub static REMOTE_SHUTDOWN_REQ_SET: rt::SetDesc = rt::SetDesc {
    name: "remote-shutdown-req",
    doc: "Request of remote_shutdown.",
    policy: &REMOTE_SHUTDOWN_REQ_POLICY,
    attrs: &[
        rt::AttrDesc {
            kind: 1,
            name: "dom",
            ty: "u16",
            doc: "Domain to shut down.",
            required: true,
            max_count: 0,
            must_understand: false,
            since: 1,
            default: None,
            enumeration: None,
            nested: None,
            form: None,
            when: None,
        },
        rt::AttrDesc {
            kind: 2,
            name: "reason",
            ty: "u32",
            doc: "Shutdown reason.",
            required: true,
            max_count: 0,
            must_understand: false,
            since: 1,
            default: None,
            enumeration: Some("shutdown-reason"),
            nested: None,
            form: None,
            when: None,
        },
    ],
    forms: &[],
};

impl<'a> rt::AttrSet<'a> for RemoteShutdownReq {
    const DESC: &'static rt::SetDesc = &REMOTE_SHUTDOWN_REQ_SET;

    fn decode_at(attrs: c::Attrs<'a>, container: usize) -> c::Result<Self> {
        let mut v_dom: Option<u16> = None;
        let mut v_reason: Option<ShutdownReason> = None;
        let mut seen: u32 = 0;
        let mut count = 0u32;
        'walk: {
            if let Ok(b) = <&[u8; 16]>::try_from(attrs.remaining()) {
                if rt::word(b, 0) == 0x00010006 && rt::word(b, 8) == 0x00020008 {
                    let at = attrs.offset();
                    {
                        let a = c::Attr::new(0x0001, at as u32, rt::bytes(b, 4, 2));
                        seen |= 0x1;
                        let r = rt::int::<u16>(&a)?;
                        let v = r;
                        v_dom = Some(v);
                    }
                    {
                        let a = c::Attr::new(0x0002, (at + 8) as u32, rt::bytes(b, 12, 4));
                        seen |= 0x2;
                        let r = rt::int::<u32>(&a)?;
                        if !matches!(r as i128, 0..=5) {
                            return Err(rt::not_member(a));
                        }
                        let v = ShutdownReason(r);
                        v_reason = Some(v);
                    }
                    break 'walk;
                }
            }
            let mut walk = rt::Walk::new(&attrs);
            if let Some(a) = walk.expect(0x00010006) {
                count += 1;
                seen |= 0x1;
                let r = rt::int::<u16>(&a)?;
                let v = r;
                v_dom = Some(v);
            }
            if let Some(a) = walk.expect(0x00020008) {
                count += 1;
                seen |= 0x2;
                let r = rt::int::<u32>(&a)?;
                if !matches!(r as i128, 0..=5) {
                    return Err(rt::not_member(a));
                }
                let v = ShutdownReason(r);
                v_reason = Some(v);
            }
            while let Some(a) = walk.next()? {
                count += 1;
                if count > 1024 {
                    return Err(rt::too_many(a));
                }
                match a.kind() {
                    1 => {
                        if seen & 0x1 != 0 {
                            return Err(rt::duplicate(a));
                        }
                        seen |= 0x1;
                        let r = rt::int::<u16>(&a)?;
                        let v = r;
                        v_dom = Some(v);
                    }
                    2 => {
                        if seen & 0x2 != 0 {
                            return Err(rt::duplicate(a));
                        }
                        seen |= 0x2;
                        let r = rt::int::<u32>(&a)?;
                        if !matches!(r as i128, 0..=5) {
                            return Err(rt::not_member(a));
                        }
                        let v = ShutdownReason(r);
                        v_reason = Some(v);
                    }
                    _ => rt::unknown(&a)?,
                }
            }
        }
        if seen & 0x3 != 0x3 {
            return Err(rt::missing(container, (0x3 & !seen) as u128, &[1, 2]));
        }
        Ok(RemoteShutdownReq {
            dom: rt::req(v_dom, container, 1)?,
            reason: rt::req(v_reason, container, 2)?,
        })
    }

    fn encode<S: c::Sink>(&self, b: &mut c::Builder<S>) -> c::Result<()> {
        rt::put(b, 1, &self.dom)?;
        rt::put(b, 2, &self.reason)?;
        Ok(())
    }
}

impl<'a> rt::Elem<'a> for RemoteShutdownReq {
    #[inline]
    fn from_attr(a: &c::Attr<'a>) -> c::Result<Self> {
        rt::nest_from_attr(a)
    }
    fn put_attr<S: c::Sink>(&self, b: &mut c::Builder<S>, raw_kind: u16) -> c::Result<()> {
        rt::nest_put(self, b, raw_kind)
    }
}

/// Request of watchdog.
#[derive(
    ::core::clone::Clone, ::core::marker::Copy, ::core::fmt::Debug, ::core::cmp::PartialEq,
)]
pub struct WatchdogReq {
    /// Watchdog id; 0 creates a new watchdog.
    ///
    /// `id` (id 1, u32), required.
    pub id: u32,
    /// Seconds until the domain is shut down; 0 with a non-zero id destroys the watchdog.
    ///
    /// `timeout` (id 2, u32), required.
    pub timeout: u32,
}

/// Validation policy of `watchdog-req`.
pub static WATCHDOG_REQ_POLICY: c::Policy = c::Policy::new(
    "watchdog-req",
    &[
        c::AttrPolicy::new(1, "id", c::AttrType::U32).required(),
        c::AttrPolicy::new(2, "timeout", c::AttrType::U32).required(),
    ],
)
.max_attrs(1024);

/// Descriptor of `watchdog-req`.
pub static WATCHDOG_REQ_SET: rt::SetDesc = rt::SetDesc {
    name: "watchdog-req",
    doc: "Request of watchdog.",
    policy: &WATCHDOG_REQ_POLICY,
    attrs: &[
        rt::AttrDesc {
            kind: 1,
            name: "id",
            ty: "u32",
            doc: "Watchdog id; 0 creates a new watchdog.",
            required: true,
            max_count: 0,
            must_understand: false,
            since: 1,
            default: None,
            enumeration: None,
            nested: None,
            form: None,
            when: None,
        },
        rt::AttrDesc {
            kind: 2,
            name: "timeout",
            ty: "u32",
            doc:
                "Seconds until the domain is shut down; 0 with a non-zero id destroys the watchdog.",
            required: true,
            max_count: 0,
            must_understand: false,
            since: 1,
            default: None,
            enumeration: None,
            nested: None,
            form: None,
            when: None,
        },
    ],
    forms: &[],
};

impl<'a> rt::AttrSet<'a> for WatchdogReq {
    const DESC: &'static rt::SetDesc = &WATCHDOG_REQ_SET;

    fn decode_at(attrs: c::Attrs<'a>, container: usize) -> c::Result<Self> {
        let mut v_id: Option<u32> = None;
        let mut v_timeout: Option<u32> = None;
        let mut seen: u32 = 0;
        let mut count = 0u32;
        'walk: {
            if let Ok(b) = <&[u8; 16]>::try_from(attrs.remaining()) {
                if rt::word(b, 0) == 0x00010008 && rt::word(b, 8) == 0x00020008 {
                    let at = attrs.offset();
                    {
                        let a = c::Attr::new(0x0001, at as u32, rt::bytes(b, 4, 4));
                        seen |= 0x1;
                        let r = rt::int::<u32>(&a)?;
                        let v = r;
                        v_id = Some(v);
                    }
                    {
                        let a = c::Attr::new(0x0002, (at + 8) as u32, rt::bytes(b, 12, 4));
                        seen |= 0x2;
                        let r = rt::int::<u32>(&a)?;
                        let v = r;
                        v_timeout = Some(v);
                    }
                    break 'walk;
                }
            }
            let mut walk = rt::Walk::new(&attrs);
            if let Some(a) = walk.expect(0x00010008) {
                count += 1;
                seen |= 0x1;
                let r = rt::int::<u32>(&a)?;
                let v = r;
                v_id = Some(v);
            }
            if let Some(a) = walk.expect(0x00020008) {
                count += 1;
                seen |= 0x2;
                let r = rt::int::<u32>(&a)?;
                let v = r;
                v_timeout = Some(v);
            }
            while let Some(a) = walk.next()? {
                count += 1;
                if count > 1024 {
                    return Err(rt::too_many(a));
                }
                match a.kind() {
                    1 => {
                        if seen & 0x1 != 0 {
                            return Err(rt::duplicate(a));
                        }
                        seen |= 0x1;
                        let r = rt::int::<u32>(&a)?;
                        let v = r;
                        v_id = Some(v);
                    }
                    2 => {
                        if seen & 0x2 != 0 {
                            return Err(rt::duplicate(a));
                        }
                        seen |= 0x2;
                        let r = rt::int::<u32>(&a)?;
                        let v = r;
                        v_timeout = Some(v);
                    }
                    _ => rt::unknown(&a)?,
                }
            }
        }
        if seen & 0x3 != 0x3 {
            return Err(rt::missing(container, (0x3 & !seen) as u128, &[1, 2]));
        }
        Ok(WatchdogReq {
            id: rt::req(v_id, container, 1)?,
            timeout: rt::req(v_timeout, container, 2)?,
        })
    }

    fn encode<S: c::Sink>(&self, b: &mut c::Builder<S>) -> c::Result<()> {
        rt::put(b, 1, &self.id)?;
        rt::put(b, 2, &self.timeout)?;
        Ok(())
    }
}

impl<'a> rt::Elem<'a> for WatchdogReq {
    #[inline]
    fn from_attr(a: &c::Attr<'a>) -> c::Result<Self> {
        rt::nest_from_attr(a)
    }
    fn put_attr<S: c::Sink>(&self, b: &mut c::Builder<S>, raw_kind: u16) -> c::Result<()> {
        rt::nest_put(self, b, raw_kind)
    }
}

/// Reply of watchdog.
#[derive(
    ::core::clone::Clone, ::core::marker::Copy, ::core::fmt::Debug, ::core::cmp::PartialEq,
)]
pub struct WatchdogReply {
    /// Id of the watchdog created (only when the request's id was 0).
    ///
    /// `id` (id 1, u32).
    pub id: Option<u32>,
}

/// Validation policy of `watchdog-reply`.
pub static WATCHDOG_REPLY_POLICY: c::Policy = c::Policy::new(
    "watchdog-reply",
    &[c::AttrPolicy::new(1, "id", c::AttrType::U32)],
)
.max_attrs(1024);

/// Descriptor of `watchdog-reply`.
pub static WATCHDOG_REPLY_SET: rt::SetDesc = rt::SetDesc {
    name: "watchdog-reply",
    doc: "Reply of watchdog.",
    policy: &WATCHDOG_REPLY_POLICY,
    attrs: &[rt::AttrDesc {
        kind: 1,
        name: "id",
        ty: "u32",
        doc: "Id of the watchdog created (only when the request's id was 0).",
        required: false,
        max_count: 0,
        must_understand: false,
        since: 1,
        default: None,
        enumeration: None,
        nested: None,
        form: None,
        when: None,
    }],
    forms: &[],
};

impl<'a> rt::AttrSet<'a> for WatchdogReply {
    const DESC: &'static rt::SetDesc = &WATCHDOG_REPLY_SET;

    fn decode_at(attrs: c::Attrs<'a>, _container: usize) -> c::Result<Self> {
        let mut v_id: Option<u32> = None;
        let mut seen: u32 = 0;
        let mut count = 0u32;
        'walk: {
            if let Ok(b) = <&[u8; 8]>::try_from(attrs.remaining()) {
                if rt::word(b, 0) == 0x00010008 {
                    let at = attrs.offset();
                    {
                        let a = c::Attr::new(0x0001, at as u32, rt::bytes(b, 4, 4));
                        let r = rt::int::<u32>(&a)?;
                        let v = r;
                        v_id = Some(v);
                    }
                    break 'walk;
                }
            }
            let mut walk = rt::Walk::new(&attrs);
            if let Some(a) = walk.expect(0x00010008) {
                count += 1;
                seen |= 0x1;
                let r = rt::int::<u32>(&a)?;
                let v = r;
                v_id = Some(v);
            }
            while let Some(a) = walk.next()? {
                count += 1;
                if count > 1024 {
                    return Err(rt::too_many(a));
                }
                match a.kind() {
                    1 => {
                        if seen & 0x1 != 0 {
                            return Err(rt::duplicate(a));
                        }
                        seen |= 0x1;
                        let r = rt::int::<u32>(&a)?;
                        let v = r;
                        v_id = Some(v);
                    }
                    _ => rt::unknown(&a)?,
                }
            }
        }
        Ok(WatchdogReply { id: v_id })
    }

    fn encode<S: c::Sink>(&self, b: &mut c::Builder<S>) -> c::Result<()> {
        rt::put_opt(b, 1, &self.id)?;
        Ok(())
    }
}

impl<'a> rt::Elem<'a> for WatchdogReply {
    #[inline]
    fn from_attr(a: &c::Attr<'a>) -> c::Result<Self> {
        rt::nest_from_attr(a)
    }
    fn put_attr<S: c::Sink>(&self, b: &mut c::Builder<S>, raw_kind: u16) -> c::Result<()> {
        rt::nest_put(self, b, raw_kind)
    }
}

/// Request of pin_override.
#[derive(
    ::core::clone::Clone, ::core::marker::Copy, ::core::fmt::Debug, ::core::cmp::PartialEq,
)]
pub struct PinOverrideReq {
    /// Physical CPU to pin the calling vCPU to; negative undoes the override.
    ///
    /// `pcpu` (id 1, s32), required.
    pub pcpu: i32,
}

/// Validation policy of `pin-override-req`.
pub static PIN_OVERRIDE_REQ_POLICY: c::Policy = c::Policy::new(
    "pin-override-req",
    &[c::AttrPolicy::new(1, "pcpu", c::AttrType::S32).required()],
)
.max_attrs(1024);

/// Descriptor of `pin-override-req`.
pub static PIN_OVERRIDE_REQ_SET: rt::SetDesc = rt::SetDesc {
    name: "pin-override-req",
    doc: "Request of pin_override.",
    policy: &PIN_OVERRIDE_REQ_POLICY,
    attrs: &[rt::AttrDesc {
        kind: 1,
        name: "pcpu",
        ty: "s32",
        doc: "Physical CPU to pin the calling vCPU to; negative undoes the override.",
        required: true,
        max_count: 0,
        must_understand: false,
        since: 1,
        default: None,
        enumeration: None,
        nested: None,
        form: None,
        when: None,
    }],
    forms: &[],
};

impl<'a> rt::AttrSet<'a> for PinOverrideReq {
    const DESC: &'static rt::SetDesc = &PIN_OVERRIDE_REQ_SET;

    fn decode_at(attrs: c::Attrs<'a>, container: usize) -> c::Result<Self> {
        let mut v_pcpu: Option<i32> = None;
        let mut seen: u32 = 0;
        let mut count = 0u32;
        'walk: {
            if let Ok(b) = <&[u8; 8]>::try_from(attrs.remaining()) {
                if rt::word(b, 0) == 0x00010008 {
                    let at = attrs.offset();
                    {
                        let a = c::Attr::new(0x0001, at as u32, rt::bytes(b, 4, 4));
                        seen |= 0x1;
                        let r = rt::int::<i32>(&a)?;
                        let v = r;
                        v_pcpu = Some(v);
                    }
                    break 'walk;
                }
            }
            let mut walk = rt::Walk::new(&attrs);
            if let Some(a) = walk.expect(0x00010008) {
                count += 1;
                seen |= 0x1;
                let r = rt::int::<i32>(&a)?;
                let v = r;
                v_pcpu = Some(v);
            }
            while let Some(a) = walk.next()? {
                count += 1;
                if count > 1024 {
                    return Err(rt::too_many(a));
                }
                match a.kind() {
                    1 => {
                        if seen & 0x1 != 0 {
                            return Err(rt::duplicate(a));
                        }
                        seen |= 0x1;
                        let r = rt::int::<i32>(&a)?;
                        let v = r;
                        v_pcpu = Some(v);
                    }
                    _ => rt::unknown(&a)?,
                }
            }
        }
        if seen & 0x1 != 0x1 {
            return Err(rt::missing(container, (0x1 & !seen) as u128, &[1]));
        }
        Ok(PinOverrideReq {
            pcpu: rt::req(v_pcpu, container, 1)?,
        })
    }

    fn encode<S: c::Sink>(&self, b: &mut c::Builder<S>) -> c::Result<()> {
        rt::put(b, 1, &self.pcpu)?;
        Ok(())
    }
}

impl<'a> rt::Elem<'a> for PinOverrideReq {
    #[inline]
    fn from_attr(a: &c::Attr<'a>) -> c::Result<Self> {
        rt::nest_from_attr(a)
    }
    fn put_attr<S: c::Sink>(&self, b: &mut c::Builder<S>, raw_kind: u16) -> c::Result<()> {
        rt::nest_put(self, b, raw_kind)
    }
}

/// Give up the physical CPU voluntarily (on a ring - completes at once).
///
/// Op 0 (`yield`), privilege `privileged`; Xen `SCHEDOP_yield`; max reply 0 bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Yield;

/// Descriptor of [`Yield`].
pub static OP_YIELD: rt::OpDesc = rt::OpDesc {
    family: "sched",
    family_id: ID,
    msg_type: MSG_TYPE,
    family_version: VERSION,
    name: "yield",
    id: 0,
    since: 1,
    privilege: rt::Privilege::Privileged,
    flags: rt::op_flags::FASTABI,
    request: &rt::EMPTY_SET,
    reply: &rt::EMPTY_SET,
    max_reply: 0,
    target_domain: None,
    fastabi: Some(rt::RegMap {
        form: None,
        inputs: &[],
        outputs: &[],
    }),
    ring_only: None,
    register_only: None,
    doc: "Give up the physical CPU voluntarily (on a ring - completes at once).",
};

impl rt::Op for Yield {
    const DESC: &'static rt::OpDesc = &OP_YIELD;
    type Request<'a> = rt::Empty;
    type Reply<'a> = rt::Empty;
}

impl rt::FastAbi for Yield {
    fn request_to_regs(
        req: &Self::Request<'_>,
        r: &mut rt::Regs,
    ) -> ::core::result::Result<(), hvlink_proto::Errno> {
        let _ = (req, r);
        Ok(())
    }
    fn request_from_regs(
        r: &rt::Regs,
    ) -> ::core::result::Result<Self::Request<'static>, hvlink_proto::Errno> {
        let _ = r;
        Ok(rt::Empty)
    }
    fn reply_to_regs(
        rep: &Self::Reply<'_>,
        r: &mut rt::Regs,
    ) -> ::core::result::Result<(), hvlink_proto::Errno> {
        let _ = (rep, r);
        Ok(())
    }
    fn reply_from_regs(
        r: &rt::Regs,
    ) -> ::core::result::Result<Self::Reply<'static>, hvlink_proto::Errno> {
        let _ = r;
        Ok(rt::Empty)
    }
}

/// Wait until an event is pending (register call - the calling vCPU blocks; ring - a continuation).
///
/// Op 1 (`block`), privilege `privileged`; Xen `SCHEDOP_block`; max reply 0 bytes; async.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Block;

/// Descriptor of [`Block`].
pub static OP_BLOCK: rt::OpDesc = rt::OpDesc {
    family: "sched",
    family_id: ID,
    msg_type: MSG_TYPE,
    family_version: VERSION,
    name: "block",
    id: 1,
    since: 1,
    privilege: rt::Privilege::Privileged,
    flags: rt::op_flags::FASTABI | rt::op_flags::ASYNC,
    request: &rt::EMPTY_SET,
    reply: &rt::EMPTY_SET,
    max_reply: 0,
    target_domain: None,
    fastabi: Some(rt::RegMap {
        form: None,
        inputs: &[],
        outputs: &[],
    }),
    ring_only: None,
    register_only: None,
    doc: "Wait until an event is pending (register call - the calling vCPU blocks; ring - a continuation).",
};

impl rt::Op for Block {
    const DESC: &'static rt::OpDesc = &OP_BLOCK;
    type Request<'a> = rt::Empty;
    type Reply<'a> = rt::Empty;
}

impl rt::FastAbi for Block {
    fn request_to_regs(
        req: &Self::Request<'_>,
        r: &mut rt::Regs,
    ) -> ::core::result::Result<(), hvlink_proto::Errno> {
        let _ = (req, r);
        Ok(())
    }
    fn request_from_regs(
        r: &rt::Regs,
    ) -> ::core::result::Result<Self::Request<'static>, hvlink_proto::Errno> {
        let _ = r;
        Ok(rt::Empty)
    }
    fn reply_to_regs(
        rep: &Self::Reply<'_>,
        r: &mut rt::Regs,
    ) -> ::core::result::Result<(), hvlink_proto::Errno> {
        let _ = (rep, r);
        Ok(())
    }
    fn reply_from_regs(
        r: &rt::Regs,
    ) -> ::core::result::Result<Self::Reply<'static>, hvlink_proto::Errno> {
        let _ = r;
        Ok(rt::Empty)
    }
}

/// Stop the whole domain and tell the toolstack why.
///
/// Op 2 (`shutdown`), privilege `privileged`; Xen `SCHEDOP_shutdown`; max reply 0 bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Shutdown;

/// The request of [`Shutdown`].
pub type ShutdownRequest = ShutdownReq;

/// Descriptor of [`Shutdown`].
pub static OP_SHUTDOWN: rt::OpDesc = rt::OpDesc {
    family: "sched",
    family_id: ID,
    msg_type: MSG_TYPE,
    family_version: VERSION,
    name: "shutdown",
    id: 2,
    since: 1,
    privilege: rt::Privilege::Privileged,
    flags: rt::op_flags::FASTABI,
    request: &SHUTDOWN_REQ_SET,
    reply: &rt::EMPTY_SET,
    max_reply: 0,
    target_domain: None,
    fastabi: Some(rt::RegMap {
        form: None,
        inputs: &[(1, rt::Reg::Rsi)],
        outputs: &[],
    }),
    ring_only: None,
    register_only: None,
    doc: "Stop the whole domain and tell the toolstack why.",
};

impl rt::Op for Shutdown {
    const DESC: &'static rt::OpDesc = &OP_SHUTDOWN;
    type Request<'a> = ShutdownReq;
    type Reply<'a> = rt::Empty;
}

impl rt::FastAbi for Shutdown {
    fn request_to_regs(
        req: &Self::Request<'_>,
        r: &mut rt::Regs,
    ) -> ::core::result::Result<(), hvlink_proto::Errno> {
        r.rsi = rt::reg(req.reason);
        Ok(())
    }
    fn request_from_regs(
        r: &rt::Regs,
    ) -> ::core::result::Result<Self::Request<'static>, hvlink_proto::Errno> {
        let v_reason = rt::unreg_member::<ShutdownReason>(
            r.rsi,
            &SHUTDOWN_REQ_POLICY.attrs[0],
            ShutdownReason::ENTRIES,
        )?;
        Ok(ShutdownReq { reason: v_reason })
    }
    fn reply_to_regs(
        rep: &Self::Reply<'_>,
        r: &mut rt::Regs,
    ) -> ::core::result::Result<(), hvlink_proto::Errno> {
        let _ = (rep, r);
        Ok(())
    }
    fn reply_from_regs(
        r: &rt::Regs,
    ) -> ::core::result::Result<Self::Reply<'static>, hvlink_proto::Errno> {
        let _ = r;
        Ok(rt::Empty)
    }
}

/// Wait until one of the ports is pending or the timeout passes.
///
/// Op 3 (`poll`), privilege `logical`; Xen `SCHEDOP_poll`; max reply 0 bytes; async.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Poll;

/// The request of [`Poll`].
pub type PollRequest<'a> = PollReq<'a>;

/// Descriptor of [`Poll`].
pub static OP_POLL: rt::OpDesc = rt::OpDesc {
    family: "sched",
    family_id: ID,
    msg_type: MSG_TYPE,
    family_version: VERSION,
    name: "poll",
    id: 3,
    since: 1,
    privilege: rt::Privilege::Logical,
    flags: rt::op_flags::FASTABI | rt::op_flags::ASYNC,
    request: &POLL_REQ_SET,
    reply: &rt::EMPTY_SET,
    max_reply: 0,
    target_domain: None,
    fastabi: Some(rt::RegMap {
        form: None,
        inputs: &[(1, rt::Reg::Rsi), (2, rt::Reg::R8)],
        outputs: &[],
    }),
    ring_only: None,
    register_only: None,
    doc: "Wait until one of the ports is pending or the timeout passes.",
};

impl rt::Op for Poll {
    const DESC: &'static rt::OpDesc = &OP_POLL;
    type Request<'a> = PollReq<'a>;
    type Reply<'a> = rt::Empty;
}

impl rt::FastAbi for Poll {
    fn request_to_regs(
        req: &Self::Request<'_>,
        r: &mut rt::Regs,
    ) -> ::core::result::Result<(), hvlink_proto::Errno> {
        r.rsi = rt::reg(req.timeout);
        r.r8 = rt::reg(rt::one(&req.port)?);
        Ok(())
    }
    fn request_from_regs(
        r: &rt::Regs,
    ) -> ::core::result::Result<Self::Request<'static>, hvlink_proto::Errno> {
        let v_timeout = rt::unreg::<u64>(r.rsi, &POLL_REQ_POLICY.attrs[0])?;
        let v_port = rt::List::one(rt::unreg::<u32>(r.r8, &POLL_REQ_POLICY.attrs[1])?);
        Ok(PollReq {
            timeout: v_timeout,
            port: v_port,
        })
    }
    fn reply_to_regs(
        rep: &Self::Reply<'_>,
        r: &mut rt::Regs,
    ) -> ::core::result::Result<(), hvlink_proto::Errno> {
        let _ = (rep, r);
        Ok(())
    }
    fn reply_from_regs(
        r: &rt::Regs,
    ) -> ::core::result::Result<Self::Reply<'static>, hvlink_proto::Errno> {
        let _ = r;
        Ok(rt::Empty)
    }
}

/// Shut another domain down (toolstack).
///
/// Op 4 (`remote_shutdown`), privilege `control`; Xen `SCHEDOP_remote_shutdown`; max reply 0 bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct RemoteShutdown;

/// The request of [`RemoteShutdown`].
pub type RemoteShutdownRequest = RemoteShutdownReq;

/// Descriptor of [`RemoteShutdown`].
pub static OP_REMOTE_SHUTDOWN: rt::OpDesc = rt::OpDesc {
    family: "sched",
    family_id: ID,
    msg_type: MSG_TYPE,
    family_version: VERSION,
    name: "remote_shutdown",
    id: 4,
    since: 1,
    privilege: rt::Privilege::Control,
    flags: rt::op_flags::FASTABI,
    request: &REMOTE_SHUTDOWN_REQ_SET,
    reply: &rt::EMPTY_SET,
    max_reply: 0,
    target_domain: None,
    fastabi: Some(rt::RegMap {
        form: None,
        inputs: &[(1, rt::Reg::Rsi), (2, rt::Reg::R8)],
        outputs: &[],
    }),
    ring_only: None,
    register_only: None,
    doc: "Shut another domain down (toolstack).",
};

impl rt::Op for RemoteShutdown {
    const DESC: &'static rt::OpDesc = &OP_REMOTE_SHUTDOWN;
    type Request<'a> = RemoteShutdownReq;
    type Reply<'a> = rt::Empty;
}

impl rt::FastAbi for RemoteShutdown {
    fn request_to_regs(
        req: &Self::Request<'_>,
        r: &mut rt::Regs,
    ) -> ::core::result::Result<(), hvlink_proto::Errno> {
        r.rsi = rt::reg(req.dom);
        r.r8 = rt::reg(req.reason);
        Ok(())
    }
    fn request_from_regs(
        r: &rt::Regs,
    ) -> ::core::result::Result<Self::Request<'static>, hvlink_proto::Errno> {
        let v_dom = rt::unreg::<u16>(r.rsi, &REMOTE_SHUTDOWN_REQ_POLICY.attrs[0])?;
        let v_reason = rt::unreg_member::<ShutdownReason>(
            r.r8,
            &REMOTE_SHUTDOWN_REQ_POLICY.attrs[1],
            ShutdownReason::ENTRIES,
        )?;
        Ok(RemoteShutdownReq {
            dom: v_dom,
            reason: v_reason,
        })
    }
    fn reply_to_regs(
        rep: &Self::Reply<'_>,
        r: &mut rt::Regs,
    ) -> ::core::result::Result<(), hvlink_proto::Errno> {
        let _ = (rep, r);
        Ok(())
    }
    fn reply_from_regs(
        r: &rt::Regs,
    ) -> ::core::result::Result<Self::Reply<'static>, hvlink_proto::Errno> {
        let _ = r;
        Ok(rt::Empty)
    }
}

/// Latch the reason reported when the domain later shuts down.
///
/// Op 5 (`shutdown_code`), privilege `privileged`; Xen `SCHEDOP_shutdown_code`; max reply 0 bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ShutdownCode;

/// The request of [`ShutdownCode`].
pub type ShutdownCodeRequest = ShutdownReq;

/// Descriptor of [`ShutdownCode`].
pub static OP_SHUTDOWN_CODE: rt::OpDesc = rt::OpDesc {
    family: "sched",
    family_id: ID,
    msg_type: MSG_TYPE,
    family_version: VERSION,
    name: "shutdown_code",
    id: 5,
    since: 1,
    privilege: rt::Privilege::Privileged,
    flags: rt::op_flags::FASTABI,
    request: &SHUTDOWN_REQ_SET,
    reply: &rt::EMPTY_SET,
    max_reply: 0,
    target_domain: None,
    fastabi: Some(rt::RegMap {
        form: None,
        inputs: &[(1, rt::Reg::Rsi)],
        outputs: &[],
    }),
    ring_only: None,
    register_only: None,
    doc: "Latch the reason reported when the domain later shuts down.",
};

impl rt::Op for ShutdownCode {
    const DESC: &'static rt::OpDesc = &OP_SHUTDOWN_CODE;
    type Request<'a> = ShutdownReq;
    type Reply<'a> = rt::Empty;
}

impl rt::FastAbi for ShutdownCode {
    fn request_to_regs(
        req: &Self::Request<'_>,
        r: &mut rt::Regs,
    ) -> ::core::result::Result<(), hvlink_proto::Errno> {
        r.rsi = rt::reg(req.reason);
        Ok(())
    }
    fn request_from_regs(
        r: &rt::Regs,
    ) -> ::core::result::Result<Self::Request<'static>, hvlink_proto::Errno> {
        let v_reason = rt::unreg_member::<ShutdownReason>(
            r.rsi,
            &SHUTDOWN_REQ_POLICY.attrs[0],
            ShutdownReason::ENTRIES,
        )?;
        Ok(ShutdownReq { reason: v_reason })
    }
    fn reply_to_regs(
        rep: &Self::Reply<'_>,
        r: &mut rt::Regs,
    ) -> ::core::result::Result<(), hvlink_proto::Errno> {
        let _ = (rep, r);
        Ok(())
    }
    fn reply_from_regs(
        r: &rt::Regs,
    ) -> ::core::result::Result<Self::Reply<'static>, hvlink_proto::Errno> {
        let _ = r;
        Ok(rt::Empty)
    }
}

/// Create, poke or destroy a domain watchdog.
///
/// Op 6 (`watchdog`), privilege `privileged`; Xen `SCHEDOP_watchdog`; max reply 8 bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Watchdog;

/// The request of [`Watchdog`].
pub type WatchdogRequest = WatchdogReq;

/// Descriptor of [`Watchdog`].
pub static OP_WATCHDOG: rt::OpDesc = rt::OpDesc {
    family: "sched",
    family_id: ID,
    msg_type: MSG_TYPE,
    family_version: VERSION,
    name: "watchdog",
    id: 6,
    since: 1,
    privilege: rt::Privilege::Privileged,
    flags: rt::op_flags::FASTABI,
    request: &WATCHDOG_REQ_SET,
    reply: &WATCHDOG_REPLY_SET,
    max_reply: 8,
    target_domain: None,
    fastabi: Some(rt::RegMap {
        form: None,
        inputs: &[(1, rt::Reg::Rsi), (2, rt::Reg::R8)],
        outputs: &[(1, rt::Reg::Rsi)],
    }),
    ring_only: None,
    register_only: None,
    doc: "Create, poke or destroy a domain watchdog.",
};

impl rt::Op for Watchdog {
    const DESC: &'static rt::OpDesc = &OP_WATCHDOG;
    type Request<'a> = WatchdogReq;
    type Reply<'a> = WatchdogReply;
}

impl rt::FastAbi for Watchdog {
    fn request_to_regs(
        req: &Self::Request<'_>,
        r: &mut rt::Regs,
    ) -> ::core::result::Result<(), hvlink_proto::Errno> {
        r.rsi = rt::reg(req.id);
        r.r8 = rt::reg(req.timeout);
        Ok(())
    }
    fn request_from_regs(
        r: &rt::Regs,
    ) -> ::core::result::Result<Self::Request<'static>, hvlink_proto::Errno> {
        let v_id = rt::unreg::<u32>(r.rsi, &WATCHDOG_REQ_POLICY.attrs[0])?;
        let v_timeout = rt::unreg::<u32>(r.r8, &WATCHDOG_REQ_POLICY.attrs[1])?;
        Ok(WatchdogReq {
            id: v_id,
            timeout: v_timeout,
        })
    }
    fn reply_to_regs(
        rep: &Self::Reply<'_>,
        r: &mut rt::Regs,
    ) -> ::core::result::Result<(), hvlink_proto::Errno> {
        r.rsi = rt::reg_opt(rep.id);
        Ok(())
    }
    fn reply_from_regs(
        r: &rt::Regs,
    ) -> ::core::result::Result<Self::Reply<'static>, hvlink_proto::Errno> {
        let v_id = Some(rt::unreg::<u32>(r.rsi, &WATCHDOG_REPLY_POLICY.attrs[0])?);
        Ok(WatchdogReply { id: v_id })
    }
}

/// Temporarily pin the calling vCPU to a physical CPU (hardware domain only).
///
/// Op 7 (`pin_override`), privilege `privileged`; Xen `SCHEDOP_pin_override`; max reply 0 bytes; register only: It acts on the calling vCPU, which a ring message does not have..
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct PinOverride;

/// The request of [`PinOverride`].
pub type PinOverrideRequest = PinOverrideReq;

/// Descriptor of [`PinOverride`].
pub static OP_PIN_OVERRIDE: rt::OpDesc = rt::OpDesc {
    family: "sched",
    family_id: ID,
    msg_type: MSG_TYPE,
    family_version: VERSION,
    name: "pin_override",
    id: 7,
    since: 1,
    privilege: rt::Privilege::Privileged,
    flags: rt::op_flags::FASTABI | rt::op_flags::REGISTER_ONLY,
    request: &PIN_OVERRIDE_REQ_SET,
    reply: &rt::EMPTY_SET,
    max_reply: 0,
    target_domain: None,
    fastabi: Some(rt::RegMap {
        form: None,
        inputs: &[(1, rt::Reg::Rsi)],
        outputs: &[],
    }),
    ring_only: None,
    register_only: Some("It acts on the calling vCPU, which a ring message does not have."),
    doc: "Temporarily pin the calling vCPU to a physical CPU (hardware domain only).",
};

impl rt::Op for PinOverride {
    const DESC: &'static rt::OpDesc = &OP_PIN_OVERRIDE;
    type Request<'a> = PinOverrideReq;
    type Reply<'a> = rt::Empty;
}

impl rt::FastAbi for PinOverride {
    fn request_to_regs(
        req: &Self::Request<'_>,
        r: &mut rt::Regs,
    ) -> ::core::result::Result<(), hvlink_proto::Errno> {
        r.rsi = rt::reg(req.pcpu);
        Ok(())
    }
    fn request_from_regs(
        r: &rt::Regs,
    ) -> ::core::result::Result<Self::Request<'static>, hvlink_proto::Errno> {
        let v_pcpu = rt::unreg::<i32>(r.rsi, &PIN_OVERRIDE_REQ_POLICY.attrs[0])?;
        Ok(PinOverrideReq { pcpu: v_pcpu })
    }
    fn reply_to_regs(
        rep: &Self::Reply<'_>,
        r: &mut rt::Regs,
    ) -> ::core::result::Result<(), hvlink_proto::Errno> {
        let _ = (rep, r);
        Ok(())
    }
    fn reply_from_regs(
        r: &rt::Regs,
    ) -> ::core::result::Result<Self::Reply<'static>, hvlink_proto::Errno> {
        let _ = r;
        Ok(rt::Empty)
    }
}

/// The family's descriptor.
pub static FAMILY: rt::FamilyDesc = rt::FamilyDesc {
    name: "sched",
    id: ID,
    msg_type: MSG_TYPE,
    version: VERSION,
    doc: "Yield, block and poll, shut the domain down, latch a shutdown code, and drive domain watchdogs. Through a FastABI register call yield, block and poll act on the calling vCPU exactly as in Xen. On a ring there is no calling vCPU, so they become continuations that wait without stopping any vCPU - block completes once an event is pending for the domain, poll once one of its ports is pending or its timeout passed, and yield completes at once. Sub-op numbers are Xen's SCHEDOP_* values and the register layout is the FastABI RFC's.",
    ops: &[&OP_YIELD, &OP_BLOCK, &OP_SHUTDOWN, &OP_POLL, &OP_REMOTE_SHUTDOWN, &OP_SHUTDOWN_CODE, &OP_WATCHDOG, &OP_PIN_OVERRIDE],
};

/// What a host implements for this family: one method per op, called with a request
/// that was already validated (the same way on a ring and by register). Batch ops
/// report each entry's result through `out` as soon as it is known, so a host encodes
/// entries straight into its reply (or progress) message without collecting them.
pub trait Backend {
    /// Give up the physical CPU voluntarily (on a ring - completes at once).
    fn r#yield(&mut self, ctx: &rt::Ctx) -> ::core::result::Result<(), hvlink_proto::Errno>;
    /// Wait until an event is pending (register call - the calling vCPU blocks; ring - a continuation).
    fn block(&mut self, ctx: &rt::Ctx) -> ::core::result::Result<(), hvlink_proto::Errno>;
    /// Stop the whole domain and tell the toolstack why.
    fn shutdown(
        &mut self,
        ctx: &rt::Ctx,
        req: &ShutdownReq,
    ) -> ::core::result::Result<(), hvlink_proto::Errno>;
    /// Wait until one of the ports is pending or the timeout passes.
    fn poll(
        &mut self,
        ctx: &rt::Ctx,
        req: &PollReq<'_>,
    ) -> ::core::result::Result<(), hvlink_proto::Errno>;
    /// Shut another domain down (toolstack).
    fn remote_shutdown(
        &mut self,
        ctx: &rt::Ctx,
        req: &RemoteShutdownReq,
    ) -> ::core::result::Result<(), hvlink_proto::Errno>;
    /// Latch the reason reported when the domain later shuts down.
    fn shutdown_code(
        &mut self,
        ctx: &rt::Ctx,
        req: &ShutdownReq,
    ) -> ::core::result::Result<(), hvlink_proto::Errno>;
    /// Create, poke or destroy a domain watchdog.
    fn watchdog(
        &mut self,
        ctx: &rt::Ctx,
        req: &WatchdogReq,
    ) -> ::core::result::Result<WatchdogReply, hvlink_proto::Errno>;
    /// Temporarily pin the calling vCPU to a physical CPU (hardware domain only).
    fn pin_override(
        &mut self,
        ctx: &rt::Ctx,
        req: &PinOverrideReq,
    ) -> ::core::result::Result<(), hvlink_proto::Errno>;
}

/// Serve one ring request of this family: decode and validate `attrs` as op `cmd`'s
/// request, call the backend, write the reply's attributes (not the headers) into `reply`.
///
/// `ENOSYS` for an unknown op, `EOPNOTSUPP` for a register-only op; a request that fails
/// validation (or a reply that cannot be encoded) is [`rt::ServeError::Invalid`]. Batch ops
/// run the entries of `window` (see [`rt::serve_batch`]); a single-form request runs as a
/// one-entry batch and is answered in the single form. On error `reply` may hold a partial
/// write: the caller drops the message.
pub fn serve<B: Backend + ?Sized, S: c::Sink>(
    backend: &mut B,
    ctx: &rt::Ctx,
    cmd: u8,
    attrs: c::Attrs<'_>,
    window: rt::Window<'_>,
    reply: &mut c::Builder<S>,
) -> ::core::result::Result<rt::Served, rt::ServeError> {
    let _ = window;
    match OpId(cmd) {
        OpId::YIELD => {
            rt::Empty::decode(attrs)?;
            backend.r#yield(ctx)?;
            Ok(rt::Served::WHOLE)
        }
        OpId::BLOCK => {
            rt::Empty::decode(attrs)?;
            backend.block(ctx)?;
            Ok(rt::Served::WHOLE)
        }
        OpId::SHUTDOWN => {
            backend.shutdown(ctx, &ShutdownReq::decode(attrs)?)?;
            Ok(rt::Served::WHOLE)
        }
        OpId::POLL => {
            backend.poll(ctx, &PollReq::decode(attrs)?)?;
            Ok(rt::Served::WHOLE)
        }
        OpId::REMOTE_SHUTDOWN => {
            backend.remote_shutdown(ctx, &RemoteShutdownReq::decode(attrs)?)?;
            Ok(rt::Served::WHOLE)
        }
        OpId::SHUTDOWN_CODE => {
            backend.shutdown_code(ctx, &ShutdownReq::decode(attrs)?)?;
            Ok(rt::Served::WHOLE)
        }
        OpId::WATCHDOG => rt::served(&backend.watchdog(ctx, &WatchdogReq::decode(attrs)?)?, reply),
        OpId::PIN_OVERRIDE => Err(rt::ServeError::Errno(hvlink_proto::Errno::EOPNOTSUPP)),
        _ => Err(rt::ServeError::Errno(hvlink_proto::Errno::ENOSYS)),
    }
}

/// Validate a ring request of op `cmd` as `serve` does before it runs anything (the
/// whole request, every batch entry included), without running it: a host may do this
/// apart (outside its locks) and then serve the request with [`rt::Window::validated`].
/// Unknown and register-only ops pass (`serve` refuses them).
pub fn validate(cmd: u8, attrs: c::Attrs<'_>) -> ::core::result::Result<(), c::Error> {
    match OpId(cmd) {
        OpId::YIELD => rt::Empty::decode(attrs).map(|_| ()),
        OpId::BLOCK => rt::Empty::decode(attrs).map(|_| ()),
        OpId::SHUTDOWN => ShutdownReq::decode(attrs).map(|_| ()),
        OpId::POLL => PollReq::decode(attrs).map(|_| ()),
        OpId::REMOTE_SHUTDOWN => RemoteShutdownReq::decode(attrs).map(|_| ()),
        OpId::SHUTDOWN_CODE => ShutdownReq::decode(attrs).map(|_| ()),
        OpId::WATCHDOG => WatchdogReq::decode(attrs).map(|_| ()),
        _ => Ok(()),
    }
}

/// [`validate`], keeping the entries of a batch request in `kept` as they are decoded
/// (see [`rt::keep`]): serve its windows with [`rt::Window::kept`] pointing there and each
/// entry is decoded once. For another op (or entries that borrow from the request) `kept`
/// is emptied and the request validated as by `validate`.
pub fn validate_keep(
    cmd: u8,
    attrs: c::Attrs<'_>,
    kept: &mut rt::Kept,
) -> ::core::result::Result<(), c::Error> {
    kept.clear();
    validate(cmd, attrs)
}

/// Serve one FastABI register call of this family (rdi = op id): request_from_regs,
/// backend, write_regs (rax = 0 + mapped outputs). On error return `Err(errno)` and leave
/// `regs` untouched (the caller writes -errno to rax only: "no implicit clobbering").
/// `ENOSYS` for an unknown op or one without a register mapping.
pub fn serve_regs<B: Backend + ?Sized>(
    backend: &mut B,
    ctx: &rt::Ctx,
    regs: &mut rt::Regs,
) -> ::core::result::Result<(), hvlink_proto::Errno> {
    match OpId(rt::reg_op(regs)?) {
        OpId::YIELD => {
            backend.r#yield(ctx)?;
            rt::commit_regs::<Yield>(&rt::Empty, regs)
        }
        OpId::BLOCK => {
            backend.block(ctx)?;
            rt::commit_regs::<Block>(&rt::Empty, regs)
        }
        OpId::SHUTDOWN => {
            let req = <Shutdown as rt::FastAbi>::request_from_regs(regs)?;
            backend.shutdown(ctx, &req)?;
            rt::commit_regs::<Shutdown>(&rt::Empty, regs)
        }
        OpId::POLL => {
            let req = <Poll as rt::FastAbi>::request_from_regs(regs)?;
            backend.poll(ctx, &req)?;
            rt::commit_regs::<Poll>(&rt::Empty, regs)
        }
        OpId::REMOTE_SHUTDOWN => {
            let req = <RemoteShutdown as rt::FastAbi>::request_from_regs(regs)?;
            backend.remote_shutdown(ctx, &req)?;
            rt::commit_regs::<RemoteShutdown>(&rt::Empty, regs)
        }
        OpId::SHUTDOWN_CODE => {
            let req = <ShutdownCode as rt::FastAbi>::request_from_regs(regs)?;
            backend.shutdown_code(ctx, &req)?;
            rt::commit_regs::<ShutdownCode>(&rt::Empty, regs)
        }
        OpId::WATCHDOG => {
            let req = <Watchdog as rt::FastAbi>::request_from_regs(regs)?;
            rt::commit_regs::<Watchdog>(&backend.watchdog(ctx, &req)?, regs)
        }
        OpId::PIN_OVERRIDE => {
            let req = <PinOverride as rt::FastAbi>::request_from_regs(regs)?;
            backend.pin_override(ctx, &req)?;
            rt::commit_regs::<PinOverride>(&rt::Empty, regs)
        }
        _ => Err(hvlink_proto::Errno::ENOSYS),
    }
}
