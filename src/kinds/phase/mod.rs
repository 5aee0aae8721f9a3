//! `phase`: a section inside a process, with its purpose, outcome and steps.

pub(crate) mod view;

use serde::Deserialize;

use crate::findings::Finding;
use crate::parse::Document;

use super::{FieldSpec, Lookup, OwnFields, Widget};

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

impl OwnFields for PhaseFields {
    const WEIGHTED: bool = true;

    const SCHEMA: &'static [FieldSpec] = &[
        FieldSpec::new("purpose", Widget::Text),
        FieldSpec::new("outcome", Widget::Text),
    ];

    fn names() -> &'static [&'static str] {
        super::field_names::<Raw>()
    }

    fn read(document: &Document, _: &dyn Lookup, findings: &mut Vec<Finding>) -> Option<Self> {
        let raw = document.field_reader().fields::<Raw>(findings)?;
        Some(PhaseFields {
            purpose: raw.purpose,
            outcome: raw.outcome,
        })
    }
}
