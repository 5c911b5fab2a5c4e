use yew::prelude::*;

use super::{pillar_parts, source_citation, View};

/// One pillar: what it is in a sentence, then the points, each with its source.
pub fn pillar_panel(view: &View, index: usize) -> Html {
    let (story, ui) = (view.story(), view.ui());
    let pillar = &story.pillars[index];
    let count = story.pillars.len();
    html! {
        <>
            <p class="dx-panel__eyebrow">
                { &*ui.pillar_number_prefix }{ format!(" {} / {count}", index + 1) }
            </p>
            <h3 class="dx-panel__title">{ &*pillar.title }</h3>
            <p class="dx-panel__summary">
                { &*pillar.summary.text }{ " " }
                { source_citation(view, &format!("{}-summary", pillar.id), &pillar.summary.sources) }
            </p>
            <ul class="dx-points">
                { for pillar.points.iter().enumerate().map(|(i, point)| html! {
                    <li class="dx-point">
                        { &*point.text }{ " " }
                        { source_citation(view, &format!("{}-{i}", pillar.id), &point.sources) }
                    </li>
                }) }
            </ul>
            { pillar_parts(view, &pillar.id) }
        </>
    }
}
