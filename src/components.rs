//! The widget's parts, one file per panel. Each reads the content it shows from the baked
//! catalogue, through the reader's state, and never touches the DOM during render, so the
//! same code renders on the server and hydrates in the browser.
//!
//! `Explainer` is the one Yew component: it holds the reader's state (one reducer, see
//! [`state`](crate::state)) and every part below it is a plain function returning `Html`,
//! given a [`View`]. Every component type costs its own copy of Yew's lifecycle code in the
//! WebAssembly, so this keeps the download small (see BENCHMARKS.md). For the same reason
//! every `class` is a literal: variants are data attributes (`data-answer="yes"`) and states
//! ARIA attributes, since a computed `class` goes through Yew's `Classes` set and its code.
//!
//! Panels are `<section>`s with headings but no accessible name, so they are not landmarks:
//! a page with several widgets would otherwise list the same named regions again and again.

mod background;
mod citation;
mod claims;
mod details_card;
mod details_summary;
mod disclosure;
mod embed_dialog;
mod explainer;
mod explorer;
mod generations;
mod language_switch;
mod pillar_panel;
mod questions;
mod quotes;
mod rack_explorer;
mod sections;
mod sources;
mod terms_panel;
mod timeline;

pub use embed_dialog::{snippets, EMBED_START_HEIGHT};
pub use explainer::{Explainer, ExplainerProps};

use background::{background, fact_list};
use citation::source_citation;
use claims::claim_checks;
use details_card::details_card;
use details_summary::details_summary;
use disclosure::disclosure;
use embed_dialog::embed_dialog;
use explorer::explorer;
use generations::generations;
use language_switch::language_switch;
use pillar_panel::pillar_panel;
use questions::reader_questions;
use quotes::quotes;
use rack_explorer::{pillar_parts, rack_explorer};
use sections::sections;
use sources::{source_kind, source_list};
use terms_panel::terms_panel;
use timeline::timeline;

use yew::Callback;

use crate::content::{Interface, Story};
use crate::settings::Layout;
use crate::state::{Action, ExplainerState};

/// What every panel renders from: the reader's state (the story and the wording in their
/// language, what they have opened), the layout the embed asked for, and where the panel
/// sends what the reader does.
#[derive(Clone, Copy)]
pub struct View<'a> {
    pub state: &'a ExplainerState,
    pub layout: Layout,
    pub dispatch: &'a Callback<Action>,
}

impl View<'_> {
    /// The story in the reader's language.
    pub fn story(&self) -> &'static Story {
        self.state.story()
    }

    /// The widget's own wording in the reader's language.
    pub fn ui(&self) -> &'static Interface {
        &self.state.locale.0.interface
    }

    /// A click handler that opens or closes the answer or citation detail `id`.
    fn toggle(&self, id: &str) -> Callback<yew::MouseEvent> {
        let id = id.to_owned();
        self.dispatch.reform(move |_| Action::Toggle(id.clone()))
    }
}
