//! `step`: a page inside a phase, with the templates and materials it uses,
//! the roles that take part and how long it takes.

use serde::Deserialize;
use serde_saphyr::Spanned;

use crate::findings::Finding;
use crate::kinds::Reference;
use crate::parse::Document;

pub const FIELDS: &[&str] = &["templates", "materials", "roles", "duration"];

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

pub fn read(document: &Document, findings: &mut Vec<Finding>) -> Option<StepFields> {
    match document.field_reader().typed::<Raw>() {
        Ok(raw) => Some(StepFields {
            templates: Reference::list(document, raw.templates),
            materials: Reference::list(document, raw.materials),
            roles: raw.roles.unwrap_or_default(),
            duration: raw.duration,
        }),
        Err(finding) => {
            findings.push(*finding);
            None
        }
    }
}
