//! Fuzz harness logic. The targets in `fuzz/` are thin wrappers over these functions, and the
//! unit tests replay the checked-in corpus through them, so the oracles run in CI too.
//!
//! Each function panics only when an oracle is violated (a real bug); any input is otherwise
//! accepted or rejected with an `Err`.

use alloc::vec::Vec;

use crate::attr::{Attrs, F_NESTED, HEADER_LEN as ATTR_HEADER_LEN};
use crate::builder::Builder;
use crate::header::{align, HEADER_LEN};
use crate::owned::{AttrValue, OwnedAttr};
use crate::policy::{validate as validate_attrs, AttrPolicy, AttrType, Options, Policy, Values};
use crate::{genl, Message, Messages};

/// Parse everything in `data` every way the codec can: message framing, family headers,
/// attribute lists with every typed getter, nests down to the depth limit, ERROR messages.
/// Oracle: nothing panics, iteration ends.
pub fn parse(data: &[u8]) {
    for m in Messages::new(data) {
        let Ok((_, m)) = m else { break };
        let _ = m.error().map(|e| e.offending_attr());
        if let Ok((_, attrs)) = m.genl() {
            walk(attrs, 0);
        }
        walk(m.attrs(16), 0);
    }
    walk(Attrs::new(data, 0), 0);
}

fn walk(attrs: Attrs<'_>, depth: u8) {
    for a in attrs {
        let Ok(a) = a else { break };
        let _ = (
            a.u8(),
            a.u16(),
            a.u32(),
            a.u64(),
            a.i8(),
            a.i16(),
            a.i32(),
            a.i64(),
        );
        let _ = (a.flag(), a.str(), a.cstr(), a.bytes());
        if depth < crate::limits::MAX_NEST_DEPTH {
            walk(a.nested(), depth + 1);
        }
    }
}

/// True when `list` is in the one encoding the builder produces: every attribute padded with
/// zeros to 4 bytes, nests (flagged) canonical inside, nothing left over.
fn canonical_list(list: &[u8], depth: u8) -> bool {
    let mut pos = 0;
    while pos < list.len() {
        let Some(hdr) = list.get(pos..pos + ATTR_HEADER_LEN) else {
            return false;
        };
        let len = u16::from_le_bytes([hdr[0], hdr[1]]) as usize;
        let kind = u16::from_le_bytes([hdr[2], hdr[3]]);
        if len < ATTR_HEADER_LEN {
            return false;
        }
        let Some(whole) = list.get(pos..pos + align(len)) else {
            return false;
        };
        if whole[len..].iter().any(|&b| b != 0) {
            return false;
        }
        if kind & F_NESTED != 0
            && (depth >= crate::limits::MAX_NEST_DEPTH
                || !canonical_list(&whole[ATTR_HEADER_LEN..len], depth + 1))
        {
            return false;
        }
        pos += align(len);
    }
    true
}

/// Parse each message as header + family header + attribute tree, emit it again, and check:
/// re-emission is stable (emit ∘ parse is idempotent), and a canonical input comes back
/// byte-for-byte.
pub fn round_trip(data: &[u8]) {
    for m in Messages::new(data) {
        let Ok((at, m)) = m else { break };
        let Ok((g, attrs)) = m.genl() else { continue };
        let Ok(tree) = OwnedAttr::parse_list(attrs) else {
            continue;
        };
        let first = emit(&m, g, &tree);
        let again = Message::parse(&first).expect("re-emitted message parses");
        let (g2, attrs2) = again.genl().expect("re-emitted family header parses");
        let tree2 = OwnedAttr::parse_list(attrs2).expect("re-emitted attributes parse");
        assert_eq!(g, g2);
        assert_eq!(tree, tree2, "attribute tree changed across a round trip");
        assert_eq!(first, emit(&again, g2, &tree2), "emit is not idempotent");
        let original = &data[at..at + m.len()];
        let body = &original[HEADER_LEN + genl::HEADER_LEN..];
        if m.len() % 4 == 0 && canonical_list(body, 1) {
            assert_eq!(first, original, "canonical input did not round-trip");
        }
    }
}

fn emit(m: &Message<'_>, g: genl::Repr, tree: &[OwnedAttr]) -> Vec<u8> {
    let mut out = Vec::new();
    let mut b = Builder::new(&mut out);
    let s = b.begin_message(*m.header()).expect("vec grows");
    b.genl(g).expect("vec grows");
    for a in tree {
        a.emit(&mut b)
            .expect("attribute from a parsed message fits again");
    }
    b.end_message(s)
        .expect("message from a parsed message fits again");
    out
}

/// A policy shaped like a grant-map batch: the validate target's subject.
pub static MAP_ENTRY: Policy = Policy::new(
    "map-entry",
    &[
        AttrPolicy::new(1, "dom", AttrType::U16)
            .required()
            .values(Values::Range {
                min: 0,
                max: 0x7ff5,
            }),
        AttrPolicy::new(2, "ref", AttrType::U32).required(),
        AttrPolicy::new(3, "flags", AttrType::U32).values(Values::Mask(0x1f)),
        AttrPolicy::new(4, "gpa", AttrType::U64).required(),
    ],
);

/// The top-level request set of the validate target.
pub static MAP_REQUEST: Policy = Policy::new(
    "map-request",
    &[
        AttrPolicy::new(1, "entry", AttrType::Nested(&MAP_ENTRY))
            .required()
            .repeated(),
        AttrPolicy::new(2, "mode", AttrType::U8).values(Values::Range { min: 0, max: 2 }),
        AttrPolicy::new(3, "tag", AttrType::String).len(0, 32),
        AttrPolicy::new(4, "cookie", AttrType::Binary).len(0, 16),
        AttrPolicy::new(5, "progress", AttrType::Flag).must_understand(),
        AttrPolicy::new(6, "delta", AttrType::S64),
    ],
);

/// Validate every message's attributes against [`MAP_REQUEST`] in both modes. Oracles:
/// strict acceptance implies lenient acceptance, and whatever validation accepts can be read
/// with the typed getter its policy names without error.
pub fn validate(data: &[u8]) {
    for m in Messages::new(data) {
        let Ok((_, m)) = m else { break };
        let Ok((_, attrs)) = m.genl() else { continue };
        let lenient = validate_attrs(attrs.clone(), &MAP_REQUEST, Options::default());
        let strict = validate_attrs(attrs.clone(), &MAP_REQUEST, Options::STRICT);
        if strict.is_ok() {
            assert!(lenient.is_ok(), "strict accepted what lenient rejected");
        }
        if lenient.is_ok() {
            read_back(attrs, &MAP_REQUEST);
        }
    }
}

fn read_back(attrs: Attrs<'_>, policy: &Policy) {
    for a in attrs {
        let a = a.expect("validated list iterates");
        let Some((_, p)) = policy.lookup(a.kind()) else {
            continue;
        };
        let ok = match p.ty {
            AttrType::U8 => a.u8().is_ok(),
            AttrType::U16 => a.u16().is_ok(),
            AttrType::U32 => a.u32().is_ok(),
            AttrType::U64 => a.u64().is_ok(),
            AttrType::S8 => a.i8().is_ok(),
            AttrType::S16 => a.i16().is_ok(),
            AttrType::S32 => a.i32().is_ok(),
            AttrType::S64 => a.i64().is_ok(),
            AttrType::Flag => a.flag().is_ok(),
            AttrType::Binary => true,
            AttrType::String => a.cstr().is_ok(),
            AttrType::Nested(inner) => {
                read_back(a.nested(), inner);
                true
            }
            AttrType::NestedArray(inner) => {
                for item in a.nested() {
                    read_back(item.expect("validated array iterates").nested(), inner);
                }
                true
            }
        };
        assert!(ok, "validated attribute {} failed its getter", p.name);
    }
}

/// Feed arbitrary bytes as a whole queue (header page and ring contents) to the ring
/// consumers and producers, as a hostile peer would lay it out. Oracles: nothing panics,
/// every returned message is framed (its header's length is the returned length), and the
/// number of pops is bounded by the ring size (no loop without progress).
pub fn ring(data: &[u8]) {
    use crate::ring::{Consumer, HeapMem, Producer, QueueLayout, SharedMem};
    let len = 4096 + 2 * 512;
    let mem = HeapMem::new(len);
    // Header page words from the input's first bytes (so magic/sizes/offsets are reachable);
    // the rest becomes the ring data, repeated.
    let (hdr, body) = data.split_at(data.len().min(0x1c0));
    mem.write(0, hdr);
    if !body.is_empty() {
        let mut off = 4096;
        while off < len {
            let n = body.len().min(len - off);
            mem.write(off, &body[..n]);
            off += n;
        }
    }
    let Ok(layout) = QueueLayout::read(&mem) else {
        return;
    };
    let mut buf = alloc::vec![0u8; crate::limits::MAX_MESSAGE_LEN];
    for r in [layout.req, layout.rep] {
        let mut c = Consumer::new(&mem, r);
        let mut pops = 0;
        while let Ok(Some(n)) = c.pop(&mut buf) {
            assert_eq!(
                u32::from_le_bytes([buf[0], buf[1], buf[2], buf[3]]) as usize,
                n
            );
            pops += 1;
            assert!(pops <= r.size / 16, "more messages than the ring can hold");
        }
        c.release();
        let mut p = Producer::new(&mem, r);
        let _ = p.free();
        let _ = p.push(&[16, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
        // A message written in pieces (as the host publishes a big reply), with a piece
        // size from the input: the same checks as `push`, whatever the indices say.
        let mut msg = [0u8; 40];
        msg[0] = 40;
        msg[4] = 1;
        let piece = usize::from(data.first().copied().unwrap_or(0) % 48);
        let mut between = 0;
        if let Ok(true) = p.push_in_pieces(&msg, piece, &mut || between += 1) {
            assert_eq!(between, msg.len().div_ceil(piece.max(1)) - 1);
        }
        // The same message from two parts (a header written apart and a body), split where
        // the input says.
        let (head, body) = msg.split_at(usize::from(data.get(1).copied().unwrap_or(0)) % msg.len());
        let mut between = 0;
        if let Ok(true) = p.push_parts_in_pieces(&[head, body], piece, &mut || between += 1) {
            let pieces = |n: usize| n.div_ceil(piece.max(1));
            // (A message of at most one piece is written at once, its parts together.)
            let expected = if msg.len() <= piece {
                0
            } else {
                pieces(head.len()) + pieces(body.len()) - 1
            };
            assert_eq!(between, expected);
        }
        let _ = p.can_reserve(64);
        p.publish();
    }
}

/// The tree of a nested value, for tests that build trees by hand.
pub fn nested(raw_kind: u16, list: Vec<OwnedAttr>) -> OwnedAttr {
    OwnedAttr {
        raw_kind: raw_kind | F_NESTED,
        value: AttrValue::Nested(list),
    }
}

#[cfg(all(test, feature = "std"))]
mod tests {
    use super::*;

    /// Replay the checked-in fuzz corpus (seeds and anything the fuzzers kept) through every
    /// harness: the short fuzz smoke run that CI does on stable.
    #[test]
    fn replay_corpus() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../fuzz/corpus");
        let mut n = 0;
        for target in ["parse", "round_trip", "validate", "ring"] {
            let Ok(dir) = std::fs::read_dir(root.join(target)) else {
                continue;
            };
            for f in dir {
                let data = std::fs::read(f.unwrap().path()).unwrap();
                parse(&data);
                round_trip(&data);
                validate(&data);
                ring(&data);
                n += 1;
            }
        }
        assert!(n > 0, "no corpus found under {}", root.display());
    }

    #[test]
    fn canonical_detects_padding() {
        assert!(canonical_list(&[8, 0, 1, 0, 1, 0, 0, 0], 1));
        assert!(!canonical_list(&[5, 0, 1, 0, 1, 9, 0, 0], 1));
        assert!(!canonical_list(&[5, 0, 1, 0, 1], 1));
        assert!(!canonical_list(&[2, 0, 1, 0], 1));
    }
}
