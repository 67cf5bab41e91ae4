//! Inputs for the differential tests and the fuzz target: structured random messages built
//! from a reply set's descriptor (known attributes with right and wrong sizes, boundary
//! values, nests, duplicates, unknown and must-understand attributes, bad headers), random
//! ERROR messages, and mutations of both. Plus [`c_parse`], the fuzz target's whole body.

use hvlink_proto::rt::SetDesc;

use crate::{compare, compare_errmsg, ReplyCase, REPLIES, REQUESTS};

/// A small deterministic generator (xorshift64*): the tests are reproducible from a seed.
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    /// Seeded (0 is replaced by a constant).
    pub fn new(seed: u64) -> Rng {
        Rng(if seed == 0 {
            0x9e37_79b9_7f4a_7c15
        } else {
            seed
        })
    }
    /// The next 64 bits.
    pub fn next_u64(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    /// Uniform in `0..n` (n > 0).
    pub fn below(&mut self, n: u64) -> u64 {
        self.next_u64() % n.max(1)
    }
    /// True with probability `pct` percent.
    pub fn pct(&mut self, pct: u64) -> bool {
        self.below(100) < pct
    }
}

fn put_attr(out: &mut Vec<u8>, raw: u16, payload: &[u8], rng: &mut Rng) {
    let len = (4 + payload.len()).min(0xffff) as u16;
    let len = if rng.pct(2) {
        rng.below(0x30) as u16
    } else {
        len
    };
    out.extend_from_slice(&len.to_le_bytes());
    out.extend_from_slice(&raw.to_le_bytes());
    out.extend_from_slice(payload);
    // Padding, sometimes left out (the last attribute may omit it) or garbled.
    let pad = (4 - payload.len() % 4) % 4;
    if !rng.pct(3) {
        for _ in 0..pad {
            out.push(if rng.pct(2) { 0xa5 } else { 0 });
        }
    }
}

fn int_value(rng: &mut Rng, size: usize) -> u64 {
    let max = if size >= 8 {
        u64::MAX
    } else {
        (1u64 << (size * 8)) - 1
    };
    match rng.below(8) {
        0 | 1 => 0,
        2 => 1,
        3 => rng.below(8),
        4 => max,
        5 => max >> 1,
        6 => (max >> 1) + 1,
        _ => rng.next_u64() & max,
    }
}

fn string_payload(rng: &mut Rng) -> Vec<u8> {
    let n = if rng.pct(80) {
        rng.below(24)
    } else {
        rng.below(300)
    } as usize;
    let mut s: Vec<u8> = (0..n).map(|_| b'a' + rng.below(26) as u8).collect();
    match rng.below(20) {
        0 if n > 0 => {
            let i = rng.below(n as u64) as usize;
            s[i] = 0;
        }
        1 if n > 0 => {
            let i = rng.below(n as u64) as usize;
            s[i] = 0x80 | rng.below(0x80) as u8;
        }
        2 => s.extend_from_slice("é€😀".as_bytes()),
        3 => s.extend_from_slice(&[0xed, 0xa0, 0x80]),
        4 => s.extend_from_slice(&[0xf4, 0x90, 0x80, 0x80]),
        5 => s.extend_from_slice(&[0xe0, 0x80, 0x80]),
        _ => {}
    }
    if !rng.pct(7) {
        s.push(0);
    }
    s
}

/// Random attributes of set `desc` (at most `depth` more levels of nests).
pub fn attrs(rng: &mut Rng, desc: Option<&SetDesc>, depth: u32, out: &mut Vec<u8>) {
    let many = rng.pct(10);
    let count = if many { rng.below(40) } else { rng.below(7) };
    for _ in 0..count {
        let known = desc.filter(|d| !d.attrs.is_empty() && rng.pct(88));
        let Some(d) = known else {
            // Unknown: a type the set does not have, sometimes must-understand.
            let mut kind = 1 + rng.below(0x3fff) as u16;
            if let Some(d) = desc {
                while d.attrs.iter().any(|a| a.kind == kind) {
                    kind = 1 + rng.below(0x3fff) as u16;
                }
            }
            if rng.pct(30) {
                kind = 100 + rng.below(8) as u16;
            }
            let mu = if rng.pct(25) { 0x4000 } else { 0 };
            let p: Vec<u8> = (0..rng.below(12)).map(|_| rng.next_u64() as u8).collect();
            put_attr(out, kind | mu, &p, rng);
            continue;
        };
        let a = &d.attrs[rng.below(d.attrs.len() as u64) as usize];
        let mut raw = a.kind;
        if a.must_understand && !rng.pct(10) {
            raw |= 0x4000;
        }
        let size = match a.ty {
            "u8" | "s8" => Some(1),
            "u16" | "s16" => Some(2),
            "u32" | "s32" => Some(4),
            "u64" | "s64" => Some(8),
            _ => None,
        };
        let payload = if let Some(size) = size {
            if rng.pct(3) {
                raw |= 0x8000;
            }
            let size = if rng.pct(6) {
                rng.below(10) as usize
            } else {
                size
            };
            let v = int_value(rng, size.min(8));
            let mut p = v.to_le_bytes().to_vec();
            p.resize(size, 0);
            p
        } else {
            match a.ty {
                "flag" => {
                    if rng.pct(5) {
                        vec![1]
                    } else {
                        vec![]
                    }
                }
                "string" => string_payload(rng),
                "binary" => {
                    let n = if rng.pct(80) {
                        rng.below(40)
                    } else {
                        rng.below(400)
                    };
                    (0..n).map(|_| rng.next_u64() as u8).collect()
                }
                _ => {
                    let mut p = Vec::new();
                    if !rng.pct(3) {
                        raw |= 0x8000;
                    }
                    if depth > 0 {
                        attrs(rng, a.nested, depth - 1, &mut p);
                    } else {
                        p.extend((0..rng.below(16)).map(|_| rng.next_u64() as u8));
                    }
                    p
                }
            }
        };
        put_attr(out, raw, &payload, rng);
    }
    // A few stray bytes after the last attribute.
    if rng.pct(3) {
        out.extend((0..1 + rng.below(3)).map(|_| rng.next_u64() as u8));
    }
}

/// A whole message: header (type/cmd of `case`), family header, attributes of `desc`.
pub fn message(rng: &mut Rng, case: &ReplyCase) -> Vec<u8> {
    let mut body = Vec::new();
    attrs(rng, case.set, 4, &mut body);
    let mut m = Vec::with_capacity(20 + body.len());
    let len = (20 + body.len()) as u32;
    let len = match rng.below(50) {
        0 => rng.below(40) as u32,
        1 => len + 1 + rng.below(8) as u32,
        2 => 65537,
        _ => len,
    };
    m.extend_from_slice(&len.to_le_bytes());
    m.extend_from_slice(&case.msg_type.to_le_bytes());
    m.extend_from_slice(&(rng.below(4) as u16).to_le_bytes());
    m.extend_from_slice(&(rng.next_u64() as u32).to_le_bytes());
    m.extend_from_slice(&1u32.to_le_bytes());
    m.push(case.cmd);
    m.push(1);
    let reserved: u16 = if rng.pct(3) {
        1 + rng.below(9) as u16
    } else {
        0
    };
    m.extend_from_slice(&reserved.to_le_bytes());
    m.extend_from_slice(&body);
    if rng.pct(3) {
        m.truncate(rng.below(m.len() as u64 + 1) as usize);
    }
    m
}

/// A random ERROR message (status, echoed request, extended ack).
pub fn error_message(rng: &mut Rng) -> Vec<u8> {
    let mut flags: u16 = 0;
    let capped = rng.pct(40);
    if capped {
        flags |= 0x100;
    }
    let tlvs = rng.pct(70);
    if tlvs {
        flags |= 0x200;
    }
    let mut p = Vec::new();
    let status: i32 = match rng.below(4) {
        0 => 0,
        1 => -22,
        2 => -95,
        _ => rng.next_u64() as i32,
    };
    p.extend_from_slice(&status.to_le_bytes());
    let req_payload: Vec<u8> = if capped {
        Vec::new()
    } else {
        (0..rng.below(24)).map(|_| rng.next_u64() as u8).collect()
    };
    let rlen = match rng.below(10) {
        0 => rng.below(64) as u32,
        _ => 16 + req_payload.len() as u32,
    };
    p.extend_from_slice(&rlen.to_le_bytes());
    p.extend_from_slice(&0x120u16.to_le_bytes());
    p.extend_from_slice(&5u16.to_le_bytes());
    p.extend_from_slice(&(rng.next_u64() as u32).to_le_bytes());
    p.extend_from_slice(&7u32.to_le_bytes());
    p.extend_from_slice(&req_payload);
    while p.len() % 4 != 0 {
        p.push(0);
    }
    if tlvs {
        for _ in 0..rng.below(7) {
            let kind = 1 + rng.below(8) as u16;
            let payload: Vec<u8> = match kind {
                1 => string_payload(rng),
                2 | 5 | 6 => {
                    let mut v = (rng.next_u64() as u32).to_le_bytes().to_vec();
                    if rng.pct(8) {
                        v.truncate(rng.below(4) as usize);
                    }
                    v
                }
                _ => (0..rng.below(20)).map(|_| rng.next_u64() as u8).collect(),
            };
            put_attr(&mut p, kind, &payload, rng);
        }
    }
    let mut m = Vec::new();
    let len = (16 + p.len()) as u32;
    m.extend_from_slice(&len.to_le_bytes());
    m.extend_from_slice(&2u16.to_le_bytes());
    m.extend_from_slice(&flags.to_le_bytes());
    m.extend_from_slice(&9u32.to_le_bytes());
    m.extend_from_slice(&7u32.to_le_bytes());
    m.extend_from_slice(&p);
    if rng.pct(3) {
        m.truncate(rng.below(m.len() as u64 + 1) as usize);
    }
    m
}

/// Apply 1–4 random mutations (bit flips, byte sets, length-field pokes, cuts, growths,
/// copies of a slice elsewhere).
pub fn mutate(rng: &mut Rng, m: &mut Vec<u8>) {
    for _ in 0..1 + rng.below(4) {
        if m.is_empty() {
            m.push(rng.next_u64() as u8);
            continue;
        }
        let n = m.len() as u64;
        match rng.below(7) {
            0 => {
                let i = rng.below(n) as usize;
                m[i] ^= 1 << rng.below(8);
            }
            1 => {
                let i = rng.below(n) as usize;
                m[i] = rng.next_u64() as u8;
            }
            2 => {
                // A little-endian u16 at a 2-aligned offset (lengths and types live there).
                let i = (rng.below(n) as usize) & !1;
                if i + 1 < m.len() {
                    let v = match rng.below(4) {
                        0 => 0,
                        1 => 4,
                        2 => rng.below(64) as u16,
                        _ => rng.next_u64() as u16,
                    };
                    m[i..i + 2].copy_from_slice(&v.to_le_bytes());
                }
            }
            3 => m.truncate(rng.below(n) as usize),
            4 => m.extend((0..1 + rng.below(8)).map(|_| rng.next_u64() as u8)),
            5 => {
                let a = rng.below(n) as usize;
                let b = (a + 1 + rng.below(16) as usize).min(m.len());
                let chunk = m[a..b].to_vec();
                let at = rng.below(n) as usize;
                m.splice(at..at, chunk);
            }
            _ => {
                let i = rng.below(n) as usize;
                m[i] = [0, 0xff, 0x80, 0x40, 4, 8][rng.below(6) as usize];
            }
        }
    }
}

/// The fuzz target `c_parse`: the first byte picks an op's reply (or, past the replies, an
/// op's request: the host's sets, with closed enums and flag masks), the rest is the message;
/// the C and the Rust parser must agree (value or error), and so must the two ERROR
/// parsers; then the same bytes are the host's half of a reply ring that the C and the
/// Rust consumer read ([`crate::ring::compare_consume`]). Panics on a disagreement.
pub fn c_parse(data: &[u8]) {
    let Some((&sel, rest)) = data.split_first() else {
        return;
    };
    let i = sel as usize % (REPLIES.len() + REQUESTS.len());
    let case = REPLIES
        .get(i)
        .unwrap_or_else(|| &REQUESTS[i - REPLIES.len()]);
    if let Err(e) = compare(case, rest) {
        panic!("{e}");
    }
    if let Err(e) = compare_errmsg(rest) {
        panic!("{e}");
    }
    if let Err(e) = crate::ring::compare_consume(data) {
        panic!("{e}");
    }
}
