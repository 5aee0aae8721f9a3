//! `area`: a sub-area ("delområde") of a plan, a page or a section inside a
//! plan or another area: its effect goals by year, its vision, and the
//! indicators it follows, each a file of `data/` drawn as a chart.

pub(crate) mod view;

use serde::Deserialize;
use serde_saphyr::Spanned;

use crate::data::block::{ChartBlock, ChartType};
use crate::findings::{Finding, FindingKind, Span, closest};
use crate::parse::Document;

use super::{FieldSpec, Kind, Lookup, New, OwnFields, Scaffold, Widget};

#[derive(Debug, Clone, Default)]
pub struct AreaFields {
    /// By year, each year once.
    pub goals: Vec<Goal>,
    pub vision: Option<String>,
    pub indicators: Vec<Indicator>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Goal {
    pub year: i32,
    pub goal: String,
}

/// An indicator the area follows: a table of `data/`, drawn as a chart of
/// its numeric columns against its first column.
#[derive(Debug, Clone, PartialEq)]
pub struct Indicator {
    pub title: String,
    pub chart: ChartBlock,
}

#[derive(Deserialize)]
struct Raw {
    // Items are read one by one, so that a wrong item does not hide the others.
    goals: Option<Vec<Spanned<serde_json::Value>>>,
    vision: Option<String>,
    indicators: Option<Vec<Spanned<serde_json::Value>>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawGoal {
    // Read as any value, so that `year: "2025"` gets a message of its own.
    year: serde_json::Value,
    goal: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawIndicator {
    title: String,
    data: String,
}

impl OwnFields for AreaFields {
    // An area is an area of a plan, or a sub-area of an area.
    const BELONGS_IN: &'static [Kind] = &[Kind::Plan, Kind::Area];

    const SCHEMA: &'static [FieldSpec] = &[
        FieldSpec::new(
            "goals",
            Widget::Items(&[
                FieldSpec::new("year", Widget::Number).required(),
                FieldSpec::new("goal", Widget::Line).required(),
            ]),
        )
        .label("effect_goals"),
        FieldSpec::new("vision", Widget::Text),
        FieldSpec::new(
            "indicators",
            Widget::Items(&[
                FieldSpec::new("title", Widget::Line)
                    .required()
                    .label("cms_title"),
                FieldSpec::new("data", Widget::Table)
                    .required()
                    .label("cms_data"),
            ]),
        ),
    ];

    fn names() -> &'static [&'static str] {
        super::field_names::<Raw>()
    }

    fn read(document: &Document, lookup: &dyn Lookup, findings: &mut Vec<Finding>) -> Option<Self> {
        let reader = document.field_reader();
        let raw = reader.fields::<Raw>(findings)?;
        let mut goals: Vec<Goal> = Vec::new();
        for (item, at) in super::items::<RawGoal>(&reader, "goal", raw.goals, findings) {
            let year = item
                .year
                .as_i64()
                .and_then(|year| i32::try_from(year).ok())
                .filter(|year| (1900..=2200).contains(year));
            let Some(year) = year else {
                let message = match item.year.as_str() {
                    Some(text) if text.trim().parse::<i32>().is_ok() => {
                        crate::msg!("area-year-in-quotes", year = text)
                    }
                    _ => crate::msg!("area-not-a-year", year = item.year),
                };
                findings.push(reader.error_at(at, message).target("year"));
                continue;
            };
            let item = Goal {
                year,
                goal: item.goal,
            };
            if goals.iter().any(|goal| goal.year == item.year) {
                findings.push(
                    reader
                        .error_at(at, crate::msg!("area-year-twice", year = item.year))
                        .target("year"),
                );
                continue;
            }
            goals.push(item);
        }
        goals.sort_by_key(|goal| goal.year);
        let indicators =
            super::items::<RawIndicator>(&reader, "indicator", raw.indicators, findings)
                .into_iter()
                .filter_map(|(item, at)| indicator(document, item, at, lookup, findings))
                .collect();
        Some(AreaFields {
            goals,
            vision: raw.vision,
            indicators,
        })
    }

    fn scaffold(new: &New<'_>) -> Option<Scaffold> {
        let year = new.today.year();
        let goals: String = (year..year + 3)
            .map(|year| format!("  - year: {year}\n    goal: \"\"\n"))
            .collect();
        let front_matter = format!(
            "date: {}\nweight: {}\n# owner: \"\"\ngoals:\n{goals}vision: \"\"\n# indicators:\n#   - title: \"\"\n#     data: nyckeltal/indikator.csv\n",
            new.today, new.next_weight
        );
        Some(Scaffold {
            front_matter,
            bundle: false,
            hint: None,
        })
    }
}

/// An indicator's chart: its table's numeric columns over its first column,
/// as a line when there are three rows or more.
fn indicator(
    document: &Document,
    item: RawIndicator,
    at: Span,
    lookup: &dyn Lookup,
    findings: &mut Vec<Finding>,
) -> Option<Indicator> {
    let name = item.data.trim_start_matches('/');
    let error = |message: crate::findings::Msg| {
        Finding::error(FindingKind::Data, &document.path, message)
            .target(item.data.as_str())
            .at_span(&document.line_index, &document.text(), at)
    };
    let Some(table) = lookup.table(name) else {
        if lookup.table_unreadable(name) {
            return None;
        }
        findings.push(
            error(crate::msg!("area-no-data", file = name))
                .suggest(table_suggestion(name, &lookup.table_names())),
        );
        return None;
    };
    let y: Vec<usize> = (1..table.columns.len())
        .filter(|&column| table.columns[column].numeric)
        .collect();
    if y.is_empty() {
        findings.push(error(crate::msg!("area-no-numbers", file = name)));
        return None;
    }
    let chart = if table.rows.len() >= 3 {
        ChartType::Line
    } else {
        ChartType::Bar
    };
    Some(Indicator {
        title: item.title.clone(),
        chart: ChartBlock {
            data: name.to_string(),
            chart,
            x: 0,
            y,
            reference: None,
            reference_label: None,
            highlight: Vec::new(),
            title: item.title,
            unit: None,
        },
    })
}

/// The table probably meant: the closest name, else one of the same file
/// name in another folder (`team.csv` for `plan/team.csv`).
fn table_suggestion(name: &str, names: &[&str]) -> Option<String> {
    let file = |name: &str| name.rsplit('/').next().unwrap_or(name).to_string();
    closest(name, names.iter().copied())
        .or_else(|| {
            names
                .iter()
                .copied()
                .find(|other| file(other) == file(name))
        })
        .map(String::from)
}
