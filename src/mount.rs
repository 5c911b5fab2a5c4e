//! Browser entry points: attach the widget to an element of the page, the iframe page or
//! a custom element's shadow root. The only module that reads the page (URL, `<html lang>`,
//! browser languages); components never do.

use wasm_bindgen::prelude::*;
use yew::AppHandle;

use crate::components::{Explainer, ExplainerProps};
use crate::prerendered::{self, Mismatch};
use crate::settings::{resolve, Request, Settings};

/// Set on the mount element once the widget has rendered in the browser and responds to
/// the reader (tests, benchmarks and host scripts wait for it).
const STATE_ATTRIBUTE: &str = "data-state";

/// The settings an embedding asks for, by the names of the embed attributes and URL
/// parameters; read from a plain JavaScript object (`{lang: 'nl', tab: 'terms'}`).
const ASKED: [&str; 6] = ["lang", "theme", "tab", "story", "layout", "open"];

/// A live widget. Dropping it from JavaScript (`free()`) leaves the markup; `destroy()`
/// removes it.
#[wasm_bindgen]
pub struct ExplainerHandle {
    app: Option<AppHandle<Explainer>>,
    root: web_sys::Element,
    on_change: Option<js_sys::Function>,
    settings: Settings,
    embed_base: yew::AttrValue,
    /// Warnings already given, so a value changed back and forth is reported once.
    warned: Vec<String>,
    /// How many times the reader navigated (see [`ExplainerHandle::navigate`]).
    navigations: u32,
}

#[wasm_bindgen]
impl ExplainerHandle {
    /// Starts the widget in `root` with the settings `asked` for (an object with any of
    /// `lang`, `theme`, `tab`, `story`, `layout`, `open`). Markup this build prerendered into
    /// `root` is hydrated (kept, made interactive); anything else in it is replaced by a fresh
    /// rendering, with a console warning saying why. `on_change`, if given, is called with
    /// `(lang, tab, open)` (`open`: the item last opened, or `""`) whenever the reader changes
    /// one, and once the widget is interactive. `markup_hash` is `prerendered::markup_hash`
    /// of `root`'s inner HTML, computed by the caller (`runtime.js`).
    #[wasm_bindgen(constructor)]
    pub fn new(
        root: web_sys::Element,
        asked: &JsValue,
        on_change: Option<js_sys::Function>,
        markup_hash: u32,
    ) -> ExplainerHandle {
        let mut handle = ExplainerHandle {
            app: None,
            root: root.clone(),
            on_change,
            settings: Settings::default(),
            embed_base: page_folder().into(),
            warned: Vec::new(),
            navigations: 0,
        };
        let rendered = match prerendered::check(|name| root.get_attribute(name), markup_hash) {
            Ok(rendered) => Some(rendered),
            // An empty mount element is simply not prerendered.
            Err(Mismatch::Unmarked) if root.first_child().is_none() => None,
            Err(mismatch) => {
                gloo::console::warn!(mismatch.warning());
                None
            }
        };
        let mut asked = read_asked(asked);
        // What the page does not ask for stays as prerendered: a page prerendered on the terms
        // tab in the dark theme, in the full layout, opens that way. (The language follows the
        // page's own.)
        if let Some(r) = &rendered {
            asked[1].get_or_insert_with(|| r.theme.as_str().into());
            asked[2].get_or_insert_with(|| r.tab_id().into());
            asked[4].get_or_insert_with(|| r.layout.as_str().into());
        }
        let wanted = handle.resolve(asked);
        let app = match rendered {
            Some(rendered) => {
                // Hydration needs the very tree the server rendered; switch afterwards.
                // (The server did not know the embed base either.)
                let as_rendered = ExplainerProps {
                    embed_base: Default::default(),
                    ..handle.props(rendered)
                };
                let mut app =
                    yew::Renderer::<Explainer>::with_root_and_props(root, as_rendered).hydrate();
                handle.settings = wanted;
                app.update(handle.props(handle.settings.clone()));
                app
            }
            None => {
                handle.clear_marks();
                handle.settings = wanted;
                yew::Renderer::<Explainer>::with_root_and_props(
                    root,
                    handle.props(handle.settings.clone()),
                )
                .render()
            }
        };
        handle.app = Some(app);
        handle
    }

    /// Applies new embed settings (e.g. a changed attribute) to the running widget.
    pub fn update(&mut self, asked: &JsValue) {
        self.settings = self.resolve(read_asked(asked));
        self.rerender();
    }

    /// Applies the settings `asked` by a navigation of the reader (back, forward, a link to a
    /// deep link): unlike [`update`](Self::update), the language and tab asked for are shown
    /// even where they equal those asked last and the reader has moved away since.
    pub fn navigate(&mut self, asked: &JsValue) {
        self.navigations = self.navigations.wrapping_add(1);
        self.update(asked);
    }

    /// Sets the folder (absolute URL ending in `/`) the embed snippets load the widget from.
    /// Defaults to the page's own folder, right for the demo and iframe pages; the script
    /// embed sets its script's folder.
    #[wasm_bindgen(js_name = setEmbedBase)]
    pub fn set_embed_base(&mut self, base: String) {
        self.embed_base = base.into();
        self.rerender();
    }

    /// Unmounts the widget and removes its markup, its event listeners and the marks of
    /// prerendered and interactive markup, so the element can take a new widget.
    pub fn destroy(mut self) {
        if let Some(app) = self.app.take() {
            app.destroy();
        }
        self.clear_marks();
        let _ = self.root.remove_attribute(STATE_ATTRIBUTE);
    }
}

impl ExplainerHandle {
    fn rerender(&mut self) {
        let props = self.props(self.settings.clone());
        if let Some(app) = self.app.as_mut() {
            app.update(props);
        }
    }

    fn clear_marks(&self) {
        for name in prerendered::marks() {
            let _ = self.root.remove_attribute(name);
        }
    }

    fn resolve(
        &mut self,
        [lang, theme, tab, story, layout, open]: [Option<String>; 6],
    ) -> Settings {
        let page_lang = gloo::utils::document_element().get_attribute("lang");
        let browser_langs: Vec<String> = gloo::utils::window()
            .navigator()
            .languages()
            .iter()
            .filter_map(|v| v.as_string())
            .collect();
        let (settings, warnings) = resolve(&Request {
            lang: lang.as_deref(),
            theme: theme.as_deref(),
            tab: tab.as_deref(),
            story: story.as_deref(),
            layout: layout.as_deref(),
            open: open.as_deref(),
            page_lang: page_lang.as_deref(),
            browser_langs: &browser_langs,
        });
        for warning in warnings {
            if !self.warned.contains(&warning) {
                gloo::console::warn!(warning.as_str());
                self.warned.push(warning);
            }
        }
        settings
    }

    fn props(&self, settings: Settings) -> ExplainerProps {
        let (root, listener) = (self.root.clone(), self.on_change.clone());
        // Runs after every render that changed the language, tab or open item, the first one
        // included.
        let on_change = yew::Callback::from(
            move |(lang, tab, open): (&'static str, &'static str, &'static str)| {
                let _ = root.set_attribute(STATE_ATTRIBUTE, "interactive");
                if let Some(listener) = &listener {
                    let _ = listener.call3(&JsValue::NULL, &lang.into(), &tab.into(), &open.into());
                }
            },
        );
        ExplainerProps {
            settings,
            on_change: Some(on_change),
            embed_base: self.embed_base.clone(),
            navigations: self.navigations,
        }
    }
}

/// The settings in `asked`, in the order of [`ASKED`]; anything but a non-empty string
/// counts as not asked.
fn read_asked(asked: &JsValue) -> [Option<String>; 6] {
    ASKED.map(|name| {
        js_sys::Reflect::get(asked, &name.into())
            .ok()
            .and_then(|value| value.as_string())
    })
}

/// The folder of the current document, e.g. `https://example.org/explainers/`.
fn page_folder() -> String {
    gloo::utils::document()
        .base_uri()
        .ok()
        .flatten()
        .and_then(|base| web_sys::Url::new_with_base(".", &base).ok())
        .map(|url| url.href())
        .unwrap_or_default()
}
