//! The browser editor's local backend beside the preview: Decap CMS on
//! `/admin/` of the preview posts to `http://127.0.0.1:PORT/api/v1`, and
//! `cms::backend` reads and writes the site's files. Listening on loopback
//! only, it answers only a Host of this machine (no DNS rebinding) and, from
//! a browser, only the preview's own pages (the Origin is checked, and CORS
//! allows that origin and no other).

use axum::Router;
use axum::body::{Body, Bytes};
use axum::extract::State;
use axum::http::{HeaderMap, HeaderValue, Method, Response, StatusCode, header};

use crate::cms::backend::LocalRepo;

/// The largest request: a template file uploaded with its page.
const BODY_LIMIT: usize = 64 * 1024 * 1024;

#[derive(Clone)]
struct Backend {
    repo: std::sync::Arc<LocalRepo>,
    /// The preview's port: pages from it may call the backend.
    preview_port: u16,
}

pub(crate) fn router(repo: LocalRepo, preview_port: u16) -> Router {
    Router::new()
        .route("/api/v1", axum::routing::any(api))
        .layer(axum::extract::DefaultBodyLimit::max(BODY_LIMIT))
        .with_state(Backend {
            repo: std::sync::Arc::new(repo),
            preview_port,
        })
}

async fn api(
    State(backend): State<Backend>,
    method: Method,
    headers: HeaderMap,
    body: Bytes,
) -> Response<Body> {
    let host_ok = headers
        .get(header::HOST)
        .and_then(|host| host.to_str().ok())
        .is_some_and(super::server::host_allowed);
    let origin = headers
        .get(header::ORIGIN)
        .and_then(|origin| origin.to_str().ok());
    let origin_ok = origin.is_none_or(|origin| from_the_preview(origin, backend.preview_port));
    if !host_ok || !origin_ok {
        return answer(
            StatusCode::FORBIDDEN,
            None,
            r#"{"error":"only the preview on this machine may edit the site"}"#.into(),
        );
    }
    match method {
        Method::OPTIONS => answer(StatusCode::NO_CONTENT, origin, String::new()),
        Method::POST => {
            let repo = backend.repo.clone();
            let result = tokio::task::spawn_blocking(move || repo.answer(&body)).await;
            match result {
                Ok(Ok(value)) => answer(StatusCode::OK, origin, value.to_string()),
                Ok(Err(refused)) => {
                    use std::io::Write as _;
                    let _ = writeln!(
                        std::io::stderr().lock(),
                        "browser editor: {}",
                        refused.message
                    );
                    let status = StatusCode::from_u16(refused.status)
                        .unwrap_or(StatusCode::UNPROCESSABLE_ENTITY);
                    answer(
                        status,
                        origin,
                        serde_json::json!({ "error": refused.message }).to_string(),
                    )
                }
                Err(_) => answer(
                    StatusCode::INTERNAL_SERVER_ERROR,
                    origin,
                    r#"{"error":"failed"}"#.into(),
                ),
            }
        }
        _ => answer(StatusCode::METHOD_NOT_ALLOWED, origin, String::new()),
    }
}

/// `http://localhost:1111`, `http://127.0.0.1:1111`, `http://[::1]:1111`:
/// a page of the preview, on this machine, on its port.
fn from_the_preview(origin: &str, preview_port: u16) -> bool {
    let Some(host) = origin.strip_prefix("http://") else {
        return false;
    };
    let port = format!(":{preview_port}");
    host.ends_with(&port) && super::server::host_allowed(host)
}

fn answer(status: StatusCode, origin: Option<&str>, body: String) -> Response<Body> {
    let mut response = Response::new(Body::from(body));
    *response.status_mut() = status;
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/json"),
    );
    headers.insert(header::VARY, HeaderValue::from_static("Origin"));
    if let Some(origin) = origin.and_then(|origin| HeaderValue::from_str(origin).ok()) {
        headers.insert(header::ACCESS_CONTROL_ALLOW_ORIGIN, origin);
        headers.insert(
            header::ACCESS_CONTROL_ALLOW_METHODS,
            HeaderValue::from_static("POST, OPTIONS"),
        );
        headers.insert(
            header::ACCESS_CONTROL_ALLOW_HEADERS,
            HeaderValue::from_static("Content-Type"),
        );
    }
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_previews_own_pages_may_call() {
        assert!(from_the_preview("http://localhost:1111", 1111));
        assert!(from_the_preview("http://127.0.0.1:1111", 1111));
        assert!(!from_the_preview("http://127.0.0.1:2222", 1111));
        assert!(!from_the_preview("http://evil.example:1111", 1111));
        assert!(!from_the_preview("https://localhost:1111", 1111));
        assert!(!from_the_preview("null", 1111));
    }
}
