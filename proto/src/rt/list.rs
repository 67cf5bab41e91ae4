//! Repeated attributes.

#[allow(unused_imports)]
use super::*;

/// The occurrences of a repeated attribute: a caller's slice when encoding, or a lazy view
/// of the received message when decoding (validated by the decoder before it returned, so
/// iterating cannot fail). `Copy`, borrowing, allocation-free.
pub struct List<'a, T> {
    repr: ListRepr<'a>,
    slice: &'a [T],
    one: Option<T>,
    _t: PhantomData<T>,
}

#[derive(Clone, Copy)]
enum ListRepr<'a> {
    Slice,
    One,
    Wire {
        data: &'a [u8],
        offset: usize,
        kind: u16,
        count: u32,
        skip: u32,
    },
}

impl<T: Copy> Clone for List<'_, T> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<T: Copy> Copy for List<'_, T> {}

impl<T> Default for List<'_, T> {
    fn default() -> Self {
        List::new(&[])
    }
}

impl<'a, T> List<'a, T> {
    /// The elements of `slice`, to encode.
    pub const fn new(slice: &'a [T]) -> Self {
        List {
            repr: ListRepr::Slice,
            slice,
            one: None,
            _t: PhantomData,
        }
    }

    /// A list of exactly one element, held inline (a repeated attribute carried by one
    /// register).
    pub const fn one(v: T) -> Self {
        List {
            repr: ListRepr::One,
            slice: &[],
            one: Some(v),
            _t: PhantomData,
        }
    }

    /// The `count` attributes of type `kind` in `attrs` (which the decoder validated).
    #[doc(hidden)]
    pub fn wire(attrs: &Attrs<'a>, kind: u16, count: u32) -> Self {
        List {
            repr: ListRepr::Wire {
                data: attrs.remaining(),
                offset: attrs.offset(),
                kind,
                count,
                skip: 0,
            },
            slice: &[],
            one: None,
            _t: PhantomData,
        }
    }

    /// Number of elements.
    pub fn len(&self) -> usize {
        match self.repr {
            ListRepr::Slice => self.slice.len(),
            ListRepr::One => 1,
            ListRepr::Wire { count, .. } => count as usize,
        }
    }

    /// No elements.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The elements `start .. start + max` (clipped to the list), as a list of their own —
    /// how the host runs a big batch in slices.
    pub fn window(&self, start: u32, max: u32) -> Self
    where
        T: Copy,
    {
        let len = self.len() as u64;
        let from = (start as u64).min(len);
        let to = from.saturating_add(max as u64).min(len);
        let n = (to - from) as usize;
        let mut out = *self;
        match &mut out.repr {
            ListRepr::Slice => out.slice = &self.slice[from as usize..from as usize + n],
            ListRepr::One => {
                if n == 0 {
                    out = List::new(&[]);
                }
            }
            ListRepr::Wire { count, skip, .. } => {
                *skip += from as u32;
                *count = n as u32;
            }
        }
        out
    }
}

impl<'a, T> List<'a, T> {
    /// [`window`](Self::window), starting from `resume` when it is a position of this list at
    /// or before `start` (so the entries before it are not walked again).
    pub fn window_from(&self, start: u32, max: u32, resume: Option<Resume>) -> Self
    where
        T: Copy,
    {
        let mut out = self.window(start, max);
        if let (
            Some(r),
            ListRepr::Wire {
                data, offset, skip, ..
            },
        ) = (resume, &mut out.repr)
        {
            let from = r.at.wrapping_sub(*offset);
            if r.index <= start && r.at >= *offset && from <= data.len() {
                *data = &data[from..];
                *offset = r.at;
                *skip = start - r.index;
            }
        }
        out
    }

    /// Where the list lies in its message, if its entries are contiguous (no other
    /// attribute between the first and the last): a walk over the list's bytes, for a
    /// windowed batch's later windows ([`Resume::span`]). `None` for a list not read off the
    /// wire, an empty one, a window that skips entries, or entries with other attributes
    /// among them. (A window from the start spans its own entries only.)
    pub fn span(&self) -> Option<Span> {
        let ListRepr::Wire {
            data,
            offset,
            kind,
            count,
            skip: 0,
        } = self.repr
        else {
            return None;
        };
        if count == 0 {
            return None;
        }
        // The decoder accepted these bytes already; anything unexpected ends in `None`.
        let mut walk = Walk::at(data, offset);
        let start = loop {
            let at = walk.position();
            match walk.next() {
                Ok(Some(a)) if a.kind() == kind => break at,
                Ok(Some(_)) => {}
                _ => return None,
            }
        };
        for _ in 1..count {
            match walk.next() {
                Ok(Some(a)) if a.kind() == kind => {}
                _ => return None,
            }
        }
        Some(Span {
            start,
            end: walk.position(),
            kind,
            count,
        })
    }

    /// Where the list's next element starts in the message (a wire list), for
    /// [`Resume::at`].
    pub fn position(&self) -> Option<usize> {
        match self.repr {
            ListRepr::Wire { offset, .. } => Some(offset),
            _ => None,
        }
    }
}

impl<'a, T: Elem<'a>> List<'a, T> {
    /// The elements, in order.
    #[inline]
    pub fn iter(&self) -> ListIter<'a, T> {
        match self.repr {
            ListRepr::Slice => ListIter {
                slice: self.slice.iter(),
                one: None,
                wire: None,
                left: self.slice.len(),
                skip: 0,
            },
            ListRepr::One => ListIter {
                slice: [].iter(),
                one: self.one,
                wire: None,
                left: 1,
                skip: 0,
            },
            ListRepr::Wire {
                data,
                offset,
                kind,
                count,
                skip,
            } => ListIter {
                slice: [].iter(),
                one: None,
                wire: Some((Walk::at(data, offset), kind)),
                left: count as usize,
                skip,
            },
        }
    }

    /// Encode every element as one attribute of type field `raw_kind`.
    pub fn put<S: Sink>(&self, b: &mut Builder<S>, raw_kind: u16) -> Result<()> {
        // A list the caller built (the encoding side's case): straight over its slice.
        if let ListRepr::Slice = self.repr {
            for v in self.slice {
                v.put_attr(b, raw_kind)?;
            }
            return Ok(());
        }
        for v in self.iter() {
            v.put_attr(b, raw_kind)?;
        }
        Ok(())
    }
}

impl<'a, T: Elem<'a>> IntoIterator for List<'a, T> {
    type Item = T;
    type IntoIter = ListIter<'a, T>;
    #[inline]
    fn into_iter(self) -> ListIter<'a, T> {
        self.iter()
    }
}

impl<'a, T: Elem<'a> + PartialEq> PartialEq for List<'a, T> {
    fn eq(&self, other: &Self) -> bool {
        self.len() == other.len() && self.iter().eq(other.iter())
    }
}

impl<'a, T: Elem<'a> + fmt::Debug> fmt::Debug for List<'a, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.iter()).finish()
    }
}

/// Iterator over a [`List`].
pub struct ListIter<'a, T> {
    slice: core::slice::Iter<'a, T>,
    one: Option<T>,
    wire: Option<(Walk<'a>, u16)>,
    left: usize,
    skip: u32,
}

impl<'a, T: Elem<'a>> ListIter<'a, T> {
    /// The elements not yet iterated, as a list of their own (no element is decoded).
    pub fn rest(&self) -> List<'a, T> {
        if let Some((walk, kind)) = &self.wire {
            return List {
                repr: ListRepr::Wire {
                    data: walk.rest(),
                    offset: walk.position(),
                    kind: *kind,
                    count: self.left as u32,
                    skip: self.skip,
                },
                slice: &[],
                one: None,
                _t: PhantomData,
            };
        }
        match self.one {
            Some(v) if self.left > 0 => List::one(v),
            _ => List::new(&self.slice.as_slice()[..self.left.min(self.slice.len())]),
        }
    }

    /// Step over `n` elements without decoding them (a wire list only hops headers).
    pub fn advance(&mut self, n: usize) {
        let n = n.min(self.left);
        if let Some((walk, kind)) = &mut self.wire {
            let mut left = n;
            while left > 0 {
                match walk.next() {
                    Ok(Some(a)) if a.kind() == *kind => {
                        if self.skip > 0 {
                            self.skip -= 1;
                        } else {
                            left -= 1;
                        }
                    }
                    Ok(Some(_)) => {}
                    _ => {
                        self.left = 0;
                        return;
                    }
                }
            }
            self.left -= n;
            return;
        }
        if self.one.is_some() && n > 0 {
            self.one = None;
        }
        for _ in 0..n {
            self.slice.next();
        }
        self.left -= n;
    }
}

impl<'a, T: Elem<'a>> Iterator for ListIter<'a, T> {
    type Item = T;
    #[inline]
    fn next(&mut self) -> Option<T> {
        if self.left == 0 {
            return None;
        }
        // Only looked at, not taken (which writes the whole option back), on the common
        // paths: a slice (a caller's, or entries kept by validation) and the wire.
        if self.one.is_some() {
            self.left = 0;
            return self.one.take();
        }
        let Some((walk, kind)) = &mut self.wire else {
            self.left -= 1;
            return self.slice.next().copied();
        };
        // Invariant: the decoder validated these exact bytes with the same functions before
        // it handed out the list, so neither step can fail. Should one ever fail, the
        // iteration ends rather than inventing a value.
        while let Ok(Some(a)) = walk.next() {
            if a.kind() != *kind {
                continue;
            }
            if self.skip > 0 {
                self.skip -= 1;
                continue;
            }
            let v = T::from_valid(&a);
            self.left = if v.is_some() { self.left - 1 } else { 0 };
            return v;
        }
        self.left = 0;
        None
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        (0, Some(self.left))
    }
}
