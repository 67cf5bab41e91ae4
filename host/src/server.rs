//! The host: many queues of many domains served fairly, continuations, the control family.
//!
//! [`Host`] owns the hypervisor backend, the guest memory of each domain and every queue set
//! up in it. [`Host::turn`] gives each queue one turn: it reads the requests the guest
//! published (each copied once into private memory), answers the immediate ones at once,
//! turns batch and async ops into [`Continuation`]s, and advances those by at most
//! [`Config::budget`] entries — so a 100 000-entry grant batch on one queue cannot hold up a
//! small op on another for longer than one budget. A continuation never repeats an entry
//! (it resumes at its next index), can be cancelled (control `cancel`: it stops at the next
//! preemption point and reports the entries not run as cancelled), and sends progress parts
//! when the request asked for them ([`Flags::PROGRESS`]). `sched.poll`/`block` park until the
//! hypervisor's generation changes; no thread waits for them.
//!
//! Every queue is bounded: at most [`Config::max_inflight`] continuations (and
//! [`Config::max_domain_inflight`] per domain), each holding one copied request (≤ 64 KiB) and
//! its accumulated reply (≤ the op's `max-reply`); one queue's turn consumes at most
//! [`Config::byte_budget`] ring bytes, padding included. A queue whose guest breaks the ring
//! protocol faults alone, is logged once and is not read again.
//!
//! The path of a request, top to bottom: [`Host::turn`] → [`Host::service`] (one queue) →
//! `read_one` (copy once, parse, reserve reply room, admit: privilege) → immediate ops answered
//! by `write_immediate`, long ones queued as [`Continuation`]s → `advance` → `step` (the next
//! window through [`dispatch`] to the backend) → replies published by the queue's ring.

use std::collections::{BTreeMap, VecDeque};
use std::sync::Arc;

use hvlink_codec::ring::Fault;
use hvlink_codec::{Builder, Flags};
use hvlink_proto::rt::{self, op_flags, Ctx, OpDesc, Regs, ServeError, Via, Window};
use hvlink_proto::{control, DomId, Errno};
use vm_memory::GuestMemory;

pub use crate::config::{
    Config, MIN_REPLY_MESSAGE, PROGRESS_WINDOW, PROTOCOL_VERSION, QUEUE_FEATURES,
};
pub use crate::continuation::Continuation;
use crate::dispatch::{
    self, begin_reply, check_privilege, check_ring_privilege, request_attrs, Hypercalls, Metrics,
    QueueKind, RegOutcome, ERROR_BOUND, MODE_ORDERED,
};
pub use crate::queue::QueueKey;
use crate::queue::{Queue, Queues, Requests};
use crate::ring::HostQueue;

/// The control family's view of the host for one call: the host's fields borrowed one by
/// one (so that `self.scratch` and the current queue stay usable beside it).
macro_rules! control_call {
    ($host:expr, $current:expr) => {
        crate::control::ControlCall {
            hv: &$host.hv,
            config: &$host.config,
            metrics: &$host.metrics,
            memory: &$host.memory,
            queues: &mut $host.queues,
            current: $current,
            introspect: &mut $host.introspect,
        }
    };
}

/// Padding one queue's turn skips before it looks whether a register call waits (64 pieces
/// of padding at their least cost: a few microseconds of header reads).
const PADDING_SLICE: usize = 64 * hvlink_codec::ring::PADDING_COST;

/// What one [`Host::turn`] did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Turn {
    /// Requests read.
    pub requests: usize,
    /// Reply messages published.
    pub replies: usize,
    /// Queues whose guest asked for an interrupt.
    pub notify: Vec<QueueKey>,
    /// Work is left that a further turn can do now (budget spent, more requests waiting).
    pub more: bool,
    /// Continuations parked, waiting for an event or a time.
    pub parked: usize,
    /// Some queue's reply ring was too full to go on: poll again soon (the guest does not
    /// signal that it consumed replies).
    pub blocked: bool,
    /// A big batch request was read that [`Host::take_unchecked`] may validate apart (the
    /// serving runtime looks for it only in such turns, and in the turn after one that left
    /// some unvalidated: [`Host::take_deferred_checks`]).
    pub unchecked: bool,
}

/// What [`Host::remove_domain`] took out (the domain's queues, its memory): dropping it
/// unmaps what only it still maps, so it is dropped after the host lock is let go.
pub struct Released<M: GuestMemory + Clone> {
    _queues: Vec<Box<Queue<M>>>,
    _memory: Option<M>,
}

/// The host.
pub struct Host<H: Hypercalls, M: GuestMemory + Clone> {
    /// The hypervisor backend.
    pub hv: H,
    config: Config,
    metrics: Arc<Metrics>,
    memory: crate::queue::Memories<M>,
    queues: Queues<M>,
    scratch: Vec<u8>,
    /// Reply messages the current phase pushed that need no interrupt (progress parts of a
    /// request younger than [`Config::progress_quiet`]): a phase that pushed only these is
    /// published without one ([`HostQueue::flush_quiet`]).
    quiet: usize,
    reqbuf: Vec<u8>,
    cursor: Option<QueueKey>,
    /// The last turn's list of queues, given back ([`Host::end_turn`]) so that the next
    /// [`Host::plan_turn`] allocates nothing.
    keys_spare: Vec<QueueKey>,
    introspect: crate::control::Introspection,
    capture: Option<Capture>,
    current: QueueKey,
    extras: Vec<Extra>,
    extra_descs: &'static [&'static rt::FamilyDesc],
    /// Buffers of finished continuations, for the next ones (at most [`SPARE`]).
    spare: Vec<crate::continuation::Buffers>,
    /// Request buffers for the serving thread's ring copy (at most [`BIG_SPARE`]).
    big_spare: Vec<Vec<u8>>,
    /// Kept-entry stores of finished big batches ([`rt::Kept`]), at most [`BIG_SPARE`].
    kept_spare: Vec<rt::Kept>,
    /// Reply buffers (results, framed messages) of finished big batches, for the next big
    /// request, at most [`BIG_SPARE`] (each at most two messages' size).
    reply_spare: Vec<(Vec<u8>, Vec<u8>)>,
    /// The in-flight list a queue's continuations were advanced out of, given back empty
    /// ([`Host::advance_all`]), so that advancing a batch allocates nothing.
    inflight_spare: VecDeque<Continuation>,
    /// What each domain has used of its budgets in the current turn (a list: a turn serves
    /// few domains, and a cleared list keeps its room).
    spent: Vec<(DomId, Spent)>,
    /// The generation at which the queues were last marked held or not
    /// ([`Host::mark_held`]).
    held_seen: u64,
    /// Some queue may be marked held (a domain was held at the last marking).
    queues_held: bool,
    /// Which register calls are served without the host lock (`crate::bypass`).
    bypass: Arc<crate::bypass::Bypass>,
    /// Non-zero while a register call waits for this host (set by the serving runtime): a
    /// queue's turn then ends at its next message or continuation boundary.
    preempt: Option<&'static std::sync::atomic::AtomicUsize>,
    /// The register calls posted for the lock holder (set by the serving runtime): run in the
    /// middle of a long stretch that has no preemption point ([`Host::combine`]).
    posts: Option<Arc<crate::serve::Posts>>,
    /// When the current phase's clock started ([`clock_ns`]); 0: not yet (it starts at the
    /// first look, see `slice_end`).
    slice_start: std::cell::Cell<u64>,
    /// The slice left to the current phase's domain in this turn, in nanoseconds; 0: no
    /// time limit (also outside a phase).
    slice_left: u64,
    /// Tokens of requests out being validated ([`Unchecked`]).
    checks: u64,
    /// A big batch was left unvalidated this turn because its domain had used its time
    /// slice ([`take_unchecked`](Self::take_unchecked)): a later turn validates it apart.
    deferred_checks: bool,
    /// A small request takes its first step as it is read (`STEP_AT_ONCE`): its window
    /// stops for a waiting register call but reads no clock (a few dozen entries at most,
    /// one message's time, as a phase that reads one message reads none).
    untimed: bool,
}

/// A domain's use of the turn's budgets.
#[derive(Debug, Clone, Copy, Default)]
struct Spent {
    entries: u32,
    bytes: usize,
    /// Time, in nanoseconds of [`clock_ns`].
    ns: u64,
}

/// Which part of a queue's turn [`Host::service_phase`] runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Phase {
    /// Read what the guest published: immediate requests are answered, long ones (batches,
    /// async ops) queued as continuations.
    Read,
    /// Advance the queue's continuations (batch windows, parked ops).
    Advance,
}

/// Finished continuations' buffers a host keeps for reuse (each set at most 16 KiB).
const SPARE: usize = 8;
/// Request buffers of [`MAX_MESSAGE_LEN`](hvlink_codec::limits::MAX_MESSAGE_LEN) kept for the
/// serving thread's ring copy: a big request's continuation takes the copy over instead of
/// copying it again, and gives the buffer back here when it finishes.
const BIG_SPARE: usize = 4;
/// A batch request of more bytes than this takes the reply buffers a finished big batch
/// left (`Host::reply_spare`): its results will outgrow a small op's kept set.
const REPLY_SPARE_AT: usize = 4 << 10;
/// A reply message longer than this is published in pieces of this size, posted register
/// calls run between them ([`Host::combine`]): copying a 32 KiB batch reply into a ring the
/// guest reads from another core takes several microseconds.
const REPLY_PIECE: usize = 4 << 10;

/// A long request (batch, async op) of at most this many bytes whose queue has nothing else
/// in flight takes its first step as it is read (a batch of a few dozen entries at most,
/// a single-form batch op, an async op that completes at once).
const STEP_AT_ONCE: usize = 2048;

/// A batch request of more than this many bytes (about 200 grant entries) is validated apart,
/// without the host lock ([`Host::take_unchecked`]); a smaller one just before its first
/// window, under the lock, where its checks take a few microseconds (less than the hand-off apart costs:
/// pipelined 64-entry grant batches, 2.5 KiB each, went from 122 to 118 µs a round of eight
/// when they stopped going apart; BENCHMARKS §11, stop 29).
const CHECK_APART_AT: usize = 8 << 10;

/// A batch request of more than this many bytes (about six grant entries) is validated
/// before its first window with its entries kept, for its windows to run them from there
/// ([`rt::Kept`]); a smaller one (a single op's form, a batch of one) is validated by its
/// first window as it runs, which for an entry or two costs less than keeping them.
const KEEP_AT: usize = 256;

/// The most a batch's first window reserves for its results before its entries are counted
/// (see [`Host::step`]): far below what a continuation keeps for the next one.
const FIRST_RESERVE: usize = 4096;

/// A long request of more than this many bytes keeps the serving thread's ring copy (a
/// buffer of [`MAX_MESSAGE_LEN`](hvlink_codec::limits::MAX_MESSAGE_LEN)) instead of being
/// copied again; a smaller one is copied into a buffer of its size. So a continuation's
/// request buffer is never more than four times its request: a domain's continuations in
/// flight pin what their requests need, not 64 KiB each.
const OWN_AT: usize = hvlink_codec::limits::MAX_MESSAGE_LEN / 4;

/// Monotonic nanoseconds since the first call (the clock of time slices).
pub fn clock_ns() -> u64 {
    static EPOCH: std::sync::OnceLock<std::time::Instant> = std::sync::OnceLock::new();
    EPOCH
        .get_or_init(std::time::Instant::now)
        .elapsed()
        .as_nanos() as u64
}

/// The waiting flag of a host that no serving runtime shares (nothing ever waits).
static NOBODY_WAITS: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);

/// Which way a captured message went.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    /// Guest to host (a request).
    Request,
    /// Host to guest (a reply, ERROR, ACK or progress part).
    Reply,
}

/// Serves a ring request of an extra family (the family's generated `serve` bound to its
/// backend).
pub type ExtraServe = Box<
    dyn FnMut(
            &Ctx,
            u8,
            hvlink_codec::Attrs<'_>,
            Window,
            &mut Builder<&mut Vec<u8>>,
        ) -> Result<rt::Served, ServeError>
        + Send,
>;

/// Serves a register call of an extra family (its generated `serve_regs`).
pub type ExtraServeRegs = Box<dyn FnMut(&Ctx, &mut Regs) -> Result<(), Errno> + Send>;

struct Extra {
    desc: &'static rt::FamilyDesc,
    serve: ExtraServe,
    serve_regs: ExtraServeRegs,
}

/// Run op `op` of a core or extra family.
fn serve_op<H: Hypercalls>(
    hv: &mut H,
    extras: &mut [Extra],
    ctx: &Ctx,
    op: &OpDesc,
    attrs: hvlink_codec::Attrs<'_>,
    window: Window,
    b: &mut Builder<&mut Vec<u8>>,
) -> Result<rt::Served, ServeError> {
    match extras.iter_mut().find(|x| x.desc.id == op.family_id) {
        Some(x) => (x.serve)(ctx, op.id, attrs, window, b),
        None => dispatch::serve_family(hv, ctx, op, attrs, window, b),
    }
}

/// Does the built-in families' generated code serve `op` (not the control family, an extra
/// family, nor a family the hypervisor serves in a version of its own)? Then its family's
/// generated `validate` / `validate_keep` checks what its first window would.
fn generated_checks(op: &OpDesc, extras: &[&rt::FamilyDesc], versions: &[&rt::FamilyDesc]) -> bool {
    let fam = op.family_id;
    fam != control::ID
        && !extras.iter().any(|f| f.id == fam)
        && !versions.iter().any(|f| f.id == fam)
}

/// Give `own`, a big batch's store, one of the `spare` stores (one a finished big batch left,
/// its allocations reused) if it has none of its own yet.
fn lend_spare(spare: &mut Vec<rt::Kept>, own: &mut rt::Kept) {
    if own.bytes() == 0 {
        if let Some(k) = spare.pop() {
            *own = k;
        }
    }
}

/// A tap on every message a queue carries (what `--pcap` writes).
pub type Capture = Box<dyn FnMut(Direction, QueueKey, &[u8]) + Send>;

/// A big batch request taken out of its continuation to be validated apart, outside the
/// host lock ([`Host::take_unchecked`]): the check reads only the request's bytes, so the
/// serving runtime runs it without the lock, and another domain's register call does not
/// wait for it. Give it back with [`Host::put_checked`].
#[derive(Debug)]
pub struct Unchecked {
    key: QueueKey,
    token: u64,
    op: &'static OpDesc,
    request: Vec<u8>,
    /// Its entries as the validation decodes them (a store lent out: a spare one, or the
    /// continuation's own).
    kept: rt::Kept,
    /// Its batch mode, found while it is out ([`validate`](Self::validate)).
    mode: Option<u8>,
    /// How long its validation took ([`clock_ns`]): the domain's work, charged to its time
    /// slice for the turn when it is given back.
    took_ns: u64,
}

impl Unchecked {
    /// Validate the request as its first window would (the family's generated
    /// `validate_keep`, which keeps the entries it decodes for the windows), and look up its
    /// batch mode meanwhile (a walk of its entries too).
    pub fn validate(&mut self) -> Result<(), hvlink_codec::Error> {
        let t0 = clock_ns();
        self.mode = Some(dispatch::batch_mode(self.op, request_attrs(&self.request)));
        let r = hvlink_proto::generated::validate_keep(
            self.op,
            request_attrs(&self.request),
            &mut self.kept,
        );
        self.took_ns += clock_ns().saturating_sub(t0);
        r
    }
}

impl<H: Hypercalls, M: GuestMemory + Clone> Host<H, M> {
    /// A host serving `hv`.
    pub fn new(hv: H, config: Config) -> Self {
        // Families the hypervisor serves in a version of its own replace the built-in ones.
        let versions = hv.family_versions();
        let mut introspect = crate::control::Introspection::default();
        if !versions.is_empty() {
            introspect.set_extra(versions);
        }
        Host {
            hv,
            config,
            metrics: Arc::new(Metrics::default()),
            memory: BTreeMap::new(),
            queues: Queues::default(),
            scratch: Vec::with_capacity(1 << 17),
            quiet: 0,
            reqbuf: Vec::with_capacity(1 << 16),
            cursor: None,
            keys_spare: Vec::new(),
            introspect,
            capture: None,
            current: QueueKey {
                domain: 0,
                queue: 0,
            },
            extras: Vec::new(),
            extra_descs: versions,
            bypass: {
                let b = Arc::new(crate::bypass::Bypass::default());
                b.set_own(versions);
                b
            },
            spent: Vec::new(),
            held_seen: u64::MAX,
            queues_held: false,
            spare: Vec::new(),
            big_spare: Vec::new(),
            kept_spare: Vec::new(),
            reply_spare: Vec::new(),
            inflight_spare: VecDeque::new(),
            preempt: None,
            posts: None,
            slice_start: std::cell::Cell::new(0),
            slice_left: 0,
            untimed: false,
            checks: 0,
            deferred_checks: false,
        }
    }

    /// Serve one more family besides the built-in ones — e.g. a vendor family, or another
    /// version of a family in compatibility tests: its descriptor (listed by `get_family`,
    /// its ops dispatched like the others, privilege enforced from it) and its generated
    /// `serve`/`serve_regs` bound to a backend. `EEXIST` if the id or message type is taken.
    pub fn add_family(
        &mut self,
        desc: &'static rt::FamilyDesc,
        serve: ExtraServe,
        serve_regs: ExtraServeRegs,
    ) -> Result<(), Errno> {
        let taken = hvlink_proto::FAMILIES
            .iter()
            .chain(self.extra_descs.iter())
            .chain(self.hv.family_versions().iter())
            .any(|f| f.id == desc.id || f.msg_type == desc.msg_type);
        if taken {
            return Err(Errno::EEXIST);
        }
        self.extras.push(Extra {
            desc,
            serve,
            serve_regs,
        });
        // A few descriptors per host, registered once: leaked to give lookups a 'static
        // slice.
        let descs: Vec<&'static rt::FamilyDesc> = self
            .hv
            .family_versions()
            .iter()
            .copied()
            .chain(self.extras.iter().map(|x| x.desc))
            .collect();
        self.extra_descs = Box::leak(descs.into_boxed_slice());
        self.introspect.set_extra(self.extra_descs);
        self.bypass.set_own(self.extra_descs);
        Ok(())
    }

    /// End a queue's turn early, at its next message or continuation boundary, whenever
    /// `waiting` is non-zero (the serving runtime counts register calls waiting for the
    /// host there), so that a call waits for at most one message or batch window of another
    /// domain's work.
    ///
    /// Batch windows look at it too, every [`rt::PREEMPT_CHUNK`] entries.
    pub fn set_preempt(&mut self, waiting: &'static std::sync::atomic::AtomicUsize) {
        self.preempt = Some(waiting);
    }

    /// The register calls posted for the lock holder (the serving runtime's).
    pub(crate) fn set_posts(&mut self, posts: Arc<crate::serve::Posts>) {
        self.posts = Some(posts);
    }

    /// Run the register calls posted meanwhile, now, in the middle of a queue's phase (that
    /// queue out of the table; the engine's own family waits for the phase's end): what the
    /// engine does within a stretch that cannot stop, publishing a big reply message, so that
    /// another domain's call does not wait for all of it.
    fn combine(&mut self) {
        if let Some(posts) = self.posts.clone().filter(|p| p.any()) {
            let _ = posts.run(self, true);
        }
    }

    /// The family a register call names, if any.
    pub(crate) fn regs_family(&self, regs: &Regs) -> Option<u16> {
        self.regs_op(regs).ok().map(|op| op.family_id)
    }

    fn preempted(&self) -> bool {
        self.preempt
            .as_ref()
            .is_some_and(|w| w.load(std::sync::atomic::Ordering::Relaxed) > 0)
            || self.slice_over()
    }

    /// When the phase in progress must stop ([`clock_ns`]), its clock started now if it had
    /// not (see `service_queue`); `None`: no time limit.
    fn slice_end(&self) -> Option<u64> {
        if self.slice_left == 0 {
            return None;
        }
        let start = match self.slice_start.get() {
            0 => {
                let now = clock_ns().max(1);
                self.slice_start.set(now);
                now
            }
            t => t,
        };
        Some(start + self.slice_left)
    }

    /// The time slice of the phase in progress is spent (a look that starts its clock
    /// finds it not).
    fn slice_over(&self) -> bool {
        let started = self.slice_start.get() != 0;
        self.slice_end()
            .is_some_and(|end| started && clock_ns() >= end)
    }

    /// What a batch window looks at to stop early (`None`: nothing can stop it).
    fn window_preempt(&self) -> Option<rt::Preempt> {
        if self.untimed && self.slice_start.get() == 0 {
            return self.preempt.map(rt::Preempt::new);
        }
        let p = rt::Preempt::new(self.preempt.unwrap_or(&NOBODY_WAITS));
        match (self.slice_end(), self.preempt) {
            (None, None) => None,
            (None, Some(_)) => Some(p),
            (Some(end), _) => Some(p.until(clock_ns, end)),
        }
    }

    /// The next big batch request of queue `key` that waits for its first window and can be
    /// validated apart ([`Unchecked`]): one of more than `CHECK_APART_AT` bytes, of a family
    /// the generated code serves (not the engine's own, not a host extra, not one the
    /// hypervisor serves in a version of its own). Its continuation does not step until
    /// [`put_checked`](Self::put_checked) gives it back.
    ///
    /// `None` also once the domain has used its time slice for this turn (validations apart
    /// count against it, see [`put_checked`](Self::put_checked)): a guest that queues many big
    /// batches at once gets them validated a slice's worth per turn, not all in one turn
    /// while other domains' small ops wait. [`take_deferred_checks`](Self::take_deferred_checks)
    /// tells the serving runtime to look again in the next turn.
    pub fn take_unchecked(&mut self, key: QueueKey) -> Option<Unchecked> {
        if self.over_slice(self.spent_ns(key.domain)) {
            self.deferred_checks = true;
            return None;
        }
        let versions = self.hv.family_versions();
        let extras = self.extra_descs;
        let q = self.queues.get_mut(key)?;
        if q.faulted || q.reqs.teardown || q.reqs.closing {
            return None;
        }
        let c = q.reqs.inflight.iter_mut().find(|c| {
            c.op.flags & op_flags::BATCH != 0
                && !c.validated
                && c.checking.is_none()
                && c.next == 0
                && c.total.is_none()
                // (A batch cancelled before it ran is validated here too: its first window
                // would validate it under the host lock, as long as a slice.)
                && !c.finished
                && c.request.len() > CHECK_APART_AT
                && generated_checks(c.op, extras, versions)
        })?;
        self.checks = self.checks.wrapping_add(1);
        c.checking = Some(self.checks);
        Some(Unchecked {
            key,
            token: self.checks,
            op: c.op,
            request: std::mem::take(&mut c.request),
            kept: {
                lend_spare(&mut self.kept_spare, &mut c.kept);
                std::mem::take(&mut c.kept)
            },
            mode: None,
            took_ns: 0,
        })
    }

    /// Give back a request [`take_unchecked`](Self::take_unchecked) took, with what its
    /// validation found: valid, its first window skips the checks; invalid, it is answered
    /// with the ERROR its first window would have written (naming the attribute and offset),
    /// and nothing of it runs. A request whose queue or continuation went meanwhile is
    /// dropped. The validation's time counts against the domain's time slice for this turn
    /// (its first window gets what is left): the small op of another domain that waits for
    /// the rest of the turn waits for at most one slice.
    pub fn put_checked(&mut self, u: Unchecked, valid: Result<(), hvlink_codec::Error>) {
        if !self.config.slice.is_zero() {
            self.spent_by(u.key.domain).ns += u.took_ns;
        }
        let Some(q) = self.queues.get_mut(u.key) else {
            return;
        };
        let Some(c) = q
            .reqs
            .inflight
            .iter_mut()
            .find(|c| c.checking == Some(u.token))
        else {
            return;
        };
        c.request = u.request;
        c.kept = u.kept;
        c.checking = None;
        if let Some(mode) = u.mode {
            c.learn_mode(mode);
        }
        Metrics::add(&self.metrics.checked_apart, 1);
        Metrics::add(
            &self.metrics.kept_entries,
            c.kept.count().unwrap_or(0) as u64,
        );
        match valid {
            Ok(()) => c.validated = true,
            Err(e) => fail(&self.metrics, c, ServeError::Invalid(e)),
        }
    }

    /// Tap every request consumed and every reply published (`None` removes the tap).
    pub fn set_capture(&mut self, capture: Option<Capture>) {
        self.bypass.set_capturing(capture.is_some());
        self.capture = capture;
    }

    /// Serve the ops `part` serves without the host lock (the backend's
    /// [`Unlocked`](hvlink_proto::Unlocked) part, e.g. the reference hypervisor's
    /// `Hypervisor::unlocked`): a register call of one of them made through
    /// [`Shared::register_call`](crate::serve::Shared::register_call) runs on its caller's
    /// thread and never waits for the thread serving another domain (`crate::bypass`).
    /// `None`: every call under the lock (the default).
    pub fn set_unlocked(&mut self, part: Option<crate::UnlockedPart>) {
        self.bypass.set_part(part);
    }

    /// A register call served as [`Shared::register_call`](crate::serve::Shared::register_call)
    /// serves it first, without the host lock, by the backend's unlocked part
    /// ([`set_unlocked`](Self::set_unlocked)); `None` (registers untouched) when it must be
    /// served under the lock ([`register_call`](Self::register_call)). For differential
    /// tests and fuzzing of the two paths: the answers must be the same.
    pub fn register_call_unlocked(&self, domain: DomId, regs: &mut Regs) -> Option<RegOutcome> {
        self.bypass
            .serve(&self.metrics, domain, None, regs)
            .map(|(out, _)| out)
    }

    /// What decides which register calls are served without the lock (for the serving
    /// runtime).
    pub(crate) fn bypass(&self) -> &Arc<crate::bypass::Bypass> {
        &self.bypass
    }

    fn tap(&mut self, dir: Direction, key: QueueKey, bytes: &[u8]) {
        if let Some(c) = self.capture.as_mut() {
            for (at, m) in hvlink_codec::Messages::new(bytes).flatten() {
                c(dir, key, &bytes[at..at + m.len()]);
            }
        }
    }

    /// The counters.
    pub fn metrics(&self) -> &Arc<Metrics> {
        &self.metrics
    }

    /// The configuration.
    pub fn config(&self) -> &Config {
        &self.config
    }

    /// Register the memory of domain `dom` (what `queue_setup` addresses are resolved in),
    /// for the domain's current life ([`Hypercalls::domain_life`]): it goes when that life is
    /// destroyed, and a later domain of the same id does not set queues up in it.
    pub fn set_memory(&mut self, dom: DomId, mem: M) {
        let life = self.hv.domain_life(dom);
        self.memory.insert(dom, (life, mem));
    }

    /// Is memory registered for the current life of domain `dom` ([`set_memory`](Self::set_memory))?
    /// A VMM or a guest process's connection that would set its own asks first: the
    /// domain's guest memory is one, and another's would be taken over.
    pub fn has_memory(&self, dom: DomId) -> bool {
        let life = self.hv.domain_life(dom);
        self.memory.get(&dom).is_some_and(|(l, _)| *l == life)
    }

    /// The queues, in key order.
    pub fn queue_keys(&self) -> Vec<QueueKey> {
        self.queues.keys().copied().collect()
    }

    /// Requests in flight on a queue (continuations).
    pub fn inflight(&self, key: QueueKey) -> usize {
        self.queues.get(key).map_or(0, |q| q.reqs.inflight.len())
    }

    /// Bytes of the queue's requests in flight that are neither finished nor parked (their
    /// messages): the work a turn's advance phase has left to do there, roughly.
    pub fn unfinished_bytes(&self, key: QueueKey) -> usize {
        self.queues.get(key).map_or(0, |q| {
            q.reqs
                .inflight
                .iter()
                .filter(|c| !c.finished && c.parked.is_none())
                .map(|c| c.request.len())
                .sum()
        })
    }

    /// Memory the queue's requests in flight hold (their request copies, results and
    /// replies not yet published, by capacity): what a domain pins in the host.
    pub fn inflight_bytes(&self, key: QueueKey) -> usize {
        self.queues.get(key).map_or(0, |q| {
            q.reqs.inflight.iter().map(Continuation::footprint).sum()
        })
    }

    /// The queue's fault, if its guest broke the protocol.
    pub fn queue_fault(&self, key: QueueKey) -> Option<Fault> {
        self.queues.fault(key)
    }

    /// Set a queue up directly (what `queue_setup` does), e.g. for a guest whose first
    /// queue the toolstack creates. Errors as `queue_setup`.
    pub fn add_queue(
        &mut self,
        domain: DomId,
        queue: u16,
        kind: QueueKind,
        base_gpa: u64,
        pages: u32,
        features: u64,
    ) -> Result<u64, Errno> {
        let life = self.hv.domain_life(domain);
        self.queues
            .setup(
                &self.config,
                &self.memory,
                (QueueKey { domain, queue }, life),
                kind,
                base_gpa,
                pages,
                features,
            )
            .map(|(_, bell)| bell)
    }

    /// Tear a queue down at once (its in-flight requests are dropped).
    pub fn remove_queue(&mut self, key: QueueKey) -> bool {
        match self.queues.remove(key) {
            Some(mut q) => {
                self.drop_requests(key.domain, &mut q.reqs);
                true
            }
            None => false,
        }
    }

    /// Have the next turn look for big batches to validate apart
    /// ([`take_deferred_checks`](Self::take_deferred_checks)): a turn that read one left
    /// before its advance phase (a doorbell's, leaving big work to the serving loop).
    pub fn defer_checks(&mut self) {
        self.deferred_checks = true;
    }

    /// Whether a big batch was left unvalidated in the last turn because its domain had
    /// used its slice (then [`take_unchecked`](Self::take_unchecked) has work in this one);
    /// the flag is cleared.
    pub fn take_deferred_checks(&mut self) -> bool {
        std::mem::take(&mut self.deferred_checks)
    }

    /// `spent_ns` of a turn is the whole time slice or more (never, without time slices).
    fn over_slice(&self, spent_ns: u64) -> bool {
        let slice = self.config.slice.as_nanos() as u64;
        slice != 0 && spent_ns >= slice
    }

    /// The time `dom`'s work has taken in the current turn, in nanoseconds: what it has used
    /// of its time slice ([`Config::slice`]), its queues' phases and the validation of its
    /// big batches apart ([`put_checked`](Self::put_checked)) included.
    pub fn spent_ns(&self, dom: DomId) -> u64 {
        self.spent
            .iter()
            .find(|(d, _)| *d == dom)
            .map_or(0, |(_, s)| s.ns)
    }

    /// What `dom` has used of the turn's budgets so far.
    fn spent_by(&mut self, dom: DomId) -> &mut Spent {
        let at = match self.spent.iter().position(|(d, _)| *d == dom) {
            Some(i) => i,
            None => {
                self.spent.push((dom, Spent::default()));
                self.spent.len() - 1
            }
        };
        &mut self.spent[at].1
    }

    /// Buffers for a new continuation of `p`, a request of `len` bytes: a big batch gets
    /// the reply buffers a finished one left, others a small op's set.
    fn buffers_for(&mut self, p: &dispatch::Parsed, len: usize) -> crate::continuation::Buffers {
        if len > REPLY_SPARE_AT && p.op.flags & op_flags::BATCH != 0 {
            if let Some(r) = self.reply_spare.pop() {
                return crate::continuation::Buffers::replies(r);
            }
        }
        self.spare.pop().unwrap_or_default()
    }

    /// Keep a finished continuation's buffers for the next one (a small op's, a few).
    fn recycle(&mut self, c: &mut Continuation) {
        if c.request.capacity() >= hvlink_codec::limits::MAX_MESSAGE_LEN
            && self.big_spare.len() < BIG_SPARE
        {
            // A big request's buffer (the serving thread's ring copy it took over).
            self.big_spare.push(c.take_request());
        }
        if self.spare.len() < SPARE && c.reusable() {
            self.spare.push(c.take_buffers());
            return;
        }
        if c.kept.bytes() > 0 && self.kept_spare.len() < BIG_SPARE {
            // A big batch's kept entries (a few KiB: its next one fills them again rather
            // than growing a new store entry by entry).
            let mut k = std::mem::take(&mut c.kept);
            k.clear();
            self.kept_spare.push(k);
        }
        if self.reply_spare.len() < BIG_SPARE {
            // And its reply buffers: grown from nothing, the results of a 512-entry grant
            // batch took 10 doublings, each copying what was written (callgrind, stop 31).
            if let Some(r) = c.take_reply_buffers() {
                self.reply_spare.push(r);
            }
        }
    }

    /// Tell the backend to forget the waits of requests dropped with queues that the control
    /// family tore down.
    fn forget_abandoned(&mut self) {
        for dom in std::mem::take(&mut self.queues.abandoned) {
            self.hv.forget_waits(dom);
        }
    }

    /// Drop a queue's requests in flight; parked ones free their waits in the backend.
    fn drop_requests(&mut self, dom: DomId, reqs: &mut Requests) {
        let parked = reqs.inflight.iter().any(|c| c.parked.is_some());
        reqs.inflight.clear();
        if parked {
            self.hv.forget_waits(dom);
        }
    }

    /// Forget domain `dom` (its guest process is gone): its queues and their requests in
    /// flight are dropped, its memory unregistered. What held the memory is handed back, to
    /// be dropped once the host lock is let go: unmapping a guest's memory can take a while
    /// (a quarter of a second per GiB its last reference frees), which no other domain
    /// should wait for.
    #[must_use = "drop it after the host lock is let go"]
    pub fn remove_domain(&mut self, dom: DomId) -> Released<M> {
        let keys: Vec<QueueKey> = self.queues.of_domain(dom).copied().collect();
        let mut queues = Vec::with_capacity(keys.len());
        for k in keys {
            if let Some(mut q) = self.queues.remove(k) {
                self.drop_requests(dom, &mut q.reqs);
                queues.push(q);
            }
        }
        Released {
            _queues: queues,
            _memory: self.memory.remove(&dom).map(|(_, m)| m),
        }
    }

    /// [`register_call`](Self::register_call) for one life of `domain`
    /// ([`Hypercalls::domain_life`]; `None`: whichever is current): once that life is over
    /// the call is answered `ESRCH` (counted as an error) and does nothing.
    pub fn register_call_of(
        &mut self,
        domain: DomId,
        life: Option<u64>,
        regs: &mut Regs,
    ) -> RegOutcome {
        if life.is_some_and(|l| self.hv.domain_life(domain) != l) {
            Metrics::add(&self.metrics.register_calls, 1);
            Metrics::add(&self.metrics.errors, 1);
            regs.set_status(Err(Errno::ESRCH));
            return RegOutcome::Done;
        }
        self.register_call(domain, regs)
    }

    /// Serve a FastABI register call from `domain` (any family, control included). With a
    /// capture tap, the call and its result are tapped as register-call records
    /// ([`crate::capture`]) of the domain's queue `u16::MAX`.
    pub fn register_call(&mut self, domain: DomId, regs: &mut Regs) -> RegOutcome {
        Metrics::add(&self.metrics.register_calls, 1);
        if self.capture.is_none() {
            return self.serve_register_call(domain, regs);
        }
        use crate::capture::{regs_message, Record};
        let seq = self
            .metrics
            .register_calls
            .load(std::sync::atomic::Ordering::Relaxed) as u32;
        let op = self.regs_op(regs).ok();
        let key = QueueKey {
            domain,
            queue: u16::MAX,
        };
        self.tap(
            Direction::Request,
            key,
            &regs_message(Record::Call, seq, op, regs),
        );
        let r = self.serve_register_call(domain, regs);
        let blocked = r == RegOutcome::Blocked;
        self.tap(
            Direction::Reply,
            key,
            &regs_message(Record::Result { blocked }, seq, op, regs),
        );
        r
    }

    /// The op a register call names (the host's extra families included).
    fn regs_op(&self, regs: &Regs) -> Result<&'static OpDesc, Errno> {
        // The host's own families first (they may replace a built-in one; see
        // `parse_request_with`).
        let own = self
            .extra_descs
            .iter()
            .any(|f| u64::from(f.id) | rt::FASTABI_BIT == regs.rax);
        if own {
            rt::lookup_regs(self.extra_descs, regs.rax, regs.rdi)
        } else {
            hvlink_proto::lookup_regs(regs.rax, regs.rdi)
        }
    }

    fn serve_register_call(&mut self, domain: DomId, regs: &mut Regs) -> RegOutcome {
        self.hv.tick();
        if self.hv.any_held() && self.hv.held(domain) {
            // Its vCPUs are held (paused, shut down): the call waits, untouched, as the vCPU
            // would, and is made again when the generation moves (an unpause moves it).
            Metrics::add(&self.metrics.held_calls, 1);
            return RegOutcome::Blocked;
        }
        let op = self.regs_op(regs);
        let op = match op {
            Ok(op) => op,
            Err(e) => return self.fail_regs(regs, e),
        };
        let target = dispatch::reg_target(op, regs);
        if let Err(e) = check_privilege(&self.hv, op, target, domain, Via::Register) {
            return self.fail_regs(regs, e);
        }
        let ctx = Ctx {
            domain,
            via: Via::Register,
            seq: 0,
        };
        let span = tracing::trace_span!("call", domain, family = op.family, op = op.name);
        let _g = span.enter();
        // Served on a copy: on failure only rax changes ("no implicit clobbering").
        let mut out = *regs;
        let r = if op.family_id == control::ID {
            let r = control::serve_regs(&mut control_call!(self, None), &ctx, &mut out);
            self.forget_abandoned();
            r
        } else if let Some(x) = self.extras.iter_mut().find(|x| x.desc.id == op.family_id) {
            (x.serve_regs)(&ctx, &mut out)
        } else {
            dispatch::serve_family_regs(&mut self.hv, &ctx, op, &mut out)
        };
        match r {
            Ok(()) => {
                *regs = out;
                tracing::trace!(status = 0);
                RegOutcome::Done
            }
            Err(Errno::EAGAIN) if op.flags & op_flags::ASYNC != 0 => RegOutcome::Blocked,
            Err(e) => self.fail_regs(regs, e),
        }
    }

    fn fail_regs(&self, regs: &mut Regs, e: Errno) -> RegOutcome {
        Metrics::add(&self.metrics.errors, 1);
        tracing::trace!(status = -e.0, "register call failed");
        regs.set_status(Err(e));
        RegOutcome::Done
    }

    /// One turn over every queue (round-robin from where the last turn stopped): each gets
    /// at most one budget of work.
    pub fn turn(&mut self) -> Turn {
        let mut t = Turn::default();
        let keys = self.plan_turn();
        for phase in [Phase::Read, Phase::Advance] {
            if phase == Phase::Advance && !self.advance_needed() {
                break;
            }
            for &key in &keys {
                self.service_phase(key, phase, &mut t);
            }
        }
        self.end_turn(keys);
        t
    }

    /// Would an advance phase do anything but flush idle queues (which their read phase
    /// did)? A queue with continuations in flight, being torn down or closed, or whose ring
    /// faulted and is not yet marked so. `false` after a read phase that answered
    /// everything it read at once (small ops): the turn can end there.
    pub fn advance_needed(&self) -> bool {
        self.queues.values().any(|q| {
            !q.faulted
                && !q.held
                && (!q.reqs.inflight.is_empty()
                    || q.reqs.teardown
                    || q.reqs.closing
                    || q.hq.fault().is_some())
        })
    }

    /// One turn as the serving runtime runs it, all on this thread: every queue's read phase,
    /// then for each queue the validation apart of its big batches while its domain has
    /// slice left ([`take_unchecked`](Self::take_unchecked), [`Unchecked::validate`],
    /// [`put_checked`](Self::put_checked)) and its advance phase. [`turn`](Self::turn)
    /// validates a big batch in its first window instead; the two serve the same requests the
    /// same way, only the time accounting and the order of the work differ.
    pub fn turn_apart(&mut self) -> Turn {
        let deferred = self.take_deferred_checks();
        let keys = self.plan_turn();
        let mut t = Turn {
            unchecked: deferred,
            ..Turn::default()
        };
        for &key in &keys {
            self.service_phase(key, Phase::Read, &mut t);
        }
        for &key in &keys {
            if t.unchecked {
                while let Some(mut u) = self.take_unchecked(key) {
                    let valid = u.validate();
                    self.put_checked(u, valid);
                }
            }
            self.service_phase(key, Phase::Advance, &mut t);
        }
        self.end_turn(keys);
        t
    }

    /// Begin a turn: run what fell due, and return the queues to serve, in the order to
    /// serve them (round-robin: each turn starts one queue further on, so no queue is always
    /// first). A caller that shares the host with other threads serves them one
    /// [`service`](Self::service) at a time, letting go of the host between queues, so that
    /// no domain's queue holds it for longer than its own bounded turn; it gives the list
    /// back with [`end_turn`](Self::end_turn) (or drops it: the next turn then allocates).
    pub fn plan_turn(&mut self) -> Vec<QueueKey> {
        self.hv.tick();
        self.close_destroyed();
        self.forget_abandoned();
        self.mark_held();
        self.spent.clear();
        let mut keys = std::mem::take(&mut self.keys_spare);
        keys.clear();
        // (No cursor yet: from the first key, the least there is.)
        let c = self.cursor.unwrap_or(QueueKey {
            domain: 0,
            queue: 0,
        });
        keys.extend(self.queues.live_keys_from(c));
        self.cursor = keys.get(1).copied().or_else(|| keys.first().copied());
        keys
    }

    /// Mark the queues of held domains ([`Hypercalls::held`]: paused, shut down), when the
    /// generation moved (every change of a domain's hold moves it) or a queue was set up
    /// since the last look: a held domain's queues are left out of turns and of the looks
    /// for work, its continuations wait where they are.
    fn mark_held(&mut self) {
        let generation = self.hv.generation();
        if generation == self.held_seen && !self.queues.added {
            return;
        }
        self.held_seen = generation;
        let hv = &self.hv;
        let any = hv.any_held();
        if !any && !self.queues_held && !self.queues.added {
            // Nothing held, nor marked: the common case, no walk over the queues.
            return;
        }
        self.queues_held = any;
        self.queues
            .mark_held(|d, life| any && hv.held(d) && hv.domain_life(d) == life);
    }

    /// Give back the list of a turn's queues ([`plan_turn`](Self::plan_turn)) for the next
    /// turn to fill.
    pub fn end_turn(&mut self, keys: Vec<QueueKey>) {
        self.keys_spare = keys;
    }

    /// Domains the hypervisor destroyed: the queues the destroyed life set up stop reading,
    /// their requests in flight are cancelled (a batch reports every entry not run as
    /// cancelled), and each queue goes once its last request finished (see
    /// `service_phase`). The memory registered for that life goes now (each queue keeps its
    /// own mapping). A later life of the same id, set up before this look, keeps what it set
    /// up: the engine learns of a destruction only at its next turn, and an id may be given
    /// again sooner.
    fn close_destroyed(&mut self) {
        let mut gone = Vec::new();
        self.hv.drain_destroyed(&mut |d, life| gone.push((d, life)));
        if !gone.is_empty() {
            // Closing queues are never held: mark them again at the next look.
            self.queues.added = true;
        }
        for (dom, life) in gone {
            if self.memory.get(&dom).is_some_and(|(l, _)| *l <= life) {
                self.memory.remove(&dom);
            }
            let keys: Vec<QueueKey> = self.queues.of_domain(dom).copied().collect();
            for k in &keys {
                let faulted = match self.queues.get_mut(*k) {
                    Some(q) if q.life <= life => {
                        q.reqs.closing = true;
                        for c in &mut q.reqs.inflight {
                            c.cancelled = true;
                        }
                        q.faulted || q.hq.fault().is_some()
                    }
                    _ => false,
                };
                // A faulted queue is never read or advanced again: nothing of it would
                // ever end its closing. It goes now (its requests were dropped when it
                // faulted; any left are dropped here).
                if faulted {
                    if let Some(mut q) = self.queues.remove(*k) {
                        self.drop_requests(dom, &mut q.reqs);
                    }
                }
            }
        }
    }

    /// A closing queue goes (its domain was destroyed).
    fn remove_closing(&mut self, key: QueueKey) {
        self.queues.remove(key);
    }

    /// One queue's turn, both phases (see [`service_phase`](Self::service_phase)).
    pub fn service(&mut self, key: QueueKey, t: &mut Turn) {
        self.service_phase(key, Phase::Read, t);
        self.service_phase(key, Phase::Advance, t);
    }

    /// One phase of one queue's turn. A turn reads every queue first and advances
    /// continuations after ([`Host::turn`] does so), so that a small op waits behind at most
    /// one slice of another domain's batch, never behind the batch.
    pub fn service_phase(&mut self, key: QueueKey, phase: Phase, t: &mut Turn) {
        // The common case, an idle queue in this phase: nothing but publishing what may be
        // pending, without taking the queue out of the table (nor the budgets and the clock).
        {
            let Some(q) = self.queues.get_mut(key) else {
                return;
            };
            if q.faulted {
                return;
            }
            if !q.reqs.teardown && !q.reqs.closing && q.hq.fault().is_none() && q.idle(phase) {
                if phase == Phase::Read {
                    q.blocked = false;
                }
                if q.hq.flush() {
                    t.notify.push(key);
                    Metrics::add(&self.metrics.interrupts, 1);
                }
                return;
            }
        }
        // Domains destroyed since the turn began (by a register call meanwhile, or an op
        // served earlier in this turn): their queues stop reading now.
        self.close_destroyed();
        let Some(mut q) = self.queues.take(key) else {
            return;
        };
        if q.faulted {
            self.queues.put(key, q);
            return;
        }
        let was_blocked = std::mem::take(&mut t.blocked);
        let replies = t.replies;
        self.quiet = 0;
        let result = self.service_queue(key, &mut q, phase, t);
        // A phase that ran out of reply room ends loud, with a look at the guest even when it
        // pushed nothing: the guest must consume for the host to go on, and one asleep on
        // quiet parts would not, unwoken.
        let blocked = t.blocked;
        let quiet = std::mem::take(&mut self.quiet);
        // Blocked in either phase of this turn (the read phase starts the turn afresh).
        q.blocked = t.blocked || (phase == Phase::Advance && q.blocked);
        t.blocked |= was_blocked;
        self.forget_abandoned();
        // Only young progress parts: published, but a guest asleep on the interrupt is woken
        // by the request's last part (or anything else), not once per part.
        let pushed = t.replies - replies;
        let notify = if !blocked && pushed > 0 && pushed == quiet {
            q.hq.flush_quiet();
            false
        } else if blocked {
            q.hq.flush_and_look()
        } else {
            q.hq.flush()
        };
        if notify {
            t.notify.push(key);
            Metrics::add(&self.metrics.interrupts, 1);
        }
        match result {
            Err(f) => {
                Metrics::add(&self.metrics.faults, 1);
                crate::limited!(
                    warn,
                    domain = key.domain,
                    queue = key.queue,
                    at = f.at,
                    "queue faulted: {}",
                    f.msg
                );
                // Keep the faulted queue so its status stays visible; it is logged this once
                // and never read again (its requests in flight are dropped).
                q.faulted = true;
                self.drop_requests(key.domain, &mut q.reqs);
                if q.reqs.closing {
                    // Its domain is gone: nothing would end its closing now.
                    self.remove_closing(key);
                } else {
                    self.queues.put(key, q);
                }
            }
            Ok(()) if q.reqs.teardown => {
                self.queues.remove(key);
                self.drop_requests(key.domain, &mut q.reqs);
            }
            Ok(()) if q.reqs.closing && q.reqs.inflight.is_empty() => {
                // Its domain was destroyed and its last request delivered: the queue goes.
                self.remove_closing(key);
            }
            Ok(()) => self.queues.put(key, q),
        }
    }

    fn service_queue(
        &mut self,
        key: QueueKey,
        q: &mut Queue<M>,
        phase: Phase,
        t: &mut Turn,
    ) -> Result<(), Fault> {
        // (Looking may find a fault: recorded, it ends the queue here.)
        let idle = q.idle(phase);
        if let Some(f) = q.hq.fault() {
            return Err(f);
        }
        // Nothing to do: no budget, no clock.
        if idle {
            return Ok(());
        }
        // The budgets are the domain's for the whole turn, shared by its queues: a domain
        // with many queues gets no more of a turn than one with a single queue.
        let spent = *self.spent_by(key.domain);
        let mut budget = self.config.budget.max(1).saturating_sub(spent.entries);
        // Every ring byte consumed counts, padding included.
        let mut bytes_left = self.config.byte_budget.max(1).saturating_sub(spent.bytes);
        let slice = self.config.slice.as_nanos() as u64;
        if budget == 0 || bytes_left == 0 || self.over_slice(spent.ns) {
            t.more = true;
            return Ok(());
        }
        let (budget0, bytes0) = (budget, bytes_left);
        // The clock starts at once for continuations (batch windows stop by it); for reading
        // it starts at the second message (a phase that reads one small message, the common
        // case of a single op, reads no clock: its time is one message's, never a slice).
        self.slice_left = if slice == 0 { 0 } else { slice - spent.ns };
        self.slice_start.set(match phase {
            Phase::Advance => clock_ns().max(1),
            Phase::Read => 0,
        });
        let r = match phase {
            Phase::Read => self.read_requests(key, q, &mut budget, &mut bytes_left, t),
            Phase::Advance => self.advance_all(key, dispatch::via_of(q.kind), q, &mut budget, t),
        };
        let t0 = self.slice_start.replace(0);
        self.slice_left = 0;
        let s = self.spent_by(key.domain);
        s.entries += budget0 - budget;
        s.bytes += bytes0 - bytes_left;
        let took = if t0 == 0 {
            0
        } else {
            clock_ns().saturating_sub(t0)
        };
        s.ns += took;
        self.metrics
            .slice_max_ns
            .fetch_max(took, std::sync::atomic::Ordering::Relaxed);
        r
    }

    fn read_requests(
        &mut self,
        key: QueueKey,
        q: &mut Queue<M>,
        budget: &mut u32,
        bytes_left: &mut usize,
        t: &mut Turn,
    ) -> Result<(), Fault> {
        let via = dispatch::via_of(q.kind);
        // The domain's continuations on its other queues (this one is out of the table).
        let others = self.queues.domain_inflight(key.domain);
        // 1. Read what the guest published.
        let mut read = 0;
        while read < self.config.max_messages && *budget > 0 && !q.reqs.teardown && !q.reqs.closing
        {
            let inflight = q.reqs.inflight.len();
            if inflight >= self.config.max_inflight
                || others + inflight >= self.config.max_domain_inflight
            {
                break;
            }
            if *bytes_left == 0 {
                t.more = true;
                break;
            }
            // The head waits for reply room it was found to need: not copied out again
            // until that room is there.
            if q.head_need > 0 {
                if !q.hq.can_reply(q.head_need)? {
                    t.blocked = true;
                    break;
                }
                q.head_need = 0;
            }
            let mut reqbuf = std::mem::take(&mut self.reqbuf);
            if reqbuf.len() < hvlink_codec::limits::MAX_MESSAGE_LEN {
                reqbuf.resize(hvlink_codec::limits::MAX_MESSAGE_LEN, 0);
            }
            // Padding is skipped in slices, so that a waiting register call gets in between.
            let slice = (*bytes_left).min(PADDING_SLICE);
            let peeked = match q.hq.peek_limited(&mut reqbuf, slice) {
                Ok(p) => p,
                Err(f) => {
                    self.reqbuf = reqbuf;
                    return Err(f);
                }
            };
            *bytes_left = bytes_left.saturating_sub(peeked.skipped);
            let Some(len) = peeked.len else {
                self.reqbuf = reqbuf;
                if peeked.limited && *bytes_left > 0 && !self.preempted() {
                    // More padding, and budget for it: the next slice.
                    continue;
                }
                if peeked.limited {
                    t.more = true;
                }
                break;
            };
            // Another message: unless a register call waits or the slice is over (the
            // clock starts here, at the second message).
            if read > 0 && self.preempted() {
                self.reqbuf = reqbuf;
                t.more = true;
                break;
            }
            if len > STEP_AT_ONCE {
                // A big message is timed even when it is the phase's only one (its first
                // handling counts against its domain's slice; its copy, just made, is
                // made once: a head that must wait for reply room is not copied again
                // until the room is there, `head_need`).
                let _ = self.slice_end();
            }
            let r = self.read_one(key, via, q, (&mut reqbuf, len), budget, t);
            self.reqbuf = reqbuf;
            match r? {
                true => {
                    read += 1;
                    *bytes_left = bytes_left.saturating_sub(hvlink_codec::header::align(len));
                }
                false => break,
            }
        }
        if read == self.config.max_messages {
            t.more = true;
        }
        Ok(())
    }

    /// Handle the request `bytes` just peeked; `false` when it must stay in the ring (no
    /// room for its reply yet).
    fn read_one(
        &mut self,
        key: QueueKey,
        via: Via,
        q: &mut Queue<M>,
        (buf, len): (&mut Vec<u8>, usize),
        budget: &mut u32,
        t: &mut Turn,
    ) -> Result<bool, Fault> {
        {
            hvlink_codec::probe::mark(hvlink_codec::probe::Stage::HostRead);
            let bytes = &buf[..len];
            self.current = key;
            if self.capture.is_some() {
                self.tap(Direction::Request, key, bytes);
            }
            let parsed = dispatch::parse_request_with(bytes, self.extra_descs);
            let cap = q.hq.max_reply_message();
            let long = |op: &OpDesc| {
                op.flags & (op_flags::ASYNC | op_flags::BATCH | op_flags::DUMP) != 0
                    || op.max_reply as usize + 20 + 2 * ERROR_BOUND > cap
            };
            // A long request the guest may not make is answered with an ERROR at once: like
            // a malformed one it waits until that fits (before, it was consumed and the ERROR
            // dropped when the reply ring was full: a request never answered).
            let denied = match &parsed {
                Ok(p) if long(p.op) => {
                    check_ring_privilege(&self.hv, p.op, request_attrs(bytes), key.domain, via)
                }
                _ => Ok(()),
            };
            let need = match &parsed {
                Ok(p) if long(p.op) && denied.is_ok() => 0,
                Ok(p) if long(p.op) => ERROR_BOUND,
                Ok(p) => p.op.max_reply as usize + 20 + 2 * ERROR_BOUND,
                Err(_) => ERROR_BOUND,
            };
            if need > 0 && !q.hq.can_reply(need)? {
                t.blocked = true;
                q.head_need = need;
                Metrics::add(&self.metrics.held_for_room, 1);
                return Ok(false);
            }
            Metrics::add(&self.metrics.messages, 1);
            t.requests += 1;
            *budget = budget.saturating_sub(1);
            match parsed {
                Err((hdr, errno, invalid)) => {
                    q.hq.consume();
                    if hdr.is_some() {
                        self.reply_error(&mut q.hq, bytes, errno, invalid.as_ref(), t)?;
                    } else {
                        Metrics::add(&self.metrics.errors, 1);
                    }
                }
                Ok(p) if long(p.op) => {
                    if let Err(e) = denied {
                        // Refused before anything ran, answered at once (its room was checked
                        // above), from the copy just read: no continuation for it.
                        q.hq.consume();
                        if p.op.flags & op_flags::BATCH != 0 {
                            Metrics::add(&self.metrics.batches, 1);
                        }
                        return self
                            .reply_error(&mut q.hq, bytes, e, None, t)
                            .map(|()| true);
                    }
                    let bufs = self.buffers_for(&p, len);
                    let mut c = if len > OWN_AT {
                        // Big: it keeps the serving thread's copy out of the ring (copied
                        // once); the thread reads the next request into a kept buffer.
                        let spare = self.big_spare.pop().unwrap_or_default();
                        let mut own = std::mem::replace(buf, spare);
                        own.truncate(len);
                        Continuation::owning(&p, own, bufs)
                    } else {
                        Continuation::with_buffers(&p, bytes, bufs)
                    };
                    q.hq.consume();
                    if p.op.flags & op_flags::BATCH != 0 {
                        Metrics::add(&self.metrics.batches, 1);
                    }
                    if q.reqs.inflight.is_empty()
                        && p.op.flags & op_flags::DUMP == 0
                        && len <= STEP_AT_ONCE
                    {
                        // A small one, with nothing before it on its queue: its first step at
                        // once (what the advance phase of this turn would do), not a second
                        // pass through the queue.
                        let generation = self.hv.generation();
                        self.untimed = true;
                        let r = self.step_and_file(via, key, q, &mut c, budget, generation, t);
                        self.untimed = false;
                        if r? {
                            q.reqs.inflight.push_back(c);
                        }
                    } else {
                        t.unchecked |= p.op.flags & op_flags::BATCH != 0 && len > CHECK_APART_AT;
                        q.reqs.inflight.push_back(c);
                    }
                }
                Ok(p) => {
                    let bytes: &[u8] = bytes;
                    self.scratch.clear();
                    let span = tracing::debug_span!(
                        "msg",
                        domain = key.domain,
                        queue = key.queue,
                        seq = p.header.seq,
                        family = p.op.family,
                        op = p.op.name
                    );
                    let _g = span.enter();
                    let status = if p.op.family_id == control::ID {
                        let ctx = Ctx {
                            domain: key.domain,
                            via,
                            seq: p.header.seq,
                        };
                        let attrs = request_attrs(bytes);
                        let denied = check_privilege(&self.hv, p.op, None, key.domain, via);
                        let mut c = control_call!(self, Some((key, &mut q.reqs)));
                        write_immediate(&mut self.scratch, bytes, &p, denied, |b| {
                            control::serve(&mut c, &ctx, p.op.id, attrs, Window::ALL, b)
                        })
                    } else {
                        let ctx = Ctx {
                            domain: key.domain,
                            via,
                            seq: p.header.seq,
                        };
                        let attrs = request_attrs(bytes);
                        let denied =
                            check_ring_privilege(&self.hv, p.op, attrs.clone(), key.domain, via);
                        let (hv, extras) = (&mut self.hv, &mut self.extras);
                        write_immediate(&mut self.scratch, bytes, &p, denied, |b| {
                            serve_op(hv, extras, &ctx, p.op, attrs, Window::ALL, b)
                        })
                    };
                    tracing::debug!(status);
                    if status != 0 {
                        Metrics::add(&self.metrics.errors, 1);
                    }
                    q.hq.consume();
                    self.push_to(&mut q.hq, t)?;
                }
            }
        }
        Ok(true)
    }

    /// Advance the queue's continuations with what is left of the budget.
    fn advance_all(
        &mut self,
        key: QueueKey,
        via: Via,
        q: &mut Queue<M>,
        budget: &mut u32,
        t: &mut Turn,
    ) -> Result<(), Fault> {
        let generation = self.hv.generation();
        let n = q.reqs.inflight.len();
        let mut i = 0;
        // (The list they are advanced into is the last one given back, drained and empty:
        // no allocation.)
        let mut kept = std::mem::take(&mut self.inflight_spare);
        debug_assert!(kept.is_empty());
        kept.reserve(n);
        while let Some(mut c) = q.reqs.inflight.pop_front() {
            i += 1;
            if i > 1 && self.preempted() {
                t.more = true;
                kept.push_back(c);
                break;
            }
            if c.checking.is_some() {
                // Out being validated: back before the serving runtime advances this queue.
                t.more = true;
                kept.push_back(c);
                continue;
            }
            if *budget == 0 || (c.parked == Some(generation) && !c.cancelled) {
                if c.parked.is_some() {
                    t.parked += 1;
                } else {
                    t.more = true;
                }
                kept.push_back(c);
                continue;
            }
            if self.step_and_file(via, key, q, &mut c, budget, generation, t)? {
                kept.push_back(c);
            }
            if i > n {
                break;
            }
        }
        kept.extend(q.reqs.inflight.drain(..));
        self.inflight_spare = std::mem::replace(&mut q.reqs.inflight, kept);
        Ok(())
    }

    /// One [`step`](Self::step) of `c` on queue `q`, then [`file`](Self::file) it; `true`
    /// when it is to be kept in flight. (By reference: a continuation is about 200 bytes,
    /// which moves in and out copied on every step.)
    #[allow(clippy::too_many_arguments)]
    fn step_and_file(
        &mut self,
        via: Via,
        key: QueueKey,
        q: &mut Queue<M>,
        c: &mut Continuation,
        budget: &mut u32,
        generation: u64,
        t: &mut Turn,
    ) -> Result<bool, Fault> {
        let step = self.step(via, (key, &mut q.reqs), &mut q.hq, c, budget, generation, t)?;
        Ok(self.file(step, c, &mut q.reqs, t))
    }

    /// What became of a continuation after a step: done (its buffers taken for the next
    /// one; `false`), or to be kept in flight (`true`) — preempted, parked, or waiting for
    /// reply room, each noted in `t`.
    fn file(
        &mut self,
        step: Step,
        c: &mut Continuation,
        reqs: &mut Requests,
        t: &mut Turn,
    ) -> bool {
        match step {
            Step::Done => {
                reqs.complete(c.header.seq);
                self.recycle(c);
                return false;
            }
            Step::Again => {
                Metrics::add(&self.metrics.preemptions, 1);
                t.more = true;
            }
            Step::Parked => t.parked += 1,
            Step::NoRoom => t.blocked = true,
        }
        true
    }

    /// Answer `request` with the ERROR for `errno` (and the attribute `invalid` names), as
    /// every reply goes: counted, through the capture tap.
    fn reply_error(
        &mut self,
        out: &mut dyn ReplyOut,
        request: &[u8],
        errno: Errno,
        invalid: Option<&hvlink_codec::Error>,
        t: &mut Turn,
    ) -> Result<(), Fault> {
        self.scratch.clear();
        let mut b = Builder::new(&mut self.scratch);
        let _ = dispatch::write_error(&mut b, request, errno, invalid);
        Metrics::add(&self.metrics.errors, 1);
        self.push_to(out, t)
    }

    fn push_to(&mut self, out: &mut dyn ReplyOut, t: &mut Turn) -> Result<(), Fault> {
        if self.scratch.is_empty() {
            return Ok(());
        }
        let n = hvlink_codec::Messages::new(&self.scratch).count();
        if out.push_replies(&self.scratch)? {
            t.replies += n;
            Metrics::add(&self.metrics.replies, n as u64);
            if self.capture.is_some() {
                let bytes = std::mem::take(&mut self.scratch);
                self.tap(Direction::Reply, self.current, &bytes);
                self.scratch = bytes;
            }
        } else {
            crate::limited!(error, "reply space reserved but gone; reply dropped");
        }
        self.scratch.clear();
        Ok(())
    }

    /// Publish a finished batch's results as its final reply message straight from where
    /// they were encoded, in pieces with posted register calls run between them
    /// ([`combine`](Self::combine)) when it is over [`REPLY_PIECE`], instead of framing them
    /// into the outbox first (a copy of the whole reply, made where nothing can stop; for a
    /// small batch, a copy and a pass over the outbox that a single grant map or unmap pays
    /// on every call). Only a reply that fits one message, with nothing before it in the
    /// outbox and no capture; `false` when it was not published (nothing taken, or no room
    /// in the reply ring: the caller frames it as usual and it waits in the outbox). An ACK
    /// asked for follows through the outbox.
    ///
    /// A progress part (`part`: MULTI, not the last) goes the same way: each part of a
    /// 512-entry grant batch was copied into the outbox and out of it again.
    fn publish_straight(
        &mut self,
        c: &mut Continuation,
        out: &mut dyn ReplyOut,
        cap: usize,
        t: &mut Turn,
        part: bool,
    ) -> Result<bool, Fault> {
        const HEAD: usize = hvlink_codec::header::HEADER_LEN + hvlink_codec::genl::HEADER_LEN;
        let body = c.results.len();
        if body + HEAD > cap || !c.outbox.is_empty() || self.capture.is_some() {
            return Ok(false);
        }
        // Its length covers the results that follow it.
        let flags = if part { Flags::MULTI } else { Flags(0) };
        let head = dispatch::reply_head(c.op, &c.header, flags, body);
        if !out.push_message_in_pieces(&[&head, &c.results], &mut || self.combine())? {
            return Ok(false);
        }
        t.replies += 1;
        Metrics::add(&self.metrics.replies, 1);
        c.finish_framing(!part);
        Ok(true)
    }

    /// Push what `c.outbox` holds (whole messages, each at most the queue's message limit)
    /// as far as the reply ring takes it. `false` when some is left.
    fn drain_outbox(
        &mut self,
        c: &mut Continuation,
        out: &mut dyn ReplyOut,
        t: &mut Turn,
    ) -> Result<bool, Fault> {
        if c.outbox.is_empty() {
            return Ok(true);
        }
        // A message longer than the queue takes (one attribute too long to split) would
        // never fit: the request ends with an ERROR instead (ENOBUFS), which does, in place
        // of what the outbox holds (parts pushed before stay pushed).
        let max = out.max_message();
        let oversized = hvlink_codec::Messages::new(&c.outbox)
            .map_while(|m| m.ok())
            .any(|(_, m)| m.len() > max);
        if oversized {
            c.outbox.clear();
            let mut b = Builder::new(&mut c.outbox);
            let _ = dispatch::write_error(&mut b, &c.request, Errno::ENOBUFS, None);
            Metrics::add(&self.metrics.errors, 1);
            c.finished = true;
        }
        let mut at = 0;
        let mut pushed = 0;
        let mut left = false;
        for m in hvlink_codec::Messages::new(&c.outbox) {
            let Ok((off, m)) = m else { break };
            let end = off + m.len();
            let bytes = &c.outbox[off..end];
            let pushed_it = if bytes.len() > REPLY_PIECE && self.posts.is_some() {
                out.push_message_in_pieces(&[bytes], &mut || self.combine())?
            } else {
                out.push_replies(bytes)?
            };
            if !pushed_it {
                left = true;
                break;
            }
            if let Some(cap) = self.capture.as_mut() {
                cap(Direction::Reply, self.current, bytes);
            }
            pushed += 1;
            at = hvlink_codec::header::align(end).min(c.outbox.len());
        }
        c.outbox.drain(..at);
        if !left {
            c.outbox.clear();
        }
        t.replies += pushed;
        Metrics::add(&self.metrics.replies, pushed as u64);
        Ok(!left)
    }

    fn fail_continuation(&mut self, c: &mut Continuation, e: ServeError) {
        fail(&self.metrics, c, e);
    }
}

/// End `c` with the ERROR for `e` (an extended ack for a validation failure): nothing more of
/// it runs; the ERROR goes out with its pending output.
fn fail(metrics: &Metrics, c: &mut Continuation, e: ServeError) {
    let (errno, invalid) = match e {
        ServeError::Invalid(err) => (dispatch::errno_of(&err), Some(err)),
        ServeError::Errno(errno) => (errno, None),
    };
    c.results.clear();
    let mut b = Builder::new(&mut c.outbox);
    let _ = dispatch::write_error(&mut b, &c.request, errno, invalid.as_ref());
    Metrics::add(&metrics.errors, 1);
    tracing::debug!(status = -errno.0);
    c.finished = true;
}

impl<H: Hypercalls, M: GuestMemory + Clone> Host<H, M> {
    /// Advance one continuation: drain its pending output, then run the next window of a
    /// batch (or the whole op), framing the results.
    #[allow(clippy::too_many_arguments)]
    fn step(
        &mut self,
        via: Via,
        q: (QueueKey, &mut Requests),
        out: &mut dyn ReplyOut,
        c: &mut Continuation,
        budget: &mut u32,
        generation: u64,
        t: &mut Turn,
    ) -> Result<Step, Fault> {
        let key = q.0;
        self.current = key;
        if !self.drain_outbox(c, out, t)? {
            return Ok(Step::NoRoom);
        }
        if c.finished {
            return Ok(Step::Done);
        }
        let op = c.op;
        let cap = out.max_message().min(hvlink_codec::limits::MAX_MESSAGE_LEN);
        let ctx = Ctx {
            domain: key.domain,
            via,
            seq: c.header.seq,
        };
        let span = tracing::debug_span!(
            "msg",
            domain = key.domain,
            queue = key.queue,
            seq = c.header.seq,
            family = op.family,
            op = op.name
        );
        let _g = span.enter();
        if op.flags & op_flags::BATCH == 0 {
            // Not a batch: run whole. An async op answering EAGAIN parks until the
            // hypervisor's generation changes.
            *budget = budget.saturating_sub(1);
            if c.cancelled {
                let mut b = Builder::new(&mut c.outbox);
                let _ = dispatch::write_error(&mut b, &c.request, Errno::ECANCELED, None);
                Metrics::add(&self.metrics.cancels, 1);
                c.finished = true;
                if c.parked.take().is_some() {
                    // Its wake-up time is no longer anyone's.
                    self.hv.forget_waits(key.domain);
                }
            } else {
                let attrs = request_attrs(&c.request);
                let r = {
                    let mut b = Builder::new(&mut c.results);
                    if op.family_id == control::ID {
                        let mut cc = control_call!(self, Some(q));
                        control::serve(&mut cc, &ctx, op.id, attrs, Window::ALL, &mut b)
                    } else {
                        serve_op(
                            &mut self.hv,
                            &mut self.extras,
                            &ctx,
                            op,
                            attrs,
                            Window::ALL,
                            &mut b,
                        )
                    }
                };
                match r {
                    Err(ServeError::Errno(Errno::EAGAIN)) if op.flags & op_flags::ASYNC != 0 => {
                        c.results.clear();
                        c.parked = Some(generation);
                        return Ok(Step::Parked);
                    }
                    Err(e) => self.fail_continuation(c, e),
                    Ok(_)
                        if op.flags & op_flags::DUMP != 0
                            && c.header.flags.contains(Flags::DUMP) =>
                    {
                        // One part of a dump: sent MULTI; the next part resumes from its
                        // cursor, and the last (no cursor) is followed by DONE.
                        let next = dispatch::reply_cursor(op, &c.results);
                        c.frame_results(cap, Flags::MULTI, false);
                        match next.and_then(|cur| dispatch::with_cursor(op, &c.request, cur)) {
                            Some(req) => {
                                c.request = req;
                                c.resume = None;
                                return Ok(if self.drain_outbox(c, out, t)? {
                                    Step::Again
                                } else {
                                    Step::NoRoom
                                });
                            }
                            None => {
                                let mut b = Builder::new(&mut c.outbox);
                                let _ = dispatch::write_done(&mut b, &c.header);
                                if c.header.flags.contains(Flags::ACK) {
                                    let _ = dispatch::write_ack(&mut b, &c.request);
                                }
                                c.finished = true;
                            }
                        }
                    }
                    Ok(_) => {
                        tracing::debug!(status = 0);
                        c.frame_results(cap, Flags(0), true);
                        c.finished = true;
                    }
                }
            }
            return Ok(if self.drain_outbox(c, out, t)? {
                Step::Done
            } else {
                Step::NoRoom
            });
        }
        // A batch: the next window of entries, as many as the budget allows and as keep the
        // accumulated results within one message.
        let per = dispatch::entry_bound(op).max(1);
        let overhead = 20 + 2 * ERROR_BOUND;
        if !c.results.is_empty() && c.results.len() + per + overhead > cap {
            // The reply would outgrow one message: send what is done as a part.
            c.frame_results(cap, Flags::MULTI, false);
            if !self.drain_outbox(c, out, t)? {
                return Ok(Step::NoRoom);
            }
            if c.finished {
                // (Ended by an ERROR: a part could not fit.)
                return Ok(Step::Done);
            }
        }
        let remaining = c.total.map_or(u32::MAX, |n| n.saturating_sub(c.next));
        let room = (cap.saturating_sub(overhead + c.results.len()) / per).max(1);
        let win = (*budget)
            .min(remaining)
            .min(room as u32)
            .min(self.config.max_window)
            // A progress request's windows end where its parts do (see `unframed`).
            .min(if c.progress {
                PROGRESS_WINDOW.saturating_sub(c.unframed)
            } else {
                u32::MAX
            })
            .max(1);
        // A batch of a built-in family not validated apart (over `KEEP_AT` bytes) is
        // validated before its first window, its entries kept as they are decoded: every
        // window runs them from there.
        let invalid = if !c.validated
            && c.next == 0
            && c.total.is_none()
            && op.flags & op_flags::BATCH != 0
            && c.request.len() > KEEP_AT
            && generated_checks(op, self.extra_descs, self.hv.family_versions())
        {
            // A big batch takes a spare store (a few KiB, kept from an earlier big one); a
            // small one fills its own (which its buffers keep when they are reused): a big
            // store would make them too big to keep.
            if c.request.len() > CHECK_APART_AT {
                lend_spare(&mut self.kept_spare, &mut c.kept);
            }
            let r =
                hvlink_proto::generated::validate_keep(op, request_attrs(&c.request), &mut c.kept);
            c.validated = r.is_ok();
            Metrics::add(
                &self.metrics.kept_entries,
                c.kept.count().unwrap_or(0) as u64,
            );
            r.err()
        } else {
            None
        };
        let window = Window {
            start: c.next,
            max: win,
            cancel: c.cancelled || c.stopped,
            // A window of one chunk has no point at which to stop (and needs no clock).
            preempt: if win > rt::PREEMPT_CHUNK {
                self.window_preempt()
            } else {
                None
            },
            resume: c.resume,
            validated: c.validated,
            kept: Some(&c.kept),
        };
        let attrs = request_attrs(&c.request);
        let before = c.results.len();
        // Room for the window's results at once (within one message, by `room`), rather
        // than growing the buffer (and copying it) as they come: once the first window has
        // counted the entries, exactly this window's. Before that, only when even as many
        // entries as the request could hold (4 bytes each at the least) need little room: a
        // single op or a small batch must not reserve more than it uses, or its buffers
        // become too big to keep for the next request (and every one allocates).
        let want = match c.total {
            Some(_) => Some(win as usize * per),
            None => Some((win as usize).min((c.request.len() / 4).max(1)) * per)
                .filter(|&w| w <= FIRST_RESERVE),
        };
        if let Some(w) = want {
            c.results.reserve(w);
        }
        let r = match invalid {
            // Answered as the first window's own validation would have answered it.
            Some(e) => Err(ServeError::Invalid(e)),
            None => {
                let mut b = Builder::new(&mut c.results);
                serve_op(
                    &mut self.hv,
                    &mut self.extras,
                    &ctx,
                    op,
                    attrs,
                    window,
                    &mut b,
                )
            }
        };
        match r {
            Ok(served) => {
                c.total = Some(served.total);
                c.resume = served.resume;
                c.next = if served.whole {
                    served.total
                } else {
                    c.next.saturating_add(served.ran)
                };
                *budget = budget.saturating_sub(served.ran.max(1));
                c.unframed = c.unframed.saturating_add(served.ran);
                Metrics::add(&self.metrics.entries, u64::from(served.ran));
                if served.failed && c.mode() == MODE_ORDERED {
                    c.stopped = true;
                }
                let done = c.next >= served.total || served.ran == 0;
                let mut quiet = false;
                // A quiet part is all this step pushes from here (straight, or by the drain
                // below): the outbox was drained whole at the top of this step, or it
                // returned for want of room.
                let pushed = t.replies;
                if done {
                    if c.cancelled {
                        Metrics::add(&self.metrics.cancels, 1);
                    }
                    tracing::debug!(status = 0, entries = c.next);
                    c.finished = true;
                    if !self.publish_straight(c, out, cap, t, false)? {
                        c.frame_results(cap, Flags(0), true);
                    }
                } else if c.progress && c.results.len() > before && c.unframed >= PROGRESS_WINDOW {
                    // A part per progress window's worth of results: windows cut short
                    // (by the slice or the budget) add up to a part rather than making
                    // parts of their own.
                    if !self.publish_straight(c, out, cap, t, true)? {
                        c.frame_results(cap, Flags::MULTI, false);
                    }
                    let now = clock_ns();
                    if c.first_part_ns == 0 {
                        c.first_part_ns = now;
                    }
                    quiet = now.saturating_sub(c.first_part_ns)
                        < self.config.progress_quiet.as_nanos() as u64;
                }
                if !self.drain_outbox(c, out, t)? {
                    return Ok(Step::NoRoom);
                }
                if quiet {
                    self.quiet += t.replies - pushed;
                }
                Ok(if done { Step::Done } else { Step::Again })
            }
            Err(e) => {
                c.results.truncate(before);
                if c.next > 0 {
                    // A later window cannot fail to decode what the first accepted; a backend
                    // error mid-batch ends the request (what was done was reported in parts
                    // or is dropped with the error).
                    crate::limited!(error, ?e, "batch failed after {} entries", c.next);
                }
                self.fail_continuation(c, e);
                Ok(if self.drain_outbox(c, out, t)? {
                    Step::Done
                } else {
                    Step::NoRoom
                })
            }
        }
    }

    /// Serve one request message directly, without a ring (the path benchmarks, fuzzing and
    /// `hvlink do` against the embedded host use): the same parsing, privilege checks,
    /// dispatch and continuation steps as a queue of `kind` of `domain` gets, run to
    /// completion. Replies (including progress parts and an ACK) are appended to `out`.
    /// Returns `false` if the op parked (an async op waiting for an event): nothing was
    /// appended for it then.
    pub fn call(
        &mut self,
        domain: DomId,
        kind: QueueKind,
        request: &[u8],
        out: &mut Vec<u8>,
    ) -> bool {
        let via = dispatch::via_of(kind);
        let key = QueueKey {
            domain,
            queue: u16::MAX,
        };
        let mut t = Turn::default();
        self.current = key;
        if self.capture.is_some() {
            self.tap(Direction::Request, key, request);
        }
        let p = match dispatch::parse_request_with(request, self.extra_descs) {
            Ok(p) => p,
            Err((hdr, errno, invalid)) => {
                Metrics::add(&self.metrics.messages, 1);
                if hdr.is_some() {
                    let _ = self.reply_error(out, request, errno, invalid.as_ref(), &mut t);
                } else {
                    Metrics::add(&self.metrics.errors, 1);
                }
                return true;
            }
        };
        Metrics::add(&self.metrics.messages, 1);
        let attrs = request_attrs(request);
        if let Err(e) = check_ring_privilege(&self.hv, p.op, attrs.clone(), domain, via) {
            let _ = self.reply_error(out, request, e, None, &mut t);
            return true;
        }
        if p.op.flags & op_flags::BATCH != 0 {
            Metrics::add(&self.metrics.batches, 1);
        }
        let bufs = self.buffers_for(&p, request.len());
        let mut c = Continuation::with_buffers(&p, request, bufs);
        let mut reqs = Requests::default();
        loop {
            let mut budget = u32::MAX;
            let generation = self.hv.generation();
            match self.step(
                via,
                (key, &mut reqs),
                out,
                &mut c,
                &mut budget,
                generation,
                &mut t,
            ) {
                Ok(Step::Done) | Err(_) => {
                    self.recycle(&mut c);
                    return true;
                }
                Ok(Step::Again) | Ok(Step::NoRoom) => continue,
                Ok(Step::Parked) => return false,
            }
        }
    }

    /// Before parking: ask every live queue's guest for a kick. `true` when work arrived
    /// meanwhile (then do not park; call [`cancel_park`](Self::cancel_park)).
    pub fn prepare_park(&mut self) -> bool {
        self.mark_held();
        let mut work = false;
        for q in self.queues.values_mut() {
            // (A fault found here is the queue's: the turn this asks for records it and
            // reads the queue no more. A held domain's requests wait for it to run again,
            // which moves the generation and wakes the loop.)
            if !q.faulted && !matches!(q.hq.prepare_park_requests(), Ok(false)) && !q.held {
                work = true;
            }
        }
        work
    }

    /// Would a turn do anything now? Cheap — each queue's producer index (read only when
    /// its cached copy is used up), its continuations, the hypervisor's next deadline — so
    /// that a serving loop polling while idle does not run whole turns to find out. A queue
    /// blocked for want of reply room does not count (retry it with a turn now and then).
    pub fn has_work(&mut self) -> bool {
        self.has_queue_work() || self.is_due()
    }

    /// Something of the hypervisor's fell due (a timer, a waiter's timeout): the part of
    /// [`has_work`](Self::has_work) that reads the clock.
    pub fn is_due(&self) -> bool {
        self.hv.next_deadline().is_some_and(|d| d <= self.hv.now())
    }

    /// A queue has requests to read or continuations to advance: the part of
    /// [`has_work`](Self::has_work) that reads no clock, which a serving loop polling while
    /// idle looks at on every look (and at [`is_due`](Self::is_due) now and then).
    pub fn has_queue_work(&mut self) -> bool {
        self.mark_held();
        let generation = self.hv.generation();
        self.queues.values_mut().any(|q| {
            !q.faulted
                && !q.blocked
                && !q.held
                && (q.reqs.teardown
                    || q.reqs.closing
                    || !matches!(q.hq.has_requests(), Ok(false))
                    || q.reqs
                        .inflight
                        .iter()
                        .any(|c| c.parked != Some(generation) || c.cancelled))
        })
    }

    /// Awake again: withdraw the kick requests.
    pub fn cancel_park(&mut self) {
        for q in self.queues.values_mut() {
            q.hq.requests().cancel_park();
        }
    }

    /// The queue features accepted at set-up.
    pub fn queue_features(&self, key: QueueKey) -> Option<u64> {
        self.queues.get(key).map(|q| q.features)
    }

    /// When the earliest parked op may be able to complete (hypervisor deadline).
    pub fn next_deadline(&self) -> Option<u64> {
        self.hv.next_deadline()
    }

    /// Requests waiting in parked continuations, over all queues.
    pub fn parked(&self) -> usize {
        self.queues
            .values()
            .map(|q| {
                q.reqs
                    .inflight
                    .iter()
                    .filter(|c| c.parked.is_some())
                    .count()
            })
            .sum()
    }
}

/// Where replies go: a queue's reply ring, or a buffer (direct calls).
pub(crate) trait ReplyOut {
    fn max_message(&self) -> usize;
    fn push_replies(&mut self, bytes: &[u8]) -> Result<bool, Fault>;
    /// Push one message, the concatenation of `parts`, written in pieces with `between` run
    /// after each but the last (a ring's message is not visible until published, so it need
    /// not be written at once).
    fn push_message_in_pieces(
        &mut self,
        parts: &[&[u8]],
        between: &mut dyn FnMut(),
    ) -> Result<bool, Fault>;
}

impl<M: GuestMemory + Clone> ReplyOut for HostQueue<M> {
    fn max_message(&self) -> usize {
        HostQueue::max_reply_message(self)
    }
    fn push_replies(&mut self, bytes: &[u8]) -> Result<bool, Fault> {
        HostQueue::push_replies(self, bytes)
    }
    fn push_message_in_pieces(
        &mut self,
        parts: &[&[u8]],
        between: &mut dyn FnMut(),
    ) -> Result<bool, Fault> {
        HostQueue::push_reply_in_pieces(self, parts, REPLY_PIECE, between)
    }
}

impl ReplyOut for Vec<u8> {
    fn max_message(&self) -> usize {
        hvlink_codec::limits::MAX_MESSAGE_LEN
    }
    fn push_replies(&mut self, bytes: &[u8]) -> Result<bool, Fault> {
        self.extend_from_slice(bytes);
        Ok(true)
    }
    fn push_message_in_pieces(
        &mut self,
        parts: &[&[u8]],
        _between: &mut dyn FnMut(),
    ) -> Result<bool, Fault> {
        for p in parts {
            self.extend_from_slice(p);
        }
        Ok(true)
    }
}

enum Step {
    Done,
    Again,
    Parked,
    NoRoom,
}

/// Write the answer to an immediate request into `out`: the reply message (attributes from
/// `serve`), or an ERROR; plus an ACK when asked. Returns 0 or −errno.
fn write_immediate<F>(
    out: &mut Vec<u8>,
    request: &[u8],
    p: &dispatch::Parsed,
    denied: Result<(), Errno>,
    serve: F,
) -> i32
where
    F: FnOnce(&mut Builder<&mut Vec<u8>>) -> Result<rt::Served, ServeError>,
{
    let mut b = Builder::new(out);
    let err = match denied {
        Err(e) => Some((e, None)),
        Ok(()) => match begin_reply(&mut b, p.op, &p.header, Flags(0)) {
            Err(e) => Some((Errno::ENOBUFS, Some(e))),
            Ok(m) => match serve(&mut b) {
                Ok(_) => match b.end_message(m) {
                    Ok(_) => None,
                    Err(e) => Some((Errno::ENOBUFS, Some(e))),
                },
                Err(e) => {
                    b.cancel_message(m);
                    Some(match e {
                        ServeError::Invalid(err) => (dispatch::errno_of(&err), Some(err)),
                        ServeError::Errno(errno) => (errno, None),
                    })
                }
            },
        },
    };
    match err {
        Some((errno, invalid)) => {
            let _ = dispatch::write_error(&mut b, request, errno, invalid.as_ref());
            -errno.0
        }
        None => {
            if p.header.flags.contains(Flags::ACK) {
                let _ = dispatch::write_ack(&mut b, request);
            }
            0
        }
    }
}
