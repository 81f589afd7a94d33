//! The federal engine against figures computed by hand from the IRS forms and the tables of
//! `data/federal-tax.csv`.

use super::*;
use crate::model::tax::state;
use crate::model::FilingStatus::{HeadOfHousehold, Joint, Single};

fn close(actual: f64, expected: f64) {
    assert!(
        (actual - expected).abs() < 1e-6,
        "{actual} is not {expected}"
    );
}

fn unit(filing: FilingStatus, kids: u8, wages: f64, other: f64) -> TaxUnit {
    TaxUnit {
        filing,
        kids,
        offer: Some(Pay::wages_only(wages)),
        other,
    }
}

fn law(year: u16) -> &'static FederalTax {
    federal_tax(year)
}

#[test]
fn every_year_of_the_table_reads() {
    // The build reads every parameter of every year, or stops.
    assert_eq!(crate::data::FEDERAL_TAX.map(|y| y.year), [2024, 2025, 2026]);
    assert_eq!(federal_tax(2025).year, 2025);
    let cited: Vec<_> = crate::data::federal_citations(2026, "standard_deduction").collect();
    assert_eq!(cited.first().map(|c| c.0), Some("Rev. Proc. 2025-32"));
    let social_security: Vec<_> = crate::data::federal_citations(2026, "social_security").collect();
    assert!(
        social_security.len() >= 2,
        "the rate's statute and the wage base's SSA notice"
    );
}

#[test]
fn single_2026_on_50000_owes_3820() {
    // 50,000 - 16,100 = 33,900; 10% of 12,400 + 12% of 21,500 = 1,240 + 2,580.
    let r = federal_return(law(2026), &unit(Single, 0, 50_000.0, 0.0));
    close(r.taxable_income, 33_900.0);
    close(r.tax, 3_820.0);
    close(r.earned_income_credit, 0.0);
    close(r.income_tax(), 3_820.0);
}

#[test]
fn single_2025_on_80000_owes_9049() {
    // 80,000 - 15,750 = 64,250; 1,192.50 + 12% of 36,550 + 22% of 15,775.
    let r = federal_return(law(2025), &unit(Single, 0, 80_000.0, 0.0));
    close(r.taxable_income, 64_250.0);
    close(r.tax, 9_049.0);
}

#[test]
fn standard_deductions_follow_the_july_2025_law() {
    let r = federal_return(law(2025), &unit(Joint, 0, 31_500.0, 0.0));
    close(r.taxable_income, 0.0);
    let r = federal_return(law(2024), &unit(HeadOfHousehold, 0, 31_900.0, 0.0));
    close(r.taxable_income, 10_000.0); // 31,900 - 21,900
}

#[test]
fn social_security_stops_at_the_wage_base_and_additional_medicare_starts_over_the_threshold() {
    let l = law(2026);
    let f = offer_fica(l, Single, 260_000.0, 0.0);
    close(f.social_security, 11_439.0); // 6.2% of 184,500
    close(f.medicare, 3_770.0); // 1.45% of 260,000
    close(f.additional_medicare, 540.0); // 0.9% of 60,000
    close(
        offer_fica(l, Joint, 260_000.0, 0.0).additional_medicare,
        90.0,
    );
    // The part the offer adds to a spouse's 100,000: 0.9% of 360,000 - 250,000.
    close(
        offer_fica(l, Joint, 260_000.0, 100_000.0).additional_medicare,
        990.0,
    );
    // Already over the threshold with other wages: every dollar of the offer pays it.
    close(
        offer_fica(l, Single, 10_000.0, 250_000.0).additional_medicare,
        90.0,
    );
    close(
        offer_fica(law(2024), Single, 200_000.0, 0.0).social_security,
        10_453.2,
    );
    close(
        offer_fica(law(2025), Single, 200_000.0, 0.0).social_security,
        10_918.2,
    );
}

#[test]
fn the_child_tax_credit_is_refundable_up_to_15_percent_of_earnings_over_2500() {
    // Head of household, 2 children, 2026, 20,000: no tax, so the credit is all refundable:
    // min(4,400 unused, 2 x 1,700, 15% of 17,500) = 2,625. The EIC is at its plateau: 7,316.
    let r = federal_return(law(2026), &unit(HeadOfHousehold, 2, 20_000.0, 0.0));
    close(r.tax, 0.0);
    close(r.child_tax_credit, 0.0);
    close(r.additional_child_tax_credit, 2_625.0);
    close(r.earned_income_credit, 7_316.0);
    close(r.income_tax(), -9_941.0);
    // 30,000, 1 child: tax 10% of 5,850 = 585 takes 585 of 2,200; 1,615 is refunded.
    let r = federal_return(law(2026), &unit(HeadOfHousehold, 1, 30_000.0, 0.0));
    close(r.tax, 585.0);
    close(r.child_tax_credit, 585.0);
    close(r.additional_child_tax_credit, 1_615.0);
    // At most 1,700 a child: 2024, 2 children, 40,000 joint: tax 10% of 10,800 = 1,080.
    let r = federal_return(law(2024), &unit(Joint, 2, 40_000.0, 0.0));
    close(r.child_tax_credit, 1_080.0);
    close(r.additional_child_tax_credit, 2_920.0); // 4,000 - 1,080 < 3,400
}

#[test]
fn with_three_children_payroll_taxes_less_the_eic_can_set_the_refundable_part() {
    let l = law(2026);
    close(
        additional_child_tax_credit(l, 3, 5_000.0, 3_000.0, 2_000.0, 0.0),
        2_000.0,
    );
    close(
        additional_child_tax_credit(l, 2, 5_000.0, 3_000.0, 2_000.0, 0.0),
        75.0,
    );
    close(
        additional_child_tax_credit(l, 3, 5_000.0, 3_000.0, 2_000.0, 1_900.0),
        100.0,
    );
}

#[test]
fn the_earned_income_credit_at_its_plateau_and_in_its_phase_out() {
    let l = law(2026);
    // One child: 34% of 15,000 is over the 4,427 maximum; no phase-out below 23,890.
    close(
        earned_income_credit(l, Single, 1, 15_000.0, 15_000.0),
        4_427.0,
    );
    // 30,000: 4,427 - 15.98% of 6,110 = 3,450.622.
    close(
        earned_income_credit(l, Single, 1, 30_000.0, 30_000.0),
        3_450.622,
    );
    // Two children: 7,316 - 21.06% of 6,110 = 6,029.234.
    close(
        earned_income_credit(l, HeadOfHousehold, 2, 30_000.0, 30_000.0),
        6_029.234,
    );
    // Joint returns start the phase-out at 31,160: the plateau holds at 30,000.
    close(
        earned_income_credit(l, Joint, 2, 30_000.0, 30_000.0),
        7_316.0,
    );
    // Phasing in: 40% of 10,000.
    close(
        earned_income_credit(l, Single, 2, 10_000.0, 10_000.0),
        4_000.0,
    );
    // No children: 7.65% of 5,000; gone by 19,540.
    close(earned_income_credit(l, Single, 0, 5_000.0, 5_000.0), 382.5);
    close(earned_income_credit(l, Single, 0, 19_600.0, 19_600.0), 0.0);
    // Four children count as three.
    close(
        earned_income_credit(l, Single, 4, 20_000.0, 20_000.0),
        earned_income_credit(l, Single, 3, 20_000.0, 20_000.0),
    );
    close(
        earned_income_credit(l, Single, 3, 20_000.0, 20_000.0),
        8_231.0,
    );
}

#[test]
fn each_savers_credit_rate_and_its_limits() {
    let l = law(2026);
    // 50% up to 24,250 of AGI, 20% to 26,250, 10% to 40,250, nothing over.
    close(savers_credit(l, Single, 24_250.0, 1_500.0, 10_000.0), 750.0);
    close(
        savers_credit(l, Single, 24_250.01, 1_500.0, 10_000.0),
        300.0,
    );
    close(savers_credit(l, Single, 26_250.0, 1_500.0, 10_000.0), 300.0);
    close(savers_credit(l, Single, 40_000.0, 1_500.0, 10_000.0), 150.0);
    close(savers_credit(l, Single, 40_250.01, 1_500.0, 10_000.0), 0.0);
    // At most 2,000 of contributions, at most the tax.
    close(
        savers_credit(l, Joint, 48_000.0, 5_000.0, 10_000.0),
        1_000.0,
    );
    close(savers_credit(l, Joint, 48_000.0, 5_000.0, 640.0), 640.0);
    close(
        savers_credit(law(2024), HeadOfHousehold, 34_500.0, 2_000.0, 5_000.0),
        1_000.0,
    );
    // On a return: AGI 24,000 (25,500 less a 1,500 deferral), tax 10% of 7,900.
    let r = federal_return(
        l,
        &TaxUnit {
            filing: Single,
            kids: 0,
            offer: Some(Pay {
                wages: 25_500.0,
                deferral: 1_500.0,
                ..Pay::default()
            }),
            other: 0.0,
        },
    );
    close(r.agi, 24_000.0);
    close(r.tax, 790.0);
    close(r.savers_credit, 750.0);
}

#[test]
fn the_overtime_deduction_is_capped_and_phased_out_by_whole_thousands() {
    let l = law(2025);
    close(overtime_deduction(l, Single, 15_000.0, 100_000.0), 12_500.0);
    close(overtime_deduction(l, Single, 8_000.0, 150_000.0), 8_000.0);
    // 10,500 over: 10 whole thousands, 1,000 less.
    close(overtime_deduction(l, Single, 15_000.0, 160_500.0), 11_500.0);
    close(overtime_deduction(l, Single, 15_000.0, 275_000.0), 0.0);
    close(overtime_deduction(l, Joint, 30_000.0, 310_999.0), 24_000.0);
    close(
        overtime_deduction(law(2026), HeadOfHousehold, 4_000.0, 50_000.0),
        4_000.0,
    );
    // Not before 2025.
    close(
        overtime_deduction(law(2024), Single, 15_000.0, 50_000.0),
        0.0,
    );
    // On a return it lowers taxable income, not AGI.
    let r = federal_return(
        l,
        &TaxUnit {
            filing: Single,
            kids: 0,
            offer: Some(Pay {
                wages: 60_000.0,
                ot_qualified: 3_000.0,
                ..Pay::default()
            }),
            other: 0.0,
        },
    );
    close(r.agi, 60_000.0);
    close(r.taxable_income, 60_000.0 - 15_750.0 - 3_000.0);
}

#[test]
fn the_child_tax_credit_falls_50_for_each_thousand_or_part_over_the_start() {
    let l = law(2026);
    close(child_tax_credit(l, Single, 2, 200_000.0), 4_400.0);
    close(child_tax_credit(l, Single, 2, 200_000.01), 4_350.0);
    close(child_tax_credit(l, Single, 2, 210_500.0), 3_850.0); // 11 steps
    close(child_tax_credit(l, Joint, 2, 410_000.0), 3_900.0); // 10 steps
    close(child_tax_credit(l, Single, 1, 300_000.0), 0.0);
    close(child_tax_credit(law(2024), Single, 1, 100_000.0), 2_000.0);
}

#[test]
fn the_offer_pays_what_it_adds_to_the_households_return() {
    let l = law(2026);
    let household = Household {
        filing: Joint,
        kids: 0,
        other: 60_000.0,
        ..Household::default()
    };
    let taxes = offer_taxes(l, &household, Pay::wages_only(40_000.0));
    // With: 100,000 - 32,200 = 67,800 taxed 2,480 + 12% of 43,000 = 7,640.
    // Without: 60,000 - 32,200 = 27,800 taxed 2,480 + 12% of 3,000 = 2,840.
    close(taxes.federal.income_tax(), 7_640.0);
    close(taxes.federal_without.income_tax(), 2_840.0);
    close(taxes.fed_tax(), 4_800.0);
    // Alone, the same 40,000 would add only 10% of 7,800.
    let alone = offer_taxes(
        l,
        &Household {
            other: 0.0,
            ..household
        },
        Pay::wages_only(40_000.0),
    );
    close(alone.fed_tax(), 780.0);
}

#[test]
fn deferrals_pay_fica_and_premiums_do_not() {
    let pay = Pay {
        wages: 50_000.0,
        deferral: 3_000.0,
        premium: 1_200.0,
        ..Pay::default()
    };
    close(pay.wages_box1(), 45_800.0);
    close(pay.wages_fica(), 48_800.0);
    let f = offer_fica(law(2026), Single, pay.wages_fica(), 0.0);
    close(f.total(), 48_800.0 * 0.0765);
}

#[test]
fn value_steps_sit_at_the_savers_limits_and_the_credit_phase_out() {
    let l = law(2026);
    let household = Household {
        kids: 1,
        ..Household::default()
    };
    let pay = Pay {
        wages: 30_000.0,
        deferral: 1_000.0,
        ot_qualified: 200.0,
        ..Pay::default()
    };
    let steps = value_steps(l, &household, &pay);
    let at = |agi: f64| {
        steps
            .iter()
            .find(|s| (s.agi - agi).abs() < 0.01)
            .map(|s| s.drop)
    };
    assert_eq!(at(24_250.0), Some(300.0)); // 50% to 20% of 1,000
    assert_eq!(at(26_250.0), Some(100.0));
    assert_eq!(at(40_250.0), Some(100.0));
    assert_eq!(at(200_000.0), Some(50.0));
    assert_eq!(at(243_000.0), Some(50.0)); // the 44th and last $50 of 2,200
    assert_eq!(at(244_000.0), None);
    assert_eq!(at(151_000.0), Some(100.0)); // the first whole $1,000 of the overtime phase-out
    assert_eq!(at(153_000.0), None); // 200 of deduction is gone after two steps
}

// ---- state payroll contributions ----

fn payroll(state: crate::data::UsState, year: u16, pay: Pay) -> f64 {
    state::payroll_contributions(state, year, pay)
        .map(|(_, amount)| amount)
        .sum()
}

#[test]
fn state_payroll_contributions_at_the_years_rates_and_limits() {
    use crate::data::UsState::{CA, NJ, NY, TX, WA};
    let pay = |wages: f64| Pay::wages_only(wages);
    // California SDI: 1.1%, 1.2%, 1.3% of all wages (no wage base since 2024).
    close(payroll(CA, 2024, pay(60_000.0)), 660.0);
    close(payroll(CA, 2025, pay(60_000.0)), 720.0);
    close(payroll(CA, 2026, pay(300_000.0)), 3_900.0);
    // New York: disability 0.5% up to $31.20 a year; paid family leave 0.388% up to $354.53.
    close(payroll(NY, 2025, pay(50_000.0)), 31.2 + 194.0);
    close(payroll(NY, 2025, pay(200_000.0)), 31.2 + 354.53);
    // New Jersey 2025: disability 0.23% and family leave 0.33% up to 165,400, unemployment and
    // workforce funds 0.425% up to 43,300; on all cash pay, Section 125 premiums included.
    let nj = Pay {
        wages: 50_000.0,
        premium: 1_200.0,
        ..Pay::default()
    };
    close(
        payroll(NJ, 2025, nj),
        0.0056 * 50_000.0 + 0.00425 * 43_300.0,
    );
    // Washington 2026: paid leave 1.13% x 71.43% up to the Social Security base; WA Cares 0.58%.
    close(
        payroll(WA, 2026, pay(200_000.0)),
        0.00807159 * 184_500.0 + 0.0058 * 200_000.0,
    );
    close(payroll(TX, 2026, pay(200_000.0)), 0.0);
}

// ---- state income tax ----

/// The state income tax of a single filer with `wages` (and `deferral`) and nothing else.
fn state_tax_single(code: &str, year: u16, wages: f64, deferral: f64) -> f64 {
    let st = crate::data::UsState::from_code(code).expect("a state");
    let rule = crate::data::any_state_income_tax(st, year).expect("a table");
    let unit = TaxUnit {
        filing: Single,
        kids: 0,
        offer: Some(Pay {
            wages,
            deferral,
            ..Pay::default()
        }),
        other: 0.0,
    };
    let federal = federal_return(law(year), &unit);
    state::state_return(rule, law(year), &unit, &federal).income_tax()
}

#[test]
fn state_income_tax_of_a_single_filer_on_50000_by_hand() {
    // Each from the state's rate schedule, deductions and exemptions of the year.
    let cases: &[(&str, [f64; 3])] = &[
        // Oregon: 50,000 less the standard deduction (2,745 / 2,835 / 2,895, 2026 an estimate)
        // and the federal income tax (4,016 / 3,871.50 / 3,820, under the 8,250 / 8,500 / 8,750
        // cap): 43,239 / 43,293.5 / 43,285 at 4.75% to 4,300 / 4,400 / 4,550, 6.75% to 10,750 /
        // 11,100 / 11,400, 8.75% above; less the exemption credit 249 / 256 / 262.
        (
            "OR",
            [
                204.25 + 435.375 + 0.0875 * 32_489.0 - 249.0,
                209.0 + 452.25 + 0.0875 * 32_193.5 - 256.0,
                216.125 + 462.375 + 0.0875 * 31_885.0 - 262.0,
            ],
        ),
        // New York: 50,000 - 8,000 = 42,000: 4% of 8,500 + 4.5% of 3,200 + 5.25% of 2,200 +
        // 5.5% of 28,100 (2026: 3.9%, 4.4%, 5.15%, 5.4%); no household credit over 28,000.
        (
            "NY",
            [
                340.0 + 144.0 + 115.5 + 1_545.5,
                340.0 + 144.0 + 115.5 + 1_545.5,
                331.5 + 140.8 + 113.3 + 1_517.4,
            ],
        ),
        // California: 50,000 less the standard deduction 5,540 / 5,706 / 5,836 (2026 estimate)
        // on Schedule X, less the personal exemption credit 149 / 153 / 156. 2024: 44,460 =
        // 1% of 10,756 + 2% of 14,743 + 4% of 14,746 + 6% of 4,215; 2025: 44,294 = 1% of 11,079
        // + 2% of 15,185 + 4% of 15,188 + 6% of 2,842; 2026: 44,164 = 1% of 11,330 + 2% of
        // 15,530 + 4% of 15,533 + 6% of 1,771.
        (
            "CA",
            [
                107.56 + 294.86 + 589.84 + 252.9 - 149.0,
                110.79 + 303.7 + 607.52 + 170.52 - 153.0,
                113.3 + 310.6 + 621.32 + 106.26 - 156.0,
            ],
        ),
        // Colorado: federal taxable income 50,000 - 14,600 / 15,750 / 16,100 at 4.25%, 4.40%,
        // 4.40% = 1,504.50 / 1,507.00 / 1,491.60, less the state sales tax refund of an AGI up to
        // 53,000 (2024: 177) or 52,000 (2025: 19); none for 2026.
        ("CO", [1_504.5 - 177.0, 1_507.0 - 19.0, 1_491.6]),
        // Arizona: 2.5% of 50,000 less the federal standard deduction (14,600 / 15,750 / 16,100).
        ("AZ", [885.0, 856.25, 847.5]),
        // Connecticut: no exemption left (AGI over 45,000): 2% of 10,000 + 4.5% of 40,000 = 2,000,
        // less the 10% personal tax credit of AGI over 33,300 to 60,000.
        ("CT", [1_800.0; 3]),
        // District of Columbia: 50,000 less the standard deduction (the federal 14,600 in 2024,
        // then the District's 15,000, not yet indexed in 2026): 4% of 10,000 + 6% of the rest.
        ("DC", [400.0 + 0.06 * 25_400.0, 1_900.0, 1_900.0]),
        // Delaware: 50,000 - 3,250 = 46,750: 2.2% of 3,000, 3.9% of 5,000, 4.8% of 10,000, 5.2% of
        // 5,000 and 5.55% of 21,750, less the 110 personal credit (not indexed).
        ("DE", [66.0 + 195.0 + 480.0 + 260.0 + 1_207.125 - 110.0; 3]),
        // Georgia: 50,000 - 12,000 (2026: 15,000) at 5.39%, 5.19%, 4.99%.
        ("GA", [2_048.2, 1_972.2, 1_746.5]),
        // Iowa: federal taxable income; 2024 4.4% to 6,210, 4.82% to 31,050, 5.7% above; 3.8%
        // from 2025; less the $40 personal credit.
        ("IA", [1_718.478 - 40.0, 1_301.5 - 40.0, 1_288.2 - 40.0]),
        // Idaho: 50,000 less the federal standard deduction (14,600 / 15,750 / 16,100) and the
        // zero bracket (4,673 / 4,811 / 2026 estimate 4,940) at 5.695% / 5.3% / 5.3%, plus the 10
        // permanent building fund tax, less the grocery credit (120 / 155 / 155).
        (
            "ID",
            [
                0.05695 * 30_727.0 + 10.0 - 120.0,
                0.053 * 29_439.0 + 10.0 - 155.0,
                0.053 * 28_960.0 + 10.0 - 155.0,
            ],
        ),
        // Illinois: 4.95% of 50,000 less one exemption of 2,775, 2,850, 2,925.
        ("IL", [2_337.637_5, 2_333.925, 2_330.212_5]),
        // Hawaii: 50,000 - 4,400 (2026: 8,000) - 1,144 = 44,456 (2026: 40,856). 2024: 1.4% of
        // 2,400 + 3.2% and 5.5% of 2,400 and 4,800 + 6.4%, 6.8%, 7.2% of 4,800 each + 7.6% of
        // 12,000 + 7.9% of 8,456 = 33.6 + 76.8 + 264 + 307.2 + 326.4 + 345.6 + 912 + 668.024;
        // 2025: 1.4% of 9,600 + 3.2%, 5.5%, 6.4% of 4,800 each + 6.8% of 12,000 + 7.2% of 8,456
        // = 134.4 + 153.6 + 264 + 307.2 + 816 + 608.832; 2026 the same to 36,000 + 7.2% of
        // 4,856 = 349.632. No food/excise credit for a single filer with AGI of 50,000.
        ("HI", [2_933.624, 2_284.032, 1_675.2 + 349.632]),
        // Indiana: 49,000 after the $1,000 exemption at 3.05%, 3.0%, 2.95%.
        ("IN", [1_494.5, 1_470.0, 1_445.5]),
        // Kansas: 50,000 - 3,605 - 9,160 = 37,235: 5.2% of 23,000 + 5.58% of 14,235.
        ("KS", [1_990.313; 3]),
        // Louisiana: 2024 1.85% of 12,500 + 3.5% of 37,500 less the 83.25 exemption credit;
        // then 3% flat over a 12,500 (2026: 12,838) standard deduction.
        ("LA", [1_460.5, 1_125.0, 1_114.86]),
        // Massachusetts: 50,000 less 2,000 of Social Security and Medicare tax withheld (the most)
        // and the 4,400 exemption, at 5%.
        ("MA", [2_180.0; 3]),
        // Maryland: 50,000 less the standard deduction (2024: 15% of it, at most 2,700; then
        // 3,350 and 3,400) and one exemption of 3,200: 20 + 30 + 40 on the first 3,000, 4.75% to
        // 100,000: 44,100 / 43,450 / 43,400 taxable.
        (
            "MD",
            [
                90.0 + 0.0475 * 41_100.0,
                90.0 + 0.0475 * 40_450.0,
                90.0 + 0.0475 * 40_400.0,
            ],
        ),
        // Michigan: 4.25% of 50,000 less one exemption of 5,600, 5,800, 5,900.
        ("MI", [1_887.0, 1_878.5, 1_874.25]),
        // Mississippi: 50,000 - 2,300 - 6,000 = 41,700; nothing on the first 10,000; 4.7%, 4.4%,
        // 4.0% of 31,700.
        ("MS", [1_489.9, 1_394.8, 1_268.0]),
        // Missouri: 50,000 less the federal standard deduction and 15% of the federal income tax
        // (4,016; 3,871.5; 3,820): 34,797.6 / 33,669.275 / 33,327 on the chart, 19.5% of one
        // step (1,273 / 1,313 / 1,348) then 4.8% / 4.7% / 4.7% over 8,911 / 9,191 / 9,436.
        (
            "MO",
            [
                248.235 + 0.048 * 25_886.6,
                256.035 + 0.047 * 24_478.275,
                262.86 + 0.047 * 23_891.0,
            ],
        ),
        // Montana: federal taxable income; 4.7% to 20,500 / 21,100 then 5.9%; 2026 4.7% to 47,500.
        ("MT", [1_842.6, 1_767.55, 1_593.3]),
        // Nebraska: 50,000 less 8,350 / 8,600 / 8,850 on four brackets, less the personal credit.
        (
            "NE",
            [1_728.199 - 166.0, 1_674.832 - 171.0, 1_571.456 - 176.0],
        ),
        // New Jersey: 50,000 less the 1,000 exemption: 1.4% of 20,000 + 1.75% of 15,000 + 3.5%
        // of 5,000 + 5.525% of 9,000.
        ("NJ", [1_214.75; 3]),
        // Pennsylvania: 3.07% of compensation, 401(k) deferrals included (tested below).
        // North Carolina: 50,000 - 12,750 = 37,250 at 4.5%, 4.25%, 3.99%.
        ("NC", [1_676.25, 1_583.125, 1_486.275]),
        // North Dakota: federal taxable income 50,000 - 14,600 / 15,750 / 16,100 is under the
        // 0% bracket (47,150 / 48,475 / 49,575).
        ("ND", [0.0; 3]),
        ("PA", [1_535.0; 3]),
        // Utah: 4.55%, 4.5%, 4.45% of 50,000, less the taxpayer credit: 6% of the federal
        // standard deduction (876, 945, 966) less 1.3% of 50,000 over 17,652 / 18,213 / 18,626.
        (
            "UT",
            [
                2_275.0 - (876.0 - 0.013 * 32_348.0),
                2_250.0 - (945.0 - 0.013 * 31_787.0),
                2_225.0 - (966.0 - 0.013 * 31_374.0),
            ],
        ),
        // Virginia: 50,000 - 8,500 (2025 on: 8,750) - 930 = 40,570 / 40,320: 2% of 3,000, 3% of
        // 2,000, 5% of 12,000 (720) and 5.75% above 17,000; the 2024 tax is rebated up to 200.
        (
            "VA",
            [
                720.0 + 0.0575 * 23_570.0 - 200.0,
                720.0 + 0.0575 * 23_320.0,
                720.0 + 0.0575 * 23_320.0,
            ],
        ),
        // Maine: 50,000 less the standard deduction and one exemption (14,600 + 5,000; 15,000 +
        // 5,150; 15,700 + 5,300): 30,400 / 29,850 / 29,000 at 5.8% to 26,050 / 26,800 / 27,400,
        // then 6.75%; the sales tax fairness credit is gone (income far over the start).
        (
            "ME",
            [1_510.9 + 293.625, 1_554.4 + 205.875, 1_589.2 + 108.0],
        ),
        // Rhode Island: 50,000 less the standard deduction and one exemption (10,550 + 4,950;
        // 10,900 + 5,100; 11,200 + 5,250) at 3.75%: 34,500, 34,000, 33,550.
        ("RI", [1_293.75, 1_275.0, 1_258.125]),
        // Vermont: 50,000 less the standard deduction and one exemption (7,400 + 5,100; 7,650 +
        // 5,300; 2026 by 32 V.S.A. 5822(b)(2): 7,850 + 5,400) at 3.35%: 37,500, 37,050, 36,750.
        ("VT", [1_256.25, 1_241.175, 1_231.125]),
        // Wisconsin: the sliding standard deduction 13,230 / 13,560 / 13,960 less 12% of 50,000
        // over 19,070 / 19,550 / 20,120 (9,518.4 / 9,906 / 10,374.4) and the 700 exemption:
        // 39,781.6 / 39,394 / 38,925.6 taxable at 3.5%, 4.4% (and 5.3% in 2024 over 28,640).
        (
            "WI",
            [
                501.2 + 630.08 + 0.053 * 11_141.6,
                513.8 + 0.044 * 24_714.0,
                528.85 + 0.044 * 23_815.6,
            ],
        ),
        // West Virginia: 50,000 - 2,000 = 48,000 on 10,000 / 15,000 / 15,000 / 8,000 at 2.36%,
        // 3.15%, 3.54%, 4.72% (2025: 2.22%, 2.96%, 3.33%, 4.44%; 2026: 2.11%, 2.81%, 3.16%, 4.22%).
        (
            "WV",
            [
                236.0 + 472.5 + 531.0 + 377.6,
                222.0 + 444.0 + 499.5 + 355.2,
                211.0 + 421.5 + 474.0 + 337.6,
            ],
        ),
    ];
    for (code, by_year) in cases {
        for (year, expected) in [2024, 2025, 2026].into_iter().zip(by_year) {
            let actual = state_tax_single(code, year, 50_000.0, 0.0);
            assert!(
                (actual - expected).abs() < 1e-6,
                "{code} {year}: {actual} is not {expected}"
            );
        }
    }
}

#[test]
fn utah_exempts_income_up_to_the_federal_standard_deduction() {
    // 15,750 is the 2025 federal standard deduction: no tax at all (59-10-104.1), where the
    // schedule would give 4.5% of it before the taxpayer credit.
    let rule = crate::data::any_state_income_tax(crate::data::UsState::UT, 2025).expect("a table");
    let tax_line = |wages: f64| {
        let unit = unit(Single, 0, wages, 0.0);
        let federal = federal_return(law(2025), &unit);
        state::state_return(rule, law(2025), &unit, &federal).tax
    };
    close(tax_line(15_750.0), 0.0);
    close(tax_line(15_751.0), 0.045 * 15_751.0);
}

#[test]
fn arizona_phases_out_the_dependent_credit_and_refunds_excise_taxes() {
    let rule = crate::data::any_state_income_tax(crate::data::UsState::AZ, 2025).expect("a table");
    let income_tax = |kids, wages| {
        let unit = unit(Single, kids, wages, 0.0);
        let federal = federal_return(law(2025), &unit);
        state::state_return(rule, law(2025), &unit, &federal).income_tax()
    };
    // 210,500 is 10,500 over 200,000: 11 steps of 1,000 or part, 55% of the 100 credit lost.
    close(
        income_tax(1, 210_500.0),
        0.025 * (210_500.0 - 15_750.0) - 45.0,
    );
    // 12,000 (at most 12,500): no tax, and 25 for the filer and each child refunded.
    close(income_tax(0, 12_000.0), -25.0);
    close(income_tax(2, 12_000.0), -75.0);
    close(income_tax(0, 12_501.0), 0.0);
}

#[test]
fn delaware_elects_separate_columns_and_the_refundable_eitc() {
    let rule = crate::data::any_state_income_tax(crate::data::UsState::DE, 2025).expect("a table");
    let income_tax = |unit: TaxUnit| {
        let federal = federal_return(law(2025), &unit);
        let r = state::state_return(rule, law(2025), &unit, &federal);
        (r.income_tax(), federal.earned_income_credit)
    };
    // 60,000 and 40,000: jointly 93,500 taxable gives 2,943.5 + 6.6% of 33,500 - 220 =
    // 4,934.5; in separate columns 56,750 and 36,750 give 2,763.125 and 1,653.125, less 110
    // each: 4,196.25, the lower.
    close(income_tax(unit(Joint, 0, 60_000.0, 40_000.0)).0, 4_196.25);
    // Head of household, two children, 18,000: 14,750 taxable, 489 less 330 of personal
    // credits; 4.5% of the federal credit refunded beats 20% of it against 159 of tax.
    let (tax, eitc) = income_tax(unit(HeadOfHousehold, 2, 18_000.0, 0.0));
    assert!(eitc > 0.0);
    close(tax, 159.0 - 0.045 * eitc);
}

#[test]
fn missouri_taxes_each_spouse_on_the_chart() {
    // 2025, joint, 60,000 and 40,000: federal tax 2,385 + 12% of 44,650 = 7,743, 5% of it
    // deducted (Missouri AGI 100,000): 100,000 - 31,500 - 387.15 = 68,112.85, shared 60/40 and
    // each share taxed on the chart (256.035 to 9,191, then 4.7%).
    let rule = crate::data::any_state_income_tax(crate::data::UsState::MO, 2025).expect("a table");
    let unit = unit(Joint, 0, 60_000.0, 40_000.0);
    let federal = federal_return(law(2025), &unit);
    let r = state::state_return(rule, law(2025), &unit, &federal);
    close(r.taxable_income, 68_112.85);
    close(r.tax, 2.0 * 256.035 + 0.047 * (68_112.85 - 2.0 * 9_191.0));
}

#[test]
fn north_carolina_deducts_per_child_by_federal_agi() {
    // 2025, single with one child, 45,000 of wages: 1,500 (federal AGI over 40,000 and at most
    // 50,000): 45,000 - 12,750 - 1,500 = 30,750 at 4.25%.
    let rule = crate::data::any_state_income_tax(crate::data::UsState::NC, 2025).expect("a table");
    let taxable = |filing, kids, wages| {
        let unit = unit(filing, kids, wages, 0.0);
        let federal = federal_return(law(2025), &unit);
        state::state_return(rule, law(2025), &unit, &federal).taxable_income
    };
    close(taxable(Single, 1, 45_000.0), 30_750.0);
    // Joint with two children at 140,000 (the last step, bound included): 500 each; above, none.
    close(taxable(Joint, 2, 140_000.0), 140_000.0 - 25_500.0 - 1_000.0);
    close(taxable(Joint, 2, 140_001.0), 140_001.0 - 25_500.0);
}

#[test]
fn north_dakota_credits_a_marriage_penalty() {
    // 2025, joint, 100,000 and 60,000 of wages: taxable income 160,000 - 31,500 = 128,500, joint
    // tax 1.95% of 47,525 over 80,975 = 926.74; as two single returns, 60,000 - 15,750 = 44,250
    // (no tax) and 84,250 (1.95% of 35,775 over 48,475 = 697.61): the credit is the difference,
    // 229.13 (at most 312).
    let rule = crate::data::any_state_income_tax(crate::data::UsState::ND, 2025).expect("a table");
    let unit = unit(Joint, 0, 100_000.0, 60_000.0);
    let federal = federal_return(law(2025), &unit);
    let r = state::state_return(rule, law(2025), &unit, &federal);
    close(r.tax, 0.0195 * 47_525.0);
    close(
        r.nonrefundable_credits,
        0.0195 * 47_525.0 - 0.0195 * 35_775.0,
    );
    // With 45,000 for the lower earner (under 47,550) there is none.
    let unit = TaxUnit {
        other: 45_000.0,
        ..unit
    };
    let federal = federal_return(law(2025), &unit);
    close(
        state::state_return(rule, law(2025), &unit, &federal).nonrefundable_credits,
        0.0,
    );
    // The household without the offer, one earner of 160,000: no second income, no credit (the
    // same joint tax as above).
    let one_earner = TaxUnit {
        offer: None,
        other: 160_000.0,
        ..unit
    };
    let federal = federal_return(law(2025), &one_earner);
    let r = state::state_return(rule, law(2025), &one_earner, &federal);
    close(r.tax, 0.0195 * 47_525.0);
    close(r.nonrefundable_credits, 0.0);
}

#[test]
fn west_virginia_family_tax_credit_follows_the_poverty_guideline() {
    // 2025, single: 16,000 is 350 over the 15,650 guideline, two steps of 300: 80% of the tax
    // (2.22% of 10,000 + 2.96% of 4,000 = 340.40) is credited.
    close(state_tax_single("WV", 2025, 16_000.0, 0.0), 0.2 * 340.4);
    // At most the guideline: no tax.
    close(state_tax_single("WV", 2025, 15_650.0, 0.0), 0.0);
    // 2,700 or more over it: no credit (18,350 - 2,000 = 16,350 taxable).
    close(
        state_tax_single("WV", 2025, 18_350.0, 0.0),
        222.0 + 0.0296 * 6_350.0,
    );
}

/// The state and federal returns of `unit` in `year`.
fn state_and_federal(
    place: crate::data::UsState,
    year: u16,
    unit: TaxUnit,
) -> (state::StateReturn, FederalReturn) {
    let table = crate::data::any_state_income_tax(place, year).expect("a table");
    let federal = federal_return(law(year), &unit);
    (
        state::state_return(table, law(year), &unit, &federal),
        federal,
    )
}

#[test]
fn maryland_deductions_exemptions_and_credits_by_hand() {
    let md = |year, unit| state_and_federal(crate::data::UsState::MD, year, unit);
    // 2024, joint, one child, 140,000 and 20,000: federal AGI 160,000 is in the first tier over
    // 150,000, so each of 3 exemptions is 1,600; the two-income subtraction is 1,200 (the lower
    // earner has more): Maryland AGI 158,800; 15% of it is over the 5,450 maximum: taxable
    // 158,800 - 5,450 - 4,800 = 148,550: 20 + 30 + 40 + 4.75% of 145,550.
    let (r, _) = md(2024, unit(Joint, 1, 140_000.0, 20_000.0));
    close(r.agi, 158_800.0);
    close(r.taxable_income, 148_550.0);
    close(r.income_tax(), 90.0 + 0.0475 * 145_550.0);
    // 2024, single, 10,000: 15% is 1,500, under the 1,800 minimum: taxable 10,000 - 1,800 -
    // 3,200 = 5,000, tax 90 + 4.75% of 2,000 = 185. Unmarried without a child: 100% of the
    // federal credit (the 632 maximum at 10,000), 185 against the tax, 447 refunded.
    let (r, federal) = md(2024, unit(Single, 0, 10_000.0, 0.0));
    close(federal.earned_income_credit, 632.0);
    close(r.tax, 185.0);
    close(r.income_tax(), -447.0);
    // 2025, head of household, two children, 18,000: taxable 18,000 - 6,700 - 3 x 3,200 =
    // 1,700, tax 20 + 21 = 41. Federal credit 7,152 (40% of 17,880): 50% of it takes the 41 of
    // tax, and 45% of it less the tax (3,218.40 - 41) is refunded.
    let (r, federal) = md(2025, unit(HeadOfHousehold, 2, 18_000.0, 0.0));
    close(federal.earned_income_credit, 7_152.0);
    close(r.income_tax(), -3_177.4);
    // 2025, joint, no child, 20,000 (one earner: no two-income subtraction): taxable 20,000 -
    // 6,700 - 6,400 = 6,900, tax 90 + 4.75% of 3,900 = 275.25. Federal credit 649 - 7.65% of
    // (20,000 - 17,730) = 475.345, 50% against the tax (237.6725); 45% of it is under the tax,
    // so nothing refunded. Income 20,000 is under the poverty guideline of two (21,150): the
    // poverty level credit takes the rest of the tax (37.5775, under 5% of 20,000).
    let (r, federal) = md(2025, unit(Joint, 0, 20_000.0, 0.0));
    close(federal.earned_income_credit, 475.345);
    close(r.tax, 275.25);
    close(r.nonrefundable_credits, 275.25);
    close(r.income_tax(), 0.0);
    // 2026, joint, 160,000 and 20,000: federal AGI 180,000 is in the second tier (800 an
    // exemption); the indexed standard deduction is 6,850: taxable 180,000 - 1,200 - 6,850 -
    // 1,600 = 170,350: 90 + 4.75% of 147,000 + 5% of 20,350.
    let (r, _) = md(2026, unit(Joint, 0, 160_000.0, 20_000.0));
    close(r.taxable_income, 170_350.0);
    close(r.income_tax(), 90.0 + 0.0475 * 147_000.0 + 0.05 * 20_350.0);
}

#[test]
fn district_of_columbia_separate_returns_and_credits_by_hand() {
    let dc = |year, unit| state_and_federal(crate::data::UsState::DC, year, unit);
    // 2024, joint, 100,000 and 20,000: jointly 120,000 - 29,200 = 90,800 gives 400 + 1,800 +
    // 1,300 + 8.5% of 30,800 = 6,118; separately on the same return the whole deduction goes to
    // the larger income (70,800: 3,500 + 8.5% of 10,800) and 20,000 pays 400 + 600: 5,418.
    let (r, _) = dc(2024, unit(Joint, 0, 100_000.0, 20_000.0));
    close(r.income_tax(), 3_500.0 + 918.0 + 1_000.0);
    // 2025, single, 25,000: tax 4% of 10,000; the District's credit without a qualifying child
    // is the federal phase-in (649 at most) less 8.48% of 25,000 over 23,288, where the federal
    // credit is gone.
    let (r, federal) = dc(2025, unit(Single, 0, 25_000.0, 0.0));
    close(federal.earned_income_credit, 0.0);
    close(r.income_tax(), 400.0 - (649.0 - 0.0848 * 1_712.0));
    // 2026, head of household, three children, 78,000: 78,000 - 22,500 = 55,500 taxable, 400 +
    // 1,800 + 6.5% of 15,500; the child tax credit 3 x 1,000 less 50 for each 1,000 over 55,000
    // (23 steps): 1,850.
    let (r, _) = dc(2026, unit(HeadOfHousehold, 3, 78_000.0, 0.0));
    close(r.income_tax(), 3_207.5 - 1_850.0);
}

#[test]
fn virginia_spouse_adjustment_credits_and_rebate_by_hand() {
    let va = |year, unit| state_and_federal(crate::data::UsState::VA, year, unit);
    let tax = |taxable: f64| 720.0 + 0.0575 * (taxable - 17_000.0);
    // 2024, joint, 60,000 and 40,000: 100,000 - 17,000 - 1,860 = 81,140 taxable. Spouse tax
    // adjustment: the smaller 40,000 - 930 = 39,070 (taxed less than half, 40,570) and the rest
    // 42,070: the joint tax less those two taxes is 257.50 (under 259); the rebate takes 400.
    let (r, _) = va(2024, unit(Joint, 0, 60_000.0, 40_000.0));
    close(r.tax, tax(81_140.0));
    close(r.income_tax(), tax(39_070.0) + tax(42_070.0) - 400.0);
    close(tax(81_140.0) - tax(39_070.0) - tax(42_070.0), 257.5);
    // 2025, head of household, two children, 18,000: 18,000 - 8,750 - 3 x 930 = 6,460 taxable,
    // 60 + 60 + 5% of 1,460 = 193. Against the tax, 20% of the federal 7,152 (1,430.40) only
    // clears the 193; refunded, the same 20% leaves 1,237.40 back: the filer takes that.
    let (r, federal) = va(2025, unit(HeadOfHousehold, 2, 18_000.0, 0.0));
    close(federal.earned_income_credit, 7_152.0);
    close(r.income_tax(), 193.0 - 1_430.4);
    // 2025, single, 14,000 (at most the 15,650 guideline): 4,320 taxable, 60 + 3% of 1,320 =
    // 99.60; the low-income credit, 300 for one exemption, beats 20% of the federal 390.43
    // (649 - 7.65% of 3,380) either way: no tax.
    let (r, federal) = va(2025, unit(Single, 0, 14_000.0, 0.0));
    close(federal.earned_income_credit, 649.0 - 0.0765 * 3_380.0);
    close(r.tax, 99.6);
    close(r.income_tax(), 0.0);
    // 2026, joint, 160,000 and 20,000: 180,000 - 17,500 - 1,860 = 160,640 taxable; the smaller
    // income less its exemption, 19,070, and the rest, 141,570: again 257.50 less; no rebate.
    let (r, _) = va(2026, unit(Joint, 0, 160_000.0, 20_000.0));
    close(r.income_tax(), tax(19_070.0) + tax(141_570.0));
}

#[test]
fn connecticut_exemption_steps_recapture_and_credits_by_hand() {
    let ct = |year, unit| state_and_federal(crate::data::UsState::CT, year, unit);
    // 2024, single, 31,500: 1,500 over 30,000 is two steps of 1,000 or part, so the exemption is
    // 13,000: 18,500 taxable, 200 + 4.5% of 8,500 = 582.50, less the 14% personal tax credit
    // (AGI over 31,300 to 31,800).
    let (r, _) = ct(2024, unit(Single, 0, 31_500.0, 0.0));
    close(r.taxable_income, 18_500.0);
    close(r.income_tax(), 582.5 * 0.86);
    // 2025, head of household, two children, 18,000: the 19,000 exemption leaves no tax; 40% of
    // the federal 7,152 and, with a qualifying child, 250 more, refunded.
    let (r, _) = ct(2025, unit(HeadOfHousehold, 2, 18_000.0, 0.0));
    close(r.income_tax(), -(0.4 * 7_152.0 + 250.0));
    // 2026, joint, 250,000: 400 + 3,600 + 5,500 + 6% of 50,000 = 12,500 on the schedule; the 2%
    // bracket phase-out (50 a 5,000 over 100,500) is at its 500 maximum, the low recapture is 4
    // steps of 10,000 over 210,000 (200); no personal tax credit over 100,500.
    let (r, _) = ct(2026, unit(Joint, 0, 250_000.0, 0.0));
    close(r.income_tax(), 12_500.0 + 500.0 + 200.0);
}

/// The 2025 state and federal returns of a household whose only income is one job's wages.
fn state_and_federal_2025(
    place: crate::data::UsState,
    filing: FilingStatus,
    kids: u8,
    wages: f64,
) -> (state::StateReturn, FederalReturn) {
    state_and_federal(place, 2025, unit(filing, kids, wages, 0.0))
}

#[test]
fn colorado_phases_out_its_family_credit_and_adds_back_a_high_earners_deduction() {
    let ret =
        |filing, kids, wages| state_and_federal_2025(crate::data::UsState::CO, filing, kids, wages);
    // Head of household, one child, AGI 40,000: 25,000 over the 15,000 start is 5 steps of
    // 5,000, so 1 - 5 x 6.875% of 75% of 3,273 is kept; with 50% of the federal EITC and the
    // 19 sales tax refund.
    let (r, federal) = ret(HeadOfHousehold, 1, 40_000.0);
    close(
        r.refundable_credits,
        2_454.75 * (1.0 - 5.0 * 0.06875) + 0.5 * federal.earned_income_credit + 19.0,
    );
    // Single, 400,000: the federal standard deduction above 12,000 is added back, and the
    // sales tax refund is 59.
    let (r, _) = ret(Single, 0, 400_000.0);
    close(
        r.taxable_income,
        400_000.0 - 15_750.0 + (15_750.0 - 12_000.0),
    );
    close(r.refundable_credits, 59.0);
}

#[test]
fn pennsylvania_taxes_deferrals_and_forgives_low_incomes() {
    // A 2,000 deferral stays in PA compensation: 3.07% of 50,000.
    close(state_tax_single("PA", 2025, 50_000.0, 2_000.0), 1_535.0);
    // 7,000 is 500 over the 6,500 base: two steps of 250, so 80% of 214.90 is forgiven.
    close(state_tax_single("PA", 2024, 7_000.0, 0.0), 214.9 * 0.2);
    close(state_tax_single("PA", 2024, 6_000.0, 0.0), 0.0);
    // From 2025 the Working Pennsylvanians Tax Credit refunds 10% of the federal earned income
    // credit: 10% of 7.65% of 7,000.
    close(
        state_tax_single("PA", 2025, 7_000.0, 0.0),
        214.9 * 0.2 - 0.1 * 0.0765 * 7_000.0,
    );
}

#[test]
fn illinois_exemptions_end_above_the_income_limit() {
    // 250,000 of federal AGI keeps the exemption; a dollar more loses it.
    close(
        state_tax_single("IL", 2025, 250_000.0, 0.0),
        0.0495 * (250_000.0 - 2_850.0),
    );
    close(
        state_tax_single("IL", 2025, 250_001.0, 0.0),
        0.0495 * 250_001.0,
    );
}

#[test]
fn hawaii_refunds_its_food_excise_credit_per_exemption() {
    let refundable = |filing, kids, wages| {
        let (ret, federal) = state_and_federal_2025(crate::data::UsState::HI, filing, kids, wages);
        ret.refundable_credits - 0.4 * federal.earned_income_credit
    };
    // Federal AGI 30,000 to 39,999: 110 an exemption; 40,000 to 49,999: 90 on joint and head of
    // household returns, none on a single one.
    close(refundable(Single, 0, 35_000.0), 110.0);
    close(refundable(Single, 0, 45_000.0), 0.0);
    close(refundable(Joint, 2, 45_000.0), 4.0 * 90.0);
    close(refundable(HeadOfHousehold, 1, 55_000.0), 2.0 * 70.0);
    close(refundable(HeadOfHousehold, 1, 60_000.0), 0.0);
}

#[test]
fn michigan_subtracts_the_federal_overtime_deduction_from_2026() {
    let tax = |year| {
        let rule =
            crate::data::any_state_income_tax(crate::data::UsState::MI, year).expect("a table");
        let unit = TaxUnit {
            filing: Single,
            kids: 0,
            offer: Some(Pay {
                wages: 50_000.0,
                ot_qualified: 5_000.0,
                ..Pay::default()
            }),
            other: 0.0,
        };
        let federal = federal_return(law(year), &unit);
        state::state_return(rule, law(year), &unit, &federal).income_tax()
    };
    // 2025: no subtraction; 2026: the 5,000 deducted on the federal return.
    close(tax(2025), 0.0425 * (50_000.0 - 5_800.0));
    close(tax(2026), 0.0425 * (50_000.0 - 5_900.0 - 5_000.0));
}

#[test]
fn new_jersey_deducts_premiums_over_2_percent_and_spares_incomes_under_the_threshold() {
    let nj = |wages: f64, premium: f64| {
        let rule =
            crate::data::any_state_income_tax(crate::data::UsState::NJ, 2025).expect("a table");
        let unit = TaxUnit {
            filing: Single,
            kids: 0,
            offer: Some(Pay {
                wages,
                premium,
                ..Pay::default()
            }),
            other: 0.0,
        };
        let federal = federal_return(law(2025), &unit);
        let ret = state::state_return(rule, law(2025), &unit, &federal);
        (ret.income_tax(), 0.4 * federal.earned_income_credit)
    };
    // A 2,000 premium stays in NJ wages (50,000); 2,000 - 2% of 50,000 = 1,000 is deducted:
    // 48,000 after the exemption: 280 + 262.5 + 175 + 5.525% of 8,000.
    close(nj(50_000.0, 2_000.0).0, 1_159.5);
    // 10,000 of gross income (single): no tax, the earned income credit still paid.
    let (tax, eitc) = nj(10_000.0, 0.0);
    close(tax, -eitc);
    // A dollar more: 1.4% of 9,001.
    let (tax, eitc) = nj(10_001.0, 0.0);
    close(tax, 0.014 * 9_001.0 - eitc);
}

#[test]
fn massachusetts_fica_deduction_per_earner_and_limited_income_credit() {
    let ma = |filing, wages: f64, other: f64| {
        let rule =
            crate::data::any_state_income_tax(crate::data::UsState::MA, 2025).expect("a table");
        let unit = TaxUnit {
            filing,
            kids: 0,
            offer: Some(Pay::wages_only(wages)),
            other,
        };
        let federal = federal_return(law(2025), &unit);
        let ret = state::state_return(rule, law(2025), &unit, &federal);
        (ret.income_tax(), 0.4 * federal.earned_income_credit)
    };
    // Two earners on a joint return deduct up to 2,000 each: 60,000 - 4,000 - 8,800 at 5%.
    close(ma(Joint, 30_000.0, 30_000.0).0, 2_360.0);
    // A single filer's second job shares the one 2,000.
    close(
        ma(Single, 30_000.0, 30_000.0).0,
        0.05 * (60_000.0 - 2_000.0 - 4_400.0),
    );
    // 8,000 (single): no tax status.
    let (tax, eitc) = ma(Single, 8_000.0, 0.0);
    close(tax, -eitc);
    // 10,000: 5% of 10,000 - 765 - 4,400 = 241.75, limited to 10% of the 2,000 over 8,000.
    let (tax, eitc) = ma(Single, 10_000.0, 0.0);
    close(tax, 200.0 - eitc);
}

#[test]
fn vermont_minimum_tax_and_earned_income_credit_without_children() {
    let vt = |year, unit| {
        let (r, federal) = state_and_federal(crate::data::UsState::VT, year, unit);
        (r.income_tax(), federal.earned_income_credit)
    };
    // 2025, joint, three children, 150,000: 150,000 - 15,300 - 5 x 5,300 = 108,200 taxable:
    // 3.35% of 82,500 + 6.6% of 25,700 = 4,459.95. A dollar more of federal AGI (over 150,000):
    // the minimum tax, 3% of 150,001 = 4,500.03, exceeds the schedule's 4,460.016
    // (32 V.S.A. 5822(a)(6)).
    close(vt(2025, unit(Joint, 3, 150_000.0, 0.0)).0, 4_459.95);
    close(vt(2025, unit(Joint, 3, 150_001.0, 0.0)).0, 4_500.03);
    // 2026: 150,001 - 15,700 - 5 x 5,400 = 107,301: 3.35% of 84,700 + 6.6% of 22,601 =
    // 4,329.116, under the minimum tax.
    close(vt(2026, unit(Joint, 3, 150_001.0, 0.0)).0, 4_500.03);
    // Single, no children, 10,000: no taxable income (10,000 - 7,400 - 5,100); the earned
    // income credit is 38% of the federal one in 2024, all of it from 2025 (S.51 of 2025).
    for (year, share) in [(2024, 0.38), (2025, 1.0), (2026, 1.0)] {
        let (tax, eitc) = vt(year, unit(Single, 0, 10_000.0, 0.0));
        assert!(eitc > 0.0);
        close(tax, -share * eitc);
    }
    // With a child, 38% in every year.
    let (tax, eitc) = vt(2025, unit(HeadOfHousehold, 1, 10_000.0, 0.0));
    assert!(eitc > 0.0);
    close(tax, -0.38 * eitc);
}

#[test]
fn rhode_island_phases_out_deduction_and_exemptions_in_steps() {
    let ri = |year, unit| state_and_federal(crate::data::UsState::RI, year, unit).0;
    // 2024, single, 250,000: 3,550 over 246,450 is one step of 7,050 (or part): 20% of the
    // 10,550 + 4,950 lost, 12,400 left: 237,600 taxable: 3.75% of 77,450 + 4.75% of 98,600 +
    // 5.99% of 61,550.
    let r = ri(2024, unit(Single, 0, 250_000.0, 0.0));
    close(r.taxable_income, 237_600.0);
    close(r.income_tax(), 2_904.375 + 4_683.5 + 3_686.845);
    // 2025, single, 268,751: 14,501 over 254,250 is three steps of 7,250 (the third a part):
    // 60% lost, 40% of 16,000 = 6,400 left: 3.75% of 79,900 + 4.75% of 101,750 + 5.99% of
    // 80,701.
    let r = ri(2025, unit(Single, 0, 268_751.0, 0.0));
    close(r.income_tax(), 2_996.25 + 4_833.125 + 4_833.989_9);
    // 2026, joint, two children: at 261,000 nothing lost (22,400 + 4 x 5,250 = 43,400); 39,000
    // over it is six steps of 7,450: all lost, 300,000 taxable: 3.75% of 82,050 + 4.75% of
    // 104,400 + 5.99% of 113,550.
    close(
        ri(2026, unit(Joint, 2, 261_000.0, 0.0)).deductions,
        43_400.0,
    );
    let r = ri(2026, unit(Joint, 2, 300_000.0, 0.0));
    close(r.taxable_income, 300_000.0);
    close(r.income_tax(), 3_076.875 + 4_959.0 + 6_801.645);
}

#[test]
fn maine_refundable_credits_and_exemption_phase_out() {
    let me = |year, unit| {
        let (r, federal) = state_and_federal(crate::data::UsState::ME, year, unit);
        (r, federal.earned_income_credit)
    };
    // 2025, head of household, two children, 40,000: 40,000 - 22,500 - 5,150 = 12,350 at 5.8%
    // = 716.30; the dependent exemption credit 2 x 305 (refundable); the sales tax fairness
    // credit 215 + 35 (two children) less 15 for each 750 (or part) over 38,200: 3 steps, 205;
    // 25% of the federal earned income credit.
    let (r, eitc) = me(2025, unit(HeadOfHousehold, 2, 40_000.0, 0.0));
    assert!(eitc > 0.0);
    close(r.income_tax(), 716.3 - 610.0 - 205.0 - 0.25 * eitc);
    // 2024, joint, three children, 405,000: no standard deduction (over 194,300 + 150,000); the
    // exemptions lose 16,350 / 125,000 of 10,000: 8,692 left, 396,308 taxable: 5.8% of 52,100 +
    // 6.75% of 71,150 + 7.15% of 273,058; the dependent credit 900 less 7.50 for each 1,000 (or
    // part) over 400,000: 5 steps, 862.50.
    let (r, _) = me(2024, unit(Joint, 3, 405_000.0, 0.0));
    close(r.taxable_income, 396_308.0);
    close(r.income_tax(), 3_021.8 + 4_802.625 + 19_523.647 - 862.5);
    // 2025, joint, one child, 150,600: the 305 credit less 20 for each 500 (or part) over
    // 150,000: 2 steps, 265.
    close(
        me(2025, unit(Joint, 1, 150_600.0, 0.0))
            .0
            .refundable_credits,
        265.0,
    );
    // 2026, single, no children, 12,000: no taxable income; the sales tax fairness credit 155
    // (under the 26,000 start) and 50% of the federal earned income credit without a child.
    let (r, eitc) = me(2026, unit(Single, 0, 12_000.0, 0.0));
    assert!(eitc > 0.0);
    close(r.income_tax(), -155.0 - 0.5 * eitc);
}

#[test]
fn idaho_building_fund_tax_grocery_credit_and_overtime() {
    let id = |year, unit| {
        state_and_federal(crate::data::UsState::ID, year, unit)
            .0
            .income_tax()
    };
    // 2024, joint, two children, 20,000: under the federal standard deduction (29,200), no
    // return to file and so no building fund tax; the grocery credit 4 x 120.
    close(id(2024, unit(Joint, 2, 20_000.0, 0.0)), -480.0);
    // 2025, head of household, one child, 30,000: 6,375 taxable is inside the zero bracket
    // (9,622), the child credit has no tax to take; 10 of building fund tax less 2 x 155.
    close(id(2025, unit(HeadOfHousehold, 1, 30_000.0, 0.0)), -300.0);
    // 2025, single, 50,000 with 5,000 of qualified overtime: the federal deduction of it is
    // subtracted too: 50,000 - 15,750 - 5,000 - 4,811 = 24,439 at 5.3%, + 10 - 155.
    let overtime = TaxUnit {
        filing: Single,
        kids: 0,
        offer: Some(Pay {
            wages: 50_000.0,
            ot_qualified: 5_000.0,
            ..Pay::default()
        }),
        other: 0.0,
    };
    close(id(2025, overtime), 0.053 * 24_439.0 + 10.0 - 155.0);
    // 2026, joint, one child, 60,000: 60,000 - 32,200 - 9,880 = 17,920 at 5.3% = 949.76; no
    // child tax credit after 2025; + 10 - 3 x 155.
    close(
        id(2026, unit(Joint, 1, 60_000.0, 0.0)),
        949.76 + 10.0 - 465.0,
    );
}

#[test]
fn california_cuts_exemption_credits_of_high_incomes_and_refunds_caleitc() {
    let ca = |year, filing, kids, wages| {
        state_and_federal(
            crate::data::UsState::CA,
            year,
            unit(filing, kids, wages, 0.0),
        )
        .0
    };
    // 2024, head of household, two children, 18,000 (FTB 3514): 34% (40% x 85%) up to 9,537 =
    // 3,242.58, then down at 34% until the credit is 616, at 9,537 + 2,626.58 / 0.34; then a
    // straight line to 0 at 31,951. The tax, 1% of 18,000 - 11,080 = 69.20, is all credited.
    let second = 9_537.0 + (0.34 * 9_537.0 - 616.0) / 0.34;
    let r = ca(2024, HeadOfHousehold, 2, 18_000.0);
    close(r.tax, 69.2);
    close(r.nonrefundable_credits, 69.2);
    close(
        r.refundable_credits,
        616.0 * (1.0 - (18_000.0 - second) / (31_951.0 - second)),
    );
    // 2025, single, 300,000: 47,797 over 252,203 is 20 steps of 2,500 (or part), so the 153
    // credit loses 20 x 6 = 120 (RTC 17054.1).
    close(ca(2025, Single, 0, 300_000.0).nonrefundable_credits, 33.0);
    // 2025, joint, two children, 600,000: 95,589 over 504,411 is 39 steps, 234 off each credit:
    // the two personal credits of 153 are gone, each 475 dependent credit keeps 241.
    close(ca(2025, Joint, 2, 600_000.0).nonrefundable_credits, 482.0);
    // 2026 (2025 amounts x 1.0227, an estimate), single, no child, 4,000: 7.65% x 85% of 4,000;
    // no tax (under the 5,836 standard deduction).
    close(
        ca(2026, Single, 0, 4_000.0).income_tax(),
        -0.065_025 * 4_000.0,
    );
    // 2026, single, one child, 25,000: 28.9% up to 7,157, down to 649, then the line to 32,901.
    let second = 7_157.0 + (0.289 * 7_157.0 - 649.0) / 0.289;
    close(
        ca(2026, Single, 1, 25_000.0).refundable_credits,
        649.0 * (1.0 - (25_000.0 - second) / (32_901.0 - second)),
    );
    // At federal AGI 32,901 and over, none.
    close(ca(2026, Single, 1, 32_901.0).refundable_credits, 0.0);
}

#[test]
fn new_york_recaptures_lower_brackets_and_credits_households_and_children() {
    let ny = |year, filing, kids, wages| {
        state_and_federal(
            crate::data::UsState::NY,
            year,
            unit(filing, kids, wages, 0.0),
        )
    };
    // 2024, single, 20,000: taxable 12,000: 4% of 8,500 + 4.5% of 3,200 + 5.25% of 300 = 499.75,
    // less the household credit of 45 (AGI not over 20,000; IT-201 line 40 table 1).
    let (r, federal) = ny(2024, Single, 0, 20_000.0);
    assert_eq!(federal.earned_income_credit, 0.0);
    close(r.income_tax(), 499.75 - 45.0);
    // 2024, single, two children, 8,000: no tax. Empire State child credit (IT-213): the federal
    // credit before 2018 is 2,000, none of it used against a federal tax of 0, refundable 15% of
    // 8,000 - 3,000 = 750; 33% of it, 247.50, beats the minimum 2 x 100. With 30% of the
    // federal earned income credit (the household credit, 45, allowed 0, takes nothing off it).
    let (r, federal) = ny(2024, Single, 2, 8_000.0);
    close(r.tax, 0.0);
    close(
        r.refundable_credits,
        0.3 * federal.earned_income_credit + 0.33 * 750.0,
    );
    // 2025, joint, two children, 130,000: taxable 130,000 - 16,050 - 2,000 = 111,950: 4% of
    // 17,150 + 4.5% of 6,450 + 5.25% of 4,300 + 5.5% of 84,050 = 5,824.75; the supplemental tax
    // (worksheet 2) takes back 333 x (130,000 - 107,650) / 50,000. The child credit: 2 x 330 less
    // 16.50 x 20 full thousands over 110,000.
    let (r, _) = ny(2025, Joint, 2, 130_000.0);
    close(r.tax, 5_824.75 + 333.0 * 22_350.0 / 50_000.0);
    close(r.refundable_credits, 660.0 - 330.0);
    // 2026, head of household, one child, 300,000: taxable 287,800: 3.9% of 12,800 + 4.4% of
    // 4,850 + 5.15% of 3,250 + 5.4% of 86,750 + 5.9% of 161,650 + 6.85% of 18,500 = 16,369.075;
    // in the row from 269,300: 787 + 2,559 x (300,000 - 269,300) / 50,000. No child credit left.
    let (r, _) = ny(2026, HeadOfHousehold, 1, 300_000.0);
    close(r.tax, 16_369.075 + 787.0 + 2_559.0 * 30_700.0 / 50_000.0);
    close(r.refundable_credits, 0.0);
    // 2026, joint, three children, 21,000: taxable 1,950 at 3.9% = 76.05; household credit 60 +
    // 4 x 10 = 100 (table 2), 76.05 of it allowed and taken off 30% of the federal earned income
    // credit; 3 x 500 child credit.
    let (r, federal) = ny(2026, Joint, 3, 21_000.0);
    close(r.tax, 76.05);
    close(r.nonrefundable_credits, 76.05);
    close(
        r.refundable_credits,
        0.3 * federal.earned_income_credit - 76.05 + 1_500.0,
    );
}

#[test]
fn wisconsin_sliding_deduction_earned_income_and_married_couple_credits() {
    let wi = |year, unit| {
        let (r, federal) = state_and_federal(crate::data::UsState::WI, year, unit);
        (r, federal.earned_income_credit)
    };
    // 2025, head of household, two children, 40,000: 17,520 less 22.515% of 20,450 over 19,550
    // = 12,915.6825 (more than a single filer's 11,106), 3 x 700 of exemptions: 24,984.3175
    // taxable: 3.5% of 14,680 + 4.4% of 10,304.3175; 11% of the federal earned income credit.
    let (r, eitc) = wi(2025, unit(HeadOfHousehold, 2, 40_000.0, 0.0));
    assert!(eitc > 0.0);
    close(r.taxable_income, 24_984.317_5);
    close(r.income_tax(), 513.8 + 0.044 * 10_304.317_5 - 0.11 * eitc);
    // 2024, head of household, no child, 60,000: the head of household line (17,090 - 22.515%
    // of 40,930 = 7,874.61) is under a single filer's (13,230 - 12% of 40,930 = 8,318.40), which
    // it keeps: 50,981.6 taxable; no credit without children.
    let (r, _) = wi(2024, unit(HeadOfHousehold, 0, 60_000.0, 0.0));
    close(r.taxable_income, 50_981.6);
    close(r.income_tax(), 501.2 + 630.08 + 0.053 * 22_341.6);
    // 2026, joint, 60,000 and 10,000: 25,840 - 19.778% of 40,960 over 29,040 = 17,738.9312,
    // 1,400 of exemptions: 50,861.0688 taxable: 3.5% of 20,150 + 4.4% of 30,711.0688, less the
    // married couple credit, 3% of the lower wages (10,000); none without the offer (one earner).
    let both = unit(Joint, 0, 60_000.0, 10_000.0);
    let (r, _) = wi(2026, both);
    close(r.nonrefundable_credits, 300.0);
    close(r.income_tax(), 705.25 + 0.044 * 30_711.068_8 - 300.0);
    close(wi(2026, both.without_offer()).0.nonrefundable_credits, 0.0);
}

/// Minnesota's return of `unit` in `year` (Form M1 and its schedules).
fn minnesota(year: u16, unit: TaxUnit) -> state::StateReturn {
    state_and_federal(crate::data::UsState::MN, year, unit).0
}

#[test]
fn minnesota_2024_deduction_limitation_exemption_phase_out_and_family_credits_by_hand() {
    // Head of household, two children, 300,000 (M1 instructions 2024, line 4 and 5 worksheets):
    // the standard deduction 21,900 loses 3% of 67,500 over 232,500 = 2,025 (under 321,350 no
    // 10% tier): 19,875; 9,300 over 290,700 is 4 steps of 2,500 (or part): the exemptions lose
    // 8%, 2 x 5,050 x 0.92 = 9,292. Taxable 270,833: 5.35% of 39,010 + 6.8% of 117,750 + 7.85%
    // of 100,120 + 9.85% of 13,953 = 2,087.035 + 8,007 + 7,859.42 + 1,374.3705.
    let r = minnesota(2024, unit(HeadOfHousehold, 2, 300_000.0, 0.0));
    close(r.deductions, 19_875.0 + 9_292.0);
    close(r.income_tax(), 19_327.825_5);
    // Single, one child, 400,000 (line 4 worksheet, deduction limitation): 3% of 88,850 (232,500 to 321,350)
    // = 2,665.50 + 10% of 78,650 = 7,865: 10,530.50, under 80% of 14,575 (11,660): 4,044.50
    // left; 67 steps over 232,550: no exemption. Taxable 395,955.50: 1,695.415 + 4,923.20 +
    // 6,998.275 + 9.85% of 202,715.50; the child credit is all phased out.
    let r = minnesota(2024, unit(Single, 1, 400_000.0, 0.0));
    close(r.taxable_income, 395_955.5);
    close(r.income_tax(), 13_616.89 + 19_967.476_75);
    // Joint, two children, 40,000 (Schedule M1CWFC 2024): taxable 40,000 - 29,150 - 10,100 = 750
    // at 5.35% = 40.125; 2 x 1,750 + 4% of 9,220 (368.80) less 12% of 3,120 over 36,880
    // (374.40): 3,494.40 refunded.
    close(
        minnesota(2024, unit(Joint, 2, 40_000.0, 0.0)).income_tax(),
        40.125 - 3_494.4,
    );
}

#[test]
fn minnesota_2025_marriage_and_working_family_credits_by_hand() {
    // Joint, no children, 60,000 and 40,000 (Schedule M1MA 2025, part 2): taxable 100,000 -
    // 29,900 = 70,100 (at least 48,000), the lower earner 40,000 (at least 31,000). Joint tax
    // 5.35% of 47,620 + 6.8% of 22,480 = 4,076.31; as single returns 40,000 - 14,950 = 25,050
    // (1,340.175) and 45,050 (1,742.495 + 6.8% of 12,480 = 2,591.135): the credit is 145.
    let both = unit(Joint, 0, 60_000.0, 40_000.0);
    let r = minnesota(2025, both);
    close(r.tax, 4_076.31);
    close(r.nonrefundable_credits, 145.0);
    // Without the offer the spouse earns alone: no credit.
    close(
        minnesota(2025, both.without_offer()).nonrefundable_credits,
        0.0,
    );
    // Head of household, two children, 18,000: no taxable income; 2 x 1,750 + 4% of 9,480
    // (earned income over the cap), under the 31,950 threshold: 3,879.20 refunded.
    close(
        minnesota(2025, unit(HeadOfHousehold, 2, 18_000.0, 0.0)).income_tax(),
        -3_879.2,
    );
}

#[test]
fn minnesota_2026_credits_with_estimates_and_deduction_limitation_by_hand() {
    // Joint, one child, 50,000: taxable 50,000 - 30,600 - 5,300 = 14,100 at 5.35% = 754.35;
    // the credits (2026 estimates, notes/MN.md) 1,800 + 4% of 9,690 (387.60) less 12% of 11,230
    // over 38,770 (1,347.60): 840 refunded.
    close(
        minnesota(2026, unit(Joint, 1, 50_000.0, 0.0)).income_tax(),
        754.35 - 840.0,
    );
    // Single, no children, 20,000: 4,700 taxable (251.45); the working family credit 387.60,
    // under the 32,680 threshold.
    close(
        minnesota(2026, unit(Single, 0, 20_000.0, 0.0)).income_tax(),
        251.45 - 387.6,
    );
    // Joint, two children, 700,000 (290.0123 subd. 5; 2026 amounts): 3% of 93,400 (244,400 to
    // 337,800) + 10% of 362,200 = 39,022 is over 80% of 30,600: 6,120 left; no exemption (over
    // 366,700 by 134 steps). Taxable 693,880: 2,605.45 + 9,845.04 + 11,339.325 + 9.85% of
    // 355,950 = 58,850.89.
    let r = minnesota(2026, unit(Joint, 2, 700_000.0, 0.0));
    close(r.taxable_income, 693_880.0);
    close(r.income_tax(), 58_850.89);
    // Joint, no children, 60,000 and 40,000 (marriage credit, 2025's limits carried forward):
    // taxable 69,400, joint tax 2,605.45 + 6.8% of 20,700 = 4,013.05; single returns 40,000 -
    // 15,300 = 24,700 (1,321.45) and 44,700 (1,782.085 + 6.8% of 11,390 = 2,556.605): 134.995.
    close(
        minnesota(2026, unit(Joint, 0, 60_000.0, 40_000.0)).nonrefundable_credits,
        134.995,
    );
}

#[test]
fn new_mexico_child_credit_and_low_income_rebate_by_hand() {
    let nm = |year, unit| state_and_federal(crate::data::UsState::NM, year, unit);
    // 2024, head of household, two children, 18,000 (2024 PIT-1 and PIT-RC): the federal standard
    // deduction (21,900) leaves nothing taxable. Refunded: the working families tax credit, 25% of
    // the federal earned income credit (6,960 at 18,000 with two children): 1,740; the child
    // income tax credit (Table 4, AGI not over 25,000): 622 x 2 = 1,244; the low-income
    // comprehensive tax rebate (Table 1, modified gross income 16,501 to 18,000, three
    // exemptions): 185. Without the offer no income: the first rows, 1,244 and 364 (7-2-14(E)).
    let household = unit(HeadOfHousehold, 2, 18_000.0, 0.0);
    let (r, federal) = nm(2024, household);
    close(federal.earned_income_credit, 6_960.0);
    close(r.tax, 0.0);
    close(r.income_tax(), -(1_740.0 + 1_244.0 + 185.0));
    close(
        nm(2024, household.without_offer()).0.income_tax(),
        -(1_244.0 + 364.0),
    );
    // 2025, single, 20,000: 15,750 standard deduction and the low- and middle-income exemption
    // (2,500: AGI not over 20,000) leave 1,750 taxable, 1.5%: 26.25; no federal earned income
    // credit (649 less 7.65% of 9,380 over 10,620); rebate (MGI 19,501 to 21,000, one exemption)
    // 91. At 19,500 the row above (18,001 to 19,500): 103. Without the offer: 224.
    let (r, federal) = nm(2025, unit(Single, 0, 20_000.0, 0.0));
    close(federal.earned_income_credit, 0.0);
    close(r.taxable_income, 1_750.0);
    close(r.income_tax(), 26.25 - 91.0);
    close(
        nm(2025, unit(Single, 0, 19_500.0, 0.0))
            .0
            .refundable_credits,
        103.0,
    );
    close(
        nm(2025, unit(Single, 0, 20_000.0, 0.0).without_offer())
            .0
            .income_tax(),
        -224.0,
    );
    // 2026 (estimates: the statutory amounts indexed, rounded down, notes/NM.md), joint, one
    // child, 25,000 and 5,000: nothing taxable under the 32,200 standard deduction; refunded: 25%
    // of the federal earned income credit, the child credit of AGI 25,001 to 50,000 (434) and the
    // rebate of MGI 29,501 to 31,000 with three exemptions (94). Without the offer (AGI 5,000):
    // the first child credit row (651) and the rebate of 2,501 to 7,500 (476).
    let household = unit(Joint, 1, 25_000.0, 5_000.0);
    let (r, federal) = nm(2026, household);
    close(r.tax, 0.0);
    close(
        r.income_tax(),
        -(0.25 * federal.earned_income_credit + 434.0 + 94.0),
    );
    let (r, federal) = nm(2026, household.without_offer());
    close(
        r.income_tax(),
        -(0.25 * federal.earned_income_credit + 651.0 + 476.0),
    );
}

#[test]
fn oregon_subtracts_federal_tax_up_to_a_cap_and_ends_exemption_credits_over_a_limit() {
    let or = |year, filing, kids, wages| {
        state_and_federal(
            crate::data::UsState::OR,
            year,
            unit(filing, kids, wages, 0.0),
        )
        .0
    };
    // 2025, single, 130,000: the federal tax is over the 5,100 cap of federal AGI 130,000 to
    // 134,999 (OR-40 federal tax liability subtraction); no exemption credit over 100,000.
    let r = or(2025, Single, 0, 130_000.0);
    close(r.taxable_income, 130_000.0 - 2_835.0 - 5_100.0);
    close(r.nonrefundable_credits, 0.0);
    // 2024, single: federal AGI 100,000 keeps the 249 credit; a dollar more loses it (ORS
    // 316.085), and the 8,250 cap still holds under 125,000.
    close(or(2024, Single, 0, 100_000.0).nonrefundable_credits, 249.0);
    let r = or(2024, Single, 0, 100_001.0);
    close(r.nonrefundable_credits, 0.0);
    close(r.taxable_income, 100_001.0 - 2_745.0 - 8_250.0);
    // 2026 (estimates), joint, two children, 190,000: under the 200,000 limit, 524 + 2 x 262;
    // the 8,750 cap under 250,000.
    let r = or(2026, Joint, 2, 190_000.0);
    close(r.nonrefundable_credits, 1_048.0);
    close(r.taxable_income, 190_000.0 - 5_795.0 - 8_750.0);
}

/// The state income tax of `unit` in `code` for `year`.
fn state_tax_of(code: &str, year: u16, unit: &TaxUnit) -> f64 {
    let place = crate::data::UsState::from_code(code).expect("a state");
    state_and_federal(place, year, *unit).0.income_tax()
}

#[test]
fn ohio_exemptions_by_income_zero_bracket_and_joint_filing_credit() {
    // IT 1040 booklets 2024 and 2025 (brackets, line 4 exemptions, Schedule of Credits); R.C.
    // 5747.02(A)(3), 5747.025, 5747.05(E) for 2026.
    let oh = |year, filing, kids, wages, other| {
        state_tax_of("OH", year, &unit(filing, kids, wages, other))
    };
    // Single on 50,000: MAGI over 40,000, so one exemption of 2,150; 47,850 taxable: the base of
    // the 2.75% bracket (360.69 / 342.00 / 332.00) + 2.75% of 21,800 = 599.50.
    close(oh(2024, Single, 0, 50_000.0, 0.0), 960.19);
    close(oh(2025, Single, 0, 50_000.0, 0.0), 941.5);
    close(oh(2026, Single, 0, 50_000.0, 0.0), 931.5);
    // 2025, single on 28,450: 28,450 - 2,400 = 26,050 is not over 26,050: no tax. On 28,500:
    // 26,100: 342 + 2.75% of 50 = 343.375, less the 20 exemption credit (26,100 <= 30,000).
    close(oh(2025, Single, 0, 28_450.0, 0.0), 0.0);
    close(oh(2025, Single, 0, 28_500.0, 0.0), 323.375);
    // 2024, joint, two children, 60,000 each: four exemptions of 1,900 (MAGI over 80,000);
    // 112,400: 2,394.32 + 3.5% of 12,400 = 2,828.32, less the joint filing credit of 5% (over
    // 75,000): 141.416.
    close(oh(2024, Joint, 2, 60_000.0, 60_000.0), 2_828.32 - 141.416);
    // 2025, joint, 30,000 and 20,000: 50,000 - 2 x 2,150 = 45,700: 342 + 2.75% of 19,650 =
    // 882.375, less 15% of it (45,700 <= 50,000); a spouse with less than 500 of wages: no credit.
    close(oh(2025, Joint, 0, 30_000.0, 20_000.0), 882.375 * 0.85);
    close(
        oh(2025, Joint, 0, 49_600.0, 400.0),
        342.0 + 0.0275 * (45_700.0 - 26_050.0),
    );
    // 2026, joint, 400,000 and 200,000: MAGI over 500,000: no exemptions and no joint filing
    // credit; 332 + 2.75% of 573,950.
    close(oh(2026, Joint, 0, 400_000.0, 200_000.0), 16_115.625);
}

#[test]
fn kentucky_spouses_each_deduct_and_the_family_size_credit_follows_the_guideline() {
    // Form 740 instructions 2024, Form 740 2025, KRS 141.020 (3.5% from 2026), KRS 141.066 and
    // the HHS poverty guidelines of the year (family size at most 4).
    let ky = |year, filing, kids, wages, other| {
        state_tax_of("KY", year, &unit(filing, kids, wages, other))
    };
    // 2024 single on 50,000: 4% of 50,000 - 3,160; income far over the guideline.
    close(ky(2024, Single, 0, 50_000.0, 0.0), 1_873.6);
    // 2024 joint, three children (five people, four counted: 15,060 + 3 x 5,380 = 31,200):
    // 33,000 is 105.8% of it, at most 108%: 80% of 4% of 29,840 = 1,193.60 is credited.
    close(ky(2024, Joint, 3, 33_000.0, 0.0), 0.2 * 1_193.6);
    // 2025 head of household, two children, 18,000: at most the guideline of three (26,650):
    // the whole tax is credited.
    close(ky(2025, HeadOfHousehold, 2, 18_000.0, 0.0), 0.0);
    // 2025 single, three children, 32,424: 100.85% of 32,150, so 90% of 4% of 29,154.
    close(ky(2025, Single, 3, 32_424.0, 0.0), 0.1 * 1_166.16);
    // 2026 joint, 40,000 and 20,000: each spouse deducts 3,360: 3.5% of 53,280.
    close(ky(2026, Joint, 0, 40_000.0, 20_000.0), 0.035 * 53_280.0);
    // 2026 joint, two children, one earner of 35,000: 106.1% of 33,000: 80% of 3.5% of 31,640
    // (1,107.40) is credited.
    close(ky(2026, Joint, 2, 35_000.0, 0.0), 0.2 * 1_107.4);
}

#[test]
fn oklahoma_child_credit_2020_earned_income_credit_and_sales_tax_relief() {
    // Form 511 packets 2024 and 2025, 68 O.S. 2355 (2026 rates), 2357.403, 2357.43 (5% of the
    // federal credit on the 2020 table: Rev. Proc. 2019-44) and 5011 (Form 538-S).
    let ok = |year, filing, kids, wages, other| {
        state_tax_of("OK", year, &unit(filing, kids, wages, other))
    };
    // 2024 single on 50,000: 42,650 taxable: 0.25% of 1,000 + 0.75% of 1,500 + 1.75% of 1,250
    // + 2.75% of 1,150 + 3.75% of 2,300 + 4.75% of 35,450 = 1,837.375; no credit.
    close(ok(2024, Single, 0, 50_000.0, 0.0), 1_837.375);
    // 2025 head of household, two children, 18,000: 18,000 - 9,350 - 3,000 = 5,650: 5 + 22.5 +
    // 11.375 = 38.875, all of it credited by 5% of the additional child tax credit (15% of
    // 15,500 = 2,325); refunds: 5% of the 2020 credit (40% of 18,000, at most 5,920) = 296 and
    // the sales tax relief credit of 3 x 40 (18,000 + the federal credit of 7,152 is under
    // 50,000 with a dependent).
    close(ok(2025, HeadOfHousehold, 2, 18_000.0, 0.0), -296.0 - 120.0);
    // 2026 joint, two children, 60,000 and 40,000: 83,300 taxable: 2.5% of 2,300 + 3.5% of
    // 4,600 + 4.5% of 68,900 = 3,319, less 5% of the 4,400 federal child tax credit (AGI at most
    // 100,000); a dollar more of AGI: no child credit.
    close(ok(2026, Joint, 2, 60_000.0, 40_000.0), 3_319.0 - 220.0);
    close(ok(2026, Joint, 2, 60_000.0, 40_001.0), 3_319.045);
}

#[test]
fn alabama_deducts_federal_tax_and_fica_with_its_chart_and_dependent_tiers() {
    // Code of Ala. 40-18-5 (rates), 40-18-15 (federal income tax, standard deduction chart,
    // taxes paid on Schedule A), 40-18-19 (exemptions); Form 40 booklets 2024 and 2025.
    let al = |year, filing, kids, wages, other| {
        state_tax_of("AL", year, &unit(filing, kids, wages, other))
    };
    // 2025 single on 50,000: Social Security and Medicare tax 3,825 is more than the chart's
    // 2,500; federal tax 10% of 11,925 + 12% of 22,325 = 3,871.50; personal exemption 1,500:
    // 40,803.50 taxable: 2% of 500 + 4% of 2,500 + 5% of 37,803.50.
    close(al(2025, Single, 0, 50_000.0, 0.0), 10.0 + 100.0 + 1_890.175);
    // 2024 joint, two children, 20,000: the chart's 8,500 (AGI at most 25,500) is more than
    // 1,530 of FICA; no federal tax after the earned income and additional child tax credits;
    // 3,000 personal and 2 x 1,000 dependent exemptions: 6,500 taxable: 2% of 1,000 + 4% of
    // 5,000 + 5% of 500.
    close(al(2024, Joint, 2, 20_000.0, 0.0), 245.0);
    // 2026 head of family, one child, 80,000: FICA 6,120; federal tax 1,770 + 12% of 38,150 -
    // 2,200 = 4,148; 3,000 personal and 500 dependent exemptions (AGI over 50,000): 66,232
    // taxable: 10 + 100 + 5% of 63,232.
    close(al(2026, HeadOfHousehold, 1, 80_000.0, 0.0), 110.0 + 3_161.6);
}

#[test]
fn arkansas_table_rows_separate_spouses_additional_credit_and_low_income_table() {
    // DFA Indexed Tax Brackets 2024 and 2025, AR1000F instructions (Regular Income Tax Table,
    // Low Income Tax Tables, additional credit worksheet, filing status 4), Act 1 of 2026.
    let ar = |year, filing, kids, wages, other| {
        state_tax_of("AR", year, &unit(filing, kids, wages, other))
    };
    // 2025 single on 50,000: 47,530 is in the row 47,500-47,599: 3.9% of 47,549.50 - 419.96 =
    // 1,434.47, so 1,434; less the 29 personal credit.
    close(ar(2025, Single, 0, 50_000.0, 0.0), 1_405.0);
    // 2025 single on 27,000: 24,530, row midpoint 24,549.50: 3.4% of it - 287.97 = 546.71, so
    // 547; less 29 and the additional credit of 60 (24,530 is under 26,500).
    close(ar(2025, Single, 0, 27_000.0, 0.0), 547.0 - 89.0);
    // 2024 joint, 40,000 and 30,000: jointly 65,180 gives 2,131; separately 37,590 and 27,590
    // give 1,055 + 665 (3.9% of the row midpoints less 409.86), less; no additional credit;
    // 58 of personal credits.
    close(ar(2024, Joint, 0, 40_000.0, 30_000.0), 1_720.0 - 58.0);
    // 2024 head of household, two children, AGI 24,000: at most 24,176, the low income table's
    // first row: no tax.
    close(ar(2024, HeadOfHousehold, 2, 24_000.0, 0.0), 0.0);
    // 2026 single on 120,000, with the estimated 2,520 standard deduction: 117,480 is over the
    // table: 2% of 4,700 + 3.7% of 112,780, no bracket adjustment so far over 94,700; less 29.
    close(ar(2026, Single, 0, 120_000.0, 0.0), 94.0 + 4_172.86 - 29.0);
}

#[test]
fn south_carolina_two_wage_earner_credit_and_income_adjusted_deduction() {
    // SC1040 instructions 2024 and 2025 (SC1040TC two wage earner credit, 12-6-3330); H.4216
    // for 2026 (12-6-510 rates, 12-6-1140 SCIAD).
    let sc = |year, filing, kids, wages, other| {
        state_tax_of("SC", year, &unit(filing, kids, wages, other))
    };
    // 2025 single on 50,000: 35,000 after the 15,000 deduction: 3% of 14,270 + 6% of 17,170.
    close(sc(2025, Single, 0, 50_000.0, 0.0), 428.1 + 1_030.2);
    // 2024 joint, 60,000 and 40,000: 70,800 after the federal 29,200: 3% of 13,870 + 6.2% of
    // 53,470, less 0.7% of the lower earner's 40,000.
    close(
        sc(2024, Joint, 0, 60_000.0, 40_000.0),
        416.1 + 3_315.14 - 280.0,
    );
    // 2026 single on 70,000: the SCIAD of 15,000 loses 15,000 x 30,000 / 55,000 = 8,181.82,
    // rounded down to 8,180: 63,180 taxable: 1.99% of 30,000 + 5.21% of 33,180.
    close(sc(2026, Single, 0, 70_000.0, 0.0), 597.0 + 1_728.678);
}

#[test]
fn indiana_subtracts_the_federal_overtime_deduction_in_2026_only() {
    // IC 6-3-2-32 (Senate Enrolled Act 243 of 2026): the federal qualified overtime deduction
    // comes off Indiana AGI for 2026, not before (no conformity to Public Law 119-21 for 2025).
    let with_overtime = TaxUnit {
        offer: Some(Pay {
            ot_qualified: 2_000.0,
            ..Pay::wages_only(50_000.0)
        }),
        ..unit(Single, 0, 0.0, 0.0)
    };
    // 2026: 50,000 - 1,000 exemption - 2,000 overtime = 47,000 at 2.95%.
    close(state_tax_of("IN", 2026, &with_overtime), 0.0295 * 47_000.0);
    // 2025: 49,000 at 3.0%, the overtime taxed.
    close(state_tax_of("IN", 2025, &with_overtime), 0.03 * 49_000.0);
}
