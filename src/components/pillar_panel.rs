use yew::prelude::*;

use super::SourceCitation;
use crate::content::{Interface, Story};
use crate::state::Static;

#[derive(Properties, PartialEq)]
pub struct PillarPanelProps {
    pub story: Static<Story>,
    pub ui: Static<Interface>,
    pub index: usize,
}

/// One pillar: what it is in a sentence, then the points, each with its source.
#[component]
pub fn PillarPanel(props: &PillarPanelProps) -> Html {
    let pillar = &props.story.0.pillars[props.index];
    let count = props.story.0.pillars.len();
    html! {
        <>
            <p class="dx-panel__eyebrow">
                { props.ui.0.pillar_number_prefix.as_ref() }{ format!(" {} / {count}", props.index + 1) }
            </p>
            <h3 class="dx-panel__title">{ pillar.title.as_ref() }</h3>
            <p class="dx-panel__summary">{ pillar.summary.as_ref() }</p>
            <ul class="dx-points">
                { for pillar.points.iter().enumerate().map(|(i, point)| html! {
                    <li class="dx-point">
                        { point.text.as_ref() }{ " " }
                        <SourceCitation id={format!("{}-{i}", pillar.id)} sources={Static(&*point.sources)}
                            story={props.story} ui={props.ui} />
                    </li>
                }) }
            </ul>
        </>
    }
}
