//! What render asks of the kinds: each page's kind view (`process`, `phase`,
//! `step`, `template`, `meeting`, `material`, `plan`, `area`,
//! `report`) and the lists a section of
//! meetings or materials shows, put into its template context. Each kind's
//! view lives in its folder's `view.rs`.

use crate::render::view::{ContextBuilder, ViewContext};

use super::{Fields, Kind, area, material, meeting, phase, plan, process, report, step, template};

pub(crate) fn insert_views(context: &ViewContext<'_>, builder: &mut ContextBuilder) {
    let page = &context.site.pages[context.current];
    match &page.fields {
        Fields::Page => {}
        Fields::Process(fields) => builder.insert("process", &process::view::view(context, fields)),
        Fields::Phase(fields) => builder.insert("phase", &phase::view::view(context, fields)),
        Fields::Step(fields) => builder.insert("step", &step::view::view(context, fields)),
        Fields::Template(fields) => {
            builder.insert("template", &template::view::view(context, fields))
        }
        Fields::Meeting(fields) => builder.insert("meeting", &meeting::view::view(context, fields)),
        Fields::Material(fields) => {
            builder.insert("material", &material::view::view(context, fields))
        }
        Fields::Plan(fields) => builder.insert("plan", &plan::view::view(context, fields)),
        Fields::Area(fields) => builder.insert("area", &area::view::view(context, fields)),
        Fields::Report(fields) => builder.insert("report", &report::view::view(context, fields)),
    }
    if context.site.root == Some(context.current) {
        builder.insert("home", &super::home::view::view(context));
    }
    if matches!(page.kind, super::Kind::Phase | super::Kind::Step)
        && let Some(stepper) = super::home::view::stepper(context)
    {
        builder.insert("stepper", &stepper);
    }
    if let Some(meetings) = meeting::view::section_view(context) {
        builder.insert("meetings", &meetings);
    }
    if let Some(templates) = template::view::section_view(context) {
        builder.insert("templates", &templates);
    }
    if let Some(materials) = material::view::section_view(context) {
        builder.insert("materials", &materials);
    }
}

/// The phase a page belongs to, for search results that say where in the
/// process they are: a phase's own title, a step's phase's.
pub(crate) fn phase_title(site: &crate::resolve::Site, idx: usize) -> Option<String> {
    let page = &site.pages[idx];
    let phase = match page.kind {
        Kind::Phase => Some(page),
        Kind::Step => page.parent.map(|parent| &site.pages[parent]),
        _ => None,
    }?;
    Some(phase.document.front_matter.title.clone())
}

/// The words a page of a kind shows besides its text, for the search
/// index: a report's organisation, status and lists; an area's goals and
/// the latest status of each organisation; a plan's period and vision.
pub(crate) fn search_text(context: &ViewContext<'_>) -> String {
    let page = &context.site.pages[context.current];
    let words: Vec<String> = match &page.fields {
        Fields::Report(fields) => report::view::search_words(context, fields),
        Fields::Area(fields) => area::view::search_words(context, fields),
        Fields::Meeting(fields) => meeting::view::search_words(context, fields),
        Fields::Template(_) => template::view::download(context, context.current)
            .map(|download| vec![download.file_name, download.format])
            .unwrap_or_default(),
        Fields::Plan(fields) => [&fields.period, &fields.vision]
            .into_iter()
            .flatten()
            .cloned()
            .collect(),
        _ => Vec::new(),
    };
    words.join(" \n")
}
