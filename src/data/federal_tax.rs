//! Federal tax parameters of 2024 to 2026: rate schedules, deductions, credits and payroll tax
//! rates, compiled by `build.rs` from `data/federal-tax.csv`, where each figure stands with its
//! year and its source (`data/tax-sources.csv`). No figure of the tax law is written in code.

use crate::model::FilingStatus;

/// The years the page has tax law for.
pub const TAX_YEARS: [u16; 3] = [2024, 2025, 2026];

/// A document the tax tables cite.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TaxSource {
    pub id: &'static str,
    pub title: &'static str,
    pub url: &'static str,
}

/// A figure that differs by filing status.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct ByFiling<T> {
    pub single: T,
    pub joint: T,
    pub hoh: T,
}

impl<T: Copy> ByFiling<T> {
    pub fn get(&self, filing: FilingStatus) -> T {
        match filing {
            FilingStatus::Single => self.single,
            FilingStatus::Joint => self.joint,
            FilingStatus::HeadOfHousehold => self.hoh,
        }
    }
}

/// A reduction of `per_step` for each `step` (or part of one) of income over `start`.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct StepPhaseOut {
    pub start: ByFiling<f64>,
    pub step: f64,
    pub per_step: f64,
}

/// The qualified overtime deduction, IRC 225 (2025 to 2028).
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct OvertimeDeduction {
    /// 0 in years without the deduction.
    pub cap: ByFiling<f64>,
    pub phase_out: StepPhaseOut,
}

/// The retirement savings contributions credit, Form 8880.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct SaversCredit {
    pub rates: [f64; 3],
    /// The highest AGI at which each rate applies.
    pub agi_limits: ByFiling<[f64; 3]>,
    /// Contributions counted per person.
    pub contribution_cap: f64,
}

/// The child tax credit and its refundable part, Schedule 8812.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct ChildTaxCredit {
    pub amount: f64,
    pub refundable_max: f64,
    pub phase_out: StepPhaseOut,
    pub earned_income_floor: f64,
    pub refundable_rate: f64,
}

/// The earned income credit for one number of children (0, 1, 2, 3 or more).
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct EarnedIncomeCredit {
    pub phase_in_rate: f64,
    pub earned_income_amount: f64,
    pub max_credit: f64,
    pub phase_out_rate: f64,
    /// Single and head of household.
    pub phase_out_start: f64,
    pub phase_out_start_joint: f64,
}

/// Every federal parameter of one tax year.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct FederalTax {
    pub year: u16,
    pub rates: [f64; 7],
    /// Taxable income at which each bracket starts.
    pub thresholds: ByFiling<[f64; 7]>,
    pub standard_deduction: ByFiling<f64>,
    pub overtime: OvertimeDeduction,
    pub savers: SaversCredit,
    pub ctc: ChildTaxCredit,
    /// By number of children: 0, 1, 2, 3 or more.
    pub eitc: [EarnedIncomeCredit; 4],
    pub social_security_rate: f64,
    pub social_security_wage_base: f64,
    pub medicare_rate: f64,
    pub additional_medicare_rate: f64,
    pub additional_medicare_threshold: ByFiling<f64>,
}

include!(concat!(env!("OUT_DIR"), "/federal_tax_tables.rs"));

/// The federal parameters of a year of [`TAX_YEARS`] (the first year for any other).
pub fn federal_tax(year: u16) -> &'static FederalTax {
    let index = TAX_YEARS.iter().position(|&y| y == year).unwrap_or(0);
    &FEDERAL_TAX[index]
}

/// Where a group of parameters of `year` comes from: each source's short title and section. A
/// group is a parameter's name less its last part (`standard_deduction` for
/// `standard_deduction.single`).
pub fn federal_citations(
    year: u16,
    group: &str,
) -> impl Iterator<Item = (&'static str, &'static str)> + '_ {
    FEDERAL_CITATIONS
        .iter()
        .filter(move |(y, g, _, _)| *y == year && *g == group)
        .map(|(_, _, id, section)| {
            let title = TAX_SOURCES
                .iter()
                .find(|s| s.id == *id)
                .map_or(*id, |s| s.title.split(" - ").next().unwrap_or(s.title));
            (title, *section)
        })
}
