//! `stegvis serve` as an editor uses it: a real server on a free port, files
//! edited, added, renamed and deleted on disk, the reload event on the event
//! stream, the new content served, the error dialog shown and cleared, and
//! nothing served from outside the site.

mod support;

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

use support::SiteTest;

struct Server {
    child: Child,
    url: String,
    agent: ureq::Agent,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Server {
    fn start(site: &Path) -> Server {
        Server::start_with(site, &[], &[])
    }

    fn start_with(site: &Path, args: &[&str], env: &[(&str, &Path)]) -> Server {
        let mut child = Command::new(env!("CARGO_BIN_EXE_stegvis"))
            .args(["serve", "--port", "0", "--root"])
            .arg(site)
            .args(args)
            .envs(env.iter().copied())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("start stegvis serve");
        let stdout = child.stdout.take().expect("stdout");
        let mut first_line = String::new();
        BufReader::new(stdout)
            .read_line(&mut first_line)
            .expect("the serving line");
        let url = first_line
            .split_whitespace()
            .find(|word| word.starts_with("http://"))
            .expect("a URL in the first line")
            .trim_end_matches('/')
            .to_string();
        let agent = ureq::Agent::config_builder()
            .http_status_as_error(false)
            .max_redirects(0)
            .timeout_global(Some(Duration::from_secs(10)))
            .build()
            .into();
        Server { child, url, agent }
    }

    fn get(&self, path: &str) -> (u16, String, String) {
        let mut response = self
            .agent
            .get(format!("{}{path}", self.url))
            .call()
            .expect("GET");
        let status = response.status().as_u16();
        let content_type = response
            .headers()
            .get("content-type")
            .and_then(|value| value.to_str().ok())
            .unwrap_or("")
            .to_string();
        let body = response.body_mut().read_to_string().unwrap_or_default();
        (status, content_type, body)
    }

    /// The event stream: each `event:` name arrives on the channel, and the
    /// `data:` of a `page` or `reload` event after it (`data: /its/url/`).
    fn events(&self) -> mpsc::Receiver<String> {
        let (sender, receiver) = mpsc::channel();
        let response = ureq::Agent::config_builder()
            .timeout_global(None)
            .build()
            .new_agent()
            .get(format!("{}/__stegvis/events", self.url))
            .call()
            .expect("the event stream");
        std::thread::spawn(move || {
            let reader = BufReader::new(response.into_body().into_reader());
            let mut name = String::new();
            for line in reader.lines().map_while(Result::ok) {
                let sent = if let Some(event) = line.strip_prefix("event: ") {
                    name = event.to_string();
                    sender.send(name.clone())
                } else if (name == "page" || name == "reload") && line.starts_with("data: ") {
                    sender.send(line)
                } else {
                    Ok(())
                };
                if sent.is_err() {
                    break;
                }
            }
        });
        receiver
    }
}

fn wait_for(events: &mpsc::Receiver<String>, expected: &str) {
    loop {
        let event = events
            .recv_timeout(Duration::from_secs(10))
            .unwrap_or_else(|_| panic!("no {expected} event within 10 s"));
        if event == expected {
            return;
        }
    }
}

/// The first `Some` of `probe`, asked every 50 ms for up to 10 s.
#[track_caller]
fn eventually<T>(mut probe: impl FnMut() -> Option<T>) -> T {
    for _ in 0..200 {
        if let Some(found) = probe() {
            return found;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    panic!("not within 10 s")
}

fn site() -> SiteTest {
    SiteTest::from_dir("kinds_render_with_their_navigation")
}

#[test]
fn serves_the_site_and_nothing_outside_it() {
    let test = site();
    let server = Server::start(&test.site);
    let (status, content_type, body) = server.get("/");
    assert_eq!(status, 200);
    assert_eq!(content_type, "text/html; charset=utf-8");
    assert!(
        body.contains("/__stegvis/events"),
        "the reload script is injected"
    );
    let (status, content_type, _) = server.get("/style.css");
    assert_eq!(
        (status, content_type.as_str()),
        (200, "text/css; charset=utf-8")
    );
    assert_eq!(
        server.get("/moten/tidigt/kalender.ics").1,
        "text/calendar; charset=utf-8"
    );
    assert_eq!(
        server.get("/moten").0,
        302,
        "a folder without its slash is redirected"
    );
    assert_eq!(server.get("/finns-inte/").0, 404);
    assert!(
        server.get("/finns-inte/").2.contains("Sidan finns inte"),
        "the theme's 404 page"
    );
    for attempt in [
        "/../site.toml",
        "/%2e%2e/site.toml",
        "/moten/..%2f..%2fsite.toml",
        "/%5c..%5csite.toml",
    ] {
        let (status, _, body) = server.get(attempt);
        assert!(status == 400 || status == 404, "{attempt}: {status}");
        assert!(
            !body.contains("base_url"),
            "{attempt} must not serve site.toml"
        );
    }
    let post = server
        .agent
        .post(format!("{}/", server.url))
        .send("x")
        .expect("POST");
    assert_eq!(post.status().as_u16(), 405);
    let head = server
        .agent
        .head(format!("{}/", server.url))
        .call()
        .expect("HEAD");
    assert_eq!(head.status().as_u16(), 200);
}

#[test]
fn edits_additions_renames_and_deletions_reload_with_new_content() {
    let test = site();
    let server = Server::start(&test.site);
    let events = server.events();
    let content = test.site.join("content");

    let page = content.join("larande/fiskben.md");
    let text = std::fs::read_to_string(&page).expect("page");
    std::fs::write(&page, text.replace("Text.", "Nytt stycke om fiskben.")).expect("edit");
    wait_for(&events, "reload");
    assert!(
        server
            .get("/larande/fiskben/")
            .2
            .contains("Nytt stycke om fiskben.")
    );

    std::fs::write(
        content.join("larande/ny.md"),
        "---\ntitle: Ny sida\n---\nHelt ny.\n",
    )
    .expect("add");
    wait_for(&events, "reload");
    assert!(server.get("/larande/ny/").2.contains("Helt ny."));

    std::fs::rename(
        content.join("larande/ny.md"),
        content.join("larande/flyttad.md"),
    )
    .expect("rename");
    wait_for(&events, "reload");
    assert_eq!(server.get("/larande/ny/").0, 404);
    assert!(server.get("/larande/flyttad/").2.contains("Helt ny."));

    std::fs::remove_file(content.join("larande/flyttad.md")).expect("delete");
    wait_for(&events, "reload");
    assert_eq!(server.get("/larande/flyttad/").0, 404);

    // A new title shows on other pages too: the section's list, the neighbours.
    let step = content.join("process/start/b.md");
    let text = std::fs::read_to_string(&step).expect("step");
    std::fs::write(&step, text.replace("title: Steg B", "title: Steg B omdöpt")).expect("retitle");
    wait_for(&events, "reload");
    assert!(
        server.get("/process/arbete/c/").2.contains("Steg B omdöpt"),
        "the next step's previous link"
    );

    // "Used in": the template's page lists the step that names it.
    let first = content.join("process/start/a.md");
    let text = std::fs::read_to_string(&first).expect("step");
    std::fs::write(
        &first,
        text.replace("title: Steg A", "title: Steg A omdöpt"),
    )
    .expect("retitle");
    wait_for(&events, "reload");
    assert!(
        server.get("/mallar/rapport/").2.contains("Steg A omdöpt"),
        "the template's used in"
    );

    // Tag pages: a page given a tag is listed on it.
    let material = content.join("larande/pdsa.md");
    let text = std::fs::read_to_string(&material).expect("material");
    let tagged = text.replace("tags: [Metod]", "tags: [Metod, Förbättring]");
    std::fs::write(&material, tagged).expect("tag");
    wait_for(&events, "reload");
    assert!(
        server.get("/tags/forbattring/").2.contains("PDSA"),
        "the new tag's page"
    );

    // Search: a new word of a page's text is in the index it serves.
    let text = std::fs::read_to_string(&material).expect("material");
    std::fs::write(
        &material,
        text.replace("Text.", "Text om kvalitetsregister."),
    )
    .expect("edit");
    wait_for(&events, "reload");
    assert!(
        server
            .get("/search/index/w/0.json")
            .2
            .contains("kvalitetsregister"),
        "the word's shard"
    );

    // What the preview serves, after these edits and its partial re-renders,
    // equals a full build of the same files, page for page.
    let built = tempfile::tempdir().expect("temp dir");
    let status = Command::new(env!("CARGO_BIN_EXE_stegvis"))
        .args(["build", "--drafts", "--root"])
        .arg(&test.site)
        .arg("--output")
        .arg(built.path())
        .status()
        .expect("build");
    assert!(status.success());
    let mut compared = 0;
    let policy = regex::Regex::new("<meta[^>]*Content-Security-Policy[^>]*>").expect("regex");
    for entry in walkdir::WalkDir::new(built.path()) {
        let entry = entry.expect("walk the build");
        let path = entry
            .path()
            .strip_prefix(built.path())
            .expect("below the build")
            .to_string_lossy()
            .replace('\\', "/");
        let text_file = [".html", ".json", ".xml", ".ics", ".txt"]
            .iter()
            .any(|extension| path.ends_with(extension));
        if !entry.file_type().is_file() || !text_file || path == "404.html" {
            continue;
        }
        let expected = std::fs::read_to_string(entry.path()).expect("built file");
        let url = format!("/{}", path.trim_end_matches("index.html"));
        let (status, _, served) = server.get(&url);
        assert_eq!(status, 200, "{url}");
        if path.ends_with(".html") {
            let served = served.split("<script>").next().expect("before the script");
            let expected = expected.split("</body>").next().expect("before </body>");
            // The preview leaves out the policy, which forbids its script.
            assert!(policy.is_match(expected), "{path}: no policy");
            let expected = policy.replace(expected, "");
            assert_eq!(served, expected, "{path}");
        } else {
            assert_eq!(served, expected, "{path}");
        }
        compared += 1;
    }
    assert!(compared > 20, "only {compared} files compared");
}

#[test]
fn a_saved_page_is_served_before_the_rest_of_the_site_is_rebuilt() {
    let test = site();
    let server = Server::start(&test.site);
    let events = server.events();
    let step = test.site.join("content/process/start/b.md");
    let text = std::fs::read_to_string(&step).expect("step");
    let next = |events: &mpsc::Receiver<String>| {
        events
            .recv_timeout(Duration::from_secs(10))
            .expect("an event within 10 s")
    };

    // Saved as most editors save, whole: written beside it, then renamed
    // (a write in place may reach the watcher in two parts).
    let save = |text: String| {
        let beside = step.with_file_name(".b.md.tmp");
        std::fs::write(&beside, text).expect("write");
        std::fs::rename(&beside, &step).expect("rename");
    };
    save(text.replace("Text.", "Nytt om steg B."));
    assert_eq!(next(&events), "page", "the page first");
    assert_eq!(next(&events), "data: /process/start/b/");
    // Served when the tab is told, before the rebuild has ended.
    assert!(
        server
            .get("/process/start/b/")
            .2
            .contains("Nytt om steg B.")
    );
    assert_eq!(next(&events), "reload", "then the whole site");

    // Written in place, the page is shown when the file is closed.
    std::fs::write(&step, text.replace("Text.", "Skrivet på plats.")).expect("write");
    wait_for(&events, "page");
    assert!(
        server
            .get("/process/start/b/")
            .2
            .contains("Skrivet på plats.")
    );
    wait_for(&events, "reload");

    // A new title changes other pages: the page first, resolved with the
    // rest of the site, then the pages that show the title reload.
    save(text.replace("title: Steg B", "title: Steg B omdöpt"));
    wait_for(&events, "page");
    assert!(server.get("/process/start/b/").2.contains("Steg B omdöpt"));
    // (A write in place may have been a second batch, which changed nothing.)
    let changed: Vec<String> = loop {
        if next(&events) == "reload" {
            let data = next(&events);
            let changed = data.trim_start_matches("data: ");
            if changed != "[]" {
                break serde_json::from_str(changed).expect("a list of pages");
            }
        }
    };
    for url in ["/process/arbete/c/", "/process/start/"] {
        assert!(
            changed.iter().any(|changed| changed == url),
            "{url} in {changed:?}"
        );
    }
    assert!(
        !changed.iter().any(|changed| changed == "/larande/fiskben/"),
        "a page that does not show the step: {changed:?}"
    );
    assert!(
        !changed.iter().any(|changed| changed == "/process/start/b/"),
        "the page itself was shown already: {changed:?}"
    );
    assert!(server.get("/process/arbete/c/").2.contains("Steg B omdöpt"));

    // Anything else but Markdown, and every tab reloads.
    let style = test.site.join("static/extra.txt");
    std::fs::create_dir_all(style.parent().expect("static/")).expect("static/");
    std::fs::write(&style, "text").expect("write");
    wait_for(&events, "reload");
    assert_eq!(next(&events), "data: *");
}

#[test]
fn a_save_during_a_rebuild_is_shown_at_once_and_the_stale_rebuild_is_never_served() {
    let test = site();
    // Enough pages that rebuilding after a new title (every sibling's
    // listing shows it) is still under way when the next save comes.
    for n in 0..1500 {
        let material = format!("---\ntitle: Material {n}\nformat: tool\n---\nText {n}.\n");
        std::fs::write(
            test.site.join(format!("content/larande/m-{n:04}.md")),
            material,
        )
        .expect("write");
    }
    let server = Server::start(&test.site);
    let events = server.events();
    let page = test.site.join("content/larande/fiskben.md");
    let save = |text: &str| {
        let beside = page.with_file_name(".fiskben.md.tmp");
        std::fs::write(&beside, text).expect("write");
        std::fs::rename(&beside, &page).expect("rename");
    };
    let renamed = std::fs::read_to_string(&page)
        .expect("page")
        .replace("title: Fiskben", "title: Fiskbensdiagram");
    save(&renamed);
    wait_for(&events, "page");
    std::thread::sleep(Duration::from_millis(200));
    let so_far: Vec<String> = events.try_iter().collect();
    assert!(
        !so_far.iter().any(|event| event == "reload"),
        "the rebuild ended within 0.2 s: too few pages to save during it ({so_far:?})"
    );

    save(&renamed.replace("Text.", "Andra sparningen."));
    let next = || {
        events
            .recv_timeout(Duration::from_secs(30))
            .expect("an event within 30 s")
    };
    assert_eq!(next(), "page", "shown before the rebuild under way ended");
    assert_eq!(next(), "data: /larande/fiskben/");
    // From now on the page is the second save's, also when the rebuild that
    // read the first is over: that one is not served.
    loop {
        let body = server.get("/larande/fiskben/").2;
        assert!(body.contains("Andra sparningen."), "an older text served");
        match events.recv_timeout(Duration::from_millis(20)) {
            Ok(event) if event == "reload" => break,
            Ok(_) | Err(mpsc::RecvTimeoutError::Timeout) => {}
            Err(mpsc::RecvTimeoutError::Disconnected) => panic!("the event stream ended"),
        }
    }
    let body = server.get("/larande/fiskben/").2;
    assert!(body.contains("Andra sparningen.") && body.contains("Fiskbensdiagram"));
}

#[test]
fn errors_show_in_the_page_until_they_are_fixed() {
    let test = site();
    let server = Server::start(&test.site);
    let events = server.events();
    let page = test.site.join("content/larande/fiskben.md");
    let good = std::fs::read_to_string(&page).expect("page");

    std::fs::write(&page, good.replace("title: Fiskben", "titel: Fiskben")).expect("break it");
    wait_for(&events, "reload");
    // A write can reach the watcher as two changes (the file emptied, then
    // written), each rebuilt and reloaded: wait for the state, not a count.
    let (status, _, body) = eventually(|| {
        let answer = server.get("/larande/pdsa/");
        answer.2.contains("okänd nyckel").then_some(answer)
    });
    assert_eq!(status, 200, "the last good pages are still served");
    assert!(
        body.contains("<dialog id=\"stegvis-errors\" open"),
        "the error dialog is shown"
    );
    assert!(body.contains("Sidan kunde inte byggas"));
    assert!(body.contains("content/larande/fiskben.md:2:1"), "{body}");
    assert!(body.contains("okänd nyckel &quot;titel&quot;"));

    std::fs::write(&page, good).expect("fix it");
    wait_for(&events, "reload");
    eventually(|| (!server.get("/larande/pdsa/").2.contains("<dialog")).then_some(()));
}

#[test]
fn a_stylesheet_change_swaps_styles_without_a_reload() {
    let test = site();
    std::fs::create_dir_all(test.site.join("static")).expect("static/");
    std::fs::write(test.site.join("static/extra.css"), "p { color: black }").expect("css");
    let server = Server::start(&test.site);
    let events = server.events();
    std::fs::write(test.site.join("static/extra.css"), "p { color: navy }").expect("edit css");
    wait_for(&events, "css");
    assert!(server.get("/extra.css").2.contains("navy"));
}

#[cfg(unix)]
#[test]
fn open_starts_the_browser_on_the_served_url() {
    use std::os::unix::fs::PermissionsExt;
    let test = site();
    let bin = tempfile::tempdir().expect("temp dir");
    let opened = bin.path().join("opened.txt");
    let browser = bin.path().join("browser");
    std::fs::write(
        &browser,
        format!(
            "#!/bin/sh\nprintf '%s' \"$1\" > '{0}.part' && mv '{0}.part' '{0}'\n",
            opened.display()
        ),
    )
    .expect("write the browser");
    std::fs::set_permissions(&browser, std::fs::Permissions::from_mode(0o755)).expect("chmod");
    let server = Server::start_with(&test.site, &["--open"], &[("BROWSER", browser.as_path())]);
    let deadline = std::time::Instant::now() + Duration::from_secs(10);
    while !opened.exists() && std::time::Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(20));
    }
    let url = std::fs::read_to_string(&opened).expect("the browser was started");
    assert_eq!(url.trim_end_matches('/'), server.url);
}

#[test]
fn a_content_folder_deleted_and_created_again_is_watched_again() {
    // `git checkout` of another branch removes content/ and writes a new one.
    let test = site();
    let server = Server::start(&test.site);
    let events = server.events();
    let content = test.site.join("content");
    let away = test.site.join("elsewhere");
    std::fs::rename(&content, &away).expect("move content away");
    wait_for(&events, "reload");
    let status = Command::new("cp")
        .arg("-R")
        .arg(&away)
        .arg(&content)
        .status()
        .expect("cp");
    assert!(status.success());
    wait_for(&events, "reload");
    let page = content.join("larande/fiskben.md");
    let text = std::fs::read_to_string(&page).expect("page");
    std::fs::write(&page, text.replace("Text.", "Skrivet efter utcheckningen.")).expect("edit");
    wait_for(&events, "reload");
    assert!(
        server
            .get("/larande/fiskben/")
            .2
            .contains("Skrivet efter utcheckningen."),
        "an edit in the new content/ is rebuilt"
    );
}

/// One raw HTTP/1.1 request with a Host header of our choosing: the status
/// line's code, the headers and the body.
fn raw_request(server: &Server, method: &str, path: &str, host: &str) -> (u16, String, Vec<u8>) {
    use std::io::{Read, Write};
    let address = server.url.trim_start_matches("http://");
    let mut stream = std::net::TcpStream::connect(address).expect("connect");
    write!(
        stream,
        "{method} {path} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n"
    )
    .expect("send");
    let mut response = Vec::new();
    stream.read_to_end(&mut response).expect("read");
    let split = response
        .windows(4)
        .position(|window| window == b"\r\n\r\n")
        .expect("headers end");
    let head = String::from_utf8_lossy(&response[..split]).into_owned();
    let code = head
        .split_whitespace()
        .nth(1)
        .and_then(|code| code.parse().ok())
        .expect("a status code");
    (code, head, response[split + 4..].to_vec())
}

#[test]
fn a_page_on_another_domain_cannot_read_the_preview() {
    // DNS rebinding: attacker.example resolves to 127.0.0.1, and the
    // browser sends its name as Host.
    let test = site();
    let server = Server::start(&test.site);
    for path in ["/", "/moten/tidigt/", "/__stegvis/events"] {
        let (code, _, body) = raw_request(&server, "GET", path, "attacker.example");
        assert_eq!(code, 421, "{path}");
        assert!(!String::from_utf8_lossy(&body).contains("<html"), "{path}");
    }
    let port = server.url.rsplit(':').next().expect("a port");
    for host in [format!("localhost:{port}"), format!("127.0.0.1:{port}")] {
        let (code, _, _) = raw_request(&server, "GET", "/", &host);
        assert_eq!(code, 200, "{host}");
    }
}

#[test]
fn attachments_are_streamed_and_head_is_answered_from_metadata() {
    let test = site();
    // A larger attachment than one read buffer.
    let big: Vec<u8> = (0..3_000_000u32).map(|n| (n % 251) as u8).collect();
    std::fs::write(test.site.join("content/mallar/stor.pdf"), &big).expect("write");
    let server = Server::start(&test.site);
    let (code, head, body) = raw_request(&server, "GET", "/mallar/stor.pdf", "localhost");
    assert_eq!(code, 200);
    assert!(
        head.to_ascii_lowercase()
            .contains("content-length: 3000000"),
        "{head}"
    );
    assert!(head.contains("application/pdf"), "{head}");
    assert!(body == big, "the whole file, byte for byte");
    let (code, head, body) = raw_request(&server, "HEAD", "/mallar/stor.pdf", "localhost");
    assert_eq!(code, 200);
    assert!(
        head.to_ascii_lowercase()
            .contains("content-length: 3000000"),
        "{head}"
    );
    assert!(body.is_empty());
}

#[test]
fn editing_a_data_file_redraws_its_table_and_chart() {
    let test = SiteTest::from_dir("a_swedish_csv_becomes_a_table_in_the_pages_language");
    let server = Server::start(&test.site);
    let events = server.events();
    let page = server.get("/").2;
    assert!(page.contains(">74,10</td>"), "{page}");
    let csv = test.site.join("data/nyckeltal/lokalvard.csv");
    let text = std::fs::read_to_string(&csv).expect("csv");
    std::fs::write(&csv, text.replace("74,1", "76,3")).expect("edit the data file");
    wait_for(&events, "reload");
    let page = server.get("/").2;
    assert!(
        page.contains(">76,30</td>"),
        "the table shows the new figure: {page}"
    );
    assert!(page.contains(">76,30</text>"), "and so does the chart");
    assert!(!page.contains("74,10"), "nothing of the old figure is left");
    assert!(
        server
            .get("/data/nyckeltal/lokalvard.csv")
            .2
            .contains("76,3"),
        "the file offered for download is the new one"
    );
}

/// A report changes the pages that show it: its area, its plan and its
/// meeting are rendered again, though their own files did not change.
#[test]
fn editing_a_report_changes_its_area_plan_and_meeting() {
    let test = SiteTest::from_dir(
        "plans_areas_and_reports_show_goals_statuses_and_the_round_of_the_table",
    );
    let server = Server::start(&test.site);
    let events = server.events();
    for url in ["/plan/", "/plan/kvalitet/", "/moten/februari/"] {
        let page = server.get(url).2;
        assert!(page.contains("Röd – avviker"), "{url}: {page}");
    }
    let report = test.site.join("content/plan/rapporter/syd-feb.md");
    let text = std::fs::read_to_string(&report).expect("report");
    std::fs::write(&report, text.replace("status: red", "status: yellow")).expect("edit");
    wait_for(&events, "reload");
    for url in ["/plan/", "/plan/kvalitet/", "/moten/februari/"] {
        let page = server.get(url).2;
        assert!(
            page.contains("Gul – risk för avvikelse") && !page.contains("Röd – avviker"),
            "{url} shows the new status: {page}"
        );
    }
}

/// Lint warnings are shown in the preview without covering the page: the
/// page's own as a count in a corner; all of them, with the pages to review
/// soonest first, on the editor's overview, which the built site never has.
#[test]
fn warnings_are_a_count_on_their_page_and_all_are_in_the_overview() {
    let test = SiteTest::from_dir("lint_finds_what_an_editor_left_unfinished");
    let server = Server::start(&test.site);
    let (_, _, page) = server.get("/platshallare/");
    assert!(!page.contains("<dialog"), "warnings do not cover the page");
    assert!(
        page.contains("<aside id=\"stegvis-warnings\"")
            && page.contains(">5 varningar på sidan</summary>"),
        "{page}"
    );
    assert!(page.contains("&quot;Lorem ipsum&quot; är text som ska fyllas i"));
    assert!(
        !page.contains("leder ingenstans"),
        "another page's warnings are not listed here"
    );
    let (_, _, clean) = server.get("/");
    assert!(
        !clean.contains("<aside id=\"stegvis-warnings\""),
        "a page without warnings has no corner"
    );

    let (status, content_type, overview) = server.get("/_stegvis/");
    assert_eq!(status, 200);
    assert!(content_type.starts_with("text/html"));
    assert!(
        overview.contains("<h1>Att rätta i portalen</h1>"),
        "{overview}"
    );
    assert!(overview.contains("0 fel, "), "{overview}");
    // The pages to review, the one overdue longest first, with their owners.
    let review = overview
        .split("<h2 id=\"review\">")
        .nth(1)
        .and_then(|rest| rest.split("</table>").next())
        .expect("a table of pages to review");
    let first = review.find("Granskas<").expect("the page due 2025-01-01");
    let second = review
        .find("Granskas utan ägare")
        .expect("the page due 2025-05-31");
    assert!(first < second, "{review}");
    assert!(review.contains("Kommunikatören") && review.contains("Ingen ägare angiven"));
    // By page: each page's findings under its title, linked.
    assert!(
        overview
            .contains("<h3><a href=\"/lankar/\">Länkar</a> <small>content/lankar.md</small></h3>")
    );
    assert!(
        overview
            .contains("<strong>5:4</strong> länken &quot;länk till mall&quot; leder ingenstans")
    );
    // By owner.
    assert!(overview.contains("<h2 id=\"by-owner\">Per ägare</h2><h3>Kommunikatören</h3>"));
    assert_eq!(server.get("/_stegvis").0, 302);
}

/// A broken site.toml shows each of its findings in the dialog, with its
/// line, over the last good pages.
#[test]
fn a_broken_site_toml_shows_its_findings_in_full() {
    let test = SiteTest::from_dir("kinds_render_with_their_navigation");
    let server = Server::start(&test.site);
    let events = server.events();
    assert!(!server.get("/").2.contains("<dialog"));
    let config = test.site.join("site.toml");
    let text = std::fs::read_to_string(&config).expect("site.toml");
    std::fs::write(&config, format!("language = \"svenska\"\n{text}")).expect("break it");
    wait_for(&events, "reload");
    let (status, _, page) = server.get("/");
    assert_eq!(status, 200, "the last good pages are still served");
    assert!(page.contains("<dialog"), "{page}");
    assert!(
        page.contains("<strong>site.toml:") && page.contains("svenska"),
        "the finding itself, with its line: {page}"
    );
    assert!(!page.contains("site.toml has errors"), "{page}");
}

/// The editor's overview lists the documents with findings, the worst
/// first, each finding where the document is published.
#[test]
fn the_overview_lists_the_documents_to_fix_the_worst_first() {
    let test = SiteTest::from_dir("templates_tell_members_what_their_documents_are");
    // Without the alias, the two documents that link to the removed page
    // have an error each; the scanned form only warnings.
    let page = test.site.join("content/dokument.md");
    let text = std::fs::read_to_string(&page).expect("the page");
    std::fs::write(&page, text.replace("aliases: [\"/borttagen-sida/\"]\n", "")).expect("write");
    let server = Server::start(&test.site);
    let (status, _, overview) = server.get("/_stegvis/");
    assert_eq!(status, 200);
    let documents = overview
        .split("<h2 id=\"documents\">Dokument att rätta</h2>")
        .nth(1)
        .and_then(|rest| rest.split("</section>").next())
        .expect("a section of documents");
    let plan = documents
        .find("<h3>mallar/handlingsplan.pdf <small>2 fel, 0 varningar</small></h3>")
        .expect("the PDF: linked from two pages");
    let form = documents
        .find("<h3>mallar/inskannad-blankett.pdf <small>0 fel, 2 varningar</small></h3>")
        .expect("the scanned form");
    assert!(plan < form, "errors first: {documents}");
    assert!(
        documents.contains("<small>content/mallar/handlingsplan.md</small> <strong>4:7</strong>"),
        "each finding where the file is published: {documents}"
    );
}
