//! The federal engine against an independent one: `tests/fixtures/federal-households.csv`,
//! households computed by PolicyEngine-US (`scripts/dev/federal_fixture.py`, dev-only; the
//! version is in the file's first line). Federal income tax and FICA must agree to the cent.

#![cfg(not(target_arch = "wasm32"))]

use offer_compare::model::tax::{federal_return, federal_tax, offer_fica, Pay, TaxUnit};
use offer_compare::model::FilingStatus;

const FIXTURE: &str = include_str!("fixtures/federal-households.csv");

struct Row<'a> {
    cells: Vec<&'a str>,
    header: &'a [&'a str],
}

impl Row<'_> {
    fn get(&self, name: &str) -> f64 {
        let i = self.header.iter().position(|h| *h == name).expect(name);
        self.cells[i].parse().expect(name)
    }

    fn text(&self, name: &str) -> &str {
        let i = self.header.iter().position(|h| *h == name).expect(name);
        self.cells[i]
    }
}

/// Every figure compared, with the engine's value of one household.
fn engine(row: &Row) -> Vec<(&'static str, f64)> {
    let law = federal_tax(row.get("year") as u16);
    let filing = FilingStatus::from_key(row.text("filing")).expect("filing");
    let offer = Pay {
        wages: row.get("wages"),
        deferral: row.get("deferral"),
        premium: row.get("premium"),
        ot_qualified: row.get("ot_qualified"),
        employer_hsa: 0.0,
    };
    let unit = TaxUnit {
        filing,
        kids: row.get("kids") as u8,
        offer: Some(offer),
        other: row.get("other"),
    };
    let with = federal_return(law, &unit);
    let without = federal_return(law, &unit.without_offer());
    let fica = offer_fica(law, filing, offer.wages_fica(), unit.other);
    vec![
        ("agi", with.agi),
        ("taxable_income", with.taxable_income),
        ("tax_before_credits", with.tax),
        ("savers_credit", with.savers_credit),
        ("ctc_nonrefundable", with.child_tax_credit),
        ("ctc_refundable", with.additional_child_tax_credit),
        ("eitc", with.earned_income_credit),
        ("ot_deduction", with.overtime_deduction),
        ("income_tax", with.income_tax()),
        ("income_tax_other_alone", without.income_tax()),
        ("social_security", fica.social_security),
        ("medicare", fica.medicare),
        ("additional_medicare", fica.additional_medicare),
    ]
}

/// PolicyEngine computes in single precision: a figure of f32 carries about 7 significant
/// digits, so on large amounts its last cents are noise. The allowance is the larger of a cent
/// and what f32 rounding alone can move (a few ulps of the amount).
fn allowance(expected: f64) -> f64 {
    let ulp = f64::from(f32::EPSILON) * expected.abs().max(1.0);
    (4.0 * ulp).max(0.01)
}

#[test]
fn federal_tax_and_fica_agree_with_policyengine_to_the_cent() {
    let mut lines = FIXTURE.lines().filter(|l| !l.starts_with('#'));
    let header: Vec<&str> = lines.next().expect("a header").split(',').collect();
    let mut households = 0;
    let mut failures = Vec::new();
    let mut beyond_a_cent = 0;
    for line in lines.filter(|l| !l.trim().is_empty()) {
        let row = Row {
            cells: line.split(',').collect(),
            header: &header,
        };
        households += 1;
        for (name, ours) in engine(&row) {
            let theirs = row.get(name);
            let gap = (ours - theirs).abs();
            if gap > 0.01 {
                beyond_a_cent += 1;
            }
            if gap > allowance(theirs) {
                failures.push(format!(
                    "{} {name}: ours {ours:.4}, PolicyEngine {theirs:.4}",
                    row.text("id")
                ));
            }
        }
    }
    assert!(households >= 300, "{households} households");
    assert!(
        failures.is_empty(),
        "{} differences:\n{}",
        failures.len(),
        failures.join("\n")
    );
    eprintln!("{households} households agree; {beyond_a_cent} figures differ by more than a cent, all within f32 rounding");
}
