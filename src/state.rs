//! The page's state and the actions that change it: plain Rust, so the reducer is tested
//! natively. The page wraps it in Yew's `Reducible`; address-bar effects stay in the app.

use serde::{Deserialize, Serialize};

use crate::links::{self, LinkWarning};
use crate::model::{
    Field, HouseholdField, MatchFormula, Offer, PayBasis, PlanYear, Scenario, MAX_LABEL_CHARS,
};

/// The two offers of a page opened without a link: the lower wage with better benefits wins,
/// which is the point of the tool.
pub fn example_offers() -> Vec<Offer> {
    let billing_company = Offer {
        label: "Billing company".into(),
        wage: 26.5,
        health: 3_600.0,
        premium: 2_400.0,
        paid_days_off: 10.0,
        commute: 1_200.0,
        ..Offer::new(1)
    };
    let hospital = Offer {
        label: "Hospital".into(),
        wage: 24.0,
        match_formula: MatchFormula::parse("100:3,50:2").unwrap_or_default(),
        health: 7_800.0,
        premium: 1_440.0,
        hsa: 500.0,
        paid_days_off: 20.0,
        education: 600.0,
        ..Offer::new(2)
    };
    vec![billing_company, hospital]
}

/// Everything the page shows that is not derived: the scenario, the keys of its offers, and the
/// notice of what a link set aside.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct State {
    pub scenario: Scenario,
    /// A stable key per offer, in the scenario's order, so editors keep their drafts when offers
    /// are added or removed around them.
    pub offer_ids: Vec<u32>,
    next_id: u32,
    /// What the opening link set aside, as "key: reason" lines; empty once dismissed.
    pub link_warnings: Vec<(String, String)>,
    /// Whether the offers came from a link (rather than the example of a bare address).
    pub from_link: bool,
}

/// Every change a person can make.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// Text typed into a field; applied only if model.md accepts it.
    Edit {
        offer: usize,
        field: Field,
        text: String,
    },
    SetPayBasis {
        offer: usize,
        basis: PayBasis,
    },
    SetMatch {
        offer: usize,
        formula: MatchFormula,
    },
    /// Text typed or chosen for a field of the household; applied only if model.md accepts it.
    EditHousehold {
        field: HouseholdField,
        text: String,
    },
    SetYear(PlanYear),
    AddOffer,
    DuplicateOffer(usize),
    RemoveOffer(usize),
    DismissWarnings,
}

impl State {
    /// The state a query string opens: its offers, or the example where it names none.
    pub fn from_query(query: &str) -> Self {
        let contents = links::read(query);
        let warnings = contents
            .warnings
            .iter()
            .map(|LinkWarning { key, reason }| (key.clone(), reason.clone()))
            .collect();
        // The example's own link (a reloaded bare address) is still the example.
        let from_link = !contents.offers.is_empty() && contents.offers != example_offers();
        let scenario = contents.into_scenario(example_offers);
        let count = scenario.offers().len() as u32;
        State {
            scenario,
            offer_ids: (0..count).collect(),
            next_id: count,
            link_warnings: warnings,
            from_link,
        }
    }

    /// The canonical query string of what the page shows.
    pub fn query(&self) -> String {
        links::write(&self.scenario)
    }

    fn new_id(&mut self) -> u32 {
        let id = self.next_id;
        self.next_id += 1;
        id
    }

    /// "Offer N" for the first N from `position` up that no offer is called yet.
    fn unused_default_label(&self, position: usize) -> String {
        (position..)
            .map(Offer::default_label)
            .find(|label| self.scenario.offers().iter().all(|o| &o.label != label))
            .unwrap_or_else(|| Offer::default_label(position))
    }

    /// Applies an action. Actions that do not fit (a seventh offer, removing the last one, an
    /// index that is gone, text the model refuses) change nothing.
    pub fn apply(&mut self, action: Action) {
        match action {
            Action::Edit { offer, field, text } => {
                if let Some(o) = self.scenario.offer_mut(offer) {
                    let _ = o.set_text(field, &text);
                }
            }
            Action::SetPayBasis { offer, basis } => {
                if let Some(o) = self.scenario.offer_mut(offer) {
                    o.switch_pay_basis(basis);
                }
            }
            Action::SetMatch { offer, formula } => {
                if let Some(o) = self.scenario.offer_mut(offer) {
                    o.match_formula = formula;
                }
            }
            Action::EditHousehold { field, text } => {
                let _ = self.scenario.household_mut().set_text(field, &text);
            }
            Action::SetYear(year) => self.scenario.set_year(year),
            Action::AddOffer => {
                let position = self.scenario.offers().len() + 1;
                let offer = Offer {
                    label: self.unused_default_label(position),
                    ..Offer::new(position)
                };
                if self.scenario.push(offer).is_ok() {
                    let id = self.new_id();
                    self.offer_ids.push(id);
                }
            }
            Action::DuplicateOffer(index) => {
                let Some(original) = self.scenario.offers().get(index) else {
                    return;
                };
                let mut copy = original.clone();
                let labels: Vec<&str> = self
                    .scenario
                    .offers()
                    .iter()
                    .map(|o| o.label.as_str())
                    .collect();
                copy.label = copy_label(&original.label, &labels);
                // After the copies made before, so they read (copy), (copy 2), ... in order.
                let stem = strip_copy_suffix(&original.label);
                let at = index
                    + 1
                    + labels[index + 1..]
                        .iter()
                        .take_while(|label| **label != stem && strip_copy_suffix(label) == stem)
                        .count();
                if self.scenario.insert(at, copy).is_ok() {
                    let id = self.new_id();
                    self.offer_ids.insert(at, id);
                }
            }
            Action::RemoveOffer(index) => {
                if self.scenario.remove(index).is_ok() {
                    self.offer_ids.remove(index);
                }
            }
            Action::DismissWarnings => self.link_warnings.clear(),
        }
    }
}

/// The name of a copy of the offer named `label`: "Clinic (copy)", then "Clinic (copy 2)" and on,
/// the first that no offer in `labels` has, shortened before its suffix to fit the name's 40
/// characters (so the suffix is never cut off and two offers never share a name by copying).
fn copy_label(label: &str, labels: &[&str]) -> String {
    let stem = strip_copy_suffix(label);
    (1..)
        .map(|k| {
            let suffix = if k == 1 {
                " (copy)".to_string()
            } else {
                format!(" (copy {k})")
            };
            let room = MAX_LABEL_CHARS.saturating_sub(suffix.chars().count());
            let stem: String = stem.chars().take(room).collect();
            format!("{}{suffix}", stem.trim_end())
                .trim_start()
                .to_string()
        })
        .find(|candidate| !labels.contains(&candidate.as_str()))
        .unwrap_or_default()
}

/// "Clinic" of "Clinic (copy)" or "Clinic (copy 3)": a copy of a copy is numbered, not "(copy) (copy)".
fn strip_copy_suffix(label: &str) -> &str {
    let Some(rest) = label.strip_suffix(')') else {
        return label;
    };
    let Some((stem, inside)) = rest.rsplit_once(" (copy") else {
        return label;
    };
    let number = inside.trim_start();
    if inside.is_empty()
        || (inside.starts_with(' ')
            && !number.is_empty()
            && number.bytes().all(|b| b.is_ascii_digit()))
    {
        stem
    } else {
        label
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{compute, MAX_OFFERS};

    fn edit(offer: usize, field: Field, text: &str) -> Action {
        Action::Edit {
            offer,
            field,
            text: text.into(),
        }
    }

    #[test]
    fn the_example_teaches_that_benefits_can_beat_a_higher_wage() {
        let state = State::from_query("");
        let offers = state.scenario.offers();
        assert_eq!(offers.len(), 2);
        assert!(offers[0].wage > offers[1].wage);
        let c = compute(&state.scenario);
        assert_eq!(c.best, 1, "the lower wage wins");
        // 55,120 + 3,600 - 2,400 - 1,200 = 55,120 against
        // 49,920 + 1,996.80 + 8,900 - 1,440 = 59,376.80.
        assert!((c.offers[0].figures.net - 55_120.0).abs() < 1e-6);
        assert!((c.offers[1].figures.net - 59_376.8).abs() < 1e-6);
        assert!(state.link_warnings.is_empty());
        assert!(!state.from_link);
        assert!(State::from_query("?o1.wage=20").from_link);
        assert!(
            !State::from_query(&state.query()).from_link,
            "a reload of the example"
        );
    }

    #[test]
    fn a_link_without_offers_opens_the_example_and_keeps_its_year() {
        let state = State::from_query("?year=2024&utm_source=mail");
        assert_eq!(state.scenario.offers(), example_offers().as_slice());
        assert_eq!(state.scenario.year(), PlanYear::Y2024);
        assert_eq!(state.link_warnings.len(), 1);
        assert_eq!(state.link_warnings[0].0, "utm_source");
    }

    #[test]
    fn edits_apply_only_what_the_model_accepts() {
        let mut state = State::from_query("?o1.wage=20");
        state.apply(edit(0, Field::Wage, "22.5"));
        assert_eq!(state.scenario.offers()[0].wage, 22.5);
        for bad in ["", "abc", "-1", "1e3", "100000"] {
            state.apply(edit(0, Field::Wage, bad));
            assert_eq!(state.scenario.offers()[0].wage, 22.5, "{bad:?} is refused");
        }
        state.apply(edit(0, Field::Bonus, "1500"));
        state.apply(edit(0, Field::Bonus, ""));
        assert_eq!(
            state.scenario.offers()[0].bonus,
            0.0,
            "empty resets to the default"
        );
        state.apply(edit(7, Field::Wage, "30"));
        assert_eq!(state.query(), "v=2&basis=before&o1.wage=22.5");
    }

    #[test]
    fn a_copy_keeps_its_suffix_within_forty_characters_and_never_repeats_a_name() {
        let long = "A".repeat(MAX_LABEL_CHARS);
        let copy = copy_label(&long, &[long.as_str()]);
        assert_eq!(copy, format!("{} (copy)", "A".repeat(MAX_LABEL_CHARS - 7)));
        assert_eq!(copy.chars().count(), MAX_LABEL_CHARS);
        let second = copy_label(&copy, &[long.as_str(), copy.as_str()]);
        assert_eq!(
            second,
            format!("{} (copy 2)", "A".repeat(MAX_LABEL_CHARS - 9))
        );
        // Characters, not bytes: a name of 40 emoji.
        let emoji = "🩺".repeat(MAX_LABEL_CHARS);
        assert_eq!(copy_label(&emoji, &[]).chars().count(), MAX_LABEL_CHARS);
        // Only a real copy suffix is taken off.
        assert_eq!(
            copy_label("Clinic (copycat)", &[]),
            "Clinic (copycat) (copy)"
        );
        assert_eq!(copy_label("Clinic (copy x)", &[]), "Clinic (copy x) (copy)");
        assert_eq!(
            copy_label("Clinic (copy 2)", &["Clinic (copy)"]),
            "Clinic (copy 2)"
        );
        assert_eq!(copy_label("", &[]), "(copy)");
    }

    /// The offers' names, in order.
    fn labels(state: &State) -> Vec<String> {
        state
            .scenario
            .offers()
            .iter()
            .map(|o| o.label.clone())
            .collect()
    }

    #[test]
    fn offers_are_added_duplicated_renamed_and_removed_within_one_to_six() {
        let mut state = State::from_query("?o1.wage=20");
        state.apply(Action::AddOffer);
        assert_eq!(state.scenario.offers()[1].label, "Offer 2");
        state.apply(edit(1, Field::Name, "Clinic"));
        state.apply(Action::DuplicateOffer(1));
        assert_eq!(labels(&state), ["Offer 1", "Clinic", "Clinic (copy)"]);
        // A copy of the copy, and another copy of the original, are numbered, and come in order.
        state.apply(Action::DuplicateOffer(2));
        state.apply(Action::DuplicateOffer(1));
        assert_eq!(
            labels(&state),
            [
                "Offer 1",
                "Clinic",
                "Clinic (copy)",
                "Clinic (copy 2)",
                "Clinic (copy 3)"
            ]
        );
        for _ in 0..10 {
            state.apply(Action::AddOffer);
        }
        assert_eq!(state.scenario.offers().len(), MAX_OFFERS);
        state.apply(Action::DuplicateOffer(0));
        assert_eq!(state.scenario.offers().len(), MAX_OFFERS);
        assert_eq!(state.offer_ids.len(), MAX_OFFERS);
        let mut ids = state.offer_ids.clone();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), MAX_OFFERS, "keys stay unique");
        for _ in 0..10 {
            state.apply(Action::RemoveOffer(0));
        }
        assert_eq!(state.scenario.offers().len(), 1);
        assert_eq!(state.offer_ids.len(), 1);
    }

    #[test]
    fn a_new_offer_gets_an_unused_default_name() {
        let mut state = State::from_query("?o1.name=Offer%202&o2.name=Offer%203");
        state.apply(Action::AddOffer);
        assert_eq!(state.scenario.offers()[2].label, "Offer 4");
    }

    #[test]
    fn a_long_name_is_cut_when_duplicated() {
        let long = "x".repeat(40);
        let mut state = State::from_query(&format!("?o1.name={long}"));
        state.apply(Action::DuplicateOffer(0));
        let copy = &state.scenario.offers()[1].label;
        assert_eq!(copy.chars().count(), 40);
        assert!(copy.ends_with(" (copy)"), "{copy}");
    }

    #[test]
    fn switching_pay_basis_converts_and_writes_only_the_pay_in_use() {
        let mut state = State::from_query("?o1.wage=25");
        state.apply(Action::SetPayBasis {
            offer: 0,
            basis: PayBasis::Salary,
        });
        assert_eq!(
            state.query(),
            "v=2&basis=before&o1.pay=salary&o1.salary=52000"
        );
    }

    #[test]
    fn year_and_match_and_warnings() {
        let mut state = State::from_query("?o1.wage=x");
        assert_eq!(state.link_warnings.len(), 1);
        state.apply(Action::DismissWarnings);
        assert!(state.link_warnings.is_empty());
        state.apply(Action::SetYear(PlanYear::Y2025));
        state.apply(Action::SetMatch {
            offer: 0,
            formula: MatchFormula::parse("100:4").unwrap(),
        });
        assert_eq!(state.query(), "v=2&year=2025&basis=before&o1.match=100:4");
    }
}
