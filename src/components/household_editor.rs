//! The household, shown once above the offers: who files the return each offer's pay lands on,
//! and whether offers are ranked after or before tax.

use yew::prelude::*;

use super::field_input::{Accepts, FieldInput};
use super::select_field::{Choice, SelectField};
use crate::data::UsState;
use crate::model::{FilingStatus, Household, HouseholdField, RankingBasis};
use crate::state::{Action, State};

#[derive(Properties, PartialEq)]
pub struct HouseholdEditorProps {
    pub household: Household,
    pub dispatch: UseReducerDispatcher<State>,
}

/// The 51 places as `<select>` choices, after a first "none" choice.
pub fn state_choices(none: &'static str) -> Vec<Choice> {
    let mut choices: Vec<Choice> = vec![("".into(), none.into())];
    choices.extend(UsState::ALL.iter().map(|s| {
        (
            s.code().into(),
            format!("{} ({})", s.name(), s.code()).into(),
        )
    }));
    choices
}

#[component]
pub fn HouseholdEditor(props: &HouseholdEditorProps) -> Html {
    let household = &props.household;
    let send = props.dispatch.to_callback();
    // One callback per field, made once: inputs whose value did not change are not redrawn.
    let edits = use_memo((), move |_| {
        HouseholdField::ALL
            .map(|field| send.reform(move |text: String| Action::EditHousehold { field, text }))
    });
    let edit = |field: HouseholdField| edits[field as usize].clone();
    let input = |field: HouseholdField| {
        html! {
            <FieldInput
                id={format!("household-{}", field.key())}
                testid={format!("input-{}", field.key())}
                label={field.label()}
                unit={field.unit()}
                hint={field.hint()}
                accepts={Accepts::Household(field)}
                value={household.text(field)}
                onedit={edit(field)}
            />
        }
    };
    let filing_choices: Vec<Choice> = FilingStatus::ALL
        .iter()
        .map(|f| (f.key().into(), f.label().into()))
        .collect();
    let onbasis = edit(HouseholdField::Basis);

    html! {
        <section class="household" aria-labelledby="household-title" data-testid="household">
            <h2 id="household-title">{ "Your household" }</h2>
            <div class="household-fields">
                <SelectField
                    id="household-filing"
                    testid="input-filing"
                    label={HouseholdField::Filing.label()}
                    hint={HouseholdField::Filing.hint()}
                    choices={filing_choices}
                    value={household.filing.key()}
                    onselect={edit(HouseholdField::Filing)}
                />
                { input(HouseholdField::Kids) }
                { input(HouseholdField::Other) }
                <SelectField
                    id="household-home"
                    testid="input-home"
                    label={HouseholdField::Home.label()}
                    hint={HouseholdField::Home.hint()}
                    choices={state_choices("Not set")}
                    value={household.home.map(|s| s.code()).unwrap_or_default()}
                    onselect={edit(HouseholdField::Home)}
                />
            </div>
            <fieldset class="basis" data-testid="input-basis">
                <legend>{ HouseholdField::Basis.label() }</legend>
                { for RankingBasis::ALL.iter().map(|basis| {
                    let onbasis = onbasis.clone();
                    let key = basis.key();
                    html! {
                        <label class="basis-choice">
                            <input type="radio" name="basis" value={key}
                                data-testid={format!("input-basis-{key}")}
                                checked={household.basis == *basis}
                                onchange={Callback::from(move |_: Event| onbasis.emit(key.to_string()))} />
                            { basis.label() }
                        </label>
                    }
                }) }
                <p class="hint">{ HouseholdField::Basis.hint() }</p>
            </fieldset>
        </section>
    }
}
