//! The codec against a real peer: the Linux kernel's netlink sockets.
//!
//! Requests are built with the codec, sent on real sockets, and the kernel's replies parsed and
//! validated with the codec. These run everywhere Linux does (no privilege needed).
//! Set `HVLINK_CAPTURE_DIR` to save every kernel reply there (the fuzz corpus seeds came
//! from such a run).

#[path = "support/nlsock.rs"]
mod nlsock;

use hvlink_codec::policy::{validate, AttrPolicy, AttrType, Options, Policy, Values};
use hvlink_codec::{
    genl, AckOptions, Attr, Attrs, Builder, ErrorKind, ErrorRepr, ExtAck, Flags, Message,
    MessageType, Messages, SliceSink,
};
use nlsock::{request, NlSocket};

// Generic netlink controller (include/uapi/linux/genetlink.h).
const CTRL_CMD_NEWFAMILY: u8 = 1;
const CTRL_CMD_GETFAMILY: u8 = 3;
const CTRL_ATTR_FAMILY_ID: u16 = 1;
const CTRL_ATTR_FAMILY_NAME: u16 = 2;
const CTRL_ATTR_VERSION: u16 = 3;
const CTRL_ATTR_HDRSIZE: u16 = 4;
const CTRL_ATTR_MAXATTR: u16 = 5;
const CTRL_ATTR_OPS: u16 = 6;
const CTRL_ATTR_MCAST_GROUPS: u16 = 7;
const CTRL_ATTR_OP_ID: u16 = 1;
const CTRL_ATTR_OP_FLAGS: u16 = 2;
const CTRL_ATTR_MCAST_GRP_NAME: u16 = 1;
const CTRL_ATTR_MCAST_GRP_ID: u16 = 2;

// rtnetlink (include/uapi/linux/rtnetlink.h, if_link.h).
const RTM_NEWLINK: u16 = 16;
const RTM_GETLINK: u16 = 18;
const IFINFOMSG_LEN: usize = 16;
const IFLA_ADDRESS: u16 = 1;
const IFLA_IFNAME: u16 = 3;
const IFLA_MTU: u16 = 4;
const IFLA_TXQLEN: u16 = 13;
const IFLA_OPERSTATE: u16 = 16;
const IFLA_LINKINFO: u16 = 18;
const IFLA_AF_SPEC: u16 = 26;
const IFLA_INFO_KIND: u16 = 1;

static CTRL_OP: Policy = Policy::new(
    "ctrl-op",
    &[
        AttrPolicy::new(CTRL_ATTR_OP_ID, "id", AttrType::U32).required(),
        AttrPolicy::new(CTRL_ATTR_OP_FLAGS, "flags", AttrType::U32).required(),
    ],
);
static CTRL_MCAST: Policy = Policy::new(
    "ctrl-mcast-grp",
    &[
        AttrPolicy::new(CTRL_ATTR_MCAST_GRP_NAME, "name", AttrType::String)
            .required()
            .len(1, 15),
        AttrPolicy::new(CTRL_ATTR_MCAST_GRP_ID, "id", AttrType::U32).required(),
    ],
);
static CTRL_FAMILY: Policy = Policy::new(
    "ctrl-family",
    &[
        AttrPolicy::new(CTRL_ATTR_FAMILY_ID, "family-id", AttrType::U16).required(),
        AttrPolicy::new(CTRL_ATTR_FAMILY_NAME, "family-name", AttrType::String)
            .required()
            .len(1, 15),
        AttrPolicy::new(CTRL_ATTR_VERSION, "version", AttrType::U32).required(),
        AttrPolicy::new(CTRL_ATTR_HDRSIZE, "hdrsize", AttrType::U32),
        AttrPolicy::new(CTRL_ATTR_MAXATTR, "maxattr", AttrType::U32),
        AttrPolicy::new(CTRL_ATTR_OPS, "ops", AttrType::NestedArray(&CTRL_OP)),
        AttrPolicy::new(
            CTRL_ATTR_MCAST_GROUPS,
            "mcast-groups",
            AttrType::NestedArray(&CTRL_MCAST),
        ),
    ],
);

static LINKINFO: Policy = Policy::new(
    "linkinfo",
    &[AttrPolicy::new(IFLA_INFO_KIND, "kind", AttrType::String).len(1, 63)],
);
static AF_ANY: Policy = Policy::new("af-spec-entry", &[]);
static LINK: Policy = Policy::new(
    "link",
    &[
        AttrPolicy::new(IFLA_ADDRESS, "address", AttrType::Binary).len(0, 32),
        AttrPolicy::new(IFLA_IFNAME, "ifname", AttrType::String)
            .required()
            .len(1, 15),
        AttrPolicy::new(IFLA_MTU, "mtu", AttrType::U32).required(),
        AttrPolicy::new(IFLA_TXQLEN, "txqlen", AttrType::U32),
        AttrPolicy::new(IFLA_OPERSTATE, "operstate", AttrType::U8)
            .values(Values::Range { min: 0, max: 6 }),
        AttrPolicy::new(IFLA_LINKINFO, "linkinfo", AttrType::Nested(&LINKINFO)),
        AttrPolicy::new(IFLA_AF_SPEC, "af-spec", AttrType::NestedArray(&AF_ANY)),
    ],
);

fn capture(name: &str, bytes: &[u8]) {
    if let Some(dir) = std::env::var_os("HVLINK_CAPTURE_DIR") {
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(std::path::Path::new(&dir).join(name), bytes).unwrap();
    }
}

/// One datagram from the kernel, saved as `name` when capturing: its messages, each of which
/// must frame correctly and answer request `seq`.
fn receive<'a>(sock: &NlSocket, rx: &'a mut [u8], name: &str, seq: u32) -> Vec<Message<'a>> {
    let n = sock.recv(rx).unwrap();
    capture(name, &rx[..n]);
    let rx: &'a [u8] = rx;
    Messages::new(&rx[..n])
        .map(|msg| {
            let (_, msg) = msg.expect("kernel message frames correctly");
            assert_eq!(msg.header().seq, seq);
            msg
        })
        .collect()
}

/// Attributes `a` and `b` of every entry of the nested array `list` (both present).
fn pairs(list: Attr<'_>, a: u16, b: u16) -> impl Iterator<Item = (Attr<'_>, Attr<'_>)> {
    list.nested().map(move |entry| {
        let entry = entry.unwrap().nested();
        let first = entry.clone().find(a).unwrap().unwrap();
        (first, entry.find(b).unwrap().unwrap())
    })
}

/// Walk an attribute list recursively, descending into every attribute the sender flagged as
/// nested, and return how many attributes were seen. Any framing error fails the test.
fn walk(attrs: Attrs<'_>) -> usize {
    let mut n = 0;
    for a in attrs {
        let a: Attr<'_> = a.expect("kernel attribute frames correctly");
        n += 1;
        if a.is_nested() {
            n += walk(a.nested());
        }
    }
    n
}

#[test]
fn genl_getfamily_nlctrl() {
    let sock = NlSocket::open(nlsock::GENERIC).expect("NETLINK_GENERIC socket");
    let mut buf = [0u8; 64];
    let mut b = Builder::new(SliceSink::new(&mut buf));
    let hdr = request(MessageType::GENL_CTRL.0, Flags::ACK, 1);
    let m = b.begin_message(hdr).unwrap();
    b.genl(genl::Repr {
        cmd: CTRL_CMD_GETFAMILY,
        version: 1,
    })
    .unwrap();
    b.put_str(CTRL_ATTR_FAMILY_NAME, "nlctrl").unwrap();
    let len = b.end_message(m).unwrap();
    sock.send(&buf[..len]).unwrap();

    let mut rx = vec![0u8; 32 * 1024];
    let mut family = None;
    let mut acked = false;
    let mut datagrams = 0;
    while !acked {
        let name = format!("genl_getfamily_nlctrl_{datagrams}.bin");
        datagrams += 1;
        for msg in receive(&sock, &mut rx, &name, 1) {
            if msg.message_type() == MessageType::ERROR {
                let e = msg.error().unwrap();
                assert_eq!(e.status, 0, "kernel acked");
                assert_eq!(e.request.seq, 1);
                acked = true;
                continue;
            }
            assert_eq!(msg.message_type(), MessageType::GENL_CTRL);
            let (g, attrs) = msg.genl().unwrap();
            assert_eq!(g.cmd, CTRL_CMD_NEWFAMILY);
            validate(attrs.clone(), &CTRL_FAMILY, Options::default())
                .unwrap_or_else(|e| panic!("kernel reply fails the ctrl policy: {e}"));
            let get = |t| attrs.clone().find(t).unwrap().unwrap();
            let id = get(CTRL_ATTR_FAMILY_ID).u16().unwrap();
            let name = get(CTRL_ATTR_FAMILY_NAME).str().unwrap();
            let version = get(CTRL_ATTR_VERSION).u32().unwrap();
            let ops: Vec<(u32, u32)> =
                pairs(get(CTRL_ATTR_OPS), CTRL_ATTR_OP_ID, CTRL_ATTR_OP_FLAGS)
                    .map(|(id, fl)| (id.u32().unwrap(), fl.u32().unwrap()))
                    .collect();
            let groups: Vec<(String, u32)> = pairs(
                get(CTRL_ATTR_MCAST_GROUPS),
                CTRL_ATTR_MCAST_GRP_NAME,
                CTRL_ATTR_MCAST_GRP_ID,
            )
            .map(|(name, id)| (name.str().unwrap().to_owned(), id.u32().unwrap()))
            .collect();
            family = Some((id, name.to_owned(), version, ops, groups));
        }
    }
    let (id, name, version, ops, groups) = family.expect("a NEWFAMILY reply");
    assert_eq!(id, MessageType::GENL_CTRL.0, "nlctrl is GENL_ID_CTRL");
    assert_eq!(name, "nlctrl");
    assert!(version >= 1);
    assert!(
        ops.iter().any(|&(id, _)| id == CTRL_CMD_GETFAMILY as u32),
        "GETFAMILY is among nlctrl's ops: {ops:?}"
    );
    assert!(
        groups.iter().any(|(n, id)| n == "notify" && *id == 0x10),
        "nlctrl has the notify multicast group: {groups:?}"
    );
}

#[test]
fn rtm_getlink_dump() {
    let sock = NlSocket::open(nlsock::ROUTE).expect("NETLINK_ROUTE socket");
    let mut buf = [0u8; 64];
    let mut b = Builder::new(SliceSink::new(&mut buf));
    let hdr = request(RTM_GETLINK, Flags::DUMP, 7);
    let m = b.begin_message(hdr).unwrap();
    b.put_raw(&[0u8; IFINFOMSG_LEN]).unwrap(); // ifinfomsg, AF_UNSPEC: all links
    let len = b.end_message(m).unwrap();
    sock.send(&buf[..len]).unwrap();

    let mut rx = vec![0u8; 64 * 1024];
    let mut links = Vec::new();
    let mut total_attrs = 0;
    let mut datagrams = 0;
    'dump: loop {
        let name = format!("rtm_getlink_dump_{datagrams}.bin");
        datagrams += 1;
        for msg in receive(&sock, &mut rx, &name, 7) {
            if msg.is_done() {
                break 'dump;
            }
            assert_eq!(msg.message_type(), MessageType(RTM_NEWLINK));
            assert!(msg.header().flags.contains(Flags::MULTI));
            let ifi = &msg.payload()[..IFINFOMSG_LEN];
            let index = i32::from_le_bytes(ifi[4..8].try_into().unwrap());
            let attrs = msg.attrs(IFINFOMSG_LEN);
            total_attrs += walk(attrs.clone());
            validate(attrs.clone(), &LINK, Options::default())
                .unwrap_or_else(|e| panic!("link {index} fails the link policy: {e}"));
            let name = attrs.clone().find(IFLA_IFNAME).unwrap().unwrap();
            let mtu = attrs.clone().find(IFLA_MTU).unwrap().unwrap();
            let kind = attrs
                .clone()
                .find(IFLA_LINKINFO)
                .unwrap()
                .and_then(|li| li.nested().find(IFLA_INFO_KIND).unwrap())
                .map(|k| k.str().unwrap().to_owned());
            links.push((
                index,
                name.str().unwrap().to_owned(),
                mtu.u32().unwrap(),
                kind,
            ));
        }
    }
    assert!(total_attrs > links.len() * 10, "every attribute walked");
    let lo = links
        .iter()
        .find(|l| l.1 == "lo")
        .unwrap_or_else(|| panic!("loopback among {links:?}"));
    assert_eq!(lo.0, 1, "lo is ifindex 1");
    assert!(lo.2 >= 1500);
    // Every interface index is distinct.
    let mut idx: Vec<_> = links.iter().map(|l| l.0).collect();
    idx.sort();
    idx.dedup();
    assert_eq!(idx.len(), links.len());
}

#[test]
fn kernel_extended_ack() {
    let sock = NlSocket::open(nlsock::ROUTE).expect("NETLINK_ROUTE socket");
    sock.enable_ext_ack().unwrap();
    let mut buf = [0u8; 128];
    let mut b = Builder::new(SliceSink::new(&mut buf));
    let hdr = request(RTM_GETLINK, Flags::ACK, 9);
    let m = b.begin_message(hdr).unwrap();
    b.put_raw(&[0u8; IFINFOMSG_LEN]).unwrap();
    // IFLA_IFNAME is limited to IFNAMSIZ-1 = 15 bytes: this one breaks the kernel's policy.
    let name_offset = b.len();
    b.put_str(IFLA_IFNAME, "an-interface-name-far-too-long-for-linux")
        .unwrap();
    let len = b.end_message(m).unwrap();
    sock.send(&buf[..len]).unwrap();

    let mut rx = vec![0u8; 8 * 1024];
    let msg = receive(&sock, &mut rx, "kernel_extended_ack.bin", 9)[0];
    assert_eq!(msg.message_type(), MessageType::ERROR);
    assert_eq!(msg.header().seq, 9);
    assert!(msg.header().flags.contains(Flags::ACK_TLVS));
    let e = msg.error().unwrap();
    assert!(e.status < 0, "the kernel rejects the request: {}", e.status);
    assert!(
        e.status == -libc::ERANGE || e.status == -libc::EINVAL,
        "status {}",
        e.status
    );
    assert_eq!(e.request.seq, 9);
    assert_eq!(e.request.message_type, MessageType(RTM_GETLINK));
    let text = e.ext.msg.expect("extended ack carries a message");
    assert!(!text.is_empty());
    assert_eq!(
        e.ext.offset,
        Some(name_offset as u32),
        "extended ack points at the offending IFLA_IFNAME ({text})"
    );
    // The kernel echoed our request in full, so the offset resolves to our attribute.
    let bad = e
        .offending_attr()
        .expect("offset resolves in the echoed request");
    assert_eq!(bad.kind(), IFLA_IFNAME);
    assert_eq!(
        bad.str().unwrap(),
        "an-interface-name-far-too-long-for-linux"
    );
    // Our own validation of the same request reports the same place.
    let ours = validate(
        Message::parse(&buf[..len]).unwrap().attrs(IFINFOMSG_LEN),
        &LINK,
        Options::default(),
    )
    .unwrap_err();
    assert_eq!(ours.kind(), ErrorKind::BadSize);
    assert_eq!(ours.offset(), name_offset as u32);
    assert_eq!(ours.attr(), Some(IFLA_IFNAME));
}

// ERRORs byte for byte: the same request, the same socket options and the same extended ack
// must give exactly the kernel's bytes (af_netlink.c netlink_ack()).

/// Every combination of the two socket options that shape an ERROR.
const ACK_OPTIONS: [AckOptions; 4] = [
    AckOptions {
        cap_ack: false,
        ext_ack: false,
    },
    AckOptions {
        cap_ack: true,
        ext_ack: false,
    },
    AckOptions {
        cap_ack: false,
        ext_ack: true,
    },
    AckOptions {
        cap_ack: true,
        ext_ack: true,
    },
];

/// A socket of `protocol` with `opts` set, and its port id.
fn socket_with(protocol: i32, opts: AckOptions) -> (NlSocket, u32) {
    let sock = NlSocket::open(protocol).expect("netlink socket");
    if opts.ext_ack {
        sock.enable_ext_ack().unwrap();
    }
    if opts.cap_ack {
        sock.enable_cap_ack().unwrap();
    }
    let port = sock.port_id().unwrap();
    (sock, port)
}

/// A generic netlink request to family `ty`: `cmd`, attributes from `attrs`, ACK asked,
/// from `port` (so that the kernel's reply, addressed to the socket, and ours, echoing the
/// request's port, agree).
fn genl_request(
    ty: u16,
    cmd: u8,
    seq: u32,
    port: u32,
    attrs: impl FnOnce(&mut Builder<&mut Vec<u8>>),
) -> Vec<u8> {
    let mut out = Vec::new();
    let mut b = Builder::new(&mut out);
    let mut hdr = request(ty, Flags::ACK, seq);
    hdr.port = port;
    let m = b.begin_message(hdr).unwrap();
    b.genl(genl::Repr { cmd, version: 1 }).unwrap();
    attrs(&mut b);
    b.end_message(m).unwrap();
    out
}

/// Send `req` and return the kernel's ERROR message that answers it (skipping replies).
fn kernel_error(sock: &NlSocket, req: &[u8], name: &str) -> Vec<u8> {
    sock.send(req).unwrap();
    let seq = Message::parse(req).unwrap().header().seq;
    let mut rx = vec![0u8; 32 * 1024];
    for i in 0..16 {
        let n = sock.recv(&mut rx).unwrap();
        capture(&format!("{name}_{i}.bin"), &rx[..n]);
        for m in Messages::new(&rx[..n]) {
            let (at, m) = m.expect("kernel message frames correctly");
            assert_eq!(m.header().seq, seq);
            if m.message_type() == MessageType::ERROR {
                return rx[at..at + m.len()].to_vec();
            }
        }
    }
    panic!("no ERROR from the kernel for {name}");
}

fn emit_error(e: &ErrorRepr<'_>) -> Vec<u8> {
    let mut out = Vec::new();
    e.emit(&mut Builder::new(&mut out)).unwrap();
    out
}

fn hex(b: &[u8]) -> String {
    b.iter().map(|x| format!("{x:02x}")).collect()
}

/// The id of generic netlink family `name`, or `None` when this kernel has none.
fn genl_family_id(name: &str) -> Option<u16> {
    let sock = NlSocket::open(nlsock::GENERIC).expect("NETLINK_GENERIC socket");
    let req = genl_request(MessageType::GENL_CTRL.0, CTRL_CMD_GETFAMILY, 1, 0, |b| {
        b.put_str(CTRL_ATTR_FAMILY_NAME, name).unwrap();
    });
    sock.send(&req).unwrap();
    let mut rx = vec![0u8; 32 * 1024];
    let n = sock.recv(&mut rx).unwrap();
    let (_, m) = Messages::new(&rx[..n]).next()?.ok()?;
    if m.message_type() != MessageType::GENL_CTRL {
        return None;
    }
    let (_, attrs) = m.genl().ok()?;
    attrs.clone().find(CTRL_ATTR_FAMILY_ID).ok()??.u16().ok()
}

// The netdev family (include/uapi/linux/netdev.h): dev-get needs `ifindex`
// (GENL_REQ_ATTR_CHECK); page-pool-stats-get needs `id` inside its `info` nest
// (NL_REQ_ATTR_CHECK with the nest).
const NETDEV_CMD_DEV_GET: u8 = 1;
const NETDEV_CMD_PAGE_POOL_STATS_GET: u8 = 9;
const NETDEV_A_PAGE_POOL_STATS_INFO: u16 = 1;
const NETDEV_A_PAGE_POOL_ID: u16 = 1;
const NETDEV_A_PAGE_POOL_IFINDEX: u16 = 2;

static NETDEV_DEV_GET: Policy = Policy::new(
    "netdev-dev-get",
    &[AttrPolicy::new(1, "ifindex", AttrType::U32).required()],
);
static NETDEV_PP_INFO: Policy = Policy::new(
    "page-pool-info",
    &[
        AttrPolicy::new(NETDEV_A_PAGE_POOL_ID, "id", AttrType::U32).required(),
        AttrPolicy::new(NETDEV_A_PAGE_POOL_IFINDEX, "ifindex", AttrType::U32),
    ],
);
static NETDEV_PP_STATS_GET: Policy = Policy::new(
    "page-pool-stats-get",
    &[AttrPolicy::new(
        NETDEV_A_PAGE_POOL_STATS_INFO,
        "info",
        AttrType::Nested(&NETDEV_PP_INFO),
    )
    .required()],
);

/// The ERROR our codec builds for `req` on a socket with `opts`: validated against `policy`
/// (which must refuse it), the extended ack from that error, answered by the kernel's rules.
fn our_error(req: &[u8], policy: &Policy, opts: AckOptions) -> (hvlink_codec::Error, Vec<u8>) {
    let msg = Message::parse(req).unwrap();
    let (_, attrs) = msg.genl().unwrap();
    let e = validate(attrs, policy, Options::default()).unwrap_err();
    let repr = ErrorRepr::answer(e.errno(), req, opts, ExtAck::from_error(&e)).unwrap();
    (e, emit_error(&repr))
}

#[test]
fn kernel_error_bytes_missing_top_level() {
    let Some(netdev) = genl_family_id("netdev") else {
        eprintln!("skipped: this kernel has no netdev generic netlink family");
        return;
    };
    for (i, opts) in ACK_OPTIONS.into_iter().enumerate() {
        let (sock, port) = socket_with(nlsock::GENERIC, opts);
        let req = genl_request(netdev, NETDEV_CMD_DEV_GET, 20 + i as u32, port, |_| {});
        let kernel = kernel_error(&sock, &req, &format!("kernel_error_missing_top_{i}"));
        let (e, ours) = our_error(&req, &NETDEV_DEV_GET, opts);
        assert_eq!((e.kind(), e.is_in_nest()), (ErrorKind::Missing, false));
        assert_eq!(hex(&ours), hex(&kernel), "{opts:?}");
        let k = Message::parse(&kernel).unwrap().error().unwrap();
        assert_eq!(
            k.request_len as usize,
            req.len(),
            "the header echoed unchanged"
        );
        if opts.ext_ack {
            assert_eq!((k.ext.missing_type, k.ext.missing_nest), (Some(1), None));
            assert_eq!((k.ext.msg, k.ext.offset), (None, None));
        }
    }
}

#[test]
fn kernel_error_bytes_missing_in_nest() {
    let Some(netdev) = genl_family_id("netdev") else {
        eprintln!("skipped: this kernel has no netdev generic netlink family");
        return;
    };
    for (i, opts) in ACK_OPTIONS.into_iter().enumerate() {
        let (sock, port) = socket_with(nlsock::GENERIC, opts);
        let req = genl_request(
            netdev,
            NETDEV_CMD_PAGE_POOL_STATS_GET,
            30 + i as u32,
            port,
            |b| {
                let n = b.begin_nest(NETDEV_A_PAGE_POOL_STATS_INFO).unwrap();
                b.put_u32(NETDEV_A_PAGE_POOL_IFINDEX, 1).unwrap();
                b.end_nest(n).unwrap();
            },
        );
        let kernel = kernel_error(&sock, &req, &format!("kernel_error_missing_nest_{i}"));
        let k = Message::parse(&kernel).unwrap().error().unwrap();
        if k.status == -libc::EOPNOTSUPP {
            // page-pool-stats-get exists only with CONFIG_PAGE_POOL_STATS; the rule is then
            // checked without the kernel (errmsg's and the host's tests).
            eprintln!("skipped: this kernel answers page-pool-stats-get with EOPNOTSUPP");
            return;
        }
        let (e, ours) = our_error(&req, &NETDEV_PP_STATS_GET, opts);
        assert_eq!((e.kind(), e.is_in_nest()), (ErrorKind::Missing, true));
        assert_eq!(hex(&ours), hex(&kernel), "{opts:?}");
    }
}

#[test]
fn kernel_ack_bytes() {
    for (i, opts) in ACK_OPTIONS.into_iter().enumerate() {
        let (sock, port) = socket_with(nlsock::GENERIC, opts);
        let req = genl_request(
            MessageType::GENL_CTRL.0,
            CTRL_CMD_GETFAMILY,
            40 + i as u32,
            port,
            |b| {
                b.put_str(CTRL_ATTR_FAMILY_NAME, "nlctrl").unwrap();
            },
        );
        let kernel = kernel_error(&sock, &req, &format!("kernel_ack_{i}"));
        let ours = ErrorRepr::answer(0, &req, opts, ExtAck::default()).unwrap();
        assert_eq!(hex(&emit_error(&ours)), hex(&kernel), "{opts:?}");
        let m = Message::parse(&kernel).unwrap();
        assert_eq!(m.header().flags, Flags::CAPPED, "an ack is always capped");
        assert_eq!(m.error().unwrap().request_len as usize, req.len());
    }
}

#[test]
fn kernel_error_bytes_bad_attribute() {
    for (i, opts) in ACK_OPTIONS.into_iter().enumerate() {
        let (sock, port) = socket_with(nlsock::ROUTE, opts);
        let mut req = Vec::new();
        let mut b = Builder::new(&mut req);
        let mut hdr = request(RTM_GETLINK, Flags::ACK, 50 + i as u32);
        hdr.port = port;
        let m = b.begin_message(hdr).unwrap();
        b.put_raw(&[0u8; IFINFOMSG_LEN]).unwrap();
        b.put_str(IFLA_IFNAME, "an-interface-name-far-too-long-for-linux")
            .unwrap();
        b.end_message(m).unwrap();
        let kernel = kernel_error(&sock, &req, &format!("kernel_error_bad_attr_{i}"));
        let k = Message::parse(&kernel).unwrap().error().unwrap();
        // Our validator finds the same attribute; the kernel's text and its POLICY nest are
        // its own (hvlink sends its validator's text and no POLICY), so those are taken from
        // its answer: everything else — echo, capping, order, padding — must be the same.
        let e = validate(
            Message::parse(&req).unwrap().attrs(IFINFOMSG_LEN),
            &LINK,
            Options::default(),
        )
        .unwrap_err();
        let mut ext = ExtAck::from_error(&e);
        assert_eq!(ext.offset, k.ext.offset.or(ext.offset));
        ext.msg = k.ext.msg.or(ext.msg);
        ext.policy = k.ext.policy;
        let ours = ErrorRepr::answer(k.status, &req, opts, ext).unwrap();
        assert_eq!(hex(&emit_error(&ours)), hex(&kernel), "{opts:?}");
    }
}
