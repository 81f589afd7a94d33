//! "Where is it worth most": one offer's value after tax in each of the 51 places, as if its
//! job and your home were there, sorted by what it buys at U.S.-average prices. For the remote
//! worker choosing where to live; computed only when opened, not on every keystroke.

use web_sys::HtmlDetailsElement;
use yew::prelude::*;

use crate::browser::{detail_state, with_detail};
use crate::data::{state_wages, NotLoaded, OEWS_RELEASE};
use crate::format::{bls_wage, dollars};
use crate::model::{value_by_place, Scenario};

#[derive(Properties, PartialEq)]
pub struct PlacesProps {
    pub scenario: Scenario,
}

#[component]
pub fn Places(props: &PlacesProps) -> Html {
    let open = use_state(|| false);
    let chosen = use_state(|| 0usize);
    // Other jobs' state wages come with the market detail, and the taxes of each place from the
    // state tax engine: opening the table loads them.
    let detail = use_state(detail_state);
    let ontoggle = {
        let (open, detail) = (open.clone(), detail.setter());
        Callback::from(move |e: Event| {
            let is_open = e.target_unchecked_into::<HtmlDetailsElement>().open();
            open.set(is_open);
            if is_open {
                let detail = detail.clone();
                with_detail(Callback::from(move |()| detail.set(detail_state())));
            }
        })
    };
    let offers = props.scenario.offers();
    let index = (*chosen).min(offers.len() - 1);
    let onchoose = {
        let chosen = chosen.clone();
        Callback::from(move |e: Event| {
            let value = e
                .target_unchecked_into::<web_sys::HtmlSelectElement>()
                .value();
            chosen.set(value.parse().unwrap_or(0));
        })
    };
    let occupation = offers[index].occupation;
    let rows = if *open {
        value_by_place(
            &offers[index],
            props.scenario.household(),
            props.scenario.year(),
        )
    } else {
        Vec::new()
    };
    html! {
        <section class="places" aria-labelledby="places-title">
            <h2 id="places-title">{ "Where is an offer worth most?" }</h2>
            <details class="places-details" {ontoggle} data-testid="places">
                <summary>{ "Its value after tax in each of the 51 places, for a remote job" }</summary>
                <div class="field places-choice">
                    <label for="places-offer">{ "Offer" }</label>
                    <select id="places-offer" data-testid="places-offer" onchange={onchoose}>
                        { for offers.iter().enumerate().map(|(i, o)| html! {
                            <option value={i.to_string()} selected={i == index}>{ o.label.clone() }</option>
                        }) }
                    </select>
                </div>
                if rows.iter().any(|p| p.pending) {
                    <p role="status">{ match detail.1 {
                        Err(NotLoaded::Failed) => "The state income tax tables could not be loaded: close and open this again to try again.",
                        _ => "Loading the state income tax tables…",
                    } }</p>
                } else {
                <div class="table-scroll" tabindex="0" role="region" aria-label="The offer's value in each place">
                    <table data-testid="places-table">
                        <caption>{ format!("With the job and your home in each place; sorted by what the value buys at U.S.-average prices (BEA, 2023). Local taxes not included. Hourly median wage of the offer's job in each state: BLS, {OEWS_RELEASE}.") }</caption>
                        <thead>
                            <tr>
                                <th scope="col">{ "Place" }</th>
                                <th scope="col">{ "Value after tax" }</th>
                                <th scope="col">{ "At U.S.-average prices" }</th>
                                <th scope="col">{ "State income tax" }</th>
                                <th scope="col">{ "Median wage of the job (BLS)" }</th>
                            </tr>
                        </thead>
                        <tbody>
                            { for rows.iter().map(|p| html! {
                                <tr data-state={p.state.code()}>
                                    <th scope="row">{ p.state.name() }</th>
                                    <td>{ dollars(p.after_tax) }</td>
                                    <td>{ dollars(p.col_after_tax) }</td>
                                    <td>{ if p.counted { dollars(p.state_tax) } else { "not counted yet".to_string() } }</td>
                                    <td>{ match state_wages(occupation, p.state) {
                                        Ok(Some(w)) => bls_wage(w.median()),
                                        Ok(None) => "not published".into(),
                                        Err(NotLoaded::Loading) => "loading…".into(),
                                        Err(NotLoaded::Failed) => "could not be loaded".into(),
                                    } }</td>
                                </tr>
                            }) }
                        </tbody>
                    </table>
                </div>
                }
            </details>
        </section>
    }
}
