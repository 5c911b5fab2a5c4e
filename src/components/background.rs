use yew::prelude::*;

use super::{source_citation, View};

/// What a reader needs to know from before this deal (for OpenAI–Foxconn: the Broadcom
/// agreement).
pub fn background(view: &View) -> Html {
    let context = &view.story().context;
    html! {
        <section class="dx-background">
            <h3 class="dx-section-heading">{ &*context.title }</h3>
            <p>
                { &*context.intro.text }{ " " }
                { source_citation(view, "background-intro", &context.intro.sources) }
            </p>
            <ul class="dx-points">
                { for context.facts.iter().enumerate().map(|(i, fact)| html! {
                    <li class="dx-point">
                        { &*fact.text }{ " " }
                        { source_citation(view, &format!("background-{i}"), &fact.sources) }
                    </li>
                }) }
            </ul>
        </section>
    }
}
