use yew::prelude::*;

use super::View;
use crate::content::{Interface, SourceKind};

/// A source kind as a data attribute value and as the reader's label for it.
pub fn source_kind(ui: &'static Interface, kind: SourceKind) -> (&'static str, &'static str) {
    match kind {
        SourceKind::Primary => ("primary", &*ui.primary_source),
        SourceKind::Secondary => ("secondary", &*ui.secondary_source),
        SourceKind::External => ("external", &*ui.external_source),
    }
}

/// Every document the story rests on, numbered as the citations number them; a title links
/// to the original where we know its address.
pub fn source_list(view: &View) -> Html {
    let (story, labels) = (view.story(), view.ui());
    html! {
        <section class="dx-sources">
            <h3 class="dx-section-heading">{ &*labels.sources_heading }</h3>
            <ol class="dx-sources__list">
                { for story.sources.iter().map(|source| {
                    let (kind, kind_label) = source_kind(labels, source.kind);
                    let title = match &source.url {
                        Some(url) => html! {
                            <a href={&**url} target="_blank" rel="noopener noreferrer">{ &*source.title }</a>
                        },
                        None => html! { &*source.title },
                    };
                    html! {
                        <li class="dx-source" id={format!("dx-source-{}", source.id)} key={&*source.id}>
                            <span class="dx-badge" data-kind={kind}>{ kind_label }</span>
                            <span class="dx-source__publisher">{ &*source.publisher }</span>
                            { ", " }<cite class="dx-source__title" lang={&*source.lang}>{ title }</cite>
                            { ", " }<span class="dx-source__date">{ &*source.date }</span>
                            <p class="dx-source__note">{ &*source.note }</p>
                        </li>
                    }
                }) }
            </ol>
        </section>
    }
}
