//! `.stegvis/images/`: what was made of each image, by the SHA-256 of its
//! bytes and the settings it was made with, one folder each (`facts.json`,
//! `480.webp`…, `original`), and `index.json`, which maps a file's stamp
//! (path, size, time) to its hash so that an unchanged photo is not read
//! again to be hashed. The cache is a convenience: what cannot be read is
//! made again, what cannot be written is kept in memory for this build.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use serde::{Deserialize, Serialize};
use sha2::Digest;

use super::{Job, Made, Prepared, Variant};
use crate::config::ImagesConfig;
use crate::documents::Stamp;

/// Where the cache is, relative to the site root.
const DIR: &str = ".stegvis/images";

/// Changed whenever what is made changes, so that older files are made again.
const MAKER: u32 = 1;

pub(super) struct Cache {
    /// None when the build keeps nothing (`check`, tests).
    dir: Option<PathBuf>,
    /// The settings' part of every folder's name.
    settings: String,
    hashes: HashMap<Stamp, String>,
}

/// One image, prepared, and what the index must remember of it.
pub(super) struct Done {
    pub prepared: Prepared,
    pub made: bool,
    pub index: Option<(Stamp, String)>,
    pub problem: Option<String>,
}

impl Done {
    /// A file that could not be read again: nothing made, nothing to say
    /// (load reads every file it lists; one gone since is the next build's).
    const NOTHING: Done = Done {
        prepared: Prepared {
            size: None,
            variants: Vec::new(),
            stripped: None,
        },
        made: false,
        index: None,
        problem: None,
    };
}

/// What a folder says of its image besides its files.
#[derive(Serialize, Deserialize)]
struct Facts {
    size: Option<(u32, u32)>,
    variants: Vec<(u32, u32)>,
    stripped: bool,
    problem: Option<String>,
}

impl Cache {
    pub(super) fn open(root: &Path, config: &ImagesConfig, remember: bool) -> Cache {
        let dir = remember.then(|| root.join(DIR));
        let hashes = dir
            .as_ref()
            .and_then(|dir| std::fs::read_to_string(dir.join("index.json")).ok())
            .and_then(|text| serde_json::from_str::<Vec<(Stamp, String)>>(&text).ok())
            .unwrap_or_default()
            .into_iter()
            .collect();
        let settings = format!(
            "{MAKER}-{}-{}",
            config
                .widths
                .iter()
                .map(u32::to_string)
                .collect::<Vec<_>>()
                .join("."),
            u8::from(config.strip_metadata)
        );
        Cache {
            dir,
            settings,
            hashes,
        }
    }

    /// The image of `job`, from its folder if it has one, else made (and
    /// its folder written).
    pub(super) fn prepared(&self, job: &Job<'_>, config: &ImagesConfig) -> Done {
        let stamp = Stamp::of(job.bytes, job.size);
        let known = stamp
            .as_ref()
            .and_then(|stamp| self.hashes.get(stamp).cloned());
        let bytes = if known.is_some() {
            None
        } else {
            read(job.bytes)
        };
        let Some(hash) = known.or_else(|| bytes.as_deref().map(hash)) else {
            return Done::NOTHING;
        };
        let folder = self
            .dir
            .as_ref()
            .map(|dir| dir.join(format!("{}-{}", &hash[..32], self.settings)));
        if let Some(done) = folder.as_deref().and_then(kept) {
            return Done {
                index: stamp.map(|stamp| (stamp, hash)),
                ..done
            };
        }
        let Some(bytes) = bytes.or_else(|| read(job.bytes)) else {
            return Done::NOTHING;
        };
        let widths: &[u32] = if job.variants { &config.widths } else { &[] };
        let made = super::make(&bytes, job.format, widths, config.strip_metadata);
        let (prepared, problem) = match made {
            Ok(made) => (keep(folder.as_deref(), made), None),
            Err(problem) => {
                if let Some(folder) = &folder {
                    let facts = Facts {
                        size: None,
                        variants: Vec::new(),
                        stripped: false,
                        problem: Some(problem.clone()),
                    };
                    write_facts(folder, &facts);
                }
                (Prepared::default(), Some(problem))
            }
        };
        Done {
            prepared,
            made: true,
            index: stamp.map(|stamp| (stamp, hash)),
            problem,
        }
    }

    /// Writes the index again with this build's images.
    pub(super) fn save(&self, mut index: Vec<(Stamp, String)>) {
        let Some(dir) = &self.dir else {
            return;
        };
        index.sort_by(|a, b| a.1.cmp(&b.1));
        let Ok(text) = serde_json::to_string(&index) else {
            return;
        };
        let temporary = dir.join(format!(".index.json.{}", std::process::id()));
        if std::fs::create_dir_all(dir).is_ok()
            && std::fs::write(&temporary, text).is_ok()
            && std::fs::rename(&temporary, dir.join("index.json")).is_err()
        {
            let _ = std::fs::remove_file(&temporary);
        }
    }
}

fn read(bytes: &crate::load::FileBytes) -> Option<Vec<u8>> {
    match bytes {
        crate::load::FileBytes::Embedded(bytes) => Some(bytes.to_vec()),
        crate::load::FileBytes::Disk(path) => std::fs::read(path).ok(),
    }
}

fn hash(bytes: &[u8]) -> String {
    let digest = sha2::Sha256::digest(bytes);
    digest.iter().map(|byte| format!("{byte:02x}")).collect()
}

/// What a folder holds, if it is whole.
fn kept(folder: &Path) -> Option<Done> {
    let facts: Facts =
        serde_json::from_str(&std::fs::read_to_string(folder.join("facts.json")).ok()?).ok()?;
    let variants = facts
        .variants
        .iter()
        .map(|&(width, height)| {
            let path = folder.join(format!("{width}.webp"));
            path.is_file().then_some(Variant {
                width,
                height,
                bytes: Made::Disk(path),
            })
        })
        .collect::<Option<Vec<Variant>>>()?;
    let original = folder.join("original");
    let stripped = if facts.stripped {
        Some(Made::Disk(original.is_file().then_some(original)?))
    } else {
        None
    };
    Some(Done {
        prepared: Prepared {
            size: facts.size,
            variants,
            stripped,
        },
        made: false,
        index: None,
        problem: facts.problem,
    })
}

/// Keeps what was made in `folder` (its files written before its
/// `facts.json`, which says it is whole), or in memory without one.
fn keep(folder: Option<&Path>, made: super::Encoded) -> Prepared {
    let in_memory = |made: super::Encoded| Prepared {
        size: Some(made.size),
        variants: made
            .variants
            .into_iter()
            .map(|(width, height, bytes)| Variant {
                width,
                height,
                bytes: Made::Memory(Arc::new(bytes)),
            })
            .collect(),
        stripped: made.stripped.map(|bytes| Made::Memory(Arc::new(bytes))),
    };
    let Some(folder) = folder else {
        return in_memory(made);
    };
    let written = std::fs::create_dir_all(folder).is_ok()
        && made.variants.iter().all(|(width, _, bytes)| {
            std::fs::write(folder.join(format!("{width}.webp")), bytes).is_ok()
        })
        && made
            .stripped
            .as_ref()
            .is_none_or(|bytes| std::fs::write(folder.join("original"), bytes).is_ok());
    let facts = Facts {
        size: Some(made.size),
        variants: made
            .variants
            .iter()
            .map(|&(width, height, _)| (width, height))
            .collect(),
        stripped: made.stripped.is_some(),
        problem: None,
    };
    if !written || !write_facts(folder, &facts) {
        return in_memory(made);
    }
    match kept(folder) {
        Some(done) => done.prepared,
        None => in_memory(made),
    }
}

fn write_facts(folder: &Path, facts: &Facts) -> bool {
    let Ok(text) = serde_json::to_string(facts) else {
        return false;
    };
    std::fs::create_dir_all(folder).is_ok()
        && std::fs::write(folder.join("facts.json"), text).is_ok()
}
