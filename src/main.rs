//! Mounts the page.

#[cfg(target_arch = "wasm32")]
fn main() {
    offer_compare::install_panic_notice();
    offer_compare::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("This is a web page: build and serve it with `scripts/serve` (see the README).");
}
