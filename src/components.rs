//! The widget's parts, one file per panel. Each receives the content it shows as
//! [`Static`] references into the baked catalogue and never touches the DOM during render,
//! so the same code renders on the server and hydrates in the browser.
//!
//! Only parts with state of their own are Yew components (`Explainer`, `Disclosure`,
//! `SourceCitation`, `EmbedDialog`); the stateless panels are plain functions returning `Html`. Every
//! component type costs its own copy of Yew's lifecycle code in the WebAssembly, so this
//! keeps the download small (see BENCHMARKS.md).
//!
//! Panels are `<section>`s with headings but no accessible name, so they are not landmarks:
//! a page with several widgets would otherwise list the same named regions again and again.
//!
//! [`Static`]: crate::state::Static

mod background;
mod citation;
mod claims;
mod details_card;
mod disclosure;
mod embed_dialog;
mod explainer;
mod explorer;
mod language_switch;
mod pillar_panel;
mod questions;
mod quotes;
mod sources;
mod terms_panel;

pub use embed_dialog::{snippets, EMBED_START_HEIGHT};
pub use explainer::{Explainer, ExplainerProps};

use background::background;
use citation::SourceCitation;
use claims::claim_checks;
use details_card::details_card;
use disclosure::Disclosure;
use embed_dialog::EmbedDialog;
use explorer::explorer;
use language_switch::language_switch;
use pillar_panel::pillar_panel;
use questions::reader_questions;
use quotes::quotes;
use sources::source_list;
use terms_panel::terms_panel;
