//! The HTTP side of `serve`: GET and HEAD of the in-memory site under its base
//! path, the theme's 404 page, and the event stream that reloads open tabs.
//! Paths are looked up in the built output only, and any path with `..`, a
//! backslash or a NUL (raw or percent-encoded) is refused before that.
//! Only requests for localhost or an IP address are answered: a page on
//! another domain that rebinds its name to 127.0.0.1 must not read the
//! preview, drafts included.

use std::convert::Infallible;
use std::time::Duration;

use axum::Router;
use axum::body::Body;
use axum::extract::State;
use axum::http::{HeaderValue, Method, Request, Response, StatusCode, header};
use axum::response::sse::{Event, KeepAlive, Sse};
use percent_encoding::percent_decode_str;
use tokio::sync::broadcast;
use tokio_stream::StreamExt;
use tokio_stream::wrappers::BroadcastStream;

use crate::load::FileBytes;
use crate::render::OutputFile;

use super::reload::{EVENTS_PATH, OVERVIEW_PATH, inject};
use super::{Change, SharedServed};

#[derive(Clone)]
pub(crate) struct AppState {
    pub served: SharedServed,
    pub changes: broadcast::Sender<Change>,
    /// The browser editor's address on the backend's own origin, when it
    /// runs: the preview's `/admin/` sends the editor there, since the
    /// preview's pages may not call the backend (`serve::cms`).
    pub editor: Option<String>,
}

pub(crate) fn router(state: AppState) -> Router {
    Router::new()
        .route(EVENTS_PATH, axum::routing::get(events))
        .fallback(file)
        .layer(axum::middleware::from_fn(only_this_machine))
        .with_state(state)
}

async fn events(
    State(state): State<AppState>,
) -> Sse<impl tokio_stream::Stream<Item = Result<Event, Infallible>>> {
    let stream = BroadcastStream::new(state.changes.subscribe()).filter_map(|change| {
        let event = match change.ok()? {
            Change::Reload(None) => Event::default().event("reload").data("*"),
            Change::Reload(Some(hrefs)) => {
                let hrefs = serde_json::to_string(&hrefs).unwrap_or_else(|_| "*".into());
                Event::default().event("reload").data(hrefs)
            }
            Change::Css => Event::default().event("css").data("css"),
            Change::Page(href) => Event::default().event("page").data(href),
        };
        Some(Ok(event))
    });
    Sse::new(stream).keep_alive(KeepAlive::new().interval(Duration::from_secs(15)))
}

/// Answers 421 to a request for any other host than this machine, before
/// every route.
async fn only_this_machine(request: Request<Body>, next: axum::middleware::Next) -> Response<Body> {
    let host = request
        .headers()
        .get(header::HOST)
        .and_then(|host| host.to_str().ok());
    if !host.is_none_or(host_allowed) {
        return status(
            StatusCode::MISDIRECTED_REQUEST,
            "this preview answers only localhost and IP addresses",
        );
    }
    next.run(request).await
}

async fn file(State(state): State<AppState>, request: Request<Body>) -> Response<Body> {
    if request.method() != Method::GET && request.method() != Method::HEAD {
        return status(StatusCode::METHOD_NOT_ALLOWED, "GET and HEAD only");
    }
    let raw_path = request.uri().path();
    let Some(path) = safe_path(raw_path) else {
        return status(StatusCode::BAD_REQUEST, "bad path");
    };
    if path == OVERVIEW_PATH || path == OVERVIEW_PATH.trim_end_matches('/') {
        return overview(&state, path != OVERVIEW_PATH);
    }
    if let Some(editor) = state
        .editor
        .as_deref()
        .filter(|_| is_admin_page(&state, &path))
    {
        return temporary_redirect(editor);
    }
    let (found, files_404, findings, language, base_path, sources) = {
        let Ok(served) = state.served.read() else {
            return status(StatusCode::INTERNAL_SERVER_ERROR, "state unavailable");
        };
        let base_path = served.base_path.clone();
        let found = path
            .strip_prefix(&base_path)
            .or_else(|| (path.clone() + "/").strip_prefix(&base_path).map(|_| ""))
            .and_then(|below| lookup(&served.files, below))
            .map(|(name, file)| (name, file.clone()));
        let not_found = served.files.get("404.html").cloned();
        (
            found,
            not_found,
            std::sync::Arc::clone(&served.findings),
            served.language,
            base_path,
            served.sources.clone(),
        )
    };
    if path == "/" && base_path != "/" && found.is_none() {
        return redirect(&base_path);
    }
    let head = request.method() == Method::HEAD;
    match found {
        Some((name, file)) => {
            if name.ends_with("index.html") && !path.ends_with('/') && !path.ends_with(".html") {
                return redirect(&format!("{path}/"));
            }
            let current = sources.get(&name).map(std::path::PathBuf::as_path);
            let page = Page {
                findings: &findings,
                language,
                current,
            };
            respond(StatusCode::OK, &name, &file, &page, head).await
        }
        None => match files_404 {
            Some(file) => {
                let page = Page {
                    findings: &findings,
                    language,
                    current: None,
                };
                respond(StatusCode::NOT_FOUND, "404.html", &file, &page, head).await
            }
            None => status(StatusCode::NOT_FOUND, "not found"),
        },
    }
}

/// Whether a Host header names this machine the way a browser on it would:
/// `localhost` (or a name under it) or an IP address, with or without a port.
/// A DNS-rebinding page always sends its own domain name.
pub(super) fn host_allowed(host: &str) -> bool {
    let name = match host.strip_prefix('[') {
        // [::1]:1111
        Some(bracketed) => match bracketed.split_once(']') {
            Some((address, rest)) if rest.is_empty() || rest.starts_with(':') => {
                return address.parse::<std::net::Ipv6Addr>().is_ok();
            }
            _ => return false,
        },
        None => host.rsplit_once(':').map_or(host, |(name, port)| {
            if port.chars().all(|ch| ch.is_ascii_digit()) {
                name
            } else {
                host
            }
        }),
    };
    let name = name.trim_end_matches('.').to_ascii_lowercase();
    name == "localhost"
        || name.ends_with(".localhost")
        || name.parse::<std::net::Ipv4Addr>().is_ok()
}

/// `a/` → `a/index.html`, `a` → `a/index.html` (then redirected), `a.css` as it is.
fn lookup<'f>(
    files: &'f std::collections::BTreeMap<String, OutputFile>,
    below: &str,
) -> Option<(String, &'f OutputFile)> {
    let candidates = if below.is_empty() || below.ends_with('/') {
        vec![format!("{below}index.html")]
    } else {
        vec![below.to_string(), format!("{below}/index.html")]
    };
    candidates
        .into_iter()
        .find_map(|candidate| files.get(&candidate).map(|file| (candidate, file)))
}

/// The decoded path, or `None` if it tries to leave the site.
fn safe_path(raw: &str) -> Option<String> {
    let decoded = percent_decode_str(raw).decode_utf8().ok()?.into_owned();
    if !decoded.starts_with('/')
        || decoded.contains('\\')
        || decoded.contains('\0')
        || decoded.starts_with("//")
    {
        return None;
    }
    if decoded
        .split('/')
        .any(|segment| segment == ".." || segment == ".")
    {
        return None;
    }
    Some(decoded)
}

/// What is shown over a served page: the latest findings, in the site's
/// language, and which source the page is.
struct Page<'p> {
    findings: &'p crate::findings::Findings,
    language: crate::config::Language,
    current: Option<&'p std::path::Path>,
}

/// The editor's overview, with the reload script; `/_stegvis` redirects to it.
fn overview(state: &AppState, redirect_to_slash: bool) -> Response<Body> {
    if redirect_to_slash {
        return redirect(OVERVIEW_PATH);
    }
    let Ok(served) = state.served.read() else {
        return status(StatusCode::INTERNAL_SERVER_ERROR, "state unavailable");
    };
    let html = inject(
        &super::overview::page(&served),
        &crate::findings::Findings::default(),
        served.language,
        None,
    );
    Response::builder()
        .status(StatusCode::OK)
        .header(header::CONTENT_TYPE, "text/html; charset=utf-8")
        .header(header::CACHE_CONTROL, "no-store")
        .body(Body::from(html))
        .unwrap_or_else(|_| status(StatusCode::INTERNAL_SERVER_ERROR, "response"))
}

async fn respond(
    code: StatusCode,
    name: &str,
    file: &OutputFile,
    page: &Page<'_>,
    head: bool,
) -> Response<Body> {
    let bytes: Vec<u8> = match file {
        OutputFile::Bytes(bytes) => bytes.clone(),
        OutputFile::Page(bytes) => bytes.to_vec(),
        OutputFile::Copy(FileBytes::Embedded(bytes)) => bytes.to_vec(),
        // Attachments may be large, and read by many at once: streamed, and
        // HEAD answered from the file's metadata.
        OutputFile::Copy(FileBytes::Disk(path)) => return stream(code, name, path, head).await,
        // serve renders into memory and never hands pages to a sink.
    };
    let bytes = if name.ends_with(".html") {
        inject(
            &String::from_utf8_lossy(&bytes),
            page.findings,
            page.language,
            page.current,
        )
        .into_bytes()
    } else {
        bytes
    };
    let length = bytes.len() as u64;
    let body = if head {
        Body::empty()
    } else {
        Body::from(bytes)
    };
    with_headers(Response::new(body), code, name, length)
}

/// A file on disk, read in pieces as the client takes them.
async fn stream(
    code: StatusCode,
    name: &str,
    path: &std::path::Path,
    head: bool,
) -> Response<Body> {
    let Ok(file) = tokio::fs::File::open(path).await else {
        return status(StatusCode::NOT_FOUND, "not found");
    };
    let Ok(metadata) = file.metadata().await else {
        return status(StatusCode::NOT_FOUND, "not found");
    };
    let body = if head {
        Body::empty()
    } else {
        Body::from_stream(tokio_util::io::ReaderStream::new(file))
    };
    with_headers(Response::new(body), code, name, metadata.len())
}

fn with_headers(
    mut response: Response<Body>,
    code: StatusCode,
    name: &str,
    length: u64,
) -> Response<Body> {
    *response.status_mut() = code;
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static(content_type(name)),
    );
    headers.insert(header::CONTENT_LENGTH, HeaderValue::from(length));
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}

fn status(code: StatusCode, text: &'static str) -> Response<Body> {
    let mut response = Response::new(Body::from(text));
    *response.status_mut() = code;
    response
}

/// Whether a path is the admin page (`/admin`, `/admin/`, `/admin/index.html`
/// under the base path).
fn is_admin_page(state: &AppState, path: &str) -> bool {
    let base_path = state
        .served
        .read()
        .map(|served| served.base_path.clone())
        .unwrap_or_else(|_| String::from("/"));
    path.strip_prefix(&base_path)
        .is_some_and(|below| matches!(below, "admin" | "admin/" | "admin/index.html"))
}

fn temporary_redirect(to: &str) -> Response<Body> {
    let mut response = redirect(to);
    *response.status_mut() = StatusCode::TEMPORARY_REDIRECT;
    response
}

fn redirect(to: &str) -> Response<Body> {
    let mut response = Response::new(Body::empty());
    *response.status_mut() = StatusCode::FOUND;
    if let Ok(location) =
        HeaderValue::from_str(&percent_encoding::utf8_percent_encode(to, PATH).to_string())
    {
        response.headers_mut().insert(header::LOCATION, location);
    }
    response
}

/// Characters kept as they are in a Location path.
const PATH: &percent_encoding::AsciiSet = &percent_encoding::CONTROLS
    .add(b' ')
    .add(b'"')
    .add(b'<')
    .add(b'>')
    .add(b'`');

pub(super) fn content_type(name: &str) -> &'static str {
    let extension = name
        .rsplit_once('.')
        .map_or("", |(_, extension)| extension)
        .to_ascii_lowercase();
    match extension.as_str() {
        "html" => "text/html; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "js" => "text/javascript; charset=utf-8",
        "json" => "application/json",
        "xml" => "application/xml; charset=utf-8",
        "txt" => "text/plain; charset=utf-8",
        "csv" => "text/csv; charset=utf-8",
        "yml" | "yaml" => "text/yaml; charset=utf-8",
        "ics" => "text/calendar; charset=utf-8",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "gif" => "image/gif",
        "webp" => "image/webp",
        "ico" => "image/x-icon",
        "pdf" => "application/pdf",
        "docx" => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "xlsx" => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "pptx" => "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        "woff2" => "font/woff2",
        _ => "application/octet-stream",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_localhost_and_ip_addresses_are_answered() {
        for host in [
            "localhost",
            "localhost:1111",
            "LOCALHOST.",
            "preview.localhost:8080",
            "127.0.0.1:1111",
            "192.168.1.20",
            "[::1]:1111",
            "[::1]",
        ] {
            assert!(host_allowed(host), "{host}");
        }
        for host in [
            "attacker.example",
            "attacker.example:1111",
            "localhost.attacker.example",
            "127.0.0.1.nip.io",
            "[::1]x",
            "",
        ] {
            assert!(!host_allowed(host), "{host}");
        }
    }

    #[test]
    fn paths_that_leave_the_site_are_refused() {
        assert_eq!(safe_path("/a/b/").as_deref(), Some("/a/b/"));
        assert_eq!(safe_path("/m%C3%B6ten/").as_deref(), Some("/möten/"));
        assert_eq!(safe_path("/../site.toml"), None);
        assert_eq!(safe_path("/%2e%2e/site.toml"), None);
        assert_eq!(safe_path("/a/..%2fsite.toml"), None);
        assert_eq!(safe_path("/a%5c..%5csite.toml"), None);
        assert_eq!(safe_path("//etc/passwd"), None);
    }
}
