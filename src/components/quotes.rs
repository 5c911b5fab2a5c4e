use yew::prelude::*;

use super::{source_citation, View};

/// The leaders' words verbatim, in the language they were said in and as the source prints
/// them (a paragraph per passage between its attributions), with our translation beside them
/// where the reader's language differs.
pub fn quotes(view: &View) -> Html {
    let (story, labels) = (view.story(), view.ui());
    html! {
        <section class="dx-quotes">
            <h3 class="dx-section-heading">{ &*labels.quotes_heading }</h3>
            { for story.quotes.iter().map(|quote| html! {
                <figure class="dx-quote" key={&*quote.id}>
                    <blockquote class="dx-quote__text" lang={&*quote.original_language}>
                        { for quote.passages.iter().map(|passage| html! { <p>{ &**passage }</p> }) }
                    </blockquote>
                    { if quote.translation.is_empty() { html! {} } else { html! {
                        <p class="dx-quote__translation">
                            <span class="dx-quote__translation-label">{ &*labels.translation_label }{ ": " }</span>
                            { &*quote.translation }
                        </p>
                    } } }
                    <figcaption class="dx-quote__speaker">
                        <span class="dx-quote__name">{ &*quote.speaker }</span>
                        { ", " }{ &*quote.role }{ " " }
                        { source_citation(view, &format!("quote-{}", quote.id), &quote.sources) }
                    </figcaption>
                </figure>
            }) }
        </section>
    }
}
