use yew::prelude::*;

use super::{
    background, claim_checks, disclosure, quotes, rack_explorer, reader_questions, source_list,
    View,
};

/// The sections after the explorer (the drawn rack with its generations, the leaders' words,
/// the background with its timeline, the checked claims, reader questions, the sources), each
/// behind a heading that opens it; the ids are [`OPEN_ITEMS`](crate::state::OPEN_ITEMS). In the compact layout a reader opens the ones
/// they want; the full layout, print and the page without JavaScript show them all under
/// their own headings (widget.css, widget-static.css).
pub fn sections(view: &View) -> Html {
    let (story, ui) = (view.story(), view.ui());
    let section = |id, title: &str, body| disclosure(view, true, id, html! { title }, body);
    html! {
        <div class="dx-more">
            { for story.rack.iter().map(|r| section("rack", &r.title, rack_explorer(view))) }
            { section("quotes", &ui.quotes_heading, quotes(view)) }
            { section("background", &story.context.title, background(view)) }
            { if story.claims.is_empty() { html! {} } else {
                section("claims", &ui.claims_heading, claim_checks(view))
            } }
            { section("questions", &ui.questions_heading, reader_questions(view)) }
            { section("sources", &ui.sources_heading, source_list(view)) }
        </div>
    }
}
