use yew::prelude::*;

use super::{source_citation, View};

/// Claims from the coverage that the primary source does not bear out, shown as checked
/// claims rather than repeated as fact.
pub fn claim_checks(view: &View) -> Html {
    let (claims, sources, labels) = (&view.story().claims, &view.story().sources, view.ui());
    if claims.is_empty() {
        return html! {};
    }
    html! {
        <section class="dx-claims">
            <h3 class="dx-section-heading">{ &*labels.claims_heading }</h3>
            { for claims.iter().map(|claim| {
                // The loader guarantees `claimed_by` names a source; numbered as in the list.
                let reporter = sources.iter().position(|s| s.id == claim.claimed_by);
                let reporter_name = reporter
                    .map(|i| format!("{} {} ({})", labels.source_label, i + 1, sources[i].publisher))
                    .unwrap_or_default();
                html! {
                    <div class="dx-claim" key={&*claim.id}>
                        <p class="dx-claim__reported">{ &*labels.claim_reported_by }{ " " }{ reporter_name }</p>
                        // Our summary of the claim, not the report's words: no quotation marks.
                        <p class="dx-claim__text">{ &*claim.claim }</p>
                        <p class="dx-claim__verdict">
                            <span class="dx-claim__verdict-label">{ &*labels.claim_verdict_label }{ ": " }</span>
                            <strong>{ &*claim.verdict }</strong>
                        </p>
                        <p class="dx-claim__explanation">
                            { &*claim.explanation }{ " " }
                            { source_citation(view, &format!("claim-{}", claim.id), &claim.sources) }
                        </p>
                    </div>
                }
            }) }
        </section>
    }
}
