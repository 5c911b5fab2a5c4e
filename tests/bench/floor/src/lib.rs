//! Three tab buttons and a paragraph, hydrated or rendered: what any Yew widget with
//! hydration ships before its own code, text and styles.

use wasm_bindgen::prelude::*;
use yew::prelude::*;

#[component]
fn Tabs() -> Html {
    let selected = use_state(|| 0usize);
    html! {
        <div role="tablist">
            { for (0..3).map(|i| {
                let select = { let selected = selected.clone(); move |_| selected.set(i) };
                html! {
                    <button role="tab" aria-selected={if *selected == i { "true" } else { "false" }}
                        onclick={select}>{ "Tab" }</button>
                }
            }) }
            <p>{ "Text" }</p>
        </div>
    }
}

#[wasm_bindgen]
pub fn start(root: web_sys::Element, hydrate: bool) {
    let renderer = yew::Renderer::<Tabs>::with_root(root);
    if hydrate {
        renderer.hydrate();
    } else {
        renderer.render();
    }
}
