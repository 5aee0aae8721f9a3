//! Watches the site's folders and rebuilds on change. Editors save by writing
//! a temporary file and renaming it, so one save is several events; the
//! debouncer waits for the burst to end and hands over one batch. A second,
//! plain watcher of content/ sees the event that ends a save at once (the
//! file closed after writing, or renamed into place), so that the saved
//! page can be shown before the burst is over: on a thread of its own, so
//! that it is shown at once even while the site is being rebuilt (that
//! rebuild, stale now, stops: `saved::rebuild_unless_saved`).

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

/// A burst of events, ended: what the rebuild loop is handed.
type Message = DebounceEventResult;

/// What the rebuild loop owns: the watchers, which folders the debouncer
/// watches, and the pages of the last build.
struct Watching {
    debouncer: Watcher,
    watched: Vec<&'static str>,
    /// Of content/, for the end of each save; `None` where it cannot watch.
    saves: Option<notify::RecommendedWatcher>,
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
    let (sender, receiver) = mpsc::channel::<Message>();
    let mut debouncer = new_debouncer(QUIET, Some(Duration::from_millis(10)), move |batch| {
        let _ = sender.send(batch);
    })?;
    // The root itself, not recursively: site.toml, and folders that appear later.
    debouncer.watch(&root, RecursiveMode::NonRecursive)?;
    let mut watched = Vec::new();
    watch_new_folders(&root, &mut debouncer, &mut watched);
    let (saved, saved_files) = mpsc::channel::<PathBuf>();
    let saves = watch_saves(&root, saved);
    let shower = Shower {
        root,
        options,
        served,
        changes,
        kept: cache.kept(),
    };
    let saves_shower = shower.clone();
    std::thread::spawn(move || {
        while let Ok(file) = saved_files.recv() {
            if matters(&saves_shower.root, &file) {
                saves_shower.show(&file);
            }
        }
    });
    std::thread::spawn(move || {
        let mut watching = Watching {
            debouncer,
            watched,
            saves,
            cache,
        };
        run(&shower, &receiver, &mut watching);
    });
    Ok(())
}

/// What shows a saved page at once: the saves' thread has one, the rebuild
/// loop another (for a save the end of which was not seen).
#[derive(Clone)]
struct Shower {
    root: PathBuf,
    options: BuildOptions,
    served: SharedServed,
    changes: broadcast::Sender<Change>,
    kept: crate::serve::saved::KeptSite,
}

impl Shower {
    /// The saved file's page, served and its tabs told, when the kept site
    /// can render it alone.
    fn show(&self, file: &Path) {
        if let Some(href) = apply_saved(&self.served, &self.root, &self.options, &self.kept, file) {
            let _ = self.changes.send(Change::Page(href));
        }
    }
}

/// A plain watcher of content/ that hands over each event ending a save.
fn watch_saves(root: &Path, sender: mpsc::Sender<PathBuf>) -> Option<notify::RecommendedWatcher> {
    use notify::Watcher as _;
    let mut watcher = notify::recommended_watcher(move |event: notify::Result<notify::Event>| {
        if let Some(file) = event.ok().as_ref().and_then(saved_file) {
            let _ = sender.send(file.clone());
        }
    })
    .ok()?;
    let content = root.join(crate::load::CONTENT_DIR);
    watcher.watch(&content, RecursiveMode::Recursive).ok()?;
    Some(watcher)
}

/// The file a save ended in: closed after writing (a save in place), or the
/// name a temporary file was renamed to.
fn saved_file(event: &notify::Event) -> Option<&PathBuf> {
    use notify::event::{AccessKind, AccessMode, ModifyKind, RenameMode};
    match event.kind {
        notify::EventKind::Access(AccessKind::Close(AccessMode::Write)) => event.paths.first(),
        notify::EventKind::Modify(ModifyKind::Name(RenameMode::To | RenameMode::Both)) => {
            event.paths.last()
        }
        _ => None,
    }
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

/// `watch_new_folders`, and a content/ made anew watched for saves again.
fn watch_new_folders_too(root: &Path, watching: &mut Watching) {
    use notify::Watcher as _;
    let had_content = watching.watched.contains(&crate::load::CONTENT_DIR);
    watch_new_folders(root, &mut watching.debouncer, &mut watching.watched);
    let has_content = watching.watched.contains(&crate::load::CONTENT_DIR);
    if !had_content
        && has_content
        && let Some(saves) = watching.saves.as_mut()
    {
        let content = root.join(crate::load::CONTENT_DIR);
        let _ = saves.unwatch(&content);
        let _ = saves.watch(&content, RecursiveMode::Recursive);
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
fn run(shower: &Shower, receiver: &mpsc::Receiver<Message>, watching: &mut Watching) {
    let Shower {
        root,
        options,
        served,
        changes,
        ..
    } = shower;
    // A rebuild was dropped for a save that came while it ran, after other
    // files than Markdown changed: the next one reloads every tab.
    let mut owed_everything = false;
    while let Ok(batch) = receiver.recv() {
        let Ok(events) = batch else {
            watch_new_folders_too(root, watching);
            continue;
        };
        forget_replaced_folders(root, &events, watching);
        watch_new_folders_too(root, watching);
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
        // One Markdown file saved: its page first, when only its body changed
        // (and the end of the save did not show it already).
        let mut files: Vec<&PathBuf> = paths.clone();
        files.sort();
        files.dedup();
        if let [file] = files[..] {
            shower.show(file);
        }
        // Only Markdown files saved: only tabs on the pages that changed reload.
        let markdown = paths.iter().all(|path| {
            path.starts_with(&content)
                && path.extension().is_some_and(|extension| extension == "md")
        });
        // A save came while it ran: the batch of that save rebuilds again.
        let Some(mut rebuilt) = apply(served, root, options, &mut watching.cache) else {
            owed_everything |= !markdown;
            continue;
        };
        {
            use std::io::Write as _;
            let _ = writeln!(std::io::stderr().lock(), "{}", rebuilt.report());
        }
        let _ = changes.send(if std::mem::take(&mut owed_everything) {
            Change::Reload(None)
        } else if only_css {
            Change::Css
        } else if markdown {
            Change::Reload(rebuilt.changed.take())
        } else {
            Change::Reload(None)
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

#[cfg(test)]
mod tests {
    use std::path::PathBuf;

    use notify::event::{AccessKind, AccessMode, DataChange, ModifyKind, RenameMode};
    use notify::{Event, EventKind};

    use super::saved_file;

    fn event(kind: EventKind, paths: &[&str]) -> Event {
        let mut event = Event::new(kind);
        for path in paths {
            event = event.add_path(PathBuf::from(path));
        }
        event
    }

    #[test]
    fn a_save_ends_when_the_file_is_closed_after_writing_or_renamed_into_place() {
        let closed = event(
            EventKind::Access(AccessKind::Close(AccessMode::Write)),
            &["/s/content/a.md"],
        );
        assert_eq!(saved_file(&closed), Some(&PathBuf::from("/s/content/a.md")));
        let renamed = event(
            EventKind::Modify(ModifyKind::Name(RenameMode::Both)),
            &["/s/content/.a.md.tmp", "/s/content/a.md"],
        );
        assert_eq!(
            saved_file(&renamed),
            Some(&PathBuf::from("/s/content/a.md"))
        );
        let moved_to = event(
            EventKind::Modify(ModifyKind::Name(RenameMode::To)),
            &["/s/content/a.md"],
        );
        assert_eq!(
            saved_file(&moved_to),
            Some(&PathBuf::from("/s/content/a.md"))
        );

        // Still being written, read, or renamed away: no save has ended.
        for kind in [
            EventKind::Modify(ModifyKind::Data(DataChange::Content)),
            EventKind::Access(AccessKind::Close(AccessMode::Read)),
            EventKind::Modify(ModifyKind::Name(RenameMode::From)),
        ] {
            assert_eq!(saved_file(&event(kind, &["/s/content/a.md"])), None);
        }
    }
}
