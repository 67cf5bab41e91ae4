//! The two-process deployment, guest side: this process's memory is a memfd the host
//! process maps; the register path and doorbells go over a Unix socket (see the host's
//! `remote` module for the protocol).

use std::io;
use std::os::fd::AsRawFd;
use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use hvlink_codec::policy::{validate, AttrPolicy, AttrType, Options, Policy, Values};
use hvlink_codec::ring::unix::{memfd, recv_with_fds, send_with_fds_within, EventFd};
use hvlink_codec::{genl, header, Builder, Flags, Message, MessageType, SliceSink};

use super::{Client, Config, Error, Result, UnixTransport};
use crate::ring::raw::MappedFile;

/// Message type of the attach message (the control family's).
pub const ATTACH_TYPE: u16 = 0x200;
/// Its op (outside the control family's op ids).
pub const ATTACH_CMD: u8 = 0x80;
/// Largest guest memory a peer may hand over.
pub const MAX_GUEST_MEMORY: u64 = 1 << 32;
/// Exact length of the attach message.
pub const ATTACH_LEN: usize = 16 + 4 + 8 + 12;

const ATTR_DOMAIN: u16 = 1;
const ATTR_MEM_LEN: u16 = 2;

static ATTACH: Policy = Policy::new(
    "remote-attach",
    &[
        AttrPolicy::new(ATTR_DOMAIN, "domain", AttrType::U16)
            .required()
            .values(Values::Range {
                min: 0,
                max: 0x7FEF,
            }),
        AttrPolicy::new(ATTR_MEM_LEN, "mem-len", AttrType::U64)
            .required()
            .values(Values::Range {
                min: 1 << 20,
                max: MAX_GUEST_MEMORY,
            }),
    ],
);

/// What a guest process asks the host for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Attach {
    /// The domain it runs as.
    pub domain: u16,
    /// Bytes of guest memory (the memfd's size); guest-physical addresses start at 0.
    pub mem_len: u64,
}

impl Attach {
    /// The attach message.
    pub fn encode(&self) -> [u8; ATTACH_LEN] {
        let mut buf = [0u8; ATTACH_LEN];
        let mut b = Builder::new(SliceSink::new(&mut buf));
        let built = b
            .begin_message(header::Repr {
                message_type: MessageType(ATTACH_TYPE),
                flags: Flags::REQUEST,
                seq: 0,
                port: 0,
            })
            .and_then(|m| {
                b.genl(genl::Repr {
                    cmd: ATTACH_CMD,
                    version: 1,
                })?;
                b.put_u16(ATTR_DOMAIN, self.domain)?;
                b.put_u64(ATTR_MEM_LEN, self.mem_len)?;
                b.end_message(m)
            });
        debug_assert!(built.is_ok(), "the attach message has a fixed size");
        buf
    }

    /// Parse and validate an attach message (untrusted input on the host).
    pub fn decode(buf: &[u8]) -> io::Result<Attach> {
        let bad = |m: String| io::Error::new(io::ErrorKind::InvalidData, m);
        let msg = Message::parse(buf).map_err(|e| bad(format!("attach message: {e}")))?;
        if msg.message_type().0 != ATTACH_TYPE {
            return Err(bad("not an attach message".into()));
        }
        let (g, attrs) = msg
            .genl()
            .map_err(|e| bad(format!("attach message: {e}")))?;
        if g.cmd != ATTACH_CMD {
            return Err(bad(format!("attach message has op {}", g.cmd)));
        }
        validate(attrs.clone(), &ATTACH, Options::default())
            .map_err(|e| bad(format!("attach message: {e}")))?;
        let mut a = Attach {
            domain: 0,
            mem_len: 0,
        };
        for at in attrs.flatten() {
            match at.kind() {
                ATTR_DOMAIN => a.domain = at.u16().unwrap_or(0),
                ATTR_MEM_LEN => a.mem_len = at.u64().unwrap_or(0),
                _ => {}
            }
        }
        Ok(a)
    }
}

/// A connection to a host process, as domain `domain` with `mem_len` bytes of memory.
pub struct Remote {
    transport: Arc<UnixTransport>,
    map: Arc<MappedFile>,
    next: Mutex<u64>,
    mem_len: u64,
}

impl std::fmt::Debug for Remote {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Remote")
            .field("mem_len", &self.mem_len)
            .finish()
    }
}

/// How long [`connect`] waits for the host's answer to the attach.
pub const ATTACH_TIMEOUT: Duration = Duration::from_secs(10);

/// Connect to the host process and attach as `domain`. `path` is the domain's socket, or
/// the host's socket directory (then its `dom<domain>.sock` is used). The memory is a sealed
/// memfd (the host refuses anything else); the host answers with this domain's own doorbell
/// and interrupt line.
pub fn connect(path: impl AsRef<Path>, domain: u16, mem_len: u64) -> io::Result<Remote> {
    connect_within(path, domain, mem_len, ATTACH_TIMEOUT)
}

/// [`connect`], the whole attach (connect, send, the host's answer) within `limit` (an
/// error of kind [`io::ErrorKind::TimedOut`] past it, give or take one read's rounding).
pub fn connect_within(
    path: impl AsRef<Path>,
    domain: u16,
    mem_len: u64,
    limit: Duration,
) -> io::Result<Remote> {
    let path = path.as_ref();
    let path = if path.is_dir() {
        path.join(format!("dom{domain}.sock"))
    } else {
        path.to_path_buf()
    };
    // One deadline for the whole attach: the connect, the sends refused until the host has
    // a place for the connection, and its answer.
    let start = std::time::Instant::now();
    let left = || limit.saturating_sub(start.elapsed());
    let stream = hvlink_codec::ring::unix::connect_within(&path, limit)?;
    let file = memfd("hvlink-guest", mem_len)?;
    let map = Arc::new(MappedFile::map(&file, mem_len as usize)?);
    // (A host takes descriptors on a connection only once it has a place for it: until
    // then the send is refused, EPERM, and made again.)
    let refused = |status: i32| {
        io::Error::other(format!(
            "the host refused to attach domain {domain}: {} (status {status})",
            // (Any value: a hostile host's i32::MIN does not overflow.)
            io::Error::from_raw_os_error(status.saturating_neg())
        ))
    };
    if let Err(e) = send_with_fds_within(
        &stream,
        &Attach { domain, mem_len }.encode(),
        &[file.as_raw_fd()],
        left(),
    ) {
        // A host that refused the connection (too many) said why before it closed it.
        let mut status = [0u8; 4];
        stream.set_read_timeout(Some(Duration::from_millis(100)))?;
        if recv_with_fds(&stream, &mut status).is_ok() && status != [0; 4] {
            return Err(refused(i32::from_le_bytes(status)));
        }
        return Err(e);
    }
    let mut status = [0u8; 4];
    // A host that never answers the attach must not hold this thread for ever.
    stream.set_read_timeout(Some(left().max(Duration::from_millis(1))))?;
    let fds = recv_with_fds(&stream, &mut status).map_err(|e| match e.kind() {
        io::ErrorKind::WouldBlock | io::ErrorKind::TimedOut => io::Error::new(
            io::ErrorKind::TimedOut,
            format!("the host did not answer the attach within {limit:?}"),
        ),
        _ => e,
    })?;
    stream.set_read_timeout(None)?;
    let status = i32::from_le_bytes(status);
    if status != 0 {
        return Err(refused(status));
    }
    let [kick, irq]: [std::os::fd::OwnedFd; 2] = fds
        .try_into()
        .map_err(|_| io::Error::other("the host did not send a doorbell and an interrupt line"))?;
    let kick = EventFd::from_fd(kick, Duration::from_millis(50));
    let irq = EventFd::from_fd(irq, Duration::from_millis(50));
    let transport = Arc::new(UnixTransport::with_memory(stream, kick, irq, map.clone()));
    Ok(Remote {
        transport,
        map,
        next: Mutex::new(1 << 20),
        mem_len,
    })
}

impl Remote {
    /// The transport (register path, doorbell, interrupt).
    pub fn transport(&self) -> Arc<UnixTransport> {
        self.transport.clone()
    }

    /// A client of a new queue placed in this process's guest memory.
    pub async fn client(&self, mut config: Config) -> Result<Client> {
        let len = (4096 + 2 * config.ring_size as u64).div_ceil(4096) * 4096;
        let off = {
            let mut next = self.next.lock().unwrap_or_else(|p| p.into_inner());
            let off = *next;
            if off + len > self.mem_len {
                return Err(Error::GuestMemory {
                    what: "guest memory exhausted",
                });
            }
            *next = off + len;
            off
        };
        // The view holds the mapping; the range is handed out once.
        let mem = self
            .map
            .view(off as usize, len as usize)
            .ok_or(Error::GuestMemory {
                what: "queue range outside guest memory",
            })?;
        config.gpa = off;
        Client::connect(self.transport.clone(), mem, config).await
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use hvlink_codec::ring::unix::send_with_fds;

    /// A host that answers the attach with a status no errno has (`i32::MIN`): the attach
    /// fails with an error naming it; negating it does not overflow.
    #[test]
    fn a_hostile_attach_status_is_an_error() {
        let dir = std::env::temp_dir().join(format!("hvlink-status-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        let sock = dir.join("dom5.sock");
        let listener = std::os::unix::net::UnixListener::bind(&sock).unwrap();
        let host = std::thread::spawn(move || {
            let (s, _) = listener.accept().unwrap();
            let len = Attach {
                domain: 5,
                mem_len: 1 << 20,
            }
            .encode()
            .len();
            let mut attach = vec![0u8; len];
            let _ = recv_with_fds(&s, &mut attach).unwrap();
            send_with_fds(&s, &i32::MIN.to_le_bytes(), &[]).unwrap();
        });
        let e = connect(&dir, 5, 1 << 20).unwrap_err();
        assert!(e.to_string().contains("status -2147483648"), "{e}");
        host.join().unwrap();
        let _ = std::fs::remove_dir_all(&dir);
    }

    /// A host that takes the attach and never answers: the attach fails at its limit.
    #[test]
    fn a_silent_host_times_the_attach_out() {
        let dir = std::env::temp_dir().join(format!("hvlink-silent-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        let sock = dir.join("dom5.sock");
        let listener = std::os::unix::net::UnixListener::bind(&sock).unwrap();
        let (done, wait) = std::sync::mpsc::channel::<()>();
        let host = std::thread::spawn(move || {
            let (s, _) = listener.accept().unwrap();
            // Holds the connection open, says nothing.
            let _ = wait.recv();
            drop(s);
        });
        let t0 = std::time::Instant::now();
        let e = connect_within(&dir, 5, 1 << 20, Duration::from_millis(200)).unwrap_err();
        assert_eq!(e.kind(), io::ErrorKind::TimedOut, "{e}");
        assert!(t0.elapsed() < Duration::from_secs(5));
        done.send(()).unwrap();
        host.join().unwrap();
        let _ = std::fs::remove_dir_all(&dir);
    }

    /// The attach's limit is one deadline for all of it: a host that takes the
    /// connection's descriptors only after 700 ms (its `SO_PASSRIGHTS` off until then, the
    /// send refused and made again) and then never answers fails the attach at its 1 s
    /// limit, not 1 s after the send went through. Before, each step had the whole limit.
    #[test]
    fn the_attach_limit_is_one_deadline_for_every_step() {
        use std::os::fd::AsRawFd;
        let dir =
            std::env::temp_dir().join(format!("hvlink-attach-deadline-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        let listener = std::os::unix::net::UnixListener::bind(dir.join("dom5.sock")).unwrap();
        if let Err(e) = hvlink_codec::ring::unix::set_pass_rights(listener.as_raw_fd(), false) {
            eprintln!("SKIPPED: this kernel has no SO_PASSRIGHTS ({e})");
            return;
        }
        let (done, wait) = std::sync::mpsc::channel::<()>();
        let host = std::thread::spawn(move || {
            let (s, _) = listener.accept().unwrap();
            std::thread::sleep(Duration::from_millis(700));
            hvlink_codec::ring::unix::set_pass_rights(s.as_raw_fd(), true).unwrap();
            // Takes the attach, never answers.
            let _ = wait.recv();
            drop(s);
        });
        let t0 = std::time::Instant::now();
        let e = connect_within(&dir, 5, 1 << 20, Duration::from_secs(1)).unwrap_err();
        let took = t0.elapsed();
        assert_eq!(e.kind(), io::ErrorKind::TimedOut, "{e}");
        assert!(took >= Duration::from_millis(700), "{took:?}");
        assert!(
            took < Duration::from_millis(1500),
            "the attach took {took:?}"
        );
        done.send(()).unwrap();
        host.join().unwrap();
        let _ = std::fs::remove_dir_all(&dir);
    }
}
