//! The explainer's content: typed data that the widget renders.
//!
//! Editors write JSON files in `static/content/`; at build time the `load` feature reads
//! them (`load`), validates them (`validate`: ids, sources and citations; `parity`: the
//! same entries in every language; `terminology`: the words each language avoids), reports
//! each problem with its file, line, column and field (`report`, `locate`) and bakes them
//! into Rust constants (`bake`), so the browser build ships data, not a JSON parser.
//! `documents` checks the content against the source documents themselves (in the tests).

mod model;
pub use model::*;

#[cfg(feature = "load")]
pub mod bake;
#[cfg(feature = "load")]
pub mod documents;
#[cfg(feature = "load")]
pub mod load;
#[cfg(feature = "load")]
mod locate;
#[cfg(feature = "load")]
mod parity;
#[cfg(feature = "load")]
mod report;
#[cfg(feature = "load")]
mod terminology;
#[cfg(feature = "load")]
mod validate;
