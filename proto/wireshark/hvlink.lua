-- Do not edit: generated from proto/spec/*.yaml and proto/compat/spec/v2/*.yaml by hvlink-proto-gen; regenerate with `cargo run -p hvlink-proto-gen`.
--
-- hvlink's Wireshark dissector (Lua, Wireshark 4.0 or newer).
--
-- Install: `hvlink wireshark --install` (copies this file into Wireshark's personal plugin
-- folder, ~/.local/lib/wireshark/plugins), or `hvlink wireshark > hvlink.lua` and
-- `tshark -X lua_script:hvlink.lua -r capture.pcap`.
--
-- hvlink captures (`--pcap`) start with one nlctrl NEWFAMILY record per family; Wireshark's
-- generic netlink dissector learns the family names from them and hands each family's
-- messages to the dissector this file registers for it (dissector table `genl.family`).
--
-- Field names (for filters and `tshark -T fields -e ...`):
--   hvlink.family, hvlink.op, hvlink.kind (request / reply / reply part), hvlink.cmd,
--   hvlink.version, hvlink.reserved                      every family message
--   hvlink.<family>.<attribute-set>.<attribute>           every attribute, by its spec name
--                                                         (kebab-case as snake_case); a nest
--                                                         is a subtree of its set's fields
--   hvlink.<family>.<definition>.<entry>                  each entry of a flags value
--   hvlink.attr.len, .type, .nested, .must_understand     each attribute's header
--   hvlink.unknown                                        an attribute the spec lacks
--   hvlink.regs.rax ... hvlink.regs.r12, hvlink.regs.family, hvlink.regs.status,
--   hvlink.regs.blocked                                   register-call records (hvlink_regs);
--                                                         the op's fields under its own names
--   hvlink.domain, hvlink.queue, hvlink.direction, hvlink.flags (.request, .multi, .ack,
--   .progress, .capped, .ack_tlvs), hvlink.seq, hvlink.port
--                                                         every record (post-dissector)
--   hvlink.error.status, .msg, .offset, .attribute, .cookie, .policy, .missing_type,
--   .missing_nest, .missing, .capped, .request.len, .request.type, .request.op
--                                                         an ERROR and its extended ack

local SPEC = {
  { name = "memory", id = 12, msg_type = 268, version = 2, doc = "The guest-physical memory map and reservation sizes of a domain. The map comes back as a list of E820-style ranges in the reply itself - unlike Xen, which writes it to a caller-supplied buffer, hvlink never writes guest memory outside the rings. Version 2 adds the reservation ops a toolstack builds a domain with and a balloon driver uses (increase_reservation, decrease_reservation, populate_physmap, add_to_physmap_batch, remove_from_physmap): their extent lists travel in the message (no guest pointers), each extent gets its own status, and big lists run as continuations. Sub-op numbers are Xen's XENMEM_* values (xen/include/public/memory.h).",
    defs = {
      ["e820-type"] = { flags = false, entries = {
        { "ram", 1, "Usable RAM." },
        { "reserved", 2, "Reserved; do not use." },
        { "acpi", 3, "ACPI tables; reclaimable after they are read." },
        { "nvs", 4, "ACPI non-volatile storage; preserve across sleep." },
        { "unusable", 5, "Memory with detected errors." },
        { "disabled", 6, "Disabled memory." },
        { "pmem", 7, "Persistent memory." },
      } },
      ["extent-status"] = { flags = false, entries = {
        { "okay", 0, "Done." },
        { "enoent", -2, "Nothing there (decrease of a frame that is not populated; a foreign frame that is not)." },
        { "esrch", -3, "The domain (or the foreign domain) is gone or dying." },
        { "enomem", -12, "Over the domain's max_mem, or the host is out of memory." },
        { "eexist", -17, "Already populated." },
        { "einval", -22, "Frame out of range, or not aligned to the extent order." },
        { "cancelled", -128, "Not attempted: an earlier entry failed (ordered mode), the request was cancelled, or its domain was destroyed mid-batch." },
      } },
      ["extent-mode"] = { flags = false, entries = {
        { "independent", 0, "Every extent is attempted and reports its own status." },
        { "ordered", 1, "Extents run in order and stop at the first failure; the rest report cancelled (Xen's semantics: it stops at the first failure)." },
      } },
      ["mapspace"] = { flags = false, entries = {
        { "gmfn", 2, "A frame of the domain itself, moved to the new place." },
        { "gmfn-foreign", 4, "A frame of the foreign domain (a toolstack or device model mapping its target)." },
      } },
    },
    sets = {
      ["memory-map-req"] = {
        { id = 1, name = "max-entries", type = "u32", doc = "Most ranges the caller wants back (Xen's nr_entries on input)." },
      },
      ["memory-map-reply"] = {
        { id = 1, name = "total", type = "u32", doc = "Number of ranges in the whole map; more than the entries returned means it was cut short." },
        { id = 2, name = "entry", type = "nest", nested = "e820-entry", repeated = true, doc = "One range, in ascending address order." },
      },
      ["e820-entry"] = {
        { id = 1, name = "addr", type = "u64", doc = "Guest-physical start address." },
        { id = 2, name = "size", type = "u64", doc = "Length in bytes." },
        { id = 3, name = "type", type = "u32", enum = "e820-type", doc = "What the range is." },
      },
      ["reservation-req"] = {
        { id = 1, name = "domid", type = "u16", doc = "Domain whose reservation changes; DOMID_SELF (0x7FF0) for the caller." },
        { id = 2, name = "extent-order", type = "u8", doc = "log2 of the pages in each extent (0: 4 KiB, 9: 2 MiB)." },
        { id = 3, name = "gpfn", type = "u64", doc = "Guest frame of the one extent." },
        { id = 4, name = "mode", type = "u8", enum = "extent-mode", must_understand = true, doc = "Batch semantics." },
        { id = 5, name = "extent", type = "nest", nested = "extent", repeated = true, doc = "One extent of the batch." },
      },
      ["extent"] = {
        { id = 1, name = "gpfn", type = "u64", doc = "Guest frame where the extent starts (aligned to the extent order)." },
      },
      ["reservation-reply"] = {
        { id = 1, name = "status", type = "s16", enum = "extent-status", doc = "Result of the extent." },
        { id = 2, name = "entry", type = "nest", nested = "extent-result", repeated = true, doc = "Result of one extent." },
      },
      ["extent-result"] = {
        { id = 1, name = "index", type = "u32", doc = "Position of the extent in the request (0-based)." },
        { id = 2, name = "status", type = "s16", enum = "extent-status", doc = "Result of this extent." },
      },
      ["physmap-req"] = {
        { id = 1, name = "domid", type = "u16", doc = "Domain whose physmap changes; DOMID_SELF (0x7FF0) for the caller." },
        { id = 2, name = "space", type = "u32", enum = "mapspace", doc = "Where the frames come from." },
        { id = 3, name = "foreign-domid", type = "u16", doc = "The foreign domain (gmfn-foreign only; DOMID_INVALID otherwise)." },
        { id = 4, name = "idx", type = "u64", doc = "Frame in the source space." },
        { id = 5, name = "gpfn", type = "u64", doc = "Guest frame where it appears." },
        { id = 6, name = "mode", type = "u8", enum = "extent-mode", must_understand = true, doc = "Batch semantics." },
        { id = 7, name = "entry", type = "nest", nested = "physmap-entry", repeated = true, doc = "One frame of the batch." },
      },
      ["physmap-entry"] = {
        { id = 1, name = "idx", type = "u64", doc = "Frame in the source space." },
        { id = 2, name = "gpfn", type = "u64", doc = "Guest frame where it appears." },
      },
      ["remove-req"] = {
        { id = 1, name = "domid", type = "u16", doc = "Domain whose physmap changes; DOMID_SELF (0x7FF0) for the caller." },
        { id = 2, name = "gpfn", type = "u64", doc = "Guest frame whose mapping goes." },
      },
      ["dom-req"] = {
        { id = 1, name = "dom", type = "u16", doc = "Domain; DOMID_SELF (0x7FF0) for the caller." },
      },
      ["pages-reply"] = {
        { id = 1, name = "pages", type = "u64", doc = "Number of pages." },
      },
      ["gpfn-reply"] = {
        { id = 1, name = "gpfn", type = "u64", doc = "Highest guest frame number in use." },
      },
    },
    ops = {
      { id = 0, name = "increase_reservation", request = "reservation-req", reply = "reservation-reply", regs_in = { rsi = "domid", r8 = "extent-order", r9 = "gpfn" }, regs_out = { r12 = "status" }, doc = "Give a domain more memory, one extent at each gpfn (a balloon driver deflating; every hvlink guest is translated, so the extent is also mapped)." },
      { id = 1, name = "decrease_reservation", request = "reservation-req", reply = "reservation-reply", regs_in = { rsi = "domid", r8 = "extent-order", r9 = "gpfn" }, regs_out = { r12 = "status" }, doc = "Take extents away from a domain (a balloon driver inflating); the pages stop counting against max_mem." },
      { id = 3, name = "current_reservation", request = "dom-req", reply = "pages-reply", regs_in = { rsi = "dom" }, regs_out = { rsi = "pages" }, doc = "Report how many pages a domain currently has." },
      { id = 4, name = "maximum_reservation", request = "dom-req", reply = "pages-reply", regs_in = { rsi = "dom" }, regs_out = { rsi = "pages" }, doc = "Report how many pages a domain may have at most." },
      { id = 6, name = "populate_physmap", request = "reservation-req", reply = "reservation-reply", regs_in = { rsi = "domid", r8 = "extent-order", r9 = "gpfn" }, regs_out = { r12 = "status" }, doc = "Back guest frames of a domain with memory (how a toolstack builds a domain), counted against its max_mem." },
      { id = 23, name = "add_to_physmap_batch", request = "physmap-req", reply = "reservation-reply", regs_in = { rsi = "domid", r8 = "space", r9 = "foreign-domid", r10 = "idx", r11 = "gpfn" }, regs_out = { r12 = "status" }, doc = "Map frames into a domain's physmap - its own, or a foreign domain's (a toolstack or device model mapping guest memory)." },
      { id = 15, name = "remove_from_physmap", request = "remove-req", reply = nil, regs_in = { rsi = "domid", r8 = "gpfn" }, regs_out = {  }, doc = "Remove the mapping at a guest frame: a foreign frame add_to_physmap_batch mapped (the owner's reference drops), or one of the domain's own (freed, as decrease_reservation)." },
      { id = 9, name = "memory_map", request = "memory-map-req", reply = "memory-map-reply", doc = "Report the domain's guest-physical memory map as set by the toolstack." },
      { id = 14, name = "maximum_gpfn", request = "dom-req", reply = "gpfn-reply", regs_in = { rsi = "dom" }, regs_out = { rsi = "gpfn" }, doc = "Report the highest guest frame number a domain uses." },
    },
  },
  { name = "version", id = 17, msg_type = 273, version = 1, doc = "What hypervisor the guest runs on - its version, feature bitmaps, page size, build strings and the handle the toolstack gave the domain. Everything here is read-only information about the caller's own environment, so guest userspace may ask (logical); a host may still refuse build details to unprivileged domains. Strings come back whole, as Xen's *2 variants return them, bounded by max-len instead of truncated to a C array. Sub-op numbers are Xen's XENVER_* values and the register layout is the FastABI RFC's.",
    defs = {
      ["xen-features"] = { flags = true, entries = {
        { "writable-page-tables", 1, "PV page tables may be written directly." },
        { "writable-descriptor-tables", 2, "PV descriptor tables may be written directly." },
        { "auto-translated-physmap", 4, "The guest sees a translated (guest-physical) address space." },
        { "supervisor-mode-kernel", 8, "The guest kernel runs in ring 0." },
        { "pae-pgdir-above-4gb", 16, "PAE page directories may live above 4 GiB." },
        { "mmu-pt-update-preserve-ad", 32, "MMU_PT_UPDATE_PRESERVE_AD is supported." },
        { "highmem-assist", 64, "MMUEXT clear/copy page are supported." },
        { "gnttab-map-avail-bits", 128, "Grant maps honour guest-available PTE bits." },
        { "hvm-callback-vector", 256, "Event upcalls can be delivered on a vector." },
        { "hvm-safe-pvclock", 512, "The PV clock is safe to use in HVM guests." },
        { "hvm-pirqs", 1024, "HVM guests may use PIRQs." },
        { "dom0", 2048, "The domain may operate as the control domain." },
        { "memory-op-vnode-supported", 8192, "Memory ops accept a virtual NUMA node." },
        { "arm-smccc-supported", 16384, "Arm: the hypervisor supports the SMC calling convention." },
        { "linux-rsdp-unrestricted", 32768, "PVH: the ACPI RSDP may be placed anywhere." },
        { "not-direct-mapped", 65536, "Guest frames are not mapped 1:1 to machine frames." },
        { "direct-mapped", 131072, "Guest frames are mapped 1:1 to machine frames." },
        { "runstate-phys-area", 262144, "register_runstate_phys_area is available." },
        { "vcpu-time-phys-area", 524288, "register_vcpu_time_phys_area is available." },
      } },
    },
    sets = {
      ["version-reply"] = {
        { id = 1, name = "major", type = "u16", doc = "Major version." },
        { id = 2, name = "minor", type = "u16", doc = "Minor version." },
      },
      ["extraversion-reply"] = {
        { id = 1, name = "extraversion", type = "string", doc = "Version suffix, e.g. \".2-pre\"." },
      },
      ["capabilities-reply"] = {
        { id = 1, name = "capabilities", type = "string", doc = "Space-separated guest types the hypervisor can run (e.g. \"hvm-3.0-x86_64\")." },
      },
      ["changeset-reply"] = {
        { id = 1, name = "changeset", type = "string", doc = "Source revision the hypervisor was built from." },
      },
      ["features-req"] = {
        { id = 1, name = "submap-idx", type = "u32", doc = "Which 32-bit feature submap to return (only 0 is defined)." },
      },
      ["features-reply"] = {
        { id = 1, name = "submap", type = "u32", enum = "xen-features", doc = "The feature bits of that submap." },
      },
      ["pagesize-reply"] = {
        { id = 1, name = "page-size", type = "u32", doc = "Host page size in bytes." },
      },
      ["guest-handle-reply"] = {
        { id = 1, name = "handle", type = "binary", doc = "Handle the toolstack gave the domain (normally its UUID)." },
      },
      ["build-id-reply"] = {
        { id = 1, name = "build-id", type = "binary", doc = "Build id of the hypervisor binary." },
      },
    },
    ops = {
      { id = 0, name = "version", request = nil, reply = "version-reply", regs_in = {  }, regs_out = { rsi = "major", r8 = "minor" }, doc = "Report the hypervisor's major and minor version." },
      { id = 1, name = "extraversion", request = nil, reply = "extraversion-reply", doc = "Report the version suffix (untruncated, as XENVER_extraversion2)." },
      { id = 3, name = "capabilities", request = nil, reply = "capabilities-reply", doc = "Report the guest types the hypervisor can run (untruncated, as XENVER_capabilities2)." },
      { id = 4, name = "changeset", request = nil, reply = "changeset-reply", doc = "Report the source revision (untruncated, as XENVER_changeset2)." },
      { id = 6, name = "get_features", request = "features-req", reply = "features-reply", regs_in = { rsi = "submap-idx" }, regs_out = { r8 = "submap" }, doc = "Report one 32-bit submap of feature flags." },
      { id = 7, name = "pagesize", request = nil, reply = "pagesize-reply", regs_in = {  }, regs_out = { rsi = "page-size" }, doc = "Report the host page size." },
      { id = 8, name = "guest_handle", request = nil, reply = "guest-handle-reply", doc = "Report the handle the toolstack gave this domain." },
      { id = 10, name = "build_id", request = nil, reply = "build-id-reply", doc = "Report the build id of the hypervisor." },
    },
  },
  { name = "grant_table", id = 20, msg_type = 276, version = 1, doc = "Grant tables let a domain share its pages with another: the granting domain writes an entry (peer domain, frame, flags) in its table, and the peer maps the entry with its grant reference, copies through it, and unmaps it again. Map, unmap and copy are batches, as in Xen: one request carries up to a bounded number of entries, each answered with its own GNTST_* status, and a mode chooses whether the entries are independent, stop at the first failure, or (for map) succeed or fail together. Map and unmap also have a single-entry form that a FastABI register call carries, so both paths reach one handler. No op takes a guest virtual address: host-addr is always guest-physical. Sub-op numbers are Xen's GNTTABOP_* values.",
    defs = {
      ["gntmap-flags"] = { flags = true, entries = {
        { "device-map", 1, "Map for device access; the reply carries dev-bus-addr." },
        { "host-map", 2, "Map for CPU access at host-addr." },
        { "readonly", 4, "Restrict the mapping to read-only access." },
        { "application-map", 8, "The host mapping is usable by guest userspace too." },
        { "contains-pte", 16, "host-addr names a PTE (PV only; hvlink hosts reject it)." },
        { "can-fail", 32, "The mapping may fail without the entry being marked bad." },
        { "guest-avail-mask", 4294901760, "Bits copied into guest-available PTE bits (XENFEAT_gnttab_map_avail_bits)." },
      } },
      ["gntst"] = { flags = false, entries = {
        { "okay", 0, "The entry succeeded." },
        { "general-error", -1, "Undefined error." },
        { "bad-domain", -2, "Unrecognised domain id." },
        { "bad-gntref", -3, "Unrecognised or inappropriate grant reference." },
        { "bad-handle", -4, "Unrecognised or inappropriate mapping handle." },
        { "bad-virt-addr", -5, "Inappropriate address to map." },
        { "bad-dev-addr", -6, "Inappropriate device address to unmap." },
        { "no-device-space", -7, "Out of space in the I/O MMU." },
        { "permission-denied", -8, "Not enough privilege for the operation." },
        { "bad-page", -9, "The page was invalid for the operation." },
        { "bad-copy-arg", -10, "Copy arguments cross a page boundary." },
        { "address-too-big", -11, "Page address too large for the operation." },
        { "eagain", -12, "Operation not done; try again." },
        { "no-space", -13, "Out of space (maptrack handles and the like)." },
        { "cancelled", -128, "hvlink extension: not attempted or rolled back because of an earlier failure (ordered/atomic mode) or a cancel." },
      } },
      ["gntcopy-flags"] = { flags = true, entries = {
        { "source-gref", 1, "The source is a grant reference (source-ref) rather than a frame (source-gfn)." },
        { "dest-gref", 2, "The destination is a grant reference (dest-ref) rather than a frame (dest-gfn)." },
        { "can-fail", 4, "The copy may fail without the grant being marked bad." },
      } },
      ["map-mode"] = { flags = false, entries = {
        { "independent", 0, "Every entry is attempted; each reports its own status." },
        { "ordered", 1, "Entries run in order and stop at the first failure; the rest report cancelled." },
        { "atomic", 2, "All entries are mapped or none; on failure the mapped ones are undone and report cancelled." },
      } },
      ["batch-mode"] = { flags = false, entries = {
        { "independent", 0, "Every entry is attempted; each reports its own status." },
        { "ordered", 1, "Entries run in order and stop at the first failure; the rest report cancelled." },
      } },
    },
    sets = {
      ["map-req"] = {
        { id = 1, name = "dom", type = "u16", doc = "Domain that granted the reference." },
        { id = 2, name = "ref", type = "u32", doc = "Grant reference in dom's table." },
        { id = 3, name = "flags", type = "u32", enum = "gntmap-flags", doc = "How to map." },
        { id = 4, name = "host-addr", type = "u64", doc = "Guest-physical address to map the frame at (host-map); never a virtual address." },
        { id = 5, name = "mode", type = "u8", enum = "map-mode", must_understand = true, doc = "Batch semantics; a host that ignored it could break atomic callers." },
        { id = 6, name = "entry", type = "nest", nested = "map-entry", repeated = true, doc = "One mapping of the batch; reply entries refer to it by position." },
      },
      ["map-entry"] = {
        { id = 1, name = "dom", type = "u16", doc = "Domain that granted the reference." },
        { id = 2, name = "ref", type = "u32", doc = "Grant reference in dom's table." },
        { id = 3, name = "flags", type = "u32", enum = "gntmap-flags", doc = "How to map." },
        { id = 4, name = "host-addr", type = "u64", doc = "Guest-physical address to map the frame at (host-map)." },
      },
      ["map-reply"] = {
        { id = 1, name = "status", type = "s16", enum = "gntst", doc = "Result of the mapping." },
        { id = 2, name = "handle", type = "u32", doc = "Tracking handle to present to unmap." },
        { id = 3, name = "dev-bus-addr", type = "u64", doc = "Address devices use to reach the frame (device-map only)." },
        { id = 4, name = "entry", type = "nest", nested = "map-reply-entry", repeated = true, doc = "Result of one request entry." },
      },
      ["map-reply-entry"] = {
        { id = 1, name = "index", type = "u32", doc = "Position of the request entry (0-based), so partial and resumed replies stay unambiguous." },
        { id = 2, name = "status", type = "s16", enum = "gntst", doc = "Result of this entry." },
        { id = 3, name = "handle", type = "u32", doc = "Tracking handle to present to unmap." },
        { id = 4, name = "dev-bus-addr", type = "u64", doc = "Address devices use to reach the frame (device-map only)." },
      },
      ["unmap-req"] = {
        { id = 1, name = "host-addr", type = "u64", doc = "Guest-physical address of the host mapping to remove; 0 to leave it." },
        { id = 2, name = "dev-bus-addr", type = "u64", doc = "Device address of the mapping to remove; 0 to leave it." },
        { id = 3, name = "handle", type = "u32", doc = "Handle returned by map_grant_ref." },
        { id = 4, name = "mode", type = "u8", enum = "batch-mode", must_understand = true, doc = "Batch semantics." },
        { id = 5, name = "entry", type = "nest", nested = "unmap-entry", repeated = true, doc = "One unmapping of the batch." },
      },
      ["unmap-entry"] = {
        { id = 1, name = "host-addr", type = "u64", doc = "Guest-physical address of the host mapping to remove; 0 to leave it." },
        { id = 2, name = "dev-bus-addr", type = "u64", doc = "Device address of the mapping to remove; 0 to leave it." },
        { id = 3, name = "handle", type = "u32", doc = "Handle returned by map_grant_ref." },
      },
      ["unmap-reply"] = {
        { id = 1, name = "status", type = "s16", enum = "gntst", doc = "Result of the unmapping." },
        { id = 2, name = "entry", type = "nest", nested = "entry-result", repeated = true, doc = "Result of one request entry." },
      },
      ["entry-result"] = {
        { id = 1, name = "index", type = "u32", doc = "Position of the request entry (0-based)." },
        { id = 2, name = "status", type = "s16", enum = "gntst", doc = "Result of this entry." },
      },
      ["frames-req"] = {
        { id = 1, name = "dom", type = "u16", doc = "Domain whose table is meant; DOMID_SELF (0x7FF0) for the caller." },
        { id = 2, name = "nr-frames", type = "u32", doc = "Number of frames wanted." },
      },
      ["frames-reply"] = {
        { id = 1, name = "status", type = "s16", enum = "gntst", doc = "Result of the operation." },
        { id = 2, name = "frame", type = "u64", repeated = true, doc = "One frame number of the table, in table order." },
      },
      ["copy-req"] = {
        { id = 1, name = "mode", type = "u8", enum = "batch-mode", must_understand = true, doc = "Batch semantics." },
        { id = 2, name = "entry", type = "nest", nested = "copy-entry", repeated = true, doc = "One copy of the batch." },
      },
      ["copy-entry"] = {
        { id = 1, name = "source-ref", type = "u32", doc = "Source grant reference (with source-gref; exclusive with source-gfn)." },
        { id = 2, name = "source-gfn", type = "u64", doc = "Source guest frame of the caller (without source-gref)." },
        { id = 3, name = "source-dom", type = "u16", doc = "Domain owning the source." },
        { id = 4, name = "source-offset", type = "u16", doc = "Byte offset in the source frame." },
        { id = 5, name = "dest-ref", type = "u32", doc = "Destination grant reference (with dest-gref; exclusive with dest-gfn)." },
        { id = 6, name = "dest-gfn", type = "u64", doc = "Destination guest frame of the caller (without dest-gref)." },
        { id = 7, name = "dest-dom", type = "u16", doc = "Domain owning the destination." },
        { id = 8, name = "dest-offset", type = "u16", doc = "Byte offset in the destination frame." },
        { id = 9, name = "len", type = "u16", doc = "Bytes to copy; neither side may cross its page boundary." },
        { id = 10, name = "flags", type = "u16", enum = "gntcopy-flags", doc = "What source and destination name." },
      },
      ["copy-reply"] = {
        { id = 1, name = "entry", type = "nest", nested = "entry-result", repeated = true, doc = "Result of one request entry." },
      },
      ["dom-req"] = {
        { id = 1, name = "dom", type = "u16", doc = "Domain; DOMID_SELF (0x7FF0) for the caller." },
      },
      ["query-size-reply"] = {
        { id = 1, name = "nr-frames", type = "u32", doc = "Current number of frames of the table." },
        { id = 2, name = "max-nr-frames", type = "u32", doc = "Largest number of frames the table may grow to." },
        { id = 3, name = "status", type = "s16", enum = "gntst", doc = "Result of the query." },
      },
      ["unmap-and-replace-req"] = {
        { id = 1, name = "host-addr", type = "u64", doc = "Guest-physical address of the grant mapping to remove." },
        { id = 2, name = "new-addr", type = "u64", doc = "Guest-physical address whose mapping moves to host-addr; 0 for none." },
        { id = 3, name = "handle", type = "u32", doc = "Handle of the mapping." },
      },
      ["status-reply"] = {
        { id = 1, name = "status", type = "s16", enum = "gntst", doc = "Result of the operation." },
      },
      ["set-version-req"] = {
        { id = 1, name = "version", type = "u32", doc = "Grant table format wanted (1 or 2); only before any grant is active." },
      },
      ["version-reply"] = {
        { id = 1, name = "version", type = "u32", doc = "Grant table format in effect." },
      },
      ["swap-req"] = {
        { id = 1, name = "ref-a", type = "u32", doc = "First grant reference of the caller's table." },
        { id = 2, name = "ref-b", type = "u32", doc = "Second grant reference of the caller's table." },
      },
    },
    ops = {
      { id = 0, name = "map_grant_ref", request = "map-req", reply = "map-reply", regs_in = { rsi = "dom", r8 = "host-addr", r9 = "flags", r10 = "ref" }, regs_out = { r11 = "handle", r12 = "status" }, doc = "Map granted frames of other domains (one entry or a batch, each with its own status)." },
      { id = 1, name = "unmap_grant_ref", request = "unmap-req", reply = "unmap-reply", regs_in = { r8 = "host-addr", r11 = "handle" }, regs_out = { r12 = "status" }, doc = "Remove mappings made by map_grant_ref (one entry or a batch)." },
      { id = 2, name = "setup_table", request = "frames-req", reply = "frames-reply", doc = "Set up a grant table of at least nr-frames frames and list its frames." },
      { id = 5, name = "copy", request = "copy-req", reply = "copy-reply", doc = "Copy bytes between granted and local frames (a batch, each entry with its own status)." },
      { id = 6, name = "query_size", request = "dom-req", reply = "query-size-reply", regs_in = {  }, regs_out = { rsi = "nr-frames", r8 = "max-nr-frames", r12 = "status" }, doc = "Report the current and maximum size of a grant table." },
      { id = 7, name = "unmap_and_replace", request = "unmap-and-replace-req", reply = "status-reply", regs_in = { r8 = "host-addr", r9 = "new-addr", r11 = "handle" }, regs_out = { r12 = "status" }, doc = "Remove a grant mapping and move another mapping into its place." },
      { id = 8, name = "set_version", request = "set-version-req", reply = "version-reply", regs_in = { rsi = "version" }, regs_out = { rsi = "version" }, doc = "Choose the grant table format (before any grant is active)." },
      { id = 9, name = "get_status_frames", request = "frames-req", reply = "frames-reply", doc = "List the frames holding the status words of a version-2 grant table." },
      { id = 10, name = "get_version", request = "dom-req", reply = "version-reply", regs_in = {  }, regs_out = { rsi = "version" }, doc = "Report the grant table format in effect for a domain." },
      { id = 11, name = "swap_grant_ref", request = "swap-req", reply = "status-reply", regs_in = { rsi = "ref-a", r8 = "ref-b" }, regs_out = { r12 = "status" }, doc = "Swap the contents of two entries of the caller's grant table." },
    },
  },
  { name = "vcpu", id = 24, msg_type = 280, version = 1, doc = "Bring vCPUs of the calling domain up and down, program their one-shot and periodic timers, read how long they spent in each run state, and register the guest-physical areas where the host publishes per-vCPU information. Every op names its vCPU explicitly, so the ops work from a ring as well as from the vCPU itself; areas are always given by guest-physical address (the virtual-address variants register_runstate_memory_area and register_vcpu_time_memory_area are deliberately absent). Sub-op numbers are Xen's VCPUOP_* values and the register layout is the FastABI RFC's.",
    defs = {
      ["runstate"] = { flags = false, entries = {
        { "running", 0, "Running on a physical CPU." },
        { "runnable", 1, "Runnable but not scheduled." },
        { "blocked", 2, "Blocked (idle); not runnable." },
        { "offline", 3, "Neither runnable nor blocked (down or paused)." },
      } },
      ["singleshot-flags"] = { flags = true, entries = {
        { "future", 1, "Fail with ETIME if the deadline has already passed." },
      } },
    },
    sets = {
      ["vcpu-req"] = {
        { id = 1, name = "vcpu", type = "u32", doc = "vCPU id." },
      },
      ["initialise-req"] = {
        { id = 1, name = "vcpu", type = "u32", doc = "vCPU id." },
        { id = 2, name = "context-gfn", type = "u64", doc = "Guest frame holding the initial register context (replaces Xen's pointer argument)." },
      },
      ["is-up-reply"] = {
        { id = 1, name = "up", type = "u8", doc = "1 if the vCPU is up, 0 if it is down." },
      },
      ["runstate-reply"] = {
        { id = 1, name = "state", type = "s32", enum = "runstate", doc = "Current state." },
        { id = 2, name = "state-entry-time", type = "u64", doc = "System time (ns) at which the current state was entered." },
        { id = 3, name = "time-running", type = "u64", doc = "Nanoseconds spent running." },
        { id = 4, name = "time-runnable", type = "u64", doc = "Nanoseconds spent runnable but not running." },
        { id = 5, name = "time-blocked", type = "u64", doc = "Nanoseconds spent blocked." },
        { id = 6, name = "time-offline", type = "u64", doc = "Nanoseconds spent offline." },
      },
      ["phys-area-req"] = {
        { id = 1, name = "vcpu", type = "u32", doc = "vCPU id." },
        { id = 2, name = "gpa", type = "u64", doc = "Guest-physical address of the area (must not cross a page boundary)." },
      },
      ["periodic-timer-req"] = {
        { id = 1, name = "vcpu", type = "u32", doc = "vCPU id." },
        { id = 2, name = "period-ns", type = "u64", doc = "Timer period in nanoseconds (periods under 1 ms may be refused)." },
      },
      ["singleshot-timer-req"] = {
        { id = 1, name = "vcpu", type = "u32", doc = "vCPU id." },
        { id = 2, name = "timeout-abs-ns", type = "u64", doc = "Absolute system time (ns) at which the timer fires." },
        { id = 3, name = "flags", type = "u32", enum = "singleshot-flags", doc = "Timer flags." },
      },
      ["vcpu-info-req"] = {
        { id = 1, name = "vcpu", type = "u32", doc = "vCPU id." },
        { id = 2, name = "gfn", type = "u64", doc = "Guest frame holding the vcpu_info structure (Xen's mfn field)." },
        { id = 3, name = "offset", type = "u32", doc = "Byte offset of vcpu_info inside that frame." },
      },
      ["physid-reply"] = {
        { id = 1, name = "phys-id", type = "u64", doc = "Physical CPU id (x86 - APIC id in bits 0..31, ACPI id in bits 32..63)." },
      },
    },
    ops = {
      { id = 0, name = "initialise", request = "initialise-req", reply = nil, regs_in = { rsi = "vcpu", r8 = "context-gfn" }, regs_out = {  }, doc = "Initialise a vCPU from a register context in a guest frame (once per vCPU)." },
      { id = 1, name = "up", request = "vcpu-req", reply = nil, regs_in = { rsi = "vcpu" }, regs_out = {  }, doc = "Make an initialised vCPU runnable." },
      { id = 2, name = "down", request = "vcpu-req", reply = nil, regs_in = { rsi = "vcpu" }, regs_out = {  }, doc = "Make a vCPU non-runnable (may return before it stops, unless it is the caller)." },
      { id = 3, name = "is_up", request = "vcpu-req", reply = "is-up-reply", regs_in = { rsi = "vcpu" }, regs_out = { rsi = "up" }, doc = "Tell whether a vCPU is up." },
      { id = 4, name = "get_runstate_info", request = "vcpu-req", reply = "runstate-reply", regs_in = { rsi = "vcpu" }, regs_out = { rsi = "state", r8 = "state-entry-time", r9 = "time-running", r10 = "time-runnable", r11 = "time-blocked", r12 = "time-offline" }, doc = "Report a vCPU's state and the time it spent in each state." },
      { id = 6, name = "set_periodic_timer", request = "periodic-timer-req", reply = nil, regs_in = { rsi = "vcpu", r8 = "period-ns" }, regs_out = {  }, doc = "Start or reprogram a vCPU's periodic timer." },
      { id = 7, name = "stop_periodic_timer", request = "vcpu-req", reply = nil, regs_in = { rsi = "vcpu" }, regs_out = {  }, doc = "Stop a vCPU's periodic timer." },
      { id = 8, name = "set_singleshot_timer", request = "singleshot-timer-req", reply = nil, regs_in = { rsi = "vcpu", r8 = "timeout-abs-ns", r9 = "flags" }, regs_out = {  }, doc = "Arm a vCPU's one-shot timer at an absolute system time." },
      { id = 9, name = "stop_singleshot_timer", request = "vcpu-req", reply = nil, regs_in = { rsi = "vcpu" }, regs_out = {  }, doc = "Cancel a vCPU's one-shot timer." },
      { id = 10, name = "register_vcpu_info", request = "vcpu-info-req", reply = nil, regs_in = { rsi = "vcpu", r8 = "gfn", r9 = "offset" }, regs_out = {  }, doc = "Move a vCPU's vcpu_info structure to a guest frame." },
      { id = 11, name = "send_nmi", request = "vcpu-req", reply = nil, regs_in = { rsi = "vcpu" }, regs_out = {  }, doc = "Send an NMI to a vCPU." },
      { id = 12, name = "get_physid", request = "vcpu-req", reply = "physid-reply", regs_in = { rsi = "vcpu" }, regs_out = { r8 = "phys-id" }, doc = "Report the physical CPU id behind a vCPU (hardware domain only)." },
      { id = 14, name = "register_runstate_phys_area", request = "phys-area-req", reply = nil, regs_in = { rsi = "vcpu", r8 = "gpa" }, regs_out = {  }, doc = "Publish a vCPU's runstate information at a guest-physical address." },
      { id = 15, name = "register_vcpu_time_phys_area", request = "phys-area-req", reply = nil, regs_in = { rsi = "vcpu", r8 = "gpa" }, regs_out = {  }, doc = "Publish a vCPU's time information at a guest-physical address." },
    },
  },
  { name = "sched", id = 29, msg_type = 285, version = 1, doc = "Yield, block and poll, shut the domain down, latch a shutdown code, and drive domain watchdogs. Through a FastABI register call yield, block and poll act on the calling vCPU exactly as in Xen. On a ring there is no calling vCPU, so they become continuations that wait without stopping any vCPU - block completes once an event is pending for the domain, poll once one of its ports is pending or its timeout passed, and yield completes at once. Sub-op numbers are Xen's SCHEDOP_* values and the register layout is the FastABI RFC's.",
    defs = {
      ["shutdown-reason"] = { flags = false, entries = {
        { "poweroff", 0, "Exited normally; clean up and destroy." },
        { "reboot", 1, "Clean up and destroy; then restart." },
        { "suspend", 2, "Clean up and save suspend information; then destroy." },
        { "crash", 3, "The domain crashed." },
        { "watchdog", 4, "A domain watchdog expired; restart." },
        { "soft-reset", 5, "Reset hypervisor state of the domain but keep memory and vCPU contexts." },
      } },
    },
    sets = {
      ["shutdown-req"] = {
        { id = 1, name = "reason", type = "u32", enum = "shutdown-reason", doc = "Shutdown reason." },
      },
      ["poll-req"] = {
        { id = 1, name = "timeout", type = "u64", doc = "Absolute system time (ns) after which the poll completes anyway; 0 waits forever." },
        { id = 2, name = "port", type = "u32", repeated = true, doc = "Event channel port to wait on (a register call carries exactly one)." },
      },
      ["remote-shutdown-req"] = {
        { id = 1, name = "dom", type = "u16", doc = "Domain to shut down." },
        { id = 2, name = "reason", type = "u32", enum = "shutdown-reason", doc = "Shutdown reason." },
      },
      ["watchdog-req"] = {
        { id = 1, name = "id", type = "u32", doc = "Watchdog id; 0 creates a new watchdog." },
        { id = 2, name = "timeout", type = "u32", doc = "Seconds until the domain is shut down; 0 with a non-zero id destroys the watchdog." },
      },
      ["watchdog-reply"] = {
        { id = 1, name = "id", type = "u32", doc = "Id of the watchdog created (only when the request's id was 0)." },
      },
      ["pin-override-req"] = {
        { id = 1, name = "pcpu", type = "s32", doc = "Physical CPU to pin the calling vCPU to; negative undoes the override." },
      },
    },
    ops = {
      { id = 0, name = "yield", request = nil, reply = nil, regs_in = {  }, regs_out = {  }, doc = "Give up the physical CPU voluntarily (on a ring - completes at once)." },
      { id = 1, name = "block", request = nil, reply = nil, regs_in = {  }, regs_out = {  }, doc = "Wait until an event is pending (register call - the calling vCPU blocks; ring - a continuation)." },
      { id = 2, name = "shutdown", request = "shutdown-req", reply = nil, regs_in = { rsi = "reason" }, regs_out = {  }, doc = "Stop the whole domain and tell the toolstack why." },
      { id = 3, name = "poll", request = "poll-req", reply = nil, regs_in = { rsi = "timeout", r8 = "port" }, regs_out = {  }, doc = "Wait until one of the ports is pending or the timeout passes." },
      { id = 4, name = "remote_shutdown", request = "remote-shutdown-req", reply = nil, regs_in = { rsi = "dom", r8 = "reason" }, regs_out = {  }, doc = "Shut another domain down (toolstack)." },
      { id = 5, name = "shutdown_code", request = "shutdown-req", reply = nil, regs_in = { rsi = "reason" }, regs_out = {  }, doc = "Latch the reason reported when the domain later shuts down." },
      { id = 6, name = "watchdog", request = "watchdog-req", reply = "watchdog-reply", regs_in = { rsi = "id", r8 = "timeout" }, regs_out = { rsi = "id" }, doc = "Create, poke or destroy a domain watchdog." },
      { id = 7, name = "pin_override", request = "pin-override-req", reply = nil, regs_in = { rsi = "pcpu" }, regs_out = {  }, doc = "Temporarily pin the calling vCPU to a physical CPU (hardware domain only)." },
    },
  },
  { name = "event_channel", id = 32, msg_type = 288, version = 1, doc = "Event channels are the hypervisor's doorbells: a port in one domain is bound to a virtual IRQ, an IPI, a physical IRQ or a port in another domain, and sending on it marks the peer pending and raises an upcall. Ports are per-domain resources, so every op is mediated by the guest kernel (privileged); ops that take a domain act on another domain only for the control domain. Sub-op numbers are Xen's EVTCHNOP_* values and the register layout is the FastABI RFC's.",
    defs = {
      ["evtchn-status"] = { flags = false, entries = {
        { "closed", 0, "Port is not in use." },
        { "unbound", 1, "Port waits for an interdomain connection." },
        { "interdomain", 2, "Port is connected to a port of another domain." },
        { "pirq", 3, "Port is bound to a physical IRQ." },
        { "virq", 4, "Port is bound to a virtual IRQ." },
        { "ipi", 5, "Port is bound to a virtual IPI." },
      } },
      ["virq"] = { flags = false, entries = {
        { "timer", 0, "V: the vCPU's timer fired." },
        { "debug", 1, "V: request to dump debug state." },
        { "console", 2, "G: bytes received on the emergency console." },
        { "dom-exc", 3, "G: a domain has exited (control domain)." },
        { "tbuf", 4, "G: trace buffer has records (control domain)." },
        { "debugger", 6, "G: a domain paused for debugging (control domain)." },
        { "xenoprof", 7, "V: new profiling sample available." },
        { "con-ring", 8, "G: bytes received on the hypervisor console ring." },
        { "pcpu-state", 9, "G: a physical CPU changed state." },
        { "mem-event", 10, "G: a memory event occurred." },
        { "argo", 11, "G: Argo interdomain message notification." },
        { "enomem", 12, "G: the hypervisor is low on heap memory." },
        { "xenpmu", 13, "V: performance counter interrupt." },
        { "arch-0", 16, "Architecture-specific VIRQ 0." },
        { "arch-1", 17, "Architecture-specific VIRQ 1." },
        { "arch-2", 18, "Architecture-specific VIRQ 2." },
        { "arch-3", 19, "Architecture-specific VIRQ 3." },
        { "arch-4", 20, "Architecture-specific VIRQ 4." },
        { "arch-5", 21, "Architecture-specific VIRQ 5." },
        { "arch-6", 22, "Architecture-specific VIRQ 6." },
        { "arch-7", 23, "Architecture-specific VIRQ 7." },
      } },
      ["bind-pirq-flags"] = { flags = true, entries = {
        { "will-share", 1, "The caller is willing to share the IRQ line with other domains." },
      } },
    },
    sets = {
      ["alloc-unbound-req"] = {
        { id = 1, name = "dom", type = "u16", doc = "Domain in which to allocate the port; DOMID_SELF (0x7FF0) for the caller." },
        { id = 2, name = "remote-dom", type = "u16", doc = "Domain allowed to bind to the new port; may be DOMID_SELF for loopback." },
      },
      ["port-reply"] = {
        { id = 1, name = "port", type = "u32", doc = "The newly allocated local port." },
      },
      ["bind-interdomain-req"] = {
        { id = 1, name = "remote-dom", type = "u16", doc = "Domain owning the unbound port to connect to (DOMID_SELF for loopback)." },
        { id = 2, name = "remote-port", type = "u32", doc = "Unbound port in remote-dom that accepts bindings from the caller." },
      },
      ["bind-interdomain-reply"] = {
        { id = 1, name = "local-port", type = "u32", doc = "The newly allocated local port, connected to the remote one." },
      },
      ["bind-virq-req"] = {
        { id = 1, name = "virq", type = "u32", enum = "virq", doc = "Virtual IRQ to bind." },
        { id = 2, name = "vcpu", type = "u32", doc = "vCPU to notify; global VIRQs must be bound on vCPU 0." },
      },
      ["bind-ipi-req"] = {
        { id = 1, name = "vcpu", type = "u32", doc = "vCPU that receives the IPI; the binding cannot change later." },
      },
      ["bind-pirq-req"] = {
        { id = 1, name = "pirq", type = "u32", doc = "Physical IRQ to bind (the domain must have been granted it)." },
        { id = 2, name = "flags", type = "u32", enum = "bind-pirq-flags", doc = "Binding flags." },
      },
      ["port-req"] = {
        { id = 1, name = "port", type = "u32", doc = "Local port." },
      },
      ["status-req"] = {
        { id = 1, name = "dom", type = "u16", doc = "Domain owning the port; DOMID_SELF (0x7FF0) for the caller." },
        { id = 2, name = "port", type = "u32", doc = "Port to query." },
      },
      ["status-reply"] = {
        { id = 1, name = "status", type = "u32", enum = "evtchn-status", doc = "State of the port." },
        { id = 2, name = "vcpu", type = "u32", doc = "vCPU the port notifies." },
        { id = 3, name = "remote-dom", type = "u16", doc = "Peer domain (unbound - allowed to bind; interdomain - connected)." },
        { id = 4, name = "remote-port", type = "u32", doc = "Port in remote-dom this port is connected to." },
        { id = 5, name = "pirq", type = "u32", doc = "Physical IRQ the port is bound to." },
        { id = 6, name = "virq", type = "u32", enum = "virq", doc = "Virtual IRQ the port is bound to." },
      },
      ["bind-vcpu-req"] = {
        { id = 1, name = "vcpu", type = "u32", doc = "vCPU that the port will notify from now on." },
        { id = 2, name = "port", type = "u32", doc = "Local port to re-target (not IPI or per-vCPU VIRQ ports)." },
      },
      ["reset-req"] = {
        { id = 1, name = "dom", type = "u16", doc = "Domain whose ports are all closed; DOMID_SELF (0x7FF0) for the caller." },
      },
      ["init-control-req"] = {
        { id = 1, name = "control-gfn", type = "u64", doc = "Guest frame holding the vCPU's FIFO control block." },
        { id = 2, name = "offset", type = "u32", doc = "Byte offset of the control block inside that frame." },
        { id = 3, name = "vcpu", type = "u32", doc = "vCPU the control block belongs to." },
      },
      ["init-control-reply"] = {
        { id = 1, name = "link-bits", type = "u8", doc = "Number of bits of the FIFO link field (bounds the highest port)." },
      },
      ["expand-array-req"] = {
        { id = 1, name = "array-gfn", type = "u64", doc = "Guest frame to add to the FIFO event array." },
      },
      ["set-priority-req"] = {
        { id = 1, name = "port", type = "u32", doc = "Local port." },
        { id = 2, name = "priority", type = "u32", doc = "FIFO priority, 0 highest to 15 lowest (Xen's default is 7)." },
      },
    },
    ops = {
      { id = 0, name = "bind_interdomain", request = "bind-interdomain-req", reply = "bind-interdomain-reply", regs_in = { rsi = "remote-dom", r8 = "remote-port" }, regs_out = { r9 = "local-port" }, doc = "Connect a fresh local port to an unbound port of another domain." },
      { id = 1, name = "bind_virq", request = "bind-virq-req", reply = "port-reply", regs_in = { rsi = "virq", r8 = "vcpu" }, regs_out = { r9 = "port" }, doc = "Bind a fresh local port to a virtual IRQ on a vCPU." },
      { id = 2, name = "bind_pirq", request = "bind-pirq-req", reply = "port-reply", regs_in = { rsi = "pirq", r8 = "flags" }, regs_out = { r9 = "port" }, doc = "Bind a fresh local port to a physical IRQ the domain was granted." },
      { id = 3, name = "close", request = "port-req", reply = nil, regs_in = { rsi = "port" }, regs_out = {  }, doc = "Close a local port; an interdomain peer goes back to unbound." },
      { id = 4, name = "send", request = "port-req", reply = nil, regs_in = { rsi = "port" }, regs_out = {  }, doc = "Send an event to the remote end of a local port." },
      { id = 5, name = "status", request = "status-req", reply = "status-reply", regs_in = { rsi = "dom", r8 = "port" }, regs_out = { r9 = "status", r10 = "vcpu", r11 = "pirq", r11 = "remote-dom", r11 = "virq", r12 = "remote-port" }, doc = "Report the state and binding of a port." },
      { id = 6, name = "alloc_unbound", request = "alloc-unbound-req", reply = "port-reply", regs_in = { rsi = "dom", r8 = "remote-dom" }, regs_out = { r9 = "port" }, doc = "Allocate a port in a domain that accepts a binding from remote-dom." },
      { id = 7, name = "bind_ipi", request = "bind-ipi-req", reply = "port-reply", regs_in = { rsi = "vcpu" }, regs_out = { r9 = "port" }, doc = "Bind a fresh local port to receive IPIs on a vCPU." },
      { id = 8, name = "bind_vcpu", request = "bind-vcpu-req", reply = nil, regs_in = { rsi = "vcpu", r8 = "port" }, regs_out = {  }, doc = "Change which vCPU a port notifies." },
      { id = 9, name = "unmask", request = "port-req", reply = nil, regs_in = { rsi = "port" }, regs_out = {  }, doc = "Unmask a port and deliver its pending event, if any." },
      { id = 10, name = "reset", request = "reset-req", reply = nil, regs_in = { rsi = "dom" }, regs_out = {  }, doc = "Close every port of a domain." },
      { id = 11, name = "init_control", request = "init-control-req", reply = "init-control-reply", regs_in = { rsi = "control-gfn", r8 = "offset", r9 = "vcpu" }, regs_out = { r10 = "link-bits" }, doc = "Switch a vCPU to the FIFO event ABI with its control block in a guest frame." },
      { id = 12, name = "expand_array", request = "expand-array-req", reply = nil, regs_in = { rsi = "array-gfn" }, regs_out = {  }, doc = "Add a guest frame to the FIFO event array." },
      { id = 13, name = "set_priority", request = "set-priority-req", reply = nil, regs_in = { rsi = "port", r8 = "priority" }, regs_out = {  }, doc = "Set the FIFO priority of a port." },
    },
  },
  { name = "hvm", id = 34, msg_type = 290, version = 1, doc = "Operations of hardware-virtualised guests - read and write HVM parameters (where the xenstore and console rings live, how event upcalls are delivered, ...), flush guest TLBs, read the hypervisor's clock, ask the type of a guest frame, and choose a per-vCPU upcall vector. The ops that take a domain act on the caller by default (DOMID_SELF); the host treats a call naming another domain as a control call and, for set_param, also checks per parameter whether the caller may write it. Sub-op numbers are Xen's HVMOP_* values and the register layout is the FastABI RFC's.",
    defs = {
      ["hvm-param"] = { flags = false, entries = {
        { "callback-irq", 0, "How vCPU 0 event upcalls are delivered (GSI / PCI INTx / vector encoding in bits 56..63)." },
        { "store-pfn", 1, "Guest frame of the xenstore ring." },
        { "store-evtchn", 2, "Event channel port of the xenstore ring." },
        { "pae-enabled", 4, "PAE is available to the guest." },
        { "ioreq-pfn", 5, "Guest frame of the synchronous ioreq page (device model)." },
        { "bufioreq-pfn", 6, "Guest frame of the buffered ioreq page (device model)." },
        { "viridian", 9, "Mask of Hyper-V enlightenments exposed to the guest." },
        { "timer-mode", 10, "Virtual timer mode (HVMPTM_*)." },
        { "hpet-enabled", 11, "The virtual HPET is enabled." },
        { "identity-pt", 12, "Identity-map page directory used while paging is off (EPT)." },
        { "dm-domain", 13, "Domain running the device model." },
        { "acpi-s-state", 14, "Current ACPI S state." },
        { "vm86-tss", 15, "TSS used for real mode on Intel (superseded by vm86-tss-sized)." },
        { "vpt-align", 16, "Align periodic virtual timers to reduce interrupts." },
        { "console-pfn", 17, "Guest frame of the PV console ring." },
        { "console-evtchn", 18, "Event channel port of the PV console ring." },
        { "acpi-ioports-location", 19, "Which location of the ACPI PM1a/TMR blocks to use." },
        { "nestedhvm", 24, "Nested virtualisation is enabled." },
        { "bufioreq-evtchn", 26, "Event channel port of the buffered ioreq page." },
        { "paging-ring-pfn", 27, "Guest frame of the paging event ring." },
        { "monitor-ring-pfn", 28, "Guest frame of the monitor event ring." },
        { "sharing-ring-pfn", 29, "Guest frame of the sharing event ring." },
        { "triple-fault-reason", 31, "SHUTDOWN_* action taken on a triple fault." },
        { "ioreq-server-pfn", 32, "First guest frame reserved for ioreq servers." },
        { "nr-ioreq-server-pages", 33, "Number of frames reserved for ioreq servers." },
        { "vm-generation-id-addr", 34, "Guest-physical address of the VM generation id." },
        { "altp2m", 35, "Alternate p2m mode (XEN_ALTP2M_*)." },
        { "x87-fip-width", 36, "Width of the x87 FIP/FDP registers to save and restore." },
        { "vm86-tss-sized", 37, "Real-mode TSS address (low 32 bits) and size (high 32 bits)." },
        { "mca-cap", 38, "Machine-check capabilities (XEN_HVM_MCA_CAP_*)." },
      } },
      ["hvmmem-type"] = { flags = false, entries = {
        { "ram-rw", 0, "Ordinary read/write RAM." },
        { "ram-ro", 1, "Read-only RAM; writes are discarded." },
        { "mmio-dm", 2, "Reads and writes go to the device model." },
        { "unused", 3, "Placeholder (formerly mmio_write_dm); never reported." },
        { "ioreq-server", 4, "Claimed by an ioreq server; writes go to it." },
      } },
    },
    sets = {
      ["param-req"] = {
        { id = 1, name = "dom", type = "u16", doc = "Domain whose parameter is read; DOMID_SELF (0x7FF0) for the caller." },
        { id = 2, name = "index", type = "u32", enum = "hvm-param", doc = "Parameter index." },
      },
      ["set-param-req"] = {
        { id = 1, name = "dom", type = "u16", doc = "Domain whose parameter is written; DOMID_SELF (0x7FF0) for the caller." },
        { id = 2, name = "index", type = "u32", enum = "hvm-param", doc = "Parameter index." },
        { id = 3, name = "value", type = "u64", doc = "New value." },
      },
      ["param-reply"] = {
        { id = 1, name = "value", type = "u64", doc = "Current value." },
      },
      ["time-reply"] = {
        { id = 1, name = "now", type = "u64", doc = "Hypervisor system time in nanoseconds since boot." },
      },
      ["mem-type-req"] = {
        { id = 1, name = "dom", type = "u16", doc = "Domain owning the frame; DOMID_SELF (0x7FF0) for the caller." },
        { id = 2, name = "pfn", type = "u64", doc = "Guest frame number." },
      },
      ["mem-type-reply"] = {
        { id = 1, name = "mem-type", type = "u16", enum = "hvmmem-type", doc = "Type of the frame." },
      },
      ["upcall-vector-req"] = {
        { id = 1, name = "vcpu", type = "u32", doc = "vCPU whose upcall vector is set." },
        { id = 2, name = "vector", type = "u8", doc = "Interrupt vector for event upcalls, used instead of callback-irq." },
      },
    },
    ops = {
      { id = 0, name = "set_param", request = "set-param-req", reply = nil, regs_in = { rsi = "dom", r8 = "index", r9 = "value" }, regs_out = {  }, doc = "Write an HVM parameter (the host checks per parameter who may write it)." },
      { id = 1, name = "get_param", request = "param-req", reply = "param-reply", regs_in = { rsi = "dom", r8 = "index" }, regs_out = { r9 = "value" }, doc = "Read an HVM parameter." },
      { id = 5, name = "flush_tlbs", request = nil, reply = nil, regs_in = {  }, regs_out = {  }, doc = "Flush the guest TLBs of all vCPUs of the caller." },
      { id = 10, name = "get_time", request = nil, reply = "time-reply", regs_in = {  }, regs_out = { rsi = "now" }, doc = "Read the hypervisor's system time." },
      { id = 15, name = "get_mem_type", request = "mem-type-req", reply = "mem-type-reply", regs_in = { rsi = "dom", r8 = "pfn" }, regs_out = { r9 = "mem-type" }, doc = "Report the type of a guest frame." },
      { id = 23, name = "set_evtchn_upcall_vector", request = "upcall-vector-req", reply = nil, regs_in = { rsi = "vcpu", r8 = "vector" }, regs_out = {  }, doc = "Deliver a vCPU's event upcalls on an interrupt vector of its own." },
    },
  },
  { name = "sysctl", id = 35, msg_type = 291, version = 2, doc = "System control for toolstacks: the list of domains (a netlink-style dump, resumable with a cursor), the physical host, and the hypervisor's console. Sub-op numbers are Xen's XEN_SYSCTL_* values (xen/include/public/sysctl.h). Every op is a control op (the control domain only).",
    defs = {
      ["physcap"] = { flags = true, entries = {
        { "hvm", 1, "HVM guests can be run." },
        { "pv", 2, "PV guests can be run." },
        { "directio", 4, "Devices can be passed through." },
        { "hap", 8, "Hardware-assisted paging." },
        { "shadow", 16, "Shadow paging." },
        { "iommu-hap-pt-share", 32, "The IOMMU shares the HAP page tables." },
        { "vmtrace", 64, "Processor tracing for guests." },
        { "vpmu", 128, "vPMU for guests (Xen 4.16, version 2)." },
        { "gnttab-v1", 256, "Grant table v1 (Xen 4.16, version 2)." },
        { "gnttab-v2", 512, "Grant table v2 (Xen 4.16, version 2)." },
      } },
      ["dominf-flags"] = { flags = true, entries = {
        { "dying", 1, "Destroyed; its resources are being released." },
        { "hvm-guest", 2, "An HVM guest." },
        { "shutdown", 4, "The guest has shut down." },
        { "paused", 8, "Paused by the toolstack." },
        { "blocked", 16, "Every online vCPU is blocked." },
        { "running", 32, "Some vCPU is runnable or running." },
        { "debugged", 64, "Being debugged." },
        { "xs-domain", 128, "A xenstore domain." },
        { "hap", 256, "Uses hardware-assisted paging." },
        { "shutdown-code", 16711680, "The SHUTDOWN_* reason when shutdown is set." },
      } },
    },
    sets = {
      ["list-req"] = {
        { id = 1, name = "cursor", type = "u64", doc = "0 to start; else the cursor of the previous part (bound to the caller and to the domain list it was made from)." },
        { id = 2, name = "max-domains", type = "u32", doc = "Most domains in one part." },
      },
      ["list-reply"] = {
        { id = 1, name = "domain", type = "nest", nested = "list-entry", repeated = true, doc = "One domain, in ascending id order." },
        { id = 2, name = "cursor", type = "u64", doc = "Where the next part starts; absent in the last part (DONE)." },
      },
      ["list-entry"] = {
        { id = 1, name = "domain", type = "u16", doc = "The domain's id." },
        { id = 2, name = "flags", type = "u32", enum = "dominf-flags", doc = "State flags and shutdown code." },
        { id = 3, name = "tot-pages", type = "u64", doc = "Pages the domain has." },
        { id = 4, name = "max-pages", type = "u64", doc = "Most pages it may have." },
        { id = 5, name = "nr-online-vcpus", type = "u32", doc = "vCPUs online." },
        { id = 6, name = "cpu-time", type = "u64", doc = "CPU time used, in ns." },
        { id = 7, name = "max-vcpu-id", type = "u32", doc = "Highest vCPU id." },
        { id = 8, name = "cpupool", type = "u32", doc = "CPU pool." },
        { id = 10, name = "gpaddr-bits", type = "u8", doc = "Width of the guest-physical address space (Xen 4.16)." },
      },
      ["physinfo-reply"] = {
        { id = 1, name = "threads-per-core", type = "u32", doc = "Hardware threads per core." },
        { id = 2, name = "cores-per-socket", type = "u32", doc = "Cores per socket." },
        { id = 3, name = "nr-cpus", type = "u32", doc = "CPUs online." },
        { id = 4, name = "max-cpu-id", type = "u32", doc = "Highest possible CPU id." },
        { id = 5, name = "nr-nodes", type = "u32", doc = "NUMA nodes online." },
        { id = 6, name = "cpu-khz", type = "u32", doc = "CPU frequency in kHz." },
        { id = 7, name = "capabilities", type = "u32", enum = "physcap", doc = "What the host can do." },
        { id = 8, name = "total-pages", type = "u64", doc = "Pages of host memory." },
        { id = 9, name = "free-pages", type = "u64", doc = "Pages not given to any domain." },
        { id = 10, name = "max-mfn", type = "u64", doc = "Highest possible machine frame." },
      },
      ["console-req"] = {
        { id = 1, name = "clear", type = "flag", doc = "Clear what was read." },
        { id = 2, name = "index", type = "u32", doc = "Byte index to read from (the previous reply's index to read on)." },
        { id = 3, name = "max-bytes", type = "u32", doc = "Most bytes wanted." },
      },
      ["console-reply"] = {
        { id = 1, name = "index", type = "u32", doc = "Index after the bytes returned." },
        { id = 2, name = "data", type = "binary", doc = "Console bytes." },
      },
    },
    ops = {
      { id = 1, name = "readconsole", request = "console-req", reply = "console-reply", doc = "Read the hypervisor's console from an index." },
      { id = 3, name = "physinfo", request = nil, reply = "physinfo-reply", regs_in = {  }, regs_out = { rsi = "threads-per-core", r8 = "cores-per-socket", r9 = "nr-cpus", r10 = "capabilities", r11 = "total-pages", r12 = "free-pages" }, doc = "Describe the physical host." },
      { id = 6, name = "getdomaininfolist", request = "list-req", reply = "list-reply", doc = "List domains from a cursor: one part of a dump (request flag DUMP: the host sends every part, then DONE)." },
    },
  },
  { name = "domctl", id = 36, msg_type = 292, version = 3, doc = "Domain control for toolstacks: create a domain (paused), size it, pause and unpause it, ask how it is, and destroy it. Sub-op numbers are Xen's XEN_DOMCTL_* values (xen/include/public/domctl.h). Unlike Xen's one struct with a union and an interface_version that must match exactly, each op has its own attributes, and the family version plus the compatibility rules let a toolstack of one version drive a hypervisor of another. Control ops come from the control domain; a device-model domain may make the ops marked device-model on its target (set_target; Xen's IS_PRIV_FOR); no control op acts on the control domain. getdomaininfo, getvcpuinfo and getvcpuaffinity on the caller itself are open to any domain.",
    defs = {
      ["cdf"] = { flags = true, entries = {
        { "hvm", 1, "An HVM guest (as opposed to PV)." },
        { "hap", 2, "Use hardware-assisted paging if available." },
        { "s3-integrity", 4, "Memory integrity verified by tboot during Sx." },
        { "oos-off", 8, "Disable out-of-sync shadow page tables." },
        { "xs-domain", 16, "A xenstore domain." },
        { "iommu", 32, "The domain may use the IOMMU." },
        { "nested-virt", 64, "Nested virtualisation." },
        { "vpmu", 128, "Expose the vPMU to the guest (Xen 4.16, domctl version 2: an older host refuses it)." },
      } },
      ["dominf"] = { flags = true, entries = {
        { "dying", 1, "Destroyed; its resources are being released." },
        { "hvm-guest", 2, "An HVM guest." },
        { "shutdown", 4, "The guest has shut down (code in shutdown-code)." },
        { "paused", 8, "Paused by the toolstack." },
        { "blocked", 16, "Every online vCPU is blocked waiting for an event." },
        { "running", 32, "Some vCPU is runnable or running." },
        { "debugged", 64, "Being debugged." },
        { "xs-domain", 128, "A xenstore domain." },
        { "hap", 256, "Uses hardware-assisted paging." },
        { "shutdown-code", 16711680, "XEN_DOMINF_shutdownmask << XEN_DOMINF_shutdownshift: the SHUTDOWN_* reason when shutdown is set." },
      } },
    },
    sets = {
      ["create-req"] = {
        { id = 1, name = "domain", type = "u16", doc = "Domain id wanted; 0 lets the hypervisor choose (Xen: 0 or a reserved id auto-allocates)." },
        { id = 2, name = "flags", type = "u32", enum = "cdf", doc = "Creation flags." },
        { id = 3, name = "max-vcpus", type = "u32", doc = "Most vCPUs the domain will have." },
        { id = 4, name = "max-evtchn-port", type = "u32", doc = "Highest event channel port." },
        { id = 5, name = "max-grant-frames", type = "s32", doc = "Most grant table frames; -1 for the hypervisor's default." },
        { id = 6, name = "max-maptrack-frames", type = "s32", doc = "Most maptrack frames; -1 for the hypervisor's default." },
        { id = 7, name = "handle", type = "binary", doc = "The toolstack's 16-byte handle (a UUID; xen_domain_handle_t)." },
        { id = 8, name = "name", type = "string", doc = "Name (hvlink: Xen keeps names in xenstore, which hvlink does not have)." },
        { id = 9, name = "max-grant-version", type = "u8", must_understand = true, doc = "Highest grant table version the guest may use (grant_opts, Xen 4.16); absent: the host's highest." },
        { id = 10, name = "cpupool-id", type = "u32", doc = "CPU pool to create the domain in (Xen 4.17); 0 is the default pool." },
      },
      ["create-reply"] = {
        { id = 1, name = "domain", type = "u16", doc = "The new domain's id." },
      },
      ["dom-req"] = {
        { id = 1, name = "domain", type = "u16", doc = "The domain." },
      },
      ["query-req"] = {
        { id = 1, name = "domain", type = "u16", doc = "The domain; DOMID_SELF (0x7FF0) for the caller." },
      },
      ["info"] = {
        { id = 1, name = "flags", type = "u32", enum = "dominf", doc = "State flags and shutdown code." },
        { id = 2, name = "tot-pages", type = "u64", doc = "Pages the domain has." },
        { id = 3, name = "max-pages", type = "u64", doc = "Most pages it may have (max_mem)." },
        { id = 4, name = "nr-online-vcpus", type = "u32", doc = "vCPUs online." },
        { id = 5, name = "cpu-time", type = "u64", doc = "CPU time used, in ns." },
        { id = 6, name = "max-vcpu-id", type = "u32", doc = "Highest vCPU id." },
        { id = 7, name = "domain", type = "u16", doc = "The domain's id." },
        { id = 8, name = "cpupool", type = "u32", doc = "CPU pool." },
        { id = 9, name = "handle", type = "binary", doc = "The toolstack's handle." },
        { id = 10, name = "name", type = "string", doc = "Name given at creation (hvlink)." },
        { id = 11, name = "outstanding-pages", type = "u64", doc = "Pages claimed but not yet allocated." },
        { id = 12, name = "gpaddr-bits", type = "u8", doc = "Width of the guest-physical address space (Xen 4.16)." },
      },
      ["max-vcpus-req"] = {
        { id = 1, name = "domain", type = "u16", doc = "The domain." },
        { id = 2, name = "max", type = "u32", doc = "Number of vCPUs (at most createdomain's max-vcpus)." },
      },
      ["max-mem-req"] = {
        { id = 1, name = "domain", type = "u16", doc = "The domain." },
        { id = 2, name = "max-memkb", type = "u64", doc = "Most memory in KiB (at most 1 TiB in the model)." },
      },
      ["affinity-req"] = {
        { id = 1, name = "domain", type = "u16", doc = "The domain." },
        { id = 2, name = "vcpu", type = "u32", doc = "The vCPU." },
        { id = 3, name = "hard", type = "u64", doc = "Hard affinity: bit n = physical CPU n (xenctl_bitmap of up to 64 CPUs)." },
        { id = 4, name = "soft", type = "u64", doc = "Soft affinity, as hard." },
      },
      ["vcpu-query-req"] = {
        { id = 1, name = "domain", type = "u16", doc = "The domain; DOMID_SELF (0x7FF0) for the caller." },
        { id = 2, name = "vcpu", type = "u32", doc = "The vCPU." },
      },
      ["affinity-reply"] = {
        { id = 1, name = "hard", type = "u64", doc = "Hard affinity mask in effect." },
        { id = 2, name = "soft", type = "u64", doc = "Soft affinity mask in effect." },
      },
      ["vcpuinfo-reply"] = {
        { id = 1, name = "online", type = "u8", doc = "Currently online." },
        { id = 2, name = "blocked", type = "u8", doc = "Blocked waiting for an event." },
        { id = 3, name = "running", type = "u8", doc = "Runnable or running." },
        { id = 4, name = "cpu-time", type = "u64", doc = "CPU time used, in ns." },
        { id = 5, name = "cpu", type = "u32", doc = "Physical CPU it runs on." },
      },
      ["time-offset-req"] = {
        { id = 1, name = "domain", type = "u16", doc = "The domain." },
        { id = 2, name = "seconds", type = "s64", doc = "Offset applied to the domain's wallclock." },
      },
      ["set-target-req"] = {
        { id = 1, name = "domain", type = "u16", doc = "The device-model domain." },
        { id = 2, name = "target", type = "u16", doc = "The domain it serves." },
      },
      ["mempool-req"] = {
        { id = 1, name = "domain", type = "u16", doc = "The domain." },
        { id = 2, name = "size", type = "u64", doc = "Size of the paging pool in bytes (a multiple of 4096)." },
      },
      ["mempool-reply"] = {
        { id = 1, name = "size", type = "u64", doc = "Size of the paging pool in bytes." },
      },
    },
    ops = {
      { id = 1, name = "createdomain", request = "create-req", reply = "create-reply", doc = "Create a domain, paused, with no memory and no vCPUs running." },
      { id = 2, name = "destroydomain", request = "dom-req", reply = nil, regs_in = { rsi = "domain" }, regs_out = {  }, doc = "Destroy a domain - it is dying until its resources are released, then gone." },
      { id = 3, name = "pausedomain", request = "dom-req", reply = nil, regs_in = { rsi = "domain" }, regs_out = {  }, doc = "Pause a domain (its vCPUs stop being scheduled)." },
      { id = 4, name = "unpausedomain", request = "dom-req", reply = nil, regs_in = { rsi = "domain" }, regs_out = {  }, doc = "Undo pausedomain (and the pause a new domain is created with)." },
      { id = 5, name = "getdomaininfo", request = "query-req", reply = "info", regs_in = { rsi = "domain" }, regs_out = { rsi = "flags", r8 = "tot-pages", r9 = "max-pages", r10 = "nr-online-vcpus", r11 = "cpu-time", r12 = "max-vcpu-id" }, doc = "Report a domain's state, memory and vCPUs (any domain about itself; the control domain about any)." },
      { id = 9, name = "setvcpuaffinity", request = "affinity-req", reply = "affinity-reply", regs_in = { rsi = "domain", r8 = "vcpu", r9 = "hard", r10 = "soft" }, regs_out = { r9 = "hard", r10 = "soft" }, doc = "Set a vCPU's hard and soft affinity; the reply holds what is in effect." },
      { id = 11, name = "max_mem", request = "max-mem-req", reply = nil, regs_in = { rsi = "domain", r8 = "max-memkb" }, regs_out = {  }, doc = "Set the most memory a domain may have (its pages are counted against it)." },
      { id = 14, name = "getvcpuinfo", request = "vcpu-query-req", reply = "vcpuinfo-reply", regs_in = { rsi = "domain", r8 = "vcpu" }, regs_out = { rsi = "online", r8 = "blocked", r9 = "running", r10 = "cpu-time", r11 = "cpu" }, doc = "Report one vCPU's state." },
      { id = 15, name = "max_vcpus", request = "max-vcpus-req", reply = nil, regs_in = { rsi = "domain", r8 = "max" }, regs_out = {  }, doc = "Bring the domain's vCPU count to max (vCPU 0 up, the others down until the guest starts them)." },
      { id = 24, name = "settimeoffset", request = "time-offset-req", reply = nil, regs_in = { rsi = "domain", r8 = "seconds" }, regs_out = {  }, doc = "Set the offset of the domain's wallclock." },
      { id = 25, name = "getvcpuaffinity", request = "vcpu-query-req", reply = "affinity-reply", regs_in = { rsi = "domain", r8 = "vcpu" }, regs_out = { r9 = "hard", r10 = "soft" }, doc = "Report a vCPU's hard and soft affinity." },
      { id = 46, name = "set_target", request = "set-target-req", reply = nil, regs_in = { rsi = "domain", r8 = "target" }, regs_out = {  }, doc = "Make domain a device-model domain for target (it may then make device-model ops on it)." },
      { id = 85, name = "get_paging_mempool_size", request = "dom-req", reply = "mempool-reply", regs_in = { rsi = "domain" }, regs_out = { rsi = "size" }, doc = "Report the size of the domain's paging memory pool (Xen 4.17)." },
      { id = 86, name = "set_paging_mempool_size", request = "mempool-req", reply = nil, regs_in = { rsi = "domain", r8 = "size" }, regs_out = {  }, doc = "Set the size of the domain's paging memory pool (Xen 4.17)." },
    },
  },
  { name = "control", id = 256, msg_type = 512, version = 1, doc = "hvlink's own family: it sets queues up and tears them down, cancels requests in flight, agrees on the protocol version and features, and describes every family, op and attribute policy the host implements, as generic netlink's controller does, so a peer can find out what the other side supports before it calls. Its id (0x100) lies outside Xen's hypercall numbers (0..63, and the 128 slots of a hypercall page), so its FastABI register calls (rax = 0x40000100) can never be mistaken for a Xen hypercall; its ring message type follows the 0x100 + id rule. queue_setup must be callable by register, since no ring exists before it.",
    defs = {
      ["privilege"] = { flags = false, entries = {
        { "privileged", 0, "Guest kernel only (kernel queues and register calls)." },
        { "logical", 1, "Guest userspace may call it through a userspace queue." },
        { "control", 2, "Acts on another domain; the control domain only unless the host's rules allow." },
      } },
      ["op-flags"] = { flags = true, entries = {
        { "fastabi", 1, "The op has a FastABI register mapping." },
        { "async", 2, "The reply may come later (continuation or wait)." },
        { "batch", 4, "The request carries many entries with one status each." },
        { "target-domain", 8, "The op names a domain and becomes a control op when it is not the caller." },
        { "register-only", 16, "The op is refused on a ring." },
        { "dump", 64, "A dump: with the request flag DUMP the reply comes in parts resumed from a cursor, then DONE." },
        { "device-model", 32, "A device-model domain may make the call on its target (Xen's IS_PRIV_FOR)." },
      } },
      ["attr-type"] = { flags = false, entries = {
        { "flag", 1, "No payload; presence is the value." },
        { "u8", 2, "Unsigned 8-bit integer." },
        { "u16", 3, "Unsigned 16-bit integer." },
        { "u32", 4, "Unsigned 32-bit integer." },
        { "u64", 5, "Unsigned 64-bit integer." },
        { "s8", 6, "Signed 8-bit integer." },
        { "s16", 7, "Signed 16-bit integer." },
        { "s32", 8, "Signed 32-bit integer." },
        { "s64", 9, "Signed 64-bit integer." },
        { "binary", 10, "Opaque bytes." },
        { "string", 12, "NUL-terminated UTF-8 (netlink's NUL_STRING)." },
        { "nest", 13, "Nested attributes of another set." },
      } },
      ["direction"] = { flags = false, entries = {
        { "request", 0, "Sent by the guest." },
        { "reply", 1, "Sent by the host." },
      } },
      ["protocol-features"] = { flags = true, entries = {
        { "ext-ack", 1, "ERROR messages carry extended-ack attributes." },
        { "must-understand", 2, "The must-understand attribute bit is honoured." },
        { "progress", 4, "Async ops may send progress messages before their reply." },
        { "cancel", 8, "Requests in flight can be cancelled." },
        { "ordered-batch", 16, "Batch ops accept ordered mode." },
        { "atomic-batch", 32, "Grant map accepts atomic mode." },
        { "fastabi", 64, "FastABI register calls are served." },
        { "userspace-queues", 128, "Queues of kind userspace can be set up." },
      } },
      ["queue-kind"] = { flags = false, entries = {
        { "kernel", 0, "The guest kernel; privileged and logical ops." },
        { "userspace", 1, "A guest process (set up for it by the kernel); logical ops only." },
      } },
      ["queue-features"] = { flags = true, entries = {
        { "event-suppression", 1, "Both sides honour the kick and interrupt request flags of the header page." },
        { "reply-interrupt", 2, "The host signals notify-port when it publishes replies the guest asked to be woken for." },
        { "host-polling", 4, "The host may poll the request ring instead of waiting for kicks." },
      } },
      ["cancel-result"] = { flags = false, entries = {
        { "cancelled", 0, "The request was stopped at its next preemption point: a batch's reply reports every entry (those done with their status, the rest cancelled); any other op answers ECANCELED." },
        { "completed", 1, "The request had already completed; its reply stands." },
        { "unknown", 2, "No request with that seq is in flight on the queue." },
      } },
      ["errno"] = { flags = false, entries = {
        { "eperm", 1, "Operation not permitted (privilege class or domain check failed)." },
        { "enoent", 2, "No such entry." },
        { "esrch", 3, "No such domain." },
        { "eio", 5, "I/O error." },
        { "enxio", 6, "No such device or address." },
        { "e2big", 7, "Argument or batch too big (a limit was exceeded)." },
        { "ebadf", 9, "Bad port or handle." },
        { "eagain", 11, "Try again." },
        { "enomem", 12, "Out of memory." },
        { "eacces", 13, "Permission denied." },
        { "efault", 14, "Bad guest address." },
        { "ebusy", 16, "Resource busy." },
        { "eexist", 17, "Already exists (e.g. the queue id is taken)." },
        { "enodev", 19, "No such device." },
        { "einval", 22, "Invalid argument (malformed message or value out of policy)." },
        { "enospc", 28, "No space left." },
        { "erange", 34, "Value out of range." },
        { "edeadlk", 35, "Deadlock would occur." },
        { "enametoolong", 36, "Name too long." },
        { "enosys", 38, "Family or op not implemented (\"not supported\")." },
        { "enodata", 61, "No data available." },
        { "etime", 62, "Timer deadline already passed." },
        { "ebadmsg", 74, "Not a valid message." },
        { "eoverflow", 75, "Value too large for its type." },
        { "eopnotsupp", 95, "Operation not supported (unknown must-understand attribute, wrong path)." },
        { "enobufs", 105, "No room for the reply." },
        { "eisconn", 106, "Already connected." },
        { "enotconn", 107, "Not connected." },
        { "eshutdown", 108, "The queue is being torn down." },
        { "etimedout", 110, "Timed out." },
        { "estale", 116, "Stale (a dump cursor from an older domain list; hvlink, Linux's value - Xen's errno.h has none)." },
        { "ecanceled", 125, "Cancelled (hvlink; Linux's value - Xen's errno.h has no such code)." },
      } },
      ["special-domid"] = { flags = false, entries = {
        { "self", 32752, "The calling domain." },
        { "io", 32753, "I/O pseudo-domain." },
        { "xen", 32754, "The hypervisor itself." },
        { "cow", 32755, "Copy-on-write pseudo-domain." },
        { "invalid", 32756, "No domain." },
        { "idle", 32767, "The idle domain." },
      } },
    },
    sets = {
      ["ping-msg"] = {
        { id = 1, name = "cookie", type = "u64", doc = "Value echoed back unchanged." },
      },
      ["get-family-req"] = {
        { id = 1, name = "family-id", type = "u16", doc = "Describe only the family with this id." },
        { id = 2, name = "family-name", type = "string", doc = "Describe only the family with this name." },
      },
      ["get-family-reply"] = {
        { id = 1, name = "family", type = "nest", nested = "family-info", repeated = true, doc = "One family the host implements." },
      },
      ["family-info"] = {
        { id = 1, name = "name", type = "string", doc = "Family name." },
        { id = 2, name = "id", type = "u16", doc = "Family id (the hypercall number of its register calls)." },
        { id = 3, name = "msg-type", type = "u16", doc = "Message type of its ring messages." },
        { id = 4, name = "version", type = "u8", doc = "Highest family version the host speaks." },
        { id = 5, name = "op", type = "nest", nested = "op-info", repeated = true, doc = "One op of the family the host implements." },
      },
      ["op-info"] = {
        { id = 1, name = "name", type = "string", doc = "Op name." },
        { id = 2, name = "id", type = "u8", doc = "Op id (the sub-op number)." },
        { id = 3, name = "since", type = "u8", doc = "Family version that introduced the op." },
        { id = 4, name = "privilege", type = "u8", enum = "privilege", doc = "Privilege class." },
        { id = 5, name = "flags", type = "u32", enum = "op-flags", doc = "Properties of the op." },
        { id = 6, name = "max-reply", type = "u32", doc = "Upper bound in bytes of the reply payload." },
      },
      ["get-policy-req"] = {
        { id = 1, name = "family-id", type = "u16", doc = "Family of the op." },
        { id = 2, name = "op-id", type = "u8", doc = "Op whose request and reply policies are dumped." },
      },
      ["get-policy-reply"] = {
        { id = 1, name = "family-id", type = "u16", doc = "Family of the op." },
        { id = 2, name = "op-id", type = "u8", doc = "The op the policies belong to." },
        { id = 3, name = "attr", type = "nest", nested = "policy-entry", repeated = true, doc = "Policy of one attribute, nested sets included (each entry names its set)." },
      },
      ["policy-entry"] = {
        { id = 1, name = "type", type = "u32", enum = "attr-type", doc = "Attribute type." },
        { id = 2, name = "min-value-s", type = "s64", doc = "Smallest allowed value (signed types)." },
        { id = 3, name = "max-value-s", type = "s64", doc = "Largest allowed value (signed types)." },
        { id = 4, name = "min-value-u", type = "u64", doc = "Smallest allowed value (unsigned types)." },
        { id = 5, name = "max-value-u", type = "u64", doc = "Largest allowed value (unsigned types)." },
        { id = 6, name = "min-length", type = "u32", doc = "Shortest payload (string - excluding the NUL; binary)." },
        { id = 7, name = "max-length", type = "u32", doc = "Longest payload (string - excluding the NUL; binary)." },
        { id = 16, name = "set", type = "string", doc = "Attribute set the attribute belongs to." },
        { id = 17, name = "direction", type = "u8", enum = "direction", doc = "Whether the set is part of the request or of the reply." },
        { id = 18, name = "attr-id", type = "u16", doc = "Attribute id within its set." },
        { id = 19, name = "name", type = "string", doc = "Attribute name." },
        { id = 20, name = "nested", type = "string", doc = "Set of the payload (nest only)." },
        { id = 21, name = "required", type = "flag", doc = "The attribute must be present (in its form)." },
        { id = 22, name = "repeated", type = "flag", doc = "The attribute may appear up to max-count times." },
        { id = 23, name = "must-understand", type = "flag", doc = "Senders set the must-understand bit on it." },
        { id = 24, name = "since", type = "u8", doc = "Family version that introduced the attribute." },
        { id = 25, name = "max-count", type = "u32", doc = "Most occurrences (repeated only)." },
        { id = 26, name = "enum", type = "string", doc = "Definition the values come from." },
        { id = 27, name = "default", type = "u64", doc = "Value assumed when absent (two's complement for signed types)." },
        { id = 28, name = "form", type = "string", doc = "Form of the set the attribute belongs to (absent - common to all forms)." },
        { id = 29, name = "register", type = "u8", doc = "FastABI register number (2 = rsi, 3 = r8 ... 7 = r12) when the attribute is register-mapped." },
      },
      ["negotiate-msg"] = {
        { id = 1, name = "protocol-version", type = "u32", doc = "Request - highest protocol version the guest speaks; reply - the version both use." },
        { id = 2, name = "features", type = "u64", enum = "protocol-features", doc = "Request - features the guest supports; reply - those both support." },
        { id = 3, name = "max-message", type = "u32", doc = "Reply only - largest message in bytes the host accepts." },
      },
      ["queue-setup-req"] = {
        { id = 1, name = "base-gpa", type = "u64", doc = "Guest-physical address of the first page (the header page); page-aligned." },
        { id = 2, name = "pages", type = "u32", doc = "Pages in the run - the header page, then the request and the reply ring (layout in docs/PROTOCOL.md)." },
        { id = 3, name = "queue-id", type = "u16", doc = "Id the guest gives the queue; unique among the domain's queues." },
        { id = 4, name = "kind", type = "u8", enum = "queue-kind", doc = "Who owns the queue." },
        { id = 5, name = "features", type = "u64", enum = "queue-features", doc = "Queue features the guest wants." },
        { id = 6, name = "notify-port", type = "u32", doc = "Event channel port to signal for reply interrupts; 0 for the host's default doorbell." },
      },
      ["queue-setup-reply"] = {
        { id = 1, name = "features", type = "u64", enum = "queue-features", doc = "Queue features the host accepted." },
        { id = 2, name = "doorbell", type = "u64", doc = "Host-defined kick token (an I/O port on the reference VMM, an event channel port on Xen)." },
      },
      ["queue-req"] = {
        { id = 1, name = "queue-id", type = "u16", doc = "Queue id given at setup." },
      },
      ["cancel-req"] = {
        { id = 1, name = "seq", type = "u32", doc = "seq of the request to cancel." },
        { id = 2, name = "queue-id", type = "u16", doc = "Queue the request was sent on; on a ring defaults to the queue the cancel arrives on." },
      },
      ["cancel-reply"] = {
        { id = 1, name = "result", type = "u8", enum = "cancel-result", doc = "What cancel found." },
      },
    },
    ops = {
      { id = 0, name = "ping", request = "ping-msg", reply = "ping-msg", regs_in = { rsi = "cookie" }, regs_out = { rsi = "cookie" }, doc = "Echo a cookie (liveness and round-trip measurement)." },
      { id = 1, name = "get_family", request = "get-family-req", reply = "get-family-reply", doc = "Describe the families and ops the host implements (genetlink CTRL_CMD_GETFAMILY)." },
      { id = 2, name = "get_policy", request = "get-policy-req", reply = "get-policy-reply", doc = "Dump the attribute policies of one op's request and reply (genetlink CTRL_CMD_GETPOLICY)." },
      { id = 3, name = "negotiate", request = "negotiate-msg", reply = "negotiate-msg", regs_in = { rsi = "protocol-version", r8 = "features" }, regs_out = { rsi = "protocol-version", r8 = "features", r9 = "max-message" }, doc = "Agree on the protocol version and optional features (stateless; both sides apply the answer)." },
      { id = 4, name = "queue_setup", request = "queue-setup-req", reply = "queue-setup-reply", regs_in = { rsi = "base-gpa", r8 = "pages", r9 = "queue-id", r10 = "kind", r11 = "features", r12 = "notify-port" }, regs_out = { rsi = "features", r8 = "doorbell" }, doc = "Set up a queue (header page, request ring, reply ring) in a run of guest pages." },
      { id = 5, name = "queue_teardown", request = "queue-req", reply = nil, regs_in = { rsi = "queue-id" }, regs_out = {  }, doc = "Stop a queue, cancel what is in flight on it, and release its pages." },
      { id = 6, name = "cancel", request = "cancel-req", reply = "cancel-reply", regs_in = { rsi = "seq", r8 = "queue-id" }, regs_out = { rsi = "result" }, doc = "Cancel a request in flight; entries already done are kept and reported." },
    },
  },
  { name = "demo", id = 384, msg_type = 640, version = 2, doc = "A small test family whose two versions exercise the compatibility rules.",
    defs = {
      ["color"] = { flags = false, entries = {
        { "red", 0, "Red." },
        { "green", 1, "Green." },
        { "blue", 2, "Blue." },
      } },
      ["paint-mode"] = { flags = false, entries = {
        { "normal", 0, "Paint." },
        { "dry-run", 1, "Only report how many coats it would take." },
      } },
    },
    sets = {
      ["paint-req"] = {
        { id = 1, name = "object", type = "u32", doc = "What to paint." },
        { id = 2, name = "color", type = "u8", enum = "color", doc = "Which color." },
        { id = 3, name = "gloss", type = "u32", doc = "Gloss percentage." },
        { id = 4, name = "mode", type = "u8", enum = "paint-mode", must_understand = true, doc = "Changes what paint means." },
      },
      ["paint-reply"] = {
        { id = 1, name = "coats", type = "u32", doc = "Coats applied." },
      },
      ["inspect-req"] = {
        { id = 1, name = "object", type = "u32", doc = "What to look at." },
      },
      ["inspect-reply"] = {
        { id = 1, name = "color", type = "u8", enum = "color", doc = "Its color." },
      },
    },
    ops = {
      { id = 0, name = "paint", request = "paint-req", reply = "paint-reply", regs_in = { rsi = "object", r8 = "color" }, regs_out = { rsi = "coats" }, doc = "Paint an object." },
      { id = 1, name = "inspect", request = "inspect-req", reply = "inspect-reply", regs_in = { rsi = "object" }, regs_out = { rsi = "color" }, doc = "Tell an object's color." },
    },
  },
}

local band = bit32.band

local function snake(s) return (string.gsub(s, "-", "_")) end

local proto = Proto("hvlink", "hvlink hypercall transport")
local wire = Proto("hvlink_record", "hvlink capture record")
local fields = {}
local function F(pf) fields[#fields + 1] = pf; return pf end

-- The status codes (control.yaml's errno), as ERRORs and rax carry them: negated.
local ERRNO = {}
for _, fam in ipairs(SPEC) do
  local d = fam.defs["errno"]
  if fam.name == "control" and d then
    for _, e in ipairs(d.entries) do ERRNO[-e[2]] = string.upper(e[1]) end
  end
end
ERRNO[0] = "OK"

local f = {
  family = F(ProtoField.string("hvlink.family", "Family")),
  op = F(ProtoField.string("hvlink.op", "Op")),
  kind = F(ProtoField.string("hvlink.kind", "Message")),
  cmd = F(ProtoField.uint8("hvlink.cmd", "Command (op id)")),
  version = F(ProtoField.uint8("hvlink.version", "Family version")),
  reserved = F(ProtoField.uint16("hvlink.reserved", "Reserved", base.HEX)),
  attr_len = F(ProtoField.uint16("hvlink.attr.len", "Length")),
  attr_type = F(ProtoField.uint16("hvlink.attr.type", "Type", base.DEC, nil, 0x3fff)),
  attr_nested = F(ProtoField.bool("hvlink.attr.nested", "Nested", 16, nil, 0x8000)),
  attr_mu = F(ProtoField.bool("hvlink.attr.must_understand", "Must understand", 16, nil, 0x4000)),
  unknown = F(ProtoField.bytes("hvlink.unknown", "Unknown attribute")),
  domain = F(ProtoField.uint16("hvlink.domain", "Domain")),
  queue = F(ProtoField.uint16("hvlink.queue", "Queue (65535: register calls and host records)")),
  direction = F(ProtoField.string("hvlink.direction", "Direction")),
  flags = F(ProtoField.uint16("hvlink.flags", "Flags", base.HEX)),
  flag_request = F(ProtoField.bool("hvlink.flags.request", "REQUEST", 16, nil, 0x0001)),
  flag_multi = F(ProtoField.bool("hvlink.flags.multi", "MULTI (a reply part; more follow)", 16, nil, 0x0002)),
  flag_ack = F(ProtoField.bool("hvlink.flags.ack", "ACK (acknowledge success)", 16, nil, 0x0004)),
  flag_progress = F(ProtoField.bool("hvlink.flags.progress", "PROGRESS (results in parts as the batch advances)", 16, nil, 0x1000)),
  flag_capped = F(ProtoField.bool("hvlink.flags.capped", "CAPPED (ERROR: only the request's header echoed)", 16, nil, 0x0100)),
  flag_ack_tlvs = F(ProtoField.bool("hvlink.flags.ack_tlvs", "ACK_TLVS (ERROR: extended ack follows)", 16, nil, 0x0200)),
  seq = F(ProtoField.uint32("hvlink.seq", "Sequence")),
  port = F(ProtoField.uint32("hvlink.port", "Port")),
  err_status = F(ProtoField.int32("hvlink.error.status", "Status", base.DEC, ERRNO)),
  err_msg = F(ProtoField.stringz("hvlink.error.msg", "Message")),
  err_offset = F(ProtoField.uint32("hvlink.error.offset", "Offending attribute at offset")),
  err_attribute = F(ProtoField.string("hvlink.error.attribute", "Offending attribute")),
  err_cookie = F(ProtoField.bytes("hvlink.error.cookie", "Cookie")),
  err_policy = F(ProtoField.bytes("hvlink.error.policy", "Policy")),
  err_missing_type = F(ProtoField.uint32("hvlink.error.missing_type", "Missing attribute type")),
  err_missing_nest = F(ProtoField.uint32("hvlink.error.missing_nest", "Missing inside the nest at offset")),
  err_missing = F(ProtoField.string("hvlink.error.missing", "Missing attribute")),
  err_capped = F(ProtoField.bool("hvlink.error.capped", "Only the request's header echoed")),
  err_req_len = F(ProtoField.uint32("hvlink.error.request.len", "Request length")),
  err_req_type = F(ProtoField.uint16("hvlink.error.request.type", "Request message type", base.HEX)),
  err_req_op = F(ProtoField.string("hvlink.error.request.op", "Request op")),
  err_ext = F(ProtoField.bytes("hvlink.error.ext_unknown", "Unknown extended-ack attribute")),
}

local REG_NAMES = { "rax", "rdi", "rsi", "r8", "r9", "r10", "r11", "r12" }
local regf = {}
for i, r in ipairs(REG_NAMES) do
  regf[i] = F(ProtoField.uint64("hvlink.regs." .. r, r, base.HEX))
end
local FAMILY_NAMES = {}
for _, fam in ipairs(SPEC) do FAMILY_NAMES[fam.id] = fam.name end
regf.family = F(ProtoField.uint16("hvlink.regs.family", "Family", base.DEC, FAMILY_NAMES))
regf.status = F(ProtoField.int32("hvlink.regs.status", "Status", base.DEC, ERRNO))
regf.blocked = F(ProtoField.bool("hvlink.regs.blocked", "Blocked (the vCPU waits; the call is made again)"))
regf.fields = F(ProtoField.none("hvlink.regs.fields", "Decoded fields"))

local ex_malformed = ProtoExpert.new("hvlink.malformed", "Malformed hvlink message",
  expert.group.MALFORMED, expert.severity.ERROR)
local ex_size = ProtoExpert.new("hvlink.bad_size", "Attribute payload of the wrong size",
  expert.group.MALFORMED, expert.severity.ERROR)
proto.experts = { ex_malformed, ex_size }

local SIZES = { u8 = 1, u16 = 2, u32 = 4, u64 = 8, s8 = 1, s16 = 2, s32 = 4, s64 = 8 }
local INT = { u8 = ProtoField.uint8, u16 = ProtoField.uint16, u32 = ProtoField.uint32,
  u64 = ProtoField.uint64, s8 = ProtoField.int8, s16 = ProtoField.int16,
  s32 = ProtoField.int32, s64 = ProtoField.int64 }

local function number(v)
  if type(v) == "string" then return UInt64.fromhex(v) end
  return v
end

-- One field per attribute, per flags entry; lookup tables by id.
local BY_MSG_TYPE, BY_NAME, BY_ID = {}, {}, {}
for _, fam in ipairs(SPEC) do
  BY_MSG_TYPE[fam.msg_type] = fam
  BY_NAME[fam.name] = fam
  BY_ID[fam.id] = fam
  fam.ops_by_id = {}
  for _, op in ipairs(fam.ops) do fam.ops_by_id[op.id] = op end
  for dname, d in pairs(fam.defs) do
    d.vs = {}
    for _, e in ipairs(d.entries) do
      if type(e[2]) == "number" then d.vs[e[2]] = e[1] end
      if d.flags then
        e.field = F(ProtoField.bool("hvlink." .. fam.name .. "." .. snake(dname) .. "." .. snake(e[1]),
          e[1], base.NONE, nil, nil, e[3]))
      end
    end
  end
  for sname, set in pairs(fam.sets) do
    set.by_id = {}
    for _, a in ipairs(set) do
      set.by_id[a.id] = a
      local abbr = "hvlink." .. fam.name .. "." .. snake(sname) .. "." .. snake(a.name)
      local def = a.enum and fam.defs[a.enum]
      a.def = def
      if INT[a.type] then
        local vs = def and not def.flags and def.vs or nil
        local b = (def and def.flags) and base.HEX or base.DEC
        a.field = F(INT[a.type](abbr, a.name, b, vs, nil, a.doc))
      elseif a.type == "flag" then
        a.field = F(ProtoField.bool(abbr, a.name, base.NONE, nil, nil, a.doc))
      elseif a.type == "string" then
        a.field = F(ProtoField.stringz(abbr, a.name, base.ASCII, a.doc))
      elseif a.type == "binary" then
        a.field = F(ProtoField.bytes(abbr, a.name, base.NONE, a.doc))
      else
        a.field = F(ProtoField.none(abbr, a.name, a.doc))
      end
    end
  end
end

local function is_set(range, width, mask)
  if width == 8 then
    local m = mask
    if type(m) == "number" then m = UInt64.new(m % 4294967296, math.floor(m / 4294967296)) end
    return range:le_uint64():band(m) ~= UInt64.new(0, 0)
  end
  return band(range:le_uint(), mask) ~= 0
end

local walk

-- An attribute's header (length, type, its two flag bits) under its item.
local function header(item, tvb, off)
  item:add_le(f.attr_len, tvb(off, 2))
  item:add_le(f.attr_type, tvb(off + 2, 2))
  item:add_le(f.attr_nested, tvb(off + 2, 2))
  item:add_le(f.attr_mu, tvb(off + 2, 2))
end

-- One known attribute at `off` (length `alen`): its field, and below it its flags entries or
-- its nest's attributes.
local function attribute(fam, a, tvb, off, alen, tree, depth)
  local plen = alen - 4
  local size = SIZES[a.type]
  local item
  if size then
    if plen ~= size then
      item = tree:add(f.unknown, tvb(off, alen))
      item:append_text(" (" .. a.name .. ": " .. plen .. " bytes, " .. a.type .. " has " .. size .. ")")
      item:add_proto_expert_info(ex_size)
      header(item, tvb, off)
      return item
    end
    local r = tvb(off + 4, size)
    item = tree:add_le(a.field, r)
    header(item, tvb, off)
    if a.def and a.def.flags then
      local names = {}
      for _, e in ipairs(a.def.entries) do
        local set = is_set(r, size, number(e[2]))
        item:add(e.field, r, set)
        if set then names[#names + 1] = e[1] end
      end
      if #names > 0 then item:append_text(" (" .. table.concat(names, "|") .. ")") end
    end
  elseif a.type == "flag" then
    item = tree:add(a.field, tvb(off, alen), true)
    header(item, tvb, off)
  elseif a.type == "string" then
    if plen > 0 then item = tree:add(a.field, tvb(off + 4, plen))
    else item = tree:add(a.field, tvb(off, alen), "") end
    header(item, tvb, off)
  elseif a.type == "binary" then
    if plen > 0 then item = tree:add(a.field, tvb(off + 4, plen))
    else item = tree:add(a.field, tvb(off, alen), ByteArray.new()) end
    header(item, tvb, off)
  else
    item = tree:add(a.field, tvb(off, alen))
    header(item, tvb, off)
    if depth >= 10 then
      item:add_proto_expert_info(ex_malformed, "nested deeper than 10 levels")
    else
      walk(fam, a.nested, tvb, off + 4, off + alen, item, depth + 1)
    end
  end
  return item
end

-- The attributes of set `sname` of `fam` in tvb[off, stop).
walk = function(fam, sname, tvb, off, stop, tree, depth)
  local set = sname and fam.sets[sname]
  local seen = {}
  while off + 4 <= stop do
    local alen = tvb(off, 2):le_uint()
    local raw = tvb(off + 2, 2):le_uint()
    if alen < 4 or off + alen > stop then
      tree:add_proto_expert_info(ex_malformed,
        "attribute at " .. off .. " claims " .. alen .. " bytes, past its container")
      return
    end
    local kind = band(raw, 0x3fff)
    local a = set and set.by_id[kind]
    local item
    if a then
      item = attribute(fam, a, tvb, off, alen, tree, depth)
      if a.repeated then
        seen[kind] = (seen[kind] or 0) + 1
        item:prepend_text("[" .. (seen[kind] - 1) .. "] ")
      end
    else
      item = tree:add(f.unknown, tvb(off, alen))
      item:append_text(" (type " .. kind .. ")")
      header(item, tvb, off)
    end
    off = off + band(alen + 3, 0xfffc)
  end
  if off < stop then
    tree:add_proto_expert_info(ex_malformed, (stop - off) .. " stray bytes after the last attribute")
  end
end

local nl_flags = Field.new("netlink.hdr_flags")
local function header_flags()
  local all = { nl_flags() }
  local fi = all[#all]
  return fi and fi.value or 0
end

-- The genl header (cmd, version, reserved) of a family message in `tvb`.
local function genl_header(t, tvb, opname)
  t:add(f.op, tvb(0, 1), opname)
  t:add(f.cmd, tvb(0, 1))
  t:add(f.version, tvb(1, 1))
  t:add_le(f.reserved, tvb(2, 2))
end

-- The family of the message being dissected: the generic netlink dissector has shown its
-- message type (the family id) just before it called us.
local genl_family_id = Field.new("genl.family_id")
local function current_family()
  local all = { genl_family_id() }
  local fi = all[#all]
  return fi and BY_MSG_TYPE[fi.value]
end

function proto.dissector(tvb, pinfo, tree)
  local fam = current_family()
  local len = tvb:len()
  if not fam or len < 4 then return 0 end
  local cmd = tvb(0, 1):uint()
  local op = fam.ops_by_id[cmd]
  local opname = op and op.name or ("op?" .. cmd)
  local flags = header_flags()
  local is_req = band(flags, 0x1) ~= 0
  local kind = is_req and "request" or (band(flags, 0x2) ~= 0 and "reply part" or "reply")
  local t = tree:add(proto, tvb(), "hvlink " .. fam.name .. "." .. opname .. " " .. kind)
  t:add(f.family, tvb(0, 0), fam.name):set_generated()
  t:add(f.kind, tvb(0, 0), kind):set_generated()
  genl_header(t, tvb, opname)
  local set = op and (is_req and op.request or op.reply)
  walk(fam, set, tvb, 4, len, t, 1)
  pinfo.cols.protocol:set("hvlink")
  pinfo.cols.info:set(fam.name .. "." .. opname .. " " .. kind)
  return len
end

-- Register-call records: the eight registers, the family, the status, and the op's fields.
local regs = Proto("hvlink_regs", "hvlink register call")
local function regs_dissector(tvb, pinfo, tree)
  local len = tvb:len()
  if len < 4 then return 0 end
  local cmd = tvb(0, 1):uint()
  local is_call = band(header_flags(), 0x1) ~= 0
  -- The family first (attribute 9), to name the op and its fields.
  local fam, status, off = nil, nil, 4
  while off + 4 <= len do
    local alen = tvb(off, 2):le_uint()
    if alen < 4 or off + alen > len then break end
    local kind = band(tvb(off + 2, 2):le_uint(), 0x3fff)
    if kind == 9 and alen == 6 then fam = BY_ID[tvb(off + 4, 2):le_uint()] end
    if kind == 10 and alen == 8 then status = tvb(off + 4, 4):le_int() end
    off = off + band(alen + 3, 0xfffc)
  end
  local op = fam and fam.ops_by_id[cmd]
  local name = op and (fam.name .. "." .. op.name) or ("op?" .. cmd)
  local kind = is_call and "register call" or "register result"
  local t = tree:add(proto, tvb(), "hvlink " .. name .. " " .. kind)
  t:add(f.family, tvb(0, 0), fam and fam.name or "?"):set_generated()
  t:add(f.kind, tvb(0, 0), kind):set_generated()
  genl_header(t, tvb, op and op.name or ("op?" .. cmd))
  off = 4
  while off + 4 <= len do
    local alen = tvb(off, 2):le_uint()
    if alen < 4 or off + alen > len then
      t:add_proto_expert_info(ex_malformed, "attribute at " .. off .. " runs past the record")
      break
    end
    local k = band(tvb(off + 2, 2):le_uint(), 0x3fff)
    local item
    if k >= 1 and k <= 8 and alen == 12 then
      item = t:add_le(regf[k], tvb(off + 4, 8))
      local what = op and (is_call and op.regs_in or op.regs_out)
      local attr = what and what[REG_NAMES[k]]
      if attr then item:append_text(" (" .. attr .. ")") end
    elseif k == 9 and alen == 6 then
      item = t:add_le(regf.family, tvb(off + 4, 2))
    elseif k == 10 and alen == 8 then
      item = t:add_le(regf.status, tvb(off + 4, 4))
    elseif k == 12 and alen == 4 then
      item = t:add(regf.blocked, tvb(off, alen), true)
    elseif k == 11 then
      item = t:add(regf.fields, tvb(off, alen))
      header(item, tvb, off)
      local set = op and (is_call and op.request or op.reply)
      if fam then walk(fam, set, tvb, off + 4, off + alen, item, 1) end
      item = nil
    else
      item = t:add(f.unknown, tvb(off, alen))
    end
    if item then header(item, tvb, off) end
    off = off + band(alen + 3, 0xfffc)
  end
  pinfo.cols.protocol:set("hvlink")
  local info = name .. " " .. kind
  if status then info = info .. " " .. (ERRNO[status] or tostring(status)) end
  pinfo.cols.info:set(info)
  return len
end

-- Requests seen, to name what an ERROR answers (capped ERRORs echo only the header):
-- key "domain/queue/seq" -> { fam, op, bytes (from the genl header on) }.
local requests = {}

-- Bytes as little-endian integers, from a ByteArray.
local function ba_u16(b, i) return b:get_index(i) + 256 * b:get_index(i + 1) end

-- The path of the attribute at message offset `target` in set `sname`, walking the request's
-- bytes `b` (from the genl header, message offset 16) in [off, stop); and that attribute.
local function path_at(fam, sname, b, off, stop, target, prefix)
  local set = sname and fam.sets[sname]
  local count = {}
  while off + 4 <= stop do
    local alen = ba_u16(b, off - 16)
    if alen < 4 or off + alen > stop then return nil end
    local kind = band(ba_u16(b, off - 14), 0x3fff)
    local a = set and set.by_id[kind]
    local name = a and a.name or ("attr-" .. kind)
    if a and a.repeated then
      count[kind] = (count[kind] or 0) + 1
      name = name .. "[" .. (count[kind] - 1) .. "]"
    end
    local path = prefix and (prefix .. "." .. name) or name
    if off == target then return path, a end
    if target > off and target < off + alen and a and a.nested then
      return path_at(fam, a.nested, b, off + 4, off + alen, target, path)
    end
    off = off + band(alen + 3, 0xfffc)
  end
  return nil
end

local function dissect_error(tvb, base, len, t, key, pinfo)
  if len < 36 then return end
  local flags = tvb(base + 6, 2):le_uint()
  local e = t:add(proto, tvb(base, len), "hvlink ERROR")
  e:add_le(f.err_status, tvb(base + 16, 4))
  local status = tvb(base + 16, 4):le_int()
  local capped = band(flags, 0x100) ~= 0
  e:add(f.err_capped, tvb(base + 6, 2), capped)
  local rlen = tvb(base + 20, 4):le_uint()
  local rtype = tvb(base + 24, 2):le_uint()
  local rseq = tvb(base + 28, 4):le_uint()
  e:add_le(f.err_req_len, tvb(base + 20, 4))
  e:add_le(f.err_req_type, tvb(base + 24, 2))
  local req = requests[key .. "/" .. rseq]
  local fam = BY_MSG_TYPE[rtype]
  local op
  if fam and not capped and len >= 40 + 1 then
    op = fam.ops_by_id[tvb(base + 36, 1):uint()]
  elseif req and req.fam == fam then
    op = req.op
  end
  if fam then
    e:add(f.err_req_op, tvb(base + 24, 2), fam.name .. "." .. (op and op.name or "?"))
  end
  local at = capped and 36 or (20 + band(math.max(rlen, 16) + 3, 0xfffffffc))
  local info = (ERRNO[status] or tostring(status))
  if band(flags, 0x200) ~= 0 then
    local off = at
    while off + 4 <= len do
      local alen = tvb(base + off, 2):le_uint()
      if alen < 4 or off + alen > len then
        e:add_proto_expert_info(ex_malformed, "extended-ack attribute runs past the ERROR")
        break
      end
      local k = band(tvb(base + off + 2, 2):le_uint(), 0x3fff)
      local r = tvb(base + off + 4, alen - 4)
      local item
      if k == 1 and alen > 4 then
        item = e:add(f.err_msg, r)
        info = info .. ": " .. r:stringz()
      elseif k == 2 and alen == 8 then
        item = e:add_le(f.err_offset, r)
        local target = r:le_uint()
        local b = req and req.bytes
        if fam and op and b then
          local path = path_at(fam, op.request, b, 20, 16 + b:len(), target, nil)
          if path then e:add(f.err_attribute, r, path); info = info .. " (" .. path .. ")" end
        end
      elseif k == 3 then
        item = e:add(f.err_cookie, r)
      elseif k == 4 then
        item = e:add(f.err_policy, r)
      elseif k == 5 and alen == 8 then
        item = e:add_le(f.err_missing_type, r)
      elseif k == 6 and alen == 8 then
        item = e:add_le(f.err_missing_nest, r)
      else
        item = e:add(f.err_ext, tvb(base + off, alen))
      end
      item:add_le(f.attr_len, tvb(base + off, 2))
      item:add_le(f.attr_type, tvb(base + off + 2, 2))
      off = off + band(alen + 3, 0xfffc)
    end
    -- The missing attribute by name: in the request's set, or in the nest's.
    local mt, mn
    off = at
    while off + 8 <= len do
      local alen = tvb(base + off, 2):le_uint()
      if alen < 4 then break end
      local k = band(tvb(base + off + 2, 2):le_uint(), 0x3fff)
      if k == 5 and alen == 8 then mt = tvb(base + off + 4, 4):le_uint() end
      if k == 6 and alen == 8 then mn = tvb(base + off + 4, 4):le_uint() end
      off = off + band(alen + 3, 0xfffc)
    end
    if mt and fam and op then
      local sname, prefix = op.request, nil
      if mn then
        local b = req and req.bytes
        local path, a = nil, nil
        if b then path, a = path_at(fam, op.request, b, 20, 16 + b:len(), mn, nil) end
        sname = a and a.nested
        prefix = path
      end
      local set = sname and fam.sets[sname]
      local a = set and set.by_id[mt]
      if a then
        local name = prefix and (prefix .. "." .. a.name) or a.name
        e:add(f.err_missing, tvb(base + 16, 4), name):set_generated()
        info = info .. ": missing " .. name
      end
    end
  end
  pinfo.cols.protocol:set("hvlink")
  pinfo.cols.info:set("ERROR " .. info .. (fam and op and (" to " .. fam.name .. "." .. op.name) or ""))
end

-- The post-dissector: every record's domain, queue, direction and header flags, requests
-- remembered, ERRORs and their extended ack.
local function record(tvb, pinfo, tree)
  if tvb:len() < 32 or tvb(2, 2):uint() ~= 824 or tvb(14, 2):uint() ~= 16 then return end
  local len = tvb(16, 4):le_uint()
  local mtype = tvb(20, 2):le_uint()
  if len < 16 or 16 + len > tvb:len() then return end
  if mtype == 0x10 then return end -- nlctrl: the stock dissector shows it all
  local fam = BY_MSG_TYPE[mtype]
  if not fam and mtype ~= 0x1ff and mtype > 4 then return end
  local domain, queue = tvb(6, 2):uint(), tvb(8, 2):uint()
  local outgoing = tvb(0, 2):uint() == 4
  local t = tree:add(wire, tvb(0, 16 + len), string.format("hvlink record: dom %d queue %d %s",
    domain, queue, outgoing and "guest->host" or "host->guest"))
  t:add(f.domain, tvb(6, 2))
  t:add(f.queue, tvb(8, 2))
  t:add(f.direction, tvb(0, 2), outgoing and "guest->host" or "host->guest")
  local fl = t:add_le(f.flags, tvb(22, 2))
  for _, x in ipairs({ f.flag_request, f.flag_multi, f.flag_ack, f.flag_progress }) do
    fl:add_le(x, tvb(22, 2))
  end
  if mtype == 2 then
    fl:add_le(f.flag_capped, tvb(22, 2))
    fl:add_le(f.flag_ack_tlvs, tvb(22, 2))
  end
  t:add_le(f.seq, tvb(24, 4))
  t:add_le(f.port, tvb(28, 4))
  local key = domain .. "/" .. queue
  local flags = tvb(22, 2):le_uint()
  if fam and band(flags, 0x1) ~= 0 and len >= 20 and not pinfo.visited then
    requests[key .. "/" .. tvb(24, 4):le_uint()] = {
      fam = fam, op = fam.ops_by_id[tvb(32, 1):uint()], bytes = tvb(32, len - 16):bytes(),
    }
  end
  if mtype == 2 then dissect_error(tvb, 16, len, t, key, pinfo) end
end

wire.dissector = record
register_postdissector(wire)

proto.fields = fields
local genl = DissectorTable.get("genl.family")
for _, fam in ipairs(SPEC) do
  genl:add(fam.name, proto)
end
regs.dissector = regs_dissector
genl:add("hvlink_regs", regs)

function proto.init()
  requests = {}
end
