// Do not edit: generated from proto/spec/*.yaml by hvlink-proto-gen; regenerate with `cargo run -p hvlink-proto-gen`.
/*
 * hvlink_fastabi.h - FastABI register calls from C (docs/PROTOCOL.md section 10).
 *
 * A call traps with rax = family id | HVLINK_FASTABI_BIT, rdi = op id and the request's
 * mapped attributes in rsi, r8..r12; the hypervisor writes the status to rax (0 or -errno)
 * and, on success only, the reply's mapped registers; every other register is preserved.
 * The trap instruction is chosen at run time (struct hvlink_trap): vmcall (Intel) or vmmcall
 * (AMD) where Xen's CPUID advertises the FastABI, or an `out` to a userspace VMM's trap port
 * (the port in dx, outside the ABI) as under the hvlink KVM VMM.
 *
 * Each hvlink_<family>_<op>_call() names only the registers of its op as asm operands (a
 * register the op's reply maps is an in/out operand: the host writes it on success only), plus
 * "memory" (the host may read the queue pages the guest wrote before the call, e.g. at
 * control.queue_setup, so no store may move past the trap) and "cc". It returns 0 or a
 * negative errno; out-pointers (may be NULL) are written on success only, after the value
 * was checked to fit its type (a register with bits above the width set is -EINVAL, as the
 * Rust reply_from_regs says).
 *
 * Safety: vmcall/vmmcall fault where no hypervisor handles them, and the trap port must be
 * the VMM's FastABI port that the caller may use (ring 0, or the TSS I/O bitmap).
 */
#ifndef HVLINK_FASTABI_H
#define HVLINK_FASTABI_H

#include <stdbool.h>
#include <stdint.h>

#include "hvlink.h"

#ifdef __cplusplus
extern "C" {
#endif

#define HVLINK_TRAP_NONE 0u
#define HVLINK_TRAP_VMCALL 1u
#define HVLINK_TRAP_VMMCALL 2u
#define HVLINK_TRAP_PORT 3u

/* How a register call traps: kind HVLINK_TRAP_*, and the port for HVLINK_TRAP_PORT. */
struct hvlink_trap {
    uint32_t kind;
    uint16_t port;
};

/* Xen's HVM feature bit for the FastABI (leaf base + 4, eax) and Xen's signature. */
#define HVLINK_XEN_HVM_CPUID_FASTABI (1u << 7)

/* What CPUID says (hvlink_guest::trap::Detected). */
struct hvlink_detected {
    char vendor[12];
    char signature[12]; /* all zero when there is none */
    uint32_t base;      /* the hypervisor leaves' base */
    bool hypervisor;    /* CPUID.1:ECX bit 31 */
    bool has_signature;
    bool fastabi;       /* Xen advertises the FastABI */
    uint32_t native;    /* HVLINK_TRAP_VMCALL or HVLINK_TRAP_VMMCALL by vendor */
};

#if defined(__x86_64__)
static inline void hvlink_cpuid(uint32_t leaf, uint32_t r[4])
{
    uint32_t a, b, c, d;
    __asm__ __volatile__("cpuid" : "=a"(a), "=b"(b), "=c"(c), "=d"(d) : "a"(leaf), "c"(0u));
    r[0] = a;
    r[1] = b;
    r[2] = c;
    r[3] = d;
}
#endif

static inline void hvlink__put_words(char *s, uint32_t a, uint32_t b, uint32_t c)
{
    int i;
    for (i = 0; i < 4; i++) {
        s[i] = (char)(a >> (8 * i));
        s[4 + i] = (char)(b >> (8 * i));
        s[8 + i] = (char)(c >> (8 * i));
    }
}

static inline bool hvlink__eq12(const char *a, const char *b)
{
    int i;
    for (i = 0; i < 12; i++)
        if (a[i] != b[i])
            return false;
    return true;
}

/* Interpret CPUID leaves given by cpuid(leaf, r, ctx) (the real instruction in
 * hvlink_detect; a table in tests): vendor, hypervisor bit, Xen's leaves at 0x40000000 or
 * behind Viridian in steps of 0x100, and the FastABI bit. At most 256 leaves are probed. */
static inline void hvlink_detect_with(void (*cpuid)(uint32_t leaf, uint32_t r[4], void *ctx),
                                      void *ctx, struct hvlink_detected *d)
{
    uint32_t r[4], base;
    int i;
    cpuid(0, r, ctx);
    hvlink__put_words(d->vendor, r[1], r[3], r[2]);
    d->native = (hvlink__eq12(d->vendor, "AuthenticAMD") || hvlink__eq12(d->vendor, "HygonGenuine"))
                    ? HVLINK_TRAP_VMMCALL
                    : HVLINK_TRAP_VMCALL;
    cpuid(1, r, ctx);
    d->hypervisor = (r[2] >> 31) != 0;
    for (i = 0; i < 12; i++)
        d->signature[i] = 0;
    d->has_signature = false;
    d->base = 0x40000000u;
    d->fastabi = false;
    if (!d->hypervisor)
        return;
    for (base = 0x40000000u; base < 0x40010000u; base += 0x100u) {
        char sig[12];
        uint32_t max;
        cpuid(base, r, ctx);
        max = r[0];
        hvlink__put_words(sig, r[1], r[2], r[3]);
        if (hvlink__eq12(sig, "XenVMMXenVMM")) {
            for (i = 0; i < 12; i++)
                d->signature[i] = sig[i];
            d->has_signature = true;
            d->base = base;
            if (max >= base + 4) {
                cpuid(base + 4, r, ctx);
                d->fastabi = (r[0] & HVLINK_XEN_HVM_CPUID_FASTABI) != 0;
            }
            return;
        }
        if (base == 0x40000000u) {
            bool any = false;
            for (i = 0; i < 12; i++)
                any = any || sig[i] != 0;
            if (any) {
                for (i = 0; i < 12; i++)
                    d->signature[i] = sig[i];
                d->has_signature = true;
            }
        }
    }
}

#if defined(__x86_64__)
static inline void hvlink__cpuid_cb(uint32_t leaf, uint32_t r[4], void *ctx)
{
    (void)ctx;
    hvlink_cpuid(leaf, r);
}

/* Read this machine's CPUID. */
static inline void hvlink_detect(struct hvlink_detected *d)
{
    hvlink_detect_with(hvlink__cpuid_cb, (void *)0, d);
}
#endif

/* The trap for register calls: the native instruction when Xen advertises the FastABI,
 * HVLINK_TRAP_NONE otherwise (use the ring, or a VMM's trap port if it says so). */
static inline struct hvlink_trap hvlink_fastabi_trap(const struct hvlink_detected *d)
{
    struct hvlink_trap t;
    t.kind = d->fastabi ? d->native : HVLINK_TRAP_NONE;
    t.port = 0;
    return t;
}

/* A trap for a VMM's port (the hvlink KVM VMM's is 0x510). */
static inline struct hvlink_trap hvlink_port_trap(uint16_t port)
{
    struct hvlink_trap t;
    t.kind = HVLINK_TRAP_PORT;
    t.port = port;
    return t;
}

/* rax as a status: 0, or -errno; anything else is -EINVAL (Rust: Regs::status). */
static inline int hvlink__status(uint64_t rax)
{
    int64_t s = (int64_t)rax;
    if (s == 0)
        return 0;
    if (s < 0 && s >= -(int64_t)0x7fffffff)
        return (int)s;
    return -22;
}

/* Whether a register holds a value of `bytes` width: zero-extended (unsigned), sign-extended
 * (signed), 0/1 (flag, bytes = 0). */
static inline bool hvlink__reg_fits(uint64_t v, unsigned bytes, bool is_signed)
{
    unsigned bits = bytes * 8u;
    if (bytes == 0)
        return v <= 1u;
    if (bits >= 64)
        return true;
    if (!is_signed)
        return (v >> bits) == 0;
    {
        uint64_t top = v >> (bits - 1u);
        return top == 0 || top == (~(uint64_t)0 >> (bits - 1u));
    }
}

#if defined(__x86_64__)

/* memory.increase_reservation's reply from the registers after the trap (regs: rax, rdi, rsi, r8..r12): 0 and the outputs (one whose `when` condition does not hold is absent: not written), or -errno (the host's status, or -EINVAL for a value the spec does not allow; nothing is written then). */
static inline int hvlink_memory_increase_reservation_reply_regs(const uint64_t regs[8], int16_t *out_status)
{
    const uint64_t rax = regs[0];
    const uint64_t r12 = regs[7];
    int st = hvlink__status(rax);
    if (st)
        return st;
    if (!hvlink__reg_fits(r12, 2u, true))
        return -22;
    if (out_status)
        *out_status = (int16_t)(int64_t)r12;
    return 0;
}

/* memory.increase_reservation by register (form single): in domid rsi, extent-order r8, gpfn r9; out status r12. */
static inline int hvlink_memory_increase_reservation_call(const struct hvlink_trap *t, uint16_t domid, uint8_t extent_order, uint64_t gpfn, int16_t *out_status)
{
    register uint64_t rax __asm__("rax") = HVLINK_MEMORY_ID | HVLINK_FASTABI_BIT;
    register uint64_t rdi __asm__("rdi") = 0u;
    register uint64_t rsi __asm__("rsi") = (uint64_t)domid;
    register uint64_t r8 __asm__("r8") = (uint64_t)extent_order;
    register uint64_t r9 __asm__("r9") = (uint64_t)gpfn;
    register uint64_t r10 __asm__("r10") = 0;
    register uint64_t r11 __asm__("r11") = 0;
    register uint64_t r12 __asm__("r12") = 0;
    uint64_t hvlink__dx = t->port;
    switch (t->kind) {
    case HVLINK_TRAP_VMCALL:
        __asm__ __volatile__("vmcall" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12) :  : "memory", "cc");
        break;
    case HVLINK_TRAP_VMMCALL:
        __asm__ __volatile__("vmmcall" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12) :  : "memory", "cc");
        break;
    case HVLINK_TRAP_PORT:
        __asm__ __volatile__("outl %%eax, %%dx" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12), "+d"(hvlink__dx) :  : "memory", "cc");
        break;
    default:
        return -38; /* ENOSYS: no trap */
    }
    {
        const uint64_t hvlink__r[8] = {rax, rdi, rsi, r8, r9, r10, r11, r12};
        return hvlink_memory_increase_reservation_reply_regs(hvlink__r, out_status);
    }
}

/* memory.decrease_reservation's reply from the registers after the trap (regs: rax, rdi, rsi, r8..r12): 0 and the outputs (one whose `when` condition does not hold is absent: not written), or -errno (the host's status, or -EINVAL for a value the spec does not allow; nothing is written then). */
static inline int hvlink_memory_decrease_reservation_reply_regs(const uint64_t regs[8], int16_t *out_status)
{
    const uint64_t rax = regs[0];
    const uint64_t r12 = regs[7];
    int st = hvlink__status(rax);
    if (st)
        return st;
    if (!hvlink__reg_fits(r12, 2u, true))
        return -22;
    if (out_status)
        *out_status = (int16_t)(int64_t)r12;
    return 0;
}

/* memory.decrease_reservation by register (form single): in domid rsi, extent-order r8, gpfn r9; out status r12. */
static inline int hvlink_memory_decrease_reservation_call(const struct hvlink_trap *t, uint16_t domid, uint8_t extent_order, uint64_t gpfn, int16_t *out_status)
{
    register uint64_t rax __asm__("rax") = HVLINK_MEMORY_ID | HVLINK_FASTABI_BIT;
    register uint64_t rdi __asm__("rdi") = 1u;
    register uint64_t rsi __asm__("rsi") = (uint64_t)domid;
    register uint64_t r8 __asm__("r8") = (uint64_t)extent_order;
    register uint64_t r9 __asm__("r9") = (uint64_t)gpfn;
    register uint64_t r10 __asm__("r10") = 0;
    register uint64_t r11 __asm__("r11") = 0;
    register uint64_t r12 __asm__("r12") = 0;
    uint64_t hvlink__dx = t->port;
    switch (t->kind) {
    case HVLINK_TRAP_VMCALL:
        __asm__ __volatile__("vmcall" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12) :  : "memory", "cc");
        break;
    case HVLINK_TRAP_VMMCALL:
        __asm__ __volatile__("vmmcall" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12) :  : "memory", "cc");
        break;
    case HVLINK_TRAP_PORT:
        __asm__ __volatile__("outl %%eax, %%dx" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12), "+d"(hvlink__dx) :  : "memory", "cc");
        break;
    default:
        return -38; /* ENOSYS: no trap */
    }
    {
        const uint64_t hvlink__r[8] = {rax, rdi, rsi, r8, r9, r10, r11, r12};
        return hvlink_memory_decrease_reservation_reply_regs(hvlink__r, out_status);
    }
}

/* memory.current_reservation's reply from the registers after the trap (regs: rax, rdi, rsi, r8..r12): 0 and the outputs (one whose `when` condition does not hold is absent: not written), or -errno (the host's status, or -EINVAL for a value the spec does not allow; nothing is written then). */
static inline int hvlink_memory_current_reservation_reply_regs(const uint64_t regs[8], uint64_t *out_pages)
{
    const uint64_t rax = regs[0];
    const uint64_t rsi = regs[2];
    int st = hvlink__status(rax);
    if (st)
        return st;
    if (!hvlink__reg_fits(rsi, 8u, false))
        return -22;
    if (out_pages)
        *out_pages = (uint64_t)rsi;
    return 0;
}

/* memory.current_reservation by register: in dom rsi; out pages rsi. */
static inline int hvlink_memory_current_reservation_call(const struct hvlink_trap *t, uint16_t dom, uint64_t *out_pages)
{
    register uint64_t rax __asm__("rax") = HVLINK_MEMORY_ID | HVLINK_FASTABI_BIT;
    register uint64_t rdi __asm__("rdi") = 3u;
    register uint64_t rsi __asm__("rsi") = (uint64_t)dom;
    register uint64_t r8 __asm__("r8") = 0;
    register uint64_t r9 __asm__("r9") = 0;
    register uint64_t r10 __asm__("r10") = 0;
    register uint64_t r11 __asm__("r11") = 0;
    register uint64_t r12 __asm__("r12") = 0;
    uint64_t hvlink__dx = t->port;
    switch (t->kind) {
    case HVLINK_TRAP_VMCALL:
        __asm__ __volatile__("vmcall" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12) :  : "memory", "cc");
        break;
    case HVLINK_TRAP_VMMCALL:
        __asm__ __volatile__("vmmcall" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12) :  : "memory", "cc");
        break;
    case HVLINK_TRAP_PORT:
        __asm__ __volatile__("outl %%eax, %%dx" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12), "+d"(hvlink__dx) :  : "memory", "cc");
        break;
    default:
        return -38; /* ENOSYS: no trap */
    }
    {
        const uint64_t hvlink__r[8] = {rax, rdi, rsi, r8, r9, r10, r11, r12};
        return hvlink_memory_current_reservation_reply_regs(hvlink__r, out_pages);
    }
}

/* memory.maximum_reservation's reply from the registers after the trap (regs: rax, rdi, rsi, r8..r12): 0 and the outputs (one whose `when` condition does not hold is absent: not written), or -errno (the host's status, or -EINVAL for a value the spec does not allow; nothing is written then). */
static inline int hvlink_memory_maximum_reservation_reply_regs(const uint64_t regs[8], uint64_t *out_pages)
{
    const uint64_t rax = regs[0];
    const uint64_t rsi = regs[2];
    int st = hvlink__status(rax);
    if (st)
        return st;
    if (!hvlink__reg_fits(rsi, 8u, false))
        return -22;
    if (out_pages)
        *out_pages = (uint64_t)rsi;
    return 0;
}

/* memory.maximum_reservation by register: in dom rsi; out pages rsi. */
static inline int hvlink_memory_maximum_reservation_call(const struct hvlink_trap *t, uint16_t dom, uint64_t *out_pages)
{
    register uint64_t rax __asm__("rax") = HVLINK_MEMORY_ID | HVLINK_FASTABI_BIT;
    register uint64_t rdi __asm__("rdi") = 4u;
    register uint64_t rsi __asm__("rsi") = (uint64_t)dom;
    register uint64_t r8 __asm__("r8") = 0;
    register uint64_t r9 __asm__("r9") = 0;
    register uint64_t r10 __asm__("r10") = 0;
    register uint64_t r11 __asm__("r11") = 0;
    register uint64_t r12 __asm__("r12") = 0;
    uint64_t hvlink__dx = t->port;
    switch (t->kind) {
    case HVLINK_TRAP_VMCALL:
        __asm__ __volatile__("vmcall" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12) :  : "memory", "cc");
        break;
    case HVLINK_TRAP_VMMCALL:
        __asm__ __volatile__("vmmcall" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12) :  : "memory", "cc");
        break;
    case HVLINK_TRAP_PORT:
        __asm__ __volatile__("outl %%eax, %%dx" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12), "+d"(hvlink__dx) :  : "memory", "cc");
        break;
    default:
        return -38; /* ENOSYS: no trap */
    }
    {
        const uint64_t hvlink__r[8] = {rax, rdi, rsi, r8, r9, r10, r11, r12};
        return hvlink_memory_maximum_reservation_reply_regs(hvlink__r, out_pages);
    }
}

/* memory.populate_physmap's reply from the registers after the trap (regs: rax, rdi, rsi, r8..r12): 0 and the outputs (one whose `when` condition does not hold is absent: not written), or -errno (the host's status, or -EINVAL for a value the spec does not allow; nothing is written then). */
static inline int hvlink_memory_populate_physmap_reply_regs(const uint64_t regs[8], int16_t *out_status)
{
    const uint64_t rax = regs[0];
    const uint64_t r12 = regs[7];
    int st = hvlink__status(rax);
    if (st)
        return st;
    if (!hvlink__reg_fits(r12, 2u, true))
        return -22;
    if (out_status)
        *out_status = (int16_t)(int64_t)r12;
    return 0;
}

/* memory.populate_physmap by register (form single): in domid rsi, extent-order r8, gpfn r9; out status r12. */
static inline int hvlink_memory_populate_physmap_call(const struct hvlink_trap *t, uint16_t domid, uint8_t extent_order, uint64_t gpfn, int16_t *out_status)
{
    register uint64_t rax __asm__("rax") = HVLINK_MEMORY_ID | HVLINK_FASTABI_BIT;
    register uint64_t rdi __asm__("rdi") = 6u;
    register uint64_t rsi __asm__("rsi") = (uint64_t)domid;
    register uint64_t r8 __asm__("r8") = (uint64_t)extent_order;
    register uint64_t r9 __asm__("r9") = (uint64_t)gpfn;
    register uint64_t r10 __asm__("r10") = 0;
    register uint64_t r11 __asm__("r11") = 0;
    register uint64_t r12 __asm__("r12") = 0;
    uint64_t hvlink__dx = t->port;
    switch (t->kind) {
    case HVLINK_TRAP_VMCALL:
        __asm__ __volatile__("vmcall" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12) :  : "memory", "cc");
        break;
    case HVLINK_TRAP_VMMCALL:
        __asm__ __volatile__("vmmcall" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12) :  : "memory", "cc");
        break;
    case HVLINK_TRAP_PORT:
        __asm__ __volatile__("outl %%eax, %%dx" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12), "+d"(hvlink__dx) :  : "memory", "cc");
        break;
    default:
        return -38; /* ENOSYS: no trap */
    }
    {
        const uint64_t hvlink__r[8] = {rax, rdi, rsi, r8, r9, r10, r11, r12};
        return hvlink_memory_populate_physmap_reply_regs(hvlink__r, out_status);
    }
}

/* memory.add_to_physmap_batch's reply from the registers after the trap (regs: rax, rdi, rsi, r8..r12): 0 and the outputs (one whose `when` condition does not hold is absent: not written), or -errno (the host's status, or -EINVAL for a value the spec does not allow; nothing is written then). */
static inline int hvlink_memory_add_to_physmap_batch_reply_regs(const uint64_t regs[8], int16_t *out_status)
{
    const uint64_t rax = regs[0];
    const uint64_t r12 = regs[7];
    int st = hvlink__status(rax);
    if (st)
        return st;
    if (!hvlink__reg_fits(r12, 2u, true))
        return -22;
    if (out_status)
        *out_status = (int16_t)(int64_t)r12;
    return 0;
}

/* memory.add_to_physmap_batch by register (form single): in domid rsi, space r8, foreign-domid r9, idx r10, gpfn r11; out status r12. */
static inline int hvlink_memory_add_to_physmap_batch_call(const struct hvlink_trap *t, uint16_t domid, uint32_t space, uint16_t foreign_domid, uint64_t idx, uint64_t gpfn, int16_t *out_status)
{
    register uint64_t rax __asm__("rax") = HVLINK_MEMORY_ID | HVLINK_FASTABI_BIT;
    register uint64_t rdi __asm__("rdi") = 23u;
    register uint64_t rsi __asm__("rsi") = (uint64_t)domid;
    register uint64_t r8 __asm__("r8") = (uint64_t)space;
    register uint64_t r9 __asm__("r9") = (uint64_t)foreign_domid;
    register uint64_t r10 __asm__("r10") = (uint64_t)idx;
    register uint64_t r11 __asm__("r11") = (uint64_t)gpfn;
    register uint64_t r12 __asm__("r12") = 0;
    uint64_t hvlink__dx = t->port;
    switch (t->kind) {
    case HVLINK_TRAP_VMCALL:
        __asm__ __volatile__("vmcall" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12) :  : "memory", "cc");
        break;
    case HVLINK_TRAP_VMMCALL:
        __asm__ __volatile__("vmmcall" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12) :  : "memory", "cc");
        break;
    case HVLINK_TRAP_PORT:
        __asm__ __volatile__("outl %%eax, %%dx" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12), "+d"(hvlink__dx) :  : "memory", "cc");
        break;
    default:
        return -38; /* ENOSYS: no trap */
    }
    {
        const uint64_t hvlink__r[8] = {rax, rdi, rsi, r8, r9, r10, r11, r12};
        return hvlink_memory_add_to_physmap_batch_reply_regs(hvlink__r, out_status);
    }
}

/* memory.remove_from_physmap's reply from the registers after the trap (regs: rax, rdi, rsi, r8..r12): 0 and the outputs (one whose `when` condition does not hold is absent: not written), or -errno (the host's status, or -EINVAL for a value the spec does not allow; nothing is written then). */
static inline int hvlink_memory_remove_from_physmap_reply_regs(const uint64_t regs[8])
{
    const uint64_t rax = regs[0];
    int st = hvlink__status(rax);
    if (st)
        return st;
    return 0;
}

/* memory.remove_from_physmap by register: in domid rsi, gpfn r8; out status only. */
static inline int hvlink_memory_remove_from_physmap_call(const struct hvlink_trap *t, uint16_t domid, uint64_t gpfn)
{
    register uint64_t rax __asm__("rax") = HVLINK_MEMORY_ID | HVLINK_FASTABI_BIT;
    register uint64_t rdi __asm__("rdi") = 15u;
    register uint64_t rsi __asm__("rsi") = (uint64_t)domid;
    register uint64_t r8 __asm__("r8") = (uint64_t)gpfn;
    register uint64_t r9 __asm__("r9") = 0;
    register uint64_t r10 __asm__("r10") = 0;
    register uint64_t r11 __asm__("r11") = 0;
    register uint64_t r12 __asm__("r12") = 0;
    uint64_t hvlink__dx = t->port;
    switch (t->kind) {
    case HVLINK_TRAP_VMCALL:
        __asm__ __volatile__("vmcall" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12) :  : "memory", "cc");
        break;
    case HVLINK_TRAP_VMMCALL:
        __asm__ __volatile__("vmmcall" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12) :  : "memory", "cc");
        break;
    case HVLINK_TRAP_PORT:
        __asm__ __volatile__("outl %%eax, %%dx" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12), "+d"(hvlink__dx) :  : "memory", "cc");
        break;
    default:
        return -38; /* ENOSYS: no trap */
    }
    {
        const uint64_t hvlink__r[8] = {rax, rdi, rsi, r8, r9, r10, r11, r12};
        return hvlink_memory_remove_from_physmap_reply_regs(hvlink__r);
    }
}

/* memory.maximum_gpfn's reply from the registers after the trap (regs: rax, rdi, rsi, r8..r12): 0 and the outputs (one whose `when` condition does not hold is absent: not written), or -errno (the host's status, or -EINVAL for a value the spec does not allow; nothing is written then). */
static inline int hvlink_memory_maximum_gpfn_reply_regs(const uint64_t regs[8], uint64_t *out_gpfn)
{
    const uint64_t rax = regs[0];
    const uint64_t rsi = regs[2];
    int st = hvlink__status(rax);
    if (st)
        return st;
    if (!hvlink__reg_fits(rsi, 8u, false))
        return -22;
    if (out_gpfn)
        *out_gpfn = (uint64_t)rsi;
    return 0;
}

/* memory.maximum_gpfn by register: in dom rsi; out gpfn rsi. */
static inline int hvlink_memory_maximum_gpfn_call(const struct hvlink_trap *t, uint16_t dom, uint64_t *out_gpfn)
{
    register uint64_t rax __asm__("rax") = HVLINK_MEMORY_ID | HVLINK_FASTABI_BIT;
    register uint64_t rdi __asm__("rdi") = 14u;
    register uint64_t rsi __asm__("rsi") = (uint64_t)dom;
    register uint64_t r8 __asm__("r8") = 0;
    register uint64_t r9 __asm__("r9") = 0;
    register uint64_t r10 __asm__("r10") = 0;
    register uint64_t r11 __asm__("r11") = 0;
    register uint64_t r12 __asm__("r12") = 0;
    uint64_t hvlink__dx = t->port;
    switch (t->kind) {
    case HVLINK_TRAP_VMCALL:
        __asm__ __volatile__("vmcall" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12) :  : "memory", "cc");
        break;
    case HVLINK_TRAP_VMMCALL:
        __asm__ __volatile__("vmmcall" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12) :  : "memory", "cc");
        break;
    case HVLINK_TRAP_PORT:
        __asm__ __volatile__("outl %%eax, %%dx" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12), "+d"(hvlink__dx) :  : "memory", "cc");
        break;
    default:
        return -38; /* ENOSYS: no trap */
    }
    {
        const uint64_t hvlink__r[8] = {rax, rdi, rsi, r8, r9, r10, r11, r12};
        return hvlink_memory_maximum_gpfn_reply_regs(hvlink__r, out_gpfn);
    }
}

/* version.version's reply from the registers after the trap (regs: rax, rdi, rsi, r8..r12): 0 and the outputs (one whose `when` condition does not hold is absent: not written), or -errno (the host's status, or -EINVAL for a value the spec does not allow; nothing is written then). */
static inline int hvlink_version_version_reply_regs(const uint64_t regs[8], uint16_t *out_major, uint16_t *out_minor)
{
    const uint64_t rax = regs[0];
    const uint64_t rsi = regs[2];
    const uint64_t r8 = regs[3];
    int st = hvlink__status(rax);
    if (st)
        return st;
    if (!hvlink__reg_fits(rsi, 2u, false))
        return -22;
    if (!hvlink__reg_fits(r8, 2u, false))
        return -22;
    if (out_major)
        *out_major = (uint16_t)rsi;
    if (out_minor)
        *out_minor = (uint16_t)r8;
    return 0;
}

/* version.version by register: in nothing; out major rsi, minor r8. */
static inline int hvlink_version_version_call(const struct hvlink_trap *t, uint16_t *out_major, uint16_t *out_minor)
{
    register uint64_t rax __asm__("rax") = HVLINK_VERSION_ID | HVLINK_FASTABI_BIT;
    register uint64_t rdi __asm__("rdi") = 0u;
    register uint64_t rsi __asm__("rsi") = 0;
    register uint64_t r8 __asm__("r8") = 0;
    register uint64_t r9 __asm__("r9") = 0;
    register uint64_t r10 __asm__("r10") = 0;
    register uint64_t r11 __asm__("r11") = 0;
    register uint64_t r12 __asm__("r12") = 0;
    uint64_t hvlink__dx = t->port;
    switch (t->kind) {
    case HVLINK_TRAP_VMCALL:
        __asm__ __volatile__("vmcall" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12) :  : "memory", "cc");
        break;
    case HVLINK_TRAP_VMMCALL:
        __asm__ __volatile__("vmmcall" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12) :  : "memory", "cc");
        break;
    case HVLINK_TRAP_PORT:
        __asm__ __volatile__("outl %%eax, %%dx" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12), "+d"(hvlink__dx) :  : "memory", "cc");
        break;
    default:
        return -38; /* ENOSYS: no trap */
    }
    {
        const uint64_t hvlink__r[8] = {rax, rdi, rsi, r8, r9, r10, r11, r12};
        return hvlink_version_version_reply_regs(hvlink__r, out_major, out_minor);
    }
}

/* version.get_features's reply from the registers after the trap (regs: rax, rdi, rsi, r8..r12): 0 and the outputs (one whose `when` condition does not hold is absent: not written), or -errno (the host's status, or -EINVAL for a value the spec does not allow; nothing is written then). */
static inline int hvlink_version_get_features_reply_regs(const uint64_t regs[8], uint32_t *out_submap)
{
    const uint64_t rax = regs[0];
    const uint64_t r8 = regs[3];
    int st = hvlink__status(rax);
    if (st)
        return st;
    if (!hvlink__reg_fits(r8, 4u, false))
        return -22;
    if (out_submap)
        *out_submap = (uint32_t)r8;
    return 0;
}

/* version.get_features by register: in submap-idx rsi; out submap r8. */
static inline int hvlink_version_get_features_call(const struct hvlink_trap *t, uint32_t submap_idx, uint32_t *out_submap)
{
    register uint64_t rax __asm__("rax") = HVLINK_VERSION_ID | HVLINK_FASTABI_BIT;
    register uint64_t rdi __asm__("rdi") = 6u;
    register uint64_t rsi __asm__("rsi") = (uint64_t)submap_idx;
    register uint64_t r8 __asm__("r8") = 0;
    register uint64_t r9 __asm__("r9") = 0;
    register uint64_t r10 __asm__("r10") = 0;
    register uint64_t r11 __asm__("r11") = 0;
    register uint64_t r12 __asm__("r12") = 0;
    uint64_t hvlink__dx = t->port;
    switch (t->kind) {
    case HVLINK_TRAP_VMCALL:
        __asm__ __volatile__("vmcall" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12) :  : "memory", "cc");
        break;
    case HVLINK_TRAP_VMMCALL:
        __asm__ __volatile__("vmmcall" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12) :  : "memory", "cc");
        break;
    case HVLINK_TRAP_PORT:
        __asm__ __volatile__("outl %%eax, %%dx" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12), "+d"(hvlink__dx) :  : "memory", "cc");
        break;
    default:
        return -38; /* ENOSYS: no trap */
    }
    {
        const uint64_t hvlink__r[8] = {rax, rdi, rsi, r8, r9, r10, r11, r12};
        return hvlink_version_get_features_reply_regs(hvlink__r, out_submap);
    }
}

/* version.pagesize's reply from the registers after the trap (regs: rax, rdi, rsi, r8..r12): 0 and the outputs (one whose `when` condition does not hold is absent: not written), or -errno (the host's status, or -EINVAL for a value the spec does not allow; nothing is written then). */
static inline int hvlink_version_pagesize_reply_regs(const uint64_t regs[8], uint32_t *out_page_size)
{
    const uint64_t rax = regs[0];
    const uint64_t rsi = regs[2];
    int st = hvlink__status(rax);
    if (st)
        return st;
    if (!hvlink__reg_fits(rsi, 4u, false))
        return -22;
    if (out_page_size)
        *out_page_size = (uint32_t)rsi;
    return 0;
}

/* version.pagesize by register: in nothing; out page-size rsi. */
static inline int hvlink_version_pagesize_call(const struct hvlink_trap *t, uint32_t *out_page_size)
{
    register uint64_t rax __asm__("rax") = HVLINK_VERSION_ID | HVLINK_FASTABI_BIT;
    register uint64_t rdi __asm__("rdi") = 7u;
    register uint64_t rsi __asm__("rsi") = 0;
    register uint64_t r8 __asm__("r8") = 0;
    register uint64_t r9 __asm__("r9") = 0;
    register uint64_t r10 __asm__("r10") = 0;
    register uint64_t r11 __asm__("r11") = 0;
    register uint64_t r12 __asm__("r12") = 0;
    uint64_t hvlink__dx = t->port;
    switch (t->kind) {
    case HVLINK_TRAP_VMCALL:
        __asm__ __volatile__("vmcall" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12) :  : "memory", "cc");
        break;
    case HVLINK_TRAP_VMMCALL:
        __asm__ __volatile__("vmmcall" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12) :  : "memory", "cc");
        break;
    case HVLINK_TRAP_PORT:
        __asm__ __volatile__("outl %%eax, %%dx" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12), "+d"(hvlink__dx) :  : "memory", "cc");
        break;
    default:
        return -38; /* ENOSYS: no trap */
    }
    {
        const uint64_t hvlink__r[8] = {rax, rdi, rsi, r8, r9, r10, r11, r12};
        return hvlink_version_pagesize_reply_regs(hvlink__r, out_page_size);
    }
}

/* grant_table.map_grant_ref's reply from the registers after the trap (regs: rax, rdi, rsi, r8..r12): 0 and the outputs (one whose `when` condition does not hold is absent: not written), or -errno (the host's status, or -EINVAL for a value the spec does not allow; nothing is written then). */
static inline int hvlink_grant_table_map_grant_ref_reply_regs(const uint64_t regs[8], uint32_t *out_handle, int16_t *out_status)
{
    const uint64_t rax = regs[0];
    const uint64_t r11 = regs[6];
    const uint64_t r12 = regs[7];
    int st = hvlink__status(rax);
    if (st)
        return st;
    if (((int64_t)r12 == (0LL)) && !hvlink__reg_fits(r11, 4u, false))
        return -22;
    if (!hvlink__reg_fits(r12, 2u, true))
        return -22;
    if (((int64_t)r12 == (0LL)) && out_handle)
        *out_handle = (uint32_t)r11;
    if (out_status)
        *out_status = (int16_t)(int64_t)r12;
    return 0;
}

/* grant_table.map_grant_ref by register (form single): in dom rsi, host-addr r8, flags r9, ref r10; out handle r11, status r12. */
static inline int hvlink_grant_table_map_grant_ref_call(const struct hvlink_trap *t, uint16_t dom, uint64_t host_addr, uint32_t flags, uint32_t ref, uint32_t *out_handle, int16_t *out_status)
{
    register uint64_t rax __asm__("rax") = HVLINK_GRANT_TABLE_ID | HVLINK_FASTABI_BIT;
    register uint64_t rdi __asm__("rdi") = 0u;
    register uint64_t rsi __asm__("rsi") = (uint64_t)dom;
    register uint64_t r8 __asm__("r8") = (uint64_t)host_addr;
    register uint64_t r9 __asm__("r9") = (uint64_t)flags;
    register uint64_t r10 __asm__("r10") = (uint64_t)ref;
    register uint64_t r11 __asm__("r11") = 0;
    register uint64_t r12 __asm__("r12") = 0;
    uint64_t hvlink__dx = t->port;
    switch (t->kind) {
    case HVLINK_TRAP_VMCALL:
        __asm__ __volatile__("vmcall" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12) :  : "memory", "cc");
        break;
    case HVLINK_TRAP_VMMCALL:
        __asm__ __volatile__("vmmcall" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12) :  : "memory", "cc");
        break;
    case HVLINK_TRAP_PORT:
        __asm__ __volatile__("outl %%eax, %%dx" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12), "+d"(hvlink__dx) :  : "memory", "cc");
        break;
    default:
        return -38; /* ENOSYS: no trap */
    }
    {
        const uint64_t hvlink__r[8] = {rax, rdi, rsi, r8, r9, r10, r11, r12};
        return hvlink_grant_table_map_grant_ref_reply_regs(hvlink__r, out_handle, out_status);
    }
}

/* grant_table.unmap_grant_ref's reply from the registers after the trap (regs: rax, rdi, rsi, r8..r12): 0 and the outputs (one whose `when` condition does not hold is absent: not written), or -errno (the host's status, or -EINVAL for a value the spec does not allow; nothing is written then). */
static inline int hvlink_grant_table_unmap_grant_ref_reply_regs(const uint64_t regs[8], int16_t *out_status)
{
    const uint64_t rax = regs[0];
    const uint64_t r12 = regs[7];
    int st = hvlink__status(rax);
    if (st)
        return st;
    if (!hvlink__reg_fits(r12, 2u, true))
        return -22;
    if (out_status)
        *out_status = (int16_t)(int64_t)r12;
    return 0;
}

/* grant_table.unmap_grant_ref by register (form single): in host-addr r8, handle r11; out status r12. */
static inline int hvlink_grant_table_unmap_grant_ref_call(const struct hvlink_trap *t, uint64_t host_addr, uint32_t handle, int16_t *out_status)
{
    register uint64_t rax __asm__("rax") = HVLINK_GRANT_TABLE_ID | HVLINK_FASTABI_BIT;
    register uint64_t rdi __asm__("rdi") = 1u;
    register uint64_t rsi __asm__("rsi") = 0;
    register uint64_t r8 __asm__("r8") = (uint64_t)host_addr;
    register uint64_t r9 __asm__("r9") = 0;
    register uint64_t r10 __asm__("r10") = 0;
    register uint64_t r11 __asm__("r11") = (uint64_t)handle;
    register uint64_t r12 __asm__("r12") = 0;
    uint64_t hvlink__dx = t->port;
    switch (t->kind) {
    case HVLINK_TRAP_VMCALL:
        __asm__ __volatile__("vmcall" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12) :  : "memory", "cc");
        break;
    case HVLINK_TRAP_VMMCALL:
        __asm__ __volatile__("vmmcall" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12) :  : "memory", "cc");
        break;
    case HVLINK_TRAP_PORT:
        __asm__ __volatile__("outl %%eax, %%dx" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12), "+d"(hvlink__dx) :  : "memory", "cc");
        break;
    default:
        return -38; /* ENOSYS: no trap */
    }
    {
        const uint64_t hvlink__r[8] = {rax, rdi, rsi, r8, r9, r10, r11, r12};
        return hvlink_grant_table_unmap_grant_ref_reply_regs(hvlink__r, out_status);
    }
}

/* grant_table.query_size's reply from the registers after the trap (regs: rax, rdi, rsi, r8..r12): 0 and the outputs (one whose `when` condition does not hold is absent: not written), or -errno (the host's status, or -EINVAL for a value the spec does not allow; nothing is written then). */
static inline int hvlink_grant_table_query_size_reply_regs(const uint64_t regs[8], uint32_t *out_nr_frames, uint32_t *out_max_nr_frames, int16_t *out_status)
{
    const uint64_t rax = regs[0];
    const uint64_t rsi = regs[2];
    const uint64_t r8 = regs[3];
    const uint64_t r12 = regs[7];
    int st = hvlink__status(rax);
    if (st)
        return st;
    if (!hvlink__reg_fits(rsi, 4u, false))
        return -22;
    if (!hvlink__reg_fits(r8, 4u, false))
        return -22;
    if (!hvlink__reg_fits(r12, 2u, true))
        return -22;
    if (out_nr_frames)
        *out_nr_frames = (uint32_t)rsi;
    if (out_max_nr_frames)
        *out_max_nr_frames = (uint32_t)r8;
    if (out_status)
        *out_status = (int16_t)(int64_t)r12;
    return 0;
}

/* grant_table.query_size by register: in nothing; out nr-frames rsi, max-nr-frames r8, status r12. */
static inline int hvlink_grant_table_query_size_call(const struct hvlink_trap *t, uint32_t *out_nr_frames, uint32_t *out_max_nr_frames, int16_t *out_status)
{
    register uint64_t rax __asm__("rax") = HVLINK_GRANT_TABLE_ID | HVLINK_FASTABI_BIT;
    register uint64_t rdi __asm__("rdi") = 6u;
    register uint64_t rsi __asm__("rsi") = 0;
    register uint64_t r8 __asm__("r8") = 0;
    register uint64_t r9 __asm__("r9") = 0;
    register uint64_t r10 __asm__("r10") = 0;
    register uint64_t r11 __asm__("r11") = 0;
    register uint64_t r12 __asm__("r12") = 0;
    uint64_t hvlink__dx = t->port;
    switch (t->kind) {
    case HVLINK_TRAP_VMCALL:
        __asm__ __volatile__("vmcall" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12) :  : "memory", "cc");
        break;
    case HVLINK_TRAP_VMMCALL:
        __asm__ __volatile__("vmmcall" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12) :  : "memory", "cc");
        break;
    case HVLINK_TRAP_PORT:
        __asm__ __volatile__("outl %%eax, %%dx" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12), "+d"(hvlink__dx) :  : "memory", "cc");
        break;
    default:
        return -38; /* ENOSYS: no trap */
    }
    {
        const uint64_t hvlink__r[8] = {rax, rdi, rsi, r8, r9, r10, r11, r12};
        return hvlink_grant_table_query_size_reply_regs(hvlink__r, out_nr_frames, out_max_nr_frames, out_status);
    }
}

/* grant_table.unmap_and_replace's reply from the registers after the trap (regs: rax, rdi, rsi, r8..r12): 0 and the outputs (one whose `when` condition does not hold is absent: not written), or -errno (the host's status, or -EINVAL for a value the spec does not allow; nothing is written then). */
static inline int hvlink_grant_table_unmap_and_replace_reply_regs(const uint64_t regs[8], int16_t *out_status)
{
    const uint64_t rax = regs[0];
    const uint64_t r12 = regs[7];
    int st = hvlink__status(rax);
    if (st)
        return st;
    if (!hvlink__reg_fits(r12, 2u, true))
        return -22;
    if (out_status)
        *out_status = (int16_t)(int64_t)r12;
    return 0;
}

/* grant_table.unmap_and_replace by register: in host-addr r8, new-addr r9, handle r11; out status r12. */
static inline int hvlink_grant_table_unmap_and_replace_call(const struct hvlink_trap *t, uint64_t host_addr, uint64_t new_addr, uint32_t handle, int16_t *out_status)
{
    register uint64_t rax __asm__("rax") = HVLINK_GRANT_TABLE_ID | HVLINK_FASTABI_BIT;
    register uint64_t rdi __asm__("rdi") = 7u;
    register uint64_t rsi __asm__("rsi") = 0;
    register uint64_t r8 __asm__("r8") = (uint64_t)host_addr;
    register uint64_t r9 __asm__("r9") = (uint64_t)new_addr;
    register uint64_t r10 __asm__("r10") = 0;
    register uint64_t r11 __asm__("r11") = (uint64_t)handle;
    register uint64_t r12 __asm__("r12") = 0;
    uint64_t hvlink__dx = t->port;
    switch (t->kind) {
    case HVLINK_TRAP_VMCALL:
        __asm__ __volatile__("vmcall" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12) :  : "memory", "cc");
        break;
    case HVLINK_TRAP_VMMCALL:
        __asm__ __volatile__("vmmcall" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12) :  : "memory", "cc");
        break;
    case HVLINK_TRAP_PORT:
        __asm__ __volatile__("outl %%eax, %%dx" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12), "+d"(hvlink__dx) :  : "memory", "cc");
        break;
    default:
        return -38; /* ENOSYS: no trap */
    }
    {
        const uint64_t hvlink__r[8] = {rax, rdi, rsi, r8, r9, r10, r11, r12};
        return hvlink_grant_table_unmap_and_replace_reply_regs(hvlink__r, out_status);
    }
}

/* grant_table.set_version's reply from the registers after the trap (regs: rax, rdi, rsi, r8..r12): 0 and the outputs (one whose `when` condition does not hold is absent: not written), or -errno (the host's status, or -EINVAL for a value the spec does not allow; nothing is written then). */
static inline int hvlink_grant_table_set_version_reply_regs(const uint64_t regs[8], uint32_t *out_version)
{
    const uint64_t rax = regs[0];
    const uint64_t rsi = regs[2];
    int st = hvlink__status(rax);
    if (st)
        return st;
    if (!hvlink__reg_fits(rsi, 4u, false))
        return -22;
    if (out_version)
        *out_version = (uint32_t)rsi;
    return 0;
}

/* grant_table.set_version by register: in version rsi; out version rsi. */
static inline int hvlink_grant_table_set_version_call(const struct hvlink_trap *t, uint32_t version, uint32_t *out_version)
{
    register uint64_t rax __asm__("rax") = HVLINK_GRANT_TABLE_ID | HVLINK_FASTABI_BIT;
    register uint64_t rdi __asm__("rdi") = 8u;
    register uint64_t rsi __asm__("rsi") = (uint64_t)version;
    register uint64_t r8 __asm__("r8") = 0;
    register uint64_t r9 __asm__("r9") = 0;
    register uint64_t r10 __asm__("r10") = 0;
    register uint64_t r11 __asm__("r11") = 0;
    register uint64_t r12 __asm__("r12") = 0;
    uint64_t hvlink__dx = t->port;
    switch (t->kind) {
    case HVLINK_TRAP_VMCALL:
        __asm__ __volatile__("vmcall" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12) :  : "memory", "cc");
        break;
    case HVLINK_TRAP_VMMCALL:
        __asm__ __volatile__("vmmcall" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12) :  : "memory", "cc");
        break;
    case HVLINK_TRAP_PORT:
        __asm__ __volatile__("outl %%eax, %%dx" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12), "+d"(hvlink__dx) :  : "memory", "cc");
        break;
    default:
        return -38; /* ENOSYS: no trap */
    }
    {
        const uint64_t hvlink__r[8] = {rax, rdi, rsi, r8, r9, r10, r11, r12};
        return hvlink_grant_table_set_version_reply_regs(hvlink__r, out_version);
    }
}

/* grant_table.get_version's reply from the registers after the trap (regs: rax, rdi, rsi, r8..r12): 0 and the outputs (one whose `when` condition does not hold is absent: not written), or -errno (the host's status, or -EINVAL for a value the spec does not allow; nothing is written then). */
static inline int hvlink_grant_table_get_version_reply_regs(const uint64_t regs[8], uint32_t *out_version)
{
    const uint64_t rax = regs[0];
    const uint64_t rsi = regs[2];
    int st = hvlink__status(rax);
    if (st)
        return st;
    if (!hvlink__reg_fits(rsi, 4u, false))
        return -22;
    if (out_version)
        *out_version = (uint32_t)rsi;
    return 0;
}

/* grant_table.get_version by register: in nothing; out version rsi. */
static inline int hvlink_grant_table_get_version_call(const struct hvlink_trap *t, uint32_t *out_version)
{
    register uint64_t rax __asm__("rax") = HVLINK_GRANT_TABLE_ID | HVLINK_FASTABI_BIT;
    register uint64_t rdi __asm__("rdi") = 10u;
    register uint64_t rsi __asm__("rsi") = 0;
    register uint64_t r8 __asm__("r8") = 0;
    register uint64_t r9 __asm__("r9") = 0;
    register uint64_t r10 __asm__("r10") = 0;
    register uint64_t r11 __asm__("r11") = 0;
    register uint64_t r12 __asm__("r12") = 0;
    uint64_t hvlink__dx = t->port;
    switch (t->kind) {
    case HVLINK_TRAP_VMCALL:
        __asm__ __volatile__("vmcall" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12) :  : "memory", "cc");
        break;
    case HVLINK_TRAP_VMMCALL:
        __asm__ __volatile__("vmmcall" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12) :  : "memory", "cc");
        break;
    case HVLINK_TRAP_PORT:
        __asm__ __volatile__("outl %%eax, %%dx" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12), "+d"(hvlink__dx) :  : "memory", "cc");
        break;
    default:
        return -38; /* ENOSYS: no trap */
    }
    {
        const uint64_t hvlink__r[8] = {rax, rdi, rsi, r8, r9, r10, r11, r12};
        return hvlink_grant_table_get_version_reply_regs(hvlink__r, out_version);
    }
}

/* grant_table.swap_grant_ref's reply from the registers after the trap (regs: rax, rdi, rsi, r8..r12): 0 and the outputs (one whose `when` condition does not hold is absent: not written), or -errno (the host's status, or -EINVAL for a value the spec does not allow; nothing is written then). */
static inline int hvlink_grant_table_swap_grant_ref_reply_regs(const uint64_t regs[8], int16_t *out_status)
{
    const uint64_t rax = regs[0];
    const uint64_t r12 = regs[7];
    int st = hvlink__status(rax);
    if (st)
        return st;
    if (!hvlink__reg_fits(r12, 2u, true))
        return -22;
    if (out_status)
        *out_status = (int16_t)(int64_t)r12;
    return 0;
}

/* grant_table.swap_grant_ref by register: in ref-a rsi, ref-b r8; out status r12. */
static inline int hvlink_grant_table_swap_grant_ref_call(const struct hvlink_trap *t, uint32_t ref_a, uint32_t ref_b, int16_t *out_status)
{
    register uint64_t rax __asm__("rax") = HVLINK_GRANT_TABLE_ID | HVLINK_FASTABI_BIT;
    register uint64_t rdi __asm__("rdi") = 11u;
    register uint64_t rsi __asm__("rsi") = (uint64_t)ref_a;
    register uint64_t r8 __asm__("r8") = (uint64_t)ref_b;
    register uint64_t r9 __asm__("r9") = 0;
    register uint64_t r10 __asm__("r10") = 0;
    register uint64_t r11 __asm__("r11") = 0;
    register uint64_t r12 __asm__("r12") = 0;
    uint64_t hvlink__dx = t->port;
    switch (t->kind) {
    case HVLINK_TRAP_VMCALL:
        __asm__ __volatile__("vmcall" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12) :  : "memory", "cc");
        break;
    case HVLINK_TRAP_VMMCALL:
        __asm__ __volatile__("vmmcall" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12) :  : "memory", "cc");
        break;
    case HVLINK_TRAP_PORT:
        __asm__ __volatile__("outl %%eax, %%dx" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12), "+d"(hvlink__dx) :  : "memory", "cc");
        break;
    default:
        return -38; /* ENOSYS: no trap */
    }
    {
        const uint64_t hvlink__r[8] = {rax, rdi, rsi, r8, r9, r10, r11, r12};
        return hvlink_grant_table_swap_grant_ref_reply_regs(hvlink__r, out_status);
    }
}

/* vcpu.initialise's reply from the registers after the trap (regs: rax, rdi, rsi, r8..r12): 0 and the outputs (one whose `when` condition does not hold is absent: not written), or -errno (the host's status, or -EINVAL for a value the spec does not allow; nothing is written then). */
static inline int hvlink_vcpu_initialise_reply_regs(const uint64_t regs[8])
{
    const uint64_t rax = regs[0];
    int st = hvlink__status(rax);
    if (st)
        return st;
    return 0;
}

/* vcpu.initialise by register: in vcpu rsi, context-gfn r8; out status only. */
static inline int hvlink_vcpu_initialise_call(const struct hvlink_trap *t, uint32_t vcpu, uint64_t context_gfn)
{
    register uint64_t rax __asm__("rax") = HVLINK_VCPU_ID | HVLINK_FASTABI_BIT;
    register uint64_t rdi __asm__("rdi") = 0u;
    register uint64_t rsi __asm__("rsi") = (uint64_t)vcpu;
    register uint64_t r8 __asm__("r8") = (uint64_t)context_gfn;
    register uint64_t r9 __asm__("r9") = 0;
    register uint64_t r10 __asm__("r10") = 0;
    register uint64_t r11 __asm__("r11") = 0;
    register uint64_t r12 __asm__("r12") = 0;
    uint64_t hvlink__dx = t->port;
    switch (t->kind) {
    case HVLINK_TRAP_VMCALL:
        __asm__ __volatile__("vmcall" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12) :  : "memory", "cc");
        break;
    case HVLINK_TRAP_VMMCALL:
        __asm__ __volatile__("vmmcall" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12) :  : "memory", "cc");
        break;
    case HVLINK_TRAP_PORT:
        __asm__ __volatile__("outl %%eax, %%dx" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12), "+d"(hvlink__dx) :  : "memory", "cc");
        break;
    default:
        return -38; /* ENOSYS: no trap */
    }
    {
        const uint64_t hvlink__r[8] = {rax, rdi, rsi, r8, r9, r10, r11, r12};
        return hvlink_vcpu_initialise_reply_regs(hvlink__r);
    }
}

/* vcpu.up's reply from the registers after the trap (regs: rax, rdi, rsi, r8..r12): 0 and the outputs (one whose `when` condition does not hold is absent: not written), or -errno (the host's status, or -EINVAL for a value the spec does not allow; nothing is written then). */
static inline int hvlink_vcpu_up_reply_regs(const uint64_t regs[8])
{
    const uint64_t rax = regs[0];
    int st = hvlink__status(rax);
    if (st)
        return st;
    return 0;
}

/* vcpu.up by register: in vcpu rsi; out status only. */
static inline int hvlink_vcpu_up_call(const struct hvlink_trap *t, uint32_t vcpu)
{
    register uint64_t rax __asm__("rax") = HVLINK_VCPU_ID | HVLINK_FASTABI_BIT;
    register uint64_t rdi __asm__("rdi") = 1u;
    register uint64_t rsi __asm__("rsi") = (uint64_t)vcpu;
    register uint64_t r8 __asm__("r8") = 0;
    register uint64_t r9 __asm__("r9") = 0;
    register uint64_t r10 __asm__("r10") = 0;
    register uint64_t r11 __asm__("r11") = 0;
    register uint64_t r12 __asm__("r12") = 0;
    uint64_t hvlink__dx = t->port;
    switch (t->kind) {
    case HVLINK_TRAP_VMCALL:
        __asm__ __volatile__("vmcall" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12) :  : "memory", "cc");
        break;
    case HVLINK_TRAP_VMMCALL:
        __asm__ __volatile__("vmmcall" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12) :  : "memory", "cc");
        break;
    case HVLINK_TRAP_PORT:
        __asm__ __volatile__("outl %%eax, %%dx" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12), "+d"(hvlink__dx) :  : "memory", "cc");
        break;
    default:
        return -38; /* ENOSYS: no trap */
    }
    {
        const uint64_t hvlink__r[8] = {rax, rdi, rsi, r8, r9, r10, r11, r12};
        return hvlink_vcpu_up_reply_regs(hvlink__r);
    }
}

/* vcpu.down's reply from the registers after the trap (regs: rax, rdi, rsi, r8..r12): 0 and the outputs (one whose `when` condition does not hold is absent: not written), or -errno (the host's status, or -EINVAL for a value the spec does not allow; nothing is written then). */
static inline int hvlink_vcpu_down_reply_regs(const uint64_t regs[8])
{
    const uint64_t rax = regs[0];
    int st = hvlink__status(rax);
    if (st)
        return st;
    return 0;
}

/* vcpu.down by register: in vcpu rsi; out status only. */
static inline int hvlink_vcpu_down_call(const struct hvlink_trap *t, uint32_t vcpu)
{
    register uint64_t rax __asm__("rax") = HVLINK_VCPU_ID | HVLINK_FASTABI_BIT;
    register uint64_t rdi __asm__("rdi") = 2u;
    register uint64_t rsi __asm__("rsi") = (uint64_t)vcpu;
    register uint64_t r8 __asm__("r8") = 0;
    register uint64_t r9 __asm__("r9") = 0;
    register uint64_t r10 __asm__("r10") = 0;
    register uint64_t r11 __asm__("r11") = 0;
    register uint64_t r12 __asm__("r12") = 0;
    uint64_t hvlink__dx = t->port;
    switch (t->kind) {
    case HVLINK_TRAP_VMCALL:
        __asm__ __volatile__("vmcall" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12) :  : "memory", "cc");
        break;
    case HVLINK_TRAP_VMMCALL:
        __asm__ __volatile__("vmmcall" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12) :  : "memory", "cc");
        break;
    case HVLINK_TRAP_PORT:
        __asm__ __volatile__("outl %%eax, %%dx" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12), "+d"(hvlink__dx) :  : "memory", "cc");
        break;
    default:
        return -38; /* ENOSYS: no trap */
    }
    {
        const uint64_t hvlink__r[8] = {rax, rdi, rsi, r8, r9, r10, r11, r12};
        return hvlink_vcpu_down_reply_regs(hvlink__r);
    }
}

/* vcpu.is_up's reply from the registers after the trap (regs: rax, rdi, rsi, r8..r12): 0 and the outputs (one whose `when` condition does not hold is absent: not written), or -errno (the host's status, or -EINVAL for a value the spec does not allow; nothing is written then). */
static inline int hvlink_vcpu_is_up_reply_regs(const uint64_t regs[8], uint8_t *out_up)
{
    const uint64_t rax = regs[0];
    const uint64_t rsi = regs[2];
    int st = hvlink__status(rax);
    if (st)
        return st;
    if (!hvlink__reg_fits(rsi, 1u, false))
        return -22;
    if ((rsi > 0x1ULL))
        return -22;
    if (out_up)
        *out_up = (uint8_t)rsi;
    return 0;
}

/* vcpu.is_up by register: in vcpu rsi; out up rsi. */
static inline int hvlink_vcpu_is_up_call(const struct hvlink_trap *t, uint32_t vcpu, uint8_t *out_up)
{
    register uint64_t rax __asm__("rax") = HVLINK_VCPU_ID | HVLINK_FASTABI_BIT;
    register uint64_t rdi __asm__("rdi") = 3u;
    register uint64_t rsi __asm__("rsi") = (uint64_t)vcpu;
    register uint64_t r8 __asm__("r8") = 0;
    register uint64_t r9 __asm__("r9") = 0;
    register uint64_t r10 __asm__("r10") = 0;
    register uint64_t r11 __asm__("r11") = 0;
    register uint64_t r12 __asm__("r12") = 0;
    uint64_t hvlink__dx = t->port;
    switch (t->kind) {
    case HVLINK_TRAP_VMCALL:
        __asm__ __volatile__("vmcall" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12) :  : "memory", "cc");
        break;
    case HVLINK_TRAP_VMMCALL:
        __asm__ __volatile__("vmmcall" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12) :  : "memory", "cc");
        break;
    case HVLINK_TRAP_PORT:
        __asm__ __volatile__("outl %%eax, %%dx" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12), "+d"(hvlink__dx) :  : "memory", "cc");
        break;
    default:
        return -38; /* ENOSYS: no trap */
    }
    {
        const uint64_t hvlink__r[8] = {rax, rdi, rsi, r8, r9, r10, r11, r12};
        return hvlink_vcpu_is_up_reply_regs(hvlink__r, out_up);
    }
}

/* vcpu.get_runstate_info's reply from the registers after the trap (regs: rax, rdi, rsi, r8..r12): 0 and the outputs (one whose `when` condition does not hold is absent: not written), or -errno (the host's status, or -EINVAL for a value the spec does not allow; nothing is written then). */
static inline int hvlink_vcpu_get_runstate_info_reply_regs(const uint64_t regs[8], int32_t *out_state, uint64_t *out_state_entry_time, uint64_t *out_time_running, uint64_t *out_time_runnable, uint64_t *out_time_blocked, uint64_t *out_time_offline)
{
    const uint64_t rax = regs[0];
    const uint64_t rsi = regs[2];
    const uint64_t r8 = regs[3];
    const uint64_t r9 = regs[4];
    const uint64_t r10 = regs[5];
    const uint64_t r11 = regs[6];
    const uint64_t r12 = regs[7];
    int st = hvlink__status(rax);
    if (st)
        return st;
    if (!hvlink__reg_fits(rsi, 4u, true))
        return -22;
    if (!hvlink__reg_fits(r8, 8u, false))
        return -22;
    if (!hvlink__reg_fits(r9, 8u, false))
        return -22;
    if (!hvlink__reg_fits(r10, 8u, false))
        return -22;
    if (!hvlink__reg_fits(r11, 8u, false))
        return -22;
    if (!hvlink__reg_fits(r12, 8u, false))
        return -22;
    if (out_state)
        *out_state = (int32_t)(int64_t)rsi;
    if (out_state_entry_time)
        *out_state_entry_time = (uint64_t)r8;
    if (out_time_running)
        *out_time_running = (uint64_t)r9;
    if (out_time_runnable)
        *out_time_runnable = (uint64_t)r10;
    if (out_time_blocked)
        *out_time_blocked = (uint64_t)r11;
    if (out_time_offline)
        *out_time_offline = (uint64_t)r12;
    return 0;
}

/* vcpu.get_runstate_info by register: in vcpu rsi; out state rsi, state-entry-time r8, time-running r9, time-runnable r10, time-blocked r11, time-offline r12. */
static inline int hvlink_vcpu_get_runstate_info_call(const struct hvlink_trap *t, uint32_t vcpu, int32_t *out_state, uint64_t *out_state_entry_time, uint64_t *out_time_running, uint64_t *out_time_runnable, uint64_t *out_time_blocked, uint64_t *out_time_offline)
{
    register uint64_t rax __asm__("rax") = HVLINK_VCPU_ID | HVLINK_FASTABI_BIT;
    register uint64_t rdi __asm__("rdi") = 4u;
    register uint64_t rsi __asm__("rsi") = (uint64_t)vcpu;
    register uint64_t r8 __asm__("r8") = 0;
    register uint64_t r9 __asm__("r9") = 0;
    register uint64_t r10 __asm__("r10") = 0;
    register uint64_t r11 __asm__("r11") = 0;
    register uint64_t r12 __asm__("r12") = 0;
    uint64_t hvlink__dx = t->port;
    switch (t->kind) {
    case HVLINK_TRAP_VMCALL:
        __asm__ __volatile__("vmcall" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12) :  : "memory", "cc");
        break;
    case HVLINK_TRAP_VMMCALL:
        __asm__ __volatile__("vmmcall" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12) :  : "memory", "cc");
        break;
    case HVLINK_TRAP_PORT:
        __asm__ __volatile__("outl %%eax, %%dx" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12), "+d"(hvlink__dx) :  : "memory", "cc");
        break;
    default:
        return -38; /* ENOSYS: no trap */
    }
    {
        const uint64_t hvlink__r[8] = {rax, rdi, rsi, r8, r9, r10, r11, r12};
        return hvlink_vcpu_get_runstate_info_reply_regs(hvlink__r, out_state, out_state_entry_time, out_time_running, out_time_runnable, out_time_blocked, out_time_offline);
    }
}

/* vcpu.set_periodic_timer's reply from the registers after the trap (regs: rax, rdi, rsi, r8..r12): 0 and the outputs (one whose `when` condition does not hold is absent: not written), or -errno (the host's status, or -EINVAL for a value the spec does not allow; nothing is written then). */
static inline int hvlink_vcpu_set_periodic_timer_reply_regs(const uint64_t regs[8])
{
    const uint64_t rax = regs[0];
    int st = hvlink__status(rax);
    if (st)
        return st;
    return 0;
}

/* vcpu.set_periodic_timer by register: in vcpu rsi, period-ns r8; out status only. */
static inline int hvlink_vcpu_set_periodic_timer_call(const struct hvlink_trap *t, uint32_t vcpu, uint64_t period_ns)
{
    register uint64_t rax __asm__("rax") = HVLINK_VCPU_ID | HVLINK_FASTABI_BIT;
    register uint64_t rdi __asm__("rdi") = 6u;
    register uint64_t rsi __asm__("rsi") = (uint64_t)vcpu;
    register uint64_t r8 __asm__("r8") = (uint64_t)period_ns;
    register uint64_t r9 __asm__("r9") = 0;
    register uint64_t r10 __asm__("r10") = 0;
    register uint64_t r11 __asm__("r11") = 0;
    register uint64_t r12 __asm__("r12") = 0;
    uint64_t hvlink__dx = t->port;
    switch (t->kind) {
    case HVLINK_TRAP_VMCALL:
        __asm__ __volatile__("vmcall" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12) :  : "memory", "cc");
        break;
    case HVLINK_TRAP_VMMCALL:
        __asm__ __volatile__("vmmcall" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12) :  : "memory", "cc");
        break;
    case HVLINK_TRAP_PORT:
        __asm__ __volatile__("outl %%eax, %%dx" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12), "+d"(hvlink__dx) :  : "memory", "cc");
        break;
    default:
        return -38; /* ENOSYS: no trap */
    }
    {
        const uint64_t hvlink__r[8] = {rax, rdi, rsi, r8, r9, r10, r11, r12};
        return hvlink_vcpu_set_periodic_timer_reply_regs(hvlink__r);
    }
}

/* vcpu.stop_periodic_timer's reply from the registers after the trap (regs: rax, rdi, rsi, r8..r12): 0 and the outputs (one whose `when` condition does not hold is absent: not written), or -errno (the host's status, or -EINVAL for a value the spec does not allow; nothing is written then). */
static inline int hvlink_vcpu_stop_periodic_timer_reply_regs(const uint64_t regs[8])
{
    const uint64_t rax = regs[0];
    int st = hvlink__status(rax);
    if (st)
        return st;
    return 0;
}

/* vcpu.stop_periodic_timer by register: in vcpu rsi; out status only. */
static inline int hvlink_vcpu_stop_periodic_timer_call(const struct hvlink_trap *t, uint32_t vcpu)
{
    register uint64_t rax __asm__("rax") = HVLINK_VCPU_ID | HVLINK_FASTABI_BIT;
    register uint64_t rdi __asm__("rdi") = 7u;
    register uint64_t rsi __asm__("rsi") = (uint64_t)vcpu;
    register uint64_t r8 __asm__("r8") = 0;
    register uint64_t r9 __asm__("r9") = 0;
    register uint64_t r10 __asm__("r10") = 0;
    register uint64_t r11 __asm__("r11") = 0;
    register uint64_t r12 __asm__("r12") = 0;
    uint64_t hvlink__dx = t->port;
    switch (t->kind) {
    case HVLINK_TRAP_VMCALL:
        __asm__ __volatile__("vmcall" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12) :  : "memory", "cc");
        break;
    case HVLINK_TRAP_VMMCALL:
        __asm__ __volatile__("vmmcall" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12) :  : "memory", "cc");
        break;
    case HVLINK_TRAP_PORT:
        __asm__ __volatile__("outl %%eax, %%dx" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12), "+d"(hvlink__dx) :  : "memory", "cc");
        break;
    default:
        return -38; /* ENOSYS: no trap */
    }
    {
        const uint64_t hvlink__r[8] = {rax, rdi, rsi, r8, r9, r10, r11, r12};
        return hvlink_vcpu_stop_periodic_timer_reply_regs(hvlink__r);
    }
}

/* vcpu.set_singleshot_timer's reply from the registers after the trap (regs: rax, rdi, rsi, r8..r12): 0 and the outputs (one whose `when` condition does not hold is absent: not written), or -errno (the host's status, or -EINVAL for a value the spec does not allow; nothing is written then). */
static inline int hvlink_vcpu_set_singleshot_timer_reply_regs(const uint64_t regs[8])
{
    const uint64_t rax = regs[0];
    int st = hvlink__status(rax);
    if (st)
        return st;
    return 0;
}

/* vcpu.set_singleshot_timer by register: in vcpu rsi, timeout-abs-ns r8, flags r9; out status only. */
static inline int hvlink_vcpu_set_singleshot_timer_call(const struct hvlink_trap *t, uint32_t vcpu, uint64_t timeout_abs_ns, uint32_t flags)
{
    register uint64_t rax __asm__("rax") = HVLINK_VCPU_ID | HVLINK_FASTABI_BIT;
    register uint64_t rdi __asm__("rdi") = 8u;
    register uint64_t rsi __asm__("rsi") = (uint64_t)vcpu;
    register uint64_t r8 __asm__("r8") = (uint64_t)timeout_abs_ns;
    register uint64_t r9 __asm__("r9") = (uint64_t)flags;
    register uint64_t r10 __asm__("r10") = 0;
    register uint64_t r11 __asm__("r11") = 0;
    register uint64_t r12 __asm__("r12") = 0;
    uint64_t hvlink__dx = t->port;
    switch (t->kind) {
    case HVLINK_TRAP_VMCALL:
        __asm__ __volatile__("vmcall" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12) :  : "memory", "cc");
        break;
    case HVLINK_TRAP_VMMCALL:
        __asm__ __volatile__("vmmcall" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12) :  : "memory", "cc");
        break;
    case HVLINK_TRAP_PORT:
        __asm__ __volatile__("outl %%eax, %%dx" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12), "+d"(hvlink__dx) :  : "memory", "cc");
        break;
    default:
        return -38; /* ENOSYS: no trap */
    }
    {
        const uint64_t hvlink__r[8] = {rax, rdi, rsi, r8, r9, r10, r11, r12};
        return hvlink_vcpu_set_singleshot_timer_reply_regs(hvlink__r);
    }
}

/* vcpu.stop_singleshot_timer's reply from the registers after the trap (regs: rax, rdi, rsi, r8..r12): 0 and the outputs (one whose `when` condition does not hold is absent: not written), or -errno (the host's status, or -EINVAL for a value the spec does not allow; nothing is written then). */
static inline int hvlink_vcpu_stop_singleshot_timer_reply_regs(const uint64_t regs[8])
{
    const uint64_t rax = regs[0];
    int st = hvlink__status(rax);
    if (st)
        return st;
    return 0;
}

/* vcpu.stop_singleshot_timer by register: in vcpu rsi; out status only. */
static inline int hvlink_vcpu_stop_singleshot_timer_call(const struct hvlink_trap *t, uint32_t vcpu)
{
    register uint64_t rax __asm__("rax") = HVLINK_VCPU_ID | HVLINK_FASTABI_BIT;
    register uint64_t rdi __asm__("rdi") = 9u;
    register uint64_t rsi __asm__("rsi") = (uint64_t)vcpu;
    register uint64_t r8 __asm__("r8") = 0;
    register uint64_t r9 __asm__("r9") = 0;
    register uint64_t r10 __asm__("r10") = 0;
    register uint64_t r11 __asm__("r11") = 0;
    register uint64_t r12 __asm__("r12") = 0;
    uint64_t hvlink__dx = t->port;
    switch (t->kind) {
    case HVLINK_TRAP_VMCALL:
        __asm__ __volatile__("vmcall" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12) :  : "memory", "cc");
        break;
    case HVLINK_TRAP_VMMCALL:
        __asm__ __volatile__("vmmcall" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12) :  : "memory", "cc");
        break;
    case HVLINK_TRAP_PORT:
        __asm__ __volatile__("outl %%eax, %%dx" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12), "+d"(hvlink__dx) :  : "memory", "cc");
        break;
    default:
        return -38; /* ENOSYS: no trap */
    }
    {
        const uint64_t hvlink__r[8] = {rax, rdi, rsi, r8, r9, r10, r11, r12};
        return hvlink_vcpu_stop_singleshot_timer_reply_regs(hvlink__r);
    }
}

/* vcpu.register_vcpu_info's reply from the registers after the trap (regs: rax, rdi, rsi, r8..r12): 0 and the outputs (one whose `when` condition does not hold is absent: not written), or -errno (the host's status, or -EINVAL for a value the spec does not allow; nothing is written then). */
static inline int hvlink_vcpu_register_vcpu_info_reply_regs(const uint64_t regs[8])
{
    const uint64_t rax = regs[0];
    int st = hvlink__status(rax);
    if (st)
        return st;
    return 0;
}

/* vcpu.register_vcpu_info by register: in vcpu rsi, gfn r8, offset r9; out status only. */
static inline int hvlink_vcpu_register_vcpu_info_call(const struct hvlink_trap *t, uint32_t vcpu, uint64_t gfn, uint32_t offset)
{
    register uint64_t rax __asm__("rax") = HVLINK_VCPU_ID | HVLINK_FASTABI_BIT;
    register uint64_t rdi __asm__("rdi") = 10u;
    register uint64_t rsi __asm__("rsi") = (uint64_t)vcpu;
    register uint64_t r8 __asm__("r8") = (uint64_t)gfn;
    register uint64_t r9 __asm__("r9") = (uint64_t)offset;
    register uint64_t r10 __asm__("r10") = 0;
    register uint64_t r11 __asm__("r11") = 0;
    register uint64_t r12 __asm__("r12") = 0;
    uint64_t hvlink__dx = t->port;
    switch (t->kind) {
    case HVLINK_TRAP_VMCALL:
        __asm__ __volatile__("vmcall" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12) :  : "memory", "cc");
        break;
    case HVLINK_TRAP_VMMCALL:
        __asm__ __volatile__("vmmcall" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12) :  : "memory", "cc");
        break;
    case HVLINK_TRAP_PORT:
        __asm__ __volatile__("outl %%eax, %%dx" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12), "+d"(hvlink__dx) :  : "memory", "cc");
        break;
    default:
        return -38; /* ENOSYS: no trap */
    }
    {
        const uint64_t hvlink__r[8] = {rax, rdi, rsi, r8, r9, r10, r11, r12};
        return hvlink_vcpu_register_vcpu_info_reply_regs(hvlink__r);
    }
}

/* vcpu.send_nmi's reply from the registers after the trap (regs: rax, rdi, rsi, r8..r12): 0 and the outputs (one whose `when` condition does not hold is absent: not written), or -errno (the host's status, or -EINVAL for a value the spec does not allow; nothing is written then). */
static inline int hvlink_vcpu_send_nmi_reply_regs(const uint64_t regs[8])
{
    const uint64_t rax = regs[0];
    int st = hvlink__status(rax);
    if (st)
        return st;
    return 0;
}

/* vcpu.send_nmi by register: in vcpu rsi; out status only. */
static inline int hvlink_vcpu_send_nmi_call(const struct hvlink_trap *t, uint32_t vcpu)
{
    register uint64_t rax __asm__("rax") = HVLINK_VCPU_ID | HVLINK_FASTABI_BIT;
    register uint64_t rdi __asm__("rdi") = 11u;
    register uint64_t rsi __asm__("rsi") = (uint64_t)vcpu;
    register uint64_t r8 __asm__("r8") = 0;
    register uint64_t r9 __asm__("r9") = 0;
    register uint64_t r10 __asm__("r10") = 0;
    register uint64_t r11 __asm__("r11") = 0;
    register uint64_t r12 __asm__("r12") = 0;
    uint64_t hvlink__dx = t->port;
    switch (t->kind) {
    case HVLINK_TRAP_VMCALL:
        __asm__ __volatile__("vmcall" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12) :  : "memory", "cc");
        break;
    case HVLINK_TRAP_VMMCALL:
        __asm__ __volatile__("vmmcall" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12) :  : "memory", "cc");
        break;
    case HVLINK_TRAP_PORT:
        __asm__ __volatile__("outl %%eax, %%dx" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12), "+d"(hvlink__dx) :  : "memory", "cc");
        break;
    default:
        return -38; /* ENOSYS: no trap */
    }
    {
        const uint64_t hvlink__r[8] = {rax, rdi, rsi, r8, r9, r10, r11, r12};
        return hvlink_vcpu_send_nmi_reply_regs(hvlink__r);
    }
}

/* vcpu.get_physid's reply from the registers after the trap (regs: rax, rdi, rsi, r8..r12): 0 and the outputs (one whose `when` condition does not hold is absent: not written), or -errno (the host's status, or -EINVAL for a value the spec does not allow; nothing is written then). */
static inline int hvlink_vcpu_get_physid_reply_regs(const uint64_t regs[8], uint64_t *out_phys_id)
{
    const uint64_t rax = regs[0];
    const uint64_t r8 = regs[3];
    int st = hvlink__status(rax);
    if (st)
        return st;
    if (!hvlink__reg_fits(r8, 8u, false))
        return -22;
    if (out_phys_id)
        *out_phys_id = (uint64_t)r8;
    return 0;
}

/* vcpu.get_physid by register: in vcpu rsi; out phys-id r8. */
static inline int hvlink_vcpu_get_physid_call(const struct hvlink_trap *t, uint32_t vcpu, uint64_t *out_phys_id)
{
    register uint64_t rax __asm__("rax") = HVLINK_VCPU_ID | HVLINK_FASTABI_BIT;
    register uint64_t rdi __asm__("rdi") = 12u;
    register uint64_t rsi __asm__("rsi") = (uint64_t)vcpu;
    register uint64_t r8 __asm__("r8") = 0;
    register uint64_t r9 __asm__("r9") = 0;
    register uint64_t r10 __asm__("r10") = 0;
    register uint64_t r11 __asm__("r11") = 0;
    register uint64_t r12 __asm__("r12") = 0;
    uint64_t hvlink__dx = t->port;
    switch (t->kind) {
    case HVLINK_TRAP_VMCALL:
        __asm__ __volatile__("vmcall" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12) :  : "memory", "cc");
        break;
    case HVLINK_TRAP_VMMCALL:
        __asm__ __volatile__("vmmcall" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12) :  : "memory", "cc");
        break;
    case HVLINK_TRAP_PORT:
        __asm__ __volatile__("outl %%eax, %%dx" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12), "+d"(hvlink__dx) :  : "memory", "cc");
        break;
    default:
        return -38; /* ENOSYS: no trap */
    }
    {
        const uint64_t hvlink__r[8] = {rax, rdi, rsi, r8, r9, r10, r11, r12};
        return hvlink_vcpu_get_physid_reply_regs(hvlink__r, out_phys_id);
    }
}

/* vcpu.register_runstate_phys_area's reply from the registers after the trap (regs: rax, rdi, rsi, r8..r12): 0 and the outputs (one whose `when` condition does not hold is absent: not written), or -errno (the host's status, or -EINVAL for a value the spec does not allow; nothing is written then). */
static inline int hvlink_vcpu_register_runstate_phys_area_reply_regs(const uint64_t regs[8])
{
    const uint64_t rax = regs[0];
    int st = hvlink__status(rax);
    if (st)
        return st;
    return 0;
}

/* vcpu.register_runstate_phys_area by register: in vcpu rsi, gpa r8; out status only. */
static inline int hvlink_vcpu_register_runstate_phys_area_call(const struct hvlink_trap *t, uint32_t vcpu, uint64_t gpa)
{
    register uint64_t rax __asm__("rax") = HVLINK_VCPU_ID | HVLINK_FASTABI_BIT;
    register uint64_t rdi __asm__("rdi") = 14u;
    register uint64_t rsi __asm__("rsi") = (uint64_t)vcpu;
    register uint64_t r8 __asm__("r8") = (uint64_t)gpa;
    register uint64_t r9 __asm__("r9") = 0;
    register uint64_t r10 __asm__("r10") = 0;
    register uint64_t r11 __asm__("r11") = 0;
    register uint64_t r12 __asm__("r12") = 0;
    uint64_t hvlink__dx = t->port;
    switch (t->kind) {
    case HVLINK_TRAP_VMCALL:
        __asm__ __volatile__("vmcall" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12) :  : "memory", "cc");
        break;
    case HVLINK_TRAP_VMMCALL:
        __asm__ __volatile__("vmmcall" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12) :  : "memory", "cc");
        break;
    case HVLINK_TRAP_PORT:
        __asm__ __volatile__("outl %%eax, %%dx" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12), "+d"(hvlink__dx) :  : "memory", "cc");
        break;
    default:
        return -38; /* ENOSYS: no trap */
    }
    {
        const uint64_t hvlink__r[8] = {rax, rdi, rsi, r8, r9, r10, r11, r12};
        return hvlink_vcpu_register_runstate_phys_area_reply_regs(hvlink__r);
    }
}

/* vcpu.register_vcpu_time_phys_area's reply from the registers after the trap (regs: rax, rdi, rsi, r8..r12): 0 and the outputs (one whose `when` condition does not hold is absent: not written), or -errno (the host's status, or -EINVAL for a value the spec does not allow; nothing is written then). */
static inline int hvlink_vcpu_register_vcpu_time_phys_area_reply_regs(const uint64_t regs[8])
{
    const uint64_t rax = regs[0];
    int st = hvlink__status(rax);
    if (st)
        return st;
    return 0;
}

/* vcpu.register_vcpu_time_phys_area by register: in vcpu rsi, gpa r8; out status only. */
static inline int hvlink_vcpu_register_vcpu_time_phys_area_call(const struct hvlink_trap *t, uint32_t vcpu, uint64_t gpa)
{
    register uint64_t rax __asm__("rax") = HVLINK_VCPU_ID | HVLINK_FASTABI_BIT;
    register uint64_t rdi __asm__("rdi") = 15u;
    register uint64_t rsi __asm__("rsi") = (uint64_t)vcpu;
    register uint64_t r8 __asm__("r8") = (uint64_t)gpa;
    register uint64_t r9 __asm__("r9") = 0;
    register uint64_t r10 __asm__("r10") = 0;
    register uint64_t r11 __asm__("r11") = 0;
    register uint64_t r12 __asm__("r12") = 0;
    uint64_t hvlink__dx = t->port;
    switch (t->kind) {
    case HVLINK_TRAP_VMCALL:
        __asm__ __volatile__("vmcall" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12) :  : "memory", "cc");
        break;
    case HVLINK_TRAP_VMMCALL:
        __asm__ __volatile__("vmmcall" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12) :  : "memory", "cc");
        break;
    case HVLINK_TRAP_PORT:
        __asm__ __volatile__("outl %%eax, %%dx" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12), "+d"(hvlink__dx) :  : "memory", "cc");
        break;
    default:
        return -38; /* ENOSYS: no trap */
    }
    {
        const uint64_t hvlink__r[8] = {rax, rdi, rsi, r8, r9, r10, r11, r12};
        return hvlink_vcpu_register_vcpu_time_phys_area_reply_regs(hvlink__r);
    }
}

/* sched.yield's reply from the registers after the trap (regs: rax, rdi, rsi, r8..r12): 0 and the outputs (one whose `when` condition does not hold is absent: not written), or -errno (the host's status, or -EINVAL for a value the spec does not allow; nothing is written then). */
static inline int hvlink_sched_yield_reply_regs(const uint64_t regs[8])
{
    const uint64_t rax = regs[0];
    int st = hvlink__status(rax);
    if (st)
        return st;
    return 0;
}

/* sched.yield by register: in nothing; out status only. */
static inline int hvlink_sched_yield_call(const struct hvlink_trap *t)
{
    register uint64_t rax __asm__("rax") = HVLINK_SCHED_ID | HVLINK_FASTABI_BIT;
    register uint64_t rdi __asm__("rdi") = 0u;
    register uint64_t rsi __asm__("rsi") = 0;
    register uint64_t r8 __asm__("r8") = 0;
    register uint64_t r9 __asm__("r9") = 0;
    register uint64_t r10 __asm__("r10") = 0;
    register uint64_t r11 __asm__("r11") = 0;
    register uint64_t r12 __asm__("r12") = 0;
    uint64_t hvlink__dx = t->port;
    switch (t->kind) {
    case HVLINK_TRAP_VMCALL:
        __asm__ __volatile__("vmcall" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12) :  : "memory", "cc");
        break;
    case HVLINK_TRAP_VMMCALL:
        __asm__ __volatile__("vmmcall" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12) :  : "memory", "cc");
        break;
    case HVLINK_TRAP_PORT:
        __asm__ __volatile__("outl %%eax, %%dx" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12), "+d"(hvlink__dx) :  : "memory", "cc");
        break;
    default:
        return -38; /* ENOSYS: no trap */
    }
    {
        const uint64_t hvlink__r[8] = {rax, rdi, rsi, r8, r9, r10, r11, r12};
        return hvlink_sched_yield_reply_regs(hvlink__r);
    }
}

/* sched.block's reply from the registers after the trap (regs: rax, rdi, rsi, r8..r12): 0 and the outputs (one whose `when` condition does not hold is absent: not written), or -errno (the host's status, or -EINVAL for a value the spec does not allow; nothing is written then). */
static inline int hvlink_sched_block_reply_regs(const uint64_t regs[8])
{
    const uint64_t rax = regs[0];
    int st = hvlink__status(rax);
    if (st)
        return st;
    return 0;
}

/* sched.block by register: in nothing; out status only. */
static inline int hvlink_sched_block_call(const struct hvlink_trap *t)
{
    register uint64_t rax __asm__("rax") = HVLINK_SCHED_ID | HVLINK_FASTABI_BIT;
    register uint64_t rdi __asm__("rdi") = 1u;
    register uint64_t rsi __asm__("rsi") = 0;
    register uint64_t r8 __asm__("r8") = 0;
    register uint64_t r9 __asm__("r9") = 0;
    register uint64_t r10 __asm__("r10") = 0;
    register uint64_t r11 __asm__("r11") = 0;
    register uint64_t r12 __asm__("r12") = 0;
    uint64_t hvlink__dx = t->port;
    switch (t->kind) {
    case HVLINK_TRAP_VMCALL:
        __asm__ __volatile__("vmcall" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12) :  : "memory", "cc");
        break;
    case HVLINK_TRAP_VMMCALL:
        __asm__ __volatile__("vmmcall" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12) :  : "memory", "cc");
        break;
    case HVLINK_TRAP_PORT:
        __asm__ __volatile__("outl %%eax, %%dx" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12), "+d"(hvlink__dx) :  : "memory", "cc");
        break;
    default:
        return -38; /* ENOSYS: no trap */
    }
    {
        const uint64_t hvlink__r[8] = {rax, rdi, rsi, r8, r9, r10, r11, r12};
        return hvlink_sched_block_reply_regs(hvlink__r);
    }
}

/* sched.shutdown's reply from the registers after the trap (regs: rax, rdi, rsi, r8..r12): 0 and the outputs (one whose `when` condition does not hold is absent: not written), or -errno (the host's status, or -EINVAL for a value the spec does not allow; nothing is written then). */
static inline int hvlink_sched_shutdown_reply_regs(const uint64_t regs[8])
{
    const uint64_t rax = regs[0];
    int st = hvlink__status(rax);
    if (st)
        return st;
    return 0;
}

/* sched.shutdown by register: in reason rsi; out status only. */
static inline int hvlink_sched_shutdown_call(const struct hvlink_trap *t, uint32_t reason)
{
    register uint64_t rax __asm__("rax") = HVLINK_SCHED_ID | HVLINK_FASTABI_BIT;
    register uint64_t rdi __asm__("rdi") = 2u;
    register uint64_t rsi __asm__("rsi") = (uint64_t)reason;
    register uint64_t r8 __asm__("r8") = 0;
    register uint64_t r9 __asm__("r9") = 0;
    register uint64_t r10 __asm__("r10") = 0;
    register uint64_t r11 __asm__("r11") = 0;
    register uint64_t r12 __asm__("r12") = 0;
    uint64_t hvlink__dx = t->port;
    switch (t->kind) {
    case HVLINK_TRAP_VMCALL:
        __asm__ __volatile__("vmcall" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12) :  : "memory", "cc");
        break;
    case HVLINK_TRAP_VMMCALL:
        __asm__ __volatile__("vmmcall" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12) :  : "memory", "cc");
        break;
    case HVLINK_TRAP_PORT:
        __asm__ __volatile__("outl %%eax, %%dx" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12), "+d"(hvlink__dx) :  : "memory", "cc");
        break;
    default:
        return -38; /* ENOSYS: no trap */
    }
    {
        const uint64_t hvlink__r[8] = {rax, rdi, rsi, r8, r9, r10, r11, r12};
        return hvlink_sched_shutdown_reply_regs(hvlink__r);
    }
}

/* sched.poll's reply from the registers after the trap (regs: rax, rdi, rsi, r8..r12): 0 and the outputs (one whose `when` condition does not hold is absent: not written), or -errno (the host's status, or -EINVAL for a value the spec does not allow; nothing is written then). */
static inline int hvlink_sched_poll_reply_regs(const uint64_t regs[8])
{
    const uint64_t rax = regs[0];
    int st = hvlink__status(rax);
    if (st)
        return st;
    return 0;
}

/* sched.poll by register: in timeout rsi, port r8; out status only. */
static inline int hvlink_sched_poll_call(const struct hvlink_trap *t, uint64_t timeout, uint32_t port)
{
    register uint64_t rax __asm__("rax") = HVLINK_SCHED_ID | HVLINK_FASTABI_BIT;
    register uint64_t rdi __asm__("rdi") = 3u;
    register uint64_t rsi __asm__("rsi") = (uint64_t)timeout;
    register uint64_t r8 __asm__("r8") = (uint64_t)port;
    register uint64_t r9 __asm__("r9") = 0;
    register uint64_t r10 __asm__("r10") = 0;
    register uint64_t r11 __asm__("r11") = 0;
    register uint64_t r12 __asm__("r12") = 0;
    uint64_t hvlink__dx = t->port;
    switch (t->kind) {
    case HVLINK_TRAP_VMCALL:
        __asm__ __volatile__("vmcall" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12) :  : "memory", "cc");
        break;
    case HVLINK_TRAP_VMMCALL:
        __asm__ __volatile__("vmmcall" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12) :  : "memory", "cc");
        break;
    case HVLINK_TRAP_PORT:
        __asm__ __volatile__("outl %%eax, %%dx" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12), "+d"(hvlink__dx) :  : "memory", "cc");
        break;
    default:
        return -38; /* ENOSYS: no trap */
    }
    {
        const uint64_t hvlink__r[8] = {rax, rdi, rsi, r8, r9, r10, r11, r12};
        return hvlink_sched_poll_reply_regs(hvlink__r);
    }
}

/* sched.remote_shutdown's reply from the registers after the trap (regs: rax, rdi, rsi, r8..r12): 0 and the outputs (one whose `when` condition does not hold is absent: not written), or -errno (the host's status, or -EINVAL for a value the spec does not allow; nothing is written then). */
static inline int hvlink_sched_remote_shutdown_reply_regs(const uint64_t regs[8])
{
    const uint64_t rax = regs[0];
    int st = hvlink__status(rax);
    if (st)
        return st;
    return 0;
}

/* sched.remote_shutdown by register: in dom rsi, reason r8; out status only. */
static inline int hvlink_sched_remote_shutdown_call(const struct hvlink_trap *t, uint16_t dom, uint32_t reason)
{
    register uint64_t rax __asm__("rax") = HVLINK_SCHED_ID | HVLINK_FASTABI_BIT;
    register uint64_t rdi __asm__("rdi") = 4u;
    register uint64_t rsi __asm__("rsi") = (uint64_t)dom;
    register uint64_t r8 __asm__("r8") = (uint64_t)reason;
    register uint64_t r9 __asm__("r9") = 0;
    register uint64_t r10 __asm__("r10") = 0;
    register uint64_t r11 __asm__("r11") = 0;
    register uint64_t r12 __asm__("r12") = 0;
    uint64_t hvlink__dx = t->port;
    switch (t->kind) {
    case HVLINK_TRAP_VMCALL:
        __asm__ __volatile__("vmcall" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12) :  : "memory", "cc");
        break;
    case HVLINK_TRAP_VMMCALL:
        __asm__ __volatile__("vmmcall" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12) :  : "memory", "cc");
        break;
    case HVLINK_TRAP_PORT:
        __asm__ __volatile__("outl %%eax, %%dx" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12), "+d"(hvlink__dx) :  : "memory", "cc");
        break;
    default:
        return -38; /* ENOSYS: no trap */
    }
    {
        const uint64_t hvlink__r[8] = {rax, rdi, rsi, r8, r9, r10, r11, r12};
        return hvlink_sched_remote_shutdown_reply_regs(hvlink__r);
    }
}

/* sched.shutdown_code's reply from the registers after the trap (regs: rax, rdi, rsi, r8..r12): 0 and the outputs (one whose `when` condition does not hold is absent: not written), or -errno (the host's status, or -EINVAL for a value the spec does not allow; nothing is written then). */
static inline int hvlink_sched_shutdown_code_reply_regs(const uint64_t regs[8])
{
    const uint64_t rax = regs[0];
    int st = hvlink__status(rax);
    if (st)
        return st;
    return 0;
}

/* sched.shutdown_code by register: in reason rsi; out status only. */
static inline int hvlink_sched_shutdown_code_call(const struct hvlink_trap *t, uint32_t reason)
{
    register uint64_t rax __asm__("rax") = HVLINK_SCHED_ID | HVLINK_FASTABI_BIT;
    register uint64_t rdi __asm__("rdi") = 5u;
    register uint64_t rsi __asm__("rsi") = (uint64_t)reason;
    register uint64_t r8 __asm__("r8") = 0;
    register uint64_t r9 __asm__("r9") = 0;
    register uint64_t r10 __asm__("r10") = 0;
    register uint64_t r11 __asm__("r11") = 0;
    register uint64_t r12 __asm__("r12") = 0;
    uint64_t hvlink__dx = t->port;
    switch (t->kind) {
    case HVLINK_TRAP_VMCALL:
        __asm__ __volatile__("vmcall" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12) :  : "memory", "cc");
        break;
    case HVLINK_TRAP_VMMCALL:
        __asm__ __volatile__("vmmcall" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12) :  : "memory", "cc");
        break;
    case HVLINK_TRAP_PORT:
        __asm__ __volatile__("outl %%eax, %%dx" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12), "+d"(hvlink__dx) :  : "memory", "cc");
        break;
    default:
        return -38; /* ENOSYS: no trap */
    }
    {
        const uint64_t hvlink__r[8] = {rax, rdi, rsi, r8, r9, r10, r11, r12};
        return hvlink_sched_shutdown_code_reply_regs(hvlink__r);
    }
}

/* sched.watchdog's reply from the registers after the trap (regs: rax, rdi, rsi, r8..r12): 0 and the outputs (one whose `when` condition does not hold is absent: not written), or -errno (the host's status, or -EINVAL for a value the spec does not allow; nothing is written then). */
static inline int hvlink_sched_watchdog_reply_regs(const uint64_t regs[8], uint32_t *out_id)
{
    const uint64_t rax = regs[0];
    const uint64_t rsi = regs[2];
    int st = hvlink__status(rax);
    if (st)
        return st;
    if (!hvlink__reg_fits(rsi, 4u, false))
        return -22;
    if (out_id)
        *out_id = (uint32_t)rsi;
    return 0;
}

/* sched.watchdog by register: in id rsi, timeout r8; out id rsi. */
static inline int hvlink_sched_watchdog_call(const struct hvlink_trap *t, uint32_t id, uint32_t timeout, uint32_t *out_id)
{
    register uint64_t rax __asm__("rax") = HVLINK_SCHED_ID | HVLINK_FASTABI_BIT;
    register uint64_t rdi __asm__("rdi") = 6u;
    register uint64_t rsi __asm__("rsi") = (uint64_t)id;
    register uint64_t r8 __asm__("r8") = (uint64_t)timeout;
    register uint64_t r9 __asm__("r9") = 0;
    register uint64_t r10 __asm__("r10") = 0;
    register uint64_t r11 __asm__("r11") = 0;
    register uint64_t r12 __asm__("r12") = 0;
    uint64_t hvlink__dx = t->port;
    switch (t->kind) {
    case HVLINK_TRAP_VMCALL:
        __asm__ __volatile__("vmcall" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12) :  : "memory", "cc");
        break;
    case HVLINK_TRAP_VMMCALL:
        __asm__ __volatile__("vmmcall" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12) :  : "memory", "cc");
        break;
    case HVLINK_TRAP_PORT:
        __asm__ __volatile__("outl %%eax, %%dx" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12), "+d"(hvlink__dx) :  : "memory", "cc");
        break;
    default:
        return -38; /* ENOSYS: no trap */
    }
    {
        const uint64_t hvlink__r[8] = {rax, rdi, rsi, r8, r9, r10, r11, r12};
        return hvlink_sched_watchdog_reply_regs(hvlink__r, out_id);
    }
}

/* sched.pin_override's reply from the registers after the trap (regs: rax, rdi, rsi, r8..r12): 0 and the outputs (one whose `when` condition does not hold is absent: not written), or -errno (the host's status, or -EINVAL for a value the spec does not allow; nothing is written then). */
static inline int hvlink_sched_pin_override_reply_regs(const uint64_t regs[8])
{
    const uint64_t rax = regs[0];
    int st = hvlink__status(rax);
    if (st)
        return st;
    return 0;
}

/* sched.pin_override by register: in pcpu rsi; out status only. */
static inline int hvlink_sched_pin_override_call(const struct hvlink_trap *t, int32_t pcpu)
{
    register uint64_t rax __asm__("rax") = HVLINK_SCHED_ID | HVLINK_FASTABI_BIT;
    register uint64_t rdi __asm__("rdi") = 7u;
    register uint64_t rsi __asm__("rsi") = (uint64_t)(int64_t)pcpu;
    register uint64_t r8 __asm__("r8") = 0;
    register uint64_t r9 __asm__("r9") = 0;
    register uint64_t r10 __asm__("r10") = 0;
    register uint64_t r11 __asm__("r11") = 0;
    register uint64_t r12 __asm__("r12") = 0;
    uint64_t hvlink__dx = t->port;
    switch (t->kind) {
    case HVLINK_TRAP_VMCALL:
        __asm__ __volatile__("vmcall" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12) :  : "memory", "cc");
        break;
    case HVLINK_TRAP_VMMCALL:
        __asm__ __volatile__("vmmcall" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12) :  : "memory", "cc");
        break;
    case HVLINK_TRAP_PORT:
        __asm__ __volatile__("outl %%eax, %%dx" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12), "+d"(hvlink__dx) :  : "memory", "cc");
        break;
    default:
        return -38; /* ENOSYS: no trap */
    }
    {
        const uint64_t hvlink__r[8] = {rax, rdi, rsi, r8, r9, r10, r11, r12};
        return hvlink_sched_pin_override_reply_regs(hvlink__r);
    }
}

/* event_channel.bind_interdomain's reply from the registers after the trap (regs: rax, rdi, rsi, r8..r12): 0 and the outputs (one whose `when` condition does not hold is absent: not written), or -errno (the host's status, or -EINVAL for a value the spec does not allow; nothing is written then). */
static inline int hvlink_event_channel_bind_interdomain_reply_regs(const uint64_t regs[8], uint32_t *out_local_port)
{
    const uint64_t rax = regs[0];
    const uint64_t r9 = regs[4];
    int st = hvlink__status(rax);
    if (st)
        return st;
    if (!hvlink__reg_fits(r9, 4u, false))
        return -22;
    if (out_local_port)
        *out_local_port = (uint32_t)r9;
    return 0;
}

/* event_channel.bind_interdomain by register: in remote-dom rsi, remote-port r8; out local-port r9. */
static inline int hvlink_event_channel_bind_interdomain_call(const struct hvlink_trap *t, uint16_t remote_dom, uint32_t remote_port, uint32_t *out_local_port)
{
    register uint64_t rax __asm__("rax") = HVLINK_EVENT_CHANNEL_ID | HVLINK_FASTABI_BIT;
    register uint64_t rdi __asm__("rdi") = 0u;
    register uint64_t rsi __asm__("rsi") = (uint64_t)remote_dom;
    register uint64_t r8 __asm__("r8") = (uint64_t)remote_port;
    register uint64_t r9 __asm__("r9") = 0;
    register uint64_t r10 __asm__("r10") = 0;
    register uint64_t r11 __asm__("r11") = 0;
    register uint64_t r12 __asm__("r12") = 0;
    uint64_t hvlink__dx = t->port;
    switch (t->kind) {
    case HVLINK_TRAP_VMCALL:
        __asm__ __volatile__("vmcall" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12) :  : "memory", "cc");
        break;
    case HVLINK_TRAP_VMMCALL:
        __asm__ __volatile__("vmmcall" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12) :  : "memory", "cc");
        break;
    case HVLINK_TRAP_PORT:
        __asm__ __volatile__("outl %%eax, %%dx" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12), "+d"(hvlink__dx) :  : "memory", "cc");
        break;
    default:
        return -38; /* ENOSYS: no trap */
    }
    {
        const uint64_t hvlink__r[8] = {rax, rdi, rsi, r8, r9, r10, r11, r12};
        return hvlink_event_channel_bind_interdomain_reply_regs(hvlink__r, out_local_port);
    }
}

/* event_channel.bind_virq's reply from the registers after the trap (regs: rax, rdi, rsi, r8..r12): 0 and the outputs (one whose `when` condition does not hold is absent: not written), or -errno (the host's status, or -EINVAL for a value the spec does not allow; nothing is written then). */
static inline int hvlink_event_channel_bind_virq_reply_regs(const uint64_t regs[8], uint32_t *out_port)
{
    const uint64_t rax = regs[0];
    const uint64_t r9 = regs[4];
    int st = hvlink__status(rax);
    if (st)
        return st;
    if (!hvlink__reg_fits(r9, 4u, false))
        return -22;
    if (out_port)
        *out_port = (uint32_t)r9;
    return 0;
}

/* event_channel.bind_virq by register: in virq rsi, vcpu r8; out port r9. */
static inline int hvlink_event_channel_bind_virq_call(const struct hvlink_trap *t, uint32_t virq, uint32_t vcpu, uint32_t *out_port)
{
    register uint64_t rax __asm__("rax") = HVLINK_EVENT_CHANNEL_ID | HVLINK_FASTABI_BIT;
    register uint64_t rdi __asm__("rdi") = 1u;
    register uint64_t rsi __asm__("rsi") = (uint64_t)virq;
    register uint64_t r8 __asm__("r8") = (uint64_t)vcpu;
    register uint64_t r9 __asm__("r9") = 0;
    register uint64_t r10 __asm__("r10") = 0;
    register uint64_t r11 __asm__("r11") = 0;
    register uint64_t r12 __asm__("r12") = 0;
    uint64_t hvlink__dx = t->port;
    switch (t->kind) {
    case HVLINK_TRAP_VMCALL:
        __asm__ __volatile__("vmcall" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12) :  : "memory", "cc");
        break;
    case HVLINK_TRAP_VMMCALL:
        __asm__ __volatile__("vmmcall" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12) :  : "memory", "cc");
        break;
    case HVLINK_TRAP_PORT:
        __asm__ __volatile__("outl %%eax, %%dx" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12), "+d"(hvlink__dx) :  : "memory", "cc");
        break;
    default:
        return -38; /* ENOSYS: no trap */
    }
    {
        const uint64_t hvlink__r[8] = {rax, rdi, rsi, r8, r9, r10, r11, r12};
        return hvlink_event_channel_bind_virq_reply_regs(hvlink__r, out_port);
    }
}

/* event_channel.bind_pirq's reply from the registers after the trap (regs: rax, rdi, rsi, r8..r12): 0 and the outputs (one whose `when` condition does not hold is absent: not written), or -errno (the host's status, or -EINVAL for a value the spec does not allow; nothing is written then). */
static inline int hvlink_event_channel_bind_pirq_reply_regs(const uint64_t regs[8], uint32_t *out_port)
{
    const uint64_t rax = regs[0];
    const uint64_t r9 = regs[4];
    int st = hvlink__status(rax);
    if (st)
        return st;
    if (!hvlink__reg_fits(r9, 4u, false))
        return -22;
    if (out_port)
        *out_port = (uint32_t)r9;
    return 0;
}

/* event_channel.bind_pirq by register: in pirq rsi, flags r8; out port r9. */
static inline int hvlink_event_channel_bind_pirq_call(const struct hvlink_trap *t, uint32_t pirq, uint32_t flags, uint32_t *out_port)
{
    register uint64_t rax __asm__("rax") = HVLINK_EVENT_CHANNEL_ID | HVLINK_FASTABI_BIT;
    register uint64_t rdi __asm__("rdi") = 2u;
    register uint64_t rsi __asm__("rsi") = (uint64_t)pirq;
    register uint64_t r8 __asm__("r8") = (uint64_t)flags;
    register uint64_t r9 __asm__("r9") = 0;
    register uint64_t r10 __asm__("r10") = 0;
    register uint64_t r11 __asm__("r11") = 0;
    register uint64_t r12 __asm__("r12") = 0;
    uint64_t hvlink__dx = t->port;
    switch (t->kind) {
    case HVLINK_TRAP_VMCALL:
        __asm__ __volatile__("vmcall" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12) :  : "memory", "cc");
        break;
    case HVLINK_TRAP_VMMCALL:
        __asm__ __volatile__("vmmcall" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12) :  : "memory", "cc");
        break;
    case HVLINK_TRAP_PORT:
        __asm__ __volatile__("outl %%eax, %%dx" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12), "+d"(hvlink__dx) :  : "memory", "cc");
        break;
    default:
        return -38; /* ENOSYS: no trap */
    }
    {
        const uint64_t hvlink__r[8] = {rax, rdi, rsi, r8, r9, r10, r11, r12};
        return hvlink_event_channel_bind_pirq_reply_regs(hvlink__r, out_port);
    }
}

/* event_channel.close's reply from the registers after the trap (regs: rax, rdi, rsi, r8..r12): 0 and the outputs (one whose `when` condition does not hold is absent: not written), or -errno (the host's status, or -EINVAL for a value the spec does not allow; nothing is written then). */
static inline int hvlink_event_channel_close_reply_regs(const uint64_t regs[8])
{
    const uint64_t rax = regs[0];
    int st = hvlink__status(rax);
    if (st)
        return st;
    return 0;
}

/* event_channel.close by register: in port rsi; out status only. */
static inline int hvlink_event_channel_close_call(const struct hvlink_trap *t, uint32_t port)
{
    register uint64_t rax __asm__("rax") = HVLINK_EVENT_CHANNEL_ID | HVLINK_FASTABI_BIT;
    register uint64_t rdi __asm__("rdi") = 3u;
    register uint64_t rsi __asm__("rsi") = (uint64_t)port;
    register uint64_t r8 __asm__("r8") = 0;
    register uint64_t r9 __asm__("r9") = 0;
    register uint64_t r10 __asm__("r10") = 0;
    register uint64_t r11 __asm__("r11") = 0;
    register uint64_t r12 __asm__("r12") = 0;
    uint64_t hvlink__dx = t->port;
    switch (t->kind) {
    case HVLINK_TRAP_VMCALL:
        __asm__ __volatile__("vmcall" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12) :  : "memory", "cc");
        break;
    case HVLINK_TRAP_VMMCALL:
        __asm__ __volatile__("vmmcall" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12) :  : "memory", "cc");
        break;
    case HVLINK_TRAP_PORT:
        __asm__ __volatile__("outl %%eax, %%dx" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12), "+d"(hvlink__dx) :  : "memory", "cc");
        break;
    default:
        return -38; /* ENOSYS: no trap */
    }
    {
        const uint64_t hvlink__r[8] = {rax, rdi, rsi, r8, r9, r10, r11, r12};
        return hvlink_event_channel_close_reply_regs(hvlink__r);
    }
}

/* event_channel.send's reply from the registers after the trap (regs: rax, rdi, rsi, r8..r12): 0 and the outputs (one whose `when` condition does not hold is absent: not written), or -errno (the host's status, or -EINVAL for a value the spec does not allow; nothing is written then). */
static inline int hvlink_event_channel_send_reply_regs(const uint64_t regs[8])
{
    const uint64_t rax = regs[0];
    int st = hvlink__status(rax);
    if (st)
        return st;
    return 0;
}

/* event_channel.send by register: in port rsi; out status only. */
static inline int hvlink_event_channel_send_call(const struct hvlink_trap *t, uint32_t port)
{
    register uint64_t rax __asm__("rax") = HVLINK_EVENT_CHANNEL_ID | HVLINK_FASTABI_BIT;
    register uint64_t rdi __asm__("rdi") = 4u;
    register uint64_t rsi __asm__("rsi") = (uint64_t)port;
    register uint64_t r8 __asm__("r8") = 0;
    register uint64_t r9 __asm__("r9") = 0;
    register uint64_t r10 __asm__("r10") = 0;
    register uint64_t r11 __asm__("r11") = 0;
    register uint64_t r12 __asm__("r12") = 0;
    uint64_t hvlink__dx = t->port;
    switch (t->kind) {
    case HVLINK_TRAP_VMCALL:
        __asm__ __volatile__("vmcall" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12) :  : "memory", "cc");
        break;
    case HVLINK_TRAP_VMMCALL:
        __asm__ __volatile__("vmmcall" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12) :  : "memory", "cc");
        break;
    case HVLINK_TRAP_PORT:
        __asm__ __volatile__("outl %%eax, %%dx" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12), "+d"(hvlink__dx) :  : "memory", "cc");
        break;
    default:
        return -38; /* ENOSYS: no trap */
    }
    {
        const uint64_t hvlink__r[8] = {rax, rdi, rsi, r8, r9, r10, r11, r12};
        return hvlink_event_channel_send_reply_regs(hvlink__r);
    }
}

/* event_channel.status's reply from the registers after the trap (regs: rax, rdi, rsi, r8..r12): 0 and the outputs (one whose `when` condition does not hold is absent: not written), or -errno (the host's status, or -EINVAL for a value the spec does not allow; nothing is written then). */
static inline int hvlink_event_channel_status_reply_regs(const uint64_t regs[8], uint32_t *out_status, uint32_t *out_vcpu, uint32_t *out_pirq, uint16_t *out_remote_dom, uint32_t *out_virq, uint32_t *out_remote_port)
{
    const uint64_t rax = regs[0];
    const uint64_t r9 = regs[4];
    const uint64_t r10 = regs[5];
    const uint64_t r11 = regs[6];
    const uint64_t r12 = regs[7];
    int st = hvlink__status(rax);
    if (st)
        return st;
    if (!hvlink__reg_fits(r9, 4u, false))
        return -22;
    if (!hvlink__reg_fits(r10, 4u, false))
        return -22;
    if ((r9 == 0x3ULL) && !hvlink__reg_fits(r11, 4u, false))
        return -22;
    if ((r9 == 0x1ULL || r9 == 0x2ULL) && !hvlink__reg_fits(r11, 2u, false))
        return -22;
    if ((r9 == 0x4ULL) && !hvlink__reg_fits(r11, 4u, false))
        return -22;
    if ((r9 == 0x2ULL) && !hvlink__reg_fits(r12, 4u, false))
        return -22;
    if (out_status)
        *out_status = (uint32_t)r9;
    if (out_vcpu)
        *out_vcpu = (uint32_t)r10;
    if ((r9 == 0x3ULL) && out_pirq)
        *out_pirq = (uint32_t)r11;
    if ((r9 == 0x1ULL || r9 == 0x2ULL) && out_remote_dom)
        *out_remote_dom = (uint16_t)r11;
    if ((r9 == 0x4ULL) && out_virq)
        *out_virq = (uint32_t)r11;
    if ((r9 == 0x2ULL) && out_remote_port)
        *out_remote_port = (uint32_t)r12;
    return 0;
}

/* event_channel.status by register: in dom rsi, port r8; out status r9, vcpu r10, pirq r11, remote-dom r11, virq r11, remote-port r12. */
static inline int hvlink_event_channel_status_call(const struct hvlink_trap *t, uint16_t dom, uint32_t port, uint32_t *out_status, uint32_t *out_vcpu, uint32_t *out_pirq, uint16_t *out_remote_dom, uint32_t *out_virq, uint32_t *out_remote_port)
{
    register uint64_t rax __asm__("rax") = HVLINK_EVENT_CHANNEL_ID | HVLINK_FASTABI_BIT;
    register uint64_t rdi __asm__("rdi") = 5u;
    register uint64_t rsi __asm__("rsi") = (uint64_t)dom;
    register uint64_t r8 __asm__("r8") = (uint64_t)port;
    register uint64_t r9 __asm__("r9") = 0;
    register uint64_t r10 __asm__("r10") = 0;
    register uint64_t r11 __asm__("r11") = 0;
    register uint64_t r12 __asm__("r12") = 0;
    uint64_t hvlink__dx = t->port;
    switch (t->kind) {
    case HVLINK_TRAP_VMCALL:
        __asm__ __volatile__("vmcall" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12) :  : "memory", "cc");
        break;
    case HVLINK_TRAP_VMMCALL:
        __asm__ __volatile__("vmmcall" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12) :  : "memory", "cc");
        break;
    case HVLINK_TRAP_PORT:
        __asm__ __volatile__("outl %%eax, %%dx" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12), "+d"(hvlink__dx) :  : "memory", "cc");
        break;
    default:
        return -38; /* ENOSYS: no trap */
    }
    {
        const uint64_t hvlink__r[8] = {rax, rdi, rsi, r8, r9, r10, r11, r12};
        return hvlink_event_channel_status_reply_regs(hvlink__r, out_status, out_vcpu, out_pirq, out_remote_dom, out_virq, out_remote_port);
    }
}

/* event_channel.alloc_unbound's reply from the registers after the trap (regs: rax, rdi, rsi, r8..r12): 0 and the outputs (one whose `when` condition does not hold is absent: not written), or -errno (the host's status, or -EINVAL for a value the spec does not allow; nothing is written then). */
static inline int hvlink_event_channel_alloc_unbound_reply_regs(const uint64_t regs[8], uint32_t *out_port)
{
    const uint64_t rax = regs[0];
    const uint64_t r9 = regs[4];
    int st = hvlink__status(rax);
    if (st)
        return st;
    if (!hvlink__reg_fits(r9, 4u, false))
        return -22;
    if (out_port)
        *out_port = (uint32_t)r9;
    return 0;
}

/* event_channel.alloc_unbound by register: in dom rsi, remote-dom r8; out port r9. */
static inline int hvlink_event_channel_alloc_unbound_call(const struct hvlink_trap *t, uint16_t dom, uint16_t remote_dom, uint32_t *out_port)
{
    register uint64_t rax __asm__("rax") = HVLINK_EVENT_CHANNEL_ID | HVLINK_FASTABI_BIT;
    register uint64_t rdi __asm__("rdi") = 6u;
    register uint64_t rsi __asm__("rsi") = (uint64_t)dom;
    register uint64_t r8 __asm__("r8") = (uint64_t)remote_dom;
    register uint64_t r9 __asm__("r9") = 0;
    register uint64_t r10 __asm__("r10") = 0;
    register uint64_t r11 __asm__("r11") = 0;
    register uint64_t r12 __asm__("r12") = 0;
    uint64_t hvlink__dx = t->port;
    switch (t->kind) {
    case HVLINK_TRAP_VMCALL:
        __asm__ __volatile__("vmcall" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12) :  : "memory", "cc");
        break;
    case HVLINK_TRAP_VMMCALL:
        __asm__ __volatile__("vmmcall" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12) :  : "memory", "cc");
        break;
    case HVLINK_TRAP_PORT:
        __asm__ __volatile__("outl %%eax, %%dx" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12), "+d"(hvlink__dx) :  : "memory", "cc");
        break;
    default:
        return -38; /* ENOSYS: no trap */
    }
    {
        const uint64_t hvlink__r[8] = {rax, rdi, rsi, r8, r9, r10, r11, r12};
        return hvlink_event_channel_alloc_unbound_reply_regs(hvlink__r, out_port);
    }
}

/* event_channel.bind_ipi's reply from the registers after the trap (regs: rax, rdi, rsi, r8..r12): 0 and the outputs (one whose `when` condition does not hold is absent: not written), or -errno (the host's status, or -EINVAL for a value the spec does not allow; nothing is written then). */
static inline int hvlink_event_channel_bind_ipi_reply_regs(const uint64_t regs[8], uint32_t *out_port)
{
    const uint64_t rax = regs[0];
    const uint64_t r9 = regs[4];
    int st = hvlink__status(rax);
    if (st)
        return st;
    if (!hvlink__reg_fits(r9, 4u, false))
        return -22;
    if (out_port)
        *out_port = (uint32_t)r9;
    return 0;
}

/* event_channel.bind_ipi by register: in vcpu rsi; out port r9. */
static inline int hvlink_event_channel_bind_ipi_call(const struct hvlink_trap *t, uint32_t vcpu, uint32_t *out_port)
{
    register uint64_t rax __asm__("rax") = HVLINK_EVENT_CHANNEL_ID | HVLINK_FASTABI_BIT;
    register uint64_t rdi __asm__("rdi") = 7u;
    register uint64_t rsi __asm__("rsi") = (uint64_t)vcpu;
    register uint64_t r8 __asm__("r8") = 0;
    register uint64_t r9 __asm__("r9") = 0;
    register uint64_t r10 __asm__("r10") = 0;
    register uint64_t r11 __asm__("r11") = 0;
    register uint64_t r12 __asm__("r12") = 0;
    uint64_t hvlink__dx = t->port;
    switch (t->kind) {
    case HVLINK_TRAP_VMCALL:
        __asm__ __volatile__("vmcall" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12) :  : "memory", "cc");
        break;
    case HVLINK_TRAP_VMMCALL:
        __asm__ __volatile__("vmmcall" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12) :  : "memory", "cc");
        break;
    case HVLINK_TRAP_PORT:
        __asm__ __volatile__("outl %%eax, %%dx" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12), "+d"(hvlink__dx) :  : "memory", "cc");
        break;
    default:
        return -38; /* ENOSYS: no trap */
    }
    {
        const uint64_t hvlink__r[8] = {rax, rdi, rsi, r8, r9, r10, r11, r12};
        return hvlink_event_channel_bind_ipi_reply_regs(hvlink__r, out_port);
    }
}

/* event_channel.bind_vcpu's reply from the registers after the trap (regs: rax, rdi, rsi, r8..r12): 0 and the outputs (one whose `when` condition does not hold is absent: not written), or -errno (the host's status, or -EINVAL for a value the spec does not allow; nothing is written then). */
static inline int hvlink_event_channel_bind_vcpu_reply_regs(const uint64_t regs[8])
{
    const uint64_t rax = regs[0];
    int st = hvlink__status(rax);
    if (st)
        return st;
    return 0;
}

/* event_channel.bind_vcpu by register: in vcpu rsi, port r8; out status only. */
static inline int hvlink_event_channel_bind_vcpu_call(const struct hvlink_trap *t, uint32_t vcpu, uint32_t port)
{
    register uint64_t rax __asm__("rax") = HVLINK_EVENT_CHANNEL_ID | HVLINK_FASTABI_BIT;
    register uint64_t rdi __asm__("rdi") = 8u;
    register uint64_t rsi __asm__("rsi") = (uint64_t)vcpu;
    register uint64_t r8 __asm__("r8") = (uint64_t)port;
    register uint64_t r9 __asm__("r9") = 0;
    register uint64_t r10 __asm__("r10") = 0;
    register uint64_t r11 __asm__("r11") = 0;
    register uint64_t r12 __asm__("r12") = 0;
    uint64_t hvlink__dx = t->port;
    switch (t->kind) {
    case HVLINK_TRAP_VMCALL:
        __asm__ __volatile__("vmcall" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12) :  : "memory", "cc");
        break;
    case HVLINK_TRAP_VMMCALL:
        __asm__ __volatile__("vmmcall" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12) :  : "memory", "cc");
        break;
    case HVLINK_TRAP_PORT:
        __asm__ __volatile__("outl %%eax, %%dx" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12), "+d"(hvlink__dx) :  : "memory", "cc");
        break;
    default:
        return -38; /* ENOSYS: no trap */
    }
    {
        const uint64_t hvlink__r[8] = {rax, rdi, rsi, r8, r9, r10, r11, r12};
        return hvlink_event_channel_bind_vcpu_reply_regs(hvlink__r);
    }
}

/* event_channel.unmask's reply from the registers after the trap (regs: rax, rdi, rsi, r8..r12): 0 and the outputs (one whose `when` condition does not hold is absent: not written), or -errno (the host's status, or -EINVAL for a value the spec does not allow; nothing is written then). */
static inline int hvlink_event_channel_unmask_reply_regs(const uint64_t regs[8])
{
    const uint64_t rax = regs[0];
    int st = hvlink__status(rax);
    if (st)
        return st;
    return 0;
}

/* event_channel.unmask by register: in port rsi; out status only. */
static inline int hvlink_event_channel_unmask_call(const struct hvlink_trap *t, uint32_t port)
{
    register uint64_t rax __asm__("rax") = HVLINK_EVENT_CHANNEL_ID | HVLINK_FASTABI_BIT;
    register uint64_t rdi __asm__("rdi") = 9u;
    register uint64_t rsi __asm__("rsi") = (uint64_t)port;
    register uint64_t r8 __asm__("r8") = 0;
    register uint64_t r9 __asm__("r9") = 0;
    register uint64_t r10 __asm__("r10") = 0;
    register uint64_t r11 __asm__("r11") = 0;
    register uint64_t r12 __asm__("r12") = 0;
    uint64_t hvlink__dx = t->port;
    switch (t->kind) {
    case HVLINK_TRAP_VMCALL:
        __asm__ __volatile__("vmcall" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12) :  : "memory", "cc");
        break;
    case HVLINK_TRAP_VMMCALL:
        __asm__ __volatile__("vmmcall" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12) :  : "memory", "cc");
        break;
    case HVLINK_TRAP_PORT:
        __asm__ __volatile__("outl %%eax, %%dx" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12), "+d"(hvlink__dx) :  : "memory", "cc");
        break;
    default:
        return -38; /* ENOSYS: no trap */
    }
    {
        const uint64_t hvlink__r[8] = {rax, rdi, rsi, r8, r9, r10, r11, r12};
        return hvlink_event_channel_unmask_reply_regs(hvlink__r);
    }
}

/* event_channel.reset's reply from the registers after the trap (regs: rax, rdi, rsi, r8..r12): 0 and the outputs (one whose `when` condition does not hold is absent: not written), or -errno (the host's status, or -EINVAL for a value the spec does not allow; nothing is written then). */
static inline int hvlink_event_channel_reset_reply_regs(const uint64_t regs[8])
{
    const uint64_t rax = regs[0];
    int st = hvlink__status(rax);
    if (st)
        return st;
    return 0;
}

/* event_channel.reset by register: in dom rsi; out status only. */
static inline int hvlink_event_channel_reset_call(const struct hvlink_trap *t, uint16_t dom)
{
    register uint64_t rax __asm__("rax") = HVLINK_EVENT_CHANNEL_ID | HVLINK_FASTABI_BIT;
    register uint64_t rdi __asm__("rdi") = 10u;
    register uint64_t rsi __asm__("rsi") = (uint64_t)dom;
    register uint64_t r8 __asm__("r8") = 0;
    register uint64_t r9 __asm__("r9") = 0;
    register uint64_t r10 __asm__("r10") = 0;
    register uint64_t r11 __asm__("r11") = 0;
    register uint64_t r12 __asm__("r12") = 0;
    uint64_t hvlink__dx = t->port;
    switch (t->kind) {
    case HVLINK_TRAP_VMCALL:
        __asm__ __volatile__("vmcall" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12) :  : "memory", "cc");
        break;
    case HVLINK_TRAP_VMMCALL:
        __asm__ __volatile__("vmmcall" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12) :  : "memory", "cc");
        break;
    case HVLINK_TRAP_PORT:
        __asm__ __volatile__("outl %%eax, %%dx" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12), "+d"(hvlink__dx) :  : "memory", "cc");
        break;
    default:
        return -38; /* ENOSYS: no trap */
    }
    {
        const uint64_t hvlink__r[8] = {rax, rdi, rsi, r8, r9, r10, r11, r12};
        return hvlink_event_channel_reset_reply_regs(hvlink__r);
    }
}

/* event_channel.init_control's reply from the registers after the trap (regs: rax, rdi, rsi, r8..r12): 0 and the outputs (one whose `when` condition does not hold is absent: not written), or -errno (the host's status, or -EINVAL for a value the spec does not allow; nothing is written then). */
static inline int hvlink_event_channel_init_control_reply_regs(const uint64_t regs[8], uint8_t *out_link_bits)
{
    const uint64_t rax = regs[0];
    const uint64_t r10 = regs[5];
    int st = hvlink__status(rax);
    if (st)
        return st;
    if (!hvlink__reg_fits(r10, 1u, false))
        return -22;
    if (out_link_bits)
        *out_link_bits = (uint8_t)r10;
    return 0;
}

/* event_channel.init_control by register: in control-gfn rsi, offset r8, vcpu r9; out link-bits r10. */
static inline int hvlink_event_channel_init_control_call(const struct hvlink_trap *t, uint64_t control_gfn, uint32_t offset, uint32_t vcpu, uint8_t *out_link_bits)
{
    register uint64_t rax __asm__("rax") = HVLINK_EVENT_CHANNEL_ID | HVLINK_FASTABI_BIT;
    register uint64_t rdi __asm__("rdi") = 11u;
    register uint64_t rsi __asm__("rsi") = (uint64_t)control_gfn;
    register uint64_t r8 __asm__("r8") = (uint64_t)offset;
    register uint64_t r9 __asm__("r9") = (uint64_t)vcpu;
    register uint64_t r10 __asm__("r10") = 0;
    register uint64_t r11 __asm__("r11") = 0;
    register uint64_t r12 __asm__("r12") = 0;
    uint64_t hvlink__dx = t->port;
    switch (t->kind) {
    case HVLINK_TRAP_VMCALL:
        __asm__ __volatile__("vmcall" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12) :  : "memory", "cc");
        break;
    case HVLINK_TRAP_VMMCALL:
        __asm__ __volatile__("vmmcall" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12) :  : "memory", "cc");
        break;
    case HVLINK_TRAP_PORT:
        __asm__ __volatile__("outl %%eax, %%dx" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12), "+d"(hvlink__dx) :  : "memory", "cc");
        break;
    default:
        return -38; /* ENOSYS: no trap */
    }
    {
        const uint64_t hvlink__r[8] = {rax, rdi, rsi, r8, r9, r10, r11, r12};
        return hvlink_event_channel_init_control_reply_regs(hvlink__r, out_link_bits);
    }
}

/* event_channel.expand_array's reply from the registers after the trap (regs: rax, rdi, rsi, r8..r12): 0 and the outputs (one whose `when` condition does not hold is absent: not written), or -errno (the host's status, or -EINVAL for a value the spec does not allow; nothing is written then). */
static inline int hvlink_event_channel_expand_array_reply_regs(const uint64_t regs[8])
{
    const uint64_t rax = regs[0];
    int st = hvlink__status(rax);
    if (st)
        return st;
    return 0;
}

/* event_channel.expand_array by register: in array-gfn rsi; out status only. */
static inline int hvlink_event_channel_expand_array_call(const struct hvlink_trap *t, uint64_t array_gfn)
{
    register uint64_t rax __asm__("rax") = HVLINK_EVENT_CHANNEL_ID | HVLINK_FASTABI_BIT;
    register uint64_t rdi __asm__("rdi") = 12u;
    register uint64_t rsi __asm__("rsi") = (uint64_t)array_gfn;
    register uint64_t r8 __asm__("r8") = 0;
    register uint64_t r9 __asm__("r9") = 0;
    register uint64_t r10 __asm__("r10") = 0;
    register uint64_t r11 __asm__("r11") = 0;
    register uint64_t r12 __asm__("r12") = 0;
    uint64_t hvlink__dx = t->port;
    switch (t->kind) {
    case HVLINK_TRAP_VMCALL:
        __asm__ __volatile__("vmcall" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12) :  : "memory", "cc");
        break;
    case HVLINK_TRAP_VMMCALL:
        __asm__ __volatile__("vmmcall" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12) :  : "memory", "cc");
        break;
    case HVLINK_TRAP_PORT:
        __asm__ __volatile__("outl %%eax, %%dx" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12), "+d"(hvlink__dx) :  : "memory", "cc");
        break;
    default:
        return -38; /* ENOSYS: no trap */
    }
    {
        const uint64_t hvlink__r[8] = {rax, rdi, rsi, r8, r9, r10, r11, r12};
        return hvlink_event_channel_expand_array_reply_regs(hvlink__r);
    }
}

/* event_channel.set_priority's reply from the registers after the trap (regs: rax, rdi, rsi, r8..r12): 0 and the outputs (one whose `when` condition does not hold is absent: not written), or -errno (the host's status, or -EINVAL for a value the spec does not allow; nothing is written then). */
static inline int hvlink_event_channel_set_priority_reply_regs(const uint64_t regs[8])
{
    const uint64_t rax = regs[0];
    int st = hvlink__status(rax);
    if (st)
        return st;
    return 0;
}

/* event_channel.set_priority by register: in port rsi, priority r8; out status only. */
static inline int hvlink_event_channel_set_priority_call(const struct hvlink_trap *t, uint32_t port, uint32_t priority)
{
    register uint64_t rax __asm__("rax") = HVLINK_EVENT_CHANNEL_ID | HVLINK_FASTABI_BIT;
    register uint64_t rdi __asm__("rdi") = 13u;
    register uint64_t rsi __asm__("rsi") = (uint64_t)port;
    register uint64_t r8 __asm__("r8") = (uint64_t)priority;
    register uint64_t r9 __asm__("r9") = 0;
    register uint64_t r10 __asm__("r10") = 0;
    register uint64_t r11 __asm__("r11") = 0;
    register uint64_t r12 __asm__("r12") = 0;
    uint64_t hvlink__dx = t->port;
    switch (t->kind) {
    case HVLINK_TRAP_VMCALL:
        __asm__ __volatile__("vmcall" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12) :  : "memory", "cc");
        break;
    case HVLINK_TRAP_VMMCALL:
        __asm__ __volatile__("vmmcall" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12) :  : "memory", "cc");
        break;
    case HVLINK_TRAP_PORT:
        __asm__ __volatile__("outl %%eax, %%dx" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12), "+d"(hvlink__dx) :  : "memory", "cc");
        break;
    default:
        return -38; /* ENOSYS: no trap */
    }
    {
        const uint64_t hvlink__r[8] = {rax, rdi, rsi, r8, r9, r10, r11, r12};
        return hvlink_event_channel_set_priority_reply_regs(hvlink__r);
    }
}

/* hvm.set_param's reply from the registers after the trap (regs: rax, rdi, rsi, r8..r12): 0 and the outputs (one whose `when` condition does not hold is absent: not written), or -errno (the host's status, or -EINVAL for a value the spec does not allow; nothing is written then). */
static inline int hvlink_hvm_set_param_reply_regs(const uint64_t regs[8])
{
    const uint64_t rax = regs[0];
    int st = hvlink__status(rax);
    if (st)
        return st;
    return 0;
}

/* hvm.set_param by register: in dom rsi, index r8, value r9; out status only. */
static inline int hvlink_hvm_set_param_call(const struct hvlink_trap *t, uint16_t dom, uint32_t index, uint64_t value)
{
    register uint64_t rax __asm__("rax") = HVLINK_HVM_ID | HVLINK_FASTABI_BIT;
    register uint64_t rdi __asm__("rdi") = 0u;
    register uint64_t rsi __asm__("rsi") = (uint64_t)dom;
    register uint64_t r8 __asm__("r8") = (uint64_t)index;
    register uint64_t r9 __asm__("r9") = (uint64_t)value;
    register uint64_t r10 __asm__("r10") = 0;
    register uint64_t r11 __asm__("r11") = 0;
    register uint64_t r12 __asm__("r12") = 0;
    uint64_t hvlink__dx = t->port;
    switch (t->kind) {
    case HVLINK_TRAP_VMCALL:
        __asm__ __volatile__("vmcall" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12) :  : "memory", "cc");
        break;
    case HVLINK_TRAP_VMMCALL:
        __asm__ __volatile__("vmmcall" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12) :  : "memory", "cc");
        break;
    case HVLINK_TRAP_PORT:
        __asm__ __volatile__("outl %%eax, %%dx" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12), "+d"(hvlink__dx) :  : "memory", "cc");
        break;
    default:
        return -38; /* ENOSYS: no trap */
    }
    {
        const uint64_t hvlink__r[8] = {rax, rdi, rsi, r8, r9, r10, r11, r12};
        return hvlink_hvm_set_param_reply_regs(hvlink__r);
    }
}

/* hvm.get_param's reply from the registers after the trap (regs: rax, rdi, rsi, r8..r12): 0 and the outputs (one whose `when` condition does not hold is absent: not written), or -errno (the host's status, or -EINVAL for a value the spec does not allow; nothing is written then). */
static inline int hvlink_hvm_get_param_reply_regs(const uint64_t regs[8], uint64_t *out_value)
{
    const uint64_t rax = regs[0];
    const uint64_t r9 = regs[4];
    int st = hvlink__status(rax);
    if (st)
        return st;
    if (!hvlink__reg_fits(r9, 8u, false))
        return -22;
    if (out_value)
        *out_value = (uint64_t)r9;
    return 0;
}

/* hvm.get_param by register: in dom rsi, index r8; out value r9. */
static inline int hvlink_hvm_get_param_call(const struct hvlink_trap *t, uint16_t dom, uint32_t index, uint64_t *out_value)
{
    register uint64_t rax __asm__("rax") = HVLINK_HVM_ID | HVLINK_FASTABI_BIT;
    register uint64_t rdi __asm__("rdi") = 1u;
    register uint64_t rsi __asm__("rsi") = (uint64_t)dom;
    register uint64_t r8 __asm__("r8") = (uint64_t)index;
    register uint64_t r9 __asm__("r9") = 0;
    register uint64_t r10 __asm__("r10") = 0;
    register uint64_t r11 __asm__("r11") = 0;
    register uint64_t r12 __asm__("r12") = 0;
    uint64_t hvlink__dx = t->port;
    switch (t->kind) {
    case HVLINK_TRAP_VMCALL:
        __asm__ __volatile__("vmcall" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12) :  : "memory", "cc");
        break;
    case HVLINK_TRAP_VMMCALL:
        __asm__ __volatile__("vmmcall" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12) :  : "memory", "cc");
        break;
    case HVLINK_TRAP_PORT:
        __asm__ __volatile__("outl %%eax, %%dx" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12), "+d"(hvlink__dx) :  : "memory", "cc");
        break;
    default:
        return -38; /* ENOSYS: no trap */
    }
    {
        const uint64_t hvlink__r[8] = {rax, rdi, rsi, r8, r9, r10, r11, r12};
        return hvlink_hvm_get_param_reply_regs(hvlink__r, out_value);
    }
}

/* hvm.flush_tlbs's reply from the registers after the trap (regs: rax, rdi, rsi, r8..r12): 0 and the outputs (one whose `when` condition does not hold is absent: not written), or -errno (the host's status, or -EINVAL for a value the spec does not allow; nothing is written then). */
static inline int hvlink_hvm_flush_tlbs_reply_regs(const uint64_t regs[8])
{
    const uint64_t rax = regs[0];
    int st = hvlink__status(rax);
    if (st)
        return st;
    return 0;
}

/* hvm.flush_tlbs by register: in nothing; out status only. */
static inline int hvlink_hvm_flush_tlbs_call(const struct hvlink_trap *t)
{
    register uint64_t rax __asm__("rax") = HVLINK_HVM_ID | HVLINK_FASTABI_BIT;
    register uint64_t rdi __asm__("rdi") = 5u;
    register uint64_t rsi __asm__("rsi") = 0;
    register uint64_t r8 __asm__("r8") = 0;
    register uint64_t r9 __asm__("r9") = 0;
    register uint64_t r10 __asm__("r10") = 0;
    register uint64_t r11 __asm__("r11") = 0;
    register uint64_t r12 __asm__("r12") = 0;
    uint64_t hvlink__dx = t->port;
    switch (t->kind) {
    case HVLINK_TRAP_VMCALL:
        __asm__ __volatile__("vmcall" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12) :  : "memory", "cc");
        break;
    case HVLINK_TRAP_VMMCALL:
        __asm__ __volatile__("vmmcall" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12) :  : "memory", "cc");
        break;
    case HVLINK_TRAP_PORT:
        __asm__ __volatile__("outl %%eax, %%dx" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12), "+d"(hvlink__dx) :  : "memory", "cc");
        break;
    default:
        return -38; /* ENOSYS: no trap */
    }
    {
        const uint64_t hvlink__r[8] = {rax, rdi, rsi, r8, r9, r10, r11, r12};
        return hvlink_hvm_flush_tlbs_reply_regs(hvlink__r);
    }
}

/* hvm.get_time's reply from the registers after the trap (regs: rax, rdi, rsi, r8..r12): 0 and the outputs (one whose `when` condition does not hold is absent: not written), or -errno (the host's status, or -EINVAL for a value the spec does not allow; nothing is written then). */
static inline int hvlink_hvm_get_time_reply_regs(const uint64_t regs[8], uint64_t *out_now)
{
    const uint64_t rax = regs[0];
    const uint64_t rsi = regs[2];
    int st = hvlink__status(rax);
    if (st)
        return st;
    if (!hvlink__reg_fits(rsi, 8u, false))
        return -22;
    if (out_now)
        *out_now = (uint64_t)rsi;
    return 0;
}

/* hvm.get_time by register: in nothing; out now rsi. */
static inline int hvlink_hvm_get_time_call(const struct hvlink_trap *t, uint64_t *out_now)
{
    register uint64_t rax __asm__("rax") = HVLINK_HVM_ID | HVLINK_FASTABI_BIT;
    register uint64_t rdi __asm__("rdi") = 10u;
    register uint64_t rsi __asm__("rsi") = 0;
    register uint64_t r8 __asm__("r8") = 0;
    register uint64_t r9 __asm__("r9") = 0;
    register uint64_t r10 __asm__("r10") = 0;
    register uint64_t r11 __asm__("r11") = 0;
    register uint64_t r12 __asm__("r12") = 0;
    uint64_t hvlink__dx = t->port;
    switch (t->kind) {
    case HVLINK_TRAP_VMCALL:
        __asm__ __volatile__("vmcall" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12) :  : "memory", "cc");
        break;
    case HVLINK_TRAP_VMMCALL:
        __asm__ __volatile__("vmmcall" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12) :  : "memory", "cc");
        break;
    case HVLINK_TRAP_PORT:
        __asm__ __volatile__("outl %%eax, %%dx" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12), "+d"(hvlink__dx) :  : "memory", "cc");
        break;
    default:
        return -38; /* ENOSYS: no trap */
    }
    {
        const uint64_t hvlink__r[8] = {rax, rdi, rsi, r8, r9, r10, r11, r12};
        return hvlink_hvm_get_time_reply_regs(hvlink__r, out_now);
    }
}

/* hvm.get_mem_type's reply from the registers after the trap (regs: rax, rdi, rsi, r8..r12): 0 and the outputs (one whose `when` condition does not hold is absent: not written), or -errno (the host's status, or -EINVAL for a value the spec does not allow; nothing is written then). */
static inline int hvlink_hvm_get_mem_type_reply_regs(const uint64_t regs[8], uint16_t *out_mem_type)
{
    const uint64_t rax = regs[0];
    const uint64_t r9 = regs[4];
    int st = hvlink__status(rax);
    if (st)
        return st;
    if (!hvlink__reg_fits(r9, 2u, false))
        return -22;
    if (out_mem_type)
        *out_mem_type = (uint16_t)r9;
    return 0;
}

/* hvm.get_mem_type by register: in dom rsi, pfn r8; out mem-type r9. */
static inline int hvlink_hvm_get_mem_type_call(const struct hvlink_trap *t, uint16_t dom, uint64_t pfn, uint16_t *out_mem_type)
{
    register uint64_t rax __asm__("rax") = HVLINK_HVM_ID | HVLINK_FASTABI_BIT;
    register uint64_t rdi __asm__("rdi") = 15u;
    register uint64_t rsi __asm__("rsi") = (uint64_t)dom;
    register uint64_t r8 __asm__("r8") = (uint64_t)pfn;
    register uint64_t r9 __asm__("r9") = 0;
    register uint64_t r10 __asm__("r10") = 0;
    register uint64_t r11 __asm__("r11") = 0;
    register uint64_t r12 __asm__("r12") = 0;
    uint64_t hvlink__dx = t->port;
    switch (t->kind) {
    case HVLINK_TRAP_VMCALL:
        __asm__ __volatile__("vmcall" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12) :  : "memory", "cc");
        break;
    case HVLINK_TRAP_VMMCALL:
        __asm__ __volatile__("vmmcall" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12) :  : "memory", "cc");
        break;
    case HVLINK_TRAP_PORT:
        __asm__ __volatile__("outl %%eax, %%dx" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12), "+d"(hvlink__dx) :  : "memory", "cc");
        break;
    default:
        return -38; /* ENOSYS: no trap */
    }
    {
        const uint64_t hvlink__r[8] = {rax, rdi, rsi, r8, r9, r10, r11, r12};
        return hvlink_hvm_get_mem_type_reply_regs(hvlink__r, out_mem_type);
    }
}

/* hvm.set_evtchn_upcall_vector's reply from the registers after the trap (regs: rax, rdi, rsi, r8..r12): 0 and the outputs (one whose `when` condition does not hold is absent: not written), or -errno (the host's status, or -EINVAL for a value the spec does not allow; nothing is written then). */
static inline int hvlink_hvm_set_evtchn_upcall_vector_reply_regs(const uint64_t regs[8])
{
    const uint64_t rax = regs[0];
    int st = hvlink__status(rax);
    if (st)
        return st;
    return 0;
}

/* hvm.set_evtchn_upcall_vector by register: in vcpu rsi, vector r8; out status only. */
static inline int hvlink_hvm_set_evtchn_upcall_vector_call(const struct hvlink_trap *t, uint32_t vcpu, uint8_t vector)
{
    register uint64_t rax __asm__("rax") = HVLINK_HVM_ID | HVLINK_FASTABI_BIT;
    register uint64_t rdi __asm__("rdi") = 23u;
    register uint64_t rsi __asm__("rsi") = (uint64_t)vcpu;
    register uint64_t r8 __asm__("r8") = (uint64_t)vector;
    register uint64_t r9 __asm__("r9") = 0;
    register uint64_t r10 __asm__("r10") = 0;
    register uint64_t r11 __asm__("r11") = 0;
    register uint64_t r12 __asm__("r12") = 0;
    uint64_t hvlink__dx = t->port;
    switch (t->kind) {
    case HVLINK_TRAP_VMCALL:
        __asm__ __volatile__("vmcall" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12) :  : "memory", "cc");
        break;
    case HVLINK_TRAP_VMMCALL:
        __asm__ __volatile__("vmmcall" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12) :  : "memory", "cc");
        break;
    case HVLINK_TRAP_PORT:
        __asm__ __volatile__("outl %%eax, %%dx" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12), "+d"(hvlink__dx) :  : "memory", "cc");
        break;
    default:
        return -38; /* ENOSYS: no trap */
    }
    {
        const uint64_t hvlink__r[8] = {rax, rdi, rsi, r8, r9, r10, r11, r12};
        return hvlink_hvm_set_evtchn_upcall_vector_reply_regs(hvlink__r);
    }
}

/* sysctl.physinfo's reply from the registers after the trap (regs: rax, rdi, rsi, r8..r12): 0 and the outputs (one whose `when` condition does not hold is absent: not written), or -errno (the host's status, or -EINVAL for a value the spec does not allow; nothing is written then). */
static inline int hvlink_sysctl_physinfo_reply_regs(const uint64_t regs[8], uint32_t *out_threads_per_core, uint32_t *out_cores_per_socket, uint32_t *out_nr_cpus, uint32_t *out_capabilities, uint64_t *out_total_pages, uint64_t *out_free_pages)
{
    const uint64_t rax = regs[0];
    const uint64_t rsi = regs[2];
    const uint64_t r8 = regs[3];
    const uint64_t r9 = regs[4];
    const uint64_t r10 = regs[5];
    const uint64_t r11 = regs[6];
    const uint64_t r12 = regs[7];
    int st = hvlink__status(rax);
    if (st)
        return st;
    if (!hvlink__reg_fits(rsi, 4u, false))
        return -22;
    if (!hvlink__reg_fits(r8, 4u, false))
        return -22;
    if (!hvlink__reg_fits(r9, 4u, false))
        return -22;
    if (!hvlink__reg_fits(r10, 4u, false))
        return -22;
    if (!hvlink__reg_fits(r11, 8u, false))
        return -22;
    if (!hvlink__reg_fits(r12, 8u, false))
        return -22;
    if (out_threads_per_core)
        *out_threads_per_core = (uint32_t)rsi;
    if (out_cores_per_socket)
        *out_cores_per_socket = (uint32_t)r8;
    if (out_nr_cpus)
        *out_nr_cpus = (uint32_t)r9;
    if (out_capabilities)
        *out_capabilities = (uint32_t)r10;
    if (out_total_pages)
        *out_total_pages = (uint64_t)r11;
    if (out_free_pages)
        *out_free_pages = (uint64_t)r12;
    return 0;
}

/* sysctl.physinfo by register: in nothing; out threads-per-core rsi, cores-per-socket r8, nr-cpus r9, capabilities r10, total-pages r11, free-pages r12. */
static inline int hvlink_sysctl_physinfo_call(const struct hvlink_trap *t, uint32_t *out_threads_per_core, uint32_t *out_cores_per_socket, uint32_t *out_nr_cpus, uint32_t *out_capabilities, uint64_t *out_total_pages, uint64_t *out_free_pages)
{
    register uint64_t rax __asm__("rax") = HVLINK_SYSCTL_ID | HVLINK_FASTABI_BIT;
    register uint64_t rdi __asm__("rdi") = 3u;
    register uint64_t rsi __asm__("rsi") = 0;
    register uint64_t r8 __asm__("r8") = 0;
    register uint64_t r9 __asm__("r9") = 0;
    register uint64_t r10 __asm__("r10") = 0;
    register uint64_t r11 __asm__("r11") = 0;
    register uint64_t r12 __asm__("r12") = 0;
    uint64_t hvlink__dx = t->port;
    switch (t->kind) {
    case HVLINK_TRAP_VMCALL:
        __asm__ __volatile__("vmcall" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12) :  : "memory", "cc");
        break;
    case HVLINK_TRAP_VMMCALL:
        __asm__ __volatile__("vmmcall" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12) :  : "memory", "cc");
        break;
    case HVLINK_TRAP_PORT:
        __asm__ __volatile__("outl %%eax, %%dx" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12), "+d"(hvlink__dx) :  : "memory", "cc");
        break;
    default:
        return -38; /* ENOSYS: no trap */
    }
    {
        const uint64_t hvlink__r[8] = {rax, rdi, rsi, r8, r9, r10, r11, r12};
        return hvlink_sysctl_physinfo_reply_regs(hvlink__r, out_threads_per_core, out_cores_per_socket, out_nr_cpus, out_capabilities, out_total_pages, out_free_pages);
    }
}

/* domctl.destroydomain's reply from the registers after the trap (regs: rax, rdi, rsi, r8..r12): 0 and the outputs (one whose `when` condition does not hold is absent: not written), or -errno (the host's status, or -EINVAL for a value the spec does not allow; nothing is written then). */
static inline int hvlink_domctl_destroydomain_reply_regs(const uint64_t regs[8])
{
    const uint64_t rax = regs[0];
    int st = hvlink__status(rax);
    if (st)
        return st;
    return 0;
}

/* domctl.destroydomain by register: in domain rsi; out status only. */
static inline int hvlink_domctl_destroydomain_call(const struct hvlink_trap *t, uint16_t domain)
{
    register uint64_t rax __asm__("rax") = HVLINK_DOMCTL_ID | HVLINK_FASTABI_BIT;
    register uint64_t rdi __asm__("rdi") = 2u;
    register uint64_t rsi __asm__("rsi") = (uint64_t)domain;
    register uint64_t r8 __asm__("r8") = 0;
    register uint64_t r9 __asm__("r9") = 0;
    register uint64_t r10 __asm__("r10") = 0;
    register uint64_t r11 __asm__("r11") = 0;
    register uint64_t r12 __asm__("r12") = 0;
    uint64_t hvlink__dx = t->port;
    switch (t->kind) {
    case HVLINK_TRAP_VMCALL:
        __asm__ __volatile__("vmcall" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12) :  : "memory", "cc");
        break;
    case HVLINK_TRAP_VMMCALL:
        __asm__ __volatile__("vmmcall" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12) :  : "memory", "cc");
        break;
    case HVLINK_TRAP_PORT:
        __asm__ __volatile__("outl %%eax, %%dx" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12), "+d"(hvlink__dx) :  : "memory", "cc");
        break;
    default:
        return -38; /* ENOSYS: no trap */
    }
    {
        const uint64_t hvlink__r[8] = {rax, rdi, rsi, r8, r9, r10, r11, r12};
        return hvlink_domctl_destroydomain_reply_regs(hvlink__r);
    }
}

/* domctl.pausedomain's reply from the registers after the trap (regs: rax, rdi, rsi, r8..r12): 0 and the outputs (one whose `when` condition does not hold is absent: not written), or -errno (the host's status, or -EINVAL for a value the spec does not allow; nothing is written then). */
static inline int hvlink_domctl_pausedomain_reply_regs(const uint64_t regs[8])
{
    const uint64_t rax = regs[0];
    int st = hvlink__status(rax);
    if (st)
        return st;
    return 0;
}

/* domctl.pausedomain by register: in domain rsi; out status only. */
static inline int hvlink_domctl_pausedomain_call(const struct hvlink_trap *t, uint16_t domain)
{
    register uint64_t rax __asm__("rax") = HVLINK_DOMCTL_ID | HVLINK_FASTABI_BIT;
    register uint64_t rdi __asm__("rdi") = 3u;
    register uint64_t rsi __asm__("rsi") = (uint64_t)domain;
    register uint64_t r8 __asm__("r8") = 0;
    register uint64_t r9 __asm__("r9") = 0;
    register uint64_t r10 __asm__("r10") = 0;
    register uint64_t r11 __asm__("r11") = 0;
    register uint64_t r12 __asm__("r12") = 0;
    uint64_t hvlink__dx = t->port;
    switch (t->kind) {
    case HVLINK_TRAP_VMCALL:
        __asm__ __volatile__("vmcall" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12) :  : "memory", "cc");
        break;
    case HVLINK_TRAP_VMMCALL:
        __asm__ __volatile__("vmmcall" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12) :  : "memory", "cc");
        break;
    case HVLINK_TRAP_PORT:
        __asm__ __volatile__("outl %%eax, %%dx" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12), "+d"(hvlink__dx) :  : "memory", "cc");
        break;
    default:
        return -38; /* ENOSYS: no trap */
    }
    {
        const uint64_t hvlink__r[8] = {rax, rdi, rsi, r8, r9, r10, r11, r12};
        return hvlink_domctl_pausedomain_reply_regs(hvlink__r);
    }
}

/* domctl.unpausedomain's reply from the registers after the trap (regs: rax, rdi, rsi, r8..r12): 0 and the outputs (one whose `when` condition does not hold is absent: not written), or -errno (the host's status, or -EINVAL for a value the spec does not allow; nothing is written then). */
static inline int hvlink_domctl_unpausedomain_reply_regs(const uint64_t regs[8])
{
    const uint64_t rax = regs[0];
    int st = hvlink__status(rax);
    if (st)
        return st;
    return 0;
}

/* domctl.unpausedomain by register: in domain rsi; out status only. */
static inline int hvlink_domctl_unpausedomain_call(const struct hvlink_trap *t, uint16_t domain)
{
    register uint64_t rax __asm__("rax") = HVLINK_DOMCTL_ID | HVLINK_FASTABI_BIT;
    register uint64_t rdi __asm__("rdi") = 4u;
    register uint64_t rsi __asm__("rsi") = (uint64_t)domain;
    register uint64_t r8 __asm__("r8") = 0;
    register uint64_t r9 __asm__("r9") = 0;
    register uint64_t r10 __asm__("r10") = 0;
    register uint64_t r11 __asm__("r11") = 0;
    register uint64_t r12 __asm__("r12") = 0;
    uint64_t hvlink__dx = t->port;
    switch (t->kind) {
    case HVLINK_TRAP_VMCALL:
        __asm__ __volatile__("vmcall" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12) :  : "memory", "cc");
        break;
    case HVLINK_TRAP_VMMCALL:
        __asm__ __volatile__("vmmcall" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12) :  : "memory", "cc");
        break;
    case HVLINK_TRAP_PORT:
        __asm__ __volatile__("outl %%eax, %%dx" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12), "+d"(hvlink__dx) :  : "memory", "cc");
        break;
    default:
        return -38; /* ENOSYS: no trap */
    }
    {
        const uint64_t hvlink__r[8] = {rax, rdi, rsi, r8, r9, r10, r11, r12};
        return hvlink_domctl_unpausedomain_reply_regs(hvlink__r);
    }
}

/* domctl.getdomaininfo's reply from the registers after the trap (regs: rax, rdi, rsi, r8..r12): 0 and the outputs (one whose `when` condition does not hold is absent: not written), or -errno (the host's status, or -EINVAL for a value the spec does not allow; nothing is written then). */
static inline int hvlink_domctl_getdomaininfo_reply_regs(const uint64_t regs[8], uint32_t *out_flags, uint64_t *out_tot_pages, uint64_t *out_max_pages, uint32_t *out_nr_online_vcpus, uint64_t *out_cpu_time, uint32_t *out_max_vcpu_id)
{
    const uint64_t rax = regs[0];
    const uint64_t rsi = regs[2];
    const uint64_t r8 = regs[3];
    const uint64_t r9 = regs[4];
    const uint64_t r10 = regs[5];
    const uint64_t r11 = regs[6];
    const uint64_t r12 = regs[7];
    int st = hvlink__status(rax);
    if (st)
        return st;
    if (!hvlink__reg_fits(rsi, 4u, false))
        return -22;
    if (!hvlink__reg_fits(r8, 8u, false))
        return -22;
    if (!hvlink__reg_fits(r9, 8u, false))
        return -22;
    if (!hvlink__reg_fits(r10, 4u, false))
        return -22;
    if (!hvlink__reg_fits(r11, 8u, false))
        return -22;
    if (!hvlink__reg_fits(r12, 4u, false))
        return -22;
    if (out_flags)
        *out_flags = (uint32_t)rsi;
    if (out_tot_pages)
        *out_tot_pages = (uint64_t)r8;
    if (out_max_pages)
        *out_max_pages = (uint64_t)r9;
    if (out_nr_online_vcpus)
        *out_nr_online_vcpus = (uint32_t)r10;
    if (out_cpu_time)
        *out_cpu_time = (uint64_t)r11;
    if (out_max_vcpu_id)
        *out_max_vcpu_id = (uint32_t)r12;
    return 0;
}

/* domctl.getdomaininfo by register: in domain rsi; out flags rsi, tot-pages r8, max-pages r9, nr-online-vcpus r10, cpu-time r11, max-vcpu-id r12. */
static inline int hvlink_domctl_getdomaininfo_call(const struct hvlink_trap *t, uint16_t domain, uint32_t *out_flags, uint64_t *out_tot_pages, uint64_t *out_max_pages, uint32_t *out_nr_online_vcpus, uint64_t *out_cpu_time, uint32_t *out_max_vcpu_id)
{
    register uint64_t rax __asm__("rax") = HVLINK_DOMCTL_ID | HVLINK_FASTABI_BIT;
    register uint64_t rdi __asm__("rdi") = 5u;
    register uint64_t rsi __asm__("rsi") = (uint64_t)domain;
    register uint64_t r8 __asm__("r8") = 0;
    register uint64_t r9 __asm__("r9") = 0;
    register uint64_t r10 __asm__("r10") = 0;
    register uint64_t r11 __asm__("r11") = 0;
    register uint64_t r12 __asm__("r12") = 0;
    uint64_t hvlink__dx = t->port;
    switch (t->kind) {
    case HVLINK_TRAP_VMCALL:
        __asm__ __volatile__("vmcall" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12) :  : "memory", "cc");
        break;
    case HVLINK_TRAP_VMMCALL:
        __asm__ __volatile__("vmmcall" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12) :  : "memory", "cc");
        break;
    case HVLINK_TRAP_PORT:
        __asm__ __volatile__("outl %%eax, %%dx" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12), "+d"(hvlink__dx) :  : "memory", "cc");
        break;
    default:
        return -38; /* ENOSYS: no trap */
    }
    {
        const uint64_t hvlink__r[8] = {rax, rdi, rsi, r8, r9, r10, r11, r12};
        return hvlink_domctl_getdomaininfo_reply_regs(hvlink__r, out_flags, out_tot_pages, out_max_pages, out_nr_online_vcpus, out_cpu_time, out_max_vcpu_id);
    }
}

/* domctl.setvcpuaffinity's reply from the registers after the trap (regs: rax, rdi, rsi, r8..r12): 0 and the outputs (one whose `when` condition does not hold is absent: not written), or -errno (the host's status, or -EINVAL for a value the spec does not allow; nothing is written then). */
static inline int hvlink_domctl_setvcpuaffinity_reply_regs(const uint64_t regs[8], uint64_t *out_hard, uint64_t *out_soft)
{
    const uint64_t rax = regs[0];
    const uint64_t r9 = regs[4];
    const uint64_t r10 = regs[5];
    int st = hvlink__status(rax);
    if (st)
        return st;
    if (!hvlink__reg_fits(r9, 8u, false))
        return -22;
    if (!hvlink__reg_fits(r10, 8u, false))
        return -22;
    if (out_hard)
        *out_hard = (uint64_t)r9;
    if (out_soft)
        *out_soft = (uint64_t)r10;
    return 0;
}

/* domctl.setvcpuaffinity by register: in domain rsi, vcpu r8, hard r9, soft r10; out hard r9, soft r10. */
static inline int hvlink_domctl_setvcpuaffinity_call(const struct hvlink_trap *t, uint16_t domain, uint32_t vcpu, uint64_t hard, uint64_t soft, uint64_t *out_hard, uint64_t *out_soft)
{
    register uint64_t rax __asm__("rax") = HVLINK_DOMCTL_ID | HVLINK_FASTABI_BIT;
    register uint64_t rdi __asm__("rdi") = 9u;
    register uint64_t rsi __asm__("rsi") = (uint64_t)domain;
    register uint64_t r8 __asm__("r8") = (uint64_t)vcpu;
    register uint64_t r9 __asm__("r9") = (uint64_t)hard;
    register uint64_t r10 __asm__("r10") = (uint64_t)soft;
    register uint64_t r11 __asm__("r11") = 0;
    register uint64_t r12 __asm__("r12") = 0;
    uint64_t hvlink__dx = t->port;
    switch (t->kind) {
    case HVLINK_TRAP_VMCALL:
        __asm__ __volatile__("vmcall" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12) :  : "memory", "cc");
        break;
    case HVLINK_TRAP_VMMCALL:
        __asm__ __volatile__("vmmcall" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12) :  : "memory", "cc");
        break;
    case HVLINK_TRAP_PORT:
        __asm__ __volatile__("outl %%eax, %%dx" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12), "+d"(hvlink__dx) :  : "memory", "cc");
        break;
    default:
        return -38; /* ENOSYS: no trap */
    }
    {
        const uint64_t hvlink__r[8] = {rax, rdi, rsi, r8, r9, r10, r11, r12};
        return hvlink_domctl_setvcpuaffinity_reply_regs(hvlink__r, out_hard, out_soft);
    }
}

/* domctl.max_mem's reply from the registers after the trap (regs: rax, rdi, rsi, r8..r12): 0 and the outputs (one whose `when` condition does not hold is absent: not written), or -errno (the host's status, or -EINVAL for a value the spec does not allow; nothing is written then). */
static inline int hvlink_domctl_max_mem_reply_regs(const uint64_t regs[8])
{
    const uint64_t rax = regs[0];
    int st = hvlink__status(rax);
    if (st)
        return st;
    return 0;
}

/* domctl.max_mem by register: in domain rsi, max-memkb r8; out status only. */
static inline int hvlink_domctl_max_mem_call(const struct hvlink_trap *t, uint16_t domain, uint64_t max_memkb)
{
    register uint64_t rax __asm__("rax") = HVLINK_DOMCTL_ID | HVLINK_FASTABI_BIT;
    register uint64_t rdi __asm__("rdi") = 11u;
    register uint64_t rsi __asm__("rsi") = (uint64_t)domain;
    register uint64_t r8 __asm__("r8") = (uint64_t)max_memkb;
    register uint64_t r9 __asm__("r9") = 0;
    register uint64_t r10 __asm__("r10") = 0;
    register uint64_t r11 __asm__("r11") = 0;
    register uint64_t r12 __asm__("r12") = 0;
    uint64_t hvlink__dx = t->port;
    switch (t->kind) {
    case HVLINK_TRAP_VMCALL:
        __asm__ __volatile__("vmcall" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12) :  : "memory", "cc");
        break;
    case HVLINK_TRAP_VMMCALL:
        __asm__ __volatile__("vmmcall" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12) :  : "memory", "cc");
        break;
    case HVLINK_TRAP_PORT:
        __asm__ __volatile__("outl %%eax, %%dx" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12), "+d"(hvlink__dx) :  : "memory", "cc");
        break;
    default:
        return -38; /* ENOSYS: no trap */
    }
    {
        const uint64_t hvlink__r[8] = {rax, rdi, rsi, r8, r9, r10, r11, r12};
        return hvlink_domctl_max_mem_reply_regs(hvlink__r);
    }
}

/* domctl.getvcpuinfo's reply from the registers after the trap (regs: rax, rdi, rsi, r8..r12): 0 and the outputs (one whose `when` condition does not hold is absent: not written), or -errno (the host's status, or -EINVAL for a value the spec does not allow; nothing is written then). */
static inline int hvlink_domctl_getvcpuinfo_reply_regs(const uint64_t regs[8], uint8_t *out_online, uint8_t *out_blocked, uint8_t *out_running, uint64_t *out_cpu_time, uint32_t *out_cpu)
{
    const uint64_t rax = regs[0];
    const uint64_t rsi = regs[2];
    const uint64_t r8 = regs[3];
    const uint64_t r9 = regs[4];
    const uint64_t r10 = regs[5];
    const uint64_t r11 = regs[6];
    int st = hvlink__status(rax);
    if (st)
        return st;
    if (!hvlink__reg_fits(rsi, 1u, false))
        return -22;
    if ((rsi > 0x1ULL))
        return -22;
    if (!hvlink__reg_fits(r8, 1u, false))
        return -22;
    if ((r8 > 0x1ULL))
        return -22;
    if (!hvlink__reg_fits(r9, 1u, false))
        return -22;
    if ((r9 > 0x1ULL))
        return -22;
    if (!hvlink__reg_fits(r10, 8u, false))
        return -22;
    if (!hvlink__reg_fits(r11, 4u, false))
        return -22;
    if (out_online)
        *out_online = (uint8_t)rsi;
    if (out_blocked)
        *out_blocked = (uint8_t)r8;
    if (out_running)
        *out_running = (uint8_t)r9;
    if (out_cpu_time)
        *out_cpu_time = (uint64_t)r10;
    if (out_cpu)
        *out_cpu = (uint32_t)r11;
    return 0;
}

/* domctl.getvcpuinfo by register: in domain rsi, vcpu r8; out online rsi, blocked r8, running r9, cpu-time r10, cpu r11. */
static inline int hvlink_domctl_getvcpuinfo_call(const struct hvlink_trap *t, uint16_t domain, uint32_t vcpu, uint8_t *out_online, uint8_t *out_blocked, uint8_t *out_running, uint64_t *out_cpu_time, uint32_t *out_cpu)
{
    register uint64_t rax __asm__("rax") = HVLINK_DOMCTL_ID | HVLINK_FASTABI_BIT;
    register uint64_t rdi __asm__("rdi") = 14u;
    register uint64_t rsi __asm__("rsi") = (uint64_t)domain;
    register uint64_t r8 __asm__("r8") = (uint64_t)vcpu;
    register uint64_t r9 __asm__("r9") = 0;
    register uint64_t r10 __asm__("r10") = 0;
    register uint64_t r11 __asm__("r11") = 0;
    register uint64_t r12 __asm__("r12") = 0;
    uint64_t hvlink__dx = t->port;
    switch (t->kind) {
    case HVLINK_TRAP_VMCALL:
        __asm__ __volatile__("vmcall" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12) :  : "memory", "cc");
        break;
    case HVLINK_TRAP_VMMCALL:
        __asm__ __volatile__("vmmcall" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12) :  : "memory", "cc");
        break;
    case HVLINK_TRAP_PORT:
        __asm__ __volatile__("outl %%eax, %%dx" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12), "+d"(hvlink__dx) :  : "memory", "cc");
        break;
    default:
        return -38; /* ENOSYS: no trap */
    }
    {
        const uint64_t hvlink__r[8] = {rax, rdi, rsi, r8, r9, r10, r11, r12};
        return hvlink_domctl_getvcpuinfo_reply_regs(hvlink__r, out_online, out_blocked, out_running, out_cpu_time, out_cpu);
    }
}

/* domctl.max_vcpus's reply from the registers after the trap (regs: rax, rdi, rsi, r8..r12): 0 and the outputs (one whose `when` condition does not hold is absent: not written), or -errno (the host's status, or -EINVAL for a value the spec does not allow; nothing is written then). */
static inline int hvlink_domctl_max_vcpus_reply_regs(const uint64_t regs[8])
{
    const uint64_t rax = regs[0];
    int st = hvlink__status(rax);
    if (st)
        return st;
    return 0;
}

/* domctl.max_vcpus by register: in domain rsi, max r8; out status only. */
static inline int hvlink_domctl_max_vcpus_call(const struct hvlink_trap *t, uint16_t domain, uint32_t max)
{
    register uint64_t rax __asm__("rax") = HVLINK_DOMCTL_ID | HVLINK_FASTABI_BIT;
    register uint64_t rdi __asm__("rdi") = 15u;
    register uint64_t rsi __asm__("rsi") = (uint64_t)domain;
    register uint64_t r8 __asm__("r8") = (uint64_t)max;
    register uint64_t r9 __asm__("r9") = 0;
    register uint64_t r10 __asm__("r10") = 0;
    register uint64_t r11 __asm__("r11") = 0;
    register uint64_t r12 __asm__("r12") = 0;
    uint64_t hvlink__dx = t->port;
    switch (t->kind) {
    case HVLINK_TRAP_VMCALL:
        __asm__ __volatile__("vmcall" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12) :  : "memory", "cc");
        break;
    case HVLINK_TRAP_VMMCALL:
        __asm__ __volatile__("vmmcall" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12) :  : "memory", "cc");
        break;
    case HVLINK_TRAP_PORT:
        __asm__ __volatile__("outl %%eax, %%dx" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12), "+d"(hvlink__dx) :  : "memory", "cc");
        break;
    default:
        return -38; /* ENOSYS: no trap */
    }
    {
        const uint64_t hvlink__r[8] = {rax, rdi, rsi, r8, r9, r10, r11, r12};
        return hvlink_domctl_max_vcpus_reply_regs(hvlink__r);
    }
}

/* domctl.settimeoffset's reply from the registers after the trap (regs: rax, rdi, rsi, r8..r12): 0 and the outputs (one whose `when` condition does not hold is absent: not written), or -errno (the host's status, or -EINVAL for a value the spec does not allow; nothing is written then). */
static inline int hvlink_domctl_settimeoffset_reply_regs(const uint64_t regs[8])
{
    const uint64_t rax = regs[0];
    int st = hvlink__status(rax);
    if (st)
        return st;
    return 0;
}

/* domctl.settimeoffset by register: in domain rsi, seconds r8; out status only. */
static inline int hvlink_domctl_settimeoffset_call(const struct hvlink_trap *t, uint16_t domain, int64_t seconds)
{
    register uint64_t rax __asm__("rax") = HVLINK_DOMCTL_ID | HVLINK_FASTABI_BIT;
    register uint64_t rdi __asm__("rdi") = 24u;
    register uint64_t rsi __asm__("rsi") = (uint64_t)domain;
    register uint64_t r8 __asm__("r8") = (uint64_t)(int64_t)seconds;
    register uint64_t r9 __asm__("r9") = 0;
    register uint64_t r10 __asm__("r10") = 0;
    register uint64_t r11 __asm__("r11") = 0;
    register uint64_t r12 __asm__("r12") = 0;
    uint64_t hvlink__dx = t->port;
    switch (t->kind) {
    case HVLINK_TRAP_VMCALL:
        __asm__ __volatile__("vmcall" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12) :  : "memory", "cc");
        break;
    case HVLINK_TRAP_VMMCALL:
        __asm__ __volatile__("vmmcall" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12) :  : "memory", "cc");
        break;
    case HVLINK_TRAP_PORT:
        __asm__ __volatile__("outl %%eax, %%dx" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12), "+d"(hvlink__dx) :  : "memory", "cc");
        break;
    default:
        return -38; /* ENOSYS: no trap */
    }
    {
        const uint64_t hvlink__r[8] = {rax, rdi, rsi, r8, r9, r10, r11, r12};
        return hvlink_domctl_settimeoffset_reply_regs(hvlink__r);
    }
}

/* domctl.getvcpuaffinity's reply from the registers after the trap (regs: rax, rdi, rsi, r8..r12): 0 and the outputs (one whose `when` condition does not hold is absent: not written), or -errno (the host's status, or -EINVAL for a value the spec does not allow; nothing is written then). */
static inline int hvlink_domctl_getvcpuaffinity_reply_regs(const uint64_t regs[8], uint64_t *out_hard, uint64_t *out_soft)
{
    const uint64_t rax = regs[0];
    const uint64_t r9 = regs[4];
    const uint64_t r10 = regs[5];
    int st = hvlink__status(rax);
    if (st)
        return st;
    if (!hvlink__reg_fits(r9, 8u, false))
        return -22;
    if (!hvlink__reg_fits(r10, 8u, false))
        return -22;
    if (out_hard)
        *out_hard = (uint64_t)r9;
    if (out_soft)
        *out_soft = (uint64_t)r10;
    return 0;
}

/* domctl.getvcpuaffinity by register: in domain rsi, vcpu r8; out hard r9, soft r10. */
static inline int hvlink_domctl_getvcpuaffinity_call(const struct hvlink_trap *t, uint16_t domain, uint32_t vcpu, uint64_t *out_hard, uint64_t *out_soft)
{
    register uint64_t rax __asm__("rax") = HVLINK_DOMCTL_ID | HVLINK_FASTABI_BIT;
    register uint64_t rdi __asm__("rdi") = 25u;
    register uint64_t rsi __asm__("rsi") = (uint64_t)domain;
    register uint64_t r8 __asm__("r8") = (uint64_t)vcpu;
    register uint64_t r9 __asm__("r9") = 0;
    register uint64_t r10 __asm__("r10") = 0;
    register uint64_t r11 __asm__("r11") = 0;
    register uint64_t r12 __asm__("r12") = 0;
    uint64_t hvlink__dx = t->port;
    switch (t->kind) {
    case HVLINK_TRAP_VMCALL:
        __asm__ __volatile__("vmcall" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12) :  : "memory", "cc");
        break;
    case HVLINK_TRAP_VMMCALL:
        __asm__ __volatile__("vmmcall" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12) :  : "memory", "cc");
        break;
    case HVLINK_TRAP_PORT:
        __asm__ __volatile__("outl %%eax, %%dx" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12), "+d"(hvlink__dx) :  : "memory", "cc");
        break;
    default:
        return -38; /* ENOSYS: no trap */
    }
    {
        const uint64_t hvlink__r[8] = {rax, rdi, rsi, r8, r9, r10, r11, r12};
        return hvlink_domctl_getvcpuaffinity_reply_regs(hvlink__r, out_hard, out_soft);
    }
}

/* domctl.set_target's reply from the registers after the trap (regs: rax, rdi, rsi, r8..r12): 0 and the outputs (one whose `when` condition does not hold is absent: not written), or -errno (the host's status, or -EINVAL for a value the spec does not allow; nothing is written then). */
static inline int hvlink_domctl_set_target_reply_regs(const uint64_t regs[8])
{
    const uint64_t rax = regs[0];
    int st = hvlink__status(rax);
    if (st)
        return st;
    return 0;
}

/* domctl.set_target by register: in domain rsi, target r8; out status only. */
static inline int hvlink_domctl_set_target_call(const struct hvlink_trap *t, uint16_t domain, uint16_t target)
{
    register uint64_t rax __asm__("rax") = HVLINK_DOMCTL_ID | HVLINK_FASTABI_BIT;
    register uint64_t rdi __asm__("rdi") = 46u;
    register uint64_t rsi __asm__("rsi") = (uint64_t)domain;
    register uint64_t r8 __asm__("r8") = (uint64_t)target;
    register uint64_t r9 __asm__("r9") = 0;
    register uint64_t r10 __asm__("r10") = 0;
    register uint64_t r11 __asm__("r11") = 0;
    register uint64_t r12 __asm__("r12") = 0;
    uint64_t hvlink__dx = t->port;
    switch (t->kind) {
    case HVLINK_TRAP_VMCALL:
        __asm__ __volatile__("vmcall" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12) :  : "memory", "cc");
        break;
    case HVLINK_TRAP_VMMCALL:
        __asm__ __volatile__("vmmcall" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12) :  : "memory", "cc");
        break;
    case HVLINK_TRAP_PORT:
        __asm__ __volatile__("outl %%eax, %%dx" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12), "+d"(hvlink__dx) :  : "memory", "cc");
        break;
    default:
        return -38; /* ENOSYS: no trap */
    }
    {
        const uint64_t hvlink__r[8] = {rax, rdi, rsi, r8, r9, r10, r11, r12};
        return hvlink_domctl_set_target_reply_regs(hvlink__r);
    }
}

/* domctl.get_paging_mempool_size's reply from the registers after the trap (regs: rax, rdi, rsi, r8..r12): 0 and the outputs (one whose `when` condition does not hold is absent: not written), or -errno (the host's status, or -EINVAL for a value the spec does not allow; nothing is written then). */
static inline int hvlink_domctl_get_paging_mempool_size_reply_regs(const uint64_t regs[8], uint64_t *out_size)
{
    const uint64_t rax = regs[0];
    const uint64_t rsi = regs[2];
    int st = hvlink__status(rax);
    if (st)
        return st;
    if (!hvlink__reg_fits(rsi, 8u, false))
        return -22;
    if (out_size)
        *out_size = (uint64_t)rsi;
    return 0;
}

/* domctl.get_paging_mempool_size by register: in domain rsi; out size rsi. */
static inline int hvlink_domctl_get_paging_mempool_size_call(const struct hvlink_trap *t, uint16_t domain, uint64_t *out_size)
{
    register uint64_t rax __asm__("rax") = HVLINK_DOMCTL_ID | HVLINK_FASTABI_BIT;
    register uint64_t rdi __asm__("rdi") = 85u;
    register uint64_t rsi __asm__("rsi") = (uint64_t)domain;
    register uint64_t r8 __asm__("r8") = 0;
    register uint64_t r9 __asm__("r9") = 0;
    register uint64_t r10 __asm__("r10") = 0;
    register uint64_t r11 __asm__("r11") = 0;
    register uint64_t r12 __asm__("r12") = 0;
    uint64_t hvlink__dx = t->port;
    switch (t->kind) {
    case HVLINK_TRAP_VMCALL:
        __asm__ __volatile__("vmcall" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12) :  : "memory", "cc");
        break;
    case HVLINK_TRAP_VMMCALL:
        __asm__ __volatile__("vmmcall" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12) :  : "memory", "cc");
        break;
    case HVLINK_TRAP_PORT:
        __asm__ __volatile__("outl %%eax, %%dx" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12), "+d"(hvlink__dx) :  : "memory", "cc");
        break;
    default:
        return -38; /* ENOSYS: no trap */
    }
    {
        const uint64_t hvlink__r[8] = {rax, rdi, rsi, r8, r9, r10, r11, r12};
        return hvlink_domctl_get_paging_mempool_size_reply_regs(hvlink__r, out_size);
    }
}

/* domctl.set_paging_mempool_size's reply from the registers after the trap (regs: rax, rdi, rsi, r8..r12): 0 and the outputs (one whose `when` condition does not hold is absent: not written), or -errno (the host's status, or -EINVAL for a value the spec does not allow; nothing is written then). */
static inline int hvlink_domctl_set_paging_mempool_size_reply_regs(const uint64_t regs[8])
{
    const uint64_t rax = regs[0];
    int st = hvlink__status(rax);
    if (st)
        return st;
    return 0;
}

/* domctl.set_paging_mempool_size by register: in domain rsi, size r8; out status only. */
static inline int hvlink_domctl_set_paging_mempool_size_call(const struct hvlink_trap *t, uint16_t domain, uint64_t size)
{
    register uint64_t rax __asm__("rax") = HVLINK_DOMCTL_ID | HVLINK_FASTABI_BIT;
    register uint64_t rdi __asm__("rdi") = 86u;
    register uint64_t rsi __asm__("rsi") = (uint64_t)domain;
    register uint64_t r8 __asm__("r8") = (uint64_t)size;
    register uint64_t r9 __asm__("r9") = 0;
    register uint64_t r10 __asm__("r10") = 0;
    register uint64_t r11 __asm__("r11") = 0;
    register uint64_t r12 __asm__("r12") = 0;
    uint64_t hvlink__dx = t->port;
    switch (t->kind) {
    case HVLINK_TRAP_VMCALL:
        __asm__ __volatile__("vmcall" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12) :  : "memory", "cc");
        break;
    case HVLINK_TRAP_VMMCALL:
        __asm__ __volatile__("vmmcall" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12) :  : "memory", "cc");
        break;
    case HVLINK_TRAP_PORT:
        __asm__ __volatile__("outl %%eax, %%dx" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12), "+d"(hvlink__dx) :  : "memory", "cc");
        break;
    default:
        return -38; /* ENOSYS: no trap */
    }
    {
        const uint64_t hvlink__r[8] = {rax, rdi, rsi, r8, r9, r10, r11, r12};
        return hvlink_domctl_set_paging_mempool_size_reply_regs(hvlink__r);
    }
}

/* control.ping's reply from the registers after the trap (regs: rax, rdi, rsi, r8..r12): 0 and the outputs (one whose `when` condition does not hold is absent: not written), or -errno (the host's status, or -EINVAL for a value the spec does not allow; nothing is written then). */
static inline int hvlink_control_ping_reply_regs(const uint64_t regs[8], uint64_t *out_cookie)
{
    const uint64_t rax = regs[0];
    const uint64_t rsi = regs[2];
    int st = hvlink__status(rax);
    if (st)
        return st;
    if (!hvlink__reg_fits(rsi, 8u, false))
        return -22;
    if (out_cookie)
        *out_cookie = (uint64_t)rsi;
    return 0;
}

/* control.ping by register: in cookie rsi; out cookie rsi. */
static inline int hvlink_control_ping_call(const struct hvlink_trap *t, uint64_t cookie, uint64_t *out_cookie)
{
    register uint64_t rax __asm__("rax") = HVLINK_CONTROL_ID | HVLINK_FASTABI_BIT;
    register uint64_t rdi __asm__("rdi") = 0u;
    register uint64_t rsi __asm__("rsi") = (uint64_t)cookie;
    register uint64_t r8 __asm__("r8") = 0;
    register uint64_t r9 __asm__("r9") = 0;
    register uint64_t r10 __asm__("r10") = 0;
    register uint64_t r11 __asm__("r11") = 0;
    register uint64_t r12 __asm__("r12") = 0;
    uint64_t hvlink__dx = t->port;
    switch (t->kind) {
    case HVLINK_TRAP_VMCALL:
        __asm__ __volatile__("vmcall" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12) :  : "memory", "cc");
        break;
    case HVLINK_TRAP_VMMCALL:
        __asm__ __volatile__("vmmcall" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12) :  : "memory", "cc");
        break;
    case HVLINK_TRAP_PORT:
        __asm__ __volatile__("outl %%eax, %%dx" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12), "+d"(hvlink__dx) :  : "memory", "cc");
        break;
    default:
        return -38; /* ENOSYS: no trap */
    }
    {
        const uint64_t hvlink__r[8] = {rax, rdi, rsi, r8, r9, r10, r11, r12};
        return hvlink_control_ping_reply_regs(hvlink__r, out_cookie);
    }
}

/* control.negotiate's reply from the registers after the trap (regs: rax, rdi, rsi, r8..r12): 0 and the outputs (one whose `when` condition does not hold is absent: not written), or -errno (the host's status, or -EINVAL for a value the spec does not allow; nothing is written then). */
static inline int hvlink_control_negotiate_reply_regs(const uint64_t regs[8], uint32_t *out_protocol_version, uint64_t *out_features, uint32_t *out_max_message)
{
    const uint64_t rax = regs[0];
    const uint64_t rsi = regs[2];
    const uint64_t r8 = regs[3];
    const uint64_t r9 = regs[4];
    int st = hvlink__status(rax);
    if (st)
        return st;
    if (!hvlink__reg_fits(rsi, 4u, false))
        return -22;
    if ((rsi < 0x1ULL))
        return -22;
    if (!hvlink__reg_fits(r8, 8u, false))
        return -22;
    if (!hvlink__reg_fits(r9, 4u, false))
        return -22;
    if (out_protocol_version)
        *out_protocol_version = (uint32_t)rsi;
    if (out_features)
        *out_features = (uint64_t)r8;
    if (out_max_message)
        *out_max_message = (uint32_t)r9;
    return 0;
}

/* control.negotiate by register: in protocol-version rsi, features r8; out protocol-version rsi, features r8, max-message r9. */
static inline int hvlink_control_negotiate_call(const struct hvlink_trap *t, uint32_t protocol_version, uint64_t features, uint32_t *out_protocol_version, uint64_t *out_features, uint32_t *out_max_message)
{
    register uint64_t rax __asm__("rax") = HVLINK_CONTROL_ID | HVLINK_FASTABI_BIT;
    register uint64_t rdi __asm__("rdi") = 3u;
    register uint64_t rsi __asm__("rsi") = (uint64_t)protocol_version;
    register uint64_t r8 __asm__("r8") = (uint64_t)features;
    register uint64_t r9 __asm__("r9") = 0;
    register uint64_t r10 __asm__("r10") = 0;
    register uint64_t r11 __asm__("r11") = 0;
    register uint64_t r12 __asm__("r12") = 0;
    uint64_t hvlink__dx = t->port;
    switch (t->kind) {
    case HVLINK_TRAP_VMCALL:
        __asm__ __volatile__("vmcall" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12) :  : "memory", "cc");
        break;
    case HVLINK_TRAP_VMMCALL:
        __asm__ __volatile__("vmmcall" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12) :  : "memory", "cc");
        break;
    case HVLINK_TRAP_PORT:
        __asm__ __volatile__("outl %%eax, %%dx" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12), "+d"(hvlink__dx) :  : "memory", "cc");
        break;
    default:
        return -38; /* ENOSYS: no trap */
    }
    {
        const uint64_t hvlink__r[8] = {rax, rdi, rsi, r8, r9, r10, r11, r12};
        return hvlink_control_negotiate_reply_regs(hvlink__r, out_protocol_version, out_features, out_max_message);
    }
}

/* control.queue_setup's reply from the registers after the trap (regs: rax, rdi, rsi, r8..r12): 0 and the outputs (one whose `when` condition does not hold is absent: not written), or -errno (the host's status, or -EINVAL for a value the spec does not allow; nothing is written then). */
static inline int hvlink_control_queue_setup_reply_regs(const uint64_t regs[8], uint64_t *out_features, uint64_t *out_doorbell)
{
    const uint64_t rax = regs[0];
    const uint64_t rsi = regs[2];
    const uint64_t r8 = regs[3];
    int st = hvlink__status(rax);
    if (st)
        return st;
    if (!hvlink__reg_fits(rsi, 8u, false))
        return -22;
    if (!hvlink__reg_fits(r8, 8u, false))
        return -22;
    if (out_features)
        *out_features = (uint64_t)rsi;
    if (out_doorbell)
        *out_doorbell = (uint64_t)r8;
    return 0;
}

/* control.queue_setup by register: in base-gpa rsi, pages r8, queue-id r9, kind r10, features r11, notify-port r12; out features rsi, doorbell r8. */
static inline int hvlink_control_queue_setup_call(const struct hvlink_trap *t, uint64_t base_gpa, uint32_t pages, uint16_t queue_id, uint8_t kind, uint64_t features, uint32_t notify_port, uint64_t *out_features, uint64_t *out_doorbell)
{
    register uint64_t rax __asm__("rax") = HVLINK_CONTROL_ID | HVLINK_FASTABI_BIT;
    register uint64_t rdi __asm__("rdi") = 4u;
    register uint64_t rsi __asm__("rsi") = (uint64_t)base_gpa;
    register uint64_t r8 __asm__("r8") = (uint64_t)pages;
    register uint64_t r9 __asm__("r9") = (uint64_t)queue_id;
    register uint64_t r10 __asm__("r10") = (uint64_t)kind;
    register uint64_t r11 __asm__("r11") = (uint64_t)features;
    register uint64_t r12 __asm__("r12") = (uint64_t)notify_port;
    uint64_t hvlink__dx = t->port;
    switch (t->kind) {
    case HVLINK_TRAP_VMCALL:
        __asm__ __volatile__("vmcall" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12) :  : "memory", "cc");
        break;
    case HVLINK_TRAP_VMMCALL:
        __asm__ __volatile__("vmmcall" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12) :  : "memory", "cc");
        break;
    case HVLINK_TRAP_PORT:
        __asm__ __volatile__("outl %%eax, %%dx" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12), "+d"(hvlink__dx) :  : "memory", "cc");
        break;
    default:
        return -38; /* ENOSYS: no trap */
    }
    {
        const uint64_t hvlink__r[8] = {rax, rdi, rsi, r8, r9, r10, r11, r12};
        return hvlink_control_queue_setup_reply_regs(hvlink__r, out_features, out_doorbell);
    }
}

/* control.queue_teardown's reply from the registers after the trap (regs: rax, rdi, rsi, r8..r12): 0 and the outputs (one whose `when` condition does not hold is absent: not written), or -errno (the host's status, or -EINVAL for a value the spec does not allow; nothing is written then). */
static inline int hvlink_control_queue_teardown_reply_regs(const uint64_t regs[8])
{
    const uint64_t rax = regs[0];
    int st = hvlink__status(rax);
    if (st)
        return st;
    return 0;
}

/* control.queue_teardown by register: in queue-id rsi; out status only. */
static inline int hvlink_control_queue_teardown_call(const struct hvlink_trap *t, uint16_t queue_id)
{
    register uint64_t rax __asm__("rax") = HVLINK_CONTROL_ID | HVLINK_FASTABI_BIT;
    register uint64_t rdi __asm__("rdi") = 5u;
    register uint64_t rsi __asm__("rsi") = (uint64_t)queue_id;
    register uint64_t r8 __asm__("r8") = 0;
    register uint64_t r9 __asm__("r9") = 0;
    register uint64_t r10 __asm__("r10") = 0;
    register uint64_t r11 __asm__("r11") = 0;
    register uint64_t r12 __asm__("r12") = 0;
    uint64_t hvlink__dx = t->port;
    switch (t->kind) {
    case HVLINK_TRAP_VMCALL:
        __asm__ __volatile__("vmcall" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12) :  : "memory", "cc");
        break;
    case HVLINK_TRAP_VMMCALL:
        __asm__ __volatile__("vmmcall" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12) :  : "memory", "cc");
        break;
    case HVLINK_TRAP_PORT:
        __asm__ __volatile__("outl %%eax, %%dx" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12), "+d"(hvlink__dx) :  : "memory", "cc");
        break;
    default:
        return -38; /* ENOSYS: no trap */
    }
    {
        const uint64_t hvlink__r[8] = {rax, rdi, rsi, r8, r9, r10, r11, r12};
        return hvlink_control_queue_teardown_reply_regs(hvlink__r);
    }
}

/* control.cancel's reply from the registers after the trap (regs: rax, rdi, rsi, r8..r12): 0 and the outputs (one whose `when` condition does not hold is absent: not written), or -errno (the host's status, or -EINVAL for a value the spec does not allow; nothing is written then). */
static inline int hvlink_control_cancel_reply_regs(const uint64_t regs[8], uint8_t *out_result)
{
    const uint64_t rax = regs[0];
    const uint64_t rsi = regs[2];
    int st = hvlink__status(rax);
    if (st)
        return st;
    if (!hvlink__reg_fits(rsi, 1u, false))
        return -22;
    if (out_result)
        *out_result = (uint8_t)rsi;
    return 0;
}

/* control.cancel by register: in seq rsi, queue-id r8; out result rsi. */
static inline int hvlink_control_cancel_call(const struct hvlink_trap *t, uint32_t seq, uint16_t queue_id, uint8_t *out_result)
{
    register uint64_t rax __asm__("rax") = HVLINK_CONTROL_ID | HVLINK_FASTABI_BIT;
    register uint64_t rdi __asm__("rdi") = 6u;
    register uint64_t rsi __asm__("rsi") = (uint64_t)seq;
    register uint64_t r8 __asm__("r8") = (uint64_t)queue_id;
    register uint64_t r9 __asm__("r9") = 0;
    register uint64_t r10 __asm__("r10") = 0;
    register uint64_t r11 __asm__("r11") = 0;
    register uint64_t r12 __asm__("r12") = 0;
    uint64_t hvlink__dx = t->port;
    switch (t->kind) {
    case HVLINK_TRAP_VMCALL:
        __asm__ __volatile__("vmcall" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12) :  : "memory", "cc");
        break;
    case HVLINK_TRAP_VMMCALL:
        __asm__ __volatile__("vmmcall" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12) :  : "memory", "cc");
        break;
    case HVLINK_TRAP_PORT:
        __asm__ __volatile__("outl %%eax, %%dx" : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11), "+r"(r12), "+d"(hvlink__dx) :  : "memory", "cc");
        break;
    default:
        return -38; /* ENOSYS: no trap */
    }
    {
        const uint64_t hvlink__r[8] = {rax, rdi, rsi, r8, r9, r10, r11, r12};
        return hvlink_control_cancel_reply_regs(hvlink__r, out_result);
    }
}
#endif /* __x86_64__ */

#ifdef __cplusplus
}
#endif

#endif /* HVLINK_FASTABI_H */
