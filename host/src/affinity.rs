//! Pinning a thread to one CPU: the host's polling thread (as io_uring's SQPOLL thread is
//! pinned with `sq_thread_cpu`), and in benchmarks the guest threads beside it, so that a
//! latency-sensitive domain's vCPU keeps a core of its own instead of sharing one as the
//! scheduler happens to place it.

use std::io;

/// Pin the calling thread to CPU `cpu` (Linux `sched_setaffinity`).
pub fn pin_current_thread(cpu: usize) -> io::Result<()> {
    pin_current_thread_to(&[cpu])
}

/// Let the calling thread run on the CPUs `cpus` only (all of them: unpinned).
pub fn pin_current_thread_to(cpus: &[usize]) -> io::Result<()> {
    if let Some(&cpu) = cpus.iter().find(|&&c| c >= libc::CPU_SETSIZE as usize) {
        return Err(io::Error::new(
            io::ErrorKind::InvalidInput,
            format!("CPU {cpu} is beyond the CPU set"),
        ));
    }
    // SAFETY: cpu_set_t is a plain bit array for which all zeroes is the empty set; CPU_SET
    // sets bit `cpu`, checked above to lie within it; `set` is then a valid cpu_set_t of the
    // size passed to sched_setaffinity, and pid 0 is the calling thread.
    #[allow(unsafe_code)]
    let r = unsafe {
        let mut set: libc::cpu_set_t = std::mem::zeroed();
        for &cpu in cpus {
            libc::CPU_SET(cpu, &mut set);
        }
        libc::sched_setaffinity(0, std::mem::size_of::<libc::cpu_set_t>(), &set)
    };
    if r == 0 {
        Ok(())
    } else {
        Err(io::Error::last_os_error())
    }
}

/// The CPUs the calling thread may run on now (Linux `sched_getaffinity`), to put back
/// with [`pin_current_thread_to`] after pinning it for a while.
pub fn current() -> io::Result<Vec<usize>> {
    // SAFETY: all zeroes is the empty cpu_set_t; sched_getaffinity fills `set`, of the size
    // passed, for pid 0 (the calling thread); CPU_ISSET reads bits within the set.
    #[allow(unsafe_code)]
    unsafe {
        let mut set: libc::cpu_set_t = std::mem::zeroed();
        if libc::sched_getaffinity(0, std::mem::size_of::<libc::cpu_set_t>(), &mut set) != 0 {
            return Err(io::Error::last_os_error());
        }
        Ok((0..libc::CPU_SETSIZE as usize)
            .filter(|&c| libc::CPU_ISSET(c, &set))
            .collect())
    }
}

/// CPUs the calling thread may run on now (a thread already pinned sees fewer).
pub fn available() -> usize {
    std::thread::available_parallelism().map_or(1, |n| n.get())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_thread_pinned_runs_on_its_cpu() {
        let cpu = available() - 1;
        let seen = std::thread::spawn(move || {
            pin_current_thread(cpu).unwrap();
            // SAFETY: sched_getcpu has no preconditions.
            #[allow(unsafe_code)]
            let at = unsafe { libc::sched_getcpu() };
            at
        })
        .join()
        .unwrap();
        assert_eq!(seen, cpu as i32);
        assert!(pin_current_thread(1 << 20).is_err());
        // A mask read back is the mask set, and puts the thread back as it was.
        let (was, pinned, back) = std::thread::spawn(move || {
            let was = current().unwrap();
            pin_current_thread(cpu).unwrap();
            let pinned = current().unwrap();
            pin_current_thread_to(&was).unwrap();
            (was, pinned, current().unwrap())
        })
        .join()
        .unwrap();
        assert_eq!(pinned, [cpu]);
        assert_eq!(back, was);
        assert!(was.contains(&cpu));
    }
}
