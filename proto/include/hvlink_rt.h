/*
 * hvlink_rt.h - the small runtime the generated C parsers (hvlink_parse.h) stand on:
 * errors, the attribute walk, string checks, messages, family headers and ERROR messages
 * with their extended ack.
 *
 * Hand-written, not spec-derived: it is the C twin of hvlink-codec's header/attr/errmsg
 * modules and of hvlink-proto's rt::decode helpers, and it gives the same errors (kind,
 * offset, attribute, missing attribute, message text) for the same bytes. The differential
 * tests in proto/clib hold the two together.
 *
 * Contract (the guest does not trust the host):
 *  - freestanding: <stdint.h>, <stddef.h>, <stdbool.h> and compiler builtins only; no libc,
 *    no allocation, no global state; C99, C11 and C++;
 *  - every function is total: it never reads outside [buf, buf + n), never writes outside
 *    its out-parameters, and every loop consumes at least 4 input bytes per turn;
 *  - a function that fails returns a negative errno (-EINVAL -22, -E2BIG -7, -EOPNOTSUPP
 *    -95, -ENOBUFS -105, as the Rust Error::errno) and fills *err; on success it returns 0.
 */
#ifndef HVLINK_RT_H
#define HVLINK_RT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Error kinds: the order of hvlink_codec::ErrorKind (0 = no error). */
#define HVLINK_ERR_NONE 0u
#define HVLINK_ERR_TRUNCATED 1u
#define HVLINK_ERR_BAD_LENGTH 2u
#define HVLINK_ERR_TRAILING_BYTES 3u
#define HVLINK_ERR_LIMIT_EXCEEDED 4u
#define HVLINK_ERR_BAD_SIZE 5u
#define HVLINK_ERR_BAD_VALUE 6u
#define HVLINK_ERR_NOT_NESTED 7u
#define HVLINK_ERR_MISSING 8u
#define HVLINK_ERR_DUPLICATE 9u
#define HVLINK_ERR_UNKNOWN 10u
#define HVLINK_ERR_UNKNOWN_MUST_UNDERSTAND 11u
#define HVLINK_ERR_RESERVED 12u
#define HVLINK_ERR_UNEXPECTED_TYPE 13u
#define HVLINK_ERR_BUFFER_TOO_SMALL 14u
#define HVLINK_ERR_TOO_LARGE 15u

/* What went wrong and where: offset from the start of the message, the offending attribute
 * type (0: none), the missing attribute type (0: none), a static reason. */
struct hvlink_error {
    const char *msg;
    uint32_t offset;
    uint16_t attr;
    uint16_t missing;
    uint32_t kind;
};

/* The negative errno a netlink peer reports for an error kind (Rust: Error::errno). */
static inline int hvlink_errno(uint32_t kind)
{
    switch (kind) {
    case HVLINK_ERR_NONE:
        return 0;
    case HVLINK_ERR_LIMIT_EXCEEDED:
    case HVLINK_ERR_TOO_LARGE:
        return -7;
    case HVLINK_ERR_UNKNOWN_MUST_UNDERSTAND:
    case HVLINK_ERR_UNEXPECTED_TYPE:
        return -95;
    case HVLINK_ERR_BUFFER_TOO_SMALL:
        return -105;
    default:
        return -22;
    }
}

static inline int hvlink__fail(struct hvlink_error *e, uint32_t kind, uint32_t offset,
                               uint16_t attr, uint16_t missing, const char *msg)
{
    e->kind = kind;
    e->offset = offset;
    e->attr = attr;
    e->missing = missing;
    e->msg = msg;
    return hvlink_errno(kind);
}

/* Little-endian loads of exactly n bytes the caller has checked are there. */
static inline uint16_t hvlink__ld16(const uint8_t *p)
{
    return (uint16_t)(p[0] | (uint16_t)(p[1] << 8));
}
static inline uint32_t hvlink__ld32(const uint8_t *p)
{
    return (uint32_t)p[0] | ((uint32_t)p[1] << 8) | ((uint32_t)p[2] << 16) |
           ((uint32_t)p[3] << 24);
}
static inline uint64_t hvlink__ld64(const uint8_t *p)
{
    return (uint64_t)hvlink__ld32(p) | ((uint64_t)hvlink__ld32(p + 4) << 32);
}

/* ------------------------------------------------------------------------------------------
 * Attributes (docs/PROTOCOL.md section 4)
 * ---------------------------------------------------------------------------------------- */

#define HVLINK_ATTR_HEADER_LEN 4u

/* One attribute: its whole type field, where its header sits in the message, its payload. */
struct hvlink_attr {
    const uint8_t *payload;
    uint32_t len; /* payload bytes, without header and padding */
    uint32_t offset;
    uint16_t raw;
};

static inline uint16_t hvlink_attr_kind(const struct hvlink_attr *a)
{
    return (uint16_t)(a->raw & 0x3fffu);
}

/* The attributes of one level: what is left of it and the message offset of its next byte. */
struct hvlink_walk {
    const uint8_t *p;
    size_t left;
    uint32_t offset;
};

static inline void hvlink_walk_init(struct hvlink_walk *w, const uint8_t *p, size_t n,
                                    uint32_t offset)
{
    w->p = p;
    w->left = n;
    w->offset = offset;
}

/* The next attribute: 1 and *a, 0 at the end, or a negative errno for a framing error
 * (after which the walk must not be continued). Rust: rt::Walk::next / codec Attrs::next. */
static inline int hvlink_walk_next(struct hvlink_walk *w, struct hvlink_attr *a,
                                   struct hvlink_error *e)
{
    size_t len, step;
    uint16_t raw;
    if (w->left == 0)
        return 0;
    if (w->left < HVLINK_ATTR_HEADER_LEN)
        return hvlink__fail(e, HVLINK_ERR_TRAILING_BYTES, w->offset, 0, 0,
                            "bytes after the last attribute do not form an attribute header");
    len = hvlink__ld16(w->p);
    raw = hvlink__ld16(w->p + 2);
    if (len < HVLINK_ATTR_HEADER_LEN)
        return hvlink__fail(e, HVLINK_ERR_BAD_LENGTH, w->offset, (uint16_t)(raw & 0x3fffu), 0,
                            "attribute length smaller than its header");
    if (len > w->left)
        return hvlink__fail(e, HVLINK_ERR_BAD_LENGTH, w->offset, (uint16_t)(raw & 0x3fffu), 0,
                            "attribute length runs past its container");
    a->payload = w->p + HVLINK_ATTR_HEADER_LEN;
    a->len = (uint32_t)(len - HVLINK_ATTR_HEADER_LEN);
    a->offset = w->offset;
    a->raw = raw;
    /* The last attribute may omit its padding. */
    step = (len + 3u) & ~(size_t)3u;
    if (step > w->left)
        step = w->left;
    w->p += step;
    w->left -= step;
    w->offset += (uint32_t)step;
    return 1;
}

/* The next attribute if its header is exactly `header` (length in the low half, type field
 * in the high half) and its payload is there: 1 and *a; the walk does not move otherwise.
 * What the generated parsers try first, in the order their encoder writes (Rust:
 * rt::Walk::expect): one compare stands for the type, flag and size checks of a fixed-size
 * attribute, and the attribute is then the one hvlink_walk_next would have returned. */
static inline int hvlink_walk_expect(struct hvlink_walk *w, uint32_t header, struct hvlink_attr *a)
{
    size_t len = header & 0xffffu, step;
    if (w->left < len || len < HVLINK_ATTR_HEADER_LEN || hvlink__ld32(w->p) != header)
        return 0;
    a->payload = w->p + HVLINK_ATTR_HEADER_LEN;
    a->len = (uint32_t)(len - HVLINK_ATTR_HEADER_LEN);
    a->offset = w->offset;
    a->raw = (uint16_t)(header >> 16);
    step = (len + 3u) & ~(size_t)3u;
    if (step > w->left)
        step = w->left;
    w->p += step;
    w->left -= step;
    w->offset += (uint32_t)step;
    return 1;
}

/* Errors about one attribute (Rust: rt::decode's attr_errors). */
static inline int hvlink__attr_fail(struct hvlink_error *e, const struct hvlink_attr *a,
                                    uint32_t kind, const char *msg)
{
    return hvlink__fail(e, kind, a->offset, hvlink_attr_kind(a), 0, msg);
}

/* An integer payload of exactly `size` bytes, without the nested flag. */
static inline int hvlink__int(const struct hvlink_attr *a, uint32_t size, uint64_t *v,
                              struct hvlink_error *e)
{
    if (a->len != size)
        return hvlink__attr_fail(e, a, HVLINK_ERR_BAD_SIZE,
                                 "attribute payload has the wrong size for its type");
    if (a->raw & 0x8000u)
        return hvlink__attr_fail(e, a, HVLINK_ERR_NOT_NESTED,
                                 "scalar attribute has the nested flag");
    switch (size) {
    case 1:
        *v = a->payload[0];
        break;
    case 2:
        *v = hvlink__ld16(a->payload);
        break;
    case 4:
        *v = hvlink__ld32(a->payload);
        break;
    default:
        *v = hvlink__ld64(a->payload);
        break;
    }
    return 0;
}

static inline int hvlink__flag(const struct hvlink_attr *a, struct hvlink_error *e)
{
    if (a->len != 0)
        return hvlink__attr_fail(e, a, HVLINK_ERR_BAD_SIZE, "flag attribute has a payload");
    return 0;
}

static inline int hvlink__binary(const struct hvlink_attr *a, uint32_t min, uint32_t max,
                                 struct hvlink_error *e)
{
    if (a->len < min || a->len > max)
        return hvlink__attr_fail(e, a, HVLINK_ERR_BAD_SIZE, "binary length out of bounds");
    return 0;
}

/* Well-formed UTF-8 as Rust's core::str::from_utf8 defines it (no overlong forms, no
 * surrogates, nothing above U+10FFFF). */
static inline bool hvlink_utf8_valid(const uint8_t *s, size_t n)
{
    size_t i = 0;
    while (i < n) {
        uint8_t c = s[i];
        uint8_t lo = 0x80, hi = 0xbf;
        size_t more, k;
        if (c < 0x80) {
            i++;
            continue;
        }
        if (c >= 0xc2 && c <= 0xdf) {
            more = 1;
        } else if (c >= 0xe0 && c <= 0xef) {
            more = 2;
            if (c == 0xe0)
                lo = 0xa0;
            if (c == 0xed)
                hi = 0x9f;
        } else if (c >= 0xf0 && c <= 0xf4) {
            more = 3;
            if (c == 0xf0)
                lo = 0x90;
            if (c == 0xf4)
                hi = 0x8f;
        } else {
            return false;
        }
        if (n - i - 1 < more)
            return false;
        if (s[i + 1] < lo || s[i + 1] > hi)
            return false;
        for (k = 2; k <= more; k++)
            if (s[i + k] < 0x80 || s[i + k] > 0xbf)
                return false;
        i += more + 1;
    }
    return true;
}

/* A NUL-terminated string without an inner NUL (Rust: Attr::cstr); *n excludes the NUL. */
static inline int hvlink__cstr(const struct hvlink_attr *a, uint32_t *n, struct hvlink_error *e)
{
    uint32_t i;
    if (a->len == 0 || a->payload[a->len - 1] != 0)
        return hvlink__attr_fail(e, a, HVLINK_ERR_BAD_VALUE, "string is not NUL-terminated");
    for (i = 0; i + 1 < a->len; i++)
        if (a->payload[i] == 0)
            return hvlink__attr_fail(e, a, HVLINK_ERR_BAD_VALUE, "string has an embedded NUL");
    *n = a->len - 1;
    return 0;
}

/* A string of min..=max bytes before its NUL, UTF-8 (Rust: rt::string). */
static inline int hvlink__string(const struct hvlink_attr *a, uint32_t min, uint32_t max,
                                 struct hvlink_error *e)
{
    uint32_t n = 0;
    int r = hvlink__cstr(a, &n, e);
    if (r)
        return r;
    if (n < min || n > max)
        return hvlink__attr_fail(e, a, HVLINK_ERR_BAD_SIZE, "string length out of bounds");
    if (!hvlink_utf8_valid(a->payload, n))
        return hvlink__attr_fail(e, a, HVLINK_ERR_BAD_VALUE, "string is not UTF-8");
    return 0;
}

static inline int hvlink__too_many(const struct hvlink_attr *a, struct hvlink_error *e)
{
    return hvlink__attr_fail(e, a, HVLINK_ERR_LIMIT_EXCEEDED,
                             "more attributes than the policy allows");
}
static inline int hvlink__duplicate(const struct hvlink_attr *a, struct hvlink_error *e)
{
    return hvlink__attr_fail(e, a, HVLINK_ERR_DUPLICATE, "attribute appears more than once");
}
static inline int hvlink__bad_flags(const struct hvlink_attr *a, struct hvlink_error *e)
{
    return hvlink__attr_fail(e, a, HVLINK_ERR_BAD_VALUE, "unknown flag bits set");
}
static inline int hvlink__out_of_range(const struct hvlink_attr *a, struct hvlink_error *e)
{
    return hvlink__attr_fail(e, a, HVLINK_ERR_BAD_VALUE, "value out of range");
}
static inline int hvlink__not_member(const struct hvlink_attr *a, struct hvlink_error *e)
{
    return hvlink__attr_fail(e, a, HVLINK_ERR_BAD_VALUE,
                             "value is not an entry of its closed enum");
}
/* An unknown attribute: ignored unless its sender marked it must-understand. */
static inline int hvlink__unknown(const struct hvlink_attr *a, struct hvlink_error *e)
{
    if (a->raw & 0x4000u)
        return hvlink__attr_fail(e, a, HVLINK_ERR_UNKNOWN_MUST_UNDERSTAND,
                                 "unknown attribute marked must-understand");
    return 0;
}
static inline int hvlink__missing(uint32_t container, uint16_t kind, struct hvlink_error *e)
{
    return hvlink__fail(e, HVLINK_ERR_MISSING, container, 0, kind, "required attribute missing");
}
static inline int hvlink__two_forms(uint32_t at, struct hvlink_error *e)
{
    return hvlink__fail(e, HVLINK_ERR_BAD_VALUE, at, 0, 0, "attributes of two exclusive forms");
}
static inline int hvlink__when(uint32_t at, uint16_t kind, struct hvlink_error *e)
{
    return hvlink__fail(e, HVLINK_ERR_BAD_VALUE, at, kind, 0,
                        "attribute present although its `when` condition does not hold");
}

/* ------------------------------------------------------------------------------------------
 * Repeated attributes: a validated level of a received message (wire != NULL), or a caller's
 * array to encode (items != NULL). Iterating a received list re-walks the level; the parser
 * validated every byte of it, so the typed *_next helpers cannot fail on it.
 * ---------------------------------------------------------------------------------------- */

struct hvlink_list {
    const uint8_t *wire;
    const void *items;
    uint32_t wire_len;
    uint32_t wire_offset;
    uint32_t count;
    uint16_t kind;
};

/* One string or binary element of a repeated attribute (strings: len excludes the NUL). */
struct hvlink_bytes {
    const uint8_t *data;
    uint32_t len;
};

struct hvlink_list_iter {
    struct hvlink_walk walk;
    uint32_t left;
    uint16_t kind;
};

static inline void hvlink_list_iter_init(struct hvlink_list_iter *it, const struct hvlink_list *l)
{
    hvlink_walk_init(&it->walk, l->wire, l->wire ? l->wire_len : 0, l->wire_offset);
    it->left = l->wire ? l->count : 0;
    it->kind = l->kind;
}

/* The next element's attribute: 1 and *a, or 0 at the end. */
static inline int hvlink_list_next_attr(struct hvlink_list_iter *it, struct hvlink_attr *a)
{
    struct hvlink_error e;
    while (it->left > 0) {
        if (hvlink_walk_next(&it->walk, a, &e) != 1) {
            it->left = 0;
            return 0;
        }
        if (hvlink_attr_kind(a) == it->kind) {
            it->left--;
            return 1;
        }
    }
    return 0;
}

/* ------------------------------------------------------------------------------------------
 * Messages (docs/PROTOCOL.md sections 2, 3 and 6)
 * ---------------------------------------------------------------------------------------- */

#define HVLINK_RT_MSG_HEADER_LEN 16u
#define HVLINK_RT_MAX_MESSAGE_LEN 65536u
#define HVLINK_NLM_F_CAPPED 0x100u
#define HVLINK_NLM_F_ACK_TLVS 0x200u

/* A message: its header fields and a payload inside the caller's buffer. */
struct hvlink_msg {
    const uint8_t *payload;
    uint32_t len;
    uint32_t payload_len;
    uint32_t seq;
    uint32_t port;
    uint16_t type;
    uint16_t flags;
};

/* The message at the start of buf (bytes after its len are ignored). Rust: Message::parse. */
static inline int hvlink_msg_parse(const void *buf, size_t n, struct hvlink_msg *m,
                                   struct hvlink_error *e)
{
    const uint8_t *p = (const uint8_t *)buf;
    uint32_t len;
    if (n < HVLINK_RT_MSG_HEADER_LEN)
        return hvlink__fail(e, HVLINK_ERR_TRUNCATED, 0, 0, 0,
                            "buffer shorter than a message header");
    len = hvlink__ld32(p);
    if (len < HVLINK_RT_MSG_HEADER_LEN)
        return hvlink__fail(e, HVLINK_ERR_BAD_LENGTH, 0, 0, 0,
                            "message length smaller than its header");
    if (len > HVLINK_RT_MAX_MESSAGE_LEN)
        return hvlink__fail(e, HVLINK_ERR_LIMIT_EXCEEDED, 0, 0, 0,
                            "message longer than MAX_MESSAGE_LEN");
    if (len > n)
        return hvlink__fail(e, HVLINK_ERR_TRUNCATED, 0, 0, 0,
                            "message length runs past the buffer");
    m->len = len;
    m->type = hvlink__ld16(p + 4);
    m->flags = hvlink__ld16(p + 6);
    m->seq = hvlink__ld32(p + 8);
    m->port = hvlink__ld32(p + 12);
    m->payload = p + HVLINK_RT_MSG_HEADER_LEN;
    m->payload_len = len - HVLINK_RT_MSG_HEADER_LEN;
    return 0;
}

/* The family header of a message and the walk over its attributes. Rust: Message::genl. */
static inline int hvlink_msg_genl(const struct hvlink_msg *m, uint8_t *cmd, uint8_t *version,
                                  struct hvlink_walk *attrs, struct hvlink_error *e)
{
    if (m->payload_len < 4)
        return hvlink__fail(e, HVLINK_ERR_TRUNCATED, 16, 0, 0,
                            "payload shorter than a family header");
    if (hvlink__ld16(m->payload + 2) != 0)
        return hvlink__fail(e, HVLINK_ERR_RESERVED, 18, 0, 0,
                            "family header reserved field is not zero");
    if (cmd)
        *cmd = m->payload[0];
    if (version)
        *version = m->payload[1];
    hvlink_walk_init(attrs, m->payload + 4, m->payload_len - 4, 20);
    return 0;
}

/* An ERROR message (type 2): status, the echoed request header, the echoed request payload
 * (when not capped) and the extended ack. Pointers point into the caller's buffer; strings
 * are NUL-terminated there. */
struct hvlink_errmsg {
    int32_t status;
    struct hvlink_msg request; /* header fields; payload/payload_len: the echoed payload */
    bool has_request_payload;
    bool has_msg, has_offset, has_cookie, has_policy, has_missing_type, has_missing_nest;
    const char *msg; /* extack MSG, UTF-8, msg_len bytes before its NUL */
    uint32_t msg_len;
    uint32_t offset; /* extack OFFS: the offending attribute's offset in the request */
    const uint8_t *cookie;
    uint32_t cookie_len;
    const uint8_t *policy; /* the raw POLICY nest payload */
    uint32_t policy_len;
    uint32_t missing_type; /* extack MISS_TYPE */
    uint32_t missing_nest; /* extack MISS_NEST */
};

/* Parse an ERROR message. Rust: Message::error / errmsg::Repr::parse (same errors). */
static inline int hvlink_errmsg_parse(const struct hvlink_msg *m, struct hvlink_errmsg *out,
                                      struct hvlink_error *e)
{
    const uint8_t *rest;
    size_t rest_len, echoed, start;
    uint32_t rlen;
    bool capped;
    struct hvlink_walk w;
    struct hvlink_attr a;
    int r;
    if (m->type != 2u)
        return hvlink__fail(e, HVLINK_ERR_UNEXPECTED_TYPE, 4, 0, 0, "not an ERROR message");
    if (m->payload_len < 4)
        return hvlink__fail(e, HVLINK_ERR_TRUNCATED, 16, 0, 0,
                            "ERROR message shorter than its status");
    out->status = (int32_t)hvlink__ld32(m->payload);
    rest = m->payload + 4;
    rest_len = m->payload_len - 4;
    if (rest_len < HVLINK_RT_MSG_HEADER_LEN)
        return hvlink__fail(e, HVLINK_ERR_TRUNCATED, 20, 0, 0,
                            "ERROR message lacks the request header");
    rlen = hvlink__ld32(rest);
    out->request.len = rlen;
    out->request.type = hvlink__ld16(rest + 4);
    out->request.flags = hvlink__ld16(rest + 6);
    out->request.seq = hvlink__ld32(rest + 8);
    out->request.port = hvlink__ld32(rest + 12);
    capped = (m->flags & HVLINK_NLM_F_CAPPED) != 0;
    echoed = capped ? HVLINK_RT_MSG_HEADER_LEN
                    : (rlen > HVLINK_RT_MSG_HEADER_LEN ? (size_t)rlen : HVLINK_RT_MSG_HEADER_LEN);
    if (echoed > rest_len)
        return hvlink__fail(e, HVLINK_ERR_TRUNCATED, 20, 0, 0,
                            "echoed request runs past the ERROR message");
    out->has_request_payload = !capped;
    out->request.payload = rest + HVLINK_RT_MSG_HEADER_LEN;
    out->request.payload_len = (uint32_t)(echoed - HVLINK_RT_MSG_HEADER_LEN);
    out->has_msg = out->has_offset = out->has_cookie = out->has_policy = false;
    out->has_missing_type = out->has_missing_nest = false;
    out->msg = (const char *)0;
    out->msg_len = 0;
    out->offset = out->missing_type = out->missing_nest = 0;
    out->cookie = out->policy = (const uint8_t *)0;
    out->cookie_len = out->policy_len = 0;
    if (!(m->flags & HVLINK_NLM_F_ACK_TLVS))
        return 0;
    start = (echoed + 3u) & ~(size_t)3u;
    if (start > rest_len)
        start = rest_len;
    hvlink_walk_init(&w, rest + start, rest_len - start, (uint32_t)(20 + start));
    while ((r = hvlink_walk_next(&w, &a, e)) == 1) {
        uint64_t v = 0;
        switch (hvlink_attr_kind(&a)) {
        case 1: {
            uint32_t n = 0;
            r = hvlink__cstr(&a, &n, e);
            if (r)
                return r;
            if (!hvlink_utf8_valid(a.payload, n))
                return hvlink__attr_fail(e, &a, HVLINK_ERR_BAD_VALUE, "string is not UTF-8");
            out->has_msg = true;
            out->msg = (const char *)a.payload;
            out->msg_len = n;
            break;
        }
        case 2:
        case 5:
        case 6:
            if (a.len != 4)
                return hvlink__attr_fail(e, &a, HVLINK_ERR_BAD_SIZE,
                                         "attribute payload is not 4 bytes (u32)");
            v = hvlink__ld32(a.payload);
            if (hvlink_attr_kind(&a) == 2) {
                out->has_offset = true;
                out->offset = (uint32_t)v;
            } else if (hvlink_attr_kind(&a) == 5) {
                out->has_missing_type = true;
                out->missing_type = (uint32_t)v;
            } else {
                out->has_missing_nest = true;
                out->missing_nest = (uint32_t)v;
            }
            break;
        case 3:
            out->has_cookie = true;
            out->cookie = a.payload;
            out->cookie_len = a.len;
            break;
        case 4:
            out->has_policy = true;
            out->policy = a.payload;
            out->policy_len = a.len;
            break;
        default:
            break; /* newer peers may add more; they are optional */
        }
    }
    return r;
}

/* An op without a reply set: every attribute is unknown (counted, ignored unless
 * must-understand). Rust: rt::Empty::decode_at. */
static inline int hvlink_empty_parse(struct hvlink_walk *w, struct hvlink_error *e)
{
    struct hvlink_attr a;
    uint32_t count = 0;
    int r;
    while ((r = hvlink_walk_next(w, &a, e)) == 1) {
        if (++count > 1024u)
            return hvlink__too_many(&a, e);
        r = hvlink__unknown(&a, e);
        if (r)
            return r;
    }
    return r;
}

#ifdef __cplusplus
}
#endif

#endif /* HVLINK_RT_H */
