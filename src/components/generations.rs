use yew::prelude::*;

use super::{source_citation, View};
use crate::state::Action;

/// How many generations the illustration draws: enough to show overlap, no claim about how
/// many there will be.
const GENERATIONS: usize = 3;

/// Rack generations worked on at once: each generation a row of its stages (design, build,
/// deploy), drawn overlapping, or one after another for comparison, as the reader switches.
/// The bars show order only; their places come from the stylesheet (`data-view`, three
/// generations of three stages), and no dates are drawn because none are known. Shown with
/// the rack explorer.
pub fn generations(view: &View) -> Html {
    let Some(generations) = &view.story().generations else {
        return html! {};
    };
    let sequential = view.state.sequential;
    let shown = if sequential {
        &generations.sequential
    } else {
        &generations.parallel
    };
    let choices = [
        (false, &generations.parallel),
        (true, &generations.sequential),
    ];
    html! {
        <section class="dx-gens" data-view={if sequential { "sequential" } else { "parallel" }}>
            <h4 class="dx-subheading">{ &*generations.title }</h4>
            <p>
                { &*generations.intro.text }{ " " }
                { source_citation(view, "generations-intro", &generations.intro.sources) }
            </p>
            <div class="dx-gens__switch dx-needs-js" role="group" aria-label={&*generations.title}>
                { for choices.into_iter().map(|(value, choice)| html! {
                    <button type="button" class="dx-button"
                        aria-pressed={if value == sequential { "true" } else { "false" }}
                        onclick={view.dispatch.reform(move |_| Action::ShowSequential(value))}>
                        { &*choice.label }
                    </button>
                }) }
            </div>
            <ol class="dx-gens__rows">
                { for (1..=GENERATIONS).map(|n| html! {
                    <li>
                        { &*generations.generation_label }{ format!(" {n}") }
                        <span class="dx-gens__track">
                            { for generations.stages.iter().map(|stage| html! {
                                <span class="dx-gens__bar">{ &**stage }</span>
                            }) }
                        </span>
                    </li>
                }) }
            </ol>
            <p class="dx-gens__description" aria-live="polite">{ &*shown.description }</p>
            <p class="dx-gens__note">{ &*generations.illustration }</p>
        </section>
    }
}
