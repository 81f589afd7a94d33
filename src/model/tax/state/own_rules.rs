//! What a state's own law adds to the shared state return, at the step where it acts. Every
//! figure comes from the state's table (`data/state-tax/XX.csv`, the `extra` parameters); the
//! state's notes (`data/state-tax/notes/XX.md`) say what each rule is and where it comes from.

use super::{schedule_tax, StateReturn};
use crate::data::{StateIncomeTax, UsState};
use crate::model::tax::payroll::{medicare_tax, social_security_tax};
use crate::model::tax::{FederalReturn, FederalTax, TaxUnit};
use crate::model::FilingStatus;

/// Wages a state leaves out of its income: Georgia's overtime exclusion (2026 on), West
/// Virginia's low-income earned income exclusion.
pub fn exclusions(rule: &StateIncomeTax, unit: &TaxUnit, federal: &FederalReturn) -> f64 {
    let offer = unit.offer.unwrap_or_default();
    match rule.state {
        UsState::GA => offer
            .ot_qualified
            .clamp(0.0, rule.extra("ga.overtime_exclusion_cap")),
        UsState::WV if federal.agi <= rule.extra("wv.low_income_exclusion.agi_limit") => federal
            .agi
            .clamp(0.0, rule.extra("wv.low_income_exclusion.max")),
        _ => 0.0,
    }
}

/// Deductions beyond the shared ones: the federal overtime deduction, where a state starts from
/// federal taxable income.
pub fn deductions(rule: &StateIncomeTax, federal: &FederalReturn) -> f64 {
    if rule.extra("income.federal_overtime_deduction") > 0.0 {
        federal.overtime_deduction
    } else {
        0.0
    }
}

/// The tax where a state computes it otherwise than its schedule on taxable income.
pub fn tax(
    rule: &StateIncomeTax,
    unit: &TaxUnit,
    agi: f64,
    deductions: f64,
    federal: &FederalReturn,
) -> Option<f64> {
    match rule.state {
        // Married couples: each spouse's income, less its share of the deductions (in
        // proportion to income), is taxed with the schedule on its own.
        UsState::MS
            if unit.filing == FilingStatus::Joint && rule.extra("ms.joint_per_spouse") > 0.0 =>
        {
            let schedule = rule.brackets.get(FilingStatus::Joint);
            let incomes: Vec<f64> = unit.jobs().map(|p| p.wages_box1().max(0.0)).collect();
            let total: f64 = incomes.iter().sum();
            if total <= 0.0 {
                return Some(0.0);
            }
            Some(
                incomes
                    .iter()
                    .map(|income| {
                        schedule_tax(schedule, (income - deductions * income / total).max(0.0))
                    })
                    .sum(),
            )
        }
        // No tax where federal AGI is at most the federal standard deduction.
        UsState::UT
            if rule.extra("ut.exempt_at_federal_standard_deduction") > 0.0
                && federal.agi <= federal.standard_deduction =>
        {
            Some(0.0)
        }
        _ => {
            let _ = (agi, deductions);
            None
        }
    }
}

/// Non-refundable credits beyond the shared ones: Georgia's low income credit.
pub fn nonrefundable_credits(
    rule: &StateIncomeTax,
    unit: &TaxUnit,
    federal: &FederalReturn,
) -> f64 {
    match rule.state {
        UsState::GA => {
            let exemptions = f64::from(unit.kids)
                + if unit.filing == FilingStatus::Joint {
                    2.0
                } else {
                    1.0
                };
            (1..)
                .map_while(|i| {
                    let below = rule.extra(&format!("ga.low_income_credit.agi_below.{i}"));
                    (below > 0.0).then(|| {
                        (
                            below,
                            rule.extra(&format!("ga.low_income_credit.per_exemption.{i}")),
                        )
                    })
                })
                .find(|(below, _)| federal.agi < *below)
                .map_or(0.0, |(_, per)| per * exemptions)
        }
        _ => 0.0,
    }
}

/// What a state's law does to the tax after its credits: Pennsylvania's tax forgiveness, Iowa's
/// low-income exemption and single filers' reduction.
pub fn after_credits(
    rule: &StateIncomeTax,
    law: &FederalTax,
    unit: &TaxUnit,
    federal: &FederalReturn,
    ret: &mut StateReturn,
) {
    match rule.state {
        UsState::PA => {
            // Eligibility income: PA taxable income of the household (wages only here).
            let married = unit.filing == FilingStatus::Joint;
            let base = rule.extra(if married {
                "pa.forgiveness.base.married"
            } else {
                "pa.forgiveness.base.unmarried"
            }) + rule.extra("pa.forgiveness.per_dependent") * f64::from(unit.kids);
            let over = (ret.agi - base).max(0.0);
            let steps = (over / rule.extra("pa.forgiveness.step")).ceil();
            let forgiven = (1.0 - rule.extra("pa.forgiveness.step_rate") * steps).max(0.0);
            ret.nonrefundable_credits =
                (ret.nonrefundable_credits + ret.tax * forgiven).min(ret.tax);
        }
        UsState::IA => {
            // Modified net income: for a household of wages, federal AGI.
            let income = federal.agi;
            let after = ret.tax - ret.nonrefundable_credits;
            let capped = if income <= rule.extra(&format!("ia.exempt_income.{}", unit.filing.key()))
            {
                0.0
            } else if unit.filing == FilingStatus::Single {
                after.min((income - rule.extra("ia.single_reduction_base")).max(0.0))
            } else {
                after
            };
            ret.nonrefundable_credits = ret.tax - capped.max(0.0);
        }
        UsState::IL => il_exemption_income_limit(rule, unit, federal, ret),
        UsState::NJ => {
            nj_medical_expense_deduction(rule, unit, ret);
            nj_filing_threshold(rule, unit, ret);
        }
        UsState::MA => {
            ma_fica_deduction(rule, law, unit, ret);
            ma_no_tax_status_and_limited_income_credit(rule, unit, ret);
        }
        _ => {}
    }
}

/// Illinois: no exemptions at all where federal AGI exceeds the limit (a cliff; 35 ILCS
/// 5/204(g)): the return is taxed again without them.
fn il_exemption_income_limit(
    rule: &StateIncomeTax,
    unit: &TaxUnit,
    federal: &FederalReturn,
    ret: &mut StateReturn,
) {
    let limit = rule.extra(&format!("il.exemption_income_limit.{}", unit.filing.key()));
    if federal.agi <= limit {
        return;
    }
    let exemptions =
        rule.exemption_personal.get(unit.filing) + rule.exemption_dependent * f64::from(unit.kids);
    ret.deductions = (ret.deductions - exemptions).max(0.0);
    ret.taxable_income = (ret.agi - ret.deductions).max(0.0);
    ret.tax = schedule_tax(rule.brackets.get(unit.filing), ret.taxable_income);
    ret.nonrefundable_credits = ret.nonrefundable_credits.min(ret.tax.max(0.0));
}

/// New Jersey: Section 125 health premiums are New Jersey wages, and so medical expenses,
/// deductible over a share of New Jersey gross income (N.J.S.A. 54A:3-3; TB-39(R)).
fn nj_medical_expense_deduction(rule: &StateIncomeTax, unit: &TaxUnit, ret: &mut StateReturn) {
    let premiums: f64 = unit.jobs().map(|pay| pay.premium.max(0.0)).sum();
    let deduction = (premiums - rule.extra("nj.medical_expense.floor_rate") * ret.agi).max(0.0);
    ret.deductions += deduction;
    ret.taxable_income = (ret.agi - ret.deductions).max(0.0);
    ret.tax = schedule_tax(rule.brackets.get(unit.filing), ret.taxable_income);
    ret.nonrefundable_credits = ret.nonrefundable_credits.min(ret.tax.max(0.0));
}

/// New Jersey: no tax where New Jersey gross income is at most the filing threshold (a cliff;
/// N.J.S.A. 54A:2-4); refundable credits are still paid.
fn nj_filing_threshold(rule: &StateIncomeTax, unit: &TaxUnit, ret: &mut StateReturn) {
    if ret.agi <= rule.extra(&format!("nj.filing_threshold.{}", unit.filing.key())) {
        ret.tax = 0.0;
        ret.nonrefundable_credits = 0.0;
    }
}

/// Massachusetts: each earner deducts the Social Security and Medicare tax withheld from his
/// wages, up to a limit (c. 62 s. 3(B)(a)(4); Form 1 line 11). On a joint return `other` is the
/// spouse's; otherwise a second job of the filer.
fn ma_fica_deduction(
    rule: &StateIncomeTax,
    law: &FederalTax,
    unit: &TaxUnit,
    ret: &mut StateReturn,
) {
    let withheld = |wages: f64| social_security_tax(law, wages) + medicare_tax(law, wages);
    let cap = rule.extra("ma.fica_deduction.max");
    let deduction = if unit.filing == FilingStatus::Joint {
        unit.jobs()
            .map(|pay| withheld(pay.wages_fica()).min(cap))
            .sum()
    } else {
        withheld(unit.jobs().map(|pay| pay.wages_fica()).sum()).min(cap)
    };
    ret.deductions += deduction;
    ret.taxable_income = (ret.agi - ret.deductions).max(0.0);
    ret.tax = schedule_tax(rule.brackets.get(unit.filing), ret.taxable_income);
    ret.nonrefundable_credits = ret.nonrefundable_credits.min(ret.tax.max(0.0));
}

/// Massachusetts: no tax at or below the no tax status threshold, and above it, up to a multiple
/// of it, the tax is at most a share of the income over it (c. 62 s. 5; Form 1 line 29).
fn ma_no_tax_status_and_limited_income_credit(
    rule: &StateIncomeTax,
    unit: &TaxUnit,
    ret: &mut StateReturn,
) {
    let threshold = rule.extra(&format!("ma.no_tax_status.base.{}", unit.filing.key()))
        + rule.extra(&format!(
            "ma.no_tax_status.per_dependent.{}",
            unit.filing.key()
        )) * f64::from(unit.kids);
    if ret.agi > threshold * rule.extra("ma.limited_income.threshold_ratio") {
        return;
    }
    let limit = rule.extra("ma.limited_income.rate") * (ret.agi - threshold).max(0.0);
    let after = (ret.tax - ret.nonrefundable_credits).min(limit);
    ret.nonrefundable_credits = ret.tax - after.max(0.0);
}
