//! State income tax and payroll contribution parameters of 2024 to 2026, compiled by `build.rs`
//! from `data/state-tax/` (one table per state, each figure with its year and source).

use super::federal_tax::{ByFiling, TaxSource};
use super::UsState;

/// A deduction or credit that falls by `rate` per dollar of income over `start` (`rate` 0: none).
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct LinearPhaseOut {
    pub start: ByFiling<f64>,
    pub rate: f64,
}

/// The resident income tax of one state in one year, as far as the shared schema says it
/// (`data/state-tax/README.md`); `extra` holds the parameters of the state's own rules.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct StateIncomeTax {
    pub state: UsState,
    pub year: u16,
    /// The state taxes 401(k)/403(b) elective deferrals.
    pub adds_deferral: bool,
    /// The state taxes Section 125 premiums.
    pub adds_premium: bool,
    /// The state taxes the employer's HSA contributions.
    pub adds_employer_hsa: bool,
    /// The standard deduction is the federal one.
    pub std_uses_federal: bool,
    pub std: ByFiling<f64>,
    pub std_phase_out: LinearPhaseOut,
    /// Personal exemptions of the filer (and spouse): a deduction.
    pub exemption_personal: ByFiling<f64>,
    pub exemption_dependent: f64,
    pub exemption_phase_out: LinearPhaseOut,
    /// Exemption credits: non-refundable credits instead of deductions.
    pub credit_personal: ByFiling<f64>,
    pub credit_dependent: f64,
    pub credit_phase_out: LinearPhaseOut,
    /// `(start, rate)` of each bracket, by filing status.
    pub brackets: ByFiling<&'static [(f64, f64)]>,
    /// The state earned income credit as a share of the federal one.
    pub eitc_match: f64,
    pub eitc_refundable: bool,
    /// A child tax credit per child aged 6 to 16.
    pub ctc_per_child: f64,
    pub ctc_refundable: bool,
    /// The parameters of the state's own rules: the ids of their names (`param_id`), and their
    /// values in the same order.
    pub extra_ids: &'static [u32],
    pub extra_values: &'static [f64],
}

impl StateIncomeTax {
    /// A parameter of the state's own rules by its name in the table (0 where the table has
    /// none). Where the name is written out, `extra!` hashes it at compile time instead.
    pub fn extra(&self, name: &str) -> f64 {
        self.extra_by_id(param_id(name))
    }

    /// The parameter `{name}.{filing}` (single, joint or hoh) of the state's own rules.
    pub fn extra_for(&self, name: &str, filing: crate::model::FilingStatus) -> f64 {
        self.extra_by_id(param_id_then(param_id(name), filing.key()))
    }

    /// Whether the state's table has the parameter of this id.
    pub fn has_extra(&self, id: u32) -> bool {
        self.extra_ids.contains(&id)
    }

    /// A parameter of the state's own rules by the id of its name.
    pub fn extra_by_id(&self, id: u32) -> f64 {
        self.extra_ids
            .iter()
            .position(|n| *n == id)
            .and_then(|k| self.extra_values.get(k))
            .copied()
            .unwrap_or(0.0)
    }
}

/// The id of a parameter of a state's own rules: FNV-1a of its name. The page carries ids, not
/// the names (build.rs writes the same ids, and stops where two names would share one).
pub const fn param_id(name: &str) -> u32 {
    fnv_1a(0x811c_9dc5, name.as_bytes())
}

/// The id of `{name}.{part}` from the id of `name`.
pub const fn param_id_then(id: u32, part: &str) -> u32 {
    fnv_1a(fnv_1a(id, b"."), part.as_bytes())
}

/// The id of `{name}.{row}` (a row of a table, numbered from 1) from the id of `name`.
pub fn param_id_row(id: u32, row: usize) -> u32 {
    let mut digits = [0u8; 20];
    let mut at = digits.len();
    let mut n = row;
    loop {
        at -= 1;
        digits[at] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    fnv_1a(fnv_1a(id, b"."), &digits[at..])
}

/// FNV-1a (32 bits) of `bytes`, continued from `hash`.
const fn fnv_1a(mut hash: u32, bytes: &[u8]) -> u32 {
    let mut i = 0;
    while i < bytes.len() {
        hash = (hash ^ bytes[i] as u32).wrapping_mul(0x0100_0193);
        i += 1;
    }
    hash
}

/// `extra!(rule, "xx.name")`: the parameter of a state's own rules named in its table, the name
/// hashed at compile time (no name is carried in the page).
#[macro_export]
macro_rules! extra {
    ($rule:expr, $name:literal) => {
        $rule.extra_by_id(const { $crate::data::param_id($name) })
    };
}

/// The wages a payroll contribution is taken on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PayrollWages {
    /// Social Security wages: 401(k) deferrals count, Section 125 premiums do not.
    Fica,
    /// All cash pay, Section 125 premiums included (New Jersey).
    Gross,
    /// Income-tax withholding wages: neither deferrals nor premiums count.
    Withholding,
}

/// One employee payroll contribution of one state in one year.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PayrollContribution {
    pub state: UsState,
    /// The program's id (`ca_sdi`, `nj_fli`, ...).
    pub program: &'static str,
    pub year: u16,
    /// The employee's share, a fraction of wages.
    pub rate: f64,
    /// The most wages a year it is taken on (0: no limit).
    pub wage_base: f64,
    /// The most a year (0: no limit).
    pub max: f64,
    pub wages: PayrollWages,
}

/// The local income taxes a place has, which the page does not include (their sources are in
/// `data/state-tax/local-taxes.csv`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LocalTaxes {
    pub state: UsState,
    pub taxes: &'static str,
}

include!(concat!(env!("OUT_DIR"), "/state_tax_tables.rs"));

/// The income tax of a counted `state` in `year`; `None` where the state taxes no wages or is
/// not counted yet.
pub fn state_income_tax(state: UsState, year: u16) -> Option<&'static StateIncomeTax> {
    STATE_INCOME_TAXES
        .iter()
        .find(|t| t.state == state && t.year == year)
}

/// The income tax of any `state` with a table in `year`, counted or not: for the tests that
/// measure how far the places not counted yet are from the fixture.
pub fn any_state_income_tax(state: UsState, year: u16) -> Option<&'static StateIncomeTax> {
    state_income_tax(state, year).or_else(|| {
        UNCOUNTED_STATE_INCOME_TAXES
            .iter()
            .find(|t| t.state == state && t.year == year)
    })
}

/// The payroll contributions of `state` in `year`.
pub fn state_payroll(
    state: UsState,
    year: u16,
) -> impl Iterator<Item = &'static PayrollContribution> {
    STATE_PAYROLL
        .iter()
        .filter(move |p| p.state == state && p.year == year)
}

/// The local income taxes of `state` that the page leaves out, if it has any.
pub fn local_taxes(state: UsState) -> Option<&'static LocalTaxes> {
    LOCAL_TAXES.iter().find(|l| l.state == state)
}
