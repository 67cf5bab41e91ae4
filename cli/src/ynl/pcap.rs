//! Classic pcap files of hvlink messages, one message per record, that Wireshark's and
//! tcpdump's netlink dissectors open.
//!
//! Link type `LINKTYPE_NETLINK` (253). Per its definition (tcpdump.org's LINKTYPE_NETLINK
//! page; what Linux's `nlmon` device gives libpcap) every record starts with a 16-byte
//! Linux-cooked-style header, big-endian:
//!
//! ```text
//! +---------------------------+
//! | packet type (2)           |  unused by the link type; we write 4 (outgoing) for a guest's
//! |                           |  request and 0 (to us) for a host's reply, as SLL does
//! | ARPHRD_ type (2)          |  824 = ARPHRD_NETLINK
//! | address length (2)        |  unused by the link type; we write 4
//! | address (8)               |  unused by the link type; we write domain (2) and queue (2)
//! | protocol (2)              |  the netlink protocol: 16 = NETLINK_GENERIC
//! +---------------------------+
//! | the netlink message       |  hvlink messages are netlink messages (little-endian, as
//! |                           |  netlink on x86)
//! ```
//!
//! The reader accepts what the writer writes (either byte order of the file header,
//! microsecond or nanosecond timestamps) and rejects anything else with a reason; it never
//! panics and bounds every record by [`MAX_RECORD`].

use std::fmt;
use std::io::{self, Read, Write};
use std::time::{SystemTime, UNIX_EPOCH};

/// `LINKTYPE_NETLINK`.
pub const LINKTYPE_NETLINK: u32 = 253;
/// `ARPHRD_NETLINK`, in the cooked header.
pub const ARPHRD_NETLINK: u16 = 824;
/// `NETLINK_GENERIC`: hvlink messages are generic-netlink shaped.
pub const NETLINK_GENERIC: u16 = 16;
/// Length of the cooked header before each message.
pub const COOKED_LEN: usize = 16;
/// Largest record the reader accepts (a message of at most 64 KiB plus the cooked header).
pub const MAX_RECORD: u32 = 65_536 + COOKED_LEN as u32;

/// `GENL_ID_CTRL`: the message type of the generic netlink controller (nlctrl).
pub const GENL_ID_CTRL: u16 = 0x10;

const MAGIC_US: u32 = 0xa1b2_c3d4;
const MAGIC_NS: u32 = 0xa1b2_3c4d;
const PACKET_HOST: u16 = 0;
const PACKET_OUTGOING: u16 = 4;

/// Which way a record went.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dir {
    /// Guest to host.
    Request,
    /// Host to guest.
    Reply,
}

/// One record read back.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Record {
    /// Seconds since the epoch.
    pub ts_sec: u32,
    /// Sub-second part in nanoseconds.
    pub ts_nsec: u32,
    /// Direction from the cooked header's packet type.
    pub dir: Dir,
    /// Domain and queue from the cooked header's address.
    pub domain: u16,
    /// Queue id.
    pub queue: u16,
    /// The message.
    pub message: Vec<u8>,
}

/// Writes a pcap file.
#[derive(Debug)]
pub struct Writer<W: Write> {
    out: W,
    records: u64,
}

impl<W: Write> Writer<W> {
    /// Write the file header (microsecond timestamps, snap length 65 552).
    pub fn new(mut out: W) -> io::Result<Self> {
        let mut h = Vec::with_capacity(24);
        h.extend_from_slice(&MAGIC_US.to_le_bytes());
        h.extend_from_slice(&2u16.to_le_bytes());
        h.extend_from_slice(&4u16.to_le_bytes());
        h.extend_from_slice(&0i32.to_le_bytes()); // thiszone
        h.extend_from_slice(&0u32.to_le_bytes()); // sigfigs
        h.extend_from_slice(&MAX_RECORD.to_le_bytes()); // snaplen
        h.extend_from_slice(&LINKTYPE_NETLINK.to_le_bytes());
        out.write_all(&h)?;
        Ok(Writer { out, records: 0 })
    }

    /// Append one message, time-stamped now.
    pub fn write(&mut self, dir: Dir, domain: u16, queue: u16, message: &[u8]) -> io::Result<()> {
        let now = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .unwrap_or_default();
        let len = (message.len() + COOKED_LEN).min(MAX_RECORD as usize);
        let msg = &message[..len - COOKED_LEN];
        let mut r = Vec::with_capacity(16 + len);
        r.extend_from_slice(&(now.as_secs() as u32).to_le_bytes());
        r.extend_from_slice(&now.subsec_micros().to_le_bytes());
        r.extend_from_slice(&(len as u32).to_le_bytes());
        r.extend_from_slice(&((message.len() + COOKED_LEN) as u32).to_le_bytes());
        let ptype = match dir {
            Dir::Request => PACKET_OUTGOING,
            Dir::Reply => PACKET_HOST,
        };
        r.extend_from_slice(&ptype.to_be_bytes());
        r.extend_from_slice(&ARPHRD_NETLINK.to_be_bytes());
        r.extend_from_slice(&4u16.to_be_bytes());
        r.extend_from_slice(&domain.to_be_bytes());
        r.extend_from_slice(&queue.to_be_bytes());
        r.extend_from_slice(&[0u8; 4]);
        r.extend_from_slice(&NETLINK_GENERIC.to_be_bytes());
        r.extend_from_slice(msg);
        self.out.write_all(&r)?;
        self.records += 1;
        Ok(())
    }

    /// Records written.
    pub fn records(&self) -> u64 {
        self.records
    }

    /// Flush the underlying writer.
    pub fn flush(&mut self) -> io::Result<()> {
        self.out.flush()
    }

    /// The underlying writer.
    pub fn into_inner(self) -> W {
        self.out
    }
}

/// The nlctrl `CTRL_CMD_NEWFAMILY` message that announces a family as the kernel's
/// controller does (`ctrl_fill_info`: name, id, version, header size, largest attribute type,
/// then each op with `GENL_CMD_CAP_DO | GENL_CMD_CAP_HASPOL`). A capture starts with one per
/// family, so that Wireshark's generic netlink dissector, which learns family names from
/// them, names every family's messages — even without hvlink's own dissector.
pub fn newfamily(name: &str, msg_type: u16, version: u32, ops: &[u8], maxattr: u32) -> Vec<u8> {
    const CTRL_CMD_NEWFAMILY: u8 = 1;
    const CTRL_ATTR_FAMILY_ID: u16 = 1;
    const CTRL_ATTR_FAMILY_NAME: u16 = 2;
    const CTRL_ATTR_VERSION: u16 = 3;
    const CTRL_ATTR_HDRSIZE: u16 = 4;
    const CTRL_ATTR_MAXATTR: u16 = 5;
    const CTRL_ATTR_OPS: u16 = 6;
    const CTRL_ATTR_OP_ID: u16 = 1;
    const CTRL_ATTR_OP_FLAGS: u16 = 2;
    const GENL_CMD_CAP_DO: u32 = 0x2;
    const GENL_CMD_CAP_HASPOL: u32 = 0x8;
    let mut b = hvlink_codec::Builder::new(Vec::with_capacity(64 + 24 * ops.len()));
    // A Vec sink fails only past 64 KiB; a family has at most 256 ops (7 KiB).
    let _ = (|| -> hvlink_codec::Result<()> {
        let m = b.begin_message(hvlink_codec::header::Repr {
            message_type: hvlink_codec::MessageType(GENL_ID_CTRL),
            flags: hvlink_codec::Flags(0),
            seq: 0,
            port: 0,
        })?;
        b.genl(hvlink_codec::genl::Repr {
            cmd: CTRL_CMD_NEWFAMILY,
            version: 2,
        })?;
        b.put_str(CTRL_ATTR_FAMILY_NAME, name)?;
        b.put_u16(CTRL_ATTR_FAMILY_ID, msg_type)?;
        b.put_u32(CTRL_ATTR_VERSION, version)?;
        b.put_u32(CTRL_ATTR_HDRSIZE, 0)?;
        b.put_u32(CTRL_ATTR_MAXATTR, maxattr)?;
        if !ops.is_empty() {
            let list = b.begin_nest(CTRL_ATTR_OPS)?;
            for (i, op) in ops.iter().enumerate() {
                let n = b.begin_nest(i as u16 + 1)?;
                b.put_u32(CTRL_ATTR_OP_ID, u32::from(*op))?;
                b.put_u32(CTRL_ATTR_OP_FLAGS, GENL_CMD_CAP_DO | GENL_CMD_CAP_HASPOL)?;
                b.end_nest(n)?;
            }
            b.end_nest(list)?;
        }
        b.end_message(m)?;
        Ok(())
    })();
    b.into_inner()
}

/// Why a pcap file cannot be read. Small and `Copy`; `record` counts from 1.
#[non_exhaustive]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Error {
    /// The input could not be read.
    Read(io::ErrorKind),
    /// Shorter than the 24-byte file header.
    NoFileHeader,
    /// Not the magic of a classic pcap file (pcapng, or not a capture at all).
    Magic(u32),
    /// A link type other than [`LINKTYPE_NETLINK`].
    LinkType(u32),
    /// The input ends inside a record's 16-byte header.
    RecordHeader {
        /// Which record.
        record: usize,
    },
    /// A record claims more than [`MAX_RECORD`] bytes.
    TooLong {
        /// Which record.
        record: usize,
        /// The length it claims.
        len: u32,
    },
    /// The input ends before the record's declared length does.
    Record {
        /// Which record.
        record: usize,
    },
    /// A record shorter than the cooked header.
    NoCookedHeader {
        /// Which record.
        record: usize,
    },
    /// A cooked header whose ARPHRD type is not [`ARPHRD_NETLINK`].
    NotNetlink {
        /// Which record.
        record: usize,
        /// The type it has.
        arphrd: u16,
    },
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            Error::Read(kind) => write!(f, "cannot read: {kind}"),
            Error::NoFileHeader => f.write_str("truncated file header (not a pcap file?)"),
            Error::Magic(m) => write!(
                f,
                "not a classic pcap file (magic {m:#010x}; pcapng is not supported)"
            ),
            Error::LinkType(t) => write!(
                f,
                "link type {t}, expected {LINKTYPE_NETLINK} (LINKTYPE_NETLINK)"
            ),
            Error::RecordHeader { record } => write!(f, "truncated header of record {record}"),
            Error::TooLong { record, len } => {
                write!(f, "record {record} claims {len} bytes (limit {MAX_RECORD})")
            }
            Error::Record { record } => write!(f, "truncated record {record}"),
            Error::NoCookedHeader { record } => {
                write!(f, "record {record} is shorter than its cooked header")
            }
            Error::NotNetlink { record, arphrd } => write!(
                f,
                "record {record}: ARPHRD type {arphrd}, expected {ARPHRD_NETLINK}"
            ),
        }
    }
}

impl std::error::Error for Error {}

/// The first `n` bytes of `buf`, which moves past them; `err` when it is shorter.
fn take<'a>(buf: &mut &'a [u8], n: usize, err: Error) -> Result<&'a [u8], Error> {
    let (a, b) = buf.split_at_checked(n).ok_or(err)?;
    *buf = b;
    Ok(a)
}

/// Read every record of a pcap file of link type [`LINKTYPE_NETLINK`].
pub fn read(mut input: impl Read) -> Result<Vec<Record>, Error> {
    let mut data = Vec::new();
    input
        .read_to_end(&mut data)
        .map_err(|e| Error::Read(e.kind()))?;
    parse(&data)
}

/// Parse a whole pcap file held in memory.
pub fn parse(data: &[u8]) -> Result<Vec<Record>, Error> {
    let mut buf = data;
    let hdr = take(&mut buf, 24, Error::NoFileHeader)?;
    let magic_le = u32::from_le_bytes([hdr[0], hdr[1], hdr[2], hdr[3]]);
    let magic_be = u32::from_be_bytes([hdr[0], hdr[1], hdr[2], hdr[3]]);
    let (be, nanos) = match (magic_le, magic_be) {
        (MAGIC_US, _) => (false, false),
        (MAGIC_NS, _) => (false, true),
        (_, MAGIC_US) => (true, false),
        (_, MAGIC_NS) => (true, true),
        _ => return Err(Error::Magic(magic_le)),
    };
    let u32_at = |b: &[u8], at: usize| {
        let w = [b[at], b[at + 1], b[at + 2], b[at + 3]];
        if be {
            u32::from_be_bytes(w)
        } else {
            u32::from_le_bytes(w)
        }
    };
    let linktype = u32_at(hdr, 20) & 0x0fff_ffff;
    if linktype != LINKTYPE_NETLINK {
        return Err(Error::LinkType(linktype));
    }
    let mut out = Vec::new();
    while !buf.is_empty() {
        let record = out.len() + 1;
        let rh = take(&mut buf, 16, Error::RecordHeader { record })?;
        let (ts_sec, ts_frac, incl) = (u32_at(rh, 0), u32_at(rh, 4), u32_at(rh, 8));
        if incl > MAX_RECORD {
            return Err(Error::TooLong { record, len: incl });
        }
        let body = take(&mut buf, incl as usize, Error::Record { record })?;
        if body.len() < COOKED_LEN {
            return Err(Error::NoCookedHeader { record });
        }
        let be16 = |at: usize| u16::from_be_bytes([body[at], body[at + 1]]);
        if be16(2) != ARPHRD_NETLINK {
            return Err(Error::NotNetlink {
                record,
                arphrd: be16(2),
            });
        }
        out.push(Record {
            ts_sec,
            ts_nsec: if nanos {
                ts_frac
            } else {
                ts_frac.saturating_mul(1000)
            },
            dir: if be16(0) == PACKET_OUTGOING {
                Dir::Request
            } else {
                Dir::Reply
            },
            domain: be16(6),
            queue: be16(8),
            message: body[COOKED_LEN..].to_vec(),
        });
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip() {
        let mut w = Writer::new(Vec::new()).unwrap();
        w.write(Dir::Request, 2, 7, &[0x14, 0, 0, 0, 1, 2, 3, 4])
            .unwrap();
        w.write(Dir::Reply, 2, 7, &[9; 20]).unwrap();
        assert_eq!(w.records(), 2);
        let bytes = w.into_inner();
        assert_eq!(&bytes[20..24], &253u32.to_le_bytes());
        let r = parse(&bytes).unwrap();
        assert_eq!(r.len(), 2);
        assert_eq!((r[0].dir, r[0].domain, r[0].queue), (Dir::Request, 2, 7));
        assert_eq!(r[0].message, [0x14, 0, 0, 0, 1, 2, 3, 4]);
        assert_eq!(r[1].dir, Dir::Reply);
        // The cooked header: ARPHRD_NETLINK and NETLINK_GENERIC, big-endian.
        assert_eq!(&bytes[24 + 16 + 2..24 + 16 + 4], &[0x03, 0x38]);
        assert_eq!(&bytes[24 + 16 + 14..24 + 16 + 16], &[0, 16]);
    }

    #[test]
    fn newfamily_is_what_nlctrl_sends() {
        let m = newfamily("grant_table", 0x114, 1, &[0, 1], 6);
        let msg = hvlink_codec::Message::parse(&m).unwrap();
        assert_eq!(msg.message_type().0, GENL_ID_CTRL);
        let (g, attrs) = msg.genl().unwrap();
        assert_eq!((g.cmd, g.version), (1, 2));
        let get = |t| attrs.clone().find(t).unwrap().unwrap();
        assert_eq!(get(2).str(), Ok("grant_table"));
        assert_eq!(get(1).u16(), Ok(0x114));
        assert_eq!(get(6).nested().count(), 2);
    }

    #[test]
    fn rejects_with_reasons_never_panics() {
        assert_eq!(parse(b"short"), Err(Error::NoFileHeader));
        assert!(Error::NoFileHeader.to_string().contains("file header"));
        let mut w = Writer::new(Vec::new()).unwrap();
        w.write(Dir::Request, 0, 0, &[1; 16]).unwrap();
        let good = w.into_inner();
        for cut in 0..good.len() {
            let _ = parse(&good[..cut]);
        }
        let mut other = good.clone();
        other[20] = 1;
        assert_eq!(parse(&other), Err(Error::LinkType(1)));
        assert!(Error::LinkType(1).to_string().contains("link type 1"));
        let mut huge = good.clone();
        huge[24 + 8..24 + 12].copy_from_slice(&u32::MAX.to_le_bytes());
        let e = parse(&huge).unwrap_err();
        assert!(matches!(e, Error::TooLong { record: 1, .. }), "{e:?}");
        assert!(e.to_string().contains("claims"));
    }
}
