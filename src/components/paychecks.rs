//! Each offer's paycheck, line by line: gross pay, what comes out before tax, each tax, and what
//! lands in your account. The year's figures spread evenly over the offer's pay periods.

use yew::prelude::*;

use crate::format::cents;
use crate::model::{Comparison, Offer, OfferFigures, Scenario};

#[derive(Properties, PartialEq)]
pub struct PaychecksProps {
    pub scenario: Scenario,
    pub comparison: std::rc::Rc<Comparison>,
}

/// A year's amount of one line of an offer's paycheck (deductions negative).
type Amount = fn(&Offer, &OfferFigures) -> f64;

/// The lines of a paycheck.
const LINES: [(&str, Amount); 9] = [
    ("Gross pay", |_, f| f.cash),
    ("Your 401(k)/403(b) contribution", |_, f| -f.deferral),
    ("Your premiums", |o, _| -o.premium),
    ("Federal income tax", |_, f| -f.fed_tax),
    ("Social Security", |_, f| -f.tax_detail.fica.social_security),
    ("Medicare", |_, f| {
        -(f.tax_detail.fica.medicare + f.tax_detail.fica.additional_medicare)
    }),
    ("State income tax", |_, f| -f.state_tax),
    ("State payroll contributions", |_, f| -f.state_payroll),
    ("Take-home pay", |_, f| f.take_home),
];

#[component]
pub fn Paychecks(props: &PaychecksProps) -> Html {
    let offers = props.scenario.offers();
    let columns: Vec<(&Offer, &OfferFigures)> = offers
        .iter()
        .zip(&props.comparison.offers)
        .map(|(o, r)| (o, &r.figures))
        .collect();
    html! {
        <section class="paychecks" aria-labelledby="paychecks-title">
            <h2 id="paychecks-title">{ "Each paycheck" }</h2>
            <div class="table-scroll" tabindex="0" role="region" aria-label="Paycheck of each offer">
                <table data-testid="paychecks">
                    <caption>{ "A year's pay and taxes spread evenly over the offer's paychecks. What an employer withholds can differ; the difference comes back, or is owed, at tax time, and refundable credits arrive as a refund." }</caption>
                    <thead>
                        <tr>
                            <th scope="col">{ "Per paycheck" }</th>
                            { for columns.iter().map(|(offer, _)| html! {
                                <th scope="col">
                                    { offer.label.clone() }
                                    <small>{ offer.frequency.label() }</small>
                                </th>
                            }) }
                        </tr>
                    </thead>
                    <tbody>
                        { for LINES.iter().enumerate().map(|(i, (label, amount))| html! {
                            <tr class={classes!((i == LINES.len() - 1).then_some("sum"))}>
                                <th scope="row">{ *label }</th>
                                { for columns.iter().enumerate().map(|(n, (offer, figures))| {
                                    let per_paycheck = amount(offer, figures) / offer.frequency.periods();
                                    let deduction = i > 0 && i < LINES.len() - 1;
                                    html! {
                                        <td data-testid={format!("paycheck-line-{}-{}", i + 1, n + 1)}>
                                            { if deduction { signed_cents(per_paycheck) } else { cents(per_paycheck) } }
                                        </td>
                                    }
                                }) }
                            </tr>
                        }) }
                    </tbody>
                </table>
            </div>
            <p class="note">{ format!(
                "Income taxes are what each offer's pay adds to your household's returns, after their credits{}; a negative figure is a refund.",
                if columns.iter().any(|(_, f)| f.fed_tax < 0.0) { " (the earned income and child tax credits can exceed the tax)" } else { "" },
            ) }</p>
        </section>
    }
}

/// A line that comes out of or into the paycheck, to the cent: `−$87.20`, `+$12.40`, `$0.00`.
fn signed_cents(x: f64) -> String {
    let text = cents(x.abs());
    match () {
        _ if text == "$0.00" => text,
        _ if x < 0.0 => format!("−{text}"),
        _ => format!("+{text}"),
    }
}
