//! Heading ids: `{#custom-id}` as given, others slugged from the heading text
//! by SPEC's rules and made unique on the page with `-1`, `-2`, …; and the
//! ids GitHub's and GitLab's previews give the same headings, which links
//! copied from those previews name (issue 31): each leads to the heading's
//! own id.

use std::collections::{HashMap, HashSet};

use unicode_normalization::UnicodeNormalization;

use super::markdown::Heading;
use crate::slug::slugify;

/// Gives every heading its id and returns all ids of the page's body.
pub(crate) fn assign_ids(headings: &mut [Heading], raw_ids: &[String]) -> Vec<String> {
    let mut taken: HashSet<String> = raw_ids.iter().cloned().collect();
    taken.extend(
        headings
            .iter()
            .filter_map(|heading| heading.explicit_id.clone()),
    );
    let mut next_suffix: HashMap<String, usize> = HashMap::new();
    for heading in headings.iter_mut() {
        if let Some(explicit) = &heading.explicit_id {
            heading.id = explicit.clone();
            continue;
        }
        let mut base = slugify(&heading.text);
        if base.is_empty() {
            base = String::from("rubrik");
        }
        // The next suffix to try for each base, so that 10,000 headings of
        // one text take linear time, not a search from -1 each.
        let next = next_suffix.entry(base.clone()).or_insert(1);
        let mut id = base.clone();
        while taken.contains(&id) {
            id = format!("{base}-{next}");
            *next += 1;
        }
        taken.insert(id.clone());
        heading.id = id;
    }
    let mut ids: Vec<String> = raw_ids.to_vec();
    ids.extend(headings.iter().map(|heading| heading.id.clone()));
    ids
}

/// The ids the previews give the page's headings, each with the id the
/// heading carries here: GitHub's (also VS Code's and Hugo's default:
/// lowercase, letters, marks, digits, `_` and `-` kept, each space a `-`,
/// the rest dropped; a repeated one numbered `-1`, `-2`) and GitLab's (the
/// same, runs of `-` made one; repeats numbered by their base). A heading
/// with `{#id}` shows its `{#id}` as text there, so it has none.
pub(crate) fn preview_ids(headings: &[Heading]) -> Vec<(String, String)> {
    let mut aliases = Vec::new();
    let mut github_seen: HashMap<String, usize> = HashMap::new();
    let mut gitlab_seen: HashMap<String, usize> = HashMap::new();
    for heading in headings {
        // In NFC, as a link's fragment is compared: text typed on a Mac may be NFD.
        let github: String = github_id(&heading.text).nfc().collect();
        let gitlab = squeeze_dashes(&github);
        // github-slugger: the base's count goes up until a free id is found.
        let mut github_unique = github.clone();
        while github_seen.contains_key(&github_unique) {
            let count = github_seen.entry(github.clone()).or_insert(0);
            *count += 1;
            github_unique = format!("{github}-{count}");
        }
        github_seen.insert(github_unique.clone(), 0);
        let gitlab_count = gitlab_seen.entry(gitlab.clone()).or_insert(0);
        let gitlab_unique = if *gitlab_count > 0 {
            format!("{gitlab}-{gitlab_count}")
        } else {
            gitlab.clone()
        };
        *gitlab_count += 1;
        if heading.explicit_id.is_some() {
            continue;
        }
        let gitlab_unique = (gitlab_unique != github_unique).then_some(gitlab_unique);
        for alias in std::iter::once(github_unique).chain(gitlab_unique) {
            if !alias.is_empty() && alias != heading.id {
                aliases.push((alias, heading.id.clone()));
            }
        }
    }
    aliases
}

/// A heading's id as GitHub makes it, before numbering.
pub(crate) fn github_id(text: &str) -> String {
    use unicode_normalization::char::is_combining_mark;
    text.to_lowercase()
        .chars()
        .filter_map(|ch| match ch {
            ' ' => Some('-'),
            '-' | '_' => Some(ch),
            ch if ch.is_alphanumeric() || is_combining_mark(ch) => Some(ch),
            _ => None,
        })
        .collect()
}

fn squeeze_dashes(id: &str) -> String {
    let mut squeezed = String::with_capacity(id.len());
    for ch in id.chars() {
        if !(ch == '-' && squeezed.ends_with('-')) {
            squeezed.push(ch);
        }
    }
    squeezed
}

/// A `{#id}` the page already has (another heading's `{#id}`, or an id in
/// its raw HTML): the second is made into a finding at its heading.
pub(crate) fn duplicate_explicit_ids<F>(
    headings: &[Heading],
    raw_ids: &[String],
    finding: F,
) -> Vec<crate::findings::Finding>
where
    F: Fn(&str, usize) -> crate::findings::Finding,
{
    let mut seen: HashSet<&str> = raw_ids.iter().map(String::as_str).collect();
    let mut found = Vec::new();
    for heading in headings {
        if let Some(explicit) = heading.explicit_id.as_deref()
            && !seen.insert(explicit)
        {
            found.push(finding(explicit, heading.offset));
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(texts: &[(&str, Option<&str>)], expected: &[&str]) {
        let mut headings: Vec<Heading> = texts
            .iter()
            .map(|(text, explicit)| Heading {
                offset: 0,
                level: 2,
                text: text.to_string(),
                explicit_id: explicit.map(String::from),
                id: String::new(),
            })
            .collect();
        assign_ids(&mut headings, &[]);
        let ids: Vec<&str> = headings.iter().map(|heading| heading.id.as_str()).collect();
        assert_eq!(ids, expected);
    }

    #[test]
    fn many_headings_of_one_text_number_on_in_order() {
        let texts = vec![("Mål", None); 10_000];
        let mut expected = vec![String::from("mal")];
        expected.extend((1..10_000).map(|n| format!("mal-{n}")));
        let expected: Vec<&str> = expected.iter().map(String::as_str).collect();
        check(&texts, &expected);
        // A taken suffix is skipped, and the count goes on after it.
        check(
            &[
                ("Mål", None),
                ("x", Some("mal-1")),
                ("Mål", None),
                ("Mål", None),
            ],
            &["mal", "mal-1", "mal-2", "mal-3"],
        );
    }

    #[test]
    fn ids_are_slugs_made_unique() {
        check(
            &[
                ("Syfte", None),
                ("Syfte", None),
                ("Åtgärder", None),
                ("Syfte", None),
            ],
            &["syfte", "syfte-1", "atgarder", "syfte-2"],
        );
    }

    #[test]
    fn explicit_ids_win_and_are_not_reused() {
        check(&[("Mål", None), ("Annat", Some("mal"))], &["mal-1", "mal"]);
    }

    /// Level-2 headings of these texts, with their ids assigned.
    fn assigned(texts: &[&str]) -> Vec<Heading> {
        let mut headings: Vec<Heading> = texts
            .iter()
            .map(|text| Heading {
                offset: 0,
                level: 2,
                text: text.to_string(),
                explicit_id: None,
                id: String::new(),
            })
            .collect();
        assign_ids(&mut headings, &[]);
        headings
    }

    fn previews(texts: &[&str]) -> Vec<(String, String)> {
        preview_ids(&assigned(texts))
    }

    fn alias(alias: &str, id: &str) -> (String, String) {
        (alias.to_string(), id.to_string())
    }

    /// As github-slugger and GitLab's TableOfContentsFilter make them.
    #[test]
    fn the_previews_ids_lead_to_the_headings_own() {
        assert_eq!(
            previews(&["Förberedelse inför mötet"]),
            [alias(
                "förberedelse-inför-mötet",
                "forberedelse-infor-motet"
            )]
        );
        assert_eq!(
            previews(&["Steg 1 – planera"]),
            [alias("steg-1--planera", "steg-1-planera"),],
            "GitLab's is the same as ours"
        );
        assert_eq!(
            previews(&["Concatenating with + or format!"]),
            [alias(
                "concatenating-with--or-format",
                "concatenating-with-or-format"
            ),]
        );
        // Repeats: GitHub numbers the base until one is free, GitLab by the base.
        assert_eq!(
            previews(&["Mål", "Mål", "Mål"]),
            [
                alias("mål", "mal"),
                alias("mål-1", "mal-1"),
                alias("mål-2", "mal-2"),
            ]
        );
        assert_eq!(
            github_id("Ämne: Sjuk\u{AD}vård (2025)"),
            "ämne-sjukvård-2025"
        );
        assert_eq!(github_id("snake_case and  two"), "snake_case-and--two");
    }

    /// The ids github-slugger 2 (GitHub's own, on npm) gives these headings
    /// in this order, as `new GithubSlugger().slug(text)` printed them.
    #[test]
    fn githubs_ids_are_github_sluggers() {
        let texts = [
            "Förberedelse inför mötet",
            "Steg 1 – planera",
            "Concatenating with + or format!",
            "Mål",
            "Mål",
            "Mål",
            "Ämne: Sjuk\u{ad}vård (2025)",
            "snake_case and  two",
            "Åtgärder & uppföljning",
            "Blåbærsyltetøy?",
            "Giđđa ŋuovdat",
            "Hello, World!",
            "C++ / C#",
            "mål-1",
            "Mål",
        ];
        let github_slugger = [
            "förberedelse-inför-mötet",
            "steg-1--planera",
            "concatenating-with--or-format",
            "mål",
            "mål-1",
            "mål-2",
            "ämne-sjukvård-2025",
            "snake_case-and--two",
            "åtgärder--uppföljning",
            "blåbærsyltetøy",
            "giđđa-ŋuovdat",
            "hello-world",
            "c--c",
            "mål-1-1",
            "mål-3",
        ];
        let headings = assigned(&texts);
        let aliases = preview_ids(&headings);
        let github: Vec<&str> = headings
            .iter()
            .map(|heading| {
                aliases
                    .iter()
                    .find(|(_, id)| *id == heading.id)
                    .map_or(heading.id.as_str(), |(alias, _)| alias.as_str())
            })
            .collect();
        assert_eq!(github, github_slugger);
    }

    #[test]
    fn a_heading_without_letters_still_gets_an_id() {
        check(&[("???", None)], &["rubrik"]);
    }
}
