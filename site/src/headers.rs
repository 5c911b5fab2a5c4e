//! The HTTP headers every published file needs, in one place: `publish` writes them into
//! `_headers` (the format Netlify and Cloudflare Pages read) and `serve` sends exactly these.

/// Folder of the files whose names carry a hash of their content: they never change, so
/// caches may keep them for a year.
pub const HASHED_DIR: &str = "assets";

/// Hashed files: a new build writes new names, so a cached copy is never stale.
pub const IMMUTABLE: &str = "public, max-age=31536000, immutable";
/// Entry points (the pages and loaders hosts link to by a fixed name): a new build replaces
/// them, so caches must look again soon.
pub const SHORT: &str = "public, max-age=300";

/// Headers every file gets. `*`: the script embed loads the loader, glue, module, styles and
/// prerendered fragments from a news site's page on another origin (module scripts and what
/// they fetch are CORS requests), and WordPress shows the iframe page sandboxed, with the
/// origin `null`. Nothing here is private.
pub const EVERY_FILE: [(&str, &str); 3] = [
    ("Access-Control-Allow-Origin", "*"),
    // Each file is stored plain, as .br and as .gz; caches must key on what the reader accepts.
    ("Vary", "Accept-Encoding"),
    ("X-Content-Type-Options", "nosniff"),
];

/// `application/wasm` lets browsers compile the module while it downloads.
pub const WASM_TYPE: (&str, &str) = ("Content-Type", "application/wasm");

/// The type of a file by its extension, text in UTF-8. Static hosts know these; the local
/// server says them itself (and the `_headers` file names the module's, which some do not).
pub fn content_type(path: &str) -> Option<&'static str> {
    let extension = path.rsplit_once('.')?.1;
    Some(match extension {
        "html" => "text/html; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "json" => "application/json",
        "svg" => "image/svg+xml",
        "wasm" => WASM_TYPE.1,
        _ => return None,
    })
}

/// Whether the file at `path` (relative to the site's folder, `/`-separated) has a hashed name.
pub fn is_hashed(path: &str) -> bool {
    path.trim_start_matches('/')
        .starts_with(&format!("{HASHED_DIR}/"))
}

/// Every header the file at `path` gets, in the order they are written.
pub fn for_path(path: &str) -> Vec<(&'static str, &'static str)> {
    let mut headers: Vec<(&str, &str)> = EVERY_FILE.to_vec();
    headers.push((
        "Cache-Control",
        if is_hashed(path) { IMMUTABLE } else { SHORT },
    ));
    if path.ends_with(".wasm") {
        headers.push(WASM_TYPE);
    }
    headers
}

/// The `_headers` file for a site whose files are `paths` (relative, `/`-separated). Rules
/// never overlap on a header, since hosts merge the headers of every rule that matches.
pub fn headers_file(paths: &[String]) -> String {
    let mut out = String::from(
        "# Written by the build from site/src/headers.rs; the local server sends the same headers.\n",
    );
    let mut rule = |pattern: &str, headers: &[(&str, &str)]| {
        out.push_str(pattern);
        out.push('\n');
        for (name, value) in headers {
            out.push_str(&format!("  {name}: {value}\n"));
        }
    };
    rule("/*", &EVERY_FILE);
    rule(&format!("/{HASHED_DIR}/*"), &[("Cache-Control", IMMUTABLE)]);
    // Entry points by name: a second wildcard rule would overlap the one above.
    rule("/", &[("Cache-Control", SHORT)]);
    for path in paths.iter().filter(|p| !is_hashed(p)) {
        rule(&format!("/{path}"), &[("Cache-Control", SHORT)]);
    }
    for path in paths.iter().filter(|p| p.ends_with(".wasm")) {
        rule(&format!("/{path}"), &[WASM_TYPE]);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashed_files_are_immutable_and_entry_points_short_lived() {
        let cache = |path| {
            for_path(path)
                .into_iter()
                .find(|(name, _)| *name == "Cache-Control")
                .map(|(_, value)| value)
        };
        assert_eq!(cache("assets/widget.0123456789.css"), Some(IMMUTABLE));
        assert_eq!(
            cache("/assets/fragments.0123456789/en.html"),
            Some(IMMUTABLE)
        );
        assert_eq!(cache("deal-explainer.js"), Some(SHORT));
        assert_eq!(cache("embed.nl.terms.auto.html"), Some(SHORT));
        assert!(for_path("assets/x.wasm").contains(&WASM_TYPE));
        assert!(for_path("index.html").contains(&("Access-Control-Allow-Origin", "*")));
    }

    #[test]
    fn the_headers_file_names_every_entry_point_and_no_header_twice_for_a_file() {
        let paths = vec![
            "index.html".to_owned(),
            "deal-explainer.js".to_owned(),
            "assets/deal_explainer_bg.0123456789.wasm".to_owned(),
        ];
        let file = headers_file(&paths);
        assert!(file.contains("/deal-explainer.js\n  Cache-Control: public, max-age=300\n"));
        assert!(file.contains("/assets/*\n  Cache-Control: public, max-age=31536000, immutable\n"));
        assert!(file.contains(
            "/assets/deal_explainer_bg.0123456789.wasm\n  Content-Type: application/wasm\n"
        ));
        assert!(!file.contains("/assets/deal_explainer_bg.0123456789.wasm\n  Cache-Control"));
    }
}
