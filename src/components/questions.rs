use yew::prelude::*;

use super::{Disclosure, SourceCitation};
use crate::content::{Interface, Story};
use crate::state::Static;

/// Questions readers ask, each answer opened on demand.
pub fn reader_questions(story: Static<Story>, ui: Static<Interface>) -> Html {
    html! {
        <section class="dx-questions">
            <h3 class="dx-section-heading">{ ui.0.questions_heading.as_ref() }</h3>
            { for story.0.questions.iter().map(|question| html! {
                <Disclosure key={question.id.as_ref()} id={format!("question-{}", question.id)}
                    class="dx-question" summary={html! { question.question.as_ref() }}>
                    <p>
                        { question.answer.as_ref() }{ " " }
                        <SourceCitation id={format!("question-{}", question.id)} sources={Static(&*question.sources)}
                            {story} {ui} />
                    </p>
                </Disclosure>
            }) }
        </section>
    }
}
