//! The content kinds of SPEC "Kinds": which kind each page is, its own
//! fields (read strictly from front matter), and where a kind places its
//! pages. Each kind lives in its own folder: its fields and checks in
//! `mod.rs`, its views for the theme in `view.rs`. This file is the list of
//! kinds (`kinds!` below) and what all kinds share.
//!
//! Kinds stand between parse and resolve: they read `Document`s and name
//! other pages only through `Lookup`, which resolve implements. Their views
//! stand above resolve and are reached from render through `view.rs`.

// The kinds' modules, one per kind as `kinds!` below lists them (plain
// `mod` lines, so that rustfmt and every other tool reaches them).
pub(crate) mod area;
pub(crate) mod home;
pub(crate) mod material;
pub(crate) mod meeting;
pub(crate) mod phase;
pub(crate) mod plan;
pub(crate) mod process;
pub(crate) mod report;
pub(crate) mod step;
pub(crate) mod template;
pub(crate) mod view;

use std::cmp::Ordering;

use serde_saphyr::Spanned;

use crate::findings::{Finding, FindingKind, Span, closest, closest_key};
use crate::msg;
use crate::parse::front_matter::{COMMON_KEYS, Placed};
use crate::parse::{Document, Role};

/// Declares the kinds: each line is a kind's module (declared above, and
/// its name as written in `kind:`), its enum variant, and the struct of its
/// own fields (which implements `OwnFields`). `page` is the kind of every page that names none.
macro_rules! kinds {
    ($($module:ident: $variant:ident($fields:ident)),* $(,)?) => {
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
        pub enum Kind {
            $($variant,)*
            #[default]
            Page,
        }

        impl Kind {
            pub(crate) const ALL: &[Kind] = &[$(Kind::$variant,)* Kind::Page];

            pub(crate) fn name(self) -> &'static str {
                match self {
                    $(Kind::$variant => stringify!($module),)*
                    Kind::Page => "page",
                }
            }

            /// The kind's own front-matter keys, besides the common ones.
            pub(crate) fn fields(self) -> &'static [&'static str] {
                match self {
                    $(Kind::$variant => {
                        static NAMES: std::sync::OnceLock<&'static [&'static str]> =
                            std::sync::OnceLock::new();
                        NAMES.get_or_init(<$module::$fields as OwnFields>::names)
                    })*
                    Kind::Page => &[],
                }
            }

            /// `OwnFields::IN_FEED`; a plain page is.
            pub(crate) fn in_feed(self) -> bool {
                match self {
                    $(Kind::$variant => <$module::$fields as OwnFields>::IN_FEED,)*
                    Kind::Page => true,
                }
            }

            /// `OwnFields::DATED`; a plain page may have a date.
            pub(crate) fn dated(self) -> Dated {
                match self {
                    $(Kind::$variant => <$module::$fields as OwnFields>::DATED,)*
                    Kind::Page => Dated::Optional,
                }
            }

            /// `OwnFields::WEIGHTED`; plain pages are ordered by weight
            /// only where an editor gives one.
            pub(crate) fn weighted(self) -> bool {
                match self {
                    $(Kind::$variant => <$module::$fields as OwnFields>::WEIGHTED,)*
                    Kind::Page => false,
                }
            }

            /// `OwnFields::BELONGS_IN`.
            pub(crate) fn belongs_in(self) -> &'static [Kind] {
                match self {
                    $(Kind::$variant => <$module::$fields as OwnFields>::BELONGS_IN,)*
                    Kind::Page => &[],
                }
            }

            /// `OwnFields::ABOUT`.
            pub(crate) fn about(self) -> Option<Kind> {
                match self {
                    $(Kind::$variant => <$module::$fields as OwnFields>::ABOUT,)*
                    Kind::Page => None,
                }
            }

            /// `OwnFields::BUNDLED`.
            pub(crate) fn bundled(self) -> bool {
                match self {
                    $(Kind::$variant => <$module::$fields as OwnFields>::BUNDLED,)*
                    Kind::Page => false,
                }
            }

            /// `OwnFields::DATE_IS_AN_EVENT`; a plain page's date is not.
            pub(crate) fn date_is_an_event(self) -> bool {
                match self {
                    $(Kind::$variant => <$module::$fields as OwnFields>::DATE_IS_AN_EVENT,)*
                    Kind::Page => false,
                }
            }

            /// How the kind's own fields are edited in the browser (`stegvis cms`).
            pub(crate) fn schema(self) -> &'static [FieldSpec] {
                match self {
                    $(Kind::$variant => <$module::$fields as OwnFields>::SCHEMA,)*
                    Kind::Page => &[],
                }
            }

            /// What `stegvis new` writes for a page of this kind; `None`
            /// for a kind it does not make (a process or phase is a folder).
            pub(crate) fn scaffold(self, new: &New<'_>) -> Option<Scaffold> {
                match self {
                    $(Kind::$variant => <$module::$fields as OwnFields>::scaffold(new),)*
                    Kind::Page => Some(Scaffold {
                        front_matter: format!("date: {}\n# description: \"\"\n", new.date),
                        bundle: false,
                        hint: None,
                    }),
                }
            }
        }

        /// A page's own fields, by kind.
        #[derive(Debug, Clone, Default)]
        pub enum Fields {
            /// A page of kind `page`, or one whose fields could not be read.
            #[default]
            Page,
            $($variant($module::$fields),)*
        }

        impl Fields {
            fn read(
                kind: Kind,
                document: &Document,
                lookup: &dyn Lookup,
                findings: &mut Vec<Finding>,
            ) -> Fields {
                match kind {
                    $(Kind::$variant => <$module::$fields as OwnFields>::read(document, lookup, findings)
                        .map_or(Fields::Page, Fields::$variant),)*
                    Kind::Page => Fields::Page,
                }
            }

            /// Every page the fields name (`templates`, `prepare`, …), resolved.
            pub(crate) fn references(&self) -> Vec<&Reference> {
                match self {
                    $(Fields::$variant(fields) => fields.references(),)*
                    Fields::Page => Vec::new(),
                }
            }

            /// The template a page of this kind is rendered with, when the
            /// theme has it: `meeting.html`. A page whose fields could not
            /// be read has no kind view, so it gets none.
            pub(crate) fn template_name(&self) -> Option<&'static str> {
                match self {
                    $(Fields::$variant(_) => Some(concat!(stringify!($module), ".html")),)*
                    Fields::Page => None,
                }
            }
        }
    };
}

kinds! {
    process: Process(ProcessFields),
    phase: Phase(PhaseFields),
    step: Step(StepFields),
    template: Template(TemplateFields),
    meeting: Meeting(MeetingFields),
    material: Material(MaterialFields),
    plan: Plan(PlanFields),
    area: Area(AreaFields),
    report: Report(ReportFields),
}

pub(crate) use process::Place;

/// The items of a list of `{…}` mappings (agenda items, goals), each read
/// on its own so that a wrong one hides nothing else: it is a finding at
/// the item, an unknown key with a did-you-mean. `item` says what an item
/// is, as the catalogues name it: `agenda`, `goal` or `indicator`.
pub(crate) fn items<T: serde::de::DeserializeOwned>(
    reader: &crate::parse::FieldReader<'_>,
    item: &'static str,
    values: Option<Vec<Spanned<serde_json::Value>>>,
    findings: &mut Vec<Finding>,
) -> Vec<(T, Span)> {
    let keys = field_names::<T>();
    values
        .unwrap_or_default()
        .into_iter()
        .filter_map(|spanned| {
            let at = reader.place(&spanned.referenced);
            match serde_json::from_value::<T>(spanned.value) {
                Ok(value) => Some((value, at)),
                Err(error) => {
                    findings.push(item_finding(reader, item, keys, at, &error.to_string()));
                    None
                }
            }
        })
        .collect()
}

fn item_finding(
    reader: &crate::parse::FieldReader<'_>,
    item: &'static str,
    keys: &[&str],
    at: Span,
    message: &str,
) -> Finding {
    let message = message.split(" at line ").next().unwrap_or(message);
    if let Some(rest) = message.strip_prefix("unknown field `")
        && let Some((unknown, _)) = rest.split_once('`')
    {
        return reader
            .error_at(
                at,
                msg!(
                    "item-unknown-key",
                    key = unknown,
                    item = item,
                    keys = keys.join(", ")
                ),
            )
            .target(unknown)
            .suggest(closest(unknown, keys.iter().copied()).map(String::from));
    }
    let example = keys
        .iter()
        .map(|key| format!("{key}: …"))
        .collect::<Vec<_>>()
        .join(", ");
    match message.strip_prefix("missing field `") {
        Some(rest) => reader.error_at(
            at,
            msg!(
                "item-missing-key",
                item = item,
                key = rest.split('`').next().unwrap_or(rest),
                example = example
            ),
        ),
        // A value of the wrong type: serde's words, which name the type.
        None => reader.error_at(
            at,
            msg!(
                "item-invalid",
                item = item,
                detail = message,
                example = example
            ),
        ),
    }
}

impl Kind {
    pub(crate) fn from_name(name: &str) -> Option<Kind> {
        Kind::ALL.iter().copied().find(|kind| kind.name() == name)
    }
}

/// What a kind's own fields are: read from one document, naming other
/// pages through `lookup`.
pub(crate) trait OwnFields: Sized {
    /// The kind's own keys: the fields of the serde struct it reads.
    fn names() -> &'static [&'static str];

    /// Each of `names` with how it is edited in a form (`stegvis cms`);
    /// a test holds the two to the same keys.
    const SCHEMA: &'static [FieldSpec];

    /// `None` when the fields cannot be read; the findings say why.
    fn read(document: &Document, lookup: &dyn Lookup, findings: &mut Vec<Finding>) -> Option<Self>;

    fn references(&self) -> Vec<&Reference> {
        Vec::new()
    }

    /// What `stegvis new` writes for a page of this kind, if it makes one.
    fn scaffold(_new: &New<'_>) -> Option<Scaffold> {
        None
    }

    /// Whether the kind's pages are news in the site's feed (a report is
    /// read on its area, not as news).
    const IN_FEED: bool = true;

    /// Whether `date:` says when the page happens rather than when it was
    /// published (a meeting's): then `updated:` dates its publishing first,
    /// and the browser editor names its files by the date.
    const DATE_IS_AN_EVENT: bool = false;

    /// Whether a page of the kind has a `date:` (a form shows it), and
    /// whether it must.
    const DATED: Dated = Dated::No;

    /// Whether the kind's pages are ordered by `weight:` (a process's
    /// phases, a phase's steps): a form asks for it.
    const WEIGHTED: bool = false;

    /// Whether each page of the kind is a folder of its own (`index.md`
    /// with its file beside it, a template's).
    const BUNDLED: bool = false;

    /// The kinds of section a page of the kind belongs in, the first where
    /// `stegvis new` writes it (an area: a plan, or an area); empty where
    /// any section will do.
    const BELONGS_IN: &'static [Kind] = &[];

    /// The kind of page a page of the kind is about (a report: its area):
    /// `stegvis new` asks which, and writes into its folder where no
    /// section holds such pages yet.
    const ABOUT: Option<Kind> = None;
}

/// Whether a kind's pages have a `date:`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Dated {
    No,
    Optional,
    Required,
}

/// A field of a kind as a form edits it (SPEC "Editing in the browser"):
/// its key, what it holds and whether the build requires it.
#[derive(Debug, Clone, Copy)]
pub(crate) struct FieldSpec {
    pub name: &'static str,
    pub widget: Widget,
    pub required: bool,
    /// The theme string that names it in a form, where that is not the
    /// field's own key (`report_done` for a report's `done`).
    pub label: Option<&'static str>,
}

impl FieldSpec {
    pub(crate) const fn new(name: &'static str, widget: Widget) -> FieldSpec {
        FieldSpec {
            name,
            widget,
            required: false,
            label: None,
        }
    }

    /// Named in a form by the theme string `key`.
    pub(crate) const fn label(self, key: &'static str) -> FieldSpec {
        FieldSpec {
            label: Some(key),
            ..self
        }
    }

    pub(crate) const fn required(self) -> FieldSpec {
        FieldSpec {
            required: true,
            ..self
        }
    }
}

/// What a field holds, as far as a form needs to know.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Widget {
    /// One line of text.
    Line,
    /// A few lines of plain text.
    Text,
    Boolean,
    /// `HH:MM`.
    Time,
    Number,
    Url,
    /// One of these values, each named in a form by the theme string of
    /// this prefix and the value (`status_` + `done`; a `-` as `_`).
    Choice(&'static [&'static str], &'static str),
    /// A page of this kind, or several, as content paths.
    Pages {
        kind: Kind,
        multiple: bool,
    },
    /// A list of lines.
    Lines,
    /// A list of items with these fields.
    Items(&'static [FieldSpec]),
    /// A file beside the page.
    File,
    /// A table of data/, by its name there (`nyckeltal/lokalvard.csv`).
    Table,
}

/// What `stegvis new` knows of the page it writes.
pub(crate) struct New<'n> {
    pub today: jiff::civil::Date,
    /// The page's own date: `--date`, or today.
    pub date: jiff::civil::Date,
    /// The file name's slug, from the title.
    pub slug: &'n str,
    /// One more than the highest weight in the folder.
    pub next_weight: i64,
    /// A report's area, as a content path (`stegvis new report --area`).
    pub area: Option<&'n str>,
    /// The content path of the next meeting from today, if there is one.
    pub next_meeting: Option<&'n str>,
    /// A template and a phase of the site, for the examples in comments:
    /// an example names a page that exists, or there is none.
    pub a_template: Option<&'n str>,
    pub a_phase: Option<&'n str>,
    pub a_material: Option<&'n str>,
    /// The language of the section it goes into, for its comments.
    pub language: crate::config::Language,
}

impl New<'_> {
    /// A comment line of the new page, in its language: `# …\n`.
    pub(crate) fn comment(&self, msg: crate::findings::Msg) -> String {
        let text = crate::findings::messages::text(self.language, &msg, None).unwrap_or_default();
        format!("# {text}\n")
    }
}

/// A new page of a kind, as `stegvis new` writes it.
pub(crate) struct Scaffold {
    /// The front matter after `title:` and `kind:`, each line ending in a newline.
    pub front_matter: String,
    /// Written as `slug/index.md`, with its files beside it.
    pub bundle: bool,
    /// What to tell the editor after writing it, with the page's `$folder`.
    pub hint: Option<crate::findings::Msg>,
}

/// The field names of a struct that derives `Deserialize`, as serde sees
/// them: a kind's keys are written once, in its serde struct.
pub(crate) fn field_names<'de, T: serde::Deserialize<'de>>() -> &'static [&'static str] {
    struct Names(Option<&'static [&'static str]>);

    #[derive(Debug)]
    struct Stop;
    impl std::fmt::Display for Stop {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str("only the field names were wanted")
        }
    }
    impl std::error::Error for Stop {}
    impl serde::de::Error for Stop {
        fn custom<M: std::fmt::Display>(_: M) -> Stop {
            Stop
        }
    }

    impl<'de> serde::Deserializer<'de> for &mut Names {
        type Error = Stop;
        fn deserialize_any<V: serde::de::Visitor<'de>>(self, _: V) -> Result<V::Value, Stop> {
            Err(Stop)
        }
        fn deserialize_struct<V: serde::de::Visitor<'de>>(
            self,
            _name: &'static str,
            fields: &'static [&'static str],
            _visitor: V,
        ) -> Result<V::Value, Stop> {
            self.0 = Some(fields);
            Err(Stop)
        }
        serde::forward_to_deserialize_any! {
            bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string
            bytes byte_buf option unit unit_struct newtype_struct seq tuple
            tuple_struct map enum identifier ignored_any
        }
    }

    let mut names = Names(None);
    let _ = T::deserialize(&mut names);
    names.0.unwrap_or(&[])
}

/// What a path written in front matter names. Kinds read their fields
/// before the site's pages exist; resolve answers for them.
pub(crate) trait Lookup: Sync {
    /// A content path relative to content/ (`mallar/trafikrapport.md`); a
    /// folder names its `_index.md` or `index.md`.
    fn page(&self, content_path: &str) -> Found;
    /// A file relative to the folder of `from`, as a link in its text would
    /// be (a template's `file:`).
    fn file(&self, from: &Document, relative: &str) -> Found;
    /// The path that was probably meant, written as `from` would write it
    /// (relative to its folder when `relative`).
    fn suggest(&self, from: &Document, path: &str, relative: bool) -> Option<String>;
    /// A table of `data/` by its name (`nyckeltal/lokalvard.csv`).
    fn table(&self, name: &str) -> Option<&crate::data::Table>;
    /// The names of every table, for a did-you-mean.
    fn table_names(&self) -> Vec<&str>;
    /// Whether `name` is a file of data/ that is no table, as its own
    /// finding says: a reference to it needs no finding besides.
    fn table_unreadable(&self, name: &str) -> bool;
}

/// What a lookup found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Found {
    Page(usize, Kind),
    Attachment(usize),
    /// A draft, left out of this build.
    Draft,
    /// A file load left out and reported.
    Refused,
    /// The path leaves content/.
    Outside,
    Nothing,
}

/// A content path named in front matter (`templates`, `materials`, `prepare`,
/// `phases`), where it stands, and the page it names when it names one of
/// the right kind.
#[derive(Debug, Clone)]
pub struct Reference {
    pub path: String,
    pub span: Span,
    pub target: Option<usize>,
}

impl Reference {
    /// The references of one field, each looked up: a missing page, a
    /// draft or a page of another kind than `expected` is a finding at it.
    pub(crate) fn list(
        document: &Document,
        field: &str,
        expected: Kind,
        values: Option<Vec<Spanned<String>>>,
        lookup: &dyn Lookup,
        findings: &mut Vec<Finding>,
    ) -> Vec<Reference> {
        let reader = document.field_reader();
        values
            .unwrap_or_default()
            .into_iter()
            .map(|value| {
                let span = reader.place(&value.referenced);
                let target = resolve_reference(
                    document,
                    field,
                    expected,
                    &value.value,
                    span,
                    lookup,
                    findings,
                );
                Reference {
                    path: value.value,
                    span,
                    target,
                }
            })
            .collect()
    }
}

fn resolve_reference(
    document: &Document,
    field: &str,
    expected: Kind,
    written: &str,
    span: Span,
    lookup: &dyn Lookup,
    findings: &mut Vec<Finding>,
) -> Option<usize> {
    let error = |message: crate::findings::Msg| {
        Finding::error(FindingKind::Reference, &document.path, message)
            .target(written)
            .at_span(&document.line_index, &document.text(), span)
    };
    let path = written.trim_start_matches('/');
    match lookup.page(path) {
        Found::Page(target, kind) if kind == expected => return Some(target),
        Found::Page(_, kind) => findings.push(error(
            msg!(
                "reference-wrong-kind",
                target = written,
                field = field,
                expected = expected.name()
            )
            .arg_msg("found", msg!("kind-a", kind = kind.name()))
            .arg_msg("expected_a", msg!("kind-a", kind = expected.name())),
        )),
        Found::Draft => findings.push(error(msg!(
            "reference-draft",
            target = written,
            field = field
        ))),
        // load reported it already: one defect, one finding.
        Found::Refused => {}
        Found::Attachment(_) | Found::Outside | Found::Nothing => findings.push(
            error(msg!("reference-missing", target = written, field = field))
                .suggest(lookup.suggest(document, path, false)),
        ),
    }
    None
}

/// The checks of a front matter that need no site: every key is a common
/// key or some kind's field, there is a title, and `kind:` and `page_kind:`
/// name kinds. Drafts are checked too.
pub(crate) fn check_front_matter(document: &Document) -> Vec<Finding> {
    let mut findings = Vec::new();
    let front_matter = &document.front_matter;
    let reader = document.field_reader();
    let is_field = |key: &str| Kind::ALL.iter().any(|kind| kind.fields().contains(&key));
    for (key, span) in &front_matter.keys {
        if COMMON_KEYS.contains(&key.as_str()) || is_field(key) {
            continue;
        }
        let known = COMMON_KEYS.iter().copied().chain(
            Kind::ALL
                .iter()
                .flat_map(|kind| kind.fields().iter().copied()),
        );
        findings.push(
            reader
                .error_at(*span, msg!("frontmatter-unknown-key", key = key))
                .target(key.as_str())
                .suggest(closest_key(key, known).map(String::from)),
        );
    }
    // A misspelt title is one defect: the unknown key says it, with "title" as suggestion.
    let title_misspelt = findings
        .iter()
        .any(|finding| finding.suggestion.as_deref() == Some("title"));
    let keys_were_read = !front_matter.unreadable || !front_matter.keys.is_empty();
    if keys_were_read && !front_matter.keys.iter().any(|(key, _)| key == "title") && !title_misspelt
    {
        findings.push(
            Finding::error(
                FindingKind::Frontmatter,
                &document.path,
                msg!("frontmatter-no-title"),
            )
            .target("title")
            .at(&document.line_index, &document.text(), 0),
        );
    }
    for (key, value) in [
        ("kind", &front_matter.kind),
        ("page_kind", &front_matter.page_kind),
    ] {
        if let Some(value) = value
            && Kind::from_name(&value.text).is_none()
        {
            let names: Vec<&str> = Kind::ALL.iter().map(|kind| kind.name()).collect();
            findings.push(
                reader
                    .error_at(
                        value.span,
                        msg!(
                            "frontmatter-not-one-of",
                            key = key,
                            value = value.text,
                            known = names.join(", ")
                        ),
                    )
                    .target(key)
                    .suggest(closest(&value.text, names.iter().copied()).map(String::from)),
            );
        }
    }
    findings
}

fn named_kind(value: &Option<Placed>) -> Option<Kind> {
    value
        .as_ref()
        .and_then(|value| Kind::from_name(&value.text))
}

/// A page's kind: its own `kind:`, else its section's `page_kind:` (for a
/// page or bundle), else `page`.
pub(crate) fn kind_of(document: &Document, section: Option<&Document>) -> Kind {
    if let Some(kind) = named_kind(&document.front_matter.kind) {
        return kind;
    }
    if document.role() != Role::Section
        && let Some(kind) = section.and_then(|section| named_kind(&section.front_matter.page_kind))
    {
        return kind;
    }
    Kind::Page
}

/// One page's own fields, and what is wrong with them.
#[derive(Debug)]
pub(crate) struct Read {
    pub fields: Fields,
    pub findings: Vec<Finding>,
}

/// Reads the fields of a page of `kind` whose section is of `section_kind`:
/// keys of other kinds and a kind in the wrong place are findings.
pub(crate) fn read(
    document: &Document,
    kind: Kind,
    section_kind: Option<Kind>,
    lookup: &dyn Lookup,
) -> Read {
    let mut findings = Vec::new();
    check_keys(document, kind, &mut findings);
    check_role(document, kind, section_kind, &mut findings);
    // An unreadable front matter was reported once, by parse.
    let fields = if document.front_matter.unreadable {
        Fields::Page
    } else {
        Fields::read(kind, document, lookup, &mut findings)
    };
    Read { fields, findings }
}

/// A key of another kind (`agenda:` on a step) is an error naming the kind's own fields.
fn check_keys(document: &Document, kind: Kind, findings: &mut Vec<Finding>) {
    let reader = document.field_reader();
    for (key, span) in &document.front_matter.keys {
        let owners: Vec<&str> = Kind::ALL
            .iter()
            .filter(|other| other.fields().contains(&key.as_str()))
            .map(|other| other.name())
            .collect();
        // A common key, its own field, or unknown (reported by check_front_matter).
        if COMMON_KEYS.contains(&key.as_str())
            || kind.fields().contains(&key.as_str())
            || owners.is_empty()
        {
            continue;
        }
        let fields = if kind.fields().is_empty() {
            String::from("none")
        } else {
            kind.fields().join(", ")
        };
        findings.push(
            reader
                .error_at(
                    *span,
                    msg!(
                        "kind-not-a-field",
                        key = key,
                        owners = owners.join(", "),
                        fields = fields
                    )
                    .arg_msg("kind_a", msg!("kind-a", kind = kind.name())),
                )
                .target(key.as_str())
                .suggest(closest_key(key, kind.fields().iter().copied()).map(String::from)),
        );
    }
}

/// Processes, phases and plans are sections; a phase sits in a process, a
/// step in a phase, an area in a plan or an area; a report is a page.
fn check_role(
    document: &Document,
    kind: Kind,
    section_kind: Option<Kind>,
    findings: &mut Vec<Finding>,
) {
    let reader = document.field_reader();
    let problem = match kind {
        Kind::Process | Kind::Phase | Kind::Plan if document.role() != Role::Section => {
            Some(msg!("kind-section").arg_msg("kind_a", msg!("kind-a", kind = kind.name())))
        }
        Kind::Phase if section_kind != Some(Kind::Process) => Some(msg!("kind-phase-in-process")),
        Kind::Step if section_kind != Some(Kind::Phase) => Some(msg!("kind-step-in-phase")),
        Kind::Area if !matches!(section_kind, Some(Kind::Plan | Kind::Area)) => {
            Some(msg!("kind-area-in-plan"))
        }
        Kind::Report if document.role() == Role::Section => Some(msg!("kind-report-is-a-page")),
        _ => None,
    };
    if let Some(problem) = problem {
        findings.push(
            reader
                .error_at(reader.key_span("kind"), problem)
                .target("kind"),
        );
    }
}

/// The site's pages as a tree, for the kinds that order and place pages
/// in it: each page's document and kind, each section's children.
pub(crate) struct Tree<'t> {
    pub documents: Vec<&'t Document>,
    pub kinds: &'t [Kind],
    pub children: &'t [Vec<usize>],
}

impl Tree<'_> {
    pub(crate) fn children_of_kind(&self, parent: usize, kind: Kind) -> Vec<usize> {
        self.children[parent]
            .iter()
            .copied()
            .filter(|&child| self.kinds[child] == kind)
            .collect()
    }
}

/// How pages are ordered among their siblings before the order of all
/// pages (weight, then title): pages with a weight first, by it (the
/// editor's order); then meetings by date; then news and other dated pages,
/// newest first; then the rest. A key per page, so that the order is total
/// however kinds are mixed in a section.
pub(crate) fn sibling_order(a: (Kind, &Document), b: (Kind, &Document)) -> Ordering {
    sibling_key(a.0, a.1).cmp(&sibling_key(b.0, b.1))
}

fn sibling_key(kind: Kind, document: &Document) -> (u8, i64) {
    let front_matter = &document.front_matter;
    let day = |date: jiff::civil::Date| {
        i64::from(date.year()) * 10_000 + i64::from(date.month()) * 100 + i64::from(date.day())
    };
    match (kind, front_matter.weight, front_matter.date) {
        (Kind::Meeting, _, date) => (1, date.map_or(i64::MAX, day)),
        (_, Some(weight), _) => (0, weight),
        (Kind::Page, None, Some(date)) => (2, -day(date)),
        _ => (3, 0),
    }
}

/// Every page's place among its kind ("Phase 2 of 4"), where a kind gives one.
pub(crate) fn places(tree: &Tree<'_>, findings: &mut Vec<Finding>) -> Vec<Option<Place>> {
    process::places(tree, findings)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The form of each kind has exactly the keys its reader takes: a field
    /// added to a kind without its form (or the other way) fails here.
    #[test]
    fn every_kind_s_form_has_exactly_its_fields() {
        for kind in Kind::ALL {
            let mut form: Vec<&str> = kind.schema().iter().map(|field| field.name).collect();
            let mut fields = kind.fields().to_vec();
            form.sort_unstable();
            fields.sort_unstable();
            assert_eq!(form, fields, "{}", kind.name());
        }
    }

    #[test]
    fn field_names_come_from_the_serde_struct() {
        #[derive(serde::Deserialize)]
        #[allow(dead_code, reason = "only its field names are read")]
        struct Example {
            first: Option<String>,
            second: Vec<u8>,
        }
        assert_eq!(field_names::<Example>(), &["first", "second"]);
        assert_eq!(
            Kind::Meeting.fields(),
            &[
                "start",
                "end",
                "location",
                "online",
                "online_url",
                "series",
                "agenda",
                "prepare"
            ]
        );
        assert!(Kind::Page.fields().is_empty());
    }

    #[test]
    fn kind_names_read_back() {
        for kind in Kind::ALL {
            assert_eq!(Kind::from_name(kind.name()), Some(*kind));
        }
        assert_eq!(Kind::from_name("möte"), None);
    }

    /// The findings of `check_front_matter` on one file, as `line:col message`.
    fn check(text: &str, expected: &[&str]) {
        let source = crate::load::SourceFile {
            path: std::path::PathBuf::from("content/a.md"),
            content_path: String::from("a.md"),
            text: crate::load::Contents::Read(text.to_string()),
            stamp: crate::load::Stamp::default(),
        };
        let (document, _) = crate::parse::document(source);
        let rendered: Vec<String> = check_front_matter(&document)
            .iter()
            .map(|finding| {
                let span = finding.span.expect("front matter findings have a position");
                format!("{}:{} {}", span.line, span.column, finding.english())
            })
            .collect();
        assert_eq!(rendered, expected);
    }

    #[test]
    fn unknown_keys_are_reported_at_their_line() {
        check(
            "---\ntitle: A\ntitel: A\n---\n",
            &["3:1 unknown key \"titel\""],
        );
        // A misspelt title is one finding, not two.
        check("---\ntitel: A\n---\n", &["2:1 unknown key \"titel\""]);
        check(
            "---\ndate: 2025-01-01\n---\n",
            &["1:1 the front matter has no title"],
        );
    }

    #[test]
    fn kind_names_are_checked_with_a_suggestion() {
        check(
            "---\ntitle: A\nkind: meting\n---\n",
            &[
                "3:7 invalid value for \"kind\": \"meting\" is not one of process, phase, step, template, meeting, material, plan, area, report, page",
            ],
        );
    }
}
