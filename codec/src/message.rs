//! Whole messages, and buffers holding several (a kernel socket read, a ring batch).
//!
//! Contract: [`Message::parse`] and [`Messages`] never panic and never read outside the given
//! buffer; a framing error ends iteration (the lengths after it cannot be trusted), and every
//! message yielded before it is intact.

use crate::attr::Attrs;
use crate::error::{Error, ErrorKind, Result};
use crate::header::{self, align, MessageType, HEADER_LEN};
use crate::{errmsg, genl};

/// A parsed message: its header and a borrowed payload.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Message<'a> {
    header: header::Repr,
    payload: &'a [u8],
}

impl<'a> Message<'a> {
    /// Parse the message at the start of `buf` (bytes after its `len` are ignored).
    #[inline]
    pub fn parse(buf: &'a [u8]) -> Result<Message<'a>> {
        let (h, payload) = header::split(buf)?;
        Ok(Message {
            header: header::Repr {
                message_type: MessageType(h.kind),
                flags: header::Flags(h.flags),
                seq: h.seq,
                port: h.port,
            },
            payload,
        })
    }

    /// A message from a header and a payload already known to fit
    /// [`MAX_MESSAGE_LEN`](crate::limits::MAX_MESSAGE_LEN).
    #[inline]
    #[cfg(feature = "alloc")]
    pub(crate) const fn from_parts(header: header::Repr, payload: &'a [u8]) -> Message<'a> {
        Message { header, payload }
    }

    /// The header.
    #[inline]
    pub const fn header(&self) -> &header::Repr {
        &self.header
    }

    /// The message type.
    #[inline]
    pub const fn message_type(&self) -> MessageType {
        self.header.message_type
    }

    /// The payload (everything after the 16-byte header).
    #[inline]
    pub const fn payload(&self) -> &'a [u8] {
        self.payload
    }

    /// Whole length, header included.
    #[inline]
    pub const fn len(&self) -> usize {
        HEADER_LEN + self.payload.len()
    }

    /// Never true: a message has at least its header.
    #[inline]
    pub const fn is_empty(&self) -> bool {
        false
    }

    /// A NOOP (padding) message.
    #[inline]
    pub fn is_noop(&self) -> bool {
        self.header.message_type == MessageType::NOOP
    }

    /// The end of a multi-part reply.
    #[inline]
    pub fn is_done(&self) -> bool {
        self.header.message_type == MessageType::DONE
    }

    /// The family header and the attributes after it, for a generic-netlink style message.
    #[inline]
    pub fn genl(&self) -> Result<(genl::Repr, Attrs<'a>)> {
        let p = genl::Packet::new_checked(self.payload).map_err(|e| e.rebase(HEADER_LEN))?;
        let repr = genl::Repr::parse(&p).map_err(|e| e.rebase(HEADER_LEN))?;
        let attrs = &self.payload[genl::HEADER_LEN..];
        Ok((repr, Attrs::new(attrs, HEADER_LEN + genl::HEADER_LEN)))
    }

    /// The attributes after a fixed family header of `fixed_len` bytes (4 for hvlink and
    /// generic netlink, 16 for rtnetlink's `ifinfomsg`, …). Offsets count from the message
    /// start. A payload shorter than the fixed header gives an iterator that fails at once.
    pub fn attrs(&self, fixed_len: usize) -> Attrs<'a> {
        let aligned = align(fixed_len);
        match self.payload.get(aligned..) {
            Some(rest) => Attrs::new(rest, HEADER_LEN + aligned),
            None => Attrs::failed(Error::new(
                ErrorKind::Truncated,
                HEADER_LEN,
                "payload shorter than its fixed family header",
            )),
        }
    }

    /// For an ERROR message: the status, the echoed request and the extended ack.
    pub fn error(&self) -> Result<errmsg::Repr<'a>> {
        if self.header.message_type != MessageType::ERROR {
            return Err(Error::new(
                ErrorKind::UnexpectedType,
                4,
                "not an ERROR message",
            ));
        }
        errmsg::Repr::parse(self.header.flags, self.payload)
    }
}

/// An iterator over the messages in a buffer, each 4-byte aligned.
#[derive(Debug, Clone)]
pub struct Messages<'a> {
    rest: &'a [u8],
    offset: usize,
}

impl<'a> Messages<'a> {
    /// Iterate over `buf`.
    #[inline]
    pub const fn new(buf: &'a [u8]) -> Messages<'a> {
        Messages {
            rest: buf,
            offset: 0,
        }
    }

    /// Offset in the buffer of the next message.
    #[inline]
    pub const fn offset(&self) -> usize {
        self.offset
    }
}

impl<'a> Iterator for Messages<'a> {
    /// The message and its offset in the buffer. Errors carry buffer offsets.
    type Item = Result<(usize, Message<'a>)>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.rest.is_empty() {
            return None;
        }
        let at = self.offset;
        match Message::parse(self.rest) {
            Ok(m) => {
                let step = align(m.len()).min(self.rest.len());
                self.rest = &self.rest[step..];
                self.offset += step;
                Some(Ok((at, m)))
            }
            Err(e) => {
                self.rest = &[];
                Some(Err(e.rebase(at)))
            }
        }
    }
}

impl core::iter::FusedIterator for Messages<'_> {}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::builder::{Builder, SliceSink};
    use crate::Flags;

    fn two_messages(buf: &mut [u8]) -> usize {
        let mut b = Builder::new(SliceSink::new(buf));
        for seq in 1..=2 {
            let m = b
                .begin_message(header::Repr {
                    message_type: MessageType(0x20),
                    flags: Flags::REQUEST,
                    seq,
                    port: 0,
                })
                .unwrap();
            b.genl(genl::Repr { cmd: 1, version: 1 }).unwrap();
            b.put_u8(1, seq as u8).unwrap();
            b.end_message(m).unwrap();
        }
        b.len()
    }

    #[test]
    fn test_iterate_batch() {
        let mut buf = [0u8; 128];
        let n = two_messages(&mut buf);
        let v: Vec<_> = Messages::new(&buf[..n]).collect::<Result<_>>().unwrap();
        assert_eq!(v.len(), 2);
        assert_eq!(v[1].0, 28);
        let (g, attrs) = v[1].1.genl().unwrap();
        assert_eq!(g.cmd, 1);
        let a = attrs.clone().next().unwrap().unwrap();
        assert_eq!((a.offset(), a.u8()), (20, Ok(2)));
    }

    #[test]
    fn test_bad_second_message() {
        let mut buf = [0u8; 128];
        let n = two_messages(&mut buf);
        buf[28] = 200; // second message claims more than the buffer
        let mut it = Messages::new(&buf[..n]);
        assert!(it.next().unwrap().is_ok());
        let e = it.next().unwrap().unwrap_err();
        assert_eq!((e.kind(), e.offset()), (ErrorKind::Truncated, 28));
        assert!(it.next().is_none());
    }

    #[test]
    fn test_short_payloads() {
        let mut buf = [0u8; 16];
        buf[0] = 16;
        buf[4] = 0x20;
        let m = Message::parse(&buf).unwrap();
        let e = m.genl().unwrap_err();
        assert_eq!((e.kind(), e.offset()), (ErrorKind::Truncated, 16));
        assert!(m.attrs(16).next().unwrap().is_err());
        assert_eq!(m.error().unwrap_err().kind(), ErrorKind::UnexpectedType);
        assert_eq!(
            Message::parse(&buf[..10]).unwrap_err().kind(),
            ErrorKind::Truncated
        );
    }
}
