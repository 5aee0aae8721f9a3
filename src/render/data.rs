//! The `table` and `chart` blocks of a page as HTML: the table with its
//! caption, column headers (`th scope`) and numbers in the page's language,
//! then a link to download the data file (copied to `data/` in the output).
//! A chart is its SVG (`chart.rs`), then the same data as a table with the
//! chart's title as caption, then the download link (SPEC "Data and charts").

use crate::config::Language;
use crate::data::block::{Block, ChartBlock, TableBlock};
use crate::data::number;
use crate::data::{Table, Tables};
use crate::markup::escape_markup;

/// What a block's HTML needs besides the block: the tables, the page's
/// language and the download link's words.
pub(crate) struct BlockContext<'b> {
    pub tables: &'b Tables,
    pub language: Language,
    /// The URL path of the output's `data/` folder: `/portal/data/`.
    pub data_url: String,
    /// "Ladda ned tabellen ({file})".
    pub download_text: &'b str,
    pub chart_words: super::chart::ChartWords<'b>,
    /// The headings of callouts (`> [!NOTE]` …), in the order of
    /// `body::CALLOUTS`: "Obs", "Tips", "Viktigt", "Varning", "Se upp".
    pub callout_titles: [&'b str; 5],
}

/// A table as templates see it: `data["nyckeltal/lokalvard.csv"].rows`,
/// each row a map from column name to its number (numeric columns) or text.
#[derive(serde::Serialize)]
struct TableView<'t> {
    columns: Vec<&'t str>,
    rows: Vec<std::collections::BTreeMap<&'t str, serde_json::Value>>,
}

/// Every table as one Tera value, shared by every page's context, and its hash.
pub(crate) fn template_value(tables: &Tables) -> (tera::Value, u64) {
    use std::hash::{Hash, Hasher};
    let views: std::collections::BTreeMap<&str, TableView<'_>> = tables
        .iter()
        .map(|(name, table)| {
            let rows = table
                .rows
                .iter()
                .map(|row| {
                    table
                        .columns
                        .iter()
                        .zip(row)
                        .map(|(column, cell)| {
                            let value = match cell.number {
                                Some(number) if column.numeric => serde_json::json!(number),
                                _ => serde_json::Value::String(cell.text.clone()),
                            };
                            (column.name.as_str(), value)
                        })
                        .collect()
                })
                .collect();
            let columns = table
                .columns
                .iter()
                .map(|column| column.name.as_str())
                .collect();
            (name.as_str(), TableView { columns, rows })
        })
        .collect();
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    serde_json::to_vec(&views)
        .unwrap_or_default()
        .hash(&mut hasher);
    (tera::Value::from_serializable(&views), hasher.finish())
}

/// The output path of a data file: `data/nyckeltal/lokalvard.csv`.
pub(crate) fn output_path(name: &str) -> String {
    format!("data/{name}")
}

/// A block as HTML, or `None` when its table is gone (it was checked, so it
/// is not). `index`: the block's place among the page's blocks, for ids.
pub(crate) fn html(index: usize, block: &Block, context: &BlockContext<'_>) -> Option<String> {
    match block {
        Block::Table(table_block) => {
            let table = context.tables.get(&table_block.data)?;
            Some(table_html(table_block, table, context))
        }
        Block::Chart(chart_block) => chart(index, chart_block, context),
    }
}

/// A chart as HTML (an area's indicator, or a block's).
pub(crate) fn chart(
    index: usize,
    chart: &ChartBlock,
    context: &BlockContext<'_>,
) -> Option<String> {
    let table = context.tables.get(&chart.data)?;
    Some(chart_html(index, chart, table, context))
}

fn table_html(block: &TableBlock, table: &Table, context: &BlockContext<'_>) -> String {
    let mut html = String::from("<div class=\"data-table\">");
    html.push_str(&data_table(
        table,
        &block.columns,
        &block.caption,
        context.language,
    ));
    html.push_str(&download(table, context));
    html.push_str("</div>");
    html
}

fn chart_html(
    index: usize,
    chart: &ChartBlock,
    table: &Table,
    context: &BlockContext<'_>,
) -> String {
    let mut columns = vec![chart.x];
    columns.extend(&chart.y);
    if let Some(crate::data::block::ReferenceLine::Column(reference)) = chart.reference
        && !columns.contains(&reference)
    {
        columns.push(reference);
    }
    let caption = match &chart.unit {
        Some(unit) => format!("{} ({unit})", chart.title),
        None => chart.title.clone(),
    };
    // The title above the chart, where a reader looks first; the table's
    // caption below says it again for screen readers, which skip this one.
    let mut html = format!(
        "<figure class=\"chart\"><p class=\"chart-title\" aria-hidden=\"true\">{}</p>",
        escape_markup(&caption)
    );
    let id = format!("chart-{}", index + 1);
    html.push_str(&super::chart::svg(
        chart,
        table,
        &context.chart_words,
        context.language,
        &id,
    ));
    html.push_str(&data_table(table, &columns, &caption, context.language));
    html.push_str(&download(table, context));
    html.push_str("</figure>");
    html
}

/// The columns of `table` as an HTML table: the first column's cells are
/// row headers; numeric columns are written in the page's language and
/// aligned as numbers.
fn data_table(table: &Table, columns: &[usize], caption: &str, language: Language) -> String {
    let mut html = format!(
        "<table><caption>{}</caption><thead><tr>",
        escape_markup(caption)
    );
    for &column in columns {
        let class = if table.columns[column].numeric {
            " class=\"num\""
        } else {
            ""
        };
        html.push_str(&format!(
            "<th scope=\"col\"{class}>{}</th>",
            escape_markup(&table.columns[column].name)
        ));
    }
    html.push_str("</tr></thead><tbody>");
    for row in &table.rows {
        html.push_str("<tr>");
        for (at, &column) in columns.iter().enumerate() {
            let cell = &row[column];
            let info = &table.columns[column];
            let text = match cell.number {
                Some(value) if info.percent => {
                    number::format_percent(value, info.decimals, language)
                }
                Some(value) if info.numeric => number::format(value, info.decimals, language),
                _ => cell.text.clone(),
            };
            let (tag, scope) = if at == 0 {
                ("th", " scope=\"row\"")
            } else {
                ("td", "")
            };
            let class = if info.numeric { " class=\"num\"" } else { "" };
            html.push_str(&format!(
                "<{tag}{scope}{class}>{}</{tag}>",
                escape_markup(&text)
            ));
        }
        html.push_str("</tr>");
    }
    html.push_str("</tbody></table>");
    html
}

/// "Ladda ned tabellen (lokalvard.csv)", linking the copy in the output.
fn download(table: &Table, context: &BlockContext<'_>) -> String {
    let file = table.name.rsplit('/').next().unwrap_or(&table.name);
    format!(
        "<p class=\"data-download\"><a href=\"{}{}\" download>{}</a></p>",
        context.data_url,
        crate::resolve::encode_path(&table.name),
        escape_markup(&context.download_text.replace("{file}", file))
    )
}
