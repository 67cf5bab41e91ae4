//! Guest clients on the embedded deployment (the reference hypervisor's host on its own
//! thread, guest memory in this process).

use hvlink_codec::ring::QueueKind;
use hvlink_deploy::embedded::{Embedded, Options};
use hvlink_guest::client::{self, Client, FastPath, Pending};
use hvlink_proto::event_channel::{
    AllocUnbound, AllocUnboundReq, BindInterdomain, BindInterdomainReq,
};
use hvlink_proto::rt::Empty;
use hvlink_proto::version::Version;
use hvlink_proto::DomId;

use crate::grants::grant_refs;

/// The first guest.
pub const DOM1: DomId = hvlink_refhv::fixtures::DOM1;
/// The second guest.
pub const DOM2: DomId = hvlink_refhv::fixtures::DOM2;

/// A client configuration: queue `queue` of `kind`, calls routed by `fast`.
pub fn config(queue: u16, kind: QueueKind, fast: FastPath) -> client::Config {
    client::Config {
        queue_id: queue,
        kind,
        fast_path: fast,
        ..client::Config::default()
    }
}

/// The embedded host started with `opts`, dom 1 granting refs `0..grants` to dom 2.
pub fn with_grants(opts: Options, grants: u32) -> Embedded {
    let e = Embedded::start(opts).unwrap();
    e.with_hv(|hv| grant_refs(hv, DOM1, DOM2, 0..grants));
    e
}

/// `dom`'s client on kernel queue `queue`, calls routed by `fast`.
pub async fn kernel(e: &Embedded, dom: DomId, queue: u16, fast: FastPath) -> Client {
    e.client(dom, config(queue, QueueKind::Kernel, fast))
        .await
        .unwrap()
}

/// An interdomain event channel: `a` (of `a_dom`) offers a port to `b_dom`, and `b` binds it.
/// Returns (`a`'s port, `b`'s port).
pub async fn interdomain(a: &Client, a_dom: DomId, b: &Client, b_dom: DomId) -> (u32, u32) {
    let offered = a
        .call::<AllocUnbound>(&AllocUnboundReq {
            dom: 0x7FF0,
            remote_dom: b_dom,
        })
        .await
        .unwrap();
    let pa = offered.get().port;
    let bound = b
        .call::<BindInterdomain>(&BindInterdomainReq {
            remote_dom: a_dom,
            remote_port: pa,
        })
        .await
        .unwrap();
    (pa, bound.get().local_port)
}

/// `n` version queries made together: started (queued, not yet awaited) on the ring.
pub async fn versions(c: &Client, n: usize) -> Vec<Pending<Version>> {
    let mut pending = Vec::with_capacity(n);
    for _ in 0..n {
        pending.push(
            c.start::<Version>(&Empty, Default::default(), None)
                .await
                .unwrap(),
        );
    }
    pending
}

/// Wait for every call of `pending`, each of which must succeed.
pub async fn all_ok(pending: Vec<Pending<Version>>) {
    for p in pending {
        p.wait().await.unwrap();
    }
}

/// A raw queue of `dom` set up by hand at `gpa` — its pages in the domain's memory, a
/// request ring of `req` bytes and a reply ring of `rep`, `control.queue_setup` by register
/// call — as a bare guest (no client) or a hostile one drives it; also returns the guest's
/// view of the pages.
pub fn raw_queue(
    e: &Embedded,
    dom: DomId,
    id: u16,
    gpa: u64,
    req: u32,
    rep: u32,
) -> (
    hvlink_guest::ring::GuestQueue<hvlink_guest::ring::raw::RawMem>,
    hvlink_guest::ring::raw::RawMem,
) {
    use hvlink_proto::control::{QueueFeatures, QueueSetup, QueueSetupReq};
    use hvlink_proto::rt::FastAbi;
    let len = 4096 + req as usize + rep as usize;
    let mem = hvlink_deploy::mem::view(e.memory(dom).unwrap(), gpa, len).unwrap();
    let q = hvlink_guest::ring::GuestQueue::create(mem.clone(), id, QueueKind::Kernel, req, rep)
        .unwrap();
    let mut regs = QueueSetup::to_regs(&QueueSetupReq {
        base_gpa: gpa,
        pages: q.pages() as u32,
        queue_id: id,
        kind: hvlink_proto::control::QueueKind(0),
        features: QueueFeatures::EVENT_SUPPRESSION,
        notify_port: 0,
    })
    .unwrap();
    e.shared()
        .register_call(dom, &mut regs, std::time::Duration::from_secs(5));
    assert_eq!(regs.rax, 0, "queue_setup failed: {}", regs.rax as i64);
    (q, mem)
}

/// A small register call served under the host lock: `control.ping` (the engine's own
/// family, served by the thread that serves the rings; the cookie comes back in `rsi`). For
/// tests of what waits for the lock: every call a guest kernel makes by register to the
/// reference hypervisor's families but `sched.shutdown` (and a `block`/`poll` that must
/// wait, or a `down` of the last vCPU) is served without it (`hvlink_refhv::unlocked`).
pub fn locked_call() -> hvlink_proto::rt::Regs {
    use hvlink_proto::control::{Ping, PingMsg};
    use hvlink_proto::rt::FastAbi;
    Ping::to_regs(&PingMsg {
        cookie: LOCKED_COOKIE,
    })
    .expect("ping has a register form")
}

/// The cookie [`locked_call`] sends (and its reply echoes in `rsi`).
pub const LOCKED_COOKIE: u64 = 0x6c6f_636b_6564;

/// An interdomain event channel from `from` to `to`, set up on the model as the two
/// domains' kernels would (`from` offers a port, `to` binds to it): both ends' ports.
pub fn channel(hv: &mut hvlink_refhv::Hypervisor, from: DomId, to: DomId) -> (u32, u32) {
    use hvlink_proto::event_channel::{AllocUnboundReq, Backend as _, BindInterdomainReq};
    use hvlink_proto::rt::{Ctx, Via, DOMID_SELF};
    let ctx = |domain| Ctx {
        domain,
        via: Via::Kernel,
        seq: 0,
    };
    let req = AllocUnboundReq {
        dom: DOMID_SELF,
        remote_dom: to,
    };
    let p1 = hv
        .alloc_unbound(&ctx(from), &req)
        .expect("a free port")
        .port;
    let bind = BindInterdomainReq {
        remote_dom: from,
        remote_port: p1,
    };
    let p2 = hv
        .bind_interdomain(&ctx(to), &bind)
        .expect("bind to the offered port")
        .local_port;
    (p1, p2)
}
