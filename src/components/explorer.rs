use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::{PillarPanel, TermsPanel};
use crate::content::{Interface, Story};
use crate::state::{Static, Tab};

#[derive(Properties, PartialEq)]
pub struct ExplorerProps {
    pub story: Static<Story>,
    pub ui: Static<Interface>,
    pub selected: Tab,
    pub on_select: Callback<Tab>,
}

/// The pillars and the terms as WAI-ARIA tabs: click or tap a tab; arrow keys move between
/// tabs (and open them), Home and End jump to the first and last.
#[component]
pub fn Explorer(props: &ExplorerProps) -> Html {
    let tablist = use_node_ref();
    let story = props.story.0;
    let count = Tab::all(story).count() as isize;

    let onkeydown = {
        let (tablist, on_select, selected) = (tablist.clone(), props.on_select.clone(), props.selected);
        Callback::from(move |event: KeyboardEvent| {
            let current = selected.index(story) as isize;
            let next = match event.key().as_str() {
                "ArrowRight" | "ArrowDown" => current + 1,
                "ArrowLeft" | "ArrowUp" => current - 1,
                "Home" => 0,
                "End" => count - 1,
                _ => return,
            };
            event.prevent_default();
            let tab = Tab::at(next, story);
            on_select.emit(tab);
            // Focus follows selection (roving tabindex): the tab buttons are already there.
            if let Some(button) = tablist
                .cast::<web_sys::Element>()
                .and_then(|list| list.children().item(tab.index(story) as u32))
                .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
            {
                let _ = button.focus();
            }
        })
    };

    html! {
        <section class="dx-explorer">
            <div class="dx-tabs" role="tablist" aria-label={props.ui.0.tabs_label.as_ref()}
                ref={tablist} {onkeydown}>
                { for Tab::all(story).map(|tab| {
                    let id = tab.id(story);
                    let selected = tab == props.selected;
                    html! {
                        <button type="button" role="tab" class="dx-tab" id={format!("dx-tab-{id}")}
                            aria-selected={if selected { "true" } else { "false" }}
                            aria-controls={format!("dx-panel-{id}")}
                            tabindex={if selected { "0" } else { "-1" }}
                            onclick={props.on_select.reform(move |_| tab)}>
                            { match tab {
                                Tab::Pillar(i) => html! {
                                    <span class="dx-tab__number" aria-hidden="true">{ (i + 1).to_string() }</span>
                                },
                                Tab::Terms => html! {},
                            } }
                            <span class="dx-tab__label">{ tab.label(story) }</span>
                        </button>
                    }
                }) }
            </div>
            { for Tab::all(story).map(|tab| {
                let id = tab.id(story);
                html! {
                    <div class="dx-panel" role="tabpanel" id={format!("dx-panel-{id}")}
                        aria-labelledby={format!("dx-tab-{id}")} tabindex="0"
                        hidden={tab != props.selected}>
                        { match tab {
                            Tab::Pillar(i) => html! {
                                <PillarPanel story={props.story} ui={props.ui} index={i} />
                            },
                            Tab::Terms => html! { <TermsPanel story={props.story} ui={props.ui} /> },
                        } }
                    </div>
                }
            }) }
        </section>
    }
}
