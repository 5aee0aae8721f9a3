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
    /// Where a team starts in the phase.
    pub first_step: Option<LinkView>,
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
                let mut steps = site.children_of_kind(phase, Kind::Step);
                let first_step = steps.next().map(|step| context.link(step));
                let n_steps = usize::from(first_step.is_some()) + steps.count();
                PhaseSummaryView {
                    first_step,
                    link: context.link(phase),
                    position: at + 1,
                    n_steps,
                    steps_text: context.text("n_steps", &[("n", n_steps.to_string())]),
                }
            })
            .collect(),
    }
}
