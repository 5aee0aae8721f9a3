//! Edit-to-reload latency of `stegvis serve`: starts the release binary on a
//! site, makes 20 edits to one page, and for each measures the time from the
//! save to the reload event and to the new content being served.
//! `cargo build --release && cargo run --release --example serve-latency -- DIR [PAGE]`
//! (PAGE: a content path to edit; default the first material page found).
//! With `--title` first, each edit changes the page's title (front matter)
//! instead of its text. With `--hugo` first, the same for `hugo server --disableLiveReload`
//! (which renders to memory) on a Hugo site (`benches/compare --serve` makes one
//! with the same content): save → new content served, polled the same way.
//! With `--pause MS`, a save comes every MS milliseconds whether or not the
//! rest of the site has been rebuilt (autosave, a Ctrl+S habit: issue 40's
//! "saves 0.3 s apart"); without it, each save waits for the full rebuild of
//! the one before and 300 ms more.
//! Each run first reports the cold start: from starting the server to the
//! page served (the first build included). With `--start`, only that.
//! `HUGO=PATH` picks the hugo binary (default: `hugo` on the PATH).

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

const EDITS: usize = 20;

/// The events of `stegvis serve` that are timed.
enum Event {
    /// The saved page, served before the rest is rebuilt.
    Page,
    /// The whole site rebuilt.
    Reload,
}

fn main() {
    let mut args = std::env::args().skip(1).peekable();
    let (mut hugo, mut title, mut pause, mut only_start) = (false, false, None, false);
    while let Some(flag) = args.next_if(|arg| arg.starts_with("--")) {
        match flag.as_str() {
            "--hugo" => hugo = true,
            "--title" => title = true,
            "--start" => only_start = true,
            "--pause" => match args.next().and_then(|ms| ms.parse().ok()) {
                Some(ms) => pause = Some(Duration::from_millis(ms)),
                None => usage(),
            },
            _ => usage(),
        }
    }
    let Some(root) = args.next().map(PathBuf::from) else {
        usage();
    };
    let page = args
        .next()
        .map_or_else(|| first_page(&root), |page| root.join("content").join(page));
    if hugo {
        hugo_latency(&root, &page, pause, only_start);
        return;
    }
    let binary = std::env::current_exe()
        .ok()
        .and_then(|exe| exe.parent()?.parent().map(|dir| dir.join("stegvis")))
        .unwrap_or_else(|| PathBuf::from("target/release/stegvis"));
    let started = Instant::now();
    let mut child = Command::new(&binary)
        .args(["serve", "--port", "0", "--root"])
        .arg(&root)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap_or_else(|error| panic!("cannot start {}: {error}", binary.display()));
    let mut line = String::new();
    let _ = BufReader::new(child.stdout.take().expect("stdout")).read_line(&mut line);
    let url = line
        .split_whitespace()
        .find(|word| word.starts_with("http://"))
        .expect("the serving line")
        .trim_end_matches('/')
        .to_string();
    let page_url = format!("{url}/{}", url_path(&root, &page));
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .http_status_as_error(false)
        .build()
        .into();
    wait_until_served(&agent, &page_url, started);
    if only_start {
        let _ = child.kill();
        let _ = child.wait();
        return;
    }
    let (sender, events) = mpsc::channel();
    let stream = ureq::Agent::config_builder()
        .timeout_global(None)
        .build()
        .new_agent()
        .get(format!("{url}/__stegvis/events"))
        .call()
        .expect("event stream");
    std::thread::spawn(move || {
        for line in BufReader::new(stream.into_body().into_reader())
            .lines()
            .map_while(Result::ok)
        {
            let event = if line.starts_with("event: page") {
                Event::Page
            } else if line.starts_with("event: reload") {
                Event::Reload
            } else {
                continue;
            };
            if sender.send((event, Instant::now())).is_err() {
                break;
            }
        }
    });
    let original = std::fs::read_to_string(&page).expect("the page");
    let mut to_page_event = Vec::new();
    let mut to_event = Vec::new();
    let mut to_content = Vec::new();
    let mut next_save = Instant::now() + Duration::from_millis(300);
    for edit in 0..EDITS {
        std::thread::sleep(next_save.saturating_duration_since(Instant::now()));
        while events.try_recv().is_ok() {}
        let marker = format!("latency-marker-{edit}");
        let saved = Instant::now();
        next_save = saved + pause.unwrap_or(Duration::from_millis(300));
        let edited = if title {
            original.replacen("title: ", &format!("title: {marker} "), 1)
        } else {
            format!("{original}\n{marker}\n")
        };
        std::fs::write(&page, edited).expect("edit");
        // Polled from the save on, as for hugo: the page may be served before
        // the rebuild of the rest of the site has ended.
        loop {
            let body = agent
                .get(&page_url)
                .call()
                .ok()
                .and_then(|mut response| response.body_mut().read_to_string().ok())
                .unwrap_or_default();
            if body.contains(&marker) {
                to_content.push(saved.elapsed());
                break;
            }
            if saved.elapsed() > Duration::from_secs(60) {
                break;
            }
        }
        // The full rebuild ends before the next edit, unless saves come
        // every `pause` whatever the rebuild.
        if pause.is_some() {
            continue;
        }
        next_save = Instant::now() + Duration::from_millis(300);
        loop {
            match events.recv_timeout(Duration::from_secs(60)) {
                Ok((Event::Page, at)) => to_page_event.push(at - saved),
                Ok((Event::Reload, at)) => {
                    to_event.push(at - saved);
                    break;
                }
                Err(_) => {
                    eprintln!("no reload event for edit {edit}");
                    break;
                }
            }
        }
    }
    std::fs::write(&page, original).expect("restore");
    let _ = child.kill();
    let _ = child.wait();
    // With saves every `pause`, the events are not waited for, and which
    // save an event follows is not known: only the content is timed.
    if pause.is_none() {
        report("save → page event", &mut to_page_event);
        report("save → reload event", &mut to_event);
    }
    report("save → new content served", &mut to_content);
}

/// `hugo server` on `root`: waits for it to serve `page`, then times each
/// edit until the new text is served.
fn hugo_latency(root: &Path, page: &Path, pause: Option<Duration>, only_start: bool) {
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|listener| listener.local_addr())
        .map(|address| address.port())
        .expect("a free port");
    let hugo = std::env::var_os("HUGO").unwrap_or_else(|| "hugo".into());
    let started = Instant::now();
    let mut child = Command::new(hugo)
        .args([
            "server",
            "--disableLiveReload",
            "--bind",
            "127.0.0.1",
            "--port",
        ])
        .arg(port.to_string())
        .arg("--source")
        .arg(root)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("cannot start hugo (apt-get install hugo)");
    let page_url = format!("http://127.0.0.1:{port}/{}", url_path(root, page));
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .http_status_as_error(false)
        .build()
        .into();
    let fetch = |url: &str| {
        agent
            .get(url)
            .call()
            .ok()
            .filter(|response| response.status() == 200)
            .and_then(|mut response| response.body_mut().read_to_string().ok())
    };
    wait_until_served(&agent, &page_url, started);
    if only_start {
        let _ = child.kill();
        let _ = child.wait();
        return;
    }
    let original = std::fs::read_to_string(page).expect("the page");
    let mut to_content = Vec::new();
    let mut next_save = Instant::now() + Duration::from_millis(300);
    for edit in 0..EDITS {
        std::thread::sleep(next_save.saturating_duration_since(Instant::now()));
        let marker = format!("latency-marker-{edit}");
        let saved = Instant::now();
        std::fs::write(page, format!("{original}\n{marker}\n")).expect("edit");
        while saved.elapsed() < Duration::from_secs(60) {
            if fetch(&page_url).is_some_and(|body| body.contains(&marker)) {
                to_content.push(saved.elapsed());
                break;
            }
        }
        next_save = match pause {
            Some(pause) => saved + pause,
            None => Instant::now() + Duration::from_millis(300),
        };
    }
    std::fs::write(page, original).expect("restore");
    let _ = child.kill();
    let _ = child.wait();
    report("save → new content served", &mut to_content);
}

/// Polls `url` every 10 ms until it is served (200), and reports the time
/// since `started`.
fn wait_until_served(agent: &ureq::Agent, url: &str, started: Instant) {
    loop {
        let served = agent
            .get(url)
            .call()
            .is_ok_and(|response| response.status() == 200);
        if served {
            report("start → first page served", &mut [started.elapsed()]);
            return;
        }
        if started.elapsed() > Duration::from_secs(600) {
            panic!("{url} was not served within 600 s");
        }
        std::thread::sleep(Duration::from_millis(10));
    }
}

fn usage() -> ! {
    eprintln!("usage: serve-latency [--hugo | --title] [--pause MS] [--start] DIR [PAGE]");
    std::process::exit(2);
}

fn report(name: &str, samples: &mut [Duration]) {
    samples.sort();
    if samples.is_empty() {
        println!("{name}: no samples");
        return;
    }
    if let [one] = samples {
        println!("{name:<28} {:>7.1} ms", one.as_secs_f64() * 1000.0);
        return;
    }
    let at = |q: f64| samples[((samples.len() as f64 - 1.0) * q).round() as usize];
    println!(
        "{name:<28} median {:>7.1} ms   p95 {:>7.1} ms   ({} edits)",
        at(0.5).as_secs_f64() * 1000.0,
        at(0.95).as_secs_f64() * 1000.0,
        samples.len()
    );
}

fn first_page(root: &Path) -> PathBuf {
    let mut stack = vec![root.join("content")];
    let mut pages = Vec::new();
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).into_iter().flatten().flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|extension| extension == "md")
                && !path.ends_with("_index.md")
                && !path.ends_with("index.md")
            {
                pages.push(path);
            }
        }
    }
    pages.sort();
    pages.into_iter().next().expect("a page to edit")
}

/// `content/a/b.md` → `a/b/` (the generated portals use ASCII names).
fn url_path(root: &Path, page: &Path) -> String {
    let relative = page.strip_prefix(root.join("content")).unwrap_or(page);
    let text = relative.to_string_lossy();
    format!("{}/", text.trim_end_matches(".md"))
}
