//! `step`: a page inside a phase, with the templates and materials it uses,
//! the roles that take part and how long it takes.

use serde::Deserialize;
use serde_saphyr::Spanned;

use crate::findings::Finding;
use crate::kinds::Reference;
use crate::parse::Document;

pub const FIELDS: &[&str] = &["templates", "materials", "roles", "duration"];

#[derive(Debug, Clone, Default)]
pub struct StepFields {
    pub templates: Vec<Reference>,
    pub materials: Vec<Reference>,
    pub roles: Vec<String>,
    pub duration: Option<String>,
}

#[derive(Deserialize)]
struct Raw {
    templates: Option<Vec<Spanned<String>>>,
    materials: Option<Vec<Spanned<String>>>,
    roles: Option<Vec<String>>,
    duration: Option<String>,
}

pub fn read(document: &Document, findings: &mut Vec<Finding>) -> Option<StepFields> {
    match document.field_reader().typed::<Raw>() {
        Ok(raw) => Some(StepFields {
            templates: Reference::list(document, raw.templates),
            materials: Reference::list(document, raw.materials),
            roles: raw.roles.unwrap_or_default(),
            duration: raw.duration,
        }),
        Err(finding) => {
            findings.push(*finding);
            None
        }
    }
}

/// `step` in step.html: "Step 3 of 5", its phase and process, neighbours
/// across phase borders, templates to download, materials, roles, duration.
#[derive(serde::Serialize)]
pub struct StepView {
    pub position: usize,
    pub total: usize,
    /// "Steg 3 av 5"
    pub label: String,
    pub phase: Option<crate::render::views::LinkView>,
    /// "Fas 2 av 4"
    pub phase_label: Option<String>,
    pub previous: Option<crate::render::views::LinkView>,
    pub next: Option<crate::render::views::LinkView>,
    pub templates: Vec<crate::kinds::template::DownloadView>,
    pub materials: Vec<crate::render::views::LinkView>,
    pub roles: Vec<String>,
    pub duration: Option<String>,
}

pub fn view(context: &crate::render::views::ViewContext<'_>, fields: &StepFields) -> StepView {
    let site = context.site;
    let page = &site.pages[context.current];
    let place = page.place.unwrap_or(crate::resolve::Place::ALONE);
    let phase_place = page.parent.and_then(|phase| site.pages[phase].place);
    StepView {
        position: place.position,
        total: place.total,
        label: context.text(
            "step_of",
            &[
                ("n", place.position.to_string()),
                ("total", place.total.to_string()),
            ],
        ),
        phase: page.parent.map(|phase| context.link(phase)),
        phase_label: phase_place.map(|phase_place| {
            context.text(
                "phase_of",
                &[
                    ("n", phase_place.position.to_string()),
                    ("total", phase_place.total.to_string()),
                ],
            )
        }),
        previous: place.previous.map(|previous| context.link(previous)),
        next: place.next.map(|next| context.link(next)),
        templates: fields
            .templates
            .iter()
            .filter_map(|reference| reference.target)
            .filter_map(|template| crate::kinds::template::download(context, template))
            .collect(),
        materials: fields
            .materials
            .iter()
            .filter_map(|reference| reference.target)
            .map(|material| context.link(material))
            .collect(),
        roles: fields.roles.clone(),
        duration: fields.duration.clone(),
    }
}
