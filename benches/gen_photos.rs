//! Generates a portal of photos for the image benchmark (`benches/images`):
//! `cargo run --release --example gen-photos -- --photos 200 --out DIR`.
//! Twenty pages of ten photos each, every photo 4032 × 3024 (a 12-megapixel
//! phone camera) with grain, so that its JPEG is 3–6 MB as a phone's is,
//! and with the EXIF a phone writes (make, serial, GPS; every other one
//! taken upright, orientation 6).

use std::path::PathBuf;

#[path = "../tests/support/photo.rs"]
mod photo;

fn main() {
    let mut photos: usize = 200;
    let mut out = PathBuf::from("/tmp/stegvis-photos");
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match (arg.as_str(), args.next()) {
            ("--photos", Some(n)) => photos = n.parse().expect("--photos N"),
            ("--out", Some(dir)) => out = PathBuf::from(dir),
            _ => panic!("usage: gen-photos [--photos N] [--out DIR]"),
        }
    }
    let content = out.join("content");
    std::fs::create_dir_all(&content).expect("content/");
    std::fs::write(
        out.join("site.toml"),
        "title = \"Bilder\"\nbase_url = \"https://example.org/\"\n\n[images]\nwarn_over_kb = 0\n",
    )
    .expect("site.toml");
    std::fs::write(content.join("_index.md"), "---\ntitle: Bilder\n---\n").expect("home");
    let pages = photos.div_ceil(10);
    let mut bytes = 0;
    for page in 0..pages {
        let folder = content.join(format!("dag-{page:02}"));
        std::fs::create_dir_all(&folder).expect("a page bundle");
        let mut body = format!("---\ntitle: Nätverksdag {page}\n---\n");
        for n in (page * 10)..((page + 1) * 10).min(photos) {
            let orientation = if n % 2 == 0 { 6 } else { 1 };
            let jpeg = photo::grainy_photo(4032, 3024, photo::exif(orientation), n as u32 + 1);
            bytes += jpeg.len();
            std::fs::write(folder.join(format!("foto-{n:03}.jpg")), jpeg).expect("a photo");
            body.push_str(&format!(
                "\n![Bild {n} från nätverksdagen](foto-{n:03}.jpg)\n"
            ));
        }
        std::fs::write(folder.join("index.md"), body).expect("index.md");
    }
    println!("{photos} photos, {} MB, in {}", bytes >> 20, out.display());
}
