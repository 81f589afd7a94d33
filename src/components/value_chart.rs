//! Where each offer's value goes: one bar per offer on one scale, split into what you keep
//! (take-home pay, your 401(k) money, the employer's retirement money, tax-free benefits) and what
//! goes out (taxes, premiums, commute). Drawn as SVG by the page; each part carries its figure for
//! tests and a title for hover, and each bar a text alternative naming every part's amount.

use yew::prelude::*;

use crate::format::dollars;
use crate::model::{Comparison, Part, Scenario};

#[derive(Properties, PartialEq)]
pub struct ValueChartProps {
    pub scenario: Scenario,
    pub comparison: std::rc::Rc<Comparison>,
}

/// The width of a bar's drawing, in SVG units: whole units, fine enough for any screen (and no
/// precision float formatting in the wasm).
const WIDTH: f64 = 100_000.0;

#[component]
pub fn ValueChart(props: &ValueChartProps) -> Html {
    let offers = props.scenario.offers();
    let rows: Vec<(String, Vec<(Part, f64)>)> = offers
        .iter()
        .zip(&props.comparison.offers)
        .map(|(offer, result)| {
            let parts = Part::ALL
                .iter()
                .map(|p| (*p, p.amount(&result.figures, offer.premium, offer.commute)))
                .collect();
            (offer.label.clone(), parts)
        })
        .collect();
    let scale = rows
        .iter()
        .map(|(_, parts)| parts.iter().map(|(_, x)| x).sum::<f64>())
        .fold(0.0, f64::max);

    html! {
        <section class="chart" aria-labelledby="chart-title">
            <h2 id="chart-title">{ "Where each offer's value goes" }</h2>
            <div class="legend">
                { for [(true, "What you keep"), (false, "What goes out")].into_iter().map(|(kept, title)| {
                    let id = if kept { "legend-kept" } else { "legend-out" };
                    html! {
                        <div class="legend-group">
                            <span class="legend-title" id={id}>{ title }</span>
                            <ul aria-labelledby={id}>
                                { for Part::ALL.iter().filter(|p| p.kept() == kept).map(|p| html! {
                                    <li class={classes!("legend-item", p.key())}>
                                        <span class="swatch" aria-hidden="true"></span>{ p.label() }
                                    </li>
                                }) }
                            </ul>
                        </div>
                    }
                }) }
            </div>
            <div class="bars">
                { for rows.iter().enumerate().map(|(i, (label, parts))| {
                    let n = i + 1;
                    let kept: f64 = parts.iter().filter(|(p, _)| p.kept()).map(|(_, x)| x).sum();
                    let out: f64 = parts.iter().filter(|(p, _)| !p.kept()).map(|(_, x)| x).sum();
                    let words = parts
                        .iter()
                        .filter(|(_, x)| *x >= 0.5)
                        .map(|(p, x)| format!("{} {}", p.label(), dollars(*x)))
                        .collect::<Vec<_>>()
                        .join(", ");
                    // The take-home part is never drawn below nothing: the words say how far below
                    // zero take-home pay after the commute is (premiums or commute above the pay).
                    let short = offers[i].commute - props.comparison.offers[i].figures.take_home;
                    let sums = if short >= 0.5 {
                        format!("you keep {}; {} goes out; take-home pay after commute is {} below zero", dollars(kept), dollars(out), dollars(short))
                    } else {
                        format!("you keep {}; {} goes out", dollars(kept), dollars(out))
                    };
                    let alt = format!("{label}: {sums}. {words}.");
                    let mut x: f64 = 0.0;
                    html! {
                        <figure class="bar" data-testid={format!("chart-{n}")}>
                            <figcaption>
                                <strong>{ label.clone() }</strong>
                                { format!(" {sums}") }
                            </figcaption>
                            <svg viewBox="0 0 100000 28" preserveAspectRatio="none"
                                role="img" aria-label={alt} tabindex="0" focusable="true">
                                { for parts.iter().map(|(part, amount)| {
                                    let width = if scale > 0.0 { amount / scale * WIDTH } else { 0.0 };
                                    let rect = html! {
                                        <rect class={classes!("part", part.key())}
                                            data-testid={format!("chart-{n}-{}", part.key())}
                                            data-value={crate::model::Metric::data_value(*amount)}
                                            x={(x.round() as i64).to_string()} y="0" width={(width.round() as i64).to_string()} height="28">
                                            <title>{ format!("{}: {}", part.label(), dollars(*amount)) }</title>
                                        </rect>
                                    };
                                    x += width;
                                    rect
                                }) }
                            </svg>
                        </figure>
                    }
                }) }
            </div>
        </section>
    }
}
