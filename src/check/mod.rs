//! What `stegvis check` adds to a build: a pass over the rendered HTML.
//! With `--external`, the http(s) links too (external.rs).

pub(crate) mod external;
pub mod html;
