//! The smallest two-process deployment, a ring only (no backend, no register path): a guest
//! in another process hands over one queue, vhost-user style — what `hvlink-ring-host` serves
//! and the ring tests across processes use. The full host for guest processes is
//! [`crate::remote`].
//!
//! The guest process owns its memory as a sealed memfd and sends it, with a kick eventfd and a call (interrupt) eventfd, over a
//! Unix socket in one `SCM_RIGHTS` message whose data is an hvlink set-up message (a netlink
//! message with the memory size, the queue's guest-physical base and its page count). The host
//! maps the memfd with `vm-memory` as that guest's memory and attaches the queue — the same
//! `HostQueue` code as in one process.
//!
//! The set-up message is untrusted input like any other: it is parsed and validated against
//! a policy, the memory size is bounded, the queue range checked against the mapping.

use std::fs::File;
use std::io;
use std::os::unix::net::UnixStream;
use std::time::Duration;

use hvlink_codec::policy::{validate, AttrPolicy, AttrType, Options, Policy, Values};
use hvlink_codec::ring::unix::{recv_with_fds, send_with_fds, EventFd};
use hvlink_codec::{genl, header, Builder, Flags, Message, MessageType, SliceSink};
use vm_memory::{FileOffset, GuestAddress, GuestMemoryMmap};

use hvlink_host::ring::HostQueue;

/// Message type of the set-up message (the control family's).
pub const SETUP_TYPE: u16 = 0x200;
/// Its op.
pub const SETUP_CMD: u8 = 1;
/// Exact length of the set-up message.
pub const SETUP_LEN: usize = 16 + 4 + 12 + 12 + 8;
/// How long a peer has to send its set-up message once connected.
pub const SETUP_TIMEOUT: Duration = Duration::from_secs(2);
/// Largest guest memory a peer may hand over (1 GiB here; a VMM would configure it).
pub const MAX_GUEST_MEMORY: u64 = 1 << 30;

const ATTR_MEM_LEN: u16 = 1;
const ATTR_QUEUE_GPA: u16 = 2;
const ATTR_PAGES: u16 = 3;

static SETUP: Policy = Policy::new(
    "vhost-setup",
    &[
        AttrPolicy::new(ATTR_MEM_LEN, "mem-len", AttrType::U64)
            .required()
            .values(Values::Range {
                min: 4096,
                max: MAX_GUEST_MEMORY,
            }),
        AttrPolicy::new(ATTR_QUEUE_GPA, "queue-gpa", AttrType::U64).required(),
        AttrPolicy::new(ATTR_PAGES, "pages", AttrType::U32)
            .required()
            .values(Values::Range {
                min: 2,
                max: 1 << 16,
            }),
    ],
);

/// What a guest process announces.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Setup {
    /// Bytes of guest memory (the memfd's size); guest-physical addresses start at 0.
    pub mem_len: u64,
    /// Guest-physical base of the queue.
    pub queue_gpa: u64,
    /// Pages of the queue.
    pub pages: u32,
}

impl Setup {
    fn encode(&self) -> [u8; SETUP_LEN] {
        let mut buf = [0u8; SETUP_LEN];
        let mut b = Builder::new(SliceSink::new(&mut buf));
        let built = (|| {
            let m = b.begin_message(header::Repr {
                message_type: MessageType(SETUP_TYPE),
                flags: Flags::REQUEST,
                seq: 0,
                port: 0,
            })?;
            b.genl(genl::Repr {
                cmd: SETUP_CMD,
                version: 1,
            })?;
            b.put_u64(ATTR_MEM_LEN, self.mem_len)?;
            b.put_u64(ATTR_QUEUE_GPA, self.queue_gpa)?;
            b.put_u32(ATTR_PAGES, self.pages)?;
            b.end_message(m)
        })();
        debug_assert_eq!(built, Ok(SETUP_LEN));
        buf
    }

    fn decode(buf: &[u8]) -> io::Result<Setup> {
        let bad = |e: hvlink_codec::Error| io::Error::new(io::ErrorKind::InvalidData, e);
        let m = Message::parse(buf).map_err(bad)?;
        let (g, attrs) = m.genl().map_err(bad)?;
        if m.message_type() != MessageType(SETUP_TYPE) || g.cmd != SETUP_CMD {
            return Err(io::Error::new(
                io::ErrorKind::InvalidData,
                "not a queue set-up message",
            ));
        }
        validate(attrs.clone(), &SETUP, Options::STRICT).map_err(bad)?;
        let get =
            |t| -> io::Result<hvlink_codec::Attr<'_>> {
                attrs.clone().find(t).map_err(bad)?.ok_or_else(|| {
                    io::Error::new(io::ErrorKind::InvalidData, "validated attribute")
                })
            };
        Ok(Setup {
            mem_len: get(ATTR_MEM_LEN)?.u64().map_err(bad)?,
            queue_gpa: get(ATTR_QUEUE_GPA)?.u64().map_err(bad)?,
            pages: get(ATTR_PAGES)?.u32().map_err(bad)?,
        })
    }
}

/// The guest side of the hand-over: send the memfd and both eventfds with the set-up message.
pub fn connect(
    stream: &UnixStream,
    memory: &File,
    kick: &EventFd,
    call: &EventFd,
    setup: Setup,
) -> io::Result<()> {
    use std::os::fd::AsRawFd;
    send_with_fds(
        stream,
        &setup.encode(),
        &[memory.as_raw_fd(), kick.fd(), call.fd()],
    )
}

/// A guest process attached over a Unix socket.
#[derive(Debug)]
pub struct RemoteGuest {
    /// The queue.
    pub queue: HostQueue<GuestMemoryMmap>,
    /// The guest's kick (we park on it).
    pub kick: EventFd,
    /// The guest's interrupt (we ring it).
    pub call: EventFd,
    /// The set-up the guest announced.
    pub setup: Setup,
}

/// The host side of the hand-over: receive the set-up message and descriptors, map the memory
/// with vm-memory, attach the queue (resuming from the indices in it).
pub fn accept(stream: &UnixStream, park_timeout: Duration) -> io::Result<RemoteGuest> {
    let mut buf = [0u8; SETUP_LEN];
    // A peer that connects and sends nothing must not hold the serving thread.
    stream.set_read_timeout(Some(SETUP_TIMEOUT))?;
    let fds = recv_with_fds(stream, &mut buf);
    stream.set_read_timeout(None)?;
    let fds = fds?;
    let setup = Setup::decode(&buf)?;
    let [mem, kick, call]: [std::os::fd::OwnedFd; 3] = fds.try_into().map_err(|_| {
        io::Error::new(
            io::ErrorKind::InvalidData,
            "expected three descriptors: memory, kick, call",
        )
    })?;
    // Eventfds only, for the doorbells (`is_eventfd` says why).
    for (fd, what) in [(&kick, "kick"), (&call, "call")] {
        use std::os::fd::AsRawFd;
        if !hvlink_codec::ring::unix::is_eventfd(fd.as_raw_fd()) {
            return Err(io::Error::new(
                io::ErrorKind::InvalidData,
                format!("the {what} descriptor is not an eventfd"),
            ));
        }
    }
    let file = File::from(mem);
    // Sealed memfds only: memory the peer could truncate would SIGBUS this process.
    hvlink_codec::ring::unix::check_memory(&file, setup.mem_len)
        .map_err(|e| io::Error::new(io::ErrorKind::PermissionDenied, e))?;
    let memory = GuestMemoryMmap::from_ranges_with_files([(
        GuestAddress(0),
        setup.mem_len as usize,
        Some(FileOffset::new(file, 0)),
    )])
    .map_err(|e| io::Error::other(format!("mapping guest memory: {e}")))?;
    let queue = HostQueue::attach(memory, GuestAddress(setup.queue_gpa), setup.pages as usize)
        .map_err(|e| io::Error::new(io::ErrorKind::InvalidData, e))?;
    Ok(RemoteGuest {
        queue,
        kick: EventFd::from_fd(kick, park_timeout),
        call: EventFd::from_fd(call, park_timeout),
        setup,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn setup_round_trip_and_validation() {
        let s = Setup {
            mem_len: 1 << 20,
            queue_gpa: 0x1000,
            pages: 8,
        };
        assert_eq!(Setup::decode(&s.encode()).unwrap(), s);
        let huge = Setup {
            mem_len: MAX_GUEST_MEMORY + 1,
            ..s
        };
        assert!(Setup::decode(&huge.encode()).is_err());
        let mut bytes = s.encode();
        bytes[20] = 3; // truncate the first attribute's length
        assert!(Setup::decode(&bytes).is_err());
    }

    /// A doorbell descriptor that is not an eventfd is refused, naming which: here a pipe
    /// for the kick, then a socket for the call (a socket can carry descriptors and linger
    /// when released; before, any descriptor was taken).
    #[test]
    fn doorbells_other_than_eventfds_are_refused() {
        use std::os::fd::AsRawFd;
        let setup = Setup {
            mem_len: 1 << 20,
            queue_gpa: 0x1000,
            pages: 8,
        };
        let eventfd = EventFd::new(Duration::from_millis(10)).unwrap();
        let (pipe_in, pipe_out) = hvlink_codec::ring::unix::doorbell_in(Duration::ZERO).unwrap();
        let (sock, _other) = UnixStream::pair().unwrap();
        for (kick, call, what) in [
            (pipe_out.as_raw_fd(), eventfd.fd(), "kick"),
            (eventfd.fd(), sock.as_raw_fd(), "call"),
        ] {
            let (host, peer) = UnixStream::pair().unwrap();
            hvlink_codec::ring::unix::send_with_fds(
                &peer,
                &setup.encode(),
                &[eventfd.fd(), kick, call],
            )
            .unwrap();
            let e = accept(&host, Duration::from_millis(10)).unwrap_err();
            assert_eq!(e.kind(), io::ErrorKind::InvalidData);
            assert_eq!(
                e.to_string(),
                format!("the {what} descriptor is not an eventfd")
            );
        }
        assert!(hvlink_codec::ring::unix::is_eventfd(eventfd.fd()));
        assert!(!hvlink_codec::ring::unix::is_eventfd(pipe_in.fd()));
    }

    /// A peer that connects and sends nothing is let go after the set-up timeout, not
    /// waited for by the serving thread for ever.
    #[test]
    fn a_silent_peer_is_dropped_at_the_setup_timeout() {
        let (host, _peer) = UnixStream::pair().unwrap();
        let t0 = std::time::Instant::now();
        let r = accept(&host, Duration::from_millis(10));
        assert!(r.is_err());
        assert!(t0.elapsed() < SETUP_TIMEOUT * 3, "{:?}", t0.elapsed());
        // The stream has no timeout left on it.
        assert_eq!(host.read_timeout().unwrap(), None);
    }
}
