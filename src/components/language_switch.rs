use yew::prelude::*;

use crate::catalogue::CATALOGUE;
use crate::content::Locale;
use crate::state::Static;

#[derive(Properties, PartialEq)]
pub struct LanguageSwitchProps {
    pub current: Static<Locale>,
    pub on_select: Callback<String>,
}

/// A toggle button per language, each named in its own language so a reader who does not
/// read the current one still finds theirs.
#[component]
pub fn LanguageSwitch(props: &LanguageSwitchProps) -> Html {
    let ui = &props.current.0.interface;
    html! {
        <div class="dx-lang" role="group" aria-label={ui.language_switch_label.as_ref()}>
            { for CATALOGUE.locales.iter().map(|locale| {
                let code: &'static str = locale.code.as_ref();
                let pressed = locale.code == props.current.0.code;
                html! {
                    <button type="button" class="dx-lang__option" lang={code}
                        aria-pressed={if pressed { "true" } else { "false" }}
                        onclick={props.on_select.reform(move |_| code.to_owned())}>
                        { locale.interface.language_name.as_ref() }
                    </button>
                }
            }) }
        </div>
    }
}
