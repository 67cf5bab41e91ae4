//! The lint rules of SCHEMA.md: the real spec lints clean, and each deliberately broken spec
//! is reported with its file and key path.
#![deny(unsafe_code)]

use hvlink_proto_gen::{check, generate_job, lines, read_dir, workspace_root, Job};

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

/// The errors (not warnings) of one spec file, as printed.
fn errors_of(file: &str, yaml: &str) -> Vec<String> {
    match check(&[(file.to_string(), yaml.to_string())]) {
        Ok(_) => Vec::new(),
        Err(d) => d
            .iter()
            .filter(|d| !d.warning)
            .map(|d| d.to_string())
            .collect(),
    }
}

/// The errors of `t.yaml`.
fn errors(yaml: &str) -> Vec<String> {
    errors_of("t.yaml", yaml)
}

/// `spec` with one replacement, which must apply.
#[track_caller]
fn replaced(spec: &str, from: &str, to: &str) -> String {
    assert!(spec.contains(from), "{from}");
    spec.replacen(from, to, 1)
}

/// `BASE` with one replacement, which must apply.
#[track_caller]
fn broken(from: &str, to: &str) -> String {
    replaced(BASE, from, to)
}

/// `file` with contents `yaml` has the error `want` (among others).
#[track_caller]
fn expect_in(file: &str, yaml: &str, want: &str) {
    let errs = errors_of(file, yaml);
    assert!(
        errs.iter().any(|e| e == want),
        "wanted `{want}`, got {errs:#?}"
    );
}

#[track_caller]
fn expect(yaml: &str, want: &str) {
    expect_in("t.yaml", yaml, want);
}

#[test]
fn base_is_clean() {
    assert_eq!(errors(BASE), Vec::<String>::new());
}

#[test]
fn the_real_spec_lints_clean() {
    let files = read_dir(&workspace_root().join("proto/spec")).unwrap();
    assert_eq!(files.len(), 10);
    let (fams, warnings) = check(&files).unwrap_or_else(|e| panic!("{}", lines(&e)));
    assert_eq!(fams.iter().map(|(_, f)| f.ops.len()).sum::<usize>(), 93);
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

/// A family with one batch op in the shape the serving glue runs (single and batch forms,
/// results with `index` and `status`, a mode with `atomic`).
const BATCH: &str = r#"
name: b
id: 41
msg-type: 0x129
version: 1
doc: Batch test family.
definitions:
  - name: st
    type: enum
    doc: Status.
    entries:
      - { name: okay, value: 0, doc: Fine. }
      - { name: bad, value: -1, doc: Bad. }
      - { name: cancelled, value: -128, doc: Not run. }
  - name: mode
    type: enum
    doc: Mode.
    entries:
      - { name: independent, value: 0, doc: Each alone. }
      - { name: atomic, value: 2, doc: All or none. }
attribute-sets:
  - name: req
    doc: Request.
    forms:
      - { name: single, doc: One., attributes: [x] }
      - { name: batch, doc: Many., attributes: [mode, entry] }
    attributes:
      - { name: x, id: 1, type: u32, required: true, doc: X. }
      - { name: mode, id: 2, type: u8, enum: mode, default: 0, must-understand: true, doc: M. }
      - { name: entry, id: 3, type: nest, nested: ent, repeated: true, max-count: 4, required: true, doc: E. }
  - name: ent
    doc: Entry.
    attributes:
      - { name: x, id: 1, type: u32, required: true, doc: X. }
  - name: rep
    doc: Reply.
    forms:
      - { name: single, doc: One., attributes: [status, out] }
      - { name: batch, doc: Many., attributes: [entry] }
    attributes:
      - { name: status, id: 1, type: s8, enum: st, required: true, doc: S. }
      - { name: out, id: 2, type: u64, when: { status: [okay] }, doc: O. }
      - { name: entry, id: 3, type: nest, nested: res, repeated: true, max-count: 4, required: true, doc: R. }
  - name: res
    doc: Result.
    attributes:
      - { name: index, id: 1, type: u32, required: true, doc: I. }
      - { name: status, id: 2, type: s8, enum: st, required: true, doc: S. }
      - { name: out, id: 3, type: u64, when: { status: [okay] }, doc: O. }
ops:
  - name: go
    id: 0
    doc: Go.
    privilege: logical
    request: req
    reply: rep
    max-reply: 128
    batch: true
    fastabi:
      form: single
      in: { x: rsi }
      out: { status: rsi, out: r8 }
"#;

/// `BATCH` with one replacement has the error `want` at the op's `batch` key.
#[track_caller]
fn expect_batch(from: &str, to: &str, want: &str) {
    expect_in(
        "b.yaml",
        &replaced(BATCH, from, to),
        &format!("b.yaml:ops.go.batch: {want}"),
    );
}

#[test]
fn batch_shape_is_clean_and_generates() {
    assert_eq!(errors_of("b.yaml", BATCH), Vec::<String>::new());
    let job = Job {
        spec_dir: "x",
        rust_dir: "y",
        header: None,
        abi_md: None,
        roundtrip: None,
    };
    let (out, _) = generate_job(&job, &[("b.yaml".to_string(), BATCH.to_string())]).unwrap();
    let rs = &out.iter().find(|o| o.path == "y/b.rs").unwrap().contents;
    for want in [
        "impl rt::BatchEntry for Res {",
        "fn go_single<B: Backend + ?Sized>(",
        "mode == Mode::ATOMIC,",
        "status: St::CANCELLED,",
        "pub fn serve<B: Backend + ?Sized, S: c::Sink>(",
        "pub fn serve_regs<B: Backend + ?Sized>(",
    ] {
        assert!(rs.contains(want), "{want}");
    }
}

#[test]
fn batch_ops_that_do_not_fit_the_pattern() {
    expect_batch(
        "      - { name: index, id: 1, type: u32, required: true, doc: I. }\n",
        "",
        "the result set `res` needs a required u32 attribute `index` (the entry's position)",
    );
    expect_batch(
        "      - { name: cancelled, value: -128, doc: Not run. }\n",
        "",
        "`res.status` needs an enum with entries `okay` and `cancelled`",
    );
    expect_batch(
        "      - { name: out, id: 3, type: u64, when: { status: [okay] }, doc: O. }",
        "      - { name: out, id: 3, type: u64, when: { status: [okay] }, doc: O. }\n      - { name: more, id: 4, type: u8, required: true, doc: M. }",
        "`res.more` cannot be required: a cancelled entry reports only `index` and `status`",
    );
    expect_batch(
        "      - { name: batch, doc: Many., attributes: [mode, entry] }",
        "      - { name: many, doc: Many., attributes: [mode, entry] }",
        "the request set `req` of a batch op has exactly the forms `single` and `batch` (in this order)",
    );
    expect_batch(
        "      - { name: x, id: 1, type: u32, required: true, doc: X. }\n  - name: rep",
        "      - { name: x, id: 1, type: u16, required: true, doc: X. }\n  - name: rep",
        "`req.x` differs from `ent.x` (type, enum, required, default, range or when)",
    );
    expect_batch(
        "      - { name: out, id: 3, type: u64, when: { status: [okay] }, doc: O. }",
        "      - { name: out, id: 3, type: u64, when: { status: [okay] }, doc: O. }\n      - { name: lost, id: 4, type: u8, doc: L. }",
        "`res.lost` has no counterpart in the `single` form of `rep`",
    );
    expect_batch(
        "      - { name: out, id: 3, type: u64, when: { status: [okay] }, doc: O. }",
        "      - { name: out, id: 3, type: string, max-len: 8, doc: O. }",
        "a batch op's results hold scalars only; `res.out` is `string`",
    );
    expect_batch(
        "      - { name: independent, value: 0, doc: Each alone. }\n",
        "      - { name: alone, value: 0, doc: Each alone. }\n",
        "`req.mode` needs an entry `independent` (a single-form request runs as a one-entry independent batch)",
    );
    expect_batch(
        "      form: single\n",
        "      form: batch\n",
        "a batch op's register call carries the `single` form",
    );
}

/// Rule 18 for the toolstack families: a control op's target-domain is required; a
/// device-model op needs a target-domain; a dump needs its cursors and no register form.
#[test]
fn control_targets_device_model_and_dumps() {
    // A control op may name its target, but only as a required u16.
    let ok = broken(
        "      - { name: x, id: 1, type: u32, required: true, doc: X. }",
        "      - { name: x, id: 1, type: u32, required: true, doc: X. }\n      - { name: dom, id: 3, type: u16, required: true, doc: D. }",
    );
    let ok = replaced(
        &ok,
        "    privilege: logical\n",
        "    privilege: control\n    target-domain: dom\n",
    );
    let ok = replaced(
        &ok,
        "      in: { x: rsi, k: r8 }",
        "      in: { x: rsi, k: r8, dom: r9 }",
    );
    assert_eq!(errors(&ok), Vec::<String>::new());
    let optional = replaced(
        &ok,
        "{ name: dom, id: 3, type: u16, required: true, doc: D. }",
        "{ name: dom, id: 3, type: u16, default: 0x7FF0, doc: D. }",
    );
    expect(
        &optional,
        "t.yaml:ops.go.target-domain: `dom` of a control op must be a required, non-repeated u16",
    );
    // device-model without a target.
    expect(
        &broken("    privilege: logical\n", "    privilege: logical\n    device-model: true\n"),
        "t.yaml:ops.go.device-model: device-model needs a target-domain (the target the device model acts on)",
    );
    // A dump without cursors, with a register form.
    let dump = broken(
        "    privilege: logical\n",
        "    privilege: logical\n    dump: true\n",
    );
    expect(
        &dump,
        "t.yaml:ops.go.dump: a dump's request needs an optional, non-repeated u64 `cursor` with default 0",
    );
    expect(
        &dump,
        "t.yaml:ops.go.dump: a dump's reply needs an optional, non-repeated u64 `cursor` (absent in the last part)",
    );
    expect(
        &dump,
        "t.yaml:ops.go.dump: a dump is ring-only and not a batch",
    );
}
