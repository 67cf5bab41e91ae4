//! A minimal ELF64 loader for the payload: checks the header, copies each `PT_LOAD` segment to
//! its physical address (zero-filling `.bss`), and returns the entry point. The payload is
//! linked static, non-PIE, with virtual = physical addresses (identity-mapped).

use vm_memory::{Bytes, GuestAddress, GuestMemoryMmap};

const PT_LOAD: u32 = 1;

fn u16_at(b: &[u8], off: usize) -> Result<u16, String> {
    b.get(off..off + 2)
        .map(|s| u16::from_le_bytes([s[0], s[1]]))
        .ok_or_else(|| format!("ELF truncated at {off}"))
}

fn u32_at(b: &[u8], off: usize) -> Result<u32, String> {
    b.get(off..off + 4)
        .map(|s| u32::from_le_bytes(s.try_into().unwrap_or_default()))
        .ok_or_else(|| format!("ELF truncated at {off}"))
}

fn u64_at(b: &[u8], off: usize) -> Result<u64, String> {
    b.get(off..off + 8)
        .map(|s| u64::from_le_bytes(s.try_into().unwrap_or_default()))
        .ok_or_else(|| format!("ELF truncated at {off}"))
}

/// Load `elf` into `mem`; every segment must lie in `[lo, hi)`. Returns the entry point.
pub fn load(elf: &[u8], mem: &GuestMemoryMmap, lo: u64, hi: u64) -> Result<u64, String> {
    if elf.get(0..4) != Some(b"\x7fELF") {
        return Err("not an ELF file".into());
    }
    if elf.get(4) != Some(&2) || elf.get(5) != Some(&1) {
        return Err("not a little-endian ELF64 file".into());
    }
    if u16_at(elf, 18)? != 62 {
        return Err("not an x86-64 ELF file".into());
    }
    if u16_at(elf, 16)? != 2 {
        return Err("not a static executable (ET_EXEC); link with -static -no-pie".into());
    }
    let entry = u64_at(elf, 24)?;
    let phoff = u64_at(elf, 32)? as usize;
    let phentsize = u16_at(elf, 54)? as usize;
    let phnum = u16_at(elf, 56)? as usize;
    if phentsize < 56 {
        return Err("bad program header size".into());
    }
    let mut loaded = 0;
    for i in 0..phnum {
        let ph = phoff
            .checked_add(i * phentsize)
            .ok_or("program header offset overflows")?;
        if u32_at(elf, ph)? != PT_LOAD {
            continue;
        }
        let offset = u64_at(elf, ph + 8)? as usize;
        let paddr = u64_at(elf, ph + 24)?;
        let filesz = u64_at(elf, ph + 32)? as usize;
        let memsz = u64_at(elf, ph + 40)?;
        if memsz == 0 {
            continue;
        }
        let end = paddr.checked_add(memsz).ok_or("segment overflows")?;
        if paddr < lo || end > hi || (filesz as u64) > memsz {
            return Err(format!(
                "segment {paddr:#x}..{end:#x} outside the load area {lo:#x}..{hi:#x}"
            ));
        }
        let data = elf
            .get(offset..offset + filesz)
            .ok_or("segment beyond the end of the file")?;
        mem.write_slice(data, GuestAddress(paddr))
            .map_err(|e| e.to_string())?;
        let zeros = vec![0u8; (memsz as usize) - filesz];
        mem.write_slice(&zeros, GuestAddress(paddr + filesz as u64))
            .map_err(|e| e.to_string())?;
        loaded += 1;
    }
    if loaded == 0 {
        return Err("no loadable segment".into());
    }
    if entry < lo || entry >= hi {
        return Err(format!("entry point {entry:#x} outside the image"));
    }
    Ok(entry)
}
