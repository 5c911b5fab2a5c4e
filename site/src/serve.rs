//! A local server for a published site: the files as they are, their `.br`/`.gz` copies to
//! readers that accept them, and exactly the headers of `_headers` (from [`headers`]).

use std::net::SocketAddr;
use std::path::PathBuf;

use axum::extract::Request;
use axum::http::{HeaderName, HeaderValue};
use axum::middleware::{self, Next};
use axum::response::Response;
use axum::Router;
use tower_http::services::ServeDir;

use crate::headers;

/// Serves `dir` on 127.0.0.1:`port` (0 picks a free port) until the process ends. Prints the
/// address once listening, which scripts and tests wait for.
pub async fn serve(dir: PathBuf, port: u16) -> std::io::Result<()> {
    let files = ServeDir::new(&dir)
        .precompressed_br()
        .precompressed_gzip()
        .append_index_html_on_directories(true);
    let app = Router::new()
        .fallback_service(files)
        .layer(middleware::from_fn(with_headers));
    let listener = tokio::net::TcpListener::bind(SocketAddr::from(([127, 0, 0, 1], port))).await?;
    let address = listener.local_addr()?;
    println!("serving {} on http://{address}/", dir.display());
    axum::serve(listener, app).await
}

/// Adds the published headers of the requested path; replaces what the file service set
/// for the same names (e.g. its own `Vary`), so each header appears once.
async fn with_headers(request: Request, next: Next) -> Response {
    let path = request.uri().path().to_owned();
    let mut response = next.run(request).await;
    if !response.status().is_success() && response.status().as_u16() != 304 {
        return response;
    }
    let path = if path.ends_with('/') {
        format!("{path}index.html")
    } else {
        path
    };
    if let Some(kind) = headers::content_type(&path) {
        response
            .headers_mut()
            .insert("content-type", HeaderValue::from_static(kind));
    }
    for (name, value) in headers::for_path(&path) {
        response.headers_mut().insert(
            HeaderName::from_static(static_lowercase(name)),
            HeaderValue::from_static(value),
        );
    }
    response
}

/// Header names are written as people read them (`Cache-Control`); HTTP/1 sends them
/// case-insensitively and the `http` crate wants them lower-case.
fn static_lowercase(name: &'static str) -> &'static str {
    match name {
        "Access-Control-Allow-Origin" => "access-control-allow-origin",
        "Vary" => "vary",
        "X-Content-Type-Options" => "x-content-type-options",
        "Cache-Control" => "cache-control",
        "Content-Type" => "content-type",
        other => panic!("header {other} has no lower-case spelling here"),
    }
}
