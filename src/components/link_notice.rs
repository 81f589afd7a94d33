//! The notice of what an opening link set aside: each key and why.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct LinkNoticeProps {
    /// (key, reason) pairs.
    pub warnings: Vec<(String, String)>,
    pub ondismiss: Callback<()>,
}

#[component]
pub fn LinkNotice(props: &LinkNoticeProps) -> Html {
    if props.warnings.is_empty() {
        return Html::default();
    }
    let ondismiss = props.ondismiss.reform(|_: MouseEvent| {
        crate::browser::focus_after_render("#offers-title".into());
    });
    html! {
        <section class="notice" data-testid="link-warnings" role="status" aria-labelledby="notice-title">
            <h2 id="notice-title">{ "Some of this link could not be used" }</h2>
            <p>{ "Everything else was read. These values were set aside, and the page uses its defaults in their place:" }</p>
            <ul>
                { for props.warnings.iter().map(|(key, reason)| html! {
                    <li><code>{ key.clone() }</code>{ " " }{ reason.clone() }</li>
                }) }
            </ul>
            <button type="button" data-testid="dismiss-warnings" onclick={ondismiss}>{ "Dismiss" }</button>
        </section>
    }
}
