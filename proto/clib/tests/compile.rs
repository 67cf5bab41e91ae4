//! The C library is freestanding C99, C11 and C++: every header, and the code that uses all
//! of them (the differential shim calls every parser and encoder; the C KVM guest the ring
//! and the register stubs), compiles without a warning with gcc and clang as C99 and C11
//! with `-ffreestanding -nostdlib -Wall -Wextra -Wpedantic -Werror`, and with g++ and
//! clang++ as C++11 and C++17. A missing compiler fails the test (CI installs clang).

use std::path::{Path, PathBuf};
use std::process::Command;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn sources() -> Vec<PathBuf> {
    let r = root();
    vec![
        r.join("proto/clib/csrc/cdiff.c"),
        r.join("proto/clib/csrc/shims.c"),
        r.join("proto/clib/csrc/bench.c"),
        r.join("examples/kvm-guest-c/main.c"),
    ]
}

/// A compilation that did not pass: the command and what the compiler said.
#[derive(Debug)]
struct CompileError {
    command: String,
    output: String,
}

impl std::fmt::Display for CompileError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:\n{}", self.command, self.output)
    }
}

fn compile(cc: &str, args: &[&str], src: &Path) -> Result<(), CompileError> {
    let r = root();
    let out = Command::new(cc)
        .args(args)
        .args([
            "-ffreestanding",
            "-nostdlib",
            "-Wall",
            "-Wextra",
            "-Wpedantic",
            "-Werror",
            "-O2",
            "-c",
            "-o",
            "/dev/null",
        ])
        .arg("-I")
        .arg(r.join("proto/include"))
        .arg("-I")
        .arg(r.join("examples/kvm-guest-c"))
        .arg(src)
        .output()
        .map_err(|e| CompileError {
            command: format!("{cc} {args:?} {}", src.display()),
            output: format!("{cc} cannot be run ({e}); install it (.ci/run does)"),
        })?;
    if out.status.success() {
        Ok(())
    } else {
        Err(CompileError {
            command: format!("{cc} {args:?} {}", src.display()),
            output: String::from_utf8_lossy(&out.stderr).into_owned(),
        })
    }
}

fn matrix(cc: &str, modes: &[&[&str]]) {
    let mut errors = Vec::new();
    let mut n = 0;
    for mode in modes {
        for src in sources() {
            n += 1;
            if let Err(e) = compile(cc, mode, &src) {
                errors.push(e);
            }
        }
    }
    let report: Vec<String> = errors.iter().map(|e| e.to_string()).collect();
    assert!(errors.is_empty(), "{}", report.join("\n"));
    eprintln!("{cc}: {n} compilations clean");
}

const C: &[&[&str]] = &[&["-std=c99"], &["-std=c11"]];
const CXX: &[&[&str]] = &[&["-x", "c++", "-std=c++11"], &["-x", "c++", "-std=c++17"]];

#[test]
fn gcc_c99_c11() {
    matrix("gcc", C);
}

#[test]
fn clang_c99_c11() {
    matrix("clang", C);
}

#[test]
fn gxx_cxx11_cxx17() {
    matrix("g++", CXX);
}

#[test]
fn clangxx_cxx11_cxx17() {
    matrix("clang++", CXX);
}

/// The complete example of docs/C.md compiles as it stands (gcc and clang, C99, freestanding).
#[test]
fn doc_example_compiles() {
    let doc = std::fs::read_to_string(root().join("docs/C.md")).unwrap();
    let start = doc.find("```c\n").expect("docs/C.md has a C example") + 5;
    let end = start + doc[start..].find("```").unwrap();
    let dir = std::env::temp_dir().join(format!("hvlink-c-doc-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let src = dir.join("example.c");
    std::fs::write(&src, &doc[start..end]).unwrap();
    for cc in ["gcc", "clang"] {
        compile(cc, &["-std=c99"], &src).unwrap_or_else(|e| panic!("{e}"));
    }
    let _ = std::fs::remove_dir_all(&dir);
}

/// Every register stub hands the trap all eight FastABI registers in and out (`"+r"`, no
/// input-only operand): the host may write any of them on return, and a register the
/// compiler believed unchanged across the trap would silently corrupt the caller (the
/// stubs declared only the reply's registers as outputs; a review found it).
#[test]
fn every_register_stub_declares_all_fastabi_registers_written() {
    let h = std::fs::read_to_string(root().join("proto/include/hvlink_fastabi.h")).unwrap();
    let traps: Vec<&str> = h
        .lines()
        .filter(|l| {
            l.contains("__asm__ __volatile__(\"vmcall\"")
                || l.contains("__asm__ __volatile__(\"vmmcall\"")
                || l.contains("__asm__ __volatile__(\"outl")
        })
        .collect();
    assert!(traps.len() > 30, "{} trap statements", traps.len());
    for t in &traps {
        let parts: Vec<&str> = t.split(" : ").collect();
        assert!(parts.len() >= 4, "{t}");
        let (outs, ins) = (parts[1], parts[2]);
        for r in ["rax", "rdi", "rsi", "r8", "r9", "r10", "r11", "r12"] {
            assert!(
                outs.contains(&format!("\"+r\"({r})")),
                "{r} not written in: {t}"
            );
        }
        assert!(ins.trim().is_empty(), "an input-only operand in: {t}");
        if t.contains("outl") {
            assert!(
                outs.contains("\"+d\"("),
                "the port register not written in: {t}"
            );
        }
    }
}
