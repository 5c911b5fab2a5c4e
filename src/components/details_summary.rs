use yew::prelude::*;

use super::{details_card, disclosure, View};

/// The details card behind one line (publisher · type · date · reading time · level) that
/// opens to the whole card. The line's first part, the card's heading, is for screen readers
/// only, and the dots between the others are drawn by the stylesheet and read as commas.
pub fn details_summary(view: &View) -> Html {
    let (details, ui) = (&view.story().details, view.ui());
    let parts = [
        &ui.details_heading,
        &details.publisher,
        &details.kind,
        &details.published,
        &details.reading_time,
        &details.level,
    ];
    let summary = html! {
        <span class="dx-summary">
            { for parts.into_iter().map(|part| html! { <span>{ &**part }</span> }) }
        </span>
    };
    disclosure(view, true, "details", summary, details_card(view))
}
