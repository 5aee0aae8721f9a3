//! The example portal built with its texts packed (as a site of more than
//! `parse::PACK_TEXTS_ABOVE` bytes of Markdown is) is the portal built
//! from held texts.

use std::path::Path;

use stegvis::BuildOptions;

fn built(pack_above: usize) -> stegvis::Built {
    let options = BuildOptions {
        now: Some(jiff::civil::date(2026, 12, 6)),
        pack_texts_above: Some(pack_above),
        ..BuildOptions::default()
    };
    stegvis::build_site(Path::new(env!("CARGO_MANIFEST_DIR")), &options).expect("built")
}

#[test]
fn the_example_portal_built_from_packed_texts_is_the_portal_built_from_held_ones() {
    let (packed, held) = (built(0), built(usize::MAX));
    let generated = |built: &stegvis::Built| -> Vec<(String, Vec<u8>)> {
        built
            .output
            .files
            .iter()
            .filter_map(|(path, file)| Some((path.clone(), file.generated()?.to_vec())))
            .collect()
    };
    let pages = generated(&packed);
    assert!(pages.len() > 50, "{} files", pages.len());
    assert!(
        pages == generated(&held),
        "the portal built from packed texts differs"
    );
    let findings = |built: &stegvis::Built| format!("{:?}", built.findings.sorted());
    assert_eq!(findings(&packed), findings(&held));
}
