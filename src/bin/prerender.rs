//! Build step: renders the widget to HTML on the server, so readers see the text before (or
//! without) WebAssembly and the browser only hydrates it.
//!
//! - `prerender page TEMPLATE OUTPUT [lang=en] [tab=…] [theme=auto] [layout=compact] [story=…]` writes the
//!   widget into a page template's one empty mount element, `<div data-deal-explainer …></div>`
//!   (other attributes on it are kept).
//! - `prerender variants TEMPLATE DIR` does the same for the iframe page, once per language,
//!   tab, theme and layout: `DIR/embed.html` (the defaults) and
//!   `DIR/embed.{lang}.{tab}.{theme}.{layout}.html`. The template's
//!   `<meta name="deal-explainer-variants" content="">` gets the list, from which
//!   `embed-choose.js` picks the page for the URL's parameters before anything paints. Each
//!   page's `<title>` and `<h1 class="embed-title">` are written in its language.
//! - `prerender element OUTPUT BASE [lang=…] [tab=…] [theme=…] [layout=…] [story=…]` writes a ready
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
    use std::path::Path;
    use std::sync::OnceLock;

    use deal_explainer::catalogue::CATALOGUE;
    use deal_explainer::components::{snippets, Explainer, ExplainerProps, EMBED_START_HEIGHT};
    use deal_explainer::settings::{resolve, Layout, Request, Settings, Theme};
    use deal_explainer::state::Tab;

    const MOUNT_START: &str = "<div data-deal-explainer";
    const VARIANTS_META: &str = "<meta name=\"deal-explainer-variants\" content=\"\">";
    const USAGE: &str = "usage: prerender page TEMPLATE OUTPUT [lang=en] [tab=…] [theme=…] [layout=…] [story=…]\n       \
                         prerender variants TEMPLATE DIR\n       \
                         prerender element OUTPUT BASE [lang=en] [tab=…] [theme=…] [layout=…] [story=…]\n       \
                         prerender oembed OUTPUT BASE";

    pub fn main() {
        let args: Vec<String> = std::env::args().skip(1).collect();
        if let [mode, template, dir] = args.as_slice() {
            if mode == "variants" {
                return variants(template, Path::new(dir));
            }
        }
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
        render_into(template, &page, options)
    }

    /// The page for every language, tab, theme and layout of the first story, and the
    /// defaults' page under the template's own name.
    fn variants(template: &str, dir: &Path) {
        let stem = Path::new(template)
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or_else(|| fail(template));
        let story = &CATALOGUE.fallback_locale().stories[0];
        let langs: Vec<&str> = CATALOGUE.locales.iter().map(|l| &*l.code).collect();
        let tabs: Vec<&str> = Tab::all(story).map(|t| t.id(story)).collect();
        let themes: Vec<&str> = Theme::ALL.iter().map(|t| t.as_str()).collect();
        let layouts: Vec<&str> = Layout::ALL.iter().map(|l| l.as_str()).collect();
        // The first value of each list is the default, as the widget resolves it.
        let list = format!(
            "lang={} tab={} theme={} layout={}",
            langs.join(","),
            tabs.join(","),
            themes.join(","),
            layouts.join(",")
        );
        let source =
            std::fs::read_to_string(template).unwrap_or_else(|e| fail(&format!("{template}: {e}")));
        if source.matches(VARIANTS_META).count() != 1 {
            fail(&format!("{template}: expected one `{VARIANTS_META}`"));
        }
        let filled = VARIANTS_META.replace("content=\"\"", &format!("content=\"{list}\""));
        let source = source.replace(VARIANTS_META, &filled);
        let write = |name: String, lang: &str, options: &[String]| {
            let output = dir.join(name);
            let page = render_into(template, &with_page_lang(&source, lang), options);
            let page = with_title(&page, lang);
            std::fs::write(&output, page)
                .unwrap_or_else(|e| fail(&format!("{}: {e}", output.display())));
        };
        write(format!("{stem}.html"), langs[0], &[]);
        for lang in &langs {
            for tab in &tabs {
                for theme in &themes {
                    for layout in &layouts {
                        let options = [
                            format!("lang={lang}"),
                            format!("tab={tab}"),
                            format!("theme={theme}"),
                            format!("layout={layout}"),
                        ];
                        let name = format!("{stem}.{lang}.{tab}.{theme}.{layout}.html");
                        write(name, lang, &options);
                    }
                }
            }
        }
    }

    /// `page` with `<html lang>` set to the language of the widget on it: the page is in that
    /// language, and the widget, asked for none, picks the page's.
    fn with_page_lang(page: &str, lang: &str) -> String {
        const START: &str = "<html lang=\"";
        let Some((before, rest)) = page.split_once(START) else {
            return page.to_owned();
        };
        let after = rest.split_once('"').map_or("", |(_, after)| after);
        format!("{before}{START}{lang}\"{after}")
    }

    /// `page` with its `<title>` and its `<h1 class="embed-title">` (if any) naming the
    /// explainer in `lang`: "Explainer: {headline}".
    fn with_title(page: &str, lang: &str) -> String {
        let Some(locale) = CATALOGUE.locale(lang) else {
            return page.to_owned();
        };
        let title = format!(
            "{}: {}",
            locale.interface.kicker, locale.stories[0].headline
        )
        .replace('&', "&amp;")
        .replace('<', "&lt;");
        let mut page = page.to_owned();
        for (start, end) in [
            ("<title>", "</title>"),
            ("<h1 class=\"embed-title\">", "</h1>"),
        ] {
            if let Some((before, rest)) = page.split_once(start) {
                if let Some((_, after)) = rest.split_once(end) {
                    page = format!("{before}{start}{title}{end}{after}");
                }
            }
        }
        page
    }

    /// `page` (the text of `template`) with the widget rendered into its mount element.
    fn render_into(template: &str, page: &str, options: &[String]) -> String {
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
            "<deal-explainer lang=\"{lang}\" tab=\"{tab}\" theme=\"{theme}\" layout=\"{layout}\" story=\"{slug}\">\
             <template shadowrootmode=\"open\">\
             <link rel=\"stylesheet\" href=\"{base}widget.css\">\
             <noscript><link rel=\"stylesheet\" href=\"{base}widget-static.css\"></noscript>\
             {mount}</template></deal-explainer>\n\
             <script type=\"module\" src=\"{base}deal-explainer.js\"></script>\n",
            lang = settings.locale,
            tab = settings.tab_id(),
            theme = settings.theme.as_str(),
            layout = settings.layout.as_str(),
            slug = story.slug,
        )
    }

    /// The oEmbed answer for the explainer, built from the same snippet the embed dialog shows.
    fn oembed(base: &str) -> String {
        let locale = CATALOGUE.fallback_locale();
        let story = &locale.stories[0];
        let [iframe, _] = snippets(
            base,
            &locale.code,
            &story.pillars[0].id,
            Layout::Compact,
            &story.headline,
        );
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
        // One runtime for every page the run renders.
        static RUNTIME: OnceLock<tokio::runtime::Runtime> = OnceLock::new();
        let runtime = RUNTIME.get_or_init(|| {
            tokio::runtime::Builder::new_current_thread()
                .build()
                .unwrap_or_else(|e| fail(&e.to_string()))
        });
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
            layout: option("layout"),
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
