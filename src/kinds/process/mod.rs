//! `process`: a section holding one improvement process, its phases in
//! order. A process places its phases and their steps: "Phase 2 of 4",
//! "Step 3 of 5", previous and next across phase borders.

pub(crate) mod view;

use std::collections::BTreeMap;

use serde::Deserialize;

use crate::findings::{Finding, FindingKind, display_path};
use crate::parse::Document;

use super::{FieldSpec, Kind, Lookup, OwnFields, Tree, Widget};

#[derive(Debug, Clone, Default)]
pub struct ProcessFields {
    /// The heading over the list of phases ("Processens faser").
    pub phases_title: Option<String>,
}

#[derive(Deserialize)]
struct Raw {
    phases_title: Option<String>,
}

impl OwnFields for ProcessFields {
    const WEIGHTED: bool = true;

    const SCHEMA: &'static [FieldSpec] = &[FieldSpec::new("phases_title", Widget::Line)];

    fn names() -> &'static [&'static str] {
        super::field_names::<Raw>()
    }

    fn read(document: &Document, _: &dyn Lookup, findings: &mut Vec<Finding>) -> Option<Self> {
        let raw = document.field_reader().fields::<Raw>(findings)?;
        Some(ProcessFields {
            phases_title: raw.phases_title,
        })
    }
}

/// Where a phase or step stands, and its neighbours. A step's neighbours cross
/// phase borders: the last step of one phase leads to the first of the next.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Place {
    /// 1-based.
    pub position: usize,
    pub total: usize,
    pub previous: Option<usize>,
    pub next: Option<usize>,
}

impl Place {
    /// A page with no place computed: first of one.
    pub(crate) const ALONE: Place = Place {
        position: 1,
        total: 1,
        previous: None,
        next: None,
    };
}

/// The place of every phase and step in its process, in the order of the
/// tree; a missing or repeated weight among them is a warning.
pub(crate) fn places(tree: &Tree<'_>, findings: &mut Vec<Finding>) -> Vec<Option<Place>> {
    let mut places = vec![None; tree.kinds.len()];
    let processes = (0..tree.kinds.len()).filter(|&idx| tree.kinds[idx] == Kind::Process);
    for process in processes {
        let phases = tree.children_of_kind(process, Kind::Phase);
        warn_about_weights(tree, &phases, "phase", findings);
        for (at, &phase) in phases.iter().enumerate() {
            places[phase] = Some(Place {
                position: at + 1,
                total: phases.len(),
                previous: at.checked_sub(1).map(|before| phases[before]),
                next: phases.get(at + 1).copied(),
            });
        }
        let mut steps_in_order = Vec::new();
        for &phase in &phases {
            let steps = tree.children_of_kind(phase, Kind::Step);
            warn_about_weights(tree, &steps, "step", findings);
            for (position, &step) in steps.iter().enumerate() {
                places[step] = Some(Place {
                    position: position + 1,
                    total: steps.len(),
                    previous: None,
                    next: None,
                });
            }
            steps_in_order.extend(steps);
        }
        for (at, &step) in steps_in_order.iter().enumerate() {
            if let Some(place) = places[step].as_mut() {
                place.previous = at.checked_sub(1).map(|before| steps_in_order[before]);
                place.next = steps_in_order.get(at + 1).copied();
            }
        }
    }
    places
}

/// Phases and steps are ordered by weight; a missing or repeated weight makes
/// the order fall back to titles, which is rarely what the editor meant.
fn warn_about_weights(
    tree: &Tree<'_>,
    siblings: &[usize],
    noun: &str,
    findings: &mut Vec<Finding>,
) {
    if siblings.len() < 2 {
        return;
    }
    let mut seen: BTreeMap<i64, usize> = BTreeMap::new();
    for &idx in siblings {
        let document = tree.documents[idx];
        match document.front_matter.weight {
            // Its weight may be in the front matter that could not be read.
            None if document.front_matter.unreadable => {}
            None => findings.push(
                Finding::warning(
                    FindingKind::Frontmatter,
                    &document.path,
                    crate::msg!("weight-missing", kind = noun),
                )
                .target("weight")
                // Where the weight goes: beside the title.
                .at_span(
                    &document.line_index,
                    &document.text(),
                    document.field_reader().key_span("title"),
                ),
            ),
            Some(weight) => {
                if let Some(&first) = seen.get(&weight) {
                    let first_path = display_path(&tree.documents[first].path);
                    let reader = document.field_reader();
                    findings.push(
                        Finding::warning(
                            FindingKind::Frontmatter,
                            &document.path,
                            crate::msg!("weight-twice", weight = weight, other = first_path),
                        )
                        .target("weight")
                        .at_span(
                            &document.line_index,
                            &document.text(),
                            reader.key_span("weight"),
                        ),
                    );
                } else {
                    seen.insert(weight, idx);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn document(content_path: &str, weight: Option<i64>) -> Document {
        let weight = weight.map_or_else(String::new, |weight| format!("weight: {weight}\n"));
        let source = crate::load::SourceFile {
            path: std::path::PathBuf::from("content").join(content_path),
            content_path: content_path.to_string(),
            text: crate::load::Contents::Read(format!("---\ntitle: {content_path}\n{weight}---\n")),
            stamp: crate::load::Stamp::default(),
        };
        crate::parse::document(source).0
    }

    #[test]
    fn steps_lead_on_across_phase_borders() {
        // 0: the process; 1, 2: its phases; 3, 4: steps of phase 1; 5: of phase 2.
        let documents = [
            document("p/_index.md", None),
            document("p/a/_index.md", Some(1)),
            document("p/b/_index.md", Some(2)),
            document("p/a/x.md", Some(1)),
            document("p/a/y.md", Some(2)),
            document("p/b/z.md", Some(1)),
        ];
        let kinds = [
            Kind::Process,
            Kind::Phase,
            Kind::Phase,
            Kind::Step,
            Kind::Step,
            Kind::Step,
        ];
        let children = vec![vec![1, 2], vec![3, 4], vec![5], vec![], vec![], vec![]];
        let tree = Tree {
            documents: documents.iter().collect(),
            kinds: &kinds,
            children: &children,
        };
        let mut findings = Vec::new();
        let places = places(&tree, &mut findings);
        assert!(findings.is_empty(), "{findings:?}");
        assert_eq!(places[0], None, "a process has no place");
        let phase_b = places[2].expect("a phase has a place");
        assert_eq!((phase_b.position, phase_b.total), (2, 2));
        assert_eq!((phase_b.previous, phase_b.next), (Some(1), None));
        let last_of_a = places[4].expect("a step has a place");
        assert_eq!((last_of_a.position, last_of_a.total), (2, 2));
        assert_eq!(
            last_of_a.next,
            Some(5),
            "on to the first step of the next phase"
        );
        let first_of_b = places[5].expect("a step has a place");
        assert_eq!((first_of_b.position, first_of_b.total), (1, 1));
        assert_eq!(
            first_of_b.previous,
            Some(4),
            "back to the last step of the phase before"
        );
    }

    #[test]
    fn a_repeated_weight_among_steps_warns() {
        let documents = [
            document("p/_index.md", None),
            document("p/a/_index.md", Some(1)),
            document("p/a/x.md", Some(1)),
            document("p/a/y.md", Some(1)),
        ];
        let kinds = [Kind::Process, Kind::Phase, Kind::Step, Kind::Step];
        let children = vec![vec![1], vec![2, 3], vec![], vec![]];
        let tree = Tree {
            documents: documents.iter().collect(),
            kinds: &kinds,
            children: &children,
        };
        let mut findings = Vec::new();
        places(&tree, &mut findings);
        assert_eq!(findings.len(), 1, "{findings:?}");
        assert!(
            findings[0]
                .english()
                .starts_with("weight 1 is also the weight of content/p/a/x.md")
        );
    }
}
