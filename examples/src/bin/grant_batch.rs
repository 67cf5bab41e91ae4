//! Batched grant map/unmap: domain 1 grants 2,000 pages to domain 2; domain 2 maps them all
//! in batches (1024 entries per message, all sent under one doorbell), gets one status per
//! entry — a few refs are deliberately bad — and unmaps what it mapped.

use hvlink_deploy::embedded::{Embedded, Options};
use hvlink_guest::client::FastPath;
use hvlink_proto::grant_table::{BatchMode, GntmapFlags, Gntst, MapEntry, MapMode, UnmapEntry};

#[tokio::main(flavor = "multi_thread", worker_threads = 1)]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    // The reference hypervisor: control domain 0, guests 1 and 2.
    let host = Embedded::start(Options::default())?;
    // Domain 1's kernel grants refs 0..2000 to domain 2 (in Xen it writes its grant table).
    host.with_hv(|hv| {
        (0..2000).try_for_each(|r| hv.grant_access(1, r, 2, 0x1000 + u64::from(r), false))
    })
    .map_err(|e| format!("grant: {e:?}"))?;

    // Domain 2's kernel queue, ring only (a batch is what rings are for).
    let cfg = hvlink_guest::client::Config {
        fast_path: FastPath::Ring,
        ..Default::default()
    };
    let client = host.client(2, cfg).await?;

    // 2,000 mappings; every 500th names a ref that was never granted.
    let entries: Vec<MapEntry> = (0..2000u32)
        .map(|i| MapEntry {
            dom: 1,
            r#ref: if i % 500 == 499 { 1 << 30 } else { i },
            flags: GntmapFlags::HOST_MAP,
            host_addr: 0x80_0000 + u64::from(i) * 4096,
        })
        .collect();
    let results = client.grant_map(&entries, MapMode::INDEPENDENT).await?;

    let mut to_unmap = Vec::new();
    for (e, r) in entries.iter().zip(&results) {
        match r.status {
            Gntst::OKAY => to_unmap.push(UnmapEntry {
                host_addr: e.host_addr,
                dev_bus_addr: 0,
                handle: r.handle.ok_or("okay without a handle")?,
            }),
            s => println!("entry {:>4}: ref {:#x} -> {s:?}", r.index, e.r#ref),
        }
    }
    println!("mapped {} of {} grants", to_unmap.len(), entries.len());
    let stats = client.stats();
    println!(
        "{} messages, {} doorbells",
        stats.messages.load(std::sync::atomic::Ordering::Relaxed),
        stats.doorbells.load(std::sync::atomic::Ordering::Relaxed)
    );

    let unmapped = client
        .grant_unmap(&to_unmap, BatchMode::INDEPENDENT)
        .await?;
    let ok = unmapped.iter().filter(|r| r.status == Gntst::OKAY).count();
    println!("unmapped {ok} of {}", to_unmap.len());
    // Every grant is free again: domain 1 can take its pages back.
    host.with_hv(|hv| hv.end_access(1, 0))
        .map_err(|e| format!("end access: {e:?}"))?;
    println!("domain 1 ended access to ref 0");
    Ok(())
}
