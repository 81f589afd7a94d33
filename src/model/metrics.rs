//! The figures the page shows for each offer, by the names of links.md's test hooks.

use super::compute::OfferResult;

/// A figure shown per offer, named as in `data-testid="METRIC-N"`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Metric {
    Base,
    HourlyRate,
    Overtime,
    Bonus,
    Profit,
    Cash,
    Match,
    NonElective,
    Retirement,
    Benefits,
    Total,
    Net,
    HoursWorked,
    EffectiveHourly,
    FullMatchPct,
    Percentile,
    Diff,
    Breakeven,
    ColNet,
    FedTax,
    Fica,
    StateTax,
    StatePayroll,
    Taxes,
    MarginalRate,
    TakeHome,
    Paycheck,
    AfterTax,
    AfterTaxHourly,
    ColAfterTax,
    LocalPercentile,
}

impl Metric {
    pub const ALL: [Metric; 31] = [
        Metric::Base,
        Metric::HourlyRate,
        Metric::Overtime,
        Metric::Bonus,
        Metric::Profit,
        Metric::Cash,
        Metric::Match,
        Metric::NonElective,
        Metric::Retirement,
        Metric::Benefits,
        Metric::Total,
        Metric::Net,
        Metric::HoursWorked,
        Metric::EffectiveHourly,
        Metric::FullMatchPct,
        Metric::Percentile,
        Metric::Diff,
        Metric::Breakeven,
        Metric::ColNet,
        Metric::FedTax,
        Metric::Fica,
        Metric::StateTax,
        Metric::StatePayroll,
        Metric::Taxes,
        Metric::MarginalRate,
        Metric::TakeHome,
        Metric::Paycheck,
        Metric::AfterTax,
        Metric::AfterTaxHourly,
        Metric::ColAfterTax,
        Metric::LocalPercentile,
    ];

    /// The METRIC of the hook.
    pub fn name(self) -> &'static str {
        match self {
            Metric::Base => "base",
            Metric::HourlyRate => "hourly-rate",
            Metric::Overtime => "overtime",
            Metric::Bonus => "bonus",
            Metric::Profit => "profit",
            Metric::Cash => "cash",
            Metric::Match => "match",
            Metric::NonElective => "nonelective",
            Metric::Retirement => "retirement",
            Metric::Benefits => "benefits",
            Metric::Total => "total",
            Metric::Net => "net",
            Metric::HoursWorked => "hours-worked",
            Metric::EffectiveHourly => "effective-hourly",
            Metric::FullMatchPct => "full-match-pct",
            Metric::Percentile => "percentile",
            Metric::Diff => "diff",
            Metric::Breakeven => "breakeven",
            Metric::ColNet => "col-net",
            Metric::FedTax => "fed-tax",
            Metric::Fica => "fica",
            Metric::StateTax => "state-tax",
            Metric::StatePayroll => "state-payroll",
            Metric::Taxes => "taxes",
            Metric::MarginalRate => "marginal-rate",
            Metric::TakeHome => "take-home",
            Metric::Paycheck => "paycheck",
            Metric::AfterTax => "after-tax",
            Metric::AfterTaxHourly => "after-tax-hourly",
            Metric::ColAfterTax => "col-after-tax",
            Metric::LocalPercentile => "local-percentile",
        }
    }

    pub fn from_name(name: &str) -> Option<Metric> {
        Metric::ALL.into_iter().find(|m| m.name() == name)
    }

    /// The unrounded figure for one offer; `None` where the page shows none (no breakeven, no
    /// location, no hours worked, no local wages).
    pub fn value(self, result: &OfferResult) -> Option<f64> {
        let f = &result.figures;
        Some(match self {
            Metric::Base => f.base,
            Metric::HourlyRate => f.hourly_rate,
            Metric::Overtime => f.overtime,
            Metric::Bonus => f.bonus,
            Metric::Profit => f.profit,
            Metric::Cash => f.cash,
            Metric::Match => f.employer_match,
            Metric::NonElective => f.nonelective,
            Metric::Retirement => f.retirement,
            Metric::Benefits => f.benefits,
            Metric::Total => f.total,
            Metric::Net => f.net,
            Metric::HoursWorked => f.hours_worked,
            Metric::EffectiveHourly => return f.effective_hourly,
            Metric::FullMatchPct => f.full_match_pct,
            Metric::Percentile => f.percentile.value,
            Metric::Diff => result.diff,
            Metric::Breakeven => return result.breakeven,
            Metric::ColNet => return f.location.map(|l| l.col_net),
            Metric::FedTax => f.fed_tax,
            Metric::Fica => f.fica,
            Metric::StateTax => f.state_tax,
            Metric::StatePayroll => f.state_payroll,
            Metric::Taxes => f.taxes,
            Metric::MarginalRate => f.marginal_rate,
            Metric::TakeHome => f.take_home,
            Metric::Paycheck => f.paycheck,
            Metric::AfterTax => f.after_tax,
            Metric::AfterTaxHourly => return f.after_tax_hourly,
            Metric::ColAfterTax => return f.location.map(|l| l.col_after_tax),
            Metric::LocalPercentile => return f.local.ok()?.percentile.map(|p| p.value),
        })
    }

    /// The value as the `data-value` attribute writes it: a plain decimal with at least two
    /// decimals (more where the number has them), never an exponent.
    pub fn data_value(x: f64) -> String {
        let text = super::number::format_decimal(x);
        match text.split_once('.') {
            None => format!("{text}.00"),
            Some((_, decimals)) if decimals.len() < 2 => format!("{text}0"),
            Some(_) => text,
        }
    }
}
