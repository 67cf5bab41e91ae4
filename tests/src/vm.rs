//! The host engine in this process over real guest memory: the reference hypervisor with a
//! control domain and two guests, each with its own guest memory; queues set up the way a
//! guest does it (header page in its memory, then `control.queue_setup` by register call).
//! The tests drive the host's turns themselves, so nothing here waits on a clock.

use std::collections::BTreeMap;

use hvlink_codec::ring::QueueKind;
use hvlink_deploy::mem::view;
use hvlink_guest::ring::raw::RawMem;
use hvlink_guest::ring::GuestQueue;
use hvlink_host::dispatch::RegOutcome;
use hvlink_host::server::{Config, Host, Turn};
use hvlink_proto::control::QueueSetup;
use hvlink_proto::event_channel::{
    AllocUnbound, AllocUnboundReq, BindInterdomain, BindInterdomainReq,
};
use hvlink_proto::rt::{FastAbi, Op, Regs};
use hvlink_refhv::{fixtures, DomainConfig, Hypervisor};
use vm_memory::{GuestAddress, GuestMemoryMmap};

use crate::msg::request;

pub use hvlink_refhv::fixtures::{DOM1, DOM2};
pub use hvlink_refhv::DOM0;

/// A mebibyte.
pub const MIB: usize = 1 << 20;
/// Guest memory per domain.
pub const MEM: usize = 16 * MIB;

/// A guest's queue, in its own memory.
pub type Queue = GuestQueue<RawMem>;

/// The reference hypervisor on a virtual clock at `now` with domains 0 (privileged), 1 and 2,
/// each of `pages` pages.
pub fn hypervisor(now: u64, pages: u64) -> Hypervisor {
    fixtures::with(
        now,
        DomainConfig {
            pages,
            ..fixtures::control()
        },
        &[DOM1, DOM2],
        DomainConfig {
            pages,
            ..DomainConfig::default()
        },
    )
}

/// The host and its domains' memory.
pub struct Vm {
    /// The host engine over the reference hypervisor.
    pub host: Host<Hypervisor, GuestMemoryMmap>,
    /// Each domain's guest memory.
    pub mem: BTreeMap<u16, GuestMemoryMmap>,
    next_gpa: BTreeMap<u16, u64>,
}

impl Vm {
    /// Domains 0 (privileged), 1 and 2 with [`MEM`] bytes each, on a virtual clock.
    pub fn new(config: Config) -> Vm {
        let hv = hypervisor(1_000_000_000, (MEM / 4096) as u64);
        let mut host = Host::new(hv, config);
        let mut mem = BTreeMap::new();
        for d in [DOM0, DOM1, DOM2] {
            let m = GuestMemoryMmap::from_ranges(&[(GuestAddress(0), MEM)]).unwrap();
            host.set_memory(d, m.clone());
            mem.insert(d, m);
        }
        Vm {
            host,
            mem,
            next_gpa: BTreeMap::new(),
        }
    }

    /// A default host and `dom`'s queue 1 of `kind`, with rings of `size` bytes.
    pub fn with_queue(dom: u16, kind: QueueKind, size: u32) -> (Vm, Queue) {
        let mut vm = Vm::new(Config::default());
        let q = vm.queue(dom, 1, kind, size);
        (vm, q)
    }

    /// [`Vm::new`] with a host that runs at most `budget` batch entries per queue and turn.
    pub fn with_budget(budget: u32) -> Vm {
        Vm::new(Config {
            budget,
            // Entry budgets only: these tests count turns, which a time slice (whose length
            // depends on the machine and the build) would make vary.
            slice: std::time::Duration::ZERO,
            ..Config::default()
        })
    }

    /// A register call; panics if it blocks.
    pub fn regs(&mut self, dom: u16, regs: &mut Regs) {
        assert_eq!(self.host.register_call(dom, regs), RegOutcome::Done);
    }

    /// A queue of `dom` with rings of `size` bytes, set up by register call.
    pub fn queue(&mut self, dom: u16, id: u16, kind: QueueKind, size: u32) -> Queue {
        self.queue_of(dom, id, kind, size, size)
    }

    /// [`queue`](Self::queue) with a request ring of `req` bytes and a reply ring of `rep`.
    pub fn queue_of(&mut self, dom: u16, id: u16, kind: QueueKind, req: u32, rep: u32) -> Queue {
        let len = 4096 + req as usize + rep as usize;
        let gpa = *self.next_gpa.entry(dom).or_insert(8 * MIB as u64);
        self.next_gpa.insert(dom, gpa + len as u64);
        let r = view(&self.mem[&dom], gpa, len).unwrap();
        let q = GuestQueue::create(r, id, kind, req, rep).unwrap();
        let mut regs = QueueSetup::to_regs(&hvlink_proto::control::QueueSetupReq {
            base_gpa: gpa,
            pages: q.pages() as u32,
            queue_id: id,
            kind: hvlink_proto::control::QueueKind(match kind {
                QueueKind::Kernel => 0,
                QueueKind::Userspace => 1,
            }),
            features: hvlink_proto::control::QueueFeatures(1),
            notify_port: 0,
        })
        .unwrap();
        self.regs(dom, &mut regs);
        assert_eq!(regs.rax, 0, "queue_setup failed: {}", regs.rax as i64);
        q
    }

    /// One turn of the host over every queue.
    pub fn turn(&mut self) -> Turn {
        self.host.turn()
    }

    /// A request of op `O` on `q` and its replies ([`roundtrip`]).
    pub fn call<O: Op>(&mut self, q: &mut Queue, seq: u32, req: &O::Request<'_>) -> Vec<Vec<u8>> {
        roundtrip(self, q, request::<O>(seq, req))
    }
}

/// Send messages and submit (no doorbell needed: the test drives the host's turns).
pub fn send(q: &mut Queue, msgs: &[Vec<u8>]) {
    for m in msgs {
        assert!(q.send(m).unwrap(), "request ring full");
    }
    q.submit(&|| {});
}

/// Every reply message waiting on `q`.
pub fn replies(q: &mut Queue) -> Vec<Vec<u8>> {
    let mut out = Vec::new();
    let mut buf = vec![0u8; 65536];
    while let Some(n) = q.recv(&mut buf).unwrap() {
        out.push(buf[..n].to_vec());
    }
    q.release();
    out
}

/// Host turns, at most `max`, until the replies collected from `q` satisfy `enough`.
pub fn turns_until(
    vm: &mut Vm,
    q: &mut Queue,
    max: usize,
    enough: impl Fn(&[Vec<u8>]) -> bool,
) -> Vec<Vec<u8>> {
    let mut out = Vec::new();
    for _ in 0..max {
        vm.turn();
        out.extend(replies(q));
        if enough(&out) {
            break;
        }
    }
    out
}

/// One request through the ring: send, turns until a reply (eight at most), the replies.
pub fn roundtrip(vm: &mut Vm, q: &mut Queue, msg: Vec<u8>) -> Vec<Vec<u8>> {
    send(q, &[msg]);
    turns_until(vm, q, 8, |out| !out.is_empty())
}

/// A register call of op `O` from `dom`: its reply or the errno.
pub fn regcall<O: FastAbi>(
    vm: &mut Vm,
    dom: u16,
    req: &O::Request<'_>,
) -> Result<O::Reply<'static>, i64> {
    let mut regs = O::to_regs(req).unwrap();
    vm.regs(dom, &mut regs);
    if regs.rax != 0 {
        return Err(regs.rax as i64);
    }
    Ok(O::reply_from_regs(&regs).unwrap())
}

/// An unbound event channel port of `dom` that `remote` may bind (by register call).
pub fn alloc_unbound(vm: &mut Vm, dom: u16, remote: u16) -> u32 {
    let req = AllocUnboundReq {
        dom: 0x7FF0,
        remote_dom: remote,
    };
    regcall::<AllocUnbound>(vm, dom, &req).unwrap().port
}

/// `dom`'s end of `remote`'s port `port` (by register call): its local port.
pub fn bind_interdomain(vm: &mut Vm, dom: u16, remote: u16, port: u32) -> u32 {
    let req = BindInterdomainReq {
        remote_dom: remote,
        remote_port: port,
    };
    regcall::<BindInterdomain>(vm, dom, &req)
        .unwrap()
        .local_port
}
