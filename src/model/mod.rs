//! The compensation model of `spec/model.md`: inputs, validation and every figure, in plain Rust
//! with no web imports, so it compiles natively and to wasm32 and is tested with `cargo test`.

mod breakdown;
mod compute;
mod fields;
mod household;
mod market;
mod match_formula;
mod metrics;
mod number;
mod offer;
mod scenario;
pub mod tax;

pub use breakdown::Part;
pub use compute::{
    breakeven, compute, compute_offer, value_by_place, Comparison, Component, LocationFigures,
    OfferFigures, OfferResult, PlaceValue, Shortfall,
};
pub use fields::{
    canonical, clean_label, is_control, validate, Field, FieldError, NumberRange, MAX_LABEL_CHARS,
};
pub use household::{
    canonical_household, FilingStatus, Household, HouseholdField, RankingBasis, MAX_KIDS,
};
pub use market::{
    career_path, local_market, national_percentile, needs_market_detail, percentile_among,
    search_metros, wage_at_percentile, CareerStep, LocalMarket, MarketArea, NoLocalWages,
    PercentilePosition, WagePercentile, CAREER_ROLES,
};
pub use match_formula::{
    MatchError, MatchFormula, MatchPreset, MatchTier, MATCH_PRESETS, MAX_TIERS, RATE_RANGE,
    WIDTH_RANGE,
};
pub use metrics::Metric;
pub use number::{format_decimal, next_below, parse_decimal, typed_number, Bounded};
pub use offer::{Offer, PayBasis, PayFrequency};
pub use scenario::{PlanYear, Scenario, ScenarioError, MAX_OFFERS};

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
