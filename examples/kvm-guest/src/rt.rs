//! The bare-metal runtime: what `core` expects from a C library (memcpy & co.), the panic
//! handler, and the VMM's ports (console, report, done).

use core::fmt::{self, Write};

use crate::abi;

/// Write `eax` to `port`, with the extra registers the VMM reads.
#[inline]
fn out(port: u16, eax: u32, rdi: u64, rsi: u64, r8: u64, r9: u64, r10: u64) {
    // SAFETY: the VMM owns these ports (we run with IOPL 3); `out` touches no memory. The
    // VMM only reads the registers at these exits.
    unsafe {
        core::arch::asm!(
            "out dx, eax",
            in("dx") port,
            in("eax") eax,
            in("rdi") rdi,
            in("rsi") rsi,
            in("r8") r8,
            in("r9") r9,
            in("r10") r10,
            options(nostack, preserves_flags)
        );
    }
}

/// Print `s` on the VMM's console (one exit).
pub fn print(s: &str) {
    out(
        abi::PORT_CONSOLE,
        0,
        s.len() as u64,
        s.as_ptr() as u64,
        0,
        0,
        0,
    );
}

/// A report to the VMM (one exit, timestamped there).
pub fn report(code: u64, a: u64, b: u64, c: u64, d: u64) {
    out(abi::PORT_REPORT, 0, code, a, b, c, d);
}

/// Stop the VM with `code` (0 = every check passed).
pub fn done(code: u32) -> ! {
    loop {
        out(abi::PORT_DONE, code, 0, 0, 0, 0, 0);
    }
}

/// A line buffer for formatted console output.
pub struct Line {
    buf: [u8; 256],
    len: usize,
}

impl Line {
    pub const fn new() -> Line {
        Line {
            buf: [0; 256],
            len: 0,
        }
    }
    pub fn flush(&mut self) {
        if self.len > 0 {
            // The buffer only ever receives whole `str`s.
            let s = core::str::from_utf8(&self.buf[..self.len]).unwrap_or("?\n");
            print(s);
            self.len = 0;
        }
    }
}

impl Write for Line {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        for chunk in s.as_bytes().chunks(64) {
            if self.len + chunk.len() > self.buf.len() {
                self.flush();
            }
            self.buf[self.len..self.len + chunk.len()].copy_from_slice(chunk);
            self.len += chunk.len();
        }
        Ok(())
    }
}

#[macro_export]
macro_rules! println {
    ($($arg:tt)*) => {{
        let mut l = $crate::rt::Line::new();
        let _ = core::fmt::Write::write_fmt(&mut l, format_args!($($arg)*));
        let _ = core::fmt::Write::write_str(&mut l, "\n");
        l.flush();
    }};
}

#[panic_handler]
fn panic(info: &core::panic::PanicInfo<'_>) -> ! {
    println!("PANIC: {}", info);
    done(101)
}

/// `core` is precompiled with unwinding; nothing here unwinds (panic = abort).
#[no_mangle]
pub extern "C" fn rust_eh_personality() {}

// The C library functions `core` calls. Written with string instructions so the compiler
// cannot turn them back into calls to themselves.

/// # Safety
/// C's `memcpy`.
#[no_mangle]
pub unsafe extern "C" fn memcpy(dst: *mut u8, src: *const u8, n: usize) -> *mut u8 {
    // SAFETY: C's contract: both ranges valid and not overlapping.
    unsafe {
        core::arch::asm!(
            "rep movsb",
            inout("rcx") n => _,
            inout("rdi") dst => _,
            inout("rsi") src => _,
            options(nostack, preserves_flags)
        );
    }
    dst
}

/// # Safety
/// C's `memmove`.
#[no_mangle]
pub unsafe extern "C" fn memmove(dst: *mut u8, src: *const u8, n: usize) -> *mut u8 {
    if (dst as usize) <= (src as usize) || (dst as usize) >= (src as usize).wrapping_add(n) {
        // SAFETY: forward copy is correct when dst is below src or the ranges are disjoint.
        return unsafe { memcpy(dst, src, n) };
    }
    // SAFETY: C's contract: both ranges valid; copy backwards (direction flag set, then
    // cleared again as the ABI requires).
    unsafe {
        core::arch::asm!(
            "std",
            "rep movsb",
            "cld",
            inout("rcx") n => _,
            inout("rdi") dst.add(n - 1) => _,
            inout("rsi") src.add(n - 1) => _,
            options(nostack)
        );
    }
    dst
}

/// # Safety
/// C's `memset`.
#[no_mangle]
pub unsafe extern "C" fn memset(dst: *mut u8, c: i32, n: usize) -> *mut u8 {
    // SAFETY: C's contract: the range is valid.
    unsafe {
        core::arch::asm!(
            "rep stosb",
            inout("rcx") n => _,
            inout("rdi") dst => _,
            in("al") c as u8,
            options(nostack, preserves_flags)
        );
    }
    dst
}

/// # Safety
/// C's `memcmp`.
#[no_mangle]
pub unsafe extern "C" fn memcmp(a: *const u8, b: *const u8, n: usize) -> i32 {
    let mut i = 0;
    while i < n {
        // SAFETY: C's contract: both ranges valid for `n` bytes. Volatile so the loop is not
        // recognised as a memcmp idiom.
        let (x, y) = unsafe { (a.add(i).read_volatile(), b.add(i).read_volatile()) };
        if x != y {
            return i32::from(x) - i32::from(y);
        }
        i += 1;
    }
    0
}

/// # Safety
/// C's `bcmp`.
#[no_mangle]
pub unsafe extern "C" fn bcmp(a: *const u8, b: *const u8, n: usize) -> i32 {
    // SAFETY: same contract.
    unsafe { memcmp(a, b, n) }
}
