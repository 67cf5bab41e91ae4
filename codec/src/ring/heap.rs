//! Shared memory on the heap: two threads of one process sharing a queue, for tests and for
//! the in-process deployment when no guest memory model is involved. Safe code: every access
//! is an atomic word operation, so a peer scribbling concurrently is never undefined behaviour.

use alloc::boxed::Box;
use alloc::vec::Vec;
use core::sync::atomic::{AtomicU32, Ordering};

use super::SharedMem;

/// Heap-backed [`SharedMem`], a multiple of 4 bytes long.
#[derive(Debug)]
pub struct HeapMem {
    words: Box<[AtomicU32]>,
}

impl HeapMem {
    /// `len` bytes (rounded up to a multiple of 4) of zeroed memory.
    pub fn new(len: usize) -> HeapMem {
        let words: Vec<AtomicU32> = (0..len.div_ceil(4)).map(|_| AtomicU32::new(0)).collect();
        HeapMem {
            words: words.into_boxed_slice(),
        }
    }

    fn word(&self, i: usize) -> &AtomicU32 {
        &self.words[i]
    }
}

impl SharedMem for HeapMem {
    fn len(&self) -> usize {
        self.words.len() * 4
    }

    fn load_u32(&self, off: usize, order: Ordering) -> u32 {
        self.word(off / 4).load(order)
    }

    fn store_u32(&self, off: usize, val: u32, order: Ordering) {
        self.word(off / 4).store(val, order)
    }

    fn read(&self, off: usize, dst: &mut [u8]) {
        let mut i = 0;
        while i < dst.len() {
            let at = off + i;
            let w = self.word(at / 4).load(Ordering::Relaxed).to_le_bytes();
            let skip = at % 4;
            let n = (4 - skip).min(dst.len() - i);
            dst[i..i + n].copy_from_slice(&w[skip..skip + n]);
            i += n;
        }
    }

    fn write(&self, off: usize, src: &[u8]) {
        let mut i = 0;
        while i < src.len() {
            let at = off + i;
            let skip = at % 4;
            let n = (4 - skip).min(src.len() - i);
            let cell = self.word(at / 4);
            let v = if n == 4 {
                u32::from_le_bytes([src[i], src[i + 1], src[i + 2], src[i + 3]])
            } else {
                let mut w = cell.load(Ordering::Relaxed).to_le_bytes();
                w[skip..skip + n].copy_from_slice(&src[i..i + n]);
                u32::from_le_bytes(w)
            };
            cell.store(v, Ordering::Relaxed);
            i += n;
        }
    }
}
