//! What a state's own law adds to the shared state return, at the step where it acts. Every
//! figure comes from the state's table (`data/state-tax/XX.csv`, the `extra` parameters); the
//! state's notes (`data/state-tax/notes/XX.md`) say what each rule is and where it comes from.

use super::{phased, schedule_tax, state_wages, StateReturn};
use crate::data::{
    param_id, param_id_row, param_id_then, EarnedIncomeCredit, StateIncomeTax, UsState,
};
use crate::extra;
use crate::model::tax::earned_income_credit_by;
use crate::model::tax::payroll::{additional_medicare_tax, medicare_tax, social_security_tax};
use crate::model::tax::{household_fica, FederalReturn, FederalTax, TaxUnit};
use crate::model::Bounded;
use crate::model::FilingStatus;

/// Wages a state leaves out of its income: Georgia's overtime exclusion (2026 on), West
/// Virginia's low-income earned income exclusion.
pub fn exclusions(rule: &StateIncomeTax, unit: &TaxUnit, federal: &FederalReturn) -> f64 {
    let offer = unit.offer.unwrap_or_default();
    match rule.state {
        UsState::GA => offer
            .ot_qualified
            .bounded(0.0, extra!(rule, "ga.overtime_exclusion_cap")),
        UsState::AZ if extra!(rule, "az.subtracts_federal_overtime_deduction") > 0.0 => {
            federal.overtime_deduction
        }
        UsState::WV if federal.agi <= extra!(rule, "wv.low_income_exclusion.agi_limit") => federal
            .agi
            .bounded(0.0, extra!(rule, "wv.low_income_exclusion.max")),
        // An addition (a negative exclusion).
        UsState::CO => -co_federal_deduction_addback(rule, unit, federal),
        UsState::MD if unit.filing == FilingStatus::Joint => unit
            .offer
            .map_or(0.0, |pay| pay.wages_box1().min(unit.other))
            .bounded(0.0, extra!(rule, "md.two_income_subtraction.max")),
        _ => 0.0,
    }
}

/// Deductions beyond the shared ones (less than 0 where the state's own are smaller): the federal
/// overtime deduction, where a state starts from federal taxable income; North Carolina's child
/// deduction; Maryland's standard deduction and exemptions; Ohio's exemptions; Alabama's
/// deductions. `agi` is the state's.
pub fn deductions(
    rule: &StateIncomeTax,
    law: &FederalTax,
    unit: &TaxUnit,
    agi: f64,
    federal: &FederalReturn,
) -> f64 {
    let overtime = if extra!(rule, "income.federal_overtime_deduction") > 0.0 {
        federal.overtime_deduction
    } else {
        0.0
    };
    overtime
        + match rule.state {
            UsState::NC => nc_child_deduction(rule, unit, federal),
            UsState::MO => mo_federal_tax_deduction(rule, unit, federal),
            UsState::MD => md_deductions(rule, unit, agi, federal),
            UsState::CT => ct_exemption_in_steps(rule, unit, agi),
            UsState::ME => -me_exemption_phase_out(rule, unit, federal),
            UsState::WI => -wi_standard_deduction_reduction(rule, unit, federal),
            UsState::NM => nm_deductions(rule, unit, federal),
            // Rhode Island: the standard deduction and the exemptions lose a share for each step
            // (or part) of federal AGI over the start (44-30-2.6(c)(3)), a negative deduction.
            UsState::RI => {
                -(rule.std.get(unit.filing)
                    + rule.exemption_personal.get(unit.filing)
                    + rule.exemption_dependent * f64::from(unit.kids))
                    * steps_over(rule, federal.agi, "ri.phase_out").min(1.0)
            }
            UsState::OR => or_federal_tax_subtraction(rule, unit, federal),
            // Ohio's exemptions (R.C. 5747.025): an amount per person by modified AGI.
            UsState::OH => people(unit) * by_income_upto(rule, federal.agi, "oh.exemption"),
            UsState::KY => ky_second_standard_deduction(rule, unit),
            UsState::SC => -sc_sciad_reduction(rule, unit, federal),
            UsState::AL => al_deductions(rule, law, unit, federal),
            UsState::MN => {
                mn_standard_deduction_limitation(rule, unit, agi)
                    - mn_dependent_exemption_phase_out(rule, unit, agi)
            }
            _ => 0.0,
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
            if unit.filing == FilingStatus::Joint && extra!(rule, "ms.joint_per_spouse") > 0.0 =>
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
        UsState::NY => Some(ny_tax_with_recapture(rule, unit, agi, deductions)),
        UsState::MO
            if unit.filing == FilingStatus::Joint && extra!(rule, "mo.joint_per_spouse") > 0.0 =>
        {
            Some(mo_tax_per_spouse(rule, unit, agi, deductions))
        }
        UsState::DC
            if unit.filing == FilingStatus::Joint
                && extra!(rule, "dc.separate_on_same_return") > 0.0 =>
        {
            let schedule = rule.brackets.get(FilingStatus::Joint);
            let offer = unit.offer.map_or(0.0, |pay| pay.wages_box1());
            let joint = schedule_tax(schedule, (agi - deductions).max(0.0));
            Some(joint.min(dc_tax_separately(schedule, offer, unit.other, deductions)))
        }
        UsState::CT => Some(
            schedule_tax(rule.brackets.get(unit.filing), (agi - deductions).max(0.0))
                + CT_ADDITIONS
                    .iter()
                    .map(|keys| ct_step_amount(rule, unit.filing, agi, keys))
                    .sum::<f64>(),
        ),
        // Vermont's minimum tax: at least a share of federal AGI where it exceeds the limit.
        UsState::VT if federal.agi > extra!(rule, "vt.min_tax.agi_over") => Some(
            schedule_tax(rule.brackets.get(unit.filing), (agi - deductions).max(0.0))
                .max(extra!(rule, "vt.min_tax.rate") * federal.agi),
        ),
        // No tax where federal AGI is at most the federal standard deduction.
        UsState::OH => Some(oh_tax(rule, unit.filing, (agi - deductions).max(0.0))),
        UsState::AR => Some(ar_table_tax(rule, unit.filing, (agi - deductions).max(0.0))),
        UsState::UT
            if extra!(rule, "ut.exempt_at_federal_standard_deduction") > 0.0
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
        UsState::GA => per_person_by_agi(rule, unit, federal.agi, "ga.low_income_credit", |i| {
            format!("ga.low_income_credit.per_exemption.{i}")
        }),
        // Wisconsin's married couple credit (71.07(6)): a share of the lower earner's wages (the
        // offer's earner has none without it), up to a limit.
        UsState::WI if unit.filing == FilingStatus::Joint => {
            let offer = unit.offer.map_or(0.0, |pay| pay.wages_box1());
            let lower = offer.min(unit.other).max(0.0);
            extra!(rule, "wi.married_couple.rate")
                * lower.min(extra!(rule, "wi.married_couple.max_income"))
        }
        UsState::AZ => {
            az_family_tax_credit(rule, unit, federal)
                - az_dependent_credit_phase_out(rule, unit, federal)
        }
        UsState::CA => -ca_exemption_credit_cut(rule, unit, federal),
        UsState::NY => ny_household_credit(rule, unit, federal.agi),
        // No exemption credits at all over the income limit (ORS 316.085; a cliff).
        UsState::OR if federal.agi > rule.credit_phase_out.start.get(unit.filing) => {
            -(rule.credit_personal.get(unit.filing) + rule.credit_dependent * f64::from(unit.kids))
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
            }) + extra!(rule, "pa.forgiveness.per_dependent") * f64::from(unit.kids);
            let over = (ret.agi - base).max(0.0);
            let steps = (over / extra!(rule, "pa.forgiveness.step")).ceil();
            let forgiven = (1.0 - extra!(rule, "pa.forgiveness.step_rate") * steps).max(0.0);
            ret.nonrefundable_credits =
                (ret.nonrefundable_credits + ret.tax * forgiven).min(ret.tax);
        }
        UsState::IA => {
            // Modified net income: for a household of wages, federal AGI.
            let income = federal.agi;
            let after = ret.tax - ret.nonrefundable_credits;
            let capped = if income <= rule.extra_for("ia.exempt_income", unit.filing) {
                0.0
            } else if unit.filing == FilingStatus::Single {
                after.min((income - extra!(rule, "ia.single_reduction_base")).max(0.0))
            } else {
                after
            };
            ret.nonrefundable_credits = ret.tax - capped.max(0.0);
        }
        UsState::ND => nd_marriage_penalty_credit(rule, unit, ret),
        UsState::MN => {
            mn_child_and_working_family_credits(rule, unit, federal, ret);
            mn_marriage_credit(rule, unit, ret);
        }
        UsState::MD => md_credits(rule, unit, federal, ret),
        UsState::DC => dc_credits(rule, law, unit, federal, ret),
        UsState::VA => va_credits(rule, unit, federal, ret),
        UsState::CT => {
            let rate = row_below(rule, "ct.personal_credit", unit.filing, ret.agi);
            ret.nonrefundable_credits =
                (ret.nonrefundable_credits + rate * ret.tax).min(ret.tax.max(0.0));
            if unit.kids > 0 && federal.earned_income_credit > 0.0 {
                ret.refundable_credits += extra!(rule, "ct.eitc.child_bonus");
            }
        }
        UsState::ME => me_refundable_credits(rule, unit, federal, ret),
        UsState::NM => ret.refundable_credits += nm_refundable_credits(rule, unit, federal),
        // Wisconsin's earned income credit (71.07(9e)): a share of the federal one by the number
        // of children, none without.
        UsState::WI if unit.kids > 0 => {
            let key = ["wi.eitc.match.1", "wi.eitc.match.2", "wi.eitc.match.3"]
                [usize::from(unit.kids.min(3)) - 1];
            ret.refundable_credits += rule.extra(key) * federal.earned_income_credit;
        }
        // Idaho's permanent building fund tax (57-1110, 63-3082), on every return that must be
        // filed (gross income over the standard deduction), after the credits; its refundable
        // grocery credit (63-3024A) per person.
        UsState::ID => {
            if federal.agi > federal.standard_deduction {
                ret.tax += extra!(rule, "id.permanent_building_fund_tax");
            }
            ret.refundable_credits += extra!(rule, "id.grocery_credit.per_person") * people(unit);
        }
        UsState::OH => oh_exemption_and_joint_filing_credits(rule, unit, federal, ret),
        UsState::SC => sc_credits(rule, unit, federal, ret),
        UsState::OK => ok_credits(rule, unit, federal, ret),
        UsState::AR => ar_separate_return_and_credits(rule, unit, ret),
        UsState::KY => {
            // Kentucky's family size tax credit (KRS 141.066): a share of the tax by modified
            // gross income (federal AGI) as a multiple of the family's poverty guideline.
            let guideline = poverty_guideline(rule, unit, KY_POVERTY);
            let share = by_income_upto(rule, federal.agi / guideline, "ky.family_credit");
            ret.nonrefundable_credits += share * (ret.tax - ret.nonrefundable_credits);
        }
        UsState::AZ => az_excise_tax_credit(rule, unit, federal, ret),
        UsState::DE => {
            de_combined_separate(rule, unit, federal, ret);
            de_refundable_eitc_election(rule, unit, federal, ret);
        }
        UsState::WV => wv_family_tax_credit(rule, unit, federal, ret),
        UsState::CA => ret.refundable_credits += ca_earned_income_credit(rule, unit, federal, ret),
        UsState::NY => {
            // The earned income credit less the household credit allowed (Tax Law 606(d)), the
            // only non-refundable credit here.
            let eic = rule.eitc_match * federal.earned_income_credit;
            ret.refundable_credits += ny_empire_state_child_credit(rule, law, unit, federal)
                - eic.min(ret.nonrefundable_credits);
        }
        UsState::IL => il_exemption_income_limit(rule, unit, federal, ret),
        UsState::HI => ret.refundable_credits += hi_food_excise_credit(rule, unit, federal),
        UsState::CO => {
            ret.refundable_credits += co_family_affordability_credit(rule, unit, federal)
                + co_sales_tax_refund(rule, unit, federal);
        }
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

/// North Dakota's marriage penalty credit (N.D.C.C. 57-38-01.28): for a joint return over the
/// taxable income limit where each spouse's income is over its limit, the joint tax less the
/// tax of two single returns (the lower earner's income less a single standard deduction, and
/// the rest), at most the maximum.
fn nd_marriage_penalty_credit(rule: &StateIncomeTax, unit: &TaxUnit, ret: &mut StateReturn) {
    let lower = lower_spouse_wages(unit);
    if unit.filing != FilingStatus::Joint
        || ret.taxable_income <= extra!(rule, "nd.marriage_penalty.taxable_income_over")
        || lower <= extra!(rule, "nd.marriage_penalty.lower_income_over")
    {
        return;
    }
    add_marriage_credit(
        rule,
        ret,
        lower,
        extra!(rule, "nd.marriage_penalty.single_deduction"),
        extra!(rule, "nd.marriage_penalty.max"),
    );
}

/// A marriage credit (North Dakota's, Minnesota's): what a joint return pays over two single
/// returns, at most `max`, a non-refundable credit. The penalty is the joint tax less the single
/// schedule's tax on the lower earner's income less `deduction` and on the rest of the taxable
/// income.
fn add_marriage_credit(
    rule: &StateIncomeTax,
    ret: &mut StateReturn,
    lower: f64,
    deduction: f64,
    max: f64,
) {
    let single = rule.brackets.get(FilingStatus::Single);
    let first = (lower - deduction).max(0.0);
    let penalty = ret.tax
        - schedule_tax(single, first)
        - schedule_tax(single, (ret.taxable_income - first).max(0.0));
    let credit = penalty.bounded(0.0, max);
    ret.nonrefundable_credits = (ret.nonrefundable_credits + credit).min(ret.tax);
}

/// The lower of the two spouses' box 1 wages on a joint return (0 where the offer is left out: the
/// other spouse then earns alone).
fn lower_spouse_wages(unit: &TaxUnit) -> f64 {
    unit.jobs()
        .map(|pay| pay.wages_box1().max(0.0))
        .chain([0.0])
        .take(2)
        .fold(f64::INFINITY, f64::min)
}

/// Minnesota's standard deduction limitation beyond the table's 3% of federal AGI over the start
/// (`std.phase_out`; 290.0123 subd. 5, Schedule M1SA worksheet for line 26): over the second
/// start, the rate of the second tier instead, and the reduction at most a share of the
/// deduction. Less than 0: what the deduction loses beyond the shared step.
fn mn_standard_deduction_limitation(rule: &StateIncomeTax, unit: &TaxUnit, agi: f64) -> f64 {
    let std = rule.std.get(unit.filing);
    let shared = phased(std, &rule.std_phase_out, unit.filing, agi);
    let second = (extra!(rule, "mn.std_limit.high.rate") - rule.std_phase_out.rate)
        * (agi - extra!(rule, "mn.std_limit.high.start")).max(0.0);
    (shared - second).max(std * (1.0 - extra!(rule, "mn.std_limit.max_share"))) - shared
}

/// What Minnesota's dependent exemptions lose (290.0121 subd. 2): a share for each step (or
/// part) of federal AGI over the start of the filing status (`exemption.phase_out.start`), all
/// of them at most.
fn mn_dependent_exemption_phase_out(rule: &StateIncomeTax, unit: &TaxUnit, agi: f64) -> f64 {
    let over = agi - rule.exemption_phase_out.start.get(unit.filing);
    rule.exemption_dependent
        * f64::from(unit.kids)
        * steps_over(rule, over, "mn.exemption_phase_out").min(1.0)
}

/// Minnesota's child and working family credits (290.0661, 290.0671; Schedule M1CWFC),
/// refundable: the child tax credit (`ctc.per_child`, already counted) and the working family
/// credit, a rate of earned income up to a limit, together less a rate of the greater of AGI and
/// earned income (for wages, federal AGI) over the start of the filing status, not below 0.
fn mn_child_and_working_family_credits(
    rule: &StateIncomeTax,
    unit: &TaxUnit,
    federal: &FederalReturn,
    ret: &mut StateReturn,
) {
    let ctc = rule.ctc_per_child * f64::from(unit.kids);
    let wfc =
        extra!(rule, "mn.wfc.rate") * federal.agi.bounded(0.0, extra!(rule, "mn.wfc.earned_max"));
    let over = federal.agi - rule.extra_for("mn.cwfc.phase_out.start", unit.filing);
    let lost = (extra!(rule, "mn.cwfc.phase_out.rate") * over.max(0.0)).min(ctc + wfc);
    ret.refundable_credits += wfc - lost;
}

/// Minnesota's marriage credit (290.0675; Schedule M1MA), non-refundable: on a joint return
/// where the lower earner's earned income and the taxable income are at least their minimums,
/// what the joint return pays over two single returns (the lower earner's income less half the
/// joint standard deduction, and the rest), at most the maximum.
fn mn_marriage_credit(rule: &StateIncomeTax, unit: &TaxUnit, ret: &mut StateReturn) {
    let lower = lower_spouse_wages(unit);
    if unit.filing != FilingStatus::Joint
        || lower < extra!(rule, "mn.marriage.min_earned")
        || ret.taxable_income < extra!(rule, "mn.marriage.min_taxable")
    {
        return;
    }
    add_marriage_credit(
        rule,
        ret,
        lower,
        extra!(rule, "mn.marriage.single_deduction"),
        extra!(rule, "mn.marriage.max"),
    );
}

/// West Virginia's low-income family tax credit (W. Va. Code 11-21-22): the whole tax where
/// income is at most the federal poverty guideline of the family, 90% up to $300 above it, 10%
/// less for each further $300, none from $2,700 above.
fn wv_family_tax_credit(
    rule: &StateIncomeTax,
    unit: &TaxUnit,
    federal: &FederalReturn,
    ret: &mut StateReturn,
) {
    let guideline = poverty_guideline(rule, unit, WV_POVERTY);
    let over = federal.agi - guideline;
    let steps = if over > 0.0 {
        (over / extra!(rule, "wv.family_credit.step")).floor() + 1.0
    } else {
        0.0
    };
    let share = (1.0 - extra!(rule, "wv.family_credit.step_rate") * steps).max(0.0);
    ret.nonrefundable_credits = (ret.nonrefundable_credits + ret.tax * share).min(ret.tax);
}

/// North Carolina's child deduction (G.S. 105-153.5(a1)): per child, an amount that falls in
/// steps of federal AGI (each step's upper bound included).
fn nc_child_deduction(rule: &StateIncomeTax, unit: &TaxUnit, federal: &FederalReturn) -> f64 {
    let filing = unit.filing.key();
    let per_child = (1..)
        .map_while(|i| {
            let upto = rule.extra(&format!("nc.child_deduction.agi_upto.{filing}.{i}"));
            (upto > 0.0).then(|| (upto, rule.extra(&format!("nc.child_deduction.amount.{i}"))))
        })
        .find(|(upto, _)| federal.agi <= *upto)
        .map_or(0.0, |(_, amount)| amount);
    per_child * f64::from(unit.kids)
}

/// Missouri's federal income tax deduction (RSMo 143.171): a share of the federal income tax
/// (after the non-refundable credits and the earned income credit, not below 0) that falls with
/// Missouri AGI (federal AGI for wages), at most the cap of the return.
fn mo_federal_tax_deduction(rule: &StateIncomeTax, unit: &TaxUnit, federal: &FederalReturn) -> f64 {
    let federal_tax = (federal.income_tax() + federal.additional_child_tax_credit).max(0.0);
    let share = (1..)
        .map_while(|i| {
            let from = rule.extra(&format!("mo.federal_tax_deduction.agi_from.{i}"));
            (i == 1 || from > 0.0).then(|| {
                (
                    from,
                    rule.extra(&format!("mo.federal_tax_deduction.rate.{i}")),
                )
            })
        })
        .filter(|(from, _)| federal.agi >= *from)
        .last()
        .map_or(0.0, |(_, rate)| rate);
    let cap = rule.extra(if unit.filing == FilingStatus::Joint {
        "mo.federal_tax_deduction.cap.combined"
    } else {
        "mo.federal_tax_deduction.cap.individual"
    });
    (share * federal_tax).min(cap)
}

/// Missouri's combined return: taxable income is shared between the spouses as their Missouri
/// AGI is, and each share is taxed on the chart on its own.
fn mo_tax_per_spouse(rule: &StateIncomeTax, unit: &TaxUnit, agi: f64, deductions: f64) -> f64 {
    let chart = rule.brackets.get(FilingStatus::Joint);
    let taxable = (agi - deductions).max(0.0);
    let incomes: Vec<f64> = unit.jobs().map(|p| p.wages_box1().max(0.0)).collect();
    let total: f64 = incomes.iter().sum();
    if total <= 0.0 {
        return 0.0;
    }
    incomes
        .iter()
        .map(|income| schedule_tax(chart, taxable * income / total))
        .sum()
}

/// What Arizona's dependent tax credit (`credit.dependent`) loses (A.R.S. 43-1073.01(C)): 5% of
/// it for each $1,000 or part of federal AGI over the start, all of it at most.
fn az_dependent_credit_phase_out(
    rule: &StateIncomeTax,
    unit: &TaxUnit,
    federal: &FederalReturn,
) -> f64 {
    let start = rule.extra_for("az.dependent_credit.phase_out.start", unit.filing);
    let lost = steps_over(rule, federal.agi - start, "az.dependent_credit.phase_out").min(1.0);
    rule.credit_dependent * f64::from(unit.kids) * lost
}

/// Arizona's family income tax credit (A.R.S. 43-1073): a sum per person, at most the cap,
/// where Arizona AGI is at most the limit of the filing status and number of dependents.
fn az_family_tax_credit(rule: &StateIncomeTax, unit: &TaxUnit, federal: &FederalReturn) -> f64 {
    let filing = unit.filing.key();
    let limit = (0..=unit.kids)
        .rev()
        .map(|k| rule.extra(&format!("az.family_credit.income_limit.{filing}.{k}")))
        .find(|limit| *limit > 0.0)
        .unwrap_or(0.0);
    let agi = federal.agi - federal.overtime_deduction;
    if agi > limit {
        return 0.0;
    }
    (extra!(rule, "az.family_credit.per_person") * people(unit))
        .min(rule.extra(&format!("az.family_credit.cap.{filing}")))
}

/// Arizona's credit for increased excise taxes (A.R.S. 43-1072.01), refundable: a sum per person,
/// at most the maximum, where federal AGI is at most the limit.
fn az_excise_tax_credit(
    rule: &StateIncomeTax,
    unit: &TaxUnit,
    federal: &FederalReturn,
    ret: &mut StateReturn,
) {
    let limit = rule.extra_for("az.excise_credit.agi_limit", unit.filing);
    if federal.agi <= limit {
        ret.refundable_credits += (extra!(rule, "az.excise_credit.per_person") * people(unit))
            .min(extra!(rule, "az.excise_credit.max"));
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
    let limit = rule.extra_for("il.exemption_income_limit", unit.filing);
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

/// Hawaii's refundable food/excise tax credit (HRS 235-55.85): an amount per exemption (filer,
/// spouse, each child) by federal AGI and filing status.
fn hi_food_excise_credit(rule: &StateIncomeTax, unit: &TaxUnit, federal: &FederalReturn) -> f64 {
    per_person_by_agi(rule, unit, federal.agi, "hi.food_excise_credit", |i| {
        format!("hi.food_excise_credit.{}.{i}", unit.filing.key())
    })
}

/// New Jersey: Section 125 health premiums are New Jersey wages, and so medical expenses,
/// deductible over a share of New Jersey gross income (N.J.S.A. 54A:3-3; TB-39(R)).
fn nj_medical_expense_deduction(rule: &StateIncomeTax, unit: &TaxUnit, ret: &mut StateReturn) {
    let premiums: f64 = unit.jobs().map(|pay| pay.premium.max(0.0)).sum();
    let deduction = (premiums - extra!(rule, "nj.medical_expense.floor_rate") * ret.agi).max(0.0);
    ret.deductions += deduction;
    ret.taxable_income = (ret.agi - ret.deductions).max(0.0);
    ret.tax = schedule_tax(rule.brackets.get(unit.filing), ret.taxable_income);
    ret.nonrefundable_credits = ret.nonrefundable_credits.min(ret.tax.max(0.0));
}

/// New Jersey: no tax where New Jersey gross income is at most the filing threshold (a cliff;
/// N.J.S.A. 54A:2-4); refundable credits are still paid.
fn nj_filing_threshold(rule: &StateIncomeTax, unit: &TaxUnit, ret: &mut StateReturn) {
    if ret.agi <= rule.extra_for("nj.filing_threshold", unit.filing) {
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
    let cap = extra!(rule, "ma.fica_deduction.max");
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
    let threshold = rule.extra_for("ma.no_tax_status.base", unit.filing)
        + rule.extra_for("ma.no_tax_status.per_dependent", unit.filing) * f64::from(unit.kids);
    if ret.agi > threshold * extra!(rule, "ma.limited_income.threshold_ratio") {
        return;
    }
    let limit = extra!(rule, "ma.limited_income.rate") * (ret.agi - threshold).max(0.0);
    let after = (ret.tax - ret.nonrefundable_credits).min(limit);
    ret.nonrefundable_credits = ret.tax - after.max(0.0);
}

/// Delaware's earned income credit is the filer's choice (30 Del. C. 1117): the non-refundable
/// share of the federal credit (`eitc.match`, already counted) or a smaller refundable share,
/// whichever leaves less tax.
fn de_refundable_eitc_election(
    rule: &StateIncomeTax,
    unit: &TaxUnit,
    federal: &FederalReturn,
    ret: &mut StateReturn,
) {
    let personal = (rule.credit_personal.get(unit.filing)
        + rule.credit_dependent * f64::from(unit.kids))
    .min(ret.tax);
    let refundable = extra!(rule, "de.eitc.refundable_match") * federal.earned_income_credit;
    if ret.tax - personal - refundable < ret.tax - ret.nonrefundable_credits {
        ret.nonrefundable_credits = personal;
        ret.refundable_credits += refundable;
    }
}

/// Delaware's married filing combined separate return (PIT-RES filing status 4), where it leaves
/// less tax than the joint one: each spouse's income less the single standard deduction on the
/// schedule, less the spouse's own personal credit, the dependents' credits split between the
/// columns in whole credits as fits best, and the non-refundable earned income credit in the
/// column of the larger income.
fn de_combined_separate(
    rule: &StateIncomeTax,
    unit: &TaxUnit,
    federal: &FederalReturn,
    ret: &mut StateReturn,
) {
    if unit.filing != FilingStatus::Joint || extra!(rule, "de.combined_separate") <= 0.0 {
        return;
    }
    let schedule = rule.brackets.get(FilingStatus::Joint);
    let own = rule.credit_personal.get(FilingStatus::Single);
    let mut incomes: Vec<f64> = unit
        .jobs()
        .map(|pay| (pay.wages_box1() - rule.std.get(FilingStatus::Single)).max(0.0))
        .collect();
    incomes.resize(2, 0.0);
    incomes.sort_by(|a, b| b.total_cmp(a));
    let taxes = [
        schedule_tax(schedule, incomes[0]),
        schedule_tax(schedule, incomes[1]),
    ];
    let room = taxes.map(|tax| (tax - own).max(0.0));
    let kids = u32::from(unit.kids);
    let per_kid = rule.credit_dependent;
    let used = |n: u32| {
        [
            (f64::from(n) * per_kid).min(room[0]),
            (f64::from(kids - n) * per_kid).min(room[1]),
        ]
    };
    let best = (0..=kids)
        .map(used)
        .max_by(|a, b| (a[0] + a[1]).total_cmp(&(b[0] + b[1])))
        .unwrap_or([0.0, 0.0]);
    let first = room[0] - best[0];
    let first = first - (rule.eitc_match * federal.earned_income_credit).min(first);
    let separate = first + room[1] - best[1];
    if separate < ret.tax - ret.nonrefundable_credits {
        ret.tax = taxes[0] + taxes[1];
        ret.nonrefundable_credits = ret.tax - separate;
    }
}

/// Colorado's add-back of the federal standard deduction above an allowance where federal AGI is
/// high (C.R.S. 39-22-104(3)(p.5); DR 0104AD).
fn co_federal_deduction_addback(
    rule: &StateIncomeTax,
    unit: &TaxUnit,
    federal: &FederalReturn,
) -> f64 {
    if federal.agi < extra!(rule, "co.federal_deduction_addback.agi_from") {
        return 0.0;
    }
    let key = format!(
        "co.federal_deduction_addback.allowance.{}",
        unit.filing.key()
    );
    (federal.standard_deduction - rule.extra(&key)).max(0.0)
}

/// Colorado's refundable family affordability tax credit (HB24-1311; DR 0104CN section C) for
/// children aged 6 to 16, less a share for each step of federal AGI (or part) over the start.
fn co_family_affordability_credit(
    rule: &StateIncomeTax,
    unit: &TaxUnit,
    federal: &FederalReturn,
) -> f64 {
    let key = format!(
        "co.family_affordability.phase_out.start.{}",
        unit.filing.key()
    );
    let over = federal.agi - rule.extra(&key);
    let kept = 1.0 - steps_over(rule, over, "co.family_affordability.phase_out").min(1.0);
    extra!(rule, "co.family_affordability.per_child") * f64::from(unit.kids) * kept
}

/// Colorado's state sales tax refund (TABOR; C.R.S. 39-22-2003): an amount per filer (not per
/// child) by modified AGI (federal AGI for a household of wages): row 1 below the first limit.
fn co_sales_tax_refund(rule: &StateIncomeTax, unit: &TaxUnit, federal: &FederalReturn) -> f64 {
    let row = (2..)
        .take_while(|i| {
            let from = rule.extra(&format!("co.sales_tax_refund.agi_from.{i}"));
            from > 0.0 && federal.agi >= from
        })
        .last()
        .unwrap_or(1);
    let filers = people(unit) - f64::from(unit.kids);
    rule.extra(&format!("co.sales_tax_refund.{row}")) * filers
}

/// What California's exemption credits lose (RTC 17054.1; Form 540 line 32 worksheet): each
/// credit, personal or dependent, falls by a sum for each step (or part) of federal AGI over the
/// start of the filing status (`credit.phase_out.start`), not below 0.
fn ca_exemption_credit_cut(rule: &StateIncomeTax, unit: &TaxUnit, federal: &FederalReturn) -> f64 {
    let over = (federal.agi - rule.credit_phase_out.start.get(unit.filing)).max(0.0);
    let cut =
        (over / extra!(rule, "ca.credit_cut.step")).ceil() * extra!(rule, "ca.credit_cut.per_step");
    let kids = f64::from(unit.kids);
    let adults = people(unit) - kids;
    adults * cut.min(rule.credit_personal.get(unit.filing) / adults)
        + kids * cut.min(rule.credit_dependent)
}

/// California's refundable earned income credit (RTC 17052; FTB 3514) by number of qualifying
/// children: a phase-in at the rate up to the end of the phase-in, a phase-out at the same rate
/// down to the floor, then a straight line to 0 at the income limit; on California earned income
/// (the state wages) and on the greater of it and federal AGI, the smaller, where federal AGI is
/// under the limit.
fn ca_earned_income_credit(
    rule: &StateIncomeTax,
    unit: &TaxUnit,
    federal: &FederalReturn,
    ret: &StateReturn,
) -> f64 {
    let n = usize::from(unit.kids.min(3));
    let rate = rule.extra(
        [
            "ca.eitc.rate.0",
            "ca.eitc.rate.1",
            "ca.eitc.rate.2",
            "ca.eitc.rate.3",
        ][n],
    );
    let end_in = rule.extra(
        [
            "ca.eitc.end_in.0",
            "ca.eitc.end_in.1",
            "ca.eitc.end_in.2",
            "ca.eitc.end_in.3",
        ][n],
    );
    let floor = rule.extra(if n == 0 {
        "ca.eitc.floor.0"
    } else {
        "ca.eitc.floor.1"
    });
    let limit = extra!(rule, "ca.eitc.income_limit");
    let top = rate * end_in;
    // Where the first phase-out reaches the floor.
    let second = end_in + (top - floor).max(0.0) / rate;
    let credit = |income: f64| {
        let first = rate * income.min(end_in) - rate * (income.min(second) - end_in).max(0.0);
        if income > second {
            first * (1.0 - ((income - second) / (limit - second)).min(1.0))
        } else {
            first
        }
    };
    let earned = ret.agi.max(0.0);
    if federal.agi >= limit || earned <= 0.0 {
        return 0.0;
    }
    credit(earned).min(credit(earned.max(federal.agi)))
}

/// New York's tax with the supplemental tax (Tax Law 601(d-1); IT-201 tax computation
/// worksheets): over the AGI floor, the benefit of the lower brackets is taken back, the rows
/// before the one holding taxable income in full and that row's share in proportion to the AGI
/// over the start of the bracket holding taxable income (at least the floor), over the phase-in
/// length; over the flat limit, all taxable income at the top rate.
fn ny_tax_with_recapture(rule: &StateIncomeTax, unit: &TaxUnit, agi: f64, deductions: f64) -> f64 {
    let schedule = rule.brackets.get(unit.filing);
    let taxable = (agi - deductions).max(0.0);
    if agi > extra!(rule, "ny.recapture.flat_over") {
        return taxable * schedule.last().map_or(0.0, |b| b.1);
    }
    let start = schedule
        .iter()
        .rev()
        .map(|b| b.0)
        .find(|s| *s <= taxable)
        .unwrap_or(0.0);
    let share = ((agi - start.max(extra!(rule, "ny.recapture.agi_from")))
        / extra!(rule, "ny.recapture.phase_in"))
    .bounded(0.0, 1.0);
    let filing = unit.filing.key();
    let (mut base, mut benefit) = (0.0, rule.extra(&format!("ny.recapture.{filing}.1")));
    for i in 2.. {
        let from = rule.extra(&format!("ny.recapture.{filing}.from.{i}"));
        if from <= 0.0 || from > taxable {
            break;
        }
        base += benefit;
        benefit = rule.extra(&format!("ny.recapture.{filing}.{i}"));
    }
    schedule_tax(schedule, taxable) + base + share * benefit
}

/// New York's household credit (Tax Law 606(b); IT-201 line 40): by federal AGI, for a single
/// filer from table 1; for others, table 2's base and its amount per household member after the
/// first.
fn ny_household_credit(rule: &StateIncomeTax, unit: &TaxUnit, agi: f64) -> f64 {
    if unit.filing == FilingStatus::Single {
        return by_income_upto(rule, agi, "ny.household.single");
    }
    by_income_upto(rule, agi, "ny.household.base")
        + by_income_upto(rule, agi, "ny.household.extra") * (people(unit) - 1.0)
}

/// New York's Empire State child credit (Tax Law 606(c-1); IT-213), beyond `ctc.per_child`: from
/// 2025 that amount less a sum for each full step of federal AGI over the start; in 2024 the
/// greater of a share of the federal child tax credit of the rules before 2018 (less a sum for
/// each step or part over the start; refundable on earned income over a floor or, with enough
/// children, on Social Security and Medicare taxes less the earned income credit) and a minimum
/// per child under the start.
fn ny_empire_state_child_credit(
    rule: &StateIncomeTax,
    law: &FederalTax,
    unit: &TaxUnit,
    federal: &FederalReturn,
) -> f64 {
    let kids = f64::from(unit.kids);
    let start = rule.extra_for("ny.escc.start", unit.filing);
    let steps = (federal.agi - start).max(0.0) / extra!(rule, "ny.escc.step");
    let share = extra!(rule, "ny.escc.federal_share");
    if share <= 0.0 {
        return -(rule.ctc_per_child * kids).min(steps.floor() * extra!(rule, "ny.escc.per_step"));
    }
    let full = (extra!(rule, "ny.escc.pre2018.per_child") * kids
        - steps.ceil() * extra!(rule, "ny.escc.pre2018.per_step"))
    .max(0.0);
    let used = full.min((federal.tax - federal.savers_credit).max(0.0));
    let by_earnings = extra!(rule, "ny.escc.pre2018.rate")
        * (federal.agi - extra!(rule, "ny.escc.pre2018.earned_floor")).max(0.0);
    let by_fica = if kids >= extra!(rule, "ny.escc.pre2018.fica_children") {
        (household_fica(law, unit) - federal.earned_income_credit).max(0.0)
    } else {
        0.0
    };
    let refundable = (full - used).min(by_earnings.max(by_fica));
    let minimum = if federal.agi < start {
        extra!(rule, "ny.escc.minimum") * kids
    } else {
        0.0
    };
    (share * (used + refundable)).max(minimum)
}

/// Oregon's subtraction of the federal income tax (ORS 316.680(1)(b), 316.685): the federal tax
/// after credits but before the earned income credit, at most the cap of the row of federal AGI
/// (row 1 from 0; `or.fed_sub.from.<filing>.<i>` where the others start).
fn or_federal_tax_subtraction(
    rule: &StateIncomeTax,
    unit: &TaxUnit,
    federal: &FederalReturn,
) -> f64 {
    let filing = unit.filing.key();
    let row = (2..)
        .take_while(|i| {
            let from = rule.extra(&format!("or.fed_sub.from.{filing}.{i}"));
            from > 0.0 && federal.agi >= from
        })
        .last()
        .unwrap_or(1);
    let cap = rule.extra(&format!("or.fed_sub.cap.{row}"));
    (federal.income_tax() + federal.earned_income_credit).bounded(0.0, cap)
}

/// Ohio's tax (R.C. 5747.02(A)(3)): none where taxable income is at most the start of the second
/// bracket; above it, the base amount of its bracket (`oh.base_tax.i`) plus the bracket's rate on
/// the income over the bracket's start.
fn oh_tax(rule: &StateIncomeTax, filing: FilingStatus, taxable: f64) -> f64 {
    let base = [
        0.0,
        extra!(rule, "oh.base_tax.2"),
        extra!(rule, "oh.base_tax.3"),
    ];
    rule.brackets
        .get(filing)
        .iter()
        .zip(base)
        .rev()
        .find(|((start, _), _)| taxable > *start)
        .map_or(0.0, |((start, rate), base)| base + rate * (taxable - start))
}

/// Ohio's exemption credit (R.C. 5747.022: an amount per exemption where modified AGI less
/// exemptions is at most the limit) and joint filing credit (R.C. 5747.05(E): where each spouse
/// has at least the minimum of wages, a share of the tax after the exemption credit by modified
/// AGI less exemptions, at most the maximum), before the earned income credit.
fn oh_exemption_and_joint_filing_credits(
    rule: &StateIncomeTax,
    unit: &TaxUnit,
    federal: &FederalReturn,
    ret: &mut StateReturn,
) {
    let income = federal.agi - ret.deductions;
    let exemption = people(unit) * by_income_upto(rule, income, "oh.exemption_credit");
    let min = extra!(rule, "oh.joint_credit.min_income_each");
    let earners = unit.jobs().filter(|pay| pay.wages_box1() >= min).count();
    let joint = if unit.filing == FilingStatus::Joint && earners == 2 {
        (by_income_upto(rule, income, "oh.joint_credit") * (ret.tax - exemption).max(0.0))
            .min(extra!(rule, "oh.joint_credit.max"))
    } else {
        0.0
    };
    ret.nonrefundable_credits = (ret.nonrefundable_credits + exemption + joint).min(ret.tax);
}

/// The row of a table by income (`{table}.upto.1`, `.2`, ...): the first whose limit the income
/// is at most, or the first without a limit (the one past the last limit).
fn row_upto(rule: &StateIncomeTax, income: f64, table: &str) -> usize {
    (1..)
        .find(|i| {
            let upto = rule.extra(&format!("{table}.upto.{i}"));
            upto <= 0.0 || income <= upto
        })
        .unwrap_or_default()
}

/// An amount from a table by income (`{table}.upto.1`, `.2`, ... and `{table}.amount.i`): that of
/// the first row whose limit the income is at most; a row without a limit takes any income, and
/// past the last limit there is none.
fn by_income_upto(rule: &StateIncomeTax, income: f64, table: &str) -> f64 {
    rule.extra(&format!("{table}.amount.{}", row_upto(rule, income, table)))
}

/// The keys of a poverty guideline: the first person, each further one, the most people counted.
type PovertyKeys = [&'static str; 3];
const WV_POVERTY: PovertyKeys = [
    "wv.family_credit.poverty.first",
    "wv.family_credit.poverty.additional",
    "wv.family_credit.max_family_size",
];
const KY_POVERTY: PovertyKeys = [
    "ky.family_credit.poverty.first",
    "ky.family_credit.poverty.additional",
    "ky.family_credit.max_family_size",
];

/// The poverty guideline of the return's family (its people, at most the most counted).
fn poverty_guideline(
    rule: &StateIncomeTax,
    unit: &TaxUnit,
    [first, additional, most]: PovertyKeys,
) -> f64 {
    let size = people(unit).min(rule.extra(most));
    rule.extra(first) + rule.extra(additional) * (size - 1.0)
}

/// Kentucky: spouses file separately on a combined return (Form 740 filing status 4) where each
/// deducts the standard deduction from his or her own income: beyond the one standard deduction
/// of a joint return, what the other spouse's own deduction covers of his or her income.
fn ky_second_standard_deduction(rule: &StateIncomeTax, unit: &TaxUnit) -> f64 {
    if unit.filing != FilingStatus::Joint || extra!(rule, "ky.joint_each_spouse_std") <= 0.0 {
        return 0.0;
    }
    let std = rule.std.get(FilingStatus::Joint);
    let covered: f64 = unit
        .jobs()
        .map(|pay| state_wages(rule, &pay).bounded(0.0, std))
        .sum();
    (covered - std).max(0.0)
}

/// The key of a parameter by filing status, from the keys of single, joint and head of household.
fn by_filing(filing: FilingStatus, [single, joint, hoh]: [&'static str; 3]) -> &'static str {
    match filing {
        FilingStatus::Single => single,
        FilingStatus::Joint => joint,
        FilingStatus::HeadOfHousehold => hoh,
    }
}

/// South Carolina's income adjusted deduction (H.4216 section 3, 12-6-1140) falls by its amount
/// times federal AGI over the start as a share of the width, the reduction rounded down to $10.
fn sc_sciad_reduction(rule: &StateIncomeTax, unit: &TaxUnit, federal: &FederalReturn) -> f64 {
    let step = extra!(rule, "sc.sciad.reduction_rounding");
    if step <= 0.0 {
        return 0.0;
    }
    let start = rule.extra_for("sc.sciad.phase_out.start", unit.filing);
    let width = rule.extra_for("sc.sciad.phase_out.width", unit.filing);
    let share = ((federal.agi - start) / width).bounded(0.0, 1.0);
    (rule.std.get(unit.filing) * share / step).floor() * step
}

/// South Carolina's credits: the earned income credit (`eitc.match`), at most `sc.eitc.max`
/// where set (12-6-3632), and on a joint return the two wage earner credit (12-6-3330): a rate of
/// the lower spouse's earned income taxable in the state (box 1 wages), up to the limit.
fn sc_credits(
    rule: &StateIncomeTax,
    unit: &TaxUnit,
    federal: &FederalReturn,
    ret: &mut StateReturn,
) {
    let eitc = rule.eitc_match * federal.earned_income_credit;
    let max = extra!(rule, "sc.eitc.max");
    let eitc = if max > 0.0 { eitc.min(max) } else { eitc };
    let two_earners = if unit.filing == FilingStatus::Joint {
        // Without the offer the spouse has no earnings.
        let lower = unit
            .jobs()
            .map(|pay| state_wages(rule, &pay).max(0.0))
            .chain([0.0])
            .take(2)
            .fold(f64::INFINITY, f64::min);
        extra!(rule, "sc.two_wage_earner.rate")
            * lower.min(extra!(rule, "sc.two_wage_earner.max_income"))
    } else {
        0.0
    };
    ret.nonrefundable_credits = (eitc + two_earners).min(ret.tax.max(0.0));
}

/// Oklahoma's credits: the child tax credit (68 O.S. 2357.403; Form 511 line 16: a share of the
/// federal child tax credit allowed, additional credit included, where federal AGI is at most the
/// limit; non-refundable), the earned income credit (2357.43: a share of the federal credit as
/// the 2020 table computes it, refundable) and the sales tax relief credit (68 O.S. 5011; Form
/// 538-S: an amount per person where gross household income is at most the limit, the higher one
/// with a dependent; refundable).
fn ok_credits(
    rule: &StateIncomeTax,
    unit: &TaxUnit,
    federal: &FederalReturn,
    ret: &mut StateReturn,
) {
    if federal.agi <= extra!(rule, "ok.child_credit.agi_limit") {
        let ctc = extra!(rule, "ok.child_credit.ctc_share")
            * (federal.child_tax_credit + federal.additional_child_tax_credit);
        ret.nonrefundable_credits = (ret.nonrefundable_credits + ctc).min(ret.tax.max(0.0));
    }
    let k = unit.kids.min(3);
    let column = |name: &str| rule.extra(&format!("ok.eitc.2020.{k}.{name}"));
    let table_2020 = EarnedIncomeCredit {
        phase_in_rate: column("phase_in_rate"),
        earned_income_amount: 0.0,
        max_credit: column("max_credit"),
        phase_out_rate: column("phase_out_rate"),
        phase_out_start: column("phase_out_start.single"),
        phase_out_start_joint: column("phase_out_start.joint"),
    };
    ret.refundable_credits += extra!(rule, "ok.eitc.match")
        * earned_income_credit_by(&table_2020, unit.filing, federal.agi, federal.agi);
    // Gross household income: wages before any deduction and, as PolicyEngine reads it, the
    // federal earned income credit (notes/OK.md).
    let gross =
        unit.jobs().map(|pay| pay.wages.max(0.0)).sum::<f64>() + federal.earned_income_credit;
    let limit = rule.extra(if unit.kids > 0 {
        "ok.sales_tax_credit.income_limit_with_dependents"
    } else {
        "ok.sales_tax_credit.income_limit"
    });
    if gross <= limit {
        ret.refundable_credits += extra!(rule, "ok.sales_tax_credit.per_person") * people(unit);
    }
}

/// Alabama's deductions beyond the personal exemption (Code of Ala. 40-18-15, 40-18-19): the
/// greater of the standard deduction chart (the maximum less a step amount for each whole $500
/// of AGI over the start, at least the minimum) and the employee Social Security and Medicare tax
/// of the household's wages (itemized, Schedule A), the federal income tax after credits (not
/// below 0), and the dependent exemptions by AGI.
fn al_deductions(
    rule: &StateIncomeTax,
    law: &FederalTax,
    unit: &TaxUnit,
    federal: &FederalReturn,
) -> f64 {
    let filing = unit.filing;
    let keys = |name| rule.extra_for(name, filing);
    let steps = ((federal.agi - extra!(rule, "al.std.phase_out.start")).max(0.0)
        / extra!(rule, "al.std.phase_out.step"))
    .floor();
    let chart =
        (keys("al.std.max") - steps * keys("al.std.step_reduction")).max(keys("al.std.min"));
    // The tax paid: each spouse's own; a single filer's second job shares the one wage base (the
    // excess withheld comes back as a federal credit).
    let fica = if extra!(rule, "al.itemized_fica") > 0.0 {
        let wages: f64 = unit.jobs().map(|pay| pay.wages_fica()).sum();
        let social_security = if filing == FilingStatus::Joint {
            unit.jobs()
                .map(|pay| social_security_tax(law, pay.wages_fica()))
                .sum()
        } else {
            social_security_tax(law, wages)
        };
        social_security + medicare_tax(law, wages) + additional_medicare_tax(law, filing, wages)
    } else {
        0.0
    };
    let federal_tax = if extra!(rule, "al.federal_tax_deduction") > 0.0 {
        federal.income_tax().max(0.0)
    } else {
        0.0
    };
    chart.max(fica)
        + federal_tax
        + f64::from(unit.kids) * by_income_upto(rule, federal.agi, "al.dependent_exemption")
}

/// Arkansas's tax on net taxable income `income` by its formula (A.C.A. 26-51-201): where the
/// year has a DFA Indexed Tax Brackets card (`ar.card.*` rows), the row's rate times all the
/// income less the row's reduction; otherwise (2026) the schedule up to the high-income threshold,
/// and above it the low rate on the first part and the rate on the rest, less a bracket
/// adjustment that falls by a step for each further row of income, not below 0.
fn ar_formula_tax(rule: &StateIncomeTax, filing: FilingStatus, income: f64) -> f64 {
    if extra!(rule, "ar.card.from.2") > 0.0 {
        let row = |field: &str, i: usize| rule.extra(&format!("ar.card.{field}.{i}"));
        let i = (2..)
            .take_while(|&i| row("from", i) > 0.0 && income >= row("from", i))
            .last()
            .unwrap_or(1);
        return row("rate", i) * income - row("reduction", i);
    }
    let threshold = extra!(rule, "ar.high.threshold");
    if income <= threshold {
        return schedule_tax(rule.brackets.get(filing), income);
    }
    let low = extra!(rule, "ar.high.low_upto");
    let step = extra!(rule, "ar.high.adjustment.step");
    let rows = ((income - threshold) / step).ceil() - 1.0;
    let adjustment = (extra!(rule, "ar.high.adjustment.first")
        - rows * extra!(rule, "ar.high.adjustment.step_amount"))
    .max(0.0);
    extra!(rule, "ar.high.low_rate") * low + extra!(rule, "ar.high.rate") * (income - low)
        - adjustment
}

/// Arkansas's Regular Income Tax Table: under the limit, the formula's tax at the midpoint of the
/// income's row (whole dollars, each row ending a dollar below the next; from the offset income
/// the rows start one dollar later), rounded to whole dollars; above it the formula. Not below 0.
fn ar_table_tax(rule: &StateIncomeTax, filing: FilingStatus, income: f64) -> f64 {
    let tax = if income < extra!(rule, "ar.table.limit") {
        let width = extra!(rule, "ar.table.width");
        let offset = if income >= extra!(rule, "ar.table.offset_from") {
            extra!(rule, "ar.table.offset")
        } else {
            0.0
        };
        let start = ((income - offset) / width).floor() * width + offset;
        let midpoint = start + (width - 1.0) / 2.0;
        (ar_formula_tax(rule, filing, midpoint) + 0.5).floor()
    } else {
        ar_formula_tax(rule, filing, income)
    };
    tax.max(0.0)
}

/// Arkansas's additional tax credit for qualified individuals (A.C.A. 26-51-501; worksheet): the
/// maximum (times `times` on a joint return) less a step amount (times `times`) for each step or
/// part of net taxable income over the start.
fn ar_additional_credit(rule: &StateIncomeTax, income: f64, times: f64) -> f64 {
    let steps = ((income - extra!(rule, "ar.additional_credit.start")).max(0.0)
        / extra!(rule, "ar.additional_credit.step"))
    .ceil();
    (times
        * (extra!(rule, "ar.additional_credit.max")
            - steps * extra!(rule, "ar.additional_credit.step_amount")))
    .max(0.0)
}

/// Arkansas: a married couple may file separately on the same return (filing status 4), each
/// spouse's wages less the single standard deduction on the table, where that leaves less tax
/// after the additional credit; then the personal credits and the additional credit, at most the
/// tax.
fn ar_separate_return_and_credits(rule: &StateIncomeTax, unit: &TaxUnit, ret: &mut StateReturn) {
    let joint = unit.filing == FilingStatus::Joint;
    let mut additional =
        ar_additional_credit(rule, ret.taxable_income, if joint { 2.0 } else { 1.0 });
    if joint && extra!(rule, "ar.separate_on_same_return") > 0.0 {
        let single = FilingStatus::Single;
        // Without the offer the spouse has no income.
        let incomes: Vec<f64> = unit
            .jobs()
            .map(|pay| state_wages(rule, &pay))
            .chain([0.0])
            .take(2)
            .map(|wages| wages - rule.std.get(single))
            .collect();
        let tax: f64 = incomes
            .iter()
            .map(|&i| ar_table_tax(rule, single, i.max(0.0)))
            .sum();
        let credit: f64 = incomes
            .iter()
            .map(|&i| ar_additional_credit(rule, i, 1.0))
            .sum();
        if tax - credit < ret.tax - additional {
            ret.tax = tax;
            additional = credit;
        }
    }
    let personal =
        rule.credit_personal.get(unit.filing) + rule.credit_dependent * f64::from(unit.kids);
    ret.nonrefundable_credits = (personal + additional).min(ret.tax);
    // The Low Income Tax Tables (A.C.A. 26-51-301), read on AGI: no tax up to the first row of
    // the table of the filing status and number of dependents (the rows above it are left out).
    let more = f64::from(unit.kids) >= extra!(rule, "ar.low_income.more_dependents");
    let key = match (unit.filing, more) {
        (FilingStatus::Single, _) => "ar.low_income.no_tax_agi.single",
        (FilingStatus::HeadOfHousehold, false) => "ar.low_income.no_tax_agi.hoh.0",
        (FilingStatus::HeadOfHousehold, true) => "ar.low_income.no_tax_agi.hoh.2",
        (FilingStatus::Joint, false) => "ar.low_income.no_tax_agi.joint.0",
        (FilingStatus::Joint, true) => "ar.low_income.no_tax_agi.joint.2",
    };
    if ret.agi <= rule.extra(key) {
        ret.nonrefundable_credits = ret.tax;
    }
}

/// The people a return counts: the filer, the spouse on a joint return, and each child.
fn people(unit: &TaxUnit) -> f64 {
    let adults = if unit.filing == FilingStatus::Joint {
        2.0
    } else {
        1.0
    };
    adults + f64::from(unit.kids)
}

/// An amount per person from a table by federal AGI (`{table}.agi_below.1`, `.2`, ...: the first
/// row whose limit the AGI is under; nothing over the last): a credit per exemption.
fn per_person_by_agi(
    rule: &StateIncomeTax,
    unit: &TaxUnit,
    agi: f64,
    table: &str,
    amount: impl Fn(usize) -> String,
) -> f64 {
    (1..)
        .map_while(|i| {
            let below = rule.extra(&format!("{table}.agi_below.{i}"));
            (below > 0.0).then(|| (below, rule.extra(&amount(i))))
        })
        .find(|(below, _)| agi < *below)
        .map_or(0.0, |(_, per)| per * people(unit))
}

/// Maryland's standard deduction and exemptions where they differ from the table's maximum
/// (`std`, `exemption.*`): the standard deduction is a share of Maryland AGI between a minimum
/// and the maximum (T-G 10-217; flat from 2025: minimum = maximum), and each exemption falls in
/// tiers of federal AGI over a limit (T-G 10-211(b)).
fn md_deductions(rule: &StateIncomeTax, unit: &TaxUnit, agi: f64, federal: &FederalReturn) -> f64 {
    let filing = unit.filing;
    let max = rule.std.get(filing);
    let min = rule.extra_for("md.std.min", filing);
    let standard = (extra!(rule, "md.std.rate") * agi).bounded(min.min(max), max);
    let over = federal.agi - rule.extra_for("md.exemption.agi_over", filing);
    let tier = (over / extra!(rule, "md.exemption.tier"))
        .ceil()
        .bounded(0.0, 3.0) as usize;
    let per_exemption = match tier {
        0 => rule.exemption_dependent,
        _ => rule.extra(
            [
                "md.exemption.amount.1",
                "md.exemption.amount.2",
                "md.exemption.amount.3",
            ][tier - 1],
        ),
    };
    let exemptions =
        rule.exemption_personal.get(filing) + rule.exemption_dependent * f64::from(unit.kids);
    let kept = if rule.exemption_dependent > 0.0 {
        per_exemption / rule.exemption_dependent
    } else {
        1.0
    };
    standard - max - exemptions * (1.0 - kept)
}

/// Maryland's earned income credit (T-G 10-704) and poverty level credit (T-G 10-709). Married
/// or with a child: 50% of the federal credit against the tax (`eitc.match`), and what 45% of it
/// exceeds the tax refunded; unmarried without a child: 100% of it, against the tax and the rest
/// refunded. The poverty level credit: where federal AGI and earned income are at most the
/// poverty guideline of the family, 5% of earned income, at most the tax left after the 50%
/// credit.
fn md_credits(
    rule: &StateIncomeTax,
    unit: &TaxUnit,
    federal: &FederalReturn,
    ret: &mut StateReturn,
) {
    let federal_eitc = federal.earned_income_credit;
    let tax = ret.tax.max(0.0);
    let childless_unmarried = unit.filing != FilingStatus::Joint && unit.kids == 0;
    let (against_tax, refund) = if childless_unmarried {
        let all = extra!(rule, "md.eitc.unmarried_childless_match");
        (all, all)
    } else {
        (rule.eitc_match, extra!(rule, "md.eitc.refundable_match"))
    };
    let eitc = (against_tax * federal_eitc).min(tax);
    ret.refundable_credits += (refund * federal_eitc - tax).max(0.0);
    let half_credit = if childless_unmarried { 0.0 } else { eitc };
    let guideline = extra!(rule, "md.poverty.first")
        + extra!(rule, "md.poverty.additional") * (people(unit) - 1.0);
    let earned: f64 = unit.jobs().map(|pay| pay.wages_box1().max(0.0)).sum();
    let poverty = if federal.agi <= guideline && earned <= guideline && half_credit < tax {
        (tax - half_credit).min(extra!(rule, "md.poverty.earned_rate") * earned)
    } else {
        0.0
    };
    ret.nonrefundable_credits = (eitc + poverty).min(tax);
}

/// The District's tax of spouses filing separately on the same return (D-40 Calculation J): each
/// spouse's income on the schedule, the joint deduction shared between them as they choose
/// (line F), so as to pay least. The least is at a bracket edge of one spouse or the other.
fn dc_tax_separately(schedule: &[(f64, f64)], a: f64, b: f64, deduction: f64) -> f64 {
    let tax = |to_a: f64| {
        schedule_tax(schedule, (a - to_a).max(0.0))
            + schedule_tax(schedule, (b - (deduction - to_a)).max(0.0))
    };
    schedule
        .iter()
        .flat_map(|&(start, _)| [a - start, deduction - (b - start)])
        .chain([0.0, deduction])
        .map(|to_a| tax(to_a.bounded(0.0, deduction)))
        .fold(f64::INFINITY, f64::min)
}

/// The District's credits beyond the table's: the earned income credit of a filer without a
/// qualifying child (D.C. Code 47-1806.04(f)(1)(C)), the federal phase-in less 8.48% of income
/// over the District's own phase-out amount, instead of the federal credit's match; and the
/// child tax credit (`ctc.per_child`) less 50 for each 1,000 (or part) of AGI over the
/// threshold (47-1806.17(b)(2)).
fn dc_credits(
    rule: &StateIncomeTax,
    law: &FederalTax,
    unit: &TaxUnit,
    federal: &FederalReturn,
    ret: &mut StateReturn,
) {
    if unit.kids == 0 {
        let childless = &law.eitc[0];
        let earned: f64 = unit.jobs().map(|pay| pay.wages_box1().max(0.0)).sum();
        let phased_in = (childless.phase_in_rate * earned).min(childless.max_credit);
        let over = earned.max(federal.agi) - extra!(rule, "dc.eitc.childless.phase_out.start");
        let credit = if earned > 0.0 {
            (phased_in - extra!(rule, "dc.eitc.childless.phase_out.rate") * over.max(0.0)).max(0.0)
        } else {
            0.0
        };
        ret.refundable_credits += credit - rule.eitc_match * federal.earned_income_credit;
    }
    let ctc = rule.ctc_per_child * f64::from(unit.kids);
    let start = rule.extra_for("dc.ctc.phase_out.start", unit.filing);
    let steps = ((federal.agi - start).max(0.0) / extra!(rule, "dc.ctc.phase_out.step")).ceil();
    ret.refundable_credits -= ctc.min(steps * extra!(rule, "dc.ctc.phase_out.per_step"));
}

/// Virginia's spouse tax adjustment (Form 760 worksheet; 58.1-320): on a joint return, the joint
/// tax less the tax of two returns (the smaller spouse's income less his exemption, or half the
/// taxable income, whichever taxes less, and the rest), at most the cap.
fn va_spouse_tax_adjustment(rule: &StateIncomeTax, unit: &TaxUnit, ret: &StateReturn) -> f64 {
    let Some(offer) = unit.offer.filter(|_| unit.filing == FilingStatus::Joint) else {
        return 0.0;
    };
    let schedule = rule.brackets.get(FilingStatus::Joint);
    let own = rule.exemption_personal.get(FilingStatus::Single);
    let smaller = (offer.wages_box1().min(unit.other) - own).max(0.0);
    let taxable = ret.taxable_income;
    let half = schedule_tax(schedule, taxable / 2.0);
    let split = schedule_tax(schedule, smaller).min(half)
        + schedule_tax(schedule, (taxable - smaller).max(0.0)).max(half);
    (ret.tax - split).bounded(0.0, extra!(rule, "va.spouse_tax_adjustment.max"))
}

/// Virginia's credits (58.1-339.8), the better for the filer of: the larger of a share of the
/// federal earned income credit and the low-income credit (an amount per exemption where
/// Virginia AGI is at most the poverty guideline), against the tax; or the refundable share
/// (`eitc.match`). Then the spouse tax adjustment, and the rebate of the year's tax left, up to
/// an amount by filing status (2024: Chapter 725 of 2025).
fn va_credits(
    rule: &StateIncomeTax,
    unit: &TaxUnit,
    federal: &FederalReturn,
    ret: &mut StateReturn,
) {
    let federal_eitc = federal.earned_income_credit;
    let refundable = rule.eitc_match * federal_eitc;
    let adjustment = va_spouse_tax_adjustment(rule, unit, ret);
    let guideline = extra!(rule, "va.poverty.first")
        + extra!(rule, "va.poverty.additional") * (people(unit) - 1.0);
    let low_income = if ret.agi <= guideline {
        extra!(rule, "va.low_income_credit.per_exemption") * people(unit)
    } else {
        0.0
    };
    let against_tax = (extra!(rule, "va.eitc.nonrefundable_match") * federal_eitc)
        .max(low_income)
        .min(ret.tax);
    let rebate_max = rule.extra_for("va.rebate", unit.filing);
    // (credits against the tax, refundable credits) of each choice, with the rebate.
    let settle = |credit: f64, refund: f64| {
        let left = (ret.tax - credit - adjustment).max(0.0);
        let rebate = rebate_max.min((left - refund).max(0.0));
        (ret.tax - left + rebate, refund)
    };
    let (nonref_a, ref_a) = settle(against_tax, 0.0);
    let (nonref_b, ref_b) = settle(0.0, refundable);
    let (nonref, refund) = if ret.tax - nonref_b - ref_b < ret.tax - nonref_a - ref_a {
        (nonref_b, ref_b)
    } else {
        (nonref_a, ref_a)
    };
    ret.nonrefundable_credits = nonref;
    ret.refundable_credits += refund - refundable;
}

/// A table by income whose rows are parameters `{table}.{filing}.over.{i}` (the bound) and
/// `{table}.{filing}.rate.{i}`, bounds rising: the rate of the last row whose bound is under
/// `income` (0 under the first).
fn row_below(rule: &StateIncomeTax, table: &str, filing: FilingStatus, income: f64) -> f64 {
    let rows = param_id_then(param_id(table), filing.key());
    let (over, rate) = (param_id_then(rows, "over"), param_id_then(rows, "rate"));
    let mut found = 0.0;
    for i in 1.. {
        let bound = param_id_row(over, i);
        if !rule.has_extra(bound) || rule.extra_by_id(bound) >= income {
            break;
        }
        found = rule.extra_by_id(param_id_row(rate, i));
    }
    found
}

/// Connecticut's personal exemption falls by 1,000 for each 1,000 or part of AGI over the start
/// (C.G.S. 12-702; Table A), where the table's linear phase-out takes only what is over.
fn ct_exemption_in_steps(rule: &StateIncomeTax, unit: &TaxUnit, agi: f64) -> f64 {
    let max = rule.exemption_personal.get(unit.filing);
    let linear = phased(max, &rule.exemption_phase_out, unit.filing, agi);
    let step = extra!(rule, "ct.exemption.step");
    let over = (agi - rule.exemption_phase_out.start.get(unit.filing)).max(0.0);
    let stepped = (max - step * (over / step).ceil()).max(0.0);
    stepped - linear
}

/// What Connecticut adds to the tax of its schedule (C.G.S. 12-700(a)(10); Tables C and D): the
/// phase-out of the 2% bracket and the three benefit recaptures, each `amount` for each
/// `step` (or part) of AGI over `start`, at most `max`, by filing status.
const CT_ADDITIONS: [[&str; 4]; 4] = [
    [
        "ct.add_back.start",
        "ct.add_back.step",
        "ct.add_back.amount",
        "ct.add_back.max",
    ],
    [
        "ct.recapture.low.start",
        "ct.recapture.low.step",
        "ct.recapture.low.amount",
        "ct.recapture.low.max",
    ],
    [
        "ct.recapture.middle.start",
        "ct.recapture.middle.step",
        "ct.recapture.middle.amount",
        "ct.recapture.middle.max",
    ],
    [
        "ct.recapture.high.start",
        "ct.recapture.high.step",
        "ct.recapture.high.amount",
        "ct.recapture.high.max",
    ],
];

fn ct_step_amount(rule: &StateIncomeTax, filing: FilingStatus, agi: f64, keys: &[&str; 4]) -> f64 {
    let [start, step, amount, max] = keys.map(|k| rule.extra_for(k, filing));
    if step <= 0.0 {
        return 0.0;
    }
    (amount * ((agi - start).max(0.0) / step).ceil()).min(max)
}

/// What an amount loses for the steps (or parts of one) of `income` over the start:
/// `{name}.step_rate` for each `{name}.step` over `{name}.start` (0 where the table has none).
fn steps_over(rule: &StateIncomeTax, income: f64, name: &str) -> f64 {
    let key = |part: &str| rule.extra(&[name, part].concat());
    let over = (income - key(".start")).max(0.0);
    key(".step_rate") * (over / key(".step")).ceil()
}

/// What Wisconsin's sliding scale takes off the standard deduction (71.05(22)): a share of
/// Wisconsin income (federal AGI for wages) over the start, by filing status; a head of household
/// keeps at least a single filer's deduction.
fn wi_standard_deduction_reduction(
    rule: &StateIncomeTax,
    unit: &TaxUnit,
    federal: &FederalReturn,
) -> f64 {
    let sliding = |filing: FilingStatus| {
        let over = (federal.agi - rule.extra_for("wi.std_phase_out.start", filing)).max(0.0);
        (rule.std.get(filing) - rule.extra_for("wi.std_phase_out.rate", filing) * over).max(0.0)
    };
    let single = sliding(FilingStatus::Single);
    let deduction = match unit.filing {
        FilingStatus::Single => single,
        FilingStatus::Joint => sliding(FilingStatus::Joint),
        FilingStatus::HeadOfHousehold => sliding(FilingStatus::HeadOfHousehold).max(single),
    };
    rule.std.get(unit.filing) - deduction
}

/// New Mexico's low- and middle-income exemption (7-2-5.8: per person, less a share of federal
/// AGI over the start, none over the limit) and deduction for certain dependents (7-2-39: for
/// each child but one).
fn nm_deductions(rule: &StateIncomeTax, unit: &TaxUnit, federal: &FederalReturn) -> f64 {
    let name = by_filing(
        unit.filing,
        [
            "nm.lmi_exemption.single",
            "nm.lmi_exemption.joint",
            "nm.lmi_exemption.hoh",
        ],
    );
    let key = |part: &str| rule.extra(&[name, part].concat());
    let each = (extra!(rule, "nm.lmi_exemption.max")
        - key(".rate") * (federal.agi - key(".start")).max(0.0))
    .max(0.0);
    let exemption = if federal.agi <= key(".agi_limit") {
        each * people(unit)
    } else {
        0.0
    };
    let dependents = rule.extra_for("nm.dependents_deduction", unit.filing);
    exemption + dependents * f64::from(unit.kids.saturating_sub(1))
}

/// New Mexico's refundable credits beyond the working families tax credit: the child income tax
/// credit (7-2-18.34; PIT-RC Table 4), per child by federal AGI (each bound included), and the
/// low-income comprehensive tax rebate (7-2-14; PIT-RC Table 1) by modified gross income (for a
/// household of wages, federal AGI) and exemptions (filer, spouse, each child; the last column
/// is six or more), also with no income (7-2-14(E)); none past the table's last row.
fn nm_refundable_credits(rule: &StateIncomeTax, unit: &TaxUnit, federal: &FederalReturn) -> f64 {
    let ctc = by_income_upto(rule, federal.agi, "nm.ctc") * f64::from(unit.kids);
    let row = row_upto(rule, federal.agi, "nm.rebate");
    let column = (people(unit) as usize).min(6);
    ctc + rule.extra(&format!("nm.rebate.amount.{column}.{row}"))
}

/// Maine's personal exemptions lose the share of them that Maine AGI (federal AGI for wages) is
/// over the start, of the width (36 M.R.S. 5126-A).
fn me_exemption_phase_out(rule: &StateIncomeTax, unit: &TaxUnit, federal: &FederalReturn) -> f64 {
    let start = rule.extra_for("me.exemption_phase_out.start", unit.filing);
    let share = (federal.agi - start).max(0.0) / extra!(rule, "me.exemption_phase_out.width");
    rule.exemption_personal.get(unit.filing) * share.min(1.0)
}

/// Maine's refundable credits beyond the earned income credit: the dependent exemption credit
/// (`ctc.per_child`) less its steps of Maine AGI over the start (36 M.R.S. 5219-SS), and the sales
/// tax fairness credit, a base with an addition for children, less its steps of income over the
/// start (36 M.R.S. 5213-A).
fn me_refundable_credits(
    rule: &StateIncomeTax,
    unit: &TaxUnit,
    federal: &FederalReturn,
    ret: &mut StateReturn,
) {
    let dependent = rule.ctc_per_child * f64::from(unit.kids);
    let names = [
        "me.dependent_credit.single",
        "me.dependent_credit.joint",
        "me.dependent_credit.hoh",
    ];
    ret.refundable_credits -=
        steps_over(rule, federal.agi, by_filing(unit.filing, names)).min(dependent);
    let sales = by_filing(
        unit.filing,
        [
            "me.sales_credit.single",
            "me.sales_credit.joint",
            "me.sales_credit.hoh",
        ],
    );
    let key = |part: &str| rule.extra(&[sales, part].concat());
    let first = key(".children_for_addition");
    let kids = f64::from(unit.kids);
    let addition = if first <= 0.0 || kids < first {
        0.0
    } else if kids < first + 1.0 {
        extra!(rule, "me.sales_credit.addition.1")
    } else {
        extra!(rule, "me.sales_credit.addition.2")
    };
    ret.refundable_credits +=
        (key(".base") + addition - steps_over(rule, federal.agi, sales)).max(0.0);
}
