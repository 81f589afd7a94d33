//! The taxes of an offer (`spec/taxes.md`): the household's federal return with and without the
//! offer's pay, and the Social Security and Medicare tax on it. Pure functions named for the steps
//! of the forms; every figure of the law comes from `data/` through [`FederalTax`].

mod federal;
mod payroll;
pub mod state;

pub use federal::{
    additional_child_tax_credit, adjusted_gross_income, child_tax_credit, earned_income_credit,
    earned_income_credit_by, federal_return, household_fica, income_tax_from_schedule,
    overtime_deduction, savers_credit, savers_rate, taxable_income, FederalReturn,
};
pub use payroll::{additional_medicare_tax, medicare_tax, offer_fica, social_security_tax, Fica};

pub use crate::data::{federal_tax, FederalTax};

use super::household::{FilingStatus, Household};

/// The pay of one job as the tax forms see it, $/year.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Pay {
    /// Cash pay: what the employer pays before anything is taken out.
    pub wages: f64,
    /// Traditional (pre-tax) 401(k)/403(b) elective deferral.
    pub deferral: f64,
    /// Your own premiums, pre-tax under a Section 125 plan.
    pub premium: f64,
    /// Qualified overtime compensation (IRC 225): the half of time-and-a-half the FLSA requires.
    pub ot_qualified: f64,
    /// The employer's HSA contribution: untaxed federally, taxed by some states.
    pub employer_hsa: f64,
}

impl Pay {
    /// Wages of another job: no deferral, premiums or overtime the page knows of.
    pub fn wages_only(wages: f64) -> Pay {
        Pay {
            wages,
            ..Pay::default()
        }
    }

    /// Federal taxable wages, W-2 box 1: deferrals and Section 125 premiums are not taxed.
    pub fn wages_box1(&self) -> f64 {
        self.wages - self.deferral - self.premium
    }

    /// Social Security and Medicare wages, W-2 boxes 3 and 5: deferrals are, premiums are not.
    pub fn wages_fica(&self) -> f64 {
        self.wages - self.premium
    }
}

/// The return of a household: filing status, children and the pay of each job on it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct TaxUnit {
    pub filing: FilingStatus,
    pub kids: u8,
    /// The offer's pay, where the return has it.
    pub offer: Option<Pay>,
    /// Other household wages.
    pub other: f64,
}

impl TaxUnit {
    /// The household's return with the offer's pay on it.
    pub fn with_offer(household: &Household, offer: Pay) -> TaxUnit {
        TaxUnit {
            filing: household.filing,
            kids: household.kids,
            offer: Some(offer),
            other: household.other,
        }
    }

    /// The same return without the offer: `other` alone.
    pub fn without_offer(&self) -> TaxUnit {
        TaxUnit {
            offer: None,
            ..*self
        }
    }

    /// The pay of each job on the return.
    pub fn jobs(&self) -> impl Iterator<Item = Pay> {
        self.offer
            .into_iter()
            .chain(Some(Pay::wages_only(self.other)))
    }
}

/// The federal taxes of one offer: what its pay adds to the household's taxes.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct OfferTaxes {
    /// The household's return with the offer's pay.
    pub federal: FederalReturn,
    /// The household's return without it (`other` alone).
    pub federal_without: FederalReturn,
    pub fica: Fica,
}

impl OfferTaxes {
    /// Federal income tax the offer's pay adds, after credits (negative where refundable credits
    /// exceed the tax).
    pub fn fed_tax(&self) -> f64 {
        self.federal.income_tax() - self.federal_without.income_tax()
    }

    /// The credits the offer's pay takes from the household's return (an earned income credit
    /// phasing out), credit by credit: [`Self::fed_tax`] counts them as tax.
    pub fn credits_lost(&self) -> f64 {
        self.credit_changes().map(|change| (-change).max(0.0)).sum()
    }

    /// The credits the offer's pay brings (a child tax credit's refundable part phasing in, the
    /// saver's credit on its deferral): [`Self::fed_tax`] is after them.
    pub fn credits_gained(&self) -> f64 {
        self.credit_changes().map(|change| change.max(0.0)).sum()
    }

    fn credit_changes(&self) -> impl Iterator<Item = f64> {
        let (with, without) = (
            self.federal.credit_amounts(),
            self.federal_without.credit_amounts(),
        );
        with.into_iter().zip(without).map(|(w, wo)| w - wo)
    }
}

/// The federal taxes of an offer's pay on the household's return.
pub fn offer_taxes(law: &FederalTax, household: &Household, pay: Pay) -> OfferTaxes {
    let unit = TaxUnit::with_offer(household, pay);
    OfferTaxes {
        federal: federal_return(law, &unit),
        federal_without: federal_return(law, &unit.without_offer()),
        fica: offer_fica(law, household.filing, pay.wages_fica(), household.other),
    }
}

/// A point where the law lowers what you keep by a step as AGI rises past it. The federal steps
/// are listed for the property test that more pay never lowers value after tax by more than the
/// steps it crosses; the breakeven search needs no list (`compute::breakeven`).
#[cfg(test)]
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ValueStep {
    /// The highest household AGI that still has the higher value.
    pub agi: f64,
    /// The most the value falls just past it.
    pub drop: f64,
}

/// Every step down of the offer's value after tax as the household's AGI rises: the saver's
/// credit rate dropping at its AGI limits, the child tax credit falling by a step for each
/// $1,000 (or part of one) over its start, the overtime deduction for each whole $1,000.
#[cfg(test)]
pub fn value_steps(law: &FederalTax, household: &Household, pay: &Pay) -> Vec<ValueStep> {
    use crate::model::Bounded;
    let filing = household.filing;
    let mut steps = Vec::new();

    let savers = &law.savers;
    let counted = pay.deferral.bounded(0.0, savers.contribution_cap);
    if counted > 0.0 {
        for (i, &limit) in savers.agi_limits.get(filing).iter().enumerate() {
            let next_rate = savers.rates.get(i + 1).copied().unwrap_or(0.0);
            steps.push(ValueStep {
                agi: limit,
                drop: (savers.rates[i] - next_rate) * counted,
            });
        }
    }

    let ctc = &law.ctc;
    let credit = ctc.amount * f64::from(household.kids);
    let start = ctc.phase_out.start.get(filing);
    let mut k = 0.0;
    while k * ctc.phase_out.per_step < credit && ctc.phase_out.per_step > 0.0 {
        steps.push(ValueStep {
            agi: start + k * ctc.phase_out.step,
            drop: ctc.phase_out.per_step,
        });
        k += 1.0;
    }

    let overtime = &law.overtime;
    let deduction = pay.ot_qualified.bounded(0.0, overtime.cap.get(filing));
    let start = overtime.phase_out.start.get(filing);
    let mut k = 1.0;
    while (k - 1.0) * overtime.phase_out.per_step < deduction && overtime.phase_out.per_step > 0.0 {
        steps.push(ValueStep {
            agi: crate::model::next_below(start + k * overtime.phase_out.step),
            // At most the whole $100 of deduction's worth: its tax is less.
            drop: overtime.phase_out.per_step,
        });
        k += 1.0;
    }
    steps
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
