use yew::prelude::*;

use super::SourceCitation;
use crate::content::{Interface, Story};
use crate::state::Static;

/// One pillar: what it is in a sentence, then the points, each with its source.
pub fn pillar_panel(story: Static<Story>, ui: Static<Interface>, index: usize) -> Html {
    let pillar = &story.0.pillars[index];
    let count = story.0.pillars.len();
    html! {
        <>
            <p class="dx-panel__eyebrow">
                { ui.0.pillar_number_prefix.as_ref() }{ format!(" {} / {count}", index + 1) }
            </p>
            <h3 class="dx-panel__title">{ pillar.title.as_ref() }</h3>
            <p class="dx-panel__summary">
                { pillar.summary.text.as_ref() }{ " " }
                <SourceCitation id={format!("{}-summary", pillar.id)} sources={Static(&*pillar.summary.sources)}
                    {story} {ui} />
            </p>
            <ul class="dx-points">
                { for pillar.points.iter().enumerate().map(|(i, point)| html! {
                    <li class="dx-point">
                        { point.text.as_ref() }{ " " }
                        <SourceCitation id={format!("{}-{i}", pillar.id)} sources={Static(&*point.sources)}
                            {story} {ui} />
                    </li>
                }) }
            </ul>
        </>
    }
}
