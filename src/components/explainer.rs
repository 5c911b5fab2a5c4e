use yew::prelude::*;

use super::{details_summary, embed_dialog, explorer, language_switch, sections, View};
use crate::settings::{Layout, Settings};
use crate::state::{Action, ExplainerState};

#[derive(Properties, PartialEq, Clone)]
pub struct ExplainerProps {
    /// What the embedding asked for. Later changes (an attribute set on the custom element)
    /// take effect live; the reader's own choices stand until the embedder asks again.
    #[prop_or_default]
    pub settings: Settings,
    /// Told the language code, the tab id and the open item (of
    /// [`OPEN_ITEMS`](crate::state::OPEN_ITEMS), `""` if none) whenever one changes (deep
    /// links use it).
    #[prop_or_default]
    pub on_change: Option<Callback<(&'static str, &'static str, &'static str)>>,
    /// Absolute URL of the folder the widget is served from, for the embed snippets; the
    /// browser mount code knows it, the server does not.
    #[prop_or_default]
    pub embed_base: AttrValue,
    /// Counts the reader's navigations to a deep link: each applies the language, tab and open
    /// item asked for again, even where they equal those asked last.
    #[prop_or_default]
    pub navigations: u32,
}

/// The whole widget for one story.
#[component]
pub fn Explainer(props: &ExplainerProps) -> Html {
    let settings = &props.settings;
    let state = use_reducer(|| ExplainerState::new(settings.locale, settings.story, settings.tab));
    let dialog = use_node_ref();

    {
        let dispatcher = state.dispatcher();
        use_effect_with((settings.locale, props.navigations), move |(code, _)| {
            dispatcher.dispatch(Action::SetLocale(code.to_string()))
        });
    }
    {
        // The item to open goes with the tab: asked for together, in an attribute or a link.
        let dispatcher = state.dispatcher();
        use_effect_with(
            (settings.tab, settings.open, props.navigations),
            move |(tab, item, _)| {
                dispatcher.dispatch(Action::SelectTab(*tab));
                if let Some(item) = item {
                    dispatcher.dispatch(Action::Open(format!("dx-{item}")))
                }
            },
        );
    }
    {
        let on_change = props.on_change.clone();
        let story = state.story();
        use_effect_with(
            (state.locale, state.tab, state.open_item()),
            move |(locale, tab, item)| {
                if let Some(on_change) = on_change {
                    on_change.emit((&*locale.0.code, tab.id(story), item.unwrap_or_default()));
                }
            },
        );
    }

    let locale = state.locale;
    let dispatch = state.dispatcher().to_callback();
    let view = View {
        state: &state,
        layout: settings.layout,
        dispatch: &dispatch,
    };
    let (story, ui) = (view.story(), view.ui());
    let on_locale = dispatch.reform(Action::SetLocale);
    let standfirst = match settings.layout {
        Layout::Compact => &story.short_standfirst,
        Layout::Full => &story.standfirst,
    };

    html! {
        <article class="dx" lang={&*locale.0.code} data-theme={settings.theme.as_str()}
            data-layout={settings.layout.as_str()} aria-labelledby="dx-headline">
            <header class="dx-header">
                <p class="dx-kicker">{ &*ui.kicker }</p>
                <h2 class="dx-headline" id="dx-headline">{ &*story.headline }</h2>
                <p class="dx-standfirst">{ &**standfirst }</p>
                <div class="dx-toolbar">
                    { language_switch(locale, &on_locale) }
                    { embed_dialog(&view, &props.embed_base, &dialog) }
                </div>
                // Says, when the language changes, one short sentence in the new language:
                // the text that changed is too long to announce.
                <p class="dx-visually-hidden" role="status">{ &*ui.language_announcement }</p>
            </header>
            { details_summary(&view) }
            { explorer(&view) }
            { sections(&view) }
        </article>
    }
}
