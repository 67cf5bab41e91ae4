/*
 * The bare-metal hvlink guest in C: the twin of examples/kvm-guest (Rust), written against
 * the generated C library only (proto/include: hvlink.h, hvlink_parse.h, hvlink_ring.h,
 * hvlink_fastabi.h). It runs in 64-bit ring 3 under hvlink-kvm's VMM with no C library and
 * no allocator, and does what the Rust payload does, reporting to the VMM through the same
 * ports so that the host runs the same checks:
 *
 *  - a single call by register (version), then its queue set up by register
 *    (control.queue_setup) in its own memory;
 *  - grant map/unmap batches on the ring (built in place with the generated encoders, the
 *    replies read with the generated parsers), kicked through the ioeventfd doorbell port;
 *  - single map/unmap by register, and a map of a ref it was not granted;
 *  - event-channel notifications on the ring and by register;
 *  - the measured phases (register, ring, ring with two requests in flight);
 *  - or, in hostile mode: garbage registers, a garbage message, a corrupted ring, then a
 *    fresh queue that must still work.
 *
 * Built by hvlink-kvm's build script with the system C compiler: -ffreestanding -nostdlib
 * -static -no-pie and examples/kvm-guest/link.ld.
 */
#include "abi.h"
#include "hvlink_fastabi.h"
#include "hvlink_parse.h"
#include "hvlink_ring.h"

#define MAX_BATCH 512u
#define FUNCTIONAL 64u
#define DOMID_SELF 0x7ff0u
#define QUEUE_ID 1u

/* ------------------------------------------------------------------------------------------
 * What a C compiler may call even in a freestanding build.
 * ---------------------------------------------------------------------------------------- */

void *memcpy(void *d, const void *s, size_t n);
void *memmove(void *d, const void *s, size_t n);
void *memset(void *d, int c, size_t n);
int memcmp(const void *a, const void *b, size_t n);

void *memcpy(void *d, const void *s, size_t n)
{
    uint8_t *dd = (uint8_t *)d;
    const uint8_t *ss = (const uint8_t *)s;
    while (n--)
        *dd++ = *ss++;
    return d;
}

void *memmove(void *d, const void *s, size_t n)
{
    uint8_t *dd = (uint8_t *)d;
    const uint8_t *ss = (const uint8_t *)s;
    if (dd < ss) {
        while (n--)
            *dd++ = *ss++;
    } else {
        while (n--)
            dd[n] = ss[n];
    }
    return d;
}

void *memset(void *d, int c, size_t n)
{
    uint8_t *dd = (uint8_t *)d;
    while (n--)
        *dd++ = (uint8_t)c;
    return d;
}

int memcmp(const void *a, const void *b, size_t n)
{
    const uint8_t *x = (const uint8_t *)a, *y = (const uint8_t *)b;
    for (; n; n--, x++, y++)
        if (*x != *y)
            return *x - *y;
    return 0;
}

/* ------------------------------------------------------------------------------------------
 * The VMM's ports: console, report, done (rt.rs of the Rust payload).
 * ---------------------------------------------------------------------------------------- */

static void port_out(uint16_t port, uint32_t eax, uint64_t rdi, uint64_t rsi, uint64_t r8v,
                     uint64_t r9v, uint64_t r10v)
{
    register uint64_t r8 __asm__("r8") = r8v;
    register uint64_t r9 __asm__("r9") = r9v;
    register uint64_t r10 __asm__("r10") = r10v;
    /* The VMM only reads the registers at these exits; "memory": the console text must be
     * in memory before the exit. */
    __asm__ __volatile__("outl %%eax, %%dx"
                         :
                         : "a"(eax), "d"(port), "D"(rdi), "S"(rsi), "r"(r8), "r"(r9), "r"(r10)
                         : "memory");
}

static void report(uint64_t code, uint64_t a, uint64_t b, uint64_t c, uint64_t d)
{
    port_out(ABI_PORT_REPORT, 0, code, a, b, c, d);
}

static __attribute__((noreturn)) void done(uint32_t code)
{
    for (;;)
        port_out(ABI_PORT_DONE, code, 0, 0, 0, 0, 0);
}

/* A console line built piece by piece. */
static char line[256];
static size_t line_len;

static void put_str(const char *s)
{
    while (*s && line_len < sizeof(line))
        line[line_len++] = *s++;
}

static void put_i64(int64_t v)
{
    char tmp[24];
    int n = 0;
    uint64_t u = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
    if (v < 0)
        put_str("-");
    do {
        tmp[n++] = (char)('0' + u % 10);
        u /= 10;
    } while (u);
    while (n && line_len < sizeof(line))
        line[line_len++] = tmp[--n];
}

static void put_hex(uint64_t v)
{
    static const char digits[] = "0123456789abcdef";
    char tmp[16];
    int n = 0;
    put_str("0x");
    do {
        tmp[n++] = digits[v & 15];
        v >>= 4;
    } while (v);
    while (n && line_len < sizeof(line))
        line[line_len++] = tmp[--n];
}

static void flush(void)
{
    if (line_len < sizeof(line))
        line[line_len++] = '\n';
    port_out(ABI_PORT_CONSOLE, 0, line_len, (uint64_t)(uintptr_t)line, 0, 0, 0);
    line_len = 0;
}

static uint64_t boot(unsigned word)
{
    return ((const volatile uint64_t *)(uintptr_t)ABI_BOOT_GPA)[word];
}

static uint64_t rdtsc(void)
{
    uint32_t lo, hi;
    __asm__ __volatile__("rdtsc" : "=a"(lo), "=d"(hi));
    return ((uint64_t)hi << 32) | lo;
}

/* A failure: what, and a value; ends the run with exit code 1. */
static const char *fail_what;
static int64_t fail_value;

#define CHECK(ok, what, v)                                                                   \
    do {                                                                                     \
        if (!(ok)) {                                                                         \
            fail_what = (what);                                                              \
            fail_value = (int64_t)(v);                                                       \
            return -1;                                                                       \
        }                                                                                    \
    } while (0)
#define TRY(e)                                                                               \
    do {                                                                                     \
        if ((e) != 0)                                                                        \
            return -1;                                                                       \
    } while (0)

/* The FastABI trap of this VMM: an `out` to its port. */
static struct hvlink_trap trap;

/* ------------------------------------------------------------------------------------------
 * The queue
 * ---------------------------------------------------------------------------------------- */

struct queue {
    struct hvlink_queue q;
    uint32_t seq;
    uint16_t id;
};

static uint8_t buf[65536];

static void doorbell(uint16_t id)
{
    /* The doorbell port is bound to an ioeventfd: the kernel completes the exit. */
    __asm__ __volatile__("outl %%eax, %%dx" : : "a"((uint32_t)id), "d"((uint16_t)ABI_PORT_DOORBELL)
                         : "memory");
}

/* Lay the queue out at gpa and tell the host with control.queue_setup by register. */
static int queue_setup(struct queue *q, uint16_t id, uint64_t gpa, uint32_t ring)
{
    uint64_t features = 0, bell = 0;
    int r;
    r = hvlink_queue_create(&q->q, (void *)(uintptr_t)gpa, ABI_QUEUE_SPAN, id,
                            HVLINK_QUEUE_KERNEL, ring, ring);
    CHECK(r == 0, "queue layout", r);
    r = hvlink_control_queue_setup_call(&trap, gpa, hvlink_queue_pages(&q->q), id, 0,
                                        HVLINK_CONTROL_QUEUE_FEATURES_EVENT_SUPPRESSION, 0,
                                        &features, &bell);
    CHECK(r == 0, "queue_setup", r);
    put_str("queue ");
    put_i64(id);
    put_str(": ");
    put_i64(hvlink_queue_pages(&q->q));
    put_str(" pages at ");
    put_hex(gpa);
    put_str(", rings ");
    put_i64(ring);
    put_str(" B, features ");
    put_hex(features);
    put_str(", doorbell ");
    put_hex(bell);
    flush();
    report(ABI_REP_QUEUE, id, gpa, hvlink_queue_pages(&q->q), 0);
    q->seq = 0;
    q->id = id;
    return 0;
}

/* Reserve max_len bytes in the request ring and let `build` write the message there with
 * the generated builders (in place, no copy); publish it and ring the doorbell only if the
 * host asked. */
typedef long (*build_fn)(struct hvlink_buf *b, uint32_t seq, const void *arg);

static int queue_send(struct queue *q, size_t max_len, build_fn build, const void *arg,
                      uint32_t *seq_out)
{
    struct hvlink_buf b;
    int err = 0;
    long n;
    uint8_t *at = hvlink_queue_reserve(&q->q, max_len, &err);
    CHECK(at != 0, "request ring full or faulted", err);
    q->seq++;
    hvlink_buf_init(&b, at, max_len);
    n = build(&b, q->seq, arg);
    CHECK(n >= 16, "build request", n);
    hvlink_queue_commit(&q->q, at, (size_t)n);
    if (hvlink_queue_publish(&q->q))
        doorbell(q->id);
    *seq_out = q->seq;
    return 0;
}

/* Wait for the replies to seq (parts included; they come in request order) and hand each
 * to `each`. */
typedef int (*reply_fn)(const uint8_t *m, size_t n, void *arg);

static int queue_wait(struct queue *q, uint32_t seq, reply_fn each, void *arg)
{
    uint64_t deadline = rdtsc() + (30ull << 30);
    for (;;) {
        int32_t n = hvlink_queue_recv(&q->q, buf, sizeof(buf), 1u << 20);
        if (n > 0) {
            struct hvlink_msg m;
            struct hvlink_error e;
            bool last;
            CHECK(hvlink_msg_parse(buf, (size_t)n, &m, &e) == 0, "reply framing", e.offset);
            CHECK(m.seq == seq, "reply seq", m.seq);
            last = (m.flags & 0x2u) == 0; /* not MULTI */
            TRY(each(buf, (size_t)n, arg));
            if (last) {
                hvlink_queue_release(&q->q);
                return 0;
            }
        } else if (n == 0) {
            int32_t status = hvlink_queue_host_status(&q->q, (uint32_t *)0);
            CHECK(status == 0, "host failed the queue", status);
            CHECK(rdtsc() < deadline, "no reply from the host", 0);
            __asm__ __volatile__("pause");
        } else {
            CHECK(0, "reply ring fault", n);
        }
    }
}

/* The status of an ERROR reply; 1 when the message is not an ERROR. */
static int64_t error_status(const uint8_t *p, size_t n)
{
    struct hvlink_msg m;
    struct hvlink_errmsg em;
    struct hvlink_error e;
    if (hvlink_msg_parse(p, n, &m, &e) != 0 || m.type != HVLINK_NLMSG_ERROR)
        return 1;
    if (hvlink_errmsg_parse(&m, &em, &e) != 0)
        return INT32_MIN;
    return em.status;
}

/* ------------------------------------------------------------------------------------------
 * Grant batches on the ring
 * ---------------------------------------------------------------------------------------- */

static struct hvlink_grant_table_map_entry map_entries[MAX_BATCH];
static struct hvlink_grant_table_unmap_entry unmap_entries[MAX_BATCH];

struct batch {
    uint32_t n;
    const void *entries;
};

static long build_map(struct hvlink_buf *b, uint32_t seq, const void *arg)
{
    const struct batch *bt = (const struct batch *)arg;
    struct hvlink_grant_table_map_req req;
    size_t m = hvlink_grant_table_map_grant_ref_begin(b, seq, 0);
    hvlink_grant_table_map_req_init(&req);
    req.form = HVLINK_GRANT_TABLE_MAP_REQ_FORM_BATCH;
    req.mode = HVLINK_GRANT_TABLE_MAP_MODE_INDEPENDENT;
    req.entry.items = bt->entries;
    req.entry.count = bt->n;
    hvlink_grant_table_map_req_put(b, &req);
    return hvlink_msg_end(b, m);
}

static long build_unmap(struct hvlink_buf *b, uint32_t seq, const void *arg)
{
    const struct batch *bt = (const struct batch *)arg;
    struct hvlink_grant_table_unmap_req req;
    size_t m = hvlink_grant_table_unmap_grant_ref_begin(b, seq, 0);
    hvlink_grant_table_unmap_req_init(&req);
    req.form = HVLINK_GRANT_TABLE_UNMAP_REQ_FORM_BATCH;
    req.mode = HVLINK_GRANT_TABLE_BATCH_MODE_INDEPENDENT;
    req.entry.items = bt->entries;
    req.entry.count = bt->n;
    hvlink_grant_table_unmap_req_put(b, &req);
    return hvlink_msg_end(b, m);
}

/* Send a batch mapping refs first..first+n of owner at host slots slot..slot+n. */
static int send_map(struct queue *q, uint16_t owner, uint32_t first, uint32_t n, uint32_t slot,
                    uint32_t *seq)
{
    struct batch bt;
    uint32_t i;
    for (i = 0; i < n; i++) {
        struct hvlink_grant_table_map_entry *e = &map_entries[slot + i];
        hvlink_grant_table_map_entry_init(e);
        e->dom = owner;
        e->ref = first + i;
        e->flags = HVLINK_GRANT_TABLE_GNTMAP_FLAGS_HOST_MAP;
        e->host_addr = ABI_MAP_GPA + (uint64_t)(slot + i) * 4096u;
    }
    bt.n = n;
    bt.entries = &map_entries[slot];
    return queue_send(q, 128 + 48 * (size_t)n, build_map, &bt, seq);
}

struct map_wait {
    uint32_t *handles;
    uint32_t n, seen;
    /* The indexes answered (a batch has at most 1024 entries): the host is untrusted, and an
     * index it repeats must not count twice, leaving another entry's handle unwritten. */
    uint32_t got[32];
};

static int on_map_reply(const uint8_t *p, size_t n, void *arg)
{
    struct map_wait *w = (struct map_wait *)arg;
    struct hvlink_grant_table_map_reply rep;
    struct hvlink_grant_table_map_reply_entry en;
    struct hvlink_list_iter it;
    struct hvlink_error e;
    int64_t s = error_status(p, n);
    CHECK(s == 1, "ERROR reply", s);
    CHECK(hvlink_grant_table_map_grant_ref_reply_parse(p, n, (struct hvlink_msg *)0, &rep, &e) == 0,
          "map reply", e.offset);
    CHECK(rep.form == HVLINK_GRANT_TABLE_MAP_REPLY_FORM_BATCH, "single reply to a batch", 0);
    hvlink_list_iter_init(&it, &rep.entry);
    while (hvlink_grant_table_map_reply_entry_next(&it, &en)) {
        CHECK(en.index < w->n && en.index < 1024u, "map reply index", en.index);
        CHECK(!(w->got[en.index / 32u] & (1u << (en.index % 32u))), "map reply index repeated",
              en.index);
        CHECK(en.status == HVLINK_GRANT_TABLE_GNTST_OKAY, "map entry status", en.status);
        CHECK(en.has_handle, "map entry without handle", en.index);
        w->got[en.index / 32u] |= 1u << (en.index % 32u);
        w->handles[en.index] = en.handle;
        w->seen++;
    }
    return 0;
}

static int wait_map(struct queue *q, uint32_t seq, uint32_t *handles, uint32_t n)
{
    struct map_wait w;
    w.handles = handles;
    w.n = n;
    w.seen = 0;
    for (uint32_t i = 0; i < 32u; i++)
        w.got[i] = 0;
    TRY(queue_wait(q, seq, on_map_reply, &w));
    CHECK(w.seen == n, "map reply entries", w.seen);
    return 0;
}

static int map_batch(struct queue *q, uint16_t owner, uint32_t first, uint32_t *handles,
                     uint32_t n)
{
    uint32_t seq;
    TRY(send_map(q, owner, first, n, 0, &seq));
    return wait_map(q, seq, handles, n);
}

static int send_unmap(struct queue *q, const uint32_t *handles, uint32_t n, uint32_t slot,
                      uint32_t *seq)
{
    struct batch bt;
    uint32_t i;
    for (i = 0; i < n; i++) {
        struct hvlink_grant_table_unmap_entry *e = &unmap_entries[slot + i];
        hvlink_grant_table_unmap_entry_init(e);
        e->host_addr = ABI_MAP_GPA + (uint64_t)(slot + i) * 4096u;
        e->dev_bus_addr = 0;
        e->handle = handles[i];
    }
    bt.n = n;
    bt.entries = &unmap_entries[slot];
    return queue_send(q, 128 + 40 * (size_t)n, build_unmap, &bt, seq);
}

static int on_unmap_reply(const uint8_t *p, size_t n, void *arg)
{
    uint32_t *seen = (uint32_t *)arg;
    struct hvlink_grant_table_unmap_reply rep;
    struct hvlink_grant_table_entry_result en;
    struct hvlink_list_iter it;
    struct hvlink_error e;
    int64_t s = error_status(p, n);
    CHECK(s == 1, "ERROR reply", s);
    CHECK(hvlink_grant_table_unmap_grant_ref_reply_parse(p, n, (struct hvlink_msg *)0, &rep, &e) ==
              0,
          "unmap reply", e.offset);
    CHECK(rep.form == HVLINK_GRANT_TABLE_UNMAP_REPLY_FORM_BATCH, "single reply to a batch", 0);
    hvlink_list_iter_init(&it, &rep.entry);
    while (hvlink_grant_table_unmap_reply_entry_next(&it, &en)) {
        CHECK(en.status == HVLINK_GRANT_TABLE_GNTST_OKAY, "unmap entry status", en.status);
        (*seen)++;
    }
    return 0;
}

static int wait_unmap(struct queue *q, uint32_t seq, uint32_t n)
{
    uint32_t seen = 0;
    TRY(queue_wait(q, seq, on_unmap_reply, &seen));
    CHECK(seen == n, "unmap reply entries", seen);
    return 0;
}

static int unmap_batch(struct queue *q, const uint32_t *handles, uint32_t n)
{
    uint32_t seq;
    TRY(send_unmap(q, handles, n, 0, &seq));
    return wait_unmap(q, seq, n);
}

struct bootinfo {
    uint16_t domain, owner;
    uint32_t first_ref, refs, remote_port, ops, ring;
    uint64_t batches;
};

/* Two requests always in flight (see the Rust payload's `pipelined`). */
static int pipelined(struct queue *q, const struct bootinfo *b, uint32_t batch, uint32_t rounds)
{
    static uint32_t handles[2][MAX_BATCH / 2];
    uint32_t maps[2], unmaps[2], s, round;
    for (s = 0; s < 2; s++)
        TRY(send_map(q, b->owner, b->first_ref + s * batch, batch, s * batch, &maps[s]));
    for (round = 0; round < rounds; round++) {
        for (s = 0; s < 2; s++) {
            TRY(wait_map(q, maps[s], handles[s], batch));
            TRY(send_unmap(q, handles[s], batch, s * batch, &unmaps[s]));
        }
        for (s = 0; s < 2; s++) {
            TRY(wait_unmap(q, unmaps[s], batch));
            if (round + 1 < rounds)
                TRY(send_map(q, b->owner, b->first_ref + s * batch, batch, s * batch, &maps[s]));
        }
    }
    return 0;
}

/* ------------------------------------------------------------------------------------------
 * Single ops by register
 * ---------------------------------------------------------------------------------------- */

static int map_one(uint16_t owner, uint32_t ref, uint32_t *handle)
{
    int16_t status = -1;
    int r = hvlink_grant_table_map_grant_ref_call(&trap, owner, ABI_MAP_GPA,
                                                  HVLINK_GRANT_TABLE_GNTMAP_FLAGS_HOST_MAP, ref,
                                                  handle, &status);
    CHECK(r == 0, "map by register", r);
    CHECK(status == HVLINK_GRANT_TABLE_GNTST_OKAY, "map by register", status);
    return 0;
}

static int unmap_one(uint32_t handle)
{
    int16_t status = -1;
    int r = hvlink_grant_table_unmap_grant_ref_call(&trap, ABI_MAP_GPA, handle, &status);
    CHECK(r == 0, "unmap by register", r);
    CHECK(status == HVLINK_GRANT_TABLE_GNTST_OKAY, "unmap by register", status);
    return 0;
}

/* ------------------------------------------------------------------------------------------
 * The functional run and the measurements
 * ---------------------------------------------------------------------------------------- */

struct port_arg {
    uint32_t port;
};

static long build_send(struct hvlink_buf *b, uint32_t seq, const void *arg)
{
    struct hvlink_event_channel_port_req req;
    size_t m = hvlink_event_channel_send_begin(b, seq, 0);
    hvlink_event_channel_port_req_init(&req);
    req.port = ((const struct port_arg *)arg)->port;
    hvlink_event_channel_port_req_put(b, &req);
    return hvlink_msg_end(b, m);
}

static int on_ack(const uint8_t *p, size_t n, void *arg)
{
    int64_t s = error_status(p, n);
    (void)arg;
    CHECK(s == 1 || s == 0, "send on the ring", s);
    return 0;
}

static struct queue q1, q2;
static uint32_t handles[MAX_BATCH];

static int demo(const struct bootinfo *b)
{
    uint16_t major = 0, minor = 0;
    uint32_t n, i, h, bad_handle = 0, local = 0, a = 0, c = 0, ops, k;
    int16_t status = 0;
    int r;
    struct port_arg pa;
    uint32_t seq;

    r = hvlink_version_version_call(&trap, &major, &minor);
    CHECK(r == 0, "version", r);
    put_str("domain ");
    put_i64(b->domain);
    put_str(": hypervisor version ");
    put_i64(major);
    put_str(".");
    put_i64(minor);
    put_str(" (by register call, from C)");
    flush();
    TRY(queue_setup(&q1, QUEUE_ID, ABI_QUEUE_GPA, b->ring));

    n = FUNCTIONAL < b->refs ? FUNCTIONAL : b->refs;
    TRY(map_batch(&q1, b->owner, b->first_ref, handles, n));
    for (i = 0; i < n; i++)
        report(ABI_REP_MAPPED, b->first_ref + i, handles[i], ABI_MAP_GPA + (uint64_t)i * 4096u,
               b->owner);
    put_str("mapped ");
    put_i64(n);
    put_str(" grants of domain ");
    put_i64(b->owner);
    put_str(" in one batch (ring, ");
    put_i64((int64_t)q1.q.kicks);
    put_str(" doorbells so far)");
    flush();
    report(ABI_REP_CHECK, ABI_CHECK_MAPPED, n, 0, 0);
    TRY(unmap_batch(&q1, handles, n));
    put_str("unmapped them in one batch");
    flush();
    report(ABI_REP_CHECK, ABI_CHECK_UNMAPPED, n, 0, 0);

    TRY(map_one(b->owner, b->first_ref, &h));
    TRY(unmap_one(h));
    r = hvlink_grant_table_map_grant_ref_call(&trap, b->owner, ABI_MAP_GPA,
                                              HVLINK_GRANT_TABLE_GNTMAP_FLAGS_HOST_MAP,
                                              b->first_ref + b->refs, &bad_handle, &status);
    CHECK(r == 0, "map of an ungranted ref", r);
    CHECK(status != HVLINK_GRANT_TABLE_GNTST_OKAY, "ungranted ref mapped", 0);
    report(ABI_REP_STATUS, ABI_WHAT_NOT_GRANTED, (uint64_t)(int64_t)status, 0, 0);
    put_str("map+unmap by register: ok; map of ungranted ref ");
    put_i64(b->first_ref + b->refs);
    put_str(": status ");
    put_i64(status);
    flush();

    r = hvlink_event_channel_bind_interdomain_call(&trap, b->owner, b->remote_port, &local);
    CHECK(r == 0, "bind_interdomain", r);
    report(ABI_REP_PORT, local, b->owner, b->remote_port, 0);
    pa.port = local;
    TRY(queue_send(&q1, 256, build_send, &pa, &seq));
    TRY(queue_wait(&q1, seq, on_ack, (void *)0));
    r = hvlink_event_channel_alloc_unbound_call(&trap, DOMID_SELF, DOMID_SELF, &a);
    CHECK(r == 0, "alloc_unbound", r);
    r = hvlink_event_channel_bind_interdomain_call(&trap, DOMID_SELF, a, &c);
    CHECK(r == 0, "bind_interdomain loopback", r);
    r = hvlink_event_channel_send_call(&trap, c);
    CHECK(r == 0, "send by register", r);
    report(ABI_REP_PORT, a, b->domain, c, 0);
    put_str("event channels: port ");
    put_i64(local);
    put_str(" -> domain ");
    put_i64(b->owner);
    put_str(" port ");
    put_i64(b->remote_port);
    put_str(" notified (ring); loopback ");
    put_i64(c);
    put_str(" -> ");
    put_i64(a);
    put_str(" notified (register)");
    flush();
    report(ABI_REP_CHECK, ABI_CHECK_EVENTS, 0, 0, 0);

    ops = b->ops ? b->ops : 1;
    report(ABI_REP_BEGIN, ABI_PHASE_REGISTER, 1, ops, 0);
    for (i = 0; i < ops; i++) {
        TRY(map_one(b->owner, b->first_ref + i % b->refs, &h));
        TRY(unmap_one(h));
    }
    report(ABI_REP_END, ABI_PHASE_REGISTER, 1, ops, 0);
    for (k = 0; k < 16; k++) {
        uint32_t batch, rounds, j;
        uint64_t kicks;
        if (!(b->batches & (1ull << k)))
            continue;
        batch = 1u << k;
        if (batch > MAX_BATCH)
            batch = MAX_BATCH;
        if (batch > b->refs)
            batch = b->refs;
        rounds = (ops + batch - 1) / batch;
        kicks = q1.q.kicks;
        report(ABI_REP_BEGIN, ABI_PHASE_RING, batch, (uint64_t)rounds * batch, 0);
        for (j = 0; j < rounds; j++) {
            TRY(map_batch(&q1, b->owner, b->first_ref, handles, batch));
            TRY(unmap_batch(&q1, handles, batch));
        }
        report(ABI_REP_END, ABI_PHASE_RING, batch, (uint64_t)rounds * batch, q1.q.kicks - kicks);
    }
    for (k = 0; k < 16; k++) {
        uint32_t batch, rounds;
        uint64_t kicks;
        if (!(b->batches & (1ull << k)))
            continue;
        batch = 1u << k;
        if (batch > MAX_BATCH / 2)
            batch = MAX_BATCH / 2;
        if (batch > b->refs / 2)
            batch = b->refs / 2;
        if (batch == 0)
            continue;
        rounds = (ops + 2 * batch - 1) / (2 * batch);
        kicks = q1.q.kicks;
        report(ABI_REP_BEGIN, ABI_PHASE_PIPELINED, batch, (uint64_t)rounds * 2 * batch, 0);
        TRY(pipelined(&q1, b, batch, rounds));
        report(ABI_REP_END, ABI_PHASE_PIPELINED, batch, (uint64_t)rounds * 2 * batch,
               q1.q.kicks - kicks);
    }
    put_str("measurements done (");
    put_i64((int64_t)q1.q.kicks);
    put_str(" doorbells rung in all)");
    flush();
    return 0;
}

/* ------------------------------------------------------------------------------------------
 * The hostile run
 * ---------------------------------------------------------------------------------------- */

/* A raw register call with every FastABI register given (garbage welcome). */
struct regs {
    uint64_t rax, rdi, rsi, r8, r9, r10, r11, r12;
};

static void raw_call(struct regs *r)
{
    register uint64_t r8 __asm__("r8") = r->r8;
    register uint64_t r9 __asm__("r9") = r->r9;
    register uint64_t r10 __asm__("r10") = r->r10;
    register uint64_t r11 __asm__("r11") = r->r11;
    register uint64_t r12 __asm__("r12") = r->r12;
    uint64_t rax = r->rax, rdi = r->rdi, rsi = r->rsi;
    __asm__ __volatile__("outl %%eax, %%dx"
                         : "+a"(rax), "+D"(rdi), "+S"(rsi), "+r"(r8), "+r"(r9), "+r"(r10),
                           "+r"(r11), "+r"(r12)
                         : "d"((uint16_t)ABI_PORT_FASTABI)
                         : "memory", "cc");
    r->rax = rax;
    r->rdi = rdi;
    r->rsi = rsi;
    r->r8 = r8;
    r->r9 = r9;
    r->r10 = r10;
    r->r11 = r11;
    r->r12 = r12;
}

static long build_garbage(struct hvlink_buf *b, uint32_t seq, const void *arg)
{
    uint8_t g[24] = {24, 0, 0, 0, 0x77, 0x7f, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0,
                     9,  1, 0, 0, 4,    0,    0x42, 0x42};
    uint8_t *p;
    (void)arg;
    g[8] = (uint8_t)seq;
    g[9] = (uint8_t)(seq >> 8);
    g[10] = (uint8_t)(seq >> 16);
    g[11] = (uint8_t)(seq >> 24);
    p = hvlink__reserve(b, sizeof(g));
    if (!p)
        return -1;
    hvlink__copy(p, g, sizeof(g));
    return (long)sizeof(g);
}

static int64_t garbage_status;

static int on_garbage(const uint8_t *p, size_t n, void *arg)
{
    (void)arg;
    garbage_status = error_status(p, n);
    CHECK(garbage_status != 1, "garbage got a non-error reply", 0);
    return 0;
}

static long build_version(struct hvlink_buf *b, uint32_t seq, const void *arg)
{
    size_t m = hvlink_version_version_begin(b, seq, 0);
    (void)arg;
    return hvlink_msg_end(b, m);
}

static int on_version(const uint8_t *p, size_t n, void *arg)
{
    struct hvlink_version_version_reply rep;
    struct hvlink_error e;
    int64_t s = error_status(p, n);
    (void)arg;
    CHECK(s == 1, "ERROR reply", s);
    CHECK(hvlink_version_version_reply_parse(p, n, (struct hvlink_msg *)0, &rep, &e) == 0,
          "version reply", e.offset);
    return 0;
}

static int hostile(const struct bootinfo *b)
{
    struct regs r;
    int64_t s;
    uint64_t feat = 0, bell = 0;
    uint32_t seq, prod, h, i;
    int32_t status;
    uint64_t deadline;
    static uint32_t hs[8];
    int rc;

    for (i = 0; i < sizeof(r) / 8; i++)
        ((uint64_t *)&r)[i] = 0;
    r.rax = HVLINK_FASTABI_BIT | 0x7777u;
    r.rdi = 3;
    raw_call(&r);
    s = (int64_t)r.rax;
    CHECK(s < 0, "unknown family accepted", s);
    report(ABI_REP_STATUS, ABI_WHAT_BAD_FAMILY, (uint64_t)s, 0, 0);
    for (i = 0; i < sizeof(r) / 8; i++)
        ((uint64_t *)&r)[i] = 0;
    r.rax = HVLINK_FASTABI_BIT | HVLINK_GRANT_TABLE_ID;
    r.rdi = 0xdeadbeefu;
    r.rsi = UINT64_MAX;
    r.r8 = UINT64_MAX;
    raw_call(&r);
    s = (int64_t)r.rax;
    CHECK(s < 0, "unknown op accepted", s);
    CHECK(r.rsi == UINT64_MAX && r.r8 == UINT64_MAX, "registers clobbered", 0);
    report(ABI_REP_STATUS, ABI_WHAT_BAD_OP, (uint64_t)s, 0, 0);
    /* map_grant_ref with every argument register garbage. */
    for (i = 0; i < sizeof(r) / 8; i++)
        ((uint64_t *)&r)[i] = 0;
    r.rax = HVLINK_GRANT_TABLE_RAX;
    r.rdi = HVLINK_GRANT_TABLE_OP_MAP_GRANT_REF;
    r.rsi = UINT64_MAX;
    r.r8 = UINT64_MAX;
    r.r9 = UINT64_MAX;
    r.r10 = b->first_ref;
    raw_call(&r);
    s = (int64_t)r.rax;
    CHECK(s < 0, "garbage arguments accepted", s);
    report(ABI_REP_STATUS, ABI_WHAT_BAD_ARG, (uint64_t)s, 0, 0);
    rc = hvlink_control_queue_setup_call(&trap, ABI_MEM_SIZE + 0x100000u, 3, 9, 0, 0, 0, &feat,
                                         &bell);
    CHECK(rc < 0, "queue outside memory accepted", rc);
    report(ABI_REP_STATUS, ABI_WHAT_BAD_QUEUE, (uint64_t)(int64_t)rc, 0, 0);
    put_str("garbage registers: every call answered with an error status");
    flush();

    TRY(queue_setup(&q1, QUEUE_ID, ABI_QUEUE_GPA, b->ring));
    TRY(queue_send(&q1, 64, build_garbage, (void *)0, &seq));
    TRY(queue_wait(&q1, seq, on_garbage, (void *)0));
    CHECK(garbage_status < 0, "garbage message accepted", garbage_status);
    report(ABI_REP_STATUS, ABI_WHAT_BAD_MESSAGE, (uint64_t)garbage_status, 0, 0);
    TRY(queue_send(&q1, 256, build_version, (void *)0, &seq));
    TRY(queue_wait(&q1, seq, on_version, (void *)0));
    report(ABI_REP_STATUS, ABI_WHAT_STILL_WORKS, 0, 0, 0);
    put_str("garbage message: ERROR ");
    put_i64(garbage_status);
    put_str("; the queue still works");
    flush();

    /* Corrupt the request producer index: the host must fail this queue alone. */
    prod = __atomic_load_n(hvlink__ring_word(&q1.q, HVLINK_RING_F_REQ_PROD), __ATOMIC_RELAXED);
    __atomic_store_n(hvlink__ring_word(&q1.q, HVLINK_RING_F_REQ_PROD), prod + 0x7ffffff1u,
                     __ATOMIC_RELEASE);
    doorbell(q1.id);
    deadline = rdtsc() + (30ull << 30);
    for (;;) {
        status = hvlink_queue_host_status(&q1.q, (uint32_t *)0);
        if (status != 0)
            break;
        CHECK(rdtsc() < deadline, "corrupt ring not detected", 0);
        __asm__ __volatile__("pause");
    }
    report(ABI_REP_QUEUE_STATUS, q1.id, (uint64_t)(int64_t)status, 0, 0);
    put_str("corrupted ring: the host failed queue ");
    put_i64(q1.id);
    put_str(" with ");
    put_i64(status);
    flush();

    TRY(queue_setup(&q2, QUEUE_ID + 1, ABI_QUEUE_GPA + ABI_QUEUE_SPAN, b->ring));
    TRY(map_batch(&q2, b->owner, b->first_ref, hs, 8));
    TRY(unmap_batch(&q2, hs, 8));
    TRY(map_one(b->owner, b->first_ref, &h));
    TRY(unmap_one(h));
    report(ABI_REP_CHECK, ABI_CHECK_HOSTILE, q2.id, 0, 0);
    put_str("a fresh queue and the register path still work");
    flush();
    return 0;
}

void _start(void) __attribute__((noreturn, section(".text._start")));

void _start(void)
{
    struct bootinfo b;
    struct hvlink_detected d;
    int r;
    b.domain = (uint16_t)boot(ABI_BOOT_DOMAIN);
    b.owner = (uint16_t)boot(ABI_BOOT_OWNER);
    b.first_ref = (uint32_t)boot(ABI_BOOT_FIRST_REF);
    b.refs = (uint32_t)boot(ABI_BOOT_REFS);
    if (b.refs < 1)
        b.refs = 1;
    if (b.refs > MAX_BATCH)
        b.refs = MAX_BATCH;
    b.remote_port = (uint32_t)boot(ABI_BOOT_REMOTE_PORT);
    b.ops = (uint32_t)boot(ABI_BOOT_OPS);
    b.ring = (uint32_t)boot(ABI_BOOT_RING);
    b.batches = boot(ABI_BOOT_BATCHES);
    /* CPUID: no Xen FastABI here, so the VMM's trap port is the way in. */
    hvlink_detect(&d);
    trap = hvlink_fastabi_trap(&d);
    if (trap.kind == HVLINK_TRAP_NONE)
        trap = hvlink_port_trap(ABI_PORT_FASTABI);
    put_str("hvlink kvm guest (C): ring 3, long mode, domain ");
    put_i64(b.domain);
    put_str(d.hypervisor ? "; CPUID: hypervisor present" : "; CPUID: no hypervisor bit");
    put_str(d.fastabi ? ", Xen FastABI" : ", no Xen FastABI: port trap");
    flush();
    r = boot(ABI_BOOT_MODE) == ABI_MODE_HOSTILE ? hostile(&b) : demo(&b);
    if (r == 0) {
        put_str("all checks passed");
        flush();
        done(0);
    }
    put_str("FAILED: ");
    put_str(fail_what ? fail_what : "?");
    put_str(" (");
    put_i64(fail_value);
    put_str(")");
    flush();
    done(1);
}
