//! Where each offer's hourly rate sits among BLS wages: in the U.S., where it is (its metro area
//! or state, drawn to scale), and in the roles a coder moves into; every state's wages and cost
//! of living one click away.

use yew::prelude::*;

use crate::data::{national_wages, AreaWages, NotLoaded, Occupation, OEWS_RELEASE, OEWS_SOURCE};
use crate::format::{self, bls_wage, dollars, per_hour};
use crate::model::{
    career_path, CareerStep, Comparison, PercentilePosition, RankingBasis, Scenario,
};

/// The BLS points of an area drawn to scale in dollars, with the offer's rate marked.
fn scale(points: &[(f64, f64); 5], hourly: f64, label: String) -> Html {
    let low = points[0].1.min(hourly) * 0.95;
    let high = points[4].1.max(hourly) * 1.05;
    // Positions in percent of the width, as SVG attributes: no style attribute, which the
    // page's Content-Security-Policy would refuse.
    let at = |wage: f64| {
        format!(
            "{}%",
            format::grouped((wage - low) / (high - low) * 100.0, 1)
        )
    };
    let outside = hourly < points[0].1 || hourly > points[4].1;
    html! {
        <svg class="scale" role="img" aria-label={label} width="100%" height="76">
            <rect class="scale-bar" x="0" y="8" width="100%" height="10" rx="5" />
            { for points.iter().enumerate().map(|(i, (pct, wage))| {
                let x = at(*wage);
                // Every other label sits lower, so close points stay readable.
                let y = if i % 2 == 1 { 58 } else { 34 };
                html! {
                    <g>
                        <line x1={x.clone()} x2={x.clone()} y1="8" y2="18" />
                        <text x={x.clone()} y={y.to_string()} text-anchor="middle">{ format::ordinal(*pct as u32) }</text>
                        <text x={x} y={(y + 14).to_string()} text-anchor="middle">{ format::cents(*wage) }</text>
                    </g>
                }
            }) }
            <circle class={classes!("marker", outside.then_some("clamped"))} cx={at(hourly)} cy="13" r="9" />
        </svg>
    }
}

/// A role's wage at the offer's percentile; at most its 10th or at least its 90th where the
/// offer is beyond the points BLS publishes.
fn at_percentile(step: &CareerStep) -> String {
    let Some(wage) = step.at_same_percentile else {
        return "–".into();
    };
    let bound = match step.percentile.map(|p| p.position) {
        Some(PercentilePosition::Under10th) => "under ",
        Some(PercentilePosition::Over90th) => "over ",
        _ => "",
    };
    format!("{bound}{}", format::cents(wage))
}

/// "median $24.59, mean $27.30, 194,720 employed"
fn area_summary(wages: &AreaWages) -> String {
    let employed = wages
        .employment()
        .map(|e| format!(", {} employed", format::grouped(f64::from(e), 0)))
        .unwrap_or_default();
    format!(
        "median {}, mean {}{employed}",
        bls_wage(wages.median()),
        bls_wage(wages.mean())
    )
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
    let coders = national_wages(Occupation::MedicalRecords);
    let basis = props.comparison.basis;
    let home = props.scenario.household().home;

    let rows = props
        .scenario
        .offers()
        .iter()
        .zip(&props.comparison.offers)
        .enumerate()
        .map(|(i, (offer, result))| {
            let f = &result.figures;
            let job = offer.occupation.title().to_ascii_lowercase();
            let summary = format!(
                "{}: {} among {job} in the U.S.",
                per_hour(f.hourly_rate),
                format::percentile(f.percentile)
            );
            // The local points where BLS publishes them all, else the nation's.
            let (area, wages, local_text) = match f.local {
                Ok(local) => {
                    let standing = local.percentile.map_or_else(
                        || "BLS does not publish every percentile here".to_string(),
                        format::percentile,
                    );
                    let passed_over = if local.metro_passed_over {
                        " The page has metro-area wages of medical records specialists only: these are the state's."
                    } else {
                        ""
                    };
                    // A metro chosen in another state than the job's (Columbus, IN for a job in
                    // Ohio) is kept, as chosen, and said.
                    let elsewhere = offer
                        .metro
                        .and_then(|code| crate::data::metro(code).ok().flatten())
                        .zip(offer.state)
                        .filter(|(metro, state)| !metro.states().any(|s| s == *state))
                        .map(|(metro, state)| {
                            format!(
                                " {} is not in {}, the offer's work location.",
                                metro.name,
                                state.name()
                            )
                        })
                        .unwrap_or_default();
                    let text = format!(
                        "In {}: {standing}; {}.{passed_over}{elsewhere}",
                        local.area.name(),
                        area_summary(&local.wages)
                    );
                    (local.area.name(), local.wages, text)
                }
                Err(why) => (
                    "the U.S.",
                    *national_wages(offer.occupation),
                    format!("{}: the picture shows the U.S. wages.", format::no_local_wages(why)),
                ),
            };
            let (area, wages) = match wages.points() {
                Some(points) => (area, points),
                None => ("the U.S.", national_wages(offer.occupation).points().unwrap_or_default()),
            };
            let picture_label = format!(
                "{}: {} an hour among the hourly wages of {job} in {area}: {}",
                offer.label,
                format::cents(f.hourly_rate),
                wages
                    .iter()
                    .map(|(p, w)| format!("{} percentile {}", format::ordinal(*p as u32), format::cents(*w)))
                    .collect::<Vec<_>>()
                    .join(", ")
            );
            let location = f.location.map(|loc| {
                let (value, at_us_prices) = match basis {
                    RankingBasis::AfterTax => (f.after_tax, loc.col_after_tax),
                    RankingBasis::BeforeTax => (f.net, loc.col_net),
                };
                format!(
                    "{}{}: {}, so a {} of {} buys what {} buys at U.S.-average prices.",
                    loc.state.name(),
                    if loc.from_home { " (your home state)" } else { "" },
                    price_words(loc.price_parity),
                    basis.value_label().to_ascii_lowercase(),
                    dollars(value),
                    dollars(at_us_prices),
                )
            });
            let career = career_path(offer.occupation, f.hourly_rate, offer.state.or(home));
            let waiting = match career {
                Ok(_) => None,
                Err(NotLoaded::Loading) => Some("Loading the wages of these jobs…"),
                Err(NotLoaded::Failed) => Some("The wages of these jobs could not be loaded: reload the page to try again."),
            };
            let steps = career.unwrap_or_default();
            html! {
                <li>
                    <p class="bench-offer"><strong>{ offer.label.clone() }</strong>{ " " }{ summary }</p>
                    <p class="note">{ local_text }</p>
                    { scale(&wages, f.hourly_rate, picture_label) }
                    if let Some(text) = location {
                        <p class="note">{ text }</p>
                    }
                    <details class="career">
                        <summary>{ format!("Career path from {}", offer.label) }</summary>
                        <div class="table-scroll" tabindex="0" role="region" aria-label={format!("Career path from {}", offer.label)}>
                            <table data-testid={format!("career-{}", i + 1)}>
                                <caption>{ "Hourly wages of people in the next roles and the neighbouring jobs, and what this offer's percentile pays in each." }</caption>
                                <thead>
                                    <tr>
                                        <th scope="col">{ "Job" }</th>
                                        <th scope="col">{ "Wages in" }</th>
                                        <th scope="col">{ "Median" }</th>
                                        <th scope="col">{ "75th" }</th>
                                        <th scope="col">{ "90th" }</th>
                                        <th scope="col">{ "At your percentile" }</th>
                                    </tr>
                                </thead>
                                <tbody>
                                    if let Some(text) = waiting {
                                        <tr><td colspan="6">{ text }</td></tr>
                                    }
                                    { for steps.iter().map(|step| html! {
                                        <tr>
                                            <th scope="row">{ format!("{} ({})", step.occupation.title(), step.occupation.code()) }</th>
                                            <td>{ step.area.name() }</td>
                                            <td>{ bls_wage(step.wages.median()) }</td>
                                            <td>{ bls_wage(step.wages.point(3)) }</td>
                                            <td>{ bls_wage(step.wages.point(4)) }</td>
                                            <td>{ at_percentile(step) }</td>
                                        </tr>
                                    }) }
                                </tbody>
                            </table>
                        </div>
                    </details>
                </li>
            }
        });

    let coder_points = coders.points().unwrap_or_default();
    html! {
        <section class="benchmark" aria-labelledby="benchmark-title">
            <h2 id="benchmark-title">{ "Where each wage sits" }</h2>
            <p>
                { format!(
                    "Hourly wages of the {} medical records specialists in the U.S. (SOC 29-2072, the BLS occupation for medical billing and coding), {OEWS_RELEASE}: 10th percentile {}, 25th {}, median {}, 75th {}, 90th {}; mean {}. Each offer is placed among the wages of its own job where it is: its metro area, else its state.",
                    format::grouped(f64::from(coders.employment), 0),
                    format::cents(coder_points[0].1), format::cents(coder_points[1].1),
                    format::cents(coder_points[2].1), format::cents(coder_points[3].1),
                    format::cents(coder_points[4].1), bls_wage(coders.mean()),
                ) }
            </p>
            <ul class="bench-list">{ for rows }</ul>
            <p class="note">
                { "The career path shows what people in those jobs earn, not a promise: the next roles usually ask for more (an RHIT or RHIA credential, a degree, years as a coder). “At your percentile” is the role's wage at the same percentile as the offer among its own job's wages in the same place." }
            </p>
            <p class="source">
                { format!("Sources: {OEWS_SOURCE}; U.S. Bureau of Economic Analysis, Regional Price Parities 2023 (rounded). Every state's wages are in the table of places below; details under “How it is calculated”.") }
            </p>
        </section>
    }
}
