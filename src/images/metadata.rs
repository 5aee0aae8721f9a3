//! What a camera writes into a photo besides the picture, taken out before
//! it is published: EXIF (GPS position, camera and lens serial numbers,
//! owner), XMP (which repeats them), Photoshop's IPTC block and comments in
//! a JPEG; `eXIf` and text chunks in a PNG. Only the orientation is kept,
//! in an EXIF of its own, so that the photo still stands the right way up.
//! The picture's bytes are not touched: nothing is decoded or re-encoded.

use img_parts::{Bytes, ImageEXIF as _};

use image::metadata::Orientation;

/// JPEG markers of segments that carry metadata.
const APP1: u8 = 0xE1;
const APP13: u8 = 0xED;
const COM: u8 = 0xFE;

/// PNG chunks that carry metadata.
const PNG_METADATA: [[u8; 4]; 4] = [*b"eXIf", *b"tEXt", *b"zTXt", *b"iTXt"];

/// The file without its metadata, or `None` when it holds none; an error
/// when it is not a JPEG or PNG that can be taken apart.
pub(crate) fn stripped(
    bytes: &[u8],
    format: image::ImageFormat,
) -> Result<Option<Vec<u8>>, String> {
    let bytes = Bytes::copy_from_slice(bytes);
    match format {
        image::ImageFormat::Jpeg => jpeg(bytes),
        image::ImageFormat::Png => png(bytes),
        _ => Ok(None),
    }
}

fn jpeg(bytes: Bytes) -> Result<Option<Vec<u8>>, String> {
    let mut jpeg = img_parts::jpeg::Jpeg::from_bytes(bytes).map_err(|error| error.to_string())?;
    let orientation = jpeg
        .exif()
        .and_then(|exif| Orientation::from_exif_chunk(&exif));
    let carries = |marker: u8| matches!(marker, APP1 | APP13 | COM);
    if !jpeg
        .segments()
        .iter()
        .any(|segment| carries(segment.marker()))
    {
        return Ok(None);
    }
    // APP1 is EXIF or XMP, APP13 Photoshop's IPTC: all of them go.
    jpeg.segments_mut()
        .retain(|segment| !carries(segment.marker()));
    jpeg.set_exif(orientation_only(orientation));
    Ok(Some(jpeg.encoder().bytes().to_vec()))
}

fn png(bytes: Bytes) -> Result<Option<Vec<u8>>, String> {
    let mut png = img_parts::png::Png::from_bytes(bytes).map_err(|error| error.to_string())?;
    if !png
        .chunks()
        .iter()
        .any(|chunk| PNG_METADATA.contains(&chunk.kind()))
    {
        return Ok(None);
    }
    let orientation = png
        .exif()
        .and_then(|exif| Orientation::from_exif_chunk(&exif));
    for kind in PNG_METADATA {
        png.remove_chunks_by_type(kind);
    }
    png.set_exif(orientation_only(orientation));
    Ok(Some(png.encoder().bytes().to_vec()))
}

/// An EXIF block holding only an orientation (a TIFF header and one IFD
/// of one entry), or none for a photo that needs no turning.
fn orientation_only(orientation: Option<Orientation>) -> Option<Bytes> {
    let value = orientation?.to_exif();
    if value == Orientation::NoTransforms.to_exif() {
        return None;
    }
    let mut tiff = Vec::with_capacity(26);
    tiff.extend_from_slice(b"MM\0\x2a\0\0\0\x08"); // big-endian, IFD at 8
    tiff.extend_from_slice(&1u16.to_be_bytes()); // one entry
    tiff.extend_from_slice(&0x0112u16.to_be_bytes()); // Orientation
    tiff.extend_from_slice(&3u16.to_be_bytes()); // SHORT
    tiff.extend_from_slice(&1u32.to_be_bytes()); // one value
    tiff.extend_from_slice(&[0, value, 0, 0]); // in the entry, left-justified
    tiff.extend_from_slice(&0u32.to_be_bytes()); // no next IFD
    Some(Bytes::from(tiff))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_orientation_block_reads_back_as_its_orientation() {
        for value in 2..=8 {
            let orientation = Orientation::from_exif(value);
            let block = orientation_only(orientation).expect("a block");
            assert_eq!(Orientation::from_exif_chunk(&block), orientation);
        }
        assert!(orientation_only(Some(Orientation::NoTransforms)).is_none());
    }
}
