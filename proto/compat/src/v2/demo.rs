// Do not edit: generated from proto/compat/spec/v2/demo.yaml by hvlink-proto-gen; regenerate with `cargo run -p hvlink-proto-gen`.
//! A small test family whose two versions exercise the compatibility rules.

#![allow(
    clippy::needless_lifetimes,
    clippy::match_single_binding,
    clippy::single_match,
    clippy::unnecessary_cast,
    clippy::let_unit_value,
    unused_imports
)]

use hvlink_proto::codec as c;
use hvlink_proto::rt::{self, AttrSet as _, Elem as _};
use hvlink_proto::Errno;

/// Family id: the hypercall number (rax = ID | 0x40000000 in a register call).
pub const ID: u16 = 0x180;
/// Message type of the family's ring messages.
pub const MSG_TYPE: u16 = 0x280;
/// Current family version.
pub const VERSION: u8 = 2;

/// Op ids of the family (the family header's `cmd`, rdi in a register call).
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct OpId(pub u8);

impl OpId {
    /// Paint an object.
    pub const PAINT: OpId = OpId(0);
    /// Tell an object's color.
    pub const INSPECT: OpId = OpId(1);
    /// Every op: (name, id).
    pub const ENTRIES: &'static [(&'static str, i64)] = &[("paint", 0), ("inspect", 1)];
}

impl ::core::fmt::Debug for OpId {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        rt::fmt_enum(f, "OpId", Self::ENTRIES, self.0 as i128)
    }
}

/// Paint colors.
///
/// Closed enum: any value is representable; the constants are the spec's entries.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Color(pub u8);

impl Color {
    /// Red.
    pub const RED: Color = Color(0);
    /// Green.
    pub const GREEN: Color = Color(1);
    /// Blue.
    pub const BLUE: Color = Color(2);
    /// Every entry: (name, value).
    pub const ENTRIES: &'static [(&'static str, i64)] = &[("red", 0), ("green", 1), ("blue", 2)];
}

impl ::core::fmt::Debug for Color {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        rt::fmt_enum(f, "Color", Self::ENTRIES, self.0 as i128)
    }
}

hvlink_proto::__scalar_newtype!(Color, u8);

/// What paint does.
///
/// Closed enum: any value is representable; the constants are the spec's entries.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct PaintMode(pub u8);

impl PaintMode {
    /// Paint.
    pub const NORMAL: PaintMode = PaintMode(0);
    /// Only report how many coats it would take.
    pub const DRY_RUN: PaintMode = PaintMode(1);
    /// Every entry: (name, value).
    pub const ENTRIES: &'static [(&'static str, i64)] = &[("normal", 0), ("dry-run", 1)];
}

impl ::core::fmt::Debug for PaintMode {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        rt::fmt_enum(f, "PaintMode", Self::ENTRIES, self.0 as i128)
    }
}

hvlink_proto::__scalar_newtype!(PaintMode, u8);

/// Attribute type numbers, one module per attribute set.
pub mod ids {
    /// Attributes of `paint-req`.
    pub mod paint_req {
        /// `object`: What to paint.
        pub const OBJECT: u16 = 1;
        /// `color`: Which color.
        pub const COLOR: u16 = 2;
        /// `gloss`: Gloss percentage.
        pub const GLOSS: u16 = 3;
        /// `mode`: Changes what paint means.
        pub const MODE: u16 = 4;
    }
    /// Attributes of `paint-reply`.
    pub mod paint_reply {
        /// `coats`: Coats applied.
        pub const COATS: u16 = 1;
    }
    /// Attributes of `inspect-req`.
    pub mod inspect_req {
        /// `object`: What to look at.
        pub const OBJECT: u16 = 1;
    }
    /// Attributes of `inspect-reply`.
    pub mod inspect_reply {
        /// `color`: Its color.
        pub const COLOR: u16 = 1;
    }
}

/// Request of paint.
#[derive(
    ::core::clone::Clone, ::core::marker::Copy, ::core::fmt::Debug, ::core::cmp::PartialEq,
)]
pub struct PaintReq {
    /// What to paint.
    ///
    /// `object` (id 1, u32), required.
    pub object: u32,
    /// Which color.
    ///
    /// `color` (id 2, u8), default `Color(0)` when absent.
    pub color: Color,
    /// Gloss percentage.
    ///
    /// `gloss` (id 3, u32), default `0x32u32` when absent, since version 2.
    pub gloss: u32,
    /// Changes what paint means.
    ///
    /// `mode` (id 4, u8), must-understand, default `PaintMode(0)` when absent, since version 2.
    pub mode: PaintMode,
}

/// Validation policy of `paint-req`.
pub static PAINT_REQ_POLICY: c::Policy = c::Policy::new(
    "paint-req",
    &[
        c::AttrPolicy::new(1, "object", c::AttrType::U32).required(),
        c::AttrPolicy::new(2, "color", c::AttrType::U8),
        c::AttrPolicy::new(3, "gloss", c::AttrType::U32)
            .values(c::Values::Range { min: 0, max: 100 }),
        c::AttrPolicy::new(4, "mode", c::AttrType::U8).must_understand(),
    ],
)
.max_attrs(1024);

/// Descriptor of `paint-req`.
pub static PAINT_REQ_SET: rt::SetDesc = rt::SetDesc {
    name: "paint-req",
    doc: "Request of paint.",
    policy: &PAINT_REQ_POLICY,
    attrs: &[
        rt::AttrDesc {
            kind: 1,
            name: "object",
            ty: "u32",
            doc: "What to paint.",
            required: true,
            max_count: 0,
            must_understand: false,
            since: 1,
            default: None,
            enumeration: None,
            nested: None,
            form: None,
            when: None,
        },
        rt::AttrDesc {
            kind: 2,
            name: "color",
            ty: "u8",
            doc: "Which color.",
            required: false,
            max_count: 0,
            must_understand: false,
            since: 1,
            default: Some(0),
            enumeration: Some("color"),
            nested: None,
            form: None,
            when: None,
        },
        rt::AttrDesc {
            kind: 3,
            name: "gloss",
            ty: "u32",
            doc: "Gloss percentage.",
            required: false,
            max_count: 0,
            must_understand: false,
            since: 2,
            default: Some(50),
            enumeration: None,
            nested: None,
            form: None,
            when: None,
        },
        rt::AttrDesc {
            kind: 4,
            name: "mode",
            ty: "u8",
            doc: "Changes what paint means.",
            required: false,
            max_count: 0,
            must_understand: true,
            since: 2,
            default: Some(0),
            enumeration: Some("paint-mode"),
            nested: None,
            form: None,
            when: None,
        },
    ],
    forms: &[],
};

impl<'a> rt::AttrSet<'a> for PaintReq {
    const DESC: &'static rt::SetDesc = &PAINT_REQ_SET;

    fn decode_at(attrs: c::Attrs<'a>, container: usize) -> c::Result<Self> {
        let mut v_object: Option<u32> = None;
        let mut v_color: Option<Color> = None;
        let mut v_gloss: Option<u32> = None;
        let mut v_mode: Option<PaintMode> = None;
        let mut seen: u32 = 0;
        let mut count = 0u32;
        'walk: {
            if let Ok(b) = <&[u8; 32]>::try_from(attrs.remaining()) {
                if rt::word(b, 0) == 0x00010008
                    && rt::word(b, 8) == 0x00020005
                    && rt::word(b, 16) == 0x00030008
                    && rt::word(b, 24) == 0x40040005
                {
                    let at = attrs.offset();
                    {
                        let a = c::Attr::new(0x0001, at as u32, rt::bytes(b, 4, 4));
                        seen |= 0x1;
                        let r = rt::int::<u32>(&a)?;
                        let v = r;
                        v_object = Some(v);
                    }
                    {
                        let a = c::Attr::new(0x0002, (at + 8) as u32, rt::bytes(b, 12, 1));
                        seen |= 0x2;
                        let r = rt::int::<u8>(&a)?;
                        if !matches!(r as i128, 0..=2) {
                            return Err(rt::not_member(a));
                        }
                        let v = Color(r);
                        v_color = Some(v);
                    }
                    {
                        let a = c::Attr::new(0x0003, (at + 16) as u32, rt::bytes(b, 20, 4));
                        seen |= 0x4;
                        let r = rt::int::<u32>(&a)?;
                        rt::check_range(&a, r as i128, 0, 100)?;
                        let v = r;
                        v_gloss = Some(v);
                    }
                    {
                        let a = c::Attr::new(0x4004, (at + 24) as u32, rt::bytes(b, 28, 1));
                        seen |= 0x8;
                        let r = rt::int::<u8>(&a)?;
                        if !matches!(r as i128, 0..=1) {
                            return Err(rt::not_member(a));
                        }
                        let v = PaintMode(r);
                        v_mode = Some(v);
                    }
                    break 'walk;
                }
            }
            if let Ok(b) = <&[u8; 24]>::try_from(attrs.remaining()) {
                if rt::word(b, 0) == 0x00010008
                    && rt::word(b, 8) == 0x00030008
                    && rt::word(b, 16) == 0x40040005
                {
                    let at = attrs.offset();
                    {
                        let a = c::Attr::new(0x0001, at as u32, rt::bytes(b, 4, 4));
                        seen |= 0x1;
                        let r = rt::int::<u32>(&a)?;
                        let v = r;
                        v_object = Some(v);
                    }
                    {
                        let a = c::Attr::new(0x0003, (at + 8) as u32, rt::bytes(b, 12, 4));
                        seen |= 0x4;
                        let r = rt::int::<u32>(&a)?;
                        rt::check_range(&a, r as i128, 0, 100)?;
                        let v = r;
                        v_gloss = Some(v);
                    }
                    {
                        let a = c::Attr::new(0x4004, (at + 16) as u32, rt::bytes(b, 20, 1));
                        seen |= 0x8;
                        let r = rt::int::<u8>(&a)?;
                        if !matches!(r as i128, 0..=1) {
                            return Err(rt::not_member(a));
                        }
                        let v = PaintMode(r);
                        v_mode = Some(v);
                    }
                    break 'walk;
                }
            }
            if let Ok(b) = <&[u8; 24]>::try_from(attrs.remaining()) {
                if rt::word(b, 0) == 0x00010008
                    && rt::word(b, 8) == 0x00020005
                    && rt::word(b, 16) == 0x40040005
                {
                    let at = attrs.offset();
                    {
                        let a = c::Attr::new(0x0001, at as u32, rt::bytes(b, 4, 4));
                        seen |= 0x1;
                        let r = rt::int::<u32>(&a)?;
                        let v = r;
                        v_object = Some(v);
                    }
                    {
                        let a = c::Attr::new(0x0002, (at + 8) as u32, rt::bytes(b, 12, 1));
                        seen |= 0x2;
                        let r = rt::int::<u8>(&a)?;
                        if !matches!(r as i128, 0..=2) {
                            return Err(rt::not_member(a));
                        }
                        let v = Color(r);
                        v_color = Some(v);
                    }
                    {
                        let a = c::Attr::new(0x4004, (at + 16) as u32, rt::bytes(b, 20, 1));
                        seen |= 0x8;
                        let r = rt::int::<u8>(&a)?;
                        if !matches!(r as i128, 0..=1) {
                            return Err(rt::not_member(a));
                        }
                        let v = PaintMode(r);
                        v_mode = Some(v);
                    }
                    break 'walk;
                }
            }
            if let Ok(b) = <&[u8; 16]>::try_from(attrs.remaining()) {
                if rt::word(b, 0) == 0x00010008 && rt::word(b, 8) == 0x40040005 {
                    let at = attrs.offset();
                    {
                        let a = c::Attr::new(0x0001, at as u32, rt::bytes(b, 4, 4));
                        seen |= 0x1;
                        let r = rt::int::<u32>(&a)?;
                        let v = r;
                        v_object = Some(v);
                    }
                    {
                        let a = c::Attr::new(0x4004, (at + 8) as u32, rt::bytes(b, 12, 1));
                        seen |= 0x8;
                        let r = rt::int::<u8>(&a)?;
                        if !matches!(r as i128, 0..=1) {
                            return Err(rt::not_member(a));
                        }
                        let v = PaintMode(r);
                        v_mode = Some(v);
                    }
                    break 'walk;
                }
            }
            if let Ok(b) = <&[u8; 24]>::try_from(attrs.remaining()) {
                if rt::word(b, 0) == 0x00010008
                    && rt::word(b, 8) == 0x00020005
                    && rt::word(b, 16) == 0x00030008
                {
                    let at = attrs.offset();
                    {
                        let a = c::Attr::new(0x0001, at as u32, rt::bytes(b, 4, 4));
                        seen |= 0x1;
                        let r = rt::int::<u32>(&a)?;
                        let v = r;
                        v_object = Some(v);
                    }
                    {
                        let a = c::Attr::new(0x0002, (at + 8) as u32, rt::bytes(b, 12, 1));
                        seen |= 0x2;
                        let r = rt::int::<u8>(&a)?;
                        if !matches!(r as i128, 0..=2) {
                            return Err(rt::not_member(a));
                        }
                        let v = Color(r);
                        v_color = Some(v);
                    }
                    {
                        let a = c::Attr::new(0x0003, (at + 16) as u32, rt::bytes(b, 20, 4));
                        seen |= 0x4;
                        let r = rt::int::<u32>(&a)?;
                        rt::check_range(&a, r as i128, 0, 100)?;
                        let v = r;
                        v_gloss = Some(v);
                    }
                    break 'walk;
                }
            }
            if let Ok(b) = <&[u8; 16]>::try_from(attrs.remaining()) {
                if rt::word(b, 0) == 0x00010008 && rt::word(b, 8) == 0x00030008 {
                    let at = attrs.offset();
                    {
                        let a = c::Attr::new(0x0001, at as u32, rt::bytes(b, 4, 4));
                        seen |= 0x1;
                        let r = rt::int::<u32>(&a)?;
                        let v = r;
                        v_object = Some(v);
                    }
                    {
                        let a = c::Attr::new(0x0003, (at + 8) as u32, rt::bytes(b, 12, 4));
                        seen |= 0x4;
                        let r = rt::int::<u32>(&a)?;
                        rt::check_range(&a, r as i128, 0, 100)?;
                        let v = r;
                        v_gloss = Some(v);
                    }
                    break 'walk;
                }
            }
            if let Ok(b) = <&[u8; 16]>::try_from(attrs.remaining()) {
                if rt::word(b, 0) == 0x00010008 && rt::word(b, 8) == 0x00020005 {
                    let at = attrs.offset();
                    {
                        let a = c::Attr::new(0x0001, at as u32, rt::bytes(b, 4, 4));
                        seen |= 0x1;
                        let r = rt::int::<u32>(&a)?;
                        let v = r;
                        v_object = Some(v);
                    }
                    {
                        let a = c::Attr::new(0x0002, (at + 8) as u32, rt::bytes(b, 12, 1));
                        seen |= 0x2;
                        let r = rt::int::<u8>(&a)?;
                        if !matches!(r as i128, 0..=2) {
                            return Err(rt::not_member(a));
                        }
                        let v = Color(r);
                        v_color = Some(v);
                    }
                    break 'walk;
                }
            }
            if let Ok(b) = <&[u8; 8]>::try_from(attrs.remaining()) {
                if rt::word(b, 0) == 0x00010008 {
                    let at = attrs.offset();
                    {
                        let a = c::Attr::new(0x0001, at as u32, rt::bytes(b, 4, 4));
                        seen |= 0x1;
                        let r = rt::int::<u32>(&a)?;
                        let v = r;
                        v_object = Some(v);
                    }
                    break 'walk;
                }
            }
            let mut walk = rt::Walk::new(&attrs);
            if let Some(a) = walk.expect(0x00010008) {
                count += 1;
                seen |= 0x1;
                let r = rt::int::<u32>(&a)?;
                let v = r;
                v_object = Some(v);
            }
            if let Some(a) = walk.expect(0x00020005) {
                count += 1;
                seen |= 0x2;
                let r = rt::int::<u8>(&a)?;
                if !matches!(r as i128, 0..=2) {
                    return Err(rt::not_member(a));
                }
                let v = Color(r);
                v_color = Some(v);
            }
            if let Some(a) = walk.expect(0x00030008) {
                count += 1;
                seen |= 0x4;
                let r = rt::int::<u32>(&a)?;
                rt::check_range(&a, r as i128, 0, 100)?;
                let v = r;
                v_gloss = Some(v);
            }
            if let Some(a) = walk.expect(0x40040005) {
                count += 1;
                seen |= 0x8;
                let r = rt::int::<u8>(&a)?;
                if !matches!(r as i128, 0..=1) {
                    return Err(rt::not_member(a));
                }
                let v = PaintMode(r);
                v_mode = Some(v);
            }
            while let Some(a) = walk.next()? {
                count += 1;
                if count > 1024 {
                    return Err(rt::too_many(a));
                }
                match a.kind() {
                    1 => {
                        if seen & 0x1 != 0 {
                            return Err(rt::duplicate(a));
                        }
                        seen |= 0x1;
                        let r = rt::int::<u32>(&a)?;
                        let v = r;
                        v_object = Some(v);
                    }
                    2 => {
                        if seen & 0x2 != 0 {
                            return Err(rt::duplicate(a));
                        }
                        seen |= 0x2;
                        let r = rt::int::<u8>(&a)?;
                        if !matches!(r as i128, 0..=2) {
                            return Err(rt::not_member(a));
                        }
                        let v = Color(r);
                        v_color = Some(v);
                    }
                    3 => {
                        if seen & 0x4 != 0 {
                            return Err(rt::duplicate(a));
                        }
                        seen |= 0x4;
                        let r = rt::int::<u32>(&a)?;
                        rt::check_range(&a, r as i128, 0, 100)?;
                        let v = r;
                        v_gloss = Some(v);
                    }
                    4 => {
                        if seen & 0x8 != 0 {
                            return Err(rt::duplicate(a));
                        }
                        seen |= 0x8;
                        let r = rt::int::<u8>(&a)?;
                        if !matches!(r as i128, 0..=1) {
                            return Err(rt::not_member(a));
                        }
                        let v = PaintMode(r);
                        v_mode = Some(v);
                    }
                    _ => rt::unknown(&a)?,
                }
            }
        }
        if seen & 0x1 != 0x1 {
            return Err(rt::missing(container, (0x1 & !seen) as u128, &[1, 2, 3, 4]));
        }
        Ok(PaintReq {
            object: rt::req(v_object, container, 1)?,
            color: v_color.unwrap_or(Color(0)),
            gloss: v_gloss.unwrap_or(0x32u32),
            mode: v_mode.unwrap_or(PaintMode(0)),
        })
    }

    fn encode<S: c::Sink>(&self, b: &mut c::Builder<S>) -> c::Result<()> {
        rt::put(b, 1, &self.object)?;
        rt::put_def(b, 2, &self.color, Color(0))?;
        rt::put_def(b, 3, &self.gloss, 0x32u32)?;
        rt::put_def(b, 0x4004, &self.mode, PaintMode(0))?;
        Ok(())
    }
}

impl<'a> rt::Elem<'a> for PaintReq {
    #[inline]
    fn from_attr(a: &c::Attr<'a>) -> c::Result<Self> {
        rt::nest_from_attr(a)
    }
    fn put_attr<S: c::Sink>(&self, b: &mut c::Builder<S>, raw_kind: u16) -> c::Result<()> {
        rt::nest_put(self, b, raw_kind)
    }
}

/// Reply of paint.
#[derive(
    ::core::clone::Clone, ::core::marker::Copy, ::core::fmt::Debug, ::core::cmp::PartialEq,
)]
pub struct PaintReply {
    /// Coats applied.
    ///
    /// `coats` (id 1, u32), required.
    pub coats: u32,
}

/// Validation policy of `paint-reply`.
pub static PAINT_REPLY_POLICY: c::Policy = c::Policy::new(
    "paint-reply",
    &[c::AttrPolicy::new(1, "coats", c::AttrType::U32).required()],
)
.max_attrs(1024);

/// Descriptor of `paint-reply`.
pub static PAINT_REPLY_SET: rt::SetDesc = rt::SetDesc {
    name: "paint-reply",
    doc: "Reply of paint.",
    policy: &PAINT_REPLY_POLICY,
    attrs: &[rt::AttrDesc {
        kind: 1,
        name: "coats",
        ty: "u32",
        doc: "Coats applied.",
        required: true,
        max_count: 0,
        must_understand: false,
        since: 1,
        default: None,
        enumeration: None,
        nested: None,
        form: None,
        when: None,
    }],
    forms: &[],
};

impl<'a> rt::AttrSet<'a> for PaintReply {
    const DESC: &'static rt::SetDesc = &PAINT_REPLY_SET;

    fn decode_at(attrs: c::Attrs<'a>, container: usize) -> c::Result<Self> {
        let mut v_coats: Option<u32> = None;
        let mut seen: u32 = 0;
        let mut count = 0u32;
        'walk: {
            if let Ok(b) = <&[u8; 8]>::try_from(attrs.remaining()) {
                if rt::word(b, 0) == 0x00010008 {
                    let at = attrs.offset();
                    {
                        let a = c::Attr::new(0x0001, at as u32, rt::bytes(b, 4, 4));
                        seen |= 0x1;
                        let r = rt::int::<u32>(&a)?;
                        let v = r;
                        v_coats = Some(v);
                    }
                    break 'walk;
                }
            }
            let mut walk = rt::Walk::new(&attrs);
            if let Some(a) = walk.expect(0x00010008) {
                count += 1;
                seen |= 0x1;
                let r = rt::int::<u32>(&a)?;
                let v = r;
                v_coats = Some(v);
            }
            while let Some(a) = walk.next()? {
                count += 1;
                if count > 1024 {
                    return Err(rt::too_many(a));
                }
                match a.kind() {
                    1 => {
                        if seen & 0x1 != 0 {
                            return Err(rt::duplicate(a));
                        }
                        seen |= 0x1;
                        let r = rt::int::<u32>(&a)?;
                        let v = r;
                        v_coats = Some(v);
                    }
                    _ => rt::unknown(&a)?,
                }
            }
        }
        if seen & 0x1 != 0x1 {
            return Err(rt::missing(container, (0x1 & !seen) as u128, &[1]));
        }
        Ok(PaintReply {
            coats: rt::req(v_coats, container, 1)?,
        })
    }

    fn encode<S: c::Sink>(&self, b: &mut c::Builder<S>) -> c::Result<()> {
        rt::put(b, 1, &self.coats)?;
        Ok(())
    }
}

impl<'a> rt::Elem<'a> for PaintReply {
    #[inline]
    fn from_attr(a: &c::Attr<'a>) -> c::Result<Self> {
        rt::nest_from_attr(a)
    }
    fn put_attr<S: c::Sink>(&self, b: &mut c::Builder<S>, raw_kind: u16) -> c::Result<()> {
        rt::nest_put(self, b, raw_kind)
    }
}

/// Request of inspect.
#[derive(
    ::core::clone::Clone, ::core::marker::Copy, ::core::fmt::Debug, ::core::cmp::PartialEq,
)]
pub struct InspectReq {
    /// What to look at.
    ///
    /// `object` (id 1, u32), required.
    pub object: u32,
}

/// Validation policy of `inspect-req`.
pub static INSPECT_REQ_POLICY: c::Policy = c::Policy::new(
    "inspect-req",
    &[c::AttrPolicy::new(1, "object", c::AttrType::U32).required()],
)
.max_attrs(1024);

/// Descriptor of `inspect-req`.
pub static INSPECT_REQ_SET: rt::SetDesc = rt::SetDesc {
    name: "inspect-req",
    doc: "Request of inspect.",
    policy: &INSPECT_REQ_POLICY,
    attrs: &[rt::AttrDesc {
        kind: 1,
        name: "object",
        ty: "u32",
        doc: "What to look at.",
        required: true,
        max_count: 0,
        must_understand: false,
        since: 1,
        default: None,
        enumeration: None,
        nested: None,
        form: None,
        when: None,
    }],
    forms: &[],
};

impl<'a> rt::AttrSet<'a> for InspectReq {
    const DESC: &'static rt::SetDesc = &INSPECT_REQ_SET;

    fn decode_at(attrs: c::Attrs<'a>, container: usize) -> c::Result<Self> {
        let mut v_object: Option<u32> = None;
        let mut seen: u32 = 0;
        let mut count = 0u32;
        'walk: {
            if let Ok(b) = <&[u8; 8]>::try_from(attrs.remaining()) {
                if rt::word(b, 0) == 0x00010008 {
                    let at = attrs.offset();
                    {
                        let a = c::Attr::new(0x0001, at as u32, rt::bytes(b, 4, 4));
                        seen |= 0x1;
                        let r = rt::int::<u32>(&a)?;
                        let v = r;
                        v_object = Some(v);
                    }
                    break 'walk;
                }
            }
            let mut walk = rt::Walk::new(&attrs);
            if let Some(a) = walk.expect(0x00010008) {
                count += 1;
                seen |= 0x1;
                let r = rt::int::<u32>(&a)?;
                let v = r;
                v_object = Some(v);
            }
            while let Some(a) = walk.next()? {
                count += 1;
                if count > 1024 {
                    return Err(rt::too_many(a));
                }
                match a.kind() {
                    1 => {
                        if seen & 0x1 != 0 {
                            return Err(rt::duplicate(a));
                        }
                        seen |= 0x1;
                        let r = rt::int::<u32>(&a)?;
                        let v = r;
                        v_object = Some(v);
                    }
                    _ => rt::unknown(&a)?,
                }
            }
        }
        if seen & 0x1 != 0x1 {
            return Err(rt::missing(container, (0x1 & !seen) as u128, &[1]));
        }
        Ok(InspectReq {
            object: rt::req(v_object, container, 1)?,
        })
    }

    fn encode<S: c::Sink>(&self, b: &mut c::Builder<S>) -> c::Result<()> {
        rt::put(b, 1, &self.object)?;
        Ok(())
    }
}

impl<'a> rt::Elem<'a> for InspectReq {
    #[inline]
    fn from_attr(a: &c::Attr<'a>) -> c::Result<Self> {
        rt::nest_from_attr(a)
    }
    fn put_attr<S: c::Sink>(&self, b: &mut c::Builder<S>, raw_kind: u16) -> c::Result<()> {
        rt::nest_put(self, b, raw_kind)
    }
}

/// Reply of inspect.
#[derive(
    ::core::clone::Clone, ::core::marker::Copy, ::core::fmt::Debug, ::core::cmp::PartialEq,
)]
pub struct InspectReply {
    /// Its color.
    ///
    /// `color` (id 1, u8), required.
    pub color: Color,
}

/// Validation policy of `inspect-reply`.
pub static INSPECT_REPLY_POLICY: c::Policy = c::Policy::new(
    "inspect-reply",
    &[c::AttrPolicy::new(1, "color", c::AttrType::U8).required()],
)
.max_attrs(1024);

/// Descriptor of `inspect-reply`.
pub static INSPECT_REPLY_SET: rt::SetDesc = rt::SetDesc {
    name: "inspect-reply",
    doc: "Reply of inspect.",
    policy: &INSPECT_REPLY_POLICY,
    attrs: &[rt::AttrDesc {
        kind: 1,
        name: "color",
        ty: "u8",
        doc: "Its color.",
        required: true,
        max_count: 0,
        must_understand: false,
        since: 1,
        default: None,
        enumeration: Some("color"),
        nested: None,
        form: None,
        when: None,
    }],
    forms: &[],
};

impl<'a> rt::AttrSet<'a> for InspectReply {
    const DESC: &'static rt::SetDesc = &INSPECT_REPLY_SET;

    fn decode_at(attrs: c::Attrs<'a>, container: usize) -> c::Result<Self> {
        let mut v_color: Option<Color> = None;
        let mut seen: u32 = 0;
        let mut count = 0u32;
        'walk: {
            if let Ok(b) = <&[u8; 8]>::try_from(attrs.remaining()) {
                if rt::word(b, 0) == 0x00010005 {
                    let at = attrs.offset();
                    {
                        let a = c::Attr::new(0x0001, at as u32, rt::bytes(b, 4, 1));
                        seen |= 0x1;
                        let r = rt::int::<u8>(&a)?;
                        let v = Color(r);
                        v_color = Some(v);
                    }
                    break 'walk;
                }
            }
            let mut walk = rt::Walk::new(&attrs);
            if let Some(a) = walk.expect(0x00010005) {
                count += 1;
                seen |= 0x1;
                let r = rt::int::<u8>(&a)?;
                let v = Color(r);
                v_color = Some(v);
            }
            while let Some(a) = walk.next()? {
                count += 1;
                if count > 1024 {
                    return Err(rt::too_many(a));
                }
                match a.kind() {
                    1 => {
                        if seen & 0x1 != 0 {
                            return Err(rt::duplicate(a));
                        }
                        seen |= 0x1;
                        let r = rt::int::<u8>(&a)?;
                        let v = Color(r);
                        v_color = Some(v);
                    }
                    _ => rt::unknown(&a)?,
                }
            }
        }
        if seen & 0x1 != 0x1 {
            return Err(rt::missing(container, (0x1 & !seen) as u128, &[1]));
        }
        Ok(InspectReply {
            color: rt::req(v_color, container, 1)?,
        })
    }

    fn encode<S: c::Sink>(&self, b: &mut c::Builder<S>) -> c::Result<()> {
        rt::put(b, 1, &self.color)?;
        Ok(())
    }
}

impl<'a> rt::Elem<'a> for InspectReply {
    #[inline]
    fn from_attr(a: &c::Attr<'a>) -> c::Result<Self> {
        rt::nest_from_attr(a)
    }
    fn put_attr<S: c::Sink>(&self, b: &mut c::Builder<S>, raw_kind: u16) -> c::Result<()> {
        rt::nest_put(self, b, raw_kind)
    }
}

/// Paint an object.
///
/// Op 0 (`paint`), privilege `logical`; max reply 8 bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Paint;

/// The request of [`Paint`].
pub type PaintRequest = PaintReq;

/// Descriptor of [`Paint`].
pub static OP_PAINT: rt::OpDesc = rt::OpDesc {
    family: "demo",
    family_id: ID,
    msg_type: MSG_TYPE,
    family_version: VERSION,
    name: "paint",
    id: 0,
    since: 1,
    privilege: rt::Privilege::Logical,
    flags: rt::op_flags::FASTABI,
    request: &PAINT_REQ_SET,
    reply: &PAINT_REPLY_SET,
    max_reply: 8,
    target_domain: None,
    fastabi: Some(rt::RegMap {
        form: None,
        inputs: &[(1, rt::Reg::Rsi), (2, rt::Reg::R8)],
        outputs: &[(1, rt::Reg::Rsi)],
    }),
    ring_only: None,
    register_only: None,
    doc: "Paint an object.",
};

impl rt::Op for Paint {
    const DESC: &'static rt::OpDesc = &OP_PAINT;
    type Request<'a> = PaintReq;
    type Reply<'a> = PaintReply;
}

impl rt::FastAbi for Paint {
    fn request_to_regs(
        req: &Self::Request<'_>,
        r: &mut rt::Regs,
    ) -> ::core::result::Result<(), hvlink_proto::Errno> {
        r.rsi = rt::reg(req.object);
        r.r8 = rt::reg(req.color);
        Ok(())
    }
    fn request_from_regs(
        r: &rt::Regs,
    ) -> ::core::result::Result<Self::Request<'static>, hvlink_proto::Errno> {
        let v_object = rt::unreg::<u32>(r.rsi, &PAINT_REQ_POLICY.attrs[0])?;
        let v_color = rt::unreg_member::<Color>(r.r8, &PAINT_REQ_POLICY.attrs[1], Color::ENTRIES)?;
        Ok(PaintReq {
            object: v_object,
            color: v_color,
            gloss: 0x32u32,
            mode: PaintMode(0),
        })
    }
    fn reply_to_regs(
        rep: &Self::Reply<'_>,
        r: &mut rt::Regs,
    ) -> ::core::result::Result<(), hvlink_proto::Errno> {
        r.rsi = rt::reg(rep.coats);
        Ok(())
    }
    fn reply_from_regs(
        r: &rt::Regs,
    ) -> ::core::result::Result<Self::Reply<'static>, hvlink_proto::Errno> {
        let v_coats = rt::unreg::<u32>(r.rsi, &PAINT_REPLY_POLICY.attrs[0])?;
        Ok(PaintReply { coats: v_coats })
    }
}

/// Tell an object's color.
///
/// Op 1 (`inspect`), privilege `logical`; max reply 8 bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Inspect;

/// The request of [`Inspect`].
pub type InspectRequest = InspectReq;

/// Descriptor of [`Inspect`].
pub static OP_INSPECT: rt::OpDesc = rt::OpDesc {
    family: "demo",
    family_id: ID,
    msg_type: MSG_TYPE,
    family_version: VERSION,
    name: "inspect",
    id: 1,
    since: 2,
    privilege: rt::Privilege::Logical,
    flags: rt::op_flags::FASTABI,
    request: &INSPECT_REQ_SET,
    reply: &INSPECT_REPLY_SET,
    max_reply: 8,
    target_domain: None,
    fastabi: Some(rt::RegMap {
        form: None,
        inputs: &[(1, rt::Reg::Rsi)],
        outputs: &[(1, rt::Reg::Rsi)],
    }),
    ring_only: None,
    register_only: None,
    doc: "Tell an object's color.",
};

impl rt::Op for Inspect {
    const DESC: &'static rt::OpDesc = &OP_INSPECT;
    type Request<'a> = InspectReq;
    type Reply<'a> = InspectReply;
}

impl rt::FastAbi for Inspect {
    fn request_to_regs(
        req: &Self::Request<'_>,
        r: &mut rt::Regs,
    ) -> ::core::result::Result<(), hvlink_proto::Errno> {
        r.rsi = rt::reg(req.object);
        Ok(())
    }
    fn request_from_regs(
        r: &rt::Regs,
    ) -> ::core::result::Result<Self::Request<'static>, hvlink_proto::Errno> {
        let v_object = rt::unreg::<u32>(r.rsi, &INSPECT_REQ_POLICY.attrs[0])?;
        Ok(InspectReq { object: v_object })
    }
    fn reply_to_regs(
        rep: &Self::Reply<'_>,
        r: &mut rt::Regs,
    ) -> ::core::result::Result<(), hvlink_proto::Errno> {
        r.rsi = rt::reg(rep.color);
        Ok(())
    }
    fn reply_from_regs(
        r: &rt::Regs,
    ) -> ::core::result::Result<Self::Reply<'static>, hvlink_proto::Errno> {
        let v_color = rt::unreg::<Color>(r.rsi, &INSPECT_REPLY_POLICY.attrs[0])?;
        Ok(InspectReply { color: v_color })
    }
}

/// The family's descriptor.
pub static FAMILY: rt::FamilyDesc = rt::FamilyDesc {
    name: "demo",
    id: ID,
    msg_type: MSG_TYPE,
    version: VERSION,
    doc: "A small test family whose two versions exercise the compatibility rules.",
    ops: &[&OP_PAINT, &OP_INSPECT],
};

/// What a host implements for this family: one method per op, called with a request
/// that was already validated (the same way on a ring and by register). Batch ops
/// report each entry's result through `out` as soon as it is known, so a host encodes
/// entries straight into its reply (or progress) message without collecting them.
pub trait Backend {
    /// Paint an object.
    fn paint(
        &mut self,
        ctx: &rt::Ctx,
        req: &PaintReq,
    ) -> ::core::result::Result<PaintReply, hvlink_proto::Errno>;
    /// Tell an object's color.
    fn inspect(
        &mut self,
        ctx: &rt::Ctx,
        req: &InspectReq,
    ) -> ::core::result::Result<InspectReply, hvlink_proto::Errno>;
}

/// Serve one ring request of this family: decode and validate `attrs` as op `cmd`'s
/// request, call the backend, write the reply's attributes (not the headers) into `reply`.
///
/// `ENOSYS` for an unknown op, `EOPNOTSUPP` for a register-only op; a request that fails
/// validation (or a reply that cannot be encoded) is [`rt::ServeError::Invalid`]. Batch ops
/// run the entries of `window` (see [`rt::serve_batch`]); a single-form request runs as a
/// one-entry batch and is answered in the single form. On error `reply` may hold a partial
/// write: the caller drops the message.
pub fn serve<B: Backend + ?Sized, S: c::Sink>(
    backend: &mut B,
    ctx: &rt::Ctx,
    cmd: u8,
    attrs: c::Attrs<'_>,
    window: rt::Window<'_>,
    reply: &mut c::Builder<S>,
) -> ::core::result::Result<rt::Served, rt::ServeError> {
    let _ = window;
    match OpId(cmd) {
        OpId::PAINT => rt::served(&backend.paint(ctx, &PaintReq::decode(attrs)?)?, reply),
        OpId::INSPECT => rt::served(&backend.inspect(ctx, &InspectReq::decode(attrs)?)?, reply),
        _ => Err(rt::ServeError::Errno(hvlink_proto::Errno::ENOSYS)),
    }
}

/// Validate a ring request of op `cmd` as `serve` does before it runs anything (the
/// whole request, every batch entry included), without running it: a host may do this
/// apart (outside its locks) and then serve the request with [`rt::Window::validated`].
/// Unknown and register-only ops pass (`serve` refuses them).
pub fn validate(cmd: u8, attrs: c::Attrs<'_>) -> ::core::result::Result<(), c::Error> {
    match OpId(cmd) {
        OpId::PAINT => PaintReq::decode(attrs).map(|_| ()),
        OpId::INSPECT => InspectReq::decode(attrs).map(|_| ()),
        _ => Ok(()),
    }
}

/// [`validate`], keeping the entries of a batch request in `kept` as they are decoded
/// (see [`rt::keep`]): serve its windows with [`rt::Window::kept`] pointing there and each
/// entry is decoded once. For another op (or entries that borrow from the request) `kept`
/// is emptied and the request validated as by `validate`.
pub fn validate_keep(
    cmd: u8,
    attrs: c::Attrs<'_>,
    kept: &mut rt::Kept,
) -> ::core::result::Result<(), c::Error> {
    kept.clear();
    validate(cmd, attrs)
}

/// Serve one FastABI register call of this family (rdi = op id): request_from_regs,
/// backend, write_regs (rax = 0 + mapped outputs). On error return `Err(errno)` and leave
/// `regs` untouched (the caller writes -errno to rax only: "no implicit clobbering").
/// `ENOSYS` for an unknown op or one without a register mapping.
pub fn serve_regs<B: Backend + ?Sized>(
    backend: &mut B,
    ctx: &rt::Ctx,
    regs: &mut rt::Regs,
) -> ::core::result::Result<(), hvlink_proto::Errno> {
    match OpId(rt::reg_op(regs)?) {
        OpId::PAINT => {
            let req = <Paint as rt::FastAbi>::request_from_regs(regs)?;
            rt::commit_regs::<Paint>(&backend.paint(ctx, &req)?, regs)
        }
        OpId::INSPECT => {
            let req = <Inspect as rt::FastAbi>::request_from_regs(regs)?;
            rt::commit_regs::<Inspect>(&backend.inspect(ctx, &req)?, regs)
        }
        _ => Err(hvlink_proto::Errno::ENOSYS),
    }
}
