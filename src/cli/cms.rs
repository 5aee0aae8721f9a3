//! `stegvis cms`: writes the browser editor's configuration (Decap CMS),
//! generated from the kinds and the site's sections, and its admin page into
//! `static/admin/`. A file there that `stegvis cms` did not write is kept
//! unless `--force`.

use std::path::{Path, PathBuf};

use super::{ExitCode, say};
use crate::config::Language;
use crate::findings::Msg;

/// The first line of each file `stegvis cms` writes: it may write them again.
const CONFIG_MARK: &str = "# Written by `stegvis cms`";
const PAGE_MARK: &str = "<!doctype html>\n<!-- Written by stegvis cms";

#[derive(Debug, clap::Args)]
pub(crate) struct CmsArgs {
    /// The site folder (with site.toml and content/)
    #[arg(long, default_value = ".")]
    pub root: PathBuf,
    /// Where the admin page loads Decap CMS from: a path beside it in
    /// static/admin/ (the default, a copy the portal hosts) or an address
    #[arg(long, default_value = crate::cms::DEFAULT_SCRIPT)]
    pub script: String,
    /// The port of the local backend that `stegvis serve` answers
    #[arg(long, default_value_t = crate::cms::LOCAL_BACKEND_PORT)]
    pub backend_port: u16,
    /// Replace files in static/admin/ that stegvis cms did not write
    #[arg(long)]
    pub force: bool,
    /// Write `kind:` into the pages that take their kind from their section,
    /// so that the editor lists them
    #[arg(long)]
    pub add_kinds: bool,
    /// Show what would change in static/admin/config.yml, and write nothing
    #[arg(long)]
    pub dry_run: bool,
    /// Save changes as drafts for review (Decap's editorial workflow): a
    /// change reaches the portal when its pull request is merged
    #[arg(long)]
    pub editorial_workflow: bool,
}

pub(crate) fn run(args: &CmsArgs) -> ExitCode {
    let options = crate::BuildOptions {
        drafts: crate::Drafts::Include,
        ..crate::BuildOptions::default()
    };
    let resolved = crate::config::read(&args.root, &options.overrides)
        .map_err(crate::Error::from)
        .and_then(|config| crate::read_site(&args.root, config, &options, None));
    let resolved = match resolved {
        Ok(resolved) => resolved,
        Err(error) => {
            super::print_fatal_human(&error, &args.root);
            return ExitCode::UsageOrConfig;
        }
    };
    let mut findings = crate::findings::Findings::default();
    let strings = crate::render::strings::read(&resolved.sources.strings, &mut findings);
    let language = resolved.config.language;
    let prefix = repository_folder(&args.root);
    let setup = crate::cms::Setup {
        repository_prefix: &prefix,
        local_backend_port: args.backend_port,
        editorial_workflow: args.editorial_workflow,
    };
    let generated = crate::cms::config(
        &resolved.site,
        &resolved.config,
        strings.get(language),
        &setup,
    );
    let page = crate::cms::admin_page(&resolved.config, &args.script);
    let paths = match AdminPaths::checked(args) {
        Ok(paths) => paths,
        Err(why) => {
            errln!("error: {}", say(language, &why));
            return ExitCode::UsageOrConfig;
        }
    };
    let AdminPaths {
        admin,
        config: config_path,
        page: page_path,
        base: base_path,
        script: script_path,
        style: style_path,
        data: data_path,
    } = paths;
    let (config, kept) = match merged_config(&config_path, &base_path, &generated, args.force) {
        Ok(merged) => merged,
        Err(why) => {
            let path = shown(&args.root, &config_path);
            errln!("error: {path}: {}", say(language, &why));
            return ExitCode::UsageOrConfig;
        }
    };
    for kept in &kept {
        errln!("note: {}", kept_note(language, kept));
    }
    if args.dry_run {
        let before = std::fs::read_to_string(&config_path).unwrap_or_default();
        outln!(
            "{}",
            config_diff(&before, &config, &shown(&args.root, &config_path))
        );
        return ExitCode::Success;
    }
    let merged = crate::cms::read_yaml(&config).unwrap_or_else(|_| generated.clone());
    let script = crate::cms::editor_script(
        &resolved.site,
        &resolved.config,
        strings.get(language),
        &merged,
    );
    let style = crate::cms::preview_style(&resolved.sources, &resolved.config);
    let files = [
        (config_path, config),
        (page_path, page),
        (base_path, crate::cms::base_yaml(&generated)),
        (script_path, script),
        (style_path, style),
        (data_path, crate::cms::data_list(&resolved.site)),
    ];
    if let Err(why) = write_files(&args.root, &admin, &files) {
        errln!("error: {}", say(language, &why));
        return ExitCode::ContentErrors;
    }
    pages_without_their_kind(args, &resolved.site, language);
    if !args.script.contains("://") && !admin.join(&args.script).is_file() {
        let msg = Msg::new("cms-no-decap").arg("script", &args.script);
        errln!("note: {}", say(language, &msg));
    }
    ExitCode::Success
}

/// The files of `static/admin/` that `stegvis cms` writes.
struct AdminPaths {
    admin: PathBuf,
    config: PathBuf,
    page: PathBuf,
    base: PathBuf,
    script: PathBuf,
    style: PathBuf,
    data: PathBuf,
}

impl AdminPaths {
    /// Each in the site, reached through no link, and (unless `--force`)
    /// written by stegvis cms if it is there; else what is wrong.
    fn checked(args: &CmsArgs) -> Result<AdminPaths, Msg> {
        let admin = super::site_place(&args.root, Path::new("static/admin"))?;
        let paths = AdminPaths {
            config: admin.join("config.yml"),
            page: admin.join("index.html"),
            base: admin.join(crate::cms::BASE_FILE),
            script: admin.join(crate::cms::EDITOR_SCRIPT),
            style: admin.join(crate::cms::PREVIEW_STYLE),
            data: args.root.join(crate::cms::DATA_LIST),
            admin,
        };
        let marked = [
            (&paths.config, Some(CONFIG_MARK)),
            (&paths.page, Some(PAGE_MARK)),
            (&paths.base, None),
            (&paths.script, Some(crate::cms::GENERATED_MARK)),
            (&paths.style, Some(crate::cms::GENERATED_MARK)),
            (&paths.data, None),
        ];
        for (path, mark) in marked {
            let relative = path.strip_prefix(&args.root).unwrap_or(path);
            super::site_place(&args.root, relative)?;
            if let Some(mark) = mark
                && !args.force
                && written_by_someone_else(path, mark)
            {
                return Err(Msg::new("cms-not-ours").arg("path", shown(&args.root, path)));
            }
        }
        Ok(paths)
    }
}

/// Writes each file into `admin`, and its path on stdout; stops at the
/// first that cannot be written.
fn write_files(root: &Path, admin: &Path, files: &[(PathBuf, String)]) -> Result<(), Msg> {
    for (path, text) in files {
        let written = std::fs::create_dir_all(admin).and_then(|()| std::fs::write(path, text));
        if let Err(error) = written {
            let path = path.strip_prefix(root).unwrap_or(path);
            return Err(super::cannot_write(path, &error));
        }
        outln!("{}", shown(root, path));
    }
    Ok(())
}

/// Pages a collection would not list, as they do not write their kind:
/// named, or given their kind with `--add-kinds`.
fn pages_without_their_kind(args: &CmsArgs, site: &crate::resolve::Site, language: Language) {
    let unlisted = crate::cms::unlisted(site);
    if args.add_kinds {
        for (content_path, kind) in &unlisted {
            let path = args.root.join(crate::load::CONTENT_DIR).join(content_path);
            match add_kind(&path, &args.root, kind.name()) {
                Ok(()) => outln!("{}", shown(&args.root, &path)),
                Err(why) => errln!("error: {}", say(language, &why)),
            }
        }
    } else if !unlisted.is_empty() {
        let listed: Vec<String> = unlisted
            .iter()
            .take(5)
            .map(|(content_path, _)| format!("content/{content_path}"))
            .collect();
        let pages = format!(
            "{}{}",
            listed.join(", "),
            if unlisted.len() > 5 { ", …" } else { "" }
        );
        let msg = Msg::new("cms-unlisted")
            .num("count", unlisted.len())
            .arg("pages", pages);
        errln!("note: {}", say(language, &msg));
    }
}

/// The configuration to write: what the site says, merged into the file as
/// it is (every choice made by hand kept), or the site's alone where there
/// is no file or `--force` replaces one that stegvis cms did not write.
fn merged_config(
    config_path: &Path,
    base_path: &Path,
    generated: &crate::cms::merge::Value,
    force: bool,
) -> Result<(String, Vec<crate::cms::merge::Kept>), Msg> {
    let existing = match std::fs::read_to_string(config_path) {
        Ok(text) => text,
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => {
            return Ok((crate::cms::config_yaml(generated), Vec::new()));
        }
        Err(error) => return Err(super::io_reason(&error)),
    };
    if force && !existing.starts_with(CONFIG_MARK) {
        return Ok((crate::cms::config_yaml(generated), Vec::new()));
    }
    let mine = crate::cms::read_yaml(&existing)
        .map_err(|why| Msg::new("cms-config-unreadable").arg("why", why))?;
    // A base that cannot be read is as none: nothing in the file is dropped.
    let base = std::fs::read_to_string(base_path)
        .ok()
        .and_then(|text| crate::cms::read_yaml(&text).ok());
    let (merged, kept) = crate::cms::merge::merge(base.as_ref(), &mine, generated);
    Ok((crate::cms::config_yaml(&merged), kept))
}

/// What was kept by hand, in the portal's language.
fn kept_note(language: Language, kept: &crate::cms::merge::Kept) -> String {
    use crate::cms::merge::KeptWhy;
    let id = match kept.why {
        KeptWhy::ChangedByHand => "cms-kept-changed",
        KeptWhy::GoneButChanged => "cms-kept-gone",
        KeptWhy::Unknown => "cms-kept-unknown",
    };
    let msg = Msg::new(id).arg("at", &kept.at);
    crate::findings::messages::text(language, &msg, None).unwrap_or_else(|| kept.at.clone())
}

/// A unified diff of the configuration, as `git diff` shows one.
fn config_diff(before: &str, after: &str, name: &str) -> String {
    let diff = similar::TextDiff::from_lines(before, after);
    let text = diff
        .unified_diff()
        .context_radius(3)
        .header(&format!("a/{name}"), &format!("b/{name}"))
        .to_string();
    if text.is_empty() {
        format!("{name}: no change")
    } else {
        text.trim_end().to_string()
    }
}

/// The site folder's path in its Git repository, with a `/` after it
/// (`portal/`), or nothing when the site is the repository (or in none).
pub(crate) fn repository_folder(root: &Path) -> String {
    let prefix = crate::findings::display_path(&super::repository_prefix(root));
    if prefix.is_empty() {
        prefix
    } else {
        format!("{prefix}/")
    }
}

/// Writes `kind: NAME` as the first line of the page's front matter; the
/// file is replaced whole (a new file renamed over it).
fn add_kind(path: &Path, root: &Path, kind: &str) -> Result<(), Msg> {
    let shown = path.strip_prefix(root).unwrap_or(path);
    let cannot = |error: std::io::Error| super::cannot_write(shown, &error);
    let text = std::fs::read_to_string(path).map_err(cannot)?;
    let (opening, rest) = match text.split_once('\n') {
        Some((first, rest)) if first.trim_end() == "---" => (first, rest),
        _ => {
            let path = crate::findings::display_path(shown);
            return Err(Msg::new("cms-no-front-matter").arg("path", path));
        }
    };
    let ending = if opening.ends_with('\r') {
        "\r\n"
    } else {
        "\n"
    };
    let new = format!("{opening}\nkind: {kind}{ending}{rest}");
    let temporary = path.with_extension("md.stegvis-new");
    std::fs::write(&temporary, new)
        .and_then(|()| std::fs::rename(&temporary, path))
        .map_err(cannot)
}

fn written_by_someone_else(path: &Path, mark: &str) -> bool {
    match std::fs::read_to_string(path) {
        Ok(text) => !text.starts_with(mark),
        Err(error) => error.kind() != std::io::ErrorKind::NotFound,
    }
}

fn shown(root: &Path, path: &Path) -> String {
    crate::findings::display_path(path.strip_prefix(root).unwrap_or(path))
}
