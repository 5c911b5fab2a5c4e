use yew::prelude::*;

use super::SourceCitation;
use crate::content::{Interface, Story};
use crate::state::Static;

#[derive(Properties, PartialEq)]
pub struct BackgroundProps {
    pub story: Static<Story>,
    pub ui: Static<Interface>,
}

/// What a reader needs to know from before this deal (for OpenAI–Foxconn: the Broadcom
/// agreement).
#[component]
pub fn Background(props: &BackgroundProps) -> Html {
    let context = &props.story.0.context;
    html! {
        <section class="dx-background" aria-labelledby="dx-background-heading">
            <h3 class="dx-section-heading" id="dx-background-heading">{ context.title.as_ref() }</h3>
            <p>{ context.intro.as_ref() }</p>
            <ul class="dx-points">
                { for context.facts.iter().enumerate().map(|(i, fact)| html! {
                    <li class="dx-point">
                        { fact.text.as_ref() }{ " " }
                        <SourceCitation id={format!("background-{i}")} sources={Static(&*fact.sources)}
                            story={props.story} ui={props.ui} />
                    </li>
                }) }
            </ul>
        </section>
    }
}
