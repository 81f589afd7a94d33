//! The comparison: one card per offer with every figure of the model, aligned in rows beside a
//! column of row names on wide screens, stacked on phones. The best offer's card carries
//! `data-best="true"`; every figure carries its test hook (links.md).

use yew::prelude::*;

use crate::data::{local_taxes, state_payroll as state_payroll_programs};
use crate::format::{self, cents, dollars, per_hour};
use crate::model::tax::state::{payroll_program_name, NO_WAGE_TAX};
use crate::model::{Comparison, Metric, Offer, OfferResult, PayBasis, RankingBasis, Scenario};

/// What a cell knows about its offer.
struct Cell<'a> {
    n: usize,
    offer: &'a Offer,
    result: &'a OfferResult,
    best: bool,
    basis: RankingBasis,
    year: u16,
}

enum Row {
    Figure(&'static str, fn(&Cell) -> Html),
    /// A figure that sums up the ones above it, shown stronger.
    Sum(&'static str, fn(&Cell) -> Html),
}

/// The rows of a card, by section.
const SECTIONS: &[(&str, &[Row])] = &[
    (
        "Bottom line",
        &[
            Row::Sum("Value to you after tax", |c| {
                ranked(c, RankingBasis::AfterTax)
            }),
            Row::Figure("Net value before tax", |c| {
                ranked(c, RankingBasis::BeforeTax)
            }),
            Row::Figure("Compared with the best", diff),
            Row::Figure("Pay that would make it equal", breakeven),
            Row::Figure("What it lacks next to the best", lacks),
        ],
    ),
    (
        "Cash pay",
        &[
            Row::Figure("Hourly rate", |c| metric(c, Metric::HourlyRate, per_hour)),
            Row::Figure("Base pay", |c| metric(c, Metric::Base, dollars)),
            Row::Figure("Overtime", overtime),
            Row::Figure("Bonus", |c| metric(c, Metric::Bonus, dollars)),
            Row::Figure("Profit sharing", |c| metric(c, Metric::Profit, dollars)),
            Row::Sum("Cash pay", |c| metric(c, Metric::Cash, dollars)),
        ],
    ),
    (
        "Retirement",
        &[
            Row::Figure("Employer match", employer_match),
            Row::Figure("Non-elective contribution", |c| {
                metric(c, Metric::NonElective, dollars)
            }),
            Row::Figure("Retirement money from the employer", retirement),
            Row::Figure("Contribution that earns the full match", |c| {
                metric(c, Metric::FullMatchPct, format::percent)
            }),
        ],
    ),
    (
        "Benefits and costs",
        &[
            Row::Figure(
                "Benefits (premiums the employer pays, HSA, education, perks)",
                |c| metric(c, Metric::Benefits, dollars),
            ),
            Row::Sum("Total compensation", |c| metric(c, Metric::Total, dollars)),
            Row::Figure("Your premiums and commute", |c| {
                html! { <dd>{ dollars(-c.result.figures.costs) }</dd> }
            }),
        ],
    ),
    (
        "Taxes",
        &[
            Row::Figure("Federal income tax", fed_tax),
            Row::Figure("Social Security and Medicare", |c| {
                metric(c, Metric::Fica, dollars)
            }),
            Row::Figure("State income tax", state_tax),
            Row::Figure("State payroll contributions", state_payroll),
            Row::Sum("Taxes", |c| metric(c, Metric::Taxes, dollars)),
            Row::Figure("Of a $1,000 raise you keep", marginal),
            Row::Figure("Take-home pay", take_home),
            Row::Figure("Each paycheck", paycheck),
        ],
    ),
    (
        "Time",
        &[
            Row::Figure("Hours worked a year", hours_worked),
            Row::Figure("Net value per hour worked", |c| {
                per_hour_worked(c, Metric::EffectiveHourly)
            }),
            Row::Figure("After tax per hour worked", |c| {
                per_hour_worked(c, Metric::AfterTaxHourly)
            }),
        ],
    ),
    (
        "Market",
        &[
            Row::Figure("Wage percentile, U.S. (BLS)", percentile),
            Row::Figure("Wage percentile, local (BLS)", local_percentile),
            Row::Figure("Net value in U.S.-average prices", |c| {
                metric(c, Metric::ColNet, dollars)
            }),
            Row::Figure("After tax in U.S.-average prices", |c| {
                metric(c, Metric::ColAfterTax, dollars)
            }),
        ],
    ),
];

impl Row {
    fn label(&self) -> &'static str {
        match self {
            Row::Figure(label, _) | Row::Sum(label, _) => label,
        }
    }

    fn class(&self) -> Classes {
        classes!(matches!(self, Row::Sum(..)).then_some("sum"))
    }
}

/// A figure with its hook, or a dash where the model has none for this offer.
fn metric(c: &Cell, metric: Metric, show: fn(f64) -> String) -> Html {
    with_note(c, metric, show, None)
}

fn with_note(c: &Cell, metric: Metric, show: fn(f64) -> String, note: Option<String>) -> Html {
    match metric.value(c.result) {
        Some(value) => html! {
            <dd data-testid={format!("{}-{}", metric.name(), c.n)} data-value={Metric::data_value(value)}>
                { show(value) }
                if let Some(note) = note { <small>{ note }</small> }
            </dd>
        },
        None => html! { <dd class="none">{ "—" }</dd> },
    }
}

/// The value on one basis, marked where offers are ranked by it.
fn ranked(c: &Cell, basis: RankingBasis) -> Html {
    let which = match basis {
        RankingBasis::AfterTax => Metric::AfterTax,
        RankingBasis::BeforeTax => Metric::Net,
    };
    let note = (basis == c.basis).then(|| "offers are ranked by this".to_string());
    with_note(c, which, dollars, note)
}

/// The federal income tax the offer adds, and what its pay does to the household's credits,
/// which that figure counts: a tax that looks high for the pay is often a credit lost.
fn fed_tax(c: &Cell) -> Html {
    let taxes = &c.result.figures.tax_detail;
    let (lost, gained) = (taxes.credits_lost(), taxes.credits_gained());
    let note = match (lost >= 0.5, gained >= 0.5) {
        (true, true) => Some(format!(
            "counts {} of tax credits lost with this pay and {} gained",
            dollars(lost),
            dollars(gained)
        )),
        (true, false) => Some(format!(
            "includes {} of tax credits lost with this pay",
            dollars(lost)
        )),
        (false, true) => Some(format!(
            "after {} of tax credits this pay qualifies you for",
            dollars(gained)
        )),
        (false, false) => None,
    };
    with_note(c, Metric::FedTax, dollars, note)
}

/// The state income tax, and what it leaves out or why it is 0.
fn state_tax(c: &Cell) -> Html {
    let detail = &c.result.figures.state_detail;
    // A metro area chosen without a work location: say where it is, since its state's tax
    // is not counted until one is set.
    let metro_state = c
        .offer
        .metro
        .and_then(|area| crate::data::metro(area).ok().flatten())
        .and_then(|m| m.states().next());
    let note = match (detail.state, metro_state) {
        (None, Some(there)) => format!(
            "none counted: the metro area is in {}; set the work location (or your home state) to count its tax",
            there.name()
        ),
        (None, None) => "no work location or home state: none counted".to_string(),
        (Some(state), _) if !detail.counted => format!("{} is not counted yet", state.name()),
        (Some(state), _) if NO_WAGE_TAX.contains(&state) => {
            format!("{} taxes no wages", state.name())
        }
        (Some(state), _) => match local_taxes(state) {
            Some(local) => format!("{}; not included: {}", state.name(), local.taxes),
            None => state.name().to_string(),
        },
    };
    with_note(c, Metric::StateTax, dollars, Some(note))
}

/// The state payroll contributions, named.
fn state_payroll(c: &Cell) -> Html {
    let f = &c.result.figures;
    let names: Vec<&str> = f
        .state_detail
        .state
        .map(|state| {
            state_payroll_programs(state, c.year)
                .map(|p| payroll_program_name(p.program))
                .collect()
        })
        .unwrap_or_default();
    // An employer may pay part of some of these: the figure is what the law lets it charge you.
    let note =
        (!names.is_empty()).then(|| format!("{}: the most you can be charged", names.join(", ")));
    with_note(c, Metric::StatePayroll, dollars, note)
}

fn marginal(c: &Cell) -> Html {
    with_note(
        c,
        Metric::MarginalRate,
        |rate| cents(1_000.0 * (1.0 - rate / 100.0)),
        Some(format!(
            "{} goes to taxes",
            format::percent(c.result.figures.marginal_rate)
        )),
    )
}

/// Take-home pay, and why where it is below none: what comes out of pay before it is paid is
/// more than the pay.
fn take_home(c: &Cell) -> Html {
    let note = (c.result.figures.take_home < 0.0)
        .then(|| "your premiums, 401(k) and taxes are more than the pay".to_string());
    with_note(c, Metric::TakeHome, dollars, note)
}

fn paycheck(c: &Cell) -> Html {
    let periods = c.offer.frequency.periods();
    with_note(
        c,
        Metric::Paycheck,
        cents,
        Some(format!("{} a year", format::plain(periods))),
    )
}

fn diff(c: &Cell) -> Html {
    if c.best {
        with_note(c, Metric::Diff, |_| "Best offer".into(), None)
    } else {
        metric(c, Metric::Diff, |d| {
            if format::is_tie(d) {
                "Tied with the best".into()
            } else {
                format!("{} a year", format::gap(d))
            }
        })
    }
}

fn breakeven(c: &Cell) -> Html {
    // Its own pay is shown as the pay rows show it; another pay is rounded up, to one that
    // gets there.
    let own = c.result.breakeven == Some(c.offer.pay_amount());
    let show: fn(f64) -> String = match (c.offer.pay, own) {
        (PayBasis::Hourly, false) => per_hour_up,
        (PayBasis::Hourly, true) => per_hour,
        (PayBasis::Salary, false) => |x| format!("{} a year", dollars_up(x)),
        (PayBasis::Salary, true) => |x| format!("{} a year", dollars(x)),
    };
    if c.result.breakeven.is_none() {
        let max = c.offer.pay.pay_field().range().map_or(0.0, |r| r.max);
        let cap = match c.offer.pay {
            PayBasis::Hourly => per_hour(max),
            PayBasis::Salary => dollars(max),
        };
        return html! { <dd class="none">{ format!("None: even {cap} falls short") }</dd> };
    }
    let note = c.best.then(|| "its own pay".to_string());
    with_note(c, Metric::Breakeven, show, note)
}

/// The breakeven pay rounded up to the cent: the least pay that gets there.
fn per_hour_up(x: f64) -> String {
    per_hour(((x * 100.0) - 1e-6).ceil() / 100.0)
}

fn dollars_up(x: f64) -> String {
    dollars((x - 1e-6).ceil())
}

fn lacks(c: &Cell) -> Html {
    if c.result.shortfalls.is_empty() {
        let text = if c.best {
            "Nothing: it is the best"
        } else {
            "Nothing"
        };
        return html! { <dd class="none">{ text }</dd> };
    }
    html! {
        <dd data-testid={format!("lacks-{}", c.n)}>
            <ul class="lacks">
                { for c.result.shortfalls.iter().map(|s| html! {
                    <li>{ format!(
                        "{}: {} {}",
                        capitalized(s.component.label()),
                        dollars(s.amount),
                        if s.component.is_cost() { "more" } else { "less" },
                    ) }</li>
                }) }
            </ul>
        </dd>
    }
}

/// The labels are ASCII: `to_ascii_uppercase` spares the wasm the Unicode case tables.
fn capitalized(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|first| first.to_ascii_uppercase().to_string() + chars.as_str())
        .unwrap_or_default()
}

/// Hours worked, with a note where the paid days off are more hours than the schedule has
/// (model.md keeps the negative figure; the page does not show hours below none).
fn hours_worked(c: &Cell) -> Html {
    let hours = c.result.figures.hours_worked;
    let note = (hours < 0.0).then(|| {
        // Against the schedule alone: overtime is not part of it.
        let beyond = c.offer.paid_off_hours() - c.result.figures.annual_hours;
        format!(
            "the paid days off are {} h more than the schedule",
            format::grouped(beyond, 0)
        )
    });
    with_note(
        c,
        Metric::HoursWorked,
        |h| {
            let shown = if h.abs() < 10.0 && h.fract() != 0.0 {
                1
            } else {
                0
            };
            format!("{} h", format::grouped(h.max(0.0), shown))
        },
        note,
    )
}

fn per_hour_worked(c: &Cell, which: Metric) -> Html {
    if c.result.figures.hours_worked <= 0.0 {
        return html! { <dd class="none">{ "None: the paid days off cover every scheduled hour" }</dd> };
    }
    metric(c, which, per_hour)
}

fn overtime(c: &Cell) -> Html {
    let unpaid = c.offer.pay == PayBasis::Salary && c.offer.overtime > 0.0;
    let note = unpaid.then(|| "unpaid on a salary".to_string());
    with_note(c, Metric::Overtime, dollars, note)
}

fn employer_match(c: &Cell) -> Html {
    let f = &c.result.figures;
    let note = (!c.offer.match_formula.is_none()).then(|| {
        let capped = if f.deferral_capped {
            ", held to the 402(g) limit"
        } else {
            ""
        };
        format!(
            "you put in {} of pay{capped}",
            format::percent(f.deferral_pct)
        )
    });
    with_note(c, Metric::Match, dollars, note)
}

fn retirement(c: &Cell) -> Html {
    let note = c
        .result
        .figures
        .retirement_capped
        .then(|| "capped by the 415(c) limit".to_string());
    with_note(c, Metric::Retirement, dollars, note)
}

fn percentile(c: &Cell) -> Html {
    let p = c.result.figures.percentile;
    let text = capitalized(&format::percentile(p));
    html! {
        <dd data-testid={format!("percentile-{}", c.n)} data-value={Metric::data_value(p.value)}>
            { text }
        </dd>
    }
}

fn local_percentile(c: &Cell) -> Html {
    match c.result.figures.local {
        Ok(local) => match local.percentile {
            Some(p) => html! {
                <dd data-testid={format!("local-percentile-{}", c.n)} data-value={Metric::data_value(p.value)}>
                    { format!("{} in {}", capitalized(&format::percentile(p)), local.area.name()) }
                </dd>
            },
            None => html! {
                <dd class="none">{ format!("Not every percentile published for {}", local.area.name()) }</dd>
            },
        },
        Err(why) => html! { <dd class="none">{ format::no_local_wages(why) }</dd> },
    }
}

#[derive(Properties, PartialEq)]
pub struct OfferCardProps {
    /// The offer's position, 1-based.
    pub n: usize,
    pub offer: Offer,
    pub result: OfferResult,
    pub best: bool,
    pub basis: RankingBasis,
    pub year: u16,
}

/// One offer's card: redrawn only when its own figures change, not on every keystroke elsewhere.
#[component]
pub fn OfferCard(props: &OfferCardProps) -> Html {
    let cell = Cell {
        n: props.n,
        offer: &props.offer,
        result: &props.result,
        best: props.best,
        basis: props.basis,
        year: props.year,
    };
    let title = format!("card-{}-title", props.n);
    html! {
        <article class={classes!("card", cell.best.then_some("is-best"))}
            data-best={cell.best.then_some("true")}
            data-testid={format!("offer-card-{}", props.n)}
            aria-labelledby={title.clone()}>
            <h3 class="card-head" id={title}>
                { props.offer.label.clone() }
                if cell.best { <span class="badge">{ "Best" }</span> }
            </h3>
            { for SECTIONS.iter().map(|(title, rows)| html! {
                <>
                    <h4 class="section-name"><span class="wide-hidden">{ *title }</span></h4>
                    <dl>
                        { for rows.iter().map(|row| {
                            let render = match row { Row::Figure(_, r) | Row::Sum(_, r) => r };
                            html! {
                                <div class={classes!("row", row.class())}>
                                    <dt>{ row.label() }</dt>{ render(&cell) }
                                </div>
                            }
                        }) }
                    </dl>
                </>
            }) }
        </article>
    }
}

/// The household and year the figures are for, for the printed page (where the fields are not).
fn household_in_words(scenario: &Scenario) -> String {
    let h = scenario.household();
    format!(
        "Tax year {}; {}; {} {} under 17; other household income {}; home state {}; offers ranked {}.",
        scenario.year().year(),
        h.filing.label().to_ascii_lowercase(),
        h.kids,
        if h.kids == 1 { "child" } else { "children" },
        dollars(h.other),
        h.home.map_or("not set", |s| s.name()),
        h.basis.label().to_ascii_lowercase(),
    )
}

#[derive(Properties, PartialEq)]
pub struct ComparisonTableProps {
    pub scenario: Scenario,
    pub comparison: std::rc::Rc<Comparison>,
}

#[component]
pub fn ComparisonTable(props: &ComparisonTableProps) -> Html {
    let offers = props.scenario.offers();
    let comparison = &props.comparison;
    let best = comparison.best;
    let best_offer = &offers[best.min(offers.len() - 1)];
    let best_value = comparison.best_value();
    let basis = comparison.basis.value_label().to_ascii_lowercase();

    let verdict = if offers.len() == 1 {
        format!(
            "{}: {basis} {} a year. Add another offer to compare.",
            best_offer.label,
            dollars(best_value)
        )
    } else {
        // The first of equal offers is the best (model.md); the others are named as its equals,
        // so a tie does not read as a win.
        let equals: Vec<&str> = offers
            .iter()
            .zip(&comparison.offers)
            .enumerate()
            .filter(|&(i, (_, result))| {
                i != best
                    && (result.figures.basis_value(comparison.basis) - best_value).abs() < 0.005
            })
            .map(|(_, (offer, _))| offer.label.as_str())
            .collect();
        let tie = match equals.as_slice() {
            [] => String::new(),
            [one] => format!(" {one} is worth exactly as much."),
            [rest @ .., last] => {
                format!(" {} and {last} are worth exactly as much.", rest.join(", "))
            }
        };
        format!(
            "Best: {}, with a {basis} of {} a year.{tie}",
            best_offer.label,
            dollars(best_value)
        )
    };
    html! {
        <section class="comparison" aria-labelledby="comparison-title">
            <h2 id="comparison-title">{ "Comparison" }</h2>
            <p class="verdict" data-testid="verdict" aria-live="polite">{ verdict }</p>
            <p class="print-only">{ household_in_words(&props.scenario) }</p>
            <div class="cards-scroll" tabindex="0" role="region" aria-label="Comparison of the offers">
                <div class="cards">
                    <div class="row-names" aria-hidden="true">
                        <div class="card-head"></div>
                        { for SECTIONS.iter().map(|(title, rows)| html! {
                            <>
                                <div class="section-name">{ *title }</div>
                                { for rows.iter().map(|row| html! {
                                    <div class={classes!("row-name", row.class())}>{ row.label() }</div>
                                }) }
                            </>
                        }) }
                    </div>
                    { for offers.iter().zip(&comparison.offers).enumerate().map(|(i, (offer, result))| html! {
                        <OfferCard n={i + 1} offer={offer.clone()} result={result.clone()} best={i == best} basis={comparison.basis} year={props.scenario.year().year()} />
                    }) }
                </div>
            </div>
        </section>
    }
}
