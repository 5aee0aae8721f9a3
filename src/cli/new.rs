//! `stegvis new KIND "Title"`: writes a new page of that kind into the section
//! where such pages live, with its front matter filled in, and prints its path.
//! It never overwrites a file, and the site still builds afterwards.

use std::io::Write as _;
use std::path::{Path, PathBuf};

use crate::kinds::Kind;
use crate::parse::{Role, SECTION_FILE};
use crate::resolve::Site;
use crate::slug::slugify;

use super::ExitCode;

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub(crate) enum NewKind {
    Meeting,
    Step,
    Template,
    Material,
    Page,
}

impl NewKind {
    fn kind(self) -> Kind {
        match self {
            NewKind::Meeting => Kind::Meeting,
            NewKind::Step => Kind::Step,
            NewKind::Template => Kind::Template,
            NewKind::Material => Kind::Material,
            NewKind::Page => Kind::Page,
        }
    }
}

#[derive(Debug, clap::Args)]
pub(crate) struct NewArgs {
    /// What to write: meeting, step, template, material or page
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
}

pub(crate) fn run(args: &NewArgs) -> ExitCode {
    let options = crate::BuildOptions {
        drafts: crate::Drafts::Include,
        ..crate::BuildOptions::default()
    };
    let (config, site) = match crate::resolve_site(&args.root, &options) {
        Ok(model) => model,
        Err(error) => {
            super::print_fatal(&error);
            return ExitCode::UsageOrConfig;
        }
    };
    let kind = args.kind.kind();
    let folder = match &args.section {
        Some(section) => section
            .trim_matches('/')
            .trim_end_matches(SECTION_FILE)
            .trim_end_matches('/')
            .to_string(),
        None => home_of(&site, kind),
    };
    let content_dir = args.root.join(crate::load::CONTENT_DIR);
    let folder_path = if folder.is_empty() {
        content_dir.clone()
    } else {
        content_dir.join(&folder)
    };
    if !folder_path.is_dir() {
        errln!(
            "error: there is no folder content/{folder}; name a folder under content/ with --section"
        );
        return ExitCode::UsageOrConfig;
    }
    let slug = slugify(&args.title);
    if slug.is_empty() {
        errln!(
            "error: the title \"{}\" has no letters or digits to make a file name from",
            args.title
        );
        return ExitCode::UsageOrConfig;
    }
    let new = crate::kinds::New {
        today: crate::today(&config),
        slug: &slug,
        next_weight: next_weight(&site, &folder),
    };
    let Some(scaffold) = kind.scaffold(&new) else {
        errln!("error: stegvis new cannot write a {}", kind.name());
        return ExitCode::UsageOrConfig;
    };
    let path = if scaffold.bundle {
        folder_path.join(&slug).join(crate::parse::BUNDLE_FILE)
    } else {
        folder_path.join(format!("{slug}.md"))
    };
    let section_kind = section_page_kind(&site, &folder);
    let text = front_matter(kind, section_kind, &args.title, &scaffold);
    match write_new(&path, &text) {
        Ok(()) => {
            let shown = path.strip_prefix(&args.root).unwrap_or(&path);
            outln!("{}", crate::findings::display_path(shown));
            if let Some(hint) = scaffold.hint {
                let folder = path.parent().unwrap_or(&path);
                let folder = folder.strip_prefix(&args.root).unwrap_or(folder);
                errln!(
                    "{}",
                    hint.replace("{folder}", &crate::findings::display_path(folder))
                );
            }
            ExitCode::Success
        }
        Err(error) => {
            errln!("error: cannot write {}: {error}", path.display());
            ExitCode::ContentErrors
        }
    }
}

/// Creates the file; an existing file is an error, never overwritten.
fn write_new(path: &Path, text: &str) -> std::io::Result<()> {
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
/// kind, else the section holding most pages of that kind, else content/.
fn home_of(site: &Site, kind: Kind) -> String {
    let folder_of = |idx: usize| {
        let content_path = &site.pages[idx].document.content_path;
        content_path
            .trim_end_matches(SECTION_FILE)
            .trim_end_matches('/')
            .to_string()
    };
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
    most.map_or_else(String::new, |(_, std::cmp::Reverse(idx))| folder_of(idx))
}

fn section_page_kind(site: &Site, folder: &str) -> Option<String> {
    let index = if folder.is_empty() {
        String::from(SECTION_FILE)
    } else {
        format!("{folder}/{SECTION_FILE}")
    };
    match site.targets.get(&index) {
        Some(crate::resolve::Target::Page(idx)) => site.pages[*idx]
            .document
            .front_matter
            .page_kind
            .as_ref()
            .map(|kind| kind.text.clone()),
        _ => None,
    }
}

/// The whole front matter: the title, the kind unless the section's
/// `page_kind` gives it, then the kind's own scaffold.
fn front_matter(
    kind: Kind,
    section_kind: Option<String>,
    title: &str,
    scaffold: &crate::kinds::Scaffold,
) -> String {
    let mut text = format!(
        "---\ntitle: \"{}\"\n",
        title.replace('\\', "\\\\").replace('"', "\\\"")
    );
    if section_kind.as_deref() != Some(kind.name()) && kind != Kind::Page {
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
