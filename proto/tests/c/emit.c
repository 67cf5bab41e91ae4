/* Emits requests with the generated C header and writes them to stdout; the Rust test
 * proto/tests/c_header.rs decodes them with the generated Rust decoders and compares them
 * byte for byte with the Rust encoders' output. */
#include <stdio.h>

#include "hvlink.h"

static unsigned char buf[8192];

int main(void)
{
    struct hvlink_buf b;
    size_t m, n, i;
    long len;

    hvlink_buf_init(&b, buf, sizeof buf);

    /* 1. event_channel.send: port 7. */
    m = hvlink_event_channel_send_begin(&b, 1, 0);
    hvlink_put_u32(&b, HVLINK_EVENT_CHANNEL_ATTR_PORT_REQ_PORT, 7);
    if (hvlink_msg_end(&b, m) < 0)
        return 1;

    /* 2. grant_table.map_grant_ref, batch form: ordered mode (must-understand), 3 entries. */
    m = hvlink_grant_table_map_grant_ref_begin(&b, 2, 0x77);
    hvlink_put_u8(&b, HVLINK_GRANT_TABLE_ATTR_MAP_REQ_MODE, HVLINK_GRANT_TABLE_MAP_MODE_ORDERED);
    for (i = 0; i < 3; i++) {
        n = hvlink_nest_begin(&b, HVLINK_GRANT_TABLE_ATTR_MAP_REQ_ENTRY);
        hvlink_put_u16(&b, HVLINK_GRANT_TABLE_ATTR_MAP_ENTRY_DOM, 1);
        hvlink_put_u32(&b, HVLINK_GRANT_TABLE_ATTR_MAP_ENTRY_REF, (uint32_t)(10 + i));
        hvlink_put_u32(&b, HVLINK_GRANT_TABLE_ATTR_MAP_ENTRY_FLAGS,
                       HVLINK_GRANT_TABLE_GNTMAP_FLAGS_HOST_MAP | HVLINK_GRANT_TABLE_GNTMAP_FLAGS_READONLY);
        hvlink_put_u64(&b, HVLINK_GRANT_TABLE_ATTR_MAP_ENTRY_HOST_ADDR, 0x1000u * (i + 1));
        hvlink_nest_end(&b, n);
    }
    if (hvlink_msg_end(&b, m) < 0)
        return 1;

    /* 3. sched.poll: a timeout and three ports (a repeated scalar). */
    m = hvlink_sched_poll_begin(&b, 3, 0);
    hvlink_put_u64(&b, HVLINK_SCHED_ATTR_POLL_REQ_TIMEOUT, 1000000u);
    for (i = 3; i < 6; i++)
        hvlink_put_u32(&b, HVLINK_SCHED_ATTR_POLL_REQ_PORT, (uint32_t)i);
    if (hvlink_msg_end(&b, m) < 0)
        return 1;

    /* 4. control.get_family by name (a string). */
    m = hvlink_control_get_family_begin(&b, 4, 0);
    hvlink_put_string(&b, HVLINK_CONTROL_ATTR_GET_FAMILY_REQ_FAMILY_NAME, "grant_table");
    if (hvlink_msg_end(&b, m) < 0)
        return 1;

    /* 5. control.queue_setup (notify-port left at its default, so not sent). */
    m = hvlink_control_queue_setup_begin(&b, 5, 0);
    hvlink_put_u64(&b, HVLINK_CONTROL_ATTR_QUEUE_SETUP_REQ_BASE_GPA, 0x100000u);
    hvlink_put_u32(&b, HVLINK_CONTROL_ATTR_QUEUE_SETUP_REQ_PAGES, 8);
    hvlink_put_u16(&b, HVLINK_CONTROL_ATTR_QUEUE_SETUP_REQ_QUEUE_ID, 2);
    hvlink_put_u8(&b, HVLINK_CONTROL_ATTR_QUEUE_SETUP_REQ_KIND, HVLINK_CONTROL_QUEUE_KIND_USERSPACE);
    hvlink_put_u64(&b, HVLINK_CONTROL_ATTR_QUEUE_SETUP_REQ_FEATURES,
                   HVLINK_CONTROL_QUEUE_FEATURES_EVENT_SUPPRESSION | HVLINK_CONTROL_QUEUE_FEATURES_HOST_POLLING);
    if (hvlink_msg_end(&b, m) < 0)
        return 1;

    /* 6. hvm.set_param on the caller (dom left at DOMID_SELF, its default). */
    m = hvlink_hvm_set_param_begin(&b, 6, 0);
    hvlink_put_u32(&b, HVLINK_HVM_ATTR_SET_PARAM_REQ_INDEX, HVLINK_HVM_HVM_PARAM_STORE_EVTCHN);
    hvlink_put_u64(&b, HVLINK_HVM_ATTR_SET_PARAM_REQ_VALUE, 0xdeadbeefcafeull);
    if (hvlink_msg_end(&b, m) < 0)
        return 1;

    /* 7. vcpu.get_runstate_info and a signed attribute: sched.pin_override pcpu -3. */
    m = hvlink_vcpu_get_runstate_info_begin(&b, 7, 0);
    hvlink_put_u32(&b, HVLINK_VCPU_ATTR_VCPU_REQ_VCPU, 1);
    if (hvlink_msg_end(&b, m) < 0)
        return 1;
    m = hvlink_sched_pin_override_begin(&b, 8, 0);
    hvlink_put_s32(&b, HVLINK_SCHED_ATTR_PIN_OVERRIDE_REQ_PCPU, -3);
    len = hvlink_msg_end(&b, m);
    if (len < 0)
        return 1;

    /* An overflowing buffer is caught, not written past. */
    {
        unsigned char small[24];
        struct hvlink_buf s;
        hvlink_buf_init(&s, small, sizeof small);
        m = hvlink_event_channel_send_begin(&s, 9, 0);
        hvlink_put_u32(&s, HVLINK_EVENT_CHANNEL_ATTR_PORT_REQ_PORT, 7);
        if (hvlink_msg_end(&s, m) != -1 || s.len > sizeof small)
            return 2;
    }

    /* Register mapping macros are usable as array indices / constants. */
    if (HVLINK_GRANT_TABLE_MAP_GRANT_REF_IN_DOM != HVLINK_REG_RSI ||
        HVLINK_EVENT_CHANNEL_STATUS_OUT_PIRQ != HVLINK_REG_R11 ||
        HVLINK_GRANT_TABLE_RAX != 0x40000014u || HVLINK_GRANT_TABLE_MAP_GRANT_REF_MAX_REPLY != 40960u)
        return 3;

    if (fwrite(buf, 1, b.len, stdout) != b.len)
        return 4;
    return 0;
}
