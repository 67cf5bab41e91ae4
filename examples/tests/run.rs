//! Run every example and check what it prints.

use std::process::Command;

fn run(bin: &str) -> String {
    let out = Command::new(bin).output().expect("example runs");
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(
        out.status.success(),
        "{bin} failed: {}\n{stdout}",
        String::from_utf8_lossy(&out.stderr)
    );
    stdout
}

#[test]
fn grant_batch() {
    let out = run(env!("CARGO_BIN_EXE_grant_batch"));
    assert!(out.contains("mapped 1996 of 2000 grants"), "{out}");
    assert!(out.contains("bad-gntref"), "{out}");
    assert!(out.contains("unmapped 1996 of 1996"), "{out}");
}

#[test]
fn async_userspace() {
    let out = run(env!("CARGO_BIN_EXE_async_userspace"));
    assert!(out.contains("batch: 4096 of 4096 grants mapped"), "{out}");
    assert!(out.contains("poll: woke after"), "{out}");
}

#[test]
fn fastabi() {
    let out = run(env!("CARGO_BIN_EXE_fastabi"));
    assert!(out.contains("rax=0x40000020 rdi=4"), "{out}");
    assert!(out.contains("(512 ok)"), "{out}");
}

#[test]
fn compat_toolstack() {
    let out = run(env!("CARGO_BIN_EXE_compat_toolstack"));
    assert!(
        out.contains("old host (demo v1): the host reports demo version Some(1)"),
        "{out}"
    );
    assert!(
        out.contains("refused: host refused paint: eopnotsupp"),
        "{out}"
    );
    assert!(
        out.contains("demo.inspect is not supported by the host (demo version 1)"),
        "{out}"
    );
    assert!(
        out.contains("new host paints object 7 blue, gloss 50 (normal)"),
        "{out}"
    );
    assert!(out.contains("-> green"), "{out}");
}
