//! `Output` → the output folder, all or nothing: the site is written into a
//! new folder beside the output folder and swapped in only when every file is
//! written. A failed build never gets here, so the previous site stays as it was.

use std::path::{Path, PathBuf};

use rayon::prelude::*;

use crate::load::FileBytes;
use crate::render::{Output, OutputFile};

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

/// Writes `output` to `out_dir`, replacing whatever was there.
pub fn output(output: &Output, out_dir: &Path) -> Result<(), WriteError> {
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
    let staging = parent.join(format!(".{name}.stegvis-new-{}", std::process::id()));
    let retired = parent.join(format!(".{name}.stegvis-old-{}", std::process::id()));

    let _ = std::fs::remove_dir_all(&staging);
    if let Err(error) = write_all(output, &staging) {
        let _ = std::fs::remove_dir_all(&staging);
        return Err(error);
    }
    let had_previous = out_dir.exists();
    if had_previous && let Err(source) = std::fs::rename(out_dir, &retired) {
        let _ = std::fs::remove_dir_all(&staging);
        return Err(WriteError::Io {
            path: out_dir.to_path_buf(),
            source,
        });
    }
    if let Err(source) = std::fs::rename(&staging, out_dir) {
        // Put the previous site back rather than leave no site at all.
        if had_previous {
            let _ = std::fs::rename(&retired, out_dir);
        }
        let _ = std::fs::remove_dir_all(&staging);
        return Err(WriteError::Io {
            path: out_dir.to_path_buf(),
            source,
        });
    }
    if had_previous {
        let _ = std::fs::remove_dir_all(&retired);
    }
    Ok(())
}

fn write_all(output: &Output, staging: &Path) -> Result<(), WriteError> {
    std::fs::create_dir_all(staging).map_err(io_error(staging))?;
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
    output
        .files
        .par_iter()
        .try_for_each(|(path, file)| write_file(&staging.join(path), file))
}

fn write_file(path: &Path, file: &OutputFile) -> Result<(), WriteError> {
    match file {
        OutputFile::Bytes(bytes) => std::fs::write(path, bytes).map_err(io_error(path)),
        OutputFile::Copy(FileBytes::Embedded(bytes)) => {
            std::fs::write(path, bytes).map_err(io_error(path))
        }
        OutputFile::Copy(FileBytes::Disk(source)) => std::fs::copy(source, path)
            .map(|_| ())
            .map_err(io_error(source)),
    }
}
