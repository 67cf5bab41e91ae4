//! `hvlink do --connect PATH`: the request goes to a host in another process (`hvlink serve`)
//! through the guest client — this process attaches as a domain over the host's Unix socket
//! ([`hvlink_guest::client::unix::connect`]: its memory a memfd the host maps), sets up a queue
//! in it and sends the request on that ring, or with `--regs` as a FastABI register call over
//! the socket (the trap).
//!
//! The client's calls are typed by op ([`Op`]); the CLI builds requests from JSON for any op,
//! so it hands the client an op type per spec op ([`Dyn`], whose descriptor is the `N`-th op
//! of [`hvlink_proto::FAMILIES`]) with a request that is the encoded attributes as they are
//! ([`RawAttrs`]) and a reply that accepts any attributes ([`AnyReply`]: the CLI decodes the
//! raw reply messages itself, as for the embedded host).

use std::path::Path;
use std::time::Duration;

use hvlink_codec::attr::Attrs;
use hvlink_codec::builder::Sink;
use hvlink_codec::ring::QueueKind;
use hvlink_codec::{Builder, Flags};
use hvlink_guest::client::{self, Client, Config, FastPath, Transport};
use hvlink_proto::rt::{self, AttrSet, Op, OpDesc, Regs, SetDesc};

use crate::CliError;

/// Memory this process hands the host as its domain's (the queue takes about 516 KiB of it).
pub const MEM_LEN: u64 = 4 << 20;

/// How many ops of the spec [`Dyn`] can stand for (checked at compile time).
const MAX_OPS: usize = 128;

/// Every op of the spec, in [`hvlink_proto::FAMILIES`] order.
const fn op_count() -> usize {
    let fams = hvlink_proto::FAMILIES;
    let (mut i, mut n) = (0, 0);
    while i < fams.len() {
        n += fams[i].ops.len();
        i += 1;
    }
    n
}

const _: () = assert!(
    op_count() <= MAX_OPS,
    "raise MAX_OPS and the dispatch table"
);

/// The `n`-th op of the spec (the first op for an `n` out of range, never asked for).
const fn nth_op(n: usize) -> &'static OpDesc {
    let fams = hvlink_proto::FAMILIES;
    let (mut i, mut k) = (0, n);
    while i < fams.len() {
        let ops = fams[i].ops;
        if k < ops.len() {
            return ops[k];
        }
        k -= ops.len();
        i += 1;
    }
    fams[0].ops[0]
}

/// The index of `op` in the spec, for [`Dyn`].
fn op_index(op: &OpDesc) -> Option<usize> {
    hvlink_proto::FAMILIES
        .iter()
        .flat_map(|f| f.ops.iter())
        .position(|o| o.family_id == op.family_id && o.id == op.id)
}

/// The `N`-th op of the spec as an [`Op`] type, with raw requests and replies.
pub struct Dyn<const N: usize>;

impl<const N: usize> Op for Dyn<N> {
    const DESC: &'static OpDesc = nth_op(N);
    type Request<'a> = RawAttrs<'a>;
    type Reply<'a> = AnyReply;
}

/// A request's attributes, already encoded (what [`crate::encode`] built from JSON).
#[derive(Debug, Clone, Copy)]
pub struct RawAttrs<'a>(pub &'a [u8]);

impl<'a> AttrSet<'a> for RawAttrs<'a> {
    const DESC: &'static SetDesc = &rt::EMPTY_SET;
    fn decode_at(attrs: Attrs<'a>, _container: usize) -> hvlink_codec::Result<Self> {
        Ok(RawAttrs(attrs.remaining()))
    }
    fn encode<S: Sink>(&self, b: &mut Builder<S>) -> hvlink_codec::Result<()> {
        b.put_raw(self.0)
    }
}

/// Any reply: the raw messages are decoded by the CLI.
#[derive(Debug, Clone, Copy)]
pub struct AnyReply;

impl<'a> AttrSet<'a> for AnyReply {
    const DESC: &'static SetDesc = &rt::EMPTY_SET;
    fn decode_at(_: Attrs<'a>, _container: usize) -> hvlink_codec::Result<Self> {
        Ok(AnyReply)
    }
    fn encode<S: Sink>(&self, _: &mut Builder<S>) -> hvlink_codec::Result<()> {
        Ok(())
    }
}

async fn send<const N: usize>(c: &Client, attrs: &[u8]) -> client::Result<Vec<Vec<u8>>> {
    let p = c.start::<Dyn<N>>(&RawAttrs(attrs), Flags(0), None).await?;
    c.flush();
    Ok(p.wait().await?.messages().to_vec())
}

macro_rules! dispatch {
    ($n:expr, $c:expr, $a:expr; $($i:literal)*) => {
        match $n {
            $($i => send::<$i>($c, $a).await,)*
            _ => Err(client::Error::Protocol(format!("op index {} out of range", $n))),
        }
    };
}

async fn send_any(n: usize, c: &Client, attrs: &[u8]) -> client::Result<Vec<Vec<u8>>> {
    dispatch!(n, c, attrs;
        0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25 26 27 28 29 30 31
        32 33 34 35 36 37 38 39 40 41 42 43 44 45 46 47 48 49 50 51 52 53 54 55 56 57 58 59 60
        61 62 63 64 65 66 67 68 69 70 71 72 73 74 75 76 77 78 79 80 81 82 83 84 85 86 87 88 89
        90 91 92 93 94 95 96 97 98 99 100 101 102 103 104 105 106 107 108 109 110 111 112 113
        114 115 116 117 118 119 120 121 122 123 124 125 126 127)
}

/// What a call to the serving host produced.
pub enum Outcome {
    /// The reply messages (ring).
    Messages(Vec<Vec<u8>>),
    /// The host refused the call with an error status (ring: with the extended ack).
    Host(client::Error),
}

fn runtime() -> Result<tokio::runtime::Runtime, CliError> {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| CliError::Failed(format!("cannot start the tokio runtime: {e}")))
}

fn attach(path: &Path, domain: u16) -> Result<client::unix::Remote, CliError> {
    client::unix::connect(path, domain, MEM_LEN).map_err(|e| {
        CliError::Failed(format!(
            "cannot attach to the host at {} as domain {domain}: {e}",
            path.display()
        ))
    })
}

/// Send `request` (a whole message as [`crate::encode::request`] builds it) for `op` to the
/// host serving on `path`, as `domain`, on a new ring queue of `kind`.
pub fn ring_call(
    path: &Path,
    domain: u16,
    kind: QueueKind,
    op: &'static OpDesc,
    request: &[u8],
) -> Result<Outcome, CliError> {
    let n = op_index(op)
        .ok_or_else(|| CliError::Usage(format!("{}.{} is not in the spec", op.family, op.name)))?;
    let attrs = request
        .get(hvlink_codec::header::HEADER_LEN + hvlink_codec::genl::HEADER_LEN..)
        .ok_or_else(|| CliError::Failed("request shorter than its headers".into()))?;
    let remote = attach(path, domain)?;
    runtime()?.block_on(async {
        let c = remote
            .client(Config {
                queue_id: 1,
                kind,
                ring_size: 1 << 18,
                fast_path: FastPath::Ring,
                timeout: Some(Duration::from_secs(30)),
                ..Config::default()
            })
            .await
            .map_err(|e| CliError::Failed(format!("cannot set up a queue: {e}")))?;
        tracing::debug!(host = ?c.host().map(|h| h.families.len()), "queue set up");
        let r = send_any(n, &c, attrs).await;
        c.close();
        match r {
            Ok(m) => Ok(Outcome::Messages(m)),
            Err(e @ (client::Error::Host { .. } | client::Error::Unsupported { .. })) => {
                Ok(Outcome::Host(e))
            }
            Err(e) => Err(CliError::Failed(format!("{}.{}: {e}", op.family, op.name))),
        }
    })
}

/// Make the register call `regs` on the host serving on `path`, as `domain`.
pub fn register_call(path: &Path, domain: u16, mut regs: Regs) -> Result<Regs, CliError> {
    let remote = attach(path, domain)?;
    remote
        .transport()
        .register_call(&mut regs)
        .map_err(|e| CliError::Failed(format!("register call: {e}")))?;
    Ok(regs)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_op_has_a_dyn() {
        let all: Vec<_> = hvlink_proto::FAMILIES
            .iter()
            .flat_map(|f| f.ops.iter())
            .collect();
        assert!(all.len() <= MAX_OPS);
        for (i, op) in all.iter().enumerate() {
            assert_eq!(op_index(op), Some(i));
            let d = nth_op(i);
            assert_eq!((d.family_id, d.id), (op.family_id, op.id));
        }
        assert_eq!(<Dyn<3> as Op>::DESC.name, nth_op(3).name);
    }
}
