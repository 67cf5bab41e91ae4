//! # hvlink-clib — the generated C library, held to the Rust decoders
//!
//! `proto/include` holds a freestanding C library for guest kernels: `hvlink.h` (ids and
//! request builders), `hvlink_rt.h` (errors, attribute walk, messages, ERROR + extended
//! ack), `hvlink_parse.h` (generated: a parser and an encoder per attribute set, a reply
//! parser per op), `hvlink_ring.h` (the guest end of a queue) and `hvlink_fastabi.h`
//! (generated: CPUID detection and one register-call stub per op).
//!
//! This crate builds that C with the `cc` crate (its `build.rs`, through the generated
//! `csrc/cdiff.c` and the hand-written `csrc/shims.c`) and calls it through FFI, so that:
//!
//! - the differential tests (`tests/diff.rs`) can run the C parser and the Rust decoder on
//!   the same bytes — every op's reply ([`REPLIES`]) and request ([`REQUESTS`]) — and demand
//!   the same outcome: the same value (both re-encode what they parsed, byte for byte) or the
//!   same error (kind, offset, attribute, missing attribute, message); likewise the ERROR
//!   parsers, the ring consumers ([`ring`]), the C producer feeding the Rust consumer in
//!   another thread (`tests/ring_threads.rs`) and CPUID detection (`tests/detect.rs`);
//! - `tests/compile.rs` can compile it all with gcc and clang as C99/C11 (freestanding) and
//!   as C++;
//! - the fuzz target `c_parse` (in `fuzz/`) can run the C parsers and the C ring consumer
//!   under the sanitizers, with the same comparisons ([`fuzzing`]);
//! - the codec bench can time the C next to the Rust ([`bench`](mod@bench)).
//!
//! Contract: every function here is safe to call with any bytes; the C it calls is total on
//! any input (that is what the tests and the fuzzing check). `unsafe` is confined to the FFI
//! calls, each with its `// SAFETY:`.

#![deny(unsafe_code)]

use hvlink_codec::{Builder, ErrorKind, Message, SliceSink};
use hvlink_proto::rt::{AttrSet, Op};

#[allow(unsafe_code)] // FFI calls into the C
pub mod bench;
#[allow(unsafe_code)] // the C library's declarations
pub mod ffi;
pub mod fuzzing;
#[allow(missing_docs, clippy::all)]
pub mod generated;
#[allow(unsafe_code)] // FFI calls into the C ring
pub mod ring;

pub use generated::{ReplyCase, REPLIES, REQUESTS};

/// What a parser made of some bytes: the parsed value re-encoded (its attributes only, as
/// the Rust encoder writes them), or the error.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// Parsed; the value's canonical encoding (`None`: it could not be encoded).
    Ok(Option<Vec<u8>>),
    /// Refused.
    Err(Failure),
}

/// An error as both sides report it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Failure {
    /// `HVLINK_ERR_*` (the order of [`ErrorKind`]).
    pub kind: u32,
    /// Offset from the message start.
    pub offset: u32,
    /// Offending attribute type (0: none).
    pub attr: u16,
    /// Missing attribute type (0: none).
    pub missing: u16,
    /// The reason.
    pub msg: String,
}

/// The C number of an error kind (`HVLINK_ERR_*`).
pub fn kind_number(k: ErrorKind) -> u32 {
    match k {
        ErrorKind::Truncated => 1,
        ErrorKind::BadLength => 2,
        ErrorKind::TrailingBytes => 3,
        ErrorKind::LimitExceeded => 4,
        ErrorKind::BadSize => 5,
        ErrorKind::BadValue => 6,
        ErrorKind::NotNested => 7,
        ErrorKind::Missing => 8,
        ErrorKind::Duplicate => 9,
        ErrorKind::Unknown => 10,
        ErrorKind::UnknownMustUnderstand => 11,
        ErrorKind::Reserved => 12,
        ErrorKind::UnexpectedType => 13,
        ErrorKind::BufferTooSmall => 14,
        ErrorKind::TooLarge => 15,
        _ => 99,
    }
}

impl From<hvlink_codec::Error> for Failure {
    fn from(e: hvlink_codec::Error) -> Self {
        Failure {
            kind: kind_number(e.kind()),
            offset: e.offset(),
            attr: e.attr().unwrap_or(0),
            missing: e.missing().unwrap_or(0),
            msg: e.message().to_string(),
        }
    }
}

/// Decode then encode with the Rust side.
pub type RustFn = fn(&[u8]) -> Outcome;
/// The C shim of one op.
pub type CFn = unsafe extern "C" fn(
    buf: *const u8,
    n: usize,
    out: *mut u8,
    cap: usize,
    out_len: *mut usize,
    e: *mut ffi::CError,
) -> i32;

/// Largest canonical encoding: a reply is at most one 64 KiB message.
const ENCODE_CAP: usize = 1 << 17;

thread_local! {
    /// Scratch for the encodings (reused: the fuzz target calls this millions of times).
    static SCRATCH: std::cell::RefCell<(Vec<u8>, Vec<u8>)> =
        std::cell::RefCell::new((vec![0u8; ENCODE_CAP], vec![0u8; ENCODE_CAP]));
}

/// The Rust client's reading of a reply message of op `O` (header, family header, reply
/// set), and the value re-encoded.
pub fn rust_reply<O: Op>(bytes: &[u8]) -> Outcome {
    use hvlink_codec::{Error, ErrorKind};
    // A reply of this op only, as the client takes it (`guest::client`): the family's message
    // type, then the op's number.
    let decoded = Message::parse(bytes)
        .and_then(|m| {
            if m.message_type().0 != O::DESC.msg_type {
                return Err(Error::new(
                    ErrorKind::UnexpectedType,
                    4,
                    "not a message of this family",
                ));
            }
            m.genl()
        })
        .and_then(|(g, attrs)| {
            if g.cmd != O::DESC.id {
                return Err(Error::new(
                    ErrorKind::UnexpectedType,
                    16,
                    "a reply of another op",
                ));
            }
            O::Reply::decode(attrs)
        });
    match decoded {
        Err(e) => Outcome::Err(e.into()),
        Ok(v) => SCRATCH.with(|s| {
            let buf = &mut s.borrow_mut().0;
            let mut b = Builder::new(SliceSink::new(buf));
            match v.encode(&mut b) {
                Ok(()) => {
                    let n = b.len();
                    Outcome::Ok(Some(buf[..n].to_vec()))
                }
                Err(_) => Outcome::Ok(None),
            }
        }),
    }
}

/// The host's reading of a request message of op `O` (header, family header, request set:
/// the sets with closed enums and flag masks), and the value re-encoded.
pub fn rust_request<O: Op>(bytes: &[u8]) -> Outcome {
    let decoded = Message::parse(bytes)
        .and_then(|m| m.genl())
        .and_then(|(_, attrs)| O::Request::decode(attrs));
    match decoded {
        Err(e) => Outcome::Err(e.into()),
        Ok(v) => SCRATCH.with(|s| {
            let buf = &mut s.borrow_mut().0;
            let mut b = Builder::new(SliceSink::new(buf));
            match v.encode(&mut b) {
                Ok(()) => {
                    let n = b.len();
                    Outcome::Ok(Some(buf[..n].to_vec()))
                }
                Err(_) => Outcome::Ok(None),
            }
        }),
    }
}

/// The C parser's reading of the same bytes, through the op's shim.
pub fn c_reply(case: &ReplyCase, bytes: &[u8]) -> Outcome {
    SCRATCH.with(|s| c_reply_into(case, bytes, &mut s.borrow_mut().1))
}

#[allow(unsafe_code)] // an FFI call into the C shim
fn c_reply_into(case: &ReplyCase, bytes: &[u8], out: &mut [u8]) -> Outcome {
    let mut len = 0usize;
    let mut e = ffi::CError::default();
    // SAFETY: the shim reads `bytes` within its length, writes at most `out.len()` bytes of
    // `out`, one usize and one error struct, all valid for the call; it keeps no pointer.
    let r = unsafe {
        (case.c)(
            bytes.as_ptr(),
            bytes.len(),
            out.as_mut_ptr(),
            out.len(),
            &mut len,
            &mut e,
        )
    };
    if r != 0 {
        return Outcome::Err(e.failure());
    }
    if len == usize::MAX || len > out.len() {
        return Outcome::Ok(None);
    }
    Outcome::Ok(Some(out[..len].to_vec()))
}

/// The C and the Rust code read the same bytes differently: what each made of them.
#[derive(Debug, Clone, PartialEq)]
pub struct Disagreement<T> {
    /// What was read (the op's name, `ERROR parse`, `ring consumers`).
    pub what: &'static str,
    /// The bytes.
    pub input: Vec<u8>,
    /// The Rust reading.
    pub rust: T,
    /// The C reading.
    pub c: T,
}

impl<T: std::fmt::Debug> std::fmt::Display for Disagreement<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{}: C and Rust disagree on {:02x?}\n  rust: {:?}\n  c:    {:?}",
            self.what, self.input, self.rust, self.c
        )
    }
}

impl<T: std::fmt::Debug> std::error::Error for Disagreement<T> {}

impl<T: PartialEq> Disagreement<T> {
    /// `Ok(rust)` when both readings agree.
    pub fn check(
        what: &'static str,
        input: &[u8],
        rust: T,
        c: T,
    ) -> Result<T, Box<Disagreement<T>>> {
        if rust == c {
            Ok(rust)
        } else {
            Err(Box::new(Disagreement {
                what,
                input: input.to_vec(),
                rust,
                c,
            }))
        }
    }
}

/// Run both on `bytes`; `Err` is their disagreement.
pub fn compare(case: &ReplyCase, bytes: &[u8]) -> Result<Outcome, Box<Disagreement<Outcome>>> {
    Disagreement::check(case.name, bytes, (case.rust)(bytes), c_reply(case, bytes))
}

/// An ERROR message as the Rust codec reads it, in the C shim's flat form.
pub fn rust_errmsg(bytes: &[u8]) -> Result<ffi::CErrMsg, Failure> {
    let m = Message::parse(bytes)?;
    let e = m.error()?;
    let off = |s: &[u8]| (s.as_ptr() as usize - bytes.as_ptr() as usize) as u32;
    let mut o = ffi::CErrMsg {
        status: e.status,
        req_len: 0,
        req_seq: e.request.seq,
        req_port: e.request.port,
        req_type: e.request.message_type.0,
        req_flags: e.request.flags.0,
        ..ffi::CErrMsg::default()
    };
    // The echoed header's len is not part of the Rust repr; read it from the bytes (the
    // parse succeeded, so they are there).
    o.req_len = u32::from_le_bytes([bytes[20], bytes[21], bytes[22], bytes[23]]);
    if let Some(p) = e.request_payload {
        o.has_payload = 1;
        o.payload_off = off(p);
        o.payload_len = p.len() as u32;
    } else {
        // C reports where an echoed payload would start, with length 0.
        o.payload_off = 36;
    }
    if let Some(s) = e.ext.msg {
        o.has_msg = 1;
        o.msg_off = off(s.as_bytes());
        o.msg_len = s.len() as u32;
    }
    if let Some(v) = e.ext.offset {
        o.has_offset = 1;
        o.offset = v;
    }
    if let Some(c) = e.ext.cookie {
        o.has_cookie = 1;
        o.cookie_off = off(c);
        o.cookie_len = c.len() as u32;
    }
    if let Some(c) = e.ext.policy {
        o.has_policy = 1;
        o.policy_off = off(c);
        o.policy_len = c.len() as u32;
    }
    if let Some(v) = e.ext.missing_type {
        o.has_missing_type = 1;
        o.missing_type = v;
    }
    if let Some(v) = e.ext.missing_nest {
        o.has_missing_nest = 1;
        o.missing_nest = v;
    }
    Ok(o)
}

/// The C ERROR parser on the same bytes.
#[allow(unsafe_code)] // an FFI call into the C
pub fn c_errmsg(bytes: &[u8]) -> Result<ffi::CErrMsg, Failure> {
    let mut o = ffi::CErrMsg::default();
    let mut e = ffi::CError::default();
    // SAFETY: reads `bytes` within its length; writes the two structs only.
    let r = unsafe { ffi::hvlink_cdiff_errmsg(bytes.as_ptr(), bytes.len(), &mut o, &mut e) };
    if r == 0 {
        Ok(o)
    } else {
        Err(e.failure())
    }
}

/// The ERROR parsers' readings compared: the flat form, or where parsing failed.
pub type ErrMsgReading = Result<ffi::CErrMsg, Failure>;

/// Run both ERROR parsers; `Err` is their disagreement.
pub fn compare_errmsg(bytes: &[u8]) -> Result<(), Box<Disagreement<ErrMsgReading>>> {
    let r = rust_errmsg(bytes);
    let c = c_errmsg(bytes);
    // A capped or failed parse has no payload: C still reports the offset; compare it only
    // where Rust has one.
    let norm = |x: ErrMsgReading| {
        x.map(|mut o| {
            if o.has_payload == 0 {
                o.payload_off = 0;
                o.payload_len = 0;
            }
            o
        })
    };
    Disagreement::check("ERROR parse", bytes, norm(r), norm(c)).map(|_| ())
}
