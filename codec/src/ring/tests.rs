use super::*;
use alloc::sync::Arc;
use core::sync::atomic::Ordering;

const SIZE: u32 = 256;

fn queue() -> (HeapMem, QueueLayout) {
    let l = QueueLayout::new(3, QueueKind::Kernel, SIZE, SIZE).unwrap();
    let mem = HeapMem::new(l.total_len());
    l.init(&mem);
    (mem, l)
}

use crate::testing::message as msg;

type Mem = Arc<HeapMem>;

/// Both ends of the request ring of a fresh queue.
fn ends() -> (Mem, QueueLayout, Producer<Mem>, Consumer<Mem>) {
    let (mem, l) = queue();
    let mem = Arc::new(mem);
    let p = Producer::new(mem.clone(), l.req);
    let c = Consumer::new(mem.clone(), l.req);
    (mem, l, p, c)
}

/// Push and publish messages `seqs` of `len` bytes.
fn publish(p: &mut Producer<impl SharedMem>, seqs: core::ops::Range<u32>, len: usize) {
    for s in seqs {
        assert!(p.push(&msg(s, len)).unwrap());
    }
    p.publish();
}

#[test]
fn layout_round_trip_and_validation() {
    let (mem, l) = queue();
    assert_eq!(QueueLayout::read(&mem).unwrap(), l);
    assert_eq!(l.total_len(), 4096 + 512);
    assert!(QueueLayout::new(0, QueueKind::Kernel, 100, 256).is_err());
    assert!(QueueLayout::new(0, QueueKind::Kernel, 128, 256).is_err());
    // A guest that lies about its sizes after set-up is caught at attach.
    mem.store_u32(field::REP_SIZE, 1 << 20, Ordering::Relaxed);
    assert_eq!(
        QueueLayout::read(&mem).unwrap_err().msg,
        "ring data runs past the shared memory"
    );
    mem.store_u32(field::REP_SIZE, SIZE, Ordering::Relaxed);
    mem.store_u32(field::REP_OFFSET, 4096 + 128, Ordering::Relaxed);
    assert_eq!(
        QueueLayout::read(&mem).unwrap_err().msg,
        "request and reply areas overlap"
    );
    mem.store_u32(field::MAGIC, 0, Ordering::Relaxed);
    assert!(QueueLayout::read(&mem).is_err());
    assert!(QueueLayout::read(&HeapMem::new(64)).is_err());
}

#[test]
fn messages_arrive_in_order_across_wraps() {
    let (_, _, mut p, mut c) = ends();
    let mut buf = [0u8; 1024];
    // 44-byte messages: every few rounds the tail needs NOOP padding or implicit padding.
    for seq in 0..200u32 {
        let m = msg(seq, 20 + (seq as usize % 7) * 4);
        assert!(p.push(&m).unwrap());
        p.publish();
        let n = c.pop(&mut buf).unwrap().unwrap();
        assert_eq!(&buf[..n], &m[..]);
        c.release();
        assert_eq!(c.pop(&mut buf).unwrap(), None);
    }
    assert!(p.fault().is_none() && c.fault().is_none());
}

#[test]
fn full_ring_pushes_back_and_nothing_is_lost() {
    let (_, _, mut p, mut c) = ends();
    let m = msg(1, 64);
    let mut pushed = 0;
    while p.push(&m).unwrap() {
        pushed += 1;
    }
    assert_eq!(pushed, 4, "256-byte ring holds four 64-byte messages");
    p.publish();
    let mut buf = [0u8; 128];
    assert!(c.pop(&mut buf).unwrap().is_some());
    // Not released yet: the producer still sees a full ring.
    assert!(!p.push(&m).unwrap());
    c.release();
    assert!(p.push(&m).unwrap());
    p.publish();
    let mut got = 1;
    while c.pop(&mut buf).unwrap().is_some() {
        got += 1;
    }
    assert_eq!(got, 5);
}

#[test]
fn peek_then_advance() {
    let (_, _, mut p, mut c) = ends();
    publish(&mut p, 1..3, 20);
    let mut buf = [0u8; 64];
    c.peek(&mut buf).unwrap();
    assert_eq!(buf[8], 1);
    c.peek(&mut buf).unwrap();
    assert_eq!(buf[8], 1, "peek does not consume");
    c.advance();
    c.pop(&mut buf).unwrap();
    assert_eq!(buf[8], 2);
}

#[test]
fn notification_only_when_asked() {
    let (mem, l, mut p, mut c) = ends();
    p.push(&msg(1, 20)).unwrap();
    assert!(!p.publish(), "consumer did not ask");
    let mut buf = [0u8; 64];
    c.pop(&mut buf).unwrap();
    assert!(!c.prepare_park().unwrap(), "nothing new: may park");
    p.push(&msg(2, 20)).unwrap();
    assert!(p.publish(), "consumer asked: kick");
    c.cancel_park();
    p.push(&msg(3, 20)).unwrap();
    assert!(!p.publish());
    // Work published between announce and park is seen by the re-check.
    assert!(c.prepare_park().unwrap());
    assert_eq!(
        mem.load_u32(l.req.need_notify, Ordering::Relaxed) & 1,
        0,
        "awake again"
    );
    // One kick per announcement, however often the producer publishes meanwhile.
    c.pop(&mut buf).unwrap();
    c.pop(&mut buf).unwrap();
    assert!(!c.prepare_park().unwrap());
    p.push(&msg(4, 20)).unwrap();
    assert!(p.publish());
    p.push(&msg(5, 20)).unwrap();
    assert!(!p.publish(), "already kicked for this announcement");
    c.cancel_park();
    c.pop(&mut buf).unwrap();
    c.pop(&mut buf).unwrap();
    assert!(!c.prepare_park().unwrap());
    p.push(&msg(6, 20)).unwrap();
    assert!(p.publish(), "a new announcement gets a new kick");
    // A restarted consumer continues the sequence: the producer still kicks for it.
    let mut c2 = Consumer::new(&mem, l.req);
    c2.pop(&mut buf).unwrap();
    assert!(!c2.prepare_park().unwrap());
    p.push(&msg(7, 20)).unwrap();
    assert!(p.publish());
}

#[test]
fn reattach_resumes_from_shared_indices() {
    let (mem, l) = queue();
    let mut p = Producer::new(&mem, l.req);
    publish(&mut p, 0..3, 20);
    let mut buf = [0u8; 64];
    {
        let mut c = Consumer::new(&mem, l.req);
        c.pop(&mut buf).unwrap();
        c.release();
        c.pop(&mut buf).unwrap(); // consumed but not released: redelivered after restart
    }
    let mut c = Consumer::new(&mem, l.req);
    c.pop(&mut buf).unwrap();
    assert_eq!(buf[8], 1);
    let mut p2 = Producer::new(&mem, l.req);
    p2.push(&msg(9, 20)).unwrap();
    p2.publish();
    c.pop(&mut buf).unwrap();
    assert_eq!(buf[8], 2);
    c.pop(&mut buf).unwrap();
    assert_eq!(buf[8], 9);
}

fn hostile(setup: impl FnOnce(&HeapMem, &QueueLayout)) -> Fault {
    let (mem, l) = queue();
    setup(&mem, &l);
    let mut c = Consumer::new(&mem, l.req);
    let mut buf = [0u8; 1024];
    let f = c.pop(&mut buf).unwrap_err();
    // Sticky.
    assert_eq!(c.pop(&mut buf).unwrap_err(), f);
    assert_eq!(c.has_work().unwrap_err(), f);
    f
}

#[test]
fn hostile_producer_indices_and_lengths() {
    let f = hostile(|m, l| m.store_u32(l.req.prod, SIZE + 4, Ordering::Release));
    assert_eq!(f.msg, "producer index out of range");
    let f = hostile(|m, l| m.store_u32(l.req.prod, 6, Ordering::Release));
    assert_eq!(f.msg, "producer index out of range");
    let f = hostile(|m, l| m.store_u32(l.req.prod, 8, Ordering::Release));
    assert_eq!(f.msg, "producer published part of a message header");
    let f = hostile(|m, l| {
        m.write(l.req.data, &msg(1, 20)[..16]);
        m.write(l.req.data, &8u32.to_le_bytes());
        m.store_u32(l.req.prod, 16, Ordering::Release);
    });
    assert_eq!(f.msg, "message length smaller than its header");
    let f = hostile(|m, l| {
        m.write(l.req.data, &msg(1, 20));
        m.store_u32(l.req.prod, 16, Ordering::Release);
    });
    assert_eq!(f.msg, "message runs past the producer index");
    let f = hostile(|m, l| {
        m.write(l.req.data, &msg(1, 20));
        m.write(l.req.data, &(SIZE + 16).to_le_bytes());
        m.store_u32(l.req.prod, SIZE, Ordering::Release);
    });
    assert_eq!(f.msg, "message runs past the end of the ring area");
    let f = hostile(|m, l| {
        m.store_u32(l.req.cons, SIZE - 8, Ordering::Release);
        m.store_u32(l.req.prod, SIZE - 4, Ordering::Release);
    });
    assert_eq!(f.msg, "producer published part of the tail padding");
}

#[test]
fn producer_moving_backwards_is_a_fault() {
    let (mem, l, mut p, mut c) = ends();
    publish(&mut p, 1..3, 20);
    let mut buf = [0u8; 64];
    c.pop(&mut buf).unwrap();
    c.pop(&mut buf).unwrap();
    mem.store_u32(l.req.prod, 24, Ordering::Release);
    assert_eq!(
        c.pop(&mut buf).unwrap_err().msg,
        "producer index out of range"
    );
}

#[test]
fn hostile_consumer_index_is_caught_by_producer() {
    let (mem, l) = queue();
    let mut p = Producer::new(&mem, l.req);
    publish(&mut p, 1..2, 64);
    // Claims to have consumed more than was published.
    mem.store_u32(l.req.cons, 128, Ordering::Release);
    assert_eq!(p.free().unwrap_err().msg, "consumer index out of range");
    assert!(p.push(&msg(2, 20)).is_err(), "sticky");
    // Garbage indices at attach.
    mem.store_u32(l.req.cons, 3, Ordering::Relaxed);
    assert!(Producer::new(&mem, l.req).fault().is_some());
}

#[test]
fn bad_reservations_are_refused() {
    let (mem, l) = queue();
    let mut p = Producer::new(&mem, l.req);
    assert!(p.reserve(8).is_err());
    assert!(p.reserve(SIZE as usize).is_err());
    assert!(p.reserve(SIZE as usize / 2).unwrap().is_some());
}

#[test]
fn fault_status_in_header() {
    let (mem, _) = queue();
    assert_eq!(QueueLayout::status(&mem), (0, 0));
    QueueLayout::set_fault(&mem, &Fault { at: 40, msg: "x" });
    assert_eq!(QueueLayout::status(&mem), (FAULT_ERRNO, 40));
}

#[test]
fn small_caller_buffer_is_not_a_fault() {
    let (_, _, mut p, mut c) = ends();
    publish(&mut p, 1..2, 64);
    assert!(c.pop(&mut [0u8; 32]).is_err());
    assert!(c.fault().is_none());
    assert_eq!(c.pop(&mut [0u8; 64]).unwrap(), Some(64));
}

#[test]
fn huge_noop_length_is_a_fault_not_a_loop() {
    // len = 0xffffffff rounds up to 0 in u32 arithmetic; as a NOOP it would never advance.
    let f = hostile(|m, l| {
        let mut noop = [0u8; 16];
        noop[0..4].copy_from_slice(&u32::MAX.to_le_bytes());
        noop[4..6].copy_from_slice(&1u16.to_le_bytes());
        m.write(l.req.data, &noop);
        m.store_u32(l.req.prod, 32, Ordering::Release);
    });
    assert_eq!(f.msg, "message runs past the end of the ring area");
}

#[test]
fn a_message_pushed_in_pieces_arrives_whole_and_only_once_published() {
    let (_, _, mut p, mut c) = ends();
    let mut buf = [0u8; 256];
    // Across wraps (the 58-byte message is padded to 60: tail padding now and then), in
    // pieces of 16 bytes, with the consumer looking between the pieces.
    for seq in 0..40u32 {
        let m = msg(seq, 58);
        let mut between = 0;
        let mut seen_early = false;
        {
            let c = &mut c;
            let mut look = || {
                between += 1;
                seen_early |= c.peek(&mut [0u8; 256]).unwrap().is_some();
            };
            assert!(p.push_in_pieces(&m, 16, &mut look).unwrap());
        }
        assert_eq!(
            between, 3,
            "called between the four pieces, not after the last"
        );
        assert!(!seen_early, "visible before it was published");
        p.publish();
        let n = c.pop(&mut buf).unwrap().unwrap();
        assert_eq!(&buf[..n], &m[..]);
        c.release();
    }
    // A full ring: refused whole, nothing written, `between` never called.
    let m = msg(99, 64);
    while p.push(&m).unwrap() {}
    let mut called = false;
    assert!(!p.push_in_pieces(&m, 16, &mut || called = true).unwrap());
    assert!(!called);
    assert!(p.fault().is_none() && c.fault().is_none());
}

#[test]
fn a_message_pushed_from_parts_arrives_as_their_concatenation() {
    let (_, _, mut p, mut c) = ends();
    let mut buf = [0u8; 256];
    for seq in 0..40u32 {
        // A 20-byte head and a 38-byte body (58 bytes, padded to 60), across wraps.
        let m = msg(seq, 58);
        let (head, body) = m.split_at(20);
        let mut between = 0;
        assert!(p
            .push_parts_in_pieces(&[head, body], 16, &mut || between += 1)
            .unwrap());
        // Pieces never span parts: 16 + 4 of the head, 16 + 16 + 6 of the body.
        assert_eq!(
            between, 4,
            "called between the five pieces, not after the last"
        );
        p.publish();
        let n = c.pop(&mut buf).unwrap().unwrap();
        assert_eq!(&buf[..n], &m[..]);
        c.release();
    }
    // Empty parts add nothing and call nothing.
    let m = msg(7, 24);
    let mut between = 0;
    assert!(p
        .push_parts_in_pieces(&[&[], &m, &[]], 64, &mut || between += 1)
        .unwrap());
    assert_eq!(between, 0);
    p.publish();
    let n = c.pop(&mut buf).unwrap().unwrap();
    assert_eq!(&buf[..n], &m[..]);
}

use super::consumer::LOOKAHEAD;
use super::producer::GATHER;
use crate::header::align;

/// Shared memory that records every range copied out of it or into it.
struct Watched {
    mem: HeapMem,
    reads: core::cell::RefCell<Vec<(usize, usize)>>,
    writes: core::cell::RefCell<Vec<(usize, usize)>>,
}

impl SharedMem for Watched {
    fn len(&self) -> usize {
        self.mem.len()
    }
    fn load_u32(&self, off: usize, order: Ordering) -> u32 {
        self.mem.load_u32(off, order)
    }
    fn store_u32(&self, off: usize, val: u32, order: Ordering) {
        self.mem.store_u32(off, val, order)
    }
    fn read(&self, off: usize, dst: &mut [u8]) {
        self.reads.borrow_mut().push((off, dst.len()));
        self.mem.read(off, dst)
    }
    fn write(&self, off: usize, src: &[u8]) {
        self.writes.borrow_mut().push((off, src.len()));
        self.mem.write(off, src)
    }
}

/// A watched queue with 4 KiB rings, and its request ring.
fn watched() -> (Watched, RingLayout) {
    let l = QueueLayout::new(3, QueueKind::Kernel, 4096, 4096).unwrap();
    let w = Watched {
        mem: HeapMem::new(l.total_len()),
        reads: Default::default(),
        writes: Default::default(),
    };
    l.init(&w.mem);
    (w, l.req)
}

/// Ranges of `ranges` that overlap `[at, at + len)`.
fn overlapping(ranges: &[(usize, usize)], at: usize, len: usize) -> usize {
    ranges
        .iter()
        .filter(|&&(o, n)| o < at + len && at < o + n)
        .count()
}

#[test]
fn a_peek_copies_only_published_bytes_and_a_small_message_in_one_read() {
    let (w, ring) = watched();
    let (mut p, mut c) = (Producer::new(&w, ring), Consumer::new(&w, ring));
    let mut buf = vec![0u8; crate::limits::MAX_MESSAGE_LEN];
    for round in 0..300u32 {
        // One to three messages of 16 to 715 bytes: on both sides of the lookahead, and
        // across the ring's wrap (with NOOP or implicit padding before some).
        let msgs: Vec<Vec<u8>> = (0..1 + round % 3)
            .map(|i| msg(round * 4 + i, 16 + ((round * 37 + i * 101) % 700) as usize))
            .collect();
        let cons = w.load_u32(ring.cons, Ordering::Relaxed);
        for m in &msgs {
            assert!(p.push(m).unwrap());
        }
        p.publish();
        let prod = w.load_u32(ring.prod, Ordering::Relaxed);
        for m in &msgs {
            w.reads.borrow_mut().clear();
            let n = c.pop(&mut buf).unwrap().unwrap();
            assert_eq!(&buf[..n], &m[..]);
            let reads = w.reads.take();
            for &(off, len) in &reads {
                for o in off..off + len {
                    assert!(o >= ring.data && o < ring.data + ring.size as usize);
                    let at = (o - ring.data) as u32;
                    assert!(
                        at.wrapping_sub(ring.pos(cons)) % ring.size < prod.wrapping_sub(cons),
                        "round {round}: read byte {at} of the ring, published are {cons}..{prod}"
                    );
                }
            }
            // The message's own copy: at its position, found from where it ended.
            c.release();
            let end = ring.data + ring.pos(w.load_u32(ring.cons, Ordering::Relaxed)) as usize;
            let end = if end == ring.data {
                ring.data + ring.size as usize
            } else {
                end
            };
            let at = end - align(m.len());
            let copies = overlapping(&reads, at, m.len());
            assert_eq!(
                copies,
                if m.len() <= LOOKAHEAD { 1 } else { 2 },
                "len {}",
                m.len()
            );
        }
    }
    assert!(p.fault().is_none() && c.fault().is_none());
}

#[test]
fn a_small_message_is_written_with_its_padding_in_one_write() {
    let (w, ring) = watched();
    let (mut p, mut c) = (Producer::new(&w, ring), Consumer::new(&w, ring));
    let mut buf = vec![0u8; crate::limits::MAX_MESSAGE_LEN];
    // Ones where the padding goes, so that its zeros are seen written.
    for at in 0..ring.size as usize {
        w.mem.write(ring.data + at, &[0xff]);
    }
    for round in 0..200u32 {
        let len = 241 + (round as usize % 30); // 241..=270: around the gather limit
        let m = msg(round, len);
        w.writes.borrow_mut().clear();
        let padded = usize::from(len % 4 != 0);
        let small = align(len) <= GATHER;
        // Writes of the message and its padding: one when small (gathered), else each part
        // and then the padding; in pieces of 100 bytes, each piece and then the padding.
        let expected = match round % 3 {
            0 => {
                assert!(p.push(&m).unwrap());
                if small {
                    1
                } else {
                    1 + padded
                }
            }
            1 => {
                let (head, body) = m.split_at(20);
                assert!(p
                    .push_parts_in_pieces(&[head, body], 4096, &mut || {})
                    .unwrap());
                if small {
                    1
                } else {
                    2 + padded
                }
            }
            _ => {
                let (head, body) = m.split_at(20);
                assert!(p
                    .push_parts_in_pieces(&[head, body], 100, &mut || {})
                    .unwrap());
                1 + body.len().div_ceil(100) + padded
            }
        };
        let end = ring.data + ring.pos(p.position()) as usize;
        let end = if end == ring.data {
            ring.data + ring.size as usize
        } else {
            end
        };
        let at = end - align(len);
        let writes = w.writes.take();
        assert_eq!(overlapping(&writes, at, align(len)), expected, "len {len}");
        let mut pad = [0xaau8; 3];
        w.mem.read(at + len, &mut pad[..align(len) - len]);
        assert!(pad[..align(len) - len].iter().all(|&b| b == 0), "len {len}");
        p.publish();
        let n = c.pop(&mut buf).unwrap().unwrap();
        assert_eq!(&buf[..n], &m[..]);
        c.release();
    }
}
