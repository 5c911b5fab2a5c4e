use yew::prelude::*;

use super::SourceCitation;
use crate::content::{Interface, Story};
use crate::state::Static;

/// What a reader needs to know from before this deal (for OpenAI–Foxconn: the Broadcom
/// agreement).
pub fn background(story: Static<Story>, ui: Static<Interface>) -> Html {
    let context = &story.0.context;
    html! {
        <section class="dx-background">
            <h3 class="dx-section-heading">{ context.title.as_ref() }</h3>
            <p>
                { context.intro.text.as_ref() }{ " " }
                <SourceCitation id="background-intro" sources={Static(&*context.intro.sources)} {story} {ui} />
            </p>
            <ul class="dx-points">
                { for context.facts.iter().enumerate().map(|(i, fact)| html! {
                    <li class="dx-point">
                        { fact.text.as_ref() }{ " " }
                        <SourceCitation id={format!("background-{i}")} sources={Static(&*fact.sources)}
                            {story} {ui} />
                    </li>
                }) }
            </ul>
        </section>
    }
}
