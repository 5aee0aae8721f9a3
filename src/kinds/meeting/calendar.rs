//! iCalendar (RFC 5545) for meetings: one `.ics` per meeting and `meetings.ics`
//! with all of them. CRLF line ends, lines folded at 75 octets, text escaped,
//! a UID from the portal's address and the source path (stable across builds,
//! unique across portals on one host), DTSTAMP and LAST-MODIFIED from the
//! content (never the clock, never after the build's `now`), a SEQUENCE that
//! grows with `updated` so that calendar apps pick up a moved meeting, times
//! in the site's time zone with its VTIMEZONE.

use std::fmt::Write as _;

use jiff::civil::Date;
use jiff::tz::TimeZone;

use crate::config::SiteConfig;
use crate::kinds::Fields;
use crate::resolve::Site;
use crate::slug::slugify;

use super::MeetingFields;

/// One meeting as an event: what the calendar needs of it.
struct Event<'s> {
    uid: String,
    date: Date,
    stamp: Date,
    /// `updated`, if the meeting was changed after it was announced.
    updated: Option<Date>,
    title: &'s str,
    description: Option<&'s str>,
    url: String,
    fields: &'s MeetingFields,
    online_text: &'s str,
}

/// (output path, text) of each meeting's calendar beside its page, and of
/// `meetings.ics` with all of them. `online_text`: the theme's word for an
/// online meeting's location.
pub(crate) fn files(
    site: &Site,
    config: &SiteConfig,
    now: Date,
    online_text: &str,
) -> Vec<(String, String)> {
    let mut files: Vec<(String, String)> = site
        .pages
        .iter()
        .enumerate()
        .filter_map(|(idx, page)| {
            let ics = meeting_ics(site, idx, config, now, online_text)?;
            Some((format!("{}{}", page.url, super::ICS_FILE), ics))
        })
        .collect();
    files.push((
        String::from(FEED_FILE),
        feed_ics(site, config, now, online_text),
    ));
    files
}

/// The calendar of every meeting of the site.
pub(crate) const FEED_FILE: &str = "meetings.ics";

/// The calendar of one meeting page, if it is a meeting with a date.
fn meeting_ics(
    site: &Site,
    idx: usize,
    config: &SiteConfig,
    now: Date,
    online_text: &str,
) -> Option<String> {
    let event = event(site, idx, config, now, online_text)?;
    Some(calendar(std::slice::from_ref(&event), config))
}

/// All meetings of the site, by date.
fn feed_ics(site: &Site, config: &SiteConfig, now: Date, online_text: &str) -> String {
    let mut events: Vec<Event<'_>> = (0..site.pages.len())
        .filter_map(|idx| event(site, idx, config, now, online_text))
        .collect();
    events.sort_by(|a, b| (a.date, &a.uid).cmp(&(b.date, &b.uid)));
    calendar(&events, config)
}

fn event<'s>(
    site: &'s Site,
    idx: usize,
    config: &SiteConfig,
    now: Date,
    online_text: &'s str,
) -> Option<Event<'s>> {
    let page = &site.pages[idx];
    let Fields::Meeting(fields) = &page.fields else {
        return None;
    };
    let front_matter = &page.document.front_matter;
    let date = front_matter.date?;
    Some(Event {
        uid: uid(&page.document.content_path, config),
        date,
        stamp: page.modified(now).unwrap_or(now),
        updated: page.updated(now),
        title: &front_matter.title,
        description: front_matter.description.as_deref(),
        url: format!("{}{}", config.base_url, page.url),
        fields,
        online_text,
    })
}

fn calendar(events: &[Event<'_>], config: &SiteConfig) -> String {
    let mut lines: Vec<String> = vec![
        String::from("BEGIN:VCALENDAR"),
        String::from("VERSION:2.0"),
        format!(
            "PRODID:-//Stegvis//{}//{}",
            escape(&config.title),
            config.language.code().to_uppercase()
        ),
        String::from("CALSCALE:GREGORIAN"),
        String::from("METHOD:PUBLISH"),
        format!("X-WR-CALNAME:{}", escape(&config.title)),
    ];
    let timezone = TimeZone::get(&config.timezone).ok();
    let timed = events.iter().any(|event| event.fields.start.is_some());
    if let (Some(timezone), true) = (&timezone, timed) {
        let first = events
            .iter()
            .map(|event| event.date.year())
            .min()
            .unwrap_or(2000);
        let last = events
            .iter()
            .map(|event| event.date.year())
            .max()
            .unwrap_or(2000);
        lines.extend(vtimezone(&config.timezone, timezone, first, last));
    }
    for event in events {
        lines.push(String::from("BEGIN:VEVENT"));
        lines.push(format!("UID:{}", event.uid));
        lines.push(format!("DTSTAMP:{}T000000Z", compact(event.stamp)));
        if let Some(updated) = event.updated {
            lines.push(format!("LAST-MODIFIED:{}T000000Z", compact(updated)));
        }
        lines.push(format!("SEQUENCE:{}", sequence(event.updated)));
        match (event.fields.start, &timezone) {
            (Some(start), Some(_)) => {
                lines.push(format!(
                    "DTSTART;TZID={}:{}T{:02}{:02}00",
                    config.timezone,
                    compact(event.date),
                    start.0,
                    start.1
                ));
                if let Some(end) = event.fields.end {
                    lines.push(format!(
                        "DTEND;TZID={}:{}T{:02}{:02}00",
                        config.timezone,
                        compact(event.date),
                        end.0,
                        end.1
                    ));
                }
            }
            _ => {
                lines.push(format!("DTSTART;VALUE=DATE:{}", compact(event.date)));
                let next_day = event.date.tomorrow().unwrap_or(event.date);
                lines.push(format!("DTEND;VALUE=DATE:{}", compact(next_day)));
            }
        }
        lines.push(format!("SUMMARY:{}", escape(event.title)));
        let location = match (&event.fields.location, event.fields.online) {
            (Some(location), true) => Some(format!("{location} / {}", event.online_text)),
            (Some(location), false) => Some(location.clone()),
            (None, true) => Some(event.online_text.to_string()),
            (None, false) => None,
        };
        if let Some(location) = location {
            lines.push(format!("LOCATION:{}", escape(&location)));
        }
        let description = description(event);
        if !description.is_empty() {
            lines.push(format!("DESCRIPTION:{}", escape(description.trim_end())));
        }
        lines.push(format!(
            "URL:{}",
            event.fields.online_url.as_deref().unwrap_or(&event.url)
        ));
        lines.push(String::from("END:VEVENT"));
    }
    lines.push(String::from("END:VCALENDAR"));
    let mut out = String::new();
    for line in lines {
        fold(&line, &mut out);
    }
    out
}

/// The event's description, the meeting's agenda under it; an online
/// meeting's join link is its first line (and the event's URL, where
/// calendars show one), with the page after the agenda.
fn description(event: &Event<'_>) -> String {
    let mut description = event.description.map(String::from).unwrap_or_default();
    for item in &event.fields.agenda {
        if !description.is_empty() {
            description.push('\n');
        }
        let _ = write!(
            description,
            "{} {}",
            super::format_time(item.time),
            item.title
        );
    }
    if let Some(join) = &event.fields.online_url {
        description.insert_str(0, &format!("{}: {join}\n", event.online_text));
        let _ = write!(description, "\n{}", event.url);
    }
    description
}

/// The zone's rules for the years the meetings span: every transition from
/// the year before the first meeting to the year after the last.
fn vtimezone(name: &str, timezone: &TimeZone, first_year: i16, last_year: i16) -> Vec<String> {
    let mut lines = vec![String::from("BEGIN:VTIMEZONE"), format!("TZID:{name}")];
    let from = jiff::civil::date(first_year.saturating_sub(1), 1, 1).to_zoned(TimeZone::UTC);
    let until = jiff::civil::date(last_year.saturating_add(2), 1, 1).to_zoned(TimeZone::UTC);
    let (Ok(from), Ok(until)) = (from, until) else {
        lines.push(String::from("END:VTIMEZONE"));
        return lines;
    };
    let mut offset_before = timezone.to_offset(from.timestamp());
    let mut n_transitions = 0;
    for transition in timezone.following(from.timestamp()) {
        if transition.timestamp() >= until.timestamp() {
            break;
        }
        let offset_after = transition.offset();
        let component = if transition.dst().is_dst() {
            "DAYLIGHT"
        } else {
            "STANDARD"
        };
        let local_onset = offset_before.to_datetime(transition.timestamp());
        lines.push(format!("BEGIN:{component}"));
        lines.push(format!("DTSTART:{}", local_onset.strftime("%Y%m%dT%H%M%S")));
        lines.push(format!("TZOFFSETFROM:{}", offset_text(offset_before)));
        lines.push(format!("TZOFFSETTO:{}", offset_text(offset_after)));
        lines.push(format!("TZNAME:{}", transition.abbreviation()));
        lines.push(format!("END:{component}"));
        offset_before = offset_after;
        n_transitions += 1;
    }
    if n_transitions == 0 {
        lines.push(String::from("BEGIN:STANDARD"));
        lines.push(String::from("DTSTART:19700101T000000"));
        lines.push(format!("TZOFFSETFROM:{}", offset_text(offset_before)));
        lines.push(format!("TZOFFSETTO:{}", offset_text(offset_before)));
        lines.push(String::from("END:STANDARD"));
    }
    lines.push(String::from("END:VTIMEZONE"));
    lines
}

fn offset_text(offset: jiff::tz::Offset) -> String {
    let seconds = offset.seconds();
    let sign = if seconds < 0 { '-' } else { '+' };
    let seconds = seconds.abs();
    format!("{sign}{:02}{:02}", seconds / 3600, (seconds % 3600) / 60)
}

fn compact(date: Date) -> String {
    format!("{:04}{:02}{:02}", date.year(), date.month(), date.day())
}

/// `moten-var-md@example.org` for a portal at the host's root, and
/// `natverk-moten-var-md@example.org` under `/natverk/`: two portals on one
/// host never give one UID to two events.
fn uid(content_path: &str, config: &SiteConfig) -> String {
    let prefix = config.base_path.trim_matches('/');
    let local = if prefix.is_empty() {
        slugify(content_path)
    } else {
        slugify(&format!("{prefix}/{content_path}"))
    };
    format!("{local}@{}", host(&config.base_url))
}

/// RFC 5545 §3.8.7.4: a revision number that grows with each change. Days
/// from 2000-01-01 to `updated` grow whenever `updated` moves on; a meeting
/// never updated is revision 0.
fn sequence(updated: Option<Date>) -> i64 {
    updated
        .and_then(|updated| jiff::civil::date(2000, 1, 1).until(updated).ok())
        .map_or(0, |span| i64::from(span.get_days()).max(0))
}

fn host(base_url: &str) -> &str {
    let rest = base_url
        .split_once("://")
        .map_or(base_url, |(_, rest)| rest);
    rest.split('/').next().unwrap_or(rest)
}

/// RFC 5545 §3.3.11: backslash, semicolon, comma and newline are escaped.
fn escape(text: &str) -> String {
    // A bare CR or another control character would end the line or inject a
    // property (SUMMARY:Möte\rATTACH:…); parse refuses them in front matter.
    text.replace(|ch: char| ch.is_control() && ch != '\n' && ch != '\t', "")
        .replace('\\', "\\\\")
        .replace(';', "\\;")
        .replace(',', "\\,")
        .replace('\n', "\\n")
}

/// RFC 5545 §3.1: lines of at most 75 octets, continued with CRLF and a space,
/// never splitting a UTF-8 character.
fn fold(line: &str, out: &mut String) {
    let mut octets = 0;
    for ch in line.chars() {
        let width = ch.len_utf8();
        if octets + width > 75 {
            out.push_str("\r\n ");
            octets = 1;
        }
        out.push(ch);
        octets += width;
    }
    out.push_str("\r\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_lines_fold_at_75_octets_without_splitting_letters() {
        let mut out = String::new();
        let line = format!("SUMMARY:{}", "å".repeat(60));
        fold(&line, &mut out);
        for physical in out.split("\r\n").filter(|part| !part.is_empty()) {
            assert!(physical.len() <= 75, "{} octets", physical.len());
        }
        let unfolded = out.replace("\r\n ", "");
        assert_eq!(unfolded, format!("{line}\r\n"));
    }

    #[test]
    fn text_is_escaped() {
        assert_eq!(escape("a, b; c\\d\ne"), "a\\, b\\; c\\\\d\\ne");
    }
}
