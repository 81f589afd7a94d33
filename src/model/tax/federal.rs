//! Federal income tax of a household whose income is wages, in the order of Form 1040
//! (taxes.md, "Federal income tax").

use super::payroll::{additional_medicare_tax, medicare_tax, social_security_tax};
use super::{FederalTax, TaxUnit};
use crate::data::{EarnedIncomeCredit, StepPhaseOut};
use crate::model::Bounded;
use crate::model::FilingStatus;

/// The lines of the household's return that the page shows, $/year.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct FederalReturn {
    pub agi: f64,
    pub standard_deduction: f64,
    /// The qualified overtime deduction (Schedule 1-A), 2025 on.
    pub overtime_deduction: f64,
    pub taxable_income: f64,
    /// Tax from the rate schedule, before credits.
    pub tax: f64,
    /// Retirement savings contributions credit (Form 8880), non-refundable.
    pub savers_credit: f64,
    /// The non-refundable part of the child tax credit (Schedule 8812).
    pub child_tax_credit: f64,
    /// The refundable part: the additional child tax credit.
    pub additional_child_tax_credit: f64,
    /// Earned income credit, refundable.
    pub earned_income_credit: f64,
}

impl FederalReturn {
    /// The return's credits, each whole: the saver's credit, the child tax credit (its
    /// non-refundable and refundable parts together: how they split follows the tax), the earned
    /// income credit.
    pub fn credit_amounts(&self) -> [f64; 3] {
        [
            self.savers_credit,
            self.child_tax_credit + self.additional_child_tax_credit,
            self.earned_income_credit,
        ]
    }

    /// Every credit of the return, non-refundable and refundable.
    pub fn credits(&self) -> f64 {
        self.credit_amounts().iter().sum()
    }

    /// Tax less every credit; negative where refundable credits exceed the tax (a refund).
    pub fn income_tax(&self) -> f64 {
        self.tax - self.credits()
    }
}

/// Line 11: the household's wages as W-2 box 1 counts them (its only income).
pub fn adjusted_gross_income(unit: &TaxUnit) -> f64 {
    unit.jobs().map(|pay| pay.wages_box1()).sum()
}

/// How many steps of a step phase-out `income` is into: whole steps (`or_part` false) or
/// steps "or fraction thereof" (`or_part` true).
fn phase_out_steps(
    phase_out: &StepPhaseOut,
    filing: FilingStatus,
    income: f64,
    or_part: bool,
) -> f64 {
    let excess = (income - phase_out.start.get(filing)).max(0.0) / phase_out.step;
    if or_part {
        excess.ceil()
    } else {
        excess.floor()
    }
}

/// Schedule 1-A, Part III: qualified overtime compensation, at most the cap, less $100 for each
/// whole $1,000 of modified AGI over the start (IRC 225(b)). The cap is 0 in years without it.
pub fn overtime_deduction(
    law: &FederalTax,
    filing: FilingStatus,
    ot_qualified: f64,
    magi: f64,
) -> f64 {
    let rule = &law.overtime;
    let cap = rule.cap.get(filing);
    let reduction = phase_out_steps(&rule.phase_out, filing, magi, false) * rule.phase_out.per_step;
    (ot_qualified.bounded(0.0, cap) - reduction).max(0.0)
}

/// Line 15: AGI less the deductions, at least 0.
pub fn taxable_income(agi: f64, deductions: f64) -> f64 {
    (agi - deductions).max(0.0)
}

/// Line 16: the rate schedule of the filing status applied to taxable income (the Tax
/// Computation Worksheet's formula, not the Tax Table's $50 bands).
pub fn income_tax_from_schedule(law: &FederalTax, filing: FilingStatus, taxable: f64) -> f64 {
    let starts = law.thresholds.get(filing);
    let mut tax = 0.0;
    for (i, (&start, &rate)) in starts.iter().zip(&law.rates).enumerate() {
        let end = starts.get(i + 1).copied().unwrap_or(f64::INFINITY);
        tax += rate * (taxable.min(end) - start).max(0.0);
    }
    tax
}

/// Form 8880 line 10: the credit rate for an AGI (0 over the last limit).
pub fn savers_rate(law: &FederalTax, filing: FilingStatus, agi: f64) -> f64 {
    let rule = &law.savers;
    rule.agi_limits
        .get(filing)
        .iter()
        .zip(rule.rates)
        .find(|(&limit, _)| agi <= limit)
        .map_or(0.0, |(_, rate)| rate)
}

/// Form 8880: the rate on the offer's deferral (at most the cap per person), at most the tax.
pub fn savers_credit(
    law: &FederalTax,
    filing: FilingStatus,
    agi: f64,
    deferral: f64,
    tax: f64,
) -> f64 {
    let contributions = deferral.bounded(0.0, law.savers.contribution_cap);
    (savers_rate(law, filing, agi) * contributions).min(tax.max(0.0))
}

/// Schedule 8812 lines 4 to 12: the credit per child, less $50 for each $1,000 (or part of one)
/// of modified AGI over the phase-out start; before the limit of the tax.
pub fn child_tax_credit(law: &FederalTax, filing: FilingStatus, kids: u8, magi: f64) -> f64 {
    let rule = &law.ctc;
    let reduction = phase_out_steps(&rule.phase_out, filing, magi, true) * rule.phase_out.per_step;
    (rule.amount * f64::from(kids) - reduction).max(0.0)
}

/// Schedule 8812 Part II: the child tax credit the tax did not absorb, at most the refundable
/// amount per child and the larger of 15% of earned income over $2,500 and, with three or more
/// children, the Social Security and Medicare taxes less the earned income credit.
pub fn additional_child_tax_credit(
    law: &FederalTax,
    kids: u8,
    unused_credit: f64,
    earned_income: f64,
    payroll_taxes: f64,
    earned_income_credit: f64,
) -> f64 {
    let rule = &law.ctc;
    let by_earnings = rule.refundable_rate * (earned_income - rule.earned_income_floor).max(0.0);
    let by_payroll_taxes = if kids >= 3 {
        (payroll_taxes - earned_income_credit).max(0.0)
    } else {
        0.0
    };
    unused_credit
        .min(rule.refundable_max * f64::from(kids))
        .min(by_earnings.max(by_payroll_taxes))
        .max(0.0)
}

/// The earned income credit (IRC 32): the phase-in rate on earned income up to the maximum,
/// less the phase-out rate on the greater of earned income and AGI over the start.
pub fn earned_income_credit(
    law: &FederalTax,
    filing: FilingStatus,
    kids: u8,
    earned_income: f64,
    agi: f64,
) -> f64 {
    earned_income_credit_by(
        &law.eitc[usize::from(kids.min(3))],
        filing,
        earned_income,
        agi,
    )
}

/// The earned income credit of one column of the credit's table (a year's, or another year's a
/// state keeps).
pub fn earned_income_credit_by(
    rule: &EarnedIncomeCredit,
    filing: FilingStatus,
    earned_income: f64,
    agi: f64,
) -> f64 {
    if earned_income <= 0.0 {
        return 0.0;
    }
    let start = match filing {
        FilingStatus::Joint => rule.phase_out_start_joint,
        FilingStatus::Single | FilingStatus::HeadOfHousehold => rule.phase_out_start,
    };
    let phased_in = (rule.phase_in_rate * earned_income).min(rule.max_credit);
    let reduction = rule.phase_out_rate * (earned_income.max(agi) - start).max(0.0);
    phased_in.min(rule.max_credit - reduction).max(0.0)
}

/// The Social Security and Medicare taxes of the household's jobs (Schedule 8812 line 21).
pub fn household_fica(law: &FederalTax, unit: &TaxUnit) -> f64 {
    unit.jobs()
        .map(|pay| social_security_tax(law, pay.wages_fica()) + medicare_tax(law, pay.wages_fica()))
        .sum::<f64>()
        + additional_medicare_tax(law, unit.filing, unit.jobs().map(|p| p.wages_fica()).sum())
}

/// The household's federal return, line by line.
pub fn federal_return(law: &FederalTax, unit: &TaxUnit) -> FederalReturn {
    let filing = unit.filing;
    let offer = unit.offer.unwrap_or_default();
    let agi = adjusted_gross_income(unit);
    let earned_income = agi; // wages are the household's only income
    let standard_deduction = law.standard_deduction.get(filing);
    let overtime_deduction = overtime_deduction(law, filing, offer.ot_qualified, agi);
    let taxable_income = taxable_income(agi, standard_deduction + overtime_deduction);
    let tax = income_tax_from_schedule(law, filing, taxable_income);

    let savers_credit = savers_credit(law, filing, agi, offer.deferral, tax);
    let full_child_credit = child_tax_credit(law, filing, unit.kids, agi);
    let child_tax_credit = full_child_credit.min(tax - savers_credit).max(0.0);

    let earned_income_credit = earned_income_credit(law, filing, unit.kids, earned_income, agi);
    let household_fica = household_fica(law, unit);
    let additional_child_tax_credit = additional_child_tax_credit(
        law,
        unit.kids,
        full_child_credit - child_tax_credit,
        earned_income,
        household_fica,
        earned_income_credit,
    );

    FederalReturn {
        agi,
        standard_deduction,
        overtime_deduction,
        taxable_income,
        tax,
        savers_credit,
        child_tax_credit,
        additional_child_tax_credit,
        earned_income_credit,
    }
}
