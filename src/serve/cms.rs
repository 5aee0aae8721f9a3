//! The browser editor's local backend beside the preview, on its own origin:
//! `http://127.0.0.1:PORT/admin/` serves the editor (the files of the site's
//! `static/admin/`), and Decap CMS there posts to `/api/v1` of the same
//! origin, where `cms::backend` reads and writes the site's files.
//!
//! The preview's pages show content under review (a pull request, a page
//! pasted from elsewhere), so they are not trusted with the backend: it
//! answers a browser only from its own origin, exactly, and sends no CORS
//! header, so no page of the preview, of another port or of another address
//! can call it. Listening on loopback only, it answers only a Host of this
//! machine (no DNS rebinding), and the editor's pages may not be framed.

use std::sync::Arc;

use axum::Router;
use axum::body::{Body, Bytes};
use axum::extract::{Request, State};
use axum::http::{HeaderMap, HeaderValue, Method, Response, StatusCode, header};

use crate::cms::backend::LocalRepo;

/// The largest request: a template file uploaded with its page.
const BODY_LIMIT: usize = 64 * 1024 * 1024;

/// Requests answered at once; the others wait. Each holds its body (up to
/// `BODY_LIMIT`) while it is answered, so this bounds the memory too.
const AT_ONCE: usize = 4;

/// The editor's pages: scripts only from the backend's own origin (Decap
/// compiles its configuration's schema, hence `unsafe-eval`) and from the
/// hosts the admin page names, so an inline script or event handler in a
/// page's body, shown in Decap's preview pane, does not run; no framing.
/// `connect-src blob:`: Decap keeps an unsaved entry's backup by fetching
/// a blob of its own (without it, an editor's draft is not backed up).
const ADMIN_POLICY: &str = "default-src 'self'; script-src 'self' 'unsafe-eval'{hosts}; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self' blob:; frame-src 'self' blob:; object-src 'none'; base-uri 'self'; form-action 'none'; frame-ancestors 'none'";

#[derive(Clone)]
struct Backend {
    repo: Arc<LocalRepo>,
    /// `http://127.0.0.1:PORT`: the one origin that may call the backend.
    origin: String,
    at_once: Arc<tokio::sync::Semaphore>,
}

pub(crate) fn router(repo: LocalRepo, port: u16) -> Router {
    let backend = Backend {
        repo: Arc::new(repo),
        origin: origin(port),
        at_once: Arc::new(tokio::sync::Semaphore::new(AT_ONCE)),
    };
    Router::new()
        .route("/api/v1", axum::routing::any(api))
        .route("/admin", axum::routing::get(to_admin))
        .route("/admin/", axum::routing::get(admin))
        .route("/admin/{*file}", axum::routing::get(admin))
        .layer(axum::extract::DefaultBodyLimit::max(BODY_LIMIT))
        .layer(axum::middleware::from_fn_with_state(
            backend.clone(),
            one_at_a_time,
        ))
        .with_state(backend)
}

/// The editor's address: the one origin the backend answers a browser from.
pub(crate) fn origin(port: u16) -> String {
    format!("http://127.0.0.1:{port}")
}

/// Host of this machine, the one origin (or none, as from `curl`), and no
/// more than `AT_ONCE` requests at a time, before any body is read.
async fn one_at_a_time(
    State(backend): State<Backend>,
    request: Request,
    next: axum::middleware::Next,
) -> Response<Body> {
    if !allowed(request.headers(), &backend.origin) {
        return answer(
            StatusCode::FORBIDDEN,
            "application/json",
            r#"{"error":"only the editor at its own address on this machine may edit the site"}"#
                .into(),
        );
    }
    let Ok(_permit) = backend.at_once.clone().acquire_owned().await else {
        return answer(
            StatusCode::SERVICE_UNAVAILABLE,
            "application/json",
            r#"{"error":"stopping"}"#.into(),
        );
    };
    next.run(request).await
}

/// Whether a request may be answered: a Host of this machine, and from a
/// browser only the editor's own origin. `Sec-Fetch-Site`, where a browser
/// sends it, must say the same.
fn allowed(headers: &HeaderMap, origin: &str) -> bool {
    let text = |name: header::HeaderName| {
        headers
            .get(name)
            .map(|value| value.to_str().unwrap_or("\u{0}"))
    };
    let host_ok = text(header::HOST).is_some_and(super::server::host_allowed);
    let origin_ok = text(header::ORIGIN).is_none_or(|sent| sent == origin);
    let site_ok = headers
        .get("sec-fetch-site")
        .is_none_or(|site| site == "same-origin" || site == "none");
    host_ok && origin_ok && site_ok
}

async fn api(State(backend): State<Backend>, method: Method, body: Bytes) -> Response<Body> {
    if method != Method::POST {
        return answer(
            StatusCode::METHOD_NOT_ALLOWED,
            "application/json",
            "{}".into(),
        );
    }
    let repo = backend.repo.clone();
    let result = tokio::task::spawn_blocking(move || repo.answer(body)).await;
    match result {
        Ok(Ok(value)) => answer(StatusCode::OK, "application/json", value.to_string()),
        Ok(Err(refused)) => {
            // A file asked for that is not there is the editor's business
            // (it shows none); anything refused or failed is said.
            if refused.status != 404 {
                use std::io::Write as _;
                let _ = writeln!(
                    std::io::stderr().lock(),
                    "browser editor: {}",
                    crate::findings::printable(&refused.message)
                );
            }
            let status =
                StatusCode::from_u16(refused.status).unwrap_or(StatusCode::UNPROCESSABLE_ENTITY);
            answer(
                status,
                "application/json",
                serde_json::json!({ "error": refused.message }).to_string(),
            )
        }
        Err(_) => answer(
            StatusCode::INTERNAL_SERVER_ERROR,
            "application/json",
            r#"{"error":"failed"}"#.into(),
        ),
    }
}

/// `/admin` and any Host but the origin's own (`localhost:PORT`) go to
/// the one address whose pages may call the backend.
async fn to_admin(State(backend): State<Backend>) -> Response<Body> {
    redirect(&format!("{}/admin/", backend.origin))
}

fn redirect(to: &str) -> Response<Body> {
    let mut response = answer(StatusCode::TEMPORARY_REDIRECT, "text/plain", String::new());
    if let Ok(location) = HeaderValue::from_str(to) {
        response.headers_mut().insert(header::LOCATION, location);
    }
    response
}

/// A file of the site's `static/admin/`, read now (a new `stegvis cms` is
/// seen without a restart), by the backend's rules: no link on the way.
async fn admin(State(backend): State<Backend>, request: Request) -> Response<Body> {
    let own_host = backend.origin.strip_prefix("http://").is_some_and(|own| {
        request
            .headers()
            .get(header::HOST)
            .is_some_and(|host| host == own)
    });
    let path = request.uri().path();
    if !own_host {
        return redirect(&format!("{}{path}", backend.origin));
    }
    let name = path.trim_start_matches("/admin/");
    let name = if name.is_empty() { "index.html" } else { name };
    let name = percent_encoding::percent_decode_str(name)
        .decode_utf8_lossy()
        .into_owned();
    let repo = backend.repo.clone();
    let file_name = name.clone();
    let read = tokio::task::spawn_blocking(move || repo.admin_file(&file_name)).await;
    let Ok(Some(bytes)) = read else {
        return answer(StatusCode::NOT_FOUND, "text/plain", "not found".into());
    };
    let content_type = super::server::content_type(&name);
    let policy = content_type
        .starts_with("text/html")
        .then(|| ADMIN_POLICY.replace("{hosts}", &script_hosts(&bytes)));
    let mut response = Response::new(Body::from(bytes));
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    headers.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    headers.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    headers.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    if let Some(policy) = policy.and_then(|policy| HeaderValue::from_str(&policy).ok()) {
        headers.insert(header::CONTENT_SECURITY_POLICY, policy);
    }
    response
}

/// The origins of the scripts an admin page loads from elsewhere (`stegvis
/// cms --script https://…`), each after a space, for the policy.
fn script_hosts(page: &[u8]) -> String {
    use html5gum::{Token, Tokenizer};
    let mut hosts = std::collections::BTreeSet::new();
    for Ok(token) in Tokenizer::new(page) {
        let Token::StartTag(tag) = token else {
            continue;
        };
        if tag.name.as_slice() != b"script" {
            continue;
        }
        let Some(src) = tag.attributes.get(b"src".as_slice()) else {
            continue;
        };
        let src = String::from_utf8_lossy(src);
        let Some((scheme, rest)) = src.split_once("://") else {
            continue;
        };
        let host = rest.split(['/', '?', '#']).next().unwrap_or("");
        let safe =
            |ch: char| ch.is_ascii_alphanumeric() || matches!(ch, '.' | '-' | ':' | '[' | ']');
        if matches!(scheme, "https" | "http") && !host.is_empty() && host.chars().all(safe) {
            hosts.insert(format!(" {scheme}://{host}"));
        }
    }
    hosts.into_iter().collect()
}

fn answer(status: StatusCode, content_type: &'static str, body: String) -> Response<Body> {
    let mut response = Response::new(Body::from(body));
    *response.status_mut() = status;
    response
        .headers_mut()
        .insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(pairs: &[(&'static str, &str)]) -> HeaderMap {
        let mut map = HeaderMap::new();
        for (name, value) in pairs {
            map.insert(*name, HeaderValue::from_str(value).expect("header"));
        }
        map
    }

    #[test]
    fn only_the_editors_own_origin_may_call() {
        let origin = origin(8081);
        let host = ("host", "127.0.0.1:8081");
        assert!(
            allowed(&headers(&[host]), &origin),
            "no Origin: not a browser"
        );
        assert!(allowed(
            &headers(&[host, ("origin", "http://127.0.0.1:8081")]),
            &origin
        ));
        for other in [
            "http://127.0.0.1:1111",
            "http://localhost:8081",
            "http://203.0.113.7:1111",
            "http://127.0.0.2:8081",
            "http://[::1]:8081",
            "http://x.localhost:8081",
            "https://127.0.0.1:8081",
            "null",
        ] {
            assert!(
                !allowed(&headers(&[host, ("origin", other)]), &origin),
                "{other}"
            );
        }
        assert!(!allowed(
            &headers(&[host, ("sec-fetch-site", "same-site")]),
            &origin
        ));
        assert!(!allowed(
            &headers(&[("host", "evil.example:8081")]),
            &origin
        ));
    }

    #[test]
    fn the_policy_names_the_hosts_of_the_admin_pages_scripts() {
        let page = br#"<script src="decap-cms.js"></script><script src="https://unpkg.com/decap-cms@3/dist/decap-cms.js"></script><script>inline()</script><script src="javascript:alert(1)"></script>"#;
        assert_eq!(script_hosts(page), " https://unpkg.com");
        assert_eq!(
            script_hosts(b"<script src=\"https://a.example; script-src *\"></script>"),
            ""
        );
    }
}
