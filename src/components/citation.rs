use yew::prelude::*;

use crate::content::{Interface, SourceKind, Story, Text};
use crate::state::Static;

#[derive(Properties, PartialEq)]
pub struct SourceCitationProps {
    /// Unique within the widget; names the detail region.
    pub id: AttrValue,
    pub sources: Static<[Text]>,
    pub story: Static<Story>,
    pub ui: Static<Interface>,
}

/// "Source 1, 5": a small button that opens the cited documents' details in place, so a
/// reader checks a fact without losing their spot.
#[component]
pub fn SourceCitation(props: &SourceCitationProps) -> Html {
    let open = use_state_eq(|| false);
    let story = props.story.0;
    let cited: Vec<(usize, &'static crate::content::Source)> = props
        .sources
        .0
        .iter()
        .filter_map(|id| story.sources.iter().enumerate().find(|(_, s)| s.id == *id))
        .map(|(i, s)| (i + 1, s))
        .collect();
    let numbers = cited
        .iter()
        .map(|(n, _)| n.to_string())
        .collect::<Vec<_>>()
        .join(", ");
    let detail_id = format!("dx-cite-{}", props.id);
    let toggle = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.set(!*open))
    };
    html! {
        <span class="dx-cite">
            <button type="button" class="dx-cite__toggle" aria-expanded={if *open { "true" } else { "false" }}
                aria-controls={detail_id.clone()} onclick={toggle}>
                { props.ui.0.source_label.as_ref() }{ " " }{ numbers }
            </button>
            <span class="dx-cite__detail" id={detail_id} hidden={!*open}>
                { for cited.iter().map(|(n, source)| html! {
                    <span class="dx-cite__source">
                        <span class="dx-cite__number">{ n.to_string() }</span>
                        { source.publisher.as_ref() }{ ", " }<cite>{ source.title.as_ref() }</cite>
                        { " · " }
                        { match source.kind {
                            SourceKind::Primary => props.ui.0.primary_source.as_ref(),
                            SourceKind::Secondary => props.ui.0.secondary_source.as_ref(),
                        } }
                    </span>
                }) }
            </span>
        </span>
    }
}
