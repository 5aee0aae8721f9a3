//! Heading ids: `{#custom-id}` as given, others slugged from the heading text
//! by SPEC's rules and made unique on the page with `-1`, `-2`, …

use std::collections::BTreeSet;

use super::markdown::Heading;
use crate::slug::slugify;

/// Gives every heading its id and returns all ids of the page's body.
pub fn assign_ids(headings: &mut [Heading], raw_ids: &[String]) -> Vec<String> {
    let mut taken: BTreeSet<String> = raw_ids.iter().cloned().collect();
    taken.extend(
        headings
            .iter()
            .filter_map(|heading| heading.explicit_id.clone()),
    );
    for heading in headings.iter_mut() {
        if let Some(explicit) = &heading.explicit_id {
            heading.id = explicit.clone();
            continue;
        }
        let mut base = slugify(&heading.text);
        if base.is_empty() {
            base = String::from("rubrik");
        }
        let mut id = base.clone();
        let mut n = 1;
        while taken.contains(&id) {
            id = format!("{base}-{n}");
            n += 1;
        }
        taken.insert(id.clone());
        heading.id = id;
    }
    let mut ids: Vec<String> = raw_ids.to_vec();
    ids.extend(headings.iter().map(|heading| heading.id.clone()));
    ids
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(texts: &[(&str, Option<&str>)], expected: &[&str]) {
        let mut headings: Vec<Heading> = texts
            .iter()
            .map(|(text, explicit)| Heading {
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
