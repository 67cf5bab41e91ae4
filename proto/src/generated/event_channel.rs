// Do not edit: generated from proto/spec/event_channel.yaml by hvlink-proto-gen; regenerate with `cargo run -p hvlink-proto-gen`.
//! Event channels are the hypervisor's doorbells: a port in one domain is bound to a virtual IRQ, an IPI, a physical IRQ or a port in another domain, and sending on it marks the peer pending and raises an upcall. Ports are per-domain resources, so every op is mediated by the guest kernel (privileged); ops that take a domain act on another domain only for the control domain. Sub-op numbers are Xen's EVTCHNOP_* values and the register layout is the FastABI RFC's.

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
pub const ID: u16 = 0x20;
/// Message type of the family's ring messages.
pub const MSG_TYPE: u16 = 0x120;
/// Current family version.
pub const VERSION: u8 = 1;

/// Op ids of the family (the family header's `cmd`, rdi in a register call).
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct OpId(pub u8);

impl OpId {
    /// Connect a fresh local port to an unbound port of another domain.
    pub const BIND_INTERDOMAIN: OpId = OpId(0);
    /// Bind a fresh local port to a virtual IRQ on a vCPU.
    pub const BIND_VIRQ: OpId = OpId(1);
    /// Bind a fresh local port to a physical IRQ the domain was granted.
    pub const BIND_PIRQ: OpId = OpId(2);
    /// Close a local port; an interdomain peer goes back to unbound.
    pub const CLOSE: OpId = OpId(3);
    /// Send an event to the remote end of a local port.
    pub const SEND: OpId = OpId(4);
    /// Report the state and binding of a port.
    pub const STATUS: OpId = OpId(5);
    /// Allocate a port in a domain that accepts a binding from remote-dom.
    pub const ALLOC_UNBOUND: OpId = OpId(6);
    /// Bind a fresh local port to receive IPIs on a vCPU.
    pub const BIND_IPI: OpId = OpId(7);
    /// Change which vCPU a port notifies.
    pub const BIND_VCPU: OpId = OpId(8);
    /// Unmask a port and deliver its pending event, if any.
    pub const UNMASK: OpId = OpId(9);
    /// Close every port of a domain.
    pub const RESET: OpId = OpId(10);
    /// Switch a vCPU to the FIFO event ABI with its control block in a guest frame.
    pub const INIT_CONTROL: OpId = OpId(11);
    /// Add a guest frame to the FIFO event array.
    pub const EXPAND_ARRAY: OpId = OpId(12);
    /// Set the FIFO priority of a port.
    pub const SET_PRIORITY: OpId = OpId(13);
    /// Every op: (name, id).
    pub const ENTRIES: &'static [(&'static str, i64)] = &[
        ("bind_interdomain", 0),
        ("bind_virq", 1),
        ("bind_pirq", 2),
        ("close", 3),
        ("send", 4),
        ("status", 5),
        ("alloc_unbound", 6),
        ("bind_ipi", 7),
        ("bind_vcpu", 8),
        ("unmask", 9),
        ("reset", 10),
        ("init_control", 11),
        ("expand_array", 12),
        ("set_priority", 13),
    ];
}

impl ::core::fmt::Debug for OpId {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        rt::fmt_enum(f, "OpId", Self::ENTRIES, self.0 as i128)
    }
}

/// State of a port as reported by status (Xen EVTCHNSTAT_*).
///
/// Closed enum: any value is representable; the constants are the spec's entries.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct EvtchnStatus(pub u32);

impl EvtchnStatus {
    /// Port is not in use.
    pub const CLOSED: EvtchnStatus = EvtchnStatus(0);
    /// Port waits for an interdomain connection.
    pub const UNBOUND: EvtchnStatus = EvtchnStatus(1);
    /// Port is connected to a port of another domain.
    pub const INTERDOMAIN: EvtchnStatus = EvtchnStatus(2);
    /// Port is bound to a physical IRQ.
    pub const PIRQ: EvtchnStatus = EvtchnStatus(3);
    /// Port is bound to a virtual IRQ.
    pub const VIRQ: EvtchnStatus = EvtchnStatus(4);
    /// Port is bound to a virtual IPI.
    pub const IPI: EvtchnStatus = EvtchnStatus(5);
    /// Every entry: (name, value).
    pub const ENTRIES: &'static [(&'static str, i64)] = &[
        ("closed", 0),
        ("unbound", 1),
        ("interdomain", 2),
        ("pirq", 3),
        ("virq", 4),
        ("ipi", 5),
    ];
}

impl ::core::fmt::Debug for EvtchnStatus {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        rt::fmt_enum(f, "EvtchnStatus", Self::ENTRIES, self.0 as i128)
    }
}

hvlink_proto::__scalar_newtype!(EvtchnStatus, u32);

/// Virtual IRQ numbers (Xen VIRQ_*); G = global (bound on vCPU 0), V = per vCPU.
///
/// Closed enum: any value is representable; the constants are the spec's entries.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Virq(pub u32);

impl Virq {
    /// V: the vCPU's timer fired.
    pub const TIMER: Virq = Virq(0);
    /// V: request to dump debug state.
    pub const DEBUG: Virq = Virq(1);
    /// G: bytes received on the emergency console.
    pub const CONSOLE: Virq = Virq(2);
    /// G: a domain has exited (control domain).
    pub const DOM_EXC: Virq = Virq(3);
    /// G: trace buffer has records (control domain).
    pub const TBUF: Virq = Virq(4);
    /// G: a domain paused for debugging (control domain).
    pub const DEBUGGER: Virq = Virq(6);
    /// V: new profiling sample available.
    pub const XENOPROF: Virq = Virq(7);
    /// G: bytes received on the hypervisor console ring.
    pub const CON_RING: Virq = Virq(8);
    /// G: a physical CPU changed state.
    pub const PCPU_STATE: Virq = Virq(9);
    /// G: a memory event occurred.
    pub const MEM_EVENT: Virq = Virq(10);
    /// G: Argo interdomain message notification.
    pub const ARGO: Virq = Virq(11);
    /// G: the hypervisor is low on heap memory.
    pub const ENOMEM: Virq = Virq(12);
    /// V: performance counter interrupt.
    pub const XENPMU: Virq = Virq(13);
    /// Architecture-specific VIRQ 0.
    pub const ARCH_0: Virq = Virq(16);
    /// Architecture-specific VIRQ 1.
    pub const ARCH_1: Virq = Virq(17);
    /// Architecture-specific VIRQ 2.
    pub const ARCH_2: Virq = Virq(18);
    /// Architecture-specific VIRQ 3.
    pub const ARCH_3: Virq = Virq(19);
    /// Architecture-specific VIRQ 4.
    pub const ARCH_4: Virq = Virq(20);
    /// Architecture-specific VIRQ 5.
    pub const ARCH_5: Virq = Virq(21);
    /// Architecture-specific VIRQ 6.
    pub const ARCH_6: Virq = Virq(22);
    /// Architecture-specific VIRQ 7.
    pub const ARCH_7: Virq = Virq(23);
    /// Every entry: (name, value).
    pub const ENTRIES: &'static [(&'static str, i64)] = &[
        ("timer", 0),
        ("debug", 1),
        ("console", 2),
        ("dom-exc", 3),
        ("tbuf", 4),
        ("debugger", 6),
        ("xenoprof", 7),
        ("con-ring", 8),
        ("pcpu-state", 9),
        ("mem-event", 10),
        ("argo", 11),
        ("enomem", 12),
        ("xenpmu", 13),
        ("arch-0", 16),
        ("arch-1", 17),
        ("arch-2", 18),
        ("arch-3", 19),
        ("arch-4", 20),
        ("arch-5", 21),
        ("arch-6", 22),
        ("arch-7", 23),
    ];
}

impl ::core::fmt::Debug for Virq {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        rt::fmt_enum(f, "Virq", Self::ENTRIES, self.0 as i128)
    }
}

hvlink_proto::__scalar_newtype!(Virq, u32);

/// Flags of bind_pirq (Xen BIND_PIRQ__*).
///
/// Closed flag set: any value is representable; the constants are the spec's entries.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct BindPirqFlags(pub u32);

impl BindPirqFlags {
    /// The caller is willing to share the IRQ line with other domains.
    pub const WILL_SHARE: BindPirqFlags = BindPirqFlags(1);
    /// Every entry: (name, value).
    pub const ENTRIES: &'static [(&'static str, i64)] = &[("will-share", 1)];
}

impl ::core::fmt::Debug for BindPirqFlags {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        rt::fmt_flags(f, Self::ENTRIES, self.0 as u64)
    }
}

impl ::core::ops::BitOr for BindPirqFlags {
    type Output = BindPirqFlags;
    fn bitor(self, rhs: BindPirqFlags) -> BindPirqFlags {
        BindPirqFlags(self.0 | rhs.0)
    }
}

hvlink_proto::__scalar_newtype!(BindPirqFlags, u32);

/// Attribute type numbers, one module per attribute set.
pub mod ids {
    /// Attributes of `alloc-unbound-req`.
    pub mod alloc_unbound_req {
        /// `dom`: Domain in which to allocate the port; DOMID_SELF (0x7FF0) for the caller.
        pub const DOM: u16 = 1;
        /// `remote-dom`: Domain allowed to bind to the new port; may be DOMID_SELF for loopback.
        pub const REMOTE_DOM: u16 = 2;
    }
    /// Attributes of `port-reply`.
    pub mod port_reply {
        /// `port`: The newly allocated local port.
        pub const PORT: u16 = 1;
    }
    /// Attributes of `bind-interdomain-req`.
    pub mod bind_interdomain_req {
        /// `remote-dom`: Domain owning the unbound port to connect to (DOMID_SELF for loopback).
        pub const REMOTE_DOM: u16 = 1;
        /// `remote-port`: Unbound port in remote-dom that accepts bindings from the caller.
        pub const REMOTE_PORT: u16 = 2;
    }
    /// Attributes of `bind-interdomain-reply`.
    pub mod bind_interdomain_reply {
        /// `local-port`: The newly allocated local port, connected to the remote one.
        pub const LOCAL_PORT: u16 = 1;
    }
    /// Attributes of `bind-virq-req`.
    pub mod bind_virq_req {
        /// `virq`: Virtual IRQ to bind.
        pub const VIRQ: u16 = 1;
        /// `vcpu`: vCPU to notify; global VIRQs must be bound on vCPU 0.
        pub const VCPU: u16 = 2;
    }
    /// Attributes of `bind-ipi-req`.
    pub mod bind_ipi_req {
        /// `vcpu`: vCPU that receives the IPI; the binding cannot change later.
        pub const VCPU: u16 = 1;
    }
    /// Attributes of `bind-pirq-req`.
    pub mod bind_pirq_req {
        /// `pirq`: Physical IRQ to bind (the domain must have been granted it).
        pub const PIRQ: u16 = 1;
        /// `flags`: Binding flags.
        pub const FLAGS: u16 = 2;
    }
    /// Attributes of `port-req`.
    pub mod port_req {
        /// `port`: Local port.
        pub const PORT: u16 = 1;
    }
    /// Attributes of `status-req`.
    pub mod status_req {
        /// `dom`: Domain owning the port; DOMID_SELF (0x7FF0) for the caller.
        pub const DOM: u16 = 1;
        /// `port`: Port to query.
        pub const PORT: u16 = 2;
    }
    /// Attributes of `status-reply`.
    pub mod status_reply {
        /// `status`: State of the port.
        pub const STATUS: u16 = 1;
        /// `vcpu`: vCPU the port notifies.
        pub const VCPU: u16 = 2;
        /// `remote-dom`: Peer domain (unbound - allowed to bind; interdomain - connected).
        pub const REMOTE_DOM: u16 = 3;
        /// `remote-port`: Port in remote-dom this port is connected to.
        pub const REMOTE_PORT: u16 = 4;
        /// `pirq`: Physical IRQ the port is bound to.
        pub const PIRQ: u16 = 5;
        /// `virq`: Virtual IRQ the port is bound to.
        pub const VIRQ: u16 = 6;
    }
    /// Attributes of `bind-vcpu-req`.
    pub mod bind_vcpu_req {
        /// `vcpu`: vCPU that the port will notify from now on.
        pub const VCPU: u16 = 1;
        /// `port`: Local port to re-target (not IPI or per-vCPU VIRQ ports).
        pub const PORT: u16 = 2;
    }
    /// Attributes of `reset-req`.
    pub mod reset_req {
        /// `dom`: Domain whose ports are all closed; DOMID_SELF (0x7FF0) for the caller.
        pub const DOM: u16 = 1;
    }
    /// Attributes of `init-control-req`.
    pub mod init_control_req {
        /// `control-gfn`: Guest frame holding the vCPU's FIFO control block.
        pub const CONTROL_GFN: u16 = 1;
        /// `offset`: Byte offset of the control block inside that frame.
        pub const OFFSET: u16 = 2;
        /// `vcpu`: vCPU the control block belongs to.
        pub const VCPU: u16 = 3;
    }
    /// Attributes of `init-control-reply`.
    pub mod init_control_reply {
        /// `link-bits`: Number of bits of the FIFO link field (bounds the highest port).
        pub const LINK_BITS: u16 = 1;
    }
    /// Attributes of `expand-array-req`.
    pub mod expand_array_req {
        /// `array-gfn`: Guest frame to add to the FIFO event array.
        pub const ARRAY_GFN: u16 = 1;
    }
    /// Attributes of `set-priority-req`.
    pub mod set_priority_req {
        /// `port`: Local port.
        pub const PORT: u16 = 1;
        /// `priority`: FIFO priority, 0 highest to 15 lowest (Xen's default is 7).
        pub const PRIORITY: u16 = 2;
    }
}

/// Request of alloc_unbound.
#[derive(
    ::core::clone::Clone, ::core::marker::Copy, ::core::fmt::Debug, ::core::cmp::PartialEq,
)]
pub struct AllocUnboundReq {
    /// Domain in which to allocate the port; DOMID_SELF (0x7FF0) for the caller.
    ///
    /// `dom` (id 1, u16), default `0x7ff0u16` when absent.
    pub dom: u16,
    /// Domain allowed to bind to the new port; may be DOMID_SELF for loopback.
    ///
    /// `remote-dom` (id 2, u16), required.
    pub remote_dom: u16,
}

/// Validation policy of `alloc-unbound-req`.
pub static ALLOC_UNBOUND_REQ_POLICY: c::Policy = c::Policy::new(
    "alloc-unbound-req",
    &[
        c::AttrPolicy::new(1, "dom", c::AttrType::U16),
        c::AttrPolicy::new(2, "remote-dom", c::AttrType::U16).required(),
    ],
)
.max_attrs(1024);

/// Descriptor of `alloc-unbound-req`.
pub static ALLOC_UNBOUND_REQ_SET: rt::SetDesc = rt::SetDesc {
    name: "alloc-unbound-req",
    doc: "Request of alloc_unbound.",
    policy: &ALLOC_UNBOUND_REQ_POLICY,
    attrs: &[
        rt::AttrDesc {
            kind: 1,
            name: "dom",
            ty: "u16",
            doc: "Domain in which to allocate the port; DOMID_SELF (0x7FF0) for the caller.",
            required: false,
            max_count: 0,
            must_understand: false,
            since: 1,
            default: Some(32752),
            enumeration: None,
            nested: None,
            form: None,
            when: None,
        },
        rt::AttrDesc {
            kind: 2,
            name: "remote-dom",
            ty: "u16",
            doc: "Domain allowed to bind to the new port; may be DOMID_SELF for loopback.",
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

impl<'a> rt::AttrSet<'a> for AllocUnboundReq {
    const DESC: &'static rt::SetDesc = &ALLOC_UNBOUND_REQ_SET;

    fn decode_at(attrs: c::Attrs<'a>, container: usize) -> c::Result<Self> {
        let mut v_dom: Option<u16> = None;
        let mut v_remote_dom: Option<u16> = None;
        let mut seen: u32 = 0;
        let mut count = 0u32;
        'walk: {
            if let Ok(b) = <&[u8; 16]>::try_from(attrs.remaining()) {
                if rt::word(b, 0) == 0x00010006 && rt::word(b, 8) == 0x00020006 {
                    let at = attrs.offset();
                    {
                        let a = c::Attr::new(0x0001, at as u32, rt::bytes(b, 4, 2));
                        seen |= 0x1;
                        let r = rt::int::<u16>(&a)?;
                        let v = r;
                        v_dom = Some(v);
                    }
                    {
                        let a = c::Attr::new(0x0002, (at + 8) as u32, rt::bytes(b, 12, 2));
                        seen |= 0x2;
                        let r = rt::int::<u16>(&a)?;
                        let v = r;
                        v_remote_dom = Some(v);
                    }
                    break 'walk;
                }
            }
            if let Ok(b) = <&[u8; 8]>::try_from(attrs.remaining()) {
                if rt::word(b, 0) == 0x00020006 {
                    let at = attrs.offset();
                    {
                        let a = c::Attr::new(0x0002, at as u32, rt::bytes(b, 4, 2));
                        seen |= 0x2;
                        let r = rt::int::<u16>(&a)?;
                        let v = r;
                        v_remote_dom = Some(v);
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
            if let Some(a) = walk.expect(0x00020006) {
                count += 1;
                seen |= 0x2;
                let r = rt::int::<u16>(&a)?;
                let v = r;
                v_remote_dom = Some(v);
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
                        let r = rt::int::<u16>(&a)?;
                        let v = r;
                        v_remote_dom = Some(v);
                    }
                    _ => rt::unknown(&a)?,
                }
            }
        }
        if seen & 0x2 != 0x2 {
            return Err(rt::missing(container, (0x2 & !seen) as u128, &[1, 2]));
        }
        Ok(AllocUnboundReq {
            dom: v_dom.unwrap_or(0x7ff0u16),
            remote_dom: rt::req(v_remote_dom, container, 2)?,
        })
    }

    fn encode<S: c::Sink>(&self, b: &mut c::Builder<S>) -> c::Result<()> {
        rt::put_def(b, 1, &self.dom, 0x7ff0u16)?;
        rt::put(b, 2, &self.remote_dom)?;
        Ok(())
    }
}

impl<'a> rt::Elem<'a> for AllocUnboundReq {
    #[inline]
    fn from_attr(a: &c::Attr<'a>) -> c::Result<Self> {
        rt::nest_from_attr(a)
    }
    fn put_attr<S: c::Sink>(&self, b: &mut c::Builder<S>, raw_kind: u16) -> c::Result<()> {
        rt::nest_put(self, b, raw_kind)
    }
}

/// Reply of the ops that allocate a port.
#[derive(
    ::core::clone::Clone, ::core::marker::Copy, ::core::fmt::Debug, ::core::cmp::PartialEq,
)]
pub struct PortReply {
    /// The newly allocated local port.
    ///
    /// `port` (id 1, u32), required.
    pub port: u32,
}

/// Validation policy of `port-reply`.
pub static PORT_REPLY_POLICY: c::Policy = c::Policy::new(
    "port-reply",
    &[c::AttrPolicy::new(1, "port", c::AttrType::U32).required()],
)
.max_attrs(1024);

/// Descriptor of `port-reply`.
pub static PORT_REPLY_SET: rt::SetDesc = rt::SetDesc {
    name: "port-reply",
    doc: "Reply of the ops that allocate a port.",
    policy: &PORT_REPLY_POLICY,
    attrs: &[rt::AttrDesc {
        kind: 1,
        name: "port",
        ty: "u32",
        doc: "The newly allocated local port.",
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

impl<'a> rt::AttrSet<'a> for PortReply {
    const DESC: &'static rt::SetDesc = &PORT_REPLY_SET;

    fn decode_at(attrs: c::Attrs<'a>, container: usize) -> c::Result<Self> {
        let mut v_port: Option<u32> = None;
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
                        v_port = Some(v);
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
                v_port = Some(v);
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
                        v_port = Some(v);
                    }
                    _ => rt::unknown(&a)?,
                }
            }
        }
        if seen & 0x1 != 0x1 {
            return Err(rt::missing(container, (0x1 & !seen) as u128, &[1]));
        }
        Ok(PortReply {
            port: rt::req(v_port, container, 1)?,
        })
    }

    fn encode<S: c::Sink>(&self, b: &mut c::Builder<S>) -> c::Result<()> {
        rt::put(b, 1, &self.port)?;
        Ok(())
    }
}

impl<'a> rt::Elem<'a> for PortReply {
    #[inline]
    fn from_attr(a: &c::Attr<'a>) -> c::Result<Self> {
        rt::nest_from_attr(a)
    }
    fn put_attr<S: c::Sink>(&self, b: &mut c::Builder<S>, raw_kind: u16) -> c::Result<()> {
        rt::nest_put(self, b, raw_kind)
    }
}

/// Request of bind_interdomain.
#[derive(
    ::core::clone::Clone, ::core::marker::Copy, ::core::fmt::Debug, ::core::cmp::PartialEq,
)]
pub struct BindInterdomainReq {
    /// Domain owning the unbound port to connect to (DOMID_SELF for loopback).
    ///
    /// `remote-dom` (id 1, u16), required.
    pub remote_dom: u16,
    /// Unbound port in remote-dom that accepts bindings from the caller.
    ///
    /// `remote-port` (id 2, u32), required.
    pub remote_port: u32,
}

/// Validation policy of `bind-interdomain-req`.
pub static BIND_INTERDOMAIN_REQ_POLICY: c::Policy = c::Policy::new(
    "bind-interdomain-req",
    &[
        c::AttrPolicy::new(1, "remote-dom", c::AttrType::U16).required(),
        c::AttrPolicy::new(2, "remote-port", c::AttrType::U32).required(),
    ],
)
.max_attrs(1024);

/// Descriptor of `bind-interdomain-req`.
pub static BIND_INTERDOMAIN_REQ_SET: rt::SetDesc = rt::SetDesc {
    name: "bind-interdomain-req",
    doc: "Request of bind_interdomain.",
    policy: &BIND_INTERDOMAIN_REQ_POLICY,
    attrs: &[
        rt::AttrDesc {
            kind: 1,
            name: "remote-dom",
            ty: "u16",
            doc: "Domain owning the unbound port to connect to (DOMID_SELF for loopback).",
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
            name: "remote-port",
            ty: "u32",
            doc: "Unbound port in remote-dom that accepts bindings from the caller.",
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

impl<'a> rt::AttrSet<'a> for BindInterdomainReq {
    const DESC: &'static rt::SetDesc = &BIND_INTERDOMAIN_REQ_SET;

    fn decode_at(attrs: c::Attrs<'a>, container: usize) -> c::Result<Self> {
        let mut v_remote_dom: Option<u16> = None;
        let mut v_remote_port: Option<u32> = None;
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
                        v_remote_dom = Some(v);
                    }
                    {
                        let a = c::Attr::new(0x0002, (at + 8) as u32, rt::bytes(b, 12, 4));
                        seen |= 0x2;
                        let r = rt::int::<u32>(&a)?;
                        let v = r;
                        v_remote_port = Some(v);
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
                v_remote_dom = Some(v);
            }
            if let Some(a) = walk.expect(0x00020008) {
                count += 1;
                seen |= 0x2;
                let r = rt::int::<u32>(&a)?;
                let v = r;
                v_remote_port = Some(v);
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
                        v_remote_dom = Some(v);
                    }
                    2 => {
                        if seen & 0x2 != 0 {
                            return Err(rt::duplicate(a));
                        }
                        seen |= 0x2;
                        let r = rt::int::<u32>(&a)?;
                        let v = r;
                        v_remote_port = Some(v);
                    }
                    _ => rt::unknown(&a)?,
                }
            }
        }
        if seen & 0x3 != 0x3 {
            return Err(rt::missing(container, (0x3 & !seen) as u128, &[1, 2]));
        }
        Ok(BindInterdomainReq {
            remote_dom: rt::req(v_remote_dom, container, 1)?,
            remote_port: rt::req(v_remote_port, container, 2)?,
        })
    }

    fn encode<S: c::Sink>(&self, b: &mut c::Builder<S>) -> c::Result<()> {
        rt::put(b, 1, &self.remote_dom)?;
        rt::put(b, 2, &self.remote_port)?;
        Ok(())
    }
}

impl<'a> rt::Elem<'a> for BindInterdomainReq {
    #[inline]
    fn from_attr(a: &c::Attr<'a>) -> c::Result<Self> {
        rt::nest_from_attr(a)
    }
    fn put_attr<S: c::Sink>(&self, b: &mut c::Builder<S>, raw_kind: u16) -> c::Result<()> {
        rt::nest_put(self, b, raw_kind)
    }
}

/// Reply of bind_interdomain.
#[derive(
    ::core::clone::Clone, ::core::marker::Copy, ::core::fmt::Debug, ::core::cmp::PartialEq,
)]
pub struct BindInterdomainReply {
    /// The newly allocated local port, connected to the remote one.
    ///
    /// `local-port` (id 1, u32), required.
    pub local_port: u32,
}

/// Validation policy of `bind-interdomain-reply`.
pub static BIND_INTERDOMAIN_REPLY_POLICY: c::Policy = c::Policy::new(
    "bind-interdomain-reply",
    &[c::AttrPolicy::new(1, "local-port", c::AttrType::U32).required()],
)
.max_attrs(1024);

/// Descriptor of `bind-interdomain-reply`.
pub static BIND_INTERDOMAIN_REPLY_SET: rt::SetDesc = rt::SetDesc {
    name: "bind-interdomain-reply",
    doc: "Reply of bind_interdomain.",
    policy: &BIND_INTERDOMAIN_REPLY_POLICY,
    attrs: &[rt::AttrDesc {
        kind: 1,
        name: "local-port",
        ty: "u32",
        doc: "The newly allocated local port, connected to the remote one.",
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

impl<'a> rt::AttrSet<'a> for BindInterdomainReply {
    const DESC: &'static rt::SetDesc = &BIND_INTERDOMAIN_REPLY_SET;

    fn decode_at(attrs: c::Attrs<'a>, container: usize) -> c::Result<Self> {
        let mut v_local_port: Option<u32> = None;
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
                        v_local_port = Some(v);
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
                v_local_port = Some(v);
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
                        v_local_port = Some(v);
                    }
                    _ => rt::unknown(&a)?,
                }
            }
        }
        if seen & 0x1 != 0x1 {
            return Err(rt::missing(container, (0x1 & !seen) as u128, &[1]));
        }
        Ok(BindInterdomainReply {
            local_port: rt::req(v_local_port, container, 1)?,
        })
    }

    fn encode<S: c::Sink>(&self, b: &mut c::Builder<S>) -> c::Result<()> {
        rt::put(b, 1, &self.local_port)?;
        Ok(())
    }
}

impl<'a> rt::Elem<'a> for BindInterdomainReply {
    #[inline]
    fn from_attr(a: &c::Attr<'a>) -> c::Result<Self> {
        rt::nest_from_attr(a)
    }
    fn put_attr<S: c::Sink>(&self, b: &mut c::Builder<S>, raw_kind: u16) -> c::Result<()> {
        rt::nest_put(self, b, raw_kind)
    }
}

/// Request of bind_virq.
#[derive(
    ::core::clone::Clone, ::core::marker::Copy, ::core::fmt::Debug, ::core::cmp::PartialEq,
)]
pub struct BindVirqReq {
    /// Virtual IRQ to bind.
    ///
    /// `virq` (id 1, u32), required.
    pub virq: Virq,
    /// vCPU to notify; global VIRQs must be bound on vCPU 0.
    ///
    /// `vcpu` (id 2, u32), required.
    pub vcpu: u32,
}

/// Validation policy of `bind-virq-req`.
pub static BIND_VIRQ_REQ_POLICY: c::Policy = c::Policy::new(
    "bind-virq-req",
    &[
        c::AttrPolicy::new(1, "virq", c::AttrType::U32).required(),
        c::AttrPolicy::new(2, "vcpu", c::AttrType::U32).required(),
    ],
)
.max_attrs(1024);

/// Descriptor of `bind-virq-req`.
pub static BIND_VIRQ_REQ_SET: rt::SetDesc = rt::SetDesc {
    name: "bind-virq-req",
    doc: "Request of bind_virq.",
    policy: &BIND_VIRQ_REQ_POLICY,
    attrs: &[
        rt::AttrDesc {
            kind: 1,
            name: "virq",
            ty: "u32",
            doc: "Virtual IRQ to bind.",
            required: true,
            max_count: 0,
            must_understand: false,
            since: 1,
            default: None,
            enumeration: Some("virq"),
            nested: None,
            form: None,
            when: None,
        },
        rt::AttrDesc {
            kind: 2,
            name: "vcpu",
            ty: "u32",
            doc: "vCPU to notify; global VIRQs must be bound on vCPU 0.",
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

impl<'a> rt::AttrSet<'a> for BindVirqReq {
    const DESC: &'static rt::SetDesc = &BIND_VIRQ_REQ_SET;

    fn decode_at(attrs: c::Attrs<'a>, container: usize) -> c::Result<Self> {
        let mut v_virq: Option<Virq> = None;
        let mut v_vcpu: Option<u32> = None;
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
                        if !matches!(r as i128, 0..=4 | 6..=13 | 16..=23) {
                            return Err(rt::not_member(a));
                        }
                        let v = Virq(r);
                        v_virq = Some(v);
                    }
                    {
                        let a = c::Attr::new(0x0002, (at + 8) as u32, rt::bytes(b, 12, 4));
                        seen |= 0x2;
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
                if !matches!(r as i128, 0..=4 | 6..=13 | 16..=23) {
                    return Err(rt::not_member(a));
                }
                let v = Virq(r);
                v_virq = Some(v);
            }
            if let Some(a) = walk.expect(0x00020008) {
                count += 1;
                seen |= 0x2;
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
                        if !matches!(r as i128, 0..=4 | 6..=13 | 16..=23) {
                            return Err(rt::not_member(a));
                        }
                        let v = Virq(r);
                        v_virq = Some(v);
                    }
                    2 => {
                        if seen & 0x2 != 0 {
                            return Err(rt::duplicate(a));
                        }
                        seen |= 0x2;
                        let r = rt::int::<u32>(&a)?;
                        let v = r;
                        v_vcpu = Some(v);
                    }
                    _ => rt::unknown(&a)?,
                }
            }
        }
        if seen & 0x3 != 0x3 {
            return Err(rt::missing(container, (0x3 & !seen) as u128, &[1, 2]));
        }
        Ok(BindVirqReq {
            virq: rt::req(v_virq, container, 1)?,
            vcpu: rt::req(v_vcpu, container, 2)?,
        })
    }

    fn encode<S: c::Sink>(&self, b: &mut c::Builder<S>) -> c::Result<()> {
        rt::put(b, 1, &self.virq)?;
        rt::put(b, 2, &self.vcpu)?;
        Ok(())
    }
}

impl<'a> rt::Elem<'a> for BindVirqReq {
    #[inline]
    fn from_attr(a: &c::Attr<'a>) -> c::Result<Self> {
        rt::nest_from_attr(a)
    }
    fn put_attr<S: c::Sink>(&self, b: &mut c::Builder<S>, raw_kind: u16) -> c::Result<()> {
        rt::nest_put(self, b, raw_kind)
    }
}

/// Request of bind_ipi.
#[derive(
    ::core::clone::Clone, ::core::marker::Copy, ::core::fmt::Debug, ::core::cmp::PartialEq,
)]
pub struct BindIpiReq {
    /// vCPU that receives the IPI; the binding cannot change later.
    ///
    /// `vcpu` (id 1, u32), required.
    pub vcpu: u32,
}

/// Validation policy of `bind-ipi-req`.
pub static BIND_IPI_REQ_POLICY: c::Policy = c::Policy::new(
    "bind-ipi-req",
    &[c::AttrPolicy::new(1, "vcpu", c::AttrType::U32).required()],
)
.max_attrs(1024);

/// Descriptor of `bind-ipi-req`.
pub static BIND_IPI_REQ_SET: rt::SetDesc = rt::SetDesc {
    name: "bind-ipi-req",
    doc: "Request of bind_ipi.",
    policy: &BIND_IPI_REQ_POLICY,
    attrs: &[rt::AttrDesc {
        kind: 1,
        name: "vcpu",
        ty: "u32",
        doc: "vCPU that receives the IPI; the binding cannot change later.",
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

impl<'a> rt::AttrSet<'a> for BindIpiReq {
    const DESC: &'static rt::SetDesc = &BIND_IPI_REQ_SET;

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
        Ok(BindIpiReq {
            vcpu: rt::req(v_vcpu, container, 1)?,
        })
    }

    fn encode<S: c::Sink>(&self, b: &mut c::Builder<S>) -> c::Result<()> {
        rt::put(b, 1, &self.vcpu)?;
        Ok(())
    }
}

impl<'a> rt::Elem<'a> for BindIpiReq {
    #[inline]
    fn from_attr(a: &c::Attr<'a>) -> c::Result<Self> {
        rt::nest_from_attr(a)
    }
    fn put_attr<S: c::Sink>(&self, b: &mut c::Builder<S>, raw_kind: u16) -> c::Result<()> {
        rt::nest_put(self, b, raw_kind)
    }
}

/// Request of bind_pirq.
#[derive(
    ::core::clone::Clone, ::core::marker::Copy, ::core::fmt::Debug, ::core::cmp::PartialEq,
)]
pub struct BindPirqReq {
    /// Physical IRQ to bind (the domain must have been granted it).
    ///
    /// `pirq` (id 1, u32), required.
    pub pirq: u32,
    /// Binding flags.
    ///
    /// `flags` (id 2, u32), default `BindPirqFlags(0)` when absent.
    pub flags: BindPirqFlags,
}

/// Validation policy of `bind-pirq-req`.
pub static BIND_PIRQ_REQ_POLICY: c::Policy = c::Policy::new(
    "bind-pirq-req",
    &[
        c::AttrPolicy::new(1, "pirq", c::AttrType::U32).required(),
        c::AttrPolicy::new(2, "flags", c::AttrType::U32).values(c::Values::Mask(0x1)),
    ],
)
.max_attrs(1024);

/// Descriptor of `bind-pirq-req`.
pub static BIND_PIRQ_REQ_SET: rt::SetDesc = rt::SetDesc {
    name: "bind-pirq-req",
    doc: "Request of bind_pirq.",
    policy: &BIND_PIRQ_REQ_POLICY,
    attrs: &[
        rt::AttrDesc {
            kind: 1,
            name: "pirq",
            ty: "u32",
            doc: "Physical IRQ to bind (the domain must have been granted it).",
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
            name: "flags",
            ty: "u32",
            doc: "Binding flags.",
            required: false,
            max_count: 0,
            must_understand: false,
            since: 1,
            default: Some(0),
            enumeration: Some("bind-pirq-flags"),
            nested: None,
            form: None,
            when: None,
        },
    ],
    forms: &[],
};

impl<'a> rt::AttrSet<'a> for BindPirqReq {
    const DESC: &'static rt::SetDesc = &BIND_PIRQ_REQ_SET;

    fn decode_at(attrs: c::Attrs<'a>, container: usize) -> c::Result<Self> {
        let mut v_pirq: Option<u32> = None;
        let mut v_flags: Option<BindPirqFlags> = None;
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
                        v_pirq = Some(v);
                    }
                    {
                        let a = c::Attr::new(0x0002, (at + 8) as u32, rt::bytes(b, 12, 4));
                        seen |= 0x2;
                        let r = rt::int::<u32>(&a)?;
                        rt::check_mask(&a, r as i128, 0x1)?;
                        let v = BindPirqFlags(r);
                        v_flags = Some(v);
                    }
                    break 'walk;
                }
            }
            if let Ok(b) = <&[u8; 8]>::try_from(attrs.remaining()) {
                if rt::word(b, 0) == 0x00010008 {
                    let at = attrs.offset();
                    {
                        let a = c::Attr::new(0x0001, at as u32, rt::bytes(b, 4, 4));
                        seen |= 0x1;
                        let r = rt::int::<u32>(&a)?;
                        let v = r;
                        v_pirq = Some(v);
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
                v_pirq = Some(v);
            }
            if let Some(a) = walk.expect(0x00020008) {
                count += 1;
                seen |= 0x2;
                let r = rt::int::<u32>(&a)?;
                rt::check_mask(&a, r as i128, 0x1)?;
                let v = BindPirqFlags(r);
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
                        v_pirq = Some(v);
                    }
                    2 => {
                        if seen & 0x2 != 0 {
                            return Err(rt::duplicate(a));
                        }
                        seen |= 0x2;
                        let r = rt::int::<u32>(&a)?;
                        rt::check_mask(&a, r as i128, 0x1)?;
                        let v = BindPirqFlags(r);
                        v_flags = Some(v);
                    }
                    _ => rt::unknown(&a)?,
                }
            }
        }
        if seen & 0x1 != 0x1 {
            return Err(rt::missing(container, (0x1 & !seen) as u128, &[1, 2]));
        }
        Ok(BindPirqReq {
            pirq: rt::req(v_pirq, container, 1)?,
            flags: v_flags.unwrap_or(BindPirqFlags(0)),
        })
    }

    fn encode<S: c::Sink>(&self, b: &mut c::Builder<S>) -> c::Result<()> {
        rt::put(b, 1, &self.pirq)?;
        rt::put_def(b, 2, &self.flags, BindPirqFlags(0))?;
        Ok(())
    }
}

impl<'a> rt::Elem<'a> for BindPirqReq {
    #[inline]
    fn from_attr(a: &c::Attr<'a>) -> c::Result<Self> {
        rt::nest_from_attr(a)
    }
    fn put_attr<S: c::Sink>(&self, b: &mut c::Builder<S>, raw_kind: u16) -> c::Result<()> {
        rt::nest_put(self, b, raw_kind)
    }
}

/// Request naming one local port.
#[derive(
    ::core::clone::Clone, ::core::marker::Copy, ::core::fmt::Debug, ::core::cmp::PartialEq,
)]
pub struct PortReq {
    /// Local port.
    ///
    /// `port` (id 1, u32), required.
    pub port: u32,
}

/// Validation policy of `port-req`.
pub static PORT_REQ_POLICY: c::Policy = c::Policy::new(
    "port-req",
    &[c::AttrPolicy::new(1, "port", c::AttrType::U32).required()],
)
.max_attrs(1024);

/// Descriptor of `port-req`.
pub static PORT_REQ_SET: rt::SetDesc = rt::SetDesc {
    name: "port-req",
    doc: "Request naming one local port.",
    policy: &PORT_REQ_POLICY,
    attrs: &[rt::AttrDesc {
        kind: 1,
        name: "port",
        ty: "u32",
        doc: "Local port.",
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

impl<'a> rt::AttrSet<'a> for PortReq {
    const DESC: &'static rt::SetDesc = &PORT_REQ_SET;

    fn decode_at(attrs: c::Attrs<'a>, container: usize) -> c::Result<Self> {
        let mut v_port: Option<u32> = None;
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
                        v_port = Some(v);
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
                v_port = Some(v);
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
                        v_port = Some(v);
                    }
                    _ => rt::unknown(&a)?,
                }
            }
        }
        if seen & 0x1 != 0x1 {
            return Err(rt::missing(container, (0x1 & !seen) as u128, &[1]));
        }
        Ok(PortReq {
            port: rt::req(v_port, container, 1)?,
        })
    }

    fn encode<S: c::Sink>(&self, b: &mut c::Builder<S>) -> c::Result<()> {
        rt::put(b, 1, &self.port)?;
        Ok(())
    }
}

impl<'a> rt::Elem<'a> for PortReq {
    #[inline]
    fn from_attr(a: &c::Attr<'a>) -> c::Result<Self> {
        rt::nest_from_attr(a)
    }
    fn put_attr<S: c::Sink>(&self, b: &mut c::Builder<S>, raw_kind: u16) -> c::Result<()> {
        rt::nest_put(self, b, raw_kind)
    }
}

/// Request of status.
#[derive(
    ::core::clone::Clone, ::core::marker::Copy, ::core::fmt::Debug, ::core::cmp::PartialEq,
)]
pub struct StatusReq {
    /// Domain owning the port; DOMID_SELF (0x7FF0) for the caller.
    ///
    /// `dom` (id 1, u16), default `0x7ff0u16` when absent.
    pub dom: u16,
    /// Port to query.
    ///
    /// `port` (id 2, u32), required.
    pub port: u32,
}

/// Validation policy of `status-req`.
pub static STATUS_REQ_POLICY: c::Policy = c::Policy::new(
    "status-req",
    &[
        c::AttrPolicy::new(1, "dom", c::AttrType::U16),
        c::AttrPolicy::new(2, "port", c::AttrType::U32).required(),
    ],
)
.max_attrs(1024);

/// Descriptor of `status-req`.
pub static STATUS_REQ_SET: rt::SetDesc = rt::SetDesc {
    name: "status-req",
    doc: "Request of status.",
    policy: &STATUS_REQ_POLICY,
    attrs: &[
        rt::AttrDesc {
            kind: 1,
            name: "dom",
            ty: "u16",
            doc: "Domain owning the port; DOMID_SELF (0x7FF0) for the caller.",
            required: false,
            max_count: 0,
            must_understand: false,
            since: 1,
            default: Some(32752),
            enumeration: None,
            nested: None,
            form: None,
            when: None,
        },
        rt::AttrDesc {
            kind: 2,
            name: "port",
            ty: "u32",
            doc: "Port to query.",
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

impl<'a> rt::AttrSet<'a> for StatusReq {
    const DESC: &'static rt::SetDesc = &STATUS_REQ_SET;

    fn decode_at(attrs: c::Attrs<'a>, container: usize) -> c::Result<Self> {
        let mut v_dom: Option<u16> = None;
        let mut v_port: Option<u32> = None;
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
                        let v = r;
                        v_port = Some(v);
                    }
                    break 'walk;
                }
            }
            if let Ok(b) = <&[u8; 8]>::try_from(attrs.remaining()) {
                if rt::word(b, 0) == 0x00020008 {
                    let at = attrs.offset();
                    {
                        let a = c::Attr::new(0x0002, at as u32, rt::bytes(b, 4, 4));
                        seen |= 0x2;
                        let r = rt::int::<u32>(&a)?;
                        let v = r;
                        v_port = Some(v);
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
                let v = r;
                v_port = Some(v);
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
                        let v = r;
                        v_port = Some(v);
                    }
                    _ => rt::unknown(&a)?,
                }
            }
        }
        if seen & 0x2 != 0x2 {
            return Err(rt::missing(container, (0x2 & !seen) as u128, &[1, 2]));
        }
        Ok(StatusReq {
            dom: v_dom.unwrap_or(0x7ff0u16),
            port: rt::req(v_port, container, 2)?,
        })
    }

    fn encode<S: c::Sink>(&self, b: &mut c::Builder<S>) -> c::Result<()> {
        rt::put_def(b, 1, &self.dom, 0x7ff0u16)?;
        rt::put(b, 2, &self.port)?;
        Ok(())
    }
}

impl<'a> rt::Elem<'a> for StatusReq {
    #[inline]
    fn from_attr(a: &c::Attr<'a>) -> c::Result<Self> {
        rt::nest_from_attr(a)
    }
    fn put_attr<S: c::Sink>(&self, b: &mut c::Builder<S>, raw_kind: u16) -> c::Result<()> {
        rt::nest_put(self, b, raw_kind)
    }
}

/// Reply of status; the binding attributes present depend on status (no unions).
#[derive(
    ::core::clone::Clone, ::core::marker::Copy, ::core::fmt::Debug, ::core::cmp::PartialEq,
)]
pub struct StatusReply {
    /// State of the port.
    ///
    /// `status` (id 1, u32), required.
    pub status: EvtchnStatus,
    /// vCPU the port notifies.
    ///
    /// `vcpu` (id 2, u32), required.
    pub vcpu: u32,
    /// Peer domain (unbound - allowed to bind; interdomain - connected).
    ///
    /// `remote-dom` (id 3, u16), only when `status` is unbound or interdomain.
    pub remote_dom: Option<u16>,
    /// Port in remote-dom this port is connected to.
    ///
    /// `remote-port` (id 4, u32), only when `status` is interdomain.
    pub remote_port: Option<u32>,
    /// Physical IRQ the port is bound to.
    ///
    /// `pirq` (id 5, u32), only when `status` is pirq.
    pub pirq: Option<u32>,
    /// Virtual IRQ the port is bound to.
    ///
    /// `virq` (id 6, u32), only when `status` is virq.
    pub virq: Option<Virq>,
}

/// Validation policy of `status-reply`.
pub static STATUS_REPLY_POLICY: c::Policy = c::Policy::new(
    "status-reply",
    &[
        c::AttrPolicy::new(1, "status", c::AttrType::U32).required(),
        c::AttrPolicy::new(2, "vcpu", c::AttrType::U32).required(),
        c::AttrPolicy::new(3, "remote-dom", c::AttrType::U16),
        c::AttrPolicy::new(4, "remote-port", c::AttrType::U32),
        c::AttrPolicy::new(5, "pirq", c::AttrType::U32),
        c::AttrPolicy::new(6, "virq", c::AttrType::U32),
    ],
)
.max_attrs(1024);

/// Descriptor of `status-reply`.
pub static STATUS_REPLY_SET: rt::SetDesc = rt::SetDesc {
    name: "status-reply",
    doc: "Reply of status; the binding attributes present depend on status (no unions).",
    policy: &STATUS_REPLY_POLICY,
    attrs: &[
        rt::AttrDesc {
            kind: 1,
            name: "status",
            ty: "u32",
            doc: "State of the port.",
            required: true,
            max_count: 0,
            must_understand: false,
            since: 1,
            default: None,
            enumeration: Some("evtchn-status"),
            nested: None,
            form: None,
            when: None,
        },
        rt::AttrDesc {
            kind: 2,
            name: "vcpu",
            ty: "u32",
            doc: "vCPU the port notifies.",
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
            name: "remote-dom",
            ty: "u16",
            doc: "Peer domain (unbound - allowed to bind; interdomain - connected).",
            required: false,
            max_count: 0,
            must_understand: false,
            since: 1,
            default: None,
            enumeration: None,
            nested: None,
            form: None,
            when: Some((1, &[1, 2])),
        },
        rt::AttrDesc {
            kind: 4,
            name: "remote-port",
            ty: "u32",
            doc: "Port in remote-dom this port is connected to.",
            required: false,
            max_count: 0,
            must_understand: false,
            since: 1,
            default: None,
            enumeration: None,
            nested: None,
            form: None,
            when: Some((1, &[2])),
        },
        rt::AttrDesc {
            kind: 5,
            name: "pirq",
            ty: "u32",
            doc: "Physical IRQ the port is bound to.",
            required: false,
            max_count: 0,
            must_understand: false,
            since: 1,
            default: None,
            enumeration: None,
            nested: None,
            form: None,
            when: Some((1, &[3])),
        },
        rt::AttrDesc {
            kind: 6,
            name: "virq",
            ty: "u32",
            doc: "Virtual IRQ the port is bound to.",
            required: false,
            max_count: 0,
            must_understand: false,
            since: 1,
            default: None,
            enumeration: Some("virq"),
            nested: None,
            form: None,
            when: Some((1, &[4])),
        },
    ],
    forms: &[],
};

impl<'a> rt::AttrSet<'a> for StatusReply {
    const DESC: &'static rt::SetDesc = &STATUS_REPLY_SET;

    fn decode_at(attrs: c::Attrs<'a>, container: usize) -> c::Result<Self> {
        let mut v_status: Option<EvtchnStatus> = None;
        let mut v_vcpu: Option<u32> = None;
        let mut v_remote_dom: Option<u16> = None;
        let mut at_remote_dom = 0u32;
        let mut v_remote_port: Option<u32> = None;
        let mut at_remote_port = 0u32;
        let mut v_pirq: Option<u32> = None;
        let mut at_pirq = 0u32;
        let mut v_virq: Option<Virq> = None;
        let mut at_virq = 0u32;
        let mut seen: u32 = 0;
        let mut count = 0u32;
        let mut walk = rt::Walk::new(&attrs);
        if let Some(a) = walk.expect(0x00010008) {
            count += 1;
            seen |= 0x1;
            let r = rt::int::<u32>(&a)?;
            let v = EvtchnStatus(r);
            v_status = Some(v);
        }
        if let Some(a) = walk.expect(0x00020008) {
            count += 1;
            seen |= 0x2;
            let r = rt::int::<u32>(&a)?;
            let v = r;
            v_vcpu = Some(v);
        }
        if let Some(a) = walk.expect(0x00030006) {
            count += 1;
            seen |= 0x4;
            let r = rt::int::<u16>(&a)?;
            let v = r;
            v_remote_dom = Some(v);
            at_remote_dom = a.offset();
        }
        if let Some(a) = walk.expect(0x00040008) {
            count += 1;
            seen |= 0x8;
            let r = rt::int::<u32>(&a)?;
            let v = r;
            v_remote_port = Some(v);
            at_remote_port = a.offset();
        }
        if let Some(a) = walk.expect(0x00050008) {
            count += 1;
            seen |= 0x10;
            let r = rt::int::<u32>(&a)?;
            let v = r;
            v_pirq = Some(v);
            at_pirq = a.offset();
        }
        if let Some(a) = walk.expect(0x00060008) {
            count += 1;
            seen |= 0x20;
            let r = rt::int::<u32>(&a)?;
            let v = Virq(r);
            v_virq = Some(v);
            at_virq = a.offset();
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
                    let v = EvtchnStatus(r);
                    v_status = Some(v);
                }
                2 => {
                    if seen & 0x2 != 0 {
                        return Err(rt::duplicate(a));
                    }
                    seen |= 0x2;
                    let r = rt::int::<u32>(&a)?;
                    let v = r;
                    v_vcpu = Some(v);
                }
                3 => {
                    if seen & 0x4 != 0 {
                        return Err(rt::duplicate(a));
                    }
                    seen |= 0x4;
                    let r = rt::int::<u16>(&a)?;
                    let v = r;
                    v_remote_dom = Some(v);
                    at_remote_dom = a.offset();
                }
                4 => {
                    if seen & 0x8 != 0 {
                        return Err(rt::duplicate(a));
                    }
                    seen |= 0x8;
                    let r = rt::int::<u32>(&a)?;
                    let v = r;
                    v_remote_port = Some(v);
                    at_remote_port = a.offset();
                }
                5 => {
                    if seen & 0x10 != 0 {
                        return Err(rt::duplicate(a));
                    }
                    seen |= 0x10;
                    let r = rt::int::<u32>(&a)?;
                    let v = r;
                    v_pirq = Some(v);
                    at_pirq = a.offset();
                }
                6 => {
                    if seen & 0x20 != 0 {
                        return Err(rt::duplicate(a));
                    }
                    seen |= 0x20;
                    let r = rt::int::<u32>(&a)?;
                    let v = Virq(r);
                    v_virq = Some(v);
                    at_virq = a.offset();
                }
                _ => rt::unknown(&a)?,
            }
        }
        if seen & 0x3 != 0x3 {
            return Err(rt::missing(
                container,
                (0x3 & !seen) as u128,
                &[1, 2, 3, 4, 5, 6],
            ));
        }
        if v_remote_dom.is_some() && !rt::holds(v_status.map(rt::Scalar::to_i128), &[1, 2]) {
            return Err(rt::when_error(at_remote_dom, 3));
        }
        if v_remote_port.is_some() && !rt::holds(v_status.map(rt::Scalar::to_i128), &[2]) {
            return Err(rt::when_error(at_remote_port, 4));
        }
        if v_pirq.is_some() && !rt::holds(v_status.map(rt::Scalar::to_i128), &[3]) {
            return Err(rt::when_error(at_pirq, 5));
        }
        if v_virq.is_some() && !rt::holds(v_status.map(rt::Scalar::to_i128), &[4]) {
            return Err(rt::when_error(at_virq, 6));
        }
        Ok(StatusReply {
            status: rt::req(v_status, container, 1)?,
            vcpu: rt::req(v_vcpu, container, 2)?,
            remote_dom: v_remote_dom,
            remote_port: v_remote_port,
            pirq: v_pirq,
            virq: v_virq,
        })
    }

    fn encode<S: c::Sink>(&self, b: &mut c::Builder<S>) -> c::Result<()> {
        rt::put(b, 1, &self.status)?;
        rt::put(b, 2, &self.vcpu)?;
        rt::put_opt(b, 3, &self.remote_dom)?;
        rt::put_opt(b, 4, &self.remote_port)?;
        rt::put_opt(b, 5, &self.pirq)?;
        rt::put_opt(b, 6, &self.virq)?;
        Ok(())
    }
}

impl<'a> rt::Elem<'a> for StatusReply {
    #[inline]
    fn from_attr(a: &c::Attr<'a>) -> c::Result<Self> {
        rt::nest_from_attr(a)
    }
    fn put_attr<S: c::Sink>(&self, b: &mut c::Builder<S>, raw_kind: u16) -> c::Result<()> {
        rt::nest_put(self, b, raw_kind)
    }
}

/// Request of bind_vcpu.
#[derive(
    ::core::clone::Clone, ::core::marker::Copy, ::core::fmt::Debug, ::core::cmp::PartialEq,
)]
pub struct BindVcpuReq {
    /// vCPU that the port will notify from now on.
    ///
    /// `vcpu` (id 1, u32), required.
    pub vcpu: u32,
    /// Local port to re-target (not IPI or per-vCPU VIRQ ports).
    ///
    /// `port` (id 2, u32), required.
    pub port: u32,
}

/// Validation policy of `bind-vcpu-req`.
pub static BIND_VCPU_REQ_POLICY: c::Policy = c::Policy::new(
    "bind-vcpu-req",
    &[
        c::AttrPolicy::new(1, "vcpu", c::AttrType::U32).required(),
        c::AttrPolicy::new(2, "port", c::AttrType::U32).required(),
    ],
)
.max_attrs(1024);

/// Descriptor of `bind-vcpu-req`.
pub static BIND_VCPU_REQ_SET: rt::SetDesc = rt::SetDesc {
    name: "bind-vcpu-req",
    doc: "Request of bind_vcpu.",
    policy: &BIND_VCPU_REQ_POLICY,
    attrs: &[
        rt::AttrDesc {
            kind: 1,
            name: "vcpu",
            ty: "u32",
            doc: "vCPU that the port will notify from now on.",
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
            name: "port",
            ty: "u32",
            doc: "Local port to re-target (not IPI or per-vCPU VIRQ ports).",
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

impl<'a> rt::AttrSet<'a> for BindVcpuReq {
    const DESC: &'static rt::SetDesc = &BIND_VCPU_REQ_SET;

    fn decode_at(attrs: c::Attrs<'a>, container: usize) -> c::Result<Self> {
        let mut v_vcpu: Option<u32> = None;
        let mut v_port: Option<u32> = None;
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
                        v_vcpu = Some(v);
                    }
                    {
                        let a = c::Attr::new(0x0002, (at + 8) as u32, rt::bytes(b, 12, 4));
                        seen |= 0x2;
                        let r = rt::int::<u32>(&a)?;
                        let v = r;
                        v_port = Some(v);
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
            if let Some(a) = walk.expect(0x00020008) {
                count += 1;
                seen |= 0x2;
                let r = rt::int::<u32>(&a)?;
                let v = r;
                v_port = Some(v);
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
                        let r = rt::int::<u32>(&a)?;
                        let v = r;
                        v_port = Some(v);
                    }
                    _ => rt::unknown(&a)?,
                }
            }
        }
        if seen & 0x3 != 0x3 {
            return Err(rt::missing(container, (0x3 & !seen) as u128, &[1, 2]));
        }
        Ok(BindVcpuReq {
            vcpu: rt::req(v_vcpu, container, 1)?,
            port: rt::req(v_port, container, 2)?,
        })
    }

    fn encode<S: c::Sink>(&self, b: &mut c::Builder<S>) -> c::Result<()> {
        rt::put(b, 1, &self.vcpu)?;
        rt::put(b, 2, &self.port)?;
        Ok(())
    }
}

impl<'a> rt::Elem<'a> for BindVcpuReq {
    #[inline]
    fn from_attr(a: &c::Attr<'a>) -> c::Result<Self> {
        rt::nest_from_attr(a)
    }
    fn put_attr<S: c::Sink>(&self, b: &mut c::Builder<S>, raw_kind: u16) -> c::Result<()> {
        rt::nest_put(self, b, raw_kind)
    }
}

/// Request of reset.
#[derive(
    ::core::clone::Clone, ::core::marker::Copy, ::core::fmt::Debug, ::core::cmp::PartialEq,
)]
pub struct ResetReq {
    /// Domain whose ports are all closed; DOMID_SELF (0x7FF0) for the caller.
    ///
    /// `dom` (id 1, u16), default `0x7ff0u16` when absent.
    pub dom: u16,
}

/// Validation policy of `reset-req`.
pub static RESET_REQ_POLICY: c::Policy = c::Policy::new(
    "reset-req",
    &[c::AttrPolicy::new(1, "dom", c::AttrType::U16)],
)
.max_attrs(1024);

/// Descriptor of `reset-req`.
pub static RESET_REQ_SET: rt::SetDesc = rt::SetDesc {
    name: "reset-req",
    doc: "Request of reset.",
    policy: &RESET_REQ_POLICY,
    attrs: &[rt::AttrDesc {
        kind: 1,
        name: "dom",
        ty: "u16",
        doc: "Domain whose ports are all closed; DOMID_SELF (0x7FF0) for the caller.",
        required: false,
        max_count: 0,
        must_understand: false,
        since: 1,
        default: Some(32752),
        enumeration: None,
        nested: None,
        form: None,
        when: None,
    }],
    forms: &[],
};

impl<'a> rt::AttrSet<'a> for ResetReq {
    const DESC: &'static rt::SetDesc = &RESET_REQ_SET;

    fn decode_at(attrs: c::Attrs<'a>, _container: usize) -> c::Result<Self> {
        let mut v_dom: Option<u16> = None;
        let mut seen: u32 = 0;
        let mut count = 0u32;
        'walk: {
            if let Ok(b) = <&[u8; 8]>::try_from(attrs.remaining()) {
                if rt::word(b, 0) == 0x00010006 {
                    let at = attrs.offset();
                    {
                        let a = c::Attr::new(0x0001, at as u32, rt::bytes(b, 4, 2));
                        let r = rt::int::<u16>(&a)?;
                        let v = r;
                        v_dom = Some(v);
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
                    _ => rt::unknown(&a)?,
                }
            }
        }
        Ok(ResetReq {
            dom: v_dom.unwrap_or(0x7ff0u16),
        })
    }

    fn encode<S: c::Sink>(&self, b: &mut c::Builder<S>) -> c::Result<()> {
        rt::put_def(b, 1, &self.dom, 0x7ff0u16)?;
        Ok(())
    }
}

impl<'a> rt::Elem<'a> for ResetReq {
    #[inline]
    fn from_attr(a: &c::Attr<'a>) -> c::Result<Self> {
        rt::nest_from_attr(a)
    }
    fn put_attr<S: c::Sink>(&self, b: &mut c::Builder<S>, raw_kind: u16) -> c::Result<()> {
        rt::nest_put(self, b, raw_kind)
    }
}

/// Request of init_control (FIFO event channel ABI).
#[derive(
    ::core::clone::Clone, ::core::marker::Copy, ::core::fmt::Debug, ::core::cmp::PartialEq,
)]
pub struct InitControlReq {
    /// Guest frame holding the vCPU's FIFO control block.
    ///
    /// `control-gfn` (id 1, u64), required.
    pub control_gfn: u64,
    /// Byte offset of the control block inside that frame.
    ///
    /// `offset` (id 2, u32), required.
    pub offset: u32,
    /// vCPU the control block belongs to.
    ///
    /// `vcpu` (id 3, u32), required.
    pub vcpu: u32,
}

/// Validation policy of `init-control-req`.
pub static INIT_CONTROL_REQ_POLICY: c::Policy = c::Policy::new(
    "init-control-req",
    &[
        c::AttrPolicy::new(1, "control-gfn", c::AttrType::U64).required(),
        c::AttrPolicy::new(2, "offset", c::AttrType::U32).required(),
        c::AttrPolicy::new(3, "vcpu", c::AttrType::U32).required(),
    ],
)
.max_attrs(1024);

/// Descriptor of `init-control-req`.
pub static INIT_CONTROL_REQ_SET: rt::SetDesc = rt::SetDesc {
    name: "init-control-req",
    doc: "Request of init_control (FIFO event channel ABI).",
    policy: &INIT_CONTROL_REQ_POLICY,
    attrs: &[
        rt::AttrDesc {
            kind: 1,
            name: "control-gfn",
            ty: "u64",
            doc: "Guest frame holding the vCPU's FIFO control block.",
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
            name: "offset",
            ty: "u32",
            doc: "Byte offset of the control block inside that frame.",
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
            name: "vcpu",
            ty: "u32",
            doc: "vCPU the control block belongs to.",
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

impl<'a> rt::AttrSet<'a> for InitControlReq {
    const DESC: &'static rt::SetDesc = &INIT_CONTROL_REQ_SET;

    fn decode_at(attrs: c::Attrs<'a>, container: usize) -> c::Result<Self> {
        let mut v_control_gfn: Option<u64> = None;
        let mut v_offset: Option<u32> = None;
        let mut v_vcpu: Option<u32> = None;
        let mut seen: u32 = 0;
        let mut count = 0u32;
        'walk: {
            if let Ok(b) = <&[u8; 28]>::try_from(attrs.remaining()) {
                if rt::word(b, 0) == 0x0001000c
                    && rt::word(b, 12) == 0x00020008
                    && rt::word(b, 20) == 0x00030008
                {
                    let at = attrs.offset();
                    {
                        let a = c::Attr::new(0x0001, at as u32, rt::bytes(b, 4, 8));
                        seen |= 0x1;
                        let r = rt::int::<u64>(&a)?;
                        let v = r;
                        v_control_gfn = Some(v);
                    }
                    {
                        let a = c::Attr::new(0x0002, (at + 12) as u32, rt::bytes(b, 16, 4));
                        seen |= 0x2;
                        let r = rt::int::<u32>(&a)?;
                        let v = r;
                        v_offset = Some(v);
                    }
                    {
                        let a = c::Attr::new(0x0003, (at + 20) as u32, rt::bytes(b, 24, 4));
                        seen |= 0x4;
                        let r = rt::int::<u32>(&a)?;
                        let v = r;
                        v_vcpu = Some(v);
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
                v_control_gfn = Some(v);
            }
            if let Some(a) = walk.expect(0x00020008) {
                count += 1;
                seen |= 0x2;
                let r = rt::int::<u32>(&a)?;
                let v = r;
                v_offset = Some(v);
            }
            if let Some(a) = walk.expect(0x00030008) {
                count += 1;
                seen |= 0x4;
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
                        let r = rt::int::<u64>(&a)?;
                        let v = r;
                        v_control_gfn = Some(v);
                    }
                    2 => {
                        if seen & 0x2 != 0 {
                            return Err(rt::duplicate(a));
                        }
                        seen |= 0x2;
                        let r = rt::int::<u32>(&a)?;
                        let v = r;
                        v_offset = Some(v);
                    }
                    3 => {
                        if seen & 0x4 != 0 {
                            return Err(rt::duplicate(a));
                        }
                        seen |= 0x4;
                        let r = rt::int::<u32>(&a)?;
                        let v = r;
                        v_vcpu = Some(v);
                    }
                    _ => rt::unknown(&a)?,
                }
            }
        }
        if seen & 0x7 != 0x7 {
            return Err(rt::missing(container, (0x7 & !seen) as u128, &[1, 2, 3]));
        }
        Ok(InitControlReq {
            control_gfn: rt::req(v_control_gfn, container, 1)?,
            offset: rt::req(v_offset, container, 2)?,
            vcpu: rt::req(v_vcpu, container, 3)?,
        })
    }

    fn encode<S: c::Sink>(&self, b: &mut c::Builder<S>) -> c::Result<()> {
        rt::put(b, 1, &self.control_gfn)?;
        rt::put(b, 2, &self.offset)?;
        rt::put(b, 3, &self.vcpu)?;
        Ok(())
    }
}

impl<'a> rt::Elem<'a> for InitControlReq {
    #[inline]
    fn from_attr(a: &c::Attr<'a>) -> c::Result<Self> {
        rt::nest_from_attr(a)
    }
    fn put_attr<S: c::Sink>(&self, b: &mut c::Builder<S>, raw_kind: u16) -> c::Result<()> {
        rt::nest_put(self, b, raw_kind)
    }
}

/// Reply of init_control.
#[derive(
    ::core::clone::Clone, ::core::marker::Copy, ::core::fmt::Debug, ::core::cmp::PartialEq,
)]
pub struct InitControlReply {
    /// Number of bits of the FIFO link field (bounds the highest port).
    ///
    /// `link-bits` (id 1, u8), required.
    pub link_bits: u8,
}

/// Validation policy of `init-control-reply`.
pub static INIT_CONTROL_REPLY_POLICY: c::Policy = c::Policy::new(
    "init-control-reply",
    &[c::AttrPolicy::new(1, "link-bits", c::AttrType::U8).required()],
)
.max_attrs(1024);

/// Descriptor of `init-control-reply`.
pub static INIT_CONTROL_REPLY_SET: rt::SetDesc = rt::SetDesc {
    name: "init-control-reply",
    doc: "Reply of init_control.",
    policy: &INIT_CONTROL_REPLY_POLICY,
    attrs: &[rt::AttrDesc {
        kind: 1,
        name: "link-bits",
        ty: "u8",
        doc: "Number of bits of the FIFO link field (bounds the highest port).",
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

impl<'a> rt::AttrSet<'a> for InitControlReply {
    const DESC: &'static rt::SetDesc = &INIT_CONTROL_REPLY_SET;

    fn decode_at(attrs: c::Attrs<'a>, container: usize) -> c::Result<Self> {
        let mut v_link_bits: Option<u8> = None;
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
                        let v = r;
                        v_link_bits = Some(v);
                    }
                    break 'walk;
                }
            }
            let mut walk = rt::Walk::new(&attrs);
            if let Some(a) = walk.expect(0x00010005) {
                count += 1;
                seen |= 0x1;
                let r = rt::int::<u8>(&a)?;
                let v = r;
                v_link_bits = Some(v);
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
                        let v = r;
                        v_link_bits = Some(v);
                    }
                    _ => rt::unknown(&a)?,
                }
            }
        }
        if seen & 0x1 != 0x1 {
            return Err(rt::missing(container, (0x1 & !seen) as u128, &[1]));
        }
        Ok(InitControlReply {
            link_bits: rt::req(v_link_bits, container, 1)?,
        })
    }

    fn encode<S: c::Sink>(&self, b: &mut c::Builder<S>) -> c::Result<()> {
        rt::put(b, 1, &self.link_bits)?;
        Ok(())
    }
}

impl<'a> rt::Elem<'a> for InitControlReply {
    #[inline]
    fn from_attr(a: &c::Attr<'a>) -> c::Result<Self> {
        rt::nest_from_attr(a)
    }
    fn put_attr<S: c::Sink>(&self, b: &mut c::Builder<S>, raw_kind: u16) -> c::Result<()> {
        rt::nest_put(self, b, raw_kind)
    }
}

/// Request of expand_array.
#[derive(
    ::core::clone::Clone, ::core::marker::Copy, ::core::fmt::Debug, ::core::cmp::PartialEq,
)]
pub struct ExpandArrayReq {
    /// Guest frame to add to the FIFO event array.
    ///
    /// `array-gfn` (id 1, u64), required.
    pub array_gfn: u64,
}

/// Validation policy of `expand-array-req`.
pub static EXPAND_ARRAY_REQ_POLICY: c::Policy = c::Policy::new(
    "expand-array-req",
    &[c::AttrPolicy::new(1, "array-gfn", c::AttrType::U64).required()],
)
.max_attrs(1024);

/// Descriptor of `expand-array-req`.
pub static EXPAND_ARRAY_REQ_SET: rt::SetDesc = rt::SetDesc {
    name: "expand-array-req",
    doc: "Request of expand_array.",
    policy: &EXPAND_ARRAY_REQ_POLICY,
    attrs: &[rt::AttrDesc {
        kind: 1,
        name: "array-gfn",
        ty: "u64",
        doc: "Guest frame to add to the FIFO event array.",
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

impl<'a> rt::AttrSet<'a> for ExpandArrayReq {
    const DESC: &'static rt::SetDesc = &EXPAND_ARRAY_REQ_SET;

    fn decode_at(attrs: c::Attrs<'a>, container: usize) -> c::Result<Self> {
        let mut v_array_gfn: Option<u64> = None;
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
                        v_array_gfn = Some(v);
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
                v_array_gfn = Some(v);
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
                        v_array_gfn = Some(v);
                    }
                    _ => rt::unknown(&a)?,
                }
            }
        }
        if seen & 0x1 != 0x1 {
            return Err(rt::missing(container, (0x1 & !seen) as u128, &[1]));
        }
        Ok(ExpandArrayReq {
            array_gfn: rt::req(v_array_gfn, container, 1)?,
        })
    }

    fn encode<S: c::Sink>(&self, b: &mut c::Builder<S>) -> c::Result<()> {
        rt::put(b, 1, &self.array_gfn)?;
        Ok(())
    }
}

impl<'a> rt::Elem<'a> for ExpandArrayReq {
    #[inline]
    fn from_attr(a: &c::Attr<'a>) -> c::Result<Self> {
        rt::nest_from_attr(a)
    }
    fn put_attr<S: c::Sink>(&self, b: &mut c::Builder<S>, raw_kind: u16) -> c::Result<()> {
        rt::nest_put(self, b, raw_kind)
    }
}

/// Request of set_priority.
#[derive(
    ::core::clone::Clone, ::core::marker::Copy, ::core::fmt::Debug, ::core::cmp::PartialEq,
)]
pub struct SetPriorityReq {
    /// Local port.
    ///
    /// `port` (id 1, u32), required.
    pub port: u32,
    /// FIFO priority, 0 highest to 15 lowest (Xen's default is 7).
    ///
    /// `priority` (id 2, u32), required.
    pub priority: u32,
}

/// Validation policy of `set-priority-req`.
pub static SET_PRIORITY_REQ_POLICY: c::Policy = c::Policy::new(
    "set-priority-req",
    &[
        c::AttrPolicy::new(1, "port", c::AttrType::U32).required(),
        c::AttrPolicy::new(2, "priority", c::AttrType::U32)
            .required()
            .values(c::Values::Range { min: 0, max: 15 }),
    ],
)
.max_attrs(1024);

/// Descriptor of `set-priority-req`.
pub static SET_PRIORITY_REQ_SET: rt::SetDesc = rt::SetDesc {
    name: "set-priority-req",
    doc: "Request of set_priority.",
    policy: &SET_PRIORITY_REQ_POLICY,
    attrs: &[
        rt::AttrDesc {
            kind: 1,
            name: "port",
            ty: "u32",
            doc: "Local port.",
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
            name: "priority",
            ty: "u32",
            doc: "FIFO priority, 0 highest to 15 lowest (Xen's default is 7).",
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

impl<'a> rt::AttrSet<'a> for SetPriorityReq {
    const DESC: &'static rt::SetDesc = &SET_PRIORITY_REQ_SET;

    fn decode_at(attrs: c::Attrs<'a>, container: usize) -> c::Result<Self> {
        let mut v_port: Option<u32> = None;
        let mut v_priority: Option<u32> = None;
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
                        v_port = Some(v);
                    }
                    {
                        let a = c::Attr::new(0x0002, (at + 8) as u32, rt::bytes(b, 12, 4));
                        seen |= 0x2;
                        let r = rt::int::<u32>(&a)?;
                        rt::check_range(&a, r as i128, 0, 15)?;
                        let v = r;
                        v_priority = Some(v);
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
                v_port = Some(v);
            }
            if let Some(a) = walk.expect(0x00020008) {
                count += 1;
                seen |= 0x2;
                let r = rt::int::<u32>(&a)?;
                rt::check_range(&a, r as i128, 0, 15)?;
                let v = r;
                v_priority = Some(v);
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
                        v_port = Some(v);
                    }
                    2 => {
                        if seen & 0x2 != 0 {
                            return Err(rt::duplicate(a));
                        }
                        seen |= 0x2;
                        let r = rt::int::<u32>(&a)?;
                        rt::check_range(&a, r as i128, 0, 15)?;
                        let v = r;
                        v_priority = Some(v);
                    }
                    _ => rt::unknown(&a)?,
                }
            }
        }
        if seen & 0x3 != 0x3 {
            return Err(rt::missing(container, (0x3 & !seen) as u128, &[1, 2]));
        }
        Ok(SetPriorityReq {
            port: rt::req(v_port, container, 1)?,
            priority: rt::req(v_priority, container, 2)?,
        })
    }

    fn encode<S: c::Sink>(&self, b: &mut c::Builder<S>) -> c::Result<()> {
        rt::put(b, 1, &self.port)?;
        rt::put(b, 2, &self.priority)?;
        Ok(())
    }
}

impl<'a> rt::Elem<'a> for SetPriorityReq {
    #[inline]
    fn from_attr(a: &c::Attr<'a>) -> c::Result<Self> {
        rt::nest_from_attr(a)
    }
    fn put_attr<S: c::Sink>(&self, b: &mut c::Builder<S>, raw_kind: u16) -> c::Result<()> {
        rt::nest_put(self, b, raw_kind)
    }
}

/// Connect a fresh local port to an unbound port of another domain.
///
/// Op 0 (`bind_interdomain`), privilege `logical`; Xen `EVTCHNOP_bind_interdomain`; max reply 8 bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct BindInterdomain;

/// The request of [`BindInterdomain`].
pub type BindInterdomainRequest = BindInterdomainReq;

/// Descriptor of [`BindInterdomain`].
pub static OP_BIND_INTERDOMAIN: rt::OpDesc = rt::OpDesc {
    family: "event_channel",
    family_id: ID,
    msg_type: MSG_TYPE,
    family_version: VERSION,
    name: "bind_interdomain",
    id: 0,
    since: 1,
    privilege: rt::Privilege::Logical,
    flags: rt::op_flags::FASTABI,
    request: &BIND_INTERDOMAIN_REQ_SET,
    reply: &BIND_INTERDOMAIN_REPLY_SET,
    max_reply: 8,
    target_domain: None,
    fastabi: Some(rt::RegMap {
        form: None,
        inputs: &[(1, rt::Reg::Rsi), (2, rt::Reg::R8)],
        outputs: &[(1, rt::Reg::R9)],
    }),
    ring_only: None,
    register_only: None,
    doc: "Connect a fresh local port to an unbound port of another domain.",
};

impl rt::Op for BindInterdomain {
    const DESC: &'static rt::OpDesc = &OP_BIND_INTERDOMAIN;
    type Request<'a> = BindInterdomainReq;
    type Reply<'a> = BindInterdomainReply;
}

impl rt::FastAbi for BindInterdomain {
    fn request_to_regs(
        req: &Self::Request<'_>,
        r: &mut rt::Regs,
    ) -> ::core::result::Result<(), hvlink_proto::Errno> {
        r.rsi = rt::reg(req.remote_dom);
        r.r8 = rt::reg(req.remote_port);
        Ok(())
    }
    fn request_from_regs(
        r: &rt::Regs,
    ) -> ::core::result::Result<Self::Request<'static>, hvlink_proto::Errno> {
        let v_remote_dom = rt::unreg::<u16>(r.rsi, &BIND_INTERDOMAIN_REQ_POLICY.attrs[0])?;
        let v_remote_port = rt::unreg::<u32>(r.r8, &BIND_INTERDOMAIN_REQ_POLICY.attrs[1])?;
        Ok(BindInterdomainReq {
            remote_dom: v_remote_dom,
            remote_port: v_remote_port,
        })
    }
    fn reply_to_regs(
        rep: &Self::Reply<'_>,
        r: &mut rt::Regs,
    ) -> ::core::result::Result<(), hvlink_proto::Errno> {
        r.r9 = rt::reg(rep.local_port);
        Ok(())
    }
    fn reply_from_regs(
        r: &rt::Regs,
    ) -> ::core::result::Result<Self::Reply<'static>, hvlink_proto::Errno> {
        let v_local_port = rt::unreg::<u32>(r.r9, &BIND_INTERDOMAIN_REPLY_POLICY.attrs[0])?;
        Ok(BindInterdomainReply {
            local_port: v_local_port,
        })
    }
}

/// Bind a fresh local port to a virtual IRQ on a vCPU.
///
/// Op 1 (`bind_virq`), privilege `privileged`; Xen `EVTCHNOP_bind_virq`; max reply 8 bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct BindVirq;

/// The request of [`BindVirq`].
pub type BindVirqRequest = BindVirqReq;

/// The reply of [`BindVirq`].
pub type BindVirqReply = PortReply;

/// Descriptor of [`BindVirq`].
pub static OP_BIND_VIRQ: rt::OpDesc = rt::OpDesc {
    family: "event_channel",
    family_id: ID,
    msg_type: MSG_TYPE,
    family_version: VERSION,
    name: "bind_virq",
    id: 1,
    since: 1,
    privilege: rt::Privilege::Privileged,
    flags: rt::op_flags::FASTABI,
    request: &BIND_VIRQ_REQ_SET,
    reply: &PORT_REPLY_SET,
    max_reply: 8,
    target_domain: None,
    fastabi: Some(rt::RegMap {
        form: None,
        inputs: &[(1, rt::Reg::Rsi), (2, rt::Reg::R8)],
        outputs: &[(1, rt::Reg::R9)],
    }),
    ring_only: None,
    register_only: None,
    doc: "Bind a fresh local port to a virtual IRQ on a vCPU.",
};

impl rt::Op for BindVirq {
    const DESC: &'static rt::OpDesc = &OP_BIND_VIRQ;
    type Request<'a> = BindVirqReq;
    type Reply<'a> = PortReply;
}

impl rt::FastAbi for BindVirq {
    fn request_to_regs(
        req: &Self::Request<'_>,
        r: &mut rt::Regs,
    ) -> ::core::result::Result<(), hvlink_proto::Errno> {
        r.rsi = rt::reg(req.virq);
        r.r8 = rt::reg(req.vcpu);
        Ok(())
    }
    fn request_from_regs(
        r: &rt::Regs,
    ) -> ::core::result::Result<Self::Request<'static>, hvlink_proto::Errno> {
        let v_virq =
            rt::unreg_member::<Virq>(r.rsi, &BIND_VIRQ_REQ_POLICY.attrs[0], Virq::ENTRIES)?;
        let v_vcpu = rt::unreg::<u32>(r.r8, &BIND_VIRQ_REQ_POLICY.attrs[1])?;
        Ok(BindVirqReq {
            virq: v_virq,
            vcpu: v_vcpu,
        })
    }
    fn reply_to_regs(
        rep: &Self::Reply<'_>,
        r: &mut rt::Regs,
    ) -> ::core::result::Result<(), hvlink_proto::Errno> {
        r.r9 = rt::reg(rep.port);
        Ok(())
    }
    fn reply_from_regs(
        r: &rt::Regs,
    ) -> ::core::result::Result<Self::Reply<'static>, hvlink_proto::Errno> {
        let v_port = rt::unreg::<u32>(r.r9, &PORT_REPLY_POLICY.attrs[0])?;
        Ok(PortReply { port: v_port })
    }
}

/// Bind a fresh local port to a physical IRQ the domain was granted.
///
/// Op 2 (`bind_pirq`), privilege `privileged`; Xen `EVTCHNOP_bind_pirq`; max reply 8 bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct BindPirq;

/// The request of [`BindPirq`].
pub type BindPirqRequest = BindPirqReq;

/// The reply of [`BindPirq`].
pub type BindPirqReply = PortReply;

/// Descriptor of [`BindPirq`].
pub static OP_BIND_PIRQ: rt::OpDesc = rt::OpDesc {
    family: "event_channel",
    family_id: ID,
    msg_type: MSG_TYPE,
    family_version: VERSION,
    name: "bind_pirq",
    id: 2,
    since: 1,
    privilege: rt::Privilege::Privileged,
    flags: rt::op_flags::FASTABI,
    request: &BIND_PIRQ_REQ_SET,
    reply: &PORT_REPLY_SET,
    max_reply: 8,
    target_domain: None,
    fastabi: Some(rt::RegMap {
        form: None,
        inputs: &[(1, rt::Reg::Rsi), (2, rt::Reg::R8)],
        outputs: &[(1, rt::Reg::R9)],
    }),
    ring_only: None,
    register_only: None,
    doc: "Bind a fresh local port to a physical IRQ the domain was granted.",
};

impl rt::Op for BindPirq {
    const DESC: &'static rt::OpDesc = &OP_BIND_PIRQ;
    type Request<'a> = BindPirqReq;
    type Reply<'a> = PortReply;
}

impl rt::FastAbi for BindPirq {
    fn request_to_regs(
        req: &Self::Request<'_>,
        r: &mut rt::Regs,
    ) -> ::core::result::Result<(), hvlink_proto::Errno> {
        r.rsi = rt::reg(req.pirq);
        r.r8 = rt::reg(req.flags);
        Ok(())
    }
    fn request_from_regs(
        r: &rt::Regs,
    ) -> ::core::result::Result<Self::Request<'static>, hvlink_proto::Errno> {
        let v_pirq = rt::unreg::<u32>(r.rsi, &BIND_PIRQ_REQ_POLICY.attrs[0])?;
        let v_flags = rt::unreg::<BindPirqFlags>(r.r8, &BIND_PIRQ_REQ_POLICY.attrs[1])?;
        Ok(BindPirqReq {
            pirq: v_pirq,
            flags: v_flags,
        })
    }
    fn reply_to_regs(
        rep: &Self::Reply<'_>,
        r: &mut rt::Regs,
    ) -> ::core::result::Result<(), hvlink_proto::Errno> {
        r.r9 = rt::reg(rep.port);
        Ok(())
    }
    fn reply_from_regs(
        r: &rt::Regs,
    ) -> ::core::result::Result<Self::Reply<'static>, hvlink_proto::Errno> {
        let v_port = rt::unreg::<u32>(r.r9, &PORT_REPLY_POLICY.attrs[0])?;
        Ok(PortReply { port: v_port })
    }
}

/// Close a local port; an interdomain peer goes back to unbound.
///
/// Op 3 (`close`), privilege `logical`; Xen `EVTCHNOP_close`; max reply 0 bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Close;

/// The request of [`Close`].
pub type CloseRequest = PortReq;

/// Descriptor of [`Close`].
pub static OP_CLOSE: rt::OpDesc = rt::OpDesc {
    family: "event_channel",
    family_id: ID,
    msg_type: MSG_TYPE,
    family_version: VERSION,
    name: "close",
    id: 3,
    since: 1,
    privilege: rt::Privilege::Logical,
    flags: rt::op_flags::FASTABI,
    request: &PORT_REQ_SET,
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
    doc: "Close a local port; an interdomain peer goes back to unbound.",
};

impl rt::Op for Close {
    const DESC: &'static rt::OpDesc = &OP_CLOSE;
    type Request<'a> = PortReq;
    type Reply<'a> = rt::Empty;
}

impl rt::FastAbi for Close {
    fn request_to_regs(
        req: &Self::Request<'_>,
        r: &mut rt::Regs,
    ) -> ::core::result::Result<(), hvlink_proto::Errno> {
        r.rsi = rt::reg(req.port);
        Ok(())
    }
    fn request_from_regs(
        r: &rt::Regs,
    ) -> ::core::result::Result<Self::Request<'static>, hvlink_proto::Errno> {
        let v_port = rt::unreg::<u32>(r.rsi, &PORT_REQ_POLICY.attrs[0])?;
        Ok(PortReq { port: v_port })
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

/// Send an event to the remote end of a local port.
///
/// Op 4 (`send`), privilege `logical`; Xen `EVTCHNOP_send`; max reply 0 bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct SendOp;

/// The request of [`SendOp`].
pub type SendRequest = PortReq;

/// Descriptor of [`SendOp`].
pub static OP_SEND: rt::OpDesc = rt::OpDesc {
    family: "event_channel",
    family_id: ID,
    msg_type: MSG_TYPE,
    family_version: VERSION,
    name: "send",
    id: 4,
    since: 1,
    privilege: rt::Privilege::Logical,
    flags: rt::op_flags::FASTABI,
    request: &PORT_REQ_SET,
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
    doc: "Send an event to the remote end of a local port.",
};

impl rt::Op for SendOp {
    const DESC: &'static rt::OpDesc = &OP_SEND;
    type Request<'a> = PortReq;
    type Reply<'a> = rt::Empty;
}

impl rt::FastAbi for SendOp {
    fn request_to_regs(
        req: &Self::Request<'_>,
        r: &mut rt::Regs,
    ) -> ::core::result::Result<(), hvlink_proto::Errno> {
        r.rsi = rt::reg(req.port);
        Ok(())
    }
    fn request_from_regs(
        r: &rt::Regs,
    ) -> ::core::result::Result<Self::Request<'static>, hvlink_proto::Errno> {
        let v_port = rt::unreg::<u32>(r.rsi, &PORT_REQ_POLICY.attrs[0])?;
        Ok(PortReq { port: v_port })
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

/// Report the state and binding of a port.
///
/// Op 5 (`status`), privilege `logical`; Xen `EVTCHNOP_status`; max reply 48 bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Status;

/// The request of [`Status`].
pub type StatusRequest = StatusReq;

/// Descriptor of [`Status`].
pub static OP_STATUS: rt::OpDesc = rt::OpDesc {
    family: "event_channel",
    family_id: ID,
    msg_type: MSG_TYPE,
    family_version: VERSION,
    name: "status",
    id: 5,
    since: 1,
    privilege: rt::Privilege::Logical,
    flags: rt::op_flags::FASTABI | rt::op_flags::TARGET_DOMAIN,
    request: &STATUS_REQ_SET,
    reply: &STATUS_REPLY_SET,
    max_reply: 48,
    target_domain: Some(1),
    fastabi: Some(rt::RegMap {
        form: None,
        inputs: &[(1, rt::Reg::Rsi), (2, rt::Reg::R8)],
        outputs: &[
            (1, rt::Reg::R9),
            (2, rt::Reg::R10),
            (3, rt::Reg::R11),
            (5, rt::Reg::R11),
            (6, rt::Reg::R11),
            (4, rt::Reg::R12),
        ],
    }),
    ring_only: None,
    register_only: None,
    doc: "Report the state and binding of a port.",
};

impl rt::Op for Status {
    const DESC: &'static rt::OpDesc = &OP_STATUS;
    type Request<'a> = StatusReq;
    type Reply<'a> = StatusReply;
}

impl rt::FastAbi for Status {
    fn request_to_regs(
        req: &Self::Request<'_>,
        r: &mut rt::Regs,
    ) -> ::core::result::Result<(), hvlink_proto::Errno> {
        r.rsi = rt::reg(req.dom);
        r.r8 = rt::reg(req.port);
        Ok(())
    }
    fn request_from_regs(
        r: &rt::Regs,
    ) -> ::core::result::Result<Self::Request<'static>, hvlink_proto::Errno> {
        let v_dom = rt::unreg::<u16>(r.rsi, &STATUS_REQ_POLICY.attrs[0])?;
        let v_port = rt::unreg::<u32>(r.r8, &STATUS_REQ_POLICY.attrs[1])?;
        Ok(StatusReq {
            dom: v_dom,
            port: v_port,
        })
    }
    fn reply_to_regs(
        rep: &Self::Reply<'_>,
        r: &mut rt::Regs,
    ) -> ::core::result::Result<(), hvlink_proto::Errno> {
        r.r9 = rt::reg(rep.status);
        r.r10 = rt::reg(rep.vcpu);
        r.r11 = rt::first(&[
            rep.pirq.map(rt::reg),
            rep.remote_dom.map(rt::reg),
            rep.virq.map(rt::reg),
        ]);
        r.r12 = rt::reg_opt(rep.remote_port);
        Ok(())
    }
    fn reply_from_regs(
        r: &rt::Regs,
    ) -> ::core::result::Result<Self::Reply<'static>, hvlink_proto::Errno> {
        let v_status = rt::unreg::<EvtchnStatus>(r.r9, &STATUS_REPLY_POLICY.attrs[0])?;
        let v_vcpu = rt::unreg::<u32>(r.r10, &STATUS_REPLY_POLICY.attrs[1])?;
        let v_remote_dom = if rt::holds(Some(rt::Scalar::to_i128(v_status)), &[1, 2]) {
            Some(rt::unreg::<u16>(r.r11, &STATUS_REPLY_POLICY.attrs[2])?)
        } else {
            None
        };
        let v_remote_port = if rt::holds(Some(rt::Scalar::to_i128(v_status)), &[2]) {
            Some(rt::unreg::<u32>(r.r12, &STATUS_REPLY_POLICY.attrs[3])?)
        } else {
            None
        };
        let v_pirq = if rt::holds(Some(rt::Scalar::to_i128(v_status)), &[3]) {
            Some(rt::unreg::<u32>(r.r11, &STATUS_REPLY_POLICY.attrs[4])?)
        } else {
            None
        };
        let v_virq = if rt::holds(Some(rt::Scalar::to_i128(v_status)), &[4]) {
            Some(rt::unreg::<Virq>(r.r11, &STATUS_REPLY_POLICY.attrs[5])?)
        } else {
            None
        };
        Ok(StatusReply {
            status: v_status,
            vcpu: v_vcpu,
            remote_dom: v_remote_dom,
            remote_port: v_remote_port,
            pirq: v_pirq,
            virq: v_virq,
        })
    }
}

/// Allocate a port in a domain that accepts a binding from remote-dom.
///
/// Op 6 (`alloc_unbound`), privilege `logical`; Xen `EVTCHNOP_alloc_unbound`; max reply 8 bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct AllocUnbound;

/// The request of [`AllocUnbound`].
pub type AllocUnboundRequest = AllocUnboundReq;

/// The reply of [`AllocUnbound`].
pub type AllocUnboundReply = PortReply;

/// Descriptor of [`AllocUnbound`].
pub static OP_ALLOC_UNBOUND: rt::OpDesc = rt::OpDesc {
    family: "event_channel",
    family_id: ID,
    msg_type: MSG_TYPE,
    family_version: VERSION,
    name: "alloc_unbound",
    id: 6,
    since: 1,
    privilege: rt::Privilege::Logical,
    flags: rt::op_flags::FASTABI | rt::op_flags::TARGET_DOMAIN,
    request: &ALLOC_UNBOUND_REQ_SET,
    reply: &PORT_REPLY_SET,
    max_reply: 8,
    target_domain: Some(1),
    fastabi: Some(rt::RegMap {
        form: None,
        inputs: &[(1, rt::Reg::Rsi), (2, rt::Reg::R8)],
        outputs: &[(1, rt::Reg::R9)],
    }),
    ring_only: None,
    register_only: None,
    doc: "Allocate a port in a domain that accepts a binding from remote-dom.",
};

impl rt::Op for AllocUnbound {
    const DESC: &'static rt::OpDesc = &OP_ALLOC_UNBOUND;
    type Request<'a> = AllocUnboundReq;
    type Reply<'a> = PortReply;
}

impl rt::FastAbi for AllocUnbound {
    fn request_to_regs(
        req: &Self::Request<'_>,
        r: &mut rt::Regs,
    ) -> ::core::result::Result<(), hvlink_proto::Errno> {
        r.rsi = rt::reg(req.dom);
        r.r8 = rt::reg(req.remote_dom);
        Ok(())
    }
    fn request_from_regs(
        r: &rt::Regs,
    ) -> ::core::result::Result<Self::Request<'static>, hvlink_proto::Errno> {
        let v_dom = rt::unreg::<u16>(r.rsi, &ALLOC_UNBOUND_REQ_POLICY.attrs[0])?;
        let v_remote_dom = rt::unreg::<u16>(r.r8, &ALLOC_UNBOUND_REQ_POLICY.attrs[1])?;
        Ok(AllocUnboundReq {
            dom: v_dom,
            remote_dom: v_remote_dom,
        })
    }
    fn reply_to_regs(
        rep: &Self::Reply<'_>,
        r: &mut rt::Regs,
    ) -> ::core::result::Result<(), hvlink_proto::Errno> {
        r.r9 = rt::reg(rep.port);
        Ok(())
    }
    fn reply_from_regs(
        r: &rt::Regs,
    ) -> ::core::result::Result<Self::Reply<'static>, hvlink_proto::Errno> {
        let v_port = rt::unreg::<u32>(r.r9, &PORT_REPLY_POLICY.attrs[0])?;
        Ok(PortReply { port: v_port })
    }
}

/// Bind a fresh local port to receive IPIs on a vCPU.
///
/// Op 7 (`bind_ipi`), privilege `privileged`; Xen `EVTCHNOP_bind_ipi`; max reply 8 bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct BindIpi;

/// The request of [`BindIpi`].
pub type BindIpiRequest = BindIpiReq;

/// The reply of [`BindIpi`].
pub type BindIpiReply = PortReply;

/// Descriptor of [`BindIpi`].
pub static OP_BIND_IPI: rt::OpDesc = rt::OpDesc {
    family: "event_channel",
    family_id: ID,
    msg_type: MSG_TYPE,
    family_version: VERSION,
    name: "bind_ipi",
    id: 7,
    since: 1,
    privilege: rt::Privilege::Privileged,
    flags: rt::op_flags::FASTABI,
    request: &BIND_IPI_REQ_SET,
    reply: &PORT_REPLY_SET,
    max_reply: 8,
    target_domain: None,
    fastabi: Some(rt::RegMap {
        form: None,
        inputs: &[(1, rt::Reg::Rsi)],
        outputs: &[(1, rt::Reg::R9)],
    }),
    ring_only: None,
    register_only: None,
    doc: "Bind a fresh local port to receive IPIs on a vCPU.",
};

impl rt::Op for BindIpi {
    const DESC: &'static rt::OpDesc = &OP_BIND_IPI;
    type Request<'a> = BindIpiReq;
    type Reply<'a> = PortReply;
}

impl rt::FastAbi for BindIpi {
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
        let v_vcpu = rt::unreg::<u32>(r.rsi, &BIND_IPI_REQ_POLICY.attrs[0])?;
        Ok(BindIpiReq { vcpu: v_vcpu })
    }
    fn reply_to_regs(
        rep: &Self::Reply<'_>,
        r: &mut rt::Regs,
    ) -> ::core::result::Result<(), hvlink_proto::Errno> {
        r.r9 = rt::reg(rep.port);
        Ok(())
    }
    fn reply_from_regs(
        r: &rt::Regs,
    ) -> ::core::result::Result<Self::Reply<'static>, hvlink_proto::Errno> {
        let v_port = rt::unreg::<u32>(r.r9, &PORT_REPLY_POLICY.attrs[0])?;
        Ok(PortReply { port: v_port })
    }
}

/// Change which vCPU a port notifies.
///
/// Op 8 (`bind_vcpu`), privilege `privileged`; Xen `EVTCHNOP_bind_vcpu`; max reply 0 bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct BindVcpu;

/// The request of [`BindVcpu`].
pub type BindVcpuRequest = BindVcpuReq;

/// Descriptor of [`BindVcpu`].
pub static OP_BIND_VCPU: rt::OpDesc = rt::OpDesc {
    family: "event_channel",
    family_id: ID,
    msg_type: MSG_TYPE,
    family_version: VERSION,
    name: "bind_vcpu",
    id: 8,
    since: 1,
    privilege: rt::Privilege::Privileged,
    flags: rt::op_flags::FASTABI,
    request: &BIND_VCPU_REQ_SET,
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
    doc: "Change which vCPU a port notifies.",
};

impl rt::Op for BindVcpu {
    const DESC: &'static rt::OpDesc = &OP_BIND_VCPU;
    type Request<'a> = BindVcpuReq;
    type Reply<'a> = rt::Empty;
}

impl rt::FastAbi for BindVcpu {
    fn request_to_regs(
        req: &Self::Request<'_>,
        r: &mut rt::Regs,
    ) -> ::core::result::Result<(), hvlink_proto::Errno> {
        r.rsi = rt::reg(req.vcpu);
        r.r8 = rt::reg(req.port);
        Ok(())
    }
    fn request_from_regs(
        r: &rt::Regs,
    ) -> ::core::result::Result<Self::Request<'static>, hvlink_proto::Errno> {
        let v_vcpu = rt::unreg::<u32>(r.rsi, &BIND_VCPU_REQ_POLICY.attrs[0])?;
        let v_port = rt::unreg::<u32>(r.r8, &BIND_VCPU_REQ_POLICY.attrs[1])?;
        Ok(BindVcpuReq {
            vcpu: v_vcpu,
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

/// Unmask a port and deliver its pending event, if any.
///
/// Op 9 (`unmask`), privilege `logical`; Xen `EVTCHNOP_unmask`; max reply 0 bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Unmask;

/// The request of [`Unmask`].
pub type UnmaskRequest = PortReq;

/// Descriptor of [`Unmask`].
pub static OP_UNMASK: rt::OpDesc = rt::OpDesc {
    family: "event_channel",
    family_id: ID,
    msg_type: MSG_TYPE,
    family_version: VERSION,
    name: "unmask",
    id: 9,
    since: 1,
    privilege: rt::Privilege::Logical,
    flags: rt::op_flags::FASTABI,
    request: &PORT_REQ_SET,
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
    doc: "Unmask a port and deliver its pending event, if any.",
};

impl rt::Op for Unmask {
    const DESC: &'static rt::OpDesc = &OP_UNMASK;
    type Request<'a> = PortReq;
    type Reply<'a> = rt::Empty;
}

impl rt::FastAbi for Unmask {
    fn request_to_regs(
        req: &Self::Request<'_>,
        r: &mut rt::Regs,
    ) -> ::core::result::Result<(), hvlink_proto::Errno> {
        r.rsi = rt::reg(req.port);
        Ok(())
    }
    fn request_from_regs(
        r: &rt::Regs,
    ) -> ::core::result::Result<Self::Request<'static>, hvlink_proto::Errno> {
        let v_port = rt::unreg::<u32>(r.rsi, &PORT_REQ_POLICY.attrs[0])?;
        Ok(PortReq { port: v_port })
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

/// Close every port of a domain.
///
/// Op 10 (`reset`), privilege `privileged`; Xen `EVTCHNOP_reset`; max reply 0 bytes; async.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Reset;

/// The request of [`Reset`].
pub type ResetRequest = ResetReq;

/// Descriptor of [`Reset`].
pub static OP_RESET: rt::OpDesc = rt::OpDesc {
    family: "event_channel",
    family_id: ID,
    msg_type: MSG_TYPE,
    family_version: VERSION,
    name: "reset",
    id: 10,
    since: 1,
    privilege: rt::Privilege::Privileged,
    flags: rt::op_flags::FASTABI | rt::op_flags::ASYNC | rt::op_flags::TARGET_DOMAIN,
    request: &RESET_REQ_SET,
    reply: &rt::EMPTY_SET,
    max_reply: 0,
    target_domain: Some(1),
    fastabi: Some(rt::RegMap {
        form: None,
        inputs: &[(1, rt::Reg::Rsi)],
        outputs: &[],
    }),
    ring_only: None,
    register_only: None,
    doc: "Close every port of a domain.",
};

impl rt::Op for Reset {
    const DESC: &'static rt::OpDesc = &OP_RESET;
    type Request<'a> = ResetReq;
    type Reply<'a> = rt::Empty;
}

impl rt::FastAbi for Reset {
    fn request_to_regs(
        req: &Self::Request<'_>,
        r: &mut rt::Regs,
    ) -> ::core::result::Result<(), hvlink_proto::Errno> {
        r.rsi = rt::reg(req.dom);
        Ok(())
    }
    fn request_from_regs(
        r: &rt::Regs,
    ) -> ::core::result::Result<Self::Request<'static>, hvlink_proto::Errno> {
        let v_dom = rt::unreg::<u16>(r.rsi, &RESET_REQ_POLICY.attrs[0])?;
        Ok(ResetReq { dom: v_dom })
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

/// Switch a vCPU to the FIFO event ABI with its control block in a guest frame.
///
/// Op 11 (`init_control`), privilege `privileged`; Xen `EVTCHNOP_init_control`; max reply 8 bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct InitControl;

/// The request of [`InitControl`].
pub type InitControlRequest = InitControlReq;

/// Descriptor of [`InitControl`].
pub static OP_INIT_CONTROL: rt::OpDesc = rt::OpDesc {
    family: "event_channel",
    family_id: ID,
    msg_type: MSG_TYPE,
    family_version: VERSION,
    name: "init_control",
    id: 11,
    since: 1,
    privilege: rt::Privilege::Privileged,
    flags: rt::op_flags::FASTABI,
    request: &INIT_CONTROL_REQ_SET,
    reply: &INIT_CONTROL_REPLY_SET,
    max_reply: 8,
    target_domain: None,
    fastabi: Some(rt::RegMap {
        form: None,
        inputs: &[(1, rt::Reg::Rsi), (2, rt::Reg::R8), (3, rt::Reg::R9)],
        outputs: &[(1, rt::Reg::R10)],
    }),
    ring_only: None,
    register_only: None,
    doc: "Switch a vCPU to the FIFO event ABI with its control block in a guest frame.",
};

impl rt::Op for InitControl {
    const DESC: &'static rt::OpDesc = &OP_INIT_CONTROL;
    type Request<'a> = InitControlReq;
    type Reply<'a> = InitControlReply;
}

impl rt::FastAbi for InitControl {
    fn request_to_regs(
        req: &Self::Request<'_>,
        r: &mut rt::Regs,
    ) -> ::core::result::Result<(), hvlink_proto::Errno> {
        r.rsi = rt::reg(req.control_gfn);
        r.r8 = rt::reg(req.offset);
        r.r9 = rt::reg(req.vcpu);
        Ok(())
    }
    fn request_from_regs(
        r: &rt::Regs,
    ) -> ::core::result::Result<Self::Request<'static>, hvlink_proto::Errno> {
        let v_control_gfn = rt::unreg::<u64>(r.rsi, &INIT_CONTROL_REQ_POLICY.attrs[0])?;
        let v_offset = rt::unreg::<u32>(r.r8, &INIT_CONTROL_REQ_POLICY.attrs[1])?;
        let v_vcpu = rt::unreg::<u32>(r.r9, &INIT_CONTROL_REQ_POLICY.attrs[2])?;
        Ok(InitControlReq {
            control_gfn: v_control_gfn,
            offset: v_offset,
            vcpu: v_vcpu,
        })
    }
    fn reply_to_regs(
        rep: &Self::Reply<'_>,
        r: &mut rt::Regs,
    ) -> ::core::result::Result<(), hvlink_proto::Errno> {
        r.r10 = rt::reg(rep.link_bits);
        Ok(())
    }
    fn reply_from_regs(
        r: &rt::Regs,
    ) -> ::core::result::Result<Self::Reply<'static>, hvlink_proto::Errno> {
        let v_link_bits = rt::unreg::<u8>(r.r10, &INIT_CONTROL_REPLY_POLICY.attrs[0])?;
        Ok(InitControlReply {
            link_bits: v_link_bits,
        })
    }
}

/// Add a guest frame to the FIFO event array.
///
/// Op 12 (`expand_array`), privilege `privileged`; Xen `EVTCHNOP_expand_array`; max reply 0 bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ExpandArray;

/// The request of [`ExpandArray`].
pub type ExpandArrayRequest = ExpandArrayReq;

/// Descriptor of [`ExpandArray`].
pub static OP_EXPAND_ARRAY: rt::OpDesc = rt::OpDesc {
    family: "event_channel",
    family_id: ID,
    msg_type: MSG_TYPE,
    family_version: VERSION,
    name: "expand_array",
    id: 12,
    since: 1,
    privilege: rt::Privilege::Privileged,
    flags: rt::op_flags::FASTABI,
    request: &EXPAND_ARRAY_REQ_SET,
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
    doc: "Add a guest frame to the FIFO event array.",
};

impl rt::Op for ExpandArray {
    const DESC: &'static rt::OpDesc = &OP_EXPAND_ARRAY;
    type Request<'a> = ExpandArrayReq;
    type Reply<'a> = rt::Empty;
}

impl rt::FastAbi for ExpandArray {
    fn request_to_regs(
        req: &Self::Request<'_>,
        r: &mut rt::Regs,
    ) -> ::core::result::Result<(), hvlink_proto::Errno> {
        r.rsi = rt::reg(req.array_gfn);
        Ok(())
    }
    fn request_from_regs(
        r: &rt::Regs,
    ) -> ::core::result::Result<Self::Request<'static>, hvlink_proto::Errno> {
        let v_array_gfn = rt::unreg::<u64>(r.rsi, &EXPAND_ARRAY_REQ_POLICY.attrs[0])?;
        Ok(ExpandArrayReq {
            array_gfn: v_array_gfn,
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

/// Set the FIFO priority of a port.
///
/// Op 13 (`set_priority`), privilege `privileged`; Xen `EVTCHNOP_set_priority`; max reply 0 bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct SetPriority;

/// The request of [`SetPriority`].
pub type SetPriorityRequest = SetPriorityReq;

/// Descriptor of [`SetPriority`].
pub static OP_SET_PRIORITY: rt::OpDesc = rt::OpDesc {
    family: "event_channel",
    family_id: ID,
    msg_type: MSG_TYPE,
    family_version: VERSION,
    name: "set_priority",
    id: 13,
    since: 1,
    privilege: rt::Privilege::Privileged,
    flags: rt::op_flags::FASTABI,
    request: &SET_PRIORITY_REQ_SET,
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
    doc: "Set the FIFO priority of a port.",
};

impl rt::Op for SetPriority {
    const DESC: &'static rt::OpDesc = &OP_SET_PRIORITY;
    type Request<'a> = SetPriorityReq;
    type Reply<'a> = rt::Empty;
}

impl rt::FastAbi for SetPriority {
    fn request_to_regs(
        req: &Self::Request<'_>,
        r: &mut rt::Regs,
    ) -> ::core::result::Result<(), hvlink_proto::Errno> {
        r.rsi = rt::reg(req.port);
        r.r8 = rt::reg(req.priority);
        Ok(())
    }
    fn request_from_regs(
        r: &rt::Regs,
    ) -> ::core::result::Result<Self::Request<'static>, hvlink_proto::Errno> {
        let v_port = rt::unreg::<u32>(r.rsi, &SET_PRIORITY_REQ_POLICY.attrs[0])?;
        let v_priority = rt::unreg::<u32>(r.r8, &SET_PRIORITY_REQ_POLICY.attrs[1])?;
        Ok(SetPriorityReq {
            port: v_port,
            priority: v_priority,
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
    name: "event_channel",
    id: ID,
    msg_type: MSG_TYPE,
    version: VERSION,
    doc: "Event channels are the hypervisor's doorbells: a port in one domain is bound to a virtual IRQ, an IPI, a physical IRQ or a port in another domain, and sending on it marks the peer pending and raises an upcall. Ports are per-domain resources, so every op is mediated by the guest kernel (privileged); ops that take a domain act on another domain only for the control domain. Sub-op numbers are Xen's EVTCHNOP_* values and the register layout is the FastABI RFC's.",
    ops: &[&OP_BIND_INTERDOMAIN, &OP_BIND_VIRQ, &OP_BIND_PIRQ, &OP_CLOSE, &OP_SEND, &OP_STATUS, &OP_ALLOC_UNBOUND, &OP_BIND_IPI, &OP_BIND_VCPU, &OP_UNMASK, &OP_RESET, &OP_INIT_CONTROL, &OP_EXPAND_ARRAY, &OP_SET_PRIORITY],
};

/// What a host implements for this family: one method per op, called with a request
/// that was already validated (the same way on a ring and by register). Batch ops
/// report each entry's result through `out` as soon as it is known, so a host encodes
/// entries straight into its reply (or progress) message without collecting them.
pub trait Backend {
    /// Connect a fresh local port to an unbound port of another domain.
    fn bind_interdomain(
        &mut self,
        ctx: &rt::Ctx,
        req: &BindInterdomainReq,
    ) -> ::core::result::Result<BindInterdomainReply, hvlink_proto::Errno>;
    /// Bind a fresh local port to a virtual IRQ on a vCPU.
    fn bind_virq(
        &mut self,
        ctx: &rt::Ctx,
        req: &BindVirqReq,
    ) -> ::core::result::Result<PortReply, hvlink_proto::Errno>;
    /// Bind a fresh local port to a physical IRQ the domain was granted.
    fn bind_pirq(
        &mut self,
        ctx: &rt::Ctx,
        req: &BindPirqReq,
    ) -> ::core::result::Result<PortReply, hvlink_proto::Errno>;
    /// Close a local port; an interdomain peer goes back to unbound.
    fn close(
        &mut self,
        ctx: &rt::Ctx,
        req: &PortReq,
    ) -> ::core::result::Result<(), hvlink_proto::Errno>;
    /// Send an event to the remote end of a local port.
    fn send(
        &mut self,
        ctx: &rt::Ctx,
        req: &PortReq,
    ) -> ::core::result::Result<(), hvlink_proto::Errno>;
    /// Report the state and binding of a port.
    fn status(
        &mut self,
        ctx: &rt::Ctx,
        req: &StatusReq,
    ) -> ::core::result::Result<StatusReply, hvlink_proto::Errno>;
    /// Allocate a port in a domain that accepts a binding from remote-dom.
    fn alloc_unbound(
        &mut self,
        ctx: &rt::Ctx,
        req: &AllocUnboundReq,
    ) -> ::core::result::Result<PortReply, hvlink_proto::Errno>;
    /// Bind a fresh local port to receive IPIs on a vCPU.
    fn bind_ipi(
        &mut self,
        ctx: &rt::Ctx,
        req: &BindIpiReq,
    ) -> ::core::result::Result<PortReply, hvlink_proto::Errno>;
    /// Change which vCPU a port notifies.
    fn bind_vcpu(
        &mut self,
        ctx: &rt::Ctx,
        req: &BindVcpuReq,
    ) -> ::core::result::Result<(), hvlink_proto::Errno>;
    /// Unmask a port and deliver its pending event, if any.
    fn unmask(
        &mut self,
        ctx: &rt::Ctx,
        req: &PortReq,
    ) -> ::core::result::Result<(), hvlink_proto::Errno>;
    /// Close every port of a domain.
    fn reset(
        &mut self,
        ctx: &rt::Ctx,
        req: &ResetReq,
    ) -> ::core::result::Result<(), hvlink_proto::Errno>;
    /// Switch a vCPU to the FIFO event ABI with its control block in a guest frame.
    fn init_control(
        &mut self,
        ctx: &rt::Ctx,
        req: &InitControlReq,
    ) -> ::core::result::Result<InitControlReply, hvlink_proto::Errno>;
    /// Add a guest frame to the FIFO event array.
    fn expand_array(
        &mut self,
        ctx: &rt::Ctx,
        req: &ExpandArrayReq,
    ) -> ::core::result::Result<(), hvlink_proto::Errno>;
    /// Set the FIFO priority of a port.
    fn set_priority(
        &mut self,
        ctx: &rt::Ctx,
        req: &SetPriorityReq,
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
        OpId::BIND_INTERDOMAIN => rt::served(
            &backend.bind_interdomain(ctx, &BindInterdomainReq::decode(attrs)?)?,
            reply,
        ),
        OpId::BIND_VIRQ => rt::served(
            &backend.bind_virq(ctx, &BindVirqReq::decode(attrs)?)?,
            reply,
        ),
        OpId::BIND_PIRQ => rt::served(
            &backend.bind_pirq(ctx, &BindPirqReq::decode(attrs)?)?,
            reply,
        ),
        OpId::CLOSE => {
            backend.close(ctx, &PortReq::decode(attrs)?)?;
            Ok(rt::Served::WHOLE)
        }
        OpId::SEND => {
            backend.send(ctx, &PortReq::decode(attrs)?)?;
            Ok(rt::Served::WHOLE)
        }
        OpId::STATUS => rt::served(&backend.status(ctx, &StatusReq::decode(attrs)?)?, reply),
        OpId::ALLOC_UNBOUND => rt::served(
            &backend.alloc_unbound(ctx, &AllocUnboundReq::decode(attrs)?)?,
            reply,
        ),
        OpId::BIND_IPI => rt::served(&backend.bind_ipi(ctx, &BindIpiReq::decode(attrs)?)?, reply),
        OpId::BIND_VCPU => {
            backend.bind_vcpu(ctx, &BindVcpuReq::decode(attrs)?)?;
            Ok(rt::Served::WHOLE)
        }
        OpId::UNMASK => {
            backend.unmask(ctx, &PortReq::decode(attrs)?)?;
            Ok(rt::Served::WHOLE)
        }
        OpId::RESET => {
            backend.reset(ctx, &ResetReq::decode(attrs)?)?;
            Ok(rt::Served::WHOLE)
        }
        OpId::INIT_CONTROL => rt::served(
            &backend.init_control(ctx, &InitControlReq::decode(attrs)?)?,
            reply,
        ),
        OpId::EXPAND_ARRAY => {
            backend.expand_array(ctx, &ExpandArrayReq::decode(attrs)?)?;
            Ok(rt::Served::WHOLE)
        }
        OpId::SET_PRIORITY => {
            backend.set_priority(ctx, &SetPriorityReq::decode(attrs)?)?;
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
        OpId::BIND_INTERDOMAIN => BindInterdomainReq::decode(attrs).map(|_| ()),
        OpId::BIND_VIRQ => BindVirqReq::decode(attrs).map(|_| ()),
        OpId::BIND_PIRQ => BindPirqReq::decode(attrs).map(|_| ()),
        OpId::CLOSE => PortReq::decode(attrs).map(|_| ()),
        OpId::SEND => PortReq::decode(attrs).map(|_| ()),
        OpId::STATUS => StatusReq::decode(attrs).map(|_| ()),
        OpId::ALLOC_UNBOUND => AllocUnboundReq::decode(attrs).map(|_| ()),
        OpId::BIND_IPI => BindIpiReq::decode(attrs).map(|_| ()),
        OpId::BIND_VCPU => BindVcpuReq::decode(attrs).map(|_| ()),
        OpId::UNMASK => PortReq::decode(attrs).map(|_| ()),
        OpId::RESET => ResetReq::decode(attrs).map(|_| ()),
        OpId::INIT_CONTROL => InitControlReq::decode(attrs).map(|_| ()),
        OpId::EXPAND_ARRAY => ExpandArrayReq::decode(attrs).map(|_| ()),
        OpId::SET_PRIORITY => SetPriorityReq::decode(attrs).map(|_| ()),
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
        OpId::BIND_INTERDOMAIN => {
            let req = <BindInterdomain as rt::FastAbi>::request_from_regs(regs)?;
            rt::commit_regs::<BindInterdomain>(&backend.bind_interdomain(ctx, &req)?, regs)
        }
        OpId::BIND_VIRQ => {
            let req = <BindVirq as rt::FastAbi>::request_from_regs(regs)?;
            rt::commit_regs::<BindVirq>(&backend.bind_virq(ctx, &req)?, regs)
        }
        OpId::BIND_PIRQ => {
            let req = <BindPirq as rt::FastAbi>::request_from_regs(regs)?;
            rt::commit_regs::<BindPirq>(&backend.bind_pirq(ctx, &req)?, regs)
        }
        OpId::CLOSE => {
            let req = <Close as rt::FastAbi>::request_from_regs(regs)?;
            backend.close(ctx, &req)?;
            rt::commit_regs::<Close>(&rt::Empty, regs)
        }
        OpId::SEND => {
            let req = <SendOp as rt::FastAbi>::request_from_regs(regs)?;
            backend.send(ctx, &req)?;
            rt::commit_regs::<SendOp>(&rt::Empty, regs)
        }
        OpId::STATUS => {
            let req = <Status as rt::FastAbi>::request_from_regs(regs)?;
            rt::commit_regs::<Status>(&backend.status(ctx, &req)?, regs)
        }
        OpId::ALLOC_UNBOUND => {
            let req = <AllocUnbound as rt::FastAbi>::request_from_regs(regs)?;
            rt::commit_regs::<AllocUnbound>(&backend.alloc_unbound(ctx, &req)?, regs)
        }
        OpId::BIND_IPI => {
            let req = <BindIpi as rt::FastAbi>::request_from_regs(regs)?;
            rt::commit_regs::<BindIpi>(&backend.bind_ipi(ctx, &req)?, regs)
        }
        OpId::BIND_VCPU => {
            let req = <BindVcpu as rt::FastAbi>::request_from_regs(regs)?;
            backend.bind_vcpu(ctx, &req)?;
            rt::commit_regs::<BindVcpu>(&rt::Empty, regs)
        }
        OpId::UNMASK => {
            let req = <Unmask as rt::FastAbi>::request_from_regs(regs)?;
            backend.unmask(ctx, &req)?;
            rt::commit_regs::<Unmask>(&rt::Empty, regs)
        }
        OpId::RESET => {
            let req = <Reset as rt::FastAbi>::request_from_regs(regs)?;
            backend.reset(ctx, &req)?;
            rt::commit_regs::<Reset>(&rt::Empty, regs)
        }
        OpId::INIT_CONTROL => {
            let req = <InitControl as rt::FastAbi>::request_from_regs(regs)?;
            rt::commit_regs::<InitControl>(&backend.init_control(ctx, &req)?, regs)
        }
        OpId::EXPAND_ARRAY => {
            let req = <ExpandArray as rt::FastAbi>::request_from_regs(regs)?;
            backend.expand_array(ctx, &req)?;
            rt::commit_regs::<ExpandArray>(&rt::Empty, regs)
        }
        OpId::SET_PRIORITY => {
            let req = <SetPriority as rt::FastAbi>::request_from_regs(regs)?;
            backend.set_priority(ctx, &req)?;
            rt::commit_regs::<SetPriority>(&rt::Empty, regs)
        }
        _ => Err(hvlink_proto::Errno::ENOSYS),
    }
}
