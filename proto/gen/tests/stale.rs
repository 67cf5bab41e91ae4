//! Regenerating from the spec gives exactly the checked-in files: stale output cannot land.
#![deny(unsafe_code)]

#[test]
fn generated_files_are_up_to_date() {
    let root = hvlink_proto_gen::workspace_root();
    let (outputs, _) = hvlink_proto_gen::generate_all(&root)
        .unwrap_or_else(|e| panic!("spec errors:\n{}", hvlink_proto_gen::lines(&e)));
    // Everything the issue asks for is among the outputs.
    for p in [
        "proto/src/generated/mod.rs",
        "proto/src/generated/grant_table.rs",
        "proto/include/hvlink.h",
        "docs/ABI.md",
        "proto/tests/generated_roundtrip.rs",
        "proto/compat/src/v1/mod.rs",
        "proto/compat/src/v1/demo.rs",
        "proto/compat/src/v2/mod.rs",
        "proto/compat/src/v2/demo.rs",
        "proto/wireshark/hvlink.lua",
        "proto/src/serde_sets.rs",
    ] {
        assert!(outputs.iter().any(|o| o.path == p), "{p} is not generated");
    }
    let stale = hvlink_proto_gen::stale(&root, &outputs);
    assert!(
        stale.is_empty(),
        "stale generated files (regenerate with `{}`): {stale:?}",
        hvlink_proto_gen::REGENERATE
    );
}
