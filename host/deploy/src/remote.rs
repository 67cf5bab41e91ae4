//! Guests in other processes, vhost-user style: the two-process deployment of the full host.
//!
//! ## Identity
//!
//! The host creates **one Unix socket per domain**, `DIR/dom<N>.sock`, in a directory it owns
//! ([`Sockets::bind`]): the directory is `0711` (others may reach a socket whose name they
//! know, not list or create), every socket `0600` (only the host's user, or whoever the
//! toolstack hands it to with `chown`, may connect). A connection's domain is the socket it
//! came in on — decided by the host, never by the guest: the attach message still names its
//! domain, and a name that differs from the socket's is refused (`EPERM`). On the control
//! domain's socket the peer's credentials (`SO_PEERCRED`) must also be the host's own user
//! or root, so a guest process can never act as the control domain. A stale socket left by
//! a dead host is replaced; anything else at a socket's path (a live host, a file, someone
//! else's socket) is refused with a clear error.
//!
//! ## Attach
//!
//! A guest process owns its memory as a **sealed memfd** (`F_SEAL_SHRINK | F_SEAL_GROW |
//! F_SEAL_SEAL`, [`hvlink_codec::ring::unix::memfd`]) and sends, in one `SCM_RIGHTS`
//! message, the attach message (a netlink message: its domain and memory size) with that one
//! descriptor, within [`Limits::attach_timeout`]. Anything else as memory (an unsealed
//! memfd, a file, a FUSE file, a pipe) is refused (`EPERM`): sealed memory cannot be pulled
//! from under the host's mapping. The host maps it with `vm-memory` and answers with a
//! status (0 or −errno, 4 bytes) and two descriptors: the guest's end of its **doorbell**
//! and of its **interrupt** line, each a pipe the host created ([`doorbell_in`],
//! [`doorbell_out`]). The host's ends are descriptors no guest can reach, so nothing a guest
//! does to its ends (clearing `O_NONBLOCK`, never reading, filling them) can block the host
//! or another domain, and a pipe carries no descriptors for the host to release. From
//! then on the socket carries the register path: 64 bytes of registers (rax, rdi, rsi,
//! r8–r12, little-endian) each way per call — the trap. When the guest disconnects, its
//! queues and memory go.
//!
//! ## Bounds
//!
//! At most [`Limits::max_per_domain`] connections at once per domain socket (an attached
//! process, one taking over from it, and slack for processes whose hang-up the host has not
//! noticed yet). A domain's first connection is always taken; its further ones only while
//! there are fewer than [`Limits::max_connections`] in all, so that hostile domains holding
//! every connection they may cannot lock another domain out (there are at most
//! `max_connections` plus one per domain, and the toolstack says how many domains there
//! are). Connections beyond get `EAGAIN` and are closed. A failed thread spawn refuses that connection
//! (`EAGAIN`); accept errors (out of descriptors) back off; neither ends the
//! host. Guest-triggered log lines are rate-limited.
//!
//! [`doorbell_in`]: hvlink_codec::ring::unix::doorbell_in
//! [`doorbell_out`]: hvlink_codec::ring::unix::doorbell_out

use std::collections::BTreeMap;
use std::fmt;
use std::fs::File;
use std::io::{self, Read};
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd};
use std::os::unix::fs::{DirBuilderExt, FileTypeExt, MetadataExt, PermissionsExt};
use std::os::unix::net::{UnixListener, UnixStream};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use hvlink_codec::ring::unix::{
    check_memory, doorbell_in, doorbell_out, recv_with_fds, send_with_fds,
};
use hvlink_guest::client::transport::{regs_from_bytes, regs_to_bytes};
use hvlink_guest::client::unix::{Attach, ATTACH_LEN};
use hvlink_host::limited;
use vm_memory::{FileOffset, GuestAddress, GuestMemoryMmap};

use crate::embedded::EmbeddedShared;
use hvlink_host::dispatch::RegOutcome;
use hvlink_proto::{DomId, Hypercalls};

/// The socket file of domain `dom` in `dir`.
pub fn socket_path(dir: &Path, dom: DomId) -> PathBuf {
    dir.join(format!("dom{dom}.sock"))
}

/// How much the host takes from guest processes.
#[derive(Debug, Clone)]
pub struct Limits {
    /// Connections at once, attached or attaching, over all domains, beyond which a domain
    /// gets no connection but its first.
    pub max_connections: usize,
    /// Connections at once on one domain's socket.
    pub max_per_domain: usize,
    /// A connection must finish its attach within this.
    pub attach_timeout: Duration,
    /// A register-call answer the guest does not take within this ends its connection.
    pub reply_timeout: Duration,
    /// User ids that may connect to the control domain's socket, besides the host's own
    /// user and root.
    pub control_uids: Vec<u32>,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_connections: 64,
            max_per_domain: 4,
            attach_timeout: Duration::from_secs(2),
            reply_timeout: Duration::from_secs(5),
            control_uids: Vec::new(),
        }
    }
}

/// Why the sockets could not be set up.
#[derive(Debug)]
#[non_exhaustive]
pub enum BindError {
    /// The directory is not one the host can trust (not a directory, someone else's, or
    /// writable by others).
    UnsafeDir {
        /// The directory.
        path: PathBuf,
        /// What is wrong with it.
        why: &'static str,
    },
    /// Something that is not this host's stale socket is at a socket's path.
    Occupied {
        /// The path.
        path: PathBuf,
        /// What is there.
        why: &'static str,
    },
    /// Another host is serving on a socket's path.
    InUse(PathBuf),
    /// A system call failed.
    Io {
        /// The path it was about.
        path: PathBuf,
        /// What was being done.
        op: &'static str,
        /// The error.
        err: io::Error,
    },
}

impl fmt::Display for BindError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            BindError::UnsafeDir { path, why } => write!(f, "{}: {why}", path.display()),
            BindError::Occupied { path, why } => write!(f, "{}: {why}", path.display()),
            BindError::InUse(path) => {
                write!(f, "{}: another host is serving there", path.display())
            }
            BindError::Io { path, op, err } => write!(f, "{}: {op}: {err}", path.display()),
        }
    }
}

impl std::error::Error for BindError {}

/// The host's listening sockets, one per domain; removed on drop.
#[derive(Debug)]
pub struct Sockets {
    dir: PathBuf,
    /// The host made the directory (and removes it again when empty).
    created: bool,
    listeners: Vec<(DomId, UnixListener, PathBuf)>,
}

fn euid() -> u32 {
    // SAFETY: geteuid has no preconditions and cannot fail.
    #[allow(unsafe_code)]
    unsafe {
        libc::geteuid()
    }
}

impl Sockets {
    /// Create `dir` (mode 0711) if it does not exist, check it if it does (a directory of
    /// this user, writable by nobody else), and listen on `dir/dom<N>.sock` (mode 0600) for
    /// every domain of `domains`.
    pub fn bind(dir: &Path, domains: &[DomId]) -> Result<Sockets, BindError> {
        let io_err = |op, err| BindError::Io {
            path: dir.to_path_buf(),
            op,
            err,
        };
        let mut created = false;
        match std::fs::symlink_metadata(dir) {
            Err(e) if e.kind() == io::ErrorKind::NotFound => {
                created = true;
                std::fs::DirBuilder::new()
                    .mode(0o711)
                    .create(dir)
                    .map_err(|e| io_err("create directory", e))?;
                // The mode is explicit, whatever the umask.
                std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o711))
                    .map_err(|e| io_err("chmod", e))?;
            }
            Err(e) => return Err(io_err("stat", e)),
            Ok(m) => {
                let unsafe_dir = |why| BindError::UnsafeDir {
                    path: dir.to_path_buf(),
                    why,
                };
                if !m.is_dir() {
                    return Err(unsafe_dir("not a directory (symbolic links are refused)"));
                }
                if m.uid() != euid() {
                    return Err(unsafe_dir("belongs to another user"));
                }
                if m.mode() & 0o022 != 0 {
                    return Err(unsafe_dir(
                        "writable by group or others: anyone could replace the sockets",
                    ));
                }
            }
        }
        let mut s = Sockets {
            dir: dir.to_path_buf(),
            created,
            listeners: Vec::new(),
        };
        for &dom in domains {
            let path = socket_path(dir, dom);
            clear_stale(&path)?;
            let l = listen_private(&path).map_err(|err| BindError::Io {
                path: path.clone(),
                op: "listen",
                err,
            })?;
            s.listeners.push((dom, l, path));
        }
        Ok(s)
    }

    /// The directory.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// Domain `dom`'s socket, if it has one.
    pub fn path(&self, dom: DomId) -> Option<&Path> {
        self.listeners
            .iter()
            .find(|(d, _, _)| *d == dom)
            .map(|(_, _, p)| p.as_path())
    }
}

impl Drop for Sockets {
    fn drop(&mut self) {
        for (_, _, p) in &self.listeners {
            let _ = std::fs::remove_file(p);
        }
        if self.created {
            // Only if empty: anything else in it is not ours to remove.
            let _ = std::fs::remove_dir(&self.dir);
        }
    }
}

/// Make room at `path`: nothing there, or this user's stale socket (no host behind it).
fn clear_stale(path: &Path) -> Result<(), BindError> {
    let occupied = |why| BindError::Occupied {
        path: path.to_path_buf(),
        why,
    };
    let m = match std::fs::symlink_metadata(path) {
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(()),
        Err(err) => {
            return Err(BindError::Io {
                path: path.to_path_buf(),
                op: "stat",
                err,
            })
        }
        Ok(m) => m,
    };
    if !m.file_type().is_socket() {
        return Err(occupied("exists and is not a socket"));
    }
    if m.uid() != euid() {
        return Err(occupied("a socket of another user"));
    }
    if UnixStream::connect(path).is_ok() {
        return Err(BindError::InUse(path.to_path_buf()));
    }
    std::fs::remove_file(path).map_err(|err| BindError::Io {
        path: path.to_path_buf(),
        op: "remove stale socket",
        err,
    })
}

/// Listen on `path` with mode 0600 from the start: the socket's own mode is set before it
/// is bound (the file bind creates takes it, less the umask), then the file's mode exactly.
#[allow(unsafe_code)] // socket, fchmod and bind by hand, to set the mode before the bind
fn listen_private(path: &Path) -> io::Result<UnixListener> {
    use std::os::unix::ffi::OsStrExt;
    let bytes = path.as_os_str().as_bytes();
    // SAFETY: sockaddr_un is plain data; zeroed is a valid empty address.
    let mut addr: libc::sockaddr_un = unsafe { std::mem::zeroed() };
    if bytes.len() >= addr.sun_path.len() {
        return Err(io::Error::new(
            io::ErrorKind::InvalidInput,
            "socket path too long",
        ));
    }
    addr.sun_family = libc::AF_UNIX as libc::sa_family_t;
    for (d, s) in addr.sun_path.iter_mut().zip(bytes) {
        *d = *s as libc::c_char;
    }
    // SAFETY: plain syscall; the result is checked.
    let fd = unsafe { libc::socket(libc::AF_UNIX, libc::SOCK_STREAM | libc::SOCK_CLOEXEC, 0) };
    if fd < 0 {
        return Err(io::Error::last_os_error());
    }
    // SAFETY: a fresh descriptor owned by nobody else.
    let fd = unsafe { OwnedFd::from_raw_fd(fd) };
    // Connections take no descriptors until their thread has a place for them: one refused
    // (too many connections) is closed on the accepting thread, and a descriptor waiting in
    // it would be released there, for as long as the sender likes (a lingering TCP socket, a
    // FUSE file it serves), while no domain can attach.
    if let Err(e) = hvlink_codec::ring::unix::set_pass_rights(fd.as_raw_fd(), false) {
        tracing::warn!(
            error = %e,
            "this kernel cannot refuse descriptors on a socket (SO_PASSRIGHTS, Linux 6.16): \
             a refused connection's descriptors are released on the accepting thread"
        );
    }
    // SAFETY: fchmod on a live descriptor; the result is checked.
    if unsafe { libc::fchmod(fd.as_raw_fd(), 0o600) } < 0 {
        return Err(io::Error::last_os_error());
    }
    let len = std::mem::size_of::<libc::sa_family_t>() + bytes.len() + 1;
    // SAFETY: `addr` is a live sockaddr_un and `len` is within it.
    let r = unsafe {
        libc::bind(
            fd.as_raw_fd(),
            (&addr as *const libc::sockaddr_un).cast(),
            len as libc::socklen_t,
        )
    };
    if r < 0 {
        return Err(io::Error::last_os_error());
    }
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600))?;
    // SAFETY: listen on a bound socket; the result is checked.
    if unsafe { libc::listen(fd.as_raw_fd(), 64) } < 0 {
        return Err(io::Error::last_os_error());
    }
    let l = UnixListener::from(fd);
    l.set_nonblocking(true)?;
    Ok(l)
}

/// The peer's user id (`SO_PEERCRED`).
#[allow(unsafe_code)] // getsockopt into a ucred
fn peer_uid(s: &UnixStream) -> Option<u32> {
    // SAFETY: ucred is plain data.
    let mut cred: libc::ucred = unsafe { std::mem::zeroed() };
    let mut len = std::mem::size_of::<libc::ucred>() as libc::socklen_t;
    // SAFETY: `cred` and `len` are live and sized for SO_PEERCRED.
    let r = unsafe {
        libc::getsockopt(
            s.as_raw_fd(),
            libc::SOL_SOCKET,
            libc::SO_PEERCRED,
            (&mut cred as *mut libc::ucred).cast(),
            &mut len,
        )
    };
    (r == 0).then_some(cred.uid)
}

/// Connections at once, in all and per domain.
#[derive(Default)]
struct Counts {
    total: usize,
    /// By domain and the life it had when the connection came: a connection an ended life
    /// left (its process idle, not yet hung up) does not count against the next life's.
    per: BTreeMap<(DomId, u64), usize>,
}

/// Releases a connection's place when it ends.
struct Place {
    counts: Arc<Mutex<Counts>>,
    key: (DomId, u64),
}

impl Drop for Place {
    fn drop(&mut self) {
        let mut c = self.counts.lock().unwrap_or_else(|p| p.into_inner());
        c.total = c.total.saturating_sub(1);
        if let Some(n) = c.per.get_mut(&self.key) {
            *n = n.saturating_sub(1);
            if *n == 0 {
                // (Keyed by life too: an entry left at 0 would stay for good.)
                c.per.remove(&self.key);
            }
        }
    }
}

/// Tell a refused peer why, without ever waiting for it.
fn refuse(stream: &UnixStream, status: i32) {
    let _ = stream.set_nonblocking(true);
    let _ = send_with_fds(stream, &status.to_le_bytes(), &[]);
}

/// Serve guest processes on `sockets` until the host stops: one thread per connection for
/// its register path. Returns when the host stops; accept errors and failed spawns never
/// end it.
pub fn serve(shared: Arc<EmbeddedShared>, sockets: Sockets, limits: Limits) -> io::Result<()> {
    let attached: Attached = Arc::new(Mutex::new(BTreeMap::new()));
    let dir = shared.host().hv.unlocked();
    let counts = Arc::new(Mutex::new(Counts::default()));
    let limits = Arc::new(limits);
    let mut backoff = Duration::ZERO;
    let mut pfds: Vec<libc::pollfd> = sockets
        .listeners
        .iter()
        .map(|(_, l, _)| libc::pollfd {
            fd: l.as_raw_fd(),
            events: libc::POLLIN,
            revents: 0,
        })
        .collect();
    while !shared.stopped() {
        if !backoff.is_zero() {
            std::thread::sleep(backoff);
        }
        // SAFETY: `pfds` is a live array of pollfds; a bounded timeout so that a stop is seen.
        #[allow(unsafe_code)]
        let r = unsafe { libc::poll(pfds.as_mut_ptr(), pfds.len() as libc::nfds_t, 200) };
        if r <= 0 {
            continue;
        }
        for (i, (dom, listener, _)) in sockets.listeners.iter().enumerate() {
            if pfds[i].revents == 0 {
                continue;
            }
            pfds[i].revents = 0;
            let stream = match listener.accept() {
                Ok((s, _)) => {
                    backoff = Duration::ZERO;
                    s
                }
                Err(e) if e.kind() == io::ErrorKind::WouldBlock => continue,
                Err(e) => {
                    // Out of descriptors or memory: wait a little (doubling, at most 1 s)
                    // instead of spinning on a connection that cannot be taken.
                    backoff = (backoff * 2).clamp(Duration::from_millis(5), Duration::from_secs(1));
                    limited!(warn, error = %e, backoff_ms = backoff.as_millis() as u64, "accept failed");
                    continue;
                }
            };
            let dom = *dom;
            let _ = stream.set_nonblocking(false);
            let place = {
                let mut c = counts.lock().unwrap_or_else(|p| p.into_inner());
                let key = (dom, dir.incarnation(dom).unwrap_or(0));
                let per = c.per.get(&key).copied().unwrap_or(0);
                // A domain's first connection is always taken (how many domains there are
                // is the toolstack's to say); only its further ones (a takeover, slack for
                // a hang-up not noticed yet) share the pool, so that domains holding all of
                // it cannot lock another domain out.
                if per >= limits.max_per_domain || (per > 0 && c.total >= limits.max_connections) {
                    drop(c);
                    limited!(
                        info,
                        domain = dom,
                        "connection refused: too many connections"
                    );
                    refuse(&stream, -libc::EAGAIN);
                    continue;
                }
                c.total += 1;
                *c.per.entry(key).or_default() += 1;
                Place {
                    counts: counts.clone(),
                    key,
                }
            };
            let refusal = match stream.try_clone() {
                Ok(s) => s,
                Err(e) => {
                    limited!(warn, error = %e, "cannot keep a connection");
                    continue;
                }
            };
            let (shared, attached, limits) = (shared.clone(), attached.clone(), limits.clone());
            let spawned = std::thread::Builder::new()
                .name("hvlink-remote".into())
                .spawn(move || {
                    // The life it was counted against is the life it may attach to.
                    let accepted = Some(place.key.1).filter(|&l| l != 0);
                    let _place = place;
                    if let Err(e) = connection(&shared, stream, (dom, accepted), &attached, &limits)
                    {
                        limited!(info, domain = dom, error = %e, "guest connection ended");
                    }
                });
            if let Err(e) = spawned {
                // The closure (and its place) is dropped with the error.
                backoff = (backoff * 2).clamp(Duration::from_millis(5), Duration::from_secs(1));
                limited!(warn, error = %e, "cannot start a connection thread");
                refuse(&refusal, -libc::EAGAIN);
            }
        }
    }
    Ok(())
}

fn connection(
    shared: &Arc<EmbeddedShared>,
    mut stream: UnixStream,
    (dom, accepted): (DomId, Option<u64>),
    attached: &Attached,
    limits: &Limits,
) -> io::Result<()> {
    let answer = |stream: &UnixStream, status: i32, fds: &[i32]| {
        send_with_fds(stream, &status.to_le_bytes(), fds)
    };
    let refused = |stream: &UnixStream, status: i32, why: String| {
        let _ = answer(stream, status, &[]);
        io::Error::new(io::ErrorKind::PermissionDenied, why)
    };
    stream.set_write_timeout(Some(limits.reply_timeout))?;
    // This connection has its place (and this thread, which only this guest's work waits
    // for): it takes the attach's descriptors from now on (see `listen_private`).
    let _ = hvlink_codec::ring::unix::set_pass_rights(stream.as_raw_fd(), true);
    // `accepted`, the life of the domain when this connection came (the one its place was
    // counted against): the attach must find the same one (a connection kept idle across
    // the domain's destruction and the id's next life speaks for neither).
    let dir = shared.host().hv.unlocked();
    if shared.host().hv.is_control_domain(dom) {
        let uid = peer_uid(&stream);
        let me = euid();
        if !uid.is_some_and(|u| u == me || u == 0 || limits.control_uids.contains(&u)) {
            return Err(refused(
                &stream,
                -libc::EPERM,
                format!("peer uid {uid:?} may not act as the control domain"),
            ));
        }
    }
    stream.set_read_timeout(Some(limits.attach_timeout))?;
    let mut buf = [0u8; ATTACH_LEN];
    let fds = recv_with_fds(&stream, &mut buf)?;
    let attach = match Attach::decode(&buf) {
        Ok(a) => a,
        Err(e) => {
            let _ = answer(&stream, -libc::EINVAL, &[]);
            return Err(e);
        }
    };
    if attach.domain != dom {
        return Err(refused(
            &stream,
            -libc::EPERM,
            format!(
                "attach names domain {} on the socket of domain {dom}",
                attach.domain
            ),
        ));
    }
    let [mem]: [OwnedFd; 1] = match fds.try_into() {
        Ok(f) => f,
        Err(_) => {
            return Err(refused(
                &stream,
                -libc::EINVAL,
                "expected one descriptor: the guest memory".into(),
            ))
        }
    };
    let file = File::from(mem);
    if let Err(why) = check_memory(&file, attach.mem_len) {
        return Err(refused(&stream, why.status(), why.to_string()));
    }
    // The life of the domain this connection serves: its calls are that life's only (looked
    // up in the model's directory, which needs no host lock).
    let Some(life) = dir.incarnation(dom) else {
        return Err(refused(&stream, -libc::ESRCH, format!("no domain {dom}")));
    };
    if accepted != Some(life) {
        return Err(refused(
            &stream,
            -libc::ESRCH,
            format!("domain {dom} is not the one it was when this connection came"),
        ));
    }
    let me = NEXT_CONNECTION.fetch_add(1, Ordering::Relaxed);
    let left = {
        let mut map = attached.lock().unwrap_or_else(|p| p.into_inner());
        let left = match map.get(&dom) {
            // A process of an earlier life of this id (destroyed, the id given again): its
            // connection ends now (shut down: its thread, waiting for its next call, sees
            // the end and gives its place back); what that life left (queues still closing,
            // memory) goes now, before this one sets anything up.
            Some((_, old, old_life)) if *old_life != life => {
                let _ = old.shutdown(std::net::Shutdown::Both);
                Some(release(shared, dom))
            }
            Some((_, old, _)) if !hvlink_codec::ring::unix::hung_up(old) => {
                drop(map);
                return Err(refused(
                    &stream,
                    -libc::EBUSY,
                    format!("domain {dom} is attached already"),
                ));
            }
            // Its previous process is gone but its connection not yet cleaned up (that
            // thread may not have noticed): take over, and drop what it left.
            Some(_) => Some(release(shared, dom)),
            None => None,
        };
        map.insert(dom, (me, stream.try_clone()?, life));
        left
    };
    // What was released goes now, after the map's lock (not at the end of this connection).
    drop(left);
    let result = (|| {
        let memory = GuestMemoryMmap::from_ranges_with_files([(
            GuestAddress(0),
            attach.mem_len as usize,
            Some(FileOffset::new(file, 0)),
        )])
        .map_err(|e| io::Error::other(format!("map guest memory: {e}")))?;
        let (kick, kick_guest) = doorbell_in(Duration::from_millis(100))?;
        let (irq, irq_guest) = doorbell_out(Duration::from_millis(100))?;
        {
            // Registered under the map's lock, while this connection is still the domain's:
            // a process of the id's next life that took over meanwhile (and released what
            // this one had) must not find this one's memory and doorbells set up after it.
            let map = attached.lock().unwrap_or_else(|p| p.into_inner());
            if map.get(&dom).is_none_or(|(owner, _, _)| *owner != me) {
                return Err(io::Error::other(format!(
                    "domain {dom} was taken over by another process"
                )));
            }
            shared.host().set_memory(dom, memory);
            shared.set_domain_irq(dom, Some(Arc::new(irq)));
            shared.set_domain_kick(dom, Some(Arc::new(kick)));
        }
        answer(&stream, 0, &[kick_guest.as_raw_fd(), irq_guest.as_raw_fd()])?;
        drop((kick_guest, irq_guest));
        stream.set_read_timeout(None)?;
        tracing::info!(domain = dom, mem = attach.mem_len, "guest process attached");
        register_path(shared, &mut stream, dom, (&dir, life))
    })();
    // The guest is gone (or broke the protocol, or its domain was destroyed): its queues go
    // with it — unless a new process of the domain (of this life or the next) took over
    // meanwhile, which released them already.
    let mut map = attached.lock().unwrap_or_else(|p| p.into_inner());
    if map.get(&dom).is_some_and(|(owner, _, _)| *owner == me) {
        // Released before the entry goes (a process taking over waits for the map's lock,
        // so it never sets up what this would then drop); dropped after both locks.
        let left = release(shared, dom);
        map.remove(&dom);
        drop(map);
        drop(left);
    }
    result
}

/// Domain → (the connection serving it, its socket, the domain's life it serves).
type Attached = Arc<Mutex<BTreeMap<DomId, (u64, UnixStream, u64)>>>;

static NEXT_CONNECTION: AtomicU64 = AtomicU64::new(0);

/// Take out a domain's queues, memory, doorbell and interrupt line (its process is gone):
/// what held its memory, for the caller to drop once it holds no lock.
fn release(shared: &EmbeddedShared, dom: DomId) -> hvlink_host::server::Released<GuestMemoryMmap> {
    let left = shared.host().remove_domain(dom);
    shared.set_domain_irq(dom, None);
    shared.set_domain_kick(dom, None);
    left
}

fn register_path(
    shared: &Arc<EmbeddedShared>,
    stream: &mut UnixStream,
    dom: DomId,
    (dir, life): (&hvlink_refhv::unlocked::Directory, u64),
) -> io::Result<()> {
    let destroyed = || {
        io::Error::other(format!(
            "domain {dom} was destroyed: its process's connection ends"
        ))
    };
    let mut frame = [0u8; 64];
    loop {
        match stream.read_exact(&mut frame) {
            Ok(()) => {}
            Err(e) if e.kind() == io::ErrorKind::UnexpectedEof => return Ok(()),
            Err(e) => return Err(e),
        }
        // Calls are the domain's only while it lives: once destroyed (and its id perhaps
        // given to a new domain), this process speaks for nothing and its connection ends.
        if dir.incarnation(dom) != Some(life) {
            return Err(destroyed());
        }
        let mut regs = regs_from_bytes(&frame);
        loop {
            // (Bound to its life under the host lock too: a call blocked while the id was
            // destroyed and given again is never made in the next life.)
            match shared.register_call_of(dom, Some(life), &mut regs, Duration::from_millis(200)) {
                RegOutcome::Done => break,
                RegOutcome::Blocked if shared.stopped() => {
                    return Err(io::Error::other("host stopping"))
                }
                RegOutcome::Blocked => {
                    // Still waiting (a blocking poll): give up if the guest went away, or
                    // its domain (the call is made again: never in the id's next life).
                    if hvlink_codec::ring::unix::hung_up(stream) {
                        return Ok(());
                    }
                    if dir.incarnation(dom) != Some(life) {
                        return Err(destroyed());
                    }
                }
            }
        }
        // (MSG_NOSIGNAL: a guest gone mid-call is an error here, never a SIGPIPE for a
        // process that embeds this host without ignoring the signal.)
        send_with_fds(stream, &regs_to_bytes(&regs), &[])?;
    }
}
