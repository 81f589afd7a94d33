//! Offer compare: what each job offer is really worth, side by side.
//!
//! `model` (the math), `data` (reference tables with their sources), `links` (the share-link
//! format) and `format` (display rounding) are plain Rust. The page (`app`, `components`) exists
//! only on wasm32.

pub mod data;
pub mod format;
pub mod model;

#[cfg(test)]
mod testing;
