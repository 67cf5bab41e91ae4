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
    self, begin_reply, check_privilege, request_attrs, ring_target, Hypercalls, Metrics, QueueKind,
    RegOutcome, ERROR_BOUND, MODE_ORDERED,
};
use crate::ring::HostQueue;
use hvlink_proto::DomId;

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
            events: &mut $host.events,
            current: $current,
            introspect: &mut $host.introspect,
        }
    };
}

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
    outbox: Vec<u8>,
    finished: bool,
    parked: Option<u64>,
}

impl Continuation {
    /// A continuation of the parsed request `p` (its bytes copied: the continuation owns
    /// them), nothing run yet.
    fn new(p: &dispatch::Parsed, request: &[u8]) -> Continuation {
        Continuation {
            header: p.header,
            op: p.op,
            mode: dispatch::batch_mode(p.op, request_attrs(request)),
            request: request.into(),
            next: 0,
            total: None,
            stopped: false,
            cancelled: false,
            progress: p.header.flags.contains(Flags::PROGRESS),
            results: Vec::new(),
            outbox: Vec::new(),
            finished: false,
            parked: None,
        }
    }

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

pub(crate) struct Queue<M: GuestMemory + Clone> {
    hq: HostQueue<M>,
    kind: QueueKind,
    features: u64,
    inflight: VecDeque<Continuation>,
    completed: VecDeque<u32>,
    teardown: bool,
}

const COMPLETED_KEPT: usize = 256;

/// The smallest reply message a queue must take (its reply ring is at least twice this).
pub const MIN_REPLY_MESSAGE: usize = 1024;

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
    reqbuf: Vec<u8>,
    cursor: Option<QueueKey>,
    introspect: crate::control::Introspection,
    capture: Option<Capture>,
    current: QueueKey,
    extras: Vec<Extra>,
    extra_descs: &'static [&'static rt::FamilyDesc],
}

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

/// A tap on every message a queue carries (what `--pcap` writes).
pub type Capture = Box<dyn FnMut(Direction, QueueKey, &[u8]) + Send>;

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
            reqbuf: Vec::with_capacity(1 << 16),
            cursor: None,
            introspect: crate::control::Introspection::default(),
            capture: None,
            current: QueueKey {
                domain: 0,
                queue: 0,
            },
            extras: Vec::new(),
            extra_descs: &[],
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
        let descs: Vec<&'static rt::FamilyDesc> = self.extras.iter().map(|x| x.desc).collect();
        self.extra_descs = Box::leak(descs.into_boxed_slice());
        self.introspect.set_extra(self.extra_descs);
        Ok(())
    }

    /// Tap every request consumed and every reply published (`None` removes the tap).
    pub fn set_capture(&mut self, capture: Option<Capture>) {
        self.capture = capture;
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
        Metrics::add(&self.metrics.register_calls, 1);
        self.hv.tick();
        let op = match hvlink_proto::lookup_regs(regs.rax, regs.rdi) {
            Err(Errno::ENOSYS) if !self.extra_descs.is_empty() => {
                rt::lookup_regs(self.extra_descs, regs.rax, regs.rdi)
            }
            r => r,
        };
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
            control::serve_regs(&mut control_call!(self, None), &ctx, &mut out)
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

    fn service_queue(
        &mut self,
        key: QueueKey,
        q: &mut Queue<M>,
        t: &mut Turn,
    ) -> Result<(), Fault> {
        if let Some(f) = q.hq.fault() {
            return Err(f);
        }
        let mut budget = self.config.budget.max(1);
        let via = dispatch::via_of(q.kind);
        // 1. Read what the guest published.
        let mut read = 0;
        while read < self.config.max_messages && budget > 0 && !q.teardown {
            if q.inflight.len() >= self.config.max_inflight {
                break;
            }
            let mut reqbuf = std::mem::take(&mut self.reqbuf);
            if reqbuf.len() < hvlink_codec::limits::MAX_MESSAGE_LEN {
                reqbuf.resize(hvlink_codec::limits::MAX_MESSAGE_LEN, 0);
            }
            let len = match q.hq.peek_into(&mut reqbuf) {
                Ok(Some(len)) => len,
                Ok(None) => {
                    self.reqbuf = reqbuf;
                    break;
                }
                Err(f) => {
                    self.reqbuf = reqbuf;
                    return Err(f);
                }
            };
            let r = self.read_one(key, via, q, &reqbuf[..len], &mut budget, t);
            self.reqbuf = reqbuf;
            match r? {
                true => read += 1,
                false => break,
            }
        }
        self.advance_all(key, via, q, &mut budget, t)?;
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
        bytes: &[u8],
        budget: &mut u32,
        t: &mut Turn,
    ) -> Result<bool, Fault> {
        {
            self.current = key;
            if self.capture.is_some() {
                self.tap(Direction::Request, key, bytes);
            }
            let parsed = dispatch::parse_request_with(bytes, self.extra_descs);
            let cap = q.hq.max_reply_message();
            let long = |op: &OpDesc| {
                op.flags & (op_flags::ASYNC | op_flags::BATCH) != 0
                    || op.max_reply as usize + 20 + 2 * ERROR_BOUND > cap
            };
            let need = match &parsed {
                Ok(p) if long(p.op) => 0,
                Ok(p) => p.op.max_reply as usize + 20 + 2 * ERROR_BOUND,
                Err(_) => ERROR_BOUND,
            };
            if need > 0 && !q.hq.can_reply(need)? {
                t.blocked = true;
                return Ok(false);
            }
            Metrics::add(&self.metrics.messages, 1);
            t.requests += 1;
            *budget = budget.saturating_sub(1);
            match parsed {
                Err((hdr, errno, invalid)) => {
                    q.hq.consume();
                    self.scratch.clear();
                    if let Some(hdr) = hdr {
                        let mut b = Builder::new(&mut self.scratch);
                        let _ = dispatch::write_error(&mut b, &hdr, errno, invalid.as_ref());
                    }
                    Metrics::add(&self.metrics.errors, 1);
                    self.push_to(&mut q.hq, t)?;
                }
                Ok(p) if long(p.op) => {
                    let attrs = request_attrs(bytes);
                    let denied = check_privilege(
                        &self.hv,
                        p.op,
                        ring_target(p.op, attrs.clone()),
                        key.domain,
                        via,
                    );
                    let c = Continuation::new(&p, bytes);
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
                                tracing::warn!(
                                    seq = c.header.seq,
                                    "no room for a refusal; dropped"
                                );
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
                        let mut c = control_call!(
                            self,
                            Some((key, &mut q.inflight, &mut q.completed, &mut q.teardown))
                        );
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
                        let denied = check_privilege(
                            &self.hv,
                            p.op,
                            ring_target(p.op, attrs.clone()),
                            key.domain,
                            via,
                        );
                        let (hv, extras) = (&mut self.hv, &mut self.extras);
                        write_immediate(&mut self.scratch, &p, denied, |b| {
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
        let n = q.inflight.len();
        let mut i = 0;
        let mut kept = VecDeque::with_capacity(n);
        while let Some(mut c) = q.inflight.pop_front() {
            i += 1;
            if *budget == 0 || (c.parked == Some(generation) && !c.cancelled) {
                if c.parked.is_some() {
                    t.parked += 1;
                } else {
                    t.more = true;
                }
                kept.push_back(c);
                continue;
            }
            let parts = (key, &mut q.inflight, &mut q.completed, &mut q.teardown);
            let step = self.step(via, parts, &mut q.hq, &mut c, budget, generation, t)?;
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
                Step::NoRoom => {
                    t.blocked = true;
                    kept.push_back(c);
                }
            }
            if i > n {
                break;
            }
        }
        kept.extend(q.inflight.drain(..));
        q.inflight = kept;
        Ok(())
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
            tracing::error!("reply space reserved but gone; reply dropped");
        }
        self.scratch.clear();
        Ok(())
    }

    /// Push what `c.outbox` holds (whole messages, each at most the queue's message limit)
    /// as far as the reply ring takes it. `false` when some is left.
    fn drain_outbox(
        &mut self,
        c: &mut Continuation,
        out: &mut dyn ReplyOut,
        t: &mut Turn,
    ) -> Result<bool, Fault> {
        let mut at = 0;
        let mut pushed = 0;
        let mut left = false;
        for m in hvlink_codec::Messages::new(&c.outbox) {
            let Ok((off, m)) = m else { break };
            let end = off + m.len();
            let bytes = &c.outbox[off..end];
            if !out.push_replies(bytes)? {
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

    /// Frame `c.results` as reply messages into `c.outbox`: split at attribute boundaries so
    /// that no message exceeds `cap`; every part but the last is MULTI, the last carries
    /// `last` (MULTI too for a progress part); an ACK follows a final reply when asked.
    fn frame_results(c: &mut Continuation, cap: usize, last: Flags, is_final: bool) {
        let room = cap.saturating_sub(20).max(64);
        let mut chunks: Vec<(usize, usize)> = Vec::new();
        let (mut from, mut to) = (0usize, 0usize);
        let mut walk = hvlink_codec::Attrs::new(&c.results, 0);
        for a in walk.by_ref() {
            let Ok(a) = a else { break };
            let start = a.offset() as usize;
            let end = hvlink_codec::header::align(start + 4 + a.payload().len());
            let end = end.min(c.results.len());
            if end - from > room && to > from {
                chunks.push((from, to));
                from = start;
            }
            to = end;
        }
        chunks.push((from, to.max(from)));
        let n = chunks.len();
        for (i, (a, b)) in chunks.into_iter().enumerate() {
            let flags = if i + 1 == n { last } else { Flags::MULTI };
            let mut bld = Builder::new(&mut c.outbox);
            if let Ok(m) = begin_reply(&mut bld, c.op, &c.header, flags) {
                if bld.put_raw(&c.results[a..b]).is_ok() {
                    let _ = bld.end_message(m);
                } else {
                    bld.cancel_message(m);
                }
            }
        }
        if is_final && c.header.flags.contains(Flags::ACK) {
            let mut bld = Builder::new(&mut c.outbox);
            let _ = dispatch::write_ack(&mut bld, &c.header);
        }
        c.results.clear();
    }

    fn fail_continuation(&mut self, c: &mut Continuation, e: ServeError) {
        let (errno, invalid) = match e {
            ServeError::Invalid(err) => (dispatch::errno_of(&err), Some(err)),
            ServeError::Errno(errno) => (errno, None),
        };
        c.results.clear();
        let mut b = Builder::new(&mut c.outbox);
        let _ = dispatch::write_error(&mut b, &c.header, errno, invalid.as_ref());
        Metrics::add(&self.metrics.errors, 1);
        tracing::debug!(status = -errno.0);
        c.finished = true;
    }

    /// Advance one continuation: drain its pending output, then run the next window of a
    /// batch (or the whole op), framing the results.
    #[allow(clippy::too_many_arguments)]
    fn step(
        &mut self,
        via: Via,
        q: QueueParts<'_>,
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
                let _ = dispatch::write_error(&mut b, &c.header, Errno::ECANCELED, None);
                Metrics::add(&self.metrics.cancels, 1);
                c.finished = true;
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
                    Ok(_) => {
                        tracing::debug!(status = 0);
                        Self::frame_results(c, cap, Flags(0), true);
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
            Self::frame_results(c, cap, Flags::MULTI, false);
            if !self.drain_outbox(c, out, t)? {
                return Ok(Step::NoRoom);
            }
        }
        let remaining = c.total.map_or(u32::MAX, |n| n.saturating_sub(c.next));
        let room = (cap.saturating_sub(overhead + c.results.len()) / per).max(1);
        let win = (*budget).min(remaining).min(room as u32).max(1);
        let window = Window {
            start: c.next,
            max: win,
            cancel: c.cancelled || c.stopped,
        };
        let attrs = request_attrs(&c.request);
        let before = c.results.len();
        let r = {
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
                if served.failed && c.mode == MODE_ORDERED {
                    c.stopped = true;
                }
                let done = c.next >= served.total || served.ran == 0;
                if done {
                    if c.cancelled {
                        Metrics::add(&self.metrics.cancels, 1);
                    }
                    tracing::debug!(status = 0, entries = c.next);
                    Self::frame_results(c, cap, Flags(0), true);
                    c.finished = true;
                } else if c.progress && c.results.len() > before {
                    Self::frame_results(c, cap, Flags::MULTI, false);
                }
                if !self.drain_outbox(c, out, t)? {
                    return Ok(Step::NoRoom);
                }
                Ok(if done { Step::Done } else { Step::Again })
            }
            Err(e) => {
                c.results.truncate(before);
                if c.next > 0 {
                    // A later window cannot fail to decode what the first accepted; a backend
                    // error mid-batch ends the request (what was done was reported in parts
                    // or is dropped with the error).
                    tracing::error!(?e, "batch failed after {} entries", c.next);
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
                Metrics::add(&self.metrics.errors, 1);
                if let Some(hdr) = hdr {
                    let mut b = Builder::new(out);
                    let _ = dispatch::write_error(&mut b, &hdr, errno, invalid.as_ref());
                }
                return true;
            }
        };
        Metrics::add(&self.metrics.messages, 1);
        let attrs = request_attrs(request);
        if let Err(e) = check_privilege(
            &self.hv,
            p.op,
            ring_target(p.op, attrs.clone()),
            domain,
            via,
        ) {
            Metrics::add(&self.metrics.errors, 1);
            let mut b = Builder::new(out);
            let _ = dispatch::write_error(&mut b, &p.header, e, None);
            return true;
        }
        if p.op.flags & op_flags::BATCH != 0 {
            Metrics::add(&self.metrics.batches, 1);
        }
        let mut c = Continuation::new(&p, request);
        let (mut inflight, mut completed, mut teardown) = (VecDeque::new(), VecDeque::new(), false);
        loop {
            let mut budget = u32::MAX;
            let generation = self.hv.generation();
            let parts = (key, &mut inflight, &mut completed, &mut teardown);
            match self.step(via, parts, out, &mut c, &mut budget, generation, &mut t) {
                Ok(Step::Done) | Err(_) => return true,
                Ok(Step::Again) | Ok(Step::NoRoom) => continue,
                Ok(Step::Parked) => return false,
            }
        }
    }

    /// Before parking: ask every live queue's guest for a kick. `true` when work arrived
    /// meanwhile (then do not park; call [`cancel_park`](Self::cancel_park)).
    pub fn prepare_park(&mut self) -> bool {
        let mut work = false;
        for q in self.queues.values_mut() {
            if q.hq.fault().is_none() && !matches!(q.hq.requests().prepare_park(), Ok(false)) {
                work = true;
            }
        }
        work
    }

    /// Awake again: withdraw the kick requests.
    pub fn cancel_park(&mut self) {
        for q in self.queues.values_mut() {
            q.hq.requests().cancel_park();
        }
    }

    /// The queue features accepted at set-up.
    pub fn queue_features(&self, key: QueueKey) -> Option<u64> {
        self.queues.get(&key).map(|q| q.features)
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

/// Where replies go: a queue's reply ring, or a buffer (direct calls).
pub(crate) trait ReplyOut {
    fn max_message(&self) -> usize;
    fn push_replies(&mut self, bytes: &[u8]) -> Result<bool, Fault>;
}

impl<M: GuestMemory + Clone> ReplyOut for HostQueue<M> {
    fn max_message(&self) -> usize {
        HostQueue::max_reply_message(self)
    }
    fn push_replies(&mut self, bytes: &[u8]) -> Result<bool, Fault> {
        HostQueue::push_replies(self, bytes)
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
    let hq = HostQueue::attach(mem.clone(), GuestAddress(base_gpa), pages as usize).map_err(
        |e| match e {
            crate::ring::AttachError::BadRange => Errno::EFAULT,
            crate::ring::AttachError::BadLayout(_) => Errno::EINVAL,
        },
    )?;
    if hq.max_reply_message() < MIN_REPLY_MESSAGE {
        // Too small to carry an ERROR with its extended ack.
        return Err(Errno::EINVAL);
    }
    if hq.layout().id != key.queue || hq.layout().kind != kind {
        // The header page names its queue and kind; they must be the ones being set up.
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
    if let Some(c) = inflight
        .iter_mut()
        .find(|c| c.header.seq == seq && !c.cancelled)
    {
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
