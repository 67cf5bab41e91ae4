// Do not edit: generated from proto/spec/*.yaml by hvlink-proto-gen; regenerate with `cargo run -p hvlink-proto-gen`.
/*
 * hvlink_parse.h - typed reply parsers and encoders for every attribute set of the ABI.
 *
 * Per attribute set S of family F:
 *   struct hvlink_F_S                  the decoded set: per attribute a value and has_<name>
 *                                      (strings and binaries: pointer + <name>_len into the
 *                                      message; nests: the nested struct; repeated
 *                                      attributes: a struct hvlink_list; forms: `form`)
 *   hvlink_F_S_init(v)                 all absent, defaults filled (to build a request)
 *   hvlink_F_S_parse_at(p, n, off, container, v, err)
 *                                      validate and decode the attributes p[0..n) that sit
 *                                      at message offset `off`: exactly the checks, order and
 *                                      errors of the Rust decoder (hvlink-proto's decode_at)
 *   hvlink_F_S_<attr>_next(it, out)    the next element of a repeated attribute
 *   hvlink_F_S_put(b, v)               write the attributes as the Rust encoder does
 * Per op O with a reply: hvlink_F_O_reply_parse(buf, n, msg, v, err) parses a whole reply
 * message (header, family header, attributes), as the Rust client's decode of a reply does.
 *
 * Every function is total on any input: it reads only inside [p, p + n), loops at most once
 * per 4 input bytes, recurses only as deep as the spec nests (at most 10), and allocates
 * nothing. Returns 0, or a negative errno with *err saying what and where.
 */
#ifndef HVLINK_PARSE_H
#define HVLINK_PARSE_H

#include "hvlink.h"
#include "hvlink_rt.h"

#ifdef __cplusplus
extern "C" {
#endif

/* ==========================================================================================
 * Family memory
 * ======================================================================================= */

/* memory-map-req: Request of memory_map. */
struct hvlink_memory_memory_map_req {
    uint32_t max_entries; /* Most ranges the caller wants back (Xen's nr_entries on input). */
    bool has_max_entries;
};

/* e820-entry: One range of the memory map. */
struct hvlink_memory_e820_entry {
    uint64_t addr; /* Guest-physical start address. */
    bool has_addr;
    uint64_t size; /* Length in bytes. */
    bool has_size;
    uint32_t type; /* What the range is. */
    bool has_type;
};

/* memory-map-reply: Reply of memory_map. */
struct hvlink_memory_memory_map_reply {
    uint32_t total; /* Number of ranges in the whole map; more than the entries returned means it was cut short. */
    bool has_total;
    struct hvlink_list entry; /* One range, in ascending address order. (up to 128) */
};

/* extent: One extent of a reservation batch. */
struct hvlink_memory_extent {
    uint64_t gpfn; /* Guest frame where the extent starts (aligned to the extent order). */
    bool has_gpfn;
};

/* reservation-req: Request of increase_reservation, decrease_reservation and populate_physmap (struct xen_memory_reservation): one extent as a top-level attribute or a batch. */
#define HVLINK_MEMORY_RESERVATION_REQ_FORM_SINGLE 0u /* One extent; the form a FastABI register call carries. */
#define HVLINK_MEMORY_RESERVATION_REQ_FORM_BATCH 1u /* Up to 2048 extents in one message. */
struct hvlink_memory_reservation_req {
    uint32_t form; /* HVLINK_MEMORY_RESERVATION_REQ_FORM_* */
    uint16_t domid; /* Domain whose reservation changes; DOMID_SELF (0x7FF0) for the caller. */
    bool has_domid;
    uint8_t extent_order; /* log2 of the pages in each extent (0: 4 KiB, 9: 2 MiB). */
    bool has_extent_order;
    uint64_t gpfn; /* Guest frame of the one extent. */
    bool has_gpfn;
    uint8_t mode; /* Batch semantics. */
    bool has_mode;
    struct hvlink_list extent; /* One extent of the batch. (up to 2048) */
};

/* extent-result: Result of one extent. */
struct hvlink_memory_extent_result {
    uint32_t index; /* Position of the extent in the request (0-based). */
    bool has_index;
    int16_t status; /* Result of this extent. */
    bool has_status;
};

/* reservation-reply: Reply of the reservation ops, in the form of the request. */
#define HVLINK_MEMORY_RESERVATION_REPLY_FORM_SINGLE 0u /* Result of the one extent. */
#define HVLINK_MEMORY_RESERVATION_REPLY_FORM_BATCH 1u /* One result per extent. */
struct hvlink_memory_reservation_reply {
    uint32_t form; /* HVLINK_MEMORY_RESERVATION_REPLY_FORM_* */
    int16_t status; /* Result of the extent. */
    bool has_status;
    struct hvlink_list entry; /* Result of one extent. (up to 2048) */
};

/* physmap-entry: One frame of an add_to_physmap_batch. */
struct hvlink_memory_physmap_entry {
    uint64_t idx; /* Frame in the source space. */
    bool has_idx;
    uint64_t gpfn; /* Guest frame where it appears. */
    bool has_gpfn;
};

/* physmap-req: Request of add_to_physmap_batch (struct xen_add_to_physmap_batch): one frame as top-level attributes or a batch. */
#define HVLINK_MEMORY_PHYSMAP_REQ_FORM_SINGLE 0u /* One frame; the form a FastABI register call carries. */
#define HVLINK_MEMORY_PHYSMAP_REQ_FORM_BATCH 1u /* Up to 1024 frames in one message. */
struct hvlink_memory_physmap_req {
    uint32_t form; /* HVLINK_MEMORY_PHYSMAP_REQ_FORM_* */
    uint16_t domid; /* Domain whose physmap changes; DOMID_SELF (0x7FF0) for the caller. */
    bool has_domid;
    uint32_t space; /* Where the frames come from. */
    bool has_space;
    uint16_t foreign_domid; /* The foreign domain (gmfn-foreign only; DOMID_INVALID otherwise). */
    bool has_foreign_domid;
    uint64_t idx; /* Frame in the source space. */
    bool has_idx;
    uint64_t gpfn; /* Guest frame where it appears. */
    bool has_gpfn;
    uint8_t mode; /* Batch semantics. */
    bool has_mode;
    struct hvlink_list entry; /* One frame of the batch. (up to 1024) */
};

/* remove-req: Request of remove_from_physmap (struct xen_remove_from_physmap). */
struct hvlink_memory_remove_req {
    uint16_t domid; /* Domain whose physmap changes; DOMID_SELF (0x7FF0) for the caller. */
    bool has_domid;
    uint64_t gpfn; /* Guest frame whose mapping goes. */
    bool has_gpfn;
};

/* dom-req: Request naming a domain. */
struct hvlink_memory_dom_req {
    uint16_t dom; /* Domain; DOMID_SELF (0x7FF0) for the caller. */
    bool has_dom;
};

/* pages-reply: Reply carrying a page count. */
struct hvlink_memory_pages_reply {
    uint64_t pages; /* Number of pages. */
    bool has_pages;
};

/* gpfn-reply: Reply of maximum_gpfn. */
struct hvlink_memory_gpfn_reply {
    uint64_t gpfn; /* Highest guest frame number in use. */
    bool has_gpfn;
};

static inline int hvlink_memory_memory_map_req_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_memory_memory_map_req *out, struct hvlink_error *e);
static inline int hvlink_memory_e820_entry_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_memory_e820_entry *out, struct hvlink_error *e);
static inline int hvlink_memory_memory_map_reply_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_memory_memory_map_reply *out, struct hvlink_error *e);
static inline int hvlink_memory_extent_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_memory_extent *out, struct hvlink_error *e);
static inline int hvlink_memory_reservation_req_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_memory_reservation_req *out, struct hvlink_error *e);
static inline int hvlink_memory_extent_result_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_memory_extent_result *out, struct hvlink_error *e);
static inline int hvlink_memory_reservation_reply_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_memory_reservation_reply *out, struct hvlink_error *e);
static inline int hvlink_memory_physmap_entry_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_memory_physmap_entry *out, struct hvlink_error *e);
static inline int hvlink_memory_physmap_req_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_memory_physmap_req *out, struct hvlink_error *e);
static inline int hvlink_memory_remove_req_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_memory_remove_req *out, struct hvlink_error *e);
static inline int hvlink_memory_dom_req_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_memory_dom_req *out, struct hvlink_error *e);
static inline int hvlink_memory_pages_reply_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_memory_pages_reply *out, struct hvlink_error *e);
static inline int hvlink_memory_gpfn_reply_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_memory_gpfn_reply *out, struct hvlink_error *e);
static inline int hvlink_memory_e820_entry_read_valid(const uint8_t *p, size_t n, uint32_t off, struct hvlink_memory_e820_entry *out);
static inline int hvlink_memory_extent_read_valid(const uint8_t *p, size_t n, uint32_t off, struct hvlink_memory_extent *out);
static inline int hvlink_memory_extent_result_read_valid(const uint8_t *p, size_t n, uint32_t off, struct hvlink_memory_extent_result *out);
static inline int hvlink_memory_physmap_entry_read_valid(const uint8_t *p, size_t n, uint32_t off, struct hvlink_memory_physmap_entry *out);

/* memory-map-req: every attribute absent, defaults filled. */
static inline void hvlink_memory_memory_map_req_init(struct hvlink_memory_memory_map_req *v)
{
    v->max_entries = (uint32_t)0x80ULL;
    v->has_max_entries = false;
}

/* Validate and decode memory-map-req (the Rust decoder's checks, order and errors). */
static inline int hvlink_memory_memory_map_req_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_memory_memory_map_req *out, struct hvlink_error *e)
{
    struct hvlink_walk w;
    struct hvlink_attr a;
    uint32_t count = 0;
    int r;
    uint64_t seen[2] = {0, 0};
    uint64_t v = 0;
    (void)container;
    hvlink_memory_memory_map_req_init(out);
    hvlink_walk_init(&w, p, n, off);
    if (hvlink_walk_expect(&w, 0x00010008u, &a)) {
        count++;
        seen[0] |= 0x1ULL;
        r = hvlink__int(&a, 4, &v, e);
        if (r)
            return r;
        if (v < 0x1ULL || v > 0x80ULL)
            return hvlink__out_of_range(&a, e);
        out->max_entries = (uint32_t)v;
        out->has_max_entries = true;
    }
    while ((r = hvlink_walk_next(&w, &a, e)) == 1) {
        if (++count > 1024u)
            return hvlink__too_many(&a, e);
        switch (hvlink_attr_kind(&a)) {
        case 1: {
            if (seen[0] & 0x1ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x1ULL;
            r = hvlink__int(&a, 4, &v, e);
            if (r)
                return r;
            if (v < 0x1ULL || v > 0x80ULL)
                return hvlink__out_of_range(&a, e);
            out->max_entries = (uint32_t)v;
            out->has_max_entries = true;
            break;
        }
        default:
            r = hvlink__unknown(&a, e);
            if (r)
                return r;
            break;
        }
    }
    if (r < 0)
        return r;
    return 0;
}

/* Write the attributes of memory-map-req as the Rust encoder does (the order of the spec, the chosen
 * form's after the common ones; defaults and absent values left out). */
static inline void hvlink_memory_memory_map_req_put(struct hvlink_buf *b, const struct hvlink_memory_memory_map_req *v)
{
    if (v->max_entries != (uint32_t)0x80ULL) {
        hvlink_put_u32(b, 1, v->max_entries);
    }
}

/* e820-entry: every attribute absent, defaults filled. */
static inline void hvlink_memory_e820_entry_init(struct hvlink_memory_e820_entry *v)
{
    v->addr = (uint64_t)0x0ULL;
    v->has_addr = false;
    v->size = (uint64_t)0x0ULL;
    v->has_size = false;
    v->type = (uint32_t)0x0ULL;
    v->has_type = false;
}

/* Validate and decode e820-entry (the Rust decoder's checks, order and errors). */
static inline int hvlink_memory_e820_entry_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_memory_e820_entry *out, struct hvlink_error *e)
{
    struct hvlink_walk w;
    struct hvlink_attr a;
    uint32_t count = 0;
    int r;
    uint64_t seen[2] = {0, 0};
    uint64_t v = 0;
    hvlink_memory_e820_entry_init(out);
    hvlink_walk_init(&w, p, n, off);
    if (hvlink_walk_expect(&w, 0x0001000cu, &a)) {
        count++;
        seen[0] |= 0x1ULL;
        r = hvlink__int(&a, 8, &v, e);
        if (r)
            return r;
        out->addr = (uint64_t)v;
        out->has_addr = true;
    }
    if (hvlink_walk_expect(&w, 0x0002000cu, &a)) {
        count++;
        seen[0] |= 0x2ULL;
        r = hvlink__int(&a, 8, &v, e);
        if (r)
            return r;
        out->size = (uint64_t)v;
        out->has_size = true;
    }
    if (hvlink_walk_expect(&w, 0x00030008u, &a)) {
        count++;
        seen[0] |= 0x4ULL;
        r = hvlink__int(&a, 4, &v, e);
        if (r)
            return r;
        out->type = (uint32_t)v;
        out->has_type = true;
    }
    while ((r = hvlink_walk_next(&w, &a, e)) == 1) {
        if (++count > 1024u)
            return hvlink__too_many(&a, e);
        switch (hvlink_attr_kind(&a)) {
        case 1: {
            if (seen[0] & 0x1ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x1ULL;
            r = hvlink__int(&a, 8, &v, e);
            if (r)
                return r;
            out->addr = (uint64_t)v;
            out->has_addr = true;
            break;
        }
        case 2: {
            if (seen[0] & 0x2ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x2ULL;
            r = hvlink__int(&a, 8, &v, e);
            if (r)
                return r;
            out->size = (uint64_t)v;
            out->has_size = true;
            break;
        }
        case 3: {
            if (seen[0] & 0x4ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x4ULL;
            r = hvlink__int(&a, 4, &v, e);
            if (r)
                return r;
            out->type = (uint32_t)v;
            out->has_type = true;
            break;
        }
        default:
            r = hvlink__unknown(&a, e);
            if (r)
                return r;
            break;
        }
    }
    if (r < 0)
        return r;
    if (!(seen[0] & 0x1ULL))
        return hvlink__missing(container, 1, e);
    if (!(seen[0] & 0x2ULL))
        return hvlink__missing(container, 2, e);
    if (!(seen[0] & 0x4ULL))
        return hvlink__missing(container, 3, e);
    return 0;
}

/* Read e820-entry bytes that hvlink_memory_e820_entry_parse_at accepted (list iteration): values only. */
static inline int hvlink_memory_e820_entry_read_valid(const uint8_t *p, size_t n, uint32_t off, struct hvlink_memory_e820_entry *out)
{
    struct hvlink_walk w;
    struct hvlink_attr a;
    struct hvlink_error e;
    int r;
    hvlink_memory_e820_entry_init(out);
    hvlink_walk_init(&w, p, n, off);
    if (hvlink_walk_expect(&w, 0x0001000cu, &a)) {
        out->addr = (uint64_t)hvlink__ld64(a.payload);
        out->has_addr = true;
    }
    if (hvlink_walk_expect(&w, 0x0002000cu, &a)) {
        out->size = (uint64_t)hvlink__ld64(a.payload);
        out->has_size = true;
    }
    if (hvlink_walk_expect(&w, 0x00030008u, &a)) {
        out->type = (uint32_t)hvlink__ld32(a.payload);
        out->has_type = true;
    }
    while ((r = hvlink_walk_next(&w, &a, &e)) == 1) {
        switch (hvlink_attr_kind(&a)) {
        case 1:
            if (a.len != 8u)
                return -1;
            out->addr = (uint64_t)hvlink__ld64(a.payload);
            out->has_addr = true;
            break;
        case 2:
            if (a.len != 8u)
                return -1;
            out->size = (uint64_t)hvlink__ld64(a.payload);
            out->has_size = true;
            break;
        case 3:
            if (a.len != 4u)
                return -1;
            out->type = (uint32_t)hvlink__ld32(a.payload);
            out->has_type = true;
            break;
        default:
            break;
        }
    }
    return r;
}

/* Write the attributes of e820-entry as the Rust encoder does (the order of the spec, the chosen
 * form's after the common ones; defaults and absent values left out). */
static inline void hvlink_memory_e820_entry_put(struct hvlink_buf *b, const struct hvlink_memory_e820_entry *v)
{
    hvlink_put_u64(b, 1, v->addr);
    hvlink_put_u64(b, 2, v->size);
    hvlink_put_u32(b, 3, v->type);
}

/* memory-map-reply: every attribute absent, defaults filled. */
static inline void hvlink_memory_memory_map_reply_init(struct hvlink_memory_memory_map_reply *v)
{
    v->total = (uint32_t)0x0ULL;
    v->has_total = false;
    v->entry.wire = (const uint8_t *)0;
    v->entry.items = (const void *)0;
    v->entry.wire_len = 0;
    v->entry.wire_offset = 0;
    v->entry.count = 0;
    v->entry.kind = 2;
}

/* Validate and decode memory-map-reply (the Rust decoder's checks, order and errors). */
static inline int hvlink_memory_memory_map_reply_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_memory_memory_map_reply *out, struct hvlink_error *e)
{
    struct hvlink_walk w;
    struct hvlink_attr a;
    uint32_t count = 0;
    int r;
    uint64_t seen[2] = {0, 0};
    uint64_t v = 0;
    hvlink_memory_memory_map_reply_init(out);
    out->entry.wire = p;
    out->entry.wire_len = (uint32_t)n;
    out->entry.wire_offset = off;
    hvlink_walk_init(&w, p, n, off);
    if (hvlink_walk_expect(&w, 0x00010008u, &a)) {
        count++;
        seen[0] |= 0x1ULL;
        r = hvlink__int(&a, 4, &v, e);
        if (r)
            return r;
        out->total = (uint32_t)v;
        out->has_total = true;
    }
    while ((r = hvlink_walk_next(&w, &a, e)) == 1) {
        if (++count > 1024u)
            return hvlink__too_many(&a, e);
        switch (hvlink_attr_kind(&a)) {
        case 1: {
            if (seen[0] & 0x1ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x1ULL;
            r = hvlink__int(&a, 4, &v, e);
            if (r)
                return r;
            out->total = (uint32_t)v;
            out->has_total = true;
            break;
        }
        case 2: {
            seen[0] |= 0x2ULL;
            if (out->entry.count >= 128u)
                return hvlink__too_many(&a, e);
            {
                struct hvlink_memory_e820_entry tmp;
                r = hvlink_memory_e820_entry_parse_at(a.payload, a.len, a.offset + 4u, a.offset, &tmp, e);
                if (r)
                    return r;
            }
            out->entry.count++;
            break;
        }
        default:
            r = hvlink__unknown(&a, e);
            if (r)
                return r;
            break;
        }
    }
    if (r < 0)
        return r;
    if (!(seen[0] & 0x1ULL))
        return hvlink__missing(container, 1, e);
    return 0;
}

/* The next element of memory-map-reply.entry from a parsed list (1, or 0 at the end). */
static inline int hvlink_memory_memory_map_reply_entry_next(struct hvlink_list_iter *it, struct hvlink_memory_e820_entry *out)
{
    struct hvlink_attr a;
    if (!hvlink_list_next_attr(it, &a))
        return 0;
    if (hvlink_memory_e820_entry_read_valid(a.payload, a.len, a.offset + 4u, out) != 0) {
        it->left = 0;
        return 0;
    }
    return 1;
}

/* Write the attributes of memory-map-reply as the Rust encoder does (the order of the spec, the chosen
 * form's after the common ones; defaults and absent values left out). */
static inline void hvlink_memory_memory_map_reply_put(struct hvlink_buf *b, const struct hvlink_memory_memory_map_reply *v)
{
    hvlink_put_u32(b, 1, v->total);
    if (v->entry.items) {
        uint32_t i;
        for (i = 0; i < v->entry.count; i++) {
            struct hvlink_memory_e820_entry x = ((struct hvlink_memory_e820_entry const *)v->entry.items)[i];
            {
                size_t nest = hvlink_nest_begin(b, 2);
                hvlink_memory_e820_entry_put(b, &x);
                hvlink_nest_end(b, nest);
            }
        }
    } else {
        struct hvlink_list_iter it;
        struct hvlink_memory_e820_entry x;
        hvlink_list_iter_init(&it, &v->entry);
        while (hvlink_memory_memory_map_reply_entry_next(&it, &x))
            {
                size_t nest = hvlink_nest_begin(b, 2);
                hvlink_memory_e820_entry_put(b, &x);
                hvlink_nest_end(b, nest);
            }
    }
}

/* extent: every attribute absent, defaults filled. */
static inline void hvlink_memory_extent_init(struct hvlink_memory_extent *v)
{
    v->gpfn = (uint64_t)0x0ULL;
    v->has_gpfn = false;
}

/* Validate and decode extent (the Rust decoder's checks, order and errors). */
static inline int hvlink_memory_extent_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_memory_extent *out, struct hvlink_error *e)
{
    struct hvlink_walk w;
    struct hvlink_attr a;
    uint32_t count = 0;
    int r;
    uint64_t seen[2] = {0, 0};
    uint64_t v = 0;
    hvlink_memory_extent_init(out);
    hvlink_walk_init(&w, p, n, off);
    if (hvlink_walk_expect(&w, 0x0001000cu, &a)) {
        count++;
        seen[0] |= 0x1ULL;
        r = hvlink__int(&a, 8, &v, e);
        if (r)
            return r;
        out->gpfn = (uint64_t)v;
        out->has_gpfn = true;
    }
    while ((r = hvlink_walk_next(&w, &a, e)) == 1) {
        if (++count > 1024u)
            return hvlink__too_many(&a, e);
        switch (hvlink_attr_kind(&a)) {
        case 1: {
            if (seen[0] & 0x1ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x1ULL;
            r = hvlink__int(&a, 8, &v, e);
            if (r)
                return r;
            out->gpfn = (uint64_t)v;
            out->has_gpfn = true;
            break;
        }
        default:
            r = hvlink__unknown(&a, e);
            if (r)
                return r;
            break;
        }
    }
    if (r < 0)
        return r;
    if (!(seen[0] & 0x1ULL))
        return hvlink__missing(container, 1, e);
    return 0;
}

/* Read extent bytes that hvlink_memory_extent_parse_at accepted (list iteration): values only. */
static inline int hvlink_memory_extent_read_valid(const uint8_t *p, size_t n, uint32_t off, struct hvlink_memory_extent *out)
{
    struct hvlink_walk w;
    struct hvlink_attr a;
    struct hvlink_error e;
    int r;
    hvlink_memory_extent_init(out);
    hvlink_walk_init(&w, p, n, off);
    if (hvlink_walk_expect(&w, 0x0001000cu, &a)) {
        out->gpfn = (uint64_t)hvlink__ld64(a.payload);
        out->has_gpfn = true;
    }
    while ((r = hvlink_walk_next(&w, &a, &e)) == 1) {
        switch (hvlink_attr_kind(&a)) {
        case 1:
            if (a.len != 8u)
                return -1;
            out->gpfn = (uint64_t)hvlink__ld64(a.payload);
            out->has_gpfn = true;
            break;
        default:
            break;
        }
    }
    return r;
}

/* Write the attributes of extent as the Rust encoder does (the order of the spec, the chosen
 * form's after the common ones; defaults and absent values left out). */
static inline void hvlink_memory_extent_put(struct hvlink_buf *b, const struct hvlink_memory_extent *v)
{
    hvlink_put_u64(b, 1, v->gpfn);
}

/* reservation-req: every attribute absent, defaults filled. */
static inline void hvlink_memory_reservation_req_init(struct hvlink_memory_reservation_req *v)
{
    v->form = 0;
    v->domid = (uint16_t)0x7ff0ULL;
    v->has_domid = false;
    v->extent_order = (uint8_t)0x0ULL;
    v->has_extent_order = false;
    v->gpfn = (uint64_t)0x0ULL;
    v->has_gpfn = false;
    v->mode = (uint8_t)0x0ULL;
    v->has_mode = false;
    v->extent.wire = (const uint8_t *)0;
    v->extent.items = (const void *)0;
    v->extent.wire_len = 0;
    v->extent.wire_offset = 0;
    v->extent.count = 0;
    v->extent.kind = 5;
}

/* Validate and decode reservation-req (the Rust decoder's checks, order and errors). */
static inline int hvlink_memory_reservation_req_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_memory_reservation_req *out, struct hvlink_error *e)
{
    struct hvlink_walk w;
    struct hvlink_attr a;
    uint32_t count = 0;
    int r;
    uint64_t seen[2] = {0, 0};
    uint64_t v = 0;
    bool form_seen[2] = {false, false};
    uint32_t form_at[2] = {0, 0};
    hvlink_memory_reservation_req_init(out);
    out->extent.wire = p;
    out->extent.wire_len = (uint32_t)n;
    out->extent.wire_offset = off;
    hvlink_walk_init(&w, p, n, off);
    if (hvlink_walk_expect(&w, 0x00010006u, &a)) {
        count++;
        seen[0] |= 0x1ULL;
        r = hvlink__int(&a, 2, &v, e);
        if (r)
            return r;
        out->domid = (uint16_t)v;
        out->has_domid = true;
    }
    if (hvlink_walk_expect(&w, 0x00020005u, &a)) {
        count++;
        seen[0] |= 0x2ULL;
        r = hvlink__int(&a, 1, &v, e);
        if (r)
            return r;
        if (v > 0x9ULL)
            return hvlink__out_of_range(&a, e);
        out->extent_order = (uint8_t)v;
        out->has_extent_order = true;
    }
    if (hvlink_walk_expect(&w, 0x0003000cu, &a)) {
        count++;
        seen[0] |= 0x4ULL;
        r = hvlink__int(&a, 8, &v, e);
        if (r)
            return r;
        out->gpfn = (uint64_t)v;
        out->has_gpfn = true;
        if (!form_seen[0]) {
            form_seen[0] = true;
            form_at[0] = a.offset;
        }
    }
    if (hvlink_walk_expect(&w, 0x40040005u, &a)) {
        count++;
        seen[0] |= 0x8ULL;
        r = hvlink__int(&a, 1, &v, e);
        if (r)
            return r;
        if (!(v == 0x0ULL || v == 0x1ULL))
            return hvlink__not_member(&a, e);
        out->mode = (uint8_t)v;
        out->has_mode = true;
        if (!form_seen[1]) {
            form_seen[1] = true;
            form_at[1] = a.offset;
        }
    }
    while ((r = hvlink_walk_next(&w, &a, e)) == 1) {
        if (++count > 2180u)
            return hvlink__too_many(&a, e);
        switch (hvlink_attr_kind(&a)) {
        case 1: {
            if (seen[0] & 0x1ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x1ULL;
            r = hvlink__int(&a, 2, &v, e);
            if (r)
                return r;
            out->domid = (uint16_t)v;
            out->has_domid = true;
            break;
        }
        case 2: {
            if (seen[0] & 0x2ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x2ULL;
            r = hvlink__int(&a, 1, &v, e);
            if (r)
                return r;
            if (v > 0x9ULL)
                return hvlink__out_of_range(&a, e);
            out->extent_order = (uint8_t)v;
            out->has_extent_order = true;
            break;
        }
        case 3: {
            if (seen[0] & 0x4ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x4ULL;
            r = hvlink__int(&a, 8, &v, e);
            if (r)
                return r;
            out->gpfn = (uint64_t)v;
            out->has_gpfn = true;
            if (!form_seen[0]) {
                form_seen[0] = true;
                form_at[0] = a.offset;
            }
            break;
        }
        case 4: {
            if (seen[0] & 0x8ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x8ULL;
            r = hvlink__int(&a, 1, &v, e);
            if (r)
                return r;
            if (!(v == 0x0ULL || v == 0x1ULL))
                return hvlink__not_member(&a, e);
            out->mode = (uint8_t)v;
            out->has_mode = true;
            if (!form_seen[1]) {
                form_seen[1] = true;
                form_at[1] = a.offset;
            }
            break;
        }
        case 5: {
            seen[0] |= 0x10ULL;
            if (out->extent.count >= 2048u)
                return hvlink__too_many(&a, e);
            {
                struct hvlink_memory_extent tmp;
                r = hvlink_memory_extent_parse_at(a.payload, a.len, a.offset + 4u, a.offset, &tmp, e);
                if (r)
                    return r;
            }
            out->extent.count++;
            if (!form_seen[1]) {
                form_seen[1] = true;
                form_at[1] = a.offset;
            }
            break;
        }
        default:
            r = hvlink__unknown(&a, e);
            if (r)
                return r;
            break;
        }
    }
    if (r < 0)
        return r;
    {
        int chosen = -1, k;
        uint32_t chosen_at = 0;
        for (k = 0; k < 2; k++) {
            if (!form_seen[k])
                continue;
            if (chosen >= 0)
                return hvlink__two_forms(form_at[k] > chosen_at ? form_at[k] : chosen_at, e);
            chosen = k;
            chosen_at = form_at[k];
        }
        if (chosen < 0) {
            return hvlink__missing(container, 3, e);
        }
        out->form = (uint32_t)chosen;
    }
    switch (out->form) {
    case 0:
        if (!out->has_gpfn)
            return hvlink__missing(container, 3, e);
        break;
    default:
        if (out->extent.count == 0)
            return hvlink__missing(container, 5, e);
        break;
    }
    return 0;
}

/* The next element of reservation-req.extent from a parsed list (1, or 0 at the end). */
static inline int hvlink_memory_reservation_req_extent_next(struct hvlink_list_iter *it, struct hvlink_memory_extent *out)
{
    struct hvlink_attr a;
    if (!hvlink_list_next_attr(it, &a))
        return 0;
    if (hvlink_memory_extent_read_valid(a.payload, a.len, a.offset + 4u, out) != 0) {
        it->left = 0;
        return 0;
    }
    return 1;
}

/* Write the attributes of reservation-req as the Rust encoder does (the order of the spec, the chosen
 * form's after the common ones; defaults and absent values left out). */
static inline void hvlink_memory_reservation_req_put(struct hvlink_buf *b, const struct hvlink_memory_reservation_req *v)
{
    if (v->domid != (uint16_t)0x7ff0ULL) {
        hvlink_put_u16(b, 1, v->domid);
    }
    if (v->extent_order != (uint8_t)0x0ULL) {
        hvlink_put_u8(b, 2, v->extent_order);
    }
    switch (v->form) {
    case 0:
        hvlink_put_u64(b, 3, v->gpfn);
        break;
    default:
        if (v->mode != (uint8_t)0x0ULL) {
            hvlink_put_u8(b, 0x4004, v->mode);
        }
        if (v->extent.items) {
            uint32_t i;
            for (i = 0; i < v->extent.count; i++) {
                struct hvlink_memory_extent x = ((struct hvlink_memory_extent const *)v->extent.items)[i];
                {
                    size_t nest = hvlink_nest_begin(b, 5);
                    hvlink_memory_extent_put(b, &x);
                    hvlink_nest_end(b, nest);
                }
            }
        } else {
            struct hvlink_list_iter it;
            struct hvlink_memory_extent x;
            hvlink_list_iter_init(&it, &v->extent);
            while (hvlink_memory_reservation_req_extent_next(&it, &x))
                {
                    size_t nest = hvlink_nest_begin(b, 5);
                    hvlink_memory_extent_put(b, &x);
                    hvlink_nest_end(b, nest);
                }
        }
        break;
    }
}

/* extent-result: every attribute absent, defaults filled. */
static inline void hvlink_memory_extent_result_init(struct hvlink_memory_extent_result *v)
{
    v->index = (uint32_t)0x0ULL;
    v->has_index = false;
    v->status = (int16_t)(0LL);
    v->has_status = false;
}

/* Validate and decode extent-result (the Rust decoder's checks, order and errors). */
static inline int hvlink_memory_extent_result_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_memory_extent_result *out, struct hvlink_error *e)
{
    struct hvlink_walk w;
    struct hvlink_attr a;
    uint32_t count = 0;
    int r;
    uint64_t seen[2] = {0, 0};
    uint64_t v = 0;
    hvlink_memory_extent_result_init(out);
    hvlink_walk_init(&w, p, n, off);
    if (hvlink_walk_expect(&w, 0x00010008u, &a)) {
        count++;
        seen[0] |= 0x1ULL;
        r = hvlink__int(&a, 4, &v, e);
        if (r)
            return r;
        out->index = (uint32_t)v;
        out->has_index = true;
    }
    if (hvlink_walk_expect(&w, 0x00020006u, &a)) {
        count++;
        seen[0] |= 0x2ULL;
        r = hvlink__int(&a, 2, &v, e);
        if (r)
            return r;
        out->status = (int16_t)v;
        out->has_status = true;
    }
    while ((r = hvlink_walk_next(&w, &a, e)) == 1) {
        if (++count > 1024u)
            return hvlink__too_many(&a, e);
        switch (hvlink_attr_kind(&a)) {
        case 1: {
            if (seen[0] & 0x1ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x1ULL;
            r = hvlink__int(&a, 4, &v, e);
            if (r)
                return r;
            out->index = (uint32_t)v;
            out->has_index = true;
            break;
        }
        case 2: {
            if (seen[0] & 0x2ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x2ULL;
            r = hvlink__int(&a, 2, &v, e);
            if (r)
                return r;
            out->status = (int16_t)v;
            out->has_status = true;
            break;
        }
        default:
            r = hvlink__unknown(&a, e);
            if (r)
                return r;
            break;
        }
    }
    if (r < 0)
        return r;
    if (!(seen[0] & 0x1ULL))
        return hvlink__missing(container, 1, e);
    if (!(seen[0] & 0x2ULL))
        return hvlink__missing(container, 2, e);
    return 0;
}

/* Read extent-result bytes that hvlink_memory_extent_result_parse_at accepted (list iteration): values only. */
static inline int hvlink_memory_extent_result_read_valid(const uint8_t *p, size_t n, uint32_t off, struct hvlink_memory_extent_result *out)
{
    struct hvlink_walk w;
    struct hvlink_attr a;
    struct hvlink_error e;
    int r;
    hvlink_memory_extent_result_init(out);
    hvlink_walk_init(&w, p, n, off);
    if (hvlink_walk_expect(&w, 0x00010008u, &a)) {
        out->index = (uint32_t)hvlink__ld32(a.payload);
        out->has_index = true;
    }
    if (hvlink_walk_expect(&w, 0x00020006u, &a)) {
        out->status = (int16_t)hvlink__ld16(a.payload);
        out->has_status = true;
    }
    while ((r = hvlink_walk_next(&w, &a, &e)) == 1) {
        switch (hvlink_attr_kind(&a)) {
        case 1:
            if (a.len != 4u)
                return -1;
            out->index = (uint32_t)hvlink__ld32(a.payload);
            out->has_index = true;
            break;
        case 2:
            if (a.len != 2u)
                return -1;
            out->status = (int16_t)hvlink__ld16(a.payload);
            out->has_status = true;
            break;
        default:
            break;
        }
    }
    return r;
}

/* Write the attributes of extent-result as the Rust encoder does (the order of the spec, the chosen
 * form's after the common ones; defaults and absent values left out). */
static inline void hvlink_memory_extent_result_put(struct hvlink_buf *b, const struct hvlink_memory_extent_result *v)
{
    hvlink_put_u32(b, 1, v->index);
    hvlink_put_s16(b, 2, v->status);
}

/* reservation-reply: every attribute absent, defaults filled. */
static inline void hvlink_memory_reservation_reply_init(struct hvlink_memory_reservation_reply *v)
{
    v->form = 0;
    v->status = (int16_t)(0LL);
    v->has_status = false;
    v->entry.wire = (const uint8_t *)0;
    v->entry.items = (const void *)0;
    v->entry.wire_len = 0;
    v->entry.wire_offset = 0;
    v->entry.count = 0;
    v->entry.kind = 2;
}

/* Validate and decode reservation-reply (the Rust decoder's checks, order and errors). */
static inline int hvlink_memory_reservation_reply_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_memory_reservation_reply *out, struct hvlink_error *e)
{
    struct hvlink_walk w;
    struct hvlink_attr a;
    uint32_t count = 0;
    int r;
    uint64_t seen[2] = {0, 0};
    uint64_t v = 0;
    bool form_seen[2] = {false, false};
    uint32_t form_at[2] = {0, 0};
    hvlink_memory_reservation_reply_init(out);
    out->entry.wire = p;
    out->entry.wire_len = (uint32_t)n;
    out->entry.wire_offset = off;
    hvlink_walk_init(&w, p, n, off);
    if (hvlink_walk_expect(&w, 0x00010006u, &a)) {
        count++;
        seen[0] |= 0x1ULL;
        r = hvlink__int(&a, 2, &v, e);
        if (r)
            return r;
        out->status = (int16_t)v;
        out->has_status = true;
        if (!form_seen[0]) {
            form_seen[0] = true;
            form_at[0] = a.offset;
        }
    }
    while ((r = hvlink_walk_next(&w, &a, e)) == 1) {
        if (++count > 2177u)
            return hvlink__too_many(&a, e);
        switch (hvlink_attr_kind(&a)) {
        case 1: {
            if (seen[0] & 0x1ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x1ULL;
            r = hvlink__int(&a, 2, &v, e);
            if (r)
                return r;
            out->status = (int16_t)v;
            out->has_status = true;
            if (!form_seen[0]) {
                form_seen[0] = true;
                form_at[0] = a.offset;
            }
            break;
        }
        case 2: {
            seen[0] |= 0x2ULL;
            if (out->entry.count >= 2048u)
                return hvlink__too_many(&a, e);
            {
                struct hvlink_memory_extent_result tmp;
                r = hvlink_memory_extent_result_parse_at(a.payload, a.len, a.offset + 4u, a.offset, &tmp, e);
                if (r)
                    return r;
            }
            out->entry.count++;
            if (!form_seen[1]) {
                form_seen[1] = true;
                form_at[1] = a.offset;
            }
            break;
        }
        default:
            r = hvlink__unknown(&a, e);
            if (r)
                return r;
            break;
        }
    }
    if (r < 0)
        return r;
    {
        int chosen = -1, k;
        uint32_t chosen_at = 0;
        for (k = 0; k < 2; k++) {
            if (!form_seen[k])
                continue;
            if (chosen >= 0)
                return hvlink__two_forms(form_at[k] > chosen_at ? form_at[k] : chosen_at, e);
            chosen = k;
            chosen_at = form_at[k];
        }
        if (chosen < 0) {
            return hvlink__missing(container, 1, e);
        }
        out->form = (uint32_t)chosen;
    }
    switch (out->form) {
    case 0:
        if (!out->has_status)
            return hvlink__missing(container, 1, e);
        break;
    default:
        if (out->entry.count == 0)
            return hvlink__missing(container, 2, e);
        break;
    }
    return 0;
}

/* The next element of reservation-reply.entry from a parsed list (1, or 0 at the end). */
static inline int hvlink_memory_reservation_reply_entry_next(struct hvlink_list_iter *it, struct hvlink_memory_extent_result *out)
{
    struct hvlink_attr a;
    if (!hvlink_list_next_attr(it, &a))
        return 0;
    if (hvlink_memory_extent_result_read_valid(a.payload, a.len, a.offset + 4u, out) != 0) {
        it->left = 0;
        return 0;
    }
    return 1;
}

/* Write the attributes of reservation-reply as the Rust encoder does (the order of the spec, the chosen
 * form's after the common ones; defaults and absent values left out). */
static inline void hvlink_memory_reservation_reply_put(struct hvlink_buf *b, const struct hvlink_memory_reservation_reply *v)
{
    switch (v->form) {
    case 0:
        hvlink_put_s16(b, 1, v->status);
        break;
    default:
        if (v->entry.items) {
            uint32_t i;
            for (i = 0; i < v->entry.count; i++) {
                struct hvlink_memory_extent_result x = ((struct hvlink_memory_extent_result const *)v->entry.items)[i];
                {
                    size_t nest = hvlink_nest_begin(b, 2);
                    hvlink_memory_extent_result_put(b, &x);
                    hvlink_nest_end(b, nest);
                }
            }
        } else {
            struct hvlink_list_iter it;
            struct hvlink_memory_extent_result x;
            hvlink_list_iter_init(&it, &v->entry);
            while (hvlink_memory_reservation_reply_entry_next(&it, &x))
                {
                    size_t nest = hvlink_nest_begin(b, 2);
                    hvlink_memory_extent_result_put(b, &x);
                    hvlink_nest_end(b, nest);
                }
        }
        break;
    }
}

/* physmap-entry: every attribute absent, defaults filled. */
static inline void hvlink_memory_physmap_entry_init(struct hvlink_memory_physmap_entry *v)
{
    v->idx = (uint64_t)0x0ULL;
    v->has_idx = false;
    v->gpfn = (uint64_t)0x0ULL;
    v->has_gpfn = false;
}

/* Validate and decode physmap-entry (the Rust decoder's checks, order and errors). */
static inline int hvlink_memory_physmap_entry_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_memory_physmap_entry *out, struct hvlink_error *e)
{
    struct hvlink_walk w;
    struct hvlink_attr a;
    uint32_t count = 0;
    int r;
    uint64_t seen[2] = {0, 0};
    uint64_t v = 0;
    hvlink_memory_physmap_entry_init(out);
    hvlink_walk_init(&w, p, n, off);
    if (hvlink_walk_expect(&w, 0x0001000cu, &a)) {
        count++;
        seen[0] |= 0x1ULL;
        r = hvlink__int(&a, 8, &v, e);
        if (r)
            return r;
        out->idx = (uint64_t)v;
        out->has_idx = true;
    }
    if (hvlink_walk_expect(&w, 0x0002000cu, &a)) {
        count++;
        seen[0] |= 0x2ULL;
        r = hvlink__int(&a, 8, &v, e);
        if (r)
            return r;
        out->gpfn = (uint64_t)v;
        out->has_gpfn = true;
    }
    while ((r = hvlink_walk_next(&w, &a, e)) == 1) {
        if (++count > 1024u)
            return hvlink__too_many(&a, e);
        switch (hvlink_attr_kind(&a)) {
        case 1: {
            if (seen[0] & 0x1ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x1ULL;
            r = hvlink__int(&a, 8, &v, e);
            if (r)
                return r;
            out->idx = (uint64_t)v;
            out->has_idx = true;
            break;
        }
        case 2: {
            if (seen[0] & 0x2ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x2ULL;
            r = hvlink__int(&a, 8, &v, e);
            if (r)
                return r;
            out->gpfn = (uint64_t)v;
            out->has_gpfn = true;
            break;
        }
        default:
            r = hvlink__unknown(&a, e);
            if (r)
                return r;
            break;
        }
    }
    if (r < 0)
        return r;
    if (!(seen[0] & 0x1ULL))
        return hvlink__missing(container, 1, e);
    if (!(seen[0] & 0x2ULL))
        return hvlink__missing(container, 2, e);
    return 0;
}

/* Read physmap-entry bytes that hvlink_memory_physmap_entry_parse_at accepted (list iteration): values only. */
static inline int hvlink_memory_physmap_entry_read_valid(const uint8_t *p, size_t n, uint32_t off, struct hvlink_memory_physmap_entry *out)
{
    struct hvlink_walk w;
    struct hvlink_attr a;
    struct hvlink_error e;
    int r;
    hvlink_memory_physmap_entry_init(out);
    hvlink_walk_init(&w, p, n, off);
    if (hvlink_walk_expect(&w, 0x0001000cu, &a)) {
        out->idx = (uint64_t)hvlink__ld64(a.payload);
        out->has_idx = true;
    }
    if (hvlink_walk_expect(&w, 0x0002000cu, &a)) {
        out->gpfn = (uint64_t)hvlink__ld64(a.payload);
        out->has_gpfn = true;
    }
    while ((r = hvlink_walk_next(&w, &a, &e)) == 1) {
        switch (hvlink_attr_kind(&a)) {
        case 1:
            if (a.len != 8u)
                return -1;
            out->idx = (uint64_t)hvlink__ld64(a.payload);
            out->has_idx = true;
            break;
        case 2:
            if (a.len != 8u)
                return -1;
            out->gpfn = (uint64_t)hvlink__ld64(a.payload);
            out->has_gpfn = true;
            break;
        default:
            break;
        }
    }
    return r;
}

/* Write the attributes of physmap-entry as the Rust encoder does (the order of the spec, the chosen
 * form's after the common ones; defaults and absent values left out). */
static inline void hvlink_memory_physmap_entry_put(struct hvlink_buf *b, const struct hvlink_memory_physmap_entry *v)
{
    hvlink_put_u64(b, 1, v->idx);
    hvlink_put_u64(b, 2, v->gpfn);
}

/* physmap-req: every attribute absent, defaults filled. */
static inline void hvlink_memory_physmap_req_init(struct hvlink_memory_physmap_req *v)
{
    v->form = 0;
    v->domid = (uint16_t)0x7ff0ULL;
    v->has_domid = false;
    v->space = (uint32_t)0x0ULL;
    v->has_space = false;
    v->foreign_domid = (uint16_t)0x7ff4ULL;
    v->has_foreign_domid = false;
    v->idx = (uint64_t)0x0ULL;
    v->has_idx = false;
    v->gpfn = (uint64_t)0x0ULL;
    v->has_gpfn = false;
    v->mode = (uint8_t)0x0ULL;
    v->has_mode = false;
    v->entry.wire = (const uint8_t *)0;
    v->entry.items = (const void *)0;
    v->entry.wire_len = 0;
    v->entry.wire_offset = 0;
    v->entry.count = 0;
    v->entry.kind = 7;
}

/* Validate and decode physmap-req (the Rust decoder's checks, order and errors). */
static inline int hvlink_memory_physmap_req_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_memory_physmap_req *out, struct hvlink_error *e)
{
    struct hvlink_walk w;
    struct hvlink_attr a;
    uint32_t count = 0;
    int r;
    uint64_t seen[2] = {0, 0};
    uint64_t v = 0;
    bool form_seen[2] = {false, false};
    uint32_t form_at[2] = {0, 0};
    hvlink_memory_physmap_req_init(out);
    out->entry.wire = p;
    out->entry.wire_len = (uint32_t)n;
    out->entry.wire_offset = off;
    hvlink_walk_init(&w, p, n, off);
    if (hvlink_walk_expect(&w, 0x00010006u, &a)) {
        count++;
        seen[0] |= 0x1ULL;
        r = hvlink__int(&a, 2, &v, e);
        if (r)
            return r;
        out->domid = (uint16_t)v;
        out->has_domid = true;
    }
    if (hvlink_walk_expect(&w, 0x00020008u, &a)) {
        count++;
        seen[0] |= 0x2ULL;
        r = hvlink__int(&a, 4, &v, e);
        if (r)
            return r;
        if (!(v == 0x2ULL || v == 0x4ULL))
            return hvlink__not_member(&a, e);
        out->space = (uint32_t)v;
        out->has_space = true;
    }
    if (hvlink_walk_expect(&w, 0x00030006u, &a)) {
        count++;
        seen[0] |= 0x4ULL;
        r = hvlink__int(&a, 2, &v, e);
        if (r)
            return r;
        out->foreign_domid = (uint16_t)v;
        out->has_foreign_domid = true;
    }
    if (hvlink_walk_expect(&w, 0x0004000cu, &a)) {
        count++;
        seen[0] |= 0x8ULL;
        r = hvlink__int(&a, 8, &v, e);
        if (r)
            return r;
        out->idx = (uint64_t)v;
        out->has_idx = true;
        if (!form_seen[0]) {
            form_seen[0] = true;
            form_at[0] = a.offset;
        }
    }
    if (hvlink_walk_expect(&w, 0x0005000cu, &a)) {
        count++;
        seen[0] |= 0x10ULL;
        r = hvlink__int(&a, 8, &v, e);
        if (r)
            return r;
        out->gpfn = (uint64_t)v;
        out->has_gpfn = true;
        if (!form_seen[0]) {
            form_seen[0] = true;
            form_at[0] = a.offset;
        }
    }
    if (hvlink_walk_expect(&w, 0x40060005u, &a)) {
        count++;
        seen[0] |= 0x20ULL;
        r = hvlink__int(&a, 1, &v, e);
        if (r)
            return r;
        if (!(v == 0x0ULL || v == 0x1ULL))
            return hvlink__not_member(&a, e);
        out->mode = (uint8_t)v;
        out->has_mode = true;
        if (!form_seen[1]) {
            form_seen[1] = true;
            form_at[1] = a.offset;
        }
    }
    while ((r = hvlink_walk_next(&w, &a, e)) == 1) {
        if (++count > 1158u)
            return hvlink__too_many(&a, e);
        switch (hvlink_attr_kind(&a)) {
        case 1: {
            if (seen[0] & 0x1ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x1ULL;
            r = hvlink__int(&a, 2, &v, e);
            if (r)
                return r;
            out->domid = (uint16_t)v;
            out->has_domid = true;
            break;
        }
        case 2: {
            if (seen[0] & 0x2ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x2ULL;
            r = hvlink__int(&a, 4, &v, e);
            if (r)
                return r;
            if (!(v == 0x2ULL || v == 0x4ULL))
                return hvlink__not_member(&a, e);
            out->space = (uint32_t)v;
            out->has_space = true;
            break;
        }
        case 3: {
            if (seen[0] & 0x4ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x4ULL;
            r = hvlink__int(&a, 2, &v, e);
            if (r)
                return r;
            out->foreign_domid = (uint16_t)v;
            out->has_foreign_domid = true;
            break;
        }
        case 4: {
            if (seen[0] & 0x8ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x8ULL;
            r = hvlink__int(&a, 8, &v, e);
            if (r)
                return r;
            out->idx = (uint64_t)v;
            out->has_idx = true;
            if (!form_seen[0]) {
                form_seen[0] = true;
                form_at[0] = a.offset;
            }
            break;
        }
        case 5: {
            if (seen[0] & 0x10ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x10ULL;
            r = hvlink__int(&a, 8, &v, e);
            if (r)
                return r;
            out->gpfn = (uint64_t)v;
            out->has_gpfn = true;
            if (!form_seen[0]) {
                form_seen[0] = true;
                form_at[0] = a.offset;
            }
            break;
        }
        case 6: {
            if (seen[0] & 0x20ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x20ULL;
            r = hvlink__int(&a, 1, &v, e);
            if (r)
                return r;
            if (!(v == 0x0ULL || v == 0x1ULL))
                return hvlink__not_member(&a, e);
            out->mode = (uint8_t)v;
            out->has_mode = true;
            if (!form_seen[1]) {
                form_seen[1] = true;
                form_at[1] = a.offset;
            }
            break;
        }
        case 7: {
            seen[0] |= 0x40ULL;
            if (out->entry.count >= 1024u)
                return hvlink__too_many(&a, e);
            {
                struct hvlink_memory_physmap_entry tmp;
                r = hvlink_memory_physmap_entry_parse_at(a.payload, a.len, a.offset + 4u, a.offset, &tmp, e);
                if (r)
                    return r;
            }
            out->entry.count++;
            if (!form_seen[1]) {
                form_seen[1] = true;
                form_at[1] = a.offset;
            }
            break;
        }
        default:
            r = hvlink__unknown(&a, e);
            if (r)
                return r;
            break;
        }
    }
    if (r < 0)
        return r;
    if (!(seen[0] & 0x2ULL))
        return hvlink__missing(container, 2, e);
    {
        int chosen = -1, k;
        uint32_t chosen_at = 0;
        for (k = 0; k < 2; k++) {
            if (!form_seen[k])
                continue;
            if (chosen >= 0)
                return hvlink__two_forms(form_at[k] > chosen_at ? form_at[k] : chosen_at, e);
            chosen = k;
            chosen_at = form_at[k];
        }
        if (chosen < 0) {
            return hvlink__missing(container, 2, e);
        }
        out->form = (uint32_t)chosen;
    }
    switch (out->form) {
    case 0:
        if (!out->has_idx)
            return hvlink__missing(container, 4, e);
        if (!out->has_gpfn)
            return hvlink__missing(container, 5, e);
        break;
    default:
        if (out->entry.count == 0)
            return hvlink__missing(container, 7, e);
        break;
    }
    return 0;
}

/* The next element of physmap-req.entry from a parsed list (1, or 0 at the end). */
static inline int hvlink_memory_physmap_req_entry_next(struct hvlink_list_iter *it, struct hvlink_memory_physmap_entry *out)
{
    struct hvlink_attr a;
    if (!hvlink_list_next_attr(it, &a))
        return 0;
    if (hvlink_memory_physmap_entry_read_valid(a.payload, a.len, a.offset + 4u, out) != 0) {
        it->left = 0;
        return 0;
    }
    return 1;
}

/* Write the attributes of physmap-req as the Rust encoder does (the order of the spec, the chosen
 * form's after the common ones; defaults and absent values left out). */
static inline void hvlink_memory_physmap_req_put(struct hvlink_buf *b, const struct hvlink_memory_physmap_req *v)
{
    if (v->domid != (uint16_t)0x7ff0ULL) {
        hvlink_put_u16(b, 1, v->domid);
    }
    hvlink_put_u32(b, 2, v->space);
    if (v->foreign_domid != (uint16_t)0x7ff4ULL) {
        hvlink_put_u16(b, 3, v->foreign_domid);
    }
    switch (v->form) {
    case 0:
        hvlink_put_u64(b, 4, v->idx);
        hvlink_put_u64(b, 5, v->gpfn);
        break;
    default:
        if (v->mode != (uint8_t)0x0ULL) {
            hvlink_put_u8(b, 0x4006, v->mode);
        }
        if (v->entry.items) {
            uint32_t i;
            for (i = 0; i < v->entry.count; i++) {
                struct hvlink_memory_physmap_entry x = ((struct hvlink_memory_physmap_entry const *)v->entry.items)[i];
                {
                    size_t nest = hvlink_nest_begin(b, 7);
                    hvlink_memory_physmap_entry_put(b, &x);
                    hvlink_nest_end(b, nest);
                }
            }
        } else {
            struct hvlink_list_iter it;
            struct hvlink_memory_physmap_entry x;
            hvlink_list_iter_init(&it, &v->entry);
            while (hvlink_memory_physmap_req_entry_next(&it, &x))
                {
                    size_t nest = hvlink_nest_begin(b, 7);
                    hvlink_memory_physmap_entry_put(b, &x);
                    hvlink_nest_end(b, nest);
                }
        }
        break;
    }
}

/* remove-req: every attribute absent, defaults filled. */
static inline void hvlink_memory_remove_req_init(struct hvlink_memory_remove_req *v)
{
    v->domid = (uint16_t)0x7ff0ULL;
    v->has_domid = false;
    v->gpfn = (uint64_t)0x0ULL;
    v->has_gpfn = false;
}

/* Validate and decode remove-req (the Rust decoder's checks, order and errors). */
static inline int hvlink_memory_remove_req_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_memory_remove_req *out, struct hvlink_error *e)
{
    struct hvlink_walk w;
    struct hvlink_attr a;
    uint32_t count = 0;
    int r;
    uint64_t seen[2] = {0, 0};
    uint64_t v = 0;
    hvlink_memory_remove_req_init(out);
    hvlink_walk_init(&w, p, n, off);
    if (hvlink_walk_expect(&w, 0x00010006u, &a)) {
        count++;
        seen[0] |= 0x1ULL;
        r = hvlink__int(&a, 2, &v, e);
        if (r)
            return r;
        out->domid = (uint16_t)v;
        out->has_domid = true;
    }
    if (hvlink_walk_expect(&w, 0x0002000cu, &a)) {
        count++;
        seen[0] |= 0x2ULL;
        r = hvlink__int(&a, 8, &v, e);
        if (r)
            return r;
        out->gpfn = (uint64_t)v;
        out->has_gpfn = true;
    }
    while ((r = hvlink_walk_next(&w, &a, e)) == 1) {
        if (++count > 1024u)
            return hvlink__too_many(&a, e);
        switch (hvlink_attr_kind(&a)) {
        case 1: {
            if (seen[0] & 0x1ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x1ULL;
            r = hvlink__int(&a, 2, &v, e);
            if (r)
                return r;
            out->domid = (uint16_t)v;
            out->has_domid = true;
            break;
        }
        case 2: {
            if (seen[0] & 0x2ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x2ULL;
            r = hvlink__int(&a, 8, &v, e);
            if (r)
                return r;
            out->gpfn = (uint64_t)v;
            out->has_gpfn = true;
            break;
        }
        default:
            r = hvlink__unknown(&a, e);
            if (r)
                return r;
            break;
        }
    }
    if (r < 0)
        return r;
    if (!(seen[0] & 0x2ULL))
        return hvlink__missing(container, 2, e);
    return 0;
}

/* Write the attributes of remove-req as the Rust encoder does (the order of the spec, the chosen
 * form's after the common ones; defaults and absent values left out). */
static inline void hvlink_memory_remove_req_put(struct hvlink_buf *b, const struct hvlink_memory_remove_req *v)
{
    if (v->domid != (uint16_t)0x7ff0ULL) {
        hvlink_put_u16(b, 1, v->domid);
    }
    hvlink_put_u64(b, 2, v->gpfn);
}

/* dom-req: every attribute absent, defaults filled. */
static inline void hvlink_memory_dom_req_init(struct hvlink_memory_dom_req *v)
{
    v->dom = (uint16_t)0x7ff0ULL;
    v->has_dom = false;
}

/* Validate and decode dom-req (the Rust decoder's checks, order and errors). */
static inline int hvlink_memory_dom_req_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_memory_dom_req *out, struct hvlink_error *e)
{
    struct hvlink_walk w;
    struct hvlink_attr a;
    uint32_t count = 0;
    int r;
    uint64_t seen[2] = {0, 0};
    uint64_t v = 0;
    (void)container;
    hvlink_memory_dom_req_init(out);
    hvlink_walk_init(&w, p, n, off);
    if (hvlink_walk_expect(&w, 0x00010006u, &a)) {
        count++;
        seen[0] |= 0x1ULL;
        r = hvlink__int(&a, 2, &v, e);
        if (r)
            return r;
        out->dom = (uint16_t)v;
        out->has_dom = true;
    }
    while ((r = hvlink_walk_next(&w, &a, e)) == 1) {
        if (++count > 1024u)
            return hvlink__too_many(&a, e);
        switch (hvlink_attr_kind(&a)) {
        case 1: {
            if (seen[0] & 0x1ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x1ULL;
            r = hvlink__int(&a, 2, &v, e);
            if (r)
                return r;
            out->dom = (uint16_t)v;
            out->has_dom = true;
            break;
        }
        default:
            r = hvlink__unknown(&a, e);
            if (r)
                return r;
            break;
        }
    }
    if (r < 0)
        return r;
    return 0;
}

/* Write the attributes of dom-req as the Rust encoder does (the order of the spec, the chosen
 * form's after the common ones; defaults and absent values left out). */
static inline void hvlink_memory_dom_req_put(struct hvlink_buf *b, const struct hvlink_memory_dom_req *v)
{
    if (v->dom != (uint16_t)0x7ff0ULL) {
        hvlink_put_u16(b, 1, v->dom);
    }
}

/* pages-reply: every attribute absent, defaults filled. */
static inline void hvlink_memory_pages_reply_init(struct hvlink_memory_pages_reply *v)
{
    v->pages = (uint64_t)0x0ULL;
    v->has_pages = false;
}

/* Validate and decode pages-reply (the Rust decoder's checks, order and errors). */
static inline int hvlink_memory_pages_reply_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_memory_pages_reply *out, struct hvlink_error *e)
{
    struct hvlink_walk w;
    struct hvlink_attr a;
    uint32_t count = 0;
    int r;
    uint64_t seen[2] = {0, 0};
    uint64_t v = 0;
    hvlink_memory_pages_reply_init(out);
    hvlink_walk_init(&w, p, n, off);
    if (hvlink_walk_expect(&w, 0x0001000cu, &a)) {
        count++;
        seen[0] |= 0x1ULL;
        r = hvlink__int(&a, 8, &v, e);
        if (r)
            return r;
        out->pages = (uint64_t)v;
        out->has_pages = true;
    }
    while ((r = hvlink_walk_next(&w, &a, e)) == 1) {
        if (++count > 1024u)
            return hvlink__too_many(&a, e);
        switch (hvlink_attr_kind(&a)) {
        case 1: {
            if (seen[0] & 0x1ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x1ULL;
            r = hvlink__int(&a, 8, &v, e);
            if (r)
                return r;
            out->pages = (uint64_t)v;
            out->has_pages = true;
            break;
        }
        default:
            r = hvlink__unknown(&a, e);
            if (r)
                return r;
            break;
        }
    }
    if (r < 0)
        return r;
    if (!(seen[0] & 0x1ULL))
        return hvlink__missing(container, 1, e);
    return 0;
}

/* Write the attributes of pages-reply as the Rust encoder does (the order of the spec, the chosen
 * form's after the common ones; defaults and absent values left out). */
static inline void hvlink_memory_pages_reply_put(struct hvlink_buf *b, const struct hvlink_memory_pages_reply *v)
{
    hvlink_put_u64(b, 1, v->pages);
}

/* gpfn-reply: every attribute absent, defaults filled. */
static inline void hvlink_memory_gpfn_reply_init(struct hvlink_memory_gpfn_reply *v)
{
    v->gpfn = (uint64_t)0x0ULL;
    v->has_gpfn = false;
}

/* Validate and decode gpfn-reply (the Rust decoder's checks, order and errors). */
static inline int hvlink_memory_gpfn_reply_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_memory_gpfn_reply *out, struct hvlink_error *e)
{
    struct hvlink_walk w;
    struct hvlink_attr a;
    uint32_t count = 0;
    int r;
    uint64_t seen[2] = {0, 0};
    uint64_t v = 0;
    hvlink_memory_gpfn_reply_init(out);
    hvlink_walk_init(&w, p, n, off);
    if (hvlink_walk_expect(&w, 0x0001000cu, &a)) {
        count++;
        seen[0] |= 0x1ULL;
        r = hvlink__int(&a, 8, &v, e);
        if (r)
            return r;
        out->gpfn = (uint64_t)v;
        out->has_gpfn = true;
    }
    while ((r = hvlink_walk_next(&w, &a, e)) == 1) {
        if (++count > 1024u)
            return hvlink__too_many(&a, e);
        switch (hvlink_attr_kind(&a)) {
        case 1: {
            if (seen[0] & 0x1ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x1ULL;
            r = hvlink__int(&a, 8, &v, e);
            if (r)
                return r;
            out->gpfn = (uint64_t)v;
            out->has_gpfn = true;
            break;
        }
        default:
            r = hvlink__unknown(&a, e);
            if (r)
                return r;
            break;
        }
    }
    if (r < 0)
        return r;
    if (!(seen[0] & 0x1ULL))
        return hvlink__missing(container, 1, e);
    return 0;
}

/* Write the attributes of gpfn-reply as the Rust encoder does (the order of the spec, the chosen
 * form's after the common ones; defaults and absent values left out). */
static inline void hvlink_memory_gpfn_reply_put(struct hvlink_buf *b, const struct hvlink_memory_gpfn_reply *v)
{
    hvlink_put_u64(b, 1, v->gpfn);
}

/* A whole reply message of memory.increase_reservation: header, family header, then the reservation-reply (msg may be NULL). */
static inline int hvlink_memory_increase_reservation_reply_parse(const void *buf, size_t n, struct hvlink_msg *msg, struct hvlink_memory_reservation_reply *out, struct hvlink_error *e)
{
    struct hvlink_msg local;
    struct hvlink_walk w;
    uint8_t cmd;
    int r;
    if (!msg)
        msg = &local;
    r = hvlink_msg_parse(buf, n, msg, e);
    if (r)
        return r;
    if (msg->type != 0x10cu)
        return hvlink__fail(e, HVLINK_ERR_UNEXPECTED_TYPE, 4, 0, 0, "not a message of this family");
    r = hvlink_msg_genl(msg, &cmd, (uint8_t *)0, &w, e);
    if (r)
        return r;
    if (cmd != 0u)
        return hvlink__fail(e, HVLINK_ERR_UNEXPECTED_TYPE, 16, 0, 0, "a reply of another op");
    return hvlink_memory_reservation_reply_parse_at(w.p, w.left, w.offset, w.offset, out, e);
}

/* A whole reply message of memory.decrease_reservation: header, family header, then the reservation-reply (msg may be NULL). */
static inline int hvlink_memory_decrease_reservation_reply_parse(const void *buf, size_t n, struct hvlink_msg *msg, struct hvlink_memory_reservation_reply *out, struct hvlink_error *e)
{
    struct hvlink_msg local;
    struct hvlink_walk w;
    uint8_t cmd;
    int r;
    if (!msg)
        msg = &local;
    r = hvlink_msg_parse(buf, n, msg, e);
    if (r)
        return r;
    if (msg->type != 0x10cu)
        return hvlink__fail(e, HVLINK_ERR_UNEXPECTED_TYPE, 4, 0, 0, "not a message of this family");
    r = hvlink_msg_genl(msg, &cmd, (uint8_t *)0, &w, e);
    if (r)
        return r;
    if (cmd != 1u)
        return hvlink__fail(e, HVLINK_ERR_UNEXPECTED_TYPE, 16, 0, 0, "a reply of another op");
    return hvlink_memory_reservation_reply_parse_at(w.p, w.left, w.offset, w.offset, out, e);
}

/* A whole reply message of memory.current_reservation: header, family header, then the pages-reply (msg may be NULL). */
static inline int hvlink_memory_current_reservation_reply_parse(const void *buf, size_t n, struct hvlink_msg *msg, struct hvlink_memory_pages_reply *out, struct hvlink_error *e)
{
    struct hvlink_msg local;
    struct hvlink_walk w;
    uint8_t cmd;
    int r;
    if (!msg)
        msg = &local;
    r = hvlink_msg_parse(buf, n, msg, e);
    if (r)
        return r;
    if (msg->type != 0x10cu)
        return hvlink__fail(e, HVLINK_ERR_UNEXPECTED_TYPE, 4, 0, 0, "not a message of this family");
    r = hvlink_msg_genl(msg, &cmd, (uint8_t *)0, &w, e);
    if (r)
        return r;
    if (cmd != 3u)
        return hvlink__fail(e, HVLINK_ERR_UNEXPECTED_TYPE, 16, 0, 0, "a reply of another op");
    return hvlink_memory_pages_reply_parse_at(w.p, w.left, w.offset, w.offset, out, e);
}

/* A whole reply message of memory.maximum_reservation: header, family header, then the pages-reply (msg may be NULL). */
static inline int hvlink_memory_maximum_reservation_reply_parse(const void *buf, size_t n, struct hvlink_msg *msg, struct hvlink_memory_pages_reply *out, struct hvlink_error *e)
{
    struct hvlink_msg local;
    struct hvlink_walk w;
    uint8_t cmd;
    int r;
    if (!msg)
        msg = &local;
    r = hvlink_msg_parse(buf, n, msg, e);
    if (r)
        return r;
    if (msg->type != 0x10cu)
        return hvlink__fail(e, HVLINK_ERR_UNEXPECTED_TYPE, 4, 0, 0, "not a message of this family");
    r = hvlink_msg_genl(msg, &cmd, (uint8_t *)0, &w, e);
    if (r)
        return r;
    if (cmd != 4u)
        return hvlink__fail(e, HVLINK_ERR_UNEXPECTED_TYPE, 16, 0, 0, "a reply of another op");
    return hvlink_memory_pages_reply_parse_at(w.p, w.left, w.offset, w.offset, out, e);
}

/* A whole reply message of memory.populate_physmap: header, family header, then the reservation-reply (msg may be NULL). */
static inline int hvlink_memory_populate_physmap_reply_parse(const void *buf, size_t n, struct hvlink_msg *msg, struct hvlink_memory_reservation_reply *out, struct hvlink_error *e)
{
    struct hvlink_msg local;
    struct hvlink_walk w;
    uint8_t cmd;
    int r;
    if (!msg)
        msg = &local;
    r = hvlink_msg_parse(buf, n, msg, e);
    if (r)
        return r;
    if (msg->type != 0x10cu)
        return hvlink__fail(e, HVLINK_ERR_UNEXPECTED_TYPE, 4, 0, 0, "not a message of this family");
    r = hvlink_msg_genl(msg, &cmd, (uint8_t *)0, &w, e);
    if (r)
        return r;
    if (cmd != 6u)
        return hvlink__fail(e, HVLINK_ERR_UNEXPECTED_TYPE, 16, 0, 0, "a reply of another op");
    return hvlink_memory_reservation_reply_parse_at(w.p, w.left, w.offset, w.offset, out, e);
}

/* A whole reply message of memory.add_to_physmap_batch: header, family header, then the reservation-reply (msg may be NULL). */
static inline int hvlink_memory_add_to_physmap_batch_reply_parse(const void *buf, size_t n, struct hvlink_msg *msg, struct hvlink_memory_reservation_reply *out, struct hvlink_error *e)
{
    struct hvlink_msg local;
    struct hvlink_walk w;
    uint8_t cmd;
    int r;
    if (!msg)
        msg = &local;
    r = hvlink_msg_parse(buf, n, msg, e);
    if (r)
        return r;
    if (msg->type != 0x10cu)
        return hvlink__fail(e, HVLINK_ERR_UNEXPECTED_TYPE, 4, 0, 0, "not a message of this family");
    r = hvlink_msg_genl(msg, &cmd, (uint8_t *)0, &w, e);
    if (r)
        return r;
    if (cmd != 23u)
        return hvlink__fail(e, HVLINK_ERR_UNEXPECTED_TYPE, 16, 0, 0, "a reply of another op");
    return hvlink_memory_reservation_reply_parse_at(w.p, w.left, w.offset, w.offset, out, e);
}

/* A whole reply message of memory.remove_from_physmap: header, family header, then the empty reply (msg may be NULL). */
static inline int hvlink_memory_remove_from_physmap_reply_parse(const void *buf, size_t n, struct hvlink_msg *msg, struct hvlink_error *e)
{
    struct hvlink_msg local;
    struct hvlink_walk w;
    uint8_t cmd;
    int r;
    if (!msg)
        msg = &local;
    r = hvlink_msg_parse(buf, n, msg, e);
    if (r)
        return r;
    if (msg->type != 0x10cu)
        return hvlink__fail(e, HVLINK_ERR_UNEXPECTED_TYPE, 4, 0, 0, "not a message of this family");
    r = hvlink_msg_genl(msg, &cmd, (uint8_t *)0, &w, e);
    if (r)
        return r;
    if (cmd != 15u)
        return hvlink__fail(e, HVLINK_ERR_UNEXPECTED_TYPE, 16, 0, 0, "a reply of another op");
    return hvlink_empty_parse(&w, e);
}

/* A whole reply message of memory.memory_map: header, family header, then the memory-map-reply (msg may be NULL). */
static inline int hvlink_memory_memory_map_reply_parse(const void *buf, size_t n, struct hvlink_msg *msg, struct hvlink_memory_memory_map_reply *out, struct hvlink_error *e)
{
    struct hvlink_msg local;
    struct hvlink_walk w;
    uint8_t cmd;
    int r;
    if (!msg)
        msg = &local;
    r = hvlink_msg_parse(buf, n, msg, e);
    if (r)
        return r;
    if (msg->type != 0x10cu)
        return hvlink__fail(e, HVLINK_ERR_UNEXPECTED_TYPE, 4, 0, 0, "not a message of this family");
    r = hvlink_msg_genl(msg, &cmd, (uint8_t *)0, &w, e);
    if (r)
        return r;
    if (cmd != 9u)
        return hvlink__fail(e, HVLINK_ERR_UNEXPECTED_TYPE, 16, 0, 0, "a reply of another op");
    return hvlink_memory_memory_map_reply_parse_at(w.p, w.left, w.offset, w.offset, out, e);
}

/* A whole reply message of memory.maximum_gpfn: header, family header, then the gpfn-reply (msg may be NULL). */
static inline int hvlink_memory_maximum_gpfn_reply_parse(const void *buf, size_t n, struct hvlink_msg *msg, struct hvlink_memory_gpfn_reply *out, struct hvlink_error *e)
{
    struct hvlink_msg local;
    struct hvlink_walk w;
    uint8_t cmd;
    int r;
    if (!msg)
        msg = &local;
    r = hvlink_msg_parse(buf, n, msg, e);
    if (r)
        return r;
    if (msg->type != 0x10cu)
        return hvlink__fail(e, HVLINK_ERR_UNEXPECTED_TYPE, 4, 0, 0, "not a message of this family");
    r = hvlink_msg_genl(msg, &cmd, (uint8_t *)0, &w, e);
    if (r)
        return r;
    if (cmd != 14u)
        return hvlink__fail(e, HVLINK_ERR_UNEXPECTED_TYPE, 16, 0, 0, "a reply of another op");
    return hvlink_memory_gpfn_reply_parse_at(w.p, w.left, w.offset, w.offset, out, e);
}

/* ==========================================================================================
 * Family version
 * ======================================================================================= */

/* version-reply: Reply of version. */
struct hvlink_version_version_reply {
    uint16_t major; /* Major version. */
    bool has_major;
    uint16_t minor; /* Minor version. */
    bool has_minor;
};

/* extraversion-reply: Reply of extraversion. */
struct hvlink_version_extraversion_reply {
    const char *extraversion; /* Version suffix, e.g. ".2-pre". (NUL-terminated) */
    uint32_t extraversion_len;
    bool has_extraversion;
};

/* capabilities-reply: Reply of capabilities. */
struct hvlink_version_capabilities_reply {
    const char *capabilities; /* Space-separated guest types the hypervisor can run (e.g. "hvm-3.0-x86_64"). (NUL-terminated) */
    uint32_t capabilities_len;
    bool has_capabilities;
};

/* changeset-reply: Reply of changeset. */
struct hvlink_version_changeset_reply {
    const char *changeset; /* Source revision the hypervisor was built from. (NUL-terminated) */
    uint32_t changeset_len;
    bool has_changeset;
};

/* features-req: Request of get_features. */
struct hvlink_version_features_req {
    uint32_t submap_idx; /* Which 32-bit feature submap to return (only 0 is defined). */
    bool has_submap_idx;
};

/* features-reply: Reply of get_features. */
struct hvlink_version_features_reply {
    uint32_t submap; /* The feature bits of that submap. */
    bool has_submap;
};

/* pagesize-reply: Reply of pagesize. */
struct hvlink_version_pagesize_reply {
    uint32_t page_size; /* Host page size in bytes. */
    bool has_page_size;
};

/* guest-handle-reply: Reply of guest_handle. */
struct hvlink_version_guest_handle_reply {
    const uint8_t *handle; /* Handle the toolstack gave the domain (normally its UUID). */
    uint32_t handle_len;
    bool has_handle;
};

/* build-id-reply: Reply of build_id. */
struct hvlink_version_build_id_reply {
    const uint8_t *build_id; /* Build id of the hypervisor binary. */
    uint32_t build_id_len;
    bool has_build_id;
};

static inline int hvlink_version_version_reply_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_version_version_reply *out, struct hvlink_error *e);
static inline int hvlink_version_extraversion_reply_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_version_extraversion_reply *out, struct hvlink_error *e);
static inline int hvlink_version_capabilities_reply_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_version_capabilities_reply *out, struct hvlink_error *e);
static inline int hvlink_version_changeset_reply_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_version_changeset_reply *out, struct hvlink_error *e);
static inline int hvlink_version_features_req_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_version_features_req *out, struct hvlink_error *e);
static inline int hvlink_version_features_reply_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_version_features_reply *out, struct hvlink_error *e);
static inline int hvlink_version_pagesize_reply_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_version_pagesize_reply *out, struct hvlink_error *e);
static inline int hvlink_version_guest_handle_reply_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_version_guest_handle_reply *out, struct hvlink_error *e);
static inline int hvlink_version_build_id_reply_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_version_build_id_reply *out, struct hvlink_error *e);

/* version-reply: every attribute absent, defaults filled. */
static inline void hvlink_version_version_reply_init(struct hvlink_version_version_reply *v)
{
    v->major = (uint16_t)0x0ULL;
    v->has_major = false;
    v->minor = (uint16_t)0x0ULL;
    v->has_minor = false;
}

/* Validate and decode version-reply (the Rust decoder's checks, order and errors). */
static inline int hvlink_version_version_reply_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_version_version_reply *out, struct hvlink_error *e)
{
    struct hvlink_walk w;
    struct hvlink_attr a;
    uint32_t count = 0;
    int r;
    uint64_t seen[2] = {0, 0};
    uint64_t v = 0;
    hvlink_version_version_reply_init(out);
    hvlink_walk_init(&w, p, n, off);
    if (hvlink_walk_expect(&w, 0x00010006u, &a)) {
        count++;
        seen[0] |= 0x1ULL;
        r = hvlink__int(&a, 2, &v, e);
        if (r)
            return r;
        out->major = (uint16_t)v;
        out->has_major = true;
    }
    if (hvlink_walk_expect(&w, 0x00020006u, &a)) {
        count++;
        seen[0] |= 0x2ULL;
        r = hvlink__int(&a, 2, &v, e);
        if (r)
            return r;
        out->minor = (uint16_t)v;
        out->has_minor = true;
    }
    while ((r = hvlink_walk_next(&w, &a, e)) == 1) {
        if (++count > 1024u)
            return hvlink__too_many(&a, e);
        switch (hvlink_attr_kind(&a)) {
        case 1: {
            if (seen[0] & 0x1ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x1ULL;
            r = hvlink__int(&a, 2, &v, e);
            if (r)
                return r;
            out->major = (uint16_t)v;
            out->has_major = true;
            break;
        }
        case 2: {
            if (seen[0] & 0x2ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x2ULL;
            r = hvlink__int(&a, 2, &v, e);
            if (r)
                return r;
            out->minor = (uint16_t)v;
            out->has_minor = true;
            break;
        }
        default:
            r = hvlink__unknown(&a, e);
            if (r)
                return r;
            break;
        }
    }
    if (r < 0)
        return r;
    if (!(seen[0] & 0x1ULL))
        return hvlink__missing(container, 1, e);
    if (!(seen[0] & 0x2ULL))
        return hvlink__missing(container, 2, e);
    return 0;
}

/* Write the attributes of version-reply as the Rust encoder does (the order of the spec, the chosen
 * form's after the common ones; defaults and absent values left out). */
static inline void hvlink_version_version_reply_put(struct hvlink_buf *b, const struct hvlink_version_version_reply *v)
{
    hvlink_put_u16(b, 1, v->major);
    hvlink_put_u16(b, 2, v->minor);
}

/* extraversion-reply: every attribute absent, defaults filled. */
static inline void hvlink_version_extraversion_reply_init(struct hvlink_version_extraversion_reply *v)
{
    v->extraversion = (const char *)0;
    v->extraversion_len = 0;
    v->has_extraversion = false;
}

/* Validate and decode extraversion-reply (the Rust decoder's checks, order and errors). */
static inline int hvlink_version_extraversion_reply_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_version_extraversion_reply *out, struct hvlink_error *e)
{
    struct hvlink_walk w;
    struct hvlink_attr a;
    uint32_t count = 0;
    int r;
    uint64_t seen[2] = {0, 0};
    hvlink_version_extraversion_reply_init(out);
    hvlink_walk_init(&w, p, n, off);
    while ((r = hvlink_walk_next(&w, &a, e)) == 1) {
        if (++count > 1024u)
            return hvlink__too_many(&a, e);
        switch (hvlink_attr_kind(&a)) {
        case 1: {
            if (seen[0] & 0x1ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x1ULL;
            r = hvlink__string(&a, 0u, 256u, e);
            if (r)
                return r;
            out->extraversion = (const char *)a.payload;
            out->extraversion_len = a.len - 1;
            out->has_extraversion = true;
            break;
        }
        default:
            r = hvlink__unknown(&a, e);
            if (r)
                return r;
            break;
        }
    }
    if (r < 0)
        return r;
    if (!(seen[0] & 0x1ULL))
        return hvlink__missing(container, 1, e);
    return 0;
}

/* Write the attributes of extraversion-reply as the Rust encoder does (the order of the spec, the chosen
 * form's after the common ones; defaults and absent values left out). */
static inline void hvlink_version_extraversion_reply_put(struct hvlink_buf *b, const struct hvlink_version_extraversion_reply *v)
{
    hvlink_put_strn(b, 1, v->extraversion, v->extraversion_len);
}

/* capabilities-reply: every attribute absent, defaults filled. */
static inline void hvlink_version_capabilities_reply_init(struct hvlink_version_capabilities_reply *v)
{
    v->capabilities = (const char *)0;
    v->capabilities_len = 0;
    v->has_capabilities = false;
}

/* Validate and decode capabilities-reply (the Rust decoder's checks, order and errors). */
static inline int hvlink_version_capabilities_reply_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_version_capabilities_reply *out, struct hvlink_error *e)
{
    struct hvlink_walk w;
    struct hvlink_attr a;
    uint32_t count = 0;
    int r;
    uint64_t seen[2] = {0, 0};
    hvlink_version_capabilities_reply_init(out);
    hvlink_walk_init(&w, p, n, off);
    while ((r = hvlink_walk_next(&w, &a, e)) == 1) {
        if (++count > 1024u)
            return hvlink__too_many(&a, e);
        switch (hvlink_attr_kind(&a)) {
        case 1: {
            if (seen[0] & 0x1ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x1ULL;
            r = hvlink__string(&a, 0u, 1024u, e);
            if (r)
                return r;
            out->capabilities = (const char *)a.payload;
            out->capabilities_len = a.len - 1;
            out->has_capabilities = true;
            break;
        }
        default:
            r = hvlink__unknown(&a, e);
            if (r)
                return r;
            break;
        }
    }
    if (r < 0)
        return r;
    if (!(seen[0] & 0x1ULL))
        return hvlink__missing(container, 1, e);
    return 0;
}

/* Write the attributes of capabilities-reply as the Rust encoder does (the order of the spec, the chosen
 * form's after the common ones; defaults and absent values left out). */
static inline void hvlink_version_capabilities_reply_put(struct hvlink_buf *b, const struct hvlink_version_capabilities_reply *v)
{
    hvlink_put_strn(b, 1, v->capabilities, v->capabilities_len);
}

/* changeset-reply: every attribute absent, defaults filled. */
static inline void hvlink_version_changeset_reply_init(struct hvlink_version_changeset_reply *v)
{
    v->changeset = (const char *)0;
    v->changeset_len = 0;
    v->has_changeset = false;
}

/* Validate and decode changeset-reply (the Rust decoder's checks, order and errors). */
static inline int hvlink_version_changeset_reply_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_version_changeset_reply *out, struct hvlink_error *e)
{
    struct hvlink_walk w;
    struct hvlink_attr a;
    uint32_t count = 0;
    int r;
    uint64_t seen[2] = {0, 0};
    hvlink_version_changeset_reply_init(out);
    hvlink_walk_init(&w, p, n, off);
    while ((r = hvlink_walk_next(&w, &a, e)) == 1) {
        if (++count > 1024u)
            return hvlink__too_many(&a, e);
        switch (hvlink_attr_kind(&a)) {
        case 1: {
            if (seen[0] & 0x1ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x1ULL;
            r = hvlink__string(&a, 0u, 256u, e);
            if (r)
                return r;
            out->changeset = (const char *)a.payload;
            out->changeset_len = a.len - 1;
            out->has_changeset = true;
            break;
        }
        default:
            r = hvlink__unknown(&a, e);
            if (r)
                return r;
            break;
        }
    }
    if (r < 0)
        return r;
    if (!(seen[0] & 0x1ULL))
        return hvlink__missing(container, 1, e);
    return 0;
}

/* Write the attributes of changeset-reply as the Rust encoder does (the order of the spec, the chosen
 * form's after the common ones; defaults and absent values left out). */
static inline void hvlink_version_changeset_reply_put(struct hvlink_buf *b, const struct hvlink_version_changeset_reply *v)
{
    hvlink_put_strn(b, 1, v->changeset, v->changeset_len);
}

/* features-req: every attribute absent, defaults filled. */
static inline void hvlink_version_features_req_init(struct hvlink_version_features_req *v)
{
    v->submap_idx = (uint32_t)0x0ULL;
    v->has_submap_idx = false;
}

/* Validate and decode features-req (the Rust decoder's checks, order and errors). */
static inline int hvlink_version_features_req_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_version_features_req *out, struct hvlink_error *e)
{
    struct hvlink_walk w;
    struct hvlink_attr a;
    uint32_t count = 0;
    int r;
    uint64_t seen[2] = {0, 0};
    uint64_t v = 0;
    hvlink_version_features_req_init(out);
    hvlink_walk_init(&w, p, n, off);
    if (hvlink_walk_expect(&w, 0x00010008u, &a)) {
        count++;
        seen[0] |= 0x1ULL;
        r = hvlink__int(&a, 4, &v, e);
        if (r)
            return r;
        out->submap_idx = (uint32_t)v;
        out->has_submap_idx = true;
    }
    while ((r = hvlink_walk_next(&w, &a, e)) == 1) {
        if (++count > 1024u)
            return hvlink__too_many(&a, e);
        switch (hvlink_attr_kind(&a)) {
        case 1: {
            if (seen[0] & 0x1ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x1ULL;
            r = hvlink__int(&a, 4, &v, e);
            if (r)
                return r;
            out->submap_idx = (uint32_t)v;
            out->has_submap_idx = true;
            break;
        }
        default:
            r = hvlink__unknown(&a, e);
            if (r)
                return r;
            break;
        }
    }
    if (r < 0)
        return r;
    if (!(seen[0] & 0x1ULL))
        return hvlink__missing(container, 1, e);
    return 0;
}

/* Write the attributes of features-req as the Rust encoder does (the order of the spec, the chosen
 * form's after the common ones; defaults and absent values left out). */
static inline void hvlink_version_features_req_put(struct hvlink_buf *b, const struct hvlink_version_features_req *v)
{
    hvlink_put_u32(b, 1, v->submap_idx);
}

/* features-reply: every attribute absent, defaults filled. */
static inline void hvlink_version_features_reply_init(struct hvlink_version_features_reply *v)
{
    v->submap = (uint32_t)0x0ULL;
    v->has_submap = false;
}

/* Validate and decode features-reply (the Rust decoder's checks, order and errors). */
static inline int hvlink_version_features_reply_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_version_features_reply *out, struct hvlink_error *e)
{
    struct hvlink_walk w;
    struct hvlink_attr a;
    uint32_t count = 0;
    int r;
    uint64_t seen[2] = {0, 0};
    uint64_t v = 0;
    hvlink_version_features_reply_init(out);
    hvlink_walk_init(&w, p, n, off);
    if (hvlink_walk_expect(&w, 0x00010008u, &a)) {
        count++;
        seen[0] |= 0x1ULL;
        r = hvlink__int(&a, 4, &v, e);
        if (r)
            return r;
        out->submap = (uint32_t)v;
        out->has_submap = true;
    }
    while ((r = hvlink_walk_next(&w, &a, e)) == 1) {
        if (++count > 1024u)
            return hvlink__too_many(&a, e);
        switch (hvlink_attr_kind(&a)) {
        case 1: {
            if (seen[0] & 0x1ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x1ULL;
            r = hvlink__int(&a, 4, &v, e);
            if (r)
                return r;
            out->submap = (uint32_t)v;
            out->has_submap = true;
            break;
        }
        default:
            r = hvlink__unknown(&a, e);
            if (r)
                return r;
            break;
        }
    }
    if (r < 0)
        return r;
    if (!(seen[0] & 0x1ULL))
        return hvlink__missing(container, 1, e);
    return 0;
}

/* Write the attributes of features-reply as the Rust encoder does (the order of the spec, the chosen
 * form's after the common ones; defaults and absent values left out). */
static inline void hvlink_version_features_reply_put(struct hvlink_buf *b, const struct hvlink_version_features_reply *v)
{
    hvlink_put_u32(b, 1, v->submap);
}

/* pagesize-reply: every attribute absent, defaults filled. */
static inline void hvlink_version_pagesize_reply_init(struct hvlink_version_pagesize_reply *v)
{
    v->page_size = (uint32_t)0x0ULL;
    v->has_page_size = false;
}

/* Validate and decode pagesize-reply (the Rust decoder's checks, order and errors). */
static inline int hvlink_version_pagesize_reply_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_version_pagesize_reply *out, struct hvlink_error *e)
{
    struct hvlink_walk w;
    struct hvlink_attr a;
    uint32_t count = 0;
    int r;
    uint64_t seen[2] = {0, 0};
    uint64_t v = 0;
    hvlink_version_pagesize_reply_init(out);
    hvlink_walk_init(&w, p, n, off);
    if (hvlink_walk_expect(&w, 0x00010008u, &a)) {
        count++;
        seen[0] |= 0x1ULL;
        r = hvlink__int(&a, 4, &v, e);
        if (r)
            return r;
        out->page_size = (uint32_t)v;
        out->has_page_size = true;
    }
    while ((r = hvlink_walk_next(&w, &a, e)) == 1) {
        if (++count > 1024u)
            return hvlink__too_many(&a, e);
        switch (hvlink_attr_kind(&a)) {
        case 1: {
            if (seen[0] & 0x1ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x1ULL;
            r = hvlink__int(&a, 4, &v, e);
            if (r)
                return r;
            out->page_size = (uint32_t)v;
            out->has_page_size = true;
            break;
        }
        default:
            r = hvlink__unknown(&a, e);
            if (r)
                return r;
            break;
        }
    }
    if (r < 0)
        return r;
    if (!(seen[0] & 0x1ULL))
        return hvlink__missing(container, 1, e);
    return 0;
}

/* Write the attributes of pagesize-reply as the Rust encoder does (the order of the spec, the chosen
 * form's after the common ones; defaults and absent values left out). */
static inline void hvlink_version_pagesize_reply_put(struct hvlink_buf *b, const struct hvlink_version_pagesize_reply *v)
{
    hvlink_put_u32(b, 1, v->page_size);
}

/* guest-handle-reply: every attribute absent, defaults filled. */
static inline void hvlink_version_guest_handle_reply_init(struct hvlink_version_guest_handle_reply *v)
{
    v->handle = (const uint8_t *)0;
    v->handle_len = 0;
    v->has_handle = false;
}

/* Validate and decode guest-handle-reply (the Rust decoder's checks, order and errors). */
static inline int hvlink_version_guest_handle_reply_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_version_guest_handle_reply *out, struct hvlink_error *e)
{
    struct hvlink_walk w;
    struct hvlink_attr a;
    uint32_t count = 0;
    int r;
    uint64_t seen[2] = {0, 0};
    hvlink_version_guest_handle_reply_init(out);
    hvlink_walk_init(&w, p, n, off);
    while ((r = hvlink_walk_next(&w, &a, e)) == 1) {
        if (++count > 1024u)
            return hvlink__too_many(&a, e);
        switch (hvlink_attr_kind(&a)) {
        case 1: {
            if (seen[0] & 0x1ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x1ULL;
            r = hvlink__binary(&a, 16u, 16u, e);
            if (r)
                return r;
            out->handle = a.payload;
            out->handle_len = a.len;
            out->has_handle = true;
            break;
        }
        default:
            r = hvlink__unknown(&a, e);
            if (r)
                return r;
            break;
        }
    }
    if (r < 0)
        return r;
    if (!(seen[0] & 0x1ULL))
        return hvlink__missing(container, 1, e);
    return 0;
}

/* Write the attributes of guest-handle-reply as the Rust encoder does (the order of the spec, the chosen
 * form's after the common ones; defaults and absent values left out). */
static inline void hvlink_version_guest_handle_reply_put(struct hvlink_buf *b, const struct hvlink_version_guest_handle_reply *v)
{
    hvlink_put_binary(b, 1, v->handle, v->handle_len);
}

/* build-id-reply: every attribute absent, defaults filled. */
static inline void hvlink_version_build_id_reply_init(struct hvlink_version_build_id_reply *v)
{
    v->build_id = (const uint8_t *)0;
    v->build_id_len = 0;
    v->has_build_id = false;
}

/* Validate and decode build-id-reply (the Rust decoder's checks, order and errors). */
static inline int hvlink_version_build_id_reply_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_version_build_id_reply *out, struct hvlink_error *e)
{
    struct hvlink_walk w;
    struct hvlink_attr a;
    uint32_t count = 0;
    int r;
    uint64_t seen[2] = {0, 0};
    hvlink_version_build_id_reply_init(out);
    hvlink_walk_init(&w, p, n, off);
    while ((r = hvlink_walk_next(&w, &a, e)) == 1) {
        if (++count > 1024u)
            return hvlink__too_many(&a, e);
        switch (hvlink_attr_kind(&a)) {
        case 1: {
            if (seen[0] & 0x1ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x1ULL;
            r = hvlink__binary(&a, 1u, 64u, e);
            if (r)
                return r;
            out->build_id = a.payload;
            out->build_id_len = a.len;
            out->has_build_id = true;
            break;
        }
        default:
            r = hvlink__unknown(&a, e);
            if (r)
                return r;
            break;
        }
    }
    if (r < 0)
        return r;
    if (!(seen[0] & 0x1ULL))
        return hvlink__missing(container, 1, e);
    return 0;
}

/* Write the attributes of build-id-reply as the Rust encoder does (the order of the spec, the chosen
 * form's after the common ones; defaults and absent values left out). */
static inline void hvlink_version_build_id_reply_put(struct hvlink_buf *b, const struct hvlink_version_build_id_reply *v)
{
    hvlink_put_binary(b, 1, v->build_id, v->build_id_len);
}

/* A whole reply message of version.version: header, family header, then the version-reply (msg may be NULL). */
static inline int hvlink_version_version_reply_parse(const void *buf, size_t n, struct hvlink_msg *msg, struct hvlink_version_version_reply *out, struct hvlink_error *e)
{
    struct hvlink_msg local;
    struct hvlink_walk w;
    uint8_t cmd;
    int r;
    if (!msg)
        msg = &local;
    r = hvlink_msg_parse(buf, n, msg, e);
    if (r)
        return r;
    if (msg->type != 0x111u)
        return hvlink__fail(e, HVLINK_ERR_UNEXPECTED_TYPE, 4, 0, 0, "not a message of this family");
    r = hvlink_msg_genl(msg, &cmd, (uint8_t *)0, &w, e);
    if (r)
        return r;
    if (cmd != 0u)
        return hvlink__fail(e, HVLINK_ERR_UNEXPECTED_TYPE, 16, 0, 0, "a reply of another op");
    return hvlink_version_version_reply_parse_at(w.p, w.left, w.offset, w.offset, out, e);
}

/* A whole reply message of version.extraversion: header, family header, then the extraversion-reply (msg may be NULL). */
static inline int hvlink_version_extraversion_reply_parse(const void *buf, size_t n, struct hvlink_msg *msg, struct hvlink_version_extraversion_reply *out, struct hvlink_error *e)
{
    struct hvlink_msg local;
    struct hvlink_walk w;
    uint8_t cmd;
    int r;
    if (!msg)
        msg = &local;
    r = hvlink_msg_parse(buf, n, msg, e);
    if (r)
        return r;
    if (msg->type != 0x111u)
        return hvlink__fail(e, HVLINK_ERR_UNEXPECTED_TYPE, 4, 0, 0, "not a message of this family");
    r = hvlink_msg_genl(msg, &cmd, (uint8_t *)0, &w, e);
    if (r)
        return r;
    if (cmd != 1u)
        return hvlink__fail(e, HVLINK_ERR_UNEXPECTED_TYPE, 16, 0, 0, "a reply of another op");
    return hvlink_version_extraversion_reply_parse_at(w.p, w.left, w.offset, w.offset, out, e);
}

/* A whole reply message of version.capabilities: header, family header, then the capabilities-reply (msg may be NULL). */
static inline int hvlink_version_capabilities_reply_parse(const void *buf, size_t n, struct hvlink_msg *msg, struct hvlink_version_capabilities_reply *out, struct hvlink_error *e)
{
    struct hvlink_msg local;
    struct hvlink_walk w;
    uint8_t cmd;
    int r;
    if (!msg)
        msg = &local;
    r = hvlink_msg_parse(buf, n, msg, e);
    if (r)
        return r;
    if (msg->type != 0x111u)
        return hvlink__fail(e, HVLINK_ERR_UNEXPECTED_TYPE, 4, 0, 0, "not a message of this family");
    r = hvlink_msg_genl(msg, &cmd, (uint8_t *)0, &w, e);
    if (r)
        return r;
    if (cmd != 3u)
        return hvlink__fail(e, HVLINK_ERR_UNEXPECTED_TYPE, 16, 0, 0, "a reply of another op");
    return hvlink_version_capabilities_reply_parse_at(w.p, w.left, w.offset, w.offset, out, e);
}

/* A whole reply message of version.changeset: header, family header, then the changeset-reply (msg may be NULL). */
static inline int hvlink_version_changeset_reply_parse(const void *buf, size_t n, struct hvlink_msg *msg, struct hvlink_version_changeset_reply *out, struct hvlink_error *e)
{
    struct hvlink_msg local;
    struct hvlink_walk w;
    uint8_t cmd;
    int r;
    if (!msg)
        msg = &local;
    r = hvlink_msg_parse(buf, n, msg, e);
    if (r)
        return r;
    if (msg->type != 0x111u)
        return hvlink__fail(e, HVLINK_ERR_UNEXPECTED_TYPE, 4, 0, 0, "not a message of this family");
    r = hvlink_msg_genl(msg, &cmd, (uint8_t *)0, &w, e);
    if (r)
        return r;
    if (cmd != 4u)
        return hvlink__fail(e, HVLINK_ERR_UNEXPECTED_TYPE, 16, 0, 0, "a reply of another op");
    return hvlink_version_changeset_reply_parse_at(w.p, w.left, w.offset, w.offset, out, e);
}

/* A whole reply message of version.get_features: header, family header, then the features-reply (msg may be NULL). */
static inline int hvlink_version_get_features_reply_parse(const void *buf, size_t n, struct hvlink_msg *msg, struct hvlink_version_features_reply *out, struct hvlink_error *e)
{
    struct hvlink_msg local;
    struct hvlink_walk w;
    uint8_t cmd;
    int r;
    if (!msg)
        msg = &local;
    r = hvlink_msg_parse(buf, n, msg, e);
    if (r)
        return r;
    if (msg->type != 0x111u)
        return hvlink__fail(e, HVLINK_ERR_UNEXPECTED_TYPE, 4, 0, 0, "not a message of this family");
    r = hvlink_msg_genl(msg, &cmd, (uint8_t *)0, &w, e);
    if (r)
        return r;
    if (cmd != 6u)
        return hvlink__fail(e, HVLINK_ERR_UNEXPECTED_TYPE, 16, 0, 0, "a reply of another op");
    return hvlink_version_features_reply_parse_at(w.p, w.left, w.offset, w.offset, out, e);
}

/* A whole reply message of version.pagesize: header, family header, then the pagesize-reply (msg may be NULL). */
static inline int hvlink_version_pagesize_reply_parse(const void *buf, size_t n, struct hvlink_msg *msg, struct hvlink_version_pagesize_reply *out, struct hvlink_error *e)
{
    struct hvlink_msg local;
    struct hvlink_walk w;
    uint8_t cmd;
    int r;
    if (!msg)
        msg = &local;
    r = hvlink_msg_parse(buf, n, msg, e);
    if (r)
        return r;
    if (msg->type != 0x111u)
        return hvlink__fail(e, HVLINK_ERR_UNEXPECTED_TYPE, 4, 0, 0, "not a message of this family");
    r = hvlink_msg_genl(msg, &cmd, (uint8_t *)0, &w, e);
    if (r)
        return r;
    if (cmd != 7u)
        return hvlink__fail(e, HVLINK_ERR_UNEXPECTED_TYPE, 16, 0, 0, "a reply of another op");
    return hvlink_version_pagesize_reply_parse_at(w.p, w.left, w.offset, w.offset, out, e);
}

/* A whole reply message of version.guest_handle: header, family header, then the guest-handle-reply (msg may be NULL). */
static inline int hvlink_version_guest_handle_reply_parse(const void *buf, size_t n, struct hvlink_msg *msg, struct hvlink_version_guest_handle_reply *out, struct hvlink_error *e)
{
    struct hvlink_msg local;
    struct hvlink_walk w;
    uint8_t cmd;
    int r;
    if (!msg)
        msg = &local;
    r = hvlink_msg_parse(buf, n, msg, e);
    if (r)
        return r;
    if (msg->type != 0x111u)
        return hvlink__fail(e, HVLINK_ERR_UNEXPECTED_TYPE, 4, 0, 0, "not a message of this family");
    r = hvlink_msg_genl(msg, &cmd, (uint8_t *)0, &w, e);
    if (r)
        return r;
    if (cmd != 8u)
        return hvlink__fail(e, HVLINK_ERR_UNEXPECTED_TYPE, 16, 0, 0, "a reply of another op");
    return hvlink_version_guest_handle_reply_parse_at(w.p, w.left, w.offset, w.offset, out, e);
}

/* A whole reply message of version.build_id: header, family header, then the build-id-reply (msg may be NULL). */
static inline int hvlink_version_build_id_reply_parse(const void *buf, size_t n, struct hvlink_msg *msg, struct hvlink_version_build_id_reply *out, struct hvlink_error *e)
{
    struct hvlink_msg local;
    struct hvlink_walk w;
    uint8_t cmd;
    int r;
    if (!msg)
        msg = &local;
    r = hvlink_msg_parse(buf, n, msg, e);
    if (r)
        return r;
    if (msg->type != 0x111u)
        return hvlink__fail(e, HVLINK_ERR_UNEXPECTED_TYPE, 4, 0, 0, "not a message of this family");
    r = hvlink_msg_genl(msg, &cmd, (uint8_t *)0, &w, e);
    if (r)
        return r;
    if (cmd != 10u)
        return hvlink__fail(e, HVLINK_ERR_UNEXPECTED_TYPE, 16, 0, 0, "a reply of another op");
    return hvlink_version_build_id_reply_parse_at(w.p, w.left, w.offset, w.offset, out, e);
}

/* ==========================================================================================
 * Family grant_table
 * ======================================================================================= */

/* map-entry: One mapping of a map_grant_ref batch. */
struct hvlink_grant_table_map_entry {
    uint16_t dom; /* Domain that granted the reference. */
    bool has_dom;
    uint32_t ref; /* Grant reference in dom's table. */
    bool has_ref;
    uint32_t flags; /* How to map. */
    bool has_flags;
    uint64_t host_addr; /* Guest-physical address to map the frame at (host-map). */
    bool has_host_addr;
};

/* map-req: Request of map_grant_ref - one entry as top-level attributes or a batch of entries. */
#define HVLINK_GRANT_TABLE_MAP_REQ_FORM_SINGLE 0u /* One mapping; the form a FastABI register call carries. */
#define HVLINK_GRANT_TABLE_MAP_REQ_FORM_BATCH 1u /* Up to 1024 mappings in one message. */
struct hvlink_grant_table_map_req {
    uint32_t form; /* HVLINK_GRANT_TABLE_MAP_REQ_FORM_* */
    uint16_t dom; /* Domain that granted the reference. */
    bool has_dom;
    uint32_t ref; /* Grant reference in dom's table. */
    bool has_ref;
    uint32_t flags; /* How to map. */
    bool has_flags;
    uint64_t host_addr; /* Guest-physical address to map the frame at (host-map); never a virtual address. */
    bool has_host_addr;
    uint8_t mode; /* Batch semantics; a host that ignored it could break atomic callers. */
    bool has_mode;
    struct hvlink_list entry; /* One mapping of the batch; reply entries refer to it by position. (up to 1024) */
};

/* map-reply-entry: Result of one entry of a map_grant_ref batch. */
struct hvlink_grant_table_map_reply_entry {
    uint32_t index; /* Position of the request entry (0-based), so partial and resumed replies stay unambiguous. */
    bool has_index;
    int16_t status; /* Result of this entry. */
    bool has_status;
    uint32_t handle; /* Tracking handle to present to unmap. */
    bool has_handle;
    uint64_t dev_bus_addr; /* Address devices use to reach the frame (device-map only). */
    bool has_dev_bus_addr;
};

/* map-reply: Reply of map_grant_ref, in the form of the request. */
#define HVLINK_GRANT_TABLE_MAP_REPLY_FORM_SINGLE 0u /* Result of a single mapping. */
#define HVLINK_GRANT_TABLE_MAP_REPLY_FORM_BATCH 1u /* One result per request entry. */
struct hvlink_grant_table_map_reply {
    uint32_t form; /* HVLINK_GRANT_TABLE_MAP_REPLY_FORM_* */
    int16_t status; /* Result of the mapping. */
    bool has_status;
    uint32_t handle; /* Tracking handle to present to unmap. */
    bool has_handle;
    uint64_t dev_bus_addr; /* Address devices use to reach the frame (device-map only). */
    bool has_dev_bus_addr;
    struct hvlink_list entry; /* Result of one request entry. (up to 1024) */
};

/* unmap-entry: One unmapping of an unmap_grant_ref batch. */
struct hvlink_grant_table_unmap_entry {
    uint64_t host_addr; /* Guest-physical address of the host mapping to remove; 0 to leave it. */
    bool has_host_addr;
    uint64_t dev_bus_addr; /* Device address of the mapping to remove; 0 to leave it. */
    bool has_dev_bus_addr;
    uint32_t handle; /* Handle returned by map_grant_ref. */
    bool has_handle;
};

/* unmap-req: Request of unmap_grant_ref - one entry as top-level attributes or a batch of entries. */
#define HVLINK_GRANT_TABLE_UNMAP_REQ_FORM_SINGLE 0u /* One unmapping; the form a FastABI register call carries. */
#define HVLINK_GRANT_TABLE_UNMAP_REQ_FORM_BATCH 1u /* Up to 1024 unmappings in one message. */
struct hvlink_grant_table_unmap_req {
    uint32_t form; /* HVLINK_GRANT_TABLE_UNMAP_REQ_FORM_* */
    uint64_t host_addr; /* Guest-physical address of the host mapping to remove; 0 to leave it. */
    bool has_host_addr;
    uint64_t dev_bus_addr; /* Device address of the mapping to remove; 0 to leave it. */
    bool has_dev_bus_addr;
    uint32_t handle; /* Handle returned by map_grant_ref. */
    bool has_handle;
    uint8_t mode; /* Batch semantics. */
    bool has_mode;
    struct hvlink_list entry; /* One unmapping of the batch. (up to 1024) */
};

/* entry-result: Result of one entry of an unmap or copy batch. */
struct hvlink_grant_table_entry_result {
    uint32_t index; /* Position of the request entry (0-based). */
    bool has_index;
    int16_t status; /* Result of this entry. */
    bool has_status;
};

/* unmap-reply: Reply of unmap_grant_ref, in the form of the request. */
#define HVLINK_GRANT_TABLE_UNMAP_REPLY_FORM_SINGLE 0u /* Result of a single unmapping. */
#define HVLINK_GRANT_TABLE_UNMAP_REPLY_FORM_BATCH 1u /* One result per request entry. */
struct hvlink_grant_table_unmap_reply {
    uint32_t form; /* HVLINK_GRANT_TABLE_UNMAP_REPLY_FORM_* */
    int16_t status; /* Result of the unmapping. */
    bool has_status;
    struct hvlink_list entry; /* Result of one request entry. (up to 1024) */
};

/* frames-req: Request of setup_table and get_status_frames. */
struct hvlink_grant_table_frames_req {
    uint16_t dom; /* Domain whose table is meant; DOMID_SELF (0x7FF0) for the caller. */
    bool has_dom;
    uint32_t nr_frames; /* Number of frames wanted. */
    bool has_nr_frames;
};

/* frames-reply: Reply of setup_table and get_status_frames. */
struct hvlink_grant_table_frames_reply {
    int16_t status; /* Result of the operation. */
    bool has_status;
    struct hvlink_list frame; /* One frame number of the table, in table order. (up to 1024) */
};

/* copy-entry: One copy; source and destination are each a grant reference or a frame, as flags say. */
struct hvlink_grant_table_copy_entry {
    uint32_t source_ref; /* Source grant reference (with source-gref; exclusive with source-gfn). */
    bool has_source_ref;
    uint64_t source_gfn; /* Source guest frame of the caller (without source-gref). */
    bool has_source_gfn;
    uint16_t source_dom; /* Domain owning the source. */
    bool has_source_dom;
    uint16_t source_offset; /* Byte offset in the source frame. */
    bool has_source_offset;
    uint32_t dest_ref; /* Destination grant reference (with dest-gref; exclusive with dest-gfn). */
    bool has_dest_ref;
    uint64_t dest_gfn; /* Destination guest frame of the caller (without dest-gref). */
    bool has_dest_gfn;
    uint16_t dest_dom; /* Domain owning the destination. */
    bool has_dest_dom;
    uint16_t dest_offset; /* Byte offset in the destination frame. */
    bool has_dest_offset;
    uint16_t len; /* Bytes to copy; neither side may cross its page boundary. */
    bool has_len;
    uint16_t flags; /* What source and destination name. */
    bool has_flags;
};

/* copy-req: Request of copy. */
struct hvlink_grant_table_copy_req {
    uint8_t mode; /* Batch semantics. */
    bool has_mode;
    struct hvlink_list entry; /* One copy of the batch. (up to 512) */
};

/* copy-reply: Reply of copy. */
struct hvlink_grant_table_copy_reply {
    struct hvlink_list entry; /* Result of one request entry. (up to 512) */
};

/* dom-req: Request naming the domain whose table is meant. */
struct hvlink_grant_table_dom_req {
    uint16_t dom; /* Domain; DOMID_SELF (0x7FF0) for the caller. */
    bool has_dom;
};

/* query-size-reply: Reply of query_size. */
struct hvlink_grant_table_query_size_reply {
    uint32_t nr_frames; /* Current number of frames of the table. */
    bool has_nr_frames;
    uint32_t max_nr_frames; /* Largest number of frames the table may grow to. */
    bool has_max_nr_frames;
    int16_t status; /* Result of the query. */
    bool has_status;
};

/* unmap-and-replace-req: Request of unmap_and_replace. */
struct hvlink_grant_table_unmap_and_replace_req {
    uint64_t host_addr; /* Guest-physical address of the grant mapping to remove. */
    bool has_host_addr;
    uint64_t new_addr; /* Guest-physical address whose mapping moves to host-addr; 0 for none. */
    bool has_new_addr;
    uint32_t handle; /* Handle of the mapping. */
    bool has_handle;
};

/* status-reply: Reply carrying one grant status. */
struct hvlink_grant_table_status_reply {
    int16_t status; /* Result of the operation. */
    bool has_status;
};

/* set-version-req: Request of set_version. */
struct hvlink_grant_table_set_version_req {
    uint32_t version; /* Grant table format wanted (1 or 2); only before any grant is active. */
    bool has_version;
};

/* version-reply: Reply carrying a grant table format version. */
struct hvlink_grant_table_version_reply {
    uint32_t version; /* Grant table format in effect. */
    bool has_version;
};

/* swap-req: Request of swap_grant_ref. */
struct hvlink_grant_table_swap_req {
    uint32_t ref_a; /* First grant reference of the caller's table. */
    bool has_ref_a;
    uint32_t ref_b; /* Second grant reference of the caller's table. */
    bool has_ref_b;
};

static inline int hvlink_grant_table_map_entry_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_grant_table_map_entry *out, struct hvlink_error *e);
static inline int hvlink_grant_table_map_req_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_grant_table_map_req *out, struct hvlink_error *e);
static inline int hvlink_grant_table_map_reply_entry_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_grant_table_map_reply_entry *out, struct hvlink_error *e);
static inline int hvlink_grant_table_map_reply_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_grant_table_map_reply *out, struct hvlink_error *e);
static inline int hvlink_grant_table_unmap_entry_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_grant_table_unmap_entry *out, struct hvlink_error *e);
static inline int hvlink_grant_table_unmap_req_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_grant_table_unmap_req *out, struct hvlink_error *e);
static inline int hvlink_grant_table_entry_result_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_grant_table_entry_result *out, struct hvlink_error *e);
static inline int hvlink_grant_table_unmap_reply_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_grant_table_unmap_reply *out, struct hvlink_error *e);
static inline int hvlink_grant_table_frames_req_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_grant_table_frames_req *out, struct hvlink_error *e);
static inline int hvlink_grant_table_frames_reply_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_grant_table_frames_reply *out, struct hvlink_error *e);
static inline int hvlink_grant_table_copy_entry_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_grant_table_copy_entry *out, struct hvlink_error *e);
static inline int hvlink_grant_table_copy_req_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_grant_table_copy_req *out, struct hvlink_error *e);
static inline int hvlink_grant_table_copy_reply_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_grant_table_copy_reply *out, struct hvlink_error *e);
static inline int hvlink_grant_table_dom_req_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_grant_table_dom_req *out, struct hvlink_error *e);
static inline int hvlink_grant_table_query_size_reply_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_grant_table_query_size_reply *out, struct hvlink_error *e);
static inline int hvlink_grant_table_unmap_and_replace_req_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_grant_table_unmap_and_replace_req *out, struct hvlink_error *e);
static inline int hvlink_grant_table_status_reply_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_grant_table_status_reply *out, struct hvlink_error *e);
static inline int hvlink_grant_table_set_version_req_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_grant_table_set_version_req *out, struct hvlink_error *e);
static inline int hvlink_grant_table_version_reply_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_grant_table_version_reply *out, struct hvlink_error *e);
static inline int hvlink_grant_table_swap_req_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_grant_table_swap_req *out, struct hvlink_error *e);
static inline int hvlink_grant_table_map_entry_read_valid(const uint8_t *p, size_t n, uint32_t off, struct hvlink_grant_table_map_entry *out);
static inline int hvlink_grant_table_map_reply_entry_read_valid(const uint8_t *p, size_t n, uint32_t off, struct hvlink_grant_table_map_reply_entry *out);
static inline int hvlink_grant_table_unmap_entry_read_valid(const uint8_t *p, size_t n, uint32_t off, struct hvlink_grant_table_unmap_entry *out);
static inline int hvlink_grant_table_entry_result_read_valid(const uint8_t *p, size_t n, uint32_t off, struct hvlink_grant_table_entry_result *out);
static inline int hvlink_grant_table_copy_entry_read_valid(const uint8_t *p, size_t n, uint32_t off, struct hvlink_grant_table_copy_entry *out);

/* map-entry: every attribute absent, defaults filled. */
static inline void hvlink_grant_table_map_entry_init(struct hvlink_grant_table_map_entry *v)
{
    v->dom = (uint16_t)0x0ULL;
    v->has_dom = false;
    v->ref = (uint32_t)0x0ULL;
    v->has_ref = false;
    v->flags = (uint32_t)0x0ULL;
    v->has_flags = false;
    v->host_addr = (uint64_t)0x0ULL;
    v->has_host_addr = false;
}

/* Validate and decode map-entry (the Rust decoder's checks, order and errors). */
static inline int hvlink_grant_table_map_entry_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_grant_table_map_entry *out, struct hvlink_error *e)
{
    struct hvlink_walk w;
    struct hvlink_attr a;
    uint32_t count = 0;
    int r;
    uint64_t seen[2] = {0, 0};
    uint64_t v = 0;
    hvlink_grant_table_map_entry_init(out);
    hvlink_walk_init(&w, p, n, off);
    if (hvlink_walk_expect(&w, 0x00010006u, &a)) {
        count++;
        seen[0] |= 0x1ULL;
        r = hvlink__int(&a, 2, &v, e);
        if (r)
            return r;
        out->dom = (uint16_t)v;
        out->has_dom = true;
    }
    if (hvlink_walk_expect(&w, 0x00020008u, &a)) {
        count++;
        seen[0] |= 0x2ULL;
        r = hvlink__int(&a, 4, &v, e);
        if (r)
            return r;
        out->ref = (uint32_t)v;
        out->has_ref = true;
    }
    if (hvlink_walk_expect(&w, 0x00030008u, &a)) {
        count++;
        seen[0] |= 0x4ULL;
        r = hvlink__int(&a, 4, &v, e);
        if (r)
            return r;
        if (v & ~(uint64_t)0xffff003fULL)
            return hvlink__bad_flags(&a, e);
        out->flags = (uint32_t)v;
        out->has_flags = true;
    }
    if (hvlink_walk_expect(&w, 0x0004000cu, &a)) {
        count++;
        seen[0] |= 0x8ULL;
        r = hvlink__int(&a, 8, &v, e);
        if (r)
            return r;
        out->host_addr = (uint64_t)v;
        out->has_host_addr = true;
    }
    while ((r = hvlink_walk_next(&w, &a, e)) == 1) {
        if (++count > 1024u)
            return hvlink__too_many(&a, e);
        switch (hvlink_attr_kind(&a)) {
        case 1: {
            if (seen[0] & 0x1ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x1ULL;
            r = hvlink__int(&a, 2, &v, e);
            if (r)
                return r;
            out->dom = (uint16_t)v;
            out->has_dom = true;
            break;
        }
        case 2: {
            if (seen[0] & 0x2ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x2ULL;
            r = hvlink__int(&a, 4, &v, e);
            if (r)
                return r;
            out->ref = (uint32_t)v;
            out->has_ref = true;
            break;
        }
        case 3: {
            if (seen[0] & 0x4ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x4ULL;
            r = hvlink__int(&a, 4, &v, e);
            if (r)
                return r;
            if (v & ~(uint64_t)0xffff003fULL)
                return hvlink__bad_flags(&a, e);
            out->flags = (uint32_t)v;
            out->has_flags = true;
            break;
        }
        case 4: {
            if (seen[0] & 0x8ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x8ULL;
            r = hvlink__int(&a, 8, &v, e);
            if (r)
                return r;
            out->host_addr = (uint64_t)v;
            out->has_host_addr = true;
            break;
        }
        default:
            r = hvlink__unknown(&a, e);
            if (r)
                return r;
            break;
        }
    }
    if (r < 0)
        return r;
    if (!(seen[0] & 0x1ULL))
        return hvlink__missing(container, 1, e);
    if (!(seen[0] & 0x2ULL))
        return hvlink__missing(container, 2, e);
    if (!(seen[0] & 0x4ULL))
        return hvlink__missing(container, 3, e);
    return 0;
}

/* Read map-entry bytes that hvlink_grant_table_map_entry_parse_at accepted (list iteration): values only. */
static inline int hvlink_grant_table_map_entry_read_valid(const uint8_t *p, size_t n, uint32_t off, struct hvlink_grant_table_map_entry *out)
{
    struct hvlink_walk w;
    struct hvlink_attr a;
    struct hvlink_error e;
    int r;
    hvlink_grant_table_map_entry_init(out);
    hvlink_walk_init(&w, p, n, off);
    if (hvlink_walk_expect(&w, 0x00010006u, &a)) {
        out->dom = (uint16_t)hvlink__ld16(a.payload);
        out->has_dom = true;
    }
    if (hvlink_walk_expect(&w, 0x00020008u, &a)) {
        out->ref = (uint32_t)hvlink__ld32(a.payload);
        out->has_ref = true;
    }
    if (hvlink_walk_expect(&w, 0x00030008u, &a)) {
        out->flags = (uint32_t)hvlink__ld32(a.payload);
        out->has_flags = true;
    }
    if (hvlink_walk_expect(&w, 0x0004000cu, &a)) {
        out->host_addr = (uint64_t)hvlink__ld64(a.payload);
        out->has_host_addr = true;
    }
    while ((r = hvlink_walk_next(&w, &a, &e)) == 1) {
        switch (hvlink_attr_kind(&a)) {
        case 1:
            if (a.len != 2u)
                return -1;
            out->dom = (uint16_t)hvlink__ld16(a.payload);
            out->has_dom = true;
            break;
        case 2:
            if (a.len != 4u)
                return -1;
            out->ref = (uint32_t)hvlink__ld32(a.payload);
            out->has_ref = true;
            break;
        case 3:
            if (a.len != 4u)
                return -1;
            out->flags = (uint32_t)hvlink__ld32(a.payload);
            out->has_flags = true;
            break;
        case 4:
            if (a.len != 8u)
                return -1;
            out->host_addr = (uint64_t)hvlink__ld64(a.payload);
            out->has_host_addr = true;
            break;
        default:
            break;
        }
    }
    return r;
}

/* Write the attributes of map-entry as the Rust encoder does (the order of the spec, the chosen
 * form's after the common ones; defaults and absent values left out). */
static inline void hvlink_grant_table_map_entry_put(struct hvlink_buf *b, const struct hvlink_grant_table_map_entry *v)
{
    hvlink_put_u16(b, 1, v->dom);
    hvlink_put_u32(b, 2, v->ref);
    hvlink_put_u32(b, 3, v->flags);
    if (v->host_addr != (uint64_t)0x0ULL) {
        hvlink_put_u64(b, 4, v->host_addr);
    }
}

/* map-req: every attribute absent, defaults filled. */
static inline void hvlink_grant_table_map_req_init(struct hvlink_grant_table_map_req *v)
{
    v->form = 0;
    v->dom = (uint16_t)0x0ULL;
    v->has_dom = false;
    v->ref = (uint32_t)0x0ULL;
    v->has_ref = false;
    v->flags = (uint32_t)0x0ULL;
    v->has_flags = false;
    v->host_addr = (uint64_t)0x0ULL;
    v->has_host_addr = false;
    v->mode = (uint8_t)0x0ULL;
    v->has_mode = false;
    v->entry.wire = (const uint8_t *)0;
    v->entry.items = (const void *)0;
    v->entry.wire_len = 0;
    v->entry.wire_offset = 0;
    v->entry.count = 0;
    v->entry.kind = 6;
}

/* Validate and decode map-req (the Rust decoder's checks, order and errors). */
static inline int hvlink_grant_table_map_req_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_grant_table_map_req *out, struct hvlink_error *e)
{
    struct hvlink_walk w;
    struct hvlink_attr a;
    uint32_t count = 0;
    int r;
    uint64_t seen[2] = {0, 0};
    uint64_t v = 0;
    bool form_seen[2] = {false, false};
    uint32_t form_at[2] = {0, 0};
    hvlink_grant_table_map_req_init(out);
    out->entry.wire = p;
    out->entry.wire_len = (uint32_t)n;
    out->entry.wire_offset = off;
    hvlink_walk_init(&w, p, n, off);
    if (hvlink_walk_expect(&w, 0x00010006u, &a)) {
        count++;
        seen[0] |= 0x1ULL;
        r = hvlink__int(&a, 2, &v, e);
        if (r)
            return r;
        out->dom = (uint16_t)v;
        out->has_dom = true;
        if (!form_seen[0]) {
            form_seen[0] = true;
            form_at[0] = a.offset;
        }
    }
    if (hvlink_walk_expect(&w, 0x00020008u, &a)) {
        count++;
        seen[0] |= 0x2ULL;
        r = hvlink__int(&a, 4, &v, e);
        if (r)
            return r;
        out->ref = (uint32_t)v;
        out->has_ref = true;
        if (!form_seen[0]) {
            form_seen[0] = true;
            form_at[0] = a.offset;
        }
    }
    if (hvlink_walk_expect(&w, 0x00030008u, &a)) {
        count++;
        seen[0] |= 0x4ULL;
        r = hvlink__int(&a, 4, &v, e);
        if (r)
            return r;
        if (v & ~(uint64_t)0xffff003fULL)
            return hvlink__bad_flags(&a, e);
        out->flags = (uint32_t)v;
        out->has_flags = true;
        if (!form_seen[0]) {
            form_seen[0] = true;
            form_at[0] = a.offset;
        }
    }
    if (hvlink_walk_expect(&w, 0x0004000cu, &a)) {
        count++;
        seen[0] |= 0x8ULL;
        r = hvlink__int(&a, 8, &v, e);
        if (r)
            return r;
        out->host_addr = (uint64_t)v;
        out->has_host_addr = true;
        if (!form_seen[0]) {
            form_seen[0] = true;
            form_at[0] = a.offset;
        }
    }
    if (hvlink_walk_expect(&w, 0x40050005u, &a)) {
        count++;
        seen[0] |= 0x10ULL;
        r = hvlink__int(&a, 1, &v, e);
        if (r)
            return r;
        if (!(v == 0x0ULL || v == 0x1ULL || v == 0x2ULL))
            return hvlink__not_member(&a, e);
        out->mode = (uint8_t)v;
        out->has_mode = true;
        if (!form_seen[1]) {
            form_seen[1] = true;
            form_at[1] = a.offset;
        }
    }
    while ((r = hvlink_walk_next(&w, &a, e)) == 1) {
        if (++count > 1157u)
            return hvlink__too_many(&a, e);
        switch (hvlink_attr_kind(&a)) {
        case 1: {
            if (seen[0] & 0x1ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x1ULL;
            r = hvlink__int(&a, 2, &v, e);
            if (r)
                return r;
            out->dom = (uint16_t)v;
            out->has_dom = true;
            if (!form_seen[0]) {
                form_seen[0] = true;
                form_at[0] = a.offset;
            }
            break;
        }
        case 2: {
            if (seen[0] & 0x2ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x2ULL;
            r = hvlink__int(&a, 4, &v, e);
            if (r)
                return r;
            out->ref = (uint32_t)v;
            out->has_ref = true;
            if (!form_seen[0]) {
                form_seen[0] = true;
                form_at[0] = a.offset;
            }
            break;
        }
        case 3: {
            if (seen[0] & 0x4ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x4ULL;
            r = hvlink__int(&a, 4, &v, e);
            if (r)
                return r;
            if (v & ~(uint64_t)0xffff003fULL)
                return hvlink__bad_flags(&a, e);
            out->flags = (uint32_t)v;
            out->has_flags = true;
            if (!form_seen[0]) {
                form_seen[0] = true;
                form_at[0] = a.offset;
            }
            break;
        }
        case 4: {
            if (seen[0] & 0x8ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x8ULL;
            r = hvlink__int(&a, 8, &v, e);
            if (r)
                return r;
            out->host_addr = (uint64_t)v;
            out->has_host_addr = true;
            if (!form_seen[0]) {
                form_seen[0] = true;
                form_at[0] = a.offset;
            }
            break;
        }
        case 5: {
            if (seen[0] & 0x10ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x10ULL;
            r = hvlink__int(&a, 1, &v, e);
            if (r)
                return r;
            if (!(v == 0x0ULL || v == 0x1ULL || v == 0x2ULL))
                return hvlink__not_member(&a, e);
            out->mode = (uint8_t)v;
            out->has_mode = true;
            if (!form_seen[1]) {
                form_seen[1] = true;
                form_at[1] = a.offset;
            }
            break;
        }
        case 6: {
            seen[0] |= 0x20ULL;
            if (out->entry.count >= 1024u)
                return hvlink__too_many(&a, e);
            {
                struct hvlink_grant_table_map_entry tmp;
                r = hvlink_grant_table_map_entry_parse_at(a.payload, a.len, a.offset + 4u, a.offset, &tmp, e);
                if (r)
                    return r;
            }
            out->entry.count++;
            if (!form_seen[1]) {
                form_seen[1] = true;
                form_at[1] = a.offset;
            }
            break;
        }
        default:
            r = hvlink__unknown(&a, e);
            if (r)
                return r;
            break;
        }
    }
    if (r < 0)
        return r;
    {
        int chosen = -1, k;
        uint32_t chosen_at = 0;
        for (k = 0; k < 2; k++) {
            if (!form_seen[k])
                continue;
            if (chosen >= 0)
                return hvlink__two_forms(form_at[k] > chosen_at ? form_at[k] : chosen_at, e);
            chosen = k;
            chosen_at = form_at[k];
        }
        if (chosen < 0) {
            return hvlink__missing(container, 1, e);
        }
        out->form = (uint32_t)chosen;
    }
    switch (out->form) {
    case 0:
        if (!out->has_dom)
            return hvlink__missing(container, 1, e);
        if (!out->has_ref)
            return hvlink__missing(container, 2, e);
        if (!out->has_flags)
            return hvlink__missing(container, 3, e);
        break;
    default:
        if (out->entry.count == 0)
            return hvlink__missing(container, 6, e);
        break;
    }
    return 0;
}

/* The next element of map-req.entry from a parsed list (1, or 0 at the end). */
static inline int hvlink_grant_table_map_req_entry_next(struct hvlink_list_iter *it, struct hvlink_grant_table_map_entry *out)
{
    struct hvlink_attr a;
    if (!hvlink_list_next_attr(it, &a))
        return 0;
    if (hvlink_grant_table_map_entry_read_valid(a.payload, a.len, a.offset + 4u, out) != 0) {
        it->left = 0;
        return 0;
    }
    return 1;
}

/* Write the attributes of map-req as the Rust encoder does (the order of the spec, the chosen
 * form's after the common ones; defaults and absent values left out). */
static inline void hvlink_grant_table_map_req_put(struct hvlink_buf *b, const struct hvlink_grant_table_map_req *v)
{
    switch (v->form) {
    case 0:
        hvlink_put_u16(b, 1, v->dom);
        hvlink_put_u32(b, 2, v->ref);
        hvlink_put_u32(b, 3, v->flags);
        if (v->host_addr != (uint64_t)0x0ULL) {
            hvlink_put_u64(b, 4, v->host_addr);
        }
        break;
    default:
        if (v->mode != (uint8_t)0x0ULL) {
            hvlink_put_u8(b, 0x4005, v->mode);
        }
        if (v->entry.items) {
            uint32_t i;
            for (i = 0; i < v->entry.count; i++) {
                struct hvlink_grant_table_map_entry x = ((struct hvlink_grant_table_map_entry const *)v->entry.items)[i];
                {
                    size_t nest = hvlink_nest_begin(b, 6);
                    hvlink_grant_table_map_entry_put(b, &x);
                    hvlink_nest_end(b, nest);
                }
            }
        } else {
            struct hvlink_list_iter it;
            struct hvlink_grant_table_map_entry x;
            hvlink_list_iter_init(&it, &v->entry);
            while (hvlink_grant_table_map_req_entry_next(&it, &x))
                {
                    size_t nest = hvlink_nest_begin(b, 6);
                    hvlink_grant_table_map_entry_put(b, &x);
                    hvlink_nest_end(b, nest);
                }
        }
        break;
    }
}

/* map-reply-entry: every attribute absent, defaults filled. */
static inline void hvlink_grant_table_map_reply_entry_init(struct hvlink_grant_table_map_reply_entry *v)
{
    v->index = (uint32_t)0x0ULL;
    v->has_index = false;
    v->status = (int16_t)(0LL);
    v->has_status = false;
    v->handle = (uint32_t)0x0ULL;
    v->has_handle = false;
    v->dev_bus_addr = (uint64_t)0x0ULL;
    v->has_dev_bus_addr = false;
}

/* Validate and decode map-reply-entry (the Rust decoder's checks, order and errors). */
static inline int hvlink_grant_table_map_reply_entry_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_grant_table_map_reply_entry *out, struct hvlink_error *e)
{
    struct hvlink_walk w;
    struct hvlink_attr a;
    uint32_t count = 0;
    int r;
    uint64_t seen[2] = {0, 0};
    uint64_t v = 0;
    uint32_t at_handle = 0;
    uint32_t at_dev_bus_addr = 0;
    hvlink_grant_table_map_reply_entry_init(out);
    hvlink_walk_init(&w, p, n, off);
    if (hvlink_walk_expect(&w, 0x00010008u, &a)) {
        count++;
        seen[0] |= 0x1ULL;
        r = hvlink__int(&a, 4, &v, e);
        if (r)
            return r;
        out->index = (uint32_t)v;
        out->has_index = true;
    }
    if (hvlink_walk_expect(&w, 0x00020006u, &a)) {
        count++;
        seen[0] |= 0x2ULL;
        r = hvlink__int(&a, 2, &v, e);
        if (r)
            return r;
        out->status = (int16_t)v;
        out->has_status = true;
    }
    if (hvlink_walk_expect(&w, 0x00030008u, &a)) {
        count++;
        seen[0] |= 0x4ULL;
        r = hvlink__int(&a, 4, &v, e);
        if (r)
            return r;
        out->handle = (uint32_t)v;
        out->has_handle = true;
        at_handle = a.offset;
    }
    if (hvlink_walk_expect(&w, 0x0004000cu, &a)) {
        count++;
        seen[0] |= 0x8ULL;
        r = hvlink__int(&a, 8, &v, e);
        if (r)
            return r;
        out->dev_bus_addr = (uint64_t)v;
        out->has_dev_bus_addr = true;
        at_dev_bus_addr = a.offset;
    }
    while ((r = hvlink_walk_next(&w, &a, e)) == 1) {
        if (++count > 1024u)
            return hvlink__too_many(&a, e);
        switch (hvlink_attr_kind(&a)) {
        case 1: {
            if (seen[0] & 0x1ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x1ULL;
            r = hvlink__int(&a, 4, &v, e);
            if (r)
                return r;
            out->index = (uint32_t)v;
            out->has_index = true;
            break;
        }
        case 2: {
            if (seen[0] & 0x2ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x2ULL;
            r = hvlink__int(&a, 2, &v, e);
            if (r)
                return r;
            out->status = (int16_t)v;
            out->has_status = true;
            break;
        }
        case 3: {
            if (seen[0] & 0x4ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x4ULL;
            r = hvlink__int(&a, 4, &v, e);
            if (r)
                return r;
            out->handle = (uint32_t)v;
            out->has_handle = true;
            at_handle = a.offset;
            break;
        }
        case 4: {
            if (seen[0] & 0x8ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x8ULL;
            r = hvlink__int(&a, 8, &v, e);
            if (r)
                return r;
            out->dev_bus_addr = (uint64_t)v;
            out->has_dev_bus_addr = true;
            at_dev_bus_addr = a.offset;
            break;
        }
        default:
            r = hvlink__unknown(&a, e);
            if (r)
                return r;
            break;
        }
    }
    if (r < 0)
        return r;
    if (!(seen[0] & 0x1ULL))
        return hvlink__missing(container, 1, e);
    if (!(seen[0] & 0x2ULL))
        return hvlink__missing(container, 2, e);
    if (out->has_handle && !(out->has_status && (out->status == (int16_t)(0LL))))
        return hvlink__when(at_handle, 3, e);
    if (out->has_dev_bus_addr && !(out->has_status && (out->status == (int16_t)(0LL))))
        return hvlink__when(at_dev_bus_addr, 4, e);
    return 0;
}

/* Read map-reply-entry bytes that hvlink_grant_table_map_reply_entry_parse_at accepted (list iteration): values only. */
static inline int hvlink_grant_table_map_reply_entry_read_valid(const uint8_t *p, size_t n, uint32_t off, struct hvlink_grant_table_map_reply_entry *out)
{
    struct hvlink_walk w;
    struct hvlink_attr a;
    struct hvlink_error e;
    int r;
    hvlink_grant_table_map_reply_entry_init(out);
    hvlink_walk_init(&w, p, n, off);
    if (hvlink_walk_expect(&w, 0x00010008u, &a)) {
        out->index = (uint32_t)hvlink__ld32(a.payload);
        out->has_index = true;
    }
    if (hvlink_walk_expect(&w, 0x00020006u, &a)) {
        out->status = (int16_t)hvlink__ld16(a.payload);
        out->has_status = true;
    }
    if (hvlink_walk_expect(&w, 0x00030008u, &a)) {
        out->handle = (uint32_t)hvlink__ld32(a.payload);
        out->has_handle = true;
    }
    if (hvlink_walk_expect(&w, 0x0004000cu, &a)) {
        out->dev_bus_addr = (uint64_t)hvlink__ld64(a.payload);
        out->has_dev_bus_addr = true;
    }
    while ((r = hvlink_walk_next(&w, &a, &e)) == 1) {
        switch (hvlink_attr_kind(&a)) {
        case 1:
            if (a.len != 4u)
                return -1;
            out->index = (uint32_t)hvlink__ld32(a.payload);
            out->has_index = true;
            break;
        case 2:
            if (a.len != 2u)
                return -1;
            out->status = (int16_t)hvlink__ld16(a.payload);
            out->has_status = true;
            break;
        case 3:
            if (a.len != 4u)
                return -1;
            out->handle = (uint32_t)hvlink__ld32(a.payload);
            out->has_handle = true;
            break;
        case 4:
            if (a.len != 8u)
                return -1;
            out->dev_bus_addr = (uint64_t)hvlink__ld64(a.payload);
            out->has_dev_bus_addr = true;
            break;
        default:
            break;
        }
    }
    return r;
}

/* Write the attributes of map-reply-entry as the Rust encoder does (the order of the spec, the chosen
 * form's after the common ones; defaults and absent values left out). */
static inline void hvlink_grant_table_map_reply_entry_put(struct hvlink_buf *b, const struct hvlink_grant_table_map_reply_entry *v)
{
    hvlink_put_u32(b, 1, v->index);
    hvlink_put_s16(b, 2, v->status);
    if (v->has_handle) {
        hvlink_put_u32(b, 3, v->handle);
    }
    if (v->has_dev_bus_addr) {
        hvlink_put_u64(b, 4, v->dev_bus_addr);
    }
}

/* map-reply: every attribute absent, defaults filled. */
static inline void hvlink_grant_table_map_reply_init(struct hvlink_grant_table_map_reply *v)
{
    v->form = 0;
    v->status = (int16_t)(0LL);
    v->has_status = false;
    v->handle = (uint32_t)0x0ULL;
    v->has_handle = false;
    v->dev_bus_addr = (uint64_t)0x0ULL;
    v->has_dev_bus_addr = false;
    v->entry.wire = (const uint8_t *)0;
    v->entry.items = (const void *)0;
    v->entry.wire_len = 0;
    v->entry.wire_offset = 0;
    v->entry.count = 0;
    v->entry.kind = 4;
}

/* Validate and decode map-reply (the Rust decoder's checks, order and errors). */
static inline int hvlink_grant_table_map_reply_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_grant_table_map_reply *out, struct hvlink_error *e)
{
    struct hvlink_walk w;
    struct hvlink_attr a;
    uint32_t count = 0;
    int r;
    uint64_t seen[2] = {0, 0};
    uint64_t v = 0;
    uint32_t at_handle = 0;
    uint32_t at_dev_bus_addr = 0;
    bool form_seen[2] = {false, false};
    uint32_t form_at[2] = {0, 0};
    hvlink_grant_table_map_reply_init(out);
    out->entry.wire = p;
    out->entry.wire_len = (uint32_t)n;
    out->entry.wire_offset = off;
    hvlink_walk_init(&w, p, n, off);
    if (hvlink_walk_expect(&w, 0x00010006u, &a)) {
        count++;
        seen[0] |= 0x1ULL;
        r = hvlink__int(&a, 2, &v, e);
        if (r)
            return r;
        out->status = (int16_t)v;
        out->has_status = true;
        if (!form_seen[0]) {
            form_seen[0] = true;
            form_at[0] = a.offset;
        }
    }
    if (hvlink_walk_expect(&w, 0x00020008u, &a)) {
        count++;
        seen[0] |= 0x2ULL;
        r = hvlink__int(&a, 4, &v, e);
        if (r)
            return r;
        out->handle = (uint32_t)v;
        out->has_handle = true;
        at_handle = a.offset;
        if (!form_seen[0]) {
            form_seen[0] = true;
            form_at[0] = a.offset;
        }
    }
    if (hvlink_walk_expect(&w, 0x0003000cu, &a)) {
        count++;
        seen[0] |= 0x4ULL;
        r = hvlink__int(&a, 8, &v, e);
        if (r)
            return r;
        out->dev_bus_addr = (uint64_t)v;
        out->has_dev_bus_addr = true;
        at_dev_bus_addr = a.offset;
        if (!form_seen[0]) {
            form_seen[0] = true;
            form_at[0] = a.offset;
        }
    }
    while ((r = hvlink_walk_next(&w, &a, e)) == 1) {
        if (++count > 1155u)
            return hvlink__too_many(&a, e);
        switch (hvlink_attr_kind(&a)) {
        case 1: {
            if (seen[0] & 0x1ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x1ULL;
            r = hvlink__int(&a, 2, &v, e);
            if (r)
                return r;
            out->status = (int16_t)v;
            out->has_status = true;
            if (!form_seen[0]) {
                form_seen[0] = true;
                form_at[0] = a.offset;
            }
            break;
        }
        case 2: {
            if (seen[0] & 0x2ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x2ULL;
            r = hvlink__int(&a, 4, &v, e);
            if (r)
                return r;
            out->handle = (uint32_t)v;
            out->has_handle = true;
            at_handle = a.offset;
            if (!form_seen[0]) {
                form_seen[0] = true;
                form_at[0] = a.offset;
            }
            break;
        }
        case 3: {
            if (seen[0] & 0x4ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x4ULL;
            r = hvlink__int(&a, 8, &v, e);
            if (r)
                return r;
            out->dev_bus_addr = (uint64_t)v;
            out->has_dev_bus_addr = true;
            at_dev_bus_addr = a.offset;
            if (!form_seen[0]) {
                form_seen[0] = true;
                form_at[0] = a.offset;
            }
            break;
        }
        case 4: {
            seen[0] |= 0x8ULL;
            if (out->entry.count >= 1024u)
                return hvlink__too_many(&a, e);
            {
                struct hvlink_grant_table_map_reply_entry tmp;
                r = hvlink_grant_table_map_reply_entry_parse_at(a.payload, a.len, a.offset + 4u, a.offset, &tmp, e);
                if (r)
                    return r;
            }
            out->entry.count++;
            if (!form_seen[1]) {
                form_seen[1] = true;
                form_at[1] = a.offset;
            }
            break;
        }
        default:
            r = hvlink__unknown(&a, e);
            if (r)
                return r;
            break;
        }
    }
    if (r < 0)
        return r;
    {
        int chosen = -1, k;
        uint32_t chosen_at = 0;
        for (k = 0; k < 2; k++) {
            if (!form_seen[k])
                continue;
            if (chosen >= 0)
                return hvlink__two_forms(form_at[k] > chosen_at ? form_at[k] : chosen_at, e);
            chosen = k;
            chosen_at = form_at[k];
        }
        if (chosen < 0) {
            return hvlink__missing(container, 1, e);
        }
        out->form = (uint32_t)chosen;
    }
    if (out->has_handle && !(out->has_status && (out->status == (int16_t)(0LL))))
        return hvlink__when(at_handle, 2, e);
    if (out->has_dev_bus_addr && !(out->has_status && (out->status == (int16_t)(0LL))))
        return hvlink__when(at_dev_bus_addr, 3, e);
    switch (out->form) {
    case 0:
        if (!out->has_status)
            return hvlink__missing(container, 1, e);
        break;
    default:
        if (out->entry.count == 0)
            return hvlink__missing(container, 4, e);
        break;
    }
    return 0;
}

/* The next element of map-reply.entry from a parsed list (1, or 0 at the end). */
static inline int hvlink_grant_table_map_reply_entry_next(struct hvlink_list_iter *it, struct hvlink_grant_table_map_reply_entry *out)
{
    struct hvlink_attr a;
    if (!hvlink_list_next_attr(it, &a))
        return 0;
    if (hvlink_grant_table_map_reply_entry_read_valid(a.payload, a.len, a.offset + 4u, out) != 0) {
        it->left = 0;
        return 0;
    }
    return 1;
}

/* Write the attributes of map-reply as the Rust encoder does (the order of the spec, the chosen
 * form's after the common ones; defaults and absent values left out). */
static inline void hvlink_grant_table_map_reply_put(struct hvlink_buf *b, const struct hvlink_grant_table_map_reply *v)
{
    switch (v->form) {
    case 0:
        hvlink_put_s16(b, 1, v->status);
        if (v->has_handle) {
            hvlink_put_u32(b, 2, v->handle);
        }
        if (v->has_dev_bus_addr) {
            hvlink_put_u64(b, 3, v->dev_bus_addr);
        }
        break;
    default:
        if (v->entry.items) {
            uint32_t i;
            for (i = 0; i < v->entry.count; i++) {
                struct hvlink_grant_table_map_reply_entry x = ((struct hvlink_grant_table_map_reply_entry const *)v->entry.items)[i];
                {
                    size_t nest = hvlink_nest_begin(b, 4);
                    hvlink_grant_table_map_reply_entry_put(b, &x);
                    hvlink_nest_end(b, nest);
                }
            }
        } else {
            struct hvlink_list_iter it;
            struct hvlink_grant_table_map_reply_entry x;
            hvlink_list_iter_init(&it, &v->entry);
            while (hvlink_grant_table_map_reply_entry_next(&it, &x))
                {
                    size_t nest = hvlink_nest_begin(b, 4);
                    hvlink_grant_table_map_reply_entry_put(b, &x);
                    hvlink_nest_end(b, nest);
                }
        }
        break;
    }
}

/* unmap-entry: every attribute absent, defaults filled. */
static inline void hvlink_grant_table_unmap_entry_init(struct hvlink_grant_table_unmap_entry *v)
{
    v->host_addr = (uint64_t)0x0ULL;
    v->has_host_addr = false;
    v->dev_bus_addr = (uint64_t)0x0ULL;
    v->has_dev_bus_addr = false;
    v->handle = (uint32_t)0x0ULL;
    v->has_handle = false;
}

/* Validate and decode unmap-entry (the Rust decoder's checks, order and errors). */
static inline int hvlink_grant_table_unmap_entry_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_grant_table_unmap_entry *out, struct hvlink_error *e)
{
    struct hvlink_walk w;
    struct hvlink_attr a;
    uint32_t count = 0;
    int r;
    uint64_t seen[2] = {0, 0};
    uint64_t v = 0;
    hvlink_grant_table_unmap_entry_init(out);
    hvlink_walk_init(&w, p, n, off);
    if (hvlink_walk_expect(&w, 0x0001000cu, &a)) {
        count++;
        seen[0] |= 0x1ULL;
        r = hvlink__int(&a, 8, &v, e);
        if (r)
            return r;
        out->host_addr = (uint64_t)v;
        out->has_host_addr = true;
    }
    if (hvlink_walk_expect(&w, 0x0002000cu, &a)) {
        count++;
        seen[0] |= 0x2ULL;
        r = hvlink__int(&a, 8, &v, e);
        if (r)
            return r;
        out->dev_bus_addr = (uint64_t)v;
        out->has_dev_bus_addr = true;
    }
    if (hvlink_walk_expect(&w, 0x00030008u, &a)) {
        count++;
        seen[0] |= 0x4ULL;
        r = hvlink__int(&a, 4, &v, e);
        if (r)
            return r;
        out->handle = (uint32_t)v;
        out->has_handle = true;
    }
    while ((r = hvlink_walk_next(&w, &a, e)) == 1) {
        if (++count > 1024u)
            return hvlink__too_many(&a, e);
        switch (hvlink_attr_kind(&a)) {
        case 1: {
            if (seen[0] & 0x1ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x1ULL;
            r = hvlink__int(&a, 8, &v, e);
            if (r)
                return r;
            out->host_addr = (uint64_t)v;
            out->has_host_addr = true;
            break;
        }
        case 2: {
            if (seen[0] & 0x2ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x2ULL;
            r = hvlink__int(&a, 8, &v, e);
            if (r)
                return r;
            out->dev_bus_addr = (uint64_t)v;
            out->has_dev_bus_addr = true;
            break;
        }
        case 3: {
            if (seen[0] & 0x4ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x4ULL;
            r = hvlink__int(&a, 4, &v, e);
            if (r)
                return r;
            out->handle = (uint32_t)v;
            out->has_handle = true;
            break;
        }
        default:
            r = hvlink__unknown(&a, e);
            if (r)
                return r;
            break;
        }
    }
    if (r < 0)
        return r;
    if (!(seen[0] & 0x4ULL))
        return hvlink__missing(container, 3, e);
    return 0;
}

/* Read unmap-entry bytes that hvlink_grant_table_unmap_entry_parse_at accepted (list iteration): values only. */
static inline int hvlink_grant_table_unmap_entry_read_valid(const uint8_t *p, size_t n, uint32_t off, struct hvlink_grant_table_unmap_entry *out)
{
    struct hvlink_walk w;
    struct hvlink_attr a;
    struct hvlink_error e;
    int r;
    hvlink_grant_table_unmap_entry_init(out);
    hvlink_walk_init(&w, p, n, off);
    if (hvlink_walk_expect(&w, 0x0001000cu, &a)) {
        out->host_addr = (uint64_t)hvlink__ld64(a.payload);
        out->has_host_addr = true;
    }
    if (hvlink_walk_expect(&w, 0x0002000cu, &a)) {
        out->dev_bus_addr = (uint64_t)hvlink__ld64(a.payload);
        out->has_dev_bus_addr = true;
    }
    if (hvlink_walk_expect(&w, 0x00030008u, &a)) {
        out->handle = (uint32_t)hvlink__ld32(a.payload);
        out->has_handle = true;
    }
    while ((r = hvlink_walk_next(&w, &a, &e)) == 1) {
        switch (hvlink_attr_kind(&a)) {
        case 1:
            if (a.len != 8u)
                return -1;
            out->host_addr = (uint64_t)hvlink__ld64(a.payload);
            out->has_host_addr = true;
            break;
        case 2:
            if (a.len != 8u)
                return -1;
            out->dev_bus_addr = (uint64_t)hvlink__ld64(a.payload);
            out->has_dev_bus_addr = true;
            break;
        case 3:
            if (a.len != 4u)
                return -1;
            out->handle = (uint32_t)hvlink__ld32(a.payload);
            out->has_handle = true;
            break;
        default:
            break;
        }
    }
    return r;
}

/* Write the attributes of unmap-entry as the Rust encoder does (the order of the spec, the chosen
 * form's after the common ones; defaults and absent values left out). */
static inline void hvlink_grant_table_unmap_entry_put(struct hvlink_buf *b, const struct hvlink_grant_table_unmap_entry *v)
{
    if (v->host_addr != (uint64_t)0x0ULL) {
        hvlink_put_u64(b, 1, v->host_addr);
    }
    if (v->dev_bus_addr != (uint64_t)0x0ULL) {
        hvlink_put_u64(b, 2, v->dev_bus_addr);
    }
    hvlink_put_u32(b, 3, v->handle);
}

/* unmap-req: every attribute absent, defaults filled. */
static inline void hvlink_grant_table_unmap_req_init(struct hvlink_grant_table_unmap_req *v)
{
    v->form = 0;
    v->host_addr = (uint64_t)0x0ULL;
    v->has_host_addr = false;
    v->dev_bus_addr = (uint64_t)0x0ULL;
    v->has_dev_bus_addr = false;
    v->handle = (uint32_t)0x0ULL;
    v->has_handle = false;
    v->mode = (uint8_t)0x0ULL;
    v->has_mode = false;
    v->entry.wire = (const uint8_t *)0;
    v->entry.items = (const void *)0;
    v->entry.wire_len = 0;
    v->entry.wire_offset = 0;
    v->entry.count = 0;
    v->entry.kind = 5;
}

/* Validate and decode unmap-req (the Rust decoder's checks, order and errors). */
static inline int hvlink_grant_table_unmap_req_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_grant_table_unmap_req *out, struct hvlink_error *e)
{
    struct hvlink_walk w;
    struct hvlink_attr a;
    uint32_t count = 0;
    int r;
    uint64_t seen[2] = {0, 0};
    uint64_t v = 0;
    bool form_seen[2] = {false, false};
    uint32_t form_at[2] = {0, 0};
    hvlink_grant_table_unmap_req_init(out);
    out->entry.wire = p;
    out->entry.wire_len = (uint32_t)n;
    out->entry.wire_offset = off;
    hvlink_walk_init(&w, p, n, off);
    if (hvlink_walk_expect(&w, 0x0001000cu, &a)) {
        count++;
        seen[0] |= 0x1ULL;
        r = hvlink__int(&a, 8, &v, e);
        if (r)
            return r;
        out->host_addr = (uint64_t)v;
        out->has_host_addr = true;
        if (!form_seen[0]) {
            form_seen[0] = true;
            form_at[0] = a.offset;
        }
    }
    if (hvlink_walk_expect(&w, 0x0002000cu, &a)) {
        count++;
        seen[0] |= 0x2ULL;
        r = hvlink__int(&a, 8, &v, e);
        if (r)
            return r;
        out->dev_bus_addr = (uint64_t)v;
        out->has_dev_bus_addr = true;
        if (!form_seen[0]) {
            form_seen[0] = true;
            form_at[0] = a.offset;
        }
    }
    if (hvlink_walk_expect(&w, 0x00030008u, &a)) {
        count++;
        seen[0] |= 0x4ULL;
        r = hvlink__int(&a, 4, &v, e);
        if (r)
            return r;
        out->handle = (uint32_t)v;
        out->has_handle = true;
        if (!form_seen[0]) {
            form_seen[0] = true;
            form_at[0] = a.offset;
        }
    }
    if (hvlink_walk_expect(&w, 0x40040005u, &a)) {
        count++;
        seen[0] |= 0x8ULL;
        r = hvlink__int(&a, 1, &v, e);
        if (r)
            return r;
        if (!(v == 0x0ULL || v == 0x1ULL))
            return hvlink__not_member(&a, e);
        out->mode = (uint8_t)v;
        out->has_mode = true;
        if (!form_seen[1]) {
            form_seen[1] = true;
            form_at[1] = a.offset;
        }
    }
    while ((r = hvlink_walk_next(&w, &a, e)) == 1) {
        if (++count > 1156u)
            return hvlink__too_many(&a, e);
        switch (hvlink_attr_kind(&a)) {
        case 1: {
            if (seen[0] & 0x1ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x1ULL;
            r = hvlink__int(&a, 8, &v, e);
            if (r)
                return r;
            out->host_addr = (uint64_t)v;
            out->has_host_addr = true;
            if (!form_seen[0]) {
                form_seen[0] = true;
                form_at[0] = a.offset;
            }
            break;
        }
        case 2: {
            if (seen[0] & 0x2ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x2ULL;
            r = hvlink__int(&a, 8, &v, e);
            if (r)
                return r;
            out->dev_bus_addr = (uint64_t)v;
            out->has_dev_bus_addr = true;
            if (!form_seen[0]) {
                form_seen[0] = true;
                form_at[0] = a.offset;
            }
            break;
        }
        case 3: {
            if (seen[0] & 0x4ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x4ULL;
            r = hvlink__int(&a, 4, &v, e);
            if (r)
                return r;
            out->handle = (uint32_t)v;
            out->has_handle = true;
            if (!form_seen[0]) {
                form_seen[0] = true;
                form_at[0] = a.offset;
            }
            break;
        }
        case 4: {
            if (seen[0] & 0x8ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x8ULL;
            r = hvlink__int(&a, 1, &v, e);
            if (r)
                return r;
            if (!(v == 0x0ULL || v == 0x1ULL))
                return hvlink__not_member(&a, e);
            out->mode = (uint8_t)v;
            out->has_mode = true;
            if (!form_seen[1]) {
                form_seen[1] = true;
                form_at[1] = a.offset;
            }
            break;
        }
        case 5: {
            seen[0] |= 0x10ULL;
            if (out->entry.count >= 1024u)
                return hvlink__too_many(&a, e);
            {
                struct hvlink_grant_table_unmap_entry tmp;
                r = hvlink_grant_table_unmap_entry_parse_at(a.payload, a.len, a.offset + 4u, a.offset, &tmp, e);
                if (r)
                    return r;
            }
            out->entry.count++;
            if (!form_seen[1]) {
                form_seen[1] = true;
                form_at[1] = a.offset;
            }
            break;
        }
        default:
            r = hvlink__unknown(&a, e);
            if (r)
                return r;
            break;
        }
    }
    if (r < 0)
        return r;
    {
        int chosen = -1, k;
        uint32_t chosen_at = 0;
        for (k = 0; k < 2; k++) {
            if (!form_seen[k])
                continue;
            if (chosen >= 0)
                return hvlink__two_forms(form_at[k] > chosen_at ? form_at[k] : chosen_at, e);
            chosen = k;
            chosen_at = form_at[k];
        }
        if (chosen < 0) {
            return hvlink__missing(container, 3, e);
        }
        out->form = (uint32_t)chosen;
    }
    switch (out->form) {
    case 0:
        if (!out->has_handle)
            return hvlink__missing(container, 3, e);
        break;
    default:
        if (out->entry.count == 0)
            return hvlink__missing(container, 5, e);
        break;
    }
    return 0;
}

/* The next element of unmap-req.entry from a parsed list (1, or 0 at the end). */
static inline int hvlink_grant_table_unmap_req_entry_next(struct hvlink_list_iter *it, struct hvlink_grant_table_unmap_entry *out)
{
    struct hvlink_attr a;
    if (!hvlink_list_next_attr(it, &a))
        return 0;
    if (hvlink_grant_table_unmap_entry_read_valid(a.payload, a.len, a.offset + 4u, out) != 0) {
        it->left = 0;
        return 0;
    }
    return 1;
}

/* Write the attributes of unmap-req as the Rust encoder does (the order of the spec, the chosen
 * form's after the common ones; defaults and absent values left out). */
static inline void hvlink_grant_table_unmap_req_put(struct hvlink_buf *b, const struct hvlink_grant_table_unmap_req *v)
{
    switch (v->form) {
    case 0:
        if (v->host_addr != (uint64_t)0x0ULL) {
            hvlink_put_u64(b, 1, v->host_addr);
        }
        if (v->dev_bus_addr != (uint64_t)0x0ULL) {
            hvlink_put_u64(b, 2, v->dev_bus_addr);
        }
        hvlink_put_u32(b, 3, v->handle);
        break;
    default:
        if (v->mode != (uint8_t)0x0ULL) {
            hvlink_put_u8(b, 0x4004, v->mode);
        }
        if (v->entry.items) {
            uint32_t i;
            for (i = 0; i < v->entry.count; i++) {
                struct hvlink_grant_table_unmap_entry x = ((struct hvlink_grant_table_unmap_entry const *)v->entry.items)[i];
                {
                    size_t nest = hvlink_nest_begin(b, 5);
                    hvlink_grant_table_unmap_entry_put(b, &x);
                    hvlink_nest_end(b, nest);
                }
            }
        } else {
            struct hvlink_list_iter it;
            struct hvlink_grant_table_unmap_entry x;
            hvlink_list_iter_init(&it, &v->entry);
            while (hvlink_grant_table_unmap_req_entry_next(&it, &x))
                {
                    size_t nest = hvlink_nest_begin(b, 5);
                    hvlink_grant_table_unmap_entry_put(b, &x);
                    hvlink_nest_end(b, nest);
                }
        }
        break;
    }
}

/* entry-result: every attribute absent, defaults filled. */
static inline void hvlink_grant_table_entry_result_init(struct hvlink_grant_table_entry_result *v)
{
    v->index = (uint32_t)0x0ULL;
    v->has_index = false;
    v->status = (int16_t)(0LL);
    v->has_status = false;
}

/* Validate and decode entry-result (the Rust decoder's checks, order and errors). */
static inline int hvlink_grant_table_entry_result_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_grant_table_entry_result *out, struct hvlink_error *e)
{
    struct hvlink_walk w;
    struct hvlink_attr a;
    uint32_t count = 0;
    int r;
    uint64_t seen[2] = {0, 0};
    uint64_t v = 0;
    hvlink_grant_table_entry_result_init(out);
    hvlink_walk_init(&w, p, n, off);
    if (hvlink_walk_expect(&w, 0x00010008u, &a)) {
        count++;
        seen[0] |= 0x1ULL;
        r = hvlink__int(&a, 4, &v, e);
        if (r)
            return r;
        out->index = (uint32_t)v;
        out->has_index = true;
    }
    if (hvlink_walk_expect(&w, 0x00020006u, &a)) {
        count++;
        seen[0] |= 0x2ULL;
        r = hvlink__int(&a, 2, &v, e);
        if (r)
            return r;
        out->status = (int16_t)v;
        out->has_status = true;
    }
    while ((r = hvlink_walk_next(&w, &a, e)) == 1) {
        if (++count > 1024u)
            return hvlink__too_many(&a, e);
        switch (hvlink_attr_kind(&a)) {
        case 1: {
            if (seen[0] & 0x1ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x1ULL;
            r = hvlink__int(&a, 4, &v, e);
            if (r)
                return r;
            out->index = (uint32_t)v;
            out->has_index = true;
            break;
        }
        case 2: {
            if (seen[0] & 0x2ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x2ULL;
            r = hvlink__int(&a, 2, &v, e);
            if (r)
                return r;
            out->status = (int16_t)v;
            out->has_status = true;
            break;
        }
        default:
            r = hvlink__unknown(&a, e);
            if (r)
                return r;
            break;
        }
    }
    if (r < 0)
        return r;
    if (!(seen[0] & 0x1ULL))
        return hvlink__missing(container, 1, e);
    if (!(seen[0] & 0x2ULL))
        return hvlink__missing(container, 2, e);
    return 0;
}

/* Read entry-result bytes that hvlink_grant_table_entry_result_parse_at accepted (list iteration): values only. */
static inline int hvlink_grant_table_entry_result_read_valid(const uint8_t *p, size_t n, uint32_t off, struct hvlink_grant_table_entry_result *out)
{
    struct hvlink_walk w;
    struct hvlink_attr a;
    struct hvlink_error e;
    int r;
    hvlink_grant_table_entry_result_init(out);
    hvlink_walk_init(&w, p, n, off);
    if (hvlink_walk_expect(&w, 0x00010008u, &a)) {
        out->index = (uint32_t)hvlink__ld32(a.payload);
        out->has_index = true;
    }
    if (hvlink_walk_expect(&w, 0x00020006u, &a)) {
        out->status = (int16_t)hvlink__ld16(a.payload);
        out->has_status = true;
    }
    while ((r = hvlink_walk_next(&w, &a, &e)) == 1) {
        switch (hvlink_attr_kind(&a)) {
        case 1:
            if (a.len != 4u)
                return -1;
            out->index = (uint32_t)hvlink__ld32(a.payload);
            out->has_index = true;
            break;
        case 2:
            if (a.len != 2u)
                return -1;
            out->status = (int16_t)hvlink__ld16(a.payload);
            out->has_status = true;
            break;
        default:
            break;
        }
    }
    return r;
}

/* Write the attributes of entry-result as the Rust encoder does (the order of the spec, the chosen
 * form's after the common ones; defaults and absent values left out). */
static inline void hvlink_grant_table_entry_result_put(struct hvlink_buf *b, const struct hvlink_grant_table_entry_result *v)
{
    hvlink_put_u32(b, 1, v->index);
    hvlink_put_s16(b, 2, v->status);
}

/* unmap-reply: every attribute absent, defaults filled. */
static inline void hvlink_grant_table_unmap_reply_init(struct hvlink_grant_table_unmap_reply *v)
{
    v->form = 0;
    v->status = (int16_t)(0LL);
    v->has_status = false;
    v->entry.wire = (const uint8_t *)0;
    v->entry.items = (const void *)0;
    v->entry.wire_len = 0;
    v->entry.wire_offset = 0;
    v->entry.count = 0;
    v->entry.kind = 2;
}

/* Validate and decode unmap-reply (the Rust decoder's checks, order and errors). */
static inline int hvlink_grant_table_unmap_reply_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_grant_table_unmap_reply *out, struct hvlink_error *e)
{
    struct hvlink_walk w;
    struct hvlink_attr a;
    uint32_t count = 0;
    int r;
    uint64_t seen[2] = {0, 0};
    uint64_t v = 0;
    bool form_seen[2] = {false, false};
    uint32_t form_at[2] = {0, 0};
    hvlink_grant_table_unmap_reply_init(out);
    out->entry.wire = p;
    out->entry.wire_len = (uint32_t)n;
    out->entry.wire_offset = off;
    hvlink_walk_init(&w, p, n, off);
    if (hvlink_walk_expect(&w, 0x00010006u, &a)) {
        count++;
        seen[0] |= 0x1ULL;
        r = hvlink__int(&a, 2, &v, e);
        if (r)
            return r;
        out->status = (int16_t)v;
        out->has_status = true;
        if (!form_seen[0]) {
            form_seen[0] = true;
            form_at[0] = a.offset;
        }
    }
    while ((r = hvlink_walk_next(&w, &a, e)) == 1) {
        if (++count > 1153u)
            return hvlink__too_many(&a, e);
        switch (hvlink_attr_kind(&a)) {
        case 1: {
            if (seen[0] & 0x1ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x1ULL;
            r = hvlink__int(&a, 2, &v, e);
            if (r)
                return r;
            out->status = (int16_t)v;
            out->has_status = true;
            if (!form_seen[0]) {
                form_seen[0] = true;
                form_at[0] = a.offset;
            }
            break;
        }
        case 2: {
            seen[0] |= 0x2ULL;
            if (out->entry.count >= 1024u)
                return hvlink__too_many(&a, e);
            {
                struct hvlink_grant_table_entry_result tmp;
                r = hvlink_grant_table_entry_result_parse_at(a.payload, a.len, a.offset + 4u, a.offset, &tmp, e);
                if (r)
                    return r;
            }
            out->entry.count++;
            if (!form_seen[1]) {
                form_seen[1] = true;
                form_at[1] = a.offset;
            }
            break;
        }
        default:
            r = hvlink__unknown(&a, e);
            if (r)
                return r;
            break;
        }
    }
    if (r < 0)
        return r;
    {
        int chosen = -1, k;
        uint32_t chosen_at = 0;
        for (k = 0; k < 2; k++) {
            if (!form_seen[k])
                continue;
            if (chosen >= 0)
                return hvlink__two_forms(form_at[k] > chosen_at ? form_at[k] : chosen_at, e);
            chosen = k;
            chosen_at = form_at[k];
        }
        if (chosen < 0) {
            return hvlink__missing(container, 1, e);
        }
        out->form = (uint32_t)chosen;
    }
    switch (out->form) {
    case 0:
        if (!out->has_status)
            return hvlink__missing(container, 1, e);
        break;
    default:
        if (out->entry.count == 0)
            return hvlink__missing(container, 2, e);
        break;
    }
    return 0;
}

/* The next element of unmap-reply.entry from a parsed list (1, or 0 at the end). */
static inline int hvlink_grant_table_unmap_reply_entry_next(struct hvlink_list_iter *it, struct hvlink_grant_table_entry_result *out)
{
    struct hvlink_attr a;
    if (!hvlink_list_next_attr(it, &a))
        return 0;
    if (hvlink_grant_table_entry_result_read_valid(a.payload, a.len, a.offset + 4u, out) != 0) {
        it->left = 0;
        return 0;
    }
    return 1;
}

/* Write the attributes of unmap-reply as the Rust encoder does (the order of the spec, the chosen
 * form's after the common ones; defaults and absent values left out). */
static inline void hvlink_grant_table_unmap_reply_put(struct hvlink_buf *b, const struct hvlink_grant_table_unmap_reply *v)
{
    switch (v->form) {
    case 0:
        hvlink_put_s16(b, 1, v->status);
        break;
    default:
        if (v->entry.items) {
            uint32_t i;
            for (i = 0; i < v->entry.count; i++) {
                struct hvlink_grant_table_entry_result x = ((struct hvlink_grant_table_entry_result const *)v->entry.items)[i];
                {
                    size_t nest = hvlink_nest_begin(b, 2);
                    hvlink_grant_table_entry_result_put(b, &x);
                    hvlink_nest_end(b, nest);
                }
            }
        } else {
            struct hvlink_list_iter it;
            struct hvlink_grant_table_entry_result x;
            hvlink_list_iter_init(&it, &v->entry);
            while (hvlink_grant_table_unmap_reply_entry_next(&it, &x))
                {
                    size_t nest = hvlink_nest_begin(b, 2);
                    hvlink_grant_table_entry_result_put(b, &x);
                    hvlink_nest_end(b, nest);
                }
        }
        break;
    }
}

/* frames-req: every attribute absent, defaults filled. */
static inline void hvlink_grant_table_frames_req_init(struct hvlink_grant_table_frames_req *v)
{
    v->dom = (uint16_t)0x7ff0ULL;
    v->has_dom = false;
    v->nr_frames = (uint32_t)0x0ULL;
    v->has_nr_frames = false;
}

/* Validate and decode frames-req (the Rust decoder's checks, order and errors). */
static inline int hvlink_grant_table_frames_req_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_grant_table_frames_req *out, struct hvlink_error *e)
{
    struct hvlink_walk w;
    struct hvlink_attr a;
    uint32_t count = 0;
    int r;
    uint64_t seen[2] = {0, 0};
    uint64_t v = 0;
    hvlink_grant_table_frames_req_init(out);
    hvlink_walk_init(&w, p, n, off);
    if (hvlink_walk_expect(&w, 0x00010006u, &a)) {
        count++;
        seen[0] |= 0x1ULL;
        r = hvlink__int(&a, 2, &v, e);
        if (r)
            return r;
        out->dom = (uint16_t)v;
        out->has_dom = true;
    }
    if (hvlink_walk_expect(&w, 0x00020008u, &a)) {
        count++;
        seen[0] |= 0x2ULL;
        r = hvlink__int(&a, 4, &v, e);
        if (r)
            return r;
        if (v < 0x1ULL || v > 0x400ULL)
            return hvlink__out_of_range(&a, e);
        out->nr_frames = (uint32_t)v;
        out->has_nr_frames = true;
    }
    while ((r = hvlink_walk_next(&w, &a, e)) == 1) {
        if (++count > 1024u)
            return hvlink__too_many(&a, e);
        switch (hvlink_attr_kind(&a)) {
        case 1: {
            if (seen[0] & 0x1ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x1ULL;
            r = hvlink__int(&a, 2, &v, e);
            if (r)
                return r;
            out->dom = (uint16_t)v;
            out->has_dom = true;
            break;
        }
        case 2: {
            if (seen[0] & 0x2ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x2ULL;
            r = hvlink__int(&a, 4, &v, e);
            if (r)
                return r;
            if (v < 0x1ULL || v > 0x400ULL)
                return hvlink__out_of_range(&a, e);
            out->nr_frames = (uint32_t)v;
            out->has_nr_frames = true;
            break;
        }
        default:
            r = hvlink__unknown(&a, e);
            if (r)
                return r;
            break;
        }
    }
    if (r < 0)
        return r;
    if (!(seen[0] & 0x2ULL))
        return hvlink__missing(container, 2, e);
    return 0;
}

/* Write the attributes of frames-req as the Rust encoder does (the order of the spec, the chosen
 * form's after the common ones; defaults and absent values left out). */
static inline void hvlink_grant_table_frames_req_put(struct hvlink_buf *b, const struct hvlink_grant_table_frames_req *v)
{
    if (v->dom != (uint16_t)0x7ff0ULL) {
        hvlink_put_u16(b, 1, v->dom);
    }
    hvlink_put_u32(b, 2, v->nr_frames);
}

/* frames-reply: every attribute absent, defaults filled. */
static inline void hvlink_grant_table_frames_reply_init(struct hvlink_grant_table_frames_reply *v)
{
    v->status = (int16_t)(0LL);
    v->has_status = false;
    v->frame.wire = (const uint8_t *)0;
    v->frame.items = (const void *)0;
    v->frame.wire_len = 0;
    v->frame.wire_offset = 0;
    v->frame.count = 0;
    v->frame.kind = 2;
}

/* Validate and decode frames-reply (the Rust decoder's checks, order and errors). */
static inline int hvlink_grant_table_frames_reply_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_grant_table_frames_reply *out, struct hvlink_error *e)
{
    struct hvlink_walk w;
    struct hvlink_attr a;
    uint32_t count = 0;
    int r;
    uint64_t seen[2] = {0, 0};
    uint64_t v = 0;
    uint32_t at_frame = 0;
    hvlink_grant_table_frames_reply_init(out);
    out->frame.wire = p;
    out->frame.wire_len = (uint32_t)n;
    out->frame.wire_offset = off;
    hvlink_walk_init(&w, p, n, off);
    if (hvlink_walk_expect(&w, 0x00010006u, &a)) {
        count++;
        seen[0] |= 0x1ULL;
        r = hvlink__int(&a, 2, &v, e);
        if (r)
            return r;
        out->status = (int16_t)v;
        out->has_status = true;
    }
    while ((r = hvlink_walk_next(&w, &a, e)) == 1) {
        if (++count > 1153u)
            return hvlink__too_many(&a, e);
        switch (hvlink_attr_kind(&a)) {
        case 1: {
            if (seen[0] & 0x1ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x1ULL;
            r = hvlink__int(&a, 2, &v, e);
            if (r)
                return r;
            out->status = (int16_t)v;
            out->has_status = true;
            break;
        }
        case 2: {
            seen[0] |= 0x2ULL;
            if (out->frame.count >= 1024u)
                return hvlink__too_many(&a, e);
            r = hvlink__int(&a, 8, &v, e);
            if (r)
                return r;
            out->frame.count++;
            at_frame = a.offset;
            break;
        }
        default:
            r = hvlink__unknown(&a, e);
            if (r)
                return r;
            break;
        }
    }
    if (r < 0)
        return r;
    if (!(seen[0] & 0x1ULL))
        return hvlink__missing(container, 1, e);
    if (out->frame.count > 0 && !(out->has_status && (out->status == (int16_t)(0LL))))
        return hvlink__when(at_frame, 2, e);
    return 0;
}

/* The next element of frames-reply.frame from a parsed list (1, or 0 at the end). */
static inline int hvlink_grant_table_frames_reply_frame_next(struct hvlink_list_iter *it, uint64_t *out)
{
    struct hvlink_attr a;
    if (!hvlink_list_next_attr(it, &a))
        return 0;
    if (a.len != 8u) {
        it->left = 0;
        return 0;
    }
    *out = (uint64_t)hvlink__ld64(a.payload);
    return 1;
}

/* Write the attributes of frames-reply as the Rust encoder does (the order of the spec, the chosen
 * form's after the common ones; defaults and absent values left out). */
static inline void hvlink_grant_table_frames_reply_put(struct hvlink_buf *b, const struct hvlink_grant_table_frames_reply *v)
{
    hvlink_put_s16(b, 1, v->status);
    if (v->frame.items) {
        uint32_t i;
        for (i = 0; i < v->frame.count; i++) {
            uint64_t x = ((uint64_t const *)v->frame.items)[i];
            hvlink_put_u64(b, 2, x);
        }
    } else {
        struct hvlink_list_iter it;
        uint64_t x;
        hvlink_list_iter_init(&it, &v->frame);
        while (hvlink_grant_table_frames_reply_frame_next(&it, &x))
            hvlink_put_u64(b, 2, x);
    }
}

/* copy-entry: every attribute absent, defaults filled. */
static inline void hvlink_grant_table_copy_entry_init(struct hvlink_grant_table_copy_entry *v)
{
    v->source_ref = (uint32_t)0x0ULL;
    v->has_source_ref = false;
    v->source_gfn = (uint64_t)0x0ULL;
    v->has_source_gfn = false;
    v->source_dom = (uint16_t)0x0ULL;
    v->has_source_dom = false;
    v->source_offset = (uint16_t)0x0ULL;
    v->has_source_offset = false;
    v->dest_ref = (uint32_t)0x0ULL;
    v->has_dest_ref = false;
    v->dest_gfn = (uint64_t)0x0ULL;
    v->has_dest_gfn = false;
    v->dest_dom = (uint16_t)0x0ULL;
    v->has_dest_dom = false;
    v->dest_offset = (uint16_t)0x0ULL;
    v->has_dest_offset = false;
    v->len = (uint16_t)0x0ULL;
    v->has_len = false;
    v->flags = (uint16_t)0x0ULL;
    v->has_flags = false;
}

/* Validate and decode copy-entry (the Rust decoder's checks, order and errors). */
static inline int hvlink_grant_table_copy_entry_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_grant_table_copy_entry *out, struct hvlink_error *e)
{
    struct hvlink_walk w;
    struct hvlink_attr a;
    uint32_t count = 0;
    int r;
    uint64_t seen[2] = {0, 0};
    uint64_t v = 0;
    hvlink_grant_table_copy_entry_init(out);
    hvlink_walk_init(&w, p, n, off);
    if (hvlink_walk_expect(&w, 0x00010008u, &a)) {
        count++;
        seen[0] |= 0x1ULL;
        r = hvlink__int(&a, 4, &v, e);
        if (r)
            return r;
        out->source_ref = (uint32_t)v;
        out->has_source_ref = true;
    }
    if (hvlink_walk_expect(&w, 0x0002000cu, &a)) {
        count++;
        seen[0] |= 0x2ULL;
        r = hvlink__int(&a, 8, &v, e);
        if (r)
            return r;
        out->source_gfn = (uint64_t)v;
        out->has_source_gfn = true;
    }
    if (hvlink_walk_expect(&w, 0x00030006u, &a)) {
        count++;
        seen[0] |= 0x4ULL;
        r = hvlink__int(&a, 2, &v, e);
        if (r)
            return r;
        out->source_dom = (uint16_t)v;
        out->has_source_dom = true;
    }
    if (hvlink_walk_expect(&w, 0x00040006u, &a)) {
        count++;
        seen[0] |= 0x8ULL;
        r = hvlink__int(&a, 2, &v, e);
        if (r)
            return r;
        if (v > 0xfffULL)
            return hvlink__out_of_range(&a, e);
        out->source_offset = (uint16_t)v;
        out->has_source_offset = true;
    }
    if (hvlink_walk_expect(&w, 0x00050008u, &a)) {
        count++;
        seen[0] |= 0x10ULL;
        r = hvlink__int(&a, 4, &v, e);
        if (r)
            return r;
        out->dest_ref = (uint32_t)v;
        out->has_dest_ref = true;
    }
    if (hvlink_walk_expect(&w, 0x0006000cu, &a)) {
        count++;
        seen[0] |= 0x20ULL;
        r = hvlink__int(&a, 8, &v, e);
        if (r)
            return r;
        out->dest_gfn = (uint64_t)v;
        out->has_dest_gfn = true;
    }
    if (hvlink_walk_expect(&w, 0x00070006u, &a)) {
        count++;
        seen[0] |= 0x40ULL;
        r = hvlink__int(&a, 2, &v, e);
        if (r)
            return r;
        out->dest_dom = (uint16_t)v;
        out->has_dest_dom = true;
    }
    if (hvlink_walk_expect(&w, 0x00080006u, &a)) {
        count++;
        seen[0] |= 0x80ULL;
        r = hvlink__int(&a, 2, &v, e);
        if (r)
            return r;
        if (v > 0xfffULL)
            return hvlink__out_of_range(&a, e);
        out->dest_offset = (uint16_t)v;
        out->has_dest_offset = true;
    }
    if (hvlink_walk_expect(&w, 0x00090006u, &a)) {
        count++;
        seen[0] |= 0x100ULL;
        r = hvlink__int(&a, 2, &v, e);
        if (r)
            return r;
        if (v > 0x1000ULL)
            return hvlink__out_of_range(&a, e);
        out->len = (uint16_t)v;
        out->has_len = true;
    }
    if (hvlink_walk_expect(&w, 0x000a0006u, &a)) {
        count++;
        seen[0] |= 0x200ULL;
        r = hvlink__int(&a, 2, &v, e);
        if (r)
            return r;
        if (v & ~(uint64_t)0x7ULL)
            return hvlink__bad_flags(&a, e);
        out->flags = (uint16_t)v;
        out->has_flags = true;
    }
    while ((r = hvlink_walk_next(&w, &a, e)) == 1) {
        if (++count > 1024u)
            return hvlink__too_many(&a, e);
        switch (hvlink_attr_kind(&a)) {
        case 1: {
            if (seen[0] & 0x1ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x1ULL;
            r = hvlink__int(&a, 4, &v, e);
            if (r)
                return r;
            out->source_ref = (uint32_t)v;
            out->has_source_ref = true;
            break;
        }
        case 2: {
            if (seen[0] & 0x2ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x2ULL;
            r = hvlink__int(&a, 8, &v, e);
            if (r)
                return r;
            out->source_gfn = (uint64_t)v;
            out->has_source_gfn = true;
            break;
        }
        case 3: {
            if (seen[0] & 0x4ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x4ULL;
            r = hvlink__int(&a, 2, &v, e);
            if (r)
                return r;
            out->source_dom = (uint16_t)v;
            out->has_source_dom = true;
            break;
        }
        case 4: {
            if (seen[0] & 0x8ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x8ULL;
            r = hvlink__int(&a, 2, &v, e);
            if (r)
                return r;
            if (v > 0xfffULL)
                return hvlink__out_of_range(&a, e);
            out->source_offset = (uint16_t)v;
            out->has_source_offset = true;
            break;
        }
        case 5: {
            if (seen[0] & 0x10ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x10ULL;
            r = hvlink__int(&a, 4, &v, e);
            if (r)
                return r;
            out->dest_ref = (uint32_t)v;
            out->has_dest_ref = true;
            break;
        }
        case 6: {
            if (seen[0] & 0x20ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x20ULL;
            r = hvlink__int(&a, 8, &v, e);
            if (r)
                return r;
            out->dest_gfn = (uint64_t)v;
            out->has_dest_gfn = true;
            break;
        }
        case 7: {
            if (seen[0] & 0x40ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x40ULL;
            r = hvlink__int(&a, 2, &v, e);
            if (r)
                return r;
            out->dest_dom = (uint16_t)v;
            out->has_dest_dom = true;
            break;
        }
        case 8: {
            if (seen[0] & 0x80ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x80ULL;
            r = hvlink__int(&a, 2, &v, e);
            if (r)
                return r;
            if (v > 0xfffULL)
                return hvlink__out_of_range(&a, e);
            out->dest_offset = (uint16_t)v;
            out->has_dest_offset = true;
            break;
        }
        case 9: {
            if (seen[0] & 0x100ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x100ULL;
            r = hvlink__int(&a, 2, &v, e);
            if (r)
                return r;
            if (v > 0x1000ULL)
                return hvlink__out_of_range(&a, e);
            out->len = (uint16_t)v;
            out->has_len = true;
            break;
        }
        case 10: {
            if (seen[0] & 0x200ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x200ULL;
            r = hvlink__int(&a, 2, &v, e);
            if (r)
                return r;
            if (v & ~(uint64_t)0x7ULL)
                return hvlink__bad_flags(&a, e);
            out->flags = (uint16_t)v;
            out->has_flags = true;
            break;
        }
        default:
            r = hvlink__unknown(&a, e);
            if (r)
                return r;
            break;
        }
    }
    if (r < 0)
        return r;
    if (!(seen[0] & 0x4ULL))
        return hvlink__missing(container, 3, e);
    if (!(seen[0] & 0x8ULL))
        return hvlink__missing(container, 4, e);
    if (!(seen[0] & 0x40ULL))
        return hvlink__missing(container, 7, e);
    if (!(seen[0] & 0x80ULL))
        return hvlink__missing(container, 8, e);
    if (!(seen[0] & 0x100ULL))
        return hvlink__missing(container, 9, e);
    return 0;
}

/* Read copy-entry bytes that hvlink_grant_table_copy_entry_parse_at accepted (list iteration): values only. */
static inline int hvlink_grant_table_copy_entry_read_valid(const uint8_t *p, size_t n, uint32_t off, struct hvlink_grant_table_copy_entry *out)
{
    struct hvlink_walk w;
    struct hvlink_attr a;
    struct hvlink_error e;
    int r;
    hvlink_grant_table_copy_entry_init(out);
    hvlink_walk_init(&w, p, n, off);
    if (hvlink_walk_expect(&w, 0x00010008u, &a)) {
        out->source_ref = (uint32_t)hvlink__ld32(a.payload);
        out->has_source_ref = true;
    }
    if (hvlink_walk_expect(&w, 0x0002000cu, &a)) {
        out->source_gfn = (uint64_t)hvlink__ld64(a.payload);
        out->has_source_gfn = true;
    }
    if (hvlink_walk_expect(&w, 0x00030006u, &a)) {
        out->source_dom = (uint16_t)hvlink__ld16(a.payload);
        out->has_source_dom = true;
    }
    if (hvlink_walk_expect(&w, 0x00040006u, &a)) {
        out->source_offset = (uint16_t)hvlink__ld16(a.payload);
        out->has_source_offset = true;
    }
    if (hvlink_walk_expect(&w, 0x00050008u, &a)) {
        out->dest_ref = (uint32_t)hvlink__ld32(a.payload);
        out->has_dest_ref = true;
    }
    if (hvlink_walk_expect(&w, 0x0006000cu, &a)) {
        out->dest_gfn = (uint64_t)hvlink__ld64(a.payload);
        out->has_dest_gfn = true;
    }
    if (hvlink_walk_expect(&w, 0x00070006u, &a)) {
        out->dest_dom = (uint16_t)hvlink__ld16(a.payload);
        out->has_dest_dom = true;
    }
    if (hvlink_walk_expect(&w, 0x00080006u, &a)) {
        out->dest_offset = (uint16_t)hvlink__ld16(a.payload);
        out->has_dest_offset = true;
    }
    if (hvlink_walk_expect(&w, 0x00090006u, &a)) {
        out->len = (uint16_t)hvlink__ld16(a.payload);
        out->has_len = true;
    }
    if (hvlink_walk_expect(&w, 0x000a0006u, &a)) {
        out->flags = (uint16_t)hvlink__ld16(a.payload);
        out->has_flags = true;
    }
    while ((r = hvlink_walk_next(&w, &a, &e)) == 1) {
        switch (hvlink_attr_kind(&a)) {
        case 1:
            if (a.len != 4u)
                return -1;
            out->source_ref = (uint32_t)hvlink__ld32(a.payload);
            out->has_source_ref = true;
            break;
        case 2:
            if (a.len != 8u)
                return -1;
            out->source_gfn = (uint64_t)hvlink__ld64(a.payload);
            out->has_source_gfn = true;
            break;
        case 3:
            if (a.len != 2u)
                return -1;
            out->source_dom = (uint16_t)hvlink__ld16(a.payload);
            out->has_source_dom = true;
            break;
        case 4:
            if (a.len != 2u)
                return -1;
            out->source_offset = (uint16_t)hvlink__ld16(a.payload);
            out->has_source_offset = true;
            break;
        case 5:
            if (a.len != 4u)
                return -1;
            out->dest_ref = (uint32_t)hvlink__ld32(a.payload);
            out->has_dest_ref = true;
            break;
        case 6:
            if (a.len != 8u)
                return -1;
            out->dest_gfn = (uint64_t)hvlink__ld64(a.payload);
            out->has_dest_gfn = true;
            break;
        case 7:
            if (a.len != 2u)
                return -1;
            out->dest_dom = (uint16_t)hvlink__ld16(a.payload);
            out->has_dest_dom = true;
            break;
        case 8:
            if (a.len != 2u)
                return -1;
            out->dest_offset = (uint16_t)hvlink__ld16(a.payload);
            out->has_dest_offset = true;
            break;
        case 9:
            if (a.len != 2u)
                return -1;
            out->len = (uint16_t)hvlink__ld16(a.payload);
            out->has_len = true;
            break;
        case 10:
            if (a.len != 2u)
                return -1;
            out->flags = (uint16_t)hvlink__ld16(a.payload);
            out->has_flags = true;
            break;
        default:
            break;
        }
    }
    return r;
}

/* Write the attributes of copy-entry as the Rust encoder does (the order of the spec, the chosen
 * form's after the common ones; defaults and absent values left out). */
static inline void hvlink_grant_table_copy_entry_put(struct hvlink_buf *b, const struct hvlink_grant_table_copy_entry *v)
{
    if (v->has_source_ref) {
        hvlink_put_u32(b, 1, v->source_ref);
    }
    if (v->has_source_gfn) {
        hvlink_put_u64(b, 2, v->source_gfn);
    }
    hvlink_put_u16(b, 3, v->source_dom);
    hvlink_put_u16(b, 4, v->source_offset);
    if (v->has_dest_ref) {
        hvlink_put_u32(b, 5, v->dest_ref);
    }
    if (v->has_dest_gfn) {
        hvlink_put_u64(b, 6, v->dest_gfn);
    }
    hvlink_put_u16(b, 7, v->dest_dom);
    hvlink_put_u16(b, 8, v->dest_offset);
    hvlink_put_u16(b, 9, v->len);
    if (v->flags != (uint16_t)0x0ULL) {
        hvlink_put_u16(b, 10, v->flags);
    }
}

/* copy-req: every attribute absent, defaults filled. */
static inline void hvlink_grant_table_copy_req_init(struct hvlink_grant_table_copy_req *v)
{
    v->mode = (uint8_t)0x0ULL;
    v->has_mode = false;
    v->entry.wire = (const uint8_t *)0;
    v->entry.items = (const void *)0;
    v->entry.wire_len = 0;
    v->entry.wire_offset = 0;
    v->entry.count = 0;
    v->entry.kind = 2;
}

/* Validate and decode copy-req (the Rust decoder's checks, order and errors). */
static inline int hvlink_grant_table_copy_req_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_grant_table_copy_req *out, struct hvlink_error *e)
{
    struct hvlink_walk w;
    struct hvlink_attr a;
    uint32_t count = 0;
    int r;
    uint64_t seen[2] = {0, 0};
    uint64_t v = 0;
    hvlink_grant_table_copy_req_init(out);
    out->entry.wire = p;
    out->entry.wire_len = (uint32_t)n;
    out->entry.wire_offset = off;
    hvlink_walk_init(&w, p, n, off);
    if (hvlink_walk_expect(&w, 0x40010005u, &a)) {
        count++;
        seen[0] |= 0x1ULL;
        r = hvlink__int(&a, 1, &v, e);
        if (r)
            return r;
        if (!(v == 0x0ULL || v == 0x1ULL))
            return hvlink__not_member(&a, e);
        out->mode = (uint8_t)v;
        out->has_mode = true;
    }
    while ((r = hvlink_walk_next(&w, &a, e)) == 1) {
        if (++count > 1024u)
            return hvlink__too_many(&a, e);
        switch (hvlink_attr_kind(&a)) {
        case 1: {
            if (seen[0] & 0x1ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x1ULL;
            r = hvlink__int(&a, 1, &v, e);
            if (r)
                return r;
            if (!(v == 0x0ULL || v == 0x1ULL))
                return hvlink__not_member(&a, e);
            out->mode = (uint8_t)v;
            out->has_mode = true;
            break;
        }
        case 2: {
            seen[0] |= 0x2ULL;
            if (out->entry.count >= 512u)
                return hvlink__too_many(&a, e);
            {
                struct hvlink_grant_table_copy_entry tmp;
                r = hvlink_grant_table_copy_entry_parse_at(a.payload, a.len, a.offset + 4u, a.offset, &tmp, e);
                if (r)
                    return r;
            }
            out->entry.count++;
            break;
        }
        default:
            r = hvlink__unknown(&a, e);
            if (r)
                return r;
            break;
        }
    }
    if (r < 0)
        return r;
    if (!(seen[0] & 0x2ULL))
        return hvlink__missing(container, 2, e);
    return 0;
}

/* The next element of copy-req.entry from a parsed list (1, or 0 at the end). */
static inline int hvlink_grant_table_copy_req_entry_next(struct hvlink_list_iter *it, struct hvlink_grant_table_copy_entry *out)
{
    struct hvlink_attr a;
    if (!hvlink_list_next_attr(it, &a))
        return 0;
    if (hvlink_grant_table_copy_entry_read_valid(a.payload, a.len, a.offset + 4u, out) != 0) {
        it->left = 0;
        return 0;
    }
    return 1;
}

/* Write the attributes of copy-req as the Rust encoder does (the order of the spec, the chosen
 * form's after the common ones; defaults and absent values left out). */
static inline void hvlink_grant_table_copy_req_put(struct hvlink_buf *b, const struct hvlink_grant_table_copy_req *v)
{
    if (v->mode != (uint8_t)0x0ULL) {
        hvlink_put_u8(b, 0x4001, v->mode);
    }
    if (v->entry.items) {
        uint32_t i;
        for (i = 0; i < v->entry.count; i++) {
            struct hvlink_grant_table_copy_entry x = ((struct hvlink_grant_table_copy_entry const *)v->entry.items)[i];
            {
                size_t nest = hvlink_nest_begin(b, 2);
                hvlink_grant_table_copy_entry_put(b, &x);
                hvlink_nest_end(b, nest);
            }
        }
    } else {
        struct hvlink_list_iter it;
        struct hvlink_grant_table_copy_entry x;
        hvlink_list_iter_init(&it, &v->entry);
        while (hvlink_grant_table_copy_req_entry_next(&it, &x))
            {
                size_t nest = hvlink_nest_begin(b, 2);
                hvlink_grant_table_copy_entry_put(b, &x);
                hvlink_nest_end(b, nest);
            }
    }
}

/* copy-reply: every attribute absent, defaults filled. */
static inline void hvlink_grant_table_copy_reply_init(struct hvlink_grant_table_copy_reply *v)
{
    v->entry.wire = (const uint8_t *)0;
    v->entry.items = (const void *)0;
    v->entry.wire_len = 0;
    v->entry.wire_offset = 0;
    v->entry.count = 0;
    v->entry.kind = 1;
}

/* Validate and decode copy-reply (the Rust decoder's checks, order and errors). */
static inline int hvlink_grant_table_copy_reply_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_grant_table_copy_reply *out, struct hvlink_error *e)
{
    struct hvlink_walk w;
    struct hvlink_attr a;
    uint32_t count = 0;
    int r;
    uint64_t seen[2] = {0, 0};
    hvlink_grant_table_copy_reply_init(out);
    out->entry.wire = p;
    out->entry.wire_len = (uint32_t)n;
    out->entry.wire_offset = off;
    hvlink_walk_init(&w, p, n, off);
    while ((r = hvlink_walk_next(&w, &a, e)) == 1) {
        if (++count > 1024u)
            return hvlink__too_many(&a, e);
        switch (hvlink_attr_kind(&a)) {
        case 1: {
            seen[0] |= 0x1ULL;
            if (out->entry.count >= 512u)
                return hvlink__too_many(&a, e);
            {
                struct hvlink_grant_table_entry_result tmp;
                r = hvlink_grant_table_entry_result_parse_at(a.payload, a.len, a.offset + 4u, a.offset, &tmp, e);
                if (r)
                    return r;
            }
            out->entry.count++;
            break;
        }
        default:
            r = hvlink__unknown(&a, e);
            if (r)
                return r;
            break;
        }
    }
    if (r < 0)
        return r;
    if (!(seen[0] & 0x1ULL))
        return hvlink__missing(container, 1, e);
    return 0;
}

/* The next element of copy-reply.entry from a parsed list (1, or 0 at the end). */
static inline int hvlink_grant_table_copy_reply_entry_next(struct hvlink_list_iter *it, struct hvlink_grant_table_entry_result *out)
{
    struct hvlink_attr a;
    if (!hvlink_list_next_attr(it, &a))
        return 0;
    if (hvlink_grant_table_entry_result_read_valid(a.payload, a.len, a.offset + 4u, out) != 0) {
        it->left = 0;
        return 0;
    }
    return 1;
}

/* Write the attributes of copy-reply as the Rust encoder does (the order of the spec, the chosen
 * form's after the common ones; defaults and absent values left out). */
static inline void hvlink_grant_table_copy_reply_put(struct hvlink_buf *b, const struct hvlink_grant_table_copy_reply *v)
{
    if (v->entry.items) {
        uint32_t i;
        for (i = 0; i < v->entry.count; i++) {
            struct hvlink_grant_table_entry_result x = ((struct hvlink_grant_table_entry_result const *)v->entry.items)[i];
            {
                size_t nest = hvlink_nest_begin(b, 1);
                hvlink_grant_table_entry_result_put(b, &x);
                hvlink_nest_end(b, nest);
            }
        }
    } else {
        struct hvlink_list_iter it;
        struct hvlink_grant_table_entry_result x;
        hvlink_list_iter_init(&it, &v->entry);
        while (hvlink_grant_table_copy_reply_entry_next(&it, &x))
            {
                size_t nest = hvlink_nest_begin(b, 1);
                hvlink_grant_table_entry_result_put(b, &x);
                hvlink_nest_end(b, nest);
            }
    }
}

/* dom-req: every attribute absent, defaults filled. */
static inline void hvlink_grant_table_dom_req_init(struct hvlink_grant_table_dom_req *v)
{
    v->dom = (uint16_t)0x7ff0ULL;
    v->has_dom = false;
}

/* Validate and decode dom-req (the Rust decoder's checks, order and errors). */
static inline int hvlink_grant_table_dom_req_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_grant_table_dom_req *out, struct hvlink_error *e)
{
    struct hvlink_walk w;
    struct hvlink_attr a;
    uint32_t count = 0;
    int r;
    uint64_t seen[2] = {0, 0};
    uint64_t v = 0;
    (void)container;
    hvlink_grant_table_dom_req_init(out);
    hvlink_walk_init(&w, p, n, off);
    if (hvlink_walk_expect(&w, 0x00010006u, &a)) {
        count++;
        seen[0] |= 0x1ULL;
        r = hvlink__int(&a, 2, &v, e);
        if (r)
            return r;
        out->dom = (uint16_t)v;
        out->has_dom = true;
    }
    while ((r = hvlink_walk_next(&w, &a, e)) == 1) {
        if (++count > 1024u)
            return hvlink__too_many(&a, e);
        switch (hvlink_attr_kind(&a)) {
        case 1: {
            if (seen[0] & 0x1ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x1ULL;
            r = hvlink__int(&a, 2, &v, e);
            if (r)
                return r;
            out->dom = (uint16_t)v;
            out->has_dom = true;
            break;
        }
        default:
            r = hvlink__unknown(&a, e);
            if (r)
                return r;
            break;
        }
    }
    if (r < 0)
        return r;
    return 0;
}

/* Write the attributes of dom-req as the Rust encoder does (the order of the spec, the chosen
 * form's after the common ones; defaults and absent values left out). */
static inline void hvlink_grant_table_dom_req_put(struct hvlink_buf *b, const struct hvlink_grant_table_dom_req *v)
{
    if (v->dom != (uint16_t)0x7ff0ULL) {
        hvlink_put_u16(b, 1, v->dom);
    }
}

/* query-size-reply: every attribute absent, defaults filled. */
static inline void hvlink_grant_table_query_size_reply_init(struct hvlink_grant_table_query_size_reply *v)
{
    v->nr_frames = (uint32_t)0x0ULL;
    v->has_nr_frames = false;
    v->max_nr_frames = (uint32_t)0x0ULL;
    v->has_max_nr_frames = false;
    v->status = (int16_t)(0LL);
    v->has_status = false;
}

/* Validate and decode query-size-reply (the Rust decoder's checks, order and errors). */
static inline int hvlink_grant_table_query_size_reply_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_grant_table_query_size_reply *out, struct hvlink_error *e)
{
    struct hvlink_walk w;
    struct hvlink_attr a;
    uint32_t count = 0;
    int r;
    uint64_t seen[2] = {0, 0};
    uint64_t v = 0;
    hvlink_grant_table_query_size_reply_init(out);
    hvlink_walk_init(&w, p, n, off);
    if (hvlink_walk_expect(&w, 0x00010008u, &a)) {
        count++;
        seen[0] |= 0x1ULL;
        r = hvlink__int(&a, 4, &v, e);
        if (r)
            return r;
        out->nr_frames = (uint32_t)v;
        out->has_nr_frames = true;
    }
    if (hvlink_walk_expect(&w, 0x00020008u, &a)) {
        count++;
        seen[0] |= 0x2ULL;
        r = hvlink__int(&a, 4, &v, e);
        if (r)
            return r;
        out->max_nr_frames = (uint32_t)v;
        out->has_max_nr_frames = true;
    }
    if (hvlink_walk_expect(&w, 0x00030006u, &a)) {
        count++;
        seen[0] |= 0x4ULL;
        r = hvlink__int(&a, 2, &v, e);
        if (r)
            return r;
        out->status = (int16_t)v;
        out->has_status = true;
    }
    while ((r = hvlink_walk_next(&w, &a, e)) == 1) {
        if (++count > 1024u)
            return hvlink__too_many(&a, e);
        switch (hvlink_attr_kind(&a)) {
        case 1: {
            if (seen[0] & 0x1ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x1ULL;
            r = hvlink__int(&a, 4, &v, e);
            if (r)
                return r;
            out->nr_frames = (uint32_t)v;
            out->has_nr_frames = true;
            break;
        }
        case 2: {
            if (seen[0] & 0x2ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x2ULL;
            r = hvlink__int(&a, 4, &v, e);
            if (r)
                return r;
            out->max_nr_frames = (uint32_t)v;
            out->has_max_nr_frames = true;
            break;
        }
        case 3: {
            if (seen[0] & 0x4ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x4ULL;
            r = hvlink__int(&a, 2, &v, e);
            if (r)
                return r;
            out->status = (int16_t)v;
            out->has_status = true;
            break;
        }
        default:
            r = hvlink__unknown(&a, e);
            if (r)
                return r;
            break;
        }
    }
    if (r < 0)
        return r;
    if (!(seen[0] & 0x4ULL))
        return hvlink__missing(container, 3, e);
    return 0;
}

/* Write the attributes of query-size-reply as the Rust encoder does (the order of the spec, the chosen
 * form's after the common ones; defaults and absent values left out). */
static inline void hvlink_grant_table_query_size_reply_put(struct hvlink_buf *b, const struct hvlink_grant_table_query_size_reply *v)
{
    if (v->has_nr_frames) {
        hvlink_put_u32(b, 1, v->nr_frames);
    }
    if (v->has_max_nr_frames) {
        hvlink_put_u32(b, 2, v->max_nr_frames);
    }
    hvlink_put_s16(b, 3, v->status);
}

/* unmap-and-replace-req: every attribute absent, defaults filled. */
static inline void hvlink_grant_table_unmap_and_replace_req_init(struct hvlink_grant_table_unmap_and_replace_req *v)
{
    v->host_addr = (uint64_t)0x0ULL;
    v->has_host_addr = false;
    v->new_addr = (uint64_t)0x0ULL;
    v->has_new_addr = false;
    v->handle = (uint32_t)0x0ULL;
    v->has_handle = false;
}

/* Validate and decode unmap-and-replace-req (the Rust decoder's checks, order and errors). */
static inline int hvlink_grant_table_unmap_and_replace_req_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_grant_table_unmap_and_replace_req *out, struct hvlink_error *e)
{
    struct hvlink_walk w;
    struct hvlink_attr a;
    uint32_t count = 0;
    int r;
    uint64_t seen[2] = {0, 0};
    uint64_t v = 0;
    hvlink_grant_table_unmap_and_replace_req_init(out);
    hvlink_walk_init(&w, p, n, off);
    if (hvlink_walk_expect(&w, 0x0001000cu, &a)) {
        count++;
        seen[0] |= 0x1ULL;
        r = hvlink__int(&a, 8, &v, e);
        if (r)
            return r;
        out->host_addr = (uint64_t)v;
        out->has_host_addr = true;
    }
    if (hvlink_walk_expect(&w, 0x0002000cu, &a)) {
        count++;
        seen[0] |= 0x2ULL;
        r = hvlink__int(&a, 8, &v, e);
        if (r)
            return r;
        out->new_addr = (uint64_t)v;
        out->has_new_addr = true;
    }
    if (hvlink_walk_expect(&w, 0x00030008u, &a)) {
        count++;
        seen[0] |= 0x4ULL;
        r = hvlink__int(&a, 4, &v, e);
        if (r)
            return r;
        out->handle = (uint32_t)v;
        out->has_handle = true;
    }
    while ((r = hvlink_walk_next(&w, &a, e)) == 1) {
        if (++count > 1024u)
            return hvlink__too_many(&a, e);
        switch (hvlink_attr_kind(&a)) {
        case 1: {
            if (seen[0] & 0x1ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x1ULL;
            r = hvlink__int(&a, 8, &v, e);
            if (r)
                return r;
            out->host_addr = (uint64_t)v;
            out->has_host_addr = true;
            break;
        }
        case 2: {
            if (seen[0] & 0x2ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x2ULL;
            r = hvlink__int(&a, 8, &v, e);
            if (r)
                return r;
            out->new_addr = (uint64_t)v;
            out->has_new_addr = true;
            break;
        }
        case 3: {
            if (seen[0] & 0x4ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x4ULL;
            r = hvlink__int(&a, 4, &v, e);
            if (r)
                return r;
            out->handle = (uint32_t)v;
            out->has_handle = true;
            break;
        }
        default:
            r = hvlink__unknown(&a, e);
            if (r)
                return r;
            break;
        }
    }
    if (r < 0)
        return r;
    if (!(seen[0] & 0x1ULL))
        return hvlink__missing(container, 1, e);
    if (!(seen[0] & 0x4ULL))
        return hvlink__missing(container, 3, e);
    return 0;
}

/* Write the attributes of unmap-and-replace-req as the Rust encoder does (the order of the spec, the chosen
 * form's after the common ones; defaults and absent values left out). */
static inline void hvlink_grant_table_unmap_and_replace_req_put(struct hvlink_buf *b, const struct hvlink_grant_table_unmap_and_replace_req *v)
{
    hvlink_put_u64(b, 1, v->host_addr);
    if (v->new_addr != (uint64_t)0x0ULL) {
        hvlink_put_u64(b, 2, v->new_addr);
    }
    hvlink_put_u32(b, 3, v->handle);
}

/* status-reply: every attribute absent, defaults filled. */
static inline void hvlink_grant_table_status_reply_init(struct hvlink_grant_table_status_reply *v)
{
    v->status = (int16_t)(0LL);
    v->has_status = false;
}

/* Validate and decode status-reply (the Rust decoder's checks, order and errors). */
static inline int hvlink_grant_table_status_reply_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_grant_table_status_reply *out, struct hvlink_error *e)
{
    struct hvlink_walk w;
    struct hvlink_attr a;
    uint32_t count = 0;
    int r;
    uint64_t seen[2] = {0, 0};
    uint64_t v = 0;
    hvlink_grant_table_status_reply_init(out);
    hvlink_walk_init(&w, p, n, off);
    if (hvlink_walk_expect(&w, 0x00010006u, &a)) {
        count++;
        seen[0] |= 0x1ULL;
        r = hvlink__int(&a, 2, &v, e);
        if (r)
            return r;
        out->status = (int16_t)v;
        out->has_status = true;
    }
    while ((r = hvlink_walk_next(&w, &a, e)) == 1) {
        if (++count > 1024u)
            return hvlink__too_many(&a, e);
        switch (hvlink_attr_kind(&a)) {
        case 1: {
            if (seen[0] & 0x1ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x1ULL;
            r = hvlink__int(&a, 2, &v, e);
            if (r)
                return r;
            out->status = (int16_t)v;
            out->has_status = true;
            break;
        }
        default:
            r = hvlink__unknown(&a, e);
            if (r)
                return r;
            break;
        }
    }
    if (r < 0)
        return r;
    if (!(seen[0] & 0x1ULL))
        return hvlink__missing(container, 1, e);
    return 0;
}

/* Write the attributes of status-reply as the Rust encoder does (the order of the spec, the chosen
 * form's after the common ones; defaults and absent values left out). */
static inline void hvlink_grant_table_status_reply_put(struct hvlink_buf *b, const struct hvlink_grant_table_status_reply *v)
{
    hvlink_put_s16(b, 1, v->status);
}

/* set-version-req: every attribute absent, defaults filled. */
static inline void hvlink_grant_table_set_version_req_init(struct hvlink_grant_table_set_version_req *v)
{
    v->version = (uint32_t)0x0ULL;
    v->has_version = false;
}

/* Validate and decode set-version-req (the Rust decoder's checks, order and errors). */
static inline int hvlink_grant_table_set_version_req_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_grant_table_set_version_req *out, struct hvlink_error *e)
{
    struct hvlink_walk w;
    struct hvlink_attr a;
    uint32_t count = 0;
    int r;
    uint64_t seen[2] = {0, 0};
    uint64_t v = 0;
    hvlink_grant_table_set_version_req_init(out);
    hvlink_walk_init(&w, p, n, off);
    if (hvlink_walk_expect(&w, 0x00010008u, &a)) {
        count++;
        seen[0] |= 0x1ULL;
        r = hvlink__int(&a, 4, &v, e);
        if (r)
            return r;
        if (v < 0x1ULL || v > 0x2ULL)
            return hvlink__out_of_range(&a, e);
        out->version = (uint32_t)v;
        out->has_version = true;
    }
    while ((r = hvlink_walk_next(&w, &a, e)) == 1) {
        if (++count > 1024u)
            return hvlink__too_many(&a, e);
        switch (hvlink_attr_kind(&a)) {
        case 1: {
            if (seen[0] & 0x1ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x1ULL;
            r = hvlink__int(&a, 4, &v, e);
            if (r)
                return r;
            if (v < 0x1ULL || v > 0x2ULL)
                return hvlink__out_of_range(&a, e);
            out->version = (uint32_t)v;
            out->has_version = true;
            break;
        }
        default:
            r = hvlink__unknown(&a, e);
            if (r)
                return r;
            break;
        }
    }
    if (r < 0)
        return r;
    if (!(seen[0] & 0x1ULL))
        return hvlink__missing(container, 1, e);
    return 0;
}

/* Write the attributes of set-version-req as the Rust encoder does (the order of the spec, the chosen
 * form's after the common ones; defaults and absent values left out). */
static inline void hvlink_grant_table_set_version_req_put(struct hvlink_buf *b, const struct hvlink_grant_table_set_version_req *v)
{
    hvlink_put_u32(b, 1, v->version);
}

/* version-reply: every attribute absent, defaults filled. */
static inline void hvlink_grant_table_version_reply_init(struct hvlink_grant_table_version_reply *v)
{
    v->version = (uint32_t)0x0ULL;
    v->has_version = false;
}

/* Validate and decode version-reply (the Rust decoder's checks, order and errors). */
static inline int hvlink_grant_table_version_reply_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_grant_table_version_reply *out, struct hvlink_error *e)
{
    struct hvlink_walk w;
    struct hvlink_attr a;
    uint32_t count = 0;
    int r;
    uint64_t seen[2] = {0, 0};
    uint64_t v = 0;
    hvlink_grant_table_version_reply_init(out);
    hvlink_walk_init(&w, p, n, off);
    if (hvlink_walk_expect(&w, 0x00010008u, &a)) {
        count++;
        seen[0] |= 0x1ULL;
        r = hvlink__int(&a, 4, &v, e);
        if (r)
            return r;
        out->version = (uint32_t)v;
        out->has_version = true;
    }
    while ((r = hvlink_walk_next(&w, &a, e)) == 1) {
        if (++count > 1024u)
            return hvlink__too_many(&a, e);
        switch (hvlink_attr_kind(&a)) {
        case 1: {
            if (seen[0] & 0x1ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x1ULL;
            r = hvlink__int(&a, 4, &v, e);
            if (r)
                return r;
            out->version = (uint32_t)v;
            out->has_version = true;
            break;
        }
        default:
            r = hvlink__unknown(&a, e);
            if (r)
                return r;
            break;
        }
    }
    if (r < 0)
        return r;
    if (!(seen[0] & 0x1ULL))
        return hvlink__missing(container, 1, e);
    return 0;
}

/* Write the attributes of version-reply as the Rust encoder does (the order of the spec, the chosen
 * form's after the common ones; defaults and absent values left out). */
static inline void hvlink_grant_table_version_reply_put(struct hvlink_buf *b, const struct hvlink_grant_table_version_reply *v)
{
    hvlink_put_u32(b, 1, v->version);
}

/* swap-req: every attribute absent, defaults filled. */
static inline void hvlink_grant_table_swap_req_init(struct hvlink_grant_table_swap_req *v)
{
    v->ref_a = (uint32_t)0x0ULL;
    v->has_ref_a = false;
    v->ref_b = (uint32_t)0x0ULL;
    v->has_ref_b = false;
}

/* Validate and decode swap-req (the Rust decoder's checks, order and errors). */
static inline int hvlink_grant_table_swap_req_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_grant_table_swap_req *out, struct hvlink_error *e)
{
    struct hvlink_walk w;
    struct hvlink_attr a;
    uint32_t count = 0;
    int r;
    uint64_t seen[2] = {0, 0};
    uint64_t v = 0;
    hvlink_grant_table_swap_req_init(out);
    hvlink_walk_init(&w, p, n, off);
    if (hvlink_walk_expect(&w, 0x00010008u, &a)) {
        count++;
        seen[0] |= 0x1ULL;
        r = hvlink__int(&a, 4, &v, e);
        if (r)
            return r;
        out->ref_a = (uint32_t)v;
        out->has_ref_a = true;
    }
    if (hvlink_walk_expect(&w, 0x00020008u, &a)) {
        count++;
        seen[0] |= 0x2ULL;
        r = hvlink__int(&a, 4, &v, e);
        if (r)
            return r;
        out->ref_b = (uint32_t)v;
        out->has_ref_b = true;
    }
    while ((r = hvlink_walk_next(&w, &a, e)) == 1) {
        if (++count > 1024u)
            return hvlink__too_many(&a, e);
        switch (hvlink_attr_kind(&a)) {
        case 1: {
            if (seen[0] & 0x1ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x1ULL;
            r = hvlink__int(&a, 4, &v, e);
            if (r)
                return r;
            out->ref_a = (uint32_t)v;
            out->has_ref_a = true;
            break;
        }
        case 2: {
            if (seen[0] & 0x2ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x2ULL;
            r = hvlink__int(&a, 4, &v, e);
            if (r)
                return r;
            out->ref_b = (uint32_t)v;
            out->has_ref_b = true;
            break;
        }
        default:
            r = hvlink__unknown(&a, e);
            if (r)
                return r;
            break;
        }
    }
    if (r < 0)
        return r;
    if (!(seen[0] & 0x1ULL))
        return hvlink__missing(container, 1, e);
    if (!(seen[0] & 0x2ULL))
        return hvlink__missing(container, 2, e);
    return 0;
}

/* Write the attributes of swap-req as the Rust encoder does (the order of the spec, the chosen
 * form's after the common ones; defaults and absent values left out). */
static inline void hvlink_grant_table_swap_req_put(struct hvlink_buf *b, const struct hvlink_grant_table_swap_req *v)
{
    hvlink_put_u32(b, 1, v->ref_a);
    hvlink_put_u32(b, 2, v->ref_b);
}

/* A whole reply message of grant_table.map_grant_ref: header, family header, then the map-reply (msg may be NULL). */
static inline int hvlink_grant_table_map_grant_ref_reply_parse(const void *buf, size_t n, struct hvlink_msg *msg, struct hvlink_grant_table_map_reply *out, struct hvlink_error *e)
{
    struct hvlink_msg local;
    struct hvlink_walk w;
    uint8_t cmd;
    int r;
    if (!msg)
        msg = &local;
    r = hvlink_msg_parse(buf, n, msg, e);
    if (r)
        return r;
    if (msg->type != 0x114u)
        return hvlink__fail(e, HVLINK_ERR_UNEXPECTED_TYPE, 4, 0, 0, "not a message of this family");
    r = hvlink_msg_genl(msg, &cmd, (uint8_t *)0, &w, e);
    if (r)
        return r;
    if (cmd != 0u)
        return hvlink__fail(e, HVLINK_ERR_UNEXPECTED_TYPE, 16, 0, 0, "a reply of another op");
    return hvlink_grant_table_map_reply_parse_at(w.p, w.left, w.offset, w.offset, out, e);
}

/* A whole reply message of grant_table.unmap_grant_ref: header, family header, then the unmap-reply (msg may be NULL). */
static inline int hvlink_grant_table_unmap_grant_ref_reply_parse(const void *buf, size_t n, struct hvlink_msg *msg, struct hvlink_grant_table_unmap_reply *out, struct hvlink_error *e)
{
    struct hvlink_msg local;
    struct hvlink_walk w;
    uint8_t cmd;
    int r;
    if (!msg)
        msg = &local;
    r = hvlink_msg_parse(buf, n, msg, e);
    if (r)
        return r;
    if (msg->type != 0x114u)
        return hvlink__fail(e, HVLINK_ERR_UNEXPECTED_TYPE, 4, 0, 0, "not a message of this family");
    r = hvlink_msg_genl(msg, &cmd, (uint8_t *)0, &w, e);
    if (r)
        return r;
    if (cmd != 1u)
        return hvlink__fail(e, HVLINK_ERR_UNEXPECTED_TYPE, 16, 0, 0, "a reply of another op");
    return hvlink_grant_table_unmap_reply_parse_at(w.p, w.left, w.offset, w.offset, out, e);
}

/* A whole reply message of grant_table.setup_table: header, family header, then the frames-reply (msg may be NULL). */
static inline int hvlink_grant_table_setup_table_reply_parse(const void *buf, size_t n, struct hvlink_msg *msg, struct hvlink_grant_table_frames_reply *out, struct hvlink_error *e)
{
    struct hvlink_msg local;
    struct hvlink_walk w;
    uint8_t cmd;
    int r;
    if (!msg)
        msg = &local;
    r = hvlink_msg_parse(buf, n, msg, e);
    if (r)
        return r;
    if (msg->type != 0x114u)
        return hvlink__fail(e, HVLINK_ERR_UNEXPECTED_TYPE, 4, 0, 0, "not a message of this family");
    r = hvlink_msg_genl(msg, &cmd, (uint8_t *)0, &w, e);
    if (r)
        return r;
    if (cmd != 2u)
        return hvlink__fail(e, HVLINK_ERR_UNEXPECTED_TYPE, 16, 0, 0, "a reply of another op");
    return hvlink_grant_table_frames_reply_parse_at(w.p, w.left, w.offset, w.offset, out, e);
}

/* A whole reply message of grant_table.copy: header, family header, then the copy-reply (msg may be NULL). */
static inline int hvlink_grant_table_copy_reply_parse(const void *buf, size_t n, struct hvlink_msg *msg, struct hvlink_grant_table_copy_reply *out, struct hvlink_error *e)
{
    struct hvlink_msg local;
    struct hvlink_walk w;
    uint8_t cmd;
    int r;
    if (!msg)
        msg = &local;
    r = hvlink_msg_parse(buf, n, msg, e);
    if (r)
        return r;
    if (msg->type != 0x114u)
        return hvlink__fail(e, HVLINK_ERR_UNEXPECTED_TYPE, 4, 0, 0, "not a message of this family");
    r = hvlink_msg_genl(msg, &cmd, (uint8_t *)0, &w, e);
    if (r)
        return r;
    if (cmd != 5u)
        return hvlink__fail(e, HVLINK_ERR_UNEXPECTED_TYPE, 16, 0, 0, "a reply of another op");
    return hvlink_grant_table_copy_reply_parse_at(w.p, w.left, w.offset, w.offset, out, e);
}

/* A whole reply message of grant_table.query_size: header, family header, then the query-size-reply (msg may be NULL). */
static inline int hvlink_grant_table_query_size_reply_parse(const void *buf, size_t n, struct hvlink_msg *msg, struct hvlink_grant_table_query_size_reply *out, struct hvlink_error *e)
{
    struct hvlink_msg local;
    struct hvlink_walk w;
    uint8_t cmd;
    int r;
    if (!msg)
        msg = &local;
    r = hvlink_msg_parse(buf, n, msg, e);
    if (r)
        return r;
    if (msg->type != 0x114u)
        return hvlink__fail(e, HVLINK_ERR_UNEXPECTED_TYPE, 4, 0, 0, "not a message of this family");
    r = hvlink_msg_genl(msg, &cmd, (uint8_t *)0, &w, e);
    if (r)
        return r;
    if (cmd != 6u)
        return hvlink__fail(e, HVLINK_ERR_UNEXPECTED_TYPE, 16, 0, 0, "a reply of another op");
    return hvlink_grant_table_query_size_reply_parse_at(w.p, w.left, w.offset, w.offset, out, e);
}

/* A whole reply message of grant_table.unmap_and_replace: header, family header, then the status-reply (msg may be NULL). */
static inline int hvlink_grant_table_unmap_and_replace_reply_parse(const void *buf, size_t n, struct hvlink_msg *msg, struct hvlink_grant_table_status_reply *out, struct hvlink_error *e)
{
    struct hvlink_msg local;
    struct hvlink_walk w;
    uint8_t cmd;
    int r;
    if (!msg)
        msg = &local;
    r = hvlink_msg_parse(buf, n, msg, e);
    if (r)
        return r;
    if (msg->type != 0x114u)
        return hvlink__fail(e, HVLINK_ERR_UNEXPECTED_TYPE, 4, 0, 0, "not a message of this family");
    r = hvlink_msg_genl(msg, &cmd, (uint8_t *)0, &w, e);
    if (r)
        return r;
    if (cmd != 7u)
        return hvlink__fail(e, HVLINK_ERR_UNEXPECTED_TYPE, 16, 0, 0, "a reply of another op");
    return hvlink_grant_table_status_reply_parse_at(w.p, w.left, w.offset, w.offset, out, e);
}

/* A whole reply message of grant_table.set_version: header, family header, then the version-reply (msg may be NULL). */
static inline int hvlink_grant_table_set_version_reply_parse(const void *buf, size_t n, struct hvlink_msg *msg, struct hvlink_grant_table_version_reply *out, struct hvlink_error *e)
{
    struct hvlink_msg local;
    struct hvlink_walk w;
    uint8_t cmd;
    int r;
    if (!msg)
        msg = &local;
    r = hvlink_msg_parse(buf, n, msg, e);
    if (r)
        return r;
    if (msg->type != 0x114u)
        return hvlink__fail(e, HVLINK_ERR_UNEXPECTED_TYPE, 4, 0, 0, "not a message of this family");
    r = hvlink_msg_genl(msg, &cmd, (uint8_t *)0, &w, e);
    if (r)
        return r;
    if (cmd != 8u)
        return hvlink__fail(e, HVLINK_ERR_UNEXPECTED_TYPE, 16, 0, 0, "a reply of another op");
    return hvlink_grant_table_version_reply_parse_at(w.p, w.left, w.offset, w.offset, out, e);
}

/* A whole reply message of grant_table.get_status_frames: header, family header, then the frames-reply (msg may be NULL). */
static inline int hvlink_grant_table_get_status_frames_reply_parse(const void *buf, size_t n, struct hvlink_msg *msg, struct hvlink_grant_table_frames_reply *out, struct hvlink_error *e)
{
    struct hvlink_msg local;
    struct hvlink_walk w;
    uint8_t cmd;
    int r;
    if (!msg)
        msg = &local;
    r = hvlink_msg_parse(buf, n, msg, e);
    if (r)
        return r;
    if (msg->type != 0x114u)
        return hvlink__fail(e, HVLINK_ERR_UNEXPECTED_TYPE, 4, 0, 0, "not a message of this family");
    r = hvlink_msg_genl(msg, &cmd, (uint8_t *)0, &w, e);
    if (r)
        return r;
    if (cmd != 9u)
        return hvlink__fail(e, HVLINK_ERR_UNEXPECTED_TYPE, 16, 0, 0, "a reply of another op");
    return hvlink_grant_table_frames_reply_parse_at(w.p, w.left, w.offset, w.offset, out, e);
}

/* A whole reply message of grant_table.get_version: header, family header, then the version-reply (msg may be NULL). */
static inline int hvlink_grant_table_get_version_reply_parse(const void *buf, size_t n, struct hvlink_msg *msg, struct hvlink_grant_table_version_reply *out, struct hvlink_error *e)
{
    struct hvlink_msg local;
    struct hvlink_walk w;
    uint8_t cmd;
    int r;
    if (!msg)
        msg = &local;
    r = hvlink_msg_parse(buf, n, msg, e);
    if (r)
        return r;
    if (msg->type != 0x114u)
        return hvlink__fail(e, HVLINK_ERR_UNEXPECTED_TYPE, 4, 0, 0, "not a message of this family");
    r = hvlink_msg_genl(msg, &cmd, (uint8_t *)0, &w, e);
    if (r)
        return r;
    if (cmd != 10u)
        return hvlink__fail(e, HVLINK_ERR_UNEXPECTED_TYPE, 16, 0, 0, "a reply of another op");
    return hvlink_grant_table_version_reply_parse_at(w.p, w.left, w.offset, w.offset, out, e);
}

/* A whole reply message of grant_table.swap_grant_ref: header, family header, then the status-reply (msg may be NULL). */
static inline int hvlink_grant_table_swap_grant_ref_reply_parse(const void *buf, size_t n, struct hvlink_msg *msg, struct hvlink_grant_table_status_reply *out, struct hvlink_error *e)
{
    struct hvlink_msg local;
    struct hvlink_walk w;
    uint8_t cmd;
    int r;
    if (!msg)
        msg = &local;
    r = hvlink_msg_parse(buf, n, msg, e);
    if (r)
        return r;
    if (msg->type != 0x114u)
        return hvlink__fail(e, HVLINK_ERR_UNEXPECTED_TYPE, 4, 0, 0, "not a message of this family");
    r = hvlink_msg_genl(msg, &cmd, (uint8_t *)0, &w, e);
    if (r)
        return r;
    if (cmd != 11u)
        return hvlink__fail(e, HVLINK_ERR_UNEXPECTED_TYPE, 16, 0, 0, "a reply of another op");
    return hvlink_grant_table_status_reply_parse_at(w.p, w.left, w.offset, w.offset, out, e);
}

/* ==========================================================================================
 * Family vcpu
 * ======================================================================================= */

/* vcpu-req: Request naming one vCPU of the caller. */
struct hvlink_vcpu_vcpu_req {
    uint32_t vcpu; /* vCPU id. */
    bool has_vcpu;
};

/* initialise-req: Request of initialise. */
struct hvlink_vcpu_initialise_req {
    uint32_t vcpu; /* vCPU id. */
    bool has_vcpu;
    uint64_t context_gfn; /* Guest frame holding the initial register context (replaces Xen's pointer argument). */
    bool has_context_gfn;
};

/* is-up-reply: Reply of is_up. */
struct hvlink_vcpu_is_up_reply {
    uint8_t up; /* 1 if the vCPU is up, 0 if it is down. */
    bool has_up;
};

/* runstate-reply: Reply of get_runstate_info; the four times sum to the time since the vCPU was created. */
struct hvlink_vcpu_runstate_reply {
    int32_t state; /* Current state. */
    bool has_state;
    uint64_t state_entry_time; /* System time (ns) at which the current state was entered. */
    bool has_state_entry_time;
    uint64_t time_running; /* Nanoseconds spent running. */
    bool has_time_running;
    uint64_t time_runnable; /* Nanoseconds spent runnable but not running. */
    bool has_time_runnable;
    uint64_t time_blocked; /* Nanoseconds spent blocked. */
    bool has_time_blocked;
    uint64_t time_offline; /* Nanoseconds spent offline. */
    bool has_time_offline;
};

/* phys-area-req: Request of the ops that register a guest-physical area for a vCPU. */
struct hvlink_vcpu_phys_area_req {
    uint32_t vcpu; /* vCPU id. */
    bool has_vcpu;
    uint64_t gpa; /* Guest-physical address of the area (must not cross a page boundary). */
    bool has_gpa;
};

/* periodic-timer-req: Request of set_periodic_timer. */
struct hvlink_vcpu_periodic_timer_req {
    uint32_t vcpu; /* vCPU id. */
    bool has_vcpu;
    uint64_t period_ns; /* Timer period in nanoseconds (periods under 1 ms may be refused). */
    bool has_period_ns;
};

/* singleshot-timer-req: Request of set_singleshot_timer. */
struct hvlink_vcpu_singleshot_timer_req {
    uint32_t vcpu; /* vCPU id. */
    bool has_vcpu;
    uint64_t timeout_abs_ns; /* Absolute system time (ns) at which the timer fires. */
    bool has_timeout_abs_ns;
    uint32_t flags; /* Timer flags. */
    bool has_flags;
};

/* vcpu-info-req: Request of register_vcpu_info. */
struct hvlink_vcpu_vcpu_info_req {
    uint32_t vcpu; /* vCPU id. */
    bool has_vcpu;
    uint64_t gfn; /* Guest frame holding the vcpu_info structure (Xen's mfn field). */
    bool has_gfn;
    uint32_t offset; /* Byte offset of vcpu_info inside that frame. */
    bool has_offset;
};

/* physid-reply: Reply of get_physid. */
struct hvlink_vcpu_physid_reply {
    uint64_t phys_id; /* Physical CPU id (x86 - APIC id in bits 0..31, ACPI id in bits 32..63). */
    bool has_phys_id;
};

static inline int hvlink_vcpu_vcpu_req_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_vcpu_vcpu_req *out, struct hvlink_error *e);
static inline int hvlink_vcpu_initialise_req_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_vcpu_initialise_req *out, struct hvlink_error *e);
static inline int hvlink_vcpu_is_up_reply_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_vcpu_is_up_reply *out, struct hvlink_error *e);
static inline int hvlink_vcpu_runstate_reply_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_vcpu_runstate_reply *out, struct hvlink_error *e);
static inline int hvlink_vcpu_phys_area_req_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_vcpu_phys_area_req *out, struct hvlink_error *e);
static inline int hvlink_vcpu_periodic_timer_req_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_vcpu_periodic_timer_req *out, struct hvlink_error *e);
static inline int hvlink_vcpu_singleshot_timer_req_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_vcpu_singleshot_timer_req *out, struct hvlink_error *e);
static inline int hvlink_vcpu_vcpu_info_req_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_vcpu_vcpu_info_req *out, struct hvlink_error *e);
static inline int hvlink_vcpu_physid_reply_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_vcpu_physid_reply *out, struct hvlink_error *e);

/* vcpu-req: every attribute absent, defaults filled. */
static inline void hvlink_vcpu_vcpu_req_init(struct hvlink_vcpu_vcpu_req *v)
{
    v->vcpu = (uint32_t)0x0ULL;
    v->has_vcpu = false;
}

/* Validate and decode vcpu-req (the Rust decoder's checks, order and errors). */
static inline int hvlink_vcpu_vcpu_req_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_vcpu_vcpu_req *out, struct hvlink_error *e)
{
    struct hvlink_walk w;
    struct hvlink_attr a;
    uint32_t count = 0;
    int r;
    uint64_t seen[2] = {0, 0};
    uint64_t v = 0;
    hvlink_vcpu_vcpu_req_init(out);
    hvlink_walk_init(&w, p, n, off);
    if (hvlink_walk_expect(&w, 0x00010008u, &a)) {
        count++;
        seen[0] |= 0x1ULL;
        r = hvlink__int(&a, 4, &v, e);
        if (r)
            return r;
        out->vcpu = (uint32_t)v;
        out->has_vcpu = true;
    }
    while ((r = hvlink_walk_next(&w, &a, e)) == 1) {
        if (++count > 1024u)
            return hvlink__too_many(&a, e);
        switch (hvlink_attr_kind(&a)) {
        case 1: {
            if (seen[0] & 0x1ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x1ULL;
            r = hvlink__int(&a, 4, &v, e);
            if (r)
                return r;
            out->vcpu = (uint32_t)v;
            out->has_vcpu = true;
            break;
        }
        default:
            r = hvlink__unknown(&a, e);
            if (r)
                return r;
            break;
        }
    }
    if (r < 0)
        return r;
    if (!(seen[0] & 0x1ULL))
        return hvlink__missing(container, 1, e);
    return 0;
}

/* Write the attributes of vcpu-req as the Rust encoder does (the order of the spec, the chosen
 * form's after the common ones; defaults and absent values left out). */
static inline void hvlink_vcpu_vcpu_req_put(struct hvlink_buf *b, const struct hvlink_vcpu_vcpu_req *v)
{
    hvlink_put_u32(b, 1, v->vcpu);
}

/* initialise-req: every attribute absent, defaults filled. */
static inline void hvlink_vcpu_initialise_req_init(struct hvlink_vcpu_initialise_req *v)
{
    v->vcpu = (uint32_t)0x0ULL;
    v->has_vcpu = false;
    v->context_gfn = (uint64_t)0x0ULL;
    v->has_context_gfn = false;
}

/* Validate and decode initialise-req (the Rust decoder's checks, order and errors). */
static inline int hvlink_vcpu_initialise_req_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_vcpu_initialise_req *out, struct hvlink_error *e)
{
    struct hvlink_walk w;
    struct hvlink_attr a;
    uint32_t count = 0;
    int r;
    uint64_t seen[2] = {0, 0};
    uint64_t v = 0;
    hvlink_vcpu_initialise_req_init(out);
    hvlink_walk_init(&w, p, n, off);
    if (hvlink_walk_expect(&w, 0x00010008u, &a)) {
        count++;
        seen[0] |= 0x1ULL;
        r = hvlink__int(&a, 4, &v, e);
        if (r)
            return r;
        out->vcpu = (uint32_t)v;
        out->has_vcpu = true;
    }
    if (hvlink_walk_expect(&w, 0x0002000cu, &a)) {
        count++;
        seen[0] |= 0x2ULL;
        r = hvlink__int(&a, 8, &v, e);
        if (r)
            return r;
        out->context_gfn = (uint64_t)v;
        out->has_context_gfn = true;
    }
    while ((r = hvlink_walk_next(&w, &a, e)) == 1) {
        if (++count > 1024u)
            return hvlink__too_many(&a, e);
        switch (hvlink_attr_kind(&a)) {
        case 1: {
            if (seen[0] & 0x1ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x1ULL;
            r = hvlink__int(&a, 4, &v, e);
            if (r)
                return r;
            out->vcpu = (uint32_t)v;
            out->has_vcpu = true;
            break;
        }
        case 2: {
            if (seen[0] & 0x2ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x2ULL;
            r = hvlink__int(&a, 8, &v, e);
            if (r)
                return r;
            out->context_gfn = (uint64_t)v;
            out->has_context_gfn = true;
            break;
        }
        default:
            r = hvlink__unknown(&a, e);
            if (r)
                return r;
            break;
        }
    }
    if (r < 0)
        return r;
    if (!(seen[0] & 0x1ULL))
        return hvlink__missing(container, 1, e);
    if (!(seen[0] & 0x2ULL))
        return hvlink__missing(container, 2, e);
    return 0;
}

/* Write the attributes of initialise-req as the Rust encoder does (the order of the spec, the chosen
 * form's after the common ones; defaults and absent values left out). */
static inline void hvlink_vcpu_initialise_req_put(struct hvlink_buf *b, const struct hvlink_vcpu_initialise_req *v)
{
    hvlink_put_u32(b, 1, v->vcpu);
    hvlink_put_u64(b, 2, v->context_gfn);
}

/* is-up-reply: every attribute absent, defaults filled. */
static inline void hvlink_vcpu_is_up_reply_init(struct hvlink_vcpu_is_up_reply *v)
{
    v->up = (uint8_t)0x0ULL;
    v->has_up = false;
}

/* Validate and decode is-up-reply (the Rust decoder's checks, order and errors). */
static inline int hvlink_vcpu_is_up_reply_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_vcpu_is_up_reply *out, struct hvlink_error *e)
{
    struct hvlink_walk w;
    struct hvlink_attr a;
    uint32_t count = 0;
    int r;
    uint64_t seen[2] = {0, 0};
    uint64_t v = 0;
    hvlink_vcpu_is_up_reply_init(out);
    hvlink_walk_init(&w, p, n, off);
    if (hvlink_walk_expect(&w, 0x00010005u, &a)) {
        count++;
        seen[0] |= 0x1ULL;
        r = hvlink__int(&a, 1, &v, e);
        if (r)
            return r;
        if (v > 0x1ULL)
            return hvlink__out_of_range(&a, e);
        out->up = (uint8_t)v;
        out->has_up = true;
    }
    while ((r = hvlink_walk_next(&w, &a, e)) == 1) {
        if (++count > 1024u)
            return hvlink__too_many(&a, e);
        switch (hvlink_attr_kind(&a)) {
        case 1: {
            if (seen[0] & 0x1ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x1ULL;
            r = hvlink__int(&a, 1, &v, e);
            if (r)
                return r;
            if (v > 0x1ULL)
                return hvlink__out_of_range(&a, e);
            out->up = (uint8_t)v;
            out->has_up = true;
            break;
        }
        default:
            r = hvlink__unknown(&a, e);
            if (r)
                return r;
            break;
        }
    }
    if (r < 0)
        return r;
    if (!(seen[0] & 0x1ULL))
        return hvlink__missing(container, 1, e);
    return 0;
}

/* Write the attributes of is-up-reply as the Rust encoder does (the order of the spec, the chosen
 * form's after the common ones; defaults and absent values left out). */
static inline void hvlink_vcpu_is_up_reply_put(struct hvlink_buf *b, const struct hvlink_vcpu_is_up_reply *v)
{
    hvlink_put_u8(b, 1, v->up);
}

/* runstate-reply: every attribute absent, defaults filled. */
static inline void hvlink_vcpu_runstate_reply_init(struct hvlink_vcpu_runstate_reply *v)
{
    v->state = (int32_t)(0LL);
    v->has_state = false;
    v->state_entry_time = (uint64_t)0x0ULL;
    v->has_state_entry_time = false;
    v->time_running = (uint64_t)0x0ULL;
    v->has_time_running = false;
    v->time_runnable = (uint64_t)0x0ULL;
    v->has_time_runnable = false;
    v->time_blocked = (uint64_t)0x0ULL;
    v->has_time_blocked = false;
    v->time_offline = (uint64_t)0x0ULL;
    v->has_time_offline = false;
}

/* Validate and decode runstate-reply (the Rust decoder's checks, order and errors). */
static inline int hvlink_vcpu_runstate_reply_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_vcpu_runstate_reply *out, struct hvlink_error *e)
{
    struct hvlink_walk w;
    struct hvlink_attr a;
    uint32_t count = 0;
    int r;
    uint64_t seen[2] = {0, 0};
    uint64_t v = 0;
    hvlink_vcpu_runstate_reply_init(out);
    hvlink_walk_init(&w, p, n, off);
    if (hvlink_walk_expect(&w, 0x00010008u, &a)) {
        count++;
        seen[0] |= 0x1ULL;
        r = hvlink__int(&a, 4, &v, e);
        if (r)
            return r;
        out->state = (int32_t)v;
        out->has_state = true;
    }
    if (hvlink_walk_expect(&w, 0x0002000cu, &a)) {
        count++;
        seen[0] |= 0x2ULL;
        r = hvlink__int(&a, 8, &v, e);
        if (r)
            return r;
        out->state_entry_time = (uint64_t)v;
        out->has_state_entry_time = true;
    }
    if (hvlink_walk_expect(&w, 0x0003000cu, &a)) {
        count++;
        seen[0] |= 0x4ULL;
        r = hvlink__int(&a, 8, &v, e);
        if (r)
            return r;
        out->time_running = (uint64_t)v;
        out->has_time_running = true;
    }
    if (hvlink_walk_expect(&w, 0x0004000cu, &a)) {
        count++;
        seen[0] |= 0x8ULL;
        r = hvlink__int(&a, 8, &v, e);
        if (r)
            return r;
        out->time_runnable = (uint64_t)v;
        out->has_time_runnable = true;
    }
    if (hvlink_walk_expect(&w, 0x0005000cu, &a)) {
        count++;
        seen[0] |= 0x10ULL;
        r = hvlink__int(&a, 8, &v, e);
        if (r)
            return r;
        out->time_blocked = (uint64_t)v;
        out->has_time_blocked = true;
    }
    if (hvlink_walk_expect(&w, 0x0006000cu, &a)) {
        count++;
        seen[0] |= 0x20ULL;
        r = hvlink__int(&a, 8, &v, e);
        if (r)
            return r;
        out->time_offline = (uint64_t)v;
        out->has_time_offline = true;
    }
    while ((r = hvlink_walk_next(&w, &a, e)) == 1) {
        if (++count > 1024u)
            return hvlink__too_many(&a, e);
        switch (hvlink_attr_kind(&a)) {
        case 1: {
            if (seen[0] & 0x1ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x1ULL;
            r = hvlink__int(&a, 4, &v, e);
            if (r)
                return r;
            out->state = (int32_t)v;
            out->has_state = true;
            break;
        }
        case 2: {
            if (seen[0] & 0x2ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x2ULL;
            r = hvlink__int(&a, 8, &v, e);
            if (r)
                return r;
            out->state_entry_time = (uint64_t)v;
            out->has_state_entry_time = true;
            break;
        }
        case 3: {
            if (seen[0] & 0x4ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x4ULL;
            r = hvlink__int(&a, 8, &v, e);
            if (r)
                return r;
            out->time_running = (uint64_t)v;
            out->has_time_running = true;
            break;
        }
        case 4: {
            if (seen[0] & 0x8ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x8ULL;
            r = hvlink__int(&a, 8, &v, e);
            if (r)
                return r;
            out->time_runnable = (uint64_t)v;
            out->has_time_runnable = true;
            break;
        }
        case 5: {
            if (seen[0] & 0x10ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x10ULL;
            r = hvlink__int(&a, 8, &v, e);
            if (r)
                return r;
            out->time_blocked = (uint64_t)v;
            out->has_time_blocked = true;
            break;
        }
        case 6: {
            if (seen[0] & 0x20ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x20ULL;
            r = hvlink__int(&a, 8, &v, e);
            if (r)
                return r;
            out->time_offline = (uint64_t)v;
            out->has_time_offline = true;
            break;
        }
        default:
            r = hvlink__unknown(&a, e);
            if (r)
                return r;
            break;
        }
    }
    if (r < 0)
        return r;
    if (!(seen[0] & 0x1ULL))
        return hvlink__missing(container, 1, e);
    if (!(seen[0] & 0x2ULL))
        return hvlink__missing(container, 2, e);
    if (!(seen[0] & 0x4ULL))
        return hvlink__missing(container, 3, e);
    if (!(seen[0] & 0x8ULL))
        return hvlink__missing(container, 4, e);
    if (!(seen[0] & 0x10ULL))
        return hvlink__missing(container, 5, e);
    if (!(seen[0] & 0x20ULL))
        return hvlink__missing(container, 6, e);
    return 0;
}

/* Write the attributes of runstate-reply as the Rust encoder does (the order of the spec, the chosen
 * form's after the common ones; defaults and absent values left out). */
static inline void hvlink_vcpu_runstate_reply_put(struct hvlink_buf *b, const struct hvlink_vcpu_runstate_reply *v)
{
    hvlink_put_s32(b, 1, v->state);
    hvlink_put_u64(b, 2, v->state_entry_time);
    hvlink_put_u64(b, 3, v->time_running);
    hvlink_put_u64(b, 4, v->time_runnable);
    hvlink_put_u64(b, 5, v->time_blocked);
    hvlink_put_u64(b, 6, v->time_offline);
}

/* phys-area-req: every attribute absent, defaults filled. */
static inline void hvlink_vcpu_phys_area_req_init(struct hvlink_vcpu_phys_area_req *v)
{
    v->vcpu = (uint32_t)0x0ULL;
    v->has_vcpu = false;
    v->gpa = (uint64_t)0x0ULL;
    v->has_gpa = false;
}

/* Validate and decode phys-area-req (the Rust decoder's checks, order and errors). */
static inline int hvlink_vcpu_phys_area_req_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_vcpu_phys_area_req *out, struct hvlink_error *e)
{
    struct hvlink_walk w;
    struct hvlink_attr a;
    uint32_t count = 0;
    int r;
    uint64_t seen[2] = {0, 0};
    uint64_t v = 0;
    hvlink_vcpu_phys_area_req_init(out);
    hvlink_walk_init(&w, p, n, off);
    if (hvlink_walk_expect(&w, 0x00010008u, &a)) {
        count++;
        seen[0] |= 0x1ULL;
        r = hvlink__int(&a, 4, &v, e);
        if (r)
            return r;
        out->vcpu = (uint32_t)v;
        out->has_vcpu = true;
    }
    if (hvlink_walk_expect(&w, 0x0002000cu, &a)) {
        count++;
        seen[0] |= 0x2ULL;
        r = hvlink__int(&a, 8, &v, e);
        if (r)
            return r;
        out->gpa = (uint64_t)v;
        out->has_gpa = true;
    }
    while ((r = hvlink_walk_next(&w, &a, e)) == 1) {
        if (++count > 1024u)
            return hvlink__too_many(&a, e);
        switch (hvlink_attr_kind(&a)) {
        case 1: {
            if (seen[0] & 0x1ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x1ULL;
            r = hvlink__int(&a, 4, &v, e);
            if (r)
                return r;
            out->vcpu = (uint32_t)v;
            out->has_vcpu = true;
            break;
        }
        case 2: {
            if (seen[0] & 0x2ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x2ULL;
            r = hvlink__int(&a, 8, &v, e);
            if (r)
                return r;
            out->gpa = (uint64_t)v;
            out->has_gpa = true;
            break;
        }
        default:
            r = hvlink__unknown(&a, e);
            if (r)
                return r;
            break;
        }
    }
    if (r < 0)
        return r;
    if (!(seen[0] & 0x1ULL))
        return hvlink__missing(container, 1, e);
    if (!(seen[0] & 0x2ULL))
        return hvlink__missing(container, 2, e);
    return 0;
}

/* Write the attributes of phys-area-req as the Rust encoder does (the order of the spec, the chosen
 * form's after the common ones; defaults and absent values left out). */
static inline void hvlink_vcpu_phys_area_req_put(struct hvlink_buf *b, const struct hvlink_vcpu_phys_area_req *v)
{
    hvlink_put_u32(b, 1, v->vcpu);
    hvlink_put_u64(b, 2, v->gpa);
}

/* periodic-timer-req: every attribute absent, defaults filled. */
static inline void hvlink_vcpu_periodic_timer_req_init(struct hvlink_vcpu_periodic_timer_req *v)
{
    v->vcpu = (uint32_t)0x0ULL;
    v->has_vcpu = false;
    v->period_ns = (uint64_t)0x0ULL;
    v->has_period_ns = false;
}

/* Validate and decode periodic-timer-req (the Rust decoder's checks, order and errors). */
static inline int hvlink_vcpu_periodic_timer_req_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_vcpu_periodic_timer_req *out, struct hvlink_error *e)
{
    struct hvlink_walk w;
    struct hvlink_attr a;
    uint32_t count = 0;
    int r;
    uint64_t seen[2] = {0, 0};
    uint64_t v = 0;
    hvlink_vcpu_periodic_timer_req_init(out);
    hvlink_walk_init(&w, p, n, off);
    if (hvlink_walk_expect(&w, 0x00010008u, &a)) {
        count++;
        seen[0] |= 0x1ULL;
        r = hvlink__int(&a, 4, &v, e);
        if (r)
            return r;
        out->vcpu = (uint32_t)v;
        out->has_vcpu = true;
    }
    if (hvlink_walk_expect(&w, 0x0002000cu, &a)) {
        count++;
        seen[0] |= 0x2ULL;
        r = hvlink__int(&a, 8, &v, e);
        if (r)
            return r;
        out->period_ns = (uint64_t)v;
        out->has_period_ns = true;
    }
    while ((r = hvlink_walk_next(&w, &a, e)) == 1) {
        if (++count > 1024u)
            return hvlink__too_many(&a, e);
        switch (hvlink_attr_kind(&a)) {
        case 1: {
            if (seen[0] & 0x1ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x1ULL;
            r = hvlink__int(&a, 4, &v, e);
            if (r)
                return r;
            out->vcpu = (uint32_t)v;
            out->has_vcpu = true;
            break;
        }
        case 2: {
            if (seen[0] & 0x2ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x2ULL;
            r = hvlink__int(&a, 8, &v, e);
            if (r)
                return r;
            out->period_ns = (uint64_t)v;
            out->has_period_ns = true;
            break;
        }
        default:
            r = hvlink__unknown(&a, e);
            if (r)
                return r;
            break;
        }
    }
    if (r < 0)
        return r;
    if (!(seen[0] & 0x1ULL))
        return hvlink__missing(container, 1, e);
    if (!(seen[0] & 0x2ULL))
        return hvlink__missing(container, 2, e);
    return 0;
}

/* Write the attributes of periodic-timer-req as the Rust encoder does (the order of the spec, the chosen
 * form's after the common ones; defaults and absent values left out). */
static inline void hvlink_vcpu_periodic_timer_req_put(struct hvlink_buf *b, const struct hvlink_vcpu_periodic_timer_req *v)
{
    hvlink_put_u32(b, 1, v->vcpu);
    hvlink_put_u64(b, 2, v->period_ns);
}

/* singleshot-timer-req: every attribute absent, defaults filled. */
static inline void hvlink_vcpu_singleshot_timer_req_init(struct hvlink_vcpu_singleshot_timer_req *v)
{
    v->vcpu = (uint32_t)0x0ULL;
    v->has_vcpu = false;
    v->timeout_abs_ns = (uint64_t)0x0ULL;
    v->has_timeout_abs_ns = false;
    v->flags = (uint32_t)0x0ULL;
    v->has_flags = false;
}

/* Validate and decode singleshot-timer-req (the Rust decoder's checks, order and errors). */
static inline int hvlink_vcpu_singleshot_timer_req_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_vcpu_singleshot_timer_req *out, struct hvlink_error *e)
{
    struct hvlink_walk w;
    struct hvlink_attr a;
    uint32_t count = 0;
    int r;
    uint64_t seen[2] = {0, 0};
    uint64_t v = 0;
    hvlink_vcpu_singleshot_timer_req_init(out);
    hvlink_walk_init(&w, p, n, off);
    if (hvlink_walk_expect(&w, 0x00010008u, &a)) {
        count++;
        seen[0] |= 0x1ULL;
        r = hvlink__int(&a, 4, &v, e);
        if (r)
            return r;
        out->vcpu = (uint32_t)v;
        out->has_vcpu = true;
    }
    if (hvlink_walk_expect(&w, 0x0002000cu, &a)) {
        count++;
        seen[0] |= 0x2ULL;
        r = hvlink__int(&a, 8, &v, e);
        if (r)
            return r;
        out->timeout_abs_ns = (uint64_t)v;
        out->has_timeout_abs_ns = true;
    }
    if (hvlink_walk_expect(&w, 0x00030008u, &a)) {
        count++;
        seen[0] |= 0x4ULL;
        r = hvlink__int(&a, 4, &v, e);
        if (r)
            return r;
        if (v & ~(uint64_t)0x1ULL)
            return hvlink__bad_flags(&a, e);
        out->flags = (uint32_t)v;
        out->has_flags = true;
    }
    while ((r = hvlink_walk_next(&w, &a, e)) == 1) {
        if (++count > 1024u)
            return hvlink__too_many(&a, e);
        switch (hvlink_attr_kind(&a)) {
        case 1: {
            if (seen[0] & 0x1ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x1ULL;
            r = hvlink__int(&a, 4, &v, e);
            if (r)
                return r;
            out->vcpu = (uint32_t)v;
            out->has_vcpu = true;
            break;
        }
        case 2: {
            if (seen[0] & 0x2ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x2ULL;
            r = hvlink__int(&a, 8, &v, e);
            if (r)
                return r;
            out->timeout_abs_ns = (uint64_t)v;
            out->has_timeout_abs_ns = true;
            break;
        }
        case 3: {
            if (seen[0] & 0x4ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x4ULL;
            r = hvlink__int(&a, 4, &v, e);
            if (r)
                return r;
            if (v & ~(uint64_t)0x1ULL)
                return hvlink__bad_flags(&a, e);
            out->flags = (uint32_t)v;
            out->has_flags = true;
            break;
        }
        default:
            r = hvlink__unknown(&a, e);
            if (r)
                return r;
            break;
        }
    }
    if (r < 0)
        return r;
    if (!(seen[0] & 0x1ULL))
        return hvlink__missing(container, 1, e);
    if (!(seen[0] & 0x2ULL))
        return hvlink__missing(container, 2, e);
    return 0;
}

/* Write the attributes of singleshot-timer-req as the Rust encoder does (the order of the spec, the chosen
 * form's after the common ones; defaults and absent values left out). */
static inline void hvlink_vcpu_singleshot_timer_req_put(struct hvlink_buf *b, const struct hvlink_vcpu_singleshot_timer_req *v)
{
    hvlink_put_u32(b, 1, v->vcpu);
    hvlink_put_u64(b, 2, v->timeout_abs_ns);
    if (v->flags != (uint32_t)0x0ULL) {
        hvlink_put_u32(b, 3, v->flags);
    }
}

/* vcpu-info-req: every attribute absent, defaults filled. */
static inline void hvlink_vcpu_vcpu_info_req_init(struct hvlink_vcpu_vcpu_info_req *v)
{
    v->vcpu = (uint32_t)0x0ULL;
    v->has_vcpu = false;
    v->gfn = (uint64_t)0x0ULL;
    v->has_gfn = false;
    v->offset = (uint32_t)0x0ULL;
    v->has_offset = false;
}

/* Validate and decode vcpu-info-req (the Rust decoder's checks, order and errors). */
static inline int hvlink_vcpu_vcpu_info_req_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_vcpu_vcpu_info_req *out, struct hvlink_error *e)
{
    struct hvlink_walk w;
    struct hvlink_attr a;
    uint32_t count = 0;
    int r;
    uint64_t seen[2] = {0, 0};
    uint64_t v = 0;
    hvlink_vcpu_vcpu_info_req_init(out);
    hvlink_walk_init(&w, p, n, off);
    if (hvlink_walk_expect(&w, 0x00010008u, &a)) {
        count++;
        seen[0] |= 0x1ULL;
        r = hvlink__int(&a, 4, &v, e);
        if (r)
            return r;
        out->vcpu = (uint32_t)v;
        out->has_vcpu = true;
    }
    if (hvlink_walk_expect(&w, 0x0002000cu, &a)) {
        count++;
        seen[0] |= 0x2ULL;
        r = hvlink__int(&a, 8, &v, e);
        if (r)
            return r;
        out->gfn = (uint64_t)v;
        out->has_gfn = true;
    }
    if (hvlink_walk_expect(&w, 0x00030008u, &a)) {
        count++;
        seen[0] |= 0x4ULL;
        r = hvlink__int(&a, 4, &v, e);
        if (r)
            return r;
        out->offset = (uint32_t)v;
        out->has_offset = true;
    }
    while ((r = hvlink_walk_next(&w, &a, e)) == 1) {
        if (++count > 1024u)
            return hvlink__too_many(&a, e);
        switch (hvlink_attr_kind(&a)) {
        case 1: {
            if (seen[0] & 0x1ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x1ULL;
            r = hvlink__int(&a, 4, &v, e);
            if (r)
                return r;
            out->vcpu = (uint32_t)v;
            out->has_vcpu = true;
            break;
        }
        case 2: {
            if (seen[0] & 0x2ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x2ULL;
            r = hvlink__int(&a, 8, &v, e);
            if (r)
                return r;
            out->gfn = (uint64_t)v;
            out->has_gfn = true;
            break;
        }
        case 3: {
            if (seen[0] & 0x4ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x4ULL;
            r = hvlink__int(&a, 4, &v, e);
            if (r)
                return r;
            out->offset = (uint32_t)v;
            out->has_offset = true;
            break;
        }
        default:
            r = hvlink__unknown(&a, e);
            if (r)
                return r;
            break;
        }
    }
    if (r < 0)
        return r;
    if (!(seen[0] & 0x1ULL))
        return hvlink__missing(container, 1, e);
    if (!(seen[0] & 0x2ULL))
        return hvlink__missing(container, 2, e);
    if (!(seen[0] & 0x4ULL))
        return hvlink__missing(container, 3, e);
    return 0;
}

/* Write the attributes of vcpu-info-req as the Rust encoder does (the order of the spec, the chosen
 * form's after the common ones; defaults and absent values left out). */
static inline void hvlink_vcpu_vcpu_info_req_put(struct hvlink_buf *b, const struct hvlink_vcpu_vcpu_info_req *v)
{
    hvlink_put_u32(b, 1, v->vcpu);
    hvlink_put_u64(b, 2, v->gfn);
    hvlink_put_u32(b, 3, v->offset);
}

/* physid-reply: every attribute absent, defaults filled. */
static inline void hvlink_vcpu_physid_reply_init(struct hvlink_vcpu_physid_reply *v)
{
    v->phys_id = (uint64_t)0x0ULL;
    v->has_phys_id = false;
}

/* Validate and decode physid-reply (the Rust decoder's checks, order and errors). */
static inline int hvlink_vcpu_physid_reply_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_vcpu_physid_reply *out, struct hvlink_error *e)
{
    struct hvlink_walk w;
    struct hvlink_attr a;
    uint32_t count = 0;
    int r;
    uint64_t seen[2] = {0, 0};
    uint64_t v = 0;
    hvlink_vcpu_physid_reply_init(out);
    hvlink_walk_init(&w, p, n, off);
    if (hvlink_walk_expect(&w, 0x0001000cu, &a)) {
        count++;
        seen[0] |= 0x1ULL;
        r = hvlink__int(&a, 8, &v, e);
        if (r)
            return r;
        out->phys_id = (uint64_t)v;
        out->has_phys_id = true;
    }
    while ((r = hvlink_walk_next(&w, &a, e)) == 1) {
        if (++count > 1024u)
            return hvlink__too_many(&a, e);
        switch (hvlink_attr_kind(&a)) {
        case 1: {
            if (seen[0] & 0x1ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x1ULL;
            r = hvlink__int(&a, 8, &v, e);
            if (r)
                return r;
            out->phys_id = (uint64_t)v;
            out->has_phys_id = true;
            break;
        }
        default:
            r = hvlink__unknown(&a, e);
            if (r)
                return r;
            break;
        }
    }
    if (r < 0)
        return r;
    if (!(seen[0] & 0x1ULL))
        return hvlink__missing(container, 1, e);
    return 0;
}

/* Write the attributes of physid-reply as the Rust encoder does (the order of the spec, the chosen
 * form's after the common ones; defaults and absent values left out). */
static inline void hvlink_vcpu_physid_reply_put(struct hvlink_buf *b, const struct hvlink_vcpu_physid_reply *v)
{
    hvlink_put_u64(b, 1, v->phys_id);
}

/* A whole reply message of vcpu.initialise: header, family header, then the empty reply (msg may be NULL). */
static inline int hvlink_vcpu_initialise_reply_parse(const void *buf, size_t n, struct hvlink_msg *msg, struct hvlink_error *e)
{
    struct hvlink_msg local;
    struct hvlink_walk w;
    uint8_t cmd;
    int r;
    if (!msg)
        msg = &local;
    r = hvlink_msg_parse(buf, n, msg, e);
    if (r)
        return r;
    if (msg->type != 0x118u)
        return hvlink__fail(e, HVLINK_ERR_UNEXPECTED_TYPE, 4, 0, 0, "not a message of this family");
    r = hvlink_msg_genl(msg, &cmd, (uint8_t *)0, &w, e);
    if (r)
        return r;
    if (cmd != 0u)
        return hvlink__fail(e, HVLINK_ERR_UNEXPECTED_TYPE, 16, 0, 0, "a reply of another op");
    return hvlink_empty_parse(&w, e);
}

/* A whole reply message of vcpu.up: header, family header, then the empty reply (msg may be NULL). */
static inline int hvlink_vcpu_up_reply_parse(const void *buf, size_t n, struct hvlink_msg *msg, struct hvlink_error *e)
{
    struct hvlink_msg local;
    struct hvlink_walk w;
    uint8_t cmd;
    int r;
    if (!msg)
        msg = &local;
    r = hvlink_msg_parse(buf, n, msg, e);
    if (r)
        return r;
    if (msg->type != 0x118u)
        return hvlink__fail(e, HVLINK_ERR_UNEXPECTED_TYPE, 4, 0, 0, "not a message of this family");
    r = hvlink_msg_genl(msg, &cmd, (uint8_t *)0, &w, e);
    if (r)
        return r;
    if (cmd != 1u)
        return hvlink__fail(e, HVLINK_ERR_UNEXPECTED_TYPE, 16, 0, 0, "a reply of another op");
    return hvlink_empty_parse(&w, e);
}

/* A whole reply message of vcpu.down: header, family header, then the empty reply (msg may be NULL). */
static inline int hvlink_vcpu_down_reply_parse(const void *buf, size_t n, struct hvlink_msg *msg, struct hvlink_error *e)
{
    struct hvlink_msg local;
    struct hvlink_walk w;
    uint8_t cmd;
    int r;
    if (!msg)
        msg = &local;
    r = hvlink_msg_parse(buf, n, msg, e);
    if (r)
        return r;
    if (msg->type != 0x118u)
        return hvlink__fail(e, HVLINK_ERR_UNEXPECTED_TYPE, 4, 0, 0, "not a message of this family");
    r = hvlink_msg_genl(msg, &cmd, (uint8_t *)0, &w, e);
    if (r)
        return r;
    if (cmd != 2u)
        return hvlink__fail(e, HVLINK_ERR_UNEXPECTED_TYPE, 16, 0, 0, "a reply of another op");
    return hvlink_empty_parse(&w, e);
}

/* A whole reply message of vcpu.is_up: header, family header, then the is-up-reply (msg may be NULL). */
static inline int hvlink_vcpu_is_up_reply_parse(const void *buf, size_t n, struct hvlink_msg *msg, struct hvlink_vcpu_is_up_reply *out, struct hvlink_error *e)
{
    struct hvlink_msg local;
    struct hvlink_walk w;
    uint8_t cmd;
    int r;
    if (!msg)
        msg = &local;
    r = hvlink_msg_parse(buf, n, msg, e);
    if (r)
        return r;
    if (msg->type != 0x118u)
        return hvlink__fail(e, HVLINK_ERR_UNEXPECTED_TYPE, 4, 0, 0, "not a message of this family");
    r = hvlink_msg_genl(msg, &cmd, (uint8_t *)0, &w, e);
    if (r)
        return r;
    if (cmd != 3u)
        return hvlink__fail(e, HVLINK_ERR_UNEXPECTED_TYPE, 16, 0, 0, "a reply of another op");
    return hvlink_vcpu_is_up_reply_parse_at(w.p, w.left, w.offset, w.offset, out, e);
}

/* A whole reply message of vcpu.get_runstate_info: header, family header, then the runstate-reply (msg may be NULL). */
static inline int hvlink_vcpu_get_runstate_info_reply_parse(const void *buf, size_t n, struct hvlink_msg *msg, struct hvlink_vcpu_runstate_reply *out, struct hvlink_error *e)
{
    struct hvlink_msg local;
    struct hvlink_walk w;
    uint8_t cmd;
    int r;
    if (!msg)
        msg = &local;
    r = hvlink_msg_parse(buf, n, msg, e);
    if (r)
        return r;
    if (msg->type != 0x118u)
        return hvlink__fail(e, HVLINK_ERR_UNEXPECTED_TYPE, 4, 0, 0, "not a message of this family");
    r = hvlink_msg_genl(msg, &cmd, (uint8_t *)0, &w, e);
    if (r)
        return r;
    if (cmd != 4u)
        return hvlink__fail(e, HVLINK_ERR_UNEXPECTED_TYPE, 16, 0, 0, "a reply of another op");
    return hvlink_vcpu_runstate_reply_parse_at(w.p, w.left, w.offset, w.offset, out, e);
}

/* A whole reply message of vcpu.set_periodic_timer: header, family header, then the empty reply (msg may be NULL). */
static inline int hvlink_vcpu_set_periodic_timer_reply_parse(const void *buf, size_t n, struct hvlink_msg *msg, struct hvlink_error *e)
{
    struct hvlink_msg local;
    struct hvlink_walk w;
    uint8_t cmd;
    int r;
    if (!msg)
        msg = &local;
    r = hvlink_msg_parse(buf, n, msg, e);
    if (r)
        return r;
    if (msg->type != 0x118u)
        return hvlink__fail(e, HVLINK_ERR_UNEXPECTED_TYPE, 4, 0, 0, "not a message of this family");
    r = hvlink_msg_genl(msg, &cmd, (uint8_t *)0, &w, e);
    if (r)
        return r;
    if (cmd != 6u)
        return hvlink__fail(e, HVLINK_ERR_UNEXPECTED_TYPE, 16, 0, 0, "a reply of another op");
    return hvlink_empty_parse(&w, e);
}

/* A whole reply message of vcpu.stop_periodic_timer: header, family header, then the empty reply (msg may be NULL). */
static inline int hvlink_vcpu_stop_periodic_timer_reply_parse(const void *buf, size_t n, struct hvlink_msg *msg, struct hvlink_error *e)
{
    struct hvlink_msg local;
    struct hvlink_walk w;
    uint8_t cmd;
    int r;
    if (!msg)
        msg = &local;
    r = hvlink_msg_parse(buf, n, msg, e);
    if (r)
        return r;
    if (msg->type != 0x118u)
        return hvlink__fail(e, HVLINK_ERR_UNEXPECTED_TYPE, 4, 0, 0, "not a message of this family");
    r = hvlink_msg_genl(msg, &cmd, (uint8_t *)0, &w, e);
    if (r)
        return r;
    if (cmd != 7u)
        return hvlink__fail(e, HVLINK_ERR_UNEXPECTED_TYPE, 16, 0, 0, "a reply of another op");
    return hvlink_empty_parse(&w, e);
}

/* A whole reply message of vcpu.set_singleshot_timer: header, family header, then the empty reply (msg may be NULL). */
static inline int hvlink_vcpu_set_singleshot_timer_reply_parse(const void *buf, size_t n, struct hvlink_msg *msg, struct hvlink_error *e)
{
    struct hvlink_msg local;
    struct hvlink_walk w;
    uint8_t cmd;
    int r;
    if (!msg)
        msg = &local;
    r = hvlink_msg_parse(buf, n, msg, e);
    if (r)
        return r;
    if (msg->type != 0x118u)
        return hvlink__fail(e, HVLINK_ERR_UNEXPECTED_TYPE, 4, 0, 0, "not a message of this family");
    r = hvlink_msg_genl(msg, &cmd, (uint8_t *)0, &w, e);
    if (r)
        return r;
    if (cmd != 8u)
        return hvlink__fail(e, HVLINK_ERR_UNEXPECTED_TYPE, 16, 0, 0, "a reply of another op");
    return hvlink_empty_parse(&w, e);
}

/* A whole reply message of vcpu.stop_singleshot_timer: header, family header, then the empty reply (msg may be NULL). */
static inline int hvlink_vcpu_stop_singleshot_timer_reply_parse(const void *buf, size_t n, struct hvlink_msg *msg, struct hvlink_error *e)
{
    struct hvlink_msg local;
    struct hvlink_walk w;
    uint8_t cmd;
    int r;
    if (!msg)
        msg = &local;
    r = hvlink_msg_parse(buf, n, msg, e);
    if (r)
        return r;
    if (msg->type != 0x118u)
        return hvlink__fail(e, HVLINK_ERR_UNEXPECTED_TYPE, 4, 0, 0, "not a message of this family");
    r = hvlink_msg_genl(msg, &cmd, (uint8_t *)0, &w, e);
    if (r)
        return r;
    if (cmd != 9u)
        return hvlink__fail(e, HVLINK_ERR_UNEXPECTED_TYPE, 16, 0, 0, "a reply of another op");
    return hvlink_empty_parse(&w, e);
}

/* A whole reply message of vcpu.register_vcpu_info: header, family header, then the empty reply (msg may be NULL). */
static inline int hvlink_vcpu_register_vcpu_info_reply_parse(const void *buf, size_t n, struct hvlink_msg *msg, struct hvlink_error *e)
{
    struct hvlink_msg local;
    struct hvlink_walk w;
    uint8_t cmd;
    int r;
    if (!msg)
        msg = &local;
    r = hvlink_msg_parse(buf, n, msg, e);
    if (r)
        return r;
    if (msg->type != 0x118u)
        return hvlink__fail(e, HVLINK_ERR_UNEXPECTED_TYPE, 4, 0, 0, "not a message of this family");
    r = hvlink_msg_genl(msg, &cmd, (uint8_t *)0, &w, e);
    if (r)
        return r;
    if (cmd != 10u)
        return hvlink__fail(e, HVLINK_ERR_UNEXPECTED_TYPE, 16, 0, 0, "a reply of another op");
    return hvlink_empty_parse(&w, e);
}

/* A whole reply message of vcpu.send_nmi: header, family header, then the empty reply (msg may be NULL). */
static inline int hvlink_vcpu_send_nmi_reply_parse(const void *buf, size_t n, struct hvlink_msg *msg, struct hvlink_error *e)
{
    struct hvlink_msg local;
    struct hvlink_walk w;
    uint8_t cmd;
    int r;
    if (!msg)
        msg = &local;
    r = hvlink_msg_parse(buf, n, msg, e);
    if (r)
        return r;
    if (msg->type != 0x118u)
        return hvlink__fail(e, HVLINK_ERR_UNEXPECTED_TYPE, 4, 0, 0, "not a message of this family");
    r = hvlink_msg_genl(msg, &cmd, (uint8_t *)0, &w, e);
    if (r)
        return r;
    if (cmd != 11u)
        return hvlink__fail(e, HVLINK_ERR_UNEXPECTED_TYPE, 16, 0, 0, "a reply of another op");
    return hvlink_empty_parse(&w, e);
}

/* A whole reply message of vcpu.get_physid: header, family header, then the physid-reply (msg may be NULL). */
static inline int hvlink_vcpu_get_physid_reply_parse(const void *buf, size_t n, struct hvlink_msg *msg, struct hvlink_vcpu_physid_reply *out, struct hvlink_error *e)
{
    struct hvlink_msg local;
    struct hvlink_walk w;
    uint8_t cmd;
    int r;
    if (!msg)
        msg = &local;
    r = hvlink_msg_parse(buf, n, msg, e);
    if (r)
        return r;
    if (msg->type != 0x118u)
        return hvlink__fail(e, HVLINK_ERR_UNEXPECTED_TYPE, 4, 0, 0, "not a message of this family");
    r = hvlink_msg_genl(msg, &cmd, (uint8_t *)0, &w, e);
    if (r)
        return r;
    if (cmd != 12u)
        return hvlink__fail(e, HVLINK_ERR_UNEXPECTED_TYPE, 16, 0, 0, "a reply of another op");
    return hvlink_vcpu_physid_reply_parse_at(w.p, w.left, w.offset, w.offset, out, e);
}

/* A whole reply message of vcpu.register_runstate_phys_area: header, family header, then the empty reply (msg may be NULL). */
static inline int hvlink_vcpu_register_runstate_phys_area_reply_parse(const void *buf, size_t n, struct hvlink_msg *msg, struct hvlink_error *e)
{
    struct hvlink_msg local;
    struct hvlink_walk w;
    uint8_t cmd;
    int r;
    if (!msg)
        msg = &local;
    r = hvlink_msg_parse(buf, n, msg, e);
    if (r)
        return r;
    if (msg->type != 0x118u)
        return hvlink__fail(e, HVLINK_ERR_UNEXPECTED_TYPE, 4, 0, 0, "not a message of this family");
    r = hvlink_msg_genl(msg, &cmd, (uint8_t *)0, &w, e);
    if (r)
        return r;
    if (cmd != 14u)
        return hvlink__fail(e, HVLINK_ERR_UNEXPECTED_TYPE, 16, 0, 0, "a reply of another op");
    return hvlink_empty_parse(&w, e);
}

/* A whole reply message of vcpu.register_vcpu_time_phys_area: header, family header, then the empty reply (msg may be NULL). */
static inline int hvlink_vcpu_register_vcpu_time_phys_area_reply_parse(const void *buf, size_t n, struct hvlink_msg *msg, struct hvlink_error *e)
{
    struct hvlink_msg local;
    struct hvlink_walk w;
    uint8_t cmd;
    int r;
    if (!msg)
        msg = &local;
    r = hvlink_msg_parse(buf, n, msg, e);
    if (r)
        return r;
    if (msg->type != 0x118u)
        return hvlink__fail(e, HVLINK_ERR_UNEXPECTED_TYPE, 4, 0, 0, "not a message of this family");
    r = hvlink_msg_genl(msg, &cmd, (uint8_t *)0, &w, e);
    if (r)
        return r;
    if (cmd != 15u)
        return hvlink__fail(e, HVLINK_ERR_UNEXPECTED_TYPE, 16, 0, 0, "a reply of another op");
    return hvlink_empty_parse(&w, e);
}

/* ==========================================================================================
 * Family sched
 * ======================================================================================= */

/* shutdown-req: Request of shutdown and shutdown_code. */
struct hvlink_sched_shutdown_req {
    uint32_t reason; /* Shutdown reason. */
    bool has_reason;
};

/* poll-req: Request of poll. */
struct hvlink_sched_poll_req {
    uint64_t timeout; /* Absolute system time (ns) after which the poll completes anyway; 0 waits forever. */
    bool has_timeout;
    struct hvlink_list port; /* Event channel port to wait on (a register call carries exactly one). (up to 128) */
};

/* remote-shutdown-req: Request of remote_shutdown. */
struct hvlink_sched_remote_shutdown_req {
    uint16_t dom; /* Domain to shut down. */
    bool has_dom;
    uint32_t reason; /* Shutdown reason. */
    bool has_reason;
};

/* watchdog-req: Request of watchdog. */
struct hvlink_sched_watchdog_req {
    uint32_t id; /* Watchdog id; 0 creates a new watchdog. */
    bool has_id;
    uint32_t timeout; /* Seconds until the domain is shut down; 0 with a non-zero id destroys the watchdog. */
    bool has_timeout;
};

/* watchdog-reply: Reply of watchdog. */
struct hvlink_sched_watchdog_reply {
    uint32_t id; /* Id of the watchdog created (only when the request's id was 0). */
    bool has_id;
};

/* pin-override-req: Request of pin_override. */
struct hvlink_sched_pin_override_req {
    int32_t pcpu; /* Physical CPU to pin the calling vCPU to; negative undoes the override. */
    bool has_pcpu;
};

static inline int hvlink_sched_shutdown_req_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_sched_shutdown_req *out, struct hvlink_error *e);
static inline int hvlink_sched_poll_req_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_sched_poll_req *out, struct hvlink_error *e);
static inline int hvlink_sched_remote_shutdown_req_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_sched_remote_shutdown_req *out, struct hvlink_error *e);
static inline int hvlink_sched_watchdog_req_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_sched_watchdog_req *out, struct hvlink_error *e);
static inline int hvlink_sched_watchdog_reply_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_sched_watchdog_reply *out, struct hvlink_error *e);
static inline int hvlink_sched_pin_override_req_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_sched_pin_override_req *out, struct hvlink_error *e);

/* shutdown-req: every attribute absent, defaults filled. */
static inline void hvlink_sched_shutdown_req_init(struct hvlink_sched_shutdown_req *v)
{
    v->reason = (uint32_t)0x0ULL;
    v->has_reason = false;
}

/* Validate and decode shutdown-req (the Rust decoder's checks, order and errors). */
static inline int hvlink_sched_shutdown_req_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_sched_shutdown_req *out, struct hvlink_error *e)
{
    struct hvlink_walk w;
    struct hvlink_attr a;
    uint32_t count = 0;
    int r;
    uint64_t seen[2] = {0, 0};
    uint64_t v = 0;
    hvlink_sched_shutdown_req_init(out);
    hvlink_walk_init(&w, p, n, off);
    if (hvlink_walk_expect(&w, 0x00010008u, &a)) {
        count++;
        seen[0] |= 0x1ULL;
        r = hvlink__int(&a, 4, &v, e);
        if (r)
            return r;
        if (!(v == 0x0ULL || v == 0x1ULL || v == 0x2ULL || v == 0x3ULL || v == 0x4ULL || v == 0x5ULL))
            return hvlink__not_member(&a, e);
        out->reason = (uint32_t)v;
        out->has_reason = true;
    }
    while ((r = hvlink_walk_next(&w, &a, e)) == 1) {
        if (++count > 1024u)
            return hvlink__too_many(&a, e);
        switch (hvlink_attr_kind(&a)) {
        case 1: {
            if (seen[0] & 0x1ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x1ULL;
            r = hvlink__int(&a, 4, &v, e);
            if (r)
                return r;
            if (!(v == 0x0ULL || v == 0x1ULL || v == 0x2ULL || v == 0x3ULL || v == 0x4ULL || v == 0x5ULL))
                return hvlink__not_member(&a, e);
            out->reason = (uint32_t)v;
            out->has_reason = true;
            break;
        }
        default:
            r = hvlink__unknown(&a, e);
            if (r)
                return r;
            break;
        }
    }
    if (r < 0)
        return r;
    if (!(seen[0] & 0x1ULL))
        return hvlink__missing(container, 1, e);
    return 0;
}

/* Write the attributes of shutdown-req as the Rust encoder does (the order of the spec, the chosen
 * form's after the common ones; defaults and absent values left out). */
static inline void hvlink_sched_shutdown_req_put(struct hvlink_buf *b, const struct hvlink_sched_shutdown_req *v)
{
    hvlink_put_u32(b, 1, v->reason);
}

/* poll-req: every attribute absent, defaults filled. */
static inline void hvlink_sched_poll_req_init(struct hvlink_sched_poll_req *v)
{
    v->timeout = (uint64_t)0x0ULL;
    v->has_timeout = false;
    v->port.wire = (const uint8_t *)0;
    v->port.items = (const void *)0;
    v->port.wire_len = 0;
    v->port.wire_offset = 0;
    v->port.count = 0;
    v->port.kind = 2;
}

/* Validate and decode poll-req (the Rust decoder's checks, order and errors). */
static inline int hvlink_sched_poll_req_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_sched_poll_req *out, struct hvlink_error *e)
{
    struct hvlink_walk w;
    struct hvlink_attr a;
    uint32_t count = 0;
    int r;
    uint64_t seen[2] = {0, 0};
    uint64_t v = 0;
    hvlink_sched_poll_req_init(out);
    out->port.wire = p;
    out->port.wire_len = (uint32_t)n;
    out->port.wire_offset = off;
    hvlink_walk_init(&w, p, n, off);
    if (hvlink_walk_expect(&w, 0x0001000cu, &a)) {
        count++;
        seen[0] |= 0x1ULL;
        r = hvlink__int(&a, 8, &v, e);
        if (r)
            return r;
        out->timeout = (uint64_t)v;
        out->has_timeout = true;
    }
    while ((r = hvlink_walk_next(&w, &a, e)) == 1) {
        if (++count > 1024u)
            return hvlink__too_many(&a, e);
        switch (hvlink_attr_kind(&a)) {
        case 1: {
            if (seen[0] & 0x1ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x1ULL;
            r = hvlink__int(&a, 8, &v, e);
            if (r)
                return r;
            out->timeout = (uint64_t)v;
            out->has_timeout = true;
            break;
        }
        case 2: {
            seen[0] |= 0x2ULL;
            if (out->port.count >= 128u)
                return hvlink__too_many(&a, e);
            r = hvlink__int(&a, 4, &v, e);
            if (r)
                return r;
            out->port.count++;
            break;
        }
        default:
            r = hvlink__unknown(&a, e);
            if (r)
                return r;
            break;
        }
    }
    if (r < 0)
        return r;
    if (!(seen[0] & 0x2ULL))
        return hvlink__missing(container, 2, e);
    return 0;
}

/* The next element of poll-req.port from a parsed list (1, or 0 at the end). */
static inline int hvlink_sched_poll_req_port_next(struct hvlink_list_iter *it, uint32_t *out)
{
    struct hvlink_attr a;
    if (!hvlink_list_next_attr(it, &a))
        return 0;
    if (a.len != 4u) {
        it->left = 0;
        return 0;
    }
    *out = (uint32_t)hvlink__ld32(a.payload);
    return 1;
}

/* Write the attributes of poll-req as the Rust encoder does (the order of the spec, the chosen
 * form's after the common ones; defaults and absent values left out). */
static inline void hvlink_sched_poll_req_put(struct hvlink_buf *b, const struct hvlink_sched_poll_req *v)
{
    if (v->timeout != (uint64_t)0x0ULL) {
        hvlink_put_u64(b, 1, v->timeout);
    }
    if (v->port.items) {
        uint32_t i;
        for (i = 0; i < v->port.count; i++) {
            uint32_t x = ((uint32_t const *)v->port.items)[i];
            hvlink_put_u32(b, 2, x);
        }
    } else {
        struct hvlink_list_iter it;
        uint32_t x;
        hvlink_list_iter_init(&it, &v->port);
        while (hvlink_sched_poll_req_port_next(&it, &x))
            hvlink_put_u32(b, 2, x);
    }
}

/* remote-shutdown-req: every attribute absent, defaults filled. */
static inline void hvlink_sched_remote_shutdown_req_init(struct hvlink_sched_remote_shutdown_req *v)
{
    v->dom = (uint16_t)0x0ULL;
    v->has_dom = false;
    v->reason = (uint32_t)0x0ULL;
    v->has_reason = false;
}

/* Validate and decode remote-shutdown-req (the Rust decoder's checks, order and errors). */
static inline int hvlink_sched_remote_shutdown_req_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_sched_remote_shutdown_req *out, struct hvlink_error *e)
{
    struct hvlink_walk w;
    struct hvlink_attr a;
    uint32_t count = 0;
    int r;
    uint64_t seen[2] = {0, 0};
    uint64_t v = 0;
    hvlink_sched_remote_shutdown_req_init(out);
    hvlink_walk_init(&w, p, n, off);
    if (hvlink_walk_expect(&w, 0x00010006u, &a)) {
        count++;
        seen[0] |= 0x1ULL;
        r = hvlink__int(&a, 2, &v, e);
        if (r)
            return r;
        out->dom = (uint16_t)v;
        out->has_dom = true;
    }
    if (hvlink_walk_expect(&w, 0x00020008u, &a)) {
        count++;
        seen[0] |= 0x2ULL;
        r = hvlink__int(&a, 4, &v, e);
        if (r)
            return r;
        if (!(v == 0x0ULL || v == 0x1ULL || v == 0x2ULL || v == 0x3ULL || v == 0x4ULL || v == 0x5ULL))
            return hvlink__not_member(&a, e);
        out->reason = (uint32_t)v;
        out->has_reason = true;
    }
    while ((r = hvlink_walk_next(&w, &a, e)) == 1) {
        if (++count > 1024u)
            return hvlink__too_many(&a, e);
        switch (hvlink_attr_kind(&a)) {
        case 1: {
            if (seen[0] & 0x1ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x1ULL;
            r = hvlink__int(&a, 2, &v, e);
            if (r)
                return r;
            out->dom = (uint16_t)v;
            out->has_dom = true;
            break;
        }
        case 2: {
            if (seen[0] & 0x2ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x2ULL;
            r = hvlink__int(&a, 4, &v, e);
            if (r)
                return r;
            if (!(v == 0x0ULL || v == 0x1ULL || v == 0x2ULL || v == 0x3ULL || v == 0x4ULL || v == 0x5ULL))
                return hvlink__not_member(&a, e);
            out->reason = (uint32_t)v;
            out->has_reason = true;
            break;
        }
        default:
            r = hvlink__unknown(&a, e);
            if (r)
                return r;
            break;
        }
    }
    if (r < 0)
        return r;
    if (!(seen[0] & 0x1ULL))
        return hvlink__missing(container, 1, e);
    if (!(seen[0] & 0x2ULL))
        return hvlink__missing(container, 2, e);
    return 0;
}

/* Write the attributes of remote-shutdown-req as the Rust encoder does (the order of the spec, the chosen
 * form's after the common ones; defaults and absent values left out). */
static inline void hvlink_sched_remote_shutdown_req_put(struct hvlink_buf *b, const struct hvlink_sched_remote_shutdown_req *v)
{
    hvlink_put_u16(b, 1, v->dom);
    hvlink_put_u32(b, 2, v->reason);
}

/* watchdog-req: every attribute absent, defaults filled. */
static inline void hvlink_sched_watchdog_req_init(struct hvlink_sched_watchdog_req *v)
{
    v->id = (uint32_t)0x0ULL;
    v->has_id = false;
    v->timeout = (uint32_t)0x0ULL;
    v->has_timeout = false;
}

/* Validate and decode watchdog-req (the Rust decoder's checks, order and errors). */
static inline int hvlink_sched_watchdog_req_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_sched_watchdog_req *out, struct hvlink_error *e)
{
    struct hvlink_walk w;
    struct hvlink_attr a;
    uint32_t count = 0;
    int r;
    uint64_t seen[2] = {0, 0};
    uint64_t v = 0;
    hvlink_sched_watchdog_req_init(out);
    hvlink_walk_init(&w, p, n, off);
    if (hvlink_walk_expect(&w, 0x00010008u, &a)) {
        count++;
        seen[0] |= 0x1ULL;
        r = hvlink__int(&a, 4, &v, e);
        if (r)
            return r;
        out->id = (uint32_t)v;
        out->has_id = true;
    }
    if (hvlink_walk_expect(&w, 0x00020008u, &a)) {
        count++;
        seen[0] |= 0x2ULL;
        r = hvlink__int(&a, 4, &v, e);
        if (r)
            return r;
        out->timeout = (uint32_t)v;
        out->has_timeout = true;
    }
    while ((r = hvlink_walk_next(&w, &a, e)) == 1) {
        if (++count > 1024u)
            return hvlink__too_many(&a, e);
        switch (hvlink_attr_kind(&a)) {
        case 1: {
            if (seen[0] & 0x1ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x1ULL;
            r = hvlink__int(&a, 4, &v, e);
            if (r)
                return r;
            out->id = (uint32_t)v;
            out->has_id = true;
            break;
        }
        case 2: {
            if (seen[0] & 0x2ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x2ULL;
            r = hvlink__int(&a, 4, &v, e);
            if (r)
                return r;
            out->timeout = (uint32_t)v;
            out->has_timeout = true;
            break;
        }
        default:
            r = hvlink__unknown(&a, e);
            if (r)
                return r;
            break;
        }
    }
    if (r < 0)
        return r;
    if (!(seen[0] & 0x1ULL))
        return hvlink__missing(container, 1, e);
    if (!(seen[0] & 0x2ULL))
        return hvlink__missing(container, 2, e);
    return 0;
}

/* Write the attributes of watchdog-req as the Rust encoder does (the order of the spec, the chosen
 * form's after the common ones; defaults and absent values left out). */
static inline void hvlink_sched_watchdog_req_put(struct hvlink_buf *b, const struct hvlink_sched_watchdog_req *v)
{
    hvlink_put_u32(b, 1, v->id);
    hvlink_put_u32(b, 2, v->timeout);
}

/* watchdog-reply: every attribute absent, defaults filled. */
static inline void hvlink_sched_watchdog_reply_init(struct hvlink_sched_watchdog_reply *v)
{
    v->id = (uint32_t)0x0ULL;
    v->has_id = false;
}

/* Validate and decode watchdog-reply (the Rust decoder's checks, order and errors). */
static inline int hvlink_sched_watchdog_reply_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_sched_watchdog_reply *out, struct hvlink_error *e)
{
    struct hvlink_walk w;
    struct hvlink_attr a;
    uint32_t count = 0;
    int r;
    uint64_t seen[2] = {0, 0};
    uint64_t v = 0;
    (void)container;
    hvlink_sched_watchdog_reply_init(out);
    hvlink_walk_init(&w, p, n, off);
    if (hvlink_walk_expect(&w, 0x00010008u, &a)) {
        count++;
        seen[0] |= 0x1ULL;
        r = hvlink__int(&a, 4, &v, e);
        if (r)
            return r;
        out->id = (uint32_t)v;
        out->has_id = true;
    }
    while ((r = hvlink_walk_next(&w, &a, e)) == 1) {
        if (++count > 1024u)
            return hvlink__too_many(&a, e);
        switch (hvlink_attr_kind(&a)) {
        case 1: {
            if (seen[0] & 0x1ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x1ULL;
            r = hvlink__int(&a, 4, &v, e);
            if (r)
                return r;
            out->id = (uint32_t)v;
            out->has_id = true;
            break;
        }
        default:
            r = hvlink__unknown(&a, e);
            if (r)
                return r;
            break;
        }
    }
    if (r < 0)
        return r;
    return 0;
}

/* Write the attributes of watchdog-reply as the Rust encoder does (the order of the spec, the chosen
 * form's after the common ones; defaults and absent values left out). */
static inline void hvlink_sched_watchdog_reply_put(struct hvlink_buf *b, const struct hvlink_sched_watchdog_reply *v)
{
    if (v->has_id) {
        hvlink_put_u32(b, 1, v->id);
    }
}

/* pin-override-req: every attribute absent, defaults filled. */
static inline void hvlink_sched_pin_override_req_init(struct hvlink_sched_pin_override_req *v)
{
    v->pcpu = (int32_t)(0LL);
    v->has_pcpu = false;
}

/* Validate and decode pin-override-req (the Rust decoder's checks, order and errors). */
static inline int hvlink_sched_pin_override_req_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_sched_pin_override_req *out, struct hvlink_error *e)
{
    struct hvlink_walk w;
    struct hvlink_attr a;
    uint32_t count = 0;
    int r;
    uint64_t seen[2] = {0, 0};
    uint64_t v = 0;
    hvlink_sched_pin_override_req_init(out);
    hvlink_walk_init(&w, p, n, off);
    if (hvlink_walk_expect(&w, 0x00010008u, &a)) {
        count++;
        seen[0] |= 0x1ULL;
        r = hvlink__int(&a, 4, &v, e);
        if (r)
            return r;
        out->pcpu = (int32_t)v;
        out->has_pcpu = true;
    }
    while ((r = hvlink_walk_next(&w, &a, e)) == 1) {
        if (++count > 1024u)
            return hvlink__too_many(&a, e);
        switch (hvlink_attr_kind(&a)) {
        case 1: {
            if (seen[0] & 0x1ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x1ULL;
            r = hvlink__int(&a, 4, &v, e);
            if (r)
                return r;
            out->pcpu = (int32_t)v;
            out->has_pcpu = true;
            break;
        }
        default:
            r = hvlink__unknown(&a, e);
            if (r)
                return r;
            break;
        }
    }
    if (r < 0)
        return r;
    if (!(seen[0] & 0x1ULL))
        return hvlink__missing(container, 1, e);
    return 0;
}

/* Write the attributes of pin-override-req as the Rust encoder does (the order of the spec, the chosen
 * form's after the common ones; defaults and absent values left out). */
static inline void hvlink_sched_pin_override_req_put(struct hvlink_buf *b, const struct hvlink_sched_pin_override_req *v)
{
    hvlink_put_s32(b, 1, v->pcpu);
}

/* A whole reply message of sched.yield: header, family header, then the empty reply (msg may be NULL). */
static inline int hvlink_sched_yield_reply_parse(const void *buf, size_t n, struct hvlink_msg *msg, struct hvlink_error *e)
{
    struct hvlink_msg local;
    struct hvlink_walk w;
    uint8_t cmd;
    int r;
    if (!msg)
        msg = &local;
    r = hvlink_msg_parse(buf, n, msg, e);
    if (r)
        return r;
    if (msg->type != 0x11du)
        return hvlink__fail(e, HVLINK_ERR_UNEXPECTED_TYPE, 4, 0, 0, "not a message of this family");
    r = hvlink_msg_genl(msg, &cmd, (uint8_t *)0, &w, e);
    if (r)
        return r;
    if (cmd != 0u)
        return hvlink__fail(e, HVLINK_ERR_UNEXPECTED_TYPE, 16, 0, 0, "a reply of another op");
    return hvlink_empty_parse(&w, e);
}

/* A whole reply message of sched.block: header, family header, then the empty reply (msg may be NULL). */
static inline int hvlink_sched_block_reply_parse(const void *buf, size_t n, struct hvlink_msg *msg, struct hvlink_error *e)
{
    struct hvlink_msg local;
    struct hvlink_walk w;
    uint8_t cmd;
    int r;
    if (!msg)
        msg = &local;
    r = hvlink_msg_parse(buf, n, msg, e);
    if (r)
        return r;
    if (msg->type != 0x11du)
        return hvlink__fail(e, HVLINK_ERR_UNEXPECTED_TYPE, 4, 0, 0, "not a message of this family");
    r = hvlink_msg_genl(msg, &cmd, (uint8_t *)0, &w, e);
    if (r)
        return r;
    if (cmd != 1u)
        return hvlink__fail(e, HVLINK_ERR_UNEXPECTED_TYPE, 16, 0, 0, "a reply of another op");
    return hvlink_empty_parse(&w, e);
}

/* A whole reply message of sched.shutdown: header, family header, then the empty reply (msg may be NULL). */
static inline int hvlink_sched_shutdown_reply_parse(const void *buf, size_t n, struct hvlink_msg *msg, struct hvlink_error *e)
{
    struct hvlink_msg local;
    struct hvlink_walk w;
    uint8_t cmd;
    int r;
    if (!msg)
        msg = &local;
    r = hvlink_msg_parse(buf, n, msg, e);
    if (r)
        return r;
    if (msg->type != 0x11du)
        return hvlink__fail(e, HVLINK_ERR_UNEXPECTED_TYPE, 4, 0, 0, "not a message of this family");
    r = hvlink_msg_genl(msg, &cmd, (uint8_t *)0, &w, e);
    if (r)
        return r;
    if (cmd != 2u)
        return hvlink__fail(e, HVLINK_ERR_UNEXPECTED_TYPE, 16, 0, 0, "a reply of another op");
    return hvlink_empty_parse(&w, e);
}

/* A whole reply message of sched.poll: header, family header, then the empty reply (msg may be NULL). */
static inline int hvlink_sched_poll_reply_parse(const void *buf, size_t n, struct hvlink_msg *msg, struct hvlink_error *e)
{
    struct hvlink_msg local;
    struct hvlink_walk w;
    uint8_t cmd;
    int r;
    if (!msg)
        msg = &local;
    r = hvlink_msg_parse(buf, n, msg, e);
    if (r)
        return r;
    if (msg->type != 0x11du)
        return hvlink__fail(e, HVLINK_ERR_UNEXPECTED_TYPE, 4, 0, 0, "not a message of this family");
    r = hvlink_msg_genl(msg, &cmd, (uint8_t *)0, &w, e);
    if (r)
        return r;
    if (cmd != 3u)
        return hvlink__fail(e, HVLINK_ERR_UNEXPECTED_TYPE, 16, 0, 0, "a reply of another op");
    return hvlink_empty_parse(&w, e);
}

/* A whole reply message of sched.remote_shutdown: header, family header, then the empty reply (msg may be NULL). */
static inline int hvlink_sched_remote_shutdown_reply_parse(const void *buf, size_t n, struct hvlink_msg *msg, struct hvlink_error *e)
{
    struct hvlink_msg local;
    struct hvlink_walk w;
    uint8_t cmd;
    int r;
    if (!msg)
        msg = &local;
    r = hvlink_msg_parse(buf, n, msg, e);
    if (r)
        return r;
    if (msg->type != 0x11du)
        return hvlink__fail(e, HVLINK_ERR_UNEXPECTED_TYPE, 4, 0, 0, "not a message of this family");
    r = hvlink_msg_genl(msg, &cmd, (uint8_t *)0, &w, e);
    if (r)
        return r;
    if (cmd != 4u)
        return hvlink__fail(e, HVLINK_ERR_UNEXPECTED_TYPE, 16, 0, 0, "a reply of another op");
    return hvlink_empty_parse(&w, e);
}

/* A whole reply message of sched.shutdown_code: header, family header, then the empty reply (msg may be NULL). */
static inline int hvlink_sched_shutdown_code_reply_parse(const void *buf, size_t n, struct hvlink_msg *msg, struct hvlink_error *e)
{
    struct hvlink_msg local;
    struct hvlink_walk w;
    uint8_t cmd;
    int r;
    if (!msg)
        msg = &local;
    r = hvlink_msg_parse(buf, n, msg, e);
    if (r)
        return r;
    if (msg->type != 0x11du)
        return hvlink__fail(e, HVLINK_ERR_UNEXPECTED_TYPE, 4, 0, 0, "not a message of this family");
    r = hvlink_msg_genl(msg, &cmd, (uint8_t *)0, &w, e);
    if (r)
        return r;
    if (cmd != 5u)
        return hvlink__fail(e, HVLINK_ERR_UNEXPECTED_TYPE, 16, 0, 0, "a reply of another op");
    return hvlink_empty_parse(&w, e);
}

/* A whole reply message of sched.watchdog: header, family header, then the watchdog-reply (msg may be NULL). */
static inline int hvlink_sched_watchdog_reply_parse(const void *buf, size_t n, struct hvlink_msg *msg, struct hvlink_sched_watchdog_reply *out, struct hvlink_error *e)
{
    struct hvlink_msg local;
    struct hvlink_walk w;
    uint8_t cmd;
    int r;
    if (!msg)
        msg = &local;
    r = hvlink_msg_parse(buf, n, msg, e);
    if (r)
        return r;
    if (msg->type != 0x11du)
        return hvlink__fail(e, HVLINK_ERR_UNEXPECTED_TYPE, 4, 0, 0, "not a message of this family");
    r = hvlink_msg_genl(msg, &cmd, (uint8_t *)0, &w, e);
    if (r)
        return r;
    if (cmd != 6u)
        return hvlink__fail(e, HVLINK_ERR_UNEXPECTED_TYPE, 16, 0, 0, "a reply of another op");
    return hvlink_sched_watchdog_reply_parse_at(w.p, w.left, w.offset, w.offset, out, e);
}

/* A whole reply message of sched.pin_override: header, family header, then the empty reply (msg may be NULL). */
static inline int hvlink_sched_pin_override_reply_parse(const void *buf, size_t n, struct hvlink_msg *msg, struct hvlink_error *e)
{
    struct hvlink_msg local;
    struct hvlink_walk w;
    uint8_t cmd;
    int r;
    if (!msg)
        msg = &local;
    r = hvlink_msg_parse(buf, n, msg, e);
    if (r)
        return r;
    if (msg->type != 0x11du)
        return hvlink__fail(e, HVLINK_ERR_UNEXPECTED_TYPE, 4, 0, 0, "not a message of this family");
    r = hvlink_msg_genl(msg, &cmd, (uint8_t *)0, &w, e);
    if (r)
        return r;
    if (cmd != 7u)
        return hvlink__fail(e, HVLINK_ERR_UNEXPECTED_TYPE, 16, 0, 0, "a reply of another op");
    return hvlink_empty_parse(&w, e);
}

/* ==========================================================================================
 * Family event_channel
 * ======================================================================================= */

/* alloc-unbound-req: Request of alloc_unbound. */
struct hvlink_event_channel_alloc_unbound_req {
    uint16_t dom; /* Domain in which to allocate the port; DOMID_SELF (0x7FF0) for the caller. */
    bool has_dom;
    uint16_t remote_dom; /* Domain allowed to bind to the new port; may be DOMID_SELF for loopback. */
    bool has_remote_dom;
};

/* port-reply: Reply of the ops that allocate a port. */
struct hvlink_event_channel_port_reply {
    uint32_t port; /* The newly allocated local port. */
    bool has_port;
};

/* bind-interdomain-req: Request of bind_interdomain. */
struct hvlink_event_channel_bind_interdomain_req {
    uint16_t remote_dom; /* Domain owning the unbound port to connect to (DOMID_SELF for loopback). */
    bool has_remote_dom;
    uint32_t remote_port; /* Unbound port in remote-dom that accepts bindings from the caller. */
    bool has_remote_port;
};

/* bind-interdomain-reply: Reply of bind_interdomain. */
struct hvlink_event_channel_bind_interdomain_reply {
    uint32_t local_port; /* The newly allocated local port, connected to the remote one. */
    bool has_local_port;
};

/* bind-virq-req: Request of bind_virq. */
struct hvlink_event_channel_bind_virq_req {
    uint32_t virq; /* Virtual IRQ to bind. */
    bool has_virq;
    uint32_t vcpu; /* vCPU to notify; global VIRQs must be bound on vCPU 0. */
    bool has_vcpu;
};

/* bind-ipi-req: Request of bind_ipi. */
struct hvlink_event_channel_bind_ipi_req {
    uint32_t vcpu; /* vCPU that receives the IPI; the binding cannot change later. */
    bool has_vcpu;
};

/* bind-pirq-req: Request of bind_pirq. */
struct hvlink_event_channel_bind_pirq_req {
    uint32_t pirq; /* Physical IRQ to bind (the domain must have been granted it). */
    bool has_pirq;
    uint32_t flags; /* Binding flags. */
    bool has_flags;
};

/* port-req: Request naming one local port. */
struct hvlink_event_channel_port_req {
    uint32_t port; /* Local port. */
    bool has_port;
};

/* status-req: Request of status. */
struct hvlink_event_channel_status_req {
    uint16_t dom; /* Domain owning the port; DOMID_SELF (0x7FF0) for the caller. */
    bool has_dom;
    uint32_t port; /* Port to query. */
    bool has_port;
};

/* status-reply: Reply of status; the binding attributes present depend on status (no unions). */
struct hvlink_event_channel_status_reply {
    uint32_t status; /* State of the port. */
    bool has_status;
    uint32_t vcpu; /* vCPU the port notifies. */
    bool has_vcpu;
    uint16_t remote_dom; /* Peer domain (unbound - allowed to bind; interdomain - connected). */
    bool has_remote_dom;
    uint32_t remote_port; /* Port in remote-dom this port is connected to. */
    bool has_remote_port;
    uint32_t pirq; /* Physical IRQ the port is bound to. */
    bool has_pirq;
    uint32_t virq; /* Virtual IRQ the port is bound to. */
    bool has_virq;
};

/* bind-vcpu-req: Request of bind_vcpu. */
struct hvlink_event_channel_bind_vcpu_req {
    uint32_t vcpu; /* vCPU that the port will notify from now on. */
    bool has_vcpu;
    uint32_t port; /* Local port to re-target (not IPI or per-vCPU VIRQ ports). */
    bool has_port;
};

/* reset-req: Request of reset. */
struct hvlink_event_channel_reset_req {
    uint16_t dom; /* Domain whose ports are all closed; DOMID_SELF (0x7FF0) for the caller. */
    bool has_dom;
};

/* init-control-req: Request of init_control (FIFO event channel ABI). */
struct hvlink_event_channel_init_control_req {
    uint64_t control_gfn; /* Guest frame holding the vCPU's FIFO control block. */
    bool has_control_gfn;
    uint32_t offset; /* Byte offset of the control block inside that frame. */
    bool has_offset;
    uint32_t vcpu; /* vCPU the control block belongs to. */
    bool has_vcpu;
};

/* init-control-reply: Reply of init_control. */
struct hvlink_event_channel_init_control_reply {
    uint8_t link_bits; /* Number of bits of the FIFO link field (bounds the highest port). */
    bool has_link_bits;
};

/* expand-array-req: Request of expand_array. */
struct hvlink_event_channel_expand_array_req {
    uint64_t array_gfn; /* Guest frame to add to the FIFO event array. */
    bool has_array_gfn;
};

/* set-priority-req: Request of set_priority. */
struct hvlink_event_channel_set_priority_req {
    uint32_t port; /* Local port. */
    bool has_port;
    uint32_t priority; /* FIFO priority, 0 highest to 15 lowest (Xen's default is 7). */
    bool has_priority;
};

static inline int hvlink_event_channel_alloc_unbound_req_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_event_channel_alloc_unbound_req *out, struct hvlink_error *e);
static inline int hvlink_event_channel_port_reply_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_event_channel_port_reply *out, struct hvlink_error *e);
static inline int hvlink_event_channel_bind_interdomain_req_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_event_channel_bind_interdomain_req *out, struct hvlink_error *e);
static inline int hvlink_event_channel_bind_interdomain_reply_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_event_channel_bind_interdomain_reply *out, struct hvlink_error *e);
static inline int hvlink_event_channel_bind_virq_req_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_event_channel_bind_virq_req *out, struct hvlink_error *e);
static inline int hvlink_event_channel_bind_ipi_req_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_event_channel_bind_ipi_req *out, struct hvlink_error *e);
static inline int hvlink_event_channel_bind_pirq_req_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_event_channel_bind_pirq_req *out, struct hvlink_error *e);
static inline int hvlink_event_channel_port_req_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_event_channel_port_req *out, struct hvlink_error *e);
static inline int hvlink_event_channel_status_req_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_event_channel_status_req *out, struct hvlink_error *e);
static inline int hvlink_event_channel_status_reply_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_event_channel_status_reply *out, struct hvlink_error *e);
static inline int hvlink_event_channel_bind_vcpu_req_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_event_channel_bind_vcpu_req *out, struct hvlink_error *e);
static inline int hvlink_event_channel_reset_req_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_event_channel_reset_req *out, struct hvlink_error *e);
static inline int hvlink_event_channel_init_control_req_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_event_channel_init_control_req *out, struct hvlink_error *e);
static inline int hvlink_event_channel_init_control_reply_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_event_channel_init_control_reply *out, struct hvlink_error *e);
static inline int hvlink_event_channel_expand_array_req_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_event_channel_expand_array_req *out, struct hvlink_error *e);
static inline int hvlink_event_channel_set_priority_req_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_event_channel_set_priority_req *out, struct hvlink_error *e);

/* alloc-unbound-req: every attribute absent, defaults filled. */
static inline void hvlink_event_channel_alloc_unbound_req_init(struct hvlink_event_channel_alloc_unbound_req *v)
{
    v->dom = (uint16_t)0x7ff0ULL;
    v->has_dom = false;
    v->remote_dom = (uint16_t)0x0ULL;
    v->has_remote_dom = false;
}

/* Validate and decode alloc-unbound-req (the Rust decoder's checks, order and errors). */
static inline int hvlink_event_channel_alloc_unbound_req_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_event_channel_alloc_unbound_req *out, struct hvlink_error *e)
{
    struct hvlink_walk w;
    struct hvlink_attr a;
    uint32_t count = 0;
    int r;
    uint64_t seen[2] = {0, 0};
    uint64_t v = 0;
    hvlink_event_channel_alloc_unbound_req_init(out);
    hvlink_walk_init(&w, p, n, off);
    if (hvlink_walk_expect(&w, 0x00010006u, &a)) {
        count++;
        seen[0] |= 0x1ULL;
        r = hvlink__int(&a, 2, &v, e);
        if (r)
            return r;
        out->dom = (uint16_t)v;
        out->has_dom = true;
    }
    if (hvlink_walk_expect(&w, 0x00020006u, &a)) {
        count++;
        seen[0] |= 0x2ULL;
        r = hvlink__int(&a, 2, &v, e);
        if (r)
            return r;
        out->remote_dom = (uint16_t)v;
        out->has_remote_dom = true;
    }
    while ((r = hvlink_walk_next(&w, &a, e)) == 1) {
        if (++count > 1024u)
            return hvlink__too_many(&a, e);
        switch (hvlink_attr_kind(&a)) {
        case 1: {
            if (seen[0] & 0x1ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x1ULL;
            r = hvlink__int(&a, 2, &v, e);
            if (r)
                return r;
            out->dom = (uint16_t)v;
            out->has_dom = true;
            break;
        }
        case 2: {
            if (seen[0] & 0x2ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x2ULL;
            r = hvlink__int(&a, 2, &v, e);
            if (r)
                return r;
            out->remote_dom = (uint16_t)v;
            out->has_remote_dom = true;
            break;
        }
        default:
            r = hvlink__unknown(&a, e);
            if (r)
                return r;
            break;
        }
    }
    if (r < 0)
        return r;
    if (!(seen[0] & 0x2ULL))
        return hvlink__missing(container, 2, e);
    return 0;
}

/* Write the attributes of alloc-unbound-req as the Rust encoder does (the order of the spec, the chosen
 * form's after the common ones; defaults and absent values left out). */
static inline void hvlink_event_channel_alloc_unbound_req_put(struct hvlink_buf *b, const struct hvlink_event_channel_alloc_unbound_req *v)
{
    if (v->dom != (uint16_t)0x7ff0ULL) {
        hvlink_put_u16(b, 1, v->dom);
    }
    hvlink_put_u16(b, 2, v->remote_dom);
}

/* port-reply: every attribute absent, defaults filled. */
static inline void hvlink_event_channel_port_reply_init(struct hvlink_event_channel_port_reply *v)
{
    v->port = (uint32_t)0x0ULL;
    v->has_port = false;
}

/* Validate and decode port-reply (the Rust decoder's checks, order and errors). */
static inline int hvlink_event_channel_port_reply_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_event_channel_port_reply *out, struct hvlink_error *e)
{
    struct hvlink_walk w;
    struct hvlink_attr a;
    uint32_t count = 0;
    int r;
    uint64_t seen[2] = {0, 0};
    uint64_t v = 0;
    hvlink_event_channel_port_reply_init(out);
    hvlink_walk_init(&w, p, n, off);
    if (hvlink_walk_expect(&w, 0x00010008u, &a)) {
        count++;
        seen[0] |= 0x1ULL;
        r = hvlink__int(&a, 4, &v, e);
        if (r)
            return r;
        out->port = (uint32_t)v;
        out->has_port = true;
    }
    while ((r = hvlink_walk_next(&w, &a, e)) == 1) {
        if (++count > 1024u)
            return hvlink__too_many(&a, e);
        switch (hvlink_attr_kind(&a)) {
        case 1: {
            if (seen[0] & 0x1ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x1ULL;
            r = hvlink__int(&a, 4, &v, e);
            if (r)
                return r;
            out->port = (uint32_t)v;
            out->has_port = true;
            break;
        }
        default:
            r = hvlink__unknown(&a, e);
            if (r)
                return r;
            break;
        }
    }
    if (r < 0)
        return r;
    if (!(seen[0] & 0x1ULL))
        return hvlink__missing(container, 1, e);
    return 0;
}

/* Write the attributes of port-reply as the Rust encoder does (the order of the spec, the chosen
 * form's after the common ones; defaults and absent values left out). */
static inline void hvlink_event_channel_port_reply_put(struct hvlink_buf *b, const struct hvlink_event_channel_port_reply *v)
{
    hvlink_put_u32(b, 1, v->port);
}

/* bind-interdomain-req: every attribute absent, defaults filled. */
static inline void hvlink_event_channel_bind_interdomain_req_init(struct hvlink_event_channel_bind_interdomain_req *v)
{
    v->remote_dom = (uint16_t)0x0ULL;
    v->has_remote_dom = false;
    v->remote_port = (uint32_t)0x0ULL;
    v->has_remote_port = false;
}

/* Validate and decode bind-interdomain-req (the Rust decoder's checks, order and errors). */
static inline int hvlink_event_channel_bind_interdomain_req_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_event_channel_bind_interdomain_req *out, struct hvlink_error *e)
{
    struct hvlink_walk w;
    struct hvlink_attr a;
    uint32_t count = 0;
    int r;
    uint64_t seen[2] = {0, 0};
    uint64_t v = 0;
    hvlink_event_channel_bind_interdomain_req_init(out);
    hvlink_walk_init(&w, p, n, off);
    if (hvlink_walk_expect(&w, 0x00010006u, &a)) {
        count++;
        seen[0] |= 0x1ULL;
        r = hvlink__int(&a, 2, &v, e);
        if (r)
            return r;
        out->remote_dom = (uint16_t)v;
        out->has_remote_dom = true;
    }
    if (hvlink_walk_expect(&w, 0x00020008u, &a)) {
        count++;
        seen[0] |= 0x2ULL;
        r = hvlink__int(&a, 4, &v, e);
        if (r)
            return r;
        out->remote_port = (uint32_t)v;
        out->has_remote_port = true;
    }
    while ((r = hvlink_walk_next(&w, &a, e)) == 1) {
        if (++count > 1024u)
            return hvlink__too_many(&a, e);
        switch (hvlink_attr_kind(&a)) {
        case 1: {
            if (seen[0] & 0x1ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x1ULL;
            r = hvlink__int(&a, 2, &v, e);
            if (r)
                return r;
            out->remote_dom = (uint16_t)v;
            out->has_remote_dom = true;
            break;
        }
        case 2: {
            if (seen[0] & 0x2ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x2ULL;
            r = hvlink__int(&a, 4, &v, e);
            if (r)
                return r;
            out->remote_port = (uint32_t)v;
            out->has_remote_port = true;
            break;
        }
        default:
            r = hvlink__unknown(&a, e);
            if (r)
                return r;
            break;
        }
    }
    if (r < 0)
        return r;
    if (!(seen[0] & 0x1ULL))
        return hvlink__missing(container, 1, e);
    if (!(seen[0] & 0x2ULL))
        return hvlink__missing(container, 2, e);
    return 0;
}

/* Write the attributes of bind-interdomain-req as the Rust encoder does (the order of the spec, the chosen
 * form's after the common ones; defaults and absent values left out). */
static inline void hvlink_event_channel_bind_interdomain_req_put(struct hvlink_buf *b, const struct hvlink_event_channel_bind_interdomain_req *v)
{
    hvlink_put_u16(b, 1, v->remote_dom);
    hvlink_put_u32(b, 2, v->remote_port);
}

/* bind-interdomain-reply: every attribute absent, defaults filled. */
static inline void hvlink_event_channel_bind_interdomain_reply_init(struct hvlink_event_channel_bind_interdomain_reply *v)
{
    v->local_port = (uint32_t)0x0ULL;
    v->has_local_port = false;
}

/* Validate and decode bind-interdomain-reply (the Rust decoder's checks, order and errors). */
static inline int hvlink_event_channel_bind_interdomain_reply_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_event_channel_bind_interdomain_reply *out, struct hvlink_error *e)
{
    struct hvlink_walk w;
    struct hvlink_attr a;
    uint32_t count = 0;
    int r;
    uint64_t seen[2] = {0, 0};
    uint64_t v = 0;
    hvlink_event_channel_bind_interdomain_reply_init(out);
    hvlink_walk_init(&w, p, n, off);
    if (hvlink_walk_expect(&w, 0x00010008u, &a)) {
        count++;
        seen[0] |= 0x1ULL;
        r = hvlink__int(&a, 4, &v, e);
        if (r)
            return r;
        out->local_port = (uint32_t)v;
        out->has_local_port = true;
    }
    while ((r = hvlink_walk_next(&w, &a, e)) == 1) {
        if (++count > 1024u)
            return hvlink__too_many(&a, e);
        switch (hvlink_attr_kind(&a)) {
        case 1: {
            if (seen[0] & 0x1ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x1ULL;
            r = hvlink__int(&a, 4, &v, e);
            if (r)
                return r;
            out->local_port = (uint32_t)v;
            out->has_local_port = true;
            break;
        }
        default:
            r = hvlink__unknown(&a, e);
            if (r)
                return r;
            break;
        }
    }
    if (r < 0)
        return r;
    if (!(seen[0] & 0x1ULL))
        return hvlink__missing(container, 1, e);
    return 0;
}

/* Write the attributes of bind-interdomain-reply as the Rust encoder does (the order of the spec, the chosen
 * form's after the common ones; defaults and absent values left out). */
static inline void hvlink_event_channel_bind_interdomain_reply_put(struct hvlink_buf *b, const struct hvlink_event_channel_bind_interdomain_reply *v)
{
    hvlink_put_u32(b, 1, v->local_port);
}

/* bind-virq-req: every attribute absent, defaults filled. */
static inline void hvlink_event_channel_bind_virq_req_init(struct hvlink_event_channel_bind_virq_req *v)
{
    v->virq = (uint32_t)0x0ULL;
    v->has_virq = false;
    v->vcpu = (uint32_t)0x0ULL;
    v->has_vcpu = false;
}

/* Validate and decode bind-virq-req (the Rust decoder's checks, order and errors). */
static inline int hvlink_event_channel_bind_virq_req_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_event_channel_bind_virq_req *out, struct hvlink_error *e)
{
    struct hvlink_walk w;
    struct hvlink_attr a;
    uint32_t count = 0;
    int r;
    uint64_t seen[2] = {0, 0};
    uint64_t v = 0;
    hvlink_event_channel_bind_virq_req_init(out);
    hvlink_walk_init(&w, p, n, off);
    if (hvlink_walk_expect(&w, 0x00010008u, &a)) {
        count++;
        seen[0] |= 0x1ULL;
        r = hvlink__int(&a, 4, &v, e);
        if (r)
            return r;
        if (!(v == 0x0ULL || v == 0x1ULL || v == 0x2ULL || v == 0x3ULL || v == 0x4ULL || v == 0x6ULL || v == 0x7ULL || v == 0x8ULL || v == 0x9ULL || v == 0xaULL || v == 0xbULL || v == 0xcULL || v == 0xdULL || v == 0x10ULL || v == 0x11ULL || v == 0x12ULL || v == 0x13ULL || v == 0x14ULL || v == 0x15ULL || v == 0x16ULL || v == 0x17ULL))
            return hvlink__not_member(&a, e);
        out->virq = (uint32_t)v;
        out->has_virq = true;
    }
    if (hvlink_walk_expect(&w, 0x00020008u, &a)) {
        count++;
        seen[0] |= 0x2ULL;
        r = hvlink__int(&a, 4, &v, e);
        if (r)
            return r;
        out->vcpu = (uint32_t)v;
        out->has_vcpu = true;
    }
    while ((r = hvlink_walk_next(&w, &a, e)) == 1) {
        if (++count > 1024u)
            return hvlink__too_many(&a, e);
        switch (hvlink_attr_kind(&a)) {
        case 1: {
            if (seen[0] & 0x1ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x1ULL;
            r = hvlink__int(&a, 4, &v, e);
            if (r)
                return r;
            if (!(v == 0x0ULL || v == 0x1ULL || v == 0x2ULL || v == 0x3ULL || v == 0x4ULL || v == 0x6ULL || v == 0x7ULL || v == 0x8ULL || v == 0x9ULL || v == 0xaULL || v == 0xbULL || v == 0xcULL || v == 0xdULL || v == 0x10ULL || v == 0x11ULL || v == 0x12ULL || v == 0x13ULL || v == 0x14ULL || v == 0x15ULL || v == 0x16ULL || v == 0x17ULL))
                return hvlink__not_member(&a, e);
            out->virq = (uint32_t)v;
            out->has_virq = true;
            break;
        }
        case 2: {
            if (seen[0] & 0x2ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x2ULL;
            r = hvlink__int(&a, 4, &v, e);
            if (r)
                return r;
            out->vcpu = (uint32_t)v;
            out->has_vcpu = true;
            break;
        }
        default:
            r = hvlink__unknown(&a, e);
            if (r)
                return r;
            break;
        }
    }
    if (r < 0)
        return r;
    if (!(seen[0] & 0x1ULL))
        return hvlink__missing(container, 1, e);
    if (!(seen[0] & 0x2ULL))
        return hvlink__missing(container, 2, e);
    return 0;
}

/* Write the attributes of bind-virq-req as the Rust encoder does (the order of the spec, the chosen
 * form's after the common ones; defaults and absent values left out). */
static inline void hvlink_event_channel_bind_virq_req_put(struct hvlink_buf *b, const struct hvlink_event_channel_bind_virq_req *v)
{
    hvlink_put_u32(b, 1, v->virq);
    hvlink_put_u32(b, 2, v->vcpu);
}

/* bind-ipi-req: every attribute absent, defaults filled. */
static inline void hvlink_event_channel_bind_ipi_req_init(struct hvlink_event_channel_bind_ipi_req *v)
{
    v->vcpu = (uint32_t)0x0ULL;
    v->has_vcpu = false;
}

/* Validate and decode bind-ipi-req (the Rust decoder's checks, order and errors). */
static inline int hvlink_event_channel_bind_ipi_req_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_event_channel_bind_ipi_req *out, struct hvlink_error *e)
{
    struct hvlink_walk w;
    struct hvlink_attr a;
    uint32_t count = 0;
    int r;
    uint64_t seen[2] = {0, 0};
    uint64_t v = 0;
    hvlink_event_channel_bind_ipi_req_init(out);
    hvlink_walk_init(&w, p, n, off);
    if (hvlink_walk_expect(&w, 0x00010008u, &a)) {
        count++;
        seen[0] |= 0x1ULL;
        r = hvlink__int(&a, 4, &v, e);
        if (r)
            return r;
        out->vcpu = (uint32_t)v;
        out->has_vcpu = true;
    }
    while ((r = hvlink_walk_next(&w, &a, e)) == 1) {
        if (++count > 1024u)
            return hvlink__too_many(&a, e);
        switch (hvlink_attr_kind(&a)) {
        case 1: {
            if (seen[0] & 0x1ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x1ULL;
            r = hvlink__int(&a, 4, &v, e);
            if (r)
                return r;
            out->vcpu = (uint32_t)v;
            out->has_vcpu = true;
            break;
        }
        default:
            r = hvlink__unknown(&a, e);
            if (r)
                return r;
            break;
        }
    }
    if (r < 0)
        return r;
    if (!(seen[0] & 0x1ULL))
        return hvlink__missing(container, 1, e);
    return 0;
}

/* Write the attributes of bind-ipi-req as the Rust encoder does (the order of the spec, the chosen
 * form's after the common ones; defaults and absent values left out). */
static inline void hvlink_event_channel_bind_ipi_req_put(struct hvlink_buf *b, const struct hvlink_event_channel_bind_ipi_req *v)
{
    hvlink_put_u32(b, 1, v->vcpu);
}

/* bind-pirq-req: every attribute absent, defaults filled. */
static inline void hvlink_event_channel_bind_pirq_req_init(struct hvlink_event_channel_bind_pirq_req *v)
{
    v->pirq = (uint32_t)0x0ULL;
    v->has_pirq = false;
    v->flags = (uint32_t)0x0ULL;
    v->has_flags = false;
}

/* Validate and decode bind-pirq-req (the Rust decoder's checks, order and errors). */
static inline int hvlink_event_channel_bind_pirq_req_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_event_channel_bind_pirq_req *out, struct hvlink_error *e)
{
    struct hvlink_walk w;
    struct hvlink_attr a;
    uint32_t count = 0;
    int r;
    uint64_t seen[2] = {0, 0};
    uint64_t v = 0;
    hvlink_event_channel_bind_pirq_req_init(out);
    hvlink_walk_init(&w, p, n, off);
    if (hvlink_walk_expect(&w, 0x00010008u, &a)) {
        count++;
        seen[0] |= 0x1ULL;
        r = hvlink__int(&a, 4, &v, e);
        if (r)
            return r;
        out->pirq = (uint32_t)v;
        out->has_pirq = true;
    }
    if (hvlink_walk_expect(&w, 0x00020008u, &a)) {
        count++;
        seen[0] |= 0x2ULL;
        r = hvlink__int(&a, 4, &v, e);
        if (r)
            return r;
        if (v & ~(uint64_t)0x1ULL)
            return hvlink__bad_flags(&a, e);
        out->flags = (uint32_t)v;
        out->has_flags = true;
    }
    while ((r = hvlink_walk_next(&w, &a, e)) == 1) {
        if (++count > 1024u)
            return hvlink__too_many(&a, e);
        switch (hvlink_attr_kind(&a)) {
        case 1: {
            if (seen[0] & 0x1ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x1ULL;
            r = hvlink__int(&a, 4, &v, e);
            if (r)
                return r;
            out->pirq = (uint32_t)v;
            out->has_pirq = true;
            break;
        }
        case 2: {
            if (seen[0] & 0x2ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x2ULL;
            r = hvlink__int(&a, 4, &v, e);
            if (r)
                return r;
            if (v & ~(uint64_t)0x1ULL)
                return hvlink__bad_flags(&a, e);
            out->flags = (uint32_t)v;
            out->has_flags = true;
            break;
        }
        default:
            r = hvlink__unknown(&a, e);
            if (r)
                return r;
            break;
        }
    }
    if (r < 0)
        return r;
    if (!(seen[0] & 0x1ULL))
        return hvlink__missing(container, 1, e);
    return 0;
}

/* Write the attributes of bind-pirq-req as the Rust encoder does (the order of the spec, the chosen
 * form's after the common ones; defaults and absent values left out). */
static inline void hvlink_event_channel_bind_pirq_req_put(struct hvlink_buf *b, const struct hvlink_event_channel_bind_pirq_req *v)
{
    hvlink_put_u32(b, 1, v->pirq);
    if (v->flags != (uint32_t)0x0ULL) {
        hvlink_put_u32(b, 2, v->flags);
    }
}

/* port-req: every attribute absent, defaults filled. */
static inline void hvlink_event_channel_port_req_init(struct hvlink_event_channel_port_req *v)
{
    v->port = (uint32_t)0x0ULL;
    v->has_port = false;
}

/* Validate and decode port-req (the Rust decoder's checks, order and errors). */
static inline int hvlink_event_channel_port_req_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_event_channel_port_req *out, struct hvlink_error *e)
{
    struct hvlink_walk w;
    struct hvlink_attr a;
    uint32_t count = 0;
    int r;
    uint64_t seen[2] = {0, 0};
    uint64_t v = 0;
    hvlink_event_channel_port_req_init(out);
    hvlink_walk_init(&w, p, n, off);
    if (hvlink_walk_expect(&w, 0x00010008u, &a)) {
        count++;
        seen[0] |= 0x1ULL;
        r = hvlink__int(&a, 4, &v, e);
        if (r)
            return r;
        out->port = (uint32_t)v;
        out->has_port = true;
    }
    while ((r = hvlink_walk_next(&w, &a, e)) == 1) {
        if (++count > 1024u)
            return hvlink__too_many(&a, e);
        switch (hvlink_attr_kind(&a)) {
        case 1: {
            if (seen[0] & 0x1ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x1ULL;
            r = hvlink__int(&a, 4, &v, e);
            if (r)
                return r;
            out->port = (uint32_t)v;
            out->has_port = true;
            break;
        }
        default:
            r = hvlink__unknown(&a, e);
            if (r)
                return r;
            break;
        }
    }
    if (r < 0)
        return r;
    if (!(seen[0] & 0x1ULL))
        return hvlink__missing(container, 1, e);
    return 0;
}

/* Write the attributes of port-req as the Rust encoder does (the order of the spec, the chosen
 * form's after the common ones; defaults and absent values left out). */
static inline void hvlink_event_channel_port_req_put(struct hvlink_buf *b, const struct hvlink_event_channel_port_req *v)
{
    hvlink_put_u32(b, 1, v->port);
}

/* status-req: every attribute absent, defaults filled. */
static inline void hvlink_event_channel_status_req_init(struct hvlink_event_channel_status_req *v)
{
    v->dom = (uint16_t)0x7ff0ULL;
    v->has_dom = false;
    v->port = (uint32_t)0x0ULL;
    v->has_port = false;
}

/* Validate and decode status-req (the Rust decoder's checks, order and errors). */
static inline int hvlink_event_channel_status_req_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_event_channel_status_req *out, struct hvlink_error *e)
{
    struct hvlink_walk w;
    struct hvlink_attr a;
    uint32_t count = 0;
    int r;
    uint64_t seen[2] = {0, 0};
    uint64_t v = 0;
    hvlink_event_channel_status_req_init(out);
    hvlink_walk_init(&w, p, n, off);
    if (hvlink_walk_expect(&w, 0x00010006u, &a)) {
        count++;
        seen[0] |= 0x1ULL;
        r = hvlink__int(&a, 2, &v, e);
        if (r)
            return r;
        out->dom = (uint16_t)v;
        out->has_dom = true;
    }
    if (hvlink_walk_expect(&w, 0x00020008u, &a)) {
        count++;
        seen[0] |= 0x2ULL;
        r = hvlink__int(&a, 4, &v, e);
        if (r)
            return r;
        out->port = (uint32_t)v;
        out->has_port = true;
    }
    while ((r = hvlink_walk_next(&w, &a, e)) == 1) {
        if (++count > 1024u)
            return hvlink__too_many(&a, e);
        switch (hvlink_attr_kind(&a)) {
        case 1: {
            if (seen[0] & 0x1ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x1ULL;
            r = hvlink__int(&a, 2, &v, e);
            if (r)
                return r;
            out->dom = (uint16_t)v;
            out->has_dom = true;
            break;
        }
        case 2: {
            if (seen[0] & 0x2ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x2ULL;
            r = hvlink__int(&a, 4, &v, e);
            if (r)
                return r;
            out->port = (uint32_t)v;
            out->has_port = true;
            break;
        }
        default:
            r = hvlink__unknown(&a, e);
            if (r)
                return r;
            break;
        }
    }
    if (r < 0)
        return r;
    if (!(seen[0] & 0x2ULL))
        return hvlink__missing(container, 2, e);
    return 0;
}

/* Write the attributes of status-req as the Rust encoder does (the order of the spec, the chosen
 * form's after the common ones; defaults and absent values left out). */
static inline void hvlink_event_channel_status_req_put(struct hvlink_buf *b, const struct hvlink_event_channel_status_req *v)
{
    if (v->dom != (uint16_t)0x7ff0ULL) {
        hvlink_put_u16(b, 1, v->dom);
    }
    hvlink_put_u32(b, 2, v->port);
}

/* status-reply: every attribute absent, defaults filled. */
static inline void hvlink_event_channel_status_reply_init(struct hvlink_event_channel_status_reply *v)
{
    v->status = (uint32_t)0x0ULL;
    v->has_status = false;
    v->vcpu = (uint32_t)0x0ULL;
    v->has_vcpu = false;
    v->remote_dom = (uint16_t)0x0ULL;
    v->has_remote_dom = false;
    v->remote_port = (uint32_t)0x0ULL;
    v->has_remote_port = false;
    v->pirq = (uint32_t)0x0ULL;
    v->has_pirq = false;
    v->virq = (uint32_t)0x0ULL;
    v->has_virq = false;
}

/* Validate and decode status-reply (the Rust decoder's checks, order and errors). */
static inline int hvlink_event_channel_status_reply_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_event_channel_status_reply *out, struct hvlink_error *e)
{
    struct hvlink_walk w;
    struct hvlink_attr a;
    uint32_t count = 0;
    int r;
    uint64_t seen[2] = {0, 0};
    uint64_t v = 0;
    uint32_t at_remote_dom = 0;
    uint32_t at_remote_port = 0;
    uint32_t at_pirq = 0;
    uint32_t at_virq = 0;
    hvlink_event_channel_status_reply_init(out);
    hvlink_walk_init(&w, p, n, off);
    if (hvlink_walk_expect(&w, 0x00010008u, &a)) {
        count++;
        seen[0] |= 0x1ULL;
        r = hvlink__int(&a, 4, &v, e);
        if (r)
            return r;
        out->status = (uint32_t)v;
        out->has_status = true;
    }
    if (hvlink_walk_expect(&w, 0x00020008u, &a)) {
        count++;
        seen[0] |= 0x2ULL;
        r = hvlink__int(&a, 4, &v, e);
        if (r)
            return r;
        out->vcpu = (uint32_t)v;
        out->has_vcpu = true;
    }
    if (hvlink_walk_expect(&w, 0x00030006u, &a)) {
        count++;
        seen[0] |= 0x4ULL;
        r = hvlink__int(&a, 2, &v, e);
        if (r)
            return r;
        out->remote_dom = (uint16_t)v;
        out->has_remote_dom = true;
        at_remote_dom = a.offset;
    }
    if (hvlink_walk_expect(&w, 0x00040008u, &a)) {
        count++;
        seen[0] |= 0x8ULL;
        r = hvlink__int(&a, 4, &v, e);
        if (r)
            return r;
        out->remote_port = (uint32_t)v;
        out->has_remote_port = true;
        at_remote_port = a.offset;
    }
    if (hvlink_walk_expect(&w, 0x00050008u, &a)) {
        count++;
        seen[0] |= 0x10ULL;
        r = hvlink__int(&a, 4, &v, e);
        if (r)
            return r;
        out->pirq = (uint32_t)v;
        out->has_pirq = true;
        at_pirq = a.offset;
    }
    if (hvlink_walk_expect(&w, 0x00060008u, &a)) {
        count++;
        seen[0] |= 0x20ULL;
        r = hvlink__int(&a, 4, &v, e);
        if (r)
            return r;
        out->virq = (uint32_t)v;
        out->has_virq = true;
        at_virq = a.offset;
    }
    while ((r = hvlink_walk_next(&w, &a, e)) == 1) {
        if (++count > 1024u)
            return hvlink__too_many(&a, e);
        switch (hvlink_attr_kind(&a)) {
        case 1: {
            if (seen[0] & 0x1ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x1ULL;
            r = hvlink__int(&a, 4, &v, e);
            if (r)
                return r;
            out->status = (uint32_t)v;
            out->has_status = true;
            break;
        }
        case 2: {
            if (seen[0] & 0x2ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x2ULL;
            r = hvlink__int(&a, 4, &v, e);
            if (r)
                return r;
            out->vcpu = (uint32_t)v;
            out->has_vcpu = true;
            break;
        }
        case 3: {
            if (seen[0] & 0x4ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x4ULL;
            r = hvlink__int(&a, 2, &v, e);
            if (r)
                return r;
            out->remote_dom = (uint16_t)v;
            out->has_remote_dom = true;
            at_remote_dom = a.offset;
            break;
        }
        case 4: {
            if (seen[0] & 0x8ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x8ULL;
            r = hvlink__int(&a, 4, &v, e);
            if (r)
                return r;
            out->remote_port = (uint32_t)v;
            out->has_remote_port = true;
            at_remote_port = a.offset;
            break;
        }
        case 5: {
            if (seen[0] & 0x10ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x10ULL;
            r = hvlink__int(&a, 4, &v, e);
            if (r)
                return r;
            out->pirq = (uint32_t)v;
            out->has_pirq = true;
            at_pirq = a.offset;
            break;
        }
        case 6: {
            if (seen[0] & 0x20ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x20ULL;
            r = hvlink__int(&a, 4, &v, e);
            if (r)
                return r;
            out->virq = (uint32_t)v;
            out->has_virq = true;
            at_virq = a.offset;
            break;
        }
        default:
            r = hvlink__unknown(&a, e);
            if (r)
                return r;
            break;
        }
    }
    if (r < 0)
        return r;
    if (!(seen[0] & 0x1ULL))
        return hvlink__missing(container, 1, e);
    if (!(seen[0] & 0x2ULL))
        return hvlink__missing(container, 2, e);
    if (out->has_remote_dom && !(out->has_status && (out->status == (uint32_t)0x1ULL || out->status == (uint32_t)0x2ULL)))
        return hvlink__when(at_remote_dom, 3, e);
    if (out->has_remote_port && !(out->has_status && (out->status == (uint32_t)0x2ULL)))
        return hvlink__when(at_remote_port, 4, e);
    if (out->has_pirq && !(out->has_status && (out->status == (uint32_t)0x3ULL)))
        return hvlink__when(at_pirq, 5, e);
    if (out->has_virq && !(out->has_status && (out->status == (uint32_t)0x4ULL)))
        return hvlink__when(at_virq, 6, e);
    return 0;
}

/* Write the attributes of status-reply as the Rust encoder does (the order of the spec, the chosen
 * form's after the common ones; defaults and absent values left out). */
static inline void hvlink_event_channel_status_reply_put(struct hvlink_buf *b, const struct hvlink_event_channel_status_reply *v)
{
    hvlink_put_u32(b, 1, v->status);
    hvlink_put_u32(b, 2, v->vcpu);
    if (v->has_remote_dom) {
        hvlink_put_u16(b, 3, v->remote_dom);
    }
    if (v->has_remote_port) {
        hvlink_put_u32(b, 4, v->remote_port);
    }
    if (v->has_pirq) {
        hvlink_put_u32(b, 5, v->pirq);
    }
    if (v->has_virq) {
        hvlink_put_u32(b, 6, v->virq);
    }
}

/* bind-vcpu-req: every attribute absent, defaults filled. */
static inline void hvlink_event_channel_bind_vcpu_req_init(struct hvlink_event_channel_bind_vcpu_req *v)
{
    v->vcpu = (uint32_t)0x0ULL;
    v->has_vcpu = false;
    v->port = (uint32_t)0x0ULL;
    v->has_port = false;
}

/* Validate and decode bind-vcpu-req (the Rust decoder's checks, order and errors). */
static inline int hvlink_event_channel_bind_vcpu_req_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_event_channel_bind_vcpu_req *out, struct hvlink_error *e)
{
    struct hvlink_walk w;
    struct hvlink_attr a;
    uint32_t count = 0;
    int r;
    uint64_t seen[2] = {0, 0};
    uint64_t v = 0;
    hvlink_event_channel_bind_vcpu_req_init(out);
    hvlink_walk_init(&w, p, n, off);
    if (hvlink_walk_expect(&w, 0x00010008u, &a)) {
        count++;
        seen[0] |= 0x1ULL;
        r = hvlink__int(&a, 4, &v, e);
        if (r)
            return r;
        out->vcpu = (uint32_t)v;
        out->has_vcpu = true;
    }
    if (hvlink_walk_expect(&w, 0x00020008u, &a)) {
        count++;
        seen[0] |= 0x2ULL;
        r = hvlink__int(&a, 4, &v, e);
        if (r)
            return r;
        out->port = (uint32_t)v;
        out->has_port = true;
    }
    while ((r = hvlink_walk_next(&w, &a, e)) == 1) {
        if (++count > 1024u)
            return hvlink__too_many(&a, e);
        switch (hvlink_attr_kind(&a)) {
        case 1: {
            if (seen[0] & 0x1ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x1ULL;
            r = hvlink__int(&a, 4, &v, e);
            if (r)
                return r;
            out->vcpu = (uint32_t)v;
            out->has_vcpu = true;
            break;
        }
        case 2: {
            if (seen[0] & 0x2ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x2ULL;
            r = hvlink__int(&a, 4, &v, e);
            if (r)
                return r;
            out->port = (uint32_t)v;
            out->has_port = true;
            break;
        }
        default:
            r = hvlink__unknown(&a, e);
            if (r)
                return r;
            break;
        }
    }
    if (r < 0)
        return r;
    if (!(seen[0] & 0x1ULL))
        return hvlink__missing(container, 1, e);
    if (!(seen[0] & 0x2ULL))
        return hvlink__missing(container, 2, e);
    return 0;
}

/* Write the attributes of bind-vcpu-req as the Rust encoder does (the order of the spec, the chosen
 * form's after the common ones; defaults and absent values left out). */
static inline void hvlink_event_channel_bind_vcpu_req_put(struct hvlink_buf *b, const struct hvlink_event_channel_bind_vcpu_req *v)
{
    hvlink_put_u32(b, 1, v->vcpu);
    hvlink_put_u32(b, 2, v->port);
}

/* reset-req: every attribute absent, defaults filled. */
static inline void hvlink_event_channel_reset_req_init(struct hvlink_event_channel_reset_req *v)
{
    v->dom = (uint16_t)0x7ff0ULL;
    v->has_dom = false;
}

/* Validate and decode reset-req (the Rust decoder's checks, order and errors). */
static inline int hvlink_event_channel_reset_req_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_event_channel_reset_req *out, struct hvlink_error *e)
{
    struct hvlink_walk w;
    struct hvlink_attr a;
    uint32_t count = 0;
    int r;
    uint64_t seen[2] = {0, 0};
    uint64_t v = 0;
    (void)container;
    hvlink_event_channel_reset_req_init(out);
    hvlink_walk_init(&w, p, n, off);
    if (hvlink_walk_expect(&w, 0x00010006u, &a)) {
        count++;
        seen[0] |= 0x1ULL;
        r = hvlink__int(&a, 2, &v, e);
        if (r)
            return r;
        out->dom = (uint16_t)v;
        out->has_dom = true;
    }
    while ((r = hvlink_walk_next(&w, &a, e)) == 1) {
        if (++count > 1024u)
            return hvlink__too_many(&a, e);
        switch (hvlink_attr_kind(&a)) {
        case 1: {
            if (seen[0] & 0x1ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x1ULL;
            r = hvlink__int(&a, 2, &v, e);
            if (r)
                return r;
            out->dom = (uint16_t)v;
            out->has_dom = true;
            break;
        }
        default:
            r = hvlink__unknown(&a, e);
            if (r)
                return r;
            break;
        }
    }
    if (r < 0)
        return r;
    return 0;
}

/* Write the attributes of reset-req as the Rust encoder does (the order of the spec, the chosen
 * form's after the common ones; defaults and absent values left out). */
static inline void hvlink_event_channel_reset_req_put(struct hvlink_buf *b, const struct hvlink_event_channel_reset_req *v)
{
    if (v->dom != (uint16_t)0x7ff0ULL) {
        hvlink_put_u16(b, 1, v->dom);
    }
}

/* init-control-req: every attribute absent, defaults filled. */
static inline void hvlink_event_channel_init_control_req_init(struct hvlink_event_channel_init_control_req *v)
{
    v->control_gfn = (uint64_t)0x0ULL;
    v->has_control_gfn = false;
    v->offset = (uint32_t)0x0ULL;
    v->has_offset = false;
    v->vcpu = (uint32_t)0x0ULL;
    v->has_vcpu = false;
}

/* Validate and decode init-control-req (the Rust decoder's checks, order and errors). */
static inline int hvlink_event_channel_init_control_req_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_event_channel_init_control_req *out, struct hvlink_error *e)
{
    struct hvlink_walk w;
    struct hvlink_attr a;
    uint32_t count = 0;
    int r;
    uint64_t seen[2] = {0, 0};
    uint64_t v = 0;
    hvlink_event_channel_init_control_req_init(out);
    hvlink_walk_init(&w, p, n, off);
    if (hvlink_walk_expect(&w, 0x0001000cu, &a)) {
        count++;
        seen[0] |= 0x1ULL;
        r = hvlink__int(&a, 8, &v, e);
        if (r)
            return r;
        out->control_gfn = (uint64_t)v;
        out->has_control_gfn = true;
    }
    if (hvlink_walk_expect(&w, 0x00020008u, &a)) {
        count++;
        seen[0] |= 0x2ULL;
        r = hvlink__int(&a, 4, &v, e);
        if (r)
            return r;
        out->offset = (uint32_t)v;
        out->has_offset = true;
    }
    if (hvlink_walk_expect(&w, 0x00030008u, &a)) {
        count++;
        seen[0] |= 0x4ULL;
        r = hvlink__int(&a, 4, &v, e);
        if (r)
            return r;
        out->vcpu = (uint32_t)v;
        out->has_vcpu = true;
    }
    while ((r = hvlink_walk_next(&w, &a, e)) == 1) {
        if (++count > 1024u)
            return hvlink__too_many(&a, e);
        switch (hvlink_attr_kind(&a)) {
        case 1: {
            if (seen[0] & 0x1ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x1ULL;
            r = hvlink__int(&a, 8, &v, e);
            if (r)
                return r;
            out->control_gfn = (uint64_t)v;
            out->has_control_gfn = true;
            break;
        }
        case 2: {
            if (seen[0] & 0x2ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x2ULL;
            r = hvlink__int(&a, 4, &v, e);
            if (r)
                return r;
            out->offset = (uint32_t)v;
            out->has_offset = true;
            break;
        }
        case 3: {
            if (seen[0] & 0x4ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x4ULL;
            r = hvlink__int(&a, 4, &v, e);
            if (r)
                return r;
            out->vcpu = (uint32_t)v;
            out->has_vcpu = true;
            break;
        }
        default:
            r = hvlink__unknown(&a, e);
            if (r)
                return r;
            break;
        }
    }
    if (r < 0)
        return r;
    if (!(seen[0] & 0x1ULL))
        return hvlink__missing(container, 1, e);
    if (!(seen[0] & 0x2ULL))
        return hvlink__missing(container, 2, e);
    if (!(seen[0] & 0x4ULL))
        return hvlink__missing(container, 3, e);
    return 0;
}

/* Write the attributes of init-control-req as the Rust encoder does (the order of the spec, the chosen
 * form's after the common ones; defaults and absent values left out). */
static inline void hvlink_event_channel_init_control_req_put(struct hvlink_buf *b, const struct hvlink_event_channel_init_control_req *v)
{
    hvlink_put_u64(b, 1, v->control_gfn);
    hvlink_put_u32(b, 2, v->offset);
    hvlink_put_u32(b, 3, v->vcpu);
}

/* init-control-reply: every attribute absent, defaults filled. */
static inline void hvlink_event_channel_init_control_reply_init(struct hvlink_event_channel_init_control_reply *v)
{
    v->link_bits = (uint8_t)0x0ULL;
    v->has_link_bits = false;
}

/* Validate and decode init-control-reply (the Rust decoder's checks, order and errors). */
static inline int hvlink_event_channel_init_control_reply_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_event_channel_init_control_reply *out, struct hvlink_error *e)
{
    struct hvlink_walk w;
    struct hvlink_attr a;
    uint32_t count = 0;
    int r;
    uint64_t seen[2] = {0, 0};
    uint64_t v = 0;
    hvlink_event_channel_init_control_reply_init(out);
    hvlink_walk_init(&w, p, n, off);
    if (hvlink_walk_expect(&w, 0x00010005u, &a)) {
        count++;
        seen[0] |= 0x1ULL;
        r = hvlink__int(&a, 1, &v, e);
        if (r)
            return r;
        out->link_bits = (uint8_t)v;
        out->has_link_bits = true;
    }
    while ((r = hvlink_walk_next(&w, &a, e)) == 1) {
        if (++count > 1024u)
            return hvlink__too_many(&a, e);
        switch (hvlink_attr_kind(&a)) {
        case 1: {
            if (seen[0] & 0x1ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x1ULL;
            r = hvlink__int(&a, 1, &v, e);
            if (r)
                return r;
            out->link_bits = (uint8_t)v;
            out->has_link_bits = true;
            break;
        }
        default:
            r = hvlink__unknown(&a, e);
            if (r)
                return r;
            break;
        }
    }
    if (r < 0)
        return r;
    if (!(seen[0] & 0x1ULL))
        return hvlink__missing(container, 1, e);
    return 0;
}

/* Write the attributes of init-control-reply as the Rust encoder does (the order of the spec, the chosen
 * form's after the common ones; defaults and absent values left out). */
static inline void hvlink_event_channel_init_control_reply_put(struct hvlink_buf *b, const struct hvlink_event_channel_init_control_reply *v)
{
    hvlink_put_u8(b, 1, v->link_bits);
}

/* expand-array-req: every attribute absent, defaults filled. */
static inline void hvlink_event_channel_expand_array_req_init(struct hvlink_event_channel_expand_array_req *v)
{
    v->array_gfn = (uint64_t)0x0ULL;
    v->has_array_gfn = false;
}

/* Validate and decode expand-array-req (the Rust decoder's checks, order and errors). */
static inline int hvlink_event_channel_expand_array_req_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_event_channel_expand_array_req *out, struct hvlink_error *e)
{
    struct hvlink_walk w;
    struct hvlink_attr a;
    uint32_t count = 0;
    int r;
    uint64_t seen[2] = {0, 0};
    uint64_t v = 0;
    hvlink_event_channel_expand_array_req_init(out);
    hvlink_walk_init(&w, p, n, off);
    if (hvlink_walk_expect(&w, 0x0001000cu, &a)) {
        count++;
        seen[0] |= 0x1ULL;
        r = hvlink__int(&a, 8, &v, e);
        if (r)
            return r;
        out->array_gfn = (uint64_t)v;
        out->has_array_gfn = true;
    }
    while ((r = hvlink_walk_next(&w, &a, e)) == 1) {
        if (++count > 1024u)
            return hvlink__too_many(&a, e);
        switch (hvlink_attr_kind(&a)) {
        case 1: {
            if (seen[0] & 0x1ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x1ULL;
            r = hvlink__int(&a, 8, &v, e);
            if (r)
                return r;
            out->array_gfn = (uint64_t)v;
            out->has_array_gfn = true;
            break;
        }
        default:
            r = hvlink__unknown(&a, e);
            if (r)
                return r;
            break;
        }
    }
    if (r < 0)
        return r;
    if (!(seen[0] & 0x1ULL))
        return hvlink__missing(container, 1, e);
    return 0;
}

/* Write the attributes of expand-array-req as the Rust encoder does (the order of the spec, the chosen
 * form's after the common ones; defaults and absent values left out). */
static inline void hvlink_event_channel_expand_array_req_put(struct hvlink_buf *b, const struct hvlink_event_channel_expand_array_req *v)
{
    hvlink_put_u64(b, 1, v->array_gfn);
}

/* set-priority-req: every attribute absent, defaults filled. */
static inline void hvlink_event_channel_set_priority_req_init(struct hvlink_event_channel_set_priority_req *v)
{
    v->port = (uint32_t)0x0ULL;
    v->has_port = false;
    v->priority = (uint32_t)0x0ULL;
    v->has_priority = false;
}

/* Validate and decode set-priority-req (the Rust decoder's checks, order and errors). */
static inline int hvlink_event_channel_set_priority_req_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_event_channel_set_priority_req *out, struct hvlink_error *e)
{
    struct hvlink_walk w;
    struct hvlink_attr a;
    uint32_t count = 0;
    int r;
    uint64_t seen[2] = {0, 0};
    uint64_t v = 0;
    hvlink_event_channel_set_priority_req_init(out);
    hvlink_walk_init(&w, p, n, off);
    if (hvlink_walk_expect(&w, 0x00010008u, &a)) {
        count++;
        seen[0] |= 0x1ULL;
        r = hvlink__int(&a, 4, &v, e);
        if (r)
            return r;
        out->port = (uint32_t)v;
        out->has_port = true;
    }
    if (hvlink_walk_expect(&w, 0x00020008u, &a)) {
        count++;
        seen[0] |= 0x2ULL;
        r = hvlink__int(&a, 4, &v, e);
        if (r)
            return r;
        if (v > 0xfULL)
            return hvlink__out_of_range(&a, e);
        out->priority = (uint32_t)v;
        out->has_priority = true;
    }
    while ((r = hvlink_walk_next(&w, &a, e)) == 1) {
        if (++count > 1024u)
            return hvlink__too_many(&a, e);
        switch (hvlink_attr_kind(&a)) {
        case 1: {
            if (seen[0] & 0x1ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x1ULL;
            r = hvlink__int(&a, 4, &v, e);
            if (r)
                return r;
            out->port = (uint32_t)v;
            out->has_port = true;
            break;
        }
        case 2: {
            if (seen[0] & 0x2ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x2ULL;
            r = hvlink__int(&a, 4, &v, e);
            if (r)
                return r;
            if (v > 0xfULL)
                return hvlink__out_of_range(&a, e);
            out->priority = (uint32_t)v;
            out->has_priority = true;
            break;
        }
        default:
            r = hvlink__unknown(&a, e);
            if (r)
                return r;
            break;
        }
    }
    if (r < 0)
        return r;
    if (!(seen[0] & 0x1ULL))
        return hvlink__missing(container, 1, e);
    if (!(seen[0] & 0x2ULL))
        return hvlink__missing(container, 2, e);
    return 0;
}

/* Write the attributes of set-priority-req as the Rust encoder does (the order of the spec, the chosen
 * form's after the common ones; defaults and absent values left out). */
static inline void hvlink_event_channel_set_priority_req_put(struct hvlink_buf *b, const struct hvlink_event_channel_set_priority_req *v)
{
    hvlink_put_u32(b, 1, v->port);
    hvlink_put_u32(b, 2, v->priority);
}

/* A whole reply message of event_channel.bind_interdomain: header, family header, then the bind-interdomain-reply (msg may be NULL). */
static inline int hvlink_event_channel_bind_interdomain_reply_parse(const void *buf, size_t n, struct hvlink_msg *msg, struct hvlink_event_channel_bind_interdomain_reply *out, struct hvlink_error *e)
{
    struct hvlink_msg local;
    struct hvlink_walk w;
    uint8_t cmd;
    int r;
    if (!msg)
        msg = &local;
    r = hvlink_msg_parse(buf, n, msg, e);
    if (r)
        return r;
    if (msg->type != 0x120u)
        return hvlink__fail(e, HVLINK_ERR_UNEXPECTED_TYPE, 4, 0, 0, "not a message of this family");
    r = hvlink_msg_genl(msg, &cmd, (uint8_t *)0, &w, e);
    if (r)
        return r;
    if (cmd != 0u)
        return hvlink__fail(e, HVLINK_ERR_UNEXPECTED_TYPE, 16, 0, 0, "a reply of another op");
    return hvlink_event_channel_bind_interdomain_reply_parse_at(w.p, w.left, w.offset, w.offset, out, e);
}

/* A whole reply message of event_channel.bind_virq: header, family header, then the port-reply (msg may be NULL). */
static inline int hvlink_event_channel_bind_virq_reply_parse(const void *buf, size_t n, struct hvlink_msg *msg, struct hvlink_event_channel_port_reply *out, struct hvlink_error *e)
{
    struct hvlink_msg local;
    struct hvlink_walk w;
    uint8_t cmd;
    int r;
    if (!msg)
        msg = &local;
    r = hvlink_msg_parse(buf, n, msg, e);
    if (r)
        return r;
    if (msg->type != 0x120u)
        return hvlink__fail(e, HVLINK_ERR_UNEXPECTED_TYPE, 4, 0, 0, "not a message of this family");
    r = hvlink_msg_genl(msg, &cmd, (uint8_t *)0, &w, e);
    if (r)
        return r;
    if (cmd != 1u)
        return hvlink__fail(e, HVLINK_ERR_UNEXPECTED_TYPE, 16, 0, 0, "a reply of another op");
    return hvlink_event_channel_port_reply_parse_at(w.p, w.left, w.offset, w.offset, out, e);
}

/* A whole reply message of event_channel.bind_pirq: header, family header, then the port-reply (msg may be NULL). */
static inline int hvlink_event_channel_bind_pirq_reply_parse(const void *buf, size_t n, struct hvlink_msg *msg, struct hvlink_event_channel_port_reply *out, struct hvlink_error *e)
{
    struct hvlink_msg local;
    struct hvlink_walk w;
    uint8_t cmd;
    int r;
    if (!msg)
        msg = &local;
    r = hvlink_msg_parse(buf, n, msg, e);
    if (r)
        return r;
    if (msg->type != 0x120u)
        return hvlink__fail(e, HVLINK_ERR_UNEXPECTED_TYPE, 4, 0, 0, "not a message of this family");
    r = hvlink_msg_genl(msg, &cmd, (uint8_t *)0, &w, e);
    if (r)
        return r;
    if (cmd != 2u)
        return hvlink__fail(e, HVLINK_ERR_UNEXPECTED_TYPE, 16, 0, 0, "a reply of another op");
    return hvlink_event_channel_port_reply_parse_at(w.p, w.left, w.offset, w.offset, out, e);
}

/* A whole reply message of event_channel.close: header, family header, then the empty reply (msg may be NULL). */
static inline int hvlink_event_channel_close_reply_parse(const void *buf, size_t n, struct hvlink_msg *msg, struct hvlink_error *e)
{
    struct hvlink_msg local;
    struct hvlink_walk w;
    uint8_t cmd;
    int r;
    if (!msg)
        msg = &local;
    r = hvlink_msg_parse(buf, n, msg, e);
    if (r)
        return r;
    if (msg->type != 0x120u)
        return hvlink__fail(e, HVLINK_ERR_UNEXPECTED_TYPE, 4, 0, 0, "not a message of this family");
    r = hvlink_msg_genl(msg, &cmd, (uint8_t *)0, &w, e);
    if (r)
        return r;
    if (cmd != 3u)
        return hvlink__fail(e, HVLINK_ERR_UNEXPECTED_TYPE, 16, 0, 0, "a reply of another op");
    return hvlink_empty_parse(&w, e);
}

/* A whole reply message of event_channel.send: header, family header, then the empty reply (msg may be NULL). */
static inline int hvlink_event_channel_send_reply_parse(const void *buf, size_t n, struct hvlink_msg *msg, struct hvlink_error *e)
{
    struct hvlink_msg local;
    struct hvlink_walk w;
    uint8_t cmd;
    int r;
    if (!msg)
        msg = &local;
    r = hvlink_msg_parse(buf, n, msg, e);
    if (r)
        return r;
    if (msg->type != 0x120u)
        return hvlink__fail(e, HVLINK_ERR_UNEXPECTED_TYPE, 4, 0, 0, "not a message of this family");
    r = hvlink_msg_genl(msg, &cmd, (uint8_t *)0, &w, e);
    if (r)
        return r;
    if (cmd != 4u)
        return hvlink__fail(e, HVLINK_ERR_UNEXPECTED_TYPE, 16, 0, 0, "a reply of another op");
    return hvlink_empty_parse(&w, e);
}

/* A whole reply message of event_channel.status: header, family header, then the status-reply (msg may be NULL). */
static inline int hvlink_event_channel_status_reply_parse(const void *buf, size_t n, struct hvlink_msg *msg, struct hvlink_event_channel_status_reply *out, struct hvlink_error *e)
{
    struct hvlink_msg local;
    struct hvlink_walk w;
    uint8_t cmd;
    int r;
    if (!msg)
        msg = &local;
    r = hvlink_msg_parse(buf, n, msg, e);
    if (r)
        return r;
    if (msg->type != 0x120u)
        return hvlink__fail(e, HVLINK_ERR_UNEXPECTED_TYPE, 4, 0, 0, "not a message of this family");
    r = hvlink_msg_genl(msg, &cmd, (uint8_t *)0, &w, e);
    if (r)
        return r;
    if (cmd != 5u)
        return hvlink__fail(e, HVLINK_ERR_UNEXPECTED_TYPE, 16, 0, 0, "a reply of another op");
    return hvlink_event_channel_status_reply_parse_at(w.p, w.left, w.offset, w.offset, out, e);
}

/* A whole reply message of event_channel.alloc_unbound: header, family header, then the port-reply (msg may be NULL). */
static inline int hvlink_event_channel_alloc_unbound_reply_parse(const void *buf, size_t n, struct hvlink_msg *msg, struct hvlink_event_channel_port_reply *out, struct hvlink_error *e)
{
    struct hvlink_msg local;
    struct hvlink_walk w;
    uint8_t cmd;
    int r;
    if (!msg)
        msg = &local;
    r = hvlink_msg_parse(buf, n, msg, e);
    if (r)
        return r;
    if (msg->type != 0x120u)
        return hvlink__fail(e, HVLINK_ERR_UNEXPECTED_TYPE, 4, 0, 0, "not a message of this family");
    r = hvlink_msg_genl(msg, &cmd, (uint8_t *)0, &w, e);
    if (r)
        return r;
    if (cmd != 6u)
        return hvlink__fail(e, HVLINK_ERR_UNEXPECTED_TYPE, 16, 0, 0, "a reply of another op");
    return hvlink_event_channel_port_reply_parse_at(w.p, w.left, w.offset, w.offset, out, e);
}

/* A whole reply message of event_channel.bind_ipi: header, family header, then the port-reply (msg may be NULL). */
static inline int hvlink_event_channel_bind_ipi_reply_parse(const void *buf, size_t n, struct hvlink_msg *msg, struct hvlink_event_channel_port_reply *out, struct hvlink_error *e)
{
    struct hvlink_msg local;
    struct hvlink_walk w;
    uint8_t cmd;
    int r;
    if (!msg)
        msg = &local;
    r = hvlink_msg_parse(buf, n, msg, e);
    if (r)
        return r;
    if (msg->type != 0x120u)
        return hvlink__fail(e, HVLINK_ERR_UNEXPECTED_TYPE, 4, 0, 0, "not a message of this family");
    r = hvlink_msg_genl(msg, &cmd, (uint8_t *)0, &w, e);
    if (r)
        return r;
    if (cmd != 7u)
        return hvlink__fail(e, HVLINK_ERR_UNEXPECTED_TYPE, 16, 0, 0, "a reply of another op");
    return hvlink_event_channel_port_reply_parse_at(w.p, w.left, w.offset, w.offset, out, e);
}

/* A whole reply message of event_channel.bind_vcpu: header, family header, then the empty reply (msg may be NULL). */
static inline int hvlink_event_channel_bind_vcpu_reply_parse(const void *buf, size_t n, struct hvlink_msg *msg, struct hvlink_error *e)
{
    struct hvlink_msg local;
    struct hvlink_walk w;
    uint8_t cmd;
    int r;
    if (!msg)
        msg = &local;
    r = hvlink_msg_parse(buf, n, msg, e);
    if (r)
        return r;
    if (msg->type != 0x120u)
        return hvlink__fail(e, HVLINK_ERR_UNEXPECTED_TYPE, 4, 0, 0, "not a message of this family");
    r = hvlink_msg_genl(msg, &cmd, (uint8_t *)0, &w, e);
    if (r)
        return r;
    if (cmd != 8u)
        return hvlink__fail(e, HVLINK_ERR_UNEXPECTED_TYPE, 16, 0, 0, "a reply of another op");
    return hvlink_empty_parse(&w, e);
}

/* A whole reply message of event_channel.unmask: header, family header, then the empty reply (msg may be NULL). */
static inline int hvlink_event_channel_unmask_reply_parse(const void *buf, size_t n, struct hvlink_msg *msg, struct hvlink_error *e)
{
    struct hvlink_msg local;
    struct hvlink_walk w;
    uint8_t cmd;
    int r;
    if (!msg)
        msg = &local;
    r = hvlink_msg_parse(buf, n, msg, e);
    if (r)
        return r;
    if (msg->type != 0x120u)
        return hvlink__fail(e, HVLINK_ERR_UNEXPECTED_TYPE, 4, 0, 0, "not a message of this family");
    r = hvlink_msg_genl(msg, &cmd, (uint8_t *)0, &w, e);
    if (r)
        return r;
    if (cmd != 9u)
        return hvlink__fail(e, HVLINK_ERR_UNEXPECTED_TYPE, 16, 0, 0, "a reply of another op");
    return hvlink_empty_parse(&w, e);
}

/* A whole reply message of event_channel.reset: header, family header, then the empty reply (msg may be NULL). */
static inline int hvlink_event_channel_reset_reply_parse(const void *buf, size_t n, struct hvlink_msg *msg, struct hvlink_error *e)
{
    struct hvlink_msg local;
    struct hvlink_walk w;
    uint8_t cmd;
    int r;
    if (!msg)
        msg = &local;
    r = hvlink_msg_parse(buf, n, msg, e);
    if (r)
        return r;
    if (msg->type != 0x120u)
        return hvlink__fail(e, HVLINK_ERR_UNEXPECTED_TYPE, 4, 0, 0, "not a message of this family");
    r = hvlink_msg_genl(msg, &cmd, (uint8_t *)0, &w, e);
    if (r)
        return r;
    if (cmd != 10u)
        return hvlink__fail(e, HVLINK_ERR_UNEXPECTED_TYPE, 16, 0, 0, "a reply of another op");
    return hvlink_empty_parse(&w, e);
}

/* A whole reply message of event_channel.init_control: header, family header, then the init-control-reply (msg may be NULL). */
static inline int hvlink_event_channel_init_control_reply_parse(const void *buf, size_t n, struct hvlink_msg *msg, struct hvlink_event_channel_init_control_reply *out, struct hvlink_error *e)
{
    struct hvlink_msg local;
    struct hvlink_walk w;
    uint8_t cmd;
    int r;
    if (!msg)
        msg = &local;
    r = hvlink_msg_parse(buf, n, msg, e);
    if (r)
        return r;
    if (msg->type != 0x120u)
        return hvlink__fail(e, HVLINK_ERR_UNEXPECTED_TYPE, 4, 0, 0, "not a message of this family");
    r = hvlink_msg_genl(msg, &cmd, (uint8_t *)0, &w, e);
    if (r)
        return r;
    if (cmd != 11u)
        return hvlink__fail(e, HVLINK_ERR_UNEXPECTED_TYPE, 16, 0, 0, "a reply of another op");
    return hvlink_event_channel_init_control_reply_parse_at(w.p, w.left, w.offset, w.offset, out, e);
}

/* A whole reply message of event_channel.expand_array: header, family header, then the empty reply (msg may be NULL). */
static inline int hvlink_event_channel_expand_array_reply_parse(const void *buf, size_t n, struct hvlink_msg *msg, struct hvlink_error *e)
{
    struct hvlink_msg local;
    struct hvlink_walk w;
    uint8_t cmd;
    int r;
    if (!msg)
        msg = &local;
    r = hvlink_msg_parse(buf, n, msg, e);
    if (r)
        return r;
    if (msg->type != 0x120u)
        return hvlink__fail(e, HVLINK_ERR_UNEXPECTED_TYPE, 4, 0, 0, "not a message of this family");
    r = hvlink_msg_genl(msg, &cmd, (uint8_t *)0, &w, e);
    if (r)
        return r;
    if (cmd != 12u)
        return hvlink__fail(e, HVLINK_ERR_UNEXPECTED_TYPE, 16, 0, 0, "a reply of another op");
    return hvlink_empty_parse(&w, e);
}

/* A whole reply message of event_channel.set_priority: header, family header, then the empty reply (msg may be NULL). */
static inline int hvlink_event_channel_set_priority_reply_parse(const void *buf, size_t n, struct hvlink_msg *msg, struct hvlink_error *e)
{
    struct hvlink_msg local;
    struct hvlink_walk w;
    uint8_t cmd;
    int r;
    if (!msg)
        msg = &local;
    r = hvlink_msg_parse(buf, n, msg, e);
    if (r)
        return r;
    if (msg->type != 0x120u)
        return hvlink__fail(e, HVLINK_ERR_UNEXPECTED_TYPE, 4, 0, 0, "not a message of this family");
    r = hvlink_msg_genl(msg, &cmd, (uint8_t *)0, &w, e);
    if (r)
        return r;
    if (cmd != 13u)
        return hvlink__fail(e, HVLINK_ERR_UNEXPECTED_TYPE, 16, 0, 0, "a reply of another op");
    return hvlink_empty_parse(&w, e);
}

/* ==========================================================================================
 * Family hvm
 * ======================================================================================= */

/* param-req: Request of get_param. */
struct hvlink_hvm_param_req {
    uint16_t dom; /* Domain whose parameter is read; DOMID_SELF (0x7FF0) for the caller. */
    bool has_dom;
    uint32_t index; /* Parameter index. */
    bool has_index;
};

/* set-param-req: Request of set_param. */
struct hvlink_hvm_set_param_req {
    uint16_t dom; /* Domain whose parameter is written; DOMID_SELF (0x7FF0) for the caller. */
    bool has_dom;
    uint32_t index; /* Parameter index. */
    bool has_index;
    uint64_t value; /* New value. */
    bool has_value;
};

/* param-reply: Reply of get_param. */
struct hvlink_hvm_param_reply {
    uint64_t value; /* Current value. */
    bool has_value;
};

/* time-reply: Reply of get_time. */
struct hvlink_hvm_time_reply {
    uint64_t now; /* Hypervisor system time in nanoseconds since boot. */
    bool has_now;
};

/* mem-type-req: Request of get_mem_type. */
struct hvlink_hvm_mem_type_req {
    uint16_t dom; /* Domain owning the frame; DOMID_SELF (0x7FF0) for the caller. */
    bool has_dom;
    uint64_t pfn; /* Guest frame number. */
    bool has_pfn;
};

/* mem-type-reply: Reply of get_mem_type. */
struct hvlink_hvm_mem_type_reply {
    uint16_t mem_type; /* Type of the frame. */
    bool has_mem_type;
};

/* upcall-vector-req: Request of set_evtchn_upcall_vector. */
struct hvlink_hvm_upcall_vector_req {
    uint32_t vcpu; /* vCPU whose upcall vector is set. */
    bool has_vcpu;
    uint8_t vector; /* Interrupt vector for event upcalls, used instead of callback-irq. */
    bool has_vector;
};

static inline int hvlink_hvm_param_req_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_hvm_param_req *out, struct hvlink_error *e);
static inline int hvlink_hvm_set_param_req_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_hvm_set_param_req *out, struct hvlink_error *e);
static inline int hvlink_hvm_param_reply_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_hvm_param_reply *out, struct hvlink_error *e);
static inline int hvlink_hvm_time_reply_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_hvm_time_reply *out, struct hvlink_error *e);
static inline int hvlink_hvm_mem_type_req_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_hvm_mem_type_req *out, struct hvlink_error *e);
static inline int hvlink_hvm_mem_type_reply_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_hvm_mem_type_reply *out, struct hvlink_error *e);
static inline int hvlink_hvm_upcall_vector_req_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_hvm_upcall_vector_req *out, struct hvlink_error *e);

/* param-req: every attribute absent, defaults filled. */
static inline void hvlink_hvm_param_req_init(struct hvlink_hvm_param_req *v)
{
    v->dom = (uint16_t)0x7ff0ULL;
    v->has_dom = false;
    v->index = (uint32_t)0x0ULL;
    v->has_index = false;
}

/* Validate and decode param-req (the Rust decoder's checks, order and errors). */
static inline int hvlink_hvm_param_req_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_hvm_param_req *out, struct hvlink_error *e)
{
    struct hvlink_walk w;
    struct hvlink_attr a;
    uint32_t count = 0;
    int r;
    uint64_t seen[2] = {0, 0};
    uint64_t v = 0;
    hvlink_hvm_param_req_init(out);
    hvlink_walk_init(&w, p, n, off);
    if (hvlink_walk_expect(&w, 0x00010006u, &a)) {
        count++;
        seen[0] |= 0x1ULL;
        r = hvlink__int(&a, 2, &v, e);
        if (r)
            return r;
        out->dom = (uint16_t)v;
        out->has_dom = true;
    }
    if (hvlink_walk_expect(&w, 0x00020008u, &a)) {
        count++;
        seen[0] |= 0x2ULL;
        r = hvlink__int(&a, 4, &v, e);
        if (r)
            return r;
        out->index = (uint32_t)v;
        out->has_index = true;
    }
    while ((r = hvlink_walk_next(&w, &a, e)) == 1) {
        if (++count > 1024u)
            return hvlink__too_many(&a, e);
        switch (hvlink_attr_kind(&a)) {
        case 1: {
            if (seen[0] & 0x1ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x1ULL;
            r = hvlink__int(&a, 2, &v, e);
            if (r)
                return r;
            out->dom = (uint16_t)v;
            out->has_dom = true;
            break;
        }
        case 2: {
            if (seen[0] & 0x2ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x2ULL;
            r = hvlink__int(&a, 4, &v, e);
            if (r)
                return r;
            out->index = (uint32_t)v;
            out->has_index = true;
            break;
        }
        default:
            r = hvlink__unknown(&a, e);
            if (r)
                return r;
            break;
        }
    }
    if (r < 0)
        return r;
    if (!(seen[0] & 0x2ULL))
        return hvlink__missing(container, 2, e);
    return 0;
}

/* Write the attributes of param-req as the Rust encoder does (the order of the spec, the chosen
 * form's after the common ones; defaults and absent values left out). */
static inline void hvlink_hvm_param_req_put(struct hvlink_buf *b, const struct hvlink_hvm_param_req *v)
{
    if (v->dom != (uint16_t)0x7ff0ULL) {
        hvlink_put_u16(b, 1, v->dom);
    }
    hvlink_put_u32(b, 2, v->index);
}

/* set-param-req: every attribute absent, defaults filled. */
static inline void hvlink_hvm_set_param_req_init(struct hvlink_hvm_set_param_req *v)
{
    v->dom = (uint16_t)0x7ff0ULL;
    v->has_dom = false;
    v->index = (uint32_t)0x0ULL;
    v->has_index = false;
    v->value = (uint64_t)0x0ULL;
    v->has_value = false;
}

/* Validate and decode set-param-req (the Rust decoder's checks, order and errors). */
static inline int hvlink_hvm_set_param_req_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_hvm_set_param_req *out, struct hvlink_error *e)
{
    struct hvlink_walk w;
    struct hvlink_attr a;
    uint32_t count = 0;
    int r;
    uint64_t seen[2] = {0, 0};
    uint64_t v = 0;
    hvlink_hvm_set_param_req_init(out);
    hvlink_walk_init(&w, p, n, off);
    if (hvlink_walk_expect(&w, 0x00010006u, &a)) {
        count++;
        seen[0] |= 0x1ULL;
        r = hvlink__int(&a, 2, &v, e);
        if (r)
            return r;
        out->dom = (uint16_t)v;
        out->has_dom = true;
    }
    if (hvlink_walk_expect(&w, 0x00020008u, &a)) {
        count++;
        seen[0] |= 0x2ULL;
        r = hvlink__int(&a, 4, &v, e);
        if (r)
            return r;
        out->index = (uint32_t)v;
        out->has_index = true;
    }
    if (hvlink_walk_expect(&w, 0x0003000cu, &a)) {
        count++;
        seen[0] |= 0x4ULL;
        r = hvlink__int(&a, 8, &v, e);
        if (r)
            return r;
        out->value = (uint64_t)v;
        out->has_value = true;
    }
    while ((r = hvlink_walk_next(&w, &a, e)) == 1) {
        if (++count > 1024u)
            return hvlink__too_many(&a, e);
        switch (hvlink_attr_kind(&a)) {
        case 1: {
            if (seen[0] & 0x1ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x1ULL;
            r = hvlink__int(&a, 2, &v, e);
            if (r)
                return r;
            out->dom = (uint16_t)v;
            out->has_dom = true;
            break;
        }
        case 2: {
            if (seen[0] & 0x2ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x2ULL;
            r = hvlink__int(&a, 4, &v, e);
            if (r)
                return r;
            out->index = (uint32_t)v;
            out->has_index = true;
            break;
        }
        case 3: {
            if (seen[0] & 0x4ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x4ULL;
            r = hvlink__int(&a, 8, &v, e);
            if (r)
                return r;
            out->value = (uint64_t)v;
            out->has_value = true;
            break;
        }
        default:
            r = hvlink__unknown(&a, e);
            if (r)
                return r;
            break;
        }
    }
    if (r < 0)
        return r;
    if (!(seen[0] & 0x2ULL))
        return hvlink__missing(container, 2, e);
    if (!(seen[0] & 0x4ULL))
        return hvlink__missing(container, 3, e);
    return 0;
}

/* Write the attributes of set-param-req as the Rust encoder does (the order of the spec, the chosen
 * form's after the common ones; defaults and absent values left out). */
static inline void hvlink_hvm_set_param_req_put(struct hvlink_buf *b, const struct hvlink_hvm_set_param_req *v)
{
    if (v->dom != (uint16_t)0x7ff0ULL) {
        hvlink_put_u16(b, 1, v->dom);
    }
    hvlink_put_u32(b, 2, v->index);
    hvlink_put_u64(b, 3, v->value);
}

/* param-reply: every attribute absent, defaults filled. */
static inline void hvlink_hvm_param_reply_init(struct hvlink_hvm_param_reply *v)
{
    v->value = (uint64_t)0x0ULL;
    v->has_value = false;
}

/* Validate and decode param-reply (the Rust decoder's checks, order and errors). */
static inline int hvlink_hvm_param_reply_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_hvm_param_reply *out, struct hvlink_error *e)
{
    struct hvlink_walk w;
    struct hvlink_attr a;
    uint32_t count = 0;
    int r;
    uint64_t seen[2] = {0, 0};
    uint64_t v = 0;
    hvlink_hvm_param_reply_init(out);
    hvlink_walk_init(&w, p, n, off);
    if (hvlink_walk_expect(&w, 0x0001000cu, &a)) {
        count++;
        seen[0] |= 0x1ULL;
        r = hvlink__int(&a, 8, &v, e);
        if (r)
            return r;
        out->value = (uint64_t)v;
        out->has_value = true;
    }
    while ((r = hvlink_walk_next(&w, &a, e)) == 1) {
        if (++count > 1024u)
            return hvlink__too_many(&a, e);
        switch (hvlink_attr_kind(&a)) {
        case 1: {
            if (seen[0] & 0x1ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x1ULL;
            r = hvlink__int(&a, 8, &v, e);
            if (r)
                return r;
            out->value = (uint64_t)v;
            out->has_value = true;
            break;
        }
        default:
            r = hvlink__unknown(&a, e);
            if (r)
                return r;
            break;
        }
    }
    if (r < 0)
        return r;
    if (!(seen[0] & 0x1ULL))
        return hvlink__missing(container, 1, e);
    return 0;
}

/* Write the attributes of param-reply as the Rust encoder does (the order of the spec, the chosen
 * form's after the common ones; defaults and absent values left out). */
static inline void hvlink_hvm_param_reply_put(struct hvlink_buf *b, const struct hvlink_hvm_param_reply *v)
{
    hvlink_put_u64(b, 1, v->value);
}

/* time-reply: every attribute absent, defaults filled. */
static inline void hvlink_hvm_time_reply_init(struct hvlink_hvm_time_reply *v)
{
    v->now = (uint64_t)0x0ULL;
    v->has_now = false;
}

/* Validate and decode time-reply (the Rust decoder's checks, order and errors). */
static inline int hvlink_hvm_time_reply_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_hvm_time_reply *out, struct hvlink_error *e)
{
    struct hvlink_walk w;
    struct hvlink_attr a;
    uint32_t count = 0;
    int r;
    uint64_t seen[2] = {0, 0};
    uint64_t v = 0;
    hvlink_hvm_time_reply_init(out);
    hvlink_walk_init(&w, p, n, off);
    if (hvlink_walk_expect(&w, 0x0001000cu, &a)) {
        count++;
        seen[0] |= 0x1ULL;
        r = hvlink__int(&a, 8, &v, e);
        if (r)
            return r;
        out->now = (uint64_t)v;
        out->has_now = true;
    }
    while ((r = hvlink_walk_next(&w, &a, e)) == 1) {
        if (++count > 1024u)
            return hvlink__too_many(&a, e);
        switch (hvlink_attr_kind(&a)) {
        case 1: {
            if (seen[0] & 0x1ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x1ULL;
            r = hvlink__int(&a, 8, &v, e);
            if (r)
                return r;
            out->now = (uint64_t)v;
            out->has_now = true;
            break;
        }
        default:
            r = hvlink__unknown(&a, e);
            if (r)
                return r;
            break;
        }
    }
    if (r < 0)
        return r;
    if (!(seen[0] & 0x1ULL))
        return hvlink__missing(container, 1, e);
    return 0;
}

/* Write the attributes of time-reply as the Rust encoder does (the order of the spec, the chosen
 * form's after the common ones; defaults and absent values left out). */
static inline void hvlink_hvm_time_reply_put(struct hvlink_buf *b, const struct hvlink_hvm_time_reply *v)
{
    hvlink_put_u64(b, 1, v->now);
}

/* mem-type-req: every attribute absent, defaults filled. */
static inline void hvlink_hvm_mem_type_req_init(struct hvlink_hvm_mem_type_req *v)
{
    v->dom = (uint16_t)0x7ff0ULL;
    v->has_dom = false;
    v->pfn = (uint64_t)0x0ULL;
    v->has_pfn = false;
}

/* Validate and decode mem-type-req (the Rust decoder's checks, order and errors). */
static inline int hvlink_hvm_mem_type_req_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_hvm_mem_type_req *out, struct hvlink_error *e)
{
    struct hvlink_walk w;
    struct hvlink_attr a;
    uint32_t count = 0;
    int r;
    uint64_t seen[2] = {0, 0};
    uint64_t v = 0;
    hvlink_hvm_mem_type_req_init(out);
    hvlink_walk_init(&w, p, n, off);
    if (hvlink_walk_expect(&w, 0x00010006u, &a)) {
        count++;
        seen[0] |= 0x1ULL;
        r = hvlink__int(&a, 2, &v, e);
        if (r)
            return r;
        out->dom = (uint16_t)v;
        out->has_dom = true;
    }
    if (hvlink_walk_expect(&w, 0x0002000cu, &a)) {
        count++;
        seen[0] |= 0x2ULL;
        r = hvlink__int(&a, 8, &v, e);
        if (r)
            return r;
        out->pfn = (uint64_t)v;
        out->has_pfn = true;
    }
    while ((r = hvlink_walk_next(&w, &a, e)) == 1) {
        if (++count > 1024u)
            return hvlink__too_many(&a, e);
        switch (hvlink_attr_kind(&a)) {
        case 1: {
            if (seen[0] & 0x1ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x1ULL;
            r = hvlink__int(&a, 2, &v, e);
            if (r)
                return r;
            out->dom = (uint16_t)v;
            out->has_dom = true;
            break;
        }
        case 2: {
            if (seen[0] & 0x2ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x2ULL;
            r = hvlink__int(&a, 8, &v, e);
            if (r)
                return r;
            out->pfn = (uint64_t)v;
            out->has_pfn = true;
            break;
        }
        default:
            r = hvlink__unknown(&a, e);
            if (r)
                return r;
            break;
        }
    }
    if (r < 0)
        return r;
    if (!(seen[0] & 0x2ULL))
        return hvlink__missing(container, 2, e);
    return 0;
}

/* Write the attributes of mem-type-req as the Rust encoder does (the order of the spec, the chosen
 * form's after the common ones; defaults and absent values left out). */
static inline void hvlink_hvm_mem_type_req_put(struct hvlink_buf *b, const struct hvlink_hvm_mem_type_req *v)
{
    if (v->dom != (uint16_t)0x7ff0ULL) {
        hvlink_put_u16(b, 1, v->dom);
    }
    hvlink_put_u64(b, 2, v->pfn);
}

/* mem-type-reply: every attribute absent, defaults filled. */
static inline void hvlink_hvm_mem_type_reply_init(struct hvlink_hvm_mem_type_reply *v)
{
    v->mem_type = (uint16_t)0x0ULL;
    v->has_mem_type = false;
}

/* Validate and decode mem-type-reply (the Rust decoder's checks, order and errors). */
static inline int hvlink_hvm_mem_type_reply_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_hvm_mem_type_reply *out, struct hvlink_error *e)
{
    struct hvlink_walk w;
    struct hvlink_attr a;
    uint32_t count = 0;
    int r;
    uint64_t seen[2] = {0, 0};
    uint64_t v = 0;
    hvlink_hvm_mem_type_reply_init(out);
    hvlink_walk_init(&w, p, n, off);
    if (hvlink_walk_expect(&w, 0x00010006u, &a)) {
        count++;
        seen[0] |= 0x1ULL;
        r = hvlink__int(&a, 2, &v, e);
        if (r)
            return r;
        out->mem_type = (uint16_t)v;
        out->has_mem_type = true;
    }
    while ((r = hvlink_walk_next(&w, &a, e)) == 1) {
        if (++count > 1024u)
            return hvlink__too_many(&a, e);
        switch (hvlink_attr_kind(&a)) {
        case 1: {
            if (seen[0] & 0x1ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x1ULL;
            r = hvlink__int(&a, 2, &v, e);
            if (r)
                return r;
            out->mem_type = (uint16_t)v;
            out->has_mem_type = true;
            break;
        }
        default:
            r = hvlink__unknown(&a, e);
            if (r)
                return r;
            break;
        }
    }
    if (r < 0)
        return r;
    if (!(seen[0] & 0x1ULL))
        return hvlink__missing(container, 1, e);
    return 0;
}

/* Write the attributes of mem-type-reply as the Rust encoder does (the order of the spec, the chosen
 * form's after the common ones; defaults and absent values left out). */
static inline void hvlink_hvm_mem_type_reply_put(struct hvlink_buf *b, const struct hvlink_hvm_mem_type_reply *v)
{
    hvlink_put_u16(b, 1, v->mem_type);
}

/* upcall-vector-req: every attribute absent, defaults filled. */
static inline void hvlink_hvm_upcall_vector_req_init(struct hvlink_hvm_upcall_vector_req *v)
{
    v->vcpu = (uint32_t)0x0ULL;
    v->has_vcpu = false;
    v->vector = (uint8_t)0x0ULL;
    v->has_vector = false;
}

/* Validate and decode upcall-vector-req (the Rust decoder's checks, order and errors). */
static inline int hvlink_hvm_upcall_vector_req_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_hvm_upcall_vector_req *out, struct hvlink_error *e)
{
    struct hvlink_walk w;
    struct hvlink_attr a;
    uint32_t count = 0;
    int r;
    uint64_t seen[2] = {0, 0};
    uint64_t v = 0;
    hvlink_hvm_upcall_vector_req_init(out);
    hvlink_walk_init(&w, p, n, off);
    if (hvlink_walk_expect(&w, 0x00010008u, &a)) {
        count++;
        seen[0] |= 0x1ULL;
        r = hvlink__int(&a, 4, &v, e);
        if (r)
            return r;
        out->vcpu = (uint32_t)v;
        out->has_vcpu = true;
    }
    if (hvlink_walk_expect(&w, 0x00020005u, &a)) {
        count++;
        seen[0] |= 0x2ULL;
        r = hvlink__int(&a, 1, &v, e);
        if (r)
            return r;
        if (v < 0x10ULL)
            return hvlink__out_of_range(&a, e);
        out->vector = (uint8_t)v;
        out->has_vector = true;
    }
    while ((r = hvlink_walk_next(&w, &a, e)) == 1) {
        if (++count > 1024u)
            return hvlink__too_many(&a, e);
        switch (hvlink_attr_kind(&a)) {
        case 1: {
            if (seen[0] & 0x1ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x1ULL;
            r = hvlink__int(&a, 4, &v, e);
            if (r)
                return r;
            out->vcpu = (uint32_t)v;
            out->has_vcpu = true;
            break;
        }
        case 2: {
            if (seen[0] & 0x2ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x2ULL;
            r = hvlink__int(&a, 1, &v, e);
            if (r)
                return r;
            if (v < 0x10ULL)
                return hvlink__out_of_range(&a, e);
            out->vector = (uint8_t)v;
            out->has_vector = true;
            break;
        }
        default:
            r = hvlink__unknown(&a, e);
            if (r)
                return r;
            break;
        }
    }
    if (r < 0)
        return r;
    if (!(seen[0] & 0x1ULL))
        return hvlink__missing(container, 1, e);
    if (!(seen[0] & 0x2ULL))
        return hvlink__missing(container, 2, e);
    return 0;
}

/* Write the attributes of upcall-vector-req as the Rust encoder does (the order of the spec, the chosen
 * form's after the common ones; defaults and absent values left out). */
static inline void hvlink_hvm_upcall_vector_req_put(struct hvlink_buf *b, const struct hvlink_hvm_upcall_vector_req *v)
{
    hvlink_put_u32(b, 1, v->vcpu);
    hvlink_put_u8(b, 2, v->vector);
}

/* A whole reply message of hvm.set_param: header, family header, then the empty reply (msg may be NULL). */
static inline int hvlink_hvm_set_param_reply_parse(const void *buf, size_t n, struct hvlink_msg *msg, struct hvlink_error *e)
{
    struct hvlink_msg local;
    struct hvlink_walk w;
    uint8_t cmd;
    int r;
    if (!msg)
        msg = &local;
    r = hvlink_msg_parse(buf, n, msg, e);
    if (r)
        return r;
    if (msg->type != 0x122u)
        return hvlink__fail(e, HVLINK_ERR_UNEXPECTED_TYPE, 4, 0, 0, "not a message of this family");
    r = hvlink_msg_genl(msg, &cmd, (uint8_t *)0, &w, e);
    if (r)
        return r;
    if (cmd != 0u)
        return hvlink__fail(e, HVLINK_ERR_UNEXPECTED_TYPE, 16, 0, 0, "a reply of another op");
    return hvlink_empty_parse(&w, e);
}

/* A whole reply message of hvm.get_param: header, family header, then the param-reply (msg may be NULL). */
static inline int hvlink_hvm_get_param_reply_parse(const void *buf, size_t n, struct hvlink_msg *msg, struct hvlink_hvm_param_reply *out, struct hvlink_error *e)
{
    struct hvlink_msg local;
    struct hvlink_walk w;
    uint8_t cmd;
    int r;
    if (!msg)
        msg = &local;
    r = hvlink_msg_parse(buf, n, msg, e);
    if (r)
        return r;
    if (msg->type != 0x122u)
        return hvlink__fail(e, HVLINK_ERR_UNEXPECTED_TYPE, 4, 0, 0, "not a message of this family");
    r = hvlink_msg_genl(msg, &cmd, (uint8_t *)0, &w, e);
    if (r)
        return r;
    if (cmd != 1u)
        return hvlink__fail(e, HVLINK_ERR_UNEXPECTED_TYPE, 16, 0, 0, "a reply of another op");
    return hvlink_hvm_param_reply_parse_at(w.p, w.left, w.offset, w.offset, out, e);
}

/* A whole reply message of hvm.flush_tlbs: header, family header, then the empty reply (msg may be NULL). */
static inline int hvlink_hvm_flush_tlbs_reply_parse(const void *buf, size_t n, struct hvlink_msg *msg, struct hvlink_error *e)
{
    struct hvlink_msg local;
    struct hvlink_walk w;
    uint8_t cmd;
    int r;
    if (!msg)
        msg = &local;
    r = hvlink_msg_parse(buf, n, msg, e);
    if (r)
        return r;
    if (msg->type != 0x122u)
        return hvlink__fail(e, HVLINK_ERR_UNEXPECTED_TYPE, 4, 0, 0, "not a message of this family");
    r = hvlink_msg_genl(msg, &cmd, (uint8_t *)0, &w, e);
    if (r)
        return r;
    if (cmd != 5u)
        return hvlink__fail(e, HVLINK_ERR_UNEXPECTED_TYPE, 16, 0, 0, "a reply of another op");
    return hvlink_empty_parse(&w, e);
}

/* A whole reply message of hvm.get_time: header, family header, then the time-reply (msg may be NULL). */
static inline int hvlink_hvm_get_time_reply_parse(const void *buf, size_t n, struct hvlink_msg *msg, struct hvlink_hvm_time_reply *out, struct hvlink_error *e)
{
    struct hvlink_msg local;
    struct hvlink_walk w;
    uint8_t cmd;
    int r;
    if (!msg)
        msg = &local;
    r = hvlink_msg_parse(buf, n, msg, e);
    if (r)
        return r;
    if (msg->type != 0x122u)
        return hvlink__fail(e, HVLINK_ERR_UNEXPECTED_TYPE, 4, 0, 0, "not a message of this family");
    r = hvlink_msg_genl(msg, &cmd, (uint8_t *)0, &w, e);
    if (r)
        return r;
    if (cmd != 10u)
        return hvlink__fail(e, HVLINK_ERR_UNEXPECTED_TYPE, 16, 0, 0, "a reply of another op");
    return hvlink_hvm_time_reply_parse_at(w.p, w.left, w.offset, w.offset, out, e);
}

/* A whole reply message of hvm.get_mem_type: header, family header, then the mem-type-reply (msg may be NULL). */
static inline int hvlink_hvm_get_mem_type_reply_parse(const void *buf, size_t n, struct hvlink_msg *msg, struct hvlink_hvm_mem_type_reply *out, struct hvlink_error *e)
{
    struct hvlink_msg local;
    struct hvlink_walk w;
    uint8_t cmd;
    int r;
    if (!msg)
        msg = &local;
    r = hvlink_msg_parse(buf, n, msg, e);
    if (r)
        return r;
    if (msg->type != 0x122u)
        return hvlink__fail(e, HVLINK_ERR_UNEXPECTED_TYPE, 4, 0, 0, "not a message of this family");
    r = hvlink_msg_genl(msg, &cmd, (uint8_t *)0, &w, e);
    if (r)
        return r;
    if (cmd != 15u)
        return hvlink__fail(e, HVLINK_ERR_UNEXPECTED_TYPE, 16, 0, 0, "a reply of another op");
    return hvlink_hvm_mem_type_reply_parse_at(w.p, w.left, w.offset, w.offset, out, e);
}

/* A whole reply message of hvm.set_evtchn_upcall_vector: header, family header, then the empty reply (msg may be NULL). */
static inline int hvlink_hvm_set_evtchn_upcall_vector_reply_parse(const void *buf, size_t n, struct hvlink_msg *msg, struct hvlink_error *e)
{
    struct hvlink_msg local;
    struct hvlink_walk w;
    uint8_t cmd;
    int r;
    if (!msg)
        msg = &local;
    r = hvlink_msg_parse(buf, n, msg, e);
    if (r)
        return r;
    if (msg->type != 0x122u)
        return hvlink__fail(e, HVLINK_ERR_UNEXPECTED_TYPE, 4, 0, 0, "not a message of this family");
    r = hvlink_msg_genl(msg, &cmd, (uint8_t *)0, &w, e);
    if (r)
        return r;
    if (cmd != 23u)
        return hvlink__fail(e, HVLINK_ERR_UNEXPECTED_TYPE, 16, 0, 0, "a reply of another op");
    return hvlink_empty_parse(&w, e);
}

/* ==========================================================================================
 * Family sysctl
 * ======================================================================================= */

/* list-req: Request of getdomaininfolist: a dump, continued from a cursor. */
struct hvlink_sysctl_list_req {
    uint64_t cursor; /* 0 to start; else the cursor of the previous part (bound to the caller and to the domain list it was made from). */
    bool has_cursor;
    uint32_t max_domains; /* Most domains in one part. */
    bool has_max_domains;
};

/* list-entry: One domain of the list (struct xen_domctl_getdomaininfo; names are asked per domain with domctl.getdomaininfo, as xl reads them from xenstore per domain). */
struct hvlink_sysctl_list_entry {
    uint16_t domain; /* The domain's id. */
    bool has_domain;
    uint32_t flags; /* State flags and shutdown code. */
    bool has_flags;
    uint64_t tot_pages; /* Pages the domain has. */
    bool has_tot_pages;
    uint64_t max_pages; /* Most pages it may have. */
    bool has_max_pages;
    uint32_t nr_online_vcpus; /* vCPUs online. */
    bool has_nr_online_vcpus;
    uint64_t cpu_time; /* CPU time used, in ns. */
    bool has_cpu_time;
    uint32_t max_vcpu_id; /* Highest vCPU id. */
    bool has_max_vcpu_id;
    uint32_t cpupool; /* CPU pool. */
    bool has_cpupool;
    uint8_t gpaddr_bits; /* Width of the guest-physical address space (Xen 4.16). */
    bool has_gpaddr_bits;
};

/* list-reply: One part of the domain list. */
struct hvlink_sysctl_list_reply {
    struct hvlink_list domain; /* One domain, in ascending id order. (up to 64) */
    uint64_t cursor; /* Where the next part starts; absent in the last part (DONE). */
    bool has_cursor;
};

/* physinfo-reply: Reply of physinfo (struct xen_sysctl_physinfo). */
struct hvlink_sysctl_physinfo_reply {
    uint32_t threads_per_core; /* Hardware threads per core. */
    bool has_threads_per_core;
    uint32_t cores_per_socket; /* Cores per socket. */
    bool has_cores_per_socket;
    uint32_t nr_cpus; /* CPUs online. */
    bool has_nr_cpus;
    uint32_t max_cpu_id; /* Highest possible CPU id. */
    bool has_max_cpu_id;
    uint32_t nr_nodes; /* NUMA nodes online. */
    bool has_nr_nodes;
    uint32_t cpu_khz; /* CPU frequency in kHz. */
    bool has_cpu_khz;
    uint32_t capabilities; /* What the host can do. */
    bool has_capabilities;
    uint64_t total_pages; /* Pages of host memory. */
    bool has_total_pages;
    uint64_t free_pages; /* Pages not given to any domain. */
    bool has_free_pages;
    uint64_t max_mfn; /* Highest possible machine frame. */
    bool has_max_mfn;
};

/* console-req: Request of readconsole. */
struct hvlink_sysctl_console_req {
    bool clear; /* Clear what was read. */
    uint32_t index; /* Byte index to read from (the previous reply's index to read on). */
    bool has_index;
    uint32_t max_bytes; /* Most bytes wanted. */
    bool has_max_bytes;
};

/* console-reply: Reply of readconsole. */
struct hvlink_sysctl_console_reply {
    uint32_t index; /* Index after the bytes returned. */
    bool has_index;
    const uint8_t *data; /* Console bytes. */
    uint32_t data_len;
    bool has_data;
};

static inline int hvlink_sysctl_list_req_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_sysctl_list_req *out, struct hvlink_error *e);
static inline int hvlink_sysctl_list_entry_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_sysctl_list_entry *out, struct hvlink_error *e);
static inline int hvlink_sysctl_list_reply_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_sysctl_list_reply *out, struct hvlink_error *e);
static inline int hvlink_sysctl_physinfo_reply_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_sysctl_physinfo_reply *out, struct hvlink_error *e);
static inline int hvlink_sysctl_console_req_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_sysctl_console_req *out, struct hvlink_error *e);
static inline int hvlink_sysctl_console_reply_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_sysctl_console_reply *out, struct hvlink_error *e);
static inline int hvlink_sysctl_list_entry_read_valid(const uint8_t *p, size_t n, uint32_t off, struct hvlink_sysctl_list_entry *out);

/* list-req: every attribute absent, defaults filled. */
static inline void hvlink_sysctl_list_req_init(struct hvlink_sysctl_list_req *v)
{
    v->cursor = (uint64_t)0x0ULL;
    v->has_cursor = false;
    v->max_domains = (uint32_t)0x40ULL;
    v->has_max_domains = false;
}

/* Validate and decode list-req (the Rust decoder's checks, order and errors). */
static inline int hvlink_sysctl_list_req_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_sysctl_list_req *out, struct hvlink_error *e)
{
    struct hvlink_walk w;
    struct hvlink_attr a;
    uint32_t count = 0;
    int r;
    uint64_t seen[2] = {0, 0};
    uint64_t v = 0;
    (void)container;
    hvlink_sysctl_list_req_init(out);
    hvlink_walk_init(&w, p, n, off);
    if (hvlink_walk_expect(&w, 0x0001000cu, &a)) {
        count++;
        seen[0] |= 0x1ULL;
        r = hvlink__int(&a, 8, &v, e);
        if (r)
            return r;
        out->cursor = (uint64_t)v;
        out->has_cursor = true;
    }
    if (hvlink_walk_expect(&w, 0x00020008u, &a)) {
        count++;
        seen[0] |= 0x2ULL;
        r = hvlink__int(&a, 4, &v, e);
        if (r)
            return r;
        if (v < 0x1ULL || v > 0x40ULL)
            return hvlink__out_of_range(&a, e);
        out->max_domains = (uint32_t)v;
        out->has_max_domains = true;
    }
    while ((r = hvlink_walk_next(&w, &a, e)) == 1) {
        if (++count > 1024u)
            return hvlink__too_many(&a, e);
        switch (hvlink_attr_kind(&a)) {
        case 1: {
            if (seen[0] & 0x1ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x1ULL;
            r = hvlink__int(&a, 8, &v, e);
            if (r)
                return r;
            out->cursor = (uint64_t)v;
            out->has_cursor = true;
            break;
        }
        case 2: {
            if (seen[0] & 0x2ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x2ULL;
            r = hvlink__int(&a, 4, &v, e);
            if (r)
                return r;
            if (v < 0x1ULL || v > 0x40ULL)
                return hvlink__out_of_range(&a, e);
            out->max_domains = (uint32_t)v;
            out->has_max_domains = true;
            break;
        }
        default:
            r = hvlink__unknown(&a, e);
            if (r)
                return r;
            break;
        }
    }
    if (r < 0)
        return r;
    return 0;
}

/* Write the attributes of list-req as the Rust encoder does (the order of the spec, the chosen
 * form's after the common ones; defaults and absent values left out). */
static inline void hvlink_sysctl_list_req_put(struct hvlink_buf *b, const struct hvlink_sysctl_list_req *v)
{
    if (v->cursor != (uint64_t)0x0ULL) {
        hvlink_put_u64(b, 1, v->cursor);
    }
    if (v->max_domains != (uint32_t)0x40ULL) {
        hvlink_put_u32(b, 2, v->max_domains);
    }
}

/* list-entry: every attribute absent, defaults filled. */
static inline void hvlink_sysctl_list_entry_init(struct hvlink_sysctl_list_entry *v)
{
    v->domain = (uint16_t)0x0ULL;
    v->has_domain = false;
    v->flags = (uint32_t)0x0ULL;
    v->has_flags = false;
    v->tot_pages = (uint64_t)0x0ULL;
    v->has_tot_pages = false;
    v->max_pages = (uint64_t)0x0ULL;
    v->has_max_pages = false;
    v->nr_online_vcpus = (uint32_t)0x0ULL;
    v->has_nr_online_vcpus = false;
    v->cpu_time = (uint64_t)0x0ULL;
    v->has_cpu_time = false;
    v->max_vcpu_id = (uint32_t)0x0ULL;
    v->has_max_vcpu_id = false;
    v->cpupool = (uint32_t)0x0ULL;
    v->has_cpupool = false;
    v->gpaddr_bits = (uint8_t)0x0ULL;
    v->has_gpaddr_bits = false;
}

/* Validate and decode list-entry (the Rust decoder's checks, order and errors). */
static inline int hvlink_sysctl_list_entry_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_sysctl_list_entry *out, struct hvlink_error *e)
{
    struct hvlink_walk w;
    struct hvlink_attr a;
    uint32_t count = 0;
    int r;
    uint64_t seen[2] = {0, 0};
    uint64_t v = 0;
    hvlink_sysctl_list_entry_init(out);
    hvlink_walk_init(&w, p, n, off);
    if (hvlink_walk_expect(&w, 0x00010006u, &a)) {
        count++;
        seen[0] |= 0x1ULL;
        r = hvlink__int(&a, 2, &v, e);
        if (r)
            return r;
        out->domain = (uint16_t)v;
        out->has_domain = true;
    }
    if (hvlink_walk_expect(&w, 0x00020008u, &a)) {
        count++;
        seen[0] |= 0x2ULL;
        r = hvlink__int(&a, 4, &v, e);
        if (r)
            return r;
        out->flags = (uint32_t)v;
        out->has_flags = true;
    }
    if (hvlink_walk_expect(&w, 0x0003000cu, &a)) {
        count++;
        seen[0] |= 0x4ULL;
        r = hvlink__int(&a, 8, &v, e);
        if (r)
            return r;
        out->tot_pages = (uint64_t)v;
        out->has_tot_pages = true;
    }
    if (hvlink_walk_expect(&w, 0x0004000cu, &a)) {
        count++;
        seen[0] |= 0x8ULL;
        r = hvlink__int(&a, 8, &v, e);
        if (r)
            return r;
        out->max_pages = (uint64_t)v;
        out->has_max_pages = true;
    }
    if (hvlink_walk_expect(&w, 0x00050008u, &a)) {
        count++;
        seen[0] |= 0x10ULL;
        r = hvlink__int(&a, 4, &v, e);
        if (r)
            return r;
        out->nr_online_vcpus = (uint32_t)v;
        out->has_nr_online_vcpus = true;
    }
    if (hvlink_walk_expect(&w, 0x0006000cu, &a)) {
        count++;
        seen[0] |= 0x20ULL;
        r = hvlink__int(&a, 8, &v, e);
        if (r)
            return r;
        out->cpu_time = (uint64_t)v;
        out->has_cpu_time = true;
    }
    if (hvlink_walk_expect(&w, 0x00070008u, &a)) {
        count++;
        seen[0] |= 0x40ULL;
        r = hvlink__int(&a, 4, &v, e);
        if (r)
            return r;
        out->max_vcpu_id = (uint32_t)v;
        out->has_max_vcpu_id = true;
    }
    if (hvlink_walk_expect(&w, 0x00080008u, &a)) {
        count++;
        seen[0] |= 0x80ULL;
        r = hvlink__int(&a, 4, &v, e);
        if (r)
            return r;
        out->cpupool = (uint32_t)v;
        out->has_cpupool = true;
    }
    if (hvlink_walk_expect(&w, 0x000a0005u, &a)) {
        count++;
        seen[0] |= 0x100ULL;
        r = hvlink__int(&a, 1, &v, e);
        if (r)
            return r;
        out->gpaddr_bits = (uint8_t)v;
        out->has_gpaddr_bits = true;
    }
    while ((r = hvlink_walk_next(&w, &a, e)) == 1) {
        if (++count > 1024u)
            return hvlink__too_many(&a, e);
        switch (hvlink_attr_kind(&a)) {
        case 1: {
            if (seen[0] & 0x1ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x1ULL;
            r = hvlink__int(&a, 2, &v, e);
            if (r)
                return r;
            out->domain = (uint16_t)v;
            out->has_domain = true;
            break;
        }
        case 2: {
            if (seen[0] & 0x2ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x2ULL;
            r = hvlink__int(&a, 4, &v, e);
            if (r)
                return r;
            out->flags = (uint32_t)v;
            out->has_flags = true;
            break;
        }
        case 3: {
            if (seen[0] & 0x4ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x4ULL;
            r = hvlink__int(&a, 8, &v, e);
            if (r)
                return r;
            out->tot_pages = (uint64_t)v;
            out->has_tot_pages = true;
            break;
        }
        case 4: {
            if (seen[0] & 0x8ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x8ULL;
            r = hvlink__int(&a, 8, &v, e);
            if (r)
                return r;
            out->max_pages = (uint64_t)v;
            out->has_max_pages = true;
            break;
        }
        case 5: {
            if (seen[0] & 0x10ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x10ULL;
            r = hvlink__int(&a, 4, &v, e);
            if (r)
                return r;
            out->nr_online_vcpus = (uint32_t)v;
            out->has_nr_online_vcpus = true;
            break;
        }
        case 6: {
            if (seen[0] & 0x20ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x20ULL;
            r = hvlink__int(&a, 8, &v, e);
            if (r)
                return r;
            out->cpu_time = (uint64_t)v;
            out->has_cpu_time = true;
            break;
        }
        case 7: {
            if (seen[0] & 0x40ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x40ULL;
            r = hvlink__int(&a, 4, &v, e);
            if (r)
                return r;
            out->max_vcpu_id = (uint32_t)v;
            out->has_max_vcpu_id = true;
            break;
        }
        case 8: {
            if (seen[0] & 0x80ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x80ULL;
            r = hvlink__int(&a, 4, &v, e);
            if (r)
                return r;
            out->cpupool = (uint32_t)v;
            out->has_cpupool = true;
            break;
        }
        case 10: {
            if (seen[0] & 0x100ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x100ULL;
            r = hvlink__int(&a, 1, &v, e);
            if (r)
                return r;
            out->gpaddr_bits = (uint8_t)v;
            out->has_gpaddr_bits = true;
            break;
        }
        default:
            r = hvlink__unknown(&a, e);
            if (r)
                return r;
            break;
        }
    }
    if (r < 0)
        return r;
    if (!(seen[0] & 0x1ULL))
        return hvlink__missing(container, 1, e);
    if (!(seen[0] & 0x2ULL))
        return hvlink__missing(container, 2, e);
    if (!(seen[0] & 0x4ULL))
        return hvlink__missing(container, 3, e);
    if (!(seen[0] & 0x8ULL))
        return hvlink__missing(container, 4, e);
    if (!(seen[0] & 0x10ULL))
        return hvlink__missing(container, 5, e);
    if (!(seen[0] & 0x20ULL))
        return hvlink__missing(container, 6, e);
    return 0;
}

/* Read list-entry bytes that hvlink_sysctl_list_entry_parse_at accepted (list iteration): values only. */
static inline int hvlink_sysctl_list_entry_read_valid(const uint8_t *p, size_t n, uint32_t off, struct hvlink_sysctl_list_entry *out)
{
    struct hvlink_walk w;
    struct hvlink_attr a;
    struct hvlink_error e;
    int r;
    hvlink_sysctl_list_entry_init(out);
    hvlink_walk_init(&w, p, n, off);
    if (hvlink_walk_expect(&w, 0x00010006u, &a)) {
        out->domain = (uint16_t)hvlink__ld16(a.payload);
        out->has_domain = true;
    }
    if (hvlink_walk_expect(&w, 0x00020008u, &a)) {
        out->flags = (uint32_t)hvlink__ld32(a.payload);
        out->has_flags = true;
    }
    if (hvlink_walk_expect(&w, 0x0003000cu, &a)) {
        out->tot_pages = (uint64_t)hvlink__ld64(a.payload);
        out->has_tot_pages = true;
    }
    if (hvlink_walk_expect(&w, 0x0004000cu, &a)) {
        out->max_pages = (uint64_t)hvlink__ld64(a.payload);
        out->has_max_pages = true;
    }
    if (hvlink_walk_expect(&w, 0x00050008u, &a)) {
        out->nr_online_vcpus = (uint32_t)hvlink__ld32(a.payload);
        out->has_nr_online_vcpus = true;
    }
    if (hvlink_walk_expect(&w, 0x0006000cu, &a)) {
        out->cpu_time = (uint64_t)hvlink__ld64(a.payload);
        out->has_cpu_time = true;
    }
    if (hvlink_walk_expect(&w, 0x00070008u, &a)) {
        out->max_vcpu_id = (uint32_t)hvlink__ld32(a.payload);
        out->has_max_vcpu_id = true;
    }
    if (hvlink_walk_expect(&w, 0x00080008u, &a)) {
        out->cpupool = (uint32_t)hvlink__ld32(a.payload);
        out->has_cpupool = true;
    }
    if (hvlink_walk_expect(&w, 0x000a0005u, &a)) {
        out->gpaddr_bits = (uint8_t)a.payload[0];
        out->has_gpaddr_bits = true;
    }
    while ((r = hvlink_walk_next(&w, &a, &e)) == 1) {
        switch (hvlink_attr_kind(&a)) {
        case 1:
            if (a.len != 2u)
                return -1;
            out->domain = (uint16_t)hvlink__ld16(a.payload);
            out->has_domain = true;
            break;
        case 2:
            if (a.len != 4u)
                return -1;
            out->flags = (uint32_t)hvlink__ld32(a.payload);
            out->has_flags = true;
            break;
        case 3:
            if (a.len != 8u)
                return -1;
            out->tot_pages = (uint64_t)hvlink__ld64(a.payload);
            out->has_tot_pages = true;
            break;
        case 4:
            if (a.len != 8u)
                return -1;
            out->max_pages = (uint64_t)hvlink__ld64(a.payload);
            out->has_max_pages = true;
            break;
        case 5:
            if (a.len != 4u)
                return -1;
            out->nr_online_vcpus = (uint32_t)hvlink__ld32(a.payload);
            out->has_nr_online_vcpus = true;
            break;
        case 6:
            if (a.len != 8u)
                return -1;
            out->cpu_time = (uint64_t)hvlink__ld64(a.payload);
            out->has_cpu_time = true;
            break;
        case 7:
            if (a.len != 4u)
                return -1;
            out->max_vcpu_id = (uint32_t)hvlink__ld32(a.payload);
            out->has_max_vcpu_id = true;
            break;
        case 8:
            if (a.len != 4u)
                return -1;
            out->cpupool = (uint32_t)hvlink__ld32(a.payload);
            out->has_cpupool = true;
            break;
        case 10:
            if (a.len != 1u)
                return -1;
            out->gpaddr_bits = (uint8_t)a.payload[0];
            out->has_gpaddr_bits = true;
            break;
        default:
            break;
        }
    }
    return r;
}

/* Write the attributes of list-entry as the Rust encoder does (the order of the spec, the chosen
 * form's after the common ones; defaults and absent values left out). */
static inline void hvlink_sysctl_list_entry_put(struct hvlink_buf *b, const struct hvlink_sysctl_list_entry *v)
{
    hvlink_put_u16(b, 1, v->domain);
    hvlink_put_u32(b, 2, v->flags);
    hvlink_put_u64(b, 3, v->tot_pages);
    hvlink_put_u64(b, 4, v->max_pages);
    hvlink_put_u32(b, 5, v->nr_online_vcpus);
    hvlink_put_u64(b, 6, v->cpu_time);
    if (v->has_max_vcpu_id) {
        hvlink_put_u32(b, 7, v->max_vcpu_id);
    }
    if (v->has_cpupool) {
        hvlink_put_u32(b, 8, v->cpupool);
    }
    if (v->has_gpaddr_bits) {
        hvlink_put_u8(b, 10, v->gpaddr_bits);
    }
}

/* list-reply: every attribute absent, defaults filled. */
static inline void hvlink_sysctl_list_reply_init(struct hvlink_sysctl_list_reply *v)
{
    v->domain.wire = (const uint8_t *)0;
    v->domain.items = (const void *)0;
    v->domain.wire_len = 0;
    v->domain.wire_offset = 0;
    v->domain.count = 0;
    v->domain.kind = 1;
    v->cursor = (uint64_t)0x0ULL;
    v->has_cursor = false;
}

/* Validate and decode list-reply (the Rust decoder's checks, order and errors). */
static inline int hvlink_sysctl_list_reply_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_sysctl_list_reply *out, struct hvlink_error *e)
{
    struct hvlink_walk w;
    struct hvlink_attr a;
    uint32_t count = 0;
    int r;
    uint64_t seen[2] = {0, 0};
    uint64_t v = 0;
    (void)container;
    hvlink_sysctl_list_reply_init(out);
    out->domain.wire = p;
    out->domain.wire_len = (uint32_t)n;
    out->domain.wire_offset = off;
    hvlink_walk_init(&w, p, n, off);
    if (hvlink_walk_expect(&w, 0x0002000cu, &a)) {
        count++;
        seen[0] |= 0x2ULL;
        r = hvlink__int(&a, 8, &v, e);
        if (r)
            return r;
        out->cursor = (uint64_t)v;
        out->has_cursor = true;
    }
    while ((r = hvlink_walk_next(&w, &a, e)) == 1) {
        if (++count > 1024u)
            return hvlink__too_many(&a, e);
        switch (hvlink_attr_kind(&a)) {
        case 1: {
            seen[0] |= 0x1ULL;
            if (out->domain.count >= 64u)
                return hvlink__too_many(&a, e);
            {
                struct hvlink_sysctl_list_entry tmp;
                r = hvlink_sysctl_list_entry_parse_at(a.payload, a.len, a.offset + 4u, a.offset, &tmp, e);
                if (r)
                    return r;
            }
            out->domain.count++;
            break;
        }
        case 2: {
            if (seen[0] & 0x2ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x2ULL;
            r = hvlink__int(&a, 8, &v, e);
            if (r)
                return r;
            out->cursor = (uint64_t)v;
            out->has_cursor = true;
            break;
        }
        default:
            r = hvlink__unknown(&a, e);
            if (r)
                return r;
            break;
        }
    }
    if (r < 0)
        return r;
    return 0;
}

/* The next element of list-reply.domain from a parsed list (1, or 0 at the end). */
static inline int hvlink_sysctl_list_reply_domain_next(struct hvlink_list_iter *it, struct hvlink_sysctl_list_entry *out)
{
    struct hvlink_attr a;
    if (!hvlink_list_next_attr(it, &a))
        return 0;
    if (hvlink_sysctl_list_entry_read_valid(a.payload, a.len, a.offset + 4u, out) != 0) {
        it->left = 0;
        return 0;
    }
    return 1;
}

/* Write the attributes of list-reply as the Rust encoder does (the order of the spec, the chosen
 * form's after the common ones; defaults and absent values left out). */
static inline void hvlink_sysctl_list_reply_put(struct hvlink_buf *b, const struct hvlink_sysctl_list_reply *v)
{
    if (v->domain.items) {
        uint32_t i;
        for (i = 0; i < v->domain.count; i++) {
            struct hvlink_sysctl_list_entry x = ((struct hvlink_sysctl_list_entry const *)v->domain.items)[i];
            {
                size_t nest = hvlink_nest_begin(b, 1);
                hvlink_sysctl_list_entry_put(b, &x);
                hvlink_nest_end(b, nest);
            }
        }
    } else {
        struct hvlink_list_iter it;
        struct hvlink_sysctl_list_entry x;
        hvlink_list_iter_init(&it, &v->domain);
        while (hvlink_sysctl_list_reply_domain_next(&it, &x))
            {
                size_t nest = hvlink_nest_begin(b, 1);
                hvlink_sysctl_list_entry_put(b, &x);
                hvlink_nest_end(b, nest);
            }
    }
    if (v->has_cursor) {
        hvlink_put_u64(b, 2, v->cursor);
    }
}

/* physinfo-reply: every attribute absent, defaults filled. */
static inline void hvlink_sysctl_physinfo_reply_init(struct hvlink_sysctl_physinfo_reply *v)
{
    v->threads_per_core = (uint32_t)0x0ULL;
    v->has_threads_per_core = false;
    v->cores_per_socket = (uint32_t)0x0ULL;
    v->has_cores_per_socket = false;
    v->nr_cpus = (uint32_t)0x0ULL;
    v->has_nr_cpus = false;
    v->max_cpu_id = (uint32_t)0x0ULL;
    v->has_max_cpu_id = false;
    v->nr_nodes = (uint32_t)0x0ULL;
    v->has_nr_nodes = false;
    v->cpu_khz = (uint32_t)0x0ULL;
    v->has_cpu_khz = false;
    v->capabilities = (uint32_t)0x0ULL;
    v->has_capabilities = false;
    v->total_pages = (uint64_t)0x0ULL;
    v->has_total_pages = false;
    v->free_pages = (uint64_t)0x0ULL;
    v->has_free_pages = false;
    v->max_mfn = (uint64_t)0x0ULL;
    v->has_max_mfn = false;
}

/* Validate and decode physinfo-reply (the Rust decoder's checks, order and errors). */
static inline int hvlink_sysctl_physinfo_reply_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_sysctl_physinfo_reply *out, struct hvlink_error *e)
{
    struct hvlink_walk w;
    struct hvlink_attr a;
    uint32_t count = 0;
    int r;
    uint64_t seen[2] = {0, 0};
    uint64_t v = 0;
    hvlink_sysctl_physinfo_reply_init(out);
    hvlink_walk_init(&w, p, n, off);
    if (hvlink_walk_expect(&w, 0x00010008u, &a)) {
        count++;
        seen[0] |= 0x1ULL;
        r = hvlink__int(&a, 4, &v, e);
        if (r)
            return r;
        out->threads_per_core = (uint32_t)v;
        out->has_threads_per_core = true;
    }
    if (hvlink_walk_expect(&w, 0x00020008u, &a)) {
        count++;
        seen[0] |= 0x2ULL;
        r = hvlink__int(&a, 4, &v, e);
        if (r)
            return r;
        out->cores_per_socket = (uint32_t)v;
        out->has_cores_per_socket = true;
    }
    if (hvlink_walk_expect(&w, 0x00030008u, &a)) {
        count++;
        seen[0] |= 0x4ULL;
        r = hvlink__int(&a, 4, &v, e);
        if (r)
            return r;
        out->nr_cpus = (uint32_t)v;
        out->has_nr_cpus = true;
    }
    if (hvlink_walk_expect(&w, 0x00040008u, &a)) {
        count++;
        seen[0] |= 0x8ULL;
        r = hvlink__int(&a, 4, &v, e);
        if (r)
            return r;
        out->max_cpu_id = (uint32_t)v;
        out->has_max_cpu_id = true;
    }
    if (hvlink_walk_expect(&w, 0x00050008u, &a)) {
        count++;
        seen[0] |= 0x10ULL;
        r = hvlink__int(&a, 4, &v, e);
        if (r)
            return r;
        out->nr_nodes = (uint32_t)v;
        out->has_nr_nodes = true;
    }
    if (hvlink_walk_expect(&w, 0x00060008u, &a)) {
        count++;
        seen[0] |= 0x20ULL;
        r = hvlink__int(&a, 4, &v, e);
        if (r)
            return r;
        out->cpu_khz = (uint32_t)v;
        out->has_cpu_khz = true;
    }
    if (hvlink_walk_expect(&w, 0x00070008u, &a)) {
        count++;
        seen[0] |= 0x40ULL;
        r = hvlink__int(&a, 4, &v, e);
        if (r)
            return r;
        out->capabilities = (uint32_t)v;
        out->has_capabilities = true;
    }
    if (hvlink_walk_expect(&w, 0x0008000cu, &a)) {
        count++;
        seen[0] |= 0x80ULL;
        r = hvlink__int(&a, 8, &v, e);
        if (r)
            return r;
        out->total_pages = (uint64_t)v;
        out->has_total_pages = true;
    }
    if (hvlink_walk_expect(&w, 0x0009000cu, &a)) {
        count++;
        seen[0] |= 0x100ULL;
        r = hvlink__int(&a, 8, &v, e);
        if (r)
            return r;
        out->free_pages = (uint64_t)v;
        out->has_free_pages = true;
    }
    if (hvlink_walk_expect(&w, 0x000a000cu, &a)) {
        count++;
        seen[0] |= 0x200ULL;
        r = hvlink__int(&a, 8, &v, e);
        if (r)
            return r;
        out->max_mfn = (uint64_t)v;
        out->has_max_mfn = true;
    }
    while ((r = hvlink_walk_next(&w, &a, e)) == 1) {
        if (++count > 1024u)
            return hvlink__too_many(&a, e);
        switch (hvlink_attr_kind(&a)) {
        case 1: {
            if (seen[0] & 0x1ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x1ULL;
            r = hvlink__int(&a, 4, &v, e);
            if (r)
                return r;
            out->threads_per_core = (uint32_t)v;
            out->has_threads_per_core = true;
            break;
        }
        case 2: {
            if (seen[0] & 0x2ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x2ULL;
            r = hvlink__int(&a, 4, &v, e);
            if (r)
                return r;
            out->cores_per_socket = (uint32_t)v;
            out->has_cores_per_socket = true;
            break;
        }
        case 3: {
            if (seen[0] & 0x4ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x4ULL;
            r = hvlink__int(&a, 4, &v, e);
            if (r)
                return r;
            out->nr_cpus = (uint32_t)v;
            out->has_nr_cpus = true;
            break;
        }
        case 4: {
            if (seen[0] & 0x8ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x8ULL;
            r = hvlink__int(&a, 4, &v, e);
            if (r)
                return r;
            out->max_cpu_id = (uint32_t)v;
            out->has_max_cpu_id = true;
            break;
        }
        case 5: {
            if (seen[0] & 0x10ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x10ULL;
            r = hvlink__int(&a, 4, &v, e);
            if (r)
                return r;
            out->nr_nodes = (uint32_t)v;
            out->has_nr_nodes = true;
            break;
        }
        case 6: {
            if (seen[0] & 0x20ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x20ULL;
            r = hvlink__int(&a, 4, &v, e);
            if (r)
                return r;
            out->cpu_khz = (uint32_t)v;
            out->has_cpu_khz = true;
            break;
        }
        case 7: {
            if (seen[0] & 0x40ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x40ULL;
            r = hvlink__int(&a, 4, &v, e);
            if (r)
                return r;
            out->capabilities = (uint32_t)v;
            out->has_capabilities = true;
            break;
        }
        case 8: {
            if (seen[0] & 0x80ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x80ULL;
            r = hvlink__int(&a, 8, &v, e);
            if (r)
                return r;
            out->total_pages = (uint64_t)v;
            out->has_total_pages = true;
            break;
        }
        case 9: {
            if (seen[0] & 0x100ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x100ULL;
            r = hvlink__int(&a, 8, &v, e);
            if (r)
                return r;
            out->free_pages = (uint64_t)v;
            out->has_free_pages = true;
            break;
        }
        case 10: {
            if (seen[0] & 0x200ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x200ULL;
            r = hvlink__int(&a, 8, &v, e);
            if (r)
                return r;
            out->max_mfn = (uint64_t)v;
            out->has_max_mfn = true;
            break;
        }
        default:
            r = hvlink__unknown(&a, e);
            if (r)
                return r;
            break;
        }
    }
    if (r < 0)
        return r;
    if (!(seen[0] & 0x1ULL))
        return hvlink__missing(container, 1, e);
    if (!(seen[0] & 0x2ULL))
        return hvlink__missing(container, 2, e);
    if (!(seen[0] & 0x4ULL))
        return hvlink__missing(container, 3, e);
    if (!(seen[0] & 0x40ULL))
        return hvlink__missing(container, 7, e);
    if (!(seen[0] & 0x80ULL))
        return hvlink__missing(container, 8, e);
    if (!(seen[0] & 0x100ULL))
        return hvlink__missing(container, 9, e);
    return 0;
}

/* Write the attributes of physinfo-reply as the Rust encoder does (the order of the spec, the chosen
 * form's after the common ones; defaults and absent values left out). */
static inline void hvlink_sysctl_physinfo_reply_put(struct hvlink_buf *b, const struct hvlink_sysctl_physinfo_reply *v)
{
    hvlink_put_u32(b, 1, v->threads_per_core);
    hvlink_put_u32(b, 2, v->cores_per_socket);
    hvlink_put_u32(b, 3, v->nr_cpus);
    if (v->has_max_cpu_id) {
        hvlink_put_u32(b, 4, v->max_cpu_id);
    }
    if (v->has_nr_nodes) {
        hvlink_put_u32(b, 5, v->nr_nodes);
    }
    if (v->has_cpu_khz) {
        hvlink_put_u32(b, 6, v->cpu_khz);
    }
    hvlink_put_u32(b, 7, v->capabilities);
    hvlink_put_u64(b, 8, v->total_pages);
    hvlink_put_u64(b, 9, v->free_pages);
    if (v->has_max_mfn) {
        hvlink_put_u64(b, 10, v->max_mfn);
    }
}

/* console-req: every attribute absent, defaults filled. */
static inline void hvlink_sysctl_console_req_init(struct hvlink_sysctl_console_req *v)
{
    v->clear = false;
    v->index = (uint32_t)0x0ULL;
    v->has_index = false;
    v->max_bytes = (uint32_t)0x800ULL;
    v->has_max_bytes = false;
}

/* Validate and decode console-req (the Rust decoder's checks, order and errors). */
static inline int hvlink_sysctl_console_req_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_sysctl_console_req *out, struct hvlink_error *e)
{
    struct hvlink_walk w;
    struct hvlink_attr a;
    uint32_t count = 0;
    int r;
    uint64_t seen[2] = {0, 0};
    uint64_t v = 0;
    (void)container;
    hvlink_sysctl_console_req_init(out);
    hvlink_walk_init(&w, p, n, off);
    if (hvlink_walk_expect(&w, 0x00010004u, &a)) {
        count++;
        seen[0] |= 0x1ULL;
        r = hvlink__flag(&a, e);
        if (r)
            return r;
        out->clear = true;
    }
    if (hvlink_walk_expect(&w, 0x00020008u, &a)) {
        count++;
        seen[0] |= 0x2ULL;
        r = hvlink__int(&a, 4, &v, e);
        if (r)
            return r;
        out->index = (uint32_t)v;
        out->has_index = true;
    }
    if (hvlink_walk_expect(&w, 0x00030008u, &a)) {
        count++;
        seen[0] |= 0x4ULL;
        r = hvlink__int(&a, 4, &v, e);
        if (r)
            return r;
        if (v < 0x1ULL || v > 0x800ULL)
            return hvlink__out_of_range(&a, e);
        out->max_bytes = (uint32_t)v;
        out->has_max_bytes = true;
    }
    while ((r = hvlink_walk_next(&w, &a, e)) == 1) {
        if (++count > 1024u)
            return hvlink__too_many(&a, e);
        switch (hvlink_attr_kind(&a)) {
        case 1: {
            if (seen[0] & 0x1ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x1ULL;
            r = hvlink__flag(&a, e);
            if (r)
                return r;
            out->clear = true;
            break;
        }
        case 2: {
            if (seen[0] & 0x2ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x2ULL;
            r = hvlink__int(&a, 4, &v, e);
            if (r)
                return r;
            out->index = (uint32_t)v;
            out->has_index = true;
            break;
        }
        case 3: {
            if (seen[0] & 0x4ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x4ULL;
            r = hvlink__int(&a, 4, &v, e);
            if (r)
                return r;
            if (v < 0x1ULL || v > 0x800ULL)
                return hvlink__out_of_range(&a, e);
            out->max_bytes = (uint32_t)v;
            out->has_max_bytes = true;
            break;
        }
        default:
            r = hvlink__unknown(&a, e);
            if (r)
                return r;
            break;
        }
    }
    if (r < 0)
        return r;
    return 0;
}

/* Write the attributes of console-req as the Rust encoder does (the order of the spec, the chosen
 * form's after the common ones; defaults and absent values left out). */
static inline void hvlink_sysctl_console_req_put(struct hvlink_buf *b, const struct hvlink_sysctl_console_req *v)
{
    if (v->clear)
        hvlink_put_flag(b, 1);
    if (v->index != (uint32_t)0x0ULL) {
        hvlink_put_u32(b, 2, v->index);
    }
    if (v->max_bytes != (uint32_t)0x800ULL) {
        hvlink_put_u32(b, 3, v->max_bytes);
    }
}

/* console-reply: every attribute absent, defaults filled. */
static inline void hvlink_sysctl_console_reply_init(struct hvlink_sysctl_console_reply *v)
{
    v->index = (uint32_t)0x0ULL;
    v->has_index = false;
    v->data = (const uint8_t *)0;
    v->data_len = 0;
    v->has_data = false;
}

/* Validate and decode console-reply (the Rust decoder's checks, order and errors). */
static inline int hvlink_sysctl_console_reply_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_sysctl_console_reply *out, struct hvlink_error *e)
{
    struct hvlink_walk w;
    struct hvlink_attr a;
    uint32_t count = 0;
    int r;
    uint64_t seen[2] = {0, 0};
    uint64_t v = 0;
    hvlink_sysctl_console_reply_init(out);
    hvlink_walk_init(&w, p, n, off);
    if (hvlink_walk_expect(&w, 0x00010008u, &a)) {
        count++;
        seen[0] |= 0x1ULL;
        r = hvlink__int(&a, 4, &v, e);
        if (r)
            return r;
        out->index = (uint32_t)v;
        out->has_index = true;
    }
    while ((r = hvlink_walk_next(&w, &a, e)) == 1) {
        if (++count > 1024u)
            return hvlink__too_many(&a, e);
        switch (hvlink_attr_kind(&a)) {
        case 1: {
            if (seen[0] & 0x1ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x1ULL;
            r = hvlink__int(&a, 4, &v, e);
            if (r)
                return r;
            out->index = (uint32_t)v;
            out->has_index = true;
            break;
        }
        case 2: {
            if (seen[0] & 0x2ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x2ULL;
            r = hvlink__binary(&a, 0u, 2048u, e);
            if (r)
                return r;
            out->data = a.payload;
            out->data_len = a.len;
            out->has_data = true;
            break;
        }
        default:
            r = hvlink__unknown(&a, e);
            if (r)
                return r;
            break;
        }
    }
    if (r < 0)
        return r;
    if (!(seen[0] & 0x1ULL))
        return hvlink__missing(container, 1, e);
    return 0;
}

/* Write the attributes of console-reply as the Rust encoder does (the order of the spec, the chosen
 * form's after the common ones; defaults and absent values left out). */
static inline void hvlink_sysctl_console_reply_put(struct hvlink_buf *b, const struct hvlink_sysctl_console_reply *v)
{
    hvlink_put_u32(b, 1, v->index);
    if (v->has_data) {
        hvlink_put_binary(b, 2, v->data, v->data_len);
    }
}

/* A whole reply message of sysctl.readconsole: header, family header, then the console-reply (msg may be NULL). */
static inline int hvlink_sysctl_readconsole_reply_parse(const void *buf, size_t n, struct hvlink_msg *msg, struct hvlink_sysctl_console_reply *out, struct hvlink_error *e)
{
    struct hvlink_msg local;
    struct hvlink_walk w;
    uint8_t cmd;
    int r;
    if (!msg)
        msg = &local;
    r = hvlink_msg_parse(buf, n, msg, e);
    if (r)
        return r;
    if (msg->type != 0x123u)
        return hvlink__fail(e, HVLINK_ERR_UNEXPECTED_TYPE, 4, 0, 0, "not a message of this family");
    r = hvlink_msg_genl(msg, &cmd, (uint8_t *)0, &w, e);
    if (r)
        return r;
    if (cmd != 1u)
        return hvlink__fail(e, HVLINK_ERR_UNEXPECTED_TYPE, 16, 0, 0, "a reply of another op");
    return hvlink_sysctl_console_reply_parse_at(w.p, w.left, w.offset, w.offset, out, e);
}

/* A whole reply message of sysctl.physinfo: header, family header, then the physinfo-reply (msg may be NULL). */
static inline int hvlink_sysctl_physinfo_reply_parse(const void *buf, size_t n, struct hvlink_msg *msg, struct hvlink_sysctl_physinfo_reply *out, struct hvlink_error *e)
{
    struct hvlink_msg local;
    struct hvlink_walk w;
    uint8_t cmd;
    int r;
    if (!msg)
        msg = &local;
    r = hvlink_msg_parse(buf, n, msg, e);
    if (r)
        return r;
    if (msg->type != 0x123u)
        return hvlink__fail(e, HVLINK_ERR_UNEXPECTED_TYPE, 4, 0, 0, "not a message of this family");
    r = hvlink_msg_genl(msg, &cmd, (uint8_t *)0, &w, e);
    if (r)
        return r;
    if (cmd != 3u)
        return hvlink__fail(e, HVLINK_ERR_UNEXPECTED_TYPE, 16, 0, 0, "a reply of another op");
    return hvlink_sysctl_physinfo_reply_parse_at(w.p, w.left, w.offset, w.offset, out, e);
}

/* A whole reply message of sysctl.getdomaininfolist: header, family header, then the list-reply (msg may be NULL). */
static inline int hvlink_sysctl_getdomaininfolist_reply_parse(const void *buf, size_t n, struct hvlink_msg *msg, struct hvlink_sysctl_list_reply *out, struct hvlink_error *e)
{
    struct hvlink_msg local;
    struct hvlink_walk w;
    uint8_t cmd;
    int r;
    if (!msg)
        msg = &local;
    r = hvlink_msg_parse(buf, n, msg, e);
    if (r)
        return r;
    if (msg->type != 0x123u)
        return hvlink__fail(e, HVLINK_ERR_UNEXPECTED_TYPE, 4, 0, 0, "not a message of this family");
    r = hvlink_msg_genl(msg, &cmd, (uint8_t *)0, &w, e);
    if (r)
        return r;
    if (cmd != 6u)
        return hvlink__fail(e, HVLINK_ERR_UNEXPECTED_TYPE, 16, 0, 0, "a reply of another op");
    return hvlink_sysctl_list_reply_parse_at(w.p, w.left, w.offset, w.offset, out, e);
}

/* ==========================================================================================
 * Family domctl
 * ======================================================================================= */

/* create-req: Request of createdomain (struct xen_domctl_createdomain). */
struct hvlink_domctl_create_req {
    uint16_t domain; /* Domain id wanted; 0 lets the hypervisor choose (Xen: 0 or a reserved id auto-allocates). */
    bool has_domain;
    uint32_t flags; /* Creation flags. */
    bool has_flags;
    uint32_t max_vcpus; /* Most vCPUs the domain will have. */
    bool has_max_vcpus;
    uint32_t max_evtchn_port; /* Highest event channel port. */
    bool has_max_evtchn_port;
    int32_t max_grant_frames; /* Most grant table frames; -1 for the hypervisor's default. */
    bool has_max_grant_frames;
    int32_t max_maptrack_frames; /* Most maptrack frames; -1 for the hypervisor's default. */
    bool has_max_maptrack_frames;
    const uint8_t *handle; /* The toolstack's 16-byte handle (a UUID; xen_domain_handle_t). */
    uint32_t handle_len;
    bool has_handle;
    const char *name; /* Name (hvlink: Xen keeps names in xenstore, which hvlink does not have). (NUL-terminated) */
    uint32_t name_len;
    bool has_name;
    uint8_t max_grant_version; /* Highest grant table version the guest may use (grant_opts, Xen 4.16); absent: the host's highest. */
    bool has_max_grant_version;
    uint32_t cpupool_id; /* CPU pool to create the domain in (Xen 4.17); 0 is the default pool. */
    bool has_cpupool_id;
};

/* create-reply: Reply of createdomain. */
struct hvlink_domctl_create_reply {
    uint16_t domain; /* The new domain's id. */
    bool has_domain;
};

/* dom-req: Request naming the domain acted on. */
struct hvlink_domctl_dom_req {
    uint16_t domain; /* The domain. */
    bool has_domain;
};

/* query-req: Request naming the domain asked about. */
struct hvlink_domctl_query_req {
    uint16_t domain; /* The domain; DOMID_SELF (0x7FF0) for the caller. */
    bool has_domain;
};

/* info: What getdomaininfo reports (struct xen_domctl_getdomaininfo); also one entry of sysctl getdomaininfolist. */
struct hvlink_domctl_info {
    uint32_t flags; /* State flags and shutdown code. */
    bool has_flags;
    uint64_t tot_pages; /* Pages the domain has. */
    bool has_tot_pages;
    uint64_t max_pages; /* Most pages it may have (max_mem). */
    bool has_max_pages;
    uint32_t nr_online_vcpus; /* vCPUs online. */
    bool has_nr_online_vcpus;
    uint64_t cpu_time; /* CPU time used, in ns. */
    bool has_cpu_time;
    uint32_t max_vcpu_id; /* Highest vCPU id. */
    bool has_max_vcpu_id;
    uint16_t domain; /* The domain's id. */
    bool has_domain;
    uint32_t cpupool; /* CPU pool. */
    bool has_cpupool;
    const uint8_t *handle; /* The toolstack's handle. */
    uint32_t handle_len;
    bool has_handle;
    const char *name; /* Name given at creation (hvlink). (NUL-terminated) */
    uint32_t name_len;
    bool has_name;
    uint64_t outstanding_pages; /* Pages claimed but not yet allocated. */
    bool has_outstanding_pages;
    uint8_t gpaddr_bits; /* Width of the guest-physical address space (Xen 4.16). */
    bool has_gpaddr_bits;
};

/* max-vcpus-req: Request of max_vcpus. */
struct hvlink_domctl_max_vcpus_req {
    uint16_t domain; /* The domain. */
    bool has_domain;
    uint32_t max; /* Number of vCPUs (at most createdomain's max-vcpus). */
    bool has_max;
};

/* max-mem-req: Request of max_mem. */
struct hvlink_domctl_max_mem_req {
    uint16_t domain; /* The domain. */
    bool has_domain;
    uint64_t max_memkb; /* Most memory in KiB (at most 1 TiB in the model). */
    bool has_max_memkb;
};

/* affinity-req: Request of setvcpuaffinity. */
struct hvlink_domctl_affinity_req {
    uint16_t domain; /* The domain. */
    bool has_domain;
    uint32_t vcpu; /* The vCPU. */
    bool has_vcpu;
    uint64_t hard; /* Hard affinity: bit n = physical CPU n (xenctl_bitmap of up to 64 CPUs). */
    bool has_hard;
    uint64_t soft; /* Soft affinity, as hard. */
    bool has_soft;
};

/* vcpu-query-req: Request of getvcpuaffinity and getvcpuinfo. */
struct hvlink_domctl_vcpu_query_req {
    uint16_t domain; /* The domain; DOMID_SELF (0x7FF0) for the caller. */
    bool has_domain;
    uint32_t vcpu; /* The vCPU. */
    bool has_vcpu;
};

/* affinity-reply: Affinity in effect. */
struct hvlink_domctl_affinity_reply {
    uint64_t hard; /* Hard affinity mask in effect. */
    bool has_hard;
    uint64_t soft; /* Soft affinity mask in effect. */
    bool has_soft;
};

/* vcpuinfo-reply: Reply of getvcpuinfo (struct xen_domctl_getvcpuinfo). */
struct hvlink_domctl_vcpuinfo_reply {
    uint8_t online; /* Currently online. */
    bool has_online;
    uint8_t blocked; /* Blocked waiting for an event. */
    bool has_blocked;
    uint8_t running; /* Runnable or running. */
    bool has_running;
    uint64_t cpu_time; /* CPU time used, in ns. */
    bool has_cpu_time;
    uint32_t cpu; /* Physical CPU it runs on. */
    bool has_cpu;
};

/* time-offset-req: Request of settimeoffset. */
struct hvlink_domctl_time_offset_req {
    uint16_t domain; /* The domain. */
    bool has_domain;
    int64_t seconds; /* Offset applied to the domain's wallclock. */
    bool has_seconds;
};

/* set-target-req: Request of set_target. */
struct hvlink_domctl_set_target_req {
    uint16_t domain; /* The device-model domain. */
    bool has_domain;
    uint16_t target; /* The domain it serves. */
    bool has_target;
};

/* mempool-req: Request of set_paging_mempool_size. */
struct hvlink_domctl_mempool_req {
    uint16_t domain; /* The domain. */
    bool has_domain;
    uint64_t size; /* Size of the paging pool in bytes (a multiple of 4096). */
    bool has_size;
};

/* mempool-reply: Reply of get_paging_mempool_size. */
struct hvlink_domctl_mempool_reply {
    uint64_t size; /* Size of the paging pool in bytes. */
    bool has_size;
};

static inline int hvlink_domctl_create_req_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_domctl_create_req *out, struct hvlink_error *e);
static inline int hvlink_domctl_create_reply_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_domctl_create_reply *out, struct hvlink_error *e);
static inline int hvlink_domctl_dom_req_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_domctl_dom_req *out, struct hvlink_error *e);
static inline int hvlink_domctl_query_req_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_domctl_query_req *out, struct hvlink_error *e);
static inline int hvlink_domctl_info_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_domctl_info *out, struct hvlink_error *e);
static inline int hvlink_domctl_max_vcpus_req_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_domctl_max_vcpus_req *out, struct hvlink_error *e);
static inline int hvlink_domctl_max_mem_req_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_domctl_max_mem_req *out, struct hvlink_error *e);
static inline int hvlink_domctl_affinity_req_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_domctl_affinity_req *out, struct hvlink_error *e);
static inline int hvlink_domctl_vcpu_query_req_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_domctl_vcpu_query_req *out, struct hvlink_error *e);
static inline int hvlink_domctl_affinity_reply_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_domctl_affinity_reply *out, struct hvlink_error *e);
static inline int hvlink_domctl_vcpuinfo_reply_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_domctl_vcpuinfo_reply *out, struct hvlink_error *e);
static inline int hvlink_domctl_time_offset_req_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_domctl_time_offset_req *out, struct hvlink_error *e);
static inline int hvlink_domctl_set_target_req_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_domctl_set_target_req *out, struct hvlink_error *e);
static inline int hvlink_domctl_mempool_req_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_domctl_mempool_req *out, struct hvlink_error *e);
static inline int hvlink_domctl_mempool_reply_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_domctl_mempool_reply *out, struct hvlink_error *e);

/* create-req: every attribute absent, defaults filled. */
static inline void hvlink_domctl_create_req_init(struct hvlink_domctl_create_req *v)
{
    v->domain = (uint16_t)0x0ULL;
    v->has_domain = false;
    v->flags = (uint32_t)0x0ULL;
    v->has_flags = false;
    v->max_vcpus = (uint32_t)0x0ULL;
    v->has_max_vcpus = false;
    v->max_evtchn_port = (uint32_t)0x3ffULL;
    v->has_max_evtchn_port = false;
    v->max_grant_frames = (int32_t)(-1LL);
    v->has_max_grant_frames = false;
    v->max_maptrack_frames = (int32_t)(-1LL);
    v->has_max_maptrack_frames = false;
    v->handle = (const uint8_t *)0;
    v->handle_len = 0;
    v->has_handle = false;
    v->name = (const char *)0;
    v->name_len = 0;
    v->has_name = false;
    v->max_grant_version = (uint8_t)0x0ULL;
    v->has_max_grant_version = false;
    v->cpupool_id = (uint32_t)0x0ULL;
    v->has_cpupool_id = false;
}

/* Validate and decode create-req (the Rust decoder's checks, order and errors). */
static inline int hvlink_domctl_create_req_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_domctl_create_req *out, struct hvlink_error *e)
{
    struct hvlink_walk w;
    struct hvlink_attr a;
    uint32_t count = 0;
    int r;
    uint64_t seen[2] = {0, 0};
    uint64_t v = 0;
    hvlink_domctl_create_req_init(out);
    hvlink_walk_init(&w, p, n, off);
    if (hvlink_walk_expect(&w, 0x00010006u, &a)) {
        count++;
        seen[0] |= 0x1ULL;
        r = hvlink__int(&a, 2, &v, e);
        if (r)
            return r;
        if (v > 0x7fefULL)
            return hvlink__out_of_range(&a, e);
        out->domain = (uint16_t)v;
        out->has_domain = true;
    }
    if (hvlink_walk_expect(&w, 0x00020008u, &a)) {
        count++;
        seen[0] |= 0x2ULL;
        r = hvlink__int(&a, 4, &v, e);
        if (r)
            return r;
        if (v & ~(uint64_t)0xffULL)
            return hvlink__bad_flags(&a, e);
        out->flags = (uint32_t)v;
        out->has_flags = true;
    }
    if (hvlink_walk_expect(&w, 0x00030008u, &a)) {
        count++;
        seen[0] |= 0x4ULL;
        r = hvlink__int(&a, 4, &v, e);
        if (r)
            return r;
        if (v < 0x1ULL || v > 0x80ULL)
            return hvlink__out_of_range(&a, e);
        out->max_vcpus = (uint32_t)v;
        out->has_max_vcpus = true;
    }
    if (hvlink_walk_expect(&w, 0x00040008u, &a)) {
        count++;
        seen[0] |= 0x8ULL;
        r = hvlink__int(&a, 4, &v, e);
        if (r)
            return r;
        if (v > 0xfffULL)
            return hvlink__out_of_range(&a, e);
        out->max_evtchn_port = (uint32_t)v;
        out->has_max_evtchn_port = true;
    }
    if (hvlink_walk_expect(&w, 0x00050008u, &a)) {
        count++;
        seen[0] |= 0x10ULL;
        r = hvlink__int(&a, 4, &v, e);
        if (r)
            return r;
        if ((int64_t)(int32_t)(v) < (-1LL) || (int64_t)(int32_t)(v) > (64LL))
            return hvlink__out_of_range(&a, e);
        out->max_grant_frames = (int32_t)v;
        out->has_max_grant_frames = true;
    }
    if (hvlink_walk_expect(&w, 0x00060008u, &a)) {
        count++;
        seen[0] |= 0x20ULL;
        r = hvlink__int(&a, 4, &v, e);
        if (r)
            return r;
        if ((int64_t)(int32_t)(v) < (-1LL) || (int64_t)(int32_t)(v) > (1024LL))
            return hvlink__out_of_range(&a, e);
        out->max_maptrack_frames = (int32_t)v;
        out->has_max_maptrack_frames = true;
    }
    if (hvlink_walk_expect(&w, 0x40090005u, &a)) {
        count++;
        seen[0] |= 0x100ULL;
        r = hvlink__int(&a, 1, &v, e);
        if (r)
            return r;
        if (v < 0x1ULL || v > 0x2ULL)
            return hvlink__out_of_range(&a, e);
        out->max_grant_version = (uint8_t)v;
        out->has_max_grant_version = true;
    }
    if (hvlink_walk_expect(&w, 0x000a0008u, &a)) {
        count++;
        seen[0] |= 0x200ULL;
        r = hvlink__int(&a, 4, &v, e);
        if (r)
            return r;
        out->cpupool_id = (uint32_t)v;
        out->has_cpupool_id = true;
    }
    while ((r = hvlink_walk_next(&w, &a, e)) == 1) {
        if (++count > 1024u)
            return hvlink__too_many(&a, e);
        switch (hvlink_attr_kind(&a)) {
        case 1: {
            if (seen[0] & 0x1ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x1ULL;
            r = hvlink__int(&a, 2, &v, e);
            if (r)
                return r;
            if (v > 0x7fefULL)
                return hvlink__out_of_range(&a, e);
            out->domain = (uint16_t)v;
            out->has_domain = true;
            break;
        }
        case 2: {
            if (seen[0] & 0x2ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x2ULL;
            r = hvlink__int(&a, 4, &v, e);
            if (r)
                return r;
            if (v & ~(uint64_t)0xffULL)
                return hvlink__bad_flags(&a, e);
            out->flags = (uint32_t)v;
            out->has_flags = true;
            break;
        }
        case 3: {
            if (seen[0] & 0x4ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x4ULL;
            r = hvlink__int(&a, 4, &v, e);
            if (r)
                return r;
            if (v < 0x1ULL || v > 0x80ULL)
                return hvlink__out_of_range(&a, e);
            out->max_vcpus = (uint32_t)v;
            out->has_max_vcpus = true;
            break;
        }
        case 4: {
            if (seen[0] & 0x8ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x8ULL;
            r = hvlink__int(&a, 4, &v, e);
            if (r)
                return r;
            if (v > 0xfffULL)
                return hvlink__out_of_range(&a, e);
            out->max_evtchn_port = (uint32_t)v;
            out->has_max_evtchn_port = true;
            break;
        }
        case 5: {
            if (seen[0] & 0x10ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x10ULL;
            r = hvlink__int(&a, 4, &v, e);
            if (r)
                return r;
            if ((int64_t)(int32_t)(v) < (-1LL) || (int64_t)(int32_t)(v) > (64LL))
                return hvlink__out_of_range(&a, e);
            out->max_grant_frames = (int32_t)v;
            out->has_max_grant_frames = true;
            break;
        }
        case 6: {
            if (seen[0] & 0x20ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x20ULL;
            r = hvlink__int(&a, 4, &v, e);
            if (r)
                return r;
            if ((int64_t)(int32_t)(v) < (-1LL) || (int64_t)(int32_t)(v) > (1024LL))
                return hvlink__out_of_range(&a, e);
            out->max_maptrack_frames = (int32_t)v;
            out->has_max_maptrack_frames = true;
            break;
        }
        case 7: {
            if (seen[0] & 0x40ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x40ULL;
            r = hvlink__binary(&a, 0u, 16u, e);
            if (r)
                return r;
            out->handle = a.payload;
            out->handle_len = a.len;
            out->has_handle = true;
            break;
        }
        case 8: {
            if (seen[0] & 0x80ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x80ULL;
            r = hvlink__string(&a, 0u, 63u, e);
            if (r)
                return r;
            out->name = (const char *)a.payload;
            out->name_len = a.len - 1;
            out->has_name = true;
            break;
        }
        case 9: {
            if (seen[0] & 0x100ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x100ULL;
            r = hvlink__int(&a, 1, &v, e);
            if (r)
                return r;
            if (v < 0x1ULL || v > 0x2ULL)
                return hvlink__out_of_range(&a, e);
            out->max_grant_version = (uint8_t)v;
            out->has_max_grant_version = true;
            break;
        }
        case 10: {
            if (seen[0] & 0x200ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x200ULL;
            r = hvlink__int(&a, 4, &v, e);
            if (r)
                return r;
            out->cpupool_id = (uint32_t)v;
            out->has_cpupool_id = true;
            break;
        }
        default:
            r = hvlink__unknown(&a, e);
            if (r)
                return r;
            break;
        }
    }
    if (r < 0)
        return r;
    if (!(seen[0] & 0x4ULL))
        return hvlink__missing(container, 3, e);
    return 0;
}

/* Write the attributes of create-req as the Rust encoder does (the order of the spec, the chosen
 * form's after the common ones; defaults and absent values left out). */
static inline void hvlink_domctl_create_req_put(struct hvlink_buf *b, const struct hvlink_domctl_create_req *v)
{
    if (v->domain != (uint16_t)0x0ULL) {
        hvlink_put_u16(b, 1, v->domain);
    }
    if (v->flags != (uint32_t)0x0ULL) {
        hvlink_put_u32(b, 2, v->flags);
    }
    hvlink_put_u32(b, 3, v->max_vcpus);
    if (v->max_evtchn_port != (uint32_t)0x3ffULL) {
        hvlink_put_u32(b, 4, v->max_evtchn_port);
    }
    if (v->max_grant_frames != (int32_t)(-1LL)) {
        hvlink_put_s32(b, 5, v->max_grant_frames);
    }
    if (v->max_maptrack_frames != (int32_t)(-1LL)) {
        hvlink_put_s32(b, 6, v->max_maptrack_frames);
    }
    if (v->has_handle) {
        hvlink_put_binary(b, 7, v->handle, v->handle_len);
    }
    if (v->has_name) {
        hvlink_put_strn(b, 8, v->name, v->name_len);
    }
    if (v->has_max_grant_version) {
        hvlink_put_u8(b, 0x4009, v->max_grant_version);
    }
    if (v->cpupool_id != (uint32_t)0x0ULL) {
        hvlink_put_u32(b, 10, v->cpupool_id);
    }
}

/* create-reply: every attribute absent, defaults filled. */
static inline void hvlink_domctl_create_reply_init(struct hvlink_domctl_create_reply *v)
{
    v->domain = (uint16_t)0x0ULL;
    v->has_domain = false;
}

/* Validate and decode create-reply (the Rust decoder's checks, order and errors). */
static inline int hvlink_domctl_create_reply_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_domctl_create_reply *out, struct hvlink_error *e)
{
    struct hvlink_walk w;
    struct hvlink_attr a;
    uint32_t count = 0;
    int r;
    uint64_t seen[2] = {0, 0};
    uint64_t v = 0;
    hvlink_domctl_create_reply_init(out);
    hvlink_walk_init(&w, p, n, off);
    if (hvlink_walk_expect(&w, 0x00010006u, &a)) {
        count++;
        seen[0] |= 0x1ULL;
        r = hvlink__int(&a, 2, &v, e);
        if (r)
            return r;
        out->domain = (uint16_t)v;
        out->has_domain = true;
    }
    while ((r = hvlink_walk_next(&w, &a, e)) == 1) {
        if (++count > 1024u)
            return hvlink__too_many(&a, e);
        switch (hvlink_attr_kind(&a)) {
        case 1: {
            if (seen[0] & 0x1ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x1ULL;
            r = hvlink__int(&a, 2, &v, e);
            if (r)
                return r;
            out->domain = (uint16_t)v;
            out->has_domain = true;
            break;
        }
        default:
            r = hvlink__unknown(&a, e);
            if (r)
                return r;
            break;
        }
    }
    if (r < 0)
        return r;
    if (!(seen[0] & 0x1ULL))
        return hvlink__missing(container, 1, e);
    return 0;
}

/* Write the attributes of create-reply as the Rust encoder does (the order of the spec, the chosen
 * form's after the common ones; defaults and absent values left out). */
static inline void hvlink_domctl_create_reply_put(struct hvlink_buf *b, const struct hvlink_domctl_create_reply *v)
{
    hvlink_put_u16(b, 1, v->domain);
}

/* dom-req: every attribute absent, defaults filled. */
static inline void hvlink_domctl_dom_req_init(struct hvlink_domctl_dom_req *v)
{
    v->domain = (uint16_t)0x0ULL;
    v->has_domain = false;
}

/* Validate and decode dom-req (the Rust decoder's checks, order and errors). */
static inline int hvlink_domctl_dom_req_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_domctl_dom_req *out, struct hvlink_error *e)
{
    struct hvlink_walk w;
    struct hvlink_attr a;
    uint32_t count = 0;
    int r;
    uint64_t seen[2] = {0, 0};
    uint64_t v = 0;
    hvlink_domctl_dom_req_init(out);
    hvlink_walk_init(&w, p, n, off);
    if (hvlink_walk_expect(&w, 0x00010006u, &a)) {
        count++;
        seen[0] |= 0x1ULL;
        r = hvlink__int(&a, 2, &v, e);
        if (r)
            return r;
        out->domain = (uint16_t)v;
        out->has_domain = true;
    }
    while ((r = hvlink_walk_next(&w, &a, e)) == 1) {
        if (++count > 1024u)
            return hvlink__too_many(&a, e);
        switch (hvlink_attr_kind(&a)) {
        case 1: {
            if (seen[0] & 0x1ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x1ULL;
            r = hvlink__int(&a, 2, &v, e);
            if (r)
                return r;
            out->domain = (uint16_t)v;
            out->has_domain = true;
            break;
        }
        default:
            r = hvlink__unknown(&a, e);
            if (r)
                return r;
            break;
        }
    }
    if (r < 0)
        return r;
    if (!(seen[0] & 0x1ULL))
        return hvlink__missing(container, 1, e);
    return 0;
}

/* Write the attributes of dom-req as the Rust encoder does (the order of the spec, the chosen
 * form's after the common ones; defaults and absent values left out). */
static inline void hvlink_domctl_dom_req_put(struct hvlink_buf *b, const struct hvlink_domctl_dom_req *v)
{
    hvlink_put_u16(b, 1, v->domain);
}

/* query-req: every attribute absent, defaults filled. */
static inline void hvlink_domctl_query_req_init(struct hvlink_domctl_query_req *v)
{
    v->domain = (uint16_t)0x7ff0ULL;
    v->has_domain = false;
}

/* Validate and decode query-req (the Rust decoder's checks, order and errors). */
static inline int hvlink_domctl_query_req_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_domctl_query_req *out, struct hvlink_error *e)
{
    struct hvlink_walk w;
    struct hvlink_attr a;
    uint32_t count = 0;
    int r;
    uint64_t seen[2] = {0, 0};
    uint64_t v = 0;
    (void)container;
    hvlink_domctl_query_req_init(out);
    hvlink_walk_init(&w, p, n, off);
    if (hvlink_walk_expect(&w, 0x00010006u, &a)) {
        count++;
        seen[0] |= 0x1ULL;
        r = hvlink__int(&a, 2, &v, e);
        if (r)
            return r;
        out->domain = (uint16_t)v;
        out->has_domain = true;
    }
    while ((r = hvlink_walk_next(&w, &a, e)) == 1) {
        if (++count > 1024u)
            return hvlink__too_many(&a, e);
        switch (hvlink_attr_kind(&a)) {
        case 1: {
            if (seen[0] & 0x1ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x1ULL;
            r = hvlink__int(&a, 2, &v, e);
            if (r)
                return r;
            out->domain = (uint16_t)v;
            out->has_domain = true;
            break;
        }
        default:
            r = hvlink__unknown(&a, e);
            if (r)
                return r;
            break;
        }
    }
    if (r < 0)
        return r;
    return 0;
}

/* Write the attributes of query-req as the Rust encoder does (the order of the spec, the chosen
 * form's after the common ones; defaults and absent values left out). */
static inline void hvlink_domctl_query_req_put(struct hvlink_buf *b, const struct hvlink_domctl_query_req *v)
{
    if (v->domain != (uint16_t)0x7ff0ULL) {
        hvlink_put_u16(b, 1, v->domain);
    }
}

/* info: every attribute absent, defaults filled. */
static inline void hvlink_domctl_info_init(struct hvlink_domctl_info *v)
{
    v->flags = (uint32_t)0x0ULL;
    v->has_flags = false;
    v->tot_pages = (uint64_t)0x0ULL;
    v->has_tot_pages = false;
    v->max_pages = (uint64_t)0x0ULL;
    v->has_max_pages = false;
    v->nr_online_vcpus = (uint32_t)0x0ULL;
    v->has_nr_online_vcpus = false;
    v->cpu_time = (uint64_t)0x0ULL;
    v->has_cpu_time = false;
    v->max_vcpu_id = (uint32_t)0x0ULL;
    v->has_max_vcpu_id = false;
    v->domain = (uint16_t)0x0ULL;
    v->has_domain = false;
    v->cpupool = (uint32_t)0x0ULL;
    v->has_cpupool = false;
    v->handle = (const uint8_t *)0;
    v->handle_len = 0;
    v->has_handle = false;
    v->name = (const char *)0;
    v->name_len = 0;
    v->has_name = false;
    v->outstanding_pages = (uint64_t)0x0ULL;
    v->has_outstanding_pages = false;
    v->gpaddr_bits = (uint8_t)0x0ULL;
    v->has_gpaddr_bits = false;
}

/* Validate and decode info (the Rust decoder's checks, order and errors). */
static inline int hvlink_domctl_info_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_domctl_info *out, struct hvlink_error *e)
{
    struct hvlink_walk w;
    struct hvlink_attr a;
    uint32_t count = 0;
    int r;
    uint64_t seen[2] = {0, 0};
    uint64_t v = 0;
    hvlink_domctl_info_init(out);
    hvlink_walk_init(&w, p, n, off);
    if (hvlink_walk_expect(&w, 0x00010008u, &a)) {
        count++;
        seen[0] |= 0x1ULL;
        r = hvlink__int(&a, 4, &v, e);
        if (r)
            return r;
        out->flags = (uint32_t)v;
        out->has_flags = true;
    }
    if (hvlink_walk_expect(&w, 0x0002000cu, &a)) {
        count++;
        seen[0] |= 0x2ULL;
        r = hvlink__int(&a, 8, &v, e);
        if (r)
            return r;
        out->tot_pages = (uint64_t)v;
        out->has_tot_pages = true;
    }
    if (hvlink_walk_expect(&w, 0x0003000cu, &a)) {
        count++;
        seen[0] |= 0x4ULL;
        r = hvlink__int(&a, 8, &v, e);
        if (r)
            return r;
        out->max_pages = (uint64_t)v;
        out->has_max_pages = true;
    }
    if (hvlink_walk_expect(&w, 0x00040008u, &a)) {
        count++;
        seen[0] |= 0x8ULL;
        r = hvlink__int(&a, 4, &v, e);
        if (r)
            return r;
        out->nr_online_vcpus = (uint32_t)v;
        out->has_nr_online_vcpus = true;
    }
    if (hvlink_walk_expect(&w, 0x0005000cu, &a)) {
        count++;
        seen[0] |= 0x10ULL;
        r = hvlink__int(&a, 8, &v, e);
        if (r)
            return r;
        out->cpu_time = (uint64_t)v;
        out->has_cpu_time = true;
    }
    if (hvlink_walk_expect(&w, 0x00060008u, &a)) {
        count++;
        seen[0] |= 0x20ULL;
        r = hvlink__int(&a, 4, &v, e);
        if (r)
            return r;
        out->max_vcpu_id = (uint32_t)v;
        out->has_max_vcpu_id = true;
    }
    if (hvlink_walk_expect(&w, 0x00070006u, &a)) {
        count++;
        seen[0] |= 0x40ULL;
        r = hvlink__int(&a, 2, &v, e);
        if (r)
            return r;
        out->domain = (uint16_t)v;
        out->has_domain = true;
    }
    if (hvlink_walk_expect(&w, 0x00080008u, &a)) {
        count++;
        seen[0] |= 0x80ULL;
        r = hvlink__int(&a, 4, &v, e);
        if (r)
            return r;
        out->cpupool = (uint32_t)v;
        out->has_cpupool = true;
    }
    if (hvlink_walk_expect(&w, 0x000b000cu, &a)) {
        count++;
        seen[0] |= 0x400ULL;
        r = hvlink__int(&a, 8, &v, e);
        if (r)
            return r;
        out->outstanding_pages = (uint64_t)v;
        out->has_outstanding_pages = true;
    }
    if (hvlink_walk_expect(&w, 0x000c0005u, &a)) {
        count++;
        seen[0] |= 0x800ULL;
        r = hvlink__int(&a, 1, &v, e);
        if (r)
            return r;
        out->gpaddr_bits = (uint8_t)v;
        out->has_gpaddr_bits = true;
    }
    while ((r = hvlink_walk_next(&w, &a, e)) == 1) {
        if (++count > 1024u)
            return hvlink__too_many(&a, e);
        switch (hvlink_attr_kind(&a)) {
        case 1: {
            if (seen[0] & 0x1ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x1ULL;
            r = hvlink__int(&a, 4, &v, e);
            if (r)
                return r;
            out->flags = (uint32_t)v;
            out->has_flags = true;
            break;
        }
        case 2: {
            if (seen[0] & 0x2ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x2ULL;
            r = hvlink__int(&a, 8, &v, e);
            if (r)
                return r;
            out->tot_pages = (uint64_t)v;
            out->has_tot_pages = true;
            break;
        }
        case 3: {
            if (seen[0] & 0x4ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x4ULL;
            r = hvlink__int(&a, 8, &v, e);
            if (r)
                return r;
            out->max_pages = (uint64_t)v;
            out->has_max_pages = true;
            break;
        }
        case 4: {
            if (seen[0] & 0x8ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x8ULL;
            r = hvlink__int(&a, 4, &v, e);
            if (r)
                return r;
            out->nr_online_vcpus = (uint32_t)v;
            out->has_nr_online_vcpus = true;
            break;
        }
        case 5: {
            if (seen[0] & 0x10ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x10ULL;
            r = hvlink__int(&a, 8, &v, e);
            if (r)
                return r;
            out->cpu_time = (uint64_t)v;
            out->has_cpu_time = true;
            break;
        }
        case 6: {
            if (seen[0] & 0x20ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x20ULL;
            r = hvlink__int(&a, 4, &v, e);
            if (r)
                return r;
            out->max_vcpu_id = (uint32_t)v;
            out->has_max_vcpu_id = true;
            break;
        }
        case 7: {
            if (seen[0] & 0x40ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x40ULL;
            r = hvlink__int(&a, 2, &v, e);
            if (r)
                return r;
            out->domain = (uint16_t)v;
            out->has_domain = true;
            break;
        }
        case 8: {
            if (seen[0] & 0x80ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x80ULL;
            r = hvlink__int(&a, 4, &v, e);
            if (r)
                return r;
            out->cpupool = (uint32_t)v;
            out->has_cpupool = true;
            break;
        }
        case 9: {
            if (seen[0] & 0x100ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x100ULL;
            r = hvlink__binary(&a, 0u, 16u, e);
            if (r)
                return r;
            out->handle = a.payload;
            out->handle_len = a.len;
            out->has_handle = true;
            break;
        }
        case 10: {
            if (seen[0] & 0x200ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x200ULL;
            r = hvlink__string(&a, 0u, 63u, e);
            if (r)
                return r;
            out->name = (const char *)a.payload;
            out->name_len = a.len - 1;
            out->has_name = true;
            break;
        }
        case 11: {
            if (seen[0] & 0x400ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x400ULL;
            r = hvlink__int(&a, 8, &v, e);
            if (r)
                return r;
            out->outstanding_pages = (uint64_t)v;
            out->has_outstanding_pages = true;
            break;
        }
        case 12: {
            if (seen[0] & 0x800ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x800ULL;
            r = hvlink__int(&a, 1, &v, e);
            if (r)
                return r;
            out->gpaddr_bits = (uint8_t)v;
            out->has_gpaddr_bits = true;
            break;
        }
        default:
            r = hvlink__unknown(&a, e);
            if (r)
                return r;
            break;
        }
    }
    if (r < 0)
        return r;
    if (!(seen[0] & 0x1ULL))
        return hvlink__missing(container, 1, e);
    if (!(seen[0] & 0x2ULL))
        return hvlink__missing(container, 2, e);
    if (!(seen[0] & 0x4ULL))
        return hvlink__missing(container, 3, e);
    if (!(seen[0] & 0x8ULL))
        return hvlink__missing(container, 4, e);
    if (!(seen[0] & 0x10ULL))
        return hvlink__missing(container, 5, e);
    if (!(seen[0] & 0x20ULL))
        return hvlink__missing(container, 6, e);
    return 0;
}

/* Write the attributes of info as the Rust encoder does (the order of the spec, the chosen
 * form's after the common ones; defaults and absent values left out). */
static inline void hvlink_domctl_info_put(struct hvlink_buf *b, const struct hvlink_domctl_info *v)
{
    hvlink_put_u32(b, 1, v->flags);
    hvlink_put_u64(b, 2, v->tot_pages);
    hvlink_put_u64(b, 3, v->max_pages);
    hvlink_put_u32(b, 4, v->nr_online_vcpus);
    hvlink_put_u64(b, 5, v->cpu_time);
    hvlink_put_u32(b, 6, v->max_vcpu_id);
    if (v->has_domain) {
        hvlink_put_u16(b, 7, v->domain);
    }
    if (v->has_cpupool) {
        hvlink_put_u32(b, 8, v->cpupool);
    }
    if (v->has_handle) {
        hvlink_put_binary(b, 9, v->handle, v->handle_len);
    }
    if (v->has_name) {
        hvlink_put_strn(b, 10, v->name, v->name_len);
    }
    if (v->has_outstanding_pages) {
        hvlink_put_u64(b, 11, v->outstanding_pages);
    }
    if (v->has_gpaddr_bits) {
        hvlink_put_u8(b, 12, v->gpaddr_bits);
    }
}

/* max-vcpus-req: every attribute absent, defaults filled. */
static inline void hvlink_domctl_max_vcpus_req_init(struct hvlink_domctl_max_vcpus_req *v)
{
    v->domain = (uint16_t)0x0ULL;
    v->has_domain = false;
    v->max = (uint32_t)0x0ULL;
    v->has_max = false;
}

/* Validate and decode max-vcpus-req (the Rust decoder's checks, order and errors). */
static inline int hvlink_domctl_max_vcpus_req_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_domctl_max_vcpus_req *out, struct hvlink_error *e)
{
    struct hvlink_walk w;
    struct hvlink_attr a;
    uint32_t count = 0;
    int r;
    uint64_t seen[2] = {0, 0};
    uint64_t v = 0;
    hvlink_domctl_max_vcpus_req_init(out);
    hvlink_walk_init(&w, p, n, off);
    if (hvlink_walk_expect(&w, 0x00010006u, &a)) {
        count++;
        seen[0] |= 0x1ULL;
        r = hvlink__int(&a, 2, &v, e);
        if (r)
            return r;
        out->domain = (uint16_t)v;
        out->has_domain = true;
    }
    if (hvlink_walk_expect(&w, 0x00020008u, &a)) {
        count++;
        seen[0] |= 0x2ULL;
        r = hvlink__int(&a, 4, &v, e);
        if (r)
            return r;
        if (v < 0x1ULL || v > 0x80ULL)
            return hvlink__out_of_range(&a, e);
        out->max = (uint32_t)v;
        out->has_max = true;
    }
    while ((r = hvlink_walk_next(&w, &a, e)) == 1) {
        if (++count > 1024u)
            return hvlink__too_many(&a, e);
        switch (hvlink_attr_kind(&a)) {
        case 1: {
            if (seen[0] & 0x1ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x1ULL;
            r = hvlink__int(&a, 2, &v, e);
            if (r)
                return r;
            out->domain = (uint16_t)v;
            out->has_domain = true;
            break;
        }
        case 2: {
            if (seen[0] & 0x2ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x2ULL;
            r = hvlink__int(&a, 4, &v, e);
            if (r)
                return r;
            if (v < 0x1ULL || v > 0x80ULL)
                return hvlink__out_of_range(&a, e);
            out->max = (uint32_t)v;
            out->has_max = true;
            break;
        }
        default:
            r = hvlink__unknown(&a, e);
            if (r)
                return r;
            break;
        }
    }
    if (r < 0)
        return r;
    if (!(seen[0] & 0x1ULL))
        return hvlink__missing(container, 1, e);
    if (!(seen[0] & 0x2ULL))
        return hvlink__missing(container, 2, e);
    return 0;
}

/* Write the attributes of max-vcpus-req as the Rust encoder does (the order of the spec, the chosen
 * form's after the common ones; defaults and absent values left out). */
static inline void hvlink_domctl_max_vcpus_req_put(struct hvlink_buf *b, const struct hvlink_domctl_max_vcpus_req *v)
{
    hvlink_put_u16(b, 1, v->domain);
    hvlink_put_u32(b, 2, v->max);
}

/* max-mem-req: every attribute absent, defaults filled. */
static inline void hvlink_domctl_max_mem_req_init(struct hvlink_domctl_max_mem_req *v)
{
    v->domain = (uint16_t)0x0ULL;
    v->has_domain = false;
    v->max_memkb = (uint64_t)0x0ULL;
    v->has_max_memkb = false;
}

/* Validate and decode max-mem-req (the Rust decoder's checks, order and errors). */
static inline int hvlink_domctl_max_mem_req_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_domctl_max_mem_req *out, struct hvlink_error *e)
{
    struct hvlink_walk w;
    struct hvlink_attr a;
    uint32_t count = 0;
    int r;
    uint64_t seen[2] = {0, 0};
    uint64_t v = 0;
    hvlink_domctl_max_mem_req_init(out);
    hvlink_walk_init(&w, p, n, off);
    if (hvlink_walk_expect(&w, 0x00010006u, &a)) {
        count++;
        seen[0] |= 0x1ULL;
        r = hvlink__int(&a, 2, &v, e);
        if (r)
            return r;
        out->domain = (uint16_t)v;
        out->has_domain = true;
    }
    if (hvlink_walk_expect(&w, 0x0002000cu, &a)) {
        count++;
        seen[0] |= 0x2ULL;
        r = hvlink__int(&a, 8, &v, e);
        if (r)
            return r;
        if (v > 0x40000000ULL)
            return hvlink__out_of_range(&a, e);
        out->max_memkb = (uint64_t)v;
        out->has_max_memkb = true;
    }
    while ((r = hvlink_walk_next(&w, &a, e)) == 1) {
        if (++count > 1024u)
            return hvlink__too_many(&a, e);
        switch (hvlink_attr_kind(&a)) {
        case 1: {
            if (seen[0] & 0x1ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x1ULL;
            r = hvlink__int(&a, 2, &v, e);
            if (r)
                return r;
            out->domain = (uint16_t)v;
            out->has_domain = true;
            break;
        }
        case 2: {
            if (seen[0] & 0x2ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x2ULL;
            r = hvlink__int(&a, 8, &v, e);
            if (r)
                return r;
            if (v > 0x40000000ULL)
                return hvlink__out_of_range(&a, e);
            out->max_memkb = (uint64_t)v;
            out->has_max_memkb = true;
            break;
        }
        default:
            r = hvlink__unknown(&a, e);
            if (r)
                return r;
            break;
        }
    }
    if (r < 0)
        return r;
    if (!(seen[0] & 0x1ULL))
        return hvlink__missing(container, 1, e);
    if (!(seen[0] & 0x2ULL))
        return hvlink__missing(container, 2, e);
    return 0;
}

/* Write the attributes of max-mem-req as the Rust encoder does (the order of the spec, the chosen
 * form's after the common ones; defaults and absent values left out). */
static inline void hvlink_domctl_max_mem_req_put(struct hvlink_buf *b, const struct hvlink_domctl_max_mem_req *v)
{
    hvlink_put_u16(b, 1, v->domain);
    hvlink_put_u64(b, 2, v->max_memkb);
}

/* affinity-req: every attribute absent, defaults filled. */
static inline void hvlink_domctl_affinity_req_init(struct hvlink_domctl_affinity_req *v)
{
    v->domain = (uint16_t)0x0ULL;
    v->has_domain = false;
    v->vcpu = (uint32_t)0x0ULL;
    v->has_vcpu = false;
    v->hard = (uint64_t)0xffffffffffffffffULL;
    v->has_hard = false;
    v->soft = (uint64_t)0xffffffffffffffffULL;
    v->has_soft = false;
}

/* Validate and decode affinity-req (the Rust decoder's checks, order and errors). */
static inline int hvlink_domctl_affinity_req_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_domctl_affinity_req *out, struct hvlink_error *e)
{
    struct hvlink_walk w;
    struct hvlink_attr a;
    uint32_t count = 0;
    int r;
    uint64_t seen[2] = {0, 0};
    uint64_t v = 0;
    hvlink_domctl_affinity_req_init(out);
    hvlink_walk_init(&w, p, n, off);
    if (hvlink_walk_expect(&w, 0x00010006u, &a)) {
        count++;
        seen[0] |= 0x1ULL;
        r = hvlink__int(&a, 2, &v, e);
        if (r)
            return r;
        out->domain = (uint16_t)v;
        out->has_domain = true;
    }
    if (hvlink_walk_expect(&w, 0x00020008u, &a)) {
        count++;
        seen[0] |= 0x2ULL;
        r = hvlink__int(&a, 4, &v, e);
        if (r)
            return r;
        if (v > 0x7fULL)
            return hvlink__out_of_range(&a, e);
        out->vcpu = (uint32_t)v;
        out->has_vcpu = true;
    }
    if (hvlink_walk_expect(&w, 0x0003000cu, &a)) {
        count++;
        seen[0] |= 0x4ULL;
        r = hvlink__int(&a, 8, &v, e);
        if (r)
            return r;
        out->hard = (uint64_t)v;
        out->has_hard = true;
    }
    if (hvlink_walk_expect(&w, 0x0004000cu, &a)) {
        count++;
        seen[0] |= 0x8ULL;
        r = hvlink__int(&a, 8, &v, e);
        if (r)
            return r;
        out->soft = (uint64_t)v;
        out->has_soft = true;
    }
    while ((r = hvlink_walk_next(&w, &a, e)) == 1) {
        if (++count > 1024u)
            return hvlink__too_many(&a, e);
        switch (hvlink_attr_kind(&a)) {
        case 1: {
            if (seen[0] & 0x1ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x1ULL;
            r = hvlink__int(&a, 2, &v, e);
            if (r)
                return r;
            out->domain = (uint16_t)v;
            out->has_domain = true;
            break;
        }
        case 2: {
            if (seen[0] & 0x2ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x2ULL;
            r = hvlink__int(&a, 4, &v, e);
            if (r)
                return r;
            if (v > 0x7fULL)
                return hvlink__out_of_range(&a, e);
            out->vcpu = (uint32_t)v;
            out->has_vcpu = true;
            break;
        }
        case 3: {
            if (seen[0] & 0x4ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x4ULL;
            r = hvlink__int(&a, 8, &v, e);
            if (r)
                return r;
            out->hard = (uint64_t)v;
            out->has_hard = true;
            break;
        }
        case 4: {
            if (seen[0] & 0x8ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x8ULL;
            r = hvlink__int(&a, 8, &v, e);
            if (r)
                return r;
            out->soft = (uint64_t)v;
            out->has_soft = true;
            break;
        }
        default:
            r = hvlink__unknown(&a, e);
            if (r)
                return r;
            break;
        }
    }
    if (r < 0)
        return r;
    if (!(seen[0] & 0x1ULL))
        return hvlink__missing(container, 1, e);
    if (!(seen[0] & 0x2ULL))
        return hvlink__missing(container, 2, e);
    return 0;
}

/* Write the attributes of affinity-req as the Rust encoder does (the order of the spec, the chosen
 * form's after the common ones; defaults and absent values left out). */
static inline void hvlink_domctl_affinity_req_put(struct hvlink_buf *b, const struct hvlink_domctl_affinity_req *v)
{
    hvlink_put_u16(b, 1, v->domain);
    hvlink_put_u32(b, 2, v->vcpu);
    if (v->hard != (uint64_t)0xffffffffffffffffULL) {
        hvlink_put_u64(b, 3, v->hard);
    }
    if (v->soft != (uint64_t)0xffffffffffffffffULL) {
        hvlink_put_u64(b, 4, v->soft);
    }
}

/* vcpu-query-req: every attribute absent, defaults filled. */
static inline void hvlink_domctl_vcpu_query_req_init(struct hvlink_domctl_vcpu_query_req *v)
{
    v->domain = (uint16_t)0x7ff0ULL;
    v->has_domain = false;
    v->vcpu = (uint32_t)0x0ULL;
    v->has_vcpu = false;
}

/* Validate and decode vcpu-query-req (the Rust decoder's checks, order and errors). */
static inline int hvlink_domctl_vcpu_query_req_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_domctl_vcpu_query_req *out, struct hvlink_error *e)
{
    struct hvlink_walk w;
    struct hvlink_attr a;
    uint32_t count = 0;
    int r;
    uint64_t seen[2] = {0, 0};
    uint64_t v = 0;
    hvlink_domctl_vcpu_query_req_init(out);
    hvlink_walk_init(&w, p, n, off);
    if (hvlink_walk_expect(&w, 0x00010006u, &a)) {
        count++;
        seen[0] |= 0x1ULL;
        r = hvlink__int(&a, 2, &v, e);
        if (r)
            return r;
        out->domain = (uint16_t)v;
        out->has_domain = true;
    }
    if (hvlink_walk_expect(&w, 0x00020008u, &a)) {
        count++;
        seen[0] |= 0x2ULL;
        r = hvlink__int(&a, 4, &v, e);
        if (r)
            return r;
        if (v > 0x7fULL)
            return hvlink__out_of_range(&a, e);
        out->vcpu = (uint32_t)v;
        out->has_vcpu = true;
    }
    while ((r = hvlink_walk_next(&w, &a, e)) == 1) {
        if (++count > 1024u)
            return hvlink__too_many(&a, e);
        switch (hvlink_attr_kind(&a)) {
        case 1: {
            if (seen[0] & 0x1ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x1ULL;
            r = hvlink__int(&a, 2, &v, e);
            if (r)
                return r;
            out->domain = (uint16_t)v;
            out->has_domain = true;
            break;
        }
        case 2: {
            if (seen[0] & 0x2ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x2ULL;
            r = hvlink__int(&a, 4, &v, e);
            if (r)
                return r;
            if (v > 0x7fULL)
                return hvlink__out_of_range(&a, e);
            out->vcpu = (uint32_t)v;
            out->has_vcpu = true;
            break;
        }
        default:
            r = hvlink__unknown(&a, e);
            if (r)
                return r;
            break;
        }
    }
    if (r < 0)
        return r;
    if (!(seen[0] & 0x2ULL))
        return hvlink__missing(container, 2, e);
    return 0;
}

/* Write the attributes of vcpu-query-req as the Rust encoder does (the order of the spec, the chosen
 * form's after the common ones; defaults and absent values left out). */
static inline void hvlink_domctl_vcpu_query_req_put(struct hvlink_buf *b, const struct hvlink_domctl_vcpu_query_req *v)
{
    if (v->domain != (uint16_t)0x7ff0ULL) {
        hvlink_put_u16(b, 1, v->domain);
    }
    hvlink_put_u32(b, 2, v->vcpu);
}

/* affinity-reply: every attribute absent, defaults filled. */
static inline void hvlink_domctl_affinity_reply_init(struct hvlink_domctl_affinity_reply *v)
{
    v->hard = (uint64_t)0x0ULL;
    v->has_hard = false;
    v->soft = (uint64_t)0x0ULL;
    v->has_soft = false;
}

/* Validate and decode affinity-reply (the Rust decoder's checks, order and errors). */
static inline int hvlink_domctl_affinity_reply_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_domctl_affinity_reply *out, struct hvlink_error *e)
{
    struct hvlink_walk w;
    struct hvlink_attr a;
    uint32_t count = 0;
    int r;
    uint64_t seen[2] = {0, 0};
    uint64_t v = 0;
    hvlink_domctl_affinity_reply_init(out);
    hvlink_walk_init(&w, p, n, off);
    if (hvlink_walk_expect(&w, 0x0001000cu, &a)) {
        count++;
        seen[0] |= 0x1ULL;
        r = hvlink__int(&a, 8, &v, e);
        if (r)
            return r;
        out->hard = (uint64_t)v;
        out->has_hard = true;
    }
    if (hvlink_walk_expect(&w, 0x0002000cu, &a)) {
        count++;
        seen[0] |= 0x2ULL;
        r = hvlink__int(&a, 8, &v, e);
        if (r)
            return r;
        out->soft = (uint64_t)v;
        out->has_soft = true;
    }
    while ((r = hvlink_walk_next(&w, &a, e)) == 1) {
        if (++count > 1024u)
            return hvlink__too_many(&a, e);
        switch (hvlink_attr_kind(&a)) {
        case 1: {
            if (seen[0] & 0x1ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x1ULL;
            r = hvlink__int(&a, 8, &v, e);
            if (r)
                return r;
            out->hard = (uint64_t)v;
            out->has_hard = true;
            break;
        }
        case 2: {
            if (seen[0] & 0x2ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x2ULL;
            r = hvlink__int(&a, 8, &v, e);
            if (r)
                return r;
            out->soft = (uint64_t)v;
            out->has_soft = true;
            break;
        }
        default:
            r = hvlink__unknown(&a, e);
            if (r)
                return r;
            break;
        }
    }
    if (r < 0)
        return r;
    if (!(seen[0] & 0x1ULL))
        return hvlink__missing(container, 1, e);
    if (!(seen[0] & 0x2ULL))
        return hvlink__missing(container, 2, e);
    return 0;
}

/* Write the attributes of affinity-reply as the Rust encoder does (the order of the spec, the chosen
 * form's after the common ones; defaults and absent values left out). */
static inline void hvlink_domctl_affinity_reply_put(struct hvlink_buf *b, const struct hvlink_domctl_affinity_reply *v)
{
    hvlink_put_u64(b, 1, v->hard);
    hvlink_put_u64(b, 2, v->soft);
}

/* vcpuinfo-reply: every attribute absent, defaults filled. */
static inline void hvlink_domctl_vcpuinfo_reply_init(struct hvlink_domctl_vcpuinfo_reply *v)
{
    v->online = (uint8_t)0x0ULL;
    v->has_online = false;
    v->blocked = (uint8_t)0x0ULL;
    v->has_blocked = false;
    v->running = (uint8_t)0x0ULL;
    v->has_running = false;
    v->cpu_time = (uint64_t)0x0ULL;
    v->has_cpu_time = false;
    v->cpu = (uint32_t)0x0ULL;
    v->has_cpu = false;
}

/* Validate and decode vcpuinfo-reply (the Rust decoder's checks, order and errors). */
static inline int hvlink_domctl_vcpuinfo_reply_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_domctl_vcpuinfo_reply *out, struct hvlink_error *e)
{
    struct hvlink_walk w;
    struct hvlink_attr a;
    uint32_t count = 0;
    int r;
    uint64_t seen[2] = {0, 0};
    uint64_t v = 0;
    hvlink_domctl_vcpuinfo_reply_init(out);
    hvlink_walk_init(&w, p, n, off);
    if (hvlink_walk_expect(&w, 0x00010005u, &a)) {
        count++;
        seen[0] |= 0x1ULL;
        r = hvlink__int(&a, 1, &v, e);
        if (r)
            return r;
        if (v > 0x1ULL)
            return hvlink__out_of_range(&a, e);
        out->online = (uint8_t)v;
        out->has_online = true;
    }
    if (hvlink_walk_expect(&w, 0x00020005u, &a)) {
        count++;
        seen[0] |= 0x2ULL;
        r = hvlink__int(&a, 1, &v, e);
        if (r)
            return r;
        if (v > 0x1ULL)
            return hvlink__out_of_range(&a, e);
        out->blocked = (uint8_t)v;
        out->has_blocked = true;
    }
    if (hvlink_walk_expect(&w, 0x00030005u, &a)) {
        count++;
        seen[0] |= 0x4ULL;
        r = hvlink__int(&a, 1, &v, e);
        if (r)
            return r;
        if (v > 0x1ULL)
            return hvlink__out_of_range(&a, e);
        out->running = (uint8_t)v;
        out->has_running = true;
    }
    if (hvlink_walk_expect(&w, 0x0004000cu, &a)) {
        count++;
        seen[0] |= 0x8ULL;
        r = hvlink__int(&a, 8, &v, e);
        if (r)
            return r;
        out->cpu_time = (uint64_t)v;
        out->has_cpu_time = true;
    }
    if (hvlink_walk_expect(&w, 0x00050008u, &a)) {
        count++;
        seen[0] |= 0x10ULL;
        r = hvlink__int(&a, 4, &v, e);
        if (r)
            return r;
        out->cpu = (uint32_t)v;
        out->has_cpu = true;
    }
    while ((r = hvlink_walk_next(&w, &a, e)) == 1) {
        if (++count > 1024u)
            return hvlink__too_many(&a, e);
        switch (hvlink_attr_kind(&a)) {
        case 1: {
            if (seen[0] & 0x1ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x1ULL;
            r = hvlink__int(&a, 1, &v, e);
            if (r)
                return r;
            if (v > 0x1ULL)
                return hvlink__out_of_range(&a, e);
            out->online = (uint8_t)v;
            out->has_online = true;
            break;
        }
        case 2: {
            if (seen[0] & 0x2ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x2ULL;
            r = hvlink__int(&a, 1, &v, e);
            if (r)
                return r;
            if (v > 0x1ULL)
                return hvlink__out_of_range(&a, e);
            out->blocked = (uint8_t)v;
            out->has_blocked = true;
            break;
        }
        case 3: {
            if (seen[0] & 0x4ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x4ULL;
            r = hvlink__int(&a, 1, &v, e);
            if (r)
                return r;
            if (v > 0x1ULL)
                return hvlink__out_of_range(&a, e);
            out->running = (uint8_t)v;
            out->has_running = true;
            break;
        }
        case 4: {
            if (seen[0] & 0x8ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x8ULL;
            r = hvlink__int(&a, 8, &v, e);
            if (r)
                return r;
            out->cpu_time = (uint64_t)v;
            out->has_cpu_time = true;
            break;
        }
        case 5: {
            if (seen[0] & 0x10ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x10ULL;
            r = hvlink__int(&a, 4, &v, e);
            if (r)
                return r;
            out->cpu = (uint32_t)v;
            out->has_cpu = true;
            break;
        }
        default:
            r = hvlink__unknown(&a, e);
            if (r)
                return r;
            break;
        }
    }
    if (r < 0)
        return r;
    if (!(seen[0] & 0x1ULL))
        return hvlink__missing(container, 1, e);
    if (!(seen[0] & 0x2ULL))
        return hvlink__missing(container, 2, e);
    if (!(seen[0] & 0x4ULL))
        return hvlink__missing(container, 3, e);
    if (!(seen[0] & 0x8ULL))
        return hvlink__missing(container, 4, e);
    if (!(seen[0] & 0x10ULL))
        return hvlink__missing(container, 5, e);
    return 0;
}

/* Write the attributes of vcpuinfo-reply as the Rust encoder does (the order of the spec, the chosen
 * form's after the common ones; defaults and absent values left out). */
static inline void hvlink_domctl_vcpuinfo_reply_put(struct hvlink_buf *b, const struct hvlink_domctl_vcpuinfo_reply *v)
{
    hvlink_put_u8(b, 1, v->online);
    hvlink_put_u8(b, 2, v->blocked);
    hvlink_put_u8(b, 3, v->running);
    hvlink_put_u64(b, 4, v->cpu_time);
    hvlink_put_u32(b, 5, v->cpu);
}

/* time-offset-req: every attribute absent, defaults filled. */
static inline void hvlink_domctl_time_offset_req_init(struct hvlink_domctl_time_offset_req *v)
{
    v->domain = (uint16_t)0x0ULL;
    v->has_domain = false;
    v->seconds = (int64_t)(0LL);
    v->has_seconds = false;
}

/* Validate and decode time-offset-req (the Rust decoder's checks, order and errors). */
static inline int hvlink_domctl_time_offset_req_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_domctl_time_offset_req *out, struct hvlink_error *e)
{
    struct hvlink_walk w;
    struct hvlink_attr a;
    uint32_t count = 0;
    int r;
    uint64_t seen[2] = {0, 0};
    uint64_t v = 0;
    hvlink_domctl_time_offset_req_init(out);
    hvlink_walk_init(&w, p, n, off);
    if (hvlink_walk_expect(&w, 0x00010006u, &a)) {
        count++;
        seen[0] |= 0x1ULL;
        r = hvlink__int(&a, 2, &v, e);
        if (r)
            return r;
        out->domain = (uint16_t)v;
        out->has_domain = true;
    }
    if (hvlink_walk_expect(&w, 0x0002000cu, &a)) {
        count++;
        seen[0] |= 0x2ULL;
        r = hvlink__int(&a, 8, &v, e);
        if (r)
            return r;
        out->seconds = (int64_t)v;
        out->has_seconds = true;
    }
    while ((r = hvlink_walk_next(&w, &a, e)) == 1) {
        if (++count > 1024u)
            return hvlink__too_many(&a, e);
        switch (hvlink_attr_kind(&a)) {
        case 1: {
            if (seen[0] & 0x1ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x1ULL;
            r = hvlink__int(&a, 2, &v, e);
            if (r)
                return r;
            out->domain = (uint16_t)v;
            out->has_domain = true;
            break;
        }
        case 2: {
            if (seen[0] & 0x2ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x2ULL;
            r = hvlink__int(&a, 8, &v, e);
            if (r)
                return r;
            out->seconds = (int64_t)v;
            out->has_seconds = true;
            break;
        }
        default:
            r = hvlink__unknown(&a, e);
            if (r)
                return r;
            break;
        }
    }
    if (r < 0)
        return r;
    if (!(seen[0] & 0x1ULL))
        return hvlink__missing(container, 1, e);
    if (!(seen[0] & 0x2ULL))
        return hvlink__missing(container, 2, e);
    return 0;
}

/* Write the attributes of time-offset-req as the Rust encoder does (the order of the spec, the chosen
 * form's after the common ones; defaults and absent values left out). */
static inline void hvlink_domctl_time_offset_req_put(struct hvlink_buf *b, const struct hvlink_domctl_time_offset_req *v)
{
    hvlink_put_u16(b, 1, v->domain);
    hvlink_put_s64(b, 2, v->seconds);
}

/* set-target-req: every attribute absent, defaults filled. */
static inline void hvlink_domctl_set_target_req_init(struct hvlink_domctl_set_target_req *v)
{
    v->domain = (uint16_t)0x0ULL;
    v->has_domain = false;
    v->target = (uint16_t)0x0ULL;
    v->has_target = false;
}

/* Validate and decode set-target-req (the Rust decoder's checks, order and errors). */
static inline int hvlink_domctl_set_target_req_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_domctl_set_target_req *out, struct hvlink_error *e)
{
    struct hvlink_walk w;
    struct hvlink_attr a;
    uint32_t count = 0;
    int r;
    uint64_t seen[2] = {0, 0};
    uint64_t v = 0;
    hvlink_domctl_set_target_req_init(out);
    hvlink_walk_init(&w, p, n, off);
    if (hvlink_walk_expect(&w, 0x00010006u, &a)) {
        count++;
        seen[0] |= 0x1ULL;
        r = hvlink__int(&a, 2, &v, e);
        if (r)
            return r;
        out->domain = (uint16_t)v;
        out->has_domain = true;
    }
    if (hvlink_walk_expect(&w, 0x00020006u, &a)) {
        count++;
        seen[0] |= 0x2ULL;
        r = hvlink__int(&a, 2, &v, e);
        if (r)
            return r;
        out->target = (uint16_t)v;
        out->has_target = true;
    }
    while ((r = hvlink_walk_next(&w, &a, e)) == 1) {
        if (++count > 1024u)
            return hvlink__too_many(&a, e);
        switch (hvlink_attr_kind(&a)) {
        case 1: {
            if (seen[0] & 0x1ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x1ULL;
            r = hvlink__int(&a, 2, &v, e);
            if (r)
                return r;
            out->domain = (uint16_t)v;
            out->has_domain = true;
            break;
        }
        case 2: {
            if (seen[0] & 0x2ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x2ULL;
            r = hvlink__int(&a, 2, &v, e);
            if (r)
                return r;
            out->target = (uint16_t)v;
            out->has_target = true;
            break;
        }
        default:
            r = hvlink__unknown(&a, e);
            if (r)
                return r;
            break;
        }
    }
    if (r < 0)
        return r;
    if (!(seen[0] & 0x1ULL))
        return hvlink__missing(container, 1, e);
    if (!(seen[0] & 0x2ULL))
        return hvlink__missing(container, 2, e);
    return 0;
}

/* Write the attributes of set-target-req as the Rust encoder does (the order of the spec, the chosen
 * form's after the common ones; defaults and absent values left out). */
static inline void hvlink_domctl_set_target_req_put(struct hvlink_buf *b, const struct hvlink_domctl_set_target_req *v)
{
    hvlink_put_u16(b, 1, v->domain);
    hvlink_put_u16(b, 2, v->target);
}

/* mempool-req: every attribute absent, defaults filled. */
static inline void hvlink_domctl_mempool_req_init(struct hvlink_domctl_mempool_req *v)
{
    v->domain = (uint16_t)0x0ULL;
    v->has_domain = false;
    v->size = (uint64_t)0x0ULL;
    v->has_size = false;
}

/* Validate and decode mempool-req (the Rust decoder's checks, order and errors). */
static inline int hvlink_domctl_mempool_req_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_domctl_mempool_req *out, struct hvlink_error *e)
{
    struct hvlink_walk w;
    struct hvlink_attr a;
    uint32_t count = 0;
    int r;
    uint64_t seen[2] = {0, 0};
    uint64_t v = 0;
    hvlink_domctl_mempool_req_init(out);
    hvlink_walk_init(&w, p, n, off);
    if (hvlink_walk_expect(&w, 0x00010006u, &a)) {
        count++;
        seen[0] |= 0x1ULL;
        r = hvlink__int(&a, 2, &v, e);
        if (r)
            return r;
        out->domain = (uint16_t)v;
        out->has_domain = true;
    }
    if (hvlink_walk_expect(&w, 0x0002000cu, &a)) {
        count++;
        seen[0] |= 0x2ULL;
        r = hvlink__int(&a, 8, &v, e);
        if (r)
            return r;
        out->size = (uint64_t)v;
        out->has_size = true;
    }
    while ((r = hvlink_walk_next(&w, &a, e)) == 1) {
        if (++count > 1024u)
            return hvlink__too_many(&a, e);
        switch (hvlink_attr_kind(&a)) {
        case 1: {
            if (seen[0] & 0x1ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x1ULL;
            r = hvlink__int(&a, 2, &v, e);
            if (r)
                return r;
            out->domain = (uint16_t)v;
            out->has_domain = true;
            break;
        }
        case 2: {
            if (seen[0] & 0x2ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x2ULL;
            r = hvlink__int(&a, 8, &v, e);
            if (r)
                return r;
            out->size = (uint64_t)v;
            out->has_size = true;
            break;
        }
        default:
            r = hvlink__unknown(&a, e);
            if (r)
                return r;
            break;
        }
    }
    if (r < 0)
        return r;
    if (!(seen[0] & 0x1ULL))
        return hvlink__missing(container, 1, e);
    if (!(seen[0] & 0x2ULL))
        return hvlink__missing(container, 2, e);
    return 0;
}

/* Write the attributes of mempool-req as the Rust encoder does (the order of the spec, the chosen
 * form's after the common ones; defaults and absent values left out). */
static inline void hvlink_domctl_mempool_req_put(struct hvlink_buf *b, const struct hvlink_domctl_mempool_req *v)
{
    hvlink_put_u16(b, 1, v->domain);
    hvlink_put_u64(b, 2, v->size);
}

/* mempool-reply: every attribute absent, defaults filled. */
static inline void hvlink_domctl_mempool_reply_init(struct hvlink_domctl_mempool_reply *v)
{
    v->size = (uint64_t)0x0ULL;
    v->has_size = false;
}

/* Validate and decode mempool-reply (the Rust decoder's checks, order and errors). */
static inline int hvlink_domctl_mempool_reply_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_domctl_mempool_reply *out, struct hvlink_error *e)
{
    struct hvlink_walk w;
    struct hvlink_attr a;
    uint32_t count = 0;
    int r;
    uint64_t seen[2] = {0, 0};
    uint64_t v = 0;
    hvlink_domctl_mempool_reply_init(out);
    hvlink_walk_init(&w, p, n, off);
    if (hvlink_walk_expect(&w, 0x0001000cu, &a)) {
        count++;
        seen[0] |= 0x1ULL;
        r = hvlink__int(&a, 8, &v, e);
        if (r)
            return r;
        out->size = (uint64_t)v;
        out->has_size = true;
    }
    while ((r = hvlink_walk_next(&w, &a, e)) == 1) {
        if (++count > 1024u)
            return hvlink__too_many(&a, e);
        switch (hvlink_attr_kind(&a)) {
        case 1: {
            if (seen[0] & 0x1ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x1ULL;
            r = hvlink__int(&a, 8, &v, e);
            if (r)
                return r;
            out->size = (uint64_t)v;
            out->has_size = true;
            break;
        }
        default:
            r = hvlink__unknown(&a, e);
            if (r)
                return r;
            break;
        }
    }
    if (r < 0)
        return r;
    if (!(seen[0] & 0x1ULL))
        return hvlink__missing(container, 1, e);
    return 0;
}

/* Write the attributes of mempool-reply as the Rust encoder does (the order of the spec, the chosen
 * form's after the common ones; defaults and absent values left out). */
static inline void hvlink_domctl_mempool_reply_put(struct hvlink_buf *b, const struct hvlink_domctl_mempool_reply *v)
{
    hvlink_put_u64(b, 1, v->size);
}

/* A whole reply message of domctl.createdomain: header, family header, then the create-reply (msg may be NULL). */
static inline int hvlink_domctl_createdomain_reply_parse(const void *buf, size_t n, struct hvlink_msg *msg, struct hvlink_domctl_create_reply *out, struct hvlink_error *e)
{
    struct hvlink_msg local;
    struct hvlink_walk w;
    uint8_t cmd;
    int r;
    if (!msg)
        msg = &local;
    r = hvlink_msg_parse(buf, n, msg, e);
    if (r)
        return r;
    if (msg->type != 0x124u)
        return hvlink__fail(e, HVLINK_ERR_UNEXPECTED_TYPE, 4, 0, 0, "not a message of this family");
    r = hvlink_msg_genl(msg, &cmd, (uint8_t *)0, &w, e);
    if (r)
        return r;
    if (cmd != 1u)
        return hvlink__fail(e, HVLINK_ERR_UNEXPECTED_TYPE, 16, 0, 0, "a reply of another op");
    return hvlink_domctl_create_reply_parse_at(w.p, w.left, w.offset, w.offset, out, e);
}

/* A whole reply message of domctl.destroydomain: header, family header, then the empty reply (msg may be NULL). */
static inline int hvlink_domctl_destroydomain_reply_parse(const void *buf, size_t n, struct hvlink_msg *msg, struct hvlink_error *e)
{
    struct hvlink_msg local;
    struct hvlink_walk w;
    uint8_t cmd;
    int r;
    if (!msg)
        msg = &local;
    r = hvlink_msg_parse(buf, n, msg, e);
    if (r)
        return r;
    if (msg->type != 0x124u)
        return hvlink__fail(e, HVLINK_ERR_UNEXPECTED_TYPE, 4, 0, 0, "not a message of this family");
    r = hvlink_msg_genl(msg, &cmd, (uint8_t *)0, &w, e);
    if (r)
        return r;
    if (cmd != 2u)
        return hvlink__fail(e, HVLINK_ERR_UNEXPECTED_TYPE, 16, 0, 0, "a reply of another op");
    return hvlink_empty_parse(&w, e);
}

/* A whole reply message of domctl.pausedomain: header, family header, then the empty reply (msg may be NULL). */
static inline int hvlink_domctl_pausedomain_reply_parse(const void *buf, size_t n, struct hvlink_msg *msg, struct hvlink_error *e)
{
    struct hvlink_msg local;
    struct hvlink_walk w;
    uint8_t cmd;
    int r;
    if (!msg)
        msg = &local;
    r = hvlink_msg_parse(buf, n, msg, e);
    if (r)
        return r;
    if (msg->type != 0x124u)
        return hvlink__fail(e, HVLINK_ERR_UNEXPECTED_TYPE, 4, 0, 0, "not a message of this family");
    r = hvlink_msg_genl(msg, &cmd, (uint8_t *)0, &w, e);
    if (r)
        return r;
    if (cmd != 3u)
        return hvlink__fail(e, HVLINK_ERR_UNEXPECTED_TYPE, 16, 0, 0, "a reply of another op");
    return hvlink_empty_parse(&w, e);
}

/* A whole reply message of domctl.unpausedomain: header, family header, then the empty reply (msg may be NULL). */
static inline int hvlink_domctl_unpausedomain_reply_parse(const void *buf, size_t n, struct hvlink_msg *msg, struct hvlink_error *e)
{
    struct hvlink_msg local;
    struct hvlink_walk w;
    uint8_t cmd;
    int r;
    if (!msg)
        msg = &local;
    r = hvlink_msg_parse(buf, n, msg, e);
    if (r)
        return r;
    if (msg->type != 0x124u)
        return hvlink__fail(e, HVLINK_ERR_UNEXPECTED_TYPE, 4, 0, 0, "not a message of this family");
    r = hvlink_msg_genl(msg, &cmd, (uint8_t *)0, &w, e);
    if (r)
        return r;
    if (cmd != 4u)
        return hvlink__fail(e, HVLINK_ERR_UNEXPECTED_TYPE, 16, 0, 0, "a reply of another op");
    return hvlink_empty_parse(&w, e);
}

/* A whole reply message of domctl.getdomaininfo: header, family header, then the info (msg may be NULL). */
static inline int hvlink_domctl_getdomaininfo_reply_parse(const void *buf, size_t n, struct hvlink_msg *msg, struct hvlink_domctl_info *out, struct hvlink_error *e)
{
    struct hvlink_msg local;
    struct hvlink_walk w;
    uint8_t cmd;
    int r;
    if (!msg)
        msg = &local;
    r = hvlink_msg_parse(buf, n, msg, e);
    if (r)
        return r;
    if (msg->type != 0x124u)
        return hvlink__fail(e, HVLINK_ERR_UNEXPECTED_TYPE, 4, 0, 0, "not a message of this family");
    r = hvlink_msg_genl(msg, &cmd, (uint8_t *)0, &w, e);
    if (r)
        return r;
    if (cmd != 5u)
        return hvlink__fail(e, HVLINK_ERR_UNEXPECTED_TYPE, 16, 0, 0, "a reply of another op");
    return hvlink_domctl_info_parse_at(w.p, w.left, w.offset, w.offset, out, e);
}

/* A whole reply message of domctl.setvcpuaffinity: header, family header, then the affinity-reply (msg may be NULL). */
static inline int hvlink_domctl_setvcpuaffinity_reply_parse(const void *buf, size_t n, struct hvlink_msg *msg, struct hvlink_domctl_affinity_reply *out, struct hvlink_error *e)
{
    struct hvlink_msg local;
    struct hvlink_walk w;
    uint8_t cmd;
    int r;
    if (!msg)
        msg = &local;
    r = hvlink_msg_parse(buf, n, msg, e);
    if (r)
        return r;
    if (msg->type != 0x124u)
        return hvlink__fail(e, HVLINK_ERR_UNEXPECTED_TYPE, 4, 0, 0, "not a message of this family");
    r = hvlink_msg_genl(msg, &cmd, (uint8_t *)0, &w, e);
    if (r)
        return r;
    if (cmd != 9u)
        return hvlink__fail(e, HVLINK_ERR_UNEXPECTED_TYPE, 16, 0, 0, "a reply of another op");
    return hvlink_domctl_affinity_reply_parse_at(w.p, w.left, w.offset, w.offset, out, e);
}

/* A whole reply message of domctl.max_mem: header, family header, then the empty reply (msg may be NULL). */
static inline int hvlink_domctl_max_mem_reply_parse(const void *buf, size_t n, struct hvlink_msg *msg, struct hvlink_error *e)
{
    struct hvlink_msg local;
    struct hvlink_walk w;
    uint8_t cmd;
    int r;
    if (!msg)
        msg = &local;
    r = hvlink_msg_parse(buf, n, msg, e);
    if (r)
        return r;
    if (msg->type != 0x124u)
        return hvlink__fail(e, HVLINK_ERR_UNEXPECTED_TYPE, 4, 0, 0, "not a message of this family");
    r = hvlink_msg_genl(msg, &cmd, (uint8_t *)0, &w, e);
    if (r)
        return r;
    if (cmd != 11u)
        return hvlink__fail(e, HVLINK_ERR_UNEXPECTED_TYPE, 16, 0, 0, "a reply of another op");
    return hvlink_empty_parse(&w, e);
}

/* A whole reply message of domctl.getvcpuinfo: header, family header, then the vcpuinfo-reply (msg may be NULL). */
static inline int hvlink_domctl_getvcpuinfo_reply_parse(const void *buf, size_t n, struct hvlink_msg *msg, struct hvlink_domctl_vcpuinfo_reply *out, struct hvlink_error *e)
{
    struct hvlink_msg local;
    struct hvlink_walk w;
    uint8_t cmd;
    int r;
    if (!msg)
        msg = &local;
    r = hvlink_msg_parse(buf, n, msg, e);
    if (r)
        return r;
    if (msg->type != 0x124u)
        return hvlink__fail(e, HVLINK_ERR_UNEXPECTED_TYPE, 4, 0, 0, "not a message of this family");
    r = hvlink_msg_genl(msg, &cmd, (uint8_t *)0, &w, e);
    if (r)
        return r;
    if (cmd != 14u)
        return hvlink__fail(e, HVLINK_ERR_UNEXPECTED_TYPE, 16, 0, 0, "a reply of another op");
    return hvlink_domctl_vcpuinfo_reply_parse_at(w.p, w.left, w.offset, w.offset, out, e);
}

/* A whole reply message of domctl.max_vcpus: header, family header, then the empty reply (msg may be NULL). */
static inline int hvlink_domctl_max_vcpus_reply_parse(const void *buf, size_t n, struct hvlink_msg *msg, struct hvlink_error *e)
{
    struct hvlink_msg local;
    struct hvlink_walk w;
    uint8_t cmd;
    int r;
    if (!msg)
        msg = &local;
    r = hvlink_msg_parse(buf, n, msg, e);
    if (r)
        return r;
    if (msg->type != 0x124u)
        return hvlink__fail(e, HVLINK_ERR_UNEXPECTED_TYPE, 4, 0, 0, "not a message of this family");
    r = hvlink_msg_genl(msg, &cmd, (uint8_t *)0, &w, e);
    if (r)
        return r;
    if (cmd != 15u)
        return hvlink__fail(e, HVLINK_ERR_UNEXPECTED_TYPE, 16, 0, 0, "a reply of another op");
    return hvlink_empty_parse(&w, e);
}

/* A whole reply message of domctl.settimeoffset: header, family header, then the empty reply (msg may be NULL). */
static inline int hvlink_domctl_settimeoffset_reply_parse(const void *buf, size_t n, struct hvlink_msg *msg, struct hvlink_error *e)
{
    struct hvlink_msg local;
    struct hvlink_walk w;
    uint8_t cmd;
    int r;
    if (!msg)
        msg = &local;
    r = hvlink_msg_parse(buf, n, msg, e);
    if (r)
        return r;
    if (msg->type != 0x124u)
        return hvlink__fail(e, HVLINK_ERR_UNEXPECTED_TYPE, 4, 0, 0, "not a message of this family");
    r = hvlink_msg_genl(msg, &cmd, (uint8_t *)0, &w, e);
    if (r)
        return r;
    if (cmd != 24u)
        return hvlink__fail(e, HVLINK_ERR_UNEXPECTED_TYPE, 16, 0, 0, "a reply of another op");
    return hvlink_empty_parse(&w, e);
}

/* A whole reply message of domctl.getvcpuaffinity: header, family header, then the affinity-reply (msg may be NULL). */
static inline int hvlink_domctl_getvcpuaffinity_reply_parse(const void *buf, size_t n, struct hvlink_msg *msg, struct hvlink_domctl_affinity_reply *out, struct hvlink_error *e)
{
    struct hvlink_msg local;
    struct hvlink_walk w;
    uint8_t cmd;
    int r;
    if (!msg)
        msg = &local;
    r = hvlink_msg_parse(buf, n, msg, e);
    if (r)
        return r;
    if (msg->type != 0x124u)
        return hvlink__fail(e, HVLINK_ERR_UNEXPECTED_TYPE, 4, 0, 0, "not a message of this family");
    r = hvlink_msg_genl(msg, &cmd, (uint8_t *)0, &w, e);
    if (r)
        return r;
    if (cmd != 25u)
        return hvlink__fail(e, HVLINK_ERR_UNEXPECTED_TYPE, 16, 0, 0, "a reply of another op");
    return hvlink_domctl_affinity_reply_parse_at(w.p, w.left, w.offset, w.offset, out, e);
}

/* A whole reply message of domctl.set_target: header, family header, then the empty reply (msg may be NULL). */
static inline int hvlink_domctl_set_target_reply_parse(const void *buf, size_t n, struct hvlink_msg *msg, struct hvlink_error *e)
{
    struct hvlink_msg local;
    struct hvlink_walk w;
    uint8_t cmd;
    int r;
    if (!msg)
        msg = &local;
    r = hvlink_msg_parse(buf, n, msg, e);
    if (r)
        return r;
    if (msg->type != 0x124u)
        return hvlink__fail(e, HVLINK_ERR_UNEXPECTED_TYPE, 4, 0, 0, "not a message of this family");
    r = hvlink_msg_genl(msg, &cmd, (uint8_t *)0, &w, e);
    if (r)
        return r;
    if (cmd != 46u)
        return hvlink__fail(e, HVLINK_ERR_UNEXPECTED_TYPE, 16, 0, 0, "a reply of another op");
    return hvlink_empty_parse(&w, e);
}

/* A whole reply message of domctl.get_paging_mempool_size: header, family header, then the mempool-reply (msg may be NULL). */
static inline int hvlink_domctl_get_paging_mempool_size_reply_parse(const void *buf, size_t n, struct hvlink_msg *msg, struct hvlink_domctl_mempool_reply *out, struct hvlink_error *e)
{
    struct hvlink_msg local;
    struct hvlink_walk w;
    uint8_t cmd;
    int r;
    if (!msg)
        msg = &local;
    r = hvlink_msg_parse(buf, n, msg, e);
    if (r)
        return r;
    if (msg->type != 0x124u)
        return hvlink__fail(e, HVLINK_ERR_UNEXPECTED_TYPE, 4, 0, 0, "not a message of this family");
    r = hvlink_msg_genl(msg, &cmd, (uint8_t *)0, &w, e);
    if (r)
        return r;
    if (cmd != 85u)
        return hvlink__fail(e, HVLINK_ERR_UNEXPECTED_TYPE, 16, 0, 0, "a reply of another op");
    return hvlink_domctl_mempool_reply_parse_at(w.p, w.left, w.offset, w.offset, out, e);
}

/* A whole reply message of domctl.set_paging_mempool_size: header, family header, then the empty reply (msg may be NULL). */
static inline int hvlink_domctl_set_paging_mempool_size_reply_parse(const void *buf, size_t n, struct hvlink_msg *msg, struct hvlink_error *e)
{
    struct hvlink_msg local;
    struct hvlink_walk w;
    uint8_t cmd;
    int r;
    if (!msg)
        msg = &local;
    r = hvlink_msg_parse(buf, n, msg, e);
    if (r)
        return r;
    if (msg->type != 0x124u)
        return hvlink__fail(e, HVLINK_ERR_UNEXPECTED_TYPE, 4, 0, 0, "not a message of this family");
    r = hvlink_msg_genl(msg, &cmd, (uint8_t *)0, &w, e);
    if (r)
        return r;
    if (cmd != 86u)
        return hvlink__fail(e, HVLINK_ERR_UNEXPECTED_TYPE, 16, 0, 0, "a reply of another op");
    return hvlink_empty_parse(&w, e);
}

/* ==========================================================================================
 * Family control
 * ======================================================================================= */

/* ping-msg: Request and reply of ping. */
struct hvlink_control_ping_msg {
    uint64_t cookie; /* Value echoed back unchanged. */
    bool has_cookie;
};

/* get-family-req: Request of get_family; with neither attribute every family is listed. */
struct hvlink_control_get_family_req {
    uint16_t family_id; /* Describe only the family with this id. */
    bool has_family_id;
    const char *family_name; /* Describe only the family with this name. (NUL-terminated) */
    uint32_t family_name_len;
    bool has_family_name;
};

/* op-info: Description of one op. */
struct hvlink_control_op_info {
    const char *name; /* Op name. (NUL-terminated) */
    uint32_t name_len;
    bool has_name;
    uint8_t id; /* Op id (the sub-op number). */
    bool has_id;
    uint8_t since; /* Family version that introduced the op. */
    bool has_since;
    uint8_t privilege; /* Privilege class. */
    bool has_privilege;
    uint32_t flags; /* Properties of the op. */
    bool has_flags;
    uint32_t max_reply; /* Upper bound in bytes of the reply payload. */
    bool has_max_reply;
};

/* family-info: Description of one family. */
struct hvlink_control_family_info {
    const char *name; /* Family name. (NUL-terminated) */
    uint32_t name_len;
    bool has_name;
    uint16_t id; /* Family id (the hypercall number of its register calls). */
    bool has_id;
    uint16_t msg_type; /* Message type of its ring messages. */
    bool has_msg_type;
    uint8_t version; /* Highest family version the host speaks. */
    bool has_version;
    struct hvlink_list op; /* One op of the family the host implements. (up to 32) */
};

/* get-family-reply: Reply of get_family. */
struct hvlink_control_get_family_reply {
    struct hvlink_list family; /* One family the host implements. (up to 16) */
};

/* get-policy-req: Request of get_policy. */
struct hvlink_control_get_policy_req {
    uint16_t family_id; /* Family of the op. */
    bool has_family_id;
    uint8_t op_id; /* Op whose request and reply policies are dumped. */
    bool has_op_id;
};

/* policy-entry: Policy of one attribute; ids 1..7 have the meaning of Linux's NL_POLICY_TYPE_ATTR_*. */
struct hvlink_control_policy_entry {
    uint32_t type; /* Attribute type. */
    bool has_type;
    int64_t min_value_s; /* Smallest allowed value (signed types). */
    bool has_min_value_s;
    int64_t max_value_s; /* Largest allowed value (signed types). */
    bool has_max_value_s;
    uint64_t min_value_u; /* Smallest allowed value (unsigned types). */
    bool has_min_value_u;
    uint64_t max_value_u; /* Largest allowed value (unsigned types). */
    bool has_max_value_u;
    uint32_t min_length; /* Shortest payload (string - excluding the NUL; binary). */
    bool has_min_length;
    uint32_t max_length; /* Longest payload (string - excluding the NUL; binary). */
    bool has_max_length;
    const char *set; /* Attribute set the attribute belongs to. (NUL-terminated) */
    uint32_t set_len;
    bool has_set;
    uint8_t direction; /* Whether the set is part of the request or of the reply. */
    bool has_direction;
    uint16_t attr_id; /* Attribute id within its set. */
    bool has_attr_id;
    const char *name; /* Attribute name. (NUL-terminated) */
    uint32_t name_len;
    bool has_name;
    const char *nested; /* Set of the payload (nest only). (NUL-terminated) */
    uint32_t nested_len;
    bool has_nested;
    bool required; /* The attribute must be present (in its form). */
    bool repeated; /* The attribute may appear up to max-count times. */
    bool must_understand; /* Senders set the must-understand bit on it. */
    uint8_t since; /* Family version that introduced the attribute. */
    bool has_since;
    uint32_t max_count; /* Most occurrences (repeated only). */
    bool has_max_count;
    const char *enum_; /* Definition the values come from. (NUL-terminated) */
    uint32_t enum__len;
    bool has_enum_;
    uint64_t default_; /* Value assumed when absent (two's complement for signed types). */
    bool has_default_;
    const char *form_; /* Form of the set the attribute belongs to (absent - common to all forms). (NUL-terminated) */
    uint32_t form__len;
    bool has_form_;
    uint8_t register_; /* FastABI register number (2 = rsi, 3 = r8 ... 7 = r12) when the attribute is register-mapped. */
    bool has_register_;
};

/* get-policy-reply: Reply of get_policy. */
struct hvlink_control_get_policy_reply {
    uint16_t family_id; /* Family of the op. */
    bool has_family_id;
    uint8_t op_id; /* The op the policies belong to. */
    bool has_op_id;
    struct hvlink_list attr; /* Policy of one attribute, nested sets included (each entry names its set). (up to 64) */
};

/* negotiate-msg: Request and reply of negotiate. */
struct hvlink_control_negotiate_msg {
    uint32_t protocol_version; /* Request - highest protocol version the guest speaks; reply - the version both use. */
    bool has_protocol_version;
    uint64_t features; /* Request - features the guest supports; reply - those both support. */
    bool has_features;
    uint32_t max_message; /* Reply only - largest message in bytes the host accepts. */
    bool has_max_message;
};

/* queue-setup-req: Request of queue_setup. */
struct hvlink_control_queue_setup_req {
    uint64_t base_gpa; /* Guest-physical address of the first page (the header page); page-aligned. */
    bool has_base_gpa;
    uint32_t pages; /* Pages in the run - the header page, then the request and the reply ring (layout in docs/PROTOCOL.md). */
    bool has_pages;
    uint16_t queue_id; /* Id the guest gives the queue; unique among the domain's queues. */
    bool has_queue_id;
    uint8_t kind; /* Who owns the queue. */
    bool has_kind;
    uint64_t features; /* Queue features the guest wants. */
    bool has_features;
    uint32_t notify_port; /* Event channel port to signal for reply interrupts; 0 for the host's default doorbell. */
    bool has_notify_port;
};

/* queue-setup-reply: Reply of queue_setup. */
struct hvlink_control_queue_setup_reply {
    uint64_t features; /* Queue features the host accepted. */
    bool has_features;
    uint64_t doorbell; /* Host-defined kick token (an I/O port on the reference VMM, an event channel port on Xen). */
    bool has_doorbell;
};

/* queue-req: Request naming a queue. */
struct hvlink_control_queue_req {
    uint16_t queue_id; /* Queue id given at setup. */
    bool has_queue_id;
};

/* cancel-req: Request of cancel. */
struct hvlink_control_cancel_req {
    uint32_t seq; /* seq of the request to cancel. */
    bool has_seq;
    uint16_t queue_id; /* Queue the request was sent on; on a ring defaults to the queue the cancel arrives on. */
    bool has_queue_id;
};

/* cancel-reply: Reply of cancel. */
struct hvlink_control_cancel_reply {
    uint8_t result; /* What cancel found. */
    bool has_result;
};

static inline int hvlink_control_ping_msg_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_control_ping_msg *out, struct hvlink_error *e);
static inline int hvlink_control_get_family_req_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_control_get_family_req *out, struct hvlink_error *e);
static inline int hvlink_control_op_info_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_control_op_info *out, struct hvlink_error *e);
static inline int hvlink_control_family_info_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_control_family_info *out, struct hvlink_error *e);
static inline int hvlink_control_get_family_reply_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_control_get_family_reply *out, struct hvlink_error *e);
static inline int hvlink_control_get_policy_req_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_control_get_policy_req *out, struct hvlink_error *e);
static inline int hvlink_control_policy_entry_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_control_policy_entry *out, struct hvlink_error *e);
static inline int hvlink_control_get_policy_reply_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_control_get_policy_reply *out, struct hvlink_error *e);
static inline int hvlink_control_negotiate_msg_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_control_negotiate_msg *out, struct hvlink_error *e);
static inline int hvlink_control_queue_setup_req_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_control_queue_setup_req *out, struct hvlink_error *e);
static inline int hvlink_control_queue_setup_reply_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_control_queue_setup_reply *out, struct hvlink_error *e);
static inline int hvlink_control_queue_req_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_control_queue_req *out, struct hvlink_error *e);
static inline int hvlink_control_cancel_req_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_control_cancel_req *out, struct hvlink_error *e);
static inline int hvlink_control_cancel_reply_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_control_cancel_reply *out, struct hvlink_error *e);
static inline int hvlink_control_op_info_read_valid(const uint8_t *p, size_t n, uint32_t off, struct hvlink_control_op_info *out);
static inline int hvlink_control_family_info_read_valid(const uint8_t *p, size_t n, uint32_t off, struct hvlink_control_family_info *out);
static inline int hvlink_control_policy_entry_read_valid(const uint8_t *p, size_t n, uint32_t off, struct hvlink_control_policy_entry *out);

/* ping-msg: every attribute absent, defaults filled. */
static inline void hvlink_control_ping_msg_init(struct hvlink_control_ping_msg *v)
{
    v->cookie = (uint64_t)0x0ULL;
    v->has_cookie = false;
}

/* Validate and decode ping-msg (the Rust decoder's checks, order and errors). */
static inline int hvlink_control_ping_msg_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_control_ping_msg *out, struct hvlink_error *e)
{
    struct hvlink_walk w;
    struct hvlink_attr a;
    uint32_t count = 0;
    int r;
    uint64_t seen[2] = {0, 0};
    uint64_t v = 0;
    hvlink_control_ping_msg_init(out);
    hvlink_walk_init(&w, p, n, off);
    if (hvlink_walk_expect(&w, 0x0001000cu, &a)) {
        count++;
        seen[0] |= 0x1ULL;
        r = hvlink__int(&a, 8, &v, e);
        if (r)
            return r;
        out->cookie = (uint64_t)v;
        out->has_cookie = true;
    }
    while ((r = hvlink_walk_next(&w, &a, e)) == 1) {
        if (++count > 1024u)
            return hvlink__too_many(&a, e);
        switch (hvlink_attr_kind(&a)) {
        case 1: {
            if (seen[0] & 0x1ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x1ULL;
            r = hvlink__int(&a, 8, &v, e);
            if (r)
                return r;
            out->cookie = (uint64_t)v;
            out->has_cookie = true;
            break;
        }
        default:
            r = hvlink__unknown(&a, e);
            if (r)
                return r;
            break;
        }
    }
    if (r < 0)
        return r;
    if (!(seen[0] & 0x1ULL))
        return hvlink__missing(container, 1, e);
    return 0;
}

/* Write the attributes of ping-msg as the Rust encoder does (the order of the spec, the chosen
 * form's after the common ones; defaults and absent values left out). */
static inline void hvlink_control_ping_msg_put(struct hvlink_buf *b, const struct hvlink_control_ping_msg *v)
{
    hvlink_put_u64(b, 1, v->cookie);
}

/* get-family-req: every attribute absent, defaults filled. */
static inline void hvlink_control_get_family_req_init(struct hvlink_control_get_family_req *v)
{
    v->family_id = (uint16_t)0x0ULL;
    v->has_family_id = false;
    v->family_name = (const char *)0;
    v->family_name_len = 0;
    v->has_family_name = false;
}

/* Validate and decode get-family-req (the Rust decoder's checks, order and errors). */
static inline int hvlink_control_get_family_req_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_control_get_family_req *out, struct hvlink_error *e)
{
    struct hvlink_walk w;
    struct hvlink_attr a;
    uint32_t count = 0;
    int r;
    uint64_t seen[2] = {0, 0};
    uint64_t v = 0;
    (void)container;
    hvlink_control_get_family_req_init(out);
    hvlink_walk_init(&w, p, n, off);
    if (hvlink_walk_expect(&w, 0x00010006u, &a)) {
        count++;
        seen[0] |= 0x1ULL;
        r = hvlink__int(&a, 2, &v, e);
        if (r)
            return r;
        out->family_id = (uint16_t)v;
        out->has_family_id = true;
    }
    while ((r = hvlink_walk_next(&w, &a, e)) == 1) {
        if (++count > 1024u)
            return hvlink__too_many(&a, e);
        switch (hvlink_attr_kind(&a)) {
        case 1: {
            if (seen[0] & 0x1ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x1ULL;
            r = hvlink__int(&a, 2, &v, e);
            if (r)
                return r;
            out->family_id = (uint16_t)v;
            out->has_family_id = true;
            break;
        }
        case 2: {
            if (seen[0] & 0x2ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x2ULL;
            r = hvlink__string(&a, 0u, 32u, e);
            if (r)
                return r;
            out->family_name = (const char *)a.payload;
            out->family_name_len = a.len - 1;
            out->has_family_name = true;
            break;
        }
        default:
            r = hvlink__unknown(&a, e);
            if (r)
                return r;
            break;
        }
    }
    if (r < 0)
        return r;
    return 0;
}

/* Write the attributes of get-family-req as the Rust encoder does (the order of the spec, the chosen
 * form's after the common ones; defaults and absent values left out). */
static inline void hvlink_control_get_family_req_put(struct hvlink_buf *b, const struct hvlink_control_get_family_req *v)
{
    if (v->has_family_id) {
        hvlink_put_u16(b, 1, v->family_id);
    }
    if (v->has_family_name) {
        hvlink_put_strn(b, 2, v->family_name, v->family_name_len);
    }
}

/* op-info: every attribute absent, defaults filled. */
static inline void hvlink_control_op_info_init(struct hvlink_control_op_info *v)
{
    v->name = (const char *)0;
    v->name_len = 0;
    v->has_name = false;
    v->id = (uint8_t)0x0ULL;
    v->has_id = false;
    v->since = (uint8_t)0x0ULL;
    v->has_since = false;
    v->privilege = (uint8_t)0x0ULL;
    v->has_privilege = false;
    v->flags = (uint32_t)0x0ULL;
    v->has_flags = false;
    v->max_reply = (uint32_t)0x0ULL;
    v->has_max_reply = false;
}

/* Validate and decode op-info (the Rust decoder's checks, order and errors). */
static inline int hvlink_control_op_info_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_control_op_info *out, struct hvlink_error *e)
{
    struct hvlink_walk w;
    struct hvlink_attr a;
    uint32_t count = 0;
    int r;
    uint64_t seen[2] = {0, 0};
    uint64_t v = 0;
    hvlink_control_op_info_init(out);
    hvlink_walk_init(&w, p, n, off);
    if (hvlink_walk_expect(&w, 0x00020005u, &a)) {
        count++;
        seen[0] |= 0x2ULL;
        r = hvlink__int(&a, 1, &v, e);
        if (r)
            return r;
        out->id = (uint8_t)v;
        out->has_id = true;
    }
    if (hvlink_walk_expect(&w, 0x00030005u, &a)) {
        count++;
        seen[0] |= 0x4ULL;
        r = hvlink__int(&a, 1, &v, e);
        if (r)
            return r;
        out->since = (uint8_t)v;
        out->has_since = true;
    }
    if (hvlink_walk_expect(&w, 0x00040005u, &a)) {
        count++;
        seen[0] |= 0x8ULL;
        r = hvlink__int(&a, 1, &v, e);
        if (r)
            return r;
        out->privilege = (uint8_t)v;
        out->has_privilege = true;
    }
    if (hvlink_walk_expect(&w, 0x00050008u, &a)) {
        count++;
        seen[0] |= 0x10ULL;
        r = hvlink__int(&a, 4, &v, e);
        if (r)
            return r;
        out->flags = (uint32_t)v;
        out->has_flags = true;
    }
    if (hvlink_walk_expect(&w, 0x00060008u, &a)) {
        count++;
        seen[0] |= 0x20ULL;
        r = hvlink__int(&a, 4, &v, e);
        if (r)
            return r;
        out->max_reply = (uint32_t)v;
        out->has_max_reply = true;
    }
    while ((r = hvlink_walk_next(&w, &a, e)) == 1) {
        if (++count > 1024u)
            return hvlink__too_many(&a, e);
        switch (hvlink_attr_kind(&a)) {
        case 1: {
            if (seen[0] & 0x1ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x1ULL;
            r = hvlink__string(&a, 0u, 32u, e);
            if (r)
                return r;
            out->name = (const char *)a.payload;
            out->name_len = a.len - 1;
            out->has_name = true;
            break;
        }
        case 2: {
            if (seen[0] & 0x2ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x2ULL;
            r = hvlink__int(&a, 1, &v, e);
            if (r)
                return r;
            out->id = (uint8_t)v;
            out->has_id = true;
            break;
        }
        case 3: {
            if (seen[0] & 0x4ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x4ULL;
            r = hvlink__int(&a, 1, &v, e);
            if (r)
                return r;
            out->since = (uint8_t)v;
            out->has_since = true;
            break;
        }
        case 4: {
            if (seen[0] & 0x8ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x8ULL;
            r = hvlink__int(&a, 1, &v, e);
            if (r)
                return r;
            out->privilege = (uint8_t)v;
            out->has_privilege = true;
            break;
        }
        case 5: {
            if (seen[0] & 0x10ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x10ULL;
            r = hvlink__int(&a, 4, &v, e);
            if (r)
                return r;
            out->flags = (uint32_t)v;
            out->has_flags = true;
            break;
        }
        case 6: {
            if (seen[0] & 0x20ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x20ULL;
            r = hvlink__int(&a, 4, &v, e);
            if (r)
                return r;
            out->max_reply = (uint32_t)v;
            out->has_max_reply = true;
            break;
        }
        default:
            r = hvlink__unknown(&a, e);
            if (r)
                return r;
            break;
        }
    }
    if (r < 0)
        return r;
    if (!(seen[0] & 0x1ULL))
        return hvlink__missing(container, 1, e);
    if (!(seen[0] & 0x2ULL))
        return hvlink__missing(container, 2, e);
    if (!(seen[0] & 0x4ULL))
        return hvlink__missing(container, 3, e);
    if (!(seen[0] & 0x8ULL))
        return hvlink__missing(container, 4, e);
    if (!(seen[0] & 0x10ULL))
        return hvlink__missing(container, 5, e);
    if (!(seen[0] & 0x20ULL))
        return hvlink__missing(container, 6, e);
    return 0;
}

/* Read op-info bytes that hvlink_control_op_info_parse_at accepted (list iteration): values only. */
static inline int hvlink_control_op_info_read_valid(const uint8_t *p, size_t n, uint32_t off, struct hvlink_control_op_info *out)
{
    struct hvlink_walk w;
    struct hvlink_attr a;
    struct hvlink_error e;
    int r;
    hvlink_control_op_info_init(out);
    hvlink_walk_init(&w, p, n, off);
    if (hvlink_walk_expect(&w, 0x00020005u, &a)) {
        out->id = (uint8_t)a.payload[0];
        out->has_id = true;
    }
    if (hvlink_walk_expect(&w, 0x00030005u, &a)) {
        out->since = (uint8_t)a.payload[0];
        out->has_since = true;
    }
    if (hvlink_walk_expect(&w, 0x00040005u, &a)) {
        out->privilege = (uint8_t)a.payload[0];
        out->has_privilege = true;
    }
    if (hvlink_walk_expect(&w, 0x00050008u, &a)) {
        out->flags = (uint32_t)hvlink__ld32(a.payload);
        out->has_flags = true;
    }
    if (hvlink_walk_expect(&w, 0x00060008u, &a)) {
        out->max_reply = (uint32_t)hvlink__ld32(a.payload);
        out->has_max_reply = true;
    }
    while ((r = hvlink_walk_next(&w, &a, &e)) == 1) {
        switch (hvlink_attr_kind(&a)) {
        case 1:
            if (a.len == 0)
                return -1;
            out->name = (const char *)a.payload;
            out->name_len = a.len - 1;
            out->has_name = true;
            break;
        case 2:
            if (a.len != 1u)
                return -1;
            out->id = (uint8_t)a.payload[0];
            out->has_id = true;
            break;
        case 3:
            if (a.len != 1u)
                return -1;
            out->since = (uint8_t)a.payload[0];
            out->has_since = true;
            break;
        case 4:
            if (a.len != 1u)
                return -1;
            out->privilege = (uint8_t)a.payload[0];
            out->has_privilege = true;
            break;
        case 5:
            if (a.len != 4u)
                return -1;
            out->flags = (uint32_t)hvlink__ld32(a.payload);
            out->has_flags = true;
            break;
        case 6:
            if (a.len != 4u)
                return -1;
            out->max_reply = (uint32_t)hvlink__ld32(a.payload);
            out->has_max_reply = true;
            break;
        default:
            break;
        }
    }
    return r;
}

/* Write the attributes of op-info as the Rust encoder does (the order of the spec, the chosen
 * form's after the common ones; defaults and absent values left out). */
static inline void hvlink_control_op_info_put(struct hvlink_buf *b, const struct hvlink_control_op_info *v)
{
    hvlink_put_strn(b, 1, v->name, v->name_len);
    hvlink_put_u8(b, 2, v->id);
    hvlink_put_u8(b, 3, v->since);
    hvlink_put_u8(b, 4, v->privilege);
    hvlink_put_u32(b, 5, v->flags);
    hvlink_put_u32(b, 6, v->max_reply);
}

/* family-info: every attribute absent, defaults filled. */
static inline void hvlink_control_family_info_init(struct hvlink_control_family_info *v)
{
    v->name = (const char *)0;
    v->name_len = 0;
    v->has_name = false;
    v->id = (uint16_t)0x0ULL;
    v->has_id = false;
    v->msg_type = (uint16_t)0x0ULL;
    v->has_msg_type = false;
    v->version = (uint8_t)0x0ULL;
    v->has_version = false;
    v->op.wire = (const uint8_t *)0;
    v->op.items = (const void *)0;
    v->op.wire_len = 0;
    v->op.wire_offset = 0;
    v->op.count = 0;
    v->op.kind = 5;
}

/* Validate and decode family-info (the Rust decoder's checks, order and errors). */
static inline int hvlink_control_family_info_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_control_family_info *out, struct hvlink_error *e)
{
    struct hvlink_walk w;
    struct hvlink_attr a;
    uint32_t count = 0;
    int r;
    uint64_t seen[2] = {0, 0};
    uint64_t v = 0;
    hvlink_control_family_info_init(out);
    out->op.wire = p;
    out->op.wire_len = (uint32_t)n;
    out->op.wire_offset = off;
    hvlink_walk_init(&w, p, n, off);
    if (hvlink_walk_expect(&w, 0x00020006u, &a)) {
        count++;
        seen[0] |= 0x2ULL;
        r = hvlink__int(&a, 2, &v, e);
        if (r)
            return r;
        out->id = (uint16_t)v;
        out->has_id = true;
    }
    if (hvlink_walk_expect(&w, 0x00030006u, &a)) {
        count++;
        seen[0] |= 0x4ULL;
        r = hvlink__int(&a, 2, &v, e);
        if (r)
            return r;
        out->msg_type = (uint16_t)v;
        out->has_msg_type = true;
    }
    if (hvlink_walk_expect(&w, 0x00040005u, &a)) {
        count++;
        seen[0] |= 0x8ULL;
        r = hvlink__int(&a, 1, &v, e);
        if (r)
            return r;
        out->version = (uint8_t)v;
        out->has_version = true;
    }
    while ((r = hvlink_walk_next(&w, &a, e)) == 1) {
        if (++count > 1024u)
            return hvlink__too_many(&a, e);
        switch (hvlink_attr_kind(&a)) {
        case 1: {
            if (seen[0] & 0x1ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x1ULL;
            r = hvlink__string(&a, 0u, 32u, e);
            if (r)
                return r;
            out->name = (const char *)a.payload;
            out->name_len = a.len - 1;
            out->has_name = true;
            break;
        }
        case 2: {
            if (seen[0] & 0x2ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x2ULL;
            r = hvlink__int(&a, 2, &v, e);
            if (r)
                return r;
            out->id = (uint16_t)v;
            out->has_id = true;
            break;
        }
        case 3: {
            if (seen[0] & 0x4ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x4ULL;
            r = hvlink__int(&a, 2, &v, e);
            if (r)
                return r;
            out->msg_type = (uint16_t)v;
            out->has_msg_type = true;
            break;
        }
        case 4: {
            if (seen[0] & 0x8ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x8ULL;
            r = hvlink__int(&a, 1, &v, e);
            if (r)
                return r;
            out->version = (uint8_t)v;
            out->has_version = true;
            break;
        }
        case 5: {
            seen[0] |= 0x10ULL;
            if (out->op.count >= 32u)
                return hvlink__too_many(&a, e);
            {
                struct hvlink_control_op_info tmp;
                r = hvlink_control_op_info_parse_at(a.payload, a.len, a.offset + 4u, a.offset, &tmp, e);
                if (r)
                    return r;
            }
            out->op.count++;
            break;
        }
        default:
            r = hvlink__unknown(&a, e);
            if (r)
                return r;
            break;
        }
    }
    if (r < 0)
        return r;
    if (!(seen[0] & 0x1ULL))
        return hvlink__missing(container, 1, e);
    if (!(seen[0] & 0x2ULL))
        return hvlink__missing(container, 2, e);
    if (!(seen[0] & 0x4ULL))
        return hvlink__missing(container, 3, e);
    if (!(seen[0] & 0x8ULL))
        return hvlink__missing(container, 4, e);
    return 0;
}

/* Read family-info bytes that hvlink_control_family_info_parse_at accepted (list iteration): values only. */
static inline int hvlink_control_family_info_read_valid(const uint8_t *p, size_t n, uint32_t off, struct hvlink_control_family_info *out)
{
    struct hvlink_walk w;
    struct hvlink_attr a;
    struct hvlink_error e;
    int r;
    hvlink_control_family_info_init(out);
    out->op.wire = p;
    out->op.wire_len = (uint32_t)n;
    out->op.wire_offset = off;
    hvlink_walk_init(&w, p, n, off);
    if (hvlink_walk_expect(&w, 0x00020006u, &a)) {
        out->id = (uint16_t)hvlink__ld16(a.payload);
        out->has_id = true;
    }
    if (hvlink_walk_expect(&w, 0x00030006u, &a)) {
        out->msg_type = (uint16_t)hvlink__ld16(a.payload);
        out->has_msg_type = true;
    }
    if (hvlink_walk_expect(&w, 0x00040005u, &a)) {
        out->version = (uint8_t)a.payload[0];
        out->has_version = true;
    }
    while ((r = hvlink_walk_next(&w, &a, &e)) == 1) {
        switch (hvlink_attr_kind(&a)) {
        case 1:
            if (a.len == 0)
                return -1;
            out->name = (const char *)a.payload;
            out->name_len = a.len - 1;
            out->has_name = true;
            break;
        case 2:
            if (a.len != 2u)
                return -1;
            out->id = (uint16_t)hvlink__ld16(a.payload);
            out->has_id = true;
            break;
        case 3:
            if (a.len != 2u)
                return -1;
            out->msg_type = (uint16_t)hvlink__ld16(a.payload);
            out->has_msg_type = true;
            break;
        case 4:
            if (a.len != 1u)
                return -1;
            out->version = (uint8_t)a.payload[0];
            out->has_version = true;
            break;
        case 5:
            out->op.count++;
            break;
        default:
            break;
        }
    }
    return r;
}

/* The next element of family-info.op from a parsed list (1, or 0 at the end). */
static inline int hvlink_control_family_info_op_next(struct hvlink_list_iter *it, struct hvlink_control_op_info *out)
{
    struct hvlink_attr a;
    if (!hvlink_list_next_attr(it, &a))
        return 0;
    if (hvlink_control_op_info_read_valid(a.payload, a.len, a.offset + 4u, out) != 0) {
        it->left = 0;
        return 0;
    }
    return 1;
}

/* Write the attributes of family-info as the Rust encoder does (the order of the spec, the chosen
 * form's after the common ones; defaults and absent values left out). */
static inline void hvlink_control_family_info_put(struct hvlink_buf *b, const struct hvlink_control_family_info *v)
{
    hvlink_put_strn(b, 1, v->name, v->name_len);
    hvlink_put_u16(b, 2, v->id);
    hvlink_put_u16(b, 3, v->msg_type);
    hvlink_put_u8(b, 4, v->version);
    if (v->op.items) {
        uint32_t i;
        for (i = 0; i < v->op.count; i++) {
            struct hvlink_control_op_info x = ((struct hvlink_control_op_info const *)v->op.items)[i];
            {
                size_t nest = hvlink_nest_begin(b, 5);
                hvlink_control_op_info_put(b, &x);
                hvlink_nest_end(b, nest);
            }
        }
    } else {
        struct hvlink_list_iter it;
        struct hvlink_control_op_info x;
        hvlink_list_iter_init(&it, &v->op);
        while (hvlink_control_family_info_op_next(&it, &x))
            {
                size_t nest = hvlink_nest_begin(b, 5);
                hvlink_control_op_info_put(b, &x);
                hvlink_nest_end(b, nest);
            }
    }
}

/* get-family-reply: every attribute absent, defaults filled. */
static inline void hvlink_control_get_family_reply_init(struct hvlink_control_get_family_reply *v)
{
    v->family.wire = (const uint8_t *)0;
    v->family.items = (const void *)0;
    v->family.wire_len = 0;
    v->family.wire_offset = 0;
    v->family.count = 0;
    v->family.kind = 1;
}

/* Validate and decode get-family-reply (the Rust decoder's checks, order and errors). */
static inline int hvlink_control_get_family_reply_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_control_get_family_reply *out, struct hvlink_error *e)
{
    struct hvlink_walk w;
    struct hvlink_attr a;
    uint32_t count = 0;
    int r;
    (void)container;
    hvlink_control_get_family_reply_init(out);
    out->family.wire = p;
    out->family.wire_len = (uint32_t)n;
    out->family.wire_offset = off;
    hvlink_walk_init(&w, p, n, off);
    while ((r = hvlink_walk_next(&w, &a, e)) == 1) {
        if (++count > 1024u)
            return hvlink__too_many(&a, e);
        switch (hvlink_attr_kind(&a)) {
        case 1: {
            if (out->family.count >= 16u)
                return hvlink__too_many(&a, e);
            {
                struct hvlink_control_family_info tmp;
                r = hvlink_control_family_info_parse_at(a.payload, a.len, a.offset + 4u, a.offset, &tmp, e);
                if (r)
                    return r;
            }
            out->family.count++;
            break;
        }
        default:
            r = hvlink__unknown(&a, e);
            if (r)
                return r;
            break;
        }
    }
    if (r < 0)
        return r;
    return 0;
}

/* The next element of get-family-reply.family from a parsed list (1, or 0 at the end). */
static inline int hvlink_control_get_family_reply_family_next(struct hvlink_list_iter *it, struct hvlink_control_family_info *out)
{
    struct hvlink_attr a;
    if (!hvlink_list_next_attr(it, &a))
        return 0;
    if (hvlink_control_family_info_read_valid(a.payload, a.len, a.offset + 4u, out) != 0) {
        it->left = 0;
        return 0;
    }
    return 1;
}

/* Write the attributes of get-family-reply as the Rust encoder does (the order of the spec, the chosen
 * form's after the common ones; defaults and absent values left out). */
static inline void hvlink_control_get_family_reply_put(struct hvlink_buf *b, const struct hvlink_control_get_family_reply *v)
{
    if (v->family.items) {
        uint32_t i;
        for (i = 0; i < v->family.count; i++) {
            struct hvlink_control_family_info x = ((struct hvlink_control_family_info const *)v->family.items)[i];
            {
                size_t nest = hvlink_nest_begin(b, 1);
                hvlink_control_family_info_put(b, &x);
                hvlink_nest_end(b, nest);
            }
        }
    } else {
        struct hvlink_list_iter it;
        struct hvlink_control_family_info x;
        hvlink_list_iter_init(&it, &v->family);
        while (hvlink_control_get_family_reply_family_next(&it, &x))
            {
                size_t nest = hvlink_nest_begin(b, 1);
                hvlink_control_family_info_put(b, &x);
                hvlink_nest_end(b, nest);
            }
    }
}

/* get-policy-req: every attribute absent, defaults filled. */
static inline void hvlink_control_get_policy_req_init(struct hvlink_control_get_policy_req *v)
{
    v->family_id = (uint16_t)0x0ULL;
    v->has_family_id = false;
    v->op_id = (uint8_t)0x0ULL;
    v->has_op_id = false;
}

/* Validate and decode get-policy-req (the Rust decoder's checks, order and errors). */
static inline int hvlink_control_get_policy_req_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_control_get_policy_req *out, struct hvlink_error *e)
{
    struct hvlink_walk w;
    struct hvlink_attr a;
    uint32_t count = 0;
    int r;
    uint64_t seen[2] = {0, 0};
    uint64_t v = 0;
    hvlink_control_get_policy_req_init(out);
    hvlink_walk_init(&w, p, n, off);
    if (hvlink_walk_expect(&w, 0x00010006u, &a)) {
        count++;
        seen[0] |= 0x1ULL;
        r = hvlink__int(&a, 2, &v, e);
        if (r)
            return r;
        out->family_id = (uint16_t)v;
        out->has_family_id = true;
    }
    if (hvlink_walk_expect(&w, 0x00020005u, &a)) {
        count++;
        seen[0] |= 0x2ULL;
        r = hvlink__int(&a, 1, &v, e);
        if (r)
            return r;
        out->op_id = (uint8_t)v;
        out->has_op_id = true;
    }
    while ((r = hvlink_walk_next(&w, &a, e)) == 1) {
        if (++count > 1024u)
            return hvlink__too_many(&a, e);
        switch (hvlink_attr_kind(&a)) {
        case 1: {
            if (seen[0] & 0x1ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x1ULL;
            r = hvlink__int(&a, 2, &v, e);
            if (r)
                return r;
            out->family_id = (uint16_t)v;
            out->has_family_id = true;
            break;
        }
        case 2: {
            if (seen[0] & 0x2ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x2ULL;
            r = hvlink__int(&a, 1, &v, e);
            if (r)
                return r;
            out->op_id = (uint8_t)v;
            out->has_op_id = true;
            break;
        }
        default:
            r = hvlink__unknown(&a, e);
            if (r)
                return r;
            break;
        }
    }
    if (r < 0)
        return r;
    if (!(seen[0] & 0x1ULL))
        return hvlink__missing(container, 1, e);
    if (!(seen[0] & 0x2ULL))
        return hvlink__missing(container, 2, e);
    return 0;
}

/* Write the attributes of get-policy-req as the Rust encoder does (the order of the spec, the chosen
 * form's after the common ones; defaults and absent values left out). */
static inline void hvlink_control_get_policy_req_put(struct hvlink_buf *b, const struct hvlink_control_get_policy_req *v)
{
    hvlink_put_u16(b, 1, v->family_id);
    hvlink_put_u8(b, 2, v->op_id);
}

/* policy-entry: every attribute absent, defaults filled. */
static inline void hvlink_control_policy_entry_init(struct hvlink_control_policy_entry *v)
{
    v->type = (uint32_t)0x0ULL;
    v->has_type = false;
    v->min_value_s = (int64_t)(0LL);
    v->has_min_value_s = false;
    v->max_value_s = (int64_t)(0LL);
    v->has_max_value_s = false;
    v->min_value_u = (uint64_t)0x0ULL;
    v->has_min_value_u = false;
    v->max_value_u = (uint64_t)0x0ULL;
    v->has_max_value_u = false;
    v->min_length = (uint32_t)0x0ULL;
    v->has_min_length = false;
    v->max_length = (uint32_t)0x0ULL;
    v->has_max_length = false;
    v->set = (const char *)0;
    v->set_len = 0;
    v->has_set = false;
    v->direction = (uint8_t)0x0ULL;
    v->has_direction = false;
    v->attr_id = (uint16_t)0x0ULL;
    v->has_attr_id = false;
    v->name = (const char *)0;
    v->name_len = 0;
    v->has_name = false;
    v->nested = (const char *)0;
    v->nested_len = 0;
    v->has_nested = false;
    v->required = false;
    v->repeated = false;
    v->must_understand = false;
    v->since = (uint8_t)0x0ULL;
    v->has_since = false;
    v->max_count = (uint32_t)0x0ULL;
    v->has_max_count = false;
    v->enum_ = (const char *)0;
    v->enum__len = 0;
    v->has_enum_ = false;
    v->default_ = (uint64_t)0x0ULL;
    v->has_default_ = false;
    v->form_ = (const char *)0;
    v->form__len = 0;
    v->has_form_ = false;
    v->register_ = (uint8_t)0x0ULL;
    v->has_register_ = false;
}

/* Validate and decode policy-entry (the Rust decoder's checks, order and errors). */
static inline int hvlink_control_policy_entry_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_control_policy_entry *out, struct hvlink_error *e)
{
    struct hvlink_walk w;
    struct hvlink_attr a;
    uint32_t count = 0;
    int r;
    uint64_t seen[2] = {0, 0};
    uint64_t v = 0;
    hvlink_control_policy_entry_init(out);
    hvlink_walk_init(&w, p, n, off);
    if (hvlink_walk_expect(&w, 0x00010008u, &a)) {
        count++;
        seen[0] |= 0x1ULL;
        r = hvlink__int(&a, 4, &v, e);
        if (r)
            return r;
        out->type = (uint32_t)v;
        out->has_type = true;
    }
    if (hvlink_walk_expect(&w, 0x0002000cu, &a)) {
        count++;
        seen[0] |= 0x2ULL;
        r = hvlink__int(&a, 8, &v, e);
        if (r)
            return r;
        out->min_value_s = (int64_t)v;
        out->has_min_value_s = true;
    }
    if (hvlink_walk_expect(&w, 0x0003000cu, &a)) {
        count++;
        seen[0] |= 0x4ULL;
        r = hvlink__int(&a, 8, &v, e);
        if (r)
            return r;
        out->max_value_s = (int64_t)v;
        out->has_max_value_s = true;
    }
    if (hvlink_walk_expect(&w, 0x0004000cu, &a)) {
        count++;
        seen[0] |= 0x8ULL;
        r = hvlink__int(&a, 8, &v, e);
        if (r)
            return r;
        out->min_value_u = (uint64_t)v;
        out->has_min_value_u = true;
    }
    if (hvlink_walk_expect(&w, 0x0005000cu, &a)) {
        count++;
        seen[0] |= 0x10ULL;
        r = hvlink__int(&a, 8, &v, e);
        if (r)
            return r;
        out->max_value_u = (uint64_t)v;
        out->has_max_value_u = true;
    }
    if (hvlink_walk_expect(&w, 0x00060008u, &a)) {
        count++;
        seen[0] |= 0x20ULL;
        r = hvlink__int(&a, 4, &v, e);
        if (r)
            return r;
        out->min_length = (uint32_t)v;
        out->has_min_length = true;
    }
    if (hvlink_walk_expect(&w, 0x00070008u, &a)) {
        count++;
        seen[0] |= 0x40ULL;
        r = hvlink__int(&a, 4, &v, e);
        if (r)
            return r;
        out->max_length = (uint32_t)v;
        out->has_max_length = true;
    }
    if (hvlink_walk_expect(&w, 0x00110005u, &a)) {
        count++;
        seen[0] |= 0x100ULL;
        r = hvlink__int(&a, 1, &v, e);
        if (r)
            return r;
        out->direction = (uint8_t)v;
        out->has_direction = true;
    }
    if (hvlink_walk_expect(&w, 0x00120006u, &a)) {
        count++;
        seen[0] |= 0x200ULL;
        r = hvlink__int(&a, 2, &v, e);
        if (r)
            return r;
        out->attr_id = (uint16_t)v;
        out->has_attr_id = true;
    }
    if (hvlink_walk_expect(&w, 0x00150004u, &a)) {
        count++;
        seen[0] |= 0x1000ULL;
        r = hvlink__flag(&a, e);
        if (r)
            return r;
        out->required = true;
    }
    if (hvlink_walk_expect(&w, 0x00160004u, &a)) {
        count++;
        seen[0] |= 0x2000ULL;
        r = hvlink__flag(&a, e);
        if (r)
            return r;
        out->repeated = true;
    }
    if (hvlink_walk_expect(&w, 0x00170004u, &a)) {
        count++;
        seen[0] |= 0x4000ULL;
        r = hvlink__flag(&a, e);
        if (r)
            return r;
        out->must_understand = true;
    }
    if (hvlink_walk_expect(&w, 0x00180005u, &a)) {
        count++;
        seen[0] |= 0x8000ULL;
        r = hvlink__int(&a, 1, &v, e);
        if (r)
            return r;
        out->since = (uint8_t)v;
        out->has_since = true;
    }
    if (hvlink_walk_expect(&w, 0x00190008u, &a)) {
        count++;
        seen[0] |= 0x10000ULL;
        r = hvlink__int(&a, 4, &v, e);
        if (r)
            return r;
        out->max_count = (uint32_t)v;
        out->has_max_count = true;
    }
    if (hvlink_walk_expect(&w, 0x001b000cu, &a)) {
        count++;
        seen[0] |= 0x40000ULL;
        r = hvlink__int(&a, 8, &v, e);
        if (r)
            return r;
        out->default_ = (uint64_t)v;
        out->has_default_ = true;
    }
    if (hvlink_walk_expect(&w, 0x001d0005u, &a)) {
        count++;
        seen[0] |= 0x100000ULL;
        r = hvlink__int(&a, 1, &v, e);
        if (r)
            return r;
        if (v < 0x2ULL || v > 0x7ULL)
            return hvlink__out_of_range(&a, e);
        out->register_ = (uint8_t)v;
        out->has_register_ = true;
    }
    while ((r = hvlink_walk_next(&w, &a, e)) == 1) {
        if (++count > 1024u)
            return hvlink__too_many(&a, e);
        switch (hvlink_attr_kind(&a)) {
        case 1: {
            if (seen[0] & 0x1ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x1ULL;
            r = hvlink__int(&a, 4, &v, e);
            if (r)
                return r;
            out->type = (uint32_t)v;
            out->has_type = true;
            break;
        }
        case 2: {
            if (seen[0] & 0x2ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x2ULL;
            r = hvlink__int(&a, 8, &v, e);
            if (r)
                return r;
            out->min_value_s = (int64_t)v;
            out->has_min_value_s = true;
            break;
        }
        case 3: {
            if (seen[0] & 0x4ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x4ULL;
            r = hvlink__int(&a, 8, &v, e);
            if (r)
                return r;
            out->max_value_s = (int64_t)v;
            out->has_max_value_s = true;
            break;
        }
        case 4: {
            if (seen[0] & 0x8ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x8ULL;
            r = hvlink__int(&a, 8, &v, e);
            if (r)
                return r;
            out->min_value_u = (uint64_t)v;
            out->has_min_value_u = true;
            break;
        }
        case 5: {
            if (seen[0] & 0x10ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x10ULL;
            r = hvlink__int(&a, 8, &v, e);
            if (r)
                return r;
            out->max_value_u = (uint64_t)v;
            out->has_max_value_u = true;
            break;
        }
        case 6: {
            if (seen[0] & 0x20ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x20ULL;
            r = hvlink__int(&a, 4, &v, e);
            if (r)
                return r;
            out->min_length = (uint32_t)v;
            out->has_min_length = true;
            break;
        }
        case 7: {
            if (seen[0] & 0x40ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x40ULL;
            r = hvlink__int(&a, 4, &v, e);
            if (r)
                return r;
            out->max_length = (uint32_t)v;
            out->has_max_length = true;
            break;
        }
        case 16: {
            if (seen[0] & 0x80ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x80ULL;
            r = hvlink__string(&a, 0u, 32u, e);
            if (r)
                return r;
            out->set = (const char *)a.payload;
            out->set_len = a.len - 1;
            out->has_set = true;
            break;
        }
        case 17: {
            if (seen[0] & 0x100ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x100ULL;
            r = hvlink__int(&a, 1, &v, e);
            if (r)
                return r;
            out->direction = (uint8_t)v;
            out->has_direction = true;
            break;
        }
        case 18: {
            if (seen[0] & 0x200ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x200ULL;
            r = hvlink__int(&a, 2, &v, e);
            if (r)
                return r;
            out->attr_id = (uint16_t)v;
            out->has_attr_id = true;
            break;
        }
        case 19: {
            if (seen[0] & 0x400ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x400ULL;
            r = hvlink__string(&a, 0u, 32u, e);
            if (r)
                return r;
            out->name = (const char *)a.payload;
            out->name_len = a.len - 1;
            out->has_name = true;
            break;
        }
        case 20: {
            if (seen[0] & 0x800ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x800ULL;
            r = hvlink__string(&a, 0u, 32u, e);
            if (r)
                return r;
            out->nested = (const char *)a.payload;
            out->nested_len = a.len - 1;
            out->has_nested = true;
            break;
        }
        case 21: {
            if (seen[0] & 0x1000ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x1000ULL;
            r = hvlink__flag(&a, e);
            if (r)
                return r;
            out->required = true;
            break;
        }
        case 22: {
            if (seen[0] & 0x2000ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x2000ULL;
            r = hvlink__flag(&a, e);
            if (r)
                return r;
            out->repeated = true;
            break;
        }
        case 23: {
            if (seen[0] & 0x4000ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x4000ULL;
            r = hvlink__flag(&a, e);
            if (r)
                return r;
            out->must_understand = true;
            break;
        }
        case 24: {
            if (seen[0] & 0x8000ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x8000ULL;
            r = hvlink__int(&a, 1, &v, e);
            if (r)
                return r;
            out->since = (uint8_t)v;
            out->has_since = true;
            break;
        }
        case 25: {
            if (seen[0] & 0x10000ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x10000ULL;
            r = hvlink__int(&a, 4, &v, e);
            if (r)
                return r;
            out->max_count = (uint32_t)v;
            out->has_max_count = true;
            break;
        }
        case 26: {
            if (seen[0] & 0x20000ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x20000ULL;
            r = hvlink__string(&a, 0u, 32u, e);
            if (r)
                return r;
            out->enum_ = (const char *)a.payload;
            out->enum__len = a.len - 1;
            out->has_enum_ = true;
            break;
        }
        case 27: {
            if (seen[0] & 0x40000ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x40000ULL;
            r = hvlink__int(&a, 8, &v, e);
            if (r)
                return r;
            out->default_ = (uint64_t)v;
            out->has_default_ = true;
            break;
        }
        case 28: {
            if (seen[0] & 0x80000ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x80000ULL;
            r = hvlink__string(&a, 0u, 32u, e);
            if (r)
                return r;
            out->form_ = (const char *)a.payload;
            out->form__len = a.len - 1;
            out->has_form_ = true;
            break;
        }
        case 29: {
            if (seen[0] & 0x100000ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x100000ULL;
            r = hvlink__int(&a, 1, &v, e);
            if (r)
                return r;
            if (v < 0x2ULL || v > 0x7ULL)
                return hvlink__out_of_range(&a, e);
            out->register_ = (uint8_t)v;
            out->has_register_ = true;
            break;
        }
        default:
            r = hvlink__unknown(&a, e);
            if (r)
                return r;
            break;
        }
    }
    if (r < 0)
        return r;
    if (!(seen[0] & 0x1ULL))
        return hvlink__missing(container, 1, e);
    if (!(seen[0] & 0x80ULL))
        return hvlink__missing(container, 16, e);
    if (!(seen[0] & 0x100ULL))
        return hvlink__missing(container, 17, e);
    if (!(seen[0] & 0x200ULL))
        return hvlink__missing(container, 18, e);
    if (!(seen[0] & 0x400ULL))
        return hvlink__missing(container, 19, e);
    if (!(seen[0] & 0x8000ULL))
        return hvlink__missing(container, 24, e);
    return 0;
}

/* Read policy-entry bytes that hvlink_control_policy_entry_parse_at accepted (list iteration): values only. */
static inline int hvlink_control_policy_entry_read_valid(const uint8_t *p, size_t n, uint32_t off, struct hvlink_control_policy_entry *out)
{
    struct hvlink_walk w;
    struct hvlink_attr a;
    struct hvlink_error e;
    int r;
    hvlink_control_policy_entry_init(out);
    hvlink_walk_init(&w, p, n, off);
    if (hvlink_walk_expect(&w, 0x00010008u, &a)) {
        out->type = (uint32_t)hvlink__ld32(a.payload);
        out->has_type = true;
    }
    if (hvlink_walk_expect(&w, 0x0002000cu, &a)) {
        out->min_value_s = (int64_t)hvlink__ld64(a.payload);
        out->has_min_value_s = true;
    }
    if (hvlink_walk_expect(&w, 0x0003000cu, &a)) {
        out->max_value_s = (int64_t)hvlink__ld64(a.payload);
        out->has_max_value_s = true;
    }
    if (hvlink_walk_expect(&w, 0x0004000cu, &a)) {
        out->min_value_u = (uint64_t)hvlink__ld64(a.payload);
        out->has_min_value_u = true;
    }
    if (hvlink_walk_expect(&w, 0x0005000cu, &a)) {
        out->max_value_u = (uint64_t)hvlink__ld64(a.payload);
        out->has_max_value_u = true;
    }
    if (hvlink_walk_expect(&w, 0x00060008u, &a)) {
        out->min_length = (uint32_t)hvlink__ld32(a.payload);
        out->has_min_length = true;
    }
    if (hvlink_walk_expect(&w, 0x00070008u, &a)) {
        out->max_length = (uint32_t)hvlink__ld32(a.payload);
        out->has_max_length = true;
    }
    if (hvlink_walk_expect(&w, 0x00110005u, &a)) {
        out->direction = (uint8_t)a.payload[0];
        out->has_direction = true;
    }
    if (hvlink_walk_expect(&w, 0x00120006u, &a)) {
        out->attr_id = (uint16_t)hvlink__ld16(a.payload);
        out->has_attr_id = true;
    }
    if (hvlink_walk_expect(&w, 0x00150004u, &a)) {
        out->required = true;
    }
    if (hvlink_walk_expect(&w, 0x00160004u, &a)) {
        out->repeated = true;
    }
    if (hvlink_walk_expect(&w, 0x00170004u, &a)) {
        out->must_understand = true;
    }
    if (hvlink_walk_expect(&w, 0x00180005u, &a)) {
        out->since = (uint8_t)a.payload[0];
        out->has_since = true;
    }
    if (hvlink_walk_expect(&w, 0x00190008u, &a)) {
        out->max_count = (uint32_t)hvlink__ld32(a.payload);
        out->has_max_count = true;
    }
    if (hvlink_walk_expect(&w, 0x001b000cu, &a)) {
        out->default_ = (uint64_t)hvlink__ld64(a.payload);
        out->has_default_ = true;
    }
    if (hvlink_walk_expect(&w, 0x001d0005u, &a)) {
        out->register_ = (uint8_t)a.payload[0];
        out->has_register_ = true;
    }
    while ((r = hvlink_walk_next(&w, &a, &e)) == 1) {
        switch (hvlink_attr_kind(&a)) {
        case 1:
            if (a.len != 4u)
                return -1;
            out->type = (uint32_t)hvlink__ld32(a.payload);
            out->has_type = true;
            break;
        case 2:
            if (a.len != 8u)
                return -1;
            out->min_value_s = (int64_t)hvlink__ld64(a.payload);
            out->has_min_value_s = true;
            break;
        case 3:
            if (a.len != 8u)
                return -1;
            out->max_value_s = (int64_t)hvlink__ld64(a.payload);
            out->has_max_value_s = true;
            break;
        case 4:
            if (a.len != 8u)
                return -1;
            out->min_value_u = (uint64_t)hvlink__ld64(a.payload);
            out->has_min_value_u = true;
            break;
        case 5:
            if (a.len != 8u)
                return -1;
            out->max_value_u = (uint64_t)hvlink__ld64(a.payload);
            out->has_max_value_u = true;
            break;
        case 6:
            if (a.len != 4u)
                return -1;
            out->min_length = (uint32_t)hvlink__ld32(a.payload);
            out->has_min_length = true;
            break;
        case 7:
            if (a.len != 4u)
                return -1;
            out->max_length = (uint32_t)hvlink__ld32(a.payload);
            out->has_max_length = true;
            break;
        case 16:
            if (a.len == 0)
                return -1;
            out->set = (const char *)a.payload;
            out->set_len = a.len - 1;
            out->has_set = true;
            break;
        case 17:
            if (a.len != 1u)
                return -1;
            out->direction = (uint8_t)a.payload[0];
            out->has_direction = true;
            break;
        case 18:
            if (a.len != 2u)
                return -1;
            out->attr_id = (uint16_t)hvlink__ld16(a.payload);
            out->has_attr_id = true;
            break;
        case 19:
            if (a.len == 0)
                return -1;
            out->name = (const char *)a.payload;
            out->name_len = a.len - 1;
            out->has_name = true;
            break;
        case 20:
            if (a.len == 0)
                return -1;
            out->nested = (const char *)a.payload;
            out->nested_len = a.len - 1;
            out->has_nested = true;
            break;
        case 21:
            out->required = true;
            break;
        case 22:
            out->repeated = true;
            break;
        case 23:
            out->must_understand = true;
            break;
        case 24:
            if (a.len != 1u)
                return -1;
            out->since = (uint8_t)a.payload[0];
            out->has_since = true;
            break;
        case 25:
            if (a.len != 4u)
                return -1;
            out->max_count = (uint32_t)hvlink__ld32(a.payload);
            out->has_max_count = true;
            break;
        case 26:
            if (a.len == 0)
                return -1;
            out->enum_ = (const char *)a.payload;
            out->enum__len = a.len - 1;
            out->has_enum_ = true;
            break;
        case 27:
            if (a.len != 8u)
                return -1;
            out->default_ = (uint64_t)hvlink__ld64(a.payload);
            out->has_default_ = true;
            break;
        case 28:
            if (a.len == 0)
                return -1;
            out->form_ = (const char *)a.payload;
            out->form__len = a.len - 1;
            out->has_form_ = true;
            break;
        case 29:
            if (a.len != 1u)
                return -1;
            out->register_ = (uint8_t)a.payload[0];
            out->has_register_ = true;
            break;
        default:
            break;
        }
    }
    return r;
}

/* Write the attributes of policy-entry as the Rust encoder does (the order of the spec, the chosen
 * form's after the common ones; defaults and absent values left out). */
static inline void hvlink_control_policy_entry_put(struct hvlink_buf *b, const struct hvlink_control_policy_entry *v)
{
    hvlink_put_u32(b, 1, v->type);
    if (v->has_min_value_s) {
        hvlink_put_s64(b, 2, v->min_value_s);
    }
    if (v->has_max_value_s) {
        hvlink_put_s64(b, 3, v->max_value_s);
    }
    if (v->has_min_value_u) {
        hvlink_put_u64(b, 4, v->min_value_u);
    }
    if (v->has_max_value_u) {
        hvlink_put_u64(b, 5, v->max_value_u);
    }
    if (v->has_min_length) {
        hvlink_put_u32(b, 6, v->min_length);
    }
    if (v->has_max_length) {
        hvlink_put_u32(b, 7, v->max_length);
    }
    hvlink_put_strn(b, 16, v->set, v->set_len);
    hvlink_put_u8(b, 17, v->direction);
    hvlink_put_u16(b, 18, v->attr_id);
    hvlink_put_strn(b, 19, v->name, v->name_len);
    if (v->has_nested) {
        hvlink_put_strn(b, 20, v->nested, v->nested_len);
    }
    if (v->required)
        hvlink_put_flag(b, 21);
    if (v->repeated)
        hvlink_put_flag(b, 22);
    if (v->must_understand)
        hvlink_put_flag(b, 23);
    hvlink_put_u8(b, 24, v->since);
    if (v->has_max_count) {
        hvlink_put_u32(b, 25, v->max_count);
    }
    if (v->has_enum_) {
        hvlink_put_strn(b, 26, v->enum_, v->enum__len);
    }
    if (v->has_default_) {
        hvlink_put_u64(b, 27, v->default_);
    }
    if (v->has_form_) {
        hvlink_put_strn(b, 28, v->form_, v->form__len);
    }
    if (v->has_register_) {
        hvlink_put_u8(b, 29, v->register_);
    }
}

/* get-policy-reply: every attribute absent, defaults filled. */
static inline void hvlink_control_get_policy_reply_init(struct hvlink_control_get_policy_reply *v)
{
    v->family_id = (uint16_t)0x0ULL;
    v->has_family_id = false;
    v->op_id = (uint8_t)0x0ULL;
    v->has_op_id = false;
    v->attr.wire = (const uint8_t *)0;
    v->attr.items = (const void *)0;
    v->attr.wire_len = 0;
    v->attr.wire_offset = 0;
    v->attr.count = 0;
    v->attr.kind = 3;
}

/* Validate and decode get-policy-reply (the Rust decoder's checks, order and errors). */
static inline int hvlink_control_get_policy_reply_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_control_get_policy_reply *out, struct hvlink_error *e)
{
    struct hvlink_walk w;
    struct hvlink_attr a;
    uint32_t count = 0;
    int r;
    uint64_t seen[2] = {0, 0};
    uint64_t v = 0;
    hvlink_control_get_policy_reply_init(out);
    out->attr.wire = p;
    out->attr.wire_len = (uint32_t)n;
    out->attr.wire_offset = off;
    hvlink_walk_init(&w, p, n, off);
    if (hvlink_walk_expect(&w, 0x00010006u, &a)) {
        count++;
        seen[0] |= 0x1ULL;
        r = hvlink__int(&a, 2, &v, e);
        if (r)
            return r;
        out->family_id = (uint16_t)v;
        out->has_family_id = true;
    }
    if (hvlink_walk_expect(&w, 0x00020005u, &a)) {
        count++;
        seen[0] |= 0x2ULL;
        r = hvlink__int(&a, 1, &v, e);
        if (r)
            return r;
        out->op_id = (uint8_t)v;
        out->has_op_id = true;
    }
    while ((r = hvlink_walk_next(&w, &a, e)) == 1) {
        if (++count > 1024u)
            return hvlink__too_many(&a, e);
        switch (hvlink_attr_kind(&a)) {
        case 1: {
            if (seen[0] & 0x1ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x1ULL;
            r = hvlink__int(&a, 2, &v, e);
            if (r)
                return r;
            out->family_id = (uint16_t)v;
            out->has_family_id = true;
            break;
        }
        case 2: {
            if (seen[0] & 0x2ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x2ULL;
            r = hvlink__int(&a, 1, &v, e);
            if (r)
                return r;
            out->op_id = (uint8_t)v;
            out->has_op_id = true;
            break;
        }
        case 3: {
            seen[0] |= 0x4ULL;
            if (out->attr.count >= 64u)
                return hvlink__too_many(&a, e);
            {
                struct hvlink_control_policy_entry tmp;
                r = hvlink_control_policy_entry_parse_at(a.payload, a.len, a.offset + 4u, a.offset, &tmp, e);
                if (r)
                    return r;
            }
            out->attr.count++;
            break;
        }
        default:
            r = hvlink__unknown(&a, e);
            if (r)
                return r;
            break;
        }
    }
    if (r < 0)
        return r;
    if (!(seen[0] & 0x1ULL))
        return hvlink__missing(container, 1, e);
    if (!(seen[0] & 0x2ULL))
        return hvlink__missing(container, 2, e);
    return 0;
}

/* The next element of get-policy-reply.attr from a parsed list (1, or 0 at the end). */
static inline int hvlink_control_get_policy_reply_attr_next(struct hvlink_list_iter *it, struct hvlink_control_policy_entry *out)
{
    struct hvlink_attr a;
    if (!hvlink_list_next_attr(it, &a))
        return 0;
    if (hvlink_control_policy_entry_read_valid(a.payload, a.len, a.offset + 4u, out) != 0) {
        it->left = 0;
        return 0;
    }
    return 1;
}

/* Write the attributes of get-policy-reply as the Rust encoder does (the order of the spec, the chosen
 * form's after the common ones; defaults and absent values left out). */
static inline void hvlink_control_get_policy_reply_put(struct hvlink_buf *b, const struct hvlink_control_get_policy_reply *v)
{
    hvlink_put_u16(b, 1, v->family_id);
    hvlink_put_u8(b, 2, v->op_id);
    if (v->attr.items) {
        uint32_t i;
        for (i = 0; i < v->attr.count; i++) {
            struct hvlink_control_policy_entry x = ((struct hvlink_control_policy_entry const *)v->attr.items)[i];
            {
                size_t nest = hvlink_nest_begin(b, 3);
                hvlink_control_policy_entry_put(b, &x);
                hvlink_nest_end(b, nest);
            }
        }
    } else {
        struct hvlink_list_iter it;
        struct hvlink_control_policy_entry x;
        hvlink_list_iter_init(&it, &v->attr);
        while (hvlink_control_get_policy_reply_attr_next(&it, &x))
            {
                size_t nest = hvlink_nest_begin(b, 3);
                hvlink_control_policy_entry_put(b, &x);
                hvlink_nest_end(b, nest);
            }
    }
}

/* negotiate-msg: every attribute absent, defaults filled. */
static inline void hvlink_control_negotiate_msg_init(struct hvlink_control_negotiate_msg *v)
{
    v->protocol_version = (uint32_t)0x0ULL;
    v->has_protocol_version = false;
    v->features = (uint64_t)0x0ULL;
    v->has_features = false;
    v->max_message = (uint32_t)0x0ULL;
    v->has_max_message = false;
}

/* Validate and decode negotiate-msg (the Rust decoder's checks, order and errors). */
static inline int hvlink_control_negotiate_msg_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_control_negotiate_msg *out, struct hvlink_error *e)
{
    struct hvlink_walk w;
    struct hvlink_attr a;
    uint32_t count = 0;
    int r;
    uint64_t seen[2] = {0, 0};
    uint64_t v = 0;
    hvlink_control_negotiate_msg_init(out);
    hvlink_walk_init(&w, p, n, off);
    if (hvlink_walk_expect(&w, 0x00010008u, &a)) {
        count++;
        seen[0] |= 0x1ULL;
        r = hvlink__int(&a, 4, &v, e);
        if (r)
            return r;
        if (v < 0x1ULL)
            return hvlink__out_of_range(&a, e);
        out->protocol_version = (uint32_t)v;
        out->has_protocol_version = true;
    }
    if (hvlink_walk_expect(&w, 0x0002000cu, &a)) {
        count++;
        seen[0] |= 0x2ULL;
        r = hvlink__int(&a, 8, &v, e);
        if (r)
            return r;
        out->features = (uint64_t)v;
        out->has_features = true;
    }
    if (hvlink_walk_expect(&w, 0x00030008u, &a)) {
        count++;
        seen[0] |= 0x4ULL;
        r = hvlink__int(&a, 4, &v, e);
        if (r)
            return r;
        out->max_message = (uint32_t)v;
        out->has_max_message = true;
    }
    while ((r = hvlink_walk_next(&w, &a, e)) == 1) {
        if (++count > 1024u)
            return hvlink__too_many(&a, e);
        switch (hvlink_attr_kind(&a)) {
        case 1: {
            if (seen[0] & 0x1ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x1ULL;
            r = hvlink__int(&a, 4, &v, e);
            if (r)
                return r;
            if (v < 0x1ULL)
                return hvlink__out_of_range(&a, e);
            out->protocol_version = (uint32_t)v;
            out->has_protocol_version = true;
            break;
        }
        case 2: {
            if (seen[0] & 0x2ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x2ULL;
            r = hvlink__int(&a, 8, &v, e);
            if (r)
                return r;
            out->features = (uint64_t)v;
            out->has_features = true;
            break;
        }
        case 3: {
            if (seen[0] & 0x4ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x4ULL;
            r = hvlink__int(&a, 4, &v, e);
            if (r)
                return r;
            out->max_message = (uint32_t)v;
            out->has_max_message = true;
            break;
        }
        default:
            r = hvlink__unknown(&a, e);
            if (r)
                return r;
            break;
        }
    }
    if (r < 0)
        return r;
    if (!(seen[0] & 0x1ULL))
        return hvlink__missing(container, 1, e);
    if (!(seen[0] & 0x2ULL))
        return hvlink__missing(container, 2, e);
    return 0;
}

/* Write the attributes of negotiate-msg as the Rust encoder does (the order of the spec, the chosen
 * form's after the common ones; defaults and absent values left out). */
static inline void hvlink_control_negotiate_msg_put(struct hvlink_buf *b, const struct hvlink_control_negotiate_msg *v)
{
    hvlink_put_u32(b, 1, v->protocol_version);
    hvlink_put_u64(b, 2, v->features);
    if (v->has_max_message) {
        hvlink_put_u32(b, 3, v->max_message);
    }
}

/* queue-setup-req: every attribute absent, defaults filled. */
static inline void hvlink_control_queue_setup_req_init(struct hvlink_control_queue_setup_req *v)
{
    v->base_gpa = (uint64_t)0x0ULL;
    v->has_base_gpa = false;
    v->pages = (uint32_t)0x0ULL;
    v->has_pages = false;
    v->queue_id = (uint16_t)0x0ULL;
    v->has_queue_id = false;
    v->kind = (uint8_t)0x0ULL;
    v->has_kind = false;
    v->features = (uint64_t)0x0ULL;
    v->has_features = false;
    v->notify_port = (uint32_t)0x0ULL;
    v->has_notify_port = false;
}

/* Validate and decode queue-setup-req (the Rust decoder's checks, order and errors). */
static inline int hvlink_control_queue_setup_req_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_control_queue_setup_req *out, struct hvlink_error *e)
{
    struct hvlink_walk w;
    struct hvlink_attr a;
    uint32_t count = 0;
    int r;
    uint64_t seen[2] = {0, 0};
    uint64_t v = 0;
    hvlink_control_queue_setup_req_init(out);
    hvlink_walk_init(&w, p, n, off);
    if (hvlink_walk_expect(&w, 0x0001000cu, &a)) {
        count++;
        seen[0] |= 0x1ULL;
        r = hvlink__int(&a, 8, &v, e);
        if (r)
            return r;
        out->base_gpa = (uint64_t)v;
        out->has_base_gpa = true;
    }
    if (hvlink_walk_expect(&w, 0x00020008u, &a)) {
        count++;
        seen[0] |= 0x2ULL;
        r = hvlink__int(&a, 4, &v, e);
        if (r)
            return r;
        if (v < 0x3ULL)
            return hvlink__out_of_range(&a, e);
        out->pages = (uint32_t)v;
        out->has_pages = true;
    }
    if (hvlink_walk_expect(&w, 0x00030006u, &a)) {
        count++;
        seen[0] |= 0x4ULL;
        r = hvlink__int(&a, 2, &v, e);
        if (r)
            return r;
        out->queue_id = (uint16_t)v;
        out->has_queue_id = true;
    }
    if (hvlink_walk_expect(&w, 0x00040005u, &a)) {
        count++;
        seen[0] |= 0x8ULL;
        r = hvlink__int(&a, 1, &v, e);
        if (r)
            return r;
        if (!(v == 0x0ULL || v == 0x1ULL))
            return hvlink__not_member(&a, e);
        out->kind = (uint8_t)v;
        out->has_kind = true;
    }
    if (hvlink_walk_expect(&w, 0x0005000cu, &a)) {
        count++;
        seen[0] |= 0x10ULL;
        r = hvlink__int(&a, 8, &v, e);
        if (r)
            return r;
        out->features = (uint64_t)v;
        out->has_features = true;
    }
    if (hvlink_walk_expect(&w, 0x00060008u, &a)) {
        count++;
        seen[0] |= 0x20ULL;
        r = hvlink__int(&a, 4, &v, e);
        if (r)
            return r;
        out->notify_port = (uint32_t)v;
        out->has_notify_port = true;
    }
    while ((r = hvlink_walk_next(&w, &a, e)) == 1) {
        if (++count > 1024u)
            return hvlink__too_many(&a, e);
        switch (hvlink_attr_kind(&a)) {
        case 1: {
            if (seen[0] & 0x1ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x1ULL;
            r = hvlink__int(&a, 8, &v, e);
            if (r)
                return r;
            out->base_gpa = (uint64_t)v;
            out->has_base_gpa = true;
            break;
        }
        case 2: {
            if (seen[0] & 0x2ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x2ULL;
            r = hvlink__int(&a, 4, &v, e);
            if (r)
                return r;
            if (v < 0x3ULL)
                return hvlink__out_of_range(&a, e);
            out->pages = (uint32_t)v;
            out->has_pages = true;
            break;
        }
        case 3: {
            if (seen[0] & 0x4ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x4ULL;
            r = hvlink__int(&a, 2, &v, e);
            if (r)
                return r;
            out->queue_id = (uint16_t)v;
            out->has_queue_id = true;
            break;
        }
        case 4: {
            if (seen[0] & 0x8ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x8ULL;
            r = hvlink__int(&a, 1, &v, e);
            if (r)
                return r;
            if (!(v == 0x0ULL || v == 0x1ULL))
                return hvlink__not_member(&a, e);
            out->kind = (uint8_t)v;
            out->has_kind = true;
            break;
        }
        case 5: {
            if (seen[0] & 0x10ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x10ULL;
            r = hvlink__int(&a, 8, &v, e);
            if (r)
                return r;
            out->features = (uint64_t)v;
            out->has_features = true;
            break;
        }
        case 6: {
            if (seen[0] & 0x20ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x20ULL;
            r = hvlink__int(&a, 4, &v, e);
            if (r)
                return r;
            out->notify_port = (uint32_t)v;
            out->has_notify_port = true;
            break;
        }
        default:
            r = hvlink__unknown(&a, e);
            if (r)
                return r;
            break;
        }
    }
    if (r < 0)
        return r;
    if (!(seen[0] & 0x1ULL))
        return hvlink__missing(container, 1, e);
    if (!(seen[0] & 0x2ULL))
        return hvlink__missing(container, 2, e);
    if (!(seen[0] & 0x4ULL))
        return hvlink__missing(container, 3, e);
    if (!(seen[0] & 0x8ULL))
        return hvlink__missing(container, 4, e);
    return 0;
}

/* Write the attributes of queue-setup-req as the Rust encoder does (the order of the spec, the chosen
 * form's after the common ones; defaults and absent values left out). */
static inline void hvlink_control_queue_setup_req_put(struct hvlink_buf *b, const struct hvlink_control_queue_setup_req *v)
{
    hvlink_put_u64(b, 1, v->base_gpa);
    hvlink_put_u32(b, 2, v->pages);
    hvlink_put_u16(b, 3, v->queue_id);
    hvlink_put_u8(b, 4, v->kind);
    if (v->features != (uint64_t)0x0ULL) {
        hvlink_put_u64(b, 5, v->features);
    }
    if (v->notify_port != (uint32_t)0x0ULL) {
        hvlink_put_u32(b, 6, v->notify_port);
    }
}

/* queue-setup-reply: every attribute absent, defaults filled. */
static inline void hvlink_control_queue_setup_reply_init(struct hvlink_control_queue_setup_reply *v)
{
    v->features = (uint64_t)0x0ULL;
    v->has_features = false;
    v->doorbell = (uint64_t)0x0ULL;
    v->has_doorbell = false;
}

/* Validate and decode queue-setup-reply (the Rust decoder's checks, order and errors). */
static inline int hvlink_control_queue_setup_reply_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_control_queue_setup_reply *out, struct hvlink_error *e)
{
    struct hvlink_walk w;
    struct hvlink_attr a;
    uint32_t count = 0;
    int r;
    uint64_t seen[2] = {0, 0};
    uint64_t v = 0;
    hvlink_control_queue_setup_reply_init(out);
    hvlink_walk_init(&w, p, n, off);
    if (hvlink_walk_expect(&w, 0x0001000cu, &a)) {
        count++;
        seen[0] |= 0x1ULL;
        r = hvlink__int(&a, 8, &v, e);
        if (r)
            return r;
        out->features = (uint64_t)v;
        out->has_features = true;
    }
    if (hvlink_walk_expect(&w, 0x0002000cu, &a)) {
        count++;
        seen[0] |= 0x2ULL;
        r = hvlink__int(&a, 8, &v, e);
        if (r)
            return r;
        out->doorbell = (uint64_t)v;
        out->has_doorbell = true;
    }
    while ((r = hvlink_walk_next(&w, &a, e)) == 1) {
        if (++count > 1024u)
            return hvlink__too_many(&a, e);
        switch (hvlink_attr_kind(&a)) {
        case 1: {
            if (seen[0] & 0x1ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x1ULL;
            r = hvlink__int(&a, 8, &v, e);
            if (r)
                return r;
            out->features = (uint64_t)v;
            out->has_features = true;
            break;
        }
        case 2: {
            if (seen[0] & 0x2ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x2ULL;
            r = hvlink__int(&a, 8, &v, e);
            if (r)
                return r;
            out->doorbell = (uint64_t)v;
            out->has_doorbell = true;
            break;
        }
        default:
            r = hvlink__unknown(&a, e);
            if (r)
                return r;
            break;
        }
    }
    if (r < 0)
        return r;
    if (!(seen[0] & 0x1ULL))
        return hvlink__missing(container, 1, e);
    if (!(seen[0] & 0x2ULL))
        return hvlink__missing(container, 2, e);
    return 0;
}

/* Write the attributes of queue-setup-reply as the Rust encoder does (the order of the spec, the chosen
 * form's after the common ones; defaults and absent values left out). */
static inline void hvlink_control_queue_setup_reply_put(struct hvlink_buf *b, const struct hvlink_control_queue_setup_reply *v)
{
    hvlink_put_u64(b, 1, v->features);
    hvlink_put_u64(b, 2, v->doorbell);
}

/* queue-req: every attribute absent, defaults filled. */
static inline void hvlink_control_queue_req_init(struct hvlink_control_queue_req *v)
{
    v->queue_id = (uint16_t)0x0ULL;
    v->has_queue_id = false;
}

/* Validate and decode queue-req (the Rust decoder's checks, order and errors). */
static inline int hvlink_control_queue_req_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_control_queue_req *out, struct hvlink_error *e)
{
    struct hvlink_walk w;
    struct hvlink_attr a;
    uint32_t count = 0;
    int r;
    uint64_t seen[2] = {0, 0};
    uint64_t v = 0;
    hvlink_control_queue_req_init(out);
    hvlink_walk_init(&w, p, n, off);
    if (hvlink_walk_expect(&w, 0x00010006u, &a)) {
        count++;
        seen[0] |= 0x1ULL;
        r = hvlink__int(&a, 2, &v, e);
        if (r)
            return r;
        out->queue_id = (uint16_t)v;
        out->has_queue_id = true;
    }
    while ((r = hvlink_walk_next(&w, &a, e)) == 1) {
        if (++count > 1024u)
            return hvlink__too_many(&a, e);
        switch (hvlink_attr_kind(&a)) {
        case 1: {
            if (seen[0] & 0x1ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x1ULL;
            r = hvlink__int(&a, 2, &v, e);
            if (r)
                return r;
            out->queue_id = (uint16_t)v;
            out->has_queue_id = true;
            break;
        }
        default:
            r = hvlink__unknown(&a, e);
            if (r)
                return r;
            break;
        }
    }
    if (r < 0)
        return r;
    if (!(seen[0] & 0x1ULL))
        return hvlink__missing(container, 1, e);
    return 0;
}

/* Write the attributes of queue-req as the Rust encoder does (the order of the spec, the chosen
 * form's after the common ones; defaults and absent values left out). */
static inline void hvlink_control_queue_req_put(struct hvlink_buf *b, const struct hvlink_control_queue_req *v)
{
    hvlink_put_u16(b, 1, v->queue_id);
}

/* cancel-req: every attribute absent, defaults filled. */
static inline void hvlink_control_cancel_req_init(struct hvlink_control_cancel_req *v)
{
    v->seq = (uint32_t)0x0ULL;
    v->has_seq = false;
    v->queue_id = (uint16_t)0x0ULL;
    v->has_queue_id = false;
}

/* Validate and decode cancel-req (the Rust decoder's checks, order and errors). */
static inline int hvlink_control_cancel_req_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_control_cancel_req *out, struct hvlink_error *e)
{
    struct hvlink_walk w;
    struct hvlink_attr a;
    uint32_t count = 0;
    int r;
    uint64_t seen[2] = {0, 0};
    uint64_t v = 0;
    hvlink_control_cancel_req_init(out);
    hvlink_walk_init(&w, p, n, off);
    if (hvlink_walk_expect(&w, 0x00010008u, &a)) {
        count++;
        seen[0] |= 0x1ULL;
        r = hvlink__int(&a, 4, &v, e);
        if (r)
            return r;
        out->seq = (uint32_t)v;
        out->has_seq = true;
    }
    if (hvlink_walk_expect(&w, 0x00020006u, &a)) {
        count++;
        seen[0] |= 0x2ULL;
        r = hvlink__int(&a, 2, &v, e);
        if (r)
            return r;
        out->queue_id = (uint16_t)v;
        out->has_queue_id = true;
    }
    while ((r = hvlink_walk_next(&w, &a, e)) == 1) {
        if (++count > 1024u)
            return hvlink__too_many(&a, e);
        switch (hvlink_attr_kind(&a)) {
        case 1: {
            if (seen[0] & 0x1ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x1ULL;
            r = hvlink__int(&a, 4, &v, e);
            if (r)
                return r;
            out->seq = (uint32_t)v;
            out->has_seq = true;
            break;
        }
        case 2: {
            if (seen[0] & 0x2ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x2ULL;
            r = hvlink__int(&a, 2, &v, e);
            if (r)
                return r;
            out->queue_id = (uint16_t)v;
            out->has_queue_id = true;
            break;
        }
        default:
            r = hvlink__unknown(&a, e);
            if (r)
                return r;
            break;
        }
    }
    if (r < 0)
        return r;
    if (!(seen[0] & 0x1ULL))
        return hvlink__missing(container, 1, e);
    return 0;
}

/* Write the attributes of cancel-req as the Rust encoder does (the order of the spec, the chosen
 * form's after the common ones; defaults and absent values left out). */
static inline void hvlink_control_cancel_req_put(struct hvlink_buf *b, const struct hvlink_control_cancel_req *v)
{
    hvlink_put_u32(b, 1, v->seq);
    if (v->has_queue_id) {
        hvlink_put_u16(b, 2, v->queue_id);
    }
}

/* cancel-reply: every attribute absent, defaults filled. */
static inline void hvlink_control_cancel_reply_init(struct hvlink_control_cancel_reply *v)
{
    v->result = (uint8_t)0x0ULL;
    v->has_result = false;
}

/* Validate and decode cancel-reply (the Rust decoder's checks, order and errors). */
static inline int hvlink_control_cancel_reply_parse_at(const uint8_t *p, size_t n, uint32_t off, uint32_t container, struct hvlink_control_cancel_reply *out, struct hvlink_error *e)
{
    struct hvlink_walk w;
    struct hvlink_attr a;
    uint32_t count = 0;
    int r;
    uint64_t seen[2] = {0, 0};
    uint64_t v = 0;
    hvlink_control_cancel_reply_init(out);
    hvlink_walk_init(&w, p, n, off);
    if (hvlink_walk_expect(&w, 0x00010005u, &a)) {
        count++;
        seen[0] |= 0x1ULL;
        r = hvlink__int(&a, 1, &v, e);
        if (r)
            return r;
        out->result = (uint8_t)v;
        out->has_result = true;
    }
    while ((r = hvlink_walk_next(&w, &a, e)) == 1) {
        if (++count > 1024u)
            return hvlink__too_many(&a, e);
        switch (hvlink_attr_kind(&a)) {
        case 1: {
            if (seen[0] & 0x1ULL)
                return hvlink__duplicate(&a, e);
            seen[0] |= 0x1ULL;
            r = hvlink__int(&a, 1, &v, e);
            if (r)
                return r;
            out->result = (uint8_t)v;
            out->has_result = true;
            break;
        }
        default:
            r = hvlink__unknown(&a, e);
            if (r)
                return r;
            break;
        }
    }
    if (r < 0)
        return r;
    if (!(seen[0] & 0x1ULL))
        return hvlink__missing(container, 1, e);
    return 0;
}

/* Write the attributes of cancel-reply as the Rust encoder does (the order of the spec, the chosen
 * form's after the common ones; defaults and absent values left out). */
static inline void hvlink_control_cancel_reply_put(struct hvlink_buf *b, const struct hvlink_control_cancel_reply *v)
{
    hvlink_put_u8(b, 1, v->result);
}

/* A whole reply message of control.ping: header, family header, then the ping-msg (msg may be NULL). */
static inline int hvlink_control_ping_reply_parse(const void *buf, size_t n, struct hvlink_msg *msg, struct hvlink_control_ping_msg *out, struct hvlink_error *e)
{
    struct hvlink_msg local;
    struct hvlink_walk w;
    uint8_t cmd;
    int r;
    if (!msg)
        msg = &local;
    r = hvlink_msg_parse(buf, n, msg, e);
    if (r)
        return r;
    if (msg->type != 0x200u)
        return hvlink__fail(e, HVLINK_ERR_UNEXPECTED_TYPE, 4, 0, 0, "not a message of this family");
    r = hvlink_msg_genl(msg, &cmd, (uint8_t *)0, &w, e);
    if (r)
        return r;
    if (cmd != 0u)
        return hvlink__fail(e, HVLINK_ERR_UNEXPECTED_TYPE, 16, 0, 0, "a reply of another op");
    return hvlink_control_ping_msg_parse_at(w.p, w.left, w.offset, w.offset, out, e);
}

/* A whole reply message of control.get_family: header, family header, then the get-family-reply (msg may be NULL). */
static inline int hvlink_control_get_family_reply_parse(const void *buf, size_t n, struct hvlink_msg *msg, struct hvlink_control_get_family_reply *out, struct hvlink_error *e)
{
    struct hvlink_msg local;
    struct hvlink_walk w;
    uint8_t cmd;
    int r;
    if (!msg)
        msg = &local;
    r = hvlink_msg_parse(buf, n, msg, e);
    if (r)
        return r;
    if (msg->type != 0x200u)
        return hvlink__fail(e, HVLINK_ERR_UNEXPECTED_TYPE, 4, 0, 0, "not a message of this family");
    r = hvlink_msg_genl(msg, &cmd, (uint8_t *)0, &w, e);
    if (r)
        return r;
    if (cmd != 1u)
        return hvlink__fail(e, HVLINK_ERR_UNEXPECTED_TYPE, 16, 0, 0, "a reply of another op");
    return hvlink_control_get_family_reply_parse_at(w.p, w.left, w.offset, w.offset, out, e);
}

/* A whole reply message of control.get_policy: header, family header, then the get-policy-reply (msg may be NULL). */
static inline int hvlink_control_get_policy_reply_parse(const void *buf, size_t n, struct hvlink_msg *msg, struct hvlink_control_get_policy_reply *out, struct hvlink_error *e)
{
    struct hvlink_msg local;
    struct hvlink_walk w;
    uint8_t cmd;
    int r;
    if (!msg)
        msg = &local;
    r = hvlink_msg_parse(buf, n, msg, e);
    if (r)
        return r;
    if (msg->type != 0x200u)
        return hvlink__fail(e, HVLINK_ERR_UNEXPECTED_TYPE, 4, 0, 0, "not a message of this family");
    r = hvlink_msg_genl(msg, &cmd, (uint8_t *)0, &w, e);
    if (r)
        return r;
    if (cmd != 2u)
        return hvlink__fail(e, HVLINK_ERR_UNEXPECTED_TYPE, 16, 0, 0, "a reply of another op");
    return hvlink_control_get_policy_reply_parse_at(w.p, w.left, w.offset, w.offset, out, e);
}

/* A whole reply message of control.negotiate: header, family header, then the negotiate-msg (msg may be NULL). */
static inline int hvlink_control_negotiate_reply_parse(const void *buf, size_t n, struct hvlink_msg *msg, struct hvlink_control_negotiate_msg *out, struct hvlink_error *e)
{
    struct hvlink_msg local;
    struct hvlink_walk w;
    uint8_t cmd;
    int r;
    if (!msg)
        msg = &local;
    r = hvlink_msg_parse(buf, n, msg, e);
    if (r)
        return r;
    if (msg->type != 0x200u)
        return hvlink__fail(e, HVLINK_ERR_UNEXPECTED_TYPE, 4, 0, 0, "not a message of this family");
    r = hvlink_msg_genl(msg, &cmd, (uint8_t *)0, &w, e);
    if (r)
        return r;
    if (cmd != 3u)
        return hvlink__fail(e, HVLINK_ERR_UNEXPECTED_TYPE, 16, 0, 0, "a reply of another op");
    return hvlink_control_negotiate_msg_parse_at(w.p, w.left, w.offset, w.offset, out, e);
}

/* A whole reply message of control.queue_setup: header, family header, then the queue-setup-reply (msg may be NULL). */
static inline int hvlink_control_queue_setup_reply_parse(const void *buf, size_t n, struct hvlink_msg *msg, struct hvlink_control_queue_setup_reply *out, struct hvlink_error *e)
{
    struct hvlink_msg local;
    struct hvlink_walk w;
    uint8_t cmd;
    int r;
    if (!msg)
        msg = &local;
    r = hvlink_msg_parse(buf, n, msg, e);
    if (r)
        return r;
    if (msg->type != 0x200u)
        return hvlink__fail(e, HVLINK_ERR_UNEXPECTED_TYPE, 4, 0, 0, "not a message of this family");
    r = hvlink_msg_genl(msg, &cmd, (uint8_t *)0, &w, e);
    if (r)
        return r;
    if (cmd != 4u)
        return hvlink__fail(e, HVLINK_ERR_UNEXPECTED_TYPE, 16, 0, 0, "a reply of another op");
    return hvlink_control_queue_setup_reply_parse_at(w.p, w.left, w.offset, w.offset, out, e);
}

/* A whole reply message of control.queue_teardown: header, family header, then the empty reply (msg may be NULL). */
static inline int hvlink_control_queue_teardown_reply_parse(const void *buf, size_t n, struct hvlink_msg *msg, struct hvlink_error *e)
{
    struct hvlink_msg local;
    struct hvlink_walk w;
    uint8_t cmd;
    int r;
    if (!msg)
        msg = &local;
    r = hvlink_msg_parse(buf, n, msg, e);
    if (r)
        return r;
    if (msg->type != 0x200u)
        return hvlink__fail(e, HVLINK_ERR_UNEXPECTED_TYPE, 4, 0, 0, "not a message of this family");
    r = hvlink_msg_genl(msg, &cmd, (uint8_t *)0, &w, e);
    if (r)
        return r;
    if (cmd != 5u)
        return hvlink__fail(e, HVLINK_ERR_UNEXPECTED_TYPE, 16, 0, 0, "a reply of another op");
    return hvlink_empty_parse(&w, e);
}

/* A whole reply message of control.cancel: header, family header, then the cancel-reply (msg may be NULL). */
static inline int hvlink_control_cancel_reply_parse(const void *buf, size_t n, struct hvlink_msg *msg, struct hvlink_control_cancel_reply *out, struct hvlink_error *e)
{
    struct hvlink_msg local;
    struct hvlink_walk w;
    uint8_t cmd;
    int r;
    if (!msg)
        msg = &local;
    r = hvlink_msg_parse(buf, n, msg, e);
    if (r)
        return r;
    if (msg->type != 0x200u)
        return hvlink__fail(e, HVLINK_ERR_UNEXPECTED_TYPE, 4, 0, 0, "not a message of this family");
    r = hvlink_msg_genl(msg, &cmd, (uint8_t *)0, &w, e);
    if (r)
        return r;
    if (cmd != 6u)
        return hvlink__fail(e, HVLINK_ERR_UNEXPECTED_TYPE, 16, 0, 0, "a reply of another op");
    return hvlink_control_cancel_reply_parse_at(w.p, w.left, w.offset, w.offset, out, e);
}

#ifdef __cplusplus
}
#endif

#endif /* HVLINK_PARSE_H */
