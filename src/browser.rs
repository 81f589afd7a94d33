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

/// Offers `text` to the person as a file download named `name`, made in the page (a `blob:`
/// address): nothing is sent anywhere. Returns false where the browser refuses.
pub fn download_text(name: &str, mime: &str, text: &str) -> bool {
    let parts = js_sys::Array::of1(&text.into());
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else {
        return false;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return false;
    };
    let document = gloo::utils::document();
    let clicked = document
        .create_element("a")
        .ok()
        .and_then(|a| a.dyn_into::<web_sys::HtmlAnchorElement>().ok())
        .map(|a| {
            a.set_href(&url);
            a.set_download(name);
            a.click();
        })
        .is_some();
    // Freed once the download has started.
    run_later(1_000, move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    });
    clicked
}
