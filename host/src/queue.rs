//! The queues the engine serves: one per (domain, queue id), set up by the control family
//! in the domain's own memory, each with its requests in flight.

use std::collections::VecDeque;

use hvlink_codec::ring::Fault;
use hvlink_proto::{control, DomId, Errno};
use vm_memory::{GuestAddress, GuestMemory};

use crate::config::{Config, MIN_REPLY_MESSAGE, QUEUE_FEATURES};
use crate::continuation::Continuation;
use crate::dispatch::QueueKind;
use crate::ring::HostQueue;

/// A queue: its domain and the id the guest gave it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct QueueKey {
    /// Owning domain.
    pub domain: DomId,
    /// Queue id (unique per domain).
    pub queue: u16,
}

/// The requests of one queue: what the control family may touch on the queue a call
/// arrived on (cancel, teardown) while the engine holds its ring.
#[derive(Debug, Default)]
pub(crate) struct Requests {
    /// Continuations in flight, in arrival order.
    pub(crate) inflight: VecDeque<Continuation>,
    /// Seqs of recently completed requests (what `cancel` answers COMPLETED for).
    pub(crate) completed: VecDeque<u32>,
    /// The guest asked to tear the queue down (done at the end of its turn).
    pub(crate) teardown: bool,
    /// Its domain was destroyed: nothing more is read; the requests in flight (cancelled)
    /// finish and deliver their statuses, then the queue goes.
    pub(crate) closing: bool,
}

/// Completed seqs remembered per queue.
const COMPLETED_KEPT: usize = 256;

impl Requests {
    /// Cancel `seq`: it stops at its next preemption point.
    pub(crate) fn cancel(&mut self, seq: u32) -> control::CancelResult {
        if let Some(c) = self
            .inflight
            .iter_mut()
            .find(|c| c.header.seq == seq && !c.cancelled)
        {
            c.cancelled = true;
            return control::CancelResult::CANCELLED;
        }
        if self.completed.contains(&seq) {
            return control::CancelResult::COMPLETED;
        }
        control::CancelResult::UNKNOWN
    }

    /// Remember that `seq` completed.
    pub(crate) fn complete(&mut self, seq: u32) {
        // Its whole bound at once (1 KiB), not by doubling.
        if self.completed.capacity() == 0 {
            self.completed.reserve_exact(COMPLETED_KEPT);
        }
        if self.completed.len() >= COMPLETED_KEPT {
            self.completed.pop_front();
        }
        self.completed.push_back(seq);
    }
}

/// Each domain's registered guest memory, with the life of the domain it was registered
/// for ([`Hypercalls::domain_life`](hvlink_proto::Hypercalls::domain_life); 0: before any
/// domain of that id existed).
pub(crate) type Memories<M> = std::collections::BTreeMap<DomId, (u64, M)>;

/// `dom`'s memory as `life` of it may use it: what was registered for that life (or before
/// the domain existed), never what an earlier life of the id left.
pub(crate) fn memory_of<M>(memory: &Memories<M>, dom: DomId, life: u64) -> Option<&M> {
    memory
        .get(&dom)
        .filter(|(l, _)| *l == life || *l == 0)
        .map(|(_, m)| m)
}

/// One queue.
pub(crate) struct Queue<M: GuestMemory + Clone> {
    pub(crate) hq: HostQueue<M>,
    /// The life of its domain that set it up
    /// ([`Hypercalls::domain_life`](hvlink_proto::Hypercalls::domain_life)): the destruction
    /// of that life closes it, not a later one's.
    pub(crate) life: u64,
    pub(crate) kind: QueueKind,
    pub(crate) features: u64,
    pub(crate) reqs: Requests,
    /// Its guest broke the ring protocol: logged once, never read again (the status stays
    /// in its header page for the guest to see); it still counts against the domain's
    /// queues until torn down.
    pub(crate) faulted: bool,
    /// Its last turn stopped for want of reply room: what it has pending cannot go on until
    /// its guest consumes replies, so it is not "work" for an idle loop (see
    /// [`Host::has_work`](crate::server::Host::has_work)); the next turn retries it.
    pub(crate) blocked: bool,
    /// The reply room the request at the head of its ring needs before it can be read, when
    /// its last read stopped for want of it (0: none known). Until that room is there the
    /// head is not copied out again: a guest that consumes no replies does not make the host
    /// copy its biggest request every turn for nothing.
    pub(crate) head_need: usize,
    /// Its domain is held ([`Hypercalls::held`](hvlink_proto::Hypercalls::held): paused or
    /// shut down): not read, its continuations not advanced, until it runs again.
    pub(crate) held: bool,
}

impl<M: GuestMemory + Clone> Queue<M> {
    /// Nothing to do in `phase`: no request published (read), nothing in flight (advance).
    pub(crate) fn idle(&mut self, phase: crate::server::Phase) -> bool {
        match phase {
            crate::server::Phase::Read => matches!(self.hq.has_requests(), Ok(false)),
            crate::server::Phase::Advance => self.reqs.inflight.is_empty(),
        }
    }
}

/// Every queue, by key.
pub(crate) struct Queues<M: GuestMemory + Clone> {
    /// `None` while the engine has the queue out for its turn ([`take`](Self::take)): its
    /// key stays, so that it still counts against its domain's queues and no other can be
    /// set up under it meanwhile, and putting it back is no insertion. Boxed: taking it out
    /// moves only a pointer.
    map: Table<Option<Box<Queue<M>>>>,
    /// Domains whose parked requests were dropped with a queue torn down here: the engine
    /// tells the backend to forget their waits (see `Host::drop_requests`).
    pub(crate) abandoned: Vec<DomId>,
    /// A queue was set up since the queues were last marked held or not
    /// ([`mark_held`](Self::mark_held)).
    pub(crate) added: bool,
}

impl<M: GuestMemory + Clone> Default for Queues<M> {
    fn default() -> Self {
        Queues {
            map: Table::default(),
            abandoned: Vec::new(),
            added: false,
        }
    }
}

impl<M: GuestMemory + Clone> Queues<M> {
    /// Set a queue up in `memory` (`queue_setup`) for `life` of its domain
    /// ([`Hypercalls::domain_life`](hvlink_proto::Hypercalls::domain_life)): its accepted
    /// features and doorbell token. A queue an earlier life of the domain's id left under the
    /// same key (closing, its destruction not yet drained) goes first: that life is over.
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn setup(
        &mut self,
        config: &Config,
        memory: &Memories<M>,
        (key, life): (QueueKey, u64),
        kind: QueueKind,
        base_gpa: u64,
        pages: u32,
        features: u64,
    ) -> Result<(u64, u64), Errno> {
        let stale = match self.map.get(&key) {
            None => false,
            Some(Some(q)) if q.life < life => true,
            Some(_) => return Err(Errno::EEXIST),
        };
        if stale {
            self.teardown(key);
        }
        let mem = memory_of(memory, key.domain, life);
        if self.of_domain(key.domain).count() >= config.max_queues {
            // (An earlier life's queues still closing count too: they go within a few turns,
            // and a new life that set up its queues faster waits for them.)
            return Err(Errno::ENOSPC);
        }
        if pages < 3 || pages > config.max_queue_pages {
            return Err(Errno::E2BIG);
        }
        if base_gpa % 4096 != 0 {
            return Err(Errno::EINVAL);
        }
        let mem = mem.ok_or(Errno::EFAULT)?;
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
        self.map.insert(
            key,
            Some(Box::new(Queue {
                hq,
                life,
                kind,
                features: accepted,
                reqs: Requests::default(),
                faulted: false,
                blocked: false,
                head_need: 0,
                held: false,
            })),
        );
        self.added = true;
        Ok((accepted, (config.doorbell)(key)))
    }

    /// Tear a queue down at once (its requests in flight are dropped).
    pub(crate) fn teardown(&mut self, key: QueueKey) -> bool {
        match self.remove(key) {
            Some(q) => {
                if q.reqs.inflight.iter().any(|c| c.parked.is_some())
                    && !self.abandoned.contains(&key.domain)
                {
                    self.abandoned.push(key.domain);
                }
                true
            }
            None => false,
        }
    }

    /// Cancel `seq` on queue `key`; `None` if there is no such queue.
    pub(crate) fn cancel(&mut self, key: QueueKey, seq: u32) -> Option<control::CancelResult> {
        Some(self.get_mut(key)?.reqs.cancel(seq))
    }

    /// `dom`'s queues (the one out for its turn too), in key order.
    fn domain(&self, dom: DomId) -> impl Iterator<Item = (&QueueKey, &Option<Box<Queue<M>>>)> {
        let key = |queue| QueueKey { domain: dom, queue };
        self.map
            .between(key(0), key(u16::MAX))
            .iter()
            .map(|(k, q)| (k, q))
    }

    /// The keys of `dom`'s queues (the one out for its turn too).
    pub(crate) fn of_domain(&self, dom: DomId) -> impl Iterator<Item = &QueueKey> {
        self.domain(dom).map(|(k, _)| k)
    }

    /// Continuations `dom` holds in flight, over all its queues but the one out for its
    /// turn.
    pub(crate) fn domain_inflight(&self, dom: DomId) -> usize {
        self.domain(dom)
            .filter_map(|(_, q)| q.as_ref())
            .map(|q| q.reqs.inflight.len())
            .sum()
    }

    /// A queue's fault, if its guest broke the protocol.
    pub(crate) fn fault(&self, key: QueueKey) -> Option<Fault> {
        self.get(key).and_then(|q| q.hq.fault())
    }

    /// The queue `key`, unless there is none or it is out for its turn.
    pub(crate) fn get(&self, key: QueueKey) -> Option<&Queue<M>> {
        self.map.get(&key)?.as_deref()
    }

    /// [`get`](Self::get), to change it.
    pub(crate) fn get_mut(&mut self, key: QueueKey) -> Option<&mut Queue<M>> {
        self.map.get_mut(&key)?.as_deref_mut()
    }

    /// Every queue's key (the one out for its turn too), in order.
    pub(crate) fn keys(&self) -> impl Iterator<Item = &QueueKey> {
        self.map.entries().iter().map(|(k, _)| k)
    }

    /// The keys of the queues from `from` on, then those before it (a turn's round-robin
    /// order), but the faulted ones.
    pub(crate) fn live_keys_from(&self, from: QueueKey) -> impl Iterator<Item = QueueKey> + '_ {
        let (before, after) = self.map.split(from);
        after
            .iter()
            .chain(before)
            .filter(|(_, q)| q.as_ref().is_some_and(|q| !q.faulted && !q.held))
            .map(|(k, _)| *k)
    }

    /// Every queue but the one out for its turn.
    pub(crate) fn values(&self) -> impl Iterator<Item = &Queue<M>> {
        self.map.entries().iter().filter_map(|(_, q)| q.as_deref())
    }

    /// [`values`](Self::values), to change them.
    pub(crate) fn values_mut(&mut self) -> impl Iterator<Item = &mut Queue<M>> {
        self.map.values_mut().filter_map(|q| q.as_deref_mut())
    }

    /// Mark every queue (but the one out for its turn) held or not, by its domain and the
    /// life that set it up: what `held` answers ([`Hypercalls::held`]
    /// (hvlink_proto::Hypercalls::held) of the domain, when that life is the current one).
    /// A queue of an earlier life (closing) is never held by the next life's pause.
    pub(crate) fn mark_held(&mut self, held: impl Fn(DomId, u64) -> bool) {
        self.added = false;
        for (k, q) in self.map.entries_mut() {
            if let Some(q) = q.as_deref_mut() {
                q.held = !q.reqs.closing && held(k.domain, q.life);
            }
        }
    }

    /// Take the queue `key` out for its turn (its key stays; see [`put`](Self::put)).
    pub(crate) fn take(&mut self, key: QueueKey) -> Option<Box<Queue<M>>> {
        self.map.get_mut(&key)?.take()
    }

    /// Put back a queue taken out for its turn.
    pub(crate) fn put(&mut self, key: QueueKey, q: Box<Queue<M>>) {
        match self.map.get_mut(&key) {
            Some(slot) => *slot = Some(q),
            None => {
                self.map.insert(key, Some(q));
            }
        }
    }

    /// Remove the queue `key`, and its key; the queue if it was there (not out).
    pub(crate) fn remove(&mut self, key: QueueKey) -> Option<Box<Queue<M>>> {
        self.map.remove(&key).flatten()
    }
}

/// A key's domain and queue id in one number, ordered as the keys are.
fn packed(k: &QueueKey) -> u32 {
    (u32::from(k.domain) << 16) | u32::from(k.queue)
}

/// A map by queue key, kept as a vector sorted by key. A host has few queues, looks them up
/// several times a turn and sets them up or tears them down rarely: a binary search of a
/// contiguous array costs a fraction of a B-tree's search and range walks, which were a
/// tenth of the host's turn for a small op.
#[derive(Debug)]
struct Table<V> {
    entries: Vec<Entry<V>>,
    /// Where the last lookup that could change the table found its key: a turn looks its
    /// queues up in order, and takes out and puts back the one it serves, so the next
    /// lookup is mostly there or just after it.
    hint: usize,
}

/// A key and its value.
type Entry<V> = (QueueKey, V);

impl<V> Default for Table<V> {
    fn default() -> Self {
        Table {
            entries: Vec::new(),
            hint: 0,
        }
    }
}

impl<V> Table<V> {
    fn find(&self, key: &QueueKey) -> Result<usize, usize> {
        let key = packed(key);
        self.entries.binary_search_by(|(k, _)| packed(k).cmp(&key))
    }

    /// [`find`](Self::find), looking first where the last lookup ended and just after, and
    /// remembering where it found the key.
    fn find_hinted(&mut self, key: &QueueKey) -> Result<usize, usize> {
        for i in [self.hint, self.hint + 1] {
            if self.entries.get(i).is_some_and(|(k, _)| k == key) {
                self.hint = i;
                return Ok(i);
            }
        }
        let r = self.find(key);
        if let Ok(i) = r {
            self.hint = i;
        }
        r
    }

    /// Where the first key not below `key` is.
    fn lower_bound(&self, key: &QueueKey) -> usize {
        let key = packed(key);
        self.entries.partition_point(|(k, _)| packed(k) < key)
    }

    #[cfg(test)]
    fn contains_key(&self, key: &QueueKey) -> bool {
        self.find(key).is_ok()
    }

    fn get(&self, key: &QueueKey) -> Option<&V> {
        self.find(key).ok().map(|i| &self.entries[i].1)
    }

    fn get_mut(&mut self, key: &QueueKey) -> Option<&mut V> {
        self.find_hinted(key).ok().map(|i| &mut self.entries[i].1)
    }

    /// Set `key`'s value; the one it replaces, if any.
    fn insert(&mut self, key: QueueKey, v: V) -> Option<V> {
        match self.find(&key) {
            Ok(i) => Some(std::mem::replace(&mut self.entries[i].1, v)),
            Err(i) => {
                self.entries.insert(i, (key, v));
                None
            }
        }
    }

    fn remove(&mut self, key: &QueueKey) -> Option<V> {
        self.find(key).ok().map(|i| self.entries.remove(i).1)
    }

    /// Every entry, in key order.
    fn entries(&self) -> &[Entry<V>] {
        &self.entries
    }

    /// [`entries`](Self::entries), to change their values.
    fn values_mut(&mut self) -> impl Iterator<Item = &mut V> {
        self.entries.iter_mut().map(|(_, v)| v)
    }

    /// Every entry, keys with their values to change.
    fn entries_mut(&mut self) -> impl Iterator<Item = (&QueueKey, &mut V)> {
        self.entries.iter_mut().map(|(k, v)| (&*k, v))
    }

    /// The entries with keys in `lo..=hi`, in order.
    fn between(&self, lo: QueueKey, hi: QueueKey) -> &[Entry<V>] {
        let a = self.lower_bound(&lo);
        let hi = packed(&hi);
        let b = a + self.entries[a..].partition_point(|(k, _)| packed(k) <= hi);
        &self.entries[a..b]
    }

    /// The entries before `key`, and those from it on.
    fn split(&self, key: QueueKey) -> (&[Entry<V>], &[Entry<V>]) {
        self.entries.split_at(self.lower_bound(&key))
    }
}

#[cfg(test)]
mod tests {
    use super::{QueueKey, Table};
    use std::collections::BTreeMap;

    /// The table against a `BTreeMap` over random inserts, removes, lookups and ranges,
    /// with keys from a few domains and queue ids (both ends of each range included).
    #[test]
    fn table_behaves_as_an_ordered_map() {
        let mut next = crate::xorshift(0x9e37_79b9_7f4a_7c15u64);
        let vals = [0u16, 1, 2, 3, 0x7fff, 0xfffe, u16::MAX];
        let key = |r: u64| QueueKey {
            domain: vals[(r % 7) as usize],
            queue: vals[((r >> 8) % 7) as usize],
        };
        let mut t = Table::default();
        let mut m = BTreeMap::new();
        for i in 0..20_000u32 {
            let r = next();
            let k = key(r >> 16);
            match r % 4 {
                0 | 1 => assert_eq!(t.insert(k, i), m.insert(k, i)),
                2 => assert_eq!(t.remove(&k), m.remove(&k)),
                _ => {
                    assert_eq!(t.get(&k), m.get(&k));
                    // In key order, as a turn looks its queues up (the hint's path).
                    let keys: Vec<QueueKey> = m.keys().copied().collect();
                    for k in &keys {
                        assert_eq!(t.get_mut(k).copied(), m.get(k).copied());
                    }
                    assert_eq!(t.contains_key(&k), m.contains_key(&k));
                    if let Some(v) = t.get_mut(&k) {
                        *v += 1;
                        *m.get_mut(&k).unwrap() += 1;
                    }
                }
            }
            let lo = key(next());
            let hi = key(next());
            let got: Vec<_> = t.between(lo, hi).iter().map(|(k, v)| (*k, *v)).collect();
            let want: Vec<_> = if lo <= hi {
                m.range(lo..=hi).map(|(k, v)| (*k, *v)).collect()
            } else {
                Vec::new()
            };
            assert_eq!(got, want);
            let (before, after) = t.split(lo);
            let want_before: Vec<_> = m.range(..lo).map(|(k, v)| (*k, *v)).collect();
            let want_after: Vec<_> = m.range(lo..).map(|(k, v)| (*k, *v)).collect();
            assert_eq!(
                before.iter().map(|(k, v)| (*k, *v)).collect::<Vec<_>>(),
                want_before
            );
            assert_eq!(
                after.iter().map(|(k, v)| (*k, *v)).collect::<Vec<_>>(),
                want_after
            );
        }
        assert_eq!(t.entries().len(), m.len());
    }
}
