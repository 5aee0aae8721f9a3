//! The whole process on one page (issue 38): for each process, `utskrift/`
//! below it holds every phase and step in order, each step's text and the
//! templates it uses, for reading through and printing on A4 (the theme's
//! print style starts each phase on a new sheet and writes links out as
//! their addresses). The steps' texts are rendered as on their own pages,
//! their headings set below the step's and every id made unique on the page.

use std::sync::LazyLock;

use regex::{Captures, Regex};

use super::view::ViewContext;
use super::{Emit, Renderer, body, context, data, pages};
use crate::kinds::process::view::{print_segment, printed, processes};

/// Each process's printable page, unless a page of the site's own has
/// its address.
pub(crate) fn generate(renderer: &Renderer<'_>, emit: &mut Emit) {
    let site = renderer.site;
    for process in processes(site) {
        let page = &site.pages[process];
        let folder = page.output_path();
        let folder = folder.strip_suffix("index.html").unwrap_or(&folder);
        let path = format!("{folder}{}/index.html", print_segment(page.language));
        if emit.contains(&path) {
            continue;
        }
        let view = ViewContext::of_page(
            site,
            process,
            renderer.config,
            &renderer.strings,
            renderer.now,
        );
        let mut print = printed(&view);
        let blocks = pages::block_context(renderer, page.language);
        let steps = print.phases.iter_mut().flat_map(|phase| &mut phase.steps);
        for (n, step) in steps.enumerate() {
            let html = body::html(
                &site.pages[step.page],
                &|index, block| data::html(index, block, &blocks),
                &blocks.callout_titles,
            );
            step.content = nested(&html, &format!("s{}-", n + 1));
        }
        let url = crate::resolve::Site::href(renderer.config, &path);
        let mut context = context::plain_context(site, renderer.config, &renderer.strings, &url);
        let strings = renderer.strings.get(page.language);
        context.insert("lang", page.language.code());
        context.insert_value("t", strings.shared_texts().0);
        let title = strings
            .texts
            .get("print_title")
            .map_or_else(String::new, |text| {
                text.replace("{title}", &print.process.title)
            });
        context.insert("print", &PrintPage { title, print });
        emit.html(renderer, path, "process-print.html", &context);
    }
}

#[derive(serde::Serialize)]
struct PrintPage {
    title: String,
    #[serde(flatten)]
    print: crate::kinds::process::view::PrintView,
}

/// A step's HTML as part of the whole: its headings two levels down
/// (below the phase's `<h2>` and the step's `<h3>`), and every id it
/// defines or points to prefixed with `prefix`, so that two steps'
/// "Syfte" headings or charts do not share an id.
fn nested(html: &str, prefix: &str) -> String {
    static HEADING: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"<(/?)h([1-6])\b").expect("a valid pattern"));
    static IDS: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r#"\b(id|for|headers|aria-labelledby|aria-describedby|aria-controls)="([^"]*)""#)
            .expect("a valid pattern")
    });
    static FRAGMENT: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r##"(href="#|url\(#)"##).expect("a valid pattern"));
    let html = HEADING.replace_all(html, |found: &Captures<'_>| {
        let level: u8 = found[2].parse().unwrap_or(2);
        format!("<{}h{}", &found[1], (level + 2).min(6))
    });
    let html = IDS.replace_all(&html, |found: &Captures<'_>| {
        let ids: Vec<String> = found[2]
            .split_whitespace()
            .map(|id| format!("{prefix}{id}"))
            .collect();
        format!("{}=\"{}\"", &found[1], ids.join(" "))
    });
    FRAGMENT
        .replace_all(&html, |found: &Captures<'_>| {
            format!("{}{prefix}", &found[1])
        })
        .into_owned()
}

#[cfg(test)]
mod tests {
    use super::nested;

    #[test]
    fn a_step_s_headings_go_two_levels_down_and_its_ids_get_the_step_s_prefix() {
        let html = r##"<h2 id="syfte">Syfte</h2><p><a href="#syfte">upp</a> <a href="/om/#mal">om</a></p><svg aria-labelledby="chart-1-title chart-1-desc"><title id="chart-1-title">T</title><rect fill="url(#chart-1-hatch)"/></svg><h5>Djupt</h5>"##;
        assert_eq!(
            nested(html, "s3-"),
            r##"<h4 id="s3-syfte">Syfte</h4><p><a href="#s3-syfte">upp</a> <a href="/om/#mal">om</a></p><svg aria-labelledby="s3-chart-1-title s3-chart-1-desc"><title id="s3-chart-1-title">T</title><rect fill="url(#s3-chart-1-hatch)"/></svg><h6>Djupt</h6>"##
        );
    }
}
