//! Golden links: every link of `tests/golden/links.txt` opens with the figures recorded in
//! `tests/golden/links.json`, in this version and every later one.
//!
//! `UPDATE_GOLDEN=1 cargo test --test golden` records the figures of links not yet recorded; it
//! never changes a recorded one.

#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeMap;

use offer_compare::model::{compute, Metric};
use offer_compare::state::State;
use serde_json::{json, Map, Value};

const LINKS: &str = include_str!("golden/links.txt");
const FIGURES_PATH: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/golden/links.json");

fn links() -> Vec<(&'static str, &'static str)> {
    LINKS
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| {
            let (name, query) = l.split_once(" | ").expect("name | query");
            (name.trim(), query.trim())
        })
        .collect()
}

/// What a link opens with: labels, best, set-aside keys, and every figure of every offer.
fn observe(query: &str) -> Value {
    let state = State::from_query(query);
    let comparison = compute(&state.scenario);
    let offers: Vec<Value> = state
        .scenario
        .offers()
        .iter()
        .zip(&comparison.offers)
        .map(|(offer, result)| {
            let figures: BTreeMap<&str, f64> = Metric::ALL
                .iter()
                .filter_map(|m| Some((m.name(), m.value(result)?)))
                .collect();
            json!({ "label": offer.label, "figures": figures })
        })
        .collect();
    let warnings: Vec<&str> = state
        .link_warnings
        .iter()
        .map(|(k, _)| k.as_str())
        .collect();
    json!({
        "query": query,
        "canonical": state.query(),
        "best": comparison.best + 1,
        "warnings": warnings,
        "offers": offers,
    })
}

fn close(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => {
            let (x, y) = (x.as_f64().unwrap(), y.as_f64().unwrap());
            (x - y).abs() <= 1e-9 * x.abs().max(y.abs()).max(1.0)
        }
        (Value::Array(x), Value::Array(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(a, b)| close(a, b))
        }
        (Value::Object(x), Value::Object(y)) => {
            x.len() == y.len() && x.iter().all(|(k, v)| y.get(k).is_some_and(|w| close(v, w)))
        }
        _ => a == b,
    }
}

#[test]
fn golden_links_open_with_their_recorded_figures() {
    let recorded: Map<String, Value> = std::fs::read_to_string(FIGURES_PATH)
        .ok()
        .map(|text| serde_json::from_str(&text).expect("links.json is JSON"))
        .unwrap_or_default();
    let update = std::env::var_os("UPDATE_GOLDEN").is_some();
    let mut all = recorded.clone();
    let mut missing = Vec::new();
    for (name, query) in links() {
        let now = observe(query);
        match recorded.get(name) {
            Some(then) => assert!(
                close(then, &now),
                "golden link {name:?} changed:\nrecorded {then:#}\nnow {now:#}"
            ),
            None => {
                missing.push(name);
                all.insert(name.to_string(), now);
            }
        }
    }
    if update {
        let text = serde_json::to_string_pretty(&Value::Object(all)).unwrap();
        std::fs::write(FIGURES_PATH, text + "\n").expect("write links.json");
    } else {
        assert!(
            missing.is_empty(),
            "not recorded: {missing:?}; run with UPDATE_GOLDEN=1"
        );
    }
    assert!(links().len() >= 10);
}
