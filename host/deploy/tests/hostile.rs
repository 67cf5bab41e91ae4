//! Hostile guest processes against the two-process deployment (`hvlink-host`, the same code
//! as `hvlink serve`): every class of attack a guest process has at hand — claiming the
//! control domain, squatting another domain, pulling its memory away, handing over something
//! that is not memory, blocking or flipping its descriptors, flooding with padding, flooding
//! another domain's event channel with sends (served without the host lock), parking
//! far-future waits, churning queues, faulting queues, idling connections up to the host's
//! descriptor limit. After each, a well-behaved domain attached before the attack and one
//! that attaches after it must still complete a register call and a ring call within a
//! bound, and the host's memory (RSS) and log volume must stay bounded.
//!
//! Domains: 1 is the well-behaved guest attached before, 2 the attacker, 3 the well-behaved
//! guest attached after.

// The attacker's raw system calls (memfds without seals, pipes, descriptor flags, a child's
// set-up), each with its SAFETY; the workspace denies `unsafe` elsewhere.
#![allow(unsafe_code)]

use std::fs::File;
use std::io::{Read, Write};
use std::os::fd::{AsRawFd, OwnedFd};
use std::os::unix::net::UnixStream;
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use hvlink_codec::ring::unix::{memfd, recv_with_fds, send_with_fds_within, EventFd};
use hvlink_codec::ring::{Doorbell, QueueKind};
use hvlink_guest::client::transport::{regs_from_bytes, regs_to_bytes};
use hvlink_guest::client::unix::{self, Attach, Remote};
use hvlink_guest::client::{self, Client, FastPath};
use hvlink_guest::ring::raw::{MappedFile, RawMem};
use hvlink_guest::ring::GuestQueue;
use hvlink_proto::control::{QueueFeatures, QueueReq, QueueSetup, QueueSetupReq, QueueTeardown};
use hvlink_proto::grant_table::{DomReq, Gntst, QuerySize};
use hvlink_proto::rt::{Empty, FastAbi, Regs};
use hvlink_proto::sched::{Poll, PollReq};
use hvlink_proto::version;

const GOOD_BEFORE: u16 = 1;
const ATTACKER: u16 = 2;
const GOOD_AFTER: u16 = 3;
const MEM: u64 = 8 << 20;
/// How long a well-behaved call may take while (or after) another domain attacks. Generous:
/// a debug build on a busy 2-core CI machine; the calls take well under a millisecond when
/// the host is healthy.
const BOUND: Duration = Duration::from_secs(2);

/// The host process; killed and its directory removed on drop.
struct HostProc {
    child: Child,
    dir: PathBuf,
    log: PathBuf,
}

/// Resource limits for the host process.
#[derive(Clone, Copy, Default)]
struct Rlimits {
    nofile: Option<u64>,
    /// Threads and processes of the host's user (the host then runs as `nobody`, since the
    /// limit does not bind root).
    nproc: Option<u64>,
}

impl HostProc {
    fn start(name: &str, limits: Rlimits) -> HostProc {
        Self::start_with(name, limits, 3)
    }

    /// [`start`](Self::start) with domains `1..=guests` besides the control domain.
    fn start_with(name: &str, limits: Rlimits, guests: u16) -> HostProc {
        let base =
            std::env::temp_dir().join(format!("hvlink-hostile-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&base);
        std::fs::create_dir_all(&base).unwrap();
        let dir = base.join("sockets");
        let log = base.join("host.log");
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_hvlink-host"));
        cmd.arg(&dir)
            .args(["--guests", &guests.to_string(), "--grant-refs", "16"])
            .env("RUST_LOG", "info")
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(File::create(&log).unwrap());
        if limits.nproc.is_some() {
            std::os::unix::fs::chown(&base, Some(65534), Some(65534)).unwrap();
            cmd.uid(65534).gid(65534);
        }
        let set = [
            (libc::RLIMIT_NOFILE, limits.nofile),
            (libc::RLIMIT_NPROC, limits.nproc),
        ];
        // SAFETY: only async-signal-safe calls between fork and exec (setrlimit).
        unsafe {
            cmd.pre_exec(move || {
                for (what, n) in set {
                    let Some(n) = n else { continue };
                    let r = libc::rlimit {
                        rlim_cur: n,
                        rlim_max: n,
                    };
                    if libc::setrlimit(what, &r) != 0 {
                        return Err(std::io::Error::last_os_error());
                    }
                }
                Ok(())
            })
        };
        let child = cmd.spawn().unwrap();
        let t = Instant::now();
        while !dir.join(format!("dom{guests}.sock")).exists() {
            assert!(
                t.elapsed() < Duration::from_secs(20),
                "host did not come up"
            );
            std::thread::sleep(Duration::from_millis(5));
        }
        HostProc { child, dir, log }
    }

    fn sock(&self, dom: u16) -> PathBuf {
        self.dir.join(format!("dom{dom}.sock"))
    }

    /// Resident memory of the host process, KiB.
    fn rss_kib(&self) -> u64 {
        let s = std::fs::read_to_string(format!("/proc/{}/status", self.child.id())).unwrap();
        s.lines()
            .find_map(|l| l.strip_prefix("VmRSS:"))
            .and_then(|v| v.split_whitespace().next())
            .and_then(|v| v.parse().ok())
            .unwrap()
    }

    fn log_bytes(&self) -> u64 {
        std::fs::metadata(&self.log).map_or(0, |m| m.len())
    }

    fn log(&self) -> String {
        std::fs::read_to_string(&self.log).unwrap_or_default()
    }

    fn assert_alive(&mut self) {
        assert!(
            self.child.try_wait().unwrap().is_none(),
            "the host died; its log:\n{}",
            self.log()
        );
    }
}

impl Drop for HostProc {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        if let Some(base) = self.dir.parent() {
            let _ = std::fs::remove_dir_all(base);
        }
    }
}

fn config(q: u16) -> client::Config {
    client::Config {
        queue_id: q,
        kind: QueueKind::Kernel,
        ring_size: 1 << 16,
        fast_path: FastPath::Ring,
        timeout: Some(Duration::from_secs(10)),
        ..client::Config::default()
    }
}

/// A well-behaved guest process of `dom`: attached, one queue.
struct Good {
    _remote: Remote,
    client: Client,
    dom: u16,
}

async fn good(host: &HostProc, dom: u16) -> Good {
    let remote = unix::connect(&host.dir, dom, MEM).unwrap();
    let client = remote.client(config(1)).await.unwrap();
    Good {
        _remote: remote,
        client,
        dom,
    }
}

/// A well-behaved guest process of `dom` that keeps trying to attach for up to `limit`
/// (while the host sheds connections that hold its descriptors or threads).
async fn good_within(host: &HostProc, dom: u16, limit: Duration) -> Good {
    let t = Instant::now();
    let remote = loop {
        match unix::connect(&host.dir, dom, MEM) {
            Ok(r) => break r,
            Err(e) => {
                assert!(t.elapsed() < limit, "locked out: {e}");
                std::thread::sleep(Duration::from_millis(100));
            }
        }
    };
    let client = remote.client(config(1)).await.unwrap();
    Good {
        _remote: remote,
        client,
        dom,
    }
}

impl Good {
    /// A `sched.poll` on a port of its own (nothing signals it) with a 50 ms timeout
    /// completes when it should: not before 40 ms, within [`BOUND`]; then [`Good::check`].
    async fn poll_times_out_on_time(&self, what: &str) {
        let ports = [own_port(&self.client).await];
        let t = Instant::now();
        let now = system_time(&self.client).await;
        let req = PollReq {
            port: hvlink_proto::rt::List::new(&ports),
            timeout: now + 50_000_000,
        };
        tokio::time::timeout(BOUND, self.client.call_ring::<Poll>(&req))
            .await
            .unwrap_or_else(|_| panic!("dom {}: the poll's timeout never fired ({what})", self.dom))
            .unwrap();
        assert!(
            t.elapsed() >= Duration::from_millis(40),
            "{:?}",
            t.elapsed()
        );
        self.check(what).await;
    }

    /// A register call and a ring call, each within [`BOUND`]. The register call is one the
    /// host serves under its lock, on the thread that serves the rings (`control.ping`; every
    /// call a guest kernel makes to the hypervisor's families but `sched.shutdown` is served
    /// without it, so it would not see a host stuck holding the lock).
    async fn check(&self, what: &str) {
        use hvlink_proto::control::{Ping, PingMsg};
        let t = Instant::now();
        let cookie = 0x900d_0000 | u64::from(self.dom);
        let regs = Ping::to_regs(&PingMsg { cookie }).unwrap();
        let r = self.client.call_regs::<Ping>(regs).unwrap();
        assert_eq!(r.get().cookie, cookie, "the ping's cookie");
        let reg = t.elapsed();
        let t = Instant::now();
        let r = tokio::time::timeout(BOUND * 2, self.client.call_ring::<version::Version>(&Empty))
            .await
            .unwrap_or_else(|_| panic!("dom {}: ring call hung ({what})", self.dom))
            .unwrap();
        assert_eq!(r.get().major, 4);
        let ring = t.elapsed();
        assert!(
            reg < BOUND && ring < BOUND,
            "dom {} ({what}): register call {reg:?}, ring call {ring:?}",
            self.dom
        );
    }
}

/// Attach by hand on `sock` naming `named` with `fds`; the status and descriptors back.
fn attach_raw(
    sock: &Path,
    named: u16,
    mem_len: u64,
    fds: &[i32],
) -> (UnixStream, i32, Vec<OwnedFd>) {
    let s = UnixStream::connect(sock).unwrap();
    // (Made again until the connection has its place: see `send_with_fds_within`.)
    send_with_fds_within(
        &s,
        &Attach {
            domain: named,
            mem_len,
        }
        .encode(),
        fds,
        Duration::from_secs(5),
    )
    .unwrap();
    let mut status = [0u8; 4];
    let got = recv_with_fds(&s, &mut status).unwrap();
    (s, i32::from_le_bytes(status), got)
}

/// One register call over a raw connection.
fn regs_call(s: &mut UnixStream, regs: &Regs) -> Regs {
    s.write_all(&regs_to_bytes(regs)).unwrap();
    let mut b = [0u8; 64];
    s.read_exact(&mut b).unwrap();
    regs_from_bytes(&b)
}

/// A hostile guest process that attached properly (sealed memory), with its memory mapped
/// and its descriptors, driving queues by hand.
struct Raw {
    /// Ring size of its queues; a queue slot is a header page and two rings.
    ring: u32,
    stream: UnixStream,
    kick: EventFd,
    irq: EventFd,
    map: std::sync::Arc<MappedFile>,
    _file: File,
}

fn raw_guest(host: &HostProc, dom: u16) -> Raw {
    raw_guest_sized(host, dom, MEM, 16384)
}

/// A hostile guest with `mem` bytes of memory and queues with rings of `ring` bytes.
fn raw_guest_sized(host: &HostProc, dom: u16, mem: u64, ring: u32) -> Raw {
    let file = memfd("hostile", mem).unwrap();
    let map = std::sync::Arc::new(MappedFile::map(&file, mem as usize).unwrap());
    let (stream, status, fds) = attach_raw(&host.sock(dom), dom, mem, &[file.as_raw_fd()]);
    assert_eq!(status, 0);
    let [kick, irq]: [OwnedFd; 2] = fds.try_into().unwrap();
    Raw {
        ring,
        stream,
        kick: EventFd::from_fd(kick, Duration::from_millis(50)),
        irq: EventFd::from_fd(irq, Duration::from_millis(50)),
        map,
        _file: file,
    }
}

impl Raw {
    fn span(&self) -> usize {
        4096 + 2 * self.ring as usize
    }

    /// The guest's view of queue slot `i` of its memory.
    fn view(&self, i: usize) -> RawMem {
        self.map.view(i * self.span(), self.span()).unwrap()
    }

    /// Set up queue `id` in slot `i`; its rax.
    fn setup(&mut self, id: u16, i: usize) -> (GuestQueue<RawMem>, i64) {
        let q =
            GuestQueue::create(self.view(i), id, QueueKind::Kernel, self.ring, self.ring).unwrap();
        let regs = QueueSetup::to_regs(&QueueSetupReq {
            base_gpa: (i * self.span()) as u64,
            pages: q.pages() as u32,
            queue_id: id,
            kind: hvlink_proto::control::QueueKind::KERNEL,
            features: QueueFeatures(3),
            notify_port: 0,
        })
        .unwrap();
        let out = regs_call(&mut self.stream, &regs);
        (q, out.rax as i64)
    }

    fn teardown(&mut self, id: u16) -> i64 {
        let regs = QueueTeardown::to_regs(&QueueReq { queue_id: id }).unwrap();
        regs_call(&mut self.stream, &regs).rax as i64
    }
}

/// A NOOP message of `len` bytes (padding the host must skip).
fn noop(len: usize) -> Vec<u8> {
    let mut m = vec![0u8; len];
    m[..4].copy_from_slice(&(len as u32).to_le_bytes());
    m[4..6].copy_from_slice(&1u16.to_le_bytes());
    m
}

fn set_blocking(fd: i32) {
    // SAFETY: fcntl on a live descriptor of this process.
    unsafe {
        let fl = libc::fcntl(fd, libc::F_GETFL);
        libc::fcntl(fd, libc::F_SETFL, fl & !libc::O_NONBLOCK);
    }
}

/// Run `role` of this test binary in a child process as user `nobody` (65534).
fn as_nobody(role: &str, env: &[(&str, &Path)]) -> std::process::Output {
    let mut cmd = Command::new(std::env::current_exe().unwrap());
    cmd.args(["--exact", role, "--nocapture", "--test-threads", "1"])
        .env("HVLINK_HOSTILE_ROLE", role)
        .uid(65534)
        .gid(65534);
    for (k, v) in env {
        cmd.env(k, v);
    }
    cmd.output().unwrap()
}

fn is_root() -> bool {
    // SAFETY: geteuid has no preconditions.
    unsafe { libc::geteuid() == 0 }
}

// ---------------------------------------------------------------------------------------
// Impersonation

#[tokio::test]
async fn no_guest_can_claim_the_control_domain_or_another_domain() {
    let mut host = HostProc::start("claim", Rlimits::default());
    let before = good(&host, GOOD_BEFORE).await;

    // The sockets are the host's, owner-only, in a directory nobody else can write.
    use std::os::unix::fs::{MetadataExt, PermissionsExt};
    for d in 0..=3u16 {
        let m = std::fs::metadata(host.sock(d)).unwrap();
        assert_eq!(m.permissions().mode() & 0o777, 0o600, "dom{d}.sock");
    }
    let dm = std::fs::metadata(&host.dir).unwrap();
    assert_eq!(dm.mode() & 0o777, 0o711);

    // On its own socket, a guest that names another domain — the control domain, or a
    // guest not attached yet — is refused: the socket decides.
    let file = memfd("claim", MEM).unwrap();
    for named in [0u16, GOOD_AFTER] {
        let (_s, status, fds) = attach_raw(&host.sock(ATTACKER), named, MEM, &[file.as_raw_fd()]);
        assert_eq!(status, -libc::EPERM, "naming dom {named} on dom 2's socket");
        assert!(fds.is_empty());
    }
    // The host logs the refusal after it has answered: give it a moment.
    let t = Instant::now();
    while !host.log().contains("on the socket of domain 2") && t.elapsed() < BOUND {
        std::thread::sleep(Duration::from_millis(10));
    }
    assert!(
        host.log().contains("on the socket of domain 2"),
        "{}",
        host.log()
    );

    if is_root() {
        // Another user cannot even reach the control domain's or another guest's socket…
        let o = as_nobody("role_connect", &[("HVLINK_SOCK", &host.sock(0))]);
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
        assert!(String::from_utf8_lossy(&o.stdout).contains("connect: denied"));
        // …and if a toolstack hands it the control socket by mistake, the host still
        // refuses a peer that is not its own user or root (SO_PEERCRED).
        std::os::unix::fs::chown(host.sock(0), Some(65534), Some(65534)).unwrap();
        let o = as_nobody("role_attach_dom0", &[("HVLINK_SOCK", &host.sock(0))]);
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
        let out = String::from_utf8_lossy(&o.stdout);
        assert!(out.contains(&format!("status {}", -libc::EPERM)), "{out}");
    }

    host.assert_alive();
    before.check("after claims").await;
    good(&host, GOOD_AFTER).await.check("after claims").await;
    // The real domain 2 attaches normally: nobody squatted it.
    good(&host, ATTACKER).await.check("dom 2 itself").await;
}

/// Child role: try to connect to `HVLINK_SOCK`.
#[test]
fn role_connect() {
    let Some(sock) = std::env::var_os("HVLINK_SOCK") else {
        return;
    };
    if std::env::var("HVLINK_HOSTILE_ROLE").as_deref() != Ok("role_connect") {
        return;
    }
    match UnixStream::connect(sock) {
        Err(e) if e.kind() == std::io::ErrorKind::PermissionDenied => println!("connect: denied"),
        other => println!("connect: {other:?}"),
    }
}

/// Child role: attach as domain 0 on `HVLINK_SOCK`.
#[test]
fn role_attach_dom0() {
    let Some(sock) = std::env::var_os("HVLINK_SOCK") else {
        return;
    };
    if std::env::var("HVLINK_HOSTILE_ROLE").as_deref() != Ok("role_attach_dom0") {
        return;
    }
    let file = memfd("claim", MEM).unwrap();
    let s = UnixStream::connect(&sock).unwrap();
    // The host may refuse (and close) before it reads the attach: a failed send is fine.
    let attach = Attach {
        domain: 0,
        mem_len: MEM,
    };
    let _ = send_with_fds_within(
        &s,
        &attach.encode(),
        &[file.as_raw_fd()],
        Duration::from_secs(5),
    );
    let mut status = [0u8; 4];
    let _ = recv_with_fds(&s, &mut status);
    println!("status {}", i32::from_le_bytes(status));
}

// ---------------------------------------------------------------------------------------
// Memory that cannot be pulled away

#[tokio::test]
async fn memory_must_be_a_sealed_memfd() {
    let mut host = HostProc::start("memory", Rlimits::default());
    let before = good(&host, GOOD_BEFORE).await;
    let sock = host.sock(ATTACKER);

    // An unsealed memfd: the guest could truncate it under the host's mapping.
    // SAFETY: a plain memfd_create; the result is checked.
    let fd = unsafe { libc::memfd_create(c"unsealed".as_ptr(), libc::MFD_CLOEXEC) };
    assert!(fd >= 0);
    // SAFETY: a fresh descriptor.
    let unsealed = unsafe { <File as std::os::fd::FromRawFd>::from_raw_fd(fd) };
    unsealed.set_len(MEM).unwrap();
    let (_s, status, _) = attach_raw(&sock, ATTACKER, MEM, &[unsealed.as_raw_fd()]);
    assert_eq!(status, -libc::EPERM, "unsealed memfd");

    // A file on disk (could be on a FUSE mount the guest serves), and a pipe.
    let path = host.dir.parent().unwrap().join("memory.bin");
    let f = File::options()
        .create(true)
        .truncate(true)
        .read(true)
        .write(true)
        .open(&path)
        .unwrap();
    f.set_len(MEM).unwrap();
    let (_s, status, _) = attach_raw(&sock, ATTACKER, MEM, &[f.as_raw_fd()]);
    assert_eq!(status, -libc::EPERM, "regular file");
    let mut p = [0i32; 2];
    // SAFETY: `p` is a live array of two ints.
    assert_eq!(unsafe { libc::pipe(p.as_mut_ptr()) }, 0);
    let (_s, status, _) = attach_raw(&sock, ATTACKER, MEM, &[p[0]]);
    assert_eq!(status, -libc::EPERM, "pipe");
    // SAFETY: closing the pipe's two ends, owned here.
    unsafe {
        libc::close(p[0]);
        libc::close(p[1]);
    }
    // A sealed memfd on hugetlbfs: the mapping reserves no huge page, so with none left
    // (this machine has no pool) the host's first touch of the queue header would be a
    // SIGBUS that kills every domain (a review found it).
    // SAFETY: memfd_create with a literal name; the result is checked.
    let fd = unsafe {
        libc::memfd_create(
            c"huge".as_ptr(),
            libc::MFD_CLOEXEC | libc::MFD_ALLOW_SEALING | libc::MFD_HUGETLB,
        )
    };
    assert!(
        fd >= 0,
        "hugetlbfs memfds: {}",
        std::io::Error::last_os_error()
    );
    // SAFETY: a fresh descriptor.
    let huge = unsafe { <File as std::os::fd::FromRawFd>::from_raw_fd(fd) };
    huge.set_len(MEM).unwrap();
    let seals = libc::F_SEAL_SHRINK | libc::F_SEAL_GROW | libc::F_SEAL_SEAL;
    // SAFETY: fcntl on a live descriptor; the result is checked.
    assert_eq!(
        unsafe { libc::fcntl(huge.as_raw_fd(), libc::F_ADD_SEALS, seals) },
        0
    );
    let (_s, status, _) = attach_raw(&sock, ATTACKER, MEM, &[huge.as_raw_fd()]);
    assert_eq!(status, -libc::EPERM, "sealed hugetlbfs memfd");
    host.assert_alive();

    // Two descriptors (the old protocol's interrupt fd) or none.
    let sealed = memfd("sealed", MEM).unwrap();
    let (_s, status, _) = attach_raw(&sock, ATTACKER, MEM, &[sealed.as_raw_fd(), p[1]]);
    assert_eq!(status, -libc::EINVAL);
    let (_s, status, _) = attach_raw(&sock, ATTACKER, MEM, &[]);
    assert_eq!(status, -libc::EINVAL);

    // Attached with sealed memory, the guest tries to pull it away: it cannot.
    let mut g = raw_guest(&host, ATTACKER);
    let (mut q, rax) = g.setup(1, 0);
    assert_eq!(rax, 0);
    assert!(
        g._file.set_len(4096).is_err(),
        "a sealed memfd cannot shrink"
    );
    assert!(g._file.set_len(MEM * 2).is_err(), "nor grow");
    // The host keeps using the mapping (a ring request and a register call).
    let req = request_version(1);
    assert!(q.send(&req).unwrap());
    q.submit(&g.kick);
    let mut buf = vec![0u8; 65536];
    let t = Instant::now();
    loop {
        if q.recv(&mut buf).unwrap().is_some() {
            break;
        }
        assert!(t.elapsed() < BOUND, "no reply on the attacker's own queue");
        std::thread::sleep(Duration::from_millis(1));
    }
    drop(q);
    host.assert_alive();
    before.check("after memory attacks").await;
    good(&host, GOOD_AFTER)
        .await
        .check("after memory attacks")
        .await;
}

fn request_version(seq: u32) -> Vec<u8> {
    use hvlink_codec::{Builder, SliceSink};
    use hvlink_proto::rt::Op;
    let mut buf = vec![0u8; 256];
    let mut b = Builder::new(SliceSink::new(&mut buf));
    let n = version::Version::write_request(&mut b, seq, 0, &Empty).unwrap();
    buf.truncate(n);
    buf
}

// ---------------------------------------------------------------------------------------
// Descriptors the guest controls

#[tokio::test]
async fn blocking_or_flooding_its_own_descriptors_harms_only_the_guest() {
    let mut host = HostProc::start("fds", Rlimits::default());
    let before = good(&host, GOOD_BEFORE).await;
    let mut g = raw_guest(&host, ATTACKER);
    // Clear O_NONBLOCK on its ends (shared with nobody: the host's ends are its own).
    set_blocking(g.kick.fd());
    set_blocking(g.irq.fd());
    // Never read the interrupt line; ring the doorbell until its buffer is full.
    for _ in 0..100_000 {
        let one = 1u64;
        // SAFETY: sends 8 bytes from a live u64 without blocking.
        let r = unsafe {
            libc::send(
                g.kick.fd(),
                (&one as *const u64).cast(),
                8,
                libc::MSG_DONTWAIT,
            )
        };
        if r < 0 {
            break;
        }
    }
    // Ask for interrupts on many replies the guest never reads the line for.
    let (mut q, rax) = g.setup(1, 0);
    assert_eq!(rax, 0);
    let mut seq = 0;
    let t = Instant::now();
    let mut buf = vec![0u8; 65536];
    while t.elapsed() < Duration::from_millis(500) {
        while q.send(&request_version(seq)).unwrap() {
            seq += 1;
        }
        q.submit(&g.kick);
        while q.recv(&mut buf).unwrap().is_some() {}
        q.release();
        // Announce that the guest parks, so the host rings the (never read) line.
        let _ = q.replies().prepare_park();
    }
    assert!(seq > 100, "the attacker got {seq} requests through");
    before
        .check("while the attacker's descriptors are blocked")
        .await;
    drop(q);
    host.assert_alive();
    good(&host, GOOD_AFTER)
        .await
        .check("after descriptor attacks")
        .await;
}

// ---------------------------------------------------------------------------------------
// Starvation

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_noop_flood_on_every_queue_does_not_starve_another_domain() {
    let mut host = HostProc::start("noop", Rlimits::default());
    let before = good(&host, GOOD_BEFORE).await;
    // 64 queues with 1 MiB rings, refilled with the smallest NOOPs as fast as the host
    // consumes them: without a byte budget per turn, one turn of the host skips 64 MiB of
    // padding (4 M messages) under its lock.
    let g = raw_guest_sized(&host, ATTACKER, 160 << 20, 1 << 20);
    let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let stop2 = stop.clone();
    let flooder = std::thread::spawn(move || {
        let mut g = g;
        let mut qs = Vec::new();
        for id in 1..=64u16 {
            let (q, rax) = g.setup(id, (id - 1) as usize);
            if rax != 0 {
                break;
            }
            qs.push(q);
        }
        assert!(qs.len() >= 32, "the attacker set up {} queues", qs.len());
        let pad = noop(16);
        let mut sent = 0u64;
        while !stop2.load(std::sync::atomic::Ordering::Relaxed) {
            for q in qs.iter_mut() {
                while q.send(&pad).unwrap_or(false) {
                    sent += 1;
                }
                q.submit(&g.kick);
            }
        }
        drop(qs);
        (g, sent)
    });
    std::thread::sleep(Duration::from_millis(300));
    let mut worst = Duration::ZERO;
    for _ in 0..50 {
        let t = Instant::now();
        before.check("during a NOOP flood").await;
        worst = worst.max(t.elapsed());
    }
    let after = good(&host, GOOD_AFTER).await;
    after.check("during a NOOP flood").await;
    stop.store(true, std::sync::atomic::Ordering::Relaxed);
    let (_g, sent) = flooder.join().unwrap();
    assert!(sent > 1000, "the flood sent {sent} NOOPs");
    eprintln!("NOOP flood: {sent} NOOPs of 16 bytes; the other domain's worst call pair {worst:?}");
    host.assert_alive();
}

/// Event channel sends are served without the host lock, on the connection threads of the
/// callers, under the two domains' port locks: an attacker that binds a channel to a
/// well-behaved domain and sends on it (and on ports it does not have) as fast as its
/// connection allows holds the victim's port lock for nanoseconds at a time and wakes the
/// host only when a port newly becomes pending. The victim's calls (under the host lock and
/// on its ring, and its own sends without it) stay within the bound, and its end of the
/// channel is intact.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_send_flood_on_a_channel_to_another_domain_does_not_stall_it() {
    use hvlink_proto::event_channel::{
        AllocUnbound, AllocUnboundReq, BindInterdomain, BindInterdomainReq, EvtchnStatus, PortReq,
        SendOp, Status, StatusReq,
    };
    use hvlink_proto::rt::DOMID_SELF;
    let mut host = HostProc::start("sends", Rlimits::default());
    let before = good(&host, GOOD_BEFORE).await;
    let req = AllocUnboundReq {
        dom: DOMID_SELF,
        remote_dom: ATTACKER,
    };
    let port = before
        .client
        .call_ring::<AllocUnbound>(&req)
        .await
        .unwrap()
        .get()
        .port;
    // (A domain attaches once: its one connection carries its register calls.)
    let mut g = raw_guest(&host, ATTACKER);
    let bind = BindInterdomain::to_regs(&BindInterdomainReq {
        remote_dom: GOOD_BEFORE,
        remote_port: port,
    })
    .unwrap();
    let out = regs_call(&mut g.stream, &bind);
    assert_eq!(out.rax, 0, "bind");
    let theirs = BindInterdomain::reply_from_regs(&out).unwrap().local_port;
    let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let flooder = {
        let stop = stop.clone();
        std::thread::spawn(move || {
            let mut sent = 0u64;
            let mut i = 0u32;
            while !stop.load(std::sync::atomic::Ordering::Relaxed) {
                // Mostly the bound port; now and then one it does not have.
                let p = if i % 8 == 7 { 4000 + i % 64 } else { theirs };
                i = i.wrapping_add(1);
                let regs = SendOp::to_regs(&PortReq { port: p }).unwrap();
                if regs_call(&mut g.stream, &regs).rax == 0 {
                    sent += 1;
                }
            }
            (g, sent)
        })
    };
    std::thread::sleep(Duration::from_millis(200));
    let mut worst = Duration::ZERO;
    for _ in 0..50 {
        let t = Instant::now();
        before.check("during a send flood on its channel").await;
        // Its own send on the channel, by register (without the host lock too).
        let regs = SendOp::to_regs(&PortReq { port }).unwrap();
        before.client.call_regs::<SendOp>(regs).unwrap();
        worst = worst.max(t.elapsed());
    }
    let after = good(&host, GOOD_AFTER).await;
    after.check("during a send flood").await;
    stop.store(true, std::sync::atomic::Ordering::Relaxed);
    let (_g, sent) = flooder.join().unwrap();
    assert!(sent > 1000, "the flood sent {sent} notifications");
    let st = before
        .client
        .call_ring::<Status>(&StatusReq {
            dom: DOMID_SELF,
            port,
        })
        .await
        .unwrap();
    let st = st.get();
    assert_eq!(
        (st.status, st.remote_dom, st.remote_port),
        (EvtchnStatus::INTERDOMAIN, Some(ATTACKER), Some(theirs))
    );
    eprintln!("send flood: {sent} sends; the other domain's worst round {worst:?}");
    host.assert_alive();
}

/// A guest storms the vCPU timer ops (served without the host lock): one-shot timers already
/// expired (each fires at once on the virtual IRQ it bound), the shortest periodic timers on
/// both vCPUs, stopped and set again, as fast as its socket allows. Other domains' register
/// and ring calls stay within the bound, and another domain's 50 ms poll timeout fires on
/// time (neither early nor starved by the storm's wake-ups).
#[tokio::test]
async fn a_timer_storm_does_not_stall_other_domains() {
    use hvlink_proto::event_channel::{BindVirq, BindVirqReq, Virq};
    use hvlink_proto::vcpu::{
        PeriodicTimerReq, SetPeriodicTimer, SetSingleshotTimer, SingleshotFlags,
        SingleshotTimerReq, StopPeriodicTimer, VcpuReq,
    };
    let mut host = HostProc::start("timers", Rlimits::default());
    let before = good(&host, GOOD_BEFORE).await;
    let mut g = raw_guest(&host, ATTACKER);
    let bind = BindVirq::to_regs(&BindVirqReq {
        virq: Virq::TIMER,
        vcpu: 0,
    })
    .unwrap();
    assert_eq!(regs_call(&mut g.stream, &bind).rax, 0, "bind_virq");
    let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let storm = {
        let stop = stop.clone();
        std::thread::spawn(move || {
            let mut calls = 0u64;
            let mut i = 0u32;
            while !stop.load(std::sync::atomic::Ordering::Relaxed) {
                let vcpu = i % 2;
                i = i.wrapping_add(1);
                let regs = match i % 4 {
                    0 => SetPeriodicTimer::to_regs(&PeriodicTimerReq {
                        vcpu,
                        period_ns: 1_000_000,
                    }),
                    1 => StopPeriodicTimer::to_regs(&VcpuReq { vcpu }),
                    _ => SetSingleshotTimer::to_regs(&SingleshotTimerReq {
                        vcpu,
                        timeout_abs_ns: 1,
                        flags: SingleshotFlags(0),
                    }),
                }
                .unwrap();
                if regs_call(&mut g.stream, &regs).rax == 0 {
                    calls += 1;
                }
            }
            (g, calls)
        })
    };
    std::thread::sleep(Duration::from_millis(200));
    for _ in 0..20 {
        before.check("during a timer storm").await;
    }
    for c in [&before, &good(&host, GOOD_AFTER).await] {
        c.poll_times_out_on_time("during a timer storm").await;
    }
    stop.store(true, std::sync::atomic::Ordering::Relaxed);
    let (_g, calls) = storm.join().unwrap();
    assert!(calls > 1000, "the storm made {calls} calls");
    eprintln!("timer storm: {calls} calls");
    host.assert_alive();
}

/// A guest storms its own grant table (served without the host lock, under the table's and
/// maptrack's own locks): grown to the most frames the host allows, so that every flip of
/// its format between versions 1 and 2 rebuilds tens of thousands of entries, flipped, with
/// swaps and maps of refs nobody granted it in between, as fast as its socket allows. Other
/// domains' register and ring calls stay within the bound, another domain's grant table
/// answers, and the poll timeouts fire on time.
#[tokio::test]
async fn a_grant_table_storm_does_not_stall_other_domains() {
    use hvlink_proto::grant_table::{
        FramesReq, GntmapFlags, MapGrantRef, MapReq, MapReqForm, SetVersion, SetVersionReq,
        SetupTable, SwapGrantRef, SwapReq,
    };
    use hvlink_proto::rt::DOMID_SELF;
    let mut host = HostProc::start("grants", Rlimits::default());
    let before = good(&host, GOOD_BEFORE).await;
    let attacker = good(&host, ATTACKER).await;
    let size = QuerySize::to_regs(&DomReq { dom: DOMID_SELF }).unwrap();
    let max = attacker
        .client
        .call_regs::<QuerySize>(size)
        .unwrap()
        .get()
        .max_nr_frames
        .unwrap();
    let grown = attacker
        .client
        .call_ring::<SetupTable>(&FramesReq {
            dom: DOMID_SELF,
            nr_frames: max,
        })
        .await
        .unwrap();
    assert_eq!(grown.get().status, Gntst::OKAY);
    assert!(max >= 32, "a table of {max} frames");
    let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let storm = {
        let stop = stop.clone();
        std::thread::spawn(move || {
            let (mut calls, mut flips) = (0u64, 0u64);
            let mut i = 0u32;
            while !stop.load(std::sync::atomic::Ordering::Relaxed) {
                i = i.wrapping_add(1);
                let c = &attacker.client;
                let ok = match i % 4 {
                    0 | 2 => {
                        let version = if i % 4 == 0 { 2 } else { 1 };
                        let regs = SetVersion::to_regs(&SetVersionReq { version }).unwrap();
                        let ok = c.call_regs::<SetVersion>(regs).is_ok();
                        flips += u64::from(ok);
                        ok
                    }
                    1 => {
                        let regs = SwapGrantRef::to_regs(&SwapReq {
                            ref_a: i % 1000,
                            ref_b: 8,
                        })
                        .unwrap();
                        c.call_regs::<SwapGrantRef>(regs).is_ok()
                    }
                    _ => {
                        let regs = MapGrantRef::to_regs(&MapReq {
                            form: MapReqForm::Single {
                                dom: GOOD_BEFORE,
                                r#ref: i % 512,
                                flags: GntmapFlags::HOST_MAP,
                                host_addr: 0x10_0000,
                            },
                        })
                        .unwrap();
                        c.call_regs::<MapGrantRef>(regs).is_ok()
                    }
                };
                calls += u64::from(ok);
            }
            (attacker, calls, flips)
        })
    };
    std::thread::sleep(Duration::from_millis(200));
    for _ in 0..20 {
        before.check("during a grant table storm").await;
        // The victim's own table (whose entries the storm tries to map) answers too.
        let r = before
            .client
            .call_regs::<QuerySize>(QuerySize::to_regs(&DomReq { dom: DOMID_SELF }).unwrap())
            .unwrap();
        assert_eq!(r.get().status, Gntst::OKAY);
    }
    for c in [&before, &good(&host, GOOD_AFTER).await] {
        c.poll_times_out_on_time("during a grant table storm").await;
    }
    stop.store(true, std::sync::atomic::Ordering::Relaxed);
    let (_attacker, calls, flips) = storm.join().unwrap();
    assert!(flips > 100, "the storm flipped versions {flips} times");
    eprintln!("grant table storm: {calls} calls, {flips} version flips");
    host.assert_alive();
}

/// A guest storms the event channel ops that change bindings (served without the host
/// lock, under the two domains' port locks): it offers channels to a well-behaved domain
/// and closes them, tries to bind ports of that domain it was never offered, and binds and
/// closes loopback channels, as fast as its socket allows. The victim's calls stay within
/// the bound, a channel the victim offers meanwhile still binds, notifies and closes, and
/// the poll timeouts fire on time.
#[tokio::test]
async fn a_bind_and_close_storm_does_not_stall_other_domains() {
    use hvlink_proto::event_channel::{
        AllocUnbound, AllocUnboundReq, BindInterdomain, BindInterdomainReq, Close, PortReq, SendOp,
    };
    use hvlink_proto::rt::DOMID_SELF;
    let mut host = HostProc::start("binds", Rlimits::default());
    let before = good(&host, GOOD_BEFORE).await;
    let attacker = good(&host, ATTACKER).await;
    let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let storm = {
        let stop = stop.clone();
        std::thread::spawn(move || {
            let c = &attacker.client;
            let offer = |remote_dom| {
                let regs = AllocUnbound::to_regs(&AllocUnboundReq {
                    dom: DOMID_SELF,
                    remote_dom,
                })
                .unwrap();
                c.call_regs::<AllocUnbound>(regs).map(|r| r.get().port)
            };
            let close = |port| {
                let regs = Close::to_regs(&PortReq { port }).unwrap();
                c.call_regs::<Close>(regs).is_ok()
            };
            let (mut calls, mut i) = (0u64, 0u32);
            while !stop.load(std::sync::atomic::Ordering::Relaxed) {
                i = i.wrapping_add(1);
                // A channel offered to the victim, closed again.
                if let Ok(p) = offer(GOOD_BEFORE) {
                    calls += 2;
                    assert!(close(p), "close of its own offer");
                }
                // A bind of a victim port it was never offered: refused.
                let regs = BindInterdomain::to_regs(&BindInterdomainReq {
                    remote_dom: GOOD_BEFORE,
                    remote_port: 1 + i % 64,
                })
                .unwrap();
                assert!(c.call_regs::<BindInterdomain>(regs).is_err());
                // A loopback channel, bound and closed from both ends.
                if let Ok(p) = offer(DOMID_SELF) {
                    let regs = BindInterdomain::to_regs(&BindInterdomainReq {
                        remote_dom: DOMID_SELF,
                        remote_port: p,
                    })
                    .unwrap();
                    if let Ok(r) = c.call_regs::<BindInterdomain>(regs) {
                        close(r.get().local_port);
                    }
                    close(p);
                    calls += 4;
                }
                calls += 1;
            }
            (attacker, calls)
        })
    };
    std::thread::sleep(Duration::from_millis(200));
    let after = good(&host, GOOD_AFTER).await;
    for _ in 0..10 {
        before.check("during a bind and close storm").await;
        // The victim's own channel to a third domain works meanwhile.
        let regs = AllocUnbound::to_regs(&AllocUnboundReq {
            dom: DOMID_SELF,
            remote_dom: GOOD_AFTER,
        })
        .unwrap();
        let p = before
            .client
            .call_regs::<AllocUnbound>(regs)
            .unwrap()
            .get()
            .port;
        let regs = BindInterdomain::to_regs(&BindInterdomainReq {
            remote_dom: GOOD_BEFORE,
            remote_port: p,
        })
        .unwrap();
        let q = after
            .client
            .call_regs::<BindInterdomain>(regs)
            .unwrap()
            .get()
            .local_port;
        let send = SendOp::to_regs(&PortReq { port: q }).unwrap();
        after.client.call_regs::<SendOp>(send).unwrap();
        let close = Close::to_regs(&PortReq { port: p }).unwrap();
        before.client.call_regs::<Close>(close).unwrap();
        let close = Close::to_regs(&PortReq { port: q }).unwrap();
        after.client.call_regs::<Close>(close).unwrap();
    }
    for c in [&before, &after] {
        c.poll_times_out_on_time("during a bind and close storm")
            .await;
    }
    stop.store(true, std::sync::atomic::Ordering::Relaxed);
    let (_attacker, calls) = storm.join().unwrap();
    assert!(calls > 1000, "the storm made {calls} calls");
    eprintln!("bind and close storm: {calls} calls");
    host.assert_alive();
}

#[tokio::test]
async fn far_future_waits_do_not_stop_other_domains_timeouts() {
    let mut host = HostProc::start("poll", Rlimits::default());
    let before = good(&host, GOOD_BEFORE).await;
    // The attacker parks as many polls as the host takes (more than its share of wake-up
    // times and of continuations), each with a different far-future timeout, on 4 queues.
    let remote = unix::connect(&host.dir, ATTACKER, MEM).unwrap();
    let mut clients = Vec::new();
    for q in 1..=4 {
        clients.push(remote.client(config(q)).await.unwrap());
    }
    let now_ns = system_time(&clients[0]).await;
    let port = own_port(&clients[0]).await;
    let mut parked = Vec::new();
    for i in 0..200u64 {
        let ports = [port];
        let req = PollReq {
            port: hvlink_proto::rt::List::new(&ports),
            timeout: now_ns + 3_600_000_000_000 + i,
        };
        let c = &clients[(i % 4) as usize];
        match tokio::time::timeout(
            Duration::from_millis(50),
            c.start::<Poll>(&req, hvlink_codec::Flags(0), None),
        )
        .await
        {
            Ok(Ok(p)) => parked.push(p),
            _ => break,
        }
    }
    for c in &clients {
        c.flush();
    }
    tokio::time::sleep(Duration::from_millis(200)).await;
    assert!(parked.len() >= 128, "started {}", parked.len());
    // Another domain's poll with a 50 ms timeout completes when it should.
    for c in [&before, &good(&host, GOOD_AFTER).await] {
        c.poll_times_out_on_time("with far-future polls parked")
            .await;
    }
    drop(parked);
    drop(clients);
    host.assert_alive();
}

/// An unbound event channel port of the caller's own (nothing will signal it).
async fn own_port(c: &Client) -> u32 {
    use hvlink_proto::event_channel::{AllocUnbound, AllocUnboundReq};
    let req = AllocUnboundReq {
        dom: hvlink_proto::rt::DOMID_SELF,
        remote_dom: 0,
    };
    c.call_ring::<AllocUnbound>(&req).await.unwrap().get().port
}

async fn system_time(c: &Client) -> u64 {
    let r = c
        .call_ring::<hvlink_proto::hvm::GetTime>(&Empty)
        .await
        .unwrap();
    r.get().now
}

// ---------------------------------------------------------------------------------------
// Unbounded growth

#[tokio::test]
async fn queue_churn_and_faulted_queues_keep_memory_and_logs_bounded() {
    let mut host = HostProc::start("churn", Rlimits::default());
    let before = good(&host, GOOD_BEFORE).await;
    let mut g = raw_guest(&host, ATTACKER);
    // Warm up, then measure: set-up/teardown churn…
    for _ in 0..200 {
        let (q, rax) = g.setup(1, 0);
        assert_eq!(rax, 0);
        drop(q);
        assert_eq!(g.teardown(1), 0);
    }
    let rss0 = host.rss_kib();
    let log0 = host.log_bytes();
    let t = Instant::now();
    let mut cycles = 0;
    while t.elapsed() < Duration::from_secs(2) {
        let (q, rax) = g.setup(1, 0);
        assert_eq!(rax, 0);
        drop(q);
        assert_eq!(g.teardown(1), 0);
        cycles += 1;
    }
    // …and queues faulted on purpose (a producer index beyond the ring), again and again.
    let mut faults = 0;
    let t = Instant::now();
    while t.elapsed() < Duration::from_secs(2) {
        let (mut q, rax) = g.setup(2, 1);
        assert_eq!(rax, 0);
        let hdr = g.view(1);
        // The request ring's producer index lives in the header page; scribble every word
        // of the header's index lines so that the host sees an impossible index.
        use hvlink_codec::ring::SharedMem;
        for off in (64..4096).step_by(64) {
            hdr.store_u32(off, 0xdead_beef, std::sync::atomic::Ordering::Release);
        }
        q.submit(&g.kick);
        g.kick.ring();
        std::thread::sleep(Duration::from_millis(2));
        drop(q);
        assert_eq!(g.teardown(2), 0);
        faults += 1;
    }
    let rss1 = host.rss_kib();
    let log1 = host.log_bytes();
    eprintln!(
        "churn: {cycles} set-up/teardown cycles, {faults} faulted queues: host RSS {rss0} -> {rss1} KiB, log {log0} -> {log1} bytes"
    );
    assert!(
        cycles > 100 && faults > 20,
        "{cycles} cycles, {faults} faults"
    );
    assert!(
        rss1 < rss0 + 4096,
        "host RSS grew from {rss0} to {rss1} KiB"
    );
    // Rate-limited: at most a few lines a second per call site, whatever the guest does.
    assert!(
        log1 - log0 < 64 * 1024,
        "the host logged {} bytes",
        log1 - log0
    );
    host.assert_alive();
    before.check("after churn").await;
    good(&host, GOOD_AFTER).await.check("after churn").await;
}

// ---------------------------------------------------------------------------------------
// Connections

#[tokio::test]
async fn idle_connections_up_to_the_descriptor_limit_do_not_lock_others_out() {
    // The host may have 64 descriptors: idle connections run it out of them.
    let mut host = HostProc::start(
        "idle",
        Rlimits {
            nofile: Some(64),
            ..Rlimits::default()
        },
    );
    let before = good(&host, GOOD_BEFORE).await;
    let cpu0 = cpu_ticks(host.child.id());
    let mut idle = Vec::new();
    for _ in 0..200 {
        match UnixStream::connect(host.sock(ATTACKER)) {
            Ok(s) => idle.push(s),
            Err(_) => break,
        }
    }
    assert!(idle.len() >= 64, "{} idle connections", idle.len());
    std::thread::sleep(Duration::from_millis(500));
    // While they idle, the host does not spin on a connection it cannot accept.
    let cpu1 = cpu_ticks(host.child.id());
    assert!(
        cpu1 - cpu0 < 40,
        "the host burned {} ticks in 0.5 s",
        cpu1 - cpu0
    );
    before.check("with idle connections").await;
    // A new guest gets in within the attach deadline of the idle ones (2 s) and a margin.
    good_within(&host, GOOD_AFTER, Duration::from_secs(8))
        .await
        .check("after idle connections")
        .await;
    drop(idle);
    host.assert_alive();
    assert!(
        host.log().matches("accept failed").count() < 100,
        "{}",
        host.log()
    );
}

/// Sixteen hostile domains each take all the connections they can (a domain may have four):
/// with the well-behaved domain's one, the host's limit for all, 64, is reached (they
/// connect and never attach, and would connect again as each is let go). Another domain still attaches at once and works, and the one attached before
/// keeps working: a domain's first connection is always taken, only further ones share the
/// pool. A fifth connection of each attacker is refused (`EAGAIN`). Before, every other
/// domain's attach was refused for as long as the attackers kept it up.
#[tokio::test]
async fn domains_holding_every_connection_do_not_lock_another_out() {
    let mut host = HostProc::start_with("crowd", Rlimits::default(), 19);
    let before = good(&host, GOOD_BEFORE).await;
    let mut held = Vec::new();
    for dom in 4..=19u16 {
        for _ in 0..4 {
            held.push(UnixStream::connect(host.sock(dom)).unwrap());
        }
        // A fifth: refused with EAGAIN (the host's answer, then closed). The host takes a
        // socket's connections in order, so that the four before it are the host's now.
        let mut fifth = UnixStream::connect(host.sock(dom)).unwrap();
        fifth
            .set_read_timeout(Some(Duration::from_secs(5)))
            .unwrap();
        let mut status = [0u8; 4];
        fifth.read_exact(&mut status).unwrap();
        assert_eq!(i32::from_le_bytes(status), -libc::EAGAIN, "dom {dom}");
    }
    let t = Instant::now();
    let after = good(&host, GOOD_AFTER).await;
    after.check("while 16 domains hold 64 connections").await;
    before.check("while 16 domains hold 64 connections").await;
    assert!(t.elapsed() < BOUND, "{:?}", t.elapsed());
    drop(held);
    host.assert_alive();
}

/// User + system CPU ticks of a process.
fn cpu_ticks(pid: u32) -> u64 {
    let s = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap();
    let rest = &s[s.rfind(')').unwrap() + 2..];
    let f: Vec<&str> = rest.split_whitespace().collect();
    f[11].parse::<u64>().unwrap() + f[12].parse::<u64>().unwrap()
}

#[tokio::test]
async fn connections_beyond_the_thread_limit_are_refused_and_the_host_lives_on() {
    if !is_root() {
        eprintln!("skipped: the thread limit binds only a host run as another user (needs root)");
        return;
    }
    // The host (as `nobody`) may have 10 threads and processes: idle connections, one
    // thread each, spread over the domains' sockets (each takes 4), run it out of them, so
    // that spawning fails.
    let mut host = HostProc::start(
        "threads",
        Rlimits {
            nproc: Some(10),
            ..Rlimits::default()
        },
    );
    let before = good(&host, GOOD_BEFORE).await;
    let mut idle = Vec::new();
    let mut refused = 0;
    for i in 0..16 {
        let Ok(s) = UnixStream::connect(host.sock(i % 4)) else {
            break;
        };
        s.set_read_timeout(Some(Duration::from_millis(100)))
            .unwrap();
        let mut b = [0u8; 4];
        // A refused connection gets its status at once; an accepted one waits for its
        // attach (and times out here).
        match (&s).read(&mut b) {
            Ok(4) if i32::from_le_bytes(b) == -libc::EAGAIN => refused += 1,
            _ => idle.push(s),
        }
    }
    assert!(
        refused > 0,
        "no connection was refused ({} idle)",
        idle.len()
    );
    let log = host.log();
    assert!(log.contains("cannot start a connection thread"), "{log}");
    host.assert_alive();
    before.check("at the thread limit").await;
    drop(idle);
    // The idle ones time out (2 s): a new guest gets in.
    good_within(&host, GOOD_AFTER, Duration::from_secs(8))
        .await
        .check("after the thread limit")
        .await;
    host.assert_alive();
}

// ---------------------------------------------------------------------------------------
// A host that stops answering

/// A call that times out while the host process is stopped returns its timeout: dropping
/// it sends the cancel on the ring, not by a register call on the socket, which a stopped
/// host never answers (that call hung the dropping thread, and with it every call of the
/// client: a review found it).
#[test]
fn a_timed_out_call_returns_while_the_host_is_stopped() {
    let host = HostProc::start("stopped", Rlimits::default());
    let pid = host.child.id() as libc::pid_t;
    let dir = host.dir.clone();
    let (tx, rx) = std::sync::mpsc::channel();
    let (tx_go, rx_go) = std::sync::mpsc::channel::<()>();
    let (tx_after, rx_after) = std::sync::mpsc::channel();
    let guest = std::thread::spawn(move || {
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap();
        rt.block_on(async {
            let remote = unix::connect(&dir, GOOD_BEFORE, MEM).unwrap();
            let cfg = client::Config {
                timeout: Some(Duration::from_millis(200)),
                ..config(1)
            };
            let client = remote.client(cfg).await.unwrap();
            // SAFETY: a signal to the host process this test started.
            assert_eq!(unsafe { libc::kill(pid, libc::SIGSTOP) }, 0);
            // Stopped for sure, every thread of it (a signal reaches them soon, not at once:
            // a serving thread still running would answer the call).
            let stopped = || {
                let state = |st: String| {
                    st.rsplit(')')
                        .next()
                        .is_some_and(|r| r.trim_start().starts_with('T'))
                };
                std::fs::read_dir(format!("/proc/{pid}/task")).is_ok_and(|ts| {
                    ts.flatten()
                        .all(|t| std::fs::read_to_string(t.path().join("stat")).is_ok_and(state))
                })
            };
            let t0 = Instant::now();
            while !stopped() {
                assert!(
                    t0.elapsed() < Duration::from_secs(2),
                    "the host did not stop"
                );
                std::thread::sleep(Duration::from_millis(1));
            }
            let ring = client.call_ring::<version::Version>(&Empty).await.err();
            // A register call goes over the socket: its answer is awaited no longer than
            // the call's timeout either.
            let regs = version::Version::to_regs(&Empty).unwrap();
            let by_regs = client.call_regs::<version::Version>(regs).err();
            tx.send((ring, by_regs)).unwrap();
            // Go on once the host does: the late answer to the call that gave up must not
            // be taken for another's.
            let resumed = tokio::task::spawn_blocking(move || rx_go.recv()).await;
            assert!(matches!(resumed, Ok(Ok(()))));
            let size = || {
                client
                    .call_regs::<QuerySize>(
                        QuerySize::to_regs(&DomReq {
                            dom: hvlink_proto::rt::DOMID_SELF,
                        })
                        .unwrap(),
                    )
                    .map(|r| {
                        let r = r.get();
                        (r.status, r.nr_frames, r.max_nr_frames)
                    })
            };
            let first = size();
            let again = size();
            let v = client.call::<version::Version>(&Empty).await.map(|r| {
                let r = r.get();
                (r.major, r.minor)
            });
            tx_after.send((first, again, v)).unwrap();
        });
    });
    let got = rx.recv_timeout(Duration::from_secs(10));
    // SAFETY: as above.
    unsafe { libc::kill(pid, libc::SIGCONT) };
    let _ = tx_go.send(());
    let after = rx_after.recv_timeout(Duration::from_secs(10));
    let _ = guest.join();
    assert_eq!(
        got.map_err(|e| e.to_string()),
        Ok((Some(client::Error::Timeout), Some(client::Error::Timeout))),
        "the ring call and the register call each returned within 10 s of a 200 ms timeout"
    );
    let (first, again, v) = after.expect("the calls after the host resumed returned");
    let first = first.expect("grant_table.query_size after the host resumed");
    assert_eq!(first.0, Gntst::OKAY);
    assert_eq!(Ok(first), again, "each register call got its own answer");
    let v = v.expect("version after the host resumed");
    assert_eq!(v.0, 4, "{v:?}");
}
