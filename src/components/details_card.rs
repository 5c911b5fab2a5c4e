use yew::prelude::*;

use super::SourceCitation;
use crate::content::{Interface, Story};
use crate::state::Static;

#[derive(Properties, PartialEq)]
pub struct DetailsCardProps {
    pub story: Static<Story>,
    pub ui: Static<Interface>,
}

/// The announcement at a glance, shaped like the details card of the primary source's page.
#[component]
pub fn DetailsCard(props: &DetailsCardProps) -> Html {
    let (story, ui) = (props.story, props.ui.0);
    let details = &story.0.details;
    let row = |label: &'static str, value: Html| {
        html! { <div class="dx-details__row"><dt>{ label }</dt><dd>{ value }</dd></div> }
    };
    html! {
        <section class="dx-details" aria-labelledby="dx-details-heading">
            <h3 class="dx-section-heading" id="dx-details-heading">{ ui.details_heading.as_ref() }</h3>
            <dl class="dx-details__list">
                { row(ui.publisher_label.as_ref(), html! { details.publisher.as_ref() }) }
                { row(ui.kind_label.as_ref(), html! { details.kind.as_ref() }) }
                { row(ui.published_label.as_ref(), html! {
                    <time datetime={details.published_iso.as_ref()}>{ details.published.as_ref() }</time>
                }) }
                { row(ui.reading_time_label.as_ref(), html! { details.reading_time.as_ref() }) }
                { row(ui.audience_label.as_ref(), html! { details.audience.as_ref() }) }
                { row(ui.level_label.as_ref(), html! { details.level.as_ref() }) }
            </dl>
            <p class="dx-details__impact">
                <strong>{ ui.impact_label.as_ref() }{ ": " }</strong>{ details.impact.as_ref() }
            </p>
            <h4 class="dx-subheading">{ ui.why_it_matters_label.as_ref() }</h4>
            <ul class="dx-details__why">
                { for details.why_it_matters.iter().map(|point| html! { <li>{ point.as_ref() }</li> }) }
            </ul>
            <ul class="dx-tags" aria-label={ui.tags_label.as_ref()}>
                { for details.tags.iter().map(|tag| html! { <li class="dx-tag">{ tag.as_ref() }</li> }) }
            </ul>
            <SourceCitation id="details" sources={Static(&*details.sources)} {story} ui={props.ui} />
        </section>
    }
}
