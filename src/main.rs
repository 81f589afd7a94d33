//! Mounts the page.

#[cfg(target_arch = "wasm32")]
fn main() {
    offer_compare::install_panic_notice();
    // Into #app, between the header and the footer that index.html paints before the wasm.
    match gloo::utils::document().get_element_by_id("app") {
        Some(root) => yew::Renderer::<offer_compare::App>::with_root(root).render(),
        None => yew::Renderer::<offer_compare::App>::new().render(),
    };
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("This is a web page: build and serve it with `scripts/serve` (see the README).");
}
