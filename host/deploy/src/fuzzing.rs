//! Fuzz harness bodies (the `fuzz/` targets are thin wrappers; the checked-in corpus is
//! replayed by `cargo test`).
//!
//! `dispatch`: arbitrary ring messages and arbitrary register files from arbitrary domains
//! and queue kinds into the host's dispatch, on a reference hypervisor with grants and ports
//! already set up so that deep paths are reachable. The host must never panic, and every
//! ring request must get at least one well-formed reply unless its op parked.

use hvlink_codec::ring::QueueKind;
use hvlink_codec::{Message, Messages};
use hvlink_proto::rt::{Regs, FASTABI_BIT};
use hvlink_proto::FAMILIES;
use vm_memory::GuestMemoryMmap;

use hvlink_host::server::{Config, Host};
use hvlink_refhv::{Clock, DomainConfig, Hypervisor};

fn host() -> Host<Hypervisor, GuestMemoryMmap> {
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
            let _ = h.register_call(domain, &mut regs);
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
        }
        h.hv.advance(1_000);
    }
}

#[cfg(test)]
mod tests {
    /// Replay the checked-in corpus of the dispatch fuzz target.
    #[test]
    fn replay_corpus() {
        let root =
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fuzz/corpus/dispatch");
        let mut n = 0;
        if let Ok(dir) = std::fs::read_dir(&root) {
            for f in dir {
                super::dispatch(&std::fs::read(f.unwrap().path()).unwrap());
                n += 1;
            }
        }
        assert!(n > 0, "no corpus under {}", root.display());
    }

    /// Seeds: real requests of several families, framed for the harness. Written to the
    /// corpus directory when `HVLINK_WRITE_SEEDS` is set; always checked to run cleanly.
    #[test]
    fn seeds() {
        use hvlink_codec::{Builder, SliceSink};
        use hvlink_proto::event_channel::{AllocUnbound, AllocUnboundReq, PortReq, SendOp};
        use hvlink_proto::grant_table::{
            GntmapFlags, MapEntry, MapGrantRef, MapMode, MapReq, MapReqForm,
        };
        use hvlink_proto::rt::{Empty, FastAbi, List, Op};
        fn msg<O: Op>(req: &O::Request<'_>) -> Vec<u8> {
            let mut buf = vec![0u8; 2048];
            let mut b = Builder::new(SliceSink::new(&mut buf));
            let n = O::write_request(&mut b, 1, 0, req).unwrap();
            buf.truncate(n);
            // Harness framing: selector (odd, raw header, domain 2), length/4 - 5, bytes.
            let mut out = vec![0x41, ((n - 20) / 4) as u8];
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
        }
    }
}
