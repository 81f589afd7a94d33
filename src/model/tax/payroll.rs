//! Social Security and Medicare tax of the employee (IRC 3101), taxes.md "fica".

use super::FederalTax;
use crate::model::Bounded;
use crate::model::FilingStatus;

/// The employee's Social Security and Medicare tax on one offer's pay.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Fica {
    pub social_security: f64,
    pub medicare: f64,
    /// The Additional Medicare Tax that the offer's pay adds to the household's.
    pub additional_medicare: f64,
}

impl Fica {
    pub fn total(&self) -> f64 {
        self.social_security + self.medicare + self.additional_medicare
    }
}

/// Social Security tax: its rate on wages up to the year's wage base.
pub fn social_security_tax(law: &FederalTax, wages_fica: f64) -> f64 {
    law.social_security_rate * wages_fica.bounded(0.0, law.social_security_wage_base)
}

/// Medicare tax: its rate on all Medicare wages.
pub fn medicare_tax(law: &FederalTax, wages_fica: f64) -> f64 {
    law.medicare_rate * wages_fica.max(0.0)
}

/// Additional Medicare Tax (Form 8959): its rate on the household's Medicare wages over the
/// threshold of the filing status.
pub fn additional_medicare_tax(
    law: &FederalTax,
    filing: FilingStatus,
    household_wages: f64,
) -> f64 {
    let threshold = law.additional_medicare_threshold.get(filing);
    law.additional_medicare_rate * (household_wages - threshold).max(0.0)
}

/// The employee's Social Security and Medicare tax on an offer's pay, with the Additional
/// Medicare Tax its pay adds on top of `other` wages.
pub fn offer_fica(law: &FederalTax, filing: FilingStatus, wages_fica: f64, other: f64) -> Fica {
    Fica {
        social_security: social_security_tax(law, wages_fica),
        medicare: medicare_tax(law, wages_fica),
        additional_medicare: additional_medicare_tax(law, filing, wages_fica + other)
            - additional_medicare_tax(law, filing, other),
    }
}
