//! `static/market.js`, the market detail the page loads when a figure needs it, is the one
//! build.rs makes from `data/oews-may2025.csv`: a copy is committed because the page serves it
//! as a file. `UPDATE_MARKET=1 cargo test --test market_detail` rewrites it after a refresh.

#![cfg(not(target_arch = "wasm32"))]

const BUILT: &str = include_str!(concat!(env!("OUT_DIR"), "/market.js"));
const SERVED: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/static/market.js");

#[test]
fn the_served_market_detail_is_the_built_one() {
    if std::env::var_os("UPDATE_MARKET").is_some() {
        std::fs::write(SERVED, BUILT).expect("write static/market.js");
    }
    let served = std::fs::read_to_string(SERVED).unwrap_or_default();
    assert!(
        served == BUILT,
        "static/market.js differs from what build.rs makes of data/oews-may2025.csv: run UPDATE_MARKET=1 cargo test --test market_detail"
    );
}

#[test]
fn the_module_exports_every_area_and_the_other_jobs_by_state() {
    let text = offer_compare::data::module_string(BUILT).expect("export default \"...\"");
    let metros = text.lines().filter(|l| l.starts_with("M|")).count();
    let states = text.lines().filter(|l| l.starts_with("S|")).count();
    assert_eq!(metros, offer_compare::data::metro_codes().len());
    // Six jobs, 50 states and DC each, less Alabama's missing 29-9021.
    assert_eq!(states, 6 * 51 - 1);
    assert!(text.contains("M|35620|New York-Newark-Jersey City, NY-NJ|"));
}
