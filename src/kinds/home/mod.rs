//! The home page and the stepper are no kind of their own: they gather
//! what the kinds below them hold. Their views are in `view.rs`.

pub(crate) mod view;
