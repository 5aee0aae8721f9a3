//! A `chart` or `table` block of Markdown, read and checked against the
//! table it names: an unknown key, a missing file or an unknown column is a
//! finding at the block's line with a did-you-mean; a cell that is not a
//! number in a column a chart plots, at the cell in the data file.

use serde::Deserialize;

use crate::findings::{Finding, FindingKind, closest};
use crate::parse::{DataBlock, DataBlockKind, Document};

use super::{Table, Tables};

/// A block that places a table, checked.
#[derive(Debug, Clone, PartialEq)]
pub enum Block {
    Table(TableBlock),
    Chart(ChartBlock),
}

#[derive(Debug, Clone, PartialEq)]
pub struct TableBlock {
    /// The table's name under `data/`.
    pub data: String,
    /// The columns shown, by index, in order.
    pub columns: Vec<usize>,
    pub caption: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChartType {
    Bar,
    Line,
}

/// What a chart's reference line is drawn at.
#[derive(Debug, Clone, PartialEq)]
pub enum ReferenceLine {
    Column(usize),
    Value(f64),
}

#[derive(Debug, Clone, PartialEq)]
pub struct ChartBlock {
    pub data: String,
    pub chart: ChartType,
    /// The category column.
    pub x: usize,
    /// The plotted numeric columns.
    pub y: Vec<usize>,
    pub reference: Option<ReferenceLine>,
    pub reference_label: Option<String>,
    pub highlight: Vec<String>,
    pub title: String,
    pub unit: Option<String>,
}

const TABLE_KEYS: &[&str] = &["data", "columns", "caption"];
const CHART_KEYS: &[&str] = &[
    "data",
    "type",
    "x",
    "y",
    "reference",
    "reference_label",
    "highlight",
    "title",
    "unit",
];

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTable {
    data: String,
    columns: Option<Vec<String>>,
    caption: String,
}

/// One name or a list of them.
#[derive(Deserialize)]
#[serde(untagged)]
enum OneOrMany {
    One(String),
    Many(Vec<String>),
}

/// A column's name or a number.
#[derive(Deserialize)]
#[serde(untagged)]
enum ColumnOrNumber {
    Number(f64),
    Column(String),
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawChart {
    data: String,
    #[serde(rename = "type")]
    chart: Option<String>,
    x: String,
    y: OneOrMany,
    reference: Option<ColumnOrNumber>,
    reference_label: Option<String>,
    highlight: Option<Vec<String>>,
    title: String,
    unit: Option<String>,
}

/// The block's values as the editor meant them: YAML reads `y: [2024,
/// 2025]` and `x: 2024` as numbers, but they name columns, and
/// `highlight: Norrby sjukhus` is a list of one. Only `reference` is a
/// number when it looks like one (a fixed line, not a column).
fn as_written(value: serde_json::Value) -> serde_json::Value {
    use serde_json::Value;
    let name = |value: Value| match value {
        Value::Number(number) => Value::String(number.to_string()),
        other => other,
    };
    let Value::Object(map) = value else {
        return value;
    };
    let map = map
        .into_iter()
        .map(|(key, value)| {
            let value = match (key.as_str(), value) {
                ("reference", value) => value,
                ("columns" | "highlight", Value::Array(names)) => {
                    Value::Array(names.into_iter().map(name).collect())
                }
                ("columns" | "highlight", one @ (Value::String(_) | Value::Number(_))) => {
                    Value::Array(vec![name(one)])
                }
                ("y", Value::Array(names)) => Value::Array(names.into_iter().map(name).collect()),
                (_, value) => name(value),
            };
            (key, value)
        })
        .collect();
    Value::Object(map)
}

/// The most categories (rows) a chart draws: past that, its bars are
/// thinner than a line and its labels overlap.
const MAX_CATEGORIES: usize = 100;

/// Every block of a page, checked; `None` where a block has errors (the
/// findings say which).
pub(crate) fn check(document: &Document, tables: &Tables) -> (Vec<Option<Block>>, Vec<Finding>) {
    let mut findings = Vec::new();
    let blocks = document
        .blocks
        .iter()
        .map(|block| {
            let mut at = At {
                document,
                block,
                findings: &mut findings,
            };
            at.block(tables)
        })
        .collect();
    (blocks, findings)
}

/// One block being checked, and where its findings go.
struct At<'a> {
    document: &'a Document,
    block: &'a DataBlock,
    findings: &'a mut Vec<Finding>,
}

impl At<'_> {
    /// A finding at the block's opening fence, to be pushed by `report`.
    fn error(&self, message: impl Into<crate::findings::Text>) -> Finding {
        self.document.finding_at(
            Finding::error(FindingKind::Data, &self.document.path, message),
            self.block.offset,
        )
    }

    /// A finding at the line of the block's `key:`, where the editor must
    /// change it; at the fence when the key is not written on a line of its own.
    fn error_at(&self, key: &str, message: impl Into<crate::findings::Text>) -> Finding {
        self.document.finding_at(
            Finding::error(FindingKind::Data, &self.document.path, message),
            self.key_offset(key),
        )
    }

    /// The byte offset of the first letter of `key:` in the block, else its fence.
    fn key_offset(&self, key: &str) -> usize {
        let fence = self.block.offset;
        let text = self.document.text();
        let Some(block) = text.get(fence..) else {
            return fence;
        };
        let mut at = fence;
        for (n, line) in block.split_inclusive('\n').enumerate() {
            let written = line.trim_start();
            if n > 0 {
                if written.starts_with("```") || written.starts_with("~~~") {
                    break;
                }
                let named = written
                    .strip_prefix(key)
                    .is_some_and(|rest| rest.trim_start().starts_with(':'));
                if named {
                    return at + (line.len() - written.len());
                }
            }
            at += line.len();
        }
        fence
    }

    fn report(&mut self, finding: Finding) {
        self.findings.push(finding);
    }

    fn block(&mut self, tables: &Tables) -> Option<Block> {
        let keys = match self.block.kind {
            DataBlockKind::Table => TABLE_KEYS,
            DataBlockKind::Chart => CHART_KEYS,
        };
        let name = self.block.kind.name();
        let value: serde_json::Value = match serde_saphyr::from_str(&self.block.yaml) {
            Ok(value) => value,
            Err(error) => {
                let message = error.to_string();
                let message = message.lines().next().unwrap_or("").to_string();
                let finding = self.error(crate::msg!(
                    "data-block-yaml",
                    block = name,
                    detail = message,
                    first = keys[0]
                ));
                self.report(finding);
                return None;
            }
        };
        let Some(map) = value.as_object() else {
            let finding = self.error(crate::msg!(
                "data-block-no-keys",
                block = name,
                example = keys[2]
            ));
            self.report(finding);
            return None;
        };
        let unknown: Vec<String> = map
            .keys()
            .filter(|key| !keys.contains(&key.as_str()))
            .cloned()
            .collect();
        for key in &unknown {
            let finding = self
                .error_at(
                    key,
                    crate::msg!(
                        "data-block-unknown-key",
                        key = key,
                        block = name,
                        keys = keys.join(", ")
                    ),
                )
                .target(key.clone())
                .suggest(closest(key, keys.iter().copied()).map(String::from));
            self.report(finding);
        }
        if !unknown.is_empty() {
            return None;
        }
        let value = as_written(value);
        match self.block.kind {
            DataBlockKind::Table => self.table_block(value, tables).map(Block::Table),
            DataBlockKind::Chart => self.chart(value, tables).map(Block::Chart),
        }
    }

    /// Reads the block's keys into `T`; a missing or wrong value is a finding.
    fn typed<T: serde::de::DeserializeOwned>(&mut self, value: serde_json::Value) -> Option<T> {
        let name = self.block.kind.name();
        match serde_json::from_value(value) {
            Ok(raw) => Some(raw),
            Err(error) => {
                let message = error.to_string();
                let message = match message.strip_prefix("missing field `") {
                    Some(rest) => crate::msg!(
                        "data-block-needs",
                        block = name,
                        key = rest.split('`').next().unwrap_or(rest)
                    ),
                    None => crate::msg!("data-block-unexpected", block = name, detail = message),
                };
                let finding = self.error(message);
                self.report(finding);
                None
            }
        }
    }

    /// The table the block names, or a finding with the closest name.
    fn table<'t>(&mut self, name: &str, tables: &'t Tables) -> Option<&'t Table> {
        if let Some(table) = tables.get(name.trim_start_matches('/')) {
            return Some(table);
        }
        if tables.is_unreadable(name.trim_start_matches('/')) {
            return None;
        }
        let suggestion = closest(name, tables.keys().map(String::as_str)).map(String::from);
        let finding = self
            .error_at("data", crate::msg!("data-no-file", file = name))
            .target(name)
            .suggest(suggestion);
        self.report(finding);
        None
    }

    /// A column of `table` by name, or a finding with the closest name.
    fn column(&mut self, table: &Table, key: &str, name: &str) -> Option<usize> {
        if let Some(at) = table.column(name) {
            return Some(at);
        }
        let names = table.columns.iter().map(|column| column.name.as_str());
        let suggestion = closest(name, names).map(String::from);
        let known: Vec<&str> = table
            .columns
            .iter()
            .map(|column| column.name.as_str())
            .collect();
        let finding = self
            .error_at(
                key,
                crate::msg!(
                    "data-no-column",
                    key = key,
                    column = name,
                    file = table.name,
                    columns = known.join(", ")
                ),
            )
            .target(name)
            .suggest(suggestion);
        self.report(finding);
        None
    }

    /// A column a chart plots: every non-empty cell must be a number; each
    /// that is not is a finding at the cell.
    fn numeric(&mut self, table: &Table, key: &str, name: &str) -> Option<usize> {
        let at = self.column(table, key, name)?;
        let mut numeric = true;
        for row in &table.rows {
            let cell = &row[at];
            if cell.number.is_none() && !cell.text.trim().is_empty() {
                numeric = false;
                self.findings.push(
                    table
                        .location(cell)
                        .error(
                            FindingKind::Data,
                            crate::msg!(
                                "data-not-a-number",
                                text = crate::findings::quoted_start(&cell.text, 40),
                                column = name,
                                page = crate::findings::display_path(&self.document.path)
                            ),
                        )
                        .target(cell.text.clone()),
                );
            }
        }
        numeric.then_some(at)
    }

    fn table_block(&mut self, value: serde_json::Value, tables: &Tables) -> Option<TableBlock> {
        let raw: RawTable = self.typed(value)?;
        let table = self.table(&raw.data, tables)?;
        let columns = match &raw.columns {
            Some(names) => {
                let found: Vec<Option<usize>> = names
                    .iter()
                    .map(|name| self.column(table, "columns", name))
                    .collect();
                found.into_iter().collect::<Option<Vec<usize>>>()?
            }
            None => (0..table.columns.len()).collect(),
        };
        Some(TableBlock {
            data: table.name.clone(),
            columns,
            caption: raw.caption,
        })
    }

    fn chart(&mut self, value: serde_json::Value, tables: &Tables) -> Option<ChartBlock> {
        let raw: RawChart = self.typed(value)?;
        let table = self.table(&raw.data, tables)?;
        if table.rows.len() > MAX_CATEGORIES {
            let finding = self.error_at(
                "data",
                crate::msg!(
                    "data-too-many-categories",
                    rows = table.rows.len(),
                    limit = MAX_CATEGORIES
                ),
            );
            self.report(finding);
            return None;
        }
        let chart = match raw.chart.as_deref() {
            None | Some("bar") => Some(ChartType::Bar),
            Some("line") => Some(ChartType::Line),
            Some(other) => {
                let suggestion = closest(other, ["bar", "line"]).map(String::from);
                let finding = self
                    .error_at("chart", crate::msg!("data-chart-type", type = other))
                    .suggest(suggestion);
                self.report(finding);
                None
            }
        };
        let x = self.column(table, "x", &raw.x);
        let names = match raw.y {
            OneOrMany::One(name) => vec![name],
            OneOrMany::Many(names) => names,
        };
        let y: Vec<Option<usize>> = names
            .iter()
            .map(|name| self.numeric(table, "y", name))
            .collect();
        let reference = match raw.reference {
            None => Some(None),
            Some(ColumnOrNumber::Number(value)) => Some(Some(ReferenceLine::Value(value))),
            Some(ColumnOrNumber::Column(name)) => self
                .numeric(table, "reference", &name)
                .map(|at| Some(ReferenceLine::Column(at))),
        };
        let (chart, x, reference) = (chart?, x?, reference?);
        let y = y.into_iter().collect::<Option<Vec<usize>>>()?;
        Some(ChartBlock {
            data: table.name.clone(),
            chart,
            x,
            y,
            reference,
            reference_label: raw.reference_label,
            highlight: raw.highlight.unwrap_or_default(),
            title: raw.title,
            unit: raw.unit,
        })
    }
}
