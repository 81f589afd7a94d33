//! Employer match formulas: tiers `rate:width` (model.md).

use crate::model::Bounded;
use std::fmt;

use serde::{Deserialize, Serialize};

use super::fields::NumberRange;
use super::number::{format_decimal, parse_decimal};
use crate::format;

/// At most this many tiers in one formula.
pub const MAX_TIERS: usize = 4;
/// A tier's rate: percent of what you contribute that the employer adds.
pub const RATE_RANGE: NumberRange = NumberRange::above(0.0, 200.0);
/// A tier's width: the percents of pay it covers.
pub const WIDTH_RANGE: NumberRange = NumberRange::above(0.0, 100.0);

/// "`rate`% of what you contribute, on the next `width`% of pay".
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct MatchTier {
    pub rate: f64,
    pub width: f64,
}

/// A list of 0 to [`MAX_TIERS`] valid tiers. Tier i covers contribution percents from L(i) to
/// L(i) + width(i), with L(1) = 0 and L(i+1) = L(i) + width(i).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct MatchFormula {
    tiers: Vec<MatchTier>,
}

/// Why a match formula is refused.
#[derive(Clone, Debug, PartialEq)]
pub enum MatchError {
    TooManyTiers,
    /// Tier `tier` (1-based) is not `rate:width`.
    Malformed {
        tier: usize,
    },
    Rate {
        tier: usize,
    },
    Width {
        tier: usize,
    },
}

impl fmt::Display for MatchError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            MatchError::TooManyTiers => write!(f, "Use at most {MAX_TIERS} tiers."),
            MatchError::Malformed { tier } => write!(
                f,
                "Tier {tier} is not rate:width, like 100:3,50:2 (100% of the first 3%, 50% of the next 2%)."
            ),
            MatchError::Rate { tier } => {
                write!(f, "Tier {tier}: the match rate must be {RATE_RANGE} percent.")
            }
            MatchError::Width { tier } => {
                write!(f, "Tier {tier}: the share of pay must be {WIDTH_RANGE} percent.")
            }
        }
    }
}

impl MatchTier {
    /// Checks a rate typed for tier `tier` (1-based).
    pub fn check_rate(text: &str, tier: usize) -> Result<f64, MatchError> {
        parse_decimal(text)
            .filter(|x| RATE_RANGE.contains(*x))
            .ok_or(MatchError::Rate { tier })
    }

    /// Checks a width typed for tier `tier` (1-based).
    pub fn check_width(text: &str, tier: usize) -> Result<f64, MatchError> {
        parse_decimal(text)
            .filter(|x| WIDTH_RANGE.contains(*x))
            .ok_or(MatchError::Width { tier })
    }

    fn is_valid(&self) -> bool {
        RATE_RANGE.contains(self.rate) && WIDTH_RANGE.contains(self.width)
    }
}

impl MatchFormula {
    /// No match.
    pub fn none() -> Self {
        MatchFormula::default()
    }

    /// A formula of these tiers, if every tier is in range and there are at most four.
    pub fn new(tiers: Vec<MatchTier>) -> Result<Self, MatchError> {
        if tiers.len() > MAX_TIERS {
            return Err(MatchError::TooManyTiers);
        }
        for (i, t) in tiers.iter().enumerate() {
            if !RATE_RANGE.contains(t.rate) {
                return Err(MatchError::Rate { tier: i + 1 });
            }
            if !WIDTH_RANGE.contains(t.width) {
                return Err(MatchError::Width { tier: i + 1 });
            }
        }
        Ok(MatchFormula { tiers })
    }

    /// Reads `rate:width,rate:width,...`; empty text is no match.
    pub fn parse(text: &str) -> Result<Self, MatchError> {
        let text = text.trim();
        if text.is_empty() {
            return Ok(MatchFormula::none());
        }
        let parts: Vec<&str> = text.split(',').collect();
        if parts.len() > MAX_TIERS {
            return Err(MatchError::TooManyTiers);
        }
        let mut tiers = Vec::with_capacity(parts.len());
        for (i, part) in parts.iter().enumerate() {
            let tier = i + 1;
            let (rate, width) = part.split_once(':').ok_or(MatchError::Malformed { tier })?;
            let rate = parse_decimal(rate).ok_or(MatchError::Malformed { tier })?;
            let width = parse_decimal(width).ok_or(MatchError::Malformed { tier })?;
            tiers.push(MatchTier { rate, width });
        }
        MatchFormula::new(tiers)
    }

    /// The canonical text: `100:3,50:2`, or empty for no match.
    pub fn to_text(&self) -> String {
        self.tiers
            .iter()
            .map(|t| format!("{}:{}", format_decimal(t.rate), format_decimal(t.width)))
            .collect::<Vec<_>>()
            .join(",")
    }

    pub fn tiers(&self) -> &[MatchTier] {
        &self.tiers
    }

    pub fn is_none(&self) -> bool {
        self.tiers.is_empty()
    }

    /// The contribution percent that earns the whole match: the sum of the widths (0 with none).
    pub fn full_match_pct(&self) -> f64 {
        self.tiers.iter().map(|t| t.width).sum()
    }

    /// Percent of pay the employer adds in each tier when you contribute `c` percent of pay.
    pub fn tier_pcts(&self, c: f64) -> impl Iterator<Item = f64> + '_ {
        let mut lower = 0.0;
        self.tiers.iter().map(move |t| {
            let covered = (c - lower).bounded(0.0, t.width);
            lower += t.width;
            t.rate / 100.0 * covered
        })
    }

    /// A copy with one more tier (50% on the next 2%, a common second tier), if there is room.
    pub fn with_tier_added(&self) -> Option<Self> {
        (self.tiers.len() < MAX_TIERS).then(|| {
            let mut tiers = self.tiers.clone();
            tiers.push(MatchTier {
                rate: 50.0,
                width: 2.0,
            });
            MatchFormula { tiers }
        })
    }

    /// A copy without tier `index` (0-based); unchanged if there is no such tier.
    pub fn with_tier_removed(&self, index: usize) -> Self {
        let mut tiers = self.tiers.clone();
        if index < tiers.len() {
            tiers.remove(index);
        }
        MatchFormula { tiers }
    }

    /// A copy with tier `index` (0-based) replaced, if the tier exists and is valid.
    pub fn with_tier(&self, index: usize, tier: MatchTier) -> Option<Self> {
        if index >= self.tiers.len() || !tier.is_valid() {
            return None;
        }
        let mut tiers = self.tiers.clone();
        tiers[index] = tier;
        Some(MatchFormula { tiers })
    }

    /// In plain words: "100% of the first 3% of pay you contribute, plus 50% of the next 2%".
    pub fn describe(&self) -> String {
        if self.tiers.is_empty() {
            return "No match".to_string();
        }
        self.tiers
            .iter()
            .enumerate()
            .map(|(i, t)| {
                let which = if i == 0 { "first" } else { "next" };
                let rate = format::plain(t.rate);
                let width = format::plain(t.width);
                if i == 0 {
                    format!("{rate}% of the {which} {width}% of pay you put in")
                } else {
                    format!("{rate}% of the {which} {width}%")
                }
            })
            .collect::<Vec<_>>()
            .join(", plus ")
    }
}

/// A common match formula, offered as a preset.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct MatchPreset {
    pub name: &'static str,
    pub tiers: &'static [MatchTier],
}

impl MatchPreset {
    pub fn formula(&self) -> MatchFormula {
        MatchFormula {
            tiers: self.tiers.to_vec(),
        }
    }
}

const fn tier(rate: f64, width: f64) -> MatchTier {
    MatchTier { rate, width }
}

/// The presets of the match editor.
pub const MATCH_PRESETS: [MatchPreset; 7] = [
    MatchPreset {
        name: "No match",
        tiers: &[],
    },
    MatchPreset {
        name: "100% up to 3% of pay",
        tiers: &[tier(100.0, 3.0)],
    },
    MatchPreset {
        name: "100% up to 4% of pay",
        tiers: &[tier(100.0, 4.0)],
    },
    MatchPreset {
        name: "100% up to 5% of pay",
        tiers: &[tier(100.0, 5.0)],
    },
    MatchPreset {
        name: "100% up to 6% of pay",
        tiers: &[tier(100.0, 6.0)],
    },
    MatchPreset {
        name: "50% up to 6% of pay",
        tiers: &[tier(50.0, 6.0)],
    },
    MatchPreset {
        name: "Safe harbor: 100% of 3%, 50% of the next 2%",
        tiers: &[tier(100.0, 3.0), tier(50.0, 2.0)],
    },
];
