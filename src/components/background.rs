use yew::prelude::*;

use super::{source_citation, timeline, View};
use crate::content::Fact;

/// What a reader needs to know from before this deal (for OpenAI–Foxconn: the Broadcom
/// agreement), then the story's timeline, if it has one.
pub fn background(view: &View) -> Html {
    let context = &view.story().context;
    html! {
        <section class="dx-background">
            <h3 class="dx-section-heading">{ &*context.title }</h3>
            <p>
                { &*context.intro.text }{ " " }
                { source_citation(view, "background-intro", &context.intro.sources) }
            </p>
            { fact_list(view, "background", &context.facts) }
            { timeline(view) }
        </section>
    }
}

/// Facts as a list, each with its citation; `key` names their citations within the widget.
pub fn fact_list(view: &View, key: &str, facts: &'static [Fact]) -> Html {
    html! {
        <ul class="dx-points">
            { for facts.iter().enumerate().map(|(i, fact)| html! {
                <li class="dx-point">
                    { &*fact.text }{ " " }
                    { source_citation(view, &format!("{key}-{i}"), &fact.sources) }
                </li>
            }) }
        </ul>
    }
}
