//! Deployment 2: the guest (this test process) and the host (`hvlink-ring-host`, a separate
//! process) share the guest's memory as a memfd, with kick and call eventfds, all passed over
//! a Unix socket. Includes the fault test: the host process is killed in the middle of a
//! stream; the guest notices within a bounded time, reports an error for every request the
//! dead host had taken without answering, and a restarted host re-attaches to the same memory
//! and continues from the indices — no request is answered twice, none is lost silently.

use std::collections::{BTreeMap, BTreeSet};
use std::os::unix::net::UnixStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use hvlink_codec::ring::unix::{hung_up, memfd, EventFd, ParkUnlessHangup};
use hvlink_codec::ring::{wait_for_work, QueueKind, Wait};
use hvlink_deploy::vhost::{connect, Setup};
use hvlink_guest::ring::raw::MappedFile;
use hvlink_guest::ring::GuestQueue;

const MEM: usize = 1 << 20;

struct Host {
    child: Child,
}

impl Host {
    fn start(socket: &Path, args: &[&str]) -> Host {
        let child = Command::new(env!("CARGO_BIN_EXE_hvlink-ring-host"))
            .arg(socket)
            .args(args)
            .stderr(if std::env::var_os("HVLINK_TEST_HOST_LOG").is_some() {
                Stdio::inherit()
            } else {
                Stdio::null()
            })
            .spawn()
            .expect("start hvlink-ring-host");
        Host { child }
    }
}

impl Drop for Host {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn socket_path(name: &str) -> PathBuf {
    std::env::temp_dir().join(format!("hvlink-{name}-{}.sock", std::process::id()))
}

/// Connect to the host at `socket` (waiting for it to listen) and hand over the memory.
fn attach(socket: &Path, file: &std::fs::File, pages: u32) -> (UnixStream, EventFd, EventFd) {
    let deadline = Instant::now() + Duration::from_secs(10);
    let stream = loop {
        match UnixStream::connect(socket) {
            Ok(s) => break s,
            Err(e) if Instant::now() < deadline => {
                let _ = e;
                std::thread::sleep(Duration::from_millis(10));
            }
            Err(e) => panic!("host never listened on {}: {e}", socket.display()),
        }
    };
    let kick = EventFd::new(Duration::from_millis(20)).unwrap();
    let call = EventFd::new(Duration::from_millis(20)).unwrap();
    let setup = Setup {
        mem_len: MEM as u64,
        queue_gpa: 0,
        pages,
    };
    connect(&stream, file, &kick, &call, setup).unwrap();
    (stream, kick, call)
}

fn message(seq: u32) -> Vec<u8> {
    let len = 16 + (seq as usize % 13) * 8;
    let mut m = vec![0u8; len];
    m[0..4].copy_from_slice(&(len as u32).to_le_bytes());
    m[4..6].copy_from_slice(&0x120u16.to_le_bytes());
    m[8..12].copy_from_slice(&seq.to_le_bytes());
    for (i, b) in m[16..].iter_mut().enumerate() {
        *b = (seq as usize ^ i) as u8;
    }
    m
}

#[test]
fn stream_across_processes() {
    const N: u32 = 20_000;
    let socket = socket_path("stream");
    let _host = Host::start(&socket, &[]);
    let file = memfd("hvlink-guest", MEM as u64).unwrap();
    let map = MappedFile::map(&file, MEM).unwrap();
    let mut gq = GuestQueue::create(&map, 1, QueueKind::Userspace, 16384, 16384).unwrap();
    let (stream, kick, call) = attach(&socket, &file, gq.pages() as u32);
    let (mut sent, mut got) = (0u32, 0u32);
    let mut buf = vec![0u8; 65536];
    let deadline = Instant::now() + Duration::from_secs(60);
    while got < N {
        assert!(Instant::now() < deadline, "stalled at {got}/{N}");
        while sent < N && gq.send(&message(sent)).unwrap() {
            sent += 1;
        }
        gq.submit(&kick);
        while let Some(n) = gq.recv(&mut buf).unwrap() {
            assert_eq!(&buf[..n], &message(got)[..], "reply {got}");
            got += 1;
        }
        gq.release();
        // Wait only with replies outstanding: a host that answered everything before we
        // drained would otherwise be waited for in vain.
        if got < sent {
            let park = Until {
                park: ParkUnlessHangup {
                    bell: &call,
                    peer: &stream,
                },
                deadline,
            };
            assert_eq!(
                wait_for_work(gq.replies(), 200, &park).unwrap(),
                Wait::Ready
            );
        }
    }
    assert!(gq.kicks() < u64::from(N) / 4, "{} kicks", gq.kicks());
    let _ = std::fs::remove_file(&socket);
}

#[test]
fn host_killed_mid_stream_then_restarted() {
    const N: u32 = 30_000;
    let socket = socket_path("fault");
    // The first host answers 5,000 requests, then keeps taking requests without answering
    // (it hangs mid-work); we kill it once the 5,000 answers are in.
    let mut host = Some(Host::start(&socket, &["--swallow-after", "5000"]));
    let file = memfd("hvlink-guest", MEM as u64).unwrap();
    let map = MappedFile::map(&file, MEM).unwrap();
    let mut gq = GuestQueue::create(&map, 1, QueueKind::Kernel, 4096, 4096).unwrap();
    let pages = gq.pages() as u32;
    let (mut stream, mut kick, mut call) = attach(&socket, &file, pages);

    let mut position: BTreeMap<u32, u32> = BTreeMap::new(); // in flight: seq -> ring position
    let mut replied: BTreeSet<u32> = BTreeSet::new();
    let mut failed: BTreeSet<u32> = BTreeSet::new();
    let mut sent = 0u32;
    let mut killed_at: Option<Instant> = None;
    let mut restarts = 0;
    let mut buf = vec![0u8; 65536];
    let deadline = Instant::now() + Duration::from_secs(60);
    while replied.len() + failed.len() < N as usize {
        assert!(Instant::now() < deadline, "stalled");
        while sent < N && gq.send(&message(sent)).unwrap() {
            position.insert(sent, gq.position());
            sent += 1;
        }
        gq.submit(&kick);
        while let Some(n) = gq.recv(&mut buf).unwrap() {
            let seq = u32::from_le_bytes(buf[8..12].try_into().unwrap());
            assert_eq!(&buf[..n], &message(seq)[..]);
            assert!(replied.insert(seq), "request {seq} answered twice");
            assert!(
                !failed.contains(&seq),
                "request {seq} answered after it was failed"
            );
            position.remove(&seq);
        }
        gq.release();
        if killed_at.is_none() && replied.len() >= 5000 {
            // Let it swallow what is in the ring, then kill it.
            std::thread::sleep(Duration::from_millis(20));
            drop(host.take());
            killed_at = Some(Instant::now());
        }
        if replied.len() + failed.len() == N as usize {
            break;
        }
        if position.is_empty() {
            // Nothing in flight: the host answered everything before we drained (it can be
            // that quick). Waiting for a reply now would wait for ever; send more instead.
            continue;
        }
        let park = Until {
            park: ParkUnlessHangup {
                bell: &call,
                peer: &stream,
            },
            deadline,
        };
        let waited = wait_for_work(gq.replies(), 200, &park).unwrap();
        if waited == Wait::Stopped && hung_up(&stream) {
            // The host is gone. Whatever it published is read; requests it had taken and
            // not answered will never be answered: report them failed.
            while let Some(n) = gq.recv(&mut buf).unwrap() {
                let seq = u32::from_le_bytes(buf[8..12].try_into().unwrap());
                assert_eq!(&buf[..n], &message(seq)[..]);
                assert!(replied.insert(seq), "request {seq} answered twice");
                position.remove(&seq);
            }
            gq.release();
            let lost: Vec<u32> = position
                .iter()
                .filter(|(_, &pos)| gq.host_consumed(pos))
                .map(|(&s, _)| s)
                .collect();
            for s in &lost {
                position.remove(s);
                failed.insert(*s);
            }
            let noticed = killed_at.expect("only we kill the host").elapsed();
            assert!(
                noticed < Duration::from_secs(2),
                "death noticed after {noticed:?}"
            );
            // Restart and re-attach to the same memory; the rest continues from the indices.
            restarts += 1;
            host = Some(Host::start(&socket, &[]));
            (stream, kick, call) = attach(&socket, &file, pages);
            gq.submit(&kick);
            kick_host(&kick);
        }
    }
    assert_eq!(restarts, 1);
    eprintln!(
        "host killed after 5000 replies; {} requests failed, the rest answered by the restarted host",
        failed.len()
    );
    assert!(
        position.is_empty(),
        "requests without an outcome: {position:?}"
    );
    assert_eq!(replied.len() + failed.len(), N as usize);
    // Exactly the requests the dead host took without answering failed: some, and no more
    // than fit in the 4 KiB request ring.
    assert!(
        !failed.is_empty() && failed.len() < 4096 / 16,
        "failed: {}",
        failed.len()
    );
    assert!(
        failed.iter().all(|&s| s >= 5000),
        "only unanswered requests fail"
    );
    drop(host);
    let _ = std::fs::remove_file(&socket);
}

/// A parker that gives up at `deadline`, so that a stalled test fails (the loop's deadline
/// check) instead of waiting for ever.
struct Until<P> {
    park: P,
    deadline: Instant,
}

impl<P: hvlink_codec::ring::Park> hvlink_codec::ring::Park for Until<P> {
    fn park(&self) -> bool {
        Instant::now() < self.deadline && self.park.park()
    }
}

/// A restarted host parks only after it checked the ring, so an extra kick is harmless; it
/// makes sure requests queued before the restart are looked at promptly.
fn kick_host(kick: &EventFd) {
    use hvlink_codec::ring::Doorbell;
    kick.ring();
}
