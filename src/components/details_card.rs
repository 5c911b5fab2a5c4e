use yew::prelude::*;

use super::{fact_list, source_citation, View};

/// The announcement at a glance: the details card of the primary source's news page as the
/// page has it, then, apart from it, the explainer's own reading of the deal.
pub fn details_card(view: &View) -> Html {
    let (labels, story) = (view.ui(), view.story());
    let details = &story.details;
    let row = |label: &'static str, value: Html| {
        html! { <div class="dx-details__row"><dt>{ label }</dt><dd>{ value }</dd></div> }
    };
    html! {
        <>
            <section class="dx-details">
                <h3 class="dx-section-heading">{ &*labels.details_heading }</h3>
                <dl class="dx-details__list">
                    { row(&labels.publisher_label, html! { &*details.publisher }) }
                    { row(&labels.kind_label, html! { &*details.kind }) }
                    { row(&labels.published_label, html! {
                        <time datetime={&*details.published_iso}>{ &*details.published }</time>
                    }) }
                    { row(&labels.reading_time_label, html! { &*details.reading_time }) }
                    { row(&labels.audience_label, html! { &*details.audience }) }
                    { row(&labels.level_label, html! { &*details.level }) }
                </dl>
                <p class="dx-details__impact">
                    <strong>{ &*labels.impact_label }{ ": " }</strong>{ &*details.impact }
                </p>
                <h4 class="dx-subheading">{ &*labels.why_it_matters_label }</h4>
                <ul class="dx-details__why">
                    { for details.why_it_matters.iter().map(|point| html! { <li>{ &**point }</li> }) }
                </ul>
                <ul class="dx-tags" aria-label={&*labels.tags_label}>
                    { for details.tags.iter().map(|tag| html! { <li class="dx-tag">{ &**tag }</li> }) }
                </ul>
                { source_citation(view, "details", &details.sources) }
            </section>
            <section class="dx-analysis">
                <h3 class="dx-section-heading">{ &*labels.analysis_heading }</h3>
                <p class="dx-analysis__note">{ &*labels.analysis_note }</p>
                { fact_list(view, "analysis", &story.analysis) }
            </section>
        </>
    }
}
