//! One Markdown file, front matter and body, through parse: no panic, and
//! every finding has a line.
#![no_main]

use libfuzzer_sys::fuzz_target;
use stegvis::load::SourceFile;

fuzz_target!(|text: &str| {
    let source = SourceFile {
        path: "content/a.md".into(),
        content_path: String::from("a.md"),
        text: stegvis::load::Contents::Read(text.to_string()),
        stamp: Default::default(),
    };
    let (_, findings) = stegvis::parse::document(source);
    for finding in findings {
        assert!(finding.span.is_some(), "{finding:?}");
    }
});
