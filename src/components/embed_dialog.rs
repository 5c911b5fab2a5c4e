use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::View;
use crate::settings::Layout;
use crate::state::Action;

/// Height the iframe snippet starts at, before the iframe reports its own: about the
/// compact widget's height in an article column, so the first correction is small.
pub const EMBED_START_HEIGHT: u32 = 1100;

/// The snippets a newsroom pastes into its page, one per way of embedding. The compact
/// layout is the default and goes unsaid.
pub fn snippets(base: &str, lang: &str, tab: &str, layout: Layout, title: &str) -> [String; 2] {
    // Escaped by hand: `str::replace` would bring its own search code along.
    let mut escaped = String::new();
    for c in title.chars() {
        match c {
            '&' => escaped.push_str("&amp;"),
            '"' => escaped.push_str("&quot;"),
            '<' => escaped.push_str("&lt;"),
            c => escaped.push(c),
        }
    }
    let title = escaped;
    let (parameter, attribute) = match layout {
        Layout::Compact => ("", ""),
        Layout::Full => ("&amp;layout=full", " layout=\"full\""),
    };
    [
        format!(
            "<iframe src=\"{base}embed.html?lang={lang}&amp;tab={tab}{parameter}\" title=\"{title}\" width=\"100%\" \
             height=\"{EMBED_START_HEIGHT}\" loading=\"lazy\" allow=\"clipboard-write\"></iframe>\n\
             <script src=\"{base}embed-host.js\" async></script>"
        ),
        format!(
            "<script type=\"module\" src=\"{base}deal-explainer.js\"></script>\n\
             <deal-explainer lang=\"{lang}\" tab=\"{tab}\"{attribute}></deal-explainer>"
        ),
    ]
}

/// "Embed" button and the modal dialog it opens with copy-ready snippets that start where
/// the reader is. `base` is the absolute URL of the folder the widget is served from, ending
/// in `/`; `dialog` refers to the `<dialog>` element. The dialog's contents exist only while
/// it is open: the snippets depend on where the widget is served from, which the server
/// does not know.
pub fn embed_dialog(view: &View, base: &str, dialog: &NodeRef) -> Html {
    let (ui, state) = (view.ui(), view.state);
    let show = {
        let (dialog, dispatch) = (dialog.clone(), view.dispatch.clone());
        Callback::from(move |_: MouseEvent| {
            dispatch.emit(Action::OpenEmbedDialog);
            if let Some(dialog) = dialog.cast::<web_sys::HtmlDialogElement>() {
                let _ = dialog.show_modal();
            }
        })
    };
    let close = {
        let dialog = dialog.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(dialog) = dialog.cast::<web_sys::HtmlDialogElement>() {
                dialog.close();
            }
        })
    };
    // Escape, the close button and the browser all end in the dialog's `close` event.
    let onclose = view.dispatch.reform(|_: Event| Action::EmbedDialogClosed);

    let body = if state.embed.open {
        let story = view.story();
        // The option starts as the widget is shown; pressing it flips that.
        let full = (view.layout == Layout::Full) != state.is_open(FULL_OPTION);
        let layout = if full { Layout::Full } else { Layout::Compact };
        let codes = snippets(
            base,
            &state.locale.code,
            state.tab.id(story),
            layout,
            &story.headline,
        );
        let labels = [&*ui.embed_iframe_label, &*ui.embed_script_label];
        html! {
            <>
                <h3 class="dx-section-heading" id="dx-embed-heading">{ &*ui.embed_heading }</h3>
                <p class="dx-dialog__intro">{ &*ui.embed_intro }</p>
                // A toggle button, as the language switch: an `<input>` would bring Yew's
                // form-field code into the download.
                <button type="button" class="dx-button" aria-pressed={if full { "true" } else { "false" }}
                    onclick={view.toggle(FULL_OPTION)}>{ &*ui.embed_full_label }</button>
                { for codes.into_iter().zip(labels).enumerate().map(|(i, (code, label))| {
                    let id = format!("dx-snippet-{i}");
                    let copy = {
                        let (dispatch, code, id) = (view.dispatch.clone(), code.clone(), id.clone());
                        Callback::from(move |event: MouseEvent| copy_snippet(&event, &id, &code, dispatch.clone(), i))
                    };
                    html! {
                        <div class="dx-snippet">
                            <label class="dx-snippet__label" for={id.clone()}>{ label }</label>
                            <textarea class="dx-snippet__code" id={id} readonly=true rows="4"
                                spellcheck="false" value={code} />
                            <div class="dx-snippet__actions">
                                // Named after its snippet too: two buttons named "Copy" cannot be told apart.
                                <button type="button" class="dx-button" onclick={copy}
                                    aria-label={format!("{} {label}", ui.copy_button)}>{ &*ui.copy_button }</button>
                                <span class="dx-snippet__status" role="status">
                                    { if state.embed.copied == Some(i) { &*ui.copied_message } else { "" } }
                                </span>
                            </div>
                        </div>
                    }
                }) }
                <button type="button" class="dx-button dx-dialog__close" onclick={close}>{ &*ui.close_button }</button>
            </>
        }
    } else {
        html! {}
    };

    html! {
        <>
            <button type="button" class="dx-button dx-needs-js" aria-haspopup="dialog" onclick={show}>
                { &*ui.embed_button }
            </button>
            <dialog class="dx-dialog" ref={dialog.clone()} aria-labelledby="dx-embed-heading" {onclose}>
                { body }
            </dialog>
        </>
    }
}

/// The state id of the dialog's option "everything open": in the reader's opened list while
/// it differs from the widget's own layout.
const FULL_OPTION: &str = "dx-embed-full";

/// Copies through the Clipboard API; where that is refused, selects the snippet so the
/// reader can copy it by hand.
fn copy_snippet(
    event: &MouseEvent,
    id: &str,
    code: &str,
    dispatch: Callback<Action>,
    index: usize,
) {
    let textarea = event
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .and_then(|button| button.closest(".dx-snippet").ok().flatten())
        .and_then(|snippet| snippet.query_selector(&format!("#{id}")).ok().flatten())
        .and_then(|el| el.dyn_into::<web_sys::HtmlTextAreaElement>().ok());
    let clipboard = gloo::utils::window().navigator().clipboard();
    let promise = clipboard.write_text(code);
    wasm_bindgen_futures::spawn_local(async move {
        match wasm_bindgen_futures::JsFuture::from(promise).await {
            Ok(_) => dispatch.emit(Action::Copied(index)),
            Err(_) => {
                if let Some(textarea) = textarea {
                    let _ = textarea.focus();
                    textarea.select();
                }
            }
        }
    });
}

#[cfg(test)]
mod tests {
    use super::snippets;
    use crate::settings::Layout;

    #[test]
    fn snippets_start_where_the_reader_is_and_escape_the_title() {
        let [iframe, script] = snippets(
            "https://example.org/x/",
            "nl",
            "terms",
            Layout::Compact,
            "A \"deal\" & more",
        );
        assert!(iframe.contains("src=\"https://example.org/x/embed.html?lang=nl&amp;tab=terms\""));
        assert!(iframe.contains("title=\"A &quot;deal&quot; &amp; more\""));
        assert!(iframe.contains("https://example.org/x/embed-host.js"));
        // The dialog inside the iframe copies snippets too; cross-origin that needs permission.
        assert!(iframe.contains("allow=\"clipboard-write\""));
        assert!(script.contains("src=\"https://example.org/x/deal-explainer.js\""));
        assert!(script.contains("<deal-explainer lang=\"nl\" tab=\"terms\"></deal-explainer>"));
    }

    #[test]
    fn the_full_layout_is_written_into_both_snippets() {
        let [iframe, script] =
            snippets("https://example.org/x/", "en", "design", Layout::Full, "T");
        assert!(iframe.contains("embed.html?lang=en&amp;tab=design&amp;layout=full\""));
        assert!(script.contains("<deal-explainer lang=\"en\" tab=\"design\" layout=\"full\">"));
    }
}
