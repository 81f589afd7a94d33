//! Browser tests of the components, in headless Chromium (wasm-bindgen-test).
#![cfg(target_arch = "wasm32")]

use std::cell::RefCell;
use std::rc::Rc;

use offer_compare::components::{
    Accepts, ComparisonTable, FieldInput, FieldInputProps, LinkNotice,
};
use offer_compare::model::{compute, Field, Scenario};
use offer_compare::state::State;
use offer_compare::App;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlInputElement, InputEvent, InputEventInit};
use yew::prelude::*;

wasm_bindgen_test_configure!(run_in_browser);

/// A fresh element in the page to render into.
fn root() -> Element {
    let document = gloo::utils::document();
    let div = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&div).unwrap();
    div
}

/// Lets Yew render what was scheduled. Three waits, not one: Yew's scheduler hands the thread
/// back after 16 ms of work and finishes in a timer of its own (effects included, such as the
/// address bar's), which a slow machine's debug build reaches.
async fn settle() {
    for _ in 0..3 {
        gloo::timers::future::TimeoutFuture::new(20).await;
    }
}

fn find(root: &Element, selector: &str) -> Element {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no {selector}"))
}

fn testid(root: &Element, id: &str) -> Element {
    find(root, &format!("[data-testid=\"{id}\"]"))
}

fn data_value(root: &Element, id: &str) -> f64 {
    testid(root, id)
        .get_attribute("data-value")
        .expect("data-value")
        .parse()
        .expect("a plain number")
}

/// Types `text` into an input as a person would: its value, then an `input` event.
fn type_into(input: &Element, text: &str) {
    let input: &HtmlInputElement = input.dyn_ref().expect("an input");
    input.set_value(text);
    let init = InputEventInit::new();
    init.set_bubbles(true);
    let event = InputEvent::new_with_event_init_dict("input", &init).unwrap();
    input.dispatch_event(&event).unwrap();
}

#[wasm_bindgen_test]
async fn field_input_shows_the_models_message_and_passes_on_only_accepted_text() {
    let root = root();
    let edits = Rc::new(RefCell::new(Vec::<String>::new()));
    let sink = edits.clone();
    let props = yew::props!(FieldInputProps {
        id: "t-wage",
        testid: "input-wage-1",
        label: "Hourly wage",
        unit: "$/hour",
        hint: "A hint",
        accepts: Accepts::Field(Field::Wage),
        value: "24.16",
        onedit: Callback::from(move |text: String| sink.borrow_mut().push(text)),
    });
    yew::Renderer::<FieldInput>::with_root_and_props(root.clone(), props).render();
    settle().await;

    let input = testid(&root, "input-wage-1");
    let label = find(&root, "label");
    assert_eq!(label.get_attribute("for").as_deref(), Some("t-wage"));
    assert_eq!(input.id(), "t-wage");
    assert_eq!(
        input.dyn_ref::<HtmlInputElement>().unwrap().value(),
        "24.16"
    );
    let described = input.get_attribute("aria-describedby").unwrap();
    assert!(described.contains("t-wage-hint") && described.contains("t-wage-error"));

    for (bad, message) in [
        ("abc", "like 1250.50 or 52,000"),
        ("-3", "from 0 to 1,000"),
        ("5000", "from 0 to 1,000"),
        ("", "Enter a number"),
    ] {
        type_into(&input, bad);
        settle().await;
        let error = find(&root, "#t-wage-error");
        assert!(
            error.text_content().unwrap().contains(message),
            "{bad:?}: {:?}",
            error.text_content()
        );
        assert_eq!(input.get_attribute("aria-invalid").as_deref(), Some("true"));
        assert_eq!(error.get_attribute("aria-live").as_deref(), Some("polite"));
    }
    assert!(edits.borrow().is_empty(), "refused text is not passed on");

    // Typed as people write it; passed on in the model's own words.
    type_into(&input, "$26.50");
    settle().await;
    assert_eq!(*edits.borrow(), vec!["26.5".to_string()]);
    assert_eq!(find(&root, "#t-wage-error").text_content().unwrap(), "");
    assert_eq!(
        input.get_attribute("aria-invalid").as_deref(),
        Some("false")
    );
}

#[wasm_bindgen_test]
async fn comparison_shows_every_figure_with_its_hook_and_marks_the_best() {
    let root = root();
    let state = State::from_query(
        "?o1.wage=20&o1.state=TX&o2.wage=30&o3.name=Tiny&o3.wage=0.01&o3.hours=1&o3.weeks=1",
    );
    let comparison = Rc::new(compute(&state.scenario));
    let props = yew::props!(offer_compare::components::ComparisonTableProps {
        scenario: state.scenario.clone(),
        comparison: comparison.clone(),
    });
    yew::Renderer::<ComparisonTable>::with_root_and_props(root.clone(), props).render();
    settle().await;

    for n in 1..=3 {
        for metric in offer_compare::model::Metric::ALL {
            let expected = metric.value(&comparison.offers[n - 1]);
            let id = format!("{}-{n}", metric.name());
            let found = root
                .query_selector(&format!("[data-testid=\"{id}\"]"))
                .unwrap();
            match expected {
                Some(value) => {
                    let shown = data_value(&root, &id);
                    assert!((shown - value).abs() < 1e-9, "{id}: {shown} vs {value}");
                }
                None => assert!(found.is_none(), "{id} should be absent"),
            }
        }
    }
    // Offer 2 is best; only its card says so.
    let best = root.query_selector_all("[data-best=\"true\"]").unwrap();
    assert_eq!(best.length(), 1);
    let best_card = find(&root, "[data-testid^=\"offer-card-\"][data-best=\"true\"]");
    assert!(best_card
        .query_selector("[data-testid=\"net-2\"]")
        .unwrap()
        .is_some());
    // The state is set only on offer 1: the cost-of-living figure only there.
    assert!(root
        .query_selector("[data-testid=\"col-net-1\"]")
        .unwrap()
        .is_some());
    assert!(root
        .query_selector("[data-testid=\"col-net-2\"]")
        .unwrap()
        .is_none());
    // Offer 1 lacks cash next to the best.
    assert!(testid(&root, "lacks-1")
        .text_content()
        .unwrap()
        .contains("Cash pay"));
}

#[wasm_bindgen_test]
async fn link_notice_lists_each_key_as_text() {
    let root = root();
    let warnings =
        State::from_query("?o1.name=%3Cb%3Ex%3C/b%3E&o1.wage=%3Cimg%3E&zz=1").link_warnings;
    let dismissed = Rc::new(RefCell::new(false));
    let flag = dismissed.clone();
    let props = yew::props!(offer_compare::components::LinkNoticeProps {
        warnings: warnings,
        ondismiss: Callback::from(move |()| *flag.borrow_mut() = true),
    });
    yew::Renderer::<LinkNotice>::with_root_and_props(root.clone(), props).render();
    settle().await;
    let notice = testid(&root, "link-warnings");
    let items = notice.query_selector_all("li").unwrap();
    assert_eq!(items.length(), 2);
    let text = notice.text_content().unwrap();
    assert!(text.contains("o1.wage") && text.contains("zz"));
    assert!(text.contains("<img>"), "shown as text");
    assert!(
        notice.query_selector("img").unwrap().is_none(),
        "never as markup"
    );
    testid(&root, "dismiss-warnings")
        .dyn_into::<web_sys::HtmlElement>()
        .unwrap()
        .click();
    settle().await;
    assert!(*dismissed.borrow());
}

#[wasm_bindgen_test]
async fn the_page_recomputes_on_every_keystroke_and_keeps_the_address_bar_in_step() {
    let root = root();
    yew::Renderer::<App>::with_root(root.clone()).render();
    settle().await;

    // The example: the lower wage with better benefits wins.
    assert!(data_value(&root, "net-2") > data_value(&root, "net-1"));
    assert!(
        find(&root, "[data-testid^=\"offer-card-\"][data-best=\"true\"]")
            .query_selector("[data-testid=\"net-2\"]")
            .unwrap()
            .is_some()
    );
    // Every input of every offer has its hook.
    for n in 1..=2 {
        for field in Field::ALL {
            if field == Field::Salary {
                continue; // hidden while the offer is hourly
            }
            let id = format!("input-{}-{n}", field.key());
            assert!(
                root.query_selector(&format!("[data-testid=\"{id}\"]"))
                    .unwrap()
                    .is_some(),
                "{id}"
            );
        }
    }

    let wage = testid(&root, "input-wage-1");
    for (typed, net) in [
        ("3", 3.0 * 2080.0),
        ("32", 32.0 * 2080.0),
        ("32.5", 32.5 * 2080.0),
    ] {
        type_into(&wage, typed);
        settle().await;
        let expected = net + 3_600.0 - 2_400.0 - 1_200.0;
        assert!(
            (data_value(&root, "net-1") - expected).abs() < 1e-6,
            "{typed}"
        );
    }
    assert!(
        find(&root, "[data-testid^=\"offer-card-\"][data-best=\"true\"]")
            .query_selector("[data-testid=\"net-1\"]")
            .unwrap()
            .is_some()
    );
    let search = gloo::utils::window().location().search().unwrap();
    assert!(search.contains("o1.wage=32.5"), "{search}");
    let share = testid(&root, "share-url");
    let link = share.dyn_ref::<HtmlInputElement>().unwrap().value();
    assert!(link.ends_with(&search), "{link}");

    // Bad input: a message next to the field, the last accepted figures stay.
    type_into(&wage, "abc");
    settle().await;
    assert!(find(&root, "#o1-wage-error")
        .text_content()
        .unwrap()
        .contains("like 1250.50 or 52,000"));
    assert!((data_value(&root, "net-1") - 32.5 * 2080.0).abs() < 1e-6);

    let scenario: &Scenario = &State::from_query(&search).scenario;
    assert_eq!(scenario.offers()[0].wage, 32.5);
}
