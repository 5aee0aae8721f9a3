//! `stegvis new KIND "Title"`: writes a new page of that kind into the section
//! where such pages live, with its front matter filled in, and prints its path.
//! It never overwrites a file, and the site still builds afterwards.

use std::io::Write as _;
use std::path::{Path, PathBuf};

use crate::kinds::Kind;
use crate::parse::{Role, SECTION_FILE};
use crate::resolve::Site;
use crate::slug::slugify;

use super::{ExitCode, say};
use crate::findings::{Msg, printable};

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
/// The kinds `new` writes, each also by its names in the portals' languages
/// (`stegvis new möte`, `møte`, `mall`, `steg`, `rapport`…).
pub(crate) enum NewKind {
    #[value(alias = "möte", alias = "mote", alias = "møte", alias = "møde")]
    Meeting,
    #[value(alias = "steg", alias = "trin")]
    Step,
    #[value(alias = "mall", alias = "mal", alias = "skabelon")]
    Template,
    #[value(
        alias = "lärande",
        alias = "larande",
        alias = "læring",
        alias = "materiale",
        alias = "materiell"
    )]
    Material,
    #[value(alias = "delområde", alias = "delomrade", alias = "område")]
    Area,
    #[value(alias = "rapport", alias = "trafikrapport", alias = "trafikkrapport")]
    Report,
    #[value(alias = "sida", alias = "side")]
    Page,
}

impl NewKind {
    fn kind(self) -> Kind {
        match self {
            NewKind::Meeting => Kind::Meeting,
            NewKind::Step => Kind::Step,
            NewKind::Template => Kind::Template,
            NewKind::Material => Kind::Material,
            NewKind::Area => Kind::Area,
            NewKind::Report => Kind::Report,
            NewKind::Page => Kind::Page,
        }
    }
}

#[derive(Debug, clap::Args)]
pub(crate) struct NewArgs {
    /// What to write: meeting, step, template, material, area, report or page
    #[arg(value_enum)]
    pub kind: NewKind,
    /// The page's title; the file name is made from it
    pub title: String,
    /// The site folder (with site.toml and content/)
    #[arg(long, default_value = ".")]
    pub root: PathBuf,
    /// The section to write into, as a folder under content/ (e.g. möten)
    #[arg(long)]
    pub section: Option<String>,
    /// For a report: the area it reports on, as a content path (e.g.
    /// plan/kvalitet.md); asked for when not given and stdin is a terminal
    #[arg(long)]
    pub area: Option<String>,
    /// The page's date, YYYY-MM-DD (today when not given); a meeting's file
    /// is named by it (2026-03-12-natverkstraff.md)
    #[arg(long)]
    pub date: Option<jiff::civil::Date>,
}

pub(crate) fn run(args: &NewArgs) -> ExitCode {
    let options = crate::BuildOptions {
        drafts: crate::Drafts::Include,
        ..crate::BuildOptions::default()
    };
    let (config, site) = match crate::resolve_site(&args.root, &options) {
        Ok(model) => model,
        Err(error) => {
            super::print_fatal_human(&error, &args.root);
            return ExitCode::UsageOrConfig;
        }
    };
    // What new says, in the portal's language (or STEGVIS_MESSAGES').
    let language = super::messages_from_env().unwrap_or(config.language);
    let refuse = |msg: Msg| {
        errln!("error: {}", say(language, &msg));
        ExitCode::UsageOrConfig
    };
    let kind = args.kind.kind();
    // The page a report is on (its area), asked for.
    let area = match kind.about() {
        Some(of) => match about_page(&site, of, args.area.as_deref(), language) {
            Ok(area) => Some(area),
            Err(msg) => return refuse(msg),
        },
        None => None,
    };
    let (folder, folder_path) = match section_folder(args, &site, kind, area) {
        Ok(found) => found,
        Err(msg) => return refuse(msg),
    };
    // The build refuses a control character in a value: say so before
    // writing a page that would not build.
    let title = printable(&args.title);
    if let Some(control) = args.title.chars().find(|ch| ch.is_control()) {
        let code = format!("U+{:04X}", u32::from(control));
        return refuse(
            Msg::new("new-title-control")
                .arg("title", &title)
                .arg("code", code),
        );
    }
    let slug = slugify(&args.title);
    if slug.is_empty() {
        return refuse(Msg::new("new-title-no-letters").arg("title", &title));
    }
    if !kind.belongs_in().is_empty() && !belongs_in(&site, &folder, kind.belongs_in()) {
        return refuse(Msg::new("new-area-not-in-plan").arg("folder", &folder));
    }
    let today = crate::today(&config);
    let area_path = area.map(|area| site.pages[area].document.content_path.clone());
    let next_meeting = next_meeting(&site, today);
    let new = crate::kinds::New {
        today,
        date: args.date.unwrap_or(today),
        slug: &slug,
        next_weight: next_weight(&site, &folder),
        area: area_path.as_deref(),
        next_meeting: next_meeting.as_deref(),
        a_template: first_of(&site, Kind::Template),
        a_phase: first_of(&site, Kind::Phase),
        a_material: first_of(&site, Kind::Material),
        language: section_language(&site, &folder).unwrap_or(config.language),
    };
    let Some(scaffold) = kind.scaffold(&new) else {
        return refuse(Msg::new("new-cannot-write-kind").arg("kind", kind.name()));
    };
    let path = if scaffold.bundle {
        folder_path.join(&slug).join(crate::parse::BUNDLE_FILE)
    } else if kind.date_is_an_event() {
        // Named by the day it happens (a meeting), as the browser editor names them.
        folder_path.join(format!("{}-{slug}.md", new.date))
    } else {
        folder_path.join(format!("{slug}.md"))
    };
    let text = front_matter(kind, &args.title, &scaffold);
    let relative = path.strip_prefix(&args.root).unwrap_or(&path);
    let result = super::site_place(&args.root, relative).and_then(|path| {
        write_new(&path, &text).map_err(|error| super::cannot_write(relative, &error))
    });
    if let Err(msg) = result {
        errln!("error: {}", say(language, &msg));
        return ExitCode::ContentErrors;
    }
    written(&args.root, &path, scaffold.hint, new.language)
}

/// The folder to write into, under content/ (`--section`, else where the
/// kind's pages live) and its path: a folder of the site reached through
/// no link, or what is wrong.
fn section_folder(
    args: &NewArgs,
    site: &Site,
    kind: Kind,
    area: Option<usize>,
) -> Result<(String, PathBuf), Msg> {
    let folder = match &args.section {
        Some(section) => section
            .trim_matches('/')
            .trim_end_matches(SECTION_FILE)
            .trim_end_matches('/')
            .to_string(),
        None => home_of(site, kind, area),
    };
    let content_dir = args.root.join(crate::load::CONTENT_DIR);
    let folder_path = if folder.is_empty() {
        Ok(content_dir.clone())
    } else {
        super::site_place(&content_dir, Path::new(&folder))
    };
    match folder_path {
        Ok(path) if path.is_dir() => Ok((folder, path)),
        Ok(_) => Err(Msg::new("new-no-folder").arg("folder", printable(&folder))),
        Err(why) => Err(Msg::new("new-section-refused").arg_msg("why", why)),
    }
}

/// Says what was written (its path on stdout) and what to do next.
fn written(
    root: &Path,
    path: &Path,
    hint: Option<Msg>,
    language: crate::config::Language,
) -> ExitCode {
    let shown = path.strip_prefix(root).unwrap_or(path);
    outln!("{}", crate::findings::display_path(shown));
    if let Some(hint) = hint {
        let folder = path.parent().unwrap_or(path);
        let folder = folder.strip_prefix(root).unwrap_or(folder);
        let hint = hint.arg("folder", crate::findings::display_path(folder));
        errln!("{}", say(language, &hint));
    }
    ExitCode::Success
}

/// `text` as a double-quoted YAML string, on one line: a line break or
/// another control character is escaped (`\n`, `\u001B`), so a title
/// holding `\n---\n` cannot end the front matter.
pub(super) fn yaml_string(text: &str) -> String {
    use std::fmt::Write as _;
    let mut quoted = String::with_capacity(text.len() + 2);
    quoted.push('"');
    for ch in text.chars() {
        match ch {
            '\\' => quoted.push_str("\\\\"),
            '"' => quoted.push_str("\\\""),
            '\n' => quoted.push_str("\\n"),
            '\r' => quoted.push_str("\\r"),
            '\t' => quoted.push_str("\\t"),
            // U+2028 and U+2029 are line breaks to YAML, and U+FEFF a mark.
            ch if ch.is_control() || matches!(ch, '\u{2028}' | '\u{2029}' | '\u{feff}') => {
                let _ = write!(quoted, "\\u{:04X}", u32::from(ch));
            }
            ch => quoted.push(ch),
        }
    }
    quoted.push('"');
    quoted
}

/// Creates the file; an existing file is an error, never overwritten.
pub(super) fn write_new(path: &Path, text: &str) -> std::io::Result<()> {
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent)?;
    }
    let mut file = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(path)?;
    file.write_all(text.as_bytes())
}

/// The folder where pages of `kind` live: a section whose `page_kind` is the
/// kind, else the section holding most pages of that kind, else (for a
/// report) its area's folder, else content/. An area goes into the first plan.
fn home_of(site: &Site, kind: Kind, area: Option<usize>) -> String {
    let folder_of = |idx: usize| {
        let content_path = &site.pages[idx].document.content_path;
        content_path
            .trim_end_matches(SECTION_FILE)
            .trim_end_matches('/')
            .to_string()
    };
    // A new area is an area of the (first) plan; a sub-area is written
    // with --section.
    if let Some(&home) = kind.belongs_in().first()
        && let Some(section) = (0..site.pages.len()).find(|&idx| site.pages[idx].kind == home)
    {
        return folder_of(section);
    }
    let sections = (0..site.pages.len()).filter(|&idx| site.pages[idx].role() == Role::Section);
    // Of several phases that hold steps, the first in the process.
    let declared = sections
        .clone()
        .filter(|&idx| {
            site.pages[idx]
                .document
                .front_matter
                .page_kind
                .as_ref()
                .map(|kind| kind.text.as_str())
                == Some(kind.name())
        })
        .min_by_key(|&idx| (site.pages[idx].place.map_or(0, |place| place.position), idx));
    if let Some(section) = declared {
        return folder_of(section);
    }
    let most = sections
        .map(|idx| {
            let n = site.pages[idx]
                .children
                .iter()
                .filter(|&&child| site.pages[child].kind == kind)
                .count();
            (n, std::cmp::Reverse(idx))
        })
        .filter(|(n, _)| *n > 0)
        .max();
    if let Some((_, std::cmp::Reverse(idx))) = most {
        return folder_of(idx);
    }
    // A report goes beside (or into) the area it is on.
    let fallback = area.map(|area| match site.pages[area].role() {
        Role::Section => area,
        _ => site.pages[area].parent.unwrap_or(area),
    });
    fallback.map_or_else(String::new, folder_of)
}

/// Whether the section of `folder` is of one of `kinds` (a plan or an area).
fn belongs_in(site: &Site, folder: &str, kinds: &[Kind]) -> bool {
    let index = if folder.is_empty() {
        String::from(SECTION_FILE)
    } else {
        format!("{folder}/{SECTION_FILE}")
    };
    matches!(
        site.targets.get(&index),
        Some(crate::resolve::Target::Page(idx)) if kinds.contains(&site.pages[*idx].kind)
    )
}

/// The language of the section of `folder`, when it is a section of the site.
fn section_language(site: &Site, folder: &str) -> Option<crate::config::Language> {
    let index = if folder.is_empty() {
        String::from(SECTION_FILE)
    } else {
        format!("{folder}/{SECTION_FILE}")
    };
    match site.targets.get(&index) {
        Some(crate::resolve::Target::Page(idx)) => Some(site.pages[*idx].language),
        _ => None,
    }
}

/// The content path of the site's first page of `kind`.
fn first_of(site: &Site, kind: Kind) -> Option<&str> {
    site.pages
        .iter()
        .find(|page| page.kind == kind)
        .map(|page| page.document.content_path.as_str())
}

/// The content path of the first meeting on or after `today`.
fn next_meeting(site: &Site, today: jiff::civil::Date) -> Option<String> {
    site.pages
        .iter()
        .filter(|page| page.kind == Kind::Meeting)
        .filter_map(|page| Some((page.document.front_matter.date?, page)))
        .filter(|(date, _)| *date >= today)
        .min_by_key(|(date, _)| *date)
        .map(|(_, page)| page.document.content_path.clone())
}

/// The page of kind `of` a new page is about (a report's area): `--area`,
/// else asked for on a terminal.
fn about_page(
    site: &Site,
    of: Kind,
    given: Option<&str>,
    language: crate::config::Language,
) -> Result<usize, Msg> {
    let areas: Vec<usize> = (0..site.pages.len())
        .filter(|&idx| site.pages[idx].kind == of)
        .collect();
    if areas.is_empty() {
        return Err(Msg::new("new-report-no-areas"));
    }
    let path_of = |idx: usize| site.pages[idx].document.content_path.as_str();
    let given = match given {
        Some(given) => given.trim().to_string(),
        None => ask_for_area(site, &areas, language)?,
    };
    let given = given.trim_start_matches('/');
    if let Some(&area) = areas.iter().find(|&&idx| path_of(idx) == given) {
        return Ok(area);
    }
    Err(
        match crate::findings::closest(given, areas.iter().map(|&idx| path_of(idx))) {
            Some(like) => Msg::new("new-not-an-area-like")
                .arg("given", given)
                .arg("suggestion", like),
            None => Msg::new("new-not-an-area").arg("given", given),
        },
    )
}

/// Lists the areas on stderr and reads a number or a path from stdin.
fn ask_for_area(
    site: &Site,
    areas: &[usize],
    language: crate::config::Language,
) -> Result<String, Msg> {
    use std::io::IsTerminal as _;
    let list: Vec<String> = areas
        .iter()
        .map(|&idx| site.pages[idx].document.content_path.clone())
        .collect();
    if !std::io::stdin().is_terminal() {
        return Err(Msg::new("new-name-the-area").arg("areas", list.join(", ")));
    }
    errln!("{}", say(language, &Msg::new("new-which-area")));
    for (n, &idx) in areas.iter().enumerate() {
        errln!(
            "  {}. {} ({})",
            n + 1,
            site.pages[idx].document.front_matter.title,
            list[n]
        );
    }
    errln!("{}", say(language, &Msg::new("new-number-or-path")));
    let answer = read_answer()?;
    let answer = answer.as_str();
    match answer.parse::<usize>() {
        Ok(n) if (1..=list.len()).contains(&n) => Ok(list[n - 1].clone()),
        _ => Ok(answer.to_string()),
    }
}

/// One line from stdin, trimmed: the answer to a question on the terminal.
pub(super) fn read_answer() -> Result<String, Msg> {
    use std::io::BufRead as _;
    let mut line = String::new();
    std::io::stdin()
        .lock()
        .read_line(&mut line)
        .map_err(|error| {
            Msg::new("answer-unreadable").arg_msg("reason", super::io_reason(&error))
        })?;
    Ok(line.trim().to_string())
}

/// The whole front matter: the title, the kind (also where the section's
/// `page_kind` gives it: the browser editor lists a page by its `kind`),
/// then the kind's own scaffold.
fn front_matter(kind: Kind, title: &str, scaffold: &crate::kinds::Scaffold) -> String {
    let mut text = format!("---\ntitle: {}\n", yaml_string(title));
    if kind != Kind::Page {
        text.push_str(&format!("kind: {}\n", kind.name()));
    }
    text.push_str(&scaffold.front_matter);
    text.push_str("---\n\n");
    text
}

/// One more than the highest weight in the folder, so a new step comes last.
fn next_weight(site: &Site, folder: &str) -> i64 {
    let prefix = if folder.is_empty() {
        String::new()
    } else {
        format!("{folder}/")
    };
    site.pages
        .iter()
        .filter(|page| {
            page.role() != Role::Section
                && page.document.content_path.starts_with(&prefix)
                && !page.document.content_path[prefix.len()..].contains('/')
        })
        .filter_map(|page| page.document.front_matter.weight)
        .max()
        .unwrap_or(0)
        + 1
}
