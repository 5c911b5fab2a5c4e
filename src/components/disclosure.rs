use yew::prelude::*;

use super::View;

/// The WAI-ARIA disclosure pattern: a heading holding a button (the question, `summary`)
/// that shows and hides the region after it (the answer, `body`). `id` is unique within the
/// widget and names the region. A section of the widget takes an `h3` heading (`section`),
/// an answer within one an `h4`. Without JavaScript the region is shown (see
/// `static/widget-static.css`).
pub fn disclosure(view: &View, section: bool, id: &str, summary: Html, body: Html) -> Html {
    let region_id = format!("dx-{id}");
    let open = view.state.is_open(&region_id);
    let button = html! {
        <button type="button" class="dx-disclosure__toggle"
            aria-expanded={if open { "true" } else { "false" }}
            aria-controls={region_id.clone()} onclick={view.toggle(&region_id)}>
            { summary }
        </button>
    };
    html! {
        <div class="dx-disclosure">
            { if section {
                html! { <h3 class="dx-disclosure__heading">{ button }</h3> }
            } else {
                html! { <h4 class="dx-disclosure__heading">{ button }</h4> }
            } }
            <div class="dx-disclosure__region" id={region_id} hidden={!open}>
                { body }
            </div>
        </div>
    }
}
