use yew::prelude::*;

use super::View;
use crate::content::SourceKind;

/// Every document the story rests on, numbered as the citations number them.
pub fn source_list(view: &View) -> Html {
    let (story, labels) = (view.story(), view.ui());
    html! {
        <section class="dx-sources">
            <h3 class="dx-section-heading">{ &*labels.sources_heading }</h3>
            <ol class="dx-sources__list">
                { for story.sources.iter().map(|source| {
                    let (kind, kind_label) = match source.kind {
                        SourceKind::Primary => ("primary", &*labels.primary_source),
                        SourceKind::Secondary => ("secondary", &*labels.secondary_source),
                    };
                    html! {
                        <li class="dx-source" id={format!("dx-source-{}", source.id)} key={&*source.id}>
                            <span class="dx-badge" data-kind={kind}>{ kind_label }</span>
                            <span class="dx-source__publisher">{ &*source.publisher }</span>
                            { ", " }<cite class="dx-source__title">{ &*source.title }</cite>
                            { ", " }<span class="dx-source__date">{ &*source.date }</span>
                            <p class="dx-source__note">{ &*source.note }</p>
                        </li>
                    }
                }) }
            </ol>
        </section>
    }
}
