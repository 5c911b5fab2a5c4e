//! `cargo run -p deal-content --features load --example check [DIR] [DOCUMENTS]`: checks
//! content files without building the widget, printing every problem or a one-line summary.
//! With DOCUMENTS (a folder of `{source-id}.txt`), also checks every excerpt, quote, title
//! and the details card against the documents they come from.

use std::path::Path;

fn main() {
    let mut args = std::env::args().skip(1);
    let dir = args.next().unwrap_or_else(|| "static/content".into());
    let documents = args.next();
    let checked = deal_content::load::load_dir(Path::new(&dir)).and_then(|catalogue| {
        match &documents {
            Some(documents) => {
                deal_content::documents::check_documents(Path::new(&dir), Path::new(documents))
            }
            None => Ok(()),
        }
        .map(|()| catalogue)
    });
    match checked {
        Ok(catalogue) => {
            let codes: Vec<&str> = catalogue.locales.iter().map(|l| l.code.as_ref()).collect();
            let stories = catalogue.locales[0].stories.len();
            let noun = if stories == 1 { "story" } else { "stories" };
            let against = documents.map_or(String::new(), |d| format!(", checked against {d}"));
            println!(
                "content ok: {} locales ({}), {stories} {noun}{against}",
                codes.len(),
                codes.join(", ")
            );
        }
        Err(errors) => {
            for error in &errors {
                eprintln!("error: {error}");
            }
            std::process::exit(1);
        }
    }
}
