use yew::prelude::*;

use crate::catalogue::CATALOGUE;
use crate::content::Locale;
use crate::state::Static;

/// A toggle button per language, each named in its own language so a reader who does not
/// read the current one still finds theirs.
pub fn language_switch(current: Static<Locale>, on_select: &Callback<String>) -> Html {
    let labels = &current.0.interface;
    html! {
        <div class="dx-lang" role="group" aria-label={&*labels.language_switch_label}>
            { for CATALOGUE.locales.iter().map(|locale| {
                let code: &'static str = &locale.code;
                let pressed = locale.code == current.0.code;
                html! {
                    <button type="button" class="dx-lang__option" lang={code}
                        aria-pressed={if pressed { "true" } else { "false" }}
                        onclick={on_select.reform(move |_| code.to_owned())}>
                        { &*locale.interface.language_name }
                    </button>
                }
            }) }
        </div>
    }
}
