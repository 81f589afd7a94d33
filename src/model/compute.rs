//! The figures of model.md, "Definitions", for one offer and across the offers of a scenario.

use super::household::{Household, RankingBasis};
use super::market::{local_market, national_percentile, LocalMarket, NoLocalWages, WagePercentile};
use super::offer::{Offer, PayBasis};
use super::scenario::{PlanYear, Scenario};
use super::tax::state::{offer_state_taxes, OfferStateTaxes};
use super::tax::{self, offer_taxes, OfferTaxes, Pay, TaxUnit};
use crate::data::{IrsLimits, UsState};
use crate::model::Bounded;

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
    /// Among the national wages of the offer's occupation.
    pub percentile: WagePercentile,
    /// Among the wages of its metro area or state.
    pub local: Result<LocalMarket, NoLocalWages>,
    /// Qualified overtime compensation (taxes.md): the FLSA half of time-and-a-half.
    pub ot_qualified: f64,
    /// The household's federal returns with and without the offer, and its FICA.
    pub tax_detail: OfferTaxes,
    /// The household's state returns with and without the offer, and the payroll contributions.
    pub state_detail: OfferStateTaxes,
    pub fed_tax: f64,
    pub fica: f64,
    pub state_tax: f64,
    pub state_payroll: f64,
    /// Every tax of the offer: `fed_tax + fica + state_tax + state_payroll`.
    pub taxes: f64,
    /// Percent of $1,000 more cash pay that goes to taxes.
    pub marginal_rate: f64,
    /// A year of pay in your account: cash less your deferral, premiums and taxes.
    pub take_home: f64,
    /// Take-home pay per paycheck of the offer's pay frequency.
    pub paycheck: f64,
    /// Value to you after tax: take-home pay, your own 401(k) money, the employer's retirement
    /// money and tax-free benefits, less commute.
    pub after_tax: f64,
    /// `after_tax` per hour worked; `None` where the paid days off leave no hours worked.
    pub after_tax_hourly: Option<f64>,
    /// The offer's `state`, or the household's home; `None` with neither.
    pub location: Option<LocationFigures>,
}

impl OfferFigures {
    /// The figure offers are ranked by on `basis`.
    pub fn basis_value(&self, basis: RankingBasis) -> f64 {
        match basis {
            RankingBasis::AfterTax => self.after_tax,
            RankingBasis::BeforeTax => self.net,
        }
    }
}

/// The figures that need a work location.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LocationFigures {
    pub state: UsState,
    /// BEA regional price parity, U.S. = 100.
    pub price_parity: f64,
    /// Net value in U.S.-average dollars: `net * 100 / RPP`.
    pub col_net: f64,
    /// Value after tax in U.S.-average dollars: `after_tax * 100 / RPP`.
    pub col_after_tax: f64,
    /// Whether the location is the household's home (the offer sets none).
    pub from_home: bool,
}

/// `x`, or the largest finite number of its sign where a ratio overflowed: hours of a tiny
/// fraction are accepted ("more than 0"), and a salary over them must not become infinity.
fn finite(x: f64) -> f64 {
    if x.is_nan() {
        0.0
    } else {
        x.bounded(f64::MIN, f64::MAX)
    }
}

/// Every figure of model.md for one offer, on the household's return, under one year's law.
pub fn compute_offer(offer: &Offer, household: &Household, year: PlanYear) -> OfferFigures {
    figures_with(offer, household, year, true)
}

/// Every figure, the marginal rate only `with_marginal` (it costs a second computation of every
/// tax).
fn figures_with(
    offer: &Offer,
    household: &Household,
    year: PlanYear,
    with_marginal: bool,
) -> OfferFigures {
    let mut figures = before_tax(offer, &year.limits(), household);
    add_taxes(&mut figures, offer, household, year, with_marginal);
    figures
}

/// The figures of model.md's "Definitions before tax"; the tax figures are left at 0.
fn before_tax(offer: &Offer, limits: &IrsLimits, household: &Household) -> OfferFigures {
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

    let hours_worked = annual_hours - offer.paid_off_hours() + offer.overtime * offer.weeks;
    let effective_hourly = (hours_worked > 0.0).then(|| finite(net / hours_worked));

    let location = offer.state.or(household.home).map(|state| {
        let price_parity = state.price_parity();
        LocationFigures {
            state,
            price_parity,
            col_net: net * 100.0 / price_parity,
            col_after_tax: 0.0,
            from_home: offer.state.is_none(),
        }
    });
    let ot_qualified = match offer.pay {
        PayBasis::Hourly => {
            offer.overtime * offer.weeks * hourly_rate * (offer.overtime_multiplier - 1.0).min(0.5)
        }
        PayBasis::Salary => 0.0,
    };

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
        percentile: national_percentile(offer.occupation, hourly_rate),
        local: local_market(
            offer.occupation,
            hourly_rate,
            offer.metro,
            offer.state.or(household.home),
        ),
        ot_qualified,
        tax_detail: OfferTaxes::default(),
        state_detail: OfferStateTaxes::default(),
        fed_tax: 0.0,
        fica: 0.0,
        state_tax: 0.0,
        state_payroll: 0.0,
        taxes: 0.0,
        marginal_rate: 0.0,
        take_home: 0.0,
        paycheck: 0.0,
        after_tax: 0.0,
        after_tax_hourly: None,
        location,
    }
}

/// The offer's pay as the tax forms see it.
fn taxed_pay(f: &OfferFigures, offer: &Offer) -> Pay {
    Pay {
        wages: f.cash,
        deferral: f.deferral,
        premium: offer.premium,
        ot_qualified: f.ot_qualified,
        employer_hsa: offer.hsa,
    }
}

/// What a raise of this much cash shows of the marginal rate.
const MARGINAL_RAISE: f64 = 1_000.0;

/// Every tax of the offer's pay with `extra` cash: federal, FICA, state.
fn all_taxes(
    f: &OfferFigures,
    offer: &Offer,
    household: &Household,
    year: PlanYear,
    extra: f64,
) -> (OfferTaxes, OfferStateTaxes) {
    let law = tax::federal_tax(year.year());
    let pay = Pay {
        wages: f.cash + extra,
        ..taxed_pay(f, offer)
    };
    let federal = offer_taxes(law, household, pay);
    let state = offer_state_taxes(
        law,
        f.location.map(|l| l.state),
        &TaxUnit::with_offer(household, pay),
        &federal.federal,
        &federal.federal_without,
    );
    (federal, state)
}

fn total_taxes((federal, state): &(OfferTaxes, OfferStateTaxes)) -> f64 {
    federal.fed_tax() + federal.fica.total() + state.state_tax() + state.payroll
}

/// Fills in model.md's "Taxes" and "After tax"; the marginal rate only `with_marginal` (the
/// breakeven search needs the basis, not the rate).
fn add_taxes(
    f: &mut OfferFigures,
    offer: &Offer,
    household: &Household,
    year: PlanYear,
    with_marginal: bool,
) {
    let taxes = all_taxes(f, offer, household, year, 0.0);
    f.fed_tax = taxes.0.fed_tax();
    f.fica = taxes.0.fica.total();
    f.state_tax = taxes.1.state_tax();
    f.state_payroll = taxes.1.payroll;
    f.taxes = total_taxes(&taxes);
    if with_marginal {
        let raised = all_taxes(f, offer, household, year, MARGINAL_RAISE);
        f.marginal_rate = (total_taxes(&raised) - f.taxes) / MARGINAL_RAISE * 100.0;
    }
    (f.tax_detail, f.state_detail) = taxes;
    f.take_home = f.cash - f.deferral - offer.premium - f.taxes;
    f.paycheck = f.take_home / offer.frequency.periods();
    f.after_tax = f.take_home + f.deferral + f.retirement + f.benefits - offer.commute;
    f.after_tax_hourly = (f.hours_worked > 0.0).then(|| finite(f.after_tax / f.hours_worked));
    if let Some(location) = f.location.as_mut() {
        location.col_after_tax = f.after_tax * 100.0 / location.price_parity;
    }
}

/// A part of the value of an offer, for saying what an offer lacks next to the best.
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
    /// Every tax of the offer (after tax only: a shortfall means it is taxed more).
    Taxes,
}

impl Component {
    pub const ALL: [Component; 5] = [
        Component::Cash,
        Component::Retirement,
        Component::Benefits,
        Component::Costs,
        Component::Taxes,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Component::Cash => "cash pay",
            Component::Retirement => "retirement money",
            Component::Benefits => "benefits",
            Component::Costs => "your premiums and commute",
            Component::Taxes => "taxes",
        }
    }

    /// Whether a shortfall here means paying more (costs, taxes) rather than getting less.
    pub fn is_cost(self) -> bool {
        matches!(self, Component::Costs | Component::Taxes)
    }

    /// This component's contribution to the value on `basis` (costs and taxes count negative);
    /// `None` for taxes before tax.
    fn value(self, figures: &OfferFigures, basis: RankingBasis) -> Option<f64> {
        Some(match self {
            Component::Cash => figures.cash,
            Component::Retirement => figures.retirement,
            Component::Benefits => figures.benefits,
            Component::Costs => -figures.costs,
            Component::Taxes if basis == RankingBasis::AfterTax => -figures.taxes,
            Component::Taxes => return None,
        })
    }
}

/// How much less value an offer gets from one component than the best offer does.
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
    /// `basis - basis(best)`: 0 for the best, negative for the others.
    pub diff: f64,
    /// The pay (wage or salary, the offer's own basis) at which its value on the ranking basis
    /// equals the best's, every other field kept; `None` where no pay up to the field's maximum
    /// gets there.
    pub breakeven: Option<f64>,
    /// The components where it gets less than the best, largest first.
    pub shortfalls: Vec<Shortfall>,
}

/// The figures of every offer of a scenario, in order, and the best of them.
#[derive(Clone, Debug, PartialEq)]
pub struct Comparison {
    pub offers: Vec<OfferResult>,
    /// Index of the offer with the highest value on the basis (the first of them on a tie).
    pub best: usize,
    pub basis: RankingBasis,
    /// An offer's place taxes wages and the page has not loaded the state tax engine yet: the
    /// figures after tax, the ranking and the gaps are not right yet, so none may be shown.
    pub pending: bool,
}

impl Comparison {
    /// The value of the best offer on the ranking basis.
    pub fn best_value(&self) -> f64 {
        self.offers
            .get(self.best)
            .map_or(0.0, |r| r.figures.basis_value(self.basis))
    }
}

/// Every figure of model.md for every offer of the scenario.
pub fn compute(scenario: &Scenario) -> Comparison {
    let (year, household) = (scenario.year(), scenario.household());
    let basis = household.basis;
    let figures: Vec<OfferFigures> = scenario
        .offers()
        .iter()
        .map(|o| compute_offer(o, household, year))
        .collect();
    let mut best = 0;
    for (i, f) in figures.iter().enumerate() {
        if f.basis_value(basis) > figures[best].basis_value(basis) {
            best = i;
        }
    }
    let pending = figures.iter().any(|f| f.state_detail.pending);
    let best_figures = figures[best].clone();
    let best_value = best_figures.basis_value(basis);
    let offers = scenario
        .offers()
        .iter()
        .zip(figures)
        .map(|(offer, figures)| {
            let mut shortfalls: Vec<Shortfall> = Component::ALL
                .into_iter()
                .filter_map(|component| {
                    Some(Shortfall {
                        component,
                        amount: component.value(&best_figures, basis)?
                            - component.value(&figures, basis)?,
                    })
                })
                .filter(|s| s.amount >= 0.5)
                .collect();
            shortfalls.sort_by(|a, b| b.amount.total_cmp(&a.amount));
            OfferResult {
                diff: figures.basis_value(basis) - best_value,
                breakeven: breakeven(offer, household, year, best_value),
                figures,
                shortfalls,
            }
        })
        .collect();
    Comparison {
        offers,
        best,
        basis,
        pending,
    }
}

/// The lowest pay (of the offer's own basis) at which its value on the household's ranking basis
/// reaches `target`, every other field kept; its own pay where that already does.
///
/// Value after tax is not monotone in pay: the law puts steps down in it (the saver's credit
/// rate at its AGI limits, the child tax credit $50 at a time, Pennsylvania's tax forgiveness
/// 10% at a time, a state credit that ends at an income), so a crossing found by bisection can
/// sit above a lower one, and a pay below the offer's own can reach the target. Between the
/// steps down, though, the value rises no faster than a bound ([`Walk::value_at`]), so from any
/// pay whose value falls short by `gap`, none up to `gap / bound` further can reach the target.
/// The search walks up from the lowest pay by such steps, each one safe, to the first crossing:
/// no list of steps, and no state's law, is needed.
pub fn breakeven(offer: &Offer, household: &Household, year: PlanYear, target: f64) -> Option<f64> {
    let range = offer.pay.pay_field().range()?;
    let (lowest, max) = (range.min.max(0.0), range.max);
    let mut walk = Walk::new(offer, household, year, lowest);
    let current = offer.pay_amount();
    if walk.value_at(current).0 >= target {
        return Some(current);
    }
    if walk.value_at(max).0 < target {
        return None;
    }
    let mut pay = lowest;
    let (mut value, mut bound) = walk.value_at(pay);
    let mut bracketed = false;
    for _ in 0..MAX_SAFE_STEPS {
        let gap = target - value;
        if gap <= 0.0 {
            return Some(pay);
        }
        if gap > CLOSE_ENOUGH {
            bracketed = false;
        } else if !bracketed {
            // Within a hair of a crossing where the value rises on: bracket it, and bisect.
            // Where it does not rise on (a step down right there, or the target touched only at
            // a step's edge), the walk goes on.
            bracketed = true;
            let above = (pay + BRACKET * gap / bound).min(max);
            if walk.value_at(above).0 >= target {
                return Some(bisect(pay, above, |p| walk.value_at(p).0 >= target));
            }
        }
        let next = (pay + gap / bound).min(max);
        if next <= pay {
            return Some(pay); // the next float: as close as f64 gets
        }
        pay = next;
        (value, bound) = walk.value_at(pay);
    }
    // Not settled in as many steps: a crossing at or above here, by bisection.
    Some(if value >= target {
        pay
    } else {
        bisect(pay, max, |p| walk.value_at(p).0 >= target)
    })
}

/// How close to the target, $ a year, the breakeven's walk comes before it tries to bisect, and
/// how many of its safe steps ahead it looks for a pay that reaches the target.
const CLOSE_ENOUGH: f64 = 1e-3;
const BRACKET: f64 = 16.0;

/// Steps of the breakeven's walk before it settles for bisection from where it got: the walk
/// takes about 10 to 100 (each one shortens the gap by a share of it).
const MAX_SAFE_STEPS: usize = 600;

/// Below this much earned income (the household's, before deferrals), an earned income credit
/// may still be phasing in: the federal one ends under $20,000, California's and Minnesota's
/// own under $40,000 too.
const EARNED_CREDITS_PHASE_IN_END: f64 = 40_000.0;

/// What the earned income credits can give back, at most, per dollar earned while they phase
/// in: the federal one (45% at most), a state's share of it (up to 100% or more), a state's own.
const EARNED_CREDITS_PHASE_IN: f64 = 2.5;

/// The offer at other pays, for the breakeven: its value on the ranking basis, and a bound on
/// how fast that value can rise with pay from there on (between the law's steps down).
struct Walk<'a> {
    trial: Offer,
    household: &'a Household,
    year: PlanYear,
    limits: IrsLimits,
    law: &'static tax::FederalTax,
    /// The most net value rises per unit of pay (a dollar an hour, or a year): its rate at the
    /// lowest pay, since the IRS limits and caps only slow it as pay rises.
    net_slope: f64,
}

impl<'a> Walk<'a> {
    fn new(offer: &Offer, household: &'a Household, year: PlanYear, lowest: f64) -> Self {
        let mut walk = Walk {
            trial: offer.clone(),
            household,
            year,
            limits: year.limits(),
            law: tax::federal_tax(year.year()),
            net_slope: 0.0,
        };
        let net_at = |walk: &mut Walk, pay: f64| {
            walk.trial.set_pay_amount(pay);
            before_tax(&walk.trial, &walk.limits, walk.household).net
        };
        walk.net_slope = (net_at(&mut walk, lowest + 1.0) - net_at(&mut walk, lowest)).max(0.0);
        walk
    }

    /// The value at `pay`, and how fast it can rise from `pay` up. Taxes fall as pay rises only
    /// by the credits that grow with it, and each of those stops growing at an income that pay
    /// only passes once: the earned income credits, the refundable child tax credit (with a
    /// state's share of it), the saver's credit until the deferral reaches what it counts.
    fn value_at(&mut self, pay: f64) -> (f64, f64) {
        self.trial.set_pay_amount(pay);
        let mut f = before_tax(&self.trial, &self.limits, self.household);
        let household = self.household;
        let mut credits = 0.0;
        if household.basis == RankingBasis::AfterTax {
            add_taxes(&mut f, &self.trial, household, self.year, false);
            let law = self.law;
            // Earned income, at least: wages less what is taken out before tax.
            let earned = (f.cash - f.deferral - self.trial.premium).max(0.0) + household.other;
            if earned < EARNED_CREDITS_PHASE_IN_END {
                credits += EARNED_CREDITS_PHASE_IN;
            }
            let ctc = &law.ctc;
            let ctc_end = ctc.earned_income_floor
                + f64::from(household.kids) * ctc.refundable_max / ctc.refundable_rate.max(1e-9);
            if household.kids > 0 && earned < ctc_end {
                credits += 2.0 * ctc.refundable_rate;
            }
            if f.deferral < law.savers.contribution_cap {
                credits += law.savers.rates[0];
            }
        }
        // A hair over, so rounding never makes a step too long.
        let bound = (1.0 + credits) * self.net_slope * (1.0 + 1e-9);
        (f.basis_value(household.basis), bound)
    }
}

/// The least `x` in `(low, high]` where `reached` holds, for `reached(low)` false and
/// `reached(high)` true, to the last float.
fn bisect(low: f64, high: f64, mut reached: impl FnMut(f64) -> bool) -> f64 {
    let (mut below, mut reaches) = (low, high);
    for _ in 0..200 {
        let mid = below + (reaches - below) / 2.0;
        if mid <= below || mid >= reaches {
            break; // adjacent floats: as close as f64 gets
        }
        if reached(mid) {
            reaches = mid;
        } else {
            below = mid;
        }
    }
    reaches
}

/// What an offer is worth in one place, as if its job and your home were there.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PlaceValue {
    pub state: UsState,
    /// Value to you after tax there.
    pub after_tax: f64,
    /// The same at U.S.-average prices (BEA regional price parity).
    pub col_after_tax: f64,
    pub state_tax: f64,
    pub state_payroll: f64,
    /// Whether the page counts the place's income tax (else it is 0 there).
    pub counted: bool,
    /// Its income tax waits for the state tax engine (`OfferStateTaxes::pending`).
    pub pending: bool,
}

/// The offer in each of the 51 places (its work location and the household's home both there),
/// best at U.S.-average prices first: for a remote worker choosing where to live.
pub fn value_by_place(offer: &Offer, household: &Household, year: PlanYear) -> Vec<PlaceValue> {
    let mut places: Vec<PlaceValue> = UsState::ALL
        .iter()
        .map(|&state| {
            let moved = Offer {
                state: Some(state),
                ..offer.clone()
            };
            let home = Household {
                home: Some(state),
                ..household.clone()
            };
            let f = figures_with(&moved, &home, year, false);
            PlaceValue {
                state,
                after_tax: f.after_tax,
                col_after_tax: f.location.map_or(f.after_tax, |l| l.col_after_tax),
                state_tax: f.state_tax,
                state_payroll: f.state_payroll,
                counted: f.state_detail.counted,
                pending: f.state_detail.pending,
            }
        })
        .collect();
    places.sort_by(|a, b| b.col_after_tax.total_cmp(&a.col_after_tax));
    places
}
