//! `stegvis cms` (issue 17): the browser editor's configuration for the
//! example portal names only collections, folders and values that exist,
//! and a page of every collection written the way the editor writes it (its
//! fields in order, each with a value its widget allows) builds with no
//! finding. The browser test (tests/e2e/cms.test.mjs) drives the real Decap.

use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::Value;

/// The example portal in a new temporary folder, with `stegvis cms` run on it.
fn portal_with_editor() -> (tempfile::TempDir, PathBuf, Value) {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    let dir = tempfile::tempdir().expect("temp dir");
    let site = dir.path().join("portal");
    std::fs::create_dir_all(&site).expect("site");
    for name in ["site.toml", "content", "data", "static"] {
        if repo.join(name).exists() {
            let status = Command::new("cp")
                .arg("-R")
                .arg(repo.join(name))
                .arg(site.join(name))
                .status()
                .expect("cp");
            assert!(status.success());
        }
    }
    let (code, stdout, stderr) = stegvis(&site, &["cms"]);
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(
        stdout,
        "static/admin/config.yml\nstatic/admin/index.html\nstatic/admin/.stegvis-cms.yml\nstatic/admin/stegvis-editor.js\nstatic/admin/preview.css\nstatic/admin/.stegvis-data.yml\n"
    );
    let text = std::fs::read_to_string(site.join("static/admin/config.yml")).expect("config");
    let config: Value = serde_saphyr::from_str(&text).expect("the configuration is YAML");
    (dir, site, config)
}

fn stegvis(site: &Path, args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_stegvis"))
        .current_dir(site)
        .args(args)
        .env_remove("STEGVIS_MESSAGES")
        .output()
        .expect("run stegvis");
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(!stderr.contains("panicked"), "{stderr}");
    (
        out.status.code().expect("an exit code"),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr,
    )
}

fn collections(config: &Value) -> &Vec<Value> {
    config["collections"].as_array().expect("collections")
}

fn collection<'c>(config: &'c Value, name: &str) -> &'c Value {
    collections(config)
        .iter()
        .find(|collection| collection["name"] == name)
        .unwrap_or_else(|| panic!("a collection {name}"))
}

fn field<'f>(collection: &'f Value, name: &str) -> &'f Value {
    collection["fields"]
        .as_array()
        .expect("fields")
        .iter()
        .find(|field| field["name"] == name)
        .unwrap_or_else(|| panic!("a field {name} in {}", collection["name"]))
}

/// Every field of every collection, nested ones too.
fn all_fields(config: &Value) -> Vec<&Value> {
    fn walk<'v>(fields: &'v Value, out: &mut Vec<&'v Value>) {
        for field in fields.as_array().into_iter().flatten() {
            out.push(field);
            walk(&field["fields"], out);
        }
    }
    let mut out = Vec::new();
    for collection in collections(config) {
        walk(&collection["fields"], &mut out);
        for file in collection["files"].as_array().into_iter().flatten() {
            walk(&file["fields"], &mut out);
        }
    }
    out
}

#[test]
fn the_configuration_names_only_what_exists_and_asks_what_the_build_checks() {
    let (_dir, site, config) = portal_with_editor();
    assert_eq!(
        config["local_backend"]["url"],
        "http://127.0.0.1:8081/api/v1"
    );
    assert_eq!(config["locale"], "sv");
    // Images are files of content/ to the build: beside the page, or in content/media/.
    assert_eq!(config["media_folder"], "content/media");
    assert_eq!(config["public_folder"], "/media");
    let names: Vec<&str> = collections(&config)
        .iter()
        .filter_map(|collection| collection["name"].as_str())
        .collect();
    for collection in collections(&config) {
        if let Some(folder) = collection["folder"].as_str() {
            assert!(site.join(folder).is_dir(), "{folder}");
        }
        for file in collection["files"].as_array().into_iter().flatten() {
            let path = file["file"].as_str().expect("a file");
            assert!(site.join(path).is_file(), "{path}");
        }
    }
    let known = [
        "string", "text", "markdown", "boolean", "datetime", "number", "select", "relation",
        "list", "file", "hidden",
    ];
    let mut widgets = std::collections::BTreeSet::new();
    for field in all_fields(&config) {
        let widget = field["widget"].as_str().expect("a widget");
        assert!(known.contains(&widget), "{field}");
        widgets.insert(widget);
        assert!(
            field["label"]
                .as_str()
                .is_some_and(|label| !label.is_empty()),
            "{field}"
        );
        if widget == "relation" {
            let target = field["collection"].as_str().expect("a collection");
            assert!(names.contains(&target), "{field}: no collection {target}");
        }
        if widget == "select" {
            assert!(
                field["options"]
                    .as_array()
                    .is_some_and(|options| !options.is_empty()),
                "{field}"
            );
        }
    }
    assert_eq!(
        widgets.len(),
        known.len(),
        "every widget is used: {widgets:?}"
    );

    // The fields of a meeting, as the build reads them.
    let meetings = collection(&config, "moten");
    assert_eq!(meetings["folder"], "content/möten");
    assert_eq!(meetings["filter"]["value"], "meeting");
    assert_eq!(
        (&meetings["media_folder"], &meetings["public_folder"]),
        (&"".into(), &"".into())
    );
    assert_eq!(field(meetings, "title")["required"], true);
    assert_eq!(field(meetings, "kind")["default"], "meeting");
    let date = field(meetings, "date");
    assert_eq!(
        (
            &date["widget"],
            &date["format"],
            &date["time_format"],
            &date["required"]
        ),
        (
            &"datetime".into(),
            &"YYYY-MM-DD".into(),
            &false.into(),
            &true.into()
        )
    );
    assert_eq!(
        field(meetings, "start")["pattern"][0],
        "^([01][0-9]|2[0-3]):[0-5][0-9]$"
    );
    let agenda = field(meetings, "agenda");
    assert_eq!(agenda["widget"], "list");
    assert_eq!(agenda["fields"][0]["name"], "time");
    assert_eq!(agenda["fields"][0]["required"], true);
    let prepare = field(meetings, "prepare");
    assert_eq!(
        (
            &prepare["widget"],
            &prepare["collection"],
            &prepare["value_field"]
        ),
        (
            &"relation".into(),
            &"mallar".into(),
            &"mallar/{{slug}}.md".into()
        )
    );
    assert_eq!(field(meetings, "description")["required"], false);
    // A template is a folder with its file beside the page.
    let templates = collection(&config, "mallar");
    assert_eq!(templates["path"], "{{slug}}/index");
    assert_eq!(templates["media_folder"], "");
    assert_eq!(field(templates, "file")["widget"], "file");
    assert_eq!(field(templates, "file")["required"], true);
    // Labels in the site's language, from the theme strings.
    assert_eq!(field(meetings, "agenda")["label"], "Dagordning");
    assert_eq!(field(meetings, "location")["label"], "Plats");
    // A new step comes last in its phase (a step without a weight is a warning).
    let steps = collection(&config, "process-forberedelse");
    assert_eq!(field(steps, "weight")["required"], true);
    assert_eq!(field(steps, "weight")["default"], 4);
    // The section pages, each with its kind's fields.
    let sections = collection(&config, "sections");
    let phase = sections["files"]
        .as_array()
        .expect("files")
        .iter()
        .find(|file| file["file"] == "content/process/forberedelse/_index.md")
        .expect("a phase");
    assert_eq!(field(phase, "purpose")["widget"], "text");
}

/// A value of `field` as the editor writes it, for a page of `site`.
fn value_of(site: &Path, config: &Value, field: &Value, folder: &Path) -> Option<Value> {
    let widget = field["widget"].as_str()?;
    let name = field["name"].as_str()?;
    Some(match widget {
        "hidden" => field["default"].clone(),
        "string" if name == "end" => Value::from("12:00"),
        "string"
            if field["pattern"][0]
                .as_str()
                .is_some_and(|p| p.contains("[0-5]")) =>
        {
            Value::from("09:30")
        }
        "string" if name == "online_url" => Value::from("https://meet.example.org/x"),
        "string" => Value::from(format!("Ett värde för {name}")),
        "text" => Value::from("Två rader\nav text."),
        "markdown" => return None,
        "boolean" => Value::Bool(false),
        "datetime" => Value::from("2027-01-20"),
        "number" if !field["default"].is_null() => field["default"].clone(),
        "number" => Value::from(2027),
        "select" => {
            let first = field["options"][0]["value"].clone();
            if field["multiple"] == true {
                Value::Array(vec![first])
            } else {
                first
            }
        }
        "relation" => {
            let target = collection(config, field["collection"].as_str()?);
            let target_folder = site.join(target["folder"].as_str()?);
            let kind = target["filter"]["value"].as_str()?;
            let entry = walk_md(&target_folder).into_iter().find(|file| {
                std::fs::read_to_string(file)
                    .is_ok_and(|text| text.contains(&format!("\nkind: {kind}\n")))
            })?;
            let slug = entry.strip_prefix(&target_folder).ok()?.with_extension("");
            let value = field["value_field"]
                .as_str()?
                .replace("{{slug}}", &slug.display().to_string());
            if field["multiple"] == true {
                Value::Array(vec![Value::from(value)])
            } else {
                Value::from(value)
            }
        }
        "list" => match field["fields"].as_array() {
            None => Value::Array(vec![Value::from("En rad"), Value::from("En rad till")]),
            Some(fields) => {
                let item: serde_json::Map<String, Value> = fields
                    .iter()
                    .filter_map(|inner| {
                        Some((
                            inner["name"].as_str()?.to_string(),
                            value_of(site, config, inner, folder)?,
                        ))
                    })
                    .collect();
                // A second item that is not the first again (a year has one goal).
                let second = item
                    .iter()
                    .map(|(key, value)| {
                        let next = match value {
                            Value::Number(n) => Value::from(n.as_i64().unwrap_or(0) + 1),
                            Value::String(time) if time == "09:30" => Value::from("10:00"),
                            other => other.clone(),
                        };
                        (key.clone(), next)
                    })
                    .collect();
                Value::Array(vec![Value::Object(item), Value::Object(second)])
            }
        },
        "file" => {
            let word =
                Path::new(env!("CARGO_MANIFEST_DIR")).join("content/mallar/projektplan.docx");
            std::fs::copy(word, folder.join("blankett.docx")).expect("the file beside the page");
            Value::from("blankett.docx")
        }
        _ => return None,
    })
}

fn walk_md(dir: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let path = entry.path();
        if path.is_dir() {
            found.extend(walk_md(&path));
        } else if path.extension().is_some_and(|ext| ext == "md") {
            found.push(path);
        }
    }
    found.sort();
    found
}

#[test]
fn a_page_of_every_collection_as_the_editor_writes_it_builds_with_no_finding() {
    let (_dir, site, config) = portal_with_editor();
    let mut written = Vec::new();
    for collection in collections(&config) {
        let Some(folder) = collection["folder"].as_str() else {
            continue;
        };
        let name = collection["name"].as_str().expect("a name");
        let bundle = collection["path"] == "{{slug}}/index";
        let page_folder = if bundle {
            site.join(folder).join("ny-sida")
        } else {
            site.join(folder)
        };
        std::fs::create_dir_all(&page_folder).expect("folder");
        // The fields in the configuration's order, as Decap writes them.
        let mut front = serde_json::Map::new();
        for field in collection["fields"].as_array().expect("fields") {
            if let (Some(key), Some(value)) = (
                field["name"].as_str(),
                value_of(&site, &config, field, &page_folder),
            ) {
                front.insert(key.to_string(), value);
            }
        }
        let title = format!("Ny sida i {name}");
        front.insert("title".into(), Value::from(title));
        let yaml = serde_saphyr::to_string(&ordered(collection, &front)).expect("YAML");
        let file = if bundle {
            page_folder.join("index.md")
        } else {
            page_folder.join("ny-sida.md")
        };
        // An image added in the editor lands beside the page (media_folder "").
        std::fs::write(
            page_folder.join("bild.svg"),
            "<svg xmlns=\"http://www.w3.org/2000/svg\"/>",
        )
        .expect("image");
        std::fs::write(
            &file,
            format!("---\n{yaml}---\nEn text.\n\n![En bild](bild.svg)\n"),
        )
        .expect("page");
        written.push(
            file.strip_prefix(&site)
                .expect("in the site")
                .display()
                .to_string(),
        );
    }
    assert!(written.len() >= 8, "{written:?}");
    let (code, about_new) = build_findings_about(&site, &written);
    assert!(about_new.is_empty(), "{about_new:#?}\n{written:#?}");
    assert_eq!(code, 0);
}

/// `stegvis build --format json` of the site: its exit code and the
/// findings about the files in `written`.
fn build_findings_about(site: &Path, written: &[String]) -> (i32, Vec<Value>) {
    let (code, stdout, stderr) =
        stegvis(site, &["build", "--format", "json", "--now", "2026-12-01"]);
    let findings: Value =
        serde_json::from_str(&stdout).unwrap_or_else(|_| panic!("{stdout}\n{stderr}"));
    let about = findings["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .filter(|finding| {
            written
                .iter()
                .any(|file| finding["file"].as_str() == Some(file))
        })
        .cloned()
        .collect();
    (code, about)
}

/// A mapping in the order it was made (serde_json's sorts its keys).
struct Ordered(Vec<(String, Value)>);

impl serde::Serialize for Ordered {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for (key, value) in &self.0 {
            map.serialize_entry(key, value)?;
        }
        map.end()
    }
}

/// The front matter in the order of the collection's fields.
fn ordered(collection: &Value, front: &serde_json::Map<String, Value>) -> Ordered {
    Ordered(
        collection["fields"]
            .as_array()
            .expect("fields")
            .iter()
            .filter_map(|field| field["name"].as_str())
            .filter_map(|name| Some((name.to_string(), front.get(name)?.clone())))
            .collect(),
    )
}

#[test]
fn a_file_in_static_admin_that_cms_did_not_write_is_kept() {
    let (_dir, site, _) = portal_with_editor();
    let config = site.join("static/admin/config.yml");
    std::fs::write(&config, "backend:\n  name: github\n").expect("hand-written");
    let (code, _, stderr) = stegvis(&site, &["cms"]);
    assert_eq!(code, 2, "{stderr}");
    assert!(
        stderr.contains("static/admin/config.yml skrevs inte av stegvis cms"),
        "{stderr}"
    );
    assert_eq!(
        std::fs::read_to_string(&config).expect("kept"),
        "backend:\n  name: github\n"
    );
    let (code, _, stderr) = stegvis(&site, &["cms", "--force"]);
    assert_eq!(code, 0, "{stderr}");
    assert!(
        std::fs::read_to_string(&config)
            .expect("written")
            .starts_with("# Written by `stegvis cms`")
    );
}

#[test]
fn pages_that_take_their_kind_from_their_section_are_named_and_can_be_given_it() {
    let (_dir, site, _) = portal_with_editor();
    let page = site.join("content/möten/utan-kind.md");
    std::fs::write(
        &page,
        "---\ntitle: Ett möte\ndate: 2027-02-01\n---\nText.\n",
    )
    .expect("page");
    let (code, _, stderr) = stegvis(&site, &["cms"]);
    assert_eq!(code, 0, "{stderr}");
    assert!(
        stderr.contains("note: 1 sida får sitt slag från sitt avsnitt")
            && stderr.contains("stegvis cms --add-kinds")
            && stderr.contains("content/möten/utan-kind.md"),
        "{stderr}"
    );
    let (code, stdout, stderr) = stegvis(&site, &["cms", "--add-kinds"]);
    assert_eq!(code, 0, "{stderr}");
    assert!(stdout.contains("content/möten/utan-kind.md"), "{stdout}");
    assert_eq!(
        std::fs::read_to_string(&page).expect("page"),
        "---\nkind: meeting\ntitle: Ett möte\ndate: 2027-02-01\n---\nText.\n"
    );
    let (code, _, stderr) = stegvis(&site, &["cms"]);
    assert_eq!(code, 0, "{stderr}");
    assert!(!stderr.contains("--add-kinds"), "{stderr}");
}

#[test]
fn every_section_page_saved_through_its_form_builds_with_no_finding() {
    let (_dir, site, config) = portal_with_editor();
    let sections = collection(&config, "sections");
    let mut written = Vec::new();
    for file in sections["files"].as_array().expect("files") {
        let path = site.join(file["file"].as_str().expect("a file"));
        let text = std::fs::read_to_string(&path).expect("the section page");
        let (front, body) = text
            .strip_prefix("---\n")
            .and_then(|rest| rest.split_once("\n---\n"))
            .expect("front matter");
        // Decap keeps the keys its form does not know (kind, page_kind…) and
        // writes the form's own in the form's order before them.
        let mut kept: serde_json::Map<String, Value> = serde_saphyr::from_str(front).expect("YAML");
        let folder = path.parent().expect("a folder").to_path_buf();
        let mut entries = Vec::new();
        for field in file["fields"].as_array().expect("fields") {
            let Some(name) = field["name"].as_str() else {
                continue;
            };
            let value = match name {
                // What the page already says stays; a new title would break no link either.
                "title" | "weight" => kept.get(name).cloned(),
                _ => value_of(&site, &config, field, &folder).or_else(|| kept.get(name).cloned()),
            };
            kept.remove(name);
            if let Some(value) = value {
                entries.push((name.to_string(), value));
            }
        }
        entries.extend(kept);
        let yaml = serde_saphyr::to_string(&Ordered(entries)).expect("YAML");
        std::fs::write(&path, format!("---\n{yaml}---\n{body}")).expect("write");
        written.push(
            path.strip_prefix(&site)
                .expect("in the site")
                .display()
                .to_string(),
        );
    }
    assert!(written.len() >= 10, "{written:?}");
    let (_, about_sections) = build_findings_about(&site, &written);
    assert!(about_sections.is_empty(), "{about_sections:#?}");
}

/// `stegvis cms` once followed a linked static/admin/ out of the site.
#[cfg(unix)]
#[test]
fn cms_writes_nothing_through_a_linked_admin_folder() {
    let (_dir, site, _) = portal_with_editor();
    let elsewhere = tempfile::tempdir().expect("elsewhere");
    std::fs::remove_dir_all(site.join("static/admin")).expect("remove");
    std::os::unix::fs::symlink(elsewhere.path(), site.join("static/admin")).expect("link");
    for args in [&["cms"][..], &["cms", "--force"]] {
        let (code, stdout, stderr) = stegvis(&site, args);
        assert_eq!(code, 2, "{stderr}");
        assert!(stdout.is_empty(), "{stdout}");
        assert!(
            stderr.contains("static/admin är en symbolisk länk"),
            "{stderr}"
        );
    }
    assert_eq!(
        std::fs::read_dir(elsewhere.path()).expect("read").count(),
        0
    );
}

/// Every body's preview in the editor is cleaned of scripts.
#[test]
fn the_editors_preview_of_a_body_is_sanitized() {
    let (_dir, _site, config) = portal_with_editor();
    let bodies: Vec<&Value> = all_fields(&config)
        .into_iter()
        .filter(|field| field["widget"] == "markdown")
        .collect();
    assert!(!bodies.is_empty());
    for body in bodies {
        assert_eq!(body["sanitize_preview"], Value::Bool(true), "{body}");
    }
}

/// The configuration as YAML text, edited as an admin would in a text editor.
fn edit(site: &Path, edits: &[(&str, &str)]) {
    let path = site.join("static/admin/config.yml");
    let mut text = std::fs::read_to_string(&path).expect("config");
    for (from, to) in edits {
        assert!(text.contains(from), "{from} in the configuration");
        text = text.replacen(from, to, 1);
    }
    std::fs::write(&path, text).expect("edited");
}

fn read_config(site: &Path) -> Value {
    let text = std::fs::read_to_string(site.join("static/admin/config.yml")).expect("config");
    serde_saphyr::from_str(&text).expect("the configuration is YAML")
}

#[test]
fn a_rerun_keeps_the_backend_and_collections_set_by_hand_and_adds_a_new_section() {
    let (_dir, site, before) = portal_with_editor();
    let meetings = collections(&before)
        .iter()
        .find(|collection| collection["slug"] == "{{fields.date}}-{{slug}}")
        .expect("the meetings' collection is named by date");
    let meetings_name = meetings["name"].as_str().expect("a name").to_string();
    let meetings_label = meetings["label"].as_str().expect("a label").to_string();
    edit(
        &site,
        &[
            (
                "backend:\n  name: git-gateway\n",
                "backend:\n  name: github\n  repo: natverket/portal\n  branch: main\n",
            ),
            (
                "locale: sv\n",
                "locale: sv\npublish_mode: editorial_workflow\n",
            ),
            (
                &format!("  label: {meetings_label}\n"),
                "  label: Våra möten\n",
            ),
            (
                "collections:\n",
                "collections:\n- name: egen\n  label: Egen samling\n  folder: content/egen\n  create: true\n  fields:\n  - {name: title, label: Rubrik, widget: string}\n",
            ),
        ],
    );
    // The site grows a section of news.
    let news = site.join("content/aktuellt");
    std::fs::create_dir_all(&news).expect("a section");
    std::fs::write(
        news.join("_index.md"),
        "---\ntitle: Aktuellt\npage_kind: page\n---\n",
    )
    .expect("section");
    std::fs::write(
        news.join("forsta.md"),
        "---\ntitle: Första nyheten\n---\nText.\n",
    )
    .expect("page");
    let hand_made = std::fs::read_to_string(site.join("static/admin/config.yml")).expect("config");

    // A dry run says what would change, and writes nothing.
    let (code, stdout, stderr) = stegvis(&site, &["cms", "--dry-run"]);
    assert_eq!(code, 0, "{stderr}");
    assert!(
        stdout.starts_with("--- a/static/admin/config.yml\n+++ b/static/admin/config.yml\n"),
        "{stdout}"
    );
    assert!(stdout.contains("\n+- name: aktuellt\n"), "{stdout}");
    assert!(!stdout.contains("\n-  name: github"), "{stdout}");
    assert_eq!(
        std::fs::read_to_string(site.join("static/admin/config.yml")).expect("config"),
        hand_made,
        "a dry run writes nothing"
    );

    let (code, _, stderr) = stegvis(&site, &["cms"]);
    assert_eq!(code, 0, "{stderr}");
    let after = read_config(&site);
    assert_eq!(after["backend"]["name"], "github");
    assert_eq!(after["backend"]["repo"], "natverket/portal");
    assert_eq!(after["publish_mode"], "editorial_workflow");
    assert_eq!(collection(&after, &meetings_name)["label"], "Våra möten");
    assert_eq!(collection(&after, "egen")["label"], "Egen samling");
    assert_eq!(collection(&after, "aktuellt")["label"], "Aktuellt");
    assert_eq!(
        collections(&after)[0]["name"],
        "egen",
        "the file's order is kept"
    );
    // A second run changes nothing.
    let (_, stdout, _) = stegvis(&site, &["cms", "--dry-run"]);
    assert_eq!(stdout.trim(), "static/admin/config.yml: no change");
}

#[test]
fn a_configuration_that_is_not_yaml_is_not_replaced() {
    let (_dir, site, _) = portal_with_editor();
    edit(
        &site,
        &[(
            "backend:\n  name: git-gateway\n",
            "backend: [name: github\n",
        )],
    );
    let broken = std::fs::read_to_string(site.join("static/admin/config.yml")).expect("config");
    let (code, _, stderr) = stegvis(&site, &["cms"]);
    assert_eq!(code, 2, "{stderr}");
    assert!(stderr.contains("static/admin/config.yml: "), "{stderr}");
    assert!(stderr.contains("--force"), "{stderr}");
    assert_eq!(
        std::fs::read_to_string(site.join("static/admin/config.yml")).expect("config"),
        broken
    );
}

#[test]
fn the_forms_ask_for_owner_review_date_and_earlier_addresses_and_sections_for_their_language() {
    let (_dir, site, config) = portal_with_editor();
    for collection in collections(&config)
        .iter()
        .filter(|c| c["folder"].is_string())
    {
        for name in ["owner", "review_by", "updated", "aliases"] {
            field(collection, name);
        }
        assert_eq!(field(collection, "aliases")["widget"], "list");
        assert_eq!(field(collection, "review_by")["format"], "YYYY-MM-DD");
    }
    let sections = collection(&config, "sections");
    for file in sections["files"].as_array().expect("files") {
        let language = field(file, "language");
        assert_eq!(language["widget"], "select");
        let values: Vec<&str> = language["options"]
            .as_array()
            .expect("options")
            .iter()
            .filter_map(|option| option["value"].as_str())
            .collect();
        assert_eq!(values, ["sv", "nb", "nn", "da", "en"]);
    }
    // A phase stands under its process in the list.
    assert!(
        sections["files"]
            .as_array()
            .expect("files")
            .iter()
            .any(|file| file["label"]
                .as_str()
                .is_some_and(|label| label.contains(" › "))),
        "{}",
        sections["files"]
    );
    assert_eq!(config["site_url"], config["display_url"]);
    assert!(
        config["site_url"]
            .as_str()
            .is_some_and(|url| url.starts_with("https://"))
    );
    // A page of every collection with these fields still builds: written
    // as the editor would, the build reads them.
    let page = site.join("content/om-natverket-test.md");
    std::fs::write(
        &page,
        "---\ntitle: Om nätverket\nweight: 3\nowner: Nätverkets samordnare\nreview_by: 2099-01-01\nupdated: 2026-01-02\naliases:\n  - /om/\n---\nText.\n",
    )
    .expect("page");
    let (code, _, stderr) = stegvis(&site, &["build", "--deny-warnings"]);
    assert_eq!(code, 0, "{stderr}");
}
