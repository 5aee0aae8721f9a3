//! `plan`: an implementation plan or a network's project, a section whose
//! areas (and their sub-areas) hold the goals and the reports.

pub(crate) mod view;

use serde::Deserialize;
use serde_saphyr::Spanned;

use crate::findings::Finding;
use crate::parse::Document;

use super::{FieldSpec, Lookup, OwnFields, Widget};

/// SPEC's plan statuses.
pub(crate) const STATUSES: &[&str] = &["planned", "ongoing", "completed"];

/// The statuses as editors write them in their own languages, for a did-you-mean.
const NORDIC: &[(&str, &str)] = &[
    ("planerad", "planned"),
    ("planlagt", "planned"),
    ("planlagd", "planned"),
    ("pågår", "ongoing"),
    ("pågående", "ongoing"),
    ("i gang", "ongoing"),
    ("avslutad", "completed"),
    ("avsluttet", "completed"),
    ("avslutta", "completed"),
    ("afsluttet", "completed"),
];

#[derive(Debug, Clone, Default)]
pub struct PlanFields {
    /// "2025–2028", as written.
    pub period: Option<String>,
    /// One of `STATUSES`.
    pub status: Option<String>,
    pub vision: Option<String>,
}

#[derive(Deserialize)]
struct Raw {
    period: Option<String>,
    status: Option<Spanned<String>>,
    vision: Option<String>,
}

impl OwnFields for PlanFields {
    const SCHEMA: &'static [FieldSpec] = &[
        FieldSpec::new("period", Widget::Line),
        FieldSpec::new("status", Widget::Choice(STATUSES, "plan_status_")),
        FieldSpec::new("vision", Widget::Text),
    ];

    fn names() -> &'static [&'static str] {
        super::field_names::<Raw>()
    }

    fn read(
        document: &Document,
        _lookup: &dyn Lookup,
        findings: &mut Vec<Finding>,
    ) -> Option<Self> {
        let reader = document.field_reader();
        let raw = reader.fields::<Raw>(findings)?;
        Some(PlanFields {
            period: raw.period,
            status: reader.enumeration_or("status", raw.status, STATUSES, NORDIC, findings),
            vision: raw.vision,
        })
    }
}
