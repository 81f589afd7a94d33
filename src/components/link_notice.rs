//! The notice of what an opening link set aside: each key and why.

use yew::prelude::*;

/// More than this many values set aside, and the list scrolls in a box of its own.
const LONG_LIST: usize = 8;

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
    let long = props.warnings.len() > LONG_LIST;
    let items = props.warnings.iter().map(|(key, reason)| {
        // A key with no name (`&=5`) is still named, in words.
        let key = if key.is_empty() {
            "(a key with no name)".to_string()
        } else {
            key.clone()
        };
        html! { <li><code>{ key }</code>{ " " }{ reason.clone() }</li> }
    });
    let items: Html = items.collect();
    let ondismiss = props.ondismiss.reform(|_: MouseEvent| {
        crate::browser::focus_after_render("#offers-title".into());
    });
    html! {
        <section class="notice" data-testid="link-warnings" role="status" aria-labelledby="notice-title">
            <h2 id="notice-title">{ "Some of this link could not be used" }</h2>
            <p>{ "Everything else was read. These values were set aside, and the page uses its defaults in their place:" }</p>
            // A long list (a link can hold thousands of keys) scrolls in its own box, reachable
            // from the keyboard, instead of pushing the calculator screens down.
            if long {
                <ul class="long" tabindex="0" aria-label="Values set aside">{ items }</ul>
            } else {
                <ul>{ items }</ul>
            }
            <button type="button" data-testid="dismiss-warnings" onclick={ondismiss}>{ "Dismiss" }</button>
        </section>
    }
}
