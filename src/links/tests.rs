//! The link format of links.md: reading, canonical writing, and the laws between them.

use proptest::prelude::*;

use super::*;
use crate::data::UsState;
use crate::model::{FilingStatus, MatchFormula, PayBasis, PayFrequency};
use crate::state::example_offers;
use crate::testing;

fn read_link(query: &str) -> LinkContents {
    read(query)
}

fn keys(contents: &LinkContents) -> Vec<&str> {
    contents.warnings.iter().map(|w| w.key.as_str()).collect()
}

#[test]
fn reads_the_example_of_links_md() {
    let link = "?v=1&year=2026&o1.name=City%20Hospital&o1.wage=26.5&o1.match=100:3,50:2&o2.pay=salary&o2.salary=52000";
    let read = read(link);
    assert!(read.warnings.is_empty(), "{:?}", read.warnings);
    assert_eq!(read.year, PlanYear::Y2026);
    assert_eq!(read.offers.len(), 2);
    let (o1, o2) = (&read.offers[0], &read.offers[1]);
    assert_eq!(o1.label, "City Hospital");
    assert_eq!(o1.wage, 26.5);
    assert_eq!(o1.match_formula.to_text(), "100:3,50:2");
    assert_eq!(o2.label, "Offer 2");
    assert_eq!(o2.pay, PayBasis::Salary);
    assert_eq!(o2.salary, 52_000.0);
    // Version 1 ranked before tax: written back as version 2 with that basis kept, and the
    // default year left out.
    let scenario = read.into_scenario(Vec::new);
    assert_eq!(
        write(&scenario),
        "v=2&basis=before&o1.name=City%20Hospital&o1.wage=26.5&o1.match=100:3,50:2&o2.pay=salary&o2.salary=52000"
    );
}

#[test]
fn an_untouched_default_offer_writes_its_name() {
    assert_eq!(write(&Scenario::default()), "v=2&o1.name=Offer%201");
    let read = read("?v=2&o1.name=Offer%201");
    assert_eq!(read.offers, vec![Offer::new(1)]);
    assert_eq!(read.household, Household::default());
}

#[test]
fn plus_reads_as_a_space_and_percent_escapes_as_utf8() {
    let read = read("o1.name=St.+Mary%E2%80%99s%20Clinic");
    assert_eq!(read.offers[0].label, "St. Mary’s Clinic");
    let scenario = read.into_scenario(Vec::new);
    assert_eq!(
        write(&scenario),
        "v=2&basis=before&o1.name=St.%20Mary%E2%80%99s%20Clinic"
    );
}

#[test]
fn bytes_that_are_not_text_are_read_as_replacement_characters_and_said() {
    let read = read("?v=2&o1.name=Caf%C3&o1.wage=30&o2.name=%EF%BF%BD");
    assert_eq!(read.offers[0].label, "Caf\u{FFFD}");
    // A real U+FFFD, written as its UTF-8 bytes, is text: nothing to say.
    assert_eq!(read.offers[1].label, "\u{FFFD}");
    assert_eq!(read.warnings.len(), 1, "{:?}", read.warnings);
    assert_eq!(read.warnings[0].key, "o1.name");
    assert!(
        read.warnings[0].reason.contains("not text"),
        "{}",
        read.warnings[0].reason
    );
    // The last value of a key counts, for this as for the rest.
    assert!(super::read("?o1.name=%C3&o1.name=Clinic")
        .warnings
        .is_empty());
    assert_eq!(super::read("?o1.name=Clinic&o1.name=%C3").warnings.len(), 1);
}

#[test]
fn a_link_without_v_is_version_1_and_a_missing_question_mark_is_fine() {
    let with = read("?v=1&o1.wage=30");
    let without = read("o1.wage=30");
    assert_eq!(with, without);
    assert!(without.warnings.is_empty());
}

#[test]
fn gaps_close_up_and_offers_keep_their_order() {
    let read = read("?o3.wage=30&o1.wage=20");
    assert_eq!(read.offers.len(), 2);
    assert_eq!(read.offers[0].wage, 20.0);
    assert_eq!(read.offers[1].wage, 30.0);
    assert_eq!(
        read.offers[1].label, "Offer 2",
        "named for its new position"
    );
}

#[test]
fn only_the_first_six_offers_are_kept_and_the_notice_says_so() {
    let link: String = (1..=8).map(|n| format!("&o{n}.wage={n}")).collect();
    let read = read(&link);
    assert_eq!(read.offers.len(), 6);
    assert_eq!(read.offers[5].wage, 6.0);
    assert_eq!(keys(&read), ["o7", "o8"]);
    assert!(read.warnings[0].reason.contains("Only 6 offers"));
}

#[test]
fn the_same_key_twice_counts_the_last() {
    let read1 = read("?o1.wage=20&o1.wage=30");
    assert_eq!(read1.offers[0].wage, 30.0);
    assert!(read1.warnings.is_empty());
    let read2 = read("?o1.wage=30&o1.wage=abc");
    assert_eq!(read2.offers[0].wage, 24.16);
    assert_eq!(keys(&read2), ["o1.wage"]);
}

#[test]
fn labels_are_cut_to_40_characters_and_stay_text() {
    let long = "A".repeat(60);
    let read1 = read(&format!("?o1.name={long}"));
    assert_eq!(read1.offers[0].label, "A".repeat(40));
    let read2 = read("?o1.name=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E");
    assert_eq!(read2.offers[0].label, "<img src=x onerror=alert(1)>");
}

#[test]
fn each_kind_of_bad_value_takes_the_default_and_is_named() {
    let cases = [
        ("o1.wage=abc", "o1.wage"),          // does not parse
        ("o1.wage=1e3", "o1.wage"),          // exponent
        ("o1.wage=Infinity", "o1.wage"),     // not finite
        ("o1.wage=NaN", "o1.wage"),          // not finite
        ("o1.wage=-5", "o1.wage"),           // below the range
        ("o1.wage=1000.01", "o1.wage"),      // above the range
        ("o1.salary=52%2C000", "o1.salary"), // thousands separator
        ("o1.hours=0", "o1.hours"),          // more than 0
        ("o1.weeks=53", "o1.weeks"),
        ("o1.pay=weekly", "o1.pay"),  // unknown pay
        ("o1.state=ZZ", "o1.state"),  // unknown state
        ("o1.match=100", "o1.match"), // malformed match
        ("o1.match=100:3,50:2,1:1,1:1,1:1", "o1.match"),
        ("o1.match=0:3", "o1.match"),
        ("o1.name=%20%20", "o1.name"), // empty label
        ("o1.nec=26", "o1.nec"),
        ("o1.k=101", "o1.k"),
    ];
    for (pair, key) in cases {
        let read = read(&format!("?v=1&{pair}&o1.bonus=100"));
        assert_eq!(keys(&read), [key], "{pair}");
        let field = Field::from_key(key.trim_start_matches("o1.")).unwrap();
        assert_eq!(
            read.offers[0].text(field),
            Offer::new(1).text(field),
            "{pair} takes the default"
        );
        assert_eq!(read.offers[0].bonus, 100.0, "{pair}: the rest is kept");
        assert!(read.warnings[0].reason.contains("set aside"), "{pair}");
    }
}

#[test]
fn an_empty_number_is_set_aside_but_an_empty_choice_means_none() {
    let read1 = read("?o1.bonus=&o1.k=&o1.wage=30");
    assert_eq!(keys(&read1), ["o1.bonus", "o1.k"]);
    assert_eq!(read1.offers[0].bonus, 0.0);
    assert_eq!(read1.offers[0].contribution, None);
    let read2 = read("?o1.match=&o1.state=&o1.wage=30");
    assert!(read2.warnings.is_empty());
}

#[test]
fn unknown_keys_and_years_are_named_and_the_rest_is_read() {
    let read = read("?v=1&year=2023&o1.wage=30&o1.foo=1&o0.wage=5&oX.wage=5&utm_source=mail&&");
    assert_eq!(
        keys(&read),
        ["year", "o1.foo", "o0.wage", "oX.wage", "utm_source"]
    );
    assert_eq!(read.year, PlanYear::Y2026);
    assert_eq!(read.offers.len(), 1);
    assert_eq!(read.offers[0].wage, 30.0);
}

#[test]
fn an_offer_number_of_any_length_is_read_in_its_order() {
    let read =
        read("?o4294967296.wage=40&o9.wage=30&o0001.wage=20&o18446744073709551616999.wage=50");
    assert!(read.warnings.is_empty(), "{:?}", read.warnings);
    let wages: Vec<f64> = read.offers.iter().map(|o| o.wage).collect();
    assert_eq!(wages, [20.0, 30.0, 40.0, 50.0]);
}

#[test]
fn a_year_is_a_plain_number_like_the_others() {
    assert_eq!(read("?year=2025.0&o1.wage=30").year, PlanYear::Y2025);
    assert_eq!(read("?year=2025.0&o1.wage=30").warnings.len(), 0);
    assert_eq!(read("?year=2025.5&o1.wage=30").warnings.len(), 1);
}

#[test]
fn a_newer_version_is_read_as_far_as_it_can_be() {
    let read1 = read("?v=3&o1.wage=30&o1.sparkles=9&future=1");
    assert_eq!(read1.offers[0].wage, 30.0);
    assert_eq!(keys(&read1), ["v", "o1.sparkles", "future"]);
    assert!(read1.warnings[0].reason.contains("newer version"));
    assert_eq!(
        read1.household.basis,
        RankingBasis::AfterTax,
        "read as version 2"
    );
    for newer in ["3.0", "2.5", "99999999999", " 3 "] {
        let read = read(&format!("?v={newer}&o1.wage=30"));
        assert!(read.warnings[0].reason.contains("newer version"), "{newer}");
    }
    assert!(read("?v=1.0&o1.wage=30").warnings.is_empty());
    assert!(read("?v=2.0&o1.wage=30").warnings.is_empty());
    let read2 = read("?v=abc&o1.wage=30");
    assert_eq!(keys(&read2), ["v"]);
    assert_eq!(read2.offers[0].wage, 30.0);
    assert_eq!(
        read2.household.basis,
        RankingBasis::BeforeTax,
        "read as version 1"
    );
}

#[test]
fn warnings_quote_values_short_and_without_control_characters() {
    let long = "9".repeat(500);
    let read = read(&format!("?o1.wage={long}%07"));
    let reason = &read.warnings[0].reason;
    assert!(reason.len() < 200, "{reason}");
    assert!(!reason.chars().any(char::is_control));
    let read = super::read("?o1.wage=%E2%80%AE30x");
    assert!(!read.warnings[0].reason.contains('\u{202E}'));
    assert_eq!(
        super::read("?o1.name=%E2%80%AEHospital").offers[0].label,
        "Hospital"
    );
}

#[test]
fn empty_and_garbage_queries_give_no_offers() {
    for query in ["", "?", "?&&&", "?=", "?v=1", "#x", "?%zz", "?o1", "?o1."] {
        let read = read(query);
        assert!(read.offers.is_empty(), "{query}");
        let scenario = read.into_scenario(example_offers);
        assert_eq!(scenario.offers(), example_offers().as_slice());
    }
}

#[test]
fn keys_are_written_in_model_order_and_only_where_not_default() {
    let mut offer = Offer::new(1);
    offer.state = Some(UsState::TX);
    offer.wage = 30.0;
    offer.match_formula = MatchFormula::parse("50:6").unwrap();
    offer.contribution = Some(6.0); // equals the full match: the default
    let s = Scenario::new(PlanYear::Y2024, vec![offer]).unwrap();
    assert_eq!(
        write(&s),
        "v=2&year=2024&o1.wage=30&o1.match=50:6&o1.state=TX"
    );
}

#[test]
fn the_default_page_link_is_short() {
    let scenario = Scenario::new(PlanYear::default(), example_offers()).unwrap();
    let link = format!("https://offers.example.org/compare/?{}", write(&scenario));
    assert!(link.len() < 300, "{} characters: {link}", link.len());
}

/// Six offers with every field away from its default, with realistic values.
fn six_full_offers() -> Scenario {
    let names = [
        "Riverside Regional Medical Center",
        "Northside Orthopedic Group",
        "Lakeview Billing Services LLC",
        "St. Catherine's Health System",
        "Remote Coding Partners, Inc.",
        "University Hospital Revenue Cycle",
    ];
    let offers = names
        .iter()
        .enumerate()
        .map(|(i, name)| {
            let mut o = Offer::new(i + 1);
            let salaried = i % 2 == 1;
            let pairs = [
                ("name", name.to_string()),
                (
                    "pay",
                    if salaried { "salary" } else { "hourly" }.to_string(),
                ),
                ("wage", format!("{}.75", 24 + i)),
                ("salary", format!("{}500", 52 + i)),
                ("hours", "37.5".into()),
                ("weeks", "50".into()),
                ("ot", "2.5".into()),
                ("otx", "2".into()),
                ("bonus", "2500".into()),
                ("bonuspct", "7.5".into()),
                ("profit", "1250".into()),
                ("k", "8".into()),
                ("match", "100:3,50:2,25:1".into()),
                ("nec", "3".into()),
                ("health", "7885.50".into()),
                ("premium", "1440".into()),
                ("hsa", "750".into()),
                ("pto", "22".into()),
                ("ceu", "1200".into()),
                ("perks", "600".into()),
                ("commute", "1820".into()),
                ("state", "NJ".into()),
            ];
            for (key, value) in pairs {
                o.set_text(Field::from_key(key).unwrap(), &value).unwrap();
            }
            o
        })
        .collect();
    Scenario::new(PlanYear::Y2025, offers).unwrap()
}

#[test]
fn six_full_offers_fit_in_2000_characters() {
    let scenario = six_full_offers();
    let link = format!("https://offers.example.org/compare/?{}", write(&scenario));
    println!("six full offers: {} characters", link.len());
    assert!(link.len() < 2_000, "{} characters: {link}", link.len());
    assert_eq!(read(&write(&scenario)).offers, as_linked(&scenario));
}

/// What a scenario reads back as from its own link: the pay field of the other basis is not
/// written, and a contribution equal to the full-match percent is the default.
fn as_linked(scenario: &Scenario) -> Vec<Offer> {
    scenario
        .offers()
        .iter()
        .enumerate()
        .map(|(i, o)| {
            let default = Offer::new(i + 1);
            let mut o = o.clone();
            match o.pay {
                PayBasis::Hourly => o.salary = default.salary,
                PayBasis::Salary => o.wage = default.wage,
            }
            if o.contribution == Some(o.match_formula.full_match_pct().min(100.0)) {
                o.contribution = None;
            }
            o
        })
        .collect()
}

/// Cases for the never-panics fuzz: `LINK_FUZZ_CASES` (the benchmark runs a million).
fn fuzz_cases() -> u32 {
    std::env::var("LINK_FUZZ_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(20_000)
}

/// Strings shaped like links: known and unknown keys, good and bad values, stray separators.
fn link_like() -> impl Strategy<Value = String> {
    let key = prop_oneof![
        Just("v".to_string()),
        Just("year".to_string()),
        prop::sample::select(HouseholdField::ALL.to_vec()).prop_map(|f| f.key().to_string()),
        ((0u32..12), prop::sample::select(Field::ALL.to_vec()))
            .prop_map(|(n, f)| format!("o{n}.{}", f.key())),
        "[a-z0-9.%&=+]{0,12}",
    ];
    let value = prop_oneof![
        "[0-9.,:-]{0,12}",
        "[A-Za-z ]{0,10}",
        prop::sample::select(vec!["joint", "hoh", "before", "after", "weekly", "PA", "3"])
            .prop_map(String::from),
        "(%[0-9A-Fa-f]{2}){0,6}",
        "%[0-9A-Za-z]?",
        "\\PC{0,20}",
        ".{0,20}",
    ];
    prop::collection::vec((key, value), 0..20).prop_map(|pairs| {
        let body: Vec<String> = pairs.into_iter().map(|(k, v)| format!("{k}={v}")).collect();
        format!("?{}", body.join("&"))
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1_000))]

    #[test]
    fn every_scenario_reads_back_equal_from_its_own_link(s in testing::scenario()) {
        let link = write(&s);
        let read = read(&link);
        prop_assert!(read.warnings.is_empty(), "{:?} from {}", read.warnings, link);
        prop_assert_eq!(read.year, s.year());
        prop_assert_eq!(&read.offers, &as_linked(&s));
        // And the link of what was read is the same link.
        let again = read.into_scenario(Vec::new);
        prop_assert_eq!(write(&again), link);
    }

    #[test]
    fn links_hold_no_unencoded_separator_or_space(s in testing::scenario()) {
        let link = write(&s);
        for pair in link.split('&') {
            let (_, value) = pair.split_once('=').unwrap();
            prop_assert!(!value.contains(['=', '&', '#', '+', ' ', '?', '%']) || value.contains("%"), "{}", pair);
            prop_assert!(value.chars().all(|c| c.is_ascii_graphic()), "{}", pair);
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(fuzz_cases()))]

    #[test]
    fn reading_never_panics_on_any_string(query in ".{0,200}") {
        let read = read(&query);
        prop_assert!(read.offers.len() <= MAX_OFFERS);
        let _ = write(&read.into_scenario(example_offers));
    }

    #[test]
    fn reading_never_panics_on_link_like_strings(query in link_like()) {
        let read = read(&query);
        prop_assert!(read.offers.len() <= MAX_OFFERS);
        let scenario = read.into_scenario(example_offers);
        // Whatever was read writes a link that reads back without a warning.
        let canonical = write(&scenario);
        prop_assert!(super::read(&canonical).warnings.is_empty(), "{}", canonical);
    }
}

#[test]
fn version_1_links_rank_before_tax_and_version_2_after() {
    assert_eq!(read("?o1.wage=30").household.basis, RankingBasis::BeforeTax);
    assert_eq!(
        read("?v=1&o1.wage=30").household.basis,
        RankingBasis::BeforeTax
    );
    assert_eq!(
        read("?v=2&o1.wage=30").household.basis,
        RankingBasis::AfterTax
    );
    // A version 1 link may still say which basis it wants.
    assert_eq!(
        read("?basis=after&o1.wage=30").household.basis,
        RankingBasis::AfterTax
    );
    assert_eq!(
        read("?v=2&basis=before").household.basis,
        RankingBasis::BeforeTax
    );
}

#[test]
fn the_household_reads_and_writes_in_model_order() {
    let read = read("?v=2&year=2025&basis=before&home=pa&other=61000.50&kids=2&filing=JOINT&o1.freq=weekly&o1.wage=30");
    assert!(read.warnings.is_empty(), "{:?}", read.warnings);
    let h = &read.household;
    assert_eq!(h.filing, FilingStatus::Joint);
    assert_eq!(h.kids, 2);
    assert_eq!(h.other, 61_000.5);
    assert_eq!(h.home, Some(UsState::PA));
    assert_eq!(h.basis, RankingBasis::BeforeTax);
    assert_eq!(read.offers[0].frequency, PayFrequency::Weekly);
    let scenario = read.into_scenario(Vec::new);
    assert_eq!(
        write(&scenario),
        "v=2&year=2025&filing=joint&kids=2&other=61000.5&home=PA&basis=before&o1.wage=30&o1.freq=weekly"
    );
}

#[test]
fn bad_household_values_are_set_aside_and_named() {
    let read =
        read("?v=2&filing=married&kids=2.5&other=-1&home=XX&basis=middle&o1.freq=daily&o1.wage=30");
    assert_eq!(
        keys(&read),
        ["filing", "kids", "other", "home", "basis", "o1.freq"]
    );
    assert_eq!(read.household, Household::default());
    assert_eq!(read.offers[0].frequency, PayFrequency::Biweekly);
    assert_eq!(read.offers[0].wage, 30.0);
    for (query, key) in [
        ("?kids=11", "kids"),
        ("?kids=", "kids"),
        ("?other=", "other"),
        ("?other=1e5", "other"),
    ] {
        assert_eq!(keys(&read_link(query)), [key], "{query}");
    }
    // An empty home is no home, as on the page.
    assert!(read_link("?home=&o1.wage=3").warnings.is_empty());
}
