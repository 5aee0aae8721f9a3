//! `data/`: tables read from CSV, YAML and TOML files (`table.rs`), numbers
//! as Nordic and English tables write them (`number.rs`), and the `chart`
//! and `table` blocks of Markdown that place them (`block.rs`).

pub mod block;
pub(crate) mod number;
pub mod table;

pub use table::{Table, Tables};
