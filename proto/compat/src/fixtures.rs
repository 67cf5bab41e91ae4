//! The paint requests the compatibility tests send (object 5, blue), in one place so that the
//! message-level tests (`tests/compat.rs` here) and the end-to-end ones (`hvlink-tests`)
//! speak of the same call. Hand-written.

use crate::{v1, v2};

/// A v1 toolstack's paint: object 5, blue.
pub fn v1_paint() -> v1::demo::PaintReq {
    v1::demo::PaintReq {
        object: 5,
        color: v1::demo::Color::BLUE,
    }
}

/// A v2 toolstack's paint of the same object, with `gloss` and `mode` (the v2 additions).
pub fn v2_paint(gloss: u32, mode: v2::demo::PaintMode) -> v2::demo::PaintReq {
    v2::demo::PaintReq {
        object: 5,
        color: v2::demo::Color::BLUE,
        gloss,
        mode,
    }
}
