//! A PDF as a member might upload one: any bytes, read as the build reads
//! a PDF (lopdf within the reader's caps). No panic, no hang, and memory
//! within the caps. The build also catches panics and stops a slow read;
//! this target is where either would be found.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    let _ = stegvis::documents::office_problems(bytes, "pdf");
});
