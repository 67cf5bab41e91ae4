//! Encode helpers.

#[allow(unused_imports)]
use super::*;

/// Write an attribute.
#[inline]
pub fn put<'a, T: Elem<'a>, S: Sink>(b: &mut Builder<S>, raw_kind: u16, v: &T) -> Result<()> {
    v.put_attr(b, raw_kind)
}

/// Write an attribute if present.
#[inline]
pub fn put_opt<'a, T: Elem<'a>, S: Sink>(
    b: &mut Builder<S>,
    raw_kind: u16,
    v: &Option<T>,
) -> Result<()> {
    match v {
        Some(v) => v.put_attr(b, raw_kind),
        None => Ok(()),
    }
}

/// Write an attribute unless it equals its default: the receiver fills the default, and an
/// older receiver is not sent an attribute it may not know (and, if must-understand, would
/// reject) when the value changes nothing.
#[inline]
pub fn put_def<'a, T: Elem<'a> + PartialEq, S: Sink>(
    b: &mut Builder<S>,
    raw_kind: u16,
    v: &T,
    default: T,
) -> Result<()> {
    if *v == default {
        Ok(())
    } else {
        v.put_attr(b, raw_kind)
    }
}

/// Write a flag attribute when set.
#[inline]
pub fn put_flag<S: Sink>(b: &mut Builder<S>, raw_kind: u16, v: bool) -> Result<()> {
    v.put(b, raw_kind)
}
