//! Client errors.

use hvlink_codec::errmsg;
use hvlink_codec::ring::Fault;
use hvlink_proto::rt::OpDesc;
use hvlink_proto::Errno;

/// Why a call failed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Error {
    /// The host answered with an error status (ERROR message, or rax on the register path),
    /// with the extended-ack detail when it sent one.
    Host {
        /// The op.
        op: &'static str,
        /// The status (Xen errno numbering).
        errno: Errno,
        /// The host's reason.
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
    /// A reply the host sent was invalid (wrong type, bad framing, undecodable, duplicate
    /// or missing batch entries).
    Protocol(String),
    /// A request could not be encoded, or a reply decoded.
    Codec(hvlink_codec::Error),
    /// The ring broke (a hostile or buggy host wrote bad indices).
    Ring(Fault),
    /// The transport failed.
    Io(String),
    /// A request too big for what was asked.
    TooBig {
        /// What.
        what: &'static str,
        /// The limit.
        max: usize,
    },
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

    pub(crate) fn io(e: std::io::Error) -> Error {
        Error::Io(e.to_string())
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

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
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
            Error::TooBig { what, max } => write!(f, "{what}: at most {max} entries"),
        }
    }
}

impl std::error::Error for Error {}
