//! Proptest strategies for accepted inputs, shared by the model's and the links' tests.

use proptest::prelude::*;

use crate::data::{metro_codes, Occupation, UsState};
use crate::model::{
    Field, FilingStatus, Household, MatchFormula, MatchTier, NumberRange, Offer, PayBasis,
    PayFrequency, PlanYear, RankingBasis, Scenario, MAX_KIDS, MAX_OFFERS, MAX_TIERS, RATE_RANGE,
    WIDTH_RANGE,
};

/// A fraction in [0, 1], with the ends and round steps as likely as the rest.
fn unit() -> impl Strategy<Value = f64> {
    prop_oneof![
        Just(0.0),
        Just(1.0),
        (0u32..=100).prop_map(|n| f64::from(n) / 100.0),
        0.0..=1.0,
    ]
}

/// A value of `range`, its ends included (or just above an excluded minimum).
fn in_range(range: NumberRange, u: f64) -> f64 {
    let x = range.min + u * (range.max - range.min);
    if range.min_exclusive && x <= range.min {
        range.min + (range.max - range.min) * 1e-6
    } else {
        x
    }
}

/// Money as people type it: whole cents.
fn cents(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
}

/// An accepted match formula; with `falling_rates`, each tier's rate is at most the one before
/// (the shape of every real formula).
pub fn match_formula(falling_rates: bool) -> impl Strategy<Value = MatchFormula> {
    prop::collection::vec((unit(), unit()), 0..=MAX_TIERS).prop_map(move |raw| {
        let mut tiers: Vec<MatchTier> = raw
            .into_iter()
            .map(|(r, w)| MatchTier {
                rate: cents(in_range(RATE_RANGE, r)).max(0.01),
                width: cents(in_range(WIDTH_RANGE, w)).max(0.01),
            })
            .collect();
        if falling_rates {
            tiers.sort_by(|a, b| b.rate.total_cmp(&a.rate));
        }
        MatchFormula::new(tiers).unwrap_or_default()
    })
}

/// A label as a person might type it, control characters and all, cleaned as the page cleans it.
fn label() -> impl Strategy<Value = Option<String>> {
    prop_oneof![
        Just(None),
        "[A-Za-z0-9 &'.,()/-]{1,40}".prop_map(Some),
        "\\PC{1,60}".prop_map(Some),
        ".{0,60}".prop_map(Some),
    ]
}

/// An offer every field of which is accepted by model.md.
pub fn offer(falling_rates: bool) -> impl Strategy<Value = Offer> {
    let numbers = prop::collection::vec(unit(), 17);
    let choices = (
        any::<bool>(),
        prop::option::of(0usize..51),
        prop::option::of(unit()),
        label(),
        1usize..=MAX_OFFERS,
        0usize..4,
        (0usize..6, prop::option::of(0..metro_codes().len())),
    );
    (numbers, choices, match_formula(falling_rates)).prop_map(
        |(
            u,
            (salaried, state, contribution, label, position, frequency, market),
            match_formula,
        )| {
            let mut offer = Offer::new(position);
            let defaults = Offer::new(position);
            let numeric = Field::ALL
                .into_iter()
                .filter(|f| defaults.number(*f).is_some());
            for (field, u) in numeric.zip(u) {
                let range = field.range().expect("numeric fields have a range");
                let text = crate::model::format_decimal(cents(in_range(range, u)));
                // Falls back to the default only for a value rounding pushed out of range.
                let _ = offer.set_text(field, &text);
            }
            offer.pay = if salaried {
                PayBasis::Salary
            } else {
                PayBasis::Hourly
            };
            offer.state = state.map(|i| UsState::ALL[i]);
            offer.contribution = contribution.map(|u| cents(u * 100.0));
            offer.match_formula = match_formula;
            offer.frequency = PayFrequency::ALL[frequency];
            offer.occupation = Occupation::ALL[market.0];
            offer.metro = market.1.map(|i| metro_codes()[i]);
            if let Some(text) = label {
                let _ = offer.set_text(Field::Name, &text);
            }
            offer
        },
    )
}

/// A household every field of which is accepted by model.md: mostly few children and other
/// income of 0 to 300,000, now and then the largest accepted.
pub fn household() -> impl Strategy<Value = Household> {
    (
        0usize..3,
        prop_oneof![4 => 0u8..=3, 1 => 0u8..=MAX_KIDS],
        prop_oneof![2 => Just(0.0), 2 => 0.0f64..=300_000.0, 1 => 0.0f64..=5_000_000.0],
        prop::option::of(0usize..51),
        any::<bool>(),
    )
        .prop_map(|(filing, kids, other, home, after)| Household {
            filing: FilingStatus::ALL[filing],
            kids,
            other: cents(other),
            home: home.map(|i| UsState::ALL[i]),
            basis: if after {
                RankingBasis::AfterTax
            } else {
                RankingBasis::BeforeTax
            },
        })
}

/// A scenario of 1 to 6 accepted offers and a household.
pub fn scenario() -> impl Strategy<Value = Scenario> {
    (
        0usize..3,
        prop::collection::vec(offer(false), 1..=MAX_OFFERS),
        household(),
    )
        .prop_map(|(year, offers, household)| {
            Scenario::new(PlanYear::ALL[year], offers)
                .expect("1 to 6 offers")
                .with_household(household)
        })
}
