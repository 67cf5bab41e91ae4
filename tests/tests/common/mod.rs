//! Test harness: the reference hypervisor with a control domain and two guests, each with
//! real guest memory; queues set up the way a guest does it (header page in its memory, then
//! `control.queue_setup` by register call); requests built with the generated types.
#![allow(dead_code)]

use std::collections::BTreeMap;
use std::ptr::NonNull;

use hvlink_codec::ring::QueueKind;
use hvlink_codec::{Builder, Message, MessageType, SliceSink};
use hvlink_guest::ring::raw::RawMem;
use hvlink_guest::ring::GuestQueue;
use hvlink_host::dispatch::RegOutcome;
use hvlink_host::server::{Config, Host, Turn};
use hvlink_proto::control::QueueSetup;
use hvlink_proto::rt::{AttrSet, FastAbi, Op, Regs};
use hvlink_refhv::{Clock, DomainConfig, Hypervisor};
use vm_memory::{GuestAddress, GuestMemoryBackend, GuestMemoryMmap};

pub const MIB: usize = 1 << 20;
pub const DOM0: u16 = 0;
pub const DOM1: u16 = 1;
pub const DOM2: u16 = 2;
/// Guest memory per domain.
pub const MEM: usize = 16 * MIB;

pub struct Vm {
    pub host: Host<Hypervisor, GuestMemoryMmap>,
    pub mem: BTreeMap<u16, GuestMemoryMmap>,
    next_gpa: BTreeMap<u16, u64>,
}

/// The guest's own view of `len` bytes of its memory at `gpa`.
pub fn raw(mem: &GuestMemoryMmap, gpa: u64, len: usize) -> RawMem {
    let p = mem.get_host_address(GuestAddress(gpa)).unwrap();
    // SAFETY: the mapping lives as long as `mem` (kept in the Vm for the whole test); the
    // host side reaches it only through vm-memory.
    unsafe { RawMem::new(NonNull::new(p).unwrap(), len) }
}

impl Vm {
    pub fn new(config: Config) -> Vm {
        let mut hv = Hypervisor::new(Clock::Virtual(1_000_000_000));
        let pages = (MEM / 4096) as u64;
        hv.create_domain(
            DOM0,
            DomainConfig {
                privileged: true,
                pages,
                ..Default::default()
            },
        )
        .unwrap();
        for d in [DOM1, DOM2] {
            hv.create_domain(
                d,
                DomainConfig {
                    pages,
                    ..Default::default()
                },
            )
            .unwrap();
        }
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

    /// A register call; panics if it blocks.
    pub fn regs(&mut self, dom: u16, regs: &mut Regs) {
        assert_eq!(self.host.register_call(dom, regs), RegOutcome::Done);
    }

    /// A queue of `dom` with rings of `size` bytes, set up by register call.
    pub fn queue(&mut self, dom: u16, id: u16, kind: QueueKind, size: u32) -> GuestQueue<RawMem> {
        let len = 4096 + 2 * size as usize;
        let gpa = *self.next_gpa.entry(dom).or_insert(8 * MIB as u64);
        self.next_gpa.insert(dom, gpa + len as u64);
        let r = raw(&self.mem[&dom], gpa, len);
        let q = GuestQueue::create(r, id, kind, size, size).unwrap();
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

    pub fn turn(&mut self) -> Turn {
        self.host.turn()
    }
}

/// A whole request message of op `O`.
pub fn request<O: Op>(seq: u32, req: &O::Request<'_>) -> Vec<u8> {
    let mut buf = vec![0u8; 65536];
    let mut b = Builder::new(SliceSink::new(&mut buf));
    let n = O::write_request(&mut b, seq, 0, req).unwrap();
    buf.truncate(n);
    buf
}

/// Send messages and submit (no doorbell needed: the test drives the host's turns).
pub fn send(q: &mut GuestQueue<RawMem>, msgs: &[Vec<u8>]) {
    for m in msgs {
        assert!(q.send(m).unwrap(), "request ring full");
    }
    q.submit(&|| {});
}

/// Every reply message waiting on `q`.
pub fn replies(q: &mut GuestQueue<RawMem>) -> Vec<Vec<u8>> {
    let mut out = Vec::new();
    let mut buf = vec![0u8; 65536];
    while let Some(n) = q.recv(&mut buf).unwrap() {
        out.push(buf[..n].to_vec());
    }
    q.release();
    out
}

/// Decode a family reply as `O`'s reply; panics on ERROR.
pub fn reply<'a, O: Op>(m: &'a [u8]) -> O::Reply<'a> {
    let msg = Message::parse(m).unwrap();
    assert_ne!(
        msg.message_type(),
        MessageType::ERROR,
        "expected a reply, got error {:?}",
        msg.error().map(|e| (e.status, e.ext.msg))
    );
    let (_, attrs) = msg.genl().unwrap();
    O::Reply::decode(attrs).unwrap()
}

/// The status of an ERROR message (0 = ACK), with its extack message and offset.
pub fn error_of(m: &[u8]) -> Option<(i32, Option<String>, Option<u32>)> {
    let msg = Message::parse(m).unwrap();
    if msg.message_type() != MessageType::ERROR {
        return None;
    }
    let e = msg.error().unwrap();
    Some((e.status, e.ext.msg.map(|s| s.to_string()), e.ext.offset))
}

pub fn seq_of(m: &[u8]) -> u32 {
    Message::parse(m).unwrap().header().seq
}

/// One request through the ring: send, one turn, the replies.
pub fn roundtrip(vm: &mut Vm, q: &mut GuestQueue<RawMem>, msg: Vec<u8>) -> Vec<Vec<u8>> {
    send(q, &[msg]);
    let mut out = Vec::new();
    for _ in 0..8 {
        vm.turn();
        out.extend(replies(q));
        if !out.is_empty() {
            break;
        }
    }
    out
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
