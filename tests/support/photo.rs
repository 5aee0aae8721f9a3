//! A photo as a phone writes it, for tests/images.rs and the image
//! benchmark (benches/gen_photos.rs): a JPEG with EXIF that holds the
//! camera's make, a body serial number, a GPS position and an orientation.

// Each user takes what it needs: the tests the smooth photo, the benchmark the grainy one.
#![allow(dead_code)]

use img_parts::ImageEXIF as _;

/// A little-endian TIFF (EXIF) block: IFD0 with the camera's make, the
/// orientation, and pointers to an Exif IFD (a body serial number) and a
/// GPS IFD (a latitude), as a phone writes them.
pub fn exif(orientation: u16) -> Vec<u8> {
    // Each entry: tag, type, count, value bytes (inline when 4 or fewer).
    type Entry = (u16, u16, u32, Vec<u8>);
    fn ifd(entries: &[Entry], at: u32, out: &mut Vec<u8>) {
        let data_at = at + 2 + 12 * entries.len() as u32 + 4;
        let mut data: Vec<u8> = Vec::new();
        out.extend((entries.len() as u16).to_le_bytes());
        for (tag, kind, count, value) in entries {
            out.extend(tag.to_le_bytes());
            out.extend(kind.to_le_bytes());
            out.extend(count.to_le_bytes());
            if value.len() <= 4 {
                let mut inline = value.clone();
                inline.resize(4, 0);
                out.extend(inline);
            } else {
                out.extend((data_at + data.len() as u32).to_le_bytes());
                data.extend(value);
            }
        }
        out.extend(0u32.to_le_bytes());
        out.extend(data);
    }
    let ascii = |text: &str| (text.len() as u32 + 1, [text.as_bytes(), &[0]].concat());
    let (make_count, make) = ascii("Apple");
    let (serial_count, serial) = ascii("SN-C39XK2PLQ7");
    let rational = |n: u32| [n.to_le_bytes(), 1u32.to_le_bytes()].concat();
    let latitude = [rational(59), rational(19), rational(42)].concat();
    // IFD0 at 8: four entries and the make after them.
    let ifd0_size = 2 + 12 * 4 + 4 + make.len() as u32;
    let exif_at = 8 + ifd0_size;
    let exif_size = 2 + 12 + 4 + serial.len() as u32;
    let gps_at = exif_at + exif_size;
    let mut out = b"II\x2a\x00\x08\x00\x00\x00".to_vec();
    ifd(
        &[
            (0x010F, 2, make_count, make),
            (0x0112, 3, 1, orientation.to_le_bytes().to_vec()),
            (0x8769, 4, 1, exif_at.to_le_bytes().to_vec()),
            (0x8825, 4, 1, gps_at.to_le_bytes().to_vec()),
        ],
        8,
        &mut out,
    );
    ifd(&[(0xA431, 2, serial_count, serial)], exif_at, &mut out);
    ifd(
        &[(0x0001, 2, 2, b"N\0".to_vec()), (0x0002, 5, 3, latitude)],
        gps_at,
        &mut out,
    );
    out
}

/// A photo `width` × `height` as stored (before its orientation), a
/// gradient with a red corner at the stored top left, with `exif` in it.
pub fn photo(width: u32, height: u32, exif: Vec<u8>) -> Vec<u8> {
    let picture = image::RgbImage::from_fn(width, height, |x, y| {
        if x < width / 10 && y < height / 10 {
            image::Rgb([220, 20, 20])
        } else {
            image::Rgb([(x * 255 / width) as u8, (y * 255 / height) as u8, 120])
        }
    });
    jpeg(&picture, exif, 90)
}

/// `picture` as a JPEG of `quality`, with `exif` in it.
fn jpeg(picture: &image::RgbImage, exif: Vec<u8>, quality: u8) -> Vec<u8> {
    let mut jpeg = Vec::new();
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut jpeg, quality)
        .encode_image(picture)
        .expect("encode");
    let mut parts =
        img_parts::jpeg::Jpeg::from_bytes(img_parts::Bytes::from(jpeg)).expect("a JPEG");
    parts.set_exif(Some(img_parts::Bytes::from(exif)));
    parts.encoder().bytes().to_vec()
}

/// A photo with grain, as a phone camera's JPEG has it: about as many
/// bytes as a real one of its size (3–6 MB at 12 megapixels), unlike the
/// smooth `photo`.
pub fn grainy_photo(width: u32, height: u32, exif: Vec<u8>, seed: u32) -> Vec<u8> {
    let mut state = seed.wrapping_mul(2_654_435_761).max(1);
    let picture = image::RgbImage::from_fn(width, height, |x, y| {
        state ^= state << 13;
        state ^= state >> 17;
        state ^= state << 5;
        let grain = (state % 48) as u8;
        image::Rgb([
            ((x * 200 / width) as u8).saturating_add(grain),
            ((y * 200 / height) as u8).saturating_add(grain / 2),
            (((x + y) % 256) as u8 / 2).saturating_add(grain),
        ])
    });
    jpeg(&picture, exif, 92)
}
