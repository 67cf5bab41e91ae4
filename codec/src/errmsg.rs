//! ERROR messages: a status, the request they answer, and netlink's extended ack.
//!
//! ```text
//! +---------------------------------------------------------------+
//! |       status (i32): 0 = acknowledgement, else -errno          |
//! +---------------------------------------------------------------+
//! |   the request's 16-byte header, then (unless the CAPPED flag  |
//! |   is set) the request's payload, padded to 4 bytes            |
//! +---------------------------------------------------------------+
//! |   extended-ack attributes (when the ACK_TLVS flag is set):    |
//! |   MSG (string), OFFS (u32), COOKIE (binary), POLICY (nest),   |
//! |   MISS_TYPE (u32), MISS_NEST (u32)                            |
//! +---------------------------------------------------------------+
//! ```
//!
//! This is byte-for-byte what the Linux kernel sends with `NETLINK_EXT_ACK` enabled, so its
//! replies parse here, and ours parse with any netlink tool.

use crate::attr::{Attr, Attrs};
use crate::builder::{Builder, Sink};
use crate::error::{Error, ErrorKind, Result};
use crate::header::{self, align, Flags, MessageType, HEADER_LEN};
use crate::reader;

/// Extended-ack attribute types (`NLMSGERR_ATTR_*`).
pub mod attr_type {
    /// Human-readable reason (NUL-terminated string).
    pub const MSG: u16 = 1;
    /// Offset of the offending attribute from the request's header start (u32).
    pub const OFFS: u16 = 2;
    /// Arbitrary data the handler returns (binary).
    pub const COOKIE: u16 = 3;
    /// The policy the offending attribute broke (nested).
    pub const POLICY: u16 = 4;
    /// Type of a missing required attribute (u32).
    pub const MISS_TYPE: u16 = 5;
    /// Offset of the nest that lacks the required attribute (u32).
    pub const MISS_NEST: u16 = 6;
}

/// The extended-ack attributes of an ERROR message. All optional.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ExtAck<'a> {
    /// Why.
    pub msg: Option<&'a str>,
    /// Byte offset of the offending attribute in the request.
    pub offset: Option<u32>,
    /// Handler-defined data.
    pub cookie: Option<&'a [u8]>,
    /// The raw POLICY nest (attributes describing the violated policy).
    pub policy: Option<&'a [u8]>,
    /// Type of a missing required attribute.
    pub missing_type: Option<u32>,
    /// Offset of the nest missing it.
    pub missing_nest: Option<u32>,
}

impl ExtAck<'_> {
    /// No attribute is present.
    pub fn is_empty(&self) -> bool {
        *self == ExtAck::default()
    }
}

impl ExtAck<'static> {
    /// The extended ack describing a codec error found in a request.
    pub fn from_error(e: &Error) -> ExtAck<'static> {
        ExtAck {
            msg: Some(e.message()),
            offset: if e.kind() == ErrorKind::Missing {
                None
            } else {
                Some(e.offset())
            },
            missing_type: e.missing().map(u32::from),
            missing_nest: if e.kind() == ErrorKind::Missing {
                Some(e.offset())
            } else {
                None
            },
            ..ExtAck::default()
        }
    }
}

/// The meaning of an ERROR message.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Repr<'a> {
    /// 0 for an acknowledgement, else a negative errno (or a family-specific status).
    pub status: i32,
    /// The header of the request this answers.
    pub request: header::Repr,
    /// The request's payload when echoed in full; `None` when the reply is capped.
    pub request_payload: Option<&'a [u8]>,
    /// Extended ack.
    pub ext: ExtAck<'a>,
}

impl<'a> Repr<'a> {
    /// Parse an ERROR message's payload; `flags` are the ERROR message's header flags (they
    /// say whether the request is capped and whether extended-ack attributes follow).
    /// Offsets in errors count from the ERROR message's start.
    pub fn parse(flags: Flags, payload: &'a [u8]) -> Result<Repr<'a>> {
        let base = HEADER_LEN;
        let (status, rest) = reader::u32_le(payload).ok_or(Error::new(
            ErrorKind::Truncated,
            base,
            "ERROR message shorter than its status",
        ))?;
        let (h, _) = reader::nlmsghdr_nom(rest).ok_or(Error::new(
            ErrorKind::Truncated,
            base + 4,
            "ERROR message lacks the request header",
        ))?;
        let request = header::Repr {
            message_type: MessageType(h.kind),
            flags: Flags(h.flags),
            seq: h.seq,
            port: h.port,
        };
        let capped = flags.contains(Flags::CAPPED);
        let echoed = if capped {
            HEADER_LEN
        } else {
            (h.len as usize).max(HEADER_LEN)
        };
        if echoed > rest.len() {
            return Err(Error::new(
                ErrorKind::Truncated,
                base + 4,
                "echoed request runs past the ERROR message",
            ));
        }
        let request_payload = (!capped).then(|| &rest[HEADER_LEN..echoed]);
        let mut ext = ExtAck::default();
        if flags.contains(Flags::ACK_TLVS) {
            let start = align(echoed).min(rest.len());
            let attrs = Attrs::new(&rest[start..], base + 4 + start);
            for a in attrs {
                let a = a?;
                match a.kind() {
                    attr_type::MSG => ext.msg = Some(a.str()?),
                    attr_type::OFFS => ext.offset = Some(a.u32()?),
                    attr_type::COOKIE => ext.cookie = Some(a.bytes()),
                    attr_type::POLICY => ext.policy = Some(a.bytes()),
                    attr_type::MISS_TYPE => ext.missing_type = Some(a.u32()?),
                    attr_type::MISS_NEST => ext.missing_nest = Some(a.u32()?),
                    _ => {} // newer kernels may add more; they are optional
                }
            }
        }
        Ok(Repr {
            status: status as i32,
            request,
            request_payload,
            ext,
        })
    }

    /// Append the whole ERROR message (header included) to `b`. Returns its length.
    pub fn emit<S: Sink>(&self, b: &mut Builder<S>) -> Result<usize> {
        let mut flags = Flags(0);
        if self.request_payload.is_none() {
            flags |= Flags::CAPPED;
        }
        if !self.ext.is_empty() {
            flags |= Flags::ACK_TLVS;
        }
        let m = b.begin_message(header::Repr {
            message_type: MessageType::ERROR,
            flags,
            seq: self.request.seq,
            port: self.request.port,
        })?;
        let written = (|| {
            b.put_raw(&self.status.to_le_bytes())?;
            let payload = self.request_payload.unwrap_or(&[]);
            let mut hdr = [0u8; HEADER_LEN];
            self.request.emit(
                &mut header::Packet::new_unchecked(&mut hdr[..]),
                payload.len(),
            );
            b.put_raw(&hdr)?;
            b.put_raw(payload)?;
            let pad = align(payload.len()) - payload.len();
            b.put_raw(&[0u8; 3][..pad])?;
            if let Some(msg) = self.ext.msg {
                b.put_str(attr_type::MSG, msg)?;
            }
            if let Some(v) = self.ext.offset {
                b.put_u32(attr_type::OFFS, v)?;
            }
            if let Some(v) = self.ext.cookie {
                b.put_bytes(attr_type::COOKIE, v)?;
            }
            if let Some(v) = self.ext.policy {
                b.put(attr_type::POLICY | crate::attr::F_NESTED, v)?;
            }
            if let Some(v) = self.ext.missing_type {
                b.put_u32(attr_type::MISS_TYPE, v)?;
            }
            if let Some(v) = self.ext.missing_nest {
                b.put_u32(attr_type::MISS_NEST, v)?;
            }
            Ok(())
        })();
        match written {
            Ok(()) => b.end_message(m),
            Err(e) => {
                b.cancel_message(m);
                Err(e)
            }
        }
    }

    /// The attribute the extended ack points at, looked up in the request's echoed payload
    /// (only when the request was echoed in full).
    pub fn offending_attr(&self) -> Option<Attr<'a>> {
        let off = self.ext.offset? as usize;
        let payload = self.request_payload?;
        let rel = off.checked_sub(HEADER_LEN)?;
        crate::attr::Packet::new_checked(payload.get(rel..)?)
            .ok()
            .map(|p| {
                let len = p.len() as usize;
                Attr::new(
                    p.raw_kind(),
                    off as u32,
                    &payload[rel + crate::attr::HEADER_LEN..rel + len],
                )
            })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::builder::SliceSink;
    use crate::Message;

    fn request() -> header::Repr {
        header::Repr {
            message_type: MessageType(0x20),
            flags: Flags::REQUEST | Flags::ACK,
            seq: 42,
            port: 7,
        }
    }

    #[test]
    fn test_round_trip_full_echo() {
        let req_payload = [4u8, 1, 0, 0, 8, 0, 1, 0, 9, 0, 0, 0];
        let repr = Repr {
            status: -22,
            request: request(),
            request_payload: Some(&req_payload),
            ext: ExtAck {
                msg: Some("bad port"),
                offset: Some(20),
                ..ExtAck::default()
            },
        };
        let mut buf = [0xa5u8; 128];
        let mut b = Builder::new(SliceSink::new(&mut buf));
        let n = repr.emit(&mut b).unwrap();
        let m = Message::parse(&buf[..n]).unwrap();
        assert_eq!(m.header().seq, 42);
        assert_eq!(m.header().flags, Flags::ACK_TLVS);
        let back = m.error().unwrap();
        assert_eq!(back, repr);
        let a = back.offending_attr().unwrap();
        assert_eq!((a.kind(), a.u32()), (1, Ok(9)));
    }

    #[test]
    fn test_capped_ack() {
        let repr = Repr {
            status: 0,
            request: request(),
            request_payload: None,
            ext: ExtAck::default(),
        };
        let mut buf = [0u8; 64];
        let mut b = Builder::new(SliceSink::new(&mut buf));
        assert_eq!(repr.emit(&mut b).unwrap(), 36);
        let m = Message::parse(&buf[..36]).unwrap();
        assert_eq!(m.header().flags, Flags::CAPPED);
        assert_eq!(m.error().unwrap(), repr);
        assert_eq!(repr.offending_attr(), None);
    }

    #[test]
    fn test_from_codec_error() {
        let e = Error::new(ErrorKind::Missing, 20, "required attribute missing").with_missing(3);
        let ext = ExtAck::from_error(&e);
        assert_eq!(ext.missing_type, Some(3));
        assert_eq!(ext.missing_nest, Some(20));
        assert_eq!(ext.offset, None);
        let e = Error::new(ErrorKind::BadSize, 24, "bad").with_attr(1);
        assert_eq!(ExtAck::from_error(&e).offset, Some(24));
    }

    #[test]
    fn test_truncated() {
        assert_eq!(
            Repr::parse(Flags(0), &[0, 0]).unwrap_err().kind(),
            ErrorKind::Truncated
        );
        assert_eq!(
            Repr::parse(Flags(0), &[0; 10]).unwrap_err().kind(),
            ErrorKind::Truncated
        );
        // Echoed request claims 100 bytes but only the header is there.
        let mut p = [0u8; 20];
        p[4] = 100;
        assert_eq!(
            Repr::parse(Flags(0), &p).unwrap_err().kind(),
            ErrorKind::Truncated
        );
        // Capped: the same bytes are fine.
        assert!(Repr::parse(Flags::CAPPED, &p).is_ok());
        // Bad extack attribute.
        let mut p = [0u8; 28];
        p[4] = 16;
        p[20..28].copy_from_slice(&[6, 0, 2, 0, 1, 2, 0, 0]); // OFFS with 2 bytes
        let e = Repr::parse(Flags::ACK_TLVS, &p).unwrap_err();
        assert_eq!(
            (e.kind(), e.offset(), e.attr()),
            (ErrorKind::BadSize, 36, Some(2))
        );
    }
}
