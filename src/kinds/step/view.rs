//! `step` in step.html: "Step 3 of 5", its phase and process, neighbours
//! across phase borders, templates to download, materials, roles, duration.

use serde::Serialize;

use crate::kinds::Place;
use crate::kinds::template::view::{DownloadView, download};
use crate::render::view::{LinkView, ViewContext};

use super::StepFields;

#[derive(Serialize)]
pub(crate) struct StepView {
    pub position: usize,
    pub total: usize,
    /// "Steg 3 av 5"
    pub label: String,
    pub phase: Option<LinkView>,
    /// "Fas 2 av 4"
    pub phase_label: Option<String>,
    pub previous: Option<LinkView>,
    pub next: Option<LinkView>,
    pub templates: Vec<DownloadView>,
    pub materials: Vec<LinkView>,
    pub roles: Vec<String>,
    pub duration: Option<String>,
}

pub(crate) fn view(context: &ViewContext<'_>, fields: &StepFields) -> StepView {
    let site = context.site;
    let page = &site.pages[context.current];
    let place = page.place.unwrap_or(Place::ALONE);
    let phase_place = page.parent.and_then(|phase| site.pages[phase].place);
    StepView {
        position: place.position,
        total: place.total,
        label: context.place_label("step_of", place),
        phase: page.parent.map(|phase| context.link(phase)),
        phase_label: phase_place.map(|phase_place| context.place_label("phase_of", phase_place)),
        previous: place.previous.map(|previous| context.link(previous)),
        next: place.next.map(|next| context.link(next)),
        templates: fields
            .templates
            .iter()
            .filter_map(|reference| reference.target)
            .filter_map(|template| download(context, template))
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
