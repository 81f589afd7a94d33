//! "How it is calculated" is in `index.html`, painted before the wasm. Its parts made from the
//! data (which state income taxes are counted, every source; the federal parameters, in
//! `static/parameters.js`) must say what the data holds: `offer_compare::prerender` renders them
//! and this test compares. `UPDATE_PAGE=1 cargo test --test page_html` rewrites them.

#![cfg(not(target_arch = "wasm32"))]

use offer_compare::data::{UsState, SOURCES, STATE_TAX_SOURCES, TAX_SOURCES};
use offer_compare::format::tax_parameters_id;
use offer_compare::model::{FilingStatus, PlanYear};
use offer_compare::prerender::{
    escape, parameter_tables, parameters_module, render, sources, state_sources,
    state_sources_module, template_literal,
};

#[test]
fn text_in_a_template_literal_stays_text() {
    assert_eq!(
        template_literal("a `b` \\ ${c} $5 {d}"),
        "a \\`b\\` \\\\ \\${c} $5 {d}"
    );
}

const PAGE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/index.html");

#[test]
fn the_method_text_in_the_page_says_what_the_data_holds() {
    let page = std::fs::read_to_string(PAGE).expect("index.html");
    let rendered = render(&page);
    if std::env::var_os("UPDATE_PAGE").is_some() {
        std::fs::write(PAGE, &rendered).expect("write index.html");
        return;
    }
    assert!(
        page == rendered,
        "index.html's generated parts differ from the data: run UPDATE_PAGE=1 cargo test --test page_html"
    );
}

#[test]
fn every_source_is_listed_with_its_address() {
    let list = sources();
    for url in SOURCES
        .iter()
        .map(|s| s.url)
        .chain(TAX_SOURCES.iter().map(|s| s.url))
    {
        assert!(list.contains(&format!("href=\"{}\"", escape(url))), "{url}");
    }
}

/// Checks that `static/FILE` is `rendered`; with UPDATE_PAGE set, writes it instead and says
/// there is nothing more to check.
fn served_as_rendered(file: &str, rendered: &str) -> bool {
    let served = format!("{}/static/{file}", env!("CARGO_MANIFEST_DIR"));
    if std::env::var_os("UPDATE_PAGE").is_some() {
        std::fs::write(&served, rendered).expect("write the module");
        return false;
    }
    assert!(
        std::fs::read_to_string(&served).ok().as_deref() == Some(rendered),
        "static/{file} differs from the data: run UPDATE_PAGE=1 cargo test --test page_html"
    );
    true
}

/// `static/parameters.js`, the tables the page loads, is what `parameters_module` renders.
#[test]
fn the_parameters_module_says_what_the_data_holds() {
    served_as_rendered("parameters.js", &parameters_module());
}

/// `static/state-sources.js`, the documents of the states' tables, is what
/// `state_sources_module` renders; every document is some state's.
#[test]
fn the_state_sources_module_lists_every_document_of_the_state_tables() {
    let rendered = state_sources_module();
    if !served_as_rendered("state-sources.js", &rendered) {
        return;
    }
    let listed: usize = UsState::ALL
        .into_iter()
        .map(|s| state_sources(s).count())
        .sum();
    assert_eq!(
        listed,
        STATE_TAX_SOURCES.len(),
        "a document whose id names no state"
    );
    for source in &STATE_TAX_SOURCES {
        assert!(
            rendered.contains(&format!("href=\"{}\"", escape(source.url))),
            "{}",
            source.id
        );
    }
    // Pennsylvania's, under its name.
    let pa = &rendered[rendered
        .find("\n/* PA */ `<h4>Pennsylvania</h4>")
        .expect("PA")..];
    assert!(pa[..pa.find("`,").unwrap()].contains("PA-40"), "{pa}");
    // One entry a state, in the order of the page's list (the page picks them by place).
    assert_eq!(rendered.matches("\n/* ").count(), UsState::ALL.len());
    for (i, state) in UsState::ALL.into_iter().enumerate() {
        let at = rendered
            .find(&format!("\n/* {} */ `", state.code()))
            .unwrap();
        assert_eq!(rendered[..at].matches("\n/* ").count(), i, "{state:?}");
    }
}

#[test]
fn a_hidden_table_of_parameters_for_each_year_and_filing_status() {
    let page = parameter_tables();
    for year in PlanYear::ALL.map(PlanYear::year) {
        for filing in FilingStatus::ALL {
            let id = tax_parameters_id(year, filing);
            assert_eq!(page.matches(&format!("id=\"{id}\"")).count(), 1, "{id}");
        }
    }
    // 2024, single: the standard deduction of Rev. Proc. 2023-34 and the 2024 plan limits.
    let table = &page[page.find("id=\"tax-parameters-2024-single\"").unwrap()..];
    let table = &table[..table.find("</table>").unwrap()];
    assert!(
        table.contains(
            "<th scope=\"row\">Standard deduction</th><td>$14,600</td><td>Rev. Proc. 2023-34"
        ),
        "{table}"
    );
    assert!(table.contains("up to $23,000 (402(g))"), "{table}");
    assert!(table.contains("IRS Notice 2023-75"), "{table}");
}
