//! The output folder, all or nothing: the site is written into a new folder
//! beside the output folder (pages as they are rendered, the rest from
//! `Output`) and swapped in only when every file is written and the build has
//! no errors. Otherwise the new folder is removed and the previous site stays.
//!
//! Stegvis replaces its output folder whole, so it must never take a folder
//! it did not write: every folder it writes holds a marker file
//! ([`MARKER`]), and a folder is replaced or removed only if it holds one (or
//! is empty). The site's own folders are refused outright.

use std::io::Read;
use std::path::{Component, Path, PathBuf};
use std::sync::Mutex;

use rayon::prelude::*;
use rustc_hash::FxHashMap;

use crate::load::FileBytes;
use crate::render::{Output, OutputFile, PageSink};

/// The file that marks a folder as written by Stegvis (as Cargo marks its
/// target folder with CACHEDIR.TAG): only such a folder is ever replaced.
pub(crate) const MARKER: &str = ".stegvis-output";

const MARKER_TEXT: &str =
    "This folder was written by Stegvis. The next build replaces it whole: do not edit it.\n";

/// The folders of a site that hold its sources: an output folder in or at one
/// of them would overwrite them, or be read back as content. `data/` is
/// among them before anything reads it (SPEC "Data and charts"): a folder
/// an editor keeps tables in is never the output.
pub(crate) const SOURCE_FOLDERS: &[&str] = &["content", "static", "templates", "themes", "data"];

#[derive(Debug, thiserror::Error)]
pub enum WriteError {
    #[error("cannot write {}: {source}", .path.display())]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("refusing to write the site into {}: {reason}", .path.display())]
    Refused { path: PathBuf, reason: Refusal },
}

/// Why a folder cannot be the output folder.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Refusal {
    #[error(
        "it is the site folder or holds it, and the build replaces its output folder whole; use a folder inside the site such as public/"
    )]
    HoldsTheSite,
    #[error(
        "it is the site's source folder {0}/ or lies inside it; use a folder of its own such as public/"
    )]
    InSourceFolder(&'static str),
    #[error(
        "it is your home folder or the file system's root; use a folder of its own such as public/"
    )]
    HomeOrRoot,
    #[error("it is a file, not a folder; remove it or choose another --output")]
    NotAFolder,
    #[error("it is a symbolic link; give the folder it points to as --output, or remove the link")]
    SymbolicLink,
    #[error(
        "it holds files that Stegvis did not write (there is no {MARKER} in it), and the build replaces its output folder whole; empty it, or choose another --output (an output folder from an older Stegvis has no marker either: delete it once)"
    )]
    NotWrittenByStegvis,
}

fn io_error(path: &Path) -> impl FnOnce(std::io::Error) -> WriteError + '_ {
    move |source| WriteError::Io {
        path: path.to_path_buf(),
        source,
    }
}

/// Whether `out_dir` may be replaced by the build of the site in `root`:
/// not the site, a folder holding it, a source folder or anything inside
/// one, the home folder or `/`, a file or a link; and if it exists and holds
/// anything, a folder Stegvis wrote.
pub(crate) fn check_output_folder(root: &Path, out_dir: &Path) -> Result<(), Refusal> {
    let metadata = std::fs::symlink_metadata(out_dir);
    if let Ok(metadata) = &metadata {
        if metadata.file_type().is_symlink() {
            return Err(Refusal::SymbolicLink);
        }
        if !metadata.is_dir() {
            return Err(Refusal::NotAFolder);
        }
    }
    let out_real = real_path(out_dir);
    let root_real = real_path(root);
    if root_real.starts_with(&out_real) {
        return Err(Refusal::HoldsTheSite);
    }
    for folder in SOURCE_FOLDERS {
        if out_real.starts_with(real_path(&root.join(folder))) {
            return Err(Refusal::InSourceFolder(folder));
        }
    }
    let home = std::env::var_os("HOME").map(|home| real_path(Path::new(&home)));
    if out_real.parent().is_none() || home.is_some_and(|home| home == out_real) {
        return Err(Refusal::HomeOrRoot);
    }
    if metadata.is_ok() && !is_owned(out_dir) {
        return Err(Refusal::NotWrittenByStegvis);
    }
    Ok(())
}

/// The absolute path with every link resolved, also when its last parts do
/// not exist yet: each existing prefix is resolved before `..` steps out of
/// it, so `public/../x` and `link/..` mean what the file system means.
fn real_path(path: &Path) -> PathBuf {
    let start = if path.is_absolute() {
        PathBuf::new()
    } else {
        std::env::current_dir().unwrap_or_default()
    };
    let mut real = start.canonicalize().unwrap_or(start);
    for component in path.components() {
        match component {
            Component::Prefix(_) | Component::RootDir => real.push(component.as_os_str()),
            Component::CurDir => {}
            Component::ParentDir => {
                real.pop();
            }
            Component::Normal(name) => {
                real.push(name);
                if let Ok(resolved) = real.canonicalize() {
                    real = resolved;
                }
            }
        }
    }
    real
}

/// A folder Stegvis wrote (it holds the marker), or an empty one.
fn is_owned(dir: &Path) -> bool {
    dir.join(MARKER).is_file()
        || std::fs::read_dir(dir).is_ok_and(|mut entries| entries.next().is_none())
}

/// Removes a folder only if Stegvis wrote it (see [`is_owned`]); a folder that
/// holds anything else is left where it is.
fn remove_owned(dir: &Path) {
    if is_owned(dir) {
        let _ = std::fs::remove_dir_all(dir);
    }
}

/// A new site being written beside the output folder. Pages are written into
/// it while they are rendered ([`PageSink`]), so a build never holds every
/// page in memory; [`Staging::finish`] writes the rest and swaps the folder in.
/// Dropped without `finish` (a failed build, an error, a panic), it removes
/// what it wrote and the output folder stays as it was.
#[derive(Debug)]
pub struct Staging {
    dir: PathBuf,
    retired: PathBuf,
    out_dir: PathBuf,
    /// The previous site's files, by their path in it, and their sizes.
    previous: Previous,
    /// The first page that could not be written; `finish` reports it.
    failed: Mutex<Option<WriteError>>,
}

impl Staging {
    /// Starts a new site for `out_dir`, which [`check_output_folder`] must allow
    /// for the site in `root`.
    pub(crate) fn new(root: &Path, out_dir: &Path) -> Result<Staging, WriteError> {
        let refused = |reason| WriteError::Refused {
            path: out_dir.to_path_buf(),
            reason,
        };
        // The new folder goes beside the real output folder, on its file system.
        let out_real = real_path(out_dir);
        let (Some(parent), Some(name)) = (out_real.parent(), out_real.file_name()) else {
            return Err(refused(Refusal::HomeOrRoot));
        };
        let name = name.to_string_lossy().into_owned();
        // A build killed mid-swap may have left the only copy of the site
        // beside it: put that back before judging the folder.
        recover_abandoned(parent, &name, out_dir);
        check_output_folder(root, out_dir).map_err(refused)?;
        std::fs::create_dir_all(parent).map_err(io_error(parent))?;
        let out_dir = out_dir.to_path_buf();
        let dir = parent.join(format!(".{name}.stegvis-new-{}", std::process::id()));
        let retired = parent.join(format!(".{name}.stegvis-old-{}", std::process::id()));
        remove_owned(&dir);
        std::fs::create_dir(&dir).map_err(io_error(&dir))?;
        let previous = Previous::read(&out_real);
        previous.write(&dir, Path::new(MARKER), MARKER_TEXT.as_bytes())?;
        Ok(Staging {
            dir,
            retired,
            out_dir,
            previous,
            failed: Mutex::new(None),
        })
    }

    /// Writes the files of `output` not yet written, then puts the new site
    /// in the output folder's place in one step where the system allows it.
    pub(crate) fn finish(self, output: &Output) -> Result<(), WriteError> {
        if let Some(error) = self.failed.lock().ok().and_then(|mut failed| failed.take()) {
            return Err(error);
        }
        write_all(output, &self.dir, &self.previous)?;
        if !self.out_dir.exists() {
            return std::fs::rename(&self.dir, &self.out_dir).map_err(io_error(&self.out_dir));
        }
        match exchange(&self.dir, &self.out_dir) {
            // The staging folder's name now holds the previous site.
            Ok(()) => {
                remove_owned(&self.dir);
                return Ok(());
            }
            Err(error) if !exchange_unsupported(&error) => {
                return Err(WriteError::Io {
                    path: self.out_dir.clone(),
                    source: error,
                });
            }
            Err(_) => {}
        }
        // Two renames: killed between them, the previous site waits under
        // `retired`, and the next build puts it back (`recover_abandoned`).
        std::fs::rename(&self.out_dir, &self.retired).map_err(io_error(&self.out_dir))?;
        if let Err(source) = std::fs::rename(&self.dir, &self.out_dir) {
            let _ = std::fs::rename(&self.retired, &self.out_dir);
            return Err(WriteError::Io {
                path: self.out_dir.clone(),
                source,
            });
        }
        remove_owned(&self.retired);
        Ok(())
    }
}

impl Drop for Staging {
    fn drop(&mut self) {
        // After `finish` this name holds the previous site, or nothing.
        remove_owned(&self.dir);
    }
}

impl PageSink for Staging {
    fn page(&self, path: &str, html: &std::sync::Arc<Vec<u8>>) {
        self.file(path, html);
    }

    fn file(&self, path: &str, bytes: &[u8]) -> bool {
        let target = self.dir.join(path);
        let written = match target.parent() {
            Some(folder) => std::fs::create_dir_all(folder).map_err(io_error(folder)),
            None => Ok(()),
        }
        .and_then(|()| self.previous.write(&self.dir, Path::new(path), bytes));
        if let Err(error) = written
            && let Ok(mut failed) = self.failed.lock()
        {
            failed.get_or_insert(error);
        }
        true
    }
}

/// Swaps two folders in one step (Linux `renameat2` with `RENAME_EXCHANGE`):
/// at every instant one of them is the output folder.
#[cfg(target_os = "linux")]
fn exchange(a: &Path, b: &Path) -> std::io::Result<()> {
    use std::os::unix::ffi::OsStrExt;
    let to_c = |path: &Path| {
        std::ffi::CString::new(path.as_os_str().as_bytes())
            .map_err(|_| std::io::Error::from(std::io::ErrorKind::InvalidInput))
    };
    let (a, b) = (to_c(a)?, to_c(b)?);
    // SAFETY: both are NUL-terminated paths that live across the call; the
    // system call reads them and nothing else.
    let result = unsafe {
        libc::syscall(
            libc::SYS_renameat2,
            libc::AT_FDCWD,
            a.as_ptr(),
            libc::AT_FDCWD,
            b.as_ptr(),
            libc::RENAME_EXCHANGE,
        )
    };
    if result == 0 {
        return Ok(());
    }
    let error = std::io::Error::last_os_error();
    match error.raw_os_error() {
        // An old kernel, or a file system that cannot exchange.
        Some(libc::EINVAL | libc::ENOSYS) => Err(std::io::ErrorKind::Unsupported.into()),
        _ => Err(error),
    }
}

#[cfg(not(target_os = "linux"))]
fn exchange(_: &Path, _: &Path) -> std::io::Result<()> {
    Err(std::io::Error::from(std::io::ErrorKind::Unsupported))
}

/// The kernel or the file system cannot exchange: fall back to two renames.
fn exchange_unsupported(error: &std::io::Error) -> bool {
    error.kind() == std::io::ErrorKind::Unsupported
}

/// Folders that builds of this output left behind when they were killed
/// (Ctrl-C, a CI timeout) before they could clean up, those whose process no
/// longer runs: a previous site waiting under its old name is put back when
/// the output folder is missing, and the rest, being Stegvis's own, removed.
/// Only where that can be told (Linux's /proc); elsewhere they stay, named so
/// that nobody mistakes them for a site.
fn recover_abandoned(parent: &Path, name: &str, out_dir: &Path) {
    if !Path::new("/proc/self").exists() {
        return;
    }
    let Ok(entries) = std::fs::read_dir(parent) else {
        return;
    };
    let prefix = format!(".{name}.stegvis-");
    let mut abandoned: Vec<(bool, PathBuf)> = Vec::new();
    for entry in entries.filter_map(Result::ok) {
        let file_name = entry.file_name();
        let Some(rest) = file_name
            .to_str()
            .and_then(|file| file.strip_prefix(&prefix))
        else {
            continue;
        };
        let (retired, pid) = match (rest.strip_prefix("old-"), rest.strip_prefix("new-")) {
            (Some(pid), _) => (true, pid),
            (None, Some(pid)) => (false, pid),
            (None, None) => continue,
        };
        if let Ok(pid) = pid.parse::<u32>()
            && pid != std::process::id()
            && !Path::new("/proc").join(pid.to_string()).exists()
        {
            abandoned.push((retired, entry.path()));
        }
    }
    // Retired sites first: one of them may become the output folder again.
    abandoned.sort_by_key(|(retired, _)| !*retired);
    for (retired, path) in abandoned {
        if retired && !out_dir.exists() && path.join(MARKER).is_file() {
            let _ = std::fs::rename(&path, out_dir);
        } else {
            remove_owned(&path);
        }
    }
}

/// The files of the site being replaced, found without following a link:
/// a new file whose bytes equal the previous one's becomes a hard link to it
/// (or, where the file system has none, gets its modification time), so a
/// rebuild leaves unchanged files as they were and `rsync` or an upload that
/// compares size and time sends only what changed (SPEC "Publishing from CI").
#[derive(Debug, Default)]
struct Previous {
    dir: PathBuf,
    sizes: FxHashMap<PathBuf, u64>,
}

impl Previous {
    /// The regular files under `out_dir`, if it is a folder Stegvis wrote.
    fn read(out_dir: &Path) -> Previous {
        if !out_dir.join(MARKER).is_file() {
            return Previous::default();
        }
        let sizes = walkdir::WalkDir::new(out_dir)
            .follow_links(false)
            .into_iter()
            .filter_map(Result::ok)
            .filter(|entry| entry.file_type().is_file())
            .filter_map(|entry| {
                let size = entry.metadata().ok()?.len();
                let relative = entry.path().strip_prefix(out_dir).ok()?.to_path_buf();
                Some((relative, size))
            })
            .collect();
        Previous {
            dir: out_dir.to_path_buf(),
            sizes,
        }
    }

    /// The previous site's file at `relative`, if it has `size` bytes.
    fn same_size(&self, relative: &Path, size: u64) -> Option<PathBuf> {
        (self.sizes.get(relative) == Some(&size)).then(|| self.dir.join(relative))
    }

    /// Writes `bytes` to `relative` in the new site `staging`, keeping the
    /// previous file where it has the same bytes.
    fn write(&self, staging: &Path, relative: &Path, bytes: &[u8]) -> Result<(), WriteError> {
        let target = staging.join(relative);
        if let Some(old) = self.same_size(relative, bytes.len() as u64)
            && std::fs::read(&old).is_ok_and(|old_bytes| old_bytes == bytes)
            && keep(&old, &target, |target| std::fs::write(target, bytes))
        {
            return Ok(());
        }
        std::fs::write(&target, bytes).map_err(io_error(&target))
    }

    /// Copies `source` to `relative` in the new site, keeping the previous
    /// file where it has the same bytes (compared a block at a time).
    fn copy(&self, staging: &Path, relative: &Path, source: &Path) -> Result<(), WriteError> {
        let target = staging.join(relative);
        let size = std::fs::metadata(source).map_err(io_error(source))?.len();
        if let Some(old) = self.same_size(relative, size)
            && same_bytes(&old, source)
            && keep(&old, &target, |target| {
                std::fs::copy(source, target).map(|_| ())
            })
        {
            return Ok(());
        }
        std::fs::copy(source, &target)
            .map(|_| ())
            .map_err(io_error(source))
    }
}

/// Puts the previous file `old` at `target`: a hard link (the same file, its
/// time and inode), or else a new file written by `write` with `old`'s
/// modification time. False if neither worked; the caller writes it plainly.
fn keep(old: &Path, target: &Path, write: impl Fn(&Path) -> std::io::Result<()>) -> bool {
    if std::fs::hard_link(old, target).is_ok() {
        return true;
    }
    let Ok(modified) = std::fs::metadata(old).and_then(|metadata| metadata.modified()) else {
        return false;
    };
    write(target).is_ok()
        && std::fs::File::options()
            .write(true)
            .open(target)
            .and_then(|file| file.set_modified(modified))
            .is_ok()
}

/// Whether two files of the same size hold the same bytes.
fn same_bytes(a: &Path, b: &Path) -> bool {
    let (Ok(mut a), Ok(mut b)) = (std::fs::File::open(a), std::fs::File::open(b)) else {
        return false;
    };
    let (mut block_a, mut block_b) = (vec![0u8; 64 * 1024], vec![0u8; 64 * 1024]);
    loop {
        let Ok(n) = a.read(&mut block_a) else {
            return false;
        };
        if n == 0 {
            return b.read(&mut block_b).is_ok_and(|m| m == 0);
        }
        if b.read_exact(&mut block_b[..n]).is_err() || block_a[..n] != block_b[..n] {
            return false;
        }
    }
}

fn write_all(output: &Output, staging: &Path, previous: &Previous) -> Result<(), WriteError> {
    let mut folders: Vec<PathBuf> = output
        .files
        .keys()
        .filter_map(|path| Path::new(path).parent().map(|parent| staging.join(parent)))
        .collect();
    folders.sort();
    folders.dedup();
    for folder in &folders {
        std::fs::create_dir_all(folder).map_err(io_error(folder))?;
    }
    output.files.par_iter().try_for_each(|(path, file)| {
        let relative = Path::new(path);
        match file {
            OutputFile::Bytes(bytes) => previous.write(staging, relative, bytes),
            OutputFile::Page(bytes) => previous.write(staging, relative, bytes),
            OutputFile::Copy(FileBytes::Embedded(bytes)) => {
                previous.write(staging, relative, bytes)
            }
            OutputFile::Copy(FileBytes::Disk(source)) => previous.copy(staging, relative, source),
        }
    })
}
