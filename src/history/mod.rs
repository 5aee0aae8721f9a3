//! Addresses that last (issue 35): what the site's git history says of
//! its content files — each file's earlier paths (renames and moves), and
//! the files that were removed. `resolve` turns the earlier paths of each
//! page into its earlier URLs, which get redirects as `aliases:` do.
//!
//! Git is read with the `git` command every CI runner has (one `git log`,
//! no crate: gix would add some hundred crates and minutes to a release
//! build for what one process answers in well under a second). A site
//! that is not in a git repository, or a machine without git, has no
//! history; a shallow clone (CI's `fetch-depth: 1`) has a history that
//! would be wrong, so it is not read and a warning says how to fix it.
//! What was replayed is kept in `.stegvis/history.json` with the commit
//! it reached: the next build reads only the commits since (a rewritten
//! history is read again whole).

use std::collections::HashMap;
use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};

use serde::{Deserialize, Serialize};

use crate::findings::{Finding, FindingKind};

/// What the history says of the site's content files.
#[derive(Debug, Default, Clone)]
pub struct History {
    /// Each content path (below content/) in the tree at HEAD that git
    /// knows: the places it had before, the oldest first.
    pub earlier: HashMap<String, Vec<Place>>,
    /// When each content path in the tree at HEAD was last changed by a
    /// commit (seconds since the epoch).
    pub changed: HashMap<String, i64>,
    /// Content paths removed and not restored, with when they were first
    /// added and when removed (seconds since the epoch) and the removing
    /// commit.
    pub removed: Vec<Removed>,
}

/// Where a file stood: its content path, and the `slug:` of its front
/// matter then (a Markdown file's; none for other files).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Place {
    pub path: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub slug: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Removed {
    /// Where the file stood when it was removed.
    pub place: Place,
    pub added: i64,
    pub removed: i64,
    pub commit: String,
}

/// One file's life so far, as the history is replayed.
#[derive(Debug, Clone, Serialize, Deserialize)]
struct Life {
    added: i64,
    changed: i64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    slug: Option<String>,
    earlier: Vec<Place>,
}

impl Life {
    /// The file now stands at `path` with `slug`: where it stood before
    /// is one of its earlier places, once.
    fn moves(&mut self, from: &str, path: &str, slug: Option<String>) {
        let before = Place {
            path: from.to_string(),
            slug: std::mem::replace(&mut self.slug, slug),
        };
        let unchanged = before.path == path && before.slug == self.slug;
        if !unchanged && !self.earlier.contains(&before) {
            self.earlier.push(before);
        }
    }
}

/// The history replayed up to a commit: what `.stegvis/history.json` keeps,
/// so that the next build replays only the commits that came since.
#[derive(Debug, Default, Serialize, Deserialize)]
struct State {
    /// Changed whenever replaying learns something new.
    version: u32,
    /// The commit it was replayed to.
    head: String,
    alive: HashMap<String, Life>,
    removed: HashMap<String, Removed>,
}

/// 2: the `slug:` of every version of a Markdown file.
const VERSION: u32 = 2;

/// Where the replayed history is kept, relative to the site root.
const CACHE_FILE: &str = ".stegvis/history.json";

/// `git` in the site's folder: paths as written, and no program of the
/// repository's config run by a read (an fsmonitor is a program).
fn git(root: &Path) -> Command {
    let mut command = Command::new("git");
    command
        .arg("-C")
        .arg(root)
        .args([
            "-c",
            "core.quotepath=off",
            "-c",
            "core.fsmonitor=false",
            "--no-pager",
        ])
        .env("GIT_OPTIONAL_LOCKS", "0");
    command
}

/// What `git args` writes, where it succeeds.
fn run(root: &Path, args: &[&str]) -> Option<String> {
    git(root)
        .args(args)
        .stderr(Stdio::null())
        .output()
        .ok()
        .filter(|output| output.status.success())
        .map(|output| String::from_utf8_lossy(&output.stdout).into_owned())
}

/// The history of `root`'s content/, and a warning where it cannot be
/// trusted (a shallow clone). With `remember`, what was replayed is kept
/// in `.stegvis/` for the next build.
pub fn read(root: &Path, remember: bool) -> (History, Vec<Finding>) {
    // Not a repository, no commit yet, or no git: the site works as before.
    let Some(answer) = run(root, &["rev-parse", "--is-shallow-repository", "HEAD"]) else {
        return (History::default(), Vec::new());
    };
    let mut lines = answer.lines();
    let (shallow, head) = (
        lines.next().unwrap_or_default(),
        lines.next().unwrap_or_default(),
    );
    if shallow == "true" {
        let warning =
            Finding::warning(FindingKind::History, ".git", crate::msg!("history-shallow"));
        return (History::default(), vec![warning]);
    }
    let cache_path = root.join(CACHE_FILE);
    let cached: Option<State> = std::fs::read_to_string(&cache_path)
        .ok()
        .and_then(|text| serde_json::from_str(&text).ok())
        .filter(|state: &State| state.version == VERSION && !state.head.is_empty());
    // The cached replay, if its commit is an ancestor of HEAD (not a
    // history rewritten since): only the commits after it are read.
    let (mut state, range) = match cached {
        Some(state) if state.head == head => return (state.history(), Vec::new()),
        Some(state) if run(root, &["merge-base", "--is-ancestor", &state.head, head]).is_some() => {
            let range = format!("{}..{head}", state.head);
            (state, range)
        }
        _ => (State::default(), head.to_string()),
    };
    let Some(log) = run(
        root,
        &[
            "log",
            "--reverse",
            "-M",
            "--raw",
            "--no-abbrev",
            "-z",
            "--format=%x01%H %ct",
            "--relative",
            &range,
            "--",
            "content/",
        ],
    ) else {
        return (History::default(), Vec::new());
    };
    let commits = parse(&log);
    let slugs = slugs(root, &commits);
    state.replay(&commits, &slugs);
    state.version = VERSION;
    state.head = head.to_string();
    if remember {
        save(&cache_path, &state);
    }
    (state.history(), Vec::new())
}

/// One commit of the log: its hash, time and changes.
#[derive(Debug)]
struct Commit<'a> {
    hash: &'a str,
    time: i64,
    changes: Vec<Change<'a>>,
}

/// One file's change in a commit: its status letter, its path (below
/// content/), where a rename or copy took it, and its new blob.
#[derive(Debug)]
struct Change<'a> {
    status: char,
    path: &'a str,
    to: Option<&'a str>,
    blob: &'a str,
}

impl Change<'_> {
    /// The Markdown file's new version, whose `slug:` is wanted.
    fn markdown_blob(&self) -> Option<&str> {
        let path = self.to.unwrap_or(self.path);
        (path.ends_with(".md") && self.status != 'D').then_some(self.blob)
    }
}

/// `git log --raw --no-abbrev -z --format=%x01%H %ct`, commit by commit.
fn parse(log: &str) -> Vec<Commit<'_>> {
    let mut commits = Vec::new();
    for text in log.split('\u{1}').filter(|text| !text.is_empty()) {
        let mut tokens = text.split('\0');
        let header = tokens.next().unwrap_or_default();
        let (hash, time) = header.split_once(' ').unwrap_or((header, "0"));
        let mut commit = Commit {
            hash,
            time: time.trim().parse().unwrap_or(0),
            changes: Vec::new(),
        };
        // Paths below content/, as content paths are written.
        let mut tokens = tokens.map(|token| {
            let token = token.trim_start_matches('\n');
            token.strip_prefix("content/").unwrap_or(token)
        });
        // `:100644 100644 <old blob> <new blob> R093`, then the path(s).
        while let Some(meta) = tokens.next() {
            let mut fields = meta.split(' ').skip(3);
            let (Some(blob), Some(status)) = (fields.next(), fields.next()) else {
                continue;
            };
            let Some(path) = tokens.next() else { break };
            let status = status.chars().next().unwrap_or('M');
            let to = match status {
                'R' | 'C' => match tokens.next() {
                    Some(to) => Some(to),
                    None => break,
                },
                _ => None,
            };
            commit.changes.push(Change {
                status,
                path,
                to,
                blob,
            });
        }
        commits.push(commit);
    }
    commits
}

/// The `slug:` of every Markdown version the commits write, read with one
/// `git cat-file --batch` (blobs without a slug are left out).
fn slugs(root: &Path, commits: &[Commit<'_>]) -> HashMap<String, String> {
    let mut wanted: Vec<&str> = commits
        .iter()
        .flat_map(|commit| &commit.changes)
        .filter_map(Change::markdown_blob)
        .collect();
    wanted.sort_unstable();
    wanted.dedup();
    if wanted.is_empty() {
        return HashMap::new();
    }
    let mut input = wanted.join("\n");
    input.push('\n');
    let Ok(mut child) = git(root)
        .args(["cat-file", "--batch"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
    else {
        return HashMap::new();
    };
    // Written from a thread of its own: git answers while it reads.
    let writer = child.stdin.take().map(|mut stdin| {
        std::thread::spawn(move || {
            let _ = stdin.write_all(input.as_bytes());
        })
    });
    let output = child.wait_with_output();
    if let Some(writer) = writer {
        let _ = writer.join();
    }
    match output {
        Ok(output) if output.status.success() => batch_slugs(&output.stdout),
        _ => HashMap::new(),
    }
}

/// `<blob> blob <size>\n<bytes>\n`, repeated: each blob's `slug:`.
fn batch_slugs(mut output: &[u8]) -> HashMap<String, String> {
    let mut slugs = HashMap::new();
    while let Some(end) = output.iter().position(|&byte| byte == b'\n') {
        let header = String::from_utf8_lossy(&output[..end]).into_owned();
        output = &output[end + 1..];
        let mut fields = header.split(' ');
        let (Some(blob), Some("blob"), Some(size)) = (fields.next(), fields.next(), fields.next())
        else {
            // `<blob> missing`: nothing follows.
            continue;
        };
        let size: usize = size.parse().unwrap_or(0).min(output.len());
        if let Some(slug) = front_matter_slug(&String::from_utf8_lossy(&output[..size])) {
            slugs.insert(blob.to_string(), slug);
        }
        output = output.get(size + 1..).unwrap_or_default();
    }
    slugs
}

/// The top-level `slug:` of a Markdown file's front matter, as written
/// (quotes and a trailing comment taken off); none when empty.
fn front_matter_slug(text: &str) -> Option<String> {
    let mut lines = text.trim_start_matches('\u{feff}').lines();
    if lines.next()?.trim_end() != "---" {
        return None;
    }
    for line in lines {
        let line = line.trim_end();
        if line == "---" || line == "..." {
            return None;
        }
        let Some(value) = line.strip_prefix("slug:") else {
            continue;
        };
        let value = value.trim();
        let value = if let Some(quoted) = value.strip_prefix('"') {
            quoted.split('"').next().unwrap_or_default()
        } else if let Some(quoted) = value.strip_prefix('\'') {
            quoted.split('\'').next().unwrap_or_default()
        } else {
            value.split(" #").next().unwrap_or_default().trim()
        };
        return (!value.is_empty()).then(|| value.to_string());
    }
    None
}

/// Writes the replayed history, whole or not at all; a cache that cannot
/// be written is not written.
fn save(path: &Path, state: &State) {
    let (Some(parent), Ok(text)) = (path.parent(), serde_json::to_string(state)) else {
        return;
    };
    if std::fs::create_dir_all(parent).is_err() {
        return;
    }
    let temporary = parent.join(format!(".history.json.{}", std::process::id()));
    if std::fs::write(&temporary, text).is_ok() && std::fs::rename(&temporary, path).is_err() {
        let _ = std::fs::remove_file(&temporary);
    }
}

impl State {
    /// Each commit replayed: its additions, changes, renames and removals.
    fn replay(&mut self, commits: &[Commit<'_>], slugs: &HashMap<String, String>) {
        for commit in commits {
            for change in &commit.changes {
                let slug = change
                    .markdown_blob()
                    .and_then(|blob| slugs.get(blob))
                    .cloned();
                self.change(change, slug, commit.hash, commit.time);
            }
        }
    }

    /// One change of one commit; `slug` is the file's `slug:` after it.
    fn change(&mut self, change: &Change<'_>, slug: Option<String>, hash: &str, time: i64) {
        let new = |slug| Life {
            added: time,
            changed: time,
            slug,
            earlier: Vec::new(),
        };
        let path = change.path;
        match (change.status, change.to) {
            ('R', Some(to)) => {
                let mut life = match self.alive.remove(path) {
                    Some(life) => life,
                    None => new(None),
                };
                life.moves(path, to, slug);
                life.changed = time;
                self.removed.remove(to);
                self.alive.insert(to.to_string(), life);
            }
            ('C', Some(to)) => {
                self.removed.remove(to);
                self.alive
                    .entry(to.to_string())
                    .or_insert_with(|| new(slug));
            }
            ('D', _) => {
                let Some(life) = self.alive.remove(path) else {
                    return;
                };
                let removed = Removed {
                    place: Place {
                        path: path.to_string(),
                        slug: life.slug,
                    },
                    added: life.added,
                    removed: time,
                    commit: hash.get(..10).unwrap_or(hash).to_string(),
                };
                self.removed.insert(path.to_string(), removed);
                // Its earlier paths went with it.
                for earlier in life.earlier {
                    self.removed.remove(&earlier.path);
                }
            }
            _ => {
                // Added, restored or changed: alive from now on.
                self.removed.remove(path);
                match self.alive.get_mut(path) {
                    Some(life) => {
                        life.moves(path, path, slug);
                        life.changed = time;
                    }
                    None => {
                        self.alive.insert(path.to_string(), new(slug));
                    }
                }
            }
        }
    }

    fn history(&self) -> History {
        let changed = self
            .alive
            .iter()
            .map(|(path, life)| (path.clone(), life.changed))
            .collect();
        let earlier = self
            .alive
            .iter()
            .filter(|(_, life)| !life.earlier.is_empty())
            .map(|(path, life)| (path.clone(), life.earlier.clone()))
            .collect();
        let mut removed: Vec<Removed> = self.removed.values().cloned().collect();
        removed.sort_by(|a, b| a.place.path.cmp(&b.place.path));
        History {
            earlier,
            changed,
            removed,
        }
    }
}

/// The history of a whole log (for the tests), with the slugs of blobs.
#[cfg(test)]
fn replay(log: &str, slugs: &[(&str, &str)]) -> History {
    let slugs = slugs
        .iter()
        .map(|(blob, slug)| (blob.to_string(), slug.to_string()))
        .collect();
    let mut state = State::default();
    state.replay(&parse(log), &slugs);
    state.history()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A commit as `git log --raw -z` writes it; each change is
    /// `status blob path [to]`.
    fn commit(hash: &str, time: i64, changes: &[&str]) -> String {
        let mut text = format!("\u{1}{hash} {time}\0\n");
        for change in changes {
            let mut words = change.split(' ');
            let (status, blob) = (words.next().unwrap(), words.next().unwrap());
            text.push_str(&format!(
                ":100644 100644 {} {blob} {status}\0",
                "0".repeat(40)
            ));
            for path in words {
                text.push_str(&format!("content/{path}\0"));
            }
        }
        text
    }

    fn place(path: &str, slug: Option<&str>) -> Place {
        Place {
            path: path.to_string(),
            slug: slug.map(str::to_string),
        }
    }

    #[test]
    fn renames_are_followed_and_removals_remembered_until_restored() {
        let log = [
            commit(
                "a1",
                100,
                &["A b1 mote.md", "A b2 gammal.md", "A b3 tillfallig.md"],
            ),
            commit("b2", 200, &["R100 b1 mote.md moten/mars.md"]),
            commit(
                "c3",
                300,
                &["R090 b4 moten/mars.md moten/marsmote.md", "D 0 gammal.md"],
            ),
            commit("d4", 400, &["D 0 tillfallig.md"]),
            commit("e5", 500, &["A b3 tillfallig.md"]),
        ]
        .concat();
        let history = replay(&log, &[]);
        assert_eq!(
            history.earlier.get("moten/marsmote.md"),
            Some(&vec![place("mote.md", None), place("moten/mars.md", None)])
        );
        assert_eq!(history.earlier.len(), 1);
        assert_eq!(
            history.changed.get("moten/marsmote.md"),
            Some(&300),
            "renamed and changed"
        );
        assert_eq!(history.changed.get("tillfallig.md"), Some(&500), "restored");
        assert_eq!(history.changed.len(), 2);
        assert_eq!(
            history.removed,
            [Removed {
                place: place("gammal.md", None),
                added: 100,
                removed: 300,
                commit: String::from("c3"),
            }],
            "restored files are not removed"
        );
    }

    #[test]
    fn a_changed_slug_is_an_earlier_place_and_an_unchanged_one_is_not() {
        let log = [
            commit("a1", 100, &["A b1 mote.md", "A b5 bild.png"]),
            commit("b2", 200, &["M b2 mote.md"]),
            commit("c3", 300, &["M b3 mote.md"]),
            commit(
                "d4",
                400,
                &["M b4 mote.md", "R100 b5 bild.png bilder/bild.png"],
            ),
            commit("e5", 500, &["M b6 mote.md"]),
        ]
        .concat();
        // b1 has no slug; b2 and b3 the same one; b4 another; b6 b2's again.
        let slugs = [
            ("b2", "traff"),
            ("b3", "traff"),
            ("b4", "mars"),
            ("b6", "traff"),
        ];
        let history = replay(&log, &slugs);
        assert_eq!(
            history.earlier.get("mote.md"),
            Some(&vec![
                place("mote.md", None),
                place("mote.md", Some("traff")),
                place("mote.md", Some("mars")),
            ]),
            "each slug once, in order"
        );
        assert_eq!(
            history.earlier.get("bilder/bild.png"),
            Some(&vec![place("bild.png", None)])
        );
    }

    #[test]
    fn slugs_are_read_from_the_front_matter_only() {
        let cases = [
            ("---\ntitle: A\nslug: traff\n---\n", Some("traff")),
            ("---\nslug: \"mars möte\"\n---\n", Some("mars möte")),
            ("---\nslug: 'x' # c\n---\n", Some("x")),
            ("---\nslug: y # comment\n---\n", Some("y")),
            ("\u{feff}---\r\nslug: z\r\n---\r\n", Some("z")),
            ("---\nslug:\n---\n", None),
            ("---\ntitle: A\n---\nslug: nej\n", None),
            ("  slug: nej\n", None),
            ("---\nmeta:\n  slug: nej\n---\n", None),
        ];
        for (text, slug) in cases {
            assert_eq!(front_matter_slug(text).as_deref(), slug, "{text:?}");
        }
    }

    #[test]
    fn a_batch_answer_is_read_blob_by_blob() {
        let first = "---\nslug: ett\n---\nText\n";
        let second = "---\ntitle: Två\n---\n";
        let batch = format!(
            "b1 blob {}\n{first}\nb9 missing\nb2 blob {}\n{second}\n",
            first.len(),
            second.len()
        );
        let slugs = batch_slugs(batch.as_bytes());
        assert_eq!(slugs.get("b1").map(String::as_str), Some("ett"));
        assert_eq!(slugs.len(), 1);
    }
}
