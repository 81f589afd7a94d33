//! "How it is calculated": model.md in plain words, the limits of the year in use, and every
//! source of a reference figure.

use yew::prelude::*;

use crate::data::SOURCES;
use crate::format::dollars;
use crate::model::PlanYear;

#[derive(Properties, PartialEq)]
pub struct MethodologyProps {
    pub year: PlanYear,
}

#[component]
pub fn Methodology(props: &MethodologyProps) -> Html {
    let limits = props.year.limits();
    html! {
        <section class="methodology" aria-labelledby="method-title">
            <h2 id="method-title">{ "How it is calculated" }</h2>
            <p>{ "Every figure is a yearly amount in U.S. dollars, computed in your browser; nothing you type is sent anywhere. Figures are rounded only for display." }</p>
            <dl class="formulas">
                <dt>{ "Base pay" }</dt>
                <dd>{ "Hourly: wage × scheduled hours a week × paid weeks. Salary: the salary. The hourly rate is base pay divided by the scheduled hours of the year." }</dd>
                <dt>{ "Overtime" }</dt>
                <dd>{ "Hourly: overtime hours a week × overtime rate × hourly rate × paid weeks. Salaried overtime is unpaid." }</dd>
                <dt>{ "Cash pay" }</dt>
                <dd>{ "Base pay + overtime + fixed bonus + percent bonus (a share of base pay) + profit sharing." }</dd>
                <dt>{ "Employer match" }</dt>
                <dd>{ format!(
                    "Plan pay is base pay, at most the {} compensation limit ({}). Your contribution (by default just enough for the full match) is a share of plan pay, at most the 402(g) limit ({}). Each tier of the formula matches its rate on the part of your contribution it covers: with 100% of the first 3% plus 50% of the next 2%, putting in 5% earns 4% of pay, and 4% earns 3.5%.",
                    limits.year, dollars(limits.compensation_limit_401a17), dollars(limits.elective_deferral_402g)
                ) }</dd>
                <dt>{ "Retirement money" }</dt>
                <dd>{ format!(
                    "Match + non-elective contribution (a share of plan pay), at most the 415(c) annual additions limit ({}) less your own contribution. Your own contribution is your pay, so it is not added again.",
                    dollars(limits.annual_additions_415c)
                ) }</dd>
                <dt>{ "Benefits" }</dt>
                <dd>{ "Employer-paid health, dental and vision premiums + employer HSA/HRA money + education money (CEU stipend, certification and exam fees) + other perks." }</dd>
                <dt>{ "Total compensation and net value" }</dt>
                <dd>{ "Total = cash pay + retirement money + benefits. Net value to you = total − your own premiums − commute cost. The best offer has the highest net value." }</dd>
                <dt>{ "Pay that would make it equal" }</dt>
                <dd>{ "The wage (or salary) at which an offer's net value equals the best's, with everything else as it is, found to the cent. Where even the highest accepted pay ($1,000/h or $5,000,000 a year) falls short, there is none." }</dd>
                <dt>{ "Hours worked and net value per hour" }</dt>
                <dd>{ "Hours worked = scheduled hours of the year − paid days off × the hours of a day (a fifth of the week) + overtime hours. Net value per hour worked = net value ÷ hours worked, so paid time off raises it." }</dd>
                <dt>{ "Wage percentile" }</dt>
                <dd>{ "Where the hourly rate falls among the national wages of medical records specialists: straight lines between the published 10th, 25th, 50th, 75th and 90th percentiles, shown as under the 10th or over the 90th beyond them." }</dd>
                <dt>{ "Cost of living" }</dt>
                <dd>{ "Where a state is set: net value × 100 ÷ the state's regional price parity, which says what the net value buys at U.S.-average prices." }</dd>
            </dl>
            <p>{ "Not counted: taxes (they depend on your whole household), catch-up contributions for ages 50 and over, vesting schedules, and the value of coverage beyond what the employer pays." }</p>
            <h3>{ "Sources" }</h3>
            <ul class="sources" data-testid="sources">
                { for SOURCES.iter().map(|s| html! {
                    <li>
                        <a href={s.url} rel="noopener noreferrer">{ s.title }</a>
                        { ": " }{ s.used_for }{ "." }
                    </li>
                }) }
            </ul>
        </section>
    }
}
