//! Use case a: batched grant map/unmap. Domain 1 grants N pages to domain 2; domain 2 maps
//! them in batch messages on its kernel ring — a few entries deliberately bad, each answered
//! with its own status — and unmaps what it mapped; then the same maps as one ring call each
//! and as one register call each, timed.

use std::collections::BTreeMap;
use std::sync::atomic::Ordering;
use std::time::{Duration, Instant};

use hvlink_deploy::embedded::Embedded;
use hvlink_guest::client::{self, Client, Config, FastPath};
use hvlink_proto::grant_table::{
    BatchMode, GntmapFlags, Gntst, MapEntry, MapGrantRef, MapMode, MapReplyForm, MapReq,
    MapReqForm, UnmapEntry, UnmapGrantRef, UnmapReplyForm, UnmapReq, UnmapReqForm,
};

use super::{us, Args, Ui};
use crate::cmd::demo::Error;
use crate::embedded::{self, DOM1, DOM2};
use crate::CliError;

/// Where dom 2 maps the granted frames (its guest-physical addresses; the window repeats
/// every 8192 pages).
const MAP_BASE: u64 = 0x80_0000;
/// The frame dom 1 grants as ref `r`.
const FRAME_BASE: u64 = 0x1000;

/// The name of a grant status (`bad-gntref`).
pub(crate) fn gntst_name(s: Gntst) -> String {
    Gntst::ENTRIES
        .iter()
        .find(|(_, v)| *v == i64::from(s.0))
        .map_or_else(|| s.0.to_string(), |(n, _)| (*n).to_string())
}

/// Entry `i` of `n`, and the status it must get. Every `spacing`-th entry is bad, in turn:
/// a ref beyond the grant table, a domain that does not exist, an address outside dom 2's
/// memory.
fn entry(i: u32, n: u32) -> (MapEntry, Gntst) {
    let spacing = (n / 8).clamp(4, 512);
    let mut e = MapEntry {
        dom: DOM1,
        r#ref: i,
        flags: GntmapFlags::HOST_MAP,
        host_addr: MAP_BASE + u64::from(i % 8192) * 4096,
    };
    if i % spacing != spacing - 1 {
        return (e, Gntst::OKAY);
    }
    match (i / spacing) % 3 {
        0 => {
            e.r#ref = 1 << 30;
            (e, Gntst::BAD_GNTREF)
        }
        1 => {
            e.dom = 9;
            (e, Gntst::BAD_DOMAIN)
        }
        _ => {
            e.host_addr = 1 << 40;
            (e, Gntst::BAD_VIRT_ADDR)
        }
    }
}

fn failed(error: client::Error) -> CliError {
    Error::Client {
        case: "grant",
        error,
    }
    .into()
}

fn counters(c: &Client) -> (u64, u64, u64) {
    let s = c.stats();
    (
        s.messages.load(Ordering::Relaxed),
        s.doorbells.load(Ordering::Relaxed),
        s.register_calls.load(Ordering::Relaxed),
    )
}

/// Map `es` one call each (ring or registers, as the client's policy says), then unmap them
/// one call each; every status must be okay. The time taken.
/// How long the one-call-per-op comparison warms up before it is timed.
const WARM_UP: Duration = Duration::from_millis(200);

async fn one_by_one(c: &Client, es: &[MapEntry], regs: bool) -> Result<(Duration, bool), CliError> {
    let t = Instant::now();
    let mut handles = Vec::with_capacity(es.len());
    let mut ok = true;
    for e in es {
        let req = MapReq {
            form: MapReqForm::Single {
                dom: e.dom,
                r#ref: e.r#ref,
                flags: e.flags,
                host_addr: e.host_addr,
            },
        };
        let rep = if regs {
            c.call::<MapGrantRef>(&req).await
        } else {
            c.call_ring::<MapGrantRef>(&req).await
        }
        .map_err(failed)?;
        match rep.get().form {
            MapReplyForm::Single {
                status: Gntst::OKAY,
                handle: Some(h),
                ..
            } => handles.push((e.host_addr, h)),
            _ => ok = false,
        }
    }
    for (host_addr, handle) in handles {
        let req = UnmapReq {
            form: UnmapReqForm::Single {
                host_addr,
                dev_bus_addr: 0,
                handle,
            },
        };
        let rep = if regs {
            c.call::<UnmapGrantRef>(&req).await
        } else {
            c.call_ring::<UnmapGrantRef>(&req).await
        }
        .map_err(failed)?;
        ok &= matches!(
            rep.get().form,
            UnmapReplyForm::Single {
                status: Gntst::OKAY
            }
        );
    }
    Ok((t.elapsed(), ok))
}

/// A guest client of dom 2's kernel on queue `queue`, small calls going by `fast_path`.
async fn dom2_client(host: &Embedded, queue: u16, fast_path: FastPath) -> Result<Client, CliError> {
    let config = Config {
        queue_id: queue,
        fast_path,
        ..Config::default()
    };
    host.client(DOM2, config).await.map_err(failed)
}

/// Run use case a on `host`.
pub(super) async fn run(host: &Embedded, ui: &mut Ui<'_, '_>, args: &Args) -> Result<(), CliError> {
    let n = args.entries;
    let batch = args.batch as usize;
    host.with_hv(|hv| embedded::grant(hv, 0..n, FRAME_BASE))?;
    ui.say(format!(
        "dom 1 grants {n} pages to dom 2 (refs 0..{n}, writable) by writing its grant table"
    ))?;

    let ring = dom2_client(host, 1, FastPath::Ring).await?;
    let (entries, expected): (Vec<MapEntry>, Vec<Gntst>) = (0..n).map(|i| entry(i, n)).unzip();
    let bad = expected.iter().filter(|s| **s != Gntst::OKAY).count();
    ui.say(format!(
        "dom 2 maps all {n} on its kernel ring, {batch} entries per batch message ({bad} entries deliberately bad)"
    ))?;

    // Map, batch by batch.
    let pb = ui.phase("mapping", Some(u64::from(n)));
    let (m0, d0, _) = counters(&ring);
    let t = Instant::now();
    let mut results = Vec::with_capacity(n as usize);
    let mut in_order = true;
    for chunk in entries.chunks(batch) {
        let r = ring
            .grant_map(chunk, MapMode::INDEPENDENT)
            .await
            .map_err(failed)?;
        // Each reply entry carries its index in its request.
        in_order &=
            r.len() == chunk.len() && r.iter().enumerate().all(|(k, e)| e.index as usize == k);
        results.extend(r);
        pb.inc(chunk.len() as u64);
    }
    let map_time = t.elapsed();
    let (m1, d1, _) = counters(&ring);
    let mapped = results.iter().filter(|r| r.status == Gntst::OKAY).count();
    ui.say(format!(
        "  map:    {mapped} okay, {} failed; {} messages, {} doorbell(s), {:.1} ms",
        results.len() - mapped,
        m1 - m0,
        d1 - d0,
        map_time.as_secs_f64() * 1e3
    ))?;
    let mut by_status: BTreeMap<String, usize> = BTreeMap::new();
    let mut statuses_right = in_order && results.len() == entries.len();
    for (k, r) in results.iter().enumerate() {
        statuses_right &= expected.get(k) == Some(&r.status);
        if r.status != Gntst::OKAY {
            *by_status.entry(gntst_name(r.status)).or_default() += 1;
            if by_status.values().sum::<usize>() <= 6 {
                let e = &entries[k];
                ui.say(format!(
                    "    entry {k:>5}: dom {} ref {:#x} addr {:#x} -> {}",
                    e.dom,
                    e.r#ref,
                    e.host_addr,
                    gntst_name(r.status)
                ))?;
            }
        }
    }
    if bad > 6 {
        ui.say(format!("    ... {} more", bad - 6))?;
    }
    let failures: Vec<String> = by_status.iter().map(|(s, k)| format!("{s} x{k}")).collect();
    ui.check(
        "a",
        statuses_right,
        format!(
            "every entry has its own status: {mapped} okay, the {bad} bad ones refused ({})",
            failures.join(", ")
        ),
    )?;
    let live = host.with_hv(|hv| {
        (0..n)
            .filter(|r| hv.grant_status(DOM1, *r).is_some_and(|g| g.mappings == 1))
            .count()
    });
    ui.check(
        "a",
        live == mapped,
        format!("the hypervisor holds {live} live mappings of dom 1's grants"),
    )?;

    // Unmap what was mapped.
    let unmap: Vec<UnmapEntry> = entries
        .iter()
        .zip(&results)
        .filter_map(|(e, r)| {
            Some(UnmapEntry {
                host_addr: e.host_addr,
                dev_bus_addr: 0,
                handle: r.handle.filter(|_| r.status == Gntst::OKAY)?,
            })
        })
        .collect();
    let pb = ui.phase("unmapping", Some(unmap.len() as u64));
    let t = Instant::now();
    let mut unmapped = 0;
    for chunk in unmap.chunks(batch) {
        let r = ring
            .grant_unmap(chunk, BatchMode::INDEPENDENT)
            .await
            .map_err(failed)?;
        unmapped += r.iter().filter(|e| e.status == Gntst::OKAY).count();
        pb.inc(chunk.len() as u64);
    }
    let unmap_time = t.elapsed();
    let (m2, d2, _) = counters(&ring);
    ui.say(format!(
        "  unmap:  {unmapped} okay; {} messages, {} doorbell(s), {:.1} ms",
        m2 - m1,
        d2 - d1,
        unmap_time.as_secs_f64() * 1e3
    ))?;
    let left = host.with_hv(|hv| {
        (0..n)
            .filter(|r| hv.grant_status(DOM1, *r).is_some_and(|g| g.mappings != 0))
            .count()
    });
    ui.check(
        "a",
        unmapped == mapped && left == 0,
        format!("all {unmapped} unmapped; no mapping left in the hypervisor"),
    )?;

    let batch_ops = (results.len() + unmap.len()) as u64;
    let batch_time = map_time + unmap_time;
    let doorbells = d2 - d0;
    let per_doorbell = batch_ops as f64 / doorbells.max(1) as f64;
    ui.say(format!(
        "  {batch_ops} ops with {doorbells} doorbells: {per_doorbell:.0} ops per doorbell ({} messages)",
        m2 - m0
    ))?;

    // The same maps, one call each.
    let s = (args.singles.min(n)) as usize;
    let good: Vec<MapEntry> = entries
        .iter()
        .zip(&expected)
        .filter(|(_, s)| **s == Gntst::OKAY)
        .map(|(e, _)| *e)
        .take(s)
        .collect();
    let pb = ui.phase(
        format!("{} maps+unmaps, one ring call each", good.len()),
        None,
    );
    // Warm up first: the host's adaptive poller and the scheduler settle within milliseconds,
    // and a cold measure shows their settling rather than what a call costs.
    let warm = &good[..good.len().min(64)];
    let t = Instant::now();
    while t.elapsed() < WARM_UP {
        one_by_one(&ring, warm, false).await?;
    }
    let (rm0, rd0, _) = counters(&ring);
    let (ring_time, ring_ok) = one_by_one(&ring, &good, false).await?;
    let (rm1, rd1, _) = counters(&ring);
    pb.set_message(format!(
        "{} maps+unmaps, one register call each",
        good.len()
    ));
    let regs = dom2_client(host, 2, FastPath::Registers).await?;
    let t = Instant::now();
    while t.elapsed() < WARM_UP {
        one_by_one(&regs, warm, true).await?;
    }
    let (_, _, r0) = counters(&regs);
    let (regs_time, regs_ok) = one_by_one(&regs, &good, true).await?;
    let (_, _, r1) = counters(&regs);
    let single_ops = 2 * good.len() as u64;
    ui.check(
        "a",
        ring_ok && regs_ok && rm1 - rm0 == single_ops && r1 - r0 == single_ops,
        format!(
            "the first {} good maps again, one call each: {} ring messages ({} doorbells), {} register calls, all okay",
            good.len(),
            rm1 - rm0,
            rd1 - rd0,
            r1 - r0
        ),
    )?;
    let per_batch = us(batch_time, batch_ops);
    let per_ring = us(ring_time, single_ops);
    let per_regs = us(regs_time, single_ops);
    ui.say("  time per op (one op = one map or one unmap):")?;
    ui.say(format!(
        "    ring, {batch} per batch message   {per_batch:>8.2} us"
    ))?;
    ui.say(format!(
        "    ring, one call per op       {per_ring:>8.2} us   ({:.0}x the batched cost)",
        per_ring / per_batch.max(1e-9)
    ))?;
    ui.say(format!(
        "    register call per op        {per_regs:>8.2} us   ({:.1}x: in process a trap is a function",
        per_regs / per_batch.max(1e-9)
    ))?;
    ui.say(
        "                                           call, not a VM exit: see `hvlink demo --kvm`)",
    )?;
    ring.close();
    regs.close();
    ui.row(
        "a",
        vec![
            format!(
                "{n} maps in batches of {batch}: {mapped} okay, {bad} refused ({})",
                failures.join(", ")
            ),
            format!("{unmapped} unmapped; {per_doorbell:.0} ops per doorbell"),
            format!(
                "{per_batch:.2} us/op batched; one call per op: {per_ring:.2} ring, {per_regs:.2} register"
            ),
        ],
    );
    Ok(())
}
