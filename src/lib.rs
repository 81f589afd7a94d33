//! Offer compare: what each job offer is really worth, side by side.
//!
//! `model` (the math), `data` (reference tables with their sources), `links` (the share-link
//! format), `state` (the page's state and actions) and `format` (display rounding) are plain
//! Rust, tested natively. The page itself (`app`, `components`, the `page` feature) runs in the
//! browser; natively it only renders the calculator's HTML for index.html (`prerender`).

pub mod data;
pub mod export;
pub mod format;
pub mod links;
pub mod model;
#[cfg(not(target_arch = "wasm32"))]
pub mod prerender;
pub mod state;

#[cfg(all(test, not(target_arch = "wasm32")))]
mod testing;

#[cfg(feature = "page")]
mod app;
#[cfg(feature = "page")]
mod browser;
#[cfg(feature = "page")]
pub mod components;
#[cfg(feature = "page")]
pub use app::App;
#[cfg(all(target_arch = "wasm32", feature = "page"))]
pub use app::{install_panic_notice, start};

#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
