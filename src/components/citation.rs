use yew::prelude::*;

use super::View;
use crate::content::{SourceKind, Text};

/// "Source 1, 5": a small button that opens the cited documents' details in place, so a
/// reader checks a fact without losing their spot. `id` is unique within the widget and
/// names the detail region.
pub fn source_citation(view: &View, id: &str, sources: &'static [Text]) -> Html {
    let (story, ui) = (view.story(), view.ui());
    let cited: Vec<(usize, &'static crate::content::Source)> = sources
        .iter()
        .filter_map(|id| story.sources.iter().enumerate().find(|(_, s)| s.id == *id))
        .map(|(i, s)| (i + 1, s))
        .collect();
    let numbers = cited
        .iter()
        .map(|(n, _)| n.to_string())
        .collect::<Vec<_>>()
        .join(", ");
    let detail_id = format!("dx-cite-{id}");
    let open = view.state.is_open(&detail_id);
    html! {
        <span class="dx-cite">
            <button type="button" class="dx-cite__toggle" aria-expanded={if open { "true" } else { "false" }}
                aria-controls={detail_id.clone()} onclick={view.toggle(&detail_id)}>
                { &*ui.source_label }{ " " }{ numbers }
            </button>
            <span class="dx-cite__detail" id={detail_id} hidden={!open}>
                { for cited.iter().map(|(n, source)| html! {
                    <span class="dx-cite__source">
                        <span class="dx-cite__number">{ n.to_string() }</span>
                        { &*source.publisher }{ ", " }<cite>{ &*source.title }</cite>
                        { " · " }
                        { match source.kind {
                            SourceKind::Primary => &*ui.primary_source,
                            SourceKind::Secondary => &*ui.secondary_source,
                        } }
                    </span>
                }) }
            </span>
        </span>
    }
}
