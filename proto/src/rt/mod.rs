//! The small generic runtime the generated code stands on.
//!
//! The generator emits data (policy tables, descriptors, register maps) and thin per-type
//! glue; everything generic lives here once, so that the generated code for the 71 ops stays
//! small and compiles quickly. The exception is decoding, the host's hottest path: each set's
//! `decode_at` is its own specialised loop (a `match` on the attribute type, the encoder's
//! order tried first), built from the per-attribute helpers below ([`Walk`], [`int`],
//! [`check_mask`], …), with the same checks, order and errors as the table-driven walk of
//! its policy (which the policy tables still describe, for introspection; a generated test
//! holds the two together).
//!
//! Its modules, each re-exported here: `scalar` (scalars and elements), `list` (repeated
//! attributes, [`List`]), `decode` and `encode` (per-attribute helpers), `regs` (the FastABI
//! register file), `desc` (descriptors for introspection and lookup), `op` (the [`Op`] and
//! [`FastAbi`] traits), `serve` (what the generated `serve`/`serve_regs` speak: [`Ctx`],
//! [`Window`], [`Served`]), `debug` (`Debug` of definition newtypes).
//!
//! Contract: nothing here panics on any input; decoding borrows from the input and allocates
//! nothing (a [`Kept`] store, with the `alloc` feature, holds what [`keep`] hands it); errors are the codec's [`Error`] (on a ring) or an [`Errno`] (on the register
//! path, where there is no extended ack).

use core::fmt;
use core::marker::PhantomData;

use hvlink_codec::attr::{Attr, Attrs};
use hvlink_codec::builder::{Builder, Sink};
use hvlink_codec::policy::{self, AttrPolicy, Options, Policy, Values};
use hvlink_codec::{genl, header, Error, ErrorKind, Flags, MessageType, Result};

use crate::Errno;

/// The FastABI bit: a register call puts `family id | FASTABI_BIT` in rax.
pub const FASTABI_BIT: u64 = 0x4000_0000;

/// DOMID_SELF: the calling domain.
pub const DOMID_SELF: u16 = 0x7FF0;

mod debug;
mod decode;
mod desc;
mod encode;
#[cfg(feature = "serde")]
pub mod json;
mod list;
mod op;
mod regs;
mod scalar;
mod serve;

pub use debug::*;
pub use decode::*;
pub use desc::*;
pub use encode::*;
pub use list::*;
pub use op::*;
pub use regs::*;
pub use scalar::*;
pub use serve::*;
