//! One component per panel. Each receives the content it shows as [`Static`] references
//! into the baked catalogue and never touches the DOM during render, so the same code
//! renders on the server and hydrates in the browser.
//!
//! [`Static`]: crate::state::Static

mod background;
mod citation;
mod claims;
mod details_card;
mod disclosure;
mod explainer;
mod explorer;
mod language_switch;
mod pillar_panel;
mod quotes;
mod questions;
mod sources;
mod terms_panel;

pub use explainer::{Explainer, ExplainerProps};

use background::Background;
use citation::SourceCitation;
use claims::ClaimChecks;
use details_card::DetailsCard;
use disclosure::Disclosure;
use explorer::Explorer;
use language_switch::LanguageSwitch;
use pillar_panel::PillarPanel;
use questions::ReaderQuestions;
use quotes::Quotes;
use sources::SourceList;
use terms_panel::TermsPanel;
