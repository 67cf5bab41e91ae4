//! The tokio server: runs a [`Host`]'s turns, parks on the shared kick eventfd when every
//! queue is idle (after announcing it on each queue, so no kick is lost), wakes at the
//! hypervisor's next deadline for timers and poll timeouts, and rings each queue's interrupt
//! when its guest asked for one. Register calls come in from other threads (vCPUs) through
//! [`Shared::register_call`]; a blocking one (`sched.poll` by register) waits on a condition
//! variable, not on the server.

use std::collections::BTreeMap;
use std::io;
use std::os::fd::{AsRawFd, RawFd};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Condvar, Mutex, MutexGuard};
use std::time::Duration;

use hvlink_codec::ring::unix::EventFd;
use hvlink_codec::ring::Doorbell;
use hvlink_proto::rt::Regs;
use tokio::io::unix::AsyncFd;
use vm_memory::GuestMemory;

use crate::dispatch::{Hypercalls, Metrics, RegOutcome};
use crate::server::{Host, QueueKey};
use hvlink_proto::DomId;

/// A guest's interrupt line for one queue.
pub type Irq = Arc<dyn Doorbell + Send + Sync>;

/// What the server and the callers share.
pub struct Shared<H: Hypercalls, M: GuestMemory + Clone> {
    host: Mutex<Host<H, M>>,
    changed: Condvar,
    kick: EventFd,
    irqs: Mutex<BTreeMap<QueueKey, Irq>>,
    domain_irqs: Mutex<BTreeMap<DomId, Irq>>,
    stop: AtomicBool,
}

impl<H: Hypercalls, M: GuestMemory + Clone> Shared<H, M> {
    /// Share `host`; one kick eventfd wakes the server for every queue (bind it to every
    /// queue's doorbell: an in-process guest rings it, a KVM ioeventfd signals it).
    pub fn new(host: Host<H, M>) -> io::Result<Arc<Self>> {
        Ok(Arc::new(Shared {
            host: Mutex::new(host),
            changed: Condvar::new(),
            kick: EventFd::new(Duration::from_millis(100))?,
            irqs: Mutex::new(BTreeMap::new()),
            domain_irqs: Mutex::new(BTreeMap::new()),
            stop: AtomicBool::new(false),
        }))
    }

    /// The host (lock it briefly: the server's turns take the same lock).
    pub fn host(&self) -> MutexGuard<'_, Host<H, M>> {
        self.host.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// The kick eventfd (what guests ring, or what KVM ioeventfds signal).
    pub fn kick(&self) -> &EventFd {
        &self.kick
    }

    /// Wake the server.
    pub fn ring(&self) {
        self.kick.ring();
    }

    /// Ring `irq` when the host publishes replies on `key` that its guest asked to be woken
    /// for.
    pub fn set_irq(&self, key: QueueKey, irq: Irq) {
        self.irqs
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .insert(key, irq);
    }

    /// Ring `irq` for every queue of `dom` that has no interrupt of its own (a guest
    /// process has one interrupt line); `None` removes it.
    pub fn set_domain_irq(&self, dom: DomId, irq: Option<Irq>) {
        let mut m = self.domain_irqs.lock().unwrap_or_else(|p| p.into_inner());
        match irq {
            Some(i) => m.insert(dom, i),
            None => m.remove(&dom),
        };
    }

    /// Has [`stop`](Self::stop) been called?
    pub fn stopped(&self) -> bool {
        self.stop.load(Ordering::Acquire)
    }

    /// Stop the server (its `run` returns).
    pub fn stop(&self) {
        self.stop.store(true, Ordering::Release);
        self.kick.ring();
        self.changed.notify_all();
    }

    /// A register call from `domain` (a vCPU trapping). Blocks while the op must wait (as
    /// the vCPU would in Xen), at most `timeout`; returns [`RegOutcome::Blocked`] if it is
    /// still waiting then (registers untouched: make the call again).
    pub fn register_call(&self, domain: DomId, regs: &mut Regs, timeout: Duration) -> RegOutcome {
        let deadline = std::time::Instant::now() + timeout;
        let mut host = self.host();
        loop {
            let before = host.hv.generation();
            let out = host.register_call(domain, regs);
            if host.hv.generation() != before {
                // Something changed that parked ring ops may be waiting for.
                self.changed.notify_all();
                self.kick.ring();
            }
            if out == RegOutcome::Done || self.stop.load(Ordering::Acquire) {
                return out;
            }
            let now = std::time::Instant::now();
            if now >= deadline {
                return out;
            }
            let wait = (deadline - now).min(Duration::from_millis(10));
            host = self
                .changed
                .wait_timeout(host, wait)
                .unwrap_or_else(|p| p.into_inner())
                .0;
        }
    }

    /// The counters.
    pub fn metrics(&self) -> Arc<Metrics> {
        self.host().metrics().clone()
    }
}

struct Fd(RawFd);

impl AsRawFd for Fd {
    fn as_raw_fd(&self) -> RawFd {
        self.0
    }
}

/// Serve until [`Shared::stop`]. Must run inside a tokio runtime with I/O and time enabled.
pub async fn run<H, M>(shared: Arc<Shared<H, M>>) -> io::Result<()>
where
    H: Hypercalls,
    M: GuestMemory + Clone,
{
    // SAFETY: the descriptor is the kick eventfd owned by `shared`, which this function holds
    // (an `Arc`) for longer than the `AsyncFd` lives; it is never closed or replaced.
    #[allow(unsafe_code)] // tokio's registration of a borrowed descriptor
    let kick = unsafe { AsyncFd::register(Fd(shared.kick.fd())) }.map_err(io::Error::from)?;
    // Poll this long after the last work before parking: a guest's turnaround between
    // requests is tens of microseconds, far cheaper than a wake-up through the eventfd.
    const POLL: Duration = Duration::from_micros(50);
    let mut last_work = std::time::Instant::now();
    let metrics = shared.metrics();
    while !shared.stop.load(Ordering::Acquire) {
        let (turn, changed, sleep) = {
            let mut host = shared.host();
            let before = host.hv.generation();
            let turn = host.turn();
            let changed = host.hv.generation() != before;
            let now = host.hv.now();
            let sleep = host
                .next_deadline()
                .map(|d| Duration::from_nanos(d.saturating_sub(now)));
            (turn, changed, sleep)
        };
        if !turn.notify.is_empty() {
            let irqs = shared.irqs.lock().unwrap_or_else(|p| p.into_inner());
            let dirqs = shared.domain_irqs.lock().unwrap_or_else(|p| p.into_inner());
            for k in &turn.notify {
                if let Some(irq) = irqs.get(k).or_else(|| dirqs.get(&k.domain)) {
                    irq.ring();
                }
            }
        }
        if changed {
            shared.changed.notify_all();
        }
        if turn.more {
            last_work = std::time::Instant::now();
            tokio::task::yield_now().await;
            continue;
        }
        // Spin briefly (a cache-line hand-off is far cheaper than a wake-up here), then park.
        if turn.requests > 0 {
            last_work = std::time::Instant::now();
        }
        if last_work.elapsed() < POLL {
            tokio::task::yield_now().await;
            continue;
        }
        if shared.host().prepare_park() {
            shared.host().cancel_park();
            continue;
        }
        let mut nap = sleep.unwrap_or(Duration::from_millis(100));
        if turn.blocked {
            nap = nap.min(Duration::from_micros(200));
        }
        let nap = nap.min(Duration::from_millis(100));
        tokio::select! {
            r = kick.readable() => {
                if let Ok(mut g) = r {
                    let n = shared.kick.drain();
                    Metrics::add(&metrics.doorbells, n);
                    g.clear_ready();
                }
            }
            _ = tokio::time::sleep(nap) => {}
        }
        shared.host().cancel_park();
        last_work = std::time::Instant::now();
    }
    Ok(())
}
