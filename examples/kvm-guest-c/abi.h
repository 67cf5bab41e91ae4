/* abi.h - the contract between the VMM and the bare-metal payloads, for C: the constants of
 * host/kvm/src/abi.rs (host/kvm/tests/kvm.rs checks they are the same). */
#ifndef HVLINK_KVM_ABI_H
#define HVLINK_KVM_ABI_H

#define ABI_MEM_SIZE (32ull << 20)
#define ABI_PML4_GPA 0x1000ull
#define ABI_PDPT_GPA 0x2000ull
#define ABI_PD_GPA 0x3000ull
#define ABI_GDT_GPA 0x4000ull
#define ABI_TSS_GPA 0x5000ull
#define ABI_BOOT_GPA 0x6000ull
#define ABI_LOAD_GPA 0x100000ull
#define ABI_LOAD_END 0x700000ull
#define ABI_STACK_TOP 0x800000ull
#define ABI_QUEUE_GPA 0x1000000ull
#define ABI_QUEUE_SPAN 0x400000ull
#define ABI_MAP_GPA 0x800000ull
#define ABI_PORT_DOORBELL 0x600u
#define ABI_PORT_FASTABI 0x610u
#define ABI_PORT_CONSOLE 0x620u
#define ABI_PORT_REPORT 0x630u
#define ABI_PORT_DONE 0x640u
#define ABI_BOOT_DOMAIN 0u
#define ABI_BOOT_OWNER 1u
#define ABI_BOOT_FIRST_REF 2u
#define ABI_BOOT_REFS 3u
#define ABI_BOOT_REMOTE_PORT 4u
#define ABI_BOOT_MODE 5u
#define ABI_BOOT_OPS 6u
#define ABI_BOOT_RING 7u
#define ABI_BOOT_BATCHES 8u
#define ABI_BOOT_WORDS 9u
#define ABI_MODE_DEMO 0ull
#define ABI_MODE_HOSTILE 1ull
#define ABI_REP_BEGIN 1ull
#define ABI_REP_END 2ull
#define ABI_REP_MAPPED 3ull
#define ABI_REP_CHECK 4ull
#define ABI_REP_PORT 5ull
#define ABI_REP_STATUS 6ull
#define ABI_REP_QUEUE 7ull
#define ABI_REP_QUEUE_STATUS 8ull
#define ABI_PHASE_REGISTER 1ull
#define ABI_PHASE_RING 2ull
#define ABI_PHASE_PIPELINED 3ull
#define ABI_CHECK_MAPPED 1ull
#define ABI_CHECK_UNMAPPED 2ull
#define ABI_CHECK_EVENTS 3ull
#define ABI_CHECK_HOSTILE 4ull
#define ABI_WHAT_BAD_FAMILY 1ull
#define ABI_WHAT_BAD_OP 2ull
#define ABI_WHAT_BAD_ARG 3ull
#define ABI_WHAT_BAD_MESSAGE 4ull
#define ABI_WHAT_STILL_WORKS 5ull
#define ABI_WHAT_BAD_QUEUE 6ull
#define ABI_WHAT_NOT_GRANTED 7ull

#endif
