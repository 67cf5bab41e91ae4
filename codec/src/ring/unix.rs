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

/// A doorbell with a bounded park (so a parked side re-checks liveness regularly): an
/// eventfd, or one end of a [`doorbell_in`] / [`doorbell_out`] pipe (what a host hands a
/// guest process: the host's end is an open file description the guest cannot reach, and a
/// pipe carries no descriptors), or of a stream socket pair.
#[derive(Debug)]
pub struct EventFd {
    fd: OwnedFd,
    timeout: Duration,
    stop: AtomicBool,
    kind: Kind,
    /// The read end of a [`doorbell_out`] pipe, kept by its writer so that the pipe always
    /// has a reader: a ring never fails with `EPIPE` (nor raises SIGPIPE in a process that
    /// does not ignore it) when the peer closed its end.
    _reader: Option<OwnedFd>,
    /// Received from elsewhere ([`from_fd`](Self::from_fd)), an eventfd or a pipe end: its
    /// flags are shared with a peer's copy, so it is read and written as `nowait_io` does,
    /// never trusting `O_NONBLOCK`. One of ours is read and written plainly (one syscall
    /// each).
    peer: bool,
}

/// What an [`EventFd`]'s descriptor is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// An eventfd: a counter, read and written 8 bytes at a time.
    Counter,
    /// A pipe end: each ring writes 8 bytes; a drain reads what is there (bounded).
    Pipe,
    /// A stream socket end: as a pipe, rung with `send` (never blocking, never raising
    /// SIGPIPE).
    Sock,
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
        Ok(Self::with(
            unsafe { OwnedFd::from_raw_fd(fd) },
            timeout,
            false,
        ))
    }

    /// Wrap an eventfd or a doorbell socket end received from elsewhere (a Unix socket).
    pub fn from_fd(fd: OwnedFd, timeout: Duration) -> EventFd {
        Self::with(fd, timeout, true)
    }

    fn with(fd: OwnedFd, timeout: Duration, received: bool) -> EventFd {
        let kind = match file_type(fd.as_raw_fd()) {
            Some(libc::S_IFSOCK) => Kind::Sock,
            Some(libc::S_IFIFO) => Kind::Pipe,
            _ => Kind::Counter,
        };
        EventFd {
            fd,
            timeout,
            stop: AtomicBool::new(false),
            kind,
            _reader: None,
            peer: received && kind != Kind::Sock,
        }
    }

    /// Read (`write`: write) `len` bytes at `buf`: plainly for one of ours (one syscall),
    /// as [`nowait_io`] does for one received from a peer.
    fn counter_io(&self, buf: *mut libc::c_void, len: usize, write: bool) -> isize {
        let fd = self.fd.as_raw_fd();
        if self.peer {
            return nowait_io(fd, buf, len, write);
        }
        // SAFETY: `len` bytes at the caller's live `buf`, to or from our own non-blocking
        // eventfd or pipe end.
        unsafe {
            if write {
                libc::write(fd, buf, len)
            } else {
                libc::read(fd, buf, len)
            }
        }
    }

    /// The descriptor (to pass to another process or to KVM).
    pub fn fd(&self) -> RawFd {
        self.fd.as_raw_fd()
    }

    /// Sleep until the eventfd is rung or `timeout` passes (microsecond precision:
    /// `ppoll`), then consume what is pending. `true` when it was rung. Unlike
    /// [`Park::park`] this waits for the caller's own bound, not the doorbell's.
    pub fn wait_for(&self, timeout: Duration) -> bool {
        let mut pfd = libc::pollfd {
            fd: self.fd.as_raw_fd(),
            events: libc::POLLIN,
            revents: 0,
        };
        let ts = libc::timespec {
            tv_sec: timeout.as_secs().min(i32::MAX as u64) as libc::time_t,
            tv_nsec: libc::c_long::from(timeout.subsec_nanos() as i32),
        };
        // SAFETY: one valid pollfd and a valid timespec, both live for the call; no signal
        // mask is changed (null).
        let r = unsafe { libc::ppoll(&mut pfd, 1, &ts, std::ptr::null()) };
        self.drain();
        r > 0
    }

    /// Make every current and future `park` return `false`.
    pub fn stop(&self) {
        self.stop.store(true, Ordering::Release);
        self.ring();
    }

    /// Consume pending notifications; returns how many were pending.
    pub fn drain(&self) -> u64 {
        if self.kind == Kind::Pipe {
            // Each ring is 8 bytes; take what is there (bounded), never wait.
            let mut buf = [0u8; 512];
            let r = self.counter_io(buf.as_mut_ptr().cast(), buf.len(), false);
            return if r > 0 { (r as u64).div_ceil(8) } else { 0 };
        }
        if self.kind == Kind::Sock {
            // A socket end: each ring is 8 bytes; take what is there (bounded), never wait.
            let mut buf = [0u8; 512];
            // SAFETY: reads at most `buf.len()` bytes into a live buffer; MSG_DONTWAIT makes
            // it non-blocking whatever the descriptor's flags.
            let r = unsafe {
                libc::recv(
                    self.fd.as_raw_fd(),
                    buf.as_mut_ptr().cast(),
                    buf.len(),
                    libc::MSG_DONTWAIT,
                )
            };
            return if r > 0 { (r as u64).div_ceil(8) } else { 0 };
        }
        // (EAGAIN, nothing pending, leaves it 0.)
        let mut v = 0u64;
        let r = self.counter_io((&mut v as *mut u64).cast(), 8, false);
        if r == 8 {
            v
        } else {
            0
        }
    }
}

/// Read (`write`: write) `len` bytes of an eventfd (8) or a pipe at `buf` without blocking,
/// whatever the descriptor's flags say: a descriptor received from a peer shares its flags
/// with the peer's copy, and a peer that clears `O_NONBLOCK` would make a plain `read` of an
/// empty counter or pipe (or a `write` to a full one) wait for ever. `preadv2`/`pwritev2`
/// with `RWF_NOWAIT` never wait where the kernel takes the flag: eventfd reads since Linux
/// 5.11. Where it does not (`EOPNOTSUPP`: eventfd writes, on the kernels seen here), the
/// plain call is made only if `poll` says it would not wait now. That leaves a window: a
/// peer that fills its counter or pipe between the look and the write still makes the write
/// wait. Returns what the call returned.
fn nowait_io(fd: RawFd, buf: *mut libc::c_void, len: usize, write: bool) -> isize {
    let iov = libc::iovec {
        iov_base: buf,
        iov_len: len,
    };
    // SAFETY: one iovec over the caller's 8 live bytes; offset -1 (the file position, which
    // an eventfd ignores); the result is checked.
    let r = unsafe {
        if write {
            libc::pwritev2(fd, &iov, 1, -1, libc::RWF_NOWAIT)
        } else {
            libc::preadv2(fd, &iov, 1, -1, libc::RWF_NOWAIT)
        }
    };
    if r >= 0 || io::Error::last_os_error().raw_os_error() != Some(libc::EOPNOTSUPP) {
        return r;
    }
    let mut pfd = libc::pollfd {
        fd,
        events: if write { libc::POLLOUT } else { libc::POLLIN },
        revents: 0,
    };
    // SAFETY: one live pollfd; no wait (timeout 0).
    if unsafe { libc::poll(&mut pfd, 1, 0) } != 1 {
        return -1;
    }
    // SAFETY: as above, the plain calls.
    unsafe {
        if write {
            libc::write(fd, buf, len)
        } else {
            libc::read(fd, buf, len)
        }
    }
}

impl Doorbell for EventFd {
    fn ring(&self) {
        let one = 1u64;
        if self.kind == Kind::Sock {
            // SAFETY: sends 8 bytes from a live u64. MSG_DONTWAIT: a full socket buffer
            // (EAGAIN) means the peer has rings pending already; MSG_NOSIGNAL: a peer that is
            // gone gives EPIPE, not a signal.
            unsafe {
                libc::send(
                    self.fd.as_raw_fd(),
                    (&one as *const u64).cast(),
                    8,
                    libc::MSG_DONTWAIT | libc::MSG_NOSIGNAL,
                )
            };
            return;
        }
        // An overflowing counter or a full pipe (EAGAIN) means the peer is already
        // notified; ringing the read end of a pipe fails (EBADF) and does nothing. (The 8
        // bytes are only read: the pointer is mutable for the iovec's sake.)
        self.counter_io((&one as *const u64).cast_mut().cast(), 8, true);
    }
}

/// Whether `fd` is an eventfd, as `/proc/self/fd` names it (`anon_inode:[eventfd]`; an
/// anonymous inode has no file type of its own for `fstat` to tell). A doorbell a peer hands
/// over is taken only if it is one: a socket can carry descriptors and linger on its last
/// close, a FIFO or a device can block, a regular file can grow.
pub fn is_eventfd(fd: RawFd) -> bool {
    std::fs::read_link(std::format!("/proc/self/fd/{fd}"))
        .is_ok_and(|p| p.as_os_str() == "anon_inode:[eventfd]")
}

/// The type bits of `fd`'s mode (`S_IFSOCK`, `S_IFIFO`, …), if `fstat` answers.
fn file_type(fd: RawFd) -> Option<libc::mode_t> {
    // SAFETY: fstat into a zeroed stat buffer; the result is checked.
    let mut st: libc::stat = unsafe { std::mem::zeroed() };
    // SAFETY: `st` is a live, writable stat buffer.
    let r = unsafe { libc::fstat(fd, &mut st) };
    (r == 0).then_some(st.st_mode & libc::S_IFMT)
}

/// A doorbell another process rings and this one waits on (a guest's kick, at its host):
/// a non-blocking pipe, whose read end stays here and whose write end is handed over. A pipe
/// carries no descriptors: a peer cannot send any for this side to release (releasing a
/// socket a peer set to linger on close can wait for as long as it asked). Each end is its
/// own open file description, so what the other process does to its end (clearing
/// `O_NONBLOCK`, never writing) cannot make a drain here block.
pub fn doorbell_in(timeout: Duration) -> io::Result<(EventFd, OwnedFd)> {
    let (read, write) = pipe()?;
    Ok((EventFd::with(read, timeout, false), write))
}

/// A doorbell this process rings and another waits on (a guest's interrupt, at its host):
/// as [`doorbell_in`], the write end staying here and the read end handed over. A peer that
/// never reads makes a ring here find the pipe full (the peer is notified already), never
/// wait.
pub fn doorbell_out(timeout: Duration) -> io::Result<(EventFd, OwnedFd)> {
    let (read, write) = pipe()?;
    let mut bell = EventFd::with(write, timeout, false);
    // (A reader of its own: a peer that closes its end makes no ring fail with EPIPE.)
    bell._reader = Some(read.try_clone()?);
    Ok((bell, read))
}

/// A non-blocking, close-on-exec pipe of one page (a ring is 8 bytes, and a peer that
/// never reads should not pin memory): (read end, write end).
fn pipe() -> io::Result<(OwnedFd, OwnedFd)> {
    let mut fds = [0 as RawFd; 2];
    // SAFETY: `fds` is a live array of two descriptors; the result is checked.
    let r = unsafe { libc::pipe2(fds.as_mut_ptr(), libc::O_NONBLOCK | libc::O_CLOEXEC) };
    if r < 0 {
        return Err(io::Error::last_os_error());
    }
    // SAFETY: two fresh descriptors owned by nobody else.
    let (read, write) = unsafe { (OwnedFd::from_raw_fd(fds[0]), OwnedFd::from_raw_fd(fds[1])) };
    // SAFETY: fcntl on a live descriptor; failure only leaves the default size.
    unsafe { libc::fcntl(write.as_raw_fd(), libc::F_SETPIPE_SZ, 4096) };
    Ok((read, write))
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

/// Connect to the Unix stream socket at `path`, waiting at most `limit` while its
/// listener's backlog is full (a plain connect waits for as long as the peer does not
/// accept: a host process that stopped accepting would hold the caller for ever). An error
/// of kind [`io::ErrorKind::TimedOut`] past it.
pub fn connect_within(path: &std::path::Path, limit: Duration) -> io::Result<UnixStream> {
    use std::os::unix::ffi::OsStrExt;
    let bytes = path.as_os_str().as_bytes();
    // SAFETY: an all-zero `sockaddr_un` is a valid value of the plain C struct.
    let mut addr: libc::sockaddr_un = unsafe { core::mem::zeroed() };
    if bytes.len() >= addr.sun_path.len() || bytes.contains(&0) {
        return Err(io::Error::new(
            io::ErrorKind::InvalidInput,
            "socket path too long or with a NUL byte",
        ));
    }
    addr.sun_family = libc::AF_UNIX as libc::sa_family_t;
    for (d, &b) in addr.sun_path.iter_mut().zip(bytes) {
        *d = b as libc::c_char;
    }
    let len =
        (core::mem::offset_of!(libc::sockaddr_un, sun_path) + bytes.len() + 1) as libc::socklen_t;
    // SAFETY: a plain system call; the result is checked.
    let fd = unsafe {
        libc::socket(
            libc::AF_UNIX,
            libc::SOCK_STREAM | libc::SOCK_NONBLOCK | libc::SOCK_CLOEXEC,
            0,
        )
    };
    if fd < 0 {
        return Err(io::Error::last_os_error());
    }
    // SAFETY: `fd` was just created and is owned by nothing else.
    let owned = unsafe { OwnedFd::from_raw_fd(fd) };
    let deadline = std::time::Instant::now().checked_add(limit);
    loop {
        // SAFETY: `addr` is a valid `sockaddr_un` whose first `len` bytes are the family
        // and the NUL-terminated path; `fd` is the open socket above.
        let r = unsafe {
            libc::connect(
                fd,
                (&addr as *const libc::sockaddr_un).cast::<libc::sockaddr>(),
                len,
            )
        };
        if r == 0 {
            break;
        }
        let e = io::Error::last_os_error();
        match e.raw_os_error() {
            // The backlog is full (a non-blocking AF_UNIX connect says so at once): again.
            Some(libc::EAGAIN) | Some(libc::EINTR) => {
                if deadline.is_some_and(|d| std::time::Instant::now() >= d) {
                    return Err(io::Error::new(
                        io::ErrorKind::TimedOut,
                        std::format!("{} did not accept within {limit:?}", path.display()),
                    ));
                }
                std::thread::sleep(Duration::from_millis(1));
            }
            _ => return Err(e),
        }
    }
    let s = UnixStream::from(owned);
    s.set_nonblocking(false)?;
    Ok(s)
}

/// True when the peer end of `s` has hung up (non-blocking check).
pub fn hung_up(s: &UnixStream) -> bool {
    hung_up_fd(s.as_raw_fd())
}

/// [`hung_up`] for a socket known by its descriptor (one that stays open meanwhile: a
/// closed descriptor reads as hung up, `POLLNVAL`).
pub fn hung_up_fd(fd: std::os::fd::RawFd) -> bool {
    let mut pfd = libc::pollfd {
        fd,
        events: libc::POLLRDHUP,
        revents: 0,
    };
    // SAFETY: one valid pollfd; zero timeout.
    unsafe { libc::poll(&mut pfd, 1, 0) };
    pfd.revents & (libc::POLLRDHUP | libc::POLLHUP | libc::POLLERR | libc::POLLNVAL) != 0
}

/// The seals a host requires on guest memory handed over as a memfd: it can neither shrink
/// (a mapped page that disappears is a SIGBUS in the host) nor grow, and the seals are
/// final. cloud-hypervisor asks the same of vhost-user memory.
pub const REQUIRED_SEALS: libc::c_int = libc::F_SEAL_SHRINK | libc::F_SEAL_GROW | libc::F_SEAL_SEAL;

/// An anonymous memory file of `len` bytes (guest memory that another process can map),
/// sealed with [`REQUIRED_SEALS`]: its size is fixed for good.
pub fn memfd(name: &str, len: u64) -> io::Result<File> {
    let cname = std::ffi::CString::new(name).map_err(|_| io::ErrorKind::InvalidInput)?;
    // SAFETY: a valid NUL-terminated name; the result is checked.
    let fd =
        unsafe { libc::memfd_create(cname.as_ptr(), libc::MFD_CLOEXEC | libc::MFD_ALLOW_SEALING) };
    if fd < 0 {
        return Err(io::Error::last_os_error());
    }
    // SAFETY: `fd` is a fresh descriptor owned by nobody else.
    let f = unsafe { File::from_raw_fd(fd) };
    f.set_len(len)?;
    // SAFETY: fcntl on a live descriptor; the result is checked.
    if unsafe { libc::fcntl(f.as_raw_fd(), libc::F_ADD_SEALS, REQUIRED_SEALS) } < 0 {
        return Err(io::Error::last_os_error());
    }
    Ok(f)
}

/// Why memory handed over by another process is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum MemoryRefused {
    /// Not a regular file, or a file that cannot be sealed (not a memfd: a file on disk, a
    /// FUSE file, a pipe, a socket …).
    NotSealable,
    /// A memfd without every one of [`REQUIRED_SEALS`] (these are the seals it has).
    Unsealed(libc::c_int),
    /// A sealed file on a file system other than shared memory (tmpfs): a hugetlbfs memfd,
    /// say, whose pages the mapping does not reserve, so that touching one with none left
    /// raises SIGBUS in the process that maps it (its filesystem magic).
    NotShmem(i64),
    /// Smaller than announced.
    TooSmall {
        /// Its size.
        len: u64,
        /// What was announced.
        need: u64,
    },
}

impl MemoryRefused {
    /// The status (−errno) a refused peer is told.
    pub fn status(self) -> i32 {
        match self {
            MemoryRefused::NotSealable
            | MemoryRefused::Unsealed(_)
            | MemoryRefused::NotShmem(_) => -libc::EPERM,
            MemoryRefused::TooSmall { .. } => -libc::EFAULT,
        }
    }
}

impl std::fmt::Display for MemoryRefused {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            MemoryRefused::NotSealable => {
                f.write_str("guest memory must be a memfd (this descriptor cannot be sealed)")
            }
            MemoryRefused::Unsealed(have) => write!(
                f,
                "guest memory must be sealed against shrinking and growing, finally \
                 (F_SEAL_SHRINK|F_SEAL_GROW|F_SEAL_SEAL); its seals are {have:#x}"
            ),
            MemoryRefused::NotShmem(magic) => write!(
                f,
                "guest memory must be a plain memfd (shared memory); this one is on file \
                 system {magic:#x} (hugetlbfs is refused: its pages are not reserved)"
            ),
            MemoryRefused::TooSmall { len, need } => {
                write!(f, "guest memory is {len} bytes, {need} were announced")
            }
        }
    }
}

impl std::error::Error for MemoryRefused {}

/// Check memory handed over by another process before mapping it: a memfd on shared
/// memory (tmpfs) with [`REQUIRED_SEALS`] and at least `need` bytes. What passes cannot be
/// truncated under the mapping (no SIGBUS), is not backed by anything its sender serves (no
/// FUSE reads that block), and is not a hugetlbfs memfd, whose pages the mapping does not
/// reserve (a touch with none left is a SIGBUS).
pub fn check_memory(f: &File, need: u64) -> Result<(), MemoryRefused> {
    // SAFETY: fcntl on a live descriptor; the result is checked. Files that do not support
    // sealing answer EINVAL.
    let seals = unsafe { libc::fcntl(f.as_raw_fd(), libc::F_GET_SEALS) };
    if seals < 0 {
        return Err(MemoryRefused::NotSealable);
    }
    if seals & REQUIRED_SEALS != REQUIRED_SEALS {
        return Err(MemoryRefused::Unsealed(seals));
    }
    let meta = f.metadata().map_err(|_| MemoryRefused::NotSealable)?;
    if !meta.is_file() {
        return Err(MemoryRefused::NotSealable);
    }
    // SAFETY: fstatfs on a live descriptor into a zeroed struct of its own type; the result
    // is checked.
    let mut fs: libc::statfs = unsafe { std::mem::zeroed() };
    // SAFETY: as above.
    if unsafe { libc::fstatfs(f.as_raw_fd(), &mut fs) } != 0 {
        return Err(MemoryRefused::NotSealable);
    }
    #[allow(clippy::unnecessary_cast)] // their types differ between targets
    let (magic, tmpfs) = (fs.f_type as i64, libc::TMPFS_MAGIC as i64);
    if magic != tmpfs {
        return Err(MemoryRefused::NotShmem(magic));
    }
    if meta.len() < need {
        return Err(MemoryRefused::TooSmall {
            len: meta.len(),
            need,
        });
    }
    Ok(())
}

/// Most descriptors one message carries.
pub const MAX_FDS: usize = 4;

/// `SO_PASSRIGHTS` (Linux 6.16; not yet in every libc): whether a socket takes descriptors.
const SO_PASSRIGHTS: libc::c_int = 83;

/// Make socket `fd` take descriptors (`SCM_RIGHTS`) or refuse them: with `on == false` a
/// peer's `sendmsg` carrying any fails with `EPERM`, so no descriptor of the peer's ever
/// waits in this socket for this side to release (releasing one can wait for as long as the
/// peer likes: a TCP socket it set to linger on close, a FUSE file it serves). Accepted
/// connections take their listener's setting. An error (`ENOPROTOOPT`) on kernels before
/// Linux 6.16.
pub fn set_pass_rights(fd: RawFd, on: bool) -> io::Result<()> {
    let v: libc::c_int = on.into();
    // SAFETY: sets an int socket option from a live int; the result is checked.
    let r = unsafe {
        libc::setsockopt(
            fd,
            libc::SOL_SOCKET,
            SO_PASSRIGHTS,
            (&v as *const libc::c_int).cast(),
            std::mem::size_of::<libc::c_int>() as libc::socklen_t,
        )
    };
    if r < 0 {
        return Err(io::Error::last_os_error());
    }
    Ok(())
}

/// [`send_with_fds`], made again while the peer does not take descriptors yet (`EPERM`: a
/// host turns `SO_PASSRIGHTS` on for a connection only once it has a place for it, see
/// [`set_pass_rights`]), until `limit` has passed.
pub fn send_with_fds_within(
    s: &UnixStream,
    data: &[u8],
    fds: &[RawFd],
    limit: Duration,
) -> io::Result<()> {
    let start = std::time::Instant::now();
    let mut nap = Duration::from_micros(100);
    loop {
        match send_with_fds(s, data, fds) {
            Err(e)
                if e.raw_os_error() == Some(libc::EPERM)
                    && !fds.is_empty()
                    && start.elapsed() < limit =>
            {
                std::thread::sleep(nap);
                nap = (nap * 2).min(Duration::from_millis(20));
            }
            r => return r,
        }
    }
}

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

#[cfg(test)]
mod tests {
    use super::*;

    /// A listener that accepts nothing: once its backlog is full, a connect returns at its
    /// limit (a plain connect would wait for as long as the listener does not accept).
    #[test]
    fn a_connect_to_a_full_backlog_ends_at_its_limit() {
        let dir = std::env::temp_dir().join(std::format!("hvlink-backlog-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("s.sock");
        let _listener = std::os::unix::net::UnixListener::bind(&path).unwrap();
        let mut held = Vec::new();
        let limit = Duration::from_millis(100);
        let err = loop {
            match connect_within(&path, limit) {
                Ok(s) => held.push(s),
                Err(e) => break e,
            }
            assert!(held.len() < 10_000, "the backlog never filled");
        };
        assert_eq!(err.kind(), io::ErrorKind::TimedOut, "{err}");
        let t = std::time::Instant::now();
        let again = connect_within(&path, limit).unwrap_err();
        assert_eq!(again.kind(), io::ErrorKind::TimedOut);
        assert!(t.elapsed() >= limit && t.elapsed() < Duration::from_secs(5));
        drop(held);
        let _ = std::fs::remove_dir_all(&dir);
    }

    /// An eventfd whose `O_NONBLOCK` its peer cleared (the flag belongs to the open file
    /// description both share): draining it empty and ringing it full still return at once.
    #[test]
    fn a_peer_cannot_make_an_eventfd_block() {
        // One received from a peer (here: a duplicate of a fresh one, as a peer's copy is).
        let own = EventFd::new(Duration::from_millis(10)).unwrap();
        // SAFETY: dup of a live descriptor; the result is checked and owned here.
        let fd = unsafe { libc::dup(own.fd()) };
        assert!(fd >= 0);
        // SAFETY: a fresh descriptor.
        let e = EventFd::from_fd(
            unsafe { OwnedFd::from_raw_fd(fd) },
            Duration::from_millis(10),
        );
        // SAFETY: fcntl on a live descriptor; results checked.
        unsafe {
            let fl = libc::fcntl(e.fd(), libc::F_GETFL);
            assert!(fl >= 0);
            assert_eq!(
                libc::fcntl(e.fd(), libc::F_SETFL, fl & !libc::O_NONBLOCK),
                0
            );
        }
        let e = std::sync::Arc::new(e);
        let (tx, rx) = std::sync::mpsc::channel();
        let t = {
            let e = e.clone();
            std::thread::spawn(move || {
                // Empty: a blocking read would wait for ever.
                let drained = e.drain();
                // Full (the counter's largest value): a blocking write would wait for ever.
                let full = u64::MAX - 1;
                // SAFETY: writes 8 bytes from a live u64.
                let w = unsafe { libc::write(e.fd(), (&full as *const u64).cast(), 8) };
                assert_eq!(w, 8);
                e.ring();
                tx.send((drained, e.drain())).unwrap();
            })
        };
        let got = rx.recv_timeout(Duration::from_secs(5));
        if got.is_err() {
            // Unstick the thread: a blocked read gets what this writes (the counter is
            // empty then), a blocked write room from what this reads.
            let mut v = 0u64;
            // SAFETY: 8 bytes to and from live u64s; the descriptor is non-blocking again
            // first, so that neither call waits here.
            unsafe {
                let fl = libc::fcntl(e.fd(), libc::F_GETFL);
                libc::fcntl(e.fd(), libc::F_SETFL, fl | libc::O_NONBLOCK);
                libc::read(e.fd(), (&mut v as *mut u64).cast(), 8);
                let one = 1u64;
                libc::write(e.fd(), (&one as *const u64).cast(), 8);
            }
        }
        assert_eq!(
            got,
            Ok((0, u64::MAX - 1)),
            "drain and ring returned at once"
        );
        t.join().unwrap();
    }

    /// A host's doorbells to a guest process are pipes: the guest's end carries no
    /// descriptors (a descriptor sent for the host to release could make the release wait:
    /// a socket set to linger on close), rings arrive and are counted, a ring of a full pipe
    /// and a drain of an empty one return at once even after the guest cleared `O_NONBLOCK`
    /// on its end, and ringing the wrong end does nothing.
    #[test]
    fn doorbell_pipes_carry_no_descriptors_and_never_block_the_host() {
        let t = Duration::from_millis(10);
        let (kick, kick_guest) = doorbell_in(t).unwrap();
        let (irq, irq_guest) = doorbell_out(t).unwrap();
        // The guest cannot pass a descriptor through its end.
        let (a, _b) = UnixStream::pair().unwrap();
        // SAFETY: borrows the live write end as a stream for the call only (never dropped:
        // `kick_guest` keeps owning the descriptor).
        let borrowed =
            std::mem::ManuallyDrop::new(unsafe { UnixStream::from_raw_fd(kick_guest.as_raw_fd()) });
        let sent = send_with_fds(&borrowed, &[0u8; 8], &[a.as_raw_fd()]);
        assert!(sent.is_err(), "a pipe took a descriptor");
        let guest_kick = EventFd::from_fd(kick_guest, t);
        let guest_irq = EventFd::from_fd(irq_guest, t);
        // The guest clears O_NONBLOCK on its ends (each its own open file description).
        for fd in [guest_kick.fd(), guest_irq.fd()] {
            // SAFETY: fcntl on live descriptors; results checked.
            unsafe {
                let fl = libc::fcntl(fd, libc::F_GETFL);
                assert!(fl >= 0);
                assert_eq!(libc::fcntl(fd, libc::F_SETFL, fl & !libc::O_NONBLOCK), 0);
            }
        }
        assert_eq!(kick.drain(), 0, "an empty kick drains at once");
        guest_kick.ring();
        guest_kick.ring();
        assert_eq!(kick.drain(), 2);
        // The guest never reads its interrupt line: the host's rings fill the pipe and go on
        // returning at once.
        let start = std::time::Instant::now();
        for _ in 0..10_000 {
            irq.ring();
        }
        assert!(start.elapsed() < Duration::from_secs(5));
        // A page of rings, read a bounded piece at a time.
        let mut rings = 0;
        for _ in 0..64 {
            match guest_irq.drain() {
                0 => break,
                n => rings += n,
            }
        }
        assert_eq!(rings, 4096 / 8, "the pipe held one page of rings");
        // The wrong ends: nothing happens, nothing waits.
        kick.ring();
        irq.drain();
        assert_eq!(guest_irq.drain(), 0);
        assert_eq!(kick.drain(), 0);
        // The guest closes its interrupt line: a host ring does not fail with EPIPE (which
        // comes with a SIGPIPE that ends a process not ignoring it: the host keeps a reader).
        drop(guest_irq);
        // SAFETY: plain syscall on the host's own write end.
        let one = 1u64;
        let w = unsafe { libc::write(irq.fd(), (&one as *const u64).cast(), 8) };
        assert!(
            w == 8 || io::Error::last_os_error().raw_os_error() == Some(libc::EAGAIN),
            "a ring after the guest closed its end: {w}, {}",
            io::Error::last_os_error()
        );
        irq.ring();
    }
}
