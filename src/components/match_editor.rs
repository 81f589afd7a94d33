//! The employer match: a preset list of common formulas, tiers to add, edit and remove, and the
//! formula as text (`100:3,50:2`), all views of the same value.

use yew::prelude::*;

use super::field_input::{Accepts, FieldInput};
use super::select_field::{Choice, SelectField};
use crate::browser::focus_after_render;
use crate::format;
use crate::model::{
    format_decimal, parse_decimal, Field, MatchFormula, MatchTier, MATCH_PRESETS, MAX_TIERS,
};

#[derive(Properties, PartialEq)]
pub struct MatchEditorProps {
    /// The offer's position, 1-based.
    pub n: usize,
    pub formula: MatchFormula,
    /// A new formula, from a preset or a tier.
    pub onchange: Callback<MatchFormula>,
    /// Formula text typed by hand (already accepted by the model).
    pub onedit: Callback<String>,
}

const CUSTOM: &str = "custom";

#[component]
pub fn MatchEditor(props: &MatchEditorProps) -> Html {
    let n = props.n;
    let formula = &props.formula;

    let preset = MATCH_PRESETS
        .iter()
        .position(|p| p.formula() == *formula)
        .map_or_else(|| CUSTOM.to_string(), |i| i.to_string());
    let mut choices: Vec<Choice> = MATCH_PRESETS
        .iter()
        .enumerate()
        .map(|(i, p)| (i.to_string().into(), p.name.into()))
        .collect();
    if preset == CUSTOM {
        choices.push((CUSTOM.into(), "Custom formula (below)".into()));
    }
    let onpreset = {
        let onchange = props.onchange.clone();
        Callback::from(move |value: String| {
            if let Some(p) = value
                .parse::<usize>()
                .ok()
                .and_then(|i| MATCH_PRESETS.get(i))
            {
                onchange.emit(p.formula());
            }
        })
    };

    let tier_rows = formula.tiers().iter().enumerate().map(|(i, tier)| {
        let tier_no = i + 1;
        let set = |make: fn(MatchTier, f64) -> MatchTier| {
            let (formula, onchange, tier) = (formula.clone(), props.onchange.clone(), *tier);
            Callback::from(move |text: String| {
                let changed =
                    parse_decimal(&text).and_then(|x| formula.with_tier(i, make(tier, x)));
                if let Some(changed) = changed {
                    onchange.emit(changed);
                }
            })
        };
        let remove = {
            let (formula, onchange) = (formula.clone(), props.onchange.clone());
            Callback::from(move |_: MouseEvent| {
                onchange.emit(formula.with_tier_removed(i));
                focus_after_render(format!("#o{n}-add-tier"));
            })
        };
        let which = if i == 0 { "first" } else { "next" };
        html! {
            <li class="tier" key={i}>
                <FieldInput
                    id={format!("o{n}-tier{tier_no}-rate")}
                    testid={format!("input-tier-rate-{n}-{tier_no}")}
                    label={format!("Tier {tier_no}: match")}
                    unit="%"
                    accepts={Accepts::TierRate(tier_no)}
                    value={format_decimal(tier.rate)}
                    onedit={set(|t, rate| MatchTier { rate, ..t })}
                />
                <FieldInput
                    id={format!("o{n}-tier{tier_no}-width")}
                    testid={format!("input-tier-width-{n}-{tier_no}")}
                    label={format!("Tier {tier_no}: of the {which}")}
                    unit="% of pay"
                    accepts={Accepts::TierWidth(tier_no)}
                    value={format_decimal(tier.width)}
                    onedit={set(|t, width| MatchTier { width, ..t })}
                />
                <button type="button" class="quiet" onclick={remove}
                    aria-label={format!("Remove tier {tier_no}")}>{ "Remove" }</button>
            </li>
        }
    });

    // Focus goes to the new tier's rate, there to be set: never lost with the button, which the
    // fourth tier disables.
    let add = formula.with_tier_added().map(|bigger| {
        let onchange = props.onchange.clone();
        let new_rate = format!("#o{n}-tier{}-rate", bigger.tiers().len());
        Callback::from(move |_: MouseEvent| {
            onchange.emit(bigger.clone());
            focus_after_render(new_rate.clone());
        })
    });

    let full = formula.full_match_pct();
    let summary = if formula.is_none() {
        "No employer match.".to_string()
    } else {
        format!(
            "{}. Full match when you put in {} of pay.",
            formula.describe(),
            format::percent(full)
        )
    };

    html! {
        <div class="match-editor">
            <SelectField
                id={format!("o{n}-match-preset")}
                testid={format!("input-match-preset-{n}")}
                label={Field::Match.label()}
                hint={Field::Match.hint()}
                choices={choices}
                value={preset}
                onselect={onpreset}
            />
            if !formula.is_none() {
                <ol class="tiers" aria-label="Match tiers">{ for tier_rows }</ol>
            }
            <button type="button" class="quiet" id={format!("o{n}-add-tier")} disabled={add.is_none()}
                onclick={add.unwrap_or_default()}>
                { if formula.tiers().len() >= MAX_TIERS { "At most 4 tiers" } else { "Add a tier" } }
            </button>
            <FieldInput
                id={format!("o{n}-match")}
                testid={format!("input-match-{n}")}
                label="Match formula as text"
                hint="Tiers rate:width separated by commas: 100:3,50:2 is 100% of the first 3% of pay plus 50% of the next 2%. Empty for none."
                accepts={Accepts::Field(Field::Match)}
                value={formula.to_text()}
                onedit={props.onedit.clone()}
            />
            <p class="note" aria-live="polite">{ summary }</p>
        </div>
    }
}
