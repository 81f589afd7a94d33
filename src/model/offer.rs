//! One job offer: every input of model.md, with its default.

use serde::{Deserialize, Serialize};

use super::fields::{clean_label, parse_number, Field, FieldError, MONEY, WAGE};
use super::match_formula::MatchFormula;
use super::number::format_decimal;
use crate::data::{is_metro_code, Occupation, UsState};

/// How the offer states its pay.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum PayBasis {
    #[default]
    Hourly,
    Salary,
}

impl PayBasis {
    pub const ALL: [PayBasis; 2] = [PayBasis::Hourly, PayBasis::Salary];

    /// The word of the link format.
    pub fn key(self) -> &'static str {
        match self {
            PayBasis::Hourly => "hourly",
            PayBasis::Salary => "salary",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            PayBasis::Hourly => "Hourly wage",
            PayBasis::Salary => "Annual salary",
        }
    }

    /// Reads `hourly` or `salary`, in any letter case.
    pub fn from_key(text: &str) -> Option<PayBasis> {
        let text = text.trim();
        PayBasis::ALL
            .into_iter()
            .find(|p| p.key().eq_ignore_ascii_case(text))
    }

    /// The field that holds the pay of this basis.
    pub fn pay_field(self) -> Field {
        match self {
            PayBasis::Hourly => Field::Wage,
            PayBasis::Salary => Field::Salary,
        }
    }
}

/// How often the offer pays (model.md: pay periods in a year).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum PayFrequency {
    Weekly,
    #[default]
    Biweekly,
    Semimonthly,
    Monthly,
}

impl PayFrequency {
    pub const ALL: [PayFrequency; 4] = [
        PayFrequency::Weekly,
        PayFrequency::Biweekly,
        PayFrequency::Semimonthly,
        PayFrequency::Monthly,
    ];

    /// The word of the link format.
    pub fn key(self) -> &'static str {
        match self {
            PayFrequency::Weekly => "weekly",
            PayFrequency::Biweekly => "biweekly",
            PayFrequency::Semimonthly => "semimonthly",
            PayFrequency::Monthly => "monthly",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            PayFrequency::Weekly => "Weekly (52 paychecks)",
            PayFrequency::Biweekly => "Every two weeks (26)",
            PayFrequency::Semimonthly => "Twice a month (24)",
            PayFrequency::Monthly => "Monthly (12)",
        }
    }

    /// Paychecks a year.
    pub fn periods(self) -> f64 {
        match self {
            PayFrequency::Weekly => 52.0,
            PayFrequency::Biweekly => 26.0,
            PayFrequency::Semimonthly => 24.0,
            PayFrequency::Monthly => 12.0,
        }
    }

    /// Reads one of the four words, in any letter case.
    pub fn from_key(text: &str) -> Option<PayFrequency> {
        let text = text.trim();
        PayFrequency::ALL
            .into_iter()
            .find(|f| f.key().eq_ignore_ascii_case(text))
    }
}

/// One job offer. Money is U.S. dollars a year unless a field's unit says otherwise.
///
/// The fields are public for building offers in code; values from people and links go through
/// [`Offer::set_text`], which accepts only what model.md accepts.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Offer {
    pub label: String,
    pub pay: PayBasis,
    /// $/hour, used when `pay` is hourly.
    pub wage: f64,
    /// $/year, used when `pay` is salary.
    pub salary: f64,
    /// Scheduled hours a week.
    pub hours: f64,
    /// Paid weeks a year.
    pub weeks: f64,
    /// Overtime hours a week beyond the schedule.
    pub overtime: f64,
    /// Overtime pay as a multiple of the hourly rate.
    pub overtime_multiplier: f64,
    pub bonus: f64,
    /// Percent of base pay.
    pub bonus_pct: f64,
    pub profit_sharing: f64,
    /// Your contribution, percent of pay; `None` is the default: the full-match percent.
    pub contribution: Option<f64>,
    pub match_formula: MatchFormula,
    /// Employer non-elective contribution, percent of pay.
    pub non_elective: f64,
    /// Employer-paid health, dental and vision premiums.
    pub health: f64,
    /// Your own premium contributions.
    pub premium: f64,
    /// Employer HSA/HRA contribution.
    pub hsa: f64,
    /// Paid days off a year.
    pub paid_days_off: f64,
    /// CEU stipend, certification and exam fees paid.
    pub education: f64,
    pub perks: f64,
    pub commute: f64,
    pub state: Option<UsState>,
    pub frequency: PayFrequency,
    /// The job whose BLS wages the offer is compared with.
    pub occupation: Occupation,
    /// A BLS metro or nonmetro area code, one the page ships.
    pub metro: Option<u32>,
}

/// The numeric fields and the members that hold them, read and written by field.
macro_rules! numeric_fields {
    ($($field:ident => $member:ident),* $(,)?) => {
        impl Offer {
            /// The value of a numeric field (`None` for the others).
            pub fn number(&self, field: Field) -> Option<f64> {
                match field {
                    $(Field::$field => Some(self.$member),)*
                    _ => None,
                }
            }

            fn number_mut(&mut self, field: Field) -> Option<&mut f64> {
                match field {
                    $(Field::$field => Some(&mut self.$member),)*
                    _ => None,
                }
            }
        }
    };
}

numeric_fields! {
    Wage => wage,
    Salary => salary,
    Hours => hours,
    Weeks => weeks,
    Overtime => overtime,
    OvertimeMultiplier => overtime_multiplier,
    Bonus => bonus,
    BonusPercent => bonus_pct,
    ProfitSharing => profit_sharing,
    NonElective => non_elective,
    Health => health,
    Premium => premium,
    Hsa => hsa,
    PaidDaysOff => paid_days_off,
    Education => education,
    Perks => perks,
    Commute => commute,
}

impl Offer {
    /// The default offer at `position` (1-based): labelled "Offer N", paid the BLS median; every
    /// number from [`Field::default_number`].
    pub fn new(position: usize) -> Self {
        let mut offer = Offer {
            label: Offer::default_label(position),
            pay: PayBasis::Hourly,
            wage: 0.0,
            salary: 0.0,
            hours: 0.0,
            weeks: 0.0,
            overtime: 0.0,
            overtime_multiplier: 0.0,
            bonus: 0.0,
            bonus_pct: 0.0,
            profit_sharing: 0.0,
            contribution: None,
            match_formula: MatchFormula::none(),
            non_elective: 0.0,
            health: 0.0,
            premium: 0.0,
            hsa: 0.0,
            paid_days_off: 0.0,
            education: 0.0,
            perks: 0.0,
            commute: 0.0,
            state: None,
            frequency: PayFrequency::Biweekly,
            occupation: Occupation::MedicalRecords,
            metro: None,
        };
        for field in Field::ALL {
            if let (Some(slot), Some(default)) = (offer.number_mut(field), field.default_number()) {
                *slot = default;
            }
        }
        offer
    }

    pub fn default_label(position: usize) -> String {
        format!("Offer {position}")
    }

    /// The contribution percent in effect: the one set, or else the full-match percent (at most
    /// 100, the largest contribution accepted).
    pub fn contribution_pct(&self) -> f64 {
        self.contribution
            .unwrap_or_else(|| self.match_formula.full_match_pct().min(100.0))
    }

    /// The hours the paid days off stand for: a day is a fifth of the scheduled week.
    pub fn paid_off_hours(&self) -> f64 {
        self.paid_days_off * self.hours / 5.0
    }

    /// The pay of the offer's own basis: the wage ($/hour) or the salary ($/year).
    pub fn pay_amount(&self) -> f64 {
        match self.pay {
            PayBasis::Hourly => self.wage,
            PayBasis::Salary => self.salary,
        }
    }

    /// Sets the pay of the offer's own basis.
    pub fn set_pay_amount(&mut self, amount: f64) {
        match self.pay {
            PayBasis::Hourly => self.wage = amount,
            PayBasis::Salary => self.salary = amount,
        }
    }

    /// The value of `field` as text, the way a link writes it and an input shows it.
    pub fn text(&self, field: Field) -> String {
        match field {
            Field::Name => self.label.clone(),
            Field::Pay => self.pay.key().to_string(),
            Field::Contribution => self.contribution.map(format_decimal).unwrap_or_default(),
            Field::Match => self.match_formula.to_text(),
            Field::State => self.state.map(|s| s.code().to_string()).unwrap_or_default(),
            Field::Frequency => self.frequency.key().to_string(),
            Field::Occupation => self.occupation.code().to_string(),
            Field::Metro => self.metro.map(|m| m.to_string()).unwrap_or_default(),
            number => self.number(number).map(format_decimal).unwrap_or_default(),
        }
    }

    /// Sets `field` from text typed on the page or read from a link, if model.md accepts it;
    /// otherwise leaves the offer as it was and says why. An empty value resets the fields whose
    /// default is "nothing" (see [`Field::empty_means_default`]).
    pub fn set_text(&mut self, field: Field, text: &str) -> Result<(), FieldError> {
        if text.trim().is_empty() && field.empty_means_default() {
            let default = Offer::new(1);
            match field {
                Field::Contribution => self.contribution = None,
                Field::Match => self.match_formula = MatchFormula::none(),
                Field::State => self.state = None,
                Field::Occupation => self.occupation = Occupation::default(),
                Field::Metro => self.metro = None,
                number => {
                    if let (Some(slot), Some(value)) =
                        (self.number_mut(number), default.number(number))
                    {
                        *slot = value;
                    }
                }
            }
            return Ok(());
        }
        match field {
            Field::Name => self.label = clean_label(text)?,
            Field::Pay => self.pay = PayBasis::from_key(text).ok_or(FieldError::UnknownPayBasis)?,
            Field::Contribution => self.contribution = Some(parse_number(field, text)?),
            Field::Match => {
                self.match_formula = MatchFormula::parse(text).map_err(FieldError::Match)?
            }
            Field::State => {
                self.state = Some(UsState::from_code(text).ok_or(FieldError::UnknownState)?)
            }
            Field::Frequency => {
                self.frequency = PayFrequency::from_key(text).ok_or(FieldError::UnknownChoice(
                    "Choose weekly, biweekly, semimonthly or monthly.",
                ))?
            }
            Field::Occupation => {
                self.occupation = Occupation::from_code(text).ok_or(FieldError::UnknownChoice(
                    "Choose one of the jobs in the list.",
                ))?
            }
            Field::Metro => {
                let area = text
                    .trim()
                    .parse::<u32>()
                    .ok()
                    .filter(|a| is_metro_code(*a));
                self.metro = Some(area.ok_or(FieldError::UnknownChoice(
                    "Choose a metro area from the list, or leave it empty.",
                ))?)
            }
            number => {
                let value = parse_number(number, text)?;
                if let Some(slot) = self.number_mut(number) {
                    *slot = value;
                }
            }
        }
        Ok(())
    }

    /// Whether `field` holds its default for an offer at `position`. The contribution is at its
    /// default when unset or set to the full-match percent it would default to.
    pub fn is_default(&self, field: Field, position: usize) -> bool {
        match field {
            Field::Name => self.label == Offer::default_label(position),
            Field::Contribution => self
                .contribution
                .is_none_or(|k| k == self.match_formula.full_match_pct().min(100.0)),
            Field::Pay => self.pay == PayBasis::default(),
            Field::Match => self.match_formula.is_none(),
            Field::State => self.state.is_none(),
            Field::Frequency => self.frequency == PayFrequency::default(),
            Field::Occupation => self.occupation == Occupation::default(),
            Field::Metro => self.metro.is_none(),
            number => self.number(number) == number.default_number(),
        }
    }

    /// The fields a person can see and that change a figure: all but the pay field of the other
    /// basis.
    pub fn is_relevant(&self, field: Field) -> bool {
        match field {
            Field::Wage => self.pay == PayBasis::Hourly,
            Field::Salary => self.pay == PayBasis::Salary,
            _ => true,
        }
    }

    /// Switches the pay basis, carrying the pay over: a wage becomes the salary it pays over the
    /// scheduled year and back, rounded to the cent, so switching never drops a person's figure.
    /// Where the pay of the other basis still converts to the one in use, it is kept: $52,000 a
    /// year becomes $26.67 an hour and $52,000 again, not $52,006.50.
    pub fn switch_pay_basis(&mut self, basis: PayBasis) {
        if basis == self.pay {
            return;
        }
        let annual_hours = self.hours * self.weeks;
        let to_cent = |x: f64| (x * 100.0).round() / 100.0;
        let wage_of = |salary: f64| WAGE.nearest(to_cent(salary / annual_hours));
        let salary_of = |wage: f64| to_cent(wage * annual_hours);
        match basis {
            PayBasis::Salary => {
                if annual_hours <= 0.0 || wage_of(self.salary) != self.wage {
                    self.salary = MONEY.nearest(salary_of(self.wage));
                }
            }
            PayBasis::Hourly => {
                if annual_hours > 0.0 && salary_of(self.wage) != self.salary {
                    self.wage = wage_of(self.salary);
                }
            }
        }
        self.pay = basis;
    }
}
