//! A strip that stays in view at the top of the page wherever the focus is: each offer's value on
//! the ranking basis as you type, the best marked, each gap, each linked to its card in the
//! comparison. Each carries `data-testid="summary-N"` and its value; the best `data-best`. While a
//! field refuses what it holds, the strip names it instead (`data-testid="on-hold"`).

use yew::prelude::*;

use crate::format::{dollars, signed_dollars};
use crate::model::{Comparison, Metric, Scenario};

/// A field whose refused value holds the figures: its DOM id, and what to call it.
#[derive(Clone, Debug, PartialEq)]
pub struct HeldFor {
    pub id: AttrValue,
    pub name: String,
}

#[derive(Properties, PartialEq)]
pub struct ScoreboardProps {
    pub scenario: Scenario,
    pub comparison: std::rc::Rc<Comparison>,
    /// The fields the figures wait for (none: the figures are shown).
    #[prop_or_default]
    pub held: std::rc::Rc<Vec<HeldFor>>,
}

#[component]
pub fn Scoreboard(props: &ScoreboardProps) -> Html {
    let best = props.comparison.best;
    let basis = props.comparison.basis;
    if !props.held.is_empty() {
        let count = props.held.len();
        return html! {
            <nav class="scoreboard held" aria-label="Figures on hold">
                <p data-testid="on-hold">
                    { if count == 1 { "The figures wait for a number in " } else { "The figures wait for numbers in " } }
                    { for props.held.iter().enumerate().map(|(i, field)| html! {
                        <>
                            if i > 0 { { if i + 1 == count { " and " } else { ", " } } }
                            <a href={format!("#{}", field.id)}>{ field.name.clone() }</a>
                        </>
                    }) }
                    { "." }
                </p>
            </nav>
        };
    }
    html! {
        <nav class="scoreboard" aria-label={format!("{} of each offer", basis.value_label())}>
            <ol>
                { for props.scenario.offers().iter().zip(&props.comparison.offers).enumerate().map(|(i, (offer, result))| {
                    let is_best = i == best;
                    let value = result.figures.basis_value(basis);
                    html! {
                        <li class={classes!(is_best.then_some("is-best"))}
                            data-testid={format!("summary-{}", i + 1)}
                            data-value={Metric::data_value(value)}
                            data-best={is_best.then_some("true")}>
                            <a href={format!("#card-{}-title", i + 1)}>
                                <span class="num" aria-hidden="true">{ i + 1 }</span>
                                <span class="name">{ offer.label.clone() }</span>
                                <span class="net">{ dollars(value) }</span>
                                if is_best {
                                    <span class="badge">{ "Best" }</span>
                                } else {
                                    <span class="gap">{ signed_dollars(result.diff) }</span>
                                }
                            </a>
                        </li>
                    }
                }) }
            </ol>
        </nav>
    }
}
