//! Turns what an embed asked for (attributes, URL parameters, the page's language) into
//! settings the widget can show, with a console-ready warning for every value it could not
//! use. Pure functions: the browser mount code gathers the inputs.

use crate::catalogue::CATALOGUE;
use crate::content::Story;
use crate::state::{open_items, Tab};

/// Colour scheme: `auto` follows the reader's system setting.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Theme {
    #[default]
    Auto,
    Light,
    Dark,
}

impl Theme {
    pub const ALL: [Theme; 3] = [Theme::Auto, Theme::Light, Theme::Dark];

    pub fn as_str(self) -> &'static str {
        match self {
            Theme::Auto => "auto",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }
}

/// How much the widget shows at first: `compact` puts the tabs on a phone's first screen
/// and keeps the other sections one tap away; `full` shows every section open, as the
/// widget shows itself in print and without JavaScript.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Layout {
    #[default]
    Compact,
    Full,
}

impl Layout {
    pub const ALL: [Layout; 2] = [Layout::Compact, Layout::Full];

    pub fn as_str(self) -> &'static str {
        match self {
            Layout::Compact => "compact",
            Layout::Full => "full",
        }
    }
}

/// What an embedding asked for, as raw strings; `None` where it said nothing.
#[derive(Debug, Clone, Default)]
pub struct Request<'a> {
    /// `lang` attribute or URL parameter.
    pub lang: Option<&'a str>,
    pub theme: Option<&'a str>,
    pub tab: Option<&'a str>,
    pub story: Option<&'a str>,
    pub layout: Option<&'a str>,
    /// The item to open at once (`open` attribute, or the deep link's third field).
    pub open: Option<&'a str>,
    /// The host page's `<html lang>`.
    pub page_lang: Option<&'a str>,
    /// The browser's preferred languages, most preferred first.
    pub browser_langs: &'a [String],
}

/// Settings the widget can show.
#[derive(Debug, Clone, PartialEq)]
pub struct Settings {
    pub locale: &'static str,
    pub story: usize,
    pub tab: Tab,
    pub theme: Theme,
    pub layout: Layout,
    /// One of [`open_items`] (a section or a rack part), opened when the embed asks for it.
    pub open: Option<&'static str>,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            locale: CATALOGUE.fallback_locale().code.as_ref(),
            story: 0,
            tab: Tab::Pillar(0),
            theme: Theme::Auto,
            layout: Layout::Compact,
            open: None,
        }
    }
}

/// Attributes on a mount element naming the settings its prerendered markup shows.
pub const RENDERED_ATTRIBUTES: [&str; 5] = [
    "data-rendered-lang",
    "data-rendered-story",
    "data-rendered-tab",
    "data-rendered-theme",
    "data-rendered-layout",
];

impl Settings {
    /// The id of the open tab (`design`, `terms`), as embeds and deep links spell it.
    pub fn tab_id(&self) -> &'static str {
        self.tab
            .id(&CATALOGUE.fallback_locale().stories[self.story])
    }

    /// Attributes the prerender step writes on the element it renders into, so that the
    /// browser knows which settings the markup shows and can hydrate it.
    pub fn rendered_attributes(&self) -> [(&'static str, &'static str); 5] {
        let story = &CATALOGUE.fallback_locale().stories[self.story];
        let [lang, slug, tab, theme, layout] = RENDERED_ATTRIBUTES;
        [
            (lang, self.locale),
            (slug, &*story.slug),
            (tab, self.tab_id()),
            (theme, self.theme.as_str()),
            (layout, self.layout.as_str()),
        ]
    }

    /// Reads back what [`Settings::rendered_attributes`] wrote; `None` when the element was
    /// not prerendered (or by a build with other content).
    pub fn from_rendered_attributes(
        attribute: impl Fn(&str) -> Option<String>,
    ) -> Option<Settings> {
        let [lang, slug, tab, theme, layout] = RENDERED_ATTRIBUTES.map(attribute);
        let locale = CATALOGUE.locale(&lang?)?;
        let slug = slug?;
        let story = locale.stories.iter().position(|s| s.slug == slug)?;
        let tab = Tab::from_id(&tab?, &locale.stories[story])?;
        let theme = theme?;
        let theme = Theme::ALL.into_iter().find(|t| t.as_str() == theme)?;
        let layout = layout?;
        let layout = Layout::ALL.into_iter().find(|l| l.as_str() == layout)?;
        Some(Settings {
            locale: &locale.code,
            story,
            tab,
            theme,
            layout,
            open: None,
        })
    }
}

/// Resolves a request; the second value lists what was ignored and why.
pub fn resolve(request: &Request) -> (Settings, Vec<String>) {
    let mut warnings = Vec::new();
    let mut settings = Settings::default();

    if let Some(asked) = given(request.lang) {
        match supported_locale(asked) {
            Some(code) => settings.locale = code,
            None => warnings.push(format!(
                "deal-explainer: lang \"{asked}\" is not available; showing {}. Available: {}.",
                settings.locale,
                locale_codes().join(", ")
            )),
        }
    } else if let Some(code) = request
        .page_lang
        .into_iter()
        .chain(request.browser_langs.iter().map(String::as_str))
        .find_map(supported_locale)
    {
        settings.locale = code;
    }

    if let Some(asked) = given(request.story) {
        let stories = &CATALOGUE.fallback_locale().stories;
        match stories.iter().position(|s| s.slug == asked) {
            Some(index) => settings.story = index,
            None => warnings.push(format!(
                "deal-explainer: story \"{asked}\" does not exist; showing \"{}\".",
                stories[0].slug
            )),
        }
    }

    let theme_ids = Theme::ALL.map(Theme::as_str);
    if let Some(i) = choose("theme", request.theme, &theme_ids, &mut warnings) {
        settings.theme = Theme::ALL[i];
    }

    let story: &'static Story = &CATALOGUE.fallback_locale().stories[settings.story];
    let tab_ids: Vec<&str> = Tab::all(story).map(|t| t.id(story)).collect();
    if let Some(i) = choose("tab", request.tab, &tab_ids, &mut warnings) {
        settings.tab = Tab::at(i as isize, story);
    }

    let layout_ids = Layout::ALL.map(Layout::as_str);
    if let Some(i) = choose("layout", request.layout, &layout_ids, &mut warnings) {
        settings.layout = Layout::ALL[i];
    }

    let open_ids: Vec<&'static str> = open_items(story).collect();
    settings.open = choose("open", request.open, &open_ids, &mut warnings).map(|i| open_ids[i]);

    (settings, warnings)
}

/// The position of the value asked for among `ids` (in any case), if it was given; a value
/// that is none of them is reported, and the setting keeps its default (the first id, or
/// none for `open`).
fn choose(
    name: &str,
    asked: Option<&str>,
    ids: &[&str],
    warnings: &mut Vec<String>,
) -> Option<usize> {
    let asked = given(asked)?;
    let found = ids.iter().position(|id| id.eq_ignore_ascii_case(asked));
    if found.is_none() {
        warnings.push(format!(
            "deal-explainer: {name} \"{asked}\" is not one of {}; ignoring it.",
            ids.join(", ")
        ));
    }
    found
}

/// An attribute that is present but empty counts as not given.
fn given(value: Option<&str>) -> Option<&str> {
    value.map(str::trim_ascii).filter(|v| !v.is_empty())
}

/// `nl`, `NL`, `nl-BE` and `nl_NL` all mean Dutch.
fn supported_locale(tag: &str) -> Option<&'static str> {
    let primary = tag.trim_ascii().split(['-', '_']).next()?;
    let locale = CATALOGUE
        .locales
        .iter()
        .find(|l| l.code.eq_ignore_ascii_case(primary))?;
    Some(&locale.code)
}

fn locale_codes() -> Vec<&'static str> {
    CATALOGUE.locales.iter().map(|l| &*l.code).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rendered_attributes_read_back_to_the_same_settings() {
        let settings = Settings {
            locale: "nl",
            story: 0,
            tab: Tab::Terms,
            theme: Theme::Dark,
            layout: Layout::Full,
            open: None,
        };
        let attributes = settings.rendered_attributes();
        let read = Settings::from_rendered_attributes(|name| {
            attributes
                .iter()
                .find(|(n, _)| *n == name)
                .map(|(_, v)| v.to_string())
        });
        assert_eq!(read, Some(settings));
        assert_eq!(Settings::from_rendered_attributes(|_| None), None);
    }

    fn resolve_lang(
        lang: Option<&str>,
        page: Option<&str>,
        browser: &[&str],
    ) -> (&'static str, usize) {
        let browser: Vec<String> = browser.iter().map(|s| s.to_string()).collect();
        let (settings, warnings) = resolve(&Request {
            lang,
            page_lang: page,
            browser_langs: &browser,
            ..Default::default()
        });
        (settings.locale, warnings.len())
    }

    #[test]
    fn language_comes_from_the_attribute_then_the_page_then_the_browser() {
        assert_eq!(resolve_lang(Some("nl"), Some("en"), &["en"]), ("nl", 0));
        assert_eq!(resolve_lang(None, Some("nl-NL"), &["en"]), ("nl", 0));
        assert_eq!(resolve_lang(None, Some("de"), &["fr", "nl-BE"]), ("nl", 0));
        assert_eq!(resolve_lang(None, None, &["NL"]), ("nl", 0));
        assert_eq!(resolve_lang(None, None, &[]), ("en", 0));
    }

    #[test]
    fn an_unknown_language_falls_back_to_english_and_says_so() {
        assert_eq!(resolve_lang(Some("fr"), Some("nl"), &["nl"]), ("en", 1));
        assert_eq!(resolve_lang(Some("  "), Some("nl"), &[]), ("nl", 0));
    }

    #[test]
    fn tabs_and_themes_are_read_and_bad_values_are_reported() {
        let (settings, warnings) = resolve(&Request {
            tab: Some("terms"),
            theme: Some("DARK"),
            ..Default::default()
        });
        assert_eq!(
            (settings.tab, settings.theme, warnings.len()),
            (Tab::Terms, Theme::Dark, 0)
        );

        let (settings, warnings) = resolve(&Request {
            tab: Some("nope"),
            theme: Some("neon"),
            story: Some("x"),
            layout: Some("tiny"),
            open: Some("everything"),
            ..Default::default()
        });
        assert_eq!(settings, Settings::default());
        assert_eq!(warnings.len(), 5);
        assert!(warnings.iter().all(|w| w.starts_with("deal-explainer: ")));
    }

    #[test]
    fn layout_and_open_item_are_read() {
        let (settings, warnings) = resolve(&Request {
            layout: Some("Full"),
            open: Some("sources"),
            ..Default::default()
        });
        assert_eq!(
            (settings.layout, settings.open, warnings.len()),
            (Layout::Full, Some("sources"), 0)
        );
        assert_eq!(Settings::default().layout, Layout::Compact);
    }

    #[test]
    fn a_rack_part_can_be_asked_open_and_an_unknown_one_is_reported() {
        let (settings, warnings) = resolve(&Request {
            open: Some("Cooling"),
            ..Default::default()
        });
        assert_eq!((settings.open, warnings.len()), (Some("cooling"), 0));
        let (settings, warnings) = resolve(&Request {
            open: Some("coolant"),
            ..Default::default()
        });
        assert_eq!(settings.open, None);
        assert_eq!(warnings.len(), 1);
        assert!(warnings[0].contains("cooling"), "{}", warnings[0]);
    }
}
