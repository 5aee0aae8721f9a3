//! An Office file as a member might upload one: any bytes, read as a
//! Word, Excel, PowerPoint or OpenDocument file (the first byte picks which). No panic,
//! no hang, and memory within the reader's caps.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|input: &[u8]| {
    let Some((&pick, bytes)) = input.split_first() else {
        return;
    };
    let extension = ["docx", "xlsx", "pptx", "docm", "odt", "ods"][usize::from(pick % 6)];
    let _ = stegvis::documents::office_problems(bytes, extension);
});
