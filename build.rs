//! Bakes `static/content/*.json` into Rust constants after validating them, so a broken
//! content file fails the build with its file, line, column and field. Also names the build:
//! `BUILD_ID` changes whenever anything that shapes the rendered markup does (content, the
//! widget's code, the content model, the Yew it renders with), so markup prerendered by one
//! build is never hydrated by another (see `src/mount.rs`).

use std::path::{Path, PathBuf};

/// What the markup depends on, besides the content: code, content model, patched Yew, and
/// the locked versions of everything else.
const RENDERING_SOURCES: [&str; 4] = ["src", "content/src", "vendor", "Cargo.lock"];

fn main() {
    // Another folder can stand in for trying out content without touching the real files.
    let dir = std::env::var("DEAL_CONTENT_DIR").unwrap_or_else(|_| "static/content".into());
    let dir = Path::new(&dir);
    println!("cargo:rerun-if-env-changed=DEAL_CONTENT_DIR");
    println!("cargo:rerun-if-changed={}", dir.display());
    for source in RENDERING_SOURCES {
        println!("cargo:rerun-if-changed={source}");
    }
    match deal_content::load::load_dir(dir) {
        Ok(catalogue) => {
            let baked = deal_content::bake::bake_catalogue(&catalogue);
            let id = build_id(&baked);
            let out = Path::new(&std::env::var("OUT_DIR").unwrap()).join("catalogue.rs");
            std::fs::write(
                out,
                format!("{baked}\n/// Names this build's rendering (see build.rs).\npub const BUILD_ID: &str = \"{id:016x}\";\n"),
            )
            .unwrap();
        }
        Err(errors) => {
            for error in &errors {
                eprintln!("error: {error}");
            }
            eprintln!(
                "{} problem(s) in the content files; fix them and build again",
                errors.len()
            );
            std::process::exit(1);
        }
    }
}

/// FNV-1a over the baked content and every rendering source, in a fixed order. Not a
/// security measure: two builds only need different names when they render differently.
fn build_id(baked: &str) -> u64 {
    let mut files = Vec::new();
    for source in RENDERING_SOURCES {
        collect(Path::new(source), &mut files);
    }
    files.sort();
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    let mut feed = |bytes: &[u8]| {
        for byte in bytes {
            hash ^= u64::from(*byte);
            hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
        }
    };
    feed(baked.as_bytes());
    for file in files {
        feed(file.to_string_lossy().as_bytes());
        feed(&std::fs::read(&file).unwrap_or_default());
    }
    hash
}

fn collect(path: &Path, out: &mut Vec<PathBuf>) {
    if path.is_dir() {
        for entry in std::fs::read_dir(path).into_iter().flatten().flatten() {
            collect(&entry.path(), out);
        }
    } else if path.is_file() {
        out.push(path.to_owned());
    }
}
