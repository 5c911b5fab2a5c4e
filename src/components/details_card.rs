use yew::prelude::*;

use super::{source_citation, View};

/// The announcement at a glance, shaped like the details card of the primary source's page.
pub fn details_card(view: &View) -> Html {
    let labels = view.ui.0;
    let details = &view.story.0.details;
    let row = |label: &'static str, value: Html| {
        html! { <div class="dx-details__row"><dt>{ label }</dt><dd>{ value }</dd></div> }
    };
    html! {
        <section class="dx-details">
            <h3 class="dx-section-heading">{ labels.details_heading.as_ref() }</h3>
            <dl class="dx-details__list">
                { row(labels.publisher_label.as_ref(), html! { details.publisher.as_ref() }) }
                { row(labels.kind_label.as_ref(), html! { details.kind.as_ref() }) }
                { row(labels.published_label.as_ref(), html! {
                    <time datetime={details.published_iso.as_ref()}>{ details.published.as_ref() }</time>
                }) }
                { row(labels.reading_time_label.as_ref(), html! { details.reading_time.as_ref() }) }
                { row(labels.audience_label.as_ref(), html! { details.audience.as_ref() }) }
                { row(labels.level_label.as_ref(), html! { details.level.as_ref() }) }
            </dl>
            <p class="dx-details__impact">
                <strong>{ labels.impact_label.as_ref() }{ ": " }</strong>{ details.impact.as_ref() }
            </p>
            <h4 class="dx-subheading">{ labels.why_it_matters_label.as_ref() }</h4>
            <ul class="dx-details__why">
                { for details.why_it_matters.iter().map(|point| html! { <li>{ point.as_ref() }</li> }) }
            </ul>
            <ul class="dx-tags" aria-label={labels.tags_label.as_ref()}>
                { for details.tags.iter().map(|tag| html! { <li class="dx-tag">{ tag.as_ref() }</li> }) }
            </ul>
            { source_citation(view, "details", &details.sources) }
        </section>
    }
}
