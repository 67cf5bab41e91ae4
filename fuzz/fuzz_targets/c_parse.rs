#![no_main]
libfuzzer_sys::fuzz_target!(|data: &[u8]| hvlink_clib::fuzzing::c_parse(data));
