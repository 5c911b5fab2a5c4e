//! The explainer's content: typed data that the widget renders.
//!
//! Editors write JSON files in `static/content/`; at build time the `load` feature reads
//! them, validates them (unknown fields, parity between locales, source references) and
//! bakes them into Rust constants, so the browser build ships data, not a JSON parser.

mod model;
pub use model::*;

#[cfg(feature = "load")]
pub mod bake;
#[cfg(feature = "load")]
pub mod load;
#[cfg(feature = "load")]
mod locate;
