//! Heading ids: `{#custom-id}` as given, others slugged from the heading text
//! by SPEC's rules and made unique on the page with `-1`, `-2`, …

use std::collections::{HashMap, HashSet};

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

    #[test]
    fn a_heading_without_letters_still_gets_an_id() {
        check(&[("???", None)], &["rubrik"]);
    }
}
