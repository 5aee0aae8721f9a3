//! What `stegvis check` adds to a build: a pass over the rendered HTML.
//! (External links, with `--external`, will live in external.rs beside it.)

pub mod html;
