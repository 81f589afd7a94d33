//! The inputs of an offer (model.md, "Inputs of one offer"): their URL keys, labels, units,
//! accepted ranges, and the validation that the page and the link reader share.

use std::fmt;

use super::match_formula::MatchError;
use super::number::Bounded;
use crate::data::{BLS_ANNUAL_MAY2024, BLS_HOURLY_MAY2024};
use crate::format;

/// One input of an offer. The order of [`Field::ALL`] is the order of model.md's table, which is
/// also the order in which a link writes an offer's keys.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Field {
    Name,
    Pay,
    Wage,
    Salary,
    Hours,
    Weeks,
    Overtime,
    OvertimeMultiplier,
    Bonus,
    BonusPercent,
    ProfitSharing,
    Contribution,
    Match,
    NonElective,
    Health,
    Premium,
    Hsa,
    PaidDaysOff,
    Education,
    Perks,
    Commute,
    State,
    Frequency,
    Occupation,
    Metro,
}

/// The hourly wage's accepted range, $/hour.
pub const WAGE: NumberRange = NumberRange::closed(0.0, 1_000.0);
/// The accepted range of a salary, a fixed bonus and profit sharing, $/year.
pub const MONEY: NumberRange = NumberRange::closed(0.0, 5_000_000.0);

/// The accepted values of a numeric field.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct NumberRange {
    pub min: f64,
    /// Whether `min` itself is refused ("more than 0").
    pub min_exclusive: bool,
    pub max: f64,
}

impl NumberRange {
    pub const fn closed(min: f64, max: f64) -> Self {
        NumberRange {
            min,
            min_exclusive: false,
            max,
        }
    }

    pub const fn above(min: f64, max: f64) -> Self {
        NumberRange {
            min,
            min_exclusive: true,
            max,
        }
    }

    /// The accepted value nearest to `x` (a NaN to the lowest), for a value the page computes
    /// rather than reads.
    pub fn nearest(&self, x: f64) -> f64 {
        let lowest = if self.min_exclusive {
            self.min.next_up()
        } else {
            self.min
        };
        x.bounded(lowest, self.max)
    }

    pub fn contains(&self, x: f64) -> bool {
        let above_min = if self.min_exclusive {
            x > self.min
        } else {
            x >= self.min
        };
        above_min && x <= self.max
    }
}

impl fmt::Display for NumberRange {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.min_exclusive {
            write!(
                f,
                "more than {} and at most {}",
                format::plain(self.min),
                format::plain(self.max)
            )
        } else {
            write!(
                f,
                "from {} to {}",
                format::plain(self.min),
                format::plain(self.max)
            )
        }
    }
}

/// Why a value is not accepted. Its `Display` is the message shown next to the field and in the
/// notice of a link.
#[derive(Clone, Debug, PartialEq)]
pub enum FieldError {
    /// Empty, where the field has no neutral default.
    Required,
    /// Not a plain decimal (letters, `$`, commas, an exponent, ...).
    NotANumber,
    OutOfRange(NumberRange),
    /// A label that is empty once trimmed and stripped of control characters.
    EmptyLabel,
    UnknownPayBasis,
    UnknownState,
    /// Not one of the words of a choice; the message names them.
    UnknownChoice(&'static str),
    /// A count that is not a whole number in its range.
    NotWhole(NumberRange),
    Match(MatchError),
}

impl fmt::Display for FieldError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FieldError::Required => write!(f, "Enter a number."),
            FieldError::NotANumber => write!(
                f,
                "Enter a plain number, like 1250.50: no $, commas, letters or spaces."
            ),
            FieldError::OutOfRange(range) => write!(f, "Enter a number {range}."),
            FieldError::EmptyLabel => write!(f, "Enter a name of 1 to 40 characters."),
            FieldError::UnknownPayBasis => write!(f, "Choose hourly or salary."),
            FieldError::UnknownState => {
                write!(
                    f,
                    "Use a two-letter state code, like TX or DC, or leave it empty."
                )
            }
            FieldError::UnknownChoice(message) => write!(f, "{message}"),
            FieldError::NotWhole(range) => write!(f, "Enter a whole number {range}."),
            FieldError::Match(error) => write!(f, "{error}"),
        }
    }
}

/// The longest label, in characters, once trimmed.
pub const MAX_LABEL_CHARS: usize = 40;

impl Field {
    /// Every field, in the order of model.md's table.
    pub const ALL: [Field; 25] = [
        Field::Name,
        Field::Pay,
        Field::Wage,
        Field::Salary,
        Field::Hours,
        Field::Weeks,
        Field::Overtime,
        Field::OvertimeMultiplier,
        Field::Bonus,
        Field::BonusPercent,
        Field::ProfitSharing,
        Field::Contribution,
        Field::Match,
        Field::NonElective,
        Field::Health,
        Field::Premium,
        Field::Hsa,
        Field::PaidDaysOff,
        Field::Education,
        Field::Perks,
        Field::Commute,
        Field::State,
        Field::Frequency,
        Field::Occupation,
        Field::Metro,
    ];

    /// The field's position in [`Field::ALL`].
    pub fn index(self) -> usize {
        self as usize
    }

    /// The field's key in a share link (links.md) and in the page's test hooks.
    pub fn key(self) -> &'static str {
        match self {
            Field::Name => "name",
            Field::Pay => "pay",
            Field::Wage => "wage",
            Field::Salary => "salary",
            Field::Hours => "hours",
            Field::Weeks => "weeks",
            Field::Overtime => "ot",
            Field::OvertimeMultiplier => "otx",
            Field::Bonus => "bonus",
            Field::BonusPercent => "bonuspct",
            Field::ProfitSharing => "profit",
            Field::Contribution => "k",
            Field::Match => "match",
            Field::NonElective => "nec",
            Field::Health => "health",
            Field::Premium => "premium",
            Field::Hsa => "hsa",
            Field::PaidDaysOff => "pto",
            Field::Education => "ceu",
            Field::Perks => "perks",
            Field::Commute => "commute",
            Field::State => "state",
            Field::Frequency => "freq",
            Field::Occupation => "occ",
            Field::Metro => "metro",
        }
    }

    /// The field of a link key; keys are case-sensitive, as written by the page.
    pub fn from_key(key: &str) -> Option<Field> {
        Field::ALL.into_iter().find(|f| f.key() == key)
    }

    /// What the page calls it.
    pub fn label(self) -> &'static str {
        match self {
            Field::Name => "Offer name",
            Field::Pay => "Paid by",
            Field::Wage => "Hourly wage",
            Field::Salary => "Annual salary",
            Field::Hours => "Scheduled hours",
            Field::Weeks => "Paid weeks",
            Field::Overtime => "Overtime",
            Field::OvertimeMultiplier => "Overtime rate",
            Field::Bonus => "Bonus, fixed",
            Field::BonusPercent => "Bonus, percent",
            Field::ProfitSharing => "Profit sharing",
            Field::Contribution => "Your 401(k)/403(b) contribution",
            Field::Match => "Employer match",
            Field::NonElective => "Employer non-elective contribution",
            Field::Health => "Employer-paid premiums",
            Field::Premium => "Your premiums",
            Field::Hsa => "Employer HSA/HRA money",
            Field::PaidDaysOff => "Paid days off",
            Field::Education => "Education money",
            Field::Perks => "Other perks",
            Field::Commute => "Commute cost",
            Field::State => "Work location",
            Field::Frequency => "Paid",
            Field::Occupation => "Job (BLS occupation)",
            Field::Metro => "Metro area",
        }
    }

    /// Whether the field holds a number (the others hold a label, a choice or a formula).
    pub fn is_number(self) -> bool {
        !matches!(
            self,
            Field::Name
                | Field::Pay
                | Field::Match
                | Field::State
                | Field::Frequency
                | Field::Occupation
                | Field::Metro
        )
    }

    /// The unit shown beside the input.
    pub fn unit(self) -> &'static str {
        if !self.is_number() {
            return "";
        }
        match self {
            Field::Wage => "$/hour",
            Field::Hours | Field::Overtime => "hours/week",
            Field::Weeks => "weeks/year",
            Field::OvertimeMultiplier => "× hourly rate",
            Field::BonusPercent => "% of base pay",
            Field::Contribution | Field::NonElective => "% of pay",
            Field::PaidDaysOff => "days/year",
            Field::Salary
            | Field::Bonus
            | Field::ProfitSharing
            | Field::Health
            | Field::Premium
            | Field::Hsa
            | Field::Education
            | Field::Perks
            | Field::Commute => "$/year",
            _ => "",
        }
    }

    /// A short hint under the input.
    pub fn hint(self) -> &'static str {
        match self {
            Field::Name => "The employer or job, as you want to see it in the table.",
            Field::Pay => "On a salary, the calculator counts overtime as unpaid (an exempt job). Paid for overtime on a salary? Enter it as hourly.",
            Field::Wage => "The default, $24.16, was the U.S. median of medical records specialists in May 2024.",
            Field::Salary => "The default, $50,250, was the U.S. median of medical records specialists in May 2024.",
            Field::Hours => "Regular hours a week, before overtime.",
            Field::Weeks => "52 for a year-round job; paid time off counts as paid.",
            Field::Overtime => "Average extra hours a week beyond the schedule.",
            Field::OvertimeMultiplier => "1.5 is time and a half.",
            Field::Bonus => "A bonus paid every year that you can count on. A one-time sign-on bonus counts once: divide it by the years you expect to stay.",
            Field::BonusPercent => "A target bonus as a share of base pay.",
            Field::ProfitSharing => "The payout you expect in a typical year.",
            Field::Contribution => {
                "What you put in. Leave empty to contribute just enough for the full match."
            }
            Field::Match => "What the employer adds for each percent you contribute.",
            Field::NonElective => "Employer money paid whether or not you contribute.",
            Field::Health => {
                "What the employer pays toward health, dental and vision. Average for single coverage: $7,885 (KFF 2025)."
            }
            Field::Premium => {
                "What comes out of your paycheck for coverage. Average for single coverage: $1,440 (KFF 2025)."
            }
            Field::Hsa => "Money the employer puts in your health savings or reimbursement account.",
            Field::PaidDaysOff => "Vacation, holidays and sick days together.",
            Field::Education => "CEU stipend, AAPC or AHIMA dues, certification and exam fees paid.",
            Field::Perks => "Wellness, gym, remote-work or phone stipends.",
            Field::Commute => "Fuel, parking and transit a year; 0 when remote.",
            Field::State => "Where the job is: empty for a remote job, taxed where you live.",
            Field::Frequency => "How often paychecks come: the paycheck below splits the year's take-home pay.",
            Field::Occupation => "The job whose BLS wages the offer is compared with.",
            Field::Metro => "Type a city or state to compare with the wages of its area; empty for the state's.",
        }
    }

    /// The accepted range of a numeric field.
    pub fn range(self) -> Option<NumberRange> {
        const BENEFIT: NumberRange = NumberRange::closed(0.0, 100_000.0);
        Some(match self {
            Field::Wage => WAGE,
            Field::Salary | Field::Bonus | Field::ProfitSharing => MONEY,
            Field::Hours => NumberRange::above(0.0, 80.0),
            Field::Weeks => NumberRange::closed(1.0, 52.0),
            Field::Overtime => NumberRange::closed(0.0, 40.0),
            Field::OvertimeMultiplier => NumberRange::closed(1.0, 3.0),
            Field::BonusPercent => NumberRange::closed(0.0, 200.0),
            Field::Contribution => NumberRange::closed(0.0, 100.0),
            Field::NonElective => NumberRange::closed(0.0, 25.0),
            Field::Health
            | Field::Premium
            | Field::Hsa
            | Field::Education
            | Field::Perks
            | Field::Commute => BENEFIT,
            Field::PaidDaysOff => NumberRange::closed(0.0, 100.0),
            _ => return None,
        })
    }

    /// The default of a numeric field (model.md's table); `None` for the others.
    pub fn default_number(self) -> Option<f64> {
        Some(match self {
            Field::Wage => BLS_HOURLY_MAY2024.p50,
            Field::Salary => BLS_ANNUAL_MAY2024.p50,
            Field::Hours => 40.0,
            Field::Weeks => 52.0,
            Field::OvertimeMultiplier => 1.5,
            Field::Overtime
            | Field::Bonus
            | Field::BonusPercent
            | Field::ProfitSharing
            | Field::NonElective
            | Field::Health
            | Field::Premium
            | Field::Hsa
            | Field::PaidDaysOff
            | Field::Education
            | Field::Perks
            | Field::Commute => 0.0,
            Field::Name
            | Field::Pay
            | Field::Contribution
            | Field::Match
            | Field::State
            | Field::Frequency
            | Field::Occupation
            | Field::Metro => return None,
        })
    }

    /// Whether an empty value means the field's default rather than a mistake: true where the
    /// default is "nothing" (0, no match, no state) or automatic (the contribution).
    pub fn empty_means_default(self) -> bool {
        !matches!(
            self,
            Field::Name
                | Field::Pay
                | Field::Wage
                | Field::Salary
                | Field::Hours
                | Field::Weeks
                | Field::OvertimeMultiplier
                | Field::Frequency
        )
    }
}

/// Reads a number for `field`: a plain decimal within the field's range.
pub fn parse_number(field: Field, text: &str) -> Result<f64, FieldError> {
    parse_in_range(field.range().ok_or(FieldError::NotANumber)?, text)
}

/// Reads a plain decimal within `range`.
pub fn parse_in_range(range: NumberRange, text: &str) -> Result<f64, FieldError> {
    if text.trim().is_empty() {
        return Err(FieldError::Required);
    }
    let x = super::number::parse_decimal(text).ok_or(FieldError::NotANumber)?;
    if range.contains(x) {
        Ok(x)
    } else {
        Err(FieldError::OutOfRange(range))
    }
}

/// A control character, or one that sets the direction of the text around it (the overrides,
/// embeddings, isolates and marks of Unicode's bidirectional algorithm): one in a name could
/// show the figures after it backwards ("$52,318" as "813,25$").
pub fn is_control(c: char) -> bool {
    c.is_control()
        || matches!(c, '\u{061C}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// Cleans a label: control characters removed, trimmed, cut to [`MAX_LABEL_CHARS`].
pub fn clean_label(text: &str) -> Result<String, FieldError> {
    let without_controls: String = text.chars().filter(|&c| !is_control(c)).collect();
    let cut: String = without_controls
        .trim()
        .chars()
        .take(MAX_LABEL_CHARS)
        .collect();
    let cut = cut.trim_end();
    if cut.is_empty() {
        Err(FieldError::EmptyLabel)
    } else {
        Ok(cut.to_string())
    }
}

/// The canonical text of `text` for `field` (`26.5` for `26.50`), or why it is not accepted.
/// The page's inputs and the link reader both go through [`super::Offer::set_text`], so they
/// always agree.
pub fn canonical(field: Field, text: &str) -> Result<String, FieldError> {
    let mut scratch = super::Offer::new(1);
    scratch.set_text(field, text)?;
    Ok(scratch.text(field))
}

/// Whether `text` is accepted for `field`, and why not.
pub fn validate(field: Field, text: &str) -> Result<(), FieldError> {
    canonical(field, text).map(|_| ())
}
