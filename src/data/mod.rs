//! Reference figures compiled into the page, each table with its source.
//!
//! Transcribed from the CSV files in `data/` (copies of the project's shared reference data);
//! a test reads those files and checks every figure here against them.

mod federal_tax;
mod market;
mod state_tax;
mod states;

pub use federal_tax::{
    federal_citations, federal_tax, ByFiling, ChildTaxCredit, EarnedIncomeCredit, FederalTax,
    OvertimeDeduction, SaversCredit, StepPhaseOut, TaxSource, FEDERAL_TAX, TAX_SOURCES, TAX_YEARS,
};

pub use market::{
    is_metro_code, market_detail_state, metro, metro_codes, metros, module_string, national_wages,
    provide_market_detail, set_market_detail_failed, state_wages, AreaWages, BlsWage, MarketDetail,
    Metro, NotLoaded, Occupation, MARKET_VERSION, OEWS_RELEASE, OEWS_SOURCE, PERCENTILES,
};
pub use state_tax::{
    any_state_income_tax, local_taxes, param_id, param_id_row, param_id_then, state_income_tax,
    state_payroll, LinearPhaseOut, LocalTaxes, PayrollContribution, PayrollWages, StateIncomeTax,
    COUNTED, STATE_INCOME_TAXES, STATE_PAYROLL, STATE_TAX_SOURCES,
};
pub use states::{UsState, REGIONAL_PRICE_PARITIES_2023};

/// Wage percentiles of one occupation in one release of the BLS survey.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct WagePercentiles {
    /// The survey release, e.g. "May 2024".
    pub release: &'static str,
    pub p10: f64,
    pub p25: f64,
    pub p50: f64,
    pub p75: f64,
    pub p90: f64,
    pub mean: f64,
    pub employment: u32,
}

impl WagePercentiles {
    /// The (percentile, wage) points, lowest first.
    pub fn points(&self) -> [(f64, f64); 5] {
        [
            (10.0, self.p10),
            (25.0, self.p25),
            (50.0, self.p50),
            (75.0, self.p75),
            (90.0, self.p90),
        ]
    }
}

/// National hourly wages of SOC 29-2072 "Medical Records Specialists" (the BLS occupation for
/// medical billing and coding), May 2024.
///
/// Source: U.S. Bureau of Labor Statistics, Occupational Employment and Wage Statistics, national
/// data file `national_M2024_dl.xlsx` (bls.gov/oes). The median is also the figure in the BLS
/// Occupational Outlook Handbook.
pub const BLS_HOURLY_MAY2024: WagePercentiles = WagePercentiles {
    release: "May 2024",
    p10: 17.20,
    p25: 20.00,
    p50: 24.16,
    p75: 30.80,
    p90: 38.92,
    mean: 26.91,
    employment: 187_910,
};

/// National annual wages of SOC 29-2072, May 2024 (same source as [`BLS_HOURLY_MAY2024`]).
pub const BLS_ANNUAL_MAY2024: WagePercentiles = WagePercentiles {
    release: "May 2024",
    p10: 35_780.0,
    p25: 41_600.0,
    p50: 50_250.0,
    p75: 64_070.0,
    p90: 80_950.0,
    mean: 55_970.0,
    employment: 187_910,
};

/// The IRS dollar limits on 401(k)/403(b) plans for one plan year.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct IrsLimits {
    pub year: u16,
    /// Elective deferral limit, IRC 402(g)(1).
    pub elective_deferral_402g: f64,
    /// Catch-up contributions at age 50 and over (not used by the model: it has no age).
    pub catch_up_50_plus: f64,
    /// Annual additions limit, IRC 415(c)(1)(A).
    pub annual_additions_415c: f64,
    /// Annual compensation limit, IRC 401(a)(17).
    pub compensation_limit_401a17: f64,
    /// The IRS notice of the year's limits, an id of `TAX_SOURCES`.
    pub source: &'static str,
}

/// IRS limits 2024 to 2026.
///
/// Source: IRS Notices 2023-75, 2024-80 and 2025-67 (`data/irs-retirement-limits.csv`).
pub const IRS_LIMITS: [IrsLimits; 3] = [
    IrsLimits {
        year: 2024,
        elective_deferral_402g: 23_000.0,
        catch_up_50_plus: 7_500.0,
        annual_additions_415c: 69_000.0,
        compensation_limit_401a17: 345_000.0,
        source: "n2023-75",
    },
    IrsLimits {
        year: 2025,
        elective_deferral_402g: 23_500.0,
        catch_up_50_plus: 7_500.0,
        annual_additions_415c: 70_000.0,
        compensation_limit_401a17: 350_000.0,
        source: "n2024-80",
    },
    IrsLimits {
        year: 2026,
        elective_deferral_402g: 24_500.0,
        catch_up_50_plus: 8_000.0,
        annual_additions_415c: 72_000.0,
        compensation_limit_401a17: 360_000.0,
        source: "n2025-67",
    },
];

/// Average annual employer-sponsored health premium for one kind of coverage.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct HealthPremium {
    pub year: u16,
    pub family: bool,
    /// Total premium, employer and worker shares together, $/year.
    pub total: f64,
    /// The worker's share, $/year.
    pub worker: f64,
}

impl HealthPremium {
    /// What the employer pays, $/year.
    pub fn employer(&self) -> f64 {
        self.total - self.worker
    }
}

/// Average premiums for single and family coverage, 2025.
///
/// Source: KFF, Employer Health Benefits Survey 2025 (kff.org). Shown as hints for the health
/// fields, never used in a computation.
pub const KFF_PREMIUMS_2025: [HealthPremium; 2] = [
    HealthPremium {
        year: 2025,
        family: false,
        total: 9_325.0,
        worker: 1_440.0,
    },
    HealthPremium {
        year: 2025,
        family: true,
        total: 26_993.0,
        worker: 6_850.0,
    },
];

/// A reference the page cites.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Source {
    /// What figures on the page come from it.
    pub used_for: &'static str,
    /// The publisher and title.
    pub title: &'static str,
    pub url: &'static str,
}

/// Every source of a reference figure on the page.
pub const SOURCES: [Source; 5] = [
    Source {
        used_for: "U.S. wage percentiles and mean for medical records specialists (SOC 29-2072), May 2024; the default wage and salary (the medians)",
        title: "U.S. Bureau of Labor Statistics, Occupational Employment and Wage Statistics, national data, May 2024",
        url: "https://www.bls.gov/oes/current/oes292072.htm",
    },
    Source {
        used_for: "Wage percentiles, mean and employment of each job in the U.S., each state and each metro area, May 2025: where a wage stands, the career path and the places table",
        title: "U.S. Bureau of Labor Statistics, Occupational Employment and Wage Statistics, May 2025 (national, state and metropolitan area estimates)",
        url: "https://www.bls.gov/oes/tables.htm",
    },
    Source {
        used_for: "Cost of living by state: regional price parities, all items, 2023 (U.S. = 100, rounded)",
        title: "U.S. Bureau of Economic Analysis, Real Personal Consumption Expenditures and Personal Income by State, 2023 (December 2024)",
        url: "https://www.bea.gov/data/prices-inflation/regional-price-parities-state-and-metro-area",
    },
    Source {
        used_for: "401(k)/403(b) limits 2024 to 2026: elective deferrals 402(g), annual additions 415(c), compensation 401(a)(17)",
        title: "Internal Revenue Service, COLA increases for dollar limitations on benefits and contributions; Notice 2025-67",
        url: "https://www.irs.gov/retirement-plans/cola-increases-for-dollar-limitations-on-benefits-and-contributions",
    },
    Source {
        used_for: "Average health premiums shown as hints (single $9,325, family $26,993 a year, 2025)",
        title: "KFF, Employer Health Benefits Survey 2025",
        url: "https://www.kff.org/health-costs/",
    },
];

#[cfg(test)]
mod tests;
