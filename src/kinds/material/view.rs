//! `material` in material.html, and `materials` in a section of materials.

use serde::Serialize;

use crate::kinds::{Fields, Kind};
use crate::render::view::{LinkView, ViewContext};

use super::{FORMATS, MaterialFields, format_string_key};

/// `material` in material.html: format, duration, audience, the phases it serves.
#[derive(Serialize)]
pub(crate) struct MaterialView {
    pub format: Option<String>,
    /// "Film"
    pub format_label: Option<String>,
    pub duration: Option<String>,
    pub audience: Option<String>,
    pub phases: Vec<LinkView>,
}

pub(crate) fn view(context: &ViewContext<'_>, fields: &MaterialFields) -> MaterialView {
    MaterialView {
        format: fields.format.clone(),
        format_label: fields
            .format
            .as_ref()
            .map(|format| context.text(&format_string_key(Some(format)), &[])),
        duration: fields.duration.clone(),
        audience: fields.audience.clone(),
        phases: fields
            .phases
            .iter()
            .filter_map(|reference| reference.target)
            .map(|phase| context.link(phase))
            .collect(),
    }
}

/// `materials` in a section whose pages are materials: grouped by format and by phase.
#[derive(Serialize)]
pub(crate) struct MaterialListView {
    pub by_format: Vec<GroupView>,
    pub by_phase: Vec<GroupView>,
}

#[derive(Serialize)]
pub(crate) struct GroupView {
    pub title: String,
    pub id: String,
    pub items: Vec<LinkView>,
}

pub(crate) fn section_view(context: &ViewContext<'_>) -> Option<MaterialListView> {
    let site = context.site;
    let materials: Vec<usize> = site.pages[context.current]
        .children
        .iter()
        .copied()
        .filter(|&child| site.pages[child].kind == Kind::Material)
        .collect();
    if materials.is_empty() {
        return None;
    }
    let mut by_format = Vec::new();
    for format in FORMATS.iter().map(|format| Some(*format)).chain([None]) {
        let items: Vec<_> = materials
            .iter()
            .copied()
            .filter(|&material| match &site.pages[material].fields {
                Fields::Material(fields) => fields.format.as_deref() == format,
                _ => format.is_none(),
            })
            .map(|material| context.link(material))
            .collect();
        if items.is_empty() {
            continue;
        }
        let key = format_string_key(format);
        by_format.push(GroupView {
            title: context.text(&key, &[]),
            id: format!("format-{}", format.unwrap_or("other")),
            items,
        });
    }
    let mut phases: Vec<usize> = materials
        .iter()
        .flat_map(|&material| site.pages[material].fields.references())
        .filter_map(|reference| reference.target)
        .collect();
    phases.sort_by_key(|&phase| {
        (
            site.pages[phase].parent,
            site.pages[phase].place.map(|place| place.position),
        )
    });
    phases.dedup();
    let by_phase = phases
        .into_iter()
        .map(|phase| GroupView {
            title: site.pages[phase].document.front_matter.title.clone(),
            id: format!("phase-{}", crate::slug::slugify(&site.pages[phase].url)),
            items: materials
                .iter()
                .copied()
                .filter(|&material| {
                    site.pages[material]
                        .fields
                        .references()
                        .iter()
                        .any(|reference| reference.target == Some(phase))
                })
                .map(|material| context.link(material))
                .collect(),
        })
        .collect();
    Some(MaterialListView {
        by_format,
        by_phase,
    })
}
