//! # hvlink-proto — the canonical hvlink ABI
//!
//! `proto/spec/*.yaml` is the single source of truth for every family (hypercall) and op
//! (sub-op) hvlink speaks; `proto/spec/SCHEMA.md` documents the schema and `docs/ABI.md` is the
//! generated reference. This crate is what `hvlink-proto-gen` generates from the spec, plus
//! the small runtime ([`rt`]) the generated code stands on:
//!
//! - per family a module ([`generated`], re-exported at the root: [`grant_table`],
//!   [`event_channel`], …) with the family and op ids, the definitions as newtypes with named
//!   constants (rustls style: any value is representable, `Debug` prints the name), one struct
//!   per attribute set with `encode`/`decode` ([`rt::AttrSet`]), one unit struct per op
//!   ([`rt::Op`]; [`rt::FastAbi`] for the register path), the policy tables, and a `Backend`
//!   trait with one method per op;
//! - introspection tables ([`FAMILIES`], [`rt::FamilyDesc`], [`rt::OpDesc`], [`rt::SetDesc`])
//!   — what the control family's `get_family` and `get_policy` serve — and the dispatch
//!   lookups [`lookup_msg`] and [`lookup_regs`];
//! - with the feature `serde` (which needs an allocator): `Serialize` for every generated
//!   set, `Deserialize` for those that borrow nothing, and `rt::json::Request<Op>` /
//!   `Reply<Op>` for the others — the JSON of `hvlink do`, so that typed calls can be logged
//!   and replayed (`rt::json`).
//!
//! ## Contract
//!
//! - `no_std`, no allocator (except the optional `serde`, and `alloc`, with which a
//!   [`rt::Kept`] store holds a batch request's entries as its validation decoded them, for
//!   a host to run them without decoding them again). Decoding borrows strings and binaries
//!   from the input and returns batch entries as lazy validated lists ([`rt::List`]); nothing
//!   else allocates.
//! - **Untrusted input.** `decode` validates and decodes in one pass: the policy (types,
//!   sizes, ranges, flag masks, required, duplicates, attribute counts, unknown
//!   must-understand attributes), forms (exactly one), `when` conditions and closed-enum
//!   membership (requests only — replies accept enum values a newer host added). No input
//!   panics; errors name the offending attribute and its offset (the codec's [`codec::Error`]).
//! - **Compatibility.** Unknown optional attributes are ignored, unknown must-understand ones
//!   rejected ([`codec::ErrorKind::UnknownMustUnderstand`]), absent optional attributes get
//!   their spec `default`, and an unknown family or op is [`Errno::ENOSYS`] ("not supported").
//!   Encoders leave out an attribute equal to its default, so a newer sender does not send an
//!   older receiver attributes that would change nothing.
//! - **Registers.** `from_regs` checks every register as the ring path checks the attribute
//!   (width, sign extension, flag 0/1, range, closed enum) and answers `EINVAL` otherwise.
//!
//! ## Example
//!
//! ```
//! use hvlink_proto::event_channel::{PortReq, SendOp};
//! use hvlink_proto::rt::{AttrSet, FastAbi, Op};
//! use hvlink_proto::codec::{Builder, Message, SliceSink};
//!
//! // On a ring: a whole request message, and the host's decode of it.
//! let mut buf = [0u8; 64];
//! let mut b = Builder::new(SliceSink::new(&mut buf));
//! let len = SendOp::write_request(&mut b, 7, 0, &PortReq { port: 3 })?;
//! let msg = Message::parse(&buf[..len])?;
//! let (fam, attrs) = msg.genl()?;
//! let op = hvlink_proto::lookup_msg(msg.message_type().0, fam.cmd).unwrap();
//! assert_eq!(op.name, "send");
//! assert_eq!(PortReq::decode(attrs)?, PortReq { port: 3 });
//!
//! // By register: rax = 32 | 0x40000000, rdi = 4, rsi = port.
//! let regs = SendOp::to_regs(&PortReq { port: 3 }).unwrap();
//! assert_eq!((regs.rax, regs.rdi, regs.rsi), (0x4000_0020, 4, 3));
//! assert_eq!(SendOp::request_from_regs(&regs), Ok(PortReq { port: 3 }));
//! # Ok::<(), hvlink_proto::codec::Error>(())
//! ```
#![no_std]
#![deny(unsafe_code)]
#![warn(missing_docs)]

// The generated code names this crate by its path, so that the same output also compiles
// inside test crates (the compatibility tests generate their own families).
extern crate self as hvlink_proto;

#[cfg(feature = "alloc")]
extern crate alloc;

/// The codec the generated code encodes and decodes with.
pub mod codec {
    pub use hvlink_codec::attr::{Attr, Attrs, F_MUST_UNDERSTAND};
    pub use hvlink_codec::builder::{Builder, Sink, SliceSink};
    pub use hvlink_codec::policy::{AttrPolicy, AttrType, Policy, Values};
    pub use hvlink_codec::{Error, ErrorKind, Message, Result};
}

pub mod backend;
pub mod generated;
pub mod rt;
#[cfg(feature = "serde")]
mod serde_sets;

pub use backend::{Backends, DomId, Hypercalls, Nanos, Unlocked};

pub use generated::control::Errno;
pub use generated::*;
