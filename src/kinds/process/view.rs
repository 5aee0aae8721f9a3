//! `process` in process.html: its phases in order, with step counts.

use serde::Serialize;

use crate::kinds::home::view::{GlancePhaseView, glance};
use crate::kinds::{Fields, Kind};
use crate::render::view::{LinkView, ViewContext};

use super::ProcessFields;

#[derive(Serialize)]
pub(crate) struct ProcessView {
    pub phases_title: String,
    /// The same phases as the home page's glance: step counts and first steps.
    pub phases: Vec<GlancePhaseView>,
    /// The whole process on one page, to print: `utskrift/` below it.
    pub print_url: String,
}

pub(crate) fn view(context: &ViewContext<'_>, fields: &ProcessFields) -> ProcessView {
    ProcessView {
        phases_title: fields
            .phases_title
            .clone()
            .unwrap_or_else(|| context.text("phases", &[])),
        phases: glance(context, context.current).phases,
        print_url: format!(
            "{}{}/",
            context.link(context.current).url,
            print_segment(context.site.pages[context.current].language)
        ),
    }
}

/// The whole process on one page, for reading through and printing: its
/// phases in order, each with its purpose and outcome and its steps, each
/// step with its templates by name, type and size. The steps' texts are
/// filled in by render (`render/print.rs`), which renders their bodies.
#[derive(Serialize)]
pub(crate) struct PrintView {
    pub process: LinkView,
    pub phases: Vec<PrintPhaseView>,
}

#[derive(Serialize)]
pub(crate) struct PrintPhaseView {
    pub link: LinkView,
    /// "Fas 2 av 4"
    pub label: String,
    pub purpose: Option<String>,
    pub outcome: Option<String>,
    pub steps: Vec<PrintStepView>,
}

#[derive(Serialize)]
pub(crate) struct PrintStepView {
    /// The step's page, whose body render puts in `content`.
    #[serde(skip)]
    pub page: usize,
    pub link: LinkView,
    /// "Steg 3 av 5"
    pub label: String,
    pub templates: Vec<crate::kinds::template::view::DownloadView>,
    pub roles: Vec<String>,
    pub duration: Option<String>,
    /// The step's text as HTML, its headings below the step's.
    pub content: String,
}

/// Every process of the site, by page.
pub(crate) fn processes(site: &crate::resolve::Site) -> Vec<usize> {
    (0..site.pages.len())
        .filter(|&idx| site.pages[idx].kind == Kind::Process)
        .collect()
}

/// The steps whose texts the processes' printable pages show.
pub(crate) fn printed_steps(site: &crate::resolve::Site) -> Vec<usize> {
    processes(site)
        .into_iter()
        .flat_map(|process| site.children_of_kind(process, Kind::Phase))
        .flat_map(|phase| site.children_of_kind(phase, Kind::Step))
        .collect()
}

/// The address of a process's printable page, below its own: `utskrift/`.
pub(crate) fn print_segment(language: crate::config::Language) -> &'static str {
    use crate::config::Language;
    match language {
        Language::Sv | Language::Nb | Language::Nn => "utskrift",
        Language::Da => "udskrift",
        Language::En => "print",
    }
}

/// The process at `context.current`, whole.
pub(crate) fn printed(context: &ViewContext<'_>) -> PrintView {
    let site = context.site;
    let process = context.current;
    let place_label = |key: &str, idx: usize| {
        site.pages[idx]
            .place
            .map(|place| context.place_label(key, place))
            .unwrap_or_default()
    };
    let phases = site
        .children_of_kind(process, Kind::Phase)
        .map(|phase| {
            let (purpose, outcome) = match &site.pages[phase].fields {
                Fields::Phase(fields) => (fields.purpose.clone(), fields.outcome.clone()),
                _ => (None, None),
            };
            let steps = site
                .children_of_kind(phase, Kind::Step)
                .map(|step| {
                    let fields = match &site.pages[step].fields {
                        Fields::Step(fields) => Some(fields),
                        _ => None,
                    };
                    PrintStepView {
                        page: step,
                        link: context.link(step),
                        label: place_label("step_of", step),
                        templates: fields
                            .iter()
                            .flat_map(|fields| &fields.templates)
                            .filter_map(|reference| reference.target)
                            .filter_map(|template| {
                                crate::kinds::template::view::download(context, template)
                            })
                            .collect(),
                        roles: fields
                            .map(|fields| fields.roles.clone())
                            .unwrap_or_default(),
                        duration: fields.and_then(|fields| fields.duration.clone()),
                        content: String::new(),
                    }
                })
                .collect();
            PrintPhaseView {
                link: context.link(phase),
                label: place_label("phase_of", phase),
                purpose,
                outcome,
                steps,
            }
        })
        .collect();
    PrintView {
        process: context.link(process),
        phases,
    }
}
