use yew::prelude::*;

use super::{source_kind, View};
use crate::content::{Citation, Source};

/// "Source 1" or "Sources 1, 5": a small button that opens, in place, the cited documents'
/// details and the passages of each that the fact rests on, so a reader checks a fact
/// without losing their spot. `id` is unique within the widget and names the detail region.
pub fn source_citation(view: &View, id: &str, citations: &'static [Citation]) -> Html {
    let (story, ui) = (view.story(), view.ui());
    let cited: Vec<(usize, &'static Source, &'static Citation)> = citations
        .iter()
        .filter_map(|c| story.numbered_source(&c.id).map(|(n, s)| (n, s, c)))
        .collect();
    let numbers = cited
        .iter()
        .map(|(n, ..)| n.to_string())
        .collect::<Vec<_>>()
        .join(", ");
    let label = if cited.len() == 1 {
        &*ui.source_label
    } else {
        &*ui.sources_label
    };
    // Screen readers hear which documents, not just numbers: "Source 1: OpenAI, 20 November 2025".
    let name = cited
        .iter()
        .map(|(_, s, _)| format!("{}, {}", s.publisher, s.date))
        .collect::<Vec<_>>()
        .join("; ");
    let detail_id = format!("dx-cite-{id}");
    let open = view.state.is_open(&detail_id);
    html! {
        <span class="dx-cite">
            <button type="button" class="dx-cite__toggle" aria-expanded={if open { "true" } else { "false" }}
                aria-label={format!("{label} {numbers}: {name}")}
                aria-controls={detail_id.clone()} onclick={view.toggle(&detail_id)}>
                { label }{ " " }{ numbers }
            </button>
            <span class="dx-cite__detail" id={detail_id} hidden={!open}>
                { for cited.iter().map(|(n, source, citation)| html! {
                    <span class="dx-cite__source">
                        <span class="dx-cite__number">{ n.to_string() }</span>
                        { &*source.publisher }{ ", " }<cite lang={&*source.lang}>{ &*source.title }</cite>
                        { ", " }{ &*source.date }{ " · " }{ source_kind(ui, source.kind).1 }
                        { for citation.excerpts.iter().map(|excerpt| html! {
                            <q class="dx-cite__excerpt" lang={citation.excerpt_lang(source)}>{ &**excerpt }</q>
                        }) }
                    </span>
                }) }
            </span>
        </span>
    }
}
