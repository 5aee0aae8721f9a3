//! site.toml → `SiteConfig`. Unknown keys and bad values are config errors
//! (exit 2) that name the key and, where one is close, the key that was meant.

pub(crate) mod accessibility;

use std::path::{Path, PathBuf};

use serde::Deserialize;
use toml::Spanned;
use toml::de::{DeTable, DeValue};

use crate::findings::{Finding, FindingKind, LineIndex, Location, Msg, closest};

pub(crate) const CONFIG_FILE: &str = "site.toml";

pub use crate::language::Language;
pub use accessibility::AccessibilityConfig;

#[derive(Debug, Clone)]
pub struct SiteConfig {
    pub title: String,
    /// Always ends with `/`.
    pub base_url: String,
    /// The path part of `base_url`, e.g. `/portal/`; `/` when there is none.
    pub base_path: String,
    pub language: Language,
    pub description: Option<String>,
    pub theme: String,
    /// Where `theme` is written in site.toml, for a finding when there is no such theme.
    pub theme_location: Option<Location>,
    /// `[theme] logo`: the network's logo, a file of the site (`static/logo.svg`).
    pub logo: Option<String>,
    /// Where `logo` is written, for a finding when there is no such file.
    pub logo_location: Option<Location>,
    /// `[theme] accent`: the colour of links and buttons, `#1d5c4d`, and
    /// the same colour made light enough for the dark scheme.
    pub accent: Option<(String, String)>,
    pub timezone: String,
    pub output_dir: PathBuf,
    pub minify: bool,
    /// `[build] redirects_file`: the redirects also as `_redirects`
    /// (Netlify, Cloudflare Pages).
    pub redirects_file: bool,
    /// `[build] headers_file`: the Content-Security-Policy also in
    /// `_headers` (Netlify, Cloudflare Pages), with what only a header says.
    pub headers_file: bool,
    pub check: CheckConfig,
    pub lint: LintConfig,
    pub menu: Vec<MenuEntry>,
    /// `[[removed]]`: pages removed on purpose, each URL given a page that
    /// says so.
    pub removed: Vec<RemovedPage>,
    pub documents: DocumentsConfig,
    pub privacy: PrivacyConfig,
    pub images: ImagesConfig,
    /// `[accessibility]`: the accessibility statement.
    pub accessibility: Option<AccessibilityConfig>,
}

/// `[privacy]`: what the site may load from other origins.
#[derive(Debug, Clone, Default)]
pub struct PrivacyConfig {
    /// Origins (`https://www.youtube-nocookie.com`) a page may load from on
    /// purpose, lowercase, without a trailing `/`.
    pub allow: Vec<String>,
}

impl PrivacyConfig {
    /// Whether `origin` (`https://host`) is allowed.
    pub(crate) fn allows(&self, origin: &str) -> bool {
        self.allow.iter().any(|allowed| allowed == origin)
    }
}

/// `[images]`: the photos a portal publishes.
#[derive(Debug, Clone)]
pub struct ImagesConfig {
    /// The widths of the WebP copies made of each image of content/
    /// (narrower than it), widest last.
    pub widths: Vec<u32>,
    /// Whether location, camera and other metadata are taken out of
    /// every published JPEG and PNG (only the orientation stays).
    pub strip_metadata: bool,
    /// An original larger than this many kB is a warning; 0 never warns.
    pub warn_over_kb: u64,
}

impl Default for ImagesConfig {
    fn default() -> ImagesConfig {
        ImagesConfig {
            widths: vec![480, 960, 1600],
            strip_metadata: true,
            warn_over_kb: 2048,
        }
    }
}

/// `[documents]`: what the documents a portal publishes may carry.
#[derive(Debug, Clone)]
pub struct DocumentsConfig {
    /// Sensitivity labels that keep a document off the site (compared
    /// without case): the defaults and the site's `not_public_labels`.
    pub not_public_labels: Vec<String>,
    /// Labels that need no finding: the defaults and `public_labels`.
    pub public_labels: Vec<String>,
    /// The checks (`DOCUMENT_CHECKS`) that stop the build, beside those
    /// that always do (a label not for the public, macros, a file that
    /// cannot be read).
    pub errors: Vec<String>,
    /// The checks that give no finding (`personal_names = false` is
    /// `names` among them).
    pub allow: Vec<String>,
}

impl DocumentsConfig {
    /// Whether a check (`DOCUMENT_CHECKS`) is turned off.
    pub(crate) fn allows(&self, check: &str) -> bool {
        self.allow.iter().any(|allowed| allowed == check)
    }

    /// Whether a check stops the build.
    pub(crate) fn raises(&self, check: &str) -> bool {
        self.errors.iter().any(|raised| raised == check)
    }
}

/// The names of what is checked in a document, for `[documents] errors`
/// and `allow`.
pub const DOCUMENT_CHECKS: &[&str] = &[
    "label",
    "tracked-changes",
    "comments",
    "names",
    "no-title",
    "title-not-shown",
    "not-tagged",
    "image-only",
    "locked",
    "password",
    "no-headings",
    "images-without-alt",
    "tables-without-header",
    "slides-without-title",
    "no-language",
    "other-language",
    "links",
];

impl SiteConfig {
    /// `[theme] logo` as the path of a file of static/ (`static/logo.svg` →
    /// `logo.svg`, which is also its path in the published site); `None`
    /// when no logo is set or it names a file outside static/.
    pub(crate) fn logo_in_static(&self) -> Option<&str> {
        let logo = self.logo.as_deref()?;
        logo.trim_start_matches("./")
            .trim_start_matches('/')
            .strip_prefix("static/")
    }

    /// A link to the site's own address (`https://example.org/natverk/om/#mal`
    /// with that base_url) as the root-relative URL it names
    /// (`/natverk/om/#mal`): it is checked against the site being built, never
    /// fetched. Either scheme, the host in any case.
    pub(crate) fn own_url(&self, link: &str) -> Option<String> {
        use crate::url::split_web as split;
        let (site_host, _) = split(&self.base_url)?;
        let (host, path) = split(link.trim())?;
        if !host.eq_ignore_ascii_case(site_host) {
            return None;
        }
        let path = if path.is_empty() || path.starts_with(['?', '#']) {
            format!("/{path}")
        } else {
            path.to_string()
        };
        let base = self.base_path.trim_end_matches('/');
        let below = path.strip_prefix(base)?;
        (below.is_empty() || below.starts_with(['/', '?', '#'])).then_some(path)
    }
}

#[derive(Debug, Clone, Default)]
pub struct CheckConfig {
    pub external: bool,
    pub exclude: Vec<String>,
    /// `external_level = "error"`: broken external links fail the check.
    pub external_level_error: bool,
    /// Per request, for external links.
    pub timeout: std::time::Duration,
}

/// `[lint]`: which rules are off, and the site's own placeholder patterns.
#[derive(Debug, Clone, Default)]
pub struct LintConfig {
    pub allow: Vec<crate::findings::Rule>,
    /// Checked when site.toml is read: each is a regular expression.
    pub placeholders: Vec<regex::Regex>,
}

#[derive(Debug, Clone)]
pub struct MenuEntry {
    pub title: String,
    /// A content path such as `process/_index.md`.
    pub page: String,
    /// Where `page` is written in site.toml, for a finding when it does not resolve.
    pub page_location: Location,
}

/// A page removed on purpose (`[[removed]]`: a gallring decision, say):
/// its URL shows a page that says so instead of a 404.
#[derive(Debug, Clone)]
pub struct RemovedPage {
    /// Below the base path, with a closing slash: `gammal-nyhet/`.
    pub url: String,
    pub date: Option<jiff::civil::Date>,
    pub reason: String,
    /// Where the entry's `url` is written.
    pub location: Location,
}

/// What the command line can override.
#[derive(Debug, Clone, Default)]
pub struct ConfigOverrides {
    pub base_url: Option<String>,
    pub output_dir: Option<PathBuf>,
}

#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error(
        "no {CONFIG_FILE} in {}: a Stegvis site is a folder with site.toml and content/ (use --root DIR to build another folder, or stegvis init to make a new portal)",
        .root.display()
    )]
    Missing { root: PathBuf },
    #[error("cannot read {}: {source}", .path.display())]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    /// Its findings, and the language they are written in.
    #[error("{CONFIG_FILE} has errors")]
    Invalid(Vec<Finding>, Language),
}

const TOP_KEYS: &[&str] = &[
    "title",
    "base_url",
    "language",
    "description",
    "theme",
    "timezone",
    "build",
    "check",
    "lint",
    "menu",
    "documents",
    "privacy",
    "images",
    "accessibility",
    "removed",
    "extra",
];
const PRIVACY_KEYS: &[&str] = &["allow"];
const IMAGES_KEYS: &[&str] = &["widths", "strip_metadata", "warn_over_kb"];
const BUILD_KEYS: &[&str] = &["output_dir", "minify", "redirects_file", "headers_file"];
const CHECK_KEYS: &[&str] = &["external", "exclude", "external_level", "timeout"];
const MENU_KEYS: &[&str] = &["title", "page"];
const REMOVED_KEYS: &[&str] = &["url", "date", "reason"];
const LINT_KEYS: &[&str] = &["allow", "placeholders"];
const THEME_KEYS: &[&str] = &["name", "logo", "accent"];
const DOCUMENTS_KEYS: &[&str] = &[
    "not_public_labels",
    "public_labels",
    "personal_names",
    "errors",
    "allow",
];

#[derive(Deserialize)]
struct RawConfig {
    title: String,
    base_url: Spanned<String>,
    language: Option<Spanned<String>>,
    description: Option<String>,
    timezone: Option<Spanned<String>>,
    #[serde(default)]
    build: RawBuild,
    #[serde(default)]
    check: RawCheck,
    #[serde(default)]
    lint: RawLint,
    #[serde(default)]
    menu: Vec<RawMenuEntry>,
    #[serde(default)]
    removed: Vec<RawRemoved>,
    #[serde(default)]
    documents: RawDocuments,
    #[serde(default)]
    privacy: RawPrivacy,
    #[serde(default)]
    images: RawImages,
    accessibility: Option<accessibility::RawAccessibility>,
}

#[derive(Deserialize, Default)]
struct RawImages {
    widths: Option<Vec<u32>>,
    strip_metadata: Option<bool>,
    warn_over_kb: Option<u64>,
}

#[derive(Deserialize, Default)]
struct RawPrivacy {
    #[serde(default)]
    allow: Vec<Spanned<String>>,
}

#[derive(Deserialize, Default)]
struct RawDocuments {
    not_public_labels: Option<Vec<String>>,
    public_labels: Option<Vec<String>>,
    personal_names: Option<bool>,
    #[serde(default)]
    errors: Vec<Spanned<String>>,
    #[serde(default)]
    allow: Vec<Spanned<String>>,
}

#[derive(Deserialize, Default)]
struct RawLint {
    #[serde(default)]
    allow: Vec<Spanned<String>>,
    #[serde(default)]
    placeholders: Vec<Spanned<String>>,
}

#[derive(Deserialize, Default)]
struct RawBuild {
    output_dir: Option<String>,
    minify: Option<bool>,
    redirects_file: Option<bool>,
    headers_file: Option<bool>,
}

#[derive(Deserialize, Default)]
struct RawCheck {
    #[serde(default)]
    external: bool,
    #[serde(default)]
    exclude: Vec<Spanned<String>>,
    external_level: Option<Spanned<String>>,
    /// Seconds.
    timeout: Option<u64>,
}

#[derive(Deserialize)]
struct RawMenuEntry {
    title: String,
    page: Spanned<String>,
}

#[derive(Deserialize)]
struct RawRemoved {
    url: Spanned<String>,
    date: Option<Spanned<toml::value::Datetime>>,
    reason: String,
}

/// Reads `root/site.toml`.
pub fn read(root: &Path, overrides: &ConfigOverrides) -> Result<SiteConfig, ConfigError> {
    let path = root.join(CONFIG_FILE);
    let bytes = match std::fs::read(&path) {
        Ok(bytes) => bytes,
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => {
            return Err(ConfigError::Missing {
                root: root.to_path_buf(),
            });
        }
        Err(source) => return Err(ConfigError::Read { path, source }),
    };
    let text = match String::from_utf8(bytes) {
        Ok(text) => text,
        Err(error) => {
            let valid_up_to = error.utf8_error().valid_up_to();
            let shown = String::from_utf8_lossy(error.as_bytes());
            let index = LineIndex::new(&shown);
            return Err(ConfigError::Invalid(
                vec![
                    Finding::error(
                        FindingKind::Config,
                        CONFIG_FILE,
                        crate::msg!("config-not-utf8"),
                    )
                    .at(&index, &shown, valid_up_to),
                ],
                Language::Sv,
            ));
        }
    };
    parse(&text, overrides).map_err(|findings| ConfigError::Invalid(findings, language_hint(&text)))
}

/// The language site.toml asks for, read as well as a broken file allows
/// (its findings are written in it); the default one otherwise.
pub fn language_hint(text: &str) -> Language {
    DeTable::parse(text)
        .ok()
        .and_then(
            |table| match table.get_ref().get("language").map(Spanned::get_ref) {
                Some(DeValue::String(code)) => Language::from_code(code),
                _ => None,
            },
        )
        .unwrap_or(Language::Sv)
}

/// Parses the text of site.toml; every problem is a finding in site.toml.
pub fn parse(text: &str, overrides: &ConfigOverrides) -> Result<SiteConfig, Vec<Finding>> {
    let index = LineIndex::new(text);
    let at = |offset: usize| Location::at(CONFIG_FILE, &index, text, offset);
    let error_at = |offset: usize, message: Msg| at(offset).error(FindingKind::Config, message);

    let table = DeTable::parse(text).map_err(|error| {
        let offset = error.span().map_or(0, |span| span.start);
        vec![error_at(offset, toml_message(&error))]
    })?;
    let findings = check_all_keys(&table, &error_at);
    if !findings.is_empty() {
        return Err(findings);
    }
    let raw: RawConfig = toml::from_str(text).map_err(|error| {
        let offset = error.span().map_or(0, |span| span.start);
        vec![error_at(offset, toml_message(&error))]
    })?;

    let language = language(&raw, &error_at)?;
    let (base_url, base_path) = base_url(&raw, overrides, &error_at)?;
    let timezone = timezone(&raw, &error_at)?;
    let check = check_config(raw.check, &error_at)?;
    let lint = lint_config(raw.lint, &error_at)?;
    let documents = documents_config(raw.documents, &error_at)?;
    let privacy = privacy_config(raw.privacy, &error_at)?;
    let header = (table.get_ref().get("accessibility")).map_or(0, |value| value.span().start);
    let accessibility = accessibility::read(raw.accessibility, header, &at)?;
    let theme = theme_config(table.get_ref(), &error_at)?;
    let removed = removed_config(raw.removed, &at, &error_at)?;
    let menu = raw
        .menu
        .into_iter()
        .map(|entry| MenuEntry {
            title: entry.title,
            page_location: at(entry.page.span().start),
            page: entry.page.into_inner(),
        })
        .collect();
    Ok(SiteConfig {
        title: raw.title,
        base_url,
        base_path,
        language,
        description: raw.description,
        theme_location: theme.name.as_ref().map(|(_, offset)| at(*offset)),
        theme: theme
            .name
            .map_or_else(|| String::from("default"), |(name, _)| name),
        logo_location: theme.logo.as_ref().map(|(_, offset)| at(*offset)),
        logo: theme.logo.map(|(path, _)| path),
        accent: theme.accent,
        timezone,
        output_dir: overrides
            .output_dir
            .clone()
            .or(raw.build.output_dir.map(PathBuf::from))
            .unwrap_or_else(|| PathBuf::from("public")),
        minify: raw.build.minify.unwrap_or(true),
        redirects_file: raw.build.redirects_file.unwrap_or(false),
        headers_file: raw.build.headers_file.unwrap_or(false),
        check,
        lint,
        menu,
        removed,
        documents,
        privacy,
        images: images_config(raw.images),
        accessibility,
    })
}

/// `[images]`: the widths sorted, each once, none wider than a screen needs.
fn images_config(raw: RawImages) -> ImagesConfig {
    let defaults = ImagesConfig::default();
    let mut widths: Vec<u32> = raw
        .widths
        .unwrap_or(defaults.widths)
        .into_iter()
        .filter(|width| (16..=8192).contains(width))
        .collect();
    widths.sort_unstable();
    widths.dedup();
    ImagesConfig {
        widths,
        strip_metadata: raw.strip_metadata.unwrap_or(defaults.strip_metadata),
        warn_over_kb: raw.warn_over_kb.unwrap_or(defaults.warn_over_kb),
    }
}

/// `[privacy] allow`: each an origin, `https://host` (a port if need be),
/// without a path.
fn privacy_config(raw: RawPrivacy, error_at: &ErrorAt<'_>) -> Result<PrivacyConfig, Vec<Finding>> {
    let mut findings = Vec::new();
    let mut allow = Vec::new();
    for entry in raw.allow {
        let written = entry.get_ref().trim();
        match origin_of(written) {
            Some(origin) if origin.len() == written.trim_end_matches('/').len() => {
                allow.push(origin)
            }
            found => findings.push(
                error_at(
                    entry.span().start,
                    crate::msg!("config-privacy-origin", origin = written),
                )
                .target(written)
                // `youtube.com`: the https origin of that host.
                .suggest(found.or_else(|| origin_of(&format!("https://{written}")))),
            ),
        }
    }
    if findings.is_empty() {
        Ok(PrivacyConfig { allow })
    } else {
        Err(findings)
    }
}

/// `www.youtube.com` of the origin `https://www.youtube.com`.
pub(crate) fn host_of(origin: &str) -> &str {
    origin.split_once("://").map_or(origin, |(_, host)| host)
}

/// The origin of an http(s) address, lowercase: `https://www.youtube.com`
/// of `https://www.YouTube.com/embed/x`; a protocol-relative `//host/x`
/// is https. `None` for any other address.
pub(crate) fn origin_of(url: &str) -> Option<String> {
    let url = url.trim();
    let absolute;
    let url = match url.strip_prefix("//") {
        Some(rest) => {
            absolute = format!("https://{rest}");
            absolute.as_str()
        }
        None => url,
    };
    let (host, _) = crate::url::split_web(url)?;
    let host = host.rsplit_once('@').map_or(host, |(_, host)| host);
    if host.is_empty() {
        return None;
    }
    let scheme = if url
        .get(..5)
        .is_some_and(|start| start.eq_ignore_ascii_case("https"))
    {
        "https"
    } else {
        "http"
    };
    Some(format!("{scheme}://{}", host.to_ascii_lowercase()))
}

/// `[[removed]]`: each URL a path below the base path (`/gammal-nyhet/`),
/// each date a date.
fn removed_config(
    raw: Vec<RawRemoved>,
    at: &dyn Fn(usize) -> Location,
    error_at: &ErrorAt<'_>,
) -> Result<Vec<RemovedPage>, Vec<Finding>> {
    let mut findings = Vec::new();
    let mut removed = Vec::new();
    for entry in raw {
        let written = entry.url.get_ref().trim();
        let path = written.trim_matches('/');
        if !written.starts_with('/')
            || path.contains("://")
            || path.split('/').any(|s| s == ".." || s == ".")
        {
            findings.push(error_at(
                entry.url.span().start,
                crate::msg!("config-removed-url", url = written),
            ));
            continue;
        }
        let date = match &entry.date {
            None => None,
            Some(date) => match date.get_ref().to_string().parse::<jiff::civil::Date>() {
                Ok(date) => Some(date),
                Err(_) => {
                    findings.push(error_at(
                        date.span().start,
                        crate::msg!("config-removed-date", date = date.get_ref().to_string()),
                    ));
                    continue;
                }
            },
        };
        removed.push(RemovedPage {
            url: if path.is_empty() {
                String::new()
            } else {
                format!("{path}/")
            },
            date,
            reason: entry.reason,
            location: at(entry.url.span().start),
        });
    }
    if findings.is_empty() {
        Ok(removed)
    } else {
        Err(findings)
    }
}

/// `[documents]`: the site's label names join the defaults (a label in
/// both lists is not public), so naming one never drops another.
fn documents_config(
    raw: RawDocuments,
    error_at: &ErrorAt<'_>,
) -> Result<DocumentsConfig, Vec<Finding>> {
    let joined = |defaults: &[&str], own: Option<Vec<String>>| {
        defaults
            .iter()
            .map(|label| label.to_string())
            .chain(own.unwrap_or_default())
            .collect()
    };
    let mut findings = Vec::new();
    let mut names = |list: Vec<Spanned<String>>, key: &str| -> Vec<String> {
        let mut known = Vec::new();
        for name in list {
            if DOCUMENT_CHECKS.contains(&name.get_ref().as_str()) {
                known.push(name.into_inner());
                continue;
            }
            findings.push(
                error_at(
                    name.span().start,
                    crate::msg!(
                        "config-no-rule",
                        key = format!("[documents] {key}"),
                        rule = name.get_ref(),
                        rules = DOCUMENT_CHECKS.join(", ")
                    ),
                )
                .target(name.get_ref().as_str())
                .suggest(
                    closest(name.get_ref(), DOCUMENT_CHECKS.iter().copied()).map(String::from),
                ),
            );
        }
        known
    };
    let errors = names(raw.errors, "errors");
    let mut allow = names(raw.allow, "allow");
    if raw.personal_names == Some(false) {
        allow.push(String::from("names"));
    }
    if !findings.is_empty() {
        return Err(findings);
    }
    Ok(DocumentsConfig {
        not_public_labels: joined(crate::language::NOT_PUBLIC_LABELS, raw.not_public_labels),
        public_labels: joined(crate::language::PUBLIC_LABELS, raw.public_labels),
        errors,
        allow,
    })
}

/// What `theme` says: `theme = "default"`, or a `[theme]` table with its
/// `name`, the network's `logo` and `accent` colour.
#[derive(Default)]
struct Theme {
    /// The theme's name and where it is written.
    name: Option<(String, usize)>,
    logo: Option<(String, usize)>,
    accent: Option<(String, String)>,
}

/// Read from the parsed document, which keeps every value's place: a
/// string or a table, an accent that is a colour with contrast enough.
fn theme_config(table: &DeTable<'_>, error_at: &ErrorAt<'_>) -> Result<Theme, Vec<Finding>> {
    let text_of = |value: &Spanned<DeValue<'_>>, key: &str| match value.get_ref() {
        DeValue::String(text) => Ok((text.to_string(), value.span().start)),
        _ => Err(vec![error_at(
            value.span().start,
            crate::msg!("config-not-text", key = key),
        )]),
    };
    let Some(theme) = table.get("theme") else {
        return Ok(Theme::default());
    };
    let DeValue::Table(keys) = theme.get_ref() else {
        return Ok(Theme {
            name: Some(text_of(theme, "theme")?),
            ..Theme::default()
        });
    };
    let name = keys
        .get("name")
        .map(|name| text_of(name, "theme.name"))
        .transpose()?;
    let logo = keys
        .get("logo")
        .map(|logo| text_of(logo, "theme.logo"))
        .transpose()?;
    let accent = match keys
        .get("accent")
        .map(|accent| text_of(accent, "theme.accent"))
        .transpose()?
    {
        None => None,
        Some((colour, offset)) => Some(accent(&colour, offset, error_at)?),
    };
    Ok(Theme { name, logo, accent })
}

/// The background the accent is read against: the light theme's page.
const LIGHT_BACKGROUND: (u8, u8, u8) = (0xff, 0xff, 0xff);

/// An accent colour that links can be read in (WCAG 2.1 AA, 4.5:1 against
/// the page), as `#rrggbb`.
fn accent(
    colour: &str,
    offset: usize,
    error_at: &ErrorAt<'_>,
) -> Result<(String, String), Vec<Finding>> {
    let Some(rgb) = hex_colour(colour) else {
        return Err(vec![
            error_at(
                offset,
                crate::msg!("config-accent-not-a-colour", value = colour),
            )
            .target("accent"),
        ]);
    };
    let ratio = contrast(rgb, LIGHT_BACKGROUND);
    if ratio < 4.5 {
        return Err(vec![
            error_at(
                offset,
                crate::msg!(
                    "config-accent-contrast",
                    value = colour,
                    // Rounded down, so that 4.47 is not said to be 4.5; with
                    // a decimal point and with a comma, as each language writes it.
                    ratio = format!("{:.1}", (ratio * 10.0).floor() / 10.0),
                    ratio_comma = format!("{:.1}", (ratio * 10.0).floor() / 10.0).replace('.', ",")
                ),
            )
            .target("accent"),
        ]);
    }
    Ok((hex(rgb), hex(for_dark(rgb))))
}

/// The dark scheme's page, which the accent's light variant is read against.
const DARK_BACKGROUND: (u8, u8, u8) = (0x14, 0x1a, 0x18);

/// The colour mixed with white, in steps, until it has 4.5:1 against the
/// dark page: the same hue, light enough to read there.
fn for_dark(rgb: (u8, u8, u8)) -> (u8, u8, u8) {
    let mix = |channel: u8, step: u16| {
        let channel = u16::from(channel);
        u8::try_from(channel + (255 - channel) * step / 20).unwrap_or(u8::MAX)
    };
    (0..=20)
        .map(|step| (mix(rgb.0, step), mix(rgb.1, step), mix(rgb.2, step)))
        .find(|&mixed| contrast(mixed, DARK_BACKGROUND) >= 4.5)
        .unwrap_or((0xff, 0xff, 0xff))
}

fn hex(rgb: (u8, u8, u8)) -> String {
    format!("#{:02x}{:02x}{:02x}", rgb.0, rgb.1, rgb.2)
}

/// `#1d5c4d` or `#1d5` as red, green and blue.
fn hex_colour(text: &str) -> Option<(u8, u8, u8)> {
    let hex = text.trim().strip_prefix('#')?;
    if !hex.chars().all(|ch| ch.is_ascii_hexdigit()) {
        return None;
    }
    let channel = |at: usize, width: usize| {
        let value = u8::from_str_radix(hex.get(at..at + width)?, 16).ok()?;
        Some(if width == 1 { value * 17 } else { value })
    };
    match hex.len() {
        3 => Some((channel(0, 1)?, channel(1, 1)?, channel(2, 1)?)),
        6 => Some((channel(0, 2)?, channel(2, 2)?, channel(4, 2)?)),
        _ => None,
    }
}

/// WCAG 2.1's contrast ratio of two colours.
fn contrast(a: (u8, u8, u8), b: (u8, u8, u8)) -> f64 {
    let luminance = |(r, g, b): (u8, u8, u8)| {
        let linear = |channel: u8| {
            let c = f64::from(channel) / 255.0;
            if c <= 0.039_28 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b)
    };
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

/// `[lint]`: every rule name known (with a did-you-mean), every pattern a
/// regular expression; each wrong one a finding at it.
fn lint_config(raw: RawLint, error_at: &ErrorAt<'_>) -> Result<LintConfig, Vec<Finding>> {
    use crate::findings::Rule;
    let mut findings = Vec::new();
    let mut allow = Vec::new();
    for name in &raw.allow {
        match Rule::from_name(name.get_ref()) {
            Some(rule) => allow.push(rule),
            None => {
                let names = Rule::ALL.iter().map(|rule| rule.name());
                findings.push(
                    error_at(
                        name.span().start,
                        crate::msg!(
                            "config-no-rule",
                            key = "[lint] allow",
                            rule = name.get_ref(),
                            rules = names.clone().collect::<Vec<_>>().join(", ")
                        ),
                    )
                    .target(name.get_ref().as_str())
                    .suggest(closest(name.get_ref(), names).map(String::from)),
                );
            }
        }
    }
    let mut placeholders = Vec::new();
    for pattern in &raw.placeholders {
        match regex::Regex::new(pattern.get_ref()) {
            Ok(regex) => placeholders.push(regex),
            Err(error) => findings.push(
                error_at(
                    pattern.span().start,
                    crate::msg!(
                        "config-placeholder-pattern",
                        pattern = pattern.get_ref(),
                        detail = regex_detail(&error)
                    ),
                )
                .target("placeholders"),
            ),
        }
    }
    if !findings.is_empty() {
        return Err(findings);
    }
    Ok(LintConfig {
        allow,
        placeholders,
    })
}

/// A finding at a byte offset of site.toml.
type ErrorAt<'e> = dyn Fn(usize, Msg) -> Finding + 'e;

/// The last line of a regex error, which says what is wrong.
fn regex_detail(error: &regex::Error) -> String {
    error
        .to_string()
        .lines()
        .last()
        .unwrap_or_default()
        .trim()
        .trim_start_matches("error: ")
        .to_string()
}

/// Every key of every table, each unknown one a finding with a suggestion.
fn check_all_keys(table: &Spanned<DeTable<'_>>, error_at: &ErrorAt<'_>) -> Vec<Finding> {
    let mut findings = Vec::new();
    check_keys(table.get_ref(), TOP_KEYS, "", &mut findings, error_at);
    for (key, value) in table.get_ref() {
        match (key.get_ref().as_ref(), value.get_ref()) {
            ("build", DeValue::Table(table)) => {
                check_keys(table, BUILD_KEYS, "build.", &mut findings, error_at)
            }
            ("check", DeValue::Table(table)) => {
                check_keys(table, CHECK_KEYS, "check.", &mut findings, error_at)
            }
            ("lint", DeValue::Table(table)) => {
                check_keys(table, LINT_KEYS, "lint.", &mut findings, error_at)
            }
            ("theme", DeValue::Table(table)) => {
                check_keys(table, THEME_KEYS, "theme.", &mut findings, error_at)
            }
            ("documents", DeValue::Table(table)) => {
                check_keys(table, DOCUMENTS_KEYS, "documents.", &mut findings, error_at)
            }
            ("privacy", DeValue::Table(table)) => {
                check_keys(table, PRIVACY_KEYS, "privacy.", &mut findings, error_at)
            }
            ("images", DeValue::Table(table)) => {
                check_keys(table, IMAGES_KEYS, "images.", &mut findings, error_at)
            }
            ("accessibility", DeValue::Table(table)) => check_keys(
                table,
                accessibility::KEYS,
                "accessibility.",
                &mut findings,
                error_at,
            ),
            ("menu", DeValue::Array(entries)) => {
                for entry in entries {
                    if let DeValue::Table(table) = entry.get_ref() {
                        check_keys(table, MENU_KEYS, "menu.", &mut findings, error_at);
                    }
                }
            }
            ("removed", DeValue::Array(entries)) => {
                for entry in entries {
                    if let DeValue::Table(table) = entry.get_ref() {
                        check_keys(table, REMOVED_KEYS, "removed.", &mut findings, error_at);
                    }
                }
            }
            _ => {}
        }
    }
    findings
}

fn language(raw: &RawConfig, error_at: &ErrorAt<'_>) -> Result<Language, Vec<Finding>> {
    let Some(code) = &raw.language else {
        return Ok(Language::Sv);
    };
    Language::from_code(code.get_ref()).ok_or_else(|| {
        vec![
            error_at(
                code.span().start,
                crate::msg!(
                    "config-language",
                    value = code.get_ref(),
                    codes = Language::codes()
                ),
            )
            .target("language"),
        ]
    })
}

/// (base URL ending in `/`, its path) from site.toml or `--base-url`.
fn base_url(
    raw: &RawConfig,
    overrides: &ConfigOverrides,
    error_at: &ErrorAt<'_>,
) -> Result<(String, String), Vec<Finding>> {
    let mut base_url = overrides
        .base_url
        .clone()
        .unwrap_or_else(|| raw.base_url.get_ref().clone());
    let Some(base_path) = base_path(&base_url) else {
        return Err(vec![
            error_at(
                raw.base_url.span().start,
                crate::msg!("config-base-url", value = base_url),
            )
            .target("base_url"),
        ]);
    };
    if !base_url.ends_with('/') {
        base_url.push('/');
    }
    Ok((base_url, base_path))
}

fn timezone(raw: &RawConfig, error_at: &ErrorAt<'_>) -> Result<String, Vec<Finding>> {
    let (timezone, timezone_offset) = raw.timezone.as_ref().map_or_else(
        || (String::from("Europe/Stockholm"), 0),
        |timezone| (timezone.get_ref().clone(), timezone.span().start),
    );
    if jiff::tz::TimeZone::get(&timezone).is_err() {
        return Err(vec![
            error_at(
                timezone_offset,
                crate::msg!("config-timezone", value = timezone),
            )
            .target("timezone"),
        ]);
    }
    Ok(timezone)
}

fn check_config(raw: RawCheck, error_at: &ErrorAt<'_>) -> Result<CheckConfig, Vec<Finding>> {
    let mut findings = Vec::new();
    for pattern in &raw.exclude {
        if let Err(error) = regex::Regex::new(pattern.get_ref()) {
            findings.push(
                error_at(
                    pattern.span().start,
                    crate::msg!(
                        "config-exclude-pattern",
                        pattern = pattern.get_ref(),
                        detail = regex_detail(&error)
                    ),
                )
                .target("exclude"),
            );
        }
    }
    let external_level_error = match raw
        .external_level
        .as_ref()
        .map(|level| (level.get_ref().as_str(), level.span().start))
    {
        None | Some(("warning", _)) => false,
        Some(("error", _)) => true,
        Some((other, offset)) => {
            findings.push(
                error_at(offset, crate::msg!("config-external-level", value = other))
                    .target("external_level"),
            );
            false
        }
    };
    if !findings.is_empty() {
        return Err(findings);
    }
    Ok(CheckConfig {
        external: raw.external,
        exclude: raw.exclude.into_iter().map(Spanned::into_inner).collect(),
        external_level_error,
        timeout: std::time::Duration::from_secs(raw.timeout.unwrap_or(10).max(1)),
    })
}

fn check_keys(
    table: &DeTable<'_>,
    known: &[&str],
    prefix: &str,
    findings: &mut Vec<Finding>,
    error_at: &ErrorAt<'_>,
) {
    for key in table.keys() {
        let name = key.get_ref().as_ref();
        if known.contains(&name) {
            continue;
        }
        let finding = error_at(
            key.span().start,
            crate::msg!(
                "config-unknown-key",
                key = format!("{prefix}{name}"),
                keys = known.join(", ")
            ),
        )
        .target(name)
        .suggest(closest(name, known.iter().copied()).map(|key| format!("{prefix}{key}")));
        findings.push(finding);
    }
}

/// The message of a TOML error without the source excerpt toml adds to its Display.
fn toml_message(error: &toml::de::Error) -> Msg {
    crate::msg!("config-toml", detail = error.message().trim())
}

/// The path prefix of an absolute http(s) URL: `https://example.org/portal` → `/portal/`.
fn base_path(url: &str) -> Option<String> {
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"))?;
    let (host, path) = rest.split_once('/').unwrap_or((rest, ""));
    if host.is_empty() {
        return None;
    }
    let path = path.trim_matches('/');
    Some(if path.is_empty() {
        String::from("/")
    } else {
        format!("/{path}/")
    })
}

#[cfg(test)]
mod tests {

    /// WCAG's ratios: #767676 is the lightest grey that passes on white.
    #[test]
    fn contrast_is_computed_as_wcag_says() {
        assert!((contrast((0x76, 0x76, 0x76), LIGHT_BACKGROUND) - 4.54).abs() < 0.01);
        assert!((contrast((0, 0, 0), LIGHT_BACKGROUND) - 21.0).abs() < 0.01);
        assert!(contrast((0x1d, 0x5c, 0x4d), LIGHT_BACKGROUND) > 7.0);
        assert_eq!(hex_colour("#1D5"), Some((0x11, 0xdd, 0x55)));
        assert_eq!(hex_colour("1d5c4d"), None);
        assert_eq!(hex_colour("#1d5c4"), None);
        // The dark scheme's variant: the same hue, readable on the dark page.
        let dark = for_dark((0x1d, 0x5c, 0x4d));
        assert!(contrast(dark, DARK_BACKGROUND) >= 4.5, "{dark:?}");
        assert!(dark.1 > dark.0 && dark.1 > dark.2, "still green: {dark:?}");
        assert_eq!(for_dark((0xff, 0xff, 0xff)), (0xff, 0xff, 0xff));
    }

    use super::*;

    fn check_error(text: &str, expected: &str) {
        let findings = parse(text, &ConfigOverrides::default()).expect_err("config should fail");
        let rendered: Vec<String> = findings
            .iter()
            .map(|finding| {
                format!(
                    "{}: {}{}",
                    finding.location(),
                    finding.english(),
                    finding
                        .suggestion
                        .as_ref()
                        .map(|s| format!(" / {s}"))
                        .unwrap_or_default()
                )
            })
            .collect();
        assert_eq!(rendered.join("\n"), expected);
    }

    #[test]
    fn links_to_the_sites_own_address_are_its_own_urls() {
        let config = parse(
            "title = \"x\"\nbase_url = \"https://Example.org/natverk/\"\n",
            &ConfigOverrides::default(),
        )
        .expect("config");
        let own = |link: &str| config.own_url(link);
        assert_eq!(
            own("https://example.org/natverk/om/#mal").as_deref(),
            Some("/natverk/om/#mal")
        );
        assert_eq!(
            own("http://EXAMPLE.org/natverk").as_deref(),
            Some("/natverk")
        );
        assert_eq!(
            own("https://example.org/natverk?q=1").as_deref(),
            Some("/natverk?q=1")
        );
        assert_eq!(
            own("https://example.org/natverket/"),
            None,
            "another folder"
        );
        assert_eq!(
            own("https://example.org/annat/"),
            None,
            "another portal on the host"
        );
        assert_eq!(own("https://example.org.evil/natverk/"), None);
        assert_eq!(own("/natverk/om/"), None, "not an address");
    }

    #[test]
    fn unknown_keys_name_the_closest_known_one() {
        check_error(
            "titel = \"x\"\nbase_url = \"https://a.se/\"\n",
            "site.toml:1:1: unknown key \"titel\" in site.toml / title",
        );
        check_error(
            "title = \"x\"\nbase_url = \"https://a.se/\"\n[build]\nminfy = true\n",
            "site.toml:4:1: unknown key \"build.minfy\" in site.toml / build.minify",
        );
    }

    #[test]
    fn unsupported_language_is_an_error() {
        check_error(
            "title = \"x\"\nbase_url = \"https://a.se/\"\nlanguage = \"fi\"\n",
            "site.toml:3:12: language = \"fi\" is not supported",
        );
    }

    #[test]
    fn base_path_is_the_path_prefix() {
        assert_eq!(
            base_path("https://example.org/portal/").as_deref(),
            Some("/portal/")
        );
        assert_eq!(base_path("https://example.org").as_deref(), Some("/"));
        assert_eq!(base_path("example.org"), None);
    }

    #[test]
    fn a_minimal_config_gets_defaults() {
        let config = parse(
            "title = \"x\"\nbase_url = \"https://a.se/p\"\n",
            &ConfigOverrides::default(),
        )
        .expect("valid config");
        assert_eq!(config.language, Language::Sv);
        assert_eq!(config.base_url, "https://a.se/p/");
        assert_eq!(config.base_path, "/p/");
        assert!(config.minify);
    }
}
