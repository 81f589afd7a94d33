//! A strip that stays in view at the top of the page wherever the focus is: each offer's value on
//! the ranking basis as you type, the best marked, each gap, each linked to its card in the
//! comparison. Each carries `data-testid="summary-N"` and its value; the best `data-best`.

use yew::prelude::*;

use crate::format::{dollars, gap};
use crate::model::{Comparison, Metric, Scenario};

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
                    let value = result.figures.basis_value(basis);
                    html! {
                        <li class={classes!(is_best.then_some("is-best"))}
                            data-testid={format!("summary-{}", i + 1)}
                            data-value={Metric::data_value(value)}
                            data-best={is_best.then_some("true")}>
                            <a href={format!("#card-{}-title", i + 1)}>
                                <span class="num" aria-hidden="true">{ i + 1 }</span>
                                <span class="name" title={offer.label.clone()}>{ offer.label.clone() }</span>
                                <span class="net">{ dollars(value) }</span>
                                if is_best {
                                    <span class="badge">{ "Best" }</span>
                                } else {
                                    <span class="gap">{ gap(result.diff) }</span>
                                }
                            </a>
                        </li>
                    }
                }) }
            </ol>
            // Shown by the stylesheet while a field refuses what it holds: the model keeps the
            // field's last accepted value, often the first digits of what is being typed, so the
            // figures are greyed and this says why.
            <p class="on-hold" data-testid="on-hold">
                { "The figures wait for a field marked in red, in an offer or under its More details: until it holds a number the page can read, they use its last one." }
            </p>
        </nav>
    }
}
