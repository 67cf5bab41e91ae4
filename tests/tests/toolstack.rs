//! The toolstack matrix: toolstacks built against domctl v1 / sysctl v1 (Xen 4.15's
//! interface), domctl v2 / sysctl v2 (Xen 4.16's) and domctl v3 / sysctl v2 (Xen 4.17's) each
//! run the whole lifecycle of a domid — create, size, populate, unpause, list, shut down,
//! destroy — against hosts serving Xen 4.15, 4.16 and 4.17: nine pairings, through rings and
//! through register calls. The toolstack's logic is one body ([`toolstack!`]) instantiated over
//! each build's generated modules; nothing in it asks which version the host speaks. What
//! differs comes from the generated types (defaults filled, unknown optional attributes
//! ignored, must-understand ones refused by name) and from negotiation (ops a host lacks are
//! known before anything is sent).
//!
//! Expected outcomes (docs/LIFECYCLE.md has the table):
//!
//! | toolstack | host 4.15 (v1) | host 4.16 (v2) | host 4.17 (v3) |
//! | --- | --- | --- | --- |
//! | v1 | all | all; max-grant-version defaulted (host's highest), gpaddr-bits ignored | all; also cpupool-id defaulted to 0 |
//! | v2 | all; gpaddr-bits absent (a max-grant-version it sent would be refused by name) | all | all; cpupool-id defaulted to 0 |
//! | v3 | max-grant-version refused by name (EOPNOTSUPP); without it all; paging pool ops unsupported before sending | all but paging pool ops (unsupported, not sent); cpupool-id ignored | all |
#![deny(unsafe_code)]

use hvlink_codec::ring::QueueKind;
use hvlink_codec::Flags;
use hvlink_compat_demo::{v1, v2};
use hvlink_deploy::embedded::{Embedded, Options};
use hvlink_guest::client::{Client, Error, FastPath};
use hvlink_proto::rt::List;
use hvlink_proto::{memory, sched, Errno};
use hvlink_refhv::older::XenVersion;
use hvlink_tests::embedded::config;

/// What one lifecycle run saw.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Outcome {
    /// getdomaininfo flags right after createdomain (paused).
    created: u32,
    /// … after unpause (running).
    running: u32,
    /// Pages after populate.
    tot_pages: u64,
    /// The new domain appeared in the dump.
    listed: bool,
    /// flags after remote shutdown (shutdown, code poweroff).
    shut: u32,
    /// getdomaininfo after destroy: ESRCH (gone).
    after_destroy: Option<Errno>,
}

const PAUSED: u32 = 0x8;
const RUNNING: u32 = 0x20;
const SHUTDOWN: u32 = 0x4;
const PAGES: u64 = 1024;

/// One toolstack source, built against the generated modules `$d` (domctl) and `$s`
/// (sysctl); `$create` makes this build's createdomain request for a name.
macro_rules! toolstack {
    ($name:ident, $d:path, $s:path, |$n:ident| $create:expr) => {
        async fn $name(c: &Client) -> Result<Outcome, Error> {
            use $d as d;
            use $s as s;
            let $n = "guest";
            let req: d::CreateReq<'_> = $create;
            let dom = c.call_ring::<d::Createdomain>(&req).await?.get().domain;
            let info = |dom: u16| async move {
                c.call::<d::Getdomaininfo>(&d::QueryReq { domain: dom })
                    .await
                    .map(|r| r.get().flags.0)
            };
            let created = info(dom).await?;
            c.call::<d::MaxVcpus>(&d::MaxVcpusReq {
                domain: dom,
                max: 2,
            })
            .await?;
            c.call::<d::MaxMem>(&d::MaxMemReq {
                domain: dom,
                max_memkb: PAGES * 4,
            })
            .await?;
            let extents: Vec<memory::Extent> =
                (0..PAGES).map(|gpfn| memory::Extent { gpfn }).collect();
            let r = c
                .call_ring::<memory::PopulatePhysmap>(&memory::ReservationReq {
                    domid: dom,
                    extent_order: 0,
                    form: memory::ReservationReqForm::Batch {
                        mode: memory::ExtentMode::ORDERED,
                        extent: List::new(&extents),
                    },
                })
                .await?;
            let ok = match r.get().form {
                memory::ReservationReplyForm::Batch { entry } => entry
                    .iter()
                    .filter(|e| e.status == memory::ExtentStatus::OKAY)
                    .count(),
                memory::ReservationReplyForm::Single { .. } => 0,
            };
            assert_eq!(ok as u64, PAGES);
            c.call::<d::Unpausedomain>(&d::DomReq { domain: dom })
                .await?;
            let running = info(dom).await?;
            let tot_pages = c
                .call::<d::Getdomaininfo>(&d::QueryReq { domain: dom })
                .await?
                .get()
                .tot_pages;
            // The list as a netlink dump: the request flag DUMP, parts of 2 domains (MULTI),
            // each resumed by the host from the last part's cursor, then DONE.
            let dump = c
                .start::<s::Getdomaininfolist>(
                    &s::ListReq {
                        cursor: 0,
                        max_domains: 2,
                    },
                    Flags::DUMP,
                    None,
                )
                .await?
                .wait()
                .await?;
            assert!(dump.messages().len() >= 2, "several parts");
            let listed = dump
                .parts()
                .any(|p| p.domain.iter().any(|e| e.domain == dom));
            assert!(dump.parts().all(|p| p.domain.len() <= 2));
            c.call::<sched::RemoteShutdown>(&sched::RemoteShutdownReq {
                dom,
                reason: sched::ShutdownReason::POWEROFF,
            })
            .await?;
            let shut = info(dom).await?;
            c.call::<d::Destroydomain>(&d::DomReq { domain: dom })
                .await?;
            let after_destroy = info(dom).await.err().and_then(|e| e.errno_value());
            Ok(Outcome {
                created,
                running,
                tot_pages,
                listed,
                shut,
                after_destroy,
            })
        }
    };
}

toolstack!(v1_toolstack, v1::domctl, v1::sysctl, |name| d::CreateReq {
    domain: 0,
    flags: d::Cdf::HVM | d::Cdf::HAP,
    max_vcpus: 2,
    max_evtchn_port: 1023,
    max_grant_frames: -1,
    max_maptrack_frames: -1,
    handle: None,
    name: Some(name),
});

toolstack!(v2_toolstack, v2::domctl, v2::sysctl, |name| d::CreateReq {
    domain: 0,
    flags: d::Cdf::HVM | d::Cdf::HAP,
    max_vcpus: 2,
    max_evtchn_port: 1023,
    max_grant_frames: -1,
    max_maptrack_frames: -1,
    handle: None,
    name: Some(name),
    max_grant_version: None,
});

toolstack!(
    v3_toolstack,
    hvlink_proto::domctl,
    hvlink_proto::sysctl,
    |name| d::CreateReq {
        domain: 0,
        flags: d::Cdf::HVM | d::Cdf::HAP,
        max_vcpus: 2,
        max_evtchn_port: 1023,
        max_grant_frames: -1,
        max_maptrack_frames: -1,
        handle: None,
        name: Some(name),
        max_grant_version: None,
        cpupool_id: 0,
    }
);

fn host(xen: XenVersion) -> Embedded {
    Embedded::start(Options {
        xen,
        ..Options::default()
    })
    .unwrap()
}

async fn toolstack_client(e: &Embedded, fast: FastPath) -> Client {
    let queue = match fast {
        FastPath::Ring => 1,
        _ => 2,
    };
    e.client(0, config(queue, QueueKind::Userspace, fast))
        .await
        .unwrap()
}

fn expected() -> Outcome {
    Outcome {
        created: PAUSED | 0x2 | 0x100,
        running: RUNNING | 0x2 | 0x100,
        tot_pages: PAGES,
        listed: true,
        shut: SHUTDOWN | 0x2 | 0x100,
        after_destroy: Some(Errno::ESRCH),
    }
}

/// Every pairing runs the whole lifecycle on the ring and through registers; `build` is the
/// toolstack's domctl version (1, 2 or 3).
async fn pairing(xen: XenVersion, build: u8) {
    let e = host(xen);
    for fast in [FastPath::Ring, FastPath::Registers] {
        let c = toolstack_client(&e, fast).await;
        let out = match build {
            1 => v1_toolstack(&c).await,
            2 => v2_toolstack(&c).await,
            _ => v3_toolstack(&c).await,
        };
        assert_eq!(out.unwrap(), expected(), "{xen:?} build v{build} {fast:?}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn v1_toolstack_on_xen_4_15() {
    pairing(XenVersion::Xen415, 1).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn v1_toolstack_on_xen_4_16() {
    pairing(XenVersion::Xen416, 1).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn v1_toolstack_on_xen_4_17() {
    pairing(XenVersion::Xen417, 1).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn v2_toolstack_on_xen_4_15() {
    pairing(XenVersion::Xen415, 2).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn v2_toolstack_on_xen_4_16() {
    pairing(XenVersion::Xen416, 2).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn v2_toolstack_on_xen_4_17() {
    pairing(XenVersion::Xen417, 2).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn v3_toolstack_on_xen_4_15() {
    pairing(XenVersion::Xen415, 3).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn v3_toolstack_on_xen_4_16() {
    pairing(XenVersion::Xen416, 3).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn v3_toolstack_on_xen_4_17() {
    pairing(XenVersion::Xen417, 3).await;
}

/// What only the v3 toolstack can ask: a must-understand attribute an older host refuses by
/// name, ops it knows are missing before it sends them, and a reply field only newer hosts
/// fill.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn v3_toolstack_features_across_hosts() {
    use hvlink_proto::domctl as d;
    for xen in [XenVersion::Xen415, XenVersion::Xen416, XenVersion::Xen417] {
        let e = host(xen);
        let c = toolstack_client(&e, FastPath::Ring).await;
        let req = d::CreateReq {
            domain: 0,
            flags: d::Cdf::HVM,
            max_vcpus: 1,
            max_evtchn_port: 1023,
            max_grant_frames: -1,
            max_maptrack_frames: -1,
            handle: None,
            name: Some("g1"),
            max_grant_version: Some(1),
            cpupool_id: 0,
        };
        let created = c.call_ring::<d::Createdomain>(&req).await;
        match xen {
            XenVersion::Xen415 => match created.unwrap_err() {
                Error::Host { errno, msg, .. } => {
                    assert_eq!(errno, Errno::EOPNOTSUPP);
                    assert!(msg.as_deref().unwrap_or("").contains("must"), "{msg:?}");
                }
                other => panic!("{other}"),
            },
            _ => assert!(created.is_ok()),
        }
        let pool = c
            .call::<d::GetPagingMempoolSize>(&d::DomReq { domain: 1 })
            .await;
        match xen {
            XenVersion::Xen417 => assert!(pool.is_ok(), "{pool:?}"),
            _ => assert!(
                matches!(
                    pool,
                    Err(Error::Unsupported {
                        op: "get_paging_mempool_size",
                        ..
                    })
                ),
                "{pool:?}"
            ),
        }
        let info = c
            .call::<d::Getdomaininfo>(&d::QueryReq { domain: 1 })
            .await
            .unwrap();
        let want = if xen == XenVersion::Xen415 {
            None
        } else {
            Some(40)
        };
        assert_eq!(info.get().gpaddr_bits, want, "{xen:?}");
    }
}

/// Dump cursors: the toolstack may resume a dump from a cursor it was given; a cursor made
/// for another domain, a forged one, or one from before the domain list changed is refused,
/// never followed.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn dump_cursors_are_checked() {
    use hvlink_proto::sysctl as s;
    let e = Embedded::start(Options {
        guests: 5,
        ..Options::default()
    })
    .unwrap();
    let c = toolstack_client(&e, FastPath::Ring).await;
    let first = c
        .call_ring::<s::Getdomaininfolist>(&s::ListReq {
            cursor: 0,
            max_domains: 2,
        })
        .await
        .unwrap();
    let cursor = first.get().cursor.expect("more than 2 domains");
    assert_eq!(
        first
            .get()
            .domain
            .iter()
            .map(|e| e.domain)
            .collect::<Vec<_>>(),
        [0, 1]
    );
    // Resumed by the toolstack itself.
    let second = c
        .call_ring::<s::Getdomaininfolist>(&s::ListReq {
            cursor,
            max_domains: 2,
        })
        .await
        .unwrap();
    assert_eq!(second.get().domain.iter().next().map(|e| e.domain), Some(2));
    // Forged (another domain's tag, or a flipped bit): refused.
    let forged = c
        .call_ring::<s::Getdomaininfolist>(&s::ListReq {
            cursor: cursor ^ (1 << 40),
            max_domains: 2,
        })
        .await
        .unwrap_err();
    assert_eq!(forged.errno_value(), Some(Errno::EINVAL));
    // Another domain's cursor: the model binds it to the caller.
    let other = e
        .with_hv(|hv| hv.dump(1, 0, 2).map(|(_, c)| c))
        .unwrap()
        .unwrap();
    let err = c
        .call_ring::<s::Getdomaininfolist>(&s::ListReq {
            cursor: other,
            max_domains: 2,
        })
        .await
        .unwrap_err();
    assert_eq!(err.errno_value(), Some(Errno::EINVAL));
    // Stale: the domain list changed since.
    e.with_hv(|hv| hv.dom_destroy(5)).unwrap();
    let err = c
        .call_ring::<s::Getdomaininfolist>(&s::ListReq {
            cursor,
            max_domains: 2,
        })
        .await
        .unwrap_err();
    assert_eq!(err.errno_value(), Some(Errno::ESTALE));
}
