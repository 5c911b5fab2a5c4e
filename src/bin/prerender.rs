//! Build step: renders the widget to HTML on the server and writes it into a page template,
//! so readers see the text before (or without) WebAssembly and the browser only hydrates it.
//!
//! Usage: `prerender TEMPLATE OUTPUT [lang=en] [tab=design] [theme=auto] [story=slug]`.
//! The template holds one empty mount element, `<div data-deal-explainer …></div>` (other
//! attributes on it are kept).
//!
//! `prerender --oembed OUTPUT BASE` writes the oEmbed description (`rich` type) of the iframe
//! embed served from the folder `BASE` (absolute URL ending in `/`).

#[cfg(not(target_arch = "wasm32"))]
use deal_explainer::components::{Explainer, ExplainerProps};
#[cfg(not(target_arch = "wasm32"))]
use deal_explainer::settings::{resolve, Request};

/// Cargo builds every binary of the crate for wasm tests too; this one runs only natively.
#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
const MOUNT_START: &str = "<div data-deal-explainer";

#[cfg(not(target_arch = "wasm32"))]
#[tokio::main(flavor = "current_thread")]
async fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if let [flag, output, base] = args.as_slice() {
        if flag == "--oembed" {
            return write_oembed(output, base);
        }
    }
    let [template, output, options @ ..] = args.as_slice() else {
        fail("usage: prerender TEMPLATE OUTPUT [lang=en] [tab=design] [theme=auto] [story=slug]");
    };
    let option = |name: &str| {
        options.iter().find_map(|o| o.strip_prefix(name).and_then(|v| v.strip_prefix('='))).map(str::to_owned)
    };
    let (lang, tab, theme, story) = (option("lang"), option("tab"), option("theme"), option("story"));
    let (settings, warnings) = resolve(&Request {
        lang: lang.as_deref().or(Some("en")),
        tab: tab.as_deref(),
        theme: theme.as_deref(),
        story: story.as_deref(),
        ..Default::default()
    });
    if !warnings.is_empty() {
        fail(&warnings.join("\n"));
    }

    let page = std::fs::read_to_string(template).unwrap_or_else(|e| fail(&format!("{template}: {e}")));
    let (before, after) = match page.split_once(MOUNT_START) {
        Some((before, after)) if !after.contains(MOUNT_START) => (before, after),
        _ => fail(&format!("{template}: expected exactly one `{MOUNT_START} …></div>`")),
    };
    let Some((own_attributes, after)) = after.split_once("></div>") else {
        fail(&format!("{template}: the mount element must be empty: `{MOUNT_START} …></div>`"));
    };
    let attributes: String =
        settings.rendered_attributes().iter().map(|(name, value)| format!(" {name}=\"{value}\"")).collect();
    let body = yew::ServerRenderer::<Explainer>::with_props(move || ExplainerProps { settings, on_change: None, embed_base: Default::default() })
        .render()
        .await;
    let page = format!("{before}{MOUNT_START}{own_attributes}{attributes}>{body}</div>{after}");
    std::fs::write(output, page).unwrap_or_else(|e| fail(&format!("{output}: {e}")));
}

/// The oEmbed answer for the explainer, built from the same snippet the embed dialog shows.
#[cfg(not(target_arch = "wasm32"))]
fn write_oembed(output: &str, base: &str) {
    use deal_explainer::catalogue::CATALOGUE;
    use deal_explainer::components::{snippets, EMBED_START_HEIGHT};

    if !(base.starts_with("https://") || base.starts_with("http://")) || !base.ends_with('/') {
        fail(&format!("--oembed: the base must be an absolute URL ending in `/`, not `{base}`"));
    }
    let story = &CATALOGUE.fallback_locale().stories[0];
    let [iframe, _] = snippets(base, &CATALOGUE.fallback_locale().code, &story.pillars[0].id, &story.headline);
    let json = format!(
        "{{\"version\":\"1.0\",\"type\":\"rich\",\"title\":{},\"provider_name\":\"deal-explainer\",\
         \"provider_url\":{},\"html\":{},\"width\":640,\"height\":{EMBED_START_HEIGHT}}}\n",
        json_string(&story.headline),
        json_string(base),
        json_string(&iframe),
    );
    std::fs::write(output, json).unwrap_or_else(|e| fail(&format!("{output}: {e}")));
}

/// `text` as a JSON string literal.
#[cfg(not(target_arch = "wasm32"))]
fn json_string(text: &str) -> String {
    let mut out = String::from('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

#[cfg(not(target_arch = "wasm32"))]
fn fail(message: &str) -> ! {
    eprintln!("prerender: {message}");
    std::process::exit(1);
}
