//! How a client reaches its host: register calls (a trap), the doorbell, and the reply
//! interrupt.

use std::io::{self, Read, Write};
use std::os::fd::{AsRawFd, RawFd};
use std::os::unix::net::UnixStream;
use std::sync::Mutex;
use std::time::Duration;

use hvlink_codec::ring::unix::EventFd;
use hvlink_codec::ring::Doorbell;
use hvlink_proto::rt::Regs;
use tokio::io::unix::AsyncFd;

/// A path to the host. Implemented by the embedded host (in-process), by
/// [`UnixTransport`] (a host process), and by a real VM's traps.
pub trait Transport: Send + Sync + 'static {
    /// Make a FastABI register call (a trap: blocks the calling thread as a vCPU would). On
    /// return, `regs` holds what the host wrote (rax = 0 or −errno).
    fn register_call(&self, regs: &mut Regs) -> io::Result<()>;
    /// [`register_call`](Self::register_call), waiting for the host's answer at most
    /// `limit` (`None`: as long as it takes) where the answer can be late: past it, an error
    /// of kind [`io::ErrorKind::TimedOut`], the op possibly done or not (a register call
    /// cannot be cancelled). Where the host answers a trap at once (a VM's, the embedded
    /// host's), `limit` does not matter: the default ignores it.
    fn register_call_within(&self, regs: &mut Regs, limit: Option<Duration>) -> io::Result<()> {
        let _ = limit;
        self.register_call(regs)
    }
    /// Ring the host's doorbell for this queue.
    fn kick(&self);
    /// The reply interrupt: the host rings it when it publishes replies the guest asked to
    /// be woken for.
    fn irq(&self) -> &EventFd;
    /// Wait for the reply interrupt (must be cancel-safe).
    fn wait_irq(&self) -> std::pin::Pin<Box<dyn std::future::Future<Output = ()> + Send + '_>> {
        Box::pin(wait_eventfd(self.irq()))
    }
    /// Has the host gone away?
    fn hung_up(&self) -> bool {
        false
    }
    /// May a fire-and-forget cancel (a timed-out or dropped call's) go by register call?
    /// Yes where a register call is a trap the host answers at once (a VM's, the embedded
    /// host's). No where it is a round trip to a peer that may never answer (a socket to a
    /// host process): a cancel made in a drop would then hang the dropping thread, so it
    /// goes on the ring, which never blocks.
    fn cancel_by_register(&self) -> bool {
        true
    }
}

struct Fd(RawFd);
impl AsRawFd for Fd {
    fn as_raw_fd(&self) -> RawFd {
        self.0
    }
}

/// Wait until `fd` is readable, then drain it.
#[allow(unsafe_code)] // tokio's registration of a borrowed descriptor (no safe form for it)
pub async fn wait_eventfd(fd: &EventFd) {
    // SAFETY: `fd` is borrowed for the whole wait, so the descriptor stays open while the
    // `AsyncFd` registration (dropped at the end of this function) exists.
    let Ok(afd) = (unsafe { AsyncFd::register(Fd(fd.fd())) }) else {
        tokio::time::sleep(Duration::from_millis(1)).await;
        return;
    };
    if let Ok(mut g) = afd.readable().await {
        fd.drain();
        g.clear_ready();
    }
}

/// The register path and doorbells of a host in another process, over a Unix socket: a
/// register call is 64 bytes out (rax, rdi, rsi, r8–r12, little-endian) and 64 bytes back;
/// the doorbell and interrupt are eventfds passed at set-up.
///
/// A register call whose answer does not come within its limit
/// ([`Transport::register_call_within`]) returns [`io::ErrorKind::TimedOut`]; the answer,
/// when it comes, is read and thrown away by the next register call before it sends its own
/// (answers come in order), so it is never taken for another call's.
pub struct UnixTransport {
    sock: Mutex<Sock>,
    /// The socket's descriptor, for [`Transport::hung_up`] to look at without the lock a
    /// register call in progress holds.
    watch: RawFd,
    kick: EventFd,
    irq: EventFd,
    _memory: Option<std::sync::Arc<crate::ring::raw::MappedFile>>,
}

/// The socket of a [`UnixTransport`] and what it still owes.
struct Sock {
    stream: UnixStream,
    /// Bytes of register answers owed to calls that gave up waiting (read and dropped first).
    stale: usize,
    /// A request frame went out in part (a send that timed out): the host reads frames
    /// out of step from there on, so no further call is made.
    broken: bool,
    /// The socket has read or write timeouts set (by a call with a limit): a call without
    /// one clears them first; otherwise no call pays for setting them.
    timed: bool,
}

/// A socket error that means the wait ran out, as [`io::ErrorKind::TimedOut`].
fn as_timed_out(e: io::Error) -> io::Error {
    match e.kind() {
        io::ErrorKind::WouldBlock | io::ErrorKind::TimedOut => io::ErrorKind::TimedOut.into(),
        _ => e,
    }
}

/// The bytes of one register frame, each way.
const FRAME: usize = 64;

impl UnixTransport {
    /// Wrap a connected socket and the two eventfds.
    pub fn new(sock: UnixStream, kick: EventFd, irq: EventFd) -> Self {
        UnixTransport {
            watch: sock.as_raw_fd(),
            sock: Mutex::new(Sock {
                stream: sock,
                stale: 0,
                broken: false,
                timed: false,
            }),
            kick,
            irq,
            _memory: None,
        }
    }

    /// Also keep the guest memory mapping alive for as long as the transport (its clients'
    /// queues live in it).
    pub fn with_memory(
        sock: UnixStream,
        kick: EventFd,
        irq: EventFd,
        memory: std::sync::Arc<crate::ring::raw::MappedFile>,
    ) -> Self {
        UnixTransport {
            _memory: Some(memory),
            ..UnixTransport::new(sock, kick, irq)
        }
    }
}

/// Encode registers as the 64-byte frame of the socket register path.
pub fn regs_to_bytes(r: &Regs) -> [u8; 64] {
    let mut b = [0u8; 64];
    for (i, v) in [r.rax, r.rdi, r.rsi, r.r8, r.r9, r.r10, r.r11, r.r12]
        .iter()
        .enumerate()
    {
        b[i * 8..i * 8 + 8].copy_from_slice(&v.to_le_bytes());
    }
    b
}

/// Decode the 64-byte frame of the socket register path.
pub fn regs_from_bytes(b: &[u8; 64]) -> Regs {
    let g = |i: usize| {
        let mut w = [0u8; 8];
        w.copy_from_slice(&b[i * 8..i * 8 + 8]);
        u64::from_le_bytes(w)
    };
    Regs {
        rax: g(0),
        rdi: g(1),
        rsi: g(2),
        r8: g(3),
        r9: g(4),
        r10: g(5),
        r11: g(6),
        r12: g(7),
    }
}

impl Sock {
    /// Read exactly `buf.len()` bytes, by `deadline` if given; `Err((got, e))` with the bytes
    /// read before the error.
    fn read_by(
        &mut self,
        buf: &mut [u8],
        deadline: Option<std::time::Instant>,
    ) -> Result<(), (usize, io::Error)> {
        let mut got = 0;
        while got < buf.len() {
            if let Some(d) = deadline {
                let left = d.saturating_duration_since(std::time::Instant::now());
                if left.is_zero() {
                    return Err((got, io::ErrorKind::TimedOut.into()));
                }
                self.timed = true;
                self.stream
                    .set_read_timeout(Some(left))
                    .map_err(|e| (got, e))?;
            }
            match self.stream.read(&mut buf[got..]) {
                Ok(0) => return Err((got, io::ErrorKind::UnexpectedEof.into())),
                Ok(n) => got += n,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(e) => return Err((got, as_timed_out(e))),
            }
        }
        Ok(())
    }

    /// One register call: drop the answers owed to calls that gave up, send `regs`, read
    /// the answer; by `deadline` if given.
    fn call(&mut self, regs: &mut Regs, deadline: Option<std::time::Instant>) -> io::Result<()> {
        if self.broken {
            return Err(io::Error::new(
                io::ErrorKind::BrokenPipe,
                "a register frame went out in part: the socket is out of step",
            ));
        }
        if deadline.is_none() && self.timed {
            // A call without a limit waits for as long as it takes.
            self.stream.set_read_timeout(None)?;
            self.stream.set_write_timeout(None)?;
            self.timed = false;
        }
        let mut sink = [0u8; FRAME];
        while self.stale > 0 {
            let n = self.stale.min(FRAME);
            match self.read_by(&mut sink[..n], deadline) {
                Ok(()) => self.stale -= n,
                Err((got, e)) => {
                    self.stale -= got;
                    return Err(e);
                }
            }
        }
        // Past the limit already (the answers owed took it): not sent, so not done.
        if deadline.is_some_and(|d| std::time::Instant::now() >= d) {
            return Err(io::ErrorKind::TimedOut.into());
        }
        let frame = regs_to_bytes(regs);
        if let Some(d) = deadline {
            self.timed = true;
            self.stream.set_write_timeout(Some(
                d.saturating_duration_since(std::time::Instant::now())
                    .max(Duration::from_micros(1)),
            ))?;
        }
        let mut sent = 0;
        while sent < FRAME {
            match self.stream.write(&frame[sent..]) {
                Ok(0) => return Err(io::ErrorKind::WriteZero.into()),
                Ok(n) => sent += n,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(e) => {
                    // Nothing sent: nothing owed. Part of a frame: the host would read the
                    // next frame's bytes as this one's rest.
                    self.broken = sent > 0;
                    return Err(as_timed_out(e));
                }
            }
        }
        let mut b = [0u8; FRAME];
        match self.read_by(&mut b, deadline) {
            Ok(()) => {
                *regs = regs_from_bytes(&b);
                Ok(())
            }
            Err((got, e)) => {
                // The rest of this answer, when it comes, is the next call's to drop.
                self.stale += FRAME - got;
                Err(e)
            }
        }
    }
}

impl Transport for UnixTransport {
    fn register_call(&self, regs: &mut Regs) -> io::Result<()> {
        self.register_call_within(regs, None)
    }
    fn register_call_within(&self, regs: &mut Regs, limit: Option<Duration>) -> io::Result<()> {
        // (A limit too long to add is none.)
        let deadline = limit.and_then(|l| std::time::Instant::now().checked_add(l));
        // The socket is shared by every client of the connection: waiting for another's
        // call counts against this one's limit too.
        let mut s = match deadline {
            None => self.sock.lock().unwrap_or_else(|p| p.into_inner()),
            Some(d) => loop {
                match self.sock.try_lock() {
                    Ok(g) => break g,
                    Err(std::sync::TryLockError::Poisoned(p)) => break p.into_inner(),
                    Err(std::sync::TryLockError::WouldBlock) => {
                        if std::time::Instant::now() >= d {
                            return Err(io::ErrorKind::TimedOut.into());
                        }
                        std::thread::sleep(Duration::from_micros(100));
                    }
                }
            },
        };
        s.call(regs, deadline)
    }
    fn kick(&self) {
        self.kick.ring();
    }
    fn irq(&self) -> &EventFd {
        &self.irq
    }
    fn hung_up(&self) -> bool {
        hvlink_codec::ring::unix::hung_up_fd(self.watch)
    }
    fn cancel_by_register(&self) -> bool {
        false
    }
}
