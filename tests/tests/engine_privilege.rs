//! The privilege matrix: every op of every family × {control domain, unprivileged guest,
//! userspace queue, register call} × {own resource, another domain's}: allowed or denied
//! (EPERM) as SCHEMA.md "Privilege" specifies, end to end through rings and registers.

use hvlink_codec::ring::QueueKind;
use hvlink_codec::{genl, Flags};
use hvlink_host::server::Config;
use hvlink_proto::rt::{OpDesc, Privilege, Regs, FASTABI_BIT};
use hvlink_proto::FAMILIES;
use hvlink_tests::msg::*;
use hvlink_tests::vm::*;

const EPERM: i32 = -1;

#[derive(Debug, Clone, Copy, PartialEq)]
enum Caller {
    Dom0Kernel,
    Dom0User,
    GuestKernel,
    GuestUser,
    GuestRegister,
}

impl Caller {
    fn domain(self) -> u16 {
        match self {
            Caller::Dom0Kernel | Caller::Dom0User => DOM0,
            _ => DOM1,
        }
    }
    fn userspace(self) -> bool {
        matches!(self, Caller::Dom0User | Caller::GuestUser)
    }
}

/// What SCHEMA.md says, written out independently of the dispatcher's code.
fn allowed(op: &OpDesc, caller: Caller, other: bool) -> bool {
    let class = if op.privilege == Privilege::Control || (other && op.target_domain.is_some()) {
        Privilege::Control
    } else {
        op.privilege
    };
    // A control op that names its target acts on the caller itself here: never allowed (no
    // control op acts on the control domain, and a guest is no control domain).
    if op.privilege == Privilege::Control && op.target_domain.is_some() && !other {
        return false;
    }
    match class {
        Privilege::Logical => true,
        Privilege::Privileged => !caller.userspace(),
        Privilege::Control => caller.domain() == DOM0,
    }
}

/// Per-value rules that stay with the backend (SCHEMA.md "Privilege", rule 3), as Xen's
/// default policy has them; everything else is decided by the class alone.
fn backend_denies(op: &OpDesc, caller: u16, by_register: bool) -> bool {
    match (op.family, op.name) {
        // XSM's default policy: the build id is for privileged domains only.
        ("version", "build_id") => caller != DOM0,
        // Xen: SCHEDOP_pin_override is for the hardware domain only.
        ("sched", "pin_override") => caller != DOM0,
        // A physical IRQ must have been granted to the domain (none are, here). A bare ring
        // request lacks the pirq and fails validation before that.
        ("event_channel", "bind_pirq") => by_register,
        _ => false,
    }
}

/// A request of `op` carrying only the target domain (when it has one).
fn bare_request(op: &OpDesc, seq: u32, target: Option<u16>) -> Vec<u8> {
    let family = genl::Repr {
        cmd: op.id,
        version: op.family_version,
    };
    message(op.msg_type, Flags::REQUEST, seq, family, |b| {
        match (op.target_domain, target) {
            (Some(kind), Some(t)) => b.put_u16(kind, t),
            _ => Ok(()),
        }
    })
}

#[test]
fn every_op_for_every_caller() {
    use hvlink_proto::Hypercalls as _;
    // A fresh host, again whenever an op allowed to leave the guest held (dom0's
    // `pausedomain` of it, its own `sched.shutdown`, the `down` of its last vCPU, a
    // watchdog it armed with timeout 0) did: a held domain makes no more calls, and the
    // matrix goes on from the guest.
    let fresh = || {
        let mut vm = Vm::new(Config::default());
        let queues = [
            (
                Caller::Dom0Kernel,
                vm.queue(DOM0, 1, QueueKind::Kernel, 1 << 17),
            ),
            (
                Caller::Dom0User,
                vm.queue(DOM0, 2, QueueKind::Userspace, 1 << 17),
            ),
            (
                Caller::GuestKernel,
                vm.queue(DOM1, 1, QueueKind::Kernel, 1 << 17),
            ),
            (
                Caller::GuestUser,
                vm.queue(DOM1, 2, QueueKind::Userspace, 1 << 17),
            ),
        ];
        (vm, queues)
    };
    let (mut vm, mut queues) = fresh();
    let mut fresh_hosts = 0;
    let mut mismatches = Vec::new();
    let mut checked = 0;
    let mut denied = 0;
    let mut seq = 0;
    for fam in FAMILIES {
        for op in fam.ops {
            if op.family == "control" && (op.name == "queue_teardown" || op.name == "queue_setup") {
                // Covered by the control tests; a bare request would tear test queues down.
                continue;
            }
            if op.family == "domctl" && op.name == "destroydomain" {
                // Allowed, it would destroy the guest the rest of the matrix calls from;
                // `destroy_privilege` below covers it.
                continue;
            }
            let targets: &[bool] = if op.target_domain.is_some() {
                &[false, true]
            } else {
                &[false]
            };
            for &other in targets {
                for i in 0..queues.len() {
                    // (What fell due first: a watchdog an earlier op armed with timeout 0.)
                    vm.host.hv.tick();
                    if vm.host.hv.held(DOM1) {
                        (vm, queues) = fresh();
                        fresh_hosts += 1;
                    }
                    let (caller, q) = &mut queues[i];
                    if op.register_only.is_some() {
                        continue;
                    }
                    seq += 1;
                    let target = op.target_domain.map(|_| {
                        if other {
                            if caller.domain() == DOM1 {
                                DOM2
                            } else {
                                DOM1
                            }
                        } else {
                            0x7FF0
                        }
                    });
                    send(q, &[bare_request(op, seq, target)]);
                    let got = turns_until(&mut vm, q, 4, |got| !got.is_empty());
                    let status = got.first().and_then(|m| error_of(m)).map(|e| e.0);
                    let want =
                        allowed(op, *caller, other) && !backend_denies(op, caller.domain(), false);
                    if (status == Some(EPERM)) == want {
                        mismatches.push(format!(
                            "{}.{} by {caller:?} on {} resource: status {status:?}",
                            op.family,
                            op.name,
                            if other { "another domain's" } else { "its own" }
                        ));
                    }
                    checked += 1;
                    denied += usize::from(!want);
                }
                // The register path counts as the guest kernel.
                if let Some(map) = &op.fastabi {
                    let mut regs = Regs {
                        rax: u64::from(op.family_id) | FASTABI_BIT,
                        rdi: u64::from(op.id),
                        ..Regs::default()
                    };
                    let mapped = op
                        .target_domain
                        .is_some_and(|kind| map.inputs.iter().any(|(k, _)| *k == kind));
                    if other && !mapped {
                        continue; // the register form cannot name another domain
                    }
                    if let Some(kind) = op.target_domain {
                        if let Some((_, reg)) = map.inputs.iter().find(|(k, _)| *k == kind) {
                            let t = if other { u64::from(DOM2) } else { 0x7FF0 };
                            match reg {
                                hvlink_proto::rt::Reg::Rsi => regs.rsi = t,
                                hvlink_proto::rt::Reg::R8 => regs.r8 = t,
                                hvlink_proto::rt::Reg::R9 => regs.r9 = t,
                                hvlink_proto::rt::Reg::R10 => regs.r10 = t,
                                hvlink_proto::rt::Reg::R11 => regs.r11 = t,
                                hvlink_proto::rt::Reg::R12 => regs.r12 = t,
                            }
                        }
                    }
                    if op.name == "block" || op.name == "poll" {
                        continue; // would wait (a blocked vCPU); the ring rows cover them
                    }
                    // (What fell due first: a watchdog an earlier op armed with timeout 0.)
                    vm.host.hv.tick();
                    if vm.host.hv.held(DOM1) {
                        (vm, queues) = fresh();
                        fresh_hosts += 1;
                    }
                    let out = vm.host.register_call(DOM1, &mut regs);
                    let _ = out;
                    let want = allowed(op, Caller::GuestRegister, other)
                        && !backend_denies(op, DOM1, true);
                    if (regs.rax as i64 == i64::from(EPERM)) == want {
                        mismatches.push(format!(
                            "{}.{} by register on {}: rax {}",
                            op.family,
                            op.name,
                            if other { "another domain" } else { "itself" },
                            regs.rax as i64
                        ));
                    }
                    checked += 1;
                }
            }
        }
    }
    assert!(
        mismatches.is_empty(),
        "{} mismatches:\n{}",
        mismatches.len(),
        mismatches.join("\n")
    );
    assert!(checked > 250, "{checked} cases");
    assert!(fresh_hosts >= 1, "no op left the guest held: {fresh_hosts}");
    assert!(denied > 50, "{denied} denials");
}

#[test]
fn spot_checks_written_by_hand() {
    let p = |fam: &str, op: &str| {
        FAMILIES
            .iter()
            .find(|f| f.name == fam)
            .and_then(|f| f.ops.iter().find(|o| o.name == op))
            .copied()
            .unwrap()
    };
    // A guest process may map grants and poll (gntdev/evtchn), not set up tables or IPIs.
    assert!(allowed(
        p("grant_table", "map_grant_ref"),
        Caller::GuestUser,
        false
    ));
    assert!(allowed(p("sched", "poll"), Caller::GuestUser, false));
    assert!(!allowed(
        p("grant_table", "setup_table"),
        Caller::GuestUser,
        false
    ));
    assert!(!allowed(
        p("event_channel", "bind_ipi"),
        Caller::GuestUser,
        false
    ));
    // Toolstacks: the control domain's processes may shut other domains down; guests not.
    assert!(allowed(
        p("sched", "remote_shutdown"),
        Caller::Dom0User,
        false
    ));
    assert!(!allowed(
        p("sched", "remote_shutdown"),
        Caller::GuestKernel,
        false
    ));
    // Another domain's parameters: control only.
    assert!(!allowed(p("hvm", "get_param"), Caller::GuestKernel, true));
    assert!(allowed(p("hvm", "get_param"), Caller::GuestKernel, false));
    assert!(allowed(p("hvm", "get_param"), Caller::Dom0Kernel, true));
}

/// destroydomain, which the matrix skips: a guest may not destroy another domain or itself,
/// the control domain may not destroy itself, and may destroy a guest.
#[test]
fn destroy_privilege() {
    let mut vm = Vm::new(Config::default());
    let op = FAMILIES
        .iter()
        .find(|f| f.name == "domctl")
        .and_then(|f| f.ops.iter().find(|o| o.name == "destroydomain"))
        .copied()
        .unwrap();
    let mut guest = vm.queue(DOM1, 2, QueueKind::Userspace, 1 << 17);
    let mut dom0 = vm.queue(DOM0, 2, QueueKind::Userspace, 1 << 17);
    let status = |vm: &mut Vm, q: &mut _, seq, t| {
        send(q, &[bare_request(op, seq, Some(t))]);
        let got = turns_until(vm, q, 4, |got| !got.is_empty());
        got.first().and_then(|m| error_of(m)).map(|e| e.0)
    };
    assert_eq!(status(&mut vm, &mut guest, 1, DOM2), Some(EPERM));
    assert_eq!(status(&mut vm, &mut guest, 2, DOM1), Some(EPERM));
    assert_eq!(status(&mut vm, &mut dom0, 3, DOM0), Some(EPERM));
    assert_eq!(
        status(&mut vm, &mut dom0, 4, DOM2),
        None,
        "a reply, no ERROR"
    );
    assert!(!vm.host.hv.domain_ids().any(|d| d == DOM2));
}

/// A device-model domain (set_target) may change its target's reservation and map its
/// frames, and nothing else: not another guest's, not control ops on its target.
#[test]
fn device_model_acts_on_its_target_only() {
    use hvlink_proto::domctl::{Backend as _, DomReq, SetTargetReq};
    use hvlink_proto::memory::Backend as _;
    use hvlink_refhv::fixtures::kernel;
    let mut vm = Vm::new(Config::default());
    vm.host
        .hv
        .set_target(
            &kernel(DOM0),
            &SetTargetReq {
                domain: DOM1,
                target: DOM2,
            },
        )
        .unwrap();
    let hv = &vm.host.hv;
    use hvlink_proto::Hypercalls;
    // Through the engine's question: device-model ops on the target only.
    assert!(Hypercalls::may_act_on(hv, DOM1, Some(DOM2), true));
    assert!(!Hypercalls::may_act_on(hv, DOM1, Some(DOM2), false));
    assert!(!Hypercalls::may_act_on(hv, DOM1, Some(DOM0), true));
    assert!(!Hypercalls::may_act_on(hv, DOM2, Some(DOM1), true));
    // The control domain never acts on itself, on any other guest it does.
    assert!(!Hypercalls::may_act_on(hv, DOM0, Some(DOM0), false));
    assert!(Hypercalls::may_act_on(hv, DOM0, Some(DOM1), false));
    let _ = (
        DomReq { domain: 1 },
        vm.host
            .hv
            .current_reservation(&kernel(DOM1), &hvlink_proto::memory::DomReq { dom: DOM1 }),
    );
}
