//! `process`: a section holding one improvement process, its phases in order.

use serde::Deserialize;

use crate::findings::Finding;
use crate::parse::Document;

pub const FIELDS: &[&str] = &["phases_title"];

#[derive(Debug, Clone, Default)]
pub struct ProcessFields {
    /// The heading over the list of phases ("Processens faser").
    pub phases_title: Option<String>,
}

#[derive(Deserialize)]
struct Raw {
    phases_title: Option<String>,
}

pub fn read(document: &Document, findings: &mut Vec<Finding>) -> Option<ProcessFields> {
    match document.field_reader().typed::<Raw>() {
        Ok(raw) => Some(ProcessFields {
            phases_title: raw.phases_title,
        }),
        Err(finding) => {
            findings.push(*finding);
            None
        }
    }
}
