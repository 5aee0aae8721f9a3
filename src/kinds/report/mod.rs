//! `report`: a traffic report ("trafikrapport"), one organisation's status
//! for one area at one date, with what was done, is ongoing, is planned and
//! stands in the way; it may name the meeting it was handed in for.

pub(crate) mod view;

use serde::Deserialize;
use serde_saphyr::Spanned;

use crate::findings::Finding;
use crate::parse::Document;

use super::{FieldSpec, Kind, Lookup, New, OwnFields, Reference, Scaffold, Widget};

/// A traffic light. Shown as text and a symbol, never by colour alone.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Status {
    Green,
    Yellow,
    Red,
}

impl Status {
    pub(crate) const NAMES: &[&str] = &["green", "yellow", "red"];

    /// The colours as editors write them in their own languages, for a did-you-mean.
    const NORDIC: &[(&str, &str)] = &[
        ("grön", "green"),
        ("gron", "green"),
        ("grønn", "green"),
        ("grøn", "green"),
        ("gul", "yellow"),
        ("röd", "red"),
        ("rod", "red"),
        ("rød", "red"),
        ("raud", "red"),
    ];

    pub(crate) fn name(self) -> &'static str {
        match self {
            Status::Green => "green",
            Status::Yellow => "yellow",
            Status::Red => "red",
        }
    }

    fn from_name(name: &str) -> Option<Status> {
        [Status::Green, Status::Yellow, Status::Red]
            .into_iter()
            .find(|status| status.name() == name)
    }
}

#[derive(Debug, Clone)]
pub struct ReportFields {
    pub area: Option<Reference>,
    pub organisation: String,
    /// `None` only when it was missing or wrong (a finding says so).
    pub status: Option<Status>,
    pub done: Vec<String>,
    pub ongoing: Vec<String>,
    pub planned: Vec<String>,
    pub obstacles: Vec<String>,
    pub meeting: Option<Reference>,
}

#[derive(Deserialize)]
struct Raw {
    area: Option<Spanned<String>>,
    organisation: Option<Spanned<String>>,
    status: Option<Spanned<String>>,
    done: Option<TextList>,
    ongoing: Option<TextList>,
    planned: Option<TextList>,
    obstacles: Option<TextList>,
    meeting: Option<Spanned<String>>,
}

impl OwnFields for ReportFields {
    // A report is on an area.
    const ABOUT: Option<Kind> = Some(Kind::Area);

    const DATED: super::Dated = super::Dated::Required;
    // Reports are read on their area and in the plan's table, not as news.
    const IN_FEED: bool = false;

    const SCHEMA: &'static [FieldSpec] = &[
        FieldSpec::new(
            "area",
            Widget::Pages {
                kind: Kind::Area,
                multiple: false,
            },
        )
        .required(),
        FieldSpec::new("organisation", Widget::Line).required(),
        FieldSpec::new("status", Widget::Choice(Status::NAMES, "status_")).required(),
        FieldSpec::new("done", Widget::Lines).label("report_done"),
        FieldSpec::new("ongoing", Widget::Lines).label("report_ongoing"),
        FieldSpec::new("planned", Widget::Lines).label("report_planned"),
        FieldSpec::new("obstacles", Widget::Lines).label("report_obstacles"),
        FieldSpec::new(
            "meeting",
            Widget::Pages {
                kind: Kind::Meeting,
                multiple: false,
            },
        )
        .label("kind_meeting"),
    ];

    fn names() -> &'static [&'static str] {
        super::field_names::<Raw>()
    }

    fn read(document: &Document, lookup: &dyn Lookup, findings: &mut Vec<Finding>) -> Option<Self> {
        let reader = document.field_reader();
        let raw = reader.fields::<Raw>(findings)?;
        let missing = |key: &str, example: &str| {
            reader
                .error_at(
                    reader.key_span("title"),
                    crate::msg!("report-needs", key = key, example = example),
                )
                .target(key)
        };
        if !has_key(document, "date") {
            findings.push(missing("date", "2025-02-28"));
        }
        if raw.area.is_none() {
            findings.push(missing("area", "plan/kvalitetsdriven-utveckling.md"));
        }
        let organisation = raw
            .organisation
            .as_ref()
            .map(|value| value.value.trim().to_string())
            .unwrap_or_default();
        if organisation.is_empty() {
            let finding = match &raw.organisation {
                Some(value) => reader
                    .error_at(
                        reader.place(&value.referenced),
                        crate::msg!("report-organisation-empty"),
                    )
                    .target("organisation"),
                None => missing("organisation", "\"Region Norr\""),
            };
            findings.push(finding);
        }
        let status = match raw.status {
            None => {
                findings.push(missing("status", "green (yellow, red)"));
                None
            }
            Some(status) => reader
                .enumeration_or(
                    "status",
                    Some(status),
                    Status::NAMES,
                    Status::NORDIC,
                    findings,
                )
                .and_then(|name| Status::from_name(&name)),
        };
        let one = |field: &str,
                   kind: Kind,
                   value: Option<Spanned<String>>,
                   findings: &mut Vec<Finding>| {
            Reference::list(
                document,
                field,
                kind,
                value.map(|value| vec![value]),
                lookup,
                findings,
            )
            .pop()
        };
        let area = one("area", Kind::Area, raw.area, findings);
        let meeting = one("meeting", Kind::Meeting, raw.meeting, findings);
        Some(ReportFields {
            area,
            organisation,
            status,
            done: filled(raw.done),
            ongoing: filled(raw.ongoing),
            planned: filled(raw.planned),
            obstacles: filled(raw.obstacles),
            meeting,
        })
    }

    fn references(&self) -> Vec<&Reference> {
        self.area.iter().chain(&self.meeting).collect()
    }

    /// A report is written as a draft: it is published once it is filled in.
    fn scaffold(new: &New<'_>) -> Option<Scaffold> {
        let area = new.area.unwrap_or("");
        let meeting = new
            .next_meeting
            .map(|meeting| format!("meeting: {meeting}\n"))
            .unwrap_or_default();
        let front_matter = format!(
            "date: {}\narea: {area}\norganisation: \"\"\n{}status: \"\"\n{meeting}done:\n  - \"\"\nongoing:\n  - \"\"\nplanned:\n  - \"\"\nobstacles:\n  - \"\"\n{}draft: true\n",
            new.date,
            new.comment(crate::msg!("new-report-status-comment")),
            new.comment(crate::msg!("new-report-draft-comment")),
        );
        Some(Scaffold {
            front_matter,
            bundle: false,
            hint: Some(crate::msg!("new-report-hint")),
        })
    }
}

fn has_key(document: &Document, key: &str) -> bool {
    document
        .front_matter
        .keys
        .iter()
        .any(|(name, _)| name == key)
}

/// A list of text, or one text written without a list (`done: Allt klart`).
#[derive(Deserialize)]
#[serde(untagged)]
enum TextList {
    One(String),
    Many(Vec<String>),
}

/// The items of a list that hold text: a scaffold's empty `- ""` is not one.
fn filled(items: Option<TextList>) -> Vec<String> {
    let items = match items {
        None => Vec::new(),
        Some(TextList::One(item)) => vec![item],
        Some(TextList::Many(items)) => items,
    };
    items
        .into_iter()
        .map(|item| item.trim().to_string())
        .filter(|item| !item.is_empty())
        .collect()
}
