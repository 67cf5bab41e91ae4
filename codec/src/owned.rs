//! Owned messages and attribute trees (`alloc` feature), for the host, the tokio client, the
//! command line and tests — anywhere a message must outlive the buffer it came from.
//!
//! The borrowed views remain the fast path: decoding into these types allocates.

use alloc::vec::Vec;
use bytes::Bytes;

use crate::attr::{Attrs, F_NESTED};
use crate::builder::{Builder, Sink};
use crate::error::{Error, ErrorKind, Result};
use crate::header;
use crate::limits::MAX_NEST_DEPTH;
use crate::message::Message;

/// An attribute and its value, owning its bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OwnedAttr {
    /// The whole type field, flag bits included.
    pub raw_kind: u16,
    /// The payload.
    pub value: AttrValue,
}

/// An owned attribute payload.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AttrValue {
    /// Opaque bytes (scalars, strings, binaries, and nests not flagged as such).
    Bytes(Bytes),
    /// A list of attributes (the sender set the nested flag).
    Nested(Vec<OwnedAttr>),
}

impl OwnedAttr {
    /// The type number without flag bits.
    pub fn kind(&self) -> u16 {
        self.raw_kind & crate::attr::TYPE_MASK
    }

    /// Parse a whole attribute list, descending into attributes flagged nested, at most
    /// [`MAX_NEST_DEPTH`] levels deep.
    pub fn parse_list(attrs: Attrs<'_>) -> Result<Vec<OwnedAttr>> {
        parse_list(attrs, 1)
    }

    /// Append this attribute to `b`.
    pub fn emit<S: Sink>(&self, b: &mut Builder<S>) -> Result<()> {
        match &self.value {
            AttrValue::Bytes(v) => b.put(self.raw_kind, v),
            AttrValue::Nested(list) => {
                let n = b.begin_nest(self.raw_kind & !F_NESTED)?;
                for a in list {
                    if let Err(e) = a.emit(b) {
                        b.cancel_nest(n);
                        return Err(e);
                    }
                }
                b.end_nest(n)
            }
        }
    }
}

fn parse_list(attrs: Attrs<'_>, depth: u8) -> Result<Vec<OwnedAttr>> {
    if depth > MAX_NEST_DEPTH {
        return Err(Error::new(
            ErrorKind::LimitExceeded,
            attrs.offset(),
            "nesting deeper than the limit",
        ));
    }
    let mut out = Vec::new();
    for a in attrs {
        let a = a?;
        let value = if a.is_nested() {
            AttrValue::Nested(parse_list(a.nested(), depth + 1)?)
        } else {
            AttrValue::Bytes(Bytes::copy_from_slice(a.payload()))
        };
        out.push(OwnedAttr {
            raw_kind: a.raw_kind(),
            value,
        });
    }
    Ok(out)
}

/// A message that owns its payload.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OwnedMessage {
    /// The header.
    pub header: header::Repr,
    /// Everything after the header.
    pub payload: Bytes,
}

impl OwnedMessage {
    /// Copy a borrowed message.
    pub fn from_message(m: &Message<'_>) -> OwnedMessage {
        OwnedMessage {
            header: *m.header(),
            payload: Bytes::copy_from_slice(m.payload()),
        }
    }

    /// Parse and copy the message at the start of `buf`.
    pub fn parse(buf: &[u8]) -> Result<OwnedMessage> {
        Message::parse(buf).map(|m| OwnedMessage::from_message(&m))
    }

    /// Borrow it as a [`Message`].
    pub fn as_message(&self) -> Result<Message<'_>> {
        if header::HEADER_LEN + self.payload.len() > crate::limits::MAX_MESSAGE_LEN {
            return Err(Error::new(
                ErrorKind::TooLarge,
                0,
                "message longer than MAX_MESSAGE_LEN",
            ));
        }
        Ok(Message::from_parts(self.header, &self.payload))
    }

    /// Append the message to `b`. Returns its length.
    pub fn emit<S: Sink>(&self, b: &mut Builder<S>) -> Result<usize> {
        let m = b.begin_message(self.header)?;
        if let Err(e) = b.put_raw(&self.payload) {
            b.cancel_message(m);
            return Err(e);
        }
        b.end_message(m)
    }

    /// The message as a new byte vector.
    pub fn to_vec(&self) -> Result<Vec<u8>> {
        let mut v = Vec::new();
        self.emit(&mut Builder::new(&mut v))?;
        Ok(v)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::builder::SliceSink;
    use crate::{Flags, MessageType};

    #[test]
    fn tree_round_trip() {
        let mut buf = [0u8; 64];
        let mut b = Builder::new(SliceSink::new(&mut buf));
        b.put_u32(1, 5).unwrap();
        let n = b.begin_nest(2).unwrap();
        b.put_str(1, "x").unwrap();
        b.end_nest(n).unwrap();
        let len = b.len();
        let tree = OwnedAttr::parse_list(Attrs::new(&buf[..len], 0)).unwrap();
        assert_eq!(tree.len(), 2);
        assert!(matches!(&tree[1].value, AttrValue::Nested(l) if l.len() == 1));
        let mut out = Vec::new();
        let mut b = Builder::new(&mut out);
        for a in &tree {
            a.emit(&mut b).unwrap();
        }
        assert_eq!(&out[..], &buf[..len]);
    }

    #[test]
    fn message_round_trip() {
        let m = OwnedMessage {
            header: header::Repr {
                message_type: MessageType(0x11),
                flags: Flags::REQUEST,
                seq: 1,
                port: 2,
            },
            payload: Bytes::from_static(&[1, 2, 3, 4]),
        };
        let v = m.to_vec().unwrap();
        assert_eq!(v.len(), 20);
        assert_eq!(OwnedMessage::parse(&v).unwrap(), m);
        assert_eq!(m.as_message().unwrap().payload(), &[1, 2, 3, 4]);
    }
}
