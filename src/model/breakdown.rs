//! Where an offer's value goes: the parts it leaves you and the parts that go out, for the chart.
//! What you keep adds up to `after_tax`; with what goes out, to everything the offer pays.

use super::compute::OfferFigures;

/// One part of an offer's value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    TakeHome,
    YourRetirement,
    EmployerRetirement,
    Benefits,
    FederalTax,
    SocialSecurityMedicare,
    StateTaxes,
    Premiums,
    Commute,
}

impl Part {
    pub const ALL: [Part; 9] = [
        Part::TakeHome,
        Part::YourRetirement,
        Part::EmployerRetirement,
        Part::Benefits,
        Part::FederalTax,
        Part::SocialSecurityMedicare,
        Part::StateTaxes,
        Part::Premiums,
        Part::Commute,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Part::TakeHome => "Take-home pay, after commute",
            Part::YourRetirement => "Your 401(k) money",
            Part::EmployerRetirement => "Employer's retirement money",
            Part::Benefits => "Tax-free benefits",
            Part::FederalTax => "Federal income tax",
            Part::SocialSecurityMedicare => "Social Security and Medicare",
            Part::StateTaxes => "State tax and contributions",
            Part::Premiums => "Your premiums",
            Part::Commute => "Commute",
        }
    }

    /// A short name for the test hooks and style classes.
    pub fn key(self) -> &'static str {
        match self {
            Part::TakeHome => "take-home",
            Part::YourRetirement => "your-401k",
            Part::EmployerRetirement => "employer-retirement",
            Part::Benefits => "benefits",
            Part::FederalTax => "federal-tax",
            Part::SocialSecurityMedicare => "fica",
            Part::StateTaxes => "state",
            Part::Premiums => "premiums",
            Part::Commute => "commute",
        }
    }

    /// Whether you keep it (rather than it going out).
    pub fn kept(self) -> bool {
        matches!(
            self,
            Part::TakeHome | Part::YourRetirement | Part::EmployerRetirement | Part::Benefits
        )
    }

    /// Its amount, $/year, at least 0. A federal refund (negative tax) is already in take-home
    /// pay, so it is drawn there and not as a negative part.
    pub fn amount(self, f: &OfferFigures, premium: f64, commute: f64) -> f64 {
        let take_home_kept = f.take_home - commute;
        match self {
            // Commute is paid out of take-home pay; what is left of it is kept.
            Part::TakeHome => take_home_kept,
            Part::YourRetirement => f.deferral,
            Part::EmployerRetirement => f.retirement,
            Part::Benefits => f.benefits,
            Part::FederalTax => f.fed_tax,
            Part::SocialSecurityMedicare => f.fica,
            Part::StateTaxes => f.state_tax + f.state_payroll,
            Part::Premiums => premium,
            Part::Commute => commute,
        }
        .max(0.0)
    }
}
