//! The slug rules: the result is lowercase ASCII letters, digits and single
//! dashes, never starting or ending with a dash, and slugging is idempotent.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let slug = stegvis::slug::slugify(text);
    assert!(
        slug.chars().all(|ch| ch.is_ascii_lowercase() || ch.is_ascii_digit() || ch == '-'),
        "{slug}"
    );
    assert!(!slug.starts_with('-') && !slug.ends_with('-') && !slug.contains("--"), "{slug}");
    assert_eq!(stegvis::slug::slugify(&slug), slug);
});
