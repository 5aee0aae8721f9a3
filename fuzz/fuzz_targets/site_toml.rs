//! site.toml: a config or findings that each have a line, never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    if let Err(findings) = stegvis::config::parse(text, &Default::default()) {
        for finding in findings {
            assert!(finding.span.is_some(), "{finding:?}");
        }
    }
});
