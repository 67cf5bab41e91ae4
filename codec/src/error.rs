//! The codec's one error type.
//!
//! Every failure says *what* was wrong ([`ErrorKind`] plus a static message) and *where*: the
//! byte offset from the start of the message (the same origin netlink's extended ack uses for
//! `NLMSGERR_ATTR_OFFS`), the type of the offending attribute, and for a missing attribute its
//! type. The whole value is `Copy` and allocation-free so that a bare-metal guest can carry it.

use core::fmt;

/// What went wrong. Small, `Copy`, and open to new variants.
#[non_exhaustive]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ErrorKind {
    /// The buffer ends before a header or a declared length does.
    Truncated,
    /// A length field is smaller than its own header, or runs past its container.
    BadLength,
    /// Bytes left over after the last attribute or message that do not form one.
    TrailingBytes,
    /// A named hard limit (see [`crate::limits`]) was exceeded.
    LimitExceeded,
    /// The attribute's payload has the wrong size for its policy type.
    BadSize,
    /// The attribute's value is not allowed (range, flag bits, string encoding, …).
    BadValue,
    /// The policy marks the attribute as nested but its payload or flag says otherwise.
    NotNested,
    /// An attribute the policy requires is absent.
    Missing,
    /// A non-repeated attribute appeared more than once.
    Duplicate,
    /// An unknown attribute in strict mode.
    Unknown,
    /// An unknown attribute that its sender marked must-understand.
    UnknownMustUnderstand,
    /// A field that must be zero (reserved) is not.
    Reserved,
    /// The message type or command is not what the caller expected.
    UnexpectedType,
    /// Building: the caller's buffer has no room for what is being written.
    BufferTooSmall,
    /// Building: a value does not fit its length field (an attribute over 64 KiB, …).
    TooLarge,
}

/// A codec error: what went wrong and where.
///
/// `offset` counts bytes from the start of the message header (or of whatever buffer the
/// failing parser was given, for parsers that do not see a message). `attr` is the type of the
/// offending attribute (0 when no attribute is concerned), `missing` the type of a required
/// attribute that is absent (0 otherwise).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Error {
    kind: ErrorKind,
    attr: u16,
    missing: u16,
    offset: u32,
    in_nest: bool,
    msg: &'static str,
}

/// The codec's result type.
pub type Result<T> = core::result::Result<T, Error>;

impl Error {
    /// A new error of `kind` at byte `offset`.
    #[inline]
    pub const fn new(kind: ErrorKind, offset: usize, msg: &'static str) -> Self {
        Error {
            kind,
            attr: 0,
            missing: 0,
            offset: clamp_offset(offset),
            in_nest: false,
            msg,
        }
    }

    /// The same error, found inside a nest (for [`ErrorKind::Missing`]: the offset is then
    /// that of the nest's header, which the extended ack reports as `MISS_NEST`; a required
    /// attribute missing at the top level has no nest, as the kernel's `NL_REQ_ATTR_CHECK`
    /// with a NULL nest). Nested decoders mark the errors of their nest with it.
    #[inline]
    pub const fn in_nest(mut self) -> Self {
        self.in_nest = true;
        self
    }

    /// Whether the error was found inside a nest (see [`Error::in_nest`]).
    #[inline]
    pub const fn is_in_nest(&self) -> bool {
        self.in_nest
    }

    /// The same error, naming the offending attribute type.
    #[inline]
    pub const fn with_attr(mut self, attr: u16) -> Self {
        self.attr = attr;
        self
    }

    /// The same error, naming a missing attribute type.
    #[inline]
    pub const fn with_missing(mut self, missing: u16) -> Self {
        self.missing = missing;
        self
    }

    /// The same error with its offset moved by `base` bytes (used when a parser that saw only
    /// a sub-slice reports to a caller that knows where the sub-slice starts).
    #[inline]
    pub const fn rebase(mut self, base: usize) -> Self {
        self.offset = clamp_offset(self.offset as usize + base);
        self
    }

    /// What went wrong.
    #[inline]
    pub const fn kind(&self) -> ErrorKind {
        self.kind
    }

    /// Byte offset from the start of the message.
    #[inline]
    pub const fn offset(&self) -> u32 {
        self.offset
    }

    /// The offending attribute's type, if an attribute is concerned.
    #[inline]
    pub const fn attr(&self) -> Option<u16> {
        nonzero(self.attr)
    }

    /// The missing attribute's type, for [`ErrorKind::Missing`].
    #[inline]
    pub const fn missing(&self) -> Option<u16> {
        nonzero(self.missing)
    }

    /// The human-readable reason (a static string, as netlink's `NLMSGERR_ATTR_MSG`).
    #[inline]
    pub const fn message(&self) -> &'static str {
        self.msg
    }

    /// The negative errno a netlink peer would report for this error.
    pub const fn errno(&self) -> i32 {
        match self.kind {
            ErrorKind::LimitExceeded | ErrorKind::TooLarge => -7, // E2BIG
            ErrorKind::UnknownMustUnderstand | ErrorKind::UnexpectedType => -95, // EOPNOTSUPP
            ErrorKind::BufferTooSmall => -105,                    // ENOBUFS
            _ => -22,                                             // EINVAL
        }
    }
}

/// Attribute type 0 is reserved in netlink, so the fields use it for "none" (keeping
/// [`Error`] small).
const fn nonzero(kind: u16) -> Option<u16> {
    if kind == 0 {
        None
    } else {
        Some(kind)
    }
}

const fn clamp_offset(offset: usize) -> u32 {
    if offset > u32::MAX as usize {
        u32::MAX
    } else {
        offset as u32
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} at offset {}", self.msg, self.offset)?;
        if let Some(a) = self.attr() {
            write!(f, " (attribute type {a})")?;
        }
        if let Some(m) = self.missing() {
            write!(f, " (missing attribute type {m})")?;
        }
        Ok(())
    }
}

impl core::error::Error for Error {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn display_names_place() {
        let e = Error::new(ErrorKind::Missing, 20, "required attribute missing").with_missing(3);
        assert_eq!(
            format!("{e}"),
            "required attribute missing at offset 20 (missing attribute type 3)"
        );
        let e = Error::new(ErrorKind::BadSize, 24, "bad size").with_attr(5);
        assert_eq!(e.attr(), Some(5));
        assert_eq!(e.missing(), None);
        assert_eq!(e.rebase(4).offset(), 28);
    }

    #[test]
    fn error_is_small() {
        assert!(core::mem::size_of::<Error>() <= 32);
    }
}
