//! A minimal Linux netlink socket for talking to the real kernel in tests and examples.
//! Raw syscalls through `libc`; every `unsafe` block states why it is sound.
#![allow(unsafe_code)] // the socket's system calls (the workspace denies `unsafe` elsewhere)

use std::io;
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd};

use hvlink_codec::{header, Flags, MessageType};

/// `NETLINK_ROUTE`.
pub const ROUTE: i32 = libc::NETLINK_ROUTE;
/// `NETLINK_GENERIC`.
pub const GENERIC: i32 = libc::NETLINK_GENERIC;

/// The header of a request to the kernel: REQUEST plus `flags`, addressed to port 0 (the
/// kernel).
pub fn request(ty: u16, flags: Flags, seq: u32) -> header::Repr {
    header::Repr {
        message_type: MessageType(ty),
        flags: Flags::REQUEST | flags,
        seq,
        port: 0,
    }
}

/// A bound netlink socket with a receive timeout, so a test can never hang on the kernel.
pub struct NlSocket {
    fd: OwnedFd,
}

impl NlSocket {
    /// Open and bind (kernel-assigned port id) a netlink socket of `protocol`.
    pub fn open(protocol: i32) -> io::Result<NlSocket> {
        // SAFETY: plain syscall with constant arguments; the result is checked below.
        let fd = unsafe {
            libc::socket(
                libc::AF_NETLINK,
                libc::SOCK_RAW | libc::SOCK_CLOEXEC,
                protocol,
            )
        };
        if fd < 0 {
            return Err(io::Error::last_os_error());
        }
        // SAFETY: `fd` is a fresh descriptor we own and nobody else closes.
        let fd = unsafe { OwnedFd::from_raw_fd(fd) };
        let s = NlSocket { fd };
        let addr = Self::kernel_addr();
        // SAFETY: `addr` is a valid `sockaddr_nl` and the length passed is its size.
        let r = unsafe {
            libc::bind(
                s.fd.as_raw_fd(),
                &addr as *const libc::sockaddr_nl as *const libc::sockaddr,
                std::mem::size_of::<libc::sockaddr_nl>() as libc::socklen_t,
            )
        };
        if r < 0 {
            return Err(io::Error::last_os_error());
        }
        let tv = libc::timeval {
            tv_sec: 5,
            tv_usec: 0,
        };
        s.setsockopt(libc::SOL_SOCKET, libc::SO_RCVTIMEO, &tv)?;
        Ok(s)
    }

    fn kernel_addr() -> libc::sockaddr_nl {
        // SAFETY: sockaddr_nl is plain old data; all-zero is a valid value (port 0 = kernel).
        let mut addr: libc::sockaddr_nl = unsafe { std::mem::zeroed() };
        addr.nl_family = libc::AF_NETLINK as libc::sa_family_t;
        addr
    }

    fn setsockopt<T>(&self, level: i32, name: i32, v: &T) -> io::Result<()> {
        // SAFETY: `v` points to a live `T` and the length passed is its size.
        let r = unsafe {
            libc::setsockopt(
                self.fd.as_raw_fd(),
                level,
                name,
                v as *const T as *const libc::c_void,
                std::mem::size_of::<T>() as libc::socklen_t,
            )
        };
        if r < 0 {
            Err(io::Error::last_os_error())
        } else {
            Ok(())
        }
    }

    /// Ask the kernel for extended acknowledgements (`NETLINK_EXT_ACK`).
    pub fn enable_ext_ack(&self) -> io::Result<()> {
        self.setsockopt(libc::SOL_NETLINK, libc::NETLINK_EXT_ACK, &1i32)
    }

    /// Ask the kernel to echo only the header of a request it refuses (`NETLINK_CAP_ACK`).
    #[allow(dead_code)] // not every user of this file caps
    pub fn enable_cap_ack(&self) -> io::Result<()> {
        self.setsockopt(libc::SOL_NETLINK, libc::NETLINK_CAP_ACK, &1i32)
    }

    /// The port id the kernel gave this socket (what it puts in its replies' `port`).
    #[allow(dead_code)] // not every user of this file needs it
    pub fn port_id(&self) -> io::Result<u32> {
        let mut addr = Self::kernel_addr();
        let mut len = std::mem::size_of::<libc::sockaddr_nl>() as libc::socklen_t;
        // SAFETY: `addr` is a writable `sockaddr_nl` and `len` holds its size.
        let r = unsafe {
            libc::getsockname(
                self.fd.as_raw_fd(),
                &mut addr as *mut libc::sockaddr_nl as *mut libc::sockaddr,
                &mut len,
            )
        };
        if r < 0 {
            Err(io::Error::last_os_error())
        } else {
            Ok(addr.nl_pid)
        }
    }

    /// Send one buffer (one or more messages) to the kernel.
    pub fn send(&self, buf: &[u8]) -> io::Result<()> {
        let addr = Self::kernel_addr();
        // SAFETY: `buf` is valid for `buf.len()` bytes; `addr` is a valid sockaddr_nl.
        let r = unsafe {
            libc::sendto(
                self.fd.as_raw_fd(),
                buf.as_ptr() as *const libc::c_void,
                buf.len(),
                0,
                &addr as *const libc::sockaddr_nl as *const libc::sockaddr,
                std::mem::size_of::<libc::sockaddr_nl>() as libc::socklen_t,
            )
        };
        if r < 0 {
            Err(io::Error::last_os_error())
        } else {
            Ok(())
        }
    }

    /// Receive one datagram (one or more messages) into `buf`; returns its length.
    pub fn recv(&self, buf: &mut [u8]) -> io::Result<usize> {
        // SAFETY: `buf` is valid and writable for `buf.len()` bytes.
        let r = unsafe {
            libc::recv(
                self.fd.as_raw_fd(),
                buf.as_mut_ptr() as *mut libc::c_void,
                buf.len(),
                0,
            )
        };
        if r < 0 {
            Err(io::Error::last_os_error())
        } else {
            Ok(r as usize)
        }
    }
}
