//! A labelled `<select>` over a fixed list of choices (pay basis, state, plan year, presets).

use web_sys::HtmlSelectElement;
use yew::prelude::*;

/// One choice: the value it stands for and the text people see.
pub type Choice = (AttrValue, AttrValue);

#[derive(Properties, PartialEq)]
pub struct SelectFieldProps {
    pub id: AttrValue,
    pub testid: AttrValue,
    pub label: AttrValue,
    #[prop_or_default]
    pub hint: AttrValue,
    pub choices: Vec<Choice>,
    /// The value of the selected choice.
    pub value: AttrValue,
    pub onselect: Callback<String>,
}

#[component]
pub fn SelectField(props: &SelectFieldProps) -> Html {
    let onchange = {
        let onselect = props.onselect.clone();
        Callback::from(move |e: Event| {
            onselect.emit(e.target_unchecked_into::<HtmlSelectElement>().value());
        })
    };
    let hint_id = format!("{}-hint", props.id);
    html! {
        <div class="field">
            <label for={props.id.clone()}>{ props.label.clone() }</label>
            <select
                id={props.id.clone()}
                data-testid={props.testid.clone()}
                aria-describedby={(!props.hint.is_empty()).then(|| hint_id.clone())}
                {onchange}
            >
                { for props.choices.iter().map(|(value, text)| html! {
                    <option value={value.clone()} selected={*value == props.value}>{ text.clone() }</option>
                }) }
            </select>
            if !props.hint.is_empty() {
                <p id={hint_id} class="hint">{ props.hint.clone() }</p>
            }
        </div>
    }
}
