//! The Tera templates of the theme, compiled once; template errors become
//! findings at the template file and line (one per defect, with the number
//! of pages it affects).

use std::collections::BTreeMap;
use std::path::PathBuf;

use crate::config::SiteConfig;
use crate::findings::{Finding, Findings, Kind, LineIndex, Span};
use crate::load::TemplateFile;
use crate::parse::Document;

use super::context;

pub(crate) struct Theme {
    tera: tera::Tera,
    /// Template name → its file and text, for placing findings.
    files: BTreeMap<String, (PathBuf, String)>,
}

impl Theme {
    /// Compiles every template; `None` (with findings) if any does not compile.
    pub(crate) fn new(
        templates: &[TemplateFile],
        config: &SiteConfig,
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
        if let Err(error) = tera.add_raw_templates(
            templates
                .iter()
                .map(|file| (file.name.as_str(), file.text.as_str())),
        ) {
            findings.push(finding_from(&error, &files, None));
            return None;
        }
        tera.global_context()
            .insert("site", &context::site_view(config));
        Some(Theme { tera, files })
    }

    pub(crate) fn contains(&self, template: &str) -> bool {
        self.tera.contains_template(template)
    }

    /// Renders one template; an error names the template, or the page when
    /// the page asked for a template that does not exist.
    pub(crate) fn render(
        &self,
        template: &str,
        context: &tera::Context,
        page: Option<&Document>,
    ) -> Result<String, Box<Finding>> {
        if !self.tera.contains_template(template) {
            let known: Vec<&str> = self.tera.get_template_names().collect();
            let finding = match page {
                Some(document) => Finding::error(
                    Kind::Frontmatter,
                    &document.path,
                    crate::msg!("template-unknown", template = template),
                )
                .target("template")
                .suggest(
                    crate::findings::closest(template, known.iter().copied()).map(String::from),
                )
                .at_span(
                    &document.line_index,
                    &document.text,
                    document.field_reader().key_span("template"),
                ),
                None => Finding::error(
                    Kind::Template,
                    "templates",
                    crate::msg!("template-missing", template = template),
                ),
            };
            return Err(Box::new(finding));
        }
        self.tera
            .render(template, context)
            .map_err(|error| Box::new(finding_from(&error, &self.files, Some(template))))
    }
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
        || error.kind().to_string(),
        |report| report.message().to_string(),
    );
    let Some((origin, text)) = files.get(&name) else {
        return Finding::error(
            Kind::Template,
            PathBuf::from("templates").join(&name),
            crate::msg!("template-error", detail = message),
        );
    };
    let mut finding = Finding::error(
        Kind::Template,
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
        let key = (finding.file.clone(), finding.span, finding.message.clone());
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
