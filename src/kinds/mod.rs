//! The content kinds of SPEC "Kinds": which kind each page is, its own
//! fields (read strictly from front matter), and the views its template gets.
//! Each kind lives in its own folder; this file is the list of them.

pub mod material;
pub mod meeting;
pub mod phase;
pub mod process;
pub mod step;
pub mod template;

use serde_saphyr::Spanned;

use crate::findings::{Finding, Findings, Span, closest};
use crate::parse::Document;
use crate::parse::front_matter::COMMON_KEYS;
use crate::resolve::{Role, Site};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub enum Kind {
    Process,
    Phase,
    Step,
    Template,
    Meeting,
    Material,
    #[default]
    Page,
}

impl Kind {
    pub const ALL: [Kind; 7] = [
        Kind::Process,
        Kind::Phase,
        Kind::Step,
        Kind::Template,
        Kind::Meeting,
        Kind::Material,
        Kind::Page,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Kind::Process => "process",
            Kind::Phase => "phase",
            Kind::Step => "step",
            Kind::Template => "template",
            Kind::Meeting => "meeting",
            Kind::Material => "material",
            Kind::Page => "page",
        }
    }

    pub fn from_name(name: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|kind| kind.name() == name)
    }

    /// The kind's own front-matter fields, besides the common ones.
    pub fn fields(self) -> &'static [&'static str] {
        match self {
            Kind::Process => process::FIELDS,
            Kind::Phase => phase::FIELDS,
            Kind::Step => step::FIELDS,
            Kind::Template => template::FIELDS,
            Kind::Meeting => meeting::FIELDS,
            Kind::Material => material::FIELDS,
            Kind::Page => &[],
        }
    }
}

/// Every kind's own fields: keys the front matter may hold at all.
pub const ALL_FIELDS: &[&str] = &[
    "phases_title",
    "purpose",
    "outcome",
    "templates",
    "materials",
    "roles",
    "duration",
    "file",
    "format",
    "version",
    "start",
    "end",
    "location",
    "online",
    "series",
    "agenda",
    "prepare",
    "phases",
    "audience",
];

/// A page's own fields, by kind.
#[derive(Debug, Clone, Default)]
pub enum Fields {
    #[default]
    Page,
    Process(process::ProcessFields),
    Phase(phase::PhaseFields),
    Step(step::StepFields),
    Template(template::TemplateFields),
    Meeting(meeting::MeetingFields),
    Material(material::MaterialFields),
}

/// A content path named in front matter (`templates`, `materials`, `prepare`,
/// `phases`), where it stands, and what it resolved to.
#[derive(Debug, Clone)]
pub struct Reference {
    pub path: String,
    pub span: Span,
    /// The page it names, once `resolve::references` has found it.
    pub target: Option<usize>,
}

impl Reference {
    pub fn list(document: &Document, values: Option<Vec<Spanned<String>>>) -> Vec<Reference> {
        let reader = document.field_reader();
        values
            .unwrap_or_default()
            .into_iter()
            .map(|value| Reference {
                path: value.value,
                span: reader.place(&value.referenced),
                target: None,
            })
            .collect()
    }
}

impl Fields {
    /// Every reference list of the page: (field, what it must name, the references).
    pub fn references_mut(&mut self) -> Vec<(&'static str, Kind, &mut Vec<Reference>)> {
        match self {
            Fields::Step(step) => vec![
                ("templates", Kind::Template, &mut step.templates),
                ("materials", Kind::Material, &mut step.materials),
            ],
            Fields::Meeting(meeting) => vec![("prepare", Kind::Template, &mut meeting.prepare)],
            Fields::Material(material) => vec![("phases", Kind::Phase, &mut material.phases)],
            _ => Vec::new(),
        }
    }

    pub fn references(&self) -> Vec<&Reference> {
        match self {
            Fields::Step(step) => step.templates.iter().chain(&step.materials).collect(),
            Fields::Meeting(meeting) => meeting.prepare.iter().collect(),
            Fields::Material(material) => material.phases.iter().collect(),
            _ => Vec::new(),
        }
    }
}

/// Gives every page its kind (its own `kind:`, else its section's
/// `page_kind:`, else `page`) and reads the kind's own fields.
pub fn read(site: &mut Site, findings: &mut Findings) {
    let kinds: Vec<Kind> = (0..site.pages.len())
        .map(|idx| kind_of(site, idx))
        .collect();
    let read: Vec<(Fields, Vec<Finding>)> = site
        .pages
        .iter()
        .zip(&kinds)
        .map(|(page, kind)| {
            let mut page_findings = Vec::new();
            check_keys(&page.document, *kind, &mut page_findings);
            check_role(site, page, *kind, &mut page_findings);
            // An unreadable front matter was reported once, by parse.
            let fields = if page.document.front_matter.unreadable {
                Fields::Page
            } else {
                read_fields(&page.document, *kind, &mut page_findings)
            };
            (fields, page_findings)
        })
        .collect();
    for ((page, kind), (fields, page_findings)) in site.pages.iter_mut().zip(kinds).zip(read) {
        page.kind = kind;
        page.fields = fields;
        findings.extend(page_findings);
    }
}

fn kind_of(site: &Site, idx: usize) -> Kind {
    let page = &site.pages[idx];
    if let Some(kind) = page
        .document
        .front_matter
        .kind
        .as_deref()
        .and_then(Kind::from_name)
    {
        return kind;
    }
    if page.role == Role::Page
        && let Some(parent) = page.parent
        && let Some(kind) = site.pages[parent]
            .document
            .front_matter
            .page_kind
            .as_deref()
            .and_then(Kind::from_name)
    {
        return kind;
    }
    Kind::Page
}

fn read_fields(document: &Document, kind: Kind, findings: &mut Vec<Finding>) -> Fields {
    match kind {
        Kind::Process => process::read(document, findings).map_or(Fields::Page, Fields::Process),
        Kind::Phase => phase::read(document, findings).map_or(Fields::Page, Fields::Phase),
        Kind::Step => step::read(document, findings).map_or(Fields::Page, Fields::Step),
        Kind::Template => template::read(document, findings).map_or(Fields::Page, Fields::Template),
        Kind::Meeting => meeting::read(document, findings).map_or(Fields::Page, Fields::Meeting),
        Kind::Material => material::read(document, findings).map_or(Fields::Page, Fields::Material),
        Kind::Page => Fields::Page,
    }
}

/// A key of another kind (`agenda:` on a step) is an error naming the kind's own fields.
fn check_keys(document: &Document, kind: Kind, findings: &mut Vec<Finding>) {
    let reader = document.field_reader();
    for (key, span) in &document.front_matter.keys {
        if COMMON_KEYS.contains(&key.as_str()) || kind.fields().contains(&key.as_str()) {
            continue;
        }
        if !ALL_FIELDS.contains(&key.as_str()) {
            continue; // an unknown key, already reported by parse
        }
        let owners: Vec<&str> = Kind::ALL
            .iter()
            .filter(|other| other.fields().contains(&key.as_str()))
            .map(|other| other.name())
            .collect();
        let own_fields = if kind.fields().is_empty() {
            format!("a {} has only the common fields", kind.name())
        } else {
            format!(
                "the fields of a {} are {}",
                kind.name(),
                kind.fields().join(", ")
            )
        };
        findings.push(
            reader
                .error_at(
                    *span,
                    format!(
                        "\"{key}\" is not a field of a {} (it belongs to: {})",
                        kind.name(),
                        owners.join(", ")
                    ),
                )
                .target(key.as_str())
                .suggest(closest(key, kind.fields().iter().copied()).map(String::from))
                .help(format!(
                    "{own_fields}; set kind: to change what this page is"
                )),
        );
    }
}

/// Processes and phases are sections; a phase sits in a process, a step in a phase.
fn check_role(site: &Site, page: &crate::resolve::Page, kind: Kind, findings: &mut Vec<Finding>) {
    let reader = page.document.field_reader();
    let at = reader.key_span("kind");
    let parent_kind = page.parent.map(|parent| {
        let parent_page = &site.pages[parent];
        parent_page
            .document
            .front_matter
            .kind
            .as_deref()
            .and_then(Kind::from_name)
            .unwrap_or(Kind::Page)
    });
    let problem = match kind {
        Kind::Process | Kind::Phase if page.role != Role::Section => Some(format!(
            "a {} is a section: write it as the _index.md of its folder",
            kind.name()
        )),
        Kind::Phase if parent_kind != Some(Kind::Process) => Some(String::from(
            "a phase belongs in a process: its folder's parent needs an _index.md with kind: process",
        )),
        Kind::Step if parent_kind != Some(Kind::Phase) => Some(String::from(
            "a step belongs in a phase: put it in a folder whose _index.md has kind: phase",
        )),
        _ => None,
    };
    if let Some(problem) = problem {
        findings.push(reader.error_at(at, problem).target("kind"));
    }
}

/// Reads "HH:MM" as minutes after midnight.
pub fn time_of_day(text: &str) -> Option<(u8, u8)> {
    let (hours, minutes) = text.trim().split_once(':')?;
    if hours.len() != 2 || minutes.len() != 2 {
        return None;
    }
    let hours: u8 = hours.parse().ok()?;
    let minutes: u8 = minutes.parse().ok()?;
    (hours < 24 && minutes < 60).then_some((hours, minutes))
}

/// Puts the page's kind view (`process`, `phase`, `step`, `template`,
/// `meeting`, `material`) and any section lists (`meetings`, `materials`)
/// into its template context.
pub fn insert_views(
    context: &crate::render::views::ViewContext<'_>,
    tera_context: &mut crate::render::views::ContextBuilder,
) {
    let page = &context.site.pages[context.current];
    match &page.fields {
        Fields::Process(fields) => tera_context.insert("process", &process::view(context, fields)),
        Fields::Phase(fields) => tera_context.insert("phase", &phase::view(context, fields)),
        Fields::Step(fields) => tera_context.insert("step", &step::view(context, fields)),
        Fields::Template(fields) => {
            tera_context.insert("template", &template::view(context, fields))
        }
        Fields::Meeting(fields) => tera_context.insert("meeting", &meeting::view(context, fields)),
        Fields::Material(fields) => {
            tera_context.insert("material", &material::view(context, fields))
        }
        Fields::Page => {}
    }
    if let Some(meetings) = meeting::section_view(context) {
        tera_context.insert("meetings", &meetings);
    }
    if let Some(materials) = material::section_view(context) {
        tera_context.insert("materials", &materials);
    }
}

/// The template a page of this kind is rendered with, when the theme has it.
/// A page whose fields could not be read has no kind view, so it gets none.
pub fn template_name(fields: &Fields) -> Option<&'static str> {
    match fields {
        Fields::Page => None,
        Fields::Process(_) => Some("process.html"),
        Fields::Phase(_) => Some("phase.html"),
        Fields::Step(_) => Some("step.html"),
        Fields::Template(_) => Some("template.html"),
        Fields::Meeting(_) => Some("meeting.html"),
        Fields::Material(_) => Some("material.html"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kinds_fields_are_known_keys() {
        for kind in Kind::ALL {
            for field in kind.fields() {
                assert!(ALL_FIELDS.contains(field), "{field} of {}", kind.name());
            }
        }
        for field in ALL_FIELDS {
            assert!(
                Kind::ALL.iter().any(|kind| kind.fields().contains(field)),
                "{field} has no kind"
            );
        }
    }

    #[test]
    fn times_of_day_are_hh_mm() {
        assert_eq!(time_of_day("09:05"), Some((9, 5)));
        assert_eq!(time_of_day("23:59"), Some((23, 59)));
        assert_eq!(time_of_day("24:00"), None);
        assert_eq!(time_of_day("9:05"), None);
        assert_eq!(time_of_day("09.05"), None);
    }
}
