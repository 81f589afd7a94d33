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
    // `selected` is only an attribute: once a person has chosen, the browser keeps their choice
    // shown whatever the attributes say. Set the shown choice itself after every render.
    let select = use_node_ref();
    {
        let select = select.clone();
        let value = props.value.clone();
        use_effect(move || {
            if let Some(select) = select.cast::<HtmlSelectElement>() {
                if select.value() != value.as_str() {
                    select.set_value(&value);
                }
            }
        });
    }
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
                ref={select}
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
