//! Fuzz harness bodies (the `fuzz/` targets are thin wrappers; the checked-in corpus is
//! replayed by `cargo test`).
//!
//! `dispatch`: arbitrary ring messages and arbitrary register files from arbitrary domains
//! and queue kinds into the host's dispatch, on a reference hypervisor with grants and ports
//! already set up so that deep paths are reachable. The host must never panic, every ring
//! request must get at least one well-formed reply unless its op parked, and a register call
//! the backend serves without the host lock must answer there exactly as under it: a twin
//! host without the unlocked part is fed the same input in lockstep, and every register
//! call's answer is compared (the ops served so change state, so the same call made twice on
//! one host may rightly answer differently).

use hvlink_codec::ring::QueueKind;
use hvlink_codec::{Message, Messages};
use hvlink_proto::rt::{Regs, FASTABI_BIT};
use hvlink_proto::FAMILIES;
use vm_memory::GuestMemoryMmap;

use hvlink_host::server::{Config, Host};
use hvlink_refhv::{Clock, DomainConfig, Hypervisor};

fn host() -> Host<Hypervisor, GuestMemoryMmap> {
    let mut h = plain_host();
    let unlocked = h.hv.unlocked();
    h.set_unlocked(Some(unlocked));
    h
}

/// The harness's host without the part served without the host lock: every call under it.
fn plain_host() -> Host<Hypervisor, GuestMemoryMmap> {
    let mut hv = Hypervisor::new(Clock::Virtual(1_000_000));
    for d in 0..3u16 {
        let _ = hv.create_domain(
            d,
            DomainConfig {
                privileged: d == 0,
                pages: 4096,
                max_grant_frames: 4,
                max_maptrack: 4096,
                vcpus: 2,
            },
        );
    }
    for r in 0..32 {
        let _ = hv.grant_access(1, r, 2, 0x100 + u64::from(r), r % 3 == 0);
    }
    Host::new(
        hv,
        Config {
            budget: 7,
            ..Config::default()
        },
    )
}

fn u64_at(d: &[u8], i: usize) -> u64 {
    let mut b = [0u8; 8];
    for (k, x) in b.iter_mut().enumerate() {
        *x = d.get(i + k).copied().unwrap_or(0);
    }
    u64::from_le_bytes(b)
}

/// Feed `data` to dispatch as a sequence of register calls and ring messages.
pub fn dispatch(data: &[u8]) {
    let mut h = host();
    let mut twin = plain_host();
    let mut out = Vec::new();
    let mut d = data;
    while let Some((&sel, rest)) = d.split_first() {
        let domain = u16::from(sel >> 5 & 3).min(3);
        let kind = if sel & 0x10 != 0 {
            QueueKind::Userspace
        } else {
            QueueKind::Kernel
        };
        if sel & 1 == 0 {
            // A register call: family from the table (or raw), then six argument registers.
            let fam = FAMILIES[usize::from(sel >> 1 & 7) % FAMILIES.len()];
            let mut regs = Regs {
                rax: if sel & 0x80 != 0 {
                    u64_at(rest, 0)
                } else {
                    u64::from(fam.id) | FASTABI_BIT
                },
                rdi: u64::from(rest.first().copied().unwrap_or(0) & 0x1f),
                rsi: u64_at(rest, 1),
                r8: u64_at(rest, 9),
                r9: u64_at(rest, 17),
                r10: u64_at(rest, 25),
                r11: u64_at(rest, 33),
                r12: u64_at(rest, 41),
            };
            let before = regs;
            // Served without the host lock when the backend serves it so (else under the
            // lock, as the engine does), and on the twin under the lock: the same answer
            // (differential).
            let mut twin_regs = regs;
            let _ = twin.register_call(domain, &mut twin_regs);
            match h.register_call_unlocked(domain, &mut regs) {
                Some(out) => assert_eq!(out, hvlink_host::RegOutcome::Done),
                None => {
                    assert_eq!(regs, before, "refused without the lock, yet changed");
                    let _ = h.register_call(domain, &mut regs);
                }
            }
            assert_eq!(
                regs, twin_regs,
                "served without the lock and under it differ"
            );
            // No implicit clobbering: rdi is never written; on error only rax changes.
            assert_eq!(regs.rdi, before.rdi);
            if regs.rax as i64 != 0 {
                assert_eq!(
                    Regs {
                        rax: before.rax,
                        ..regs
                    },
                    before
                );
            }
            d = rest.get(49..).unwrap_or(&[]);
        } else {
            // A ring message: a length, then bytes, with the header made plausible so that
            // most inputs reach the family decoders.
            let len = usize::from(rest.first().copied().unwrap_or(0)) * 4 + 20;
            let len = len.min(rest.len().saturating_sub(1));
            let mut m = rest.get(1..1 + len).unwrap_or(&[]).to_vec();
            d = rest.get(1 + len..).unwrap_or(&[]);
            if m.len() >= 20 && sel & 0x40 == 0 {
                let fam = FAMILIES[usize::from(m[4]) % FAMILIES.len()];
                let n = m.len() as u32;
                m[0..4].copy_from_slice(&n.to_le_bytes());
                m[4..6].copy_from_slice(&fam.msg_type.to_le_bytes());
                m[6] |= 1;
                m[16] %= 16;
                m[19] = 0;
                m[18] = 0;
            }
            out.clear();
            let answered = h.call(domain, kind, &m, &mut out);
            if answered && Message::parse(&m).is_ok() {
                assert!(!out.is_empty(), "a parsable request got no reply");
                assert!(Messages::new(&out).all(|r| r.is_ok()), "malformed reply");
            }
            // The twin's replies are not compared (dump cursors are keyed per instance).
            out.clear();
            twin.call(domain, kind, &m, &mut out);
        }
        h.hv.advance(1_000);
        twin.hv.advance(1_000);
    }
}

/// Domain 2's memory in the `engine` harness, and where its queue lives.
const ENGINE_MEM: usize = 1 << 20;
const ENGINE_GPA: u64 = 0x1_0000;
/// Each of the queue's rings (a 64 KiB message fits in half of one).
const ENGINE_RING: u32 = 1 << 18;

/// The host's ring path under a hostile guest: domain 2 sets up a real queue (rings in its
/// guest memory, by the register call a guest makes) and `data` drives it — messages of up
/// to 64 KiB built from a header and a repeated body unit (so big batches of many entries
/// are reachable from a short input), submits with host turns between them, reply drains,
/// and register calls of other domains in between. The host must never panic, every reply
/// it publishes must be a well-formed message, and once the input ends the host must go
/// idle within a bounded number of turns.
pub fn engine(data: &[u8]) {
    use hvlink_guest::ring::GuestQueue;
    use hvlink_proto::control::{QueueFeatures, QueueKind as Kind, QueueSetup, QueueSetupReq};
    use hvlink_proto::rt::FastAbi;
    use vm_memory::GuestAddress;

    let mut h = host();
    let Ok(mem) = GuestMemoryMmap::from_ranges(&[(GuestAddress(0), ENGINE_MEM)]) else {
        return;
    };
    h.set_memory(2, mem.clone());
    let len = 4096 + 2 * ENGINE_RING as usize;
    let view = crate::mem::view(&mem, ENGINE_GPA, len).expect("queue pages in guest memory");
    let mut q = GuestQueue::create(view, 1, QueueKind::Kernel, ENGINE_RING, ENGINE_RING)
        .expect("a fresh queue");
    let mut regs = QueueSetup::to_regs(&QueueSetupReq {
        base_gpa: ENGINE_GPA,
        pages: q.pages() as u32,
        queue_id: 1,
        kind: Kind(0),
        features: QueueFeatures(1),
        notify_port: 0,
    })
    .expect("queue_setup registers");
    let _ = h.register_call(2, &mut regs);
    assert_eq!(regs.rax, 0, "queue_setup failed");
    let mut buf = vec![0u8; hvlink_codec::limits::MAX_MESSAGE_LEN];
    let mut drain = |q: &mut GuestQueue<_>| {
        while let Ok(Some(n)) = q.recv(&mut buf) {
            assert!(
                Messages::new(&buf[..n]).all(|r| r.is_ok()),
                "malformed reply"
            );
        }
        q.release();
    };
    let mut d = data;
    while let Some((&sel, rest)) = d.split_first() {
        match sel & 3 {
            0 => {
                // A message: 20 header bytes, then a body unit of 4..=256 bytes repeated
                // 1..=256 times (at most 64 KiB in all), the header made plausible.
                let ulen = (usize::from(rest.first().copied().unwrap_or(0)) % 64 + 1) * 4;
                let times = usize::from(rest.get(1).copied().unwrap_or(0)) + 1;
                let hdr = rest.get(2..22).unwrap_or(&[]);
                let unit = rest.get(22..22 + ulen).unwrap_or(&[]);
                d = rest.get(22 + ulen..).unwrap_or(&[]);
                if hdr.len() < 20 {
                    break;
                }
                let mut m = hdr.to_vec();
                let room = hvlink_codec::limits::MAX_MESSAGE_LEN - 20;
                for _ in 0..times.min(room / unit.len().max(1)) {
                    m.extend_from_slice(unit);
                }
                // Unless raw (4), the length is the message's; with 8, a family's type, the
                // request flag and a plausible genl header too.
                if sel & 4 == 0 {
                    let n = m.len() as u32;
                    m[0..4].copy_from_slice(&n.to_le_bytes());
                }
                if sel & 8 != 0 {
                    let fam = FAMILIES[usize::from(m[4]) % FAMILIES.len()];
                    m[4..6].copy_from_slice(&fam.msg_type.to_le_bytes());
                    m[6] |= 1;
                    m[16] %= 16;
                    m[18] = 0;
                    m[19] = 0;
                }
                if !matches!(q.send(&m), Ok(true)) {
                    // Full (or refused): hand what is queued to the host and make room.
                    q.submit(&|| {});
                    h.turn();
                    drain(&mut q);
                }
            }
            1 => {
                // Turns, as `Host::turn` runs them or (bit 4) as the serving runtime does,
                // with big batches validated apart.
                q.submit(&|| {});
                for _ in 0..=(sel >> 2 & 3) {
                    if sel & 16 != 0 {
                        h.turn_apart();
                    } else {
                        h.turn();
                    }
                }
                d = rest;
            }
            2 => {
                drain(&mut q);
                d = rest;
            }
            _ => {
                // Another domain's (or this one's) register call between turns.
                let fam = FAMILIES[usize::from(sel >> 2 & 7) % FAMILIES.len()];
                let mut regs = Regs {
                    rax: u64::from(fam.id) | FASTABI_BIT,
                    rdi: u64::from(rest.first().copied().unwrap_or(0) & 0x1f),
                    rsi: u64_at(rest, 1),
                    r8: u64_at(rest, 9),
                    ..Regs::default()
                };
                let _ = h.register_call(u16::from(sel >> 5 & 3).min(2), &mut regs);
                d = rest.get(17..).unwrap_or(&[]);
            }
        }
        h.hv.advance(1_000);
    }
    // The input is over: the host works off what it took and goes idle.
    q.submit(&|| {});
    let mut idle = false;
    for i in 0..4096 {
        // Both kinds of turn, so that batches left unvalidated by one are finished by either.
        let t = if i % 2 == 0 { h.turn_apart() } else { h.turn() };
        drain(&mut q);
        if !t.more && t.requests == 0 && t.replies == 0 {
            idle = true;
            break;
        }
        h.hv.advance(1_000);
    }
    assert!(idle, "the host never went idle");
}

#[cfg(test)]
mod tests {
    /// Run every input of the checked-in corpus of fuzz target `target` through `harness`.
    fn replay(target: &str, harness: fn(&[u8])) {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../../fuzz/corpus")
            .join(target);
        let mut n = 0;
        if let Ok(dir) = std::fs::read_dir(&root) {
            for f in dir {
                harness(&std::fs::read(f.unwrap().path()).unwrap());
                n += 1;
            }
        }
        assert!(n > 0, "no corpus under {}", root.display());
    }

    /// A request of op `O` as it goes on the wire (seq 1).
    fn wire<O: hvlink_proto::rt::Op>(req: &O::Request<'_>) -> Vec<u8> {
        use hvlink_codec::{Builder, SliceSink};
        let mut buf = vec![0u8; 2048];
        let mut b = Builder::new(SliceSink::new(&mut buf));
        let n = O::write_request(&mut b, 1, 0, req).unwrap();
        buf.truncate(n);
        buf
    }

    /// Replay the checked-in corpus of the dispatch fuzz target.
    #[test]
    fn replay_corpus() {
        replay("dispatch", super::dispatch);
    }

    /// Seeds: real requests of several families, framed for the harness. Written to the
    /// corpus directory when `HVLINK_WRITE_SEEDS` is set; always checked to run cleanly.
    #[test]
    fn seeds() {
        use hvlink_proto::event_channel::{AllocUnbound, AllocUnboundReq, PortReq, SendOp};
        use hvlink_proto::grant_table::{
            GntmapFlags, MapEntry, MapGrantRef, MapMode, MapReq, MapReqForm,
        };
        use hvlink_proto::rt::{Empty, FastAbi, List, Op};
        fn msg<O: Op>(req: &O::Request<'_>) -> Vec<u8> {
            let buf = wire::<O>(req);
            // Harness framing: selector (odd, raw header, domain 2), length/4 - 5, bytes.
            let mut out = vec![0x41, ((buf.len() - 20) / 4) as u8];
            out.extend_from_slice(&buf);
            out
        }
        fn regs<O: FastAbi>(req: &O::Request<'_>) -> Vec<u8> {
            let r = O::to_regs(req).unwrap();
            let mut out = vec![0x40 | ((O::DESC.family_id as u8 & 7) << 1)];
            out.push(r.rdi as u8);
            for v in [r.rsi, r.r8, r.r9, r.r10, r.r11, r.r12] {
                out.extend_from_slice(&v.to_le_bytes());
            }
            out
        }
        let entries: Vec<MapEntry> = (0..8)
            .map(|i| MapEntry {
                dom: 1,
                r#ref: i,
                flags: GntmapFlags::HOST_MAP,
                host_addr: 0x10_0000 + u64::from(i) * 4096,
            })
            .collect();
        let seeds = [
            msg::<MapGrantRef>(&MapReq {
                form: MapReqForm::Batch {
                    mode: MapMode::ORDERED,
                    entry: List::new(&entries),
                },
            }),
            msg::<SendOp>(&PortReq { port: 1 }),
            msg::<AllocUnbound>(&AllocUnboundReq {
                dom: 0x7FF0,
                remote_dom: 1,
            }),
            msg::<hvlink_proto::version::Version>(&Empty),
            regs::<SendOp>(&PortReq { port: 1 }),
            regs::<AllocUnbound>(&AllocUnboundReq {
                dom: 0x7FF0,
                remote_dom: 1,
            }),
        ];
        let dir =
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fuzz/corpus/dispatch");
        for (i, s) in seeds.iter().enumerate() {
            super::dispatch(s);
            if std::env::var_os("HVLINK_WRITE_SEEDS").is_some() {
                std::fs::create_dir_all(&dir).unwrap();
                std::fs::write(dir.join(format!("seed-{i}")), s).unwrap();
            }
        }
        let all: Vec<u8> = seeds.concat();
        super::dispatch(&all);
        if std::env::var_os("HVLINK_WRITE_SEEDS").is_some() {
            std::fs::write(dir.join("seed-all"), &all).unwrap();
        }
    }

    /// Seeds of the `engine` target: a 256-entry map batch built from one entry repeated,
    /// an ordered one, a version request, each submitted and drained. Written to its corpus
    /// directory when `HVLINK_WRITE_SEEDS` is set; always checked to run cleanly.
    #[test]
    fn engine_seeds() {
        use hvlink_proto::grant_table::{
            GntmapFlags, MapEntry, MapGrantRef, MapMode, MapReq, MapReqForm,
        };
        use hvlink_proto::rt::{Empty, List};
        // Harness framing of a message: selector 0 (its length patched), unit length / 4 -
        // 1, repeats - 1, the 20 header bytes, the unit.
        fn framed(sel: u8, req: &[u8], unit_at: usize, times: u8) -> Vec<u8> {
            let unit = &req[unit_at..];
            let mut out = vec![sel, (unit.len() / 4 - 1) as u8, times];
            out.extend_from_slice(&req[..20]);
            out.extend_from_slice(unit);
            out
        }
        let one = [MapEntry {
            dom: 1,
            r#ref: 3,
            flags: GntmapFlags::HOST_MAP,
            host_addr: 0x10_0000,
        }];
        let batch = |mode| {
            wire::<MapGrantRef>(&MapReq {
                form: MapReqForm::Batch {
                    mode,
                    entry: List::new(&one),
                },
            })
        };
        let independent = batch(MapMode::INDEPENDENT);
        // Ordered: the mode attribute comes before the entry, so the unit repeats it too
        // (a duplicate attribute: refused whole, with an ERROR naming it).
        let ordered = batch(MapMode::ORDERED);
        let version = wire::<hvlink_proto::version::Version>(&Empty);
        let submit_drain = [0x01u8 | (3 << 2), 0x02];
        let seeds = [
            [framed(0, &independent, 20, 255), submit_drain.to_vec()].concat(),
            [framed(0, &ordered, 20, 100), submit_drain.to_vec()].concat(),
            [
                framed(0, &version, 16, 0),
                framed(0, &independent, 20, 3),
                submit_drain.to_vec(),
            ]
            .concat(),
        ];
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fuzz/corpus/engine");
        for (i, s) in seeds.iter().enumerate() {
            super::engine(s);
            if std::env::var_os("HVLINK_WRITE_SEEDS").is_some() {
                std::fs::create_dir_all(&dir).unwrap();
                std::fs::write(dir.join(format!("seed-{i}")), s).unwrap();
            }
        }
    }

    /// Replay the checked-in corpus of the engine fuzz target.
    #[test]
    fn replay_engine_corpus() {
        replay("engine", super::engine);
    }

    #[test]
    fn arbitrary_bytes_do_not_panic() {
        let mut x = 0x9e37_79b9_7f4a_7c15u64;
        for len in 0..400usize {
            let data: Vec<u8> = (0..len)
                .map(|_| {
                    x ^= x << 13;
                    x ^= x >> 7;
                    x ^= x << 17;
                    x as u8
                })
                .collect();
            super::dispatch(&data);
            super::engine(&data);
        }
    }
}
