use yew::prelude::*;

use super::{disclosure, source_citation, View};
use crate::content::Answer;

/// What the deal binds anyone to, as questions a reader turns over one by one.
pub fn terms_panel(view: &View) -> Html {
    let (terms, ui) = (&view.story().terms, view.ui());
    html! {
        <>
            <h3 class="dx-panel__title">{ &*terms.title }</h3>
            <p class="dx-panel__summary">
                { &*terms.intro.text }{ " " }
                { source_citation(view, "terms-intro", &terms.intro.sources) }
            </p>
            <p class="dx-hint dx-needs-js">{ &*ui.terms_hint }</p>
            <ul class="dx-terms">
                { for terms.cards.iter().map(|card| {
                    // The answer's sign (✓, ✕ or –) comes from the stylesheet, by `data-answer`.
                    let answer_kind = match card.answer {
                        Answer::Yes => "yes",
                        Answer::No => "no",
                        Answer::NotStated => "not-stated",
                    };
                    let id = format!("term-{}", card.id);
                    let answer = html! {
                        <>
                            <p class="dx-term__verdict">{ &*card.answer_label }</p>
                            <p class="dx-term__explanation">
                                { &*card.explanation }{ " " }
                                { source_citation(view, &id, &card.sources) }
                            </p>
                        </>
                    };
                    html! {
                        <li class="dx-term" data-answer={answer_kind} key={&*card.id}>
                            { disclosure(view, false, &id, html! { &*card.question }, answer) }
                        </li>
                    }
                }) }
            </ul>
        </>
    }
}
