//! Photos fit for a phone and safe to publish (issue 38): a photo from a
//! phone, with its GPS position, camera serial and EXIF orientation, is
//! published without the first two and turned as the third says; its WebP
//! copies are written beside it and offered by `srcset`; a rebuild encodes
//! nothing again; a file that is no image is published as it is, with a
//! warning; an original over the budget is a warning.

use std::path::Path;
use std::process::Command;

use img_parts::ImageEXIF as _;

#[path = "support/photo.rs"]
mod photo;
use photo::{exif, photo};

fn write(root: &Path, path: &str, bytes: &[u8]) {
    let path = root.join(path);
    std::fs::create_dir_all(path.parent().expect("a folder")).expect("its folder");
    std::fs::write(path, bytes).expect("write");
}

fn build(root: &Path, out: &Path) -> String {
    let result = Command::new(env!("CARGO_BIN_EXE_stegvis"))
        .args(["build", "--root"])
        .arg(root)
        .arg("--output")
        .arg(out)
        .env_remove("STEGVIS_MESSAGES")
        .env("STEGVIS_MESSAGES", "en")
        .output()
        .expect("run stegvis");
    let stderr = String::from_utf8_lossy(&result.stderr).into_owned();
    assert!(result.status.success(), "{stderr}");
    stderr
}

fn site(root: &Path, extra: &str) {
    write(
        root,
        "site.toml",
        format!("title = \"Portal\"\nbase_url = \"https://example.org/\"\n{extra}").as_bytes(),
    );
    write(
        root,
        "content/_index.md",
        b"---\ntitle: Start\n---\n\n![N\xc3\xa4tverksdagen i L\xc3\xb6vsta](natverksdag.jpg)\n\nText.\n\n![Gruppbild](gruppbild.jpg)\n\n<p><img src=\"gruppbild.jpg\" alt=\"Gruppbild, liten\" width=\"300\"></p>\n",
    );
    // Taken on a phone held upright: stored 2000 × 1500, turned 90° clockwise.
    write(root, "content/natverksdag.jpg", &photo(2000, 1500, exif(6)));
    write(root, "content/gruppbild.jpg", &photo(800, 600, exif(1)));
}

#[test]
fn a_phone_photo_is_published_turned_without_its_position_or_serial_and_with_webp_copies() {
    let work = tempfile::tempdir().expect("temp dir");
    let (root, out) = (work.path().join("portal"), work.path().join("out"));
    site(&root, "");
    build(&root, &out);

    // The original keeps its picture and orientation, and nothing else.
    let published = std::fs::read(out.join("natverksdag.jpg")).expect("published");
    let parts = img_parts::jpeg::Jpeg::from_bytes(img_parts::Bytes::from(published.clone()))
        .expect("still a JPEG");
    let kept = parts.exif().expect("the orientation is kept");
    assert_eq!(
        image::metadata::Orientation::from_exif_chunk(&kept),
        Some(image::metadata::Orientation::Rotate90)
    );
    for secret in [&b"Apple"[..], b"SN-C39XK2PLQ7", b"N\0"] {
        assert!(
            !published
                .windows(secret.len())
                .any(|window| window == secret),
            "{:?} is still in the published photo",
            String::from_utf8_lossy(secret)
        );
    }
    let shown = image::load_from_memory(&published).expect("decodes");
    assert_eq!(
        (shown.width(), shown.height()),
        (2000, 1500),
        "the same picture"
    );

    // The copies: turned upright (1500 × 2000 as shown), at each width
    // narrower than the photo, with no metadata at all.
    for (width, height) in [(480, 640), (960, 1280)] {
        let bytes = std::fs::read(out.join(format!("natverksdag-{width}w.webp")))
            .unwrap_or_else(|_| panic!("the {width} px copy"));
        let copy =
            image::load_from_memory_with_format(&bytes, image::ImageFormat::WebP).expect("a WebP");
        assert_eq!((copy.width(), copy.height()), (width, height));
        // The red corner, stored at the top left, is at the top right once turned.
        let corner = copy.to_rgb8().get_pixel(width - 5, 5).0;
        assert!(
            corner[0] > 150 && corner[1] < 90,
            "{width}: turned: {corner:?}"
        );
        assert!(!bytes.windows(4).any(|window| window == b"EXIF"));
    }
    assert!(
        !out.join("natverksdag-1600w.webp").exists(),
        "no copy wider than the photo"
    );

    // The page offers the copies, says the size as shown, and loads the
    // second photo lazily.
    let page = std::fs::read_to_string(out.join("index.html")).expect("the page");
    assert!(
        page.contains("srcset=\"/natverksdag-480w.webp 480w, /natverksdag-960w.webp 960w\""),
        "{page}"
    );
    let img = |src: &str| {
        let at = page.find(src).unwrap_or_else(|| panic!("{src} in {page}"));
        let start = page[..at].rfind("<img").expect("its tag");
        let end = at + page[at..].find('>').expect("its end");
        page[start..end].to_string()
    };
    let first = img("src=/natverksdag.jpg");
    assert!(
        first.contains("width=1500") && first.contains("height=2000"),
        "{first}"
    );
    assert!(
        !first.contains("loading=lazy"),
        "the first image may be in view: {first}"
    );
    let second = img("src=/gruppbild.jpg");
    assert!(second.contains("loading=lazy"), "{second}");
    assert!(
        second.contains("width=800") && second.contains("height=600"),
        "{second}"
    );
}

#[test]
fn a_rebuild_encodes_nothing_again_also_after_the_photo_is_touched() {
    let work = tempfile::tempdir().expect("temp dir");
    let (root, out) = (work.path().join("portal"), work.path().join("out"));
    site(&root, "");
    build(&root, &out);
    let cache = root.join(".stegvis/images");
    let made = |cache: &Path| -> Vec<(std::path::PathBuf, std::time::SystemTime)> {
        let mut files: Vec<_> = walkdir::WalkDir::new(cache)
            .into_iter()
            .filter_map(Result::ok)
            .filter(|entry| entry.file_type().is_file() && entry.file_name() != "index.json")
            .map(|entry| {
                let modified = entry.metadata().expect("meta").modified().expect("time");
                (entry.into_path(), modified)
            })
            .collect();
        files.sort();
        files
    };
    let before = made(&cache);
    assert!(
        before.iter().any(|(path, _)| path.ends_with("960.webp")),
        "{before:?}"
    );
    let copy = std::fs::read(out.join("natverksdag-960w.webp")).expect("a copy");
    std::thread::sleep(std::time::Duration::from_millis(20));
    build(&root, &work.path().join("again"));
    assert_eq!(made(&cache), before, "nothing made again");
    // A photo saved again unchanged has a new time: it is hashed, not encoded.
    let photo = root.join("content/natverksdag.jpg");
    let bytes = std::fs::read(&photo).expect("photo");
    std::fs::write(&photo, bytes).expect("touch");
    build(&root, &work.path().join("touched"));
    assert_eq!(made(&cache), before, "nothing made after a touch");
    assert_eq!(
        std::fs::read(work.path().join("touched/natverksdag-960w.webp")).expect("the copy"),
        copy
    );
}

#[test]
fn a_file_that_is_no_image_is_published_as_it_is_with_a_warning_and_a_large_one_warns() {
    let work = tempfile::tempdir().expect("temp dir");
    let (root, out) = (work.path().join("portal"), work.path().join("out"));
    site(&root, "\n[images]\nwarn_over_kb = 100\n");
    let broken = b"\xff\xd8\xff\xe1\x00\x10Exif\x00\x00not a jpeg at all";
    write(&root, "content/trasig.jpg", broken);
    write(
        &root,
        "content/sida.md",
        b"---\ntitle: Sida\n---\n\n[Bilden](trasig.jpg)\n",
    );
    let big = photo(3000, 2000, exif(1));
    assert!(big.len() > 100 * 1024, "{} bytes", big.len());
    write(&root, "content/natverksdag.jpg", &big);
    let said = build(&root, &out);
    assert!(
        said.contains("content/trasig.jpg: warning[content]: the image cannot be read"),
        "{said}"
    );
    assert_eq!(
        std::fs::read(out.join("trasig.jpg")).expect("published"),
        broken
    );
    assert!(
        said.contains("content/natverksdag.jpg: warning[content]: the image is")
            && said.contains("over the limit of 100 kB"),
        "{said}"
    );
}

#[test]
fn with_strip_metadata_off_the_photo_is_published_byte_for_byte() {
    let work = tempfile::tempdir().expect("temp dir");
    let (root, out) = (work.path().join("portal"), work.path().join("out"));
    site(
        &root,
        "\n[images]\nstrip_metadata = false\nwidths = [400]\n",
    );
    build(&root, &out);
    assert_eq!(
        std::fs::read(out.join("natverksdag.jpg")).expect("published"),
        std::fs::read(root.join("content/natverksdag.jpg")).expect("source")
    );
    assert!(out.join("natverksdag-400w.webp").is_file());
    assert!(!out.join("natverksdag-480w.webp").exists());
}
