/* Hand-written FFI shims of proto/clib: the ERROR parser and the ring consumer, flattened
 * for Rust (pointers into the input become offsets). */
#include "hvlink_parse.h"
#include "hvlink_ring.h"

/* An ERROR message as plain numbers: pointers into buf are offsets (or 0 / absent). */
struct cdiff_errmsg {
    int32_t status;
    uint32_t req_len, req_seq, req_port;
    uint16_t req_type, req_flags;
    uint32_t has_payload, payload_off, payload_len;
    uint32_t has_msg, msg_off, msg_len;
    uint32_t has_offset, offset;
    uint32_t has_cookie, cookie_off, cookie_len;
    uint32_t has_policy, policy_off, policy_len;
    uint32_t has_missing_type, missing_type;
    uint32_t has_missing_nest, missing_nest;
};

int hvlink_cdiff_errmsg(const uint8_t *buf, size_t n, struct cdiff_errmsg *o,
                        struct hvlink_error *e);
int hvlink_cdiff_errmsg(const uint8_t *buf, size_t n, struct cdiff_errmsg *o,
                        struct hvlink_error *e)
{
    struct hvlink_msg m;
    struct hvlink_errmsg em;
    int r = hvlink_msg_parse(buf, n, &m, e);
    if (r)
        return r;
    r = hvlink_errmsg_parse(&m, &em, e);
    if (r)
        return r;
    o->status = em.status;
    o->req_len = em.request.len;
    o->req_seq = em.request.seq;
    o->req_port = em.request.port;
    o->req_type = em.request.type;
    o->req_flags = em.request.flags;
    o->has_payload = em.has_request_payload;
    o->payload_off = (uint32_t)(em.request.payload - buf);
    o->payload_len = em.request.payload_len;
    o->has_msg = em.has_msg;
    o->msg_off = em.has_msg ? (uint32_t)((const uint8_t *)em.msg - buf) : 0;
    o->msg_len = em.msg_len;
    o->has_offset = em.has_offset;
    o->offset = em.offset;
    o->has_cookie = em.has_cookie;
    o->cookie_off = em.has_cookie ? (uint32_t)(em.cookie - buf) : 0;
    o->cookie_len = em.cookie_len;
    o->has_policy = em.has_policy;
    o->policy_off = em.has_policy ? (uint32_t)(em.policy - buf) : 0;
    o->policy_len = em.policy_len;
    o->has_missing_type = em.has_missing_type;
    o->missing_type = em.missing_type;
    o->has_missing_nest = em.has_missing_nest;
    o->missing_nest = em.missing_nest;
    return 0;
}

/* Consume the reply ring of a queue laid out in mem (standard layout, created here with
 * ring sizes req_size/rep_size, then the host's part - reply data and producer index - set
 * from `host`): up to `rounds` peeks of at most max_skip padding each, recording per round
 * the length (or 0 / the fault) into out[]. Returns the rounds done; *fault_at and
 * *fault_msg the fault, if any. The fuzz target and the ring differential test compare this
 * with the Rust Consumer on the same memory. */
int hvlink_cring_consume(uint8_t *mem, size_t len, uint32_t req_size, uint32_t rep_size,
                         const uint8_t *host, size_t host_len, uint32_t prod, size_t max_skip,
                         uint32_t rounds, int32_t *out, uint32_t *fault_at,
                         const char **fault_msg, uint8_t *scratch, size_t cap);
int hvlink_cring_consume(uint8_t *mem, size_t len, uint32_t req_size, uint32_t rep_size,
                         const uint8_t *host, size_t host_len, uint32_t prod, size_t max_skip,
                         uint32_t rounds, int32_t *out, uint32_t *fault_at,
                         const char **fault_msg, uint8_t *scratch, size_t cap)
{
    struct hvlink_queue q;
    uint32_t i;
    if (hvlink_queue_create(&q, mem, len, 1, HVLINK_QUEUE_KERNEL, req_size, rep_size) != 0)
        return -1;
    for (i = 0; i < host_len && i < rep_size; i++)
        mem[q.rep.data + i] = host[i];
    __atomic_store_n(hvlink__ring_word(&q, q.rep.prod), prod, __ATOMIC_RELEASE);
    *fault_msg = (const char *)0;
    *fault_at = 0;
    for (i = 0; i < rounds; i++) {
        int32_t r = hvlink_queue_recv(&q, scratch, cap, max_skip);
        out[i] = r;
        if (r == HVLINK_RING_FAULT) {
            *fault_at = q.c_fault_at;
            *fault_msg = q.c_fault;
            return (int)i + 1;
        }
        hvlink_queue_release(&q);
    }
    return (int)rounds;
}

/* Produce `count` messages of the given lengths (each filled with a pattern) into a fresh
 * queue's request ring, publishing after each `batch`; returns the producer index, or a
 * negative error. The ring test checks the Rust consumer reads them back, NOOP padding
 * included. */
int64_t hvlink_cring_produce(uint8_t *mem, size_t len, uint32_t req_size, const uint32_t *lens,
                             uint32_t count, uint32_t *kicks);
int64_t hvlink_cring_produce(uint8_t *mem, size_t len, uint32_t req_size, const uint32_t *lens,
                             uint32_t count, uint32_t *kicks)
{
    struct hvlink_queue q;
    uint32_t i, j;
    uint8_t msg[1024];
    if (hvlink_queue_create(&q, mem, len, 1, HVLINK_QUEUE_KERNEL, req_size, 256) != 0)
        return -1;
    *kicks = 0;
    for (i = 0; i < count; i++) {
        uint32_t l = lens[i];
        int r;
        if (l < 16 || l > sizeof(msg))
            return -2;
        for (j = 0; j < l; j++)
            msg[j] = (uint8_t)(i + j);
        msg[0] = (uint8_t)l;
        msg[1] = (uint8_t)(l >> 8);
        msg[2] = msg[3] = 0;
        msg[4] = 0x20;
        msg[5] = 0x01;
        r = hvlink_queue_send(&q, msg, l);
        if (r != 1)
            return r == 0 ? -3 : r;
        if (hvlink_queue_publish(&q))
            (*kicks)++;
    }
    return (int64_t)q.p_tail;
}

/* The C request producer, step by step, for a Rust consumer in another thread. */
size_t hvlink_cring_state_size(void);
size_t hvlink_cring_state_size(void)
{
    return sizeof(struct hvlink_queue);
}

int hvlink_cring_create(struct hvlink_queue *q, uint8_t *mem, size_t len, uint32_t req_size,
                        uint32_t rep_size);
int hvlink_cring_create(struct hvlink_queue *q, uint8_t *mem, size_t len, uint32_t req_size,
                        uint32_t rep_size)
{
    return hvlink_queue_create(q, mem, len, 1, HVLINK_QUEUE_KERNEL, req_size, rep_size);
}

/* Queue one message of `len` bytes (16..=1024) for `seq`, built in place: header (len, type
 * 0x120, REQUEST, seq), then bytes (seq + i). 1 queued, 0 full, negative on a fault. */
int hvlink_cring_push(struct hvlink_queue *q, uint32_t len, uint32_t seq);
int hvlink_cring_push(struct hvlink_queue *q, uint32_t len, uint32_t seq)
{
    int err = 0;
    uint32_t i;
    uint8_t *at = hvlink_queue_reserve(q, len, &err);
    if (!at)
        return err;
    at[0] = (uint8_t)len;
    at[1] = (uint8_t)(len >> 8);
    at[2] = 0;
    at[3] = 0;
    at[4] = 0x20;
    at[5] = 0x01;
    at[6] = 1;
    at[7] = 0;
    at[8] = (uint8_t)seq;
    at[9] = (uint8_t)(seq >> 8);
    at[10] = (uint8_t)(seq >> 16);
    at[11] = (uint8_t)(seq >> 24);
    for (i = 12; i < len; i++)
        at[i] = (uint8_t)(seq + i);
    hvlink_queue_commit(q, at, len);
    return 1;
}

/* Reserve `reserve` bytes, then commit `commit` (more than reserved, for the test of the
 * clamp): the ring position after it, or a negative error. */
int64_t hvlink_cring_overcommit(struct hvlink_queue *q, uint32_t reserve, uint32_t commit);
int64_t hvlink_cring_overcommit(struct hvlink_queue *q, uint32_t reserve, uint32_t commit)
{
    int err = 0;
    uint8_t *at = hvlink_queue_reserve(q, reserve, &err);
    if (!at)
        return err ? err : -1;
    hvlink_queue_commit(q, at, commit);
    return (int64_t)hvlink_queue_position(q);
}

/* Publish; 1 when the consumer must be kicked. */
int hvlink_cring_publish(struct hvlink_queue *q);
int hvlink_cring_publish(struct hvlink_queue *q)
{
    return hvlink_queue_publish(q) ? 1 : 0;
}

/* CPUID detection on a table of leaves (n rows of leaf, eax, ebx, ecx, edx; leaves not in the
 * table read as zeros), for the test against the Rust detect_with. */
#include "hvlink_fastabi.h"

struct cdetect_table {
    const uint32_t *rows;
    size_t n;
};

static void cdetect_cpuid(uint32_t leaf, uint32_t r[4], void *ctx)
{
    const struct cdetect_table *t = (const struct cdetect_table *)ctx;
    size_t i;
    r[0] = r[1] = r[2] = r[3] = 0;
    for (i = 0; i < t->n; i++) {
        if (t->rows[5 * i] == leaf) {
            r[0] = t->rows[5 * i + 1];
            r[1] = t->rows[5 * i + 2];
            r[2] = t->rows[5 * i + 3];
            r[3] = t->rows[5 * i + 4];
            return;
        }
    }
}

void hvlink_cdetect(const uint32_t *rows, size_t n, struct hvlink_detected *d);
void hvlink_cdetect(const uint32_t *rows, size_t n, struct hvlink_detected *d)
{
    struct cdetect_table t;
    t.rows = rows;
    t.n = n;
    hvlink_detect_with(cdetect_cpuid, &t, d);
}

/* Re-open the queue in mem (hvlink_queue_open) into q; 0 or an error. */
int hvlink_cring_open(struct hvlink_queue *q, uint8_t *mem, size_t len);
int hvlink_cring_open(struct hvlink_queue *q, uint8_t *mem, size_t len)
{
    return hvlink_queue_open(q, mem, len);
}
