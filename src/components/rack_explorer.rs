use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::{disclosure, generations, source_citation, View};
use crate::content::RackPart;
use crate::state::{rack_parts, Action, Tab};

/// The rack drawing: for each part it can draw (`crate::content::RACK_PARTS`), in the order
/// they are painted, its shapes as one SVG path (holes by the even-odd rule), and the height
/// of its number in the left margin. Coordinates are in the 256 × 330 `viewBox`; colours
/// come from the stylesheet.
const SHAPES: [(&str, &str, &str); 6] = [
    (
        "compute",
        "M54 40h152v20H54zM54 64h152v20H54zM54 88h152v20H54zM54 160h152v20H54zM54 184h152v20H54zM54 208h152v20H54z",
        "50",
    ),
    (
        "accelerators",
        "M70 44h16v12h-16zm26 0h16v12h-16zm26 0h16v12h-16zm26 0h16v12h-16z\
         M70 68h16v12h-16zm26 0h16v12h-16zm26 0h16v12h-16zm26 0h16v12h-16z\
         M70 92h16v12h-16zm26 0h16v12h-16zm26 0h16v12h-16zm26 0h16v12h-16z\
         M70 164h16v12h-16zm26 0h16v12h-16zm26 0h16v12h-16zm26 0h16v12h-16z\
         M70 188h16v12h-16zm26 0h16v12h-16zm26 0h16v12h-16zm26 0h16v12h-16z\
         M70 212h16v12h-16zm26 0h16v12h-16zm26 0h16v12h-16zm26 0h16v12h-16z",
        "98",
    ),
    (
        "networking",
        "M54 116h152v16H54zM70 121h8v6h-8zm14 0h8v6h-8zm14 0h8v6h-8zm14 0h8v6h-8zm14 0h8v6h-8zm14 0h8v6h-8zm14 0h8v6h-8zm14 0h8v6h-8z\
         M54 136h152v16H54zM70 141h8v6h-8zm14 0h8v6h-8zm14 0h8v6h-8zm14 0h8v6h-8zm14 0h8v6h-8zm14 0h8v6h-8zm14 0h8v6h-8zm14 0h8v6h-8z",
        "124",
    ),
    (
        "cabling",
        "M42 44h7v180h-7zM49 49h5v2h-5zm0 24h5v2h-5zm0 24h5v2h-5zm0 26h5v2h-5zm0 20h5v2h-5zm0 26h5v2h-5zm0 24h5v2h-5zm0 24h5v2h-5z",
        "156",
    ),
    (
        "power",
        "M54 14h152v18H54zM60 18h30v10H60zm36 0h30v10H96zm36 0h30v10h-30zm36 0h30v10h-30z\
         M54 236h152v18H54zM60 240h30v10H60zm36 0h30v10H96zm36 0h30v10h-30zm36 0h30v10h-30z",
        "245",
    ),
    (
        "cooling",
        "M54 262h152v50H54zM130 287m-14 0a14 14 0 1 0 28 0a14 14 0 1 0-28 0z\
         M210 44h5v218h-5zM206 49h4v2h-4zm0 24h4v2h-4zm0 24h4v2h-4zm0 72h4v2h-4zm0 24h4v2h-4zm0 24h4v2h-4z\
         M215 44h15v4h-15zM206 298h24v4h-24zM226 30h22v280h-22zM230 34v272h14V34z",
        "288",
    ),
];

/// The rack frame, drawn behind the parts.
const FRAME: &str = "M40 6h180v318H40z";

/// The circles the parts' numbers sit in, and the lines from each to its part.
const CALLOUTS: &str = "M29 50H54M11 50a9 9 0 1 0 18 0a9 9 0 1 0-18 0\
     M29 98H70M11 98a9 9 0 1 0 18 0a9 9 0 1 0-18 0\
     M29 124H54M11 124a9 9 0 1 0 18 0a9 9 0 1 0-18 0\
     M29 156H42M11 156a9 9 0 1 0 18 0a9 9 0 1 0-18 0\
     M29 245H54M11 245a9 9 0 1 0 18 0a9 9 0 1 0-18 0\
     M29 288H54M11 288a9 9 0 1 0 18 0a9 9 0 1 0-18 0";

/// An illustrated AI rack. Every part is a real button in a numbered list beside the drawing
/// (the drawing repeats the numbers): a disclosure that opens the part's explanation and
/// highlights it in the drawing, where a click on a part opens or closes it too. Without JavaScript,
/// when printed, and in a column too narrow for the drawing (the stylesheet then leaves it
/// out) the list still says everything. The rack generations follow.
pub fn rack_explorer(view: &View) -> Html {
    let Some(rack) = &view.story().rack else {
        return html! {};
    };
    let parts = &rack.parts;
    // A click on the drawing opens or closes the part it hit (mouse and touch; the buttons
    // are the way for everyone).
    let dispatch = view.dispatch.clone();
    let on_drawing = Callback::from(move |event: MouseEvent| {
        let part = event
            .target()
            .and_then(|target| target.dyn_into::<web_sys::Element>().ok())
            .and_then(|target| target.closest("[data-part]").ok().flatten())
            .and_then(|shape| shape.get_attribute("data-part"));
        if let Some(part) = part {
            dispatch.emit(Action::Toggle(format!("dx-{part}")));
        }
    });
    let is_open = |part: &RackPart| view.state.is_open(&format!("dx-{}", part.id));
    let flag = |on: bool| if on { "true" } else { "false" };
    html! {
        <section class="dx-rack">
            <h3 class="dx-section-heading">{ &*rack.title }</h3>
            <figure class="dx-rack__figure">
                <svg class="dx-rack__drawing" viewBox="0 0 256 330" role="img"
                    aria-labelledby="dx-rack-caption" onclick={on_drawing}>
                    <path class="dx-rack__frame" d={FRAME} />
                    <path class="dx-rack__callout" d={CALLOUTS} />
                    { for SHAPES.iter().filter_map(|(id, shape, y)| {
                        let i = parts.iter().position(|p| p.id == *id)?;
                        Some(html! {
                            <g class="dx-rack__part" data-part={*id} data-open={flag(is_open(&parts[i]))}
                                data-marked={flag(parts[i].pillar.is_some())}>
                                <path class="dx-rack__shape" d={*shape} fill-rule="evenodd" />
                                <text x="20" y={*y} dy=".35em">{ (i + 1).to_string() }</text>
                            </g>
                        })
                    }) }
                </svg>
                <figcaption class="dx-rack__caption" id="dx-rack-caption">
                    { &*rack.illustration }
                </figcaption>
            </figure>
            <ol class="dx-rack__parts">
                { for parts.iter().map(|part| {
                    let summary = html! {
                        <span class="dx-rack__label">
                            { &*part.label }
                            if part.pillar.is_some() {
                                <span class="dx-rack__mark">{ &*rack.pillar_mark }</span>
                            }
                        </span>
                    };
                    let body = html! {
                        <>
                            <p>{ &*part.role }</p>
                            <p class="dx-rack__story">
                                { &*part.story.text }{ " " }
                                { source_citation(view, &format!("part-{}", part.id), &part.story.sources) }
                            </p>
                            { back_to_pillar(view, part) }
                        </>
                    };
                    html! {
                        <li key={&*part.id}>{ disclosure(view, false, &part.id, summary, body) }</li>
                    }
                }) }
            </ol>
            { generations(view) }
        </section>
    }
}

/// The button from a part back to the pillar that names it: selects its tab and moves focus
/// there.
fn back_to_pillar(view: &View, part: &RackPart) -> Html {
    let story = view.story();
    let Some(index) = part
        .pillar
        .as_deref()
        .and_then(|id| story.pillars.iter().position(|p| p.id == id))
    else {
        return html! {};
    };
    let pillar = &story.pillars[index];
    let selector = format!("#dx-tab-{}", pillar.id);
    let dispatch = view.dispatch.clone();
    let onclick = Callback::from(move |event: MouseEvent| {
        dispatch.emit(Action::SelectTab(Tab::Pillar(index)));
        focus_in_widget(&event, selector.clone());
    });
    html! {
        <button type="button" class="dx-button dx-needs-js dx-rack__back" {onclick}>
            { &*view.ui().back_to_pillar }{ format!(" {}: ", index + 1) }{ &*pillar.label }
        </button>
    }
}

/// In a pillar's panel, when the rack has parts that pillar names, a button that opens them
/// all in the rack explorer (and the explorer's section; the drawing highlights them) and
/// moves focus to the first; nothing when it names none.
pub fn pillar_parts(view: &View, pillar: &str) -> Html {
    let regions: Vec<String> = rack_parts(view.story())
        .iter()
        .filter(|part| part.pillar.as_deref() == Some(pillar))
        .map(|part| format!("dx-{}", part.id))
        .collect();
    let Some(first) = regions.first() else {
        return html! {};
    };
    let selector = format!("[aria-controls={first}]");
    let dispatch = view.dispatch.clone();
    let onclick = Callback::from(move |event: MouseEvent| {
        for region in &regions {
            dispatch.emit(Action::Open(region.clone()));
        }
        focus_in_widget(&event, selector.clone());
    });
    html! {
        <button type="button" class="dx-button dx-needs-js dx-rack__link" {onclick}>
            { &*view.ui().see_in_rack }
        </button>
    }
}

/// Moves focus to the element `selector` names in the widget the event happened in (each
/// widget has its own ids, in its own shadow root or page) once the widget shows what the
/// click changed: it may have been hidden until then. Focusing scrolls it into view.
fn focus_in_widget(event: &MouseEvent, selector: String) {
    let widget = event
        .target()
        .and_then(|target| target.dyn_into::<web_sys::Element>().ok())
        .and_then(|target| target.closest(".dx").ok().flatten());
    // Yew renders in a task queued by the click's first change of state; tasks run in order.
    wasm_bindgen_futures::spawn_local(async move {
        let element = widget
            .and_then(|widget| widget.query_selector(&selector).ok().flatten())
            .and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(element) = element {
            let _ = element.focus();
        }
    });
}

#[cfg(test)]
mod tests {
    use super::SHAPES;
    use crate::content::RACK_PARTS;

    #[test]
    fn every_part_the_content_may_name_is_drawn_once() {
        let mut drawn: Vec<&str> = SHAPES.iter().map(|s| s.0).collect();
        drawn.sort();
        let mut known = RACK_PARTS.to_vec();
        known.sort();
        assert_eq!(drawn, known);
    }
}
