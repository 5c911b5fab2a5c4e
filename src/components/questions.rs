use yew::prelude::*;

use super::{disclosure, source_citation, View};

/// Questions readers ask, each answer opened on demand.
pub fn reader_questions(view: &View) -> Html {
    html! {
        <section class="dx-questions">
            <h3 class="dx-section-heading">{ &*view.ui().questions_heading }</h3>
            { for view.story().questions.iter().map(|question| {
                let id = format!("question-{}", question.id);
                let answer = html! {
                    <p>
                        { &*question.answer }{ " " }
                        { source_citation(view, &id, &question.sources) }
                    </p>
                };
                disclosure(view, false, &id, html! { &*question.question }, answer)
            }) }
        </section>
    }
}
