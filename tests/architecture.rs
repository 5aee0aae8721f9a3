//! ARCHITECTURE.md names files and folders; this fails when one of them is gone,
//! so the map stays true when the code moves.

use std::path::Path;

#[test]
fn every_path_named_in_architecture_md_exists() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let map = std::fs::read_to_string(root.join("ARCHITECTURE.md")).expect("ARCHITECTURE.md");
    let mut named = 0;
    for word in
        map.split(|ch: char| ch.is_whitespace() || ch == '`' || ch == ',' || ch == '(' || ch == ')')
    {
        let word = word.trim_end_matches([':', '.']);
        let is_path = (word.starts_with("src/")
            || word.starts_with("tests/")
            || word.starts_with("themes/")
            || word.starts_with("benches/"))
            && !word.contains('<')
            && !word.contains('*');
        if is_path {
            named += 1;
            assert!(
                root.join(word).exists(),
                "ARCHITECTURE.md names {word}, which does not exist"
            );
        }
    }
    assert!(
        named > 10,
        "ARCHITECTURE.md should name the files of the pipeline"
    );
}
