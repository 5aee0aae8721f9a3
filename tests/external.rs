//! `stegvis check --external` against an HTTP server this test starts on
//! 127.0.0.1 (no other host is ever asked): outcomes, retries, HEAD→GET,
//! redirects, timeouts, exclude patterns, the cache, and the severity switch.

use std::collections::HashMap;
use std::io::{BufRead, BufReader, Write};
use std::net::TcpListener;
use std::path::Path;
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// A tiny HTTP/1.1 server: each path answers as its name says.
struct TestServer {
    port: u16,
    requests: Arc<AtomicUsize>,
    by_path: Arc<Mutex<HashMap<String, usize>>>,
}

impl TestServer {
    fn start() -> TestServer {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind 127.0.0.1");
        let port = listener.local_addr().expect("address").port();
        let requests = Arc::new(AtomicUsize::new(0));
        let by_path: Arc<Mutex<HashMap<String, usize>>> = Arc::default();
        let (counter, paths) = (requests.clone(), by_path.clone());
        std::thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                let (counter, paths) = (counter.clone(), paths.clone());
                std::thread::spawn(move || {
                    let mut reader = BufReader::new(&stream);
                    let mut request_line = String::new();
                    if reader.read_line(&mut request_line).is_err() {
                        return;
                    }
                    let mut header = String::new();
                    while reader.read_line(&mut header).is_ok_and(|n| n > 2) {
                        header.clear();
                    }
                    let mut parts = request_line.split_whitespace();
                    let method = parts.next().unwrap_or("").to_string();
                    let path = parts.next().unwrap_or("").to_string();
                    counter.fetch_add(1, Ordering::SeqCst);
                    let seen = {
                        let mut paths = paths.lock().expect("lock");
                        let seen = paths.entry(path.clone()).or_insert(0);
                        *seen += 1;
                        *seen
                    };
                    let (status, extra) = match path.as_str() {
                        "/moved" => ("301 Moved Permanently", String::from("Location: /ok/0\r\n")),
                        "/gone" | "/gone-in-html" | "/gone-in-document" => {
                            ("404 Not Found", String::new())
                        }
                        "/login" | "/login-in-template" => ("401 Unauthorized", String::new()),
                        "/flaky" if seen == 1 => {
                            ("429 Too Many Requests", String::from("Retry-After: 0\r\n"))
                        }
                        "/no-head" if method == "HEAD" => ("405 Method Not Allowed", String::new()),
                        // Each hop first asks to wait, then redirects on.
                        hop if hop.starts_with("/hostile/") => match seen {
                            1 => (
                                "503 Service Unavailable",
                                String::from("Retry-After: 1\r\n"),
                            ),
                            _ => {
                                let n: usize = hop["/hostile/".len()..].parse().unwrap_or(0);
                                ("302 Found", format!("Location: /hostile/{}\r\n", n + 1))
                            }
                        },
                        "/slow" => {
                            std::thread::sleep(Duration::from_secs(3));
                            ("200 OK", String::new())
                        }
                        _ => ("200 OK", String::new()),
                    };
                    let response = format!(
                        "HTTP/1.1 {status}\r\nContent-Length: 0\r\nConnection: close\r\n{extra}\r\n"
                    );
                    let _ = (&stream).write_all(response.as_bytes());
                });
            }
        });
        TestServer {
            port,
            requests,
            by_path,
        }
    }

    fn url(&self, path: &str) -> String {
        format!("http://127.0.0.1:{}{path}", self.port)
    }
}

fn write_site(dir: &Path, server: &TestServer, level: &str, paths: &[&str], n_ok: usize) {
    std::fs::create_dir_all(dir.join("content")).expect("content/");
    std::fs::write(
        dir.join("site.toml"),
        format!(
            "title = \"T\"\nbase_url = \"https://example.org/\"\n[check]\ntimeout = 1\nexternal_level = \"{level}\"\nexclude = [\"/excluded$\"]\n"
        ),
    )
    .expect("site.toml");
    let mut text = String::from("---\ntitle: Start\n---\n\n");
    for path in paths {
        text.push_str(&format!("- [{path}]({})\n", server.url(path)));
    }
    for n in 0..n_ok {
        text.push_str(&format!(
            "- [ok {n}]({})\n",
            server.url(&format!("/ok/{n}"))
        ));
    }
    std::fs::write(dir.join("content/_index.md"), text).expect("page");
}

/// `check --external` with its messages in English: these tests are about
/// what the checker finds (the catalogues have their own tests).
fn check(dir: &Path) -> (i32, serde_json::Value) {
    let result = Command::new(env!("CARGO_BIN_EXE_stegvis"))
        .args([
            "check",
            "--external",
            "--messages",
            "en",
            "--format",
            "json",
            "--root",
        ])
        .arg(dir)
        .output()
        .expect("run stegvis");
    let report = serde_json::from_slice(&result.stdout).expect("JSON findings");
    (result.status.code().expect("an exit code"), report)
}

fn messages(report: &serde_json::Value) -> Vec<String> {
    report["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .map(|finding| {
            format!(
                "{} {} {}",
                finding["severity"].as_str().unwrap_or(""),
                finding["message"].as_str().unwrap_or(""),
                finding["suggestion"].as_str().unwrap_or("-")
            )
        })
        .collect()
}

#[test]
fn external_links_are_classified_retried_and_cached() {
    let server = TestServer::start();
    let work = tempfile::tempdir().expect("temp dir");
    let paths = [
        "/moved",
        "/gone",
        "/login",
        "/flaky",
        "/no-head",
        "/slow",
        "/excluded",
    ];
    write_site(work.path(), &server, "warning", &paths, 40);

    let (code, report) = check(work.path());
    assert_eq!(
        code, 0,
        "external problems are warnings by default: {report}"
    );
    let url = |path: &str| server.url(path);
    let mut expected = vec![
        format!("warning {}: broken (404) -", url("/gone")),
        format!(
            "warning {}: moved; link to the new address {}",
            url("/moved"),
            url("/ok/0")
        ),
        format!("warning {}: needs a login (401) -", url("/login")),
        format!("warning {}: no answer in time -", url("/slow")),
    ];
    expected.sort();
    let mut found = messages(&report);
    found.sort();
    assert_eq!(found, expected);
    let by_path = server.by_path.lock().expect("lock").clone();
    assert_eq!(
        by_path.get("/flaky"),
        Some(&2),
        "429, then retried once: {by_path:?}"
    );
    assert_eq!(
        by_path.get("/no-head"),
        Some(&2),
        "HEAD 405 falls back to GET"
    );
    assert_eq!(
        by_path.get("/excluded"),
        None,
        "excluded URLs are never requested"
    );

    let first_run = server.requests.load(Ordering::SeqCst);
    let (_, second_report) = check(work.path());
    let second_run = server.requests.load(Ordering::SeqCst) - first_run;
    assert!(
        second_run * 10 <= first_run,
        "the cache keeps a second run to 10 % of the requests: {second_run} of {first_run}"
    );
    assert_eq!(
        messages(&second_report).len(),
        4,
        "failures are not cached, so they are reported again"
    );
}

#[test]
fn external_level_error_fails_the_check() {
    let server = TestServer::start();
    let work = tempfile::tempdir().expect("temp dir");
    write_site(work.path(), &server, "error", &["/gone"], 1);
    let (code, report) = check(work.path());
    assert_eq!(code, 1, "{report}");
    assert_eq!(report["errors"], 1);
}

#[test]
fn links_in_raw_html_and_templates_are_checked_too() {
    let server = TestServer::start();
    let work = tempfile::tempdir().expect("temp dir");
    let dir = work.path();
    write_site(dir, &server, "warning", &[], 0);
    std::fs::write(
        dir.join("content/sida.md"),
        format!(
            "---\ntitle: Sida\n---\n\nText.\n\n<p><a href=\"{}\">rå HTML</a></p>\n",
            server.url("/gone-in-html")
        ),
    )
    .expect("page");
    std::fs::create_dir_all(dir.join("templates")).expect("templates/");
    std::fs::write(
        dir.join("templates/page.html"),
        format!(
            "<!DOCTYPE html>\n<html lang=\"sv\">\n<title>{{{{ page.title }}}}</title>\n<main>{{{{ page.content | safe }}}}</main>\n<footer><a href=\"{}\">Om</a></footer>\n",
            server.url("/login-in-template")
        ),
    )
    .expect("template");
    let (code, report) = check(dir);
    assert_eq!(code, 0, "{report}");
    let placed: Vec<String> = report["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .map(|finding| {
            format!(
                "{}:{} {}",
                finding["file"].as_str().unwrap_or(""),
                finding["line"],
                finding["message"].as_str().unwrap_or("")
            )
        })
        .collect();
    assert_eq!(
        placed,
        [
            format!(
                "content/sida.md:7 {}: broken (404)",
                server.url("/gone-in-html")
            ),
            format!(
                "templates/page.html:5 {}: needs a login (401)",
                server.url("/login-in-template")
            ),
        ],
        "{report}"
    );
}

#[test]
fn a_hostile_link_is_given_up_on_within_its_budget_and_the_warning_says_why() {
    let server = TestServer::start();
    let work = tempfile::tempdir().expect("temp dir");
    write_site(work.path(), &server, "warning", &["/hostile/0"], 0);
    let started = std::time::Instant::now();
    let (code, report) = check(work.path());
    let took = started.elapsed();
    assert_eq!(code, 0, "{report}");
    let found = messages(&report);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(
        found[0].starts_with(&format!(
            "warning {}: no final answer within 3 s (",
            server.url("/hostile/0")
        )) && found[0].contains("redirect")
            && found[0].contains("503"),
        "{found:?}"
    );
    // Unbounded, five hops of 503, a pause and a redirect took over 5 s.
    assert!(took < Duration::from_secs(5), "gave up in {took:?}");
}

#[test]
fn links_to_the_sites_own_address_are_never_fetched() {
    // The site is published at the test server's address: a pasted link to
    // one of its own pages is checked against the build, not the old site.
    let server = TestServer::start();
    let work = tempfile::tempdir().expect("temp dir");
    let dir = work.path();
    std::fs::create_dir_all(dir.join("content")).expect("content/");
    std::fs::write(
        dir.join("site.toml"),
        format!(
            "title = \"T\"\nbase_url = \"{}\"\n[check]\ntimeout = 1\n",
            server.url("/natverk/")
        ),
    )
    .expect("site.toml");
    std::fs::write(
        dir.join("content/_index.md"),
        format!(
            "---\ntitle: Start\n---\n\n[finns inte]({})\n",
            server.url("/natverk/finns-inte/")
        ),
    )
    .expect("page");
    let (code, report) = check(dir);
    assert_eq!(code, 1, "the missing page is an error: {report}");
    let found = messages(&report);
    assert_eq!(
        found,
        [format!(
            "error no page or file at \"{}\" on this site -",
            server.url("/natverk/finns-inte/")
        )]
    );
    let by_path = server.by_path.lock().expect("lock").clone();
    assert!(
        by_path.is_empty(),
        "nothing of the site was fetched: {by_path:?}"
    );
}

/// A Word file written here: its properties, and a body that links to `target`.
fn word_file_linking_to(target: &str) -> Vec<u8> {
    use std::io::Write as _;
    let mut writer = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default();
    let parts = [
        (
            "docProps/core.xml",
            String::from(
                r#"<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>Plan</dc:title><dc:language>sv-SE</dc:language></cp:coreProperties>"#,
            ),
        ),
        (
            "word/document.xml",
            String::from(
                r#"<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Plan</w:t></w:r></w:p></w:body></w:document>"#,
            ),
        ),
        (
            "word/_rels/document.xml.rels",
            format!(
                r#"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="{target}" TargetMode="External"/></Relationships>"#
            ),
        ),
    ];
    for (name, text) in parts {
        writer.start_file(name, options).expect("an entry");
        writer.write_all(text.as_bytes()).expect("its text");
    }
    writer.finish().expect("the zip").into_inner()
}

/// Links inside the documents a site publishes are asked for too, and a
/// broken one is placed where the document is linked, naming it.
#[test]
fn links_inside_documents_are_checked_too() {
    let server = TestServer::start();
    let work = tempfile::tempdir().expect("temp dir");
    let dir = work.path();
    write_site(dir, &server, "warning", &[], 0);
    std::fs::write(
        dir.join("content/plan.docx"),
        word_file_linking_to(&server.url("/gone-in-document")),
    )
    .expect("the document");
    std::fs::write(
        dir.join("content/sida.md"),
        "---\ntitle: Sida\n---\n\nSe [planen](plan.docx).\n",
    )
    .expect("page");
    let (code, report) = check(dir);
    assert_eq!(code, 0, "{report}");
    let findings = report["findings"].as_array().expect("findings");
    let found = findings
        .iter()
        .find(|finding| {
            finding["message"]
                .as_str()
                .is_some_and(|message| message.contains("/gone-in-document"))
        })
        .unwrap_or_else(|| panic!("the document's link: {report}"));
    assert_eq!(found["file"], "content/sida.md", "{found}");
    assert_eq!(found["line"], 5, "{found}");
    assert!(
        found["message"]
            .as_str()
            .is_some_and(|message| message.contains("linked from the document plan.docx: broken")),
        "{found}"
    );
}
