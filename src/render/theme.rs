//! The Tera templates of the theme, compiled once; template errors become
//! findings at the template file and line (one per defect, with the number
//! of pages it affects).

use std::collections::BTreeMap;
use std::path::PathBuf;

use crate::config::SiteConfig;
use crate::findings::{Finding, FindingKind, Findings, LineIndex, Span};
use crate::load::TemplateFile;
use crate::parse::Document;

use super::context;

pub(crate) struct Theme {
    tera: tera::Tera,
    /// Template name → its file and text, for placing findings.
    files: BTreeMap<String, (PathBuf, String)>,
    /// Templates that do not compile with the others (a theme's template
    /// whose parent this site overrides without its blocks), each with its
    /// finding: an error only for the pages that use one.
    broken: BTreeMap<String, Finding>,
    /// The Content-Security-Policy its pages carry (`site.csp`).
    pub(crate) csp: String,
    /// The other origins the site loads (`privacy::loaded_origins`).
    pub(crate) origins: std::collections::BTreeSet<String>,
}

impl Theme {
    /// Compiles every template; `None` (with findings) if any does not compile.
    pub(crate) fn new(
        templates: &[TemplateFile],
        config: &SiteConfig,
        site: &crate::resolve::Site,
        strings: &super::strings::Strings,
        findings: &mut Findings,
    ) -> Option<Theme> {
        let files: BTreeMap<String, (PathBuf, String)> = templates
            .iter()
            .map(|file| (file.name.clone(), (file.origin.clone(), file.text.clone())))
            .collect();
        let mut tera = tera::Tera::new();
        // Templates are added one by one so that each broken one is reported, then
        // all together, which checks `extends` and `include` across them.
        let mut broken = false;
        for file in templates {
            let mut alone = tera::Tera::new();
            if let Err(error) = alone.add_raw_template(&file.name, &file.text)
                && matches!(error.kind(), tera::ErrorKind::SyntaxError(_))
            {
                findings.push(finding_from(&error, &files, Some(&file.name)));
                broken = true;
            }
        }
        if broken {
            return None;
        }
        let mut broken = BTreeMap::new();
        if let Err(error) = tera.add_raw_templates(
            templates
                .iter()
                .map(|file| (file.name.as_str(), file.text.as_str())),
        ) {
            // Which templates fail: each with what it needs, alone. Those
            // that compile so compile together, since each one's needs do.
            broken = isolate(templates, &files);
            if broken.is_empty() {
                findings.push(finding_from(&error, &files, None));
                return None;
            }
            tera = tera::Tera::new();
            if let Err(error) = tera.add_raw_templates(
                templates
                    .iter()
                    .filter(|file| !broken.contains_key(&file.name))
                    .map(|file| (file.name.as_str(), file.text.as_str())),
            ) {
                findings.push(finding_from(&error, &files, None));
                return None;
            }
        }
        let origins = super::privacy::loaded_origins(site, templates, config);
        let csp = super::privacy::content_security_policy(&origins);
        tera.global_context().insert(
            "site",
            &context::site_view(
                config,
                csp.clone(),
                super::privacy::cookies_page(config.language),
                super::accessibility::link(config, strings),
            ),
        );
        Some(Theme {
            tera,
            files,
            broken,
            csp,
            origins,
        })
    }

    pub(crate) fn contains(&self, template: &str) -> bool {
        self.tera.contains_template(template) || self.broken.contains_key(template)
    }

    /// Renders one template into its bytes (UTF-8: Tera writes only
    /// strings); an error names the template, or the page when the page
    /// asked for a template that does not exist.
    pub(crate) fn render(
        &self,
        template: &str,
        context: &tera::Context,
        page: Option<&Document>,
    ) -> Result<Vec<u8>, Box<Finding>> {
        if let Some(finding) = self.broken.get(template) {
            return Err(Box::new(finding.clone()));
        }
        if !self.tera.contains_template(template) {
            let known: Vec<&str> = self.tera.get_template_names().collect();
            let finding = match page {
                Some(document) => Finding::error(
                    FindingKind::Frontmatter,
                    &document.path,
                    crate::msg!("template-unknown", template = template),
                )
                .target("template")
                .suggest(
                    crate::findings::closest(template, known.iter().copied()).map(String::from),
                )
                .at_span(
                    &document.line_index,
                    &document.text(),
                    document.field_reader().key_span("template"),
                ),
                None => Finding::error(
                    FindingKind::Template,
                    "templates",
                    crate::msg!("template-missing", template = template),
                ),
            };
            return Err(Box::new(finding));
        }
        // Room for what this thread rendered last, and a little more: the
        // pages of a section are alike, and a 45 kB page grown from the
        // template's size was copied five times on the way.
        thread_local! {
            static LAST_LEN: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
        }
        let room = LAST_LEN.with(std::cell::Cell::get);
        let mut html = Vec::with_capacity(room + room / 8);
        self.tera
            .render_to(template, context, &mut html)
            .map_err(|error| Box::new(finding_from(&error, &self.files, Some(template))))?;
        LAST_LEN.with(|last| last.set(html.len()));
        // Not shrunk here: a page written to disk is let go at once, and
        // the minifier makes a new one. What is kept is shrunk where it is.
        Ok(html)
    }
}

/// The templates that do not compile with what they need (what they
/// extend, include and import, and every template that defines components),
/// each with its finding; when the theme's template fails because of one
/// the site overrides, the finding names the override.
fn isolate(
    templates: &[TemplateFile],
    files: &BTreeMap<String, (PathBuf, String)>,
) -> BTreeMap<String, Finding> {
    let by_name: BTreeMap<&str, &TemplateFile> = templates
        .iter()
        .map(|file| (file.name.as_str(), file))
        .collect();
    let components: Vec<&str> = templates
        .iter()
        .filter(|file| file.text.contains("{% component") || file.text.contains("{%- component"))
        .map(|file| file.name.as_str())
        .collect();
    let mut broken = BTreeMap::new();
    for file in templates {
        let mut needed: Vec<&str> = vec![file.name.as_str()];
        let mut at = 0;
        while at < needed.len() {
            let name = needed[at];
            at += 1;
            let Some(text) = by_name.get(name).map(|file| file.text.as_str()) else {
                continue;
            };
            for dependency in dependencies(text)
                .into_iter()
                .chain(components.iter().copied())
            {
                if !needed.contains(&dependency) {
                    needed.push(dependency);
                }
            }
        }
        let mut alone = tera::Tera::new();
        let Err(error) = alone.add_raw_templates(
            needed
                .iter()
                .filter_map(|name| by_name.get(name))
                .map(|file| (file.name.as_str(), file.text.as_str())),
        ) else {
            continue;
        };
        let mut finding = finding_from(&error, files, Some(&file.name));
        let overrides: Vec<String> = needed
            .iter()
            .filter(|name| **name != file.name)
            .filter_map(|name| by_name.get(name))
            .filter(|dependency| {
                !dependency
                    .origin
                    .starts_with(crate::load::DEFAULT_THEME_ORIGIN)
            })
            .map(|dependency| crate::findings::display_path(&dependency.origin))
            .collect();
        if file.origin.starts_with(crate::load::DEFAULT_THEME_ORIGIN) && !overrides.is_empty() {
            finding = finding.help(crate::msg!(
                "template-override-breaks",
                template = file.name,
                overrides = overrides.join(", ")
            ));
        }
        broken.insert(file.name.clone(), finding);
    }
    broken
}

/// Tera's report of several errors, each with an excerpt of its own, as
/// one line: the errors' own words, joined.
fn one_line(report: &str) -> String {
    let errors: Vec<&str> = report
        .lines()
        .filter_map(|line| line.strip_prefix("error: "))
        .collect();
    if errors.is_empty() {
        report.lines().next().unwrap_or_default().to_string()
    } else {
        errors.join("; ")
    }
}

/// The templates a template names in `extends`, `include` and `import`.
fn dependencies(text: &str) -> Vec<&str> {
    let mut found = Vec::new();
    let mut rest = text;
    while let Some(at) = rest.find("{%") {
        rest = &rest[at + 2..];
        let tag = rest.trim_start_matches('-').trim_start();
        let named = ["extends", "include", "import"]
            .iter()
            .find_map(|keyword| tag.strip_prefix(keyword))
            .map(str::trim_start)
            .and_then(|after| after.strip_prefix('"'))
            .and_then(|quoted| quoted.split_once('"'))
            .map(|(name, _)| name);
        if let Some(name) = named {
            found.push(name);
        }
    }
    found
}

fn finding_from(
    error: &tera::Error,
    files: &BTreeMap<String, (PathBuf, String)>,
    template: Option<&str>,
) -> Finding {
    let report = match error.kind() {
        tera::ErrorKind::SyntaxError(report) | tera::ErrorKind::RenderingError(report) => {
            Some(report)
        }
        _ => None,
    };
    let name = report
        .map(|report| report.filename().to_string())
        .filter(|name| !name.is_empty())
        .or_else(|| template.map(String::from))
        .unwrap_or_default();
    let message = report.map_or_else(
        || one_line(&error.kind().to_string()),
        |report| report.message().to_string(),
    );
    let Some((origin, text)) = files.get(&name) else {
        return Finding::error(
            FindingKind::Template,
            PathBuf::from("templates").join(&name),
            crate::msg!("template-error", detail = message),
        );
    };
    let mut finding = Finding::error(
        FindingKind::Template,
        origin,
        crate::msg!("template-error", detail = message),
    );
    if let Some(report) = report {
        let span = report.span();
        let index = LineIndex::new(text);
        finding = finding.at_span(
            &index,
            text,
            Span {
                line: span.start_line.max(1),
                column: span.start_col + 1,
            },
        );
    }
    finding
}

/// Counts the pages each template defect affects, so it is reported once.
#[derive(Default)]
pub(crate) struct FindingCounter {
    counted: BTreeMap<(PathBuf, Option<Span>, String), (Finding, usize)>,
}

impl FindingCounter {
    pub(crate) fn add(&mut self, finding: Finding) {
        let key = (finding.file.clone(), finding.span, finding.english());
        self.counted.entry(key).or_insert((finding, 0)).1 += 1;
    }

    pub(crate) fn into_findings(self) -> Vec<Finding> {
        self.counted
            .into_values()
            .map(|(finding, n_pages)| {
                if n_pages > 1 {
                    finding.on_pages(n_pages)
                } else {
                    finding
                }
            })
            .collect()
    }
}
