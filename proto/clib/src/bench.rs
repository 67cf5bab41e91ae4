//! The C side of the codec bench: the generated C encoders and parsers on the bench's two
//! messages (`event_channel.send`, a 64-entry `grant_table.map_grant_ref` batch), through
//! `csrc/bench.c`.

extern "C" {
    fn hvlink_cbench_encode_send(buf: *mut u8, cap: usize) -> i64;
    fn hvlink_cbench_decode_send(buf: *const u8, n: usize) -> u64;
    fn hvlink_cbench_encode_map(buf: *mut u8, cap: usize, entries: u32) -> i64;
    fn hvlink_cbench_decode_map(buf: *const u8, n: usize) -> u64;
}

/// Write `event_channel.send { port 3 }` (seq 1, port 1) with the C builders; its length
/// (0 when `buf` is too small).
pub fn encode_send(buf: &mut [u8]) -> usize {
    // SAFETY: the C writes at most `buf.len()` bytes of `buf`.
    let n = unsafe { hvlink_cbench_encode_send(buf.as_mut_ptr(), buf.len()) };
    n.max(0) as usize
}

/// Parse and validate a send request with the generated C parser, read it (as the Rust
/// bench row does): port + cmd + seq, or `u64::MAX` when it is refused.
pub fn decode_send(buf: &[u8]) -> u64 {
    // SAFETY: the C reads `buf` within its length.
    unsafe { hvlink_cbench_decode_send(buf.as_ptr(), buf.len()) }
}

/// Write the bench's map batch of `entries` entries (`samples::entry(i)` values: dom 1,
/// ref i, flags host-map, address 0x1000 * (i + 1)... as in `csrc/bench.c`).
pub fn encode_map(buf: &mut [u8], entries: u32) -> usize {
    // SAFETY: as in `encode_send`.
    let n = unsafe { hvlink_cbench_encode_map(buf.as_mut_ptr(), buf.len(), entries) };
    n.max(0) as usize
}

/// Parse and validate a map request, iterate its entries and sum their fields, or
/// `u64::MAX` when it is refused.
pub fn decode_map(buf: &[u8]) -> u64 {
    // SAFETY: as in `decode_send`.
    unsafe { hvlink_cbench_decode_map(buf.as_ptr(), buf.len()) }
}
