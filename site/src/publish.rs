//! Turns a freshly built site folder into what a static host or CDN publishes:
//!
//! - every file a page or loader references gets a name with a hash of its content, in
//!   `assets/` (`widget.css` → `assets/widget.3f2a9c1b07.css`), and every reference to it
//!   is rewritten, so a page built yesterday and files built today never mix: each entry
//!   point loads exactly the files it was built with;
//! - entry points keep their names (the pages, the pasted elements, the two loaders, the
//!   oEmbed answers, the stylesheet of pasted elements): hosts link to them;
//! - every text file and the module are also written brotli- (quality 11) and gzip- (level
//!   9) compressed beside the original (`.br`, `.gz`), for hosts that serve precompressed
//!   files (and for `serve`);
//! - `_headers` says how long each file may be cached and that other origins may load it.
//!
//! A folder named in [`BUNDLE_DIRS`] is hashed as one unit and referenced by its prefix
//! (`fragments/` → `assets/fragments.9c1b07a3f2/`): the loader builds names inside it.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::io::Write;
use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

use crate::headers::{self, HASHED_DIR};

/// Root-level files that keep their names, besides every `.html` and `.json` there: the two
/// loaders, and the styles of the prerendered element hosts paste (a pasted copy lives in an
/// article for years, long after the hashed files of its build are gone).
pub const STABLE_FILES: [&str; 4] = [
    "deal-explainer.js",
    "embed-host.js",
    "deal-explainer.css",
    "deal-explainer-static.css",
];
/// Folders published as one hashed unit.
pub const BUNDLE_DIRS: [&str; 1] = ["fragments"];
/// Extensions of the files whose references are rewritten and which are precompressed.
const TEXT: [&str; 7] = ["html", "js", "mjs", "css", "json", "svg", "txt"];
/// Characters that may stand before and after a reference (quotes, `./`, a URL's `/`,
/// `url(…)`, a query or fragment).
const BEFORE: [char; 5] = ['"', '\'', '/', '(', '`'];
const AFTER: [char; 6] = ['"', '\'', ')', '?', '#', '`'];

#[derive(Debug)]
pub struct Error(String);

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

fn fail<T>(message: impl Into<String>) -> Result<T, Error> {
    Err(Error(message.into()))
}

/// What the published folder holds: each source path (relative to the build folder) and
/// where it went.
pub struct Published {
    pub names: BTreeMap<String, String>,
}

/// One thing that gets a name: a file, or a bundled folder.
struct Unit {
    /// Path in the build folder; a folder ends in `/`.
    source: String,
    /// Its files: (path inside the build folder, bytes).
    files: Vec<(String, Vec<u8>)>,
    entry: bool,
}

impl Unit {
    fn is_dir(&self) -> bool {
        self.source.ends_with('/')
    }
    fn is_text(&self) -> bool {
        !self.is_dir() && is_text(&self.source)
    }
}

fn is_text(path: &str) -> bool {
    path.rsplit_once('.')
        .is_some_and(|(_, ext)| TEXT.contains(&ext))
}

/// Whether `path` (relative, `/`-separated) keeps its name.
pub fn is_entry_point(path: &str) -> bool {
    !path.contains('/')
        && (path.ends_with(".html") || path.ends_with(".json") || STABLE_FILES.contains(&path))
}

/// Publishes the build in `build` into `out`, which must not exist yet.
pub fn publish(build: &Path, out: &Path) -> Result<Published, Error> {
    if out.exists() {
        return fail(format!(
            "{} exists already; publish into a new folder",
            out.display()
        ));
    }
    let mut units = read_units(build)?;
    let order = dependency_order(&units)?;

    // Names are decided in dependency order: a file's hash covers the hashed names of what
    // it references, so changing the module renames the glue and the pages' scripts too.
    let mut names: BTreeMap<String, String> = BTreeMap::new();
    let mut outputs: Vec<(String, Vec<u8>)> = Vec::new();
    for index in order {
        let unit = &mut units[index];
        let new_dir = if unit.entry {
            String::new()
        } else {
            format!("{HASHED_DIR}/")
        };
        if unit.is_text() {
            let (path, bytes) = &mut unit.files[0];
            let text = String::from_utf8(std::mem::take(bytes))
                .map_err(|_| Error(format!("{path}: not UTF-8")))?;
            *bytes = rewrite(&text, parent(path), &new_dir, &names).into_bytes();
        }
        let name = if unit.entry {
            unit.source.clone()
        } else {
            hashed_name(unit)
        };
        if names.values().any(|taken| *taken == name) {
            return fail(format!("two files would both be published as {name}"));
        }
        for (path, bytes) in &unit.files {
            let published = match unit.is_dir() {
                true => format!("{name}{}", &path[unit.source.len()..]),
                false => name.clone(),
            };
            outputs.push((published, bytes.clone()));
        }
        names.insert(unit.source.clone(), name);
    }

    for (path, bytes) in &outputs {
        write(&out.join(path), bytes)?;
        if is_text(path) || path.ends_with(".wasm") {
            write(&out.join(format!("{path}.br")), &brotli(bytes)?)?;
            write(&out.join(format!("{path}.gz")), &gzip(bytes)?)?;
        }
    }
    let paths: Vec<String> = outputs.iter().map(|(path, _)| path.clone()).collect();
    write(
        &out.join("_headers"),
        headers::headers_file(&paths).as_bytes(),
    )?;
    Ok(Published { names })
}

fn read_units(build: &Path) -> Result<Vec<Unit>, Error> {
    let mut files = Vec::new();
    list(build, build, &mut files)?;
    let mut units: Vec<Unit> = Vec::new();
    let mut bundles: BTreeMap<String, Vec<(String, Vec<u8>)>> = BTreeMap::new();
    for (path, bytes) in files {
        match BUNDLE_DIRS
            .iter()
            .find(|dir| path.starts_with(&format!("{dir}/")))
        {
            Some(dir) => bundles
                .entry(format!("{dir}/"))
                .or_default()
                .push((path, bytes)),
            None => units.push(Unit {
                entry: is_entry_point(&path),
                source: path.clone(),
                files: vec![(path, bytes)],
            }),
        }
    }
    units.extend(bundles.into_iter().map(|(source, files)| Unit {
        source,
        files,
        entry: false,
    }));
    Ok(units)
}

fn list(root: &Path, dir: &Path, out: &mut Vec<(String, Vec<u8>)>) -> Result<(), Error> {
    let io = |e: std::io::Error| Error(format!("{}: {e}", dir.display()));
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(io)?
        .map(|e| e.map(|e| e.path()))
        .collect::<Result<_, _>>()
        .map_err(io)?;
    entries.sort();
    for path in entries {
        if path.is_dir() {
            list(root, &path, out)?;
        } else {
            let relative = path.strip_prefix(root).expect("listed under root");
            let name = relative
                .to_str()
                .ok_or_else(|| Error(format!("{}: not UTF-8", path.display())))?
                .replace('\\', "/");
            let bytes = std::fs::read(&path).map_err(io)?;
            out.push((name, bytes));
        }
    }
    Ok(())
}

/// Units ordered so that each comes after everything it references.
fn dependency_order(units: &[Unit]) -> Result<Vec<usize>, Error> {
    let references: Vec<BTreeSet<usize>> = units
        .iter()
        .map(|unit| {
            if !unit.is_text() {
                return BTreeSet::new();
            }
            let text = String::from_utf8_lossy(&unit.files[0].1);
            let here = parent(&unit.source);
            (0..units.len())
                .filter(|&i| !units[i].entry && units[i].source != unit.source)
                .filter(|&i| {
                    !occurrences(&text, &relative(here, &units[i].source), units[i].is_dir())
                        .is_empty()
                })
                .collect()
        })
        .collect();
    let mut done = vec![false; units.len()];
    let mut order = Vec::new();
    while order.len() < units.len() {
        let ready: Vec<usize> = (0..units.len())
            .filter(|&i| !done[i] && references[i].iter().all(|&r| done[r]))
            .collect();
        if ready.is_empty() {
            let stuck: Vec<&str> = (0..units.len())
                .filter(|&i| !done[i])
                .map(|i| units[i].source.as_str())
                .collect();
            return fail(format!(
                "files reference each other in a circle: {}",
                stuck.join(", ")
            ));
        }
        for i in ready {
            done[i] = true;
            order.push(i);
        }
    }
    Ok(order)
}

/// `text` (a file in the build folder's `here`, published in `new_dir`) with every reference
/// to an already named unit replaced by its published name, relative to `new_dir`.
fn rewrite(text: &str, here: &str, new_dir: &str, names: &BTreeMap<String, String>) -> String {
    let mut replacements: Vec<(usize, usize, String)> = Vec::new();
    for (source, name) in names {
        if is_entry_point(source) {
            continue;
        }
        let is_dir = source.ends_with('/');
        let reference = relative(here, source);
        let published = relative(new_dir, name);
        for start in occurrences(text, &reference, is_dir) {
            replacements.push((start, start + reference.len(), published.clone()));
        }
    }
    replacements.sort();
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    for (start, end, with) in replacements {
        if start < at {
            continue; // inside a longer reference already replaced
        }
        out.push_str(&text[at..start]);
        out.push_str(&with);
        at = end;
    }
    out.push_str(&text[at..]);
    out
}

/// Start offsets of `reference` in `text` where it stands as a whole reference.
fn occurrences(text: &str, reference: &str, is_dir: bool) -> Vec<usize> {
    text.match_indices(reference)
        .map(|(start, _)| start)
        .filter(|&start| {
            let before = text[..start].chars().next_back();
            let after = text[start + reference.len()..].chars().next();
            before.is_some_and(|c| BEFORE.contains(&c))
                && (is_dir || after.is_some_and(|c| AFTER.contains(&c)))
        })
        .collect()
}

/// The folder part of a relative path, with its trailing `/` (`""` at the top).
fn parent(path: &str) -> &str {
    path.rfind('/').map_or("", |i| &path[..=i])
}

/// How a file in folder `from` (`""` or `a/b/`) refers to `to` (relative to the top).
fn relative(from: &str, to: &str) -> String {
    let from: Vec<&str> = from.split('/').filter(|s| !s.is_empty()).collect();
    let to_parts: Vec<&str> = to.split('/').collect();
    let common = from
        .iter()
        .zip(&to_parts)
        .take_while(|(a, b)| a == b)
        .count();
    let mut out = "../".repeat(from.len() - common);
    out.push_str(&to_parts[common..].join("/"));
    out
}

/// `assets/{stem}.{hash}.{ext}` for a file, `assets/{name}.{hash}/` for a folder.
fn hashed_name(unit: &Unit) -> String {
    let mut hasher = Sha256::new();
    for (path, bytes) in &unit.files {
        hasher.update(path.as_bytes());
        hasher.update([0]);
        hasher.update(bytes);
    }
    let digest = hasher.finalize();
    let hash: String = digest[..5].iter().map(|b| format!("{b:02x}")).collect();
    let base = unit.source.trim_end_matches('/');
    let base = base.rsplit('/').next().unwrap_or(base);
    if unit.is_dir() {
        return format!("{HASHED_DIR}/{base}.{hash}/");
    }
    match base.split_once('.') {
        Some((stem, ext)) => format!("{HASHED_DIR}/{stem}.{hash}.{ext}"),
        None => format!("{HASHED_DIR}/{base}.{hash}"),
    }
}

fn write(path: &Path, bytes: &[u8]) -> Result<(), Error> {
    let io = |e: std::io::Error| Error(format!("{}: {e}", path.display()));
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).map_err(io)?;
    }
    std::fs::write(path, bytes).map_err(io)
}

fn brotli(bytes: &[u8]) -> Result<Vec<u8>, Error> {
    let mut out = Vec::new();
    let params = brotli::enc::BrotliEncoderParams {
        quality: 11,
        lgwin: 22,
        ..Default::default()
    };
    brotli::BrotliCompress(&mut &bytes[..], &mut out, &params)
        .map_err(|e| Error(format!("brotli: {e}")))?;
    Ok(out)
}

fn gzip(bytes: &[u8]) -> Result<Vec<u8>, Error> {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    encoder
        .write_all(bytes)
        .and_then(|_| encoder.finish())
        .map_err(|e| Error(format!("gzip: {e}")))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(pairs: &[(&str, &str)]) -> BTreeMap<String, String> {
        pairs
            .iter()
            .map(|(a, b)| (a.to_string(), b.to_string()))
            .collect()
    }

    #[test]
    fn references_are_rewritten_relative_to_where_the_file_is_published() {
        let named = names(&[
            ("pkg/glue.js", "assets/glue.aaaaaaaaaa.js"),
            ("widget.css", "assets/widget.bbbbbbbbbb.css"),
            ("fragments/", "assets/fragments.cccccccccc/"),
        ]);
        let page = r#"<link href="widget.css"><link rel=modulepreload href="pkg/glue.js">"#;
        assert_eq!(
            rewrite(page, "", "", &named),
            r#"<link href="assets/widget.bbbbbbbbbb.css"><link rel=modulepreload href="assets/glue.aaaaaaaaaa.js">"#
        );
        // A script moving into assets/ keeps its `./`, and reaches its neighbours directly.
        let script = "import x from './pkg/glue.js'; new URL('fragments/' + n, b); 'widget.css?x'";
        assert_eq!(
            rewrite(script, "", "assets/", &named),
            "import x from './glue.aaaaaaaaaa.js'; new URL('fragments.cccccccccc/' + n, b); 'widget.bbbbbbbbbb.css?x'"
        );
        // An absolute URL in a pasted element, and names that merely contain a reference.
        let pasted = r#"href="https://x.example/dx/widget.css" "my-widget.css" "widget.css.map""#;
        assert_eq!(
            rewrite(pasted, "", "", &named),
            r#"href="https://x.example/dx/assets/widget.bbbbbbbbbb.css" "my-widget.css" "widget.css.map""#
        );
    }

    #[test]
    fn relative_paths() {
        assert_eq!(relative("", "pkg/a.js"), "pkg/a.js");
        assert_eq!(relative("pkg/", "pkg/a.wasm"), "a.wasm");
        assert_eq!(relative("assets/", "assets/a.js"), "a.js");
        assert_eq!(relative("assets/", "index.html"), "../index.html");
    }

    #[test]
    fn a_build_publishes_with_hashed_names_compressed_copies_and_headers() {
        let dir = std::env::temp_dir().join(format!("deal-site-test-{}", std::process::id()));
        let (build, out) = (dir.join("build"), dir.join("out"));
        let _ = std::fs::remove_dir_all(&dir);
        let files = [
            (
                "index.html",
                "<script type=module src=\"page.js\"></script>",
            ),
            (
                "page.js",
                "import init from './pkg/glue.js'; fetch('pkg/m.wasm')",
            ),
            ("pkg/glue.js", "export default 1"),
            ("pkg/m.wasm", "\0asm"),
            (
                "deal-explainer.js",
                "import('./pkg/glue.js'); new URL('fragments/', u)",
            ),
            ("fragments/en.html", "<div></div>"),
        ];
        for (path, text) in files {
            write(&build.join(path), text.as_bytes()).unwrap();
        }
        let published = publish(&build, &out).unwrap();
        let name = |source: &str| published.names[source].clone();
        assert!(name("page.js").starts_with("assets/page.") && name("page.js").ends_with(".js"));
        assert_eq!(name("index.html"), "index.html");
        assert_eq!(name("deal-explainer.js"), "deal-explainer.js");
        let read = |path: &str| std::fs::read_to_string(out.join(path)).unwrap();
        assert!(read("index.html").contains(&name("page.js")));
        let glue = name("pkg/glue.js").replace("assets/", "");
        assert!(read(&name("page.js")).contains(&format!("'./{glue}'")));
        assert!(read("deal-explainer.js").contains(&name("fragments/")));
        assert!(out.join(format!("{}en.html", name("fragments/"))).exists());
        assert!(out.join("index.html.br").exists() && out.join("index.html.gz").exists());
        assert!(read("_headers").contains("/deal-explainer.js\n  Cache-Control"));
        // The same build publishes to the same names; other content to other names.
        let again = publish(&build, &dir.join("again")).unwrap();
        assert_eq!(again.names, published.names);
        write(&build.join("pkg/glue.js"), b"export default 2").unwrap();
        let changed = publish(&build, &dir.join("changed")).unwrap();
        assert_ne!(changed.names["pkg/glue.js"], published.names["pkg/glue.js"]);
        assert_ne!(
            changed.names["page.js"], published.names["page.js"],
            "the page's script names the new glue"
        );
        assert_eq!(changed.names["fragments/"], published.names["fragments/"]);
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
