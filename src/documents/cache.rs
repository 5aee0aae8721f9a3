//! What was read of each document, kept in `.stegvis/documents.json` by
//! the SHA-256 of its bytes (and its extension: a `.docm` is read for its
//! macros), so that a rebuild or `serve` reads only what changed. A file
//! whose path, size and modification time are those of the last read is
//! not even read again to be hashed. The cache is a convenience: one that
//! cannot be read is empty, one that cannot be written is not written.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::UNIX_EPOCH;

use serde::{Deserialize, Serialize};
use sha2::Digest;

use super::Facts;
use crate::load::FileBytes;

/// Where the cache is, relative to the site root.
pub(crate) const FILE: &str = ".stegvis/documents.json";

/// Changed whenever a reader learns to say something new, so that what an
/// older reader said is read again.
const READERS: u32 = 2;

/// A file on disk as its metadata describes it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct Stamp {
    path: PathBuf,
    size: u64,
    modified_ns: u128,
}

impl Stamp {
    /// The file's stamp; none for an embedded file or one whose
    /// modification time cannot be read (it is hashed each time).
    pub(crate) fn of(bytes: &FileBytes, size: u64) -> Option<Stamp> {
        let FileBytes::Disk(path) = bytes else {
            return None;
        };
        let modified = std::fs::metadata(path).ok()?.modified().ok()?;
        Some(Stamp {
            path: path.clone(),
            size,
            modified_ns: modified.duration_since(UNIX_EPOCH).ok()?.as_nanos(),
        })
    }
}

/// One document as it was read.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub(crate) struct Entry {
    hash: String,
    extension: String,
    stamp: Option<Stamp>,
    facts: Facts,
}

impl Entry {
    pub(crate) fn new(hash: String, extension: &str, stamp: Option<Stamp>, facts: &Facts) -> Entry {
        Entry {
            hash,
            extension: extension.to_string(),
            stamp,
            facts: facts.clone(),
        }
    }
}

#[derive(Default, Serialize, Deserialize)]
struct Stored {
    readers: u32,
    entries: Vec<Entry>,
}

/// The cache as it was found, and where it is written.
pub(crate) struct Cache {
    path: PathBuf,
    by_hash: HashMap<(String, String), Arc<Facts>>,
    by_stamp: HashMap<Stamp, (String, String)>,
}

/// The SHA-256 of a file's bytes, in hex.
pub(crate) fn hash(bytes: &[u8]) -> String {
    let digest = sha2::Sha256::digest(bytes);
    digest.iter().map(|byte| format!("{byte:02x}")).collect()
}

impl std::hash::Hash for Stamp {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.path.hash(state);
        self.size.hash(state);
        self.modified_ns.hash(state);
    }
}

impl Cache {
    pub(crate) fn open(root: &Path) -> Cache {
        let path = root.join(FILE);
        let stored: Stored = std::fs::read_to_string(&path)
            .ok()
            .and_then(|text| serde_json::from_str(&text).ok())
            .filter(|stored: &Stored| stored.readers == READERS)
            .unwrap_or_default();
        let mut cache = Cache {
            path,
            by_hash: HashMap::new(),
            by_stamp: HashMap::new(),
        };
        for entry in stored.entries {
            let key = (entry.hash, entry.extension);
            if let Some(stamp) = entry.stamp {
                cache.by_stamp.insert(stamp, key.clone());
            }
            cache.by_hash.insert(key, Arc::new(entry.facts));
        }
        cache
    }

    /// What was read of a file with this stamp, unchanged since, and its entry.
    pub(crate) fn by_stamp(&self, stamp: &Stamp, extension: &str) -> Option<(Arc<Facts>, Entry)> {
        let key = self.by_stamp.get(stamp)?;
        if key.1 != extension {
            return None;
        }
        let facts = self.by_hash.get(key)?;
        let entry = Entry::new(key.0.clone(), extension, Some(stamp.clone()), facts);
        Some((facts.clone(), entry))
    }

    pub(crate) fn by_hash(&self, hash: &str, extension: &str) -> Option<Arc<Facts>> {
        self.by_hash
            .get(&(hash.to_string(), extension.to_string()))
            .cloned()
    }

    /// Writes the cache again with this build's entries: a removed
    /// file's entry goes with it.
    pub(crate) fn save(&self, mut entries: Vec<Entry>) {
        entries.sort_by(|a, b| (&a.hash, &a.extension).cmp(&(&b.hash, &b.extension)));
        entries
            .dedup_by(|a, b| a.hash == b.hash && a.extension == b.extension && a.stamp == b.stamp);
        let stored = Stored {
            readers: READERS,
            entries,
        };
        let Ok(text) = serde_json::to_string(&stored) else {
            return;
        };
        let Some(parent) = self.path.parent() else {
            return;
        };
        if std::fs::create_dir_all(parent).is_err() {
            return;
        }
        let temporary = parent.join(format!(".documents.json.{}", std::process::id()));
        if std::fs::write(&temporary, text).is_ok()
            && std::fs::rename(&temporary, &self.path).is_err()
        {
            let _ = std::fs::remove_file(&temporary);
        }
    }
}
