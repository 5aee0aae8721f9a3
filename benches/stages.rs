//! Times each stage of the pipeline on a site, in memory (nothing is written):
//! `cargo run --release --example stages -- DIR`. Shows what link and fragment
//! checking (`resolve::links`, `resolve::references`) add to a build, and what
//! `check`'s HTML pass costs on top.

use std::path::PathBuf;
use std::time::{Duration, Instant};

use stegvis::config::{self, ConfigOverrides};
use stegvis::findings::Findings;
use stegvis::{check, load, parse, render, resolve};

fn main() {
    let Some(root) = std::env::args().nth(1).map(PathBuf::from) else {
        eprintln!("usage: stages DIR");
        std::process::exit(2);
    };
    let mut timings: Vec<(&str, Duration)> = Vec::new();
    let mut time = |name: &'static str, started: Instant| timings.push((name, started.elapsed()));

    let started = Instant::now();
    let Ok(config) = config::read(&root, &ConfigOverrides::default()) else {
        eprintln!("stages: cannot read {}/site.toml", root.display());
        std::process::exit(2);
    };
    let mut findings = Findings::default();
    let Ok(mut sources) = load::site(&root, &config, &mut findings) else {
        eprintln!("stages: cannot load {}", root.display());
        std::process::exit(2);
    };
    time("load", started);

    let started = Instant::now();
    let documents = parse::documents(std::mem::take(&mut sources.pages), &mut findings);
    time("parse", started);

    let started = Instant::now();
    let site = resolve::site(
        documents,
        sources.attachments.clone(),
        &sources.refused,
        &config,
        resolve::Drafts::Exclude,
        &mut findings,
    );
    time("resolve: urls, kinds, links, references", started);

    let started = Instant::now();
    let output = render::site(
        &site,
        &sources,
        &config,
        jiff::civil::date(2026, 1, 1),
        None,
        None,
        &mut findings,
    );
    time("render", started);

    let started = Instant::now();
    let scanner = check::html::Scanner::default();
    check::html::check(
        &output,
        scanner,
        &site,
        &config,
        &sources.templates,
        &mut findings,
    );
    time("check: rendered HTML", started);

    let total: Duration = timings.iter().map(|(_, duration)| *duration).sum();
    let build: Duration = timings
        .iter()
        .filter(|(name, _)| !name.starts_with("check"))
        .map(|(_, duration)| *duration)
        .sum();
    for (name, duration) in &timings {
        println!("{name:<40} {:>8.1} ms", duration.as_secs_f64() * 1000.0);
    }
    let links = timings
        .iter()
        .find(|(name, _)| name.starts_with("resolve: links"))
        .map_or(Duration::ZERO, |(_, duration)| *duration);
    println!(
        "{:<40} {:>8.1} ms",
        "build in memory (no writing)",
        build.as_secs_f64() * 1000.0
    );
    println!(
        "{:<40} {:>8.1} ms",
        "check in memory",
        total.as_secs_f64() * 1000.0
    );
    println!(
        "link and fragment checking: {:.1} % of the build",
        100.0 * links.as_secs_f64() / build.as_secs_f64().max(f64::EPSILON)
    );
    println!(
        "{} pages, {} findings",
        site.pages.len(),
        findings.n_errors() + findings.n_warnings()
    );
}
