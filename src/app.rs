//! The page: state in a reducer, the address bar kept in step with it, and the parts laid out.

use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

use crate::browser::{
    detail_state, list_state_sources, remove_loading_line, rendering_live, run_in_next_task,
    run_later, show_live_calculator, show_tax_parameters, watch_detail, with_detail,
};
use crate::components::{
    comparison_part, ComparisonTable, HouseholdEditor, LinkNotice, OfferEditor, PartsRendered,
    Paychecks, Places, Scoreboard, SelectField, ShareLink, ValueChart, WageBenchmark,
    HOUSEHOLD_PART,
};
use crate::data::NotLoaded;
use crate::format;
use crate::model::{compute, needs_market_detail, PlanYear, MAX_OFFERS};
use crate::state::{example_offers, Action, State};

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        next.apply(action);
        Rc::new(next)
    }
}

/// Starts the page: the calculator renders into a root of its own, which takes the place of the
/// one the build prerendered into index.html once it has rendered. Where the link's figures need
/// the detail (a place: the state tax engine and the market detail, which boot.js started loading
/// beside the wasm, after the first paint), it renders once that is in, or has failed, so its
/// first render has them.
///
/// The render waits for the next task: the module's start (its compiling included) and the
/// first render are two pieces of work, not one long one the page cannot answer during.
#[cfg(target_arch = "wasm32")]
pub fn start() {
    crate::browser::keep_in_page_links_out_of_history();
    if needs_market_detail(&State::from_query(&opening_query()).scenario) {
        with_detail(Callback::from(|()| crate::browser::render_live::<App>()));
    } else {
        run_in_next_task(crate::browser::render_live::<App>);
    }
}

#[cfg(target_arch = "wasm32")]
/// What the page does if a bug ever panics: WebAssembly stops, so say so on the page and in the
/// console. The address bar holds the offers, so a reload brings everything back.
pub fn install_panic_notice() {
    yew::set_custom_panic_hook(Box::new(|info| {
        web_sys::console::error_1(&info.to_string().into());
        let document = gloo::utils::document();
        if let (Ok(notice), Some(body)) = (document.create_element("p"), document.body()) {
            notice.set_class_name("fatal");
            let _ = notice.set_attribute("role", "alert");
            notice.set_text_content(Some(
                "Something went wrong and the calculator stopped. Reload the page: your offers are kept in its address.",
            ));
            let _ = body.prepend_with_node_1(&notice);
        }
    }));
}

/// The query string the page was opened with: none in the build's prerendering, which is the
/// page opened without one.
fn opening_query() -> String {
    #[cfg(target_arch = "wasm32")]
    return gloo::utils::window()
        .location()
        .search()
        .unwrap_or_default();
    #[cfg(not(target_arch = "wasm32"))]
    String::new()
}

/// The page's address with `query`: same origin and path, no hash.
fn address_with(query: &str) -> String {
    let location = gloo::utils::window().location();
    let origin = location.origin().unwrap_or_default();
    let path = location.pathname().unwrap_or_default();
    format!("{origin}{path}?{query}")
}

/// Puts `query` in the address bar without a history entry, so Back still leaves the page.
fn replace_query(query: &str) {
    let window = gloo::utils::window();
    let current = window.location().search().unwrap_or_default();
    if current.strip_prefix('?') == Some(query) {
        return;
    }
    let hash = window.location().hash().unwrap_or_default();
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(
            &wasm_bindgen::JsValue::NULL,
            "",
            Some(&format!("?{query}{hash}")),
        );
    }
}

/// Writes to the address bar come from a bucket of this many, refilled one every
/// `ADDRESS_BAR_REFILL_MS`: at most 30 + 10,000 / 80 = 155 in any 10 seconds, under the about 200
/// that Chromium accepts before it ignores history calls.
const ADDRESS_BAR_BURST: f64 = 30.0;
const ADDRESS_BAR_REFILL_MS: f64 = 80.0;

/// The writes the address bar can take now, and the query that waits for one.
#[derive(Default)]
struct AddressBar {
    tokens: f64,
    refilled_at: f64,
    pending: bool,
    wanted: String,
}

impl AddressBar {
    fn refill(&mut self) {
        let now = js_sys::Date::now();
        self.tokens =
            (self.tokens + (now - self.refilled_at) / ADDRESS_BAR_REFILL_MS).min(ADDRESS_BAR_BURST);
        self.refilled_at = now;
    }

    fn write(&mut self) {
        self.tokens = (self.tokens - 1.0).max(0.0);
        replace_query(&self.wanted);
    }
}

thread_local! {
    static ADDRESS_BAR: RefCell<AddressBar> = RefCell::default();
}

/// Keeps the address bar in step with the page: every change is written at once, in the task
/// after the one that shows it (a write takes Chromium a few milliseconds with six offers' query,
/// which the figures need not wait for), except in a long burst of fast typing, where writes are
/// spaced to stay under Chromium's limit on history calls (beyond it, they are silently ignored)
/// and the last change always lands.
fn show_in_address_bar(query: &str) {
    let wait = ADDRESS_BAR.with(|bar| {
        let mut bar = bar.borrow_mut();
        bar.wanted = query.to_string();
        if bar.pending {
            return None; // the write already scheduled takes the newest query
        }
        bar.pending = true;
        bar.refill();
        Some((1.0 - bar.tokens).max(0.0) * ADDRESS_BAR_REFILL_MS)
    });
    let write = || {
        ADDRESS_BAR.with(|bar| {
            let mut bar = bar.borrow_mut();
            bar.pending = false;
            bar.refill();
            bar.write();
        })
    };
    let Some(wait) = wait else {
        return;
    };
    if wait <= 0.0 {
        run_in_next_task(write);
    } else if !run_later(wait.ceil() as i32, write) {
        write();
    }
}

#[component]
pub fn App() -> Html {
    let state = use_reducer(|| State::from_query(&opening_query()));
    let query = state.query();

    // The first render is the calculator the build prerendered into index.html (the sections
    // down to the comparison), which it then replaces; the sections below come after. In the
    // page, each comes in parts, a task each (`components::first_render`).
    let build = use_state(|| {
        if rendering_live() {
            Build::Parts(PartsRendered(0))
        } else {
            Build::Top
        }
    });
    {
        let build_handle = build.setter();
        let last_part = comparison_part(state.scenario.offers().len());
        use_effect_with(*build, move |&now| {
            let next = match now {
                Build::Parts(PartsRendered(part)) if part < last_part => {
                    Build::Parts(PartsRendered(part + 1))
                }
                Build::Parts(_) => {
                    show_live_calculator();
                    Build::Below(1)
                }
                Build::Below(shown) if shown < BELOW_SECTIONS => Build::Below(shown + 1),
                Build::Below(_) => Build::Complete,
                // Without a root of its own there is nothing to put in place; the calculator
                // rendered where it shows.
                Build::Top => {
                    remove_loading_line();
                    Build::Complete
                }
                Build::Complete => return,
            };
            let set = build_handle.clone();
            run_in_next_task(move || set.set(next));
        });
    }
    let build = *build;
    {
        // The address bar follows every change.
        use_effect_with(query.clone(), |query| show_in_address_bar(query));
    }

    // The detail (the market detail: metro areas, the other jobs by state; the state tax engine)
    // loads at once where a figure needs it, else once the first render is complete (not while
    // its parts come, which the module's loading would hold up): never while a person types, so
    // what the network shows never depends on what they enter. Until it is in, those figures say
    // they are loading, and they are computed again once it is. A failed load says so; the metro
    // search, the places table or the results try again, and whichever load ends, the figures
    // follow.
    let detail = use_state(detail_state);
    {
        let detail = detail.setter();
        use_effect_with((), move |()| {
            watch_detail(Callback::from(move |()| detail.set(detail_state())))
        });
    }
    {
        let (market, engine) = detail_state();
        let wanted = needs_market_detail(&state.scenario) && (market.is_err() || engine.is_err());
        use_effect_with(wanted, move |&wanted| {
            if wanted {
                with_detail(Callback::noop());
            }
        });
        use_effect_with(build == Build::Complete, |&complete| {
            if complete {
                run_in_next_task(|| with_detail(Callback::noop()));
            }
        });
    }
    // Computed again when the detail comes in only where the figures use it: on the example (no
    // place, no other job) its arrival changes nothing on the page, so nothing renders again.
    let detail_used = needs_market_detail(&state.scenario).then_some(*detail);
    let comparison = use_memo((state.scenario.clone(), detail_used), |(scenario, _)| {
        compute(scenario)
    });
    // Under "Sources", the documents of the state taxes the offers count (the places the model
    // taxed them in): the states as bits of their place in `UsState::ALL`, which is the enum's
    // order (a list would cost the wasm a sort).
    let taxed_in: u64 = comparison
        .offers
        .iter()
        .filter_map(|result| result.figures.state_detail.state)
        .fold(0, |bits, s| bits | 1 << s as usize);
    // "How it is calculated" is in the page; its table of the year and filing status in use is
    // the one shown, and its sources list those states' documents (one effect for both: each
    // effect of its own kind costs the wasm its code).
    use_effect_with(
        (
            state.scenario.year(),
            state.scenario.household().filing,
            taxed_in,
        ),
        |&(year, filing, taxed_in)| {
            show_tax_parameters(year.year(), filing);
            list_state_sources(taxed_in);
        },
    );
    let dispatch = state.dispatcher();
    let offers = state.scenario.offers();
    let parts = build.parts();

    // On the untouched example, say what it shows, from its own figures.
    let example_note = (!state.from_link && offers == example_offers().as_slice())
        .then(|| {
            let (higher, lower) = (&offers[0], &offers[1]);
            let (h, l) = (&comparison.offers[0].figures, &comparison.offers[1].figures);
            format!(
                "An example to start from: {} pays {} an hour more, yet {} leaves you {} more a year after tax ({} before tax): its 401(k) match and tax-free health money count, and its lower taxable pay is taxed less. Replace them with your own offers.",
                higher.label,
                format::cents(higher.wage - lower.wage),
                lower.label,
                format::dollars(l.after_tax - h.after_tax),
                format::dollars(l.net - h.net),
            )
        });

    let year_choices = PlanYear::ALL
        .iter()
        .map(|y| (y.year().to_string().into(), y.year().to_string().into()))
        .collect::<Vec<_>>();
    let send = dispatch.to_callback();
    let onyear = {
        let send = send.clone();
        Callback::from(move |text: String| {
            if let Some(year) = PlanYear::parse(&text) {
                send.emit(Action::SetYear(year));
            }
        })
    };
    let onadd = send.reform(|_: MouseEvent| Action::AddOffer);
    let ondismiss = send.reform(|()| Action::DismissWarnings);

    // Until the state tax engine is in, no figure after tax is shown: the editors stay, and the
    // results say they are coming (or that the load failed, with a way to try again).
    let results = if comparison.pending {
        let failed = matches!(detail.1, Err(NotLoaded::Failed));
        let onretry = Callback::from(|_: MouseEvent| with_detail(Callback::noop()));
        html! {
            <section class="comparison pending" aria-labelledby="comparison-title">
                <h2 id="comparison-title" tabindex="-1">{ "Comparison" }</h2>
                if failed {
                    <p role="alert">
                        { "The state income tax tables could not be loaded. " }
                        <button type="button" onclick={onretry}>{ "Try again" }</button>
                    </p>
                } else {
                    <p role="status">{ "Loading the state income tax tables…" }</p>
                }
            </section>
        }
    } else {
        html! {
            <>
                if parts.includes(comparison_part(offers.len())) {
                    <ComparisonTable scenario={state.scenario.clone()} comparison={comparison.clone()} />
                }
                if build.shows(BelowSection::Chart) {
                    <ValueChart scenario={state.scenario.clone()} comparison={comparison.clone()} />
                }
                if build.shows(BelowSection::Paychecks) {
                    <Paychecks scenario={state.scenario.clone()} comparison={comparison.clone()} />
                }
                if build.shows(BelowSection::Market) {
                    <WageBenchmark scenario={state.scenario.clone()} comparison={comparison.clone()} />
                }
                if build.shows(BelowSection::Places) {
                    <Places scenario={state.scenario.clone()} />
                }
                if build.shows(BelowSection::ShareLink) {
                    <ShareLink url={address_with(&query)} scenario={state.scenario.clone()} comparison={comparison.clone()} />
                }
            </>
        }
    };

    html! {
        <>
            if !comparison.pending {
                <Scoreboard scenario={state.scenario.clone()} comparison={comparison.clone()} />
            }
            <LinkNotice warnings={state.link_warnings.clone()} {ondismiss} />
            if parts.includes(HOUSEHOLD_PART) {
                <HouseholdEditor household={state.scenario.household().clone()} dispatch={dispatch.clone()} />
            }
            <section class="offers" aria-labelledby="offers-title">
                <div class="offers-head">
                    <h2 id="offers-title" tabindex="-1">{ format!("Your offers ({} of {MAX_OFFERS})", offers.len()) }</h2>
                    <SelectField
                        id="plan-year"
                        testid="input-year"
                        label="Tax year"
                        choices={year_choices}
                        value={state.scenario.year().year().to_string()}
                        onselect={onyear}
                    />
                </div>
                if let Some(note) = example_note {
                    <p class="example-note" data-testid="example-note">{ note }</p>
                }
                <div class="editors">
                    { for offers.iter().zip(&comparison.offers).zip(&state.offer_ids).enumerate().map(
                        |(index, ((offer, result), id))| html! {
                            <OfferEditor
                                key={*id}
                                {index}
                                offer={offer.clone()}
                                count={offers.len()}
                                value={(!comparison.pending).then(|| result.figures.basis_value(comparison.basis))}
                                basis={comparison.basis}
                                best={!comparison.pending && index == comparison.best}
                                expand_used={state.from_link}
                                parts={parts.for_editor(index)}
                                dispatch={dispatch.clone()}
                            />
                        }
                    ) }
                </div>
                <button type="button" class="primary add-offer" data-testid="add-offer"
                    disabled={offers.len() >= MAX_OFFERS} onclick={onadd}>
                    { if offers.len() >= MAX_OFFERS { "Six offers is the most" } else { "Add an offer" } }
                </button>
            </section>
            { results }
        </>
    }
}

/// The sections below the comparison, in the order they come (the share link last: the
/// end-to-end tests wait for it, `PAGE_COMPLETE` in tests/e2e/helpers.js).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum BelowSection {
    Chart,
    Paychecks,
    Market,
    Places,
    ShareLink,
}

impl BelowSection {
    const ALL: [BelowSection; 5] = [
        BelowSection::Chart,
        BelowSection::Paychecks,
        BelowSection::Market,
        BelowSection::Places,
        BelowSection::ShareLink,
    ];
}

const BELOW_SECTIONS: u8 = BelowSection::ALL.len() as u8;

/// How far the page's first render has got.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Build {
    /// The calculator down to the comparison, these parts of it so far (the page, rendering
    /// into a root of its own).
    Parts(PartsRendered),
    /// The calculator down to the comparison, all at once (the build's prerendering, tests).
    Top,
    /// The calculator in the page, and this many of the sections below it.
    Below(u8),
    /// All of it.
    Complete,
}

impl Build {
    fn parts(self) -> PartsRendered {
        match self {
            Build::Parts(parts) => parts,
            Build::Top | Build::Below(_) | Build::Complete => PartsRendered::ALL,
        }
    }

    /// Whether `section`, below the comparison, is rendered.
    fn shows(self, section: BelowSection) -> bool {
        (section as u8) < self.below()
    }

    /// How many of the sections below the comparison are rendered.
    fn below(self) -> u8 {
        match self {
            Build::Parts(_) | Build::Top => 0,
            Build::Below(shown) => shown,
            Build::Complete => BELOW_SECTIONS,
        }
    }
}
