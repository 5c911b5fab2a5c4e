use yew::prelude::*;

use super::{
    background, claim_checks, disclosure, generations, quotes, reader_questions, source_list,
    timeline, View,
};

/// The sections after the explorer and the rack (rack generations, the leaders' words, the
/// background, the timeline, the checked claims, reader questions, the sources), each behind
/// a heading that opens it; the ids are
/// [`OPEN_ITEMS`](crate::state::OPEN_ITEMS). In the compact layout a reader opens the ones
/// they want; the full layout, print and the page without JavaScript show them all under
/// their own headings (widget.css, widget-static.css).
pub fn sections(view: &View) -> Html {
    let (story, ui) = (view.story(), view.ui());
    let section = |id, title: &str, body| disclosure(view, true, id, html! { title }, body);
    html! {
        <div class="dx-more">
            { for story.generations.iter().map(|g| section("generations", &g.title, generations(view))) }
            { section("quotes", &ui.quotes_heading, quotes(view)) }
            { section("background", &story.context.title, background(view)) }
            { for story.timeline.iter().map(|t| section("timeline", &t.title, timeline(view))) }
            { if story.claims.is_empty() { html! {} } else {
                section("claims", &ui.claims_heading, claim_checks(view))
            } }
            { section("questions", &ui.questions_heading, reader_questions(view)) }
            { section("sources", &ui.sources_heading, source_list(view)) }
        </div>
    }
}
