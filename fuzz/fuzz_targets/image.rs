//! A photo as an editor might upload one: any bytes, read as a JPEG or PNG
//! (the first byte picks which), its metadata taken out and its WebP copies
//! made. No panic, no hang, and memory within `image`'s limits.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|input: &[u8]| {
    let Some((&pick, bytes)) = input.split_first() else {
        return;
    };
    let _ = stegvis::images::image_facts(bytes, pick % 2 == 1);
});
