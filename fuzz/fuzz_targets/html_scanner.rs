//! Rendered HTML read back by `check`'s scanner (html5gum): no panic, no
//! stack overflow, on any bytes.
#![no_main]

use libfuzzer_sys::fuzz_target;
use stegvis::render::PageSink;

fuzz_target!(|html: &[u8]| {
    let scanner = stegvis::check::html::Scanner::default();
    scanner.page("a/index.html", &std::sync::Arc::new(html.to_vec()));
});
