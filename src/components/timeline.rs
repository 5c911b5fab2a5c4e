use yew::prelude::*;

use super::{source_citation, View};
use crate::content::MarkKind;

/// What is dated and what is not, in order: days, a period (drawn as a bar) and things with
/// no date announced (drawn hollow), each mark with its sources; part of the background.
pub fn timeline(view: &View) -> Html {
    let Some(timeline) = &view.story().timeline else {
        return html! {};
    };
    html! {
        <section class="dx-timeline">
            <h4 class="dx-subheading">{ &*timeline.title }</h4>
            <ol class="dx-timeline__marks">
                { for timeline.marks.iter().map(|mark| {
                    let kind = match mark.kind {
                        MarkKind::Day => "day",
                        MarkKind::Period => "period",
                        MarkKind::Undated => "undated",
                    };
                    html! {
                        <li data-kind={kind} key={&*mark.id}>
                            <p class="dx-timeline__when">{ &*mark.when }</p>
                            { &*mark.text }{ " " }
                            { source_citation(view, &format!("mark-{}", mark.id), &mark.sources) }
                        </li>
                    }
                }) }
            </ol>
        </section>
    }
}
