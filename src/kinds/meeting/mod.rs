//! `meeting`: one network meeting, with its date and times, place, agenda and
//! the templates to prepare. Calendar files live in `calendar.rs` beside this.

pub mod calendar;

use serde::Deserialize;
use serde_saphyr::Spanned;

use crate::findings::{Finding, Span};
use crate::kinds::{Reference, time_of_day};
use crate::parse::{Document, FieldReader};

pub const FIELDS: &[&str] = &[
    "start", "end", "location", "online", "series", "agenda", "prepare",
];

#[derive(Debug, Clone, Default)]
pub struct MeetingFields {
    pub start: Option<(u8, u8)>,
    pub end: Option<(u8, u8)>,
    pub location: Option<String>,
    pub online: bool,
    pub series: Option<String>,
    pub agenda: Vec<AgendaItem>,
    pub prepare: Vec<Reference>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AgendaItem {
    pub time: (u8, u8),
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

pub fn read(document: &Document, findings: &mut Vec<Finding>) -> Option<MeetingFields> {
    let reader = document.field_reader();
    let raw = match reader.typed::<Raw>() {
        Ok(raw) => raw,
        Err(finding) => {
            findings.push(*finding);
            return None;
        }
    };
    let has_date_key = document
        .front_matter
        .keys
        .iter()
        .any(|(key, _)| key == "date");
    if !has_date_key {
        findings.push(
            reader
                .error_at(reader.key_span("title"), "a meeting needs a date")
                .target("date")
                .help("add a line such as: date: 2025-02-28"),
        );
    }
    let start = time_field(&reader, "start", raw.start, findings);
    let end = time_field(&reader, "end", raw.end, findings);
    if let (Some(start), Some(end)) = (start, end)
        && end <= start
    {
        findings.push(
            reader
                .error_at(reader.key_span("end"), "the meeting ends before it starts")
                .target("end"),
        );
    }
    let agenda = raw
        .agenda
        .unwrap_or_default()
        .into_iter()
        .filter_map(|spanned| {
            let at = reader.place(&spanned.referenced);
            let item: RawAgendaItem = match serde_json::from_value(spanned.value) {
                Ok(item) => item,
                Err(error) => {
                    findings.push(agenda_finding(&reader, at, &error.to_string()));
                    return None;
                }
            };
            let time = time_of_day(&item.time);
            if time.is_none() {
                findings.push(
                    reader
                        .error_at(
                            at,
                            format!("invalid agenda time \"{}\": not a time of day", item.time),
                        )
                        .target("time")
                        .help("write times as \"HH:MM\" in quotes, e.g. \"09:00\""),
                );
            }
            let time = time?;
            Some(AgendaItem {
                time,
                title: item.title,
                purpose: item.purpose,
                material: item.material,
                responsible: item.responsible,
            })
        })
        .collect();
    Some(MeetingFields {
        start,
        end,
        location: raw.location,
        online: raw.online.unwrap_or(false),
        series: raw.series,
        agenda,
        prepare: Reference::list(document, raw.prepare),
    })
}

/// An agenda item that does not read: an unknown key gets a did-you-mean.
fn agenda_finding(reader: &FieldReader<'_>, at: Span, message: &str) -> Finding {
    let message = message.split(" at line ").next().unwrap_or(message);
    if let Some(rest) = message.strip_prefix("unknown field `")
        && let Some((unknown, _)) = rest.split_once('`')
    {
        return reader
            .error_at(at, format!("unknown key \"{unknown}\" in an agenda item"))
            .target(unknown)
            .suggest(
                crate::findings::closest(unknown, AGENDA_KEYS.iter().copied()).map(String::from),
            )
            .help(format!(
                "an agenda item has {}; time and title are required",
                AGENDA_KEYS.join(", ")
            ));
    }
    reader
        .error_at(at, format!("invalid agenda item: {message}"))
        .target("agenda")
        .help("an agenda item is written like: - time: \"09:00\" and title: Inledning, one key per line")
}

const AGENDA_KEYS: &[&str] = &["time", "title", "purpose", "material", "responsible"];

fn time_field(
    reader: &FieldReader<'_>,
    key: &str,
    value: Option<Spanned<String>>,
    findings: &mut Vec<Finding>,
) -> Option<(u8, u8)> {
    let value = value?;
    let time = time_of_day(&value.value);
    if time.is_none() {
        let span: Span = reader.place(&value.referenced);
        findings.push(
            reader
                .error_at(
                    span,
                    format!(
                        "invalid value for \"{key}\": \"{}\" is not a time of day",
                        value.value
                    ),
                )
                .target(key)
                .help("write times as \"HH:MM\" in quotes, e.g. \"09:00\""),
        );
    }
    time
}

/// "09:05".
pub fn format_time(time: (u8, u8)) -> String {
    format!("{:02}:{:02}", time.0, time.1)
}

/// `meeting` in meeting.html.
#[derive(serde::Serialize)]
pub struct MeetingView {
    /// "09:00–12:00"
    pub time_text: Option<String>,
    pub location: Option<String>,
    pub online: bool,
    pub series: Option<String>,
    pub agenda: Vec<AgendaItemView>,
    pub prepare: Vec<crate::kinds::template::DownloadView>,
    /// This meeting's calendar file.
    pub ics_url: String,
    pub is_upcoming: bool,
}

#[derive(serde::Serialize)]
pub struct AgendaItemView {
    pub time: String,
    pub title: String,
    pub purpose: Option<String>,
    pub material: Option<String>,
    pub responsible: Option<String>,
}

/// The calendar file of a meeting, beside its page.
pub const ICS_FILE: &str = "kalender.ics";

pub fn view(
    context: &crate::render::views::ViewContext<'_>,
    fields: &MeetingFields,
) -> MeetingView {
    let page = &context.site.pages[context.current];
    let time_text = match (fields.start, fields.end) {
        (Some(start), Some(end)) => Some(format!("{}–{}", format_time(start), format_time(end))),
        (Some(start), None) => Some(format_time(start)),
        _ => None,
    };
    MeetingView {
        time_text,
        location: fields.location.clone(),
        online: fields.online,
        series: fields.series.clone(),
        agenda: fields
            .agenda
            .iter()
            .map(|item| AgendaItemView {
                time: format_time(item.time),
                title: item.title.clone(),
                purpose: item.purpose.clone(),
                material: item.material.clone(),
                responsible: item.responsible.clone(),
            })
            .collect(),
        prepare: fields
            .prepare
            .iter()
            .filter_map(|reference| reference.target)
            .filter_map(|template| crate::kinds::template::download(context, template))
            .collect(),
        ics_url: crate::resolve::Site::href(context.config, &format!("{}{ICS_FILE}", page.url)),
        is_upcoming: page
            .document
            .front_matter
            .date
            .is_some_and(|date| date >= context.now),
    }
}

/// `meetings` in a section whose pages are meetings: upcoming ones soonest
/// first, past ones latest first, relative to the build date.
#[derive(serde::Serialize)]
pub struct MeetingListView {
    pub upcoming: Vec<crate::render::views::LinkView>,
    pub past: Vec<crate::render::views::LinkView>,
    pub feed_url: String,
}

pub fn section_view(context: &crate::render::views::ViewContext<'_>) -> Option<MeetingListView> {
    let site = context.site;
    let meetings: Vec<usize> = site.pages[context.current]
        .children
        .iter()
        .copied()
        .filter(|&child| site.pages[child].kind == crate::kinds::Kind::Meeting)
        .collect();
    if meetings.is_empty() {
        return None;
    }
    let is_upcoming = |meeting: &usize| {
        site.pages[*meeting]
            .document
            .front_matter
            .date
            .is_some_and(|date| date >= context.now)
    };
    let upcoming = meetings
        .iter()
        .filter(|meeting| is_upcoming(meeting))
        .map(|&meeting| context.link(meeting))
        .collect();
    let past = meetings
        .iter()
        .rev()
        .filter(|meeting| !is_upcoming(meeting))
        .map(|&meeting| context.link(meeting))
        .collect();
    Some(MeetingListView {
        upcoming,
        past,
        feed_url: crate::resolve::Site::href(context.config, "meetings.ics"),
    })
}
