//! The state tax engine's interface. The page carries no state income tax tables or rules: they
//! are a wasm module of their own (`src/bin/state_engine.rs`, built by `scripts/engine.mjs`),
//! which the page loads on demand, so its first load does not carry them. The page hands the
//! engine a household as numbers and reads its two state returns back; natively (the tests),
//! and in the engine itself, the returns are computed from the tables compiled in.
//!
//! Pure: the page registers the function that calls the engine (`set_engine`); the model only
//! calls it.

use super::{state_returns as from_tables, StateReturn};
use crate::data::UsState;
use crate::model::tax::{federal_return, federal_tax, FederalReturn, FederalTax, Pay, TaxUnit};
use crate::model::FilingStatus;

/// Numbers in a call: place, year, filing status, children, whether the offer is on the
/// return, its five pay figures, the other wages.
pub const INPUT_LEN: usize = 11;
/// Numbers out: the six lines of the return with the offer, then of the one without it.
pub const OUTPUT_LEN: usize = 12;
/// The numbers the engine and the page exchange, in and then out.
pub const IO_LEN: usize = OUTPUT_LEN;

/// The page has not loaded the state tax engine yet (or its load failed).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Pending;

/// One call of the engine: the input in `io`, replaced by the output; false where the place
/// has no table (or the input is not one).
pub type Engine = fn(&mut [f64]) -> bool;

/// A household as the engine reads it.
pub fn encode_input(state: UsState, year: u16, unit: &TaxUnit) -> [f64; INPUT_LEN] {
    let pay = unit.offer.unwrap_or_default();
    [
        state as u8 as f64,
        f64::from(year),
        unit.filing as u8 as f64,
        f64::from(unit.kids),
        if unit.offer.is_some() { 1.0 } else { 0.0 },
        pay.wages,
        pay.deferral,
        pay.premium,
        pay.ot_qualified,
        pay.employer_hsa,
        unit.other,
    ]
}

/// The household `encode_input` wrote; `None` where `io` holds no such input.
pub fn decode_input(io: &[f64]) -> Option<(UsState, u16, TaxUnit)> {
    let io: &[f64; INPUT_LEN] = io.get(..INPUT_LEN)?.try_into().ok()?;
    let small = |x: f64, below: usize| (x >= 0.0 && x < below as f64).then_some(x as usize);
    let state = *UsState::ALL.get(small(io[0], UsState::ALL.len())?)?;
    let filing = *FilingStatus::ALL.get(small(io[2], FilingStatus::ALL.len())?)?;
    let pay = Pay {
        wages: io[5],
        deferral: io[6],
        premium: io[7],
        ot_qualified: io[8],
        employer_hsa: io[9],
    };
    Some((
        state,
        small(io[1], usize::from(u16::MAX))? as u16,
        TaxUnit {
            filing,
            kids: small(io[3], 256)? as u8,
            offer: (io[4] != 0.0).then_some(pay),
            other: io[10],
        },
    ))
}

fn lines(r: &StateReturn) -> [f64; 6] {
    [
        r.agi,
        r.deductions,
        r.taxable_income,
        r.tax,
        r.nonrefundable_credits,
        r.refundable_credits,
    ]
}

fn from_lines(l: &[f64]) -> StateReturn {
    StateReturn {
        agi: l[0],
        deductions: l[1],
        taxable_income: l[2],
        tax: l[3],
        nonrefundable_credits: l[4],
        refundable_credits: l[5],
    }
}

/// The returns with and without the offer, as the engine writes them.
pub fn encode_output((with, without): (StateReturn, StateReturn)) -> [f64; OUTPUT_LEN] {
    let mut out = [0.0; OUTPUT_LEN];
    out[..6].copy_from_slice(&lines(&with));
    out[6..].copy_from_slice(&lines(&without));
    out
}

/// The returns `encode_output` wrote.
pub fn decode_output(io: &[f64; OUTPUT_LEN]) -> (StateReturn, StateReturn) {
    (from_lines(&io[..6]), from_lines(&io[6..]))
}

/// What the engine does for one call: reads the household from `io`, computes its federal and
/// state returns from the tables compiled in, and writes the state returns back.
pub fn run(io: &mut [f64; IO_LEN]) -> bool {
    let Some((state, year, unit)) = decode_input(io) else {
        return false;
    };
    let law = federal_tax(year);
    let with = federal_return(law, &unit);
    let without = federal_return(law, &unit.without_offer());
    match from_tables(state, law, &unit, &with, &without) {
        Some(returns) => {
            *io = encode_output(returns);
            true
        }
        None => false,
    }
}

/// The household's state returns with and without the offer: in the page through the engine
/// (`Pending` until it is loaded), elsewhere from the tables compiled in (`super::state_returns`).
pub fn state_returns_or_pending(
    state: UsState,
    law: &FederalTax,
    unit: &TaxUnit,
    federal_with: &FederalReturn,
    federal_without: &FederalReturn,
) -> Result<Option<(StateReturn, StateReturn)>, Pending> {
    #[cfg(all(target_arch = "wasm32", feature = "page"))]
    {
        let _ = (federal_with, federal_without);
        let engine = ENGINE.with(std::cell::Cell::get).ok_or(Pending)?;
        let mut io = [0.0; IO_LEN];
        io[..INPUT_LEN].copy_from_slice(&encode_input(state, law.year, unit));
        Ok(engine(&mut io).then(|| decode_output(&io)))
    }
    #[cfg(not(all(target_arch = "wasm32", feature = "page")))]
    {
        Ok(from_tables(state, law, unit, federal_with, federal_without))
    }
}

#[cfg(feature = "page")]
thread_local! {
    static ENGINE: std::cell::Cell<Option<Engine>> = const { std::cell::Cell::new(None) };
}

/// The page hands the model the engine once it is loaded.
#[cfg(feature = "page")]
pub fn set_engine(engine: Engine) {
    ENGINE.with(|e| e.set(Some(engine)));
}

/// Whether the page has the engine (never in its server-side rendering, as in the browser
/// before the engine is in: natively the returns come from the tables all the same).
#[cfg(feature = "page")]
pub fn has_engine() -> bool {
    ENGINE.with(std::cell::Cell::get).is_some()
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::model::tax::state::state_returns;

    fn unit(filing: FilingStatus, kids: u8, wages: f64, other: f64) -> TaxUnit {
        TaxUnit {
            filing,
            kids,
            offer: Some(Pay {
                wages,
                deferral: 1_500.0,
                premium: 1_200.0,
                ot_qualified: 800.0,
                employer_hsa: 500.0,
            }),
            other,
        }
    }

    #[test]
    fn a_household_reads_back_as_it_was_written() {
        for (state, year, unit) in [
            (
                UsState::CA,
                2026,
                unit(FilingStatus::Joint, 2, 84_000.5, 31_000.0),
            ),
            (
                UsState::AL,
                2024,
                unit(FilingStatus::HeadOfHousehold, 1, 0.0, 0.0),
            ),
            (
                UsState::WY,
                2025,
                TaxUnit {
                    offer: None,
                    ..unit(FilingStatus::Single, 0, 1.0, 7.25)
                },
            ),
        ] {
            assert_eq!(
                decode_input(&encode_input(state, year, &unit)),
                Some((state, year, unit))
            );
        }
    }

    #[test]
    fn what_is_not_an_input_is_refused() {
        let good = encode_input(UsState::NY, 2025, &unit(FilingStatus::Single, 0, 1.0, 0.0));
        for (at, bad) in [
            (0, 51.0),
            (0, -1.0),
            (0, f64::NAN),
            (2, 3.0),
            (3, 256.0),
            (1, 1e9),
        ] {
            let mut io = good;
            io[at] = bad;
            assert_eq!(decode_input(&io), None, "{at}: {bad}");
        }
        assert_eq!(decode_input(&good[..INPUT_LEN - 1]), None);
    }

    /// One call of the engine gives what the tables give, for every place with a table.
    #[test]
    fn the_engine_computes_the_returns_of_the_tables() {
        for state in UsState::ALL {
            for year in [2024, 2025, 2026] {
                let unit = unit(FilingStatus::Joint, 1, 61_000.0, 22_000.0);
                let law = federal_tax(year);
                let with = federal_return(law, &unit);
                let without = federal_return(law, &unit.without_offer());
                let expected = state_returns(state, law, &unit, &with, &without);
                let mut io = [0.0; IO_LEN];
                io[..INPUT_LEN].copy_from_slice(&encode_input(state, year, &unit));
                let ran = run(&mut io);
                assert_eq!(ran, expected.is_some(), "{state:?} {year}");
                if let Some(expected) = expected {
                    assert_eq!(decode_output(&io), expected, "{state:?} {year}");
                }
            }
        }
    }
}
