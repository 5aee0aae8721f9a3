//! `SiteTest`: runs the real `stegvis` binary on a fixture site under
//! `tests/sites/<case>/` and compares what it prints and writes with the
//! expected files beside it. `UPDATE_EXPECT=1 cargo test` rewrites them.
//!
//! Every case also checks that the build is all or nothing: the output folder
//! starts with a stale file, which must survive a failed build and be gone
//! after a successful one.

#![allow(dead_code, reason = "each test binary uses part of the harness")]

use std::path::{Path, PathBuf};
use std::process::Command;

pub struct SiteTest {
    pub name: String,
    fixture: PathBuf,
    _work: tempfile::TempDir,
    pub site: PathBuf,
    pub output: PathBuf,
    args: Vec<String>,
    envs: Vec<(String, String)>,
}

pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
    test: SiteTest,
}

fn update_expect() -> bool {
    std::env::var_os("UPDATE_EXPECT").is_some()
}

pub fn fixtures_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/sites")
}

impl SiteTest {
    /// Copies `tests/sites/<name>/` to a temporary folder and creates the
    /// symbolic links listed in its `symlinks.txt` (`link target` per line).
    pub fn from_dir(name: &str) -> SiteTest {
        let fixture = fixtures_dir().join(name);
        assert!(fixture.is_dir(), "no fixture folder {}", fixture.display());
        let work = tempfile::tempdir().expect("a temporary folder");
        let site = work.path().join("site");
        copy_tree(&fixture, &site);
        if let Ok(list) = std::fs::read_to_string(fixture.join("symlinks.txt")) {
            for line in list.lines().filter(|line| !line.trim().is_empty()) {
                let (link, target) = line.split_once(' ').expect("symlinks.txt: `link target`");
                std::os::unix::fs::symlink(target, site.join(link)).expect("create the symlink");
            }
        }
        let output = work.path().join("out");
        SiteTest {
            name: name.to_string(),
            fixture,
            site,
            output,
            _work: work,
            args: Vec::new(),
            envs: Vec::new(),
        }
    }

    /// An extra argument for the command.
    pub fn arg(mut self, arg: &str) -> SiteTest {
        self.args.push(arg.to_string());
        self
    }

    #[allow(dead_code, reason = "not every test binary sets one")]
    pub fn env(mut self, key: &str, value: &str) -> SiteTest {
        self.envs.push((key.to_string(), value.to_string()));
        self
    }

    pub fn build(self) -> Run {
        self.run("build")
    }

    /// `stegvis check`, which must never write the output folder.
    pub fn check(self) -> Run {
        self.run("check")
    }

    #[track_caller]
    fn run(self, command: &str) -> Run {
        std::fs::create_dir_all(&self.output).expect("create the output folder");
        // A previous build's output: its marker, and a file without a source.
        std::fs::write(self.output.join(".stegvis-output"), "earlier build\n")
            .expect("write the marker");
        std::fs::write(self.output.join("stale.txt"), "from an earlier build")
            .expect("write stale file");
        let mut stegvis = Command::new(env!("CARGO_BIN_EXE_stegvis"));
        stegvis.arg(command).arg("--root").arg(&self.site);
        if command == "build" {
            stegvis.arg("--output").arg(&self.output);
        }
        let result = stegvis
            .args(&self.args)
            .env_remove("SOURCE_DATE_EPOCH")
            .env_remove("STEGVIS_MESSAGES")
            .envs(self.envs.iter().map(|(key, value)| (key, value)))
            .output()
            .expect("run stegvis");
        let code = result
            .status
            .code()
            .expect("stegvis exits with a code, not a signal");
        let stdout = String::from_utf8_lossy(&result.stdout).into_owned();
        let stderr = String::from_utf8_lossy(&result.stderr).into_owned();
        assert!(!stderr.contains("panicked"), "stegvis panicked:\n{stderr}");
        assert!(matches!(code, 0..=2), "exit code {code}:\n{stderr}");
        let beside_output = self.output.parent().expect("output has a parent");
        let leftovers: Vec<String> = std::fs::read_dir(beside_output)
            .expect("read the output's parent")
            .filter_map(|entry| entry.ok())
            .map(|entry| entry.file_name().to_string_lossy().into_owned())
            .filter(|name| name.contains(".stegvis-"))
            .collect();
        assert!(
            leftovers.is_empty(),
            "the new site's folder must be swapped in or removed: {leftovers:?}"
        );
        let stale = self.output.join("stale.txt");
        if code == 0 && command == "build" {
            assert!(
                !stale.exists(),
                "a successful build must remove files without a source"
            );
        } else {
            assert!(
                stale.exists(),
                "a failed build must leave the output folder as it was"
            );
            let entries = std::fs::read_dir(&self.output)
                .expect("read output")
                .count();
            assert_eq!(
                entries, 2,
                "a failed build must not write into the output folder"
            );
        }
        Run {
            code,
            stdout,
            stderr,
            test: self,
        }
    }
}

impl Run {
    /// What the command printed, with the temporary paths and timings made stable.
    pub fn transcript(&self) -> String {
        let site = self.test.site.to_string_lossy().into_owned();
        let output = self.test.output.to_string_lossy().into_owned();
        let mut text = format!("exit: {}\n", self.code);
        for line in self.stdout.lines().chain(self.stderr.lines()) {
            let line = line.replace(&output, "<out>").replace(&site, "<site>");
            let line = match line.find(" in ").filter(|_| line.starts_with("built ")) {
                Some(at) => format!("{} in <time>", &line[..at]),
                None => line,
            };
            text.push_str(line.trim_end());
            text.push('\n');
        }
        text
    }

    /// Compares the transcript with `expected.txt`.
    #[track_caller]
    /// The same command again, on the site as it is now, into an empty
    /// output folder (as the harness checks what a failed build leaves).
    pub fn rebuild(self) -> Run {
        let _ = std::fs::remove_dir_all(&self.test.output);
        self.test.build()
    }

    pub fn expect_transcript(self) -> Run {
        let actual = self.transcript();
        check_file(&self.test.fixture.join("expected.txt"), &actual);
        self
    }

    /// Compares the `<main>` element of each output page named under
    /// `expected/` with that file, and fails on an expected page that was not written.
    #[track_caller]
    pub fn expect_pages(self) -> Run {
        let expected_dir = self.test.fixture.join("expected");
        assert!(
            expected_dir.is_dir(),
            "{}: no expected/ folder",
            self.test.name
        );
        for entry in walk(&expected_dir) {
            let relative = entry.strip_prefix(&expected_dir).expect("below expected/");
            let written = self.test.output.join(relative);
            let html = std::fs::read_to_string(&written).unwrap_or_else(|_| {
                panic!(
                    "{}: expected page {} was not written",
                    self.test.name,
                    relative.display()
                )
            });
            check_file(&entry, &main_element(&html));
        }
        self
    }

    /// Compares the list of output files with `expected_files.txt`.
    #[track_caller]
    pub fn expect_files(self) -> Run {
        let mut files: Vec<String> = walk(&self.test.output)
            .iter()
            .map(|path| {
                path.strip_prefix(&self.test.output)
                    .expect("below output")
                    .to_string_lossy()
                    .into_owned()
            })
            .collect();
        files.sort();
        let mut listing = files.join("\n");
        listing.push('\n');
        check_file(&self.test.fixture.join("expected_files.txt"), &listing);
        self
    }

    #[track_caller]
    pub fn read_output(&self, path: &str) -> String {
        std::fs::read_to_string(self.test.output.join(path))
            .unwrap_or_else(|_| panic!("no output file {path}"))
    }

    pub fn output_dir(&self) -> &Path {
        &self.test.output
    }
}

/// The `<main …>…</main>` element of a page, or the whole page if it has none.
pub fn main_element(html: &str) -> String {
    let start = html.find("<main");
    let end = html.rfind("</main>");
    match (start, end) {
        (Some(start), Some(end)) => format!("{}\n", &html[start..end + "</main>".len()]),
        _ => html.to_string(),
    }
}

#[track_caller]
fn check_file(path: &Path, actual: &str) {
    if update_expect() {
        std::fs::create_dir_all(path.parent().expect("a parent")).expect("create folder");
        std::fs::write(path, actual).expect("write expected file");
        return;
    }
    let expected = std::fs::read_to_string(path).unwrap_or_else(|_| {
        panic!(
            "missing {} (run with UPDATE_EXPECT=1 to create it)",
            path.display()
        )
    });
    assert!(
        expected == actual,
        "{} differs.\n--- expected\n{expected}\n--- actual\n{actual}",
        path.display()
    );
}

pub fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(dir) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else {
                files.push(path);
            }
        }
    }
    files.sort();
    files
}

fn copy_tree(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("create folder");
    for entry in std::fs::read_dir(from).expect("read fixture") {
        let entry = entry.expect("fixture entry");
        let name = entry.file_name();
        if matches!(
            name.to_str(),
            Some("expected" | "expected.txt" | "expected_files.txt" | "symlinks.txt")
        ) {
            continue;
        }
        let target = to.join(&name);
        if entry.file_type().expect("file type").is_dir() {
            copy_tree(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).expect("copy fixture file");
        }
    }
}
