//! Serving (what the generated per-family `serve` / `serve_regs` functions speak).

#[allow(unused_imports)]
use super::*;

/// Which entries of a batch op one `serve` call runs. Non-batch ops ignore it.
///
/// The host runs a big batch in slices (a continuation): each call runs the entries
/// `start .. start + max` (clipped to the request's count) and writes their results with
/// their absolute `index`, so a resumed batch never repeats an entry. Atomic-mode requests
/// ignore the window and run whole (they are bounded by the batch limit and cannot be split
/// without giving up their all-or-none promise).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Window<'k> {
    /// First entry (0-based position in the request) to run.
    pub start: u32,
    /// Most entries to run.
    pub max: u32,
    /// Do not run the entries: report each as cancelled (the rest of an ordered batch after
    /// a failure, or of a cancelled request).
    pub cancel: bool,
    /// Stop early, at a chunk boundary, once this is set (the host: "a call of another
    /// domain waits"); the entries not run are run by the next call.
    pub preempt: Option<Preempt>,
    /// Where the previous window of the same request stopped ([`Served::resume`]): a window
    /// that starts there begins at that byte instead of walking the entries before it. Only
    /// ever the value a previous call of the same request returned, on the same bytes.
    pub resume: Option<Resume>,
    /// The request was validated already (by the family's generated `validate`, on these
    /// same bytes): the first window skips the checks, as later windows do. A promise the
    /// caller must keep: bytes that were not validated are still never trusted (decoding
    /// them fails with `EIO` at the first bad entry, never a panic), but the entries before
    /// that one will have run.
    pub validated: bool,
    /// The request's batch entries as its validation decoded them (the family's generated
    /// `validate_keep`, on these same bytes): the windows run them from here instead of
    /// decoding each entry a second time. A store of another entry type or count is not
    /// used (the entries are read from the request, as with `None`).
    pub kept: Option<&'k Kept>,
}

/// A position in a request's entry list: entry `index` starts at byte `at` of the message.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Resume {
    /// The entry's 0-based position in the list.
    pub index: u32,
    /// The offset of its attribute, as the decoder counts offsets (from the message start);
    /// `usize::MAX` when the window ran from kept entries ([`serve_batch_kept`]) and no
    /// offset is known (a later window then walks to its start).
    pub at: usize,
    /// Where the whole list lies, when its entries are contiguous: a later window's decode
    /// jumps over them ([`AttrSet::decode_valid_from`]) instead of walking them all again.
    pub span: Option<Span>,
}

/// Bytes `start .. end` of a message (offsets as the decoder counts them) hold exactly
/// `count` attributes of type `kind` (a batch request's entries) and nothing else.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Span {
    /// Offset of the first entry's header.
    pub start: usize,
    /// Offset just past the last entry (its padding included, unless it ends the level).
    pub end: usize,
    /// The attribute type of the entries.
    pub kind: u16,
    /// How many entries.
    pub count: u32,
}

/// When a preemptible window stops early (see [`Window::preempt`]): while something waits
/// for the host (a register call of another domain), or once the host's time slice is over.
#[derive(Debug, Clone, Copy)]
pub struct Preempt {
    /// Non-zero while something waits for the host.
    pub waiting: &'static core::sync::atomic::AtomicUsize,
    /// The slice's end: stop once `clock()` (nanoseconds) reaches it. `None`: no time limit.
    pub until: Option<(fn() -> u64, u64)>,
}

impl Preempt {
    /// Stop only while `waiting` is set.
    pub const fn new(waiting: &'static core::sync::atomic::AtomicUsize) -> Preempt {
        Preempt {
            waiting,
            until: None,
        }
    }

    /// Also stop once `clock()` reaches `end` (nanoseconds).
    pub const fn until(self, clock: fn() -> u64, end: u64) -> Preempt {
        Preempt {
            until: Some((clock, end)),
            ..self
        }
    }

    /// Is it set (something waits, or the slice is over)?
    #[inline]
    pub fn requested(self) -> bool {
        self.waiting.load(core::sync::atomic::Ordering::Relaxed) > 0
            || self.until.is_some_and(|(clock, end)| clock() >= end)
    }
}

impl PartialEq for Preempt {
    fn eq(&self, other: &Preempt) -> bool {
        core::ptr::eq(self.waiting, other.waiting)
            && self.until.map(|u| u.1) == other.until.map(|u| u.1)
    }
}

impl Eq for Preempt {}

/// Entries a preemptible window runs between two looks at [`Window::preempt`].
pub const PREEMPT_CHUNK: u32 = 32;

impl Window<'_> {
    /// Every entry.
    pub const ALL: Window<'static> = Window {
        start: 0,
        max: u32::MAX,
        cancel: false,
        preempt: None,
        resume: None,
        validated: false,
        kept: None,
    };
}

/// A batch request's entries, decoded once: filled while the request is validated
/// ([`keep`], what the generated `validate_keep` calls), then read by each of its windows
/// ([`Window::kept`]). Decoding a grant entry again for its window cost about as much as
/// validating it; a kept entry is a copy.
///
/// Without the `alloc` feature nothing is kept (every window decodes its entries from the
/// request). The store holds one request's entries at a time (a batch is bounded by its op's
/// `max-count`), and keeps the allocations of the last [`KEPT_TYPES`] entry types it was
/// filled with: a queue that alternates map and unmap batches fills it without allocating.
#[derive(Default)]
pub struct Kept {
    /// A vector of entries per entry type, the one filled last first (boxed: a store sits
    /// in every continuation, which the host moves around).
    #[cfg(feature = "alloc")]
    vals: Option<alloc::boxed::Box<[Option<KeptVec>; KEPT_TYPES]>>,
    /// How many entries it holds; `None` while it holds none (nothing kept yet, or the last
    /// validation failed).
    len: Option<usize>,
}

/// Entry types whose allocations a [`Kept`] store keeps.
pub const KEPT_TYPES: usize = 4;

/// One entry type's vector, its type and its capacity in bytes.
#[cfg(feature = "alloc")]
type KeptVec = (
    alloc::boxed::Box<dyn core::any::Any + Send>,
    core::any::TypeId,
    usize,
);

impl Kept {
    /// An empty store.
    pub const fn new() -> Kept {
        Kept {
            #[cfg(feature = "alloc")]
            vals: None,
            len: None,
        }
    }

    /// The kept entries, if it holds entries of type `T`.
    #[inline]
    pub fn entries<T: 'static>(&self) -> Option<&[T]> {
        let _n = self.len?;
        #[cfg(feature = "alloc")]
        {
            let (b, _, _) = self.vals.as_ref()?[0].as_ref()?;
            let v = b.downcast_ref::<alloc::vec::Vec<T>>()?;
            (v.len() == _n).then_some(v.as_slice())
        }
        #[cfg(not(feature = "alloc"))]
        None
    }

    /// How many entries it holds (`None`: none kept).
    pub fn count(&self) -> Option<usize> {
        self.len
    }

    /// Forget the entries (the allocations stay, for the next fills).
    pub fn clear(&mut self) {
        self.len = None;
    }

    /// Heap bytes it holds.
    pub fn bytes(&self) -> usize {
        #[cfg(feature = "alloc")]
        {
            self.vals.as_ref().map_or(0, |v| {
                core::mem::size_of_val(&**v) + v.iter().flatten().map(|(_, _, n)| *n).sum::<usize>()
            })
        }
        #[cfg(not(feature = "alloc"))]
        0
    }
}

impl fmt::Debug for Kept {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Kept")
            .field("len", &self.len)
            .field("bytes", &self.bytes())
            .finish()
    }
}

/// Two stores are equal only if they are the same store (a [`Window`] compares which one it
/// reads, not what is in it).
impl PartialEq for Kept {
    fn eq(&self, other: &Kept) -> bool {
        core::ptr::eq(self, other)
    }
}

impl Eq for Kept {}

/// Where [`keep`]'s decoder hands each entry (into the store; nowhere without `alloc`).
pub struct Keeper<'s, T> {
    #[cfg(feature = "alloc")]
    vec: &'s mut alloc::vec::Vec<T>,
    _s: PhantomData<&'s mut T>,
}

impl<T> Keeper<'_, T> {
    /// Keep `v`, the next entry in message order.
    #[inline]
    pub fn push(&mut self, v: T) {
        #[cfg(feature = "alloc")]
        self.vec.push(v);
        #[cfg(not(feature = "alloc"))]
        let _ = v;
    }
}

/// Run `decode` (a validating decode that hands each batch entry to the [`Keeper`]) and keep
/// the entries in `kept`: after `Ok` the store holds exactly those entries, after `Err` none
/// (a request that failed validation never runs).
pub fn keep<T: Send + 'static, R>(
    kept: &mut Kept,
    decode: impl FnOnce(&mut Keeper<'_, T>) -> Result<R>,
) -> Result<R> {
    kept.len = None;
    #[cfg(feature = "alloc")]
    {
        use alloc::{boxed::Box, vec::Vec};
        // This type's vector (its allocation reused), or a new one in place of the type
        // used longest ago; first either way.
        let ty = core::any::TypeId::of::<Vec<T>>();
        let slots = kept.vals.get_or_insert_with(Default::default);
        let at = match slots
            .iter()
            .position(|s| s.as_ref().is_some_and(|(_, t, _)| *t == ty))
        {
            Some(at) => at,
            None => {
                slots[KEPT_TYPES - 1] = Some((Box::new(Vec::<T>::new()), ty, 0));
                KEPT_TYPES - 1
            }
        };
        if at > 0 {
            slots[..=at].rotate_right(1);
        }
        // Out of its slot for the decode, typed (the slot holds this type's vector: the
        // default is never needed), and back in with its size.
        let mut vec: Box<Vec<T>> = match slots[0].take().map(|(b, _, _)| b.downcast::<Vec<T>>()) {
            Some(Ok(v)) => v,
            _ => Box::default(),
        };
        vec.clear();
        let r = decode(&mut Keeper {
            vec: &mut vec,
            _s: PhantomData,
        });
        if r.is_ok() {
            kept.len = Some(vec.len());
        } else {
            vec.clear();
        }
        let size = vec.capacity() * core::mem::size_of::<T>();
        slots[0] = Some((vec, ty, size));
        r
    }
    #[cfg(not(feature = "alloc"))]
    decode(&mut Keeper { _s: PhantomData })
}

/// The entries of type `T` in `kept`, if any (what a generated `serve` passes to
/// [`serve_batch_kept`]).
#[inline]
pub fn kept<T: 'static>(kept: Option<&Kept>) -> Option<&[T]> {
    kept.and_then(Kept::entries)
}

/// What one `serve` call did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Served {
    /// Entries in the request (batch form), 1 for a single-form batch op, 0 otherwise.
    pub total: u32,
    /// Entries run (or reported cancelled) by this call.
    pub ran: u32,
    /// Some entry this call ran ended with a status other than okay.
    pub failed: bool,
    /// The request ran whole regardless of the window (atomic mode, or not a batch op).
    pub whole: bool,
    /// Where the next window starts, when this one stopped before the end of a batch that
    /// is not atomic (preempted, or at the window's `max`): pass it back in
    /// [`Window::resume`].
    pub resume: Option<Resume>,
}

/// Why `serve` produced no reply attributes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ServeError {
    /// The request failed validation: the codec error names the attribute and offset, for
    /// an extended ack. (A reply that could not be encoded is its errno alone.)
    Invalid(Error),
    /// The backend (or the dispatcher's own checks) refused the call.
    Errno(Errno),
}

impl From<Error> for ServeError {
    fn from(e: Error) -> Self {
        ServeError::Invalid(e)
    }
}

impl From<Errno> for ServeError {
    fn from(e: Errno) -> Self {
        ServeError::Errno(e)
    }
}

impl Served {
    /// What every non-batch op reports: nothing to window, ran whole.
    pub const WHOLE: Served = Served {
        total: 0,
        ran: 0,
        failed: false,
        whole: true,
        resume: None,
    };
}

/// One result of a batch op as the serving glue handles it (generated for the reply-entry
/// sets of batch ops, which SCHEMA.md's lint rule 20 shapes: an `index`, a `status` enum with
/// `okay` and `cancelled`, every other attribute optional).
pub trait BatchEntry: Copy {
    /// Set the result's `index` (the absolute position of its request entry).
    fn set_index(&mut self, index: u32);
    /// The status is not `okay`.
    fn failed(&self) -> bool;
    /// The result of an entry that was not run: `index`, status `cancelled`, nothing else.
    fn cancelled(index: u32) -> Self;
}

/// The op `rdi` names in a register call (`ENOSYS` when it is no op id at all).
#[inline]
pub fn reg_op(r: &Regs) -> core::result::Result<u8, Errno> {
    u8::try_from(r.rdi).map_err(|_| Errno::ENOSYS)
}

/// Write a successful register call's reply: rax = 0 and the mapped registers. All or
/// nothing: on error `r` is untouched ("no implicit clobbering").
#[inline]
pub fn commit_regs<O: FastAbi>(
    rep: &O::Reply<'_>,
    r: &mut Regs,
) -> core::result::Result<(), Errno> {
    let mut out = *r;
    O::write_regs(rep, &mut out)?;
    *r = out;
    Ok(())
}

/// Encode a non-batch op's reply attributes: [`Served::WHOLE`].
#[inline]
pub fn served<'r, T: AttrSet<'r>, S: Sink>(
    rep: &T,
    b: &mut Builder<S>,
) -> core::result::Result<Served, ServeError> {
    rep.encode(b).map_err(reply_unencodable)?;
    Ok(Served::WHOLE)
}

/// A reply that could not be encoded (no room for it: `ENOBUFS`; a value its spec does not
/// allow): its errno alone, with no attribute or offset, which would point into the reply,
/// not at anything the guest sent.
#[cold]
fn reply_unencodable(e: Error) -> ServeError {
    ServeError::Errno(Errno(e.errno().saturating_neg()))
}

/// Encode the single-form reply of a batch op that ran `entry` as a one-entry batch.
#[inline]
pub fn served_one<'r, T: AttrSet<'r>, R: BatchEntry, S: Sink>(
    rep: &T,
    entry: &R,
    b: &mut Builder<S>,
) -> core::result::Result<Served, ServeError> {
    rep.encode(b).map_err(reply_unencodable)?;
    Ok(Served {
        total: 1,
        ran: 1,
        failed: entry.failed(),
        whole: true,
        resume: None,
    })
}

/// Run a one-entry batch (a single-form request): `run` calls the backend with an `out`
/// that takes exactly one result (a second call gets `EIO`); none at all is `EIO` too. With
/// `cancel` the backend is not called and the entry reports `cancelled`.
pub fn run_one<R, F>(cancel: bool, run: F) -> core::result::Result<R, Errno>
where
    R: BatchEntry,
    F: FnOnce(
        &mut dyn FnMut(R) -> core::result::Result<(), Errno>,
    ) -> core::result::Result<(), Errno>,
{
    if cancel {
        return Ok(R::cancelled(0));
    }
    let mut got: Option<R> = None;
    let mut extra = false;
    let res = run(&mut |mut r: R| {
        if got.is_some() {
            extra = true;
            return Err(Errno::EIO);
        }
        r.set_index(0);
        got = Some(r);
        Ok(())
    });
    res?;
    match got {
        Some(r) if !extra => Ok(r),
        _ => Err(Errno::EIO),
    }
}

/// Serve the batch form of a batch op: run the entries of `window` (all of them when
/// `atomic`), writing each result as one attribute of type field `raw_kind` with its absolute
/// `index` as soon as the backend reports it.
///
/// `run` calls the backend with the windowed entries and the `out` callback. The backend
/// must call `out` exactly once per entry it was given, in order: an extra call is refused
/// with `EIO` (and the whole call fails with `EIO`), too few calls fail the call with `EIO`.
/// An error from the backend is returned as it is; one from encoding a result (no room) is
/// [`ServeError::Invalid`]. With `window.cancel` the backend is not called and every
/// windowed entry reports `cancelled`. An empty window writes nothing and runs nothing.
///
/// With `window.preempt`, the entries run in chunks of [`PREEMPT_CHUNK`] (one backend call
/// each), and the call returns early after a chunk once preemption is requested or an entry
/// failed (`ran` says how far it got; the rest of an ordered batch is then the caller's).
///
/// On error `b` may hold the results written before it; the caller drops the message.
pub fn serve_batch<'a, E, R, S, F>(
    entries: List<'a, E>,
    atomic: bool,
    window: Window<'_>,
    b: &mut Builder<S>,
    raw_kind: u16,
    run: F,
) -> core::result::Result<Served, ServeError>
where
    E: Elem<'a>,
    R: BatchEntry + Elem<'static>,
    S: Sink,
    F: FnMut(
        List<'a, E>,
        &mut dyn FnMut(R) -> core::result::Result<(), Errno>,
    ) -> core::result::Result<(), Errno>,
{
    serve_batch_kept(entries, None, atomic, window, b, raw_kind, run)
}

/// [`serve_batch`], running the entries from `kept` (the same request's entries as its
/// validation decoded them, [`Window::kept`]) instead of decoding them again from
/// `entries`, when it holds exactly as many. The results, and what the call returns, are the
/// same either way, except that a [`Resume`] from a window run from `kept` has no byte
/// position (`at` is `usize::MAX`, which no window takes up: a later window without the
/// kept entries walks to its start).
pub fn serve_batch_kept<'a, E, R, S, F>(
    entries: List<'a, E>,
    kept: Option<&'a [E]>,
    atomic: bool,
    window: Window<'_>,
    b: &mut Builder<S>,
    raw_kind: u16,
    mut run: F,
) -> core::result::Result<Served, ServeError>
where
    E: Elem<'a>,
    R: BatchEntry + Elem<'static>,
    S: Sink,
    F: FnMut(
        List<'a, E>,
        &mut dyn FnMut(R) -> core::result::Result<(), Errno>,
    ) -> core::result::Result<(), Errno>,
{
    let total = entries.len() as u32;
    let kept = kept.filter(|k| k.len() == entries.len());
    let all = match kept {
        Some(k) => List::new(k),
        None => entries,
    };
    let (start, part) = if atomic {
        (0, all)
    } else {
        (
            window.start,
            all.window_from(window.start, window.max, window.resume),
        )
    };
    let n = part.len() as u32;
    let mut served = Served {
        total,
        ran: 0,
        failed: false,
        whole: atomic,
        resume: None,
    };
    // A window that walks no entry leaves the resume point where it was (still behind the
    // next window's start, which `window_from` allows), span and all.
    let unmoved = if !atomic && start + n < total {
        window.resume
    } else {
        None
    };
    if window.cancel {
        for k in 0..n {
            let r = R::cancelled(start + k);
            r.put_attr(b, raw_kind)?;
            served.ran += 1;
            served.failed |= r.failed();
        }
        served.resume = unmoved;
        return Ok(served);
    }
    if n == 0 {
        served.resume = unmoved;
        return Ok(served);
    }
    // Without a preemption flag (or for an atomic batch) the window runs in one call.
    let chunk = match window.preempt {
        Some(_) if !atomic => PREEMPT_CHUNK,
        _ => n,
    };
    let mut at = 0;
    let mut cursor = part.iter();
    while at < n {
        let take = chunk.min(n - at);
        let sub = if chunk == n {
            part
        } else {
            cursor.rest().window(0, take)
        };
        let want = served.ran + take;
        let mut encode_err: Option<Error> = None;
        let mut extra = false;
        let res = run(sub, &mut |mut r: R| {
            if served.ran >= want {
                extra = true;
                return Err(Errno::EIO);
            }
            r.set_index(start + served.ran);
            if let Err(e) = r.put_attr(b, raw_kind) {
                encode_err = Some(e);
                return Err(Errno::from(e));
            }
            served.ran += 1;
            served.failed |= r.failed();
            Ok(())
        });
        if let Some(e) = encode_err {
            return Err(ServeError::Invalid(e));
        }
        res?;
        if extra || served.ran != want {
            return Err(ServeError::Errno(Errno::EIO));
        }
        at += take;
        if chunk != n {
            cursor.advance(take as usize);
        }
        if at < n && (served.failed || window.preempt.is_some_and(Preempt::requested)) {
            break;
        }
    }
    if !atomic && start + served.ran < total {
        // Stopped before the end of the list (preempted, or the window's `max`: the
        // caller's budget or its reply's room): where the next window starts. A window run
        // in one backend call has not moved the cursor yet.
        if chunk == n {
            cursor.advance(served.ran as usize);
        }
        // The list's span: looked for once, by the first window that stops early, then
        // passed along (also when there is none: entries with other attributes among them
        // are walked by every window, but not searched for a span again).
        let span = match window.resume {
            Some(r) => r.span,
            None => entries.span(),
        };
        let at = match kept {
            Some(_) => Some(usize::MAX),
            None => cursor.rest().position(),
        };
        served.resume = at.map(|at| Resume {
            index: start + served.ran,
            at,
            span,
        });
    }
    Ok(served)
}

#[cfg(test)]
mod tests {
    use super::*;
    use hvlink_codec::builder::SliceSink;

    /// A reply that does not fit is `ENOBUFS`, with no offset into the reply buffer to name
    /// as if the request were wrong.
    #[test]
    fn a_reply_that_cannot_be_encoded_is_its_errno_not_an_invalid_request() {
        let rep = crate::version::VersionReply {
            major: 4,
            minor: 17,
        };
        let mut buf = [0u8; 6];
        let mut b = Builder::new(SliceSink::new(&mut buf));
        assert_eq!(served(&rep, &mut b), Err(ServeError::Errno(Errno::ENOBUFS)));
        let mut buf = [0u8; 64];
        let mut b = Builder::new(SliceSink::new(&mut buf));
        assert_eq!(served(&rep, &mut b), Ok(Served::WHOLE));
    }
}
