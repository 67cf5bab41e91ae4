//! Builds the C half: the generated differential shim (every op's reply parser and encoder)
//! and the hand-written shims of the ERROR parser, the ring and the bench, all against
//! `proto/include`. Under a sanitizer (cargo fuzz) the C is built with clang and the same
//! sanitizer plus libFuzzer's coverage, so the fuzzer sees and checks the C too.

fn main() {
    let inc = "../include";
    let mut b = cc::Build::new();
    b.include(inc)
        .file("csrc/cdiff.c")
        .file("csrc/shims.c")
        .file("csrc/bench.c")
        .flag_if_supported("-std=c11")
        .flag_if_supported("-ffreestanding")
        .warnings(true)
        .extra_warnings(true)
        .flag_if_supported("-Wpedantic")
        .warnings_into_errors(true)
        .opt_level(2);
    let sanitize = std::env::var("CARGO_CFG_SANITIZE").unwrap_or_default();
    if sanitize.contains("address") {
        b.compiler("clang")
            .flag("-fsanitize=address")
            .flag("-fsanitize=undefined")
            .flag("-fsanitize-trap=undefined")
            .flag("-fsanitize-coverage=inline-8bit-counters,pc-table,trace-cmp");
    }
    b.compile("hvlink_clib");
    println!("cargo:rerun-if-changed=csrc");
    println!("cargo:rerun-if-changed={inc}");
    println!("cargo:rerun-if-env-changed=CARGO_CFG_SANITIZE");
}
