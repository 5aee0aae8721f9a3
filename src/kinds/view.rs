//! What render asks of the kinds: each page's kind view (`process`, `phase`,
//! `step`, `template`, `meeting`, `material`) and the lists a section of
//! meetings or materials shows, put into its template context. Each kind's
//! view lives in its folder's `view.rs`.

use crate::render::view::{ContextBuilder, ViewContext};

use super::{Fields, material, meeting, phase, process, step, template};

pub(crate) fn insert_views(context: &ViewContext<'_>, builder: &mut ContextBuilder) {
    let page = &context.site.pages[context.current];
    match &page.fields {
        Fields::Page => {}
        Fields::Process(fields) => builder.insert("process", &process::view::view(context, fields)),
        Fields::Phase(fields) => builder.insert("phase", &phase::view::view(context, fields)),
        Fields::Step(fields) => builder.insert("step", &step::view::view(context, fields)),
        Fields::Template(fields) => {
            builder.insert("template", &template::view::view(context, fields))
        }
        Fields::Meeting(fields) => builder.insert("meeting", &meeting::view::view(context, fields)),
        Fields::Material(fields) => {
            builder.insert("material", &material::view::view(context, fields))
        }
    }
    if let Some(meetings) = meeting::view::section_view(context) {
        builder.insert("meetings", &meetings);
    }
    if let Some(materials) = material::view::section_view(context) {
        builder.insert("materials", &materials);
    }
}
