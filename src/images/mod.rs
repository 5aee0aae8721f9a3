//! Every published photo made fit for a phone and safe to publish (issue
//! 38): each JPEG and PNG of content/ and static/ is published without
//! what its camera wrote of where and with what (EXIF, XMP, IPTC: GPS
//! position, serial numbers; `[images] strip_metadata`), keeping only its
//! orientation; each JPEG and PNG of content/ wider than a variant width
//! (`[images] widths`, 480, 960 and 1600 px) also gets WebP copies at those
//! widths, turned as its EXIF orientation says, which pages offer with
//! `srcset`. An original over `[images] warn_over_kb` is a warning.
//!
//! Hostile files are expected: a file is decoded within `image`'s limits
//! (`LIMITS`), under `catch_unwind`; one that cannot be read is published
//! as it is, with a warning, never a failed build. What was made is kept in
//! `.stegvis/images/` by the SHA-256 of the original and the settings, so
//! that a rebuild or `serve` encodes nothing twice; a file whose path, size
//! and time are unchanged is not even hashed again.

mod cache;
mod metadata;

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use rayon::prelude::*;

use crate::config::ImagesConfig;
use crate::findings::{Finding, FindingKind};
use crate::load::{AttachmentFile, FileBytes, StaticFile};

/// The bytes of a file the build made: in `.stegvis/images/`, or in
/// memory when the build keeps no cache.
#[derive(Debug, Clone)]
pub enum Made {
    Disk(PathBuf),
    Memory(Arc<Vec<u8>>),
}

/// One smaller copy of an image.
#[derive(Debug, Clone)]
pub struct Variant {
    pub width: u32,
    pub height: u32,
    pub bytes: Made,
}

/// What the build made of one image.
#[derive(Debug, Clone, Default)]
pub struct Prepared {
    /// Width and height as shown (after its EXIF orientation).
    pub size: Option<(u32, u32)>,
    /// WebP copies, narrowest first.
    pub variants: Vec<Variant>,
    /// The original without its location and camera: what is published
    /// in its place. `None` when it held nothing to take away.
    pub stripped: Option<Made>,
}

impl Prepared {
    /// The widths of its variants, for a page's `srcset`.
    pub fn widths(&self) -> Vec<u32> {
        self.variants.iter().map(|variant| variant.width).collect()
    }
}

/// Every image the build prepared: content/'s by content path, static/'s
/// by their index in `Sources::static_files`.
#[derive(Debug, Default)]
pub struct Images {
    pub attachments: HashMap<String, Arc<Prepared>>,
    pub statics: HashMap<usize, Arc<Prepared>>,
    /// How many were made now, and how many taken from the cache.
    pub made: usize,
    pub cached: usize,
    pub findings: Vec<Finding>,
}

/// The output path of an image's variant `width` wide: `bild.jpg` →
/// `bild-480w.webp`, beside it.
pub fn variant_path(path: &str, width: u32) -> String {
    let stem = path.rsplit_once('.').map_or(path, |(stem, _)| stem);
    format!("{stem}-{width}w.webp")
}

/// The kind of image a name says, if it is one this stage prepares.
fn image_format(name: &str) -> Option<image::ImageFormat> {
    let extension = name.rsplit_once('.')?.1.to_ascii_lowercase();
    match extension.as_str() {
        "jpg" | "jpeg" => Some(image::ImageFormat::Jpeg),
        "png" => Some(image::ImageFormat::Png),
        _ => None,
    }
}

/// One image to prepare.
struct Job<'a> {
    /// Where it is, for findings.
    path: &'a Path,
    bytes: &'a FileBytes,
    size: u64,
    format: image::ImageFormat,
    /// Variants are made for content/'s images, which pages show.
    variants: bool,
    key: Key<'a>,
}

#[derive(Clone, Copy)]
enum Key<'a> {
    Attachment(&'a str),
    Static(usize),
}

/// Prepares every image of the site, from the cache in `root/.stegvis/`
/// where it can (written again when something was made, if `remember`).
pub fn prepare_site(
    root: &Path,
    attachments: &[AttachmentFile],
    static_files: &[StaticFile],
    config: &ImagesConfig,
    remember: bool,
) -> Images {
    let mut jobs: Vec<Job<'_>> = attachments
        .iter()
        .filter_map(|file| {
            Some(Job {
                path: &file.path,
                bytes: &file.bytes,
                size: file.size,
                format: image_format(&file.content_path)?,
                variants: true,
                key: Key::Attachment(&file.content_path),
            })
        })
        .collect();
    jobs.extend(static_files.iter().enumerate().filter_map(|(idx, file)| {
        let FileBytes::Disk(path) = &file.bytes else {
            return None; // the theme's own files hold no photos
        };
        Some(Job {
            path: &file.origin,
            bytes: &file.bytes,
            size: std::fs::metadata(path).map_or(0, |meta| meta.len()),
            format: image_format(&file.output_path)?,
            variants: false,
            key: Key::Static(idx),
        })
    }));
    let mut images = Images::default();
    if jobs.is_empty() || (!config.strip_metadata && config.widths.is_empty()) {
        return images;
    }
    let cache = cache::Cache::open(root, config, remember);
    let done: Vec<(Key<'_>, cache::Done)> = jobs
        .par_iter()
        .map(|job| (job.key, cache.prepared(job, config)))
        .collect();
    let mut index = Vec::new();
    for ((key, done), job) in done.into_iter().zip(&jobs) {
        if done.made {
            images.made += 1;
        } else {
            images.cached += 1;
        }
        index.extend(done.index);
        if let Some(problem) = &done.problem {
            images.findings.push(Finding::warning(
                FindingKind::Content,
                job.path,
                crate::msg!("image-unreadable", detail = problem),
            ));
        }
        if config.warn_over_kb > 0 && job.size > config.warn_over_kb * 1024 {
            let message = crate::msg!(
                "image-large",
                size = job.size.div_ceil(1024),
                limit = config.warn_over_kb
            );
            images
                .findings
                .push(Finding::warning(FindingKind::Content, job.path, message));
        }
        let prepared = Arc::new(done.prepared);
        match key {
            Key::Attachment(path) => {
                images.attachments.insert(path.to_string(), prepared);
            }
            Key::Static(idx) => {
                images.statics.insert(idx, prepared);
            }
        }
    }
    if images.made > 0 {
        cache.save(index);
    }
    images
}

/// An image's size as shown, and its copies' sizes.
#[doc(hidden)]
pub type ImageFacts = ((u32, u32), Vec<(u32, u32)>);

/// What `make` says of one file, without its `catch_unwind` (for the fuzz
/// target, which must see a panic): its size as shown and its copies'
/// sizes, or the problem.
#[doc(hidden)]
pub fn image_facts(bytes: &[u8], png: bool) -> Result<ImageFacts, String> {
    let format = if png {
        image::ImageFormat::Png
    } else {
        image::ImageFormat::Jpeg
    };
    let made = made(bytes, format, &[480, 960], true)?;
    let sizes = made.variants.iter().map(|&(w, h, _)| (w, h)).collect();
    Ok((made.size, sizes))
}

/// Decodes and encodes one image: what a cache miss costs. Any panic of a
/// codec is caught and said as a problem of the file.
fn make(
    bytes: &[u8],
    format: image::ImageFormat,
    widths: &[u32],
    strip: bool,
) -> Result<Encoded, String> {
    let made = std::panic::catch_unwind(|| made(bytes, format, widths, strip));
    made.unwrap_or_else(|_| Err(String::from("the image decoder stopped")))
}

/// What `make` makes, in memory.
pub(crate) struct Encoded {
    pub size: (u32, u32),
    /// (width, height, WebP bytes), narrowest first.
    pub variants: Vec<(u32, u32, Vec<u8>)>,
    pub stripped: Option<Vec<u8>>,
}

/// The most an image may ask of memory and size: a 100-megapixel photo
/// decodes, a file that claims a billion pixels does not.
fn limits() -> image::Limits {
    let mut limits = image::Limits::default();
    limits.max_image_width = Some(20_000);
    limits.max_image_height = Some(20_000);
    limits.max_alloc = Some(1 << 30);
    limits
}

fn made(
    bytes: &[u8],
    format: image::ImageFormat,
    widths: &[u32],
    strip: bool,
) -> Result<Encoded, String> {
    use image::ImageDecoder as _;
    use image::metadata::Orientation;
    let stripped = if strip {
        metadata::stripped(bytes, format)?
    } else {
        None
    };
    let mut reader = image::ImageReader::with_format(std::io::Cursor::new(bytes), format);
    reader.limits(limits());
    let mut decoder = reader.into_decoder().map_err(|error| error.to_string())?;
    let orientation = decoder.orientation().unwrap_or(Orientation::NoTransforms);
    let picture = image::DynamicImage::from_decoder(decoder).map_err(|error| error.to_string())?;
    let turned = matches!(
        orientation,
        Orientation::Rotate90
            | Orientation::Rotate270
            | Orientation::Rotate90FlipH
            | Orientation::Rotate270FlipH
    );
    let size = if turned {
        (picture.height(), picture.width())
    } else {
        (picture.width(), picture.height())
    };
    let mut variants = Vec::new();
    // Widest first, each made from the one before it: a 12-megapixel photo
    // is averaged down once (area averaging: as sharp as a filter when
    // shrinking by 2 or more, and several times faster), and turned only
    // then, at the copy's size.
    let mut from: Option<image::DynamicImage> = None;
    for &width in widths.iter().rev().filter(|&&width| width < size.0) {
        let height = ((u64::from(size.1) * u64::from(width)) / u64::from(size.0)).max(1) as u32;
        let smaller = match &from {
            Some(wider) => wider.thumbnail_exact(width, height),
            None => {
                let (across, down) = if turned {
                    (height, width)
                } else {
                    (width, height)
                };
                let mut smaller = picture.thumbnail_exact(across, down);
                smaller.apply_orientation(orientation);
                smaller
            }
        };
        variants.push((width, height, webp_of(&smaller, format)?));
        from = Some(smaller);
    }
    variants.reverse();
    Ok(Encoded {
        size,
        variants,
        stripped,
    })
}

/// A copy as WebP: lossy for a photo; lossless for a PNG, which is a
/// diagram or a screenshot more often than a photo, whose lines and
/// letters stay sharp so.
fn webp_of(picture: &image::DynamicImage, format: image::ImageFormat) -> Result<Vec<u8>, String> {
    let (width, height) = (picture.width(), picture.height());
    let (rgba, rgb);
    let encoder = if picture.color().has_alpha() {
        rgba = picture.to_rgba8();
        webp::Encoder::from_rgba(&rgba, width, height)
    } else {
        rgb = picture.to_rgb8();
        webp::Encoder::from_rgb(&rgb, width, height)
    };
    let mut config = webp::WebPConfig::new().map_err(|()| String::from("libwebp"))?;
    config.lossless = i32::from(format == image::ImageFormat::Png);
    config.quality = QUALITY;
    // libwebp's method 2 of 0–6 (cwebp's default is 4): 2.4 times faster
    // on a 1600 px photo, for a few per cent more bytes.
    config.method = 2;
    let webp = encoder
        .encode_advanced(&config)
        .map_err(|error| format!("WebP: {error:?}"))?;
    Ok(webp.to_vec())
}

/// WebP's quality for photos: at 80 a photo looks as its JPEG does, at
/// about two thirds of the bytes.
const QUALITY: f32 = 80.0;
