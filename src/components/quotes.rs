use yew::prelude::*;

use super::SourceCitation;
use crate::content::{Interface, Story};
use crate::state::Static;

#[derive(Properties, PartialEq)]
pub struct QuotesProps {
    pub story: Static<Story>,
    pub ui: Static<Interface>,
}

/// The leaders' words verbatim, in the language they were said in, with our translation
/// beside them where the reader's language differs.
#[component]
pub fn Quotes(props: &QuotesProps) -> Html {
    let ui = props.ui.0;
    html! {
        <section class="dx-quotes" aria-labelledby="dx-quotes-heading">
            <h3 class="dx-section-heading" id="dx-quotes-heading">{ ui.quotes_heading.as_ref() }</h3>
            { for props.story.0.quotes.iter().map(|quote| html! {
                <figure class="dx-quote" key={quote.id.as_ref()}>
                    <blockquote class="dx-quote__text" lang={quote.original_language.as_ref()}>
                        <p>{ quote.text.as_ref() }</p>
                    </blockquote>
                    { if quote.translation.is_empty() { html! {} } else { html! {
                        <p class="dx-quote__translation">
                            <span class="dx-quote__translation-label">{ ui.translation_label.as_ref() }{ ": " }</span>
                            { quote.translation.as_ref() }
                        </p>
                    } } }
                    <figcaption class="dx-quote__speaker">
                        <span class="dx-quote__name">{ quote.speaker.as_ref() }</span>
                        { ", " }{ quote.role.as_ref() }{ " " }
                        <SourceCitation id={format!("quote-{}", quote.id)} sources={Static(&*quote.sources)}
                            story={props.story} ui={props.ui} />
                    </figcaption>
                </figure>
            }) }
        </section>
    }
}
