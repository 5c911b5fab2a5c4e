//! deal-explainer: an embeddable, bilingual explainer widget.
//!
//! Layers, each knowing only the ones below it: content files → [`content`] (typed model,
//! baked into [`catalogue`] at build time) → [`settings`] (what an embed asked for) →
//! [`state`] (reducer) → [`components`] → mount points ([`mount`] in the browser, the
//! `prerender` binary on the server).

pub use deal_content as content;

pub mod catalogue {
    //! The content files, validated and baked in by `build.rs`.
    include!(concat!(env!("OUT_DIR"), "/catalogue.rs"));
}

pub mod components;
pub mod prerendered;
pub mod settings;
pub mod state;

#[cfg(target_arch = "wasm32")]
pub mod mount;

#[cfg(target_arch = "wasm32")]
pub mod allocator;

/// In the browser the widget brings its own allocator, a twentieth of the size of Rust's
/// default one (see [`allocator`]). A global allocator can only be a `static`.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: allocator::SizeClasses = allocator::SizeClasses::new();
