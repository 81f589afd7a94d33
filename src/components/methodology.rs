//! "How it is calculated": model.md and taxes.md in plain words, the limits and tax parameters of
//! the year in use with the source of each, and every source of a reference figure.

use yew::prelude::*;

use crate::data::{federal_citations, federal_tax, UsState, SOURCES, TAX_SOURCES};
use crate::format::{self, dollars};
use crate::model::tax::state::{is_counted, NO_WAGE_TAX};
use crate::model::{FilingStatus, PlanYear};

#[derive(Properties, PartialEq)]
pub struct MethodologyProps {
    pub year: PlanYear,
    pub filing: FilingStatus,
}

/// Which places' income taxes are counted, in words.
fn state_taxes_counted() -> String {
    let counted: Vec<&str> = UsState::ALL
        .iter()
        .filter(|s| is_counted(**s) && !NO_WAGE_TAX.contains(s))
        .map(|s| s.name())
        .collect();
    let counted = if counted.is_empty() {
        "none yet".to_string()
    } else {
        counted.join(", ")
    };
    format!(
        "The state of an offer is its work location, or your home state for a remote job. Its income tax is what the offer's pay adds to your household's state return, after the state's credits, the way federal tax is; its payroll contributions (disability, paid leave, long-term care, transit, unemployment) are on the offer's wages. Nine places tax no wages: {}. State income taxes counted so far: {counted}; elsewhere they show as $0 with a note. Local income taxes are not included; the comparison names the ones a place has.",
        NO_WAGE_TAX.map(|s| s.name()).join(", ")
    )
}

/// Where a group of parameters of `year` comes from, in words.
fn cite(year: u16, group: &str) -> String {
    federal_citations(year, group)
        .map(|(title, section)| format!("{title}, {section}"))
        .collect::<Vec<_>>()
        .join("; ")
}

fn pct(rate: f64) -> String {
    format!("{}%", format::plain(rate * 100.0))
}

/// The federal parameters of the year, in words, each with its source.
fn tax_parameters(year: u16, filing: FilingStatus) -> Vec<(&'static str, String, String)> {
    let law = federal_tax(year);
    let status = filing.key();
    let schedule = law
        .rates
        .iter()
        .zip(law.thresholds.get(filing))
        .map(|(rate, start)| format!("{} from {}", pct(*rate), dollars(start)))
        .collect::<Vec<_>>()
        .join("; ");
    let overtime_cap = law.overtime.cap.get(filing);
    let overtime = if overtime_cap > 0.0 {
        format!(
            "Qualified overtime pay up to {}, less {} for each whole {} of AGI over {}.",
            dollars(overtime_cap),
            dollars(law.overtime.phase_out.per_step),
            dollars(law.overtime.phase_out.step),
            dollars(law.overtime.phase_out.start.get(filing))
        )
    } else {
        format!("None in {year}: the deduction applies to 2025 through 2028.")
    };
    let savers = law
        .savers
        .rates
        .iter()
        .zip(law.savers.agi_limits.get(filing))
        .map(|(rate, limit)| format!("{} up to an AGI of {}", pct(*rate), dollars(limit)))
        .collect::<Vec<_>>()
        .join("; ");
    let ctc = &law.ctc;
    let eitc = law
        .eitc
        .iter()
        .enumerate()
        .map(|(kids, e)| {
            format!(
                "{}: {} of earnings up to {}, less {} of income over {} ({} joint)",
                ["no children", "1 child", "2 children", "3 or more"][kids],
                pct(e.phase_in_rate),
                dollars(e.max_credit),
                pct(e.phase_out_rate),
                dollars(e.phase_out_start),
                dollars(e.phase_out_start_joint)
            )
        })
        .collect::<Vec<_>>()
        .join("; ");
    vec![
        ("Rate schedule", schedule, cite(year, &format!("income_tax.threshold.{status}"))),
        ("Standard deduction", dollars(law.standard_deduction.get(filing)), cite(year, "standard_deduction")),
        ("Qualified overtime deduction", overtime, cite(year, "overtime_deduction.cap")),
        ("Saver's credit", format!("{savers}; on up to {} of your contributions.", dollars(law.savers.contribution_cap)), cite(year, &format!("savers_credit.agi_limit.{status}"))),
        ("Child tax credit", format!(
            "{} a child, less {} for each {} (or part) of AGI over {}; up to {} a child refundable, at most {} of earnings over {}.",
            dollars(ctc.amount), dollars(ctc.phase_out.per_step), dollars(ctc.phase_out.step),
            dollars(ctc.phase_out.start.get(filing)), dollars(ctc.refundable_max),
            pct(ctc.refundable_rate), dollars(ctc.earned_income_floor)
        ), cite(year, "ctc")),
        ("Earned income credit", eitc, cite(year, "eitc.1")),
        ("Social Security", format!("{} of wages up to {}", pct(law.social_security_rate), dollars(law.social_security_wage_base)), cite(year, "social_security")),
        ("Medicare", format!(
            "{} of all wages, plus {} of the household's wages over {}",
            pct(law.medicare_rate), pct(law.additional_medicare_rate),
            dollars(law.additional_medicare_threshold.get(filing))
        ), cite(year, "additional_medicare.threshold")),
    ]
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
                <dt>{ "Wage percentiles" }</dt>
                <dd>{ "Where the hourly rate falls among the wages of the offer's job, from the newest BLS survey the page ships: straight lines between the published 10th, 25th, 50th, 75th and 90th percentiles, shown as under the 10th or over the 90th beyond them. In the U.S., and locally: among the wages of the offer's metro area where one is set (the page has metro-area wages of medical records specialists), else of its state. Where BLS leaves a figure unpublished, the page says so and shows no number." }</dd>
                <dt>{ "Career path" }</dt>
                <dd>{ "For each next role: the offer's percentile among its own job's wages in its state (or the U.S. where the state's are not all published), then the role's wage at that same percentile there." }</dd>
                <dt>{ "Cost of living" }</dt>
                <dd>{ "Where a state is set: net value × 100 ÷ the state's regional price parity, which says what the net value buys at U.S.-average prices." }</dd>
            </dl>
            <h3>{ "Taxes" }</h3>
            <dl class="formulas">
                <dt>{ "Taxed wages" }</dt>
                <dd>{ "Federal income tax is on cash pay less your 401(k)/403(b) contribution and your premiums (a Section 125 plan): W-2 box 1. Social Security and Medicare are on cash pay less premiums: your contribution still pays them. Employer-paid premiums, HSA money, education money and perks are not taxed here." }</dd>
                <dt>{ "What an offer adds" }</dt>
                <dd>{ "Income tax is the household's: an offer's federal income tax is the tax of the return with its pay and your other household income, less the tax of the return with the other income alone. So a spouse's wages set the bracket an offer lands in, and an offer that ends an earned income credit is charged for it." }</dd>
                <dt>{ "Federal income tax" }</dt>
                <dd>{ "As on Form 1040: the standard deduction of your filing status and, from 2025, the deduction for qualified overtime (the half of time and a half that the law requires) come off; the rate schedule applies to the rest; then the saver's credit on your contribution, the child tax credit, and the refundable credits: the additional child tax credit and the earned income credit. A negative figure is a refund. The filer is taken to be 25 to 64, not itemizing, claiming no one but the children entered." }</dd>
                <dt>{ "Social Security and Medicare" }</dt>
                <dd>{ "Social Security on wages up to the year's wage base; Medicare on all wages; the Additional Medicare Tax on the household's wages over its threshold, the part an offer's pay adds." }</dd>
                <dt>{ "State taxes" }</dt>
                <dd>{ state_taxes_counted() }</dd>
                <dt>{ "Take-home pay and paychecks" }</dt>
                <dd>{ "Take-home pay = cash pay − your contribution − your premiums − taxes, spread evenly over the paychecks of the offer's pay frequency. The marginal rate is the share of $1,000 more cash pay that would go to taxes." }</dd>
                <dt>{ "Value to you after tax" }</dt>
                <dd>{ "Take-home pay + your own 401(k) money + the employer's retirement money + the employer's tax-free benefits − commute. Offers are ranked by it unless you choose before tax; the gap and the pay that would make an offer equal follow the ranking." }</dd>
            </dl>
            <table class="parameters" data-testid="tax-parameters">
                <caption>{ format!("Federal parameters of {}, {}", props.year.year(), props.filing.label().to_ascii_lowercase()) }</caption>
                <thead><tr><th scope="col">{ "Rule" }</th><th scope="col">{ "Amounts" }</th><th scope="col">{ "Source" }</th></tr></thead>
                <tbody>
                    { for tax_parameters(props.year.year(), props.filing).into_iter().map(|(rule, amounts, source)| html! {
                        <tr><th scope="row">{ rule }</th><td>{ amounts }</td><td>{ source }</td></tr>
                    }) }
                </tbody>
            </table>
            <p>{ "Not counted: local income taxes, the state income taxes not yet counted, catch-up contributions for ages 50 and over, vesting schedules, itemized deductions, and the value of coverage beyond what the employer pays." }</p>
            <h3>{ "Sources" }</h3>
            <ul class="sources" data-testid="sources">
                { for SOURCES.iter().map(|s| html! {
                    <li>
                        <a href={s.url} rel="noopener noreferrer">{ s.title }</a>
                        { ": " }{ s.used_for }{ "." }
                    </li>
                }) }
                { for TAX_SOURCES.iter().map(|s| html! {
                    <li>
                        <a href={s.url} rel="noopener noreferrer">{ s.title }</a>
                        { ": federal tax parameters (see the table above)." }
                    </li>
                }) }
            </ul>
        </section>
    }
}
