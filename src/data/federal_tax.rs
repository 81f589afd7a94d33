//! Federal tax parameters of 2024 to 2026: rate schedules, deductions, credits and payroll tax
//! rates, read from `data/federal-tax.csv` (compiled in), where each figure stands with its year
//! and its source (`data/tax-sources.csv`). No figure of the tax law is written in code.

use std::sync::OnceLock;

use crate::model::FilingStatus;

/// The parameter table: `parameter,year,value,source,section`.
pub const FEDERAL_TAX_CSV: &str = include_str!("../../data/federal-tax.csv");
/// The documents the table cites: `source,title,url`.
pub const TAX_SOURCES_CSV: &str = include_str!("../../data/tax-sources.csv");

/// The years the page has tax law for.
pub const TAX_YEARS: [u16; 3] = [2024, 2025, 2026];

/// One row of a parameter table.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ParameterRow {
    pub parameter: &'static str,
    pub year: u16,
    pub value: f64,
    /// An id of `tax-sources.csv`.
    pub source: &'static str,
    /// Where in the source.
    pub section: &'static str,
}

/// The rows of a `parameter,year,value,source,section` table; lines that do not read (none do,
/// a test checks) are skipped.
pub fn parameter_rows(csv: &'static str) -> impl Iterator<Item = ParameterRow> {
    csv.lines().skip(1).filter_map(|line| {
        let mut cells = line.split(',').map(str::trim);
        let parameter = cells.next()?;
        let year = cells.next()?.parse().ok()?;
        let value = crate::model::parse_decimal(cells.next()?)?;
        let source = cells.next()?;
        let section = cells.next().unwrap_or("");
        Some(ParameterRow {
            parameter,
            year,
            value,
            source,
            section,
        })
    })
}

/// A document the tax tables cite.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TaxSource {
    pub id: &'static str,
    pub title: &'static str,
    pub url: &'static str,
}

/// Every document of `tax-sources.csv`.
pub fn tax_sources() -> impl Iterator<Item = TaxSource> {
    TAX_SOURCES_CSV.lines().skip(1).filter_map(|line| {
        let mut cells = line.splitn(3, ',').map(str::trim);
        Some(TaxSource {
            id: cells.next()?,
            title: cells.next()?,
            url: cells.next()?,
        })
    })
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

/// Reads one year's parameters from the table, naming the first one missing.
fn read_year(year: u16) -> Result<FederalTax, String> {
    let get = |name: String| -> Result<f64, String> {
        parameter_rows(FEDERAL_TAX_CSV)
            .find(|r| r.year == year && r.parameter == name)
            .map(|r| r.value)
            .ok_or(format!("{name} {year}"))
    };
    let by_filing = |name: &str| -> Result<ByFiling<f64>, String> {
        Ok(ByFiling {
            single: get(format!("{name}.single"))?,
            joint: get(format!("{name}.joint"))?,
            hoh: get(format!("{name}.hoh"))?,
        })
    };
    let list = |name: &str, n: usize| -> Result<Vec<f64>, String> {
        (1..=n).map(|i| get(format!("{name}.{i}"))).collect()
    };
    let array7 = |name: &str| -> Result<[f64; 7], String> {
        let v = list(name, 7)?;
        Ok([v[0], v[1], v[2], v[3], v[4], v[5], v[6]])
    };
    let array3 = |name: &str| -> Result<[f64; 3], String> {
        let v = list(name, 3)?;
        Ok([v[0], v[1], v[2]])
    };
    let by_filing_array7 = |name: &str| -> Result<ByFiling<[f64; 7]>, String> {
        Ok(ByFiling {
            single: array7(&format!("{name}.single"))?,
            joint: array7(&format!("{name}.joint"))?,
            hoh: array7(&format!("{name}.hoh"))?,
        })
    };
    let by_filing_array3 = |name: &str| -> Result<ByFiling<[f64; 3]>, String> {
        Ok(ByFiling {
            single: array3(&format!("{name}.single"))?,
            joint: array3(&format!("{name}.joint"))?,
            hoh: array3(&format!("{name}.hoh"))?,
        })
    };
    let phase_out = |name: &str| -> Result<StepPhaseOut, String> {
        Ok(StepPhaseOut {
            start: by_filing(&format!("{name}.phase_out_start"))?,
            step: get(format!("{name}.phase_out_step"))?,
            per_step: get(format!("{name}.phase_out_per_step"))?,
        })
    };
    let eitc = |k: usize| -> Result<EarnedIncomeCredit, String> {
        Ok(EarnedIncomeCredit {
            phase_in_rate: get(format!("eitc.{k}.phase_in_rate"))?,
            earned_income_amount: get(format!("eitc.{k}.earned_income_amount"))?,
            max_credit: get(format!("eitc.{k}.max_credit"))?,
            phase_out_rate: get(format!("eitc.{k}.phase_out_rate"))?,
            phase_out_start: get(format!("eitc.{k}.phase_out_start.single"))?,
            phase_out_start_joint: get(format!("eitc.{k}.phase_out_start.joint"))?,
        })
    };
    Ok(FederalTax {
        year,
        rates: array7("income_tax.rate")?,
        thresholds: by_filing_array7("income_tax.threshold")?,
        standard_deduction: by_filing("standard_deduction")?,
        overtime: OvertimeDeduction {
            cap: by_filing("overtime_deduction.cap")?,
            phase_out: phase_out("overtime_deduction")?,
        },
        savers: SaversCredit {
            rates: array3("savers_credit.rate")?,
            agi_limits: by_filing_array3("savers_credit.agi_limit")?,
            contribution_cap: get("savers_credit.contribution_cap".into())?,
        },
        ctc: ChildTaxCredit {
            amount: get("ctc.amount".into())?,
            refundable_max: get("ctc.refundable_max".into())?,
            phase_out: phase_out("ctc")?,
            earned_income_floor: get("ctc.earned_income_floor".into())?,
            refundable_rate: get("ctc.refundable_rate".into())?,
        },
        eitc: [eitc(0)?, eitc(1)?, eitc(2)?, eitc(3)?],
        social_security_rate: get("social_security.rate".into())?,
        social_security_wage_base: get("social_security.wage_base".into())?,
        medicare_rate: get("medicare.rate".into())?,
        additional_medicare_rate: get("additional_medicare.rate".into())?,
        additional_medicare_threshold: by_filing("additional_medicare.threshold")?,
    })
}

/// Every year's parameters, read once; `Err` names a parameter the table lacks.
pub fn read_federal_tax() -> Result<[FederalTax; 3], String> {
    Ok([
        read_year(TAX_YEARS[0])?,
        read_year(TAX_YEARS[1])?,
        read_year(TAX_YEARS[2])?,
    ])
}

/// The federal parameters of a year of [`TAX_YEARS`] (the first year for any other).
///
/// The table is compiled in and a test reads every year of it, so the fallback to zeros (no tax)
/// is never taken; it is there so that nothing here can stop the page.
pub fn federal_tax(year: u16) -> &'static FederalTax {
    static TABLE: OnceLock<[FederalTax; 3]> = OnceLock::new();
    let table = TABLE.get_or_init(|| read_federal_tax().unwrap_or_default());
    let index = TAX_YEARS.iter().position(|&y| y == year).unwrap_or(0);
    &table[index]
}
