//! A toolstack: build, list, pause, shut down and destroy domains with `domctl`, `sysctl`
//! and the memory reservation ops — what `hvlink xl` and part (b) of the demo run.
//!
//! One source, several builds: `toolstack!` instantiates the same functions over the
//! generated types of one version of `domctl`/`sysctl` — [`v3`] over the current spec (Xen
//! 4.17's interface), [`v1`] over `hvlink-compat-demo`'s version 1 (Xen 4.15's). Nothing in
//! them asks which version the host speaks: the generated types fill defaults, ignore what
//! they do not know and refuse what must be understood, and the client knows from the
//! host's introspection which ops it lacks before sending them.

use std::fmt;

use hvlink_codec::Flags;
use hvlink_guest::client::{self, Client};
use hvlink_proto::rt::List;
use hvlink_proto::{memory, sched};

/// What `xl create` reads from a config file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DomainSpec {
    /// `name = "…"`.
    pub name: String,
    /// `memory = MiB`.
    pub memory_mib: u64,
    /// `vcpus = N`.
    pub vcpus: u32,
}

/// One line of `xl list`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    /// Name (`Domain-0` for the control domain, `(null)` for an unnamed one).
    pub name: String,
    /// Domain id.
    pub id: u16,
    /// Memory in MiB (pages it has).
    pub mem_mib: u64,
    /// vCPUs online.
    pub vcpus: u32,
    /// `XEN_DOMINF_*` flags.
    pub flags: u32,
    /// CPU time in ns.
    pub cpu_time: u64,
}

impl Row {
    /// xl's state column: r running, b blocked, p paused, s shutdown, c crashed, d dying.
    pub fn state(&self) -> String {
        let f = self.flags;
        let shutdown = f & 0x4 != 0;
        let code = (f >> 16) & 0xFF;
        let c = |bit: bool, ch: char| if bit { ch } else { '-' };
        [
            c(f & 0x20 != 0, 'r'),
            c(f & 0x10 != 0, 'b'),
            c(f & 0x8 != 0, 'p'),
            c(shutdown && code != 3, 's'),
            c(shutdown && code == 3, 'c'),
            c(f & 0x1 != 0, 'd'),
        ]
        .iter()
        .collect()
    }
}

/// `xl list`'s header.
pub const LIST_HEADER: &str =
    "Name                                        ID   Mem VCPUs\tState\tTime(s)";

/// One `xl list` line, formatted as xl does.
pub fn list_line(r: &Row) -> String {
    format!(
        "{:<40} {:>5} {:>5} {:>5}     {}  {:>8.1}",
        r.name,
        r.id,
        r.mem_mib,
        r.vcpus,
        r.state(),
        r.cpu_time as f64 / 1e9
    )
}

/// Why a toolstack step failed.
#[non_exhaustive]
#[derive(Debug)]
pub enum Error {
    /// A call failed (the host refused, or the transport did).
    Call {
        /// The op.
        op: &'static str,
        /// Why.
        error: client::Error,
    },
    /// An extent of a reservation op failed.
    Extent {
        /// The op.
        op: &'static str,
        /// The domain.
        domain: u16,
        /// The guest frame.
        gpfn: u64,
        /// Its status (`extent-status`).
        status: i16,
    },
    /// No domain has this name or id.
    NoDomain(String),
    /// A config line that is not `key = value` with a known key.
    Config {
        /// 1-based line.
        line: usize,
        /// What is wrong.
        what: &'static str,
    },
}

impl Error {
    /// The user can fix it in the command line or the config (exit 2).
    pub fn is_usage(&self) -> bool {
        matches!(self, Error::NoDomain(_) | Error::Config { .. })
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Call { op, error } => write!(f, "{op}: {error}"),
            Error::Extent {
                op,
                domain,
                gpfn,
                status,
            } => {
                let name = memory::ExtentStatus(*status);
                write!(f, "{op}: domain {domain} frame {gpfn:#x}: {name:?}")
            }
            Error::NoDomain(d) => write!(f, "{d}: no such domain"),
            Error::Config { line, what } => write!(f, "config line {line}: {what}"),
        }
    }
}

impl std::error::Error for Error {}

/// Read an xl config: `name = "…"`, `memory = MiB`, `vcpus = N`; `#` comments; other keys
/// xl knows (type, kernel, …) are ignored as the model has no use for them.
pub fn parse_config(text: &str) -> Result<DomainSpec, Error> {
    let mut spec = DomainSpec {
        name: String::new(),
        memory_mib: 128,
        vcpus: 1,
    };
    for (i, raw) in text.lines().enumerate() {
        let line = raw.split('#').next().unwrap_or("").trim();
        if line.is_empty() {
            continue;
        }
        let line_no = i + 1;
        let (k, v) = line.split_once('=').ok_or(Error::Config {
            line: line_no,
            what: "expected key = value",
        })?;
        let (k, v) = (k.trim(), v.trim());
        match k {
            "name" => {
                let n = v.trim_matches(|c| c == '"' || c == '\'');
                if n.is_empty() || n.len() > 63 {
                    return Err(Error::Config {
                        line: line_no,
                        what: "name must be 1 to 63 bytes",
                    });
                }
                spec.name = n.to_string();
            }
            "memory" => {
                spec.memory_mib = v.parse().map_err(|_| Error::Config {
                    line: line_no,
                    what: "memory must be a number of MiB",
                })?;
            }
            "vcpus" => {
                spec.vcpus = v.parse().map_err(|_| Error::Config {
                    line: line_no,
                    what: "vcpus must be a number",
                })?;
            }
            _ => {}
        }
    }
    if spec.name.is_empty() {
        return Err(Error::Config {
            line: 0,
            what: "no name",
        });
    }
    if spec.vcpus == 0 || spec.vcpus > 128 {
        return Err(Error::Config {
            line: 0,
            what: "vcpus must be 1 to 128",
        });
    }
    if spec.memory_mib == 0 || spec.memory_mib > 1 << 20 {
        return Err(Error::Config {
            line: 0,
            what: "memory must be 1 MiB to 1 TiB",
        });
    }
    Ok(spec)
}

/// 2 MiB extents (order 9), as Xen's domain builder uses superpages where it can.
const ORDER: u8 = 9;
/// Extents per populate message (the spec's bound is 2048).
const PER_MESSAGE: usize = 2048;

fn call_err(op: &'static str) -> impl FnOnce(client::Error) -> Error {
    move |error| Error::Call { op, error }
}

/// Populate (or take back, `grow` false) the 2 MiB extents `from .. to` of `domain`.
pub async fn reservation(
    c: &Client,
    domain: u16,
    from: u64,
    to: u64,
    grow: bool,
) -> Result<(), Error> {
    let extents: Vec<memory::Extent> = (from..to)
        .map(|i| memory::Extent { gpfn: i << ORDER })
        .collect();
    for chunk in extents.chunks(PER_MESSAGE) {
        let req = memory::ReservationReq {
            domid: domain,
            extent_order: ORDER,
            form: memory::ReservationReqForm::Batch {
                mode: memory::ExtentMode::ORDERED,
                extent: List::new(chunk),
            },
        };
        let op = if grow {
            "memory.populate_physmap"
        } else {
            "memory.decrease_reservation"
        };
        // Both ops have the same reply type; the parts are checked alike.
        let parts: Vec<Vec<u8>> = if grow {
            c.call_ring::<memory::PopulatePhysmap>(&req)
                .await
                .map_err(call_err(op))?
                .messages()
                .to_vec()
        } else {
            c.call_ring::<memory::DecreaseReservation>(&req)
                .await
                .map_err(call_err(op))?
                .messages()
                .to_vec()
        };
        for m in &parts {
            let Some(form) = reservation_form(m) else {
                continue;
            };
            if let memory::ReservationReplyForm::Batch { entry } = form {
                if let Some(bad) = entry
                    .iter()
                    .find(|e| e.status != memory::ExtentStatus::OKAY)
                {
                    return Err(Error::Extent {
                        op,
                        domain,
                        gpfn: chunk.get(bad.index as usize).map_or(0, |e| e.gpfn),
                        status: bad.status.0,
                    });
                }
            }
        }
    }
    Ok(())
}

/// The reply of a reservation op in message `m` (validated by the client already).
fn reservation_form(m: &[u8]) -> Option<memory::ReservationReplyForm<'_>> {
    use hvlink_proto::rt::AttrSet;
    let msg = hvlink_codec::Message::parse(m).ok()?;
    let (_, attrs) = msg.genl().ok()?;
    memory::ReservationReply::decode(attrs).ok().map(|r| r.form)
}

/// Shut `domain` down (SCHEDOP_remote_shutdown, poweroff).
pub async fn shutdown(c: &Client, domain: u16) -> Result<(), Error> {
    c.call::<sched::RemoteShutdown>(&sched::RemoteShutdownReq {
        dom: domain,
        reason: sched::ShutdownReason::POWEROFF,
    })
    .await
    .map_err(call_err("sched.remote_shutdown"))?;
    Ok(())
}

/// The toolstack functions over one version's generated `domctl` (`$d`) and `sysctl`
/// (`$s`); `$create` builds that version's createdomain request from a [`DomainSpec`].
macro_rules! toolstack {
    ($(#[$m:meta])* $name:ident, $d:path, $s:path, |$spec:ident| $create:expr) => {
        $(#[$m])*
        pub mod $name {
            use super::*;
            use $d as d;
            use $s as s;

            /// Create, size, populate and unpause a domain: its id.
            pub async fn create(c: &Client, $spec: &DomainSpec) -> Result<u16, Error> {
                let req: d::CreateReq<'_> = $create;
                let domain = c
                    .call_ring::<d::Createdomain>(&req)
                    .await
                    .map_err(call_err("domctl.createdomain"))?
                    .get()
                    .domain;
                let built = async {
                    c.call::<d::MaxVcpus>(&d::MaxVcpusReq {
                        domain,
                        max: $spec.vcpus,
                    })
                    .await
                    .map_err(call_err("domctl.max_vcpus"))?;
                    mem_set(c, domain, $spec.memory_mib).await?;
                    c.call::<d::Unpausedomain>(&d::DomReq { domain })
                        .await
                        .map_err(call_err("domctl.unpausedomain"))?;
                    Ok::<(), Error>(())
                };
                if let Err(e) = built.await {
                    // Do not leave a half-built domain behind (xl destroys it too).
                    let _ = destroy(c, domain).await;
                    return Err(e);
                }
                Ok(domain)
            }

            /// Set a domain's memory: max_mem, then populate or take back 2 MiB extents.
            pub async fn mem_set(c: &Client, domain: u16, mib: u64) -> Result<(), Error> {
                let info = c
                    .call::<d::Getdomaininfo>(&d::QueryReq { domain })
                    .await
                    .map_err(call_err("domctl.getdomaininfo"))?;
                let have = info.get().tot_pages >> ORDER;
                let want = (mib << 20) >> (12 + u32::from(ORDER));
                if want < have {
                    reservation(c, domain, want, have, false).await?;
                }
                c.call::<d::MaxMem>(&d::MaxMemReq {
                    domain,
                    max_memkb: mib * 1024,
                })
                .await
                .map_err(call_err("domctl.max_mem"))?;
                if want > have {
                    reservation(c, domain, have, want, true).await?;
                }
                Ok(())
            }

            /// Every domain, as `xl list` shows it: the dump, then each one's name.
            pub async fn list(c: &Client) -> Result<Vec<Row>, Error> {
                let dump = c
                    .start::<s::Getdomaininfolist>(
                        &s::ListReq {
                            cursor: 0,
                            max_domains: 64,
                        },
                        Flags::DUMP,
                        None,
                    )
                    .await
                    .map_err(call_err("sysctl.getdomaininfolist"))?
                    .wait()
                    .await
                    .map_err(call_err("sysctl.getdomaininfolist"))?;
                let mut rows = Vec::new();
                for part in dump.parts() {
                    for e in part.domain.iter() {
                        rows.push(Row {
                            name: String::new(),
                            id: e.domain,
                            mem_mib: e.tot_pages * 4096 >> 20,
                            vcpus: e.nr_online_vcpus,
                            flags: e.flags.0,
                            cpu_time: e.cpu_time,
                        });
                    }
                }
                for r in &mut rows {
                    r.name = name_of(c, r.id).await;
                }
                Ok(rows)
            }

            async fn name_of(c: &Client, domain: u16) -> String {
                if domain == 0 {
                    return "Domain-0".into();
                }
                match c.call_ring::<d::Getdomaininfo>(&d::QueryReq { domain }).await {
                    Ok(r) => r.get().name.unwrap_or("(null)").to_string(),
                    Err(_) => "(null)".into(),
                }
            }

            /// A domain by name or id.
            pub async fn find(c: &Client, which: &str) -> Result<u16, Error> {
                let rows = list(c).await?;
                rows.iter()
                    .find(|r| r.name == which || r.id.to_string() == which)
                    .map(|r| r.id)
                    .ok_or_else(|| Error::NoDomain(which.to_string()))
            }

            /// pausedomain.
            pub async fn pause(c: &Client, domain: u16) -> Result<(), Error> {
                c.call::<d::Pausedomain>(&d::DomReq { domain })
                    .await
                    .map_err(call_err("domctl.pausedomain"))?;
                Ok(())
            }

            /// unpausedomain.
            pub async fn unpause(c: &Client, domain: u16) -> Result<(), Error> {
                c.call::<d::Unpausedomain>(&d::DomReq { domain })
                    .await
                    .map_err(call_err("domctl.unpausedomain"))?;
                Ok(())
            }

            /// destroydomain.
            pub async fn destroy(c: &Client, domain: u16) -> Result<(), Error> {
                c.call::<d::Destroydomain>(&d::DomReq { domain })
                    .await
                    .map_err(call_err("domctl.destroydomain"))?;
                Ok(())
            }

            /// physinfo: (nr_cpus, total MiB, free MiB, capability names).
            pub async fn physinfo(c: &Client) -> Result<(u32, u64, u64, String), Error> {
                let r = c
                    .call::<s::Physinfo>(&hvlink_proto::rt::Empty)
                    .await
                    .map_err(call_err("sysctl.physinfo"))?;
                let p = r.get();
                Ok((
                    p.nr_cpus,
                    p.total_pages * 4096 >> 20,
                    p.free_pages * 4096 >> 20,
                    format!("{:?}", p.capabilities),
                ))
            }
        }
    };
}

toolstack!(
    /// The toolstack built against the current spec: domctl v3, sysctl v2 (Xen 4.17).
    v3,
    hvlink_proto::domctl,
    hvlink_proto::sysctl,
    |spec| d::CreateReq {
        domain: 0,
        flags: d::Cdf::HVM | d::Cdf::HAP,
        max_vcpus: spec.vcpus,
        max_evtchn_port: 1023,
        max_grant_frames: -1,
        max_maptrack_frames: -1,
        handle: None,
        name: Some(&spec.name),
        max_grant_version: None,
        cpupool_id: 0,
    }
);

toolstack!(
    /// The toolstack built against domctl v1 and sysctl v1 (Xen 4.15), from
    /// `hvlink-compat-demo`.
    v1,
    hvlink_compat_demo::v1::domctl,
    hvlink_compat_demo::v1::sysctl,
    |spec| d::CreateReq {
        domain: 0,
        flags: d::Cdf::HVM | d::Cdf::HAP,
        max_vcpus: spec.vcpus,
        max_evtchn_port: 1023,
        max_grant_frames: -1,
        max_maptrack_frames: -1,
        handle: None,
        name: Some(&spec.name),
    }
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn config_and_state_column() {
        let s =
            parse_config("# a guest\nname = \"web\"\nmemory = 256\nvcpus = 2\ntype = \"pvh\"\n")
                .unwrap();
        assert_eq!(
            s,
            DomainSpec {
                name: "web".into(),
                memory_mib: 256,
                vcpus: 2
            }
        );
        assert!(matches!(
            parse_config("name = x\nmemory = lots\n"),
            Err(Error::Config { line: 2, .. })
        ));
        let row = Row {
            name: "web".into(),
            id: 3,
            mem_mib: 256,
            vcpus: 2,
            flags: 0x4 | (3 << 16),
            cpu_time: 1_500_000_000,
        };
        assert_eq!(row.state(), "----c-");
        assert_eq!(
            list_line(&row),
            "web                                          3   256     2     ----c-       1.5"
        );
    }
}
