//! The C header for guest kernels: ids, message types, attribute types, enum and flag values,
//! register mappings, reply bounds, and static-inline helpers that emit requests into a
//! caller's buffer with bounds checks (C99/C11/C++, freestanding: `<stdint.h>` and
//! `<stddef.h>` only, no libc).

use std::fmt::Write;

use crate::model::{shout, Fam};
use crate::spec::Family;

macro_rules! w {
    ($dst:expr, $($arg:tt)*) => { { let _ = writeln!($dst, $($arg)*); } };
}

fn comment(s: &str) -> String {
    s.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .replace("*/", "* /")
}

const HELPERS: &str = r#"
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
"#;

/// The header.
pub fn header(families: &[&Family], src: &str) -> String {
    let mut o = String::new();
    w!(
        o,
        "// Do not edit: generated from {src} by hvlink-proto-gen; regenerate with `{}`.",
        crate::REGENERATE
    );
    w!(o, "/*");
    w!(
        o,
        " * hvlink.h - the hvlink ABI for guest kernels: family and op ids, message types,"
    );
    w!(
        o,
        " * attribute type numbers per attribute set, enum and flag values, FastABI register"
    );
    w!(
        o,
        " * mappings, reply bounds, and helpers that emit requests into a caller's buffer."
    );
    w!(
        o,
        " * The reference is docs/ABI.md; the wire format docs/PROTOCOL.md."
    );
    w!(o, " */");
    w!(o, "#ifndef HVLINK_H");
    w!(o, "#define HVLINK_H");
    w!(o, "");
    w!(o, "#include <stddef.h>");
    w!(o, "#include <stdint.h>");
    o.push_str(HELPERS);
    for f in families {
        family(&mut o, f);
    }
    w!(o, "");
    w!(o, "#endif /* HVLINK_H */");
    o
}

fn family(o: &mut String, f: &Family) {
    let m = Fam::new(f);
    let fp = format!("HVLINK_{}", shout(&f.name));
    w!(o, "");
    w!(o, "/* ==========================================================================================");
    w!(
        o,
        " * Family {} (id {}{})",
        f.name,
        f.id,
        f.xen.as_deref().map_or(String::new(), |x| format!(", {x}"))
    );
    w!(o, " * ======================================================================================= */");
    w!(o, "");
    w!(o, "#define {fp}_ID {:#x}u", f.id);
    w!(o, "#define {fp}_MSG_TYPE {:#x}u", f.msg_type);
    w!(o, "#define {fp}_VERSION {}u", f.version);
    w!(o, "#define {fp}_RAX ({fp}_ID | HVLINK_FASTABI_BIT)");
    w!(o, "");
    for d in &f.definitions {
        w!(
            o,
            "/* {} ({}{}): {} */",
            d.name,
            d.ty,
            if d.open { ", open" } else { "" },
            comment(&d.doc)
        );
        for e in &d.entries {
            let v = e.value.get();
            let v = if v < 0 {
                format!("({v})")
            } else if d.ty == "flags" {
                format!("{v:#x}u")
            } else {
                format!("{v}")
            };
            w!(o, "#define {fp}_{}_{} {v}", shout(&d.name), shout(&e.name));
        }
        w!(o, "");
    }
    for s in &f.attribute_sets {
        w!(o, "/* Attributes of {}: {} */", s.name, comment(&s.doc));
        for a in &s.attributes {
            let v = if a.must_understand {
                format!("({} | HVLINK_F_MUST_UNDERSTAND)", a.id)
            } else {
                format!("{}", a.id)
            };
            w!(
                o,
                "#define {fp}_ATTR_{}_{} {v} /* {} */",
                shout(&s.name),
                shout(&a.name),
                a.ty
            );
        }
        w!(o, "");
    }
    for op in &f.ops {
        let op_p = format!("{fp}_{}", shout(&op.name));
        w!(o, "/* {}.{}: {} */", f.name, op.name, comment(&op.doc));
        w!(o, "#define {fp}_OP_{} {}u", shout(&op.name), op.id);
        w!(o, "#define {op_p}_MAX_REPLY {}u", op.max_reply);
        match &op.fastabi {
            Some(fa) => {
                let req = m.req(op);
                let rep = m.rep(op);
                for (dir, map, set) in [("IN", &fa.inputs, req), ("OUT", &fa.outputs, rep)] {
                    for (name, reg) in map {
                        let _ = set;
                        w!(
                            o,
                            "#define {op_p}_{dir}_{} HVLINK_REG_{}",
                            shout(name),
                            reg.to_ascii_uppercase()
                        );
                    }
                }
            }
            None => w!(
                o,
                "/* ring only: {} */",
                comment(op.ring_only.as_deref().unwrap_or(""))
            ),
        }
        w!(
            o,
            "static inline size_t hvlink_{}_{}_begin(struct hvlink_buf *b, uint32_t seq, uint32_t port)",
            f.name, op.name
        );
        w!(o, "{{");
        w!(
            o,
            "    size_t m = hvlink_msg_begin(b, {fp}_MSG_TYPE, HVLINK_NLM_F_REQUEST, seq, port);"
        );
        w!(
            o,
            "    hvlink_family_hdr(b, {fp}_OP_{}, {fp}_VERSION);",
            shout(&op.name)
        );
        w!(o, "    return m;");
        w!(o, "}}");
        w!(o, "");
    }
}
