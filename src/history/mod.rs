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
use std::path::Path;
use std::process::Command;

use serde::{Deserialize, Serialize};

use crate::findings::{Finding, Kind};

/// What the history says of the site's content files.
#[derive(Debug, Default, Clone)]
pub struct History {
    /// Each content path (below content/) in the tree at HEAD that git
    /// knows: its earlier content paths, the oldest first.
    pub earlier: HashMap<String, Vec<String>>,
    /// When each content path in the tree at HEAD was last changed by a
    /// commit (seconds since the epoch).
    pub changed: HashMap<String, i64>,
    /// Content paths removed and not restored, with when they were first
    /// added and when removed (seconds since the epoch) and the removing
    /// commit.
    pub removed: Vec<Removed>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Removed {
    pub content_path: String,
    pub added: i64,
    pub removed: i64,
    pub commit: String,
}

/// One file's life so far, as the history is replayed.
#[derive(Debug, Clone, Serialize, Deserialize)]
struct Life {
    added: i64,
    changed: i64,
    earlier: Vec<String>,
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

const VERSION: u32 = 1;

/// Where the replayed history is kept, relative to the site root.
const CACHE_FILE: &str = ".stegvis/history.json";

/// The history of `root`'s content/, and a warning where it cannot be
/// trusted (a shallow clone). With `remember`, what was replayed is kept
/// in `.stegvis/` for the next build.
pub fn read(root: &Path, remember: bool) -> (History, Vec<Finding>) {
    let git = |args: &[&str]| {
        Command::new("git")
            .arg("-C")
            .arg(root)
            // Paths as written; and no hook of the repository's config run
            // by a read (an fsmonitor is a program).
            .args([
                "-c",
                "core.quotepath=off",
                "-c",
                "core.fsmonitor=false",
                "--no-pager",
            ])
            .args(args)
            .env("GIT_OPTIONAL_LOCKS", "0")
            .output()
            .ok()
            .filter(|output| output.status.success())
            .map(|output| String::from_utf8_lossy(&output.stdout).into_owned())
    };
    // Not a repository, no commit yet, or no git: the site works as before.
    let Some(answer) = git(&["rev-parse", "--is-shallow-repository", "HEAD"]) else {
        return (History::default(), Vec::new());
    };
    let mut lines = answer.lines();
    let (shallow, head) = (
        lines.next().unwrap_or_default(),
        lines.next().unwrap_or_default(),
    );
    if shallow == "true" {
        let warning = Finding::warning(Kind::History, ".git", crate::msg!("history-shallow"));
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
        Some(state) if git(&["merge-base", "--is-ancestor", &state.head, head]).is_some() => {
            let range = format!("{}..{head}", state.head);
            (state, range)
        }
        _ => (State::default(), head.to_string()),
    };
    let Some(log) = git(&[
        "log",
        "--reverse",
        "-M",
        "--name-status",
        "-z",
        "--format=%x01%H %ct",
        "--relative",
        &range,
        "--",
        "content/",
    ]) else {
        return (History::default(), Vec::new());
    };
    state.replay(&log);
    state.version = VERSION;
    state.head = head.to_string();
    if remember {
        save(&cache_path, &state);
    }
    (state.history(), Vec::new())
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
    /// Each commit of `git log --reverse -M --name-status -z
    /// --format=%x01%H %ct` replayed: its additions, renames and removals.
    fn replay(&mut self, log: &str) {
        for commit in log.split('\u{1}').filter(|commit| !commit.is_empty()) {
            let mut tokens = commit.split('\0');
            let header = tokens.next().unwrap_or_default();
            let (hash, time) = header.split_once(' ').unwrap_or((header, "0"));
            let time: i64 = time.trim().parse().unwrap_or(0);
            // Paths below content/, as content paths are written.
            let mut tokens = tokens.map(|token| {
                let token = token.trim_start_matches('\n');
                token.strip_prefix("content/").unwrap_or(token)
            });
            while let Some(status) = tokens.next() {
                let Some(path) = tokens.next() else { break };
                let renamed_to = match status.chars().next() {
                    Some('R' | 'C') => match tokens.next() {
                        Some(new) => Some(new),
                        None => break,
                    },
                    _ => None,
                };
                self.change(status, path, renamed_to, hash, time);
            }
        }
    }

    /// One change of one commit.
    fn change(&mut self, status: &str, path: &str, to: Option<&str>, hash: &str, time: i64) {
        let new = |time| Life {
            added: time,
            changed: time,
            earlier: Vec::new(),
        };
        match (status.chars().next(), to) {
            (Some('R'), Some(to)) => {
                let mut life = self.alive.remove(path).unwrap_or_else(|| new(time));
                life.earlier.push(path.to_string());
                life.changed = time;
                self.removed.remove(to);
                self.alive.insert(to.to_string(), life);
            }
            (Some('C'), Some(to)) => {
                self.removed.remove(to);
                self.alive
                    .entry(to.to_string())
                    .or_insert_with(|| new(time));
            }
            (Some('D'), _) => {
                let Some(life) = self.alive.remove(path) else {
                    return;
                };
                let removed = Removed {
                    content_path: path.to_string(),
                    added: life.added,
                    removed: time,
                    commit: hash.get(..10).unwrap_or(hash).to_string(),
                };
                self.removed.insert(path.to_string(), removed);
                // Its earlier paths went with it.
                for earlier in life.earlier {
                    self.removed.remove(&earlier);
                }
            }
            _ => {
                // Added, restored or changed: alive from now on.
                self.removed.remove(path);
                self.alive
                    .entry(path.to_string())
                    .or_insert_with(|| new(time))
                    .changed = time;
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
        removed.sort_by(|a, b| a.content_path.cmp(&b.content_path));
        History {
            earlier,
            changed,
            removed,
        }
    }
}

/// The history of a whole log (for the tests).
#[cfg(test)]
fn replay(log: &str) -> History {
    let mut state = State::default();
    state.replay(log);
    state.history()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn commit(hash: &str, time: i64, changes: &[&str]) -> String {
        let mut text = format!("\u{1}{hash} {time}\0\n");
        for change in changes {
            text.push_str(change);
            text.push('\0');
        }
        text
    }

    #[test]
    fn renames_are_followed_and_removals_remembered_until_restored() {
        let log = [
            commit(
                "a1",
                100,
                &[
                    "A",
                    "content/mote.md",
                    "A",
                    "content/gammal.md",
                    "A",
                    "content/tillfallig.md",
                ],
            ),
            commit(
                "b2",
                200,
                &["R100", "content/mote.md", "content/moten/mars.md"],
            ),
            commit(
                "c3",
                300,
                &[
                    "R090",
                    "content/moten/mars.md",
                    "content/moten/marsmote.md",
                    "D",
                    "content/gammal.md",
                ],
            ),
            commit("d4", 400, &["D", "content/tillfallig.md"]),
            commit("e5", 500, &["A", "content/tillfallig.md"]),
        ]
        .concat();
        let history = replay(&log);
        assert_eq!(
            history.earlier.get("moten/marsmote.md"),
            Some(&vec![
                String::from("mote.md"),
                String::from("moten/mars.md")
            ])
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
                content_path: String::from("gammal.md"),
                added: 100,
                removed: 300,
                commit: String::from("c3"),
            }],
            "restored files are not removed"
        );
    }
}
