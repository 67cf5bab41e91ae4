//! The `hvlink` binary: everything lives in the library (`hvlink_cli`), so tests can run it.

#![deny(unsafe_code)]

fn main() {
    let code = hvlink_cli::run(
        std::env::args_os(),
        &mut std::io::stdout(),
        &mut std::io::stderr(),
    );
    std::process::exit(code);
}
