//! `process` in process.html: its phases in order, with step counts.

use serde::Serialize;

use crate::kinds::Kind;
use crate::render::view::{LinkView, ViewContext};

use super::ProcessFields;

#[derive(Serialize)]
pub(crate) struct ProcessView {
    pub phases_title: String,
    pub phases: Vec<PhaseSummaryView>,
}

#[derive(Serialize)]
pub(crate) struct PhaseSummaryView {
    pub link: LinkView,
    pub position: usize,
    pub n_steps: usize,
    /// "3 steg"
    pub steps_text: String,
}

pub(crate) fn view(context: &ViewContext<'_>, fields: &ProcessFields) -> ProcessView {
    let site = context.site;
    let phases = site.children_of_kind(context.current, Kind::Phase);
    ProcessView {
        phases_title: fields
            .phases_title
            .clone()
            .unwrap_or_else(|| context.text("phases", &[])),
        phases: phases
            .enumerate()
            .map(|(at, phase)| {
                let n_steps = site.children_of_kind(phase, Kind::Step).count();
                PhaseSummaryView {
                    link: context.link(phase),
                    position: at + 1,
                    n_steps,
                    steps_text: context.text("n_steps", &[("n", n_steps.to_string())]),
                }
            })
            .collect(),
    }
}
