//! Grant map+unmap pairs per second through dispatch, without a ring: the baseline the
//! end-to-end numbers (guest client, KVM) are compared with.
//!
//! - `ring-message/N`: a map batch message of N entries and the unmap batch of their handles,
//!   each parsed, privilege-checked, validated, dispatched and answered by
//!   [`Host::call`] (what a queue's turn does after copying the message out of the ring);
//! - `register`: one map and one unmap as FastABI register calls;
//! - `backend-direct`: the same backend trait calls with the requests already decoded —
//!   the floor, i.e. the reference hypervisor's own cost.

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use hvlink_codec::ring::QueueKind;
use hvlink_codec::{Builder, Message};
use hvlink_host::server::{Config, Host};
use hvlink_proto::grant_table::{
    Backend, BatchMode, GntmapFlags, MapEntry, MapGrantRef, MapMode, MapReplyForm, MapReq,
    MapReqForm, UnmapEntry, UnmapGrantRef, UnmapReq, UnmapReqForm,
};
use hvlink_proto::rt::{AttrSet, Ctx, FastAbi, List, Op, Via};
use hvlink_refhv::{Clock, DomainConfig, Hypervisor};
use vm_memory::GuestMemoryMmap;

const DOM1: u16 = 1;
const DOM2: u16 = 2;

fn host() -> Host<Hypervisor, GuestMemoryMmap> {
    let mut hv = Hypervisor::new(Clock::Virtual(0));
    for d in [0u16, DOM1, DOM2] {
        hv.create_domain(
            d,
            DomainConfig {
                privileged: d == 0,
                ..Default::default()
            },
        )
        .unwrap();
    }
    for r in 0..1024 {
        hv.grant_access(DOM1, r, DOM2, 0x1000 + u64::from(r), false)
            .unwrap();
    }
    Host::new(hv, Config::default())
}

fn entries(n: u32) -> Vec<MapEntry> {
    (0..n)
        .map(|i| MapEntry {
            dom: DOM1,
            r#ref: i % 1024,
            flags: GntmapFlags::HOST_MAP,
            host_addr: 0x100_0000 + u64::from(i) * 4096,
        })
        .collect()
}

fn write<O: Op>(req: &O::Request<'_>) -> Vec<u8> {
    let mut buf = Vec::with_capacity(4096);
    write_into::<O>(req, &mut buf);
    buf
}

/// Encode a request into `buf` (reused: no allocation per iteration).
fn write_into<O: Op>(req: &O::Request<'_>, buf: &mut Vec<u8>) {
    buf.clear();
    let mut b = Builder::new(buf);
    O::write_request(&mut b, 1, 0, req).unwrap();
}

fn bench(c: &mut Criterion) {
    let mut g = c.benchmark_group("grant map+unmap via dispatch");
    for n in [1u32, 64, 1024] {
        g.throughput(Throughput::Elements(u64::from(n)));
        g.bench_with_input(BenchmarkId::new("ring-message", n), &n, |bch, &n| {
            let mut h = host();
            let es = entries(n);
            let map = write::<MapGrantRef>(&MapReq {
                form: MapReqForm::Batch {
                    mode: MapMode::INDEPENDENT,
                    entry: List::new(&es),
                },
            });
            let mut out = Vec::with_capacity(1 << 17);
            let mut unmap_entries = Vec::with_capacity(n as usize);
            let mut unmap = Vec::with_capacity(1 << 16);
            bch.iter(|| {
                out.clear();
                h.call(DOM2, QueueKind::Kernel, &map, &mut out);
                let msg = Message::parse(&out).unwrap();
                let (_, attrs) = msg.genl().unwrap();
                let rep = <MapGrantRef as Op>::Reply::decode(attrs).unwrap();
                unmap_entries.clear();
                if let MapReplyForm::Batch { entry } = rep.form {
                    for (e, m) in entry.iter().zip(&es) {
                        unmap_entries.push(UnmapEntry {
                            host_addr: m.host_addr,
                            dev_bus_addr: 0,
                            handle: e.handle.unwrap(),
                        });
                    }
                }
                write_into::<UnmapGrantRef>(
                    &UnmapReq {
                        form: UnmapReqForm::Batch {
                            mode: BatchMode::INDEPENDENT,
                            entry: List::new(&unmap_entries),
                        },
                    },
                    &mut unmap,
                );
                out.clear();
                h.call(DOM2, QueueKind::Kernel, &unmap, &mut out);
                assert!(!out.is_empty());
            });
        });
    }
    g.throughput(Throughput::Elements(1));
    g.bench_function("register", |bch| {
        let mut h = host();
        bch.iter(|| {
            let mut regs = MapGrantRef::to_regs(&MapReq {
                form: MapReqForm::Single {
                    dom: DOM1,
                    r#ref: 5,
                    flags: GntmapFlags::HOST_MAP,
                    host_addr: 0x100_0000,
                },
            })
            .unwrap();
            h.register_call(DOM2, &mut regs);
            let handle = regs.r11;
            let mut regs = UnmapGrantRef::to_regs(&UnmapReq {
                form: UnmapReqForm::Single {
                    host_addr: 0x100_0000,
                    dev_bus_addr: 0,
                    handle: handle as u32,
                },
            })
            .unwrap();
            h.register_call(DOM2, &mut regs);
            assert_eq!(regs.rax, 0);
        });
    });
    g.bench_function("backend-direct", |bch| {
        let mut h = host();
        let ctx = Ctx {
            domain: DOM2,
            via: Via::Kernel,
            seq: 0,
        };
        let es = entries(1);
        bch.iter(|| {
            let mut handle = 0;
            h.hv.map_grant_ref(
                &ctx,
                &MapReq {
                    form: MapReqForm::Batch {
                        mode: MapMode::INDEPENDENT,
                        entry: List::new(&es),
                    },
                },
                &mut |e| {
                    handle = e.handle.unwrap_or(0);
                    Ok(())
                },
            )
            .unwrap();
            let un = [UnmapEntry {
                host_addr: es[0].host_addr,
                dev_bus_addr: 0,
                handle,
            }];
            h.hv.unmap_grant_ref(
                &ctx,
                &UnmapReq {
                    form: UnmapReqForm::Batch {
                        mode: BatchMode::INDEPENDENT,
                        entry: List::new(&un),
                    },
                },
                &mut |_| Ok(()),
            )
            .unwrap();
        });
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
