//! content/, themes/, templates/ and static/ → `Sources`. Nothing else in the
//! pipeline reads the site folder; the stages after this one work in memory.
//! Names are NFC-normalised and everything is sorted, so the result does not
//! depend on the file system's order or on how it spells "ö".

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use include_dir::{Dir, include_dir};
use rayon::prelude::*;
use unicode_normalization::UnicodeNormalization;
use walkdir::WalkDir;

use crate::config::SiteConfig;
use crate::findings::{Finding, FindingKind, Findings, display_path};

static DEFAULT_THEME: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/themes/default");

pub(crate) const CONTENT_DIR: &str = "content";

/// Where a file of the embedded default theme says it comes from, in findings.
pub(crate) const DEFAULT_THEME_ORIGIN: &str = "(default theme)";

/// Every folder of the site that load reads (besides site.toml): what
/// `serve` watches.
pub(crate) const FOLDERS: &[&str] = &[CONTENT_DIR, "templates", "themes", "static", DATA_DIR];

/// The folder of tables (SPEC "Data and charts").
pub(crate) const DATA_DIR: &str = "data";

/// A Markdown file of content/.
#[derive(Debug, Clone)]
pub struct SourceFile {
    /// Relative to the site root, as on disk (`content/möten/a.md`).
    pub path: PathBuf,
    /// Relative to content/, NFC, `/`-separated (`möten/a.md`): what links name.
    pub content_path: String,
    pub text: Contents,
    pub stamp: Stamp,
}

/// A Markdown file's text, or that it was not read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Contents {
    Read(String),
    /// `known` said the file is unchanged since it was parsed: the parse
    /// cache has its document.
    Unchanged,
}

impl Contents {
    /// How many bytes of text were read.
    pub fn bytes(&self) -> usize {
        match self {
            Contents::Read(text) => text.len(),
            Contents::Unchanged => 0,
        }
    }
}

/// A file's size and modification time: `serve` takes an unchanged stamp for
/// an unchanged file (as make and cargo do) and does not read it again.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Stamp {
    modified: Option<std::time::SystemTime>,
    len: u64,
}

impl Stamp {
    /// Whether the file was last written well before `time`: file times are
    /// coarse (a clock tick), so a file written in the same instant it was
    /// read could change again without a new stamp ("racy git"). Only a
    /// settled file's stamp is trusted.
    pub(crate) fn settled_before(&self, time: std::time::SystemTime) -> bool {
        self.modified
            .and_then(|modified| modified.checked_add(std::time::Duration::from_secs(1)))
            .is_some_and(|settled| settled < time)
    }

    fn of(metadata: &std::fs::Metadata) -> Stamp {
        Stamp {
            modified: metadata.modified().ok(),
            len: metadata.len(),
        }
    }
}

/// Whether a Markdown file (by content path) with this stamp was read and
/// parsed before, so that its text is not needed.
pub(crate) type Known<'a> = &'a (dyn Fn(&str, Stamp) -> bool + Sync);

/// A file of content/ that is not Markdown, copied beside its page.
#[derive(Debug, Clone)]
pub struct AttachmentFile {
    pub path: PathBuf,
    pub content_path: String,
    pub size: u64,
    /// Width and height of a PNG, JPEG, GIF or WebP image, from its header.
    pub image_size: Option<(u32, u32)>,
    pub bytes: FileBytes,
}

/// Where a file's bytes are: compiled into the binary, or on disk, read when written.
#[derive(Debug, Clone)]
pub enum FileBytes {
    Embedded(&'static [u8]),
    Disk(PathBuf),
}

/// A file of static/ (the site's or the theme's), copied to the output root.
#[derive(Debug, Clone)]
pub struct StaticFile {
    /// Relative to the output root, `/`-separated.
    pub output_path: String,
    /// Where it came from, for findings: `static/logo.svg`, `themes/NAME/static/…`
    /// or `(default theme)/static/style.css`.
    pub origin: PathBuf,
    pub bytes: FileBytes,
}

/// One Tera template, after the override chain has picked its source.
#[derive(Debug, Clone)]
pub struct TemplateFile {
    /// The name templates use (`page.html`).
    pub name: String,
    /// Where it came from, for findings: `templates/page.html`,
    /// `themes/NAME/templates/page.html` or `(default theme)/templates/page.html`.
    pub origin: PathBuf,
    pub text: String,
}

/// One theme strings file (`i18n/sv.toml`).
#[derive(Debug, Clone)]
pub struct StringsFile {
    pub language: String,
    pub origin: PathBuf,
    pub text: String,
}

#[derive(Debug, Default)]
pub struct Sources {
    pub pages: Vec<SourceFile>,
    pub attachments: Vec<AttachmentFile>,
    /// Content paths of files left out because they lie outside the site or
    /// are no regular files (a finding says so): links to them are not
    /// reported a second time.
    pub refused: Vec<String>,
    pub templates: Vec<TemplateFile>,
    pub strings: Vec<StringsFile>,
    pub static_files: Vec<StaticFile>,
    /// The tables of `data/`.
    pub data: Vec<DataFile>,
}

/// One file of `data/`, read.
#[derive(Debug, Clone)]
pub struct DataFile {
    /// Relative to the site root: `data/nyckeltal/lokalvard.csv`.
    pub path: PathBuf,
    /// Its name under `data/`, `/`-separated, NFC: what blocks name.
    pub name: String,
    pub bytes: Vec<u8>,
}

/// The site cannot be loaded at all; a problem with one file is a finding instead.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    #[error("no content/ folder in {}: pages live in content/ beside site.toml", .root.display())]
    NoContent { root: PathBuf },
    /// A finding at `theme` in site.toml.
    #[error("{}", .0.english())]
    NoTheme(Box<Finding>, crate::config::Language),
}

/// Reads everything the build needs from the site folder.
pub fn site(
    root: &Path,
    config: &SiteConfig,
    findings: &mut Findings,
) -> Result<Sources, LoadError> {
    site_reusing(root, config, &|_, _| false, findings)
}

/// `site`, without reading the Markdown files `known` already has.
pub(crate) fn site_reusing(
    root: &Path,
    config: &SiteConfig,
    known: Known,
    findings: &mut Findings,
) -> Result<Sources, LoadError> {
    let content_root = root.join(CONTENT_DIR);
    if !content_root.is_dir() {
        return Err(LoadError::NoContent {
            root: root.to_path_buf(),
        });
    }
    let mut sources = Sources::default();
    load_content(root, &content_root, known, &mut sources, findings);
    load_theme(root, config, &mut sources, findings)?;
    sources.data = load_data(root, findings);
    Ok(sources)
}

/// Every file of `data/`: tables are small, so they are read whole.
fn load_data(root: &Path, findings: &mut Findings) -> Vec<DataFile> {
    let mut files = Vec::new();
    read_layer(root, &root.join(DATA_DIR), findings, |name, path, bytes| {
        files.push(DataFile { path, name, bytes })
    });
    files
}

fn load_content(
    root: &Path,
    content_root: &Path,
    known: Known,
    sources: &mut Sources,
    findings: &mut Findings,
) {
    // Walked in one thread (sorted, loops reported), read in parallel.
    let mut markdown: Vec<(PathBuf, PathBuf, String)> = Vec::new();
    let walked = walk(root, content_root, findings);
    sources.refused = walked
        .refused
        .iter()
        .filter_map(|path| content_path(content_root, path))
        .collect();
    for entry in walked.files {
        let relative_to_root = relative(root, entry.path());
        let Some(content_path) = content_path(content_root, entry.path()) else {
            findings.push(Finding::error(
                FindingKind::Content,
                &relative_to_root,
                crate::msg!("file-name-not-utf8"),
            ));
            continue;
        };
        if content_path.ends_with(".md") {
            markdown.push((entry.into_path(), relative_to_root, content_path));
        } else {
            let size = entry.metadata().map(|metadata| metadata.len()).unwrap_or(0);
            sources.attachments.push(AttachmentFile {
                image_size: image_size(entry.path(), &content_path),
                path: relative_to_root,
                content_path,
                size,
                bytes: FileBytes::Disk(entry.path().to_path_buf()),
            });
        }
    }
    let read: Vec<Result<SourceFile, Box<Finding>>> = markdown
        .into_par_iter()
        .with_max_len(crate::PAGES_PER_JOB)
        .map(|(absolute, path, content_path)| read_markdown(&absolute, path, content_path, known))
        .collect();
    sources.pages.reserve(read.len());
    for page in read {
        match page {
            Ok(page) => sources.pages.push(page),
            Err(finding) => findings.push(*finding),
        }
    }
    sources
        .pages
        .sort_by(|a, b| a.content_path.cmp(&b.content_path));
    sources
        .attachments
        .sort_by(|a, b| a.content_path.cmp(&b.content_path));
}

/// The size of an image in pixels, read from its first bytes only.
fn image_size(path: &Path, content_path: &str) -> Option<(u32, u32)> {
    let extension = content_path.rsplit_once('.')?.1.to_ascii_lowercase();
    if !matches!(extension.as_str(), "png" | "jpg" | "jpeg" | "gif" | "webp") {
        return None;
    }
    let size = imagesize::size(path).ok()?;
    Some((
        u32::try_from(size.width).ok()?,
        u32::try_from(size.height).ok()?,
    ))
}

/// One Markdown file of content/ read again as `site` reads it, if it is a
/// regular file reached through no link and not left out by its name (then
/// the walk's rules ask no more): `serve`'s saved page, read alone.
pub(crate) fn markdown_again(root: &Path, file: &Path) -> Option<SourceFile> {
    let content_root = root.join(CONTENT_DIR);
    let below = file.strip_prefix(&content_root).ok()?;
    crate::place::within(root, &Path::new(CONTENT_DIR).join(below)).ok()?;
    if below
        .components()
        .any(|component| is_ignored(component.as_os_str()))
    {
        return None;
    }
    let is_file = std::fs::symlink_metadata(file).is_ok_and(|metadata| metadata.is_file());
    let content_path = content_path(&content_root, file).filter(|path| path.ends_with(".md"))?;
    if !is_file {
        return None;
    }
    read_markdown(file, relative(root, file), content_path, &|_, _| false).ok()
}

/// A Markdown file read again, as it is now, where it is UTF-8: the text
/// of a page that `stegvis build` let go once it was rendered
/// (`parse::text`), for a finding placed in it.
pub(crate) fn read_again(file: &Path) -> Option<String> {
    String::from_utf8(std::fs::read(file).ok()?).ok()
}

fn read_markdown(
    absolute: &Path,
    path: PathBuf,
    content_path: String,
    known: Known,
) -> Result<SourceFile, Box<Finding>> {
    let cannot_read = |path: &Path, error: std::io::Error| {
        Box::new(Finding::error(
            FindingKind::Content,
            path,
            cannot_read(&error),
        ))
    };
    let stamp = match std::fs::metadata(absolute) {
        Ok(metadata) => Stamp::of(&metadata),
        Err(error) => return Err(cannot_read(&path, error)),
    };
    if known(&content_path, stamp) {
        return Ok(SourceFile {
            path,
            content_path,
            text: Contents::Unchanged,
            stamp,
        });
    }
    let bytes = std::fs::read(absolute).map_err(|error| cannot_read(&path, error))?;
    let text = match valid_utf8(bytes) {
        Ok(text) => text,
        Err(error) => {
            // At the first bad byte, the line shown as well as it can be.
            let valid_up_to = error.utf8_error().valid_up_to();
            let shown = String::from_utf8_lossy(error.as_bytes());
            let index = crate::findings::LineIndex::new(&shown);
            return Err(Box::new(
                Finding::error(FindingKind::Content, &path, crate::msg!("file-not-utf8")).at(
                    &index,
                    &shown,
                    valid_up_to,
                ),
            ));
        }
    };
    if text.trim_start_matches('\u{feff}').trim().is_empty() {
        return Err(Box::new(Finding::error(
            FindingKind::Content,
            &path,
            crate::msg!("file-empty"),
        )));
    }
    Ok(SourceFile {
        path,
        content_path,
        text: Contents::Read(text),
        stamp,
    })
}

/// `bytes` as a `String` if they are UTF-8: checked with simdutf8, a
/// tenth of the time of `String::from_utf8` on Nordic text (whose å, ä
/// and ö take std's slow path; 1 % of a big build's CPU).
fn valid_utf8(bytes: Vec<u8>) -> Result<String, std::string::FromUtf8Error> {
    if simdutf8::basic::from_utf8(&bytes).is_ok() {
        // SAFETY: simdutf8 has just found `bytes` to be valid UTF-8, which is
        // all that `from_utf8_unchecked` asks.
        Ok(unsafe { String::from_utf8_unchecked(bytes) })
    } else {
        String::from_utf8(bytes)
    }
}

fn walk_finding(root: &Path, error: &walkdir::Error) -> Finding {
    let path = error
        .path()
        .map(|path| relative(root, path))
        .unwrap_or_else(|| PathBuf::from(CONTENT_DIR));
    if let Some(ancestor) = error.loop_ancestor() {
        // The site folder itself has no name under it: then as the link names it.
        let mut target = display_path(&relative(root, ancestor));
        if target.is_empty()
            && let Some(written) = error.path().and_then(|link| std::fs::read_link(link).ok())
        {
            target = display_path(&written);
        }
        return Finding::error(
            FindingKind::Content,
            path,
            crate::msg!("file-link-loops", target = target),
        );
    }
    if error.io_error().map(std::io::Error::kind) == Some(std::io::ErrorKind::NotFound)
        && let Some(link) = error.path()
        && let Ok(target) = std::fs::read_link(link)
    {
        return Finding::error(
            FindingKind::Attachment,
            path,
            crate::msg!("file-link-dangles", target = target.display()),
        );
    }
    let message = match error.io_error() {
        Some(io) => cannot_read(io),
        None => crate::msg!("file-cannot-read", reason = error),
    };
    Finding::error(FindingKind::Content, path, message)
}

/// Why a file could not be read, as an editor can act on it.
fn cannot_read(error: &std::io::Error) -> crate::findings::Msg {
    if error.kind() == std::io::ErrorKind::PermissionDenied {
        crate::msg!("file-no-permission")
    } else {
        crate::msg!("file-cannot-read", reason = error)
    }
}

/// What editors' programs leave beside documents is not a source: dot files
/// (`.DS_Store`, LibreOffice's `.~lock.plan.docx#`), Office's lock files
/// (`~$plan.docx`), editor backups and swap files (`plan.md~`, `.plan.md.swp`,
/// `#plan.md#`), and Windows' `Thumbs.db` and `desktop.ini`. Load skips them
/// (never published) and serve does not rebuild when they change.
pub(crate) fn is_ignored(name: &std::ffi::OsStr) -> bool {
    let name = name.to_string_lossy();
    let lower = name.to_lowercase();
    name.starts_with('.')
        || name.starts_with("~$")
        || name.ends_with('~')
        || name.ends_with(".swp")
        || name.starts_with('#')
        || lower == "thumbs.db"
        || lower == "desktop.ini"
}

fn relative(root: &Path, path: &Path) -> PathBuf {
    path.strip_prefix(root).unwrap_or(path).to_path_buf()
}

/// `content/möten/a.md` → `möten/a.md`, NFC, `/`-separated.
fn content_path(content_root: &Path, path: &Path) -> Option<String> {
    let relative = path.strip_prefix(content_root).ok()?;
    let mut parts = Vec::new();
    for component in relative.components() {
        let part = component.as_os_str().to_str()?;
        // Most names are NFC already (all ASCII ones are): checked, not made again.
        parts.push(match unicode_normalization::is_nfc_quick(part.chars()) {
            unicode_normalization::IsNormalized::Yes => part.to_string(),
            _ => part.nfc().collect::<String>(),
        });
    }
    Some(parts.join("/"))
}

/// Templates, strings and static files: the embedded default theme, then
/// `themes/NAME/`, then the site's own `templates/` and `static/`; a later
/// file replaces an earlier one of the same name.
fn load_theme(
    root: &Path,
    config: &SiteConfig,
    sources: &mut Sources,
    findings: &mut Findings,
) -> Result<(), LoadError> {
    let mut layers = Layers::default();
    layers.embedded();
    let theme_dir = root.join("themes").join(&config.theme);
    if theme_dir.is_dir() {
        layers.templates_from(root, &theme_dir.join("templates"), findings);
        layers.strings_from(root, &theme_dir.join("i18n"), findings);
        collect_static(
            root,
            &theme_dir.join("static"),
            &mut layers.static_files,
            findings,
        );
    } else if config.theme != "default" {
        let message = crate::msg!("theme-not-found", theme = config.theme);
        let finding = match &config.theme_location {
            Some(at_key) => at_key.error(FindingKind::Config, message),
            None => Finding::error(FindingKind::Config, crate::config::CONFIG_FILE, message),
        };
        return Err(LoadError::NoTheme(Box::new(finding), config.language));
    }
    layers.templates_from(root, &root.join("templates"), findings);
    collect_static(
        root,
        &root.join("static"),
        &mut layers.static_files,
        findings,
    );

    if let Some(logo) = &config.logo {
        let published = config
            .logo_in_static()
            .is_some_and(|file| layers.static_files.contains_key(file));
        if !published {
            let message = crate::msg!("theme-no-logo", logo = logo);
            findings.push(match &config.logo_location {
                Some(at_key) => at_key.error(FindingKind::Config, message),
                None => Finding::error(FindingKind::Config, crate::config::CONFIG_FILE, message),
            });
        }
    }
    sources.templates = layers.templates.into_values().collect();
    sources.strings = layers.strings.into_values().collect();
    sources.static_files = layers.static_files.into_values().collect();
    Ok(())
}

/// The theme's files by name, each layer replacing the one below.
#[derive(Default)]
struct Layers {
    templates: BTreeMap<String, TemplateFile>,
    strings: BTreeMap<String, StringsFile>,
    static_files: BTreeMap<String, StaticFile>,
}

impl Layers {
    fn template(&mut self, name: String, origin: PathBuf, bytes: &[u8]) {
        let text = String::from_utf8_lossy(bytes).into_owned();
        let file = TemplateFile {
            name: name.clone(),
            origin,
            text,
        };
        self.templates.insert(name, file);
    }

    /// `sv.toml` → the strings of `sv`; other files are no strings.
    fn strings_file(&mut self, name: &str, origin: PathBuf, bytes: &[u8]) {
        let Some(language) = name.strip_suffix(".toml") else {
            return;
        };
        let file = StringsFile {
            language: language.to_string(),
            origin,
            text: String::from_utf8_lossy(bytes).into_owned(),
        };
        self.strings.insert(language.to_string(), file);
    }

    /// The default theme compiled into the binary.
    fn embedded(&mut self) {
        let embedded_origin = Path::new(DEFAULT_THEME_ORIGIN);
        for (name, file) in embedded_files(&DEFAULT_THEME) {
            let origin = embedded_origin.join(&name);
            if let Some(template) = name.strip_prefix("templates/") {
                self.template(template.to_string(), origin, file.contents());
            } else if let Some(strings_file) = name.strip_prefix("i18n/") {
                self.strings_file(strings_file, origin, file.contents());
            } else if let Some(output_path) = name.strip_prefix("static/") {
                let file = StaticFile {
                    output_path: output_path.to_string(),
                    origin,
                    bytes: FileBytes::Embedded(file.contents()),
                };
                self.static_files.insert(output_path.to_string(), file);
            }
        }
    }

    fn templates_from(&mut self, root: &Path, dir: &Path, findings: &mut Findings) {
        read_layer(root, dir, findings, |name, origin, bytes| {
            self.template(name, origin, &bytes)
        });
    }

    fn strings_from(&mut self, root: &Path, dir: &Path, findings: &mut Findings) {
        read_layer(root, dir, findings, |name, origin, bytes| {
            self.strings_file(&name, origin, &bytes)
        });
    }
}

fn collect_static(
    root: &Path,
    dir: &Path,
    static_files: &mut BTreeMap<String, StaticFile>,
    findings: &mut Findings,
) {
    for (output_path, absolute) in walk_files(root, dir, findings) {
        static_files.insert(
            output_path.clone(),
            StaticFile {
                output_path,
                origin: relative(root, &absolute),
                bytes: FileBytes::Disk(absolute),
            },
        );
    }
}

/// Reads every file under `dir` (if it exists) and hands it to `take` with its
/// name relative to `dir` and its origin relative to the site root.
fn read_layer(
    root: &Path,
    dir: &Path,
    findings: &mut Findings,
    mut take: impl FnMut(String, PathBuf, Vec<u8>),
) {
    for (name, absolute) in walk_files(root, dir, findings) {
        match std::fs::read(&absolute) {
            Ok(bytes) => take(name, relative(root, &absolute), bytes),
            Err(error) => findings.push(Finding::error(
                FindingKind::Template,
                relative(root, &absolute),
                cannot_read(&error),
            )),
        }
    }
}

/// Files under `dir` as (`/`-separated name relative to `dir`, absolute path), sorted.
fn walk_files(root: &Path, dir: &Path, findings: &mut Findings) -> Vec<(String, PathBuf)> {
    walk(root, dir, findings)
        .files
        .into_iter()
        .filter_map(|entry| {
            let name = content_path(dir, entry.path())?;
            Some((name, entry.into_path()))
        })
        .collect()
}

/// The files under `dir` (if it exists), sorted, without dot files and editor
/// backups. Symbolic links are followed only where they stay inside the site:
/// a link that leads out of it (`/etc/passwd`, `/proc/self/environ`, a folder
/// elsewhere) would publish what the site does not own, and anything that is
/// not a regular file or folder (a FIFO, a socket, a device) cannot be read
/// as one; each is a finding naming it, and is left out.
fn walk(root: &Path, dir: &Path, findings: &mut Findings) -> Walked {
    let mut walked = Walked::default();
    if !dir.is_dir() {
        return walked;
    }
    let root_real = root.canonicalize().unwrap_or_else(|_| root.to_path_buf());
    let mut refused: Vec<Finding> = Vec::new();
    let mut refused_paths: Vec<PathBuf> = Vec::new();
    let walker = WalkDir::new(dir)
        .follow_links(true)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|entry| {
            if entry.depth() > 0 && is_ignored(entry.file_name()) {
                return false;
            }
            // A link to nothing is left to the walk, which reports it.
            let outside = entry.path_is_symlink()
                && entry
                    .path()
                    .canonicalize()
                    .is_ok_and(|target| !in_source_folder(&root_real, &target));
            if outside {
                refused.push(outside_finding(root, entry.path()));
                refused_paths.push(entry.path().to_path_buf());
            }
            !outside
        });
    for entry in walker {
        match entry {
            Ok(entry) if entry.file_type().is_file() => walked.files.push(entry),
            Ok(entry) if entry.file_type().is_dir() => {}
            Ok(entry) => {
                findings.push(Finding::error(
                    FindingKind::Attachment,
                    relative(root, entry.path()),
                    crate::msg!("file-not-regular"),
                ));
                walked.refused.push(entry.into_path());
            }
            Err(error) => findings.push(walk_finding(root, &error)),
        }
    }
    findings.extend(refused);
    walked.refused.extend(refused_paths);
    walked
}

/// Whether a link's real target lies in one of the site's source folders
/// (`FOLDERS`) and in no hidden folder on the way: a link to the site
/// folder itself, to `.git/` (history, deleted drafts, the config a hook
/// runs from), `.github/` or `.stegvis/`, or to site.toml would publish
/// what the site does not publish on its own.
fn in_source_folder(root_real: &Path, target: &Path) -> bool {
    let Ok(below) = target.strip_prefix(root_real) else {
        return false;
    };
    let mut components = below.components();
    let in_folder = components
        .next()
        .and_then(|first| first.as_os_str().to_str())
        .is_some_and(|first| FOLDERS.contains(&first));
    in_folder
        && below
            .components()
            .all(|component| !component.as_os_str().to_string_lossy().starts_with('.'))
}

/// What `walk` found: the files to read, and the paths it left out.
#[derive(Default)]
struct Walked {
    files: Vec<walkdir::DirEntry>,
    refused: Vec<PathBuf>,
}

fn outside_finding(root: &Path, link: &Path) -> Finding {
    let target = std::fs::read_link(link)
        .map_or_else(|_| String::from("?"), |target| target.display().to_string());
    Finding::error(
        FindingKind::Attachment,
        relative(root, link),
        crate::msg!("file-link-outside", target = target),
    )
}

fn embedded_files(
    dir: &'static Dir<'static>,
) -> Vec<(String, &'static include_dir::File<'static>)> {
    let mut files = Vec::new();
    let mut stack = vec![dir];
    while let Some(dir) = stack.pop() {
        for file in dir.files() {
            files.push((display_path(file.path()), file));
        }
        stack.extend(dir.dirs());
    }
    files.sort_by(|a, b| a.0.cmp(&b.0));
    files
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_utf8_is_read_as_text() {
        let swedish = "Förbättringsarbete på vårdcentralen, åtgärder och mål.\n".repeat(40);
        assert_eq!(
            valid_utf8(swedish.clone().into_bytes()).ok(),
            Some(swedish.clone())
        );
        // Latin-1's ä, long after the start: where it is, as std says.
        let mut latin1 = swedish.into_bytes();
        let at = latin1.len() - 7;
        latin1.insert(at, 0xe4);
        let error = valid_utf8(latin1).expect_err("not UTF-8");
        assert_eq!(error.utf8_error().valid_up_to(), at);
    }

    #[test]
    fn a_name_written_decomposed_is_named_composed() {
        // macOS writes "möten" as o and a combining diaeresis (NFD); links
        // name it composed. A name already composed is taken as it is.
        let root = Path::new("/site/content");
        let decomposed = root.join("mo\u{308}ten/pla\u{30a}n.md");
        assert_eq!(
            content_path(root, &decomposed).as_deref(),
            Some("m\u{f6}ten/pl\u{e5}n.md")
        );
        let composed = root.join("m\u{f6}ten/a.md");
        assert_eq!(
            content_path(root, &composed).as_deref(),
            Some("m\u{f6}ten/a.md")
        );
    }

    #[test]
    fn what_editors_programs_leave_is_not_a_source() {
        for name in [
            ".DS_Store",
            ".~lock.plan.docx#",
            "~$plan.docx",
            "Thumbs.db",
            "desktop.ini",
            "Desktop.ini",
            "plan.md~",
            ".plan.md.swp",
            "#plan.md#",
        ] {
            assert!(is_ignored(std::ffi::OsStr::new(name)), "{name}");
        }
        for name in ["plan.docx", "steg-2.md", "bild.png", "thumbs.md"] {
            assert!(!is_ignored(std::ffi::OsStr::new(name)), "{name}");
        }
    }
}
