//! Seeds for the `c_parse` fuzz target: per op a few generated messages that parse and one
//! that does not, each behind the op's selector byte.
//!
//! `cargo run -p hvlink-clib --example write_fuzz_seeds -- DIR`

use std::path::PathBuf;
use std::process::ExitCode;

use hvlink_clib::fuzzing::{message, Rng};
use hvlink_clib::{compare, Outcome, REPLIES};

fn main() -> ExitCode {
    let Some(dir) = std::env::args_os().nth(1).map(PathBuf::from) else {
        eprintln!("usage: write_fuzz_seeds DIR");
        return ExitCode::from(2);
    };
    if let Err(e) = std::fs::create_dir_all(&dir) {
        eprintln!("write_fuzz_seeds: {}: {e}", dir.display());
        return ExitCode::FAILURE;
    }
    let mut rng = Rng::new(11);
    let mut written = 0;
    for (i, case) in REPLIES.iter().enumerate() {
        let (mut ok, mut bad) = (0, 0);
        for _ in 0..20_000 {
            if ok >= 3 && bad >= 1 {
                break;
            }
            let m = message(&mut rng, case);
            let parsed = matches!(compare(case, &m), Ok(Outcome::Ok(_)));
            if (parsed && ok < 3) || (!parsed && bad < 1) {
                let mut seed = vec![i as u8];
                seed.extend_from_slice(&m);
                let path = dir.join(format!("seed-{i:03}-{}", ok + bad));
                if let Err(e) = std::fs::write(&path, seed) {
                    eprintln!("write_fuzz_seeds: {}: {e}", path.display());
                    return ExitCode::FAILURE;
                }
                written += 1;
                if parsed {
                    ok += 1;
                } else {
                    bad += 1;
                }
            }
        }
    }
    eprintln!("wrote {written} seeds");
    ExitCode::SUCCESS
}
