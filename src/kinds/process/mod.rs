//! `process`: a section holding one improvement process, its phases in order.

use serde::Deserialize;

use crate::findings::Finding;
use crate::parse::Document;

pub const FIELDS: &[&str] = &["phases_title"];

#[derive(Debug, Clone, Default)]
pub struct ProcessFields {
    /// The heading over the list of phases ("Processens faser").
    pub phases_title: Option<String>,
}

#[derive(Deserialize)]
struct Raw {
    phases_title: Option<String>,
}

pub fn read(document: &Document, findings: &mut Vec<Finding>) -> Option<ProcessFields> {
    match document.field_reader().typed::<Raw>() {
        Ok(raw) => Some(ProcessFields {
            phases_title: raw.phases_title,
        }),
        Err(finding) => {
            findings.push(*finding);
            None
        }
    }
}

/// `process` in process.html: its phases in order, with step counts.
#[derive(serde::Serialize)]
pub struct ProcessView {
    pub phases_title: String,
    pub phases: Vec<PhaseSummaryView>,
}

#[derive(serde::Serialize)]
pub struct PhaseSummaryView {
    pub link: crate::render::views::LinkView,
    pub position: usize,
    pub n_steps: usize,
    /// "3 steg"
    pub steps_text: String,
}

pub fn view(
    context: &crate::render::views::ViewContext<'_>,
    fields: &ProcessFields,
) -> ProcessView {
    use crate::kinds::Kind;
    use crate::resolve::navigation::children_of_kind;
    let site = context.site;
    let phases = children_of_kind(site, context.current, Kind::Phase);
    ProcessView {
        phases_title: fields
            .phases_title
            .clone()
            .unwrap_or_else(|| context.text("phases", &[])),
        phases: phases
            .iter()
            .enumerate()
            .map(|(at, &phase)| {
                let n_steps = children_of_kind(site, phase, Kind::Step).len();
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
