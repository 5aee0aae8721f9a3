//! `area` in area.html: its goals by year, the latest status of each
//! organisation, its reports newest first and its sub-areas; and the rows
//! of the areas table that a plan (and an area with sub-areas) shows.

use serde::Serialize;

use crate::kinds::report::view::{ReportLinkView, latest_per_organisation, link, reports_naming};
use crate::kinds::{Fields, Kind};
use crate::render::view::{LinkView, ViewContext};
use crate::resolve::Site;

use super::AreaFields;

/// `area` in area.html.
#[derive(Serialize)]
pub(crate) struct AreaView {
    pub goals: Vec<GoalView>,
    pub vision: Option<String>,
    pub latest: Vec<ReportLinkView>,
    pub reports: Vec<ReportLinkView>,
    /// The plan it belongs to.
    pub plan: Option<LinkView>,
    /// Its sub-areas, when it is a section that holds some.
    pub areas: Option<AreasTableView>,
}

#[derive(Serialize)]
pub(crate) struct GoalView {
    pub year: i32,
    pub goal: String,
}

pub(crate) fn view(context: &ViewContext<'_>, fields: &AreaFields) -> AreaView {
    let reports = reports_naming(context, context.current, |report| &report.area);
    AreaView {
        goals: fields
            .goals
            .iter()
            .map(|goal| GoalView {
                year: goal.year,
                goal: goal.goal.clone(),
            })
            .collect(),
        vision: fields.vision.clone(),
        latest: latest_per_organisation(context, &reports),
        reports: reports
            .iter()
            .map(|&(idx, report)| link(context, idx, report))
            .collect(),
        plan: (context.site)
            .nearest_above(context.current, Kind::Plan)
            .map(|plan| context.link(plan)),
        areas: areas_table(context, context.current),
    }
}

/// An area's words for the search index: its goals, its vision and the
/// latest status of each organisation ("Region Norr: Grön – enligt plan").
pub(crate) fn search_words(context: &ViewContext<'_>, fields: &AreaFields) -> Vec<String> {
    let mut words: Vec<String> = fields.goals.iter().map(|goal| goal.goal.clone()).collect();
    words.extend(fields.vision.clone());
    let reports = reports_naming(context, context.current, |report| &report.area);
    for latest in latest_per_organisation(context, &reports) {
        let status = latest.status.map(|status| status.label).unwrap_or_default();
        words.push(format!("{}: {status}", latest.organisation));
    }
    words
}

/// The areas below a plan or area as a table: a row per area (sub-areas
/// after their area), a column per year that any of them has a goal for.
#[derive(Serialize)]
pub(crate) struct AreasTableView {
    pub years: Vec<i32>,
    /// Some area has a vision: the table has a column for it.
    pub has_vision: bool,
    pub rows: Vec<AreaRowView>,
}

#[derive(Serialize)]
pub(crate) struct AreaRowView {
    pub link: LinkView,
    /// 0 for an area of the plan, 1 for its sub-areas, …
    pub depth: usize,
    /// The area it is a sub-area of, below the table's own page.
    pub parent: Option<String>,
    /// One per year of the table, `None` where it has no goal.
    pub goals: Vec<Option<String>>,
    pub vision: Option<String>,
    pub latest: Vec<ReportLinkView>,
}

/// `None` when `section` holds no areas.
pub(crate) fn areas_table(context: &ViewContext<'_>, section: usize) -> Option<AreasTableView> {
    let site = context.site;
    let mut areas = Vec::new();
    collect_areas(site, section, 0, &mut areas);
    if areas.is_empty() {
        return None;
    }
    let fields_of = |idx: usize| match &site.pages[idx].fields {
        Fields::Area(fields) => Some(fields),
        _ => None,
    };
    let mut years: Vec<i32> = areas
        .iter()
        .filter_map(|&(idx, _)| fields_of(idx))
        .flat_map(|fields| fields.goals.iter().map(|goal| goal.year))
        .collect();
    years.sort_unstable();
    years.dedup();
    let rows: Vec<AreaRowView> = areas
        .iter()
        .map(|&(idx, depth)| {
            let fields = fields_of(idx);
            let goal_in = |year: i32| {
                fields?
                    .goals
                    .iter()
                    .find(|goal| goal.year == year)
                    .map(|goal| goal.goal.clone())
            };
            let reports = reports_naming(context, idx, |report| &report.area);
            AreaRowView {
                link: context.link(idx),
                depth,
                parent: (depth > 0)
                    .then(|| site.pages[idx].parent)
                    .flatten()
                    .map(|parent| site.pages[parent].document.front_matter.title.clone()),
                goals: years.iter().map(|&year| goal_in(year)).collect(),
                vision: fields.and_then(|fields| fields.vision.clone()),
                latest: latest_per_organisation(context, &reports),
            }
        })
        .collect();
    Some(AreasTableView {
        years,
        has_vision: rows.iter().any(|row| row.vision.is_some()),
        rows,
    })
}

/// The areas below `section` in the order of the site, each followed by its sub-areas.
fn collect_areas(site: &Site, section: usize, depth: usize, areas: &mut Vec<(usize, usize)>) {
    for area in site.children_of_kind(section, Kind::Area) {
        areas.push((area, depth));
        collect_areas(site, area, depth + 1, areas);
    }
}
