//! Build step: renders the widget to HTML on the server, so readers see the text before (or
//! without) WebAssembly and the browser only hydrates it.
//!
//! - `prerender page TEMPLATE OUTPUT [lang=en] [tab=…] [theme=auto] [story=…]` writes the
//!   widget into a page template's one empty mount element, `<div data-deal-explainer …></div>`
//!   (other attributes on it are kept).
//! - `prerender element OUTPUT BASE [lang=…] [tab=…] [theme=…] [story=…]` writes a ready
//!   `<deal-explainer>` with the widget in a declarative shadow root, for hosts to paste: text
//!   at first paint, readable without JavaScript, hydrated by `deal-explainer.js`.
//! - `prerender oembed OUTPUT BASE` writes the oEmbed description (`rich`) of the iframe embed.
//!
//! `BASE` is the absolute URL of the folder the site is served from, ending in `/`.

/// Cargo builds every binary of the crate for wasm tests too; this one runs only natively.
#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    native::main();
}

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use deal_explainer::catalogue::CATALOGUE;
    use deal_explainer::components::{snippets, Explainer, ExplainerProps, EMBED_START_HEIGHT};
    use deal_explainer::settings::{resolve, Request, Settings};

    const MOUNT_START: &str = "<div data-deal-explainer";
    const USAGE: &str = "usage: prerender page TEMPLATE OUTPUT [lang=en] [tab=…] [theme=…] [story=…]\n       \
                         prerender element OUTPUT BASE [lang=en] [tab=…] [theme=…] [story=…]\n       \
                         prerender oembed OUTPUT BASE";

    pub fn main() {
        let args: Vec<String> = std::env::args().skip(1).collect();
        let (output, text) = match args.as_slice() {
            [mode, template, output, options @ ..] if mode == "page" => {
                (output, page(template, options))
            }
            [mode, output, base, options @ ..] if mode == "element" => {
                (output, element(checked(base), options))
            }
            [mode, output, base] if mode == "oembed" => (output, oembed(checked(base))),
            _ => fail(USAGE),
        };
        std::fs::write(output, text).unwrap_or_else(|e| fail(&format!("{output}: {e}")));
    }

    /// The template with the widget rendered into its mount element.
    fn page(template: &str, options: &[String]) -> String {
        let page =
            std::fs::read_to_string(template).unwrap_or_else(|e| fail(&format!("{template}: {e}")));
        let (before, after) = match page.split_once(MOUNT_START) {
            Some((before, after)) if !after.contains(MOUNT_START) => (before, after),
            _ => fail(&format!(
                "{template}: expected exactly one `{MOUNT_START} …></div>`"
            )),
        };
        let Some((own_attributes, after)) = after.split_once("></div>") else {
            fail(&format!(
                "{template}: the mount element must be empty: `{MOUNT_START} …></div>`"
            ));
        };
        let mount = mount(&settings(options), own_attributes);
        format!("{before}{mount}{after}")
    }

    /// A `<deal-explainer>` element holding the rendered widget in a declarative shadow root,
    /// with the styles it needs, the no-JavaScript ones included.
    fn element(base: &str, options: &[String]) -> String {
        let settings = settings(options);
        let story = &CATALOGUE.fallback_locale().stories[settings.story];
        let mount = mount(&settings, "");
        format!(
            "<deal-explainer lang=\"{lang}\" tab=\"{tab}\" theme=\"{theme}\" story=\"{slug}\">\
             <template shadowrootmode=\"open\">\
             <link rel=\"stylesheet\" href=\"{base}widget.css\">\
             <noscript><link rel=\"stylesheet\" href=\"{base}widget-static.css\"></noscript>\
             {mount}</template></deal-explainer>\n\
             <script type=\"module\" src=\"{base}deal-explainer.js\"></script>\n",
            lang = settings.locale,
            tab = settings.tab.id(story),
            theme = settings.theme.as_str(),
            slug = story.slug,
        )
    }

    /// The oEmbed answer for the explainer, built from the same snippet the embed dialog shows.
    fn oembed(base: &str) -> String {
        let locale = CATALOGUE.fallback_locale();
        let story = &locale.stories[0];
        let [iframe, _] = snippets(base, &locale.code, &story.pillars[0].id, &story.headline);
        format!(
            "{{\"version\":\"1.0\",\"type\":\"rich\",\"title\":{},\"provider_name\":\"deal-explainer\",\
             \"provider_url\":{},\"html\":{},\"width\":640,\"height\":{EMBED_START_HEIGHT}}}\n",
            json_string(&story.headline),
            json_string(base),
            json_string(&iframe),
        )
    }

    /// The mount element with the widget rendered in it and the settings it was rendered with
    /// (`data-rendered-*`), which tell the browser to hydrate rather than render afresh.
    fn mount(settings: &Settings, own_attributes: &str) -> String {
        let attributes: String = settings
            .rendered_attributes()
            .iter()
            .map(|(name, value)| format!(" {name}=\"{value}\""))
            .collect();
        let settings = settings.clone();
        let render = yew::ServerRenderer::<Explainer>::with_props(move || ExplainerProps {
            settings,
            on_change: None,
            embed_base: Default::default(),
        })
        .render();
        let runtime = tokio::runtime::Builder::new_current_thread()
            .build()
            .unwrap_or_else(|e| fail(&e.to_string()));
        let body = runtime.block_on(render);
        format!("{MOUNT_START}{own_attributes}{attributes}>{body}</div>")
    }

    /// Settings from `name=value` options; a value the widget would ignore stops the build.
    fn settings(options: &[String]) -> Settings {
        let option = |name: &str| {
            options
                .iter()
                .find_map(|o| o.strip_prefix(name).and_then(|v| v.strip_prefix('=')))
        };
        let (settings, warnings) = resolve(&Request {
            lang: option("lang").or(Some("en")),
            tab: option("tab"),
            theme: option("theme"),
            story: option("story"),
            ..Default::default()
        });
        if !warnings.is_empty() {
            fail(&warnings.join("\n"));
        }
        settings
    }

    fn checked(base: &str) -> &str {
        if !(base.starts_with("https://") || base.starts_with("http://")) || !base.ends_with('/') {
            fail(&format!(
                "the base must be an absolute URL ending in `/`, not `{base}`"
            ));
        }
        base
    }

    /// `text` as a JSON string literal.
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

    fn fail(message: &str) -> ! {
        eprintln!("prerender: {message}");
        std::process::exit(1);
    }
}
