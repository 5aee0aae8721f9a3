//! `stegvis init [DIR]`: a new portal in one command: site.toml, a home page,
//! a process with its first phase and step, a meetings section with one
//! meeting, a templates section and the CI files of `ci/`, in the portal's
//! language. It builds with no finding, and it writes nothing into a folder
//! that already holds a site, nor over any file.

use std::path::PathBuf;

use crate::config::Language;
use crate::findings::{Msg, display_path, messages};
use crate::slug::slugify;

use super::new::yaml_string;

use super::ExitCode;

/// The GitHub Actions workflow and the GitLab CI file a new portal starts with.
const GITHUB_WORKFLOW: &str = include_str!("../../ci/github-pages.yml");
const GITLAB_CI: &str = include_str!("../../ci/gitlab-ci.yml");

#[derive(Debug, clap::Args)]
pub(crate) struct InitArgs {
    /// The folder of the new portal, made if it is missing
    #[arg(default_value = ".")]
    pub dir: PathBuf,
    /// The language the portal is written in: sv, nb, nn, da or en (asked
    /// for when stdin is a terminal, else sv)
    #[arg(long, value_parser = super::parse_language)]
    pub language: Option<Language>,
    /// The portal's title (by default one in its language; site.toml keeps it)
    #[arg(long)]
    pub title: Option<String>,
    /// The address the portal will be published at (CI gives the real one
    /// with --base-url)
    #[arg(long, default_value = "https://example.org/")]
    pub base_url: String,
}

pub(crate) fn run(args: &InitArgs) -> ExitCode {
    let language = match args.language {
        Some(language) => language,
        None => match ask_language() {
            Ok(language) => language,
            Err(message) => {
                errln!("error: {message}");
                return ExitCode::UsageOrConfig;
            }
        },
    };
    let dir = display_path(&args.dir);
    for marker in ["site.toml", crate::load::CONTENT_DIR] {
        if std::fs::symlink_metadata(args.dir.join(marker)).is_ok() {
            let msg = Msg::new("init-holds-a-site")
                .arg("dir", &dir)
                .arg("file", marker);
            errln!(
                "error: {}",
                messages::text(language, &msg, None).unwrap_or_default()
            );
            return ExitCode::UsageOrConfig;
        }
    }
    let today = crate::today_in("UTC");
    let files = portal(args, language, today);
    // Every file's place is checked before anything is written: a link on
    // the way (`.github -> elsewhere`), or a file there already, even a
    // link to nothing, stops init with nothing written, so it can run again.
    let mut places = Vec::with_capacity(files.len());
    for (path, text) in &files {
        let place = match super::site_place(&args.dir, std::path::Path::new(path)) {
            Ok(place) => place,
            Err(why) => {
                errln!("error: {}", say(language, why));
                return ExitCode::UsageOrConfig;
            }
        };
        if std::fs::symlink_metadata(&place).is_ok() {
            let msg = Msg::new("init-file-exists").arg("file", display_path(&place));
            errln!(
                "error: {}",
                messages::text(language, &msg, None).unwrap_or_default()
            );
            return ExitCode::UsageOrConfig;
        }
        places.push((place, text));
    }
    for (path, text) in places {
        if let Err(error) = super::new::write_new(&path, text) {
            errln!(
                "error: {}",
                say(language, super::cannot_write(&path, &error))
            );
            return ExitCode::ContentErrors;
        }
        outln!("{}", display_path(&path));
    }
    // What git should not keep: the built portal and Stegvis's cache. A
    // repository's own .gitignore is left as it is.
    let ignore = args.dir.join(".gitignore");
    if std::fs::symlink_metadata(&ignore).is_err() {
        match super::new::write_new(&ignore, "/public/\n/.stegvis/\n") {
            Ok(()) => outln!("{}", display_path(&ignore)),
            Err(error) => errln!(
                "warning: {}",
                say(language, super::cannot_write(&ignore, &error))
            ),
        }
    }
    let done = Msg::new("init-done").arg("dir", &dir);
    errln!(
        "{}",
        messages::text(language, &done, None).unwrap_or_default()
    );
    errln!(
        "{}",
        messages::text(language, &done, Some("help")).unwrap_or_default()
    );
    errln!("{}", say(language, Msg::new("init-pages")));
    ExitCode::Success
}

/// The language from stdin when it is a terminal; else Swedish.
fn ask_language() -> Result<Language, String> {
    use std::io::IsTerminal as _;
    if !std::io::stdin().is_terminal() {
        return Ok(Language::Sv);
    }
    errln!(
        "Which language is the portal written in? {} [sv]: ",
        Language::codes()
    );
    // Asked before the portal has a language: in English.
    let answer = super::new::read_answer().map_err(|msg| say(Language::En, msg))?;
    if answer.is_empty() {
        return Ok(Language::Sv);
    }
    Language::from_code(&answer)
        .ok_or_else(|| format!("\"{answer}\" is not one of {}", Language::codes()))
}

/// A section of the new portal: its folder under content/ and its title.
struct Section {
    folder: String,
    title: String,
}

impl Section {
    fn new(title: String) -> Section {
        Section {
            folder: slugify(&title),
            title,
        }
    }

    fn index(&self) -> String {
        format!("{}/{}", self.folder, crate::parse::SECTION_FILE)
    }

    fn link(&self) -> String {
        format!("[{}]({})", self.title, self.index())
    }

    fn menu(&self) -> String {
        format!(
            "\n[[menu]]\ntitle = {}\npage = {}\n",
            toml_string(&self.title),
            toml_string(&self.index())
        )
    }
}

/// Every file of the new portal, by its path in the portal's folder.
fn portal(args: &InitArgs, language: Language, today: jiff::civil::Date) -> Vec<(String, String)> {
    let title = args
        .title
        .clone()
        .unwrap_or_else(|| say(language, Msg::new("init-site-title")));
    let process = Section::new(say(language, Msg::new("init-process-title")));
    let meetings = Section::new(say(language, Msg::new("init-meetings-title")));
    let templates = Section::new(say(language, Msg::new("init-templates-title")));
    let site_toml = format!(
        "# The portal's settings; README.md of Stegvis lists every key.\ntitle = {}\nbase_url = {}\nlanguage = \"{}\"\n\n[build]\noutput_dir = \"public\"\n{}{}{}{}",
        toml_string(&title),
        toml_string(&args.base_url),
        language.code(),
        process.menu(),
        meetings.menu(),
        templates.menu(),
        accessibility(language, today),
    );
    let home_body = say(
        language,
        Msg::new("init-home-body")
            .arg("process", process.link())
            .arg("meetings", meetings.link())
            .arg("templates", templates.link()),
    );
    let mut files = vec![
        ("site.toml".to_string(), site_toml),
        (
            "content/_index.md".to_string(),
            page(
                &title,
                &guide(language, "init-home-guide"),
                &home_body,
                Some(&say(language, Msg::new("init-site-description"))),
            ),
        ),
        (
            format!("content/{}", process.index()),
            page(
                &process.title,
                &format!(
                    "kind: process\nweight: 1\n{}",
                    guide(language, "init-process-guide")
                ),
                &say(language, Msg::new("init-process-body")),
                Some(&say(language, Msg::new("init-process-description"))),
            ),
        ),
    ];
    files.extend(first_phase(&process, language));
    files.extend(first_meeting(&meetings, language, today));
    files.push((
        format!("content/{}", templates.index()),
        page(
            &templates.title,
            &format!(
                "page_kind: template\nweight: 3\n{}",
                guide(language, "init-templates-guide")
            ),
            "",
            Some(&say(language, Msg::new("init-templates-description"))),
        ),
    ));
    files.extend(key_figures(language));
    files.push((
        ".github/workflows/portal.yml".to_string(),
        GITHUB_WORKFLOW.to_string(),
    ));
    files.push((".gitlab-ci.yml".to_string(), GITLAB_CI.to_string()));
    files
}

/// The process's first phase and its first step.
fn first_phase(process: &Section, language: Language) -> Vec<(String, String)> {
    let phase = Section::new(say(language, Msg::new("init-phase-title")));
    let folder = format!("content/{}/{}", process.folder, phase.folder);
    let phase_fields = format!(
        "kind: phase\npage_kind: step\nweight: 1\npurpose: {}\noutcome: {}\n",
        yaml_string(&say(language, Msg::new("init-phase-purpose"))),
        yaml_string(&say(language, Msg::new("init-phase-outcome")))
    );
    let step = say(language, Msg::new("init-step-title"));
    vec![
        (
            format!("{folder}/{}", crate::parse::SECTION_FILE),
            page(
                &phase.title,
                &phase_fields,
                &say(language, Msg::new("init-phase-purpose")),
                None,
            ),
        ),
        (
            format!("{folder}/{}.md", slugify(&step)),
            page(
                &step,
                &format!(
                    "kind: step\nweight: 1\n{}",
                    guide(language, "init-step-guide")
                ),
                &say(language, Msg::new("init-step-body")),
                None,
            ),
        ),
    ]
}

/// The meetings section and a first meeting four weeks from today, on a
/// weekday (a Saturday's or Sunday's moves to the Monday), named by its
/// date as the browser editor names meetings.
fn first_meeting(
    meetings: &Section,
    language: Language,
    today: jiff::civil::Date,
) -> Vec<(String, String)> {
    let in_four_weeks = today
        .checked_add(jiff::Span::new().days(28))
        .unwrap_or(today);
    let to_monday = match in_four_weeks.weekday() {
        jiff::civil::Weekday::Saturday => 2,
        jiff::civil::Weekday::Sunday => 1,
        _ => 0,
    };
    let date = in_four_weeks
        .checked_add(jiff::Span::new().days(to_monday))
        .unwrap_or(in_four_weeks);
    let title = say(language, Msg::new("init-meeting-title"));
    let fields = format!(
        "kind: meeting\ndate: {date}\nstart: \"09:00\"\nend: \"12:00\"\nlocation: {}\nagenda:\n  - time: \"09:00\"\n    title: {}\n  - time: \"09:30\"\n    title: {}\n",
        yaml_string(&say(language, Msg::new("init-meeting-location"))),
        yaml_string(&say(language, Msg::new("init-agenda-welcome"))),
        yaml_string(&say(language, Msg::new("init-agenda-work"))),
    );
    vec![
        (
            format!("content/{}", meetings.index()),
            page(
                &meetings.title,
                "page_kind: meeting\nweight: 2\n",
                "",
                Some(&say(language, Msg::new("init-meetings-description"))),
            ),
        ),
        (
            format!("content/{}/{date}-{}.md", meetings.folder, slugify(&title)),
            page(&title, &fields, "", None),
        ),
    ]
}

/// A page of key figures and its table in data/: a bar chart of a made-up
/// waiting time against the national median, as a draft (the preview shows
/// it; nothing is published) until the network puts its own figures in.
fn key_figures(language: Language) -> Vec<(String, String)> {
    let word = |id: &'static str| say(language, Msg::new(id));
    let title = word("init-figures-title");
    let file = format!("{}.csv", slugify(&title));
    let (category, value, median) = (
        word("init-figures-category"),
        word("init-figures-value"),
        word("init-figures-median"),
    );
    let mut csv = format!("{category};{value};{median}\n");
    for (n, days) in [(1, 18), (2, 26), (3, 31), (4, 22)] {
        let row = say(language, Msg::new("init-figures-row").arg("n", n));
        csv.push_str(&format!("{row};{days};24\n"));
    }
    let chart = format!(
        "```chart\ndata: {file}\ntitle: {}\nx: {category}\ny: {value}\nreference: {median}\nreference_label: {}\nunit: {}\n```",
        yaml_string(&word("init-figures-chart")),
        yaml_string(&word("init-figures-median-label")),
        yaml_string(&word("init-figures-unit")),
    );
    let guide = say(
        language,
        Msg::new("init-figures-guide").arg("file", format!("data/{file}")),
    );
    vec![
        (format!("data/{file}"), csv),
        (
            format!("content/{}.md", slugify(&title)),
            page(
                &title,
                &format!("draft: true\nweight: 4\n# {guide}\n"),
                &format!("{}\n\n{chart}", word("init-figures-body")),
                Some(&word("init-figures-description")),
            ),
        ),
    ]
}

/// `[accessibility]`: a Swedish portal's statement, honest for a new site
/// (partly conforming: its content is not reviewed yet), for the network to
/// fill in; elsewhere the statement is published with the agency, and what
/// to write once it is.
fn accessibility(language: Language, today: jiff::civil::Date) -> String {
    let elsewhere = match language {
        Language::Sv => None,
        Language::Nb | Language::Nn => {
            Some("country = \"no\"\n# uustatus = \"https://uustatus.no/…\"")
        }
        Language::Da => Some("country = \"dk\"\n# was = \"https://www.was.digst.dk/…\""),
        Language::En => Some("country = \"se\"   # se, no or dk"),
    };
    if let Some(keys) = elsewhere {
        return format!(
            "\n# The accessibility statement, linked from every page once it is published\n# (README.md of Stegvis, \"Publishing lawfully\", lists what each country asks).\n# [accessibility]\n# {keys}\n"
        );
    }
    format!(
        "\n# The accessibility statement Stegvis writes and links from every page\n# (Sweden: every item Digg asks for). Fill in your organisation and contact.\n[accessibility]\ncountry = \"se\"\norganisation = {}\ncontact = \"tillganglighet@example.org\"\nconformance = \"partial\"\nassessed = {today}\nmethod = {}\nknown_problems = [{}]\n",
        toml_string(&say(language, Msg::new("init-a11y-organisation"))),
        toml_string(&say(language, Msg::new("init-a11y-method"))),
        toml_string(&say(language, Msg::new("init-a11y-known"))),
    )
}

/// A message of the new portal's text, or of what init says, in its language.
fn say(language: Language, msg: Msg) -> String {
    super::say(language, &msg)
}

/// What the editor is told to do with a page, as a comment of its front
/// matter: never published, as text of the page would be.
fn guide(language: Language, id: &'static str) -> String {
    format!("# {}\n", say(language, Msg::new(id)))
}

/// A page: its title, description and `fields` as front matter, then `body`.
fn page(title: &str, fields: &str, body: &str, description: Option<&str>) -> String {
    let description = description
        .map(|text| format!("description: {}\n", yaml_string(text)))
        .unwrap_or_default();
    let body = if body.is_empty() {
        String::new()
    } else {
        format!("\n{body}\n")
    };
    format!(
        "---\ntitle: {}\n{description}{fields}---\n{body}",
        yaml_string(title)
    )
}

fn toml_string(text: &str) -> String {
    toml::Value::String(text.to_string()).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoted_strings_survive_their_parsers() {
        let text = "Team \"Norr\" \\ Väst";
        let yaml: String = serde_saphyr::from_str(&yaml_string(text)).expect("yaml");
        assert_eq!(yaml, text);
        // On one line, whatever it holds: a page's front matter cannot end in it.
        for text in [
            "A\n---\nkind: step",
            "\r\t\u{1b}[2J\u{7}\u{2028}\u{feff}x",
            "\u{85}",
        ] {
            let quoted = yaml_string(text);
            assert!(!quoted.contains(|ch: char| ch.is_control()), "{quoted:?}");
            let yaml: String = serde_saphyr::from_str(&quoted).expect("yaml");
            assert_eq!(yaml, text);
        }
        let toml: toml::Value =
            toml::from_str(&format!("x = {}", toml_string(text))).expect("toml");
        assert_eq!(toml["x"].as_str(), Some(text));
    }
}
