//! Bakes `static/content/*.json` into Rust constants after validating them, so a broken
//! content file fails the build with its file, line, column and field.

use std::path::Path;

fn main() {
    // Another folder can stand in for trying out content without touching the real files.
    let dir = std::env::var("DEAL_CONTENT_DIR").unwrap_or_else(|_| "static/content".into());
    let dir = Path::new(&dir);
    println!("cargo:rerun-if-env-changed=DEAL_CONTENT_DIR");
    println!("cargo:rerun-if-changed={}", dir.display());
    match deal_content::load::load_dir(dir) {
        Ok(catalogue) => {
            let out = Path::new(&std::env::var("OUT_DIR").unwrap()).join("catalogue.rs");
            std::fs::write(out, deal_content::bake::bake_catalogue(&catalogue)).unwrap();
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
