//! Share links, version 2 (`spec/links.md`): the scenario in the query string, and back.
//!
//! Reading never fails: whatever a link holds, it gives a scenario and a list of what it set
//! aside. Version 1 links (no `v`, or `v=1`) rank before tax unless they say otherwise. Writing is
//! canonical: `v=2`, then `year`, then the household's keys and each offer's keys in model.md
//! order, a key only where its value differs from the default.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use percent_encoding::{percent_decode_str, utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};

use crate::model::{
    parse_decimal, Field, FieldError, Household, HouseholdField, Offer, PlanYear, RankingBasis,
    Scenario, MAX_OFFERS,
};

/// The link format this page writes, and the newest it reads.
pub const FORMAT_VERSION: u32 = 2;

/// What is percent-encoded in a value: everything but RFC 3986's unreserved characters and the
/// `:` and `,` of match formulas, which a query may hold as they are and people read more easily.
const VALUE: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~')
    .remove(b':')
    .remove(b',');

/// One thing a link held that the page could not use, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LinkWarning {
    /// The key as the link wrote it (`o2.wage`, `v`, `o7`, ...).
    pub key: String,
    pub reason: String,
}

impl fmt::Display for LinkWarning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.key, self.reason)
    }
}

/// What a link holds.
#[derive(Clone, Debug, PartialEq)]
pub struct LinkContents {
    pub year: PlanYear,
    pub household: Household,
    /// 0 to 6 offers, in the link's order; none when the link names no offer.
    pub offers: Vec<Offer>,
    pub warnings: Vec<LinkWarning>,
}

impl LinkContents {
    /// The scenario to show: the link's offers, or `default_offers` where it names none.
    pub fn into_scenario(self, default_offers: impl FnOnce() -> Vec<Offer>) -> Scenario {
        let offers = if self.offers.is_empty() {
            default_offers()
        } else {
            self.offers
        };
        Scenario::new(self.year, offers)
            .unwrap_or_default()
            .with_household(self.household)
    }
}

/// At most this many characters of a value are quoted back in a warning.
const QUOTE_CHARS: usize = 24;

fn quote(value: &str) -> String {
    let mut shown: String = value
        .chars()
        .filter(|&c| !crate::model::is_control(c))
        .take(QUOTE_CHARS)
        .collect();
    if value.chars().count() > QUOTE_CHARS {
        shown.push('…');
    }
    format!("“{shown}”")
}

/// Sets a field from a link's value. On the page an emptied number field means its default; in
/// a link an empty number is a number that does not parse, so it is set aside like any other.
fn read_value(
    is_number: bool,
    value: &str,
    set: impl FnOnce(&str) -> Result<(), FieldError>,
) -> Result<(), FieldError> {
    if is_number && value.trim().is_empty() {
        Err(FieldError::Required)
    } else {
        set(value)
    }
}

/// The warning for a value set aside: why, and what the page `kept` instead (empty: nothing).
fn set_aside(key: String, value: &str, error: &FieldError, kept: &str) -> LinkWarning {
    let kept = if kept.is_empty() {
        "left it empty".to_string()
    } else {
        format!("kept {kept}")
    };
    LinkWarning {
        key,
        reason: format!("{} was set aside: {error} The page {kept}.", quote(value)),
    }
}

/// Reads an offer key `oN.KEY` as (N, KEY).
fn offer_key(key: &str) -> Option<(u128, &str)> {
    let rest = key.strip_prefix('o')?;
    let (number, field) = rest.split_once('.')?;
    if number.is_empty() || !number.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    // Any length: beyond 39 digits, read as the largest number (all such keys, one offer).
    let n = number.parse::<u128>().unwrap_or(u128::MAX);
    (n >= 1).then_some((n, field))
}

/// The keys whose value, as the link has it last, percent-decodes to bytes that are not UTF-8
/// (the reader shows those bytes as U+FFFD, and says so).
fn keys_whose_last_value_is_not_text(query: &str) -> BTreeSet<String> {
    let mut keys = BTreeSet::new();
    for pair in query.split('&') {
        let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
        let key: String = form_urlencoded::parse(key.as_bytes())
            .next()
            .map(|(k, _)| k.into_owned())
            .unwrap_or_default();
        if percent_decode_str(value).decode_utf8().is_err() {
            keys.insert(key);
        } else {
            keys.remove(&key);
        }
    }
    keys
}

/// Reads a query string (with or without its leading `?`). Never fails.
pub fn read(query: &str) -> LinkContents {
    let query = query.strip_prefix('?').unwrap_or(query);
    let mut warnings = Vec::new();
    let mut version: Option<String> = None;
    let mut year: Option<String> = None;
    let mut household_values: BTreeMap<HouseholdField, String> = BTreeMap::new();
    // The last value of each key counts: later pairs overwrite earlier ones.
    let mut offers: BTreeMap<u128, BTreeMap<Field, String>> = BTreeMap::new();
    let mut unknown: Vec<String> = Vec::new();
    let not_text = keys_whose_last_value_is_not_text(query);

    for (key, value) in form_urlencoded::parse(query.as_bytes()) {
        if let Some(field) = HouseholdField::from_key(&key) {
            household_values.insert(field, value.into_owned());
            continue;
        }
        match key.as_ref() {
            "v" => version = Some(value.into_owned()),
            "year" => year = Some(value.into_owned()),
            other => match offer_key(other).and_then(|(n, k)| Some((n, Field::from_key(k)?))) {
                Some((n, field)) => {
                    offers
                        .entry(n)
                        .or_default()
                        .insert(field, value.into_owned());
                }
                None if other.is_empty() && value.is_empty() => {} // `?&` or a trailing `&`
                None => {
                    if !unknown.iter().any(|k| k == other) {
                        unknown.push(other.to_string());
                    }
                }
            },
        }
    }

    let mut household = Household::default();
    let mut version_1 = true;
    if let Some(v) = version {
        match parse_decimal(&v) {
            Some(1.0) => {}
            Some(x) if x == f64::from(FORMAT_VERSION) => version_1 = false,
            Some(x) if x > f64::from(FORMAT_VERSION) => {
                version_1 = false;
                warnings.push(LinkWarning {
                key: "v".into(),
                reason: format!(
                    "This link comes from a newer version of the page (version {}); everything this version understands is shown.",
                    quote(v.trim())
                ),
            })
            }
            _ => warnings.push(LinkWarning {
                key: "v".into(),
                reason: format!(
                    "{} is not a link version; the link was read as version 1.",
                    quote(&v)
                ),
            }),
        }
    }

    // A version 1 link that holds offers ranked them before tax; one that holds none opens the
    // example, ranked as this version ranks it.
    if version_1 && !offers.is_empty() {
        household.basis = RankingBasis::BeforeTax;
    }
    for (field, value) in household_values {
        let read = read_value(field.range().is_some(), &value, |v| {
            household.set_text(field, v)
        });
        if let Err(error) = read {
            let kept = household.text(field);
            warnings.push(set_aside(field.key().into(), &value, &error, &kept));
        }
    }

    let year = match year {
        None => PlanYear::default(),
        Some(text) => PlanYear::parse(&text).unwrap_or_else(|| {
            let default = PlanYear::default();
            warnings.push(LinkWarning {
                key: "year".into(),
                reason: format!(
                    "{} is not a plan year of the page (2024, 2025 or 2026); the page uses {}.",
                    quote(&text),
                    default.year()
                ),
            });
            default
        }),
    };

    let mut read_offers = Vec::with_capacity(offers.len().min(MAX_OFFERS));
    for (index, (n, values)) in offers.into_iter().enumerate() {
        if index >= MAX_OFFERS {
            warnings.push(LinkWarning {
                key: format!("o{n}"),
                reason: format!("Only {MAX_OFFERS} offers fit on the page; this one was left out."),
            });
            continue;
        }
        let position = index + 1;
        let mut offer = Offer::new(position);
        for (field, value) in values {
            let read = read_value(field.range().is_some(), &value, |v| {
                offer.set_text(field, v)
            });
            let key = format!("o{n}.{}", field.key());
            if read.is_ok() && not_text.contains(&key) {
                warnings.push(LinkWarning {
                    reason: format!(
                        "Part of it is not text (the link may have been cut in the middle of a character); the page reads {}.",
                        quote(&offer.text(field))
                    ),
                    key: key.clone(),
                });
            }
            if let Err(error) = read {
                let default = Offer::new(position).text(field);
                let kept = if default.is_empty() {
                    default
                } else {
                    format!("the default, {default}")
                };
                warnings.push(set_aside(key, &value, &error, &kept));
            }
        }
        read_offers.push(offer);
    }

    for key in unknown {
        warnings.push(LinkWarning {
            reason: "Not a key of this page's links; ignored.".into(),
            key,
        });
    }

    LinkContents {
        year,
        household,
        offers: read_offers,
        warnings,
    }
}

/// Writes the canonical query string of a scenario, without the leading `?`.
pub fn write(scenario: &Scenario) -> String {
    let mut out = format!("v={FORMAT_VERSION}");
    if scenario.year() != PlanYear::default() {
        out.push_str(&format!("&year={}", scenario.year().year()));
    }
    let household = scenario.household();
    for field in HouseholdField::ALL {
        if !household.is_default(field) {
            out.push_str(&format!(
                "&{}={}",
                field.key(),
                utf8_percent_encode(&household.text(field), VALUE)
            ));
        }
    }
    for (index, offer) in scenario.offers().iter().enumerate() {
        let position = index + 1;
        let before = out.len();
        for field in Field::ALL {
            if offer.is_relevant(field) && !offer.is_default(field, position) {
                push_pair(&mut out, position, field, &offer.text(field));
            }
        }
        if out.len() == before {
            // An offer exists in a link only through a key: an untouched one writes its name.
            push_pair(&mut out, position, Field::Name, &offer.label);
        }
    }
    out
}

fn push_pair(out: &mut String, position: usize, field: Field, value: &str) {
    out.push_str(&format!(
        "&o{position}.{}={}",
        field.key(),
        utf8_percent_encode(value, VALUE)
    ));
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
