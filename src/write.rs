//! The output folder, all or nothing: the site is written into a new folder
//! beside the output folder (pages as they are rendered, the rest from
//! `Output`) and swapped in only when every file is written and the build has
//! no errors. Otherwise the new folder is removed and the previous site stays.

use std::path::{Path, PathBuf};
use std::sync::Mutex;

use rayon::prelude::*;

use crate::load::FileBytes;
use crate::render::{Output, OutputFile, PageSink};

#[derive(Debug, thiserror::Error)]
pub enum WriteError {
    #[error("cannot write {}: {source}", .path.display())]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{} holds a site (site.toml or content/); refusing to replace it with the output", .path.display())]
    NotAnOutputFolder { path: PathBuf },
}

fn io_error(path: &Path) -> impl FnOnce(std::io::Error) -> WriteError + '_ {
    move |source| WriteError::Io {
        path: path.to_path_buf(),
        source,
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
    /// The first page that could not be written; `finish` reports it.
    failed: Mutex<Option<WriteError>>,
}

impl Staging {
    /// Starts a new site for `out_dir`, which must not hold a site's sources.
    pub fn new(out_dir: &Path) -> Result<Staging, WriteError> {
        if out_dir.join("site.toml").exists() || out_dir.join("content").is_dir() {
            return Err(WriteError::NotAnOutputFolder {
                path: out_dir.to_path_buf(),
            });
        }
        let parent = out_dir
            .parent()
            .filter(|parent| !parent.as_os_str().is_empty())
            .unwrap_or(Path::new("."));
        std::fs::create_dir_all(parent).map_err(io_error(parent))?;
        let name = out_dir.file_name().map_or_else(
            || String::from("public"),
            |name| name.to_string_lossy().into_owned(),
        );
        let dir = parent.join(format!(".{name}.stegvis-new-{}", std::process::id()));
        let retired = parent.join(format!(".{name}.stegvis-old-{}", std::process::id()));
        remove_abandoned(parent, &name);
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).map_err(io_error(&dir))?;
        Ok(Staging {
            dir,
            retired,
            out_dir: out_dir.to_path_buf(),
            failed: Mutex::new(None),
        })
    }

    /// Writes the files of `output` not yet written, then replaces the output
    /// folder with the new site in one rename.
    pub fn finish(self, output: &Output) -> Result<(), WriteError> {
        if let Some(error) = self.failed.lock().ok().and_then(|mut failed| failed.take()) {
            return Err(error);
        }
        write_all(output, &self.dir)?;
        let had_previous = self.out_dir.exists();
        if had_previous {
            std::fs::rename(&self.out_dir, &self.retired).map_err(io_error(&self.out_dir))?;
        }
        if let Err(source) = std::fs::rename(&self.dir, &self.out_dir) {
            // Put the previous site back rather than leave no site at all.
            if had_previous {
                let _ = std::fs::rename(&self.retired, &self.out_dir);
            }
            return Err(WriteError::Io {
                path: self.out_dir.clone(),
                source,
            });
        }
        if had_previous {
            let _ = std::fs::remove_dir_all(&self.retired);
        }
        Ok(())
    }
}

impl Drop for Staging {
    fn drop(&mut self) {
        // After `finish` this folder is the output folder's new name, and gone.
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

impl PageSink for Staging {
    fn page(&self, path: &str, html: &[u8]) {
        let target = self.dir.join(path);
        let written = match target.parent() {
            Some(folder) => std::fs::create_dir_all(folder).map_err(io_error(folder)),
            None => Ok(()),
        }
        .and_then(|()| std::fs::write(&target, html).map_err(io_error(&target)));
        if let Err(error) = written
            && let Ok(mut failed) = self.failed.lock()
        {
            failed.get_or_insert(error);
        }
    }
}

/// Removes the new and old folders that builds of this output left behind
/// when they were killed (Ctrl-C, a CI timeout) before they could clean up:
/// those whose process no longer runs. Only where that can be told (Linux's
/// /proc); elsewhere they stay, named so that nobody mistakes them for a site.
fn remove_abandoned(parent: &Path, name: &str) {
    let proc = Path::new("/proc/self");
    if !proc.exists() {
        return;
    }
    let Ok(entries) = std::fs::read_dir(parent) else {
        return;
    };
    let prefix = format!(".{name}.stegvis-");
    for entry in entries.filter_map(Result::ok) {
        let file_name = entry.file_name();
        let Some(rest) = file_name
            .to_str()
            .and_then(|file| file.strip_prefix(&prefix))
        else {
            continue;
        };
        let pid = rest
            .strip_prefix("new-")
            .or_else(|| rest.strip_prefix("old-"))
            .and_then(|pid| pid.parse::<u32>().ok());
        if let Some(pid) = pid
            && pid != std::process::id()
            && !Path::new("/proc").join(pid.to_string()).exists()
        {
            let _ = std::fs::remove_dir_all(entry.path());
        }
    }
}

fn write_all(output: &Output, staging: &Path) -> Result<(), WriteError> {
    let mut folders: Vec<PathBuf> = output
        .files
        .iter()
        .filter(|(_, file)| !matches!(file, OutputFile::Written))
        .map(|(path, _)| path)
        .filter_map(|path| Path::new(path).parent().map(|parent| staging.join(parent)))
        .collect();
    folders.sort();
    folders.dedup();
    for folder in &folders {
        std::fs::create_dir_all(folder).map_err(io_error(folder))?;
    }
    output
        .files
        .par_iter()
        .try_for_each(|(path, file)| write_file(&staging.join(path), file))
}

fn write_file(path: &Path, file: &OutputFile) -> Result<(), WriteError> {
    match file {
        OutputFile::Written => Ok(()),
        OutputFile::Bytes(bytes) => std::fs::write(path, bytes).map_err(io_error(path)),
        OutputFile::Page(bytes) => std::fs::write(path, bytes.as_slice()).map_err(io_error(path)),
        OutputFile::Copy(FileBytes::Embedded(bytes)) => {
            std::fs::write(path, bytes).map_err(io_error(path))
        }
        OutputFile::Copy(FileBytes::Disk(source)) => std::fs::copy(source, path)
            .map(|_| ())
            .map_err(io_error(source)),
    }
}
