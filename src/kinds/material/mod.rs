//! `material`: a learning material, of one format, serving some phases.

pub(crate) mod view;

use serde::Deserialize;
use serde_saphyr::Spanned;

use crate::findings::Finding;
use crate::parse::Document;

use super::{FieldSpec, Kind, Lookup, New, OwnFields, Reference, Scaffold, Widget};

/// SPEC's material formats.
pub(crate) const FORMATS: &[&str] = &["article", "video", "slides", "e-learning", "tool"];

/// The theme string that names a format: `format_e_learning`; `None` for
/// a material of no known format.
pub(crate) fn format_string_key(format: Option<&str>) -> String {
    format.map_or_else(
        || String::from("format_other"),
        |format| format!("format_{}", format.replace('-', "_")),
    )
}

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

impl OwnFields for MaterialFields {
    const DATED: super::Dated = super::Dated::Optional;

    const SCHEMA: &'static [FieldSpec] = &[
        FieldSpec::new("format", Widget::Choice(FORMATS, "format_")),
        FieldSpec::new("duration", Widget::Line),
        FieldSpec::new("audience", Widget::Line),
        FieldSpec::new(
            "phases",
            Widget::Pages {
                kind: Kind::Phase,
                multiple: true,
            },
        ),
    ];

    fn names() -> &'static [&'static str] {
        super::field_names::<Raw>()
    }

    fn read(document: &Document, lookup: &dyn Lookup, findings: &mut Vec<Finding>) -> Option<Self> {
        let reader = document.field_reader();
        let raw = reader.fields::<Raw>(findings)?;
        Some(MaterialFields {
            format: reader.enumeration("format", raw.format, FORMATS, findings),
            duration: raw.duration,
            audience: raw.audience,
            phases: Reference::list(
                document,
                "phases",
                Kind::Phase,
                raw.phases,
                lookup,
                findings,
            ),
        })
    }

    fn references(&self) -> Vec<&Reference> {
        self.phases.iter().collect()
    }

    fn scaffold(new: &New<'_>) -> Option<Scaffold> {
        let phases = new
            .a_phase
            .map(|phase| format!("# phases:\n#   - {phase}\n"))
            .unwrap_or_default();
        let front_matter = format!(
            "date: {}\nformat: article\n# duration: \"\"\n# audience: \"\"\n{phases}",
            new.date
        );
        Some(Scaffold {
            front_matter,
            bundle: false,
            hint: None,
        })
    }
}
