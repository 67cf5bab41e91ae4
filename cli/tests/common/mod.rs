//! The harness of the CLI's tests: run the `hvlink` binary as a user runs it, read what it
//! printed, check its exit code, and a temporary directory per test process.

// Each test file uses what it needs of this module.
#![allow(dead_code)]

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

use serde_json::Value;

/// The binary's path.
pub const BIN: &str = env!("CARGO_BIN_EXE_hvlink");

/// `hvlink ARGS…` with an empty stdin, `RUST_LOG` unset.
pub fn hvlink(args: &[&str]) -> Output {
    hvlink_stdin(args, None)
}

/// `hvlink ARGS…` with `stdin` piped in.
pub fn hvlink_stdin(args: &[&str], stdin: Option<&str>) -> Output {
    let mut c = Command::new(BIN);
    c.args(args)
        .env_remove("RUST_LOG")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = c.spawn().expect("run hvlink");
    {
        let mut i = child.stdin.take().unwrap();
        if let Some(s) = stdin {
            i.write_all(s.as_bytes()).unwrap();
        }
    }
    child.wait_with_output().unwrap()
}

/// `hvlink do OP ARGS…`.
pub fn hvlink_do(op: &str, args: &[&str]) -> Output {
    hvlink(&[&["do", op], args].concat())
}

/// What it printed on stdout.
pub fn out(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

/// What it printed on stderr.
pub fn err(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// Its exit code is `want` (else both outputs are shown).
#[track_caller]
pub fn code(o: &Output, want: i32) {
    assert_eq!(
        o.status.code(),
        Some(want),
        "exit code\nstdout:\n{}\nstderr:\n{}",
        out(o),
        err(o)
    );
}

/// Exit code `want`, and `text` in what it printed on stderr.
#[track_caller]
pub fn code_err(o: &Output, want: i32, text: &str) {
    code(o, want);
    assert!(err(o).contains(text), "{text:?} not in stderr:\n{}", err(o));
}

/// Exit code `want`, and `text` in what it printed on stdout.
#[track_caller]
pub fn code_out(o: &Output, want: i32, text: &str) {
    code(o, want);
    assert!(out(o).contains(text), "{text:?} not in stdout:\n{}", out(o));
}

/// Every one of `wants` is in `s`.
#[track_caller]
pub fn contains_all(s: &str, wants: &[&str]) {
    for w in wants {
        assert!(s.contains(w), "missing {w:?} in:\n{s}");
    }
}

/// Its stdout as JSON.
pub fn json(o: &Output) -> Value {
    serde_json::from_slice(&o.stdout).unwrap_or_else(|e| panic!("{e}: {}", out(o)))
}

/// `name` in a directory of this test process.
pub fn tmp(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("hvlink-cli-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir.join(name)
}

/// The single-form map from dom 2 of a ref dom 1 granted in the `grants` scenario.
pub const MAP_SINGLE: &str = r#"{"dom":1,"ref":3,"flags":"host-map","host-addr":4096}"#;
