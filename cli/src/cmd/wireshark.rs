//! `hvlink wireshark`: the Wireshark dissector generated from the spec
//! (`proto/wireshark/hvlink.lua`), printed or installed.

use std::path::{Path, PathBuf};

use clap::Parser;

use crate::{CliError, Io};

/// The dissector, as generated from the spec (and checked fresh by the generator's tests).
pub const DISSECTOR: &str = include_str!("../../../proto/wireshark/hvlink.lua");

/// Its file name in a plugin folder.
pub const FILE_NAME: &str = "hvlink.lua";

const AFTER_HELP: &str = "\
Without --install, the dissector is printed on stdout:
  hvlink wireshark > hvlink.lua
  tshark -X lua_script:hvlink.lua -r capture.pcap -V
With --install it is written into Wireshark's personal Lua plugin folder
(~/.local/lib/wireshark/plugins, what `tshark -G folders` calls \"Personal Lua Plugins\"),
or into --dir, and Wireshark loads it at start. Captures are made with --pcap (hvlink demo,
hvlink do, hvlink serve); field names are listed at the top of the file, e.g.
  tshark -r demo.pcap -Y 'hvlink.grant_table.map_reply_entry.status != 0' \\
         -T fields -e hvlink.grant_table.map_reply_entry.index -e hvlink.grant_table.map_reply_entry.status";

/// Arguments of `hvlink wireshark`.
#[derive(Debug, Parser)]
#[command(after_help = AFTER_HELP)]
pub struct Args {
    /// Install into Wireshark's personal Lua plugin folder (or --dir) instead of printing.
    #[arg(long)]
    pub install: bool,
    /// The plugin folder to install into (created if missing).
    #[arg(long, value_name = "DIR", requires = "install")]
    pub dir: Option<PathBuf>,
}

/// Wireshark's personal Lua plugin folder: `$HOME/.local/lib/wireshark/plugins`.
pub fn personal_plugins() -> Option<PathBuf> {
    std::env::var_os("HOME")
        .filter(|h| !h.is_empty())
        .map(|h| Path::new(&h).join(".local/lib/wireshark/plugins"))
}

/// Run `hvlink wireshark`.
pub(crate) fn run(args: &Args, io: &mut Io<'_>) -> Result<(), CliError> {
    if !args.install {
        return io.print(DISSECTOR);
    }
    let dir = match args.dir.clone().or_else(personal_plugins) {
        Some(d) => d,
        None => {
            return Err(CliError::io(
                "no plugin folder: HOME is not set (give --dir)",
                std::io::Error::from(std::io::ErrorKind::NotFound),
            ))
        }
    };
    std::fs::create_dir_all(&dir).map_err(|e| CliError::input("cannot create", &dir, e))?;
    let path = dir.join(FILE_NAME);
    std::fs::write(&path, DISSECTOR).map_err(|e| CliError::input("cannot write", &path, e))?;
    io.print(&format!(
        "installed {} (Wireshark and tshark load it at start)\n",
        path.display()
    ))
}
