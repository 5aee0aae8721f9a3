//! `stegvis serve`: build in memory, serve on 127.0.0.1:1111, rebuild on change,
//! reload the open tabs, show build errors in the page.

use std::net::{IpAddr, SocketAddr};
use std::path::PathBuf;

use tokio::sync::broadcast;

use crate::config::ConfigOverrides;
use crate::serve::{self, server};
use crate::{BuildOptions, Drafts};

use super::ExitCode;

#[derive(Debug, clap::Args)]
pub(crate) struct ServeArgs {
    /// The site folder (with site.toml and content/)
    #[arg(long, default_value = ".")]
    pub root: PathBuf,
    /// The port to listen on (0 picks a free one)
    #[arg(long, default_value_t = 1111)]
    pub port: u16,
    /// The address to listen on; anything but loopback shares the preview with the network
    #[arg(long, default_value = "127.0.0.1")]
    pub bind: IpAddr,
    /// Include pages with draft: true (default: drafts are shown while previewing)
    #[arg(long, default_value_t = true, action = clap::ArgAction::Set)]
    pub drafts: bool,
    /// Open the site in the browser
    #[arg(long)]
    pub open: bool,
    /// The port of the browser editor's local backend, on 127.0.0.1, when
    /// the site has static/admin/config.yml (see `stegvis cms`)
    #[arg(long, default_value_t = crate::cms::LOCAL_BACKEND_PORT)]
    pub cms_port: u16,
}

pub(crate) fn run(args: &ServeArgs) -> ExitCode {
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(runtime) => runtime,
        Err(error) => {
            errln!("error: cannot start the server: {error}");
            return ExitCode::UsageOrConfig;
        }
    };
    runtime.block_on(serve_async(args))
}

async fn serve_async(args: &ServeArgs) -> ExitCode {
    let options = BuildOptions {
        drafts: Drafts::from_flag(args.drafts),
        now: None,
        overrides: ConfigOverrides::default(),
        remember: true,
        pack_texts_above: None,
    };
    // The site's own base_url names the public host; the preview serves its path here.
    if let Err(error) = crate::config::read(&args.root, &options.overrides) {
        super::print_fatal_human(&crate::Error::Config(error), &args.root);
        return ExitCode::UsageOrConfig;
    }
    let served = serve::empty();
    let mut cache = crate::BuildCache::default();
    let first = serve::apply(&served, &args.root, &options, &mut cache).unwrap_or_default();
    let (changes, _) = broadcast::channel(16);
    match serve::watch::start(
        args.root.clone(),
        options.clone(),
        served.clone(),
        changes.clone(),
        cache,
    ) {
        Ok(()) => {}
        Err(error) => {
            errln!(
                "error: cannot watch {} for changes: {error}",
                args.root.display()
            );
            return ExitCode::UsageOrConfig;
        }
    };
    let address = SocketAddr::new(args.bind, args.port);
    let listener = match tokio::net::TcpListener::bind(address).await {
        Ok(listener) => listener,
        Err(error) => {
            errln!("error: cannot listen on {address}: {error} (try another --port)");
            return ExitCode::UsageOrConfig;
        }
    };
    let local = listener.local_addr().unwrap_or(address);
    if !args.bind.is_loopback() {
        errln!(
            "warning: listening on {} — anyone on the network can see the preview",
            args.bind
        );
    }
    let base_path = served
        .read()
        .map(|state| state.base_path.clone())
        .unwrap_or_else(|_| String::from("/"));
    let url = format!("http://{local}{base_path}");
    outln!("Serving {} at {url} (Ctrl-C to stop)", args.root.display());
    super::print_findings(
        &first.findings,
        super::Format::Human,
        super::messages_from_env(),
        &args.root,
    );
    let editor = start_cms_backend(args).await;
    if args.open {
        open_browser(&url);
    }
    let app = server::router(server::AppState {
        served,
        changes,
        editor,
    });
    let shutdown = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    match axum::serve(listener, app)
        .with_graceful_shutdown(shutdown)
        .await
    {
        Ok(()) => ExitCode::Success,
        Err(error) => {
            errln!("error: the server stopped: {error}");
            ExitCode::UsageOrConfig
        }
    }
}

/// The browser editor's local backend, when the site has an editor
/// (`static/admin/config.yml`): on loopback only, whatever `--bind` says,
/// serving the editor on its own origin. Returns the editor's address.
async fn start_cms_backend(args: &ServeArgs) -> Option<String> {
    if !args.root.join("static/admin/config.yml").is_file() {
        return None;
    }
    let address = SocketAddr::from(([127, 0, 0, 1], args.cms_port));
    let listener = match tokio::net::TcpListener::bind(address).await {
        Ok(listener) => listener,
        Err(error) => {
            errln!(
                "warning: the browser editor's local backend cannot listen on {address}: {error}; the editor cannot save (try another --cms-port, and write it with stegvis cms --backend-port)"
            );
            return None;
        }
    };
    let port = listener
        .local_addr()
        .map_or(args.cms_port, |local| local.port());
    let prefix = super::cms::repository_folder(&args.root);
    let repo = crate::cms::backend::LocalRepo::new(&args.root, &prefix);
    let app = serve::cms::router(repo, port);
    let editor = format!("{}/admin/", serve::cms::origin(port));
    outln!("Editing in the browser at {editor} (it saves into content/, static/ and data/)");
    tokio::spawn(async move {
        let _ = axum::serve(listener, app).await;
    });
    Some(editor)
}

/// `$BROWSER` (the first of its `:`-separated commands) if set, else the
/// system's opener.
fn open_browser(url: &str) {
    let from_env = std::env::var("BROWSER").ok().and_then(|browsers| {
        browsers
            .split(':')
            .map(str::trim)
            .find(|browser| !browser.is_empty())
            .map(str::to_string)
    });
    let opener = from_env.unwrap_or_else(|| {
        String::from(if cfg!(target_os = "macos") {
            "open"
        } else {
            "xdg-open"
        })
    });
    if std::process::Command::new(&opener)
        .arg(url)
        .spawn()
        .is_err()
    {
        errln!("could not open a browser with {opener}; open {url} yourself");
    }
}
