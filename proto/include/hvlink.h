// Do not edit: generated from proto/spec/*.yaml by hvlink-proto-gen; regenerate with `cargo run -p hvlink-proto-gen`.
/*
 * hvlink.h - the hvlink ABI for guest kernels: family and op ids, message types,
 * attribute type numbers per attribute set, enum and flag values, FastABI register
 * mappings, reply bounds, and helpers that emit requests into a caller's buffer.
 * The reference is docs/ABI.md; the wire format docs/PROTOCOL.md.
 */
#ifndef HVLINK_H
#define HVLINK_H

#include <stddef.h>
#include <stdint.h>

/* ------------------------------------------------------------------------------------------
 * Wire constants (docs/PROTOCOL.md)
 * ---------------------------------------------------------------------------------------- */

#define HVLINK_FASTABI_BIT 0x40000000u      /* rax = family id | HVLINK_FASTABI_BIT */
#define HVLINK_MSG_HEADER_LEN 16u           /* len:u32 type:u16 flags:u16 seq:u32 port:u32 */
#define HVLINK_FAMILY_HEADER_LEN 4u         /* cmd:u8 version:u8 reserved:u16 */
#define HVLINK_MAX_MESSAGE_LEN 65536u
#define HVLINK_F_NESTED 0x8000u             /* attribute type bit 15 */
#define HVLINK_F_MUST_UNDERSTAND 0x4000u    /* attribute type bit 14 */
#define HVLINK_TYPE_MASK 0x3fffu
#define HVLINK_NLM_F_REQUEST 0x1u
#define HVLINK_NLMSG_NOOP 1u
#define HVLINK_NLMSG_ERROR 2u
#define HVLINK_NLMSG_DONE 3u

/* FastABI registers: the RFC's reg2..reg7. rax carries the family (in) and the status
 * (out, 0 or -errno); rdi carries the op. */
#define HVLINK_REG_RSI 2
#define HVLINK_REG_R8 3
#define HVLINK_REG_R9 4
#define HVLINK_REG_R10 5
#define HVLINK_REG_R11 6
#define HVLINK_REG_R12 7

/* ------------------------------------------------------------------------------------------
 * Emitting messages into a caller's buffer.
 *
 * Every helper checks for room first; on overflow nothing more is written and
 * hvlink_msg_end() reports -1, so a caller checks once at the end. Integers are written
 * little-endian byte by byte (the wire is little-endian fixed).
 * ---------------------------------------------------------------------------------------- */

struct hvlink_buf {
    uint8_t *data;
    size_t cap;
    size_t len;
    int overflow;
};

static inline void hvlink_buf_init(struct hvlink_buf *b, void *data, size_t cap)
{
    b->data = (uint8_t *)data;
    b->cap = cap;
    b->len = 0;
    b->overflow = 0;
}

static inline uint8_t *hvlink__reserve(struct hvlink_buf *b, size_t n)
{
    uint8_t *p;
    if (b->overflow || n > b->cap - b->len) {
        b->overflow = 1;
        return NULL;
    }
    p = b->data + b->len;
    b->len += n;
    return p;
}

static inline void hvlink__le(uint8_t *p, uint64_t v, size_t n)
{
    size_t i;
    for (i = 0; i < n; i++)
        p[i] = (uint8_t)(v >> (8 * i));
}

/* Byte copy and fill: no libc in a guest kernel (memcpy/memset may not exist). */
static inline void hvlink__copy(uint8_t *dst, const uint8_t *src, size_t n)
{
    size_t i;
    for (i = 0; i < n; i++)
        dst[i] = src[i];
}

static inline void hvlink__zero(uint8_t *dst, size_t n)
{
    size_t i;
    for (i = 0; i < n; i++)
        dst[i] = 0;
}

/* Open a message (padding the buffer to 4 bytes first); returns its offset for
 * hvlink_msg_end(). */
static inline size_t hvlink_msg_begin(struct hvlink_buf *b, uint16_t type, uint16_t flags,
                                      uint32_t seq, uint32_t port)
{
    size_t start;
    uint8_t *p;
    while (b->len % 4 != 0 && !b->overflow) {
        p = hvlink__reserve(b, 1);
        if (p)
            *p = 0;
    }
    start = b->len;
    p = hvlink__reserve(b, HVLINK_MSG_HEADER_LEN);
    if (p) {
        hvlink__le(p, 0, 4);
        hvlink__le(p + 4, type, 2);
        hvlink__le(p + 6, flags, 2);
        hvlink__le(p + 8, seq, 4);
        hvlink__le(p + 12, port, 4);
    }
    return start;
}

/* The family header: cmd = op id, version = the family version spoken. */
static inline void hvlink_family_hdr(struct hvlink_buf *b, uint8_t cmd, uint8_t version)
{
    uint8_t *p = hvlink__reserve(b, HVLINK_FAMILY_HEADER_LEN);
    if (p) {
        p[0] = cmd;
        p[1] = version;
        p[2] = 0;
        p[3] = 0;
    }
}

/* Close a message: patch its length. Returns the length, or -1 on overflow. */
static inline long hvlink_msg_end(struct hvlink_buf *b, size_t start)
{
    size_t len;
    if (b->overflow)
        return -1;
    len = b->len - start;
    if (len > HVLINK_MAX_MESSAGE_LEN) {
        b->overflow = 1;
        return -1;
    }
    hvlink__le(b->data + start, len, 4);
    return (long)len;
}

/* One attribute: header, payload, zero padding to 4 bytes. `type` includes
 * HVLINK_F_MUST_UNDERSTAND where the spec says so (the generated attribute macros do). */
static inline void hvlink_put(struct hvlink_buf *b, uint16_t type, const void *payload, size_t n)
{
    size_t total;
    uint8_t *p;
    if (n > 65531u) {
        b->overflow = 1;
        return;
    }
    total = (4 + n + 3) & ~(size_t)3;
    p = hvlink__reserve(b, total);
    if (!p)
        return;
    hvlink__le(p, 4 + n, 2);
    hvlink__le(p + 2, type, 2);
    if (n)
        hvlink__copy(p + 4, (const uint8_t *)payload, n);
    hvlink__zero(p + 4 + n, total - 4 - n);
}

static inline void hvlink__put_int(struct hvlink_buf *b, uint16_t type, uint64_t v, size_t n)
{
    uint8_t tmp[8];
    hvlink__le(tmp, v, n);
    hvlink_put(b, type, tmp, n);
}

static inline void hvlink_put_u8(struct hvlink_buf *b, uint16_t t, uint8_t v) { hvlink__put_int(b, t, v, 1); }
static inline void hvlink_put_u16(struct hvlink_buf *b, uint16_t t, uint16_t v) { hvlink__put_int(b, t, v, 2); }
static inline void hvlink_put_u32(struct hvlink_buf *b, uint16_t t, uint32_t v) { hvlink__put_int(b, t, v, 4); }
static inline void hvlink_put_u64(struct hvlink_buf *b, uint16_t t, uint64_t v) { hvlink__put_int(b, t, v, 8); }
static inline void hvlink_put_s8(struct hvlink_buf *b, uint16_t t, int8_t v) { hvlink__put_int(b, t, (uint64_t)(int64_t)v, 1); }
static inline void hvlink_put_s16(struct hvlink_buf *b, uint16_t t, int16_t v) { hvlink__put_int(b, t, (uint64_t)(int64_t)v, 2); }
static inline void hvlink_put_s32(struct hvlink_buf *b, uint16_t t, int32_t v) { hvlink__put_int(b, t, (uint64_t)(int64_t)v, 4); }
static inline void hvlink_put_s64(struct hvlink_buf *b, uint16_t t, int64_t v) { hvlink__put_int(b, t, (uint64_t)v, 8); }
static inline void hvlink_put_flag(struct hvlink_buf *b, uint16_t t) { hvlink_put(b, t, NULL, 0); }
static inline void hvlink_put_binary(struct hvlink_buf *b, uint16_t t, const void *v, size_t n) { hvlink_put(b, t, v, n); }

/* A string attribute of n bytes (no NUL among them); the NUL is added as the payload's
 * last byte. */
static inline void hvlink_put_strn(struct hvlink_buf *b, uint16_t type, const char *s, size_t n)
{
    size_t total;
    uint8_t *p;
    if (n + 1 > 65531u) {
        b->overflow = 1;
        return;
    }
    total = (4 + n + 1 + 3) & ~(size_t)3;
    p = hvlink__reserve(b, total);
    if (!p)
        return;
    hvlink__le(p, 4 + n + 1, 2);
    hvlink__le(p + 2, type, 2);
    hvlink__copy(p + 4, (const uint8_t *)s, n);
    hvlink__zero(p + 4 + n, total - 4 - n);
}

/* A NUL-terminated string attribute (the NUL is part of the payload). */
static inline void hvlink_put_string(struct hvlink_buf *b, uint16_t type, const char *s)
{
    size_t n = 0;
    while (s[n] != 0 && n < 65531u)
        n++;
    hvlink_put_strn(b, type, s, n);
}

/* Open a nest (type | HVLINK_F_NESTED); returns its offset for hvlink_nest_end(). */
static inline size_t hvlink_nest_begin(struct hvlink_buf *b, uint16_t type)
{
    size_t start = b->len;
    uint8_t *p = hvlink__reserve(b, 4);
    if (p) {
        hvlink__le(p, 0, 2);
        hvlink__le(p + 2, (uint16_t)(type | HVLINK_F_NESTED), 2);
    }
    return start;
}

/* Close a nest: patch its length (a nest cannot exceed 65535 bytes). */
static inline void hvlink_nest_end(struct hvlink_buf *b, size_t start)
{
    size_t len;
    if (b->overflow)
        return;
    len = b->len - start;
    if (len > 0xffffu) {
        b->overflow = 1;
        return;
    }
    hvlink__le(b->data + start, len, 2);
}

/* ==========================================================================================
 * Family memory (id 12, __HYPERVISOR_memory_op)
 * ======================================================================================= */

#define HVLINK_MEMORY_ID 0xcu
#define HVLINK_MEMORY_MSG_TYPE 0x10cu
#define HVLINK_MEMORY_VERSION 2u
#define HVLINK_MEMORY_RAX (HVLINK_MEMORY_ID | HVLINK_FASTABI_BIT)

/* e820-type (enum, open): Type of a memory map range (E820 / XEN_HVM_MEMMAP_TYPE_* values); open - firmware may report others. */
#define HVLINK_MEMORY_E820_TYPE_RAM 1
#define HVLINK_MEMORY_E820_TYPE_RESERVED 2
#define HVLINK_MEMORY_E820_TYPE_ACPI 3
#define HVLINK_MEMORY_E820_TYPE_NVS 4
#define HVLINK_MEMORY_E820_TYPE_UNUSABLE 5
#define HVLINK_MEMORY_E820_TYPE_DISABLED 6
#define HVLINK_MEMORY_E820_TYPE_PMEM 7

/* extent-status (enum): Per-extent status of the reservation ops (hvlink: Xen reports only how many extents were done; these are Xen's errno values, negated). */
#define HVLINK_MEMORY_EXTENT_STATUS_OKAY 0
#define HVLINK_MEMORY_EXTENT_STATUS_ENOENT (-2)
#define HVLINK_MEMORY_EXTENT_STATUS_ESRCH (-3)
#define HVLINK_MEMORY_EXTENT_STATUS_ENOMEM (-12)
#define HVLINK_MEMORY_EXTENT_STATUS_EEXIST (-17)
#define HVLINK_MEMORY_EXTENT_STATUS_EINVAL (-22)
#define HVLINK_MEMORY_EXTENT_STATUS_CANCELLED (-128)

/* extent-mode (enum): How the extents of a batch relate to each other. */
#define HVLINK_MEMORY_EXTENT_MODE_INDEPENDENT 0
#define HVLINK_MEMORY_EXTENT_MODE_ORDERED 1

/* mapspace (enum): Where add_to_physmap_batch takes its frames from (XENMAPSPACE_*; the model serves gmfn and gmfn_foreign). */
#define HVLINK_MEMORY_MAPSPACE_GMFN 2
#define HVLINK_MEMORY_MAPSPACE_GMFN_FOREIGN 4

/* Attributes of memory-map-req: Request of memory_map. */
#define HVLINK_MEMORY_ATTR_MEMORY_MAP_REQ_MAX_ENTRIES 1 /* u32 */

/* Attributes of memory-map-reply: Reply of memory_map. */
#define HVLINK_MEMORY_ATTR_MEMORY_MAP_REPLY_TOTAL 1 /* u32 */
#define HVLINK_MEMORY_ATTR_MEMORY_MAP_REPLY_ENTRY 2 /* nest */

/* Attributes of e820-entry: One range of the memory map. */
#define HVLINK_MEMORY_ATTR_E820_ENTRY_ADDR 1 /* u64 */
#define HVLINK_MEMORY_ATTR_E820_ENTRY_SIZE 2 /* u64 */
#define HVLINK_MEMORY_ATTR_E820_ENTRY_TYPE 3 /* u32 */

/* Attributes of reservation-req: Request of increase_reservation, decrease_reservation and populate_physmap (struct xen_memory_reservation): one extent as a top-level attribute or a batch. */
#define HVLINK_MEMORY_ATTR_RESERVATION_REQ_DOMID 1 /* u16 */
#define HVLINK_MEMORY_ATTR_RESERVATION_REQ_EXTENT_ORDER 2 /* u8 */
#define HVLINK_MEMORY_ATTR_RESERVATION_REQ_GPFN 3 /* u64 */
#define HVLINK_MEMORY_ATTR_RESERVATION_REQ_MODE (4 | HVLINK_F_MUST_UNDERSTAND) /* u8 */
#define HVLINK_MEMORY_ATTR_RESERVATION_REQ_EXTENT 5 /* nest */

/* Attributes of extent: One extent of a reservation batch. */
#define HVLINK_MEMORY_ATTR_EXTENT_GPFN 1 /* u64 */

/* Attributes of reservation-reply: Reply of the reservation ops, in the form of the request. */
#define HVLINK_MEMORY_ATTR_RESERVATION_REPLY_STATUS 1 /* s16 */
#define HVLINK_MEMORY_ATTR_RESERVATION_REPLY_ENTRY 2 /* nest */

/* Attributes of extent-result: Result of one extent. */
#define HVLINK_MEMORY_ATTR_EXTENT_RESULT_INDEX 1 /* u32 */
#define HVLINK_MEMORY_ATTR_EXTENT_RESULT_STATUS 2 /* s16 */

/* Attributes of physmap-req: Request of add_to_physmap_batch (struct xen_add_to_physmap_batch): one frame as top-level attributes or a batch. */
#define HVLINK_MEMORY_ATTR_PHYSMAP_REQ_DOMID 1 /* u16 */
#define HVLINK_MEMORY_ATTR_PHYSMAP_REQ_SPACE 2 /* u32 */
#define HVLINK_MEMORY_ATTR_PHYSMAP_REQ_FOREIGN_DOMID 3 /* u16 */
#define HVLINK_MEMORY_ATTR_PHYSMAP_REQ_IDX 4 /* u64 */
#define HVLINK_MEMORY_ATTR_PHYSMAP_REQ_GPFN 5 /* u64 */
#define HVLINK_MEMORY_ATTR_PHYSMAP_REQ_MODE (6 | HVLINK_F_MUST_UNDERSTAND) /* u8 */
#define HVLINK_MEMORY_ATTR_PHYSMAP_REQ_ENTRY 7 /* nest */

/* Attributes of physmap-entry: One frame of an add_to_physmap_batch. */
#define HVLINK_MEMORY_ATTR_PHYSMAP_ENTRY_IDX 1 /* u64 */
#define HVLINK_MEMORY_ATTR_PHYSMAP_ENTRY_GPFN 2 /* u64 */

/* Attributes of remove-req: Request of remove_from_physmap (struct xen_remove_from_physmap). */
#define HVLINK_MEMORY_ATTR_REMOVE_REQ_DOMID 1 /* u16 */
#define HVLINK_MEMORY_ATTR_REMOVE_REQ_GPFN 2 /* u64 */

/* Attributes of dom-req: Request naming a domain. */
#define HVLINK_MEMORY_ATTR_DOM_REQ_DOM 1 /* u16 */

/* Attributes of pages-reply: Reply carrying a page count. */
#define HVLINK_MEMORY_ATTR_PAGES_REPLY_PAGES 1 /* u64 */

/* Attributes of gpfn-reply: Reply of maximum_gpfn. */
#define HVLINK_MEMORY_ATTR_GPFN_REPLY_GPFN 1 /* u64 */

/* memory.increase_reservation: Give a domain more memory, one extent at each gpfn (a balloon driver deflating; every hvlink guest is translated, so the extent is also mapped). */
#define HVLINK_MEMORY_OP_INCREASE_RESERVATION 0u
#define HVLINK_MEMORY_INCREASE_RESERVATION_MAX_REPLY 40960u
#define HVLINK_MEMORY_INCREASE_RESERVATION_IN_DOMID HVLINK_REG_RSI
#define HVLINK_MEMORY_INCREASE_RESERVATION_IN_EXTENT_ORDER HVLINK_REG_R8
#define HVLINK_MEMORY_INCREASE_RESERVATION_IN_GPFN HVLINK_REG_R9
#define HVLINK_MEMORY_INCREASE_RESERVATION_OUT_STATUS HVLINK_REG_R12
static inline size_t hvlink_memory_increase_reservation_begin(struct hvlink_buf *b, uint32_t seq, uint32_t port)
{
    size_t m = hvlink_msg_begin(b, HVLINK_MEMORY_MSG_TYPE, HVLINK_NLM_F_REQUEST, seq, port);
    hvlink_family_hdr(b, HVLINK_MEMORY_OP_INCREASE_RESERVATION, HVLINK_MEMORY_VERSION);
    return m;
}

/* memory.decrease_reservation: Take extents away from a domain (a balloon driver inflating); the pages stop counting against max_mem. */
#define HVLINK_MEMORY_OP_DECREASE_RESERVATION 1u
#define HVLINK_MEMORY_DECREASE_RESERVATION_MAX_REPLY 40960u
#define HVLINK_MEMORY_DECREASE_RESERVATION_IN_DOMID HVLINK_REG_RSI
#define HVLINK_MEMORY_DECREASE_RESERVATION_IN_EXTENT_ORDER HVLINK_REG_R8
#define HVLINK_MEMORY_DECREASE_RESERVATION_IN_GPFN HVLINK_REG_R9
#define HVLINK_MEMORY_DECREASE_RESERVATION_OUT_STATUS HVLINK_REG_R12
static inline size_t hvlink_memory_decrease_reservation_begin(struct hvlink_buf *b, uint32_t seq, uint32_t port)
{
    size_t m = hvlink_msg_begin(b, HVLINK_MEMORY_MSG_TYPE, HVLINK_NLM_F_REQUEST, seq, port);
    hvlink_family_hdr(b, HVLINK_MEMORY_OP_DECREASE_RESERVATION, HVLINK_MEMORY_VERSION);
    return m;
}

/* memory.current_reservation: Report how many pages a domain currently has. */
#define HVLINK_MEMORY_OP_CURRENT_RESERVATION 3u
#define HVLINK_MEMORY_CURRENT_RESERVATION_MAX_REPLY 12u
#define HVLINK_MEMORY_CURRENT_RESERVATION_IN_DOM HVLINK_REG_RSI
#define HVLINK_MEMORY_CURRENT_RESERVATION_OUT_PAGES HVLINK_REG_RSI
static inline size_t hvlink_memory_current_reservation_begin(struct hvlink_buf *b, uint32_t seq, uint32_t port)
{
    size_t m = hvlink_msg_begin(b, HVLINK_MEMORY_MSG_TYPE, HVLINK_NLM_F_REQUEST, seq, port);
    hvlink_family_hdr(b, HVLINK_MEMORY_OP_CURRENT_RESERVATION, HVLINK_MEMORY_VERSION);
    return m;
}

/* memory.maximum_reservation: Report how many pages a domain may have at most. */
#define HVLINK_MEMORY_OP_MAXIMUM_RESERVATION 4u
#define HVLINK_MEMORY_MAXIMUM_RESERVATION_MAX_REPLY 12u
#define HVLINK_MEMORY_MAXIMUM_RESERVATION_IN_DOM HVLINK_REG_RSI
#define HVLINK_MEMORY_MAXIMUM_RESERVATION_OUT_PAGES HVLINK_REG_RSI
static inline size_t hvlink_memory_maximum_reservation_begin(struct hvlink_buf *b, uint32_t seq, uint32_t port)
{
    size_t m = hvlink_msg_begin(b, HVLINK_MEMORY_MSG_TYPE, HVLINK_NLM_F_REQUEST, seq, port);
    hvlink_family_hdr(b, HVLINK_MEMORY_OP_MAXIMUM_RESERVATION, HVLINK_MEMORY_VERSION);
    return m;
}

/* memory.populate_physmap: Back guest frames of a domain with memory (how a toolstack builds a domain), counted against its max_mem. */
#define HVLINK_MEMORY_OP_POPULATE_PHYSMAP 6u
#define HVLINK_MEMORY_POPULATE_PHYSMAP_MAX_REPLY 40960u
#define HVLINK_MEMORY_POPULATE_PHYSMAP_IN_DOMID HVLINK_REG_RSI
#define HVLINK_MEMORY_POPULATE_PHYSMAP_IN_EXTENT_ORDER HVLINK_REG_R8
#define HVLINK_MEMORY_POPULATE_PHYSMAP_IN_GPFN HVLINK_REG_R9
#define HVLINK_MEMORY_POPULATE_PHYSMAP_OUT_STATUS HVLINK_REG_R12
static inline size_t hvlink_memory_populate_physmap_begin(struct hvlink_buf *b, uint32_t seq, uint32_t port)
{
    size_t m = hvlink_msg_begin(b, HVLINK_MEMORY_MSG_TYPE, HVLINK_NLM_F_REQUEST, seq, port);
    hvlink_family_hdr(b, HVLINK_MEMORY_OP_POPULATE_PHYSMAP, HVLINK_MEMORY_VERSION);
    return m;
}

/* memory.add_to_physmap_batch: Map frames into a domain's physmap - its own, or a foreign domain's (a toolstack or device model mapping guest memory). */
#define HVLINK_MEMORY_OP_ADD_TO_PHYSMAP_BATCH 23u
#define HVLINK_MEMORY_ADD_TO_PHYSMAP_BATCH_MAX_REPLY 40960u
#define HVLINK_MEMORY_ADD_TO_PHYSMAP_BATCH_IN_DOMID HVLINK_REG_RSI
#define HVLINK_MEMORY_ADD_TO_PHYSMAP_BATCH_IN_FOREIGN_DOMID HVLINK_REG_R9
#define HVLINK_MEMORY_ADD_TO_PHYSMAP_BATCH_IN_GPFN HVLINK_REG_R11
#define HVLINK_MEMORY_ADD_TO_PHYSMAP_BATCH_IN_IDX HVLINK_REG_R10
#define HVLINK_MEMORY_ADD_TO_PHYSMAP_BATCH_IN_SPACE HVLINK_REG_R8
#define HVLINK_MEMORY_ADD_TO_PHYSMAP_BATCH_OUT_STATUS HVLINK_REG_R12
static inline size_t hvlink_memory_add_to_physmap_batch_begin(struct hvlink_buf *b, uint32_t seq, uint32_t port)
{
    size_t m = hvlink_msg_begin(b, HVLINK_MEMORY_MSG_TYPE, HVLINK_NLM_F_REQUEST, seq, port);
    hvlink_family_hdr(b, HVLINK_MEMORY_OP_ADD_TO_PHYSMAP_BATCH, HVLINK_MEMORY_VERSION);
    return m;
}

/* memory.remove_from_physmap: Remove the mapping at a guest frame: a foreign frame add_to_physmap_batch mapped (the owner's reference drops), or one of the domain's own (freed, as decrease_reservation). */
#define HVLINK_MEMORY_OP_REMOVE_FROM_PHYSMAP 15u
#define HVLINK_MEMORY_REMOVE_FROM_PHYSMAP_MAX_REPLY 0u
#define HVLINK_MEMORY_REMOVE_FROM_PHYSMAP_IN_DOMID HVLINK_REG_RSI
#define HVLINK_MEMORY_REMOVE_FROM_PHYSMAP_IN_GPFN HVLINK_REG_R8
static inline size_t hvlink_memory_remove_from_physmap_begin(struct hvlink_buf *b, uint32_t seq, uint32_t port)
{
    size_t m = hvlink_msg_begin(b, HVLINK_MEMORY_MSG_TYPE, HVLINK_NLM_F_REQUEST, seq, port);
    hvlink_family_hdr(b, HVLINK_MEMORY_OP_REMOVE_FROM_PHYSMAP, HVLINK_MEMORY_VERSION);
    return m;
}

/* memory.memory_map: Report the domain's guest-physical memory map as set by the toolstack. */
#define HVLINK_MEMORY_OP_MEMORY_MAP 9u
#define HVLINK_MEMORY_MEMORY_MAP_MAX_REPLY 4616u
/* ring only: The map is a list of ranges; the RFC passes a buffer address in r8 for Xen to write into, which hvlink refuses (the host writes guest memory only through the rings). */
static inline size_t hvlink_memory_memory_map_begin(struct hvlink_buf *b, uint32_t seq, uint32_t port)
{
    size_t m = hvlink_msg_begin(b, HVLINK_MEMORY_MSG_TYPE, HVLINK_NLM_F_REQUEST, seq, port);
    hvlink_family_hdr(b, HVLINK_MEMORY_OP_MEMORY_MAP, HVLINK_MEMORY_VERSION);
    return m;
}

/* memory.maximum_gpfn: Report the highest guest frame number a domain uses. */
#define HVLINK_MEMORY_OP_MAXIMUM_GPFN 14u
#define HVLINK_MEMORY_MAXIMUM_GPFN_MAX_REPLY 12u
#define HVLINK_MEMORY_MAXIMUM_GPFN_IN_DOM HVLINK_REG_RSI
#define HVLINK_MEMORY_MAXIMUM_GPFN_OUT_GPFN HVLINK_REG_RSI
static inline size_t hvlink_memory_maximum_gpfn_begin(struct hvlink_buf *b, uint32_t seq, uint32_t port)
{
    size_t m = hvlink_msg_begin(b, HVLINK_MEMORY_MSG_TYPE, HVLINK_NLM_F_REQUEST, seq, port);
    hvlink_family_hdr(b, HVLINK_MEMORY_OP_MAXIMUM_GPFN, HVLINK_MEMORY_VERSION);
    return m;
}


/* ==========================================================================================
 * Family version (id 17, __HYPERVISOR_xen_version)
 * ======================================================================================= */

#define HVLINK_VERSION_ID 0x11u
#define HVLINK_VERSION_MSG_TYPE 0x111u
#define HVLINK_VERSION_VERSION 1u
#define HVLINK_VERSION_RAX (HVLINK_VERSION_ID | HVLINK_FASTABI_BIT)

/* xen-features (flags, open): Feature bits of submap 0 reported by get_features (Xen XENFEAT_*). */
#define HVLINK_VERSION_XEN_FEATURES_WRITABLE_PAGE_TABLES 0x1u
#define HVLINK_VERSION_XEN_FEATURES_WRITABLE_DESCRIPTOR_TABLES 0x2u
#define HVLINK_VERSION_XEN_FEATURES_AUTO_TRANSLATED_PHYSMAP 0x4u
#define HVLINK_VERSION_XEN_FEATURES_SUPERVISOR_MODE_KERNEL 0x8u
#define HVLINK_VERSION_XEN_FEATURES_PAE_PGDIR_ABOVE_4GB 0x10u
#define HVLINK_VERSION_XEN_FEATURES_MMU_PT_UPDATE_PRESERVE_AD 0x20u
#define HVLINK_VERSION_XEN_FEATURES_HIGHMEM_ASSIST 0x40u
#define HVLINK_VERSION_XEN_FEATURES_GNTTAB_MAP_AVAIL_BITS 0x80u
#define HVLINK_VERSION_XEN_FEATURES_HVM_CALLBACK_VECTOR 0x100u
#define HVLINK_VERSION_XEN_FEATURES_HVM_SAFE_PVCLOCK 0x200u
#define HVLINK_VERSION_XEN_FEATURES_HVM_PIRQS 0x400u
#define HVLINK_VERSION_XEN_FEATURES_DOM0 0x800u
#define HVLINK_VERSION_XEN_FEATURES_MEMORY_OP_VNODE_SUPPORTED 0x2000u
#define HVLINK_VERSION_XEN_FEATURES_ARM_SMCCC_SUPPORTED 0x4000u
#define HVLINK_VERSION_XEN_FEATURES_LINUX_RSDP_UNRESTRICTED 0x8000u
#define HVLINK_VERSION_XEN_FEATURES_NOT_DIRECT_MAPPED 0x10000u
#define HVLINK_VERSION_XEN_FEATURES_DIRECT_MAPPED 0x20000u
#define HVLINK_VERSION_XEN_FEATURES_RUNSTATE_PHYS_AREA 0x40000u
#define HVLINK_VERSION_XEN_FEATURES_VCPU_TIME_PHYS_AREA 0x80000u

/* Attributes of version-reply: Reply of version. */
#define HVLINK_VERSION_ATTR_VERSION_REPLY_MAJOR 1 /* u16 */
#define HVLINK_VERSION_ATTR_VERSION_REPLY_MINOR 2 /* u16 */

/* Attributes of extraversion-reply: Reply of extraversion. */
#define HVLINK_VERSION_ATTR_EXTRAVERSION_REPLY_EXTRAVERSION 1 /* string */

/* Attributes of capabilities-reply: Reply of capabilities. */
#define HVLINK_VERSION_ATTR_CAPABILITIES_REPLY_CAPABILITIES 1 /* string */

/* Attributes of changeset-reply: Reply of changeset. */
#define HVLINK_VERSION_ATTR_CHANGESET_REPLY_CHANGESET 1 /* string */

/* Attributes of features-req: Request of get_features. */
#define HVLINK_VERSION_ATTR_FEATURES_REQ_SUBMAP_IDX 1 /* u32 */

/* Attributes of features-reply: Reply of get_features. */
#define HVLINK_VERSION_ATTR_FEATURES_REPLY_SUBMAP 1 /* u32 */

/* Attributes of pagesize-reply: Reply of pagesize. */
#define HVLINK_VERSION_ATTR_PAGESIZE_REPLY_PAGE_SIZE 1 /* u32 */

/* Attributes of guest-handle-reply: Reply of guest_handle. */
#define HVLINK_VERSION_ATTR_GUEST_HANDLE_REPLY_HANDLE 1 /* binary */

/* Attributes of build-id-reply: Reply of build_id. */
#define HVLINK_VERSION_ATTR_BUILD_ID_REPLY_BUILD_ID 1 /* binary */

/* version.version: Report the hypervisor's major and minor version. */
#define HVLINK_VERSION_OP_VERSION 0u
#define HVLINK_VERSION_VERSION_MAX_REPLY 16u
#define HVLINK_VERSION_VERSION_OUT_MAJOR HVLINK_REG_RSI
#define HVLINK_VERSION_VERSION_OUT_MINOR HVLINK_REG_R8
static inline size_t hvlink_version_version_begin(struct hvlink_buf *b, uint32_t seq, uint32_t port)
{
    size_t m = hvlink_msg_begin(b, HVLINK_VERSION_MSG_TYPE, HVLINK_NLM_F_REQUEST, seq, port);
    hvlink_family_hdr(b, HVLINK_VERSION_OP_VERSION, HVLINK_VERSION_VERSION);
    return m;
}

/* version.extraversion: Report the version suffix (untruncated, as XENVER_extraversion2). */
#define HVLINK_VERSION_OP_EXTRAVERSION 1u
#define HVLINK_VERSION_EXTRAVERSION_MAX_REPLY 264u
/* ring only: A string does not fit in registers. */
static inline size_t hvlink_version_extraversion_begin(struct hvlink_buf *b, uint32_t seq, uint32_t port)
{
    size_t m = hvlink_msg_begin(b, HVLINK_VERSION_MSG_TYPE, HVLINK_NLM_F_REQUEST, seq, port);
    hvlink_family_hdr(b, HVLINK_VERSION_OP_EXTRAVERSION, HVLINK_VERSION_VERSION);
    return m;
}

/* version.capabilities: Report the guest types the hypervisor can run (untruncated, as XENVER_capabilities2). */
#define HVLINK_VERSION_OP_CAPABILITIES 3u
#define HVLINK_VERSION_CAPABILITIES_MAX_REPLY 1032u
/* ring only: A string does not fit in registers. */
static inline size_t hvlink_version_capabilities_begin(struct hvlink_buf *b, uint32_t seq, uint32_t port)
{
    size_t m = hvlink_msg_begin(b, HVLINK_VERSION_MSG_TYPE, HVLINK_NLM_F_REQUEST, seq, port);
    hvlink_family_hdr(b, HVLINK_VERSION_OP_CAPABILITIES, HVLINK_VERSION_VERSION);
    return m;
}

/* version.changeset: Report the source revision (untruncated, as XENVER_changeset2). */
#define HVLINK_VERSION_OP_CHANGESET 4u
#define HVLINK_VERSION_CHANGESET_MAX_REPLY 264u
/* ring only: A string does not fit in registers. */
static inline size_t hvlink_version_changeset_begin(struct hvlink_buf *b, uint32_t seq, uint32_t port)
{
    size_t m = hvlink_msg_begin(b, HVLINK_VERSION_MSG_TYPE, HVLINK_NLM_F_REQUEST, seq, port);
    hvlink_family_hdr(b, HVLINK_VERSION_OP_CHANGESET, HVLINK_VERSION_VERSION);
    return m;
}

/* version.get_features: Report one 32-bit submap of feature flags. */
#define HVLINK_VERSION_OP_GET_FEATURES 6u
#define HVLINK_VERSION_GET_FEATURES_MAX_REPLY 8u
#define HVLINK_VERSION_GET_FEATURES_IN_SUBMAP_IDX HVLINK_REG_RSI
#define HVLINK_VERSION_GET_FEATURES_OUT_SUBMAP HVLINK_REG_R8
static inline size_t hvlink_version_get_features_begin(struct hvlink_buf *b, uint32_t seq, uint32_t port)
{
    size_t m = hvlink_msg_begin(b, HVLINK_VERSION_MSG_TYPE, HVLINK_NLM_F_REQUEST, seq, port);
    hvlink_family_hdr(b, HVLINK_VERSION_OP_GET_FEATURES, HVLINK_VERSION_VERSION);
    return m;
}

/* version.pagesize: Report the host page size. */
#define HVLINK_VERSION_OP_PAGESIZE 7u
#define HVLINK_VERSION_PAGESIZE_MAX_REPLY 8u
#define HVLINK_VERSION_PAGESIZE_OUT_PAGE_SIZE HVLINK_REG_RSI
static inline size_t hvlink_version_pagesize_begin(struct hvlink_buf *b, uint32_t seq, uint32_t port)
{
    size_t m = hvlink_msg_begin(b, HVLINK_VERSION_MSG_TYPE, HVLINK_NLM_F_REQUEST, seq, port);
    hvlink_family_hdr(b, HVLINK_VERSION_OP_PAGESIZE, HVLINK_VERSION_VERSION);
    return m;
}

/* version.guest_handle: Report the handle the toolstack gave this domain. */
#define HVLINK_VERSION_OP_GUEST_HANDLE 8u
#define HVLINK_VERSION_GUEST_HANDLE_MAX_REPLY 20u
/* ring only: A 16-byte binary value does not fit the scalar register mapping. */
static inline size_t hvlink_version_guest_handle_begin(struct hvlink_buf *b, uint32_t seq, uint32_t port)
{
    size_t m = hvlink_msg_begin(b, HVLINK_VERSION_MSG_TYPE, HVLINK_NLM_F_REQUEST, seq, port);
    hvlink_family_hdr(b, HVLINK_VERSION_OP_GUEST_HANDLE, HVLINK_VERSION_VERSION);
    return m;
}

/* version.build_id: Report the build id of the hypervisor. */
#define HVLINK_VERSION_OP_BUILD_ID 10u
#define HVLINK_VERSION_BUILD_ID_MAX_REPLY 68u
/* ring only: Binary data does not fit in registers. */
static inline size_t hvlink_version_build_id_begin(struct hvlink_buf *b, uint32_t seq, uint32_t port)
{
    size_t m = hvlink_msg_begin(b, HVLINK_VERSION_MSG_TYPE, HVLINK_NLM_F_REQUEST, seq, port);
    hvlink_family_hdr(b, HVLINK_VERSION_OP_BUILD_ID, HVLINK_VERSION_VERSION);
    return m;
}


/* ==========================================================================================
 * Family grant_table (id 20, __HYPERVISOR_grant_table_op)
 * ======================================================================================= */

#define HVLINK_GRANT_TABLE_ID 0x14u
#define HVLINK_GRANT_TABLE_MSG_TYPE 0x114u
#define HVLINK_GRANT_TABLE_VERSION 1u
#define HVLINK_GRANT_TABLE_RAX (HVLINK_GRANT_TABLE_ID | HVLINK_FASTABI_BIT)

/* gntmap-flags (flags): How to map a grant (Xen GNTMAP_*). */
#define HVLINK_GRANT_TABLE_GNTMAP_FLAGS_DEVICE_MAP 0x1u
#define HVLINK_GRANT_TABLE_GNTMAP_FLAGS_HOST_MAP 0x2u
#define HVLINK_GRANT_TABLE_GNTMAP_FLAGS_READONLY 0x4u
#define HVLINK_GRANT_TABLE_GNTMAP_FLAGS_APPLICATION_MAP 0x8u
#define HVLINK_GRANT_TABLE_GNTMAP_FLAGS_CONTAINS_PTE 0x10u
#define HVLINK_GRANT_TABLE_GNTMAP_FLAGS_CAN_FAIL 0x20u
#define HVLINK_GRANT_TABLE_GNTMAP_FLAGS_GUEST_AVAIL_MASK 0xffff0000u

/* gntst (enum): Per-entry status of grant operations (Xen GNTST_*; all errors are negative). */
#define HVLINK_GRANT_TABLE_GNTST_OKAY 0
#define HVLINK_GRANT_TABLE_GNTST_GENERAL_ERROR (-1)
#define HVLINK_GRANT_TABLE_GNTST_BAD_DOMAIN (-2)
#define HVLINK_GRANT_TABLE_GNTST_BAD_GNTREF (-3)
#define HVLINK_GRANT_TABLE_GNTST_BAD_HANDLE (-4)
#define HVLINK_GRANT_TABLE_GNTST_BAD_VIRT_ADDR (-5)
#define HVLINK_GRANT_TABLE_GNTST_BAD_DEV_ADDR (-6)
#define HVLINK_GRANT_TABLE_GNTST_NO_DEVICE_SPACE (-7)
#define HVLINK_GRANT_TABLE_GNTST_PERMISSION_DENIED (-8)
#define HVLINK_GRANT_TABLE_GNTST_BAD_PAGE (-9)
#define HVLINK_GRANT_TABLE_GNTST_BAD_COPY_ARG (-10)
#define HVLINK_GRANT_TABLE_GNTST_ADDRESS_TOO_BIG (-11)
#define HVLINK_GRANT_TABLE_GNTST_EAGAIN (-12)
#define HVLINK_GRANT_TABLE_GNTST_NO_SPACE (-13)
#define HVLINK_GRANT_TABLE_GNTST_CANCELLED (-128)

/* gntcopy-flags (flags): What the source and destination of a copy entry name (Xen GNTCOPY_*). */
#define HVLINK_GRANT_TABLE_GNTCOPY_FLAGS_SOURCE_GREF 0x1u
#define HVLINK_GRANT_TABLE_GNTCOPY_FLAGS_DEST_GREF 0x2u
#define HVLINK_GRANT_TABLE_GNTCOPY_FLAGS_CAN_FAIL 0x4u

/* map-mode (enum): How the entries of a map batch relate to each other. */
#define HVLINK_GRANT_TABLE_MAP_MODE_INDEPENDENT 0
#define HVLINK_GRANT_TABLE_MAP_MODE_ORDERED 1
#define HVLINK_GRANT_TABLE_MAP_MODE_ATOMIC 2

/* batch-mode (enum): How the entries of an unmap or copy batch relate to each other (no atomic mode - these cannot be undone). */
#define HVLINK_GRANT_TABLE_BATCH_MODE_INDEPENDENT 0
#define HVLINK_GRANT_TABLE_BATCH_MODE_ORDERED 1

/* Attributes of map-req: Request of map_grant_ref - one entry as top-level attributes or a batch of entries. */
#define HVLINK_GRANT_TABLE_ATTR_MAP_REQ_DOM 1 /* u16 */
#define HVLINK_GRANT_TABLE_ATTR_MAP_REQ_REF 2 /* u32 */
#define HVLINK_GRANT_TABLE_ATTR_MAP_REQ_FLAGS 3 /* u32 */
#define HVLINK_GRANT_TABLE_ATTR_MAP_REQ_HOST_ADDR 4 /* u64 */
#define HVLINK_GRANT_TABLE_ATTR_MAP_REQ_MODE (5 | HVLINK_F_MUST_UNDERSTAND) /* u8 */
#define HVLINK_GRANT_TABLE_ATTR_MAP_REQ_ENTRY 6 /* nest */

/* Attributes of map-entry: One mapping of a map_grant_ref batch. */
#define HVLINK_GRANT_TABLE_ATTR_MAP_ENTRY_DOM 1 /* u16 */
#define HVLINK_GRANT_TABLE_ATTR_MAP_ENTRY_REF 2 /* u32 */
#define HVLINK_GRANT_TABLE_ATTR_MAP_ENTRY_FLAGS 3 /* u32 */
#define HVLINK_GRANT_TABLE_ATTR_MAP_ENTRY_HOST_ADDR 4 /* u64 */

/* Attributes of map-reply: Reply of map_grant_ref, in the form of the request. */
#define HVLINK_GRANT_TABLE_ATTR_MAP_REPLY_STATUS 1 /* s16 */
#define HVLINK_GRANT_TABLE_ATTR_MAP_REPLY_HANDLE 2 /* u32 */
#define HVLINK_GRANT_TABLE_ATTR_MAP_REPLY_DEV_BUS_ADDR 3 /* u64 */
#define HVLINK_GRANT_TABLE_ATTR_MAP_REPLY_ENTRY 4 /* nest */

/* Attributes of map-reply-entry: Result of one entry of a map_grant_ref batch. */
#define HVLINK_GRANT_TABLE_ATTR_MAP_REPLY_ENTRY_INDEX 1 /* u32 */
#define HVLINK_GRANT_TABLE_ATTR_MAP_REPLY_ENTRY_STATUS 2 /* s16 */
#define HVLINK_GRANT_TABLE_ATTR_MAP_REPLY_ENTRY_HANDLE 3 /* u32 */
#define HVLINK_GRANT_TABLE_ATTR_MAP_REPLY_ENTRY_DEV_BUS_ADDR 4 /* u64 */

/* Attributes of unmap-req: Request of unmap_grant_ref - one entry as top-level attributes or a batch of entries. */
#define HVLINK_GRANT_TABLE_ATTR_UNMAP_REQ_HOST_ADDR 1 /* u64 */
#define HVLINK_GRANT_TABLE_ATTR_UNMAP_REQ_DEV_BUS_ADDR 2 /* u64 */
#define HVLINK_GRANT_TABLE_ATTR_UNMAP_REQ_HANDLE 3 /* u32 */
#define HVLINK_GRANT_TABLE_ATTR_UNMAP_REQ_MODE (4 | HVLINK_F_MUST_UNDERSTAND) /* u8 */
#define HVLINK_GRANT_TABLE_ATTR_UNMAP_REQ_ENTRY 5 /* nest */

/* Attributes of unmap-entry: One unmapping of an unmap_grant_ref batch. */
#define HVLINK_GRANT_TABLE_ATTR_UNMAP_ENTRY_HOST_ADDR 1 /* u64 */
#define HVLINK_GRANT_TABLE_ATTR_UNMAP_ENTRY_DEV_BUS_ADDR 2 /* u64 */
#define HVLINK_GRANT_TABLE_ATTR_UNMAP_ENTRY_HANDLE 3 /* u32 */

/* Attributes of unmap-reply: Reply of unmap_grant_ref, in the form of the request. */
#define HVLINK_GRANT_TABLE_ATTR_UNMAP_REPLY_STATUS 1 /* s16 */
#define HVLINK_GRANT_TABLE_ATTR_UNMAP_REPLY_ENTRY 2 /* nest */

/* Attributes of entry-result: Result of one entry of an unmap or copy batch. */
#define HVLINK_GRANT_TABLE_ATTR_ENTRY_RESULT_INDEX 1 /* u32 */
#define HVLINK_GRANT_TABLE_ATTR_ENTRY_RESULT_STATUS 2 /* s16 */

/* Attributes of frames-req: Request of setup_table and get_status_frames. */
#define HVLINK_GRANT_TABLE_ATTR_FRAMES_REQ_DOM 1 /* u16 */
#define HVLINK_GRANT_TABLE_ATTR_FRAMES_REQ_NR_FRAMES 2 /* u32 */

/* Attributes of frames-reply: Reply of setup_table and get_status_frames. */
#define HVLINK_GRANT_TABLE_ATTR_FRAMES_REPLY_STATUS 1 /* s16 */
#define HVLINK_GRANT_TABLE_ATTR_FRAMES_REPLY_FRAME 2 /* u64 */

/* Attributes of copy-req: Request of copy. */
#define HVLINK_GRANT_TABLE_ATTR_COPY_REQ_MODE (1 | HVLINK_F_MUST_UNDERSTAND) /* u8 */
#define HVLINK_GRANT_TABLE_ATTR_COPY_REQ_ENTRY 2 /* nest */

/* Attributes of copy-entry: One copy; source and destination are each a grant reference or a frame, as flags say. */
#define HVLINK_GRANT_TABLE_ATTR_COPY_ENTRY_SOURCE_REF 1 /* u32 */
#define HVLINK_GRANT_TABLE_ATTR_COPY_ENTRY_SOURCE_GFN 2 /* u64 */
#define HVLINK_GRANT_TABLE_ATTR_COPY_ENTRY_SOURCE_DOM 3 /* u16 */
#define HVLINK_GRANT_TABLE_ATTR_COPY_ENTRY_SOURCE_OFFSET 4 /* u16 */
#define HVLINK_GRANT_TABLE_ATTR_COPY_ENTRY_DEST_REF 5 /* u32 */
#define HVLINK_GRANT_TABLE_ATTR_COPY_ENTRY_DEST_GFN 6 /* u64 */
#define HVLINK_GRANT_TABLE_ATTR_COPY_ENTRY_DEST_DOM 7 /* u16 */
#define HVLINK_GRANT_TABLE_ATTR_COPY_ENTRY_DEST_OFFSET 8 /* u16 */
#define HVLINK_GRANT_TABLE_ATTR_COPY_ENTRY_LEN 9 /* u16 */
#define HVLINK_GRANT_TABLE_ATTR_COPY_ENTRY_FLAGS 10 /* u16 */

/* Attributes of copy-reply: Reply of copy. */
#define HVLINK_GRANT_TABLE_ATTR_COPY_REPLY_ENTRY 1 /* nest */

/* Attributes of dom-req: Request naming the domain whose table is meant. */
#define HVLINK_GRANT_TABLE_ATTR_DOM_REQ_DOM 1 /* u16 */

/* Attributes of query-size-reply: Reply of query_size. */
#define HVLINK_GRANT_TABLE_ATTR_QUERY_SIZE_REPLY_NR_FRAMES 1 /* u32 */
#define HVLINK_GRANT_TABLE_ATTR_QUERY_SIZE_REPLY_MAX_NR_FRAMES 2 /* u32 */
#define HVLINK_GRANT_TABLE_ATTR_QUERY_SIZE_REPLY_STATUS 3 /* s16 */

/* Attributes of unmap-and-replace-req: Request of unmap_and_replace. */
#define HVLINK_GRANT_TABLE_ATTR_UNMAP_AND_REPLACE_REQ_HOST_ADDR 1 /* u64 */
#define HVLINK_GRANT_TABLE_ATTR_UNMAP_AND_REPLACE_REQ_NEW_ADDR 2 /* u64 */
#define HVLINK_GRANT_TABLE_ATTR_UNMAP_AND_REPLACE_REQ_HANDLE 3 /* u32 */

/* Attributes of status-reply: Reply carrying one grant status. */
#define HVLINK_GRANT_TABLE_ATTR_STATUS_REPLY_STATUS 1 /* s16 */

/* Attributes of set-version-req: Request of set_version. */
#define HVLINK_GRANT_TABLE_ATTR_SET_VERSION_REQ_VERSION 1 /* u32 */

/* Attributes of version-reply: Reply carrying a grant table format version. */
#define HVLINK_GRANT_TABLE_ATTR_VERSION_REPLY_VERSION 1 /* u32 */

/* Attributes of swap-req: Request of swap_grant_ref. */
#define HVLINK_GRANT_TABLE_ATTR_SWAP_REQ_REF_A 1 /* u32 */
#define HVLINK_GRANT_TABLE_ATTR_SWAP_REQ_REF_B 2 /* u32 */

/* grant_table.map_grant_ref: Map granted frames of other domains (one entry or a batch, each with its own status). */
#define HVLINK_GRANT_TABLE_OP_MAP_GRANT_REF 0u
#define HVLINK_GRANT_TABLE_MAP_GRANT_REF_MAX_REPLY 40960u
#define HVLINK_GRANT_TABLE_MAP_GRANT_REF_IN_DOM HVLINK_REG_RSI
#define HVLINK_GRANT_TABLE_MAP_GRANT_REF_IN_FLAGS HVLINK_REG_R9
#define HVLINK_GRANT_TABLE_MAP_GRANT_REF_IN_HOST_ADDR HVLINK_REG_R8
#define HVLINK_GRANT_TABLE_MAP_GRANT_REF_IN_REF HVLINK_REG_R10
#define HVLINK_GRANT_TABLE_MAP_GRANT_REF_OUT_HANDLE HVLINK_REG_R11
#define HVLINK_GRANT_TABLE_MAP_GRANT_REF_OUT_STATUS HVLINK_REG_R12
static inline size_t hvlink_grant_table_map_grant_ref_begin(struct hvlink_buf *b, uint32_t seq, uint32_t port)
{
    size_t m = hvlink_msg_begin(b, HVLINK_GRANT_TABLE_MSG_TYPE, HVLINK_NLM_F_REQUEST, seq, port);
    hvlink_family_hdr(b, HVLINK_GRANT_TABLE_OP_MAP_GRANT_REF, HVLINK_GRANT_TABLE_VERSION);
    return m;
}

/* grant_table.unmap_grant_ref: Remove mappings made by map_grant_ref (one entry or a batch). */
#define HVLINK_GRANT_TABLE_OP_UNMAP_GRANT_REF 1u
#define HVLINK_GRANT_TABLE_UNMAP_GRANT_REF_MAX_REPLY 20480u
#define HVLINK_GRANT_TABLE_UNMAP_GRANT_REF_IN_HANDLE HVLINK_REG_R11
#define HVLINK_GRANT_TABLE_UNMAP_GRANT_REF_IN_HOST_ADDR HVLINK_REG_R8
#define HVLINK_GRANT_TABLE_UNMAP_GRANT_REF_OUT_STATUS HVLINK_REG_R12
static inline size_t hvlink_grant_table_unmap_grant_ref_begin(struct hvlink_buf *b, uint32_t seq, uint32_t port)
{
    size_t m = hvlink_msg_begin(b, HVLINK_GRANT_TABLE_MSG_TYPE, HVLINK_NLM_F_REQUEST, seq, port);
    hvlink_family_hdr(b, HVLINK_GRANT_TABLE_OP_UNMAP_GRANT_REF, HVLINK_GRANT_TABLE_VERSION);
    return m;
}

/* grant_table.setup_table: Set up a grant table of at least nr-frames frames and list its frames. */
#define HVLINK_GRANT_TABLE_OP_SETUP_TABLE 2u
#define HVLINK_GRANT_TABLE_SETUP_TABLE_MAX_REPLY 12296u
/* ring only: The frame list (up to 1024 frames) does not fit in registers. */
static inline size_t hvlink_grant_table_setup_table_begin(struct hvlink_buf *b, uint32_t seq, uint32_t port)
{
    size_t m = hvlink_msg_begin(b, HVLINK_GRANT_TABLE_MSG_TYPE, HVLINK_NLM_F_REQUEST, seq, port);
    hvlink_family_hdr(b, HVLINK_GRANT_TABLE_OP_SETUP_TABLE, HVLINK_GRANT_TABLE_VERSION);
    return m;
}

/* grant_table.copy: Copy bytes between granted and local frames (a batch, each entry with its own status). */
#define HVLINK_GRANT_TABLE_OP_COPY 5u
#define HVLINK_GRANT_TABLE_COPY_MAX_REPLY 10240u
/* ring only: A copy entry has ten fields and the op is only worth it in batches. */
static inline size_t hvlink_grant_table_copy_begin(struct hvlink_buf *b, uint32_t seq, uint32_t port)
{
    size_t m = hvlink_msg_begin(b, HVLINK_GRANT_TABLE_MSG_TYPE, HVLINK_NLM_F_REQUEST, seq, port);
    hvlink_family_hdr(b, HVLINK_GRANT_TABLE_OP_COPY, HVLINK_GRANT_TABLE_VERSION);
    return m;
}

/* grant_table.query_size: Report the current and maximum size of a grant table. */
#define HVLINK_GRANT_TABLE_OP_QUERY_SIZE 6u
#define HVLINK_GRANT_TABLE_QUERY_SIZE_MAX_REPLY 24u
#define HVLINK_GRANT_TABLE_QUERY_SIZE_OUT_MAX_NR_FRAMES HVLINK_REG_R8
#define HVLINK_GRANT_TABLE_QUERY_SIZE_OUT_NR_FRAMES HVLINK_REG_RSI
#define HVLINK_GRANT_TABLE_QUERY_SIZE_OUT_STATUS HVLINK_REG_R12
static inline size_t hvlink_grant_table_query_size_begin(struct hvlink_buf *b, uint32_t seq, uint32_t port)
{
    size_t m = hvlink_msg_begin(b, HVLINK_GRANT_TABLE_MSG_TYPE, HVLINK_NLM_F_REQUEST, seq, port);
    hvlink_family_hdr(b, HVLINK_GRANT_TABLE_OP_QUERY_SIZE, HVLINK_GRANT_TABLE_VERSION);
    return m;
}

/* grant_table.unmap_and_replace: Remove a grant mapping and move another mapping into its place. */
#define HVLINK_GRANT_TABLE_OP_UNMAP_AND_REPLACE 7u
#define HVLINK_GRANT_TABLE_UNMAP_AND_REPLACE_MAX_REPLY 8u
#define HVLINK_GRANT_TABLE_UNMAP_AND_REPLACE_IN_HANDLE HVLINK_REG_R11
#define HVLINK_GRANT_TABLE_UNMAP_AND_REPLACE_IN_HOST_ADDR HVLINK_REG_R8
#define HVLINK_GRANT_TABLE_UNMAP_AND_REPLACE_IN_NEW_ADDR HVLINK_REG_R9
#define HVLINK_GRANT_TABLE_UNMAP_AND_REPLACE_OUT_STATUS HVLINK_REG_R12
static inline size_t hvlink_grant_table_unmap_and_replace_begin(struct hvlink_buf *b, uint32_t seq, uint32_t port)
{
    size_t m = hvlink_msg_begin(b, HVLINK_GRANT_TABLE_MSG_TYPE, HVLINK_NLM_F_REQUEST, seq, port);
    hvlink_family_hdr(b, HVLINK_GRANT_TABLE_OP_UNMAP_AND_REPLACE, HVLINK_GRANT_TABLE_VERSION);
    return m;
}

/* grant_table.set_version: Choose the grant table format (before any grant is active). */
#define HVLINK_GRANT_TABLE_OP_SET_VERSION 8u
#define HVLINK_GRANT_TABLE_SET_VERSION_MAX_REPLY 8u
#define HVLINK_GRANT_TABLE_SET_VERSION_IN_VERSION HVLINK_REG_RSI
#define HVLINK_GRANT_TABLE_SET_VERSION_OUT_VERSION HVLINK_REG_RSI
static inline size_t hvlink_grant_table_set_version_begin(struct hvlink_buf *b, uint32_t seq, uint32_t port)
{
    size_t m = hvlink_msg_begin(b, HVLINK_GRANT_TABLE_MSG_TYPE, HVLINK_NLM_F_REQUEST, seq, port);
    hvlink_family_hdr(b, HVLINK_GRANT_TABLE_OP_SET_VERSION, HVLINK_GRANT_TABLE_VERSION);
    return m;
}

/* grant_table.get_status_frames: List the frames holding the status words of a version-2 grant table. */
#define HVLINK_GRANT_TABLE_OP_GET_STATUS_FRAMES 9u
#define HVLINK_GRANT_TABLE_GET_STATUS_FRAMES_MAX_REPLY 12296u
/* ring only: The frame list (up to 1024 frames) does not fit in registers. */
static inline size_t hvlink_grant_table_get_status_frames_begin(struct hvlink_buf *b, uint32_t seq, uint32_t port)
{
    size_t m = hvlink_msg_begin(b, HVLINK_GRANT_TABLE_MSG_TYPE, HVLINK_NLM_F_REQUEST, seq, port);
    hvlink_family_hdr(b, HVLINK_GRANT_TABLE_OP_GET_STATUS_FRAMES, HVLINK_GRANT_TABLE_VERSION);
    return m;
}

/* grant_table.get_version: Report the grant table format in effect for a domain. */
#define HVLINK_GRANT_TABLE_OP_GET_VERSION 10u
#define HVLINK_GRANT_TABLE_GET_VERSION_MAX_REPLY 8u
#define HVLINK_GRANT_TABLE_GET_VERSION_OUT_VERSION HVLINK_REG_RSI
static inline size_t hvlink_grant_table_get_version_begin(struct hvlink_buf *b, uint32_t seq, uint32_t port)
{
    size_t m = hvlink_msg_begin(b, HVLINK_GRANT_TABLE_MSG_TYPE, HVLINK_NLM_F_REQUEST, seq, port);
    hvlink_family_hdr(b, HVLINK_GRANT_TABLE_OP_GET_VERSION, HVLINK_GRANT_TABLE_VERSION);
    return m;
}

/* grant_table.swap_grant_ref: Swap the contents of two entries of the caller's grant table. */
#define HVLINK_GRANT_TABLE_OP_SWAP_GRANT_REF 11u
#define HVLINK_GRANT_TABLE_SWAP_GRANT_REF_MAX_REPLY 8u
#define HVLINK_GRANT_TABLE_SWAP_GRANT_REF_IN_REF_A HVLINK_REG_RSI
#define HVLINK_GRANT_TABLE_SWAP_GRANT_REF_IN_REF_B HVLINK_REG_R8
#define HVLINK_GRANT_TABLE_SWAP_GRANT_REF_OUT_STATUS HVLINK_REG_R12
static inline size_t hvlink_grant_table_swap_grant_ref_begin(struct hvlink_buf *b, uint32_t seq, uint32_t port)
{
    size_t m = hvlink_msg_begin(b, HVLINK_GRANT_TABLE_MSG_TYPE, HVLINK_NLM_F_REQUEST, seq, port);
    hvlink_family_hdr(b, HVLINK_GRANT_TABLE_OP_SWAP_GRANT_REF, HVLINK_GRANT_TABLE_VERSION);
    return m;
}


/* ==========================================================================================
 * Family vcpu (id 24, __HYPERVISOR_vcpu_op)
 * ======================================================================================= */

#define HVLINK_VCPU_ID 0x18u
#define HVLINK_VCPU_MSG_TYPE 0x118u
#define HVLINK_VCPU_VERSION 1u
#define HVLINK_VCPU_RAX (HVLINK_VCPU_ID | HVLINK_FASTABI_BIT)

/* runstate (enum): Scheduling state of a vCPU (Xen RUNSTATE_*). */
#define HVLINK_VCPU_RUNSTATE_RUNNING 0
#define HVLINK_VCPU_RUNSTATE_RUNNABLE 1
#define HVLINK_VCPU_RUNSTATE_BLOCKED 2
#define HVLINK_VCPU_RUNSTATE_OFFLINE 3

/* singleshot-flags (flags): Flags of set_singleshot_timer (Xen VCPU_SSHOTTMR_*). */
#define HVLINK_VCPU_SINGLESHOT_FLAGS_FUTURE 0x1u

/* Attributes of vcpu-req: Request naming one vCPU of the caller. */
#define HVLINK_VCPU_ATTR_VCPU_REQ_VCPU 1 /* u32 */

/* Attributes of initialise-req: Request of initialise. */
#define HVLINK_VCPU_ATTR_INITIALISE_REQ_VCPU 1 /* u32 */
#define HVLINK_VCPU_ATTR_INITIALISE_REQ_CONTEXT_GFN 2 /* u64 */

/* Attributes of is-up-reply: Reply of is_up. */
#define HVLINK_VCPU_ATTR_IS_UP_REPLY_UP 1 /* u8 */

/* Attributes of runstate-reply: Reply of get_runstate_info; the four times sum to the time since the vCPU was created. */
#define HVLINK_VCPU_ATTR_RUNSTATE_REPLY_STATE 1 /* s32 */
#define HVLINK_VCPU_ATTR_RUNSTATE_REPLY_STATE_ENTRY_TIME 2 /* u64 */
#define HVLINK_VCPU_ATTR_RUNSTATE_REPLY_TIME_RUNNING 3 /* u64 */
#define HVLINK_VCPU_ATTR_RUNSTATE_REPLY_TIME_RUNNABLE 4 /* u64 */
#define HVLINK_VCPU_ATTR_RUNSTATE_REPLY_TIME_BLOCKED 5 /* u64 */
#define HVLINK_VCPU_ATTR_RUNSTATE_REPLY_TIME_OFFLINE 6 /* u64 */

/* Attributes of phys-area-req: Request of the ops that register a guest-physical area for a vCPU. */
#define HVLINK_VCPU_ATTR_PHYS_AREA_REQ_VCPU 1 /* u32 */
#define HVLINK_VCPU_ATTR_PHYS_AREA_REQ_GPA 2 /* u64 */

/* Attributes of periodic-timer-req: Request of set_periodic_timer. */
#define HVLINK_VCPU_ATTR_PERIODIC_TIMER_REQ_VCPU 1 /* u32 */
#define HVLINK_VCPU_ATTR_PERIODIC_TIMER_REQ_PERIOD_NS 2 /* u64 */

/* Attributes of singleshot-timer-req: Request of set_singleshot_timer. */
#define HVLINK_VCPU_ATTR_SINGLESHOT_TIMER_REQ_VCPU 1 /* u32 */
#define HVLINK_VCPU_ATTR_SINGLESHOT_TIMER_REQ_TIMEOUT_ABS_NS 2 /* u64 */
#define HVLINK_VCPU_ATTR_SINGLESHOT_TIMER_REQ_FLAGS 3 /* u32 */

/* Attributes of vcpu-info-req: Request of register_vcpu_info. */
#define HVLINK_VCPU_ATTR_VCPU_INFO_REQ_VCPU 1 /* u32 */
#define HVLINK_VCPU_ATTR_VCPU_INFO_REQ_GFN 2 /* u64 */
#define HVLINK_VCPU_ATTR_VCPU_INFO_REQ_OFFSET 3 /* u32 */

/* Attributes of physid-reply: Reply of get_physid. */
#define HVLINK_VCPU_ATTR_PHYSID_REPLY_PHYS_ID 1 /* u64 */

/* vcpu.initialise: Initialise a vCPU from a register context in a guest frame (once per vCPU). */
#define HVLINK_VCPU_OP_INITIALISE 0u
#define HVLINK_VCPU_INITIALISE_MAX_REPLY 0u
#define HVLINK_VCPU_INITIALISE_IN_CONTEXT_GFN HVLINK_REG_R8
#define HVLINK_VCPU_INITIALISE_IN_VCPU HVLINK_REG_RSI
static inline size_t hvlink_vcpu_initialise_begin(struct hvlink_buf *b, uint32_t seq, uint32_t port)
{
    size_t m = hvlink_msg_begin(b, HVLINK_VCPU_MSG_TYPE, HVLINK_NLM_F_REQUEST, seq, port);
    hvlink_family_hdr(b, HVLINK_VCPU_OP_INITIALISE, HVLINK_VCPU_VERSION);
    return m;
}

/* vcpu.up: Make an initialised vCPU runnable. */
#define HVLINK_VCPU_OP_UP 1u
#define HVLINK_VCPU_UP_MAX_REPLY 0u
#define HVLINK_VCPU_UP_IN_VCPU HVLINK_REG_RSI
static inline size_t hvlink_vcpu_up_begin(struct hvlink_buf *b, uint32_t seq, uint32_t port)
{
    size_t m = hvlink_msg_begin(b, HVLINK_VCPU_MSG_TYPE, HVLINK_NLM_F_REQUEST, seq, port);
    hvlink_family_hdr(b, HVLINK_VCPU_OP_UP, HVLINK_VCPU_VERSION);
    return m;
}

/* vcpu.down: Make a vCPU non-runnable (may return before it stops, unless it is the caller). */
#define HVLINK_VCPU_OP_DOWN 2u
#define HVLINK_VCPU_DOWN_MAX_REPLY 0u
#define HVLINK_VCPU_DOWN_IN_VCPU HVLINK_REG_RSI
static inline size_t hvlink_vcpu_down_begin(struct hvlink_buf *b, uint32_t seq, uint32_t port)
{
    size_t m = hvlink_msg_begin(b, HVLINK_VCPU_MSG_TYPE, HVLINK_NLM_F_REQUEST, seq, port);
    hvlink_family_hdr(b, HVLINK_VCPU_OP_DOWN, HVLINK_VCPU_VERSION);
    return m;
}

/* vcpu.is_up: Tell whether a vCPU is up. */
#define HVLINK_VCPU_OP_IS_UP 3u
#define HVLINK_VCPU_IS_UP_MAX_REPLY 8u
#define HVLINK_VCPU_IS_UP_IN_VCPU HVLINK_REG_RSI
#define HVLINK_VCPU_IS_UP_OUT_UP HVLINK_REG_RSI
static inline size_t hvlink_vcpu_is_up_begin(struct hvlink_buf *b, uint32_t seq, uint32_t port)
{
    size_t m = hvlink_msg_begin(b, HVLINK_VCPU_MSG_TYPE, HVLINK_NLM_F_REQUEST, seq, port);
    hvlink_family_hdr(b, HVLINK_VCPU_OP_IS_UP, HVLINK_VCPU_VERSION);
    return m;
}

/* vcpu.get_runstate_info: Report a vCPU's state and the time it spent in each state. */
#define HVLINK_VCPU_OP_GET_RUNSTATE_INFO 4u
#define HVLINK_VCPU_GET_RUNSTATE_INFO_MAX_REPLY 68u
#define HVLINK_VCPU_GET_RUNSTATE_INFO_IN_VCPU HVLINK_REG_RSI
#define HVLINK_VCPU_GET_RUNSTATE_INFO_OUT_STATE HVLINK_REG_RSI
#define HVLINK_VCPU_GET_RUNSTATE_INFO_OUT_STATE_ENTRY_TIME HVLINK_REG_R8
#define HVLINK_VCPU_GET_RUNSTATE_INFO_OUT_TIME_BLOCKED HVLINK_REG_R11
#define HVLINK_VCPU_GET_RUNSTATE_INFO_OUT_TIME_OFFLINE HVLINK_REG_R12
#define HVLINK_VCPU_GET_RUNSTATE_INFO_OUT_TIME_RUNNABLE HVLINK_REG_R10
#define HVLINK_VCPU_GET_RUNSTATE_INFO_OUT_TIME_RUNNING HVLINK_REG_R9
static inline size_t hvlink_vcpu_get_runstate_info_begin(struct hvlink_buf *b, uint32_t seq, uint32_t port)
{
    size_t m = hvlink_msg_begin(b, HVLINK_VCPU_MSG_TYPE, HVLINK_NLM_F_REQUEST, seq, port);
    hvlink_family_hdr(b, HVLINK_VCPU_OP_GET_RUNSTATE_INFO, HVLINK_VCPU_VERSION);
    return m;
}

/* vcpu.set_periodic_timer: Start or reprogram a vCPU's periodic timer. */
#define HVLINK_VCPU_OP_SET_PERIODIC_TIMER 6u
#define HVLINK_VCPU_SET_PERIODIC_TIMER_MAX_REPLY 0u
#define HVLINK_VCPU_SET_PERIODIC_TIMER_IN_PERIOD_NS HVLINK_REG_R8
#define HVLINK_VCPU_SET_PERIODIC_TIMER_IN_VCPU HVLINK_REG_RSI
static inline size_t hvlink_vcpu_set_periodic_timer_begin(struct hvlink_buf *b, uint32_t seq, uint32_t port)
{
    size_t m = hvlink_msg_begin(b, HVLINK_VCPU_MSG_TYPE, HVLINK_NLM_F_REQUEST, seq, port);
    hvlink_family_hdr(b, HVLINK_VCPU_OP_SET_PERIODIC_TIMER, HVLINK_VCPU_VERSION);
    return m;
}

/* vcpu.stop_periodic_timer: Stop a vCPU's periodic timer. */
#define HVLINK_VCPU_OP_STOP_PERIODIC_TIMER 7u
#define HVLINK_VCPU_STOP_PERIODIC_TIMER_MAX_REPLY 0u
#define HVLINK_VCPU_STOP_PERIODIC_TIMER_IN_VCPU HVLINK_REG_RSI
static inline size_t hvlink_vcpu_stop_periodic_timer_begin(struct hvlink_buf *b, uint32_t seq, uint32_t port)
{
    size_t m = hvlink_msg_begin(b, HVLINK_VCPU_MSG_TYPE, HVLINK_NLM_F_REQUEST, seq, port);
    hvlink_family_hdr(b, HVLINK_VCPU_OP_STOP_PERIODIC_TIMER, HVLINK_VCPU_VERSION);
    return m;
}

/* vcpu.set_singleshot_timer: Arm a vCPU's one-shot timer at an absolute system time. */
#define HVLINK_VCPU_OP_SET_SINGLESHOT_TIMER 8u
#define HVLINK_VCPU_SET_SINGLESHOT_TIMER_MAX_REPLY 0u
#define HVLINK_VCPU_SET_SINGLESHOT_TIMER_IN_FLAGS HVLINK_REG_R9
#define HVLINK_VCPU_SET_SINGLESHOT_TIMER_IN_TIMEOUT_ABS_NS HVLINK_REG_R8
#define HVLINK_VCPU_SET_SINGLESHOT_TIMER_IN_VCPU HVLINK_REG_RSI
static inline size_t hvlink_vcpu_set_singleshot_timer_begin(struct hvlink_buf *b, uint32_t seq, uint32_t port)
{
    size_t m = hvlink_msg_begin(b, HVLINK_VCPU_MSG_TYPE, HVLINK_NLM_F_REQUEST, seq, port);
    hvlink_family_hdr(b, HVLINK_VCPU_OP_SET_SINGLESHOT_TIMER, HVLINK_VCPU_VERSION);
    return m;
}

/* vcpu.stop_singleshot_timer: Cancel a vCPU's one-shot timer. */
#define HVLINK_VCPU_OP_STOP_SINGLESHOT_TIMER 9u
#define HVLINK_VCPU_STOP_SINGLESHOT_TIMER_MAX_REPLY 0u
#define HVLINK_VCPU_STOP_SINGLESHOT_TIMER_IN_VCPU HVLINK_REG_RSI
static inline size_t hvlink_vcpu_stop_singleshot_timer_begin(struct hvlink_buf *b, uint32_t seq, uint32_t port)
{
    size_t m = hvlink_msg_begin(b, HVLINK_VCPU_MSG_TYPE, HVLINK_NLM_F_REQUEST, seq, port);
    hvlink_family_hdr(b, HVLINK_VCPU_OP_STOP_SINGLESHOT_TIMER, HVLINK_VCPU_VERSION);
    return m;
}

/* vcpu.register_vcpu_info: Move a vCPU's vcpu_info structure to a guest frame. */
#define HVLINK_VCPU_OP_REGISTER_VCPU_INFO 10u
#define HVLINK_VCPU_REGISTER_VCPU_INFO_MAX_REPLY 0u
#define HVLINK_VCPU_REGISTER_VCPU_INFO_IN_GFN HVLINK_REG_R8
#define HVLINK_VCPU_REGISTER_VCPU_INFO_IN_OFFSET HVLINK_REG_R9
#define HVLINK_VCPU_REGISTER_VCPU_INFO_IN_VCPU HVLINK_REG_RSI
static inline size_t hvlink_vcpu_register_vcpu_info_begin(struct hvlink_buf *b, uint32_t seq, uint32_t port)
{
    size_t m = hvlink_msg_begin(b, HVLINK_VCPU_MSG_TYPE, HVLINK_NLM_F_REQUEST, seq, port);
    hvlink_family_hdr(b, HVLINK_VCPU_OP_REGISTER_VCPU_INFO, HVLINK_VCPU_VERSION);
    return m;
}

/* vcpu.send_nmi: Send an NMI to a vCPU. */
#define HVLINK_VCPU_OP_SEND_NMI 11u
#define HVLINK_VCPU_SEND_NMI_MAX_REPLY 0u
#define HVLINK_VCPU_SEND_NMI_IN_VCPU HVLINK_REG_RSI
static inline size_t hvlink_vcpu_send_nmi_begin(struct hvlink_buf *b, uint32_t seq, uint32_t port)
{
    size_t m = hvlink_msg_begin(b, HVLINK_VCPU_MSG_TYPE, HVLINK_NLM_F_REQUEST, seq, port);
    hvlink_family_hdr(b, HVLINK_VCPU_OP_SEND_NMI, HVLINK_VCPU_VERSION);
    return m;
}

/* vcpu.get_physid: Report the physical CPU id behind a vCPU (hardware domain only). */
#define HVLINK_VCPU_OP_GET_PHYSID 12u
#define HVLINK_VCPU_GET_PHYSID_MAX_REPLY 12u
#define HVLINK_VCPU_GET_PHYSID_IN_VCPU HVLINK_REG_RSI
#define HVLINK_VCPU_GET_PHYSID_OUT_PHYS_ID HVLINK_REG_R8
static inline size_t hvlink_vcpu_get_physid_begin(struct hvlink_buf *b, uint32_t seq, uint32_t port)
{
    size_t m = hvlink_msg_begin(b, HVLINK_VCPU_MSG_TYPE, HVLINK_NLM_F_REQUEST, seq, port);
    hvlink_family_hdr(b, HVLINK_VCPU_OP_GET_PHYSID, HVLINK_VCPU_VERSION);
    return m;
}

/* vcpu.register_runstate_phys_area: Publish a vCPU's runstate information at a guest-physical address. */
#define HVLINK_VCPU_OP_REGISTER_RUNSTATE_PHYS_AREA 14u
#define HVLINK_VCPU_REGISTER_RUNSTATE_PHYS_AREA_MAX_REPLY 0u
#define HVLINK_VCPU_REGISTER_RUNSTATE_PHYS_AREA_IN_GPA HVLINK_REG_R8
#define HVLINK_VCPU_REGISTER_RUNSTATE_PHYS_AREA_IN_VCPU HVLINK_REG_RSI
static inline size_t hvlink_vcpu_register_runstate_phys_area_begin(struct hvlink_buf *b, uint32_t seq, uint32_t port)
{
    size_t m = hvlink_msg_begin(b, HVLINK_VCPU_MSG_TYPE, HVLINK_NLM_F_REQUEST, seq, port);
    hvlink_family_hdr(b, HVLINK_VCPU_OP_REGISTER_RUNSTATE_PHYS_AREA, HVLINK_VCPU_VERSION);
    return m;
}

/* vcpu.register_vcpu_time_phys_area: Publish a vCPU's time information at a guest-physical address. */
#define HVLINK_VCPU_OP_REGISTER_VCPU_TIME_PHYS_AREA 15u
#define HVLINK_VCPU_REGISTER_VCPU_TIME_PHYS_AREA_MAX_REPLY 0u
#define HVLINK_VCPU_REGISTER_VCPU_TIME_PHYS_AREA_IN_GPA HVLINK_REG_R8
#define HVLINK_VCPU_REGISTER_VCPU_TIME_PHYS_AREA_IN_VCPU HVLINK_REG_RSI
static inline size_t hvlink_vcpu_register_vcpu_time_phys_area_begin(struct hvlink_buf *b, uint32_t seq, uint32_t port)
{
    size_t m = hvlink_msg_begin(b, HVLINK_VCPU_MSG_TYPE, HVLINK_NLM_F_REQUEST, seq, port);
    hvlink_family_hdr(b, HVLINK_VCPU_OP_REGISTER_VCPU_TIME_PHYS_AREA, HVLINK_VCPU_VERSION);
    return m;
}


/* ==========================================================================================
 * Family sched (id 29, __HYPERVISOR_sched_op)
 * ======================================================================================= */

#define HVLINK_SCHED_ID 0x1du
#define HVLINK_SCHED_MSG_TYPE 0x11du
#define HVLINK_SCHED_VERSION 1u
#define HVLINK_SCHED_RAX (HVLINK_SCHED_ID | HVLINK_FASTABI_BIT)

/* shutdown-reason (enum): Why a domain shuts down (Xen SHUTDOWN_*), as told to the toolstack. */
#define HVLINK_SCHED_SHUTDOWN_REASON_POWEROFF 0
#define HVLINK_SCHED_SHUTDOWN_REASON_REBOOT 1
#define HVLINK_SCHED_SHUTDOWN_REASON_SUSPEND 2
#define HVLINK_SCHED_SHUTDOWN_REASON_CRASH 3
#define HVLINK_SCHED_SHUTDOWN_REASON_WATCHDOG 4
#define HVLINK_SCHED_SHUTDOWN_REASON_SOFT_RESET 5

/* Attributes of shutdown-req: Request of shutdown and shutdown_code. */
#define HVLINK_SCHED_ATTR_SHUTDOWN_REQ_REASON 1 /* u32 */

/* Attributes of poll-req: Request of poll. */
#define HVLINK_SCHED_ATTR_POLL_REQ_TIMEOUT 1 /* u64 */
#define HVLINK_SCHED_ATTR_POLL_REQ_PORT 2 /* u32 */

/* Attributes of remote-shutdown-req: Request of remote_shutdown. */
#define HVLINK_SCHED_ATTR_REMOTE_SHUTDOWN_REQ_DOM 1 /* u16 */
#define HVLINK_SCHED_ATTR_REMOTE_SHUTDOWN_REQ_REASON 2 /* u32 */

/* Attributes of watchdog-req: Request of watchdog. */
#define HVLINK_SCHED_ATTR_WATCHDOG_REQ_ID 1 /* u32 */
#define HVLINK_SCHED_ATTR_WATCHDOG_REQ_TIMEOUT 2 /* u32 */

/* Attributes of watchdog-reply: Reply of watchdog. */
#define HVLINK_SCHED_ATTR_WATCHDOG_REPLY_ID 1 /* u32 */

/* Attributes of pin-override-req: Request of pin_override. */
#define HVLINK_SCHED_ATTR_PIN_OVERRIDE_REQ_PCPU 1 /* s32 */

/* sched.yield: Give up the physical CPU voluntarily (on a ring - completes at once). */
#define HVLINK_SCHED_OP_YIELD 0u
#define HVLINK_SCHED_YIELD_MAX_REPLY 0u
static inline size_t hvlink_sched_yield_begin(struct hvlink_buf *b, uint32_t seq, uint32_t port)
{
    size_t m = hvlink_msg_begin(b, HVLINK_SCHED_MSG_TYPE, HVLINK_NLM_F_REQUEST, seq, port);
    hvlink_family_hdr(b, HVLINK_SCHED_OP_YIELD, HVLINK_SCHED_VERSION);
    return m;
}

/* sched.block: Wait until an event is pending (register call - the calling vCPU blocks; ring - a continuation). */
#define HVLINK_SCHED_OP_BLOCK 1u
#define HVLINK_SCHED_BLOCK_MAX_REPLY 0u
static inline size_t hvlink_sched_block_begin(struct hvlink_buf *b, uint32_t seq, uint32_t port)
{
    size_t m = hvlink_msg_begin(b, HVLINK_SCHED_MSG_TYPE, HVLINK_NLM_F_REQUEST, seq, port);
    hvlink_family_hdr(b, HVLINK_SCHED_OP_BLOCK, HVLINK_SCHED_VERSION);
    return m;
}

/* sched.shutdown: Stop the whole domain and tell the toolstack why. */
#define HVLINK_SCHED_OP_SHUTDOWN 2u
#define HVLINK_SCHED_SHUTDOWN_MAX_REPLY 0u
#define HVLINK_SCHED_SHUTDOWN_IN_REASON HVLINK_REG_RSI
static inline size_t hvlink_sched_shutdown_begin(struct hvlink_buf *b, uint32_t seq, uint32_t port)
{
    size_t m = hvlink_msg_begin(b, HVLINK_SCHED_MSG_TYPE, HVLINK_NLM_F_REQUEST, seq, port);
    hvlink_family_hdr(b, HVLINK_SCHED_OP_SHUTDOWN, HVLINK_SCHED_VERSION);
    return m;
}

/* sched.poll: Wait until one of the ports is pending or the timeout passes. */
#define HVLINK_SCHED_OP_POLL 3u
#define HVLINK_SCHED_POLL_MAX_REPLY 0u
#define HVLINK_SCHED_POLL_IN_PORT HVLINK_REG_R8
#define HVLINK_SCHED_POLL_IN_TIMEOUT HVLINK_REG_RSI
static inline size_t hvlink_sched_poll_begin(struct hvlink_buf *b, uint32_t seq, uint32_t port)
{
    size_t m = hvlink_msg_begin(b, HVLINK_SCHED_MSG_TYPE, HVLINK_NLM_F_REQUEST, seq, port);
    hvlink_family_hdr(b, HVLINK_SCHED_OP_POLL, HVLINK_SCHED_VERSION);
    return m;
}

/* sched.remote_shutdown: Shut another domain down (toolstack). */
#define HVLINK_SCHED_OP_REMOTE_SHUTDOWN 4u
#define HVLINK_SCHED_REMOTE_SHUTDOWN_MAX_REPLY 0u
#define HVLINK_SCHED_REMOTE_SHUTDOWN_IN_DOM HVLINK_REG_RSI
#define HVLINK_SCHED_REMOTE_SHUTDOWN_IN_REASON HVLINK_REG_R8
static inline size_t hvlink_sched_remote_shutdown_begin(struct hvlink_buf *b, uint32_t seq, uint32_t port)
{
    size_t m = hvlink_msg_begin(b, HVLINK_SCHED_MSG_TYPE, HVLINK_NLM_F_REQUEST, seq, port);
    hvlink_family_hdr(b, HVLINK_SCHED_OP_REMOTE_SHUTDOWN, HVLINK_SCHED_VERSION);
    return m;
}

/* sched.shutdown_code: Latch the reason reported when the domain later shuts down. */
#define HVLINK_SCHED_OP_SHUTDOWN_CODE 5u
#define HVLINK_SCHED_SHUTDOWN_CODE_MAX_REPLY 0u
#define HVLINK_SCHED_SHUTDOWN_CODE_IN_REASON HVLINK_REG_RSI
static inline size_t hvlink_sched_shutdown_code_begin(struct hvlink_buf *b, uint32_t seq, uint32_t port)
{
    size_t m = hvlink_msg_begin(b, HVLINK_SCHED_MSG_TYPE, HVLINK_NLM_F_REQUEST, seq, port);
    hvlink_family_hdr(b, HVLINK_SCHED_OP_SHUTDOWN_CODE, HVLINK_SCHED_VERSION);
    return m;
}

/* sched.watchdog: Create, poke or destroy a domain watchdog. */
#define HVLINK_SCHED_OP_WATCHDOG 6u
#define HVLINK_SCHED_WATCHDOG_MAX_REPLY 8u
#define HVLINK_SCHED_WATCHDOG_IN_ID HVLINK_REG_RSI
#define HVLINK_SCHED_WATCHDOG_IN_TIMEOUT HVLINK_REG_R8
#define HVLINK_SCHED_WATCHDOG_OUT_ID HVLINK_REG_RSI
static inline size_t hvlink_sched_watchdog_begin(struct hvlink_buf *b, uint32_t seq, uint32_t port)
{
    size_t m = hvlink_msg_begin(b, HVLINK_SCHED_MSG_TYPE, HVLINK_NLM_F_REQUEST, seq, port);
    hvlink_family_hdr(b, HVLINK_SCHED_OP_WATCHDOG, HVLINK_SCHED_VERSION);
    return m;
}

/* sched.pin_override: Temporarily pin the calling vCPU to a physical CPU (hardware domain only). */
#define HVLINK_SCHED_OP_PIN_OVERRIDE 7u
#define HVLINK_SCHED_PIN_OVERRIDE_MAX_REPLY 0u
#define HVLINK_SCHED_PIN_OVERRIDE_IN_PCPU HVLINK_REG_RSI
static inline size_t hvlink_sched_pin_override_begin(struct hvlink_buf *b, uint32_t seq, uint32_t port)
{
    size_t m = hvlink_msg_begin(b, HVLINK_SCHED_MSG_TYPE, HVLINK_NLM_F_REQUEST, seq, port);
    hvlink_family_hdr(b, HVLINK_SCHED_OP_PIN_OVERRIDE, HVLINK_SCHED_VERSION);
    return m;
}


/* ==========================================================================================
 * Family event_channel (id 32, __HYPERVISOR_event_channel_op)
 * ======================================================================================= */

#define HVLINK_EVENT_CHANNEL_ID 0x20u
#define HVLINK_EVENT_CHANNEL_MSG_TYPE 0x120u
#define HVLINK_EVENT_CHANNEL_VERSION 1u
#define HVLINK_EVENT_CHANNEL_RAX (HVLINK_EVENT_CHANNEL_ID | HVLINK_FASTABI_BIT)

/* evtchn-status (enum): State of a port as reported by status (Xen EVTCHNSTAT_*). */
#define HVLINK_EVENT_CHANNEL_EVTCHN_STATUS_CLOSED 0
#define HVLINK_EVENT_CHANNEL_EVTCHN_STATUS_UNBOUND 1
#define HVLINK_EVENT_CHANNEL_EVTCHN_STATUS_INTERDOMAIN 2
#define HVLINK_EVENT_CHANNEL_EVTCHN_STATUS_PIRQ 3
#define HVLINK_EVENT_CHANNEL_EVTCHN_STATUS_VIRQ 4
#define HVLINK_EVENT_CHANNEL_EVTCHN_STATUS_IPI 5

/* virq (enum): Virtual IRQ numbers (Xen VIRQ_*); G = global (bound on vCPU 0), V = per vCPU. */
#define HVLINK_EVENT_CHANNEL_VIRQ_TIMER 0
#define HVLINK_EVENT_CHANNEL_VIRQ_DEBUG 1
#define HVLINK_EVENT_CHANNEL_VIRQ_CONSOLE 2
#define HVLINK_EVENT_CHANNEL_VIRQ_DOM_EXC 3
#define HVLINK_EVENT_CHANNEL_VIRQ_TBUF 4
#define HVLINK_EVENT_CHANNEL_VIRQ_DEBUGGER 6
#define HVLINK_EVENT_CHANNEL_VIRQ_XENOPROF 7
#define HVLINK_EVENT_CHANNEL_VIRQ_CON_RING 8
#define HVLINK_EVENT_CHANNEL_VIRQ_PCPU_STATE 9
#define HVLINK_EVENT_CHANNEL_VIRQ_MEM_EVENT 10
#define HVLINK_EVENT_CHANNEL_VIRQ_ARGO 11
#define HVLINK_EVENT_CHANNEL_VIRQ_ENOMEM 12
#define HVLINK_EVENT_CHANNEL_VIRQ_XENPMU 13
#define HVLINK_EVENT_CHANNEL_VIRQ_ARCH_0 16
#define HVLINK_EVENT_CHANNEL_VIRQ_ARCH_1 17
#define HVLINK_EVENT_CHANNEL_VIRQ_ARCH_2 18
#define HVLINK_EVENT_CHANNEL_VIRQ_ARCH_3 19
#define HVLINK_EVENT_CHANNEL_VIRQ_ARCH_4 20
#define HVLINK_EVENT_CHANNEL_VIRQ_ARCH_5 21
#define HVLINK_EVENT_CHANNEL_VIRQ_ARCH_6 22
#define HVLINK_EVENT_CHANNEL_VIRQ_ARCH_7 23

/* bind-pirq-flags (flags): Flags of bind_pirq (Xen BIND_PIRQ__*). */
#define HVLINK_EVENT_CHANNEL_BIND_PIRQ_FLAGS_WILL_SHARE 0x1u

/* Attributes of alloc-unbound-req: Request of alloc_unbound. */
#define HVLINK_EVENT_CHANNEL_ATTR_ALLOC_UNBOUND_REQ_DOM 1 /* u16 */
#define HVLINK_EVENT_CHANNEL_ATTR_ALLOC_UNBOUND_REQ_REMOTE_DOM 2 /* u16 */

/* Attributes of port-reply: Reply of the ops that allocate a port. */
#define HVLINK_EVENT_CHANNEL_ATTR_PORT_REPLY_PORT 1 /* u32 */

/* Attributes of bind-interdomain-req: Request of bind_interdomain. */
#define HVLINK_EVENT_CHANNEL_ATTR_BIND_INTERDOMAIN_REQ_REMOTE_DOM 1 /* u16 */
#define HVLINK_EVENT_CHANNEL_ATTR_BIND_INTERDOMAIN_REQ_REMOTE_PORT 2 /* u32 */

/* Attributes of bind-interdomain-reply: Reply of bind_interdomain. */
#define HVLINK_EVENT_CHANNEL_ATTR_BIND_INTERDOMAIN_REPLY_LOCAL_PORT 1 /* u32 */

/* Attributes of bind-virq-req: Request of bind_virq. */
#define HVLINK_EVENT_CHANNEL_ATTR_BIND_VIRQ_REQ_VIRQ 1 /* u32 */
#define HVLINK_EVENT_CHANNEL_ATTR_BIND_VIRQ_REQ_VCPU 2 /* u32 */

/* Attributes of bind-ipi-req: Request of bind_ipi. */
#define HVLINK_EVENT_CHANNEL_ATTR_BIND_IPI_REQ_VCPU 1 /* u32 */

/* Attributes of bind-pirq-req: Request of bind_pirq. */
#define HVLINK_EVENT_CHANNEL_ATTR_BIND_PIRQ_REQ_PIRQ 1 /* u32 */
#define HVLINK_EVENT_CHANNEL_ATTR_BIND_PIRQ_REQ_FLAGS 2 /* u32 */

/* Attributes of port-req: Request naming one local port. */
#define HVLINK_EVENT_CHANNEL_ATTR_PORT_REQ_PORT 1 /* u32 */

/* Attributes of status-req: Request of status. */
#define HVLINK_EVENT_CHANNEL_ATTR_STATUS_REQ_DOM 1 /* u16 */
#define HVLINK_EVENT_CHANNEL_ATTR_STATUS_REQ_PORT 2 /* u32 */

/* Attributes of status-reply: Reply of status; the binding attributes present depend on status (no unions). */
#define HVLINK_EVENT_CHANNEL_ATTR_STATUS_REPLY_STATUS 1 /* u32 */
#define HVLINK_EVENT_CHANNEL_ATTR_STATUS_REPLY_VCPU 2 /* u32 */
#define HVLINK_EVENT_CHANNEL_ATTR_STATUS_REPLY_REMOTE_DOM 3 /* u16 */
#define HVLINK_EVENT_CHANNEL_ATTR_STATUS_REPLY_REMOTE_PORT 4 /* u32 */
#define HVLINK_EVENT_CHANNEL_ATTR_STATUS_REPLY_PIRQ 5 /* u32 */
#define HVLINK_EVENT_CHANNEL_ATTR_STATUS_REPLY_VIRQ 6 /* u32 */

/* Attributes of bind-vcpu-req: Request of bind_vcpu. */
#define HVLINK_EVENT_CHANNEL_ATTR_BIND_VCPU_REQ_VCPU 1 /* u32 */
#define HVLINK_EVENT_CHANNEL_ATTR_BIND_VCPU_REQ_PORT 2 /* u32 */

/* Attributes of reset-req: Request of reset. */
#define HVLINK_EVENT_CHANNEL_ATTR_RESET_REQ_DOM 1 /* u16 */

/* Attributes of init-control-req: Request of init_control (FIFO event channel ABI). */
#define HVLINK_EVENT_CHANNEL_ATTR_INIT_CONTROL_REQ_CONTROL_GFN 1 /* u64 */
#define HVLINK_EVENT_CHANNEL_ATTR_INIT_CONTROL_REQ_OFFSET 2 /* u32 */
#define HVLINK_EVENT_CHANNEL_ATTR_INIT_CONTROL_REQ_VCPU 3 /* u32 */

/* Attributes of init-control-reply: Reply of init_control. */
#define HVLINK_EVENT_CHANNEL_ATTR_INIT_CONTROL_REPLY_LINK_BITS 1 /* u8 */

/* Attributes of expand-array-req: Request of expand_array. */
#define HVLINK_EVENT_CHANNEL_ATTR_EXPAND_ARRAY_REQ_ARRAY_GFN 1 /* u64 */

/* Attributes of set-priority-req: Request of set_priority. */
#define HVLINK_EVENT_CHANNEL_ATTR_SET_PRIORITY_REQ_PORT 1 /* u32 */
#define HVLINK_EVENT_CHANNEL_ATTR_SET_PRIORITY_REQ_PRIORITY 2 /* u32 */

/* event_channel.bind_interdomain: Connect a fresh local port to an unbound port of another domain. */
#define HVLINK_EVENT_CHANNEL_OP_BIND_INTERDOMAIN 0u
#define HVLINK_EVENT_CHANNEL_BIND_INTERDOMAIN_MAX_REPLY 8u
#define HVLINK_EVENT_CHANNEL_BIND_INTERDOMAIN_IN_REMOTE_DOM HVLINK_REG_RSI
#define HVLINK_EVENT_CHANNEL_BIND_INTERDOMAIN_IN_REMOTE_PORT HVLINK_REG_R8
#define HVLINK_EVENT_CHANNEL_BIND_INTERDOMAIN_OUT_LOCAL_PORT HVLINK_REG_R9
static inline size_t hvlink_event_channel_bind_interdomain_begin(struct hvlink_buf *b, uint32_t seq, uint32_t port)
{
    size_t m = hvlink_msg_begin(b, HVLINK_EVENT_CHANNEL_MSG_TYPE, HVLINK_NLM_F_REQUEST, seq, port);
    hvlink_family_hdr(b, HVLINK_EVENT_CHANNEL_OP_BIND_INTERDOMAIN, HVLINK_EVENT_CHANNEL_VERSION);
    return m;
}

/* event_channel.bind_virq: Bind a fresh local port to a virtual IRQ on a vCPU. */
#define HVLINK_EVENT_CHANNEL_OP_BIND_VIRQ 1u
#define HVLINK_EVENT_CHANNEL_BIND_VIRQ_MAX_REPLY 8u
#define HVLINK_EVENT_CHANNEL_BIND_VIRQ_IN_VCPU HVLINK_REG_R8
#define HVLINK_EVENT_CHANNEL_BIND_VIRQ_IN_VIRQ HVLINK_REG_RSI
#define HVLINK_EVENT_CHANNEL_BIND_VIRQ_OUT_PORT HVLINK_REG_R9
static inline size_t hvlink_event_channel_bind_virq_begin(struct hvlink_buf *b, uint32_t seq, uint32_t port)
{
    size_t m = hvlink_msg_begin(b, HVLINK_EVENT_CHANNEL_MSG_TYPE, HVLINK_NLM_F_REQUEST, seq, port);
    hvlink_family_hdr(b, HVLINK_EVENT_CHANNEL_OP_BIND_VIRQ, HVLINK_EVENT_CHANNEL_VERSION);
    return m;
}

/* event_channel.bind_pirq: Bind a fresh local port to a physical IRQ the domain was granted. */
#define HVLINK_EVENT_CHANNEL_OP_BIND_PIRQ 2u
#define HVLINK_EVENT_CHANNEL_BIND_PIRQ_MAX_REPLY 8u
#define HVLINK_EVENT_CHANNEL_BIND_PIRQ_IN_FLAGS HVLINK_REG_R8
#define HVLINK_EVENT_CHANNEL_BIND_PIRQ_IN_PIRQ HVLINK_REG_RSI
#define HVLINK_EVENT_CHANNEL_BIND_PIRQ_OUT_PORT HVLINK_REG_R9
static inline size_t hvlink_event_channel_bind_pirq_begin(struct hvlink_buf *b, uint32_t seq, uint32_t port)
{
    size_t m = hvlink_msg_begin(b, HVLINK_EVENT_CHANNEL_MSG_TYPE, HVLINK_NLM_F_REQUEST, seq, port);
    hvlink_family_hdr(b, HVLINK_EVENT_CHANNEL_OP_BIND_PIRQ, HVLINK_EVENT_CHANNEL_VERSION);
    return m;
}

/* event_channel.close: Close a local port; an interdomain peer goes back to unbound. */
#define HVLINK_EVENT_CHANNEL_OP_CLOSE 3u
#define HVLINK_EVENT_CHANNEL_CLOSE_MAX_REPLY 0u
#define HVLINK_EVENT_CHANNEL_CLOSE_IN_PORT HVLINK_REG_RSI
static inline size_t hvlink_event_channel_close_begin(struct hvlink_buf *b, uint32_t seq, uint32_t port)
{
    size_t m = hvlink_msg_begin(b, HVLINK_EVENT_CHANNEL_MSG_TYPE, HVLINK_NLM_F_REQUEST, seq, port);
    hvlink_family_hdr(b, HVLINK_EVENT_CHANNEL_OP_CLOSE, HVLINK_EVENT_CHANNEL_VERSION);
    return m;
}

/* event_channel.send: Send an event to the remote end of a local port. */
#define HVLINK_EVENT_CHANNEL_OP_SEND 4u
#define HVLINK_EVENT_CHANNEL_SEND_MAX_REPLY 0u
#define HVLINK_EVENT_CHANNEL_SEND_IN_PORT HVLINK_REG_RSI
static inline size_t hvlink_event_channel_send_begin(struct hvlink_buf *b, uint32_t seq, uint32_t port)
{
    size_t m = hvlink_msg_begin(b, HVLINK_EVENT_CHANNEL_MSG_TYPE, HVLINK_NLM_F_REQUEST, seq, port);
    hvlink_family_hdr(b, HVLINK_EVENT_CHANNEL_OP_SEND, HVLINK_EVENT_CHANNEL_VERSION);
    return m;
}

/* event_channel.status: Report the state and binding of a port. */
#define HVLINK_EVENT_CHANNEL_OP_STATUS 5u
#define HVLINK_EVENT_CHANNEL_STATUS_MAX_REPLY 48u
#define HVLINK_EVENT_CHANNEL_STATUS_IN_DOM HVLINK_REG_RSI
#define HVLINK_EVENT_CHANNEL_STATUS_IN_PORT HVLINK_REG_R8
#define HVLINK_EVENT_CHANNEL_STATUS_OUT_PIRQ HVLINK_REG_R11
#define HVLINK_EVENT_CHANNEL_STATUS_OUT_REMOTE_DOM HVLINK_REG_R11
#define HVLINK_EVENT_CHANNEL_STATUS_OUT_REMOTE_PORT HVLINK_REG_R12
#define HVLINK_EVENT_CHANNEL_STATUS_OUT_STATUS HVLINK_REG_R9
#define HVLINK_EVENT_CHANNEL_STATUS_OUT_VCPU HVLINK_REG_R10
#define HVLINK_EVENT_CHANNEL_STATUS_OUT_VIRQ HVLINK_REG_R11
static inline size_t hvlink_event_channel_status_begin(struct hvlink_buf *b, uint32_t seq, uint32_t port)
{
    size_t m = hvlink_msg_begin(b, HVLINK_EVENT_CHANNEL_MSG_TYPE, HVLINK_NLM_F_REQUEST, seq, port);
    hvlink_family_hdr(b, HVLINK_EVENT_CHANNEL_OP_STATUS, HVLINK_EVENT_CHANNEL_VERSION);
    return m;
}

/* event_channel.alloc_unbound: Allocate a port in a domain that accepts a binding from remote-dom. */
#define HVLINK_EVENT_CHANNEL_OP_ALLOC_UNBOUND 6u
#define HVLINK_EVENT_CHANNEL_ALLOC_UNBOUND_MAX_REPLY 8u
#define HVLINK_EVENT_CHANNEL_ALLOC_UNBOUND_IN_DOM HVLINK_REG_RSI
#define HVLINK_EVENT_CHANNEL_ALLOC_UNBOUND_IN_REMOTE_DOM HVLINK_REG_R8
#define HVLINK_EVENT_CHANNEL_ALLOC_UNBOUND_OUT_PORT HVLINK_REG_R9
static inline size_t hvlink_event_channel_alloc_unbound_begin(struct hvlink_buf *b, uint32_t seq, uint32_t port)
{
    size_t m = hvlink_msg_begin(b, HVLINK_EVENT_CHANNEL_MSG_TYPE, HVLINK_NLM_F_REQUEST, seq, port);
    hvlink_family_hdr(b, HVLINK_EVENT_CHANNEL_OP_ALLOC_UNBOUND, HVLINK_EVENT_CHANNEL_VERSION);
    return m;
}

/* event_channel.bind_ipi: Bind a fresh local port to receive IPIs on a vCPU. */
#define HVLINK_EVENT_CHANNEL_OP_BIND_IPI 7u
#define HVLINK_EVENT_CHANNEL_BIND_IPI_MAX_REPLY 8u
#define HVLINK_EVENT_CHANNEL_BIND_IPI_IN_VCPU HVLINK_REG_RSI
#define HVLINK_EVENT_CHANNEL_BIND_IPI_OUT_PORT HVLINK_REG_R9
static inline size_t hvlink_event_channel_bind_ipi_begin(struct hvlink_buf *b, uint32_t seq, uint32_t port)
{
    size_t m = hvlink_msg_begin(b, HVLINK_EVENT_CHANNEL_MSG_TYPE, HVLINK_NLM_F_REQUEST, seq, port);
    hvlink_family_hdr(b, HVLINK_EVENT_CHANNEL_OP_BIND_IPI, HVLINK_EVENT_CHANNEL_VERSION);
    return m;
}

/* event_channel.bind_vcpu: Change which vCPU a port notifies. */
#define HVLINK_EVENT_CHANNEL_OP_BIND_VCPU 8u
#define HVLINK_EVENT_CHANNEL_BIND_VCPU_MAX_REPLY 0u
#define HVLINK_EVENT_CHANNEL_BIND_VCPU_IN_PORT HVLINK_REG_R8
#define HVLINK_EVENT_CHANNEL_BIND_VCPU_IN_VCPU HVLINK_REG_RSI
static inline size_t hvlink_event_channel_bind_vcpu_begin(struct hvlink_buf *b, uint32_t seq, uint32_t port)
{
    size_t m = hvlink_msg_begin(b, HVLINK_EVENT_CHANNEL_MSG_TYPE, HVLINK_NLM_F_REQUEST, seq, port);
    hvlink_family_hdr(b, HVLINK_EVENT_CHANNEL_OP_BIND_VCPU, HVLINK_EVENT_CHANNEL_VERSION);
    return m;
}

/* event_channel.unmask: Unmask a port and deliver its pending event, if any. */
#define HVLINK_EVENT_CHANNEL_OP_UNMASK 9u
#define HVLINK_EVENT_CHANNEL_UNMASK_MAX_REPLY 0u
#define HVLINK_EVENT_CHANNEL_UNMASK_IN_PORT HVLINK_REG_RSI
static inline size_t hvlink_event_channel_unmask_begin(struct hvlink_buf *b, uint32_t seq, uint32_t port)
{
    size_t m = hvlink_msg_begin(b, HVLINK_EVENT_CHANNEL_MSG_TYPE, HVLINK_NLM_F_REQUEST, seq, port);
    hvlink_family_hdr(b, HVLINK_EVENT_CHANNEL_OP_UNMASK, HVLINK_EVENT_CHANNEL_VERSION);
    return m;
}

/* event_channel.reset: Close every port of a domain. */
#define HVLINK_EVENT_CHANNEL_OP_RESET 10u
#define HVLINK_EVENT_CHANNEL_RESET_MAX_REPLY 0u
#define HVLINK_EVENT_CHANNEL_RESET_IN_DOM HVLINK_REG_RSI
static inline size_t hvlink_event_channel_reset_begin(struct hvlink_buf *b, uint32_t seq, uint32_t port)
{
    size_t m = hvlink_msg_begin(b, HVLINK_EVENT_CHANNEL_MSG_TYPE, HVLINK_NLM_F_REQUEST, seq, port);
    hvlink_family_hdr(b, HVLINK_EVENT_CHANNEL_OP_RESET, HVLINK_EVENT_CHANNEL_VERSION);
    return m;
}

/* event_channel.init_control: Switch a vCPU to the FIFO event ABI with its control block in a guest frame. */
#define HVLINK_EVENT_CHANNEL_OP_INIT_CONTROL 11u
#define HVLINK_EVENT_CHANNEL_INIT_CONTROL_MAX_REPLY 8u
#define HVLINK_EVENT_CHANNEL_INIT_CONTROL_IN_CONTROL_GFN HVLINK_REG_RSI
#define HVLINK_EVENT_CHANNEL_INIT_CONTROL_IN_OFFSET HVLINK_REG_R8
#define HVLINK_EVENT_CHANNEL_INIT_CONTROL_IN_VCPU HVLINK_REG_R9
#define HVLINK_EVENT_CHANNEL_INIT_CONTROL_OUT_LINK_BITS HVLINK_REG_R10
static inline size_t hvlink_event_channel_init_control_begin(struct hvlink_buf *b, uint32_t seq, uint32_t port)
{
    size_t m = hvlink_msg_begin(b, HVLINK_EVENT_CHANNEL_MSG_TYPE, HVLINK_NLM_F_REQUEST, seq, port);
    hvlink_family_hdr(b, HVLINK_EVENT_CHANNEL_OP_INIT_CONTROL, HVLINK_EVENT_CHANNEL_VERSION);
    return m;
}

/* event_channel.expand_array: Add a guest frame to the FIFO event array. */
#define HVLINK_EVENT_CHANNEL_OP_EXPAND_ARRAY 12u
#define HVLINK_EVENT_CHANNEL_EXPAND_ARRAY_MAX_REPLY 0u
#define HVLINK_EVENT_CHANNEL_EXPAND_ARRAY_IN_ARRAY_GFN HVLINK_REG_RSI
static inline size_t hvlink_event_channel_expand_array_begin(struct hvlink_buf *b, uint32_t seq, uint32_t port)
{
    size_t m = hvlink_msg_begin(b, HVLINK_EVENT_CHANNEL_MSG_TYPE, HVLINK_NLM_F_REQUEST, seq, port);
    hvlink_family_hdr(b, HVLINK_EVENT_CHANNEL_OP_EXPAND_ARRAY, HVLINK_EVENT_CHANNEL_VERSION);
    return m;
}

/* event_channel.set_priority: Set the FIFO priority of a port. */
#define HVLINK_EVENT_CHANNEL_OP_SET_PRIORITY 13u
#define HVLINK_EVENT_CHANNEL_SET_PRIORITY_MAX_REPLY 0u
#define HVLINK_EVENT_CHANNEL_SET_PRIORITY_IN_PORT HVLINK_REG_RSI
#define HVLINK_EVENT_CHANNEL_SET_PRIORITY_IN_PRIORITY HVLINK_REG_R8
static inline size_t hvlink_event_channel_set_priority_begin(struct hvlink_buf *b, uint32_t seq, uint32_t port)
{
    size_t m = hvlink_msg_begin(b, HVLINK_EVENT_CHANNEL_MSG_TYPE, HVLINK_NLM_F_REQUEST, seq, port);
    hvlink_family_hdr(b, HVLINK_EVENT_CHANNEL_OP_SET_PRIORITY, HVLINK_EVENT_CHANNEL_VERSION);
    return m;
}


/* ==========================================================================================
 * Family hvm (id 34, __HYPERVISOR_hvm_op)
 * ======================================================================================= */

#define HVLINK_HVM_ID 0x22u
#define HVLINK_HVM_MSG_TYPE 0x122u
#define HVLINK_HVM_VERSION 1u
#define HVLINK_HVM_RAX (HVLINK_HVM_ID | HVLINK_FASTABI_BIT)

/* hvm-param (enum, open): HVM parameter indices (Xen HVM_PARAM_*; x86 set); open - the host decides on others. */
#define HVLINK_HVM_HVM_PARAM_CALLBACK_IRQ 0
#define HVLINK_HVM_HVM_PARAM_STORE_PFN 1
#define HVLINK_HVM_HVM_PARAM_STORE_EVTCHN 2
#define HVLINK_HVM_HVM_PARAM_PAE_ENABLED 4
#define HVLINK_HVM_HVM_PARAM_IOREQ_PFN 5
#define HVLINK_HVM_HVM_PARAM_BUFIOREQ_PFN 6
#define HVLINK_HVM_HVM_PARAM_VIRIDIAN 9
#define HVLINK_HVM_HVM_PARAM_TIMER_MODE 10
#define HVLINK_HVM_HVM_PARAM_HPET_ENABLED 11
#define HVLINK_HVM_HVM_PARAM_IDENTITY_PT 12
#define HVLINK_HVM_HVM_PARAM_DM_DOMAIN 13
#define HVLINK_HVM_HVM_PARAM_ACPI_S_STATE 14
#define HVLINK_HVM_HVM_PARAM_VM86_TSS 15
#define HVLINK_HVM_HVM_PARAM_VPT_ALIGN 16
#define HVLINK_HVM_HVM_PARAM_CONSOLE_PFN 17
#define HVLINK_HVM_HVM_PARAM_CONSOLE_EVTCHN 18
#define HVLINK_HVM_HVM_PARAM_ACPI_IOPORTS_LOCATION 19
#define HVLINK_HVM_HVM_PARAM_NESTEDHVM 24
#define HVLINK_HVM_HVM_PARAM_BUFIOREQ_EVTCHN 26
#define HVLINK_HVM_HVM_PARAM_PAGING_RING_PFN 27
#define HVLINK_HVM_HVM_PARAM_MONITOR_RING_PFN 28
#define HVLINK_HVM_HVM_PARAM_SHARING_RING_PFN 29
#define HVLINK_HVM_HVM_PARAM_TRIPLE_FAULT_REASON 31
#define HVLINK_HVM_HVM_PARAM_IOREQ_SERVER_PFN 32
#define HVLINK_HVM_HVM_PARAM_NR_IOREQ_SERVER_PAGES 33
#define HVLINK_HVM_HVM_PARAM_VM_GENERATION_ID_ADDR 34
#define HVLINK_HVM_HVM_PARAM_ALTP2M 35
#define HVLINK_HVM_HVM_PARAM_X87_FIP_WIDTH 36
#define HVLINK_HVM_HVM_PARAM_VM86_TSS_SIZED 37
#define HVLINK_HVM_HVM_PARAM_MCA_CAP 38

/* hvmmem-type (enum): Type of a guest frame (Xen HVMMEM_*). */
#define HVLINK_HVM_HVMMEM_TYPE_RAM_RW 0
#define HVLINK_HVM_HVMMEM_TYPE_RAM_RO 1
#define HVLINK_HVM_HVMMEM_TYPE_MMIO_DM 2
#define HVLINK_HVM_HVMMEM_TYPE_UNUSED 3
#define HVLINK_HVM_HVMMEM_TYPE_IOREQ_SERVER 4

/* Attributes of param-req: Request of get_param. */
#define HVLINK_HVM_ATTR_PARAM_REQ_DOM 1 /* u16 */
#define HVLINK_HVM_ATTR_PARAM_REQ_INDEX 2 /* u32 */

/* Attributes of set-param-req: Request of set_param. */
#define HVLINK_HVM_ATTR_SET_PARAM_REQ_DOM 1 /* u16 */
#define HVLINK_HVM_ATTR_SET_PARAM_REQ_INDEX 2 /* u32 */
#define HVLINK_HVM_ATTR_SET_PARAM_REQ_VALUE 3 /* u64 */

/* Attributes of param-reply: Reply of get_param. */
#define HVLINK_HVM_ATTR_PARAM_REPLY_VALUE 1 /* u64 */

/* Attributes of time-reply: Reply of get_time. */
#define HVLINK_HVM_ATTR_TIME_REPLY_NOW 1 /* u64 */

/* Attributes of mem-type-req: Request of get_mem_type. */
#define HVLINK_HVM_ATTR_MEM_TYPE_REQ_DOM 1 /* u16 */
#define HVLINK_HVM_ATTR_MEM_TYPE_REQ_PFN 2 /* u64 */

/* Attributes of mem-type-reply: Reply of get_mem_type. */
#define HVLINK_HVM_ATTR_MEM_TYPE_REPLY_MEM_TYPE 1 /* u16 */

/* Attributes of upcall-vector-req: Request of set_evtchn_upcall_vector. */
#define HVLINK_HVM_ATTR_UPCALL_VECTOR_REQ_VCPU 1 /* u32 */
#define HVLINK_HVM_ATTR_UPCALL_VECTOR_REQ_VECTOR 2 /* u8 */

/* hvm.set_param: Write an HVM parameter (the host checks per parameter who may write it). */
#define HVLINK_HVM_OP_SET_PARAM 0u
#define HVLINK_HVM_SET_PARAM_MAX_REPLY 0u
#define HVLINK_HVM_SET_PARAM_IN_DOM HVLINK_REG_RSI
#define HVLINK_HVM_SET_PARAM_IN_INDEX HVLINK_REG_R8
#define HVLINK_HVM_SET_PARAM_IN_VALUE HVLINK_REG_R9
static inline size_t hvlink_hvm_set_param_begin(struct hvlink_buf *b, uint32_t seq, uint32_t port)
{
    size_t m = hvlink_msg_begin(b, HVLINK_HVM_MSG_TYPE, HVLINK_NLM_F_REQUEST, seq, port);
    hvlink_family_hdr(b, HVLINK_HVM_OP_SET_PARAM, HVLINK_HVM_VERSION);
    return m;
}

/* hvm.get_param: Read an HVM parameter. */
#define HVLINK_HVM_OP_GET_PARAM 1u
#define HVLINK_HVM_GET_PARAM_MAX_REPLY 12u
#define HVLINK_HVM_GET_PARAM_IN_DOM HVLINK_REG_RSI
#define HVLINK_HVM_GET_PARAM_IN_INDEX HVLINK_REG_R8
#define HVLINK_HVM_GET_PARAM_OUT_VALUE HVLINK_REG_R9
static inline size_t hvlink_hvm_get_param_begin(struct hvlink_buf *b, uint32_t seq, uint32_t port)
{
    size_t m = hvlink_msg_begin(b, HVLINK_HVM_MSG_TYPE, HVLINK_NLM_F_REQUEST, seq, port);
    hvlink_family_hdr(b, HVLINK_HVM_OP_GET_PARAM, HVLINK_HVM_VERSION);
    return m;
}

/* hvm.flush_tlbs: Flush the guest TLBs of all vCPUs of the caller. */
#define HVLINK_HVM_OP_FLUSH_TLBS 5u
#define HVLINK_HVM_FLUSH_TLBS_MAX_REPLY 0u
static inline size_t hvlink_hvm_flush_tlbs_begin(struct hvlink_buf *b, uint32_t seq, uint32_t port)
{
    size_t m = hvlink_msg_begin(b, HVLINK_HVM_MSG_TYPE, HVLINK_NLM_F_REQUEST, seq, port);
    hvlink_family_hdr(b, HVLINK_HVM_OP_FLUSH_TLBS, HVLINK_HVM_VERSION);
    return m;
}

/* hvm.get_time: Read the hypervisor's system time. */
#define HVLINK_HVM_OP_GET_TIME 10u
#define HVLINK_HVM_GET_TIME_MAX_REPLY 12u
#define HVLINK_HVM_GET_TIME_OUT_NOW HVLINK_REG_RSI
static inline size_t hvlink_hvm_get_time_begin(struct hvlink_buf *b, uint32_t seq, uint32_t port)
{
    size_t m = hvlink_msg_begin(b, HVLINK_HVM_MSG_TYPE, HVLINK_NLM_F_REQUEST, seq, port);
    hvlink_family_hdr(b, HVLINK_HVM_OP_GET_TIME, HVLINK_HVM_VERSION);
    return m;
}

/* hvm.get_mem_type: Report the type of a guest frame. */
#define HVLINK_HVM_OP_GET_MEM_TYPE 15u
#define HVLINK_HVM_GET_MEM_TYPE_MAX_REPLY 8u
#define HVLINK_HVM_GET_MEM_TYPE_IN_DOM HVLINK_REG_RSI
#define HVLINK_HVM_GET_MEM_TYPE_IN_PFN HVLINK_REG_R8
#define HVLINK_HVM_GET_MEM_TYPE_OUT_MEM_TYPE HVLINK_REG_R9
static inline size_t hvlink_hvm_get_mem_type_begin(struct hvlink_buf *b, uint32_t seq, uint32_t port)
{
    size_t m = hvlink_msg_begin(b, HVLINK_HVM_MSG_TYPE, HVLINK_NLM_F_REQUEST, seq, port);
    hvlink_family_hdr(b, HVLINK_HVM_OP_GET_MEM_TYPE, HVLINK_HVM_VERSION);
    return m;
}

/* hvm.set_evtchn_upcall_vector: Deliver a vCPU's event upcalls on an interrupt vector of its own. */
#define HVLINK_HVM_OP_SET_EVTCHN_UPCALL_VECTOR 23u
#define HVLINK_HVM_SET_EVTCHN_UPCALL_VECTOR_MAX_REPLY 0u
#define HVLINK_HVM_SET_EVTCHN_UPCALL_VECTOR_IN_VCPU HVLINK_REG_RSI
#define HVLINK_HVM_SET_EVTCHN_UPCALL_VECTOR_IN_VECTOR HVLINK_REG_R8
static inline size_t hvlink_hvm_set_evtchn_upcall_vector_begin(struct hvlink_buf *b, uint32_t seq, uint32_t port)
{
    size_t m = hvlink_msg_begin(b, HVLINK_HVM_MSG_TYPE, HVLINK_NLM_F_REQUEST, seq, port);
    hvlink_family_hdr(b, HVLINK_HVM_OP_SET_EVTCHN_UPCALL_VECTOR, HVLINK_HVM_VERSION);
    return m;
}


/* ==========================================================================================
 * Family sysctl (id 35, __HYPERVISOR_sysctl)
 * ======================================================================================= */

#define HVLINK_SYSCTL_ID 0x23u
#define HVLINK_SYSCTL_MSG_TYPE 0x123u
#define HVLINK_SYSCTL_VERSION 2u
#define HVLINK_SYSCTL_RAX (HVLINK_SYSCTL_ID | HVLINK_FASTABI_BIT)

/* physcap (flags): Host capabilities (XEN_SYSCTL_PHYSCAP_*). */
#define HVLINK_SYSCTL_PHYSCAP_HVM 0x1u
#define HVLINK_SYSCTL_PHYSCAP_PV 0x2u
#define HVLINK_SYSCTL_PHYSCAP_DIRECTIO 0x4u
#define HVLINK_SYSCTL_PHYSCAP_HAP 0x8u
#define HVLINK_SYSCTL_PHYSCAP_SHADOW 0x10u
#define HVLINK_SYSCTL_PHYSCAP_IOMMU_HAP_PT_SHARE 0x20u
#define HVLINK_SYSCTL_PHYSCAP_VMTRACE 0x40u
#define HVLINK_SYSCTL_PHYSCAP_VPMU 0x80u
#define HVLINK_SYSCTL_PHYSCAP_GNTTAB_V1 0x100u
#define HVLINK_SYSCTL_PHYSCAP_GNTTAB_V2 0x200u

/* dominf-flags (flags): Domain state flags (XEN_DOMINF_*, as domctl's dominf); bits 16..23 hold the shutdown code. */
#define HVLINK_SYSCTL_DOMINF_FLAGS_DYING 0x1u
#define HVLINK_SYSCTL_DOMINF_FLAGS_HVM_GUEST 0x2u
#define HVLINK_SYSCTL_DOMINF_FLAGS_SHUTDOWN 0x4u
#define HVLINK_SYSCTL_DOMINF_FLAGS_PAUSED 0x8u
#define HVLINK_SYSCTL_DOMINF_FLAGS_BLOCKED 0x10u
#define HVLINK_SYSCTL_DOMINF_FLAGS_RUNNING 0x20u
#define HVLINK_SYSCTL_DOMINF_FLAGS_DEBUGGED 0x40u
#define HVLINK_SYSCTL_DOMINF_FLAGS_XS_DOMAIN 0x80u
#define HVLINK_SYSCTL_DOMINF_FLAGS_HAP 0x100u
#define HVLINK_SYSCTL_DOMINF_FLAGS_SHUTDOWN_CODE 0xff0000u

/* Attributes of list-req: Request of getdomaininfolist: a dump, continued from a cursor. */
#define HVLINK_SYSCTL_ATTR_LIST_REQ_CURSOR 1 /* u64 */
#define HVLINK_SYSCTL_ATTR_LIST_REQ_MAX_DOMAINS 2 /* u32 */

/* Attributes of list-reply: One part of the domain list. */
#define HVLINK_SYSCTL_ATTR_LIST_REPLY_DOMAIN 1 /* nest */
#define HVLINK_SYSCTL_ATTR_LIST_REPLY_CURSOR 2 /* u64 */

/* Attributes of list-entry: One domain of the list (struct xen_domctl_getdomaininfo; names are asked per domain with domctl.getdomaininfo, as xl reads them from xenstore per domain). */
#define HVLINK_SYSCTL_ATTR_LIST_ENTRY_DOMAIN 1 /* u16 */
#define HVLINK_SYSCTL_ATTR_LIST_ENTRY_FLAGS 2 /* u32 */
#define HVLINK_SYSCTL_ATTR_LIST_ENTRY_TOT_PAGES 3 /* u64 */
#define HVLINK_SYSCTL_ATTR_LIST_ENTRY_MAX_PAGES 4 /* u64 */
#define HVLINK_SYSCTL_ATTR_LIST_ENTRY_NR_ONLINE_VCPUS 5 /* u32 */
#define HVLINK_SYSCTL_ATTR_LIST_ENTRY_CPU_TIME 6 /* u64 */
#define HVLINK_SYSCTL_ATTR_LIST_ENTRY_MAX_VCPU_ID 7 /* u32 */
#define HVLINK_SYSCTL_ATTR_LIST_ENTRY_CPUPOOL 8 /* u32 */
#define HVLINK_SYSCTL_ATTR_LIST_ENTRY_GPADDR_BITS 10 /* u8 */

/* Attributes of physinfo-reply: Reply of physinfo (struct xen_sysctl_physinfo). */
#define HVLINK_SYSCTL_ATTR_PHYSINFO_REPLY_THREADS_PER_CORE 1 /* u32 */
#define HVLINK_SYSCTL_ATTR_PHYSINFO_REPLY_CORES_PER_SOCKET 2 /* u32 */
#define HVLINK_SYSCTL_ATTR_PHYSINFO_REPLY_NR_CPUS 3 /* u32 */
#define HVLINK_SYSCTL_ATTR_PHYSINFO_REPLY_MAX_CPU_ID 4 /* u32 */
#define HVLINK_SYSCTL_ATTR_PHYSINFO_REPLY_NR_NODES 5 /* u32 */
#define HVLINK_SYSCTL_ATTR_PHYSINFO_REPLY_CPU_KHZ 6 /* u32 */
#define HVLINK_SYSCTL_ATTR_PHYSINFO_REPLY_CAPABILITIES 7 /* u32 */
#define HVLINK_SYSCTL_ATTR_PHYSINFO_REPLY_TOTAL_PAGES 8 /* u64 */
#define HVLINK_SYSCTL_ATTR_PHYSINFO_REPLY_FREE_PAGES 9 /* u64 */
#define HVLINK_SYSCTL_ATTR_PHYSINFO_REPLY_MAX_MFN 10 /* u64 */

/* Attributes of console-req: Request of readconsole. */
#define HVLINK_SYSCTL_ATTR_CONSOLE_REQ_CLEAR 1 /* flag */
#define HVLINK_SYSCTL_ATTR_CONSOLE_REQ_INDEX 2 /* u32 */
#define HVLINK_SYSCTL_ATTR_CONSOLE_REQ_MAX_BYTES 3 /* u32 */

/* Attributes of console-reply: Reply of readconsole. */
#define HVLINK_SYSCTL_ATTR_CONSOLE_REPLY_INDEX 1 /* u32 */
#define HVLINK_SYSCTL_ATTR_CONSOLE_REPLY_DATA 2 /* binary */

/* sysctl.readconsole: Read the hypervisor's console from an index. */
#define HVLINK_SYSCTL_OP_READCONSOLE 1u
#define HVLINK_SYSCTL_READCONSOLE_MAX_REPLY 2064u
/* ring only: The bytes come back in the reply (Xen writes them to a caller buffer). */
static inline size_t hvlink_sysctl_readconsole_begin(struct hvlink_buf *b, uint32_t seq, uint32_t port)
{
    size_t m = hvlink_msg_begin(b, HVLINK_SYSCTL_MSG_TYPE, HVLINK_NLM_F_REQUEST, seq, port);
    hvlink_family_hdr(b, HVLINK_SYSCTL_OP_READCONSOLE, HVLINK_SYSCTL_VERSION);
    return m;
}

/* sysctl.physinfo: Describe the physical host. */
#define HVLINK_SYSCTL_OP_PHYSINFO 3u
#define HVLINK_SYSCTL_PHYSINFO_MAX_REPLY 120u
#define HVLINK_SYSCTL_PHYSINFO_OUT_CAPABILITIES HVLINK_REG_R10
#define HVLINK_SYSCTL_PHYSINFO_OUT_CORES_PER_SOCKET HVLINK_REG_R8
#define HVLINK_SYSCTL_PHYSINFO_OUT_FREE_PAGES HVLINK_REG_R12
#define HVLINK_SYSCTL_PHYSINFO_OUT_NR_CPUS HVLINK_REG_R9
#define HVLINK_SYSCTL_PHYSINFO_OUT_THREADS_PER_CORE HVLINK_REG_RSI
#define HVLINK_SYSCTL_PHYSINFO_OUT_TOTAL_PAGES HVLINK_REG_R11
static inline size_t hvlink_sysctl_physinfo_begin(struct hvlink_buf *b, uint32_t seq, uint32_t port)
{
    size_t m = hvlink_msg_begin(b, HVLINK_SYSCTL_MSG_TYPE, HVLINK_NLM_F_REQUEST, seq, port);
    hvlink_family_hdr(b, HVLINK_SYSCTL_OP_PHYSINFO, HVLINK_SYSCTL_VERSION);
    return m;
}

/* sysctl.getdomaininfolist: List domains from a cursor: one part of a dump (request flag DUMP: the host sends every part, then DONE). */
#define HVLINK_SYSCTL_OP_GETDOMAININFOLIST 6u
#define HVLINK_SYSCTL_GETDOMAININFOLIST_MAX_REPLY 10240u
/* ring only: The list comes back in the reply (Xen writes it to a caller buffer); a dump has many parts. */
static inline size_t hvlink_sysctl_getdomaininfolist_begin(struct hvlink_buf *b, uint32_t seq, uint32_t port)
{
    size_t m = hvlink_msg_begin(b, HVLINK_SYSCTL_MSG_TYPE, HVLINK_NLM_F_REQUEST, seq, port);
    hvlink_family_hdr(b, HVLINK_SYSCTL_OP_GETDOMAININFOLIST, HVLINK_SYSCTL_VERSION);
    return m;
}


/* ==========================================================================================
 * Family domctl (id 36, __HYPERVISOR_domctl)
 * ======================================================================================= */

#define HVLINK_DOMCTL_ID 0x24u
#define HVLINK_DOMCTL_MSG_TYPE 0x124u
#define HVLINK_DOMCTL_VERSION 3u
#define HVLINK_DOMCTL_RAX (HVLINK_DOMCTL_ID | HVLINK_FASTABI_BIT)

/* cdf (flags): Creation flags (XEN_DOMCTL_CDF_*). */
#define HVLINK_DOMCTL_CDF_HVM 0x1u
#define HVLINK_DOMCTL_CDF_HAP 0x2u
#define HVLINK_DOMCTL_CDF_S3_INTEGRITY 0x4u
#define HVLINK_DOMCTL_CDF_OOS_OFF 0x8u
#define HVLINK_DOMCTL_CDF_XS_DOMAIN 0x10u
#define HVLINK_DOMCTL_CDF_IOMMU 0x20u
#define HVLINK_DOMCTL_CDF_NESTED_VIRT 0x40u
#define HVLINK_DOMCTL_CDF_VPMU 0x80u

/* dominf (flags): Domain state flags as getdomaininfo reports them (XEN_DOMINF_*); bits 16..23 hold the shutdown code. */
#define HVLINK_DOMCTL_DOMINF_DYING 0x1u
#define HVLINK_DOMCTL_DOMINF_HVM_GUEST 0x2u
#define HVLINK_DOMCTL_DOMINF_SHUTDOWN 0x4u
#define HVLINK_DOMCTL_DOMINF_PAUSED 0x8u
#define HVLINK_DOMCTL_DOMINF_BLOCKED 0x10u
#define HVLINK_DOMCTL_DOMINF_RUNNING 0x20u
#define HVLINK_DOMCTL_DOMINF_DEBUGGED 0x40u
#define HVLINK_DOMCTL_DOMINF_XS_DOMAIN 0x80u
#define HVLINK_DOMCTL_DOMINF_HAP 0x100u
#define HVLINK_DOMCTL_DOMINF_SHUTDOWN_CODE 0xff0000u

/* Attributes of create-req: Request of createdomain (struct xen_domctl_createdomain). */
#define HVLINK_DOMCTL_ATTR_CREATE_REQ_DOMAIN 1 /* u16 */
#define HVLINK_DOMCTL_ATTR_CREATE_REQ_FLAGS 2 /* u32 */
#define HVLINK_DOMCTL_ATTR_CREATE_REQ_MAX_VCPUS 3 /* u32 */
#define HVLINK_DOMCTL_ATTR_CREATE_REQ_MAX_EVTCHN_PORT 4 /* u32 */
#define HVLINK_DOMCTL_ATTR_CREATE_REQ_MAX_GRANT_FRAMES 5 /* s32 */
#define HVLINK_DOMCTL_ATTR_CREATE_REQ_MAX_MAPTRACK_FRAMES 6 /* s32 */
#define HVLINK_DOMCTL_ATTR_CREATE_REQ_HANDLE 7 /* binary */
#define HVLINK_DOMCTL_ATTR_CREATE_REQ_NAME 8 /* string */
#define HVLINK_DOMCTL_ATTR_CREATE_REQ_MAX_GRANT_VERSION (9 | HVLINK_F_MUST_UNDERSTAND) /* u8 */
#define HVLINK_DOMCTL_ATTR_CREATE_REQ_CPUPOOL_ID 10 /* u32 */

/* Attributes of create-reply: Reply of createdomain. */
#define HVLINK_DOMCTL_ATTR_CREATE_REPLY_DOMAIN 1 /* u16 */

/* Attributes of dom-req: Request naming the domain acted on. */
#define HVLINK_DOMCTL_ATTR_DOM_REQ_DOMAIN 1 /* u16 */

/* Attributes of query-req: Request naming the domain asked about. */
#define HVLINK_DOMCTL_ATTR_QUERY_REQ_DOMAIN 1 /* u16 */

/* Attributes of info: What getdomaininfo reports (struct xen_domctl_getdomaininfo); also one entry of sysctl getdomaininfolist. */
#define HVLINK_DOMCTL_ATTR_INFO_FLAGS 1 /* u32 */
#define HVLINK_DOMCTL_ATTR_INFO_TOT_PAGES 2 /* u64 */
#define HVLINK_DOMCTL_ATTR_INFO_MAX_PAGES 3 /* u64 */
#define HVLINK_DOMCTL_ATTR_INFO_NR_ONLINE_VCPUS 4 /* u32 */
#define HVLINK_DOMCTL_ATTR_INFO_CPU_TIME 5 /* u64 */
#define HVLINK_DOMCTL_ATTR_INFO_MAX_VCPU_ID 6 /* u32 */
#define HVLINK_DOMCTL_ATTR_INFO_DOMAIN 7 /* u16 */
#define HVLINK_DOMCTL_ATTR_INFO_CPUPOOL 8 /* u32 */
#define HVLINK_DOMCTL_ATTR_INFO_HANDLE 9 /* binary */
#define HVLINK_DOMCTL_ATTR_INFO_NAME 10 /* string */
#define HVLINK_DOMCTL_ATTR_INFO_OUTSTANDING_PAGES 11 /* u64 */
#define HVLINK_DOMCTL_ATTR_INFO_GPADDR_BITS 12 /* u8 */

/* Attributes of max-vcpus-req: Request of max_vcpus. */
#define HVLINK_DOMCTL_ATTR_MAX_VCPUS_REQ_DOMAIN 1 /* u16 */
#define HVLINK_DOMCTL_ATTR_MAX_VCPUS_REQ_MAX 2 /* u32 */

/* Attributes of max-mem-req: Request of max_mem. */
#define HVLINK_DOMCTL_ATTR_MAX_MEM_REQ_DOMAIN 1 /* u16 */
#define HVLINK_DOMCTL_ATTR_MAX_MEM_REQ_MAX_MEMKB 2 /* u64 */

/* Attributes of affinity-req: Request of setvcpuaffinity. */
#define HVLINK_DOMCTL_ATTR_AFFINITY_REQ_DOMAIN 1 /* u16 */
#define HVLINK_DOMCTL_ATTR_AFFINITY_REQ_VCPU 2 /* u32 */
#define HVLINK_DOMCTL_ATTR_AFFINITY_REQ_HARD 3 /* u64 */
#define HVLINK_DOMCTL_ATTR_AFFINITY_REQ_SOFT 4 /* u64 */

/* Attributes of vcpu-query-req: Request of getvcpuaffinity and getvcpuinfo. */
#define HVLINK_DOMCTL_ATTR_VCPU_QUERY_REQ_DOMAIN 1 /* u16 */
#define HVLINK_DOMCTL_ATTR_VCPU_QUERY_REQ_VCPU 2 /* u32 */

/* Attributes of affinity-reply: Affinity in effect. */
#define HVLINK_DOMCTL_ATTR_AFFINITY_REPLY_HARD 1 /* u64 */
#define HVLINK_DOMCTL_ATTR_AFFINITY_REPLY_SOFT 2 /* u64 */

/* Attributes of vcpuinfo-reply: Reply of getvcpuinfo (struct xen_domctl_getvcpuinfo). */
#define HVLINK_DOMCTL_ATTR_VCPUINFO_REPLY_ONLINE 1 /* u8 */
#define HVLINK_DOMCTL_ATTR_VCPUINFO_REPLY_BLOCKED 2 /* u8 */
#define HVLINK_DOMCTL_ATTR_VCPUINFO_REPLY_RUNNING 3 /* u8 */
#define HVLINK_DOMCTL_ATTR_VCPUINFO_REPLY_CPU_TIME 4 /* u64 */
#define HVLINK_DOMCTL_ATTR_VCPUINFO_REPLY_CPU 5 /* u32 */

/* Attributes of time-offset-req: Request of settimeoffset. */
#define HVLINK_DOMCTL_ATTR_TIME_OFFSET_REQ_DOMAIN 1 /* u16 */
#define HVLINK_DOMCTL_ATTR_TIME_OFFSET_REQ_SECONDS 2 /* s64 */

/* Attributes of set-target-req: Request of set_target. */
#define HVLINK_DOMCTL_ATTR_SET_TARGET_REQ_DOMAIN 1 /* u16 */
#define HVLINK_DOMCTL_ATTR_SET_TARGET_REQ_TARGET 2 /* u16 */

/* Attributes of mempool-req: Request of set_paging_mempool_size. */
#define HVLINK_DOMCTL_ATTR_MEMPOOL_REQ_DOMAIN 1 /* u16 */
#define HVLINK_DOMCTL_ATTR_MEMPOOL_REQ_SIZE 2 /* u64 */

/* Attributes of mempool-reply: Reply of get_paging_mempool_size. */
#define HVLINK_DOMCTL_ATTR_MEMPOOL_REPLY_SIZE 1 /* u64 */

/* domctl.createdomain: Create a domain, paused, with no memory and no vCPUs running. */
#define HVLINK_DOMCTL_OP_CREATEDOMAIN 1u
#define HVLINK_DOMCTL_CREATEDOMAIN_MAX_REPLY 8u
/* ring only: The request carries a name and a handle, which do not fit in registers. */
static inline size_t hvlink_domctl_createdomain_begin(struct hvlink_buf *b, uint32_t seq, uint32_t port)
{
    size_t m = hvlink_msg_begin(b, HVLINK_DOMCTL_MSG_TYPE, HVLINK_NLM_F_REQUEST, seq, port);
    hvlink_family_hdr(b, HVLINK_DOMCTL_OP_CREATEDOMAIN, HVLINK_DOMCTL_VERSION);
    return m;
}

/* domctl.destroydomain: Destroy a domain - it is dying until its resources are released, then gone. */
#define HVLINK_DOMCTL_OP_DESTROYDOMAIN 2u
#define HVLINK_DOMCTL_DESTROYDOMAIN_MAX_REPLY 0u
#define HVLINK_DOMCTL_DESTROYDOMAIN_IN_DOMAIN HVLINK_REG_RSI
static inline size_t hvlink_domctl_destroydomain_begin(struct hvlink_buf *b, uint32_t seq, uint32_t port)
{
    size_t m = hvlink_msg_begin(b, HVLINK_DOMCTL_MSG_TYPE, HVLINK_NLM_F_REQUEST, seq, port);
    hvlink_family_hdr(b, HVLINK_DOMCTL_OP_DESTROYDOMAIN, HVLINK_DOMCTL_VERSION);
    return m;
}

/* domctl.pausedomain: Pause a domain (its vCPUs stop being scheduled). */
#define HVLINK_DOMCTL_OP_PAUSEDOMAIN 3u
#define HVLINK_DOMCTL_PAUSEDOMAIN_MAX_REPLY 0u
#define HVLINK_DOMCTL_PAUSEDOMAIN_IN_DOMAIN HVLINK_REG_RSI
static inline size_t hvlink_domctl_pausedomain_begin(struct hvlink_buf *b, uint32_t seq, uint32_t port)
{
    size_t m = hvlink_msg_begin(b, HVLINK_DOMCTL_MSG_TYPE, HVLINK_NLM_F_REQUEST, seq, port);
    hvlink_family_hdr(b, HVLINK_DOMCTL_OP_PAUSEDOMAIN, HVLINK_DOMCTL_VERSION);
    return m;
}

/* domctl.unpausedomain: Undo pausedomain (and the pause a new domain is created with). */
#define HVLINK_DOMCTL_OP_UNPAUSEDOMAIN 4u
#define HVLINK_DOMCTL_UNPAUSEDOMAIN_MAX_REPLY 0u
#define HVLINK_DOMCTL_UNPAUSEDOMAIN_IN_DOMAIN HVLINK_REG_RSI
static inline size_t hvlink_domctl_unpausedomain_begin(struct hvlink_buf *b, uint32_t seq, uint32_t port)
{
    size_t m = hvlink_msg_begin(b, HVLINK_DOMCTL_MSG_TYPE, HVLINK_NLM_F_REQUEST, seq, port);
    hvlink_family_hdr(b, HVLINK_DOMCTL_OP_UNPAUSEDOMAIN, HVLINK_DOMCTL_VERSION);
    return m;
}

/* domctl.getdomaininfo: Report a domain's state, memory and vCPUs (any domain about itself; the control domain about any). */
#define HVLINK_DOMCTL_OP_GETDOMAININFO 5u
#define HVLINK_DOMCTL_GETDOMAININFO_MAX_REPLY 240u
#define HVLINK_DOMCTL_GETDOMAININFO_IN_DOMAIN HVLINK_REG_RSI
#define HVLINK_DOMCTL_GETDOMAININFO_OUT_CPU_TIME HVLINK_REG_R11
#define HVLINK_DOMCTL_GETDOMAININFO_OUT_FLAGS HVLINK_REG_RSI
#define HVLINK_DOMCTL_GETDOMAININFO_OUT_MAX_PAGES HVLINK_REG_R9
#define HVLINK_DOMCTL_GETDOMAININFO_OUT_MAX_VCPU_ID HVLINK_REG_R12
#define HVLINK_DOMCTL_GETDOMAININFO_OUT_NR_ONLINE_VCPUS HVLINK_REG_R10
#define HVLINK_DOMCTL_GETDOMAININFO_OUT_TOT_PAGES HVLINK_REG_R8
static inline size_t hvlink_domctl_getdomaininfo_begin(struct hvlink_buf *b, uint32_t seq, uint32_t port)
{
    size_t m = hvlink_msg_begin(b, HVLINK_DOMCTL_MSG_TYPE, HVLINK_NLM_F_REQUEST, seq, port);
    hvlink_family_hdr(b, HVLINK_DOMCTL_OP_GETDOMAININFO, HVLINK_DOMCTL_VERSION);
    return m;
}

/* domctl.setvcpuaffinity: Set a vCPU's hard and soft affinity; the reply holds what is in effect. */
#define HVLINK_DOMCTL_OP_SETVCPUAFFINITY 9u
#define HVLINK_DOMCTL_SETVCPUAFFINITY_MAX_REPLY 24u
#define HVLINK_DOMCTL_SETVCPUAFFINITY_IN_DOMAIN HVLINK_REG_RSI
#define HVLINK_DOMCTL_SETVCPUAFFINITY_IN_HARD HVLINK_REG_R9
#define HVLINK_DOMCTL_SETVCPUAFFINITY_IN_SOFT HVLINK_REG_R10
#define HVLINK_DOMCTL_SETVCPUAFFINITY_IN_VCPU HVLINK_REG_R8
#define HVLINK_DOMCTL_SETVCPUAFFINITY_OUT_HARD HVLINK_REG_R9
#define HVLINK_DOMCTL_SETVCPUAFFINITY_OUT_SOFT HVLINK_REG_R10
static inline size_t hvlink_domctl_setvcpuaffinity_begin(struct hvlink_buf *b, uint32_t seq, uint32_t port)
{
    size_t m = hvlink_msg_begin(b, HVLINK_DOMCTL_MSG_TYPE, HVLINK_NLM_F_REQUEST, seq, port);
    hvlink_family_hdr(b, HVLINK_DOMCTL_OP_SETVCPUAFFINITY, HVLINK_DOMCTL_VERSION);
    return m;
}

/* domctl.max_mem: Set the most memory a domain may have (its pages are counted against it). */
#define HVLINK_DOMCTL_OP_MAX_MEM 11u
#define HVLINK_DOMCTL_MAX_MEM_MAX_REPLY 0u
#define HVLINK_DOMCTL_MAX_MEM_IN_DOMAIN HVLINK_REG_RSI
#define HVLINK_DOMCTL_MAX_MEM_IN_MAX_MEMKB HVLINK_REG_R8
static inline size_t hvlink_domctl_max_mem_begin(struct hvlink_buf *b, uint32_t seq, uint32_t port)
{
    size_t m = hvlink_msg_begin(b, HVLINK_DOMCTL_MSG_TYPE, HVLINK_NLM_F_REQUEST, seq, port);
    hvlink_family_hdr(b, HVLINK_DOMCTL_OP_MAX_MEM, HVLINK_DOMCTL_VERSION);
    return m;
}

/* domctl.getvcpuinfo: Report one vCPU's state. */
#define HVLINK_DOMCTL_OP_GETVCPUINFO 14u
#define HVLINK_DOMCTL_GETVCPUINFO_MAX_REPLY 48u
#define HVLINK_DOMCTL_GETVCPUINFO_IN_DOMAIN HVLINK_REG_RSI
#define HVLINK_DOMCTL_GETVCPUINFO_IN_VCPU HVLINK_REG_R8
#define HVLINK_DOMCTL_GETVCPUINFO_OUT_BLOCKED HVLINK_REG_R8
#define HVLINK_DOMCTL_GETVCPUINFO_OUT_CPU HVLINK_REG_R11
#define HVLINK_DOMCTL_GETVCPUINFO_OUT_CPU_TIME HVLINK_REG_R10
#define HVLINK_DOMCTL_GETVCPUINFO_OUT_ONLINE HVLINK_REG_RSI
#define HVLINK_DOMCTL_GETVCPUINFO_OUT_RUNNING HVLINK_REG_R9
static inline size_t hvlink_domctl_getvcpuinfo_begin(struct hvlink_buf *b, uint32_t seq, uint32_t port)
{
    size_t m = hvlink_msg_begin(b, HVLINK_DOMCTL_MSG_TYPE, HVLINK_NLM_F_REQUEST, seq, port);
    hvlink_family_hdr(b, HVLINK_DOMCTL_OP_GETVCPUINFO, HVLINK_DOMCTL_VERSION);
    return m;
}

/* domctl.max_vcpus: Bring the domain's vCPU count to max (vCPU 0 up, the others down until the guest starts them). */
#define HVLINK_DOMCTL_OP_MAX_VCPUS 15u
#define HVLINK_DOMCTL_MAX_VCPUS_MAX_REPLY 0u
#define HVLINK_DOMCTL_MAX_VCPUS_IN_DOMAIN HVLINK_REG_RSI
#define HVLINK_DOMCTL_MAX_VCPUS_IN_MAX HVLINK_REG_R8
static inline size_t hvlink_domctl_max_vcpus_begin(struct hvlink_buf *b, uint32_t seq, uint32_t port)
{
    size_t m = hvlink_msg_begin(b, HVLINK_DOMCTL_MSG_TYPE, HVLINK_NLM_F_REQUEST, seq, port);
    hvlink_family_hdr(b, HVLINK_DOMCTL_OP_MAX_VCPUS, HVLINK_DOMCTL_VERSION);
    return m;
}

/* domctl.settimeoffset: Set the offset of the domain's wallclock. */
#define HVLINK_DOMCTL_OP_SETTIMEOFFSET 24u
#define HVLINK_DOMCTL_SETTIMEOFFSET_MAX_REPLY 0u
#define HVLINK_DOMCTL_SETTIMEOFFSET_IN_DOMAIN HVLINK_REG_RSI
#define HVLINK_DOMCTL_SETTIMEOFFSET_IN_SECONDS HVLINK_REG_R8
static inline size_t hvlink_domctl_settimeoffset_begin(struct hvlink_buf *b, uint32_t seq, uint32_t port)
{
    size_t m = hvlink_msg_begin(b, HVLINK_DOMCTL_MSG_TYPE, HVLINK_NLM_F_REQUEST, seq, port);
    hvlink_family_hdr(b, HVLINK_DOMCTL_OP_SETTIMEOFFSET, HVLINK_DOMCTL_VERSION);
    return m;
}

/* domctl.getvcpuaffinity: Report a vCPU's hard and soft affinity. */
#define HVLINK_DOMCTL_OP_GETVCPUAFFINITY 25u
#define HVLINK_DOMCTL_GETVCPUAFFINITY_MAX_REPLY 24u
#define HVLINK_DOMCTL_GETVCPUAFFINITY_IN_DOMAIN HVLINK_REG_RSI
#define HVLINK_DOMCTL_GETVCPUAFFINITY_IN_VCPU HVLINK_REG_R8
#define HVLINK_DOMCTL_GETVCPUAFFINITY_OUT_HARD HVLINK_REG_R9
#define HVLINK_DOMCTL_GETVCPUAFFINITY_OUT_SOFT HVLINK_REG_R10
static inline size_t hvlink_domctl_getvcpuaffinity_begin(struct hvlink_buf *b, uint32_t seq, uint32_t port)
{
    size_t m = hvlink_msg_begin(b, HVLINK_DOMCTL_MSG_TYPE, HVLINK_NLM_F_REQUEST, seq, port);
    hvlink_family_hdr(b, HVLINK_DOMCTL_OP_GETVCPUAFFINITY, HVLINK_DOMCTL_VERSION);
    return m;
}

/* domctl.set_target: Make domain a device-model domain for target (it may then make device-model ops on it). */
#define HVLINK_DOMCTL_OP_SET_TARGET 46u
#define HVLINK_DOMCTL_SET_TARGET_MAX_REPLY 0u
#define HVLINK_DOMCTL_SET_TARGET_IN_DOMAIN HVLINK_REG_RSI
#define HVLINK_DOMCTL_SET_TARGET_IN_TARGET HVLINK_REG_R8
static inline size_t hvlink_domctl_set_target_begin(struct hvlink_buf *b, uint32_t seq, uint32_t port)
{
    size_t m = hvlink_msg_begin(b, HVLINK_DOMCTL_MSG_TYPE, HVLINK_NLM_F_REQUEST, seq, port);
    hvlink_family_hdr(b, HVLINK_DOMCTL_OP_SET_TARGET, HVLINK_DOMCTL_VERSION);
    return m;
}

/* domctl.get_paging_mempool_size: Report the size of the domain's paging memory pool (Xen 4.17). */
#define HVLINK_DOMCTL_OP_GET_PAGING_MEMPOOL_SIZE 85u
#define HVLINK_DOMCTL_GET_PAGING_MEMPOOL_SIZE_MAX_REPLY 12u
#define HVLINK_DOMCTL_GET_PAGING_MEMPOOL_SIZE_IN_DOMAIN HVLINK_REG_RSI
#define HVLINK_DOMCTL_GET_PAGING_MEMPOOL_SIZE_OUT_SIZE HVLINK_REG_RSI
static inline size_t hvlink_domctl_get_paging_mempool_size_begin(struct hvlink_buf *b, uint32_t seq, uint32_t port)
{
    size_t m = hvlink_msg_begin(b, HVLINK_DOMCTL_MSG_TYPE, HVLINK_NLM_F_REQUEST, seq, port);
    hvlink_family_hdr(b, HVLINK_DOMCTL_OP_GET_PAGING_MEMPOOL_SIZE, HVLINK_DOMCTL_VERSION);
    return m;
}

/* domctl.set_paging_mempool_size: Set the size of the domain's paging memory pool (Xen 4.17). */
#define HVLINK_DOMCTL_OP_SET_PAGING_MEMPOOL_SIZE 86u
#define HVLINK_DOMCTL_SET_PAGING_MEMPOOL_SIZE_MAX_REPLY 0u
#define HVLINK_DOMCTL_SET_PAGING_MEMPOOL_SIZE_IN_DOMAIN HVLINK_REG_RSI
#define HVLINK_DOMCTL_SET_PAGING_MEMPOOL_SIZE_IN_SIZE HVLINK_REG_R8
static inline size_t hvlink_domctl_set_paging_mempool_size_begin(struct hvlink_buf *b, uint32_t seq, uint32_t port)
{
    size_t m = hvlink_msg_begin(b, HVLINK_DOMCTL_MSG_TYPE, HVLINK_NLM_F_REQUEST, seq, port);
    hvlink_family_hdr(b, HVLINK_DOMCTL_OP_SET_PAGING_MEMPOOL_SIZE, HVLINK_DOMCTL_VERSION);
    return m;
}


/* ==========================================================================================
 * Family control (id 256)
 * ======================================================================================= */

#define HVLINK_CONTROL_ID 0x100u
#define HVLINK_CONTROL_MSG_TYPE 0x200u
#define HVLINK_CONTROL_VERSION 1u
#define HVLINK_CONTROL_RAX (HVLINK_CONTROL_ID | HVLINK_FASTABI_BIT)

/* privilege (enum): Privilege class of an op (see SCHEMA.md). */
#define HVLINK_CONTROL_PRIVILEGE_PRIVILEGED 0
#define HVLINK_CONTROL_PRIVILEGE_LOGICAL 1
#define HVLINK_CONTROL_PRIVILEGE_CONTROL 2

/* op-flags (flags): Properties of an op reported by get_family. */
#define HVLINK_CONTROL_OP_FLAGS_FASTABI 0x1u
#define HVLINK_CONTROL_OP_FLAGS_ASYNC 0x2u
#define HVLINK_CONTROL_OP_FLAGS_BATCH 0x4u
#define HVLINK_CONTROL_OP_FLAGS_TARGET_DOMAIN 0x8u
#define HVLINK_CONTROL_OP_FLAGS_REGISTER_ONLY 0x10u
#define HVLINK_CONTROL_OP_FLAGS_DUMP 0x40u
#define HVLINK_CONTROL_OP_FLAGS_DEVICE_MODEL 0x20u

/* attr-type (enum): Attribute types in a policy dump (numbered as Linux's netlink_attribute_type). */
#define HVLINK_CONTROL_ATTR_TYPE_FLAG 1
#define HVLINK_CONTROL_ATTR_TYPE_U8 2
#define HVLINK_CONTROL_ATTR_TYPE_U16 3
#define HVLINK_CONTROL_ATTR_TYPE_U32 4
#define HVLINK_CONTROL_ATTR_TYPE_U64 5
#define HVLINK_CONTROL_ATTR_TYPE_S8 6
#define HVLINK_CONTROL_ATTR_TYPE_S16 7
#define HVLINK_CONTROL_ATTR_TYPE_S32 8
#define HVLINK_CONTROL_ATTR_TYPE_S64 9
#define HVLINK_CONTROL_ATTR_TYPE_BINARY 10
#define HVLINK_CONTROL_ATTR_TYPE_STRING 12
#define HVLINK_CONTROL_ATTR_TYPE_NEST 13

/* direction (enum): Which message of an op an attribute set belongs to. */
#define HVLINK_CONTROL_DIRECTION_REQUEST 0
#define HVLINK_CONTROL_DIRECTION_REPLY 1

/* protocol-features (flags, open): Optional protocol behaviours agreed by negotiate. */
#define HVLINK_CONTROL_PROTOCOL_FEATURES_EXT_ACK 0x1u
#define HVLINK_CONTROL_PROTOCOL_FEATURES_MUST_UNDERSTAND 0x2u
#define HVLINK_CONTROL_PROTOCOL_FEATURES_PROGRESS 0x4u
#define HVLINK_CONTROL_PROTOCOL_FEATURES_CANCEL 0x8u
#define HVLINK_CONTROL_PROTOCOL_FEATURES_ORDERED_BATCH 0x10u
#define HVLINK_CONTROL_PROTOCOL_FEATURES_ATOMIC_BATCH 0x20u
#define HVLINK_CONTROL_PROTOCOL_FEATURES_FASTABI 0x40u
#define HVLINK_CONTROL_PROTOCOL_FEATURES_USERSPACE_QUEUES 0x80u

/* queue-kind (enum): Who owns a queue; decides which privilege classes it may call. */
#define HVLINK_CONTROL_QUEUE_KIND_KERNEL 0
#define HVLINK_CONTROL_QUEUE_KIND_USERSPACE 1

/* queue-features (flags, open): Optional behaviours of one queue. */
#define HVLINK_CONTROL_QUEUE_FEATURES_EVENT_SUPPRESSION 0x1u
#define HVLINK_CONTROL_QUEUE_FEATURES_REPLY_INTERRUPT 0x2u
#define HVLINK_CONTROL_QUEUE_FEATURES_HOST_POLLING 0x4u

/* cancel-result (enum): What cancel found. */
#define HVLINK_CONTROL_CANCEL_RESULT_CANCELLED 0
#define HVLINK_CONTROL_CANCEL_RESULT_COMPLETED 1
#define HVLINK_CONTROL_CANCEL_RESULT_UNKNOWN 2

/* errno (enum, open): Status codes; rax and ERROR messages carry 0 or the negated value (Xen's errno.h numbering). */
#define HVLINK_CONTROL_ERRNO_EPERM 1
#define HVLINK_CONTROL_ERRNO_ENOENT 2
#define HVLINK_CONTROL_ERRNO_ESRCH 3
#define HVLINK_CONTROL_ERRNO_EIO 5
#define HVLINK_CONTROL_ERRNO_ENXIO 6
#define HVLINK_CONTROL_ERRNO_E2BIG 7
#define HVLINK_CONTROL_ERRNO_EBADF 9
#define HVLINK_CONTROL_ERRNO_EAGAIN 11
#define HVLINK_CONTROL_ERRNO_ENOMEM 12
#define HVLINK_CONTROL_ERRNO_EACCES 13
#define HVLINK_CONTROL_ERRNO_EFAULT 14
#define HVLINK_CONTROL_ERRNO_EBUSY 16
#define HVLINK_CONTROL_ERRNO_EEXIST 17
#define HVLINK_CONTROL_ERRNO_ENODEV 19
#define HVLINK_CONTROL_ERRNO_EINVAL 22
#define HVLINK_CONTROL_ERRNO_ENOSPC 28
#define HVLINK_CONTROL_ERRNO_ERANGE 34
#define HVLINK_CONTROL_ERRNO_EDEADLK 35
#define HVLINK_CONTROL_ERRNO_ENAMETOOLONG 36
#define HVLINK_CONTROL_ERRNO_ENOSYS 38
#define HVLINK_CONTROL_ERRNO_ENODATA 61
#define HVLINK_CONTROL_ERRNO_ETIME 62
#define HVLINK_CONTROL_ERRNO_EBADMSG 74
#define HVLINK_CONTROL_ERRNO_EOVERFLOW 75
#define HVLINK_CONTROL_ERRNO_EOPNOTSUPP 95
#define HVLINK_CONTROL_ERRNO_ENOBUFS 105
#define HVLINK_CONTROL_ERRNO_EISCONN 106
#define HVLINK_CONTROL_ERRNO_ENOTCONN 107
#define HVLINK_CONTROL_ERRNO_ESHUTDOWN 108
#define HVLINK_CONTROL_ERRNO_ETIMEDOUT 110
#define HVLINK_CONTROL_ERRNO_ESTALE 116
#define HVLINK_CONTROL_ERRNO_ECANCELED 125

/* special-domid (enum, open): Reserved domain ids (Xen DOMID_*), valid wherever an attribute takes a domain. */
#define HVLINK_CONTROL_SPECIAL_DOMID_SELF 32752
#define HVLINK_CONTROL_SPECIAL_DOMID_IO 32753
#define HVLINK_CONTROL_SPECIAL_DOMID_XEN 32754
#define HVLINK_CONTROL_SPECIAL_DOMID_COW 32755
#define HVLINK_CONTROL_SPECIAL_DOMID_INVALID 32756
#define HVLINK_CONTROL_SPECIAL_DOMID_IDLE 32767

/* Attributes of ping-msg: Request and reply of ping. */
#define HVLINK_CONTROL_ATTR_PING_MSG_COOKIE 1 /* u64 */

/* Attributes of get-family-req: Request of get_family; with neither attribute every family is listed. */
#define HVLINK_CONTROL_ATTR_GET_FAMILY_REQ_FAMILY_ID 1 /* u16 */
#define HVLINK_CONTROL_ATTR_GET_FAMILY_REQ_FAMILY_NAME 2 /* string */

/* Attributes of get-family-reply: Reply of get_family. */
#define HVLINK_CONTROL_ATTR_GET_FAMILY_REPLY_FAMILY 1 /* nest */

/* Attributes of family-info: Description of one family. */
#define HVLINK_CONTROL_ATTR_FAMILY_INFO_NAME 1 /* string */
#define HVLINK_CONTROL_ATTR_FAMILY_INFO_ID 2 /* u16 */
#define HVLINK_CONTROL_ATTR_FAMILY_INFO_MSG_TYPE 3 /* u16 */
#define HVLINK_CONTROL_ATTR_FAMILY_INFO_VERSION 4 /* u8 */
#define HVLINK_CONTROL_ATTR_FAMILY_INFO_OP 5 /* nest */

/* Attributes of op-info: Description of one op. */
#define HVLINK_CONTROL_ATTR_OP_INFO_NAME 1 /* string */
#define HVLINK_CONTROL_ATTR_OP_INFO_ID 2 /* u8 */
#define HVLINK_CONTROL_ATTR_OP_INFO_SINCE 3 /* u8 */
#define HVLINK_CONTROL_ATTR_OP_INFO_PRIVILEGE 4 /* u8 */
#define HVLINK_CONTROL_ATTR_OP_INFO_FLAGS 5 /* u32 */
#define HVLINK_CONTROL_ATTR_OP_INFO_MAX_REPLY 6 /* u32 */

/* Attributes of get-policy-req: Request of get_policy. */
#define HVLINK_CONTROL_ATTR_GET_POLICY_REQ_FAMILY_ID 1 /* u16 */
#define HVLINK_CONTROL_ATTR_GET_POLICY_REQ_OP_ID 2 /* u8 */

/* Attributes of get-policy-reply: Reply of get_policy. */
#define HVLINK_CONTROL_ATTR_GET_POLICY_REPLY_FAMILY_ID 1 /* u16 */
#define HVLINK_CONTROL_ATTR_GET_POLICY_REPLY_OP_ID 2 /* u8 */
#define HVLINK_CONTROL_ATTR_GET_POLICY_REPLY_ATTR 3 /* nest */

/* Attributes of policy-entry: Policy of one attribute; ids 1..7 have the meaning of Linux's NL_POLICY_TYPE_ATTR_*. */
#define HVLINK_CONTROL_ATTR_POLICY_ENTRY_TYPE 1 /* u32 */
#define HVLINK_CONTROL_ATTR_POLICY_ENTRY_MIN_VALUE_S 2 /* s64 */
#define HVLINK_CONTROL_ATTR_POLICY_ENTRY_MAX_VALUE_S 3 /* s64 */
#define HVLINK_CONTROL_ATTR_POLICY_ENTRY_MIN_VALUE_U 4 /* u64 */
#define HVLINK_CONTROL_ATTR_POLICY_ENTRY_MAX_VALUE_U 5 /* u64 */
#define HVLINK_CONTROL_ATTR_POLICY_ENTRY_MIN_LENGTH 6 /* u32 */
#define HVLINK_CONTROL_ATTR_POLICY_ENTRY_MAX_LENGTH 7 /* u32 */
#define HVLINK_CONTROL_ATTR_POLICY_ENTRY_SET 16 /* string */
#define HVLINK_CONTROL_ATTR_POLICY_ENTRY_DIRECTION 17 /* u8 */
#define HVLINK_CONTROL_ATTR_POLICY_ENTRY_ATTR_ID 18 /* u16 */
#define HVLINK_CONTROL_ATTR_POLICY_ENTRY_NAME 19 /* string */
#define HVLINK_CONTROL_ATTR_POLICY_ENTRY_NESTED 20 /* string */
#define HVLINK_CONTROL_ATTR_POLICY_ENTRY_REQUIRED 21 /* flag */
#define HVLINK_CONTROL_ATTR_POLICY_ENTRY_REPEATED 22 /* flag */
#define HVLINK_CONTROL_ATTR_POLICY_ENTRY_MUST_UNDERSTAND 23 /* flag */
#define HVLINK_CONTROL_ATTR_POLICY_ENTRY_SINCE 24 /* u8 */
#define HVLINK_CONTROL_ATTR_POLICY_ENTRY_MAX_COUNT 25 /* u32 */
#define HVLINK_CONTROL_ATTR_POLICY_ENTRY_ENUM 26 /* string */
#define HVLINK_CONTROL_ATTR_POLICY_ENTRY_DEFAULT 27 /* u64 */
#define HVLINK_CONTROL_ATTR_POLICY_ENTRY_FORM 28 /* string */
#define HVLINK_CONTROL_ATTR_POLICY_ENTRY_REGISTER 29 /* u8 */

/* Attributes of negotiate-msg: Request and reply of negotiate. */
#define HVLINK_CONTROL_ATTR_NEGOTIATE_MSG_PROTOCOL_VERSION 1 /* u32 */
#define HVLINK_CONTROL_ATTR_NEGOTIATE_MSG_FEATURES 2 /* u64 */
#define HVLINK_CONTROL_ATTR_NEGOTIATE_MSG_MAX_MESSAGE 3 /* u32 */

/* Attributes of queue-setup-req: Request of queue_setup. */
#define HVLINK_CONTROL_ATTR_QUEUE_SETUP_REQ_BASE_GPA 1 /* u64 */
#define HVLINK_CONTROL_ATTR_QUEUE_SETUP_REQ_PAGES 2 /* u32 */
#define HVLINK_CONTROL_ATTR_QUEUE_SETUP_REQ_QUEUE_ID 3 /* u16 */
#define HVLINK_CONTROL_ATTR_QUEUE_SETUP_REQ_KIND 4 /* u8 */
#define HVLINK_CONTROL_ATTR_QUEUE_SETUP_REQ_FEATURES 5 /* u64 */
#define HVLINK_CONTROL_ATTR_QUEUE_SETUP_REQ_NOTIFY_PORT 6 /* u32 */

/* Attributes of queue-setup-reply: Reply of queue_setup. */
#define HVLINK_CONTROL_ATTR_QUEUE_SETUP_REPLY_FEATURES 1 /* u64 */
#define HVLINK_CONTROL_ATTR_QUEUE_SETUP_REPLY_DOORBELL 2 /* u64 */

/* Attributes of queue-req: Request naming a queue. */
#define HVLINK_CONTROL_ATTR_QUEUE_REQ_QUEUE_ID 1 /* u16 */

/* Attributes of cancel-req: Request of cancel. */
#define HVLINK_CONTROL_ATTR_CANCEL_REQ_SEQ 1 /* u32 */
#define HVLINK_CONTROL_ATTR_CANCEL_REQ_QUEUE_ID 2 /* u16 */

/* Attributes of cancel-reply: Reply of cancel. */
#define HVLINK_CONTROL_ATTR_CANCEL_REPLY_RESULT 1 /* u8 */

/* control.ping: Echo a cookie (liveness and round-trip measurement). */
#define HVLINK_CONTROL_OP_PING 0u
#define HVLINK_CONTROL_PING_MAX_REPLY 12u
#define HVLINK_CONTROL_PING_IN_COOKIE HVLINK_REG_RSI
#define HVLINK_CONTROL_PING_OUT_COOKIE HVLINK_REG_RSI
static inline size_t hvlink_control_ping_begin(struct hvlink_buf *b, uint32_t seq, uint32_t port)
{
    size_t m = hvlink_msg_begin(b, HVLINK_CONTROL_MSG_TYPE, HVLINK_NLM_F_REQUEST, seq, port);
    hvlink_family_hdr(b, HVLINK_CONTROL_OP_PING, HVLINK_CONTROL_VERSION);
    return m;
}

/* control.get_family: Describe the families and ops the host implements (genetlink CTRL_CMD_GETFAMILY). */
#define HVLINK_CONTROL_OP_GET_FAMILY 1u
#define HVLINK_CONTROL_GET_FAMILY_MAX_REPLY 44096u
/* ring only: The reply is a list of nested descriptions. */
static inline size_t hvlink_control_get_family_begin(struct hvlink_buf *b, uint32_t seq, uint32_t port)
{
    size_t m = hvlink_msg_begin(b, HVLINK_CONTROL_MSG_TYPE, HVLINK_NLM_F_REQUEST, seq, port);
    hvlink_family_hdr(b, HVLINK_CONTROL_OP_GET_FAMILY, HVLINK_CONTROL_VERSION);
    return m;
}

/* control.get_policy: Dump the attribute policies of one op's request and reply (genetlink CTRL_CMD_GETPOLICY). */
#define HVLINK_CONTROL_OP_GET_POLICY 2u
#define HVLINK_CONTROL_GET_POLICY_MAX_REPLY 21776u
/* ring only: The reply is a list of nested policy entries. */
static inline size_t hvlink_control_get_policy_begin(struct hvlink_buf *b, uint32_t seq, uint32_t port)
{
    size_t m = hvlink_msg_begin(b, HVLINK_CONTROL_MSG_TYPE, HVLINK_NLM_F_REQUEST, seq, port);
    hvlink_family_hdr(b, HVLINK_CONTROL_OP_GET_POLICY, HVLINK_CONTROL_VERSION);
    return m;
}

/* control.negotiate: Agree on the protocol version and optional features (stateless; both sides apply the answer). */
#define HVLINK_CONTROL_OP_NEGOTIATE 3u
#define HVLINK_CONTROL_NEGOTIATE_MAX_REPLY 28u
#define HVLINK_CONTROL_NEGOTIATE_IN_FEATURES HVLINK_REG_R8
#define HVLINK_CONTROL_NEGOTIATE_IN_PROTOCOL_VERSION HVLINK_REG_RSI
#define HVLINK_CONTROL_NEGOTIATE_OUT_FEATURES HVLINK_REG_R8
#define HVLINK_CONTROL_NEGOTIATE_OUT_MAX_MESSAGE HVLINK_REG_R9
#define HVLINK_CONTROL_NEGOTIATE_OUT_PROTOCOL_VERSION HVLINK_REG_RSI
static inline size_t hvlink_control_negotiate_begin(struct hvlink_buf *b, uint32_t seq, uint32_t port)
{
    size_t m = hvlink_msg_begin(b, HVLINK_CONTROL_MSG_TYPE, HVLINK_NLM_F_REQUEST, seq, port);
    hvlink_family_hdr(b, HVLINK_CONTROL_OP_NEGOTIATE, HVLINK_CONTROL_VERSION);
    return m;
}

/* control.queue_setup: Set up a queue (header page, request ring, reply ring) in a run of guest pages. */
#define HVLINK_CONTROL_OP_QUEUE_SETUP 4u
#define HVLINK_CONTROL_QUEUE_SETUP_MAX_REPLY 24u
#define HVLINK_CONTROL_QUEUE_SETUP_IN_BASE_GPA HVLINK_REG_RSI
#define HVLINK_CONTROL_QUEUE_SETUP_IN_FEATURES HVLINK_REG_R11
#define HVLINK_CONTROL_QUEUE_SETUP_IN_KIND HVLINK_REG_R10
#define HVLINK_CONTROL_QUEUE_SETUP_IN_NOTIFY_PORT HVLINK_REG_R12
#define HVLINK_CONTROL_QUEUE_SETUP_IN_PAGES HVLINK_REG_R8
#define HVLINK_CONTROL_QUEUE_SETUP_IN_QUEUE_ID HVLINK_REG_R9
#define HVLINK_CONTROL_QUEUE_SETUP_OUT_DOORBELL HVLINK_REG_R8
#define HVLINK_CONTROL_QUEUE_SETUP_OUT_FEATURES HVLINK_REG_RSI
static inline size_t hvlink_control_queue_setup_begin(struct hvlink_buf *b, uint32_t seq, uint32_t port)
{
    size_t m = hvlink_msg_begin(b, HVLINK_CONTROL_MSG_TYPE, HVLINK_NLM_F_REQUEST, seq, port);
    hvlink_family_hdr(b, HVLINK_CONTROL_OP_QUEUE_SETUP, HVLINK_CONTROL_VERSION);
    return m;
}

/* control.queue_teardown: Stop a queue, cancel what is in flight on it, and release its pages. */
#define HVLINK_CONTROL_OP_QUEUE_TEARDOWN 5u
#define HVLINK_CONTROL_QUEUE_TEARDOWN_MAX_REPLY 0u
#define HVLINK_CONTROL_QUEUE_TEARDOWN_IN_QUEUE_ID HVLINK_REG_RSI
static inline size_t hvlink_control_queue_teardown_begin(struct hvlink_buf *b, uint32_t seq, uint32_t port)
{
    size_t m = hvlink_msg_begin(b, HVLINK_CONTROL_MSG_TYPE, HVLINK_NLM_F_REQUEST, seq, port);
    hvlink_family_hdr(b, HVLINK_CONTROL_OP_QUEUE_TEARDOWN, HVLINK_CONTROL_VERSION);
    return m;
}

/* control.cancel: Cancel a request in flight; entries already done are kept and reported. */
#define HVLINK_CONTROL_OP_CANCEL 6u
#define HVLINK_CONTROL_CANCEL_MAX_REPLY 8u
#define HVLINK_CONTROL_CANCEL_IN_QUEUE_ID HVLINK_REG_R8
#define HVLINK_CONTROL_CANCEL_IN_SEQ HVLINK_REG_RSI
#define HVLINK_CONTROL_CANCEL_OUT_RESULT HVLINK_REG_RSI
static inline size_t hvlink_control_cancel_begin(struct hvlink_buf *b, uint32_t seq, uint32_t port)
{
    size_t m = hvlink_msg_begin(b, HVLINK_CONTROL_MSG_TYPE, HVLINK_NLM_F_REQUEST, seq, port);
    hvlink_family_hdr(b, HVLINK_CONTROL_OP_CANCEL, HVLINK_CONTROL_VERSION);
    return m;
}


#endif /* HVLINK_H */
