//! The generated round-trip test of every op: for each op (and each form of its request), a
//! request and a reply with non-trivial values chosen from the spec (ranges, closed enums,
//! flag masks, `when` conditions, string lengths, batches of several entries) go through
//! encode → decode on a ring, and for ops with a FastABI mapping through to_regs →
//! from_regs and write_regs → from_regs; registers with bits above an attribute's width are
//! rejected.

use std::collections::BTreeMap;
use std::fmt::Write;

use crate::model::{camel, rust_int, snake, Fam, Shape};
use crate::spec::{int_range, int_width, AttrSet, Attribute, DefaultValue, Family, Op};

macro_rules! w {
    ($dst:expr, $($arg:tt)*) => { { let _ = writeln!($dst, $($arg)*); } };
}

struct Gen<'m, 'f> {
    m: &'m Fam<'f>,
    pre: Vec<String>,
    n: usize,
}

fn pattern(ty: &str) -> i128 {
    match ty {
        "u8" => 0xa5,
        "u16" => 0xbeef,
        "u32" => 0xdead_beef,
        "u64" => 0x0123_4567_89ab_cdef,
        "s8" => -5,
        "s16" => -1234,
        "s32" => -123_456,
        _ => -1_234_567_890_123,
    }
}

impl Gen<'_, '_> {
    fn int_val(&self, s: &AttrSet, a: &Attribute, chosen: &BTreeMap<String, i128>) -> i128 {
        if let Some(v) = chosen.get(&a.name) {
            return *v;
        }
        let default = match a.default {
            Some(DefaultValue::Int(n)) => Some(n.get()),
            _ => None,
        };
        if let Some(d) = a.enumeration.as_deref().and_then(|e| self.m.f.def(e)) {
            if d.ty == "flags" {
                return d.entries.iter().fold(0, |m, e| m | e.value.get());
            }
            return d
                .entries
                .iter()
                .rev()
                .map(|e| e.value.get())
                .find(|v| Some(*v) != default)
                .unwrap_or(0);
        }
        let (tlo, thi) = int_range(&a.ty).unwrap_or((0, 0));
        let lo = a.min_value.map_or(tlo, |v| v.get());
        let hi = a.max_value.map_or(thi, |v| v.get());
        let p = pattern(&a.ty);
        let _ = s;
        [p, hi, lo]
            .into_iter()
            .find(|v| *v >= lo && *v <= hi && Some(*v) != default)
            .unwrap_or(hi)
    }

    fn int_expr(&self, a: &Attribute, v: i128) -> String {
        match self.m.newtype(a) {
            Some(t) => format!("{t}({v})"),
            None => format!("{v}{}", rust_int(&a.ty)),
        }
    }

    fn elem(&mut self, s: &AttrSet, a: &Attribute, chosen: &BTreeMap<String, i128>) -> String {
        match a.ty.as_str() {
            "flag" => "true".into(),
            "string" => {
                let n = 6i64.clamp(a.min_len.unwrap_or(0), a.max_len.unwrap_or(6)) as usize;
                let s: String = "hvlink".chars().cycle().take(n).collect();
                format!("{s:?}")
            }
            "binary" => {
                let n = 5i64.clamp(a.min_len.unwrap_or(0), a.max_len.unwrap_or(5)) as usize;
                let v: Vec<String> = (0..n).map(|i| format!("{}", (i * 37 + 1) % 256)).collect();
                format!("&[{}]", v.join(", "))
            }
            "nest" => {
                let inner = self.m.set(a.nested.as_deref().unwrap_or_default());
                let first = inner
                    .forms
                    .as_deref()
                    .and_then(|f| f.first())
                    .map(|f| f.name.clone());
                self.set_expr(inner, first.as_deref(), None)
            }
            _ => {
                let v = self.int_val(s, a, chosen);
                self.int_expr(a, v)
            }
        }
    }

    /// An expression building `s` in `form`; with `regs`, only the mapped attributes are
    /// present (as a register call carries them).
    fn set_expr(
        &mut self,
        s: &AttrSet,
        form: Option<&str>,
        regs: Option<&BTreeMap<String, String>>,
    ) -> String {
        let m = self.m;
        // Selector values: the first entry of the first `when` naming each selector.
        let mut chosen: BTreeMap<String, i128> = BTreeMap::new();
        for a in &s.attributes {
            if let Some((sel, vals)) = m.when(s, a) {
                if let Some(v) = vals.first() {
                    chosen.entry(sel.name.clone()).or_insert(*v);
                }
            }
        }
        let field = |g: &mut Self, a: &Attribute| -> String {
            let mapped = regs.is_none_or(|r| r.contains_key(&a.name));
            let when_ok = match m.when(s, a) {
                Some((sel, vals)) => chosen.get(&sel.name).is_some_and(|v| vals.contains(v)),
                None => true,
            };
            let include = mapped && when_ok;
            let shape = m.shape(s, a);
            if !include {
                return match shape {
                    Shape::Default => m.default_expr(a),
                    Shape::Opt => "None".into(),
                    Shape::Flag => "false".into(),
                    Shape::List => "hvlink_proto::rt::List::new(&[])".into(),
                    Shape::Plain => g.elem(s, a, &chosen),
                };
            }
            match shape {
                Shape::Plain | Shape::Default => g.elem(s, a, &chosen),
                Shape::Opt => format!("Some({})", g.elem(s, a, &chosen)),
                Shape::Flag => "true".into(),
                Shape::List => {
                    let count = if regs.is_some() {
                        1
                    } else {
                        a.max_count.unwrap_or(1).min(3)
                    };
                    let items: Vec<String> = (0..count).map(|_| g.elem(s, a, &chosen)).collect();
                    g.n += 1;
                    let name = format!("list_{}", g.n);
                    g.pre.push(format!("let {name} = [{}];", items.join(", ")));
                    format!("hvlink_proto::rt::List::new(&{name})")
                }
            }
        };
        let mut parts = Vec::new();
        for a in s.attributes.iter().filter(|a| s.form_of(&a.name).is_none()) {
            let v = field(self, a);
            parts.push(format!("{}: {v}", snake(&a.name)));
        }
        if let Some(forms) = &s.forms {
            let f = forms
                .iter()
                .find(|f| Some(f.name.as_str()) == form)
                .unwrap_or(&forms[0]);
            let mut fp = Vec::new();
            for n in &f.attributes {
                if let Some(a) = s.attr(n) {
                    let v = field(self, a);
                    fp.push(format!("{}: {v}", snake(n)));
                }
            }
            parts.push(format!(
                "form: {}Form::{} {{ {} }}",
                camel(&s.name),
                camel(&f.name),
                fp.join(", ")
            ));
        }
        format!("{} {{ {} }}", camel(&s.name), parts.join(", "))
    }
}

const HELPERS: &str = r#"/// A request and a reply through whole ring messages: both decode to what was encoded,
/// the reply fits the op's max-reply, and the op is found by (msg-type, cmd).
macro_rules! ring {
    ($op:ty, $req_set:ty, $rep_set:ty, $req:expr, $rep:expr) => {{
        let req = $req;
        let rep = $rep;
        let desc = <$op as Op>::DESC;
        let mut buf = vec![0u8; 70_000];
        let mut b = Builder::new(SliceSink::new(&mut buf));
        let n = <$op as Op>::write_request(&mut b, 0x1234, 7, &req).unwrap();
        let msg = Message::parse(&buf[..n]).unwrap();
        let (g, attrs) = msg.genl().unwrap();
        assert_eq!((msg.header().seq, msg.header().port, g.cmd), (0x1234, 7, desc.id));
        match hvlink_proto::lookup_msg(msg.message_type().0, g.cmd) {
            Ok(d) => assert!(std::ptr::eq(d, desc)),
            Err(e) => {
                assert!(desc.register_only.is_some());
                assert_eq!(e, hvlink_proto::Errno::EOPNOTSUPP);
            }
        }
        assert_eq!(<$req_set>::decode(attrs).unwrap(), req);
        let mut buf = vec![0u8; 70_000];
        let mut b = Builder::new(SliceSink::new(&mut buf));
        let n = <$op as Op>::write_reply(&mut b, 0x1234, 7, &rep).unwrap();
        assert!(n - 20 <= desc.max_reply as usize, "reply of {} is {} bytes", desc.name, n - 20);
        let msg = Message::parse(&buf[..n]).unwrap();
        let (_, attrs) = msg.genl().unwrap();
        assert_eq!(<$rep_set>::decode(attrs).unwrap(), rep);
    }};
}

/// The register path both ways; evaluates to the request's registers.
macro_rules! regs {
    ($op:ty, $req:expr, $rep:expr) => {{
        let req = $req;
        let rep = $rep;
        let desc = <$op as Op>::DESC;
        let r = <$op as FastAbi>::to_regs(&req).unwrap();
        assert_eq!(r.rax, desc.family_id as u64 | rt::FASTABI_BIT);
        assert_eq!(r.rdi, desc.id as u64);
        assert!(std::ptr::eq(hvlink_proto::lookup_regs(r.rax, r.rdi).unwrap(), desc));
        assert_eq!(<$op as FastAbi>::request_from_regs(&r).unwrap(), req);
        let mut out = rt::Regs { rax: 0xdead, ..rt::Regs::default() };
        <$op as FastAbi>::write_regs(&rep, &mut out).unwrap();
        assert_eq!(out.rax, 0);
        assert_eq!(<$op as FastAbi>::reply_from_regs(&out).unwrap(), rep);
        r
    }};
}

"#;

/// The test file.
pub fn roundtrip(families: &[&Family], header: &str) -> String {
    let mut o = String::new();
    w!(o, "{header}");
    w!(o, "//! Every op of every family round-trips through encode/decode on a ring and, where it has");
    w!(
        o,
        "//! a FastABI mapping, through the register path; bad register values are rejected."
    );
    w!(o, "");
    w!(
        o,
        "#![allow(clippy::unusual_byte_groupings, clippy::bool_assert_comparison)]"
    );
    w!(o, "");
    w!(
        o,
        "use hvlink_proto::codec::{{Builder, Message, SliceSink}};"
    );
    w!(o, "use hvlink_proto::rt::{{self, AttrSet, FastAbi, Op}};");
    w!(o, "");
    o.push_str(HELPERS);
    w!(o, "#[test]");
    w!(o, "fn every_family_and_op_is_listed() {{");
    let n_ops: usize = families.iter().map(|f| f.ops.len()).sum();
    w!(
        o,
        "    assert_eq!(hvlink_proto::FAMILIES.len(), {});",
        families.len()
    );
    w!(o, "    assert_eq!(hvlink_proto::FAMILIES.iter().map(|f| f.ops.len()).sum::<usize>(), {n_ops});");
    w!(o, "}}");
    for f in families {
        let m = Fam::new(f);
        w!(o, "");
        w!(o, "mod {} {{", f.name);
        w!(o, "    use super::*;");
        w!(o, "    use hvlink_proto::{}::*;", f.name);
        for op in &f.ops {
            op_tests(&mut o, &m, op);
        }
        w!(o, "}}");
    }
    // Every set's decoder against its published policy (proto/tests/support).
    w!(o, "");
    w!(o, "#[path = \"support/policy_agreement.rs\"]");
    w!(o, "mod policy_agreement;");
    w!(o, "");
    w!(
        o,
        "/// Every set's specialised decoder agrees with the policy table it publishes (see"
    );
    w!(o, "/// `support/policy_agreement.rs`).");
    w!(o, "#[test]");
    w!(o, "fn every_set_decodes_as_its_policy_says() {{");
    w!(o, "    let sets = [");
    for f in families {
        for st in &f.attribute_sets {
            w!(
                o,
                "        decoders!(hvlink_proto::{}::{}),",
                f.name,
                camel(&st.name)
            );
        }
    }
    w!(o, "        decoders!(rt::Empty),");
    w!(o, "    ];");
    w!(o, "    policy_agreement::check_all(&sets, 200);");
    w!(o, "}}");
    o
}

fn forms_of(s: Option<&AttrSet>) -> Vec<Option<String>> {
    match s.and_then(|s| s.forms.as_ref()) {
        Some(f) => f.iter().map(|f| Some(f.name.clone())).collect(),
        None => vec![None],
    }
}

fn op_tests(o: &mut String, m: &Fam<'_>, op: &Op) {
    let ty = &m.op_ty[&op.name];
    let req = m.req(op);
    let rep = m.rep(op);
    let forms = {
        let mut v = forms_of(req);
        if v == [None] {
            v = forms_of(rep);
        }
        v
    };
    for form in &forms {
        let mut g = Gen {
            m,
            pre: Vec::new(),
            n: 0,
        };
        let req_e = req.map_or("rt::Empty".into(), |s| g.set_expr(s, form.as_deref(), None));
        let rep_e = rep.map_or("rt::Empty".into(), |s| g.set_expr(s, form.as_deref(), None));
        let name = match form {
            Some(f) => format!("{}_{}", op.name, f.replace('-', "_")),
            None => op.name.clone(),
        };
        w!(o, "");
        w!(o, "    #[test]");
        w!(o, "    fn {name}_ring() {{");
        for p in &g.pre {
            w!(o, "        {p}");
        }
        let rs = req.map_or("rt::Empty".into(), |s| m.set_ty(s, "'_"));
        let ps = rep.map_or("rt::Empty".into(), |s| m.set_ty(s, "'_"));
        w!(o, "        ring!({ty}, {rs}, {ps}, {req_e}, {rep_e});");
        w!(o, "    }}");
    }
    let Some(fa) = &op.fastabi else { return };
    let mut g = Gen {
        m,
        pre: Vec::new(),
        n: 0,
    };
    let form = fa.form.as_deref();
    let req_e = req.map_or("rt::Empty".into(), |s| {
        g.set_expr(s, form, Some(&fa.inputs))
    });
    let rep_e = rep.map_or("rt::Empty".into(), |s| {
        g.set_expr(s, form, Some(&fa.outputs))
    });
    w!(o, "");
    w!(o, "    #[test]");
    w!(o, "    fn {}_regs() {{", op.name);
    for p in &g.pre {
        w!(o, "        {p}");
    }
    // Bad registers: bits above the width.
    let mut bad_checks = Vec::new();
    if let Some(s) = req {
        for (name, reg) in &fa.inputs {
            let Some(a) = s.attr(name) else { continue };
            let bad = match (a.ty.as_str(), int_width(&a.ty)) {
                ("flag", _) => Some("2".to_string()),
                (_, Some((w, _))) if w < 8 => Some(format!("r.{reg} ^ (1 << {})", w * 8 + 3)),
                _ => None,
            };
            if let Some(bad) = bad {
                bad_checks.push(format!(
                    "        let bad = rt::Regs {{ {reg}: {bad}, ..r }};"
                ));
                bad_checks.push(format!(
                    "        assert_eq!(<{ty} as FastAbi>::request_from_regs(&bad), Err(hvlink_proto::Errno::EINVAL), \"{name} in {reg}\");"
                ));
            }
        }
    }
    if bad_checks.is_empty() {
        w!(o, "        regs!({ty}, {req_e}, {rep_e});");
    } else {
        w!(o, "        let r = regs!({ty}, {req_e}, {rep_e});");
        for l in bad_checks {
            w!(o, "{l}");
        }
    }
    w!(o, "    }}");
}
