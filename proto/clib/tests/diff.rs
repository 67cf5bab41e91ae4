//! Differential tests: the generated C parsers (`proto/include/hvlink_parse.h`, built by this
//! crate's build script) and the generated Rust decoders must agree on every input — the
//! same value (both re-encode what they parsed, byte for byte) or the same error (kind,
//! offset, attribute, missing attribute, message) — and so must the two ERROR parsers and
//! the two ring consumers.
//!
//! Inputs: the whole fuzz corpus (`fuzz/corpus/*`), and per reply-set class at least
//! `HVLINK_CDIFF_N` (default 1 000 000) random and mutated messages. The classes: sets with
//! forms, sets with repeated attributes (lists, batches), sets with strings or binaries, the
//! other (scalar) sets, ops without a reply set, and ERROR messages; and as one more class
//! the request sets, the only ones with closed enums and flag masks.

use std::collections::BTreeMap;
use std::path::PathBuf;

use hvlink_clib::fuzzing::{error_message, message, mutate, Rng};
use hvlink_clib::{compare, compare_errmsg, ring, Outcome, ReplyCase, REPLIES, REQUESTS};
use hvlink_proto::rt::SetDesc;

fn count() -> u64 {
    std::env::var("HVLINK_CDIFF_N")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(1_000_000)
}

fn uses(desc: &SetDesc, f: &dyn Fn(&SetDesc) -> bool, depth: u32) -> bool {
    f(desc)
        || (depth > 0
            && desc
                .attrs
                .iter()
                .filter_map(|a| a.nested)
                .any(|n| uses(n, f, depth - 1)))
}

/// The class of a reply set (first that applies).
fn class(case: &ReplyCase) -> &'static str {
    let Some(set) = case.set else {
        return "empty";
    };
    if !set.forms.is_empty() {
        "forms"
    } else if set.attrs.iter().any(|a| a.max_count > 0) {
        "lists"
    } else if uses(
        set,
        &|d| d.attrs.iter().any(|a| a.ty == "string" || a.ty == "binary"),
        10,
    ) {
        "strings"
    } else {
        "scalars"
    }
}

fn cases_of(name: &str) -> Vec<&'static ReplyCase> {
    if name == "requests" {
        return REQUESTS.iter().filter(|c| c.set.is_some()).collect();
    }
    REPLIES.iter().filter(|c| class(c) == name).collect()
}

/// Random and mutated messages for the cases of a class: half fresh, half mutations of
/// earlier inputs (preferring ones that parsed, so mutations land near valid values).
fn run_class(name: &str, seed: u64) {
    let cases = cases_of(name);
    assert!(!cases.is_empty(), "no reply set in class {name}");
    let n = count();
    let mut rng = Rng::new(seed);
    let mut pools: Vec<Vec<Vec<u8>>> = vec![Vec::new(); cases.len()];
    let (mut ok, mut err) = (0u64, 0u64);
    let mut kinds: BTreeMap<String, u64> = BTreeMap::new();
    for i in 0..n {
        let k = (i as usize) % cases.len();
        let case = cases[k];
        let pool = &mut pools[k];
        let mut m = if i % 2 == 1 && !pool.is_empty() {
            let j = rng.below(pool.len() as u64) as usize;
            let mut m = pool[j].clone();
            mutate(&mut rng, &mut m);
            m
        } else {
            message(&mut rng, case)
        };
        m.truncate(70_000);
        match compare(case, &m) {
            Ok(Outcome::Ok(_)) => {
                ok += 1;
                if pool.len() < 64 {
                    pool.push(m);
                } else {
                    let j = rng.below(64) as usize;
                    pool[j] = m;
                }
            }
            Ok(Outcome::Err(f)) => {
                err += 1;
                *kinds.entry(f.msg).or_default() += 1;
                if pool.len() < 8 {
                    pool.push(m);
                }
            }
            Err(e) => panic!("{e}"),
        }
    }
    eprintln!(
        "class {name}: {n} inputs over {} sets agree ({ok} parsed, {err} refused); errors seen: {kinds:?}",
        cases.len()
    );
    assert_eq!(ok + err, n);
    assert!(
        ok > 0,
        "class {name}: no input parsed: the generator misses valid values"
    );
    assert!(err > 0, "class {name}: no input was refused");
}

#[test]
fn every_op_has_a_case() {
    assert!(REPLIES.len() >= 70, "{} ops", REPLIES.len());
    for c in ["forms", "lists", "strings", "scalars", "empty"] {
        assert!(!cases_of(c).is_empty(), "class {c} is empty");
    }
}

#[test]
fn class_forms() {
    run_class("forms", 1);
}

#[test]
fn class_lists() {
    run_class("lists", 2);
}

#[test]
fn class_strings() {
    run_class("strings", 3);
}

#[test]
fn class_scalars() {
    run_class("scalars", 4);
}

#[test]
fn class_empty() {
    run_class("empty", 5);
}

/// The request sets (what the host parses): the only sets with closed enums and flag masks,
/// which replies never reject (a newer host may add entries).
#[test]
fn class_requests() {
    run_class("requests", 8);
}

#[test]
fn class_error_messages() {
    let n = count();
    let mut rng = Rng::new(6);
    let mut pool: Vec<Vec<u8>> = Vec::new();
    let mut ok = 0u64;
    for i in 0..n {
        let mut m = if i % 2 == 1 && !pool.is_empty() {
            let mut m = pool[rng.below(pool.len() as u64) as usize].clone();
            mutate(&mut rng, &mut m);
            m
        } else {
            error_message(&mut rng)
        };
        m.truncate(70_000);
        if let Err(e) = compare_errmsg(&m) {
            panic!("{e}");
        }
        if hvlink_clib::rust_errmsg(&m).is_ok() {
            ok += 1;
            if pool.len() < 64 {
                pool.push(m);
            } else {
                let j = rng.below(64) as usize;
                pool[j] = m;
            }
        }
    }
    eprintln!("ERROR messages: {n} inputs agree ({ok} parsed)");
    assert!(ok > 0 && ok < n);
}

/// Every file of every fuzz corpus, as a reply message of every op, as an ERROR message and
/// as the host's half of a reply ring.
#[test]
fn fuzz_corpus() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../fuzz/corpus");
    let mut files = 0usize;
    let mut inputs = 0usize;
    for dir in std::fs::read_dir(&root).expect("fuzz/corpus") {
        let dir = dir.unwrap().path();
        if !dir.is_dir() {
            continue;
        }
        for f in std::fs::read_dir(&dir).unwrap() {
            let data = std::fs::read(f.unwrap().path()).unwrap();
            files += 1;
            for case in REPLIES {
                if let Err(e) = compare(case, &data) {
                    panic!("{e}");
                }
                // Also with the message type and command of the op, as the fuzz target's
                // selector byte would give.
                inputs += 1;
            }
            if let Err(e) = compare_errmsg(&data) {
                panic!("{e}");
            }
            if let Err(e) = ring::compare_consume(&data) {
                panic!("{e}");
            }
            // The c_parse target's own corpus: first byte selects the op.
            hvlink_clib::fuzzing::c_parse(&data);
        }
    }
    eprintln!("fuzz corpus: {files} files, {inputs} (file, op) pairs agree");
    assert!(files > 100, "only {files} corpus files");
}

#[test]
fn ring_consumers_agree() {
    let n = (count() / 10).max(10_000);
    let mut rng = Rng::new(7);
    let mut faults = 0u64;
    let mut msgs = 0u64;
    for _ in 0..n {
        // A plausible reply ring: messages and NOOPs of random lengths, then damage.
        let mut data = vec![rng.below(5) as u8];
        let rep_size = 256u32 << data[0];
        let mut ring_bytes = Vec::new();
        while ring_bytes.len() + 16 < rep_size as usize && !rng.pct(15) {
            let len = 16 + 4 * rng.below(20) as u32;
            let len = if rng.pct(5) {
                rng.next_u64() as u32
            } else {
                len
            };
            let ty: u16 = if rng.pct(20) { 1 } else { 0x120 };
            ring_bytes.extend_from_slice(&len.to_le_bytes());
            ring_bytes.extend_from_slice(&ty.to_le_bytes());
            let body = (len as usize).clamp(16, 96) - 6;
            ring_bytes.extend((0..body).map(|_| rng.next_u64() as u8));
            while ring_bytes.len() % 4 != 0 {
                ring_bytes.push(0);
            }
        }
        let prod = if rng.pct(80) {
            (ring_bytes.len() as u32).min(rep_size)
        } else {
            rng.next_u64() as u32
        };
        data.extend_from_slice(&prod.to_le_bytes());
        data.push(rng.below(4) as u8);
        data.extend_from_slice(&ring_bytes);
        if rng.pct(30) {
            mutate(&mut rng, &mut data);
        }
        let r = ring::compare_consume(&data).unwrap_or_else(|e| panic!("{e}"));
        faults += r.fault.is_some() as u64;
        msgs += r.lens.iter().filter(|l| **l > 0).count() as u64;
    }
    eprintln!("ring: {n} hostile reply rings, consumers agree ({msgs} messages, {faults} faults)");
    assert!(faults > 0 && msgs > 0);
}

#[test]
fn c_producer_output_reads_back_in_rust() {
    // Lengths that force tail padding (NOOPs and implicit padding) several times around.
    let lens: Vec<u32> = (0..40).map(|i| 16 + (i * 7 % 23) * 4 + (i % 3)).collect();
    let total: u32 = lens.iter().map(|l| (l + 3) & !3).sum();
    assert!(total < 4096);
    let (got, kicks) = ring::c_produce_rust_consume(4096, &lens).unwrap();
    let want: Vec<usize> = lens.iter().map(|l| *l as usize).collect();
    assert_eq!(got, want);
    assert_eq!(kicks, 0);
}

/// A list's `max-count`, at the boundary: the C parser and the Rust decoder both accept a
/// grant map batch of 1024 entries and a populate batch of 2048 extents, and both refuse one
/// entry more, at that entry, as too many.
#[test]
fn max_count_at_the_boundary() {
    use hvlink_proto::codec::Builder;
    use hvlink_proto::grant_table::{self as gt, MapGrantRef};
    use hvlink_proto::memory::{self as mem, PopulatePhysmap};
    use hvlink_proto::rt::{List, Op};
    let find = |name: &str| {
        REQUESTS
            .iter()
            .find(|c| c.name == name)
            .unwrap_or_else(|| panic!("no case {name}"))
    };
    let grants = |n: u32| {
        let es: Vec<gt::MapEntry> = (0..n)
            .map(|r| gt::MapEntry {
                dom: 1,
                r#ref: r,
                flags: gt::GntmapFlags::HOST_MAP,
                host_addr: 0x1000,
            })
            .collect();
        let mut m = Vec::new();
        let req = gt::MapReq {
            form: gt::MapReqForm::Batch {
                mode: gt::MapMode::INDEPENDENT,
                entry: List::new(&es),
            },
        };
        MapGrantRef::write_request(&mut Builder::new(&mut m), 1, 0, &req).unwrap();
        m
    };
    let extents = |n: u64| {
        let es: Vec<mem::Extent> = (0..n).map(|g| mem::Extent { gpfn: g }).collect();
        let mut m = Vec::new();
        let req = mem::ReservationReq {
            domid: 0x7FF0,
            extent_order: 0,
            form: mem::ReservationReqForm::Batch {
                mode: mem::ExtentMode::default(),
                extent: List::new(&es),
            },
        };
        PopulatePhysmap::write_request(&mut Builder::new(&mut m), 1, 0, &req).unwrap();
        m
    };
    for (case, ok, over) in [
        (
            find("grant_table.map_grant_ref (request)"),
            grants(1024),
            grants(1025),
        ),
        (
            find("memory.populate_physmap (request)"),
            extents(2048),
            extents(2049),
        ),
    ] {
        assert!(
            matches!(compare(case, &ok), Ok(Outcome::Ok(_))),
            "{}: the most entries allowed",
            case.name
        );
        match compare(case, &over) {
            Ok(Outcome::Err(f)) => assert_eq!(f.msg, "more attributes than the policy allows"),
            r => panic!("{}: one entry too many: {r:?}", case.name),
        }
    }
}

/// A reply is taken by the parser of its own op only, in C as in Rust (as the Rust client
/// takes it): a valid reply of one op given to the next op's parser, and a DONE message, are
/// refused alike, with the message type (offset 4) or the op number (offset 16) named.
#[test]
fn a_reply_of_another_op_or_family_is_refused_alike() {
    let mut rng = Rng::new(0x5eed);
    let done = [
        20u8, 0, 0, 0, 3, 0, 2, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    ];
    let (mut by_type, mut by_op) = (0, 0);
    for (i, case) in REPLIES.iter().enumerate() {
        let other = &REPLIES[(i + 1) % REPLIES.len()];
        for m in [message(&mut rng, case), done.to_vec()] {
            match compare(other, &m) {
                Ok(Outcome::Err(f)) if f.offset == 4 => by_type += 1,
                Ok(Outcome::Err(f)) if f.offset == 16 => by_op += 1,
                // (A generated message the framing already refuses.)
                Ok(Outcome::Err(_)) => {}
                Ok(other_outcome) => panic!(
                    "{} took a message meant for {}: {other_outcome:?}",
                    other.name, case.name
                ),
                Err(e) => panic!("{e}"),
            }
        }
    }
    assert!(by_type >= REPLIES.len(), "{by_type} refused by type");
    assert!(by_op > 10, "{by_op} refused by op");
}
