//! Use case b: toolstacks that keep working across hypervisor versions, on real domains. A
//! toolstack built against Xen 4.15's interface (domctl v1, sysctl v1) and one built against
//! Xen 4.17's (domctl v3, sysctl v2) — one source, [`crate::toolstack`] — build, list and
//! destroy domains on a Xen 4.17 host (the demo's main host) and on a Xen 4.15 host (a second
//! one brought up for this). What differs is handled by the generated types and negotiation:
//! defaults filled, unknown optional attributes ignored, a must-understand one refused by
//! name, an op the host lacks known before it is sent.

use hvlink_codec::ring::QueueKind;
use hvlink_deploy::embedded::{Embedded, Options};
use hvlink_guest::client::{self, Client, Config, FastPath};
use hvlink_proto::domctl;
use hvlink_proto::Errno;
use hvlink_refhv::older::XenVersion;

use super::Ui;
use crate::cmd::demo::Error;
use crate::embedded::{self, PcapCapture, DOM0};
use crate::toolstack::{self, list_line, v1, v3, DomainSpec, Error as TsError, Row};
use crate::CliError;

fn failed(error: client::Error) -> CliError {
    Error::Client {
        case: "compat",
        error,
    }
    .into()
}

fn ts_failed(e: TsError) -> CliError {
    match e {
        TsError::Call { error, .. } => failed(error),
        other => Error::Toolstack {
            case: "compat",
            error: other,
        }
        .into(),
    }
}

async fn toolstack(e: &Embedded, queue: u16) -> Result<Client, CliError> {
    e.client(
        DOM0,
        Config {
            queue_id: queue,
            kind: QueueKind::Userspace,
            fast_path: FastPath::Auto,
            ..Config::default()
        },
    )
    .await
    .map_err(failed)
}

const OLD: &str = "4.15 toolstack (v1)";
const NEW: &str = "4.17 toolstack (v3)";

fn line(who: &str, call: &str, result: impl AsRef<str>) -> String {
    format!("  {who:20} {call:36} {}", result.as_ref())
}

/// The domctl version a host reported by introspection.
fn domctl_version(c: &Client) -> Option<u8> {
    c.host()
        .and_then(|h| h.families.get(&domctl::ID).map(|f| f.1))
}

/// A host's refusal, with the attribute its extended ack points at in `req`.
fn refusal(e: &client::Error, req: &domctl::CreateReq<'_>) -> (String, Option<String>) {
    match e {
        client::Error::Host {
            errno, msg, offset, ..
        } => {
            let attr = offset.and_then(|off| attr_at(req, off));
            let mut s = format!("{errno:?}");
            if let Some(m) = msg {
                s += &format!(": {m}");
            }
            if let Some(a) = &attr {
                s += &format!(": `{a}`");
            }
            (s, attr)
        }
        e => (e.to_string(), None),
    }
}

/// The attribute at `offset` of a createdomain request.
fn attr_at(req: &domctl::CreateReq<'_>, offset: u32) -> Option<String> {
    use hvlink_proto::rt::Op;
    let mut b = hvlink_codec::Builder::new(Vec::new());
    domctl::Createdomain::write_request(&mut b, 1, 0, req).ok()?;
    let bytes = b.into_inner();
    let msg = hvlink_codec::Message::parse(&bytes).ok()?;
    let (_, attrs) = msg.genl().ok()?;
    let fields = crate::ynl::tree::walk(attrs, Some(domctl::Createdomain::DESC.request));
    crate::ynl::tree::path_at(&fields, offset)
}

fn spec(name: &str, memory_mib: u64, vcpus: u32) -> DomainSpec {
    DomainSpec {
        name: name.into(),
        memory_mib,
        vcpus,
    }
}

async fn show_list(ui: &mut Ui<'_, '_>, who: &str, rows: &[Row]) -> Result<(), CliError> {
    ui.say(format!("  {who}: xl list"))?;
    ui.say(format!("    {}", toolstack::LIST_HEADER))?;
    for r in rows {
        ui.say(format!("    {}", list_line(r)))?;
    }
    Ok(())
}

/// Run use case b: `main` is a Xen 4.17 host; a Xen 4.15 host is brought up beside it.
pub(super) async fn run(
    main: &Embedded,
    ui: &mut Ui<'_, '_>,
    capture: Option<&PcapCapture>,
) -> Result<(), CliError> {
    ui.say("toolstacks in control domain 0: one built against Xen 4.15's domctl/sysctl (v1),")?;
    ui.say("one against Xen 4.17's (v3: createdomain grant_opts + cpupool_id, paging pool ops)")?;
    let pb = ui.phase("toolstacks against the Xen 4.17 host", None);
    let old_host = embedded::start(Options {
        guests: 0,
        xen: XenVersion::Xen415,
        ..Options::default()
    })?;
    if let Some(c) = capture {
        c.install(&mut *old_host.shared().host());
    }
    let mut built = 0;
    let mut refused = 0;

    // --- the new host (Xen 4.17)
    let old = toolstack(main, 21).await?;
    let new = toolstack(main, 22).await?;
    let v = domctl_version(&new);
    ui.say(format!(
        "Xen 4.17 host: get_family says domctl version {}",
        v.map_or("-".into(), |v| v.to_string())
    ))?;
    ui.check(
        "b",
        v == Some(3),
        "the 4.17 host reports domctl v3 (introspection)",
    )?;
    let a = v1::create(&old, &spec("old-web", 256, 2)).await;
    ui.say(line(
        OLD,
        "create old-web (256 MiB, 2 vCPUs)",
        match &a {
            Ok(d) => format!("ok, domain {d}; the host filled cpupool 0 and grant v2 (defaults)"),
            Err(e) => format!("error: {e}"),
        },
    ))?;
    let b = v3::create(&new, &spec("new-db", 128, 1)).await;
    ui.say(line(
        NEW,
        "create new-db (128 MiB, 1 vCPU)",
        match &b {
            Ok(d) => format!("ok, domain {d}"),
            Err(e) => format!("error: {e}"),
        },
    ))?;
    let (a, b) = (a.map_err(ts_failed)?, b.map_err(ts_failed)?);
    built += 2;
    let pool = new
        .call::<domctl::GetPagingMempoolSize>(&domctl::DomReq { domain: b })
        .await;
    ui.say(line(
        NEW,
        "get_paging_mempool_size new-db",
        match &pool {
            Ok(r) => format!("ok, {} bytes (op of Xen 4.17)", r.get().size),
            Err(e) => format!("error: {e}"),
        },
    ))?;
    let rows_old = v1::list(&old).await.map_err(ts_failed)?;
    let rows_new = v3::list(&new).await.map_err(ts_failed)?;
    show_list(ui, OLD, &rows_old).await?;
    // The same domains, names, memory and state (CPU time moves between the two calls).
    let key = |rows: &[Row]| -> Vec<(u16, String, u64, String)> {
        rows.iter()
            .map(|r| (r.id, r.name.clone(), r.mem_mib, r.state()))
            .collect()
    };
    let same = key(&rows_old) == key(&rows_new);
    ui.check(
        "b",
        pool.is_ok()
            && same
            && rows_new
                .iter()
                .any(|r| r.name == "new-db" && r.mem_mib == 128),
        "both toolstacks build on the 4.17 host and list the same domains",
    )?;
    v1::destroy(&old, b).await.map_err(ts_failed)?;
    v3::destroy(&new, a).await.map_err(ts_failed)?;
    let gone = v3::list(&new).await.map_err(ts_failed)?;
    ui.say(line(
        NEW,
        "destroy both; list",
        format!("{} domain(s) left", gone.len()),
    ))?;
    ui.check(
        "b",
        !gone.iter().any(|r| r.id == a || r.id == b),
        "each toolstack destroys the other's domain; the list no longer has them",
    )?;
    old.close();
    new.close();

    // --- the old host (Xen 4.15)
    pb.set_message("toolstacks against the Xen 4.15 host");
    let old = toolstack(&old_host, 21).await?;
    let new = toolstack(&old_host, 22).await?;
    let v = domctl_version(&new);
    ui.say(format!(
        "Xen 4.15 host: get_family says domctl version {}",
        v.map_or("-".into(), |v| v.to_string())
    ))?;
    ui.check(
        "b",
        v == Some(1),
        "the 4.15 host reports domctl v1 (introspection)",
    )?;
    let a = v1::create(&old, &spec("old-web", 256, 2)).await;
    ui.say(line(
        OLD,
        "create old-web (256 MiB, 2 vCPUs)",
        match &a {
            Ok(d) => format!("ok, domain {d}"),
            Err(e) => format!("error: {e}"),
        },
    ))?;
    let a = a.map_err(ts_failed)?;
    built += 1;
    // The new toolstack asks that the guest be limited to grant v1: a 4.15 host cannot
    // honour it and must not ignore it.
    let strict = domctl::CreateReq {
        domain: 0,
        flags: domctl::Cdf::HVM | domctl::Cdf::HAP,
        max_vcpus: 1,
        max_evtchn_port: 1023,
        max_grant_frames: -1,
        max_maptrack_frames: -1,
        handle: None,
        name: Some("new-db"),
        max_grant_version: Some(1),
        cpupool_id: 0,
    };
    let r = new.call_ring::<domctl::Createdomain>(&strict).await;
    let (msg, attr) = match &r {
        Ok(_) => (
            "ok?! (the host acted on what it does not understand)".to_string(),
            None,
        ),
        Err(e) => refusal(e, &strict),
    };
    ui.say(line(
        NEW,
        "create new-db, max grant version 1",
        format!("refused: {msg}"),
    ))?;
    let named = matches!(&r, Err(client::Error::Host { errno, .. }) if *errno == Errno::EOPNOTSUPP)
        && attr.as_deref() == Some("max-grant-version");
    refused += u32::from(named);
    ui.check(
        "b",
        named,
        "the 4.15 host refuses the must-understand max-grant-version and names it",
    )?;
    let b = v3::create(&new, &spec("new-db", 128, 1)).await;
    ui.say(line(
        NEW,
        "create new-db (no grant limit)",
        match &b {
            Ok(d) => format!("ok, domain {d}; cpupool-id (unknown to 4.15) ignored"),
            Err(e) => format!("error: {e}"),
        },
    ))?;
    let b = b.map_err(ts_failed)?;
    built += 1;
    let pool = new
        .call::<domctl::GetPagingMempoolSize>(&domctl::DomReq { domain: b })
        .await;
    ui.say(line(
        NEW,
        "get_paging_mempool_size new-db",
        match &pool {
            Ok(_) => "ok?!".to_string(),
            Err(e) => format!("not sent: {e}"),
        },
    ))?;
    let unsupported = matches!(
        &pool,
        Err(client::Error::Unsupported {
            host_family_version: Some(1),
            ..
        })
    );
    refused += u32::from(unsupported);
    ui.check(
        "b",
        unsupported,
        "the client knows from get_family that the 4.15 host lacks the paging pool ops",
    )?;
    let info = new
        .call::<domctl::Getdomaininfo>(&domctl::QueryReq { domain: b })
        .await
        .map_err(failed)?;
    ui.say(line(
        NEW,
        "getdomaininfo new-db",
        format!(
            "ok, {} pages; gpaddr-bits {} (4.15 has none)",
            info.get().tot_pages,
            info.get()
                .gpaddr_bits
                .map_or("absent".into(), |g| g.to_string())
        ),
    ))?;
    let rows = v3::list(&new).await.map_err(ts_failed)?;
    show_list(ui, NEW, &rows).await?;
    let listed =
        rows.iter().any(|r| r.name == "old-web") && rows.iter().any(|r| r.name == "new-db");
    v3::destroy(&new, a).await.map_err(ts_failed)?;
    v1::destroy(&old, b).await.map_err(ts_failed)?;
    let gone = v1::list(&old).await.map_err(ts_failed)?;
    ui.say(line(
        OLD,
        "destroy both; list",
        format!("{} domain(s) left", gone.len()),
    ))?;
    ui.check(
        "b",
        listed && info.get().gpaddr_bits.is_none() && !gone.iter().any(|r| r.id == a || r.id == b),
        "on the 4.15 host both toolstacks build, list and destroy; 4.16+ fields are absent",
    )?;
    old.close();
    new.close();
    drop(old_host);
    pb.set_message("done");
    ui.row(
        "b",
        vec![
            format!("4.15 and 4.17 toolstacks on a 4.17 and a 4.15 host: {built} domains built,"),
            "listed (netlink dump) and destroyed; defaults filled, unknown optional ignored;".into(),
            format!("{refused} refused clearly: must-understand max-grant-version; paging pool op not sent"),
        ],
    );
    Ok(())
}
