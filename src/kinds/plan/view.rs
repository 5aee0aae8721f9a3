//! `plan` in plan.html: its facts and its areas as a table.

use serde::Serialize;

use crate::kinds::Kind;
use crate::kinds::area::view::{AreasTableView, areas_table};
use crate::render::view::{LinkView, ViewContext};

use super::PlanFields;

#[derive(Serialize)]
pub(crate) struct PlanView {
    pub period: Option<String>,
    /// `planned`, `ongoing` or `completed`.
    pub status: Option<String>,
    /// "Pågår"
    pub status_label: Option<String>,
    pub vision: Option<String>,
    pub areas: Option<AreasTableView>,
    /// Its pages and sections that are neither areas nor reports (those are in the table).
    pub others: Vec<LinkView>,
}

pub(crate) fn view(context: &ViewContext<'_>, fields: &PlanFields) -> PlanView {
    let site = context.site;
    PlanView {
        period: fields.period.clone(),
        status: fields.status.clone(),
        status_label: fields
            .status
            .as_ref()
            .map(|status| context.text(&format!("plan_status_{status}"), &[])),
        vision: fields.vision.clone(),
        areas: areas_table(context, context.current),
        others: site.pages[context.current]
            .children
            .iter()
            .filter(|&&child| !matches!(site.pages[child].kind, Kind::Area | Kind::Report))
            .map(|&child| context.link(child))
            .collect(),
    }
}
