//! A path inside a folder, reached through no symbolic link: where the
//! commands and the browser editor's backend may write in a site, and where
//! serve reads a saved page again. A link on the way would carry a write
//! out of the site or into `.git/`, so every part is looked at without
//! following links. Below every stage; it only looks, never writes.

use std::path::{Component, Path, PathBuf};

/// Why a path is not one inside the folder.
#[derive(Debug)]
pub(crate) enum Refused {
    /// Empty, absolute, or with `..` or `.`.
    NotPlain,
    /// This part of it (relative to the folder) is a symbolic link.
    Link(PathBuf),
    /// A part of it cannot be looked at.
    Unreadable(std::io::Error),
}

/// `relative` below `root`, if every part is a plain name and no part that
/// exists is a symbolic link (what does not exist yet is made by the write,
/// as folders and a file of its own).
pub(crate) fn within(root: &Path, relative: &Path) -> Result<PathBuf, Refused> {
    let plain = relative
        .components()
        .all(|component| matches!(component, Component::Normal(_)));
    if relative.as_os_str().is_empty() || !plain {
        return Err(Refused::NotPlain);
    }
    let mut place = root.to_path_buf();
    for component in relative.components() {
        place.push(component);
        match std::fs::symlink_metadata(&place) {
            Ok(metadata) if metadata.file_type().is_symlink() => {
                let link = place.strip_prefix(root).unwrap_or(&place);
                return Err(Refused::Link(link.to_path_buf()));
            }
            Ok(_) => {}
            Err(error) if error.kind() == std::io::ErrorKind::NotFound => break,
            Err(error) => return Err(Refused::Unreadable(error)),
        }
    }
    Ok(root.join(relative))
}
