//! The share link: the whole address, and a control that copies it; and the comparison as a
//! CSV file.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::{spawn_local, JsFuture};
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::browser::download_text;
use crate::export::comparison_csv;
use crate::model::{Comparison, Scenario};

#[derive(Properties, PartialEq)]
pub struct ShareLinkProps {
    /// The page's canonical link.
    pub url: AttrValue,
    /// What the comparison exports as: made only when a person asks for it.
    pub scenario: Scenario,
    pub comparison: std::rc::Rc<Comparison>,
}

/// Copies `text` with the Clipboard API; `false` where it is missing or refused.
async fn copy_to_clipboard(text: &str) -> bool {
    let navigator = gloo::utils::window().navigator();
    // Missing outside secure contexts: look before calling, since calling through `undefined`
    // would throw.
    let has_clipboard = js_sys::Reflect::get(&navigator, &"clipboard".into())
        .map(|c| !c.is_undefined() && !c.is_null())
        .unwrap_or(false);
    if !has_clipboard {
        return false;
    }
    let promise = navigator.clipboard().write_text(text);
    JsFuture::from(promise).await.is_ok()
}

/// Whether a field holds a value it refuses (the figures, the link and the CSV still have its
/// last accepted one), and if so, says so in `status`.
fn a_field_refuses(status: &UseStateHandle<String>, what: &str) -> bool {
    let refuses = gloo::utils::document()
        .query_selector(".field.invalid")
        .ok()
        .flatten()
        .is_some();
    if refuses {
        status.set(format!("A field marked in red holds a value the page cannot read: fix it first, so the {what} holds what you mean."));
    }
    refuses
}

#[component]
pub fn ShareLink(props: &ShareLinkProps) -> Html {
    let status = use_state(String::new);
    let input = use_node_ref();

    // A new link makes an old confirmation wrong.
    {
        let status = status.clone();
        use_effect_with(props.url.clone(), move |_| status.set(String::new()));
    }

    let oncopy = {
        let (status, input, url) = (status.clone(), input.clone(), props.url.clone());
        Callback::from(move |_: MouseEvent| {
            if a_field_refuses(&status, "link") {
                return;
            }
            let (status, input, url) = (status.clone(), input.clone(), url.clone());
            spawn_local(async move {
                if copy_to_clipboard(&url).await {
                    status.set("Link copied. Paste it in a message or an e-mail.".into());
                } else {
                    if let Some(field) = input.cast::<HtmlInputElement>() {
                        let _ = field.focus();
                        field.select();
                    }
                    status.set(
                        "Copying was not allowed here: the link is selected, press Ctrl+C (⌘C on a Mac) to copy it."
                            .into(),
                    );
                }
            });
        })
    };
    let onfocus = Callback::from(|e: FocusEvent| {
        if let Some(field) = e
            .target()
            .and_then(|t| t.dyn_into::<HtmlInputElement>().ok())
        {
            field.select();
        }
    });

    let ondownload = {
        let (status, scenario, comparison) = (
            status.clone(),
            props.scenario.clone(),
            props.comparison.clone(),
        );
        Callback::from(move |_: MouseEvent| {
            if a_field_refuses(&status, "download") {
                return;
            }
            let csv = comparison_csv(&scenario, &comparison);
            if download_text("offer-comparison.csv", "text/csv;charset=utf-8", &csv) {
                status.set("The comparison was saved as offer-comparison.csv.".into());
            } else {
                status.set("This browser did not allow the download.".into());
            }
        })
    };

    html! {
        <section class="share" aria-labelledby="share-title">
            <h2 id="share-title">{ "Share these offers" }</h2>
            <p>{ "The link holds every offer as you see it: whoever opens it sees the same figures. It stays in your address bar too, so a bookmark or a reload keeps your work." }</p>
            <div class="share-row">
                <label for="share-url" class="visually-hidden">{ "Link to this comparison" }</label>
                <input id="share-url" type="text" readonly=true data-testid="share-url"
                    ref={input} value={props.url.clone()} {onfocus} />
                <button type="button" class="primary" data-testid="copy-link" onclick={oncopy}>{ "Copy link" }</button>
            </div>
            <p class="share-row">
                <button type="button" data-testid="download-csv" onclick={ondownload}>{ "Download the comparison (CSV)" }</button>
            </p>
            <p class="status" role="status" data-testid="copy-status">{ (*status).clone() }</p>
        </section>
    }
}
