//! A file of `data/` → a `Table`: CSV (`,`, `;` or a tab, detected; in
//! UTF-8, UTF-16 or Windows-1252, detected), or YAML or TOML holding a list
//! of records. Each cell keeps where
//! it stands in its file, so that a finding about it can point there.

use std::collections::BTreeMap;
use std::path::PathBuf;

use serde::Deserialize;
use serde::de::{MapAccess, SeqAccess, Visitor};

use crate::findings::{Finding, FindingKind, LineIndex, Location, Msg, Span};
use crate::load::DataFile;

use super::number;

/// Every table of the site, by its name under `data/`, and the names of
/// the files that could not be read as one (their finding is said once, at
/// the file: a block that names one is not "no data file" besides).
#[derive(Debug, Clone, Default)]
pub struct Tables {
    by_name: BTreeMap<String, Table>,
    unreadable: std::collections::BTreeSet<String>,
}

impl Tables {
    /// Whether `name` is a file of data/ whose finding says why it is no table.
    pub fn is_unreadable(&self, name: &str) -> bool {
        self.unreadable.contains(name)
    }
}

impl std::ops::Deref for Tables {
    type Target = BTreeMap<String, Table>;

    fn deref(&self) -> &Self::Target {
        &self.by_name
    }
}

impl std::ops::DerefMut for Tables {
    fn deref_mut(&mut self) -> &mut Self::Target {
        &mut self.by_name
    }
}

#[derive(Debug, Clone)]
pub struct Table {
    /// Its name under `data/`: `nyckeltal/lokalvard.csv`.
    pub name: String,
    /// Relative to the site root.
    pub path: PathBuf,
    pub columns: Vec<Column>,
    /// Each row has a cell per column.
    pub rows: Vec<Vec<Cell>>,
    /// The file's text, for findings that show a cell's line.
    text: String,
    index: LineIndex,
}

#[derive(Debug, Clone)]
pub struct Column {
    pub name: String,
    /// Every non-empty cell is a number (and one at least is).
    pub numeric: bool,
    /// The most decimals any of its numbers was written with.
    pub decimals: usize,
    /// Every number of it was written as a percentage (`12 %`).
    pub percent: bool,
}

#[derive(Debug, Clone)]
pub struct Cell {
    pub text: String,
    pub number: Option<f64>,
    /// Where it stands in the file.
    pub at: Option<Span>,
}

impl Table {
    pub fn column(&self, name: &str) -> Option<usize> {
        self.columns.iter().position(|column| column.name == name)
    }

    /// The first line of the file, where a CSV names its columns.
    fn header(&self) -> Location {
        Location::at(&self.path, &self.index, &self.text, 0)
    }

    /// Where a cell stands, for a finding: its line and column in the file.
    pub fn location(&self, cell: &Cell) -> Location {
        match cell.at {
            Some(span) => Location {
                file: self.path.clone(),
                span: Some(span),
                source_line: Some(self.index.line_text(&self.text, span.line).to_string()),
            },
            None => Location::file(self.path.clone()),
        }
    }
}

/// A table is for the key figures pages show. Past these, a file is a
/// warning; far past them, an error and not read (a 200 MB CSV once took
/// 50 s and 11 GB of memory, about 50 times its size).
const WARN_BYTES: usize = 1 << 20;
const REFUSE_BYTES: usize = 8 << 20;
const WARN_ROWS: usize = 5_000;
const REFUSE_ROWS: usize = 50_000;

/// Reads every data file; a file that cannot be read as a table is a finding.
pub(crate) fn tables(files: &[DataFile], findings: &mut Vec<Finding>) -> Tables {
    let mut tables = Tables::default();
    for file in files {
        let Some(format) = Format::of(&file.name) else {
            continue;
        };
        // Unless it is read below, a finding says why.
        tables.unreadable.insert(file.name.clone());
        let size = file.bytes.len();
        if size > WARN_BYTES {
            let refused = size > REFUSE_BYTES;
            let (id, limit) = if refused {
                ("data-too-large", REFUSE_BYTES)
            } else {
                ("data-large", WARN_BYTES)
            };
            // Whole megabytes, rounded up: a file just past a limit is said to be past it.
            let message = Msg::new(id)
                .arg("size", size.div_ceil(1 << 20))
                .arg("limit", limit >> 20);
            findings.push(past_limit(file, refused, message));
            if refused {
                continue;
            }
        }
        let table = match read(file, format) {
            Ok(table) => table,
            Err(finding) => {
                findings.push(*finding);
                continue;
            }
        };
        let rows = table.rows.len();
        if rows > WARN_ROWS {
            let refused = rows > REFUSE_ROWS;
            let (id, limit) = if refused {
                ("data-too-many-rows", REFUSE_ROWS)
            } else {
                ("data-many-rows", WARN_ROWS)
            };
            let message = Msg::new(id).arg("rows", rows).arg("limit", limit);
            findings.push(past_limit(file, refused, message));
            if refused {
                continue;
            }
        }
        columns_named(&table, findings);
        if format == Format::Csv {
            formulas(&table, findings);
        }
        tables.unreadable.remove(&file.name);
        tables.insert(file.name.clone(), table);
    }
    tables
}

/// A file past a limit: an error when it is not read, else a warning.
fn past_limit(file: &DataFile, refused: bool, message: Msg) -> Finding {
    if refused {
        Finding::error(FindingKind::Data, &file.path, message)
    } else {
        Finding::warning(FindingKind::Data, &file.path, message)
    }
}

/// How a file of data/ holds its table; a file of another kind (a README
/// beside them) holds none.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Format {
    Csv,
    Yaml,
    Toml,
}

impl Format {
    fn of(name: &str) -> Option<Format> {
        let extension = name
            .rsplit_once('.')
            .map(|(_, extension)| extension.to_ascii_lowercase())?;
        match extension.as_str() {
            "csv" | "tsv" => Some(Format::Csv),
            "yaml" | "yml" => Some(Format::Yaml),
            "toml" => Some(Format::Toml),
            _ => None,
        }
    }
}

/// A column that no block can name: one without a name (a warning: Excel
/// leaves one after a trailing `;`) or a name written twice (an error: a
/// block would get the first).
fn columns_named(table: &Table, findings: &mut Vec<Finding>) {
    let header = table.header();
    let mut seen = std::collections::BTreeSet::new();
    for (n, column) in table.columns.iter().enumerate() {
        let name = column.name.trim();
        if name.is_empty() {
            findings.push(header.warning(
                FindingKind::Data,
                crate::msg!("data-column-empty", n = n + 1),
            ));
        } else if !seen.insert(name) {
            findings.push(header.error(
                FindingKind::Data,
                crate::msg!("data-column-duplicate", column = name),
            ));
        }
    }
}

/// Cells a spreadsheet would read as a formula (`=`, `+`, `-`, `@`, or a
/// tab or carriage return first, and no number), in a CSV file that the
/// site offers for download: a warning at each of the first few.
fn formulas(table: &Table, findings: &mut Vec<Finding>) {
    const SHOWN: usize = 5;
    let formula_like = |cell: &&Cell| {
        let text = cell.text.trim_start_matches(' ');
        // A lone "-" is the usual mark of no value, not a formula.
        cell.number.is_none()
            && text.trim_end().chars().nth(1).is_some()
            && text.starts_with(['=', '+', '-', '@', '\t', '\r'])
    };
    for cell in table.rows.iter().flatten().filter(formula_like).take(SHOWN) {
        findings.push(table.location(cell).warning(
            FindingKind::Data,
            crate::msg!(
                "data-formula-cell",
                text = crate::findings::quoted_start(cell.text.trim(), 40)
            ),
        ));
    }
}

/// A file of data/ read as a table of its format.
fn read(file: &DataFile, format: Format) -> Result<Table, Box<Finding>> {
    let text = match decoded(&file.bytes) {
        Some(text) => text,
        None => {
            let valid_up_to = std::str::from_utf8(&file.bytes)
                .err()
                .map_or(0, |error| error.valid_up_to());
            let shown = String::from_utf8_lossy(&file.bytes).into_owned();
            let index = LineIndex::new(&shown);
            return Err(Box::new(
                Location::at(&file.path, &index, &shown, valid_up_to)
                    .error(FindingKind::Data, crate::msg!("data-not-utf8")),
            ));
        }
    };
    let text = text.replace("\r\n", "\n");
    let index = LineIndex::new(&text);
    let records = match format {
        Format::Csv => csv_records(&text, &index, file)?,
        Format::Toml => toml_records(&text, &index, file)?,
        Format::Yaml => yaml_records(&text, file)?,
    };
    Ok(table(file, records, text, index))
}

/// A data file's text, as the programs that write tables save it: UTF-8
/// (a BOM is dropped), UTF-16 with its BOM (Excel's "Unicode text"), or
/// Windows-1252 (Excel's "CSV" on a Nordic Windows). Bytes that are none of
/// these, which read as 1252 would hold control characters, are `None`.
fn decoded(bytes: &[u8]) -> Option<String> {
    if let Some((encoding, bom)) = encoding_rs::Encoding::for_bom(bytes) {
        let (text, malformed) = encoding.decode_without_bom_handling(&bytes[bom..]);
        return (!malformed).then(|| text.into_owned());
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        return Some(text.to_string());
    }
    let (text, _) = encoding_rs::WINDOWS_1252.decode_without_bom_handling(bytes);
    let text_like = text
        .chars()
        .all(|ch| !ch.is_control() || matches!(ch, '\t' | '\n' | '\r'));
    text_like.then(|| text.into_owned())
}

/// Column names, and each row's cells as (text, where).
struct Records {
    columns: Vec<String>,
    rows: Vec<Vec<(String, Option<Span>)>>,
}

fn table(file: &DataFile, records: Records, text: String, index: LineIndex) -> Table {
    let rows: Vec<Vec<Cell>> = records
        .rows
        .into_iter()
        .map(|row| {
            row.into_iter()
                .map(|(text, at)| Cell {
                    number: number::parse(&text).map(|number| number.value),
                    text,
                    at,
                })
                .collect()
        })
        .collect();
    let columns = records
        .columns
        .into_iter()
        .enumerate()
        .map(|(at, name)| {
            let cells = || {
                rows.iter()
                    .map(move |row| &row[at])
                    .filter(|cell| !cell.text.trim().is_empty())
            };
            let numeric = cells().next().is_some() && cells().all(|cell| cell.number.is_some());
            let decimals = cells()
                .filter_map(|cell| number::parse(&cell.text))
                .map(|number| number.decimals)
                .max()
                .unwrap_or(0);
            let percent = numeric && cells().all(|cell| cell.text.trim_end().ends_with('%'));
            Column {
                name,
                numeric,
                decimals,
                percent,
            }
        })
        .collect();
    Table {
        name: file.name.clone(),
        path: file.path.clone(),
        columns,
        rows,
        text,
        index,
    }
}

/// What the first line is split by most: a tab (a `.tsv`, or a table
/// copied out of Excel), `;` (Excel's export in Nordic locales) or `,`.
fn delimiter(text: &str) -> u8 {
    let first = text.lines().next().unwrap_or("");
    let count = |wanted: char| {
        let mut quoted = false;
        first
            .chars()
            .filter(|&ch| {
                if ch == '"' {
                    quoted = !quoted;
                }
                !quoted && ch == wanted
            })
            .count()
    };
    let (tabs, semicolons, commas) = (count('\t'), count(';'), count(','));
    if tabs > 0 && tabs >= semicolons && tabs >= commas {
        b'\t'
    } else if semicolons > commas {
        b';'
    } else {
        b','
    }
}

fn csv_records(text: &str, index: &LineIndex, file: &DataFile) -> Result<Records, Box<Finding>> {
    let delimiter = delimiter(text);
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(true)
        .flexible(false)
        .from_reader(text.as_bytes());
    let error_at = |offset: u64, message: crate::findings::Msg| {
        let offset = usize::try_from(offset).unwrap_or(0).min(text.len());
        Box::new(Location::at(&file.path, index, text, offset).error(FindingKind::Data, message))
    };
    let columns: Vec<String> = reader
        .headers()
        .map_err(|error| error_at(0, crate::msg!("table-column-names", detail = error)))?
        .iter()
        .map(|name| name.trim().to_string())
        .collect();
    let mut rows = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|error| {
            let offset = error.position().map_or(0, csv::Position::byte);
            let message = match error.kind() {
                csv::ErrorKind::UnequalLengths {
                    expected_len, len, ..
                } => crate::msg!("table-row-length", cells = len, columns = expected_len),
                _ => crate::msg!("table-row", detail = error),
            };
            error_at(offset, message)
        })?;
        let line = record.position().map_or(0, csv::Position::line);
        let line = usize::try_from(line).unwrap_or(0);
        let start = record
            .position()
            .map_or(0, |position| usize::try_from(position.byte()).unwrap_or(0));
        let raw_line = text[start.min(text.len())..].lines().next().unwrap_or("");
        let mut column = 1;
        let mut fields = raw_line.split(char::from(delimiter));
        let row = record
            .iter()
            .map(|cell| {
                let at = Span { line, column };
                // Where the next cell starts on the line, when it is not quoted.
                column += fields.next().map_or(0, |raw| raw.chars().count()) + 1;
                (cell.to_string(), Some(at))
            })
            .collect();
        rows.push(row);
    }
    Ok(Records { columns, rows })
}

/// One record: its keys in order, with their values.
struct Record<V>(Vec<(String, V)>);

impl<'de, V: Deserialize<'de>> Deserialize<'de> for Record<V> {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct RecordVisitor<V>(std::marker::PhantomData<V>);
        impl<'de, V: Deserialize<'de>> Visitor<'de> for RecordVisitor<V> {
            type Value = Record<V>;
            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("a record: keys with values")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Record<V>, A::Error> {
                let mut entries = Vec::new();
                while let Some(entry) = map.next_entry::<String, V>()? {
                    entries.push(entry);
                }
                Ok(Record(entries))
            }
        }
        deserializer.deserialize_map(RecordVisitor(std::marker::PhantomData))
    }
}

/// A list of records.
struct List<V>(Vec<Record<V>>);

impl<'de, V: Deserialize<'de>> Deserialize<'de> for List<V> {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct ListVisitor<V>(std::marker::PhantomData<V>);
        impl<'de, V: Deserialize<'de>> Visitor<'de> for ListVisitor<V> {
            type Value = List<V>;
            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("a list of records")
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<List<V>, A::Error> {
                let mut records = Vec::new();
                while let Some(record) = seq.next_element()? {
                    records.push(record);
                }
                Ok(List(records))
            }
        }
        deserializer.deserialize_seq(ListVisitor(std::marker::PhantomData))
    }
}

/// A YAML or TOML value as a cell's text.
fn cell_text(value: &serde_json::Value) -> String {
    match value {
        serde_json::Value::Null => String::new(),
        serde_json::Value::String(text) => text.clone(),
        other => other.to_string(),
    }
}

/// Columns in the order they first appear; a record without a column has an empty cell.
fn records_of(records: Vec<Vec<(String, String, Option<Span>)>>) -> Records {
    let mut columns: Vec<String> = Vec::new();
    for record in &records {
        for (key, _, _) in record {
            if !columns.contains(key) {
                columns.push(key.clone());
            }
        }
    }
    let rows = records
        .into_iter()
        .map(|record| {
            columns
                .iter()
                .map(|column| {
                    record
                        .iter()
                        .find(|(key, _, _)| key == column)
                        .map_or((String::new(), None), |(_, text, at)| (text.clone(), *at))
                })
                .collect()
        })
        .collect();
    Records { columns, rows }
}

fn yaml_records(text: &str, file: &DataFile) -> Result<Records, Box<Finding>> {
    // The front matter's limits (no alias bomb) and its message, on one line.
    let list: List<serde_saphyr::Spanned<serde_json::Value>> =
        serde_saphyr::from_str_with_options(text, crate::parse::front_matter::yaml_options())
            .map_err(|error| {
                let span = error.location().map(|location| Span {
                    line: location.line() as usize,
                    column: (location.column() as usize).max(1),
                });
                let mut finding = Location::file(&file.path).error(
                    FindingKind::Data,
                    crate::msg!(
                        "data-yaml-unreadable",
                        detail = crate::parse::front_matter::yaml_message(&error)
                    ),
                );
                finding.span = span;
                Box::new(finding)
            })?;
    let records = list
        .0
        .into_iter()
        .map(|record| {
            record
                .0
                .into_iter()
                .map(|(key, value)| {
                    let at = Span {
                        line: value.referenced.line() as usize,
                        column: (value.referenced.column() as usize).max(1),
                    };
                    (key, cell_text(&value.value), Some(at))
                })
                .collect()
        })
        .collect();
    Ok(records_of(records))
}

fn toml_records(text: &str, index: &LineIndex, file: &DataFile) -> Result<Records, Box<Finding>> {
    let tables: BTreeMap<String, List<toml::Spanned<serde_json::Value>>> = toml::from_str(text)
        .map_err(|error| {
            let offset = error.span().map_or(0, |span| span.start);
            Box::new(Location::at(&file.path, index, text, offset).error(
                FindingKind::Data,
                crate::msg!("data-toml-unreadable", detail = error.message().trim()),
            ))
        })?;
    let Some(list) = tables.into_values().next() else {
        return Ok(Records {
            columns: Vec::new(),
            rows: Vec::new(),
        });
    };
    let records = list
        .0
        .into_iter()
        .map(|record| {
            record
                .0
                .into_iter()
                .map(|(key, value)| {
                    let at = index.span(text, value.span().start);
                    (key, cell_text(value.get_ref()), Some(at))
                })
                .collect()
        })
        .collect();
    Ok(records_of(records))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read_table(name: &str, text: &str) -> Table {
        read_bytes(name, text.as_bytes().to_vec())
    }

    fn read_bytes(name: &str, bytes: Vec<u8>) -> Table {
        let file = DataFile {
            path: PathBuf::from("data").join(name),
            name: name.to_string(),
            bytes,
        };
        let format = Format::of(name).expect("a table's name");
        read(&file, format).expect("a table")
    }

    #[test]
    fn a_swedish_excel_export_reads_with_its_bom_semicolons_and_decimal_commas() {
        let table = read_table(
            "a.csv",
            "\u{feff}sjukhus;kostnad_kvm;median\r\nBorås;68,5;71,2\r\nSkövde;74,1;71,2\r\n",
        );
        let names: Vec<&str> = table.columns.iter().map(|c| c.name.as_str()).collect();
        assert_eq!(names, ["sjukhus", "kostnad_kvm", "median"]);
        assert!(!table.columns[0].numeric);
        assert!(table.columns[1].numeric);
        assert_eq!(table.columns[1].decimals, 1);
        assert_eq!(table.rows[1][1].number, Some(74.1));
        assert_eq!(table.rows[1][1].at, Some(Span { line: 3, column: 8 }));
    }

    #[test]
    fn excel_s_csv_in_windows_1252_reads_with_its_nordic_letters() {
        // "Lövsta;Ängby;Ærø;Øst" and "84,5 %" as Excel on a Swedish Windows saves them.
        let bytes =
            b"sjukhus;andel\r\nL\xf6vsta;84,5 %\r\n\xc4ngby;80 %\r\n\xc6r\xf8 \xd8st;79 %\r\n"
                .to_vec();
        let table = read_bytes("a.csv", bytes);
        let names: Vec<&str> = table.rows.iter().map(|row| row[0].text.as_str()).collect();
        assert_eq!(names, ["Lövsta", "Ängby", "Ærø Øst"]);
        assert!(table.columns[1].percent);
    }

    #[test]
    fn excel_s_unicode_text_is_utf16_with_tabs() {
        let text = "sjukhus\tkostnad\r\nLövsta\t68,5\r\nÅsunda\t1 071,25\r\n";
        let mut bytes = vec![0xff, 0xfe];
        bytes.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
        let table = read_bytes("a.tsv", bytes);
        assert_eq!(table.columns.len(), 2);
        assert_eq!(table.rows[1][0].text, "Åsunda");
        assert_eq!(table.rows[1][1].number, Some(1071.25));
        assert_eq!(table.rows[1][1].at, Some(Span { line: 3, column: 8 }));
    }

    #[test]
    fn bytes_that_are_no_text_are_not_read_as_windows_1252() {
        assert!(decoded(b"a;b\n\x00\x01\x9d;\xff\n").is_none());
        assert_eq!(decoded(b"\xe5r").as_deref(), Some("år"));
        assert_eq!(decoded("år".as_bytes()).as_deref(), Some("år"));
    }

    #[test]
    fn yaml_and_toml_lists_of_records_are_tables() {
        let yaml = read_table(
            "b.yaml",
            "- år: 2024\n  värde: 12 %\n- år: 2025\n  värde: 14 %\n",
        );
        assert_eq!(yaml.columns[1].name, "värde");
        assert!(yaml.columns[1].numeric);
        assert_eq!(
            yaml.rows[1][1].at,
            Some(Span {
                line: 4,
                column: 10
            })
        );
        let toml = read_table(
            "c.toml",
            "[[rad]]\nar = 2024\nvarde = 1.5\n\n[[rad]]\nar = 2025\nvarde = 2\n",
        );
        assert_eq!(toml.rows.len(), 2);
        assert_eq!(toml.rows[1][1].number, Some(2.0));
        assert_eq!(toml.rows[1][1].at.map(|at| at.line), Some(7));
    }

    #[test]
    fn a_column_with_one_word_is_not_numeric() {
        let table = read_table("d.csv", "a,b\n1,x\n2,3\n");
        assert!(table.columns[0].numeric);
        assert!(!table.columns[1].numeric);
    }
}
