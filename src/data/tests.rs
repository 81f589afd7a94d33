//! Every compiled-in figure equals the one in the CSV it was transcribed from.

use super::*;

fn rows(csv: &str) -> Vec<Vec<&str>> {
    csv.lines()
        .skip(1)
        .filter(|l| !l.trim().is_empty())
        .map(|l| l.split(',').collect())
        .collect()
}

fn num(s: &str) -> f64 {
    s.trim().parse().expect("a number in the CSV")
}

#[test]
fn national_percentiles_match_the_bls_file() {
    let csv = include_str!("../../data/oews-29-2072-national.csv");
    let table = rows(csv);
    for (measure, compiled) in [
        ("hourly", BLS_HOURLY_MAY2024),
        ("annual", BLS_ANNUAL_MAY2024),
    ] {
        let row = table
            .iter()
            .find(|r| r[0] == "May 2024" && r[1] == measure)
            .expect("May 2024 row");
        assert_eq!(compiled.release, "May 2024");
        let points = compiled.points();
        for (i, p) in points.iter().enumerate() {
            assert_eq!(p.1, num(row[2 + i]), "{measure} point {i}");
        }
        assert_eq!(compiled.mean, num(row[7]));
        assert_eq!(compiled.employment as f64, num(row[8]));
    }
}

#[test]
fn price_parities_match_the_bea_file() {
    let csv = include_str!("../../data/bea-rpp-2023-rounded.csv");
    let table = rows(csv);
    assert_eq!(table.len(), 51);
    for row in table {
        let state = UsState::from_code(row[0]).expect("known code");
        assert_eq!(state.price_parity(), num(row[1]), "{}", row[0]);
    }
    for (i, (state, _)) in REGIONAL_PRICE_PARITIES_2023.iter().enumerate() {
        assert_eq!(*state, UsState::ALL[i], "row {i} is out of order");
    }
}

#[test]
fn irs_limits_match_the_irs_file() {
    let csv = include_str!("../../data/irs-retirement-limits.csv");
    let table = rows(csv);
    assert_eq!(table.len(), IRS_LIMITS.len());
    for (row, limits) in table.iter().zip(IRS_LIMITS) {
        assert_eq!(limits.year as f64, num(row[0]));
        assert_eq!(limits.elective_deferral_402g, num(row[1]));
        assert_eq!(limits.catch_up_50_plus, num(row[2]));
        assert_eq!(limits.annual_additions_415c, num(row[4]));
        assert_eq!(limits.compensation_limit_401a17, num(row[5]));
        assert_eq!(limits.source, row[6]);
        assert!(TAX_SOURCES.iter().any(|s| s.id == limits.source));
    }
}

#[test]
fn kff_premiums_match_the_kff_file() {
    let csv = include_str!("../../data/kff-employer-health-premiums.csv");
    for premium in KFF_PREMIUMS_2025 {
        let coverage = if premium.family { "family" } else { "single" };
        let row = rows(csv)
            .into_iter()
            .find(|r| num(r[0]) == premium.year as f64 && r[1] == coverage)
            .expect("row");
        assert_eq!(premium.total, num(row[2]));
        assert_eq!(premium.worker, num(row[4]));
    }
    assert_eq!(KFF_PREMIUMS_2025[0].employer(), 9_325.0 - 1_440.0);
}

#[test]
fn state_codes_read_in_any_case_and_nothing_else() {
    assert_eq!(UsState::from_code("tx"), Some(UsState::TX));
    assert_eq!(UsState::from_code("Dc"), Some(UsState::DC));
    assert_eq!(UsState::from_code(" NY "), Some(UsState::NY));
    for bad in ["", "T", "TXX", "PR", "GU", "XX", "Texas", "t x"] {
        assert_eq!(UsState::from_code(bad), None, "{bad}");
    }
    let mut codes: Vec<_> = UsState::ALL.iter().map(|s| s.code()).collect();
    codes.sort_unstable();
    codes.dedup();
    assert_eq!(codes.len(), 51);
}

#[test]
fn every_table_row_is_in_state_order() {
    for (i, (state, _)) in REGIONAL_PRICE_PARITIES_2023.iter().enumerate() {
        assert_eq!(*state, UsState::ALL[i], "row {i} is out of order");
    }
}

/// Every figure of `data/oews-may2025.csv` as the page's tables give it back.
#[test]
fn bls_wages_match_the_oews_file() {
    let csv = include_str!("../../data/oews-may2025.csv");
    let mut counted = [0usize; 3];
    for line in csv.lines().skip(1) {
        // Only the name may hold commas, and the seven figures come after it.
        let cells: Vec<&str> = line.rsplitn(8, ',').collect();
        let (figures, head) = (&cells[..7], cells[7]);
        let head: Vec<&str> = head.splitn(5, ',').collect();
        let occupation = Occupation::from_code(head[0]).expect("a shipped occupation");
        let wages = match head[1] {
            "national" => Some(*national_wages(occupation)),
            "state" => UsState::from_code(head[3]).map(|s| {
                *state_wages(occupation, s)
                    .expect("the market detail")
                    .expect("every state row of the file is shipped")
            }),
            // Areas only in a territory are not work locations of the page.
            _ if !head[3].split('-').any(|c| UsState::from_code(c).is_some()) => None,
            _ => {
                let code = head[2].parse().expect("an area code");
                assert!(is_metro_code(code));
                let area = metro(code).expect("the market detail").expect("shipped");
                assert_eq!(area.name, head[4].trim_matches('"'));
                Some(area.wages)
            }
        };
        let Some(wages) = wages else { continue }; // a territory
        counted[usize::from(head[1] != "national") + usize::from(head[1].ends_with("metro"))] += 1;
        // rsplitn gives the figures last first: p90, p75, p50, p25, p10, mean, employment.
        let expect = |cell: &str| match cell {
            "*" => BlsWage::NotPublished,
            "#" => BlsWage::TopCoded,
            number => BlsWage::Published(num(number)),
        };
        for (i, cell) in figures[..5].iter().enumerate() {
            assert_eq!(wages.point(4 - i), expect(cell), "{line}");
        }
        assert_eq!(wages.mean(), expect(figures[5]), "{line}");
        let employment = (figures[6] != "*").then(|| num(figures[6]) as u32);
        assert_eq!(wages.employment(), employment, "{line}");
    }
    assert_eq!(counted[0], Occupation::ALL.len());
    assert_eq!(counted[2], metros().expect("the market detail").len());
    assert_eq!(counted[2], metro_codes().len());
}

#[test]
fn parameter_ids_are_fnv_1a_of_the_names() {
    // FNV-1a, 32 bits: the empty name is the offset basis; "a" is the published test vector.
    assert_eq!(param_id(""), 0x811c_9dc5);
    assert_eq!(param_id("a"), 0xe40c_292c);
    // The compile-time id and the one computed from a name agree.
    let rule = state_income_tax(UsState::GA, 2026).expect("a table");
    assert!(crate::extra!(rule, "ga.overtime_exclusion_cap") > 0.0);
    assert_eq!(
        crate::extra!(rule, "ga.overtime_exclusion_cap"),
        rule.extra("ga.overtime_exclusion_cap")
    );
}
