// Do not edit: generated from proto/spec/vcpu.yaml by hvlink-proto-gen; regenerate with `cargo run -p hvlink-proto-gen`.
//! Bring vCPUs of the calling domain up and down, program their one-shot and periodic timers, read how long they spent in each run state, and register the guest-physical areas where the host publishes per-vCPU information. Every op names its vCPU explicitly, so the ops work from a ring as well as from the vCPU itself; areas are always given by guest-physical address (the virtual-address variants register_runstate_memory_area and register_vcpu_time_memory_area are deliberately absent). Sub-op numbers are Xen's VCPUOP_* values and the register layout is the FastABI RFC's.

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
pub const ID: u16 = 0x18;
/// Message type of the family's ring messages.
pub const MSG_TYPE: u16 = 0x118;
/// Current family version.
pub const VERSION: u8 = 1;

/// Op ids of the family (the family header's `cmd`, rdi in a register call).
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct OpId(pub u8);

impl OpId {
    /// Initialise a vCPU from a register context in a guest frame (once per vCPU).
    pub const INITIALISE: OpId = OpId(0);
    /// Make an initialised vCPU runnable.
    pub const UP: OpId = OpId(1);
    /// Make a vCPU non-runnable (may return before it stops, unless it is the caller).
    pub const DOWN: OpId = OpId(2);
    /// Tell whether a vCPU is up.
    pub const IS_UP: OpId = OpId(3);
    /// Report a vCPU's state and the time it spent in each state.
    pub const GET_RUNSTATE_INFO: OpId = OpId(4);
    /// Start or reprogram a vCPU's periodic timer.
    pub const SET_PERIODIC_TIMER: OpId = OpId(6);
    /// Stop a vCPU's periodic timer.
    pub const STOP_PERIODIC_TIMER: OpId = OpId(7);
    /// Arm a vCPU's one-shot timer at an absolute system time.
    pub const SET_SINGLESHOT_TIMER: OpId = OpId(8);
    /// Cancel a vCPU's one-shot timer.
    pub const STOP_SINGLESHOT_TIMER: OpId = OpId(9);
    /// Move a vCPU's vcpu_info structure to a guest frame.
    pub const REGISTER_VCPU_INFO: OpId = OpId(10);
    /// Send an NMI to a vCPU.
    pub const SEND_NMI: OpId = OpId(11);
    /// Report the physical CPU id behind a vCPU (hardware domain only).
    pub const GET_PHYSID: OpId = OpId(12);
    /// Publish a vCPU's runstate information at a guest-physical address.
    pub const REGISTER_RUNSTATE_PHYS_AREA: OpId = OpId(14);
    /// Publish a vCPU's time information at a guest-physical address.
    pub const REGISTER_VCPU_TIME_PHYS_AREA: OpId = OpId(15);
    /// Every op: (name, id).
    pub const ENTRIES: &'static [(&'static str, i64)] = &[
        ("initialise", 0),
        ("up", 1),
        ("down", 2),
        ("is_up", 3),
        ("get_runstate_info", 4),
        ("set_periodic_timer", 6),
        ("stop_periodic_timer", 7),
        ("set_singleshot_timer", 8),
        ("stop_singleshot_timer", 9),
        ("register_vcpu_info", 10),
        ("send_nmi", 11),
        ("get_physid", 12),
        ("register_runstate_phys_area", 14),
        ("register_vcpu_time_phys_area", 15),
    ];
}

impl ::core::fmt::Debug for OpId {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        rt::fmt_enum(f, "OpId", Self::ENTRIES, self.0 as i128)
    }
}

/// Scheduling state of a vCPU (Xen RUNSTATE_*).
///
/// Closed enum: any value is representable; the constants are the spec's entries.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Runstate(pub i32);

impl Runstate {
    /// Running on a physical CPU.
    pub const RUNNING: Runstate = Runstate(0);
    /// Runnable but not scheduled.
    pub const RUNNABLE: Runstate = Runstate(1);
    /// Blocked (idle); not runnable.
    pub const BLOCKED: Runstate = Runstate(2);
    /// Neither runnable nor blocked (down or paused).
    pub const OFFLINE: Runstate = Runstate(3);
    /// Every entry: (name, value).
    pub const ENTRIES: &'static [(&'static str, i64)] = &[
        ("running", 0),
        ("runnable", 1),
        ("blocked", 2),
        ("offline", 3),
    ];
}

impl ::core::fmt::Debug for Runstate {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        rt::fmt_enum(f, "Runstate", Self::ENTRIES, self.0 as i128)
    }
}

hvlink_proto::__scalar_newtype!(Runstate, i32);

/// Flags of set_singleshot_timer (Xen VCPU_SSHOTTMR_*).
///
/// Closed flag set: any value is representable; the constants are the spec's entries.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct SingleshotFlags(pub u32);

impl SingleshotFlags {
    /// Fail with ETIME if the deadline has already passed.
    pub const FUTURE: SingleshotFlags = SingleshotFlags(1);
    /// Every entry: (name, value).
    pub const ENTRIES: &'static [(&'static str, i64)] = &[("future", 1)];
}

impl ::core::fmt::Debug for SingleshotFlags {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        rt::fmt_flags(f, Self::ENTRIES, self.0 as u64)
    }
}

impl ::core::ops::BitOr for SingleshotFlags {
    type Output = SingleshotFlags;
    fn bitor(self, rhs: SingleshotFlags) -> SingleshotFlags {
        SingleshotFlags(self.0 | rhs.0)
    }
}

hvlink_proto::__scalar_newtype!(SingleshotFlags, u32);

/// Attribute type numbers, one module per attribute set.
pub mod ids {
    /// Attributes of `vcpu-req`.
    pub mod vcpu_req {
        /// `vcpu`: vCPU id.
        pub const VCPU: u16 = 1;
    }
    /// Attributes of `initialise-req`.
    pub mod initialise_req {
        /// `vcpu`: vCPU id.
        pub const VCPU: u16 = 1;
        /// `context-gfn`: Guest frame holding the initial register context (replaces Xen's pointer argument).
        pub const CONTEXT_GFN: u16 = 2;
    }
    /// Attributes of `is-up-reply`.
    pub mod is_up_reply {
        /// `up`: 1 if the vCPU is up, 0 if it is down.
        pub const UP: u16 = 1;
    }
    /// Attributes of `runstate-reply`.
    pub mod runstate_reply {
        /// `state`: Current state.
        pub const STATE: u16 = 1;
        /// `state-entry-time`: System time (ns) at which the current state was entered.
        pub const STATE_ENTRY_TIME: u16 = 2;
        /// `time-running`: Nanoseconds spent running.
        pub const TIME_RUNNING: u16 = 3;
        /// `time-runnable`: Nanoseconds spent runnable but not running.
        pub const TIME_RUNNABLE: u16 = 4;
        /// `time-blocked`: Nanoseconds spent blocked.
        pub const TIME_BLOCKED: u16 = 5;
        /// `time-offline`: Nanoseconds spent offline.
        pub const TIME_OFFLINE: u16 = 6;
    }
    /// Attributes of `phys-area-req`.
    pub mod phys_area_req {
        /// `vcpu`: vCPU id.
        pub const VCPU: u16 = 1;
        /// `gpa`: Guest-physical address of the area (must not cross a page boundary).
        pub const GPA: u16 = 2;
    }
    /// Attributes of `periodic-timer-req`.
    pub mod periodic_timer_req {
        /// `vcpu`: vCPU id.
        pub const VCPU: u16 = 1;
        /// `period-ns`: Timer period in nanoseconds (periods under 1 ms may be refused).
        pub const PERIOD_NS: u16 = 2;
    }
    /// Attributes of `singleshot-timer-req`.
    pub mod singleshot_timer_req {
        /// `vcpu`: vCPU id.
        pub const VCPU: u16 = 1;
        /// `timeout-abs-ns`: Absolute system time (ns) at which the timer fires.
        pub const TIMEOUT_ABS_NS: u16 = 2;
        /// `flags`: Timer flags.
        pub const FLAGS: u16 = 3;
    }
    /// Attributes of `vcpu-info-req`.
    pub mod vcpu_info_req {
        /// `vcpu`: vCPU id.
        pub const VCPU: u16 = 1;
        /// `gfn`: Guest frame holding the vcpu_info structure (Xen's mfn field).
        pub const GFN: u16 = 2;
        /// `offset`: Byte offset of vcpu_info inside that frame.
        pub const OFFSET: u16 = 3;
    }
    /// Attributes of `physid-reply`.
    pub mod physid_reply {
        /// `phys-id`: Physical CPU id (x86 - APIC id in bits 0..31, ACPI id in bits 32..63).
        pub const PHYS_ID: u16 = 1;
    }
}

/// Request naming one vCPU of the caller.
#[derive(
    ::core::clone::Clone, ::core::marker::Copy, ::core::fmt::Debug, ::core::cmp::PartialEq,
)]
pub struct VcpuReq {
    /// vCPU id.
    ///
    /// `vcpu` (id 1, u32), required.
    pub vcpu: u32,
}

/// Validation policy of `vcpu-req`.
pub static VCPU_REQ_POLICY: c::Policy = c::Policy::new(
    "vcpu-req",
    &[c::AttrPolicy::new(1, "vcpu", c::AttrType::U32).required()],
)
.max_attrs(1024);

/// Descriptor of `vcpu-req`.
pub static VCPU_REQ_SET: rt::SetDesc = rt::SetDesc {
    name: "vcpu-req",
    doc: "Request naming one vCPU of the caller.",
    policy: &VCPU_REQ_POLICY,
    attrs: &[rt::AttrDesc {
        kind: 1,
        name: "vcpu",
        ty: "u32",
        doc: "vCPU id.",
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

impl<'a> rt::AttrSet<'a> for VcpuReq {
    const DESC: &'static rt::SetDesc = &VCPU_REQ_SET;

    fn decode_at(attrs: c::Attrs<'a>, container: usize) -> c::Result<Self> {
        let mut v_vcpu: Option<u32> = None;
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
                        let v = r;
                        v_vcpu = Some(v);
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
                v_vcpu = Some(v);
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
                        v_vcpu = Some(v);
                    }
                    _ => rt::unknown(&a)?,
                }
            }
        }
        if seen & 0x1 != 0x1 {
            return Err(rt::missing(container, (0x1 & !seen) as u128, &[1]));
        }
        Ok(VcpuReq {
            vcpu: rt::req(v_vcpu, container, 1)?,
        })
    }

    fn encode<S: c::Sink>(&self, b: &mut c::Builder<S>) -> c::Result<()> {
        rt::put(b, 1, &self.vcpu)?;
        Ok(())
    }
}

impl<'a> rt::Elem<'a> for VcpuReq {
    #[inline]
    fn from_attr(a: &c::Attr<'a>) -> c::Result<Self> {
        rt::nest_from_attr(a)
    }
    fn put_attr<S: c::Sink>(&self, b: &mut c::Builder<S>, raw_kind: u16) -> c::Result<()> {
        rt::nest_put(self, b, raw_kind)
    }
}

/// Request of initialise.
#[derive(
    ::core::clone::Clone, ::core::marker::Copy, ::core::fmt::Debug, ::core::cmp::PartialEq,
)]
pub struct InitialiseReq {
    /// vCPU id.
    ///
    /// `vcpu` (id 1, u32), required.
    pub vcpu: u32,
    /// Guest frame holding the initial register context (replaces Xen's pointer argument).
    ///
    /// `context-gfn` (id 2, u64), required.
    pub context_gfn: u64,
}

/// Validation policy of `initialise-req`.
pub static INITIALISE_REQ_POLICY: c::Policy = c::Policy::new(
    "initialise-req",
    &[
        c::AttrPolicy::new(1, "vcpu", c::AttrType::U32).required(),
        c::AttrPolicy::new(2, "context-gfn", c::AttrType::U64).required(),
    ],
)
.max_attrs(1024);

/// Descriptor of `initialise-req`.
pub static INITIALISE_REQ_SET: rt::SetDesc = rt::SetDesc {
    name: "initialise-req",
    doc: "Request of initialise.",
    policy: &INITIALISE_REQ_POLICY,
    attrs: &[
        rt::AttrDesc {
            kind: 1,
            name: "vcpu",
            ty: "u32",
            doc: "vCPU id.",
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
            name: "context-gfn",
            ty: "u64",
            doc: "Guest frame holding the initial register context (replaces Xen's pointer argument).",
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
    forms: &[
    ],
};

impl<'a> rt::AttrSet<'a> for InitialiseReq {
    const DESC: &'static rt::SetDesc = &INITIALISE_REQ_SET;

    fn decode_at(attrs: c::Attrs<'a>, container: usize) -> c::Result<Self> {
        let mut v_vcpu: Option<u32> = None;
        let mut v_context_gfn: Option<u64> = None;
        let mut seen: u32 = 0;
        let mut count = 0u32;
        'walk: {
            if let Ok(b) = <&[u8; 20]>::try_from(attrs.remaining()) {
                if rt::word(b, 0) == 0x00010008 && rt::word(b, 8) == 0x0002000c {
                    let at = attrs.offset();
                    {
                        let a = c::Attr::new(0x0001, at as u32, rt::bytes(b, 4, 4));
                        seen |= 0x1;
                        let r = rt::int::<u32>(&a)?;
                        let v = r;
                        v_vcpu = Some(v);
                    }
                    {
                        let a = c::Attr::new(0x0002, (at + 8) as u32, rt::bytes(b, 12, 8));
                        seen |= 0x2;
                        let r = rt::int::<u64>(&a)?;
                        let v = r;
                        v_context_gfn = Some(v);
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
                v_vcpu = Some(v);
            }
            if let Some(a) = walk.expect(0x0002000c) {
                count += 1;
                seen |= 0x2;
                let r = rt::int::<u64>(&a)?;
                let v = r;
                v_context_gfn = Some(v);
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
                        v_vcpu = Some(v);
                    }
                    2 => {
                        if seen & 0x2 != 0 {
                            return Err(rt::duplicate(a));
                        }
                        seen |= 0x2;
                        let r = rt::int::<u64>(&a)?;
                        let v = r;
                        v_context_gfn = Some(v);
                    }
                    _ => rt::unknown(&a)?,
                }
            }
        }
        if seen & 0x3 != 0x3 {
            return Err(rt::missing(container, (0x3 & !seen) as u128, &[1, 2]));
        }
        Ok(InitialiseReq {
            vcpu: rt::req(v_vcpu, container, 1)?,
            context_gfn: rt::req(v_context_gfn, container, 2)?,
        })
    }

    fn encode<S: c::Sink>(&self, b: &mut c::Builder<S>) -> c::Result<()> {
        rt::put(b, 1, &self.vcpu)?;
        rt::put(b, 2, &self.context_gfn)?;
        Ok(())
    }
}

impl<'a> rt::Elem<'a> for InitialiseReq {
    #[inline]
    fn from_attr(a: &c::Attr<'a>) -> c::Result<Self> {
        rt::nest_from_attr(a)
    }
    fn put_attr<S: c::Sink>(&self, b: &mut c::Builder<S>, raw_kind: u16) -> c::Result<()> {
        rt::nest_put(self, b, raw_kind)
    }
}

/// Reply of is_up.
#[derive(
    ::core::clone::Clone, ::core::marker::Copy, ::core::fmt::Debug, ::core::cmp::PartialEq,
)]
pub struct IsUpReply {
    /// 1 if the vCPU is up, 0 if it is down.
    ///
    /// `up` (id 1, u8), required.
    pub up: u8,
}

/// Validation policy of `is-up-reply`.
pub static IS_UP_REPLY_POLICY: c::Policy = c::Policy::new(
    "is-up-reply",
    &[c::AttrPolicy::new(1, "up", c::AttrType::U8)
        .required()
        .values(c::Values::Range { min: 0, max: 1 })],
)
.max_attrs(1024);

/// Descriptor of `is-up-reply`.
pub static IS_UP_REPLY_SET: rt::SetDesc = rt::SetDesc {
    name: "is-up-reply",
    doc: "Reply of is_up.",
    policy: &IS_UP_REPLY_POLICY,
    attrs: &[rt::AttrDesc {
        kind: 1,
        name: "up",
        ty: "u8",
        doc: "1 if the vCPU is up, 0 if it is down.",
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

impl<'a> rt::AttrSet<'a> for IsUpReply {
    const DESC: &'static rt::SetDesc = &IS_UP_REPLY_SET;

    fn decode_at(attrs: c::Attrs<'a>, container: usize) -> c::Result<Self> {
        let mut v_up: Option<u8> = None;
        let mut seen: u32 = 0;
        let mut count = 0u32;
        'walk: {
            if let Ok(b) = <&[u8; 8]>::try_from(attrs.remaining()) {
                if rt::word(b, 0) == 0x00010005 {
                    let at = attrs.offset();
                    {
                        let a = c::Attr::new(0x0001, at as u32, rt::bytes(b, 4, 1));
                        seen |= 0x1;
                        let r = rt::int::<u8>(&a)?;
                        rt::check_range(&a, r as i128, 0, 1)?;
                        let v = r;
                        v_up = Some(v);
                    }
                    break 'walk;
                }
            }
            let mut walk = rt::Walk::new(&attrs);
            if let Some(a) = walk.expect(0x00010005) {
                count += 1;
                seen |= 0x1;
                let r = rt::int::<u8>(&a)?;
                rt::check_range(&a, r as i128, 0, 1)?;
                let v = r;
                v_up = Some(v);
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
                        let r = rt::int::<u8>(&a)?;
                        rt::check_range(&a, r as i128, 0, 1)?;
                        let v = r;
                        v_up = Some(v);
                    }
                    _ => rt::unknown(&a)?,
                }
            }
        }
        if seen & 0x1 != 0x1 {
            return Err(rt::missing(container, (0x1 & !seen) as u128, &[1]));
        }
        Ok(IsUpReply {
            up: rt::req(v_up, container, 1)?,
        })
    }

    fn encode<S: c::Sink>(&self, b: &mut c::Builder<S>) -> c::Result<()> {
        rt::put(b, 1, &self.up)?;
        Ok(())
    }
}

impl<'a> rt::Elem<'a> for IsUpReply {
    #[inline]
    fn from_attr(a: &c::Attr<'a>) -> c::Result<Self> {
        rt::nest_from_attr(a)
    }
    fn put_attr<S: c::Sink>(&self, b: &mut c::Builder<S>, raw_kind: u16) -> c::Result<()> {
        rt::nest_put(self, b, raw_kind)
    }
}

/// Reply of get_runstate_info; the four times sum to the time since the vCPU was created.
#[derive(
    ::core::clone::Clone, ::core::marker::Copy, ::core::fmt::Debug, ::core::cmp::PartialEq,
)]
pub struct RunstateReply {
    /// Current state.
    ///
    /// `state` (id 1, s32), required.
    pub state: Runstate,
    /// System time (ns) at which the current state was entered.
    ///
    /// `state-entry-time` (id 2, u64), required.
    pub state_entry_time: u64,
    /// Nanoseconds spent running.
    ///
    /// `time-running` (id 3, u64), required.
    pub time_running: u64,
    /// Nanoseconds spent runnable but not running.
    ///
    /// `time-runnable` (id 4, u64), required.
    pub time_runnable: u64,
    /// Nanoseconds spent blocked.
    ///
    /// `time-blocked` (id 5, u64), required.
    pub time_blocked: u64,
    /// Nanoseconds spent offline.
    ///
    /// `time-offline` (id 6, u64), required.
    pub time_offline: u64,
}

/// Validation policy of `runstate-reply`.
pub static RUNSTATE_REPLY_POLICY: c::Policy = c::Policy::new(
    "runstate-reply",
    &[
        c::AttrPolicy::new(1, "state", c::AttrType::S32).required(),
        c::AttrPolicy::new(2, "state-entry-time", c::AttrType::U64).required(),
        c::AttrPolicy::new(3, "time-running", c::AttrType::U64).required(),
        c::AttrPolicy::new(4, "time-runnable", c::AttrType::U64).required(),
        c::AttrPolicy::new(5, "time-blocked", c::AttrType::U64).required(),
        c::AttrPolicy::new(6, "time-offline", c::AttrType::U64).required(),
    ],
)
.max_attrs(1024);

/// Descriptor of `runstate-reply`.
pub static RUNSTATE_REPLY_SET: rt::SetDesc = rt::SetDesc {
    name: "runstate-reply",
    doc: "Reply of get_runstate_info; the four times sum to the time since the vCPU was created.",
    policy: &RUNSTATE_REPLY_POLICY,
    attrs: &[
        rt::AttrDesc {
            kind: 1,
            name: "state",
            ty: "s32",
            doc: "Current state.",
            required: true,
            max_count: 0,
            must_understand: false,
            since: 1,
            default: None,
            enumeration: Some("runstate"),
            nested: None,
            form: None,
            when: None,
        },
        rt::AttrDesc {
            kind: 2,
            name: "state-entry-time",
            ty: "u64",
            doc: "System time (ns) at which the current state was entered.",
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
            kind: 3,
            name: "time-running",
            ty: "u64",
            doc: "Nanoseconds spent running.",
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
            kind: 4,
            name: "time-runnable",
            ty: "u64",
            doc: "Nanoseconds spent runnable but not running.",
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
            kind: 5,
            name: "time-blocked",
            ty: "u64",
            doc: "Nanoseconds spent blocked.",
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
            kind: 6,
            name: "time-offline",
            ty: "u64",
            doc: "Nanoseconds spent offline.",
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

impl<'a> rt::AttrSet<'a> for RunstateReply {
    const DESC: &'static rt::SetDesc = &RUNSTATE_REPLY_SET;

    fn decode_at(attrs: c::Attrs<'a>, container: usize) -> c::Result<Self> {
        let mut v_state: Option<Runstate> = None;
        let mut v_state_entry_time: Option<u64> = None;
        let mut v_time_running: Option<u64> = None;
        let mut v_time_runnable: Option<u64> = None;
        let mut v_time_blocked: Option<u64> = None;
        let mut v_time_offline: Option<u64> = None;
        let mut seen: u32 = 0;
        let mut count = 0u32;
        'walk: {
            if let Ok(b) = <&[u8; 68]>::try_from(attrs.remaining()) {
                if rt::word(b, 0) == 0x00010008
                    && rt::word(b, 8) == 0x0002000c
                    && rt::word(b, 20) == 0x0003000c
                    && rt::word(b, 32) == 0x0004000c
                    && rt::word(b, 44) == 0x0005000c
                    && rt::word(b, 56) == 0x0006000c
                {
                    let at = attrs.offset();
                    {
                        let a = c::Attr::new(0x0001, at as u32, rt::bytes(b, 4, 4));
                        seen |= 0x1;
                        let r = rt::int::<i32>(&a)?;
                        let v = Runstate(r);
                        v_state = Some(v);
                    }
                    {
                        let a = c::Attr::new(0x0002, (at + 8) as u32, rt::bytes(b, 12, 8));
                        seen |= 0x2;
                        let r = rt::int::<u64>(&a)?;
                        let v = r;
                        v_state_entry_time = Some(v);
                    }
                    {
                        let a = c::Attr::new(0x0003, (at + 20) as u32, rt::bytes(b, 24, 8));
                        seen |= 0x4;
                        let r = rt::int::<u64>(&a)?;
                        let v = r;
                        v_time_running = Some(v);
                    }
                    {
                        let a = c::Attr::new(0x0004, (at + 32) as u32, rt::bytes(b, 36, 8));
                        seen |= 0x8;
                        let r = rt::int::<u64>(&a)?;
                        let v = r;
                        v_time_runnable = Some(v);
                    }
                    {
                        let a = c::Attr::new(0x0005, (at + 44) as u32, rt::bytes(b, 48, 8));
                        seen |= 0x10;
                        let r = rt::int::<u64>(&a)?;
                        let v = r;
                        v_time_blocked = Some(v);
                    }
                    {
                        let a = c::Attr::new(0x0006, (at + 56) as u32, rt::bytes(b, 60, 8));
                        seen |= 0x20;
                        let r = rt::int::<u64>(&a)?;
                        let v = r;
                        v_time_offline = Some(v);
                    }
                    break 'walk;
                }
            }
            let mut walk = rt::Walk::new(&attrs);
            if let Some(a) = walk.expect(0x00010008) {
                count += 1;
                seen |= 0x1;
                let r = rt::int::<i32>(&a)?;
                let v = Runstate(r);
                v_state = Some(v);
            }
            if let Some(a) = walk.expect(0x0002000c) {
                count += 1;
                seen |= 0x2;
                let r = rt::int::<u64>(&a)?;
                let v = r;
                v_state_entry_time = Some(v);
            }
            if let Some(a) = walk.expect(0x0003000c) {
                count += 1;
                seen |= 0x4;
                let r = rt::int::<u64>(&a)?;
                let v = r;
                v_time_running = Some(v);
            }
            if let Some(a) = walk.expect(0x0004000c) {
                count += 1;
                seen |= 0x8;
                let r = rt::int::<u64>(&a)?;
                let v = r;
                v_time_runnable = Some(v);
            }
            if let Some(a) = walk.expect(0x0005000c) {
                count += 1;
                seen |= 0x10;
                let r = rt::int::<u64>(&a)?;
                let v = r;
                v_time_blocked = Some(v);
            }
            if let Some(a) = walk.expect(0x0006000c) {
                count += 1;
                seen |= 0x20;
                let r = rt::int::<u64>(&a)?;
                let v = r;
                v_time_offline = Some(v);
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
                        let v = Runstate(r);
                        v_state = Some(v);
                    }
                    2 => {
                        if seen & 0x2 != 0 {
                            return Err(rt::duplicate(a));
                        }
                        seen |= 0x2;
                        let r = rt::int::<u64>(&a)?;
                        let v = r;
                        v_state_entry_time = Some(v);
                    }
                    3 => {
                        if seen & 0x4 != 0 {
                            return Err(rt::duplicate(a));
                        }
                        seen |= 0x4;
                        let r = rt::int::<u64>(&a)?;
                        let v = r;
                        v_time_running = Some(v);
                    }
                    4 => {
                        if seen & 0x8 != 0 {
                            return Err(rt::duplicate(a));
                        }
                        seen |= 0x8;
                        let r = rt::int::<u64>(&a)?;
                        let v = r;
                        v_time_runnable = Some(v);
                    }
                    5 => {
                        if seen & 0x10 != 0 {
                            return Err(rt::duplicate(a));
                        }
                        seen |= 0x10;
                        let r = rt::int::<u64>(&a)?;
                        let v = r;
                        v_time_blocked = Some(v);
                    }
                    6 => {
                        if seen & 0x20 != 0 {
                            return Err(rt::duplicate(a));
                        }
                        seen |= 0x20;
                        let r = rt::int::<u64>(&a)?;
                        let v = r;
                        v_time_offline = Some(v);
                    }
                    _ => rt::unknown(&a)?,
                }
            }
        }
        if seen & 0x3f != 0x3f {
            return Err(rt::missing(
                container,
                (0x3f & !seen) as u128,
                &[1, 2, 3, 4, 5, 6],
            ));
        }
        Ok(RunstateReply {
            state: rt::req(v_state, container, 1)?,
            state_entry_time: rt::req(v_state_entry_time, container, 2)?,
            time_running: rt::req(v_time_running, container, 3)?,
            time_runnable: rt::req(v_time_runnable, container, 4)?,
            time_blocked: rt::req(v_time_blocked, container, 5)?,
            time_offline: rt::req(v_time_offline, container, 6)?,
        })
    }

    fn encode<S: c::Sink>(&self, b: &mut c::Builder<S>) -> c::Result<()> {
        rt::put(b, 1, &self.state)?;
        rt::put(b, 2, &self.state_entry_time)?;
        rt::put(b, 3, &self.time_running)?;
        rt::put(b, 4, &self.time_runnable)?;
        rt::put(b, 5, &self.time_blocked)?;
        rt::put(b, 6, &self.time_offline)?;
        Ok(())
    }
}

impl<'a> rt::Elem<'a> for RunstateReply {
    #[inline]
    fn from_attr(a: &c::Attr<'a>) -> c::Result<Self> {
        rt::nest_from_attr(a)
    }
    fn put_attr<S: c::Sink>(&self, b: &mut c::Builder<S>, raw_kind: u16) -> c::Result<()> {
        rt::nest_put(self, b, raw_kind)
    }
}

/// Request of the ops that register a guest-physical area for a vCPU.
#[derive(
    ::core::clone::Clone, ::core::marker::Copy, ::core::fmt::Debug, ::core::cmp::PartialEq,
)]
pub struct PhysAreaReq {
    /// vCPU id.
    ///
    /// `vcpu` (id 1, u32), required.
    pub vcpu: u32,
    /// Guest-physical address of the area (must not cross a page boundary).
    ///
    /// `gpa` (id 2, u64), required.
    pub gpa: u64,
}

/// Validation policy of `phys-area-req`.
pub static PHYS_AREA_REQ_POLICY: c::Policy = c::Policy::new(
    "phys-area-req",
    &[
        c::AttrPolicy::new(1, "vcpu", c::AttrType::U32).required(),
        c::AttrPolicy::new(2, "gpa", c::AttrType::U64).required(),
    ],
)
.max_attrs(1024);

/// Descriptor of `phys-area-req`.
pub static PHYS_AREA_REQ_SET: rt::SetDesc = rt::SetDesc {
    name: "phys-area-req",
    doc: "Request of the ops that register a guest-physical area for a vCPU.",
    policy: &PHYS_AREA_REQ_POLICY,
    attrs: &[
        rt::AttrDesc {
            kind: 1,
            name: "vcpu",
            ty: "u32",
            doc: "vCPU id.",
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
            name: "gpa",
            ty: "u64",
            doc: "Guest-physical address of the area (must not cross a page boundary).",
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

impl<'a> rt::AttrSet<'a> for PhysAreaReq {
    const DESC: &'static rt::SetDesc = &PHYS_AREA_REQ_SET;

    fn decode_at(attrs: c::Attrs<'a>, container: usize) -> c::Result<Self> {
        let mut v_vcpu: Option<u32> = None;
        let mut v_gpa: Option<u64> = None;
        let mut seen: u32 = 0;
        let mut count = 0u32;
        'walk: {
            if let Ok(b) = <&[u8; 20]>::try_from(attrs.remaining()) {
                if rt::word(b, 0) == 0x00010008 && rt::word(b, 8) == 0x0002000c {
                    let at = attrs.offset();
                    {
                        let a = c::Attr::new(0x0001, at as u32, rt::bytes(b, 4, 4));
                        seen |= 0x1;
                        let r = rt::int::<u32>(&a)?;
                        let v = r;
                        v_vcpu = Some(v);
                    }
                    {
                        let a = c::Attr::new(0x0002, (at + 8) as u32, rt::bytes(b, 12, 8));
                        seen |= 0x2;
                        let r = rt::int::<u64>(&a)?;
                        let v = r;
                        v_gpa = Some(v);
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
                v_vcpu = Some(v);
            }
            if let Some(a) = walk.expect(0x0002000c) {
                count += 1;
                seen |= 0x2;
                let r = rt::int::<u64>(&a)?;
                let v = r;
                v_gpa = Some(v);
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
                        v_vcpu = Some(v);
                    }
                    2 => {
                        if seen & 0x2 != 0 {
                            return Err(rt::duplicate(a));
                        }
                        seen |= 0x2;
                        let r = rt::int::<u64>(&a)?;
                        let v = r;
                        v_gpa = Some(v);
                    }
                    _ => rt::unknown(&a)?,
                }
            }
        }
        if seen & 0x3 != 0x3 {
            return Err(rt::missing(container, (0x3 & !seen) as u128, &[1, 2]));
        }
        Ok(PhysAreaReq {
            vcpu: rt::req(v_vcpu, container, 1)?,
            gpa: rt::req(v_gpa, container, 2)?,
        })
    }

    fn encode<S: c::Sink>(&self, b: &mut c::Builder<S>) -> c::Result<()> {
        rt::put(b, 1, &self.vcpu)?;
        rt::put(b, 2, &self.gpa)?;
        Ok(())
    }
}

impl<'a> rt::Elem<'a> for PhysAreaReq {
    #[inline]
    fn from_attr(a: &c::Attr<'a>) -> c::Result<Self> {
        rt::nest_from_attr(a)
    }
    fn put_attr<S: c::Sink>(&self, b: &mut c::Builder<S>, raw_kind: u16) -> c::Result<()> {
        rt::nest_put(self, b, raw_kind)
    }
}

/// Request of set_periodic_timer.
#[derive(
    ::core::clone::Clone, ::core::marker::Copy, ::core::fmt::Debug, ::core::cmp::PartialEq,
)]
pub struct PeriodicTimerReq {
    /// vCPU id.
    ///
    /// `vcpu` (id 1, u32), required.
    pub vcpu: u32,
    /// Timer period in nanoseconds (periods under 1 ms may be refused).
    ///
    /// `period-ns` (id 2, u64), required.
    pub period_ns: u64,
}

/// Validation policy of `periodic-timer-req`.
pub static PERIODIC_TIMER_REQ_POLICY: c::Policy = c::Policy::new(
    "periodic-timer-req",
    &[
        c::AttrPolicy::new(1, "vcpu", c::AttrType::U32).required(),
        c::AttrPolicy::new(2, "period-ns", c::AttrType::U64).required(),
    ],
)
.max_attrs(1024);

/// Descriptor of `periodic-timer-req`.
pub static PERIODIC_TIMER_REQ_SET: rt::SetDesc = rt::SetDesc {
    name: "periodic-timer-req",
    doc: "Request of set_periodic_timer.",
    policy: &PERIODIC_TIMER_REQ_POLICY,
    attrs: &[
        rt::AttrDesc {
            kind: 1,
            name: "vcpu",
            ty: "u32",
            doc: "vCPU id.",
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
            name: "period-ns",
            ty: "u64",
            doc: "Timer period in nanoseconds (periods under 1 ms may be refused).",
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

impl<'a> rt::AttrSet<'a> for PeriodicTimerReq {
    const DESC: &'static rt::SetDesc = &PERIODIC_TIMER_REQ_SET;

    fn decode_at(attrs: c::Attrs<'a>, container: usize) -> c::Result<Self> {
        let mut v_vcpu: Option<u32> = None;
        let mut v_period_ns: Option<u64> = None;
        let mut seen: u32 = 0;
        let mut count = 0u32;
        'walk: {
            if let Ok(b) = <&[u8; 20]>::try_from(attrs.remaining()) {
                if rt::word(b, 0) == 0x00010008 && rt::word(b, 8) == 0x0002000c {
                    let at = attrs.offset();
                    {
                        let a = c::Attr::new(0x0001, at as u32, rt::bytes(b, 4, 4));
                        seen |= 0x1;
                        let r = rt::int::<u32>(&a)?;
                        let v = r;
                        v_vcpu = Some(v);
                    }
                    {
                        let a = c::Attr::new(0x0002, (at + 8) as u32, rt::bytes(b, 12, 8));
                        seen |= 0x2;
                        let r = rt::int::<u64>(&a)?;
                        let v = r;
                        v_period_ns = Some(v);
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
                v_vcpu = Some(v);
            }
            if let Some(a) = walk.expect(0x0002000c) {
                count += 1;
                seen |= 0x2;
                let r = rt::int::<u64>(&a)?;
                let v = r;
                v_period_ns = Some(v);
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
                        v_vcpu = Some(v);
                    }
                    2 => {
                        if seen & 0x2 != 0 {
                            return Err(rt::duplicate(a));
                        }
                        seen |= 0x2;
                        let r = rt::int::<u64>(&a)?;
                        let v = r;
                        v_period_ns = Some(v);
                    }
                    _ => rt::unknown(&a)?,
                }
            }
        }
        if seen & 0x3 != 0x3 {
            return Err(rt::missing(container, (0x3 & !seen) as u128, &[1, 2]));
        }
        Ok(PeriodicTimerReq {
            vcpu: rt::req(v_vcpu, container, 1)?,
            period_ns: rt::req(v_period_ns, container, 2)?,
        })
    }

    fn encode<S: c::Sink>(&self, b: &mut c::Builder<S>) -> c::Result<()> {
        rt::put(b, 1, &self.vcpu)?;
        rt::put(b, 2, &self.period_ns)?;
        Ok(())
    }
}

impl<'a> rt::Elem<'a> for PeriodicTimerReq {
    #[inline]
    fn from_attr(a: &c::Attr<'a>) -> c::Result<Self> {
        rt::nest_from_attr(a)
    }
    fn put_attr<S: c::Sink>(&self, b: &mut c::Builder<S>, raw_kind: u16) -> c::Result<()> {
        rt::nest_put(self, b, raw_kind)
    }
}

/// Request of set_singleshot_timer.
#[derive(
    ::core::clone::Clone, ::core::marker::Copy, ::core::fmt::Debug, ::core::cmp::PartialEq,
)]
pub struct SingleshotTimerReq {
    /// vCPU id.
    ///
    /// `vcpu` (id 1, u32), required.
    pub vcpu: u32,
    /// Absolute system time (ns) at which the timer fires.
    ///
    /// `timeout-abs-ns` (id 2, u64), required.
    pub timeout_abs_ns: u64,
    /// Timer flags.
    ///
    /// `flags` (id 3, u32), default `SingleshotFlags(0)` when absent.
    pub flags: SingleshotFlags,
}

/// Validation policy of `singleshot-timer-req`.
pub static SINGLESHOT_TIMER_REQ_POLICY: c::Policy = c::Policy::new(
    "singleshot-timer-req",
    &[
        c::AttrPolicy::new(1, "vcpu", c::AttrType::U32).required(),
        c::AttrPolicy::new(2, "timeout-abs-ns", c::AttrType::U64).required(),
        c::AttrPolicy::new(3, "flags", c::AttrType::U32).values(c::Values::Mask(0x1)),
    ],
)
.max_attrs(1024);

/// Descriptor of `singleshot-timer-req`.
pub static SINGLESHOT_TIMER_REQ_SET: rt::SetDesc = rt::SetDesc {
    name: "singleshot-timer-req",
    doc: "Request of set_singleshot_timer.",
    policy: &SINGLESHOT_TIMER_REQ_POLICY,
    attrs: &[
        rt::AttrDesc {
            kind: 1,
            name: "vcpu",
            ty: "u32",
            doc: "vCPU id.",
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
            name: "timeout-abs-ns",
            ty: "u64",
            doc: "Absolute system time (ns) at which the timer fires.",
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
            kind: 3,
            name: "flags",
            ty: "u32",
            doc: "Timer flags.",
            required: false,
            max_count: 0,
            must_understand: false,
            since: 1,
            default: Some(0),
            enumeration: Some("singleshot-flags"),
            nested: None,
            form: None,
            when: None,
        },
    ],
    forms: &[],
};

impl<'a> rt::AttrSet<'a> for SingleshotTimerReq {
    const DESC: &'static rt::SetDesc = &SINGLESHOT_TIMER_REQ_SET;

    fn decode_at(attrs: c::Attrs<'a>, container: usize) -> c::Result<Self> {
        let mut v_vcpu: Option<u32> = None;
        let mut v_timeout_abs_ns: Option<u64> = None;
        let mut v_flags: Option<SingleshotFlags> = None;
        let mut seen: u32 = 0;
        let mut count = 0u32;
        'walk: {
            if let Ok(b) = <&[u8; 28]>::try_from(attrs.remaining()) {
                if rt::word(b, 0) == 0x00010008
                    && rt::word(b, 8) == 0x0002000c
                    && rt::word(b, 20) == 0x00030008
                {
                    let at = attrs.offset();
                    {
                        let a = c::Attr::new(0x0001, at as u32, rt::bytes(b, 4, 4));
                        seen |= 0x1;
                        let r = rt::int::<u32>(&a)?;
                        let v = r;
                        v_vcpu = Some(v);
                    }
                    {
                        let a = c::Attr::new(0x0002, (at + 8) as u32, rt::bytes(b, 12, 8));
                        seen |= 0x2;
                        let r = rt::int::<u64>(&a)?;
                        let v = r;
                        v_timeout_abs_ns = Some(v);
                    }
                    {
                        let a = c::Attr::new(0x0003, (at + 20) as u32, rt::bytes(b, 24, 4));
                        seen |= 0x4;
                        let r = rt::int::<u32>(&a)?;
                        rt::check_mask(&a, r as i128, 0x1)?;
                        let v = SingleshotFlags(r);
                        v_flags = Some(v);
                    }
                    break 'walk;
                }
            }
            if let Ok(b) = <&[u8; 20]>::try_from(attrs.remaining()) {
                if rt::word(b, 0) == 0x00010008 && rt::word(b, 8) == 0x0002000c {
                    let at = attrs.offset();
                    {
                        let a = c::Attr::new(0x0001, at as u32, rt::bytes(b, 4, 4));
                        seen |= 0x1;
                        let r = rt::int::<u32>(&a)?;
                        let v = r;
                        v_vcpu = Some(v);
                    }
                    {
                        let a = c::Attr::new(0x0002, (at + 8) as u32, rt::bytes(b, 12, 8));
                        seen |= 0x2;
                        let r = rt::int::<u64>(&a)?;
                        let v = r;
                        v_timeout_abs_ns = Some(v);
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
                v_vcpu = Some(v);
            }
            if let Some(a) = walk.expect(0x0002000c) {
                count += 1;
                seen |= 0x2;
                let r = rt::int::<u64>(&a)?;
                let v = r;
                v_timeout_abs_ns = Some(v);
            }
            if let Some(a) = walk.expect(0x00030008) {
                count += 1;
                seen |= 0x4;
                let r = rt::int::<u32>(&a)?;
                rt::check_mask(&a, r as i128, 0x1)?;
                let v = SingleshotFlags(r);
                v_flags = Some(v);
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
                        v_vcpu = Some(v);
                    }
                    2 => {
                        if seen & 0x2 != 0 {
                            return Err(rt::duplicate(a));
                        }
                        seen |= 0x2;
                        let r = rt::int::<u64>(&a)?;
                        let v = r;
                        v_timeout_abs_ns = Some(v);
                    }
                    3 => {
                        if seen & 0x4 != 0 {
                            return Err(rt::duplicate(a));
                        }
                        seen |= 0x4;
                        let r = rt::int::<u32>(&a)?;
                        rt::check_mask(&a, r as i128, 0x1)?;
                        let v = SingleshotFlags(r);
                        v_flags = Some(v);
                    }
                    _ => rt::unknown(&a)?,
                }
            }
        }
        if seen & 0x3 != 0x3 {
            return Err(rt::missing(container, (0x3 & !seen) as u128, &[1, 2, 3]));
        }
        Ok(SingleshotTimerReq {
            vcpu: rt::req(v_vcpu, container, 1)?,
            timeout_abs_ns: rt::req(v_timeout_abs_ns, container, 2)?,
            flags: v_flags.unwrap_or(SingleshotFlags(0)),
        })
    }

    fn encode<S: c::Sink>(&self, b: &mut c::Builder<S>) -> c::Result<()> {
        rt::put(b, 1, &self.vcpu)?;
        rt::put(b, 2, &self.timeout_abs_ns)?;
        rt::put_def(b, 3, &self.flags, SingleshotFlags(0))?;
        Ok(())
    }
}

impl<'a> rt::Elem<'a> for SingleshotTimerReq {
    #[inline]
    fn from_attr(a: &c::Attr<'a>) -> c::Result<Self> {
        rt::nest_from_attr(a)
    }
    fn put_attr<S: c::Sink>(&self, b: &mut c::Builder<S>, raw_kind: u16) -> c::Result<()> {
        rt::nest_put(self, b, raw_kind)
    }
}

/// Request of register_vcpu_info.
#[derive(
    ::core::clone::Clone, ::core::marker::Copy, ::core::fmt::Debug, ::core::cmp::PartialEq,
)]
pub struct VcpuInfoReq {
    /// vCPU id.
    ///
    /// `vcpu` (id 1, u32), required.
    pub vcpu: u32,
    /// Guest frame holding the vcpu_info structure (Xen's mfn field).
    ///
    /// `gfn` (id 2, u64), required.
    pub gfn: u64,
    /// Byte offset of vcpu_info inside that frame.
    ///
    /// `offset` (id 3, u32), required.
    pub offset: u32,
}

/// Validation policy of `vcpu-info-req`.
pub static VCPU_INFO_REQ_POLICY: c::Policy = c::Policy::new(
    "vcpu-info-req",
    &[
        c::AttrPolicy::new(1, "vcpu", c::AttrType::U32).required(),
        c::AttrPolicy::new(2, "gfn", c::AttrType::U64).required(),
        c::AttrPolicy::new(3, "offset", c::AttrType::U32).required(),
    ],
)
.max_attrs(1024);

/// Descriptor of `vcpu-info-req`.
pub static VCPU_INFO_REQ_SET: rt::SetDesc = rt::SetDesc {
    name: "vcpu-info-req",
    doc: "Request of register_vcpu_info.",
    policy: &VCPU_INFO_REQ_POLICY,
    attrs: &[
        rt::AttrDesc {
            kind: 1,
            name: "vcpu",
            ty: "u32",
            doc: "vCPU id.",
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
            name: "gfn",
            ty: "u64",
            doc: "Guest frame holding the vcpu_info structure (Xen's mfn field).",
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
            kind: 3,
            name: "offset",
            ty: "u32",
            doc: "Byte offset of vcpu_info inside that frame.",
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

impl<'a> rt::AttrSet<'a> for VcpuInfoReq {
    const DESC: &'static rt::SetDesc = &VCPU_INFO_REQ_SET;

    fn decode_at(attrs: c::Attrs<'a>, container: usize) -> c::Result<Self> {
        let mut v_vcpu: Option<u32> = None;
        let mut v_gfn: Option<u64> = None;
        let mut v_offset: Option<u32> = None;
        let mut seen: u32 = 0;
        let mut count = 0u32;
        'walk: {
            if let Ok(b) = <&[u8; 28]>::try_from(attrs.remaining()) {
                if rt::word(b, 0) == 0x00010008
                    && rt::word(b, 8) == 0x0002000c
                    && rt::word(b, 20) == 0x00030008
                {
                    let at = attrs.offset();
                    {
                        let a = c::Attr::new(0x0001, at as u32, rt::bytes(b, 4, 4));
                        seen |= 0x1;
                        let r = rt::int::<u32>(&a)?;
                        let v = r;
                        v_vcpu = Some(v);
                    }
                    {
                        let a = c::Attr::new(0x0002, (at + 8) as u32, rt::bytes(b, 12, 8));
                        seen |= 0x2;
                        let r = rt::int::<u64>(&a)?;
                        let v = r;
                        v_gfn = Some(v);
                    }
                    {
                        let a = c::Attr::new(0x0003, (at + 20) as u32, rt::bytes(b, 24, 4));
                        seen |= 0x4;
                        let r = rt::int::<u32>(&a)?;
                        let v = r;
                        v_offset = Some(v);
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
                v_vcpu = Some(v);
            }
            if let Some(a) = walk.expect(0x0002000c) {
                count += 1;
                seen |= 0x2;
                let r = rt::int::<u64>(&a)?;
                let v = r;
                v_gfn = Some(v);
            }
            if let Some(a) = walk.expect(0x00030008) {
                count += 1;
                seen |= 0x4;
                let r = rt::int::<u32>(&a)?;
                let v = r;
                v_offset = Some(v);
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
                        v_vcpu = Some(v);
                    }
                    2 => {
                        if seen & 0x2 != 0 {
                            return Err(rt::duplicate(a));
                        }
                        seen |= 0x2;
                        let r = rt::int::<u64>(&a)?;
                        let v = r;
                        v_gfn = Some(v);
                    }
                    3 => {
                        if seen & 0x4 != 0 {
                            return Err(rt::duplicate(a));
                        }
                        seen |= 0x4;
                        let r = rt::int::<u32>(&a)?;
                        let v = r;
                        v_offset = Some(v);
                    }
                    _ => rt::unknown(&a)?,
                }
            }
        }
        if seen & 0x7 != 0x7 {
            return Err(rt::missing(container, (0x7 & !seen) as u128, &[1, 2, 3]));
        }
        Ok(VcpuInfoReq {
            vcpu: rt::req(v_vcpu, container, 1)?,
            gfn: rt::req(v_gfn, container, 2)?,
            offset: rt::req(v_offset, container, 3)?,
        })
    }

    fn encode<S: c::Sink>(&self, b: &mut c::Builder<S>) -> c::Result<()> {
        rt::put(b, 1, &self.vcpu)?;
        rt::put(b, 2, &self.gfn)?;
        rt::put(b, 3, &self.offset)?;
        Ok(())
    }
}

impl<'a> rt::Elem<'a> for VcpuInfoReq {
    #[inline]
    fn from_attr(a: &c::Attr<'a>) -> c::Result<Self> {
        rt::nest_from_attr(a)
    }
    fn put_attr<S: c::Sink>(&self, b: &mut c::Builder<S>, raw_kind: u16) -> c::Result<()> {
        rt::nest_put(self, b, raw_kind)
    }
}

/// Reply of get_physid.
#[derive(
    ::core::clone::Clone, ::core::marker::Copy, ::core::fmt::Debug, ::core::cmp::PartialEq,
)]
pub struct PhysidReply {
    /// Physical CPU id (x86 - APIC id in bits 0..31, ACPI id in bits 32..63).
    ///
    /// `phys-id` (id 1, u64), required.
    pub phys_id: u64,
}

/// Validation policy of `physid-reply`.
pub static PHYSID_REPLY_POLICY: c::Policy = c::Policy::new(
    "physid-reply",
    &[c::AttrPolicy::new(1, "phys-id", c::AttrType::U64).required()],
)
.max_attrs(1024);

/// Descriptor of `physid-reply`.
pub static PHYSID_REPLY_SET: rt::SetDesc = rt::SetDesc {
    name: "physid-reply",
    doc: "Reply of get_physid.",
    policy: &PHYSID_REPLY_POLICY,
    attrs: &[rt::AttrDesc {
        kind: 1,
        name: "phys-id",
        ty: "u64",
        doc: "Physical CPU id (x86 - APIC id in bits 0..31, ACPI id in bits 32..63).",
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

impl<'a> rt::AttrSet<'a> for PhysidReply {
    const DESC: &'static rt::SetDesc = &PHYSID_REPLY_SET;

    fn decode_at(attrs: c::Attrs<'a>, container: usize) -> c::Result<Self> {
        let mut v_phys_id: Option<u64> = None;
        let mut seen: u32 = 0;
        let mut count = 0u32;
        'walk: {
            if let Ok(b) = <&[u8; 12]>::try_from(attrs.remaining()) {
                if rt::word(b, 0) == 0x0001000c {
                    let at = attrs.offset();
                    {
                        let a = c::Attr::new(0x0001, at as u32, rt::bytes(b, 4, 8));
                        seen |= 0x1;
                        let r = rt::int::<u64>(&a)?;
                        let v = r;
                        v_phys_id = Some(v);
                    }
                    break 'walk;
                }
            }
            let mut walk = rt::Walk::new(&attrs);
            if let Some(a) = walk.expect(0x0001000c) {
                count += 1;
                seen |= 0x1;
                let r = rt::int::<u64>(&a)?;
                let v = r;
                v_phys_id = Some(v);
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
                        v_phys_id = Some(v);
                    }
                    _ => rt::unknown(&a)?,
                }
            }
        }
        if seen & 0x1 != 0x1 {
            return Err(rt::missing(container, (0x1 & !seen) as u128, &[1]));
        }
        Ok(PhysidReply {
            phys_id: rt::req(v_phys_id, container, 1)?,
        })
    }

    fn encode<S: c::Sink>(&self, b: &mut c::Builder<S>) -> c::Result<()> {
        rt::put(b, 1, &self.phys_id)?;
        Ok(())
    }
}

impl<'a> rt::Elem<'a> for PhysidReply {
    #[inline]
    fn from_attr(a: &c::Attr<'a>) -> c::Result<Self> {
        rt::nest_from_attr(a)
    }
    fn put_attr<S: c::Sink>(&self, b: &mut c::Builder<S>, raw_kind: u16) -> c::Result<()> {
        rt::nest_put(self, b, raw_kind)
    }
}

/// Initialise a vCPU from a register context in a guest frame (once per vCPU).
///
/// Op 0 (`initialise`), privilege `privileged`; Xen `VCPUOP_initialise`; max reply 0 bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Initialise;

/// The request of [`Initialise`].
pub type InitialiseRequest = InitialiseReq;

/// Descriptor of [`Initialise`].
pub static OP_INITIALISE: rt::OpDesc = rt::OpDesc {
    family: "vcpu",
    family_id: ID,
    msg_type: MSG_TYPE,
    family_version: VERSION,
    name: "initialise",
    id: 0,
    since: 1,
    privilege: rt::Privilege::Privileged,
    flags: rt::op_flags::FASTABI,
    request: &INITIALISE_REQ_SET,
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
    doc: "Initialise a vCPU from a register context in a guest frame (once per vCPU).",
};

impl rt::Op for Initialise {
    const DESC: &'static rt::OpDesc = &OP_INITIALISE;
    type Request<'a> = InitialiseReq;
    type Reply<'a> = rt::Empty;
}

impl rt::FastAbi for Initialise {
    fn request_to_regs(
        req: &Self::Request<'_>,
        r: &mut rt::Regs,
    ) -> ::core::result::Result<(), hvlink_proto::Errno> {
        r.rsi = rt::reg(req.vcpu);
        r.r8 = rt::reg(req.context_gfn);
        Ok(())
    }
    fn request_from_regs(
        r: &rt::Regs,
    ) -> ::core::result::Result<Self::Request<'static>, hvlink_proto::Errno> {
        let v_vcpu = rt::unreg::<u32>(r.rsi, &INITIALISE_REQ_POLICY.attrs[0])?;
        let v_context_gfn = rt::unreg::<u64>(r.r8, &INITIALISE_REQ_POLICY.attrs[1])?;
        Ok(InitialiseReq {
            vcpu: v_vcpu,
            context_gfn: v_context_gfn,
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

/// Make an initialised vCPU runnable.
///
/// Op 1 (`up`), privilege `privileged`; Xen `VCPUOP_up`; max reply 0 bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Up;

/// The request of [`Up`].
pub type UpRequest = VcpuReq;

/// Descriptor of [`Up`].
pub static OP_UP: rt::OpDesc = rt::OpDesc {
    family: "vcpu",
    family_id: ID,
    msg_type: MSG_TYPE,
    family_version: VERSION,
    name: "up",
    id: 1,
    since: 1,
    privilege: rt::Privilege::Privileged,
    flags: rt::op_flags::FASTABI,
    request: &VCPU_REQ_SET,
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
    doc: "Make an initialised vCPU runnable.",
};

impl rt::Op for Up {
    const DESC: &'static rt::OpDesc = &OP_UP;
    type Request<'a> = VcpuReq;
    type Reply<'a> = rt::Empty;
}

impl rt::FastAbi for Up {
    fn request_to_regs(
        req: &Self::Request<'_>,
        r: &mut rt::Regs,
    ) -> ::core::result::Result<(), hvlink_proto::Errno> {
        r.rsi = rt::reg(req.vcpu);
        Ok(())
    }
    fn request_from_regs(
        r: &rt::Regs,
    ) -> ::core::result::Result<Self::Request<'static>, hvlink_proto::Errno> {
        let v_vcpu = rt::unreg::<u32>(r.rsi, &VCPU_REQ_POLICY.attrs[0])?;
        Ok(VcpuReq { vcpu: v_vcpu })
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

/// Make a vCPU non-runnable (may return before it stops, unless it is the caller).
///
/// Op 2 (`down`), privilege `privileged`; Xen `VCPUOP_down`; max reply 0 bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Down;

/// The request of [`Down`].
pub type DownRequest = VcpuReq;

/// Descriptor of [`Down`].
pub static OP_DOWN: rt::OpDesc = rt::OpDesc {
    family: "vcpu",
    family_id: ID,
    msg_type: MSG_TYPE,
    family_version: VERSION,
    name: "down",
    id: 2,
    since: 1,
    privilege: rt::Privilege::Privileged,
    flags: rt::op_flags::FASTABI,
    request: &VCPU_REQ_SET,
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
    doc: "Make a vCPU non-runnable (may return before it stops, unless it is the caller).",
};

impl rt::Op for Down {
    const DESC: &'static rt::OpDesc = &OP_DOWN;
    type Request<'a> = VcpuReq;
    type Reply<'a> = rt::Empty;
}

impl rt::FastAbi for Down {
    fn request_to_regs(
        req: &Self::Request<'_>,
        r: &mut rt::Regs,
    ) -> ::core::result::Result<(), hvlink_proto::Errno> {
        r.rsi = rt::reg(req.vcpu);
        Ok(())
    }
    fn request_from_regs(
        r: &rt::Regs,
    ) -> ::core::result::Result<Self::Request<'static>, hvlink_proto::Errno> {
        let v_vcpu = rt::unreg::<u32>(r.rsi, &VCPU_REQ_POLICY.attrs[0])?;
        Ok(VcpuReq { vcpu: v_vcpu })
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

/// Tell whether a vCPU is up.
///
/// Op 3 (`is_up`), privilege `privileged`; Xen `VCPUOP_is_up`; max reply 8 bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct IsUp;

/// The request of [`IsUp`].
pub type IsUpRequest = VcpuReq;

/// Descriptor of [`IsUp`].
pub static OP_IS_UP: rt::OpDesc = rt::OpDesc {
    family: "vcpu",
    family_id: ID,
    msg_type: MSG_TYPE,
    family_version: VERSION,
    name: "is_up",
    id: 3,
    since: 1,
    privilege: rt::Privilege::Privileged,
    flags: rt::op_flags::FASTABI,
    request: &VCPU_REQ_SET,
    reply: &IS_UP_REPLY_SET,
    max_reply: 8,
    target_domain: None,
    fastabi: Some(rt::RegMap {
        form: None,
        inputs: &[(1, rt::Reg::Rsi)],
        outputs: &[(1, rt::Reg::Rsi)],
    }),
    ring_only: None,
    register_only: None,
    doc: "Tell whether a vCPU is up.",
};

impl rt::Op for IsUp {
    const DESC: &'static rt::OpDesc = &OP_IS_UP;
    type Request<'a> = VcpuReq;
    type Reply<'a> = IsUpReply;
}

impl rt::FastAbi for IsUp {
    fn request_to_regs(
        req: &Self::Request<'_>,
        r: &mut rt::Regs,
    ) -> ::core::result::Result<(), hvlink_proto::Errno> {
        r.rsi = rt::reg(req.vcpu);
        Ok(())
    }
    fn request_from_regs(
        r: &rt::Regs,
    ) -> ::core::result::Result<Self::Request<'static>, hvlink_proto::Errno> {
        let v_vcpu = rt::unreg::<u32>(r.rsi, &VCPU_REQ_POLICY.attrs[0])?;
        Ok(VcpuReq { vcpu: v_vcpu })
    }
    fn reply_to_regs(
        rep: &Self::Reply<'_>,
        r: &mut rt::Regs,
    ) -> ::core::result::Result<(), hvlink_proto::Errno> {
        r.rsi = rt::reg(rep.up);
        Ok(())
    }
    fn reply_from_regs(
        r: &rt::Regs,
    ) -> ::core::result::Result<Self::Reply<'static>, hvlink_proto::Errno> {
        let v_up = rt::unreg::<u8>(r.rsi, &IS_UP_REPLY_POLICY.attrs[0])?;
        Ok(IsUpReply { up: v_up })
    }
}

/// Report a vCPU's state and the time it spent in each state.
///
/// Op 4 (`get_runstate_info`), privilege `privileged`; Xen `VCPUOP_get_runstate_info`; max reply 68 bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct GetRunstateInfo;

/// The request of [`GetRunstateInfo`].
pub type GetRunstateInfoRequest = VcpuReq;

/// The reply of [`GetRunstateInfo`].
pub type GetRunstateInfoReply = RunstateReply;

/// Descriptor of [`GetRunstateInfo`].
pub static OP_GET_RUNSTATE_INFO: rt::OpDesc = rt::OpDesc {
    family: "vcpu",
    family_id: ID,
    msg_type: MSG_TYPE,
    family_version: VERSION,
    name: "get_runstate_info",
    id: 4,
    since: 1,
    privilege: rt::Privilege::Privileged,
    flags: rt::op_flags::FASTABI,
    request: &VCPU_REQ_SET,
    reply: &RUNSTATE_REPLY_SET,
    max_reply: 68,
    target_domain: None,
    fastabi: Some(rt::RegMap {
        form: None,
        inputs: &[(1, rt::Reg::Rsi)],
        outputs: &[
            (1, rt::Reg::Rsi),
            (2, rt::Reg::R8),
            (3, rt::Reg::R9),
            (4, rt::Reg::R10),
            (5, rt::Reg::R11),
            (6, rt::Reg::R12),
        ],
    }),
    ring_only: None,
    register_only: None,
    doc: "Report a vCPU's state and the time it spent in each state.",
};

impl rt::Op for GetRunstateInfo {
    const DESC: &'static rt::OpDesc = &OP_GET_RUNSTATE_INFO;
    type Request<'a> = VcpuReq;
    type Reply<'a> = RunstateReply;
}

impl rt::FastAbi for GetRunstateInfo {
    fn request_to_regs(
        req: &Self::Request<'_>,
        r: &mut rt::Regs,
    ) -> ::core::result::Result<(), hvlink_proto::Errno> {
        r.rsi = rt::reg(req.vcpu);
        Ok(())
    }
    fn request_from_regs(
        r: &rt::Regs,
    ) -> ::core::result::Result<Self::Request<'static>, hvlink_proto::Errno> {
        let v_vcpu = rt::unreg::<u32>(r.rsi, &VCPU_REQ_POLICY.attrs[0])?;
        Ok(VcpuReq { vcpu: v_vcpu })
    }
    fn reply_to_regs(
        rep: &Self::Reply<'_>,
        r: &mut rt::Regs,
    ) -> ::core::result::Result<(), hvlink_proto::Errno> {
        r.rsi = rt::reg(rep.state);
        r.r8 = rt::reg(rep.state_entry_time);
        r.r9 = rt::reg(rep.time_running);
        r.r10 = rt::reg(rep.time_runnable);
        r.r11 = rt::reg(rep.time_blocked);
        r.r12 = rt::reg(rep.time_offline);
        Ok(())
    }
    fn reply_from_regs(
        r: &rt::Regs,
    ) -> ::core::result::Result<Self::Reply<'static>, hvlink_proto::Errno> {
        let v_state = rt::unreg::<Runstate>(r.rsi, &RUNSTATE_REPLY_POLICY.attrs[0])?;
        let v_state_entry_time = rt::unreg::<u64>(r.r8, &RUNSTATE_REPLY_POLICY.attrs[1])?;
        let v_time_running = rt::unreg::<u64>(r.r9, &RUNSTATE_REPLY_POLICY.attrs[2])?;
        let v_time_runnable = rt::unreg::<u64>(r.r10, &RUNSTATE_REPLY_POLICY.attrs[3])?;
        let v_time_blocked = rt::unreg::<u64>(r.r11, &RUNSTATE_REPLY_POLICY.attrs[4])?;
        let v_time_offline = rt::unreg::<u64>(r.r12, &RUNSTATE_REPLY_POLICY.attrs[5])?;
        Ok(RunstateReply {
            state: v_state,
            state_entry_time: v_state_entry_time,
            time_running: v_time_running,
            time_runnable: v_time_runnable,
            time_blocked: v_time_blocked,
            time_offline: v_time_offline,
        })
    }
}

/// Start or reprogram a vCPU's periodic timer.
///
/// Op 6 (`set_periodic_timer`), privilege `privileged`; Xen `VCPUOP_set_periodic_timer`; max reply 0 bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct SetPeriodicTimer;

/// The request of [`SetPeriodicTimer`].
pub type SetPeriodicTimerRequest = PeriodicTimerReq;

/// Descriptor of [`SetPeriodicTimer`].
pub static OP_SET_PERIODIC_TIMER: rt::OpDesc = rt::OpDesc {
    family: "vcpu",
    family_id: ID,
    msg_type: MSG_TYPE,
    family_version: VERSION,
    name: "set_periodic_timer",
    id: 6,
    since: 1,
    privilege: rt::Privilege::Privileged,
    flags: rt::op_flags::FASTABI,
    request: &PERIODIC_TIMER_REQ_SET,
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
    doc: "Start or reprogram a vCPU's periodic timer.",
};

impl rt::Op for SetPeriodicTimer {
    const DESC: &'static rt::OpDesc = &OP_SET_PERIODIC_TIMER;
    type Request<'a> = PeriodicTimerReq;
    type Reply<'a> = rt::Empty;
}

impl rt::FastAbi for SetPeriodicTimer {
    fn request_to_regs(
        req: &Self::Request<'_>,
        r: &mut rt::Regs,
    ) -> ::core::result::Result<(), hvlink_proto::Errno> {
        r.rsi = rt::reg(req.vcpu);
        r.r8 = rt::reg(req.period_ns);
        Ok(())
    }
    fn request_from_regs(
        r: &rt::Regs,
    ) -> ::core::result::Result<Self::Request<'static>, hvlink_proto::Errno> {
        let v_vcpu = rt::unreg::<u32>(r.rsi, &PERIODIC_TIMER_REQ_POLICY.attrs[0])?;
        let v_period_ns = rt::unreg::<u64>(r.r8, &PERIODIC_TIMER_REQ_POLICY.attrs[1])?;
        Ok(PeriodicTimerReq {
            vcpu: v_vcpu,
            period_ns: v_period_ns,
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

/// Stop a vCPU's periodic timer.
///
/// Op 7 (`stop_periodic_timer`), privilege `privileged`; Xen `VCPUOP_stop_periodic_timer`; max reply 0 bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct StopPeriodicTimer;

/// The request of [`StopPeriodicTimer`].
pub type StopPeriodicTimerRequest = VcpuReq;

/// Descriptor of [`StopPeriodicTimer`].
pub static OP_STOP_PERIODIC_TIMER: rt::OpDesc = rt::OpDesc {
    family: "vcpu",
    family_id: ID,
    msg_type: MSG_TYPE,
    family_version: VERSION,
    name: "stop_periodic_timer",
    id: 7,
    since: 1,
    privilege: rt::Privilege::Privileged,
    flags: rt::op_flags::FASTABI,
    request: &VCPU_REQ_SET,
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
    doc: "Stop a vCPU's periodic timer.",
};

impl rt::Op for StopPeriodicTimer {
    const DESC: &'static rt::OpDesc = &OP_STOP_PERIODIC_TIMER;
    type Request<'a> = VcpuReq;
    type Reply<'a> = rt::Empty;
}

impl rt::FastAbi for StopPeriodicTimer {
    fn request_to_regs(
        req: &Self::Request<'_>,
        r: &mut rt::Regs,
    ) -> ::core::result::Result<(), hvlink_proto::Errno> {
        r.rsi = rt::reg(req.vcpu);
        Ok(())
    }
    fn request_from_regs(
        r: &rt::Regs,
    ) -> ::core::result::Result<Self::Request<'static>, hvlink_proto::Errno> {
        let v_vcpu = rt::unreg::<u32>(r.rsi, &VCPU_REQ_POLICY.attrs[0])?;
        Ok(VcpuReq { vcpu: v_vcpu })
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

/// Arm a vCPU's one-shot timer at an absolute system time.
///
/// Op 8 (`set_singleshot_timer`), privilege `privileged`; Xen `VCPUOP_set_singleshot_timer`; max reply 0 bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct SetSingleshotTimer;

/// The request of [`SetSingleshotTimer`].
pub type SetSingleshotTimerRequest = SingleshotTimerReq;

/// Descriptor of [`SetSingleshotTimer`].
pub static OP_SET_SINGLESHOT_TIMER: rt::OpDesc = rt::OpDesc {
    family: "vcpu",
    family_id: ID,
    msg_type: MSG_TYPE,
    family_version: VERSION,
    name: "set_singleshot_timer",
    id: 8,
    since: 1,
    privilege: rt::Privilege::Privileged,
    flags: rt::op_flags::FASTABI,
    request: &SINGLESHOT_TIMER_REQ_SET,
    reply: &rt::EMPTY_SET,
    max_reply: 0,
    target_domain: None,
    fastabi: Some(rt::RegMap {
        form: None,
        inputs: &[(1, rt::Reg::Rsi), (2, rt::Reg::R8), (3, rt::Reg::R9)],
        outputs: &[],
    }),
    ring_only: None,
    register_only: None,
    doc: "Arm a vCPU's one-shot timer at an absolute system time.",
};

impl rt::Op for SetSingleshotTimer {
    const DESC: &'static rt::OpDesc = &OP_SET_SINGLESHOT_TIMER;
    type Request<'a> = SingleshotTimerReq;
    type Reply<'a> = rt::Empty;
}

impl rt::FastAbi for SetSingleshotTimer {
    fn request_to_regs(
        req: &Self::Request<'_>,
        r: &mut rt::Regs,
    ) -> ::core::result::Result<(), hvlink_proto::Errno> {
        r.rsi = rt::reg(req.vcpu);
        r.r8 = rt::reg(req.timeout_abs_ns);
        r.r9 = rt::reg(req.flags);
        Ok(())
    }
    fn request_from_regs(
        r: &rt::Regs,
    ) -> ::core::result::Result<Self::Request<'static>, hvlink_proto::Errno> {
        let v_vcpu = rt::unreg::<u32>(r.rsi, &SINGLESHOT_TIMER_REQ_POLICY.attrs[0])?;
        let v_timeout_abs_ns = rt::unreg::<u64>(r.r8, &SINGLESHOT_TIMER_REQ_POLICY.attrs[1])?;
        let v_flags = rt::unreg::<SingleshotFlags>(r.r9, &SINGLESHOT_TIMER_REQ_POLICY.attrs[2])?;
        Ok(SingleshotTimerReq {
            vcpu: v_vcpu,
            timeout_abs_ns: v_timeout_abs_ns,
            flags: v_flags,
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

/// Cancel a vCPU's one-shot timer.
///
/// Op 9 (`stop_singleshot_timer`), privilege `privileged`; Xen `VCPUOP_stop_singleshot_timer`; max reply 0 bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct StopSingleshotTimer;

/// The request of [`StopSingleshotTimer`].
pub type StopSingleshotTimerRequest = VcpuReq;

/// Descriptor of [`StopSingleshotTimer`].
pub static OP_STOP_SINGLESHOT_TIMER: rt::OpDesc = rt::OpDesc {
    family: "vcpu",
    family_id: ID,
    msg_type: MSG_TYPE,
    family_version: VERSION,
    name: "stop_singleshot_timer",
    id: 9,
    since: 1,
    privilege: rt::Privilege::Privileged,
    flags: rt::op_flags::FASTABI,
    request: &VCPU_REQ_SET,
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
    doc: "Cancel a vCPU's one-shot timer.",
};

impl rt::Op for StopSingleshotTimer {
    const DESC: &'static rt::OpDesc = &OP_STOP_SINGLESHOT_TIMER;
    type Request<'a> = VcpuReq;
    type Reply<'a> = rt::Empty;
}

impl rt::FastAbi for StopSingleshotTimer {
    fn request_to_regs(
        req: &Self::Request<'_>,
        r: &mut rt::Regs,
    ) -> ::core::result::Result<(), hvlink_proto::Errno> {
        r.rsi = rt::reg(req.vcpu);
        Ok(())
    }
    fn request_from_regs(
        r: &rt::Regs,
    ) -> ::core::result::Result<Self::Request<'static>, hvlink_proto::Errno> {
        let v_vcpu = rt::unreg::<u32>(r.rsi, &VCPU_REQ_POLICY.attrs[0])?;
        Ok(VcpuReq { vcpu: v_vcpu })
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

/// Move a vCPU's vcpu_info structure to a guest frame.
///
/// Op 10 (`register_vcpu_info`), privilege `privileged`; Xen `VCPUOP_register_vcpu_info`; max reply 0 bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct RegisterVcpuInfo;

/// The request of [`RegisterVcpuInfo`].
pub type RegisterVcpuInfoRequest = VcpuInfoReq;

/// Descriptor of [`RegisterVcpuInfo`].
pub static OP_REGISTER_VCPU_INFO: rt::OpDesc = rt::OpDesc {
    family: "vcpu",
    family_id: ID,
    msg_type: MSG_TYPE,
    family_version: VERSION,
    name: "register_vcpu_info",
    id: 10,
    since: 1,
    privilege: rt::Privilege::Privileged,
    flags: rt::op_flags::FASTABI,
    request: &VCPU_INFO_REQ_SET,
    reply: &rt::EMPTY_SET,
    max_reply: 0,
    target_domain: None,
    fastabi: Some(rt::RegMap {
        form: None,
        inputs: &[(1, rt::Reg::Rsi), (2, rt::Reg::R8), (3, rt::Reg::R9)],
        outputs: &[],
    }),
    ring_only: None,
    register_only: None,
    doc: "Move a vCPU's vcpu_info structure to a guest frame.",
};

impl rt::Op for RegisterVcpuInfo {
    const DESC: &'static rt::OpDesc = &OP_REGISTER_VCPU_INFO;
    type Request<'a> = VcpuInfoReq;
    type Reply<'a> = rt::Empty;
}

impl rt::FastAbi for RegisterVcpuInfo {
    fn request_to_regs(
        req: &Self::Request<'_>,
        r: &mut rt::Regs,
    ) -> ::core::result::Result<(), hvlink_proto::Errno> {
        r.rsi = rt::reg(req.vcpu);
        r.r8 = rt::reg(req.gfn);
        r.r9 = rt::reg(req.offset);
        Ok(())
    }
    fn request_from_regs(
        r: &rt::Regs,
    ) -> ::core::result::Result<Self::Request<'static>, hvlink_proto::Errno> {
        let v_vcpu = rt::unreg::<u32>(r.rsi, &VCPU_INFO_REQ_POLICY.attrs[0])?;
        let v_gfn = rt::unreg::<u64>(r.r8, &VCPU_INFO_REQ_POLICY.attrs[1])?;
        let v_offset = rt::unreg::<u32>(r.r9, &VCPU_INFO_REQ_POLICY.attrs[2])?;
        Ok(VcpuInfoReq {
            vcpu: v_vcpu,
            gfn: v_gfn,
            offset: v_offset,
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

/// Send an NMI to a vCPU.
///
/// Op 11 (`send_nmi`), privilege `privileged`; Xen `VCPUOP_send_nmi`; max reply 0 bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct SendNmi;

/// The request of [`SendNmi`].
pub type SendNmiRequest = VcpuReq;

/// Descriptor of [`SendNmi`].
pub static OP_SEND_NMI: rt::OpDesc = rt::OpDesc {
    family: "vcpu",
    family_id: ID,
    msg_type: MSG_TYPE,
    family_version: VERSION,
    name: "send_nmi",
    id: 11,
    since: 1,
    privilege: rt::Privilege::Privileged,
    flags: rt::op_flags::FASTABI,
    request: &VCPU_REQ_SET,
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
    doc: "Send an NMI to a vCPU.",
};

impl rt::Op for SendNmi {
    const DESC: &'static rt::OpDesc = &OP_SEND_NMI;
    type Request<'a> = VcpuReq;
    type Reply<'a> = rt::Empty;
}

impl rt::FastAbi for SendNmi {
    fn request_to_regs(
        req: &Self::Request<'_>,
        r: &mut rt::Regs,
    ) -> ::core::result::Result<(), hvlink_proto::Errno> {
        r.rsi = rt::reg(req.vcpu);
        Ok(())
    }
    fn request_from_regs(
        r: &rt::Regs,
    ) -> ::core::result::Result<Self::Request<'static>, hvlink_proto::Errno> {
        let v_vcpu = rt::unreg::<u32>(r.rsi, &VCPU_REQ_POLICY.attrs[0])?;
        Ok(VcpuReq { vcpu: v_vcpu })
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

/// Report the physical CPU id behind a vCPU (hardware domain only).
///
/// Op 12 (`get_physid`), privilege `privileged`; Xen `VCPUOP_get_physid`; max reply 12 bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct GetPhysid;

/// The request of [`GetPhysid`].
pub type GetPhysidRequest = VcpuReq;

/// The reply of [`GetPhysid`].
pub type GetPhysidReply = PhysidReply;

/// Descriptor of [`GetPhysid`].
pub static OP_GET_PHYSID: rt::OpDesc = rt::OpDesc {
    family: "vcpu",
    family_id: ID,
    msg_type: MSG_TYPE,
    family_version: VERSION,
    name: "get_physid",
    id: 12,
    since: 1,
    privilege: rt::Privilege::Privileged,
    flags: rt::op_flags::FASTABI,
    request: &VCPU_REQ_SET,
    reply: &PHYSID_REPLY_SET,
    max_reply: 12,
    target_domain: None,
    fastabi: Some(rt::RegMap {
        form: None,
        inputs: &[(1, rt::Reg::Rsi)],
        outputs: &[(1, rt::Reg::R8)],
    }),
    ring_only: None,
    register_only: None,
    doc: "Report the physical CPU id behind a vCPU (hardware domain only).",
};

impl rt::Op for GetPhysid {
    const DESC: &'static rt::OpDesc = &OP_GET_PHYSID;
    type Request<'a> = VcpuReq;
    type Reply<'a> = PhysidReply;
}

impl rt::FastAbi for GetPhysid {
    fn request_to_regs(
        req: &Self::Request<'_>,
        r: &mut rt::Regs,
    ) -> ::core::result::Result<(), hvlink_proto::Errno> {
        r.rsi = rt::reg(req.vcpu);
        Ok(())
    }
    fn request_from_regs(
        r: &rt::Regs,
    ) -> ::core::result::Result<Self::Request<'static>, hvlink_proto::Errno> {
        let v_vcpu = rt::unreg::<u32>(r.rsi, &VCPU_REQ_POLICY.attrs[0])?;
        Ok(VcpuReq { vcpu: v_vcpu })
    }
    fn reply_to_regs(
        rep: &Self::Reply<'_>,
        r: &mut rt::Regs,
    ) -> ::core::result::Result<(), hvlink_proto::Errno> {
        r.r8 = rt::reg(rep.phys_id);
        Ok(())
    }
    fn reply_from_regs(
        r: &rt::Regs,
    ) -> ::core::result::Result<Self::Reply<'static>, hvlink_proto::Errno> {
        let v_phys_id = rt::unreg::<u64>(r.r8, &PHYSID_REPLY_POLICY.attrs[0])?;
        Ok(PhysidReply { phys_id: v_phys_id })
    }
}

/// Publish a vCPU's runstate information at a guest-physical address.
///
/// Op 14 (`register_runstate_phys_area`), privilege `privileged`; Xen `VCPUOP_register_runstate_phys_area`; max reply 0 bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct RegisterRunstatePhysArea;

/// The request of [`RegisterRunstatePhysArea`].
pub type RegisterRunstatePhysAreaRequest = PhysAreaReq;

/// Descriptor of [`RegisterRunstatePhysArea`].
pub static OP_REGISTER_RUNSTATE_PHYS_AREA: rt::OpDesc = rt::OpDesc {
    family: "vcpu",
    family_id: ID,
    msg_type: MSG_TYPE,
    family_version: VERSION,
    name: "register_runstate_phys_area",
    id: 14,
    since: 1,
    privilege: rt::Privilege::Privileged,
    flags: rt::op_flags::FASTABI,
    request: &PHYS_AREA_REQ_SET,
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
    doc: "Publish a vCPU's runstate information at a guest-physical address.",
};

impl rt::Op for RegisterRunstatePhysArea {
    const DESC: &'static rt::OpDesc = &OP_REGISTER_RUNSTATE_PHYS_AREA;
    type Request<'a> = PhysAreaReq;
    type Reply<'a> = rt::Empty;
}

impl rt::FastAbi for RegisterRunstatePhysArea {
    fn request_to_regs(
        req: &Self::Request<'_>,
        r: &mut rt::Regs,
    ) -> ::core::result::Result<(), hvlink_proto::Errno> {
        r.rsi = rt::reg(req.vcpu);
        r.r8 = rt::reg(req.gpa);
        Ok(())
    }
    fn request_from_regs(
        r: &rt::Regs,
    ) -> ::core::result::Result<Self::Request<'static>, hvlink_proto::Errno> {
        let v_vcpu = rt::unreg::<u32>(r.rsi, &PHYS_AREA_REQ_POLICY.attrs[0])?;
        let v_gpa = rt::unreg::<u64>(r.r8, &PHYS_AREA_REQ_POLICY.attrs[1])?;
        Ok(PhysAreaReq {
            vcpu: v_vcpu,
            gpa: v_gpa,
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

/// Publish a vCPU's time information at a guest-physical address.
///
/// Op 15 (`register_vcpu_time_phys_area`), privilege `privileged`; Xen `VCPUOP_register_vcpu_time_phys_area`; max reply 0 bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct RegisterVcpuTimePhysArea;

/// The request of [`RegisterVcpuTimePhysArea`].
pub type RegisterVcpuTimePhysAreaRequest = PhysAreaReq;

/// Descriptor of [`RegisterVcpuTimePhysArea`].
pub static OP_REGISTER_VCPU_TIME_PHYS_AREA: rt::OpDesc = rt::OpDesc {
    family: "vcpu",
    family_id: ID,
    msg_type: MSG_TYPE,
    family_version: VERSION,
    name: "register_vcpu_time_phys_area",
    id: 15,
    since: 1,
    privilege: rt::Privilege::Privileged,
    flags: rt::op_flags::FASTABI,
    request: &PHYS_AREA_REQ_SET,
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
    doc: "Publish a vCPU's time information at a guest-physical address.",
};

impl rt::Op for RegisterVcpuTimePhysArea {
    const DESC: &'static rt::OpDesc = &OP_REGISTER_VCPU_TIME_PHYS_AREA;
    type Request<'a> = PhysAreaReq;
    type Reply<'a> = rt::Empty;
}

impl rt::FastAbi for RegisterVcpuTimePhysArea {
    fn request_to_regs(
        req: &Self::Request<'_>,
        r: &mut rt::Regs,
    ) -> ::core::result::Result<(), hvlink_proto::Errno> {
        r.rsi = rt::reg(req.vcpu);
        r.r8 = rt::reg(req.gpa);
        Ok(())
    }
    fn request_from_regs(
        r: &rt::Regs,
    ) -> ::core::result::Result<Self::Request<'static>, hvlink_proto::Errno> {
        let v_vcpu = rt::unreg::<u32>(r.rsi, &PHYS_AREA_REQ_POLICY.attrs[0])?;
        let v_gpa = rt::unreg::<u64>(r.r8, &PHYS_AREA_REQ_POLICY.attrs[1])?;
        Ok(PhysAreaReq {
            vcpu: v_vcpu,
            gpa: v_gpa,
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

/// The family's descriptor.
pub static FAMILY: rt::FamilyDesc = rt::FamilyDesc {
    name: "vcpu",
    id: ID,
    msg_type: MSG_TYPE,
    version: VERSION,
    doc: "Bring vCPUs of the calling domain up and down, program their one-shot and periodic timers, read how long they spent in each run state, and register the guest-physical areas where the host publishes per-vCPU information. Every op names its vCPU explicitly, so the ops work from a ring as well as from the vCPU itself; areas are always given by guest-physical address (the virtual-address variants register_runstate_memory_area and register_vcpu_time_memory_area are deliberately absent). Sub-op numbers are Xen's VCPUOP_* values and the register layout is the FastABI RFC's.",
    ops: &[&OP_INITIALISE, &OP_UP, &OP_DOWN, &OP_IS_UP, &OP_GET_RUNSTATE_INFO, &OP_SET_PERIODIC_TIMER, &OP_STOP_PERIODIC_TIMER, &OP_SET_SINGLESHOT_TIMER, &OP_STOP_SINGLESHOT_TIMER, &OP_REGISTER_VCPU_INFO, &OP_SEND_NMI, &OP_GET_PHYSID, &OP_REGISTER_RUNSTATE_PHYS_AREA, &OP_REGISTER_VCPU_TIME_PHYS_AREA],
};

/// What a host implements for this family: one method per op, called with a request
/// that was already validated (the same way on a ring and by register). Batch ops
/// report each entry's result through `out` as soon as it is known, so a host encodes
/// entries straight into its reply (or progress) message without collecting them.
pub trait Backend {
    /// Initialise a vCPU from a register context in a guest frame (once per vCPU).
    fn initialise(
        &mut self,
        ctx: &rt::Ctx,
        req: &InitialiseReq,
    ) -> ::core::result::Result<(), hvlink_proto::Errno>;
    /// Make an initialised vCPU runnable.
    fn up(
        &mut self,
        ctx: &rt::Ctx,
        req: &VcpuReq,
    ) -> ::core::result::Result<(), hvlink_proto::Errno>;
    /// Make a vCPU non-runnable (may return before it stops, unless it is the caller).
    fn down(
        &mut self,
        ctx: &rt::Ctx,
        req: &VcpuReq,
    ) -> ::core::result::Result<(), hvlink_proto::Errno>;
    /// Tell whether a vCPU is up.
    fn is_up(
        &mut self,
        ctx: &rt::Ctx,
        req: &VcpuReq,
    ) -> ::core::result::Result<IsUpReply, hvlink_proto::Errno>;
    /// Report a vCPU's state and the time it spent in each state.
    fn get_runstate_info(
        &mut self,
        ctx: &rt::Ctx,
        req: &VcpuReq,
    ) -> ::core::result::Result<RunstateReply, hvlink_proto::Errno>;
    /// Start or reprogram a vCPU's periodic timer.
    fn set_periodic_timer(
        &mut self,
        ctx: &rt::Ctx,
        req: &PeriodicTimerReq,
    ) -> ::core::result::Result<(), hvlink_proto::Errno>;
    /// Stop a vCPU's periodic timer.
    fn stop_periodic_timer(
        &mut self,
        ctx: &rt::Ctx,
        req: &VcpuReq,
    ) -> ::core::result::Result<(), hvlink_proto::Errno>;
    /// Arm a vCPU's one-shot timer at an absolute system time.
    fn set_singleshot_timer(
        &mut self,
        ctx: &rt::Ctx,
        req: &SingleshotTimerReq,
    ) -> ::core::result::Result<(), hvlink_proto::Errno>;
    /// Cancel a vCPU's one-shot timer.
    fn stop_singleshot_timer(
        &mut self,
        ctx: &rt::Ctx,
        req: &VcpuReq,
    ) -> ::core::result::Result<(), hvlink_proto::Errno>;
    /// Move a vCPU's vcpu_info structure to a guest frame.
    fn register_vcpu_info(
        &mut self,
        ctx: &rt::Ctx,
        req: &VcpuInfoReq,
    ) -> ::core::result::Result<(), hvlink_proto::Errno>;
    /// Send an NMI to a vCPU.
    fn send_nmi(
        &mut self,
        ctx: &rt::Ctx,
        req: &VcpuReq,
    ) -> ::core::result::Result<(), hvlink_proto::Errno>;
    /// Report the physical CPU id behind a vCPU (hardware domain only).
    fn get_physid(
        &mut self,
        ctx: &rt::Ctx,
        req: &VcpuReq,
    ) -> ::core::result::Result<PhysidReply, hvlink_proto::Errno>;
    /// Publish a vCPU's runstate information at a guest-physical address.
    fn register_runstate_phys_area(
        &mut self,
        ctx: &rt::Ctx,
        req: &PhysAreaReq,
    ) -> ::core::result::Result<(), hvlink_proto::Errno>;
    /// Publish a vCPU's time information at a guest-physical address.
    fn register_vcpu_time_phys_area(
        &mut self,
        ctx: &rt::Ctx,
        req: &PhysAreaReq,
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
        OpId::INITIALISE => {
            backend.initialise(ctx, &InitialiseReq::decode(attrs)?)?;
            Ok(rt::Served::WHOLE)
        }
        OpId::UP => {
            backend.up(ctx, &VcpuReq::decode(attrs)?)?;
            Ok(rt::Served::WHOLE)
        }
        OpId::DOWN => {
            backend.down(ctx, &VcpuReq::decode(attrs)?)?;
            Ok(rt::Served::WHOLE)
        }
        OpId::IS_UP => rt::served(&backend.is_up(ctx, &VcpuReq::decode(attrs)?)?, reply),
        OpId::GET_RUNSTATE_INFO => rt::served(
            &backend.get_runstate_info(ctx, &VcpuReq::decode(attrs)?)?,
            reply,
        ),
        OpId::SET_PERIODIC_TIMER => {
            backend.set_periodic_timer(ctx, &PeriodicTimerReq::decode(attrs)?)?;
            Ok(rt::Served::WHOLE)
        }
        OpId::STOP_PERIODIC_TIMER => {
            backend.stop_periodic_timer(ctx, &VcpuReq::decode(attrs)?)?;
            Ok(rt::Served::WHOLE)
        }
        OpId::SET_SINGLESHOT_TIMER => {
            backend.set_singleshot_timer(ctx, &SingleshotTimerReq::decode(attrs)?)?;
            Ok(rt::Served::WHOLE)
        }
        OpId::STOP_SINGLESHOT_TIMER => {
            backend.stop_singleshot_timer(ctx, &VcpuReq::decode(attrs)?)?;
            Ok(rt::Served::WHOLE)
        }
        OpId::REGISTER_VCPU_INFO => {
            backend.register_vcpu_info(ctx, &VcpuInfoReq::decode(attrs)?)?;
            Ok(rt::Served::WHOLE)
        }
        OpId::SEND_NMI => {
            backend.send_nmi(ctx, &VcpuReq::decode(attrs)?)?;
            Ok(rt::Served::WHOLE)
        }
        OpId::GET_PHYSID => rt::served(&backend.get_physid(ctx, &VcpuReq::decode(attrs)?)?, reply),
        OpId::REGISTER_RUNSTATE_PHYS_AREA => {
            backend.register_runstate_phys_area(ctx, &PhysAreaReq::decode(attrs)?)?;
            Ok(rt::Served::WHOLE)
        }
        OpId::REGISTER_VCPU_TIME_PHYS_AREA => {
            backend.register_vcpu_time_phys_area(ctx, &PhysAreaReq::decode(attrs)?)?;
            Ok(rt::Served::WHOLE)
        }
        _ => Err(rt::ServeError::Errno(hvlink_proto::Errno::ENOSYS)),
    }
}

/// Validate a ring request of op `cmd` as `serve` does before it runs anything (the
/// whole request, every batch entry included), without running it: a host may do this
/// apart (outside its locks) and then serve the request with [`rt::Window::validated`].
/// Unknown and register-only ops pass (`serve` refuses them).
pub fn validate(cmd: u8, attrs: c::Attrs<'_>) -> ::core::result::Result<(), c::Error> {
    match OpId(cmd) {
        OpId::INITIALISE => InitialiseReq::decode(attrs).map(|_| ()),
        OpId::UP => VcpuReq::decode(attrs).map(|_| ()),
        OpId::DOWN => VcpuReq::decode(attrs).map(|_| ()),
        OpId::IS_UP => VcpuReq::decode(attrs).map(|_| ()),
        OpId::GET_RUNSTATE_INFO => VcpuReq::decode(attrs).map(|_| ()),
        OpId::SET_PERIODIC_TIMER => PeriodicTimerReq::decode(attrs).map(|_| ()),
        OpId::STOP_PERIODIC_TIMER => VcpuReq::decode(attrs).map(|_| ()),
        OpId::SET_SINGLESHOT_TIMER => SingleshotTimerReq::decode(attrs).map(|_| ()),
        OpId::STOP_SINGLESHOT_TIMER => VcpuReq::decode(attrs).map(|_| ()),
        OpId::REGISTER_VCPU_INFO => VcpuInfoReq::decode(attrs).map(|_| ()),
        OpId::SEND_NMI => VcpuReq::decode(attrs).map(|_| ()),
        OpId::GET_PHYSID => VcpuReq::decode(attrs).map(|_| ()),
        OpId::REGISTER_RUNSTATE_PHYS_AREA => PhysAreaReq::decode(attrs).map(|_| ()),
        OpId::REGISTER_VCPU_TIME_PHYS_AREA => PhysAreaReq::decode(attrs).map(|_| ()),
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
        OpId::INITIALISE => {
            let req = <Initialise as rt::FastAbi>::request_from_regs(regs)?;
            backend.initialise(ctx, &req)?;
            rt::commit_regs::<Initialise>(&rt::Empty, regs)
        }
        OpId::UP => {
            let req = <Up as rt::FastAbi>::request_from_regs(regs)?;
            backend.up(ctx, &req)?;
            rt::commit_regs::<Up>(&rt::Empty, regs)
        }
        OpId::DOWN => {
            let req = <Down as rt::FastAbi>::request_from_regs(regs)?;
            backend.down(ctx, &req)?;
            rt::commit_regs::<Down>(&rt::Empty, regs)
        }
        OpId::IS_UP => {
            let req = <IsUp as rt::FastAbi>::request_from_regs(regs)?;
            rt::commit_regs::<IsUp>(&backend.is_up(ctx, &req)?, regs)
        }
        OpId::GET_RUNSTATE_INFO => {
            let req = <GetRunstateInfo as rt::FastAbi>::request_from_regs(regs)?;
            rt::commit_regs::<GetRunstateInfo>(&backend.get_runstate_info(ctx, &req)?, regs)
        }
        OpId::SET_PERIODIC_TIMER => {
            let req = <SetPeriodicTimer as rt::FastAbi>::request_from_regs(regs)?;
            backend.set_periodic_timer(ctx, &req)?;
            rt::commit_regs::<SetPeriodicTimer>(&rt::Empty, regs)
        }
        OpId::STOP_PERIODIC_TIMER => {
            let req = <StopPeriodicTimer as rt::FastAbi>::request_from_regs(regs)?;
            backend.stop_periodic_timer(ctx, &req)?;
            rt::commit_regs::<StopPeriodicTimer>(&rt::Empty, regs)
        }
        OpId::SET_SINGLESHOT_TIMER => {
            let req = <SetSingleshotTimer as rt::FastAbi>::request_from_regs(regs)?;
            backend.set_singleshot_timer(ctx, &req)?;
            rt::commit_regs::<SetSingleshotTimer>(&rt::Empty, regs)
        }
        OpId::STOP_SINGLESHOT_TIMER => {
            let req = <StopSingleshotTimer as rt::FastAbi>::request_from_regs(regs)?;
            backend.stop_singleshot_timer(ctx, &req)?;
            rt::commit_regs::<StopSingleshotTimer>(&rt::Empty, regs)
        }
        OpId::REGISTER_VCPU_INFO => {
            let req = <RegisterVcpuInfo as rt::FastAbi>::request_from_regs(regs)?;
            backend.register_vcpu_info(ctx, &req)?;
            rt::commit_regs::<RegisterVcpuInfo>(&rt::Empty, regs)
        }
        OpId::SEND_NMI => {
            let req = <SendNmi as rt::FastAbi>::request_from_regs(regs)?;
            backend.send_nmi(ctx, &req)?;
            rt::commit_regs::<SendNmi>(&rt::Empty, regs)
        }
        OpId::GET_PHYSID => {
            let req = <GetPhysid as rt::FastAbi>::request_from_regs(regs)?;
            rt::commit_regs::<GetPhysid>(&backend.get_physid(ctx, &req)?, regs)
        }
        OpId::REGISTER_RUNSTATE_PHYS_AREA => {
            let req = <RegisterRunstatePhysArea as rt::FastAbi>::request_from_regs(regs)?;
            backend.register_runstate_phys_area(ctx, &req)?;
            rt::commit_regs::<RegisterRunstatePhysArea>(&rt::Empty, regs)
        }
        OpId::REGISTER_VCPU_TIME_PHYS_AREA => {
            let req = <RegisterVcpuTimePhysArea as rt::FastAbi>::request_from_regs(regs)?;
            backend.register_vcpu_time_phys_area(ctx, &req)?;
            rt::commit_regs::<RegisterVcpuTimePhysArea>(&rt::Empty, regs)
        }
        _ => Err(hvlink_proto::Errno::ENOSYS),
    }
}
