use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct DisclosureProps {
    /// Unique within the widget; names the answer region.
    pub id: AttrValue,
    /// Extra class for the whole item.
    #[prop_or_default]
    pub class: Classes,
    /// What the reader clicks: the question.
    pub summary: Html,
    /// What opens: the answer.
    pub children: Html,
}

/// The WAI-ARIA disclosure pattern: a heading holding a button that shows and hides the
/// region after it. Without JavaScript the region is shown (see `static/noscript.css`).
#[component]
pub fn Disclosure(props: &DisclosureProps) -> Html {
    let open = use_state_eq(|| false);
    let region_id = format!("dx-{}", props.id);
    let toggle = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.set(!*open))
    };
    html! {
        <div class={classes!("dx-disclosure", props.class.clone(), open.then_some("dx-disclosure--open"))}>
            <h4 class="dx-disclosure__heading">
                <button type="button" class="dx-disclosure__toggle"
                    aria-expanded={if *open { "true" } else { "false" }}
                    aria-controls={region_id.clone()} onclick={toggle}>
                    { props.summary.clone() }
                </button>
            </h4>
            <div class="dx-disclosure__region" id={region_id} hidden={!*open}>
                { props.children.clone() }
            </div>
        </div>
    }
}
