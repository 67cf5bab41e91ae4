//! Registers.

#[allow(unused_imports)]
use super::*;

/// The registers of a FastABI call (x86-64). In: rax = family id | [`FASTABI_BIT`], rdi = op
/// id, the others carry request attributes. Out: rax = status (0 or −errno), the mapped
/// registers carry reply attributes, the others are preserved.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Regs {
    /// Family (in) / status (out).
    pub rax: u64,
    /// Op id (in); preserved.
    pub rdi: u64,
    /// reg2.
    pub rsi: u64,
    /// reg3.
    pub r8: u64,
    /// reg4.
    pub r9: u64,
    /// reg5.
    pub r10: u64,
    /// reg6.
    pub r11: u64,
    /// reg7.
    pub r12: u64,
}

impl Regs {
    /// The status a host returns in rax.
    pub fn status(&self) -> core::result::Result<(), Errno> {
        match self.rax as i64 {
            0 => Ok(()),
            s if s < 0 && s >= -(i32::MAX as i64) => Err(Errno((-s) as i32)),
            _ => Err(Errno::EINVAL),
        }
    }

    /// Set rax to the status of `r`.
    pub fn set_status(&mut self, r: core::result::Result<(), Errno>) {
        self.rax = match r {
            Ok(()) => 0,
            Err(e) => e.to_rax(),
        };
    }

    /// The value of register `r`.
    pub fn get(&self, r: Reg) -> u64 {
        match r {
            Reg::Rsi => self.rsi,
            Reg::R8 => self.r8,
            Reg::R9 => self.r9,
            Reg::R10 => self.r10,
            Reg::R11 => self.r11,
            Reg::R12 => self.r12,
        }
    }
}

/// A register that can carry an attribute (the RFC's reg2..reg7).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Reg {
    /// reg2.
    Rsi = 2,
    /// reg3.
    R8 = 3,
    /// reg4.
    R9 = 4,
    /// reg5.
    R10 = 5,
    /// reg6.
    R11 = 6,
    /// reg7.
    R12 = 7,
}

impl Reg {
    /// The register's name.
    pub const fn name(self) -> &'static str {
        match self {
            Reg::Rsi => "rsi",
            Reg::R8 => "r8",
            Reg::R9 => "r9",
            Reg::R10 => "r10",
            Reg::R11 => "r11",
            Reg::R12 => "r12",
        }
    }
}

/// The register encoding of a scalar.
#[inline]
pub fn reg<T: Scalar>(v: T) -> u64 {
    v.to_reg()
}

/// The register encoding of an optional scalar (0 when absent, as the host writes it).
#[inline]
pub fn reg_opt<T: Scalar>(v: Option<T>) -> u64 {
    v.map_or(0, Scalar::to_reg)
}

/// The register of attributes sharing one register through `when`: the present one's value
/// (at most one is present in a valid reply), 0 when none is.
#[inline]
pub fn first(v: &[Option<u64>]) -> u64 {
    v.iter().find_map(|x| *x).unwrap_or(0)
}

/// The single occurrence of a repeated attribute that a register carries (`EINVAL` unless
/// there is exactly one).
#[inline]
pub fn one<'a, T: Elem<'a>>(l: &List<'a, T>) -> core::result::Result<T, Errno> {
    let mut it = l.iter();
    match (it.next(), it.next()) {
        (Some(v), None) => Ok(v),
        _ => Err(Errno::EINVAL),
    }
}

/// A scalar from a register: width (zero or sign extension, flag 0/1) and the policy's values
/// (range, flag mask) are checked; `EINVAL` otherwise.
#[inline]
pub fn unreg<T: Scalar>(raw: u64, p: &AttrPolicy) -> core::result::Result<T, Errno> {
    let v = T::from_reg(raw).ok_or(Errno::EINVAL)?;
    let ok = match p.values {
        Values::Any => true,
        Values::Range { min, max } => {
            let w = v.to_i128();
            w >= min as i128 && w <= max as i128
        }
        Values::Mask(m) => {
            let w = v.to_i128();
            w >= 0 && (w as u64) & !m == 0
        }
    };
    if ok {
        Ok(v)
    } else {
        Err(Errno::EINVAL)
    }
}

/// Like [`unreg`], and the value must be an entry of a closed enum.
#[inline]
pub fn unreg_member<T: Scalar>(
    raw: u64,
    p: &AttrPolicy,
    entries: &[(&str, i64)],
) -> core::result::Result<T, Errno> {
    let v = unreg::<T>(raw, p)?;
    if entries.iter().any(|e| e.1 as i128 == v.to_i128()) {
        Ok(v)
    } else {
        Err(Errno::EINVAL)
    }
}

/// Where an op's attributes travel in a register call.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RegMap {
    /// The form the call carries, when the request or reply has forms.
    pub form: Option<&'static str>,
    /// Request attribute type → register.
    pub inputs: &'static [(u16, Reg)],
    /// Reply attribute type → register (several attributes may share one through `when`).
    pub outputs: &'static [(u16, Reg)],
}
