//! The subcommands, one module each: its arguments (clap), the help text after them, and its
//! `run`. The generic JSON ⇄ TLV work is [`crate::ynl`]'s, the host they talk to
//! [`crate::embedded`]'s, the demo's use cases `demo/`'s.

pub mod bench;
pub mod call;
pub mod decode;
pub mod demo;
pub mod serve;
pub mod spec;
pub mod wireshark;
pub mod xl;
