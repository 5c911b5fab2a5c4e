//! Build step: renders the widget to HTML on the server, so readers see the text before (or
//! without) WebAssembly and the browser only hydrates it.
//!
//! - `prerender page TEMPLATE OUTPUT BASE [lang=en] [tab=…] [theme=auto] [layout=compact] [story=…]` writes the
//!   widget into a page template's one empty mount element, `<div data-deal-explainer …></div>`
//!   (other attributes on it are kept), and makes its oEmbed discovery link absolute.
//! - `prerender variants TEMPLATE DIR BASE` does the same for the iframe page, once per
//!   language, tab, theme and layout: `DIR/embed.html` (the defaults) and
//!   `DIR/embed.{lang}.{tab}.{theme}.html` (the compact layout, unnamed) or
//!   `DIR/embed.{lang}.{tab}.{theme}.full.html`, each with its own oEmbed description,
//!   `DIR/oembed.{lang}.{tab}.{theme}[.full].json`, named by its discovery link.
//!   The template's `<meta name="deal-explainer-variants" content="">` gets the list, from
//!   which `embed-choose.js` picks the page for the URL's parameters before anything paints.
//!   Each page's `<title>` and `<h1 id="embed-title">` are written in its language.
//! - `prerender element OUTPUT BASE [lang=…] [tab=…] [theme=…] [layout=…] [story=…]` writes a ready
//!   `<deal-explainer>` with the widget in a declarative shadow root, for hosts to paste: text
//!   at first paint, readable without JavaScript, hydrated by `deal-explainer.js`.
//! - `prerender fragments DIR` writes the mount element with the widget rendered in it, once
//!   per language, tab, theme and layout (`DIR/nl.terms.auto.compact.html`): what a plain `<deal-explainer>`
//!   shows while its WebAssembly loads, or if it cannot.
//! - `prerender variants-list` prints the languages, tabs, themes and layouts those pages and
//!   fragments exist for, defaults first, as JSON (`{"lang":["en","nl"],…}`), for the loaders.
//! - `prerender oembed OUTPUT BASE` writes the oEmbed description (`rich`) of `embed.html`
//!   itself, which follows the reader's language: the one the demo page and `embed.html` name.
//!
//! Templates carry their discovery link as
//! `<link rel="alternate" type="application/json+oembed" href="oembed.json" …>`; the pages get
//! it absolute, because consumers such as WordPress use the address as they find it.
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

    use deal_explainer::catalogue::BUILD_ID;
    use deal_explainer::catalogue::CATALOGUE;
    use deal_explainer::components::{Explainer, ExplainerProps, EMBED_START_HEIGHT};
    use deal_explainer::prerendered::{
        fingerprint, markup_hash, BUILD_ATTRIBUTE, FINGERPRINT_ATTRIBUTE,
    };
    use deal_explainer::settings::{resolve, Layout, Request, Settings, Theme};
    use deal_explainer::state::Tab;

    const MOUNT_START: &str = "<div data-deal-explainer";
    const VARIANTS_META: &str = "<meta name=\"deal-explainer-variants\" content=\"\">";
    const OEMBED_TYPE: &str = "type=\"application/json+oembed\"";
    const OEMBED_LINK: &str = "type=\"application/json+oembed\" href=\"oembed.json\"";
    const USAGE: &str = "usage: prerender page TEMPLATE OUTPUT BASE [lang=en] [tab=…] [theme=…] [layout=…] [story=…]\n       \
                         prerender variants TEMPLATE DIR BASE\n       \
                         prerender fragments DIR\n       \
                         prerender variants-list\n       \
                         prerender element OUTPUT BASE [lang=en] [tab=…] [theme=…] [layout=…] [story=…]\n       \
                         prerender oembed OUTPUT BASE";

    pub fn main() {
        let args: Vec<String> = std::env::args().skip(1).collect();
        match args.as_slice() {
            [mode, template, dir, base] if mode == "variants" => {
                return variants(template, Path::new(dir), checked(base))
            }
            [mode, dir] if mode == "fragments" => return fragments(Path::new(dir)),
            [mode] if mode == "variants-list" => return println!("{}", variants_list()),
            _ => {}
        }
        let (output, text) = match args.as_slice() {
            [mode, template, output, base, options @ ..] if mode == "page" => {
                (output, page(template, checked(base), options))
            }
            [mode, output, base, options @ ..] if mode == "element" => {
                (output, element(checked(base), options))
            }
            [mode, output, base] if mode == "oembed" => {
                let lang = &CATALOGUE.fallback_locale().code;
                (output, oembed(checked(base), "embed.html", lang))
            }
            _ => fail(USAGE),
        };
        std::fs::write(output, text).unwrap_or_else(|e| fail(&format!("{output}: {e}")));
    }

    /// The template with the widget rendered into its mount element.
    fn page(template: &str, base: &str, options: &[String]) -> String {
        let page =
            std::fs::read_to_string(template).unwrap_or_else(|e| fail(&format!("{template}: {e}")));
        let page = with_oembed_link(template, &page, base, "oembed.json");
        render_into(template, &page, options)
    }

    /// The settings the iframe page has a page for and the script embed a fragment for, each
    /// with its values, defaults first.
    fn variant_values() -> [(&'static str, Vec<&'static str>); 4] {
        let story = &CATALOGUE.fallback_locale().stories[0];
        [
            ("lang", CATALOGUE.locales.iter().map(|l| &*l.code).collect()),
            ("tab", Tab::all(story).map(|t| t.id(story)).collect()),
            ("theme", Theme::ALL.iter().map(|t| t.as_str()).collect()),
            ("layout", Layout::ALL.iter().map(|l| l.as_str()).collect()),
        ]
    }

    /// `{"lang":["en","nl"],"tab":["design",…],"theme":[…],"layout":[…]}`: the values, defaults
    /// first, as the loaders and the iframe page's first script read them.
    fn variants_list() -> String {
        let settings: Vec<String> = variant_values()
            .iter()
            .map(|(name, values)| {
                let quoted: Vec<String> = values.iter().map(|v| json_string(v)).collect();
                format!("{}:[{}]", json_string(name), quoted.join(","))
            })
            .collect();
        format!("{{{}}}", settings.join(","))
    }

    /// Every combination of [`variant_values`], as `name=value` options and as the file name
    /// part `nl.terms.auto.compact`.
    fn variants_each() -> Vec<(Vec<String>, String)> {
        let mut out: Vec<(Vec<String>, String)> = vec![(Vec::new(), String::new())];
        for (name, values) in variant_values() {
            out = out
                .into_iter()
                .flat_map(|(options, file)| {
                    values.iter().map(move |value| {
                        let mut options = options.clone();
                        options.push(format!("{name}={value}"));
                        let file = match file.is_empty() {
                            true => value.to_string(),
                            false => format!("{file}.{value}"),
                        };
                        (options, file)
                    })
                })
                .collect();
        }
        out
    }

    /// The page for every language, tab, theme and layout of the first story, each with its
    /// oEmbed description, and the defaults' page under the template's own name.
    fn variants(template: &str, dir: &Path, base: &str) {
        let stem = Path::new(template)
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or_else(|| fail(template));
        let source =
            std::fs::read_to_string(template).unwrap_or_else(|e| fail(&format!("{template}: {e}")));
        if source.matches(VARIANTS_META).count() != 1 {
            fail(&format!("{template}: expected one `{VARIANTS_META}`"));
        }
        let list = variants_list().replace('"', "&quot;");
        let filled = VARIANTS_META.replace("content=\"\"", &format!("content=\"{list}\""));
        let source = source.replace(VARIANTS_META, &filled);
        let write = |name: &str, text: String| {
            let output = dir.join(name);
            std::fs::write(&output, text)
                .unwrap_or_else(|e| fail(&format!("{}: {e}", output.display())));
        };
        let render = |lang: &str, oembed_json: &str, options: &[String]| {
            let page = with_oembed_link(template, &source, base, oembed_json);
            let page = with_title(&page, lang);
            render_into(template, &with_page_lang(&page, lang), options)
        };
        // The defaults' page follows the reader's language; `prerender oembed` describes it.
        let [(_, langs), ..] = variant_values();
        write(
            &format!("{stem}.html"),
            render(langs[0], "oembed.json", &[]),
        );
        for (options, name) in variants_each() {
            let lang = options[0].trim_start_matches("lang=");
            // The default layout goes unnamed, so the addresses of builds from before there
            // were layouts (`embed.nl.terms.auto.html`) still open the same page.
            let name = name
                .strip_suffix(&format!(".{}", Layout::default().as_str()))
                .unwrap_or(&name);
            let (page, json) = (format!("{stem}.{name}.html"), format!("oembed.{name}.json"));
            write(&page, render(lang, &json, &options));
            write(&json, oembed(base, &page, lang));
        }
    }

    /// The mount element with the widget rendered in it, once per variant.
    fn fragments(dir: &Path) {
        std::fs::create_dir_all(dir).unwrap_or_else(|e| fail(&format!("{}: {e}", dir.display())));
        for (options, name) in variants_each() {
            let output = dir.join(format!("{name}.html"));
            std::fs::write(&output, mount(&settings(&options), ""))
                .unwrap_or_else(|e| fail(&format!("{}: {e}", output.display())));
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

    /// `page` with its `<title>` and its `<h1 id="embed-title">` (if any) naming the
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
            (
                "<h1 id=\"embed-title\" class=\"dx-visually-hidden\">",
                "</h1>",
            ),
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
             <link rel=\"stylesheet\" href=\"{base}deal-explainer.css\">\
             <noscript><link rel=\"stylesheet\" href=\"{base}deal-explainer-static.css\"></noscript>\
             {mount}</template></deal-explainer>\n\
             <script type=\"module\" src=\"{base}deal-explainer.js\"></script>\n",
            lang = settings.locale,
            tab = settings.tab_id(),
            theme = settings.theme.as_str(),
            layout = settings.layout.as_str(),
            slug = story.slug,
        )
    }

    /// `page` with its discovery link (`OEMBED_LINK`) naming `json` in `base`.
    fn with_oembed_link(template: &str, page: &str, base: &str, json: &str) -> String {
        if page.matches(OEMBED_TYPE).count() != 1 || page.matches(OEMBED_LINK).count() != 1 {
            fail(&format!(
                "{template}: expected one `<link rel=\"alternate\" {OEMBED_LINK} …>`: \
                 every page a URL may be copied from names its oEmbed description"
            ));
        }
        let href = html_escape(&format!("{base}{json}"));
        page.replace(OEMBED_LINK, &format!("{OEMBED_TYPE} href=\"{href}\""))
    }

    /// The oEmbed answer (`rich`) for the iframe page `page` in `base`, titled in `lang`. Its
    /// HTML has the shape WordPress gives embeds of its own posts, which is what makes it load
    /// `wp-embed.js` (the script that sizes a discovered iframe) for ours: a link to the page
    /// in a `<blockquote class="wp-embedded-content">`, shown where the iframe cannot be, then
    /// the iframe with `class="wp-embedded-content"`. Our sizing script comes last, for
    /// consumers that keep scripts; WordPress drops it and `embed-frame.js` speaks its protocol.
    fn oembed(base: &str, page: &str, lang: &str) -> String {
        let locale = CATALOGUE
            .locales
            .iter()
            .find(|l| &*l.code == lang)
            .unwrap_or_else(|| fail(&format!("no language `{lang}`")));
        let headline = &locale.stories[0].headline;
        let (src, title) = (html_escape(&format!("{base}{page}")), html_escape(headline));
        let html = format!(
            "<blockquote class=\"wp-embedded-content\"><a href=\"{src}\">{title}</a></blockquote>\
             <iframe class=\"wp-embedded-content\" src=\"{src}\" title=\"{title}\" width=\"100%\" \
             height=\"{EMBED_START_HEIGHT}\" loading=\"lazy\" allow=\"clipboard-write\"></iframe>\n\
             <script src=\"{}embed-host.js\" async></script>",
            html_escape(base)
        );
        format!(
            "{{\"version\":\"1.0\",\"type\":\"rich\",\"title\":{},\"provider_name\":\"deal-explainer\",\
             \"provider_url\":{},\"html\":{},\"width\":640,\"height\":{EMBED_START_HEIGHT}}}\n",
            json_string(headline),
            json_string(base),
            json_string(&html),
        )
    }

    /// `text` safe in HTML text and double-quoted attributes.
    fn html_escape(text: &str) -> String {
        text.replace('&', "&amp;")
            .replace('"', "&quot;")
            .replace('<', "&lt;")
            .replace('>', "&gt;")
    }

    /// The mount element with the widget rendered in it and the settings it was rendered with
    /// (`data-rendered-*`), which tell the browser to hydrate rather than render afresh.
    fn mount(settings: &Settings, own_attributes: &str) -> String {
        let settings_marks = settings.rendered_attributes();
        let attributes: String = settings_marks
            .iter()
            .map(|(name, value)| format!(" {name}=\"{value}\""))
            .collect();
        let settings = settings.clone();
        let render = yew::ServerRenderer::<Explainer>::with_props(move || ExplainerProps {
            settings,
            on_change: None,
            embed_base: Default::default(),
            navigations: 0,
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
        // The fingerprint of the markup as a browser will parse and serialise it.
        let parsed = scraper::Html::parse_fragment(&body)
            .root_element()
            .inner_html();
        let marks: Vec<&str> = settings_marks.iter().map(|(_, value)| *value).collect();
        let print = fingerprint(markup_hash(&parsed), &marks);
        format!(
            "{MOUNT_START}{own_attributes}{attributes} {BUILD_ATTRIBUTE}=\"{BUILD_ID}\" \
             {FINGERPRINT_ATTRIBUTE}=\"{print:08x}\">{body}</div>"
        )
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
            layout: option("layout"),
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
