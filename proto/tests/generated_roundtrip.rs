// Do not edit: generated from proto/spec/*.yaml by hvlink-proto-gen; regenerate with `cargo run -p hvlink-proto-gen`.
//! Every op of every family round-trips through encode/decode on a ring and, where it has
//! a FastABI mapping, through the register path; bad register values are rejected.

#![allow(clippy::unusual_byte_groupings, clippy::bool_assert_comparison)]

use hvlink_proto::codec::{Builder, Message, SliceSink};
use hvlink_proto::rt::{self, AttrSet, FastAbi, Op};

/// A request and a reply through whole ring messages: both decode to what was encoded,
/// the reply fits the op's max-reply, and the op is found by (msg-type, cmd).
macro_rules! ring {
    ($op:ty, $req_set:ty, $rep_set:ty, $req:expr, $rep:expr) => {{
        let req = $req;
        let rep = $rep;
        let desc = <$op as Op>::DESC;
        let mut buf = vec![0u8; 70_000];
        let mut b = Builder::new(SliceSink::new(&mut buf));
        let n = <$op as Op>::write_request(&mut b, 0x1234, 7, &req).unwrap();
        let msg = Message::parse(&buf[..n]).unwrap();
        let (g, attrs) = msg.genl().unwrap();
        assert_eq!(
            (msg.header().seq, msg.header().port, g.cmd),
            (0x1234, 7, desc.id)
        );
        match hvlink_proto::lookup_msg(msg.message_type().0, g.cmd) {
            Ok(d) => assert!(std::ptr::eq(d, desc)),
            Err(e) => {
                assert!(desc.register_only.is_some());
                assert_eq!(e, hvlink_proto::Errno::EOPNOTSUPP);
            }
        }
        assert_eq!(<$req_set>::decode(attrs).unwrap(), req);
        let mut buf = vec![0u8; 70_000];
        let mut b = Builder::new(SliceSink::new(&mut buf));
        let n = <$op as Op>::write_reply(&mut b, 0x1234, 7, &rep).unwrap();
        assert!(
            n - 20 <= desc.max_reply as usize,
            "reply of {} is {} bytes",
            desc.name,
            n - 20
        );
        let msg = Message::parse(&buf[..n]).unwrap();
        let (_, attrs) = msg.genl().unwrap();
        assert_eq!(<$rep_set>::decode(attrs).unwrap(), rep);
    }};
}

/// The register path both ways; evaluates to the request's registers.
macro_rules! regs {
    ($op:ty, $req:expr, $rep:expr) => {{
        let req = $req;
        let rep = $rep;
        let desc = <$op as Op>::DESC;
        let r = <$op as FastAbi>::to_regs(&req).unwrap();
        assert_eq!(r.rax, desc.family_id as u64 | rt::FASTABI_BIT);
        assert_eq!(r.rdi, desc.id as u64);
        assert!(std::ptr::eq(
            hvlink_proto::lookup_regs(r.rax, r.rdi).unwrap(),
            desc
        ));
        assert_eq!(<$op as FastAbi>::request_from_regs(&r).unwrap(), req);
        let mut out = rt::Regs {
            rax: 0xdead,
            ..rt::Regs::default()
        };
        <$op as FastAbi>::write_regs(&rep, &mut out).unwrap();
        assert_eq!(out.rax, 0);
        assert_eq!(<$op as FastAbi>::reply_from_regs(&out).unwrap(), rep);
        r
    }};
}

#[test]
fn every_family_and_op_is_listed() {
    assert_eq!(hvlink_proto::FAMILIES.len(), 10);
    assert_eq!(
        hvlink_proto::FAMILIES
            .iter()
            .map(|f| f.ops.len())
            .sum::<usize>(),
        93
    );
}

mod memory {
    use super::*;
    use hvlink_proto::memory::*;

    #[test]
    fn increase_reservation_single_ring() {
        ring!(
            IncreaseReservation,
            ReservationReq<'_>,
            ReservationReply<'_>,
            ReservationReq {
                domid: 48879u16,
                extent_order: 9u8,
                form: ReservationReqForm::Single {
                    gpfn: 81985529216486895u64
                }
            },
            ReservationReply {
                form: ReservationReplyForm::Single {
                    status: ExtentStatus(-128)
                }
            }
        );
    }

    #[test]
    fn increase_reservation_batch_ring() {
        let list_1 = [
            Extent {
                gpfn: 81985529216486895u64,
            },
            Extent {
                gpfn: 81985529216486895u64,
            },
            Extent {
                gpfn: 81985529216486895u64,
            },
        ];
        let list_2 = [
            ExtentResult {
                index: 3735928559u32,
                status: ExtentStatus(-128),
            },
            ExtentResult {
                index: 3735928559u32,
                status: ExtentStatus(-128),
            },
            ExtentResult {
                index: 3735928559u32,
                status: ExtentStatus(-128),
            },
        ];
        ring!(
            IncreaseReservation,
            ReservationReq<'_>,
            ReservationReply<'_>,
            ReservationReq {
                domid: 48879u16,
                extent_order: 9u8,
                form: ReservationReqForm::Batch {
                    mode: ExtentMode(1),
                    extent: hvlink_proto::rt::List::new(&list_1)
                }
            },
            ReservationReply {
                form: ReservationReplyForm::Batch {
                    entry: hvlink_proto::rt::List::new(&list_2)
                }
            }
        );
    }

    #[test]
    fn increase_reservation_regs() {
        let r = regs!(
            IncreaseReservation,
            ReservationReq {
                domid: 48879u16,
                extent_order: 9u8,
                form: ReservationReqForm::Single {
                    gpfn: 81985529216486895u64
                }
            },
            ReservationReply {
                form: ReservationReplyForm::Single {
                    status: ExtentStatus(-128)
                }
            }
        );
        let bad = rt::Regs {
            rsi: r.rsi ^ (1 << 19),
            ..r
        };
        assert_eq!(
            <IncreaseReservation as FastAbi>::request_from_regs(&bad),
            Err(hvlink_proto::Errno::EINVAL),
            "domid in rsi"
        );
        let bad = rt::Regs {
            r8: r.r8 ^ (1 << 11),
            ..r
        };
        assert_eq!(
            <IncreaseReservation as FastAbi>::request_from_regs(&bad),
            Err(hvlink_proto::Errno::EINVAL),
            "extent-order in r8"
        );
    }

    #[test]
    fn decrease_reservation_single_ring() {
        ring!(
            DecreaseReservation,
            ReservationReq<'_>,
            ReservationReply<'_>,
            ReservationReq {
                domid: 48879u16,
                extent_order: 9u8,
                form: ReservationReqForm::Single {
                    gpfn: 81985529216486895u64
                }
            },
            ReservationReply {
                form: ReservationReplyForm::Single {
                    status: ExtentStatus(-128)
                }
            }
        );
    }

    #[test]
    fn decrease_reservation_batch_ring() {
        let list_1 = [
            Extent {
                gpfn: 81985529216486895u64,
            },
            Extent {
                gpfn: 81985529216486895u64,
            },
            Extent {
                gpfn: 81985529216486895u64,
            },
        ];
        let list_2 = [
            ExtentResult {
                index: 3735928559u32,
                status: ExtentStatus(-128),
            },
            ExtentResult {
                index: 3735928559u32,
                status: ExtentStatus(-128),
            },
            ExtentResult {
                index: 3735928559u32,
                status: ExtentStatus(-128),
            },
        ];
        ring!(
            DecreaseReservation,
            ReservationReq<'_>,
            ReservationReply<'_>,
            ReservationReq {
                domid: 48879u16,
                extent_order: 9u8,
                form: ReservationReqForm::Batch {
                    mode: ExtentMode(1),
                    extent: hvlink_proto::rt::List::new(&list_1)
                }
            },
            ReservationReply {
                form: ReservationReplyForm::Batch {
                    entry: hvlink_proto::rt::List::new(&list_2)
                }
            }
        );
    }

    #[test]
    fn decrease_reservation_regs() {
        let r = regs!(
            DecreaseReservation,
            ReservationReq {
                domid: 48879u16,
                extent_order: 9u8,
                form: ReservationReqForm::Single {
                    gpfn: 81985529216486895u64
                }
            },
            ReservationReply {
                form: ReservationReplyForm::Single {
                    status: ExtentStatus(-128)
                }
            }
        );
        let bad = rt::Regs {
            rsi: r.rsi ^ (1 << 19),
            ..r
        };
        assert_eq!(
            <DecreaseReservation as FastAbi>::request_from_regs(&bad),
            Err(hvlink_proto::Errno::EINVAL),
            "domid in rsi"
        );
        let bad = rt::Regs {
            r8: r.r8 ^ (1 << 11),
            ..r
        };
        assert_eq!(
            <DecreaseReservation as FastAbi>::request_from_regs(&bad),
            Err(hvlink_proto::Errno::EINVAL),
            "extent-order in r8"
        );
    }

    #[test]
    fn current_reservation_ring() {
        ring!(
            CurrentReservation,
            DomReq,
            PagesReply,
            DomReq { dom: 48879u16 },
            PagesReply {
                pages: 81985529216486895u64
            }
        );
    }

    #[test]
    fn current_reservation_regs() {
        let r = regs!(
            CurrentReservation,
            DomReq { dom: 48879u16 },
            PagesReply {
                pages: 81985529216486895u64
            }
        );
        let bad = rt::Regs {
            rsi: r.rsi ^ (1 << 19),
            ..r
        };
        assert_eq!(
            <CurrentReservation as FastAbi>::request_from_regs(&bad),
            Err(hvlink_proto::Errno::EINVAL),
            "dom in rsi"
        );
    }

    #[test]
    fn maximum_reservation_ring() {
        ring!(
            MaximumReservation,
            DomReq,
            PagesReply,
            DomReq { dom: 48879u16 },
            PagesReply {
                pages: 81985529216486895u64
            }
        );
    }

    #[test]
    fn maximum_reservation_regs() {
        let r = regs!(
            MaximumReservation,
            DomReq { dom: 48879u16 },
            PagesReply {
                pages: 81985529216486895u64
            }
        );
        let bad = rt::Regs {
            rsi: r.rsi ^ (1 << 19),
            ..r
        };
        assert_eq!(
            <MaximumReservation as FastAbi>::request_from_regs(&bad),
            Err(hvlink_proto::Errno::EINVAL),
            "dom in rsi"
        );
    }

    #[test]
    fn populate_physmap_single_ring() {
        ring!(
            PopulatePhysmap,
            ReservationReq<'_>,
            ReservationReply<'_>,
            ReservationReq {
                domid: 48879u16,
                extent_order: 9u8,
                form: ReservationReqForm::Single {
                    gpfn: 81985529216486895u64
                }
            },
            ReservationReply {
                form: ReservationReplyForm::Single {
                    status: ExtentStatus(-128)
                }
            }
        );
    }

    #[test]
    fn populate_physmap_batch_ring() {
        let list_1 = [
            Extent {
                gpfn: 81985529216486895u64,
            },
            Extent {
                gpfn: 81985529216486895u64,
            },
            Extent {
                gpfn: 81985529216486895u64,
            },
        ];
        let list_2 = [
            ExtentResult {
                index: 3735928559u32,
                status: ExtentStatus(-128),
            },
            ExtentResult {
                index: 3735928559u32,
                status: ExtentStatus(-128),
            },
            ExtentResult {
                index: 3735928559u32,
                status: ExtentStatus(-128),
            },
        ];
        ring!(
            PopulatePhysmap,
            ReservationReq<'_>,
            ReservationReply<'_>,
            ReservationReq {
                domid: 48879u16,
                extent_order: 9u8,
                form: ReservationReqForm::Batch {
                    mode: ExtentMode(1),
                    extent: hvlink_proto::rt::List::new(&list_1)
                }
            },
            ReservationReply {
                form: ReservationReplyForm::Batch {
                    entry: hvlink_proto::rt::List::new(&list_2)
                }
            }
        );
    }

    #[test]
    fn populate_physmap_regs() {
        let r = regs!(
            PopulatePhysmap,
            ReservationReq {
                domid: 48879u16,
                extent_order: 9u8,
                form: ReservationReqForm::Single {
                    gpfn: 81985529216486895u64
                }
            },
            ReservationReply {
                form: ReservationReplyForm::Single {
                    status: ExtentStatus(-128)
                }
            }
        );
        let bad = rt::Regs {
            rsi: r.rsi ^ (1 << 19),
            ..r
        };
        assert_eq!(
            <PopulatePhysmap as FastAbi>::request_from_regs(&bad),
            Err(hvlink_proto::Errno::EINVAL),
            "domid in rsi"
        );
        let bad = rt::Regs {
            r8: r.r8 ^ (1 << 11),
            ..r
        };
        assert_eq!(
            <PopulatePhysmap as FastAbi>::request_from_regs(&bad),
            Err(hvlink_proto::Errno::EINVAL),
            "extent-order in r8"
        );
    }

    #[test]
    fn add_to_physmap_batch_single_ring() {
        ring!(
            AddToPhysmapBatch,
            PhysmapReq<'_>,
            ReservationReply<'_>,
            PhysmapReq {
                domid: 48879u16,
                space: Mapspace(4),
                foreign_domid: 48879u16,
                form: PhysmapReqForm::Single {
                    idx: 81985529216486895u64,
                    gpfn: 81985529216486895u64
                }
            },
            ReservationReply {
                form: ReservationReplyForm::Single {
                    status: ExtentStatus(-128)
                }
            }
        );
    }

    #[test]
    fn add_to_physmap_batch_batch_ring() {
        let list_1 = [
            PhysmapEntry {
                idx: 81985529216486895u64,
                gpfn: 81985529216486895u64,
            },
            PhysmapEntry {
                idx: 81985529216486895u64,
                gpfn: 81985529216486895u64,
            },
            PhysmapEntry {
                idx: 81985529216486895u64,
                gpfn: 81985529216486895u64,
            },
        ];
        let list_2 = [
            ExtentResult {
                index: 3735928559u32,
                status: ExtentStatus(-128),
            },
            ExtentResult {
                index: 3735928559u32,
                status: ExtentStatus(-128),
            },
            ExtentResult {
                index: 3735928559u32,
                status: ExtentStatus(-128),
            },
        ];
        ring!(
            AddToPhysmapBatch,
            PhysmapReq<'_>,
            ReservationReply<'_>,
            PhysmapReq {
                domid: 48879u16,
                space: Mapspace(4),
                foreign_domid: 48879u16,
                form: PhysmapReqForm::Batch {
                    mode: ExtentMode(1),
                    entry: hvlink_proto::rt::List::new(&list_1)
                }
            },
            ReservationReply {
                form: ReservationReplyForm::Batch {
                    entry: hvlink_proto::rt::List::new(&list_2)
                }
            }
        );
    }

    #[test]
    fn add_to_physmap_batch_regs() {
        let r = regs!(
            AddToPhysmapBatch,
            PhysmapReq {
                domid: 48879u16,
                space: Mapspace(4),
                foreign_domid: 48879u16,
                form: PhysmapReqForm::Single {
                    idx: 81985529216486895u64,
                    gpfn: 81985529216486895u64
                }
            },
            ReservationReply {
                form: ReservationReplyForm::Single {
                    status: ExtentStatus(-128)
                }
            }
        );
        let bad = rt::Regs {
            rsi: r.rsi ^ (1 << 19),
            ..r
        };
        assert_eq!(
            <AddToPhysmapBatch as FastAbi>::request_from_regs(&bad),
            Err(hvlink_proto::Errno::EINVAL),
            "domid in rsi"
        );
        let bad = rt::Regs {
            r9: r.r9 ^ (1 << 19),
            ..r
        };
        assert_eq!(
            <AddToPhysmapBatch as FastAbi>::request_from_regs(&bad),
            Err(hvlink_proto::Errno::EINVAL),
            "foreign-domid in r9"
        );
        let bad = rt::Regs {
            r8: r.r8 ^ (1 << 35),
            ..r
        };
        assert_eq!(
            <AddToPhysmapBatch as FastAbi>::request_from_regs(&bad),
            Err(hvlink_proto::Errno::EINVAL),
            "space in r8"
        );
    }

    #[test]
    fn remove_from_physmap_ring() {
        ring!(
            RemoveFromPhysmap,
            RemoveReq,
            rt::Empty,
            RemoveReq {
                domid: 48879u16,
                gpfn: 81985529216486895u64
            },
            rt::Empty
        );
    }

    #[test]
    fn remove_from_physmap_regs() {
        let r = regs!(
            RemoveFromPhysmap,
            RemoveReq {
                domid: 48879u16,
                gpfn: 81985529216486895u64
            },
            rt::Empty
        );
        let bad = rt::Regs {
            rsi: r.rsi ^ (1 << 19),
            ..r
        };
        assert_eq!(
            <RemoveFromPhysmap as FastAbi>::request_from_regs(&bad),
            Err(hvlink_proto::Errno::EINVAL),
            "domid in rsi"
        );
    }

    #[test]
    fn memory_map_ring() {
        let list_1 = [
            E820Entry {
                addr: 81985529216486895u64,
                size: 81985529216486895u64,
                r#type: E820Type(7),
            },
            E820Entry {
                addr: 81985529216486895u64,
                size: 81985529216486895u64,
                r#type: E820Type(7),
            },
            E820Entry {
                addr: 81985529216486895u64,
                size: 81985529216486895u64,
                r#type: E820Type(7),
            },
        ];
        ring!(
            MemoryMap,
            MemoryMapReq,
            MemoryMapReply<'_>,
            MemoryMapReq { max_entries: 1u32 },
            MemoryMapReply {
                total: 3735928559u32,
                entry: hvlink_proto::rt::List::new(&list_1)
            }
        );
    }

    #[test]
    fn maximum_gpfn_ring() {
        ring!(
            MaximumGpfn,
            DomReq,
            GpfnReply,
            DomReq { dom: 48879u16 },
            GpfnReply {
                gpfn: 81985529216486895u64
            }
        );
    }

    #[test]
    fn maximum_gpfn_regs() {
        let r = regs!(
            MaximumGpfn,
            DomReq { dom: 48879u16 },
            GpfnReply {
                gpfn: 81985529216486895u64
            }
        );
        let bad = rt::Regs {
            rsi: r.rsi ^ (1 << 19),
            ..r
        };
        assert_eq!(
            <MaximumGpfn as FastAbi>::request_from_regs(&bad),
            Err(hvlink_proto::Errno::EINVAL),
            "dom in rsi"
        );
    }
}

mod version {
    use super::*;
    use hvlink_proto::version::*;

    #[test]
    fn version_ring() {
        ring!(
            Version,
            rt::Empty,
            VersionReply,
            rt::Empty,
            VersionReply {
                major: 48879u16,
                minor: 48879u16
            }
        );
    }

    #[test]
    fn version_regs() {
        regs!(
            Version,
            rt::Empty,
            VersionReply {
                major: 48879u16,
                minor: 48879u16
            }
        );
    }

    #[test]
    fn extraversion_ring() {
        ring!(
            Extraversion,
            rt::Empty,
            ExtraversionReply<'_>,
            rt::Empty,
            ExtraversionReply {
                extraversion: "hvlink"
            }
        );
    }

    #[test]
    fn capabilities_ring() {
        ring!(
            Capabilities,
            rt::Empty,
            CapabilitiesReply<'_>,
            rt::Empty,
            CapabilitiesReply {
                capabilities: "hvlink"
            }
        );
    }

    #[test]
    fn changeset_ring() {
        ring!(
            Changeset,
            rt::Empty,
            ChangesetReply<'_>,
            rt::Empty,
            ChangesetReply {
                changeset: "hvlink"
            }
        );
    }

    #[test]
    fn get_features_ring() {
        ring!(
            GetFeatures,
            FeaturesReq,
            FeaturesReply,
            FeaturesReq {
                submap_idx: 3735928559u32
            },
            FeaturesReply {
                submap: XenFeatures(1044479)
            }
        );
    }

    #[test]
    fn get_features_regs() {
        let r = regs!(
            GetFeatures,
            FeaturesReq {
                submap_idx: 3735928559u32
            },
            FeaturesReply {
                submap: XenFeatures(1044479)
            }
        );
        let bad = rt::Regs {
            rsi: r.rsi ^ (1 << 35),
            ..r
        };
        assert_eq!(
            <GetFeatures as FastAbi>::request_from_regs(&bad),
            Err(hvlink_proto::Errno::EINVAL),
            "submap-idx in rsi"
        );
    }

    #[test]
    fn pagesize_ring() {
        ring!(
            Pagesize,
            rt::Empty,
            PagesizeReply,
            rt::Empty,
            PagesizeReply {
                page_size: 3735928559u32
            }
        );
    }

    #[test]
    fn pagesize_regs() {
        regs!(
            Pagesize,
            rt::Empty,
            PagesizeReply {
                page_size: 3735928559u32
            }
        );
    }

    #[test]
    fn guest_handle_ring() {
        ring!(
            GuestHandle,
            rt::Empty,
            GuestHandleReply<'_>,
            rt::Empty,
            GuestHandleReply {
                handle: &[1, 38, 75, 112, 149, 186, 223, 4, 41, 78, 115, 152, 189, 226, 7, 44]
            }
        );
    }

    #[test]
    fn build_id_ring() {
        ring!(
            BuildId,
            rt::Empty,
            BuildIdReply<'_>,
            rt::Empty,
            BuildIdReply {
                build_id: &[1, 38, 75, 112, 149]
            }
        );
    }
}

mod grant_table {
    use super::*;
    use hvlink_proto::grant_table::*;

    #[test]
    fn map_grant_ref_single_ring() {
        ring!(
            MapGrantRef,
            MapReq<'_>,
            MapReply<'_>,
            MapReq {
                form: MapReqForm::Single {
                    dom: 48879u16,
                    r#ref: 3735928559u32,
                    flags: GntmapFlags(4294901823),
                    host_addr: 81985529216486895u64
                }
            },
            MapReply {
                form: MapReplyForm::Single {
                    status: Gntst(0),
                    handle: Some(3735928559u32),
                    dev_bus_addr: Some(81985529216486895u64)
                }
            }
        );
    }

    #[test]
    fn map_grant_ref_batch_ring() {
        let list_1 = [
            MapEntry {
                dom: 48879u16,
                r#ref: 3735928559u32,
                flags: GntmapFlags(4294901823),
                host_addr: 81985529216486895u64,
            },
            MapEntry {
                dom: 48879u16,
                r#ref: 3735928559u32,
                flags: GntmapFlags(4294901823),
                host_addr: 81985529216486895u64,
            },
            MapEntry {
                dom: 48879u16,
                r#ref: 3735928559u32,
                flags: GntmapFlags(4294901823),
                host_addr: 81985529216486895u64,
            },
        ];
        let list_2 = [
            MapReplyEntry {
                index: 3735928559u32,
                status: Gntst(0),
                handle: Some(3735928559u32),
                dev_bus_addr: Some(81985529216486895u64),
            },
            MapReplyEntry {
                index: 3735928559u32,
                status: Gntst(0),
                handle: Some(3735928559u32),
                dev_bus_addr: Some(81985529216486895u64),
            },
            MapReplyEntry {
                index: 3735928559u32,
                status: Gntst(0),
                handle: Some(3735928559u32),
                dev_bus_addr: Some(81985529216486895u64),
            },
        ];
        ring!(
            MapGrantRef,
            MapReq<'_>,
            MapReply<'_>,
            MapReq {
                form: MapReqForm::Batch {
                    mode: MapMode(2),
                    entry: hvlink_proto::rt::List::new(&list_1)
                }
            },
            MapReply {
                form: MapReplyForm::Batch {
                    entry: hvlink_proto::rt::List::new(&list_2)
                }
            }
        );
    }

    #[test]
    fn map_grant_ref_regs() {
        let r = regs!(
            MapGrantRef,
            MapReq {
                form: MapReqForm::Single {
                    dom: 48879u16,
                    r#ref: 3735928559u32,
                    flags: GntmapFlags(4294901823),
                    host_addr: 81985529216486895u64
                }
            },
            MapReply {
                form: MapReplyForm::Single {
                    status: Gntst(0),
                    handle: Some(3735928559u32),
                    dev_bus_addr: None
                }
            }
        );
        let bad = rt::Regs {
            rsi: r.rsi ^ (1 << 19),
            ..r
        };
        assert_eq!(
            <MapGrantRef as FastAbi>::request_from_regs(&bad),
            Err(hvlink_proto::Errno::EINVAL),
            "dom in rsi"
        );
        let bad = rt::Regs {
            r9: r.r9 ^ (1 << 35),
            ..r
        };
        assert_eq!(
            <MapGrantRef as FastAbi>::request_from_regs(&bad),
            Err(hvlink_proto::Errno::EINVAL),
            "flags in r9"
        );
        let bad = rt::Regs {
            r10: r.r10 ^ (1 << 35),
            ..r
        };
        assert_eq!(
            <MapGrantRef as FastAbi>::request_from_regs(&bad),
            Err(hvlink_proto::Errno::EINVAL),
            "ref in r10"
        );
    }

    #[test]
    fn unmap_grant_ref_single_ring() {
        ring!(
            UnmapGrantRef,
            UnmapReq<'_>,
            UnmapReply<'_>,
            UnmapReq {
                form: UnmapReqForm::Single {
                    host_addr: 81985529216486895u64,
                    dev_bus_addr: 81985529216486895u64,
                    handle: 3735928559u32
                }
            },
            UnmapReply {
                form: UnmapReplyForm::Single {
                    status: Gntst(-128)
                }
            }
        );
    }

    #[test]
    fn unmap_grant_ref_batch_ring() {
        let list_1 = [
            UnmapEntry {
                host_addr: 81985529216486895u64,
                dev_bus_addr: 81985529216486895u64,
                handle: 3735928559u32,
            },
            UnmapEntry {
                host_addr: 81985529216486895u64,
                dev_bus_addr: 81985529216486895u64,
                handle: 3735928559u32,
            },
            UnmapEntry {
                host_addr: 81985529216486895u64,
                dev_bus_addr: 81985529216486895u64,
                handle: 3735928559u32,
            },
        ];
        let list_2 = [
            EntryResult {
                index: 3735928559u32,
                status: Gntst(-128),
            },
            EntryResult {
                index: 3735928559u32,
                status: Gntst(-128),
            },
            EntryResult {
                index: 3735928559u32,
                status: Gntst(-128),
            },
        ];
        ring!(
            UnmapGrantRef,
            UnmapReq<'_>,
            UnmapReply<'_>,
            UnmapReq {
                form: UnmapReqForm::Batch {
                    mode: BatchMode(1),
                    entry: hvlink_proto::rt::List::new(&list_1)
                }
            },
            UnmapReply {
                form: UnmapReplyForm::Batch {
                    entry: hvlink_proto::rt::List::new(&list_2)
                }
            }
        );
    }

    #[test]
    fn unmap_grant_ref_regs() {
        let r = regs!(
            UnmapGrantRef,
            UnmapReq {
                form: UnmapReqForm::Single {
                    host_addr: 81985529216486895u64,
                    dev_bus_addr: 0u64,
                    handle: 3735928559u32
                }
            },
            UnmapReply {
                form: UnmapReplyForm::Single {
                    status: Gntst(-128)
                }
            }
        );
        let bad = rt::Regs {
            r11: r.r11 ^ (1 << 35),
            ..r
        };
        assert_eq!(
            <UnmapGrantRef as FastAbi>::request_from_regs(&bad),
            Err(hvlink_proto::Errno::EINVAL),
            "handle in r11"
        );
    }

    #[test]
    fn setup_table_ring() {
        let list_1 = [
            81985529216486895u64,
            81985529216486895u64,
            81985529216486895u64,
        ];
        ring!(
            SetupTable,
            FramesReq,
            FramesReply<'_>,
            FramesReq {
                dom: 48879u16,
                nr_frames: 1024u32
            },
            FramesReply {
                status: Gntst(0),
                frame: hvlink_proto::rt::List::new(&list_1)
            }
        );
    }

    #[test]
    fn copy_ring() {
        let list_1 = [
            CopyEntry {
                source_ref: Some(3735928559u32),
                source_gfn: Some(81985529216486895u64),
                source_dom: 48879u16,
                source_offset: 4095u16,
                dest_ref: Some(3735928559u32),
                dest_gfn: Some(81985529216486895u64),
                dest_dom: 48879u16,
                dest_offset: 4095u16,
                len: 4096u16,
                flags: GntcopyFlags(7),
            },
            CopyEntry {
                source_ref: Some(3735928559u32),
                source_gfn: Some(81985529216486895u64),
                source_dom: 48879u16,
                source_offset: 4095u16,
                dest_ref: Some(3735928559u32),
                dest_gfn: Some(81985529216486895u64),
                dest_dom: 48879u16,
                dest_offset: 4095u16,
                len: 4096u16,
                flags: GntcopyFlags(7),
            },
            CopyEntry {
                source_ref: Some(3735928559u32),
                source_gfn: Some(81985529216486895u64),
                source_dom: 48879u16,
                source_offset: 4095u16,
                dest_ref: Some(3735928559u32),
                dest_gfn: Some(81985529216486895u64),
                dest_dom: 48879u16,
                dest_offset: 4095u16,
                len: 4096u16,
                flags: GntcopyFlags(7),
            },
        ];
        let list_2 = [
            EntryResult {
                index: 3735928559u32,
                status: Gntst(-128),
            },
            EntryResult {
                index: 3735928559u32,
                status: Gntst(-128),
            },
            EntryResult {
                index: 3735928559u32,
                status: Gntst(-128),
            },
        ];
        ring!(
            CopyOp,
            CopyReq<'_>,
            CopyReply<'_>,
            CopyReq {
                mode: BatchMode(1),
                entry: hvlink_proto::rt::List::new(&list_1)
            },
            CopyReply {
                entry: hvlink_proto::rt::List::new(&list_2)
            }
        );
    }

    #[test]
    fn query_size_ring() {
        ring!(
            QuerySize,
            DomReq,
            QuerySizeReply,
            DomReq { dom: 48879u16 },
            QuerySizeReply {
                nr_frames: Some(3735928559u32),
                max_nr_frames: Some(3735928559u32),
                status: Gntst(-128)
            }
        );
    }

    #[test]
    fn query_size_regs() {
        regs!(
            QuerySize,
            DomReq { dom: 0x7ff0u16 },
            QuerySizeReply {
                nr_frames: Some(3735928559u32),
                max_nr_frames: Some(3735928559u32),
                status: Gntst(-128)
            }
        );
    }

    #[test]
    fn unmap_and_replace_ring() {
        ring!(
            UnmapAndReplace,
            UnmapAndReplaceReq,
            StatusReply,
            UnmapAndReplaceReq {
                host_addr: 81985529216486895u64,
                new_addr: 81985529216486895u64,
                handle: 3735928559u32
            },
            StatusReply {
                status: Gntst(-128)
            }
        );
    }

    #[test]
    fn unmap_and_replace_regs() {
        let r = regs!(
            UnmapAndReplace,
            UnmapAndReplaceReq {
                host_addr: 81985529216486895u64,
                new_addr: 81985529216486895u64,
                handle: 3735928559u32
            },
            StatusReply {
                status: Gntst(-128)
            }
        );
        let bad = rt::Regs {
            r11: r.r11 ^ (1 << 35),
            ..r
        };
        assert_eq!(
            <UnmapAndReplace as FastAbi>::request_from_regs(&bad),
            Err(hvlink_proto::Errno::EINVAL),
            "handle in r11"
        );
    }

    #[test]
    fn set_version_ring() {
        ring!(
            SetVersion,
            SetVersionReq,
            VersionReply,
            SetVersionReq { version: 2u32 },
            VersionReply {
                version: 3735928559u32
            }
        );
    }

    #[test]
    fn set_version_regs() {
        let r = regs!(
            SetVersion,
            SetVersionReq { version: 2u32 },
            VersionReply {
                version: 3735928559u32
            }
        );
        let bad = rt::Regs {
            rsi: r.rsi ^ (1 << 35),
            ..r
        };
        assert_eq!(
            <SetVersion as FastAbi>::request_from_regs(&bad),
            Err(hvlink_proto::Errno::EINVAL),
            "version in rsi"
        );
    }

    #[test]
    fn get_status_frames_ring() {
        let list_1 = [
            81985529216486895u64,
            81985529216486895u64,
            81985529216486895u64,
        ];
        ring!(
            GetStatusFrames,
            FramesReq,
            FramesReply<'_>,
            FramesReq {
                dom: 48879u16,
                nr_frames: 1024u32
            },
            FramesReply {
                status: Gntst(0),
                frame: hvlink_proto::rt::List::new(&list_1)
            }
        );
    }

    #[test]
    fn get_version_ring() {
        ring!(
            GetVersion,
            DomReq,
            VersionReply,
            DomReq { dom: 48879u16 },
            VersionReply {
                version: 3735928559u32
            }
        );
    }

    #[test]
    fn get_version_regs() {
        regs!(
            GetVersion,
            DomReq { dom: 0x7ff0u16 },
            VersionReply {
                version: 3735928559u32
            }
        );
    }

    #[test]
    fn swap_grant_ref_ring() {
        ring!(
            SwapGrantRef,
            SwapReq,
            StatusReply,
            SwapReq {
                ref_a: 3735928559u32,
                ref_b: 3735928559u32
            },
            StatusReply {
                status: Gntst(-128)
            }
        );
    }

    #[test]
    fn swap_grant_ref_regs() {
        let r = regs!(
            SwapGrantRef,
            SwapReq {
                ref_a: 3735928559u32,
                ref_b: 3735928559u32
            },
            StatusReply {
                status: Gntst(-128)
            }
        );
        let bad = rt::Regs {
            rsi: r.rsi ^ (1 << 35),
            ..r
        };
        assert_eq!(
            <SwapGrantRef as FastAbi>::request_from_regs(&bad),
            Err(hvlink_proto::Errno::EINVAL),
            "ref-a in rsi"
        );
        let bad = rt::Regs {
            r8: r.r8 ^ (1 << 35),
            ..r
        };
        assert_eq!(
            <SwapGrantRef as FastAbi>::request_from_regs(&bad),
            Err(hvlink_proto::Errno::EINVAL),
            "ref-b in r8"
        );
    }
}

mod vcpu {
    use super::*;
    use hvlink_proto::vcpu::*;

    #[test]
    fn initialise_ring() {
        ring!(
            Initialise,
            InitialiseReq,
            rt::Empty,
            InitialiseReq {
                vcpu: 3735928559u32,
                context_gfn: 81985529216486895u64
            },
            rt::Empty
        );
    }

    #[test]
    fn initialise_regs() {
        let r = regs!(
            Initialise,
            InitialiseReq {
                vcpu: 3735928559u32,
                context_gfn: 81985529216486895u64
            },
            rt::Empty
        );
        let bad = rt::Regs {
            rsi: r.rsi ^ (1 << 35),
            ..r
        };
        assert_eq!(
            <Initialise as FastAbi>::request_from_regs(&bad),
            Err(hvlink_proto::Errno::EINVAL),
            "vcpu in rsi"
        );
    }

    #[test]
    fn up_ring() {
        ring!(
            Up,
            VcpuReq,
            rt::Empty,
            VcpuReq {
                vcpu: 3735928559u32
            },
            rt::Empty
        );
    }

    #[test]
    fn up_regs() {
        let r = regs!(
            Up,
            VcpuReq {
                vcpu: 3735928559u32
            },
            rt::Empty
        );
        let bad = rt::Regs {
            rsi: r.rsi ^ (1 << 35),
            ..r
        };
        assert_eq!(
            <Up as FastAbi>::request_from_regs(&bad),
            Err(hvlink_proto::Errno::EINVAL),
            "vcpu in rsi"
        );
    }

    #[test]
    fn down_ring() {
        ring!(
            Down,
            VcpuReq,
            rt::Empty,
            VcpuReq {
                vcpu: 3735928559u32
            },
            rt::Empty
        );
    }

    #[test]
    fn down_regs() {
        let r = regs!(
            Down,
            VcpuReq {
                vcpu: 3735928559u32
            },
            rt::Empty
        );
        let bad = rt::Regs {
            rsi: r.rsi ^ (1 << 35),
            ..r
        };
        assert_eq!(
            <Down as FastAbi>::request_from_regs(&bad),
            Err(hvlink_proto::Errno::EINVAL),
            "vcpu in rsi"
        );
    }

    #[test]
    fn is_up_ring() {
        ring!(
            IsUp,
            VcpuReq,
            IsUpReply,
            VcpuReq {
                vcpu: 3735928559u32
            },
            IsUpReply { up: 1u8 }
        );
    }

    #[test]
    fn is_up_regs() {
        let r = regs!(
            IsUp,
            VcpuReq {
                vcpu: 3735928559u32
            },
            IsUpReply { up: 1u8 }
        );
        let bad = rt::Regs {
            rsi: r.rsi ^ (1 << 35),
            ..r
        };
        assert_eq!(
            <IsUp as FastAbi>::request_from_regs(&bad),
            Err(hvlink_proto::Errno::EINVAL),
            "vcpu in rsi"
        );
    }

    #[test]
    fn get_runstate_info_ring() {
        ring!(
            GetRunstateInfo,
            VcpuReq,
            RunstateReply,
            VcpuReq {
                vcpu: 3735928559u32
            },
            RunstateReply {
                state: Runstate(3),
                state_entry_time: 81985529216486895u64,
                time_running: 81985529216486895u64,
                time_runnable: 81985529216486895u64,
                time_blocked: 81985529216486895u64,
                time_offline: 81985529216486895u64
            }
        );
    }

    #[test]
    fn get_runstate_info_regs() {
        let r = regs!(
            GetRunstateInfo,
            VcpuReq {
                vcpu: 3735928559u32
            },
            RunstateReply {
                state: Runstate(3),
                state_entry_time: 81985529216486895u64,
                time_running: 81985529216486895u64,
                time_runnable: 81985529216486895u64,
                time_blocked: 81985529216486895u64,
                time_offline: 81985529216486895u64
            }
        );
        let bad = rt::Regs {
            rsi: r.rsi ^ (1 << 35),
            ..r
        };
        assert_eq!(
            <GetRunstateInfo as FastAbi>::request_from_regs(&bad),
            Err(hvlink_proto::Errno::EINVAL),
            "vcpu in rsi"
        );
    }

    #[test]
    fn set_periodic_timer_ring() {
        ring!(
            SetPeriodicTimer,
            PeriodicTimerReq,
            rt::Empty,
            PeriodicTimerReq {
                vcpu: 3735928559u32,
                period_ns: 81985529216486895u64
            },
            rt::Empty
        );
    }

    #[test]
    fn set_periodic_timer_regs() {
        let r = regs!(
            SetPeriodicTimer,
            PeriodicTimerReq {
                vcpu: 3735928559u32,
                period_ns: 81985529216486895u64
            },
            rt::Empty
        );
        let bad = rt::Regs {
            rsi: r.rsi ^ (1 << 35),
            ..r
        };
        assert_eq!(
            <SetPeriodicTimer as FastAbi>::request_from_regs(&bad),
            Err(hvlink_proto::Errno::EINVAL),
            "vcpu in rsi"
        );
    }

    #[test]
    fn stop_periodic_timer_ring() {
        ring!(
            StopPeriodicTimer,
            VcpuReq,
            rt::Empty,
            VcpuReq {
                vcpu: 3735928559u32
            },
            rt::Empty
        );
    }

    #[test]
    fn stop_periodic_timer_regs() {
        let r = regs!(
            StopPeriodicTimer,
            VcpuReq {
                vcpu: 3735928559u32
            },
            rt::Empty
        );
        let bad = rt::Regs {
            rsi: r.rsi ^ (1 << 35),
            ..r
        };
        assert_eq!(
            <StopPeriodicTimer as FastAbi>::request_from_regs(&bad),
            Err(hvlink_proto::Errno::EINVAL),
            "vcpu in rsi"
        );
    }

    #[test]
    fn set_singleshot_timer_ring() {
        ring!(
            SetSingleshotTimer,
            SingleshotTimerReq,
            rt::Empty,
            SingleshotTimerReq {
                vcpu: 3735928559u32,
                timeout_abs_ns: 81985529216486895u64,
                flags: SingleshotFlags(1)
            },
            rt::Empty
        );
    }

    #[test]
    fn set_singleshot_timer_regs() {
        let r = regs!(
            SetSingleshotTimer,
            SingleshotTimerReq {
                vcpu: 3735928559u32,
                timeout_abs_ns: 81985529216486895u64,
                flags: SingleshotFlags(1)
            },
            rt::Empty
        );
        let bad = rt::Regs {
            r9: r.r9 ^ (1 << 35),
            ..r
        };
        assert_eq!(
            <SetSingleshotTimer as FastAbi>::request_from_regs(&bad),
            Err(hvlink_proto::Errno::EINVAL),
            "flags in r9"
        );
        let bad = rt::Regs {
            rsi: r.rsi ^ (1 << 35),
            ..r
        };
        assert_eq!(
            <SetSingleshotTimer as FastAbi>::request_from_regs(&bad),
            Err(hvlink_proto::Errno::EINVAL),
            "vcpu in rsi"
        );
    }

    #[test]
    fn stop_singleshot_timer_ring() {
        ring!(
            StopSingleshotTimer,
            VcpuReq,
            rt::Empty,
            VcpuReq {
                vcpu: 3735928559u32
            },
            rt::Empty
        );
    }

    #[test]
    fn stop_singleshot_timer_regs() {
        let r = regs!(
            StopSingleshotTimer,
            VcpuReq {
                vcpu: 3735928559u32
            },
            rt::Empty
        );
        let bad = rt::Regs {
            rsi: r.rsi ^ (1 << 35),
            ..r
        };
        assert_eq!(
            <StopSingleshotTimer as FastAbi>::request_from_regs(&bad),
            Err(hvlink_proto::Errno::EINVAL),
            "vcpu in rsi"
        );
    }

    #[test]
    fn register_vcpu_info_ring() {
        ring!(
            RegisterVcpuInfo,
            VcpuInfoReq,
            rt::Empty,
            VcpuInfoReq {
                vcpu: 3735928559u32,
                gfn: 81985529216486895u64,
                offset: 3735928559u32
            },
            rt::Empty
        );
    }

    #[test]
    fn register_vcpu_info_regs() {
        let r = regs!(
            RegisterVcpuInfo,
            VcpuInfoReq {
                vcpu: 3735928559u32,
                gfn: 81985529216486895u64,
                offset: 3735928559u32
            },
            rt::Empty
        );
        let bad = rt::Regs {
            r9: r.r9 ^ (1 << 35),
            ..r
        };
        assert_eq!(
            <RegisterVcpuInfo as FastAbi>::request_from_regs(&bad),
            Err(hvlink_proto::Errno::EINVAL),
            "offset in r9"
        );
        let bad = rt::Regs {
            rsi: r.rsi ^ (1 << 35),
            ..r
        };
        assert_eq!(
            <RegisterVcpuInfo as FastAbi>::request_from_regs(&bad),
            Err(hvlink_proto::Errno::EINVAL),
            "vcpu in rsi"
        );
    }

    #[test]
    fn send_nmi_ring() {
        ring!(
            SendNmi,
            VcpuReq,
            rt::Empty,
            VcpuReq {
                vcpu: 3735928559u32
            },
            rt::Empty
        );
    }

    #[test]
    fn send_nmi_regs() {
        let r = regs!(
            SendNmi,
            VcpuReq {
                vcpu: 3735928559u32
            },
            rt::Empty
        );
        let bad = rt::Regs {
            rsi: r.rsi ^ (1 << 35),
            ..r
        };
        assert_eq!(
            <SendNmi as FastAbi>::request_from_regs(&bad),
            Err(hvlink_proto::Errno::EINVAL),
            "vcpu in rsi"
        );
    }

    #[test]
    fn get_physid_ring() {
        ring!(
            GetPhysid,
            VcpuReq,
            PhysidReply,
            VcpuReq {
                vcpu: 3735928559u32
            },
            PhysidReply {
                phys_id: 81985529216486895u64
            }
        );
    }

    #[test]
    fn get_physid_regs() {
        let r = regs!(
            GetPhysid,
            VcpuReq {
                vcpu: 3735928559u32
            },
            PhysidReply {
                phys_id: 81985529216486895u64
            }
        );
        let bad = rt::Regs {
            rsi: r.rsi ^ (1 << 35),
            ..r
        };
        assert_eq!(
            <GetPhysid as FastAbi>::request_from_regs(&bad),
            Err(hvlink_proto::Errno::EINVAL),
            "vcpu in rsi"
        );
    }

    #[test]
    fn register_runstate_phys_area_ring() {
        ring!(
            RegisterRunstatePhysArea,
            PhysAreaReq,
            rt::Empty,
            PhysAreaReq {
                vcpu: 3735928559u32,
                gpa: 81985529216486895u64
            },
            rt::Empty
        );
    }

    #[test]
    fn register_runstate_phys_area_regs() {
        let r = regs!(
            RegisterRunstatePhysArea,
            PhysAreaReq {
                vcpu: 3735928559u32,
                gpa: 81985529216486895u64
            },
            rt::Empty
        );
        let bad = rt::Regs {
            rsi: r.rsi ^ (1 << 35),
            ..r
        };
        assert_eq!(
            <RegisterRunstatePhysArea as FastAbi>::request_from_regs(&bad),
            Err(hvlink_proto::Errno::EINVAL),
            "vcpu in rsi"
        );
    }

    #[test]
    fn register_vcpu_time_phys_area_ring() {
        ring!(
            RegisterVcpuTimePhysArea,
            PhysAreaReq,
            rt::Empty,
            PhysAreaReq {
                vcpu: 3735928559u32,
                gpa: 81985529216486895u64
            },
            rt::Empty
        );
    }

    #[test]
    fn register_vcpu_time_phys_area_regs() {
        let r = regs!(
            RegisterVcpuTimePhysArea,
            PhysAreaReq {
                vcpu: 3735928559u32,
                gpa: 81985529216486895u64
            },
            rt::Empty
        );
        let bad = rt::Regs {
            rsi: r.rsi ^ (1 << 35),
            ..r
        };
        assert_eq!(
            <RegisterVcpuTimePhysArea as FastAbi>::request_from_regs(&bad),
            Err(hvlink_proto::Errno::EINVAL),
            "vcpu in rsi"
        );
    }
}

mod sched {
    use super::*;
    use hvlink_proto::sched::*;

    #[test]
    fn yield_ring() {
        ring!(Yield, rt::Empty, rt::Empty, rt::Empty, rt::Empty);
    }

    #[test]
    fn yield_regs() {
        regs!(Yield, rt::Empty, rt::Empty);
    }

    #[test]
    fn block_ring() {
        ring!(Block, rt::Empty, rt::Empty, rt::Empty, rt::Empty);
    }

    #[test]
    fn block_regs() {
        regs!(Block, rt::Empty, rt::Empty);
    }

    #[test]
    fn shutdown_ring() {
        ring!(
            Shutdown,
            ShutdownReq,
            rt::Empty,
            ShutdownReq {
                reason: ShutdownReason(5)
            },
            rt::Empty
        );
    }

    #[test]
    fn shutdown_regs() {
        let r = regs!(
            Shutdown,
            ShutdownReq {
                reason: ShutdownReason(5)
            },
            rt::Empty
        );
        let bad = rt::Regs {
            rsi: r.rsi ^ (1 << 35),
            ..r
        };
        assert_eq!(
            <Shutdown as FastAbi>::request_from_regs(&bad),
            Err(hvlink_proto::Errno::EINVAL),
            "reason in rsi"
        );
    }

    #[test]
    fn poll_ring() {
        let list_1 = [3735928559u32, 3735928559u32, 3735928559u32];
        ring!(
            Poll,
            PollReq<'_>,
            rt::Empty,
            PollReq {
                timeout: 81985529216486895u64,
                port: hvlink_proto::rt::List::new(&list_1)
            },
            rt::Empty
        );
    }

    #[test]
    fn poll_regs() {
        let list_1 = [3735928559u32];
        let r = regs!(
            Poll,
            PollReq {
                timeout: 81985529216486895u64,
                port: hvlink_proto::rt::List::new(&list_1)
            },
            rt::Empty
        );
        let bad = rt::Regs {
            r8: r.r8 ^ (1 << 35),
            ..r
        };
        assert_eq!(
            <Poll as FastAbi>::request_from_regs(&bad),
            Err(hvlink_proto::Errno::EINVAL),
            "port in r8"
        );
    }

    #[test]
    fn remote_shutdown_ring() {
        ring!(
            RemoteShutdown,
            RemoteShutdownReq,
            rt::Empty,
            RemoteShutdownReq {
                dom: 48879u16,
                reason: ShutdownReason(5)
            },
            rt::Empty
        );
    }

    #[test]
    fn remote_shutdown_regs() {
        let r = regs!(
            RemoteShutdown,
            RemoteShutdownReq {
                dom: 48879u16,
                reason: ShutdownReason(5)
            },
            rt::Empty
        );
        let bad = rt::Regs {
            rsi: r.rsi ^ (1 << 19),
            ..r
        };
        assert_eq!(
            <RemoteShutdown as FastAbi>::request_from_regs(&bad),
            Err(hvlink_proto::Errno::EINVAL),
            "dom in rsi"
        );
        let bad = rt::Regs {
            r8: r.r8 ^ (1 << 35),
            ..r
        };
        assert_eq!(
            <RemoteShutdown as FastAbi>::request_from_regs(&bad),
            Err(hvlink_proto::Errno::EINVAL),
            "reason in r8"
        );
    }

    #[test]
    fn shutdown_code_ring() {
        ring!(
            ShutdownCode,
            ShutdownReq,
            rt::Empty,
            ShutdownReq {
                reason: ShutdownReason(5)
            },
            rt::Empty
        );
    }

    #[test]
    fn shutdown_code_regs() {
        let r = regs!(
            ShutdownCode,
            ShutdownReq {
                reason: ShutdownReason(5)
            },
            rt::Empty
        );
        let bad = rt::Regs {
            rsi: r.rsi ^ (1 << 35),
            ..r
        };
        assert_eq!(
            <ShutdownCode as FastAbi>::request_from_regs(&bad),
            Err(hvlink_proto::Errno::EINVAL),
            "reason in rsi"
        );
    }

    #[test]
    fn watchdog_ring() {
        ring!(
            Watchdog,
            WatchdogReq,
            WatchdogReply,
            WatchdogReq {
                id: 3735928559u32,
                timeout: 3735928559u32
            },
            WatchdogReply {
                id: Some(3735928559u32)
            }
        );
    }

    #[test]
    fn watchdog_regs() {
        let r = regs!(
            Watchdog,
            WatchdogReq {
                id: 3735928559u32,
                timeout: 3735928559u32
            },
            WatchdogReply {
                id: Some(3735928559u32)
            }
        );
        let bad = rt::Regs {
            rsi: r.rsi ^ (1 << 35),
            ..r
        };
        assert_eq!(
            <Watchdog as FastAbi>::request_from_regs(&bad),
            Err(hvlink_proto::Errno::EINVAL),
            "id in rsi"
        );
        let bad = rt::Regs {
            r8: r.r8 ^ (1 << 35),
            ..r
        };
        assert_eq!(
            <Watchdog as FastAbi>::request_from_regs(&bad),
            Err(hvlink_proto::Errno::EINVAL),
            "timeout in r8"
        );
    }

    #[test]
    fn pin_override_ring() {
        ring!(
            PinOverride,
            PinOverrideReq,
            rt::Empty,
            PinOverrideReq { pcpu: -123456i32 },
            rt::Empty
        );
    }

    #[test]
    fn pin_override_regs() {
        let r = regs!(PinOverride, PinOverrideReq { pcpu: -123456i32 }, rt::Empty);
        let bad = rt::Regs {
            rsi: r.rsi ^ (1 << 35),
            ..r
        };
        assert_eq!(
            <PinOverride as FastAbi>::request_from_regs(&bad),
            Err(hvlink_proto::Errno::EINVAL),
            "pcpu in rsi"
        );
    }
}

mod event_channel {
    use super::*;
    use hvlink_proto::event_channel::*;

    #[test]
    fn bind_interdomain_ring() {
        ring!(
            BindInterdomain,
            BindInterdomainReq,
            BindInterdomainReply,
            BindInterdomainReq {
                remote_dom: 48879u16,
                remote_port: 3735928559u32
            },
            BindInterdomainReply {
                local_port: 3735928559u32
            }
        );
    }

    #[test]
    fn bind_interdomain_regs() {
        let r = regs!(
            BindInterdomain,
            BindInterdomainReq {
                remote_dom: 48879u16,
                remote_port: 3735928559u32
            },
            BindInterdomainReply {
                local_port: 3735928559u32
            }
        );
        let bad = rt::Regs {
            rsi: r.rsi ^ (1 << 19),
            ..r
        };
        assert_eq!(
            <BindInterdomain as FastAbi>::request_from_regs(&bad),
            Err(hvlink_proto::Errno::EINVAL),
            "remote-dom in rsi"
        );
        let bad = rt::Regs {
            r8: r.r8 ^ (1 << 35),
            ..r
        };
        assert_eq!(
            <BindInterdomain as FastAbi>::request_from_regs(&bad),
            Err(hvlink_proto::Errno::EINVAL),
            "remote-port in r8"
        );
    }

    #[test]
    fn bind_virq_ring() {
        ring!(
            BindVirq,
            BindVirqReq,
            PortReply,
            BindVirqReq {
                virq: Virq(23),
                vcpu: 3735928559u32
            },
            PortReply {
                port: 3735928559u32
            }
        );
    }

    #[test]
    fn bind_virq_regs() {
        let r = regs!(
            BindVirq,
            BindVirqReq {
                virq: Virq(23),
                vcpu: 3735928559u32
            },
            PortReply {
                port: 3735928559u32
            }
        );
        let bad = rt::Regs {
            r8: r.r8 ^ (1 << 35),
            ..r
        };
        assert_eq!(
            <BindVirq as FastAbi>::request_from_regs(&bad),
            Err(hvlink_proto::Errno::EINVAL),
            "vcpu in r8"
        );
        let bad = rt::Regs {
            rsi: r.rsi ^ (1 << 35),
            ..r
        };
        assert_eq!(
            <BindVirq as FastAbi>::request_from_regs(&bad),
            Err(hvlink_proto::Errno::EINVAL),
            "virq in rsi"
        );
    }

    #[test]
    fn bind_pirq_ring() {
        ring!(
            BindPirq,
            BindPirqReq,
            PortReply,
            BindPirqReq {
                pirq: 3735928559u32,
                flags: BindPirqFlags(1)
            },
            PortReply {
                port: 3735928559u32
            }
        );
    }

    #[test]
    fn bind_pirq_regs() {
        let r = regs!(
            BindPirq,
            BindPirqReq {
                pirq: 3735928559u32,
                flags: BindPirqFlags(1)
            },
            PortReply {
                port: 3735928559u32
            }
        );
        let bad = rt::Regs {
            r8: r.r8 ^ (1 << 35),
            ..r
        };
        assert_eq!(
            <BindPirq as FastAbi>::request_from_regs(&bad),
            Err(hvlink_proto::Errno::EINVAL),
            "flags in r8"
        );
        let bad = rt::Regs {
            rsi: r.rsi ^ (1 << 35),
            ..r
        };
        assert_eq!(
            <BindPirq as FastAbi>::request_from_regs(&bad),
            Err(hvlink_proto::Errno::EINVAL),
            "pirq in rsi"
        );
    }

    #[test]
    fn close_ring() {
        ring!(
            Close,
            PortReq,
            rt::Empty,
            PortReq {
                port: 3735928559u32
            },
            rt::Empty
        );
    }

    #[test]
    fn close_regs() {
        let r = regs!(
            Close,
            PortReq {
                port: 3735928559u32
            },
            rt::Empty
        );
        let bad = rt::Regs {
            rsi: r.rsi ^ (1 << 35),
            ..r
        };
        assert_eq!(
            <Close as FastAbi>::request_from_regs(&bad),
            Err(hvlink_proto::Errno::EINVAL),
            "port in rsi"
        );
    }

    #[test]
    fn send_ring() {
        ring!(
            SendOp,
            PortReq,
            rt::Empty,
            PortReq {
                port: 3735928559u32
            },
            rt::Empty
        );
    }

    #[test]
    fn send_regs() {
        let r = regs!(
            SendOp,
            PortReq {
                port: 3735928559u32
            },
            rt::Empty
        );
        let bad = rt::Regs {
            rsi: r.rsi ^ (1 << 35),
            ..r
        };
        assert_eq!(
            <SendOp as FastAbi>::request_from_regs(&bad),
            Err(hvlink_proto::Errno::EINVAL),
            "port in rsi"
        );
    }

    #[test]
    fn status_ring() {
        ring!(
            Status,
            StatusReq,
            StatusReply,
            StatusReq {
                dom: 48879u16,
                port: 3735928559u32
            },
            StatusReply {
                status: EvtchnStatus(1),
                vcpu: 3735928559u32,
                remote_dom: Some(48879u16),
                remote_port: None,
                pirq: None,
                virq: None
            }
        );
    }

    #[test]
    fn status_regs() {
        let r = regs!(
            Status,
            StatusReq {
                dom: 48879u16,
                port: 3735928559u32
            },
            StatusReply {
                status: EvtchnStatus(1),
                vcpu: 3735928559u32,
                remote_dom: Some(48879u16),
                remote_port: None,
                pirq: None,
                virq: None
            }
        );
        let bad = rt::Regs {
            rsi: r.rsi ^ (1 << 19),
            ..r
        };
        assert_eq!(
            <Status as FastAbi>::request_from_regs(&bad),
            Err(hvlink_proto::Errno::EINVAL),
            "dom in rsi"
        );
        let bad = rt::Regs {
            r8: r.r8 ^ (1 << 35),
            ..r
        };
        assert_eq!(
            <Status as FastAbi>::request_from_regs(&bad),
            Err(hvlink_proto::Errno::EINVAL),
            "port in r8"
        );
    }

    #[test]
    fn alloc_unbound_ring() {
        ring!(
            AllocUnbound,
            AllocUnboundReq,
            PortReply,
            AllocUnboundReq {
                dom: 48879u16,
                remote_dom: 48879u16
            },
            PortReply {
                port: 3735928559u32
            }
        );
    }

    #[test]
    fn alloc_unbound_regs() {
        let r = regs!(
            AllocUnbound,
            AllocUnboundReq {
                dom: 48879u16,
                remote_dom: 48879u16
            },
            PortReply {
                port: 3735928559u32
            }
        );
        let bad = rt::Regs {
            rsi: r.rsi ^ (1 << 19),
            ..r
        };
        assert_eq!(
            <AllocUnbound as FastAbi>::request_from_regs(&bad),
            Err(hvlink_proto::Errno::EINVAL),
            "dom in rsi"
        );
        let bad = rt::Regs {
            r8: r.r8 ^ (1 << 19),
            ..r
        };
        assert_eq!(
            <AllocUnbound as FastAbi>::request_from_regs(&bad),
            Err(hvlink_proto::Errno::EINVAL),
            "remote-dom in r8"
        );
    }

    #[test]
    fn bind_ipi_ring() {
        ring!(
            BindIpi,
            BindIpiReq,
            PortReply,
            BindIpiReq {
                vcpu: 3735928559u32
            },
            PortReply {
                port: 3735928559u32
            }
        );
    }

    #[test]
    fn bind_ipi_regs() {
        let r = regs!(
            BindIpi,
            BindIpiReq {
                vcpu: 3735928559u32
            },
            PortReply {
                port: 3735928559u32
            }
        );
        let bad = rt::Regs {
            rsi: r.rsi ^ (1 << 35),
            ..r
        };
        assert_eq!(
            <BindIpi as FastAbi>::request_from_regs(&bad),
            Err(hvlink_proto::Errno::EINVAL),
            "vcpu in rsi"
        );
    }

    #[test]
    fn bind_vcpu_ring() {
        ring!(
            BindVcpu,
            BindVcpuReq,
            rt::Empty,
            BindVcpuReq {
                vcpu: 3735928559u32,
                port: 3735928559u32
            },
            rt::Empty
        );
    }

    #[test]
    fn bind_vcpu_regs() {
        let r = regs!(
            BindVcpu,
            BindVcpuReq {
                vcpu: 3735928559u32,
                port: 3735928559u32
            },
            rt::Empty
        );
        let bad = rt::Regs {
            r8: r.r8 ^ (1 << 35),
            ..r
        };
        assert_eq!(
            <BindVcpu as FastAbi>::request_from_regs(&bad),
            Err(hvlink_proto::Errno::EINVAL),
            "port in r8"
        );
        let bad = rt::Regs {
            rsi: r.rsi ^ (1 << 35),
            ..r
        };
        assert_eq!(
            <BindVcpu as FastAbi>::request_from_regs(&bad),
            Err(hvlink_proto::Errno::EINVAL),
            "vcpu in rsi"
        );
    }

    #[test]
    fn unmask_ring() {
        ring!(
            Unmask,
            PortReq,
            rt::Empty,
            PortReq {
                port: 3735928559u32
            },
            rt::Empty
        );
    }

    #[test]
    fn unmask_regs() {
        let r = regs!(
            Unmask,
            PortReq {
                port: 3735928559u32
            },
            rt::Empty
        );
        let bad = rt::Regs {
            rsi: r.rsi ^ (1 << 35),
            ..r
        };
        assert_eq!(
            <Unmask as FastAbi>::request_from_regs(&bad),
            Err(hvlink_proto::Errno::EINVAL),
            "port in rsi"
        );
    }

    #[test]
    fn reset_ring() {
        ring!(
            Reset,
            ResetReq,
            rt::Empty,
            ResetReq { dom: 48879u16 },
            rt::Empty
        );
    }

    #[test]
    fn reset_regs() {
        let r = regs!(Reset, ResetReq { dom: 48879u16 }, rt::Empty);
        let bad = rt::Regs {
            rsi: r.rsi ^ (1 << 19),
            ..r
        };
        assert_eq!(
            <Reset as FastAbi>::request_from_regs(&bad),
            Err(hvlink_proto::Errno::EINVAL),
            "dom in rsi"
        );
    }

    #[test]
    fn init_control_ring() {
        ring!(
            InitControl,
            InitControlReq,
            InitControlReply,
            InitControlReq {
                control_gfn: 81985529216486895u64,
                offset: 3735928559u32,
                vcpu: 3735928559u32
            },
            InitControlReply { link_bits: 165u8 }
        );
    }

    #[test]
    fn init_control_regs() {
        let r = regs!(
            InitControl,
            InitControlReq {
                control_gfn: 81985529216486895u64,
                offset: 3735928559u32,
                vcpu: 3735928559u32
            },
            InitControlReply { link_bits: 165u8 }
        );
        let bad = rt::Regs {
            r8: r.r8 ^ (1 << 35),
            ..r
        };
        assert_eq!(
            <InitControl as FastAbi>::request_from_regs(&bad),
            Err(hvlink_proto::Errno::EINVAL),
            "offset in r8"
        );
        let bad = rt::Regs {
            r9: r.r9 ^ (1 << 35),
            ..r
        };
        assert_eq!(
            <InitControl as FastAbi>::request_from_regs(&bad),
            Err(hvlink_proto::Errno::EINVAL),
            "vcpu in r9"
        );
    }

    #[test]
    fn expand_array_ring() {
        ring!(
            ExpandArray,
            ExpandArrayReq,
            rt::Empty,
            ExpandArrayReq {
                array_gfn: 81985529216486895u64
            },
            rt::Empty
        );
    }

    #[test]
    fn expand_array_regs() {
        regs!(
            ExpandArray,
            ExpandArrayReq {
                array_gfn: 81985529216486895u64
            },
            rt::Empty
        );
    }

    #[test]
    fn set_priority_ring() {
        ring!(
            SetPriority,
            SetPriorityReq,
            rt::Empty,
            SetPriorityReq {
                port: 3735928559u32,
                priority: 15u32
            },
            rt::Empty
        );
    }

    #[test]
    fn set_priority_regs() {
        let r = regs!(
            SetPriority,
            SetPriorityReq {
                port: 3735928559u32,
                priority: 15u32
            },
            rt::Empty
        );
        let bad = rt::Regs {
            rsi: r.rsi ^ (1 << 35),
            ..r
        };
        assert_eq!(
            <SetPriority as FastAbi>::request_from_regs(&bad),
            Err(hvlink_proto::Errno::EINVAL),
            "port in rsi"
        );
        let bad = rt::Regs {
            r8: r.r8 ^ (1 << 35),
            ..r
        };
        assert_eq!(
            <SetPriority as FastAbi>::request_from_regs(&bad),
            Err(hvlink_proto::Errno::EINVAL),
            "priority in r8"
        );
    }
}

mod hvm {
    use super::*;
    use hvlink_proto::hvm::*;

    #[test]
    fn set_param_ring() {
        ring!(
            SetParam,
            SetParamReq,
            rt::Empty,
            SetParamReq {
                dom: 48879u16,
                index: HvmParam(38),
                value: 81985529216486895u64
            },
            rt::Empty
        );
    }

    #[test]
    fn set_param_regs() {
        let r = regs!(
            SetParam,
            SetParamReq {
                dom: 48879u16,
                index: HvmParam(38),
                value: 81985529216486895u64
            },
            rt::Empty
        );
        let bad = rt::Regs {
            rsi: r.rsi ^ (1 << 19),
            ..r
        };
        assert_eq!(
            <SetParam as FastAbi>::request_from_regs(&bad),
            Err(hvlink_proto::Errno::EINVAL),
            "dom in rsi"
        );
        let bad = rt::Regs {
            r8: r.r8 ^ (1 << 35),
            ..r
        };
        assert_eq!(
            <SetParam as FastAbi>::request_from_regs(&bad),
            Err(hvlink_proto::Errno::EINVAL),
            "index in r8"
        );
    }

    #[test]
    fn get_param_ring() {
        ring!(
            GetParam,
            ParamReq,
            ParamReply,
            ParamReq {
                dom: 48879u16,
                index: HvmParam(38)
            },
            ParamReply {
                value: 81985529216486895u64
            }
        );
    }

    #[test]
    fn get_param_regs() {
        let r = regs!(
            GetParam,
            ParamReq {
                dom: 48879u16,
                index: HvmParam(38)
            },
            ParamReply {
                value: 81985529216486895u64
            }
        );
        let bad = rt::Regs {
            rsi: r.rsi ^ (1 << 19),
            ..r
        };
        assert_eq!(
            <GetParam as FastAbi>::request_from_regs(&bad),
            Err(hvlink_proto::Errno::EINVAL),
            "dom in rsi"
        );
        let bad = rt::Regs {
            r8: r.r8 ^ (1 << 35),
            ..r
        };
        assert_eq!(
            <GetParam as FastAbi>::request_from_regs(&bad),
            Err(hvlink_proto::Errno::EINVAL),
            "index in r8"
        );
    }

    #[test]
    fn flush_tlbs_ring() {
        ring!(FlushTlbs, rt::Empty, rt::Empty, rt::Empty, rt::Empty);
    }

    #[test]
    fn flush_tlbs_regs() {
        regs!(FlushTlbs, rt::Empty, rt::Empty);
    }

    #[test]
    fn get_time_ring() {
        ring!(
            GetTime,
            rt::Empty,
            TimeReply,
            rt::Empty,
            TimeReply {
                now: 81985529216486895u64
            }
        );
    }

    #[test]
    fn get_time_regs() {
        regs!(
            GetTime,
            rt::Empty,
            TimeReply {
                now: 81985529216486895u64
            }
        );
    }

    #[test]
    fn get_mem_type_ring() {
        ring!(
            GetMemType,
            MemTypeReq,
            MemTypeReply,
            MemTypeReq {
                dom: 48879u16,
                pfn: 81985529216486895u64
            },
            MemTypeReply {
                mem_type: HvmmemType(4)
            }
        );
    }

    #[test]
    fn get_mem_type_regs() {
        let r = regs!(
            GetMemType,
            MemTypeReq {
                dom: 48879u16,
                pfn: 81985529216486895u64
            },
            MemTypeReply {
                mem_type: HvmmemType(4)
            }
        );
        let bad = rt::Regs {
            rsi: r.rsi ^ (1 << 19),
            ..r
        };
        assert_eq!(
            <GetMemType as FastAbi>::request_from_regs(&bad),
            Err(hvlink_proto::Errno::EINVAL),
            "dom in rsi"
        );
    }

    #[test]
    fn set_evtchn_upcall_vector_ring() {
        ring!(
            SetEvtchnUpcallVector,
            UpcallVectorReq,
            rt::Empty,
            UpcallVectorReq {
                vcpu: 3735928559u32,
                vector: 165u8
            },
            rt::Empty
        );
    }

    #[test]
    fn set_evtchn_upcall_vector_regs() {
        let r = regs!(
            SetEvtchnUpcallVector,
            UpcallVectorReq {
                vcpu: 3735928559u32,
                vector: 165u8
            },
            rt::Empty
        );
        let bad = rt::Regs {
            rsi: r.rsi ^ (1 << 35),
            ..r
        };
        assert_eq!(
            <SetEvtchnUpcallVector as FastAbi>::request_from_regs(&bad),
            Err(hvlink_proto::Errno::EINVAL),
            "vcpu in rsi"
        );
        let bad = rt::Regs {
            r8: r.r8 ^ (1 << 11),
            ..r
        };
        assert_eq!(
            <SetEvtchnUpcallVector as FastAbi>::request_from_regs(&bad),
            Err(hvlink_proto::Errno::EINVAL),
            "vector in r8"
        );
    }
}

mod sysctl {
    use super::*;
    use hvlink_proto::sysctl::*;

    #[test]
    fn readconsole_ring() {
        ring!(
            Readconsole,
            ConsoleReq,
            ConsoleReply<'_>,
            ConsoleReq {
                clear: true,
                index: 3735928559u32,
                max_bytes: 1u32
            },
            ConsoleReply {
                index: 3735928559u32,
                data: Some(&[1, 38, 75, 112, 149])
            }
        );
    }

    #[test]
    fn physinfo_ring() {
        ring!(
            Physinfo,
            rt::Empty,
            PhysinfoReply,
            rt::Empty,
            PhysinfoReply {
                threads_per_core: 3735928559u32,
                cores_per_socket: 3735928559u32,
                nr_cpus: 3735928559u32,
                max_cpu_id: Some(3735928559u32),
                nr_nodes: Some(3735928559u32),
                cpu_khz: Some(3735928559u32),
                capabilities: Physcap(1023),
                total_pages: 81985529216486895u64,
                free_pages: 81985529216486895u64,
                max_mfn: Some(81985529216486895u64)
            }
        );
    }

    #[test]
    fn physinfo_regs() {
        regs!(
            Physinfo,
            rt::Empty,
            PhysinfoReply {
                threads_per_core: 3735928559u32,
                cores_per_socket: 3735928559u32,
                nr_cpus: 3735928559u32,
                max_cpu_id: None,
                nr_nodes: None,
                cpu_khz: None,
                capabilities: Physcap(1023),
                total_pages: 81985529216486895u64,
                free_pages: 81985529216486895u64,
                max_mfn: None
            }
        );
    }

    #[test]
    fn getdomaininfolist_ring() {
        let list_1 = [
            ListEntry {
                domain: 48879u16,
                flags: DominfFlags(16712191),
                tot_pages: 81985529216486895u64,
                max_pages: 81985529216486895u64,
                nr_online_vcpus: 3735928559u32,
                cpu_time: 81985529216486895u64,
                max_vcpu_id: Some(3735928559u32),
                cpupool: Some(3735928559u32),
                gpaddr_bits: Some(165u8),
            },
            ListEntry {
                domain: 48879u16,
                flags: DominfFlags(16712191),
                tot_pages: 81985529216486895u64,
                max_pages: 81985529216486895u64,
                nr_online_vcpus: 3735928559u32,
                cpu_time: 81985529216486895u64,
                max_vcpu_id: Some(3735928559u32),
                cpupool: Some(3735928559u32),
                gpaddr_bits: Some(165u8),
            },
            ListEntry {
                domain: 48879u16,
                flags: DominfFlags(16712191),
                tot_pages: 81985529216486895u64,
                max_pages: 81985529216486895u64,
                nr_online_vcpus: 3735928559u32,
                cpu_time: 81985529216486895u64,
                max_vcpu_id: Some(3735928559u32),
                cpupool: Some(3735928559u32),
                gpaddr_bits: Some(165u8),
            },
        ];
        ring!(
            Getdomaininfolist,
            ListReq,
            ListReply<'_>,
            ListReq {
                cursor: 81985529216486895u64,
                max_domains: 1u32
            },
            ListReply {
                domain: hvlink_proto::rt::List::new(&list_1),
                cursor: Some(81985529216486895u64)
            }
        );
    }
}

mod domctl {
    use super::*;
    use hvlink_proto::domctl::*;

    #[test]
    fn createdomain_ring() {
        ring!(
            Createdomain,
            CreateReq<'_>,
            CreateReply,
            CreateReq {
                domain: 32751u16,
                flags: Cdf(255),
                max_vcpus: 128u32,
                max_evtchn_port: 4095u32,
                max_grant_frames: 64i32,
                max_maptrack_frames: 1024i32,
                handle: Some(&[1, 38, 75, 112, 149]),
                name: Some("hvlink"),
                max_grant_version: Some(2u8),
                cpupool_id: 3735928559u32
            },
            CreateReply { domain: 48879u16 }
        );
    }

    #[test]
    fn destroydomain_ring() {
        ring!(
            Destroydomain,
            DomReq,
            rt::Empty,
            DomReq { domain: 48879u16 },
            rt::Empty
        );
    }

    #[test]
    fn destroydomain_regs() {
        let r = regs!(Destroydomain, DomReq { domain: 48879u16 }, rt::Empty);
        let bad = rt::Regs {
            rsi: r.rsi ^ (1 << 19),
            ..r
        };
        assert_eq!(
            <Destroydomain as FastAbi>::request_from_regs(&bad),
            Err(hvlink_proto::Errno::EINVAL),
            "domain in rsi"
        );
    }

    #[test]
    fn pausedomain_ring() {
        ring!(
            Pausedomain,
            DomReq,
            rt::Empty,
            DomReq { domain: 48879u16 },
            rt::Empty
        );
    }

    #[test]
    fn pausedomain_regs() {
        let r = regs!(Pausedomain, DomReq { domain: 48879u16 }, rt::Empty);
        let bad = rt::Regs {
            rsi: r.rsi ^ (1 << 19),
            ..r
        };
        assert_eq!(
            <Pausedomain as FastAbi>::request_from_regs(&bad),
            Err(hvlink_proto::Errno::EINVAL),
            "domain in rsi"
        );
    }

    #[test]
    fn unpausedomain_ring() {
        ring!(
            Unpausedomain,
            DomReq,
            rt::Empty,
            DomReq { domain: 48879u16 },
            rt::Empty
        );
    }

    #[test]
    fn unpausedomain_regs() {
        let r = regs!(Unpausedomain, DomReq { domain: 48879u16 }, rt::Empty);
        let bad = rt::Regs {
            rsi: r.rsi ^ (1 << 19),
            ..r
        };
        assert_eq!(
            <Unpausedomain as FastAbi>::request_from_regs(&bad),
            Err(hvlink_proto::Errno::EINVAL),
            "domain in rsi"
        );
    }

    #[test]
    fn getdomaininfo_ring() {
        ring!(
            Getdomaininfo,
            QueryReq,
            Info<'_>,
            QueryReq { domain: 48879u16 },
            Info {
                flags: Dominf(16712191),
                tot_pages: 81985529216486895u64,
                max_pages: 81985529216486895u64,
                nr_online_vcpus: 3735928559u32,
                cpu_time: 81985529216486895u64,
                max_vcpu_id: 3735928559u32,
                domain: Some(48879u16),
                cpupool: Some(3735928559u32),
                handle: Some(&[1, 38, 75, 112, 149]),
                name: Some("hvlink"),
                outstanding_pages: Some(81985529216486895u64),
                gpaddr_bits: Some(165u8)
            }
        );
    }

    #[test]
    fn getdomaininfo_regs() {
        let r = regs!(
            Getdomaininfo,
            QueryReq { domain: 48879u16 },
            Info {
                flags: Dominf(16712191),
                tot_pages: 81985529216486895u64,
                max_pages: 81985529216486895u64,
                nr_online_vcpus: 3735928559u32,
                cpu_time: 81985529216486895u64,
                max_vcpu_id: 3735928559u32,
                domain: None,
                cpupool: None,
                handle: None,
                name: None,
                outstanding_pages: None,
                gpaddr_bits: None
            }
        );
        let bad = rt::Regs {
            rsi: r.rsi ^ (1 << 19),
            ..r
        };
        assert_eq!(
            <Getdomaininfo as FastAbi>::request_from_regs(&bad),
            Err(hvlink_proto::Errno::EINVAL),
            "domain in rsi"
        );
    }

    #[test]
    fn setvcpuaffinity_ring() {
        ring!(
            Setvcpuaffinity,
            AffinityReq,
            AffinityReply,
            AffinityReq {
                domain: 48879u16,
                vcpu: 127u32,
                hard: 81985529216486895u64,
                soft: 81985529216486895u64
            },
            AffinityReply {
                hard: 81985529216486895u64,
                soft: 81985529216486895u64
            }
        );
    }

    #[test]
    fn setvcpuaffinity_regs() {
        let r = regs!(
            Setvcpuaffinity,
            AffinityReq {
                domain: 48879u16,
                vcpu: 127u32,
                hard: 81985529216486895u64,
                soft: 81985529216486895u64
            },
            AffinityReply {
                hard: 81985529216486895u64,
                soft: 81985529216486895u64
            }
        );
        let bad = rt::Regs {
            rsi: r.rsi ^ (1 << 19),
            ..r
        };
        assert_eq!(
            <Setvcpuaffinity as FastAbi>::request_from_regs(&bad),
            Err(hvlink_proto::Errno::EINVAL),
            "domain in rsi"
        );
        let bad = rt::Regs {
            r8: r.r8 ^ (1 << 35),
            ..r
        };
        assert_eq!(
            <Setvcpuaffinity as FastAbi>::request_from_regs(&bad),
            Err(hvlink_proto::Errno::EINVAL),
            "vcpu in r8"
        );
    }

    #[test]
    fn max_mem_ring() {
        ring!(
            MaxMem,
            MaxMemReq,
            rt::Empty,
            MaxMemReq {
                domain: 48879u16,
                max_memkb: 1073741824u64
            },
            rt::Empty
        );
    }

    #[test]
    fn max_mem_regs() {
        let r = regs!(
            MaxMem,
            MaxMemReq {
                domain: 48879u16,
                max_memkb: 1073741824u64
            },
            rt::Empty
        );
        let bad = rt::Regs {
            rsi: r.rsi ^ (1 << 19),
            ..r
        };
        assert_eq!(
            <MaxMem as FastAbi>::request_from_regs(&bad),
            Err(hvlink_proto::Errno::EINVAL),
            "domain in rsi"
        );
    }

    #[test]
    fn getvcpuinfo_ring() {
        ring!(
            Getvcpuinfo,
            VcpuQueryReq,
            VcpuinfoReply,
            VcpuQueryReq {
                domain: 48879u16,
                vcpu: 127u32
            },
            VcpuinfoReply {
                online: 1u8,
                blocked: 1u8,
                running: 1u8,
                cpu_time: 81985529216486895u64,
                cpu: 3735928559u32
            }
        );
    }

    #[test]
    fn getvcpuinfo_regs() {
        let r = regs!(
            Getvcpuinfo,
            VcpuQueryReq {
                domain: 48879u16,
                vcpu: 127u32
            },
            VcpuinfoReply {
                online: 1u8,
                blocked: 1u8,
                running: 1u8,
                cpu_time: 81985529216486895u64,
                cpu: 3735928559u32
            }
        );
        let bad = rt::Regs {
            rsi: r.rsi ^ (1 << 19),
            ..r
        };
        assert_eq!(
            <Getvcpuinfo as FastAbi>::request_from_regs(&bad),
            Err(hvlink_proto::Errno::EINVAL),
            "domain in rsi"
        );
        let bad = rt::Regs {
            r8: r.r8 ^ (1 << 35),
            ..r
        };
        assert_eq!(
            <Getvcpuinfo as FastAbi>::request_from_regs(&bad),
            Err(hvlink_proto::Errno::EINVAL),
            "vcpu in r8"
        );
    }

    #[test]
    fn max_vcpus_ring() {
        ring!(
            MaxVcpus,
            MaxVcpusReq,
            rt::Empty,
            MaxVcpusReq {
                domain: 48879u16,
                max: 128u32
            },
            rt::Empty
        );
    }

    #[test]
    fn max_vcpus_regs() {
        let r = regs!(
            MaxVcpus,
            MaxVcpusReq {
                domain: 48879u16,
                max: 128u32
            },
            rt::Empty
        );
        let bad = rt::Regs {
            rsi: r.rsi ^ (1 << 19),
            ..r
        };
        assert_eq!(
            <MaxVcpus as FastAbi>::request_from_regs(&bad),
            Err(hvlink_proto::Errno::EINVAL),
            "domain in rsi"
        );
        let bad = rt::Regs {
            r8: r.r8 ^ (1 << 35),
            ..r
        };
        assert_eq!(
            <MaxVcpus as FastAbi>::request_from_regs(&bad),
            Err(hvlink_proto::Errno::EINVAL),
            "max in r8"
        );
    }

    #[test]
    fn settimeoffset_ring() {
        ring!(
            Settimeoffset,
            TimeOffsetReq,
            rt::Empty,
            TimeOffsetReq {
                domain: 48879u16,
                seconds: -1234567890123i64
            },
            rt::Empty
        );
    }

    #[test]
    fn settimeoffset_regs() {
        let r = regs!(
            Settimeoffset,
            TimeOffsetReq {
                domain: 48879u16,
                seconds: -1234567890123i64
            },
            rt::Empty
        );
        let bad = rt::Regs {
            rsi: r.rsi ^ (1 << 19),
            ..r
        };
        assert_eq!(
            <Settimeoffset as FastAbi>::request_from_regs(&bad),
            Err(hvlink_proto::Errno::EINVAL),
            "domain in rsi"
        );
    }

    #[test]
    fn getvcpuaffinity_ring() {
        ring!(
            Getvcpuaffinity,
            VcpuQueryReq,
            AffinityReply,
            VcpuQueryReq {
                domain: 48879u16,
                vcpu: 127u32
            },
            AffinityReply {
                hard: 81985529216486895u64,
                soft: 81985529216486895u64
            }
        );
    }

    #[test]
    fn getvcpuaffinity_regs() {
        let r = regs!(
            Getvcpuaffinity,
            VcpuQueryReq {
                domain: 48879u16,
                vcpu: 127u32
            },
            AffinityReply {
                hard: 81985529216486895u64,
                soft: 81985529216486895u64
            }
        );
        let bad = rt::Regs {
            rsi: r.rsi ^ (1 << 19),
            ..r
        };
        assert_eq!(
            <Getvcpuaffinity as FastAbi>::request_from_regs(&bad),
            Err(hvlink_proto::Errno::EINVAL),
            "domain in rsi"
        );
        let bad = rt::Regs {
            r8: r.r8 ^ (1 << 35),
            ..r
        };
        assert_eq!(
            <Getvcpuaffinity as FastAbi>::request_from_regs(&bad),
            Err(hvlink_proto::Errno::EINVAL),
            "vcpu in r8"
        );
    }

    #[test]
    fn set_target_ring() {
        ring!(
            SetTarget,
            SetTargetReq,
            rt::Empty,
            SetTargetReq {
                domain: 48879u16,
                target: 48879u16
            },
            rt::Empty
        );
    }

    #[test]
    fn set_target_regs() {
        let r = regs!(
            SetTarget,
            SetTargetReq {
                domain: 48879u16,
                target: 48879u16
            },
            rt::Empty
        );
        let bad = rt::Regs {
            rsi: r.rsi ^ (1 << 19),
            ..r
        };
        assert_eq!(
            <SetTarget as FastAbi>::request_from_regs(&bad),
            Err(hvlink_proto::Errno::EINVAL),
            "domain in rsi"
        );
        let bad = rt::Regs {
            r8: r.r8 ^ (1 << 19),
            ..r
        };
        assert_eq!(
            <SetTarget as FastAbi>::request_from_regs(&bad),
            Err(hvlink_proto::Errno::EINVAL),
            "target in r8"
        );
    }

    #[test]
    fn get_paging_mempool_size_ring() {
        ring!(
            GetPagingMempoolSize,
            DomReq,
            MempoolReply,
            DomReq { domain: 48879u16 },
            MempoolReply {
                size: 81985529216486895u64
            }
        );
    }

    #[test]
    fn get_paging_mempool_size_regs() {
        let r = regs!(
            GetPagingMempoolSize,
            DomReq { domain: 48879u16 },
            MempoolReply {
                size: 81985529216486895u64
            }
        );
        let bad = rt::Regs {
            rsi: r.rsi ^ (1 << 19),
            ..r
        };
        assert_eq!(
            <GetPagingMempoolSize as FastAbi>::request_from_regs(&bad),
            Err(hvlink_proto::Errno::EINVAL),
            "domain in rsi"
        );
    }

    #[test]
    fn set_paging_mempool_size_ring() {
        ring!(
            SetPagingMempoolSize,
            MempoolReq,
            rt::Empty,
            MempoolReq {
                domain: 48879u16,
                size: 81985529216486895u64
            },
            rt::Empty
        );
    }

    #[test]
    fn set_paging_mempool_size_regs() {
        let r = regs!(
            SetPagingMempoolSize,
            MempoolReq {
                domain: 48879u16,
                size: 81985529216486895u64
            },
            rt::Empty
        );
        let bad = rt::Regs {
            rsi: r.rsi ^ (1 << 19),
            ..r
        };
        assert_eq!(
            <SetPagingMempoolSize as FastAbi>::request_from_regs(&bad),
            Err(hvlink_proto::Errno::EINVAL),
            "domain in rsi"
        );
    }
}

mod control {
    use super::*;
    use hvlink_proto::control::*;

    #[test]
    fn ping_ring() {
        ring!(
            Ping,
            PingMsg,
            PingMsg,
            PingMsg {
                cookie: 81985529216486895u64
            },
            PingMsg {
                cookie: 81985529216486895u64
            }
        );
    }

    #[test]
    fn ping_regs() {
        regs!(
            Ping,
            PingMsg {
                cookie: 81985529216486895u64
            },
            PingMsg {
                cookie: 81985529216486895u64
            }
        );
    }

    #[test]
    fn get_family_ring() {
        let list_1 = [
            OpInfo {
                name: "hvlink",
                id: 165u8,
                since: 165u8,
                privilege: Privilege(2),
                flags: OpFlags(127),
                max_reply: 3735928559u32,
            },
            OpInfo {
                name: "hvlink",
                id: 165u8,
                since: 165u8,
                privilege: Privilege(2),
                flags: OpFlags(127),
                max_reply: 3735928559u32,
            },
            OpInfo {
                name: "hvlink",
                id: 165u8,
                since: 165u8,
                privilege: Privilege(2),
                flags: OpFlags(127),
                max_reply: 3735928559u32,
            },
        ];
        let list_2 = [
            OpInfo {
                name: "hvlink",
                id: 165u8,
                since: 165u8,
                privilege: Privilege(2),
                flags: OpFlags(127),
                max_reply: 3735928559u32,
            },
            OpInfo {
                name: "hvlink",
                id: 165u8,
                since: 165u8,
                privilege: Privilege(2),
                flags: OpFlags(127),
                max_reply: 3735928559u32,
            },
            OpInfo {
                name: "hvlink",
                id: 165u8,
                since: 165u8,
                privilege: Privilege(2),
                flags: OpFlags(127),
                max_reply: 3735928559u32,
            },
        ];
        let list_3 = [
            OpInfo {
                name: "hvlink",
                id: 165u8,
                since: 165u8,
                privilege: Privilege(2),
                flags: OpFlags(127),
                max_reply: 3735928559u32,
            },
            OpInfo {
                name: "hvlink",
                id: 165u8,
                since: 165u8,
                privilege: Privilege(2),
                flags: OpFlags(127),
                max_reply: 3735928559u32,
            },
            OpInfo {
                name: "hvlink",
                id: 165u8,
                since: 165u8,
                privilege: Privilege(2),
                flags: OpFlags(127),
                max_reply: 3735928559u32,
            },
        ];
        let list_4 = [
            FamilyInfo {
                name: "hvlink",
                id: 48879u16,
                msg_type: 48879u16,
                version: 165u8,
                op: hvlink_proto::rt::List::new(&list_1),
            },
            FamilyInfo {
                name: "hvlink",
                id: 48879u16,
                msg_type: 48879u16,
                version: 165u8,
                op: hvlink_proto::rt::List::new(&list_2),
            },
            FamilyInfo {
                name: "hvlink",
                id: 48879u16,
                msg_type: 48879u16,
                version: 165u8,
                op: hvlink_proto::rt::List::new(&list_3),
            },
        ];
        ring!(
            GetFamily,
            GetFamilyReq<'_>,
            GetFamilyReply<'_>,
            GetFamilyReq {
                family_id: Some(48879u16),
                family_name: Some("hvlink")
            },
            GetFamilyReply {
                family: hvlink_proto::rt::List::new(&list_4)
            }
        );
    }

    #[test]
    fn get_policy_ring() {
        let list_1 = [
            PolicyEntry {
                r#type: AttrType(13),
                min_value_s: Some(-1234567890123i64),
                max_value_s: Some(-1234567890123i64),
                min_value_u: Some(81985529216486895u64),
                max_value_u: Some(81985529216486895u64),
                min_length: Some(3735928559u32),
                max_length: Some(3735928559u32),
                set: "hvlink",
                direction: Direction(1),
                attr_id: 48879u16,
                name: "hvlink",
                nested: Some("hvlink"),
                required: true,
                repeated: true,
                must_understand: true,
                since: 165u8,
                max_count: Some(3735928559u32),
                r#enum: Some("hvlink"),
                default: Some(81985529216486895u64),
                form: Some("hvlink"),
                register: Some(7u8),
            },
            PolicyEntry {
                r#type: AttrType(13),
                min_value_s: Some(-1234567890123i64),
                max_value_s: Some(-1234567890123i64),
                min_value_u: Some(81985529216486895u64),
                max_value_u: Some(81985529216486895u64),
                min_length: Some(3735928559u32),
                max_length: Some(3735928559u32),
                set: "hvlink",
                direction: Direction(1),
                attr_id: 48879u16,
                name: "hvlink",
                nested: Some("hvlink"),
                required: true,
                repeated: true,
                must_understand: true,
                since: 165u8,
                max_count: Some(3735928559u32),
                r#enum: Some("hvlink"),
                default: Some(81985529216486895u64),
                form: Some("hvlink"),
                register: Some(7u8),
            },
            PolicyEntry {
                r#type: AttrType(13),
                min_value_s: Some(-1234567890123i64),
                max_value_s: Some(-1234567890123i64),
                min_value_u: Some(81985529216486895u64),
                max_value_u: Some(81985529216486895u64),
                min_length: Some(3735928559u32),
                max_length: Some(3735928559u32),
                set: "hvlink",
                direction: Direction(1),
                attr_id: 48879u16,
                name: "hvlink",
                nested: Some("hvlink"),
                required: true,
                repeated: true,
                must_understand: true,
                since: 165u8,
                max_count: Some(3735928559u32),
                r#enum: Some("hvlink"),
                default: Some(81985529216486895u64),
                form: Some("hvlink"),
                register: Some(7u8),
            },
        ];
        ring!(
            GetPolicy,
            GetPolicyReq,
            GetPolicyReply<'_>,
            GetPolicyReq {
                family_id: 48879u16,
                op_id: 165u8
            },
            GetPolicyReply {
                family_id: 48879u16,
                op_id: 165u8,
                attr: hvlink_proto::rt::List::new(&list_1)
            }
        );
    }

    #[test]
    fn negotiate_ring() {
        ring!(
            Negotiate,
            NegotiateMsg,
            NegotiateMsg,
            NegotiateMsg {
                protocol_version: 3735928559u32,
                features: ProtocolFeatures(255),
                max_message: Some(3735928559u32)
            },
            NegotiateMsg {
                protocol_version: 3735928559u32,
                features: ProtocolFeatures(255),
                max_message: Some(3735928559u32)
            }
        );
    }

    #[test]
    fn negotiate_regs() {
        let r = regs!(
            Negotiate,
            NegotiateMsg {
                protocol_version: 3735928559u32,
                features: ProtocolFeatures(255),
                max_message: None
            },
            NegotiateMsg {
                protocol_version: 3735928559u32,
                features: ProtocolFeatures(255),
                max_message: Some(3735928559u32)
            }
        );
        let bad = rt::Regs {
            rsi: r.rsi ^ (1 << 35),
            ..r
        };
        assert_eq!(
            <Negotiate as FastAbi>::request_from_regs(&bad),
            Err(hvlink_proto::Errno::EINVAL),
            "protocol-version in rsi"
        );
    }

    #[test]
    fn queue_setup_ring() {
        ring!(
            QueueSetup,
            QueueSetupReq,
            QueueSetupReply,
            QueueSetupReq {
                base_gpa: 81985529216486895u64,
                pages: 3735928559u32,
                queue_id: 48879u16,
                kind: QueueKind(1),
                features: QueueFeatures(7),
                notify_port: 3735928559u32
            },
            QueueSetupReply {
                features: QueueFeatures(7),
                doorbell: 81985529216486895u64
            }
        );
    }

    #[test]
    fn queue_setup_regs() {
        let r = regs!(
            QueueSetup,
            QueueSetupReq {
                base_gpa: 81985529216486895u64,
                pages: 3735928559u32,
                queue_id: 48879u16,
                kind: QueueKind(1),
                features: QueueFeatures(7),
                notify_port: 3735928559u32
            },
            QueueSetupReply {
                features: QueueFeatures(7),
                doorbell: 81985529216486895u64
            }
        );
        let bad = rt::Regs {
            r10: r.r10 ^ (1 << 11),
            ..r
        };
        assert_eq!(
            <QueueSetup as FastAbi>::request_from_regs(&bad),
            Err(hvlink_proto::Errno::EINVAL),
            "kind in r10"
        );
        let bad = rt::Regs {
            r12: r.r12 ^ (1 << 35),
            ..r
        };
        assert_eq!(
            <QueueSetup as FastAbi>::request_from_regs(&bad),
            Err(hvlink_proto::Errno::EINVAL),
            "notify-port in r12"
        );
        let bad = rt::Regs {
            r8: r.r8 ^ (1 << 35),
            ..r
        };
        assert_eq!(
            <QueueSetup as FastAbi>::request_from_regs(&bad),
            Err(hvlink_proto::Errno::EINVAL),
            "pages in r8"
        );
        let bad = rt::Regs {
            r9: r.r9 ^ (1 << 19),
            ..r
        };
        assert_eq!(
            <QueueSetup as FastAbi>::request_from_regs(&bad),
            Err(hvlink_proto::Errno::EINVAL),
            "queue-id in r9"
        );
    }

    #[test]
    fn queue_teardown_ring() {
        ring!(
            QueueTeardown,
            QueueReq,
            rt::Empty,
            QueueReq { queue_id: 48879u16 },
            rt::Empty
        );
    }

    #[test]
    fn queue_teardown_regs() {
        let r = regs!(QueueTeardown, QueueReq { queue_id: 48879u16 }, rt::Empty);
        let bad = rt::Regs {
            rsi: r.rsi ^ (1 << 19),
            ..r
        };
        assert_eq!(
            <QueueTeardown as FastAbi>::request_from_regs(&bad),
            Err(hvlink_proto::Errno::EINVAL),
            "queue-id in rsi"
        );
    }

    #[test]
    fn cancel_ring() {
        ring!(
            Cancel,
            CancelReq,
            CancelReply,
            CancelReq {
                seq: 3735928559u32,
                queue_id: Some(48879u16)
            },
            CancelReply {
                result: CancelResult(2)
            }
        );
    }

    #[test]
    fn cancel_regs() {
        let r = regs!(
            Cancel,
            CancelReq {
                seq: 3735928559u32,
                queue_id: Some(48879u16)
            },
            CancelReply {
                result: CancelResult(2)
            }
        );
        let bad = rt::Regs {
            r8: r.r8 ^ (1 << 19),
            ..r
        };
        assert_eq!(
            <Cancel as FastAbi>::request_from_regs(&bad),
            Err(hvlink_proto::Errno::EINVAL),
            "queue-id in r8"
        );
        let bad = rt::Regs {
            rsi: r.rsi ^ (1 << 35),
            ..r
        };
        assert_eq!(
            <Cancel as FastAbi>::request_from_regs(&bad),
            Err(hvlink_proto::Errno::EINVAL),
            "seq in rsi"
        );
    }
}

#[path = "support/policy_agreement.rs"]
mod policy_agreement;

/// Every set's specialised decoder agrees with the policy table it publishes (see
/// `support/policy_agreement.rs`).
#[test]
fn every_set_decodes_as_its_policy_says() {
    let sets = [
        decoders!(hvlink_proto::memory::MemoryMapReq),
        decoders!(hvlink_proto::memory::MemoryMapReply),
        decoders!(hvlink_proto::memory::E820Entry),
        decoders!(hvlink_proto::memory::ReservationReq),
        decoders!(hvlink_proto::memory::Extent),
        decoders!(hvlink_proto::memory::ReservationReply),
        decoders!(hvlink_proto::memory::ExtentResult),
        decoders!(hvlink_proto::memory::PhysmapReq),
        decoders!(hvlink_proto::memory::PhysmapEntry),
        decoders!(hvlink_proto::memory::RemoveReq),
        decoders!(hvlink_proto::memory::DomReq),
        decoders!(hvlink_proto::memory::PagesReply),
        decoders!(hvlink_proto::memory::GpfnReply),
        decoders!(hvlink_proto::version::VersionReply),
        decoders!(hvlink_proto::version::ExtraversionReply),
        decoders!(hvlink_proto::version::CapabilitiesReply),
        decoders!(hvlink_proto::version::ChangesetReply),
        decoders!(hvlink_proto::version::FeaturesReq),
        decoders!(hvlink_proto::version::FeaturesReply),
        decoders!(hvlink_proto::version::PagesizeReply),
        decoders!(hvlink_proto::version::GuestHandleReply),
        decoders!(hvlink_proto::version::BuildIdReply),
        decoders!(hvlink_proto::grant_table::MapReq),
        decoders!(hvlink_proto::grant_table::MapEntry),
        decoders!(hvlink_proto::grant_table::MapReply),
        decoders!(hvlink_proto::grant_table::MapReplyEntry),
        decoders!(hvlink_proto::grant_table::UnmapReq),
        decoders!(hvlink_proto::grant_table::UnmapEntry),
        decoders!(hvlink_proto::grant_table::UnmapReply),
        decoders!(hvlink_proto::grant_table::EntryResult),
        decoders!(hvlink_proto::grant_table::FramesReq),
        decoders!(hvlink_proto::grant_table::FramesReply),
        decoders!(hvlink_proto::grant_table::CopyReq),
        decoders!(hvlink_proto::grant_table::CopyEntry),
        decoders!(hvlink_proto::grant_table::CopyReply),
        decoders!(hvlink_proto::grant_table::DomReq),
        decoders!(hvlink_proto::grant_table::QuerySizeReply),
        decoders!(hvlink_proto::grant_table::UnmapAndReplaceReq),
        decoders!(hvlink_proto::grant_table::StatusReply),
        decoders!(hvlink_proto::grant_table::SetVersionReq),
        decoders!(hvlink_proto::grant_table::VersionReply),
        decoders!(hvlink_proto::grant_table::SwapReq),
        decoders!(hvlink_proto::vcpu::VcpuReq),
        decoders!(hvlink_proto::vcpu::InitialiseReq),
        decoders!(hvlink_proto::vcpu::IsUpReply),
        decoders!(hvlink_proto::vcpu::RunstateReply),
        decoders!(hvlink_proto::vcpu::PhysAreaReq),
        decoders!(hvlink_proto::vcpu::PeriodicTimerReq),
        decoders!(hvlink_proto::vcpu::SingleshotTimerReq),
        decoders!(hvlink_proto::vcpu::VcpuInfoReq),
        decoders!(hvlink_proto::vcpu::PhysidReply),
        decoders!(hvlink_proto::sched::ShutdownReq),
        decoders!(hvlink_proto::sched::PollReq),
        decoders!(hvlink_proto::sched::RemoteShutdownReq),
        decoders!(hvlink_proto::sched::WatchdogReq),
        decoders!(hvlink_proto::sched::WatchdogReply),
        decoders!(hvlink_proto::sched::PinOverrideReq),
        decoders!(hvlink_proto::event_channel::AllocUnboundReq),
        decoders!(hvlink_proto::event_channel::PortReply),
        decoders!(hvlink_proto::event_channel::BindInterdomainReq),
        decoders!(hvlink_proto::event_channel::BindInterdomainReply),
        decoders!(hvlink_proto::event_channel::BindVirqReq),
        decoders!(hvlink_proto::event_channel::BindIpiReq),
        decoders!(hvlink_proto::event_channel::BindPirqReq),
        decoders!(hvlink_proto::event_channel::PortReq),
        decoders!(hvlink_proto::event_channel::StatusReq),
        decoders!(hvlink_proto::event_channel::StatusReply),
        decoders!(hvlink_proto::event_channel::BindVcpuReq),
        decoders!(hvlink_proto::event_channel::ResetReq),
        decoders!(hvlink_proto::event_channel::InitControlReq),
        decoders!(hvlink_proto::event_channel::InitControlReply),
        decoders!(hvlink_proto::event_channel::ExpandArrayReq),
        decoders!(hvlink_proto::event_channel::SetPriorityReq),
        decoders!(hvlink_proto::hvm::ParamReq),
        decoders!(hvlink_proto::hvm::SetParamReq),
        decoders!(hvlink_proto::hvm::ParamReply),
        decoders!(hvlink_proto::hvm::TimeReply),
        decoders!(hvlink_proto::hvm::MemTypeReq),
        decoders!(hvlink_proto::hvm::MemTypeReply),
        decoders!(hvlink_proto::hvm::UpcallVectorReq),
        decoders!(hvlink_proto::sysctl::ListReq),
        decoders!(hvlink_proto::sysctl::ListReply),
        decoders!(hvlink_proto::sysctl::ListEntry),
        decoders!(hvlink_proto::sysctl::PhysinfoReply),
        decoders!(hvlink_proto::sysctl::ConsoleReq),
        decoders!(hvlink_proto::sysctl::ConsoleReply),
        decoders!(hvlink_proto::domctl::CreateReq),
        decoders!(hvlink_proto::domctl::CreateReply),
        decoders!(hvlink_proto::domctl::DomReq),
        decoders!(hvlink_proto::domctl::QueryReq),
        decoders!(hvlink_proto::domctl::Info),
        decoders!(hvlink_proto::domctl::MaxVcpusReq),
        decoders!(hvlink_proto::domctl::MaxMemReq),
        decoders!(hvlink_proto::domctl::AffinityReq),
        decoders!(hvlink_proto::domctl::VcpuQueryReq),
        decoders!(hvlink_proto::domctl::AffinityReply),
        decoders!(hvlink_proto::domctl::VcpuinfoReply),
        decoders!(hvlink_proto::domctl::TimeOffsetReq),
        decoders!(hvlink_proto::domctl::SetTargetReq),
        decoders!(hvlink_proto::domctl::MempoolReq),
        decoders!(hvlink_proto::domctl::MempoolReply),
        decoders!(hvlink_proto::control::PingMsg),
        decoders!(hvlink_proto::control::GetFamilyReq),
        decoders!(hvlink_proto::control::GetFamilyReply),
        decoders!(hvlink_proto::control::FamilyInfo),
        decoders!(hvlink_proto::control::OpInfo),
        decoders!(hvlink_proto::control::GetPolicyReq),
        decoders!(hvlink_proto::control::GetPolicyReply),
        decoders!(hvlink_proto::control::PolicyEntry),
        decoders!(hvlink_proto::control::NegotiateMsg),
        decoders!(hvlink_proto::control::QueueSetupReq),
        decoders!(hvlink_proto::control::QueueSetupReply),
        decoders!(hvlink_proto::control::QueueReq),
        decoders!(hvlink_proto::control::CancelReq),
        decoders!(hvlink_proto::control::CancelReply),
        decoders!(rt::Empty),
    ];
    policy_agreement::check_all(&sets, 200);
}
