//! Linux plumbing for queues shared between processes (`std` feature): eventfds as doorbells
//! (the same object is the kick a guest sends, or the interrupt a host sends, and what the
//! other side parks on; they cross process boundaries and can be bound to a KVM ioeventfd),
//! memfds for guest memory, and passing descriptors over a Unix socket (`SCM_RIGHTS`), as
//! vhost-user does. Raw syscalls, each `unsafe` block with its reason.
#![allow(unsafe_code)]

use std::io;
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd, RawFd};
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use super::{Doorbell, Park};
use std::fs::File;
use std::os::unix::net::UnixStream;
use std::vec::Vec;

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

/// Also stop parking when this socket hangs up (the peer process died or disconnected).
#[derive(Debug)]
pub struct ParkUnlessHangup<'a> {
    /// The doorbell to wait on.
    pub bell: &'a EventFd,
    /// The connection to the peer.
    pub peer: &'a UnixStream,
}

impl Park for ParkUnlessHangup<'_> {
    fn park(&self) -> bool {
        let mut fds = [
            libc::pollfd {
                fd: self.bell.fd(),
                events: libc::POLLIN,
                revents: 0,
            },
            libc::pollfd {
                fd: self.peer.as_raw_fd(),
                events: libc::POLLRDHUP,
                revents: 0,
            },
        ];
        let ms = self.bell.timeout.as_millis().min(i32::MAX as u128) as i32;
        // SAFETY: two valid pollfds.
        unsafe { libc::poll(fds.as_mut_ptr(), 2, ms) };
        self.bell.drain();
        let hup = fds[1].revents & (libc::POLLRDHUP | libc::POLLHUP | libc::POLLERR) != 0;
        !hup && !self.bell.stop.load(Ordering::Acquire)
    }
}

/// True when the peer end of `s` has hung up (non-blocking check).
pub fn hung_up(s: &UnixStream) -> bool {
    let mut pfd = libc::pollfd {
        fd: s.as_raw_fd(),
        events: libc::POLLRDHUP,
        revents: 0,
    };
    // SAFETY: one valid pollfd; zero timeout.
    unsafe { libc::poll(&mut pfd, 1, 0) };
    pfd.revents & (libc::POLLRDHUP | libc::POLLHUP | libc::POLLERR) != 0
}

/// An anonymous memory file of `len` bytes (guest memory that another process can map).
pub fn memfd(name: &str, len: u64) -> io::Result<File> {
    let cname = std::ffi::CString::new(name).map_err(|_| io::ErrorKind::InvalidInput)?;
    // SAFETY: a valid NUL-terminated name; the result is checked.
    let fd = unsafe { libc::memfd_create(cname.as_ptr(), libc::MFD_CLOEXEC) };
    if fd < 0 {
        return Err(io::Error::last_os_error());
    }
    // SAFETY: `fd` is a fresh descriptor owned by nobody else.
    let f = unsafe { File::from_raw_fd(fd) };
    f.set_len(len)?;
    Ok(f)
}

/// Most descriptors one message carries.
pub const MAX_FDS: usize = 4;

/// Send `data` and `fds` in one message.
pub fn send_with_fds(s: &UnixStream, data: &[u8], fds: &[RawFd]) -> io::Result<()> {
    assert!(fds.len() <= MAX_FDS);
    let mut cmsg = [0u64; 8]; // aligned, large enough for CMSG_SPACE(4 * 4)
    let mut iov = libc::iovec {
        iov_base: data.as_ptr() as *mut libc::c_void,
        iov_len: data.len(),
    };
    // SAFETY: msghdr is plain data; zeroed is a valid empty value.
    let mut msg: libc::msghdr = unsafe { std::mem::zeroed() };
    msg.msg_iov = &mut iov;
    msg.msg_iovlen = 1;
    let fd_bytes = std::mem::size_of_val(fds) as u32;
    if !fds.is_empty() {
        msg.msg_control = cmsg.as_mut_ptr().cast();
        // SAFETY: pure arithmetic macro.
        msg.msg_controllen = unsafe { libc::CMSG_SPACE(fd_bytes) } as usize;
        // SAFETY: msg_control points at `cmsg`, which is larger than CMSG_SPACE(fd_bytes);
        // CMSG_FIRSTHDR/CMSG_DATA stay inside it.
        unsafe {
            let c = libc::CMSG_FIRSTHDR(&msg);
            (*c).cmsg_level = libc::SOL_SOCKET;
            (*c).cmsg_type = libc::SCM_RIGHTS;
            (*c).cmsg_len = libc::CMSG_LEN(fd_bytes) as usize;
            std::ptr::copy_nonoverlapping(
                fds.as_ptr().cast::<u8>(),
                libc::CMSG_DATA(c),
                fd_bytes as usize,
            );
        }
    }
    // SAFETY: `msg` points at live buffers for the duration of the call.
    let r = unsafe { libc::sendmsg(s.as_raw_fd(), &msg, libc::MSG_NOSIGNAL) };
    if r < 0 {
        return Err(io::Error::last_os_error());
    }
    if r as usize != data.len() {
        return Err(io::ErrorKind::WriteZero.into());
    }
    Ok(())
}

/// Receive one message of exactly `data.len()` bytes and up to [`MAX_FDS`] descriptors.
pub fn recv_with_fds(s: &UnixStream, data: &mut [u8]) -> io::Result<Vec<OwnedFd>> {
    let mut cmsg = [0u64; 8];
    let mut iov = libc::iovec {
        iov_base: data.as_mut_ptr().cast(),
        iov_len: data.len(),
    };
    // SAFETY: as in `send_with_fds`.
    let mut msg: libc::msghdr = unsafe { std::mem::zeroed() };
    msg.msg_iov = &mut iov;
    msg.msg_iovlen = 1;
    msg.msg_control = cmsg.as_mut_ptr().cast();
    msg.msg_controllen = std::mem::size_of_val(&cmsg);
    // SAFETY: `msg` points at live, writable buffers.
    let r = unsafe { libc::recvmsg(s.as_raw_fd(), &mut msg, libc::MSG_CMSG_CLOEXEC) };
    if r < 0 {
        return Err(io::Error::last_os_error());
    }
    let mut fds = Vec::new();
    // SAFETY: the kernel filled `msg_control` with well-formed control messages within
    // `msg_controllen`; the CMSG_* macros walk exactly those.
    unsafe {
        let mut c = libc::CMSG_FIRSTHDR(&msg);
        while !c.is_null() {
            if (*c).cmsg_level == libc::SOL_SOCKET && (*c).cmsg_type == libc::SCM_RIGHTS {
                let n = ((*c).cmsg_len as usize - libc::CMSG_LEN(0) as usize) / 4;
                let p = libc::CMSG_DATA(c).cast::<RawFd>();
                for i in 0..n {
                    fds.push(OwnedFd::from_raw_fd(p.add(i).read_unaligned()));
                }
            }
            c = libc::CMSG_NXTHDR(&msg, c);
        }
    }
    if r as usize != data.len() {
        return Err(io::ErrorKind::UnexpectedEof.into());
    }
    Ok(fds)
}
