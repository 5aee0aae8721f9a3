//! Watches the site's folders and rebuilds on change. Editors save by writing
//! a temporary file and renaming it, so one save is several events; the
//! debouncer waits for the burst to end and hands over one batch.

use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::Duration;

use notify::RecursiveMode;
use notify_debouncer_full::{DebounceEventResult, Debouncer, RecommendedCache, new_debouncer};
use tokio::sync::broadcast;

use crate::BuildOptions;

use super::{Change, SharedServed, apply, apply_saved};

/// The folders whose files make the site.
const WATCHED: &[&str] = crate::load::FOLDERS;
/// How long a burst of events may last before the rebuild starts.
const QUIET: Duration = Duration::from_millis(30);

type Watcher = Debouncer<notify::RecommendedWatcher, RecommendedCache>;

/// What the rebuild loop owns: the watcher, which folders it watches, and the
/// pages of the last build.
struct Watching {
    debouncer: Watcher,
    watched: Vec<&'static str>,
    cache: crate::BuildCache,
}

/// Starts watching, on a thread of its own that also rebuilds.
pub(crate) fn start(
    root: PathBuf,
    options: BuildOptions,
    served: SharedServed,
    changes: broadcast::Sender<Change>,
    cache: crate::BuildCache,
) -> notify::Result<()> {
    // Events name absolute paths; compare them with an absolute root.
    let root = std::fs::canonicalize(&root).unwrap_or(root);
    let (sender, receiver) = mpsc::channel::<DebounceEventResult>();
    let mut debouncer = new_debouncer(QUIET, Some(Duration::from_millis(10)), sender)?;
    // The root itself, not recursively: site.toml, and folders that appear later.
    debouncer.watch(&root, RecursiveMode::NonRecursive)?;
    let mut watched = Vec::new();
    watch_new_folders(&root, &mut debouncer, &mut watched);
    std::thread::spawn(move || {
        let mut watching = Watching {
            debouncer,
            watched,
            cache,
        };
        run(&root, &options, &served, &changes, &receiver, &mut watching);
    });
    Ok(())
}

/// Watches every site folder that exists and is not watched yet: `static/`
/// may be created while the preview runs.
fn watch_new_folders(root: &Path, debouncer: &mut Watcher, watched: &mut Vec<&'static str>) {
    for folder in WATCHED {
        let path = root.join(folder);
        if !watched.contains(folder)
            && path.is_dir()
            && debouncer.watch(&path, RecursiveMode::Recursive).is_ok()
        {
            watched.push(folder);
        }
    }
}

/// A watched folder that was deleted or created again (a `git checkout` of
/// another branch does both) is watched no longer: its watch went with the
/// old folder. `watch_new_folders` watches the new one.
fn forget_replaced_folders(
    root: &Path,
    events: &[notify_debouncer_full::DebouncedEvent],
    watching: &mut Watching,
) {
    let replaced: Vec<&'static str> = watching
        .watched
        .iter()
        .copied()
        .filter(|folder| {
            let path = root.join(folder);
            !path.is_dir()
                || events.iter().any(|event| {
                    matches!(
                        event.kind,
                        notify::EventKind::Create(_) | notify::EventKind::Remove(_)
                    ) && event.paths.contains(&path)
                })
        })
        .collect();
    for folder in replaced {
        let _ = watching.debouncer.unwatch(root.join(folder));
        watching.watched.retain(|watched| *watched != folder);
    }
}

/// The one loop that rebuilds: a batch of events in, a build, a message to the tabs out.
fn run(
    root: &Path,
    options: &BuildOptions,
    served: &SharedServed,
    changes: &broadcast::Sender<Change>,
    receiver: &mpsc::Receiver<DebounceEventResult>,
    watching: &mut Watching,
) {
    while let Ok(batch) = receiver.recv() {
        let Ok(events) = batch else {
            watch_new_folders(root, &mut watching.debouncer, &mut watching.watched);
            continue;
        };
        forget_replaced_folders(root, &events, watching);
        watch_new_folders(root, &mut watching.debouncer, &mut watching.watched);
        // Reading a file is an event too (the build reads them all); only changes count.
        let paths: Vec<&PathBuf> = events
            .iter()
            .filter(|event| !matches!(event.kind, notify::EventKind::Access(_)))
            .flat_map(|event| event.paths.iter())
            .filter(|path| matters(root, path))
            .collect();
        if paths.is_empty() {
            continue;
        }
        let only_css = paths
            .iter()
            .all(|path| path.extension().is_some_and(|extension| extension == "css"));
        // Pages are re-rendered only when what they show changed; a template,
        // theme or site.toml change can change every page, so start afresh.
        let content = root.join("content");
        if paths.iter().any(|path| !path.starts_with(&content)) {
            watching.cache.forget_rendered();
        }
        // One Markdown file saved: its page first, when only its body changed.
        let mut files: Vec<&PathBuf> = paths.clone();
        files.sort();
        files.dedup();
        if let [file] = files[..]
            && let Some(href) = apply_saved(served, root, options, &mut watching.cache, file)
        {
            let _ = changes.send(Change::Page(href));
        }
        let rebuilt = apply(served, root, options, &mut watching.cache);
        {
            use std::io::Write as _;
            let _ = writeln!(std::io::stderr().lock(), "{}", rebuilt.report());
        }
        let _ = changes.send(if only_css {
            Change::Css
        } else {
            Change::Reload
        });
    }
}

/// A change to site.toml or to a file in one of the watched folders, not an
/// editor's swap or backup file.
fn matters(root: &Path, path: &Path) -> bool {
    let Ok(relative) = path.strip_prefix(root) else {
        return false;
    };
    if path.file_name().is_some_and(crate::load::is_ignored) {
        return false;
    }
    let first = relative
        .components()
        .next()
        .map(|component| component.as_os_str().to_string_lossy().into_owned())
        .unwrap_or_default();
    first == crate::config::CONFIG_FILE || WATCHED.contains(&first.as_str())
}
