//! ERROR messages: a status, the request they answer, and netlink's extended ack.
//!
//! ```text
//! +---------------------------------------------------------------+
//! |       status (i32): 0 = acknowledgement, else -errno          |
//! +---------------------------------------------------------------+
//! |   the request's 16-byte header exactly as it came (its len    |
//! |   unchanged), then (unless the CAPPED flag is set) the        |
//! |   request's payload, padded to 4 bytes                        |
//! +---------------------------------------------------------------+
//! |   extended-ack attributes (when the ACK_TLVS flag is set), in |
//! |   the kernel's order: MSG (string), COOKIE (binary), then for |
//! |   errors only OFFS (u32), POLICY (nest), MISS_TYPE (u32),     |
//! |   MISS_NEST (u32)                                             |
//! +---------------------------------------------------------------+
//! ```
//!
//! [`Repr::answer`] applies the rules of Linux's `netlink_ack()` (net/netlink/af_netlink.c):
//! an acknowledgement (status 0) always echoes only the header (CAPPED); an error echoes the
//! whole request unless the requester asked for capped acks (`NETLINK_CAP_ACK`); the
//! extended-ack attributes are present only when the requester asked for them
//! (`NETLINK_EXT_ACK`), and an acknowledgement carries at most MSG and COOKIE.
//! [`ExtAck::from_error`] fills them as the kernel's validators do: MSG and OFFS for a bad
//! attribute; for a missing one only MISS_TYPE, plus MISS_NEST when the attribute is missing
//! inside a nest (the kernel's `NL_REQ_ATTR_CHECK`). With these, an ERROR built here is byte
//! for byte what the kernel sends for the same request, socket options and extended ack
//! (`codec/tests/kernel.rs` compares against the kernel's own bytes), so its replies parse
//! here, and ours parse with any netlink tool. The hvlink host answers as a kernel socket
//! with both options set ([`AckOptions::HVLINK`]).

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
    /// The extended ack describing a codec error found in a request, as the kernel's
    /// validators fill it: a missing required attribute gives only its type (MISS_TYPE) and,
    /// when it is missing inside a nest ([`Error::is_in_nest`]), the offset of that nest's
    /// header (MISS_NEST) — no text and no offset, as `NL_REQ_ATTR_CHECK` sets; any other
    /// error gives its text (MSG) and the offset of the offending attribute or byte (OFFS),
    /// as `NL_SET_ERR_MSG_ATTR` does.
    pub fn from_error(e: &Error) -> ExtAck<'static> {
        if e.kind() == ErrorKind::Missing {
            ExtAck {
                missing_type: e.missing().map(u32::from),
                missing_nest: e.is_in_nest().then_some(e.offset()),
                ..ExtAck::default()
            }
        } else {
            ExtAck {
                msg: Some(e.message()),
                offset: Some(e.offset()),
                ..ExtAck::default()
            }
        }
    }
}

/// What a requester asked of its acknowledgements: the kernel's per-socket options
/// `NETLINK_CAP_ACK` and `NETLINK_EXT_ACK`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct AckOptions {
    /// `NETLINK_CAP_ACK`: an error echoes only the request's header, not its payload.
    pub cap_ack: bool,
    /// `NETLINK_EXT_ACK`: append the extended-ack attributes.
    pub ext_ack: bool,
}

impl AckOptions {
    /// What the hvlink host answers with, always: capped, with extended acks. (A reply ring
    /// reserves the largest ERROR before it consumes a request, so an error never echoes a
    /// request of up to 64 KiB back.)
    pub const HVLINK: AckOptions = AckOptions {
        cap_ack: true,
        ext_ack: true,
    };
}

/// The meaning of an ERROR message.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Repr<'a> {
    /// 0 for an acknowledgement, else a negative errno (or a family-specific status).
    pub status: i32,
    /// The header of the request this answers.
    pub request: header::Repr,
    /// The request header's `len` as it came: the echoed header carries it unchanged, even
    /// when only the header is echoed (as the kernel copies the request's header verbatim).
    pub request_len: u32,
    /// The request's payload when echoed in full (then `16 + len` equals `request_len`);
    /// `None` when the reply is capped.
    pub request_payload: Option<&'a [u8]>,
    /// Extended ack.
    pub ext: ExtAck<'a>,
}

impl<'a> Repr<'a> {
    /// The ERROR (or, with `status` 0, the acknowledgement) the kernel's `netlink_ack()`
    /// sends for the request message `request` on a socket with options `opts`: the whole
    /// request echoed only for an error without `cap_ack`; `ext` only with `ext_ack`, and of
    /// it only MSG and COOKIE for an acknowledgement. `request` must hold at least the
    /// request's header, and its whole `len` for a full echo.
    pub fn answer(
        status: i32,
        request: &'a [u8],
        opts: AckOptions,
        ext: ExtAck<'a>,
    ) -> Result<Repr<'a>> {
        let (h, _) = reader::nlmsghdr_nom(request).ok_or(Error::new(
            ErrorKind::Truncated,
            0,
            "request shorter than a message header",
        ))?;
        let request_payload = if status != 0 && !opts.cap_ack {
            let end = (h.len as usize).max(HEADER_LEN);
            Some(request.get(HEADER_LEN..end).ok_or(Error::new(
                ErrorKind::Truncated,
                0,
                "request shorter than its len",
            ))?)
        } else {
            None
        };
        let ext = match (opts.ext_ack, status) {
            (false, _) => ExtAck::default(),
            (true, 0) => ExtAck {
                msg: ext.msg,
                cookie: ext.cookie,
                ..ExtAck::default()
            },
            (true, _) => ext,
        };
        Ok(Repr {
            status,
            request: header::Repr {
                message_type: MessageType(h.kind),
                flags: Flags(h.flags),
                seq: h.seq,
                port: h.port,
            },
            request_len: h.len,
            request_payload,
            ext,
        })
    }

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
            request_len: h.len,
            request_payload,
            ext,
        })
    }

    /// Append the whole ERROR message (header included) to `b`, exactly as the kernel lays
    /// it out. Returns its length. A full echo whose payload disagrees with `request_len` is
    /// refused (`BadLength`): the kernel's echo is always the request as it came.
    pub fn emit<S: Sink>(&self, b: &mut Builder<S>) -> Result<usize> {
        if let Some(p) = self.request_payload {
            if p.len() + HEADER_LEN != self.request_len as usize {
                return Err(Error::new(
                    ErrorKind::BadLength,
                    HEADER_LEN + 4,
                    "echoed payload differs from the request's len",
                ));
            }
        }
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
            // The header as it came: its len too, whatever was echoed after it.
            hdr[..4].copy_from_slice(&self.request_len.to_le_bytes());
            b.put_raw(&hdr)?;
            b.put_raw(payload)?;
            let pad = align(payload.len()) - payload.len();
            b.put_raw(&[0u8; 3][..pad])?;
            // The kernel's order (netlink_ack_tlv_fill): MSG, COOKIE, then the error-only ones.
            if let Some(msg) = self.ext.msg {
                b.put_str(attr_type::MSG, msg)?;
            }
            if let Some(v) = self.ext.cookie {
                b.put_bytes(attr_type::COOKIE, v)?;
            }
            if let Some(v) = self.ext.offset {
                b.put_u32(attr_type::OFFS, v)?;
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
            request_len: 28,
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
            request_len: 40,
            request_payload: None,
            ext: ExtAck::default(),
        };
        let mut buf = [0u8; 64];
        let mut b = Builder::new(SliceSink::new(&mut buf));
        assert_eq!(repr.emit(&mut b).unwrap(), 36);
        let m = Message::parse(&buf[..36]).unwrap();
        assert_eq!(m.header().flags, Flags::CAPPED);
        // The echoed header keeps the request's len (40), as the kernel's does.
        assert_eq!(&buf[20..24], &40u32.to_le_bytes());
        assert_eq!(m.error().unwrap(), repr);
        assert_eq!(repr.offending_attr(), None);
    }

    /// A request: header (len 32, type 0x20, REQUEST|ACK, seq 42, port 7), family header,
    /// one u32 attribute.
    const REQ: [u8; 32] = [
        32, 0, 0, 0, 0x20, 0, 5, 0, 42, 0, 0, 0, 7, 0, 0, 0, 4, 1, 0, 0, 8, 0, 1, 0, 9, 0, 0, 0, 8,
        0, 2, 0,
    ];

    fn emit(r: &Repr<'_>) -> std::vec::Vec<u8> {
        let mut out = std::vec::Vec::new();
        r.emit(&mut Builder::new(&mut out)).unwrap();
        out
    }

    #[test]
    fn test_answer_follows_netlink_ack() {
        let ext = ExtAck {
            msg: Some("bad"),
            offset: Some(20),
            missing_type: Some(3),
            ..ExtAck::default()
        };
        let all = AckOptions {
            cap_ack: false,
            ext_ack: true,
        };
        // An error without CAP_ACK echoes the whole request.
        let e = Repr::answer(-22, &REQ, all, ext).unwrap();
        assert_eq!(e.request_payload, Some(&REQ[16..]));
        assert_eq!((e.request_len, e.ext), (32, ext));
        let bytes = emit(&e);
        assert_eq!(&bytes[20..52], &REQ[..]);
        assert_eq!(bytes[6..8], Flags::ACK_TLVS.0.to_le_bytes());
        // With CAP_ACK only the header, unchanged (len 32, not 16).
        let e = Repr::answer(-22, &REQ, AckOptions::HVLINK, ext).unwrap();
        assert_eq!(e.request_payload, None);
        let bytes = emit(&e);
        assert_eq!(&bytes[20..36], &REQ[..16]);
        assert_eq!(
            bytes[6..8],
            (Flags::CAPPED | Flags::ACK_TLVS).0.to_le_bytes()
        );
        // An acknowledgement is always capped and carries only MSG and COOKIE.
        let a = Repr::answer(0, &REQ, all, ext).unwrap();
        assert_eq!(a.request_payload, None);
        assert_eq!(
            a.ext,
            ExtAck {
                msg: Some("bad"),
                ..ExtAck::default()
            }
        );
        // Without EXT_ACK nothing follows the echo, and ACK_TLVS is clear.
        let e = Repr::answer(-22, &REQ, AckOptions::default(), ext).unwrap();
        assert!(e.ext.is_empty());
        let bytes = emit(&e);
        assert_eq!(bytes.len(), 16 + 4 + 32);
        assert_eq!(bytes[6..8], [0, 0]);
        // A request shorter than its header cannot be answered.
        assert!(Repr::answer(-22, &REQ[..10], all, ext).is_err());
        assert!(Repr::answer(-22, &REQ[..20], all, ext).is_err());
    }

    #[test]
    fn test_ext_ack_in_kernel_order() {
        let e = Repr {
            status: -22,
            request: request(),
            request_len: 16,
            request_payload: None,
            ext: ExtAck {
                msg: Some("m"),
                offset: Some(24),
                cookie: Some(&[1, 2]),
                policy: Some(&[8, 0, 1, 0, 5, 0, 0, 0]),
                missing_type: Some(3),
                missing_nest: Some(20),
            },
        };
        let bytes = emit(&e);
        let kinds: std::vec::Vec<u16> = Attrs::new(&bytes[36..], 36)
            .map(|a| a.unwrap().kind())
            .collect();
        use attr_type::*;
        assert_eq!(kinds, [MSG, COOKIE, OFFS, POLICY, MISS_TYPE, MISS_NEST]);
        assert_eq!(Message::parse(&bytes).unwrap().error().unwrap(), e);
    }

    #[test]
    fn test_echo_must_match_len() {
        let mut e = Repr::answer(-22, &REQ, AckOptions::default(), ExtAck::default()).unwrap();
        e.request_len = 40;
        let mut out = std::vec::Vec::new();
        let err = e.emit(&mut Builder::new(&mut out)).unwrap_err();
        assert_eq!(err.kind(), ErrorKind::BadLength);
    }

    #[test]
    fn test_from_codec_error() {
        // Missing at the top level: the type only (the kernel's NL_REQ_ATTR_CHECK, NULL nest).
        let e = Error::new(ErrorKind::Missing, 20, "required attribute missing").with_missing(3);
        assert_eq!(
            ExtAck::from_error(&e),
            ExtAck {
                missing_type: Some(3),
                ..ExtAck::default()
            }
        );
        // Missing inside the nest at offset 20: the type and the nest.
        assert_eq!(
            ExtAck::from_error(&e.in_nest()),
            ExtAck {
                missing_type: Some(3),
                missing_nest: Some(20),
                ..ExtAck::default()
            }
        );
        let e = Error::new(ErrorKind::BadSize, 24, "bad").with_attr(1);
        assert_eq!(
            ExtAck::from_error(&e),
            ExtAck {
                msg: Some("bad"),
                offset: Some(24),
                ..ExtAck::default()
            }
        );
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
