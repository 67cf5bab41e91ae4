//! The guest's own view of its memory, made from the vm-memory mapping the host reads it
//! through: what an in-process guest (the embedded deployment, tests, benchmarks) puts its
//! queue in. The one place in the workspace where such a view is built.
#![allow(unsafe_code)] // a raw view of a live mapping; justified at the one block below

use std::fmt;
use std::ptr::NonNull;
use std::sync::Arc;

use hvlink_guest::ring::raw::RawMem;
use vm_memory::{GuestAddress, GuestMemoryBackend, GuestMemoryMmap};

/// Why a view could not be made.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum ViewError {
    /// `[gpa, gpa + len)` is not inside one region of the mapping.
    OutOfRange {
        /// Start of the asked range.
        gpa: u64,
        /// Its length.
        len: usize,
    },
    /// `gpa` is not 4-byte aligned (ring indices are 32-bit atomics).
    Unaligned(u64),
}

impl fmt::Display for ViewError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ViewError::OutOfRange { gpa, len } => {
                write!(
                    f,
                    "{len} bytes at {gpa:#x} are not inside one region of guest memory"
                )
            }
            ViewError::Unaligned(gpa) => write!(f, "{gpa:#x} is not 4-byte aligned"),
        }
    }
}

impl std::error::Error for ViewError {}

/// A view of `len` bytes of `mem` at guest-physical `gpa`, as the guest sees its own pages.
/// The view (and every clone) keeps the mapping alive.
pub fn view(mem: &GuestMemoryMmap, gpa: u64, len: usize) -> Result<RawMem, ViewError> {
    if gpa % 4 != 0 {
        return Err(ViewError::Unaligned(gpa));
    }
    let out = ViewError::OutOfRange { gpa, len };
    let last = gpa.checked_add(len.max(1) as u64 - 1).ok_or(out)?;
    let (region, _) = mem.to_region_addr(GuestAddress(gpa)).ok_or(out)?;
    let (end_region, _) = mem.to_region_addr(GuestAddress(last)).ok_or(out)?;
    if !std::ptr::eq(region, end_region) {
        return Err(out);
    }
    let p = mem.get_host_address(GuestAddress(gpa)).map_err(|_| out)?;
    let p = NonNull::new(p).ok_or(out)?;
    let owner: Arc<dyn std::any::Any + Send + Sync> = Arc::new(mem.clone());
    // SAFETY: `[gpa, gpa + len)` lies inside one region of the mapping (checked above), and
    // `p` is 4-byte aligned (regions are page-aligned and `gpa` is 4-aligned). The regions are
    // reference-counted: `owner` holds a clone of the collection, so the mapping lives as
    // long as any clone of the view. The host side reaches the same bytes only through
    // vm-memory (copies and atomics), never through Rust references.
    Ok(unsafe { RawMem::with_owner(p, len, owner) })
}

#[cfg(test)]
mod tests {
    use super::*;
    use hvlink_codec::ring::SharedMem;

    #[test]
    fn views_are_checked_and_keep_the_mapping() {
        let mem = GuestMemoryMmap::from_ranges(&[(GuestAddress(0), 1 << 16)]).unwrap();
        assert_eq!(view(&mem, 2, 16).unwrap_err(), ViewError::Unaligned(2));
        assert!(matches!(
            view(&mem, (1 << 16) - 8, 16),
            Err(ViewError::OutOfRange { .. })
        ));
        assert!(view(&mem, u64::MAX - 3, 16).is_err());
        let v = view(&mem, 4096, 4096).unwrap();
        drop(mem);
        v.store_u32(8, 0xa5a5_a5a5, std::sync::atomic::Ordering::Relaxed);
        assert_eq!(
            v.load_u32(8, std::sync::atomic::Ordering::Relaxed),
            0xa5a5_a5a5
        );
    }
}
