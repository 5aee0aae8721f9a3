//! `phase`: a section inside a process, with its purpose, outcome and steps.

use serde::Deserialize;

use crate::findings::Finding;
use crate::parse::Document;

pub const FIELDS: &[&str] = &["purpose", "outcome"];

#[derive(Debug, Clone, Default)]
pub struct PhaseFields {
    pub purpose: Option<String>,
    pub outcome: Option<String>,
}

#[derive(Deserialize)]
struct Raw {
    purpose: Option<String>,
    outcome: Option<String>,
}

pub fn read(document: &Document, findings: &mut Vec<Finding>) -> Option<PhaseFields> {
    match document.field_reader().typed::<Raw>() {
        Ok(raw) => Some(PhaseFields {
            purpose: raw.purpose,
            outcome: raw.outcome,
        }),
        Err(finding) => {
            findings.push(*finding);
            None
        }
    }
}
