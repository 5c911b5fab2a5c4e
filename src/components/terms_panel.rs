use yew::prelude::*;

use super::{Disclosure, SourceCitation};
use crate::content::{Answer, Interface, Story};
use crate::state::Static;

/// What the deal binds anyone to, as questions a reader turns over one by one.
pub fn terms_panel(story: Static<Story>, ui: Static<Interface>) -> Html {
    let terms = &story.0.terms;
    html! {
        <>
            <h3 class="dx-panel__title">{ terms.title.as_ref() }</h3>
            <p class="dx-panel__summary">
                { terms.intro.text.as_ref() }{ " " }
                <SourceCitation id="terms-intro" sources={Static(&*terms.intro.sources)} {story} {ui} />
            </p>
            <p class="dx-hint dx-needs-js">{ ui.0.terms_hint.as_ref() }</p>
            <ul class="dx-terms">
                { for terms.cards.iter().map(|card| {
                    let (class, mark) = match card.answer {
                        Answer::Yes => ("dx-term--yes", "✓"),
                        Answer::No => ("dx-term--no", "✕"),
                    };
                    html! {
                        <li key={card.id.as_ref()}>
                            <Disclosure id={format!("term-{}", card.id)} class={classes!("dx-term", class)}
                                summary={html! { card.question.as_ref() }}>
                                <p class="dx-term__verdict">
                                    <span class="dx-term__mark" aria-hidden="true">{ mark }</span>
                                    { card.answer_label.as_ref() }
                                </p>
                                <p class="dx-term__explanation">
                                    { card.explanation.as_ref() }{ " " }
                                    <SourceCitation id={format!("term-{}", card.id)} sources={Static(&*card.sources)}
                                        {story} {ui} />
                                </p>
                            </Disclosure>
                        </li>
                    }
                }) }
            </ul>
        </>
    }
}
