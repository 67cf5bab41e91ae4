#![no_main]
libfuzzer_sys::fuzz_target!(|data: &[u8]| hvlink_deploy::fuzzing::engine(data));
