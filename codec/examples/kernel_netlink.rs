//! Talk to the Linux kernel with the hvlink codec and print what it says.
//!
//! hvlink's wire format *is* netlink, so the kernel is a real peer: this builds requests with
//! the codec, sends them on netlink sockets, and decodes the replies —
//! 1. every generic-netlink family the kernel has (a CTRL_CMD_GETFAMILY dump),
//! 2. every network link (an RTM_GETLINK dump), with one message's full attribute tree,
//! 3. a request the kernel rejects, and its extended acknowledgement.
//!
//! Run: `cargo run -p hvlink-codec --example kernel_netlink`

#[path = "../tests/support/nlsock.rs"]
mod nlsock;

use hvlink_codec::{genl, Attrs, Builder, Flags, Message, MessageType, Messages, SliceSink};
use nlsock::{request, NlSocket};

const CTRL_CMD_GETFAMILY: u8 = 3;
const CTRL_ATTR_FAMILY_ID: u16 = 1;
const CTRL_ATTR_FAMILY_NAME: u16 = 2;
const CTRL_ATTR_VERSION: u16 = 3;
const CTRL_ATTR_OPS: u16 = 6;
const CTRL_ATTR_MCAST_GROUPS: u16 = 7;
const RTM_GETLINK: u16 = 18;
const IFINFOMSG_LEN: usize = 16;
const IFLA_IFNAME: u16 = 3;
const IFLA_MTU: u16 = 4;
const IFLA_LINKINFO: u16 = 18;

type Res<T> = Result<T, Box<dyn std::error::Error>>;

/// Receive datagrams until DONE (or an ERROR), calling `each` for every data message.
fn dump(sock: &NlSocket, mut each: impl FnMut(Message<'_>) -> Res<()>) -> Res<(usize, usize)> {
    let mut rx = vec![0u8; 64 * 1024];
    let (mut datagrams, mut bytes) = (0, 0);
    loop {
        let n = sock.recv(&mut rx)?;
        datagrams += 1;
        bytes += n;
        for m in Messages::new(&rx[..n]) {
            let (_, m) = m?;
            if m.is_done() {
                return Ok((datagrams, bytes));
            }
            if m.message_type() == MessageType::ERROR {
                let e = m.error()?;
                return Err(format!("kernel error {}: {:?}", e.status, e.ext.msg).into());
            }
            each(m)?;
        }
    }
}

fn families() -> Res<()> {
    let sock = NlSocket::open(nlsock::GENERIC)?;
    let mut buf = [0u8; 64];
    let mut b = Builder::new(SliceSink::new(&mut buf));
    let m = b.begin_message(request(MessageType::GENL_CTRL.0, Flags::DUMP, 1))?;
    b.genl(genl::Repr {
        cmd: CTRL_CMD_GETFAMILY,
        version: 1,
    })?;
    let len = b.end_message(m)?;
    sock.send(&buf[..len])?;
    println!("== generic netlink families (CTRL_CMD_GETFAMILY dump) ==");
    println!(
        "{:>5}  {:<18} {:>3}  {:>4}  multicast groups",
        "id", "name", "ver", "ops"
    );
    let (d, n) = dump(&sock, |m| {
        let (_, attrs) = m.genl()?;
        let get = |t| attrs.clone().find(t);
        let id = get(CTRL_ATTR_FAMILY_ID)?.map(|a| a.u16()).transpose()?;
        let name = get(CTRL_ATTR_FAMILY_NAME)?.map(|a| a.str()).transpose()?;
        let ver = get(CTRL_ATTR_VERSION)?.map(|a| a.u32()).transpose()?;
        let ops = match get(CTRL_ATTR_OPS)? {
            Some(a) => a.nested().check()?,
            None => 0,
        };
        let mut groups = Vec::new();
        if let Some(g) = get(CTRL_ATTR_MCAST_GROUPS)? {
            for grp in g.nested() {
                if let Some(n) = grp?.nested().find(1)? {
                    groups.push(n.str()?.to_owned());
                }
            }
        }
        println!(
            "{:>5}  {:<18} {:>3}  {:>4}  {}",
            id.unwrap_or(0),
            name.unwrap_or("?"),
            ver.unwrap_or(0),
            ops,
            groups.join(",")
        );
        Ok(())
    })?;
    println!("({d} datagrams, {n} bytes, every message parsed and every attribute checked)\n");
    Ok(())
}

fn print_tree(attrs: Attrs<'_>, indent: usize) -> Res<()> {
    for a in attrs {
        let a = a?;
        let p = a.payload();
        let shown = match (a.is_nested(), p.len()) {
            (true, _) => format!("nest ({} bytes)", p.len()),
            (_, 4) => format!("u32 {}", a.u32()?),
            (_, 1) => format!("u8 {}", a.u8()?),
            _ => match a.str() {
                Ok(s) if !s.is_empty() => format!("{s:?}"),
                _ => format!(
                    "{} bytes {}{}",
                    p.len(),
                    p.iter()
                        .take(12)
                        .map(|b| format!("{b:02x}"))
                        .collect::<String>(),
                    if p.len() > 12 { "…" } else { "" }
                ),
            },
        };
        println!(
            "{:indent$}[{:>4}] type {:<3} {}",
            "",
            a.offset(),
            a.kind(),
            shown,
            indent = indent
        );
        if a.is_nested() {
            print_tree(a.nested(), indent + 4)?;
        }
    }
    Ok(())
}

fn links() -> Res<()> {
    let sock = NlSocket::open(nlsock::ROUTE)?;
    let mut buf = [0u8; 64];
    let mut b = Builder::new(SliceSink::new(&mut buf));
    let m = b.begin_message(request(RTM_GETLINK, Flags::DUMP, 2))?;
    b.put_raw(&[0u8; IFINFOMSG_LEN])?;
    let len = b.end_message(m)?;
    sock.send(&buf[..len])?;
    println!("== network links (RTM_GETLINK dump) ==");
    let mut first = None;
    let (d, n) = dump(&sock, |m| {
        let attrs = m.attrs(IFINFOMSG_LEN);
        let index = i32::from_le_bytes(m.payload()[4..8].try_into()?);
        let name = attrs
            .clone()
            .find(IFLA_IFNAME)?
            .map(|a| a.str())
            .transpose()?;
        let mtu = attrs.clone().find(IFLA_MTU)?.map(|a| a.u32()).transpose()?;
        let kind = match attrs.clone().find(IFLA_LINKINFO)? {
            Some(li) => li
                .nested()
                .find(1)?
                .map(|k| k.str().map(str::to_owned))
                .transpose()?,
            None => None,
        };
        let count = attrs.clone().check()?;
        println!(
            "  #{index:<3} {:<12} mtu {:<6} {:<8} {count} attributes",
            name.unwrap_or("?"),
            mtu.unwrap_or(0),
            kind.as_deref().unwrap_or("-"),
        );
        if first.is_none() {
            first = Some((
                name.unwrap_or("?").to_owned(),
                m.payload().to_vec(),
                *m.header(),
            ));
        }
        Ok(())
    })?;
    println!("({d} datagrams, {n} bytes)\n");
    if let Some((name, payload, _)) = first {
        println!("== the attribute tree of {name} ([offset] type value; nests indented) ==");
        let attrs = Attrs::new(&payload[IFINFOMSG_LEN..], 16 + IFINFOMSG_LEN);
        print_tree(attrs, 2)?;
        println!();
    }
    Ok(())
}

fn rejected() -> Res<()> {
    let sock = NlSocket::open(nlsock::ROUTE)?;
    sock.enable_ext_ack()?;
    let mut buf = [0u8; 128];
    let mut b = Builder::new(SliceSink::new(&mut buf));
    let m = b.begin_message(request(RTM_GETLINK, Flags::ACK, 3))?;
    b.put_raw(&[0u8; IFINFOMSG_LEN])?;
    let at = b.len();
    b.put_str(IFLA_IFNAME, "a-name-longer-than-IFNAMSIZ")?;
    let len = b.end_message(m)?;
    sock.send(&buf[..len])?;
    let mut rx = vec![0u8; 8192];
    let n = sock.recv(&mut rx)?;
    let reply = Message::parse(&rx[..n])?;
    let e = reply.error()?;
    println!("== a request the kernel rejects (IFLA_IFNAME too long, written at offset {at}) ==");
    println!(
        "  status     {} ({})",
        e.status,
        std::io::Error::from_raw_os_error(-e.status)
    );
    println!("  message    {:?}", e.ext.msg.unwrap_or("-"));
    println!("  offset     {:?}", e.ext.offset);
    if let Some(a) = e.offending_attr() {
        println!("  points at  type {} = {:?}", a.kind(), a.str()?);
    }
    Ok(())
}

fn main() -> Res<()> {
    families()?;
    links()?;
    rejected()
}
