//! # hvlink-codec — the hvlink wire format
//!
//! hvlink messages are Linux netlink + generic netlink messages, little-endian fixed: a 16-byte
//! message header, a 4-byte family header (op and version), then type-length-value attributes
//! padded to 4 bytes, which may nest and repeat. Real netlink tools read them, and this crate
//! reads what the Linux kernel sends (its tests talk to the kernel over netlink sockets).
//! `docs/PROTOCOL.md` is the normative description.
//!
//! ## Contract
//!
//! - **Untrusted input.** Every parser here takes bytes from a peer that may be hostile: a
//!   guest (on the host) or a host (in a confidential guest). No input makes any function
//!   panic, read outside the slice it was given, loop without bound or allocate. Malformed
//!   input gets an [`Error`] naming what was wrong ([`ErrorKind`] and a static message) and where
//!   (byte offset from the message start, attribute type, missing attribute type) — what
//!   netlink's extended ack carries.
//! - **No allocator.** The core is `no_std` and allocation-free: views borrow the input
//!   ([`Message`], [`Attr`], [`Attrs`]), and [`Builder`] writes into a caller's `&mut [u8]`
//!   through [`SliceSink`], patching nest and message lengths when they close. The `alloc`
//!   feature adds owned types ([`owned`]) and growable sinks (`Vec<u8>`, `bytes::BytesMut` via
//!   `bytes::BufMut`).
//! - **Views and Reprs.** After smoltcp's `wire` module: `header::Packet`, `genl::Packet` and
//!   `attr::Packet` are checked views (`new_checked`; after it, no accessor panics), and the
//!   `Repr` types are their meaning with `parse`/`emit`. nom does the parsing underneath; none
//!   of its types appear in this API.
//! - **Validation** against a [`Policy`] table (what the `hvlink-proto` generator emits from the
//!   spec): types, sizes, values, required, repeated, nesting depth, attribute counts, unknown
//!   attributes (ignored, or rejected in strict mode, or rejected always when the sender set the
//!   must-understand bit).
//! - Hard limits are named constants in [`limits`], each with its reason.
//!
//! ## Example
//!
//! ```
//! use hvlink_codec::{header, genl, policy, Builder, Flags, Message, MessageType, SliceSink};
//! use hvlink_codec::policy::{AttrPolicy, AttrType, Options, Policy};
//!
//! static SEND: Policy = Policy::new("send", &[AttrPolicy::new(1, "port", AttrType::U32).required()]);
//!
//! let mut buf = [0u8; 64];
//! let mut b = Builder::new(SliceSink::new(&mut buf));
//! let m = b.begin_message(header::Repr {
//!     message_type: MessageType(32), flags: Flags::REQUEST, seq: 7, port: 0,
//! })?;
//! b.genl(genl::Repr { cmd: 4, version: 1 })?;
//! b.put_u32(1, 3)?;
//! let len = b.end_message(m)?;
//!
//! let msg = Message::parse(&buf[..len])?;
//! let (op, attrs) = msg.genl()?;
//! policy::validate(attrs.clone(), &SEND, Options::default())?;
//! let port = attrs.find(1)?.expect("validated: required").u32()?;
//! assert_eq!((msg.header().seq, op.cmd, port), (7, 4, 3));
//! # Ok::<(), hvlink_codec::Error>(())
//! ```
#![cfg_attr(not(test), no_std)]
#![deny(unsafe_code)]
#![warn(missing_docs)]

#[cfg(feature = "alloc")]
extern crate alloc;
#[cfg(all(feature = "std", not(test)))]
extern crate std;

#[macro_use]
mod view;

pub mod attr;
pub mod builder;
pub mod errmsg;
mod error;
#[cfg(feature = "alloc")]
#[doc(hidden)]
pub mod fuzzing;
pub mod genl;
pub mod header;
pub mod limits;
mod message;
#[cfg(feature = "alloc")]
pub mod owned;
pub mod policy;
pub mod probe;
#[cfg(feature = "std")]
pub mod ratelimit;
mod reader;
pub mod ring;
#[cfg(feature = "alloc")]
#[doc(hidden)]
pub mod testing;

pub use attr::{Attr, Attrs};
pub use builder::{Builder, Sink, SliceSink};
pub use errmsg::{AckOptions, ExtAck, Repr as ErrorRepr};
pub use error::{Error, ErrorKind, Result};
pub use header::{Flags, MessageType};
pub use message::{Message, Messages};
pub use policy::{AttrPolicy, AttrType, Policy};
