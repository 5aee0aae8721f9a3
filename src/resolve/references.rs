//! Front-matter references (`templates`, `materials`, `prepare`, `phases`)
//! → pages, checked for existence and kind; a template's `file:` → its
//! attachment; and for every page, who names or links to it ("Used in").

use crate::findings::{Finding, Findings, Kind as FindingKind};
use crate::kinds::Fields;

use super::links::{join, lookup, relative_to, suggest};
use super::urls::split_path;
use super::{Site, Target};

pub fn resolve(site: &mut Site, findings: &mut Findings) {
    for idx in 0..site.pages.len() {
        let mut fields = std::mem::take(&mut site.pages[idx].fields);
        let document = &site.pages[idx].document;
        for (field, expected, references) in fields.references_mut() {
            for reference in references.iter_mut() {
                let error = |message: String| {
                    Finding::error(FindingKind::Reference, &document.path, message)
                        .target(reference.path.clone())
                        .at_span(&document.line_index, &document.text, reference.span)
                };
                let path = reference.path.trim_start_matches('/');
                match lookup(site, path) {
                    Some(Target::Page(target)) if site.pages[target].kind == expected => {
                        reference.target = Some(target);
                    }
                    Some(Target::Page(target)) => findings.push(
                        error(format!(
                            "\"{}\" in {field} is a {}, not a {}",
                            reference.path,
                            site.pages[target].kind.name(),
                            expected.name()
                        ))
                        .help(format!("{field} lists {} pages only", expected.name())),
                    ),
                    Some(Target::Draft) => findings.push(
                        error(format!("\"{}\" in {field} is a draft and is not published", reference.path))
                            .help("publish it (draft: false), remove it from the list, or build with --drafts to preview"),
                    ),
                    // load reported it already: one defect, one finding.
                    Some(Target::Refused) => {}
                    Some(Target::Attachment(_)) | None => findings.push(
                        error(format!("no page \"{}\" for {field}", reference.path))
                            .suggest(suggest(site, path, Some(&document.content_path)))
                            .help("name the content file relative to content/, e.g. mallar/trafikrapport.md"),
                    ),
                }
            }
        }
        if let Fields::Template(template) = &mut fields
            && let Some((file, span)) = &template.file
        {
            let error = |kind: FindingKind, message: String| {
                Finding::error(kind, &document.path, message)
                    .target(file.clone())
                    .at_span(&document.line_index, &document.text, *span)
            };
            match join(split_path(&document.content_path).0, file) {
                None => findings.push(error(
                    FindingKind::Attachment,
                    format!("\"{file}\" lies outside content/"),
                )),
                Some(content_path) => match site.targets.get(&content_path) {
                    Some(Target::Attachment(attachment)) => template.attachment = Some(*attachment),
                    // A link out of the site, reported by load.
                    Some(Target::Refused) => {}
                    _ => findings.push(
                        error(
                            FindingKind::Attachment,
                            format!("no file \"{file}\" for the template"),
                        )
                        .suggest(
                            suggest(site, &content_path, Some(&document.content_path))
                                .map(|found| relative_to(&document.content_path, &found)),
                        )
                        .help("file: is relative to this page's folder, like a link in the text"),
                    ),
                },
            }
        }
        site.pages[idx].fields = fields;
    }

    let mut referenced_by: Vec<Vec<usize>> = vec![Vec::new(); site.pages.len()];
    for (idx, page) in site.pages.iter().enumerate() {
        let named = page
            .fields
            .references()
            .into_iter()
            .filter_map(|reference| reference.target);
        for target in named.chain(page.linked_pages.iter().copied()) {
            if target != idx {
                referenced_by[target].push(idx);
            }
        }
    }
    for list in &mut referenced_by {
        list.sort_unstable();
        list.dedup();
    }
    site.referenced_by = referenced_by;
}
