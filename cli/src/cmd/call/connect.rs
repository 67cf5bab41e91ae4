//! `hvlink do --connect PATH`: the request goes to a host in another process (`hvlink serve`)
//! through the guest client — this process attaches as a domain over the domain's own Unix
//! socket (PATH is the host's socket directory, or the socket itself;
//! [`hvlink_guest::client::unix::connect`]: its memory a sealed memfd the host maps), sets up a queue
//! in it and sends the request on that ring ([`hvlink_guest::client::Client::call_raw`]: the
//! attributes as the CLI encoded them from JSON), or with `--regs` as a FastABI register call
//! over the socket (the trap).

use std::path::Path;
use std::time::Duration;

use hvlink_codec::ring::QueueKind;
use hvlink_codec::{ErrorKind, Message};
use hvlink_guest::client::{self, Config, FastPath, Transport};
use hvlink_proto::rt::{OpDesc, Regs};

use super::{print_error, print_reply, regs, Args, Error};
use crate::ynl::{hex, msg};
use crate::{CliError, Io};

/// `hvlink do --connect`: through a guest client attached to a serving host process.
pub(super) fn run(
    args: &Args,
    op: &'static OpDesc,
    request: &[u8],
    path: &Path,
    io: &mut Io<'_>,
) -> Result<(), CliError> {
    if args.regs {
        let regs = regs::request_regs(op, request)?;
        tracing::debug!(?regs, "register call over the socket");
        if args.hex {
            let _ = writeln!(io.err, "regs in:  {regs:x?}");
        }
        let regs = register_call(path, args.domain, regs)?;
        return regs::print(args, op, regs, io);
    }
    let kind = if args.userspace {
        QueueKind::Userspace
    } else {
        QueueKind::Kernel
    };
    match ring_call(path, args.domain, kind, op, request)? {
        Outcome::Messages(parts) => {
            let out: Vec<u8> = parts.concat();
            if args.hex {
                for p in &parts {
                    let _ = writeln!(io.err, "reply:   {}", hex::encode(p));
                }
            }
            print_reply(args, op, request, &out, io)
        }
        Outcome::Host(client::Error::Host {
            errno,
            msg: m,
            offset,
            missing,
            ..
        }) => {
            let hdr = Message::parse(request)
                .map(|m| *m.header())
                .map_err(Error::Request)?;
            let repr = hvlink_codec::ErrorRepr {
                status: -errno.0,
                request: hdr,
                request_len: request.len() as u32,
                request_payload: None,
                ext: hvlink_codec::ExtAck {
                    msg: m.as_deref(),
                    offset,
                    missing_type: missing,
                    ..Default::default()
                },
            };
            print_error(op, &msg::error_info(&repr, Some(request)), io)
        }
        Outcome::Host(error) => Err(Error::Client { op, error }.into()),
    }
}

/// Memory this process hands the host as its domain's (the queue takes about 516 KiB of it).
pub(crate) const MEM_LEN: u64 = 4 << 20;

/// What a call to the serving host produced.
pub(crate) enum Outcome {
    /// The reply messages (ring).
    Messages(Vec<Vec<u8>>),
    /// The host refused the call with an error status (ring: with the extended ack).
    Host(client::Error),
}

fn attach(path: &Path, domain: u16) -> Result<client::unix::Remote, Error> {
    client::unix::connect(path, domain, MEM_LEN).map_err(|error| Error::Attach {
        path: path.to_path_buf(),
        domain,
        error,
    })
}

/// Send `request` (a whole message as [`crate::ynl::encode::request`] builds it) for `op` to
/// the host serving on `path`, as `domain`, on a new ring queue of `kind`.
pub(crate) fn ring_call(
    path: &Path,
    domain: u16,
    kind: QueueKind,
    op: &'static OpDesc,
    request: &[u8],
) -> Result<Outcome, CliError> {
    let attrs = request
        .get(hvlink_codec::header::HEADER_LEN + hvlink_codec::genl::HEADER_LEN..)
        .ok_or(Error::Request(hvlink_codec::Error::new(
            ErrorKind::Truncated,
            request.len(),
            "request shorter than its headers",
        )))?;
    let remote = attach(path, domain)?;
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| CliError::io("cannot start the tokio runtime", e))?;
    runtime.block_on(async {
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
            .map_err(Error::Queue)?;
        tracing::debug!(host = ?c.host().map(|h| h.families.len()), "queue set up");
        let r = c.call_raw(op, attrs).await;
        c.close();
        match r {
            Ok(m) => Ok(Outcome::Messages(m)),
            Err(e @ (client::Error::Host { .. } | client::Error::Unsupported { .. })) => {
                Ok(Outcome::Host(e))
            }
            Err(error) => Err(Error::Client { op, error }.into()),
        }
    })
}

/// Make the register call `regs` on the host serving on `path`, as `domain`.
pub(crate) fn register_call(path: &Path, domain: u16, mut regs: Regs) -> Result<Regs, CliError> {
    let remote = attach(path, domain)?;
    remote
        .transport()
        .register_call(&mut regs)
        .map_err(|e| CliError::io("register call", e))?;
    Ok(regs)
}
