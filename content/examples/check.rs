//! `cargo run -p deal-content --features load --example check [DIR]`: checks content files
//! without building the widget, printing every problem or a one-line summary.

fn main() {
    let dir = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "static/content".into());
    match deal_content::load::load_dir(std::path::Path::new(&dir)) {
        Ok(catalogue) => {
            let codes: Vec<&str> = catalogue.locales.iter().map(|l| l.code.as_ref()).collect();
            let stories = catalogue.locales[0].stories.len();
            let noun = if stories == 1 { "story" } else { "stories" };
            println!(
                "content ok: {} locales ({}), {stories} {noun}",
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
