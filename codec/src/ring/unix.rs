//! Linux eventfds as doorbells: the same object is the kick a guest sends (or the interrupt a
//! host sends) and what the other side parks on. They cross process boundaries (passed over a
//! Unix socket) and can be bound to a KVM ioeventfd.

use std::io;
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd, RawFd};
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use hvlink_codec::ring::{Doorbell, Park};

/// An eventfd doorbell with a bounded park (so a parked side re-checks liveness regularly).
#[derive(Debug)]
pub struct EventFd {
    fd: OwnedFd,
    timeout: Duration,
    stop: AtomicBool,
}

impl EventFd {
    /// A new eventfd; `park` waits at most `timeout` before re-checking.
    pub fn new(timeout: Duration) -> io::Result<EventFd> {
        // SAFETY: plain syscall; the result is checked.
        let fd = unsafe { libc::eventfd(0, libc::EFD_CLOEXEC | libc::EFD_NONBLOCK) };
        if fd < 0 {
            return Err(io::Error::last_os_error());
        }
        // SAFETY: `fd` is a fresh descriptor owned by nobody else.
        Ok(Self::from_fd(unsafe { OwnedFd::from_raw_fd(fd) }, timeout))
    }

    /// Wrap an eventfd received from elsewhere (a Unix socket).
    pub fn from_fd(fd: OwnedFd, timeout: Duration) -> EventFd {
        EventFd {
            fd,
            timeout,
            stop: AtomicBool::new(false),
        }
    }

    /// The descriptor (to pass to another process or to KVM).
    pub fn fd(&self) -> RawFd {
        self.fd.as_raw_fd()
    }

    /// Make every current and future `park` return `false`.
    pub fn stop(&self) {
        self.stop.store(true, Ordering::Release);
        self.ring();
    }

    /// Consume pending notifications; returns how many were pending.
    pub fn drain(&self) -> u64 {
        let mut v = 0u64;
        // SAFETY: reads 8 bytes into a live u64; EAGAIN (nothing pending) leaves it 0.
        let r = unsafe { libc::read(self.fd.as_raw_fd(), (&mut v as *mut u64).cast(), 8) };
        if r == 8 {
            v
        } else {
            0
        }
    }
}

impl Doorbell for EventFd {
    fn ring(&self) {
        let one = 1u64;
        // SAFETY: writes 8 bytes from a live u64. An overflowing counter (EAGAIN) means the
        // peer is already notified.
        unsafe { libc::write(self.fd.as_raw_fd(), (&one as *const u64).cast(), 8) };
    }
}

impl Park for EventFd {
    fn park(&self) -> bool {
        if self.stop.load(Ordering::Acquire) {
            return false;
        }
        let mut pfd = libc::pollfd {
            fd: self.fd.as_raw_fd(),
            events: libc::POLLIN,
            revents: 0,
        };
        let ms = self.timeout.as_millis().min(i32::MAX as u128) as i32;
        // SAFETY: one valid pollfd.
        unsafe { libc::poll(&mut pfd, 1, ms) };
        self.drain();
        !self.stop.load(Ordering::Acquire)
    }
}
