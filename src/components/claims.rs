use yew::prelude::*;

use super::{source_citation, View};

/// Claims from the coverage checked against the primary source: who made the claim (their
/// words behind a citation), what we found, and what that rests on.
pub fn claim_checks(view: &View) -> Html {
    let (claims, labels) = (&view.story().claims, view.ui());
    if claims.is_empty() {
        return html! {};
    }
    html! {
        <section class="dx-claims">
            <h3 class="dx-section-heading">{ &*labels.claims_heading }</h3>
            { for claims.iter().map(|claim| html! {
                <div class="dx-claim" key={&*claim.id}>
                    <p class="dx-claim__reported">
                        { &*labels.claim_reported_by }{ " " }
                        { source_citation(view, &format!("claim-{}-by", claim.id), &claim.claimed_by) }
                    </p>
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
            }) }
        </section>
    }
}
