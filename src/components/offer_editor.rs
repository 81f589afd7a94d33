//! The editor of one offer: what matters first (pay, bonus, retirement, health), the rest one
//! click away.

use yew::prelude::*;

use super::field_input::{Accepts, FieldInput};
use super::first_render::{editor_part, EditorPiece, PartsRendered};
use super::household_editor::state_choices;
use super::match_editor::MatchEditor;
use super::metro_picker::MetroPicker;
use super::select_field::{Choice, SelectField};
use crate::browser::focus_after_render;
use crate::data::Occupation;
use crate::format;
use crate::model::{
    Field, MatchFormula, Offer, PayBasis, PayFrequency, RankingBasis, MAX_LABEL_CHARS, MAX_OFFERS,
};
use crate::state::{Action, State};

/// The fields behind "More details", grouped.
const MORE: [(&str, &[Field]); 2] = [
    (
        "Schedule and overtime",
        &[Field::Weeks, Field::Overtime, Field::OvertimeMultiplier],
    ),
    (
        "Time off and extras",
        &[
            Field::PaidDaysOff,
            Field::Education,
            Field::Perks,
            Field::Commute,
        ],
    ),
];

#[derive(Properties, PartialEq)]
pub struct OfferEditorProps {
    /// The offer's index, 0-based.
    pub index: usize,
    pub offer: Offer,
    /// How many offers the page holds.
    pub count: usize,
    /// Its value on the ranking basis (`None` while the state tax engine loads), and whether it
    /// is the best.
    pub value: Option<f64>,
    pub basis: RankingBasis,
    pub best: bool,
    /// Whether to open "More details" where the offer uses one of its fields: true for offers
    /// from a link, so what it set is in view; false on the example page, kept short.
    pub expand_used: bool,
    /// The parts of the page's first render done so far (`first_render`): this editor's fields
    /// come in four of them.
    pub parts: PartsRendered,
    pub dispatch: UseReducerDispatcher<State>,
}

#[component]
pub fn OfferEditor(props: &OfferEditorProps) -> Html {
    let OfferEditorProps {
        index,
        ref offer,
        count,
        value,
        basis,
        best,
        expand_used,
        parts,
        ref dispatch,
    } = *props;
    let n = index + 1;

    let more_open = use_state(|| {
        expand_used
            && MORE
                .iter()
                .flat_map(|(_, fields)| fields.iter())
                .chain([&Field::Occupation])
                .any(|f| !offer.is_default(*f, n))
    });

    let send = dispatch.to_callback();
    let on_click = |action: Action| send.reform(move |_: MouseEvent| action.clone());
    let on_remove = {
        let send = send.clone();
        // Focus goes where the person was: to the offer that moves up into this place (its
        // name), or below the list where this was the last.
        let next = if n < count {
            format!("[data-testid=\"input-name-{n}\"]")
        } else {
            "[data-testid=\"add-offer\"]".to_string()
        };
        Callback::from(move |_: MouseEvent| {
            send.emit(Action::RemoveOffer(index));
            focus_after_render(next.clone());
        })
    };
    // One callback per field, made once per position: inputs whose value did not change keep
    // equal props and are not redrawn on every keystroke.
    let edits = {
        let send = send.clone();
        use_memo(index, move |&index| {
            Field::ALL.map(|field| {
                send.reform(move |text: String| Action::Edit {
                    offer: index,
                    field,
                    text,
                })
            })
        })
    };
    let onmatch = {
        let send = send.clone();
        use_memo(index, move |&index| {
            send.reform(move |formula: MatchFormula| Action::SetMatch {
                offer: index,
                formula,
            })
        })
    };
    let edit = |field: Field| edits[field.index()].clone();
    let input = |field: Field, placeholder: String| {
        html! {
            <FieldInput
                id={format!("o{n}-{}", field.key())}
                testid={format!("input-{}-{n}", field.key())}
                label={field.label()}
                unit={field.unit()}
                hint={field.hint()}
                accepts={Accepts::Field(field)}
                value={offer.text(field)}
                onedit={edit(field)}
                {placeholder}
                max_chars={(field == Field::Name).then_some(MAX_LABEL_CHARS)}
            />
        }
    };
    let plain = |field: Field| input(field, String::new());

    let pay_choices: Vec<Choice> = PayBasis::ALL
        .iter()
        .map(|p| (p.key().into(), p.label().into()))
        .collect();
    let onpay = {
        let send = send.clone();
        // The select offers only the two bases: anything else changes nothing.
        Callback::from(move |value: String| {
            if let Some(basis) = PayBasis::from_key(&value) {
                send.emit(Action::SetPayBasis {
                    offer: index,
                    basis,
                });
            }
        })
    };

    let frequency_choices: Vec<Choice> = PayFrequency::ALL
        .iter()
        .map(|f| (f.key().into(), f.label().into()))
        .collect();
    let occupation_choices: Vec<Choice> = Occupation::ALL
        .iter()
        .map(|o| {
            (
                o.code().into(),
                format!("{} ({})", o.title(), o.code()).into(),
            )
        })
        .collect();
    let full_match = offer.match_formula.full_match_pct().min(100.0);
    let contribution_placeholder = format!("{} (full match)", format::plain(full_match));

    let title_id = format!("o{n}-title");
    html! {
        <article class={classes!("offer-editor", best.then_some("is-best"))}
            aria-labelledby={title_id.clone()} data-testid={format!("offer-editor-{n}")}>
            <header class="editor-head">
                <h3 id={title_id}>
                    <span class="offer-number">{ format!("Offer {n}") }</span>
                    { offer.label.clone() }
                </h3>
                <p class="live-net">
                    { match value {
                        Some(value) => format!("{} {} a year", basis.value_label(), format::dollars(value)),
                        None => format!("{}: loading…", basis.value_label()),
                    } }
                    if best { <span class="badge">{ "Best" }</span> }
                </p>
            </header>
            { plain(Field::Name) }
            if parts.includes(editor_part(index, EditorPiece::PayAndPlace)) { <>
            <fieldset class="group">
                <legend>{ "Pay and place" }</legend>
                <SelectField
                    id={format!("o{n}-pay")}
                    testid={format!("input-pay-{n}")}
                    label={Field::Pay.label()}
                    hint={Field::Pay.hint()}
                    choices={pay_choices}
                    value={offer.pay.key()}
                    onselect={onpay}
                />
                { plain(offer.pay.pay_field()) }
                { plain(Field::Hours) }
                    <SelectField
                    id={format!("o{n}-state")}
                    testid={format!("input-state-{n}")}
                    label={Field::State.label()}
                    hint={Field::State.hint()}
                    choices={state_choices("Remote, or not set: your home state")}
                    value={offer.state.map(|s| s.code()).unwrap_or_default()}
                    onselect={edit(Field::State)}
                />
                <MetroPicker n={n} value={offer.metro} onselect={edit(Field::Metro)} />
                <SelectField
                    id={format!("o{n}-freq")}
                    testid={format!("input-freq-{n}")}
                    label={Field::Frequency.label()}
                    hint={Field::Frequency.hint()}
                    choices={frequency_choices}
                    value={offer.frequency.key()}
                    onselect={edit(Field::Frequency)}
                />
            </fieldset>
            </> }
            if parts.includes(editor_part(index, EditorPiece::BonusAndRetirement)) { <>
            <fieldset class="group">
                <legend>{ "Bonus and profit sharing" }</legend>
                { plain(Field::Bonus) }
                { plain(Field::BonusPercent) }
                { plain(Field::ProfitSharing) }
            </fieldset>
            <fieldset class="group">
                <legend>{ "401(k) / 403(b)" }</legend>
                <MatchEditor n={n} formula={offer.match_formula.clone()}
                    onchange={(*onmatch).clone()} onedit={edit(Field::Match)} />
                { input(Field::Contribution, contribution_placeholder) }
                { plain(Field::NonElective) }
            </fieldset>
            </> }
            if parts.includes(editor_part(index, EditorPiece::Health)) { <>
            <fieldset class="group">
                <legend>{ "Health" }</legend>
                { plain(Field::Health) }
                { plain(Field::Premium) }
                { plain(Field::Hsa) }
            </fieldset>
            </> }
            <details class="more" open={*more_open}>
                <summary>{ "More details: paid weeks, overtime, time off, education, perks, commute, job" }</summary>
                if parts.includes(editor_part(index, EditorPiece::MoreDetails)) { <>
                { for MORE.iter().map(|(legend, fields)| html! {
                    <fieldset class="group">
                        <legend>{ *legend }</legend>
                        { for fields.iter().map(|f| plain(*f)) }
                    </fieldset>
                }) }
                <fieldset class="group">
                    <legend>{ "Job" }</legend>
                    <SelectField
                        id={format!("o{n}-occ")}
                        testid={format!("input-occ-{n}")}
                        label={Field::Occupation.label()}
                        hint={Field::Occupation.hint()}
                        choices={occupation_choices}
                        value={offer.occupation.code()}
                        onselect={edit(Field::Occupation)}
                    />
                </fieldset>
                </> }
            </details>
            <footer class="editor-actions">
                <button type="button" data-testid={format!("duplicate-offer-{n}")}
                    disabled={count >= MAX_OFFERS}
                    aria-label={format!("Duplicate {}", offer.label)}
                    onclick={on_click(Action::DuplicateOffer(index))}>{ "Duplicate" }</button>
                <button type="button" class="danger" data-testid={format!("remove-offer-{n}")}
                    disabled={count <= 1}
                    aria-label={format!("Remove {}", offer.label)}
                    onclick={on_remove}>{ "Remove" }</button>
            </footer>
        </article>
    }
}
