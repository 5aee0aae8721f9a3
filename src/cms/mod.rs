//! The browser editor (SPEC "Editing in the browser"): Decap CMS's
//! configuration written from the kinds' forms (`FieldSpec`) and the site's
//! sections, so that what the editor writes is what the build reads. A
//! collection per section that holds pages of a kind, one for the section
//! pages themselves; references as `relation` widgets that store the content
//! path the build resolves. `backend.rs` answers Decap's local-backend
//! protocol for `stegvis serve`.

pub(crate) mod backend;
pub(crate) mod merge;

use serde::Serialize;

use crate::config::{Language, SiteConfig};
use crate::kinds::{Dated, FieldSpec, Kind, Widget};
use crate::parse::{Role, SECTION_FILE};
use crate::render::strings::LanguageStrings;
use crate::resolve::Site;

/// Where the admin page loads Decap from when site.toml does not say: a copy
/// the portal hosts itself (README says how to get it from npm).
pub(crate) const DEFAULT_SCRIPT: &str = "decap-cms.js";

/// The port of the local backend, Decap's default (`decap-server`'s).
pub(crate) const LOCAL_BACKEND_PORT: u16 = 8081;

/// What the configuration needs beyond the site.
pub(crate) struct Setup<'s> {
    /// The path of the site folder inside its Git repository (`portal/`),
    /// empty when the site is the repository: Decap names files from the
    /// repository's root.
    pub repository_prefix: &'s str,
    pub local_backend_port: u16,
    /// `publish_mode: editorial_workflow`: changes are saved as drafts
    /// (pull requests) and published when merged.
    pub editorial_workflow: bool,
}

/// What `stegvis cms` wrote last, beside the configuration: a re-run tells
/// by it what was changed by hand (`merge`). A dot file: committed with
/// the site, never published.
pub(crate) const BASE_FILE: &str = ".stegvis-cms.yml";

#[derive(Serialize)]
struct Config {
    backend: Backend,
    local_backend: LocalBackend,
    #[serde(skip_serializing_if = "Option::is_none")]
    publish_mode: Option<&'static str>,
    /// The portal's address, for "view live" links and previews' paths.
    site_url: String,
    display_url: String,
    locale: &'static str,
    media_folder: String,
    public_folder: String,
    collections: Vec<Collection>,
}

#[derive(Serialize)]
struct Backend {
    name: &'static str,
}

#[derive(Serialize)]
struct LocalBackend {
    url: String,
}

#[derive(Serialize)]
struct Collection {
    name: String,
    label: String,
    /// "＋ Möte" on the button that makes a page.
    #[serde(skip_serializing_if = "Option::is_none")]
    label_singular: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    folder: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    files: Option<Vec<SectionFile>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    create: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    extension: Option<&'static str>,
    format: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    slug: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    path: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    filter: Option<Filter>,
    #[serde(skip_serializing_if = "Option::is_none")]
    media_folder: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    public_folder: Option<&'static str>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    fields: Vec<Field>,
}

#[derive(Serialize)]
struct SectionFile {
    name: String,
    label: String,
    file: String,
    fields: Vec<Field>,
}

#[derive(Serialize)]
struct Filter {
    field: &'static str,
    value: &'static str,
}

#[derive(Serialize, Default)]
struct Field {
    name: &'static str,
    label: String,
    widget: &'static str,
    required: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    hint: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    default: Option<serde_json::Value>,
    #[serde(skip_serializing_if = "Option::is_none")]
    options: Option<Vec<Choice>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    multiple: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    collection: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    value_field: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    search_fields: Option<Vec<&'static str>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    display_fields: Option<Vec<&'static str>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    format: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    date_format: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    time_format: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pattern: Option<[String; 2]>,
    #[serde(skip_serializing_if = "Option::is_none")]
    value_type: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    fields: Option<Vec<Field>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    summary: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    choose_url: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    sanitize_preview: Option<bool>,
}

#[derive(Serialize)]
struct Choice {
    label: String,
    value: String,
}

/// A collection of pages of one kind: a section's folder.
struct Holder {
    /// The section's folder under content/, `""` for content/ itself.
    folder: String,
    title: String,
    kind: Kind,
    /// Whether its pages are folders (`trafikrapport/index.md`, a template
    /// with its file): then new pages are folders too, and both are listed.
    bundles: bool,
}

/// The pages of a kind a relation picks from: one collection, or (where
/// the kind's pages lie in several sections, or are sections) a fixed list.
enum Target<'t> {
    Collection(&'t Holder),
    Listed(Vec<Choice>),
}

/// `static/admin/config.yml` as the site's structure says it, before it
/// is merged into the file as it is (`merge`).
pub(crate) fn config(
    site: &Site,
    site_config: &SiteConfig,
    strings: &LanguageStrings,
    setup: &Setup<'_>,
) -> merge::Value {
    let holders = holders(site);
    let forms = Forms {
        site,
        holders: &holders,
        strings,
        prefix: setup.repository_prefix,
    };
    let mut collections: Vec<Collection> = holders
        .iter()
        .map(|holder| forms.collection(holder))
        .collect();
    collections.push(forms.sections());
    collections.push(forms.data());
    let config = Config {
        backend: Backend {
            name: "git-gateway",
        },
        local_backend: LocalBackend {
            url: format!("http://127.0.0.1:{}/api/v1", setup.local_backend_port),
        },
        publish_mode: setup.editorial_workflow.then_some("editorial_workflow"),
        site_url: site_config.base_url.clone(),
        display_url: site_config.base_url.clone(),
        locale: decap_locale(site_config.language),
        // Images are files of content/ to the build: the media library's go
        // to content/media/ (a link `/media/x.png` is found there), and
        // those added to a page beside it.
        media_folder: format!("{}content/media", setup.repository_prefix),
        public_folder: String::from("/media"),
        collections,
    };
    // Through YAML, so that the keys keep the order written here.
    let yaml = serde_saphyr::to_string(&config).unwrap_or_default();
    read_yaml(&yaml).unwrap_or(merge::Value::Scalar(serde_json::Value::Null))
}

/// The configuration's text: the header, then the YAML.
pub(crate) fn config_yaml(config: &merge::Value) -> String {
    let yaml = serde_saphyr::to_string(config).unwrap_or_default();
    format!("{HEADER}{yaml}")
}

/// The base file's text: what the site's structure said at the last run.
pub(crate) fn base_yaml(config: &merge::Value) -> String {
    let yaml = serde_saphyr::to_string(config).unwrap_or_default();
    format!("{BASE_HEADER}{yaml}")
}

/// A configuration file read, keys in their order; why not, if it cannot be.
pub(crate) fn read_yaml(text: &str) -> Result<merge::Value, String> {
    serde_saphyr::from_str(text).map_err(|error| error.to_string())
}

const BASE_HEADER: &str =
    "# What `stegvis cms` wrote last into config.yml, from the site alone. A re-run
# compares config.yml with it, to keep what was changed there by hand. Commit
# it with config.yml; it is never published.
";

/// `static/admin/index.html`: the page that loads Decap CMS from `script`,
/// then Stegvis's editor components and previews ([`EDITOR_SCRIPT`]).
pub(crate) fn admin_page(site_config: &SiteConfig, script: &str) -> String {
    let title = crate::markup::escape_markup(&site_config.title);
    let script = crate::markup::escape_markup(script);
    format!(
        "<!doctype html>\n<!-- Written by stegvis cms: run it again rather than editing this page. -->\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<meta name=\"robots\" content=\"noindex\">\n<title>{title}</title>\n</head>\n<body>\n<script src=\"{script}\"></script>\n<script src=\"{EDITOR_SCRIPT}\"></script>\n</body>\n</html>\n",
        site_config.language.code()
    )
}

/// The script beside the admin page with Stegvis's editor components
/// (callouts, chart and table blocks) and previews; `editor.js`.
pub(crate) const EDITOR_SCRIPT: &str = "stegvis-editor.js";
/// The preview pane's stylesheet: the theme's, beside the admin page.
pub(crate) const PREVIEW_STYLE: &str = "preview.css";
/// The first line of the files `stegvis cms` writes beside the admin page.
pub(crate) const GENERATED_MARK: &str = "/* Written by stegvis cms";

/// The collection of data/'s tables, and the list it edits: the tables'
/// names, written by `stegvis cms` from data/ and added to by the editor
/// as it uploads a file (a dot file: never published).
pub(crate) const DATA_COLLECTION: &str = "data";
pub(crate) const DATA_LIST: &str = "static/admin/.stegvis-data.yml";

/// The list of data/'s tables the editor picks from.
pub(crate) fn data_list(site: &Site) -> String {
    let mut text = String::from(
        "# The tables of data/, for the browser editor: written by `stegvis cms`\n# from data/, and added to by the editor when a file is uploaded.\ntables:\n",
    );
    for name in site.tables.keys() {
        text.push_str(&format!(
            "- file: {}\n",
            serde_json::Value::String(name.clone())
        ));
    }
    if site.tables.is_empty() {
        text = text.replace("tables:\n", "tables: []\n");
    }
    text
}

/// The rows of a table the editor's preview shows; a longer table's preview
/// shows its columns only (the script would grow with the data).
const PREVIEW_ROWS: usize = 100;

/// `static/admin/stegvis-editor.js`: what the editor needs to know of the
/// site (labels in its language, the tables of data/, the collections),
/// then `editor.js`.
pub(crate) fn editor_script(
    site: &Site,
    site_config: &SiteConfig,
    strings: &LanguageStrings,
    config: &merge::Value,
) -> String {
    let words: serde_json::Map<String, serde_json::Value> = EDITOR_WORDS
        .iter()
        .map(|key| {
            let text = strings
                .texts
                .get(*key)
                .cloned()
                .unwrap_or_else(|| key.replace('_', " "));
            ((*key).to_string(), serde_json::Value::String(text))
        })
        .collect();
    let callouts: serde_json::Map<String, serde_json::Value> = crate::parse::callouts::MARKERS
        .iter()
        .map(|marker| {
            let key = format!("callout_{}", marker.to_lowercase());
            let title = strings
                .texts
                .get(&key)
                .cloned()
                .unwrap_or_else(|| marker.to_string());
            ((*marker).to_string(), serde_json::Value::String(title))
        })
        .collect();
    let tables: serde_json::Map<String, serde_json::Value> = site
        .tables
        .iter()
        .map(|(name, table)| {
            let columns: Vec<&str> = table
                .columns
                .iter()
                .map(|column| column.name.as_str())
                .collect();
            let rows = (table.rows.len() <= PREVIEW_ROWS).then(|| {
                table
                    .rows
                    .iter()
                    .map(|row| {
                        row.iter()
                            .map(|cell| cell.text.as_str())
                            .collect::<Vec<_>>()
                    })
                    .collect::<Vec<_>>()
            });
            (
                name.clone(),
                serde_json::json!({ "columns": columns, "rows": rows }),
            )
        })
        .collect();
    let data = serde_json::json!({
        "language": site_config.language.code(),
        "words": words,
        "callouts": callouts,
        "tables": tables,
        "collections": preview_names(config),
        "data_collection": DATA_COLLECTION,
    });
    // `</` cannot end a script that is a file, but keep the JSON inert anyway.
    let data = serde_json::to_string(&data)
        .unwrap_or_default()
        .replace("</", "<\\/");
    format!(
        "{GENERATED_MARK}: run it again rather than editing this file. */\nvar STEGVIS = {data};\n{}",
        include_str!("editor.js")
    )
}

/// The theme strings the editor script shows.
const EDITOR_WORDS: &[&str] = &[
    "cms_callout",
    "cms_callout_kind",
    "cms_body",
    "cms_chart",
    "cms_data",
    "cms_chart_type",
    "cms_chart_bar",
    "cms_chart_line",
    "cms_chart_x",
    "cms_chart_y",
    "cms_chart_y_hint",
    "cms_chart_reference",
    "cms_chart_reference_hint",
    "cms_chart_reference_label",
    "cms_chart_highlight",
    "cms_title",
    "cms_chart_unit",
    "cms_chart_note",
    "cms_table",
    "cms_caption",
    "cms_table_columns",
    "cms_table_columns_hint",
    "cms_no_table",
    "cms_table_too_long",
    "date",
    "cms_start",
    "cms_end",
    "cms_location",
    "agenda",
    "time",
    "item",
];

/// The names Decap gives previews: each folder collection's, and each
/// file's of a file collection (the merged configuration's, so that a
/// collection added by hand gets the portal's preview too).
fn preview_names(config: &merge::Value) -> Vec<String> {
    let merge::Value::Object(config) = config else {
        return Vec::new();
    };
    let Some(merge::Value::Array(collections)) = config.get("collections") else {
        return Vec::new();
    };
    let name = |item: &merge::Value| match item {
        merge::Value::Object(map) => match map.get("name") {
            Some(merge::Value::Scalar(serde_json::Value::String(name))) => Some(name.clone()),
            _ => None,
        },
        _ => None,
    };
    let mut names = Vec::new();
    for collection in collections {
        if name(collection).as_deref() == Some(DATA_COLLECTION) {
            continue;
        }
        if let merge::Value::Object(map) = collection {
            match map.get("files") {
                Some(merge::Value::Array(files)) => names.extend(files.iter().filter_map(name)),
                _ => names.extend(name(collection)),
            }
        }
    }
    names
}

/// `static/admin/preview.css`: the theme's stylesheet, with the site's
/// accent colour, for the preview pane.
pub(crate) fn preview_style(sources: &crate::load::Sources, site_config: &SiteConfig) -> String {
    let theme = sources
        .static_files
        .iter()
        .find(|file| file.output_path == "style.css")
        .and_then(|file| match &file.bytes {
            crate::load::FileBytes::Embedded(bytes) => String::from_utf8(bytes.to_vec()).ok(),
            crate::load::FileBytes::Disk(path) => std::fs::read_to_string(path).ok(),
        })
        .unwrap_or_default();
    let accent = site_config
        .accent
        .as_ref()
        .map(|(accent, _)| {
            format!(":root {{ --accent: {accent}; --chart-highlight: {accent}; }}\n")
        })
        .unwrap_or_default();
    format!(
        "{GENERATED_MARK} from the theme's style.css, for the editor's preview: run it again after changing the theme. */\n{theme}\n{accent}body {{ padding: 1rem; }}\n"
    )
}

const HEADER: &str = "# Written by `stegvis cms` from the site's kinds and sections: run it again
# after adding a section. What you change here by hand (the backend, a label,
# a field or a collection of your own) is kept when it runs again; it changes
# only what the site's structure changed (`stegvis cms --dry-run` shows what).
#
# `stegvis serve` answers the local backend below and serves the editor on
# its address, http://127.0.0.1:PORT/admin/, which edits the files on this
# computer. For the published portal, replace the
# backend with your Git host's, e.g.
#   backend: { name: github, repo: network/portal, branch: main }
#   backend: { name: gitlab, repo: network/portal, branch: main }
# (README: \"Editing in the browser\").
";

/// Decap's name of the site's language for its own interface.
fn decap_locale(language: Language) -> &'static str {
    match language {
        Language::Sv => "sv",
        Language::Nb => "nb_no",
        Language::Nn => "nn_no",
        Language::Da => "da",
        Language::En => "en",
    }
}

/// The pages a collection would not list because they do not write their
/// kind (it comes from their section's `page_kind`): their content paths and
/// the kind to write.
pub(crate) fn unlisted(site: &Site) -> Vec<(String, Kind)> {
    let mut pages = Vec::new();
    for section in site
        .pages
        .iter()
        .filter(|page| page.role() == Role::Section)
    {
        for &child in &section.children {
            let page = &site.pages[child];
            let names_kind = page
                .document
                .front_matter
                .keys
                .iter()
                .any(|(key, _)| key == "kind");
            let listed_by_kind = holders_kind(site, section).is_some_and(|kind| kind != Kind::Page);
            if page.role() != Role::Section && listed_by_kind && !names_kind {
                pages.push((page.document.content_path.clone(), page.kind));
            }
        }
    }
    pages
}

/// The kind of the pages a section holds, if it holds pages of one kind.
fn holders_kind(site: &Site, page: &crate::resolve::Page) -> Option<Kind> {
    let declared = page
        .document
        .front_matter
        .page_kind
        .as_ref()
        .and_then(|kind| Kind::from_name(&kind.text));
    let of_children = page
        .children
        .iter()
        .map(|&child| &site.pages[child])
        .find(|child| child.role() != Role::Section)
        .map(|child| child.kind);
    let is_home = page.parent.is_none();
    declared.or(of_children).or(is_home.then_some(Kind::Page))
}

/// The sections whose pages are of one kind: their `page_kind`, or the
/// kind their pages have. content/ itself holds plain pages.
fn holders(site: &Site) -> Vec<Holder> {
    let mut holders = Vec::new();
    for page in site
        .pages
        .iter()
        .filter(|page| page.role() == Role::Section)
    {
        let Some(kind) = holders_kind(site, page) else {
            continue;
        };
        let folder = page
            .document
            .content_path
            .trim_end_matches(SECTION_FILE)
            .trim_end_matches('/')
            .to_string();
        let bundles = kind.bundled()
            || page
                .children
                .iter()
                .any(|&child| site.pages[child].role() == Role::Bundle);
        holders.push(Holder {
            folder,
            title: page.document.front_matter.title.clone(),
            kind,
            bundles,
        });
    }
    holders
}

struct Forms<'f> {
    site: &'f Site,
    holders: &'f [Holder],
    strings: &'f LanguageStrings,
    prefix: &'f str,
}

impl Forms<'_> {
    /// A label from the theme strings, by key.
    fn word(&self, key: &str) -> String {
        self.strings
            .texts
            .get(key)
            .cloned()
            .unwrap_or_else(|| key.replace('_', " "))
    }

    fn collection(&self, holder: &Holder) -> Collection {
        let folder = if holder.folder.is_empty() {
            format!("{}content", self.prefix)
        } else {
            format!("{}content/{}", self.prefix, holder.folder)
        };
        let typed = holder.kind != Kind::Page;
        Collection {
            name: collection_name(&holder.folder),
            label: holder.title.clone(),
            label_singular: Some(self.singular(holder.kind)),
            folder: Some(folder),
            files: None,
            create: Some(true),
            extension: Some("md"),
            format: "frontmatter",
            // Meetings are named by their date, as the example portal's:
            // the date field as written, not Decap's {{year}}, which reads
            // it in UTC and names a meeting in Nordic time a day early.
            slug: Some(if holder.kind.date_is_an_event() {
                "{{fields.date}}-{{slug}}"
            } else {
                "{{slug}}"
            }),
            path: holder.bundles.then_some("{{slug}}/index"),
            // A section's _index.md lies in its folder too: only pages that
            // name their kind are the collection's (the CMS writes `kind`).
            filter: typed.then(|| Filter {
                field: "kind",
                value: holder.kind.name(),
            }),
            // An image or a template's file goes beside the page.
            media_folder: Some(String::new()),
            public_folder: Some(""),
            fields: self.page_fields(holder, typed),
        }
    }

    /// The form of a page of `kind`: title, kind, description, the date
    /// where the kind has one, its own fields, tags, draft, then the text.
    fn page_fields(&self, holder: &Holder, typed: bool) -> Vec<Field> {
        let kind = holder.kind;
        let mut fields = vec![self.line("title", "cms_title", true)];
        if typed {
            fields.push(Field {
                name: "kind",
                label: self.word(&format!("kind_{}", kind.name())),
                widget: "hidden",
                default: Some(serde_json::Value::from(kind.name())),
                ..Field::default()
            });
        }
        fields.push(self.text("description", "cms_description"));
        if kind.dated() != Dated::No {
            let required = kind.dated() == Dated::Required;
            fields.push(self.date("date", "date", required));
        }
        if kind.weighted() {
            // Pages ordered by weight (steps), where one without is a
            // warning: a new one comes last unless the editor says otherwise.
            fields.push(Field {
                default: Some(serde_json::Value::from(self.next_weight(&holder.folder))),
                ..self.number("weight", "cms_weight", true)
            });
        } else if kind == Kind::Page {
            fields.push(Field {
                hint: Some(self.word("cms_weight_hint")),
                ..self.number("weight", "cms_weight", false)
            });
        }
        fields.extend(kind.schema().iter().map(|spec| self.field(spec)));
        fields.push(Field {
            widget: "list",
            ..self.line("tags", "tags", false)
        });
        fields.extend(self.upkeep());
        fields.push(self.boolean("draft", "cms_draft"));
        fields.push(self.body());
        fields
    }

    /// The fields that keep a page in order, on every form: who answers for
    /// it, when it is to be reviewed and was last changed, and the
    /// addresses it had before.
    fn upkeep(&self) -> [Field; 5] {
        [
            Field {
                hint: Some(self.word("cms_owner_hint")),
                ..self.line("owner", "cms_owner", false)
            },
            Field {
                hint: Some(self.word("cms_review_by_hint")),
                ..self.date("review_by", "cms_review_by", false)
            },
            Field {
                hint: Some(self.word("cms_reviewed_hint")),
                ..self.date("reviewed", "cms_reviewed", false)
            },
            self.date("updated", "cms_updated", false),
            Field {
                widget: "list",
                hint: Some(self.word("cms_aliases_hint")),
                ..self.line("aliases", "cms_aliases", false)
            },
        ]
    }

    /// What one page of a kind is called on the "new" button.
    fn singular(&self, kind: Kind) -> String {
        let own = format!("cms_kind_{}", kind.name());
        if self.strings.texts.contains_key(&own) {
            self.word(&own)
        } else {
            self.word(&format!("kind_{}", kind.name()))
        }
    }

    /// A section's language, where it is not the site's.
    fn language(&self) -> Field {
        let options = Language::ALL
            .into_iter()
            .map(|language| Choice {
                label: language.native_name().to_string(),
                value: language.code().to_string(),
            })
            .collect();
        Field {
            widget: "select",
            options: Some(options),
            hint: Some(self.word("cms_language_hint")),
            ..self.line("language", "cms_language", false)
        }
    }

    /// A section's title under its parents' (`Processen › Förberedelse`),
    /// so that the phases stand under their process in the list.
    fn section_label(&self, page: &crate::resolve::Page) -> String {
        let mut titles = vec![page.document.front_matter.title.clone()];
        let mut parent = page.parent;
        while let Some(index) = parent {
            let above = &self.site.pages[index];
            // The home page is above every section: it names none of them.
            if above.parent.is_none() {
                break;
            }
            titles.push(above.document.front_matter.title.clone());
            parent = above.parent;
        }
        titles.reverse();
        titles.join(" › ")
    }

    /// The page's text. Decap's preview of it is cleaned of scripts (the
    /// default of Decap 3, written out for the editors that do not have
    /// it): a body under review must not run in the editor's origin.
    fn body(&self) -> Field {
        Field {
            name: "body",
            label: self.word("cms_body"),
            widget: "markdown",
            required: false,
            sanitize_preview: Some(true),
            ..Field::default()
        }
    }

    /// One more than the highest weight of the pages in `folder`.
    fn next_weight(&self, folder: &str) -> i64 {
        let prefix = format!("{folder}/");
        self.site
            .pages
            .iter()
            .filter(|page| {
                page.role() != Role::Section
                    && page
                        .document
                        .content_path
                        .strip_prefix(&prefix)
                        .is_some_and(|rest| !rest.contains('/'))
            })
            .filter_map(|page| page.document.front_matter.weight)
            .max()
            .unwrap_or(0)
            + 1
    }

    /// The section pages, each with the fields of its own kind.
    fn sections(&self) -> Collection {
        let files = self
            .site
            .pages
            .iter()
            .filter(|page| page.role() == Role::Section)
            .map(|page| {
                let content_path = &page.document.content_path;
                let mut fields = vec![self.line("title", "cms_title", true)];
                fields.push(self.text("description", "cms_description"));
                if page.kind.weighted() {
                    fields.push(self.number("weight", "cms_weight", false));
                }
                fields.extend(page.kind.schema().iter().map(|spec| self.field(spec)));
                fields.push(self.language());
                fields.extend(self.upkeep());
                fields.push(self.body());
                SectionFile {
                    name: collection_name(content_path.trim_end_matches(SECTION_FILE)),
                    label: self.section_label(page),
                    file: format!("{}content/{content_path}", self.prefix),
                    fields,
                }
            })
            .collect();
        Collection {
            name: String::from("sections"),
            label: self.word("cms_sections"),
            label_singular: None,
            folder: None,
            files: Some(files),
            create: None,
            extension: None,
            format: "frontmatter",
            slug: None,
            path: None,
            filter: None,
            media_folder: Some(String::new()),
            public_folder: Some(""),
            fields: Vec::new(),
        }
    }

    /// The tables of `data/`: a list an editor adds a file to (uploaded
    /// into data/), which the chart and table blocks' forms pick from.
    fn data(&self) -> Collection {
        let file = Field {
            widget: "file",
            choose_url: Some(false),
            ..self.line("file", "cms_file", true)
        };
        let tables = Field {
            widget: "list",
            hint: Some(self.word("cms_data_hint")),
            fields: Some(vec![file]),
            summary: Some(String::from("{{fields.file}}")),
            ..self.line("tables", "cms_data_tables", false)
        };
        Collection {
            name: String::from(DATA_COLLECTION),
            label: self.word("cms_data_collection"),
            label_singular: None,
            folder: None,
            files: Some(vec![SectionFile {
                name: String::from("tables"),
                label: self.word("cms_data_tables"),
                file: format!("{}{DATA_LIST}", self.prefix),
                fields: vec![tables],
            }]),
            create: None,
            extension: None,
            format: "yml",
            slug: None,
            path: None,
            filter: None,
            // Absolute: data/ of the site, named from the repository's root.
            media_folder: Some(format!("/{}{}", self.prefix, crate::load::DATA_DIR)),
            public_folder: Some(""),
            fields: Vec::new(),
        }
    }

    /// The form field of one of a kind's own fields.
    fn field(&self, spec: &FieldSpec) -> Field {
        let label_key = spec.label.unwrap_or_else(|| label_key(spec.name));
        let base = self.line(spec.name, label_key, spec.required);
        match spec.widget {
            Widget::Line => base,
            Widget::Text => self.text(spec.name, label_key),
            Widget::Boolean => self.boolean(spec.name, label_key),
            Widget::Number => self.number(spec.name, label_key, spec.required),
            Widget::Time => Field {
                hint: Some(self.word("cms_time_hint")),
                pattern: Some([
                    String::from("^([01][0-9]|2[0-3]):[0-5][0-9]$"),
                    self.word("cms_time_hint"),
                ]),
                ..base
            },
            Widget::Url => Field {
                pattern: Some([String::from("^https?://"), String::from("https://…")]),
                ..base
            },
            Widget::Choice(values, prefix) => Field {
                widget: "select",
                options: Some(
                    values
                        .iter()
                        .map(|value| Choice {
                            label: self.choice_label(prefix, value),
                            value: (*value).to_string(),
                        })
                        .collect(),
                ),
                ..base
            },
            Widget::Pages {
                kind: target,
                multiple,
            } => self.pages(base, target, multiple),
            Widget::Lines => Field {
                widget: "list",
                ..base
            },
            Widget::Items(specs) => Field {
                widget: "list",
                summary: specs.first().zip(specs.get(1)).map(|(first, second)| {
                    format!(
                        "{{{{fields.{}}}}} {{{{fields.{}}}}}",
                        first.name, second.name
                    )
                }),
                fields: Some(specs.iter().map(|item| self.field(item)).collect()),
                ..base
            },
            Widget::Table => Field {
                widget: "select",
                options: Some(
                    self.site
                        .tables
                        .keys()
                        .map(|name| Choice {
                            label: name.clone(),
                            value: name.clone(),
                        })
                        .collect(),
                ),
                ..base
            },
            Widget::File => Field {
                widget: "file",
                choose_url: Some(false),
                ..base
            },
        }
    }

    /// A reference to pages of `target`, stored as their content paths.
    fn pages(&self, base: Field, target: Kind, multiple: bool) -> Field {
        match self.target(target) {
            Target::Collection(holder) => {
                let folder = if holder.folder.is_empty() {
                    String::new()
                } else {
                    format!("{}/", holder.folder)
                };
                Field {
                    widget: "relation",
                    collection: Some(collection_name(&holder.folder)),
                    value_field: Some(format!("{folder}{{{{slug}}}}.md")),
                    search_fields: Some(vec!["title"]),
                    display_fields: Some(vec!["title"]),
                    multiple: Some(multiple),
                    ..base
                }
            }
            Target::Listed(options) => Field {
                widget: "select",
                options: Some(options),
                multiple: Some(multiple),
                ..base
            },
        }
    }

    fn target(&self, kind: Kind) -> Target<'_> {
        let mut holding = self.holders.iter().filter(|holder| holder.kind == kind);
        if let (Some(only), None) = (holding.next(), holding.next()) {
            return Target::Collection(only);
        }
        Target::Listed(
            self.site
                .pages
                .iter()
                .filter(|page| page.kind == kind)
                .map(|page| Choice {
                    label: page.document.front_matter.title.clone(),
                    value: page.document.content_path.clone(),
                })
                .collect(),
        )
    }

    fn choice_label(&self, prefix: &str, value: &str) -> String {
        let key = format!("{prefix}{}", value.replace('-', "_"));
        self.strings
            .texts
            .get(&key)
            .cloned()
            .unwrap_or_else(|| value.to_string())
    }

    fn line(&self, name: &'static str, label_key: &str, required: bool) -> Field {
        Field {
            name,
            label: self.word(label_key),
            widget: "string",
            required,
            ..Field::default()
        }
    }

    fn text(&self, name: &'static str, label_key: &str) -> Field {
        Field {
            widget: "text",
            ..self.line(name, label_key, false)
        }
    }

    fn boolean(&self, name: &'static str, label_key: &str) -> Field {
        Field {
            widget: "boolean",
            default: Some(serde_json::Value::Bool(false)),
            ..self.line(name, label_key, false)
        }
    }

    fn number(&self, name: &'static str, label_key: &str, required: bool) -> Field {
        Field {
            widget: "number",
            value_type: Some("int"),
            ..self.line(name, label_key, required)
        }
    }

    /// A date written `YYYY-MM-DD`, without a time.
    fn date(&self, name: &'static str, label_key: &str, required: bool) -> Field {
        Field {
            widget: "datetime",
            format: Some("YYYY-MM-DD"),
            date_format: Some("YYYY-MM-DD"),
            time_format: Some(false),
            ..self.line(name, label_key, required)
        }
    }
}

/// The theme string that names a field no kind names itself
/// (`FieldSpec::label`): mostly the field's own key.
fn label_key(name: &str) -> &str {
    match name {
        "start" => "cms_start",
        "end" => "cms_end",
        "location" => "cms_location",
        "online_url" => "cms_online_url",
        "file" => "cms_file",
        "phases_title" => "cms_phases_title",
        name => name,
    }
}

/// A collection's name from its folder: `process/forberedelse` →
/// `process-forberedelse`, content/ itself `pages`.
fn collection_name(folder: &str) -> String {
    let name = crate::slug::slugify(folder.trim_matches('/'));
    if name.is_empty() {
        String::from("pages")
    } else {
        name
    }
}
