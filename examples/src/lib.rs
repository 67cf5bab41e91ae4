//! Runnable examples of hvlink as a whole, each a short commented program in `src/bin/`:
//!
//! - `grant_batch` — a guest maps and unmaps many grants in batches, with a status per entry;
//! - `compat_toolstack` — an older and a newer toolstack against an older and a newer host;
//! - `async_userspace` — a guest process awaits long hypervisor work from its own queue;
//! - `fastabi` — the same op through registers and through the ring, and when each wins.
//!
//! Run one with `cargo run -p hvlink-examples --bin grant_batch`; `cargo test` runs them all.
//! They use the embedded reference hypervisor (`hvlink_deploy::embedded`). The bare-metal KVM
//! guest payload lives in `examples/kvm-guest/`; codec examples sit in `codec/examples/`.
