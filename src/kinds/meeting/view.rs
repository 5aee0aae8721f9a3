//! `meeting` in meeting.html, and `meetings` in a section of meetings.

use serde::Serialize;

use crate::kinds::Kind;
use crate::kinds::template::view::{DownloadView, download};
use crate::render::view::{LinkView, ViewContext};

use super::{ICS_FILE, MeetingFields, format_time};

/// `meeting` in meeting.html.
#[derive(Serialize)]
pub(crate) struct MeetingView {
    /// "09:00–12:00"
    pub time_text: Option<String>,
    pub location: Option<String>,
    pub online: bool,
    pub online_url: Option<String>,
    pub series: Option<String>,
    pub agenda: Vec<AgendaItemView>,
    pub prepare: Vec<DownloadView>,
    /// This meeting's calendar file.
    pub ics_url: String,
    pub is_upcoming: bool,
    /// The traffic reports handed in for it, area by area: the round of the table.
    pub reports: Vec<crate::kinds::report::view::AreaReportsView>,
}

#[derive(Serialize)]
pub(crate) struct AgendaItemView {
    pub time: String,
    pub title: String,
    pub purpose: Option<String>,
    pub material: Option<String>,
    pub responsible: Option<String>,
}

pub(crate) fn view(context: &ViewContext<'_>, fields: &MeetingFields) -> MeetingView {
    let page = &context.site.pages[context.current];
    MeetingView {
        time_text: time_text(fields),
        location: fields.location.clone(),
        online: fields.online,
        online_url: fields.online_url.clone(),
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
            .filter_map(|template| download(context, template))
            .collect(),
        ics_url: crate::resolve::Site::href(context.config, &format!("{}{ICS_FILE}", page.url)),
        is_upcoming: page
            .document
            .front_matter
            .date
            .is_some_and(|date| date >= context.now),
        reports: crate::kinds::report::view::for_meeting(context),
    }
}

/// "09:00–12:00", or the start alone.
pub(crate) fn time_text(fields: &MeetingFields) -> Option<String> {
    match (fields.start, fields.end) {
        (Some(start), Some(end)) => Some(format!("{}–{}", format_time(start), format_time(end))),
        (Some(start), None) => Some(format_time(start)),
        _ => None,
    }
}

/// A meeting in a list: its link (with its date), and when and where, as
/// a member planning the week looks for them.
#[derive(Serialize)]
pub(crate) struct MeetingItemView {
    pub link: LinkView,
    /// "09:00–12:00"
    pub time_text: Option<String>,
    pub location: Option<String>,
    pub online: bool,
}

/// `meetings` in a section whose pages are meetings: upcoming ones soonest
/// first, past ones latest first, relative to the build date.
#[derive(Serialize)]
pub(crate) struct MeetingListView {
    pub upcoming: Vec<MeetingItemView>,
    pub past: Vec<MeetingItemView>,
    pub feed_url: String,
    /// The same calendar as `webcal://`, which a phone or a calendar
    /// program subscribes to with one tap.
    pub webcal_url: String,
}

pub(crate) fn section_view(context: &ViewContext<'_>) -> Option<MeetingListView> {
    let site = context.site;
    let meetings: Vec<usize> = site.pages[context.current]
        .children
        .iter()
        .copied()
        .filter(|&child| site.pages[child].kind == Kind::Meeting)
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
    let item = |meeting: usize| {
        let fields = match &site.pages[meeting].fields {
            crate::kinds::Fields::Meeting(fields) => Some(fields),
            _ => None,
        };
        MeetingItemView {
            link: context.link(meeting),
            time_text: fields.and_then(time_text),
            location: fields.and_then(|fields| fields.location.clone()),
            online: fields.is_some_and(|fields| fields.online),
        }
    };
    let upcoming = meetings
        .iter()
        .filter(|meeting| is_upcoming(meeting))
        .map(|&meeting| item(meeting))
        .collect();
    let past = meetings
        .iter()
        .rev()
        .filter(|meeting| !is_upcoming(meeting))
        .map(|&meeting| item(meeting))
        .collect();
    Some(MeetingListView {
        upcoming,
        past,
        feed_url: crate::resolve::Site::href(context.config, super::calendar::FEED_FILE),
        webcal_url: webcal(&format!(
            "{}{}",
            context.config.base_url,
            super::calendar::FEED_FILE
        )),
    })
}

/// `https://example.org/meetings.ics` → `webcal://example.org/meetings.ics`.
fn webcal(url: &str) -> String {
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"))
        .unwrap_or(url);
    format!("webcal://{rest}")
}

/// What search finds a meeting by besides its text: its date as the page
/// says it ("torsdag 12 mars 2026"), its place, its series and every item
/// of its agenda ("Omställningen", "sal 3").
pub(crate) fn search_words(context: &ViewContext<'_>, fields: &MeetingFields) -> Vec<String> {
    let page = &context.site.pages[context.current];
    let date = page.document.front_matter.date;
    let mut words: Vec<String> = date
        .map(|date| context.strings.date_with_weekday(date))
        .into_iter()
        .chain(fields.location.clone())
        .chain(fields.series.clone())
        .collect();
    for item in &fields.agenda {
        words.push(item.title.clone());
        words.extend(
            [&item.purpose, &item.material, &item.responsible]
                .into_iter()
                .flatten()
                .cloned(),
        );
    }
    words
}
