//! `proto/wireshark/hvlink.lua`: the Wireshark dissector, generated from the spec.
//!
//! The file has two parts: a table of every family the spec has (ops, attribute sets with
//! each attribute's id, name, type, enum or flags, nest and doc, definitions with their
//! entries) — the generated part — and a fixed interpreter of that table (`RUNTIME`) that
//! declares one Wireshark field per attribute and registers a dissector per family with
//! Wireshark's generic netlink dissector (dissector table `genl.family`, which learns family
//! names from the nlctrl NEWFAMILY records a capture starts with). It also dissects the
//! register-call records (`hvlink_regs`) and, as a post-dissector, what the stock netlink
//! dissector leaves out: the record's domain and queue, hvlink's header flags (PROGRESS,
//! MULTI parts) and the ERROR's extended ack, resolved against the request it answers.
//!
//! Field names: `hvlink.<family>.<attribute-set>.<attribute>` (kebab-case turned into
//! snake_case), flags entries `hvlink.<family>.<definition>.<entry>`; the rest is listed in
//! the file's header comment.

use std::fmt::Write;

use crate::spec::{Family, REGISTERS};

macro_rules! w {
    ($dst:expr, $($arg:tt)*) => { { let _ = writeln!($dst, $($arg)*); } };
}

/// Where the dissector is written.
pub const PATH: &str = "proto/wireshark/hvlink.lua";

/// The spec directories whose families the dissector knows (a family id in more than one:
/// the first directory's): the ABI, and the compatibility
/// tests' family `demo` in its newest version (a superset of v1), which `hvlink demo` serves.
pub const SOURCES: &[&str] = &["proto/spec", "proto/compat/spec/v2"];

/// A Lua string literal.
fn lstr(s: &str) -> String {
    let mut o = String::with_capacity(s.len() + 2);
    o.push('"');
    for c in s.split_whitespace().collect::<Vec<_>>().join(" ").chars() {
        match c {
            '"' => o.push_str("\\\""),
            '\\' => o.push_str("\\\\"),
            c => o.push(c),
        }
    }
    o.push('"');
    o
}

/// A Lua number for an integer of the spec (all of them are below 2^53 in magnitude; the
/// lint rules bound them by their types, and 64-bit values that large are written in hex
/// strings for `UInt64.fromhex`).
fn lnum(v: i128) -> String {
    if v.unsigned_abs() < (1u128 << 53) {
        v.to_string()
    } else {
        format!("\"{:x}\"", v as u64)
    }
}

/// The generated table of `families`.
fn spec_table(o: &mut String, families: &[&Family]) {
    w!(o, "local SPEC = {{");
    for f in families {
        w!(
            o,
            "  {{ name = {}, id = {}, msg_type = {}, version = {}, doc = {},",
            lstr(&f.name),
            f.id,
            f.msg_type,
            f.version,
            lstr(&f.doc)
        );
        w!(o, "    defs = {{");
        for d in &f.definitions {
            w!(
                o,
                "      [{}] = {{ flags = {}, entries = {{",
                lstr(&d.name),
                d.ty == "flags"
            );
            for e in &d.entries {
                w!(
                    o,
                    "        {{ {}, {}, {} }},",
                    lstr(&e.name),
                    lnum(e.value.get()),
                    lstr(&e.doc)
                );
            }
            w!(o, "      }} }},");
        }
        w!(o, "    }},");
        w!(o, "    sets = {{");
        for s in &f.attribute_sets {
            w!(o, "      [{}] = {{", lstr(&s.name));
            for a in &s.attributes {
                let mut extra = String::new();
                if let Some(e) = &a.enumeration {
                    let _ = write!(extra, " enum = {},", lstr(e));
                }
                if let Some(n) = &a.nested {
                    let _ = write!(extra, " nested = {},", lstr(n));
                }
                if a.repeated {
                    extra.push_str(" repeated = true,");
                }
                if a.must_understand {
                    extra.push_str(" must_understand = true,");
                }
                w!(
                    o,
                    "        {{ id = {}, name = {}, type = {},{} doc = {} }},",
                    a.id,
                    lstr(&a.name),
                    lstr(&a.ty),
                    extra,
                    lstr(&a.doc)
                );
            }
            w!(o, "      }},");
        }
        w!(o, "    }},");
        w!(o, "    ops = {{");
        for op in &f.ops {
            let set = |s: &Option<String>| s.as_deref().map_or("nil".to_string(), lstr);
            let mut regs = String::new();
            if let Some(fa) = &op.fastabi {
                let map = |m: &std::collections::BTreeMap<String, String>| {
                    let mut by_reg: Vec<(usize, String)> = m
                        .iter()
                        .map(|(attr, reg)| {
                            let i = REGISTERS.iter().position(|r| r == reg).unwrap_or(0);
                            (i, format!("{} = {}", reg, lstr(attr)))
                        })
                        .collect();
                    by_reg.sort();
                    by_reg
                        .into_iter()
                        .map(|(_, s)| s)
                        .collect::<Vec<_>>()
                        .join(", ")
                };
                let _ = write!(
                    regs,
                    " regs_in = {{ {} }}, regs_out = {{ {} }},",
                    map(&fa.inputs),
                    map(&fa.outputs)
                );
            }
            w!(
                o,
                "      {{ id = {}, name = {}, request = {}, reply = {},{} doc = {} }},",
                op.id,
                lstr(&op.name),
                set(&op.request),
                set(&op.reply),
                regs,
                lstr(&op.doc)
            );
        }
        w!(o, "    }},");
        w!(o, "  }},");
    }
    w!(o, "}}");
}

/// The whole dissector for `families`, generated from the spec files `src`.
pub fn dissector(families: &[&Family], src: &str) -> String {
    let mut o = String::new();
    w!(
        o,
        "-- Do not edit: generated from {src} by hvlink-proto-gen; regenerate with `{}`.",
        crate::REGENERATE
    );
    o.push_str(HEADER);
    w!(o, "");
    spec_table(&mut o, families);
    o.push_str(RUNTIME);
    o
}

/// Generate the dissector from the spec directories [`SOURCES`] under `root`.
pub fn generate(root: &std::path::Path) -> Result<crate::Output, Vec<crate::Diag>> {
    let mut families = Vec::new();
    for dir in SOURCES {
        let files = crate::read_dir(&root.join(dir)).map_err(|e| {
            vec![crate::Diag {
                file: dir.to_string(),
                path: String::new(),
                msg: format!("cannot read the spec directory: {e}"),
                warning: false,
            }]
        })?;
        let (fams, _) = crate::check(&files)?;
        // A family id the ABI already has (an older version of one of its families, as the
        // compatibility crate keeps) is the ABI's: the first source wins.
        for (_, f) in fams {
            if !families.iter().any(|g: &Family| g.id == f.id) {
                families.push(f);
            }
        }
    }
    let refs: Vec<&Family> = families.iter().collect();
    Ok(crate::Output {
        path: PATH.to_string(),
        contents: dissector(
            &refs,
            &SOURCES
                .iter()
                .map(|d| format!("{d}/*.yaml"))
                .collect::<Vec<_>>()
                .join(" and "),
        ),
    })
}

const HEADER: &str = r#"--
-- hvlink's Wireshark dissector (Lua, Wireshark 4.0 or newer).
--
-- Install: `hvlink wireshark --install` (copies this file into Wireshark's personal plugin
-- folder, ~/.local/lib/wireshark/plugins), or `hvlink wireshark > hvlink.lua` and
-- `tshark -X lua_script:hvlink.lua -r capture.pcap`.
--
-- hvlink captures (`--pcap`) start with one nlctrl NEWFAMILY record per family; Wireshark's
-- generic netlink dissector learns the family names from them and hands each family's
-- messages to the dissector this file registers for it (dissector table `genl.family`).
--
-- Field names (for filters and `tshark -T fields -e ...`):
--   hvlink.family, hvlink.op, hvlink.kind (request / reply / reply part), hvlink.cmd,
--   hvlink.version, hvlink.reserved                      every family message
--   hvlink.<family>.<attribute-set>.<attribute>           every attribute, by its spec name
--                                                         (kebab-case as snake_case); a nest
--                                                         is a subtree of its set's fields
--   hvlink.<family>.<definition>.<entry>                  each entry of a flags value
--   hvlink.attr.len, .type, .nested, .must_understand     each attribute's header
--   hvlink.unknown                                        an attribute the spec lacks
--   hvlink.regs.rax ... hvlink.regs.r12, hvlink.regs.family, hvlink.regs.status,
--   hvlink.regs.blocked                                   register-call records (hvlink_regs);
--                                                         the op's fields under its own names
--   hvlink.domain, hvlink.queue, hvlink.direction, hvlink.flags (.request, .multi, .ack,
--   .progress, .capped, .ack_tlvs), hvlink.seq, hvlink.port
--                                                         every record (post-dissector)
--   hvlink.error.status, .msg, .offset, .attribute, .cookie, .policy, .missing_type,
--   .missing_nest, .missing, .capped, .request.len, .request.type, .request.op
--                                                         an ERROR and its extended ack
"#;

/// The interpreter of `SPEC` (fixed; the generator only appends it).
const RUNTIME: &str = r#"
local band = bit32.band

local function snake(s) return (string.gsub(s, "-", "_")) end

local proto = Proto("hvlink", "hvlink hypercall transport")
local wire = Proto("hvlink_record", "hvlink capture record")
local fields = {}
local function F(pf) fields[#fields + 1] = pf; return pf end

-- The status codes (control.yaml's errno), as ERRORs and rax carry them: negated.
local ERRNO = {}
for _, fam in ipairs(SPEC) do
  local d = fam.defs["errno"]
  if fam.name == "control" and d then
    for _, e in ipairs(d.entries) do ERRNO[-e[2]] = string.upper(e[1]) end
  end
end
ERRNO[0] = "OK"

local f = {
  family = F(ProtoField.string("hvlink.family", "Family")),
  op = F(ProtoField.string("hvlink.op", "Op")),
  kind = F(ProtoField.string("hvlink.kind", "Message")),
  cmd = F(ProtoField.uint8("hvlink.cmd", "Command (op id)")),
  version = F(ProtoField.uint8("hvlink.version", "Family version")),
  reserved = F(ProtoField.uint16("hvlink.reserved", "Reserved", base.HEX)),
  attr_len = F(ProtoField.uint16("hvlink.attr.len", "Length")),
  attr_type = F(ProtoField.uint16("hvlink.attr.type", "Type", base.DEC, nil, 0x3fff)),
  attr_nested = F(ProtoField.bool("hvlink.attr.nested", "Nested", 16, nil, 0x8000)),
  attr_mu = F(ProtoField.bool("hvlink.attr.must_understand", "Must understand", 16, nil, 0x4000)),
  unknown = F(ProtoField.bytes("hvlink.unknown", "Unknown attribute")),
  domain = F(ProtoField.uint16("hvlink.domain", "Domain")),
  queue = F(ProtoField.uint16("hvlink.queue", "Queue (65535: register calls and host records)")),
  direction = F(ProtoField.string("hvlink.direction", "Direction")),
  flags = F(ProtoField.uint16("hvlink.flags", "Flags", base.HEX)),
  flag_request = F(ProtoField.bool("hvlink.flags.request", "REQUEST", 16, nil, 0x0001)),
  flag_multi = F(ProtoField.bool("hvlink.flags.multi", "MULTI (a reply part; more follow)", 16, nil, 0x0002)),
  flag_ack = F(ProtoField.bool("hvlink.flags.ack", "ACK (acknowledge success)", 16, nil, 0x0004)),
  flag_progress = F(ProtoField.bool("hvlink.flags.progress", "PROGRESS (results in parts as the batch advances)", 16, nil, 0x1000)),
  flag_capped = F(ProtoField.bool("hvlink.flags.capped", "CAPPED (ERROR: only the request's header echoed)", 16, nil, 0x0100)),
  flag_ack_tlvs = F(ProtoField.bool("hvlink.flags.ack_tlvs", "ACK_TLVS (ERROR: extended ack follows)", 16, nil, 0x0200)),
  seq = F(ProtoField.uint32("hvlink.seq", "Sequence")),
  port = F(ProtoField.uint32("hvlink.port", "Port")),
  err_status = F(ProtoField.int32("hvlink.error.status", "Status", base.DEC, ERRNO)),
  err_msg = F(ProtoField.stringz("hvlink.error.msg", "Message")),
  err_offset = F(ProtoField.uint32("hvlink.error.offset", "Offending attribute at offset")),
  err_attribute = F(ProtoField.string("hvlink.error.attribute", "Offending attribute")),
  err_cookie = F(ProtoField.bytes("hvlink.error.cookie", "Cookie")),
  err_policy = F(ProtoField.bytes("hvlink.error.policy", "Policy")),
  err_missing_type = F(ProtoField.uint32("hvlink.error.missing_type", "Missing attribute type")),
  err_missing_nest = F(ProtoField.uint32("hvlink.error.missing_nest", "Missing inside the nest at offset")),
  err_missing = F(ProtoField.string("hvlink.error.missing", "Missing attribute")),
  err_capped = F(ProtoField.bool("hvlink.error.capped", "Only the request's header echoed")),
  err_req_len = F(ProtoField.uint32("hvlink.error.request.len", "Request length")),
  err_req_type = F(ProtoField.uint16("hvlink.error.request.type", "Request message type", base.HEX)),
  err_req_op = F(ProtoField.string("hvlink.error.request.op", "Request op")),
  err_ext = F(ProtoField.bytes("hvlink.error.ext_unknown", "Unknown extended-ack attribute")),
}

local REG_NAMES = { "rax", "rdi", "rsi", "r8", "r9", "r10", "r11", "r12" }
local regf = {}
for i, r in ipairs(REG_NAMES) do
  regf[i] = F(ProtoField.uint64("hvlink.regs." .. r, r, base.HEX))
end
local FAMILY_NAMES = {}
for _, fam in ipairs(SPEC) do FAMILY_NAMES[fam.id] = fam.name end
regf.family = F(ProtoField.uint16("hvlink.regs.family", "Family", base.DEC, FAMILY_NAMES))
regf.status = F(ProtoField.int32("hvlink.regs.status", "Status", base.DEC, ERRNO))
regf.blocked = F(ProtoField.bool("hvlink.regs.blocked", "Blocked (the vCPU waits; the call is made again)"))
regf.fields = F(ProtoField.none("hvlink.regs.fields", "Decoded fields"))

local ex_malformed = ProtoExpert.new("hvlink.malformed", "Malformed hvlink message",
  expert.group.MALFORMED, expert.severity.ERROR)
local ex_size = ProtoExpert.new("hvlink.bad_size", "Attribute payload of the wrong size",
  expert.group.MALFORMED, expert.severity.ERROR)
proto.experts = { ex_malformed, ex_size }

local SIZES = { u8 = 1, u16 = 2, u32 = 4, u64 = 8, s8 = 1, s16 = 2, s32 = 4, s64 = 8 }
local INT = { u8 = ProtoField.uint8, u16 = ProtoField.uint16, u32 = ProtoField.uint32,
  u64 = ProtoField.uint64, s8 = ProtoField.int8, s16 = ProtoField.int16,
  s32 = ProtoField.int32, s64 = ProtoField.int64 }

local function number(v)
  if type(v) == "string" then return UInt64.fromhex(v) end
  return v
end

-- One field per attribute, per flags entry; lookup tables by id.
local BY_MSG_TYPE, BY_NAME, BY_ID = {}, {}, {}
for _, fam in ipairs(SPEC) do
  BY_MSG_TYPE[fam.msg_type] = fam
  BY_NAME[fam.name] = fam
  BY_ID[fam.id] = fam
  fam.ops_by_id = {}
  for _, op in ipairs(fam.ops) do fam.ops_by_id[op.id] = op end
  for dname, d in pairs(fam.defs) do
    d.vs = {}
    for _, e in ipairs(d.entries) do
      if type(e[2]) == "number" then d.vs[e[2]] = e[1] end
      if d.flags then
        e.field = F(ProtoField.bool("hvlink." .. fam.name .. "." .. snake(dname) .. "." .. snake(e[1]),
          e[1], base.NONE, nil, nil, e[3]))
      end
    end
  end
  for sname, set in pairs(fam.sets) do
    set.by_id = {}
    for _, a in ipairs(set) do
      set.by_id[a.id] = a
      local abbr = "hvlink." .. fam.name .. "." .. snake(sname) .. "." .. snake(a.name)
      local def = a.enum and fam.defs[a.enum]
      a.def = def
      if INT[a.type] then
        local vs = def and not def.flags and def.vs or nil
        local b = (def and def.flags) and base.HEX or base.DEC
        a.field = F(INT[a.type](abbr, a.name, b, vs, nil, a.doc))
      elseif a.type == "flag" then
        a.field = F(ProtoField.bool(abbr, a.name, base.NONE, nil, nil, a.doc))
      elseif a.type == "string" then
        a.field = F(ProtoField.stringz(abbr, a.name, base.ASCII, a.doc))
      elseif a.type == "binary" then
        a.field = F(ProtoField.bytes(abbr, a.name, base.NONE, a.doc))
      else
        a.field = F(ProtoField.none(abbr, a.name, a.doc))
      end
    end
  end
end

local function is_set(range, width, mask)
  if width == 8 then
    local m = mask
    if type(m) == "number" then m = UInt64.new(m % 4294967296, math.floor(m / 4294967296)) end
    return range:le_uint64():band(m) ~= UInt64.new(0, 0)
  end
  return band(range:le_uint(), mask) ~= 0
end

local walk

-- An attribute's header (length, type, its two flag bits) under its item.
local function header(item, tvb, off)
  item:add_le(f.attr_len, tvb(off, 2))
  item:add_le(f.attr_type, tvb(off + 2, 2))
  item:add_le(f.attr_nested, tvb(off + 2, 2))
  item:add_le(f.attr_mu, tvb(off + 2, 2))
end

-- One known attribute at `off` (length `alen`): its field, and below it its flags entries or
-- its nest's attributes.
local function attribute(fam, a, tvb, off, alen, tree, depth)
  local plen = alen - 4
  local size = SIZES[a.type]
  local item
  if size then
    if plen ~= size then
      item = tree:add(f.unknown, tvb(off, alen))
      item:append_text(" (" .. a.name .. ": " .. plen .. " bytes, " .. a.type .. " has " .. size .. ")")
      item:add_proto_expert_info(ex_size)
      header(item, tvb, off)
      return item
    end
    local r = tvb(off + 4, size)
    item = tree:add_le(a.field, r)
    header(item, tvb, off)
    if a.def and a.def.flags then
      local names = {}
      for _, e in ipairs(a.def.entries) do
        local set = is_set(r, size, number(e[2]))
        item:add(e.field, r, set)
        if set then names[#names + 1] = e[1] end
      end
      if #names > 0 then item:append_text(" (" .. table.concat(names, "|") .. ")") end
    end
  elseif a.type == "flag" then
    item = tree:add(a.field, tvb(off, alen), true)
    header(item, tvb, off)
  elseif a.type == "string" then
    if plen > 0 then item = tree:add(a.field, tvb(off + 4, plen))
    else item = tree:add(a.field, tvb(off, alen), "") end
    header(item, tvb, off)
  elseif a.type == "binary" then
    if plen > 0 then item = tree:add(a.field, tvb(off + 4, plen))
    else item = tree:add(a.field, tvb(off, alen), ByteArray.new()) end
    header(item, tvb, off)
  else
    item = tree:add(a.field, tvb(off, alen))
    header(item, tvb, off)
    if depth >= 10 then
      item:add_proto_expert_info(ex_malformed, "nested deeper than 10 levels")
    else
      walk(fam, a.nested, tvb, off + 4, off + alen, item, depth + 1)
    end
  end
  return item
end

-- The attributes of set `sname` of `fam` in tvb[off, stop).
walk = function(fam, sname, tvb, off, stop, tree, depth)
  local set = sname and fam.sets[sname]
  local seen = {}
  while off + 4 <= stop do
    local alen = tvb(off, 2):le_uint()
    local raw = tvb(off + 2, 2):le_uint()
    if alen < 4 or off + alen > stop then
      tree:add_proto_expert_info(ex_malformed,
        "attribute at " .. off .. " claims " .. alen .. " bytes, past its container")
      return
    end
    local kind = band(raw, 0x3fff)
    local a = set and set.by_id[kind]
    local item
    if a then
      item = attribute(fam, a, tvb, off, alen, tree, depth)
      if a.repeated then
        seen[kind] = (seen[kind] or 0) + 1
        item:prepend_text("[" .. (seen[kind] - 1) .. "] ")
      end
    else
      item = tree:add(f.unknown, tvb(off, alen))
      item:append_text(" (type " .. kind .. ")")
      header(item, tvb, off)
    end
    off = off + band(alen + 3, 0xfffc)
  end
  if off < stop then
    tree:add_proto_expert_info(ex_malformed, (stop - off) .. " stray bytes after the last attribute")
  end
end

local nl_flags = Field.new("netlink.hdr_flags")
local function header_flags()
  local all = { nl_flags() }
  local fi = all[#all]
  return fi and fi.value or 0
end

-- The genl header (cmd, version, reserved) of a family message in `tvb`.
local function genl_header(t, tvb, opname)
  t:add(f.op, tvb(0, 1), opname)
  t:add(f.cmd, tvb(0, 1))
  t:add(f.version, tvb(1, 1))
  t:add_le(f.reserved, tvb(2, 2))
end

-- The family of the message being dissected: the generic netlink dissector has shown its
-- message type (the family id) just before it called us.
local genl_family_id = Field.new("genl.family_id")
local function current_family()
  local all = { genl_family_id() }
  local fi = all[#all]
  return fi and BY_MSG_TYPE[fi.value]
end

function proto.dissector(tvb, pinfo, tree)
  local fam = current_family()
  local len = tvb:len()
  if not fam or len < 4 then return 0 end
  local cmd = tvb(0, 1):uint()
  local op = fam.ops_by_id[cmd]
  local opname = op and op.name or ("op?" .. cmd)
  local flags = header_flags()
  local is_req = band(flags, 0x1) ~= 0
  local kind = is_req and "request" or (band(flags, 0x2) ~= 0 and "reply part" or "reply")
  local t = tree:add(proto, tvb(), "hvlink " .. fam.name .. "." .. opname .. " " .. kind)
  t:add(f.family, tvb(0, 0), fam.name):set_generated()
  t:add(f.kind, tvb(0, 0), kind):set_generated()
  genl_header(t, tvb, opname)
  local set = op and (is_req and op.request or op.reply)
  walk(fam, set, tvb, 4, len, t, 1)
  pinfo.cols.protocol:set("hvlink")
  pinfo.cols.info:set(fam.name .. "." .. opname .. " " .. kind)
  return len
end

-- Register-call records: the eight registers, the family, the status, and the op's fields.
local regs = Proto("hvlink_regs", "hvlink register call")
local function regs_dissector(tvb, pinfo, tree)
  local len = tvb:len()
  if len < 4 then return 0 end
  local cmd = tvb(0, 1):uint()
  local is_call = band(header_flags(), 0x1) ~= 0
  -- The family first (attribute 9), to name the op and its fields.
  local fam, status, off = nil, nil, 4
  while off + 4 <= len do
    local alen = tvb(off, 2):le_uint()
    if alen < 4 or off + alen > len then break end
    local kind = band(tvb(off + 2, 2):le_uint(), 0x3fff)
    if kind == 9 and alen == 6 then fam = BY_ID[tvb(off + 4, 2):le_uint()] end
    if kind == 10 and alen == 8 then status = tvb(off + 4, 4):le_int() end
    off = off + band(alen + 3, 0xfffc)
  end
  local op = fam and fam.ops_by_id[cmd]
  local name = op and (fam.name .. "." .. op.name) or ("op?" .. cmd)
  local kind = is_call and "register call" or "register result"
  local t = tree:add(proto, tvb(), "hvlink " .. name .. " " .. kind)
  t:add(f.family, tvb(0, 0), fam and fam.name or "?"):set_generated()
  t:add(f.kind, tvb(0, 0), kind):set_generated()
  genl_header(t, tvb, op and op.name or ("op?" .. cmd))
  off = 4
  while off + 4 <= len do
    local alen = tvb(off, 2):le_uint()
    if alen < 4 or off + alen > len then
      t:add_proto_expert_info(ex_malformed, "attribute at " .. off .. " runs past the record")
      break
    end
    local k = band(tvb(off + 2, 2):le_uint(), 0x3fff)
    local item
    if k >= 1 and k <= 8 and alen == 12 then
      item = t:add_le(regf[k], tvb(off + 4, 8))
      local what = op and (is_call and op.regs_in or op.regs_out)
      local attr = what and what[REG_NAMES[k]]
      if attr then item:append_text(" (" .. attr .. ")") end
    elseif k == 9 and alen == 6 then
      item = t:add_le(regf.family, tvb(off + 4, 2))
    elseif k == 10 and alen == 8 then
      item = t:add_le(regf.status, tvb(off + 4, 4))
    elseif k == 12 and alen == 4 then
      item = t:add(regf.blocked, tvb(off, alen), true)
    elseif k == 11 then
      item = t:add(regf.fields, tvb(off, alen))
      header(item, tvb, off)
      local set = op and (is_call and op.request or op.reply)
      if fam then walk(fam, set, tvb, off + 4, off + alen, item, 1) end
      item = nil
    else
      item = t:add(f.unknown, tvb(off, alen))
    end
    if item then header(item, tvb, off) end
    off = off + band(alen + 3, 0xfffc)
  end
  pinfo.cols.protocol:set("hvlink")
  local info = name .. " " .. kind
  if status then info = info .. " " .. (ERRNO[status] or tostring(status)) end
  pinfo.cols.info:set(info)
  return len
end

-- Requests seen, to name what an ERROR answers (capped ERRORs echo only the header):
-- key "domain/queue/seq" -> { fam, op, bytes (from the genl header on) }.
local requests = {}

-- Bytes as little-endian integers, from a ByteArray.
local function ba_u16(b, i) return b:get_index(i) + 256 * b:get_index(i + 1) end

-- The path of the attribute at message offset `target` in set `sname`, walking the request's
-- bytes `b` (from the genl header, message offset 16) in [off, stop); and that attribute.
local function path_at(fam, sname, b, off, stop, target, prefix)
  local set = sname and fam.sets[sname]
  local count = {}
  while off + 4 <= stop do
    local alen = ba_u16(b, off - 16)
    if alen < 4 or off + alen > stop then return nil end
    local kind = band(ba_u16(b, off - 14), 0x3fff)
    local a = set and set.by_id[kind]
    local name = a and a.name or ("attr-" .. kind)
    if a and a.repeated then
      count[kind] = (count[kind] or 0) + 1
      name = name .. "[" .. (count[kind] - 1) .. "]"
    end
    local path = prefix and (prefix .. "." .. name) or name
    if off == target then return path, a end
    if target > off and target < off + alen and a and a.nested then
      return path_at(fam, a.nested, b, off + 4, off + alen, target, path)
    end
    off = off + band(alen + 3, 0xfffc)
  end
  return nil
end

local function dissect_error(tvb, base, len, t, key, pinfo)
  if len < 36 then return end
  local flags = tvb(base + 6, 2):le_uint()
  local e = t:add(proto, tvb(base, len), "hvlink ERROR")
  e:add_le(f.err_status, tvb(base + 16, 4))
  local status = tvb(base + 16, 4):le_int()
  local capped = band(flags, 0x100) ~= 0
  e:add(f.err_capped, tvb(base + 6, 2), capped)
  local rlen = tvb(base + 20, 4):le_uint()
  local rtype = tvb(base + 24, 2):le_uint()
  local rseq = tvb(base + 28, 4):le_uint()
  e:add_le(f.err_req_len, tvb(base + 20, 4))
  e:add_le(f.err_req_type, tvb(base + 24, 2))
  local req = requests[key .. "/" .. rseq]
  local fam = BY_MSG_TYPE[rtype]
  local op
  if fam and not capped and len >= 40 + 1 then
    op = fam.ops_by_id[tvb(base + 36, 1):uint()]
  elseif req and req.fam == fam then
    op = req.op
  end
  if fam then
    e:add(f.err_req_op, tvb(base + 24, 2), fam.name .. "." .. (op and op.name or "?"))
  end
  local at = capped and 36 or (20 + band(math.max(rlen, 16) + 3, 0xfffffffc))
  local info = (ERRNO[status] or tostring(status))
  if band(flags, 0x200) ~= 0 then
    local off = at
    while off + 4 <= len do
      local alen = tvb(base + off, 2):le_uint()
      if alen < 4 or off + alen > len then
        e:add_proto_expert_info(ex_malformed, "extended-ack attribute runs past the ERROR")
        break
      end
      local k = band(tvb(base + off + 2, 2):le_uint(), 0x3fff)
      local r = tvb(base + off + 4, alen - 4)
      local item
      if k == 1 and alen > 4 then
        item = e:add(f.err_msg, r)
        info = info .. ": " .. r:stringz()
      elseif k == 2 and alen == 8 then
        item = e:add_le(f.err_offset, r)
        local target = r:le_uint()
        local b = req and req.bytes
        if fam and op and b then
          local path = path_at(fam, op.request, b, 20, 16 + b:len(), target, nil)
          if path then e:add(f.err_attribute, r, path); info = info .. " (" .. path .. ")" end
        end
      elseif k == 3 then
        item = e:add(f.err_cookie, r)
      elseif k == 4 then
        item = e:add(f.err_policy, r)
      elseif k == 5 and alen == 8 then
        item = e:add_le(f.err_missing_type, r)
      elseif k == 6 and alen == 8 then
        item = e:add_le(f.err_missing_nest, r)
      else
        item = e:add(f.err_ext, tvb(base + off, alen))
      end
      item:add_le(f.attr_len, tvb(base + off, 2))
      item:add_le(f.attr_type, tvb(base + off + 2, 2))
      off = off + band(alen + 3, 0xfffc)
    end
    -- The missing attribute by name: in the request's set, or in the nest's.
    local mt, mn
    off = at
    while off + 8 <= len do
      local alen = tvb(base + off, 2):le_uint()
      if alen < 4 then break end
      local k = band(tvb(base + off + 2, 2):le_uint(), 0x3fff)
      if k == 5 and alen == 8 then mt = tvb(base + off + 4, 4):le_uint() end
      if k == 6 and alen == 8 then mn = tvb(base + off + 4, 4):le_uint() end
      off = off + band(alen + 3, 0xfffc)
    end
    if mt and fam and op then
      local sname, prefix = op.request, nil
      if mn then
        local b = req and req.bytes
        local path, a = nil, nil
        if b then path, a = path_at(fam, op.request, b, 20, 16 + b:len(), mn, nil) end
        sname = a and a.nested
        prefix = path
      end
      local set = sname and fam.sets[sname]
      local a = set and set.by_id[mt]
      if a then
        local name = prefix and (prefix .. "." .. a.name) or a.name
        e:add(f.err_missing, tvb(base + 16, 4), name):set_generated()
        info = info .. ": missing " .. name
      end
    end
  end
  pinfo.cols.protocol:set("hvlink")
  pinfo.cols.info:set("ERROR " .. info .. (fam and op and (" to " .. fam.name .. "." .. op.name) or ""))
end

-- The post-dissector: every record's domain, queue, direction and header flags, requests
-- remembered, ERRORs and their extended ack.
local function record(tvb, pinfo, tree)
  if tvb:len() < 32 or tvb(2, 2):uint() ~= 824 or tvb(14, 2):uint() ~= 16 then return end
  local len = tvb(16, 4):le_uint()
  local mtype = tvb(20, 2):le_uint()
  if len < 16 or 16 + len > tvb:len() then return end
  if mtype == 0x10 then return end -- nlctrl: the stock dissector shows it all
  local fam = BY_MSG_TYPE[mtype]
  if not fam and mtype ~= 0x1ff and mtype > 4 then return end
  local domain, queue = tvb(6, 2):uint(), tvb(8, 2):uint()
  local outgoing = tvb(0, 2):uint() == 4
  local t = tree:add(wire, tvb(0, 16 + len), string.format("hvlink record: dom %d queue %d %s",
    domain, queue, outgoing and "guest->host" or "host->guest"))
  t:add(f.domain, tvb(6, 2))
  t:add(f.queue, tvb(8, 2))
  t:add(f.direction, tvb(0, 2), outgoing and "guest->host" or "host->guest")
  local fl = t:add_le(f.flags, tvb(22, 2))
  for _, x in ipairs({ f.flag_request, f.flag_multi, f.flag_ack, f.flag_progress }) do
    fl:add_le(x, tvb(22, 2))
  end
  if mtype == 2 then
    fl:add_le(f.flag_capped, tvb(22, 2))
    fl:add_le(f.flag_ack_tlvs, tvb(22, 2))
  end
  t:add_le(f.seq, tvb(24, 4))
  t:add_le(f.port, tvb(28, 4))
  local key = domain .. "/" .. queue
  local flags = tvb(22, 2):le_uint()
  if fam and band(flags, 0x1) ~= 0 and len >= 20 and not pinfo.visited then
    requests[key .. "/" .. tvb(24, 4):le_uint()] = {
      fam = fam, op = fam.ops_by_id[tvb(32, 1):uint()], bytes = tvb(32, len - 16):bytes(),
    }
  end
  if mtype == 2 then dissect_error(tvb, 16, len, t, key, pinfo) end
end

wire.dissector = record
register_postdissector(wire)

proto.fields = fields
local genl = DissectorTable.get("genl.family")
for _, fam in ipairs(SPEC) do
  genl:add(fam.name, proto)
end
regs.dissector = regs_dissector
genl:add("hvlink_regs", regs)

function proto.init()
  requests = {}
end
"#;
