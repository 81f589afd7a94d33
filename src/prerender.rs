//! The parts of `index.html` made natively (never compiled into the wasm), so the page paints
//! them before the wasm arrives: the calculator as it first renders, opened without a link (Yew's
//! server-side rendering of the page's own components, which the wasm then replaces with the live
//! one, `browser::show_live_calculator`); and from the data, which state income taxes are
//! counted, the federal parameters of each year and filing status with their sources (a module
//! of their own, `parameters_module`, which the page loads to show the table in use:
//! `browser::show_tax_parameters`), and every source of the page's
//! reference figures. `tests/page_html.rs` keeps `index.html` equal to what this renders.

use crate::data::{
    federal_citations, federal_tax, TaxSource, UsState, SOURCES, STATE_TAX_SOURCES, TAX_SOURCES,
};
use crate::format::{self, dollars};
use crate::model::tax::state::{is_counted, NO_WAGE_TAX};
use crate::model::{FilingStatus, PlanYear};

pub fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

fn names(states: impl Iterator<Item = UsState>) -> String {
    states.map(|s| s.name()).collect::<Vec<_>>().join(", ")
}

/// Which places' income taxes are counted, in words.
pub fn state_taxes() -> String {
    let not_counted: Vec<UsState> = UsState::ALL
        .into_iter()
        .filter(|s| !is_counted(*s))
        .collect();
    let counted = if not_counted.is_empty() {
        "State income tax is counted in every place that taxes wages.".to_string()
    } else {
        format!(
            "State income taxes not counted yet, which show as $0 with a note: {}.",
            names(not_counted.into_iter())
        )
    };
    escape(&format!(
        "The state of an offer is its work location, or your home state for a remote job: its taxes are counted as if you lived there. Living in another state, you may owe your home state's tax too, less a credit for the other's, or only your home state's where the two have a reciprocal agreement (Pennsylvania and New Jersey, for one); the comparison does not count those. The state's income tax is what the offer's pay adds to your household's state return, after the state's credits, the way federal tax is; its payroll contributions (disability, paid leave, long-term care, transit, unemployment) are on the offer's wages, the most the law lets an employer take from them (some employers pay part of your share). Nine places tax no wages: {}. {counted} Local income taxes are not included; the comparison names the ones a place has.",
        names(NO_WAGE_TAX.into_iter())
    ))
}

/// A link to a source document, by its title.
fn source_link(url: &str, title: &str) -> String {
    format!(
        "<a href=\"{}\" rel=\"noopener noreferrer\">{}</a>",
        escape(url),
        escape(title)
    )
}

/// Every source of the page's reference figures, one list item each.
pub fn sources() -> String {
    let item = |url: &str, title: &str, used_for: &str| {
        format!(
            "\n      <li>{}: {}.</li>",
            source_link(url, title),
            escape(used_for)
        )
    };
    let mut list: String = SOURCES
        .iter()
        .map(|s| item(s.url, s.title, s.used_for))
        .collect();
    list.extend(TAX_SOURCES.iter().map(|s| {
        item(
            s.url,
            s.title,
            "federal tax parameters (see the table above)",
        )
    }));
    list + "\n      "
}

/// Where a group of parameters of `year` comes from, in words.
fn cite(year: u16, group: &str) -> String {
    federal_citations(year, group)
        .map(|(title, section)| format!("{title}, {section}"))
        .collect::<Vec<_>>()
        .join("; ")
}

fn pct(rate: f64) -> String {
    format!("{}%", format::plain(rate * 100.0))
}

/// The federal parameters of the year, in words, each with its source.
fn tax_parameters(year: u16, filing: FilingStatus) -> Vec<(&'static str, String, String)> {
    let law = federal_tax(year);
    let status = filing.key();
    let schedule = law
        .rates
        .iter()
        .zip(law.thresholds.get(filing))
        .map(|(rate, start)| format!("{} from {}", pct(*rate), dollars(start)))
        .collect::<Vec<_>>()
        .join("; ");
    let overtime_cap = law.overtime.cap.get(filing);
    let overtime = if overtime_cap > 0.0 {
        format!(
            "Qualified overtime pay up to {}, less {} for each whole {} of AGI over {}.",
            dollars(overtime_cap),
            dollars(law.overtime.phase_out.per_step),
            dollars(law.overtime.phase_out.step),
            dollars(law.overtime.phase_out.start.get(filing))
        )
    } else {
        format!("None in {year}: the deduction applies to 2025 through 2028.")
    };
    let savers = law
        .savers
        .rates
        .iter()
        .zip(law.savers.agi_limits.get(filing))
        .map(|(rate, limit)| format!("{} up to an AGI of {}", pct(*rate), dollars(limit)))
        .collect::<Vec<_>>()
        .join("; ");
    let ctc = &law.ctc;
    let eitc = law
        .eitc
        .iter()
        .enumerate()
        .map(|(kids, e)| {
            format!(
                "{}: {} of earnings, at most {}, less {} of income over {} ({} joint)",
                ["no children", "1 child", "2 children", "3 or more"][kids],
                pct(e.phase_in_rate),
                dollars(e.max_credit),
                pct(e.phase_out_rate),
                dollars(e.phase_out_start),
                dollars(e.phase_out_start_joint)
            )
        })
        .collect::<Vec<_>>()
        .join("; ");
    let limits = PlanYear::ALL[usize::from(year - PlanYear::ALL[0].year())].limits();
    let notice = TAX_SOURCES
        .iter()
        .find(|s| s.id == limits.source)
        .map_or(limits.source, |s| {
            s.title.split(" - ").next().unwrap_or(s.title)
        });
    vec![
        ("401(k)/403(b) limits", format!(
            "Your contribution up to {} (402(g)); employer and you together up to {} (415(c)); plan pay counted up to {} (401(a)(17)).",
            dollars(limits.elective_deferral_402g), dollars(limits.annual_additions_415c), dollars(limits.compensation_limit_401a17)
        ), notice.to_string()),
        ("Rate schedule", schedule, cite(year, &format!("income_tax.threshold.{status}"))),
        ("Standard deduction", dollars(law.standard_deduction.get(filing)), cite(year, "standard_deduction")),
        ("Qualified overtime deduction", overtime, cite(year, "overtime_deduction.cap")),
        ("Saver's credit", format!("{savers}; on up to {} of your contributions.", dollars(law.savers.contribution_cap)), cite(year, &format!("savers_credit.agi_limit.{status}"))),
        ("Child tax credit", format!(
            "{} a child, less {} for each {} (or part) of AGI over {}; up to {} a child refundable, at most {} of earnings over {}.",
            dollars(ctc.amount), dollars(ctc.phase_out.per_step), dollars(ctc.phase_out.step),
            dollars(ctc.phase_out.start.get(filing)), dollars(ctc.refundable_max),
            pct(ctc.refundable_rate), dollars(ctc.earned_income_floor)
        ), cite(year, "ctc")),
        ("Earned income credit", eitc, cite(year, "eitc.1")),
        ("Social Security", format!("{} of wages up to {}", pct(law.social_security_rate), dollars(law.social_security_wage_base)), cite(year, "social_security")),
        ("Medicare", format!(
            "{} of all wages, plus {} of the household's wages over {}",
            pct(law.medicare_rate), pct(law.additional_medicare_rate),
            dollars(law.additional_medicare_threshold.get(filing))
        ), cite(year, "additional_medicare.threshold")),
    ]
}

/// A table of the federal parameters for each year and filing status, all hidden: the page
/// shows the one in use.
pub fn parameter_tables() -> String {
    let mut out = String::new();
    for year in PlanYear::ALL.map(PlanYear::year) {
        for filing in FilingStatus::ALL {
            out += &format!(
                "\n    <table class=\"parameters\" id=\"{}\" data-testid=\"tax-parameters\" hidden>\n      <caption>Federal parameters of {year}, {}</caption>\n      <thead><tr><th scope=\"col\">Rule</th><th scope=\"col\">Amounts</th><th scope=\"col\">Source</th></tr></thead>\n      <tbody>",
                format::tax_parameters_id(year, filing),
                filing.label().to_ascii_lowercase()
            );
            for (rule, amounts, source) in tax_parameters(year, filing) {
                out += &format!(
                    "\n        <tr><th scope=\"row\">{}</th><td>{}</td><td>{}</td></tr>",
                    escape(rule),
                    escape(&amounts),
                    escape(&source)
                );
            }
            out += "\n      </tbody>\n    </table>";
        }
    }
    out + "\n    "
}

/// `static/parameters.js`: the tables of [`parameter_tables`] as a module's string, which the
/// page loads with the market detail (`browser::show_tax_parameters`).
pub fn parameters_module() -> String {
    let text = String::from(
        "// Generated by src/prerender.rs (UPDATE_PAGE=1 cargo test --test page_html): the federal\n// parameters' tables of \"How it is calculated\", each hidden until the page shows the one in use.\nexport default `",
    );
    // A template literal: the attributes' quotes stay as they are. The lines of the tables go
    // without their indentation (no text of theirs spans lines).
    let tables: String = parameter_tables().lines().map(str::trim).collect();
    text + &template_literal(&tables) + "`;\n"
}

/// The documents the state tables cite, of `state` (their ids start with its code).
pub fn state_sources(state: UsState) -> impl Iterator<Item = &'static TaxSource> {
    let prefix = format!("{}-", state.code().to_ascii_lowercase());
    STATE_TAX_SOURCES
        .iter()
        .filter(move |s| s.id.starts_with(&prefix))
}

/// `static/state-sources.js`: for each state with tables, its name and the documents they cite,
/// as HTML, which the page shows for the states of its offers
/// (`browser::list_state_sources`). A module of its own, loaded with the market detail: all 51
/// would weigh more than the page's HTML.
pub fn state_sources_module() -> String {
    let mut text = String::from(
        "// Generated by src/prerender.rs (UPDATE_PAGE=1 cargo test --test page_html): the documents\n// each state's tax tables cite, shown for the states of the offers; in the order of the\n// page's list of states (UsState::ALL), empty for a state with no tables.\nexport default [",
    );
    for state in UsState::ALL {
        let items: String = state_sources(state)
            .map(|s| format!("<li>{}</li>", source_link(s.url, s.title)))
            .collect();
        let html = if items.is_empty() {
            String::new()
        } else {
            format!(
                "<h4>{}</h4><ul class=\"sources\">{items}</ul>",
                escape(state.name())
            )
        };
        text += &format!("\n/* {} */ `{}`,", state.code(), template_literal(&html));
    }
    text + "\n];\n"
}

/// `text` as it can stand between a template literal's backquotes.
pub fn template_literal(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if matches!(c, '`' | '\\') || (c == '$' && chars.peek() == Some(&'{')) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// `page` with each generated part rendered from the data.
pub fn render(page: &str) -> String {
    let mut page = page.to_string();
    for (name, body) in [
        #[cfg(feature = "page")]
        ("calculator", calculator()),
        ("state-taxes", state_taxes()),
        ("sources", sources()),
    ] {
        let open = format!("<!-- generated: {name} -->");
        let close = "<!-- end generated -->";
        let start = page.find(&open).expect(&open) + open.len();
        let end = start + page[start..].find(close).expect(close);
        page.replace_range(start..end, &body);
    }
    page
}

/// The calculator as the page renders it first, opened without a link: the sections down to the
/// comparison, with the example's figures.
#[cfg(feature = "page")]
pub fn calculator() -> String {
    block_on(
        yew::ServerRenderer::<crate::App>::new()
            .hydratable(false)
            .render(),
    )
}

/// Waits for `future` on this thread (Yew's renderer does the work on threads of its own).
#[cfg(feature = "page")]
fn block_on<F: std::future::Future>(future: F) -> F::Output {
    use std::task::{Context, Poll, Wake, Waker};

    struct Unpark(std::thread::Thread);
    impl Wake for Unpark {
        fn wake(self: std::sync::Arc<Self>) {
            self.0.unpark();
        }
    }
    let waker = Waker::from(std::sync::Arc::new(Unpark(std::thread::current())));
    let mut context = Context::from_waker(&waker);
    let mut future = std::pin::pin!(future);
    loop {
        if let Poll::Ready(output) = future.as_mut().poll(&mut context) {
            return output;
        }
        std::thread::park();
    }
}
