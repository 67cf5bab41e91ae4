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
//!
//! What every example would otherwise write out again — starting the host with some grants,
//! the queue a client asks for, a run of grant mappings — is in this small library, so that
//! each program shows only what it is about.
#![deny(unsafe_code)]

use hvlink_codec::ring::QueueKind;
use hvlink_deploy::embedded::{Embedded, Options};
use hvlink_guest::client::{self, Client, Config, FastPath};
use hvlink_proto::event_channel::{AllocUnbound, AllocUnboundReq};
use hvlink_proto::grant_table::{GntmapFlags, MapEntry};

/// What an example's `main` returns.
pub type Result<T> = std::result::Result<T, Box<dyn std::error::Error>>;

/// The embedded reference hypervisor (control domain 0, guests 1 and 2) and its host, started
/// with `opts`, after domain 1's kernel granted its refs `0..grants` to domain 2 (in Xen it
/// writes them into its grant table): ref `r` for frame `0x1000 + r`.
pub fn start(opts: Options, grants: u32) -> Result<Embedded> {
    let host = Embedded::start(opts)?;
    host.with_hv(|hv| {
        (0..grants).try_for_each(|r| hv.grant_access(1, r, 2, 0x1000 + u64::from(r), false))
    })
    .map_err(|e| format!("grant: {e:?}"))?;
    Ok(host)
}

/// A queue of the guest kernel, `id`, whose calls take `path` (registers, ring, or either).
pub fn kernel_queue(id: u16, path: FastPath) -> Config {
    Config {
        queue_id: id,
        fast_path: path,
        ..Config::default()
    }
}

/// A queue of a guest process, `id`: only `logical` ops pass, and always through the ring.
pub fn user_queue(id: u16) -> Config {
    Config {
        kind: QueueKind::Userspace,
        ..kernel_queue(id, FastPath::Ring)
    }
}

/// Host mappings of domain 1's refs `0..n`, one page each from `base` on.
pub fn mappings(n: u32, base: u64) -> Vec<MapEntry> {
    let map = |r: u32| MapEntry {
        dom: 1,
        r#ref: r,
        flags: GntmapFlags::HOST_MAP,
        host_addr: base + u64::from(r) * 4096,
    };
    (0..n).map(map).collect()
}

/// An unbound event channel port of `c`'s domain that domain `remote` may bind.
pub async fn unbound_port(c: &Client, remote: u16) -> client::Result<u32> {
    let req = AllocUnboundReq {
        dom: 0x7FF0, // DOMID_SELF
        remote_dom: remote,
    };
    Ok(c.call::<AllocUnbound>(&req).await?.get().port)
}
