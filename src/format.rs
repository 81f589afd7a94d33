//! How numbers are shown to people: rounded only here, for display (model.md, "Rounding").

use crate::data::BlsWage;
use crate::model::{FilingStatus, NoLocalWages, PercentilePosition, WagePercentile};

/// `x` rounded half away from zero to `decimals` places, with thousands separators:
/// `grouped(1234567.891, 2)` is `1,234,567.89`. A negative sign only where the rounded value is
/// not zero.
pub fn grouped(x: f64, decimals: u32) -> String {
    if !x.is_finite() {
        return "–".to_string();
    }
    let scale = 10f64.powi(decimals as i32);
    let scaled = (x.abs() * scale).round();
    if scaled >= 1e17 {
        // Beyond exact integers in f64: no accepted input gets here. (Not `{x:.0}`: precision
        // formatting would add 4 KB of wasm for a case nobody sees.)
        return x.round().to_string();
    }
    let scaled = scaled as u64;
    let whole = scaled / scale as u64;
    let fraction = scaled % scale as u64;
    let digits = whole.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 + 4);
    if x < 0.0 && scaled != 0 {
        out.push('-');
    }
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    if decimals > 0 {
        out.push('.');
        out.push_str(&format!("{fraction:0width$}", width = decimals as usize));
    }
    out
}

/// A yearly amount, to the dollar: `$48,776`, `-$1,200`.
pub fn dollars(x: f64) -> String {
    sign_before_dollar(grouped(x, 0))
}

/// An hourly amount or a wage, to the cent: `$23.45`.
pub fn cents(x: f64) -> String {
    sign_before_dollar(grouped(x, 2))
}

/// Whether a gap to the best is under half a cent: shown as a tie, not as "$0.00".
pub fn is_tie(x: f64) -> bool {
    x.abs() < 0.005
}

/// How far an offer is from the best: a signed yearly difference, in cents under a dollar,
/// where "$0" would read as a tie: `-$350`, `-$0.32`, and `tied` for a tie.
pub fn gap(x: f64) -> String {
    if is_tie(x) {
        "tied".into()
    } else if x.abs() < 0.5 {
        cents(x)
    } else {
        signed_dollars(x)
    }
}

/// A signed yearly difference: `+$1,200`, `-$350`, `$0`.
pub fn signed_dollars(x: f64) -> String {
    let text = dollars(x);
    if text.starts_with('-') || text == "$0" {
        text
    } else {
        format!("+{text}")
    }
}

/// An hourly amount with its unit: `$23.45/h`.
pub fn per_hour(x: f64) -> String {
    format!("{}/h", cents(x))
}

/// Where a wage falls among the BLS percentiles, in words: `62nd percentile`,
/// `under the 10th percentile`, `over the 90th percentile`.
pub fn percentile(p: WagePercentile) -> String {
    match p.position {
        PercentilePosition::Under10th => "under the 10th percentile".to_string(),
        PercentilePosition::Over90th => "over the 90th percentile".to_string(),
        PercentilePosition::Within => format!("{} percentile", ordinal(p.value.round() as u32)),
    }
}

/// A BLS figure: the wage to the cent, or what BLS shows instead of a number, said in words.
pub fn bls_wage(w: BlsWage) -> String {
    match w {
        BlsWage::Published(x) => cents(x),
        BlsWage::NotPublished => "not published".to_string(),
        BlsWage::TopCoded => "$115.00 or more".to_string(),
    }
}

/// Why an offer has no local wages, in a few words.
pub fn no_local_wages(why: NoLocalWages) -> String {
    match why {
        NoLocalWages::NoPlace => "No metro area, work location or home state set".to_string(),
        NoLocalWages::NotInState(state) => {
            format!("BLS publishes no wages of this job in {}", state.name())
        }
        NoLocalWages::MetroForCodersOnly => {
            "Metro-area wages are of medical records specialists only: set a work location"
                .to_string()
        }
        NoLocalWages::Loading => "Loading the local wages…".to_string(),
        NoLocalWages::Unavailable => {
            "The local wages could not be loaded: reload the page to try again".to_string()
        }
    }
}

/// A percent to one decimal: `4.0%`.
pub fn percent(x: f64) -> String {
    format!("{}%", grouped(x, 1))
}

/// A limit or a setting as people write it: grouped, without trailing zeros (`5,000,000`, `0.5`).
pub fn plain(x: f64) -> String {
    let text = grouped(x, 2);
    let text = text.trim_end_matches('0').trim_end_matches('.');
    text.to_string()
}

/// An English ordinal: `1st`, `22nd`, `63rd`, `11th`.
pub fn ordinal(n: u32) -> String {
    let suffix = match (n % 10, n % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    format!("{n}{suffix}")
}

fn sign_before_dollar(number: String) -> String {
    match number.strip_prefix('-') {
        Some(rest) => format!("-${rest}"),
        None => format!("${number}"),
    }
}

/// The id of the table of federal parameters of `year` and `filing` in "How it is calculated"
/// (written into index.html by `prerender`, shown by the page for the year and filing in use).
pub fn tax_parameters_id(year: u16, filing: FilingStatus) -> String {
    format!("tax-parameters-{year}-{}", filing.key())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn groups_and_rounds_half_away_from_zero() {
        assert_eq!(grouped(1_234_567.891, 2), "1,234,567.89");
        assert_eq!(grouped(999.5, 0), "1,000");
        assert_eq!(grouped(48_776.0, 0), "48,776");
        assert_eq!(grouped(0.0, 2), "0.00");
        assert_eq!(grouped(-0.004, 2), "0.00");
        assert_eq!(grouped(-1_200.0, 0), "-1,200");
        assert_eq!(grouped(100.0, 0), "100");
        assert_eq!(grouped(f64::NAN, 0), "–");
    }

    #[test]
    fn money_and_percent() {
        assert_eq!(dollars(48_776.4), "$48,776");
        assert_eq!(dollars(-350.0), "-$350");
        assert_eq!(cents(23.449), "$23.45");
        assert_eq!(cents(24.16), "$24.16");
        assert_eq!(signed_dollars(1_200.0), "+$1,200");
        assert_eq!(signed_dollars(-1_200.0), "-$1,200");
        assert_eq!(signed_dollars(0.2), "$0");
        assert_eq!(gap(-350.4), "-$350");
        assert_eq!(gap(-0.32), "-$0.32");
        assert_eq!(gap(-0.004), "tied", "not -$0.00");
        assert_eq!(gap(0.0), "tied");
        assert_eq!(percent(4.0), "4.0%");
        assert_eq!(percent(62.349), "62.3%");
    }

    #[test]
    fn plain_numbers_drop_trailing_zeros() {
        assert_eq!(plain(5_000_000.0), "5,000,000");
        assert_eq!(plain(0.5), "0.5");
        assert_eq!(plain(80.0), "80");
        assert_eq!(plain(24.16), "24.16");
    }

    #[test]
    fn percentiles_in_words() {
        let points = [
            (10.0, 17.2),
            (25.0, 20.0),
            (50.0, 24.16),
            (75.0, 30.8),
            (90.0, 38.92),
        ];
        let wage_percentile = |x| crate::model::percentile_among(x, &points);
        assert_eq!(percentile(wage_percentile(27.48)), "63rd percentile");
        assert_eq!(percentile(wage_percentile(24.16)), "50th percentile");
        assert_eq!(
            percentile(wage_percentile(15.0)),
            "under the 10th percentile"
        );
        assert_eq!(
            percentile(wage_percentile(45.0)),
            "over the 90th percentile"
        );
        assert_eq!(per_hour(23.449), "$23.45/h");
    }

    #[test]
    fn ordinals() {
        let cases = [
            (1, "1st"),
            (2, "2nd"),
            (3, "3rd"),
            (4, "4th"),
            (11, "11th"),
            (12, "12th"),
        ];
        for (n, text) in cases {
            assert_eq!(ordinal(n), text);
        }
        assert_eq!(ordinal(13), "13th");
        assert_eq!(ordinal(22), "22nd");
        assert_eq!(ordinal(63), "63rd");
        assert_eq!(ordinal(90), "90th");
    }
}
