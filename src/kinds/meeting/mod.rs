//! `meeting`: one network meeting, with its date and times, place, agenda and
//! the templates to prepare. Calendar files live in `calendar.rs` beside this.

pub(crate) mod calendar;
pub(crate) mod view;

use serde::Deserialize;
use serde_saphyr::Spanned;

use crate::findings::{Finding, Span};
use crate::parse::{Document, FieldReader};

use super::{FieldSpec, Kind, Lookup, New, OwnFields, Reference, Scaffold, Widget};

/// A time of day: (hours, minutes).
pub(crate) type Time = (u8, u8);

#[derive(Debug, Clone, Default)]
pub struct MeetingFields {
    pub start: Option<Time>,
    pub end: Option<Time>,
    pub location: Option<String>,
    pub online: bool,
    /// The join link of an online meeting: on its page and in its calendar.
    pub online_url: Option<String>,
    pub series: Option<String>,
    pub agenda: Vec<AgendaItem>,
    pub prepare: Vec<Reference>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AgendaItem {
    pub time: Time,
    pub title: String,
    pub purpose: Option<String>,
    pub material: Option<String>,
    pub responsible: Option<String>,
}

#[derive(Deserialize)]
struct Raw {
    start: Option<Spanned<String>>,
    end: Option<Spanned<String>>,
    location: Option<String>,
    online: Option<bool>,
    online_url: Option<Spanned<String>>,
    series: Option<String>,
    // Items are read one by one, so that a wrong item does not hide the other fields.
    agenda: Option<Vec<Spanned<serde_json::Value>>>,
    prepare: Option<Vec<Spanned<String>>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawAgendaItem {
    time: String,
    title: String,
    purpose: Option<String>,
    material: Option<String>,
    responsible: Option<String>,
}

impl OwnFields for MeetingFields {
    const DATED: super::Dated = super::Dated::Required;
    // A meeting's date is the day it takes place.
    const DATE_IS_AN_EVENT: bool = true;

    const SCHEMA: &'static [FieldSpec] = &[
        FieldSpec::new("start", Widget::Time),
        FieldSpec::new("end", Widget::Time),
        FieldSpec::new("location", Widget::Line),
        FieldSpec::new("online", Widget::Boolean),
        FieldSpec::new("online_url", Widget::Url),
        FieldSpec::new("series", Widget::Line),
        FieldSpec::new(
            "agenda",
            Widget::Items(&[
                FieldSpec::new("time", Widget::Time).required(),
                FieldSpec::new("title", Widget::Line)
                    .required()
                    .label("item"),
                FieldSpec::new("purpose", Widget::Line).label("purpose_column"),
                FieldSpec::new("material", Widget::Line).label("material_column"),
                FieldSpec::new("responsible", Widget::Line),
            ]),
        ),
        FieldSpec::new(
            "prepare",
            Widget::Pages {
                kind: Kind::Template,
                multiple: true,
            },
        ),
    ];

    fn names() -> &'static [&'static str] {
        super::field_names::<Raw>()
    }

    fn read(document: &Document, lookup: &dyn Lookup, findings: &mut Vec<Finding>) -> Option<Self> {
        read(document, lookup, findings)
    }

    fn references(&self) -> Vec<&Reference> {
        self.prepare.iter().collect()
    }

    fn scaffold(new: &New<'_>) -> Option<Scaffold> {
        let prepare = new
            .a_template
            .map(|template| format!("# prepare:\n#   - {template}\n"))
            .unwrap_or_default();
        let front_matter = format!(
            "date: {}\nstart: \"09:00\"\nend: \"12:00\"\n# location: \"\"\n# online: false\n# online_url: \"\"\n# series: \"\"\n{prepare}agenda:\n  - time: \"09:00\"\n    title: \"Inledning\"\n    # purpose: \"\"\n    # material: \"\"\n    # responsible: \"\"\n",
            new.date
        );
        Some(Scaffold {
            front_matter,
            bundle: false,
            hint: None,
        })
    }
}

fn read(
    document: &Document,
    lookup: &dyn Lookup,
    findings: &mut Vec<Finding>,
) -> Option<MeetingFields> {
    let reader = document.field_reader();
    let raw = reader.fields::<Raw>(findings)?;
    let has_date_key = document
        .front_matter
        .keys
        .iter()
        .any(|(key, _)| key == "date");
    if !has_date_key {
        findings.push(
            reader
                .error_at(reader.key_span("title"), crate::msg!("meeting-needs-date"))
                .target("date"),
        );
    }
    let start = time_field(&reader, "start", raw.start, findings);
    let end = time_field(&reader, "end", raw.end, findings);
    if let (Some(start), Some(end)) = (start, end)
        && end <= start
    {
        findings.push(
            reader
                .error_at(
                    reader.key_span("end"),
                    crate::msg!("meeting-ends-before-start"),
                )
                .target("end"),
        );
    }
    let agenda = super::items::<RawAgendaItem>(&reader, "agenda", raw.agenda, findings)
        .into_iter()
        .filter_map(|(item, at)| {
            let time = time_of_day(&item.time);
            if time.is_none() {
                findings.push(
                    reader
                        .error_at(
                            at,
                            crate::msg!("meeting-not-a-time", key = "time", value = item.time),
                        )
                        .target("time"),
                );
            }
            Some(AgendaItem {
                time: time?,
                title: item.title,
                purpose: item.purpose,
                material: item.material,
                responsible: item.responsible,
            })
        })
        .collect();
    let online_url = raw.online_url.and_then(|url| {
        let text = url.value.trim();
        if is_web_address(text) {
            return Some(text.to_string());
        }
        findings.push(
            reader
                .error_at(
                    reader.place(&url.referenced),
                    crate::msg!("meeting-online-url", value = url.value),
                )
                .target("online_url"),
        );
        None
    });
    Some(MeetingFields {
        start,
        end,
        location: raw.location,
        // A join link makes the meeting an online one.
        online: raw.online.unwrap_or(false) || online_url.is_some(),
        online_url,
        series: raw.series,
        agenda,
        prepare: Reference::list(
            document,
            "prepare",
            Kind::Template,
            raw.prepare,
            lookup,
            findings,
        ),
    })
}

fn time_field(
    reader: &FieldReader<'_>,
    key: &str,
    value: Option<Spanned<String>>,
    findings: &mut Vec<Finding>,
) -> Option<Time> {
    let value = value?;
    let time = time_of_day(&value.value);
    if time.is_none() {
        let span: Span = reader.place(&value.referenced);
        findings.push(
            reader
                .error_at(
                    span,
                    crate::msg!("meeting-not-a-time", key = key, value = value.value),
                )
                .target(key),
        );
    }
    time
}

/// `https://…` with a host and nothing a calendar line or an attribute could break on.
fn is_web_address(text: &str) -> bool {
    let rest = text
        .strip_prefix("https://")
        .or_else(|| text.strip_prefix("http://"));
    rest.is_some_and(|rest| {
        !rest.is_empty()
            && !rest.starts_with('/')
            && !text.chars().any(|ch| ch.is_whitespace() || ch.is_control())
    })
}

/// Reads "HH:MM" as (hours, minutes).
pub(crate) fn time_of_day(text: &str) -> Option<Time> {
    let (hours, minutes) = text.trim().split_once(':')?;
    if hours.len() != 2 || minutes.len() != 2 {
        return None;
    }
    let hours: u8 = hours.parse().ok()?;
    let minutes: u8 = minutes.parse().ok()?;
    (hours < 24 && minutes < 60).then_some((hours, minutes))
}

/// "09:05".
pub(crate) fn format_time(time: Time) -> String {
    format!("{:02}:{:02}", time.0, time.1)
}

/// The calendar file of a meeting, beside its page.
pub(crate) const ICS_FILE: &str = "kalender.ics";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_of_day_are_hh_mm() {
        assert_eq!(time_of_day("09:05"), Some((9, 5)));
        assert_eq!(time_of_day("23:59"), Some((23, 59)));
        assert_eq!(time_of_day("24:00"), None);
        assert_eq!(time_of_day("9:05"), None);
        assert_eq!(time_of_day("09.05"), None);
        assert_eq!(format_time((9, 5)), "09:05");
    }
}
