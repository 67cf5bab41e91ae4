//! Client errors: [`Error`] says why a call failed; [`BadReply`] what was wrong with a reply
//! the host sent; [`IoError`] wraps the transport's failure.
//!
//! Everything is typed and carries `&'static str` context (op and family names come from the
//! generated tables) except two things the client does not write itself: the host's reason in
//! [`Error::Host`] (text received from the host, kept because the reply buffer it came in is
//! gone) and the OS error in [`IoError`] (kept whole, as `std::io` made it). That is why
//! [`Error`] is `Clone` but not `Copy`; [`BadReply`] is `Copy`.

use std::fmt;
use std::io;
use std::sync::Arc;

use hvlink_codec::errmsg;
use hvlink_codec::ring::Fault;
use hvlink_proto::rt::OpDesc;
use hvlink_proto::Errno;

/// Why a call failed.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Error {
    /// The host answered with an error status (ERROR message, or rax on the register path),
    /// with the extended-ack detail when it sent one.
    Host {
        /// The op.
        op: &'static str,
        /// The status (Xen errno numbering).
        errno: Errno,
        /// The host's reason: its own text, as it sent it (owned: it outlives the reply).
        msg: Option<String>,
        /// Byte offset of the offending attribute in the request.
        offset: Option<u32>,
        /// Type of a missing required attribute.
        missing: Option<u32>,
    },
    /// The host does not implement this op (it said so when asked at connect).
    Unsupported {
        /// Family.
        family: &'static str,
        /// Op.
        op: &'static str,
        /// The host's version of the family, if it has the family at all.
        host_family_version: Option<u8>,
    },
    /// No reply within the call's timeout (a cancel was sent).
    Timeout,
    /// The call was cancelled.
    Cancelled,
    /// The host went away (its process died, or the client was closed).
    HostGone,
    /// The host faulted the queue (status written to the header page).
    QueueFaulted {
        /// The negative errno the host recorded.
        status: i32,
    },
    /// A reply the host sent was invalid.
    Protocol(BadReply),
    /// A request could not be encoded, or a reply decoded.
    Codec(hvlink_codec::Error),
    /// The ring broke (a hostile or buggy host wrote bad indices).
    Ring(Fault),
    /// The transport failed.
    Io(IoError),
    /// The guest memory given for queues has no room for this one.
    GuestMemory {
        /// What ran out.
        what: &'static str,
    },
    /// A request too big for what was asked.
    TooBig {
        /// What.
        what: &'static str,
        /// The limit.
        max: usize,
    },
}

/// What was wrong with a reply the host sent (wrong type, bad framing, undecodable,
/// duplicate or missing batch entries). Names come from the op the reply answered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum BadReply {
    /// An ERROR message that does not parse.
    ErrorMessage(hvlink_codec::Error),
    /// A reply of another message type than the request's family.
    Type {
        /// The reply's message type.
        got: u16,
        /// The request's family.
        family: &'static str,
        /// The request's op.
        op: &'static str,
    },
    /// A reply whose family header does not parse.
    Header(hvlink_codec::Error),
    /// A reply for another op than the request's.
    Op {
        /// The reply's op id.
        got: u8,
        /// The request's family.
        family: &'static str,
        /// The request's op.
        op: &'static str,
    },
    /// No reply message at all.
    Empty,
    /// Registers that are not a valid reply of the op.
    Registers {
        /// The op.
        op: &'static str,
        /// What decoding them said.
        errno: Errno,
    },
    /// A single-form reply to a batch request.
    SingleForm,
    /// A batch reply with another number of entries than requested.
    EntryCount {
        /// Entries in the reply.
        got: usize,
        /// Entries requested.
        expected: usize,
    },
    /// A batch reply whose entries are not exactly `0..expected` (sorted by index).
    EntryIndex {
        /// Position in the sorted reply.
        at: usize,
        /// The index found there.
        index: u32,
    },
    /// A reply whose messages came to more bytes than the client takes for one call
    /// ([`Config::max_reply_bytes`](crate::client::Config::max_reply_bytes)): a host that
    /// sends parts without end.
    TooLong {
        /// The limit, in bytes.
        max: usize,
    },
}

/// A transport failure: the `std::io` error as the transport returned it, shared (every call
/// in flight may fail with the same one). Two are equal when they say the same thing.
#[derive(Debug, Clone)]
pub struct IoError(Arc<io::Error>);

impl IoError {
    /// The I/O error.
    pub fn get(&self) -> &io::Error {
        &self.0
    }

    /// Its kind.
    pub fn kind(&self) -> io::ErrorKind {
        self.0.kind()
    }
}

impl PartialEq for IoError {
    fn eq(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.0, &other.0)
            || (self.0.kind() == other.0.kind()
                && self.0.raw_os_error() == other.0.raw_os_error()
                && self.0.to_string() == other.0.to_string())
    }
}

impl Eq for IoError {}

impl fmt::Display for IoError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

impl From<io::Error> for Error {
    fn from(e: io::Error) -> Error {
        Error::Io(IoError(Arc::new(e)))
    }
}

impl From<BadReply> for Error {
    fn from(e: BadReply) -> Error {
        Error::Protocol(e)
    }
}

impl Error {
    pub(crate) fn errno(e: Errno) -> Error {
        Error::Host {
            op: "",
            errno: e,
            msg: None,
            offset: None,
            missing: None,
        }
    }

    pub(crate) fn from_errmsg(op: &OpDesc, e: &errmsg::Repr<'_>) -> Error {
        Error::Host {
            op: op.name,
            errno: Errno(e.status.saturating_neg()),
            msg: e.ext.msg.map(str::to_string),
            offset: e.ext.offset,
            missing: e.ext.missing_type,
        }
    }

    /// The host's errno, if the host answered with one.
    pub fn errno_value(&self) -> Option<Errno> {
        match self {
            Error::Host { errno, .. } => Some(*errno),
            _ => None,
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Host {
                op,
                errno,
                msg,
                offset,
                missing,
            } => {
                write!(f, "host refused {op}: {errno:?}")?;
                if let Some(m) = msg {
                    write!(f, ": {m}")?;
                }
                if let Some(o) = offset {
                    write!(f, " (attribute at offset {o})")?;
                }
                if let Some(t) = missing {
                    write!(f, " (missing attribute type {t})")?;
                }
                Ok(())
            }
            Error::Unsupported {
                family,
                op,
                host_family_version,
            } => match host_family_version {
                Some(v) => write!(
                    f,
                    "{family}.{op} is not supported by the host ({family} version {v})"
                ),
                None => write!(
                    f,
                    "{family}.{op} is not supported: the host has no {family} family"
                ),
            },
            Error::Timeout => f.write_str("no reply in time (cancelled)"),
            Error::Cancelled => f.write_str("cancelled"),
            Error::HostGone => f.write_str("the host went away"),
            Error::QueueFaulted { status } => write!(f, "the host faulted the queue ({status})"),
            Error::Protocol(m) => write!(f, "invalid reply from the host: {m}"),
            Error::Codec(e) => write!(f, "{e}"),
            Error::Ring(fl) => write!(f, "ring fault at {}: {}", fl.at, fl.msg),
            Error::Io(e) => write!(f, "transport: {e}"),
            Error::GuestMemory { what } => f.write_str(what),
            Error::TooBig { what, max } => write!(f, "{what}: at most {max} entries"),
        }
    }
}

// No `source()`: each message already includes what it wraps (as rustls does).
impl std::error::Error for Error {}

impl fmt::Display for BadReply {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            BadReply::ErrorMessage(e) => write!(f, "bad ERROR message: {e}"),
            BadReply::Type { got, family, op } => {
                write!(f, "reply of type {got:#x} to a {family}.{op} request")
            }
            BadReply::Header(e) => write!(f, "bad reply: {e}"),
            BadReply::Op { got, family, op } => {
                write!(f, "reply for op {got} to a {family}.{op} request")
            }
            BadReply::Empty => f.write_str("empty reply"),
            BadReply::Registers { op, errno } => {
                write!(f, "bad reply registers for {op}: {errno:?}")
            }
            BadReply::SingleForm => f.write_str("single-form reply to a batch"),
            BadReply::EntryCount { got, expected } => {
                write!(f, "batch reply has {got} entries for {expected} requested")
            }
            BadReply::EntryIndex { at, index } => write!(
                f,
                "batch reply entry {at} has index {index} (duplicate or missing entries)"
            ),
            BadReply::TooLong { max } => write!(f, "reply parts past {max} bytes"),
        }
    }
}

impl std::error::Error for BadReply {}
