//! `Finding`: something wrong in the user's site, with where it is and what to do.
//! Findings are collected by every stage and printed at the end by one of the
//! printers beside this file. Invariant: nothing else formats findings.

mod github;
mod html;
mod human;
mod json;
pub(crate) mod messages;
mod sarif;

use std::fmt;
use std::path::{Path, PathBuf};

pub(crate) use github::{print as print_github, summary as github_summary};
pub(crate) use html::print as print_html_items;
pub(crate) use html::{Where, item as html_item};
pub(crate) use human::{headlines, print as print_human};
pub(crate) use json::print as print_json;
pub use messages::Msg;
pub(crate) use sarif::print as print_sarif;

use crate::language::Language;

/// What a finding says: a message of the catalogues (written in the page's
/// language when printed) or, where none is written yet, English text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Text {
    Plain(String),
    Msg(Msg),
}

impl From<String> for Text {
    fn from(text: String) -> Text {
        Text::Plain(text)
    }
}

impl From<&str> for Text {
    fn from(text: &str) -> Text {
        Text::Plain(text.to_string())
    }
}

impl From<&String> for Text {
    fn from(text: &String) -> Text {
        Text::Plain(text.clone())
    }
}

impl From<Msg> for Text {
    fn from(msg: Msg) -> Text {
        Text::Msg(msg)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Error,
    Warning,
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        })
    }
}

/// The finding kinds of SPEC's "Findings format", plus `content` for a source
/// file that cannot be read as a page at all and `config` for site.toml.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum FindingKind {
    Link,
    Attachment,
    Fragment,
    Reference,
    Frontmatter,
    Template,
    External,
    Lint,
    Content,
    Config,
    /// A data file, or a `chart` or `table` block that places one.
    Data,
    /// A document that is published (an Office file, a PDF): what it holds.
    Document,
    /// What the site's git history says: a page removed, an old URL two
    /// pages had, a shallow clone.
    History,
    /// What a page loads from another origin, which learns each visitor's
    /// address before they choose to (an embedded video, a web font).
    Privacy,
}

impl FindingKind {
    /// Every kind, in the order SARIF's rules list them.
    pub(crate) const ALL: &[FindingKind] = &[
        FindingKind::Link,
        FindingKind::Attachment,
        FindingKind::Fragment,
        FindingKind::Reference,
        FindingKind::Frontmatter,
        FindingKind::Template,
        FindingKind::External,
        FindingKind::Lint,
        FindingKind::Content,
        FindingKind::Config,
        FindingKind::Data,
        FindingKind::Document,
        FindingKind::History,
        FindingKind::Privacy,
    ];
}

impl fmt::Display for FindingKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            FindingKind::Link => "link",
            FindingKind::Attachment => "attachment",
            FindingKind::Fragment => "fragment",
            FindingKind::Reference => "reference",
            FindingKind::Frontmatter => "frontmatter",
            FindingKind::Template => "template",
            FindingKind::External => "external",
            FindingKind::Lint => "lint",
            FindingKind::Content => "content",
            FindingKind::Config => "config",
            FindingKind::Data => "data",
            FindingKind::Document => "document",
            FindingKind::History => "history",
            FindingKind::Privacy => "privacy",
        })
    }
}

/// The lint rules of SPEC "Lint": what an editor should fix before publishing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Rule {
    Placeholder,
    EmptyLink,
    MissingAlt,
    LinkText,
    HeadingOrder,
    ReviewDue,
}

impl Rule {
    pub(crate) const ALL: &[Rule] = &[
        Rule::Placeholder,
        Rule::EmptyLink,
        Rule::MissingAlt,
        Rule::LinkText,
        Rule::HeadingOrder,
        Rule::ReviewDue,
    ];

    /// As written in `[lint] allow` and in JSON's `rule`.
    pub fn name(self) -> &'static str {
        match self {
            Rule::Placeholder => "placeholder",
            Rule::EmptyLink => "empty-link",
            Rule::MissingAlt => "missing-alt",
            Rule::LinkText => "link-text",
            Rule::HeadingOrder => "heading-order",
            Rule::ReviewDue => "review-due",
        }
    }

    pub(crate) fn from_name(name: &str) -> Option<Rule> {
        Rule::ALL.iter().copied().find(|rule| rule.name() == name)
    }
}

/// A 1-based line and column (in characters) in the whole file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Span {
    pub line: usize,
    pub column: usize,
}

/// Where a finding stands: a file, and where known a line and column in
/// it with the text of that line. Stages that learn a place before they
/// know what is wrong there keep a `Location`, and make findings from it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Location {
    /// Relative to the site root, with `/` separators.
    pub file: PathBuf,
    pub span: Option<Span>,
    pub source_line: Option<String>,
}

impl Location {
    /// A whole file, with no line.
    pub(crate) fn file(file: impl Into<PathBuf>) -> Location {
        Location {
            file: file.into(),
            span: None,
            source_line: None,
        }
    }

    /// A byte offset of `text`, the whole file.
    pub(crate) fn at(
        file: impl Into<PathBuf>,
        index: &LineIndex,
        text: &str,
        offset: usize,
    ) -> Location {
        let span = index.span(text, offset);
        Location {
            file: file.into(),
            source_line: Some(index.line_text(text, span.line).to_string()),
            span: Some(span),
        }
    }

    pub(crate) fn error(&self, kind: FindingKind, message: impl Into<Text>) -> Finding {
        Finding {
            span: self.span,
            source_line: self.source_line.clone(),
            ..Finding::error(kind, self.file.clone(), message)
        }
    }

    pub(crate) fn warning(&self, kind: FindingKind, message: impl Into<Text>) -> Finding {
        Finding {
            severity: Severity::Warning,
            ..self.error(kind, message)
        }
    }
}

/// Something wrong in the user's site. Collected and reported, never returned as `Err`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    pub severity: Severity,
    pub kind: FindingKind,
    /// Relative to the site root, with `/` separators.
    pub file: PathBuf,
    pub span: Option<Span>,
    /// The offending link target or key, where there is one.
    pub target: Option<String>,
    /// What is wrong, as data: the printers write it in the reader's
    /// language (`message_in`).
    pub message: Text,
    pub suggestion: Option<String>,
    /// What the editor can do about it, where it was chosen apart from the
    /// message (by what went wrong); else the message's own `.help`.
    pub help: Option<Text>,
    /// The text of the line at `span`, shown under the message.
    pub source_line: Option<String>,
    /// For a finding of kind `lint`, the rule that found it.
    pub rule: Option<Rule>,
    /// Found the same on this many pages (a template's), when more than one.
    pub on_pages: Option<usize>,
}

impl Finding {
    pub(crate) fn error(
        kind: FindingKind,
        file: impl Into<PathBuf>,
        message: impl Into<Text>,
    ) -> Finding {
        Finding {
            severity: Severity::Error,
            kind,
            file: file.into(),
            span: None,
            target: None,
            message: message.into(),
            suggestion: None,
            help: None,
            source_line: None,
            rule: None,
            on_pages: None,
        }
    }

    pub(crate) fn warning(
        kind: FindingKind,
        file: impl Into<PathBuf>,
        message: impl Into<Text>,
    ) -> Finding {
        Finding {
            severity: Severity::Warning,
            ..Finding::error(kind, file, message)
        }
    }

    /// Places the finding at a byte offset of `text`, the whole file.
    pub(crate) fn at(mut self, index: &LineIndex, text: &str, offset: usize) -> Finding {
        let span = index.span(text, offset);
        self.source_line = Some(index.line_text(text, span.line).to_string());
        self.span = Some(span);
        self
    }

    /// Places the finding at a known line and column of `text`, the whole file.
    pub(crate) fn at_span(mut self, index: &LineIndex, text: &str, span: Span) -> Finding {
        self.source_line = Some(index.line_text(text, span.line).to_string());
        self.span = Some(span);
        self
    }

    pub(crate) fn target(mut self, target: impl Into<String>) -> Finding {
        self.target = Some(target.into());
        self
    }

    pub(crate) fn suggest(mut self, suggestion: Option<String>) -> Finding {
        self.suggestion = suggestion;
        self
    }

    /// A warning of kind `lint`, found by `rule`.
    pub(crate) fn lint(rule: Rule, file: impl Into<PathBuf>, message: impl Into<Text>) -> Finding {
        Finding {
            rule: Some(rule),
            ..Finding::warning(FindingKind::Lint, file, message)
        }
    }

    /// Help chosen by what went wrong: English text, or a message of the
    /// catalogues (written in the page's language when printed).
    pub(crate) fn help(mut self, help: impl Into<Text>) -> Finding {
        self.help = Some(help.into());
        self
    }

    /// The same finding on `n` pages (of one template): "… (on 3 pages)".
    pub(crate) fn on_pages(mut self, n: usize) -> Finding {
        self.on_pages = Some(n);
        self
    }

    fn pages_suffix(language: Language, n: usize) -> String {
        messages::text(language, &Msg::new("on-pages").num("pages", n), None).unwrap_or_default()
    }

    /// The message in `language`; English where it is not in the
    /// catalogues (or they have no such message).
    pub(crate) fn message_in(&self, language: Language) -> String {
        let (mut text, language) = match &self.message {
            Text::Msg(msg) => (
                messages::text(language, msg, None).unwrap_or_else(|| msg.id.to_string()),
                language,
            ),
            Text::Plain(text) => (text.clone(), Language::En),
        };
        if let Some(n) = self.on_pages {
            text.push_str(&Finding::pages_suffix(language, n));
        }
        text
    }

    /// The message in English: for tools, tests and `--messages en`.
    pub fn english(&self) -> String {
        self.message_in(Language::En)
    }

    /// The finding on one line, as the terminal and CI logs show it:
    /// `content/a.md:3:5: error[link]: no page "b.md" — did you mean "c.md"?`.
    pub(crate) fn headline(&self, language: Language) -> String {
        format!(
            "{}: {}[{}]: {}",
            self.location(),
            self.severity,
            self.kind,
            self.message_line(language)
        )
    }

    /// The message and its suggestion in `language`: `no page "steg-4.md"
    /// — did you mean "steg-3.md"?`.
    pub(crate) fn message_line(&self, language: Language) -> String {
        // A message not yet in the catalogues stays English, suggestion and all.
        let language = match self.message {
            Text::Msg(_) => language,
            Text::Plain(_) => Language::En,
        };
        let mut line = self.message_in(language);
        if let Some(suggestion) = &self.suggestion {
            line.push(' ');
            line.push_str(&messages::word(
                language,
                "did-you-mean",
                &[("suggestion", suggestion)],
            ));
        }
        line
    }

    /// The help in `language`: the one chosen for this finding, else its
    /// message's own `.help`, where it has one.
    pub(crate) fn help_in(&self, language: Language) -> Option<String> {
        match (&self.help, &self.message) {
            (Some(Text::Plain(help)), _) => Some(help.clone()),
            (Some(Text::Msg(help)), _) => messages::text(language, help, None),
            (None, Text::Msg(msg)) => messages::text(language, msg, Some("help")),
            (None, Text::Plain(_)) => None,
        }
    }

    /// `file:line:col`, or just `file` when the finding has no position.
    pub(crate) fn location(&self) -> String {
        let file = self.file.to_string_lossy();
        match self.span {
            Some(span) => format!("{file}:{}:{}", span.line, span.column),
            None => file.into_owned(),
        }
    }
}

/// All the findings of one run, in the order the stages found them.
#[derive(Debug, Default, Clone)]
pub struct Findings {
    list: Vec<Finding>,
    /// The language of each page's source, for its findings' messages.
    languages: std::collections::BTreeMap<PathBuf, Language>,
    /// The site's language: for site.toml, templates, data files.
    site_language: Option<Language>,
    /// `--messages en`: every message in that language, whatever the page's.
    forced: Option<Language>,
}

impl Findings {
    /// Which language each file's findings speak: its page's, else the site's.
    pub(crate) fn set_languages(
        &mut self,
        languages: std::collections::BTreeMap<PathBuf, Language>,
        site: Language,
    ) {
        self.languages = languages;
        self.site_language = Some(site);
    }

    /// The findings sorted and each once, as every printer shows them, so
    /// that a holder who prints them again and again (serve) sorts once:
    /// `iter` then gives them in that order.
    pub(crate) fn settled(&self) -> Findings {
        Findings {
            list: self.sorted().into_iter().cloned().collect(),
            languages: self.languages.clone(),
            site_language: self.site_language,
            forced: self.forced,
        }
    }

    /// The findings in the order they are held (`settled`: the printers').
    pub(crate) fn iter(&self) -> std::slice::Iter<'_, Finding> {
        self.list.iter()
    }

    /// How many of `severity` it holds (`settled`: as the printers count).
    pub(crate) fn held(&self, severity: Severity) -> usize {
        count(self.iter(), severity)
    }

    /// Whether both hold the same findings in the same order.
    pub(crate) fn same_as(&self, other: &Findings) -> bool {
        self.list == other.list
    }

    /// A copy written in `language`.
    pub(crate) fn written_in(&self, language: Language) -> Findings {
        Findings {
            list: self.list.clone(),
            languages: self.languages.clone(),
            site_language: self.site_language,
            forced: Some(language),
        }
    }

    /// The language `finding` is written in.
    pub(crate) fn language_of(&self, finding: &Finding) -> Language {
        if let Some(language) = self.forced {
            return language;
        }
        self.languages
            .get(&finding.file)
            .copied()
            .or(self.site_language)
            .unwrap_or(Language::En)
    }

    /// The language of what the printers say about all findings at once:
    /// `--messages`, else the site's.
    pub(crate) fn site_language(&self) -> Language {
        self.forced.or(self.site_language).unwrap_or(Language::En)
    }

    pub(crate) fn push(&mut self, finding: Finding) {
        self.list.push(finding);
    }

    pub(crate) fn extend(&mut self, findings: impl IntoIterator<Item = Finding>) {
        self.list.extend(findings);
    }

    /// The errors, each counted once as the printers show them (two pages
    /// may find the same defect in a data file they share).
    pub fn n_errors(&self) -> usize {
        self.sorted()
            .iter()
            .filter(|finding| finding.severity == Severity::Error)
            .count()
    }

    pub fn n_warnings(&self) -> usize {
        self.sorted()
            .iter()
            .filter(|finding| finding.severity == Severity::Warning)
            .count()
    }

    pub(crate) fn is_empty(&self) -> bool {
        self.list.is_empty()
    }

    /// Sorted by file, then position, then message: the order every printer uses.
    pub fn sorted(&self) -> Vec<&Finding> {
        let mut sorted: Vec<&Finding> = self.list.iter().collect();
        sorted.sort_by_cached_key(|finding| {
            let file = finding.file.clone();
            (file, finding.span, finding.english(), finding.kind)
        });
        sorted.dedup();
        sorted
    }
}

/// How many of `findings` are of `severity`.
pub(crate) fn count<'f>(
    findings: impl IntoIterator<Item = &'f Finding>,
    severity: Severity,
) -> usize {
    findings
        .into_iter()
        .filter(|finding| finding.severity == severity)
        .count()
}

/// Line starts of one file, for turning byte offsets into line and column.
#[derive(Debug, Clone)]
pub struct LineIndex {
    line_starts: Vec<usize>,
}

impl LineIndex {
    pub(crate) fn new(text: &str) -> LineIndex {
        let mut line_starts = vec![0];
        line_starts.extend(memchr_newlines(text));
        LineIndex { line_starts }
    }

    pub(crate) fn shrink_to_fit(&mut self) {
        self.line_starts.shrink_to_fit();
    }

    /// The 1-based line and character column of a byte offset.
    pub(crate) fn span(&self, text: &str, offset: usize) -> Span {
        let offset = offset.min(text.len());
        let line_idx = match self.line_starts.binary_search(&offset) {
            Ok(idx) => idx,
            Err(idx) => idx - 1,
        };
        let line_start = self.line_starts[line_idx];
        let column = text
            .get(line_start..offset)
            .map_or(offset - line_start, |prefix| prefix.chars().count());
        Span {
            line: line_idx + 1,
            column: column + 1,
        }
    }

    /// The byte offset of a 1-based line's start, if the file has that line.
    pub(crate) fn line_start(&self, line: usize) -> Option<usize> {
        self.line_starts.get(line.checked_sub(1)?).copied()
    }

    /// The text of a 1-based line, without its line ending.
    pub(crate) fn line_text<'t>(&self, text: &'t str, line: usize) -> &'t str {
        let Some(start) = self.line_start(line) else {
            return "";
        };
        let end = self
            .line_starts
            .get(line)
            .map_or(text.len(), |next| next - 1);
        text.get(start..end.max(start))
            .unwrap_or("")
            .trim_end_matches('\r')
    }
}

fn memchr_newlines(text: &str) -> impl Iterator<Item = usize> + '_ {
    memchr::memchr_iter(b'\n', text.as_bytes()).map(|idx| idx + 1)
}

/// A path relative to the site root, written with `/` on every platform.
/// A value quoted in a message, cut to its first `max` characters and `…`:
/// a cell of 65,536 digits is named by its start.
pub(crate) fn quoted_start(text: &str, max: usize) -> std::borrow::Cow<'_, str> {
    match text.char_indices().nth(max) {
        Some((cut, _)) => format!("{}…", &text[..cut]).into(),
        None => text.into(),
    }
}

/// Text for a terminal line: a control character (a file name or a value
/// can hold ESC, which sets the title, clears the screen or writes the
/// clipboard) is shown as its picture, U+2400 and on (`\u{1b}` → `␛`), DEL
/// as `␡`, and the C1 controls as `�`, as the source excerpts show them.
pub(crate) fn printable(text: &str) -> std::borrow::Cow<'_, str> {
    let control = |ch: char| ch.is_control();
    if !text.contains(control) {
        return std::borrow::Cow::Borrowed(text);
    }
    text.chars()
        .map(|ch| match u32::from(ch) {
            code @ 0..=0x1f => char::from_u32(0x2400 + code).unwrap_or('\u{fffd}'),
            0x7f => '\u{2421}',
            _ if ch.is_control() => '\u{fffd}',
            _ => ch,
        })
        .collect::<String>()
        .into()
}

pub(crate) fn display_path(path: &Path) -> String {
    path.components()
        .map(|component| match component {
            // `/tmp/x`, not `//tmp/x`: the root is the empty name before the first `/`.
            std::path::Component::RootDir => "".into(),
            _ => component.as_os_str().to_string_lossy(),
        })
        .collect::<Vec<_>>()
        .join("/")
}

/// Front-matter keys as editors write them in their own language, and the
/// key they mean: `beskrivning` is far from `description` by its letters.
const NORDIC_KEYS: &[(&str, &[&str])] = &[
    ("title", &["titel", "tittel", "rubrik", "overskrift"]),
    (
        "description",
        &["beskrivning", "beskrivelse", "skildring", "ingress"],
    ),
    ("date", &["datum", "dato"]),
    (
        "updated",
        &["uppdaterad", "oppdatert", "opdateret", "ändrad", "endret"],
    ),
    (
        "weight",
        &[
            "vikt",
            "vekt",
            "vægt",
            "ordning",
            "rekkefølge",
            "rækkefølge",
        ],
    ),
    ("draft", &["utkast", "kladd", "udkast", "kladde"]),
    (
        "tags",
        &[
            "taggar",
            "tagger",
            "etiketter",
            "emneord",
            "nyckelord",
            "nøkkelord",
        ],
    ),
    ("owner", &["ägare", "eier", "ejer", "ansvarig", "ansvarlig"]),
    (
        "review_by",
        &["granskas", "granska", "revideras", "revider", "gjennomgås"],
    ),
    ("language", &["språk", "sprog", "mål"]),
    ("templates", &["mallar", "maler", "malar", "skabeloner"]),
    (
        "materials",
        &["material", "materialer", "materiell", "materiale"],
    ),
    ("location", &["plats", "sted", "stad", "lokal", "lokale"]),
    ("agenda", &["dagordning", "dagsorden"]),
    ("start", &["starttid", "börjar", "begynner", "begynder"]),
    ("end", &["sluttid", "slutar", "slutter"]),
    (
        "prepare",
        &[
            "förbered",
            "förberedelse",
            "forbered",
            "forberedelse",
            "førebu",
        ],
    ),
    ("roles", &["roller"]),
    (
        "duration",
        &["tidsåtgång", "varighet", "varighed", "varaktighet"],
    ),
    ("purpose", &["syfte", "formål", "føremål"]),
    ("outcome", &["resultat", "utfall"]),
    ("file", &["fil"]),
];

/// The key of `candidates` that `wrong` means: the English key of a word in
/// an editor's language (`beskrivning` → `description`), else the closest.
pub(crate) fn closest_key<'c>(
    wrong: &str,
    candidates: impl IntoIterator<Item = &'c str> + Clone,
) -> Option<&'c str> {
    let lower = wrong.trim().to_lowercase();
    let meant = NORDIC_KEYS
        .iter()
        .find(|(_, words)| words.contains(&lower.as_str()))
        .map(|(key, _)| *key);
    if let Some(meant) = meant
        && let Some(key) = candidates.clone().into_iter().find(|key| *key == meant)
    {
        return Some(key);
    }
    closest(wrong, candidates)
}

/// The closest of `candidates` to `wrong`, if one is close enough to be what
/// was meant. Used for keys, file names and ids alike.
pub(crate) fn closest<'c>(
    wrong: &str,
    candidates: impl IntoIterator<Item = &'c str>,
) -> Option<&'c str> {
    let wrong_lower = wrong.to_lowercase();
    candidates
        .into_iter()
        .map(|candidate| {
            let distance = strsim::osa_distance(&wrong_lower, &candidate.to_lowercase());
            (distance, candidate)
        })
        .filter(|(distance, candidate)| {
            let longest = wrong.chars().count().max(candidate.chars().count());
            *distance <= (longest / 3).max(1) && *distance < longest
        })
        .min()
        .map(|(_, candidate)| candidate)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check_span(text: &str, offset: usize, expected: (usize, usize)) {
        let index = LineIndex::new(text);
        let span = index.span(text, offset);
        assert_eq!((span.line, span.column), expected);
    }

    #[test]
    fn a_key_in_an_editors_language_suggests_the_key_meant() {
        let keys = ["title", "description", "date", "location", "agenda"];
        assert_eq!(closest_key("beskrivning", keys), Some("description"));
        assert_eq!(closest_key("Beskrivelse", keys), Some("description"));
        assert_eq!(closest_key("dagsorden", keys), Some("agenda"));
        assert_eq!(closest_key("plats", keys), Some("location"));
        // A word for a key that is not among these: the closest by letters, if any.
        assert_eq!(closest_key("mallar", keys), None);
        assert_eq!(closest_key("titel", keys), Some("title"));
        assert_eq!(closest_key("descripton", keys), Some("description"));
    }

    /// A file name once set the terminal's title, cleared the screen and
    /// wrote the clipboard (OSC 52) when a finding named it.
    #[test]
    fn control_characters_reach_the_terminal_as_pictures() {
        let mut findings = Findings::default();
        findings.push(Finding::error(
            FindingKind::Link,
            "content/\u{1b}]0;pwned\u{7}\u{1b}[2J\u{1b}]52;c;ZXZpbA==\u{7}.md",
            crate::msg!("link-no-page", target = "x\u{1b}[31m\u{9b}y\u{7f}"),
        ));
        let printed = human::print(&findings, false);
        assert!(
            !printed.contains(|ch: char| ch.is_control() && ch != '\n'),
            "{printed:?}"
        );
        assert!(printed.contains("content/␛]0;pwned␇␛[2J"), "{printed}");
        assert!(printed.contains("x␛[31m\u{fffd}y␡"), "{printed}");
        assert_eq!(printable("plain åäö"), "plain åäö");
    }

    #[test]
    fn display_paths_keep_their_root() {
        assert_eq!(display_path(Path::new("/tmp/portal")), "/tmp/portal");
        assert_eq!(display_path(Path::new("content/a.md")), "content/a.md");
    }

    #[test]
    fn spans_count_lines_and_characters() {
        check_span("abc", 0, (1, 1));
        check_span("abc\ndef", 4, (2, 1));
        check_span("abc\ndef", 6, (2, 3));
        check_span("åäö [x](y)", "åäö ".len(), (1, 5));
        check_span("a\n\nb", 3, (3, 1));
    }

    #[test]
    fn line_text_has_no_line_ending() {
        let text = "first\nsecond\r\nthird";
        let index = LineIndex::new(text);
        assert_eq!(index.line_text(text, 1), "first");
        assert_eq!(index.line_text(text, 2), "second");
        assert_eq!(index.line_text(text, 3), "third");
        assert_eq!(index.line_text(text, 4), "");
    }

    #[test]
    fn closest_suggests_near_misses_only() {
        assert_eq!(closest("titel", ["title", "date", "weight"]), Some("title"));
        assert_eq!(
            closest("steg-4.md", ["steg-3.md", "om.md"]),
            Some("steg-3.md")
        );
        assert_eq!(closest("xyz", ["title", "date"]), None);
    }
}
