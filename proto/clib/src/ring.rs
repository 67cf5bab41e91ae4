//! The C ring end against the Rust one: the C reply consumer and the Rust
//! [`hvlink_codec::ring::Consumer`] read the same hostile ring and must see the same
//! messages and the same fault; the C request producer's output must read back through the
//! Rust consumer (what the host runs).

use std::ffi::{c_char, CStr};
use std::sync::atomic::Ordering;

use hvlink_codec::ring::{Consumer, Fault, HeapMem, QueueKind, QueueLayout, SharedMem};

use crate::{ffi, Disagreement};

/// What a consumer saw: per round the message length (0: none), then the fault, if any.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Consumed {
    /// Lengths, one per round, until the fault.
    pub lens: Vec<i32>,
    /// The fault: ring index and reason.
    pub fault: Option<(u32, String)>,
}

/// The ring a fuzz input describes: (reply ring size, producer index, max skip, host bytes).
fn shape(data: &[u8]) -> (u32, u32, usize, &[u8]) {
    let rep_size = 256u32 << (data.first().copied().unwrap_or(0) % 5);
    let word = |i: usize| {
        let mut b = [0u8; 4];
        for (k, x) in b.iter_mut().enumerate() {
            *x = data.get(i + k).copied().unwrap_or(0);
        }
        u32::from_le_bytes(b)
    };
    // Mostly a plausible producer index (multiple of 4, at most the ring size), sometimes
    // anything.
    let raw = word(1);
    let prod = if raw & 0x8000_0000 != 0 {
        raw
    } else {
        (raw % (rep_size + 1)) & !3
    };
    let max_skip = match data.get(5).copied().unwrap_or(0) % 4 {
        0 => usize::MAX,
        1 => 0,
        2 => 512,
        _ => rep_size as usize * 2,
    };
    (rep_size, prod, max_skip, data.get(6..).unwrap_or(&[]))
}

const ROUNDS: u32 = 64;

thread_local! {
    /// The consumers' private message buffers (reused across calls).
    static BUFS: std::cell::RefCell<(Vec<u8>, Vec<u8>)> =
        std::cell::RefCell::new((vec![0u8; 65536], vec![0u8; 65536]));
}

/// The Rust consumer on the ring `data` describes.
pub fn rust_consume(data: &[u8]) -> Consumed {
    let (rep_size, prod, max_skip, host) = shape(data);
    let layout = QueueLayout::new(1, QueueKind::Kernel, 256, rep_size).expect("valid sizes");
    let mem = HeapMem::new(layout.total_len());
    layout.init(&mem);
    let n = host.len().min(rep_size as usize);
    mem.write(layout.rep.data, &host[..n]);
    mem.store_u32(layout.rep.prod, prod, Ordering::Release);
    let mut c = Consumer::new(&mem, layout.rep);
    BUFS.with(|b| consume_rust(&mut c, &mut b.borrow_mut().0, max_skip))
}

fn consume_rust(c: &mut Consumer<&HeapMem>, buf: &mut [u8], max_skip: usize) -> Consumed {
    let mut out = Consumed {
        lens: Vec::new(),
        fault: None,
    };
    for _ in 0..ROUNDS {
        match c.peek_limited(buf, max_skip) {
            Ok(p) => {
                c.advance();
                c.release();
                out.lens.push(p.len.unwrap_or(0) as i32);
            }
            Err(f) => {
                out.lens.push(-71);
                out.fault = Some((f.at, f.msg.to_string()));
                break;
            }
        }
    }
    out
}

/// The C consumer (`hvlink_ring.h`) on the same ring.
pub fn c_consume(data: &[u8]) -> Consumed {
    let (rep_size, prod, max_skip, host) = shape(data);
    let len = 4096 + 256 + rep_size as usize;
    // u32 backing: the queue base must be 4-byte aligned.
    let words = vec![0u32; len / 4];
    let mut out = vec![0i32; ROUNDS as usize];
    BUFS.with(|b| {
        let scratch = &mut b.borrow_mut().1;
        c_consume_into(
            words, len, rep_size, prod, max_skip, host, &mut out, scratch,
        )
    })
}

#[allow(clippy::too_many_arguments)]
fn c_consume_into(
    mut words: Vec<u32>,
    len: usize,
    rep_size: u32,
    prod: u32,
    max_skip: usize,
    host: &[u8],
    out: &mut Vec<i32>,
    scratch: &mut [u8],
) -> Consumed {
    let mut fault_at = 0u32;
    let mut fault_msg: *const c_char = std::ptr::null();
    // SAFETY: `words` is `len` bytes, 4-aligned, private to this call; `host`, `out` and
    // `scratch` are valid for the lengths passed; the C keeps no pointer after returning and
    // writes the fault message as a pointer to one of its static strings.
    let rounds = unsafe {
        ffi::hvlink_cring_consume(
            words.as_mut_ptr().cast::<u8>(),
            len,
            256,
            rep_size,
            host.as_ptr(),
            host.len(),
            prod,
            max_skip,
            ROUNDS,
            out.as_mut_ptr(),
            &mut fault_at,
            &mut fault_msg,
            scratch.as_mut_ptr(),
            scratch.len(),
        )
    };
    out.truncate(rounds.max(0) as usize);
    let out = std::mem::take(out);
    let fault = (!fault_msg.is_null()).then(|| {
        // SAFETY: a pointer to one of the C library's static NUL-terminated strings.
        let s = unsafe { CStr::from_ptr(fault_msg) };
        (fault_at, s.to_string_lossy().into_owned())
    });
    Consumed { lens: out, fault }
}

/// Both consumers on the ring `data` describes; `Err` is their disagreement.
pub fn compare_consume(data: &[u8]) -> Result<Consumed, Box<Disagreement<Consumed>>> {
    Disagreement::check("ring consumers", data, rust_consume(data), c_consume(data))
}

/// Why [`c_produce_rust_consume`] has no answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ProduceError {
    /// The C producer returned this (negative) status.
    CProducer(i64),
    /// The Rust side could not read the queue the C side wrote.
    Ring(Fault),
}

impl std::fmt::Display for ProduceError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ProduceError::CProducer(st) => write!(f, "C producer failed: {st}"),
            ProduceError::Ring(fault) => write!(f, "the Rust consumer faulted: {fault}"),
        }
    }
}

impl std::error::Error for ProduceError {}

/// Produce messages of `lens` with the C producer into a fresh queue (request ring of
/// `req_size`), then read them back with the Rust consumer. Returns the lengths read and the
/// kicks the producer would have sent (the host side never parked: 0).
pub fn c_produce_rust_consume(
    req_size: u32,
    lens: &[u32],
) -> Result<(Vec<usize>, u32), ProduceError> {
    let len = 4096 + req_size as usize + 256;
    let mut words = vec![0u32; len / 4];
    let mut kicks = 0u32;
    // SAFETY: `words` is `len` bytes, 4-aligned; `lens` valid for its length.
    let tail = unsafe {
        ffi::hvlink_cring_produce(
            words.as_mut_ptr().cast::<u8>(),
            len,
            req_size,
            lens.as_ptr(),
            lens.len() as u32,
            &mut kicks,
        )
    };
    if tail < 0 {
        return Err(ProduceError::CProducer(tail));
    }
    let bytes: Vec<u8> = words.iter().flat_map(|w| w.to_le_bytes()).collect();
    let mem = HeapMem::new(len);
    mem.write(0, &bytes);
    let layout = QueueLayout::read(&mem).map_err(ProduceError::Ring)?;
    let mut c = Consumer::new(&mem, layout.req);
    let mut buf = vec![0u8; 65536];
    let mut got = Vec::new();
    while let Some(n) = c.pop(&mut buf).map_err(ProduceError::Ring)? {
        got.push(n);
    }
    Ok((got, kicks))
}
