//! A `chart` block as an inline SVG (SPEC "Data and charts"): vertical bars
//! (grouped when several columns are plotted) or lines, each value written
//! on its bar or point, a dashed and labelled reference line, highlighted
//! categories hatched as well as darker, ticks on a labelled axis. The SVG
//! is an image with a `<title>` and a `<desc>` sentence in the page's
//! language; its colours are the theme's CSS custom properties (classes
//! only, nothing inline), so light, dark, forced-colors and print all work.
//! No meaning rests on colour alone: series differ by marker and dash too.

use std::fmt::Write as _;

use crate::config::Language;
use crate::data::Table;
use crate::data::block::{ChartBlock, ChartType, ReferenceLine};
use crate::data::number;
use crate::markup::escape_markup;

/// The drawing's size in SVG units; it scales to the width it is given.
/// Narrow enough that its 14-unit text stays readable on a 320 px screen.
const WIDTH: f64 = 480.0;
const HEIGHT: f64 = 300.0;
const LEFT: f64 = 52.0;
const RIGHT: f64 = 8.0;
const TOP: f64 = 28.0;
const BOTTOM: f64 = 56.0;
/// Where the first line of a category's name stands.
const CATEGORY_BASELINE: f64 = HEIGHT - BOTTOM + 18.0;

/// The words a chart's description is written with, from the theme strings.
pub(crate) struct ChartWords<'w> {
    /// "{highest} har högst värde, {high}, och {lowest} lägst, {low}."
    pub highest_lowest: &'w str,
    /// "{n} av {total} markerade ligger på eller över {reference}."
    pub highlighted_at_or_above: &'w str,
    /// "Referenslinje" when the block names none.
    pub reference: &'w str,
    /// "Markerad": the legend's word for a hatched bar.
    pub highlighted: &'w str,
}

/// One plotted value: its category (row), series (column) and number.
struct Point {
    row: usize,
    series: usize,
    value: f64,
}

/// The chart's `<svg>`; `id` makes its ids unique on the page.
pub(crate) fn svg(
    chart: &ChartBlock,
    table: &Table,
    words: &ChartWords<'_>,
    language: Language,
    id: &str,
) -> String {
    let (points, references) = plotted(chart, table);
    let values = points
        .iter()
        .map(|point| point.value)
        .chain(references.iter().flatten().copied());
    let scale = Scale::of(values, chart.chart == ChartType::Bar);
    let decimals = chart
        .y
        .iter()
        .map(|&column| table.columns[column].decimals)
        .max()
        .unwrap_or(0);
    let percent = chart.y.iter().all(|&column| table.columns[column].percent);
    let format = |value: f64| {
        if percent {
            number::format_percent(value, decimals, language)
        } else {
            number::format(value, decimals, language)
        }
    };
    let label = reference_label(chart, table, words);
    let band = (WIDTH - LEFT - RIGHT) / table.rows.len().max(1) as f64;
    let legend_top = legend_top(chart, table, band);
    let (legend, legend_rows) = legend(
        chart,
        table,
        (&references, &label),
        words,
        (id, legend_top),
        &format,
    );
    let height = HEIGHT.max(legend_top + LEGEND_ROW * legend_rows.saturating_sub(1) as f64 + 8.0);
    let mut svg = String::new();
    let _ = write!(
        svg,
        "<svg class=\"chart-svg chart-{}\" viewBox=\"0 0 {WIDTH} {height}\" role=\"img\" aria-labelledby=\"{id}-title {id}-desc\" xmlns=\"http://www.w3.org/2000/svg\">",
        match chart.chart {
            ChartType::Bar => "bar",
            ChartType::Line => "line",
        }
    );
    let title = match &chart.unit {
        Some(unit) => format!("{} ({unit})", chart.title),
        None => chart.title.clone(),
    };
    let _ = write!(
        svg,
        "<title id=\"{id}-title\">{}</title><desc id=\"{id}-desc\">{}</desc>",
        escape_markup(&title),
        escape_markup(&description(
            chart,
            table,
            &points,
            &references,
            words,
            &format
        ))
    );
    let _ = write!(
        svg,
        "<defs><pattern id=\"{id}-hatch\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\"><rect class=\"chart-hatch-ground\" width=\"6\" height=\"6\"/><line class=\"chart-hatch\" x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\"/></pattern></defs>"
    );
    // Ticks are written with the decimals their step needs: 0, 20, 40 or 0,5, 1,0.
    let tick_decimals = ((-scale.step.log10().floor()).max(0.0) as usize).min(number::MAX_DECIMALS);
    let tick_format = |value: f64| number::format(value, tick_decimals, language);
    axis(&mut svg, &scale, &tick_format, chart.unit.as_deref());
    let highlighted = |row: usize| {
        let name = &table.rows[row][chart.x].text;
        chart.highlight.iter().any(|wanted| wanted == name)
    };
    let plot = Plot {
        scale: &scale,
        band,
        references: &references,
        format: &format,
    };
    match chart.chart {
        ChartType::Bar => bars(&mut svg, chart, &points, &plot, id, &highlighted),
        ChartType::Line => lines(&mut svg, chart, &points, &plot),
    }
    reference_line(&mut svg, &references, &scale, band);
    categories(&mut svg, chart, table, band, &highlighted);
    svg.push_str(&legend);
    svg.push_str("</svg>");
    svg
}

/// Every plotted value, and each row's reference value.
fn plotted(chart: &ChartBlock, table: &Table) -> (Vec<Point>, Vec<Option<f64>>) {
    let points: Vec<Point> = table
        .rows
        .iter()
        .enumerate()
        .flat_map(|(row, cells)| {
            chart
                .y
                .iter()
                .enumerate()
                .filter_map(move |(series, &column)| {
                    cells[column]
                        .number
                        .map(|value| Point { row, series, value })
                })
        })
        .collect();
    let references: Vec<Option<f64>> = table
        .rows
        .iter()
        .map(|cells| match chart.reference {
            Some(ReferenceLine::Column(column)) => cells[column].number,
            Some(ReferenceLine::Value(value)) => Some(value),
            None => None,
        })
        .collect();
    (points, references)
}

/// Each category's name under its bars or points, highlighted ones in bold.
fn categories(
    svg: &mut String,
    chart: &ChartBlock,
    table: &Table,
    band: f64,
    highlighted: &dyn Fn(usize) -> bool,
) {
    for (row, cells) in table.rows.iter().enumerate() {
        let x = LEFT + band * (row as f64 + 0.5);
        let class = if highlighted(row) {
            "chart-category chart-highlighted"
        } else {
            "chart-category"
        };
        let _ = write!(
            svg,
            "<text class=\"{class}\" x=\"{x:.1}\" y=\"{CATEGORY_BASELINE:.1}\" text-anchor=\"middle\">"
        );
        for (at, line) in wrap(&cells[chart.x].text, band).iter().enumerate() {
            let dy = if at == 0 { 0.0 } else { 14.0 };
            let _ = write!(
                svg,
                "<tspan x=\"{x:.1}\" dy=\"{dy}\">{}</tspan>",
                escape_markup(line)
            );
        }
        svg.push_str("</text>");
    }
}

/// The value axis: from `min` to `max` in `step`s.
struct Scale {
    min: f64,
    max: f64,
    step: f64,
}

impl Scale {
    /// Round ticks (1, 2 or 5 times a power of ten) that hold every value,
    /// and zero when `from_zero` (bars start there; a line over time shows
    /// its change better on an axis that fits it).
    ///
    /// Values a double holds but no chart can (a reference of `1.7e308`) are
    /// drawn at `LIMIT`, and what is not finite is not drawn: the scale's
    /// bounds and step are always finite, and its ticks at most `MAX_TICKS`.
    fn of(values: impl Iterator<Item = f64>, from_zero: bool) -> Scale {
        let values: Vec<f64> = values
            .filter(|value| value.is_finite())
            .map(|value| value.clamp(-LIMIT, LIMIT))
            .collect();
        let start = if from_zero {
            0.0
        } else {
            values.first().copied().unwrap_or(0.0)
        };
        let (mut low, mut high) = (start, start);
        for value in values {
            low = low.min(value);
            high = high.max(value);
        }
        if (high - low).abs() < f64::EPSILON {
            high = low + 1.0;
        }
        let rough = (high - low) / 5.0;
        let power = 10_f64.powf(rough.log10().floor());
        let step = [1.0, 2.0, 5.0, 10.0]
            .into_iter()
            .map(|factor| factor * power)
            .find(|step| *step >= rough)
            .unwrap_or(10.0 * power);
        let scale = Scale {
            min: (low / step).floor() * step,
            max: (high / step).ceil() * step,
            step,
        };
        let finite = [scale.min, scale.max, scale.step]
            .iter()
            .all(|bound| bound.is_finite())
            && scale.step > 0.0
            && scale.max > scale.min;
        if finite {
            scale
        } else {
            Scale {
                min: 0.0,
                max: 1.0,
                step: 0.2,
            }
        }
    }

    /// The SVG y of a value, inside the plot.
    fn y(&self, value: f64) -> f64 {
        let plot = HEIGHT - TOP - BOTTOM;
        let y = TOP + plot * (self.max - value.clamp(-LIMIT, LIMIT)) / (self.max - self.min);
        if y.is_finite() {
            y.clamp(TOP, HEIGHT - BOTTOM)
        } else {
            HEIGHT - BOTTOM
        }
    }

    /// Where `value` lies on the axis, or its nearer end.
    fn clamped(&self, value: f64) -> f64 {
        value.max(self.min).min(self.max)
    }

    fn ticks(&self) -> Vec<f64> {
        let n = ((self.max - self.min) / self.step).round();
        let n = if n.is_finite() {
            (n.max(0.0) as usize).min(MAX_TICKS)
        } else {
            0
        };
        (0..=n).map(|at| self.min + self.step * at as f64).collect()
    }
}

/// The largest value a chart draws as it is, and the most ticks on its axis.
const LIMIT: f64 = 1e300;
const MAX_TICKS: usize = 50;

fn axis(svg: &mut String, scale: &Scale, format: &dyn Fn(f64) -> String, unit: Option<&str>) {
    svg.push_str("<g class=\"chart-axis\" aria-hidden=\"true\">");
    for tick in scale.ticks() {
        let y = scale.y(tick);
        let _ = write!(
            svg,
            "<line class=\"chart-grid\" x1=\"{LEFT}\" x2=\"{:.1}\" y1=\"{y:.1}\" y2=\"{y:.1}\"/><text class=\"chart-tick\" x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"end\">{}</text>",
            WIDTH - RIGHT,
            LEFT - 6.0,
            y + 4.0,
            escape_markup(&format(tick))
        );
    }
    if let Some(unit) = unit {
        let _ = write!(
            svg,
            "<text class=\"chart-unit\" x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"start\">{}</text>",
            4.0,
            TOP - 8.0,
            escape_markup(unit)
        );
    }
    svg.push_str("</g>");
}

/// What every mark is placed by: the scale, each category's band, the
/// reference line (which no value label may sit on) and the number format.
struct Plot<'p> {
    scale: &'p Scale,
    band: f64,
    references: &'p [Option<f64>],
    format: &'p dyn Fn(f64) -> String,
}

impl Plot<'_> {
    /// The baseline of a value label wanted at `y`, moved off the reference
    /// line of `row` when the line would strike through it: above the line
    /// when the label was above its mark, below it when it was below.
    fn clear_of_reference(&self, row: usize, y: f64, above: bool) -> f64 {
        let Some(reference) = self.references.get(row).copied().flatten() else {
            return y;
        };
        let line = self.scale.y(reference);
        // The label's text reaches from its baseline up to about a cap
        // height (11 units at 14-unit text), plus a unit of air each side.
        let struck = line > y - LABEL_HEIGHT - 1.0 && line < y + 2.0;
        match (struck, above) {
            (false, _) => y,
            (true, true) => line - 4.0,
            (true, false) => line + LABEL_HEIGHT + 3.0,
        }
    }
}

/// How far a value label's letters reach above its baseline.
const LABEL_HEIGHT: f64 = 11.0;

fn bars(
    svg: &mut String,
    chart: &ChartBlock,
    points: &[Point],
    plot: &Plot<'_>,
    id: &str,
    highlighted: &dyn Fn(usize) -> bool,
) {
    let (scale, band, format) = (plot.scale, plot.band, plot.format);
    let n_series = chart.y.len().max(1) as f64;
    let width = (band * 0.7 / n_series).min(64.0);
    let zero = scale.y(scale.clamped(0.0));
    for point in points {
        let center = LEFT + band * (point.row as f64 + 0.5);
        let x = center - width * n_series / 2.0 + width * point.series as f64;
        let y = scale.y(point.value);
        let (top, height) = if y < zero {
            (y, zero - y)
        } else {
            (zero, y - zero)
        };
        // A highlighted bar is hatched, not only darker: its fill is the
        // pattern (no series class, whose CSS fill would win over it).
        let (class, fill) = if highlighted(point.row) {
            (
                String::from("chart-bar chart-bar-highlighted"),
                format!(" fill=\"url(#{id}-hatch)\""),
            )
        } else {
            (
                format!("chart-bar chart-series-{}", point.series % 4),
                String::new(),
            )
        };
        let _ = write!(
            svg,
            "<rect class=\"{class}\"{fill} x=\"{x:.1}\" y=\"{top:.1}\" width=\"{:.1}\" height=\"{height:.1}\"/>",
            width - 2.0
        );
        let label_y = if point.value >= 0.0 {
            plot.clear_of_reference(point.row, top - 4.0, true)
        } else {
            plot.clear_of_reference(point.row, top + height + 12.0, false)
        };
        let _ = write!(
            svg,
            "<text class=\"chart-value\" x=\"{:.1}\" y=\"{label_y:.1}\" text-anchor=\"middle\">{}</text>",
            x + (width - 2.0) / 2.0,
            escape_markup(&format(point.value))
        );
    }
}

/// The marker of series `n`: circle, square, triangle, diamond.
fn marker(n: usize, x: f64, y: f64) -> String {
    match n % 4 {
        0 => format!(
            "<circle class=\"chart-marker chart-series-0\" cx=\"{x:.1}\" cy=\"{y:.1}\" r=\"4\"/>"
        ),
        1 => format!(
            "<rect class=\"chart-marker chart-series-1\" x=\"{:.1}\" y=\"{:.1}\" width=\"8\" height=\"8\"/>",
            x - 4.0,
            y - 4.0
        ),
        2 => format!(
            "<path class=\"chart-marker chart-series-2\" d=\"M{x:.1} {:.1}L{:.1} {:.1}L{:.1} {:.1}Z\"/>",
            y - 5.0,
            x + 5.0,
            y + 4.0,
            x - 5.0,
            y + 4.0
        ),
        _ => format!(
            "<path class=\"chart-marker chart-series-3\" d=\"M{x:.1} {:.1}L{:.1} {y:.1}L{x:.1} {:.1}L{:.1} {y:.1}Z\"/>",
            y - 5.0,
            x + 5.0,
            y + 5.0,
            x - 5.0
        ),
    }
}

fn lines(svg: &mut String, chart: &ChartBlock, points: &[Point], plot: &Plot<'_>) {
    let (scale, band, format) = (plot.scale, plot.band, plot.format);
    for series in 0..chart.y.len() {
        let own: Vec<&Point> = points
            .iter()
            .filter(|point| point.series == series)
            .collect();
        let path: Vec<String> = own
            .iter()
            .map(|point| {
                format!(
                    "{:.1},{:.1}",
                    LEFT + band * (point.row as f64 + 0.5),
                    scale.y(point.value)
                )
            })
            .collect();
        let _ = write!(
            svg,
            "<polyline class=\"chart-line chart-series-{}\" points=\"{}\"/>",
            series % 4,
            path.join(" ")
        );
        for point in own {
            let (x, y) = (LEFT + band * (point.row as f64 + 0.5), scale.y(point.value));
            svg.push_str(&marker(series, x, y));
            // The first series' values above its points, the others' below.
            let label_y = if series == 0 {
                plot.clear_of_reference(point.row, y - 9.0, true)
            } else {
                plot.clear_of_reference(point.row, y + 18.0, false)
            };
            let _ = write!(
                svg,
                "<text class=\"chart-value\" x=\"{x:.1}\" y=\"{label_y:.1}\" text-anchor=\"middle\">{}</text>",
                escape_markup(&format(point.value))
            );
        }
    }
}

/// The reference as a dashed line: one across the chart when it is the same
/// for every category, else a dash over each category. Its name is in the
/// legend.
fn reference_line(svg: &mut String, references: &[Option<f64>], scale: &Scale, band: f64) {
    let Some(first) = same_reference(references) else {
        let mut dashes = references
            .iter()
            .enumerate()
            .filter_map(|(row, value)| value.map(|value| (row, value)))
            .peekable();
        if dashes.peek().is_none() {
            return;
        }
        svg.push_str("<g class=\"chart-reference\">");
        for (row, value) in dashes {
            let y = scale.y(value);
            let x = LEFT + band * row as f64;
            let _ = write!(
                svg,
                "<line class=\"chart-reference-line\" x1=\"{:.1}\" x2=\"{:.1}\" y1=\"{y:.1}\" y2=\"{y:.1}\"/>",
                x + band * 0.1,
                x + band * 0.9
            );
        }
        svg.push_str("</g>");
        return;
    };
    let y = scale.y(first);
    let _ = write!(
        svg,
        "<g class=\"chart-reference\"><line class=\"chart-reference-line\" x1=\"{LEFT}\" x2=\"{:.1}\" y1=\"{y:.1}\" y2=\"{y:.1}\"/></g>",
        WIDTH - RIGHT
    );
}

/// The reference when it is one value for every category that has one.
fn same_reference(references: &[Option<f64>]) -> Option<f64> {
    let mut known = references.iter().flatten();
    let first = *known.next()?;
    known
        .all(|value| (value - first).abs() < f64::EPSILON)
        .then_some(first)
}

/// What the reference line is called: its `reference_label`, else the
/// column it comes from, else the theme's word.
fn reference_label(chart: &ChartBlock, table: &Table, words: &ChartWords<'_>) -> String {
    if let Some(label) = &chart.reference_label {
        return label.clone();
    }
    match chart.reference {
        Some(ReferenceLine::Column(column)) => table.columns[column].name.clone(),
        _ => words.reference.to_string(),
    }
}

/// The legend's first line: under the category names' last.
fn legend_top(chart: &ChartBlock, table: &Table, band: f64) -> f64 {
    let name_lines = table
        .rows
        .iter()
        .map(|cells| wrap(&cells[chart.x].text, band).len())
        .max()
        .unwrap_or(1);
    CATEGORY_BASELINE + 14.0 * name_lines as f64 + 8.0
}

/// The height of a row of the legend.
const LEGEND_ROW: f64 = 18.0;

/// What the marks mean, under the chart: each series' marker and name when
/// there are several, the hatching of a highlighted bar, and the reference's
/// dash, name and (when it is one value) value. Returns the drawing and its
/// number of rows; the entries wrap to the chart's width.
fn legend(
    chart: &ChartBlock,
    table: &Table,
    (references, reference): (&[Option<f64>], &str),
    words: &ChartWords<'_>,
    (id, top): (&str, f64),
    format: &dyn Fn(f64) -> String,
) -> (String, usize) {
    // Each entry: its symbol drawn at (x, y) and its words.
    type Symbol<'s> = Box<dyn Fn(f64, f64) -> String + 's>;
    let mut entries: Vec<(Symbol<'_>, String)> = Vec::new();
    if chart.y.len() > 1 {
        for (series, &column) in chart.y.iter().enumerate() {
            entries.push((
                Box::new(move |x, y| marker(series, x + 4.0, y - 4.0)),
                table.columns[column].name.clone(),
            ));
        }
    }
    let highlighted = chart.chart == ChartType::Bar
        && table
            .rows
            .iter()
            .any(|cells| chart.highlight.contains(&cells[chart.x].text));
    if highlighted {
        entries.push((
            Box::new(move |x, y| {
                format!(
                    "<rect class=\"chart-bar chart-bar-highlighted\" fill=\"url(#{id}-hatch)\" x=\"{x:.1}\" y=\"{:.1}\" width=\"12\" height=\"12\"/>",
                    y - 11.0
                )
            }),
            words.highlighted.to_string(),
        ));
    }
    if references.iter().any(Option::is_some) {
        let words = match same_reference(references) {
            Some(value) => format!("{reference}: {}", format(value)),
            None => reference.to_string(),
        };
        entries.push((
            Box::new(|x, y| {
                format!(
                    "<line class=\"chart-reference-line\" x1=\"{x:.1}\" x2=\"{:.1}\" y1=\"{:.1}\" y2=\"{:.1}\"/>",
                    x + 16.0,
                    y - 5.0,
                    y - 5.0
                )
            }),
            words,
        ));
    }
    if entries.is_empty() {
        return (String::new(), 0);
    }
    let mut svg = String::from("<g class=\"chart-legend\" aria-hidden=\"true\">");
    let (mut x, mut row) = (LEFT, 0);
    for (symbol, words) in entries {
        // About 7.5 units a character, after a 20-unit symbol.
        let width = 20.0 + 7.5 * words.chars().count() as f64;
        if x > LEFT && x + width > WIDTH - RIGHT {
            (x, row) = (LEFT, row + 1);
        }
        let y = top + LEGEND_ROW * row as f64;
        svg.push_str(&symbol(x, y));
        let _ = write!(
            svg,
            "<text class=\"chart-legend-text\" x=\"{:.1}\" y=\"{y:.1}\">{}</text>",
            x + 20.0,
            escape_markup(&words)
        );
        x += width + 16.0;
    }
    svg.push_str("</g>");
    (svg, row + 1)
}

/// A category name in lines that fit its band (at most two; the rest is in the table).
fn wrap(name: &str, band: f64) -> Vec<String> {
    // About 8.5 units a character at the chart's 14-unit text.
    let per_line = ((band / 8.5) as usize).max(4);
    let mut lines: Vec<String> = Vec::new();
    for word in name.split_whitespace() {
        match lines.last_mut() {
            Some(line) if line.chars().count() + 1 + word.chars().count() <= per_line => {
                line.push(' ');
                line.push_str(word);
            }
            _ => lines.push(word.to_string()),
        }
    }
    if lines.len() > 2 {
        let rest = lines.split_off(1).join(" ");
        let shown: String = rest.chars().take(per_line.saturating_sub(1)).collect();
        lines.push(format!("{shown}…"));
    }
    lines
}

/// What the chart shows, in a sentence or two: the highest and lowest
/// value of the first series, and how many highlighted categories are at or
/// above the reference.
fn description(
    chart: &ChartBlock,
    table: &Table,
    points: &[Point],
    references: &[Option<f64>],
    words: &ChartWords<'_>,
    format: &dyn Fn(f64) -> String,
) -> String {
    let first: Vec<&Point> = points.iter().filter(|point| point.series == 0).collect();
    let name = |point: &Point| table.rows[point.row][chart.x].text.clone();
    let with_unit = |value: f64| match &chart.unit {
        Some(unit) => format!("{} {unit}", format(value)),
        None => format(value),
    };
    let mut text = String::new();
    let highest = first.iter().max_by(|a, b| a.value.total_cmp(&b.value));
    let lowest = first.iter().min_by(|a, b| a.value.total_cmp(&b.value));
    if let (Some(highest), Some(lowest)) = (highest, lowest) {
        text = words
            .highest_lowest
            .replace("{highest}", &name(highest))
            .replace("{high}", &with_unit(highest.value))
            .replace("{lowest}", &name(lowest))
            .replace("{low}", &with_unit(lowest.value));
    }
    let highlighted: Vec<&&Point> = first
        .iter()
        .filter(|point| chart.highlight.iter().any(|wanted| *wanted == name(point)))
        .collect();
    if !highlighted.is_empty() && references.iter().any(Option::is_some) {
        let at_or_above = highlighted
            .iter()
            .filter(|point| references[point.row].is_some_and(|reference| point.value >= reference))
            .count();
        let label = reference_label(chart, table, words);
        text.push(' ');
        text.push_str(
            &words
                .highlighted_at_or_above
                .replace("{n}", &at_or_above.to_string())
                .replace("{total}", &highlighted.len().to_string())
                .replace("{reference}", &label.to_lowercase()),
        );
    }
    text.trim().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ticks_are_round_and_hold_every_value() {
        let scale = Scale::of([64.2, 71.4, 68.9].into_iter(), true);
        assert_eq!(scale.min, 0.0);
        assert!(scale.max >= 71.4 && scale.max <= 80.0, "{}", scale.max);
        assert_eq!(scale.step, 20.0);
        let scale = Scale::of([-3.0, 12.0].into_iter(), true);
        assert!(scale.min <= -3.0 && scale.max >= 12.0);
        let over_time = Scale::of([74.6, 68.9].into_iter(), false);
        assert!(
            over_time.min > 0.0 && over_time.min <= 68.9,
            "{}",
            over_time.min
        );
        assert!(scale.min <= -3.0 && scale.max >= 12.0);
        assert!([1.0, 2.0, 5.0, 10.0].contains(&scale.step) || scale.step == 5.0);
    }

    /// Once a reference of 1.7e308 asked for 2^64 ticks, and values past a
    /// double's range made `clamp` panic on NaN bounds.
    #[test]
    fn values_at_a_doubles_edge_draw_a_chart_with_few_ticks() {
        let table = table(&format!(
            "x;y\na;{big}\nb;-{big}\nc;1\n",
            big = "9".repeat(300)
        ));
        for (chart_type, reference) in [
            (ChartType::Bar, f64::MAX),
            (ChartType::Line, -1.7e308),
            (ChartType::Bar, f64::INFINITY),
            (ChartType::Line, f64::NAN),
            (ChartType::Bar, 5e-324),
        ] {
            let chart = ChartBlock {
                data: String::from("t.csv"),
                chart: chart_type,
                x: 0,
                y: vec![1],
                reference: Some(ReferenceLine::Value(reference)),
                reference_label: None,
                highlight: vec![String::from("a")],
                title: String::from("T"),
                unit: None,
            };
            let svg = svg(&chart, &table, &WORDS, Language::Sv, "c");
            assert!(svg.ends_with("</svg>"));
            assert!(!svg.contains("NaN"), "{reference}: {svg}");
            assert!(svg.matches("chart-tick").count() <= 2 * (MAX_TICKS + 1));
        }
        for values in [
            vec![f64::MAX, -f64::MAX],
            vec![f64::NAN],
            vec![1e-320, 2e-320],
            vec![],
        ] {
            let scale = Scale::of(values.into_iter(), true);
            assert!(scale.min.is_finite() && scale.max.is_finite() && scale.max > scale.min);
            assert!(scale.ticks().len() <= MAX_TICKS + 1);
        }
    }

    fn table(csv: &str) -> Table {
        let file = crate::load::DataFile {
            path: std::path::PathBuf::from("data/t.csv"),
            name: String::from("t.csv"),
            bytes: csv.as_bytes().to_vec(),
        };
        let mut findings = Vec::new();
        let mut tables = crate::data::table::tables(&[file], &mut findings);
        assert!(findings.is_empty(), "{findings:?}");
        tables.remove("t.csv").expect("a table")
    }

    const WORDS: ChartWords<'static> = ChartWords {
        highest_lowest: "{highest} {high}, {lowest} {low}.",
        highlighted_at_or_above: "{n}/{total} >= {reference}.",
        reference: "Reference",
        highlighted: "Highlighted",
    };

    #[test]
    fn a_line_chart_draws_each_series_with_its_own_marker_and_dash() {
        let table =
            table("period;Borås;Skövde\nVT 2024;68,5;70\nHT 2024;67,0;71\nVT 2025;66,2;72,5\n");
        let chart = ChartBlock {
            data: String::from("t.csv"),
            chart: ChartType::Line,
            x: 0,
            y: vec![1, 2],
            reference: Some(ReferenceLine::Value(69.0)),
            reference_label: Some(String::from("Median")),
            highlight: Vec::new(),
            title: String::from("Kostnad"),
            unit: None,
        };
        let svg = svg(&chart, &table, &WORDS, Language::En, "c");
        assert_eq!(
            svg.matches("<polyline class=\"chart-line chart-series-0\"")
                .count(),
            1
        );
        assert_eq!(
            svg.matches("<polyline class=\"chart-line chart-series-1\"")
                .count(),
            1
        );
        assert_eq!(
            svg.matches("<circle class=\"chart-marker").count(),
            3 + 1,
            "three points and the legend"
        );
        assert_eq!(svg.matches("<rect class=\"chart-marker").count(), 3 + 1);
        assert!(
            svg.contains(">66.2</text>") && svg.contains(">72.5</text>"),
            "values in English"
        );
        let (_, legend) = svg
            .split_once("<g class=\"chart-legend\"")
            .unwrap_or_default();
        assert!(
            legend.contains("chart-reference-line") && legend.contains(">Median: 69.0</text>"),
            "the legend names the reference line and its value: {svg}"
        );
        assert!(
            svg.contains("<desc id=\"c-desc\">VT 2024 68.5, VT 2025 66.2.</desc>"),
            "{svg}"
        );
        assert!(
            svg.contains("class=\"chart-legend\""),
            "two series need a legend"
        );
    }

    #[test]
    fn several_columns_are_grouped_bars_and_a_reference_that_varies_is_a_dash_each() {
        let table = table("sjukhus;2024;2025;median\nBorås;68,5;66,0;70\nSkövde;74,1;72,0;71\n");
        let chart = ChartBlock {
            data: String::from("t.csv"),
            chart: ChartType::Bar,
            x: 0,
            y: vec![1, 2],
            reference: Some(ReferenceLine::Column(3)),
            reference_label: None,
            highlight: vec![String::from("Borås")],
            title: String::from("Kostnad"),
            unit: Some(String::from("kr")),
        };
        let whole = svg(&chart, &table, &WORDS, Language::Sv, "g");
        let (svg, legend) = whole
            .split_once("<g class=\"chart-legend\"")
            .unwrap_or_default();
        assert_eq!(
            svg.matches("<rect class=\"chart-bar").count(),
            4,
            "two bars for each of two rows"
        );
        assert_eq!(
            svg.matches("chart-bar-highlighted").count(),
            2,
            "both of Borås' bars"
        );
        assert_eq!(
            svg.matches("chart-bar chart-series-1").count(),
            1,
            "Skövde's 2025 bar"
        );
        assert_eq!(
            svg.matches("class=\"chart-reference-line\"").count(),
            2,
            "a dash per row"
        );
        assert!(
            legend.contains(">median</text>"),
            "labelled with its column's name: {whole}"
        );
        assert!(
            legend.contains("chart-bar-highlighted") && legend.contains(">Highlighted</text>"),
            "the legend explains the hatching: {whole}"
        );
        assert!(
            svg.contains("0/1 &gt;= median."),
            "Borås' first series is under its median: {svg}"
        );
    }

    #[test]
    fn a_value_label_the_reference_would_strike_through_stands_above_the_line() {
        let scale = Scale::of([64.2, 71.4, 68.9].into_iter(), true);
        let references = [Some(68.9), Some(68.9), None];
        let plot = Plot {
            scale: &scale,
            band: 100.0,
            references: &references,
            format: &|value| value.to_string(),
        };
        let line = scale.y(68.9);
        let wanted = scale.y(66.1) - 4.0;
        assert!(wanted - LABEL_HEIGHT < line && line < wanted, "the defect");
        assert_eq!(plot.clear_of_reference(0, wanted, true), line - 4.0);
        let far = scale.y(40.0) - 4.0;
        assert_eq!(
            plot.clear_of_reference(1, far, true),
            far,
            "far from the line"
        );
        assert_eq!(
            plot.clear_of_reference(2, wanted, true),
            wanted,
            "no reference"
        );
    }

    #[test]
    fn long_names_wrap_in_two_lines_at_most() {
        assert_eq!(wrap("Norrby sjukhus", 60.0), ["Norrby", "sjukhus"]);
        assert_eq!(wrap("Norrby sjukhus", 200.0), ["Norrby sjukhus"]);
        let lines = wrap("Mycket långt namn på ett sjukhus i regionen", 60.0);
        assert_eq!(lines.len(), 2);
        assert!(lines[1].ends_with('…'));
    }
}
