//! Deployment 2 for the full host: guests in other processes, vhost-user style.
//!
//! A guest process owns its memory as a memfd. It connects to the host's Unix socket and
//! sends, in one `SCM_RIGHTS` message, an attach message (a netlink message: the domain it
//! runs as and its memory size) with the memfd and its interrupt eventfd. The host maps the
//! memfd with `vm-memory` as that domain's memory and answers with a status and its kick
//! eventfd. From then on the socket carries the register path: 64 bytes of registers (rax,
//! rdi, rsi, r8–r12, little-endian) each way per call — the trap. Queues are set up with
//! `control.queue_setup` as in any deployment. When the guest disconnects, its queues go.
//!
//! The attach message is untrusted input: parsed and validated against a policy, the memory
//! size bounded, the domain checked to exist and not to be attached already.

use std::collections::BTreeMap;
use std::fs::File;
use std::io::{self, Read, Write};
use std::os::unix::net::{UnixListener, UnixStream};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use hvlink_codec::ring::unix::{recv_with_fds, send_with_fds, EventFd};
use hvlink_guest::client::transport::{regs_from_bytes, regs_to_bytes};
use hvlink_guest::client::unix::{Attach, ATTACH_LEN};
use vm_memory::{FileOffset, GuestAddress, GuestMemoryMmap};

use crate::embedded::EmbeddedShared;
use hvlink_host::dispatch::RegOutcome;
use hvlink_proto::DomId;

/// Serve guest processes on `listener` until the host stops: one thread per connection
/// for its register path. Returns when the listener fails.
pub fn serve(shared: Arc<EmbeddedShared>, listener: UnixListener) -> io::Result<()> {
    let attached: Attached = Arc::new(Mutex::new(BTreeMap::new()));
    for conn in listener.incoming() {
        if shared.stopped() {
            return Ok(());
        }
        let stream = match conn {
            Ok(s) => s,
            Err(e) => {
                tracing::warn!(error = %e, "accept failed");
                continue;
            }
        };
        let shared = shared.clone();
        let attached = attached.clone();
        std::thread::Builder::new()
            .name("hvlink-remote".into())
            .spawn(move || {
                if let Err(e) = connection(&shared, stream, &attached) {
                    tracing::info!(error = %e, "guest connection ended");
                }
            })?;
    }
    Ok(())
}

fn connection(
    shared: &Arc<EmbeddedShared>,
    mut stream: UnixStream,
    attached: &Attached,
) -> io::Result<()> {
    let mut buf = [0u8; ATTACH_LEN];
    let fds = recv_with_fds(&stream, &mut buf)?;
    let answer = |stream: &UnixStream, status: i32, fds: &[i32]| {
        send_with_fds(stream, &status.to_le_bytes(), fds)
    };
    let attach = match Attach::decode(&buf) {
        Ok(a) => a,
        Err(e) => {
            answer(&stream, -22, &[])?;
            return Err(e);
        }
    };
    let [mem, irq]: [std::os::fd::OwnedFd; 2] = match fds.try_into() {
        Ok(f) => f,
        Err(_) => {
            answer(&stream, -22, &[])?;
            return Err(io::Error::new(
                io::ErrorKind::InvalidData,
                "expected two descriptors: memory, interrupt",
            ));
        }
    };
    let dom = attach.domain;
    let exists = shared.host().hv.domain(dom).is_some();
    if !exists {
        answer(&stream, -3, &[])?;
        return Err(io::Error::other(format!("no domain {dom}")));
    }
    let me = NEXT_CONNECTION.fetch_add(1, Ordering::Relaxed);
    {
        let mut map = attached.lock().unwrap_or_else(|p| p.into_inner());
        match map.get(&dom) {
            Some((_, old)) if !hvlink_codec::ring::unix::hung_up(old) => {
                answer(&stream, -16, &[])?;
                return Err(io::Error::other(format!(
                    "domain {dom} is attached already"
                )));
            }
            // Its previous process is gone but its connection not yet cleaned up (that
            // thread may not have noticed): take over, and drop what it left.
            Some(_) => release(shared, dom),
            None => {}
        }
        map.insert(dom, (me, stream.try_clone()?));
    }
    let result = (|| {
        let file = File::from(mem);
        if file.metadata()?.len() < attach.mem_len {
            answer(&stream, -14, &[])?;
            return Err(io::Error::other("memfd smaller than announced"));
        }
        let memory = GuestMemoryMmap::from_ranges_with_files([(
            GuestAddress(0),
            attach.mem_len as usize,
            Some(FileOffset::new(file, 0)),
        )])
        .map_err(|e| io::Error::other(format!("map guest memory: {e}")))?;
        shared.host().set_memory(dom, memory);
        let irq: hvlink_host::serve::Irq =
            Arc::new(EventFd::from_fd(irq, Duration::from_millis(100)));
        shared.set_domain_irq(dom, Some(irq));
        answer(&stream, 0, &[shared.kick().fd()])?;
        tracing::info!(domain = dom, mem = attach.mem_len, "guest process attached");
        register_path(shared, &mut stream, dom)
    })();
    // The guest is gone (or broke the protocol): its queues go with it — unless a new
    // process of the domain took over meanwhile.
    let mut map = attached.lock().unwrap_or_else(|p| p.into_inner());
    if map.get(&dom).is_some_and(|(owner, _)| *owner == me) {
        map.remove(&dom);
        release(shared, dom);
    }
    result
}

/// Domain → (the connection serving it, its socket).
type Attached = Arc<Mutex<BTreeMap<DomId, (u64, UnixStream)>>>;

static NEXT_CONNECTION: AtomicU64 = AtomicU64::new(0);

/// Drop a domain's queues and interrupt line (its process is gone).
fn release(shared: &EmbeddedShared, dom: DomId) {
    let mut host = shared.host();
    for k in host.queue_keys() {
        if k.domain == dom {
            host.remove_queue(k);
        }
    }
    drop(host);
    shared.set_domain_irq(dom, None);
}

fn register_path(
    shared: &Arc<EmbeddedShared>,
    stream: &mut UnixStream,
    dom: DomId,
) -> io::Result<()> {
    let mut frame = [0u8; 64];
    loop {
        match stream.read_exact(&mut frame) {
            Ok(()) => {}
            Err(e) if e.kind() == io::ErrorKind::UnexpectedEof => return Ok(()),
            Err(e) => return Err(e),
        }
        let mut regs = regs_from_bytes(&frame);
        loop {
            match shared.register_call(dom, &mut regs, Duration::from_millis(200)) {
                RegOutcome::Done => break,
                RegOutcome::Blocked if shared.stopped() => {
                    return Err(io::Error::other("host stopping"))
                }
                RegOutcome::Blocked => {
                    // Still waiting (a blocking poll): give up if the guest went away.
                    if hvlink_codec::ring::unix::hung_up(stream) {
                        return Ok(());
                    }
                }
            }
        }
        stream.write_all(&regs_to_bytes(&regs))?;
    }
}
