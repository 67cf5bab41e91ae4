// Do not edit: generated from proto/spec/*.yaml by hvlink-proto-gen; regenerate with `cargo run -p hvlink-proto-gen`.
/* Per op: parse a reply message with the generated C parser and re-encode the parsed
 * value into out[0..cap) (its attributes only), so that the Rust side can compare it with
 * its own decode and encode. Returns 0 (and *out_len), or the parser's error. */
#include "hvlink_parse.h"

int hvlink_cdiff_memory_increase_reservation(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e);
int hvlink_cdiff_memory_increase_reservation(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e)
{
    struct hvlink_buf b;
    int r;
    struct hvlink_memory_reservation_reply v;
    r = hvlink_memory_increase_reservation_reply_parse(buf, n, (struct hvlink_msg *)0, &v, e);
    if (r)
        return r;
    hvlink_buf_init(&b, out, cap);
    hvlink_memory_reservation_reply_put(&b, &v);
    *out_len = b.overflow ? (size_t)-1 : b.len;
    return 0;
}

int hvlink_cdiff_req_memory_increase_reservation(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e);
int hvlink_cdiff_req_memory_increase_reservation(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e)
{
    struct hvlink_msg m;
    struct hvlink_walk w;
    struct hvlink_buf b;
    int r = hvlink_msg_parse(buf, n, &m, e);
    if (r)
        return r;
    r = hvlink_msg_genl(&m, (uint8_t *)0, (uint8_t *)0, &w, e);
    if (r)
        return r;
    {
        struct hvlink_memory_reservation_req v;
        r = hvlink_memory_reservation_req_parse_at(w.p, w.left, w.offset, w.offset, &v, e);
        if (r)
            return r;
        hvlink_buf_init(&b, out, cap);
        hvlink_memory_reservation_req_put(&b, &v);
    }
    *out_len = b.overflow ? (size_t)-1 : b.len;
    return 0;
}

int hvlink_cdiff_memory_decrease_reservation(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e);
int hvlink_cdiff_memory_decrease_reservation(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e)
{
    struct hvlink_buf b;
    int r;
    struct hvlink_memory_reservation_reply v;
    r = hvlink_memory_decrease_reservation_reply_parse(buf, n, (struct hvlink_msg *)0, &v, e);
    if (r)
        return r;
    hvlink_buf_init(&b, out, cap);
    hvlink_memory_reservation_reply_put(&b, &v);
    *out_len = b.overflow ? (size_t)-1 : b.len;
    return 0;
}

int hvlink_cdiff_req_memory_decrease_reservation(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e);
int hvlink_cdiff_req_memory_decrease_reservation(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e)
{
    struct hvlink_msg m;
    struct hvlink_walk w;
    struct hvlink_buf b;
    int r = hvlink_msg_parse(buf, n, &m, e);
    if (r)
        return r;
    r = hvlink_msg_genl(&m, (uint8_t *)0, (uint8_t *)0, &w, e);
    if (r)
        return r;
    {
        struct hvlink_memory_reservation_req v;
        r = hvlink_memory_reservation_req_parse_at(w.p, w.left, w.offset, w.offset, &v, e);
        if (r)
            return r;
        hvlink_buf_init(&b, out, cap);
        hvlink_memory_reservation_req_put(&b, &v);
    }
    *out_len = b.overflow ? (size_t)-1 : b.len;
    return 0;
}

int hvlink_cdiff_memory_current_reservation(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e);
int hvlink_cdiff_memory_current_reservation(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e)
{
    struct hvlink_buf b;
    int r;
    struct hvlink_memory_pages_reply v;
    r = hvlink_memory_current_reservation_reply_parse(buf, n, (struct hvlink_msg *)0, &v, e);
    if (r)
        return r;
    hvlink_buf_init(&b, out, cap);
    hvlink_memory_pages_reply_put(&b, &v);
    *out_len = b.overflow ? (size_t)-1 : b.len;
    return 0;
}

int hvlink_cdiff_req_memory_current_reservation(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e);
int hvlink_cdiff_req_memory_current_reservation(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e)
{
    struct hvlink_msg m;
    struct hvlink_walk w;
    struct hvlink_buf b;
    int r = hvlink_msg_parse(buf, n, &m, e);
    if (r)
        return r;
    r = hvlink_msg_genl(&m, (uint8_t *)0, (uint8_t *)0, &w, e);
    if (r)
        return r;
    {
        struct hvlink_memory_dom_req v;
        r = hvlink_memory_dom_req_parse_at(w.p, w.left, w.offset, w.offset, &v, e);
        if (r)
            return r;
        hvlink_buf_init(&b, out, cap);
        hvlink_memory_dom_req_put(&b, &v);
    }
    *out_len = b.overflow ? (size_t)-1 : b.len;
    return 0;
}

int hvlink_cdiff_memory_maximum_reservation(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e);
int hvlink_cdiff_memory_maximum_reservation(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e)
{
    struct hvlink_buf b;
    int r;
    struct hvlink_memory_pages_reply v;
    r = hvlink_memory_maximum_reservation_reply_parse(buf, n, (struct hvlink_msg *)0, &v, e);
    if (r)
        return r;
    hvlink_buf_init(&b, out, cap);
    hvlink_memory_pages_reply_put(&b, &v);
    *out_len = b.overflow ? (size_t)-1 : b.len;
    return 0;
}

int hvlink_cdiff_req_memory_maximum_reservation(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e);
int hvlink_cdiff_req_memory_maximum_reservation(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e)
{
    struct hvlink_msg m;
    struct hvlink_walk w;
    struct hvlink_buf b;
    int r = hvlink_msg_parse(buf, n, &m, e);
    if (r)
        return r;
    r = hvlink_msg_genl(&m, (uint8_t *)0, (uint8_t *)0, &w, e);
    if (r)
        return r;
    {
        struct hvlink_memory_dom_req v;
        r = hvlink_memory_dom_req_parse_at(w.p, w.left, w.offset, w.offset, &v, e);
        if (r)
            return r;
        hvlink_buf_init(&b, out, cap);
        hvlink_memory_dom_req_put(&b, &v);
    }
    *out_len = b.overflow ? (size_t)-1 : b.len;
    return 0;
}

int hvlink_cdiff_memory_populate_physmap(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e);
int hvlink_cdiff_memory_populate_physmap(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e)
{
    struct hvlink_buf b;
    int r;
    struct hvlink_memory_reservation_reply v;
    r = hvlink_memory_populate_physmap_reply_parse(buf, n, (struct hvlink_msg *)0, &v, e);
    if (r)
        return r;
    hvlink_buf_init(&b, out, cap);
    hvlink_memory_reservation_reply_put(&b, &v);
    *out_len = b.overflow ? (size_t)-1 : b.len;
    return 0;
}

int hvlink_cdiff_req_memory_populate_physmap(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e);
int hvlink_cdiff_req_memory_populate_physmap(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e)
{
    struct hvlink_msg m;
    struct hvlink_walk w;
    struct hvlink_buf b;
    int r = hvlink_msg_parse(buf, n, &m, e);
    if (r)
        return r;
    r = hvlink_msg_genl(&m, (uint8_t *)0, (uint8_t *)0, &w, e);
    if (r)
        return r;
    {
        struct hvlink_memory_reservation_req v;
        r = hvlink_memory_reservation_req_parse_at(w.p, w.left, w.offset, w.offset, &v, e);
        if (r)
            return r;
        hvlink_buf_init(&b, out, cap);
        hvlink_memory_reservation_req_put(&b, &v);
    }
    *out_len = b.overflow ? (size_t)-1 : b.len;
    return 0;
}

int hvlink_cdiff_memory_add_to_physmap_batch(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e);
int hvlink_cdiff_memory_add_to_physmap_batch(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e)
{
    struct hvlink_buf b;
    int r;
    struct hvlink_memory_reservation_reply v;
    r = hvlink_memory_add_to_physmap_batch_reply_parse(buf, n, (struct hvlink_msg *)0, &v, e);
    if (r)
        return r;
    hvlink_buf_init(&b, out, cap);
    hvlink_memory_reservation_reply_put(&b, &v);
    *out_len = b.overflow ? (size_t)-1 : b.len;
    return 0;
}

int hvlink_cdiff_req_memory_add_to_physmap_batch(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e);
int hvlink_cdiff_req_memory_add_to_physmap_batch(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e)
{
    struct hvlink_msg m;
    struct hvlink_walk w;
    struct hvlink_buf b;
    int r = hvlink_msg_parse(buf, n, &m, e);
    if (r)
        return r;
    r = hvlink_msg_genl(&m, (uint8_t *)0, (uint8_t *)0, &w, e);
    if (r)
        return r;
    {
        struct hvlink_memory_physmap_req v;
        r = hvlink_memory_physmap_req_parse_at(w.p, w.left, w.offset, w.offset, &v, e);
        if (r)
            return r;
        hvlink_buf_init(&b, out, cap);
        hvlink_memory_physmap_req_put(&b, &v);
    }
    *out_len = b.overflow ? (size_t)-1 : b.len;
    return 0;
}

int hvlink_cdiff_memory_remove_from_physmap(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e);
int hvlink_cdiff_memory_remove_from_physmap(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e)
{
    struct hvlink_buf b;
    int r;
    r = hvlink_memory_remove_from_physmap_reply_parse(buf, n, (struct hvlink_msg *)0, e);
    if (r)
        return r;
    hvlink_buf_init(&b, out, cap);
    *out_len = b.overflow ? (size_t)-1 : b.len;
    return 0;
}

int hvlink_cdiff_req_memory_remove_from_physmap(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e);
int hvlink_cdiff_req_memory_remove_from_physmap(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e)
{
    struct hvlink_msg m;
    struct hvlink_walk w;
    struct hvlink_buf b;
    int r = hvlink_msg_parse(buf, n, &m, e);
    if (r)
        return r;
    r = hvlink_msg_genl(&m, (uint8_t *)0, (uint8_t *)0, &w, e);
    if (r)
        return r;
    {
        struct hvlink_memory_remove_req v;
        r = hvlink_memory_remove_req_parse_at(w.p, w.left, w.offset, w.offset, &v, e);
        if (r)
            return r;
        hvlink_buf_init(&b, out, cap);
        hvlink_memory_remove_req_put(&b, &v);
    }
    *out_len = b.overflow ? (size_t)-1 : b.len;
    return 0;
}

int hvlink_cdiff_memory_memory_map(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e);
int hvlink_cdiff_memory_memory_map(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e)
{
    struct hvlink_buf b;
    int r;
    struct hvlink_memory_memory_map_reply v;
    r = hvlink_memory_memory_map_reply_parse(buf, n, (struct hvlink_msg *)0, &v, e);
    if (r)
        return r;
    hvlink_buf_init(&b, out, cap);
    hvlink_memory_memory_map_reply_put(&b, &v);
    *out_len = b.overflow ? (size_t)-1 : b.len;
    return 0;
}

int hvlink_cdiff_req_memory_memory_map(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e);
int hvlink_cdiff_req_memory_memory_map(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e)
{
    struct hvlink_msg m;
    struct hvlink_walk w;
    struct hvlink_buf b;
    int r = hvlink_msg_parse(buf, n, &m, e);
    if (r)
        return r;
    r = hvlink_msg_genl(&m, (uint8_t *)0, (uint8_t *)0, &w, e);
    if (r)
        return r;
    {
        struct hvlink_memory_memory_map_req v;
        r = hvlink_memory_memory_map_req_parse_at(w.p, w.left, w.offset, w.offset, &v, e);
        if (r)
            return r;
        hvlink_buf_init(&b, out, cap);
        hvlink_memory_memory_map_req_put(&b, &v);
    }
    *out_len = b.overflow ? (size_t)-1 : b.len;
    return 0;
}

int hvlink_cdiff_memory_maximum_gpfn(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e);
int hvlink_cdiff_memory_maximum_gpfn(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e)
{
    struct hvlink_buf b;
    int r;
    struct hvlink_memory_gpfn_reply v;
    r = hvlink_memory_maximum_gpfn_reply_parse(buf, n, (struct hvlink_msg *)0, &v, e);
    if (r)
        return r;
    hvlink_buf_init(&b, out, cap);
    hvlink_memory_gpfn_reply_put(&b, &v);
    *out_len = b.overflow ? (size_t)-1 : b.len;
    return 0;
}

int hvlink_cdiff_req_memory_maximum_gpfn(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e);
int hvlink_cdiff_req_memory_maximum_gpfn(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e)
{
    struct hvlink_msg m;
    struct hvlink_walk w;
    struct hvlink_buf b;
    int r = hvlink_msg_parse(buf, n, &m, e);
    if (r)
        return r;
    r = hvlink_msg_genl(&m, (uint8_t *)0, (uint8_t *)0, &w, e);
    if (r)
        return r;
    {
        struct hvlink_memory_dom_req v;
        r = hvlink_memory_dom_req_parse_at(w.p, w.left, w.offset, w.offset, &v, e);
        if (r)
            return r;
        hvlink_buf_init(&b, out, cap);
        hvlink_memory_dom_req_put(&b, &v);
    }
    *out_len = b.overflow ? (size_t)-1 : b.len;
    return 0;
}

int hvlink_cdiff_version_version(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e);
int hvlink_cdiff_version_version(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e)
{
    struct hvlink_buf b;
    int r;
    struct hvlink_version_version_reply v;
    r = hvlink_version_version_reply_parse(buf, n, (struct hvlink_msg *)0, &v, e);
    if (r)
        return r;
    hvlink_buf_init(&b, out, cap);
    hvlink_version_version_reply_put(&b, &v);
    *out_len = b.overflow ? (size_t)-1 : b.len;
    return 0;
}

int hvlink_cdiff_req_version_version(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e);
int hvlink_cdiff_req_version_version(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e)
{
    struct hvlink_msg m;
    struct hvlink_walk w;
    struct hvlink_buf b;
    int r = hvlink_msg_parse(buf, n, &m, e);
    if (r)
        return r;
    r = hvlink_msg_genl(&m, (uint8_t *)0, (uint8_t *)0, &w, e);
    if (r)
        return r;
    r = hvlink_empty_parse(&w, e);
    if (r)
        return r;
    hvlink_buf_init(&b, out, cap);
    *out_len = b.overflow ? (size_t)-1 : b.len;
    return 0;
}

int hvlink_cdiff_version_extraversion(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e);
int hvlink_cdiff_version_extraversion(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e)
{
    struct hvlink_buf b;
    int r;
    struct hvlink_version_extraversion_reply v;
    r = hvlink_version_extraversion_reply_parse(buf, n, (struct hvlink_msg *)0, &v, e);
    if (r)
        return r;
    hvlink_buf_init(&b, out, cap);
    hvlink_version_extraversion_reply_put(&b, &v);
    *out_len = b.overflow ? (size_t)-1 : b.len;
    return 0;
}

int hvlink_cdiff_req_version_extraversion(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e);
int hvlink_cdiff_req_version_extraversion(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e)
{
    struct hvlink_msg m;
    struct hvlink_walk w;
    struct hvlink_buf b;
    int r = hvlink_msg_parse(buf, n, &m, e);
    if (r)
        return r;
    r = hvlink_msg_genl(&m, (uint8_t *)0, (uint8_t *)0, &w, e);
    if (r)
        return r;
    r = hvlink_empty_parse(&w, e);
    if (r)
        return r;
    hvlink_buf_init(&b, out, cap);
    *out_len = b.overflow ? (size_t)-1 : b.len;
    return 0;
}

int hvlink_cdiff_version_capabilities(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e);
int hvlink_cdiff_version_capabilities(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e)
{
    struct hvlink_buf b;
    int r;
    struct hvlink_version_capabilities_reply v;
    r = hvlink_version_capabilities_reply_parse(buf, n, (struct hvlink_msg *)0, &v, e);
    if (r)
        return r;
    hvlink_buf_init(&b, out, cap);
    hvlink_version_capabilities_reply_put(&b, &v);
    *out_len = b.overflow ? (size_t)-1 : b.len;
    return 0;
}

int hvlink_cdiff_req_version_capabilities(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e);
int hvlink_cdiff_req_version_capabilities(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e)
{
    struct hvlink_msg m;
    struct hvlink_walk w;
    struct hvlink_buf b;
    int r = hvlink_msg_parse(buf, n, &m, e);
    if (r)
        return r;
    r = hvlink_msg_genl(&m, (uint8_t *)0, (uint8_t *)0, &w, e);
    if (r)
        return r;
    r = hvlink_empty_parse(&w, e);
    if (r)
        return r;
    hvlink_buf_init(&b, out, cap);
    *out_len = b.overflow ? (size_t)-1 : b.len;
    return 0;
}

int hvlink_cdiff_version_changeset(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e);
int hvlink_cdiff_version_changeset(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e)
{
    struct hvlink_buf b;
    int r;
    struct hvlink_version_changeset_reply v;
    r = hvlink_version_changeset_reply_parse(buf, n, (struct hvlink_msg *)0, &v, e);
    if (r)
        return r;
    hvlink_buf_init(&b, out, cap);
    hvlink_version_changeset_reply_put(&b, &v);
    *out_len = b.overflow ? (size_t)-1 : b.len;
    return 0;
}

int hvlink_cdiff_req_version_changeset(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e);
int hvlink_cdiff_req_version_changeset(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e)
{
    struct hvlink_msg m;
    struct hvlink_walk w;
    struct hvlink_buf b;
    int r = hvlink_msg_parse(buf, n, &m, e);
    if (r)
        return r;
    r = hvlink_msg_genl(&m, (uint8_t *)0, (uint8_t *)0, &w, e);
    if (r)
        return r;
    r = hvlink_empty_parse(&w, e);
    if (r)
        return r;
    hvlink_buf_init(&b, out, cap);
    *out_len = b.overflow ? (size_t)-1 : b.len;
    return 0;
}

int hvlink_cdiff_version_get_features(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e);
int hvlink_cdiff_version_get_features(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e)
{
    struct hvlink_buf b;
    int r;
    struct hvlink_version_features_reply v;
    r = hvlink_version_get_features_reply_parse(buf, n, (struct hvlink_msg *)0, &v, e);
    if (r)
        return r;
    hvlink_buf_init(&b, out, cap);
    hvlink_version_features_reply_put(&b, &v);
    *out_len = b.overflow ? (size_t)-1 : b.len;
    return 0;
}

int hvlink_cdiff_req_version_get_features(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e);
int hvlink_cdiff_req_version_get_features(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e)
{
    struct hvlink_msg m;
    struct hvlink_walk w;
    struct hvlink_buf b;
    int r = hvlink_msg_parse(buf, n, &m, e);
    if (r)
        return r;
    r = hvlink_msg_genl(&m, (uint8_t *)0, (uint8_t *)0, &w, e);
    if (r)
        return r;
    {
        struct hvlink_version_features_req v;
        r = hvlink_version_features_req_parse_at(w.p, w.left, w.offset, w.offset, &v, e);
        if (r)
            return r;
        hvlink_buf_init(&b, out, cap);
        hvlink_version_features_req_put(&b, &v);
    }
    *out_len = b.overflow ? (size_t)-1 : b.len;
    return 0;
}

int hvlink_cdiff_version_pagesize(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e);
int hvlink_cdiff_version_pagesize(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e)
{
    struct hvlink_buf b;
    int r;
    struct hvlink_version_pagesize_reply v;
    r = hvlink_version_pagesize_reply_parse(buf, n, (struct hvlink_msg *)0, &v, e);
    if (r)
        return r;
    hvlink_buf_init(&b, out, cap);
    hvlink_version_pagesize_reply_put(&b, &v);
    *out_len = b.overflow ? (size_t)-1 : b.len;
    return 0;
}

int hvlink_cdiff_req_version_pagesize(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e);
int hvlink_cdiff_req_version_pagesize(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e)
{
    struct hvlink_msg m;
    struct hvlink_walk w;
    struct hvlink_buf b;
    int r = hvlink_msg_parse(buf, n, &m, e);
    if (r)
        return r;
    r = hvlink_msg_genl(&m, (uint8_t *)0, (uint8_t *)0, &w, e);
    if (r)
        return r;
    r = hvlink_empty_parse(&w, e);
    if (r)
        return r;
    hvlink_buf_init(&b, out, cap);
    *out_len = b.overflow ? (size_t)-1 : b.len;
    return 0;
}

int hvlink_cdiff_version_guest_handle(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e);
int hvlink_cdiff_version_guest_handle(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e)
{
    struct hvlink_buf b;
    int r;
    struct hvlink_version_guest_handle_reply v;
    r = hvlink_version_guest_handle_reply_parse(buf, n, (struct hvlink_msg *)0, &v, e);
    if (r)
        return r;
    hvlink_buf_init(&b, out, cap);
    hvlink_version_guest_handle_reply_put(&b, &v);
    *out_len = b.overflow ? (size_t)-1 : b.len;
    return 0;
}

int hvlink_cdiff_req_version_guest_handle(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e);
int hvlink_cdiff_req_version_guest_handle(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e)
{
    struct hvlink_msg m;
    struct hvlink_walk w;
    struct hvlink_buf b;
    int r = hvlink_msg_parse(buf, n, &m, e);
    if (r)
        return r;
    r = hvlink_msg_genl(&m, (uint8_t *)0, (uint8_t *)0, &w, e);
    if (r)
        return r;
    r = hvlink_empty_parse(&w, e);
    if (r)
        return r;
    hvlink_buf_init(&b, out, cap);
    *out_len = b.overflow ? (size_t)-1 : b.len;
    return 0;
}

int hvlink_cdiff_version_build_id(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e);
int hvlink_cdiff_version_build_id(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e)
{
    struct hvlink_buf b;
    int r;
    struct hvlink_version_build_id_reply v;
    r = hvlink_version_build_id_reply_parse(buf, n, (struct hvlink_msg *)0, &v, e);
    if (r)
        return r;
    hvlink_buf_init(&b, out, cap);
    hvlink_version_build_id_reply_put(&b, &v);
    *out_len = b.overflow ? (size_t)-1 : b.len;
    return 0;
}

int hvlink_cdiff_req_version_build_id(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e);
int hvlink_cdiff_req_version_build_id(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e)
{
    struct hvlink_msg m;
    struct hvlink_walk w;
    struct hvlink_buf b;
    int r = hvlink_msg_parse(buf, n, &m, e);
    if (r)
        return r;
    r = hvlink_msg_genl(&m, (uint8_t *)0, (uint8_t *)0, &w, e);
    if (r)
        return r;
    r = hvlink_empty_parse(&w, e);
    if (r)
        return r;
    hvlink_buf_init(&b, out, cap);
    *out_len = b.overflow ? (size_t)-1 : b.len;
    return 0;
}

int hvlink_cdiff_grant_table_map_grant_ref(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e);
int hvlink_cdiff_grant_table_map_grant_ref(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e)
{
    struct hvlink_buf b;
    int r;
    struct hvlink_grant_table_map_reply v;
    r = hvlink_grant_table_map_grant_ref_reply_parse(buf, n, (struct hvlink_msg *)0, &v, e);
    if (r)
        return r;
    hvlink_buf_init(&b, out, cap);
    hvlink_grant_table_map_reply_put(&b, &v);
    *out_len = b.overflow ? (size_t)-1 : b.len;
    return 0;
}

int hvlink_cdiff_req_grant_table_map_grant_ref(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e);
int hvlink_cdiff_req_grant_table_map_grant_ref(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e)
{
    struct hvlink_msg m;
    struct hvlink_walk w;
    struct hvlink_buf b;
    int r = hvlink_msg_parse(buf, n, &m, e);
    if (r)
        return r;
    r = hvlink_msg_genl(&m, (uint8_t *)0, (uint8_t *)0, &w, e);
    if (r)
        return r;
    {
        struct hvlink_grant_table_map_req v;
        r = hvlink_grant_table_map_req_parse_at(w.p, w.left, w.offset, w.offset, &v, e);
        if (r)
            return r;
        hvlink_buf_init(&b, out, cap);
        hvlink_grant_table_map_req_put(&b, &v);
    }
    *out_len = b.overflow ? (size_t)-1 : b.len;
    return 0;
}

int hvlink_cdiff_grant_table_unmap_grant_ref(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e);
int hvlink_cdiff_grant_table_unmap_grant_ref(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e)
{
    struct hvlink_buf b;
    int r;
    struct hvlink_grant_table_unmap_reply v;
    r = hvlink_grant_table_unmap_grant_ref_reply_parse(buf, n, (struct hvlink_msg *)0, &v, e);
    if (r)
        return r;
    hvlink_buf_init(&b, out, cap);
    hvlink_grant_table_unmap_reply_put(&b, &v);
    *out_len = b.overflow ? (size_t)-1 : b.len;
    return 0;
}

int hvlink_cdiff_req_grant_table_unmap_grant_ref(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e);
int hvlink_cdiff_req_grant_table_unmap_grant_ref(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e)
{
    struct hvlink_msg m;
    struct hvlink_walk w;
    struct hvlink_buf b;
    int r = hvlink_msg_parse(buf, n, &m, e);
    if (r)
        return r;
    r = hvlink_msg_genl(&m, (uint8_t *)0, (uint8_t *)0, &w, e);
    if (r)
        return r;
    {
        struct hvlink_grant_table_unmap_req v;
        r = hvlink_grant_table_unmap_req_parse_at(w.p, w.left, w.offset, w.offset, &v, e);
        if (r)
            return r;
        hvlink_buf_init(&b, out, cap);
        hvlink_grant_table_unmap_req_put(&b, &v);
    }
    *out_len = b.overflow ? (size_t)-1 : b.len;
    return 0;
}

int hvlink_cdiff_grant_table_setup_table(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e);
int hvlink_cdiff_grant_table_setup_table(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e)
{
    struct hvlink_buf b;
    int r;
    struct hvlink_grant_table_frames_reply v;
    r = hvlink_grant_table_setup_table_reply_parse(buf, n, (struct hvlink_msg *)0, &v, e);
    if (r)
        return r;
    hvlink_buf_init(&b, out, cap);
    hvlink_grant_table_frames_reply_put(&b, &v);
    *out_len = b.overflow ? (size_t)-1 : b.len;
    return 0;
}

int hvlink_cdiff_req_grant_table_setup_table(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e);
int hvlink_cdiff_req_grant_table_setup_table(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e)
{
    struct hvlink_msg m;
    struct hvlink_walk w;
    struct hvlink_buf b;
    int r = hvlink_msg_parse(buf, n, &m, e);
    if (r)
        return r;
    r = hvlink_msg_genl(&m, (uint8_t *)0, (uint8_t *)0, &w, e);
    if (r)
        return r;
    {
        struct hvlink_grant_table_frames_req v;
        r = hvlink_grant_table_frames_req_parse_at(w.p, w.left, w.offset, w.offset, &v, e);
        if (r)
            return r;
        hvlink_buf_init(&b, out, cap);
        hvlink_grant_table_frames_req_put(&b, &v);
    }
    *out_len = b.overflow ? (size_t)-1 : b.len;
    return 0;
}

int hvlink_cdiff_grant_table_copy(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e);
int hvlink_cdiff_grant_table_copy(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e)
{
    struct hvlink_buf b;
    int r;
    struct hvlink_grant_table_copy_reply v;
    r = hvlink_grant_table_copy_reply_parse(buf, n, (struct hvlink_msg *)0, &v, e);
    if (r)
        return r;
    hvlink_buf_init(&b, out, cap);
    hvlink_grant_table_copy_reply_put(&b, &v);
    *out_len = b.overflow ? (size_t)-1 : b.len;
    return 0;
}

int hvlink_cdiff_req_grant_table_copy(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e);
int hvlink_cdiff_req_grant_table_copy(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e)
{
    struct hvlink_msg m;
    struct hvlink_walk w;
    struct hvlink_buf b;
    int r = hvlink_msg_parse(buf, n, &m, e);
    if (r)
        return r;
    r = hvlink_msg_genl(&m, (uint8_t *)0, (uint8_t *)0, &w, e);
    if (r)
        return r;
    {
        struct hvlink_grant_table_copy_req v;
        r = hvlink_grant_table_copy_req_parse_at(w.p, w.left, w.offset, w.offset, &v, e);
        if (r)
            return r;
        hvlink_buf_init(&b, out, cap);
        hvlink_grant_table_copy_req_put(&b, &v);
    }
    *out_len = b.overflow ? (size_t)-1 : b.len;
    return 0;
}

int hvlink_cdiff_grant_table_query_size(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e);
int hvlink_cdiff_grant_table_query_size(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e)
{
    struct hvlink_buf b;
    int r;
    struct hvlink_grant_table_query_size_reply v;
    r = hvlink_grant_table_query_size_reply_parse(buf, n, (struct hvlink_msg *)0, &v, e);
    if (r)
        return r;
    hvlink_buf_init(&b, out, cap);
    hvlink_grant_table_query_size_reply_put(&b, &v);
    *out_len = b.overflow ? (size_t)-1 : b.len;
    return 0;
}

int hvlink_cdiff_req_grant_table_query_size(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e);
int hvlink_cdiff_req_grant_table_query_size(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e)
{
    struct hvlink_msg m;
    struct hvlink_walk w;
    struct hvlink_buf b;
    int r = hvlink_msg_parse(buf, n, &m, e);
    if (r)
        return r;
    r = hvlink_msg_genl(&m, (uint8_t *)0, (uint8_t *)0, &w, e);
    if (r)
        return r;
    {
        struct hvlink_grant_table_dom_req v;
        r = hvlink_grant_table_dom_req_parse_at(w.p, w.left, w.offset, w.offset, &v, e);
        if (r)
            return r;
        hvlink_buf_init(&b, out, cap);
        hvlink_grant_table_dom_req_put(&b, &v);
    }
    *out_len = b.overflow ? (size_t)-1 : b.len;
    return 0;
}

int hvlink_cdiff_grant_table_unmap_and_replace(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e);
int hvlink_cdiff_grant_table_unmap_and_replace(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e)
{
    struct hvlink_buf b;
    int r;
    struct hvlink_grant_table_status_reply v;
    r = hvlink_grant_table_unmap_and_replace_reply_parse(buf, n, (struct hvlink_msg *)0, &v, e);
    if (r)
        return r;
    hvlink_buf_init(&b, out, cap);
    hvlink_grant_table_status_reply_put(&b, &v);
    *out_len = b.overflow ? (size_t)-1 : b.len;
    return 0;
}

int hvlink_cdiff_req_grant_table_unmap_and_replace(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e);
int hvlink_cdiff_req_grant_table_unmap_and_replace(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e)
{
    struct hvlink_msg m;
    struct hvlink_walk w;
    struct hvlink_buf b;
    int r = hvlink_msg_parse(buf, n, &m, e);
    if (r)
        return r;
    r = hvlink_msg_genl(&m, (uint8_t *)0, (uint8_t *)0, &w, e);
    if (r)
        return r;
    {
        struct hvlink_grant_table_unmap_and_replace_req v;
        r = hvlink_grant_table_unmap_and_replace_req_parse_at(w.p, w.left, w.offset, w.offset, &v, e);
        if (r)
            return r;
        hvlink_buf_init(&b, out, cap);
        hvlink_grant_table_unmap_and_replace_req_put(&b, &v);
    }
    *out_len = b.overflow ? (size_t)-1 : b.len;
    return 0;
}

int hvlink_cdiff_grant_table_set_version(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e);
int hvlink_cdiff_grant_table_set_version(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e)
{
    struct hvlink_buf b;
    int r;
    struct hvlink_grant_table_version_reply v;
    r = hvlink_grant_table_set_version_reply_parse(buf, n, (struct hvlink_msg *)0, &v, e);
    if (r)
        return r;
    hvlink_buf_init(&b, out, cap);
    hvlink_grant_table_version_reply_put(&b, &v);
    *out_len = b.overflow ? (size_t)-1 : b.len;
    return 0;
}

int hvlink_cdiff_req_grant_table_set_version(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e);
int hvlink_cdiff_req_grant_table_set_version(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e)
{
    struct hvlink_msg m;
    struct hvlink_walk w;
    struct hvlink_buf b;
    int r = hvlink_msg_parse(buf, n, &m, e);
    if (r)
        return r;
    r = hvlink_msg_genl(&m, (uint8_t *)0, (uint8_t *)0, &w, e);
    if (r)
        return r;
    {
        struct hvlink_grant_table_set_version_req v;
        r = hvlink_grant_table_set_version_req_parse_at(w.p, w.left, w.offset, w.offset, &v, e);
        if (r)
            return r;
        hvlink_buf_init(&b, out, cap);
        hvlink_grant_table_set_version_req_put(&b, &v);
    }
    *out_len = b.overflow ? (size_t)-1 : b.len;
    return 0;
}

int hvlink_cdiff_grant_table_get_status_frames(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e);
int hvlink_cdiff_grant_table_get_status_frames(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e)
{
    struct hvlink_buf b;
    int r;
    struct hvlink_grant_table_frames_reply v;
    r = hvlink_grant_table_get_status_frames_reply_parse(buf, n, (struct hvlink_msg *)0, &v, e);
    if (r)
        return r;
    hvlink_buf_init(&b, out, cap);
    hvlink_grant_table_frames_reply_put(&b, &v);
    *out_len = b.overflow ? (size_t)-1 : b.len;
    return 0;
}

int hvlink_cdiff_req_grant_table_get_status_frames(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e);
int hvlink_cdiff_req_grant_table_get_status_frames(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e)
{
    struct hvlink_msg m;
    struct hvlink_walk w;
    struct hvlink_buf b;
    int r = hvlink_msg_parse(buf, n, &m, e);
    if (r)
        return r;
    r = hvlink_msg_genl(&m, (uint8_t *)0, (uint8_t *)0, &w, e);
    if (r)
        return r;
    {
        struct hvlink_grant_table_frames_req v;
        r = hvlink_grant_table_frames_req_parse_at(w.p, w.left, w.offset, w.offset, &v, e);
        if (r)
            return r;
        hvlink_buf_init(&b, out, cap);
        hvlink_grant_table_frames_req_put(&b, &v);
    }
    *out_len = b.overflow ? (size_t)-1 : b.len;
    return 0;
}

int hvlink_cdiff_grant_table_get_version(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e);
int hvlink_cdiff_grant_table_get_version(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e)
{
    struct hvlink_buf b;
    int r;
    struct hvlink_grant_table_version_reply v;
    r = hvlink_grant_table_get_version_reply_parse(buf, n, (struct hvlink_msg *)0, &v, e);
    if (r)
        return r;
    hvlink_buf_init(&b, out, cap);
    hvlink_grant_table_version_reply_put(&b, &v);
    *out_len = b.overflow ? (size_t)-1 : b.len;
    return 0;
}

int hvlink_cdiff_req_grant_table_get_version(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e);
int hvlink_cdiff_req_grant_table_get_version(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e)
{
    struct hvlink_msg m;
    struct hvlink_walk w;
    struct hvlink_buf b;
    int r = hvlink_msg_parse(buf, n, &m, e);
    if (r)
        return r;
    r = hvlink_msg_genl(&m, (uint8_t *)0, (uint8_t *)0, &w, e);
    if (r)
        return r;
    {
        struct hvlink_grant_table_dom_req v;
        r = hvlink_grant_table_dom_req_parse_at(w.p, w.left, w.offset, w.offset, &v, e);
        if (r)
            return r;
        hvlink_buf_init(&b, out, cap);
        hvlink_grant_table_dom_req_put(&b, &v);
    }
    *out_len = b.overflow ? (size_t)-1 : b.len;
    return 0;
}

int hvlink_cdiff_grant_table_swap_grant_ref(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e);
int hvlink_cdiff_grant_table_swap_grant_ref(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e)
{
    struct hvlink_buf b;
    int r;
    struct hvlink_grant_table_status_reply v;
    r = hvlink_grant_table_swap_grant_ref_reply_parse(buf, n, (struct hvlink_msg *)0, &v, e);
    if (r)
        return r;
    hvlink_buf_init(&b, out, cap);
    hvlink_grant_table_status_reply_put(&b, &v);
    *out_len = b.overflow ? (size_t)-1 : b.len;
    return 0;
}

int hvlink_cdiff_req_grant_table_swap_grant_ref(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e);
int hvlink_cdiff_req_grant_table_swap_grant_ref(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e)
{
    struct hvlink_msg m;
    struct hvlink_walk w;
    struct hvlink_buf b;
    int r = hvlink_msg_parse(buf, n, &m, e);
    if (r)
        return r;
    r = hvlink_msg_genl(&m, (uint8_t *)0, (uint8_t *)0, &w, e);
    if (r)
        return r;
    {
        struct hvlink_grant_table_swap_req v;
        r = hvlink_grant_table_swap_req_parse_at(w.p, w.left, w.offset, w.offset, &v, e);
        if (r)
            return r;
        hvlink_buf_init(&b, out, cap);
        hvlink_grant_table_swap_req_put(&b, &v);
    }
    *out_len = b.overflow ? (size_t)-1 : b.len;
    return 0;
}

int hvlink_cdiff_vcpu_initialise(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e);
int hvlink_cdiff_vcpu_initialise(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e)
{
    struct hvlink_buf b;
    int r;
    r = hvlink_vcpu_initialise_reply_parse(buf, n, (struct hvlink_msg *)0, e);
    if (r)
        return r;
    hvlink_buf_init(&b, out, cap);
    *out_len = b.overflow ? (size_t)-1 : b.len;
    return 0;
}

int hvlink_cdiff_req_vcpu_initialise(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e);
int hvlink_cdiff_req_vcpu_initialise(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e)
{
    struct hvlink_msg m;
    struct hvlink_walk w;
    struct hvlink_buf b;
    int r = hvlink_msg_parse(buf, n, &m, e);
    if (r)
        return r;
    r = hvlink_msg_genl(&m, (uint8_t *)0, (uint8_t *)0, &w, e);
    if (r)
        return r;
    {
        struct hvlink_vcpu_initialise_req v;
        r = hvlink_vcpu_initialise_req_parse_at(w.p, w.left, w.offset, w.offset, &v, e);
        if (r)
            return r;
        hvlink_buf_init(&b, out, cap);
        hvlink_vcpu_initialise_req_put(&b, &v);
    }
    *out_len = b.overflow ? (size_t)-1 : b.len;
    return 0;
}

int hvlink_cdiff_vcpu_up(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e);
int hvlink_cdiff_vcpu_up(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e)
{
    struct hvlink_buf b;
    int r;
    r = hvlink_vcpu_up_reply_parse(buf, n, (struct hvlink_msg *)0, e);
    if (r)
        return r;
    hvlink_buf_init(&b, out, cap);
    *out_len = b.overflow ? (size_t)-1 : b.len;
    return 0;
}

int hvlink_cdiff_req_vcpu_up(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e);
int hvlink_cdiff_req_vcpu_up(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e)
{
    struct hvlink_msg m;
    struct hvlink_walk w;
    struct hvlink_buf b;
    int r = hvlink_msg_parse(buf, n, &m, e);
    if (r)
        return r;
    r = hvlink_msg_genl(&m, (uint8_t *)0, (uint8_t *)0, &w, e);
    if (r)
        return r;
    {
        struct hvlink_vcpu_vcpu_req v;
        r = hvlink_vcpu_vcpu_req_parse_at(w.p, w.left, w.offset, w.offset, &v, e);
        if (r)
            return r;
        hvlink_buf_init(&b, out, cap);
        hvlink_vcpu_vcpu_req_put(&b, &v);
    }
    *out_len = b.overflow ? (size_t)-1 : b.len;
    return 0;
}

int hvlink_cdiff_vcpu_down(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e);
int hvlink_cdiff_vcpu_down(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e)
{
    struct hvlink_buf b;
    int r;
    r = hvlink_vcpu_down_reply_parse(buf, n, (struct hvlink_msg *)0, e);
    if (r)
        return r;
    hvlink_buf_init(&b, out, cap);
    *out_len = b.overflow ? (size_t)-1 : b.len;
    return 0;
}

int hvlink_cdiff_req_vcpu_down(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e);
int hvlink_cdiff_req_vcpu_down(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e)
{
    struct hvlink_msg m;
    struct hvlink_walk w;
    struct hvlink_buf b;
    int r = hvlink_msg_parse(buf, n, &m, e);
    if (r)
        return r;
    r = hvlink_msg_genl(&m, (uint8_t *)0, (uint8_t *)0, &w, e);
    if (r)
        return r;
    {
        struct hvlink_vcpu_vcpu_req v;
        r = hvlink_vcpu_vcpu_req_parse_at(w.p, w.left, w.offset, w.offset, &v, e);
        if (r)
            return r;
        hvlink_buf_init(&b, out, cap);
        hvlink_vcpu_vcpu_req_put(&b, &v);
    }
    *out_len = b.overflow ? (size_t)-1 : b.len;
    return 0;
}

int hvlink_cdiff_vcpu_is_up(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e);
int hvlink_cdiff_vcpu_is_up(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e)
{
    struct hvlink_buf b;
    int r;
    struct hvlink_vcpu_is_up_reply v;
    r = hvlink_vcpu_is_up_reply_parse(buf, n, (struct hvlink_msg *)0, &v, e);
    if (r)
        return r;
    hvlink_buf_init(&b, out, cap);
    hvlink_vcpu_is_up_reply_put(&b, &v);
    *out_len = b.overflow ? (size_t)-1 : b.len;
    return 0;
}

int hvlink_cdiff_req_vcpu_is_up(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e);
int hvlink_cdiff_req_vcpu_is_up(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e)
{
    struct hvlink_msg m;
    struct hvlink_walk w;
    struct hvlink_buf b;
    int r = hvlink_msg_parse(buf, n, &m, e);
    if (r)
        return r;
    r = hvlink_msg_genl(&m, (uint8_t *)0, (uint8_t *)0, &w, e);
    if (r)
        return r;
    {
        struct hvlink_vcpu_vcpu_req v;
        r = hvlink_vcpu_vcpu_req_parse_at(w.p, w.left, w.offset, w.offset, &v, e);
        if (r)
            return r;
        hvlink_buf_init(&b, out, cap);
        hvlink_vcpu_vcpu_req_put(&b, &v);
    }
    *out_len = b.overflow ? (size_t)-1 : b.len;
    return 0;
}

int hvlink_cdiff_vcpu_get_runstate_info(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e);
int hvlink_cdiff_vcpu_get_runstate_info(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e)
{
    struct hvlink_buf b;
    int r;
    struct hvlink_vcpu_runstate_reply v;
    r = hvlink_vcpu_get_runstate_info_reply_parse(buf, n, (struct hvlink_msg *)0, &v, e);
    if (r)
        return r;
    hvlink_buf_init(&b, out, cap);
    hvlink_vcpu_runstate_reply_put(&b, &v);
    *out_len = b.overflow ? (size_t)-1 : b.len;
    return 0;
}

int hvlink_cdiff_req_vcpu_get_runstate_info(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e);
int hvlink_cdiff_req_vcpu_get_runstate_info(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e)
{
    struct hvlink_msg m;
    struct hvlink_walk w;
    struct hvlink_buf b;
    int r = hvlink_msg_parse(buf, n, &m, e);
    if (r)
        return r;
    r = hvlink_msg_genl(&m, (uint8_t *)0, (uint8_t *)0, &w, e);
    if (r)
        return r;
    {
        struct hvlink_vcpu_vcpu_req v;
        r = hvlink_vcpu_vcpu_req_parse_at(w.p, w.left, w.offset, w.offset, &v, e);
        if (r)
            return r;
        hvlink_buf_init(&b, out, cap);
        hvlink_vcpu_vcpu_req_put(&b, &v);
    }
    *out_len = b.overflow ? (size_t)-1 : b.len;
    return 0;
}

int hvlink_cdiff_vcpu_set_periodic_timer(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e);
int hvlink_cdiff_vcpu_set_periodic_timer(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e)
{
    struct hvlink_buf b;
    int r;
    r = hvlink_vcpu_set_periodic_timer_reply_parse(buf, n, (struct hvlink_msg *)0, e);
    if (r)
        return r;
    hvlink_buf_init(&b, out, cap);
    *out_len = b.overflow ? (size_t)-1 : b.len;
    return 0;
}

int hvlink_cdiff_req_vcpu_set_periodic_timer(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e);
int hvlink_cdiff_req_vcpu_set_periodic_timer(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e)
{
    struct hvlink_msg m;
    struct hvlink_walk w;
    struct hvlink_buf b;
    int r = hvlink_msg_parse(buf, n, &m, e);
    if (r)
        return r;
    r = hvlink_msg_genl(&m, (uint8_t *)0, (uint8_t *)0, &w, e);
    if (r)
        return r;
    {
        struct hvlink_vcpu_periodic_timer_req v;
        r = hvlink_vcpu_periodic_timer_req_parse_at(w.p, w.left, w.offset, w.offset, &v, e);
        if (r)
            return r;
        hvlink_buf_init(&b, out, cap);
        hvlink_vcpu_periodic_timer_req_put(&b, &v);
    }
    *out_len = b.overflow ? (size_t)-1 : b.len;
    return 0;
}

int hvlink_cdiff_vcpu_stop_periodic_timer(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e);
int hvlink_cdiff_vcpu_stop_periodic_timer(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e)
{
    struct hvlink_buf b;
    int r;
    r = hvlink_vcpu_stop_periodic_timer_reply_parse(buf, n, (struct hvlink_msg *)0, e);
    if (r)
        return r;
    hvlink_buf_init(&b, out, cap);
    *out_len = b.overflow ? (size_t)-1 : b.len;
    return 0;
}

int hvlink_cdiff_req_vcpu_stop_periodic_timer(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e);
int hvlink_cdiff_req_vcpu_stop_periodic_timer(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e)
{
    struct hvlink_msg m;
    struct hvlink_walk w;
    struct hvlink_buf b;
    int r = hvlink_msg_parse(buf, n, &m, e);
    if (r)
        return r;
    r = hvlink_msg_genl(&m, (uint8_t *)0, (uint8_t *)0, &w, e);
    if (r)
        return r;
    {
        struct hvlink_vcpu_vcpu_req v;
        r = hvlink_vcpu_vcpu_req_parse_at(w.p, w.left, w.offset, w.offset, &v, e);
        if (r)
            return r;
        hvlink_buf_init(&b, out, cap);
        hvlink_vcpu_vcpu_req_put(&b, &v);
    }
    *out_len = b.overflow ? (size_t)-1 : b.len;
    return 0;
}

int hvlink_cdiff_vcpu_set_singleshot_timer(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e);
int hvlink_cdiff_vcpu_set_singleshot_timer(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e)
{
    struct hvlink_buf b;
    int r;
    r = hvlink_vcpu_set_singleshot_timer_reply_parse(buf, n, (struct hvlink_msg *)0, e);
    if (r)
        return r;
    hvlink_buf_init(&b, out, cap);
    *out_len = b.overflow ? (size_t)-1 : b.len;
    return 0;
}

int hvlink_cdiff_req_vcpu_set_singleshot_timer(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e);
int hvlink_cdiff_req_vcpu_set_singleshot_timer(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e)
{
    struct hvlink_msg m;
    struct hvlink_walk w;
    struct hvlink_buf b;
    int r = hvlink_msg_parse(buf, n, &m, e);
    if (r)
        return r;
    r = hvlink_msg_genl(&m, (uint8_t *)0, (uint8_t *)0, &w, e);
    if (r)
        return r;
    {
        struct hvlink_vcpu_singleshot_timer_req v;
        r = hvlink_vcpu_singleshot_timer_req_parse_at(w.p, w.left, w.offset, w.offset, &v, e);
        if (r)
            return r;
        hvlink_buf_init(&b, out, cap);
        hvlink_vcpu_singleshot_timer_req_put(&b, &v);
    }
    *out_len = b.overflow ? (size_t)-1 : b.len;
    return 0;
}

int hvlink_cdiff_vcpu_stop_singleshot_timer(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e);
int hvlink_cdiff_vcpu_stop_singleshot_timer(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e)
{
    struct hvlink_buf b;
    int r;
    r = hvlink_vcpu_stop_singleshot_timer_reply_parse(buf, n, (struct hvlink_msg *)0, e);
    if (r)
        return r;
    hvlink_buf_init(&b, out, cap);
    *out_len = b.overflow ? (size_t)-1 : b.len;
    return 0;
}

int hvlink_cdiff_req_vcpu_stop_singleshot_timer(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e);
int hvlink_cdiff_req_vcpu_stop_singleshot_timer(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e)
{
    struct hvlink_msg m;
    struct hvlink_walk w;
    struct hvlink_buf b;
    int r = hvlink_msg_parse(buf, n, &m, e);
    if (r)
        return r;
    r = hvlink_msg_genl(&m, (uint8_t *)0, (uint8_t *)0, &w, e);
    if (r)
        return r;
    {
        struct hvlink_vcpu_vcpu_req v;
        r = hvlink_vcpu_vcpu_req_parse_at(w.p, w.left, w.offset, w.offset, &v, e);
        if (r)
            return r;
        hvlink_buf_init(&b, out, cap);
        hvlink_vcpu_vcpu_req_put(&b, &v);
    }
    *out_len = b.overflow ? (size_t)-1 : b.len;
    return 0;
}

int hvlink_cdiff_vcpu_register_vcpu_info(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e);
int hvlink_cdiff_vcpu_register_vcpu_info(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e)
{
    struct hvlink_buf b;
    int r;
    r = hvlink_vcpu_register_vcpu_info_reply_parse(buf, n, (struct hvlink_msg *)0, e);
    if (r)
        return r;
    hvlink_buf_init(&b, out, cap);
    *out_len = b.overflow ? (size_t)-1 : b.len;
    return 0;
}

int hvlink_cdiff_req_vcpu_register_vcpu_info(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e);
int hvlink_cdiff_req_vcpu_register_vcpu_info(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e)
{
    struct hvlink_msg m;
    struct hvlink_walk w;
    struct hvlink_buf b;
    int r = hvlink_msg_parse(buf, n, &m, e);
    if (r)
        return r;
    r = hvlink_msg_genl(&m, (uint8_t *)0, (uint8_t *)0, &w, e);
    if (r)
        return r;
    {
        struct hvlink_vcpu_vcpu_info_req v;
        r = hvlink_vcpu_vcpu_info_req_parse_at(w.p, w.left, w.offset, w.offset, &v, e);
        if (r)
            return r;
        hvlink_buf_init(&b, out, cap);
        hvlink_vcpu_vcpu_info_req_put(&b, &v);
    }
    *out_len = b.overflow ? (size_t)-1 : b.len;
    return 0;
}

int hvlink_cdiff_vcpu_send_nmi(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e);
int hvlink_cdiff_vcpu_send_nmi(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e)
{
    struct hvlink_buf b;
    int r;
    r = hvlink_vcpu_send_nmi_reply_parse(buf, n, (struct hvlink_msg *)0, e);
    if (r)
        return r;
    hvlink_buf_init(&b, out, cap);
    *out_len = b.overflow ? (size_t)-1 : b.len;
    return 0;
}

int hvlink_cdiff_req_vcpu_send_nmi(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e);
int hvlink_cdiff_req_vcpu_send_nmi(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e)
{
    struct hvlink_msg m;
    struct hvlink_walk w;
    struct hvlink_buf b;
    int r = hvlink_msg_parse(buf, n, &m, e);
    if (r)
        return r;
    r = hvlink_msg_genl(&m, (uint8_t *)0, (uint8_t *)0, &w, e);
    if (r)
        return r;
    {
        struct hvlink_vcpu_vcpu_req v;
        r = hvlink_vcpu_vcpu_req_parse_at(w.p, w.left, w.offset, w.offset, &v, e);
        if (r)
            return r;
        hvlink_buf_init(&b, out, cap);
        hvlink_vcpu_vcpu_req_put(&b, &v);
    }
    *out_len = b.overflow ? (size_t)-1 : b.len;
    return 0;
}

int hvlink_cdiff_vcpu_get_physid(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e);
int hvlink_cdiff_vcpu_get_physid(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e)
{
    struct hvlink_buf b;
    int r;
    struct hvlink_vcpu_physid_reply v;
    r = hvlink_vcpu_get_physid_reply_parse(buf, n, (struct hvlink_msg *)0, &v, e);
    if (r)
        return r;
    hvlink_buf_init(&b, out, cap);
    hvlink_vcpu_physid_reply_put(&b, &v);
    *out_len = b.overflow ? (size_t)-1 : b.len;
    return 0;
}

int hvlink_cdiff_req_vcpu_get_physid(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e);
int hvlink_cdiff_req_vcpu_get_physid(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e)
{
    struct hvlink_msg m;
    struct hvlink_walk w;
    struct hvlink_buf b;
    int r = hvlink_msg_parse(buf, n, &m, e);
    if (r)
        return r;
    r = hvlink_msg_genl(&m, (uint8_t *)0, (uint8_t *)0, &w, e);
    if (r)
        return r;
    {
        struct hvlink_vcpu_vcpu_req v;
        r = hvlink_vcpu_vcpu_req_parse_at(w.p, w.left, w.offset, w.offset, &v, e);
        if (r)
            return r;
        hvlink_buf_init(&b, out, cap);
        hvlink_vcpu_vcpu_req_put(&b, &v);
    }
    *out_len = b.overflow ? (size_t)-1 : b.len;
    return 0;
}

int hvlink_cdiff_vcpu_register_runstate_phys_area(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e);
int hvlink_cdiff_vcpu_register_runstate_phys_area(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e)
{
    struct hvlink_buf b;
    int r;
    r = hvlink_vcpu_register_runstate_phys_area_reply_parse(buf, n, (struct hvlink_msg *)0, e);
    if (r)
        return r;
    hvlink_buf_init(&b, out, cap);
    *out_len = b.overflow ? (size_t)-1 : b.len;
    return 0;
}

int hvlink_cdiff_req_vcpu_register_runstate_phys_area(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e);
int hvlink_cdiff_req_vcpu_register_runstate_phys_area(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e)
{
    struct hvlink_msg m;
    struct hvlink_walk w;
    struct hvlink_buf b;
    int r = hvlink_msg_parse(buf, n, &m, e);
    if (r)
        return r;
    r = hvlink_msg_genl(&m, (uint8_t *)0, (uint8_t *)0, &w, e);
    if (r)
        return r;
    {
        struct hvlink_vcpu_phys_area_req v;
        r = hvlink_vcpu_phys_area_req_parse_at(w.p, w.left, w.offset, w.offset, &v, e);
        if (r)
            return r;
        hvlink_buf_init(&b, out, cap);
        hvlink_vcpu_phys_area_req_put(&b, &v);
    }
    *out_len = b.overflow ? (size_t)-1 : b.len;
    return 0;
}

int hvlink_cdiff_vcpu_register_vcpu_time_phys_area(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e);
int hvlink_cdiff_vcpu_register_vcpu_time_phys_area(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e)
{
    struct hvlink_buf b;
    int r;
    r = hvlink_vcpu_register_vcpu_time_phys_area_reply_parse(buf, n, (struct hvlink_msg *)0, e);
    if (r)
        return r;
    hvlink_buf_init(&b, out, cap);
    *out_len = b.overflow ? (size_t)-1 : b.len;
    return 0;
}

int hvlink_cdiff_req_vcpu_register_vcpu_time_phys_area(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e);
int hvlink_cdiff_req_vcpu_register_vcpu_time_phys_area(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e)
{
    struct hvlink_msg m;
    struct hvlink_walk w;
    struct hvlink_buf b;
    int r = hvlink_msg_parse(buf, n, &m, e);
    if (r)
        return r;
    r = hvlink_msg_genl(&m, (uint8_t *)0, (uint8_t *)0, &w, e);
    if (r)
        return r;
    {
        struct hvlink_vcpu_phys_area_req v;
        r = hvlink_vcpu_phys_area_req_parse_at(w.p, w.left, w.offset, w.offset, &v, e);
        if (r)
            return r;
        hvlink_buf_init(&b, out, cap);
        hvlink_vcpu_phys_area_req_put(&b, &v);
    }
    *out_len = b.overflow ? (size_t)-1 : b.len;
    return 0;
}

int hvlink_cdiff_sched_yield(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e);
int hvlink_cdiff_sched_yield(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e)
{
    struct hvlink_buf b;
    int r;
    r = hvlink_sched_yield_reply_parse(buf, n, (struct hvlink_msg *)0, e);
    if (r)
        return r;
    hvlink_buf_init(&b, out, cap);
    *out_len = b.overflow ? (size_t)-1 : b.len;
    return 0;
}

int hvlink_cdiff_req_sched_yield(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e);
int hvlink_cdiff_req_sched_yield(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e)
{
    struct hvlink_msg m;
    struct hvlink_walk w;
    struct hvlink_buf b;
    int r = hvlink_msg_parse(buf, n, &m, e);
    if (r)
        return r;
    r = hvlink_msg_genl(&m, (uint8_t *)0, (uint8_t *)0, &w, e);
    if (r)
        return r;
    r = hvlink_empty_parse(&w, e);
    if (r)
        return r;
    hvlink_buf_init(&b, out, cap);
    *out_len = b.overflow ? (size_t)-1 : b.len;
    return 0;
}

int hvlink_cdiff_sched_block(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e);
int hvlink_cdiff_sched_block(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e)
{
    struct hvlink_buf b;
    int r;
    r = hvlink_sched_block_reply_parse(buf, n, (struct hvlink_msg *)0, e);
    if (r)
        return r;
    hvlink_buf_init(&b, out, cap);
    *out_len = b.overflow ? (size_t)-1 : b.len;
    return 0;
}

int hvlink_cdiff_req_sched_block(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e);
int hvlink_cdiff_req_sched_block(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e)
{
    struct hvlink_msg m;
    struct hvlink_walk w;
    struct hvlink_buf b;
    int r = hvlink_msg_parse(buf, n, &m, e);
    if (r)
        return r;
    r = hvlink_msg_genl(&m, (uint8_t *)0, (uint8_t *)0, &w, e);
    if (r)
        return r;
    r = hvlink_empty_parse(&w, e);
    if (r)
        return r;
    hvlink_buf_init(&b, out, cap);
    *out_len = b.overflow ? (size_t)-1 : b.len;
    return 0;
}

int hvlink_cdiff_sched_shutdown(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e);
int hvlink_cdiff_sched_shutdown(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e)
{
    struct hvlink_buf b;
    int r;
    r = hvlink_sched_shutdown_reply_parse(buf, n, (struct hvlink_msg *)0, e);
    if (r)
        return r;
    hvlink_buf_init(&b, out, cap);
    *out_len = b.overflow ? (size_t)-1 : b.len;
    return 0;
}

int hvlink_cdiff_req_sched_shutdown(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e);
int hvlink_cdiff_req_sched_shutdown(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e)
{
    struct hvlink_msg m;
    struct hvlink_walk w;
    struct hvlink_buf b;
    int r = hvlink_msg_parse(buf, n, &m, e);
    if (r)
        return r;
    r = hvlink_msg_genl(&m, (uint8_t *)0, (uint8_t *)0, &w, e);
    if (r)
        return r;
    {
        struct hvlink_sched_shutdown_req v;
        r = hvlink_sched_shutdown_req_parse_at(w.p, w.left, w.offset, w.offset, &v, e);
        if (r)
            return r;
        hvlink_buf_init(&b, out, cap);
        hvlink_sched_shutdown_req_put(&b, &v);
    }
    *out_len = b.overflow ? (size_t)-1 : b.len;
    return 0;
}

int hvlink_cdiff_sched_poll(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e);
int hvlink_cdiff_sched_poll(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e)
{
    struct hvlink_buf b;
    int r;
    r = hvlink_sched_poll_reply_parse(buf, n, (struct hvlink_msg *)0, e);
    if (r)
        return r;
    hvlink_buf_init(&b, out, cap);
    *out_len = b.overflow ? (size_t)-1 : b.len;
    return 0;
}

int hvlink_cdiff_req_sched_poll(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e);
int hvlink_cdiff_req_sched_poll(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e)
{
    struct hvlink_msg m;
    struct hvlink_walk w;
    struct hvlink_buf b;
    int r = hvlink_msg_parse(buf, n, &m, e);
    if (r)
        return r;
    r = hvlink_msg_genl(&m, (uint8_t *)0, (uint8_t *)0, &w, e);
    if (r)
        return r;
    {
        struct hvlink_sched_poll_req v;
        r = hvlink_sched_poll_req_parse_at(w.p, w.left, w.offset, w.offset, &v, e);
        if (r)
            return r;
        hvlink_buf_init(&b, out, cap);
        hvlink_sched_poll_req_put(&b, &v);
    }
    *out_len = b.overflow ? (size_t)-1 : b.len;
    return 0;
}

int hvlink_cdiff_sched_remote_shutdown(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e);
int hvlink_cdiff_sched_remote_shutdown(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e)
{
    struct hvlink_buf b;
    int r;
    r = hvlink_sched_remote_shutdown_reply_parse(buf, n, (struct hvlink_msg *)0, e);
    if (r)
        return r;
    hvlink_buf_init(&b, out, cap);
    *out_len = b.overflow ? (size_t)-1 : b.len;
    return 0;
}

int hvlink_cdiff_req_sched_remote_shutdown(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e);
int hvlink_cdiff_req_sched_remote_shutdown(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e)
{
    struct hvlink_msg m;
    struct hvlink_walk w;
    struct hvlink_buf b;
    int r = hvlink_msg_parse(buf, n, &m, e);
    if (r)
        return r;
    r = hvlink_msg_genl(&m, (uint8_t *)0, (uint8_t *)0, &w, e);
    if (r)
        return r;
    {
        struct hvlink_sched_remote_shutdown_req v;
        r = hvlink_sched_remote_shutdown_req_parse_at(w.p, w.left, w.offset, w.offset, &v, e);
        if (r)
            return r;
        hvlink_buf_init(&b, out, cap);
        hvlink_sched_remote_shutdown_req_put(&b, &v);
    }
    *out_len = b.overflow ? (size_t)-1 : b.len;
    return 0;
}

int hvlink_cdiff_sched_shutdown_code(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e);
int hvlink_cdiff_sched_shutdown_code(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e)
{
    struct hvlink_buf b;
    int r;
    r = hvlink_sched_shutdown_code_reply_parse(buf, n, (struct hvlink_msg *)0, e);
    if (r)
        return r;
    hvlink_buf_init(&b, out, cap);
    *out_len = b.overflow ? (size_t)-1 : b.len;
    return 0;
}

int hvlink_cdiff_req_sched_shutdown_code(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e);
int hvlink_cdiff_req_sched_shutdown_code(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e)
{
    struct hvlink_msg m;
    struct hvlink_walk w;
    struct hvlink_buf b;
    int r = hvlink_msg_parse(buf, n, &m, e);
    if (r)
        return r;
    r = hvlink_msg_genl(&m, (uint8_t *)0, (uint8_t *)0, &w, e);
    if (r)
        return r;
    {
        struct hvlink_sched_shutdown_req v;
        r = hvlink_sched_shutdown_req_parse_at(w.p, w.left, w.offset, w.offset, &v, e);
        if (r)
            return r;
        hvlink_buf_init(&b, out, cap);
        hvlink_sched_shutdown_req_put(&b, &v);
    }
    *out_len = b.overflow ? (size_t)-1 : b.len;
    return 0;
}

int hvlink_cdiff_sched_watchdog(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e);
int hvlink_cdiff_sched_watchdog(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e)
{
    struct hvlink_buf b;
    int r;
    struct hvlink_sched_watchdog_reply v;
    r = hvlink_sched_watchdog_reply_parse(buf, n, (struct hvlink_msg *)0, &v, e);
    if (r)
        return r;
    hvlink_buf_init(&b, out, cap);
    hvlink_sched_watchdog_reply_put(&b, &v);
    *out_len = b.overflow ? (size_t)-1 : b.len;
    return 0;
}

int hvlink_cdiff_req_sched_watchdog(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e);
int hvlink_cdiff_req_sched_watchdog(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e)
{
    struct hvlink_msg m;
    struct hvlink_walk w;
    struct hvlink_buf b;
    int r = hvlink_msg_parse(buf, n, &m, e);
    if (r)
        return r;
    r = hvlink_msg_genl(&m, (uint8_t *)0, (uint8_t *)0, &w, e);
    if (r)
        return r;
    {
        struct hvlink_sched_watchdog_req v;
        r = hvlink_sched_watchdog_req_parse_at(w.p, w.left, w.offset, w.offset, &v, e);
        if (r)
            return r;
        hvlink_buf_init(&b, out, cap);
        hvlink_sched_watchdog_req_put(&b, &v);
    }
    *out_len = b.overflow ? (size_t)-1 : b.len;
    return 0;
}

int hvlink_cdiff_sched_pin_override(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e);
int hvlink_cdiff_sched_pin_override(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e)
{
    struct hvlink_buf b;
    int r;
    r = hvlink_sched_pin_override_reply_parse(buf, n, (struct hvlink_msg *)0, e);
    if (r)
        return r;
    hvlink_buf_init(&b, out, cap);
    *out_len = b.overflow ? (size_t)-1 : b.len;
    return 0;
}

int hvlink_cdiff_req_sched_pin_override(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e);
int hvlink_cdiff_req_sched_pin_override(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e)
{
    struct hvlink_msg m;
    struct hvlink_walk w;
    struct hvlink_buf b;
    int r = hvlink_msg_parse(buf, n, &m, e);
    if (r)
        return r;
    r = hvlink_msg_genl(&m, (uint8_t *)0, (uint8_t *)0, &w, e);
    if (r)
        return r;
    {
        struct hvlink_sched_pin_override_req v;
        r = hvlink_sched_pin_override_req_parse_at(w.p, w.left, w.offset, w.offset, &v, e);
        if (r)
            return r;
        hvlink_buf_init(&b, out, cap);
        hvlink_sched_pin_override_req_put(&b, &v);
    }
    *out_len = b.overflow ? (size_t)-1 : b.len;
    return 0;
}

int hvlink_cdiff_event_channel_bind_interdomain(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e);
int hvlink_cdiff_event_channel_bind_interdomain(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e)
{
    struct hvlink_buf b;
    int r;
    struct hvlink_event_channel_bind_interdomain_reply v;
    r = hvlink_event_channel_bind_interdomain_reply_parse(buf, n, (struct hvlink_msg *)0, &v, e);
    if (r)
        return r;
    hvlink_buf_init(&b, out, cap);
    hvlink_event_channel_bind_interdomain_reply_put(&b, &v);
    *out_len = b.overflow ? (size_t)-1 : b.len;
    return 0;
}

int hvlink_cdiff_req_event_channel_bind_interdomain(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e);
int hvlink_cdiff_req_event_channel_bind_interdomain(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e)
{
    struct hvlink_msg m;
    struct hvlink_walk w;
    struct hvlink_buf b;
    int r = hvlink_msg_parse(buf, n, &m, e);
    if (r)
        return r;
    r = hvlink_msg_genl(&m, (uint8_t *)0, (uint8_t *)0, &w, e);
    if (r)
        return r;
    {
        struct hvlink_event_channel_bind_interdomain_req v;
        r = hvlink_event_channel_bind_interdomain_req_parse_at(w.p, w.left, w.offset, w.offset, &v, e);
        if (r)
            return r;
        hvlink_buf_init(&b, out, cap);
        hvlink_event_channel_bind_interdomain_req_put(&b, &v);
    }
    *out_len = b.overflow ? (size_t)-1 : b.len;
    return 0;
}

int hvlink_cdiff_event_channel_bind_virq(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e);
int hvlink_cdiff_event_channel_bind_virq(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e)
{
    struct hvlink_buf b;
    int r;
    struct hvlink_event_channel_port_reply v;
    r = hvlink_event_channel_bind_virq_reply_parse(buf, n, (struct hvlink_msg *)0, &v, e);
    if (r)
        return r;
    hvlink_buf_init(&b, out, cap);
    hvlink_event_channel_port_reply_put(&b, &v);
    *out_len = b.overflow ? (size_t)-1 : b.len;
    return 0;
}

int hvlink_cdiff_req_event_channel_bind_virq(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e);
int hvlink_cdiff_req_event_channel_bind_virq(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e)
{
    struct hvlink_msg m;
    struct hvlink_walk w;
    struct hvlink_buf b;
    int r = hvlink_msg_parse(buf, n, &m, e);
    if (r)
        return r;
    r = hvlink_msg_genl(&m, (uint8_t *)0, (uint8_t *)0, &w, e);
    if (r)
        return r;
    {
        struct hvlink_event_channel_bind_virq_req v;
        r = hvlink_event_channel_bind_virq_req_parse_at(w.p, w.left, w.offset, w.offset, &v, e);
        if (r)
            return r;
        hvlink_buf_init(&b, out, cap);
        hvlink_event_channel_bind_virq_req_put(&b, &v);
    }
    *out_len = b.overflow ? (size_t)-1 : b.len;
    return 0;
}

int hvlink_cdiff_event_channel_bind_pirq(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e);
int hvlink_cdiff_event_channel_bind_pirq(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e)
{
    struct hvlink_buf b;
    int r;
    struct hvlink_event_channel_port_reply v;
    r = hvlink_event_channel_bind_pirq_reply_parse(buf, n, (struct hvlink_msg *)0, &v, e);
    if (r)
        return r;
    hvlink_buf_init(&b, out, cap);
    hvlink_event_channel_port_reply_put(&b, &v);
    *out_len = b.overflow ? (size_t)-1 : b.len;
    return 0;
}

int hvlink_cdiff_req_event_channel_bind_pirq(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e);
int hvlink_cdiff_req_event_channel_bind_pirq(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e)
{
    struct hvlink_msg m;
    struct hvlink_walk w;
    struct hvlink_buf b;
    int r = hvlink_msg_parse(buf, n, &m, e);
    if (r)
        return r;
    r = hvlink_msg_genl(&m, (uint8_t *)0, (uint8_t *)0, &w, e);
    if (r)
        return r;
    {
        struct hvlink_event_channel_bind_pirq_req v;
        r = hvlink_event_channel_bind_pirq_req_parse_at(w.p, w.left, w.offset, w.offset, &v, e);
        if (r)
            return r;
        hvlink_buf_init(&b, out, cap);
        hvlink_event_channel_bind_pirq_req_put(&b, &v);
    }
    *out_len = b.overflow ? (size_t)-1 : b.len;
    return 0;
}

int hvlink_cdiff_event_channel_close(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e);
int hvlink_cdiff_event_channel_close(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e)
{
    struct hvlink_buf b;
    int r;
    r = hvlink_event_channel_close_reply_parse(buf, n, (struct hvlink_msg *)0, e);
    if (r)
        return r;
    hvlink_buf_init(&b, out, cap);
    *out_len = b.overflow ? (size_t)-1 : b.len;
    return 0;
}

int hvlink_cdiff_req_event_channel_close(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e);
int hvlink_cdiff_req_event_channel_close(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e)
{
    struct hvlink_msg m;
    struct hvlink_walk w;
    struct hvlink_buf b;
    int r = hvlink_msg_parse(buf, n, &m, e);
    if (r)
        return r;
    r = hvlink_msg_genl(&m, (uint8_t *)0, (uint8_t *)0, &w, e);
    if (r)
        return r;
    {
        struct hvlink_event_channel_port_req v;
        r = hvlink_event_channel_port_req_parse_at(w.p, w.left, w.offset, w.offset, &v, e);
        if (r)
            return r;
        hvlink_buf_init(&b, out, cap);
        hvlink_event_channel_port_req_put(&b, &v);
    }
    *out_len = b.overflow ? (size_t)-1 : b.len;
    return 0;
}

int hvlink_cdiff_event_channel_send(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e);
int hvlink_cdiff_event_channel_send(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e)
{
    struct hvlink_buf b;
    int r;
    r = hvlink_event_channel_send_reply_parse(buf, n, (struct hvlink_msg *)0, e);
    if (r)
        return r;
    hvlink_buf_init(&b, out, cap);
    *out_len = b.overflow ? (size_t)-1 : b.len;
    return 0;
}

int hvlink_cdiff_req_event_channel_send(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e);
int hvlink_cdiff_req_event_channel_send(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e)
{
    struct hvlink_msg m;
    struct hvlink_walk w;
    struct hvlink_buf b;
    int r = hvlink_msg_parse(buf, n, &m, e);
    if (r)
        return r;
    r = hvlink_msg_genl(&m, (uint8_t *)0, (uint8_t *)0, &w, e);
    if (r)
        return r;
    {
        struct hvlink_event_channel_port_req v;
        r = hvlink_event_channel_port_req_parse_at(w.p, w.left, w.offset, w.offset, &v, e);
        if (r)
            return r;
        hvlink_buf_init(&b, out, cap);
        hvlink_event_channel_port_req_put(&b, &v);
    }
    *out_len = b.overflow ? (size_t)-1 : b.len;
    return 0;
}

int hvlink_cdiff_event_channel_status(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e);
int hvlink_cdiff_event_channel_status(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e)
{
    struct hvlink_buf b;
    int r;
    struct hvlink_event_channel_status_reply v;
    r = hvlink_event_channel_status_reply_parse(buf, n, (struct hvlink_msg *)0, &v, e);
    if (r)
        return r;
    hvlink_buf_init(&b, out, cap);
    hvlink_event_channel_status_reply_put(&b, &v);
    *out_len = b.overflow ? (size_t)-1 : b.len;
    return 0;
}

int hvlink_cdiff_req_event_channel_status(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e);
int hvlink_cdiff_req_event_channel_status(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e)
{
    struct hvlink_msg m;
    struct hvlink_walk w;
    struct hvlink_buf b;
    int r = hvlink_msg_parse(buf, n, &m, e);
    if (r)
        return r;
    r = hvlink_msg_genl(&m, (uint8_t *)0, (uint8_t *)0, &w, e);
    if (r)
        return r;
    {
        struct hvlink_event_channel_status_req v;
        r = hvlink_event_channel_status_req_parse_at(w.p, w.left, w.offset, w.offset, &v, e);
        if (r)
            return r;
        hvlink_buf_init(&b, out, cap);
        hvlink_event_channel_status_req_put(&b, &v);
    }
    *out_len = b.overflow ? (size_t)-1 : b.len;
    return 0;
}

int hvlink_cdiff_event_channel_alloc_unbound(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e);
int hvlink_cdiff_event_channel_alloc_unbound(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e)
{
    struct hvlink_buf b;
    int r;
    struct hvlink_event_channel_port_reply v;
    r = hvlink_event_channel_alloc_unbound_reply_parse(buf, n, (struct hvlink_msg *)0, &v, e);
    if (r)
        return r;
    hvlink_buf_init(&b, out, cap);
    hvlink_event_channel_port_reply_put(&b, &v);
    *out_len = b.overflow ? (size_t)-1 : b.len;
    return 0;
}

int hvlink_cdiff_req_event_channel_alloc_unbound(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e);
int hvlink_cdiff_req_event_channel_alloc_unbound(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e)
{
    struct hvlink_msg m;
    struct hvlink_walk w;
    struct hvlink_buf b;
    int r = hvlink_msg_parse(buf, n, &m, e);
    if (r)
        return r;
    r = hvlink_msg_genl(&m, (uint8_t *)0, (uint8_t *)0, &w, e);
    if (r)
        return r;
    {
        struct hvlink_event_channel_alloc_unbound_req v;
        r = hvlink_event_channel_alloc_unbound_req_parse_at(w.p, w.left, w.offset, w.offset, &v, e);
        if (r)
            return r;
        hvlink_buf_init(&b, out, cap);
        hvlink_event_channel_alloc_unbound_req_put(&b, &v);
    }
    *out_len = b.overflow ? (size_t)-1 : b.len;
    return 0;
}

int hvlink_cdiff_event_channel_bind_ipi(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e);
int hvlink_cdiff_event_channel_bind_ipi(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e)
{
    struct hvlink_buf b;
    int r;
    struct hvlink_event_channel_port_reply v;
    r = hvlink_event_channel_bind_ipi_reply_parse(buf, n, (struct hvlink_msg *)0, &v, e);
    if (r)
        return r;
    hvlink_buf_init(&b, out, cap);
    hvlink_event_channel_port_reply_put(&b, &v);
    *out_len = b.overflow ? (size_t)-1 : b.len;
    return 0;
}

int hvlink_cdiff_req_event_channel_bind_ipi(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e);
int hvlink_cdiff_req_event_channel_bind_ipi(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e)
{
    struct hvlink_msg m;
    struct hvlink_walk w;
    struct hvlink_buf b;
    int r = hvlink_msg_parse(buf, n, &m, e);
    if (r)
        return r;
    r = hvlink_msg_genl(&m, (uint8_t *)0, (uint8_t *)0, &w, e);
    if (r)
        return r;
    {
        struct hvlink_event_channel_bind_ipi_req v;
        r = hvlink_event_channel_bind_ipi_req_parse_at(w.p, w.left, w.offset, w.offset, &v, e);
        if (r)
            return r;
        hvlink_buf_init(&b, out, cap);
        hvlink_event_channel_bind_ipi_req_put(&b, &v);
    }
    *out_len = b.overflow ? (size_t)-1 : b.len;
    return 0;
}

int hvlink_cdiff_event_channel_bind_vcpu(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e);
int hvlink_cdiff_event_channel_bind_vcpu(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e)
{
    struct hvlink_buf b;
    int r;
    r = hvlink_event_channel_bind_vcpu_reply_parse(buf, n, (struct hvlink_msg *)0, e);
    if (r)
        return r;
    hvlink_buf_init(&b, out, cap);
    *out_len = b.overflow ? (size_t)-1 : b.len;
    return 0;
}

int hvlink_cdiff_req_event_channel_bind_vcpu(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e);
int hvlink_cdiff_req_event_channel_bind_vcpu(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e)
{
    struct hvlink_msg m;
    struct hvlink_walk w;
    struct hvlink_buf b;
    int r = hvlink_msg_parse(buf, n, &m, e);
    if (r)
        return r;
    r = hvlink_msg_genl(&m, (uint8_t *)0, (uint8_t *)0, &w, e);
    if (r)
        return r;
    {
        struct hvlink_event_channel_bind_vcpu_req v;
        r = hvlink_event_channel_bind_vcpu_req_parse_at(w.p, w.left, w.offset, w.offset, &v, e);
        if (r)
            return r;
        hvlink_buf_init(&b, out, cap);
        hvlink_event_channel_bind_vcpu_req_put(&b, &v);
    }
    *out_len = b.overflow ? (size_t)-1 : b.len;
    return 0;
}

int hvlink_cdiff_event_channel_unmask(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e);
int hvlink_cdiff_event_channel_unmask(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e)
{
    struct hvlink_buf b;
    int r;
    r = hvlink_event_channel_unmask_reply_parse(buf, n, (struct hvlink_msg *)0, e);
    if (r)
        return r;
    hvlink_buf_init(&b, out, cap);
    *out_len = b.overflow ? (size_t)-1 : b.len;
    return 0;
}

int hvlink_cdiff_req_event_channel_unmask(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e);
int hvlink_cdiff_req_event_channel_unmask(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e)
{
    struct hvlink_msg m;
    struct hvlink_walk w;
    struct hvlink_buf b;
    int r = hvlink_msg_parse(buf, n, &m, e);
    if (r)
        return r;
    r = hvlink_msg_genl(&m, (uint8_t *)0, (uint8_t *)0, &w, e);
    if (r)
        return r;
    {
        struct hvlink_event_channel_port_req v;
        r = hvlink_event_channel_port_req_parse_at(w.p, w.left, w.offset, w.offset, &v, e);
        if (r)
            return r;
        hvlink_buf_init(&b, out, cap);
        hvlink_event_channel_port_req_put(&b, &v);
    }
    *out_len = b.overflow ? (size_t)-1 : b.len;
    return 0;
}

int hvlink_cdiff_event_channel_reset(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e);
int hvlink_cdiff_event_channel_reset(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e)
{
    struct hvlink_buf b;
    int r;
    r = hvlink_event_channel_reset_reply_parse(buf, n, (struct hvlink_msg *)0, e);
    if (r)
        return r;
    hvlink_buf_init(&b, out, cap);
    *out_len = b.overflow ? (size_t)-1 : b.len;
    return 0;
}

int hvlink_cdiff_req_event_channel_reset(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e);
int hvlink_cdiff_req_event_channel_reset(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e)
{
    struct hvlink_msg m;
    struct hvlink_walk w;
    struct hvlink_buf b;
    int r = hvlink_msg_parse(buf, n, &m, e);
    if (r)
        return r;
    r = hvlink_msg_genl(&m, (uint8_t *)0, (uint8_t *)0, &w, e);
    if (r)
        return r;
    {
        struct hvlink_event_channel_reset_req v;
        r = hvlink_event_channel_reset_req_parse_at(w.p, w.left, w.offset, w.offset, &v, e);
        if (r)
            return r;
        hvlink_buf_init(&b, out, cap);
        hvlink_event_channel_reset_req_put(&b, &v);
    }
    *out_len = b.overflow ? (size_t)-1 : b.len;
    return 0;
}

int hvlink_cdiff_event_channel_init_control(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e);
int hvlink_cdiff_event_channel_init_control(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e)
{
    struct hvlink_buf b;
    int r;
    struct hvlink_event_channel_init_control_reply v;
    r = hvlink_event_channel_init_control_reply_parse(buf, n, (struct hvlink_msg *)0, &v, e);
    if (r)
        return r;
    hvlink_buf_init(&b, out, cap);
    hvlink_event_channel_init_control_reply_put(&b, &v);
    *out_len = b.overflow ? (size_t)-1 : b.len;
    return 0;
}

int hvlink_cdiff_req_event_channel_init_control(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e);
int hvlink_cdiff_req_event_channel_init_control(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e)
{
    struct hvlink_msg m;
    struct hvlink_walk w;
    struct hvlink_buf b;
    int r = hvlink_msg_parse(buf, n, &m, e);
    if (r)
        return r;
    r = hvlink_msg_genl(&m, (uint8_t *)0, (uint8_t *)0, &w, e);
    if (r)
        return r;
    {
        struct hvlink_event_channel_init_control_req v;
        r = hvlink_event_channel_init_control_req_parse_at(w.p, w.left, w.offset, w.offset, &v, e);
        if (r)
            return r;
        hvlink_buf_init(&b, out, cap);
        hvlink_event_channel_init_control_req_put(&b, &v);
    }
    *out_len = b.overflow ? (size_t)-1 : b.len;
    return 0;
}

int hvlink_cdiff_event_channel_expand_array(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e);
int hvlink_cdiff_event_channel_expand_array(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e)
{
    struct hvlink_buf b;
    int r;
    r = hvlink_event_channel_expand_array_reply_parse(buf, n, (struct hvlink_msg *)0, e);
    if (r)
        return r;
    hvlink_buf_init(&b, out, cap);
    *out_len = b.overflow ? (size_t)-1 : b.len;
    return 0;
}

int hvlink_cdiff_req_event_channel_expand_array(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e);
int hvlink_cdiff_req_event_channel_expand_array(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e)
{
    struct hvlink_msg m;
    struct hvlink_walk w;
    struct hvlink_buf b;
    int r = hvlink_msg_parse(buf, n, &m, e);
    if (r)
        return r;
    r = hvlink_msg_genl(&m, (uint8_t *)0, (uint8_t *)0, &w, e);
    if (r)
        return r;
    {
        struct hvlink_event_channel_expand_array_req v;
        r = hvlink_event_channel_expand_array_req_parse_at(w.p, w.left, w.offset, w.offset, &v, e);
        if (r)
            return r;
        hvlink_buf_init(&b, out, cap);
        hvlink_event_channel_expand_array_req_put(&b, &v);
    }
    *out_len = b.overflow ? (size_t)-1 : b.len;
    return 0;
}

int hvlink_cdiff_event_channel_set_priority(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e);
int hvlink_cdiff_event_channel_set_priority(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e)
{
    struct hvlink_buf b;
    int r;
    r = hvlink_event_channel_set_priority_reply_parse(buf, n, (struct hvlink_msg *)0, e);
    if (r)
        return r;
    hvlink_buf_init(&b, out, cap);
    *out_len = b.overflow ? (size_t)-1 : b.len;
    return 0;
}

int hvlink_cdiff_req_event_channel_set_priority(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e);
int hvlink_cdiff_req_event_channel_set_priority(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e)
{
    struct hvlink_msg m;
    struct hvlink_walk w;
    struct hvlink_buf b;
    int r = hvlink_msg_parse(buf, n, &m, e);
    if (r)
        return r;
    r = hvlink_msg_genl(&m, (uint8_t *)0, (uint8_t *)0, &w, e);
    if (r)
        return r;
    {
        struct hvlink_event_channel_set_priority_req v;
        r = hvlink_event_channel_set_priority_req_parse_at(w.p, w.left, w.offset, w.offset, &v, e);
        if (r)
            return r;
        hvlink_buf_init(&b, out, cap);
        hvlink_event_channel_set_priority_req_put(&b, &v);
    }
    *out_len = b.overflow ? (size_t)-1 : b.len;
    return 0;
}

int hvlink_cdiff_hvm_set_param(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e);
int hvlink_cdiff_hvm_set_param(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e)
{
    struct hvlink_buf b;
    int r;
    r = hvlink_hvm_set_param_reply_parse(buf, n, (struct hvlink_msg *)0, e);
    if (r)
        return r;
    hvlink_buf_init(&b, out, cap);
    *out_len = b.overflow ? (size_t)-1 : b.len;
    return 0;
}

int hvlink_cdiff_req_hvm_set_param(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e);
int hvlink_cdiff_req_hvm_set_param(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e)
{
    struct hvlink_msg m;
    struct hvlink_walk w;
    struct hvlink_buf b;
    int r = hvlink_msg_parse(buf, n, &m, e);
    if (r)
        return r;
    r = hvlink_msg_genl(&m, (uint8_t *)0, (uint8_t *)0, &w, e);
    if (r)
        return r;
    {
        struct hvlink_hvm_set_param_req v;
        r = hvlink_hvm_set_param_req_parse_at(w.p, w.left, w.offset, w.offset, &v, e);
        if (r)
            return r;
        hvlink_buf_init(&b, out, cap);
        hvlink_hvm_set_param_req_put(&b, &v);
    }
    *out_len = b.overflow ? (size_t)-1 : b.len;
    return 0;
}

int hvlink_cdiff_hvm_get_param(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e);
int hvlink_cdiff_hvm_get_param(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e)
{
    struct hvlink_buf b;
    int r;
    struct hvlink_hvm_param_reply v;
    r = hvlink_hvm_get_param_reply_parse(buf, n, (struct hvlink_msg *)0, &v, e);
    if (r)
        return r;
    hvlink_buf_init(&b, out, cap);
    hvlink_hvm_param_reply_put(&b, &v);
    *out_len = b.overflow ? (size_t)-1 : b.len;
    return 0;
}

int hvlink_cdiff_req_hvm_get_param(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e);
int hvlink_cdiff_req_hvm_get_param(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e)
{
    struct hvlink_msg m;
    struct hvlink_walk w;
    struct hvlink_buf b;
    int r = hvlink_msg_parse(buf, n, &m, e);
    if (r)
        return r;
    r = hvlink_msg_genl(&m, (uint8_t *)0, (uint8_t *)0, &w, e);
    if (r)
        return r;
    {
        struct hvlink_hvm_param_req v;
        r = hvlink_hvm_param_req_parse_at(w.p, w.left, w.offset, w.offset, &v, e);
        if (r)
            return r;
        hvlink_buf_init(&b, out, cap);
        hvlink_hvm_param_req_put(&b, &v);
    }
    *out_len = b.overflow ? (size_t)-1 : b.len;
    return 0;
}

int hvlink_cdiff_hvm_flush_tlbs(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e);
int hvlink_cdiff_hvm_flush_tlbs(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e)
{
    struct hvlink_buf b;
    int r;
    r = hvlink_hvm_flush_tlbs_reply_parse(buf, n, (struct hvlink_msg *)0, e);
    if (r)
        return r;
    hvlink_buf_init(&b, out, cap);
    *out_len = b.overflow ? (size_t)-1 : b.len;
    return 0;
}

int hvlink_cdiff_req_hvm_flush_tlbs(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e);
int hvlink_cdiff_req_hvm_flush_tlbs(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e)
{
    struct hvlink_msg m;
    struct hvlink_walk w;
    struct hvlink_buf b;
    int r = hvlink_msg_parse(buf, n, &m, e);
    if (r)
        return r;
    r = hvlink_msg_genl(&m, (uint8_t *)0, (uint8_t *)0, &w, e);
    if (r)
        return r;
    r = hvlink_empty_parse(&w, e);
    if (r)
        return r;
    hvlink_buf_init(&b, out, cap);
    *out_len = b.overflow ? (size_t)-1 : b.len;
    return 0;
}

int hvlink_cdiff_hvm_get_time(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e);
int hvlink_cdiff_hvm_get_time(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e)
{
    struct hvlink_buf b;
    int r;
    struct hvlink_hvm_time_reply v;
    r = hvlink_hvm_get_time_reply_parse(buf, n, (struct hvlink_msg *)0, &v, e);
    if (r)
        return r;
    hvlink_buf_init(&b, out, cap);
    hvlink_hvm_time_reply_put(&b, &v);
    *out_len = b.overflow ? (size_t)-1 : b.len;
    return 0;
}

int hvlink_cdiff_req_hvm_get_time(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e);
int hvlink_cdiff_req_hvm_get_time(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e)
{
    struct hvlink_msg m;
    struct hvlink_walk w;
    struct hvlink_buf b;
    int r = hvlink_msg_parse(buf, n, &m, e);
    if (r)
        return r;
    r = hvlink_msg_genl(&m, (uint8_t *)0, (uint8_t *)0, &w, e);
    if (r)
        return r;
    r = hvlink_empty_parse(&w, e);
    if (r)
        return r;
    hvlink_buf_init(&b, out, cap);
    *out_len = b.overflow ? (size_t)-1 : b.len;
    return 0;
}

int hvlink_cdiff_hvm_get_mem_type(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e);
int hvlink_cdiff_hvm_get_mem_type(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e)
{
    struct hvlink_buf b;
    int r;
    struct hvlink_hvm_mem_type_reply v;
    r = hvlink_hvm_get_mem_type_reply_parse(buf, n, (struct hvlink_msg *)0, &v, e);
    if (r)
        return r;
    hvlink_buf_init(&b, out, cap);
    hvlink_hvm_mem_type_reply_put(&b, &v);
    *out_len = b.overflow ? (size_t)-1 : b.len;
    return 0;
}

int hvlink_cdiff_req_hvm_get_mem_type(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e);
int hvlink_cdiff_req_hvm_get_mem_type(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e)
{
    struct hvlink_msg m;
    struct hvlink_walk w;
    struct hvlink_buf b;
    int r = hvlink_msg_parse(buf, n, &m, e);
    if (r)
        return r;
    r = hvlink_msg_genl(&m, (uint8_t *)0, (uint8_t *)0, &w, e);
    if (r)
        return r;
    {
        struct hvlink_hvm_mem_type_req v;
        r = hvlink_hvm_mem_type_req_parse_at(w.p, w.left, w.offset, w.offset, &v, e);
        if (r)
            return r;
        hvlink_buf_init(&b, out, cap);
        hvlink_hvm_mem_type_req_put(&b, &v);
    }
    *out_len = b.overflow ? (size_t)-1 : b.len;
    return 0;
}

int hvlink_cdiff_hvm_set_evtchn_upcall_vector(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e);
int hvlink_cdiff_hvm_set_evtchn_upcall_vector(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e)
{
    struct hvlink_buf b;
    int r;
    r = hvlink_hvm_set_evtchn_upcall_vector_reply_parse(buf, n, (struct hvlink_msg *)0, e);
    if (r)
        return r;
    hvlink_buf_init(&b, out, cap);
    *out_len = b.overflow ? (size_t)-1 : b.len;
    return 0;
}

int hvlink_cdiff_req_hvm_set_evtchn_upcall_vector(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e);
int hvlink_cdiff_req_hvm_set_evtchn_upcall_vector(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e)
{
    struct hvlink_msg m;
    struct hvlink_walk w;
    struct hvlink_buf b;
    int r = hvlink_msg_parse(buf, n, &m, e);
    if (r)
        return r;
    r = hvlink_msg_genl(&m, (uint8_t *)0, (uint8_t *)0, &w, e);
    if (r)
        return r;
    {
        struct hvlink_hvm_upcall_vector_req v;
        r = hvlink_hvm_upcall_vector_req_parse_at(w.p, w.left, w.offset, w.offset, &v, e);
        if (r)
            return r;
        hvlink_buf_init(&b, out, cap);
        hvlink_hvm_upcall_vector_req_put(&b, &v);
    }
    *out_len = b.overflow ? (size_t)-1 : b.len;
    return 0;
}

int hvlink_cdiff_sysctl_readconsole(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e);
int hvlink_cdiff_sysctl_readconsole(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e)
{
    struct hvlink_buf b;
    int r;
    struct hvlink_sysctl_console_reply v;
    r = hvlink_sysctl_readconsole_reply_parse(buf, n, (struct hvlink_msg *)0, &v, e);
    if (r)
        return r;
    hvlink_buf_init(&b, out, cap);
    hvlink_sysctl_console_reply_put(&b, &v);
    *out_len = b.overflow ? (size_t)-1 : b.len;
    return 0;
}

int hvlink_cdiff_req_sysctl_readconsole(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e);
int hvlink_cdiff_req_sysctl_readconsole(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e)
{
    struct hvlink_msg m;
    struct hvlink_walk w;
    struct hvlink_buf b;
    int r = hvlink_msg_parse(buf, n, &m, e);
    if (r)
        return r;
    r = hvlink_msg_genl(&m, (uint8_t *)0, (uint8_t *)0, &w, e);
    if (r)
        return r;
    {
        struct hvlink_sysctl_console_req v;
        r = hvlink_sysctl_console_req_parse_at(w.p, w.left, w.offset, w.offset, &v, e);
        if (r)
            return r;
        hvlink_buf_init(&b, out, cap);
        hvlink_sysctl_console_req_put(&b, &v);
    }
    *out_len = b.overflow ? (size_t)-1 : b.len;
    return 0;
}

int hvlink_cdiff_sysctl_physinfo(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e);
int hvlink_cdiff_sysctl_physinfo(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e)
{
    struct hvlink_buf b;
    int r;
    struct hvlink_sysctl_physinfo_reply v;
    r = hvlink_sysctl_physinfo_reply_parse(buf, n, (struct hvlink_msg *)0, &v, e);
    if (r)
        return r;
    hvlink_buf_init(&b, out, cap);
    hvlink_sysctl_physinfo_reply_put(&b, &v);
    *out_len = b.overflow ? (size_t)-1 : b.len;
    return 0;
}

int hvlink_cdiff_req_sysctl_physinfo(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e);
int hvlink_cdiff_req_sysctl_physinfo(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e)
{
    struct hvlink_msg m;
    struct hvlink_walk w;
    struct hvlink_buf b;
    int r = hvlink_msg_parse(buf, n, &m, e);
    if (r)
        return r;
    r = hvlink_msg_genl(&m, (uint8_t *)0, (uint8_t *)0, &w, e);
    if (r)
        return r;
    r = hvlink_empty_parse(&w, e);
    if (r)
        return r;
    hvlink_buf_init(&b, out, cap);
    *out_len = b.overflow ? (size_t)-1 : b.len;
    return 0;
}

int hvlink_cdiff_sysctl_getdomaininfolist(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e);
int hvlink_cdiff_sysctl_getdomaininfolist(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e)
{
    struct hvlink_buf b;
    int r;
    struct hvlink_sysctl_list_reply v;
    r = hvlink_sysctl_getdomaininfolist_reply_parse(buf, n, (struct hvlink_msg *)0, &v, e);
    if (r)
        return r;
    hvlink_buf_init(&b, out, cap);
    hvlink_sysctl_list_reply_put(&b, &v);
    *out_len = b.overflow ? (size_t)-1 : b.len;
    return 0;
}

int hvlink_cdiff_req_sysctl_getdomaininfolist(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e);
int hvlink_cdiff_req_sysctl_getdomaininfolist(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e)
{
    struct hvlink_msg m;
    struct hvlink_walk w;
    struct hvlink_buf b;
    int r = hvlink_msg_parse(buf, n, &m, e);
    if (r)
        return r;
    r = hvlink_msg_genl(&m, (uint8_t *)0, (uint8_t *)0, &w, e);
    if (r)
        return r;
    {
        struct hvlink_sysctl_list_req v;
        r = hvlink_sysctl_list_req_parse_at(w.p, w.left, w.offset, w.offset, &v, e);
        if (r)
            return r;
        hvlink_buf_init(&b, out, cap);
        hvlink_sysctl_list_req_put(&b, &v);
    }
    *out_len = b.overflow ? (size_t)-1 : b.len;
    return 0;
}

int hvlink_cdiff_domctl_createdomain(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e);
int hvlink_cdiff_domctl_createdomain(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e)
{
    struct hvlink_buf b;
    int r;
    struct hvlink_domctl_create_reply v;
    r = hvlink_domctl_createdomain_reply_parse(buf, n, (struct hvlink_msg *)0, &v, e);
    if (r)
        return r;
    hvlink_buf_init(&b, out, cap);
    hvlink_domctl_create_reply_put(&b, &v);
    *out_len = b.overflow ? (size_t)-1 : b.len;
    return 0;
}

int hvlink_cdiff_req_domctl_createdomain(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e);
int hvlink_cdiff_req_domctl_createdomain(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e)
{
    struct hvlink_msg m;
    struct hvlink_walk w;
    struct hvlink_buf b;
    int r = hvlink_msg_parse(buf, n, &m, e);
    if (r)
        return r;
    r = hvlink_msg_genl(&m, (uint8_t *)0, (uint8_t *)0, &w, e);
    if (r)
        return r;
    {
        struct hvlink_domctl_create_req v;
        r = hvlink_domctl_create_req_parse_at(w.p, w.left, w.offset, w.offset, &v, e);
        if (r)
            return r;
        hvlink_buf_init(&b, out, cap);
        hvlink_domctl_create_req_put(&b, &v);
    }
    *out_len = b.overflow ? (size_t)-1 : b.len;
    return 0;
}

int hvlink_cdiff_domctl_destroydomain(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e);
int hvlink_cdiff_domctl_destroydomain(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e)
{
    struct hvlink_buf b;
    int r;
    r = hvlink_domctl_destroydomain_reply_parse(buf, n, (struct hvlink_msg *)0, e);
    if (r)
        return r;
    hvlink_buf_init(&b, out, cap);
    *out_len = b.overflow ? (size_t)-1 : b.len;
    return 0;
}

int hvlink_cdiff_req_domctl_destroydomain(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e);
int hvlink_cdiff_req_domctl_destroydomain(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e)
{
    struct hvlink_msg m;
    struct hvlink_walk w;
    struct hvlink_buf b;
    int r = hvlink_msg_parse(buf, n, &m, e);
    if (r)
        return r;
    r = hvlink_msg_genl(&m, (uint8_t *)0, (uint8_t *)0, &w, e);
    if (r)
        return r;
    {
        struct hvlink_domctl_dom_req v;
        r = hvlink_domctl_dom_req_parse_at(w.p, w.left, w.offset, w.offset, &v, e);
        if (r)
            return r;
        hvlink_buf_init(&b, out, cap);
        hvlink_domctl_dom_req_put(&b, &v);
    }
    *out_len = b.overflow ? (size_t)-1 : b.len;
    return 0;
}

int hvlink_cdiff_domctl_pausedomain(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e);
int hvlink_cdiff_domctl_pausedomain(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e)
{
    struct hvlink_buf b;
    int r;
    r = hvlink_domctl_pausedomain_reply_parse(buf, n, (struct hvlink_msg *)0, e);
    if (r)
        return r;
    hvlink_buf_init(&b, out, cap);
    *out_len = b.overflow ? (size_t)-1 : b.len;
    return 0;
}

int hvlink_cdiff_req_domctl_pausedomain(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e);
int hvlink_cdiff_req_domctl_pausedomain(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e)
{
    struct hvlink_msg m;
    struct hvlink_walk w;
    struct hvlink_buf b;
    int r = hvlink_msg_parse(buf, n, &m, e);
    if (r)
        return r;
    r = hvlink_msg_genl(&m, (uint8_t *)0, (uint8_t *)0, &w, e);
    if (r)
        return r;
    {
        struct hvlink_domctl_dom_req v;
        r = hvlink_domctl_dom_req_parse_at(w.p, w.left, w.offset, w.offset, &v, e);
        if (r)
            return r;
        hvlink_buf_init(&b, out, cap);
        hvlink_domctl_dom_req_put(&b, &v);
    }
    *out_len = b.overflow ? (size_t)-1 : b.len;
    return 0;
}

int hvlink_cdiff_domctl_unpausedomain(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e);
int hvlink_cdiff_domctl_unpausedomain(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e)
{
    struct hvlink_buf b;
    int r;
    r = hvlink_domctl_unpausedomain_reply_parse(buf, n, (struct hvlink_msg *)0, e);
    if (r)
        return r;
    hvlink_buf_init(&b, out, cap);
    *out_len = b.overflow ? (size_t)-1 : b.len;
    return 0;
}

int hvlink_cdiff_req_domctl_unpausedomain(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e);
int hvlink_cdiff_req_domctl_unpausedomain(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e)
{
    struct hvlink_msg m;
    struct hvlink_walk w;
    struct hvlink_buf b;
    int r = hvlink_msg_parse(buf, n, &m, e);
    if (r)
        return r;
    r = hvlink_msg_genl(&m, (uint8_t *)0, (uint8_t *)0, &w, e);
    if (r)
        return r;
    {
        struct hvlink_domctl_dom_req v;
        r = hvlink_domctl_dom_req_parse_at(w.p, w.left, w.offset, w.offset, &v, e);
        if (r)
            return r;
        hvlink_buf_init(&b, out, cap);
        hvlink_domctl_dom_req_put(&b, &v);
    }
    *out_len = b.overflow ? (size_t)-1 : b.len;
    return 0;
}

int hvlink_cdiff_domctl_getdomaininfo(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e);
int hvlink_cdiff_domctl_getdomaininfo(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e)
{
    struct hvlink_buf b;
    int r;
    struct hvlink_domctl_info v;
    r = hvlink_domctl_getdomaininfo_reply_parse(buf, n, (struct hvlink_msg *)0, &v, e);
    if (r)
        return r;
    hvlink_buf_init(&b, out, cap);
    hvlink_domctl_info_put(&b, &v);
    *out_len = b.overflow ? (size_t)-1 : b.len;
    return 0;
}

int hvlink_cdiff_req_domctl_getdomaininfo(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e);
int hvlink_cdiff_req_domctl_getdomaininfo(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e)
{
    struct hvlink_msg m;
    struct hvlink_walk w;
    struct hvlink_buf b;
    int r = hvlink_msg_parse(buf, n, &m, e);
    if (r)
        return r;
    r = hvlink_msg_genl(&m, (uint8_t *)0, (uint8_t *)0, &w, e);
    if (r)
        return r;
    {
        struct hvlink_domctl_query_req v;
        r = hvlink_domctl_query_req_parse_at(w.p, w.left, w.offset, w.offset, &v, e);
        if (r)
            return r;
        hvlink_buf_init(&b, out, cap);
        hvlink_domctl_query_req_put(&b, &v);
    }
    *out_len = b.overflow ? (size_t)-1 : b.len;
    return 0;
}

int hvlink_cdiff_domctl_setvcpuaffinity(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e);
int hvlink_cdiff_domctl_setvcpuaffinity(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e)
{
    struct hvlink_buf b;
    int r;
    struct hvlink_domctl_affinity_reply v;
    r = hvlink_domctl_setvcpuaffinity_reply_parse(buf, n, (struct hvlink_msg *)0, &v, e);
    if (r)
        return r;
    hvlink_buf_init(&b, out, cap);
    hvlink_domctl_affinity_reply_put(&b, &v);
    *out_len = b.overflow ? (size_t)-1 : b.len;
    return 0;
}

int hvlink_cdiff_req_domctl_setvcpuaffinity(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e);
int hvlink_cdiff_req_domctl_setvcpuaffinity(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e)
{
    struct hvlink_msg m;
    struct hvlink_walk w;
    struct hvlink_buf b;
    int r = hvlink_msg_parse(buf, n, &m, e);
    if (r)
        return r;
    r = hvlink_msg_genl(&m, (uint8_t *)0, (uint8_t *)0, &w, e);
    if (r)
        return r;
    {
        struct hvlink_domctl_affinity_req v;
        r = hvlink_domctl_affinity_req_parse_at(w.p, w.left, w.offset, w.offset, &v, e);
        if (r)
            return r;
        hvlink_buf_init(&b, out, cap);
        hvlink_domctl_affinity_req_put(&b, &v);
    }
    *out_len = b.overflow ? (size_t)-1 : b.len;
    return 0;
}

int hvlink_cdiff_domctl_max_mem(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e);
int hvlink_cdiff_domctl_max_mem(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e)
{
    struct hvlink_buf b;
    int r;
    r = hvlink_domctl_max_mem_reply_parse(buf, n, (struct hvlink_msg *)0, e);
    if (r)
        return r;
    hvlink_buf_init(&b, out, cap);
    *out_len = b.overflow ? (size_t)-1 : b.len;
    return 0;
}

int hvlink_cdiff_req_domctl_max_mem(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e);
int hvlink_cdiff_req_domctl_max_mem(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e)
{
    struct hvlink_msg m;
    struct hvlink_walk w;
    struct hvlink_buf b;
    int r = hvlink_msg_parse(buf, n, &m, e);
    if (r)
        return r;
    r = hvlink_msg_genl(&m, (uint8_t *)0, (uint8_t *)0, &w, e);
    if (r)
        return r;
    {
        struct hvlink_domctl_max_mem_req v;
        r = hvlink_domctl_max_mem_req_parse_at(w.p, w.left, w.offset, w.offset, &v, e);
        if (r)
            return r;
        hvlink_buf_init(&b, out, cap);
        hvlink_domctl_max_mem_req_put(&b, &v);
    }
    *out_len = b.overflow ? (size_t)-1 : b.len;
    return 0;
}

int hvlink_cdiff_domctl_getvcpuinfo(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e);
int hvlink_cdiff_domctl_getvcpuinfo(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e)
{
    struct hvlink_buf b;
    int r;
    struct hvlink_domctl_vcpuinfo_reply v;
    r = hvlink_domctl_getvcpuinfo_reply_parse(buf, n, (struct hvlink_msg *)0, &v, e);
    if (r)
        return r;
    hvlink_buf_init(&b, out, cap);
    hvlink_domctl_vcpuinfo_reply_put(&b, &v);
    *out_len = b.overflow ? (size_t)-1 : b.len;
    return 0;
}

int hvlink_cdiff_req_domctl_getvcpuinfo(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e);
int hvlink_cdiff_req_domctl_getvcpuinfo(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e)
{
    struct hvlink_msg m;
    struct hvlink_walk w;
    struct hvlink_buf b;
    int r = hvlink_msg_parse(buf, n, &m, e);
    if (r)
        return r;
    r = hvlink_msg_genl(&m, (uint8_t *)0, (uint8_t *)0, &w, e);
    if (r)
        return r;
    {
        struct hvlink_domctl_vcpu_query_req v;
        r = hvlink_domctl_vcpu_query_req_parse_at(w.p, w.left, w.offset, w.offset, &v, e);
        if (r)
            return r;
        hvlink_buf_init(&b, out, cap);
        hvlink_domctl_vcpu_query_req_put(&b, &v);
    }
    *out_len = b.overflow ? (size_t)-1 : b.len;
    return 0;
}

int hvlink_cdiff_domctl_max_vcpus(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e);
int hvlink_cdiff_domctl_max_vcpus(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e)
{
    struct hvlink_buf b;
    int r;
    r = hvlink_domctl_max_vcpus_reply_parse(buf, n, (struct hvlink_msg *)0, e);
    if (r)
        return r;
    hvlink_buf_init(&b, out, cap);
    *out_len = b.overflow ? (size_t)-1 : b.len;
    return 0;
}

int hvlink_cdiff_req_domctl_max_vcpus(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e);
int hvlink_cdiff_req_domctl_max_vcpus(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e)
{
    struct hvlink_msg m;
    struct hvlink_walk w;
    struct hvlink_buf b;
    int r = hvlink_msg_parse(buf, n, &m, e);
    if (r)
        return r;
    r = hvlink_msg_genl(&m, (uint8_t *)0, (uint8_t *)0, &w, e);
    if (r)
        return r;
    {
        struct hvlink_domctl_max_vcpus_req v;
        r = hvlink_domctl_max_vcpus_req_parse_at(w.p, w.left, w.offset, w.offset, &v, e);
        if (r)
            return r;
        hvlink_buf_init(&b, out, cap);
        hvlink_domctl_max_vcpus_req_put(&b, &v);
    }
    *out_len = b.overflow ? (size_t)-1 : b.len;
    return 0;
}

int hvlink_cdiff_domctl_settimeoffset(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e);
int hvlink_cdiff_domctl_settimeoffset(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e)
{
    struct hvlink_buf b;
    int r;
    r = hvlink_domctl_settimeoffset_reply_parse(buf, n, (struct hvlink_msg *)0, e);
    if (r)
        return r;
    hvlink_buf_init(&b, out, cap);
    *out_len = b.overflow ? (size_t)-1 : b.len;
    return 0;
}

int hvlink_cdiff_req_domctl_settimeoffset(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e);
int hvlink_cdiff_req_domctl_settimeoffset(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e)
{
    struct hvlink_msg m;
    struct hvlink_walk w;
    struct hvlink_buf b;
    int r = hvlink_msg_parse(buf, n, &m, e);
    if (r)
        return r;
    r = hvlink_msg_genl(&m, (uint8_t *)0, (uint8_t *)0, &w, e);
    if (r)
        return r;
    {
        struct hvlink_domctl_time_offset_req v;
        r = hvlink_domctl_time_offset_req_parse_at(w.p, w.left, w.offset, w.offset, &v, e);
        if (r)
            return r;
        hvlink_buf_init(&b, out, cap);
        hvlink_domctl_time_offset_req_put(&b, &v);
    }
    *out_len = b.overflow ? (size_t)-1 : b.len;
    return 0;
}

int hvlink_cdiff_domctl_getvcpuaffinity(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e);
int hvlink_cdiff_domctl_getvcpuaffinity(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e)
{
    struct hvlink_buf b;
    int r;
    struct hvlink_domctl_affinity_reply v;
    r = hvlink_domctl_getvcpuaffinity_reply_parse(buf, n, (struct hvlink_msg *)0, &v, e);
    if (r)
        return r;
    hvlink_buf_init(&b, out, cap);
    hvlink_domctl_affinity_reply_put(&b, &v);
    *out_len = b.overflow ? (size_t)-1 : b.len;
    return 0;
}

int hvlink_cdiff_req_domctl_getvcpuaffinity(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e);
int hvlink_cdiff_req_domctl_getvcpuaffinity(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e)
{
    struct hvlink_msg m;
    struct hvlink_walk w;
    struct hvlink_buf b;
    int r = hvlink_msg_parse(buf, n, &m, e);
    if (r)
        return r;
    r = hvlink_msg_genl(&m, (uint8_t *)0, (uint8_t *)0, &w, e);
    if (r)
        return r;
    {
        struct hvlink_domctl_vcpu_query_req v;
        r = hvlink_domctl_vcpu_query_req_parse_at(w.p, w.left, w.offset, w.offset, &v, e);
        if (r)
            return r;
        hvlink_buf_init(&b, out, cap);
        hvlink_domctl_vcpu_query_req_put(&b, &v);
    }
    *out_len = b.overflow ? (size_t)-1 : b.len;
    return 0;
}

int hvlink_cdiff_domctl_set_target(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e);
int hvlink_cdiff_domctl_set_target(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e)
{
    struct hvlink_buf b;
    int r;
    r = hvlink_domctl_set_target_reply_parse(buf, n, (struct hvlink_msg *)0, e);
    if (r)
        return r;
    hvlink_buf_init(&b, out, cap);
    *out_len = b.overflow ? (size_t)-1 : b.len;
    return 0;
}

int hvlink_cdiff_req_domctl_set_target(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e);
int hvlink_cdiff_req_domctl_set_target(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e)
{
    struct hvlink_msg m;
    struct hvlink_walk w;
    struct hvlink_buf b;
    int r = hvlink_msg_parse(buf, n, &m, e);
    if (r)
        return r;
    r = hvlink_msg_genl(&m, (uint8_t *)0, (uint8_t *)0, &w, e);
    if (r)
        return r;
    {
        struct hvlink_domctl_set_target_req v;
        r = hvlink_domctl_set_target_req_parse_at(w.p, w.left, w.offset, w.offset, &v, e);
        if (r)
            return r;
        hvlink_buf_init(&b, out, cap);
        hvlink_domctl_set_target_req_put(&b, &v);
    }
    *out_len = b.overflow ? (size_t)-1 : b.len;
    return 0;
}

int hvlink_cdiff_domctl_get_paging_mempool_size(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e);
int hvlink_cdiff_domctl_get_paging_mempool_size(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e)
{
    struct hvlink_buf b;
    int r;
    struct hvlink_domctl_mempool_reply v;
    r = hvlink_domctl_get_paging_mempool_size_reply_parse(buf, n, (struct hvlink_msg *)0, &v, e);
    if (r)
        return r;
    hvlink_buf_init(&b, out, cap);
    hvlink_domctl_mempool_reply_put(&b, &v);
    *out_len = b.overflow ? (size_t)-1 : b.len;
    return 0;
}

int hvlink_cdiff_req_domctl_get_paging_mempool_size(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e);
int hvlink_cdiff_req_domctl_get_paging_mempool_size(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e)
{
    struct hvlink_msg m;
    struct hvlink_walk w;
    struct hvlink_buf b;
    int r = hvlink_msg_parse(buf, n, &m, e);
    if (r)
        return r;
    r = hvlink_msg_genl(&m, (uint8_t *)0, (uint8_t *)0, &w, e);
    if (r)
        return r;
    {
        struct hvlink_domctl_dom_req v;
        r = hvlink_domctl_dom_req_parse_at(w.p, w.left, w.offset, w.offset, &v, e);
        if (r)
            return r;
        hvlink_buf_init(&b, out, cap);
        hvlink_domctl_dom_req_put(&b, &v);
    }
    *out_len = b.overflow ? (size_t)-1 : b.len;
    return 0;
}

int hvlink_cdiff_domctl_set_paging_mempool_size(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e);
int hvlink_cdiff_domctl_set_paging_mempool_size(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e)
{
    struct hvlink_buf b;
    int r;
    r = hvlink_domctl_set_paging_mempool_size_reply_parse(buf, n, (struct hvlink_msg *)0, e);
    if (r)
        return r;
    hvlink_buf_init(&b, out, cap);
    *out_len = b.overflow ? (size_t)-1 : b.len;
    return 0;
}

int hvlink_cdiff_req_domctl_set_paging_mempool_size(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e);
int hvlink_cdiff_req_domctl_set_paging_mempool_size(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e)
{
    struct hvlink_msg m;
    struct hvlink_walk w;
    struct hvlink_buf b;
    int r = hvlink_msg_parse(buf, n, &m, e);
    if (r)
        return r;
    r = hvlink_msg_genl(&m, (uint8_t *)0, (uint8_t *)0, &w, e);
    if (r)
        return r;
    {
        struct hvlink_domctl_mempool_req v;
        r = hvlink_domctl_mempool_req_parse_at(w.p, w.left, w.offset, w.offset, &v, e);
        if (r)
            return r;
        hvlink_buf_init(&b, out, cap);
        hvlink_domctl_mempool_req_put(&b, &v);
    }
    *out_len = b.overflow ? (size_t)-1 : b.len;
    return 0;
}

int hvlink_cdiff_control_ping(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e);
int hvlink_cdiff_control_ping(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e)
{
    struct hvlink_buf b;
    int r;
    struct hvlink_control_ping_msg v;
    r = hvlink_control_ping_reply_parse(buf, n, (struct hvlink_msg *)0, &v, e);
    if (r)
        return r;
    hvlink_buf_init(&b, out, cap);
    hvlink_control_ping_msg_put(&b, &v);
    *out_len = b.overflow ? (size_t)-1 : b.len;
    return 0;
}

int hvlink_cdiff_req_control_ping(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e);
int hvlink_cdiff_req_control_ping(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e)
{
    struct hvlink_msg m;
    struct hvlink_walk w;
    struct hvlink_buf b;
    int r = hvlink_msg_parse(buf, n, &m, e);
    if (r)
        return r;
    r = hvlink_msg_genl(&m, (uint8_t *)0, (uint8_t *)0, &w, e);
    if (r)
        return r;
    {
        struct hvlink_control_ping_msg v;
        r = hvlink_control_ping_msg_parse_at(w.p, w.left, w.offset, w.offset, &v, e);
        if (r)
            return r;
        hvlink_buf_init(&b, out, cap);
        hvlink_control_ping_msg_put(&b, &v);
    }
    *out_len = b.overflow ? (size_t)-1 : b.len;
    return 0;
}

int hvlink_cdiff_control_get_family(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e);
int hvlink_cdiff_control_get_family(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e)
{
    struct hvlink_buf b;
    int r;
    struct hvlink_control_get_family_reply v;
    r = hvlink_control_get_family_reply_parse(buf, n, (struct hvlink_msg *)0, &v, e);
    if (r)
        return r;
    hvlink_buf_init(&b, out, cap);
    hvlink_control_get_family_reply_put(&b, &v);
    *out_len = b.overflow ? (size_t)-1 : b.len;
    return 0;
}

int hvlink_cdiff_req_control_get_family(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e);
int hvlink_cdiff_req_control_get_family(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e)
{
    struct hvlink_msg m;
    struct hvlink_walk w;
    struct hvlink_buf b;
    int r = hvlink_msg_parse(buf, n, &m, e);
    if (r)
        return r;
    r = hvlink_msg_genl(&m, (uint8_t *)0, (uint8_t *)0, &w, e);
    if (r)
        return r;
    {
        struct hvlink_control_get_family_req v;
        r = hvlink_control_get_family_req_parse_at(w.p, w.left, w.offset, w.offset, &v, e);
        if (r)
            return r;
        hvlink_buf_init(&b, out, cap);
        hvlink_control_get_family_req_put(&b, &v);
    }
    *out_len = b.overflow ? (size_t)-1 : b.len;
    return 0;
}

int hvlink_cdiff_control_get_policy(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e);
int hvlink_cdiff_control_get_policy(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e)
{
    struct hvlink_buf b;
    int r;
    struct hvlink_control_get_policy_reply v;
    r = hvlink_control_get_policy_reply_parse(buf, n, (struct hvlink_msg *)0, &v, e);
    if (r)
        return r;
    hvlink_buf_init(&b, out, cap);
    hvlink_control_get_policy_reply_put(&b, &v);
    *out_len = b.overflow ? (size_t)-1 : b.len;
    return 0;
}

int hvlink_cdiff_req_control_get_policy(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e);
int hvlink_cdiff_req_control_get_policy(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e)
{
    struct hvlink_msg m;
    struct hvlink_walk w;
    struct hvlink_buf b;
    int r = hvlink_msg_parse(buf, n, &m, e);
    if (r)
        return r;
    r = hvlink_msg_genl(&m, (uint8_t *)0, (uint8_t *)0, &w, e);
    if (r)
        return r;
    {
        struct hvlink_control_get_policy_req v;
        r = hvlink_control_get_policy_req_parse_at(w.p, w.left, w.offset, w.offset, &v, e);
        if (r)
            return r;
        hvlink_buf_init(&b, out, cap);
        hvlink_control_get_policy_req_put(&b, &v);
    }
    *out_len = b.overflow ? (size_t)-1 : b.len;
    return 0;
}

int hvlink_cdiff_control_negotiate(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e);
int hvlink_cdiff_control_negotiate(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e)
{
    struct hvlink_buf b;
    int r;
    struct hvlink_control_negotiate_msg v;
    r = hvlink_control_negotiate_reply_parse(buf, n, (struct hvlink_msg *)0, &v, e);
    if (r)
        return r;
    hvlink_buf_init(&b, out, cap);
    hvlink_control_negotiate_msg_put(&b, &v);
    *out_len = b.overflow ? (size_t)-1 : b.len;
    return 0;
}

int hvlink_cdiff_req_control_negotiate(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e);
int hvlink_cdiff_req_control_negotiate(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e)
{
    struct hvlink_msg m;
    struct hvlink_walk w;
    struct hvlink_buf b;
    int r = hvlink_msg_parse(buf, n, &m, e);
    if (r)
        return r;
    r = hvlink_msg_genl(&m, (uint8_t *)0, (uint8_t *)0, &w, e);
    if (r)
        return r;
    {
        struct hvlink_control_negotiate_msg v;
        r = hvlink_control_negotiate_msg_parse_at(w.p, w.left, w.offset, w.offset, &v, e);
        if (r)
            return r;
        hvlink_buf_init(&b, out, cap);
        hvlink_control_negotiate_msg_put(&b, &v);
    }
    *out_len = b.overflow ? (size_t)-1 : b.len;
    return 0;
}

int hvlink_cdiff_control_queue_setup(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e);
int hvlink_cdiff_control_queue_setup(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e)
{
    struct hvlink_buf b;
    int r;
    struct hvlink_control_queue_setup_reply v;
    r = hvlink_control_queue_setup_reply_parse(buf, n, (struct hvlink_msg *)0, &v, e);
    if (r)
        return r;
    hvlink_buf_init(&b, out, cap);
    hvlink_control_queue_setup_reply_put(&b, &v);
    *out_len = b.overflow ? (size_t)-1 : b.len;
    return 0;
}

int hvlink_cdiff_req_control_queue_setup(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e);
int hvlink_cdiff_req_control_queue_setup(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e)
{
    struct hvlink_msg m;
    struct hvlink_walk w;
    struct hvlink_buf b;
    int r = hvlink_msg_parse(buf, n, &m, e);
    if (r)
        return r;
    r = hvlink_msg_genl(&m, (uint8_t *)0, (uint8_t *)0, &w, e);
    if (r)
        return r;
    {
        struct hvlink_control_queue_setup_req v;
        r = hvlink_control_queue_setup_req_parse_at(w.p, w.left, w.offset, w.offset, &v, e);
        if (r)
            return r;
        hvlink_buf_init(&b, out, cap);
        hvlink_control_queue_setup_req_put(&b, &v);
    }
    *out_len = b.overflow ? (size_t)-1 : b.len;
    return 0;
}

int hvlink_cdiff_control_queue_teardown(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e);
int hvlink_cdiff_control_queue_teardown(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e)
{
    struct hvlink_buf b;
    int r;
    r = hvlink_control_queue_teardown_reply_parse(buf, n, (struct hvlink_msg *)0, e);
    if (r)
        return r;
    hvlink_buf_init(&b, out, cap);
    *out_len = b.overflow ? (size_t)-1 : b.len;
    return 0;
}

int hvlink_cdiff_req_control_queue_teardown(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e);
int hvlink_cdiff_req_control_queue_teardown(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e)
{
    struct hvlink_msg m;
    struct hvlink_walk w;
    struct hvlink_buf b;
    int r = hvlink_msg_parse(buf, n, &m, e);
    if (r)
        return r;
    r = hvlink_msg_genl(&m, (uint8_t *)0, (uint8_t *)0, &w, e);
    if (r)
        return r;
    {
        struct hvlink_control_queue_req v;
        r = hvlink_control_queue_req_parse_at(w.p, w.left, w.offset, w.offset, &v, e);
        if (r)
            return r;
        hvlink_buf_init(&b, out, cap);
        hvlink_control_queue_req_put(&b, &v);
    }
    *out_len = b.overflow ? (size_t)-1 : b.len;
    return 0;
}

int hvlink_cdiff_control_cancel(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e);
int hvlink_cdiff_control_cancel(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e)
{
    struct hvlink_buf b;
    int r;
    struct hvlink_control_cancel_reply v;
    r = hvlink_control_cancel_reply_parse(buf, n, (struct hvlink_msg *)0, &v, e);
    if (r)
        return r;
    hvlink_buf_init(&b, out, cap);
    hvlink_control_cancel_reply_put(&b, &v);
    *out_len = b.overflow ? (size_t)-1 : b.len;
    return 0;
}

int hvlink_cdiff_req_control_cancel(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e);
int hvlink_cdiff_req_control_cancel(const uint8_t *buf, size_t n, uint8_t *out, size_t cap, size_t *out_len, struct hvlink_error *e)
{
    struct hvlink_msg m;
    struct hvlink_walk w;
    struct hvlink_buf b;
    int r = hvlink_msg_parse(buf, n, &m, e);
    if (r)
        return r;
    r = hvlink_msg_genl(&m, (uint8_t *)0, (uint8_t *)0, &w, e);
    if (r)
        return r;
    {
        struct hvlink_control_cancel_req v;
        r = hvlink_control_cancel_req_parse_at(w.p, w.left, w.offset, w.offset, &v, e);
        if (r)
            return r;
        hvlink_buf_init(&b, out, cap);
        hvlink_control_cancel_req_put(&b, &v);
    }
    *out_len = b.overflow ? (size_t)-1 : b.len;
    return 0;
}
