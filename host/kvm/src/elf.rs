//! A minimal ELF64 parser for the payload: checks the header and returns the entry point and
//! every `PT_LOAD` segment (its bytes in the file, its physical address, its size in memory);
//! the VMM copies them into guest memory and zero-fills the rest (`.bss`). The payload is
//! linked static, non-PIE, with virtual = physical addresses (identity-mapped).
//!
//! The image is untrusted input: no offset or size in it is used before it is checked, every
//! sum is checked or saturating, and nothing here panics or allocates more than one small
//! entry per program header (at most 65535).

use std::fmt;

const PT_LOAD: u32 = 1;
const ET_EXEC: u16 = 2;
const EM_X86_64: u16 = 62;
/// Size of an ELF64 program header.
const PHDR_SIZE: u16 = 56;

/// Why an image cannot be loaded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum ElfError {
    /// No ELF magic (`\x7fELF`).
    NotElf,
    /// Not a little-endian ELF64 file.
    NotElf64,
    /// Built for another machine (the `e_machine` field).
    NotX86_64(u16),
    /// Not a static executable (`ET_EXEC`; the `e_type` field).
    NotStatic(u16),
    /// Program headers smaller than ELF64's (the `e_phentsize` field).
    BadHeaderSize(u16),
    /// The file ends before `what`, which starts at byte `at` (or its offset overflows).
    Truncated {
        /// The field or segment that is cut off.
        what: &'static str,
        /// Its offset in the file.
        at: u64,
    },
    /// A segment's end address overflows.
    Overflow {
        /// The segment's physical address.
        start: u64,
    },
    /// A segment lies (partly) outside the load area.
    Outside {
        /// Its first byte.
        start: u64,
        /// One past its last byte.
        end: u64,
        /// The load area's first byte.
        lo: u64,
        /// One past the load area's last byte.
        hi: u64,
    },
    /// A segment has more bytes in the file than in memory.
    FileLargerThanMemory {
        /// The segment's physical address.
        start: u64,
    },
    /// No `PT_LOAD` segment with contents.
    NoSegment,
    /// The entry point lies outside the load area.
    EntryOutside(u64),
}

impl fmt::Display for ElfError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            ElfError::NotElf => write!(f, "not an ELF file"),
            ElfError::NotElf64 => write!(f, "not a little-endian ELF64 file"),
            ElfError::NotX86_64(m) => write!(f, "not an x86-64 ELF file (machine {m})"),
            ElfError::NotStatic(t) => write!(
                f,
                "not a static executable (ET_EXEC; type {t}); link with -static -no-pie"
            ),
            ElfError::BadHeaderSize(n) => write!(f, "bad program header size {n}"),
            ElfError::Truncated { what, at } => {
                write!(
                    f,
                    "ELF truncated: {what} at byte {at} is beyond the end of the file"
                )
            }
            ElfError::Overflow { start } => write!(f, "segment at {start:#x} overflows"),
            ElfError::Outside { start, end, lo, hi } => write!(
                f,
                "segment {start:#x}..{end:#x} outside the load area {lo:#x}..{hi:#x}"
            ),
            ElfError::FileLargerThanMemory { start } => {
                write!(
                    f,
                    "segment at {start:#x} is larger in the file than in memory"
                )
            }
            ElfError::NoSegment => write!(f, "no loadable segment"),
            ElfError::EntryOutside(e) => write!(f, "entry point {e:#x} outside the image"),
        }
    }
}

impl std::error::Error for ElfError {}

/// A `PT_LOAD` segment: `data` goes to `paddr`, the rest up to `memsz` is zero.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Segment<'a> {
    /// Physical (= virtual) address.
    pub paddr: u64,
    /// Its bytes in the file (at most `memsz`).
    pub data: &'a [u8],
    /// Its size in memory.
    pub memsz: u64,
}

/// A checked image: every segment lies in the load area, and so does the entry point.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Image<'a> {
    /// Where execution starts.
    pub entry: u64,
    /// The segments to load, in file order.
    pub segments: Vec<Segment<'a>>,
}

/// `N` bytes of `b` at `at`, or [`ElfError::Truncated`] naming `what`.
fn bytes<const N: usize>(b: &[u8], at: u64, what: &'static str) -> Result<[u8; N], ElfError> {
    usize::try_from(at)
        .ok()
        .and_then(|start| b.get(start..)?.get(..N)?.try_into().ok())
        .ok_or(ElfError::Truncated { what, at })
}

fn u16_at(b: &[u8], at: u64, what: &'static str) -> Result<u16, ElfError> {
    bytes(b, at, what).map(u16::from_le_bytes)
}

fn u32_at(b: &[u8], at: u64, what: &'static str) -> Result<u32, ElfError> {
    bytes(b, at, what).map(u32::from_le_bytes)
}

fn u64_at(b: &[u8], at: u64, what: &'static str) -> Result<u64, ElfError> {
    bytes(b, at, what).map(u64::from_le_bytes)
}

/// Check `elf` and list what to load; every segment must lie in `[lo, hi)`.
pub fn parse(elf: &[u8], lo: u64, hi: u64) -> Result<Image<'_>, ElfError> {
    if elf.get(0..4) != Some(b"\x7fELF") {
        return Err(ElfError::NotElf);
    }
    if elf.get(4) != Some(&2) || elf.get(5) != Some(&1) {
        return Err(ElfError::NotElf64);
    }
    let machine = u16_at(elf, 18, "e_machine")?;
    if machine != EM_X86_64 {
        return Err(ElfError::NotX86_64(machine));
    }
    let kind = u16_at(elf, 16, "e_type")?;
    if kind != ET_EXEC {
        return Err(ElfError::NotStatic(kind));
    }
    let entry = u64_at(elf, 24, "e_entry")?;
    let phoff = u64_at(elf, 32, "e_phoff")?;
    let phentsize = u16_at(elf, 54, "e_phentsize")?;
    let phnum = u16_at(elf, 56, "e_phnum")?;
    if phentsize < PHDR_SIZE {
        return Err(ElfError::BadHeaderSize(phentsize));
    }
    let mut segments = Vec::new();
    for i in 0..u64::from(phnum) {
        // At most 65535 * 65535 past phoff: a saturated offset reads as truncated.
        let ph = phoff.saturating_add(i * u64::from(phentsize));
        let field = |off: u64| ph.saturating_add(off);
        if u32_at(elf, ph, "p_type")? != PT_LOAD {
            continue;
        }
        let offset = u64_at(elf, field(8), "p_offset")?;
        let paddr = u64_at(elf, field(24), "p_paddr")?;
        let filesz = u64_at(elf, field(32), "p_filesz")?;
        let memsz = u64_at(elf, field(40), "p_memsz")?;
        if memsz == 0 {
            continue;
        }
        let end = paddr
            .checked_add(memsz)
            .ok_or(ElfError::Overflow { start: paddr })?;
        if paddr < lo || end > hi {
            return Err(ElfError::Outside {
                start: paddr,
                end,
                lo,
                hi,
            });
        }
        if filesz > memsz {
            return Err(ElfError::FileLargerThanMemory { start: paddr });
        }
        let truncated = ElfError::Truncated {
            what: "segment",
            at: offset,
        };
        let start = usize::try_from(offset).map_err(|_| truncated)?;
        let len = usize::try_from(filesz).map_err(|_| truncated)?;
        let data = elf
            .get(start..)
            .and_then(|rest| rest.get(..len))
            .ok_or(truncated)?;
        segments.push(Segment { paddr, data, memsz });
    }
    if segments.is_empty() {
        return Err(ElfError::NoSegment);
    }
    if entry < lo || entry >= hi {
        return Err(ElfError::EntryOutside(entry));
    }
    Ok(Image { entry, segments })
}

#[cfg(test)]
mod tests {
    use super::*;

    const LO: u64 = 0x10_0000;
    const HI: u64 = 0x70_0000;

    /// A static x86-64 ELF whose one segment holds `code` at `LO` (entry there too).
    fn tiny(code: &[u8]) -> Vec<u8> {
        let mut e = vec![0xa5u8; 64 + 56];
        e[0..4].copy_from_slice(b"\x7fELF");
        e[4] = 2;
        e[5] = 1;
        e[16..18].copy_from_slice(&ET_EXEC.to_le_bytes());
        e[18..20].copy_from_slice(&EM_X86_64.to_le_bytes());
        e[24..32].copy_from_slice(&LO.to_le_bytes());
        e[32..40].copy_from_slice(&64u64.to_le_bytes());
        e[54..56].copy_from_slice(&56u16.to_le_bytes());
        e[56..58].copy_from_slice(&1u16.to_le_bytes());
        set_phdr(&mut e, 120, LO, code.len() as u64, code.len() as u64);
        e.extend_from_slice(code);
        e
    }

    fn set_phdr(e: &mut [u8], offset: u64, paddr: u64, filesz: u64, memsz: u64) {
        let ph = 64;
        e[ph..ph + 4].copy_from_slice(&PT_LOAD.to_le_bytes());
        e[ph + 8..ph + 16].copy_from_slice(&offset.to_le_bytes());
        e[ph + 24..ph + 32].copy_from_slice(&paddr.to_le_bytes());
        e[ph + 32..ph + 40].copy_from_slice(&filesz.to_le_bytes());
        e[ph + 40..ph + 48].copy_from_slice(&memsz.to_le_bytes());
    }

    #[test]
    fn test_parse() {
        let e = tiny(&[0x90, 0xf4]);
        let img = parse(&e, LO, HI).unwrap();
        assert_eq!(img.entry, LO);
        assert_eq!(
            img.segments,
            [Segment {
                paddr: LO,
                data: &[0x90, 0xf4],
                memsz: 2
            }]
        );
    }

    #[test]
    fn test_impossible_sizes_and_offsets() {
        let good = tiny(&[0x90; 16]);
        let with = |f: &dyn Fn(&mut Vec<u8>)| {
            let mut e = good.clone();
            f(&mut e);
            parse(&e, LO, HI).map(|img| img.entry)
        };
        let huge = u64::MAX - 3;
        let cases: [(Result<u64, ElfError>, ElfError); 9] = [
            (parse(b"MZ", LO, HI).map(|img| img.entry), ElfError::NotElf),
            (with(&|e| e[4] = 1), ElfError::NotElf64),
            (with(&|e| e[18] = 3), ElfError::NotX86_64(3)),
            (with(&|e| e[16] = 3), ElfError::NotStatic(3)),
            (with(&|e| e[54] = 55), ElfError::BadHeaderSize(55)),
            (
                with(&|e| e[32..40].copy_from_slice(&huge.to_le_bytes())),
                ElfError::Truncated {
                    what: "p_type",
                    at: huge,
                },
            ),
            (
                with(&|e| set_phdr(e, huge, LO, 16, 16)),
                ElfError::Truncated {
                    what: "segment",
                    at: huge,
                },
            ),
            (
                with(&|e| set_phdr(e, 120, u64::MAX - 8, 16, 16)),
                ElfError::Overflow {
                    start: u64::MAX - 8,
                },
            ),
            (
                with(&|e| set_phdr(e, 120, LO, u64::MAX, u64::MAX - LO)),
                ElfError::Outside {
                    start: LO,
                    end: u64::MAX,
                    lo: LO,
                    hi: HI,
                },
            ),
        ];
        for (got, want) in cases {
            assert_eq!(got, Err(want));
        }
        assert_eq!(
            with(&|e| set_phdr(e, 120, LO, 17, 16)),
            Err(ElfError::FileLargerThanMemory { start: LO })
        );
        assert_eq!(
            with(&|e| e[24..32].copy_from_slice(&HI.to_le_bytes())),
            Err(ElfError::EntryOutside(HI))
        );
        assert_eq!(
            with(&|e| set_phdr(e, 120, LO, 0, 0)),
            Err(ElfError::NoSegment)
        );
        // Every prefix of a good image fails cleanly.
        for n in 0..good.len() {
            assert!(parse(&good[..n], LO, HI).is_err(), "prefix of {n} bytes");
        }
    }
}
