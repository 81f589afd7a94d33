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

/// Shows the table of federal parameters of `year` and `filing` in "How it is calculated"
/// (index.html, rendered by `prerender`) and hides the others.
pub fn show_tax_parameters(year: u16, filing: crate::model::FilingStatus) {
    let document = gloo::utils::document();
    for table_year in crate::model::PlanYear::ALL.map(crate::model::PlanYear::year) {
        for table_filing in crate::model::FilingStatus::ALL {
            let id = crate::format::tax_parameters_id(table_year, table_filing);
            if let Some(table) = document.get_element_by_id(&id) {
                let shown = table_year == year && table_filing == filing;
                let _ = table.toggle_attribute_with_force("hidden", !shown);
            }
        }
    }
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

#[wasm_bindgen::prelude::wasm_bindgen(
    inline_js = "export function import_market(path) { return import(new URL(path, document.baseURI).href).then((m) => m.default); }"
)]
extern "C" {
    /// The string the module at `path` (the page's own `market.js`) exports, once it is in.
    fn import_market(path: &str) -> js_sys::Promise;
}

thread_local! {
    /// Who waits for the market detail while it loads; `None` when no load is under way.
    static WAITING: std::cell::RefCell<Option<Vec<yew::Callback<()>>>> = const { std::cell::RefCell::new(None) };
    /// Loads tried so far: a new try has its own address, since a browser keeps a failed import.
    static TRIES: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
    /// Told of every load that ends, whoever started it (the page, for its figures).
    static WATCHERS: std::cell::RefCell<Vec<yew::Callback<()>>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// `watcher` runs each time a load of the market detail ends, for the page's lifetime.
pub fn watch_market_detail(watcher: yew::Callback<()>) {
    WATCHERS.with(|w| w.borrow_mut().push(watcher));
}

/// Loads the market detail (`market.js`: the states' and the areas' wages) once, the first time
/// a figure or the area search needs it; `done` runs when it is in or has failed, or at once if
/// it is in. After a failure the next caller tries again.
pub fn with_market_detail(done: yew::Callback<()>) {
    if crate::data::market_detail_state().is_ok() {
        done.emit(());
        return;
    }
    let first = WAITING.with(|waiting| {
        let mut waiting = waiting.borrow_mut();
        let first = waiting.is_none();
        waiting.get_or_insert_with(Vec::new).push(done);
        first
    });
    if !first {
        return;
    }
    let tries = TRIES.with(|t| t.replace(t.get() + 1));
    let path = match tries {
        0 => format!("market.js?v={}", crate::data::MARKET_VERSION),
        n => format!("market.js?v={}&try={n}", crate::data::MARKET_VERSION),
    };
    crate::data::set_market_detail_failed(false);
    wasm_bindgen_futures::spawn_local(async move {
        let text = wasm_bindgen_futures::JsFuture::from(import_market(&path))
            .await
            .ok()
            .and_then(|module| module.as_string());
        match text {
            Some(text) => crate::data::provide_market_detail(text),
            None => {
                crate::data::set_market_detail_failed(true);
                web_sys::console::warn_1(&"market.js could not be loaded".into());
            }
        }
        let waiting = WAITING.with(|w| w.borrow_mut().take()).unwrap_or_default();
        let watchers = WATCHERS.with(|w| w.borrow().clone());
        for done in waiting.into_iter().chain(watchers) {
            done.emit(());
        }
    });
}
