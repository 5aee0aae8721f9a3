//! `material`: a learning material, of one format, serving some phases.

use serde::Deserialize;
use serde_saphyr::Spanned;

use crate::findings::Finding;
use crate::kinds::Reference;
use crate::parse::Document;

pub const FIELDS: &[&str] = &["format", "duration", "audience", "phases"];

/// SPEC's material formats.
pub const FORMATS: &[&str] = &["article", "video", "slides", "e-learning", "tool"];

#[derive(Debug, Clone, Default)]
pub struct MaterialFields {
    /// One of `FORMATS`.
    pub format: Option<String>,
    pub duration: Option<String>,
    pub audience: Option<String>,
    pub phases: Vec<Reference>,
}

#[derive(Deserialize)]
struct Raw {
    format: Option<Spanned<String>>,
    duration: Option<String>,
    audience: Option<String>,
    phases: Option<Vec<Spanned<String>>>,
}

pub fn read(document: &Document, findings: &mut Vec<Finding>) -> Option<MaterialFields> {
    let reader = document.field_reader();
    match reader.typed::<Raw>() {
        Ok(raw) => Some(MaterialFields {
            format: reader.enumeration("format", raw.format, FORMATS, findings),
            duration: raw.duration,
            audience: raw.audience,
            phases: Reference::list(document, raw.phases),
        }),
        Err(finding) => {
            findings.push(*finding);
            None
        }
    }
}
