//! The figures of model.md, "Definitions", for one offer and across the offers of a scenario.

use super::offer::{Offer, PayBasis};
use super::scenario::Scenario;
use crate::data::{IrsLimits, UsState, BLS_HOURLY_MAY2024};

/// Every figure of one offer, unrounded. Money is dollars a year unless named otherwise.
#[derive(Clone, Debug, PartialEq)]
pub struct OfferFigures {
    pub annual_hours: f64,
    pub base: f64,
    /// $/hour.
    pub hourly_rate: f64,
    pub overtime: f64,
    pub bonus: f64,
    pub profit: f64,
    pub cash: f64,
    /// Pay the plan counts: base, at most the 401(a)(17) compensation limit.
    pub plan_pay: f64,
    /// Whether the 401(a)(17) limit cut the plan pay.
    pub plan_pay_capped: bool,
    /// The contribution percent in effect (set, or the full-match percent).
    pub contribution_pct: f64,
    /// Your elective deferral, at most the 402(g) limit.
    pub deferral: f64,
    pub deferral_capped: bool,
    /// `c`: the deferral as a percent of plan pay.
    pub deferral_pct: f64,
    /// The employer match earned in each tier of the formula, in order.
    pub match_by_tier: Vec<f64>,
    pub employer_match: f64,
    pub nonelective: f64,
    /// Match plus non-elective, at most the 415(c) room left after the deferral.
    pub retirement: f64,
    pub retirement_capped: bool,
    pub benefits: f64,
    pub total: f64,
    /// Your premiums plus commute: what the offer costs you.
    pub costs: f64,
    pub net: f64,
    pub hours_worked: f64,
    /// $/hour of net value per hour worked; `None` when the paid days off leave no hours worked.
    pub effective_hourly: Option<f64>,
    pub full_match_pct: f64,
    pub percentile: WagePercentile,
    pub location: Option<LocationFigures>,
}

/// Where an hourly rate falls among the BLS national percentiles.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct WagePercentile {
    /// 10 to 90.
    pub value: f64,
    pub position: PercentilePosition,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PercentilePosition {
    /// Below the 10th percentile wage (the value is clamped to 10).
    Under10th,
    Within,
    /// Above the 90th percentile wage (the value is clamped to 90).
    Over90th,
}

/// The figures that need a work location.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LocationFigures {
    pub state: UsState,
    /// BLS mean wage of the occupation in the state, $/hour and $/year (May 2023).
    pub mean_hourly: f64,
    pub mean_annual: f64,
    /// BEA regional price parity, U.S. = 100.
    pub price_parity: f64,
    /// Net value in U.S.-average dollars: `net * 100 / RPP`.
    pub col_net: f64,
}

/// Where an hourly rate falls among the BLS May 2024 national percentiles of SOC 29-2072: linear
/// between the published points, clamped to 10 and 90.
pub fn wage_percentile(hourly_rate: f64) -> WagePercentile {
    let points = BLS_HOURLY_MAY2024.points();
    let (first, last) = (points[0], points[points.len() - 1]);
    if hourly_rate < first.1 {
        return WagePercentile {
            value: first.0,
            position: PercentilePosition::Under10th,
        };
    }
    if hourly_rate > last.1 {
        return WagePercentile {
            value: last.0,
            position: PercentilePosition::Over90th,
        };
    }
    let value = points
        .windows(2)
        .find(|w| hourly_rate <= w[1].1)
        .map(|w| {
            let ((p0, w0), (p1, w1)) = (w[0], w[1]);
            p0 + (p1 - p0) * (hourly_rate - w0) / (w1 - w0)
        })
        .unwrap_or(last.0);
    WagePercentile {
        value,
        position: PercentilePosition::Within,
    }
}

/// `x`, or the largest finite number of its sign where a ratio overflowed: hours of a tiny
/// fraction are accepted ("more than 0"), and a salary over them must not become infinity.
fn finite(x: f64) -> f64 {
    if x.is_nan() {
        0.0
    } else {
        x.clamp(f64::MIN, f64::MAX)
    }
}

/// Every figure of model.md for one offer under one year's IRS limits.
pub fn compute_offer(offer: &Offer, limits: &IrsLimits) -> OfferFigures {
    let annual_hours = offer.hours * offer.weeks;
    let base = match offer.pay {
        PayBasis::Hourly => offer.wage * annual_hours,
        PayBasis::Salary => offer.salary,
    };
    let hourly_rate = if annual_hours > 0.0 {
        finite(base / annual_hours)
    } else {
        0.0
    };
    let overtime = match offer.pay {
        PayBasis::Hourly => offer.overtime * offer.overtime_multiplier * hourly_rate * offer.weeks,
        PayBasis::Salary => 0.0,
    };
    let bonus = offer.bonus + offer.bonus_pct / 100.0 * base;
    let profit = offer.profit_sharing;
    let cash = base + overtime + bonus + profit;

    let plan_pay = base.min(limits.compensation_limit_401a17);
    let contribution_pct = offer.contribution_pct();
    let wanted_deferral = contribution_pct / 100.0 * plan_pay;
    let deferral = wanted_deferral.min(limits.elective_deferral_402g);
    let deferral_pct = if plan_pay > 0.0 {
        deferral / plan_pay * 100.0
    } else {
        0.0
    };
    let match_by_tier: Vec<f64> = offer
        .match_formula
        .tier_pcts(deferral_pct)
        .map(|pct| plan_pay * pct / 100.0)
        .collect();
    let employer_match: f64 = match_by_tier.iter().sum();
    let nonelective = offer.non_elective / 100.0 * plan_pay;
    let room = limits.annual_additions_415c - deferral;
    let retirement = (employer_match + nonelective).min(room);

    let benefits = offer.health + offer.hsa + offer.education + offer.perks;
    let total = cash + retirement + benefits;
    let costs = offer.premium + offer.commute;
    let net = total - costs;

    let hours_worked =
        annual_hours - offer.paid_days_off * offer.hours / 5.0 + offer.overtime * offer.weeks;
    let effective_hourly = (hours_worked > 0.0).then(|| finite(net / hours_worked));

    let location = offer.state.map(|state| {
        let mean = state.mean_wage();
        let price_parity = state.price_parity();
        LocationFigures {
            state,
            mean_hourly: mean.hourly,
            mean_annual: mean.annual,
            price_parity,
            col_net: net * 100.0 / price_parity,
        }
    });

    OfferFigures {
        annual_hours,
        base,
        hourly_rate,
        overtime,
        bonus,
        profit,
        cash,
        plan_pay,
        plan_pay_capped: base > limits.compensation_limit_401a17,
        contribution_pct,
        deferral,
        deferral_capped: wanted_deferral > limits.elective_deferral_402g,
        deferral_pct,
        match_by_tier,
        employer_match,
        nonelective,
        retirement,
        retirement_capped: employer_match + nonelective > room,
        benefits,
        total,
        costs,
        net,
        hours_worked,
        effective_hourly,
        full_match_pct: offer.match_formula.full_match_pct(),
        percentile: wage_percentile(hourly_rate),
        location,
    }
}

/// A part of the net value, for saying what an offer lacks next to the best.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Component {
    /// Base, overtime, bonus and profit sharing.
    Cash,
    /// Employer match and non-elective money.
    Retirement,
    /// Employer-paid premiums, HSA/HRA, education money and perks.
    Benefits,
    /// Your premiums and commute (a shortfall here means they cost you more).
    Costs,
}

impl Component {
    pub const ALL: [Component; 4] = [
        Component::Cash,
        Component::Retirement,
        Component::Benefits,
        Component::Costs,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Component::Cash => "cash pay",
            Component::Retirement => "retirement money",
            Component::Benefits => "benefits",
            Component::Costs => "your premiums and commute",
        }
    }

    /// This component's contribution to net value (costs count negative).
    fn value(self, figures: &OfferFigures) -> f64 {
        match self {
            Component::Cash => figures.cash,
            Component::Retirement => figures.retirement,
            Component::Benefits => figures.benefits,
            Component::Costs => -figures.costs,
        }
    }
}

/// How much less net value an offer gets from one component than the best offer does.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Shortfall {
    pub component: Component,
    /// Dollars a year, more than 0.
    pub amount: f64,
}

/// One offer's figures and where it stands among the others.
#[derive(Clone, Debug, PartialEq)]
pub struct OfferResult {
    pub figures: OfferFigures,
    /// `net - net(best)`: 0 for the best, negative for the others.
    pub diff: f64,
    /// The pay (wage or salary, the offer's own basis) at which its net equals the best's, every
    /// other field kept; `None` where no pay up to the field's maximum gets there.
    pub breakeven: Option<f64>,
    /// The components where it gets less than the best, largest first.
    pub shortfalls: Vec<Shortfall>,
}

/// The figures of every offer of a scenario, in order, and the best of them.
#[derive(Clone, Debug, PartialEq)]
pub struct Comparison {
    pub offers: Vec<OfferResult>,
    /// Index of the offer with the highest net (the first of them on a tie).
    pub best: usize,
}

impl Comparison {
    /// The net value of the best offer.
    pub fn best_net(&self) -> f64 {
        self.offers.get(self.best).map_or(0.0, |r| r.figures.net)
    }
}

/// Every figure of model.md for every offer of the scenario.
pub fn compute(scenario: &Scenario) -> Comparison {
    let limits = scenario.year().limits();
    let figures: Vec<OfferFigures> = scenario
        .offers()
        .iter()
        .map(|o| compute_offer(o, &limits))
        .collect();
    let mut best = 0;
    for (i, f) in figures.iter().enumerate() {
        if f.net > figures[best].net {
            best = i;
        }
    }
    let best_figures = figures[best].clone();
    let best_net = best_figures.net;
    let offers = scenario
        .offers()
        .iter()
        .zip(figures)
        .map(|(offer, figures)| {
            let mut shortfalls: Vec<Shortfall> = Component::ALL
                .into_iter()
                .map(|component| Shortfall {
                    component,
                    amount: component.value(&best_figures) - component.value(&figures),
                })
                .filter(|s| s.amount >= 0.5)
                .collect();
            shortfalls.sort_by(|a, b| b.amount.total_cmp(&a.amount));
            OfferResult {
                diff: figures.net - best_net,
                breakeven: breakeven(offer, &limits, best_net),
                figures,
                shortfalls,
            }
        })
        .collect();
    Comparison { offers, best }
}

/// The offer's pay (of its own basis) at which its net reaches `target`, every other field kept.
///
/// Net is continuous in pay and, for every match formula whose rates do not rise from tier to
/// tier, never falls as pay rises; bisection between the current pay (net below the target) and
/// the field's maximum (net at or above it) converges on a pay whose net is the target to a
/// fraction of a cent. Returns the current pay where its net already reaches the target.
pub fn breakeven(offer: &Offer, limits: &IrsLimits, target: f64) -> Option<f64> {
    let mut trial = offer.clone();
    let mut net_at = |pay: f64| {
        trial.set_pay_amount(pay);
        compute_offer(&trial, limits).net
    };
    let current = offer.pay_amount();
    if net_at(current) >= target {
        return Some(current);
    }
    let max = offer.pay.pay_field().range().map_or(0.0, |r| r.max);
    if net_at(max) < target {
        return None;
    }
    let (mut below, mut reaches) = (current, max);
    for _ in 0..200 {
        let mid = below + (reaches - below) / 2.0;
        if mid <= below || mid >= reaches {
            break; // adjacent floats: as close as f64 gets
        }
        if net_at(mid) >= target {
            reaches = mid;
        } else {
            below = mid;
        }
    }
    Some(reaches)
}
