//! `process` in process.html: its phases in order, with step counts.

use serde::Serialize;

use crate::kinds::home::view::{GlancePhaseView, glance};
use crate::render::view::ViewContext;

use super::ProcessFields;

#[derive(Serialize)]
pub(crate) struct ProcessView {
    pub phases_title: String,
    /// The same phases as the home page's glance: step counts and first steps.
    pub phases: Vec<GlancePhaseView>,
}

pub(crate) fn view(context: &ViewContext<'_>, fields: &ProcessFields) -> ProcessView {
    ProcessView {
        phases_title: fields
            .phases_title
            .clone()
            .unwrap_or_else(|| context.text("phases", &[])),
        phases: glance(context, context.current).phases,
    }
}
