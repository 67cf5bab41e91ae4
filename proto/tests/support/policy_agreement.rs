//! The generated decoders against the policy tables they publish.
//!
//! Each set's `decode_at` is specialised code (a `match` per attribute type), while its
//! `SetDesc::policy` is data: what `control.get_policy` reports and what the codec's
//! table-driven walker (`policy::visit`) enforces. This checks, on random attribute lists
//! shaped by each set's descriptor (valid ones, and every kind of defect: sizes, values,
//! flags, duplicates, unknown and must-understand attributes, nesting, strings, framing),
//! that the two agree:
//!
//! - what a decoder accepts, the walker accepts (lenient mode, nests included);
//! - what the walker rejects, the decoder rejects with the very same error, unless it found
//!   first one of the rules the policy table cannot express (closed enums, UTF-8, forms,
//!   `when`, a form's required attributes);
//! - `decode_valid` (how a decoded list's elements are read again) gives the value `decode`
//!   gave, and so does `decode_valid_from` with the span of each list whose entries lie
//!   together (how a batch request's later windows read it, jumping over its entries).
//!
//! Included by the generated `generated_roundtrip.rs`, which lists every set.

use hvlink_proto::codec::{Attrs, Error, ErrorKind};
use hvlink_proto::rt::{SetDesc, Span};

use hvlink_codec::policy::{visit, Options};

/// A set's decoders, type-erased: `decode` and `decode_valid` of the bytes at an offset,
/// the value as its `Debug` text.
pub struct Decoders {
    pub desc: &'static SetDesc,
    pub decode: fn(&[u8], usize) -> Result<String, Error>,
    pub valid: fn(&[u8], usize) -> Option<String>,
    pub valid_from: fn(&[u8], usize, Span) -> Option<String>,
}

/// The decoders of set type `$t`.
#[macro_export]
macro_rules! decoders {
    ($t:ty) => {
        $crate::policy_agreement::Decoders {
            desc: <$t as hvlink_proto::rt::AttrSet>::DESC,
            decode: |b, o| {
                <$t as hvlink_proto::rt::AttrSet>::decode(hvlink_proto::codec::Attrs::new(b, o))
                    .map(|v| format!("{v:?}"))
            },
            valid: |b, o| {
                <$t as hvlink_proto::rt::AttrSet>::decode_valid(hvlink_proto::codec::Attrs::new(
                    b, o,
                ))
                .map(|v| format!("{v:?}"))
            },
            valid_from: |b, o, span| {
                <$t as hvlink_proto::rt::AttrSet>::decode_valid_from(
                    hvlink_proto::codec::Attrs::new(b, o),
                    Some(span),
                )
                .map(|v| format!("{v:?}"))
            },
        }
    };
}

/// The spans of `buf`'s top-level attributes (at offset `off`): for each attribute type that
/// occurs, where its attributes lie if they all lie together (nothing else among them).
fn spans(buf: &[u8], off: usize) -> Vec<Span> {
    let mut runs: Vec<(u16, usize, usize, u32, bool)> = Vec::new(); // kind, start, end, n, together
    let mut at = 0;
    while at + 4 <= buf.len() {
        let len = u16::from_le_bytes([buf[at], buf[at + 1]]) as usize;
        let kind = u16::from_le_bytes([buf[at + 2], buf[at + 3]]) & 0x3fff;
        if len < 4 || at + len > buf.len() {
            break;
        }
        let next = (at + len.div_ceil(4) * 4).min(buf.len());
        match runs.iter_mut().find(|r| r.0 == kind) {
            Some(r) if r.2 == off + at && r.4 => {
                r.2 = off + next;
                r.3 += 1;
            }
            Some(r) => r.4 = false,
            None => runs.push((kind, off + at, off + next, 1, true)),
        }
        at = next;
    }
    runs.into_iter()
        .filter(|r| r.4)
        .map(|(kind, start, end, count, _)| Span {
            start,
            end,
            kind,
            count,
        })
        .collect()
}

/// `buf`'s top-level attributes are framed whole: each header's length covers at least the
/// header and stays within `buf`, and the last one (padded) ends it.
fn framed(buf: &[u8]) -> bool {
    let mut at = 0;
    while at + 4 <= buf.len() {
        let len = u16::from_le_bytes([buf[at], buf[at + 1]]) as usize;
        if len < 4 || at + len > buf.len() {
            return false;
        }
        at += len.div_ceil(4) * 4;
    }
    at == buf.len()
}

/// The rules a decoder checks beyond its policy table.
fn beyond_policy(e: &Error) -> bool {
    e.kind() == ErrorKind::Missing
        || [
            "value is not an entry of its closed enum",
            "string is not UTF-8",
            "attributes of two exclusive forms",
            "attribute present although its `when` condition does not hold",
        ]
        .contains(&e.message())
}

/// Outcomes seen, for the coverage check.
#[derive(Default)]
pub struct Seen {
    pub accepted: u64,
    pub same_error: u64,
    pub beyond: u64,
    pub messages: std::collections::BTreeSet<&'static str>,
}

/// Compare on one input.
pub fn agree(d: &Decoders, buf: &[u8], off: usize, seen: &mut Seen) {
    let got = (d.decode)(buf, off);
    // The same bytes with an unknown optional attribute after them: a set of fixed-size
    // attributes whose bytes are a layout its encoder writes is decoded by recognising the
    // layout whole, anything else by the walk. The extra attribute sends these bytes the
    // walk's way; both ways give the same value or the same error.
    if framed(buf) && buf.len() < 4096 {
        let mut longer = buf.to_vec();
        put(&mut longer, 0x3ff7, &[1, 2, 3, 4]);
        assert_eq!(
            (d.decode)(&longer, off),
            got,
            "{}: the layout and the walk differ on {buf:02x?}",
            d.desc.name
        );
    }
    let policy = visit(
        Attrs::new(buf, off),
        d.desc.policy,
        Options::default(),
        |_, _, _| Ok(()),
    );
    match (&got, policy) {
        (Ok(v), p) => {
            assert_eq!(
                p,
                Ok(()),
                "{}: decoded {v} but the policy rejects {buf:02x?}",
                d.desc.name
            );
            assert_eq!(
                (d.valid)(buf, off).as_ref(),
                Some(v),
                "{}: decode_valid differs on {buf:02x?}",
                d.desc.name
            );
            for span in spans(buf, off) {
                assert_eq!(
                    (d.valid_from)(buf, off, span).as_ref(),
                    Some(v),
                    "{}: decode_valid_from with {span:?} differs on {buf:02x?}",
                    d.desc.name
                );
            }
            seen.accepted += 1;
        }
        (Err(g), Err(e)) if *g == e => {
            seen.same_error += 1;
            seen.messages.insert(g.message());
        }
        (Err(g), _) if beyond_policy(g) => {
            seen.beyond += 1;
            seen.messages.insert(g.message());
        }
        (Err(g), p) => panic!(
            "{}: decoder says {g:?}, policy walker {p:?}, on {buf:02x?}",
            d.desc.name
        ),
    }
}

/// xorshift64: deterministic, no dependency.
pub struct Rng(pub u64);

impl Rng {
    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    pub fn below(&mut self, n: u64) -> u64 {
        if n == 0 {
            0
        } else {
            self.next() % n
        }
    }
    pub fn chance(&mut self, pct: u64) -> bool {
        self.below(100) < pct
    }
}

/// Append one attribute (header, payload, padding).
pub fn put(out: &mut Vec<u8>, raw_kind: u16, payload: &[u8]) {
    let len = (payload.len() + 4).min(0xffff) as u16;
    out.extend_from_slice(&len.to_le_bytes());
    out.extend_from_slice(&raw_kind.to_le_bytes());
    out.extend_from_slice(payload);
    while out.len() % 4 != 0 {
        out.push(0);
    }
}

fn int_size(ty: &str) -> Option<usize> {
    Some(match ty {
        "u8" | "s8" => 1,
        "u16" | "s16" => 2,
        "u32" | "s32" => 4,
        "u64" | "s64" => 8,
        _ => return None,
    })
}

/// `size` bytes of an integer that often sits at an edge (small values for enum entries,
/// all ones, single bits, small negatives).
fn value(r: &mut Rng, size: usize) -> Vec<u8> {
    let v: u64 = match r.below(10) {
        0..=3 => r.below(6),
        4 => u64::MAX,
        5 => 1 << r.below(64),
        6 => r.below(1 << 16),
        7 => (r.below(8) as i64 - 4) as u64,
        8 => r.next(),
        _ => r.below(0x40) | (r.below(2) << 31),
    };
    v.to_le_bytes()[..size.min(8)].to_vec()
}

/// Random attributes for `d`; `valid` (0..=100) is how hard it tries to be valid.
pub fn gen(r: &mut Rng, d: &'static SetDesc, depth: u32, valid: u64) -> Vec<u8> {
    let bad = 100 - valid;
    let mut out = Vec::new();
    let form = (!d.forms.is_empty()).then(|| d.forms[r.below(d.forms.len() as u64) as usize].name);
    let mut order: Vec<usize> = (0..d.attrs.len()).collect();
    if r.chance(30) {
        for i in (1..order.len()).rev() {
            order.swap(i, r.below(i as u64 + 1) as usize);
        }
    }
    let mut emitted: Vec<(u16, Vec<u8>)> = Vec::new();
    for i in order {
        let a = &d.attrs[i];
        let in_form = a.form.is_none() || a.form == form || r.chance(bad);
        let present = r.chance(if a.required { valid.max(50) } else { 50 });
        if !(in_form && present) {
            continue;
        }
        let times = if a.max_count > 0 {
            1 + r.below(3)
        } else if r.chance(bad) {
            2
        } else {
            1
        };
        for _ in 0..times {
            let mut raw = a.kind;
            if a.must_understand && r.chance(70) {
                raw |= 0x4000;
            }
            let payload = if let Some(n) = int_size(a.ty) {
                let n = if r.chance(bad) {
                    r.below(10) as usize
                } else {
                    n
                };
                if r.chance(bad / 3) {
                    raw |= 0x8000;
                }
                value(r, n)
            } else {
                match a.ty {
                    "flag" if r.chance(bad) => vec![1; r.below(5) as usize],
                    "flag" => vec![],
                    "string" => {
                        let n = r.below(12) as usize;
                        let mut s: Vec<u8> = (0..n).map(|_| b'a' + r.below(26) as u8).collect();
                        if r.chance(bad) {
                            match r.below(3) {
                                0 => s.push(0xff),
                                1 => s.insert(0, 0),
                                _ => s.push(0xc3),
                            }
                        }
                        if !r.chance(bad / 2) {
                            s.push(0);
                        }
                        s
                    }
                    "binary" => (0..r.below(40)).map(|_| r.next() as u8).collect(),
                    _ => {
                        if !r.chance(bad / 3) {
                            raw |= 0x8000;
                        }
                        match a.nested {
                            Some(inner) if depth < 5 && !r.chance(bad / 4) => {
                                gen(r, inner, depth + 1, valid)
                            }
                            _ => (0..r.below(12)).map(|_| r.next() as u8).collect(),
                        }
                    }
                }
            };
            put(&mut out, raw, &payload);
            emitted.push((raw, payload));
        }
    }
    // Unknown attributes (some must-understand), a duplicate.
    for _ in 0..r.below(3) {
        if r.chance(bad) || r.chance(20) {
            let k = (1 + r.below(40)) as u16 | if r.chance(30) { 0x4000 } else { 0 };
            let n = r.below(9) as usize;
            let p = value(r, n);
            put(&mut out, k, &p);
        }
    }
    if !emitted.is_empty() && r.chance(bad) {
        let (k, p) = emitted[r.below(emitted.len() as u64) as usize].clone();
        put(&mut out, k, &p);
    }
    // Framing defects.
    if r.chance(bad / 4) && !out.is_empty() {
        let at = (r.below(out.len() as u64 / 4) * 4) as usize;
        match r.below(4) {
            0 => out.truncate(r.below(out.len() as u64) as usize),
            1 => {
                out[at] = r.below(4) as u8;
                out[at + 1] = 0;
            }
            2 => out.extend_from_slice(&[1, 2]),
            _ => {
                out[at] = 0xff;
                out[at + 1] = 0x7f;
            }
        }
    }
    out
}

/// Run the comparison over every set: `rounds` random inputs each (with bit flips), the
/// attribute count limit, and the empty list.
pub fn check_all(sets: &[Decoders], rounds: usize) {
    let mut seen = Seen::default();
    let mut r = Rng(0x9e37_79b9_7f4a_7c15);
    for d in sets {
        for i in 0..rounds {
            let valid = [100, 97, 90, 70, 40][i % 5];
            let mut b = gen(&mut r, d.desc, 0, valid);
            let off = 20 + 4 * r.below(3) as usize;
            agree(d, &b, off, &mut seen);
            if !b.is_empty() {
                let i = r.below(b.len() as u64) as usize;
                b[i] ^= 1 << r.below(8);
                agree(d, &b, off, &mut seen);
            }
            // The same bytes against another set.
            let other = &sets[r.below(sets.len() as u64) as usize];
            agree(other, &b, off, &mut seen);
        }
        let mut b = Vec::new();
        for _ in 0..1200 {
            put(&mut b, 0x3ff0, &[]);
        }
        agree(d, &b, 20, &mut seen);
        agree(d, &[], 20, &mut seen);
    }
    assert!(seen.accepted > 0 && seen.same_error > 0 && seen.beyond > 0);
    // Every kind of rejection came up.
    for m in [
        "attribute length runs past its container",
        "attribute payload has the wrong size for its type",
        "scalar attribute has the nested flag",
        "value out of range",
        "unknown flag bits set",
        "value is not an entry of its closed enum",
        "attribute appears more than once",
        "unknown attribute marked must-understand",
        "more attributes than the policy allows",
        "required attribute missing",
        "string is not UTF-8",
        "string has an embedded NUL",
        "binary length out of bounds",
        "attributes of two exclusive forms",
        "attribute present although its `when` condition does not hold",
    ] {
        assert!(seen.messages.contains(m), "never saw {m:?}");
    }
}
