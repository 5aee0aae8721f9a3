//! `phase`: a section inside a process, with its purpose, outcome and steps.

use serde::Deserialize;

use crate::findings::Finding;
use crate::parse::Document;

pub const FIELDS: &[&str] = &["purpose", "outcome"];

#[derive(Debug, Clone, Default)]
pub struct PhaseFields {
    pub purpose: Option<String>,
    pub outcome: Option<String>,
}

#[derive(Deserialize)]
struct Raw {
    purpose: Option<String>,
    outcome: Option<String>,
}

pub fn read(document: &Document, findings: &mut Vec<Finding>) -> Option<PhaseFields> {
    match document.field_reader().typed::<Raw>() {
        Ok(raw) => Some(PhaseFields {
            purpose: raw.purpose,
            outcome: raw.outcome,
        }),
        Err(finding) => {
            findings.push(*finding);
            None
        }
    }
}

/// `phase` in phase.html: "Phase 2 of 4", purpose, outcome, steps, materials, neighbours.
#[derive(serde::Serialize)]
pub struct PhaseView {
    pub position: usize,
    pub total: usize,
    /// "Fas 2 av 4"
    pub label: String,
    pub purpose: Option<String>,
    pub outcome: Option<String>,
    pub steps: Vec<crate::render::views::LinkView>,
    /// The materials whose `phases` name this phase.
    pub materials: Vec<crate::render::views::LinkView>,
    pub previous: Option<crate::render::views::LinkView>,
    pub next: Option<crate::render::views::LinkView>,
}

pub fn view(context: &crate::render::views::ViewContext<'_>, fields: &PhaseFields) -> PhaseView {
    use crate::kinds::Kind;
    use crate::resolve::navigation::children_of_kind;
    let site = context.site;
    let page = &site.pages[context.current];
    let place = page.place.unwrap_or(crate::resolve::Place::ALONE);
    PhaseView {
        position: place.position,
        total: place.total,
        label: context.text(
            "phase_of",
            &[
                ("n", place.position.to_string()),
                ("total", place.total.to_string()),
            ],
        ),
        purpose: fields.purpose.clone(),
        outcome: fields.outcome.clone(),
        steps: children_of_kind(site, context.current, Kind::Step)
            .into_iter()
            .map(|step| context.link(step))
            .collect(),
        materials: site.referenced_by[context.current]
            .iter()
            .copied()
            .filter(|&by| {
                site.pages[by].kind == Kind::Material
                    && site.pages[by]
                        .fields
                        .references()
                        .iter()
                        .any(|reference| reference.target == Some(context.current))
            })
            .map(|material| context.link(material))
            .collect(),
        previous: place.previous.map(|previous| context.link(previous)),
        next: place.next.map(|next| context.link(next)),
    }
}
