use yew::prelude::*;

use super::{
    background, claim_checks, details_card, embed_dialog, explorer, generations, language_switch,
    quotes, rack_explorer, reader_questions, source_list, timeline, View,
};
use crate::settings::Settings;
use crate::state::{Action, ExplainerState};

#[derive(Properties, PartialEq, Clone)]
pub struct ExplainerProps {
    /// What the embedding asked for. Later changes (an attribute set on the custom element)
    /// take effect live; the reader's own choices stand until the embedder asks again.
    #[prop_or_default]
    pub settings: Settings,
    /// Told the language code and tab id whenever either changes (deep links use it).
    #[prop_or_default]
    pub on_change: Option<Callback<(&'static str, &'static str)>>,
    /// Absolute URL of the folder the widget is served from, for the embed snippets; the
    /// browser mount code knows it, the server does not.
    #[prop_or_default]
    pub embed_base: AttrValue,
}

/// The whole widget for one story.
#[component]
pub fn Explainer(props: &ExplainerProps) -> Html {
    let settings = &props.settings;
    let state = use_reducer(|| ExplainerState::new(settings.locale, settings.story, settings.tab));
    let dialog = use_node_ref();

    {
        let dispatcher = state.dispatcher();
        use_effect_with(settings.locale, move |code| {
            dispatcher.dispatch(Action::SetLocale(code.to_string()))
        });
    }
    {
        let dispatcher = state.dispatcher();
        // The tab and what to open (a rack part, by id) come together in a deep link; an
        // embed that asks to open something asks again for its tab.
        use_effect_with((settings.tab, settings.open), move |(tab, open)| {
            dispatcher.dispatch(Action::SelectTab(*tab));
            if let Some(id) = open {
                dispatcher.dispatch(Action::Open(format!("dx-part-{id}")));
            }
        });
    }
    {
        let on_change = props.on_change.clone();
        let story = state.story();
        use_effect_with((state.locale, state.tab), move |(locale, tab)| {
            if let Some(on_change) = on_change {
                on_change.emit((&*locale.0.code, tab.id(story)));
            }
        });
    }

    let locale = state.locale;
    let dispatch = state.dispatcher().to_callback();
    let view = View {
        state: &state,
        dispatch: &dispatch,
    };
    let (story, ui) = (view.story(), view.ui());
    let on_locale = dispatch.reform(Action::SetLocale);

    html! {
        <article class="dx" lang={&*locale.0.code} data-theme={settings.theme.as_str()}
            aria-labelledby="dx-headline">
            <header class="dx-header">
                <p class="dx-kicker">{ &*ui.kicker }</p>
                <h2 class="dx-headline" id="dx-headline">{ &*story.headline }</h2>
                <p class="dx-standfirst">{ &*story.standfirst }</p>
                <div class="dx-toolbar">
                    { language_switch(locale, &on_locale) }
                    { embed_dialog(&view, &props.embed_base, &dialog) }
                </div>
            </header>
            { details_card(&view) }
            { explorer(&view) }
            { rack_explorer(&view) }
            { generations(&view) }
            { quotes(&view) }
            { background(&view) }
            { timeline(&view) }
            { claim_checks(&view) }
            { reader_questions(&view) }
            { source_list(&view) }
        </article>
    }
}
