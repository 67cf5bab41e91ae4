//! The real VM: boots `examples/kvm-guest` under `/dev/kvm` (PVM on these machines) and checks
//! the guest's reports against the host's state, a hostile guest, and a VMM that survives
//! broken payloads. Runs in `cargo test --workspace` (the crate's dev-dependency on itself
//! enables the `kvm` feature); where KVM is missing or unusable each test says it skipped and
//! why.

use std::time::Duration;

use hvlink_kvm::{self as kvm, abi, DemoOpts, Outcome, Vm, VmConfig};

/// True (and says why) when KVM cannot run here.
fn skip(test: &str) -> bool {
    match kvm::available() {
        Ok(()) => false,
        Err(why) => {
            eprintln!("SKIPPED {test}: /dev/kvm is not usable here: {why}");
            true
        }
    }
}

#[test]
fn guest_results_match_the_host_state() {
    if skip("guest_results_match_the_host_state") {
        return;
    }
    check_demo(None);
}

/// The C payload (`examples/kvm-guest-c`, written against the generated C library) passes
/// the very checks the Rust payload does.
#[test]
fn c_guest_results_match_the_host_state() {
    if skip("c_guest_results_match_the_host_state") {
        return;
    }
    let elf = hvlink_kvm::payload::c_elf().expect("the C payload was built");
    check_demo(Some(elf));
}

/// The run of the functional demo with payload `payload` (None: the Rust one), checked.
fn check_demo(payload: Option<std::path::PathBuf>) {
    let report = kvm::run_demo(&DemoOpts {
        ops: 64,
        batches: vec![1, 8, 64],
        payload,
        ..DemoOpts::default()
    })
    .expect("the demo VM runs");
    println!("{report}");
    assert_eq!(report.outcome, Outcome::Done(0), "{}", report.console);
    assert!(report.console.contains("all checks passed"));
    // The host agreed at every checkpoint: grants mapped (grant_mapping/grant_status), then
    // unmapped, and the notified ports pending (port_info).
    assert_eq!(report.checks.len(), 3, "{:?}", report.checks);
    assert!(report.checks.iter().all(|c| c.ok), "{:?}", report.checks);
    let mapped = report
        .events
        .iter()
        .filter(|e| e.code == abi::REP_MAPPED)
        .count();
    assert_eq!(mapped, 64);
    // Exits: one per register op; at most one doorbell per ring request.
    let reg = report.phase("register", 1).expect("register phase");
    assert_eq!(reg.pairs, 64);
    assert_eq!(reg.exits, 2 * 64, "one trap per map and per unmap");
    assert_eq!(reg.register_calls, 2 * 64);
    for batch in [1u32, 8, 64] {
        let p = report.phase("ring", batch).expect("ring phase");
        let requests = 2 * p.pairs / u64::from(batch);
        assert_eq!(p.exits, 0, "ring ops never exit to the VMM (batch {batch})");
        assert!(p.doorbells <= requests, "batch {batch}: {p:?}");
        assert_eq!(p.messages, requests, "batch {batch}: {p:?}");
        assert_eq!(p.register_calls, 0);
    }
    // Two requests in flight: same results, still no exit to the VMM.
    for batch in [1u32, 8, 64] {
        let p = report.phase("ring x2", batch).expect("pipelined phase");
        assert_eq!(p.exits, 0);
        assert_eq!(p.messages, 2 * p.pairs / u64::from(batch));
    }
    assert!(report.sync_regs || report.exits.fastabi > 0);
}

#[test]
fn hostile_guest_gets_errors_and_the_vmm_keeps_running() {
    if skip("hostile_guest_gets_errors_and_the_vmm_keeps_running") {
        return;
    }
    check_hostile(None);
}

/// The C payload's hostile mode gets the same answers.
#[test]
fn c_hostile_guest_gets_errors_and_the_vmm_keeps_running() {
    if skip("c_hostile_guest_gets_errors_and_the_vmm_keeps_running") {
        return;
    }
    let elf = hvlink_kvm::payload::c_elf().expect("the C payload was built");
    check_hostile(Some(elf));
}

/// The hostile run with payload `payload` (None: the Rust one), checked.
fn check_hostile(payload: Option<std::path::PathBuf>) {
    let report = kvm::run_demo(&DemoOpts {
        hostile: true,
        payload,
        ..DemoOpts::default()
    })
    .expect("the hostile VM runs");
    println!("{report}");
    assert_eq!(report.outcome, Outcome::Done(0), "{}", report.console);
    assert!(report.checks.iter().all(|c| c.ok), "{:?}", report.checks);
    let status = |what: u64| {
        report
            .events
            .iter()
            .find(|e| e.code == abi::REP_STATUS && e.args[0] == what)
            .map(|e| e.args[1] as i64)
            .unwrap_or_else(|| panic!("no status for check {what}"))
    };
    let enosys = -38;
    let einval = -22;
    let efault = -14;
    assert_eq!(status(abi::WHAT_BAD_FAMILY), enosys);
    assert_eq!(status(abi::WHAT_BAD_OP), enosys);
    assert_eq!(status(abi::WHAT_BAD_ARG), einval);
    assert_eq!(status(abi::WHAT_BAD_QUEUE), efault);
    assert!(status(abi::WHAT_BAD_MESSAGE) < 0);
    assert_eq!(status(abi::WHAT_STILL_WORKS), 0);
    let faulted = report
        .events
        .iter()
        .find(|e| e.code == abi::REP_QUEUE_STATUS)
        .expect("the guest saw its queue fail");
    assert_eq!(faulted.args[0], 1);
    assert!((faulted.args[1] as i64) < 0);
    // (The host counts a faulted queue once per turn it skips it, hence "at least".)
    assert!(report.metrics.faults >= 1, "the corrupted queue faulted");
    assert!(report.metrics.errors >= 4);
}

/// A hand-made static ELF whose only segment is `code` at the load address.
fn tiny_elf(code: &[u8]) -> Vec<u8> {
    let mut e = vec![0u8; 64 + 56];
    e[0..4].copy_from_slice(b"\x7fELF");
    e[4] = 2; // 64-bit
    e[5] = 1; // little-endian
    e[6] = 1; // version
    e[16..18].copy_from_slice(&2u16.to_le_bytes()); // ET_EXEC
    e[18..20].copy_from_slice(&62u16.to_le_bytes()); // x86-64
    e[20..24].copy_from_slice(&1u32.to_le_bytes());
    e[24..32].copy_from_slice(&abi::LOAD_GPA.to_le_bytes()); // entry
    e[32..40].copy_from_slice(&64u64.to_le_bytes()); // phoff
    e[52..54].copy_from_slice(&64u16.to_le_bytes()); // ehsize
    e[54..56].copy_from_slice(&56u16.to_le_bytes()); // phentsize
    e[56..58].copy_from_slice(&1u16.to_le_bytes()); // phnum
    let ph = 64;
    e[ph..ph + 4].copy_from_slice(&1u32.to_le_bytes()); // PT_LOAD
    e[ph + 4..ph + 8].copy_from_slice(&5u32.to_le_bytes()); // R+X
    e[ph + 8..ph + 16].copy_from_slice(&120u64.to_le_bytes()); // offset
    e[ph + 16..ph + 24].copy_from_slice(&abi::LOAD_GPA.to_le_bytes());
    e[ph + 24..ph + 32].copy_from_slice(&abi::LOAD_GPA.to_le_bytes());
    e[ph + 32..ph + 40].copy_from_slice(&(code.len() as u64).to_le_bytes());
    e[ph + 40..ph + 48].copy_from_slice(&(code.len() as u64).to_le_bytes());
    e.extend_from_slice(code);
    e
}

fn boot_tiny(code: &[u8], timeout: Duration) -> hvlink_kvm::RunResult {
    boot_tiny_on(code, timeout, None, None)
}

/// [`boot_tiny`] with the server and the vCPU pinned as given.
fn boot_tiny_on(
    code: &[u8],
    timeout: Duration,
    server_cpu: Option<usize>,
    vcpu_cpu: Option<usize>,
) -> hvlink_kvm::RunResult {
    let (shared, _) = kvm::demo_host().expect("host");
    let mut vm = Vm::new(
        shared,
        &tiny_elf(code),
        VmConfig {
            domain: kvm::VM_DOMAIN,
            boot: [0; abi::BOOT_WORDS],
            timeout,
            server_cpu,
            vcpu_cpu,
        },
    )
    .expect("VM");
    vm.run(|_, _| {})
}

/// A VM runs only as a guest domain that exists and has no memory yet: a missing domain
/// (`ESRCH`), the control domain (`EPERM`: the guest is untrusted) and a domain another VM
/// runs as (`EBUSY`: its memory would have been replaced under the running VM's queues)
/// are refused before KVM is touched, so that this needs no `/dev/kvm`. Once the VM that had
/// the domain is dropped, the domain takes another (with KVM). Before, any was taken.
#[test]
fn a_vm_runs_only_as_a_free_guest_domain() {
    let config = |domain| VmConfig {
        domain,
        boot: [0; abi::BOOT_WORDS],
        timeout: Duration::from_secs(5),
        server_cpu: None,
        vcpu_cpu: None,
    };
    let (shared, _) = kvm::demo_host().unwrap();
    let refused = |domain, other: Option<&[u8]>| match Vm::new(
        shared.clone(),
        other.unwrap_or(b"not used"),
        config(domain),
    ) {
        Err(kvm::VmError::Host(what, e)) => (what, e),
        Err(other) => panic!("domain {domain}: {other}"),
        Ok(_) => panic!("domain {domain}: a VM was made"),
    };
    assert_eq!(refused(77, None).1, hvlink_proto::Errno::ESRCH);
    assert_eq!(refused(kvm::DOM0, None).1, hvlink_proto::Errno::EPERM);
    let mem =
        vm_memory::GuestMemoryMmap::<()>::from_ranges(&[(vm_memory::GuestAddress(0), 1 << 16)])
            .unwrap();
    shared.host().set_memory(kvm::VM_DOMAIN, mem);
    let (what, e) = refused(kvm::VM_DOMAIN, None);
    assert_eq!(e, hvlink_proto::Errno::EBUSY, "{what}");
    let _ = shared.host().remove_domain(kvm::VM_DOMAIN);
    if skip("a_vm_runs_only_as_a_free_guest_domain (with KVM)") {
        return;
    }
    // mov dx, PORT_DONE; out dx, eax
    let mut code = vec![0x66, 0xba];
    code.extend_from_slice(&abi::PORT_DONE.to_le_bytes());
    code.push(0xef);
    let first = Vm::new(shared.clone(), &tiny_elf(&code), config(kvm::VM_DOMAIN)).unwrap();
    let (_, e) = refused(kvm::VM_DOMAIN, Some(&tiny_elf(&code)));
    assert_eq!(
        e,
        hvlink_proto::Errno::EBUSY,
        "a second VM of a running one's domain"
    );
    drop(first);
    let mut again = Vm::new(shared.clone(), &tiny_elf(&code), config(kvm::VM_DOMAIN))
        .expect("the domain is free once its VM is gone");
    assert!(matches!(again.run(|_, _| {}).outcome, Outcome::Done(_)));
}

#[test]
fn broken_payloads_fail_cleanly() {
    if skip("broken_payloads_fail_cleanly") {
        return;
    }
    // Not an ELF.
    let (shared, _) = kvm::demo_host().unwrap();
    let bad = Vm::new(
        shared,
        b"MZ not an elf",
        VmConfig {
            domain: kvm::VM_DOMAIN,
            boot: [0; abi::BOOT_WORDS],
            timeout: Duration::from_secs(1),
            server_cpu: None,
            vcpu_cpu: None,
        },
    );
    assert!(matches!(bad, Err(kvm::VmError::Elf(kvm::ElfError::NotElf))));

    // Garbage register values straight into the trap, then the done port:
    //   mov eax, 0xffffffff; mov edi, 0xffffffff; mov dx, PORT_FASTABI; out dx, eax
    //   mov dx, PORT_DONE; out dx, eax (eax = the status the host returned)
    let mut code = vec![0xb8, 0xff, 0xff, 0xff, 0xff, 0xbf, 0xff, 0xff, 0xff, 0xff];
    code.extend_from_slice(&[0x66, 0xba]);
    code.extend_from_slice(&abi::PORT_FASTABI.to_le_bytes());
    code.push(0xef);
    code.extend_from_slice(&[0x66, 0xba]);
    code.extend_from_slice(&abi::PORT_DONE.to_le_bytes());
    code.push(0xef);
    let r = boot_tiny(&code, Duration::from_secs(20));
    // rax = 0xffffffff has no FastABI family: the host answers -ENOSYS (low half of rax).
    assert_eq!(r.outcome, Outcome::Done((-38i32) as u32), "{r:?}");
    assert_eq!(r.exits.fastabi, 1);

    // A fault with no IDT: triple fault, reported, not a hang or a panic.
    let r = boot_tiny(&[0x0f, 0x0b], Duration::from_secs(20)); // ud2
    assert!(
        matches!(r.outcome, Outcome::Failed(f) if f.stop == kvm::Stop::TripleFault),
        "{r:?}"
    );

    // A guest that spins forever is stopped by the watchdog.
    let r = boot_tiny(&[0xeb, 0xfe], Duration::from_millis(300)); // jmp $
    assert!(
        matches!(r.outcome, Outcome::Failed(f) if matches!(f.stop, kvm::Stop::TimedOut(_))),
        "{r:?}"
    );
}

/// `mov dx, port` (operand-size prefix, imm16).
fn mov_dx(port: u16) -> Vec<u8> {
    let mut c = vec![0x66, 0xba];
    c.extend_from_slice(&port.to_le_bytes());
    c
}

/// `mov r32, imm32` for edi (0xbf), esi (0xbe), ecx (0xb9).
fn mov_imm(opcode: u8, v: u32) -> Vec<u8> {
    let mut c = vec![opcode];
    c.extend_from_slice(&v.to_le_bytes());
    c
}

/// `n` times `out dx, eax` to `port` (`dec ecx; jnz`), then `out` 0 to the done port.
fn out_loop(setup: &[u8], port: u16, n: u32) -> Vec<u8> {
    let mut c = setup.to_vec();
    c.extend(mov_imm(0xb9, n));
    c.extend(mov_dx(port));
    c.extend_from_slice(&[0xef, 0xff, 0xc9, 0x75, 0xfb]); // out dx, eax; dec ecx; jnz out
    c.extend(mov_dx(abi::PORT_DONE));
    c.extend_from_slice(&[0x31, 0xc0, 0xef]); // xor eax, eax; out dx, eax
    c
}

#[test]
fn console_flood_is_kept_to_the_limit() {
    if skip("console_flood_is_kept_to_the_limit") {
        return;
    }
    // 1000 console writes of 4096 zero bytes (at 2 MiB, untouched memory): 4 MB asked for.
    let mut setup = mov_imm(0xbf, 4096); // rdi = length
    setup.extend(mov_imm(0xbe, 0x20_0000)); // rsi = address
    let t = std::time::Instant::now();
    let r = boot_tiny(
        &out_loop(&setup, abi::PORT_CONSOLE, 1000),
        Duration::from_secs(60),
    );
    eprintln!("1000 console exits in {:?}", t.elapsed());
    assert_eq!(r.outcome, Outcome::Done(0), "{r:?}");
    assert_eq!(r.exits.console, 1000);
    assert_eq!(r.console.len(), kvm::MAX_CONSOLE);
    assert_eq!(r.console_dropped, 1000 * 4096 - kvm::MAX_CONSOLE as u64);
}

/// Console bytes that are not UTF-8 each become U+FFFD (three bytes) in the text kept:
/// the limit holds for the text, not only for the bytes read (300 writes of 4096 bytes of
/// 0xff, which would be 3.6 MB of text). Before, the last chunk could go past it by 3x.
#[test]
fn a_console_flood_of_bytes_that_are_not_utf8_is_kept_to_the_limit() {
    if skip("a_console_flood_of_bytes_that_are_not_utf8_is_kept_to_the_limit") {
        return;
    }
    let code = |data: u32| {
        let mut setup = mov_imm(0xbf, 4096); // rdi = length
        setup.extend(mov_imm(0xbe, data)); // rsi = address
        out_loop(&setup, abi::PORT_CONSOLE, 300)
    };
    // The data follows the code (never run: the code ends at the done port).
    let at = abi::LOAD_GPA as u32 + code(0).len() as u32;
    let mut payload = code(at);
    payload.extend_from_slice(&[0xff; 4096]);
    let r = boot_tiny(&payload, Duration::from_secs(60));
    assert_eq!(r.outcome, Outcome::Done(0), "{:?}", r.outcome);
    assert_eq!(r.exits.console, 300);
    assert!(r.console.len() <= kvm::MAX_CONSOLE, "{}", r.console.len());
    assert!(
        r.console.len() > kvm::MAX_CONSOLE - 3,
        "{}",
        r.console.len()
    );
    assert!(r.console.chars().all(|c| c == char::REPLACEMENT_CHARACTER));
    // Counted in the guest's bytes: each 0xff kept is one U+FFFD of three.
    assert_eq!(
        r.console_dropped + (r.console.len() / 3) as u64,
        300 * 4096,
        "dropped {}, kept {}",
        r.console_dropped,
        r.console.len()
    );
}

#[test]
fn report_flood_is_kept_to_the_limit() {
    if skip("report_flood_is_kept_to_the_limit") {
        return;
    }
    let n = kvm::MAX_EVENTS as u32 + 100;
    let setup = mov_imm(0xbf, 0x99); // rdi = a code no one knows
    let t = std::time::Instant::now();
    let r = boot_tiny(
        &out_loop(&setup, abi::PORT_REPORT, n),
        Duration::from_secs(120),
    );
    eprintln!("{n} report exits in {:?}", t.elapsed());
    assert_eq!(r.outcome, Outcome::Done(0), "{:?}", r.outcome);
    assert_eq!(r.exits.report, u64::from(n));
    assert_eq!(r.events.len(), kvm::MAX_EVENTS);
    assert_eq!(r.events_dropped, 100);
}

#[test]
fn watchdog_stops_a_guest_that_exits_all_the_time() {
    if skip("watchdog_stops_a_guest_that_exits_all_the_time") {
        return;
    }
    // out dx, al to a port nobody serves, for ever: the vCPU is mostly in the VMM, rarely
    // inside KVM_RUN when the watchdog's signal arrives.
    let mut code = mov_dx(0x650);
    code.extend_from_slice(&[0xee, 0xeb, 0xfd]); // out dx, al; jmp out
    let t = std::time::Instant::now();
    let r = boot_tiny(&code, Duration::from_millis(300));
    assert!(
        matches!(r.outcome, Outcome::Failed(f) if matches!(f.stop, kvm::Stop::TimedOut(_))),
        "{:?}",
        r.outcome
    );
    assert!(r.exits.other > 0);
    assert!(t.elapsed() < Duration::from_secs(10), "{:?}", t.elapsed());
}

#[test]
fn odd_port_accesses_are_harmless() {
    if skip("odd_port_accesses_are_harmless") {
        return;
    }
    let mut code = mov_dx(abi::PORT_DOORBELL);
    code.extend_from_slice(&[0xec, 0x66, 0xed]); // in al, dx; in ax, dx (reads: not the ioeventfd)
    code.extend(mov_dx(abi::PORT_DOORBELL + 1));
    code.extend_from_slice(&[0x66, 0xef]); // out dx, ax: next to the doorbell
    code.extend(mov_dx(abi::PORT_FASTABI));
    code.push(0xee); // out dx, al: a one-byte trap with rax = 0xffff (no such family)
    code.extend(mov_dx(abi::PORT_DONE));
    code.extend_from_slice(&[0xb0, 0x07, 0xee]); // mov al, 7; out dx, al
    let r = boot_tiny(&code, Duration::from_secs(20));
    assert_eq!(r.outcome, Outcome::Done(7), "{:?}", r.outcome);
    assert_eq!(r.exits.fastabi, 1);
    assert_eq!(r.exits.other, 3, "{:?}", r.exits);
    assert_eq!(r.exits.doorbell, 0);
}

/// `examples/kvm-guest-c/abi.h` says what `abi.rs` says: every constant, the same value.
#[test]
fn c_abi_header_matches_abi_rs() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let rs = std::fs::read_to_string(root.join("src/abi.rs")).unwrap();
    let h = std::fs::read_to_string(root.join("../../examples/kvm-guest-c/abi.h")).unwrap();
    let mut n = 0;
    for line in rs.lines() {
        let Some(rest) = line.trim().strip_prefix("pub const ") else {
            continue;
        };
        let (name, rest) = rest.split_once(':').unwrap();
        let val = rest.split_once('=').unwrap().1.trim().trim_end_matches(';');
        let want = eval(val);
        let def = format!("#define ABI_{name} ");
        let got = h
            .lines()
            .find_map(|l| l.strip_prefix(&def))
            .unwrap_or_else(|| panic!("abi.h lacks ABI_{name}"));
        assert_eq!(eval(got), want, "ABI_{name}");
        n += 1;
    }
    assert!(n > 40);
}

/// The value of a constant as either file writes it: `0x10_0000`, `32 << 20`, `7u`, `(32ull << 20)`.
fn eval(s: &str) -> u64 {
    let s = s.trim().trim_start_matches('(').trim_end_matches(')');
    if let Some((a, b)) = s.split_once("<<") {
        return eval(a) << eval(b);
    }
    let s = s
        .trim()
        .trim_end_matches("ull")
        .trim_end_matches('u')
        .replace('_', "");
    match s.strip_prefix("0x") {
        Some(h) => u64::from_str_radix(h, 16).unwrap(),
        None => s.parse().unwrap(),
    }
}

/// The server thread and the vCPU pinned to chosen CPUs (as a VMM pins them): the guest runs
/// and its FastABI trap is served; the vCPU thread gets its CPUs back after the run; a CPU
/// that cannot be had fails the run clearly instead of running unpinned.
#[test]
fn the_server_and_the_vcpu_can_be_pinned() {
    if skip("the_server_and_the_vcpu_can_be_pinned") {
        return;
    }
    let last = hvlink_host::affinity::available() - 1;
    // rax = ~0 (no family): the host answers -ENOSYS, which the guest reports as done.
    let mut code = vec![0xb8, 0xff, 0xff, 0xff, 0xff, 0xbf, 0xff, 0xff, 0xff, 0xff];
    code.extend_from_slice(&mov_dx(abi::PORT_FASTABI));
    code.push(0xef); // out dx, eax
    code.extend_from_slice(&mov_dx(abi::PORT_DONE));
    code.push(0xef);
    let r = boot_tiny_on(&code, Duration::from_secs(20), Some(last), Some(0));
    assert_eq!(r.outcome, Outcome::Done((-38i32) as u32), "{r:?}");
    assert_eq!(r.exits.fastabi, 1);
    assert_eq!(
        hvlink_host::affinity::available(),
        last + 1,
        "vCPU thread left pinned"
    );
    let r = boot_tiny_on(&code, Duration::from_secs(20), Some(1 << 20), None);
    assert!(
        matches!(r.outcome, Outcome::Failed(f) if matches!(f.stop, kvm::Stop::Thread(..))),
        "{r:?}"
    );
}

/// A run ends its own server, not the host: a host shared by VMs (or run again) keeps
/// serving when one VM's run ends, however the guest ended it. Before, the end of any run
/// stopped the shared host for good (every serving loop, every waiting call).
#[test]
fn a_runs_end_does_not_stop_a_shared_host() {
    if skip("a_runs_end_does_not_stop_a_shared_host") {
        return;
    }
    let (shared, _) = kvm::demo_host().unwrap();
    // mov dx, PORT_DONE; out dx, eax
    let mut code = vec![0x66, 0xba];
    code.extend_from_slice(&abi::PORT_DONE.to_le_bytes());
    code.push(0xef);
    for _ in 0..2 {
        let mut vm = Vm::new(
            shared.clone(),
            &tiny_elf(&code),
            VmConfig {
                domain: kvm::VM_DOMAIN,
                boot: [0; abi::BOOT_WORDS],
                timeout: Duration::from_secs(20),
                server_cpu: None,
                vcpu_cpu: None,
            },
        )
        .unwrap();
        let r = vm.run(|_, _| {});
        assert!(matches!(r.outcome, Outcome::Done(_)), "{r:?}");
        assert!(!shared.stopped(), "the run stopped the shared host");
    }
}
