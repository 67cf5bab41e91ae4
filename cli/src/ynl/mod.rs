//! The ynl-style machinery: JSON ⇄ TLV from the spec's descriptors alone, as the Linux
//! kernel's ynl does it, with no per-op code.
//!
//! - [`encode`]: a JSON object → a request message (names to type numbers, widths checked,
//!   enums and flags by name, nests, repeated attributes, the must-understand bit);
//! - [`tree`]: attributes → a tree of fields, printed as JSON or indented text; a register
//!   reply read back the same way;
//! - [`msg`]: whole messages described for people: header, family and op names, ERRORs with
//!   the offending attribute resolved to its name;
//! - [`pcap`]: classic pcap files of messages (`LINKTYPE_NETLINK`) that Wireshark opens;
//! - [`hex`]: bytes as hex and back;
//! - [`defs`]: the spec's enums and flag sets by name (the generated
//!   [`hvlink_proto::DEFINITIONS`]).
//!
//! Nothing here talks to a host: the commands ([`crate::cmd`]) do that.

pub mod defs;
pub mod encode;
pub mod hex;
pub mod msg;
pub mod pcap;
pub mod tree;
