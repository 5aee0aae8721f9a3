//! `data/`: tables read from CSV, YAML and TOML files (`table.rs`), numbers
//! as Nordic and English tables write them (`number.rs`), and the `chart`
//! and `table` blocks of Markdown that place them (`block.rs`).

pub(crate) mod block;
pub(crate) mod number;
pub(crate) mod table;

pub(crate) use table::{Table, Tables};
