//! Golden links: every link of `tests/golden/links.txt` opens with the figures recorded in
//! `tests/golden/links.json`, in this version and every later one.
//!
//! A record keeps every figure it holds; figures a later version adds are not in older records.
//! What links.md's "Versions" changes on purpose is applied to the record, not written into it:
//! a version 1 link is now written as version 2 with `basis=before` kept, and the one link that
//! stood for a newer version with `v=2` is now read as version 2 (ranked after tax, without the
//! newer-version notice), so only its figures that do not depend on the basis must hold.
//!
//! Market figures (`percentile`, `local-percentile`) follow the BLS release the page ships, so
//! they are checked against the shipped tables from the record's own hourly rate, not frozen.
//!
//! A state's income tax the page counts after a record was written follows the page too: where
//! a record's offer paid no state income tax and the page now counts its place's, that offer's
//! figures after tax (and, for a link ranked after tax, the ranking: best, gaps, breakevens) are
//! not held to the record; every other figure is.
//!
//! `UPDATE_GOLDEN=1 cargo test --test golden` records the figures of links not yet recorded; it
//! never changes a recorded one.

#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeMap;

use offer_compare::model::{compute, local_market, national_percentile, Metric};
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

/// The `v` of a query or canonical link (1 where there is none).
fn version(query: &str) -> u32 {
    query
        .trim_start_matches('?')
        .split('&')
        .find_map(|pair| pair.strip_prefix("v="))
        .and_then(|v| v.parse().ok())
        .unwrap_or(1)
}

/// A version 1 canonical link as this version writes it: `v=2`, the year, `basis=before`, then
/// the offers.
fn as_version_2(canonical: &str) -> String {
    let mut pairs: Vec<&str> = canonical.split('&').skip(1).collect();
    let at = usize::from(pairs.first().is_some_and(|p| p.starts_with("year=")));
    pairs.insert(at, "basis=before");
    format!("v=2&{}", pairs.join("&"))
}

/// What a record says the link opens with now, by links.md's "Versions".
fn expected_now(recorded: &Value) -> Value {
    let mut expected = recorded.clone();
    let query = recorded["query"].as_str().unwrap_or_default();
    let canonical = recorded["canonical"].as_str().unwrap_or_default();
    if version(canonical) != 1 {
        return expected;
    }
    expected["canonical"] = json!(as_version_2(canonical));
    if version(query) > 1 {
        // Stood for a newer version: now read as version 2, ranked after tax.
        let warnings = expected["warnings"].as_array_mut().expect("warnings");
        warnings.retain(|w| w != "v");
        for offer in expected["offers"].as_array_mut().expect("offers") {
            let figures = offer["figures"].as_object_mut().expect("figures");
            figures.remove("diff");
            figures.remove("breakeven");
        }
        let object = expected.as_object_mut().expect("a record");
        object.remove("best");
        object.remove("canonical");
    }
    expected
}

/// The record with its market figures recomputed from the shipped BLS tables: each offer's
/// percentiles at the record's hourly rate, for the occupation and place the link sets.
fn market_follows_release(mut expected: Value, query: &str) -> Value {
    let state = State::from_query(query);
    let home = state.scenario.household().home;
    let offers = expected["offers"].as_array_mut().expect("offers");
    for (record, offer) in offers.iter_mut().zip(state.scenario.offers()) {
        let figures = record["figures"].as_object_mut().expect("figures");
        let Some(hourly) = figures.get("hourly-rate").and_then(Value::as_f64) else {
            continue;
        };
        let national = national_percentile(offer.occupation, hourly).value;
        figures.insert("percentile".into(), json!(national));
        let local = local_market(offer.occupation, hourly, offer.metro, offer.state.or(home));
        match local.ok().and_then(|l| l.percentile) {
            Some(p) => figures.insert("local-percentile".into(), json!(p.value)),
            None => figures.remove("local-percentile"),
        };
    }
    expected
}

/// The figures of an offer that depend on its state income tax.
const AFTER_TAX: [&str; 8] = [
    "after-tax",
    "after-tax-hourly",
    "col-after-tax",
    "marginal-rate",
    "paycheck",
    "state-tax",
    "take-home",
    "taxes",
];

/// The record without what a state income tax counted since it was written changes (the
/// module's comment).
fn state_taxes_follow_the_page(mut expected: Value, now: &Value) -> Value {
    let after_tax = !expected["canonical"]
        .as_str()
        .is_some_and(|c| c.contains("basis=before"));
    let mut changed = false;
    let offers = expected["offers"].as_array_mut().expect("offers");
    for (record, current) in offers
        .iter_mut()
        .zip(now["offers"].as_array().expect("offers"))
    {
        let tax = |offer: &Value| offer["figures"]["state-tax"].as_f64();
        if tax(record) == Some(0.0) && tax(current).is_some_and(|t| t != 0.0) {
            let figures = record["figures"].as_object_mut().expect("figures");
            for key in AFTER_TAX {
                figures.remove(key);
            }
            changed = true;
        }
    }
    if changed && after_tax {
        for offer in offers.iter_mut() {
            let figures = offer["figures"].as_object_mut().expect("figures");
            figures.remove("diff");
            figures.remove("breakeven");
        }
        expected.as_object_mut().expect("a record").remove("best");
    }
    expected
}

/// Whether `now` holds everything `expected` does, numbers to a billionth.
fn holds(expected: &Value, now: &Value) -> bool {
    match (expected, now) {
        (Value::Object(x), Value::Object(y)) => {
            x.iter().all(|(k, v)| y.get(k).is_some_and(|w| holds(v, w)))
        }
        (Value::Array(x), Value::Array(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(a, b)| holds(a, b))
        }
        _ => close(expected, now),
    }
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
                holds(
                    &state_taxes_follow_the_page(
                        market_follows_release(expected_now(then), query),
                        &now
                    ),
                    &now
                ),
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

#[test]
fn version_1_links_are_rewritten_as_version_2_before_tax() {
    assert_eq!(as_version_2("v=1&o1.wage=3"), "v=2&basis=before&o1.wage=3");
    assert_eq!(
        as_version_2("v=1&year=2024&o1.wage=3"),
        "v=2&year=2024&basis=before&o1.wage=3"
    );
    assert_eq!(version("?v=2&o1.wage=3"), 2);
    assert_eq!(version("?o1.wage=3"), 1);
}
