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

use std::collections::HashMap;
use std::path::Path;
use std::process::Command;

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

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Removed {
    pub content_path: String,
    pub added: i64,
    pub removed: i64,
    pub commit: String,
}

/// One file's life so far, as the history is replayed.
#[derive(Debug, Clone)]
struct Life {
    added: i64,
    changed: i64,
    earlier: Vec<String>,
}

/// The history of `root`'s content/, and a warning where it cannot be
/// trusted (a shallow clone).
pub fn read(root: &Path) -> (History, Vec<Finding>) {
    let git = |args: &[&str]| {
        Command::new("git")
            .arg("-C")
            .arg(root)
            .args(["-c", "core.quotepath=off", "--no-pager"])
            .args(args)
            .env("GIT_OPTIONAL_LOCKS", "0")
            .output()
            .ok()
            .filter(|output| output.status.success())
            .map(|output| output.stdout)
    };
    let Some(shallow) = git(&["rev-parse", "--is-shallow-repository"]) else {
        // Not a repository, or no git: the site works as before.
        return (History::default(), Vec::new());
    };
    if shallow.starts_with(b"true") {
        let warning = Finding::warning(Kind::History, ".git", crate::msg!("history-shallow"));
        return (History::default(), vec![warning]);
    }
    let Some(log) = git(&[
        "log",
        "--reverse",
        "-M",
        "--name-status",
        "-z",
        "--format=%x01%H %ct",
        "--relative",
        "--",
        "content/",
    ]) else {
        return (History::default(), Vec::new());
    };
    (replay(&String::from_utf8_lossy(&log)), Vec::new())
}

/// The history replayed from `git log --reverse -M --name-status -z
/// --format=%x01%H %ct`: each commit's additions, renames and removals.
fn replay(log: &str) -> History {
    let mut alive: HashMap<String, Life> = HashMap::new();
    let mut removed: HashMap<String, Removed> = HashMap::new();
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
            match status.chars().next() {
                Some('R') => {
                    let Some(new) = tokens.next() else { break };
                    let mut life = alive.remove(path).unwrap_or(Life {
                        added: time,
                        changed: time,
                        earlier: Vec::new(),
                    });
                    life.earlier.push(path.to_string());
                    life.changed = time;
                    removed.remove(new);
                    alive.insert(new.to_string(), life);
                }
                Some('C') => {
                    let Some(new) = tokens.next() else { break };
                    alive.entry(new.to_string()).or_insert(Life {
                        added: time,
                        changed: time,
                        earlier: Vec::new(),
                    });
                }
                Some('D') => {
                    if let Some(life) = alive.remove(path) {
                        let short = hash.get(..10).unwrap_or(hash).to_string();
                        removed.insert(
                            path.to_string(),
                            Removed {
                                content_path: path.to_string(),
                                added: life.added,
                                removed: time,
                                commit: short,
                            },
                        );
                        // Its earlier paths went with it.
                        for earlier in life.earlier {
                            removed.remove(&earlier);
                        }
                    }
                }
                Some(_) => {
                    // Added, restored or changed: alive from now on.
                    removed.remove(path);
                    alive
                        .entry(path.to_string())
                        .or_insert(Life {
                            added: time,
                            changed: time,
                            earlier: Vec::new(),
                        })
                        .changed = time;
                }
                None => {}
            }
        }
    }
    let changed = alive
        .iter()
        .map(|(path, life)| (path.clone(), life.changed))
        .collect();
    let earlier = alive
        .into_iter()
        .filter(|(_, life)| !life.earlier.is_empty())
        .map(|(path, life)| (path, life.earlier))
        .collect();
    let mut removed: Vec<Removed> = removed.into_values().collect();
    removed.sort_by(|a, b| a.content_path.cmp(&b.content_path));
    History {
        earlier,
        changed,
        removed,
    }
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
