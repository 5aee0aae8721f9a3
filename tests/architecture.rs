//! ARCHITECTURE.md names files and folders; this fails when one of them is gone,
//! so the map stays true when the code moves.

use std::path::Path;

#[test]
fn every_path_named_in_architecture_md_exists() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let map = std::fs::read_to_string(root.join("ARCHITECTURE.md")).expect("ARCHITECTURE.md");
    let mut named = 0;
    for word in
        map.split(|ch: char| ch.is_whitespace() || ch == '`' || ch == ',' || ch == '(' || ch == ')')
    {
        let word = word.trim_end_matches([':', '.']);
        let is_path = (word.starts_with("src/")
            || word.starts_with("tests/")
            || word.starts_with("themes/")
            || word.starts_with("benches/"))
            && !word.contains('<')
            && !word.contains('*');
        if is_path {
            named += 1;
            assert!(
                root.join(word).exists(),
                "ARCHITECTURE.md names {word}, which does not exist"
            );
        }
    }
    assert!(
        named > 10,
        "ARCHITECTURE.md should name the files of the pipeline"
    );
}

/// The layer a source file belongs to: its stage folder, except that the
/// kinds' views (`view.rs`, and the meeting calendars) stand above resolve
/// with render, and render's view vocabulary (`src/render/view.rs`, and the
/// theme strings views are written in) below them.
fn layer(file: &str) -> String {
    let parts: Vec<&str> = file.split('/').collect();
    let name = parts.last().copied().unwrap_or("");
    if parts[0] == "kinds" && (name == "view.rs" || name == "calendar.rs") {
        return String::from("kind views");
    }
    if file == "render/view.rs" || file == "render/strings.rs" {
        return String::from("render::view");
    }
    if parts.len() == 1 {
        name.trim_end_matches(".rs").to_string()
    } else {
        parts[0].to_string()
    }
}

/// The module path of a file below src/: `kinds/meeting/view.rs` → [kinds, meeting, view].
fn module_of(file: &str) -> Vec<String> {
    let mut parts: Vec<String> = file
        .trim_end_matches(".rs")
        .split('/')
        .map(String::from)
        .collect();
    if parts.last().is_some_and(|last| last == "mod") {
        parts.pop();
    }
    parts
}

/// Every `crate::…` and `super::…` path in a file's code (tests left out), as
/// module paths from the crate root; `a::{b, c::d}` gives a::b and a::c::d.
fn paths_named(file: &str, text: &str) -> Vec<Vec<String>> {
    let code = text.split("#[cfg(test)]").next().unwrap_or(text);
    let module = module_of(file);
    let mut found = Vec::new();
    for start in ["crate::", "super::"] {
        for (at, _) in code.match_indices(start) {
            let before = code[..at].chars().last().unwrap_or(' ');
            if before.is_alphanumeric() || before == '_' || before == ':' {
                continue;
            }
            let mut base: Vec<String> = if start == "crate::" {
                Vec::new()
            } else {
                module[..module.len().saturating_sub(1)].to_vec()
            };
            let rest = &code[at + start.len()..];
            let path: String = rest
                .chars()
                .take_while(|ch| ch.is_alphanumeric() || *ch == '_' || *ch == ':')
                .collect();
            let segments: Vec<String> = path
                .split("::")
                .filter(|segment| !segment.is_empty())
                .map(String::from)
                .collect();
            base.extend(segments);
            let after = &rest[path.len()..];
            if path.ends_with("::") && after.starts_with('{') {
                let group: String = after[1..].chars().take_while(|ch| *ch != '}').collect();
                for item in group.split(',') {
                    let mut full = base.clone();
                    full.extend(
                        item.trim()
                            .split("::")
                            .filter(|segment| !segment.is_empty() && *segment != "self")
                            .map(|segment| {
                                segment.split_whitespace().next().unwrap_or("").to_string()
                            }),
                    );
                    found.push(full);
                }
            } else {
                found.push(base);
            }
        }
    }
    found
}

fn source_files(dir: &Path, below: &Path, files: &mut Vec<String>) {
    for entry in std::fs::read_dir(dir).expect("src/ reads") {
        let path = entry.expect("entry").path();
        if path.is_dir() {
            source_files(&path, below, files);
        } else if path.extension().is_some_and(|extension| extension == "rs") {
            let relative = path.strip_prefix(below).expect("below src/");
            files.push(relative.to_string_lossy().replace('\\', "/"));
        }
    }
}

/// Data flows one way: load → documents → history → parse → data → kinds → resolve → lint → render::view →
/// kind views → render → check, with markup, findings, place, gaps and config below all of them.
/// The commands (cli/, lib.rs, main.rs) and serve stand above and may use
/// anything. This fails on an import that goes back against the flow.
#[test]
fn stages_import_only_the_stages_below_them() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    source_files(&src, &src, &mut files);
    let modules: std::collections::BTreeMap<Vec<String>, String> = files
        .iter()
        .map(|file| (module_of(file), file.clone()))
        .collect();
    let order = [
        "language",
        "gaps",
        "place",
        "markup",
        "findings",
        "slug",
        "stem",
        "compound",
        "url",
        "config",
        "load",
        "documents",
        "images",
        "history",
        "parse",
        "data",
        "kinds",
        "resolve",
        "lint",
        "render::view",
        "kind views",
        "render",
        "check",
        "cms",
        "write",
    ];
    let rank = |layer: &str| order.iter().position(|known| *known == layer);
    let mut checked = 0;
    let mut wrong = Vec::new();
    for file in &files {
        let Some(from) = rank(&layer(file)) else {
            continue; // cli/, serve/, lib.rs, main.rs: above every stage
        };
        let text = std::fs::read_to_string(src.join(file)).expect("source reads");
        for path in paths_named(file, &text) {
            // The longest module prefix of the path that is a file of src/.
            let target = (1..=path.len())
                .rev()
                .find_map(|len| modules.get(&path[..len]));
            let Some(target) = target else { continue };
            let Some(to) = rank(&layer(target)) else {
                wrong.push(format!("{file} uses {target}, a command"));
                continue;
            };
            checked += 1;
            if to > from {
                wrong.push(format!(
                    "{file} ({}) uses {} ({}), which comes after it",
                    layer(file),
                    path.join("::"),
                    layer(target)
                ));
            }
        }
    }
    assert!(checked > 100, "only {checked} imports were found");
    assert!(
        wrong.is_empty(),
        "imports against the flow:\n{}",
        wrong.join("\n")
    );
}
/// No function of src/ is longer than 100 lines: a longer one is doing
/// several things that want names of their own.
#[test]
fn no_function_is_longer_than_100_lines() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    source_files(&src, &src, &mut files);
    let mut long = Vec::new();
    for file in &files {
        let text = std::fs::read_to_string(src.join(file)).expect("source reads");
        let lines: Vec<&str> = text.lines().collect();
        for (at, line) in lines.iter().enumerate() {
            let trimmed = line.trim_start();
            let is_fn = [
                "fn ",
                "pub fn ",
                "pub(crate) fn ",
                "async fn ",
                "pub async fn ",
            ]
            .iter()
            .any(|start| trimmed.starts_with(start));
            if !is_fn || line.trim_end().ends_with(';') {
                continue;
            }
            let indent = line.len() - trimmed.len();
            let closing = " ".repeat(indent) + "}";
            let end = lines[at..]
                .iter()
                .position(|line| line.trim_end() == closing)
                .map_or(0, |end| end + 1);
            if end > 100 {
                long.push(format!("src/{file}:{}: {end} lines", at + 1));
            }
        }
    }
    assert!(
        long.is_empty(),
        "functions over 100 lines:\n{}",
        long.join("\n")
    );
}

/// Every message the code names (`msg!("link-no-page", …)`, the printers'
/// words) is in the English catalogue, so in every catalogue (a unit test
/// checks that they hold the same messages).
#[test]
fn every_message_the_code_names_is_in_the_catalogues() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let english = std::fs::read_to_string(src.join("findings/messages/en.ftl")).expect("en.ftl");
    let defined: Vec<&str> = english
        .lines()
        .filter_map(|line| line.split_once(" = ").map(|(id, _)| id))
        .filter(|id| !id.starts_with([' ', '#', '.']))
        .collect();
    let mut files = Vec::new();
    source_files(&src, &src, &mut files);
    let mut named = Vec::new();
    for file in &files {
        let text = std::fs::read_to_string(src.join(file)).expect("source reads");
        for (at, _) in text.match_indices("msg!(") {
            let rest = text[at + 5..].trim_start();
            if let Some(id) = rest
                .strip_prefix('"')
                .and_then(|rest| rest.split('"').next())
            {
                named.push((file.clone(), id.to_string()));
            }
        }
        for (at, _) in text.match_indices("Msg::new(\"") {
            if let Some(id) = text[at..].split('"').nth(1) {
                named.push((file.clone(), id.to_string()));
            }
        }
        for (at, _) in text.match_indices("messages::word(") {
            if let Some(id) = text[at..].split('"').nth(1) {
                named.push((file.clone(), id.to_string()));
            }
        }
    }
    assert!(named.len() > 20, "only {} messages named", named.len());
    let missing: Vec<String> = named
        .iter()
        .filter(|(_, id)| !defined.contains(&id.as_str()))
        .map(|(file, id)| format!("{file}: {id}"))
        .collect();
    assert!(
        missing.is_empty(),
        "not in the catalogues:\n{}",
        missing.join("\n")
    );
}

/// The `.rs` files a crate root reaches through plain `mod name;` lines, as
/// rustfmt (and every other tool) follows them.
fn reached_from(src: &Path, root: &str, reached: &mut std::collections::BTreeSet<String>) {
    let mut queue = vec![root.to_string()];
    while let Some(file) = queue.pop() {
        if !reached.insert(file.clone()) {
            continue;
        }
        let text = std::fs::read_to_string(src.join(&file)).expect("a source file");
        // A file's modules live beside it (mod.rs, lib.rs, main.rs) or in
        // the folder of its name.
        let folder = match file.rsplit_once('/') {
            Some((folder, "mod.rs")) => format!("{folder}/"),
            None if file == "lib.rs" || file == "main.rs" => String::new(),
            _ => format!("{}/", file.trim_end_matches(".rs")),
        };
        for line in text.lines() {
            let line = line.trim();
            let line = line
                .strip_prefix("pub(crate) ")
                .or_else(|| line.strip_prefix("pub "))
                .unwrap_or(line);
            let Some(name) = line
                .strip_prefix("mod ")
                .and_then(|rest| rest.strip_suffix(';'))
            else {
                continue;
            };
            let flat = format!("{folder}{name}.rs");
            let nested = format!("{folder}{name}/mod.rs");
            if src.join(&flat).is_file() {
                queue.push(flat);
            } else if src.join(&nested).is_file() {
                queue.push(nested);
            }
        }
    }
}

#[test]
fn every_source_file_is_reached_by_rustfmt() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut reached = std::collections::BTreeSet::new();
    reached_from(&src, "lib.rs", &mut reached);
    reached_from(&src, "main.rs", &mut reached);
    let mut all = Vec::new();
    let mut folders = vec![src.clone()];
    while let Some(folder) = folders.pop() {
        for entry in std::fs::read_dir(&folder).expect("src/").flatten() {
            let path = entry.path();
            if path.is_dir() {
                folders.push(path);
            } else if path.extension().is_some_and(|ext| ext == "rs") {
                let relative = path.strip_prefix(&src).expect("below src/");
                all.push(relative.to_string_lossy().replace('\\', "/"));
            }
        }
    }
    all.sort();
    let hidden: Vec<&String> = all.iter().filter(|file| !reached.contains(*file)).collect();
    assert!(
        hidden.is_empty(),
        "declared by no plain `mod` line, so cargo fmt never sees them: {hidden:?}"
    );
    assert!(reached.len() > 50, "{reached:?}");
}

/// Which files each file of src/ imports (by `crate::` and `super::` paths).
fn imports(src: &Path) -> std::collections::BTreeMap<String, std::collections::BTreeSet<String>> {
    let mut files = Vec::new();
    source_files(src, src, &mut files);
    let modules: std::collections::BTreeMap<Vec<String>, String> = files
        .iter()
        .map(|file| (module_of(file), file.clone()))
        .collect();
    let mut graph = std::collections::BTreeMap::new();
    for file in &files {
        let text = std::fs::read_to_string(src.join(file)).expect("source reads");
        let targets: std::collections::BTreeSet<String> = paths_named(file, &text)
            .iter()
            .filter_map(|path| {
                (1..=path.len())
                    .rev()
                    .find_map(|len| modules.get(&path[..len]))
            })
            .filter(|target| *target != file)
            .cloned()
            .collect();
        graph.insert(file.clone(), targets);
    }
    graph
}

/// No file reaches itself through the files it imports: each file can be
/// read (and changed) knowing only the ones below it.
#[test]
fn no_files_import_each_other_in_a_circle() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let graph = imports(&src);
    let mut circles = Vec::new();
    for start in graph.keys() {
        // Depth first from `start`, each file once, looking for `start`.
        let mut stack: Vec<(String, Vec<String>)> = vec![(start.clone(), vec![start.clone()])];
        let mut seen = std::collections::BTreeSet::new();
        while let Some((file, trail)) = stack.pop() {
            for next in graph.get(&file).into_iter().flatten() {
                if next == start {
                    let mut circle = trail.clone();
                    circle.push(start.clone());
                    circles.push(circle.join(" → "));
                } else if seen.insert(next.clone()) {
                    let mut longer = trail.clone();
                    longer.push(next.clone());
                    stack.push((next.clone(), longer));
                }
            }
        }
    }
    assert!(graph.len() > 50, "{} files", graph.len());
    assert!(
        circles.is_empty(),
        "import circles:\n{}",
        circles.join("\n")
    );
}

/// One printer per format, in src/findings/: no other file writes a
/// finding's parts (its message, its help, its one-line form) itself.
#[test]
fn findings_are_printed_only_in_findings() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    source_files(&src, &src, &mut files);
    let parts = [".message_line(", ".help_in(", ".headline(", ".message_in("];
    let mut outside = Vec::new();
    for file in files.iter().filter(|file| !file.starts_with("findings/")) {
        let text = std::fs::read_to_string(src.join(file)).expect("source reads");
        for part in parts {
            if text.contains(part) {
                outside.push(format!("{file} calls {part}…)"));
            }
        }
    }
    assert!(
        outside.is_empty(),
        "findings printed outside src/findings/:\n{}",
        outside.join("\n")
    );
}

/// parse, data, kinds, resolve, lint and render read and write nothing
/// themselves: what they know came from load, documents and history, and
/// render hands its files to a sink.
#[test]
fn the_middle_stages_touch_no_disk() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    source_files(&src, &src, &mut files);
    let stages = ["parse/", "data/", "kinds/", "resolve/", "lint/", "render/"];
    let mut touching = Vec::new();
    for file in files
        .iter()
        .filter(|file| stages.iter().any(|stage| file.starts_with(stage)))
    {
        let text = std::fs::read_to_string(src.join(file)).expect("source reads");
        let code = text.split("#[cfg(test)]").next().unwrap_or(&text);
        for call in ["std::fs::", "File::open", "Command::new", "TcpStream"] {
            if code.contains(call) {
                touching.push(format!("{file}: {call}"));
            }
        }
    }
    assert!(
        touching.is_empty(),
        "disk or network in a middle stage:\n{}",
        touching.join("\n")
    );
}

/// What a kind means lives in its folder (its fields, form, hooks and
/// views): no file outside src/kinds/ names one kind, so that adding a kind
/// is one folder and one line of `kinds!`. `stegvis new` names the kinds
/// it writes, by their names in the portals' languages.
#[test]
fn only_the_kinds_name_a_kind() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    source_files(&src, &src, &mut files);
    let kinds = [
        "Process", "Phase", "Step", "Template", "Meeting", "Material", "Plan", "Area", "Report",
    ];
    let mut naming = Vec::new();
    for file in files
        .iter()
        .filter(|file| !file.starts_with("kinds/") && *file != "cli/new.rs")
    {
        let text = std::fs::read_to_string(src.join(file)).expect("source reads");
        for kind in kinds {
            for (at, _) in text.match_indices(&format!("Kind::{kind}")) {
                let before = &text[..at];
                let after = text[at + 6 + kind.len()..].chars().next().unwrap_or(' ');
                // FindingKind::Template is a finding's kind, not a page's.
                if !before.ends_with("Finding") && !after.is_alphanumeric() {
                    naming.push(format!("{file} names Kind::{kind}"));
                }
            }
        }
    }
    assert!(
        naming.is_empty(),
        "kinds named outside src/kinds/:\n{}",
        naming.join("\n")
    );
}
