//! Native speed of the model and the link codec: `cargo bench --bench model`.
//! Plain timing with `Instant` (stable Rust has no bench harness); prints a table.

use std::hint::black_box;
use std::time::Instant;

use offer_compare::links;
use offer_compare::model::compute;
use offer_compare::state::State;

fn time<T>(name: &str, iterations: u32, mut f: impl FnMut() -> T) {
    for _ in 0..iterations / 10 {
        black_box(f());
    }
    let start = Instant::now();
    for _ in 0..iterations {
        black_box(f());
    }
    let per = start.elapsed().as_secs_f64() / f64::from(iterations);
    println!("  {name:<44} {:>10.2} µs", per * 1e6);
}

fn main() {
    let six = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/bench/six-offers.txt"
    ))
    .expect("six-offer link");
    let one = "?v=2&o1.wage=24.16";
    let six_state = State::from_query(six.trim());
    let one_state = State::from_query(one);
    println!("\nModel and links, native, per call");
    time("compute, 1 offer (with breakeven)", 20_000, || {
        compute(&one_state.scenario)
    });
    time("compute, 6 full offers (with breakeven)", 2_000, || {
        compute(&six_state.scenario)
    });
    time("read a six-offer link", 20_000, || links::read(six.trim()));
    time("write a six-offer link", 20_000, || {
        links::write(&six_state.scenario)
    });
}
