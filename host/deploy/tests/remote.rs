//! The guest client across two processes: the reference hypervisor in a host process
//! (`hvlink-host`), guests here with their memory in memfds; the same calls as in one
//! process, and a host killed mid-batch (every call resolves with an error, none hangs).

use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use hvlink_codec::ring::QueueKind;
use hvlink_guest::client::{self, unix, Error, FastPath};
use hvlink_proto::event_channel::{
    AllocUnbound, AllocUnboundReq, BindInterdomain, BindInterdomainReq, PortReq, SendOp,
};
use hvlink_proto::grant_table::{BatchMode, GntmapFlags, Gntst, MapEntry, MapMode, UnmapEntry};
use hvlink_proto::rt::Empty;
use hvlink_proto::version;

struct HostProcess(Child);

impl Drop for HostProcess {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn host(name: &str, grants: u32) -> (HostProcess, std::path::PathBuf) {
    let path = std::env::temp_dir().join(format!("hvlink-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&path);
    let child = Command::new(env!("CARGO_BIN_EXE_hvlink-host"))
        .arg(&path)
        .args(["--grant-refs", &grants.to_string()])
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let deadline = Instant::now() + Duration::from_secs(10);
    while !path.join("dom2.sock").exists() {
        assert!(Instant::now() < deadline, "host did not come up");
        std::thread::sleep(Duration::from_millis(5));
    }
    (HostProcess(child), path)
}

fn config(q: u16) -> client::Config {
    client::Config {
        queue_id: q,
        kind: QueueKind::Kernel,
        ring_size: 1 << 17,
        fast_path: FastPath::Auto,
        ..client::Config::default()
    }
}

#[tokio::test]
async fn calls_across_processes() {
    let (_h, path) = host("calls", 4096);
    let d1 = unix::connect(&path, 1, 32 << 20).unwrap();
    let d2 = unix::connect(&path, 2, 32 << 20).unwrap();
    let a = d1.client(config(1)).await.unwrap();
    let b = d2.client(config(1)).await.unwrap();
    assert!(a.host().unwrap().ops.len() > 60);
    // Every family answers; the register path works across the socket too.
    let v = a.call::<version::Version>(&Empty).await.unwrap();
    assert!(v.get().major >= 4);
    // A 4,096-entry grant batch with bad refs, then unmapped.
    let es: Vec<MapEntry> = (0..4096u32)
        .map(|i| MapEntry {
            dom: 1,
            r#ref: if i % 512 == 511 { 1 << 30 } else { i },
            flags: GntmapFlags::HOST_MAP,
            host_addr: 0x40_0000 + u64::from(i) * 4096,
        })
        .collect();
    let res = b.grant_map(&es, MapMode::INDEPENDENT).await.unwrap();
    let mut un = Vec::new();
    for (i, r) in res.iter().enumerate() {
        if i % 512 == 511 {
            assert_eq!(r.status, Gntst::BAD_GNTREF);
        } else {
            assert_eq!(r.status, Gntst::OKAY, "entry {i}");
            un.push(UnmapEntry {
                host_addr: es[i].host_addr,
                dev_bus_addr: 0,
                handle: r.handle.unwrap(),
            });
        }
    }
    let u = b.grant_unmap(&un, BatchMode::INDEPENDENT).await.unwrap();
    assert!(u.iter().all(|r| r.status == Gntst::OKAY));
    // An interdomain channel between the two guest processes.
    let pa = a
        .call::<AllocUnbound>(&AllocUnboundReq {
            dom: 0x7FF0,
            remote_dom: 2,
        })
        .await
        .unwrap()
        .get()
        .port;
    let pb = b
        .call::<BindInterdomain>(&BindInterdomainReq {
            remote_dom: 1,
            remote_port: pa,
        })
        .await
        .unwrap()
        .get()
        .local_port;
    assert!(pb > 0);
    a.call::<SendOp>(&PortReq { port: pa }).await.unwrap();
}

#[tokio::test]
async fn host_killed_mid_batch_fails_every_call() {
    let (mut h, path) = host("killed", 1024);
    let d2 = unix::connect(&path, 2, 64 << 20).unwrap();
    let mut cfg = config(1);
    cfg.ring_size = 1 << 20;
    cfg.timeout = Some(Duration::from_secs(20));
    let c = d2.client(cfg).await.unwrap();
    let es: Vec<MapEntry> = (0..64 * 1024u32)
        .map(|i| MapEntry {
            dom: 1,
            r#ref: i % 1024,
            flags: GntmapFlags::HOST_MAP,
            host_addr: 0x40_0000 + u64::from(i % 1024) * 4096,
        })
        .collect();
    let c2 = c.clone();
    let batch = tokio::spawn(async move { c2.grant_map(&es, MapMode::INDEPENDENT).await });
    let mut small = Vec::new();
    for _ in 0..8 {
        small.push(
            c.start::<version::Version>(&Empty, Default::default(), None)
                .await
                .unwrap(),
        );
    }
    tokio::time::sleep(Duration::from_millis(5)).await;
    h.0.kill().unwrap();
    h.0.wait().unwrap();
    let t0 = Instant::now();
    let r = tokio::time::timeout(Duration::from_secs(10), batch)
        .await
        .expect("the batch hung after the host died")
        .unwrap();
    // 64 Ki entries take the (debug-built) host far longer than 5 ms: killed mid-batch, the
    // batch fails — and never hangs.
    let e = r.expect_err("the batch completed before the host was killed");
    assert!(matches!(e, Error::HostGone | Error::Io(_)), "{e}");
    for p in small {
        let r = tokio::time::timeout(Duration::from_secs(10), p.wait())
            .await
            .expect("a call hung after the host died");
        if let Err(e) = r {
            assert!(matches!(e, Error::HostGone | Error::Io(_)), "{e}");
        }
    }
    assert!(t0.elapsed() < Duration::from_secs(10));
    // New calls fail at once.
    let e = c.call_ring::<version::Version>(&Empty).await.unwrap_err();
    assert!(matches!(e, Error::HostGone | Error::Io(_)), "{e}");
}

#[tokio::test]
async fn a_domain_attaches_once_and_again_after_its_process_left() {
    let (_h, path) = host("reattach", 16);
    let first = unix::connect(&path, 2, 8 << 20).unwrap();
    let c = first.client(config(1)).await.unwrap();
    c.call::<version::Version>(&Empty).await.unwrap();
    // While the first is connected, a second process cannot be domain 2.
    let e = unix::connect(&path, 2, 8 << 20).unwrap_err();
    assert!(e.to_string().contains("status -16"), "{e}");
    // Once it has gone — its socket closed, here when the client's reply task has ended —
    // a new process can be domain 2 at once, however soon the host's connection thread
    // notices, and queue id 1 is free again.
    let gone = |c: hvlink_guest::client::Client, r: unix::Remote| async move {
        // The socket closes when the last holder of the transport (the client's reply
        // task) lets go of it: wait for that, not for a fixed time.
        let transport = std::sync::Arc::downgrade(&r.transport());
        c.close();
        drop(c);
        drop(r);
        let t = Instant::now();
        while transport.upgrade().is_some() {
            assert!(
                t.elapsed() < Duration::from_secs(5),
                "the client never let go"
            );
            tokio::time::sleep(Duration::from_millis(2)).await;
        }
    };
    gone(c, first).await;
    for _ in 0..20 {
        let again = unix::connect(&path, 2, 8 << 20).unwrap();
        let c = again.client(config(1)).await.unwrap();
        c.call::<version::Version>(&Empty).await.unwrap();
        gone(c, again).await;
    }
}

/// A guest process whose domain is destroyed, its id then given to a new domain, speaks for
/// nothing: its register calls end its connection (they are not the new domain's), and a
/// process of the new domain attaches at once (not refused as attached already).
/// The toolstack destroys domain 1 and at once creates a new domain with the same id,
/// sized and unpaused (a domain is created paused, and a paused domain's calls wait).
fn relife_dom1(hv: &mut hvlink_refhv::Hypervisor) {
    hv.dom_destroy(1).unwrap();
    hv.dom_create(&hvlink_refhv::lifecycle::NewDomain {
        domain: 1,
        max_vcpus: 1,
        max_evtchn_port: 1023,
        ..Default::default()
    })
    .unwrap();
    hv.dom_max_vcpus(1, 1).unwrap();
    hv.dom_unpause(1).unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_destroyed_domains_process_does_not_speak_for_the_next_life_of_its_id() {
    use hvlink_deploy::embedded::{Embedded, Options};
    use hvlink_deploy::remote::{self, Limits, Sockets};
    use hvlink_guest::client::Transport;
    use hvlink_proto::rt::FastAbi;
    let e = Embedded::start(Options::default()).unwrap();
    let dir = std::env::temp_dir().join(format!("hvlink-relife-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let sockets = Sockets::bind(&dir, &[1]).unwrap();
    let shared = e.shared().clone();
    std::thread::spawn(move || remote::serve(shared, sockets, Limits::default()));
    let old = unix::connect(&dir, 1, 8 << 20).unwrap();
    let transport = old.transport();
    // The old process has a queue (id 1) when its domain goes.
    let old_client = old.client(config(1)).await.unwrap();
    old_client
        .call_ring::<version::Version>(&Empty)
        .await
        .unwrap();
    let version = |t: &dyn Transport| {
        let mut regs = version::Version::to_regs(&Empty).unwrap();
        t.register_call(&mut regs).map(|()| regs.rax)
    };
    assert_eq!(version(&*transport).unwrap(), 0);
    // The toolstack destroys domain 1 and at once creates a new domain with the same id:
    // the engine may learn of the destruction only after the new life's process attached
    // and set its queue up, and closes only what the old life set up
    // (`Hypercalls::domain_life`). It sizes the new domain and unpauses it: a domain is
    // created paused, and a paused domain's calls wait until it runs.
    // A connection of domain 1 kept idle, not yet attached, across its destruction (given
    // time to be accepted first: the host records the life its domain has then).
    let idle = std::os::unix::net::UnixStream::connect(remote::socket_path(&dir, 1)).unwrap();
    std::thread::sleep(Duration::from_millis(300));
    e.with_hv(relife_dom1);
    // The old process's call is refused: its connection ends, no answer.
    let alloc = {
        use hvlink_proto::event_channel::AllocUnbound;
        let mut regs = AllocUnbound::to_regs(&AllocUnboundReq {
            dom: 0x7FF0,
            remote_dom: 2,
        })
        .unwrap();
        transport.register_call(&mut regs).map(|()| regs.rax)
    };
    assert!(
        alloc.is_err(),
        "the destroyed domain's process was answered: {alloc:?}"
    );
    assert!(
        e.with_hv(
            |hv| (1..64).all(|p| !hv.port_info(1, p).is_some_and(|i| matches!(
                i.state,
                hvlink_refhv::evtchn::PortState::Unbound { remote_dom: 2 }
            )))
        ),
        "no port was allocated in the new domain 1"
    );
    // The idle connection's attach is refused: it came in the old life.
    {
        use hvlink_codec::ring::unix::{memfd, recv_with_fds, send_with_fds_within};
        use std::os::fd::AsRawFd;
        let mem = memfd("relife", 8 << 20).unwrap();
        send_with_fds_within(
            &idle,
            &unix::Attach {
                domain: 1,
                mem_len: 8 << 20,
            }
            .encode(),
            &[mem.as_raw_fd()],
            Duration::from_secs(5),
        )
        .unwrap();
        let mut status = [0u8; 4];
        let fds = recv_with_fds(&idle, &mut status).unwrap();
        assert_eq!(
            i32::from_le_bytes(status),
            -libc::ESRCH,
            "attached to the next life"
        );
        assert!(fds.is_empty());
    }
    // A process of the new domain 1 attaches at once and is served; what the old life left
    // is gone (its queue id is free), and a timeout too long to add to the clock is none.
    let new = unix::connect(&dir, 1, 8 << 20).unwrap();
    assert_eq!(version(&*new.transport()).unwrap(), 0);
    let c = new
        .client(client::Config {
            timeout: Some(Duration::MAX),
            ..config(1)
        })
        .await
        .unwrap();
    c.call::<version::Version>(&Empty).await.unwrap();
    c.call_ring::<version::Version>(&Empty).await.unwrap();
    old_client.close();
    drop((old, new, c));
    let _ = std::fs::remove_dir_all(&dir);
}

/// A connection takes no descriptors until the host has a place for it: sent before (here,
/// before the host accepts anything), an attach's memory descriptor is refused (`EPERM`), so
/// that none waits in a connection the accepting thread may refuse and close (releasing a
/// descriptor can wait for as long as its sender likes: a TCP socket set to linger on
/// close). A guest's attach is made again until its connection has its place, and works.
/// A connection counts against the life its domain had when it came: the process of a
/// destroyed domain, still connected and idle, does not make the next life's first
/// connection a second one. With room for one connection in all beyond a domain's first,
/// the new life's process attaches (and its attach shuts the old connection down). Before,
/// the old connection counted against the id, and the new process was refused (`EAGAIN`)
/// for as long as the pool was full.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_connection_of_an_ended_life_does_not_count_against_the_next() {
    use hvlink_deploy::embedded::{Embedded, Options};
    use hvlink_deploy::remote::{self, Limits, Sockets};
    let e = Embedded::start(Options::default()).unwrap();
    let dir = std::env::temp_dir().join(format!("hvlink-relife-count-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let sockets = Sockets::bind(&dir, &[1]).unwrap();
    let shared = e.shared().clone();
    let limits = Limits {
        max_connections: 1,
        ..Limits::default()
    };
    std::thread::spawn(move || remote::serve(shared, sockets, limits));
    let old = unix::connect(&dir, 1, 8 << 20).unwrap();
    e.with_hv(relife_dom1);
    let new = unix::connect(&dir, 1, 8 << 20).expect("the new life's first connection");
    let c = new.client(config(1)).await.unwrap();
    c.call_ring::<version::Version>(&Empty).await.unwrap();
    drop(old);
    let _ = std::fs::remove_dir_all(&dir);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_connection_takes_no_descriptors_before_it_has_a_place() {
    use hvlink_codec::ring::unix::{memfd, send_with_fds};
    use hvlink_deploy::embedded::{Embedded, Options};
    use hvlink_deploy::remote::{self, Limits, Sockets};
    use std::os::fd::AsRawFd;
    {
        // (Linux 6.16 and later: before, a host cannot refuse descriptors and says so.)
        let (probe, _) = std::os::unix::net::UnixStream::pair().unwrap();
        if let Err(e) = hvlink_codec::ring::unix::set_pass_rights(probe.as_raw_fd(), false) {
            eprintln!("SKIPPED: this kernel has no SO_PASSRIGHTS ({e})");
            return;
        }
    }
    let e = Embedded::start(Options::default()).unwrap();
    let dir = std::env::temp_dir().join(format!("hvlink-passrights-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let sockets = Sockets::bind(&dir, &[1]).unwrap();
    let early = std::os::unix::net::UnixStream::connect(remote::socket_path(&dir, 1)).unwrap();
    let mem = memfd("early", 8 << 20).unwrap();
    let sent = send_with_fds(
        &early,
        &unix::Attach {
            domain: 1,
            mem_len: 8 << 20,
        }
        .encode(),
        &[mem.as_raw_fd()],
    );
    assert_eq!(
        sent.map_err(|e| e.raw_os_error()),
        Err(Some(libc::EPERM)),
        "a descriptor waits in a connection that has no place"
    );
    let shared = e.shared().clone();
    std::thread::spawn(move || remote::serve(shared, sockets, Limits::default()));
    let guest = unix::connect(&dir, 1, 8 << 20).unwrap();
    let c = guest.client(config(1)).await.unwrap();
    c.call::<version::Version>(&Empty).await.unwrap();
    drop((early, c, guest));
    let _ = std::fs::remove_dir_all(&dir);
}
