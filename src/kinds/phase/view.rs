//! `phase` in phase.html: "Phase 2 of 4", purpose, outcome, steps, materials, neighbours.

use serde::Serialize;

use crate::kinds::{Kind, Place};
use crate::render::view::{LinkView, ViewContext};

use super::PhaseFields;

#[derive(Serialize)]
pub(crate) struct PhaseView {
    pub position: usize,
    pub total: usize,
    /// "Fas 2 av 4"
    pub label: String,
    pub purpose: Option<String>,
    pub outcome: Option<String>,
    pub steps: Vec<LinkView>,
    /// The materials whose `phases` name this phase.
    pub materials: Vec<LinkView>,
    pub previous: Option<LinkView>,
    pub next: Option<LinkView>,
}

pub(crate) fn view(context: &ViewContext<'_>, fields: &PhaseFields) -> PhaseView {
    let site = context.site;
    let page = &site.pages[context.current];
    let place = page.place.unwrap_or(Place::ALONE);
    PhaseView {
        position: place.position,
        total: place.total,
        label: context.place_label("phase_of", place),
        purpose: fields.purpose.clone(),
        outcome: fields.outcome.clone(),
        steps: site
            .children_of_kind(context.current, Kind::Step)
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
