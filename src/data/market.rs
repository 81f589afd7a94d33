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
    pub wages: AreaWages,
}

impl Metro {
    /// The postal codes of the states the area spans, from the end of its name.
    pub fn state_codes(&self) -> impl Iterator<Item = &'static str> {
        let name: &'static str = self.name;
        name.rsplit_once(", ")
            .map_or("", |(_, codes)| codes)
            .split('-')
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

/// A state's wages of an occupation, where BLS publishes them.
pub fn state_wages(occupation: Occupation, state: UsState) -> Option<&'static AreaWages> {
    STATE_WAGES[occupation.index()]
        .iter()
        .find(|(s, _)| *s == state)
        .map(|(_, w)| w)
}

/// Every metro and nonmetro area, in BLS's order of names.
pub fn metros() -> impl Iterator<Item = Metro> {
    METRO_NAMES
        .split('\n')
        .zip(METRO_AREAS.iter().zip(&METRO_EMPLOYMENT))
        .enumerate()
        .map(|(i, (name, (&area, &employment)))| Metro {
            area,
            name,
            wages: AreaWages {
                employment,
                hourly_cents: METRO_CENTS.map(|column| column[i]),
            },
        })
}

/// How many areas the page ships.
pub const METRO_AREA_COUNT: usize = METRO_COUNT;

/// A metro or nonmetro area by its BLS code.
pub fn metro(area: u32) -> Option<Metro> {
    metros().find(|m| m.area == area)
}
