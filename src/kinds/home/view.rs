//! `home` in index.html: what the home page shows from the kinds below it —
//! the next meeting, the latest news, each process at a glance, and the
//! other sections — so that a member sees what is next without looking.
//! And `stepper` on phase and step pages: their process at a glance, with
//! the steps of the phase the page is in.

use serde::Serialize;

use crate::kinds::Kind;
use crate::parse::Role;
use crate::render::view::{LinkView, ViewContext};

/// How many news items the home page shows.
const N_NEWS: usize = 3;

#[derive(Serialize)]
pub(crate) struct HomeView {
    /// The first meeting on or after the build date.
    pub next_meeting: Option<NextMeetingView>,
    /// The section that holds the meetings, for "all meetings".
    pub meetings: Option<LinkView>,
    /// The newest dated plain pages (not meetings, reports or other kinds)
    /// dated on or before the build date.
    pub news: Vec<LinkView>,
    /// Their section, when they share one, for "all news".
    pub news_section: Option<LinkView>,
    pub processes: Vec<GlanceView>,
    /// The home page's other sections and pages, in their order.
    pub sections: Vec<LinkView>,
}

#[derive(Serialize)]
pub(crate) struct NextMeetingView {
    pub link: LinkView,
    /// "09:00–12:00"
    pub time_text: Option<String>,
    pub location: Option<String>,
    pub online: bool,
}

/// A process at a glance: its phases in order, each with its step count
/// and its first step, where a team starts.
#[derive(Serialize)]
pub(crate) struct GlanceView {
    pub link: LinkView,
    pub phases: Vec<GlancePhaseView>,
}

#[derive(Serialize)]
pub(crate) struct GlancePhaseView {
    pub link: LinkView,
    pub position: usize,
    /// "3 steg"
    pub steps_text: String,
    pub first_step: Option<LinkView>,
    /// The phase's steps, for the phase the page is in (the stepper).
    pub steps: Vec<LinkView>,
    /// The page is this phase or one of its steps.
    pub is_here: bool,
}

pub(crate) fn view(context: &ViewContext<'_>) -> HomeView {
    let site = context.site;
    let next = site
        .pages
        .iter()
        .enumerate()
        .filter(|(_, page)| page.kind == Kind::Meeting)
        .filter_map(|(idx, page)| {
            let date = page.document.front_matter.date?;
            let start = match &page.fields {
                crate::kinds::Fields::Meeting(fields) => fields.start,
                _ => None,
            };
            (date >= context.now).then_some((date, start, idx))
        })
        .min();
    let next_meeting = next.map(|(_, _, idx)| next_meeting(context, idx));
    let meetings = next
        .map(|(_, _, idx)| idx)
        .or_else(|| {
            site.pages
                .iter()
                .position(|page| page.kind == Kind::Meeting)
        })
        .and_then(|idx| site.pages[idx].parent)
        .filter(|&section| Some(section) != site.root);
    let mut news: Vec<(jiff::civil::Date, usize)> = site
        .pages
        .iter()
        .enumerate()
        .filter(|(idx, page)| {
            page.kind == Kind::Page && page.role() != Role::Section && Some(*idx) != site.root
        })
        .filter_map(|(idx, page)| Some((page.document.front_matter.date?, idx)))
        .filter(|&(date, _)| date <= context.now)
        .collect();
    news.sort_by(|a, b| b.cmp(a));
    news.truncate(N_NEWS);
    let parent = |&(_, idx): &(jiff::civil::Date, usize)| site.pages[idx].parent;
    let news_section = news
        .first()
        .and_then(parent)
        .filter(|&section| Some(section) != site.root)
        .filter(|&section| news.iter().all(|item| parent(item) == Some(section)));
    let processes: Vec<usize> = site
        .pages
        .iter()
        .enumerate()
        .filter(|(_, page)| page.kind == Kind::Process)
        .map(|(idx, _)| idx)
        .collect();
    let featured =
        |idx: usize| processes.contains(&idx) || meetings == Some(idx) || news_section == Some(idx);
    let sections = site.pages[context.current]
        .children
        .iter()
        .copied()
        .filter(|&child| !featured(child))
        .map(|child| context.link(child))
        .collect();
    HomeView {
        next_meeting,
        meetings: meetings.map(|idx| context.link(idx)),
        news: news.iter().map(|&(_, idx)| context.link(idx)).collect(),
        news_section: news_section.map(|idx| context.link(idx)),
        processes: processes
            .iter()
            .map(|&process| glance(context, process))
            .collect(),
        sections,
    }
}

fn next_meeting(context: &ViewContext<'_>, idx: usize) -> NextMeetingView {
    let page = &context.site.pages[idx];
    let (time_text, location, online) = match &page.fields {
        crate::kinds::Fields::Meeting(fields) => (
            crate::kinds::meeting::view::time_text(fields),
            fields.location.clone(),
            fields.online,
        ),
        _ => (None, None, false),
    };
    NextMeetingView {
        link: context.link(idx),
        time_text,
        location,
        online,
    }
}

/// A process's phases with their step counts and first steps.
pub(crate) fn glance(context: &ViewContext<'_>, process: usize) -> GlanceView {
    let site = context.site;
    GlanceView {
        link: context.link(process),
        phases: site
            .children_of_kind(process, Kind::Phase)
            .enumerate()
            .map(|(at, phase)| {
                let link = context.link(phase);
                let is_here = link.is_current || link.is_ancestor;
                // A phase page lists its steps itself; a step page shows its siblings here.
                let show_steps = link.is_ancestor;
                let steps: Vec<usize> = site.children_of_kind(phase, Kind::Step).collect();
                GlancePhaseView {
                    position: at + 1,
                    steps_text: context.text("n_steps", &[("n", steps.len().to_string())]),
                    first_step: steps.first().map(|&step| context.link(step)),
                    steps: if show_steps {
                        steps.iter().map(|&step| context.link(step)).collect()
                    } else {
                        Vec::new()
                    },
                    is_here,
                    link,
                }
            })
            .collect(),
    }
}

/// The process a phase or step page belongs to, at a glance.
pub(crate) fn stepper(context: &ViewContext<'_>) -> Option<GlanceView> {
    let site = context.site;
    let mut above = site.pages[context.current].parent;
    while let Some(idx) = above {
        if site.pages[idx].kind == Kind::Process {
            return Some(glance(context, idx));
        }
        above = site.pages[idx].parent;
    }
    None
}
