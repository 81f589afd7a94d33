//! Where each offer's hourly rate sits among BLS wages of the occupation, and what its net value
//! is worth where it is, with the state figures for all 51 locations one click away.

use web_sys::HtmlDetailsElement;
use yew::prelude::*;

use crate::data::{UsState, BLS_HOURLY_MAY2024};
use crate::format::{self, cents, dollars, per_hour};
use crate::model::{Comparison, PercentilePosition, RankingBasis, Scenario};

/// Horizontal position of a percentile on the 10th-to-90th scale, in percent of its width.
fn position(percentile: f64) -> f64 {
    ((percentile - 10.0) / 80.0 * 100.0).clamp(0.0, 100.0)
}

/// How a price level compares with the U.S. average, in words.
fn price_words(rpp: f64) -> String {
    let gap = rpp - 100.0;
    if gap.abs() < 0.5 {
        "prices at the U.S. average".into()
    } else if gap > 0.0 {
        format!("prices {}% above the U.S. average", format::plain(gap))
    } else {
        format!("prices {}% below the U.S. average", format::plain(-gap))
    }
}

#[derive(Properties, PartialEq)]
pub struct WageBenchmarkProps {
    pub scenario: Scenario,
    pub comparison: std::rc::Rc<Comparison>,
}

#[component]
pub fn WageBenchmark(props: &WageBenchmarkProps) -> Html {
    // The state table is built only while its group is open: 51 rows need not be redrawn on
    // every keystroke for a table nobody is looking at.
    let states_open = use_state(|| false);
    let ontoggle = {
        let states_open = states_open.clone();
        Callback::from(move |e: Event| {
            states_open.set(e.target_unchecked_into::<HtmlDetailsElement>().open());
        })
    };
    let bls = BLS_HOURLY_MAY2024;
    let points = bls.points();
    let best = props.comparison.best;
    let best_value = props.comparison.best_value();
    let basis = props.comparison.basis;
    let best_label = props
        .scenario
        .offers()
        .get(best)
        .map(|o| o.label.clone())
        .unwrap_or_default();

    let rows = props
        .scenario
        .offers()
        .iter()
        .zip(&props.comparison.offers)
        .map(|(offer, result)| {
            let f = &result.figures;
            let p = f.percentile;
            let summary = format!("{}: {}", per_hour(f.hourly_rate), format::percentile(p));
            let location = f.location.map(|loc| {
                let (value, at_us_prices) = match basis {
                    RankingBasis::AfterTax => (f.after_tax, loc.col_after_tax),
                    RankingBasis::BeforeTax => (f.net, loc.col_net),
                };
                format!(
                    "{}{}: BLS mean for this job {} (May 2023); {}, so a {} of {} buys what {} buys at U.S.-average prices.",
                    loc.state.name(),
                    if loc.from_home { " (your home state)" } else { "" },
                    per_hour(loc.mean_hourly),
                    price_words(loc.price_parity),
                    basis.value_label().to_ascii_lowercase(),
                    dollars(value),
                    dollars(at_us_prices),
                )
            });
            html! {
                <li>
                    <p class="bench-offer"><strong>{ offer.label.clone() }</strong>{ " " }{ summary.clone() }</p>
                    <div class="scale" role="img" aria-label={format!("{}: {summary}", offer.label)}>
                        { for points.iter().map(|(pct, wage)| html! {
                            <span class="tick" style={format!("left: {}%", position(*pct))}>
                                <span class="tick-label">{ format!("{}th", *pct as u32) }<br/>{ cents(*wage) }</span>
                            </span>
                        }) }
                        <span class={classes!("marker", (p.position != PercentilePosition::Within).then_some("clamped"))}
                            style={format!("left: {}%", position(p.value))}></span>
                    </div>
                    if let Some(text) = location {
                        <p class="note">{ text }</p>
                    }
                </li>
            }
        });

    html! {
        <section class="benchmark" aria-labelledby="benchmark-title">
            <h2 id="benchmark-title">{ "Where each wage sits" }</h2>
            <p>
                { format!(
                    "Hourly wages of the {} medical records specialists in the U.S. (SOC 29-2072, the BLS occupation for medical billing and coding), {}: 10th percentile {}, 25th {}, median {}, 75th {}, 90th {}; mean {}.",
                    format::grouped(f64::from(bls.employment), 0),
                    bls.release,
                    cents(bls.p10), cents(bls.p25), cents(bls.p50), cents(bls.p75), cents(bls.p90), cents(bls.mean),
                ) }
            </p>
            <ul class="bench-list">{ for rows }</ul>
            <details class="states" {ontoggle}>
                <summary>{ "All states: mean wage and cost of living" }</summary>
                <div class="table-scroll" tabindex="0" role="region" aria-label="Mean wage and price level by state">
                    <table data-testid="state-table">
                        <caption>{ format!("Mean wage of medical records specialists (BLS, May 2023), price level (BEA, 2023, U.S. = 100), and what the best offer's {} of {} ({best_label}) is worth at each state's prices.", basis.value_label().to_ascii_lowercase(), dollars(best_value)) }</caption>
                        <thead>
                            <tr>
                                <th scope="col">{ "State" }</th>
                                <th scope="col">{ "Mean wage" }</th>
                                <th scope="col">{ "Mean a year" }</th>
                                <th scope="col">{ "Price level" }</th>
                                <th scope="col">{ "Best offer at its prices" }</th>
                            </tr>
                        </thead>
                        <tbody>
                            { for UsState::ALL.iter().filter(|_| *states_open).map(|s| {
                                let mean = s.mean_wage();
                                html! {
                                    <tr>
                                        <th scope="row">{ s.name() }</th>
                                        <td>{ per_hour(mean.hourly) }</td>
                                        <td>{ dollars(mean.annual) }</td>
                                        <td>{ format::plain(s.price_parity()) }</td>
                                        <td>{ dollars(best_value * 100.0 / s.price_parity()) }</td>
                                    </tr>
                                }
                            }) }
                        </tbody>
                    </table>
                </div>
            </details>
            <p class="source">
                { "Sources: U.S. Bureau of Labor Statistics, Occupational Employment and Wage Statistics (national May 2024, states May 2023); U.S. Bureau of Economic Analysis, Regional Price Parities 2023 (rounded). Details under “How it is calculated”." }
            </p>
        </section>
    }
}
