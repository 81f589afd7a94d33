//! Small browser helpers the page's parts share (wasm32 only).

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::HtmlElement;

/// Runs `f` after `ms` milliseconds, once the current event and its redraw are done. Returns
/// false (and `f` never runs) where the browser refuses the timer.
pub fn run_later(ms: i32, f: impl FnOnce() + 'static) -> bool {
    // `once_into_js` frees the closure after its one call: nothing leaks, nothing is dropped
    // while it runs.
    let callback = Closure::once_into_js(f);
    gloo::utils::window()
        .set_timeout_with_callback_and_timeout_and_arguments_0(callback.unchecked_ref(), ms)
        .is_ok()
}

/// Focuses the first element matching `selector` once the page has redrawn (the control that
/// had focus, a Remove button, is gone by then and focus would fall back to the page).
pub fn focus_after_render(selector: String) {
    run_later(0, move || {
        let target = gloo::utils::document()
            .query_selector(&selector)
            .ok()
            .flatten()
            .and_then(|el| el.dyn_into::<HtmlElement>().ok());
        if let Some(target) = target {
            let _ = target.focus();
        }
    });
}
