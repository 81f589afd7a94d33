//! A scenario: 1 to 6 offers, the household and the year of the IRS limits and the tax law.

use serde::{Deserialize, Serialize};

use super::household::Household;
use super::offer::Offer;
use crate::data::{IrsLimits, IRS_LIMITS};

/// The most offers one scenario holds.
pub const MAX_OFFERS: usize = 6;

/// The plan year whose IRS limits apply.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum PlanYear {
    Y2024,
    Y2025,
    #[default]
    Y2026,
}

impl PlanYear {
    pub const ALL: [PlanYear; 3] = [PlanYear::Y2024, PlanYear::Y2025, PlanYear::Y2026];

    pub fn year(self) -> u16 {
        self.limits().year
    }

    /// The IRS limits of this year.
    pub fn limits(self) -> IrsLimits {
        IRS_LIMITS[self as usize]
    }

    /// Reads `2024`, `2025` or `2026`, as a plain decimal ("2025.0" as well).
    pub fn parse(text: &str) -> Option<PlanYear> {
        let year = super::number::parse_decimal(text)?;
        PlanYear::ALL
            .into_iter()
            .find(|y| f64::from(y.year()) == year)
    }
}

/// Why a list of offers is not a scenario.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScenarioError {
    /// A scenario holds at least one offer.
    NoOffers,
    /// A scenario holds at most [`MAX_OFFERS`].
    TooManyOffers,
    /// There is no offer at that index.
    NoSuchOffer,
}

/// 1 to [`MAX_OFFERS`] offers and a plan year. The count is kept by the type: every way to build
/// or change a scenario refuses to leave it empty or to hold more than six.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(try_from = "ScenarioData", into = "ScenarioData")]
pub struct Scenario {
    year: PlanYear,
    household: Household,
    offers: Vec<Offer>,
}

#[derive(Serialize, Deserialize)]
struct ScenarioData {
    year: PlanYear,
    household: Household,
    offers: Vec<Offer>,
}

impl TryFrom<ScenarioData> for Scenario {
    type Error = &'static str;

    fn try_from(data: ScenarioData) -> Result<Self, Self::Error> {
        let mut scenario =
            Scenario::new(data.year, data.offers).map_err(|_| "a scenario holds 1 to 6 offers")?;
        scenario.household = data.household;
        Ok(scenario)
    }
}

impl From<Scenario> for ScenarioData {
    fn from(s: Scenario) -> Self {
        ScenarioData {
            year: s.year,
            household: s.household,
            offers: s.offers,
        }
    }
}

impl Default for Scenario {
    /// One default offer, this year's limits.
    fn default() -> Self {
        Scenario {
            year: PlanYear::default(),
            household: Household::default(),
            offers: vec![Offer::new(1)],
        }
    }
}

impl Scenario {
    pub fn new(year: PlanYear, offers: Vec<Offer>) -> Result<Self, ScenarioError> {
        match offers.len() {
            0 => Err(ScenarioError::NoOffers),
            n if n > MAX_OFFERS => Err(ScenarioError::TooManyOffers),
            _ => Ok(Scenario {
                year,
                household: Household::default(),
                offers,
            }),
        }
    }

    pub fn year(&self) -> PlanYear {
        self.year
    }

    pub fn set_year(&mut self, year: PlanYear) {
        self.year = year;
    }

    pub fn household(&self) -> &Household {
        &self.household
    }

    pub fn household_mut(&mut self) -> &mut Household {
        &mut self.household
    }

    /// The same scenario with another household.
    pub fn with_household(mut self, household: Household) -> Self {
        self.household = household;
        self
    }

    pub fn offers(&self) -> &[Offer] {
        &self.offers
    }

    pub fn offer_mut(&mut self, index: usize) -> Option<&mut Offer> {
        self.offers.get_mut(index)
    }

    pub fn is_full(&self) -> bool {
        self.offers.len() >= MAX_OFFERS
    }

    /// Inserts an offer at `index` (clamped to the end); refused when six are there already.
    pub fn insert(&mut self, index: usize, offer: Offer) -> Result<(), ScenarioError> {
        if self.is_full() {
            return Err(ScenarioError::TooManyOffers);
        }
        let index = index.min(self.offers.len());
        self.offers.insert(index, offer);
        Ok(())
    }

    /// Adds an offer at the end; refused when six are there already.
    pub fn push(&mut self, offer: Offer) -> Result<(), ScenarioError> {
        self.insert(self.offers.len(), offer)
    }

    /// Removes the offer at `index`; refused for the last one left (or an index out of range).
    pub fn remove(&mut self, index: usize) -> Result<Offer, ScenarioError> {
        if index >= self.offers.len() {
            return Err(ScenarioError::NoSuchOffer);
        }
        if self.offers.len() == 1 {
            return Err(ScenarioError::NoOffers);
        }
        Ok(self.offers.remove(index))
    }
}
