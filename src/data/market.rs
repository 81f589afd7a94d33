//! BLS wages by occupation and place: the Occupational Employment and Wage Statistics (OEWS),
//! May 2025, as `data/oews-may2025.csv` holds them (extracted by `scripts/dev/oews_extract.py`;
//! sources in `data/oews-sources.csv`). build.rs compiles the file in.

use serde::{Deserialize, Serialize};

use super::UsState;

/// The OEWS release the page ships.
pub const OEWS_RELEASE: &str = "May 2025";

/// What the page says of where its wages come from.
pub const OEWS_SOURCE: &str = "U.S. Bureau of Labor Statistics, Occupational Employment and Wage Statistics, May 2025 (national, state and metropolitan area estimates)";

/// The occupations the page ships: medical records specialists, the roles a coder moves into,
/// and the neighbouring clerical jobs.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Occupation {
    #[default]
    MedicalRecords,
    HealthInformation,
    HealthManagers,
    Compliance,
    BillingClerks,
    MedicalSecretaries,
}

impl Occupation {
    /// In the order of build.rs's tables.
    pub const ALL: [Occupation; 6] = [
        Occupation::MedicalRecords,
        Occupation::HealthInformation,
        Occupation::HealthManagers,
        Occupation::Compliance,
        Occupation::BillingClerks,
        Occupation::MedicalSecretaries,
    ];

    /// The BLS SOC code, the word of the link format.
    pub fn code(self) -> &'static str {
        match self {
            Occupation::MedicalRecords => "29-2072",
            Occupation::HealthInformation => "29-9021",
            Occupation::HealthManagers => "11-9111",
            Occupation::Compliance => "13-1041",
            Occupation::BillingClerks => "43-3021",
            Occupation::MedicalSecretaries => "43-6013",
        }
    }

    /// The BLS title.
    pub fn title(self) -> &'static str {
        match self {
            Occupation::MedicalRecords => "Medical records specialists (billing and coding)",
            Occupation::HealthInformation => {
                "Health information technologists and medical registrars"
            }
            Occupation::HealthManagers => "Medical and health services managers",
            Occupation::Compliance => "Compliance officers",
            Occupation::BillingClerks => "Billing and posting clerks",
            Occupation::MedicalSecretaries => "Medical secretaries and administrative assistants",
        }
    }

    pub fn from_code(text: &str) -> Option<Occupation> {
        let text = text.trim();
        Occupation::ALL.into_iter().find(|o| o.code() == text)
    }

    fn index(self) -> usize {
        self as usize
    }
}

/// One figure as BLS publishes it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum BlsWage {
    Published(f64),
    /// Shown as `*` by BLS: not released (too few responses, or paid only by the year).
    NotPublished,
    /// Shown as `#` by BLS: at or above its top figure, $115.00 an hour.
    TopCoded,
}

impl BlsWage {
    pub fn value(self) -> Option<f64> {
        match self {
            BlsWage::Published(x) => Some(x),
            _ => None,
        }
    }
}

/// The wages of one occupation in one area.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AreaWages {
    /// People employed, 0 where BLS publishes no count.
    pub employment: u32,
    /// Hourly mean, 10th, 25th, 50th, 75th and 90th percentiles, in cents: 0 where not
    /// published, `u16::MAX` where top-coded.
    pub hourly_cents: [u16; 6],
}

/// The percentiles BLS publishes.
pub const PERCENTILES: [f64; 5] = [10.0, 25.0, 50.0, 75.0, 90.0];

impl AreaWages {
    fn wage(&self, i: usize) -> BlsWage {
        match self.hourly_cents[i] {
            0 => BlsWage::NotPublished,
            u16::MAX => BlsWage::TopCoded,
            cents => BlsWage::Published(f64::from(cents) / 100.0),
        }
    }

    pub fn mean(&self) -> BlsWage {
        self.wage(0)
    }

    /// The wage at the `i`-th of [`PERCENTILES`].
    pub fn point(&self, i: usize) -> BlsWage {
        self.wage(i + 1)
    }

    pub fn median(&self) -> BlsWage {
        self.point(2)
    }

    pub fn employment(&self) -> Option<u32> {
        (self.employment > 0).then_some(self.employment)
    }

    /// The (percentile, wage) points, where BLS publishes all five.
    pub fn points(&self) -> Option<[(f64, f64); 5]> {
        let mut points = [(0.0, 0.0); 5];
        for (i, point) in points.iter_mut().enumerate() {
            *point = (PERCENTILES[i], self.point(i).value()?);
        }
        Some(points)
    }
}

/// A metropolitan or nonmetropolitan area of the survey (wages of 29-2072 only).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Metro {
    /// BLS's area code without leading zeros: 35620 for New York-Newark-Jersey City.
    pub area: u32,
    /// As BLS writes it: `New York-Newark-Jersey City, NY-NJ`.
    pub name: &'static str,
    /// The postal codes of the states it spans, as BLS lists them: `NY-NJ`.
    pub state_list: &'static str,
    pub wages: AreaWages,
}

impl Metro {
    /// The postal codes of the states the area spans.
    pub fn state_codes(&self) -> impl Iterator<Item = &'static str> {
        self.state_list.split('-')
    }

    /// The states the area spans.
    pub fn states(&self) -> impl Iterator<Item = UsState> {
        self.state_codes().filter_map(UsState::from_code)
    }
}

include!(concat!(env!("OUT_DIR"), "/oews_tables.rs"));

/// The nation's wages of an occupation.
pub fn national_wages(occupation: Occupation) -> &'static AreaWages {
    &NATIONAL_WAGES[occupation.index()]
}

/// Whether `area` is the code of a metro or nonmetro area the page ships.
pub fn is_metro_code(area: u32) -> bool {
    METRO_CODES.binary_search(&area).is_ok()
}

/// The codes of the areas the page ships, lowest first.
pub fn metro_codes() -> &'static [u32] {
    &METRO_CODES
}

/// The market detail is not in the page: the page loads it when a figure needs it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NotLoaded {
    /// Not yet: a load is under way or about to start.
    Loading,
    /// The last load failed (the page's own file could not be fetched).
    Failed,
}

/// What `static/market.js` holds: the wages of each job by state, and of the areas.
#[derive(Debug, Default)]
pub struct MarketDetail {
    metros: Vec<Metro>,
    states: Vec<(Occupation, UsState, AreaWages)>,
}

/// A row's `employment|mean|p10|p25|p50|p75|p90`.
fn parse_wages(cells: &[&str]) -> Option<AreaWages> {
    let cents = |cell: &str| match cell {
        "*" => Some(0),
        "#" => Some(u16::MAX),
        n => n.parse().ok(),
    };
    let mut hourly_cents = [0; 6];
    for (slot, cell) in hourly_cents.iter_mut().zip(cells.get(1..7)?) {
        *slot = cents(cell)?;
    }
    Some(AreaWages {
        employment: cells.first()?.parse().unwrap_or(0),
        hourly_cents,
    })
}

impl MarketDetail {
    /// Reads the detail's text; a line it cannot read is left out.
    pub fn parse(text: &'static str) -> MarketDetail {
        let mut detail = MarketDetail::default();
        for line in text.lines() {
            let cells: Vec<&'static str> = line.split('|').collect();
            match cells.as_slice() {
                ["M", area, name, state_list, wages @ ..] => {
                    if let (Ok(area), Some(wages)) = (area.parse(), parse_wages(wages)) {
                        detail.metros.push(Metro {
                            area,
                            name,
                            state_list,
                            wages,
                        });
                    }
                }
                ["S", occupation, state, wages @ ..] => {
                    if let (Some(o), Some(s), Some(w)) = (
                        Occupation::from_code(occupation),
                        UsState::from_code(state),
                        parse_wages(wages),
                    ) {
                        detail.states.push((o, s, w));
                    }
                }
                _ => {}
            }
        }
        detail
    }
}

thread_local! {
    static DETAIL: std::cell::OnceCell<&'static MarketDetail> = const { std::cell::OnceCell::new() };
    static FAILED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Says whether the last load of the market detail failed (a new attempt clears it).
pub fn set_market_detail_failed(failed: bool) {
    FAILED.with(|f| f.set(failed));
}

/// Whether the market detail is in the page, and if not, why.
pub fn market_detail_state() -> Result<(), NotLoaded> {
    detail().map(|_| ())
}

fn not_loaded() -> NotLoaded {
    if FAILED.with(std::cell::Cell::get) {
        NotLoaded::Failed
    } else {
        NotLoaded::Loading
    }
}

/// Hands the page the market detail it loaded (the default export of `market.js`). Kept for
/// the page's lifetime: it is read on every keystroke once a place is set.
pub fn provide_market_detail(text: String) {
    let text: &'static str = Box::leak(text.into_boxed_str());
    DETAIL.with(|d| {
        let _ = d.set(Box::leak(Box::new(MarketDetail::parse(text))));
    });
}

#[cfg(target_arch = "wasm32")]
fn detail() -> Result<&'static MarketDetail, NotLoaded> {
    DETAIL.with(|d| d.get().copied()).ok_or_else(not_loaded)
}

/// Natively (tests, benchmarks) the detail is compiled in from build.rs's copy of market.js.
#[cfg(not(target_arch = "wasm32"))]
fn detail() -> Result<&'static MarketDetail, NotLoaded> {
    const MODULE: &str = include_str!(concat!(env!("OUT_DIR"), "/market.js"));
    if DETAIL.with(|d| d.get().is_none()) {
        provide_market_detail(module_string(MODULE).unwrap_or_default());
    }
    DETAIL.with(|d| d.get().copied()).ok_or_else(not_loaded)
}

/// The string a `market.js` module exports (names hold no quote or backslash; build.rs checks).
pub fn module_string(module: &str) -> Option<String> {
    let (_, rest) = module.split_once("export default \"")?;
    let (literal, _) = rest.rsplit_once('"')?;
    Some(literal.replace("\\n", "\n"))
}

/// A state's wages of an occupation, where BLS publishes them (with the market detail).
pub fn state_wages(
    occupation: Occupation,
    state: UsState,
) -> Result<Option<&'static AreaWages>, NotLoaded> {
    Ok(detail()?
        .states
        .iter()
        .find(|(o, s, _)| *o == occupation && *s == state)
        .map(|(_, _, w)| w))
}

/// Every metro and nonmetro area, in BLS's order of names.
pub fn metros() -> Result<&'static [Metro], NotLoaded> {
    Ok(&detail()?.metros)
}

/// A metro or nonmetro area by its BLS code.
pub fn metro(area: u32) -> Result<Option<Metro>, NotLoaded> {
    Ok(metros()?.iter().find(|m| m.area == area).copied())
}
