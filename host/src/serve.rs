//! The serving runtime: a tokio loop that runs a [`Host`]'s turns, parks on its kick
//! eventfd when every queue is idle (after announcing it on each queue, so no kick is lost),
//! wakes at the hypervisor's next deadline for timers and poll timeouts, and rings each
//! queue's interrupt when its guest asked for one. Register calls come in from other threads
//! (vCPUs, connections) through [`Shared::register_call`]; a blocking one (`sched.poll` by
//! register) waits on a condition variable, not on the server. An in-process guest's
//! doorbell that finds the loop parked runs the turn for that guest's queues on its own
//! thread instead of waking the loop ([`Shared::doorbell`]).
//!
//! Isolation: the host lock is taken per queue and phase, not per turn. While a serving loop
//! runs and is not parked, a register call that needs the lock hands itself to it (flat
//! combining, [`Shared::register_call`]) unless the lock is free and its domain has not
//! taken it itself within [`TAKE_EVERY`] (a guest thread descheduled while holding it would
//! hold every domain off for its time slice, so no domain holds it for long): the engine
//! stops at its next preemption point (a message, a continuation, a chunk of a batch
//! window), runs the waiting call while it still holds the lock, and the caller, which spins
//! meanwhile, has its answer without a lock hand-off or a thread wake-up. So one domain's
//! flood delays another domain's call by about one preemption chunk (while a post slot is
//! free for it; otherwise it has its turn for one before later callers). A register call
//! must not be made on the thread that runs a serving loop's runtime (the loop could not
//! come round to it). Doorbells of guests in other processes are their own
//! ([`Shared::set_domain_kick`]: the host's end of a [`doorbell_in`]), never the host's kick;
//! interrupts are rung after every lock is let go, and a ring never blocks (the host's ends
//! are descriptors no guest can reach).
//!
//! [`doorbell_in`]: hvlink_codec::ring::unix::doorbell_in

use std::collections::BTreeMap;
use std::io;
use std::os::fd::{AsRawFd, RawFd};
use std::sync::atomic::{AtomicBool, AtomicU8, AtomicUsize, Ordering};
use std::sync::{Arc, Condvar, Mutex, MutexGuard, TryLockError};
use std::time::Duration;

use hvlink_codec::probe::{self, Stage};
use hvlink_codec::ring::unix::EventFd;
use hvlink_codec::ring::Doorbell;
use hvlink_proto::rt::Regs;
use tokio::io::unix::AsyncFd;
use vm_memory::GuestMemory;

use crate::dispatch::{Hypercalls, Metrics, RegOutcome};
use crate::server::{Host, Phase, QueueKey, Turn};
use hvlink_proto::DomId;

/// How the serving loop waits for work once it is idle (io_uring's SQPOLL, for a host):
/// it polls its queues for a window, then asks for a doorbell (the rings' event
/// suppression) and parks. A doorbell and the wake-up behind it cost tens of microseconds;
/// polling costs the CPU it spins for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PollMode {
    /// Adapt the window to the arrivals (see [`Poller`]), at most `max`: a steady stream of
    /// calls is served by polling, sparse calls by doorbells, and an always-on poller never
    /// burns a core for a load that does not need it.
    Adaptive {
        /// The longest window polled.
        max: Duration,
    },
    /// Always poll this long.
    Fixed(Duration),
    /// Never poll: park as soon as idle (every request after a pause needs a doorbell).
    Interrupt,
}

impl Default for PollMode {
    fn default() -> Self {
        PollMode::Adaptive {
            max: Duration::from_micros(200),
        }
    }
}

/// The poll window of a [`PollMode`], adapted to what polling finds.
///
/// Adaptive rules: a request found by polling `gap` after the loop went idle sets the
/// window to four times the recent mean of such gaps, but never below what the last pause
/// worth polling through needs (below); a window that runs out parks the loop, and the
/// doorbell that wakes it tells how long the wait was — if a window of at most `max` would
/// have caught it, the window grows to that and that pause is remembered, else the window
/// and the remembered pause halve and the long wait counts in the mean gap as one of `max`.
/// Below [`MIN_POLL`] the window stays at that floor while the mean gap says calls come
/// close together (four times it under `max`), and goes to none (interrupt mode) once it
/// does not. In interrupt mode every [`PROBE_EVERY`]th idle period still polls a full
/// window, so that a load that became dense is noticed.
///
/// The remembered pause is for bursts: calls close together, then a pause of some tens of
/// microseconds, again and again (a toolstack's batches between its own work). The close
/// gaps alone would shrink the window below the pause, and every burst would then begin
/// with a park and a doorbell (tens of microseconds of wake-up, for each burst: parity's
/// 64-entry rounds between the caller's other work took half again as long, BENCHMARKS §11
/// stop 28). Polling through such a pause costs the CPU of the pause, which a load with
/// pauses longer than `max` never pays: those park and shrink the window as before.
#[derive(Debug, Clone, Copy)]
pub struct Poller {
    mode: PollMode,
    /// The current window, in nanoseconds (adaptive mode).
    window: u64,
    /// Mean gap of requests found by polling, in nanoseconds.
    mean_gap: u64,
    /// The pause worth polling through, in nanoseconds: set by a doorbell that came within
    /// `max` of going idle, raised by any longer gap polling found since (a gap stretched by
    /// the loop losing its CPU included: at most twice the window, or `max`), halved by a
    /// pause too long to poll. The window stays at least this and a quarter.
    pause: u64,
    /// Parks so far (for the probe in interrupt mode).
    parks: u64,
}

/// How often a queue without reply room is retried (its guest does not signal that it
/// consumed replies).
const BLOCKED_RETRY: Duration = Duration::from_micros(200);

/// The shortest window an adaptive poller polls when it polls at all.
pub const MIN_POLL: Duration = Duration::from_micros(20);

/// In interrupt mode, one idle period in this many still polls a full window.
pub const PROBE_EVERY: u64 = 8;

impl Poller {
    /// A poller in `mode`.
    pub fn new(mode: PollMode) -> Poller {
        let window = match mode {
            PollMode::Adaptive { max } => max.as_nanos() as u64 / 4,
            _ => 0,
        };
        Poller {
            mode,
            window,
            mean_gap: window / 4,
            pause: 0,
            parks: 0,
        }
    }

    /// How long to poll now before parking.
    pub fn window(&self) -> Duration {
        match self.mode {
            PollMode::Interrupt => Duration::ZERO,
            PollMode::Fixed(d) => d,
            PollMode::Adaptive { max } if self.window == 0 => {
                if self.parks % PROBE_EVERY == 0 {
                    max
                } else {
                    Duration::ZERO
                }
            }
            PollMode::Adaptive { .. } => Duration::from_nanos(self.window),
        }
    }

    fn clamp(&self, ns: u64) -> u64 {
        let max = match self.mode {
            PollMode::Adaptive { max } => max.as_nanos() as u64,
            _ => return 0,
        };
        ns.clamp(MIN_POLL.as_nanos() as u64, max)
    }

    /// Polling found a request `gap` after the loop went idle. One found far later than the
    /// window ran out was not found by polling: the loop did not run meanwhile (its core was
    /// taken, e.g. by a vCPU that spins in its guest), which counts as a miss.
    pub fn hit(&mut self, gap: Duration) {
        if let PollMode::Adaptive { max } = self.mode {
            // Later than the longest window (and than twice this one): a scheduler's time
            // slice, not an arrival.
            if gap > self.window().saturating_mul(2).max(max) {
                self.parked(None);
                self.parks -= 1;
                return;
            }
        }
        let g = gap.as_nanos().min(u128::from(u64::MAX / 8)) as u64;
        self.mean_gap = (self.mean_gap * 3 + g) / 4;
        self.pause = self.pause.max(g);
        self.window = self.clamp(
            self.mean_gap
                .saturating_mul(4)
                .max(self.pause + self.pause / 4),
        );
    }

    /// The window ran out and the loop parked; a doorbell woke it `woke` after it went idle
    /// (`None`: a timer did).
    pub fn parked(&mut self, woke: Option<Duration>) {
        self.parks += 1;
        let PollMode::Adaptive { max } = self.mode else {
            return;
        };
        match woke {
            Some(g) if g <= max => {
                let g = g.as_nanos() as u64;
                self.window = self.clamp(g + g / 4);
                self.mean_gap = g;
                self.pause = g;
            }
            _ => {
                // A pause too long to poll through: it counts in the mean gap as one of
                // `max`, and the window halves. Below the floor it stops polling (interrupt
                // mode) only once the mean says calls do not come close together either: a
                // burst after each long pause (its calls a few microseconds apart) keeps the
                // floor, or its second call would park too, and every burst would pay two
                // doorbells.
                let max = max.as_nanos() as u64;
                self.mean_gap = (self.mean_gap.saturating_mul(7) + max) / 8;
                self.window /= 2;
                self.pause /= 2;
                if self.window < MIN_POLL.as_nanos() as u64 {
                    self.window = if self.mean_gap.saturating_mul(4) < max {
                        MIN_POLL.as_nanos() as u64
                    } else {
                        0
                    };
                }
            }
        }
    }
}

/// How long a posted register call spins for the serving thread before it sleeps until
/// woken (or a caller without a free slot before it sleeps between looks). Longer than the
/// engine's longest stretch without a preemption point in the common case (a chunk of a
/// batch window is a few microseconds); a serving thread that does not come back by then is
/// likely off its core, and a caller that spins on, or yields its core, keeps it off longer
/// (measured: yielding hands the core to whatever else is runnable, often the flooding
/// guest, for a whole time slice).
pub const SPIN_FOR: Duration = Duration::from_micros(10);

/// How long a posted call waits for a serving loop that does not come round to it (off its
/// core, or busy without the host lock: a big batch's validation apart) before its caller
/// takes the lock itself if it is free. Short against the time slice a caller descheduled
/// while holding the lock would cost everyone; long against the loop's look at its posts
/// (well under a microsecond while it polls), so that callers take the lock only when the
/// loop is away.
pub const TAKE_AFTER: Duration = Duration::from_micros(5);

/// While a serving loop runs, a domain's callers take the host lock themselves (a free lock
/// at once, or one the loop did not come round within [`TAKE_AFTER`]) at most once this
/// often; their other calls are run by the loop. A domain that calls back to back holds
/// the lock for a small part of its time (a call under it is well under a microsecond), so
/// that one of its threads is seldom descheduled while holding it: measured (BENCHMARKS stop
/// 35), a flood of such calls from two vCPUs that took the free lock every time held another
/// domain's small op on the ring off for 8–25 ms at p99 (median 12 ms); one that takes it
/// this seldom, 0.2–2 ms (median 0.36 ms). A domain that calls now and then has its calls run at
/// once on its own thread, without a hand-off to the loop.
pub const TAKE_EVERY: Duration = Duration::from_micros(50);

/// How often a sleeping posted call looks whether the host went idle without running it,
/// and a caller waiting for a post slot whether one came free.
const SLEEP_CHECK: Duration = Duration::from_micros(100);

/// Register calls that can be posted at once (more wait for a slot, or with no loop
/// serving, on the lock).
const POST_SLOTS: usize = 16;

/// Slots one domain may hold at once (its other callers wait until one of its own is free,
/// or, with no loop serving, on the lock): a domain with many vCPUs or connections cannot
/// take every slot from the others.
pub const POSTS_PER_DOMAIN: usize = 4;

/// Entries of the tables kept by domain (`Posts::share_want`, `Shared::took`): a domain's
/// is its id modulo this ([`by_domain`]). Domains that share one only wait for each other
/// or take the lock less often.
const BY_DOMAIN: usize = 256;

/// A domain's entry in the tables kept by domain.
fn by_domain(domain: DomId) -> usize {
    usize::from(domain) % BY_DOMAIN
}

/// A [`Posted`] slot's states.
const FREE: u8 = 0;
/// Taken by a caller that is writing its call.
const CLAIMED: u8 = 1;
/// Waiting for a lock holder.
const POSTED: u8 = 2;
/// Run; the outcome is in the job.
const DONE: u8 = 3;

/// A register call posted for the lock holder.
#[derive(Default)]
struct Posted {
    state: AtomicU8,
    /// The domain whose call holds the slot (meaningful while it is not free).
    owner: std::sync::atomic::AtomicU16,
    /// The caller sleeps (after [`SPIN_FOR`]) and must be woken when its call is done.
    sleeping: AtomicBool,
    job: Mutex<Job>,
}

/// What a posted call is: in, the caller (its domain, its thread) and its registers; out,
/// the registers and outcome.
struct Job {
    domain: DomId,
    /// The life of `domain` the caller speaks for (see [`Shared::register_call_of`]).
    life: Option<u64>,
    regs: Regs,
    out: RegOutcome,
    caller: Option<std::thread::Thread>,
}

impl Default for Job {
    fn default() -> Self {
        Job {
            domain: 0,
            life: None,
            regs: Regs::default(),
            out: RegOutcome::Blocked,
            caller: None,
        }
    }
}

impl Posted {
    /// The slot's job (its lock is only ever held briefly).
    fn job(&self) -> MutexGuard<'_, Job> {
        self.job.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Take a done call's result and free the slot.
    fn collect(&self, regs: &mut Regs) -> RegOutcome {
        let (r, out) = {
            let mut job = self.job();
            job.caller = None;
            (job.regs, job.out)
        };
        self.sleeping.store(false, Ordering::Relaxed);
        self.state.store(FREE, Ordering::Release);
        *regs = r;
        out
    }
}

/// The register calls posted for whoever holds the host lock: the serving loop runs them
/// before it lets the lock go, and the engine in the middle of a long stretch of its own
/// that has no preemption point (publishing a big reply message, [`Host`]'s drain).
pub(crate) struct Posts {
    slots: [Posted; POST_SLOTS],
    /// How many slots wait to be run.
    n: AtomicUsize,
    /// Callers waiting for want of a free slot (every slot taken): while any does, callers
    /// that come claim none until they have theirs.
    want: AtomicUsize,
    /// Callers waiting for their domain's share ([`POSTS_PER_DOMAIN`]), by domain
    /// ([`by_domain`]): while one does, its domain's callers that come claim none until it has
    /// its slot (domains whose ids fall on one entry wait for each other's, which only
    /// delays them).
    share_want: [AtomicUsize; BY_DOMAIN],
    /// The host's waiting count (see [`Shared`]).
    waiting: &'static AtomicUsize,
    /// Posted calls were run since the idle serving loop last looked: it is not idle.
    ran: AtomicBool,
    /// A call run changed the hypervisor's state (parked ring ops may wait for it): the
    /// serving loop tells them when it lets the lock go.
    changed: AtomicBool,
    /// Posted calls are being run (by the lock holder; a call run from within a call's run,
    /// were a register call ever to publish replies, finds this set and returns, so that no
    /// call is run twice and no slot is locked twice).
    running: AtomicBool,
}

impl Posts {
    /// Are calls waiting to be run?
    pub(crate) fn any(&self) -> bool {
        // (Sequentially consistent: the serving loop's last look before it parks pairs with
        // a caller's look at `Shared::awake` after it posts.)
        self.n.load(Ordering::SeqCst) > 0
    }

    /// Run the posted calls (`host` is the held lock). `mid_phase`: the host is in the middle
    /// of a queue's turn, that queue out of its table; calls of the engine's own family (which
    /// may set up or tear down queues) then wait for the end of the phase. True if it ran
    /// any.
    pub(crate) fn run<H: Hypercalls, M: GuestMemory + Clone>(
        &self,
        host: &mut Host<H, M>,
        mid_phase: bool,
    ) -> bool {
        // Only the lock holder gets here, so a plain flag is enough against re-entry.
        if !self.any() || self.running.swap(true, Ordering::Relaxed) {
            return false;
        }
        // Cleared however this ends (a call that panicked included).
        struct Running<'a>(&'a AtomicBool);
        impl Drop for Running<'_> {
            fn drop(&mut self) {
                self.0.store(false, Ordering::Relaxed);
            }
        }
        let _running = Running(&self.running);
        let before = host.hv.generation();
        let mut ran = false;
        for slot in &self.slots {
            if slot.state.load(Ordering::Acquire) != POSTED {
                continue;
            }
            let mut job = slot.job();
            if mid_phase && host.regs_family(&job.regs) == Some(hvlink_proto::control::ID) {
                continue;
            }
            let mut regs = job.regs;
            job.out = host.register_call_of(job.domain, job.life, &mut regs);
            job.regs = regs;
            let caller = job.caller.clone();
            drop(job);
            Metrics::add(&host.metrics().delegated_calls, 1);
            ran = true;
            slot.state.store(DONE, Ordering::SeqCst);
            // (`waiting` first: `yield_to_waiters` reads it before `n`, and must not see a
            // caller waiting for the lock that is not.)
            self.waiting.fetch_sub(1, Ordering::AcqRel);
            self.n.fetch_sub(1, Ordering::AcqRel);
            if slot.sleeping.load(Ordering::SeqCst) {
                if let Some(t) = caller {
                    t.unpark();
                }
            }
        }
        if host.hv.generation() != before {
            self.changed.store(true, Ordering::Release);
        }
        if ran {
            self.ran.store(true, Ordering::Relaxed);
        }
        ran
    }
}

/// The host lock as the serving loop holds it: posted register calls run before it goes.
struct Serving<'a, H: Hypercalls, M: GuestMemory + Clone> {
    shared: &'a Shared<H, M>,
    host: MutexGuard<'a, Host<H, M>>,
}

impl<H: Hypercalls, M: GuestMemory + Clone> std::ops::Deref for Serving<'_, H, M> {
    type Target = Host<H, M>;
    fn deref(&self) -> &Host<H, M> {
        &self.host
    }
}

impl<H: Hypercalls, M: GuestMemory + Clone> std::ops::DerefMut for Serving<'_, H, M> {
    fn deref_mut(&mut self) -> &mut Host<H, M> {
        &mut self.host
    }
}

impl<H: Hypercalls, M: GuestMemory + Clone> Drop for Serving<'_, H, M> {
    fn drop(&mut self) {
        self.shared.run_posted(&mut self.host);
    }
}

/// A guest's interrupt line for one queue.
pub type Irq = Arc<dyn Doorbell + Send + Sync>;

/// What the server and the callers share.
pub struct Shared<H: Hypercalls, M: GuestMemory + Clone> {
    host: Mutex<Host<H, M>>,
    /// Blocked register calls wait here for a change ([`notify_changed`](Self::notify_changed)),
    /// under `wake`, not under the host lock: a change made without the host lock (a call
    /// served by the backend's unlocked part) must reach them too.
    changed: Condvar,
    wake: Mutex<()>,
    /// Counts the changes notified, so that a blocked call that looks before it waits never
    /// sleeps through one.
    epoch: std::sync::atomic::AtomicU64,
    kick: EventFd,
    /// Serving loops parking or parked on `kick` (counted before a loop looks for work one
    /// last time, until it wakes): a call served without the host lock that changed
    /// something rings `kick` only while one is. Otherwise the loops are polling or in a turn
    /// and see the change themselves (`Host::has_work`, the next turn), and the call saves a
    /// syscall.
    parking: AtomicUsize,
    /// When the parked serving loop wakes by itself (hypervisor time), 0 while it is still
    /// working that out: a call that armed a timer earlier than this rings `kick`.
    parked_until: std::sync::atomic::AtomicU64,
    /// Serving loops running ([`run_until`]) and not `parking` (one leaves this count before
    /// its last look for work, and comes back when it wakes): while one is, a register call
    /// that needs the host lock is posted for it rather than taking the lock (see
    /// [`register_call`](Self::register_call)).
    awake: AtomicUsize,
    /// When (since `born`, in nanoseconds) a caller of each domain last took the host lock
    /// itself while a loop served ([`try_take`](Self::try_take)), by domain
    /// ([`by_domain`]).
    took: [std::sync::atomic::AtomicU64; BY_DOMAIN],
    born: std::time::Instant,
    irqs: Mutex<BTreeMap<QueueKey, Irq>>,
    domain_irqs: Mutex<BTreeMap<DomId, Irq>>,
    /// Doorbells of guests in other processes, by domain (the host's ends).
    kicks: Mutex<BTreeMap<DomId, Arc<EventFd>>>,
    kicks_changed: AtomicBool,
    /// Register calls waiting for the host (posted or blocked on its lock): the engine ends
    /// a queue's turn early, at its next preemption point, while one waits.
    waiting: &'static AtomicUsize,
    /// Register calls handed to whoever holds the host lock (the host has them too: it runs
    /// them in the middle of a long stretch of its own, see [`Posts::run`]).
    posts: Arc<Posts>,
    /// Register calls served without the host lock (`crate::bypass`).
    bypass: Arc<crate::bypass::Bypass>,
    metrics: Arc<Metrics>,
    stop: AtomicBool,
    poll: Mutex<PollMode>,
    /// A turn is running (the serving loop's, or a doorbell's served on the ringing thread):
    /// one at a time.
    turning: AtomicBool,
    /// A doorbell that finds the serving loop parked serves the turn on the ringing thread
    /// ([`doorbell`](Self::doorbell)); `false`: it always wakes the loop.
    inline: AtomicBool,
}

impl<H: Hypercalls, M: GuestMemory + Clone> Shared<H, M> {
    /// Share `host`; one kick eventfd wakes the server for every queue (bind it to every
    /// queue's doorbell: an in-process guest rings it, a KVM ioeventfd signals it).
    pub fn new(mut host: Host<H, M>) -> io::Result<Arc<Self>> {
        // One word per host, for as long as the process runs: the engine and its backend's
        // batch windows look at it without a lifetime to carry.
        let waiting: &'static AtomicUsize = Box::leak(Box::new(AtomicUsize::new(0)));
        host.set_preempt(waiting);
        let posts = Arc::new(Posts {
            slots: std::array::from_fn(|_| Posted::default()),
            n: AtomicUsize::new(0),
            want: AtomicUsize::new(0),
            share_want: std::array::from_fn(|_| AtomicUsize::new(0)),
            waiting,
            ran: AtomicBool::new(false),
            changed: AtomicBool::new(false),
            running: AtomicBool::new(false),
        });
        host.set_posts(posts.clone());
        let bypass = host.bypass().clone();
        let metrics = host.metrics().clone();
        Ok(Arc::new(Shared {
            host: Mutex::new(host),
            changed: Condvar::new(),
            wake: Mutex::new(()),
            epoch: std::sync::atomic::AtomicU64::new(0),
            kick: EventFd::new(Duration::from_millis(100))?,
            parking: AtomicUsize::new(0),
            parked_until: std::sync::atomic::AtomicU64::new(0),
            awake: AtomicUsize::new(0),
            took: std::array::from_fn(|_| std::sync::atomic::AtomicU64::new(0)),
            born: std::time::Instant::now(),
            irqs: Mutex::new(BTreeMap::new()),
            domain_irqs: Mutex::new(BTreeMap::new()),
            kicks: Mutex::new(BTreeMap::new()),
            kicks_changed: AtomicBool::new(false),
            waiting,
            posts,
            bypass,
            metrics,
            stop: AtomicBool::new(false),
            poll: Mutex::new(PollMode::default()),
            turning: AtomicBool::new(false),
            inline: AtomicBool::new(true),
        }))
    }

    /// The host (lock it briefly: the server's turns take the same lock).
    pub fn host(&self) -> MutexGuard<'_, Host<H, M>> {
        self.host.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// The host if its lock is free now.
    fn try_host(&self) -> Option<MutexGuard<'_, Host<H, M>>> {
        match self.host.try_lock() {
            Ok(h) => Some(h),
            Err(TryLockError::Poisoned(p)) => Some(p.into_inner()),
            Err(TryLockError::WouldBlock) => None,
        }
    }

    /// The kick eventfd (what guests ring, or what KVM ioeventfds signal).
    pub fn kick(&self) -> &EventFd {
        &self.kick
    }

    /// Wake the server.
    pub fn ring(&self) {
        self.kick.ring();
    }

    /// A guest's doorbell, rung on the guest's thread (an in-process guest: the embedded
    /// transport's kick).
    ///
    /// While the serving loop polls, or is in a turn, it sees the new requests itself and
    /// this only rings `kick`. While it is parked (it asked every queue for a doorbell and
    /// waits), waking it is a wake-up of an idle thread, on this VM tens of microseconds
    /// (an idle vCPU), more than most turns take: the turn then runs here, on the ringing
    /// thread, as a hypercall runs on the calling CPU, and the loop sleeps on. The turn is
    /// the loop's own (`Shared::turn`: small ops first, continuations bounded by the time
    /// slice, the host lock taken per queue and phase) over the queues of `domain`, the
    /// ringing guest, only: no other domain's requests are served on its thread (a turn's
    /// housekeeping, the hypervisor's due timers and the register calls posted for the lock
    /// holder, is the host's whoever holds the lock). It never waits for the host lock: taken
    /// elsewhere, the rest of the turn is the loop's. Past the read phase it goes on only
    /// while the domain's runnable requests come to at most `INLINE_BYTES` (16 KiB). Then every
    /// queue is asked for a doorbell again. Work left (a batch past its slice or over that
    /// size, a reply ring too full to go on, another domain's requests, a timer earlier than
    /// the loop's wake-up) wakes the loop for it, as does a doorbell that finds another
    /// doorbell's turn running. `domain` is the host's knowledge of who rings (the
    /// transport's), never the guest's word. Counted in [`Metrics::inline_turns`];
    /// [`set_inline_doorbells`](Self::set_inline_doorbells) turns it off.
    pub fn doorbell(&self, domain: DomId) {
        if self.inline.load(Ordering::Relaxed)
            && !self.stopped()
            && self.parked_until.load(Ordering::SeqCst) != 0
        {
            if let Some(token) = TurnToken::try_take(&self.turning) {
                // (Looked at again with the turn taken: the loop may have woken meanwhile,
                // and it clears this before it takes a turn.)
                let served =
                    self.parked_until.load(Ordering::SeqCst) != 0 && !self.inline_turn(domain);
                drop(token);
                if served {
                    return;
                }
            }
        }
        self.kick.ring();
    }

    /// [`doorbell`](Self::doorbell)'s turn, the turn taken: `false` when nothing is left for
    /// the loop (every queue asked for a doorbell again, no work found, no timer earlier than
    /// the loop's wake-up).
    fn inline_turn(&self, domain: DomId) -> bool {
        let Some(host) = self.try_serving() else {
            return true;
        };
        Metrics::add(&self.metrics.inline_turns, 1);
        let t = self.turn(host, Some(domain));
        if t.more || t.blocked || self.parked_until.load(Ordering::SeqCst) == 0 {
            return true;
        }
        let Some(mut host) = self.try_host() else {
            return true;
        };
        // Ask for the doorbells again (each announcement gets one ring, and the guest rang
        // for this one), then look once more: what came meanwhile is the loop's.
        let work = host.prepare_park() || host.has_work();
        work || host.next_deadline().is_some_and(|d| self.wakes_after(d))
    }

    /// Serve doorbells that find the serving loop parked on the ringing thread (`true`, the
    /// default; see [`doorbell`](Self::doorbell)) or always wake the loop (`false`).
    pub fn set_inline_doorbells(&self, on: bool) {
        self.inline.store(on, Ordering::Relaxed);
    }

    /// The host for a turn's phase, if its lock is free now.
    fn try_serving(&self) -> Option<Serving<'_, H, M>> {
        self.try_host().map(|host| Serving { shared: self, host })
    }

    /// One turn, the host lock taken per queue and phase (first `host`, taken by the caller):
    /// every queue's new requests first (the small ones answered at once), then the
    /// continuations, each domain's at most one time slice; the guests' interrupts rung,
    /// blocked calls told of changes. Over every queue, or (a doorbell's turn) `only` that
    /// domain's, which never waits for the host lock: when it is taken, the turn ends there
    /// with `more`. The caller holds `turning`.
    fn turn(&self, host: Serving<'_, H, M>, only: Option<DomId>) -> Turn {
        let turn_began = probe::now();
        let lock = || {
            if only.is_some() {
                self.try_serving()
            } else {
                Some(self.serving())
            }
        };
        let (keys, before, deferred) = {
            let mut host = host;
            let before = host.hv.generation();
            // (Left for the loop's turn by one over a single domain's queues: the batches
            // may be another domain's.)
            let deferred = only.is_none() && host.take_deferred_checks();
            let mut keys = host.plan_turn();
            if let Some(d) = only {
                keys.retain(|k| k.domain == d);
            }
            (keys, before, deferred)
        };
        let planned = probe::now();
        let mut turn = Turn {
            // Big batches left unvalidated last turn (their domain's slice was used).
            unchecked: deferred,
            ..Turn::default()
        };
        'phases: for phase in [Phase::Read, Phase::Advance] {
            if phase == Phase::Advance {
                let Some(host) = lock() else {
                    turn.more = true;
                    break;
                };
                // Nothing in flight after the read phase (small ops answered as they were
                // read): no advance phase, so the loop looks for the next request sooner.
                if !turn.unchecked && !host.advance_needed() {
                    break;
                }
                // A doorbell's turn leaves big work to the loop: its thread is a guest's,
                // whose other work (another call's reply, on a runtime worker) would wait
                // behind it. The big batches it read are validated apart by the loop's turn.
                if only.is_some() {
                    let left: usize = keys.iter().map(|&k| host.unfinished_bytes(k)).sum();
                    if left > INLINE_BYTES {
                        let mut host = host;
                        if turn.unchecked {
                            host.defer_checks();
                        }
                        turn.more = true;
                        break;
                    }
                }
            }
            for &k in &keys {
                if phase == Phase::Advance && turn.unchecked {
                    // A big batch's validation (every entry; ~10 µs for 1,024 grant entries)
                    // runs apart, without the host lock: another domain's register call does
                    // not wait for it. Its time is charged to its domain's slice for the turn
                    // (`put_checked`), and once the slice is used the rest wait for the next
                    // turn (`take_unchecked` declines), so the turn stays within one slice.
                    loop {
                        // (The guard must go before the check: bound, not held by a `while
                        // let` for the loop's body.)
                        let Some(mut host) = lock() else {
                            turn.more = true;
                            break 'phases;
                        };
                        let unchecked = host.take_unchecked(k);
                        drop(host);
                        let Some(mut u) = unchecked else { break };
                        let valid = u.validate();
                        // (Given back whatever it takes: the request is in `u`.)
                        self.serving().put_checked(u, valid);
                    }
                }
                let Some(mut host) = lock() else {
                    turn.more = true;
                    break 'phases;
                };
                host.service_phase(k, phase, &mut turn);
                drop(host);
                self.yield_to_waiters();
            }
        }
        let changed = match lock() {
            Some(mut host) => {
                host.end_turn(keys);
                host.hv.generation() != before
            }
            // (The list is dropped: the next turn allocates. Changed or not, the blocked
            // calls look again.)
            None => true,
        };
        self.ring_irqs(&turn.notify);
        if turn.requests > 0 {
            probe::mark_at(Stage::HostTurn, turn_began);
            probe::mark_at(Stage::HostPlanned, planned);
        }
        if changed {
            self.notify_changed();
        }
        turn
    }

    /// Take the turn for the serving loop: wait for a doorbell's turn on another thread to
    /// end (one time slice at most: it never waits for the host lock).
    fn take_turn(&self) -> TurnToken<'_> {
        let mut spins = 0u32;
        loop {
            if let Some(t) = TurnToken::try_take(&self.turning) {
                return t;
            }
            // (The ringing thread may share this core: let it run after a while.)
            spins = spins.wrapping_add(1);
            if spins % 16 == 0 && self.posts.any() {
                // Calls posted for this loop, which is awake: run them rather than leave
                // them to the doorbell's turn (its thread may be off its core).
                drop(self.try_serving());
            }
            if spins % 64 == 0 {
                std::thread::yield_now();
            } else {
                std::hint::spin_loop();
            }
        }
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

    /// Serve `dom`'s own doorbell (the host's end of its [`doorbell_in`]): a ring on it
    /// wakes the server like a kick; `None` removes it. The server only ever drains it
    /// without blocking, so nothing the guest does with its end can stall the host.
    ///
    /// [`doorbell_in`]: hvlink_codec::ring::unix::doorbell_in
    pub fn set_domain_kick(&self, dom: DomId, kick: Option<Arc<EventFd>>) {
        let mut m = self.kicks.lock().unwrap_or_else(|p| p.into_inner());
        match kick {
            Some(k) => m.insert(dom, k),
            None => m.remove(&dom),
        };
        drop(m);
        self.kicks_changed.store(true, Ordering::Release);
        self.kick.ring();
    }

    /// How the serving loop waits when idle (takes effect at its next idle period).
    pub fn set_poll_mode(&self, mode: PollMode) {
        *self.poll.lock().unwrap_or_else(|p| p.into_inner()) = mode;
    }

    /// The poll mode set.
    pub fn poll_mode(&self) -> PollMode {
        *self.poll.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Has [`stop`](Self::stop) been called?
    pub fn stopped(&self) -> bool {
        self.stop.load(Ordering::Acquire)
    }

    /// Wake the serving loop if it is parked (so that it looks at what ends it, see
    /// [`run_until`]).
    pub fn wake_server(&self) {
        self.kick.ring();
    }

    /// Stop the server (its `run` returns).
    pub fn stop(&self) {
        self.stop.store(true, Ordering::Release);
        self.kick.ring();
        self.notify_changed();
    }

    /// Wake the blocked register calls: something changed that they may be waiting for.
    /// Taking `wake` orders this after any blocked call's look at `epoch`, so none sleeps
    /// through it.
    fn notify_changed(&self) {
        self.epoch.fetch_add(1, Ordering::SeqCst);
        drop(self.wake.lock().unwrap_or_else(|p| p.into_inner()));
        self.changed.notify_all();
    }

    /// Would the parked serving loop wake only after `t` (hypervisor time) by itself? True
    /// while it is still working out when it wakes.
    fn wakes_after(&self, t: u64) -> bool {
        let until = self.parked_until.load(Ordering::SeqCst);
        until == 0 || t < until
    }

    /// A register call from `domain` (a vCPU trapping). Blocks while the op must wait (as
    /// the vCPU would in Xen), at most `timeout`; returns [`RegOutcome::Blocked`] if it is
    /// still waiting then (registers untouched: make the call again).
    ///
    /// `domain` is the caller's identity as the host established it (the vCPU's or the
    /// connection's), never a guest's word. While a serving loop runs and is not parked,
    /// a caller takes the host lock itself only if it is free and its domain's caller has
    /// not done so within [`TAKE_EVERY`]; otherwise the call is posted for the loop and the
    /// caller spins on the answer: the loop runs posted calls each time it lets the host
    /// lock go (between queues, between its idle looks), and the engine stops at its next
    /// preemption point for one, so the caller pays neither a lock hand-off nor a wake-up
    /// (each a futex and, across cores, an inter-processor interrupt). A domain that calls
    /// back to back thus has most of its calls run by the loop and holds the lock for a small
    /// part of its time: a guest thread descheduled while holding the lock would hold every
    /// domain's ring ops off for its time slice (measured, BENCHMARKS stop 35: another
    /// domain's small op on the ring reached p99 8–25 ms under a flood of such calls from two
    /// vCPUs when callers took the free lock every time, 0.2–2 ms since). A posted call
    /// that the loop has not come round to within [`TAKE_AFTER`] (the loop off its core, or
    /// busy without the lock) is taken back by its caller on the same terms. The caller
    /// spins for at most [`SPIN_FOR`], then sleeps until the serving thread wakes it. With
    /// no loop to run it (none runs, or it parked), the caller takes the host lock itself
    /// and the call runs on the calling thread, as a hypercall runs on the calling CPU; a
    /// call posted when the loop then parks is taken back and run by its caller. Either way
    /// it runs exactly once.
    ///
    /// An op the backend serves without the host lock ([`Host::set_unlocked`]) runs on the
    /// calling thread without looking at the lock at all (`crate::bypass`).
    pub fn register_call(&self, domain: DomId, regs: &mut Regs, timeout: Duration) -> RegOutcome {
        self.register_call_of(domain, None, regs, timeout)
    }

    /// [`register_call`](Self::register_call) for one life of `domain`
    /// ([`Hypercalls::domain_life`]; `None`: whichever is current), as a vCPU or a guest
    /// process's connection speaks for the domain it was set up for: once that life is over
    /// (destroyed, and the id perhaps given again) the call is answered `ESRCH` and does
    /// nothing, also when it was blocked meanwhile (a held or waiting call is made again
    /// only while its life lasts).
    pub fn register_call_of(
        &self,
        domain: DomId,
        life: Option<u64>,
        regs: &mut Regs,
        timeout: Duration,
    ) -> RegOutcome {
        if let Some((out, changed)) = self.bypass.serve(&self.metrics, domain, life, regs) {
            if changed {
                // Something changed that parked ring ops or blocked calls may be waiting for.
                self.notify_changed();
            }
            // The serving loop needs its doorbell only if it is parking, and then only for
            // such a change or for a deadline earlier than its own wake-up (a timer armed
            // here). It sets `parking` before its last look for work (which reads the
            // generation and, for its nap, the deadlines) and `parked_until` after it, and
            // the call's changes were made before these loads, so (all sequentially
            // consistent) either they see the loop parking or its look sees the changes.
            if self.parking.load(Ordering::SeqCst) > 0
                && (changed
                    || self
                        .bypass
                        .next_deadline()
                        .is_some_and(|d| self.wakes_after(d)))
            {
                self.kick.ring();
            }
            return out;
        }
        let deadline = std::time::Instant::now() + timeout;
        loop {
            // (Read before the call: a change made during it wakes the wait below at once.)
            let seen = self.epoch.load(Ordering::SeqCst);
            let out = match self.delegate(domain, life, regs) {
                Ok(out) => out,
                Err(host) => self.run_held(host, domain, life, regs),
            };
            if out == RegOutcome::Done || self.stopped() {
                return out;
            }
            // Blocked: wait for a change, then make the call again (as a blocked call may be).
            let now = std::time::Instant::now();
            if now >= deadline {
                return out;
            }
            let wait = (deadline - now).min(Duration::from_millis(10));
            let g = self.wake.lock().unwrap_or_else(|p| p.into_inner());
            if self.epoch.load(Ordering::SeqCst) == seen {
                drop(
                    self.changed
                        .wait_timeout(g, wait)
                        .unwrap_or_else(|p| p.into_inner()),
                );
            } else {
                drop(g);
            }
        }
    }

    /// Run a register call on the calling thread, the host lock held (and the calls posted
    /// meanwhile after it, before the lock goes: the caller is the lock holder).
    fn run_held(
        &self,
        host: MutexGuard<'_, Host<H, M>>,
        domain: DomId,
        life: Option<u64>,
        regs: &mut Regs,
    ) -> RegOutcome {
        let mut host = Serving { shared: self, host };
        Metrics::add(&self.metrics.caller_calls, 1);
        let before = host.hv.generation();
        let out = host.register_call_of(domain, life, regs);
        if host.hv.generation() != before {
            // Something changed that parked ring ops may be waiting for.
            self.notify_changed();
            self.kick.ring();
        } else if self.parking.load(Ordering::SeqCst) > 0
            && host.next_deadline().is_some_and(|d| self.wakes_after(d))
        {
            // A timer armed earlier than the parked serving loop wakes.
            self.kick.ring();
        }
        out
    }

    /// Serving loops running and awake (not parking or parked): register calls are posted
    /// for them.
    pub fn loops_awake(&self) -> usize {
        self.awake.load(Ordering::SeqCst)
    }

    /// Serving loops parking or parked.
    pub fn loops_parked(&self) -> usize {
        self.parking.load(Ordering::SeqCst)
    }

    /// Does a serving loop run posted calls now (one runs and is not parking)? A loop leaves
    /// `awake` before its last look for work, which counts the posted calls: a caller that
    /// posts and then finds this false takes its call back (all sequentially consistent:
    /// either the loop's look sees the call, or the caller sees the loop gone from `awake`).
    fn loop_serves(&self) -> bool {
        self.loops_awake() > 0
    }

    /// The host lock for `domain`'s caller, if it is free and the caller may take it itself:
    /// always while no loop serves, otherwise at most once each [`TAKE_EVERY`] per domain
    /// (domains share a budget when their ids fall on one entry of the table, which only
    /// posts more of their calls).
    fn try_take(&self, domain: DomId) -> Option<MutexGuard<'_, Host<H, M>>> {
        if !self.loop_serves() {
            return self.try_host();
        }
        let now = u64::try_from(self.born.elapsed().as_nanos()).unwrap_or(u64::MAX);
        let last = &self.took[by_domain(domain)];
        let then = last.load(Ordering::Relaxed);
        if now.saturating_sub(then) < TAKE_EVERY.as_nanos() as u64 {
            return None;
        }
        let h = self.try_host()?;
        // (Another caller of the domain may have taken its turn meanwhile: then not this.)
        last.compare_exchange(then, now, Ordering::Relaxed, Ordering::Relaxed)
            .is_ok()
            .then_some(h)
    }

    /// Post a register call for the serving loop and wait for it: its outcome, or the host
    /// lock when the call is the caller's to run ([`try_take`](Self::try_take): no loop
    /// serves, or within the domain's budget; a posted call is then taken back).
    fn delegate(
        &self,
        domain: DomId,
        life: Option<u64>,
        regs: &mut Regs,
    ) -> Result<RegOutcome, MutexGuard<'_, Host<H, M>>> {
        if let Some(h) = self.try_take(domain) {
            return Err(h);
        }
        let waited = std::time::Instant::now();
        // Counted in `Posts::want` while it waits for a free slot, in its domain's
        // `Posts::share_want` while it waits for its domain's share.
        let (mut wanting, mut share_wanting) = (false, false);
        let share_want = &self.posts.share_want[by_domain(domain)];
        let slot = loop {
            // (Looked at first: a claim over the share would hold a slot for a moment.) While
            // callers wait for a free slot, a caller that comes claims none until they have
            // theirs (it does not wait with them: it waits for them), and the same within a
            // domain while one of its callers waits for its share: callers that go on
            // posting cannot keep another out.
            let share = self.posted_by(domain) < POSTS_PER_DOMAIN;
            let room = share
                && (wanting || self.posts.want.load(Ordering::SeqCst) == 0)
                && (share_wanting || share_want.load(Ordering::SeqCst) == 0);
            let slot = room.then(|| {
                self.posts.slots.iter().find(|s| {
                    s.state
                        .compare_exchange(FREE, CLAIMED, Ordering::SeqCst, Ordering::Relaxed)
                        .is_ok()
                })
            });
            let slot = slot.flatten();
            // Claim, then count: a slot goes on only if its domain holds at most its share
            // counting every slot claimed so far, so the share is never exceeded (two racing
            // claims may both back off, which only errs on the safe side).
            let slot = slot.filter(|s| {
                s.owner.store(domain, Ordering::SeqCst);
                if self.posted_by(domain) <= POSTS_PER_DOMAIN {
                    return true;
                }
                s.state.store(FREE, Ordering::Release);
                false
            });
            // Done waiting: a slot, or no loop to free one (the lock then).
            let done = slot.is_some() || !self.loop_serves();
            if done {
                if wanting {
                    self.posts.want.fetch_sub(1, Ordering::SeqCst);
                }
                if share_wanting {
                    share_want.fetch_sub(1, Ordering::SeqCst);
                }
            }
            if let Some(slot) = slot {
                break slot;
            }
            if done {
                // Every slot taken, or this domain's share, and no loop to free them: wait
                // for the lock, counted as waiting so that the engine lets go at its next
                // preemption point.
                self.waiting.fetch_add(1, Ordering::AcqRel);
                let h = self.host();
                self.waiting.fetch_sub(1, Ordering::AcqRel);
                return Err(h);
            }
            if !share && !share_wanting {
                // Over its domain's share: its turn among its domain's callers.
                share_want.fetch_add(1, Ordering::SeqCst);
                share_wanting = true;
            } else if room && !wanting {
                // Its turn, and no slot free: its turn among the callers of every domain.
                self.posts.want.fetch_add(1, Ordering::SeqCst);
                wanting = true;
            }
            // Slots come free as the loop runs their calls (within one preemption piece of
            // the engine's, which is told of them) and their callers collect them: spin that
            // long, then sleep a little between looks (nothing wakes this caller), so that a
            // waiter has its slot within about one SLEEP_CHECK of one coming free.
            if waited.elapsed() < SPIN_FOR {
                std::hint::spin_loop();
            } else {
                std::thread::sleep(SLEEP_CHECK);
            }
        };
        *slot.job() = Job {
            domain,
            life,
            regs: *regs,
            out: RegOutcome::Blocked,
            caller: Some(std::thread::current()),
        };
        // (Counted before it is published: a lock holder that runs it at once counts it
        // down, never below zero.)
        self.posts.n.fetch_add(1, Ordering::SeqCst);
        self.waiting.fetch_add(1, Ordering::AcqRel);
        slot.state.store(POSTED, Ordering::SeqCst);
        let start = std::time::Instant::now();
        let mut spins = 0u32;
        loop {
            if slot.state.load(Ordering::Acquire) == DONE {
                return Ok(slot.collect(regs));
            }
            spins = spins.wrapping_add(1);
            // Look now and then (not on every spin: the words are the serving thread's)
            // whether a loop still serves, and whether it has come round to the call within
            // TAKE_AFTER; if not, the call is this thread's to run once the lock is free.
            let lock = if spins % 16 == 1 && (!self.loop_serves() || start.elapsed() >= TAKE_AFTER)
            {
                self.try_take(domain)
            } else {
                None
            };
            if let Some(h) = lock {
                // Only a lock holder runs posted calls: under the lock the slot is either
                // done or still posted, never half run.
                if slot.state.load(Ordering::Acquire) == DONE {
                    drop(h);
                    return Ok(slot.collect(regs));
                }
                // Clean before freeing: once free, another caller may claim the slot.
                slot.job().caller = None;
                slot.sleeping.store(false, Ordering::Relaxed);
                slot.state.store(FREE, Ordering::Release);
                self.waiting.fetch_sub(1, Ordering::AcqRel);
                self.posts.n.fetch_sub(1, Ordering::AcqRel);
                return Err(h);
            }
            if spins % 32 == 0 && start.elapsed() >= SPIN_FOR {
                // Sleep until the serving thread has run the call (it wakes this thread),
                // looking now and then whether it still serves: a serving loop that parked
                // meanwhile runs nothing, and the call is then this thread's to run.
                slot.sleeping.store(true, Ordering::SeqCst);
                if slot.state.load(Ordering::SeqCst) != DONE {
                    std::thread::park_timeout(SLEEP_CHECK);
                }
                spins = 0;
                continue;
            }
            std::hint::spin_loop();
        }
    }

    /// Register calls of `dom` that hold a post slot now (at most [`POSTS_PER_DOMAIN`]).
    pub fn posted_by(&self, dom: DomId) -> usize {
        self.posts
            .slots
            .iter()
            .filter(|s| {
                s.state.load(Ordering::SeqCst) != FREE && s.owner.load(Ordering::SeqCst) == dom
            })
            .count()
    }

    /// Run the register calls posted for the lock holder (`host` is the held lock), and tell
    /// whoever waits for a change what they changed (here or in the middle of the host's own
    /// work, [`Posts::run`]).
    fn run_posted(&self, host: &mut Host<H, M>) {
        if self.posts.run(host, false)
            && self.parking.load(Ordering::SeqCst) > 0
            && host.next_deadline().is_some_and(|d| self.wakes_after(d))
        {
            // Run by a lock holder other than the loop, which is parked: a timer armed
            // earlier than it wakes.
            self.kick.ring();
        }
        // (Looked at before it is swapped: this runs at every release of the host lock, and
        // a read-modify-write costs even when nothing changed.)
        if self.posts.changed.load(Ordering::Acquire)
            && self.posts.changed.swap(false, Ordering::AcqRel)
        {
            self.notify_changed();
            self.kick.ring();
        }
    }

    /// The host lock for the serving loop: posted register calls are run before it is let
    /// go (see [`register_call`](Self::register_call)).
    fn serving(&self) -> Serving<'_, H, M> {
        Serving {
            shared: self,
            host: self.host(),
        }
    }

    /// The counters.
    pub fn metrics(&self) -> Arc<Metrics> {
        self.metrics.clone()
    }
}

struct Fd(RawFd);

impl AsRawFd for Fd {
    fn as_raw_fd(&self) -> RawFd {
        self.0
    }
}

impl<H: Hypercalls, M: GuestMemory + Clone> Shared<H, M> {
    /// Let a register call that waits for the host lock have it (the server calls this
    /// between queues; bounded, so a stream of calls cannot stop the server either).
    fn yield_to_waiters(&self) {
        // (Not for posted calls run: their callers spin, or sleep until woken. Yielding the
        // core after each would hand it to whatever else is runnable, under a flood of
        // posted calls often a flooding caller, for its time slice: every other domain's
        // ring ops would wait for it.)
        // (Only callers waiting for the lock itself: posted calls are run by this thread at
        // its next take of the lock, and waiting for them would only waste the core.)
        let mut spins = 0;
        while self
            .waiting
            .load(Ordering::Acquire)
            .saturating_sub(self.posts.n.load(Ordering::Acquire))
            > 0
            && spins < 1000
        {
            std::thread::yield_now();
            spins += 1;
        }
    }

    /// Ring the interrupts of the queues in `notify`: the bells are collected under the
    /// lock, rung after it is let go (a ring never blocks, but no lock is needed for it).
    fn ring_irqs(&self, notify: &[QueueKey]) {
        if notify.is_empty() {
            return;
        }
        let bells: Vec<Irq> = {
            let irqs = self.irqs.lock().unwrap_or_else(|p| p.into_inner());
            let dirqs = self.domain_irqs.lock().unwrap_or_else(|p| p.into_inner());
            notify
                .iter()
                .filter_map(|k| irqs.get(k).or_else(|| dirqs.get(&k.domain)).cloned())
                .collect()
        };
        for b in bells {
            b.ring();
        }
    }
}

/// A domain's doorbell as tokio sees it.
struct KickFd(Arc<EventFd>);

impl AsRawFd for KickFd {
    fn as_raw_fd(&self) -> RawFd {
        self.0.fd()
    }
}

/// The tasks that drain the domains' own doorbells.
struct KickTasks {
    tasks: BTreeMap<DomId, (Arc<EventFd>, tokio::task::JoinHandle<()>)>,
    woke: Arc<tokio::sync::Notify>,
}

impl KickTasks {
    /// Match the tasks to the domains' doorbells now registered.
    fn reconcile<H: Hypercalls, M: GuestMemory + Clone>(
        &mut self,
        shared: &Shared<H, M>,
        metrics: &Arc<Metrics>,
    ) {
        let want = shared
            .kicks
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .clone();
        self.tasks.retain(|dom, (fd, task)| {
            let keep = want.get(dom).is_some_and(|w| Arc::ptr_eq(w, fd));
            if !keep {
                task.abort();
            }
            keep
        });
        for (dom, fd) in want {
            if self.tasks.contains_key(&dom) {
                continue;
            }
            // SAFETY: the descriptor belongs to the `EventFd` that `KickFd` holds (an `Arc`)
            // inside the `AsyncFd`, so it stays open for as long as it is registered.
            #[allow(unsafe_code)] // tokio's registration of a descriptor it does not own
            let afd = unsafe {
                AsyncFd::register_with_interest(KickFd(fd.clone()), tokio::io::Interest::READABLE)
            };
            let Ok(afd) = afd else {
                crate::limited!(warn, domain = dom, "cannot watch a domain's doorbell");
                continue;
            };
            let (woke, metrics) = (self.woke.clone(), metrics.clone());
            let task = tokio::spawn(async move {
                while let Ok(mut g) = afd.readable().await {
                    let n = afd.get_ref().0.drain();
                    Metrics::add(&metrics.doorbells, n);
                    if g.ready().is_read_closed() {
                        // The guest's end is gone: nothing will ring again (and a closed
                        // end stays readable, so waiting on it would spin).
                        break;
                    }
                    g.clear_ready();
                    woke.notify_one();
                }
            });
            self.tasks.insert(dom, (fd, task));
        }
    }
}

impl Drop for KickTasks {
    fn drop(&mut self) {
        for (_, task) in self.tasks.values() {
            task.abort();
        }
    }
}

/// The turn (`Shared::turning`), held: let go when dropped, also by a panic, so that a turn
/// that unwinds on a guest's thread does not leave the loop waiting for it forever.
struct TurnToken<'a>(&'a AtomicBool);

impl<'a> TurnToken<'a> {
    fn try_take(turning: &'a AtomicBool) -> Option<TurnToken<'a>> {
        turning
            .compare_exchange(false, true, Ordering::Acquire, Ordering::Relaxed)
            .is_ok()
            .then_some(TurnToken(turning))
    }
}

impl Drop for TurnToken<'_> {
    fn drop(&mut self) {
        self.0.store(false, Ordering::Release);
    }
}

/// A serving loop, counted in `Shared::awake` or `Shared::parking` (one of the two at any
/// time), and in neither once dropped, however the loop ends (stopped, `until`, its task
/// dropped while parked, a panic).
struct LoopState<'a, H: Hypercalls, M: GuestMemory + Clone> {
    shared: &'a Shared<H, M>,
    parking: bool,
}

impl<'a, H: Hypercalls, M: GuestMemory + Clone> LoopState<'a, H, M> {
    fn new(shared: &'a Shared<H, M>) -> Self {
        shared.awake.fetch_add(1, Ordering::SeqCst);
        LoopState {
            shared,
            parking: false,
        }
    }

    /// About to look for work one last time before it parks: from here on, register calls
    /// are not posted for this loop, and calls served without the host lock ring `kick`
    /// for what they change. (Counted parking before it leaves `awake`: never neither.)
    fn park(&mut self) {
        if !self.parking {
            self.shared.parking.fetch_add(1, Ordering::SeqCst);
            self.shared.awake.fetch_sub(1, Ordering::SeqCst);
            self.parking = true;
        }
    }

    /// Awake again (or it did not park after all).
    fn wake(&mut self) {
        if self.parking {
            self.shared.awake.fetch_add(1, Ordering::SeqCst);
            self.shared.parking.fetch_sub(1, Ordering::SeqCst);
            self.parking = false;
        }
    }
}

impl<H: Hypercalls, M: GuestMemory + Clone> Drop for LoopState<'_, H, M> {
    fn drop(&mut self) {
        // (No longer awake: a call posted meanwhile is taken back by its caller. No longer
        // parked: doorbells ring `kick` rather than serve turns with no loop behind them.)
        self.shared.parked_until.store(0, Ordering::SeqCst);
        if self.parking {
            self.shared.parking.fetch_sub(1, Ordering::SeqCst);
        } else {
            self.shared.awake.fetch_sub(1, Ordering::SeqCst);
        }
    }
}

/// Let the runtime run its other tasks (the domains' doorbell tasks) every 32nd call: a
/// yield to tokio also makes it look for I/O, a system call, which a polling loop should not
/// pay on every look.
async fn runtime_yield(spins: &mut u32) {
    *spins = spins.wrapping_add(1);
    if *spins % 32 == 0 {
        tokio::task::yield_now().await;
    }
}

/// The most request bytes a doorbell's turn works through past its read phase (a batch of
/// a few hundred grant entries); with more, the advance phase is left to the loop, which the
/// doorbell wakes. Measured (BENCHMARKS §11, stop 29): a domain streaming 1024-entry batches
/// in interrupt mode did their slices on its own runtime worker, and another call's reply,
/// routed by the same worker, waited 60–80 µs behind them (9 µs with the loop doing them).
const INLINE_BYTES: usize = 16 << 10;

/// While idle, one look in this many also reads the clock (the poll window, the
/// hypervisor's timers, a blocked queue's retry) and, one such look in 32, lets the runtime
/// run its other tasks (which polls for I/O: a system call); the others read only the
/// queues' indices. Measured (`--features probe`, BENCHMARKS §11): the host saw a request
/// 20–30 ns sooner than with the clock read and the runtime run every 32 looks.
const CLOCK_EVERY: u32 = 8;

/// Serve until [`Shared::stop`]. Must run inside a tokio runtime with I/O and time enabled,
/// on its own thread: no register call may be made on a thread that runs its runtime (a call
/// posted for the loop would wait for it forever), and none is by the loop's own tasks.
pub async fn run<H, M>(shared: Arc<Shared<H, M>>) -> io::Result<()>
where
    H: Hypercalls,
    M: GuestMemory + Clone,
{
    run_until(shared, Arc::new(AtomicBool::new(false))).await
}

/// [`run`], also ending once `until` is set (then wake the loop with
/// [`Shared::wake_server`]): a serving loop of one user of a shared host (one VM's run)
/// ends by itself, without [`Shared::stop`], which ends every loop and every waiting call
/// of the host for good.
pub async fn run_until<H, M>(shared: Arc<Shared<H, M>>, until: Arc<AtomicBool>) -> io::Result<()>
where
    H: Hypercalls,
    M: GuestMemory + Clone,
{
    // SAFETY: the descriptor is the kick eventfd owned by `shared`, which this function holds
    // (an `Arc`) for longer than the `AsyncFd` lives; it is never closed or replaced.
    #[allow(unsafe_code)] // tokio's registration of a borrowed descriptor
    let kick = unsafe { AsyncFd::register(Fd(shared.kick.fd())) }.map_err(io::Error::from)?;
    let metrics = shared.metrics();
    // Counted awake (register calls are posted for it) or parking, until it ends.
    let mut state = LoopState::new(&shared);
    let mut mode = shared.poll_mode();
    let mut poller = Poller::new(mode);
    // When the loop last went idle (no request, nothing more to do); `None` while busy.
    let mut idle_since: Option<std::time::Instant> = None;
    // Loop iterations since the runtime last ran its other tasks.
    let mut spins = 0u32;
    // Looks at the queues while idle (see CLOCK_EVERY).
    let mut looks = 0u32;
    // When a turn last stopped on a queue without reply room (`None`: none did).
    let mut blocked: Option<std::time::Instant> = None;
    let mut kicks = KickTasks {
        tasks: BTreeMap::new(),
        woke: Arc::new(tokio::sync::Notify::new()),
    };
    while !shared.stop.load(Ordering::Acquire) && !until.load(Ordering::Acquire) {
        if shared.kicks_changed.load(Ordering::Acquire)
            && shared.kicks_changed.swap(false, Ordering::AcqRel)
        {
            kicks.reconcile(&shared, &metrics);
        }
        if idle_since.is_some()
            && shared.posts.ran.load(Ordering::Relaxed)
            && shared.posts.ran.swap(false, Ordering::Relaxed)
        {
            // Register calls were posted and run (by the look before): work, as a request
            // is; the loop polls on rather than yield its core or park.
            idle_since = Some(std::time::Instant::now());
        }
        if let Some(since) = idle_since {
            // Idle: look cheaply for work; poll for the window, then park. A queue blocked
            // for want of reply room is retried every BLOCKED_RETRY. Every look reads the
            // queues; every CLOCK_EVERY-th also the clock (the window, timers, that retry),
            // so that a look takes as little as it can: a request that comes waits for half
            // a look on average before it is seen.
            looks = looks.wrapping_add(1);
            if looks % CLOCK_EVERY != 0 {
                if !shared.serving().has_queue_work() {
                    std::hint::spin_loop();
                    continue;
                }
            } else if blocked.is_none_or(|b| b.elapsed() < BLOCKED_RETRY)
                && !shared.serving().has_work()
            {
                let window = poller.window();
                metrics
                    .poll_window_ns
                    .store(window.as_nanos() as u64, Ordering::Relaxed);
                let waited = since.elapsed();
                if waited < window {
                    // After the first microseconds, give the core to any thread that shares
                    // it (on a machine with few cores, the guest thread that is about to send
                    // the next request); now and then let the runtime run its other tasks.
                    if waited > MIN_POLL {
                        std::thread::yield_now();
                    }
                    runtime_yield(&mut spins).await;
                    continue;
                }
                // Park: ask every queue for a doorbell, re-check, then wait for one (or for
                // the hypervisor's next deadline). From here on, a call served without the
                // host lock rings the kick for what it changes; what it changed before is
                // seen by the re-check (parked ops, due deadlines) or the nap (deadlines).
                shared.parked_until.store(0, Ordering::SeqCst);
                state.park();
                // (A register call posted before this loop left `awake` is run, not slept
                // on.)
                let busy = {
                    let mut host = shared.host();
                    host.prepare_park() || host.has_work() || shared.posts.any()
                };
                if busy {
                    shared.host().cancel_park();
                    state.wake();
                    continue;
                }
                Metrics::add(&metrics.poll_ns, since.elapsed().as_nanos() as u64);
                Metrics::add(&metrics.parks, 1);
                let (now, sleep) = {
                    let host = shared.host();
                    let now = host.hv.now();
                    let sleep = host
                        .next_deadline()
                        .map(|d| Duration::from_nanos(d.saturating_sub(now)));
                    (now, sleep)
                };
                let mut nap = sleep
                    .unwrap_or(Duration::from_millis(100))
                    .min(Duration::from_millis(100));
                if let Some(b) = blocked {
                    nap = nap.min(BLOCKED_RETRY.saturating_sub(b.elapsed()));
                }
                let until = now.saturating_add(u64::try_from(nap.as_nanos()).unwrap_or(u64::MAX));
                shared.parked_until.store(until.max(1), Ordering::SeqCst);
                let woke = tokio::select! {
                    r = kick.readable() => {
                        if let Ok(mut g) = r {
                            let n = shared.kick.drain();
                            Metrics::add(&metrics.doorbells, n);
                            g.clear_ready();
                        }
                        true
                    }
                    _ = kicks.woke.notified() => true,
                    _ = tokio::time::sleep(nap) => false,
                };
                // Awake: doorbells ring `kick` again rather than serve a turn themselves.
                shared.parked_until.store(0, Ordering::SeqCst);
                shared.host().cancel_park();
                state.wake();
                poller.parked(woke.then(|| since.elapsed()));
                idle_since = None;
                let now_mode = shared.poll_mode();
                if now_mode != mode {
                    mode = now_mode;
                    poller = Poller::new(mode);
                }
                continue;
            }
        }
        // One turn (a doorbell's on another thread may be ending: wait for it).
        let token = shared.take_turn();
        let turn = shared.turn(shared.serving(), None);
        drop(token);
        if turn.requests > 0 {
            if let Some(since) = idle_since.take() {
                // Found by polling: no doorbell was needed.
                let gap = since.elapsed();
                poller.hit(gap);
                Metrics::add(&metrics.poll_hits, 1);
                Metrics::add(&metrics.poll_ns, gap.as_nanos() as u64);
            }
        }
        if turn.more || turn.requests > 0 {
            // Busy, not idle.
            idle_since = None;
            runtime_yield(&mut spins).await;
            continue;
        }
        // A reply ring too full to go on: the guest does not signal that it consumed
        // replies, so that queue is retried by time (other queues are served meanwhile).
        blocked = turn.blocked.then(std::time::Instant::now);
        idle_since.get_or_insert_with(std::time::Instant::now);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_adaptive_poller_polls_for_close_arrivals_and_parks_for_sparse_ones() {
        let max = Duration::from_micros(200);
        let mut p = Poller::new(PollMode::Adaptive { max });
        assert!(p.window() > Duration::ZERO, "starts by polling");
        // A steady stream: requests found 10 µs after going idle.
        for _ in 0..32 {
            p.hit(Duration::from_micros(10));
        }
        assert_eq!(p.window(), Duration::from_micros(40));
        // Sparse calls, a millisecond apart (each idle period runs out and a doorbell
        // comes late): the window halves down to nothing.
        for _ in 0..8 {
            p.parked(Some(Duration::from_millis(1)));
        }
        assert_eq!(p.parks % PROBE_EVERY, 0);
        assert_eq!(p.window(), max, "a probe");
        p.parked(Some(Duration::from_millis(1)));
        assert_eq!(p.window(), Duration::ZERO, "interrupt mode");
        // Doorbells that came soon after going idle (a window would have caught them):
        // polling comes back at once.
        p.parked(Some(Duration::from_micros(40)));
        assert_eq!(p.window(), Duration::from_micros(50));
        // A request found long after the longest window (the loop did not have the CPU)
        // is a miss, not a hit.
        p.hit(max * 2);
        assert_eq!(p.window(), Duration::from_micros(25));
        // Timers (no doorbell) count as misses: below the floor, no polling.
        p.parked(None);
        assert_eq!(p.window(), Duration::ZERO);
        // Very close arrivals still poll for at least the floor.
        for _ in 0..32 {
            p.hit(Duration::ZERO);
        }
        assert_eq!(p.window(), MIN_POLL);
    }

    /// Bursts: calls a few microseconds apart, then a pause. A pause the window could
    /// cover (a doorbell that came 120 µs after going idle) is polled through from then on,
    /// although the close calls alone would shrink the window below it; a pause too long to
    /// poll through (over `max`) still parks, but the calls close behind it are polled for
    /// (no second park per burst), until long pauses are all that come.
    #[test]
    fn an_adaptive_poller_keeps_polling_through_the_pauses_between_bursts() {
        let max = Duration::from_micros(200);
        let us = Duration::from_micros;
        let mut p = Poller::new(PollMode::Adaptive { max });
        let burst = |p: &mut Poller| {
            for _ in 0..15 {
                p.hit(us(3));
            }
        };
        burst(&mut p);
        p.parked(Some(us(120)));
        for _ in 0..4 {
            burst(&mut p);
            assert_eq!(p.window(), us(150), "the pause is still covered");
            // The next pause is found by polling, and keeps the window.
            p.hit(us(120));
        }
        // Pauses longer than any window: each parks, and the window shrinks, but a burst's
        // calls stay polled for.
        for _ in 0..6 {
            p.parked(Some(Duration::from_millis(1)));
            assert!(p.window() >= MIN_POLL, "{:?}", p.window());
            burst(&mut p);
            assert!(p.window() >= MIN_POLL);
        }
        assert_eq!(p.window(), MIN_POLL, "no pause to cover any more");
        // Only long pauses, no bursts: interrupt mode within a few parks.
        let mut n = 0;
        while p.window() != Duration::ZERO {
            p.parked(Some(Duration::from_millis(1)));
            n += 1;
            assert!(n <= 4, "still polling after {n} long pauses");
        }
    }

    #[test]
    fn fixed_and_interrupt_modes_do_not_adapt() {
        let mut f = Poller::new(PollMode::Fixed(Duration::from_micros(7)));
        let mut i = Poller::new(PollMode::Interrupt);
        for _ in 0..16 {
            f.parked(Some(Duration::from_millis(5)));
            i.hit(Duration::ZERO);
        }
        assert_eq!(f.window(), Duration::from_micros(7));
        assert_eq!(i.window(), Duration::ZERO);
    }
}
