//! The YAML front matter between the first `---` line and the next: split off,
//! read with serde-saphyr (behind `read`, so the YAML crate can be swapped),
//! checked key by key. Every finding is placed in the whole file.

use std::ops::Range;
use std::path::Path;

use serde::Deserialize;
use serde::de::{MapAccess, SeqAccess, Visitor};
use serde_saphyr::{DefaultMessageFormatter, MessageFormatter, Spanned};

use crate::config::Language;
use crate::findings::{Finding, FindingKind, LineIndex, Msg, Span, closest, closest_key};

/// The keys every page may carry (SPEC "Content").
pub(crate) const COMMON_KEYS: &[&str] = &[
    "title",
    "description",
    "date",
    "updated",
    "weight",
    "draft",
    "tags",
    "kind",
    "slug",
    "template",
    "aliases",
    "owner",
    "review_by",
    "reviewed",
    "language",
    "page_kind",
    "extra",
];

/// The typed front matter of one page.
#[derive(Debug, Clone, Default)]
pub struct FrontMatter {
    pub title: String,
    pub description: Option<String>,
    pub date: Option<jiff::civil::Date>,
    pub updated: Option<jiff::civil::Date>,
    pub weight: Option<i64>,
    pub draft: bool,
    pub tags: Vec<String>,
    /// As written: `kinds` checks that it names a kind.
    pub kind: Option<Placed>,
    pub page_kind: Option<Placed>,
    pub slug: Option<String>,
    pub template: Option<String>,
    pub aliases: Vec<String>,
    pub owner: Option<String>,
    pub review_by: Option<jiff::civil::Date>,
    /// When the page was last reviewed (its owner checked it is right).
    pub reviewed: Option<jiff::civil::Date>,
    pub language: Option<Language>,
    pub extra: serde_json::Value,
    /// Every top-level key and where it stands, for the checks of each kind.
    pub keys: Vec<(String, Span)>,
    /// The front matter could not be read (parse reported why): later
    /// stages read nothing more of it, so one defect gives one finding.
    pub unreadable: bool,
}

impl FrontMatter {
    /// The front matter of a page whose YAML could not be read: its file name as title.
    pub(crate) fn untitled(title: String) -> FrontMatter {
        FrontMatter {
            title,
            unreadable: true,
            ..FrontMatter::default()
        }
    }
}

/// A text value of the front matter and where it stands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Placed {
    pub text: String,
    pub span: Span,
}

/// Where the parts of a file lie.
#[derive(Debug, Clone)]
pub(crate) struct Split {
    /// The YAML between the `---` lines.
    pub yaml: Range<usize>,
    pub body_start: usize,
}

/// Finds the front matter of a normalised text (no BOM, LF line endings).
pub(crate) fn split(text: &str, path: &Path, index: &LineIndex) -> Result<Split, Box<Finding>> {
    let first_line_end = text.find('\n').unwrap_or(text.len());
    if text[..first_line_end].trim_end() != "---" {
        return Err(Box::new(
            Finding::error(
                FindingKind::Frontmatter,
                path,
                crate::msg!("frontmatter-missing"),
            )
            .at(index, text, 0),
        ));
    }
    let yaml_start = (first_line_end + 1).min(text.len());
    let mut line_start = yaml_start;
    while line_start < text.len() {
        let line_end = text[line_start..]
            .find('\n')
            .map_or(text.len(), |idx| line_start + idx);
        if text[line_start..line_end].trim_end() == "---" {
            return Ok(Split {
                yaml: yaml_start..line_start,
                body_start: (line_end + 1).min(text.len()),
            });
        }
        line_start = line_end + 1;
    }
    Err(Box::new(
        Finding::error(
            FindingKind::Frontmatter,
            path,
            crate::msg!("frontmatter-unclosed"),
        )
        .at(index, text, 0),
    ))
}

/// The 1-based line of the file the YAML starts on: the one after the first `---`.
pub(crate) const YAML_FIRST_LINE: usize = 2;

/// Reads front matter YAML and places every problem in the whole file: the
/// common keys here, each kind's own fields from `kinds` through `typed`.
pub(crate) struct FieldReader<'a> {
    /// Where the YAML lies in `text`.
    pub yaml: std::ops::Range<usize>,
    pub path: &'a Path,
    /// The whole file.
    pub text: Source<'a>,
    pub index: &'a LineIndex,
    /// Top-level keys and where they stand, for naming the key of a bad value.
    pub keys: &'a [(String, Span)],
}

/// The text a `FieldReader` reads: parse's own, or a document's, held
/// while it is read (`super::text::Text`).
pub(crate) enum Source<'a> {
    Borrowed(&'a str),
    Held(std::sync::Arc<str>),
}

impl std::ops::Deref for Source<'_> {
    type Target = str;

    fn deref(&self) -> &str {
        match self {
            Source::Borrowed(text) => text,
            Source::Held(text) => text,
        }
    }
}

impl FieldReader<'_> {
    fn yaml(&self) -> &str {
        self.text.get(self.yaml.clone()).unwrap_or("")
    }

    /// A YAML (line, column) as a position in the whole file.
    pub(crate) fn place(&self, location: &serde_saphyr::Location) -> Span {
        Span {
            line: location.line() as usize + YAML_FIRST_LINE - 1,
            column: (location.column() as usize).max(1),
        }
    }

    pub(crate) fn error_at(
        &self,
        span: Span,
        message: impl Into<crate::findings::Text>,
    ) -> Finding {
        Finding::error(FindingKind::Frontmatter, self.path, message)
            .at_span(self.index, &self.text, span)
    }

    /// Deserializes the YAML into `T`; a wrong value is a finding naming its key.
    pub(crate) fn typed<T: serde::de::DeserializeOwned>(&self) -> Result<T, Box<Finding>> {
        serde_saphyr::from_str_with_options::<T>(self.yaml(), yaml_options()).map_err(|error| {
            let span = error.location().map_or(
                Span {
                    line: YAML_FIRST_LINE,
                    column: 1,
                },
                |location| self.place(&location),
            );
            let message = yaml_message(&error);
            // The key whose value is wrong is the last one that starts before the error.
            let key = self
                .keys
                .iter()
                .filter(|(_, key_span)| *key_span <= span)
                .max_by_key(|(_, key_span)| *key_span)
                .map(|(key, _)| key.clone());
            let mut finding = match &key {
                // `online: ja`: the editor's word for yes, in their language.
                Some(key) if message.contains("boolean") => self
                    .error_at(
                        span,
                        crate::msg!(
                            "frontmatter-not-a-boolean",
                            key = key,
                            value = self.value_at(span)
                        ),
                    )
                    .target(key.as_str()),
                Some(key) => self
                    .error_at(
                        span,
                        crate::msg!("frontmatter-invalid-value", key = key, detail = message),
                    )
                    .target(key.as_str())
                    .help(value_help(key, &message)),
                None => self.error_at(span, crate::msg!("frontmatter-invalid", detail = message)),
            };
            if let Some((unknown, expected)) = unknown_field(&message) {
                let message = match &key {
                    Some(key) => crate::msg!(
                        "frontmatter-unknown-key-in",
                        key = unknown,
                        parent = key,
                        keys = expected.join(", ")
                    ),
                    None => crate::msg!("frontmatter-unknown-key", key = unknown),
                };
                finding = self
                    .error_at(span, message)
                    .target(unknown.as_str())
                    .suggest(
                        closest_key(&unknown, expected.iter().map(String::as_str))
                            .map(String::from),
                    );
            }
            Box::new(finding)
        })
    }

    /// `typed`, with a wrong value pushed to `findings`: what every kind
    /// reads its own fields with.
    pub(crate) fn fields<T: serde::de::DeserializeOwned>(
        &self,
        findings: &mut Vec<Finding>,
    ) -> Option<T> {
        self.typed::<T>()
            .map_err(|finding| findings.push(*finding))
            .ok()
    }

    /// The value written at `span`, to the end of its line.
    fn value_at(&self, span: Span) -> String {
        let line = self.index.line_text(&self.text, span.line);
        line.chars()
            .skip(span.column.saturating_sub(1))
            .collect::<String>()
            .trim()
            .trim_matches(['"', '\''])
            .to_string()
    }

    /// A `YYYY-MM-DD` value as a real date.
    pub(crate) fn date(
        &self,
        key: &str,
        value: Option<Spanned<String>>,
        findings: &mut Vec<Finding>,
    ) -> Option<jiff::civil::Date> {
        let value = value?;
        match value.value.trim().parse::<jiff::civil::Date>() {
            Ok(date) => Some(date),
            Err(_) => {
                findings.push(
                    self.error_at(
                        self.place(&value.referenced),
                        crate::msg!("frontmatter-not-a-date", key = key, value = value.value),
                    )
                    .target(key),
                );
                None
            }
        }
    }

    /// A value that must be one of `known`.
    pub(crate) fn enumeration(
        &self,
        key: &str,
        value: Option<Spanned<String>>,
        known: &[&str],
        findings: &mut Vec<Finding>,
    ) -> Option<String> {
        self.enumeration_or(key, value, known, &[], findings)
    }

    /// A value that must be one of `known`; a word of `meant` (`("grön",
    /// "green")`, compared in lowercase) suggests its value when the
    /// spelling alone would not.
    pub(crate) fn enumeration_or(
        &self,
        key: &str,
        value: Option<Spanned<String>>,
        known: &[&str],
        meant: &[(&str, &str)],
        findings: &mut Vec<Finding>,
    ) -> Option<String> {
        let value = value?;
        if known.contains(&value.value.as_str()) {
            return Some(value.value);
        }
        findings.push(
            self.error_at(
                self.place(&value.referenced),
                crate::msg!(
                    "frontmatter-not-one-of",
                    key = key,
                    value = value.value,
                    known = known.join(", ")
                ),
            )
            .target(key)
            .suggest(
                closest(&value.value, known.iter().copied())
                    .or_else(|| {
                        let written = value.value.trim().to_lowercase();
                        meant
                            .iter()
                            .find(|(word, _)| *word == written)
                            .map(|(_, value)| *value)
                    })
                    .map(String::from),
            ),
        );
        None
    }

    /// Where a top-level key stands, or the first line of the front matter.
    pub(crate) fn key_span(&self, key: &str) -> Span {
        self.keys
            .iter()
            .find(|(name, _)| name == key)
            .map_or(Span { line: 1, column: 1 }, |(_, span)| *span)
    }
}

/// serde's "unknown field `x`, expected one of `a`, `b`" → (x, [a, b]).
fn unknown_field(message: &str) -> Option<(String, Vec<String>)> {
    let rest = message.strip_prefix("unknown field `")?;
    let (unknown, rest) = rest.split_once('`')?;
    let expected = rest
        .split_once("expected ")
        .map(|(_, list)| list.trim_start_matches("one of "))
        .unwrap_or("");
    let expected = expected
        .split(',')
        .map(|name| name.trim().trim_matches('`').to_string())
        .filter(|name| !name.is_empty())
        .collect();
    Some((unknown.to_string(), expected))
}

/// Reads and checks the YAML of one page, pushing a finding for every problem.
pub(crate) fn read(
    yaml: std::ops::Range<usize>,
    path: &Path,
    text: &str,
    index: &LineIndex,
    fallback_title: &str,
    findings: &mut Vec<Finding>,
) -> FrontMatter {
    let bare = FieldReader {
        yaml: yaml.clone(),
        path,
        text: Source::Borrowed(text),
        index,
        keys: &[],
    };
    let untitled = || FrontMatter::untitled(fallback_title.to_string());
    let at_start = |finding: Finding| finding.at(index, text, 0);
    let yaml = &text[yaml];

    if yaml.trim().is_empty() {
        findings.push(at_start(
            Finding::error(
                FindingKind::Frontmatter,
                path,
                crate::msg!("frontmatter-empty"),
            )
            .target("title"),
        ));
        return untitled();
    }

    // First the keys alone, so that every unknown key is reported, each at its line.
    let mut controls: Vec<(String, Span, char)> = Vec::new();
    let keys: Vec<(String, Span)> =
        match serde_saphyr::from_str_with_options::<KeyScan>(yaml, yaml_options()) {
            Ok(scan) => scan
                .0
                .iter()
                .map(|(key, location, control)| {
                    let span = bare.place(location);
                    if let Some(control) = control {
                        controls.push((key.clone(), span, *control));
                    }
                    (key.clone(), span)
                })
                .collect(),
            Err(error) => {
                let span = error.location().map_or(
                    Span {
                        line: YAML_FIRST_LINE,
                        column: 1,
                    },
                    |location| bare.place(&location),
                );
                let message = yaml_message(&error);
                let help = yaml_help(&message, yaml, span.line + 1 - YAML_FIRST_LINE);
                findings.push(
                    bare.error_at(
                        span,
                        Msg::new("frontmatter-invalid-yaml")
                            .arg_msg("detail", yaml_detail(&message)),
                    )
                    .help(help),
                );
                return untitled();
            }
        };
    for (key, span, control) in controls {
        findings.push(
            bare.error_at(
                span,
                crate::msg!(
                    "frontmatter-control-character",
                    key = key,
                    code = format!("U+{:04X}", u32::from(control))
                ),
            )
            .target(key.as_str()),
        );
    }
    let reader = FieldReader {
        keys: &keys,
        ..bare
    };
    let mut front_matter = read_common(&reader, fallback_title, findings);
    front_matter.keys = keys;
    front_matter
}

fn read_common(
    reader: &FieldReader<'_>,
    fallback_title: &str,
    findings: &mut Vec<Finding>,
) -> FrontMatter {
    let untitled = || FrontMatter::untitled(fallback_title.to_string());
    let raw: RawFrontMatter = match reader.typed() {
        Ok(raw) => raw,
        Err(finding) => {
            findings.push(*finding);
            return untitled();
        }
    };

    let date = reader.date("date", raw.date, findings);
    let updated = reader.date("updated", raw.updated, findings);
    let review_by = reader.date("review_by", raw.review_by, findings);
    let reviewed = reader.date("reviewed", raw.reviewed, findings);
    // Which kinds there are is for `kinds` to say.
    let placed = |value: Option<Spanned<String>>| {
        value.map(|value| Placed {
            span: reader.place(&value.referenced),
            text: value.value,
        })
    };
    let kind = placed(raw.kind);
    let page_kind = placed(raw.page_kind);
    let language_codes: Vec<&str> = Language::ALL
        .iter()
        .map(|language| language.code())
        .collect();
    let language = reader
        .enumeration("language", raw.language, &language_codes, findings)
        .and_then(|code| Language::from_code(&code));

    let title = match raw.title {
        Some(title) if !title.value.trim().is_empty() => title.value,
        Some(title) => {
            findings.push(
                reader
                    .error_at(
                        reader.place(&title.referenced),
                        crate::msg!("frontmatter-title-empty"),
                    )
                    .target("title"),
            );
            fallback_title.to_string()
        }
        None => fallback_title.to_string(),
    };

    FrontMatter {
        unreadable: false,
        title,
        description: raw.description,
        date,
        updated,
        weight: raw.weight,
        draft: raw.draft.unwrap_or(false),
        tags: raw.tags.unwrap_or_default(),
        kind,
        page_kind,
        slug: raw.slug,
        template: raw.template,
        aliases: raw.aliases.unwrap_or_default(),
        owner: raw.owner,
        review_by,
        reviewed,
        language,
        extra: raw.extra.unwrap_or(serde_json::Value::Null),
        keys: Vec::new(),
    }
}

/// Budgets against alias bombs and deep nesting; YAML 1.2 booleans only, so
/// that `draft: ja` (or `yes`) is an error instead of a silent guess.
pub(crate) fn yaml_options() -> serde_saphyr::Options {
    let mut budget = serde_saphyr::Budget::default();
    budget.max_depth = 32;
    budget.max_aliases = 1_000;
    budget.max_nodes = 100_000;
    budget.max_events = 200_000;
    let mut options = serde_saphyr::Options::default();
    options.budget = Some(budget);
    options.strict_booleans = true;
    options.with_snippet = false;
    options
}

/// serde-saphyr's message, without advice meant for programmers.
pub(crate) fn yaml_message(error: &serde_saphyr::Error) -> String {
    let message = DefaultMessageFormatter.format_message(error).into_owned();
    if message.starts_with("budget breached") {
        return String::from(
            "the front matter is too large or repeats itself too much (YAML aliases)",
        );
    }
    match message.split_once(", set DuplicateKeyPolicy") {
        Some((before, _)) => before.to_string(),
        None => message,
    }
}

/// What the YAML parser said, in the editor's words where it is one of
/// the usual mistakes; else as the parser said it.
fn yaml_detail(message: &str) -> Msg {
    if message.contains("mapping values are not allowed") {
        crate::msg!("yaml-colon")
    } else if let Some(key) = message.strip_prefix("duplicate mapping key: ") {
        crate::msg!("yaml-duplicate-key", key = key)
    } else if let Some(bracket) = message.strip_prefix("unclosed bracket ") {
        crate::msg!(
            "yaml-unclosed-bracket",
            bracket = bracket.trim_matches('\'')
        )
    } else if message.contains("unclosed quote") {
        crate::msg!("yaml-unclosed-quote")
    } else if message.contains("tabs disallowed") {
        crate::msg!("yaml-tab")
    } else if message.contains("did not find expected key") {
        crate::msg!("yaml-expected-key")
    } else {
        crate::msg!("yaml-parser", detail = message)
    }
}

fn yaml_help(message: &str, yaml: &str, yaml_line: usize) -> Msg {
    let line = yaml.lines().nth(yaml_line.saturating_sub(1)).unwrap_or("");
    if message.contains("duplicate") {
        crate::msg!("help-yaml-duplicate")
    } else if message.contains("mapping values are not allowed") {
        crate::msg!("help-yaml-colon")
    } else if message.contains("unclosed bracket") {
        crate::msg!("help-yaml-bracket")
    } else if message.contains("tabs") || line.starts_with('\t') {
        crate::msg!("help-yaml-tabs")
    } else if message.contains("too large") || message.contains("recursion") {
        crate::msg!("help-yaml-too-deep")
    } else if message.contains("mapping") || message.contains("sequence") {
        crate::msg!("help-yaml-keys")
    } else {
        crate::msg!("help-yaml-quoting")
    }
}

/// What to write instead, by what the value should have been.
fn value_help(key: &str, message: &str) -> Msg {
    let expected = message.split("expected").nth(1).unwrap_or("");
    match key {
        "weight" => crate::msg!("help-value-weight"),
        "tags" | "aliases" => crate::msg!("help-value-short-list", key = key),
        _ if expected.contains("sequence") => crate::msg!("help-value-list", key = key),
        _ if expected.contains("integer")
            || expected.contains("i32")
            || expected.contains("u8") =>
        {
            crate::msg!("help-value-number")
        }
        _ if expected.contains("map") || expected.contains("struct") => {
            crate::msg!("help-value-keys", key = key)
        }
        _ => crate::msg!("help-value-text"),
    }
}

#[derive(Deserialize)]
struct RawFrontMatter {
    title: Option<Spanned<String>>,
    description: Option<String>,
    date: Option<Spanned<String>>,
    updated: Option<Spanned<String>>,
    weight: Option<i64>,
    draft: Option<bool>,
    tags: Option<Vec<String>>,
    kind: Option<Spanned<String>>,
    page_kind: Option<Spanned<String>>,
    slug: Option<String>,
    template: Option<String>,
    aliases: Option<Vec<String>>,
    owner: Option<String>,
    review_by: Option<Spanned<String>>,
    reviewed: Option<Spanned<String>>,
    language: Option<Spanned<String>>,
    extra: Option<serde_json::Value>,
}

/// The top-level keys of a mapping, each with its (line, column) in the YAML
/// and the first control character in its value, if any.
struct KeyScan(Vec<(String, serde_saphyr::Location, Option<char>)>);

/// Any YAML value, kept only as the first control character of its text (a
/// `\u0001` or a bare CR that a paste brought in): HTML, Atom and iCalendar
/// cannot carry them, and in a calendar a CR would start a new property.
struct ControlScan(Option<char>);

fn control_in(text: &str) -> Option<char> {
    text.chars()
        .find(|ch| ch.is_control() && *ch != '\n' && *ch != '\t')
}

impl<'de> Deserialize<'de> for ControlScan {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<ControlScan, D::Error> {
        struct ControlVisitor;
        impl<'de> Visitor<'de> for ControlVisitor {
            type Value = ControlScan;
            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("any value")
            }
            fn visit_str<E: serde::de::Error>(self, text: &str) -> Result<ControlScan, E> {
                Ok(ControlScan(control_in(text)))
            }
            fn visit_bool<E: serde::de::Error>(self, _: bool) -> Result<ControlScan, E> {
                Ok(ControlScan(None))
            }
            fn visit_i64<E: serde::de::Error>(self, _: i64) -> Result<ControlScan, E> {
                Ok(ControlScan(None))
            }
            fn visit_u64<E: serde::de::Error>(self, _: u64) -> Result<ControlScan, E> {
                Ok(ControlScan(None))
            }
            fn visit_f64<E: serde::de::Error>(self, _: f64) -> Result<ControlScan, E> {
                Ok(ControlScan(None))
            }
            fn visit_unit<E: serde::de::Error>(self) -> Result<ControlScan, E> {
                Ok(ControlScan(None))
            }
            fn visit_none<E: serde::de::Error>(self) -> Result<ControlScan, E> {
                Ok(ControlScan(None))
            }
            fn visit_some<D: serde::Deserializer<'de>>(
                self,
                deserializer: D,
            ) -> Result<ControlScan, D::Error> {
                ControlScan::deserialize(deserializer)
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<ControlScan, A::Error> {
                let mut found = None;
                while let Some(ControlScan(inner)) = seq.next_element()? {
                    found = found.or(inner);
                }
                Ok(ControlScan(found))
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<ControlScan, A::Error> {
                let mut found = None;
                while let Some((ControlScan(key), ControlScan(value))) = map.next_entry()? {
                    found = found.or(key).or(value);
                }
                Ok(ControlScan(found))
            }
        }
        deserializer.deserialize_any(ControlVisitor)
    }
}

impl<'de> Deserialize<'de> for KeyScan {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<KeyScan, D::Error> {
        struct KeyVisitor;
        impl<'de> Visitor<'de> for KeyVisitor {
            type Value = KeyScan;
            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("keys with values (title: …), not a list or a single value")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<KeyScan, A::Error> {
                let mut keys = Vec::new();
                while let Some(key) = map.next_key::<Spanned<String>>()? {
                    let ControlScan(control) = map.next_value()?;
                    keys.push((key.value, key.referenced, control));
                }
                Ok(KeyScan(keys))
            }
        }
        deserializer.deserialize_map(KeyVisitor)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Parses `text` as a whole file and renders its findings as `line:col message`.
    fn check(text: &str, expected: &[&str]) {
        let index = LineIndex::new(text);
        let path = Path::new("content/a.md");
        let mut findings = Vec::new();
        match split(text, path, &index) {
            Ok(split) => {
                read(split.yaml, path, text, &index, "a", &mut findings);
            }
            Err(finding) => findings.push(*finding),
        }
        let rendered: Vec<String> = findings
            .iter()
            .map(|finding| {
                let span = finding.span.expect("front matter findings have a position");
                format!("{}:{} {}", span.line, span.column, finding.english())
            })
            .collect();
        assert_eq!(rendered, expected);
    }

    #[test]
    fn a_valid_front_matter_has_no_findings() {
        check(
            "---\ntitle: Förberedelse\ndraft: false\ndate: 2025-02-28\n---\nText\n",
            &[],
        );
    }

    #[test]
    fn wrong_values_name_the_key() {
        check(
            "---\ntitle: A\ndraft: ja\n---\n",
            &["3:8 invalid value for \"draft\": \"ja\" is not true or false"],
        );
        check(
            "---\ntitle: A\ndate: 2025-02-30\n---\n",
            &["3:7 invalid value for \"date\": \"2025-02-30\" is not a real date"],
        );
    }

    #[test]
    fn unclosed_front_matter_is_reported_at_the_first_line() {
        check(
            "---\ntitle: A\n\nText\n",
            &["1:1 the front matter is never closed: no second --- line"],
        );
    }
}
