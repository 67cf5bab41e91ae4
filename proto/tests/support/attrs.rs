//! Attribute bytes built by hand, for the tests that feed decoders and the serving glue what
//! a well-behaved encoder would never write. Included by `serve.rs` and `validation.rs`.

use hvlink_proto::codec::{Builder, SliceSink};

/// The bytes of the attributes `put` writes (the tests place them at offset 20 of a
/// message, after the two headers).
pub fn attrs(put: impl FnOnce(&mut Builder<SliceSink<'_>>)) -> Vec<u8> {
    let mut buf = vec![0u8; 256];
    let n = {
        let mut b = Builder::new(SliceSink::new(&mut buf));
        put(&mut b);
        b.len()
    };
    buf.truncate(n);
    buf
}
