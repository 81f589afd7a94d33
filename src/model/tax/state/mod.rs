//! State income tax (taxes.md, "State income tax") and payroll contributions ("State payroll
//! contributions"). The return most states share is computed here from the state's table.

use super::{FederalReturn, FederalTax, Pay, TaxUnit};
use crate::model::Bounded;

pub mod engine;
mod own_rules;
use crate::data::{
    state_income_tax, state_payroll, LinearPhaseOut, PayrollWages, StateIncomeTax, UsState,
};
use crate::model::FilingStatus;

/// The places with no income tax on wages.
pub const NO_WAGE_TAX: [UsState; 9] = [
    UsState::AK,
    UsState::FL,
    UsState::NV,
    UsState::NH,
    UsState::SD,
    UsState::TN,
    UsState::TX,
    UsState::WA,
    UsState::WY,
];

/// The places whose income tax the page counts besides those without one: those whose tables
/// and rules agree with the independent fixture (`data/state-tax/counted.txt`, compiled in by
/// `build.rs`; `tests/state_fixture.rs` holds each to it).
pub use crate::data::COUNTED;

/// Whether the page counts the income tax of `state`.
pub fn is_counted(state: UsState) -> bool {
    NO_WAGE_TAX.contains(&state) || COUNTED.contains(&state)
}

/// The lines of a household's state return, $/year.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct StateReturn {
    /// The household's wages as the state defines them.
    pub agi: f64,
    /// Standard deduction and exemptions.
    pub deductions: f64,
    pub taxable_income: f64,
    /// Tax from the rate schedule (with the state's own additions).
    pub tax: f64,
    /// Non-refundable credits, at most the tax.
    pub nonrefundable_credits: f64,
    pub refundable_credits: f64,
}

impl StateReturn {
    /// Tax less every credit; negative where refundable credits exceed it.
    pub fn income_tax(&self) -> f64 {
        self.tax - self.nonrefundable_credits - self.refundable_credits
    }
}

/// A job's wages as the state taxes them: box 1 wages with the state's additions.
pub fn state_wages(rule: &StateIncomeTax, pay: &Pay) -> f64 {
    let mut wages = pay.wages_box1();
    if rule.adds_deferral {
        wages += pay.deferral;
    }
    if rule.adds_premium {
        wages += pay.premium;
    }
    if rule.adds_employer_hsa {
        wages += pay.employer_hsa;
    }
    wages
}

/// `amount` less its phase-out at `income`, at least 0.
pub fn phased(amount: f64, phase_out: &LinearPhaseOut, filing: FilingStatus, income: f64) -> f64 {
    let over = (income - phase_out.start.get(filing)).max(0.0);
    (amount - phase_out.rate * over).max(0.0)
}

/// A rate schedule of `(start, rate)` brackets applied to `taxable`.
pub fn schedule_tax(brackets: &[(f64, f64)], taxable: f64) -> f64 {
    brackets
        .iter()
        .enumerate()
        .map(|(i, &(start, rate))| {
            let end = brackets.get(i + 1).map_or(f64::INFINITY, |b| b.0);
            rate * (taxable.min(end) - start).max(0.0)
        })
        .sum()
}

/// The household's state return: `federal` is its federal return (the state credits that follow
/// federal ones read it). Each step is the shared one, with what the state's own law adds
/// (`own_rules`).
pub fn state_return(
    rule: &StateIncomeTax,
    law: &FederalTax,
    unit: &TaxUnit,
    federal: &FederalReturn,
) -> StateReturn {
    let filing = unit.filing;
    let kids = f64::from(unit.kids);
    let agi: f64 = unit.jobs().map(|pay| state_wages(rule, &pay)).sum::<f64>()
        - own_rules::exclusions(rule, unit, federal);
    let standard = if rule.std_uses_federal {
        law.standard_deduction.get(filing)
    } else {
        rule.std.get(filing)
    };
    let standard = phased(standard, &rule.std_phase_out, filing, agi);
    let exemptions = phased(
        rule.exemption_personal.get(filing) + rule.exemption_dependent * kids,
        &rule.exemption_phase_out,
        filing,
        agi,
    );
    let deductions = standard + exemptions + own_rules::deductions(rule, law, unit, agi, federal);
    let taxable_income = (agi - deductions).max(0.0);
    let tax = own_rules::tax(rule, unit, agi, deductions, federal)
        .unwrap_or_else(|| schedule_tax(rule.brackets.get(filing), taxable_income));

    let exemption_credits = phased(
        rule.credit_personal.get(filing) + rule.credit_dependent * kids,
        &rule.credit_phase_out,
        filing,
        agi,
    );
    // Where the table has one, the share without a qualifying child (VT, ME).
    let childless = rule.extra("eitc.match_no_children");
    let eitc_match = if unit.kids == 0 && childless > 0.0 {
        childless
    } else {
        rule.eitc_match
    };
    let eitc = eitc_match * federal.earned_income_credit;
    let ctc = rule.ctc_per_child * kids;
    let (mut nonrefundable, mut refundable) = (exemption_credits, 0.0);
    for (credit, is_refundable) in [(eitc, rule.eitc_refundable), (ctc, rule.ctc_refundable)] {
        if is_refundable {
            refundable += credit;
        } else {
            nonrefundable += credit;
        }
    }
    nonrefundable += own_rules::nonrefundable_credits(rule, unit, federal);
    let mut ret = StateReturn {
        agi,
        deductions,
        taxable_income,
        tax,
        nonrefundable_credits: nonrefundable.bounded(0.0, tax.max(0.0)),
        refundable_credits: refundable,
    };
    own_rules::after_credits(rule, law, unit, federal, &mut ret);
    ret
}

/// The employee's state payroll contributions on a job's pay, each with its program id.
pub fn payroll_contributions(
    state: UsState,
    year: u16,
    pay: Pay,
) -> impl Iterator<Item = (&'static str, f64)> {
    state_payroll(state, year).map(move |p| {
        let wages = match p.wages {
            PayrollWages::Fica => pay.wages_fica(),
            PayrollWages::Gross => pay.wages,
            PayrollWages::Withholding => pay.wages_box1(),
        };
        let base = if p.wage_base > 0.0 {
            wages.min(p.wage_base)
        } else {
            wages
        };
        let amount = p.rate * base.max(0.0);
        let amount = if p.max > 0.0 {
            amount.min(p.max)
        } else {
            amount
        };
        (p.program, amount)
    })
}

/// The state taxes of one offer: what its pay adds to the household's state return, and its
/// payroll contributions.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct OfferStateTaxes {
    /// The place, and whether the page counts its income tax.
    pub state: Option<UsState>,
    pub counted: bool,
    /// The page has not loaded the state tax engine yet: the returns are empty, and no figure
    /// that depends on them may be shown.
    pub pending: bool,
    pub with_offer: StateReturn,
    pub without_offer: StateReturn,
    pub payroll: f64,
}

impl OfferStateTaxes {
    /// What the offer adds to the household's state income tax (0 where it is not counted: its
    /// returns are then empty).
    pub fn state_tax(&self) -> f64 {
        self.with_offer.income_tax() - self.without_offer.income_tax()
    }
}

/// A household's state returns with the offer and without it, from the tables and rules
/// compiled in (natively, and in the state tax engine): `None` where the place has no table (it
/// taxes no wages, or is not counted yet).
pub fn state_returns(
    state: UsState,
    law: &FederalTax,
    unit: &TaxUnit,
    federal_with: &FederalReturn,
    federal_without: &FederalReturn,
) -> Option<(StateReturn, StateReturn)> {
    let rule = state_income_tax(state, law.year)?;
    Some((
        state_return(rule, law, unit, federal_with),
        state_return(rule, law, &unit.without_offer(), federal_without),
    ))
}

/// The state income tax an offer's pay adds where it is located, and its payroll contributions.
pub fn offer_state_taxes(
    law: &FederalTax,
    location: Option<UsState>,
    unit: &TaxUnit,
    federal_with: &FederalReturn,
    federal_without: &FederalReturn,
) -> OfferStateTaxes {
    let Some(state) = location else {
        return OfferStateTaxes::default();
    };
    let offer = unit.offer.unwrap_or_default();
    let payroll = payroll_contributions(state, law.year, offer)
        .map(|(_, amount)| amount)
        .sum();
    let counted = is_counted(state);
    let returns = if counted && !NO_WAGE_TAX.contains(&state) {
        engine::state_returns_or_pending(state, law, unit, federal_with, federal_without)
    } else {
        Ok(None)
    };
    let (with_offer, without_offer) = returns.unwrap_or_default().unwrap_or_default();
    OfferStateTaxes {
        state: Some(state),
        counted,
        pending: returns.is_err(),
        with_offer,
        without_offer,
        payroll,
    }
}

/// What people call a payroll contribution on a pay stub.
pub fn payroll_program_name(program: &str) -> &'static str {
    match program {
        "ca_sdi" => "California SDI",
        "nj_tdi" => "New Jersey disability insurance",
        "nj_fli" => "New Jersey family leave insurance",
        "nj_ui_wf" | "nj_ui" => "New Jersey unemployment and workforce funds",
        "ny_dbl" => "New York disability",
        "ny_pfl" => "New York paid family leave",
        "wa_pfml" => "Washington paid leave",
        "wa_cares" => "WA Cares long-term care",
        "or_pfml" => "Oregon paid leave",
        "or_transit" => "Oregon statewide transit tax",
        "ma_pfml" => "Massachusetts paid leave",
        "ri_tdi" => "Rhode Island disability and caregiver insurance",
        "co_famli" => "Colorado FAMLI",
        "ct_pfml" => "Connecticut paid leave",
        "de_pfml" => "Delaware paid leave",
        "me_pfml" => "Maine paid leave",
        "mn_pfml" => "Minnesota paid leave",
        "md_famli" => "Maryland FAMLI",
        "vt_ccc" => "Vermont child care contribution",
        "ak_ui" => "Alaska unemployment insurance",
        "pa_ui" => "Pennsylvania unemployment insurance",
        "hi_tdi" => "Hawaii disability insurance",
        _ => "state payroll contribution",
    }
}
