//! HVM family (`HVMOP_*`): HVM parameters, TLB flushes, the hypervisor clock, guest frame
//! types and per-vCPU upcall vectors.
//!
//! Parameters are a table of Xen's `HVM_NR_PARAMS` (39) x86 indices with Xen 4.19's access
//! rules (`hvm_allow_set_param` / `hvm_allow_get_param` / `hvm_set_param` in
//! `xen/arch/x86/hvm/hvm.c`):
//!
//! - an index at or beyond [`HVM_NR_PARAMS`] is `EINVAL`, before anything else;
//! - the domain is looked up (`ESRCH`, `DOMID_SELF` is the caller) and only the domain itself
//!   or the control domain may name it (`EPERM`, Xen's `XSM_TARGET`);
//! - a guest may **write** its own callback-irq, vm86-tss(-sized), acpi-ioports-location,
//!   vm-generation-id-addr, store-evtchn, console-evtchn and x87-fip-width; every other
//!   parameter only the control domain may write, for another domain (a domain writing its
//!   own is `EPERM`, even the control domain — Xen compares with `current->domain`);
//! - a guest may **read** those plus store-pfn, console-pfn and altp2m; the rest only the
//!   control domain, for another domain;
//! - deprecated indices (pae-enabled, dm-domain, nestedhvm, bufioreq-evtchn and the old
//!   memory-event ones) cannot be written by anyone (`EPERM`) and read as `ENODATA`;
//! - altp2m is read-only (`EEXIST`; Xen 4.19 sets it at domain creation); viridian,
//!   ioreq-pfn, bufioreq-pfn, ioreq-server-pfn, nr-ioreq-server-pages and mca-cap may only
//!   be set once (`EEXIST` when changing a non-zero value);
//! - values are checked as Xen checks them (timer mode, viridian mask, ACPI S state, ioport
//!   location, triple-fault reason, ioreq server pages, x87 FIP width, vm86 TSS size,
//!   MCA capabilities): `EINVAL`.
//!
//! The rest follows Xen: `get_mem_type` reports RAM as `ram_rw` and everything else (the
//! MMIO hole, the reserved range, beyond the end of RAM) as `mmio_dm`, as Xen does for
//! frames that are not RAM; `set_evtchn_upcall_vector` refuses vectors below 0x10 (`EINVAL`)
//! before it looks at the vCPU (`ENOENT`).

use hvlink_proto::hvm::{
    Backend, HvmParam, HvmmemType, MemTypeReply, MemTypeReq, ParamReply, ParamReq, SetParamReq,
    TimeReply, UpcallVectorReq,
};
use hvlink_proto::rt::{Ctx, DOMID_SELF};
use hvlink_proto::Errno;
use std::sync::{Arc, Mutex, MutexGuard};

use super::unlocked::Directory;
use super::vcpu::MAX_VCPUS;
use super::{DomainConfig, Hypervisor};

/// Number of HVM parameter indices (Xen's `HVM_NR_PARAMS`).
pub const HVM_NR_PARAMS: u32 = 39;

/// Lowest vector `set_evtchn_upcall_vector` accepts (vectors below are exceptions).
pub const MIN_UPCALL_VECTOR: u8 = 0x10;

// Indices the spec leaves out of its enum (deprecated; hidden from guests in params.h).
const MEMORY_EVENT_CR0: u32 = 20;
const MEMORY_EVENT_CR3: u32 = 21;
const MEMORY_EVENT_CR4: u32 = 22;
const MEMORY_EVENT_INT3: u32 = 23;
const MEMORY_EVENT_SINGLE_STEP: u32 = 25;
const MEMORY_EVENT_MSR: u32 = 30;

/// `HVMPTM_one_missed_tick_pending`, the highest timer mode.
const MAX_TIMER_MODE: u64 = 3;
/// `HVMPV_feature_mask` (base_freq .. cpu_hotplug) and `HVMPV_base_freq`.
const VIRIDIAN_FEATURE_MASK: u64 = 0x1FFF;
const VIRIDIAN_BASE_FREQ: u64 = 0x1;
/// `SHUTDOWN_MAX`.
const SHUTDOWN_MAX: u64 = 5;
/// Bits in Xen's ioreq server page mask.
const MAX_IOREQ_SERVER_PAGES: u64 = 64;
/// `sizeof(struct tss32)`: the smallest vm86 TSS.
const TSS32_SIZE: u64 = 104;
/// Size old hvmloaders imply when they set the unsized vm86 TSS.
const VM86_TSS_DEFAULT_SIZE: u64 = 128;
/// `XEN_HVM_MCA_CAP_MASK` (only LMCE).
const MCA_CAP_MASK: u64 = 0x1;

const fn p(x: HvmParam) -> u32 {
    x.0
}

/// What Xen allows of a parameter beyond its default rule: only the control domain may read
/// or write it, and only another domain's (`hvm_allow_set_param` / `hvm_allow_get_param`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Rule {
    /// A guest may read and write its own.
    Guest,
    /// A guest may read its own.
    GuestReads,
    /// Fixed at creation: writing is `EEXIST`; a guest may read its own.
    Fixed,
    /// Written once: changing a non-zero value is `EEXIST`.
    SetOnce,
    /// Nobody writes it (`EPERM`); reading is `ENODATA`.
    Deprecated,
}

/// Every parameter whose rule is not the default, in index order.
const RULES: [(u32, Rule); 27] = [
    (p(HvmParam::CALLBACK_IRQ), Rule::Guest),
    (p(HvmParam::STORE_PFN), Rule::GuestReads),
    (p(HvmParam::STORE_EVTCHN), Rule::Guest),
    (p(HvmParam::PAE_ENABLED), Rule::Deprecated),
    (p(HvmParam::IOREQ_PFN), Rule::SetOnce),
    (p(HvmParam::BUFIOREQ_PFN), Rule::SetOnce),
    (p(HvmParam::VIRIDIAN), Rule::SetOnce),
    (p(HvmParam::DM_DOMAIN), Rule::Deprecated),
    (p(HvmParam::VM86_TSS), Rule::Guest),
    (p(HvmParam::CONSOLE_PFN), Rule::GuestReads),
    (p(HvmParam::CONSOLE_EVTCHN), Rule::Guest),
    (p(HvmParam::ACPI_IOPORTS_LOCATION), Rule::Guest),
    (MEMORY_EVENT_CR0, Rule::Deprecated),
    (MEMORY_EVENT_CR3, Rule::Deprecated),
    (MEMORY_EVENT_CR4, Rule::Deprecated),
    (MEMORY_EVENT_INT3, Rule::Deprecated),
    (p(HvmParam::NESTEDHVM), Rule::Deprecated),
    (MEMORY_EVENT_SINGLE_STEP, Rule::Deprecated),
    (p(HvmParam::BUFIOREQ_EVTCHN), Rule::Deprecated),
    (MEMORY_EVENT_MSR, Rule::Deprecated),
    (p(HvmParam::IOREQ_SERVER_PFN), Rule::SetOnce),
    (p(HvmParam::NR_IOREQ_SERVER_PAGES), Rule::SetOnce),
    (p(HvmParam::VM_GENERATION_ID_ADDR), Rule::Guest),
    (p(HvmParam::ALTP2M), Rule::Fixed),
    (p(HvmParam::X87_FIP_WIDTH), Rule::Guest),
    (p(HvmParam::VM86_TSS_SIZED), Rule::Guest),
    (p(HvmParam::MCA_CAP), Rule::SetOnce),
];

/// The rule of parameter `index`; `None` for the default.
fn rule(index: u32) -> Option<Rule> {
    RULES.iter().find(|(i, _)| *i == index).map(|&(_, r)| r)
}

/// Per-domain HVM state: the parameter table, per-vCPU upcall vectors and TLB flushes
/// behind a lock of their own ([`Params`]; served without the host lock too, see
/// [`crate::unlocked`]), and what the domain builder fixed at creation (memory map, domain
/// handle).
#[derive(Debug)]
pub struct DomainHvm {
    params: Params,
    /// The handle the toolstack gave the domain (`version.guest_handle`); `None` until set
    /// or first asked for, when a stable one is derived from the domain id.
    pub(crate) handle: Option<[u8; 16]>,
}

/// What of a domain's HVM state changes after creation: the parameter table, the per-vCPU
/// upcall vectors and the TLB flush count.
#[derive(Debug, Clone)]
pub struct HvmState {
    params: [u64; HVM_NR_PARAMS as usize],
    upcall_vectors: Vec<Option<u8>>,
    tlb_flushes: u64,
}

/// A domain's [`HvmState`], behind its own lock (shared with the directory of
/// [`crate::unlocked`]).
#[derive(Debug, Clone)]
pub struct Params(Arc<Mutex<HvmState>>);

impl Params {
    /// The state, locked. (Every update is a few assignments that cannot fail, so a lock
    /// poisoned by a panic elsewhere still holds a whole state.)
    pub fn lock(&self) -> MutexGuard<'_, HvmState> {
        self.0.lock().unwrap_or_else(|p| p.into_inner())
    }
}

impl Default for DomainHvm {
    fn default() -> Self {
        DomainHvm::new(&DomainConfig::default())
    }
}

impl DomainHvm {
    /// Fresh state for a new domain: parameters as Xen's `hvm_domain_initialise` leaves
    /// them (HPET enabled, triple faults reboot), no upcall vectors.
    pub fn new(config: &DomainConfig) -> Self {
        let mut params = [0u64; HVM_NR_PARAMS as usize];
        params[p(HvmParam::HPET_ENABLED) as usize] = 1;
        params[p(HvmParam::TRIPLE_FAULT_REASON) as usize] = 1; // SHUTDOWN_reboot
        let vcpus = config.vcpus.min(MAX_VCPUS) as usize;
        DomainHvm {
            params: Params(Arc::new(Mutex::new(HvmState {
                params,
                upcall_vectors: vec![None; vcpus],
                tlb_flushes: 0,
            }))),
            handle: None,
        }
    }

    /// The parameters, upcall vectors and flush count.
    pub fn params(&self) -> &Params {
        &self.params
    }

    /// The raw stored value of parameter `index` (`None` beyond the table).
    pub fn param(&self, index: u32) -> Option<u64> {
        self.params.lock().params.get(index as usize).copied()
    }

    /// The upcall vector of vCPU `vcpu`, if `set_evtchn_upcall_vector` set one.
    pub fn upcall_vector(&self, vcpu: u32) -> Option<u8> {
        self.params
            .lock()
            .upcall_vectors
            .get(vcpu as usize)
            .copied()
            .flatten()
    }

    /// How many times the domain asked for its TLBs to be flushed.
    pub fn tlb_flushes(&self) -> u64 {
        self.params.lock().tlb_flushes
    }
}

impl HvmState {
    /// Xen's `hvm_set_param` value checks; the index and value actually stored.
    fn check_value(&self, index: u32, value: u64) -> Result<(u32, u64), Errno> {
        let ok = |c: bool| if c { Ok(()) } else { Err(Errno::EINVAL) };
        match HvmParam(index) {
            HvmParam::TIMER_MODE => ok(value <= MAX_TIMER_MODE)?,
            HvmParam::VIRIDIAN => {
                ok(value & !VIRIDIAN_FEATURE_MASK == 0 && value & VIRIDIAN_BASE_FREQ != 0)?
            }
            HvmParam::ACPI_S_STATE => ok(value == 0 || value == 3)?,
            HvmParam::ACPI_IOPORTS_LOCATION => {
                let old = self.params[index as usize];
                ok(value == old || value ^ old == 1)?
            }
            HvmParam::TRIPLE_FAULT_REASON => ok(value <= SHUTDOWN_MAX)?,
            HvmParam::NR_IOREQ_SERVER_PAGES => ok(value != 0 && value <= MAX_IOREQ_SERVER_PAGES)?,
            HvmParam::X87_FIP_WIDTH => ok(matches!(value, 0 | 4 | 8))?,
            HvmParam::MCA_CAP => ok(value & !MCA_CAP_MASK == 0)?,
            HvmParam::VM86_TSS_SIZED => ok(value >> 32 >= TSS32_SIZE)?,
            HvmParam::VM86_TSS => {
                // Hardware would truncate the high bits; old hvmloaders imply 128 bytes.
                ok(value <= u64::from(u32::MAX))?;
                let sized = if value != 0 {
                    value | VM86_TSS_DEFAULT_SIZE << 32
                } else {
                    0
                };
                return Ok((p(HvmParam::VM86_TSS_SIZED), sized));
            }
            _ => {}
        }
        Ok((index, value))
    }

    /// Xen's `hvm_get_param` views of the table.
    fn read(&self, index: u32) -> u64 {
        let sized = self.params[p(HvmParam::VM86_TSS_SIZED) as usize];
        match HvmParam(index) {
            HvmParam::VM86_TSS => sized & u64::from(u32::MAX),
            _ => self.params[index as usize],
        }
    }
}

/// Xen's `hvm_allow_set_param`: may the caller (`is_self`: writing its own) set `index`
/// from `old` to `new`?
fn allow_set(is_self: bool, index: u32, old: u64, new: u64) -> Result<(), Errno> {
    match rule(index) {
        Some(Rule::Deprecated) => Err(Errno::EPERM),
        Some(Rule::Fixed) => Err(Errno::EEXIST),
        Some(Rule::Guest) => Ok(()),
        _ if is_self => Err(Errno::EPERM),
        Some(Rule::SetOnce) if old != 0 && new != old => Err(Errno::EEXIST),
        _ => Ok(()),
    }
}

/// Xen's `hvm_allow_get_param`.
fn allow_get(is_self: bool, index: u32) -> Result<(), Errno> {
    match rule(index) {
        Some(Rule::Deprecated) => Err(Errno::ENODATA),
        Some(Rule::Guest | Rule::GuestReads | Rule::Fixed) => Ok(()),
        _ if is_self => Err(Errno::EPERM),
        _ => Ok(()),
    }
}

/// The HVM ops on one domain's [`HvmState`] alone, served without the host lock
/// ([`crate::unlocked`]; the model's own `Backend` impl serves them through here too).
impl crate::unlocked::Directory {
    /// The domain a request names and whether it is the caller's own: `DOMID_SELF` is the
    /// caller; `ESRCH` for no such domain; `EPERM` for another domain unless the caller is
    /// the control domain (Xen's `XSM_TARGET`, as [`Hypervisor::target`]).
    fn hvm_target(&self, ctx: &Ctx, dom: u16) -> Result<(Params, bool), Errno> {
        let id = if dom == DOMID_SELF { ctx.domain } else { dom };
        let params = self.hvm_params(id).ok_or(Errno::ESRCH)?;
        if id != ctx.domain && !self.privileged(ctx.domain) {
            return Err(Errno::EPERM);
        }
        Ok((params, id == ctx.domain))
    }

    pub(crate) fn hvm_set_param(&self, ctx: &Ctx, req: &SetParamReq) -> Result<(), Errno> {
        let index = req.index.0;
        if index >= HVM_NR_PARAMS {
            return Err(Errno::EINVAL);
        }
        let (params, is_self) = self.hvm_target(ctx, req.dom)?;
        let mut h = params.lock();
        allow_set(is_self, index, h.params[index as usize], req.value)?;
        let (at, value) = h.check_value(index, req.value)?;
        h.params[at as usize] = value;
        Ok(())
    }

    pub(crate) fn hvm_get_param(&self, ctx: &Ctx, req: &ParamReq) -> Result<ParamReply, Errno> {
        let index = req.index.0;
        if index >= HVM_NR_PARAMS {
            return Err(Errno::EINVAL);
        }
        let (params, is_self) = self.hvm_target(ctx, req.dom)?;
        allow_get(is_self, index)?;
        let value = params.lock().read(index);
        Ok(ParamReply { value })
    }

    pub(crate) fn hvm_flush_tlbs(&self, ctx: &Ctx) -> Result<(), Errno> {
        let params = self.hvm_params(ctx.domain).ok_or(Errno::ESRCH)?;
        let mut h = params.lock();
        h.tlb_flushes = h.tlb_flushes.saturating_add(1);
        Ok(())
    }

    pub(crate) fn hvm_set_upcall_vector(
        &self,
        ctx: &Ctx,
        req: &UpcallVectorReq,
    ) -> Result<(), Errno> {
        let params = self.hvm_params(ctx.domain).ok_or(Errno::ESRCH)?;
        if req.vector < MIN_UPCALL_VECTOR {
            return Err(Errno::EINVAL);
        }
        let mut h = params.lock();
        let slot = h
            .upcall_vectors
            .get_mut(req.vcpu as usize)
            .ok_or(Errno::ENOENT)?;
        *slot = Some(req.vector);
        Ok(())
    }
}

/// The HVM ops, served on the directory (the caller's own parameters, the clock, its
/// layout): every op, without the host lock when it names the caller's own domain (another
/// domain's is a `control`-class call, which the engine serves under the lock). The model's
/// own `Backend` impl serves them through here too, and the directory's register calls go
/// through the family's generated `serve_regs` on it.
pub(crate) struct Serving<'a>(pub &'a Directory);

impl Backend for Serving<'_> {
    fn set_param(&mut self, ctx: &Ctx, req: &SetParamReq) -> Result<(), Errno> {
        self.0.hvm_set_param(ctx, req)
    }

    fn get_param(&mut self, ctx: &Ctx, req: &ParamReq) -> Result<ParamReply, Errno> {
        self.0.hvm_get_param(ctx, req)
    }

    fn flush_tlbs(&mut self, ctx: &Ctx) -> Result<(), Errno> {
        self.0.hvm_flush_tlbs(ctx)
    }

    fn get_time(&mut self, _ctx: &Ctx) -> Result<TimeReply, Errno> {
        Ok(TimeReply { now: self.0.now() })
    }

    fn get_mem_type(&mut self, ctx: &Ctx, req: &MemTypeReq) -> Result<MemTypeReply, Errno> {
        // The layout is kept with the reservation (fixed at creation for a domain built
        // whole, grown as it is populated for one the toolstack builds). Another domain's
        // frames are a control-class call: the engine sends it under the host lock, where
        // the model serves it through here too.
        let id = self.0.target(ctx, req.dom)?;
        let layout = self.0.memory(id).ok_or(Errno::ESRCH)?.lock().layout;
        let mem_type = if layout.is_ram(req.pfn) {
            HvmmemType::RAM_RW
        } else {
            HvmmemType::MMIO_DM
        };
        Ok(MemTypeReply { mem_type })
    }

    fn set_evtchn_upcall_vector(&mut self, ctx: &Ctx, req: &UpcallVectorReq) -> Result<(), Errno> {
        self.0.hvm_set_upcall_vector(ctx, req)
    }
}

impl Backend for Hypervisor {
    fn set_param(&mut self, ctx: &Ctx, req: &SetParamReq) -> Result<(), Errno> {
        Serving(self.directory()).set_param(ctx, req)
    }

    fn get_param(&mut self, ctx: &Ctx, req: &ParamReq) -> Result<ParamReply, Errno> {
        Serving(self.directory()).get_param(ctx, req)
    }

    fn flush_tlbs(&mut self, ctx: &Ctx) -> Result<(), Errno> {
        Serving(self.directory()).flush_tlbs(ctx)
    }

    fn get_time(&mut self, ctx: &Ctx) -> Result<TimeReply, Errno> {
        Serving(self.directory()).get_time(ctx)
    }

    fn get_mem_type(&mut self, ctx: &Ctx, req: &MemTypeReq) -> Result<MemTypeReply, Errno> {
        Serving(self.directory()).get_mem_type(ctx, req)
    }

    fn set_evtchn_upcall_vector(&mut self, ctx: &Ctx, req: &UpcallVectorReq) -> Result<(), Errno> {
        Serving(self.directory()).set_evtchn_upcall_vector(ctx, req)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixtures::{kernel as ctx, standard as hv};
    use hvlink_proto::rt::DOMID_SELF;

    fn set(
        hv: &mut Hypervisor,
        caller: u16,
        dom: u16,
        index: u32,
        value: u64,
    ) -> Result<(), Errno> {
        hv.set_param(
            &ctx(caller),
            &SetParamReq {
                dom,
                index: HvmParam(index),
                value,
            },
        )
    }

    fn get(hv: &mut Hypervisor, caller: u16, dom: u16, index: u32) -> Result<u64, Errno> {
        hv.get_param(
            &ctx(caller),
            &ParamReq {
                dom,
                index: HvmParam(index),
            },
        )
        .map(|r| r.value)
    }

    const SELF: u16 = DOMID_SELF;

    #[test]
    fn guest_writes_and_reads_its_own_guest_parameters() {
        let mut hv = hv();
        let cb = p(HvmParam::CALLBACK_IRQ);
        let vector_via = (2u64 << 56) | 0xF3;
        set(&mut hv, 1, SELF, cb, vector_via).unwrap();
        assert_eq!(get(&mut hv, 1, SELF, cb), Ok(vector_via));
        assert_eq!(get(&mut hv, 1, 1, cb), Ok(vector_via));
        set(&mut hv, 1, SELF, p(HvmParam::STORE_EVTCHN), 5).unwrap();
        set(&mut hv, 1, SELF, p(HvmParam::CONSOLE_EVTCHN), 6).unwrap();
        assert_eq!(get(&mut hv, 1, SELF, p(HvmParam::CONSOLE_EVTCHN)), Ok(6));
        // The toolstack's view matches.
        assert_eq!(get(&mut hv, 0, 1, p(HvmParam::STORE_EVTCHN)), Ok(5));
    }

    #[test]
    fn toolstack_only_parameters() {
        let mut hv = hv();
        let store_pfn = p(HvmParam::STORE_PFN);
        // A guest cannot write where its xenstore ring lives, but may read it.
        assert_eq!(set(&mut hv, 1, SELF, store_pfn, 0xFEFFC), Err(Errno::EPERM));
        set(&mut hv, 0, 1, store_pfn, 0xFEFFC).unwrap();
        assert_eq!(get(&mut hv, 1, SELF, store_pfn), Ok(0xFEFFC));
        // Toolstack-only both ways.
        let ioreq = p(HvmParam::IOREQ_PFN);
        set(&mut hv, 0, 1, ioreq, 0xFEFF0).unwrap();
        assert_eq!(get(&mut hv, 1, SELF, ioreq), Err(Errno::EPERM));
        assert_eq!(get(&mut hv, 0, 1, ioreq), Ok(0xFEFF0));
        let (timer_mode, hpet) = (p(HvmParam::TIMER_MODE), p(HvmParam::HPET_ENABLED));
        assert_eq!(set(&mut hv, 1, SELF, timer_mode, 1), Err(Errno::EPERM));
        assert_eq!(get(&mut hv, 1, SELF, hpet), Err(Errno::EPERM));
        assert_eq!(get(&mut hv, 0, 1, hpet), Ok(1));
        assert_eq!(get(&mut hv, 0, 1, p(HvmParam::TRIPLE_FAULT_REASON)), Ok(1));
        // Xen compares with the calling domain: even dom0 cannot write its own.
        assert_eq!(set(&mut hv, 0, SELF, timer_mode, 1), Err(Errno::EPERM));
        assert_eq!(get(&mut hv, 0, SELF, hpet), Err(Errno::EPERM));
    }

    #[test]
    fn other_domains_are_control_only() {
        let mut hv = hv();
        let cb = p(HvmParam::CALLBACK_IRQ);
        assert_eq!(set(&mut hv, 1, 2, cb, 1), Err(Errno::EPERM));
        assert_eq!(get(&mut hv, 1, 2, cb), Err(Errno::EPERM));
        assert_eq!(set(&mut hv, 0, 9, cb, 1), Err(Errno::ESRCH));
        assert_eq!(get(&mut hv, 0, 9, cb), Err(Errno::ESRCH));
        set(&mut hv, 0, 2, cb, 7).unwrap();
        assert_eq!(get(&mut hv, 2, SELF, cb), Ok(7));
    }

    #[test]
    fn out_of_range_index_is_einval_first() {
        let mut hv = hv();
        for index in [HVM_NR_PARAMS, 1000, u32::MAX] {
            // EINVAL even for a domain that does not exist or may not be named.
            assert_eq!(set(&mut hv, 1, 9, index, 0), Err(Errno::EINVAL));
            assert_eq!(get(&mut hv, 1, 2, index), Err(Errno::EINVAL));
        }
        assert_eq!(hv.domain(1).unwrap().hvm.param(HVM_NR_PARAMS), None);
    }

    #[test]
    fn deprecated_read_only_and_set_once() {
        let mut hv = hv();
        for index in [4, 13, 20, 21, 22, 23, 24, 25, 26, 30] {
            assert_eq!(set(&mut hv, 0, 1, index, 1), Err(Errno::EPERM), "{index}");
            assert_eq!(get(&mut hv, 0, 1, index), Err(Errno::ENODATA), "{index}");
            assert_eq!(get(&mut hv, 1, SELF, index), Err(Errno::ENODATA), "{index}");
        }
        let altp2m = p(HvmParam::ALTP2M);
        assert_eq!(set(&mut hv, 0, 1, altp2m, 1), Err(Errno::EEXIST));
        assert_eq!(get(&mut hv, 1, SELF, altp2m), Ok(0));
        let v = p(HvmParam::VIRIDIAN);
        set(&mut hv, 0, 1, v, 0x1).unwrap();
        set(&mut hv, 0, 1, v, 0x1).unwrap(); // same value: fine
        assert_eq!(set(&mut hv, 0, 1, v, 0x3), Err(Errno::EEXIST));
        let pages = p(HvmParam::NR_IOREQ_SERVER_PAGES);
        set(&mut hv, 0, 1, pages, 8).unwrap();
        assert_eq!(set(&mut hv, 0, 1, pages, 9), Err(Errno::EEXIST));
    }

    #[test]
    fn value_checks() {
        let mut hv = hv();
        let cases: &[(HvmParam, u64, bool)] = &[
            (HvmParam::TIMER_MODE, 3, true),
            (HvmParam::TIMER_MODE, 4, false),
            (HvmParam::ACPI_S_STATE, 3, true),
            (HvmParam::ACPI_S_STATE, 0, true),
            (HvmParam::ACPI_S_STATE, 1, false),
            (HvmParam::TRIPLE_FAULT_REASON, 5, true),
            (HvmParam::TRIPLE_FAULT_REASON, 6, false),
            (HvmParam::MCA_CAP, 2, false),
            (HvmParam::VM86_TSS_SIZED, (103 << 32) | 0x1000, false),
            (HvmParam::VM86_TSS_SIZED, (104 << 32) | 0x1000, true),
            (HvmParam::VM86_TSS, 1 << 32, false),
            (HvmParam::X87_FIP_WIDTH, 2, false),
        ];
        for &(index, value, ok) in cases {
            let want = if ok { Ok(()) } else { Err(Errno::EINVAL) };
            assert_eq!(
                set(&mut hv, 0, 1, index.0, value),
                want,
                "{index:?} = {value}"
            );
        }
        assert_eq!(
            set(&mut hv, 0, 1, p(HvmParam::VIRIDIAN), 0x2),
            Err(Errno::EINVAL)
        );
        assert_eq!(
            set(&mut hv, 0, 1, p(HvmParam::VIRIDIAN), 1 << 20 | 1),
            Err(Errno::EINVAL)
        );
        assert_eq!(
            set(&mut hv, 0, 1, p(HvmParam::NR_IOREQ_SERVER_PAGES), 0),
            Err(Errno::EINVAL)
        );
        assert_eq!(
            set(&mut hv, 0, 1, p(HvmParam::NR_IOREQ_SERVER_PAGES), 65),
            Err(Errno::EINVAL)
        );
        // Guest-writable ones are checked the same way.
        let fip = p(HvmParam::X87_FIP_WIDTH);
        set(&mut hv, 1, SELF, fip, 8).unwrap();
        assert_eq!(set(&mut hv, 1, SELF, fip, 7), Err(Errno::EINVAL));
        assert_eq!(get(&mut hv, 1, SELF, fip), Ok(8));
        let loc = p(HvmParam::ACPI_IOPORTS_LOCATION);
        set(&mut hv, 1, SELF, loc, 1).unwrap();
        assert_eq!(set(&mut hv, 1, SELF, loc, 2), Err(Errno::EINVAL));
        set(&mut hv, 1, SELF, loc, 0).unwrap();
    }

    #[test]
    fn vm86_tss_is_stored_sized() {
        let mut hv = hv();
        set(&mut hv, 1, SELF, p(HvmParam::VM86_TSS), 0xFFFF_0000).unwrap();
        assert_eq!(
            get(&mut hv, 1, SELF, p(HvmParam::VM86_TSS)),
            Ok(0xFFFF_0000)
        );
        assert_eq!(
            get(&mut hv, 1, SELF, p(HvmParam::VM86_TSS_SIZED)),
            Ok((128 << 32) | 0xFFFF_0000)
        );
    }

    #[test]
    fn flush_time_and_mem_types() {
        let mut hv = hv();
        hv.flush_tlbs(&ctx(1)).unwrap();
        hv.flush_tlbs(&ctx(1)).unwrap();
        assert_eq!(hv.domain(1).unwrap().hvm.tlb_flushes(), 2);
        assert_eq!(hv.flush_tlbs(&ctx(9)), Err(Errno::ESRCH));
        hv.advance(1234);
        assert_eq!(hv.get_time(&ctx(1)).unwrap().now, 1234);

        let ty = |hv: &mut Hypervisor, caller, dom, pfn| {
            hv.get_mem_type(&ctx(caller), &MemTypeReq { dom, pfn })
                .map(|r| r.mem_type)
        };
        let pages = DomainConfig::default().pages;
        assert_eq!(ty(&mut hv, 1, SELF, 0), Ok(HvmmemType::RAM_RW));
        assert_eq!(ty(&mut hv, 1, SELF, pages - 1), Ok(HvmmemType::RAM_RW));
        assert_eq!(ty(&mut hv, 1, SELF, pages), Ok(HvmmemType::MMIO_DM));
        assert_eq!(ty(&mut hv, 1, SELF, 0xFEE00), Ok(HvmmemType::MMIO_DM));
        assert_eq!(ty(&mut hv, 1, SELF, u64::MAX), Ok(HvmmemType::MMIO_DM));
        assert_eq!(ty(&mut hv, 0, 1, 0), Ok(HvmmemType::RAM_RW));
        assert_eq!(ty(&mut hv, 2, 1, 0), Err(Errno::EPERM));
        assert_eq!(ty(&mut hv, 0, 9, 0), Err(Errno::ESRCH));
    }

    #[test]
    fn upcall_vectors_per_vcpu() {
        let mut hv = hv();
        let set_vec = |hv: &mut Hypervisor, vcpu, vector| {
            hv.set_evtchn_upcall_vector(&ctx(1), &UpcallVectorReq { vcpu, vector })
        };
        set_vec(&mut hv, 0, 0xF3).unwrap();
        set_vec(&mut hv, 1, 0x10).unwrap();
        let h = &hv.domain(1).unwrap().hvm;
        assert_eq!(
            (h.upcall_vector(0), h.upcall_vector(1)),
            (Some(0xF3), Some(0x10))
        );
        assert_eq!(h.upcall_vector(2), None);
        // The vector is checked before the vCPU, as in Xen.
        assert_eq!(set_vec(&mut hv, 99, 0x0F), Err(Errno::EINVAL));
        assert_eq!(set_vec(&mut hv, 2, 0x20), Err(Errno::ENOENT));
        assert_eq!(set_vec(&mut hv, u32::MAX, 0x20), Err(Errno::ENOENT));
        assert_eq!(
            hv.set_evtchn_upcall_vector(
                &ctx(9),
                &UpcallVectorReq {
                    vcpu: 0,
                    vector: 0x20
                }
            ),
            Err(Errno::ESRCH)
        );
    }
}
