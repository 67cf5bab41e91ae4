//! Batched grant map/unmap: domain 1 grants 2,000 pages to domain 2; domain 2 maps them all
//! in batches (1024 entries per message, all sent under one doorbell), gets one status per
//! entry — a few refs are deliberately bad — and unmaps what it mapped.

use hvlink_deploy::embedded::Options;
use hvlink_examples::{kernel_queue, mappings, start};
use hvlink_guest::client::FastPath;
use hvlink_proto::grant_table::{BatchMode, Gntst, MapMode, UnmapEntry};

#[tokio::main(flavor = "multi_thread", worker_threads = 1)]
async fn main() -> hvlink_examples::Result<()> {
    // The reference hypervisor: control domain 0, guests 1 and 2. Domain 1's kernel grants
    // refs 0..2000 to domain 2 (in Xen it writes its grant table).
    let host = start(Options::default(), 2000)?;

    // Domain 2's kernel queue, ring only (a batch is what rings are for).
    let client = host.client(2, kernel_queue(1, FastPath::Ring)).await?;

    // 2,000 mappings; every 500th names a ref that was never granted.
    let mut entries = mappings(2000, 0x80_0000);
    for e in entries.iter_mut().skip(499).step_by(500) {
        e.r#ref = 1 << 30;
    }
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
