//! The comparison as CSV (issue: exports): the year and the household in the first rows, then one
//! row per figure with one column per offer, unrounded as the test hooks give them, so a
//! spreadsheet gets the page's own numbers.

use crate::model::{parse_decimal, Comparison, HouseholdField, Metric, Scenario};

/// A CSV field: quoted where it holds a comma, a quote or a line break (RFC 4180), and with a
/// leading `'` where a spreadsheet would read it as a formula.
fn field(text: &str) -> String {
    let text = if text.starts_with(['=', '+', '-', '@']) && parse_decimal(text).is_none() {
        format!("'{text}")
    } else {
        text.to_string()
    };
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text
    }
}

fn row(cells: impl IntoIterator<Item = String>) -> String {
    let cells: Vec<String> = cells.into_iter().map(|c| field(&c)).collect();
    cells.join(",") + "\r\n"
}

/// The whole comparison as CSV text.
pub fn comparison_csv(scenario: &Scenario, comparison: &Comparison) -> String {
    let household = scenario.household();
    let mut out = row(["Tax year".to_string(), scenario.year().year().to_string()]);
    for field in HouseholdField::ALL {
        out += &row([field.label().to_string(), household.text(field)]);
    }
    out += &row(std::iter::once("Figure".to_string())
        .chain(scenario.offers().iter().map(|o| o.label.clone())));
    out += &row(std::iter::once("Best".to_string()).chain(
        (0..scenario.offers().len())
            .map(|i| if i == comparison.best { "yes" } else { "" }.to_string()),
    ));
    for metric in Metric::ALL {
        out += &row(std::iter::once(metric.name().to_string()).chain(
            comparison
                .offers
                .iter()
                .map(|r| metric.value(r).map(Metric::data_value).unwrap_or_default()),
        ));
    }
    out
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::model::compute;
    use crate::state::State;

    #[test]
    fn fields_are_quoted_where_they_must_be_and_formulas_are_defused() {
        assert_eq!(field("Hospital"), "Hospital");
        assert_eq!(field("St. Mary's, North"), "\"St. Mary's, North\"");
        assert_eq!(field("The \"best\""), "\"The \"\"best\"\"\"");
        assert_eq!(field("=HYPERLINK(1)"), "'=HYPERLINK(1)");
        assert_eq!(field("-643.60"), "-643.60", "negative numbers stay numbers");
    }

    #[test]
    fn the_csv_holds_the_year_the_household_and_every_figure_of_every_offer() {
        let state = State::from_query(
            "?v=2&filing=joint&kids=2&o1.name=A,%20B&o1.wage=30&o2.wage=25&o2.health=9000",
        );
        let comparison = compute(&state.scenario);
        let csv = comparison_csv(&state.scenario, &comparison);
        let lines: Vec<&str> = csv.split("\r\n").collect();
        assert_eq!(lines[0], "Tax year,2026");
        assert_eq!(lines[1], "Filing status,joint");
        assert_eq!(lines[2], "Children under 17,2");
        assert_eq!(lines[6], "Figure,\"A, B\",Offer 2");
        let best = if comparison.best == 0 {
            "Best,yes,"
        } else {
            "Best,,yes"
        };
        assert_eq!(lines[7], best);
        let after_tax = lines
            .iter()
            .find(|l| l.starts_with("after-tax,"))
            .expect("after-tax row");
        let values: Vec<f64> = after_tax
            .split(',')
            .skip(1)
            .map(|v| v.parse().unwrap())
            .collect();
        assert_eq!(values.len(), 2);
        assert_eq!(values[0], comparison.offers[0].figures.after_tax);
        assert_eq!(
            lines.len(),
            8 + Metric::ALL.len() + 1,
            "the last line ends too"
        );
    }
}
