// Stegvis's additions to Decap CMS: what `stegvis cms` knows of the site
// (STEGVIS, above: labels in the portal's language, the tables of data/)
// made into editor components and previews.
//
// - Callouts (`> [!TIP]`), chart and table blocks are editor components:
//   an editor inserts them from the "+" menu and edits them in a form, and
//   Decap writes them back exactly as the build reads them (its rich-text
//   editor would otherwise escape a callout's `[` and lose it).
// - The preview pane uses the portal's stylesheet (preview.css beside this
//   file) and shows a page as the portal does: its date, time and place, a
//   meeting's agenda as a table, callouts as callouts, a chart or table
//   block as its data's table.
// No other host is asked for anything; nothing here runs a page's text.
(function () {
  "use strict";
  if (typeof CMS === "undefined" || typeof h === "undefined") {
    return;
  }
  var words = STEGVIS.words;
  var KINDS = ["NOTE", "TIP", "IMPORTANT", "WARNING", "CAUTION"];
  var SYMBOLS = { NOTE: "i", TIP: "✓", IMPORTANT: "!", WARNING: "!", CAUTION: "×" };

  function escapeHtml(text) {
    return String(text == null ? "" : text)
      .replace(/&/g, "&amp;")
      .replace(/</g, "&lt;")
      .replace(/>/g, "&gt;")
      .replace(/"/g, "&quot;");
  }

  // A value as YAML writes it: plain where that reads back the same,
  // else a double-quoted (JSON) string, which YAML reads too.
  function yamlScalar(value) {
    var text = String(value);
    var plain = /^[\p{L}\p{N}][\p{L}\p{N} ._\/()%,–-]*$/u.test(text) && !/^(true|false|yes|no|null|~|on|off)$/i.test(text)
      && !/^[0-9.,\s-]+$/.test(text) && !/[:#]/.test(text) && text.trim() === text;
    return plain ? text : JSON.stringify(text);
  }

  function yamlList(values) {
    return "[" + values.map(yamlScalar).join(", ") + "]";
  }

  // The few YAML forms a block holds: `key: value`, `key: [a, b]`, quoted
  // strings. Anything else is left as text for the build to report.
  function readBlock(text) {
    var fields = {};
    text.split("\n").forEach(function (line) {
      var match = /^([a-z_]+):\s*(.*)$/.exec(line);
      if (!match) { return; }
      fields[match[1]] = readValue(match[2].trim());
    });
    return fields;
  }

  function readValue(text) {
    if (/^\[.*\]$/.test(text)) {
      var inner = text.slice(1, -1).trim();
      if (inner === "") { return []; }
      return splitList(inner).map(function (item) { return readValue(item.trim()); });
    }
    if (/^".*"$/.test(text)) {
      try { return JSON.parse(text); } catch (error) { return text.slice(1, -1); }
    }
    if (/^'.*'$/.test(text)) { return text.slice(1, -1).replace(/''/g, "'"); }
    return text;
  }

  // Items of a flow list, split at commas outside quotes.
  function splitList(text) {
    var items = [];
    var current = "";
    var quote = null;
    for (var i = 0; i < text.length; i++) {
      var ch = text.charAt(i);
      if (quote) {
        current += ch;
        if (ch === quote && text.charAt(i - 1) !== "\\") { quote = null; }
      } else if (ch === "\"" || ch === "'") {
        quote = ch;
        current += ch;
      } else if (ch === ",") {
        items.push(current);
        current = "";
      } else {
        current += ch;
      }
    }
    items.push(current);
    return items;
  }

  function asList(value) {
    if (Array.isArray(value)) { return value.map(String); }
    if (value == null || value === "") { return []; }
    return String(value).split(",").map(function (item) { return item.trim(); }).filter(Boolean);
  }

  function writeBlock(name, keys, data) {
    var lines = ["```" + name];
    keys.forEach(function (key) {
      var value = data[key];
      if (value == null || value === "" || (Array.isArray(value) && value.length === 0)) { return; }
      lines.push(key + ": " + (Array.isArray(value) ? yamlList(value) : yamlScalar(value)));
    });
    lines.push("```");
    return lines.join("\n");
  }

  // A table of data/ as a table, for the preview of a block that shows it.
  function tablePreview(data, caption, only) {
    var table = STEGVIS.tables[data];
    if (!table) {
      return "<p class=\"callout\">" + escapeHtml(words.cms_no_table.replace("{name}", data || "")) + "</p>";
    }
    var columns = table.columns.map(function (name, index) { return { name: name, index: index }; })
      .filter(function (column) { return !only || only.length === 0 || only.indexOf(column.name) >= 0; });
    var rows = (table.rows || []).map(function (row) {
      return "<tr>" + columns.map(function (column) { return "<td>" + escapeHtml(row[column.index]) + "</td>"; }).join("") + "</tr>";
    }).join("");
    return "<table><caption>" + escapeHtml(caption) + "</caption><thead><tr>"
      + columns.map(function (column) { return "<th scope=\"col\">" + escapeHtml(column.name) + "</th>"; }).join("")
      + "</tr></thead><tbody>" + rows + "</tbody></table>"
      + (table.rows ? "" : "<p>" + escapeHtml(words.cms_table_too_long) + "</p>");
  }

  // A table of data/, picked from the list the "data" collection keeps
  // (a file uploaded there is listed at once).
  function dataField() {
    return {
      name: "data", label: words.cms_data, widget: "relation", collection: STEGVIS.data_collection, file: "tables",
      value_field: "tables.*.file", search_fields: ["tables.*.file"], display_fields: ["tables.*.file"],
    };
  }

  CMS.registerEditorComponent({
    id: "callout",
    label: words.cms_callout,
    fields: [
      {
        name: "kind", label: words.cms_callout_kind, widget: "select", default: "NOTE",
        options: KINDS.map(function (kind) { return { label: STEGVIS.callouts[kind], value: kind }; }),
      },
      { name: "text", label: words.cms_body, widget: "text" },
    ],
    // The marker alone on the quote's first line, escaped or not, then the
    // quote's other lines.
    pattern: /^> ?\\?\[!(NOTE|TIP|IMPORTANT|WARNING|CAUTION)\][ \t]*\n((?:>[^\n]*(?:\n|$))*)/i,
    fromBlock: function (match) {
      return {
        kind: match[1].toUpperCase(),
        text: match[2].replace(/\n$/, "").split("\n").map(function (line) { return line.replace(/^> ?/, ""); }).join("\n"),
      };
    },
    toBlock: function (data) {
      var kind = KINDS.indexOf(String(data.kind).toUpperCase()) >= 0 ? String(data.kind).toUpperCase() : "NOTE";
      var lines = String(data.text || "").split("\n").map(function (line) { return line === "" ? ">" : "> " + line; });
      return "> [!" + kind + "]\n" + lines.join("\n");
    },
    toPreview: function (data) {
      var kind = KINDS.indexOf(String(data.kind).toUpperCase()) >= 0 ? String(data.kind).toUpperCase() : "NOTE";
      return "<div class=\"callout callout-" + kind.toLowerCase() + "\" role=\"note\"><p class=\"callout-title\">"
        + "<span class=\"callout-symbol\" aria-hidden=\"true\">" + SYMBOLS[kind] + "</span> "
        + escapeHtml(STEGVIS.callouts[kind]) + "</p>"
        + String(data.text || "").split(/\n{2,}/).map(function (paragraph) { return "<p>" + escapeHtml(paragraph) + "</p>"; }).join("")
        + "</div>";
    },
  });

  var CHART_KEYS = ["data", "type", "x", "y", "reference", "reference_label", "highlight", "title", "unit"];
  CMS.registerEditorComponent({
    id: "chart",
    label: words.cms_chart,
    fields: [
      dataField(),
      {
        name: "type", label: words.cms_chart_type, widget: "select", required: false, default: "bar",
        options: [{ label: words.cms_chart_bar, value: "bar" }, { label: words.cms_chart_line, value: "line" }],
      },
      { name: "x", label: words.cms_chart_x, widget: "string" },
      { name: "y", label: words.cms_chart_y, widget: "string", hint: words.cms_chart_y_hint },
      { name: "reference", label: words.cms_chart_reference, widget: "string", required: false, hint: words.cms_chart_reference_hint },
      { name: "reference_label", label: words.cms_chart_reference_label, widget: "string", required: false },
      { name: "highlight", label: words.cms_chart_highlight, widget: "list", required: false },
      { name: "title", label: words.cms_title, widget: "string" },
      { name: "unit", label: words.cms_chart_unit, widget: "string", required: false },
    ],
    pattern: /^```chart\n([\s\S]*?)\n```/,
    fromBlock: function (match) {
      var fields = readBlock(match[1]);
      if (Array.isArray(fields.y)) { fields.y = fields.y.join(", "); }
      fields.highlight = asList(fields.highlight);
      return fields;
    },
    toBlock: function (data) {
      var fields = Object.assign({}, data);
      var y = asList(fields.y);
      fields.y = y.length === 1 ? y[0] : y;
      fields.highlight = asList(fields.highlight);
      if (fields.type === "bar") { delete fields.type; }
      return writeBlock("chart", CHART_KEYS, fields);
    },
    toPreview: function (data) {
      var y = asList(data.y);
      return "<figure class=\"chart\">" + tablePreview(data.data, data.title || "", [data.x].concat(y, data.reference ? [data.reference] : []))
        + "<figcaption>" + escapeHtml(words.cms_chart_note) + "</figcaption></figure>";
    },
  });

  CMS.registerEditorComponent({
    id: "table",
    label: words.cms_table,
    fields: [
      dataField(),
      { name: "caption", label: words.cms_caption, widget: "string" },
      { name: "columns", label: words.cms_table_columns, widget: "list", required: false, hint: words.cms_table_columns_hint },
    ],
    pattern: /^```table\n([\s\S]*?)\n```/,
    fromBlock: function (match) {
      var fields = readBlock(match[1]);
      fields.columns = asList(fields.columns);
      return fields;
    },
    toBlock: function (data) {
      return writeBlock("table", ["data", "columns", "caption"], Object.assign({}, data, { columns: asList(data.columns) }));
    },
    toPreview: function (data) {
      return tablePreview(data.data, data.caption || "", asList(data.columns));
    },
  });

  CMS.registerPreviewStyle("preview.css");

  // A page as the portal shows it: title, description, a meeting's date,
  // time, place and agenda, then the text (callouts and blocks through
  // their components' previews).
  var Page = createClass({
    render: function () {
      var entry = this.props.entry;
      var get = function (key) { return entry.getIn(["data", key]); };
      var facts = [];
      [["date", words.date], ["start", words.cms_start], ["end", words.cms_end], ["location", words.cms_location]].forEach(function (pair) {
        var value = get(pair[0]);
        if (value) { facts.push(h("div", { key: pair[0] }, h("dt", {}, pair[1]), h("dd", {}, String(value)))); }
      });
      var agenda = get("agenda");
      var items = agenda && agenda.toJS ? agenda.toJS() : [];
      var table = items.length === 0 ? null : h("table", { className: "agenda" },
        h("caption", {}, words.agenda),
        h("thead", {}, h("tr", {}, h("th", { scope: "col" }, words.time), h("th", { scope: "col" }, words.item))),
        h("tbody", {}, items.map(function (item, index) {
          return h("tr", { key: index }, h("td", {}, item.time || ""), h("td", {}, item.title || ""));
        })));
      return h("main", { className: "wrap" },
        h("article", { lang: STEGVIS.language },
          h("h1", {}, get("title") || ""),
          get("description") ? h("p", { className: "lead" }, get("description")) : null,
          facts.length ? h("dl", { className: "facts" }, facts) : null,
          table,
          h("div", { className: "content" }, this.props.widgetFor("body"))));
    },
  });
  STEGVIS.collections.forEach(function (name) { CMS.registerPreviewTemplate(name, Page); });
})();
