use yew::prelude::*;

use super::{source_citation, View};

/// The leaders' words verbatim, in the language they were said in, with our translation
/// beside them where the reader's language differs.
pub fn quotes(view: &View) -> Html {
    let (story, labels) = (view.story, view.ui.0);
    html! {
        <section class="dx-quotes">
            <h3 class="dx-section-heading">{ labels.quotes_heading.as_ref() }</h3>
            { for story.0.quotes.iter().map(|quote| html! {
                <figure class="dx-quote" key={quote.id.as_ref()}>
                    <blockquote class="dx-quote__text" lang={quote.original_language.as_ref()}>
                        <p>{ quote.text.as_ref() }</p>
                    </blockquote>
                    { if quote.translation.is_empty() { html! {} } else { html! {
                        <p class="dx-quote__translation">
                            <span class="dx-quote__translation-label">{ labels.translation_label.as_ref() }{ ": " }</span>
                            { quote.translation.as_ref() }
                        </p>
                    } } }
                    <figcaption class="dx-quote__speaker">
                        <span class="dx-quote__name">{ quote.speaker.as_ref() }</span>
                        { ", " }{ quote.role.as_ref() }{ " " }
                        { source_citation(view, &format!("quote-{}", quote.id), &quote.sources) }
                    </figcaption>
                </figure>
            }) }
        </section>
    }
}
