//! `report` in report.html, the status of a report wherever it is shown,
//! and `reports` on a meeting: the round-the-table overview.

use serde::Serialize;

use crate::kinds::Fields;
use crate::render::view::{DateView, LinkView, ViewContext};

use super::{ReportFields, Status};

/// A status as the theme shows it: its name picks the symbol and colour,
/// its label says it in words ("Grön – enligt plan").
#[derive(Serialize, Clone)]
pub(crate) struct StatusView {
    pub name: &'static str,
    pub label: String,
}

pub(crate) fn status(context: &ViewContext<'_>, status: Status) -> StatusView {
    StatusView {
        name: status.name(),
        label: context.text(&format!("status_{}", status.name()), &[]),
    }
}

/// One of a report's four lists, with its heading.
#[derive(Serialize)]
pub(crate) struct ListView {
    /// `done`, `ongoing`, `planned` or `obstacles`.
    pub name: &'static str,
    pub title: String,
    pub items: Vec<String>,
}

/// `report` in report.html.
#[derive(Serialize)]
pub(crate) struct ReportView {
    pub area: Option<LinkView>,
    pub organisation: String,
    pub status: Option<StatusView>,
    pub meeting: Option<LinkView>,
    /// The four lists in their order, empty ones too.
    pub lists: Vec<ListView>,
}

pub(crate) fn view(context: &ViewContext<'_>, fields: &ReportFields) -> ReportView {
    let link = |reference: &Option<crate::kinds::Reference>| {
        reference
            .as_ref()
            .and_then(|reference| reference.target)
            .map(|target| context.link(target))
    };
    ReportView {
        area: link(&fields.area),
        organisation: fields.organisation.clone(),
        status: fields.status.map(|value| status(context, value)),
        meeting: link(&fields.meeting),
        lists: lists(context, fields),
    }
}

fn lists(context: &ViewContext<'_>, fields: &ReportFields) -> Vec<ListView> {
    [
        ("done", &fields.done),
        ("ongoing", &fields.ongoing),
        ("planned", &fields.planned),
        ("obstacles", &fields.obstacles),
    ]
    .into_iter()
    .map(|(name, items)| ListView {
        name,
        title: context.text(&format!("report_{name}"), &[]),
        items: items.clone(),
    })
    .collect()
}

/// A report's words for the search index.
pub(crate) fn search_words(context: &ViewContext<'_>, fields: &ReportFields) -> Vec<String> {
    let mut words = vec![fields.organisation.clone()];
    words.extend(fields.status.map(|value| status(context, value).label));
    for list in [
        &fields.done,
        &fields.ongoing,
        &fields.planned,
        &fields.obstacles,
    ] {
        words.extend(list.iter().cloned());
    }
    words
}

/// The reports that name `target` in `field` (`area` or `meeting`), newest
/// first (by date, then by place in the site).
pub(crate) fn reports_naming<'a>(
    context: &ViewContext<'a>,
    target: usize,
    field: fn(&ReportFields) -> &Option<crate::kinds::Reference>,
) -> Vec<(usize, &'a ReportFields)> {
    let site = context.site;
    let mut reports: Vec<(usize, &ReportFields)> = site.referenced_by[target]
        .iter()
        .filter_map(|&idx| match &site.pages[idx].fields {
            Fields::Report(report)
                if field(report)
                    .as_ref()
                    .and_then(|reference| reference.target)
                    == Some(target) =>
            {
                Some((idx, report))
            }
            _ => None,
        })
        .collect();
    let date = |idx: usize| site.pages[idx].document.front_matter.date;
    reports.sort_by(|a, b| date(b.0).cmp(&date(a.0)).then(b.0.cmp(&a.0)));
    reports
}

/// A report in a list: its page, date, organisation and status.
#[derive(Serialize)]
pub(crate) struct ReportLinkView {
    pub link: LinkView,
    pub date: Option<DateView>,
    pub organisation: String,
    pub status: Option<StatusView>,
}

pub(crate) fn link(context: &ViewContext<'_>, idx: usize, report: &ReportFields) -> ReportLinkView {
    ReportLinkView {
        link: context.link(idx),
        date: context.date(context.site.pages[idx].document.front_matter.date),
        organisation: report.organisation.clone(),
        status: report.status.map(|value| status(context, value)),
    }
}

/// The latest report of each organisation, by organisation name: `reports`
/// come newest first, so the first of each organisation is its latest.
/// "Region Norr" and "region  norr" are one organisation.
pub(crate) fn latest_per_organisation(
    context: &ViewContext<'_>,
    reports: &[(usize, &ReportFields)],
) -> Vec<ReportLinkView> {
    let mut seen = std::collections::BTreeMap::new();
    for &(idx, report) in reports {
        seen.entry(organisation_key(&report.organisation))
            .or_insert((idx, report));
    }
    seen.into_values()
        .map(|(idx, report)| link(context, idx, report))
        .collect()
}

/// An organisation's name as it is compared: in lowercase, its words
/// separated by one space.
fn organisation_key(name: &str) -> String {
    name.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// `meeting.reports`: the reports handed in for the meeting, area by area
/// (in the order of the site), one row per organisation.
#[derive(Serialize)]
pub(crate) struct AreaReportsView {
    pub area: Option<LinkView>,
    /// The area's plan, when it has one.
    pub plan: Option<LinkView>,
    pub rows: Vec<ReportRowView>,
}

#[derive(Serialize)]
pub(crate) struct ReportRowView {
    pub report: ReportLinkView,
    pub lists: Vec<ListView>,
}

pub(crate) fn for_meeting(context: &ViewContext<'_>) -> Vec<AreaReportsView> {
    let reports = reports_naming(context, context.current, |report| &report.meeting);
    let mut by_area: std::collections::BTreeMap<Option<usize>, Vec<(usize, &ReportFields)>> =
        std::collections::BTreeMap::new();
    for (idx, report) in reports {
        let area = report.area.as_ref().and_then(|reference| reference.target);
        by_area.entry(area).or_default().push((idx, report));
    }
    by_area
        .into_iter()
        .map(|(area, mut reports)| {
            reports.sort_by(|a, b| {
                organisation_key(&a.1.organisation)
                    .cmp(&organisation_key(&b.1.organisation))
                    .then(a.0.cmp(&b.0))
            });
            AreaReportsView {
                area: area.map(|area| context.link(area)),
                plan: area
                    .and_then(|area| context.site.nearest_above(area, crate::kinds::Kind::Plan))
                    .map(|plan| context.link(plan)),
                rows: reports
                    .into_iter()
                    .map(|(idx, report)| ReportRowView {
                        report: link(context, idx, report),
                        lists: lists(context, report),
                    })
                    .collect(),
            }
        })
        .collect()
}
