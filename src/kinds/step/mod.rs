//! `step`: a page inside a phase, with the templates and materials it uses,
//! the roles that take part and how long it takes.

pub(crate) mod view;

use serde::Deserialize;
use serde_saphyr::Spanned;

use crate::findings::Finding;
use crate::parse::Document;

use super::{FieldSpec, Kind, Lookup, New, OwnFields, Reference, Scaffold, Widget};

#[derive(Debug, Clone, Default)]
pub struct StepFields {
    pub templates: Vec<Reference>,
    pub materials: Vec<Reference>,
    pub roles: Vec<String>,
    pub duration: Option<String>,
}

#[derive(Deserialize)]
struct Raw {
    templates: Option<Vec<Spanned<String>>>,
    materials: Option<Vec<Spanned<String>>>,
    roles: Option<Vec<String>>,
    duration: Option<String>,
}

impl OwnFields for StepFields {
    const WEIGHTED: bool = true;

    const SCHEMA: &'static [FieldSpec] = &[
        FieldSpec::new(
            "templates",
            Widget::Pages {
                kind: Kind::Template,
                multiple: true,
            },
        ),
        FieldSpec::new(
            "materials",
            Widget::Pages {
                kind: Kind::Material,
                multiple: true,
            },
        ),
        FieldSpec::new("roles", Widget::Lines),
        FieldSpec::new("duration", Widget::Line),
    ];

    fn names() -> &'static [&'static str] {
        super::field_names::<Raw>()
    }

    fn read(document: &Document, lookup: &dyn Lookup, findings: &mut Vec<Finding>) -> Option<Self> {
        let raw = document.field_reader().fields::<Raw>(findings)?;
        let mut list = |field, expected, values| {
            Reference::list(document, field, expected, values, lookup, findings)
        };
        Some(StepFields {
            templates: list("templates", Kind::Template, raw.templates),
            materials: list("materials", Kind::Material, raw.materials),
            roles: raw.roles.unwrap_or_default(),
            duration: raw.duration,
        })
    }

    fn references(&self) -> Vec<&Reference> {
        self.templates.iter().chain(&self.materials).collect()
    }

    fn scaffold(new: &New<'_>) -> Option<Scaffold> {
        let example = |key: &str, path: Option<&str>| {
            path.map(|path| format!("# {key}:\n#   - {path}\n"))
                .unwrap_or_default()
        };
        let front_matter = format!(
            "weight: {}\n{}{}# roles: [\"koordinator\"]\n# duration: \"\"\n",
            new.next_weight,
            example("templates", new.a_template),
            example("materials", new.a_material)
        );
        Some(Scaffold {
            front_matter,
            bundle: false,
            hint: None,
        })
    }
}
