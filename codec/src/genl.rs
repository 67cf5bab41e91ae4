//! The 4-byte family header that follows the message header (Linux `struct genlmsghdr`).
//!
//! ```text
//! +---------------+---------------+-------------------------------+
//! |   cmd (u8)    | version (u8)  |   reserved (u16, must be 0)   |
//! +---------------+---------------+-------------------------------+
//! ```
//!
//! `cmd` is the op (Xen's sub-op number), `version` the family version the sender speaks.
//! Contract as for [`crate::header`]: after [`Packet::new_checked`] no accessor panics.

use crate::error::{Error, ErrorKind, Result};
use crate::reader;

mod field {
    pub const CMD: usize = 0;
    pub const VERSION: usize = 1;
    pub const RESERVED: core::ops::Range<usize> = 2..4;
}

/// Length of the family header.
pub const HEADER_LEN: usize = field::RESERVED.end;

view! {
    /// A view of a family header followed by the attributes.
}

impl<T: AsRef<[u8]>> Packet<T> {
    /// The buffer holds at least [`HEADER_LEN`] bytes.
    #[inline]
    pub fn check_len(&self) -> Result<()> {
        if self.buffer.as_ref().len() < HEADER_LEN {
            Err(Error::new(
                ErrorKind::Truncated,
                0,
                "payload shorter than a family header",
            ))
        } else {
            Ok(())
        }
    }

    /// The op.
    #[inline]
    pub fn cmd(&self) -> u8 {
        self.buffer.as_ref()[field::CMD]
    }

    /// The family version the sender speaks.
    #[inline]
    pub fn version(&self) -> u8 {
        self.buffer.as_ref()[field::VERSION]
    }

    /// The reserved field (must be zero).
    #[inline]
    pub fn reserved(&self) -> u16 {
        crate::view::u16_at(self.buffer.as_ref(), field::RESERVED.start)
    }

    /// The attribute bytes after the header.
    #[inline]
    pub fn attributes(&self) -> &[u8] {
        &self.buffer.as_ref()[HEADER_LEN..]
    }
}

impl<T: AsRef<[u8]> + AsMut<[u8]>> Packet<T> {
    /// Set the op.
    #[inline]
    pub fn set_cmd(&mut self, v: u8) {
        self.buffer.as_mut()[field::CMD] = v;
    }

    /// Set the version.
    #[inline]
    pub fn set_version(&mut self, v: u8) {
        self.buffer.as_mut()[field::VERSION] = v;
    }

    /// Set the reserved field.
    #[inline]
    pub fn set_reserved(&mut self, v: u16) {
        self.buffer.as_mut()[field::RESERVED].copy_from_slice(&v.to_le_bytes());
    }

    /// The attribute bytes, writable.
    #[inline]
    pub fn attributes_mut(&mut self) -> &mut [u8] {
        &mut self.buffer.as_mut()[HEADER_LEN..]
    }
}

/// The meaning of a family header.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Repr {
    /// The op (sub-op number).
    pub cmd: u8,
    /// The family version the sender speaks.
    pub version: u8,
}

impl Repr {
    /// Parse, rejecting a non-zero reserved field.
    #[inline]
    pub fn parse<T: AsRef<[u8]>>(packet: &Packet<T>) -> Result<Repr> {
        let ((cmd, version, reserved), _) =
            reader::genlmsghdr(packet.buffer.as_ref()).ok_or(Error::new(
                ErrorKind::Truncated,
                0,
                "payload shorter than a family header",
            ))?;
        if reserved != 0 {
            return Err(Error::new(
                ErrorKind::Reserved,
                field::RESERVED.start,
                "family header reserved field is not zero",
            ));
        }
        Ok(Repr { cmd, version })
    }

    /// Bytes this header occupies.
    #[inline]
    pub const fn buffer_len(&self) -> usize {
        HEADER_LEN
    }

    /// Write the header.
    pub fn emit<T: AsRef<[u8]> + AsMut<[u8]>>(&self, packet: &mut Packet<T>) {
        packet.set_cmd(self.cmd);
        packet.set_version(self.version);
        packet.set_reserved(0);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    static BYTES: [u8; 8] = [0x03, 0x02, 0x00, 0x00, 0x08, 0x00, 0x01, 0x00];

    #[test]
    fn test_deconstruct() {
        let p = Packet::new_checked(&BYTES[..]).unwrap();
        assert_eq!((p.cmd(), p.version(), p.reserved()), (3, 2, 0));
        assert_eq!(p.attributes(), &BYTES[4..]);
    }

    #[test]
    fn test_parse_emit() {
        let repr = Repr::parse(&Packet::new_checked(&BYTES[..]).unwrap()).unwrap();
        assert_eq!(repr, Repr { cmd: 3, version: 2 });
        let mut buf = [0xa5u8; 4];
        repr.emit(&mut Packet::new_unchecked(&mut buf[..]));
        assert_eq!(buf, BYTES[..4]);
    }

    #[test]
    fn test_reserved_and_short() {
        let b = [1u8, 1, 0, 1];
        let e = Repr::parse(&Packet::new_checked(&b[..]).unwrap()).unwrap_err();
        assert_eq!((e.kind(), e.offset()), (ErrorKind::Reserved, 2));
        assert_eq!(
            Packet::new_checked(&b[..3]).unwrap_err().kind(),
            ErrorKind::Truncated
        );
    }
}
