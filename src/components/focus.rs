//! Keeping keyboard focus somewhere sensible when the element that had it goes away.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::HtmlElement;

/// Focuses the first element matching `selector` once the page has redrawn (the control that
/// had focus, a Remove button, is gone by then and focus would fall back to the page).
pub fn focus_after_render(selector: String) {
    let focus = Closure::once_into_js(move || {
        let target = gloo::utils::document()
            .query_selector(&selector)
            .ok()
            .flatten()
            .and_then(|el| el.dyn_into::<HtmlElement>().ok());
        if let Some(target) = target {
            let _ = target.focus();
        }
    });
    let _ = gloo::utils::window()
        .set_timeout_with_callback_and_timeout_and_arguments_0(focus.unchecked_ref(), 0);
}
