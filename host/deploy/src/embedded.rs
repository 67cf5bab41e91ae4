//! The embedded deployment: the reference hypervisor and its host in this process, serving
//! guests whose "guest memory" is an anonymous mapping here, on a host thread of its own (as
//! a hypervisor runs on its own CPU time). What the demo, the examples and the end-to-end
//! tests run on.
//!
//! A guest client gets an [`InProcess`] transport: register calls go straight to
//! [`Shared::register_call`] (the trap), the doorbell is [`Shared::doorbell`] (the host's
//! turn for the guest's queues served on the guest's thread while the serving thread is
//! parked, else the host's kick eventfd), and each queue has its own interrupt eventfd.

use std::collections::BTreeMap;
use std::io;
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::Duration;

use hvlink_codec::ring::unix::EventFd;
use hvlink_codec::ring::QueueKind;
use hvlink_guest::client::{self, Client, Transport};
use hvlink_guest::ring::raw::RawMem;
use hvlink_proto::rt::Regs;
use vm_memory::{GuestAddress, GuestMemoryMmap};

use hvlink_host::dispatch::RegOutcome;
use hvlink_host::serve::{self, Shared};
use hvlink_host::server::{Config, Host, QueueKey};
use hvlink_proto::DomId;
use hvlink_refhv::{Clock, DomainConfig, Hypervisor};

/// The embedded host's shared state.
pub type EmbeddedShared = Shared<Hypervisor, GuestMemoryMmap>;

/// How to bring the embedded host up.
#[derive(Debug, Clone)]
pub struct Options {
    /// Guest domains besides the control domain 0 (ids 1..=guests).
    pub guests: u16,
    /// Memory per domain in bytes.
    pub memory: usize,
    /// Host configuration.
    pub config: Config,
    /// The hypervisor's clock.
    pub clock: Clock,
    /// The Xen release whose toolstack families (domctl, sysctl) the hypervisor serves.
    pub xen: hvlink_refhv::older::XenVersion,
    /// Pin the host thread (it polls the queues while busy) to this CPU; `None`: wherever
    /// the scheduler puts it.
    pub host_cpu: Option<usize>,
    /// Serve the ops the hypervisor serves without the host lock there
    /// ([`Host::set_unlocked`]: the `version` family, on the calling thread); `false`: every
    /// register call under the host lock (for comparisons).
    pub unlocked: bool,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            guests: 2,
            memory: 64 << 20,
            config: Config::default(),
            clock: Clock::Real {
                start: std::time::Instant::now(),
                offset: 1_000_000_000,
            },
            xen: hvlink_refhv::older::XenVersion::default(),
            host_cpu: None,
            unlocked: true,
        }
    }
}

/// The embedded reference hypervisor, its host, and a host thread serving it.
pub struct Embedded {
    shared: Arc<EmbeddedShared>,
    memory: BTreeMap<DomId, GuestMemoryMmap>,
    next_gpa: Mutex<BTreeMap<DomId, u64>>,
    server: Option<JoinHandle<io::Result<()>>>,
    size: usize,
}

/// Where queues are placed in each domain's memory (below is left to the "guest").
const QUEUE_BASE: u64 = 16 << 20;

impl Embedded {
    /// A control domain (0, privileged) and `opts.guests` guests, each with
    /// `opts.memory` bytes of memory, served by a host thread.
    pub fn start(opts: Options) -> io::Result<Embedded> {
        let mut hv = Hypervisor::new(opts.clock.clone());
        hv.set_xen_version(opts.xen);
        let pages = (opts.memory / 4096) as u64;
        let mut memory = BTreeMap::new();
        for d in 0..=opts.guests {
            hv.create_domain(
                d,
                DomainConfig {
                    privileged: d == 0,
                    pages,
                    ..DomainConfig::default()
                },
            )
            .map_err(|e| io::Error::other(format!("create domain {d}: {e:?}")))?;
            let m = GuestMemoryMmap::from_ranges(&[(GuestAddress(0), opts.memory)])
                .map_err(|e| io::Error::other(format!("guest memory: {e}")))?;
            memory.insert(d, m);
        }
        let unlocked = hv.unlocked();
        let mut host = Host::new(hv, opts.config.clone());
        if opts.unlocked {
            host.set_unlocked(Some(unlocked));
        }
        for (d, m) in &memory {
            host.set_memory(*d, m.clone());
        }
        let shared = Shared::new(host)?;
        let s2 = shared.clone();
        let cpu = opts.host_cpu;
        let (pinned_tx, pinned) = std::sync::mpsc::channel();
        let server = std::thread::Builder::new()
            .name("hvlink-host".into())
            .spawn(move || {
                if let Some(cpu) = cpu {
                    let r = crate::affinity::pin_current_thread(cpu);
                    let failed = r.is_err();
                    let _ = pinned_tx.send(r);
                    if failed {
                        return Ok(());
                    }
                }
                drop(pinned_tx);
                let rt = tokio::runtime::Builder::new_current_thread()
                    .enable_all()
                    .build()?;
                rt.block_on(serve::run(s2))
            })?;
        // A CPU that cannot be had (no such CPU, or not allowed) fails the start.
        if let Ok(Err(e)) = pinned.recv() {
            let _ = server.join();
            return Err(io::Error::new(
                e.kind(),
                format!(
                    "cannot pin the host thread to CPU {}: {e}",
                    cpu.unwrap_or(0)
                ),
            ));
        }
        Ok(Embedded {
            shared,
            memory,
            next_gpa: Mutex::new(BTreeMap::new()),
            server: Some(server),
            size: opts.memory,
        })
    }

    /// The shared host (lock it briefly with [`Shared::host`]).
    pub fn shared(&self) -> &Arc<EmbeddedShared> {
        &self.shared
    }

    /// Run `f` on the hypervisor (e.g. to grant pages as a domain's kernel would by writing
    /// its grant table, or to inspect state).
    pub fn with_hv<R>(&self, f: impl FnOnce(&mut Hypervisor) -> R) -> R {
        let mut h = self.shared.host();
        let r = f(&mut h.hv);
        drop(h);
        // Something may have changed that parked ops wait for.
        self.shared.ring();
        r
    }

    /// Domain `dom`'s memory.
    pub fn memory(&self, dom: DomId) -> Option<&GuestMemoryMmap> {
        self.memory.get(&dom)
    }

    /// Reserve `len` bytes (page-aligned) of `dom`'s memory for a queue: its guest-physical
    /// address and the guest's view of it. The view stays valid while the host (`Shared`,
    /// which holds the domain's memory) lives: the client keeps it alive through its
    /// transport.
    pub(crate) fn alloc(&self, dom: DomId, len: usize) -> io::Result<(u64, RawMem)> {
        let mem = self
            .memory
            .get(&dom)
            .ok_or_else(|| io::Error::other(format!("no domain {dom}")))?;
        let len = len.div_ceil(4096) * 4096;
        let mut next = self.next_gpa.lock().unwrap_or_else(|p| p.into_inner());
        let gpa = *next.entry(dom).or_insert(QUEUE_BASE);
        if gpa as usize + len > self.size {
            return Err(io::Error::other("domain memory exhausted"));
        }
        next.insert(dom, gpa + len as u64);
        let view = crate::mem::view(mem, gpa, len).map_err(io::Error::other)?;
        Ok((gpa, view))
    }

    /// The in-process transport of a queue of `dom` (its own interrupt eventfd).
    pub fn transport(&self, dom: DomId, queue: u16) -> io::Result<Arc<InProcess>> {
        let t = Arc::new(InProcess {
            shared: self.shared.clone(),
            domain: dom,
            irq: Arc::new(EventFd::new(Duration::from_millis(50))?),
        });
        self.shared
            .set_irq(QueueKey { domain: dom, queue }, t.irq.clone());
        Ok(t)
    }

    /// A client of a new queue of `dom`, set up as a guest does it (header page in its
    /// memory, `queue_setup` by register call). `config.gpa` is chosen here.
    pub async fn client(&self, dom: DomId, mut config: client::Config) -> client::Result<Client> {
        let len = 4096 + 2 * config.ring_size as usize;
        let (gpa, mem) = self.alloc(dom, len).map_err(client::Error::from)?;
        config.gpa = gpa;
        let t = self
            .transport(dom, config.queue_id)
            .map_err(client::Error::from)?;
        Client::connect(t, mem, config).await
    }

    /// A kernel client of `dom` with default settings on queue `queue`.
    pub async fn kernel_client(&self, dom: DomId, queue: u16) -> client::Result<Client> {
        self.client(
            dom,
            client::Config {
                queue_id: queue,
                kind: QueueKind::Kernel,
                ..client::Config::default()
            },
        )
        .await
    }

    /// Stop the host thread.
    pub fn stop(&mut self) {
        self.shared.stop();
        if let Some(h) = self.server.take() {
            let _ = h.join();
        }
    }
}

impl Drop for Embedded {
    fn drop(&mut self) {
        self.stop();
    }
}

/// The in-process transport: the trap is a function call into the host.
pub struct InProcess {
    shared: Arc<EmbeddedShared>,
    domain: DomId,
    irq: Arc<EventFd>,
}

impl Transport for InProcess {
    fn register_call(&self, regs: &mut Regs) -> io::Result<()> {
        // A blocking op (sched.poll by register) blocks this thread, as the vCPU would.
        loop {
            match self
                .shared
                .register_call(self.domain, regs, Duration::from_secs(1))
            {
                RegOutcome::Done => return Ok(()),
                RegOutcome::Blocked if self.shared.stopped() => {
                    return Err(io::Error::other("the host stopped"))
                }
                RegOutcome::Blocked => continue,
            }
        }
    }
    fn kick(&self) {
        // A parked host's turn is served here, on the guest's thread (`Shared::doorbell`).
        self.shared.doorbell(self.domain);
    }
    fn irq(&self) -> &EventFd {
        &self.irq
    }
}

#[cfg(test)]
mod pin_tests {
    use super::{Embedded, Options};

    #[test]
    fn the_embedded_host_thread_is_pinned_or_the_start_fails() {
        let e = Embedded::start(Options {
            host_cpu: Some(0),
            ..Options::default()
        })
        .unwrap();
        // It serves: a register call goes through.
        let mut regs = <hvlink_proto::version::Version as hvlink_proto::rt::FastAbi>::to_regs(
            &hvlink_proto::rt::Empty,
        )
        .unwrap();
        e.shared()
            .register_call(1, &mut regs, std::time::Duration::from_secs(5));
        assert_eq!(regs.rax, 0);
        drop(e);
        let err = Embedded::start(Options {
            host_cpu: Some(1 << 20),
            ..Options::default()
        })
        .err()
        .expect("a CPU beyond the set was accepted");
        assert!(err.to_string().contains("cannot pin"), "{err}");
    }
}
