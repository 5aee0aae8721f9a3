//! The documents of tests/documents/make.py, read as the build reads them
//! (`stegvis::documents::office_problems`: each problem as it is named in
//! the code; the language of each is left out where it is not the point).

const FIXTURES: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/sites/documents_not_for_the_public_stop_the_build_and_leftovers_are_warned/content/"
);

fn problems_of(name: &str) -> Vec<String> {
    let bytes = std::fs::read(format!("{FIXTURES}{name}")).expect("a fixture");
    let extension = name.rsplit('.').next().expect("an extension");
    stegvis::documents::office_problems(&bytes, extension)
        .into_iter()
        .filter(|said| {
            !["Language(", "Pages(", "Link(", "Conforms("]
                .iter()
                .any(|fact| said.starts_with(fact))
        })
        .collect()
}

/// Everything read of a fixture: its problems and its facts.
fn read(name: &str) -> Vec<String> {
    let bytes = std::fs::read(format!("{FIXTURES}{name}")).expect("a fixture");
    let extension = name.rsplit('.').next().expect("an extension");
    stegvis::documents::office_problems(&bytes, extension)
}

#[test]
fn the_language_comes_from_the_properties() {
    let bytes = std::fs::read(format!("{FIXTURES}ren.docx")).expect("a fixture");
    let problems = stegvis::documents::office_problems(&bytes, "docx");
    assert!(
        problems.contains(&String::from("Language(sv-SE)")),
        "{problems:?}"
    );
    let bytes = std::fs::read(format!("{FIXTURES}utan-sprak.docx")).expect("a fixture");
    let problems = stegvis::documents::office_problems(&bytes, "docx");
    assert!(
        !problems.iter().any(|said| said.starts_with("Language(")),
        "{problems:?}"
    );
}

#[test]
fn a_purview_label_is_read_by_its_name() {
    assert_eq!(
        problems_of("konfidentiell.docx"),
        ["Label(\"Konfidentiell\")"]
    );
    assert_eq!(
        problems_of("publik.docx"),
        ["Label(\"Publik\")"],
        "read as any label: [documents] decides"
    );
}

#[test]
fn a_clean_document_has_no_problem_and_each_leftover_is_named() {
    assert_eq!(problems_of("ren.docx"), Vec::<String>::new());
    assert_eq!(problems_of("sparade-andringar.docx"), ["TrackedChanges"]);
    assert_eq!(problems_of("kommentarer.docx"), ["Comments"]);
    assert_eq!(problems_of("utan-titel.docx"), ["NoTitle"]);
    assert_eq!(
        problems_of("namn.docx"),
        ["Names([\"Anna Andersson\", \"Bo Berg\"])"]
    );
    assert_eq!(problems_of("makron.docm"), ["Macros"]);
}

#[test]
fn what_a_screen_reader_needs_is_checked_in_word_and_powerpoint() {
    assert_eq!(problems_of("utan-rubriker.docx"), ["NoHeadings"]);
    assert_eq!(
        problems_of("svenska-rubriker.docx"),
        Vec::<String>::new(),
        "Word's Swedish heading style is a heading"
    );
    assert_eq!(problems_of("bilder.docx"), ["ImagesWithoutAlt(2)"]);
    assert_eq!(problems_of("tabeller.docx"), ["TablesWithoutHeader(1)"]);
    assert_eq!(
        problems_of("presentation.pptx"),
        ["SlidesWithoutTitle(1)", "ImagesWithoutAlt(1)"]
    );
}

#[test]
fn opendocument_files_answer_the_same_questions() {
    assert_eq!(problems_of("ren.odt"), Vec::<String>::new());
    assert_eq!(
        problems_of("odf-kvarlevor.odt"),
        [
            "Names([\"Anna Andersson\"])",
            "TrackedChanges",
            "Comments",
            "NoHeadings"
        ]
    );
    assert_eq!(problems_of("odf-makron.ods"), ["Macros"]);
    assert_eq!(problems_of("odf-utan-titel.odp"), ["NoTitle"]);
}

#[test]
fn a_zip_bomb_and_a_broken_file_are_problems_not_failures() {
    assert_eq!(problems_of("zipbomb.docx"), ["TooLarge"]);
    let broken = problems_of("trasig.docx");
    assert!(
        broken.len() == 1 && broken[0].starts_with("Unreadable("),
        "{broken:?}"
    );
}

#[test]
fn a_tagged_pdf_is_read_with_its_language_pages_conformance_and_links() {
    assert_eq!(
        read("tillganglig.pdf"),
        [
            "Language(sv-SE)",
            "Pages(1)",
            "Conforms(PDF/UA-1)",
            "Link(https://example.org/dokument/)",
            "Link(https://example.org/borttagen-sida/)",
            "Link(https://www.example.com/rapport)",
        ]
    );
}

#[test]
fn what_a_pdf_lacks_for_a_screen_reader_and_what_it_leaves_in_are_named() {
    assert_eq!(
        problems_of("otaggad.pdf"),
        [
            "NotTagged",
            "TitleNotShown",
            "Names([\"Anna Andersson\"])",
            "Comments"
        ]
    );
    assert_eq!(
        problems_of("inskannad.pdf"),
        ["NotTagged", "NoTitle", "ImageOnlyPages(2)"],
        "a scan: images and no text"
    );
    assert_eq!(problems_of("last.pdf"), ["Locked"]);
    assert_eq!(problems_of("losenord.pdf"), ["Password"]);
    let broken = problems_of("trasig.pdf");
    assert!(
        broken.len() == 1 && broken[0].starts_with("Unreadable("),
        "{broken:?}"
    );
}

#[test]
fn word_counts_its_pages_and_names_its_links() {
    assert_eq!(
        read("lankar.docx"),
        [
            "Language(sv-SE)",
            "Pages(3)",
            "Link(https://example.org/dokument/)",
            "Link(https://example.org/borttagen-sida/)",
            "Link(mailto:natverket@example.org)",
        ]
    );
}

/// Files saved by a real office suite (tests/documents/make_libreoffice.sh):
/// what LibreOffice writes is read as it means it.
fn libreoffice(name: &str) -> Vec<String> {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/documents/libreoffice/");
    let bytes = std::fs::read(format!("{path}{name}")).expect("a LibreOffice file");
    let extension = name.rsplit('.').next().expect("an extension");
    stegvis::documents::office_problems(&bytes, extension)
}

#[test]
fn files_saved_by_libreoffice_are_read_as_it_wrote_them() {
    let links = [
        "Link(https://example.org/dokument/)",
        "Link(https://www.example.com/rapport)",
    ];
    // Its language is the suite's locale's, not the page's: a real finding.
    let expected = |facts: &[&str]| -> Vec<String> {
        facts
            .iter()
            .chain(&links)
            .map(|fact| fact.to_string())
            .collect()
    };
    assert_eq!(
        libreoffice("handlingsplan.docx"),
        expected(&["Language(en-US)"])
    );
    // LibreOffice keeps an OpenDocument text's language in styles.xml only.
    assert_eq!(
        libreoffice("handlingsplan.odt"),
        expected(&["Language(en-US)", "Pages(1)"])
    );
    assert_eq!(
        libreoffice("handlingsplan-standard.pdf"),
        expected(&["NotTagged", "Language(en-US)", "Pages(1)"]),
        "the default export has no tags"
    );
    assert_eq!(
        libreoffice("handlingsplan-pdfua.pdf"),
        expected(&["Language(en-US)", "Pages(1)", "Conforms(PDF/UA-1)"])
    );
}
