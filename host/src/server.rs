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
//! Every queue is bounded: at most [`Config::max_inflight`] continuations, each holding one
//! copied request (≤ 64 KiB) and its accumulated reply (≤ the op's `max-reply`). A queue whose
//! guest breaks the ring protocol faults alone.

use std::collections::{BTreeMap, VecDeque};
use std::sync::Arc;

use hvlink_codec::ring::Fault;
use hvlink_codec::{header, Builder, Flags};
use hvlink_proto::rt::{self, op_flags, Ctx, OpDesc, Regs, ServeError, Via, Window};
use hvlink_proto::{control, Errno};
use vm_memory::{GuestAddress, GuestMemory};

use crate::dispatch::{
    self, begin_reply, check_privilege, parse_request, request_attrs, ring_target, Hypercalls,
    Metrics, QueueKind, RegOutcome, ERROR_BOUND, MODE_ORDERED,
};
use crate::refhv::DomId;
use crate::ring::HostQueue;

/// A queue: its domain and the id the guest gave it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct QueueKey {
    /// Owning domain.
    pub domain: DomId,
    /// Queue id (unique per domain).
    pub queue: u16,
}

/// Host limits and knobs.
#[derive(Debug, Clone)]
pub struct Config {
    /// Batch entries (or immediate requests) one queue may run per turn.
    pub budget: u32,
    /// Request messages read from one queue per turn.
    pub max_messages: usize,
    /// Continuations in flight per queue; the host stops reading a queue at this bound
    /// (back-pressure through the ring).
    pub max_inflight: usize,
    /// Queues per domain.
    pub max_queues: usize,
    /// Pages per queue (header page included).
    pub max_queue_pages: u32,
    /// Protocol features offered in `negotiate`.
    pub features: u64,
    /// The doorbell token `queue_setup` returns for a queue.
    pub doorbell: fn(QueueKey) -> u64,
}

/// The protocol version this host speaks.
pub const PROTOCOL_VERSION: u32 = 1;

/// Queue features the host implements.
pub const QUEUE_FEATURES: u64 = control::QueueFeatures::EVENT_SUPPRESSION.0
    | control::QueueFeatures::REPLY_INTERRUPT.0
    | control::QueueFeatures::HOST_POLLING.0;

impl Default for Config {
    fn default() -> Self {
        use control::ProtocolFeatures as F;
        Config {
            budget: 1024,
            max_messages: 64,
            max_inflight: 32,
            max_queues: 64,
            max_queue_pages: 1 + 2 * 1024,
            features: F::EXT_ACK.0
                | F::MUST_UNDERSTAND.0
                | F::PROGRESS.0
                | F::CANCEL.0
                | F::ORDERED_BATCH.0
                | F::ATOMIC_BATCH.0
                | F::FASTABI.0
                | F::USERSPACE_QUEUES.0,
            doorbell: |k| (u64::from(k.domain) << 16) | u64::from(k.queue),
        }
    }
}

/// A queue came or went (the server binds and unbinds its doorbells).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QueueEvent {
    /// Set up (by `queue_setup`, or [`Host::add_queue`]).
    Added(QueueKey),
    /// Torn down, or faulted and dropped.
    Removed(QueueKey),
}

/// A long request in progress: its private copy and where it stands.
#[derive(Debug)]
pub struct Continuation {
    header: header::Repr,
    op: &'static OpDesc,
    request: Box<[u8]>,
    next: u32,
    total: Option<u32>,
    mode: u8,
    stopped: bool,
    cancelled: bool,
    progress: bool,
    results: Vec<u8>,
    parked: Option<u64>,
}

impl Continuation {
    /// The request's seq.
    pub fn seq(&self) -> u32 {
        self.header.seq
    }
    /// The op.
    pub fn op(&self) -> &'static OpDesc {
        self.op
    }
    /// Entries done so far.
    pub fn done(&self) -> u32 {
        self.next
    }
}

struct Queue<M: GuestMemory + Clone> {
    hq: HostQueue<M>,
    kind: QueueKind,
    features: u64,
    inflight: VecDeque<Continuation>,
    completed: VecDeque<u32>,
    teardown: bool,
}

const COMPLETED_KEPT: usize = 256;

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
}

/// The host.
pub struct Host<H: Hypercalls, M: GuestMemory + Clone> {
    /// The hypervisor backend.
    pub hv: H,
    config: Config,
    metrics: Arc<Metrics>,
    memory: BTreeMap<DomId, M>,
    queues: BTreeMap<QueueKey, Queue<M>>,
    events: VecDeque<QueueEvent>,
    scratch: Vec<u8>,
    cursor: Option<QueueKey>,
    introspect: crate::control::Introspection,
}

impl<H: Hypercalls, M: GuestMemory + Clone> Host<H, M> {
    /// A host serving `hv`.
    pub fn new(hv: H, config: Config) -> Self {
        Host {
            hv,
            config,
            metrics: Arc::new(Metrics::default()),
            memory: BTreeMap::new(),
            queues: BTreeMap::new(),
            events: VecDeque::new(),
            scratch: Vec::with_capacity(1 << 17),
            cursor: None,
            introspect: crate::control::Introspection::default(),
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

    /// Register the memory of domain `dom` (what `queue_setup` addresses are resolved in).
    pub fn set_memory(&mut self, dom: DomId, mem: M) {
        self.memory.insert(dom, mem);
    }

    /// The next queue event, if any.
    pub fn next_event(&mut self) -> Option<QueueEvent> {
        self.events.pop_front()
    }

    /// The queues, in key order.
    pub fn queue_keys(&self) -> Vec<QueueKey> {
        self.queues.keys().copied().collect()
    }

    /// Requests in flight on a queue (continuations).
    pub fn inflight(&self, key: QueueKey) -> usize {
        self.queues.get(&key).map_or(0, |q| q.inflight.len())
    }

    /// The queue's fault, if its guest broke the protocol.
    pub fn queue_fault(&self, key: QueueKey) -> Option<Fault> {
        self.queues.get(&key).and_then(|q| q.hq.fault())
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
        setup_queue(
            &self.config,
            &self.memory,
            &mut self.queues,
            &mut self.events,
            QueueKey { domain, queue },
            kind,
            base_gpa,
            pages,
            features,
        )
        .map(|(_, bell)| bell)
    }

    /// Tear a queue down at once (its in-flight requests are dropped).
    pub fn remove_queue(&mut self, key: QueueKey) -> bool {
        let gone = self.queues.remove(&key).is_some();
        if gone {
            self.events.push_back(QueueEvent::Removed(key));
        }
        gone
    }

    /// Serve a FastABI register call from `domain` (any family, control included).
    pub fn register_call(&mut self, domain: DomId, regs: &mut Regs) -> RegOutcome {
        if regs.rax & !rt::FASTABI_BIT == u64::from(control::ID) {
            Metrics::add(&self.metrics.register_calls, 1);
            let op = match hvlink_proto::lookup_regs(regs.rax, regs.rdi) {
                Ok(op) => op,
                Err(e) => {
                    regs.set_status(Err(e));
                    return RegOutcome::Done;
                }
            };
            if let Err(e) = check_privilege(&self.hv, op, None, domain, Via::Register) {
                Metrics::add(&self.metrics.errors, 1);
                regs.set_status(Err(e));
                return RegOutcome::Done;
            }
            let ctx = Ctx {
                domain,
                via: Via::Register,
                seq: 0,
            };
            let mut out = *regs;
            let r = {
                let mut c = self.control_call(None, None);
                control::serve_regs(&mut c, &ctx, &mut out)
            };
            match r {
                Ok(()) => *regs = out,
                Err(e) => {
                    Metrics::add(&self.metrics.errors, 1);
                    regs.set_status(Err(e));
                }
            }
            return RegOutcome::Done;
        }
        self.hv.tick();
        dispatch::register_call(&mut self.hv, &self.metrics, domain, regs)
    }

    fn control_call<'a>(
        &'a mut self,
        current: Option<(QueueKey, &'a mut Queue<M>)>,
        _unused: Option<()>,
    ) -> crate::control::ControlCall<'a, H, M> {
        crate::control::ControlCall {
            hv: &self.hv,
            config: &self.config,
            metrics: &self.metrics,
            memory: &self.memory,
            queues: &mut self.queues,
            events: &mut self.events,
            current: current.map(|(k, q)| (k, &mut q.inflight, &mut q.completed, &mut q.teardown)),
            introspect: &mut self.introspect,
        }
    }

    /// One turn over every queue (round-robin from where the last turn stopped): each gets
    /// at most one budget of work.
    pub fn turn(&mut self) -> Turn {
        self.hv.tick();
        let mut t = Turn::default();
        let keys: Vec<QueueKey> = match self.cursor {
            Some(c) => self
                .queues
                .range(c..)
                .chain(self.queues.range(..c))
                .map(|(k, _)| *k)
                .collect(),
            None => self.queues.keys().copied().collect(),
        };
        for key in keys.iter().copied() {
            self.service(key, &mut t);
        }
        // Start the next turn one queue further on, so no queue is always served first.
        self.cursor = keys
            .get(1)
            .copied()
            .or_else(|| keys.first().copied())
            .filter(|k| self.queues.contains_key(k));
        t
    }

    /// One queue's turn.
    pub fn service(&mut self, key: QueueKey, t: &mut Turn) {
        let Some(mut q) = self.queues.remove(&key) else {
            return;
        };
        let result = self.service_queue(key, &mut q, t);
        let notify = q.hq.flush();
        if notify {
            t.notify.push(key);
            Metrics::add(&self.metrics.interrupts, 1);
        }
        match result {
            Err(f) => {
                Metrics::add(&self.metrics.faults, 1);
                tracing::warn!(
                    domain = key.domain,
                    queue = key.queue,
                    at = f.at,
                    "queue faulted: {}",
                    f.msg
                );
                // Keep the faulted queue so its status stays visible; it is never read again.
                self.queues.insert(key, q);
            }
            Ok(()) if q.teardown => {
                self.events.push_back(QueueEvent::Removed(key));
            }
            Ok(()) => {
                self.queues.insert(key, q);
            }
        }
    }

    fn service_queue(&mut self, key: QueueKey, q: &mut Queue<M>, t: &mut Turn) -> Result<(), Fault> {
        if let Some(f) = q.hq.fault() {
            return Err(f);
        }
        let mut budget = self.config.budget.max(1);
        let via = q.kind.via();
        // 1. Read what the guest published.
        let mut read = 0;
        while read < self.config.max_messages && budget > 0 && !q.teardown {
            if q.inflight.len() >= self.config.max_inflight {
                t.more |= false;
                break;
            }
            let Some(bytes) = q.hq.peek_request()? else {
                break;
            };
            read += 1;
            let parsed = parse_request(bytes);
            let need = match &parsed {
                Ok(p) if p.op.flags & (op_flags::ASYNC | op_flags::BATCH) != 0 => 0,
                Ok(p) => p.op.max_reply as usize + 20 + ERROR_BOUND,
                Err(_) => ERROR_BOUND,
            };
            if need > 0 && !q.hq.can_reply(need)? {
                t.more = false;
                break;
            }
            Metrics::add(&self.metrics.messages, 1);
            t.requests += 1;
            budget -= 1;
            match parsed {
                Err((hdr, errno, invalid)) => {
                    q.hq.consume();
                    self.scratch.clear();
                    if let Some(hdr) = hdr {
                        let mut b = Builder::new(&mut self.scratch);
                        let _ = dispatch::write_error(&mut b, &hdr, errno, invalid.as_ref());
                    }
                    Metrics::add(&self.metrics.errors, 1);
                    self.push(q, t)?;
                }
                Ok(p) if p.op.flags & (op_flags::ASYNC | op_flags::BATCH) != 0 => {
                    let attrs = request_attrs(bytes);
                    let mode = dispatch::batch_mode(p.op, attrs);
                    let denied = check_privilege(&self.hv, p.op, ring_target(p.op, attrs), key.domain, via);
                    let c = Continuation {
                        header: p.header,
                        op: p.op,
                        request: bytes.into(),
                        next: 0,
                        total: None,
                        mode,
                        stopped: false,
                        cancelled: false,
                        progress: p.header.flags.contains(Flags::PROGRESS),
                        results: Vec::new(),
                        parked: None,
                    };
                    q.hq.consume();
                    if p.op.flags & op_flags::BATCH != 0 {
                        Metrics::add(&self.metrics.batches, 1);
                    }
                    match denied {
                        Ok(()) => q.inflight.push_back(c),
                        Err(e) => {
                            // Refused before anything ran; answered at once (an ERROR always
                            // fits: the check above reserved nothing, so check now).
                            self.scratch.clear();
                            let mut b = Builder::new(&mut self.scratch);
                            let _ = dispatch::write_error(&mut b, &c.header, e, None);
                            Metrics::add(&self.metrics.errors, 1);
                            if !q.hq.push_replies(&self.scratch)? {
                                tracing::warn!(seq = c.header.seq, "no room for a refusal; dropped");
                            } else {
                                t.replies += 1;
                                Metrics::add(&self.metrics.replies, 1);
                            }
                        }
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
                        let mut c = crate::control::ControlCall {
                            hv: &self.hv,
                            config: &self.config,
                            metrics: &self.metrics,
                            memory: &self.memory,
                            queues: &mut self.queues,
                            events: &mut self.events,
                            current: Some((key, &mut q.inflight, &mut q.completed, &mut q.teardown)),
                            introspect: &mut self.introspect,
                        };
                        write_immediate(&mut self.scratch, &p, denied, |b| {
                            control::serve(&mut c, &ctx, p.op.id, attrs, Window::ALL, b)
                        })
                    } else {
                        let ctx = Ctx {
                            domain: key.domain,
                            via,
                            seq: p.header.seq,
                        };
                        let attrs = request_attrs(bytes);
                        let denied = check_privilege(&self.hv, p.op, ring_target(p.op, attrs), key.domain, via);
                        let hv = &mut self.hv;
                        write_immediate(&mut self.scratch, &p, denied, |b| {
                            dispatch::serve_family(hv, &ctx, p.op, attrs, Window::ALL, b)
                        })
                    };
                    tracing::debug!(status);
                    if status != 0 {
                        Metrics::add(&self.metrics.errors, 1);
                    }
                    q.hq.consume();
                    self.push(q, t)?;
                }
            }
        }
        // 2. Advance continuations with what is left of the budget.
        let generation = self.hv.generation();
        let n = q.inflight.len();
        let mut i = 0;
        let mut kept = VecDeque::with_capacity(n);
        while let Some(mut c) = q.inflight.pop_front() {
            i += 1;
            if budget == 0 || (c.parked == Some(generation) && !c.cancelled) {
                if c.parked.is_some() {
                    t.parked += 1;
                } else {
                    t.more = true;
                }
                kept.push_back(c);
                continue;
            }
            let step = self.step(key, via, q, &mut c, &mut budget, generation, t)?;
            match step {
                Step::Done => {
                    if q.completed.len() >= COMPLETED_KEPT {
                        q.completed.pop_front();
                    }
                    q.completed.push_back(c.header.seq);
                }
                Step::Again => {
                    Metrics::add(&self.metrics.preemptions, 1);
                    t.more = true;
                    kept.push_back(c);
                }
                Step::Parked => {
                    t.parked += 1;
                    kept.push_back(c);
                }
                Step::NoRoom => kept.push_back(c),
            }
            if i > n {
                break;
            }
        }
        kept.extend(q.inflight.drain(..));
        q.inflight = kept;
        if read == self.config.max_messages {
            t.more = true;
        }
        Ok(())
    }

    fn push(&mut self, q: &mut Queue<M>, t: &mut Turn) -> Result<(), Fault> {
        if self.scratch.is_empty() {
            return Ok(());
        }
        let n = hvlink_codec::Messages::new(&self.scratch).count();
        if q.hq.push_replies(&self.scratch)? {
            t.replies += n;
            Metrics::add(&self.metrics.replies, n as u64);
        } else {
            tracing::error!("reply space reserved but gone; reply dropped");
        }
        self.scratch.clear();
        Ok(())
    }

    #[allow(clippy::too_many_arguments)]
    fn step(
        &mut self,
        key: QueueKey,
        via: Via,
        q: &mut Queue<M>,
        c: &mut Continuation,
        budget: &mut u32,
        generation: u64,
        t: &mut Turn,
    ) -> Result<Step, Fault> {
        let op = c.op;
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
        let ack = c.header.flags.contains(Flags::ACK);
        // Async (non-batch) ops: run whole; EAGAIN parks until the generation changes.
        if op.flags & op_flags::BATCH == 0 {
            if !q.hq.can_reply(op.max_reply as usize + 20 + 2 * ERROR_BOUND)? {
                return Ok(Step::NoRoom);
            }
            *budget = budget.saturating_sub(1);
            self.scratch.clear();
            let status = if c.cancelled {
                let mut b = Builder::new(&mut self.scratch);
                let _ = dispatch::write_error(&mut b, &c.header, Errno::ECANCELED, None);
                Metrics::add(&self.metrics.cancels, 1);
                -Errno::ECANCELED.0
            } else {
                let attrs = request_attrs(&c.request);
                let p = dispatch::Parsed {
                    header: c.header,
                    op,
                };
                let mut parked = false;
                let status = if op.family_id == control::ID {
                    let mut cc = crate::control::ControlCall {
                        hv: &self.hv,
                        config: &self.config,
                        metrics: &self.metrics,
                        memory: &self.memory,
                        queues: &mut self.queues,
                        events: &mut self.events,
                        current: Some((key, &mut q.inflight, &mut q.completed, &mut q.teardown)),
                        introspect: &mut self.introspect,
                    };
                    write_immediate(&mut self.scratch, &p, Ok(()), |b| {
                        control::serve(&mut cc, &ctx, op.id, attrs, Window::ALL, b)
                    })
                } else {
                    let hv = &mut self.hv;
                    write_immediate(&mut self.scratch, &p, Ok(()), |b| {
                        match dispatch::serve_family(hv, &ctx, op, attrs, Window::ALL, b) {
                            Err(ServeError::Errno(Errno::EAGAIN)) => {
                                parked = true;
                                Err(ServeError::Errno(Errno::EAGAIN))
                            }
                            r => r,
                        }
                    })
                };
                if parked {
                    self.scratch.clear();
                    c.parked = Some(generation);
                    return Ok(Step::Parked);
                }
                status
            };
            let _ = ack;
            tracing::debug!(status);
            if status != 0 {
                Metrics::add(&self.metrics.errors, 1);
            }
            self.push(q, t)?;
            return Ok(Step::Done);
        }
        // Batch ops: a window of entries per step.
        let remaining = c.total.map_or(u32::MAX, |n| n.saturating_sub(c.next));
        let win = (*budget).min(remaining).max(1);
        let per = dispatch::entry_bound(op);
        let need = 20 + c.results.len() + (win as usize).saturating_mul(per) + 2 * ERROR_BOUND;
        let need = need.min(op.max_reply as usize + 20 + 2 * ERROR_BOUND);
        if !q.hq.can_reply(need)? {
            return Ok(Step::NoRoom);
        }
        let window = Window {
            start: c.next,
            max: win,
            cancel: c.cancelled || c.stopped,
        };
        let attrs = request_attrs(&c.request);
        let before = c.results.len();
        let r = {
            let mut b = Builder::new(&mut c.results);
            dispatch::serve_family(&mut self.hv, &ctx, op, attrs, window, &mut b)
        };
        match r {
            Ok(served) => {
                c.total = Some(served.total);
                c.next = if served.whole {
                    served.total
                } else {
                    c.next.saturating_add(served.ran)
                };
                *budget = budget.saturating_sub(served.ran.max(1));
                Metrics::add(&self.metrics.entries, u64::from(served.ran));
                if window.cancel && served.ran > 0 && c.cancelled {
                    // counted once per request below
                }
                if served.failed && c.mode == MODE_ORDERED {
                    c.stopped = true;
                }
                let done = c.next >= served.total || served.ran == 0;
                if done || (c.progress && c.results.len() > before) {
                    self.scratch.clear();
                    let flags = if done { Flags(0) } else { Flags::MULTI };
                    let mut b = Builder::new(&mut self.scratch);
                    if let Ok(m) = begin_reply(&mut b, op, &c.header, flags) {
                        let ok = b.put_raw(&c.results).is_ok();
                        if ok {
                            let _ = b.end_message(m);
                        } else {
                            b.cancel_message(m);
                        }
                    }
                    if done && ack {
                        let _ = dispatch::write_ack(&mut b, &c.header);
                    }
                    c.results.clear();
                    self.push(q, t)?;
                }
                if done {
                    if c.cancelled {
                        Metrics::add(&self.metrics.cancels, 1);
                    }
                    tracing::debug!(status = 0, entries = c.next);
                    Ok(Step::Done)
                } else {
                    Ok(Step::Again)
                }
            }
            Err(e) => {
                c.results.truncate(before);
                if c.next > 0 {
                    // A later window cannot fail to decode what the first accepted; a
                    // backend error mid-batch ends the request with what was done.
                    tracing::error!(?e, "batch failed after {} entries", c.next);
                }
                self.scratch.clear();
                let mut b = Builder::new(&mut self.scratch);
                let (errno, invalid) = match e {
                    ServeError::Invalid(err) => (dispatch::errno_of(&err), Some(err)),
                    ServeError::Errno(errno) => (errno, None),
                };
                let _ = dispatch::write_error(&mut b, &c.header, errno, invalid.as_ref());
                Metrics::add(&self.metrics.errors, 1);
                tracing::debug!(status = -errno.0);
                self.push(q, t)?;
                Ok(Step::Done)
            }
        }
    }

    /// When the earliest parked op may be able to complete (hypervisor deadline).
    pub fn next_deadline(&self) -> Option<u64> {
        self.hv.next_deadline()
    }

    /// Requests waiting in parked continuations, over all queues.
    pub fn parked(&self) -> usize {
        self.queues
            .values()
            .map(|q| q.inflight.iter().filter(|c| c.parked.is_some()).count())
            .sum()
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
            let _ = dispatch::write_error(&mut b, &p.header, errno, invalid.as_ref());
            -errno.0
        }
        None => {
            if p.header.flags.contains(Flags::ACK) {
                let _ = dispatch::write_ack(&mut b, &p.header);
            }
            0
        }
    }
}

#[allow(clippy::too_many_arguments)]
pub(crate) fn setup_queue<M: GuestMemory + Clone>(
    config: &Config,
    memory: &BTreeMap<DomId, M>,
    queues: &mut BTreeMap<QueueKey, Queue<M>>,
    events: &mut VecDeque<QueueEvent>,
    key: QueueKey,
    kind: QueueKind,
    base_gpa: u64,
    pages: u32,
    features: u64,
) -> Result<(u64, u64), Errno> {
    if queues.contains_key(&key) {
        return Err(Errno::EEXIST);
    }
    if queues.keys().filter(|k| k.domain == key.domain).count() >= config.max_queues {
        return Err(Errno::ENOSPC);
    }
    if pages < 3 || pages > config.max_queue_pages {
        return Err(Errno::E2BIG);
    }
    if base_gpa % 4096 != 0 {
        return Err(Errno::EINVAL);
    }
    let mem = memory.get(&key.domain).ok_or(Errno::EFAULT)?;
    let hq = HostQueue::attach(mem.clone(), GuestAddress(base_gpa), pages as usize).map_err(|e| match e {
        crate::ring::AttachError::BadRange => Errno::EFAULT,
        crate::ring::AttachError::BadLayout(_) => Errno::EINVAL,
    })?;
    if u32::from(hq.layout().id) != u32::from(key.queue) {
        // The header page names its queue; it must be the one being set up.
        return Err(Errno::EINVAL);
    }
    let accepted = features & QUEUE_FEATURES;
    queues.insert(
        key,
        Queue {
            hq,
            kind,
            features: accepted,
            inflight: VecDeque::new(),
            completed: VecDeque::new(),
            teardown: false,
        },
    );
    events.push_back(QueueEvent::Added(key));
    Ok((accepted, (config.doorbell)(key)))
}

/// Parts of a queue the control family touches (cancel, teardown).
pub(crate) type QueueParts<'a> = (
    QueueKey,
    &'a mut VecDeque<Continuation>,
    &'a mut VecDeque<u32>,
    &'a mut bool,
);

/// Cancel `seq` among `inflight`/`completed`.
pub(crate) fn cancel_in(
    inflight: &mut VecDeque<Continuation>,
    completed: &VecDeque<u32>,
    seq: u32,
) -> control::CancelResult {
    if let Some(c) = inflight.iter_mut().find(|c| c.header.seq == seq && !c.cancelled) {
        c.cancelled = true;
        return control::CancelResult::CANCELLED;
    }
    if completed.contains(&seq) {
        return control::CancelResult::COMPLETED;
    }
    control::CancelResult::UNKNOWN
}

/// Cancel on another queue of the map.
pub(crate) fn cancel_on<M: GuestMemory + Clone>(
    queues: &mut BTreeMap<QueueKey, Queue<M>>,
    key: QueueKey,
    seq: u32,
) -> Option<control::CancelResult> {
    let q = queues.get_mut(&key)?;
    Some(cancel_in(&mut q.inflight, &q.completed, seq))
}

/// Mark another queue of the map for teardown.
pub(crate) fn teardown_on<M: GuestMemory + Clone>(
    queues: &mut BTreeMap<QueueKey, Queue<M>>,
    events: &mut VecDeque<QueueEvent>,
    key: QueueKey,
) -> bool {
    let gone = queues.remove(&key).is_some();
    if gone {
        events.push_back(QueueEvent::Removed(key));
    }
    gone
}

pub(crate) use Queue as QueueState;
