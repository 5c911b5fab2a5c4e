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

/// In the browser the widget uses `lol_alloc`'s free-list allocator instead of Rust's default
/// one: a smaller module and less memory (BENCHMARKS.md, "Allocator"). The browser runs the
/// widget on one thread, which `AssumeSingleThreaded` relies on.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: lol_alloc::AssumeSingleThreaded<lol_alloc::FreeListAllocator> =
    // SAFETY: WebAssembly without threads, as this module is built, has one thread.
    unsafe { lol_alloc::AssumeSingleThreaded::new(lol_alloc::FreeListAllocator::new()) };
