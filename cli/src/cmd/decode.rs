//! `hvlink decode`: messages from hex or a pcap file, pretty-printed with the spec's names.

use std::fmt;
use std::path::PathBuf;

use serde_json::{json, Value as Json};

use crate::ynl::msg::{self, View};
use crate::ynl::{hex, pcap};
use crate::{read_stdin, CliError, Io};

/// Help text after the options.
const AFTER_HELP: &str = "\
Input: hex digits (whitespace, newlines and ':' are ignored; several messages may follow each
other) as arguments or on stdin, or a pcap file of link type LINKTYPE_NETLINK (253) as
`hvlink do --pcap` writes it.

Each message: its header, family and op names, then every attribute by name with its offset
(nests indented, unknown attributes raw); ERROR messages with their status and extended ack,
the offending attribute resolved by name in the echoed request.

Examples:
  hvlink decode 1c000000200101000100000001000000040100000800010003000000
  hvlink do version.version --hex 2>&1 | grep reply | cut -d: -f2 | hvlink decode
  hvlink decode --pcap capture.pcap --json";

/// `hvlink decode` arguments.
#[derive(Debug, clap::Args)]
#[command(after_help = AFTER_HELP)]
pub struct Args {
    /// Hex of one or more messages (stdin when absent and no --pcap).
    pub hex: Vec<String>,
    /// Read the messages from this pcap file instead.
    #[arg(long, value_name = "FILE", conflicts_with = "hex")]
    pub pcap: Option<PathBuf>,
    /// Print JSON instead of text.
    #[arg(long)]
    pub json: bool,
}

/// Why the input holds no message.
#[non_exhaustive]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Error {
    /// Neither hex nor a pcap file was given.
    NoInput,
    /// The input is empty of messages.
    NoMessage,
    /// The input does not frame as messages from byte `at` on.
    Framing {
        /// Where the first message that does not frame starts.
        at: usize,
        /// Why.
        error: hvlink_codec::Error,
    },
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::NoInput => f.write_str("no input: give hex or --pcap FILE"),
            Error::NoMessage => f.write_str("no message in the input"),
            Error::Framing { at, error } => write!(f, "framing error after byte {at}: {error}"),
        }
    }
}

impl std::error::Error for Error {}

/// Where a message came from.
struct Source {
    label: Option<String>,
    bytes: Vec<u8>,
}

/// Run `hvlink decode`.
pub(crate) fn run(args: &Args, io: &mut Io<'_>) -> Result<(), CliError> {
    let sources = if let Some(p) = &args.pcap {
        let f = std::fs::File::open(p).map_err(|e| CliError::input("cannot open", p, e))?;
        let recs = pcap::read(f).map_err(|error| CliError::Pcap {
            path: p.clone(),
            error,
        })?;
        // The family announcements a capture starts with (nlctrl NEWFAMILY, for Wireshark)
        // are not hvlink messages; the record numbers stay Wireshark's frame numbers.
        recs.into_iter()
            .enumerate()
            .filter(|(_, r)| r.message.get(4..6) != Some(&pcap::GENL_ID_CTRL.to_le_bytes()))
            .map(|(i, r)| Source {
                label: Some(format!(
                    "record {} {} dom {} queue {}",
                    i + 1,
                    match r.dir {
                        pcap::Dir::Request => "guest->host",
                        pcap::Dir::Reply => "host->guest",
                    },
                    r.domain,
                    r.queue
                )),
                bytes: r.message,
            })
            .collect()
    } else {
        let text = if args.hex.is_empty() {
            read_stdin()?
        } else {
            args.hex.join(" ")
        };
        let bytes = hex::decode(&text)?;
        if bytes.is_empty() {
            return Err(Error::NoInput.into());
        }
        vec![Source { label: None, bytes }]
    };
    let mut all_json = Vec::new();
    let mut text = String::new();
    let mut n = 0;
    let mut framing = None;
    for src in &sources {
        let (views, err) = msg::views(&src.bytes);
        if views.is_empty() && err.is_none() {
            framing = Some(Error::NoMessage);
        }
        for v in &views {
            n += 1;
            emit(
                &mut text,
                &mut all_json,
                src.label.as_deref(),
                n,
                v,
                args.json,
            );
        }
        if let Some(error) = err {
            let at = views.last().map_or(0, |v| v.at + v.len);
            let why = Error::Framing { at, error };
            if args.json {
                all_json.push(json!({"error": why.to_string()}));
            } else {
                text.push_str(&format!("!! {why}\n"));
            }
            framing = Some(why);
        }
    }
    if args.json {
        let s = serde_json::to_string_pretty(&Json::Array(all_json)).unwrap_or_default();
        io.print(&s)?;
        io.print("\n")?;
    } else {
        io.print(&text)?;
    }
    match framing {
        // The input was not (entirely) messages: say so in the exit code.
        Some(why) if n == 0 => Err(why.into()),
        _ => Ok(()),
    }
}

fn emit(
    text: &mut String,
    all: &mut Vec<Json>,
    label: Option<&str>,
    n: usize,
    v: &View,
    json: bool,
) {
    if json {
        let mut j = v.to_json();
        if let (Some(l), Json::Object(m)) = (label, &mut j) {
            m.insert("source".into(), json!(l));
        }
        all.push(j);
    } else {
        let label = label.map_or(String::new(), |l| format!("  [{l}]"));
        text.push_str(&format!("message {n}: {}{label}\n", v.title()));
        text.push_str(&v.to_text());
    }
}
