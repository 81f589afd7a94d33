//! The one text input of the page: it keeps what a person types, checks it with the model's own
//! validation, shows why a value is refused, and passes on only accepted text.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::model::{
    canonical, canonical_household, format_decimal, parse_decimal, typed_number, Field, FieldError,
    HouseholdField, MatchTier,
};

/// What an input accepts: a field of an offer or of the household, or one number of a match
/// tier.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Accepts {
    Field(Field),
    Household(HouseholdField),
    /// The rate of tier N (1-based).
    TierRate(usize),
    /// The width of tier N (1-based).
    TierWidth(usize),
}

impl Accepts {
    /// The canonical text of an accepted value, or the message that says why it is refused. A
    /// number may be typed with a `$`, a `%` or commas between thousands, as its unit allows.
    pub fn check(self, text: &str) -> Result<String, String> {
        let text = &*match self.number_unit() {
            Some(unit) => typed_number(text, unit),
            None => text.into(),
        };
        match self {
            Accepts::Field(field) => canonical(field, text).map_err(typed_message),
            Accepts::Household(field) => canonical_household(field, text).map_err(typed_message),
            // Letters in a tier are not a number out of range.
            Accepts::TierRate(tier) | Accepts::TierWidth(tier) if parse_decimal(text).is_none() => {
                Err(format!(
                    "Tier {tier}: enter a percent as a number, like 50 or 6."
                ))
            }
            Accepts::TierRate(tier) => MatchTier::check_rate(text, tier)
                .map(format_decimal)
                .map_err(|e| e.to_string()),
            Accepts::TierWidth(tier) => MatchTier::check_width(text, tier)
                .map(format_decimal)
                .map_err(|e| e.to_string()),
        }
    }

    /// The unit of a number field (words are taken as typed).
    fn number_unit(self) -> Option<&'static str> {
        match self {
            Accepts::Field(field) => field.is_number().then(|| field.unit()),
            Accepts::Household(field) => field.range().map(|_| field.unit()),
            Accepts::TierRate(_) | Accepts::TierWidth(_) => Some("%"),
        }
    }

    fn input_mode(self) -> &'static str {
        match self {
            Accepts::Field(Field::Name | Field::Match) => "text",
            Accepts::Household(HouseholdField::Kids) => "numeric",
            _ => "decimal",
        }
    }
}

/// Why a typed value is refused. A link's numbers are plain; a field also takes a `$` and
/// commas between thousands, and says so.
fn typed_message(error: FieldError) -> String {
    match error {
        FieldError::NotANumber => {
            "Enter a number, like 1250.50 or 52,000: digits, with no letters.".to_string()
        }
        other => other.to_string(),
    }
}

#[derive(Properties, PartialEq)]
pub struct FieldInputProps {
    /// A DOM id, unique on the page.
    pub id: AttrValue,
    pub testid: AttrValue,
    pub label: AttrValue,
    #[prop_or_default]
    pub unit: AttrValue,
    #[prop_or_default]
    pub hint: AttrValue,
    pub accepts: Accepts,
    /// The canonical text of the value in effect.
    pub value: AttrValue,
    /// Called with the canonical text of an accepted value.
    pub onedit: Callback<String>,
    #[prop_or_default]
    pub placeholder: AttrValue,
    /// The most characters (not UTF-16 units, as `maxlength` would count) the field takes.
    #[prop_or_default]
    pub max_chars: Option<usize>,
}

#[component]
pub fn FieldInput(props: &FieldInputProps) -> Html {
    let draft = use_state(|| props.value.to_string());

    // Follow changes made elsewhere (a preset, a pay switch, a removed tier), unless the draft
    // already says the same thing in its own words ("26.50" for 26.5).
    {
        let draft = draft.clone();
        let accepts = props.accepts;
        use_effect_with(props.value.clone(), move |value| {
            if accepts.check(&draft).ok().as_deref() != Some(value.as_str()) {
                draft.set(value.to_string());
            }
        });
    }

    let oninput = {
        let draft = draft.clone();
        let accepts = props.accepts;
        let onedit = props.onedit.clone();
        let max_chars = props.max_chars;
        Callback::from(move |e: InputEvent| {
            let input = e.target_unchecked_into::<HtmlInputElement>();
            let mut text = input.value();
            if let Some(max) = max_chars {
                if let Some((cut, _)) = text.char_indices().nth(max) {
                    text.truncate(cut);
                    input.set_value(&text);
                }
            }
            if let Ok(canonical) = accepts.check(&text) {
                onedit.emit(canonical);
            }
            draft.set(text);
        })
    };

    let error = props.accepts.check(&draft).err();
    let hint_id = format!("{}-hint", props.id);
    let error_id = format!("{}-error", props.id);
    let described_by = if props.hint.is_empty() {
        error_id.clone()
    } else {
        format!("{hint_id} {error_id}")
    };

    html! {
        <div class={classes!("field", error.is_some().then_some("invalid"))}>
            <label for={props.id.clone()}>
                { props.label.clone() }
                if !props.unit.is_empty() {
                    <span class="unit">{ props.unit.clone() }</span>
                }
            </label>
            <input
                id={props.id.clone()}
                type="text"
                inputmode={props.accepts.input_mode()}
                autocomplete="off"
                spellcheck="false"
                data-testid={props.testid.clone()}
                value={(*draft).clone()}
                placeholder={props.placeholder.clone()}
                aria-invalid={error.is_some().to_string()}
                aria-describedby={described_by}
                {oninput}
            />
            if !props.hint.is_empty() {
                <p id={hint_id} class="hint">{ props.hint.clone() }</p>
            }
            <p id={error_id} class="error" aria-live="polite">{ error.unwrap_or_default() }</p>
        </div>
    }
}
