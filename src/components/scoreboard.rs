//! A strip that stays in view above the offer editors: each offer's value on the ranking basis
//! as you type, the best marked, each linked to its card in the comparison.

use yew::prelude::*;

use crate::format::{dollars, signed_dollars};
use crate::model::{Comparison, Scenario};

#[derive(Properties, PartialEq)]
pub struct ScoreboardProps {
    pub scenario: Scenario,
    pub comparison: std::rc::Rc<Comparison>,
}

#[component]
pub fn Scoreboard(props: &ScoreboardProps) -> Html {
    let best = props.comparison.best;
    let basis = props.comparison.basis;
    html! {
        <nav class="scoreboard" aria-label={format!("{} of each offer", basis.value_label())}>
            <ol>
                { for props.scenario.offers().iter().zip(&props.comparison.offers).enumerate().map(|(i, (offer, result))| {
                    let is_best = i == best;
                    html! {
                        <li class={classes!(is_best.then_some("is-best"))}>
                            <a href={format!("#card-{}-title", i + 1)}>
                                <span class="name">{ offer.label.clone() }</span>
                                <span class="net">{ dollars(result.figures.basis_value(basis)) }</span>
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
