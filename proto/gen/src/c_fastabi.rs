//! The C library's register calls, `proto/include/hvlink_fastabi.h`: CPUID detection (the
//! twin of `hvlink_guest::trap::detect_with`) and one inline-asm stub per op that has a
//! FastABI mapping, whose asm operands are exactly the registers the spec maps — rax (family
//! in, status out), rdi (op, preserved), the `in` registers, the `out` registers — so that
//! the compiler assumes nothing else changes and nothing else is clobbered.

use std::collections::BTreeMap;
use std::fmt::Write;

use crate::c_parse::field;
use crate::model::{shout, Fam};
use crate::spec::{AttrSet, Attribute, Family, Op};

macro_rules! w {
    ($dst:expr, $($arg:tt)*) => { { let _ = writeln!($dst, $($arg)*); } };
}

const STATIC: &str = r#"/*
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
"#;

fn ctype(ty: &str) -> &'static str {
    match ty {
        "u8" => "uint8_t",
        "u16" => "uint16_t",
        "u32" => "uint32_t",
        "u64" => "uint64_t",
        "s8" => "int8_t",
        "s16" => "int16_t",
        "s32" => "int32_t",
        "s64" => "int64_t",
        _ => "bool",
    }
}

/// The header `hvlink_fastabi.h`.
pub fn header(families: &[&Family], src: &str) -> String {
    let mut o = String::new();
    w!(
        o,
        "// Do not edit: generated from {src} by hvlink-proto-gen; regenerate with `{}`.",
        crate::REGENERATE
    );
    o.push_str(STATIC);
    w!(o, "");
    w!(o, "#if defined(__x86_64__)");
    for f in families {
        let m = Fam::new(f);
        for op in &f.ops {
            if let Some(fa) = &op.fastabi {
                stub(&mut o, &m, op, &fa.inputs, &fa.outputs);
            }
        }
    }
    w!(o, "#endif /* __x86_64__ */");
    w!(o, "");
    w!(o, "#ifdef __cplusplus");
    w!(o, "}}");
    w!(o, "#endif");
    w!(o, "");
    w!(o, "#endif /* HVLINK_FASTABI_H */");
    o
}

fn attr<'a>(s: Option<&'a AttrSet>, name: &str) -> Option<&'a Attribute> {
    s?.attr(name)
}

fn stub(
    o: &mut String,
    m: &Fam<'_>,
    op: &Op,
    ins: &BTreeMap<String, String>,
    outs: &BTreeMap<String, String>,
) {
    let f = m.f;
    let req = m.req(op);
    let rep = m.rep(op);
    // Per register: the C expression it starts with, and the out attribute it ends with.
    let regs = ["rsi", "r8", "r9", "r10", "r11", "r12"];
    let mut init: BTreeMap<&str, String> = BTreeMap::new();
    let mut params = vec!["const struct hvlink_trap *t".to_string()];
    let mut doc_in = Vec::new();
    let mut doc_out = Vec::new();
    // Parameters in register order (rsi, r8, ... r12), as the spec's tables list them.
    let by_reg = |m: &BTreeMap<String, String>| {
        let mut v: Vec<(String, String)> = m.iter().map(|(a, r)| (a.clone(), r.clone())).collect();
        v.sort_by_key(|(a, r)| (crate::model::reg_no(r), a.clone()));
        v
    };
    let ins = by_reg(ins);
    let outs = by_reg(outs);
    for (name, reg) in &ins {
        let Some(a) = attr(req, name) else { continue };
        let n = field(a);
        params.push(format!("{} {n}", ctype(&a.ty)));
        let v = if a.ty.starts_with('s') {
            format!("(uint64_t)(int64_t){n}")
        } else {
            format!("(uint64_t){n}")
        };
        init.insert(reg.as_str(), v);
        doc_in.push(format!("{} {reg}", a.name));
    }
    let mut outputs: Vec<(&Attribute, &str)> = Vec::new();
    let mut out_params = Vec::new();
    for (name, reg) in &outs {
        let Some(a) = attr(rep, name) else { continue };
        out_params.push(format!("{} *out_{}", ctype(&a.ty), field(a)));
        outputs.push((a, reg.as_str()));
        doc_out.push(format!("{} {reg}", a.name));
    }
    params.extend(out_params.iter().cloned());
    let fname = format!("hvlink_{}_{}_call", f.name, op.name);
    let rname = format!("hvlink_{}_{}_reply_regs", f.name, op.name);
    let out_args: Vec<String> = outputs
        .iter()
        .map(|(a, _)| format!("out_{}", field(a)))
        .collect();

    // The reply's registers read and checked apart from the trap: what the stub does after
    // it, and what a guest with a trap of its own (or a test) calls.
    w!(o, "");
    w!(
        o,
        "/* {}.{}'s reply from the registers after the trap (regs: rax, rdi, rsi, r8..r12): 0 and the outputs (one whose `when` condition does not hold is absent: not written), or -errno (the host's status, or -EINVAL for a value the spec does not allow; nothing is written then). */",
        f.name,
        op.name
    );
    let mut rparams = vec!["const uint64_t regs[8]".to_string()];
    rparams.extend(out_params.iter().cloned());
    w!(o, "static inline int {rname}({})", rparams.join(", "));
    w!(o, "{{");
    // Only the registers it reads: the status and the outputs'.
    for (i, r) in ["rax", "rdi", "rsi", "r8", "r9", "r10", "r11", "r12"]
        .iter()
        .enumerate()
    {
        if *r == "rax" || outputs.iter().any(|(_, o)| o == r) {
            w!(o, "    const uint64_t {r} = regs[{i}];");
        }
    }
    w!(o, "    int st = hvlink__status(rax);");
    w!(o, "    if (st)");
    w!(o, "        return st;");
    // Checks first (nothing is written unless every value fits), then the writes.
    for (a, r) in &outputs {
        let (bytes, signed) = if a.ty == "flag" {
            (0, false)
        } else {
            crate::model::width(&a.ty).unwrap_or((8, false))
        };
        let cond = when_cond(m, rep, a, &outputs);
        w!(
            o,
            "    if ({cond}!hvlink__reg_fits({r}, {bytes}u, {}))",
            if signed { "true" } else { "false" }
        );
        w!(o, "        return -22;");
        // The values the spec allows, as the Rust `reply_from_regs` (`rt::unreg`,
        // `unreg_member`) and the C message parser check them: a range, a flag mask, a
        // closed enum's members.
        if let Some(s) = rep.filter(|_| a.ty != "flag") {
            for c in value_checks(m, s, a, r) {
                w!(o, "    if ({cond}({c}))");
                w!(o, "        return -22;");
            }
        }
    }
    for (a, r) in &outputs {
        let n = field(a);
        let v = if a.ty == "flag" {
            format!("{r} != 0")
        } else if a.ty.starts_with('s') {
            format!("({})(int64_t){r}", ctype(&a.ty))
        } else {
            format!("({}){r}", ctype(&a.ty))
        };
        // An output whose `when` condition does not hold is absent (the Rust reply's
        // `None`): not written, so that the caller's value stays.
        let cond = when_cond(m, rep, a, &outputs);
        w!(o, "    if ({cond}out_{n})");
        w!(o, "        *out_{n} = {v};");
    }
    w!(o, "    return 0;");
    w!(o, "}}");
    w!(o, "");
    w!(
        o,
        "/* {}.{} by register{}: in {}; out {}. */",
        f.name,
        op.name,
        fa_form(op),
        if doc_in.is_empty() {
            "nothing".into()
        } else {
            doc_in.join(", ")
        },
        if doc_out.is_empty() {
            "status only".into()
        } else {
            doc_out.join(", ")
        }
    );
    w!(o, "static inline int {fname}({})", params.join(", "));
    w!(o, "{{");
    let fp = format!("HVLINK_{}", shout(&f.name));
    w!(
        o,
        "    register uint64_t rax __asm__(\"rax\") = {fp}_ID | HVLINK_FASTABI_BIT;"
    );
    w!(
        o,
        "    register uint64_t rdi __asm__(\"rdi\") = {}u;",
        op.id
    );
    // Every FastABI register is declared, those the request does not use as 0: the host
    // may write any of them on return (the reply's, or others), and the compiler must not
    // keep a value of its own in one across the trap.
    for r in regs {
        w!(
            o,
            "    register uint64_t {r} __asm__(\"{r}\") = {};",
            init.get(r).cloned().unwrap_or_else(|| "0".into())
        );
    }
    w!(o, "    uint64_t hvlink__dx = t->port;");
    // All of them in and out ("+"); the reply's are read on success only.
    let mut outs_c = vec!["\"+r\"(rax)".to_string(), "\"+r\"(rdi)".to_string()];
    let ins_c: Vec<String> = Vec::new();
    for r in regs {
        outs_c.push(format!("\"+r\"({r})"));
    }
    let asm = |o: &mut String, insn: &str, extra: &str| {
        let mut outs = outs_c.clone();
        if !extra.is_empty() {
            outs.push(extra.to_string());
        }
        w!(
            o,
            "        __asm__ __volatile__(\"{insn}\" : {} : {} : \"memory\", \"cc\");",
            outs.join(", "),
            ins_c.join(", ")
        );
    };
    w!(o, "    switch (t->kind) {{");
    w!(o, "    case HVLINK_TRAP_VMCALL:");
    asm(o, "vmcall", "");
    w!(o, "        break;");
    w!(o, "    case HVLINK_TRAP_VMMCALL:");
    asm(o, "vmmcall", "");
    w!(o, "        break;");
    w!(o, "    case HVLINK_TRAP_PORT:");
    // (The port in rdx, which the VMM may write too.)
    asm(o, "outl %%eax, %%dx", "\"+d\"(hvlink__dx)");
    w!(o, "        break;");
    w!(o, "    default:");
    w!(o, "        return -38; /* ENOSYS: no trap */");
    w!(o, "    }}");
    w!(o, "    {{");
    w!(
        o,
        "        const uint64_t hvlink__r[8] = {{rax, rdi, rsi, r8, r9, r10, r11, r12}};"
    );
    let mut call_args = vec!["hvlink__r".to_string()];
    call_args.extend(out_args);
    w!(o, "        return {rname}({});", call_args.join(", "));
    w!(o, "    }}");
    w!(o, "}}");
}

fn fa_form(op: &Op) -> String {
    match op.fastabi.as_ref().and_then(|f| f.form.as_deref()) {
        Some(f) => format!(" (form {f})"),
        None => String::new(),
    }
}

/// C conditions (each true for a value the spec does not allow) on reply register `r`
/// carrying attribute `a` of `s`, already checked to fit its type.
fn value_checks(m: &Fam<'_>, s: &AttrSet, a: &Attribute, r: &str) -> Vec<String> {
    let t = a.ty.as_str();
    let Some((tlo, thi)) = crate::spec::int_range(t) else {
        return Vec::new();
    };
    let signed = t.starts_with('s');
    // The value as Rust compares it: sign-extended for signed types.
    let val = if signed {
        format!("(int64_t){r}")
    } else {
        r.to_string()
    };
    let lit = crate::c_parse::lit;
    let mut out = Vec::new();
    match crate::rust::values(m, s, a) {
        Some(crate::rust::Values::Mask(mask)) => {
            if signed {
                out.push(format!("{val} < 0"));
            }
            out.push(format!("{r} & ~(uint64_t){mask:#x}ULL"));
        }
        Some(crate::rust::Values::Range(lo, hi)) => {
            if lo > tlo {
                out.push(format!("{val} < {}", lit(t, lo)));
            }
            if hi < thi {
                out.push(format!("{val} > {}", lit(t, hi)));
            }
        }
        None => {}
    }
    if m.member_check(s, a).is_some() {
        out.push(format!("!({})", crate::c_parse::member_any(m, a, &val)));
    }
    out
}

/// For an output with a `when` condition: "the condition holds && " (its register is checked
/// and written only then, as the Rust reply_from_regs reads it only then); "" otherwise.
fn when_cond(
    m: &Fam<'_>,
    rep: Option<&AttrSet>,
    a: &Attribute,
    outputs: &[(&Attribute, &str)],
) -> String {
    let Some(s) = rep else { return String::new() };
    let Some((sel, vals)) = m.when(s, a) else {
        return String::new();
    };
    let Some((_, sr)) = outputs.iter().find(|(x, _)| x.name == sel.name) else {
        // The selector is not in registers: the attribute is never present.
        return "false && ".into();
    };
    let selv = if sel.ty.starts_with('s') {
        format!("(int64_t){sr}")
    } else {
        sr.to_string()
    };
    let conds: Vec<String> = vals
        .iter()
        .map(|v| {
            if sel.ty.starts_with('s') {
                format!("{selv} == ({v}LL)")
            } else {
                format!("{selv} == {:#x}ULL", *v as u64)
            }
        })
        .collect();
    if conds.is_empty() {
        "false && ".into()
    } else {
        format!("({}) && ", conds.join(" || "))
    }
}
