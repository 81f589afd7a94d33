//! Where an offer stands among BLS wages (model.md, "Market and place"): in the nation, where it
//! is, and in the roles a medical records specialist moves into.

use crate::data::{
    metro, metros, national_wages, state_wages, AreaWages, Metro, NotLoaded, Occupation, UsState,
};
use crate::model::Bounded;

/// Where an hourly rate falls among the BLS percentiles.
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

/// Where `hourly_rate` falls among `points` (percentile, wage), lowest first: linear between
/// them, clamped to the first and the last.
pub fn percentile_among(hourly_rate: f64, points: &[(f64, f64); 5]) -> WagePercentile {
    let (first, last) = (points[0], points[4]);
    let (value, position) = if hourly_rate < first.1 {
        (first.0, PercentilePosition::Under10th)
    } else if hourly_rate > last.1 {
        (last.0, PercentilePosition::Over90th)
    } else {
        let value = points
            .windows(2)
            .find(|w| hourly_rate <= w[1].1)
            .map_or(last.0, |w| {
                let ((p0, w0), (p1, w1)) = (w[0], w[1]);
                // Two equal points: the rate is at the lower one.
                if w1 > w0 {
                    p0 + (p1 - p0) * (hourly_rate - w0) / (w1 - w0)
                } else {
                    p0
                }
            });
        (value, PercentilePosition::Within)
    };
    WagePercentile { value, position }
}

/// The wage at percentile `p` among `points`: the inverse of [`percentile_among`], clamped.
pub fn wage_at_percentile(p: f64, points: &[(f64, f64); 5]) -> f64 {
    let p = p.bounded(points[0].0, points[4].0);
    points
        .windows(2)
        .find(|w| p <= w[1].0)
        .map_or(points[4].1, |w| {
            let ((p0, w0), (p1, w1)) = (w[0], w[1]);
            w0 + (w1 - w0) * (p - p0) / (p1 - p0)
        })
}

/// Where the hourly rate falls among the national wages of the offer's occupation.
pub fn national_percentile(occupation: Occupation, hourly_rate: f64) -> WagePercentile {
    // build.rs refuses a national row without all five points (and a test checks the file).
    let points = national_wages(occupation).points().unwrap_or_default();
    percentile_among(hourly_rate, &points)
}

/// The area whose wages an offer is compared with.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum MarketArea {
    Nation,
    State(UsState),
    Metro(Metro),
}

impl MarketArea {
    pub fn name(self) -> &'static str {
        match self {
            MarketArea::Nation => "the U.S.",
            MarketArea::State(state) => state.name(),
            MarketArea::Metro(metro) => metro.name,
        }
    }
}

/// The local wages of an offer's occupation and where its rate falls among them.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LocalMarket {
    pub area: MarketArea,
    pub wages: AreaWages,
    /// `None` where BLS leaves a percentile of the area unpublished.
    pub percentile: Option<WagePercentile>,
    /// A metro area is set, but the page has metro wages of medical records specialists only:
    /// these are the state's.
    pub metro_passed_over: bool,
}

/// Why an offer has no local wages.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NoLocalWages {
    /// Neither a metro area nor a state: a remote job with no home state.
    NoPlace,
    /// BLS publishes no wages of the occupation in the state.
    NotInState(UsState),
    /// A metro area is set, but the page has metro wages of medical records specialists only,
    /// and the offer has no state to fall back on.
    MetroForCodersOnly,
    /// The page is still loading the wages of states and metro areas.
    Loading,
    /// Those wages could not be loaded.
    Unavailable,
}

impl From<NotLoaded> for NoLocalWages {
    fn from(why: NotLoaded) -> Self {
        match why {
            NotLoaded::Loading => NoLocalWages::Loading,
            NotLoaded::Failed => NoLocalWages::Unavailable,
        }
    }
}

/// The local wages of `occupation`: the metro area's where one is set (medical records
/// specialists), else the state's.
pub fn local_market(
    occupation: Occupation,
    hourly_rate: f64,
    metro_area: Option<u32>,
    state: Option<UsState>,
) -> Result<LocalMarket, NoLocalWages> {
    // Metro wages are shipped for medical records specialists only; another job uses the state's.
    let metro_passed_over = metro_area.is_some() && occupation != Occupation::MedicalRecords;
    let metro = match metro_area.filter(|_| !metro_passed_over) {
        // Only codes the page ships are accepted, so a code is always found once loaded.
        Some(code) => metro(code)?,
        None => None,
    };
    let (area, wages) = match (metro, state) {
        (Some(m), _) => (MarketArea::Metro(m), m.wages),
        (None, Some(s)) => (
            MarketArea::State(s),
            *state_wages(occupation, s)?.ok_or(NoLocalWages::NotInState(s))?,
        ),
        (None, None) if metro_passed_over => return Err(NoLocalWages::MetroForCodersOnly),
        (None, None) => return Err(NoLocalWages::NoPlace),
    };
    Ok(LocalMarket {
        area,
        wages,
        percentile: wages
            .points()
            .map(|points| percentile_among(hourly_rate, &points)),
        metro_passed_over,
    })
}

/// Whether the figures of `scenario` need the market detail: an offer in a metro area, of
/// another job than medical records specialists, or with a place (its career path by state).
pub fn needs_market_detail(scenario: &crate::model::Scenario) -> bool {
    let home = scenario.household().home;
    scenario.offers().iter().any(|o| {
        o.metro.is_some()
            || o.occupation != Occupation::MedicalRecords
            || o.state.or(home).is_some()
    })
}

/// One role on the career path, where the offer is.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct CareerStep {
    pub occupation: Occupation,
    /// The state where BLS publishes every point of the role there, else the nation.
    pub area: MarketArea,
    pub wages: &'static AreaWages,
    /// The offer's percentile among its own occupation's wages of the same area.
    pub percentile: Option<WagePercentile>,
    /// The role's wage at that percentile.
    pub at_same_percentile: Option<f64>,
}

/// The roles a medical records specialist moves into, then the neighbouring clerical jobs.
pub const CAREER_ROLES: [Occupation; 5] = [
    Occupation::HealthInformation,
    Occupation::HealthManagers,
    Occupation::Compliance,
    Occupation::BillingClerks,
    Occupation::MedicalSecretaries,
];

/// The wages of each other role in the offer's state (else the nation), and what the offer's
/// pay would be at its own percentile in each; not before the other jobs' state wages are in.
pub fn career_path(
    occupation: Occupation,
    hourly_rate: f64,
    state: Option<UsState>,
) -> Result<Vec<CareerStep>, NotLoaded> {
    if state.is_some() {
        crate::data::market_detail_state()?;
    }
    Ok(std::iter::once(Occupation::MedicalRecords)
        .chain(CAREER_ROLES)
        .filter(|&role| role != occupation)
        .map(|role| {
            // The state where BLS publishes every point of both jobs there, else the nation.
            let wages_in = |o, s| state_wages(o, s).ok().flatten();
            let in_state = state
                .and_then(|s| Some((s, wages_in(role, s)?, wages_in(occupation, s)?)))
                .filter(|(_, r, o)| r.points().is_some() && o.points().is_some());
            let (area, wages, own) = match in_state {
                Some((s, r, o)) => (MarketArea::State(s), r, o),
                None => (
                    MarketArea::Nation,
                    national_wages(role),
                    national_wages(occupation),
                ),
            };
            let percentile = own
                .points()
                .map(|points| percentile_among(hourly_rate, &points));
            CareerStep {
                occupation: role,
                area,
                wages,
                percentile,
                at_same_percentile: percentile
                    .zip(wages.points())
                    .map(|(p, points)| wage_at_percentile(p.value, &points)),
            }
        })
        .collect())
}

/// Whether `text` starts with `query` (ASCII letters in any case) at its start or at a word.
fn has_word_starting(text: &str, query: &str) -> bool {
    let (text, query) = (text.as_bytes(), query.as_bytes());
    (0..text.len()).any(|i| {
        (i == 0 || !text[i - 1].is_ascii_alphanumeric())
            && text.len() - i >= query.len()
            && text[i..i + query.len()].eq_ignore_ascii_case(query)
    })
}

/// The metro areas whose name, state codes or state names match `query` (any case), or match
/// each of its words: a name or state name that starts with it, or has a word that does, or a
/// state code or area code equal to it. Names that start with the query come first. At most
/// `limit`; none before the areas are loaded.
pub fn search_metros(query: &str, limit: usize) -> Vec<Metro> {
    let query = query.trim();
    if query.is_empty() {
        return Vec::new();
    }
    // An area code as BLS writes it (no sign, no leading zero), read once, not per area.
    let code = query.parse::<u32>().ok().filter(|n| n.to_string() == query);
    let matches_word = |m: &Metro, word: &str| {
        has_word_starting(m.name, word)
            || m.state_codes().any(|c| c.eq_ignore_ascii_case(word))
            || m.states().any(|s| has_word_starting(s.name(), word))
    };
    // Or each of its words, as people write places: "Houston, TX", "winston salem", and the
    // short forms: "Saint" for the "St." of the names, "Ft." and "Mt." for their "Fort" and
    // "Mount" ("mt" stays Montana's code too).
    let words: Vec<(&str, Option<&str>)> = query
        .split(|c: char| c.is_whitespace() || c == ',')
        .map(|w| w.trim_end_matches('.'))
        .filter(|w| !w.is_empty())
        .map(|w| {
            let also = [("saint", "st"), ("ft", "fort"), ("mt", "mount")]
                .into_iter()
                .find(|(short, _)| w.eq_ignore_ascii_case(short))
                .map(|(_, long)| long);
            (w, also)
        })
        .collect();
    let matches = |m: &Metro| {
        matches_word(m, query)
            || Some(m.area) == code
            || words
                .iter()
                .all(|&(w, also)| matches_word(m, w) || also.is_some_and(|a| matches_word(m, a)))
    };
    let starts = |m: &Metro| {
        m.name.len() >= query.len()
            && m.name.as_bytes()[..query.len()].eq_ignore_ascii_case(query.as_bytes())
    };
    let all = metros().unwrap_or_default().iter().copied();
    let (mut first, rest): (Vec<Metro>, Vec<Metro>) = all.filter(matches).partition(starts);
    first.extend(rest);
    first.truncate(limit);
    first
}
