//! The metro area of an offer: a text box that searches the areas BLS publishes by city, state
//! or code, with the WAI-ARIA combobox pattern (list autocomplete): arrows move through the
//! matches, Enter chooses, Escape closes, and the count of matches is announced.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::data::metro;
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

#[component]
pub fn MetroPicker(props: &MetroPickerProps) -> Html {
    let chosen_name = || {
        props
            .value
            .and_then(metro)
            .map(|m| m.name)
            .unwrap_or_default()
    };
    let query = use_state(|| chosen_name().to_string());
    let open = use_state(|| false);
    let active = use_state(|| None::<usize>);
    {
        // A new choice (or a link, or a duplicate) shows its name.
        let query = query.setter();
        let name = chosen_name();
        use_effect_with(props.value, move |_| query.set(name.to_string()));
    }
    let matches = if *open {
        search_metros(&query, SHOWN)
    } else {
        Vec::new()
    };

    let choose = {
        let (onselect, query, open, active) = (
            props.onselect.clone(),
            query.setter(),
            open.setter(),
            active.setter(),
        );
        Callback::from(move |area: u32| {
            query.set(metro(area).map(|m| m.name).unwrap_or_default().to_string());
            open.set(false);
            active.set(None);
            onselect.emit(area.to_string());
        })
    };
    let oninput = {
        let (onselect, query, open, active) = (
            props.onselect.clone(),
            query.setter(),
            open.setter(),
            active.setter(),
        );
        Callback::from(move |e: InputEvent| {
            let text = e.target_unchecked_into::<HtmlInputElement>().value();
            if text.trim().is_empty() {
                onselect.emit(String::new());
            }
            query.set(text);
            open.set(true);
            active.set(None);
        })
    };
    let onkeydown = {
        let (open, active, choose) = (open.clone(), active.clone(), choose.clone());
        let codes: Vec<u32> = matches.iter().map(|m| m.area).collect();
        Callback::from(move |e: KeyboardEvent| {
            let last = codes.len().checked_sub(1);
            match e.key().as_str() {
                "ArrowDown" => {
                    e.prevent_default();
                    open.set(true);
                    active.set(match (*active, last) {
                        (Some(i), Some(last)) if i < last => Some(i + 1),
                        (None, Some(_)) => Some(0),
                        (current, _) => current,
                    });
                }
                "ArrowUp" => {
                    e.prevent_default();
                    active.set(active.and_then(|i| i.checked_sub(1)));
                }
                "Enter" if *open => {
                    e.prevent_default();
                    if let Some(&area) = codes.get(active.unwrap_or(0)) {
                        choose.emit(area);
                    }
                }
                "Escape" => {
                    open.set(false);
                    active.set(None);
                }
                _ => {}
            }
        })
    };
    let onblur = {
        // Leaving the box without choosing shows the chosen area again, never a half-typed one.
        let (query, open, name) = (query.setter(), open.setter(), chosen_name());
        Callback::from(move |_: FocusEvent| {
            open.set(false);
            query.set(name.to_string());
        })
    };

    let n = props.n;
    let id = format!("o{n}-metro");
    let list_id = format!("{id}-list");
    let option_id = |i: usize| format!("{id}-option-{i}");
    let expanded = *open && !matches.is_empty();
    let status = if !*open || query.trim().is_empty() {
        String::new()
    } else {
        match matches.len() {
            0 => "No area matches.".to_string(),
            1 => "1 area matches.".to_string(),
            k => format!("{k} areas match; arrows move through them, Enter chooses."),
        }
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
                aria-controls={list_id.clone()}
                aria-activedescendant={active.filter(|_| expanded).map(option_id)}
                aria-describedby={format!("{id}-hint {id}-status")}
                data-testid={format!("input-metro-{n}")}
                data-value={props.value.map(|v| v.to_string())}
                value={(*query).clone()}
                {oninput}
                {onkeydown}
                {onblur}
            />
            <ul id={list_id} role="listbox" class="metro-options" hidden={!expanded}
                aria-label={format!("Metro areas for offer {n}")}>
                { for matches.iter().enumerate().map(|(i, m)| {
                    let choose = choose.clone();
                    let area = m.area;
                    html! {
                        <li id={option_id(i)} role="option"
                            aria-selected={(*active == Some(i)).to_string()}
                            // Chosen on mouse down: a click would come after the box's blur.
                            onmousedown={Callback::from(move |e: MouseEvent| {
                                e.prevent_default();
                                choose.emit(area);
                            })}>
                            { m.name }
                        </li>
                    }
                }) }
            </ul>
            <p id={format!("{id}-hint")} class="hint">{ Field::Metro.hint() }</p>
            <p id={format!("{id}-status")} class="visually-hidden" aria-live="polite">{ status }</p>
        </div>
    }
}
