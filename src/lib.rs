//! Stegvis: a static-site generator for the knowledge portals of improvement
//! networks. `build_site` is the whole pipeline; ARCHITECTURE.md maps it.

pub mod cli;
pub mod config;
pub mod findings;
pub mod kinds;
pub mod load;
pub mod parse;
pub mod render;
pub mod resolve;
pub mod slug;
pub mod write;

use std::path::{Path, PathBuf};

pub use findings::Findings;
pub use render::Output;
pub use resolve::Drafts;

/// What a build is asked to do, beyond site.toml.
#[derive(Debug, Clone, Default)]
pub struct BuildOptions {
    pub drafts: Drafts,
    pub overrides: config::ConfigOverrides,
}

/// A site built in memory, with everything found wrong on the way.
#[derive(Debug)]
pub struct Built {
    pub config: config::SiteConfig,
    pub output: Output,
    pub findings: Findings,
}

/// The site cannot be built at all (exit 2); problems in the content are findings instead.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error(transparent)]
    Config(#[from] config::ConfigError),
    #[error(transparent)]
    Load(#[from] load::LoadError),
}

/// Every stage, in memory; `cli::build` writes the output only if there are no errors.
pub fn build_site(root: &Path, options: &BuildOptions) -> Result<Built, Error> {
    let config = config::read(root, &options.overrides)?;
    let mut findings = Findings::default();
    let sources = load::site(root, &config, &mut findings)?;
    let documents = parse::documents(&sources.pages, &mut findings);
    let site = resolve::site(
        documents,
        sources.attachments.clone(),
        &config,
        options.drafts,
        &mut findings,
    );
    let output = render::site(&site, &sources, &config, &mut findings);
    Ok(Built {
        config,
        output,
        findings,
    })
}

/// Where the output goes: `--output`, else `[build] output_dir`, relative to the site root.
pub fn output_dir(root: &Path, config: &config::SiteConfig) -> PathBuf {
    root.join(&config.output_dir)
}
