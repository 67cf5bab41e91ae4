/*
 * hvlink_ring.h - the guest end of an hvlink queue in C (docs/PROTOCOL.md section 9): the
 * queue layout, the request producer (NOOP tail padding, batched publish, event
 * suppression), the reply consumer (copy-once, every index and length checked, sticky
 * faults) and the park announcement.
 *
 * Hand-written, not spec-derived: the layout is fixed by PROTOCOL section 9. It is the C twin
 * of hvlink_codec::ring::{Producer, Consumer, QueueLayout} as hvlink_guest::ring uses them,
 * with the same memory ordering; each fence and each ordered access below says which
 * access of the host it pairs with. Atomics are the GCC/Clang __atomic builtins (C99, C11
 * and C++ alike).
 *
 * Contract:
 *  - freestanding: <stdint.h>, <stddef.h>, <stdbool.h> and compiler builtins; no libc, no
 *    allocation, no global state; the caller owns struct hvlink_queue (private memory) and
 *    the queue pages (shared with the host);
 *  - the host is untrusted: every index read from shared memory is checked before use,
 *    message bytes are copied exactly once (volatile) into the caller's private buffer and
 *    checked there; any violation makes that side faulted for good (the functions then
 *    return HVLINK_RING_FAULT) and is never an access outside the queue;
 *  - every loop is bounded: hvlink_queue_recv skips at most `max_skip` bytes of padding per
 *    call (each piece counted at least HVLINK_RING_PADDING_COST), so a host that republishes
 *    padding forever cannot hold the guest.
 */
#ifndef HVLINK_RING_H
#define HVLINK_RING_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define HVLINK_RING_MAGIC 0x514c5648u /* "HVLQ" */
#define HVLINK_RING_VERSION 1u
#define HVLINK_RING_HEADER_PAGE 4096u
#define HVLINK_RING_MIN_SIZE 256u
#define HVLINK_RING_MAX_SIZE (1u << 24)
#define HVLINK_RING_MIN_MESSAGE 16u
#define HVLINK_RING_MAX_MESSAGE 65536u
#define HVLINK_RING_PADDING_COST 256u
#define HVLINK_RING_FAULT_ERRNO (-71) /* EPROTO in the header's status word */

/* Header page offsets. */
#define HVLINK_RING_F_MAGIC 0x00u
#define HVLINK_RING_F_VERSION 0x04u
#define HVLINK_RING_F_FEATURES 0x08u
#define HVLINK_RING_F_ID_KIND 0x0cu /* id | kind << 16 */
#define HVLINK_RING_F_REQ_OFFSET 0x10u
#define HVLINK_RING_F_REQ_SIZE 0x14u
#define HVLINK_RING_F_REP_OFFSET 0x18u
#define HVLINK_RING_F_REP_SIZE 0x1cu
#define HVLINK_RING_F_STATUS 0x20u
#define HVLINK_RING_F_FAULT_AT 0x24u
#define HVLINK_RING_F_REQ_PROD 0x40u
#define HVLINK_RING_F_REQ_CONS 0x80u
#define HVLINK_RING_F_REQ_NEED_KICK 0xc0u
#define HVLINK_RING_F_REP_PROD 0x100u
#define HVLINK_RING_F_REP_CONS 0x140u
#define HVLINK_RING_F_REP_NEED_INTR 0x180u

#define HVLINK_QUEUE_KERNEL 0u
#define HVLINK_QUEUE_USERSPACE 1u

/* Return values besides lengths. */
#define HVLINK_RING_FULL 0
#define HVLINK_RING_FAULT (-71)
#define HVLINK_RING_BAD_ARG (-22)

/* One ring: offsets from the queue base. */
struct hvlink_ring_layout {
    uint32_t data;
    uint32_t size;
    uint32_t prod;
    uint32_t cons;
    uint32_t notify;
};

/* The guest's private state of one queue. */
struct hvlink_queue {
    uint8_t *base;
    size_t len;
    struct hvlink_ring_layout req, rep;
    uint16_t id;
    uint8_t kind;
    /* Request producer: next byte (with committed, unpublished ones), last published index,
     * consumer index as last read, pending tail padding, the announcement last kicked for. */
    uint32_t p_tail, p_published, p_head, p_pad, p_kicked;
    uint32_t p_reserved; /* bytes the last reserve took (what a commit may account, at most) */
    /* Reply consumer: next byte, last released index, producer index as last read
     * (validated), bytes of the peeked message, our notification word. */
    uint32_t c_head, c_released, c_tail, c_peeked, c_word;
    /* Sticky faults: where (ring index) and why. */
    bool p_faulted, c_faulted;
    uint32_t p_fault_at, c_fault_at;
    const char *p_fault, *c_fault;
    uint64_t kicks;
};

/* Shared-memory accessors. Index words are only ever accessed atomically; message bytes are
 * copied with volatile accesses (the host may write them at any time: a racing write can
 * change what we read, never where or how much). */
static inline uint32_t *hvlink__ring_word(const struct hvlink_queue *q, uint32_t off)
{
    return (uint32_t *)(void *)(q->base + off);
}

static inline void hvlink__ring_read(const struct hvlink_queue *q, uint32_t off, uint8_t *dst,
                                     size_t n)
{
    const volatile uint8_t *src = (const volatile uint8_t *)(q->base + off);
    size_t i;
    for (i = 0; i < n; i++)
        dst[i] = src[i];
}

static inline void hvlink__ring_write(const struct hvlink_queue *q, uint32_t off,
                                      const uint8_t *src, size_t n)
{
    volatile uint8_t *dst = (volatile uint8_t *)(q->base + off);
    size_t i;
    for (i = 0; i < n; i++)
        dst[i] = src[i];
}

static inline bool hvlink__ring_size_ok(uint32_t s)
{
    return s >= HVLINK_RING_MIN_SIZE && s <= HVLINK_RING_MAX_SIZE && (s & (s - 1)) == 0;
}

/* Lay out a fresh queue in `len` bytes at `base` (4-byte aligned; header page, then the
 * request area of req_size and the reply area of rep_size bytes, powers of two from 256 B to
 * 16 MiB) and write its header page. The host is then told with control.queue_setup (base,
 * pages = hvlink_queue_pages(q), id, kind). Returns 0 or HVLINK_RING_BAD_ARG. */
static inline int hvlink_queue_create(struct hvlink_queue *q, void *base, size_t len, uint16_t id,
                                      uint8_t kind, uint32_t req_size, uint32_t rep_size)
{
    uint32_t i;
    static const uint32_t zero_words[] = {
        HVLINK_RING_F_STATUS,   HVLINK_RING_F_FAULT_AT, HVLINK_RING_F_REQ_PROD,
        HVLINK_RING_F_REQ_CONS, HVLINK_RING_F_REQ_NEED_KICK, HVLINK_RING_F_REP_PROD,
        HVLINK_RING_F_REP_CONS, HVLINK_RING_F_REP_NEED_INTR,
    };
    if (!hvlink__ring_size_ok(req_size) || !hvlink__ring_size_ok(rep_size) || kind > 1 ||
        ((uintptr_t)base & 3u) != 0)
        return HVLINK_RING_BAD_ARG;
    if ((uint64_t)HVLINK_RING_HEADER_PAGE + req_size + rep_size > len)
        return HVLINK_RING_BAD_ARG;
    q->base = (uint8_t *)base;
    q->len = len;
    q->id = id;
    q->kind = kind;
    q->req.data = HVLINK_RING_HEADER_PAGE;
    q->req.size = req_size;
    q->req.prod = HVLINK_RING_F_REQ_PROD;
    q->req.cons = HVLINK_RING_F_REQ_CONS;
    q->req.notify = HVLINK_RING_F_REQ_NEED_KICK;
    q->rep.data = HVLINK_RING_HEADER_PAGE + req_size;
    q->rep.size = rep_size;
    q->rep.prod = HVLINK_RING_F_REP_PROD;
    q->rep.cons = HVLINK_RING_F_REP_CONS;
    q->rep.notify = HVLINK_RING_F_REP_NEED_INTR;
    /* The configuration words: relaxed, ordered before the host can look by the magic's
     * Release store below. */
    __atomic_store_n(hvlink__ring_word(q, HVLINK_RING_F_VERSION), HVLINK_RING_VERSION,
                     __ATOMIC_RELAXED);
    __atomic_store_n(hvlink__ring_word(q, HVLINK_RING_F_FEATURES), 0u, __ATOMIC_RELAXED);
    __atomic_store_n(hvlink__ring_word(q, HVLINK_RING_F_ID_KIND),
                     (uint32_t)id | ((uint32_t)kind << 16), __ATOMIC_RELAXED);
    __atomic_store_n(hvlink__ring_word(q, HVLINK_RING_F_REQ_OFFSET), q->req.data,
                     __ATOMIC_RELAXED);
    __atomic_store_n(hvlink__ring_word(q, HVLINK_RING_F_REQ_SIZE), req_size, __ATOMIC_RELAXED);
    __atomic_store_n(hvlink__ring_word(q, HVLINK_RING_F_REP_OFFSET), q->rep.data,
                     __ATOMIC_RELAXED);
    __atomic_store_n(hvlink__ring_word(q, HVLINK_RING_F_REP_SIZE), rep_size, __ATOMIC_RELAXED);
    for (i = 0; i < sizeof(zero_words) / sizeof(zero_words[0]); i++)
        __atomic_store_n(hvlink__ring_word(q, zero_words[i]), 0u, __ATOMIC_RELAXED);
    /* Magic last, with Release: pairs with the host's Acquire load of the magic when it
     * attaches (QueueLayout::read), so a host that sees the magic sees the whole header. */
    __atomic_store_n(hvlink__ring_word(q, HVLINK_RING_F_MAGIC), HVLINK_RING_MAGIC,
                     __ATOMIC_RELEASE);
    q->p_tail = q->p_published = q->p_head = q->p_pad = q->p_kicked = 0;
    q->p_reserved = 0;
    q->c_head = q->c_released = q->c_tail = q->c_peeked = q->c_word = 0;
    q->p_faulted = q->c_faulted = false;
    q->p_fault_at = q->c_fault_at = 0;
    q->p_fault = q->c_fault = (const char *)0;
    q->kicks = 0;
    return 0;
}

/* Re-open a queue whose header page is already set up (after this side restarted,
 * PROTOCOL 9.5): the layout is read and checked as the host does (magic, version, kind,
 * sizes, offsets, fits in len), and both ends resume from the indices in shared memory,
 * checked as at run time (the producer's: consistent and 4-aligned; the consumer's:
 * 4-aligned) - a violation leaves that side faulted. Returns 0 or HVLINK_RING_BAD_ARG. */
static inline int hvlink_queue_open(struct hvlink_queue *q, void *base, size_t len)
{
    uint32_t req_off, req_size, rep_off, rep_size, id_kind, kind;
    uint64_t req_end, rep_end;
    q->base = (uint8_t *)base;
    q->len = len;
    if (len < HVLINK_RING_HEADER_PAGE || ((uintptr_t)base & 3u) != 0)
        return HVLINK_RING_BAD_ARG;
    /* Acquire: pairs with the Release store of the magic by whoever wrote the header. */
    if (__atomic_load_n(hvlink__ring_word(q, HVLINK_RING_F_MAGIC), __ATOMIC_ACQUIRE) !=
        HVLINK_RING_MAGIC)
        return HVLINK_RING_BAD_ARG;
    /* Relaxed: ordered by the magic's Acquire above. */
    if ((__atomic_load_n(hvlink__ring_word(q, HVLINK_RING_F_VERSION), __ATOMIC_RELAXED) &
         0xffffu) != HVLINK_RING_VERSION)
        return HVLINK_RING_BAD_ARG;
    id_kind = __atomic_load_n(hvlink__ring_word(q, HVLINK_RING_F_ID_KIND), __ATOMIC_RELAXED);
    kind = id_kind >> 16;
    req_off = __atomic_load_n(hvlink__ring_word(q, HVLINK_RING_F_REQ_OFFSET), __ATOMIC_RELAXED);
    req_size = __atomic_load_n(hvlink__ring_word(q, HVLINK_RING_F_REQ_SIZE), __ATOMIC_RELAXED);
    rep_off = __atomic_load_n(hvlink__ring_word(q, HVLINK_RING_F_REP_OFFSET), __ATOMIC_RELAXED);
    rep_size = __atomic_load_n(hvlink__ring_word(q, HVLINK_RING_F_REP_SIZE), __ATOMIC_RELAXED);
    req_end = (uint64_t)req_off + req_size;
    rep_end = (uint64_t)rep_off + rep_size;
    if (kind > 1 || !hvlink__ring_size_ok(req_size) || !hvlink__ring_size_ok(rep_size) ||
        req_off < HVLINK_RING_HEADER_PAGE || rep_off < HVLINK_RING_HEADER_PAGE ||
        (req_off & 3u) != 0 || (rep_off & 3u) != 0 || (req_off < rep_end && rep_off < req_end) ||
        req_end > len || rep_end > len)
        return HVLINK_RING_BAD_ARG;
    q->id = (uint16_t)id_kind;
    q->kind = (uint8_t)kind;
    q->req.data = req_off;
    q->req.size = req_size;
    q->req.prod = HVLINK_RING_F_REQ_PROD;
    q->req.cons = HVLINK_RING_F_REQ_CONS;
    q->req.notify = HVLINK_RING_F_REQ_NEED_KICK;
    q->rep.data = rep_off;
    q->rep.size = rep_size;
    q->rep.prod = HVLINK_RING_F_REP_PROD;
    q->rep.cons = HVLINK_RING_F_REP_CONS;
    q->rep.notify = HVLINK_RING_F_REP_NEED_INTR;
    q->p_faulted = q->c_faulted = false;
    q->p_fault_at = q->c_fault_at = 0;
    q->p_fault = q->c_fault = (const char *)0;
    q->p_pad = q->p_kicked = 0;
    q->p_reserved = 0;
    q->kicks = 0;
    /* Acquire: as the run-time reads of the peer's index (hvlink__refresh_head/tail). */
    q->p_tail = __atomic_load_n(hvlink__ring_word(q, q->req.prod), __ATOMIC_ACQUIRE);
    q->p_head = __atomic_load_n(hvlink__ring_word(q, q->req.cons), __ATOMIC_ACQUIRE);
    q->p_published = q->p_tail;
    if (q->p_tail - q->p_head > req_size || (q->p_head & 3u) || (q->p_tail & 3u)) {
        q->p_faulted = true;
        q->p_fault_at = q->p_tail;
        q->p_fault = "indices in shared memory are inconsistent";
    }
    q->c_head = __atomic_load_n(hvlink__ring_word(q, q->rep.cons), __ATOMIC_ACQUIRE);
    q->c_released = q->c_tail = q->c_head;
    q->c_peeked = 0;
    /* Continue the notification word's sequence from what a previous consumer left. */
    q->c_word = __atomic_load_n(hvlink__ring_word(q, q->rep.notify), __ATOMIC_RELAXED) & ~1u;
    if (q->c_head & 3u) {
        q->c_faulted = true;
        q->c_fault_at = q->c_head;
        q->c_fault = "consumer index is not 4-byte aligned";
    }
    return 0;
}

/* Pages the queue spans (what queue_setup reports). */
static inline uint32_t hvlink_queue_pages(const struct hvlink_queue *q)
{
    /* (The rings may lie in either order: the later end counts, as Rust's total_len.) */
    uint32_t req_end = q->req.data + q->req.size, rep_end = q->rep.data + q->rep.size;
    return ((req_end > rep_end ? req_end : rep_end) + 4095u) / 4096u;
}

/* The host's verdict: 0, or a negative errno (and *at: the ring index of the fault). */
static inline int32_t hvlink_queue_host_status(const struct hvlink_queue *q, uint32_t *at)
{
    /* Relaxed: an informational read; nothing else is ordered by it. */
    if (at)
        *at = __atomic_load_n(hvlink__ring_word(q, HVLINK_RING_F_FAULT_AT), __ATOMIC_RELAXED);
    return (int32_t)__atomic_load_n(hvlink__ring_word(q, HVLINK_RING_F_STATUS), __ATOMIC_RELAXED);
}

static inline int hvlink__p_fail(struct hvlink_queue *q, const char *msg)
{
    q->p_faulted = true;
    q->p_fault_at = q->p_tail;
    q->p_fault = msg;
    return HVLINK_RING_FAULT;
}

static inline int hvlink__c_fail(struct hvlink_queue *q, uint32_t at, const char *msg)
{
    q->c_faulted = true;
    q->c_fault_at = at;
    q->c_fault = msg;
    return HVLINK_RING_FAULT;
}

/* ------------------------------------------------------------------------------------------
 * Request producer
 * ---------------------------------------------------------------------------------------- */

/* Re-read the host's consumer index: it may only move forward, up to what we published. */
static inline int hvlink__refresh_head(struct hvlink_queue *q)
{
    /* Acquire: pairs with the host's Release store of the consumer index, so the host's
     * reads of the bytes it consumed happen before we overwrite them. */
    uint32_t head = __atomic_load_n(hvlink__ring_word(q, q->req.cons), __ATOMIC_ACQUIRE);
    uint32_t consumed_since = head - q->p_head;
    uint32_t outstanding = q->p_published - q->p_head;
    if (consumed_since > outstanding || (head & 3u) != 0)
        return hvlink__p_fail(q, "consumer index out of range");
    q->p_head = head;
    return 0;
}

/* Reserve room for a message of `len` bytes (16 ..= min(65536, ring size / 2)), writing the
 * NOOP that pads the ring's tail if the message does not fit before the end. Returns a
 * pointer into the request ring where the message is to be written (then
 * hvlink_queue_commit), NULL when the ring is full now (publish, let the host catch up, try
 * again: nothing is dropped) or on a fault (*err = HVLINK_RING_FAULT / BAD_ARG). */
static inline uint8_t *hvlink_queue_reserve(struct hvlink_queue *q, size_t len, int *err)
{
    uint32_t size = q->req.size, want, pos, contiguous, pad, need;
    *err = 0;
    if (q->p_faulted) {
        *err = HVLINK_RING_FAULT;
        return (uint8_t *)0;
    }
    want = (uint32_t)((len + 3u) & ~(size_t)3u);
    if (len < HVLINK_RING_MIN_MESSAGE || len > HVLINK_RING_MAX_MESSAGE || want > size / 2) {
        *err = HVLINK_RING_BAD_ARG;
        return (uint8_t *)0;
    }
    pos = q->p_tail & (size - 1);
    contiguous = size - pos;
    pad = want > contiguous ? contiguous : 0;
    need = pad + want;
    if (size - (q->p_tail - q->p_head) < need) {
        if (hvlink__refresh_head(q)) {
            *err = HVLINK_RING_FAULT;
            return (uint8_t *)0;
        }
        if (size - (q->p_tail - q->p_head) < need)
            return (uint8_t *)0;
    }
    if (pad >= HVLINK_RING_MIN_MESSAGE) {
        /* A NOOP message covering the tail: len = pad, type 1, no flags, seq/port 0. */
        uint8_t noop[16] = {0};
        noop[0] = (uint8_t)pad;
        noop[1] = (uint8_t)(pad >> 8);
        noop[2] = (uint8_t)(pad >> 16);
        noop[3] = (uint8_t)(pad >> 24);
        noop[4] = 1;
        hvlink__ring_write(q, q->req.data + pos, noop, sizeof(noop));
    }
    q->p_pad = pad;
    q->p_reserved = want;
    return q->base + q->req.data + ((q->p_tail + pad) & (size - 1));
}

/* Account the reserved message, `len` bytes written (at least 16, at most what was
 * reserved); its alignment padding is zeroed. Not visible to the host until publish. */
static inline void hvlink_queue_commit(struct hvlink_queue *q, uint8_t *at, size_t len)
{
    static const uint8_t zeros[3] = {0, 0, 0};
    uint32_t used;
    /* Never past the reservation (as Rust's commit clamps): a length larger than reserved
     * would account, and zero-fill, bytes the host may not have consumed yet. */
    if (q->p_reserved == 0)
        return; /* nothing reserved (a second commit): nothing to account */
    if (len > q->p_reserved)
        len = q->p_reserved;
    used = (uint32_t)((len + 3u) & ~(size_t)3u);
    if (used < HVLINK_RING_MIN_MESSAGE)
        used = HVLINK_RING_MIN_MESSAGE;
    if (used > len)
        hvlink__ring_write(q, (uint32_t)(at - q->base) + (uint32_t)len, zeros, used - len);
    q->p_tail = q->p_tail + q->p_pad + used;
    q->p_pad = 0;
    q->p_reserved = 0;
}

/* Queue a whole message: 1 when queued, HVLINK_RING_FULL (0) when the ring is full, or a
 * negative error. */
static inline int hvlink_queue_send(struct hvlink_queue *q, const void *msg, size_t len)
{
    int err;
    uint8_t *at = hvlink_queue_reserve(q, len, &err);
    if (!at)
        return err;
    hvlink__ring_write(q, (uint32_t)(at - q->base), (const uint8_t *)msg, len);
    hvlink_queue_commit(q, at, len);
    return 1;
}

/* Publish everything committed with one store of the producer index. Returns true when the
 * host announced it is parking and has not been kicked for that announcement: then ring
 * its doorbell (event suppression; PROTOCOL 9.4). */
static inline bool hvlink_queue_publish(struct hvlink_queue *q)
{
    uint32_t word;
    if (q->p_tail == q->p_published)
        return false;
    /* Release: the message bytes (and NOOP padding) written above become visible before the
     * index that covers them; pairs with the host consumer's Acquire load of this index. */
    __atomic_store_n(hvlink__ring_word(q, q->req.prod), q->p_tail, __ATOMIC_RELEASE);
    q->p_published = q->p_tail;
    /* Full fence (StoreLoad): orders the index store before the load of the host's
     * notification word. Pairs with the host's fence between storing its odd word and
     * re-reading this index (prepare_park): one of the two sides sees the other, so no
     * wake-up is lost (the loom model in codec/tests/loom.rs checks exactly this). */
    __atomic_thread_fence(__ATOMIC_SEQ_CST);
    /* Relaxed: the fence above orders it. */
    word = __atomic_load_n(hvlink__ring_word(q, q->req.notify), __ATOMIC_RELAXED);
    if ((word & 1u) && word != q->p_kicked) {
        q->p_kicked = word;
        q->kicks++;
        return true;
    }
    return false;
}

/* The request ring position after the last committed message, and whether the host has
 * consumed up to a position (free-running comparison). */
static inline uint32_t hvlink_queue_position(const struct hvlink_queue *q)
{
    return q->p_tail;
}

static inline bool hvlink_queue_host_consumed(const struct hvlink_queue *q, uint32_t position)
{
    /* Acquire: pairs with the host's Release store; after it the host is done with the
     * requests before `position`. */
    uint32_t cons = __atomic_load_n(hvlink__ring_word(q, q->req.cons), __ATOMIC_ACQUIRE);
    return cons - position < (1u << 31);
}

/* ------------------------------------------------------------------------------------------
 * Reply consumer (the host is untrusted)
 * ---------------------------------------------------------------------------------------- */

/* Re-read the host's producer index: forward only, by at most the ring size past what we
 * consumed, 4-aligned. */
static inline int hvlink__refresh_tail(struct hvlink_queue *q)
{
    /* Acquire: pairs with the host producer's Release store of its index, so the reply bytes
     * it covers are visible before we copy them. */
    uint32_t tail = __atomic_load_n(hvlink__ring_word(q, q->rep.prod), __ATOMIC_ACQUIRE);
    uint32_t size = q->rep.size;
    if (tail - q->c_released > size || tail - q->c_head > size || tail - q->c_tail > size ||
        (tail & 3u) != 0)
        return hvlink__c_fail(q, tail, "producer index out of range");
    q->c_tail = tail;
    return 0;
}

/* True when a reply (or padding) is waiting; reads the index only when the cached one is
 * used up. Negative on a fault. */
static inline int hvlink_queue_has_work(struct hvlink_queue *q)
{
    if (q->c_faulted)
        return HVLINK_RING_FAULT;
    if (q->c_head == q->c_tail && hvlink__refresh_tail(q))
        return HVLINK_RING_FAULT;
    return q->c_head != q->c_tail;
}

/* Copy the next reply once into buf[0..cap) (private memory; cap should be 65536) without
 * consuming it, skipping at most max_skip bytes of padding (NOOPs and implicit tail
 * padding, each piece counted at least HVLINK_RING_PADDING_COST). Returns its length, 0
 * when there is none (or the skip limit was reached: *limited), or HVLINK_RING_FAULT.
 * Rust: Consumer::peek_limited, with the same checks, order and fault messages. */
static inline int32_t hvlink_queue_peek(struct hvlink_queue *q, uint8_t *buf, size_t cap,
                                        size_t max_skip, bool *limited)
{
    size_t cost = 0;
    uint32_t at = q->c_head, size = q->rep.size;
    if (limited)
        *limited = false;
    if (q->c_faulted)
        return HVLINK_RING_FAULT;
    for (;;) {
        uint32_t avail, pos, contiguous, len, step, data;
        if (cost > max_skip) {
            q->c_head = at;
            q->c_peeked = 0;
            if (limited)
                *limited = true;
            return 0;
        }
        if (at == q->c_tail) {
            if (hvlink__refresh_tail(q))
                return HVLINK_RING_FAULT;
            if (at == q->c_tail) {
                q->c_head = at;
                q->c_peeked = 0;
                return 0;
            }
        }
        avail = q->c_tail - at;
        pos = at & (size - 1);
        contiguous = size - pos;
        if (contiguous < HVLINK_RING_MIN_MESSAGE) {
            if (avail < contiguous)
                return hvlink__c_fail(q, at, "producer published part of the tail padding");
            at += contiguous;
            cost += contiguous > HVLINK_RING_PADDING_COST ? contiguous : HVLINK_RING_PADDING_COST;
            continue;
        }
        if (avail < HVLINK_RING_MIN_MESSAGE)
            return hvlink__c_fail(q, at, "producer published part of a message header");
        if (cap < HVLINK_RING_MIN_MESSAGE) {
            /* The caller's mistake, not the host's: not sticky. */
            return HVLINK_RING_BAD_ARG;
        }
        /* The one copy out of shared memory: the header first (to learn the length), then
         * the rest right after it. Everything below looks only at buf. */
        data = q->rep.data + pos;
        hvlink__ring_read(q, data, buf, HVLINK_RING_MIN_MESSAGE);
        len = (uint32_t)buf[0] | ((uint32_t)buf[1] << 8) | ((uint32_t)buf[2] << 16) |
              ((uint32_t)buf[3] << 24);
        if (len < HVLINK_RING_MIN_MESSAGE)
            return hvlink__c_fail(q, at, "message length smaller than its header");
        /* Compare before rounding: aligning a length near 2^32 would wrap to 0. */
        if (len > contiguous)
            return hvlink__c_fail(q, at, "message runs past the end of the ring area");
        step = (len + 3u) & ~3u;
        if (step > contiguous)
            return hvlink__c_fail(q, at, "message runs past the end of the ring area");
        if (step > avail)
            return hvlink__c_fail(q, at, "message runs past the producer index");
        if ((buf[4] | (buf[5] << 8)) == 1) {
            at += step;
            cost += step > HVLINK_RING_PADDING_COST ? step : HVLINK_RING_PADDING_COST;
            continue;
        }
        if (len > HVLINK_RING_MAX_MESSAGE)
            return hvlink__c_fail(q, at, "message longer than MAX_MESSAGE_LEN");
        if (cap < len)
            return HVLINK_RING_BAD_ARG;
        hvlink__ring_read(q, data + HVLINK_RING_MIN_MESSAGE, buf + HVLINK_RING_MIN_MESSAGE,
                          len - HVLINK_RING_MIN_MESSAGE);
        q->c_peeked = (at - q->c_head) + step;
        return (int32_t)len;
    }
}

/* Consume the message returned by the last peek. */
static inline void hvlink_queue_advance(struct hvlink_queue *q)
{
    q->c_head += q->c_peeked;
    q->c_peeked = 0;
}

/* Copy out and consume the next reply (peek + advance); max_skip as for peek. */
static inline int32_t hvlink_queue_recv(struct hvlink_queue *q, uint8_t *buf, size_t cap,
                                        size_t max_skip)
{
    int32_t r = hvlink_queue_peek(q, buf, cap, max_skip, (bool *)0);
    if (r >= 0)
        hvlink_queue_advance(q);
    return r;
}

/* Hand consumed reply space back to the host (one store for a whole batch). */
static inline void hvlink_queue_release(struct hvlink_queue *q)
{
    if (q->c_head != q->c_released) {
        /* Release: our copies of the consumed replies complete before the host may reuse
         * the space; pairs with the host producer's Acquire load of this index. */
        __atomic_store_n(hvlink__ring_word(q, q->rep.cons), q->c_head, __ATOMIC_RELEASE);
        q->c_released = q->c_head;
    }
}

/* Announce that we are about to park (wait for the host's interrupt). Returns 1 if replies
 * arrived meanwhile (then do not park), 0 to park, or HVLINK_RING_FAULT. */
static inline int hvlink_queue_prepare_park(struct hvlink_queue *q)
{
    int work;
    hvlink_queue_release(q);
    q->c_word = ((q->c_word | 1u) + 2u) | 1u;
    /* Relaxed: ordered by the fence below. */
    __atomic_store_n(hvlink__ring_word(q, q->rep.notify), q->c_word, __ATOMIC_RELAXED);
    /* Full fence (StoreLoad): the announcement is visible before we re-read the producer
     * index. Pairs with the host producer's fence between its Release publish and its load
     * of this word: either it sees the odd word and interrupts us, or we see its index. */
    __atomic_thread_fence(__ATOMIC_SEQ_CST);
    work = hvlink_queue_has_work(q);
    if (work < 0)
        return work;
    if (work) {
        /* cancel_park */
        q->c_word += 1u;
        __atomic_store_n(hvlink__ring_word(q, q->rep.notify), q->c_word, __ATOMIC_RELAXED);
    }
    return work;
}

/* Withdraw the announcement (awake and polling). */
static inline void hvlink_queue_cancel_park(struct hvlink_queue *q)
{
    if (q->c_word & 1u) {
        q->c_word += 1u;
        /* Relaxed: a hint to the host; a kick it sends anyway is harmless. */
        __atomic_store_n(hvlink__ring_word(q, q->rep.notify), q->c_word, __ATOMIC_RELAXED);
    }
}

#ifdef __cplusplus
}
#endif

#endif /* HVLINK_RING_H */
