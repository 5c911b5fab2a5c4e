use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::{pillar_panel, terms_panel, View};
use crate::state::{Action, Tab};

/// The pillars and the terms as WAI-ARIA tabs: click or tap a tab; arrow keys move from the
/// focused tab to the next (and open it), Home and End jump to the first and last.
pub fn explorer(view: &View) -> Html {
    let on_select = &view.dispatch.reform(Action::SelectTab);
    let (content, ui, selected) = (view.story(), view.ui(), view.state.tab);
    let onkeydown = {
        let on_select = on_select.clone();
        Callback::from(move |event: KeyboardEvent| {
            // The focused tab, which need not be the selected one; its id is `dx-tab-{tab id}`.
            let target = event
                .target()
                .and_then(|target| target.dyn_into::<web_sys::Element>().ok());
            let focused = target
                .as_ref()
                .and_then(|t| {
                    Tab::from_id(t.get_attribute("id")?.strip_prefix("dx-tab-")?, content)
                })
                .unwrap_or(selected);
            let current = focused.index(content) as isize;
            let next = match event.key().as_str() {
                "ArrowRight" | "ArrowDown" => current + 1,
                "ArrowLeft" | "ArrowUp" => current - 1,
                "Home" => 0,
                "End" => Tab::all(content).count() as isize - 1,
                _ => return,
            };
            event.prevent_default();
            let tab = Tab::at(next, content);
            on_select.emit(tab);
            // Focus follows selection (roving tabindex); the tab buttons all exist already.
            // (Yew delegates events, so `current_target` is not the tab list: walk up to it.)
            let button = target
                .and_then(|target| target.closest("[role=tablist]").ok().flatten())
                .and_then(|list| list.children().item(tab.index(content) as u32))
                .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok());
            if let Some(button) = button {
                let _ = button.focus();
            }
        })
    };

    html! {
        <section class="dx-explorer">
            <div class="dx-tabs" role="tablist" aria-label={&*ui.tabs_label} {onkeydown}>
                { for Tab::all(content).map(|tab| {
                    let id = tab.id(content);
                    let is_selected = tab == selected;
                    html! {
                        <button type="button" role="tab" class="dx-tab" id={format!("dx-tab-{id}")}
                            aria-selected={if is_selected { "true" } else { "false" }}
                            aria-controls={format!("dx-panel-{id}")}
                            tabindex={if is_selected { "0" } else { "-1" }}
                            onclick={on_select.reform(move |_| tab)}>
                            { match tab {
                                Tab::Pillar(i) => html! {
                                    <span class="dx-tab__number" aria-hidden="true">{ (i + 1).to_string() }</span>
                                },
                                Tab::Terms => html! {},
                            } }
                            <span class="dx-tab__label">{ tab.label(content) }</span>
                        </button>
                    }
                }) }
            </div>
            { for Tab::all(content).map(|tab| {
                let id = tab.id(content);
                html! {
                    <div class="dx-panel" role="tabpanel" id={format!("dx-panel-{id}")}
                        aria-labelledby={format!("dx-tab-{id}")} tabindex="0" hidden={tab != selected}>
                        { match tab {
                            Tab::Pillar(i) => pillar_panel(view, i),
                            Tab::Terms => terms_panel(view),
                        } }
                    </div>
                }
            }) }
        </section>
    }
}
