//! Times each stage of the pipeline on a site, in memory (nothing is written
//! but, with `--remember`, the documents' cache in DIR/.stegvis/ as `build`
//! writes it): `cargo run --release --example stages -- DIR [--remember]`. The stages are the
//! pipeline's own (`stegvis::read_site`, `Resolved::render`), timed where
//! they run; `check`'s HTML pass is timed on top.

use std::path::PathBuf;
use std::time::{Duration, Instant};

use stegvis::config::{self, ConfigOverrides};
use stegvis::{BuildOptions, check};

fn main() {
    let Some(root) = std::env::args().nth(1).map(PathBuf::from) else {
        eprintln!("usage: stages DIR [--remember]");
        std::process::exit(2);
    };
    let Ok(config) = config::read(&root, &ConfigOverrides::default()) else {
        eprintln!("stages: cannot read {}/site.toml", root.display());
        std::process::exit(2);
    };
    let options = BuildOptions {
        now: Some(jiff::civil::date(2026, 1, 1)),
        remember: std::env::args().any(|arg| arg == "--remember"),
        ..BuildOptions::default()
    };
    let Ok(mut resolved) = stegvis::read_site(&root, config, &options, None) else {
        eprintln!("stages: cannot load {}", root.display());
        std::process::exit(2);
    };
    let scanner = check::html::Scanner::default();
    let output = resolved.render(&scanner, None);
    let started = Instant::now();
    check::html::check(
        &output,
        scanner,
        &resolved.site,
        &resolved.config,
        &resolved.sources.templates,
        &mut resolved.findings,
    );
    let mut timings = resolved.timings.clone();
    timings.push(("check: rendered HTML", started.elapsed()));

    let total: Duration = timings.iter().map(|(_, duration)| *duration).sum();
    for (name, duration) in &timings {
        println!("{name:<40} {:>8.1} ms", duration.as_secs_f64() * 1000.0);
    }
    println!(
        "{:<40} {:>8.1} ms",
        "check in memory",
        total.as_secs_f64() * 1000.0
    );
    println!(
        "{} pages, {} findings; {} documents read, {} from the cache",
        resolved.site.pages.len(),
        resolved.findings.n_errors() + resolved.findings.n_warnings(),
        resolved.read.read,
        resolved.read.cached
    );
}
