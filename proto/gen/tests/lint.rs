//! The lint rules of SCHEMA.md: the real spec lints clean, and each deliberately broken spec
//! is reported with its file and key path.

use hvlink_proto_gen::{check, generate_job, read_dir, workspace_root, Job};

const BASE: &str = r#"
name: t
id: 40
msg-type: 0x128
version: 1
doc: Test family.
definitions:
  - name: kind
    type: enum
    doc: Kinds.
    entries:
      - { name: a, value: 0, doc: A. }
      - { name: b, value: 1, doc: B. }
attribute-sets:
  - name: req
    doc: Request.
    attributes:
      - { name: x, id: 1, type: u32, required: true, doc: X. }
      - { name: k, id: 2, type: u8, enum: kind, default: 0, doc: K. }
  - name: rep
    doc: Reply.
    attributes:
      - { name: y, id: 1, type: u64, required: true, doc: Y. }
ops:
  - name: go
    id: 0
    doc: Go.
    privilege: logical
    request: req
    reply: rep
    max-reply: 12
    fastabi:
      in: { x: rsi, k: r8 }
      out: { y: rsi }
"#;

/// The errors (not warnings) of one file `t.yaml`, as printed.
fn errors(yaml: &str) -> Vec<String> {
    match check(&[("t.yaml".to_string(), yaml.to_string())]) {
        Ok(_) => Vec::new(),
        Err(d) => d
            .iter()
            .filter(|d| !d.warning)
            .map(|d| d.to_string())
            .collect(),
    }
}

/// `BASE` with one replacement, which must apply.
fn broken(from: &str, to: &str) -> String {
    assert!(BASE.contains(from), "{from}");
    BASE.replacen(from, to, 1)
}

#[track_caller]
fn expect(yaml: &str, want: &str) {
    let errs = errors(yaml);
    assert!(
        errs.iter().any(|e| e == want),
        "wanted `{want}`, got {errs:#?}"
    );
}

#[test]
fn base_is_clean() {
    assert_eq!(errors(BASE), Vec::<String>::new());
}

#[test]
fn the_real_spec_lints_clean() {
    let files = read_dir(&workspace_root().join("proto/spec")).unwrap();
    assert_eq!(files.len(), 8);
    let (fams, warnings) = check(&files).unwrap_or_else(|e| {
        panic!(
            "{}",
            e.iter()
                .map(|d| d.to_string())
                .collect::<Vec<_>>()
                .join("\n")
        )
    });
    assert_eq!(fams.iter().map(|(_, f)| f.ops.len()).sum::<usize>(), 71);
    let w: Vec<String> = warnings.iter().map(|d| d.to_string()).collect();
    assert_eq!(
        w,
        [
            "control.yaml:definitions.errno: warning: no attribute uses this definition (emitted as constants only)",
            "control.yaml:definitions.special-domid: warning: no attribute uses this definition (emitted as constants only)",
        ]
    );
}

#[test]
fn duplicate_ids() {
    expect(
        &broken("{ name: k, id: 2,", "{ name: k, id: 1,"),
        "t.yaml:attribute-sets.req.attributes.k: attribute id 1 is not unique in the set",
    );
    let two_ops = format!(
        "{BASE}  - {{ name: again, id: 0, doc: Again., privilege: logical, max-reply: 0, ring-only: Test. }}\n"
    );
    expect(
        &two_ops,
        "t.yaml:ops.again: op id 0 is not unique in the family",
    );
    // Across files.
    let other = BASE.replace("name: t\n", "name: u\n");
    let d = check(&[
        ("t.yaml".to_string(), BASE.to_string()),
        ("u.yaml".to_string(), other),
    ])
    .unwrap_err();
    let d: Vec<String> = d.iter().map(|d| d.to_string()).collect();
    assert!(
        d.contains(&"u.yaml:id: id is also used by t.yaml".to_string()),
        "{d:?}"
    );
    assert!(
        d.contains(&"u.yaml:msg-type: msg-type is also used by t.yaml".to_string()),
        "{d:?}"
    );
}

#[test]
fn register_clash() {
    expect(
        &broken("in: { x: rsi, k: r8 }", "in: { x: rsi, k: rsi }"),
        "t.yaml:ops.go.fastabi.in: register rsi is used by k, x (only attributes with disjoint `when` entries of one selector, mapped in the same direction, may share a register)",
    );
}

#[test]
fn rax_and_rdi_cannot_be_mapped() {
    expect(
        &broken("in: { x: rsi, k: r8 }", "in: { x: rax, k: r8 }"),
        "t.yaml:ops.go.fastabi.in.x: rax is reserved (rax: family and status, rdi: op) and cannot be mapped",
    );
    expect(
        &broken("out: { y: rsi }", "out: { y: rdi }"),
        "t.yaml:ops.go.fastabi.out.y: rdi is reserved (rax: family and status, rdi: op) and cannot be mapped",
    );
    expect(
        &broken("out: { y: rsi }", "out: { y: r13 }"),
        "t.yaml:ops.go.fastabi.out.y: `r13` is not a register (rsi r8 r9 r10 r11 r12)",
    );
}

#[test]
fn unknown_type() {
    expect(
        &broken("type: u32, required: true, doc: X.", "type: u128, required: true, doc: X."),
        "t.yaml:attribute-sets.req.attributes.x.type: unknown type `u128` (one of u8, u16, u32, u64, s8, s16, s32, s64, flag, binary, string, nest)",
    );
}

#[test]
fn reply_over_its_bound() {
    expect(
        &broken("max-reply: 12", "max-reply: 8"),
        "t.yaml:ops.go: reply can encode to 12 bytes, more than max-reply 8",
    );
}

#[test]
fn missing_nested_set_and_nest_rules() {
    let y = broken(
        "      - { name: k, id: 2,",
        "      - { name: n, id: 3, type: nest, nested: nope, doc: N. }\n      - { name: k, id: 2,",
    );
    expect(
        &y,
        "t.yaml:attribute-sets.req.attributes.n.nested: nested set `nope` does not exist in the family",
    );
    let y = broken(
        "      - { name: k, id: 2,",
        "      - { name: n, id: 3, type: nest, doc: N. }\n      - { name: k, id: 2,",
    );
    expect(
        &y,
        "t.yaml:attribute-sets.req.attributes.n: a nest needs `nested` (the set of its payload)",
    );
    // A cycle: rep nests itself.
    let y = broken(
        "      - { name: y, id: 1, type: u64, required: true, doc: Y. }",
        "      - { name: y, id: 1, type: u64, required: true, doc: Y. }\n      - { name: me, id: 2, type: nest, nested: rep, doc: Me. }",
    );
    expect(
        &y,
        "t.yaml:attribute-sets.rep: nesting is deeper than 10 levels (or cyclic)",
    );
}

#[test]
fn repeated_without_max_count() {
    let y = broken(
        "      - { name: k, id: 2,",
        "      - { name: z, id: 3, type: u32, repeated: true, doc: Z. }\n      - { name: k, id: 2,",
    );
    expect(
        &y,
        "t.yaml:attribute-sets.req.attributes.z: a repeated attribute needs max-count",
    );
}

#[test]
fn misspelt_key_is_an_error_with_its_path() {
    let errs = errors(&broken("max-reply: 12", "max-replyy: 12"));
    assert_eq!(errs.len(), 1, "{errs:?}");
    assert!(
        errs[0].starts_with("t.yaml:ops[0]: unknown field `max-replyy`"),
        "{errs:?}"
    );
}

#[test]
fn required_attribute_must_be_mapped() {
    expect(
        &broken("in: { x: rsi, k: r8 }", "in: { k: r8 }"),
        "t.yaml:ops.go.fastabi.in: required attribute `x` is not mapped to a register",
    );
}

#[test]
fn enum_default_and_versions() {
    expect(
        &broken("enum: kind, default: 0", "enum: kind, default: 5"),
        "t.yaml:attribute-sets.req.attributes.k.default: default 5 is not an entry of closed enum `kind`",
    );
    expect(
        &broken(
            "type: u32, required: true, doc: X.",
            "type: u32, required: true, since: 2, doc: X.",
        ),
        "t.yaml:attribute-sets.req.attributes.x.since: since 2 is outside 1..=1",
    );
    expect(
        &broken("type: u8, enum: kind, default: 0", "type: u8, enum: nokind, default: 0"),
        "t.yaml:attribute-sets.req.attributes.k.enum: definition `nokind` does not exist in the family",
    );
}

#[test]
fn fastabi_xor_ring_only() {
    expect(
        &broken(
            "    max-reply: 12\n",
            "    max-reply: 12\n    ring-only: Because.\n",
        ),
        "t.yaml:ops.go: an op has either fastabi or ring-only, not both",
    );
}

#[test]
fn when_needs_an_enum_selector() {
    let y = broken(
        "      - { name: k, id: 2,",
        "      - { name: w, id: 3, type: u32, when: { x: [a] }, doc: W. }\n      - { name: k, id: 2,",
    );
    expect(
        &y,
        "t.yaml:attribute-sets.req.attributes.w.when: selector `x` has no enum definition",
    );
}

#[test]
fn every_error_is_collected_and_nothing_is_generated() {
    let y = broken("max-reply: 12", "max-reply: 8")
        .replacen("{ name: k, id: 2,", "{ name: k, id: 1,", 1)
        .replacen("type: u64", "type: u65", 1);
    let errs = errors(&y);
    assert!(errs.len() >= 3, "{errs:#?}");
    let job = Job {
        spec_dir: "test",
        rust_dir: "out",
        header: Some("out/h.h"),
        abi_md: Some("out/ABI.md"),
        roundtrip: None,
    };
    assert!(generate_job(&job, &[("t.yaml".to_string(), y)]).is_err());
    let (out, _) = generate_job(&job, &[("t.yaml".to_string(), BASE.to_string())]).unwrap();
    let paths: Vec<&str> = out.iter().map(|o| o.path.as_str()).collect();
    assert_eq!(paths, ["out/t.rs", "out/mod.rs", "out/h.h", "out/ABI.md"]);
    assert!(out[0].contents.starts_with(
        "// Do not edit: generated from test/t.yaml by hvlink-proto-gen; regenerate with `cargo run -p hvlink-proto-gen`."
    ));
}
