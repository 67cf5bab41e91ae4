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
pub struct UnixTransport {
    sock: Mutex<UnixStream>,
    kick: EventFd,
    irq: EventFd,
    _memory: Option<std::sync::Arc<crate::ring::raw::MappedFile>>,
}

impl UnixTransport {
    /// Wrap a connected socket and the two eventfds.
    pub fn new(sock: UnixStream, kick: EventFd, irq: EventFd) -> Self {
        UnixTransport {
            sock: Mutex::new(sock),
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

impl Transport for UnixTransport {
    fn register_call(&self, regs: &mut Regs) -> io::Result<()> {
        let mut s = self.sock.lock().unwrap_or_else(|p| p.into_inner());
        s.write_all(&regs_to_bytes(regs))?;
        let mut b = [0u8; 64];
        s.read_exact(&mut b)?;
        *regs = regs_from_bytes(&b);
        Ok(())
    }
    fn kick(&self) {
        self.kick.ring();
    }
    fn irq(&self) -> &EventFd {
        &self.irq
    }
    fn hung_up(&self) -> bool {
        let s = self.sock.lock().unwrap_or_else(|p| p.into_inner());
        hvlink_codec::ring::unix::hung_up(&s)
    }
    fn cancel_by_register(&self) -> bool {
        false
    }
}
