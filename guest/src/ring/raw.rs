//! Raw access to the guest's own queue pages. With [`trap`](crate::trap) (the trap
//! instructions), the only module of this crate with `unsafe`: the crate denies it everywhere
//! else (the client's one exception is tokio's registration of a borrowed eventfd).
//!
//! The pages are shared with the host, which may write them at any time (a confidential
//! guest's host is not trusted). Indices and flags are accessed atomically; message bytes are
//! copied once, in bulk, into private memory (the approach of vm-memory), and every check runs
//! on the copy: a racing write can change *what* we read, never where we read or how much.
// Pointers into memory shared with the host, its mapping and a port write: every block says
// why it is sound.
#![allow(unsafe_code)]

use core::ptr::NonNull;
use core::sync::atomic::{AtomicU32, Ordering};

use hvlink_codec::ring::SharedMem;

/// The guest's view of one queue's shared pages. Clones view the same pages (a queue's
/// producer and consumer each hold one).
#[derive(Clone)]
pub struct RawMem {
    base: NonNull<u8>,
    len: usize,
    /// What keeps the pages mapped, shared by every clone (a view made from a mapping that
    /// is reference-counted holds it here, so the pages outlive the last view).
    #[cfg(feature = "std")]
    _owner: Option<std::sync::Arc<dyn core::any::Any + Send + Sync>>,
}

impl core::fmt::Debug for RawMem {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("RawMem")
            .field("base", &self.base)
            .field("len", &self.len)
            .finish()
    }
}

// SAFETY: `RawMem` is a pointer to memory shared with another agent; all access goes through
// atomics and volatile copies, which are sound from any thread.
unsafe impl Send for RawMem {}
// SAFETY: as above: no method hands out a reference that aliases a mutable one.
unsafe impl Sync for RawMem {}

impl RawMem {
    /// View `len` bytes at `base` as queue memory.
    ///
    /// # Safety
    /// `base` must be 4-byte aligned, valid for reads and writes of `len` bytes for as long as
    /// the `RawMem` or any clone of it lives, and accessed by anyone else only through atomics or as plain shared
    /// memory by another agent (the host); no Rust reference to it may exist elsewhere.
    pub unsafe fn new(base: NonNull<u8>, len: usize) -> RawMem {
        debug_assert!(base.as_ptr() as usize % 4 == 0);
        RawMem {
            base,
            len,
            #[cfg(feature = "std")]
            _owner: None,
        }
    }

    /// As [`new`](Self::new), with `owner` kept alive (shared by every clone) for as long as
    /// any clone of the view lives: what makes a view of a reference-counted mapping
    /// (vm-memory's regions, a mapped memfd) outlive nothing it points into.
    ///
    /// # Safety
    /// As for [`new`](Self::new), where "for as long as the `RawMem` or any clone of it lives"
    /// may rely on `owner` keeping the memory mapped.
    #[cfg(feature = "std")]
    pub unsafe fn with_owner(
        base: NonNull<u8>,
        len: usize,
        owner: std::sync::Arc<dyn core::any::Any + Send + Sync>,
    ) -> RawMem {
        debug_assert!(base.as_ptr() as usize % 4 == 0);
        RawMem {
            base,
            len,
            _owner: Some(owner),
        }
    }

    /// The base pointer.
    pub fn as_ptr(&self) -> *mut u8 {
        self.base.as_ptr()
    }

    #[inline]
    fn check(&self, off: usize, n: usize) {
        // The ring code only uses offsets inside a layout validated against `len`; this is a
        // guard against bugs in this crate, not against the host.
        assert!(
            off.checked_add(n).is_some_and(|end| end <= self.len),
            "queue access out of bounds"
        );
    }

    #[inline]
    fn word(&self, off: usize) -> &AtomicU32 {
        self.check(off, 4);
        assert!(off % 4 == 0, "unaligned index access");
        // SAFETY: in bounds (checked), 4-aligned (base is aligned, off checked), and the
        // memory is only ever accessed atomically at index offsets, per `new`'s contract.
        unsafe { AtomicU32::from_ptr(self.base.as_ptr().add(off).cast::<u32>()) }
    }
}

impl SharedMem for RawMem {
    fn len(&self) -> usize {
        self.len
    }

    #[inline]
    fn load_u32(&self, off: usize, order: Ordering) -> u32 {
        self.word(off).load(order)
    }

    #[inline]
    fn store_u32(&self, off: usize, val: u32, order: Ordering) {
        self.word(off).store(val, order)
    }

    #[inline]
    fn read(&self, off: usize, dst: &mut [u8]) {
        self.check(off, dst.len());
        let src = self.base.as_ptr().wrapping_add(off);
        // SAFETY: `[src, src + dst.len())` is inside the mapping (checked above) and `dst` is
        // private memory of that length.
        unsafe { copy_from_shared(src, dst.as_mut_ptr(), dst.len()) }
    }

    #[inline]
    fn write(&self, off: usize, src: &[u8]) {
        self.check(off, src.len());
        let dst = self.base.as_ptr().wrapping_add(off);
        // SAFETY: as in `read`, with the roles swapped.
        unsafe { copy_to_shared(src.as_ptr(), dst, src.len()) }
    }
}

impl super::InPlace for RawMem {
    fn with_bytes_mut<R>(&self, off: usize, len: usize, f: impl FnOnce(&mut [u8]) -> R) -> R {
        self.check(off, len);
        // SAFETY: in bounds (checked). The span is a reservation of the request producer: by
        // the ring protocol nobody else reads or writes it until it is published, and the
        // slice does not outlive this call. A hostile host writing it anyway can only garble
        // the guest's own outgoing request, which the host validates like any other.
        let bytes = unsafe { core::slice::from_raw_parts_mut(self.base.as_ptr().add(off), len) };
        f(bytes)
    }
}

/// Copy `n` bytes out of shared memory.
///
/// Bulk message bytes are copied with `memcpy`, as vm-memory does for guest memory (the
/// volatile word loop this replaced ran the 1 KiB ring benchmark at 0.7× rtrb): the memory is
/// outside anything the compiler can reason about, it is read exactly once into private
/// memory, and every decision is then taken on the private copy — so a racing writer can only
/// change which bytes we got. Indices and flags never go through here (they are atomics).
///
/// # Safety
/// `shared` must be valid for `n` bytes of reads, `private` for `n` bytes of writes, and the
/// two must not overlap.
#[inline]
unsafe fn copy_from_shared(shared: *const u8, private: *mut u8, n: usize) {
    // SAFETY: per this function's contract.
    unsafe { core::ptr::copy_nonoverlapping(shared, private, n) }
}

/// Copy `n` bytes into shared memory (the mirror of [`copy_from_shared`]).
///
/// # Safety
/// `private` must be valid for `n` bytes of reads, `shared` for `n` bytes of writes, and the
/// two must not overlap.
#[inline]
unsafe fn copy_to_shared(private: *const u8, shared: *mut u8, n: usize) {
    // SAFETY: per this function's contract.
    unsafe { core::ptr::copy_nonoverlapping(private, shared, n) }
}

/// A file (a memfd shared with a host process) mapped shared into this process: the guest
/// memory of the two-process deployment. Unmapped on drop.
#[cfg(feature = "std")]
#[derive(Debug)]
pub struct MappedFile {
    raw: RawMem,
}

#[cfg(feature = "std")]
impl MappedFile {
    /// Map the first `len` bytes of `file` read-write and shared.
    pub fn map(file: &std::fs::File, len: usize) -> std::io::Result<MappedFile> {
        use std::os::fd::AsRawFd;
        // SAFETY: a fresh shared mapping of a file we hold open; the result is checked.
        let p = unsafe {
            libc::mmap(
                core::ptr::null_mut(),
                len,
                libc::PROT_READ | libc::PROT_WRITE,
                libc::MAP_SHARED,
                file.as_raw_fd(),
                0,
            )
        };
        if p == libc::MAP_FAILED {
            return Err(std::io::Error::last_os_error());
        }
        let base = NonNull::new(p.cast::<u8>()).ok_or(std::io::ErrorKind::Other)?;
        // SAFETY: page-aligned, `len` bytes mapped until `drop`, shared with the host process
        // only (no Rust references to it exist).
        Ok(MappedFile {
            raw: unsafe { RawMem::new(base, len) },
        })
    }
}

// The mapping is reached only through these delegations, never as a `RawMem` of its own:
// a `RawMem` can be cloned and could then outlive the mapping.
#[cfg(feature = "std")]
impl SharedMem for MappedFile {
    fn len(&self) -> usize {
        self.raw.len()
    }
    fn load_u32(&self, off: usize, order: Ordering) -> u32 {
        self.raw.load_u32(off, order)
    }
    fn store_u32(&self, off: usize, v: u32, order: Ordering) {
        self.raw.store_u32(off, v, order)
    }
    fn read(&self, off: usize, dst: &mut [u8]) {
        self.raw.read(off, dst)
    }
    fn write(&self, off: usize, src: &[u8]) {
        self.raw.write(off, src)
    }
    fn fence(&self) {
        self.raw.fence()
    }
}

#[cfg(feature = "std")]
impl super::InPlace for MappedFile {
    fn with_bytes_mut<R>(&self, off: usize, len: usize, f: impl FnOnce(&mut [u8]) -> R) -> R {
        self.raw.with_bytes_mut(off, len, f)
    }
}

#[cfg(feature = "std")]
impl MappedFile {
    /// The guest's view of `[off, off + len)` of the mapping, for a queue placed there
    /// (page-aligned, inside the mapping; `None` otherwise). The view and its clones hold
    /// the mapping, so it stays mapped for as long as any of them lives.
    pub fn view(self: &std::sync::Arc<Self>, off: usize, len: usize) -> Option<RawMem> {
        let end = off.checked_add(len)?;
        if end > self.raw.len || off % 4096 != 0 {
            return None;
        }
        let p = NonNull::new(self.raw.as_ptr().wrapping_add(off))?;
        // SAFETY: in bounds of the mapping (checked) and page-aligned; the view owns an `Arc`
        // of the mapping, which is unmapped only when the last one drops.
        Some(unsafe { RawMem::with_owner(p, len, self.clone()) })
    }
}

#[cfg(feature = "std")]
impl Drop for MappedFile {
    fn drop(&mut self) {
        // SAFETY: unmaps exactly the mapping made in `map`; `raw` dies with us, and the
        // borrow rules keep every `&RawMem` from outliving this value.
        unsafe { libc::munmap(self.raw.as_ptr().cast(), self.raw.len) };
    }
}

/// A doorbell that is a port write: under KVM the VMM binds the port to an ioeventfd, so the
/// kick is completed by the kernel without a VMM round trip (and on Xen the same role is
/// played by an event channel). The value written is the queue id.
#[cfg(target_arch = "x86_64")]
#[derive(Debug, Clone, Copy)]
pub struct PortDoorbell {
    port: u16,
    value: u32,
}

#[cfg(target_arch = "x86_64")]
impl PortDoorbell {
    /// A doorbell writing `value` (32 bits) to I/O port `port`.
    ///
    /// # Safety
    /// The caller must be allowed to use `port` (ring 0, or IOPL/the I/O bitmap permits it)
    /// and the port must be the queue's doorbell: any write to an arbitrary port is a device
    /// access.
    pub const unsafe fn new(port: u16, value: u32) -> PortDoorbell {
        PortDoorbell { port, value }
    }
}

#[cfg(target_arch = "x86_64")]
impl hvlink_codec::ring::Doorbell for PortDoorbell {
    fn ring(&self) {
        // SAFETY: `new`'s contract: the port is ours to write (`x86::io::outl` is `out dx,
        // eax`, touching no memory).
        unsafe { x86::io::outl(self.port, self.value) }
    }
}
