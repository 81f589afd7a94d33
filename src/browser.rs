//! Small browser helpers the page's parts share (wasm32 only).

use std::cell::RefCell;
use std::collections::VecDeque;
use std::rc::Rc;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::HtmlElement;

use crate::data::NotLoaded;

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

/// Runs `f` in a task of its own, after the current one (and its redraw, where one is due), so
/// a long piece of work comes in pieces the page can answer between; at once where the browser
/// gives no way to post a task, so it runs either way.
///
/// The tasks are messages to a channel of the page's own, not timers: a timer set from a timer's
/// task, five deep, waits at least 4 ms (HTML's clamping), which the first render's thirty-odd
/// steps, each set from the one before, would add up to 100 ms of waiting.
pub fn run_in_next_task(f: impl FnOnce() + 'static) {
    let work: Work = Box::new(f);
    let unposted = NEXT_TASKS.with(|tasks| {
        let mut tasks = tasks.borrow_mut();
        if tasks.is_none() {
            *tasks = NextTasks::open();
        }
        match tasks.as_ref() {
            Some(channel) => channel.post(work),
            None => Some(work),
        }
    });
    // Run outside the borrow: the work may post more.
    if let Some(work) = unposted {
        work();
    }
}

/// Work waiting for a task of its own.
type Work = Box<dyn FnOnce()>;

/// A message channel whose every message runs the oldest work waiting: `run_in_next_task`.
struct NextTasks {
    sender: web_sys::MessagePort,
    queue: Rc<RefCell<VecDeque<Work>>>,
    // Kept for as long as the page, the receiving port and what it calls.
    _receiver: web_sys::MessagePort,
    _receive: Closure<dyn FnMut()>,
}

impl NextTasks {
    fn open() -> Option<Self> {
        let channel = web_sys::MessageChannel::new().ok()?;
        let queue: Rc<RefCell<VecDeque<Work>>> = Rc::default();
        let waiting = Rc::clone(&queue);
        let receive = Closure::<dyn FnMut()>::new(move || {
            // Taken out before it runs: the work may post more.
            let next = waiting.borrow_mut().pop_front();
            if let Some(work) = next {
                work();
            }
        });
        let receiver = channel.port1();
        receiver.set_onmessage(Some(receive.as_ref().unchecked_ref()));
        Some(Self {
            sender: channel.port2(),
            queue,
            _receiver: receiver,
            _receive: receive,
        })
    }

    /// Queues `work` for the next message; gives it back where no message can be posted.
    fn post(&self, work: Work) -> Option<Work> {
        self.queue.borrow_mut().push_back(work);
        if self
            .sender
            .post_message(&wasm_bindgen::JsValue::NULL)
            .is_ok()
        {
            return None;
        }
        self.queue.borrow_mut().pop_back()
    }
}

thread_local! {
    static NEXT_TASKS: RefCell<Option<NextTasks>> = const { RefCell::new(None) };
}

/// Shows the table of federal parameters of `year` and `filing` in "How it is calculated" and
/// hides the others. The tables (`static/parameters.js`, rendered by `prerender`) come with the
/// market detail: 1.4 KB of brotli the page's HTML no longer carries, so it arrives in the first
/// round trip of a connection (14.6 KB).
pub fn show_tax_parameters(year: u16, filing: crate::model::FilingStatus) {
    show_parameters(&crate::format::tax_parameters_id(year, filing));
}

/// Lists the documents the tables of these states cite under "Sources": bit i for the state
/// at i in `UsState::ALL`, whose order `static/state-sources.js` (rendered by `prerender`,
/// loaded with the detail) keeps.
pub fn list_state_sources(states: u64) {
    // 51 bits: exact in a JavaScript number.
    show_state_sources(states as f64);
}

thread_local! {
    /// The root the live calculator renders into, until it takes the prerendered one's place.
    static LIVE: std::cell::RefCell<Option<web_sys::Element>> = const { std::cell::RefCell::new(None) };
}

/// Renders the page into a root of its own, not yet in the document: index.html holds the
/// calculator as the build prerendered it (`#app`, inert), which stays in view until
/// `show_live_calculator`.
#[cfg(target_arch = "wasm32")]
pub fn render_live<C: yew::BaseComponent<Properties = ()>>() {
    let Ok(root) = gloo::utils::document().create_element("div") else {
        return;
    };
    root.set_id("app");
    LIVE.with(|live| *live.borrow_mut() = Some(root.clone()));
    yew::Renderer::<C>::with_root(root).render();
}

/// Whether the live calculator is rendering into its own root, not yet in the page.
pub fn rendering_live() -> bool {
    LIVE.with(|live| live.borrow().is_some())
}

/// Puts the live calculator in the place of the prerendered one, in one step: called once it
/// has rendered, before the browser paints again, so no frame shows neither or both.
pub fn show_live_calculator() {
    let Some(live) = LIVE.with(|live| live.borrow_mut().take()) else {
        return;
    };
    remove_loading_line();
    let document = gloo::utils::document();
    match document.get_element_by_id("app") {
        Some(prerendered) => {
            let _ = prerendered.replace_with_with_node_1(&live);
        }
        None => {
            if let Some(body) = document.body() {
                let _ = body.append_child(&live);
            }
        }
    }
}

/// Removes the page's "Loading the calculator" line (index.html): once the live calculator is
/// in view, not before (opened with a link, that line is all the page shows until then).
pub fn remove_loading_line() {
    if let Some(loading) = gloo::utils::document().get_element_by_id("loading") {
        loading.remove();
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

// The detail the page loads on demand: `market.js` (the states' and the areas' wages) and the
// state tax engine (`engine.js`: a wasm module in a string, a byte a character, bytes that are not
// plain text shifted by 256; scripts/engine.mjs writes it). boot.js names both (with their
// content in their addresses), and starts loading them beside the wasm where the link has a
// place. Both are scripts, which the page's policy allows from its own origin, where it allows no
// connection. Each succeeds or fails on its own. The federal parameters' tables
// (`parameters.js`, a string of HTML) and the documents of the state taxes (`state-sources.js`)
// come with them.
#[wasm_bindgen::prelude::wasm_bindgen(inline_js = r#"
let engine;
export function import_detail(market, tries, want_market) {
  const at = (path) => {
    const url = new URL(path, document.baseURI);
    if (tries > 0) url.searchParams.set('try', tries);
    return url.href;
  };
  const text = want_market ? import(at(self.marketDetail ?? market)).then((m) => m.default) : null;
  parameters(true).then(fillParameters);
  stateSources(true).then(fillStateSources);
  const ready = engine ?? import(at(self.stateEngine ?? 'engine.js'))
    .then((m) => {
      const text = m.default, bytes = new Uint8Array(text.length);
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        bytes[i] = c > 255 ? c - 256 : c;
      }
      return WebAssembly.instantiate(bytes);
    })
    .then((r) => { engine = r.instance.exports; });
  return Promise.allSettled([text, ready]).then(([t, e]) => [t.value ?? null, e.status === 'fulfilled']);
}
// A module of text, loaded once; after a failure, again at the next call, at an address of its
// own (a browser keeps a failed import), with a warning.
const loader = (name, fallback) => {
  let loading, tries = 0;
  return (start) => {
    if (!loading && start) {
      const url = new URL(self[name] ?? fallback, document.baseURI);
      if (tries) url.searchParams.set('try', tries);
      loading = import(url.href).then((m) => m.default, (e) => {
        loading = undefined;
        tries++;
        console.warn(`${fallback} did not load`, e);
      });
    }
    return loading ?? Promise.resolve();
  };
};
// The federal parameters' tables and the states' documents come with the detail, and again at
// the next call after a failed load (never otherwise while a person edits: no request then).
const parameters = loader('taxParameters', 'parameters.js');
let shown, parametersIn, parametersMissing;
const fillParameters = (html) => {
  if (html && !parametersIn) {
    document.getElementById('tax-parameters')?.insertAdjacentHTML('beforeend', html);
    parametersIn = true;
  }
  parametersMissing = !parametersIn;
  for (const table of document.querySelectorAll('table.parameters')) table.hidden = table.id !== shown;
};
export function show_parameters(id) {
  shown = id;
  parameters(parametersMissing).then(fillParameters);
}
const stateSources = loader('stateSources', 'state-sources.js');
let sourcesShown = 0, sourcesMissing;
const fillStateSources = (all) => {
  sourcesMissing = !all;
  const box = document.getElementById('state-sources');
  const parts = (all ?? []).filter((html, i) => html && Math.floor(sourcesShown / 2 ** i) % 2);
  if (box) box.innerHTML = parts.length ? `<h3>Sources of the state taxes</h3>${parts.join('')}` : '';
};
export function show_state_sources(states) {
  sourcesShown = states;
  stateSources(sourcesMissing && states).then(fillStateSources);
}
// The engine's memory may grow during a call, which detaches the views made before it.
const numbers = (length) => new Float64Array(engine.memory.buffer, engine.io(), length);
export function run_engine(io) {
  numbers(io.length).set(io);
  const ran = engine.run() === 1;
  io.set(numbers(io.length));
  return ran;
}
"#)]
extern "C" {
    /// `[the string market.js exports or null, whether the state tax engine is ready]`, once
    /// both loads have ended (the market detail only `want_market`); `tries` makes new addresses
    /// after a failure (a browser keeps a failed import).
    fn import_detail(market: &str, tries: u32, want_market: bool) -> js_sys::Promise;
    /// Shows the table of federal parameters with this id, once they are loaded (with the
    /// detail, `import_detail`; the last one asked for, where asked again meanwhile).
    fn show_parameters(id: &str);
    /// Lists the documents of these states' taxes (bits of their places in `UsState::ALL`)
    /// under "Sources", once they are loaded (with the detail, `import_detail`).
    fn show_state_sources(states: f64);
    /// One call of the state tax engine (`model::tax::state::engine`).
    fn run_engine(io: &mut [f64]) -> bool;
}

thread_local! {
    /// Who waits for the detail while it loads; `None` when no load is under way.
    static WAITING: std::cell::RefCell<Option<Vec<yew::Callback<()>>>> = const { std::cell::RefCell::new(None) };
    /// Loads tried so far: a new try has its own address, since a browser keeps a failed import.
    static TRIES: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
    /// Told of every load that ends, whoever started it (the page, for its figures).
    static WATCHERS: std::cell::RefCell<Vec<yew::Callback<()>>> = const { std::cell::RefCell::new(Vec::new()) };
    /// The last load of the state tax engine failed.
    static ENGINE_FAILED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Where the detail stands: the market detail's, then the state tax engine's.
pub type DetailState = (Result<(), NotLoaded>, Result<(), NotLoaded>);

pub fn detail_state() -> DetailState {
    let engine = if crate::model::tax::state::engine::has_engine() {
        Ok(())
    } else if ENGINE_FAILED.with(std::cell::Cell::get) {
        Err(NotLoaded::Failed)
    } else {
        Err(NotLoaded::Loading)
    };
    (crate::data::market_detail_state(), engine)
}

/// `watcher` runs each time a load of the detail ends, for the page's lifetime.
pub fn watch_detail(watcher: yew::Callback<()>) {
    WATCHERS.with(|w| w.borrow_mut().push(watcher));
}

/// Loads the detail (the market detail and the state tax engine) once, the first time a figure,
/// the area search or the places table needs it; `done` runs when both are in or a load has
/// ended, or at once if both are in. After a failure the next caller tries again what failed.
pub fn with_detail(done: yew::Callback<()>) {
    let (market, engine) = detail_state();
    if market.is_ok() && engine.is_ok() {
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
    let path = format!("market.js?v={}", crate::data::MARKET_VERSION);
    crate::data::set_market_detail_failed(false);
    ENGINE_FAILED.with(|f| f.set(false));
    wasm_bindgen_futures::spawn_local(async move {
        let ended =
            wasm_bindgen_futures::JsFuture::from(import_detail(&path, tries, market.is_err()))
                .await
                .ok()
                .map(|ended| js_sys::Array::from(&ended));
        let text = ended.as_ref().and_then(|e| e.get(0).as_string());
        let engine_ready = ended.is_some_and(|e| e.get(1).is_truthy());
        if engine_ready {
            crate::model::tax::state::engine::set_engine(run_engine);
        } else {
            ENGINE_FAILED.with(|f| f.set(true));
            web_sys::console::warn_1(&"the state tax engine could not be loaded".into());
        }
        match text {
            Some(text) => crate::data::provide_market_detail(text),
            None if market.is_err() => {
                crate::data::set_market_detail_failed(true);
                web_sys::console::warn_1(&"market.js could not be loaded".into());
            }
            None => {}
        }
        let waiting = WAITING.with(|w| w.borrow_mut().take()).unwrap_or_default();
        let watchers = WATCHERS.with(|w| w.borrow().clone());
        for done in waiting.into_iter().chain(watchers) {
            done.emit(());
        }
    });
}

/// In-page links (the skip link, the result strip's links to the cards) move the view without a
/// history entry of their own. The address bar's query is kept in the current entry only, so an
/// entry a link pushed would hold an older query: Back would leave the address bar behind the
/// page (a reload then loses the edits since), and would not leave the page, as Back should.
#[cfg(target_arch = "wasm32")]
pub fn keep_in_page_links_out_of_history() {
    let on_click = Closure::<dyn Fn(web_sys::MouseEvent)>::new(|event: web_sys::MouseEvent| {
        // A new tab or window, or a click someone else has handled, stays as it is.
        let plain = event.button() == 0
            && !(event.ctrl_key() || event.meta_key() || event.shift_key() || event.alt_key());
        if !plain || event.default_prevented() {
            return;
        }
        let href = event
            .target()
            .and_then(|target| target.dyn_into::<web_sys::Element>().ok())
            .and_then(|element| element.closest("a[href^='#']").ok().flatten())
            .and_then(|link| link.get_attribute("href"))
            .filter(|href| href.len() > 1);
        if let Some(href) = href {
            event.prevent_default();
            // The same scroll and focus start as the link's own, in the entry the page is in.
            let _ = gloo::utils::window().location().replace(&href);
        }
    });
    let _ = gloo::utils::document()
        .add_event_listener_with_callback("click", on_click.as_ref().unchecked_ref());
    on_click.forget(); // for the page's whole life
}
