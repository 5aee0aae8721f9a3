//! Decap CMS's local backend (the protocol `decap-server` answers): the
//! browser editor posts `{action, params}` to `/api/v1`, and the files are
//! read and written in the site's folder. Only the site's `content/`,
//! `static/` and `data/` are reachable, by the same rules as everything else: a path
//! with `..`, an absolute one, one through a link out of the site, or one
//! outside those folders is refused, and a file is written whole or not at
//! all (a new file beside it, renamed over it).

use std::hash::{Hash, Hasher};
use std::path::{Path, PathBuf};

use base64::Engine as _;
use serde::Deserialize;
use serde_json::{Value, json};

/// The folders of a site the editor may write: pages and their files,
/// the admin's own, and the tables of data/ (uploaded for charts).
const WRITABLE: &[&str] = &["content", "static", "data"];

/// The site folder as the editor's repository.
#[derive(Debug, Clone)]
pub(crate) struct LocalRepo {
    /// The site folder, every link resolved.
    site: PathBuf,
    /// The site folder's path in its Git repository (`portal/`), which every
    /// path Decap sends starts with (the configuration names files so).
    prefix: String,
}

/// Why a request was not done; the answer's status and message.
#[derive(Debug)]
pub(crate) struct Refused {
    pub status: u16,
    pub message: String,
}

fn refused(message: impl Into<String>) -> Refused {
    Refused {
        status: 422,
        message: message.into(),
    }
}

/// A file that could not be read or written: 404 when it is not there
/// (Decap asks for a file a value names before anyone uploaded it), else 500.
fn failed(path: &str, error: &std::io::Error) -> Refused {
    Refused {
        status: if error.kind() == std::io::ErrorKind::NotFound {
            404
        } else {
            500
        },
        message: format!("{path}: {error}"),
    }
}

#[derive(Deserialize)]
struct Request {
    action: String,
    #[serde(default)]
    params: Value,
}

#[derive(Deserialize)]
struct DataFile {
    path: String,
    raw: String,
    #[serde(rename = "newPath")]
    new_path: Option<String>,
}

#[derive(Deserialize)]
struct Asset {
    path: String,
    content: String,
    #[serde(default)]
    encoding: Option<String>,
}

impl LocalRepo {
    pub(crate) fn new(site: &Path, prefix: &str) -> LocalRepo {
        LocalRepo {
            site: site.canonicalize().unwrap_or_else(|_| site.to_path_buf()),
            prefix: prefix.to_string(),
        }
    }

    /// The answer to one request body. The body is let go of once read, and
    /// an upload's text is moved, not copied, on its way to the disk.
    pub(crate) fn answer(&self, body: impl AsRef<[u8]>) -> Result<Value, Refused> {
        let request: Request = serde_json::from_slice(body.as_ref())
            .map_err(|error| refused(format!("not a request: {error}")))?;
        drop(body);
        let Request { action, mut params } = request;
        let text = |params: &Value, key: &str| -> Result<String, Refused> {
            params
                .get(key)
                .and_then(Value::as_str)
                .map(str::to_string)
                .ok_or_else(|| refused(format!("{action} needs {key}")))
        };
        match action.as_str() {
            "info" => Ok(json!({
                "repo": self.site.file_name().map(|name| name.to_string_lossy().into_owned()),
                "publish_modes": ["simple"],
                "type": "local_fs",
            })),
            "entriesByFolder" => {
                let folder = text(&params, "folder")?;
                let extension = params
                    .get("extension")
                    .and_then(Value::as_str)
                    .unwrap_or("");
                let depth = params.get("depth").and_then(Value::as_u64).unwrap_or(1);
                let files = self.list(&folder, extension, depth)?;
                Ok(Value::Array(
                    files.iter().map(|path| self.entry(path)).collect(),
                ))
            }
            "entriesByFiles" => {
                let files = params
                    .get("files")
                    .and_then(Value::as_array)
                    .map(Vec::as_slice)
                    .unwrap_or_default();
                Ok(Value::Array(
                    files
                        .iter()
                        .filter_map(|file| file.get("path").and_then(Value::as_str))
                        .map(|path| self.entry(path))
                        .collect(),
                ))
            }
            "getEntry" => Ok(self.entry(&text(&params, "path")?)),
            "persistEntry" => self.persist_entry(&mut params),
            "getMedia" => {
                let folder = text(&params, "mediaFolder")?;
                let files = self.list(&folder, "", 1)?;
                files
                    .iter()
                    .map(|path| self.media(path))
                    .collect::<Result<Vec<_>, _>>()
                    .map(Value::Array)
            }
            "getMediaFile" => self.media(&text(&params, "path")?),
            "persistMedia" => {
                let asset: Asset = serde_json::from_value(take(&mut params, "asset"))
                    .map_err(|error| refused(format!("persistMedia: {error}")))?;
                self.write(&asset.path, &asset.bytes()?)?;
                self.media(&asset.path)
            }
            "deleteFile" => {
                let path = text(&params, "path")?;
                self.delete(&path)?;
                Ok(json!({ "message": format!("deleted file {path}") }))
            }
            "deleteFiles" => {
                let paths: Vec<&str> = params
                    .get("paths")
                    .and_then(Value::as_array)
                    .map(Vec::as_slice)
                    .unwrap_or_default()
                    .iter()
                    .map(|path| {
                        path.as_str()
                            .ok_or_else(|| refused("deleteFiles: a path is not text"))
                    })
                    .collect::<Result<_, _>>()?;
                // Every path is checked before any file is deleted.
                let places = paths
                    .iter()
                    .map(|path| self.place(path))
                    .collect::<Result<Vec<_>, _>>()?;
                for (path, place) in paths.iter().zip(places) {
                    remove(path, &place)?;
                }
                Ok(json!({ "message": "deleted files" }))
            }
            "getDeployPreview" => Ok(Value::Null),
            other => Err(refused(format!("Unknown action {other}"))),
        }
    }

    fn persist_entry(&self, params: &mut Value) -> Result<Value, Refused> {
        let data_files: Vec<DataFile> = if params.get("dataFiles").is_some() {
            serde_json::from_value(take(params, "dataFiles"))
        } else {
            serde_json::from_value(take(params, "entry")).map(|entry| vec![entry])
        }
        .map_err(|error| refused(format!("persistEntry: {error}")))?;
        let assets: Vec<Asset> = match take(params, "assets") {
            Value::Null => Vec::new(),
            assets => serde_json::from_value(assets)
                .map_err(|error| refused(format!("persistEntry: {error}")))?,
        };
        // Every path is checked before anything is written.
        for file in &data_files {
            self.entry_path(&file.path)?;
            if let Some(new_path) = &file.new_path {
                self.entry_path(new_path)?;
            }
        }
        // And every upload decoded: a bad one leaves the files as they were.
        let uploads = assets
            .iter()
            .map(|asset| {
                self.place(&asset.path)?;
                Ok((asset.path.clone(), asset.bytes()?))
            })
            .collect::<Result<Vec<_>, Refused>>()?;
        drop(assets);
        for file in &data_files {
            self.write(&file.path, file.raw.as_bytes())?;
            if let Some(new_path) = &file.new_path {
                let (from, to) = (self.place(&file.path)?, self.place(new_path)?);
                if let Some(parent) = to.parent() {
                    std::fs::create_dir_all(parent).map_err(|error| failed(new_path, &error))?;
                }
                std::fs::rename(&from, &to).map_err(|error| failed(new_path, &error))?;
            }
        }
        for (asset_path, bytes) in &uploads {
            self.write(asset_path, bytes)?;
        }
        Ok(json!({ "message": "entry persisted" }))
    }

    /// Where a path Decap names lies on disk, if the editor may touch it:
    /// under the prefix, in `content/` or `static/`, every part a plain
    /// name, and no part of it a symbolic link. Each part is looked at
    /// without following links, so a link anywhere on the way (to `.git/`,
    /// to the site folder, out of it) is refused, not resolved: the result
    /// is a real path inside those folders.
    fn place(&self, path: &str) -> Result<PathBuf, Refused> {
        let outside = || {
            refused(format!(
                "{} is not a file of the site's content/ or static/",
                crate::findings::printable(path)
            ))
        };
        let relative = path
            .strip_prefix(self.prefix.as_str())
            .ok_or_else(outside)?;
        if relative.contains(['\\', '\0']) {
            return Err(outside());
        }
        let relative = Path::new(relative);
        let first = relative
            .components()
            .next()
            .and_then(|first| first.as_os_str().to_str());
        if !first.is_some_and(|first| WRITABLE.contains(&first)) {
            return Err(outside());
        }
        crate::place::within(&self.site, relative).map_err(|_| outside())
    }

    /// An entry's path: a Markdown file of content/, or the list of
    /// data/'s tables that the editor keeps (`cms::DATA_LIST`).
    fn entry_path(&self, path: &str) -> Result<PathBuf, Refused> {
        let place = self.place(path)?;
        let relative = path.strip_prefix(self.prefix.as_str());
        let in_content = relative.is_some_and(|relative| relative.starts_with("content/"));
        if relative == Some(crate::cms::DATA_LIST) {
            return Ok(place);
        }
        if !in_content || place.extension().and_then(|ext| ext.to_str()) != Some("md") {
            return Err(refused(format!(
                "{path} is not a Markdown file of content/"
            )));
        }
        Ok(place)
    }

    /// The files below `folder`, `depth` levels deep, ending in `extension`.
    fn list(&self, folder: &str, extension: &str, depth: u64) -> Result<Vec<String>, Refused> {
        let root = self.place(folder.trim_end_matches('/'))?;
        let mut found = Vec::new();
        for entry in walkdir::WalkDir::new(&root)
            .max_depth(usize::try_from(depth).unwrap_or(1))
            .follow_links(false)
            .sort_by_file_name()
            .into_iter()
            .filter_map(Result::ok)
            .filter(|entry| entry.file_type().is_file())
        {
            let name = entry.file_name().to_string_lossy();
            if name.starts_with('.') || !name.ends_with(extension) {
                continue;
            }
            if let Ok(relative) = entry.path().strip_prefix(&self.site) {
                found.push(format!(
                    "{}{}",
                    self.prefix,
                    crate::findings::display_path(relative)
                ));
            }
        }
        Ok(found)
    }

    /// An entry as Decap reads it: its text and an id that changes with it.
    fn entry(&self, path: &str) -> Value {
        let data = self
            .place(path)
            .ok()
            .and_then(|place| std::fs::read_to_string(place).ok());
        let id = data.as_deref().map(content_id);
        json!({ "data": data, "file": { "path": path, "id": id } })
    }

    fn media(&self, path: &str) -> Result<Value, Refused> {
        let bytes = std::fs::read(self.place(path)?).map_err(|error| failed(path, &error))?;
        let name = path.rsplit('/').next().unwrap_or(path);
        Ok(json!({
            "id": content_id(&bytes),
            "content": base64::engine::general_purpose::STANDARD.encode(&bytes),
            "encoding": "base64",
            "path": path,
            "name": name,
        }))
    }

    /// A file of the site's `static/admin/` (the editor's page, its
    /// configuration, Decap's script), by the same rules as every path.
    pub(crate) fn admin_file(&self, name: &str) -> Option<Vec<u8>> {
        let place = self
            .place(&format!("{}static/admin/{name}", self.prefix))
            .ok()?;
        std::fs::symlink_metadata(&place)
            .is_ok_and(|metadata| metadata.is_file())
            .then(|| std::fs::read(&place).ok())?
    }

    /// Writes the file whole: a new file of its own beside it (created, never
    /// opened if it is there: two saves at once each have one), renamed
    /// over it, so the last save wins whole and none is mixed with another.
    fn write(&self, path: &str, bytes: &[u8]) -> Result<(), Refused> {
        use std::io::Write as _;
        static NEXT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
        let place = self.place(path)?;
        let parent = place.parent().ok_or_else(|| refused(path.to_string()))?;
        std::fs::create_dir_all(parent).map_err(|error| failed(path, &error))?;
        // The folders made may not have become links meanwhile.
        self.place(path)?;
        let name = place
            .file_name()
            .map(|name| name.to_string_lossy().into_owned())
            .unwrap_or_default();
        let (temporary, mut file) = loop {
            let n = NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
            let temporary = parent.join(format!(".{name}.stegvis-cms-{}-{n}", std::process::id()));
            match std::fs::OpenOptions::new()
                .write(true)
                .create_new(true)
                .open(&temporary)
            {
                Ok(file) => break (temporary, file),
                Err(error) if error.kind() == std::io::ErrorKind::AlreadyExists => continue,
                Err(error) => return Err(failed(path, &error)),
            }
        };
        file.write_all(bytes)
            .and_then(|()| file.sync_all())
            .and_then(|()| {
                drop(file);
                std::fs::rename(&temporary, &place)
            })
            .map_err(|error| {
                let _ = std::fs::remove_file(&temporary);
                failed(path, &error)
            })
    }

    fn delete(&self, path: &str) -> Result<(), Refused> {
        remove(path, &self.place(path)?)
    }
}

/// The value of a request's key, moved out of it.
fn take(params: &mut Value, key: &str) -> Value {
    params.get_mut(key).map(Value::take).unwrap_or_default()
}

fn remove(path: &str, place: &Path) -> Result<(), Refused> {
    match std::fs::remove_file(place) {
        Ok(()) => Ok(()),
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(error) => Err(failed(path, &error)),
    }
}

impl Asset {
    fn bytes(&self) -> Result<Vec<u8>, Refused> {
        match self.encoding.as_deref() {
            Some("base64") => base64::engine::general_purpose::STANDARD
                .decode(self.content.as_bytes())
                .map_err(|error| refused(format!("{}: {error}", self.path))),
            _ => Ok(self.content.as_bytes().to_vec()),
        }
    }
}

/// An id for a file's bytes, as Decap uses a file's hash: it changes when they do.
fn content_id(bytes: impl AsRef<[u8]>) -> String {
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    bytes.as_ref().hash(&mut hasher);
    format!("{:016x}", hasher.finish())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn repo() -> (tempfile::TempDir, LocalRepo) {
        let dir = tempfile::tempdir().expect("temp dir");
        std::fs::create_dir_all(dir.path().join("content/moten")).expect("content");
        std::fs::write(dir.path().join("site.toml"), "title = \"T\"\n").expect("site.toml");
        std::fs::write(
            dir.path().join("content/moten/a.md"),
            "---\ntitle: A\n---\n",
        )
        .expect("page");
        let repo = LocalRepo::new(dir.path(), "");
        (dir, repo)
    }

    fn ask(repo: &LocalRepo, body: Value) -> Result<Value, Refused> {
        repo.answer(body.to_string().as_bytes())
    }

    #[test]
    fn entries_are_listed_read_and_written_in_content() {
        let (dir, repo) = repo();
        let listed = ask(&repo, json!({"action": "entriesByFolder", "params": {"folder": "content/moten", "extension": "md", "depth": 1}}))
            .expect("listed");
        assert_eq!(listed[0]["file"]["path"], "content/moten/a.md");
        assert_eq!(listed[0]["data"], "---\ntitle: A\n---\n");
        ask(&repo, json!({"action": "persistEntry", "params": {"entry": {"path": "content/moten/b.md", "raw": "---\ntitle: B\n---\n"}, "assets": []}}))
            .expect("written");
        assert_eq!(
            std::fs::read_to_string(dir.path().join("content/moten/b.md")).expect("b"),
            "---\ntitle: B\n---\n"
        );
    }

    #[test]
    fn paths_out_of_content_and_static_are_refused() {
        let (dir, repo) = repo();
        for path in [
            "site.toml",
            "content/../site.toml",
            "/etc/passwd",
            "content/moten/../../site.toml",
            "themes/x.md",
            "public/index.html",
            "content\\..\\site.toml",
        ] {
            let written = ask(
                &repo,
                json!({"action": "persistEntry", "params": {"entry": {"path": path, "raw": "x"}, "assets": []}}),
            );
            assert!(written.is_err(), "{path} must be refused");
            let read = ask(
                &repo,
                json!({"action": "getMediaFile", "params": {"path": path}}),
            );
            assert!(read.is_err(), "{path} must not be read");
        }
        assert_eq!(
            std::fs::read_to_string(dir.path().join("site.toml")).expect("kept"),
            "title = \"T\"\n"
        );
        // A page is Markdown of content/; a media file may be anything of static/.
        assert!(ask(&repo, json!({"action": "persistEntry", "params": {"entry": {"path": "static/x.md", "raw": "x"}, "assets": []}})).is_err());
        assert!(ask(&repo, json!({"action": "persistMedia", "params": {"asset": {"path": "static/media/a.txt", "content": "aGVq", "encoding": "base64"}}})).is_ok());
        assert_eq!(
            std::fs::read(dir.path().join("static/media/a.txt")).expect("media"),
            b"hej"
        );
    }

    #[cfg(unix)]
    #[test]
    fn a_link_out_of_the_site_is_not_followed() {
        let (dir, repo) = repo();
        let outside = tempfile::tempdir().expect("outside");
        std::os::unix::fs::symlink(outside.path(), dir.path().join("content/ut")).expect("link");
        let written = ask(
            &repo,
            json!({"action": "persistEntry", "params": {"entry": {"path": "content/ut/x.md", "raw": "x"}, "assets": []}}),
        );
        assert!(written.is_err());
        assert!(!outside.path().join("x.md").exists());
    }

    /// A link under content/ to elsewhere in the site once opened `.git/`
    /// (a `core.fsmonitor` written into `.git/config` ran on the next `git
    /// status`), site.toml and `.github/workflows` to reads, writes and deletes.
    #[cfg(unix)]
    #[test]
    fn a_link_to_elsewhere_in_the_site_opens_nothing() {
        let (dir, repo) = repo();
        let git = dir.path().join(".git");
        std::fs::create_dir_all(&git).expect(".git");
        std::fs::write(git.join("config"), "[core]\n").expect("config");
        std::fs::create_dir_all(dir.path().join("static")).expect("static");
        std::os::unix::fs::symlink("../.git", dir.path().join("content/g")).expect("link");
        std::os::unix::fs::symlink("..", dir.path().join("content/up")).expect("link");
        std::os::unix::fs::symlink("../site.toml", dir.path().join("static/s.toml")).expect("link");
        std::os::unix::fs::symlink("moten", dir.path().join("content/alias")).expect("link");
        for path in [
            "content/g/config",
            "content/up/site.toml",
            "content/up/.git/config",
            "content/up/.github/workflows/x.md",
            "static/s.toml",
            "content/alias/a.md",
        ] {
            let md = format!("{path}.md");
            let attempts = [
                json!({"action": "persistMedia", "params": {"asset": {"path": path, "content": "fsmonitor = x", "encoding": null}}}),
                json!({"action": "persistEntry", "params": {"entry": {"path": md, "raw": "x"}, "assets": []}}),
                json!({"action": "getMediaFile", "params": {"path": path}}),
                json!({"action": "deleteFile", "params": {"path": path}}),
                json!({"action": "entriesByFolder", "params": {"folder": path, "extension": "", "depth": 3}}),
            ];
            for attempt in attempts {
                assert!(ask(&repo, attempt.clone()).is_err(), "{attempt}");
            }
            assert!(
                ask(
                    &repo,
                    json!({"action": "getEntry", "params": {"path": path}})
                )
                .is_ok_and(|entry| entry["data"].is_null()),
                "{path} is not read"
            );
        }
        assert_eq!(
            std::fs::read_to_string(git.join("config")).expect("kept"),
            "[core]\n"
        );
        assert!(dir.path().join("site.toml").is_file());
        assert!(!dir.path().join(".github").exists());
    }

    /// Two saves of one file at once shared one temporary name, and a
    /// double-click on Publish left one version's text over the other's.
    #[test]
    fn saves_of_one_file_at_once_each_land_whole() {
        let (dir, repo) = repo();
        let repo = std::sync::Arc::new(repo);
        let texts: Vec<String> = (0..8)
            .map(|n| {
                format!(
                    "---\ntitle: {n}\n---\n{}\n",
                    n.to_string().repeat(200_000 + n * 1000)
                )
            })
            .collect();
        std::thread::scope(|scope| {
            for text in &texts {
                let repo = std::sync::Arc::clone(&repo);
                scope.spawn(move || {
                    ask(&repo, json!({"action": "persistEntry", "params": {"entry": {"path": "content/moten/a.md", "raw": text}, "assets": []}}))
                        .expect("each save answers");
                });
            }
        });
        let saved = std::fs::read_to_string(dir.path().join("content/moten/a.md")).expect("saved");
        assert!(texts.contains(&saved), "one save whole, not a mix");
        let left: Vec<_> = std::fs::read_dir(dir.path().join("content/moten"))
            .expect("folder")
            .filter_map(Result::ok)
            .map(|entry| entry.file_name())
            .collect();
        assert_eq!(left.len(), 1, "no temporary file left: {left:?}");
    }

    #[test]
    fn delete_files_checks_every_path_before_deleting_any() {
        let (dir, repo) = repo();
        let deleted = ask(
            &repo,
            json!({"action": "deleteFiles", "params": {"paths": ["content/moten/a.md", "site.toml"]}}),
        );
        assert!(deleted.is_err());
        assert!(dir.path().join("content/moten/a.md").is_file(), "kept");
        assert!(dir.path().join("site.toml").is_file(), "kept");
    }

    #[test]
    fn a_site_inside_a_repository_is_named_from_its_root() {
        let dir = tempfile::tempdir().expect("temp dir");
        std::fs::create_dir_all(dir.path().join("content")).expect("content");
        let repo = LocalRepo::new(dir.path(), "portal/");
        assert!(ask(&repo, json!({"action": "persistEntry", "params": {"entry": {"path": "portal/content/a.md", "raw": "x"}, "assets": []}})).is_ok());
        assert!(dir.path().join("content/a.md").is_file());
        assert!(
            ask(
                &repo,
                json!({"action": "getEntry", "params": {"path": "content/a.md"}})
            )
            .is_ok_and(|entry| entry["data"].is_null())
        );
    }
}
