//! The household (model.md, "The household"): who files the tax return on which each offer's pay
//! lands, and on which basis the offers are ranked. The same for every offer of a scenario.

use serde::{Deserialize, Serialize};

use super::fields::{parse_in_range, FieldError, NumberRange};
use super::number::format_decimal;
use crate::data::UsState;

/// The filing status of the household's federal return.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum FilingStatus {
    #[default]
    Single,
    /// Married filing jointly.
    Joint,
    HeadOfHousehold,
}

impl FilingStatus {
    pub const ALL: [FilingStatus; 3] = [
        FilingStatus::Single,
        FilingStatus::Joint,
        FilingStatus::HeadOfHousehold,
    ];

    /// The word of the link format.
    pub fn key(self) -> &'static str {
        match self {
            FilingStatus::Single => "single",
            FilingStatus::Joint => "joint",
            FilingStatus::HeadOfHousehold => "hoh",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            FilingStatus::Single => "Single",
            FilingStatus::Joint => "Married filing jointly",
            FilingStatus::HeadOfHousehold => "Head of household",
        }
    }

    /// Reads `single`, `joint` or `hoh`, in any letter case.
    pub fn from_key(text: &str) -> Option<FilingStatus> {
        let text = text.trim();
        FilingStatus::ALL
            .into_iter()
            .find(|f| f.key().eq_ignore_ascii_case(text))
    }
}

/// What the offers are compared by.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum RankingBasis {
    /// Value to you after tax (`after_tax`).
    #[default]
    AfterTax,
    /// Net value before tax (`net`), as version 1 ranked them.
    BeforeTax,
}

impl RankingBasis {
    pub const ALL: [RankingBasis; 2] = [RankingBasis::AfterTax, RankingBasis::BeforeTax];

    pub fn key(self) -> &'static str {
        match self {
            RankingBasis::AfterTax => "after",
            RankingBasis::BeforeTax => "before",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            RankingBasis::AfterTax => "After tax",
            RankingBasis::BeforeTax => "Before tax",
        }
    }

    /// What the figure offers are ranked by is called on the page.
    pub fn value_label(self) -> &'static str {
        match self {
            RankingBasis::AfterTax => "Value to you after tax",
            RankingBasis::BeforeTax => "Net value to you before tax",
        }
    }

    /// Reads `after` or `before`, in any letter case.
    pub fn from_key(text: &str) -> Option<RankingBasis> {
        let text = text.trim();
        RankingBasis::ALL
            .into_iter()
            .find(|b| b.key().eq_ignore_ascii_case(text))
    }
}

/// One input of the household. The order of [`HouseholdField::ALL`] is model.md's, which is also
/// the order in which a link writes them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum HouseholdField {
    Filing,
    Kids,
    Other,
    Home,
    Basis,
}

/// The most children the page counts.
pub const MAX_KIDS: u8 = 10;
const KIDS_RANGE: NumberRange = NumberRange::closed(0.0, MAX_KIDS as f64);
const OTHER_RANGE: NumberRange = NumberRange::closed(0.0, 5_000_000.0);

impl HouseholdField {
    pub const ALL: [HouseholdField; 5] = [
        HouseholdField::Filing,
        HouseholdField::Kids,
        HouseholdField::Other,
        HouseholdField::Home,
        HouseholdField::Basis,
    ];

    /// The field's key in a share link and in the test hooks (`input-KEY`).
    pub fn key(self) -> &'static str {
        match self {
            HouseholdField::Filing => "filing",
            HouseholdField::Kids => "kids",
            HouseholdField::Other => "other",
            HouseholdField::Home => "home",
            HouseholdField::Basis => "basis",
        }
    }

    pub fn from_key(key: &str) -> Option<HouseholdField> {
        HouseholdField::ALL.into_iter().find(|f| f.key() == key)
    }

    pub fn label(self) -> &'static str {
        match self {
            HouseholdField::Filing => "Filing status",
            HouseholdField::Kids => "Children under 17",
            HouseholdField::Other => "Other household income",
            HouseholdField::Home => "Home state",
            HouseholdField::Basis => "Compare offers",
        }
    }

    pub fn unit(self) -> &'static str {
        match self {
            HouseholdField::Other => "$/year",
            _ => "",
        }
    }

    pub fn hint(self) -> &'static str {
        match self {
            HouseholdField::Filing => "Head of household: unmarried, paying most of a home for a child or parent.",
            HouseholdField::Kids => "Qualifying children who live with you, for the child tax credit and the earned income credit.",
            HouseholdField::Other => "Wages of a spouse (filing jointly) or of a second job: they set the bracket each offer's pay lands in.",
            HouseholdField::Home => "Where you live: the state tax of remote jobs and of offers without a work location.",
            HouseholdField::Basis => "After tax counts what you keep; before tax adds every dollar at face value.",
        }
    }

    /// The accepted range of a numeric field.
    pub fn range(self) -> Option<NumberRange> {
        match self {
            HouseholdField::Kids => Some(KIDS_RANGE),
            HouseholdField::Other => Some(OTHER_RANGE),
            _ => None,
        }
    }

    /// Whether an empty value means the default: true for all but the choices.
    pub fn empty_means_default(self) -> bool {
        matches!(
            self,
            HouseholdField::Kids | HouseholdField::Other | HouseholdField::Home
        )
    }
}

/// The household of a scenario.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Household {
    pub filing: FilingStatus,
    /// Qualifying children under 17, 0 to [`MAX_KIDS`].
    pub kids: u8,
    /// Other household wages, $/year: a spouse's on a joint return, a second job's otherwise.
    pub other: f64,
    pub home: Option<UsState>,
    pub basis: RankingBasis,
}

impl Household {
    /// The value of `field` as text, the way a link writes it and an input shows it.
    pub fn text(&self, field: HouseholdField) -> String {
        match field {
            HouseholdField::Filing => self.filing.key().to_string(),
            HouseholdField::Kids => self.kids.to_string(),
            HouseholdField::Other => format_decimal(self.other),
            HouseholdField::Home => self.home.map(|s| s.code().to_string()).unwrap_or_default(),
            HouseholdField::Basis => self.basis.key().to_string(),
        }
    }

    /// Sets `field` from text, if model.md accepts it; otherwise leaves the household as it was
    /// and says why. Empty resets the fields whose default is "nothing".
    pub fn set_text(&mut self, field: HouseholdField, text: &str) -> Result<(), FieldError> {
        let empty = text.trim().is_empty();
        match field {
            HouseholdField::Filing => {
                self.filing = FilingStatus::from_key(text).ok_or(FieldError::UnknownChoice(
                    "Choose single, joint (married filing jointly) or hoh (head of household).",
                ))?
            }
            HouseholdField::Basis => {
                self.basis = RankingBasis::from_key(text)
                    .ok_or(FieldError::UnknownChoice("Choose after or before (tax)."))?
            }
            HouseholdField::Home if empty => self.home = None,
            HouseholdField::Home => {
                self.home = Some(UsState::from_code(text).ok_or(FieldError::UnknownState)?)
            }
            HouseholdField::Kids if empty => self.kids = 0,
            HouseholdField::Kids => {
                let n = parse_in_range(KIDS_RANGE, text).map_err(|e| match e {
                    FieldError::OutOfRange(_) | FieldError::NotANumber => {
                        FieldError::NotWhole(KIDS_RANGE)
                    }
                    other => other,
                })?;
                if n.fract() != 0.0 {
                    return Err(FieldError::NotWhole(KIDS_RANGE));
                }
                self.kids = n as u8;
            }
            HouseholdField::Other if empty => self.other = 0.0,
            HouseholdField::Other => self.other = parse_in_range(OTHER_RANGE, text)?,
        }
        Ok(())
    }

    /// Whether `field` holds its default.
    pub fn is_default(&self, field: HouseholdField) -> bool {
        let default = Household::default();
        self.text(field) == default.text(field)
    }
}

/// The canonical text of `text` for a household field, or why it is not accepted.
pub fn canonical_household(field: HouseholdField, text: &str) -> Result<String, FieldError> {
    let mut scratch = Household::default();
    scratch.set_text(field, text)?;
    Ok(scratch.text(field))
}
