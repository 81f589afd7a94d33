//! The metro area of an offer: a text box that searches the areas BLS publishes by city, state
//! or code, with the WAI-ARIA combobox pattern (list autocomplete): arrows move through the
//! matches, Enter chooses, Escape closes, and the count of matches is announced.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::browser::with_detail;
use crate::data::{market_detail_state, metro, NotLoaded};
use crate::model::{search_metros, Field};

/// Matches shown at once: enough to scan, few enough to read out.
const SHOWN: usize = 8;

#[derive(Properties, PartialEq)]
pub struct MetroPickerProps {
    /// The offer's position, 1-based.
    pub n: usize,
    /// The chosen area's code.
    pub value: Option<u32>,
    /// Called with the chosen area's code, or "" to clear it.
    pub onselect: Callback<String>,
}

/// What the box shows: the text typed, whether the matches are open, the one the arrows chose.
#[derive(Clone, Default, PartialEq)]
struct Picker {
    query: String,
    open: bool,
    active: Option<usize>,
}

#[component]
pub fn MetroPicker(props: &MetroPickerProps) -> Html {
    // The areas' names come with the market detail: the first focus (or a chosen area) loads it.
    let detail = use_state(market_detail_state);
    let load = {
        let detail = detail.clone();
        move || {
            if market_detail_state().is_err() {
                let setter = detail.setter();
                with_detail(Callback::from(move |()| setter.set(market_detail_state())));
            }
        }
    };
    let chosen_name = props
        .value
        .and_then(|code| metro(code).ok().flatten())
        .map_or("", |m| m.name);
    let picker = use_state(|| Picker {
        query: chosen_name.to_string(),
        ..Picker::default()
    });
    {
        // A new choice (a link, a duplicate) or the names arriving show the chosen area's name;
        // nothing typed meanwhile is lost, since neither happens while the list is open.
        let (picker, load) = (picker.clone(), load.clone());
        use_effect_with((props.value, *detail), move |(value, _)| {
            if value.is_some() {
                load();
            }
            if !picker.open {
                picker.set(Picker {
                    query: chosen_name.to_string(),
                    ..Picker::default()
                });
            }
        });
    }
    // One more than is shown, to say when there are more.
    let mut matches = if picker.open {
        search_metros(&picker.query, SHOWN + 1)
    } else {
        Vec::new()
    };
    let more = matches.len() > SHOWN;
    matches.truncate(SHOWN);
    let codes: Vec<u32> = matches.iter().map(|m| m.area).collect();

    // Every key and pointer action in one place: the box's own state, and the choice it sends.
    let act = {
        let (picker, onselect) = (picker.clone(), props.onselect.clone());
        move |action: PickerAction| {
            let mut next = (*picker).clone();
            match action {
                PickerAction::Type(text) => {
                    if text.trim().is_empty() {
                        onselect.emit(String::new());
                    }
                    // The first match is highlighted: Enter chooses what is shown as chosen.
                    next = Picker {
                        active: Some(0).filter(|_| !text.trim().is_empty()),
                        query: text,
                        open: true,
                    };
                }
                PickerAction::Move(step, last) => {
                    next.open = true;
                    next.active = match (next.active, step) {
                        (None, 1) => Some(0),
                        (Some(i), 1) => Some((i + 1).min(last)),
                        (active, _) => active.and_then(|i| i.checked_sub(1)),
                    };
                }
                PickerAction::Choose(area) => {
                    next = Picker::default();
                    next.query = metro(area)
                        .ok()
                        .flatten()
                        .map(|m| m.name)
                        .unwrap_or_default()
                        .to_string();
                    onselect.emit(area.to_string());
                }
                PickerAction::CloseList => next.open = false,
                PickerAction::Close(name) => {
                    next = Picker::default();
                    next.query = name.to_string();
                }
            }
            picker.set(next);
        }
    };
    let oninput = {
        let act = act.clone();
        Callback::from(move |e: InputEvent| {
            act(PickerAction::Type(
                e.target_unchecked_into::<HtmlInputElement>().value(),
            ))
        })
    };
    let onkeydown = {
        let (act, codes, open, active) = (act.clone(), codes.clone(), picker.open, picker.active);
        Callback::from(move |e: KeyboardEvent| {
            let last = codes.len().saturating_sub(1);
            let action = match e.key().as_str() {
                "ArrowDown" if !codes.is_empty() || !open => PickerAction::Move(1, last),
                "ArrowUp" => PickerAction::Move(-1, last),
                "Enter" if open => match active.and_then(|i| codes.get(i)) {
                    Some(&area) => PickerAction::Choose(area),
                    None => return,
                },
                // Leaving with Tab takes the highlighted area, as Enter would, and moves on.
                "Tab" if open => {
                    if let Some(&area) = active.and_then(|i| codes.get(i)) {
                        act(PickerAction::Choose(area));
                    }
                    return;
                }
                // The first Escape closes the list and keeps what was typed; the next one
                // shows the chosen area again.
                "Escape" if open => PickerAction::CloseList,
                "Escape" => PickerAction::Close(chosen_name),
                _ => return,
            };
            e.prevent_default();
            act(action);
        })
    };
    // Leaving the box without choosing shows the chosen area again, never a half-typed one.
    let onblur = {
        let act = act.clone();
        Callback::from(move |_: FocusEvent| act(PickerAction::Close(chosen_name)))
    };
    // Chosen on mouse down, on the list: a click would come after the box's blur.
    let onmousedown = Callback::from(move |e: MouseEvent| {
        e.prevent_default();
        let index = e
            .target_dyn_into::<web_sys::Element>()
            .and_then(|li| li.get_attribute("data-index"))
            .and_then(|i| i.parse::<usize>().ok());
        if let Some(&area) = index.and_then(|i| codes.get(i)) {
            act(PickerAction::Choose(area));
        }
    });

    let n = props.n;
    let id = format!("o{n}-metro");
    let expanded = picker.open && !matches.is_empty();
    let onfocus = Callback::from(move |_: FocusEvent| load());
    // Read now, not from `detail`: that state only wakes the box when the areas arrive, and is
    // stale where they had arrived before the box was first focused.
    let loaded = market_detail_state();
    let placeholder = match (props.value, loaded) {
        (Some(_), Err(NotLoaded::Loading)) => "Loading the area's name…",
        (_, Err(NotLoaded::Failed)) => "The areas could not be loaded: reload the page",
        _ => "",
    };
    let searching = picker.open && !picker.query.trim().is_empty();
    let status = match (searching, matches.len()) {
        (false, _) => String::new(),
        (true, _) if loaded == Err(NotLoaded::Loading) => "Loading the list of areas…".into(),
        (true, _) if loaded.is_err() => "The list of areas could not be loaded.".into(),
        (true, 0) => "No area matches.".into(),
        (true, 1) => "1 area matches; Enter chooses it.".into(),
        (true, k) if more => format!("More than {k} areas match; the first {k} are shown. Arrows move through them, Enter chooses."),
        (true, k) => format!("{k} areas match; arrows move through them, Enter chooses."),
    };
    let shown_note = match (searching && loaded.is_ok(), matches.len()) {
        (true, 0) => Some("No area matches: type a city, a state or a code."),
        (true, _) if more => Some("More areas match than are listed: type more of the name."),
        _ => None,
    };
    html! {
        <div class="field metro-picker">
            <label for={id.clone()}>{ Field::Metro.label() }</label>
            <input
                id={id.clone()}
                type="text"
                role="combobox"
                autocomplete="off"
                spellcheck="false"
                aria-autocomplete="list"
                aria-expanded={expanded.to_string()}
                aria-controls={format!("{id}-list")}
                aria-activedescendant={picker.active.filter(|_| expanded).map(|i| format!("{id}-{i}"))}
                aria-describedby={format!("{id}-hint")}
                data-testid={format!("input-metro-{n}")}
                value={picker.query.clone()}
                {placeholder}
                {oninput}
                {onkeydown}
                {onblur}
                {onfocus}
            />
            // Not a Tab stop: Chromium makes a list that scrolls focusable, and focus moving into
            // it closed it, leaving focus nowhere.
            <ul id={format!("{id}-list")} role="listbox" class="metro-options" hidden={!expanded} tabindex="-1"
                aria-label={format!("Metro areas for offer {n}")} {onmousedown}>
                { for matches.iter().enumerate().map(|(i, m)| html! {
                    <li id={format!("{id}-{i}")} role="option" data-index={i.to_string()}
                        aria-selected={(picker.active == Some(i)).to_string()}>{ m.name }</li>
                }) }
            </ul>
            <p id={format!("{id}-hint")} class="hint">{ Field::Metro.hint() }</p>
            // What the status says, in view too where the list alone does not show it (screen
            // readers have it from the status).
            if let Some(note) = shown_note {
                <p class="hint metro-note" aria-hidden="true">{ note }</p>
            }
            <p class="visually-hidden" aria-live="polite">{ status }</p>
        </div>
    }
}

enum PickerAction {
    Type(String),
    /// One step down (1) or up (-1), and the last match's index.
    Move(i8, usize),
    Choose(u32),
    /// The list closed, what was typed kept.
    CloseList,
    /// Closed with the chosen area's name shown again.
    Close(&'static str),
}
