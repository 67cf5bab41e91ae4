//! Replies are routed by seq without an allocation per call or per reply (issue 15): in a
//! steady state the client's reply buffers and part lists all come from its pool. Counted by
//! the client itself (`Stats::reply_allocs`), for single ops, for a batch answered in several
//! parts, and with many calls in flight at once.

use std::sync::atomic::Ordering::Relaxed;

use hvlink_deploy::embedded::Options;
use hvlink_guest::client::{Client, FastPath};
use hvlink_proto::grant_table::{BatchMode, MapMode};
use hvlink_proto::rt::Empty;
use hvlink_proto::version;
use hvlink_tests::embedded::{kernel, with_grants, DOM1, DOM2};
use hvlink_tests::grants::{host_map, unmap_of};

async fn singles(c: &Client, n: usize) {
    for _ in 0..n {
        let v = c.call_ring::<version::Version>(&Empty).await.unwrap();
        assert!(v.get().major >= 4);
    }
}

async fn batch(c: &Client) {
    let es: Vec<_> = (0..1024u32)
        .map(|i| host_map(DOM1, i, 0x40_0000 + u64::from(i) * 4096))
        .collect();
    let r = c.grant_map(&es, MapMode::INDEPENDENT).await.unwrap();
    let un: Vec<_> = r
        .iter()
        .zip(&es)
        .map(|(r, e)| unmap_of(e, r.handle.unwrap()))
        .collect();
    c.grant_unmap(&un, BatchMode::INDEPENDENT).await.unwrap();
}

async fn concurrent(c: &Client, tasks: usize, each: usize) {
    let mut ts = Vec::new();
    for _ in 0..tasks {
        let c = c.clone();
        ts.push(tokio::spawn(async move { singles(&c, each).await }));
    }
    for t in ts {
        t.await.unwrap();
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn replies_are_routed_without_allocating() {
    let e = with_grants(Options::default(), 1024);
    let c = kernel(&e, DOM2, 1, FastPath::Ring).await;
    // Warm up: the pool fills, the seq table reaches its size. Sixteen replies held at once
    // first: the later phases never hold more (eight tasks, one call each), whatever the
    // timing.
    let mut held = Vec::new();
    for _ in 0..16 {
        held.push(
            c.start::<version::Version>(&Empty, Default::default(), None)
                .await
                .unwrap(),
        );
    }
    let mut replies = Vec::new();
    for p in held {
        replies.push(p.wait().await.unwrap());
    }
    drop(replies);
    for _ in 0..2 {
        singles(&c, 100).await;
        batch(&c).await;
        concurrent(&c, 8, 50).await;
    }
    let warm = c.stats().reply_allocs.load(Relaxed);
    assert!(
        warm > 0,
        "the warm-up allocated nothing: the counter is not counting"
    );
    let calls = c.stats().calls.load(Relaxed);
    singles(&c, 1000).await;
    for _ in 0..5 {
        batch(&c).await;
    }
    concurrent(&c, 8, 100).await;
    let made = c.stats().calls.load(Relaxed) - calls;
    assert!(made >= 1800, "{made} calls");
    assert_eq!(
        c.stats().reply_allocs.load(Relaxed),
        warm,
        "allocations for replies in a steady state of {made} calls"
    );
}
