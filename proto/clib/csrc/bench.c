/* The C rows of the codec bench: the generated C builders and parsers on the bench's two
 * messages, doing what the Rust rows do (encode the request; parse + validate it, then read
 * every value). */
#include "hvlink_parse.h"

int64_t hvlink_cbench_encode_send(uint8_t *buf, size_t cap);
uint64_t hvlink_cbench_decode_send(const uint8_t *buf, size_t n);
int64_t hvlink_cbench_encode_map(uint8_t *buf, size_t cap, uint32_t entries);
uint64_t hvlink_cbench_decode_map(const uint8_t *buf, size_t n);

int64_t hvlink_cbench_encode_send(uint8_t *buf, size_t cap)
{
    struct hvlink_buf b;
    struct hvlink_event_channel_port_req req;
    size_t m;
    hvlink_buf_init(&b, buf, cap);
    hvlink_event_channel_port_req_init(&req);
    req.port = 3;
    m = hvlink_event_channel_send_begin(&b, 1, 1);
    hvlink_event_channel_port_req_put(&b, &req);
    return hvlink_msg_end(&b, m);
}

uint64_t hvlink_cbench_decode_send(const uint8_t *buf, size_t n)
{
    struct hvlink_msg m;
    struct hvlink_walk w;
    struct hvlink_error e;
    struct hvlink_event_channel_port_req req;
    uint8_t cmd;
    if (hvlink_msg_parse(buf, n, &m, &e) || hvlink_msg_genl(&m, &cmd, (uint8_t *)0, &w, &e))
        return UINT64_MAX;
    if (m.type != HVLINK_EVENT_CHANNEL_MSG_TYPE || cmd != HVLINK_EVENT_CHANNEL_OP_SEND)
        return UINT64_MAX;
    if (hvlink_event_channel_port_req_parse_at(w.p, w.left, w.offset, w.offset, &req, &e))
        return UINT64_MAX;
    return (uint64_t)req.port + cmd + m.seq;
}

/* The entries of codec/tests/support/samples.rs's entry(i), as the Rust row encodes them. */
static struct hvlink_grant_table_map_entry bench_entries[1024];

int64_t hvlink_cbench_encode_map(uint8_t *buf, size_t cap, uint32_t entries)
{
    struct hvlink_buf b;
    struct hvlink_grant_table_map_req req;
    size_t m;
    uint32_t i;
    if (entries > 1024)
        return -1;
    if (bench_entries[0].dom == 0) {
        for (i = 0; i < 1024; i++) {
            hvlink_grant_table_map_entry_init(&bench_entries[i]);
            bench_entries[i].dom = 1;
            bench_entries[i].ref = 8 + i;
            bench_entries[i].flags = 0x1u | (i & 0x4u);
            bench_entries[i].host_addr = 0x100000000ull + (uint64_t)i * 4096u;
        }
    }
    hvlink_buf_init(&b, buf, cap);
    hvlink_grant_table_map_req_init(&req);
    req.form = HVLINK_GRANT_TABLE_MAP_REQ_FORM_BATCH;
    req.mode = HVLINK_GRANT_TABLE_MAP_MODE_INDEPENDENT;
    req.entry.items = bench_entries;
    req.entry.count = entries;
    m = hvlink_grant_table_map_grant_ref_begin(&b, 2, 1);
    hvlink_grant_table_map_req_put(&b, &req);
    return hvlink_msg_end(&b, m);
}

uint64_t hvlink_cbench_decode_map(const uint8_t *buf, size_t n)
{
    struct hvlink_msg m;
    struct hvlink_walk w;
    struct hvlink_error e;
    struct hvlink_grant_table_map_req req;
    struct hvlink_grant_table_map_entry en;
    struct hvlink_list_iter it;
    uint8_t cmd;
    uint64_t acc;
    if (hvlink_msg_parse(buf, n, &m, &e) || hvlink_msg_genl(&m, &cmd, (uint8_t *)0, &w, &e))
        return UINT64_MAX;
    if (m.type != HVLINK_GRANT_TABLE_MSG_TYPE || cmd != HVLINK_GRANT_TABLE_OP_MAP_GRANT_REF)
        return UINT64_MAX;
    if (hvlink_grant_table_map_req_parse_at(w.p, w.left, w.offset, w.offset, &req, &e))
        return UINT64_MAX;
    if (req.form != HVLINK_GRANT_TABLE_MAP_REQ_FORM_BATCH)
        return UINT64_MAX;
    acc = m.seq;
    hvlink_list_iter_init(&it, &req.entry);
    while (hvlink_grant_table_map_req_entry_next(&it, &en))
        acc += (uint64_t)en.dom ^ en.ref ^ en.flags ^ en.host_addr;
    return acc;
}
