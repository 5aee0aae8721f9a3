//! What kinds ask while they read their fields (`Names`, the `kinds::Lookup`
//! of this build: front-matter references → pages, a template's `file:` →
//! its attachment), and for every page who names or links to it ("Used in").

use crate::kinds::{Fields, Found, Kind, Lookup};
use crate::parse::Document;

use super::Target;
use super::links::{PageLinks, join, lookup, relative_to, suggest};
use super::urls::{RouteTable, split_path};

/// The pages and files of the build, with the kind of every page.
pub(crate) struct Names<'n> {
    pub routes: &'n dyn RouteTable,
    pub kinds: &'n [Kind],
    pub tables: &'n crate::data::Tables,
}

impl Names<'_> {
    fn found(&self, target: Option<Target>) -> Found {
        match target {
            Some(Target::Page(idx)) => Found::Page(idx, self.kinds[idx]),
            Some(Target::Attachment(idx)) => Found::Attachment(idx),
            Some(Target::Draft) => Found::Draft,
            Some(Target::Refused) => Found::Refused,
            None => Found::Nothing,
        }
    }
}

impl Lookup for Names<'_> {
    fn page(&self, content_path: &str) -> Found {
        self.found(lookup(self.routes.targets(), content_path))
    }

    fn file(&self, from: &Document, relative: &str) -> Found {
        match join(split_path(&from.content_path).0, relative) {
            None => Found::Outside,
            Some(content_path) => self.found(self.routes.targets().get(&content_path).copied()),
        }
    }

    fn suggest(&self, from: &Document, path: &str, relative: bool) -> Option<String> {
        let targets = self.routes.targets();
        if !relative {
            return suggest(targets, path, Some(&from.content_path));
        }
        let content_path = join(split_path(&from.content_path).0, path)?;
        suggest(targets, &content_path, Some(&from.content_path))
            .map(|found| relative_to(&from.content_path, &found))
    }

    fn table(&self, name: &str) -> Option<&crate::data::Table> {
        self.tables.get(name)
    }

    fn table_names(&self) -> Vec<&str> {
        self.tables.keys().map(String::as_str).collect()
    }

    fn table_unreadable(&self, name: &str) -> bool {
        self.tables.is_unreadable(name)
    }
}

/// For each page, the pages that name it in front matter or link to it, in page order.
pub(crate) fn referenced_by(fields: &[Fields], links: &[PageLinks]) -> Vec<Vec<usize>> {
    let mut referenced_by: Vec<Vec<usize>> = vec![Vec::new(); fields.len()];
    for (idx, (fields, links)) in fields.iter().zip(links).enumerate() {
        let named = fields
            .references()
            .into_iter()
            .filter_map(|reference| reference.target);
        for target in named.chain(links.pages.iter().copied()) {
            if target != idx {
                referenced_by[target].push(idx);
            }
        }
    }
    for list in &mut referenced_by {
        list.sort_unstable();
        list.dedup();
    }
    referenced_by
}
